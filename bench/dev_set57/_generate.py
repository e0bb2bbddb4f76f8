#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifty-seventh development set (bench/dev_set57/, first written as the fifty-fourth held-out set).

    .venv/bin/python bench/dev_set57/_generate.py

Writes ``bench/dev_set57/articles/*`` and ``bench/dev_set57/labels.json`` (next to this
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
bench/dev_set56/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout54_2025-a.jsonl"
JSONL_B = "crawl_holdout54_2025-b.jsonl.gz"


# ---- cluster: Reuters, Doha (ARY News scrape + copy on Dunya News in the plain batch) ----

LNG = dict(
    cluster="reuters-doha-lng-expansion-contracts",
    title="Qatar signs LNG supply deals with two Asian buyers as expansion nears",
    date="2025-05-20",
    dateline="DOHA, May 20 (Reuters) - ",
    city="Doha",
    country="QA",
    region="asia",
    agency="Reuters",
    authors=["Yasmin Haddad", "Tomoko Arai"],
    editors=["Keith Branagh", "Olivia Mertens"],
    lang="en",
    description="The agreements cover 3.5 million metric tons a year of liquefied natural gas from 2027.",
    paras=P("""
Qatar's state energy company signed long-term deals on Tuesday to supply liquefied natural gas to a
Japanese utility and a South Korean trading house, as the Gulf state prepares to bring its giant North Field
expansion online.

The two contracts together cover 3.5 million metric tons per year of LNG for 15 years, starting in 2027, the
company said in a statement.

The buyers were not named in the statement, but two industry sources told Reuters they were a mid-sized
utility in western Japan and a Seoul-based trading firm.

Qatar plans to raise its liquefaction capacity to 142 million tons a year by the end of the decade, up from
77 million tons now.

"Asian buyers want security of supply for the long term, and this is what we can offer," a company
executive said at the signing ceremony in Doha.

Analysts say a wave of new supply from Qatar and the United States could weigh on spot prices in the second
half of the decade.

Japan and South Korea are among the world's largest LNG importers, and both have been seeking to lock in
long-term supply since 2022.
"""),
    must_have=[
        "The two contracts together cover 3.5 million metric tons per year of LNG for 15 years, starting in 2027, the company said in a statement.",
        "Qatar plans to raise its liquefaction capacity to 142 million tons a year by the end of the decade, up from 77 million tons now.",
    ],
)
LNG_CREDITS = "(Reporting by Yasmin Haddad in Doha and Tomoko Arai in Tokyo; Editing by Keith Branagh and Olivia Mertens)"

# ---- cluster: AFP, Bangui (DNA page + copy on Koaci in the plain batch) ----

BANGUI = dict(
    cluster="afp-bangui-pont-oubangui-chantier",
    title="Centrafrique : le chantier du nouveau pont sur l'Oubangui relancé",
    date="2025-09-03",
    dateline="Bangui (AFP) - ",
    city="Bangui",
    country="CF",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="L'ouvrage doit relier Bangui à Zongo, en République démocratique du Congo, d'ici 2028.",
    paras=P("""
Les travaux du pont qui doit relier Bangui à la ville congolaise de Zongo, de l'autre côté de l'Oubangui,
ont repris mercredi après plus d'un an d'interruption, a annoncé le gouvernement centrafricain.

Long de 1,6 kilomètre, l'ouvrage doit devenir le premier pont routier entre la Centrafrique et la République
démocratique du Congo.

Le chantier avait été suspendu en 2024 à la suite d'un différend entre l'entreprise chargée des travaux et
les autorités sur le paiement de factures en retard.

« Nous avons trouvé un accord, et les équipes sont de retour sur le site », a déclaré à l'AFP le ministre
des Travaux publics, Hervé Ngaïkossé.

Aujourd'hui, la traversée entre les deux rives se fait en pirogue ou en bac, un trajet qui peut prendre plus
d'une heure pendant la saison des pluies.

Le coût total du projet est estimé à 190 millions d'euros, financés en grande partie par la Banque africaine
de développement.

Les commerçants du port de Bangui espèrent que le pont fera baisser le prix des produits importés par voie
fluviale, notamment le ciment et le carburant.
"""),
    must_have=[
        "Long de 1,6 kilomètre, l'ouvrage doit devenir le premier pont routier entre la Centrafrique et la République démocratique du Congo.",
        "Le coût total du projet est estimé à 190 millions d'euros, financés en grande partie par la Banque africaine de développement.",
    ],
)

# ---- cluster: EFE, Tegucigalpa (Ideal page + copy on Criterio.hn in the gzipped batch) ----

TGU = dict(
    cluster="efe-tegucigalpa-represa-agua-potable",
    title="Honduras inaugura una represa para abastecer de agua a Tegucigalpa",
    date="2025-07-08",
    dateline="Tegucigalpa, 8 jul (EFE).- ",
    city="Tegucigalpa",
    country="HN",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    description="La obra garantizará el suministro a unos 400.000 habitantes de la capital hondureña.",
    paras=P("""
El Gobierno de Honduras inauguró este martes una represa en las afueras de Tegucigalpa que permitirá
abastecer de agua potable a unos 400.000 habitantes de la capital, que sufre racionamientos cada verano.

La represa, situada en el río San José, al norte de la ciudad, tiene capacidad para almacenar 42 millones de
metros cúbicos de agua, según la Secretaría de Infraestructura y Transporte.

La obra costó unos 160 millones de dólares y fue financiada con fondos nacionales y un préstamo de un banco
regional de desarrollo.

"Durante décadas, miles de familias han recibido agua dos veces por semana. Eso va a cambiar", dijo en el
acto el ministro de Infraestructura, Rolando Mejía Padilla.

Los barrios del norte de Tegucigalpa serán los primeros en conectarse a la nueva red, a partir de
septiembre.

Organizaciones ambientalistas pidieron que se reforeste la cuenca del río para evitar que los sedimentos
reduzcan la vida útil del embalse.

Tegucigalpa y la vecina Comayagüela suman más de 1,5 millones de habitantes.
"""),
    must_have=[
        "La obra costó unos 160 millones de dólares y fue financiada con fondos nacionales y un préstamo de un banco regional de desarrollo.",
        "Los barrios del norte de Tegucigalpa serán los primeros en conectarse a la nueva red, a partir de septiembre.",
    ],
)

# ---- cluster: The Advertiser (Adelaide), page + noisy re-scrape ----

TRAM = dict(
    cluster="advertiser-adelaide-tram-port-adelaide",
    title="Tram line extension to Port Adelaide back on the table in state budget",
    date="2025-06-05",
    dateline="",
    city=None,
    country="AU",
    region="oceania",
    agency=None,
    authors=["Rhiannon Keogh"],
    editors=[],
    section=None,
    lang="en",
    caption="A tram on King William St in the Adelaide CBD.",
    credit="Brenton Edwards",
    paras=P("""
A long-promised tram line from the Adelaide CBD to Port Adelaide is back on the table, with the state
government setting aside $85 million in next week's budget for planning and early works.

The line would run about 14km along Port Rd, largely following the route of an old rail corridor.

Transport Minister Dean Kowalczyk said the money would pay for detailed design, ground testing and the
relocation of underground services.

"This is a corridor that has been talked about for twenty years. We want shovels in the ground before the
end of the decade," he said.

The full cost of the project has not been released, but an earlier study put it at more than $1.2 billion.

Port Adelaide traders said the line would bring more visitors to the historic port precinct, which has
struggled since the closure of several shops last year.

The opposition said the government should first fix delays on the existing Glenelg line, where services
were cancelled on several days in May.

Construction would be staged, with the first section to Bowden expected to open first.
"""),
    must_have=[
        "The line would run about 14km along Port Rd, largely following the route of an old rail corridor.",
        "The full cost of the project has not been released, but an earlier study put it at more than $1.2 billion.",
    ],
)
ADV_PRE = ["The Advertiser", "News", "SA Voice", "Sport", "Business", "Lifestyle", "Real Estate", "Subscribe", "Log in"]
ADV_HEAD = ["Rhiannon Keogh", "State Political Reporter", "3 min read", "June 5, 2025 - 11:30AM"]
ADV_CAP = ["A tram on King William St in the Adelaide CBD. Picture: Brenton Edwards"]
ADV_COPY = "\u00a9 2025 Advertiser Newspapers Pty Ltd. All times ACST (GMT +9.5)."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # ARY News (Pakistan): original of the Reuters cluster.
    dict(LNG, role="original", file="arynews_reuters_doha_lng_contracts.txt", render="text",
         caption="An LNG tanker is moored at Ras Laffan Industrial City", credit="Reuters",
         pre=[["ARY NEWS", "Home", "Pakistan", "International", "Business", "Sports", "Showbiz", "Technology", "Urdu", "Live"],
              ["Business"]],
         head=[["Reuters"], ["May 20, 2025 at 14:32 PKT"]],
         cap_lines=["An LNG tanker is moored at Ras Laffan Industrial City. Photo: Reuters"],
         inserts={2: ["Read more: Pakistan seeks deferred LNG cargoes amid weak power demand"]},
         tail=[[LNG_CREDITS],
               ["For the latest international news, follow ARY News on WhatsApp"],
               ["TOPICS: Qatar LNG"],
               ["\u00a9 2025 ARY NEWS. All Rights Reserved."]]),
    # The Advertiser (Adelaide): original of the re-scrape cluster.
    dict(TRAM, role="original", file="adelaideadvertiser_tram_port_adelaide.txt", render="text",
         pre=[ADV_PRE, ["SA Politics"]], head=[ADV_HEAD], cap_lines=ADV_CAP,
         inserts={2: ["Advertisement"], 5: ["More Coverage", "Budget 2025: what it means for your household", "Port Rd traffic to worsen during works"]},
         tail=[["Get the news and alerts that matter straight to your inbox. Sign up to The Advertiser newsletters."],
               ["Join the conversation", "Log in to comment"],
               [ADV_COPY]]),
    dict(TRAM, role="rescrape", file="adelaideadvertiser_tram_port_adelaide_rescrape.txt.gz", render="text", noise=True,
         pre=[ADV_PRE], head=[ADV_HEAD], cap_lines=ADV_CAP, tail=[[ADV_COPY]]),
    # La Provincia di Como (Italy, Italian): staff.
    rec(cluster="laprovinciadicomo-traghetti-lario-orari", role="single", file="laprovinciadicomo_navigazione_lario_it.txt", render="text",
        title="Battelli sul Lario, in estate corse più frequenti tra Como e Bellagio",
        date="2025-04-11", country="IT", region="europe", lang="it", authors=["Marta Colombini"],
        pre=[["La Provincia di Como", "Como", "Cantù", "Erba", "Lago e Valli", "Olgiate", "Sport", "Economia", "Abbonati"],
             ["Lago e Valli"]],
        head=[["Marta Colombini"], ["11 aprile 2025"]],
        inserts={2: ["Pubblicità"], 4: ["Potrebbe interessarti anche:", "Como, lavori sul lungolago: chiusa la passeggiata fino a giugno"]},
        tail=[["Contenuto riservato agli abbonati"],
              ["Riproduzione riservata"],
              ["\u00a9 Copyright 2025 Editoriale srl - P.IVA 01719200137"]],
        paras=P("""
Dal primo giugno i battelli della Navigazione Lago di Como aumenteranno le corse tra il capoluogo e
Bellagio, con una partenza ogni trenta minuti nelle ore di punta.

Il nuovo orario estivo prevede in tutto 64 corse al giorno nel bacino centrale del lago, contro le 52 dello
scorso anno.

La decisione arriva dopo un'estate in cui turisti e pendolari hanno lamentato lunghe code agli imbarcaderi
di Menaggio e Varenna.

Il direttore dell'esercizio, Paolo Gerosa, ha spiegato che saranno impiegati due battelli in più, presi da
altri laghi lombardi.

«Sappiamo che d'estate i pendolari fanno fatica a salire a bordo, e vogliamo dare una risposta concreta»,
ha detto Gerosa.

I biglietti per i residenti della provincia resteranno invariati, mentre aumenterà di un euro il prezzo
della corsa singola per i turisti.

I sindaci dei paesi rivieraschi chiedono da tempo anche un potenziamento delle corse serali dopo le 21.

La Navigazione ha promesso una risposta entro la fine di maggio.
"""),
        must_have=[
            "Il nuovo orario estivo prevede in tutto 64 corse al giorno nel bacino centrale del lago, contro le 52 dello scorso anno.",
            "I biglietti per i residenti della provincia resteranno invariati, mentre aumenterà di un euro il prezzo della corsa singola per i turisti.",
        ]),
    # Dong-A Ilbo (South Korea, Korean): staff, reporter sign-off with e-mail at the end.
    rec(cluster="donga-busan-bukhang-ferry-terminal", role="single", file="donga_busan_ferry_terminal_ko.txt", render="text",
        title="부산항 국제여객터미널 이용객 역대 최대…일본 노선 회복",
        date="2025-08-12", country="KR", region="asia", lang="ko", authors=["최민석"],
        pre=[["동아일보", "정치", "경제", "국제", "사회", "문화", "스포츠", "오피니언", "전체메뉴"]],
        head=[["입력 2025-08-12 03:00"], ["업데이트 2025-08-12 09:41"]],
        inserts={3: ["광고"]},
        tail=[["부산=최민석 기자 choims@donga.com"],
              ["좋아요", "댓글", "공유하기"],
              ["Copyright by dongA.com All rights reserved."]],
        paras=P("""
부산항 국제여객터미널 이용객이 올해 상반기 역대 최대를 기록한 것으로 나타났다.

11일 부산항만공사에 따르면 올해 1∼6월 국제여객터미널 이용객은 약 86만 명으로, 지난해 같은 기간보다 31% 늘었다.

일본 후쿠오카와 쓰시마를 오가는 고속선 이용객이 전체의 80% 이상을 차지했다.

엔화 약세가 이어지면서 주말에 일본을 다녀오는 당일치기 여행객이 크게 늘었다는 분석이다.

항만공사는 이용객 증가에 맞춰 출국 심사대를 4곳 늘리고, 터미널 2층에 대기 공간을 새로 만들기로 했다.

한 여행사 관계자는 "여름 성수기 주말 표는 한 달 전에 이미 매진됐다"고 말했다.

다만 터미널 주변 주차 공간이 부족해 이용객 불편이 이어지고 있어 대책이 필요하다는 목소리도 나온다.

항만공사 관계자는 "연말까지 주차장 300면을 추가로 확보할 계획"이라며 "대중교통 연계도 강화하겠다"고 밝혔다.

부산항 국제여객터미널은 2015년 북항 재개발 지역에 문을 열었으며, 현재 일본 4개 항로와 중국 1개 항로의 여객선이 오가고 있다.

코로나19 대유행 기간에는 국제 여객선 운항이 전면 중단돼 이용객이 한 해 수천 명 수준까지 줄어든 바 있다.

업계에서는 하반기에도 일본 여행 수요가 이어지면서 연간 이용객이 처음으로 160만 명을 넘어설 것으로 보고 있다.

부산시는 터미널과 가까운 북항 친수공원에 관광 안내소를 새로 열고, 외국인 관광객을 위한 환전 서비스도 늘릴 예정이다.
"""),
        must_have=[
            "일본 후쿠오카와 쓰시마를 오가는 고속선 이용객이 전체의 80% 이상을 차지했다.",
            "항만공사는 이용객 증가에 맞춰 출국 심사대를 4곳 늘리고, 터미널 2층에 대기 공간을 새로 만들기로 했다.",
        ]),
    # Bali Post (Indonesia, Indonesian): staff, 'DENPASAR, BALIPOST.com - ' dateline.
    rec(cluster="balipost-denpasar-bus-trans-metro-dewata", role="single", file="balipost_denpasar_trans_metro_dewata_id.txt", render="text",
        title="Trans Metro Dewata Kembali Beroperasi, Enam Koridor Dilayani Mulai Bulan Depan",
        date="2025-10-22", dateline="DENPASAR, BALIPOST.com \u2013 ", city="Denpasar", country="ID", region="asia", lang="id",
        authors=["Ketut Ardana"], editors=["Made Sueca"],
        pre=[["Bali Post", "Bali", "Denpasar", "Badung", "Ekonomi", "Politik", "Olahraga", "Opini", "Kirim Berita"],
             ["Bali"]],
        head=[["22 Oktober 2025"], ["Penulis: Ketut Ardana | Editor: Made Sueca"]],
        inserts={2: ["Baca juga:", "Wisatawan Terjebak Macet Berjam-jam di Jalan Menuju Bandara"]},
        tail=[["BAGIKAN"], ["Berita Terkait"],
              ["Copyright \u00a9 2025 Bali Post. All Rights Reserved."]],
        paras=P("""
Layanan bus Trans Metro Dewata yang sempat berhenti beroperasi sejak awal tahun akan kembali melayani
penumpang mulai 1 November mendatang, kata Kepala Dinas Perhubungan Provinsi Bali, I Gede Wira Santosa, Rabu
(22/10).

Pada tahap awal, bus akan melayani enam koridor yang menghubungkan Denpasar, Badung dan Gianyar, termasuk
rute menuju Bandara I Gusti Ngurah Rai.

Sebanyak 90 unit bus disiapkan untuk melayani penumpang setiap hari mulai pukul 05.30 hingga 21.00 Wita.

Menurut Wira Santosa, pengoperasian kembali bus ini dibiayai dari anggaran pemerintah provinsi setelah
program bantuan pemerintah pusat berakhir tahun lalu.

"Kami ingin masyarakat kembali beralih ke angkutan umum, supaya kemacetan di Denpasar dan Kuta bisa
berkurang," ujarnya.

Tarif untuk penumpang umum ditetapkan Rp 4.400, sedangkan pelajar dan lansia hanya membayar Rp 2.000 sekali
jalan.

Sejumlah pengguna mengaku senang bus kembali beroperasi karena selama ini harus menggunakan ojek daring yang
biayanya lebih mahal.

Pengamat transportasi dari Universitas Udayana menilai pemerintah perlu memastikan jadwal bus tepat waktu
agar penumpang tidak kembali meninggalkan layanan ini.
"""),
        must_have=[
            "Sebanyak 90 unit bus disiapkan untuk melayani penumpang setiap hari mulai pukul 05.30 hingga 21.00 Wita.",
            "Tarif untuk penumpang umum ditetapkan Rp 4.400, sedangkan pelajar dan lansia hanya membayar Rp 2.000 sekali jalan.",
        ]),
    # Aamulehti (Finland, Finnish): STT copy.
    rec(cluster="aamulehti-stt-tampere-ratikka-matkustajat", role="single", file="aamulehti_stt_tampere_ratikka_fi.txt", render="text",
        title="Tampereen ratikalla ennätysmäärä matkustajia syyskuussa",
        date="2025-10-07", country="FI", region="europe", lang="fi", agency="STT",
        pre=[["Aamulehti", "Uutiset", "Tampere", "Pirkanmaa", "Urheilu", "Kulttuuri", "Mielipiteet", "Tilaa", "Kirjaudu"]],
        head=[["STT"], ["7.10.2025 14:22"]],
        inserts={3: ["Mainos"]},
        tail=[["Jaa artikkeli"], ["Lue myös"],
              ["\u00a9 Aamulehti 2025. Sanoma Media Finland Oy"]],
        paras=P("""
Tampereen raitiotiellä matkusti syyskuussa ennätysmäärä ihmisiä, kertoo Tampereen Raitiotie Oy.

Raitiovaunuilla tehtiin syyskuussa noin 2,4 miljoonaa matkaa, mikä on noin 15 prosenttia enemmän kuin
vuotta aiemmin.

Yhtiön mukaan kasvu selittyy pääosin Lentävänniemen haaran avaamisella sekä opiskelijoiden paluulla
kaupunkiin.

Vilkkaimmat pysäkit olivat rautatieaseman ja Hervannan keskustan pysäkit.

Toimitusjohtaja Sari Lehtimäki arvioi, että koko vuoden matkustajamäärä ylittää 25 miljoonaa matkaa.

– Ratikasta on tullut tamperelaisille arkinen tapa liikkua, ja se näkyy luvuissa, Lehtimäki sanoo.

Ruuhka-aikoina osa vaunuista on ollut niin täynnä, että kaikki odottajat eivät ole mahtuneet kyytiin.

Yhtiö harkitsee vuorovälin tihentämistä aamuisin, mutta se edellyttäisi uusien vaunujen hankkimista.

Kaupunki päättää lisävaunujen hankinnasta ensi vuoden talousarvion yhteydessä.

Raitiotien toista vaihetta on rakennettu Pyynikintorilta Lentävänniemeen, ja se valmistui kokonaan viime vuonna.

Samaan aikaan bussiliikenteen matkustajamäärät ovat pysyneet lähes ennallaan, kertoo Nysse.

Tampereen seudun kunnissa selvitetään parhaillaan, voisiko raitiotietä jatkaa myöhemmin myös Pirkkalaan ja Kangasalle.

Raitiotieyhtiön mukaan vaunujen täsmällisyys on pysynyt hyvänä koko vuoden, vaikka matkustajia on ollut aiempaa enemmän ja ruuhkat ovat kasvaneet etenkin iltapäivisin.
"""),
        must_have=[
            "Raitiovaunuilla tehtiin syyskuussa noin 2,4 miljoonaa matkaa, mikä on noin 15 prosenttia enemmän kuin vuotta aiemmin.",
            "Yhtiö harkitsee vuorovälin tihentämistä aamuisin, mutta se edellyttäisi uusien vaunujen hankkimista.",
        ]),
    # Limerick Leader (Ireland): staff.
    rec(cluster="limerickleader-colbert-quarter-housing", role="single", file="limerickleader_colbert_quarter_housing.txt", render="text",
        title="First homes at Colbert Quarter site expected by 2028, council told",
        date="2025-03-26", country="IE", region="europe", lang="en", authors=["Aoife Brennan"],
        pre=[["Limerick Leader", "News", "Sport", "Business", "Property", "Lifestyle", "Deaths", "Newsletter", "Subscribe"],
             ["Home", "Local News"]],
        head=[["Aoife Brennan"], ["26 Mar 2025 6:45 PM"], ["Email:", "aoife.brennan@limerickleader.ie"]],
        inserts={2: ["Advertisement"], 5: ["READ NEXT: Limerick Council approves new cycle lane on Ennis Road"]},
        tail=[["Sign up to our daily newsletter to get the latest Limerick news"],
              ["Share this article"],
              ["Limerick Leader is part of Iconic Media Group. Copyright 2025."]],
        paras=P("""
The first homes at the Colbert Quarter development beside Limerick's railway station are not expected to be
completed until 2028, members of the metropolitan district have been told.

The 52-acre site is planned to deliver up to 2,800 homes, along with offices, shops and a new public park.

Council officials said a planning application for the first phase, covering about 360 apartments, would be
lodged in the autumn.

Cllr Niamh O'Driscoll said people in the city had been waiting years for the project and that the
timeline was disappointing.

"We keep hearing about the vision. People want to know when they can actually live there," she said.

A senior planner told the meeting that works to move water and power lines on the site had taken longer
than expected.

The Land Development Agency, which is leading the project, said it remained committed to the site and would
hold a public information evening next month.

About a third of the homes are expected to be cost-rental.
"""),
        must_have=[
            "The 52-acre site is planned to deliver up to 2,800 homes, along with offices, shops and a new public park.",
            "A senior planner told the meeting that works to move water and power lines on the site had taken longer than expected.",
        ]),
    # Imphal Free Press (Manipur, India): staff, 'IFP Bureau' desk byline and 'Imphal, Jan 14:' dateline.
    rec(cluster="ifp-imphal-loktak-tourism-boats", role="single", file="imphalfreepress_loktak_houseboats.txt", render="text",
        title="Loktak lake to get solar-powered tourist boats this winter",
        date="2025-01-14", dateline="Imphal, Jan 14: ", city="Imphal", country="IN", region="asia", lang="en",
        pre=[["Imphal Free Press", "Home", "Manipur", "Northeast", "India", "Editorial", "Sports", "Features", "E-Paper"]],
        head=[["IFP Bureau"], ["January 14, 2025 20:12 IST"]],
        inserts={3: ["ALSO READ: Sendra road repair to be completed by March"]},
        tail=[["Share"], ["Tags:", "Loktak", "Tourism", "Bishnupur"],
              ["Copyright \u00a9 2025 Imphal Free Press | All Rights Reserved"]],
        paras=P("""
Six solar-powered boats will be introduced for tourists at Loktak lake this winter, the state tourism
department said on Tuesday.

The boats, each able to carry 12 passengers, will run from the Sendra tourist complex to the floating
phumdis and the Keibul Lamjao National Park.

Officials said the new boats would replace some of the diesel boats now in use, which residents and
environmental groups say pollute the water.

A tourism official said the project cost about Rs 1.8 crore and was funded under a central scheme for
tourism in the Northeast.

Local boatmen will be trained to operate and maintain the boats, and fares will be fixed by the department.

Tourist numbers at Loktak fell sharply in 2023 and 2024 during the violence in the state, but have started
to pick up again in recent months.

"We hope this will bring back visitors and give boatmen a steady income," said a member of a fishermen's
cooperative at Thanga.
"""),
        must_have=[
            "Officials said the new boats would replace some of the diesel boats now in use, which residents and environmental groups say pollute the water.",
            "Local boatmen will be trained to operate and maintain the boats, and fares will be fixed by the department.",
        ]),
    # Horowhenua Chronicle (New Zealand): staff.
    rec(cluster="horowhenua-levin-pool-roof", role="single", file="horowhenuachronicle_levin_aquatic_roof.txt", render="text",
        title="Levin aquatic centre to close for six weeks for roof repairs",
        date="2025-02-20", country="NZ", region="oceania", lang="en", authors=["Mereana Tipoki"],
        pre=[["Horowhenua Chronicle", "Latest news", "Local news", "Sport", "Community", "Opinion", "Weather"]],
        head=[["By Mereana Tipoki"], ["Local Democracy Reporter", "3 mins to read"], ["20 Feb, 2025 04:00 PM"]],
        inserts={2: ["Advertisement", "Advertise with NZME."]},
        tail=[["LDR is local body journalism co-funded by RNZ and NZ On Air."],
              ["Latest from Horowhenua Chronicle"],
              ["\u00a9 Copyright 2025 NZME Publishing Limited"]],
        paras=P("""
The Levin Aquatic Centre will close for six weeks from the end of March so its leaking roof can be
replaced, Horowhenua District Council has confirmed.

The work is expected to cost about $1.1 million and is part of a wider upgrade of the ageing facility.

Council staff told elected members that water had been getting into the building during heavy rain for
several years, damaging ceiling panels and lighting.

Swim clubs and schools will be offered lane space at pools in Foxton and Ōtaki while the centre is closed.

Councillor Dean Ruwhiu said the timing had been chosen to avoid the summer holidays and the school
swimming season.

"It's not ideal for regular users, but the roof can't wait another winter," he said.

Staff at the centre will be moved to other council facilities during the closure and no jobs will be
lost.

The council plans to consult on a larger refurbishment of the changing rooms next year.
"""),
        must_have=[
            "The work is expected to cost about $1.1 million and is part of a wider upgrade of the ageing facility.",
            "Staff at the centre will be moved to other council facilities during the closure and no jobs will be lost.",
        ]),
    # L'Expression (Algeria, French): staff.
    rec(cluster="lexpression-oran-tramway-extension", role="single", file="lexpression_oran_tramway_fr.txt", render="text",
        title="Oran : l'extension du tramway vers Bir El Djir avance",
        date="2025-05-27", country="DZ", region="africa", lang="fr", authors=["Karima Benaouda"],
        pre=[["L'Expression", "Le Quotidien", "Actualité", "Nationale", "Internationale", "Économie", "Culture", "Sports", "Régions"],
             ["Régions"]],
        head=[["Par Karima Benaouda - Publié le 27 mai 2025"]],
        inserts={3: ["Lire aussi"]},
        tail=[["Partager"], ["Les plus lus"],
              ["\u00a9 L'Expression 2025 - Tous droits réservés"]],
        paras=P("""
Les travaux de l'extension du tramway d'Oran vers la commune de Bir El Djir ont atteint un taux
d'avancement de 65%, selon la direction des transports de la wilaya.

Le nouveau tronçon, long de 7 kilomètres, comptera neuf stations et desservira notamment le pôle
universitaire et le nouveau quartier de l'Usto.

Les responsables du projet tablent sur une mise en service au premier semestre 2026, après une phase
d'essais de trois mois.

La fréquentation du tramway d'Oran dépasse actuellement les 80.000 voyageurs par jour, d'après l'entreprise
qui l'exploite.

Plusieurs habitants de Bir El Djir se plaignent toutefois des embouteillages provoqués par le chantier sur
le boulevard principal de la commune.

Un responsable de la direction des transports a assuré que la circulation serait rétablie sur la totalité de
la chaussée dès la fin des travaux de voirie, prévue en septembre.

Une fois l'extension achevée, la ligne totalisera près de 26 kilomètres.
"""),
        must_have=[
            "Le nouveau tronçon, long de 7 kilomètres, comptera neuf stations et desservira notamment le pôle universitaire et le nouveau quartier de l'Usto.",
            "La fréquentation du tramway d'Oran dépasse actuellement les 80.000 voyageurs par jour, d'après l'entreprise qui l'exploite.",
        ]),
    # Kamloops This Week (British Columbia): staff.
    rec(cluster="kamloopsthisweek-transit-exchange-downtown", role="single", file="kamloopsthisweek_downtown_exchange.txt", render="text",
        title="New downtown transit exchange planned for Lansdowne Street",
        date="2025-09-17", country="CA", region="americas", lang="en", authors=["Jordan Whitfield"],
        caption="Buses at the existing Lansdowne exchange in downtown Kamloops.", credit="Dave Eagles/KTW",
        pre=[["Kamloops This Week", "News", "Local News", "Sports", "Opinion", "Arts & Entertainment", "Obituaries", "Flyers"]],
        head=[["Jordan Whitfield", "Sep 17, 2025 3:30 PM"]],
        cap_lines=["Buses at the existing Lansdowne exchange in downtown Kamloops. Dave Eagles/KTW"],
        inserts={3: ["Advertisement"]},
        tail=[["Have a story tip? Email: editor@kamloopsthisweek.com."],
              ["Like us on Facebook and follow us on X."],
              ["\u00a9 2025 Kamloops This Week"]],
        paras=P("""
The City of Kamloops and BC Transit are planning a larger transit exchange on Lansdowne Street to replace the
cramped downtown stop where most routes now meet.

A report to council this week says the new exchange would have 10 bus bays, a heated waiting area and
public washrooms.

The current exchange has six bays and no indoor space, and riders have complained for years about waiting
outside in winter.

The project is estimated to cost $9.4 million, with the federal and provincial governments expected to
cover most of it.

Coun. Rachel Osterhout said the city needs to make transit more attractive if it wants fewer cars
downtown.

"Nobody wants to stand in minus 20 for a bus. This is overdue," she said.

Construction could start in 2027 if the funding is approved.

BC Transit said ridership in Kamloops rose 11 per cent last year.

Council is expected to vote on the design next month.
"""),
        must_have=[
            "A report to council this week says the new exchange would have 10 bus bays, a heated waiting area and public washrooms.",
            "Construction could start in 2027 if the funding is approved.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_DNA = site("DNA - Dernières Nouvelles d'Alsace", "https://www.dna.example.fr", "", "fr_FR", "@DNA_Alsace",
                ["Strasbourg", "Colmar", "Haguenau", "Région", "Faits divers", "Sport", "Monde", "Économie", "Loisirs"],
                ["\u00a9 DNA - Dernières Nouvelles d'Alsace - 2025", "Mentions légales", "Politique de confidentialité", "Gérer mes cookies", "Nous contacter"],
                share=["Partager l'article", "Facebook", "X", "E-mail", "Copier le lien"], top=["Le journal", "Je m'abonne", "Se connecter"],
                cookie="Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
                cookie_title="Le respect de votre vie privée est notre priorité",
                buttons=["Accepter & Fermer", "Continuer sans accepter", "Paramétrer les cookies"])
SITE_IDEAL = site("Ideal", "https://www.ideal.example.es", " | Ideal", "es_ES", "@ideal_granada",
                  ["Granada", "Jaén", "Almería", "Andalucía", "España", "Mundo", "Deportes", "Economía", "Culturas"],
                  ["Ideal Comunicación Digital S.L.U.", "Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"],
                  share=["Compartir", "Facebook", "X", "WhatsApp", "Correo electrónico"], top=["Suscríbete", "Iniciar sesión"],
                  cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.",
                  buttons=["Aceptar", "Rechazar y suscribirse", "Configurar"])
SITE_HB = site("Handelsblatt", "https://www.handelsblatt.example.com", " | Handelsblatt", "de_DE", "@handelsblatt",
               ["Politik", "Unternehmen", "Finanzen", "Technologie", "Karriere", "Meinung", "Podcasts", "Live"],
               ["\u00a9 Handelsblatt GmbH - Alle Rechte vorbehalten.", "Impressum", "Datenschutz", "AGB", "Kontakt"],
               share=["Teilen", "LinkedIn", "X", "E-Mail", "Artikel merken"], top=["Abo", "Anmelden", "E-Paper"],
               cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen personalisierte Inhalte und Werbung anzuzeigen.",
               cookie_title="Datenschutzeinstellungen",
               buttons=["Alle akzeptieren", "Ablehnen und Pur-Abo abschließen", "Einstellungen"])
SITE_NB = site("Het Nieuwsblad", "https://www.nieuwsblad.example.be", " | Het Nieuwsblad", "nl_BE", "@nieuwsblad_be",
               ["Nieuws", "Regio", "Sport", "Binnenland", "Buitenland", "Economie", "Showbizz", "Puzzels"],
               ["\u00a9 2025 Mediahuis NV", "Gebruiksvoorwaarden", "Privacybeleid", "Cookiebeleid", "Klantendienst"],
               share=["Delen", "Facebook", "X", "WhatsApp", "Mail"], top=["Abonneer", "Aanmelden"],
               cookie="Wij en onze partners gebruiken cookies om de werking van de site te verzekeren, advertenties te tonen en het gebruik te analyseren.",
               buttons=["Akkoord", "Instellingen"])
SITE_CLT = site("Charlotte Observer", "https://www.charlotteobserver.example.com", "", "en_US", "@theobserver",
                ["Local", "Sports", "Business", "Politics", "Opinion", "Food & Drink", "Obituaries", "eEdition"],
                ["Copyright 2025 Charlotte Observer. All Rights Reserved.", "Terms of Service", "Privacy Policy", "Do Not Sell or Share My Personal Information", "Customer Service"],
                share=["Facebook", "X", "Email", "Copy Link"], top=["SUBSCRIBE NOW", "Sign In"])
SITE_JB = site("Jornal do Brasil", "https://www.jb.example.com.br", " - Jornal do Brasil", "pt_BR", "@JornalDoBrasil",
               ["País", "Rio", "Economia", "Internacional", "Esportes", "Cultura", "Opinião", "Tecnologia"],
               ["Jornal do Brasil \u00a9 2025. Todos os direitos reservados.", "Expediente", "Política de privacidade", "Fale conosco"],
               share=["Compartilhe", "Facebook", "X", "WhatsApp"])
SITE_EKO = site("Ekonomim", "https://www.ekonomim.example.com", " - Ekonomim", "tr_TR", "@ekonomimcom",
                ["Ekonomi", "Finans", "Piyasalar", "Şirketler", "Dünya", "Gündem", "Yazarlar", "Video"],
                ["\u00a9 2025 Ekonomim. Tüm hakları saklıdır.", "Künye", "Gizlilik Politikası", "KVKK Aydınlatma Metni", "İletişim"],
                share=["Paylaş", "Facebook", "X", "LinkedIn", "WhatsApp"],
                cookie="Sitemizde kullanıcı deneyimini geliştirmek ve reklamları kişiselleştirmek için çerezler kullanılmaktadır.",
                buttons=["Kabul Et", "Reddet", "Ayarlar"])
SITE_LUX = site("Luxembourg Times", "https://www.luxtimes.example.lu", " | Luxembourg Times", "en_GB", "@luxtimes",
                ["Luxembourg", "Politics", "Business", "Property", "Europe", "World", "Sport", "Culture", "Newsletters"],
                ["Copyright \u00a9 2025 Mediahuis Luxembourg S.A.", "Imprint", "Privacy policy", "Cookie settings", "Contact"],
                share=["Share", "LinkedIn", "Facebook", "X", "Email"], top=["Subscribe", "Log in"],
                cookie="We use cookies and similar technologies to improve your experience, show you relevant content and measure our audience.",
                buttons=["Accept all", "Reject all", "Manage preferences"])
SITE_AUS = site("The Australian", "https://www.theaustralian.example.com.au", "", "en_AU", "@australian",
                ["News", "Nation", "Politics", "Business", "World", "Opinion", "Arts", "Travel", "Wish"],
                ["\u00a9 2025 Nationwide News Pty Ltd. All times AEST (GMT +10).", "Terms of use", "Privacy policy", "Standards of practice", "Contact us"],
                share=["Share", "Facebook", "X", "LinkedIn", "Email", "Copy link"], top=["Subscribe", "Log in", "Today's Paper"])
SITE_KOA = site("Koaci", "https://www.koaci.example.com", " - KOACI", "fr_FR", "@koacinfo",
                ["Accueil", "Côte d'Ivoire", "Afrique", "Monde", "Économie", "Société", "Sport", "Vidéos"],
                ["\u00a9 Koaci 2025", "Qui sommes-nous", "Publicité", "Conditions d'utilisation", "Contact"],
                share=["Partager", "Facebook", "X", "WhatsApp"])

HTML_STORIES = [
    # DNA (original of the AFP cluster).
    dict(BANGUI, role="original", file="dna_afp_bangui_pont_oubangui_fr.html", render="html",
         site=SITE_DNA, section="Monde", meta_section="Monde",
         url="https://www.dna.example.fr/monde/2025/09/03/centrafrique-le-chantier-du-nouveau-pont-sur-l-oubangui-relance",
         published="2025-09-03T17:48:00+02:00", modified="2025-09-03T18:10:00+02:00",
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         kicker="Afrique",
         byline_lines=["AFP"], date_lines=["Le 03/09/2025 à 17:48", "Mis à jour le 03/09/2025 à 18:10"],
         caption="Des pirogues sur l'Oubangui, entre Bangui et Zongo.", credit="Barbara Debout/AFP",
         credit_shown="Photo Barbara Debout/AFP",
         inserts={2: [("ad", "Publicité")], 4: [("link", "Lire aussi", "Tchad : la capitale privée d'électricité pendant deux jours")]},
         tags=("Sur le même sujet", ["Afrique", "Centrafrique", "Infrastructures"]),
         share_top=False,
         lists=[("Les articles les plus lus", ["Strasbourg : le tram D prolongé jusqu'à Kehl dès lundi", "Météo : retour de la chaleur en Alsace"])],
         newsletter_end=["Newsletter DNA", "Recevez chaque jour l'essentiel de l'actualité", "Je m'inscris"]),
    # Ideal (original of the EFE cluster).
    dict(TGU, role="original", file="ideal_efe_tegucigalpa_represa_es.html", render="html",
         site=SITE_IDEAL, section="Mundo", meta_section="Mundo",
         url="https://www.ideal.example.es/mundo/honduras-inaugura-represa-abastecer-agua-tegucigalpa-20250708212544-ntrc.html",
         published="2025-07-08T21:25:44+02:00",
         ld_author=[{"@type": "Organization", "name": "EFE"}],
         byline_lines=["EFE", "Tegucigalpa"], date_lines=["Martes, 8 de julio 2025, 21:25"],
         caption="Vista de la nueva represa San José, al norte de Tegucigalpa.", credit="EFE/Gustavo Amador",
         credit_shown="EFE/Gustavo Amador",
         above_body=[("paywall", "Esta funcionalidad es exclusiva para suscriptores.")],
         inserts={3: [("ad", "Publicidad")]},
         below_body=[("topics", "Temas"), ("topics", "Honduras"), ("topics", "Agua")],
         comments=["Comentar es una ventaja exclusiva para suscriptores", "¿Ya eres suscriptor?", "Inicia sesión"],
         lists=[("Lo más leído", ["La Alhambra bate su récord de visitantes en junio", "Cortes de tráfico en la Gran Vía por obras"])]),
    # Handelsblatt (Germany, German): dpa copy with 'Hamburg. ' dateline.
    rec(cluster="handelsblatt-dpa-hamburg-hafen-umschlag", role="single",
        file="handelsblatt_dpa_hamburg_hafen_umschlag_de.html", render="html", site=SITE_HB,
        title="Hamburger Hafen schlägt im ersten Halbjahr mehr Container um",
        date="2025-08-14", dateline="Hamburg. ", city="Hamburg", country="DE", region="europe", lang="de", agency="dpa",
        section="Unternehmen", meta_section="Unternehmen",
        url="https://www.handelsblatt.example.com/unternehmen/handel-konsumgueter/logistik-hamburger-hafen-schlaegt-mehr-container-um/100149876.html",
        description="Der Umschlag stieg um 4,8 Prozent – doch Rotterdam und Antwerpen wachsen schneller.",
        published="2025-08-14T11:02:00+02:00",
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        kicker="Logistik",
        byline_lines=["dpa"], date_lines=["14.08.2025 - 11:02 Uhr"],
        caption="Containerschiffe am Burchardkai im Hamburger Hafen.", credit="dpa",
        credit_shown="Foto: dpa",
        inserts={2: [("ad", "Anzeige")], 4: [("promo", ["Morning Briefing", "Der tägliche Newsletter für alle, die früh wissen wollen, was wichtig ist.", "Jetzt kostenlos abonnieren"])]},
        end_lines=["dpa"],
        below_body=[("more", "Mehr: Reedereien meiden Rotes Meer weiter – Frachtraten steigen")],
        lists=[("Top-Themen", ["Dax schließt mit leichtem Plus", "Inflation im Euroraum sinkt auf 2,1 Prozent"])],
        paras=P("""
Der Hamburger Hafen hat im ersten Halbjahr mehr Container umgeschlagen als ein Jahr zuvor.

Insgesamt wurden 4,1 Millionen Standardcontainer (TEU) bewegt, ein Plus von 4,8 Prozent, wie die
Hafen-Marketinggesellschaft am Donnerstag mitteilte.

Der Gesamtumschlag einschließlich Massengut stieg um 2,1 Prozent auf 56,3 Millionen Tonnen.

Die Konkurrenzhäfen Rotterdam und Antwerpen-Brügge legten im gleichen Zeitraum allerdings stärker zu.

Vorstand Jan Petersen sagte, die Zahlen zeigten, dass sich der Hafen nach schwachen Jahren stabilisiere.
Entscheidend sei nun der zügige Ausbau der Bahnanbindung ins Hinterland.

Besonders stark wuchs der Verkehr mit Häfen in Südostasien und Indien, während der Umschlag im
Chinaverkehr nahezu stagnierte.

Die Hafenwirtschaft fordert seit Langem mehr Geld vom Bund für die Unterhaltung der Elbe, die regelmäßig
ausgebaggert werden muss.

Für das Gesamtjahr rechnet die Gesellschaft mit einem leichten Wachstum.

Im vergangenen Jahr hatte der Hafen rund 7,8 Millionen Standardcontainer umgeschlagen und damit so wenig wie seit mehr als einem Jahrzehnt nicht mehr. Als Gründe galten die schwache Konjunktur in Deutschland und Umwege vieler Reedereien wegen der Lage im Roten Meer.
"""),
        must_have=[
            "Der Gesamtumschlag einschließlich Massengut stieg um 2,1 Prozent auf 56,3 Millionen Tonnen.",
            "Die Konkurrenzhäfen Rotterdam und Antwerpen-Brügge legten im gleichen Zeitraum allerdings stärker zu.",
        ]),
    # Het Nieuwsblad (Belgium, Dutch): Belga copy.
    rec(cluster="nieuwsblad-belga-gent-fietsparking-station", role="single",
        file="nieuwsblad_belga_gent_fietsparking_nl.html", render="html", site=SITE_NB,
        title="Nieuwe fietsenstalling aan Gent-Sint-Pieters biedt plaats aan 5.000 fietsen",
        date="2025-03-04", country="BE", region="europe", lang="nl", agency="Belga",
        section="Binnenland", meta_section="Binnenland",
        url="https://www.nieuwsblad.example.be/cnt/dmf20250304_94718823",
        description="De ondergrondse stalling opent in september.",
        published="2025-03-04T14:37:00+01:00",
        ld_author=[{"@type": "Organization", "name": "Belga"}],
        byline_lines=["Belga"], date_lines=["4 maart 2025 om 14:37"],
        caption="Fietsen aan het station Gent-Sint-Pieters.", credit="Belga",
        credit_shown="Beeld: Belga",
        inserts={3: [("ad", "Advertentie")]},
        below_body=[("related", "Lees ook: Station Gent-Dampoort krijgt nieuwe tunnel voor fietsers")],
        tags=("Meer over", ["Gent", "Fietsen", "NMBS"]),
        lists=[("Meest gelezen", ["File op de E40 na ongeval met vrachtwagen", "Nieuwe bewoners voor de Gentse Zoo"])],
        paras=P("""
Aan het station Gent-Sint-Pieters opent in september een nieuwe ondergrondse fietsenstalling met plaats voor
5.000 fietsen, zo hebben de NMBS en de stad Gent dinsdag bekendgemaakt.

Het gaat om de grootste fietsenstalling van het land.

Fietsers kunnen via een brede helling rechtstreeks naar de perrons, zonder af te stappen op het drukke
stationsplein.

De werken kostten 24 miljoen euro, die verdeeld worden tussen de spoorwegmaatschappij, de stad en de Vlaamse
overheid.

Volgens de stad komen dagelijks ruim 12.000 reizigers met de fiets naar het station, en staan er nu vaak
honderden fietsen buiten de bestaande rekken.

Schepen van Mobiliteit Filip De Waele noemt de stalling een belangrijke stap om de stationsbuurt autoluw te
maken.

De eerste 24 uur stallen blijft gratis. Wie zijn fiets langer laat staan, betaalt een kleine vergoeding.

In de stalling komen ook een fietsherstelpunt en laadpunten voor elektrische fietsen.

De bestaande bovengrondse rekken op het Maria-Hendrikaplein verdwijnen zodra de nieuwe stalling open is.
"""),
        must_have=[
            "Fietsers kunnen via een brede helling rechtstreeks naar de perrons, zonder af te stappen op het drukke stationsplein.",
            "In de stalling komen ook een fietsherstelpunt en laadpunten voor elektrische fietsen.",
        ]),
    # Charlotte Observer (North Carolina): staff.
    rec(cluster="charlotteobserver-lynx-silver-line-vote", role="single",
        file="charlotteobserver_lynx_silver_line.html", render="html", site=SITE_CLT,
        title="Charlotte transit board narrows Silver Line route through east Charlotte",
        date="2025-04-23", country="US", region="americas", lang="en", authors=["Tamara Givens"],
        section="Local", meta_section="Local",
        url="https://www.charlotteobserver.example.com/news/local/article302914556.html",
        description="The board picked a route along Independence Boulevard for the first section of the light rail line.",
        published="2025-04-23T18:05:00-04:00", modified="2025-04-24T07:40:00-04:00",
        byline_lines=["By Tamara Givens"], date_lines=["Updated April 24, 2025 7:40 AM"],
        caption="A Lynx Blue Line train leaves the 7th Street station in uptown Charlotte.",
        credit="Khalil Moreno/kmoreno@charlotteobserver.com",
        credit_shown="Khalil Moreno/kmoreno@charlotteobserver.com",
        inserts={2: [("ad", "ADVERTISEMENT")], 5: [("box", "RELATED STORIES FROM CHARLOTTE OBSERVER", ["Charlotte City Council backs transit sales tax referendum"])]},
        end_lines=["This story was originally published April 23, 2025, 6:05 PM."],
        author_box=["Tamara Givens covers transportation and growth for The Charlotte Observer. She joined the paper in 2022."],
        lists=[("Read Next", ["CMS board approves budget with teacher raises"])],
        paras=P("""
The Metropolitan Transit Commission voted Wednesday to route the first section of the planned Silver Line
light rail along Independence Boulevard in east Charlotte.

The vote narrows the options for the 29-mile line, which would eventually connect Matthews in the east with
Belmont in Gaston County.

Transit officials said the Independence route would be cheaper and faster to build because the state
already owns much of the land in the median.

The Charlotte Area Transit System estimates the first section would cost about $3.1 billion.

Several residents of neighborhoods along Monroe Road told commissioners they had expected the line to run
closer to their homes.

"We were promised a train in our neighborhood. Now it's going to run in the middle of a highway," said one
speaker, Denise Holloway.

CATS chief executive Brent Arkwright said stations would be connected to nearby neighborhoods with new
sidewalks and greenway links.

The project still depends on voters approving a one-cent sales tax for transportation in November.
"""),
        must_have=[
            "The vote narrows the options for the 29-mile line, which would eventually connect Matthews in the east with Belmont in Gaston County.",
            "The Charlotte Area Transit System estimates the first section would cost about $3.1 billion.",
        ]),
    # Jornal do Brasil (gzipped page, Portuguese): staff.
    rec(cluster="jb-rio-vlt-linha-4-leopoldina", role="single",
        file="jornaldobrasil_rio_vlt_leopoldina_pt.html.gz", render="html", site=SITE_JB,
        title="VLT do Rio terá nova linha até a Leopoldina a partir de 2026",
        date="2025-06-30", country="BR", region="americas", lang="pt", authors=["Renata Albuquerque"],
        section="Rio", meta_section="Rio",
        url="https://www.jb.example.com.br/rio/2025/06/1055123-vlt-do-rio-tera-nova-linha-ate-a-leopoldina-a-partir-de-2026.html",
        description="A linha 4 vai ligar a Central do Brasil à antiga estação da Leopoldina.",
        published="2025-06-30T16:20:00-03:00",
        byline_lines=["Por Renata Albuquerque"], date_lines=["Publicado em 30/06/2025 às 16:20"],
        caption="Composição do VLT passa pela Avenida Rio Branco, no Centro.", credit="Tomaz Silva/Agência Brasil",
        credit_shown="Foto: Tomaz Silva/Agência Brasil",
        inserts={3: [("ad", "Publicidade")]},
        tags=("Tags:", ["VLT", "Mobilidade", "Centro"]),
        lists=[("Últimas notícias", ["Prefeitura abre inscrições para feiras de bairro", "Metrô amplia horário nos fins de semana"])],
        paras=P("""
O Veículo Leve sobre Trilhos (VLT) do Rio de Janeiro vai ganhar uma nova linha até a antiga estação da
Leopoldina, na região central da cidade, a partir do primeiro semestre de 2026.

A linha 4 terá cerca de 2,3 quilômetros e cinco paradas, ligando a Central do Brasil ao novo terminal de
ônibus Gentileza.

Segundo a prefeitura, a obra está orçada em R$ 180 milhões e será paga com recursos do município e de uma
operação de crédito.

A concessionária que opera o sistema estima que a nova linha vai atrair mais 20 mil passageiros por dia.

Hoje o VLT transporta, em média, 90 mil pessoas em dias úteis nas três linhas em operação.

Moradores da região do Santo Cristo e da Gamboa reclamam das interdições de ruas durante as obras, que devem
se estender até o fim do ano.

A secretária municipal de Transportes, Helena Barcellos, afirmou que os desvios serão sinalizados e que
haverá reforço de agentes de trânsito.
"""),
        must_have=[
            "A linha 4 terá cerca de 2,3 quilômetros e cinco paradas, ligando a Central do Brasil ao novo terminal de ônibus Gentileza.",
            "Hoje o VLT transporta, em média, 90 mil pessoas em dias úteis nas três linhas em operação.",
        ]),
    # Ekonomim (Turkey, Turkish): staff.
    rec(cluster="ekonomim-izmir-liman-konteyner-rekor", role="single",
        file="ekonomim_izmir_alsancak_liman_tr.html", render="html", site=SITE_EKO,
        title="İzmir Alsancak Limanı'nda konteyner elleçlemesi yüzde 12 arttı",
        date="2025-01-12", country="TR", region="asia", lang="tr", authors=["Selin Karaca"],
        section="Ekonomi", meta_section="Ekonomi",
        url="https://www.ekonomim.example.com/ekonomi/izmir-alsancak-limaninda-konteyner-ellecleme-yuzde-12-artti-haberi-781245",
        description="Liman, geçen yıl 1 milyon TEU sınırına yaklaştı.",
        published="2025-01-12T10:45:00+03:00",
        breadcrumbs=["Ana Sayfa", "Ekonomi"],
        byline_lines=["Selin Karaca", "İzmir"], date_lines=["12 Ocak 2025 10:45"],
        caption="Alsancak Limanı'nda konteyner yükleme çalışmaları.", credit="Ekonomim Arşiv",
        credit_shown="Fotoğraf: Ekonomim Arşiv",
        inserts={2: [("ad", "REKLAM")]},
        below_body=[("follow", "Ekonomim'i Google News'te takip edin")],
        tags=("Etiketler", ["İzmir", "Liman", "İhracat"]),
        lists=[("Çok okunanlar", ["Merkez Bankası faiz kararını açıkladı", "Altının gram fiyatı rekor tazeledi"])],
        paras=P("""
İzmir Alsancak Limanı'nda geçen yıl elleçlenen konteyner miktarı bir önceki yıla göre yüzde 12 artarak 980
bin TEU'ya ulaştı.

Limanı işleten kuruluşun verilerine göre artışın büyük bölümü Avrupa ve Kuzey Afrika'ya yapılan ihracattan
kaynaklandı.

Liman, genel kargo ve dökme yük dahil toplam 11,4 milyon ton yük elleçledi.

Ege İhracatçı Birlikleri Koordinatör Başkanı Hakan Özdemir, limandaki yoğunluğun yer yer gecikmelere yol
açtığını belirterek derinleştirme çalışmalarının bir an önce tamamlanması gerektiğini söyledi.

Özdemir, "Büyük gemiler Alsancak'a yanaşamadığı için yüklerimizin bir kısmı başka limanlar üzerinden
gidiyor. Bu da ihracatçıya ek maliyet demek" dedi.

Limanın giriş kanalında yürütülen tarama çalışmalarının bu yıl sonunda bitirilmesi planlanıyor.

Sektör temsilcileri, Çandarlı Limanı projesinin de yeniden gündeme alınmasını istiyor.

Kentteki lojistik firmaları ise liman çevresindeki kamyon trafiğinin azaltılması için demiryolu
bağlantısının güçlendirilmesini talep ediyor.

Liman işletmesi, bu yıl için de yüzde 5 ile 8 arasında bir büyüme beklediğini açıkladı. İşletmeden yapılan açıklamada, yeni vinçlerin devreye alınmasıyla gemilerin limanda bekleme süresinin kısalacağı belirtildi.

İzmir Ticaret Odası da limanın kent ekonomisi için önemine dikkat çekerek altyapı yatırımlarının hızlandırılması çağrısında bulundu.
"""),
        must_have=[
            "Liman, genel kargo ve dökme yük dahil toplam 11,4 milyon ton yük elleçledi.",
            "Limanın giriş kanalında yürütülen tarama çalışmalarının bu yıl sonunda bitirilmesi planlanıyor.",
        ]),
    # Luxembourg Times: staff.
    rec(cluster="luxtimes-kirchberg-tram-frequency", role="single",
        file="luxtimes_tram_frequency_kirchberg.html", render="html", site=SITE_LUX,
        title="Luxembourg tram to run every three minutes at peak times from September",
        date="2025-07-16", country="LU", region="europe", lang="en", authors=["Camille Wagener"],
        section="Luxembourg", meta_section="Luxembourg",
        url="https://www.luxtimes.example.lu/luxembourg/luxembourg-tram-to-run-every-three-minutes-at-peak-times-from-september/91283746.html",
        description="Luxtram will add eight new trams to its fleet to cope with rising passenger numbers.",
        published="2025-07-16T12:14:00+02:00",
        byline_lines=["Camille Wagener"], date_lines=["16.07.2025 at 12:14"],
        caption="A tram crosses the Red Bridge towards Kirchberg.", credit="Gerry Huberty",
        credit_shown="Photo credit: Gerry Huberty",
        above_body=[("reading", "3 min.")],
        inserts={2: [("promo", ["Get the Luxembourg Times daily briefing", "The day's most important news in your inbox every morning.", "Sign up"])]},
        below_body=[("translated", "This article was originally published by the Luxemburger Wort. Translated with the help of AI and edited by Luxembourg Times.")],
        lists=[("Most read", ["Rents in Luxembourg City rise for fifth quarter in a row", "Cross-border workers face delays on A31"])],
        paras=P("""
Trams between Luxembourg's central station and Kirchberg will run every three minutes during rush hour from
September, operator Luxtram said on Wednesday.

At present, trams run every four minutes at peak times on the busiest section of the line.

Luxtram said eight new trams would join its fleet over the summer, bringing the total to 41.

The tram carried around 135,000 passengers on an average weekday in the first half of the year, up 9% on the
same period in 2024.

Public transport has been free in Luxembourg since 2020, and the government wants more cross-border workers
to leave their cars at park-and-ride sites on the edge of the city.

Mobility Minister Yves Bastendorff said the higher frequency would make the tram more reliable for commuters
changing from trains at the Howald and Pfaffenthal-Kirchberg stops.

Work on the tram extension towards the airport is due to be completed next year.
"""),
        must_have=[
            "Luxtram said eight new trams would join its fleet over the summer, bringing the total to 41.",
            "Work on the tram extension towards the airport is due to be completed next year.",
        ]),
    # The Australian: staff.
    rec(cluster="theaustralian-inland-rail-narromine-contract", role="single",
        file="theaustralian_inland_rail_contract.html", render="html", site=SITE_AUS,
        title="Inland Rail awards $1.4bn contract for Narromine-to-Narrabri section",
        date="2025-11-04", country="AU", region="oceania", lang="en", authors=["Callum Fairweather"],
        section="Nation", meta_section="Nation",
        url="https://www.theaustralian.example.com.au/nation/inland-rail-awards-14bn-contract-for-narromine-to-narrabri-section/news-story/8a1f0c2d93e74b51a6c0d7e2f4b91c33",
        description="The contract covers more than 300km of new track in central western NSW.",
        published="2025-11-04T15:45:00+11:00",
        byline_lines=["Callum Fairweather", "Transport Reporter"], date_lines=["November 4, 2025 - 3:45PM"],
        above_body=[("reading", "4 min read"), ("gift", "Gift this article"), ("listen", "Listen to this article")],
        inserts={3: [("ad", "Advertisement")]},
        newsletter_end=["Sign up to The Australian's newsletters to receive the latest news and exclusive offers."],
        comments=["Join the conversation", "Comments are open to subscribers only."],
        lists=[("More related stories", ["Freight operators warn of cost blowouts on east coast network"])],
        paras=P("""
The company building the Inland Rail freight line has awarded a $1.4bn contract for the section between
Narromine and Narrabri in central western NSW, one of the longest stretches of new track on the project.

The contract, won by a joint venture of two construction firms, covers more than 300km of track, as well as
bridges over the Macquarie and Castlereagh rivers.

Work is expected to start early next year and take about four years.

The Inland Rail project, which is meant to link Melbourne and Brisbane by freight train, has been scaled back
after a review found its cost had risen to more than $31bn.

Under the revised plan, the sections north of Narrabri into Queensland will be built later, once funding is found.

Farmers along the route have raised concerns about flooding, saying the embankments could push water onto
their land.

The company said the design included more culverts and flood openings than first planned.

Industry groups welcomed the contract, saying it would give regional suppliers and workers some certainty.
"""),
        must_have=[
            "The contract, won by a joint venture of two construction firms, covers more than 300km of track, as well as bridges over the Macquarie and Castlereagh rivers.",
            "Under the revised plan, the sections north of Narrabri into Queensland will be built later, once funding is found.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Akron Beacon Journal (Ohio): AP copy.
    rec(cluster="beaconjournal-ap-columbus-intel-site-delay", role="single", file="newsplease_beaconjournal_ap_columbus_chip_plant.json",
        render="newsplease", title="Ohio lawmakers question delays at central Ohio chip plant site",
        date="2025-02-26", dateline="COLUMBUS, Ohio (AP) \u2014 ", city="Columbus", country="US", region="americas",
        lang="en", agency="AP", authors=["Marcus Ellery"],
        url="https://www.beaconjournal.example.com/story/news/politics/state/2025/02/26/ohio-lawmakers-question-delays-at-chip-plant-site/79412856007/",
        source_domain="www.beaconjournal.example.com",
        description="State lawmakers want to know what happens to $600 million in state incentives.",
        np_authors=["Marcus Ellery", "Associated Press"], np_publish="2025-02-26 17:20:00", np_download="2025-02-26 21:04:33",
        head_lines=["Marcus Ellery", "Associated Press", "Show Caption"],
        tail_lines=["Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
                    "Get the latest news and updates delivered to your inbox with our free newsletters."],
        paras=P("""
Ohio lawmakers from both parties pressed state development officials on Wednesday over repeated delays at
a semiconductor plant under construction east of Columbus, asking what would happen to the state incentives
promised to the project.

The company behind the plant said last year that production would not begin before 2030, several years
later than first announced.

The state has committed about $600 million in grants, along with more than $700 million for roads, water
and sewer lines around the site in Licking County.

"We made a big bet on this project, and the people of Ohio deserve to know where it stands," said
Republican state Sen. Thomas Weidner, who chairs the finance committee.

A development official told the committee the incentive agreement allows the state to recover some of the
money if hiring targets are not met.

Local officials in New Albany and Johnstown said the road work has already brought new businesses to the
area, even without the factory.

The company did not send a representative to the hearing.
"""),
        must_have=[
            "The company behind the plant said last year that production would not begin before 2030, several years later than first announced.",
            "A development official told the committee the incentive agreement allows the state to recover some of the money if hiring targets are not met.",
        ]),
    # news-please, The Botswana Gazette: staff.
    rec(cluster="botswanagazette-gaborone-water-rationing", role="single", file="newsplease_botswanagazette_gaborone_water.json",
        render="newsplease", title="WUC extends water rationing in Greater Gaborone as dam levels fall",
        date="2025-10-15", country="BW", region="africa", lang="en", authors=["Kagiso Modise"],
        url="https://www.thegazette.example.news/news/wuc-extends-water-rationing-in-greater-gaborone-as-dam-levels-fall/",
        source_domain="www.thegazette.example.news",
        description="Gaborone Dam is at 14 percent of capacity.",
        np_authors=["Kagiso Modise"], np_publish="2025-10-15 09:30:00", np_download="2025-10-15 13:02:44",
        head_lines=["BY KAGISO MODISE", "October 15, 2025"],
        tail_lines=["Related Posts", "Leave a Reply Cancel reply", "You must be logged in to post a comment."],
        paras=P("""
The Water Utilities Corporation (WUC) has extended water rationing in Greater Gaborone until at least the
end of December, as levels at Gaborone Dam continue to fall.

The dam stood at 14 percent of capacity this week, compared with 31 percent at the same time last year,
according to figures from the corporation.

Under the rationing schedule, areas such as Tlokweng, Mogoditshane and parts of the city will receive water
on alternate days.

WUC spokesperson Boitumelo Sebele said the corporation was also bringing water from the North-South Carrier
pipeline to supplement supply, but the pipeline was already running close to full capacity.

Residents of Block 8 and Phase 4 told The Gazette that taps had been dry for up to four days in a row.

"We buy water in drums every week. Children go to school without bathing," said one resident, Neo Tshekiso.

Businesses in the Gaborone West industrial area have asked WUC to publish a clearer timetable so they can plan
production.

The Department of Meteorological Services has forecast below-normal rainfall for the start of the rainy season.
"""),
        must_have=[
            "Under the rationing schedule, areas such as Tlokweng, Mogoditshane and parts of the city will receive water on alternate days.",
            "The Department of Meteorological Services has forecast below-normal rainfall for the start of the rainy season.",
        ]),
    # news-please, Business Post (Bangladesh): BSS copy.
    rec(cluster="businesspost-bss-chattogram-bay-terminal", role="single", file="newsplease_businesspost_bss_chattogram_terminal.json",
        render="newsplease", title="Bay Terminal construction to begin next year: CPA chairman",
        date="2025-09-09", dateline="CHATTOGRAM, Sept 9, 2025 (BSS) - ", city="Chittagong", country="BD", region="asia",
        lang="en", agency="BSS",
        url="https://businesspostbd.example.com/trade/bay-terminal-construction-to-begin-next-year-cpa-chairman-2025-09-09",
        source_domain="businesspostbd.example.com",
        description="The new terminal is expected to more than double the port's handling capacity.",
        np_authors=["BSS"], np_publish="2025-09-09 18:40:00", np_download="2025-09-09 22:15:08",
        head_lines=["BSS", "Chattogram", "Published: 09 Sep 2025, 06:40 PM"],
        tail_lines=["Follow Business Post on Google News", "Related Topic", "More From Business Post"],
        paras=P("""
Construction of the long-awaited Bay Terminal at Chattogram port will begin early next year, Chittagong
Port Authority (CPA) Chairman Rear Admiral Mahfuzur Rahman Chowdhury said today.

He said this while speaking at a meeting with port users at the CPA auditorium in the port city.

The Bay Terminal, to be built on about 900 acres of land in the Patenga-Halishahar area, will have container,
multipurpose and oil terminals.

The CPA chairman said the terminal would be able to handle ships with a draft of up to 12 metres, much
deeper than the existing berths of the port.

"Once the Bay Terminal is in operation, the capacity of the port will more than double," he said.

He said the government had already approved the development project proposal for the breakwater and access
channel.

Leaders of the shipping agents' association urged the authorities to speed up land acquisition and road
connectivity to the terminal site.

Chattogram port handles more than 90 percent of the country's seaborne trade.
"""),
        must_have=[
            "He said this while speaking at a meeting with port users at the CPA auditorium in the port city.",
            "He said the government had already approved the development project proposal for the breakwater and access channel.",
        ]),
    # trafilatura, Lao Động (Vietnam, Vietnamese): staff.
    rec(cluster="laodong-hanoi-metro-nhon-ga-ha-noi", role="single", file="trafilatura_laodong_hanoi_metro_vi.json",
        render="trafilatura", title="Đoạn đi ngầm tuyến metro Nhổn - ga Hà Nội đón hơn 30.000 lượt khách ngày đầu",
        date="2025-08-10", country="VN", region="asia", lang="vi", authors=["Nguyễn Thu Hằng"], section="Xã hội",
        url="https://laodong.example.vn/xa-hoi/doan-di-ngam-tuyen-metro-nhon-ga-ha-noi-don-hon-30000-luot-khach-ngay-dau-1542311.ldo",
        hostname="laodong.example.vn", source_hostname="Báo Lao Động",
        description="Nhiều người dân tranh thủ ngày nghỉ để trải nghiệm đoạn đi ngầm của tuyến đường sắt đô thị.",
        tf_author="Nguyễn Thu Hằng", tf_date="2025-08-10", tf_language="vi", categories="Xã hội;Giao thông",
        tf_tags="metro;Hà Nội;đường sắt đô thị",
        head_lines=["Nguyễn Thu Hằng", "10/08/2025 17:35 (GMT+7)"],
        tail_lines=["Theo dõi Báo Lao Động trên Google News", "Tin mới nhất", "Bình luận"],
        paras=P("""
Ngày đầu vận hành đoạn đi ngầm của tuyến đường sắt đô thị Nhổn - ga Hà Nội, hơn 30.000 lượt hành khách đã
đi tàu, theo số liệu của Công ty TNHH MTV Đường sắt Hà Nội.

Đoạn đi ngầm dài khoảng 4 km, gồm 4 nhà ga từ Kim Mã đến ga Hà Nội.

Trong ngày đầu, nhiều gia đình đưa con nhỏ đi trải nghiệm, khiến một số chuyến tàu vào buổi sáng rất đông.

Anh Trần Minh Đức, nhân viên văn phòng ở quận Cầu Giấy, cho biết từ nay anh có thể đi tàu thẳng đến nơi
làm việc mà không phải đổi sang xe buýt.

Đại diện doanh nghiệp vận hành cho biết, tần suất chạy tàu vào giờ cao điểm là 6 phút một chuyến.

Giá vé lượt dao động từ 8.000 đồng đến 15.000 đồng tùy quãng đường, vé tháng dành cho học sinh, sinh viên
được giảm 50%.

Theo kế hoạch, thành phố sẽ tiếp tục mở thêm các tuyến xe buýt kết nối với các nhà ga để thuận tiện cho
người dân.
"""),
        must_have=[
            "Đoạn đi ngầm dài khoảng 4 km, gồm 4 nhà ga từ Kim Mã đến ga Hà Nội.",
            "Đại diện doanh nghiệp vận hành cho biết, tần suất chạy tàu vào giờ cao điểm là 6 phút một chuyến.",
        ]),
    # trafilatura, Edge Davao (Philippines): staff.
    rec(cluster="edgedavao-tagum-public-market-fire", role="single", file="trafilatura_edgedavao_tagum_market.json",
        render="trafilatura", title="Tagum City to rebuild public market after February fire",
        date="2025-03-18", country="PH", region="asia", lang="en", authors=["Ria Villareal"], section="Regions",
        url="https://edgedavao.example.net/regions/2025/03/18/tagum-city-to-rebuild-public-market-after-february-fire/",
        hostname="edgedavao.example.net", source_hostname="Edge Davao",
        description="The new market will have fire sprinklers and wider aisles.",
        tf_author="Ria Villareal", tf_date="2025-03-18", tf_language="en", categories="Regions;News",
        head_lines=["By Ria Villareal", "March 18, 2025"],
        tail_lines=["Share this:", "Facebook", "X", "Like this:", "Related"],
        paras=P("""
The city government of Tagum will rebuild the public market section destroyed by fire last month, with
construction set to begin in May.

City engineer Romeo Dalisay said the new two-storey building would have fire sprinklers, wider aisles and
separate sections for wet and dry goods.

The February 9 fire razed about 180 stalls, most of them selling clothes and household goods.

Around 150 affected vendors have been moved to a temporary market at the city's former bus terminal, where
they will stay until the new building is finished.

The city council has approved P95 million for the project from the city's development fund.

Vendor association president Lorna Cabahug thanked the city for the quick response but asked that the
rental rates in the new building stay affordable.

The Bureau of Fire Protection said the fire was likely caused by faulty electrical wiring.

The project is expected to be completed within 14 months.
"""),
        must_have=[
            "The February 9 fire razed about 180 stalls, most of them selling clothes and household goods.",
            "The city council has approved P95 million for the project from the city's development fund.",
        ]),
    # trafilatura, BNN - Baltic News Network (Latvia): LETA copy.
    rec(cluster="bnn-leta-riga-airport-rail-station", role="single", file="trafilatura_bnn_leta_riga_airport_station.json",
        render="trafilatura", title="Rail Baltica station at Riga Airport reaches halfway mark",
        date="2025-06-12", country="LV", region="europe", lang="en", agency="LETA", section="Latvia",
        url="https://bnn-news.example.com/rail-baltica-station-at-riga-airport-reaches-halfway-mark-263118",
        hostname="bnn-news.example.com", source_hostname="BNN",
        description="The station is expected to be completed in 2027.",
        tf_author="LETA", tf_date="2025-06-12", tf_language="en", categories="Latvia;Economics",
        tf_tags="Rail Baltica;Riga Airport",
        head_lines=["LETA", "June 12, 2025"],
        tail_lines=["Follow us on Facebook and X", "Leave a comment", "Read also:"],
        paras=P("""
Construction of the Rail Baltica passenger station at Riga International Airport is about halfway complete,
project company Eiropas Dzelzceļa līnijas said on Thursday.

The station will be located between the airport's existing terminal and a new terminal that is being built
nearby.

Workers have completed the concrete structures of the lower level and are now installing the steel frame of
the roof.

The company said the station was designed to handle up to 4,000 passengers an hour once trains start
running.

Rail Baltica will link Tallinn, Riga and Kaunas with the Polish border on a standard-gauge line, but the
completion date for the whole line has been pushed back several times.

Latvian officials said in spring that only part of the main line would be ready by 2030 because of funding
shortages.

The airport station is expected to be completed in 2027 and will at first be served by regional trains to
the city centre.
"""),
        must_have=[
            "Workers have completed the concrete structures of the lower level and are now installing the steel frame of the roof.",
            "Latvian officials said in spring that only part of the main line would be ready by 2030 because of funding shortages.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

JSONL_STORIES = [
    # news-please shape: the Reuters story on Dunya News (syndicated member of the Reuters cluster).
    dict(LNG, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://dunyanews.example.tv/en/Business/874512-Qatar-signs-LNG-supply-deals-with-two-Asian-buyers",
         source_domain="dunyanews.example.tv",
         np_authors=[], np_publish="2025-05-20 16:05:00", np_download="2025-05-20 19:44:51",
         head_lines=["DOHA (Reuters)", "Last Updated On 20 May,2025 04:05 pm"],
         tail_lines=[LNG_CREDITS, "Dunya News", "Download Dunya News App"]),
    # newsbeam html shape: the AFP story on Koaci (syndicated member of the AFP cluster).
    dict(BANGUI, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_KOA,
         section="Afrique", meta_section="Afrique",
         url="https://www.koaci.example.com/article/2025/09/03/centrafrique/economie/centrafrique-le-chantier-du-nouveau-pont-sur-loubangui-relance_184512.html",
         published="2025-09-03T16:30:00+00:00",
         nb_published="2025-09-03T16:30:00Z", outlet="Koaci", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "Koaci"}],
         byline_lines=["Koaci Centrafrique"], date_lines=["Mercredi 03 Septembre 2025 - 16:30"],
         below_body=[("source", "Avec AFP")],
         comments=["Réagissez à cet article", "Vous devez être connecté pour commenter."],
         lists=[("Dernières infos", ["Abidjan : la circulation perturbée sur le pont HKB"])]),
    # newsbeam text shape: Dominica Vibes News: staff.
    rec(cluster="dominicavibes-roseau-ferry-terminal-upgrade", role="single", file=JSONL_A, render="newsbeam",
        title="Roseau ferry terminal upgrade to begin in January",
        date="2025-11-12", country="DM", region="americas", lang="en", authors=["Shermaine Joseph"],
        url="https://www.dominicavibes.example.dm/news-312904/",
        nb_published="2025-11-12T14:10:00Z", outlet="Dominica Vibes News", nb_authors=["Dominica Vibes News"],
        head_lines=["Dominica Vibes News", "November 12, 2025 10:10 am", "By Shermaine Joseph"],
        tail_lines=["Follow Dominica Vibes News on WhatsApp for the latest updates.",
                    "Share this:", "Related", "Leave a Reply Cancel reply"],
        paras=P("""
Work to upgrade the ferry terminal in Roseau will begin in January and is expected to take about ten
months, the Dominica Air and Seaport Authority (DASPA) said on Tuesday.

The project includes a new passenger waiting hall, covered walkways and a larger area for customs and
immigration checks.

DASPA general manager Curtis Laville said the terminal was built for far fewer passengers than now travel
to Guadeloupe and Martinique by ferry.

"On busy days, people are standing outside in the sun and rain. That is not the welcome we want to give,"
he said.

Ferry services will continue to operate during construction, with a temporary waiting area set up near the
Bayfront.

The upgrade is funded through a grant from a regional development partner and will cost about EC$14 million.

Taxi and tour operators welcomed the news but asked that parking for their vehicles be considered in the
final design.

The ferry service carried about 75,000 passengers to and from Dominica last year.
"""),
        must_have=[
            "The project includes a new passenger waiting hall, covered walkways and a larger area for customs and immigration checks.",
            "Ferry services will continue to operate during construction, with a temporary waiting area set up near the Bayfront.",
        ]),
    # trafilatura shape: the EFE story on Criterio.hn (syndicated member of the EFE cluster).
    dict(TGU, role="syndicated", file=JSONL_B, render="trafilatura", section="Nacionales",
         url="https://criterio.example.hn/honduras-inaugura-una-represa-para-abastecer-de-agua-a-tegucigalpa/",
         hostname="criterio.example.hn", source_hostname="Criterio.hn",
         tf_author="Redacción Criterio", tf_date="2025-07-08", tf_language="es", categories="Nacionales;Ambiente",
         tf_tags="agua;Tegucigalpa;represa",
         head_lines=["Redacción Criterio", "8 julio, 2025"],
         tail_lines=["Fuente: EFE", "Únete a nuestro canal de WhatsApp", "Noticias relacionadas"]),
    # news-please shape: Iraqi News: staff.
    rec(cluster="iraqinews-basra-faw-port-berths", role="single", file=JSONL_B, render="newsplease",
        title="Iraq opens first container berths at Grand Faw Port",
        date="2025-10-28", country="IQ", region="asia", lang="en", authors=["Ali Hussein Kareem"],
        url="https://www.iraqinews.example.com/iraq/iraq-opens-first-container-berths-at-grand-faw-port/",
        source_domain="www.iraqinews.example.com",
        description="The port is a key part of the planned Development Road linking the Gulf to Turkey.",
        np_authors=["Ali Hussein Kareem"], np_publish="2025-10-28 13:15:00", np_download="2025-10-28 18:30:12",
        head_lines=["By Ali Hussein Kareem", "Published on October 28, 2025"],
        tail_lines=["Follow Iraqi News on Google News", "RELATED ARTICLES", "MOST POPULAR"],
        paras=P("""
Iraq on Tuesday opened the first five container berths at the Grand Faw Port in Basra province, the
Ministry of Transport announced.

The berths can handle about 1.5 million containers a year in the first phase, according to the ministry.

The port is the starting point of the planned Development Road, a railway and highway corridor that would
link the Gulf to Turkey and onward to Europe.

Transport Minister Razzaq Muhaibas al-Saadi said the opening was an important step towards making Iraq a
transit country for trade between Asia and Europe.

"This port will change the economy of Basra and of Iraq," he said at the opening ceremony.

A first container ship docked at the new berths on Monday, the ministry said.

Economists say the port will need good rail connections and a stable security situation to compete with
established ports in the Gulf region.

Work on a tunnel linking the port to Umm Qasr is expected to finish next year.
"""),
        must_have=[
            "The berths can handle about 1.5 million containers a year in the first phase, according to the ministry.",
            "A first container ship docked at the new berths on Monday, the ministry said.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fifty-fourth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: ARY News 'May 20, 2025 at 14:32 PKT' and the "
    "Dunya News copy of the same Reuters story 'Last Updated On 20 May,2025 04:05 pm' (the only date it prints; "
    "news-please gives the same day); the Advertiser 'June 5, 2025 - 11:30AM' (both copies); Dong-A '입력 "
    "2025-08-12 03:00' (input = publication), not '업데이트'; Bali Post '22 Oktober 2025' (the story's "
    "'Rabu (22/10)' is the same day); Aamulehti '7.10.2025 14:22' (day first); Limerick Leader '26 Mar 2025 "
    "6:45 PM'; Imphal Free Press 'January 14, 2025 20:12 IST'; Horowhenua Chronicle '20 Feb, 2025 04:00 PM'; "
    "L'Expression 'Publié le 27 mai 2025' inside the byline line; Kamloops This Week 'Sep 17, 2025 3:30 PM'; "
    "La Provincia '11 aprile 2025'; DNA 'Le 03/09/2025 à 17:48', not 'Mis à jour'; Ideal 'Martes, 8 de julio "
    "2025, 21:25' (Spain, UTC+2) and the Criterio.hn copy '8 julio, 2025' (Honduras), both 8 July; Handelsblatt "
    "'14.08.2025 - 11:02 Uhr'; Het Nieuwsblad '4 maart 2025 om 14:37'; the Charlotte Observer prints only "
    "'Updated April 24, 2025 7:40 AM' under the byline, and its 'This story was originally published April 23, "
    "2025, 6:05 PM.' line (and article:published_time) gives the publication, 23 April; Jornal do Brasil "
    "'Publicado em 30/06/2025 às 16:20'; Ekonomim '12 Ocak 2025 10:45' (Istanbul, UTC+3); Luxembourg Times '16.07.2025 at 12:14'; The Australian 'November 4, "
    "2025 - 3:45PM' (AEDT, UTC+11, as article:published_time states); Koaci 'Mercredi 03 Septembre 2025 - 16:30' "
    "(Abidjan, UTC+0) with the crawler stamp 16:30Z; Dominica Vibes News 'November 12, 2025 10:10 am' (UTC-4) "
    "with the crawler stamp 14:10Z the same moment; Business Post 'Published: 09 Sep 2025, "
    "06:40 PM' and the dateline 'Sept 9, 2025'",
    "dateline_city": "'DOHA, May 20 (Reuters) - ' -> 'Doha' (both Reuters copies, on two Pakistani sites); 'Bangui "
    "(AFP) - ' -> 'Bangui' (both AFP copies, on a French and an Ivorian site); 'Tegucigalpa, 8 jul (EFE).- ' -> "
    "'Tegucigalpa' (both EFE copies, on a Spanish and a Honduran site); Handelsblatt's 'Hamburg. ' (city and full "
    "stop, German house style) -> 'Hamburg'; the Bali Post opening 'DENPASAR, BALIPOST.com \u2013 ' (city and "
    "the site's name) -> 'Denpasar'; the Imphal Free Press 'Imphal, Jan 14: ' -> 'Imphal'; "
    "'COLUMBUS, Ohio (AP) \u2014 ' -> 'Columbus' (Ohio); the BSS dateline 'CHATTOGRAM, Sept 9, 2025 (BSS) - ' -> "
    "'Chittagong' (the GeoNames English name of Chattogram); the Dunya News head line 'DOHA (Reuters)', Ideal's "
    "'Tegucigalpa' and Ekonomim's 'İzmir' byline lines are chrome, the datelines are in the body; all other records have no dateline (city "
    "null) and take the country of the story's location",
    "country": "the Reuters story is Qatar (QA, asia) on both copies although both sites are Pakistani; the AFP story is "
    "the Central African Republic (CF, africa) although it runs on a French and an Ivorian site; the EFE story is "
    "Honduras (HN, americas) although one copy is on a Spanish site; Ekonomim's Izmir story is Turkey (TR, asia by "
    "UN M49); "
    "Luxembourg Times' story is Luxembourg (LU); BNN's is Latvia (LV); Dominica Vibes News' is Dominica (DM, "
    "americas); Iraqi News' is Iraq (IQ, asia by UN M49); L'Expression's is Algeria (DZ, africa)",
    "agency": "ARY News and Dunya News carry Reuters (Reuters byline or dateline and the Reuters credit line); DNA ('AFP' "
    "byline) and Koaci ('Koaci Centrafrique' desk line over an AFP dateline, 'Avec AFP') carry AFP; Ideal ('EFE' "
    "byline) and Criterio.hn ('Redacción Criterio' desk over an EFE dateline, 'Fuente: EFE') carry EFE; Aamulehti "
    "carries STT ('STT' byline); Handelsblatt carries dpa ('dpa' byline and sign-off); Het Nieuwsblad carries Belga "
    "('Belga' byline); the Akron Beacon Journal carries AP (writer over 'Associated Press', AP dateline and "
    "copyright line); Business Post carries BSS ('BSS' byline and dateline); BNN carries LETA ('LETA' byline); all "
    "other records are staff copy (agency null). Photo credits ('Photo: Reuters', 'Photo Barbara Debout/AFP', "
    "'EFE/...', 'Foto: dpa', 'Beeld: Belga', '.../Agência Brasil') do not make a story agency copy",
    "authors": "the Reuters credit '(Reporting by Yasmin Haddad in Doha and Tomoko Arai in Tokyo; Editing by Keith "
    "Branagh and Olivia Mertens)' gives two authors and two editors on both copies; Dong-A's closing line '부산=최민석 "
    "기자 choims@donga.com' ('Busan = reporter Choi Min-seok') -> '최민석' (kept in Hangul as printed; '부산=' is "
    "the place, '기자' = 'reporter'); Bali Post's 'Penulis: Ketut Ardana | Editor: Made Sueca' line gives the "
    "writer ('Penulis') and, like Xinhua's 'Editor:', an editor; Ekonomim's 'Selin Karaca' over the place line "
    "'İzmir' -> 'Selin Karaca'; the Imphal Free Press 'IFP Bureau' is a "
    "desk (no author); the Advertiser's 'State Political Reporter', The Australian's 'Transport Reporter' and the "
    "Horowhenua Chronicle's 'Local Democracy Reporter' are role lines; L'Expression's 'Par Karima Benaouda - Publié "
    "le 27 mai 2025' -> 'Karima Benaouda'; the Botswana Gazette's 'BY KAGISO MODISE' -> 'Kagiso Modise' in natural "
    "case; the Akron Beacon Journal's 'Marcus Ellery' over 'Associated Press' -> 'Marcus Ellery' (news-please also "
    "lists 'Associated Press', an agency); Dominica Vibes News' crawler record lists the outlet as author, the "
    "page's 'By Shermaine Joseph' gives the writer; pages bylined only with an agency, a desk or the outlet "
    "('Reuters', 'AFP', 'EFE', 'STT', 'dpa', 'Belga', 'BSS', 'LETA', 'Koaci Centrafrique', 'Redacción Criterio') "
    "have no authors; photographers (Brenton Edwards, Dave Eagles, Barbara Debout, Gustavo Amador, Khalil Moreno, "
    "Tomaz Silva, Gerry Huberty) are not authors",
    "editors": "the Reuters credit 'Editing by Keith Branagh and Olivia Mertens' -> both, on both copies; Bali Post's "
    "'Editor: Made Sueca' -> 'Made Sueca'; no other record names an editor",
    "caption_credit": "credits without their wrapper: 'Photo: Reuters' -> 'Reuters'; 'Picture: Brenton Edwards' -> "
    "'Brenton Edwards' (both Advertiser copies); 'Photo Barbara Debout/AFP' -> 'Barbara Debout/AFP'; 'Foto: dpa' "
    "-> 'dpa'; 'Beeld: Belga' -> 'Belga'; 'Foto: Tomaz Silva/Agência Brasil' -> 'Tomaz Silva/Agência Brasil'; "
    "'Photo credit: Gerry Huberty' -> 'Gerry Huberty'; Ekonomim's 'Fotoğraf: Ekonomim Arşiv' -> 'Ekonomim Arşiv' "
    "(the paper's own archive); the McClatchy credit "
    "'Khalil Moreno/kmoreno@charlotteobserver.com' and 'Dave Eagles/KTW' and 'EFE/Gustavo Amador' are kept as "
    "printed; records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: DNA 'Monde' (its kicker 'Afrique' "
    "is not the section), Ideal 'Mundo', Handelsblatt 'Unternehmen' (kicker 'Logistik' is not), Het Nieuwsblad "
    "'Binnenland', the Charlotte Observer 'Local', Jornal do Brasil 'Rio', Ekonomim 'Ekonomi', Luxembourg "
    "Times 'Luxembourg', The Australian 'Nation', Koaci 'Afrique'; trafilatura records take their first category "
    "('Xã hội', 'Regions', 'Latvia', 'Nacionales'); news-please, plain text and newsbeam text records have none "
    "(menu items and page labels such as ARY News' 'Business', the Advertiser's 'SA Politics', La Provincia's "
    "'Lago e Valli', Bali Post's 'Bali' and the Limerick Leader's 'Local News' are navigation)",
    "language": "'ko' Korean (Dong-A Ilbo); 'id' Indonesian (Bali Post); 'tr' Turkish (Ekonomim); 'vi' Vietnamese (Lao Động); 'fi' Finnish; 'it' Italian; 'de' German; 'nl' Dutch from "
    "Belgium; 'pt' from Brazil; 'fr' from France, Côte d'Ivoire (two copies of one AFP story) and Algeria; 'es' from "
    "Spain and Honduras (two copies of one EFE story); ARY News' 'Urdu' menu link is a menu item, not the story's "
    "language; Luxembourg Times' story is in English although its note says it was translated from the German of "
    "another paper",
    "chrome": "includes consent banners and their buttons, login, subscription and e-paper strings, share bars, "
    "advertisement labels, reading times, paywall and subscriber-only labels, gift and listen buttons, related-story "
    "lines and boxes, tag lists, most-read rails, newsletter, app and messaging-channel promos, "
    "comment gates, disclaimers and policies, reporter bios and e-mail lines, an AI translation notice, "
    "'originally published' lines, local-democracy funding lines, wire credit, source and sign-off lines, the AP "
    "copyright line, ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and AFP in the plain batch, EFE in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"ary news", "ary", "dunya news", "dunya", "the advertiser", "advertiser", "advertiser newspapers",
                "la provincia", "la provincia di como", "editoriale srl", "dong-a ilbo", "donga", "동아일보",
                "bali post", "balipost", "balipost.com", "aamulehti", "stt", "limerick leader", "iconic media group",
                "imphal free press", "ifp bureau", "ifp", "horowhenua chronicle", "nzme", "ldr",
                "l'expression", "kamloops this week", "ktw", "dna", "dernières nouvelles d'alsace", "ideal",
                "handelsblatt", "het nieuwsblad", "mediahuis", "belga", "charlotte observer",
                "the charlotte observer", "jornal do brasil", "redação", "ekonomim", "ekonomim arşiv",
                "luxembourg times", "luxemburger wort", "the australian", "nationwide news", "akron beacon journal",
                "beacon journal", "the botswana gazette", "the gazette", "business post", "bss", "lao động",
                "báo lao động", "edge davao", "bnn", "leta", "koaci", "koaci centrafrique", "dominica vibes news", "dominica vibes",
                "criterio", "criterio.hn", "redacción criterio", "iraqi news", "agência brasil"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
