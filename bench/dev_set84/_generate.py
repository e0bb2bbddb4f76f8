#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-fourth development set (bench/dev_set84/, first written as the eighty-first held-out set).

    .venv/bin/python bench/dev_set84/_generate.py

Writes ``bench/dev_set84/articles/*`` and ``bench/dev_set84/labels.json`` (next to this
file).  Output is deterministic (gzip members use mtime=0 and no file name).
Every story is invented: people, quotes, companies and figures are fictional;
cities, countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and big national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set83/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout81_2025-a.jsonl"
JSONL_B = "crawl_holdout81_2025-b.jsonl.gz"


# ---- cluster: PAP, Łódź (Radio Łódź scrape + copy on Strefa Biznesu in the plain batch) ----

PAP = rec(
    cluster="pap-lodz-design-festival",
    title="Łódź Design Festival: projektanci pokazują meble z odzyskanego drewna",
    date="2024-05-17",
    dateline="Łódź (PAP) \u2013 ",
    city="Łódź",
    country="PL",
    region="europe",
    agency="PAP",
    authors=["Agata Wróbel"],
    lang="pl",
    description="Tegoroczna edycja festiwalu skupia się na naprawie i ponownym użyciu materiałów.",
    paras=P("""
W piątek w Łodzi rozpoczął się Łódź Design Festival, na którym ponad stu projektantów pokazuje meble, tkaniny i przedmioty codziennego użytku wykonane z materiałów z odzysku.

Główna wystawa mieści się w dawnej przędzalni przy ulicy Ogrodowej, gdzie jeszcze kilkadziesiąt lat temu pracowały tysiące włókniarek.

Kuratorka wystawy Marta Lisiecka powiedziała, że tegoroczna edycja ma pokazać, iż dobre wzornictwo nie musi zaczynać się od nowego surowca.

Wśród prac są krzesła zrobione z desek rozebranych kamienic oraz lampy z resztek szkła z miejskiej huty.

Jeden z młodych projektantów, Kacper Dudek, przez pół roku zbierał stare drzwi z podwórek na Bałutach i zrobił z nich stoły.

Organizatorzy przygotowali też warsztaty naprawy krzeseł i tapicerki, na które zapisało się już kilkaset osób.

Festiwal potrwa do 26 maja, a większość wystaw jest bezpłatna.

Władze miasta liczą, że wydarzenie przyciągnie do Łodzi ponad sześćdziesiąt tysięcy gości z kraju i zagranicy.

Po raz pierwszy w programie znalazła się także strefa, w której łódzkie szwalnie pokazują, jak szyje się ubrania z resztek tkanin pozostałych po produkcji.
"""),
    must_have=[
        "Wśród prac są krzesła zrobione z desek rozebranych kamienic oraz lampy z resztek szkła z miejskiej huty.",
        "Organizatorzy przygotowali też warsztaty naprawy krzeseł i tapicerki, na które zapisało się już kilkaset osób.",
    ],
)

# ---- cluster: Yonhap, Andong (Wikitree page + copy on MBN in the plain batch) ----

YNA = rec(
    cluster="yonhap-andong-hemp-cloth",
    title="안동포 짜는 마지막 장인들…전통 삼베 직조 시연회 열려",
    date="2024-06-20",
    dateline="(안동=연합뉴스) 김민재 기자 = ",
    city="Andong",
    country="KR",
    region="asia",
    agency="Yonhap",
    authors=["김민재"],
    lang="ko",
    description="안동시는 안동포 전승을 위해 올해 처음으로 청년 직조 교육 과정을 연다.",
    paras=P("""
경북 안동에서 전통 삼베인 안동포를 짜는 장인들이 20일 일반 시민을 대상으로 직조 시연회를 열었다.

안동시 임하면 안동포 전시관에서 열린 이날 시연회에는 70대와 80대 장인 여섯 명이 나와 삼 껍질을 벗기고 실을 이어 베틀에 올리는 전 과정을 보여줬다.

안동포는 삼을 재배해 실을 만들고 베를 짜기까지 석 달 가까이 걸리는 데다 모든 과정을 손으로 해야 해 지금은 짜는 사람이 크게 줄었다.

시연에 참여한 장인 권순옥 씨는 열여섯 살 때 어머니에게 처음 베 짜는 법을 배웠다며 이제는 마을에서 베틀을 다루는 사람이 손에 꼽을 정도라고 말했다.

안동시는 안동포 전승을 위해 올해 처음으로 청년 열 명을 뽑아 일 년 동안 직조 기술을 가르치는 교육 과정을 운영할 계획이다.

교육생에게는 매달 일정한 훈련비가 지급되고 과정을 마치면 전시관 공방에서 작업할 수 있는 기회도 주어진다.

시 관계자는 안동포로 만든 생활 소품과 옷을 개발해 젊은 소비자에게도 알리겠다고 밝혔다.

전시관은 다음 달 말까지 장인들이 짠 삼베 작품 서른여 점을 전시한다.

관람은 무료이며 월요일에는 문을 닫는다.

시는 또 내년부터 안동포 제작 과정을 직접 체험할 수 있는 주말 프로그램도 운영할 예정이다.
"""),
    must_have=[
        "안동포는 삼을 재배해 실을 만들고 베를 짜기까지 석 달 가까이 걸리는 데다 모든 과정을 손으로 해야 해 지금은 짜는 사람이 크게 줄었다.",
        "교육생에게는 매달 일정한 훈련비가 지급되고 과정을 마치면 전시관 공방에서 작업할 수 있는 기회도 주어진다.",
    ],
)

# ---- cluster: Ukrinform, Reshetylivka embroidery (Obozrevatel page + copy on ZN.ua in the gzipped batch) ----

UKR = rec(
    cluster="ukrinform-reshetylivka-vyshyvka",
    title="У Решетилівці до Дня вишиванки показали сорочки, вишиті «білим по білому»",
    date="2024-05-16",
    country="UA",
    region="europe",
    agency="Ukrinform",
    lang="uk",
    description="Виставку підготували майстрині місцевого художнього ліцею.",
    paras=P("""
У Решетилівці на Полтавщині до Дня вишиванки відкрили виставку сорочок, вишитих у традиційній техніці «білим по білому», повідомляє Укрінформ.

Експозицію підготували викладачі та учні Решетилівського художнього професійного ліцею, який навчає вишивальниць і ткаль понад сто років.

Директорка ліцею Оксана Гриценко розповіла, що на виставці зібрали понад сорок сорочок, найстарішій з яких близько ста двадцяти років.

За її словами, одну сорочку досвідчена майстриня вишиває від трьох до шести місяців, залежно від складності візерунка.

Цього року до ліцею вступило більше дівчат і хлопців, ніж торік, і частина з них приїхала з інших областей.

Учні також ткуть килими та рушники на старих верстатах, які ліцей зберіг з часів заснування.

Частину робіт після виставки передадуть на благодійний аукціон, кошти з якого підуть на підтримку військових.

Виставка працюватиме до кінця червня, вхід вільний.

Організатори також проводять для відвідувачів майстер-класи, де кожен може спробувати вишити кілька стібків під наглядом досвідчених майстринь.

У ліцеї кажуть, що інтерес до традиційної вишивки за останні два роки помітно зріс, і замовлення на сорочки розписані на кілька місяців наперед.
"""),
    must_have=[
        "За її словами, одну сорочку досвідчена майстриня вишиває від трьох до шести місяців, залежно від складності візерунка.",
        "Учні також ткуть килими та рушники на старих верстатах, які ліцей зберіг з часів заснування.",
    ],
)

# ---- cluster: Stratford Press page + noisy re-scrape ----

STP = rec(
    cluster="stratfordpress-spinners-fleece-show",
    title="Spinners and weavers bring back fleece show after five-year break",
    date="2024-03-14",
    country="NZ",
    region="oceania",
    authors=["Ella Rangiwai"],
    lang="en",
    caption="Guild members sort fleeces at the War Memorial Centre.",
    credit="Ella Rangiwai",
    paras=P("""
The Stratford Spinners and Weavers Guild will hold its first fleece show in five years this weekend, with more than 60 fleeces entered by Taranaki farmers.

The show was last held in 2019 and was cancelled during the pandemic, then put on hold when the guild lost its meeting room.

Guild president Noeline Hartley said the members had found a new home at the War Memorial Centre and were keen to get the show going again.

Judges will look at the length, softness and cleanliness of each fleece, and the best ones will be sold to hand spinners on Sunday afternoon.

Members will also run free spinning lessons for children and sell knitted hats, socks and blankets made from local wool.

Hartley said wool prices had been so low that some farmers were burning or burying their fleeces instead of selling them.

She said the guild wanted to show that good wool still had a value when it was spun and woven by hand.

The show opens at 10am on Saturday and entry costs a gold coin.
"""),
    must_have=[
        "Members will also run free spinning lessons for children and sell knitted hats, socks and blankets made from local wool.",
        "She said the guild wanted to show that good wool still had a value when it was spun and woven by hand.",
    ],
)
STP_PRE = ["NZ Herald", "Stratford Press", "News", "Sport", "Rural", "Community", "Puzzles"]
STP_HEAD = ["By Ella Rangiwai", "14 Mar, 2024 05:00 AM", "3 mins to read"]
STP_CAP = ["Guild members sort fleeces at the War Memorial Centre. Photo / Ella Rangiwai"]
STP_TAIL = [["Ella Rangiwai is a reporter for the Stratford Press."],
            ["Share", "Save"], ["More from Stratford Press"],
            ["Get the news delivered straight to your inbox. Sign up to the Stratford Press newsletter."],
            ["\u00a9 Copyright 2024 NZME Publishing Limited"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Stratford Press (NZME, Taranaki): original of the re-scrape cluster; 'Photo / name' credit, reporter bio line.
    dict(STP, role="original", file="stratfordpress_fleece_show.txt", render="text",
         pre=[STP_PRE], head=[STP_HEAD], cap_lines=STP_CAP,
         inserts={2: ["Advertisement"], 5: ["Advertise with NZME."]},
         tail=STP_TAIL),
    dict(STP, role="rescrape", file="stratfordpress_fleece_show_rescrape.txt.gz", render="text", noise=True,
         pre=[STP_PRE], head=[STP_HEAD], cap_lines=STP_CAP,
         tail=[["Subscribe for full access"], *STP_TAIL]),
    # Radio Łódź: original of the PAP cluster; '(PAP)' dateline, 'autorka:' line and desk initials at the end.
    dict(PAP, role="original", file="radiolodz_pap_design_festival_pl.txt", render="text",
         pre=[["Radio Łódź", "Wiadomości", "Łódź", "Region", "Kultura", "Sport", "Posłuchaj na żywo"]],
         head=[["17.05.2024 14:32"], ["Źródło: PAP"]],
         inserts={2: ["Reklama"], 5: ["Czytaj także:", "Manufaktura zmienia godziny otwarcia w weekend majowy"]},
         tail=[["autorka: Agata Wróbel"], ["agw/ mick/"], ["Udostępnij", "Facebook", "X"],
               ["Radio Łódź S.A. w likwidacji", "\u00a9 Wszelkie prawa zastrzeżone"]]),
    # The Southern Reporter (National World, Scottish Borders): staff, 'Published' date with ordinal, Hawick knitwear.
    rec(cluster="southernreporter-hawick-knitwear", role="single", file="southernreporter_hawick_knitwear.txt", render="text",
        title="Hawick knitwear mill takes on record number of apprentices",
        date="2024-09-03", country="GB", region="europe", lang="en", authors=["Fiona Laidlaw"],
        pre=[["Southern Reporter", "News", "Sport", "Whats On", "Heritage and Retro", "Announcements"]],
        head=[["By Fiona Laidlaw"], ["Published 3rd Sep 2024, 11:45 BST"]],
        inserts={2: ["Advertisement", "Hide Ad"], 5: ["Read more: Galashiels tweed shop marks 50 years on Bank Street"]},
        tail=[["Comments"], ["Want to join the conversation? Please or to comment on this article."],
              ["Subscribe to the Southern Reporter"], ["Follow us on Facebook"],
              ["\u00a9 2024 National World Publishing Ltd. All rights reserved."]],
        paras=P("""
A Hawick knitwear mill has taken on twelve apprentices this autumn, the largest intake in its ninety-year history.

The mill, which makes cashmere and lambswool jumpers for fashion houses in London, Paris and Tokyo, said orders had grown steadily over the past two years.

Managing director Alasdair Kerr said the firm had struggled to find skilled workers as many of its knitters and linkers reached retirement age.

The apprentices, aged between 16 and 24, will spend three years learning to set up the knitting frames, join seams by hand and check finished garments for faults.

Most of the training will be done on the factory floor alongside experienced staff, with one day a week at Borders College.

Kerr said the town had lost thousands of textile jobs since the 1980s, but the mills that survived now had more work than workers.

One of the new recruits, 17-year-old Kirsty Elliot, said her grandmother had worked in the same mill for forty years.

The company hopes to take on another group of apprentices next year.
"""),
        must_have=[
            "The apprentices, aged between 16 and 24, will spend three years learning to set up the knitting frames, join seams by hand and check finished garments for faults.",
            "Most of the training will be done on the factory floor alongside experienced staff, with one day a week at Borders College.",
        ]),
    # RTV Oost (Overijssel, Dutch): staff, name line and short-weekday date, repair café anniversary.
    rec(cluster="rtvoost-enschede-repaircafe", role="single", file="rtvoost_enschede_repaircafe_nl.txt", render="text",
        title="Repair Café in Enschede bestaat tien jaar: 'Alles wat kapot is, willen we zien'",
        date="2024-11-09", country="NL", region="europe", lang="nl", authors=["Sanne Wolters"],
        pre=[["RTV Oost", "Nieuws", "Sport", "Tv", "Radio", "Regio"], ["Live"]],
        head=[["Sanne Wolters"], ["za 9 november 2024, 10:12"]],
        inserts={2: ["Lees ook:", "Textielmuseum in Tilburg zoekt vrijwilligers"], 5: ["Advertentie"]},
        tail=[["Deel dit artikel"], ["Gerelateerde artikelen"], ["Download de RTV Oost-app"],
              ["Heb je een tip? Stuur het naar de redactie."], ["\u00a9 RTV Oost 2024"]],
        paras=P("""
Het Repair Café in de Enschedese wijk Roombeek bestaat deze maand tien jaar en viert dat zaterdag met een extra lange reparatiemiddag.

Elke tweede zaterdag van de maand brengen buurtbewoners er kapotte broodroosters, lampen, fietsen en kleding naartoe.

Een vaste groep van twintig vrijwilligers probeert de spullen samen met de eigenaar weer aan de praat te krijgen.

Oprichter Henk Oude Wesselink zegt dat ongeveer zeven van de tien reparaties lukken en dat het aantal bezoekers elk jaar groeit.

Vooral de naaitafel is populair, omdat veel mensen niet meer weten hoe ze een rits vervangen of een broek korter maken.

Volgens de vrijwilligers past dat bij de geschiedenis van Enschede, dat ooit een van de grootste textielsteden van Nederland was.

De reparaties zijn gratis, al wordt een vrijwillige bijdrage voor koffie en onderdelen gewaardeerd.

Voor het jubileum komt er ook een kraam waar bezoekers leren hoe ze zelf een gat in een trui kunnen stoppen.
"""),
        must_have=[
            "Vooral de naaitafel is populair, omdat veel mensen niet meer weten hoe ze een rits vervangen of een broek korter maken.",
            "De reparaties zijn gratis, al wordt een vrijwillige bijdrage voor koffie en onderdelen gewaardeerd.",
        ]),
    # The Sentinel (Assam): staff, 'A CORRESPONDENT' desk byline, 'GUWAHATI, Feb 6:' dateline, Sualkuchi silk weavers.
    rec(cluster="sentinelassam-sualkuchi-silk", role="single", file="sentinelassam_sualkuchi_silk.txt", render="text",
        title="Sualkuchi weavers seek cheaper yarn as muga prices soar",
        date="2025-02-06", dateline="GUWAHATI, Feb 6: ", city="Guwahati", country="IN", region="asia", lang="en",
        pre=[["The Sentinel", "Assam", "North East", "India", "World", "Sports", "Editorial"]],
        head=[["A CORRESPONDENT"], ["6 Feb 2025 5:32 AM GMT"]],
        inserts={2: ["Also Read:", "Bihu fabric fair to open at Khanapara from February 20"], 5: ["Advertisement"]},
        tail=[["Tags:", "Sualkuchi", "Silk weavers", "Muga"], ["Next Story"],
              ["Sentinel Digital Desk"], ["\u00a9 2025 The Sentinel. All rights reserved."]],
        paras=P("""
Handloom weavers of Sualkuchi, the silk village on the north bank of the Brahmaputra, have asked the State government to supply muga yarn at a fixed price.

The price of muga yarn has risen by nearly forty per cent in the past year because of poor cocoon harvests in Upper Assam.

A delegation of the Sualkuchi Tat Silpa Unnayan Samity met officials of the Handloom and Textiles department here on Wednesday.

Samity secretary Dipen Kalita said many weavers had stopped taking orders for muga mekhela chadors because they could no longer make a profit.

He said the weavers wanted a yarn bank in Sualkuchi where members could buy yarn in small amounts on credit.

The officials assured the delegation that a proposal for a yarn bank would be placed before the department.

Traders said demand for silk mekhela chadors usually peaks before Bohag Bihu and the wedding season.

Sualkuchi has more than fifteen thousand looms, most of them run by families in their homes.
"""),
        must_have=[
            "The price of muga yarn has risen by nearly forty per cent in the past year because of poor cocoon harvests in Upper Assam.",
            "He said the weavers wanted a yarn bank in Sualkuchi where members could buy yarn in small amounts on credit.",
        ]),
    # Nagarik (Nepal, Nepali): staff, 'तानसेन —' dateline, Bikram Sambat date with Nepali digits, dhaka weavers.
    rec(cluster="nagarik-tansen-dhaka", role="single", file="nagarik_tansen_dhaka_ne.txt", render="text",
        title="पाल्पाली ढाकाको माग बढ्यो, बुनकरलाई भ्याइनभ्याई",
        date="2025-01-25", dateline="तानसेन — ", city="Tānsen", country="NP", region="asia", lang="ne",
        authors=["सन्तोष पोखरेल"],
        pre=[["नागरिक", "समाचार", "अर्थ", "खेलकुद", "विचार", "मनोरञ्जन"]],
        head=[["सन्तोष पोखरेल"], ["२०८१ माघ १२ शनिबार ०८:१५"]],
        inserts={2: ["विज्ञापन"], 5: ["यो पनि पढ्नुहोस्:", "बुटवलमा हस्तकला मेला सुरु"]},
        tail=[["प्रकाशित : २०८१ माघ १२ शनिबार ०८:१५"], ["सेयर गर्नुहोस्"], ["सम्बन्धित खबर"],
              ["धेरै पढिएका"], ["© नागरिक दैनिक। सर्वाधिकार सुरक्षित।"]],
        paras=P("""
पाल्पाको तानसेनमा बुनिने ढाका कपडाको माग पछिल्लो समय बढेपछि स्थानीय बुनकरहरू दिनरात काममा व्यस्त छन् ।

विवाहको मौसम र विदेशमा रहेका नेपालीबाट आएको अर्डरका कारण ढाका टोपी, सल र चोलोको माग दोब्बर भएको उद्यमीहरू बताउँछन् ।

तानसेनको एक ढाका उद्योगकी सञ्चालक सुमित्रा श्रेष्ठका अनुसार उनको उद्योगमा अहिले बाह्र जना महिलाले हातेतानमा कपडा बुनिरहेका छन् ।

एक थान ढाका बुन्न दक्ष बुनकरलाई पनि दुई दिनभन्दा बढी समय लाग्ने उनले बताइन् ।

धागोको मूल्य बढेकाले नाफा भने पहिलेजस्तो नभएको उनको गुनासो छ ।

नगरपालिकाले यस वर्ष नयाँ बुनकरका लागि तीन महिने तालिम सञ्चालन गर्ने र हातेतान खरिदमा अनुदान दिने जनाएको छ ।

स्थानीय व्यापारीहरू मेसिनमा बुनिएको नक्कली ढाका बजारमा आएकाले सक्कली ढाका चिनाउने छाप आवश्यक भएको बताउँछन् ।

तानसेनमा अहिले सयभन्दा बढी साना ढाका उद्योग सञ्चालनमा छन् र तिनले करिब आठ सय जनालाई रोजगारी दिएका छन् ।

उद्यमीहरूले ढाकालाई पाल्पाको पहिचानका रूपमा देश बाहिर पनि चिनाउन सरकारले सहयोग गर्नुपर्ने माग गरेका छन् ।
"""),
        must_have=[
            "एक थान ढाका बुन्न दक्ष बुनकरलाई पनि दुई दिनभन्दा बढी समय लाग्ने उनले बताइन् ।",
            "नगरपालिकाले यस वर्ष नयाँ बुनकरका लागि तीन महिने तालिम सञ्चालन गर्ने र हातेतान खरिदमा अनुदान दिने जनाएको छ ।",
        ]),
    # Malawi Voice: MANA copy, 'Blantyre, March 4, Mana:' dateline, '-Mana' sign-off, cane furniture makers.
    rec(cluster="malawivoice-mana-blantyre-cane", role="single", file="malawivoice_mana_blantyre_cane_furniture.txt", render="text",
        title="Blantyre cane furniture makers decry loss of roadside stalls",
        date="2025-03-04", dateline="Blantyre, March 4, Mana: ", city="Blantyre", country="MW", region="africa", lang="en",
        agency="MANA", authors=["Tiyamike Phiri"],
        pre=[["Malawi Voice", "Home", "News", "Politics", "Business", "Sports", "Entertainment"]],
        head=[["By Tiyamike Phiri"], ["March 4, 2025"], ["Malawi News Agency"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["RELATED: Mzuzu tailors ask council for permanent market space"]},
        tail=[["-Mana"], ["Share this:", "WhatsApp", "Facebook"], ["Like this:", "Related"],
              ["Malawi Voice \u2013 Real news, real voices"], ["Copyright \u00a9 2025 Malawi Voice. All Rights Reserved."]],
        paras=P("""
Cane furniture makers who used to sell their chairs and tables along the Chipembere Highway in Blantyre say their income has fallen since the city council removed their stalls.

The council cleared the stalls last month, saying they blocked the road reserve and put pedestrians at risk.

Chairperson of the Blantyre Cane Craft Association, Yohane Banda, said about sixty craftsmen had lost their places of work.

He said each of the craftsmen supported a family and some had been making cane furniture at the same spot for more than twenty years.

Banda said the association was ready to move to a new site if the council provided one with shelter and access to customers.

Blantyre City Council spokesperson Alinafe Mwale said the council had identified a plot near Chichiri where the craftsmen would be allowed to build a market.

Cane furniture is popular with hotels and lodges around Blantyre and is also sold to buyers from Mozambique and Zambia.

The craftsmen use cane and bamboo from the Shire valley, which they say is becoming harder to find.
"""),
        must_have=[
            "Banda said the association was ready to move to a new site if the council provided one with shelter and access to customers.",
            "Cane furniture is popular with hotels and lodges around Blantyre and is also sold to buyers from Mozambique and Zambia.",
        ]),
    # MwanaHALISI Online (Tanzania, Swahili): staff, 'Na X' byline, kanga design competition.
    rec(cluster="mwanahalisi-dar-kanga", role="single", file="mwanahalisi_dar_kanga_sw.txt", render="text",
        title="Wabunifu vijana washindana kubuni kanga mpya Dar es Salaam",
        date="2024-04-22", country="TZ", region="africa", lang="sw", authors=["Rehema Mussa"],
        pre=[["MwanaHALISI Online", "Habari", "Siasa", "Uchumi", "Michezo", "Makala"]],
        head=[["Na Rehema Mussa"], ["Aprili 22, 2024"]],
        inserts={2: ["Tangazo"], 5: ["Soma zaidi:", "Wafumaji wa vikapu Bagamoyo walilia soko"]},
        tail=[["Shirikisha:", "Facebook", "WhatsApp", "X"], ["Habari zinazohusiana"],
              ["Jiunge na chaneli yetu ya WhatsApp"], ["\u00a9 2024 MwanaHALISI Online. Haki zote zimehifadhiwa."]],
        paras=P("""
Wabunifu vijana zaidi ya hamsini wameshiriki shindano la kubuni michoro mipya ya kanga lililofanyika jijini Dar es Salaam mwishoni mwa wiki.

Shindano hilo limeandaliwa na chama cha wazalishaji wa nguo kwa lengo la kuhamasisha vijana kuingia katika sekta ya ubunifu wa vitambaa.

Mratibu wa shindano hilo, Zuhura Salim, amesema kanga ni sehemu muhimu ya utamaduni wa pwani na kila kanga hubeba ujumbe wake.

Amesema washiriki walitakiwa kubuni michoro inayoonyesha maisha ya sasa huku wakiheshimu mtindo wa jadi wa pindo na jina.

Mshindi wa kwanza, Juma Athumani, amebuni kanga yenye michoro ya mikoko na ujumbe unaohimiza utunzaji wa mazingira.

Washindi watatu wa kwanza watapata mafunzo ya miezi sita katika kiwanda cha nguo na michoro yao itachapishwa na kuuzwa sokoni.

Wafanyabiashara wa Kariakoo wamesema wateja wengi sasa wanapenda kanga zenye rangi na michoro ya kisasa.

Waandaaji wamesema shindano hilo litafanyika kila mwaka na litapanuliwa hadi Zanzibar na Tanga.

Kanga zilizoshinda zitaonyeshwa kwenye maonyesho ya biashara ya Sabasaba mwezi Julai.
"""),
        must_have=[
            "Amesema washiriki walitakiwa kubuni michoro inayoonyesha maisha ya sasa huku wakiheshimu mtindo wa jadi wa pindo na jina.",
            "Washindi watatu wa kwanza watapata mafunzo ya miezi sita katika kiwanda cha nguo na michoro yao itachapishwa na kuuzwa sokoni.",
        ]),
    # Southern Eye (Zimbabwe, Bulawayo): staff, capitals 'BY X' byline, leatherwork cooperative.
    rec(cluster="southerneye-bulawayo-leather", role="single", file="southerneye_bulawayo_leather.txt", render="text",
        title="Bulawayo leather crafters turn to online orders",
        date="2024-06-11", country="ZW", region="africa", lang="en", authors=["Sipho Ndlovu"],
        pre=[["Southern Eye", "News", "Business", "Sport", "Local", "Opinion"]],
        head=[["BY SIPHO NDLOVU"], ["June 11, 2024"]],
        inserts={2: ["Advertisement"], 5: ["Related Topics"]},
        tail=[["Follow us on X @SouthernEyeZim"], ["Share this article", "Facebook", "WhatsApp"],
              ["Leave a Comment"], ["You must be logged in to post a comment."],
              ["\u00a9 2024 Alpha Media Holdings. All rights reserved."]],
        paras=P("""
A group of leather crafters in Bulawayo's Makokoba suburb say online orders have helped them survive a slump in walk-in customers.

The Makokoba Leather Crafts Cooperative makes sandals, belts, bags and wallets from hides bought from local abattoirs.

Cooperative chairperson Themba Moyo said sales at their workshop had fallen sharply after a nearby market was closed for renovations.

He said the members started posting photos of their products on social media last year and now receive orders from Harare, Gweru and even South Africa.

Orders are paid for through mobile money and the goods are sent by bus to the customers' nearest town.

Moyo said the cooperative had grown from eight to twenty members, most of them young people who learnt the trade from older crafters.

The members say their biggest challenge is the rising cost of dyes, glue and thread, most of which are imported.

They are asking the city council to set aside a workshop space in the renovated market for local crafters.
"""),
        must_have=[
            "Orders are paid for through mobile money and the goods are sent by bus to the customers' nearest town.",
            "The members say their biggest challenge is the rising cost of dyes, glue and thread, most of which are imported.",
        ]),
    # Tiempo de San Juan (Argentina, Spanish): staff, 'Por X' byline, Jáchal weavers' fair.
    rec(cluster="tiempodesanjuan-jachal-teleras", role="single", file="tiempodesanjuan_jachal_teleras_es.txt", render="text",
        title="Las teleras de Jáchal llevan sus ponchos a la feria de artesanías",
        date="2024-07-18", country="AR", region="americas", lang="es", authors=["Mariela Quiroga"],
        pre=[["Tiempo de San Juan", "Sociedad", "Política", "Deportes", "Policiales", "Departamentales"]],
        head=[["Por Mariela Quiroga"], ["18 de julio de 2024"]],
        inserts={2: ["Publicidad"], 5: ["Te puede interesar:", "Abrió la inscripción para los talleres de cestería en Calingasta"]},
        tail=[["Compartir en Facebook", "Compartir en WhatsApp"], ["Noticias relacionadas"],
              ["Seguinos en Instagram"], ["Tiempo de San Juan \u00a9 2024. Todos los derechos reservados."]],
        paras=P("""
Una veintena de teleras del departamento de Jáchal participarán este fin de semana en la feria provincial de artesanías, que se hará en el Centro Cívico.

Las artesanas tejen ponchos, mantas y fajas en telares criollos de madera con lana de oveja que ellas mismas hilan y tiñen.

La presidenta de la asociación de teleras, Rosa Elena Sánchez, contó que un poncho grande puede llevar hasta tres meses de trabajo.

Explicó que para teñir usan raíces, cáscaras de nuez y jarilla, como les enseñaron sus madres y abuelas.

En los últimos años se sumaron mujeres jóvenes al grupo, lo que según Sánchez asegura que el oficio no se pierda.

La provincia entregará a la asociación una marca colectiva que certificará que las piezas son tejidas a mano en Jáchal.

La feria abrirá el sábado y el domingo de 10 a 21 y la entrada será libre y gratuita.

Además habrá demostraciones de hilado y teñido para el público.
"""),
        must_have=[
            "Explicó que para teñir usan raíces, cáscaras de nuez y jarilla, como les enseñaron sus madres y abuelas.",
            "La provincia entregará a la asociación una marca colectiva que certificará que las piezas son tejidas a mano en Jáchal.",
        ]),
    # Wellington Scoop (NZ): staff, 'Report from' byline line, WOW costume makers.
    rec(cluster="wellingtonscoop-wow-costumes", role="single", file="wellingtonscoop_wow_costume_makers.txt", render="text",
        title="Home workshops busy as WOW designers finish their costumes",
        date="2024-09-26", country="NZ", region="oceania", lang="en", authors=["Tamsin Greer"],
        pre=[["Wellington.Scoop", "Home", "News", "Arts", "Opinion", "Transport"]],
        head=[["September 26, 2024"], ["Report from Tamsin Greer"]],
        inserts={3: ["Share this:", "Email", "Facebook"]},
        tail=[["Like this:", "Like Loading..."], ["Related"], ["Leave a Reply"],
              ["Comments are moderated. Please keep to the topic."],
              ["Wellington.Scoop is a community news website."], ["Support Wellington.Scoop"]],
        paras=P("""
In garages, spare rooms and school halls around Wellington, designers are putting the last stitches into costumes for this year's World of WearableArt show.

More than a hundred garments from designers in New Zealand and overseas will appear on the stage at the TSB Arena over three weeks.

Island Bay designer Mereana Tuhiwai has spent eight months making a cloak from old sail cloth and fishing net she collected along the south coast.

She said the hardest part was making the costume light enough for a performer to wear while dancing.

A group of students from a Porirua college have entered a garment made entirely from woven flax and recycled bicycle inner tubes.

Their teacher said the students had learnt weaving from a local kuia who came to the school once a week.

The show's organisers say costume makers spend on average four hundred hours on each entry.

Tickets for most of the performances have already sold out.
"""),
        must_have=[
            "She said the hardest part was making the costume light enough for a performer to wear while dancing.",
            "The show's organisers say costume makers spend on average four hundred hours on each entry.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_WT = site("위키트리", "https://www.wikitree.example.co.kr", " - 위키트리", "ko_KR", "@wikitree",
               ["뉴스", "연예", "스포츠", "라이프", "지역", "위키푸디"],
               ["Copyright \u00a9 위키트리. All rights reserved.", "회사소개", "개인정보처리방침"],
               share=["카카오톡", "페이스북", "링크복사"], top=["로그인"])
SITE_OBO = site("OBOZREVATEL", "https://news.obozrevatel.example.com", " | OBOZREVATEL", "uk_UA", "@obozrevatel",
                ["Новини", "Політика", "Економіка", "Суспільство", "Здоров'я", "Спорт"],
                ["\u00a9 2024 OBOZREVATEL. Усі права захищені.", "Контакти", "Політика конфіденційності"],
                share=["Поділитися", "Facebook", "Telegram"])
SITE_SL = site("Sardegna Live", "https://www.sardegnalive.example.net", " - Sardegna Live", "it_IT", "@sardegnalive",
               ["Cronaca", "Cultura", "Attualità", "Sport", "Turismo", "Eventi"],
               ["\u00a9 2024 Sardegna Live. Tutti i diritti riservati.", "Redazione", "Privacy"],
               share=["Condividi", "Facebook", "WhatsApp"],
               cookie="Questo sito utilizza cookie tecnici e di profilazione.", buttons=["Accetta", "Rifiuta", "Personalizza"])
SITE_SAR = site("سرايا", "https://www.sarayanews.example.com", " - وكالة أنباء سرايا الإخبارية", "ar_JO", "@sarayanews",
                ["الرئيسية", "محليات", "عربي ودولي", "اقتصاد", "رياضة", "منوعات"],
                ["جميع الحقوق محفوظة لوكالة سرايا الإخبارية \u00a9 2023", "اتصل بنا", "من نحن"],
                share=["شارك", "فيسبوك", "واتساب"])
SITE_ZNBC = site("ZNBC", "https://www.znbc.example.co.zm", " | ZNBC", "en_ZM", "@ZNBCZambia",
                 ["Home", "News", "Business", "Sports", "Entertainment", "TV", "Radio"],
                 ["\u00a9 2023 Zambia National Broadcasting Corporation", "Contact", "Careers"],
                 share=["Share", "Facebook", "WhatsApp"])
SITE_NAV = site("Navajo Times", "https://navajotimes.example.com", " | Navajo Times", "en_US", "@navajotimes",
                ["News", "Sports", "A&E", "Opinion", "Obituaries", "E-edition"],
                ["\u00a9 2024 Navajo Times Publishing Company, Inc.", "Subscribe", "Advertise"],
                share=["Share", "Facebook", "Email"], top=["Subscribe to the Navajo Times"])
SITE_PIO = site("Pioneiro", "https://gauchazh.example.com.br/pioneiro", " | GZH", "pt_BR", "@pioneiro",
                ["Notícias", "Economia", "Geral", "Esportes", "Cultura e Lazer", "Colunistas"],
                ["\u00a9 2024 Grupo RBS. Todos os direitos reservados.", "Assine", "Central do Assinante"],
                share=["Compartilhar", "WhatsApp", "Facebook"],
                cookie="Usamos cookies para melhorar sua experiência.", buttons=["Aceitar"])
SITE_OM = site("OrilliaMatters", "https://www.orilliamatters.example.com", " - Orillia News", "en_CA", "@OrilliaMatters",
               ["Local News", "National News", "Sports", "Obituaries", "Events", "Jobs"],
               ["\u00a9 2024 Village Media Inc. and/or its licensors.", "Privacy", "Contact Us"],
               share=["Share", "Facebook", "Email"])
SITE_TYEE = site("The Tyee", "https://thetyee.example.ca", " | The Tyee", "en_CA", "@TheTyee",
                 ["News", "Analysis", "Culture", "Opinion", "Solutions", "Newsletters"],
                 ["\u00a9 2025 The Tyee", "About", "Privacy"],
                 share=["Share", "Email", "Bluesky"], top=["Become a Tyee Builder"])

HTML_STORIES = [
    # Wikitree (Korean): original of the Yonhap cluster; '(안동=연합뉴스) 기자 =' dateline, bracketed photo credit, reporter e-mail line.
    dict(YNA, role="original", file="wikitree_yonhap_andong_hemp_ko.html", render="html",
         site=SITE_WT, section="지역", meta_section="지역",
         url="https://www.wikitree.example.co.kr/articles/958214",
         published="2024-06-20T10:15:00+09:00",
         ld_author=[{"@type": "Organization", "name": "연합뉴스"}],
         byline_lines=["연합뉴스"], date_lines=["입력 2024.06.20 10:15"],
         caption="안동포 직조 시연회", credit="안동시", credit_shown="[안동시 제공. 재판매 및 DB 금지]",
         inserts={2: [("ad", "광고")], 5: [("link", "함께 보면 좋은 기사", "하회마을 탈춤 공연 주말마다 열린다")]},
         end_lines=["mjkim@yna.co.kr"],
         lists=[("많이 본 뉴스", ["대구 도심 폭염 경보", "경주 불국사 야간 개방"])]),
    # Obozrevatel (Ukrainian): original of the Ukrinform cluster; source line, 'Фото:' credit, no dateline.
    dict(UKR, role="original", file="obozrevatel_ukrinform_reshetylivka_uk.html", render="html",
         site=SITE_OBO, section="Суспільство", meta_section="Суспільство",
         url="https://news.obozrevatel.example.com/society/u-reshetilivtsi-pokazali-sorochki-bilim-po-bilomu.htm",
         published="2024-05-16T11:20:00+03:00",
         ld_author=[{"@type": "Organization", "name": "Укрінформ"}],
         byline_lines=["Джерело: Укрінформ"], date_lines=["16 травня 2024, 11:20"],
         caption="Сорочки на виставці в Решетилівці", credit="Укрінформ", credit_shown="Фото: Укрінформ",
         inserts={2: [("ad", "Реклама")], 5: [("link", "Читайте також:", "У Полтаві відкрили ярмарок гончарів")]},
         lists=[("Популярне", ["Як правильно прати вишиванку", "У Києві пройде фестиваль килимів"])],
         newsletter_end=["Підписуйтесь на канал OBOZREVATEL у Telegram і Viber, щоб бути в курсі останніх подій."]),
    # Sardegna Live (Italian): ANSA copy, '(ANSA) - NUORO, 14 SET -' dateline, 'Foto ANSA' credit, filigree jewellery.
    rec(cluster="sardegnalive-ansa-nuoro-filigrana", role="single", file="sardegnalive_ansa_nuoro_filigrana_it.html", render="html",
        site=SITE_SL, title="Nuoro, la filigrana sarda torna in bottega: corsi per giovani orafi",
        date="2024-09-14", dateline="(ANSA) - NUORO, 14 SET - ", city="Nuoro", country="IT", region="europe", lang="it",
        agency="ANSA", section="Cultura", meta_section="Cultura",
        url="https://www.sardegnalive.example.net/it/cultura/nuoro-la-filigrana-sarda-torna-in-bottega",
        description="Il progetto coinvolge sei botteghe storiche del centro.",
        published="2024-09-14T16:40:00+02:00",
        ld_author=[{"@type": "Organization", "name": "ANSA"}],
        byline_lines=["Redazione"], date_lines=["14 Settembre 2024 16:40"],
        caption="Una collana in filigrana con i bottoni sardi", credit="ANSA", credit_shown="Foto ANSA",
        inserts={2: [("ad", "Pubblicità")], 5: [("link", "Leggi anche:", "Samugheo, al via la mostra dei tappeti tessuti a mano")]},
        end_lines=["RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA"],
        paras=P("""
Sei botteghe orafe del centro storico di Nuoro apriranno le porte a dodici giovani che vogliono imparare l'arte della filigrana sarda.

Il progetto, finanziato dalla Regione e dalla Camera di commercio, durerà un anno e prevede una borsa mensile per ogni allievo.

La filigrana è la tecnica con cui si realizzano i gioielli della tradizione, come i bottoni d'oro dei costumi e le fedi sarde.

Gli allievi impareranno a tirare e intrecciare sottili fili d'oro e d'argento e a saldarli a mano senza stampi.

Secondo l'orafo Giovanni Piras, che ha bottega in corso Garibaldi da quarant'anni, in città sono rimasti pochi artigiani capaci di lavorare con questa tecnica.

La domanda di gioielli tradizionali, spiega, è però in crescita, soprattutto per matrimoni e feste religiose come quella del Redentore.

Le domande di partecipazione si possono presentare fino al 15 ottobre.

Al termine del corso gli allievi presenteranno i loro lavori in una mostra al museo del costume.
"""),
        must_have=[
            "Gli allievi impareranno a tirare e intrecciare sottili fili d'oro e d'argento e a saldarli a mano senza stampi.",
            "Le domande di partecipazione si possono presentare fino al 15 ottobre.",
        ]),
    # Saraya News (Jordan, Arabic): Petra copy, 'مادبا 8 تشرين الأول (بترا) -' dateline, Petra desk initials.
    rec(cluster="saraya-petra-madaba-tatreez", role="single", file="saraya_petra_madaba_tatreez_ar.html", render="html",
        site=SITE_SAR, title="جمعية نسائية في مادبا تطلق مشغلا للتطريز التراثي",
        date="2023-10-08", dateline="مادبا 8 تشرين الأول (بترا) - ", city="Madaba", country="JO", region="asia", lang="ar",
        agency="Petra", section="محليات", meta_section="محليات",
        url="https://www.sarayanews.example.com/article/812433",
        description="المشغل يوفر فرص عمل لأربعين سيدة من المحافظة.",
        published="2023-10-08T13:05:00+03:00",
        ld_author=[{"@type": "Organization", "name": "بترا"}],
        byline_lines=["سرايا - بترا"], date_lines=["08-10-2023 01:05 PM"],
        inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضاً:", "معرض للحرف اليدوية في السلط")]},
        end_lines=["(بترا) ع ح/ س ص"],
        lists=[("الأكثر قراءة", ["أمانة عمان تعلن عن إغلاقات", "الأرصاد: أجواء معتدلة"])],
        comments=["التعليقات", "لا يوجد تعليقات"],
        paras=P("""
أطلقت جمعية سيدات مادبا الخيرية اليوم الأحد مشغلا للتطريز التراثي يوفر فرص عمل لأربعين سيدة من أبناء المحافظة.

وقالت رئيسة الجمعية سلوى الحمارنة إن المشغل يهدف إلى الحفاظ على غرز التطريز الأردنية التقليدية وتعليمها للأجيال الجديدة.

وأضافت أن السيدات يطرزن الأثواب والوسائد والحقائب بنقوش مستوحاة من فسيفساء مادبا ومن أثواب القرى القديمة.

وبينت أن المشغل حصل على ماكينات حديثة لتجهيز الأقمشة، في حين يبقى التطريز يدويا بالكامل.

وأشارت إلى أن الجمعية تسعى لتسويق المنتجات عبر المعارض والمتاجر السياحية في المحافظة وعبر الإنترنت.

وقالت إحدى المتدربات إن العمل في المشغل ساعدها على إعالة أسرتها من دون أن تبتعد كثيرا عن بيتها.

وحضر الافتتاح ممثلون عن وزارة التنمية الاجتماعية وعدد من الجمعيات والمؤسسات المحلية في المحافظة.

ومن المقرر أن تنظم الجمعية معرضا لمنتجات المشغل مطلع العام المقبل بالتزامن مع موسم السياحة الشتوية.

وأكدت الحمارنة أن الجمعية ستفتح باب التسجيل لدورة تدريبية جديدة في التطريز خلال الشهر المقبل لعشرين سيدة إضافية.

وتضم الجمعية أكثر من مئتي عضوة، وتنفذ برامج تدريبية في الخياطة والحرف اليدوية منذ سنوات طويلة.
"""),
        must_have=[
            "وبينت أن المشغل حصل على ماكينات حديثة لتجهيز الأقمشة، في حين يبقى التطريز يدويا بالكامل.",
            "وقالت إحدى المتدربات إن العمل في المشغل ساعدها على إعالة أسرتها من دون أن تبتعد كثيرا عن بيتها.",
        ]),
    # ZNBC (Zambia, gzipped): staff, 'By X' byline, chitenge fashion show in Lusaka.
    rec(cluster="znbc-lusaka-chitenge-fashion", role="single", file="znbc_lusaka_chitenge_fashion.html.gz", render="html",
        site=SITE_ZNBC, title="Designers showcase chitenge wear at Lusaka fashion show",
        date="2023-11-02", country="ZM", region="africa", lang="en", authors=["Mwila Chanda"],
        section="Entertainment", meta_section="Entertainment",
        url="https://www.znbc.example.co.zm/news/designers-showcase-chitenge-wear-at-lusaka-fashion-show/",
        description="Twenty local designers took part in the two-day show.",
        published="2023-11-02T19:30:00+02:00",
        byline_lines=["By Mwila Chanda"], date_lines=["November 2, 2023"],
        caption="Models on the runway at the Lusaka show.", credit="ZNBC", credit_shown="Photo: ZNBC",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "ALSO READ:", "Kitwe tailors receive sewing machines")]},
        lists=[("Latest News", ["ZESCO announces new load-shedding schedule", "Chipolopolo squad named"])],
        paras=P("""
Twenty Zambian designers have showcased clothes made from chitenge fabric at a two-day fashion show in Lusaka.

The show, held at a hotel in the city centre, featured dresses, suits, shirts and bags made from the brightly printed cotton cloth.

Organiser Natasha Mulenga said the show aimed to prove that chitenge could be worn to work, weddings and formal events, not only at home.

She said many young Zambians were now proud to wear local designs instead of imported second-hand clothes.

Designer Kelvin Zulu, who showed a range of men's suits with chitenge linings, said he had received orders from buyers in Botswana and Namibia.

Designers complained that most of the chitenge fabric sold in Zambia is imported and called for a revival of local textile factories.

Commerce ministry official Brian Sakala told the show that the government was looking at ways to support local textile production.

The organisers plan to hold a similar show in Ndola next year.
"""),
        must_have=[
            "She said many young Zambians were now proud to wear local designs instead of imported second-hand clothes.",
            "Designers complained that most of the chitenge fabric sold in Zambia is imported and called for a revival of local textile factories.",
        ]),
    # Navajo Times (Window Rock): staff, 'By X' byline, '(Navajo Times | name)' photo credit, rug weavers' market.
    rec(cluster="navajotimes-rug-weavers-market", role="single", file="navajotimes_rug_weavers_market.html", render="html",
        site=SITE_NAV, title="Young weavers join elders at first spring rug market",
        date="2024-04-04", country="US", region="americas", lang="en", authors=["Darlene Yazzie"],
        section="News", meta_section="News",
        url="https://navajotimes.example.com/news/young-weavers-join-elders-at-first-spring-rug-market/",
        description="Organizers say more than a third of the weavers were under 30.",
        published="2024-04-04T08:00:00-06:00",
        byline_lines=["By Darlene Yazzie", "Navajo Times"], date_lines=["April 4, 2024"],
        caption="A weaver shows a Two Grey Hills rug to a buyer.", credit="Navajo Times | Kayla Benally",
        credit_shown="(Navajo Times | Kayla Benally)",
        inserts={3: [("promo", ["Subscribe", "Get the Navajo Times delivered to your home.", "Subscribe now"])]},
        below_body=[("related", "Related Posts")],
        lists=[("Most Popular", ["Chapter house to host water hauling meeting", "Lady Warriors advance to state"])],
        paras=P("""
More than eighty weavers brought rugs to the first spring rug market held at the chapter house on Saturday, and organizers said more than a third of them were under 30.

Buyers came from as far as Santa Fe and Phoenix, and some lined up before the doors opened.

Weaver Lorraine Begay, 71, said she was happy to see young women at the tables next to her.

She said she learned to weave from her grandmother when she was seven and has taught four of her own granddaughters.

Many of the young weavers said they had learned from relatives during the pandemic, when they were at home and had time to sit at the loom.

A large rug in the Two Grey Hills style can take six months or more to finish, from carding and spinning the wool to the final row.

Organizers said the market would now be held each spring and fall so that weavers can sell directly to buyers without going through traders.

Prices on Saturday ranged from about $150 for small pieces to several thousand dollars for large rugs.
"""),
        must_have=[
            "She said she learned to weave from her grandmother when she was seven and has taught four of her own granddaughters.",
            "A large rug in the Two Grey Hills style can take six months or more to finish, from carding and spinning the wool to the final row.",
        ]),
    # Pioneiro (Caxias do Sul, Portuguese): staff, name + 'Atualizada' lines, 'Nome / Agência RBS' credit, knitwear fair.
    rec(cluster="pioneiro-serra-malhas", role="single", file="pioneiro_serra_malhas_pt.html", render="html",
        site=SITE_PIO, title="Malharias da Serra apostam em lã local para a temporada de inverno",
        date="2024-04-23", country="BR", region="americas", lang="pt", authors=["Juliana Bertoldi"],
        section="Economia", meta_section="Economia",
        url="https://gauchazh.example.com.br/pioneiro/economia/noticia/2024/04/malharias-da-serra-apostam-em-la-local.html",
        description="Feira em Farroupilha reúne 90 expositores a partir de sexta-feira.",
        published="2024-04-23T17:45:00-03:00", modified="2024-04-24T09:10:00-03:00",
        byline_lines=["Juliana Bertoldi"], date_lines=["23/04/2024 - 17h45min", "Atualizada em 24/04/2024 - 09h10min"],
        caption="Peças de tricô produzidas em malharia de Farroupilha", credit="Marcos Tessaro / Agência RBS",
        inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia também", "Vinícolas da Serra registram recorde de visitantes")]},
        newsletter_end=["Receba as notícias do Pioneiro no WhatsApp", "Assine o Pioneiro por R$ 9,90"],
        paras=P("""
As malharias da Serra gaúcha começam a preparar a temporada de inverno com uma novidade: peças feitas com lã produzida por criadores de ovelhas do próprio Rio Grande do Sul.

A mudança será apresentada na feira de malhas de Farroupilha, que reúne noventa expositores a partir de sexta-feira.

Segundo a associação das malharias, a lã gaúcha é lavada e fiada em uma cooperativa de Bagé antes de chegar às fábricas da Serra.

O presidente da associação, Vinícius Zanotto, afirma que o fio local custa um pouco mais, mas agrada aos clientes que buscam produtos com origem conhecida.

Muitas das empresas são familiares e ainda mantêm tricoteiras que fazem acabamentos à mão em casa.

A feira espera receber cerca de cinquenta mil visitantes em três fins de semana, a maioria de excursões vindas de outros estados.

As malharias também vão oferecer um serviço de conserto de blusas antigas, para incentivar o reaproveitamento das peças.

A entrada é gratuita e o estacionamento custa R$ 15.
"""),
        must_have=[
            "Segundo a associação das malharias, a lã gaúcha é lavada e fiada em uma cooperativa de Bagé antes de chegar às fábricas da Serra.",
            "Muitas das empresas são familiares e ainda mantêm tricoteiras que fazem acabamentos à mão em casa.",
        ]),
    # OrilliaMatters (Village Media, Ontario): Canadian Press copy, 'MONCTON, N.B. —' dateline, CP credit and sign-off line.
    rec(cluster="orilliamatters-cp-moncton-hooked-rugs", role="single", file="orilliamatters_cp_moncton_hooked_rugs.html", render="html",
        site=SITE_OM, title="Hooked rug makers pass on Acadian craft as demand grows",
        date="2024-08-14", dateline="MONCTON, N.B. \u2014 ", city="Moncton", country="CA", region="americas", lang="en",
        agency="CP", authors=["Lena Thibodeau"], section="National News", meta_section="National News",
        url="https://www.orilliamatters.example.com/national-news/hooked-rug-makers-pass-on-acadian-craft-as-demand-grows-9312244",
        description="A rug hooking guild has doubled its membership in two years.",
        published="2024-08-14T14:10:00-04:00",
        byline_lines=["Lena Thibodeau, The Canadian Press"], date_lines=["Aug 14, 2024 2:10 PM"],
        caption="Members of a rug hooking guild work on a group project.", credit="THE CANADIAN PRESS/Kelly Marchand",
        inserts={2: [("ad", "Advertisement")], 4: [("ad", "Advertisement")]},
        end_lines=["This report by The Canadian Press was first published Aug. 14, 2024."],
        below_body=[("comments-gate", "Comments"), ("comments-gate", "Sign in to comment")],
        lists=[("More National News", ["Wildfire forces evacuation in northern Manitoba", "Ottawa announces funding for arts festivals"])],
        paras=P("""
Every Tuesday morning, a dozen women and two men gather in a church basement in Moncton to pull strips of wool through burlap with small metal hooks.

The group belongs to a rug hooking guild that has doubled its membership in two years, as younger people take up a craft long associated with Acadian farm kitchens.

Guild president Monique Arsenault, 68, said the rugs were once made from worn-out clothing because families could not afford to waste anything.

She said many new members came to the guild after watching videos of rug hooking online during the pandemic.

The guild now runs beginner classes every month, and the waiting list for the fall session is already full.

A hooked rug the size of a doormat can take forty hours to finish, while large wall pieces take many months.

Arsenault said the guild had been asked to lend rugs to a museum exhibition on Acadian textiles next year.

Members also sell small pieces at farmers markets to pay for wool and the rent of the room.
"""),
        must_have=[
            "She said many new members came to the guild after watching videos of rug hooking online during the pandemic.",
            "A hooked rug the size of a doormat can take forty hours to finish, while large wall pieces take many months.",
        ]),
    # The Tyee (Vancouver): staff, name + role line, mending collective; donation appeal chrome.
    rec(cluster="thetyee-vancouver-mending", role="single", file="thetyee_vancouver_mending_collective.html", render="html",
        site=SITE_TYEE, title="At This East Van Mending Circle, Nothing Is Too Worn to Save",
        date="2025-03-12", country="CA", region="americas", lang="en", authors=["Jordan Wiebe"],
        section="Local Economy", meta_section="Local Economy",
        url="https://thetyee.example.ca/News/2025/03/12/East-Van-Mending-Circle/",
        description="A volunteer group teaches neighbours to darn, patch and sew.",
        published="2025-03-12T05:00:00-07:00",
        byline_lines=["Jordan Wiebe", "Jordan Wiebe is a Tyee reporter covering the local economy."], date_lines=["12 Mar 2025"],
        inserts={3: [("promo", ["Support independent journalism", "The Tyee is reader-funded.", "Join Tyee Builders"])]},
        tags=("Tags", ["Local Economy", "Environment", "Vancouver"]),
        share_top=False,
        paras=P("""
On a rainy Saturday afternoon, about thirty people crowd into a community hall off Commercial Drive, each holding something torn, frayed or missing a button.

The East Van Mending Circle meets twice a month and teaches neighbours to darn socks, patch jeans and fix zippers for free.

Founder Priya Sandhu started the group in 2022 after noticing how many of her friends threw away clothes with small holes.

She said the circle now has a core of fifteen volunteer menders, including a retired tailor and two theatre costume makers.

Visitors are not allowed to simply drop off their clothes; they must sit down and learn to do the repair themselves.

Sandhu said the rule is what keeps people coming back, because they leave with a new skill as well as a fixed garment.

The city has offered the group a small grant to run sessions in libraries across Vancouver later this year.

Sandhu hopes the circle will eventually lend out sewing machines the way tool libraries lend drills.
"""),
        must_have=[
            "Visitors are not allowed to simply drop off their clothes; they must sit down and learn to do the repair themselves.",
            "The city has offered the group a small grant to run sessions in libraries across Vancouver later this year.",
        ]),
]


# ---- news-please and trafilatura JSON -------------------------------------------

JSON_STORIES = [
    # news-please, SeneNews (Senegal, French): APS copy, 'Thiès, 5 déc (APS) -' dateline, desk initials sign-off.
    rec(cluster="senenews-aps-thies-tapisserie", role="single", file="newsplease_senenews_aps_thies_tapisserie_fr.json",
        render="newsplease", title="Thiès : les Manufactures des arts décoratifs recrutent de jeunes lissiers",
        date="2023-12-05", dateline="Thiès, 5 déc (APS) - ", city="Thiès", country="SN", region="africa", lang="fr",
        agency="APS",
        url="https://www.senenews.example.com/actualites/thies-les-manufactures-des-arts-decoratifs-recrutent-de-jeunes-lissiers_471203.html",
        source_domain="www.senenews.example.com",
        description="Dix jeunes seront formés pendant deux ans au tissage de tapisseries.",
        np_authors=["APS"], np_publish="2023-12-05 17:30:00", np_download="2023-12-05 20:11:42",
        head_lines=["Par APS", "Publié le 05/12/2023 à 17:30"],
        inserts={2: ["PUBLICITÉ"], 5: ["LIRE AUSSI : Dakar : ouverture du Salon international de l'artisanat"]},
        tail_lines=["AB/MD/ASG", "Partager", "Facebook", "Twitter", "WhatsApp", "Articles similaires", "À lire aussi", "Commentaires",
                    "Suivez SeneNews sur Google News", "Téléchargez l'application SeneNews",
                    "\u00a9 2023 SeneNews. Tous droits réservés."],
        paras=P("""
Les Manufactures sénégalaises des arts décoratifs de Thiès vont recruter dix jeunes pour les former au métier de lissier, a appris l'APS de son directeur.

Selon lui, la formation durera deux ans et permettra de remplacer plusieurs tisserands partis à la retraite ces dernières années.

L'établissement, créé dans les années 1960, réalise des tapisseries à partir de maquettes d'artistes sénégalais et africains.

Chaque tapisserie est tissée à la main sur des métiers de basse lisse et peut demander plusieurs mois de travail.

Le directeur a indiqué que les commandes venant d'hôtels, d'ambassades et de collectionneurs étrangers ont augmenté depuis deux ans.

Les candidats doivent avoir entre dix-huit et vingt-cinq ans et présenter un dossier comprenant des dessins personnels.

Il a ajouté que la manufacture prépare une exposition de tapisseries récentes à Dakar au début de l'année prochaine.

Les jeunes retenus recevront une bourse mensuelle pendant toute la durée de leur formation.
"""),
        must_have=[
            "Chaque tapisserie est tissée à la main sur des métiers de basse lisse et peut demander plusieurs mois de travail.",
            "Les candidats doivent avoir entre dix-huit et vingt-cinq ans et présenter un dossier comprenant des dessins personnels.",
        ]),
    # news-please, The Shillong Times (Meghalaya): staff, 'By Our Reporter' desk byline, 'NONGPOH, Jan 15:' dateline, eri silk.
    rec(cluster="shillongtimes-nongpoh-eri-silk", role="single", file="newsplease_shillongtimes_nongpoh_eri_silk.json",
        render="newsplease", title="Ri-Bhoi weavers get new looms to boost eri silk output",
        date="2025-01-15", dateline="NONGPOH, Jan 15: ", city="Nongpoh", country="IN", region="asia", lang="en",
        url="https://theshillongtimes.example.com/2025/01/15/ri-bhoi-weavers-get-new-looms-to-boost-eri-silk-output/",
        source_domain="theshillongtimes.example.com",
        description="Forty women weavers received frame looms under a state scheme.",
        np_authors=["By Our Reporter"], np_publish="2025-01-15 23:55:00", np_download="2025-01-16 04:12:09",
        head_lines=["By Our Reporter", "January 15, 2025"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)",
                    "Like this:", "Related", "Previous articleHNLC denies hand in Jowai blast",
                    "Next articleTraffic restrictions for Republic Day rehearsals",
                    "The Shillong Times", "\u00a9 The Shillong Times. All rights reserved.", "Contact us", "Advertise with us", "E-paper"],
        paras=P("""
Forty women weavers from villages in Ri-Bhoi district received new frame looms on Wednesday under a State scheme to increase the production of eri silk.

The looms were handed over at a function at the district sericulture office attended by officials and members of self-help groups.

Eri silk, known locally as ryndia, is spun from the cocoons of silkworms that feed on castor leaves and is prized for its warmth.

Officials said the new looms would allow weavers to make wider pieces of cloth in less time than the traditional loin looms.

A weaver from Umsning, Bashisha Nongrum, said she could now weave a full shawl in four days instead of two weeks.

The district administration is also setting up a common facility centre where weavers can dye yarn using natural colours.

Officials said buyers from Delhi and abroad had shown interest in ryndia stoles and shawls at recent exhibitions.
"""),
        must_have=[
            "Eri silk, known locally as ryndia, is spun from the cocoons of silkworms that feed on castor leaves and is prized for its warmth.",
            "The district administration is also setting up a common facility centre where weavers can dye yarn using natural colours.",
        ]),
    # news-please, Pulse Uganda: staff, name + date lines, Kampala fashion week.
    rec(cluster="pulseuganda-kampala-fashion-week", role="single", file="newsplease_pulseuganda_kampala_fashion_week.json",
        render="newsplease", title="Barkcloth and bitenge steal the show at Kampala Fashion Week",
        date="2023-12-09", country="UG", region="africa", lang="en", authors=["Brenda Nakato"],
        url="https://www.pulse.example.ug/lifestyle/fashion/barkcloth-and-bitenge-steal-the-show-at-kampala-fashion-week/qx7m2pl",
        source_domain="www.pulse.example.ug",
        description="Designers used barkcloth from Masaka in evening wear.",
        np_authors=["Brenda Nakato"], np_publish="2023-12-09 18:20:00", np_download="2023-12-10 07:03:51",
        head_lines=["Brenda Nakato", "09 December 2023 at 18:20", "Lifestyle"],
        inserts={2: ["ADVERTISEMENT"], 5: ["RELATED:", "Ugandan designers to watch in 2024"]},
        tail_lines=["Share this article", "Facebook", "X", "Join our WhatsApp channel", "Recommended articles", "Trending", "More from Lifestyle",
                    "Get our daily newsletter", "Pulse Uganda", "\u00a9 2023 Pulse Uganda"],
        paras=P("""
Ugandan designers turned to barkcloth and bitenge fabric at this year's Kampala Fashion Week, which closed on Saturday night.

Barkcloth, made by beating the inner bark of the mutuba tree, was used in jackets, skirts and even evening gowns.

Designer Aisha Nsubuga said she worked with barkcloth makers in Masaka to produce softer and thinner sheets that could be sewn like fabric.

She said many young people had only seen barkcloth at funerals and traditional ceremonies, and she wanted to change that.

Other designers mixed bitenge prints with denim and leather for streetwear collections aimed at university students.

The organisers said more than twenty designers showed their work and about two thousand people attended over three nights.

Buyers from Nairobi and Kigali attended the event, and several designers said they had received wholesale orders.

The organisers said next year's edition would include a market where barkcloth makers can sell directly to the public.
"""),
        must_have=[
            "She said many young people had only seen barkcloth at funerals and traditional ceremonies, and she wanted to change that.",
            "The organisers said more than twenty designers showed their work and about two thousand people attended over three nights.",
        ]),
    # trafilatura, Yeni Akit (Turkish, yeniakit.com.tr): DHA copy, 'DENİZLİ, (DHA) -' dateline, reporter credited in a 'Haber:' line, Buldan weaving.
    rec(cluster="yeniakit-dha-buldan-dokuma", role="single", file="trafilatura_yeniakit_dha_buldan_dokuma_tr.json",
        render="trafilatura", title="Buldan bezini yaşatan kadınlar tezgah başında",
        date="2024-02-27", dateline="DENİZLİ, (DHA) - ", city="Denizli", country="TR", region="asia", lang="tr",
        agency="DHA", authors=["Ayşe Karataş"], section="Yaşam",
        url="https://www.yeniakit.example.com.tr/yasam/buldan-bezini-yasatan-kadinlar-tezgah-basinda-haber-1849201/",
        hostname="yeniakit.example.com.tr", source_hostname="Yeni Akit",
        description="Kooperatifte 35 kadın el tezgahında dokuma yapıyor.",
        tf_author="DHA", tf_date="2024-02-27", tf_language="tr", categories="Yaşam;Yerel",
        head_lines=["Giriş: 27.02.2024 11:42", "Güncelleme: 27.02.2024 11:42", "DHA"],
        inserts={2: ["Reklam"], 5: ["İlgili Haberler"]},
        tail_lines=["Haber: Ayşe Karataş", "Kamera: Murat Demir", "Paylaş", "Facebook", "Twitter", "WhatsApp",
                    "Google News'te Yeni Akit'i takip edin", "Son Dakika", "En Çok Okunanlar", "Tüm hakları saklıdır. \u00a9 2024 Yeni Akit"],
        paras=P("""
Denizli'nin Buldan ilçesinde kurulan kadın kooperatifi, yüzyıllık Buldan bezini el tezgahlarında dokumaya devam ediyor.

Kooperatifte 35 kadın, pamuk ve ipek ipliklerden havlu, peştemal, örtü ve elbiselik kumaş dokuyor.

Kooperatif başkanı Fatma Özdemir, ilçede bir zamanlar binlerce el tezgahı bulunduğunu, bugün ise sayının yüzün altına düştüğünü söyledi.

Özdemir, genç kadınlara dokumayı öğretmek için her yıl kurs açtıklarını ve kursa katılanların yarısının kooperatifte çalışmaya başladığını anlattı.

Bir peştemalin dokunması desene göre bir ila iki gün sürüyor.

Kooperatifin ürünleri ilçedeki satış mağazasının yanı sıra internet üzerinden de satılıyor.

Özdemir, özellikle yaz aylarında yurt dışından gelen turistlerin peştemallere büyük ilgi gösterdiğini belirtti.

Kooperatif, bu yıl Buldan bezi için coğrafi işaret tescilini ürünlerinde kullanmaya başladı.

Kursa katılan genç kadınlardan Elif Yılmaz, annesinden öğrendiği dokumayı artık meslek olarak yapmak istediğini ve kendi tezgahını kurmak için para biriktirdiğini söyledi.

Buldan'da her yıl düzenlenen dokuma festivalinde kooperatifin ürünleri bu yıl da sergilenecek ve ziyaretçiler tezgah başında dokumayı deneme fırsatı bulacak.
"""),
        must_have=[
            "Bir peştemalin dokunması desene göre bir ila iki gün sürüyor.",
            "Kooperatifin ürünleri ilçedeki satış mağazasının yanı sıra internet üzerinden de satılıyor.",
        ]),
    # trafilatura, Teleamazonas (Ecuador, Spanish): staff desk byline, toquilla straw hats in Cuenca.
    rec(cluster="teleamazonas-cuenca-toquilla", role="single", file="trafilatura_teleamazonas_cuenca_toquilla_es.json",
        render="trafilatura", title="Tejedoras de sombreros de paja toquilla piden mejores precios en Cuenca",
        date="2024-08-06", country="EC", region="americas", lang="es", section="Actualidad",
        url="https://www.teleamazonas.example.com/actualidad/noticias/tejedoras-sombreros-paja-toquilla-cuenca-precios",
        hostname="teleamazonas.example.com", source_hostname="Teleamazonas",
        description="Las artesanas reciben menos de la décima parte del precio final de un sombrero.",
        tf_author="Redacción Teleamazonas", tf_date="2024-08-06", tf_language="es", categories="Actualidad;Noticias",
        head_lines=["Redacción Teleamazonas", "06 de agosto de 2024 - 12:25", "Compartir:"],
        inserts={2: ["Publicidad"], 5: ["Te puede interesar: Otavalo se prepara para la feria del Yamor"]},
        tail_lines=["Etiquetas:", "Cuenca", "Artesanías", "Síguenos en nuestras redes sociales", "Facebook", "Instagram",
                    "TikTok", "Noticias relacionadas", "Lo más leído", "Suscríbete a nuestro boletín", "\u00a9 2024 Teleamazonas. Todos los derechos reservados."],
        paras=P("""
Decenas de tejedoras de sombreros de paja toquilla de las parroquias rurales de Cuenca pidieron este martes mejores precios a los intermediarios.

Las artesanas se reunieron frente a la gobernación del Azuay con sombreros a medio tejer y carteles hechos a mano.

Según la dirigente de la asociación de tejedoras, Rosa Guamán, un sombrero fino puede tomar hasta tres semanas de trabajo.

Sin embargo, dijo, los intermediarios pagan entre 10 y 20 dólares por cada sombrero, que luego se vende en tiendas del exterior por más de 200 dólares.

Las tejedoras piden que las exportadoras compren directamente a las asociaciones y que se fije un precio mínimo.

El tejido del sombrero de paja toquilla fue declarado patrimonio cultural inmaterial de la humanidad por la Unesco en 2012.

Representantes de las exportadoras dijeron que están dispuestos a dialogar, pero que los precios dependen de la demanda internacional.

La gobernación convocó a una mesa de diálogo para la próxima semana.
"""),
        must_have=[
            "Las tejedoras piden que las exportadoras compren directamente a las asociaciones y que se fije un precio mínimo.",
            "La gobernación convocó a una mesa de diálogo para la próxima semana.",
        ]),
    # trafilatura, Sierra Express Media (Sierra Leone): staff, 'By X' byline, Makeni gara tie-dye.
    rec(cluster="sierraexpress-makeni-gara", role="single", file="trafilatura_sierraexpress_makeni_gara.json",
        render="trafilatura", title="Makeni gara dyers train youths in tie-dye business",
        date="2024-05-30", country="SL", region="africa", lang="en", authors=["Mohamed Kamara"], section="News",
        url="https://sierraexpressmedia.example.com/?p=104522",
        hostname="sierraexpressmedia.example.com", source_hostname="Sierra Express Media",
        description="Thirty young people completed a three-month course.",
        tf_author="Mohamed Kamara", tf_date="2024-05-30", tf_language="en", categories="News;Business",
        head_lines=["By Mohamed Kamara", "May 30, 2024"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "Related", "Leave a Reply",
                    "Your email address will not be published. Required fields are marked *",
                    "Sierra Express Media", "Copyright \u00a9 2024 Sierra Express Media. All rights reserved.",
                    "About Us", "Contact", "Subscribe", "Privacy Policy"],
        paras=P("""
Thirty young people in Makeni have completed a three-month training course in gara tie-dyeing run by a group of women dyers in the city.

Gara is a cotton cloth dyed in patterns using indigo and other dyes, and it has been made in northern Sierra Leone for generations.

The group's leader, Mammy Fatmata Sesay, said she started the course because few young people were learning the craft.

She said the trainees learnt how to fold and tie cloth, mix dyes and dry the finished fabric without fading the colours.

Each trainee received a starter kit with cloth, dye and a large basin at the end of the course.

Several of the graduates said they planned to sell gara shirts and dresses in Freetown and to customers abroad.

Sesay appealed to the district council to help the dyers find a bigger yard with running water.

She said the group hoped to train another thirty young people before the end of the year.
"""),
        must_have=[
            "Gara is a cotton cloth dyed in patterns using indigo and other dyes, and it has been made in northern Sierra Leone for generations.",
            "Each trainee received a starter kit with cloth, dye and a large basin at the end of the course.",
        ]),
]


# ---- JSONL batches ------------------------------------------------------------------

SITE_NN = site("Narooma News", "https://www.naroomanewsonline.example.com.au", " | Narooma News", "en_AU", "@NaroomaNews",
               ["News", "Sport", "Community", "Lifestyle", "Property", "Puzzles"],
               ["\u00a9 2024 Australian Community Media", "Privacy Policy", "Conditions of Use"],
               share=["Share", "Facebook", "Email"])

JSONL_STORIES = [
    # newsbeam text shape: the PAP story on Strefa Biznesu (syndicated member of the PAP cluster).
    dict(PAP, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://strefabiznesu.example.pl/lodz-design-festival-projektanci-pokazuja-meble-z-odzyskanego-drewna/ar/c3-18532017",
         nb_published="2024-05-17T13:10:00Z", outlet="Strefa Biznesu", nb_authors=["Agata Wróbel"],
         head_lines=["Strefa Biznesu", "Agata Wróbel (PAP)", "17 maja 2024, 15:10"],
         tail_lines=["autorka: Agata Wróbel (PAP)", "agw/ mick/", "Zobacz również", "Polecane oferty",
                     "Dołącz do nas na Facebooku!", "Subskrybuj Strefę Biznesu", "Komentarze",
                     "Dodaj komentarz jako zalogowany użytkownik", "Najnowsze", "Czytaj więcej", "\u00a9 Polska Press Sp. z o.o.", "Regulamin", "Polityka prywatności"]),
    # news-please shape: the Yonhap story on MBN (syndicated member of the Yonhap cluster).
    dict(YNA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.mbn.example.co.kr/news/society/5023118",
         source_domain="www.mbn.example.co.kr",
         np_authors=["김민재"], np_publish="2024-06-20 10:31:00", np_download="2024-06-20 12:48:57",
         head_lines=["MBN", "기사입력 2024-06-20 10:31", "연합뉴스"],
         tail_lines=["mjkim@yna.co.kr", "<저작권자 \u00a9 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "좋아요", "댓글",
                     "기사 공유", "카카오톡", "페이스북", "MBN 뉴스 구독하기", "관련 기사", "실시간 인기 뉴스", "많이 본 뉴스", "Copyright \u00a9 MBN. All rights reserved."]),
    # newsbeam html shape: Narooma News (ACM, NSW South Coast): staff, 'By X' byline, salvaged-timber furniture maker.
    rec(cluster="naroomanews-salvaged-timber-furniture", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_NN, title="Furniture maker turns storm-felled spotted gum into dining tables",
        date="2024-07-19", country="AU", region="oceania", lang="en", authors=["Kelsey Barlow"],
        section="News", meta_section="News",
        url="https://www.naroomanewsonline.example.com.au/story/8712204/furniture-maker-turns-storm-felled-spotted-gum-into-tables/",
        description="His work will be shown at a Sydney design fair next month.",
        published="2024-07-19T11:30:00+10:00",
        byline_lines=["By Kelsey Barlow"], date_lines=["July 19 2024 - 11:30am"],
        caption="Furniture maker Dean Corbett in his Narooma workshop.", credit="Kelsey Barlow",
        credit_shown="Picture by Kelsey Barlow",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Tilba makers market returns for winter")]},
        lists=[("Latest News", ["Wagonga Inlet boat ramp closed for repairs", "Netball club celebrates 50 years"])],
        nb_published="2024-07-19T01:30:00Z", outlet="Narooma News", nb_authors=["Kelsey Barlow"],
        paras=P("""
A Narooma furniture maker is turning spotted gum trees felled in last summer's storms into dining tables, benches and chairs.

Dean Corbett collects the fallen logs from farms and council land around the Eurobodalla with the owners' permission.

He said most storm-damaged trees were cut up for firewood or left to rot, which he called a waste of beautiful timber.

The logs are milled into slabs at a small sawmill near Bodalla and dried for at least a year before he starts work.

Corbett said each table is different because the storm often leaves cracks and marks in the wood that he keeps as part of the design.

He uses natural oils instead of varnish so the tables can be sanded and refinished at home.

Three of his pieces have been chosen for a design fair in Sydney next month.

He has also begun teaching weekend woodworking classes at the Narooma men's shed.
"""),
        must_have=[
            "The logs are milled into slabs at a small sawmill near Bodalla and dried for at least a year before he starts work.",
            "He uses natural oils instead of varnish so the tables can be sanded and refinished at home.",
        ]),
    # trafilatura shape: the Ukrinform story on ZN.ua (syndicated member of the Ukrinform cluster).
    dict(UKR, role="syndicated", file=JSONL_B, render="trafilatura", section="Суспільство",
         url="https://zn.example.ua/ukr/SOCIETY/u-reshetilivtsi-pokazali-sorochki-bilim-po-bilomu.html",
         hostname="zn.example.ua", source_hostname="Дзеркало тижня",
         tf_author=None, tf_date="2024-05-16", tf_language="uk", categories="Суспільство;Культура",
         head_lines=["16 травня, 2024 12:05", "Джерело: Укрінформ"],
         tail_lines=["Поділитися", "Facebook", "Telegram", "Читайте також", "Головне за день", "Новини партнерів", "Останні новини", "Реклама на сайті",
                     "Підписуйтесь на наш Telegram-канал", "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
                     "\u00a9 2024 ZN.UA. Усі права захищені.", "Редакція", "Реклама"]),
    # news-please shape: Moultrie News (Mount Pleasant, S.C.): staff, sweetgrass basket makers.
    rec(cluster="moultrienews-sweetgrass-stands", role="single", file=JSONL_B, render="newsplease",
        title="Sweetgrass basket makers ask for shade and parking at Highway 17 stands",
        date="2025-05-05", country="US", region="americas", lang="en", authors=["Tamara Gadsden"],
        url="https://www.moultrienews.example.com/news/sweetgrass-basket-makers-ask-for-shade-and-parking/article_5c2e9b1a.html",
        source_domain="www.moultrienews.example.com",
        description="Town council will consider a plan to rebuild the roadside stands.",
        np_authors=["Tamara Gadsden"], np_publish="2025-05-05 16:00:00", np_download="2025-05-05 22:37:14",
        head_lines=["By Tamara Gadsden tgadsden@moultrienews.example.com", "May 5, 2025"],
        inserts={2: ["Support local journalism"], 5: ["Related: Mount Pleasant approves Gullah Geechee heritage corridor signs"]},
        tail_lines=["Get local news in your inbox", "Sign up for our weekly newsletter", "Facebook", "Twitter", "Email",
                    "Print", "Save", "Moultrie News", "\u00a9 2025 Evening Post Industries", "Terms of Use", "Privacy Policy"],
        paras=P("""
Sweetgrass basket makers who sell from wooden stands along U.S. Highway 17 in Mount Pleasant are asking the town for shade, safe parking and new stands.

Many of the stands were built decades ago and have been damaged by storms and traffic as the highway was widened.

Basket maker Geraldine Manigault, who has sold at the same stand for thirty years, said customers now struggle to find a safe place to pull over.

The baskets are coiled by hand from sweetgrass, bulrush and pine needles, a craft brought to the Lowcountry by enslaved West Africans.

Manigault said a large basket can take weeks to finish and the makers cannot afford to lose customers because of traffic.

Town staff have drawn up a plan for a covered pavilion with parking near the Sweetgrass Basket Makers Highway signs.

Council members are expected to discuss the plan and its cost at their meeting later this month.
"""),
        must_have=[
            "The baskets are coiled by hand from sweetgrass, bulrush and pine needles, a craft brought to the Lowcountry by enslaved West Africans.",
            "Town staff have drawn up a plan for a covered pavilion with parking near the Sweetgrass Basket Makers Highway signs.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-first held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Radio Łódź '17.05.2024 14:32' and the Strefa Biznesu copy "
    "'17 maja 2024, 15:10' (crawler stamp 13:10Z = 15:10 CEST); Wikitree '입력 2024.06.20 10:15' and the MBN copy '기사입력 "
    "2024-06-20 10:31'; Obozrevatel '16 травня 2024, 11:20' and the ZN.ua copy '16 травня, 2024 12:05' (травня = May); Stratford "
    "Press '14 Mar, 2024 05:00 AM' (both copies); Southern Reporter 'Published 3rd Sep 2024'; RTV Oost 'za 9 november 2024'; "
    "The Sentinel '6 Feb 2025 5:32 AM GMT' and dateline 'Feb 6'; Nagarik '२०८१ माघ १२ शनिबार' (Bikram Sambat 12 Magh 2081 = "
    "Saturday 25 January 2025, Nepali digits); Malawi Voice 'March 4, 2025'; MwanaHALISI 'Aprili 22, 2024'; Southern Eye 'June "
    "11, 2024'; Tiempo de San Juan '18 de julio de 2024'; Wellington.Scoop 'September 26, 2024'; Sardegna Live '14 Settembre "
    "2024' and dateline '14 SET'; Saraya '08-10-2023' (day first) and dateline '8 تشرين الأول' (October); ZNBC 'November 2, 2023'; "
    "Navajo Times 'April 4, 2024'; Pioneiro '23/04/2024 - 17h45min' (not the 'Atualizada em 24/04/2024' line); OrilliaMatters "
    "'Aug 14, 2024' and the CP line 'first published Aug. 14, 2024'; The Tyee '12 Mar 2025'; SeneNews 'Publié le 05/12/2023' "
    "(day first); The Shillong Times 'January 15, 2025' (news-please stamp 23:55 is still 15 January); Pulse Uganda '09 "
    "December 2023'; Yeni Akit 'Giriş: 27.02.2024' (not 'Güncelleme'); Teleamazonas '06 de agosto de 2024'; Sierra Express Media "
    "'May 30, 2024'; Narooma News 'July 19 2024 - 11:30am' (AEST; the newsbeam stamp 01:30Z is the same day); Moultrie News "
    "'May 5, 2025'",
    "dateline_city": "'Łódź (PAP) – ' -> 'Łódź' (both PAP copies); '(안동=연합뉴스) 김민재 기자 = ' -> 'Andong' (both Yonhap copies); "
    "'GUWAHATI, Feb 6: ' -> 'Guwahati'; 'तानसेन — ' -> 'Tānsen' (GeoNames main name); 'Blantyre, March 4, Mana: ' -> 'Blantyre' "
    "(Malawi); '(ANSA) - NUORO, 14 SET - ' -> 'Nuoro'; 'مادبا 8 تشرين الأول (بترا) - ' -> 'Madaba' (Arabic-script datelines without transliteration marks, as earlier sets label them); "
    "'MONCTON, N.B. — ' -> 'Moncton'; 'Thiès, 5 déc (APS) - ' -> 'Thiès'; 'NONGPOH, Jan 15: ' -> 'Nongpoh'; 'DENİZLİ, (DHA) - ' "
    "-> 'Denizli'. The Ukrinform story and all other staff stories start without a dateline and take the country of the "
    "story's location",
    "country": "Łódź PL; Andong KR; Reshetylivka, Poltava region UA; Stratford, Taranaki NZ (oceania); Hawick GB; Enschede NL; "
    "Guwahati/Sualkuchi IN; Tansen NP (asia); Blantyre MW; Dar es Salaam TZ; Bulawayo ZW; Jáchal, San Juan AR; Wellington NZ; "
    "Nuoro IT; Madaba JO (asia); Lusaka ZM; Navajo Nation US; Farroupilha, Rio Grande do Sul BR; Moncton CA (the CP story on an "
    "Ontario site is still about New Brunswick); Vancouver CA; Thiès SN; Nongpoh, Meghalaya IN; Kampala UG; Buldan, Denizli TR "
    "(asia); Cuenca EC; Makeni SL; Narooma AU; Mount Pleasant, South Carolina US",
    "agency": "Radio Łódź and Strefa Biznesu carry PAP ('(PAP)' dateline, 'Źródło: PAP', 'autorka: ... (PAP)'); Wikitree and "
    "MBN carry Yonhap ('연합뉴스' in the dateline and byline); Obozrevatel and ZN.ua carry Ukrinform ('повідомляє Укрінформ', "
    "'Джерело: Укрінформ'); Malawi Voice carries MANA (Malawi News Agency: 'Mana:' dateline, '-Mana' sign-off); Sardegna Live "
    "carries ANSA; Saraya carries Petra ('(بترا)', 'سرايا - بترا'); OrilliaMatters carries CP (The Canadian Press); SeneNews "
    "carries APS (Agence de presse sénégalaise); Yeni Akit carries DHA (Demirören Haber Ajansı). Photo credits ('Foto ANSA', "
    "'Фото: Укрінформ', 'THE CANADIAN PRESS/...') do not by themselves make a story agency copy; all other records are staff copy",
    "authors": "PAP 'autorka: Agata Wróbel' -> 'Agata Wróbel' (both copies; 'agw/ mick/' are desk initials); Yonhap '김민재 기자' "
    "in the dateline -> '김민재' (both copies); Ukrinform, ANSA ('Redazione'), Petra and APS ('Par APS') stories name no writer; "
    "Stratford Press 'By Ella Rangiwai' (both copies; the bio line is chrome); Southern Reporter 'By Fiona Laidlaw'; RTV Oost "
    "'Sanne Wolters'; The Sentinel 'A CORRESPONDENT' and The Shillong Times 'By Our Reporter' are desk bylines, not authors; "
    "Nagarik 'सन्तोष पोखरेल'; Malawi Voice 'By Tiyamike Phiri' (a MANA reporter); MwanaHALISI 'Na Rehema Mussa' -> 'Rehema "
    "Mussa'; Southern Eye 'BY SIPHO NDLOVU' -> 'Sipho Ndlovu' (natural case); Tiempo de San Juan 'Por Mariela Quiroga'; "
    "Wellington.Scoop 'Report from Tamsin Greer'; ZNBC 'By Mwila Chanda'; Navajo Times 'By Darlene Yazzie'; Pioneiro 'Juliana "
    "Bertoldi'; OrilliaMatters 'Lena Thibodeau, The Canadian Press' -> 'Lena Thibodeau'; The Tyee 'Jordan Wiebe' with a role "
    "line; Pulse Uganda 'Brenda Nakato'; Yeni Akit 'Haber: Ayşe Karataş' -> 'Ayşe Karataş' (the DHA reporter; 'Kamera: Murat Demir' "
    "is the camera operator, not an author); Teleamazonas 'Redacción Teleamazonas' is a desk name; Sierra Express Media 'By "
    "Mohamed Kamara'; Narooma News 'By Kelsey Barlow'; Moultrie News 'By Tamara Gadsden' with her e-mail address",
    "editors": "no record names an editor ('Editing by', 'editor:'); PAP desk initials 'agw/ mick/', Petra initials 'ع ح/ س ص' and "
    "APS initials 'AB/MD/ASG' are not names",
    "caption_credit": "credits without their wrapper: Stratford Press 'Photo / Ella Rangiwai' -> 'Ella Rangiwai' (both copies); "
    "Wikitree '[안동시 제공. 재판매 및 DB 금지]' -> '안동시' ('제공' = 'provided by'; the resale notice is a wrapper); Obozrevatel "
    "'Фото: Укрінформ' -> 'Укрінформ'; Sardegna Live 'Foto ANSA' -> 'ANSA'; ZNBC 'Photo: ZNBC' -> 'ZNBC'; Navajo Times '(Navajo "
    "Times | Kayla Benally)' -> 'Navajo Times | Kayla Benally'; Pioneiro 'Marcos Tessaro / Agência RBS' as printed; "
    "OrilliaMatters 'THE CANADIAN PRESS/Kelly Marchand' as printed; Narooma News 'Picture by Kelsey Barlow' -> 'Kelsey Barlow'. "
    "Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Wikitree '지역', Obozrevatel 'Суспільство', "
    "Sardegna Live 'Cultura', Saraya 'محليات', ZNBC 'Entertainment', Navajo Times 'News', Pioneiro 'Economia', OrilliaMatters "
    "'National News', The Tyee 'Local Economy', Narooma News 'News'; trafilatura records take their first category (Yeni Akit "
    "'Yaşam', Teleamazonas 'Actualidad', Sierra Express Media 'News', ZN.ua 'Суспільство'); news-please, plain text and "
    "newsbeam text records have none (Pulse Uganda's 'Lifestyle' head line is chrome, not a section)",
    "language": "'pl' Polish (two copies of the PAP story); 'ko' Korean (two copies of the Yonhap story); 'uk' Ukrainian (two "
    "copies of the Ukrinform story); 'nl' Dutch; 'ne' Nepali; 'sw' Swahili; 'es' Argentine and Ecuadorian Spanish; 'it' "
    "Italian; 'ar' Jordanian Arabic press; 'pt' Brazilian Portuguese; 'fr' Senegalese French; 'tr' Turkish; all others English",
    "chrome": "includes consent banners and their buttons, login, subscription and donation strings, share bars, comment gates, "
    "advertisement labels, related-story lines and boxes, most-read rails, WhatsApp, Telegram, Viber, Google News and app "
    "promos, reporter bio, role and e-mail lines, wire source and sign-off lines ('Źródło: PAP', 'agw/ mick/', "
    "'mjkim@yna.co.kr', 'Джерело: Укрінформ', '-Mana', '(بترا) ع ح/ س ص', 'AB/MD/ASG', 'Haber:'/'Kamera:' lines, the CP "
    "'first published' line, 'RIPRODUZIONE RISERVATA © Copyright ANSA', Yonhap's copyright notice), masthead and ownership "
    "lines, copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (PAP and Yonhap in the plain batch, Ukrinform in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Stratford Press: curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"pap", "źródło: pap", "radio łódź", "strefa biznesu", "polska press", "yonhap", "연합뉴스", "위키트리", "mbn",
                "ukrinform", "укрінформ", "obozrevatel", "zn.ua", "дзеркало тижня", "nzme", "stratford press",
                "southern reporter", "national world", "rtv oost", "a correspondent", "the sentinel", "sentinel digital desk",
                "nagarik", "नागरिक", "malawi voice", "mana", "malawi news agency", "mwanahalisi online", "southern eye",
                "alpha media holdings", "tiempo de san juan", "wellington.scoop", "ansa", "redazione", "sardegna live",
                "petra", "بترا", "سرايا", "znbc", "navajo times", "pioneiro", "agência rbs", "grupo rbs", "orilliamatters",
                "cp", "the canadian press", "village media", "the tyee", "aps", "par aps", "senenews", "by our reporter",
                "our reporter", "the shillong times", "pulse uganda", "dha", "yeni akit", "redacción teleamazonas",
                "teleamazonas", "sierra express media", "narooma news", "australian community media", "moultrie news",
                "evening post industries", "안동시"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
