#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-second development set (bench/dev_set62/, first written as the fifty-ninth held-out set).

    .venv/bin/python bench/dev_set62/_generate.py

Writes ``bench/dev_set62/articles/*`` and ``bench/dev_set62/labels.json`` (next to this
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
bench/dev_set61/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout59_2025-a.jsonl"
JSONL_B = "crawl_holdout59_2025-b.jsonl.gz"


# ---- cluster: AP, Suva (Wisconsin State Journal page + copy on The Press Democrat in the plain batch) ----

SUVA = rec(
    cluster="ap-suva-plastic-bottle-ban",
    title="Fiji to ban single-use plastic bottles as waste piles up on beaches",
    date="2025-03-04",
    dateline="SUVA, Fiji (AP) \u2014 ",
    city="Suva",
    country="FJ",
    region="oceania",
    agency="AP",
    authors=["Salote Vaka", "Harriet Penn"],
    lang="en",
    description="The ban will be phased in over two years, starting with drinks sold in government buildings.",
    paras=P("""
Fiji will ban single-use plastic drink bottles within two years, the government said Tuesday, as volunteers
and village councils struggle to keep up with waste washing onto the country's beaches.

Environment Minister Semi Rokodi told lawmakers the ban would start in government offices and schools in
July and extend to shops and restaurants by the middle of 2027.

Officials estimate that about 90 million plastic bottles are sold in the Pacific island nation every year,
and that fewer than one in five is collected for recycling.

"Our reefs and our fish cannot wait for the rest of the world to act," Rokodi said.

Businesses that keep selling drinks in plastic after the deadline could face fines of up to 20,000 Fijian
dollars, or about $8,800.

Bottlers will be encouraged to switch to glass and aluminum, and the government plans to set up a deposit
scheme so that customers get a few cents back for every container they return.

Some shop owners in Suva said they supported the idea but worried that glass would be more expensive to
ship to outer islands.

Fiji banned single-use plastic bags in 2020, and several of its Pacific neighbors have introduced similar
measures in recent years.
"""),
    must_have=[
        "Officials estimate that about 90 million plastic bottles are sold in the Pacific island nation every year, and that fewer than one in five is collected for recycling.",
        "Some shop owners in Suva said they supported the idea but worried that glass would be more expensive to ship to outer islands.",
    ],
)
SUVA_CONTRIB = "Associated Press writer Harriet Penn in Wellington, New Zealand, contributed to this report."
AP_COPY = ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, "
           "rewritten or redistributed without permission.")

# ---- cluster: AFP, Libreville (Monaco-Matin scrape + copy on TF1info in the plain batch) ----

LBV = rec(
    cluster="afp-libreville-delestages-electricite",
    title="Gabon : Libreville soumise à des délestages après la panne d'une centrale",
    date="2025-03-21",
    dateline="Libreville (AFP) - ",
    city="Libreville",
    country="GA",
    region="africa",
    agency="AFP",
    lang="fr",
    description="Plusieurs quartiers de la capitale gabonaise sont privés de courant jusqu'à douze heures par jour.",
    paras=P("""
Les habitants de Libreville subissent depuis une semaine des coupures d'électricité pouvant atteindre douze
heures par jour, après la panne d'une des principales centrales thermiques alimentant la capitale gabonaise.

La Société d'énergie et d'eau du Gabon (SEEG) a publié vendredi un programme de délestages par quartier,
qui doit rester en vigueur « au moins jusqu'à la fin du mois d'avril ».

Selon la société publique, la panne a privé le réseau d'environ 70 mégawatts, soit près d'un quart de la
puissance disponible à Libreville.

Dans le quartier populaire de Nzeng-Ayong, des commerçants disent avoir perdu une partie de leurs
marchandises faute de pouvoir faire fonctionner leurs congélateurs.

« On achète du carburant pour le groupe électrogène, mais les prix ont doublé en quelques jours », a confié à
l'AFP Clarisse Ondo, qui tient une poissonnerie.

Le gouvernement a annoncé la location en urgence de deux centrales flottantes, qui doivent arriver par
bateau dans les prochaines semaines.

Les hôpitaux et les stations de pompage d'eau sont exemptés des coupures, a précisé la SEEG.

Le Gabon, producteur de pétrole, peine depuis des années à moderniser un réseau électrique vieillissant.
"""),
    must_have=[
        "Selon la société publique, la panne a privé le réseau d'environ 70 mégawatts, soit près d'un quart de la puissance disponible à Libreville.",
        "Les hôpitaux et les stations de pompage d'eau sont exemptés des coupures, a précisé la SEEG.",
    ],
)

# ---- cluster: dpa, Kapstadt (WAZ page + copy on Ruhr Nachrichten in the gzipped batch) ----

CPT = rec(
    cluster="dpa-kapstadt-pinguinkolonie-boulders",
    title="Pinguinkolonie bei Kapstadt schrumpft weiter \u2013 Forscher schlagen Alarm",
    date="2025-01-14",
    dateline="Kapstadt (dpa) - ",
    city="Cape Town",
    country="ZA",
    region="africa",
    agency="dpa",
    authors=["Jana Beckmann"],
    lang="de",
    description="Am Boulders Beach leben nur noch gut 2000 Brillenpinguine.",
    paras=P("""
Die berühmte Pinguinkolonie am Boulders Beach bei Kapstadt ist erneut geschrumpft. Bei der jüngsten Zählung
seien nur noch rund 2100 Brillenpinguine gezählt worden, teilte die südafrikanische Nationalparkbehörde mit.

Vor zehn Jahren lebten an dem bei Touristen beliebten Strand noch mehr als 3000 der Tiere.

Als Hauptgrund nennen Forscher den Mangel an Nahrung. Sardinen und Sardellen, von denen sich die Pinguine
ernähren, werden vor der Küste in großen Mengen gefischt.

Hinzu kommen Lärm durch Schiffe und Hitzewellen, bei denen vor allem Küken sterben.

«Wenn sich nichts ändert, könnte der Afrikanische Pinguin in freier Wildbahn in wenigen Jahrzehnten
verschwunden sein», sagte die Meeresbiologin Thandeka Mokoena.

Die Regierung hat in einigen Gebieten rund um die Brutkolonien die Fischerei mit Ringwadennetzen
eingeschränkt. Naturschützern gehen die Schutzzonen aber nicht weit genug.

Boulders Beach zieht jedes Jahr Hunderttausende Besucher an, die die Tiere von Holzstegen aus beobachten.

Der Brillenpinguin steht seit vergangenem Jahr auf der Roten Liste als vom Aussterben bedroht.
"""),
    must_have=[
        "Vor zehn Jahren lebten an dem bei Touristen beliebten Strand noch mehr als 3000 der Tiere.",
        "Hinzu kommen Lärm durch Schiffe und Hitzewellen, bei denen vor allem Küken sterben.",
    ],
)

# ---- cluster: Nottingham Post, page + noisy re-scrape ----

NOT = rec(
    cluster="nottinghampost-embankment-revamp",
    title="Green light for \u00a312m revamp of Victoria Embankment despite parking fears",
    date="2025-04-09",
    country="GB",
    region="europe",
    authors=["Rachel Ashworth"],
    lang="en",
    caption="An artist's impression of the revamped Victoria Embankment",
    credit="Nottingham City Council",
    paras=P("""
A 12 million pound revamp of the Victoria Embankment has been approved by Nottingham City Council, despite
concerns from residents about the loss of parking spaces along the river.

The scheme includes new paths, a play area, public toilets and a cafe near the Memorial Gardens, as well as
flood defences along a stretch of the River Trent.

Around 60 parking spaces on the Embankment itself will be removed to make room for a wider walkway.

Councillor Pavan Dhillon, who chairs the planning committee, said the riverside was one of the most loved
green spaces in the city and deserved better facilities.

"People come here to walk, run and picnic, and at the moment there is nowhere to buy a cup of tea or use
a toilet," she said.

Some residents of the Meadows told the meeting that visitors already parked on their streets on match days.

The council said it would review parking restrictions in the area before the work begins.

Most of the money is coming from a government levelling up grant awarded in 2023.

Work is due to start in the autumn and should be finished by the summer of 2027.
"""),
    must_have=[
        "Around 60 parking spaces on the Embankment itself will be removed to make room for a wider walkway.",
        "Most of the money is coming from a government levelling up grant awarded in 2023.",
    ],
)
NOT_PRE = ["Nottingham Post", "News", "Nottingham Forest", "Notts County", "What's On", "Family", "Property", "Motors",
           "Newsletters", "Sign in"]
NOT_HEAD = ["Bookmark", "Share", "Comments", "News", "By Rachel Ashworth", "Local Democracy Reporter",
            "10:15, 9 Apr 2025", "Updated 11:42, 9 Apr 2025"]
NOT_CAP = ["An artist's impression of the revamped Victoria Embankment (Image: Nottingham City Council)"]
NOT_COPY = "\u00a9 2025 a Reach plc subsidiary"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Nottingham Post (England): original of the re-scrape cluster, Reach layout.
    dict(NOT, role="original", file="nottinghampost_victoria_embankment_revamp.txt", render="text",
         pre=[NOT_PRE], head=[NOT_HEAD], cap_lines=NOT_CAP,
         inserts={2: ["Get the biggest stories from Nottingham straight to your inbox. Sign up to our daily newsletter here"],
                  5: ["READ MORE: Plans for new homes at former Broad Marsh bus depot withdrawn"]},
         tail=[["Join the Nottingham Post WhatsApp community for the latest news"],
               ["Follow Nottingham Post", "More On", "Nottingham City Council", "Planning"],
               [NOT_COPY]]),
    dict(NOT, role="rescrape", file="nottinghampost_victoria_embankment_revamp_rescrape.txt.gz", render="text", noise=True,
         pre=[NOT_PRE], head=[NOT_HEAD], cap_lines=NOT_CAP, tail=[["Follow Nottingham Post"], [NOT_COPY]]),
    # Monaco-Matin (Monaco, French): original of the AFP cluster, 'Par AFP' byline.
    dict(LBV, role="original", file="monacomatin_afp_libreville_delestages_fr.txt", render="text",
         pre=[["Monaco-Matin", "Monaco", "Faits divers", "Politique", "Économie", "Sport", "Monde", "S'abonner", "Se connecter"]],
         head=[["Par AFP"], ["Publié le 21/03/2025 à 16:48", "Mis à jour le 21/03/2025 à 17:05"], ["Partager", "Copier le lien"]],
         inserts={2: ["Publicité"]},
         tail=[["Newsletter Monaco-Matin : recevez chaque matin l'essentiel de l'actualité monégasque"],
               ["Réagir", "Vous devez être abonné pour réagir à cet article."],
               ["\u00a9 Monaco-Matin 2025"]]),
    # Yle (Finland, Finnish): staff, with a correction line and the comment window line.
    rec(cluster="yle-tampere-raitiotie-lentavanniemi", role="single", file="yle_tampere_raitiotie_fi.txt", render="text",
        title="Tampereen raitiotien jatke Lentävänniemeen valmistuu aikataulussa",
        date="2024-09-12", country="FI", region="europe", lang="fi", authors=["Mikko Laaksonen"],
        caption="Raitiovaunu Hämeenkadulla Tampereella.", credit="Jari Kovalainen / Yle",
        pre=[["Yle Uutiset", "Uusimmat", "Kotimaa", "Ulkomaat", "Talous", "Politiikka", "Kulttuuri", "Urheilu", "Tampere", "Kirjaudu"]],
        head=[["Mikko Laaksonen"], ["12.9.2024 14:05", "Päivitetty 12.9.2024 15:30"], ["Jaa", "Kopioi linkki"]],
        cap_lines=["Raitiovaunu Hämeenkadulla Tampereella. Kuva: Jari Kovalainen / Yle"],
        inserts={4: ["Lue myös: Tampereen joukkoliikenteen lippujen hinnat nousevat vuodenvaihteessa"]},
        tail=[["Korjaus 12.9. klo 15.30: Jutussa kerrottiin aiemmin virheellisesti, että pysäkkejä tulee yhdeksän."],
              ["Voit keskustella aiheesta 13.9. kello 23:een saakka."],
              ["Aiheet", "Tampere", "Raitiotiet", "Joukkoliikenne"]],
        paras=P("""
Tampereen raitiotien toinen vaihe Lentävänniemeen on valmistumassa aikataulussa, kertoo kaupungin
raitiotiehanke. Matkustajat pääsevät uudelle osuudelle ensi kesänä.

Uusi rataosuus on noin seitsemän kilometrin pituinen, ja sen varrelle rakennetaan yksitoista uutta pysäkkiä.
Rata kulkee keskustasta Pyynikintorin ja Santalahden kautta Lentävänniemeen.

Hankkeen kustannusarvio on noin 270 miljoonaa euroa, josta valtio maksaa noin kolmanneksen.

Projektipäällikkö Anna-Liisa Hyvönen kertoo, että suurimmat työt Santalahdessa on jo tehty ja kiskot on
asennettu lähes koko matkalle.

– Syksyn aikana asennetaan vielä ajolangat ja tehdään koeajoja, jotta liikenne voi alkaa turvallisesti,
Hyvönen sanoo.

Raitiotien rakentaminen on vaikeuttanut liikennettä Paasikiventiellä jo kahden vuoden ajan. Autoilijat ja
pyöräilijät ovat joutuneet käyttämään kiertoteitä.

Lentävänniemen asukkaat odottavat rataa innolla, sillä nykyiset bussit ovat ruuhka-aikoina usein täynnä.

Kaupungin arvion mukaan uusi osuus lisää raitiotien matkustajamäärää noin 20 000 matkalla arkipäivässä.

Koko raitiotieverkoston matkustajamäärät ovat kasvaneet nopeammin kuin suunnitelmissa arvioitiin, ja
vaunuja on jouduttu tilaamaan lisää.

Uudet vaunut on määrä ottaa käyttöön vaiheittain ensi vuoden aikana, kun varikon laajennus valmistuu.
"""),
        must_have=[
            "Hankkeen kustannusarvio on noin 270 miljoonaa euroa, josta valtio maksaa noin kolmanneksen.",
            "Lentävänniemen asukkaat odottavat rataa innolla, sillä nykyiset bussit ovat ruuhka-aikoina usein täynnä.",
        ]),
    # Munhwa Ilbo (South Korea, Korean): staff, '부산=' correspondent byline.
    rec(cluster="munhwa-busan-haeundae-night-beach", role="single", file="munhwa_busan_haeundae_night_ko.txt", render="text",
        title="해운대해수욕장, 올여름 밤 9시까지 야간 개장 확대",
        date="2025-07-15", country="KR", region="asia", lang="ko", authors=["박성우"],
        pre=[["문화일보", "정치", "경제", "사회", "국제", "문화", "스포츠", "오피니언", "전국"]],
        head=[["부산=박성우 기자"], ["입력 2025-07-15 11:42", "업데이트 2025-07-15 12:10"]],
        inserts={2: ["광고"], 5: ["관련기사", "광안리 드론쇼 관람객 사상 최대"]},
        tail=[["박성우 기자 swpark@munhwa.com"],
              ["기사 추천", "공유하기"],
              ["ⓒ 문화일보 & munhwa.com, 무단 전재 및 재배포 금지"]],
        paras=P("""
부산 해운대해수욕장이 올여름 야간 개장 기간을 늘리고 운영 시간도 밤 9시까지로 연장한다.

해운대구는 다음 달 1일부터 31일까지 한 달 동안 해수욕장을 야간에도 개방한다고 15일 밝혔다. 지난해에는
야간 개장이 2주 동안만 운영됐다.

야간 개장 기간에는 백사장 일부 구역에 조명을 추가로 설치하고, 수상 안전요원 40명을 배치한다.

입수는 지정된 구역에서만 가능하며, 음주 상태에서의 입수는 엄격히 금지된다.

구 관계자는 "열대야를 피해 밤바다를 찾는 시민과 관광객이 해마다 늘고 있다"며 "안전 관리에 가장 큰
신경을 쓰겠다"고 말했다.

지난해 여름 해운대해수욕장을 찾은 방문객은 약 900만 명으로 집계됐다.

구는 야간 개장과 함께 해변 공연과 영화 상영 등 다양한 행사도 마련할 계획이다.

인근 상인들은 야간 방문객이 늘면 매출에도 도움이 될 것이라며 기대감을 나타냈다.

다만 일부 주민들은 밤늦게까지 이어지는 소음과 쓰레기 문제를 우려하고 있어, 구는 청소 인력을 두 배로
늘리기로 했다.

해운대구는 운영 결과를 분석해 내년에는 야간 개장 기간을 더 늘리는 방안도 검토할 예정이다.

야간 개장 기간 해변 주변 도로에는 교통 통제와 임시 주차장 운영도 함께 이뤄질 예정이어서 방문객들은 대중교통을 이용해 달라고 구는 당부했다.
"""),
        must_have=[
            "야간 개장 기간에는 백사장 일부 구역에 조명을 추가로 설치하고, 수상 안전요원 40명을 배치한다.",
            "지난해 여름 해운대해수욕장을 찾은 방문객은 약 900만 명으로 집계됐다.",
        ]),
    # myRepublica (Nepal): staff, 'KATHMANDU, Aug 3: ' dateline.
    rec(cluster="myrepublica-kathmandu-waste-segregation", role="single", file="myrepublica_kathmandu_waste_segregation.txt", render="text",
        title="KMC to make waste segregation mandatory from mid-September",
        date="2024-08-03", dateline="KATHMANDU, Aug 3: ", city="Kathmandu", country="NP", region="asia", lang="en",
        authors=["Sujan Adhikari"],
        pre=[["myRepublica", "News", "Politics", "Economy", "Society", "Sports", "Opinion", "Lifestyle", "E-Paper"]],
        head=[["By: Sujan Adhikari"], ["Published On: August 3, 2024 06:20 PM NPT"]],
        inserts={3: ["Related story", "Sisdol landfill site nearing full capacity, officials warn"]},
        tail=[["Leave A Comment"],
              ["Related Stories"],
              ["\u00a9 2024 Nepal Republic Media Pvt. Ltd. All rights reserved."]],
        paras=P("""
Kathmandu Metropolitan City (KMC) has decided to make the segregation of household waste mandatory from
mid-September, warning that garbage that is not sorted will not be collected.

Under the new rule, households will have to separate organic waste from plastic, paper and glass before
handing it over to collection vehicles.

KMC spokesperson Ramesh Shrestha said the city produces about 1,100 tonnes of waste every day, more than
60 percent of which is organic.

"If we can compost the organic waste in the city itself, the pressure on the landfill site will fall sharply,"
Shrestha said.

The city plans to distribute two bins to each household in the core areas free of charge during the first
phase.

Residents who repeatedly fail to sort their waste could be fined up to Rs 2,000, according to the decision.

Private collection companies operating in the city have been asked to use separate compartments in their
trucks.

Environmental activists welcomed the move but said similar plans had failed in the past because of weak
monitoring.

The metropolis has also started talks with farmers' groups in the valley about buying compost produced
from household waste.
"""),
        must_have=[
            "The city plans to distribute two bins to each household in the core areas free of charge during the first phase.",
            "Residents who repeatedly fail to sort their waste could be fined up to Rs 2,000, according to the decision.",
        ]),
    # Magyar Nemzet (Hungary, Hungarian): MTI copy, 'Forrás: MTI' line and a 'Borítókép' caption at the foot.
    rec(cluster="magyarnemzet-mti-debrecen-strandfurdo", role="single", file="magyarnemzet_mti_debrecen_strand_hu.txt", render="text",
        title="Hárommilliárd forintból újítják fel a debreceni Nagyerdei strandot",
        date="2025-05-20", country="HU", region="europe", lang="hu", agency="MTI",
        caption="A debreceni Nagyerdei strandfürdő bejárata.", credit="MTI/Kovács Ádám",
        pre=[["Magyar Nemzet", "Belföld", "Külföld", "Gazdaság", "Sport", "Kultúra", "Vélemény", "Előfizetés"]],
        head=[["MTI"], ["2025. 05. 20. 10:15"]],
        inserts={3: ["Hirdetés"], 6: ["Ajánló", "Elkészült a debreceni villamosvonal felújítása"]},
        tail=[["Forrás: MTI"],
              ["Borítókép: A debreceni Nagyerdei strandfürdő bejárata. (Fotó: MTI/Kovács Ádám)"],
              ["Ne maradjon le a Magyar Nemzet legfontosabb híreiről! Kövessen minket a Facebookon!"],
              ["Címkék:", "Debrecen", "strand", "felújítás"]],
        paras=P("""
Mintegy hárommilliárd forintból újítják fel a debreceni Nagyerdei strandfürdőt, a munkák még idén
ősszel elkezdődnek – közölte a városi fürdőket üzemeltető társaság kedden.

A felújítás során kicserélik a medencék gépészetét, új élménymedencét építenek, és megújulnak az
öltözők is.

A társaság ügyvezetője, Szabó Gergely elmondta, hogy a strand jelenlegi medencéinek nagy része több
mint harminc éve épült, és a vízforgató rendszer már nem felel meg a mai elvárásoknak.

A beruházás költségét a város és egy állami támogatás közösen fedezi.

A munkák idején a strand zárva tart, a fürdőzők a közeli gyógyfürdő medencéit használhatják
kedvezményes jegyárral.

A tervek szerint a megújult strand 2027 nyarán nyithatja meg újra kapuit.

Tavaly nyáron mintegy 180 ezer vendég kereste fel a Nagyerdei strandot, amely az egyik
legnépszerűbb szabadidős helyszín a városban.

Az új élménymedence mellé gyermekmedence és napozóterasz is épül, a parkot pedig új fák
ültetésével teszik árnyékosabbá.

A társaság azt is vállalta, hogy a felújítás után napelemekkel fedezi a strand áramigényének egy
részét.
"""),
        must_have=[
            "A beruházás költségét a város és egy állami támogatás közösen fedezi.",
            "A tervek szerint a megújult strand 2027 nyarán nyithatja meg újra kapuit.",
        ]),
    # PSM News (Maldives): staff, state broadcaster layout.
    rec(cluster="psmnews-hulhumale-ferry-terminal", role="single", file="psmnews_hulhumale_ferry_terminal.txt", render="text",
        title="New ferry terminal for Hulhumal\u00e9 to open before Ramadan",
        date="2025-02-12", country="MV", region="asia", lang="en", authors=["Aishath Nuha"],
        pre=[["PSM News", "Local", "Politics", "Business", "World", "Sports", "Feature", "\u078b\u07a8\u0788\u07ac\u0780\u07a8"]],
        head=[["Aishath Nuha"], ["12 February 2025, 15:40"]],
        inserts={2: ["Also read: Velana airport handles record passengers in January"]},
        tail=[["Share"], ["Related News"], ["\u00a9 2025 Public Service Media. All rights reserved."]],
        paras=P("""
The new ferry terminal in Hulhumal\u00e9 will open before the start of Ramadan, the Ministry of Transport has
said, ending months of delays to the project.

The terminal has berths for six ferries at a time and a covered waiting area for about 400 passengers.

The ministry said final safety inspections were being carried out this week and that ferry operators had
been briefed on the new timetable.

Ferries between Mal\u00e9 and Hulhumal\u00e9 carry thousands of commuters every day, many of whom have
complained about crowded and unsafe jetties.

State Minister for Transport Ibrahim Rasheed said the new terminal would also include ticket machines and
facilities for people with disabilities.

"This terminal will make the daily journey easier and safer for the people of Hulhumal\u00e9," he said.

The project was originally due to be completed last year but was held up by the late delivery of
construction materials.

The ministry also plans to introduce faster ferries on the route later this year.

Hulhumal\u00e9 is home to more than 60,000 people and continues to grow as new housing blocks are
completed.
"""),
        must_have=[
            "The terminal has berths for six ferries at a time and a covered waiting area for about 400 passengers.",
            "The ministry also plans to introduce faster ferries on the route later this year.",
        ]),
    # Onmanorama (India): staff, 'Thiruvananthapuram: ' opening.
    rec(cluster="onmanorama-thiruvananthapuram-vizhinjam-road", role="single", file="onmanorama_tvm_vizhinjam_road.txt", render="text",
        title="Vizhinjam port road: Land acquisition to be completed by December",
        date="2024-09-18", dateline="Thiruvananthapuram: ", city="Thiruvananthapuram", country="IN", region="asia",
        lang="en",
        pre=[["Onmanorama", "News", "Kerala", "India", "World", "Business", "Lifestyle", "Travel", "Food", "Sports", "Malayalam"]],
        head=[["Onmanorama Staff"], ["Published: September 18, 2024 04:12 PM IST"], ["1 minute Read"]],
        inserts={2: ["Advertisement"], 4: ["Also Read", "Kochi Water Metro to get 15 more boats"]},
        tail=[["Topics: Vizhinjam port, Thiruvananthapuram, Kerala"],
              ["Disclaimer: Comments will be moderated by Onmanorama editorial team and will be published only if they follow the community guidelines."],
              ["Copyright \u00a9 2024 Manorama Online. All rights reserved."]],
        paras=P("""
The acquisition of land for the road connecting the Vizhinjam international seaport to the national highway
will be completed by December, Ports Minister V Sasikumar said on Wednesday.

The 2.1-km four-lane road will link the port with the Kovalam-Karode bypass and is expected to take heavy
container traffic away from residential areas.

About 4.6 hectares of private land is needed for the project, most of it in Vizhinjam and Mukkola
villages.

The state government has set aside Rs 180 crore for compensation, which will be paid before the land is
handed over.

"Nobody will be evicted without fair compensation and a proper rehabilitation package," Sasikumar told
reporters.

Residents of some coastal settlements have demanded that the road be built on pillars so that it does not
cut off access to the beach.

Officials said a final design would be prepared after a public hearing next month.

The port received its first mother ship earlier this year, and traffic is expected to increase sharply once
commercial operations begin in full.
"""),
        must_have=[
            "About 4.6 hectares of private land is needed for the project, most of it in Vizhinjam and Mukkola villages.",
            "Officials said a final design would be prepared after a public hearing next month.",
        ]),
    # Taranaki Daily News (New Zealand): Local Democracy Reporting, Stuff layout.
    rec(cluster="taranakidailynews-new-plymouth-coastal-walkway", role="single", file="taranakidailynews_coastal_walkway.txt", render="text",
        title="Coastal walkway extension to Waitara gets council backing",
        date="2024-11-05", country="NZ", region="oceania", lang="en", authors=["Tama Rangiwai"],
        caption="The New Plymouth Coastal Walkway is used by thousands of people every day.", credit="ANDY JACKSON/STUFF",
        pre=[["Stuff", "Taranaki Daily News", "National", "World", "Business", "Politics", "Sport", "Climate change", "Quizzes"]],
        head=[["Tama Rangiwai", "Local Democracy Reporter", "Nov 05 2024"]],
        cap_lines=["The New Plymouth Coastal Walkway is used by thousands of people every day.", "ANDY JACKSON/STUFF"],
        inserts={3: ["Advertisement"]},
        tail=[["LDR is local body journalism co-funded by RNZ and NZ On Air."],
              ["Sign up for the Taranaki Daily News newsletter"],
              ["\u00a9 2024 Stuff Limited"]],
        paras=P("""
New Plymouth District Council has backed a plan to extend the Coastal Walkway east to Waitara, a route that
would add about 10 kilometres to one of the region's most popular attractions.

Councillors voted 12-2 to include the project in the draft long-term plan, with a budget of 14 million
dollars spread over six years.

The extension would follow the coast from Bell Block and cross the Waiongana Stream on a new bridge.

Deputy mayor Carl Whitmore said the route had been talked about for more than a decade.

Councillor Aroha Paki said the walkway had changed the way people in New Plymouth used the coast and
Waitara deserved the same.

"This is about connecting our communities, not just building a nice path," she said.

The two councillors who voted against it said the money would be better spent on water pipes and roads.

Landowners and hapū along the route will be consulted before a final route is chosen.

The public can give feedback on the proposal when the draft long-term plan is released early next year.
"""),
        must_have=[
            "The extension would follow the coast from Bell Block and cross the Waiongana Stream on a new bridge.",
            "The two councillors who voted against it said the money would be better spent on water pipes and roads.",
        ]),
    # SME (Slovakia, Slovak): TASR copy, 'Bratislava 12. marca (TASR) - ' dateline.
    rec(cluster="sme-tasr-bratislava-elektricky", role="single", file="sme_tasr_bratislava_elektricky_sk.txt", render="text",
        title="Bratislava dostane 30 nových električiek, prvé prídu na jeseň",
        date="2025-03-12", dateline="Bratislava 12. marca (TASR) - ", city="Bratislava", country="SK", region="europe",
        lang="sk", agency="TASR",
        pre=[["SME.sk", "Domov", "Svet", "Ekonomika", "Kultúra", "Šport", "Názory", "Bratislava", "Predplatné"]],
        head=[["TASR"], ["12. mar 2025 o 14:35"]],
        inserts={2: ["Článok pokračuje pod video reklamou"], 5: ["Prečítajte si aj:", "Nová linka MHD spojí Petržalku s Ružinovom"]},
        tail=[["Máte tip na článok? Napíšte nám"],
              ["Najčítanejšie na SME Domov"],
              ["\u00a9 Copyright 2025 Petit Press a.s."]],
        paras=P("""
Dopravný podnik Bratislava (DPB) podpísal zmluvu na dodávku 30 nových nízkopodlažných električiek. Prvé
vozidlá by mali do hlavného mesta prísť na jeseň, informoval v stredu podnik.

Zmluva má hodnotu približne 95 miliónov eur a z veľkej časti ju pokryjú eurofondy.

Nové električky nahradia najstaršie vozidlá, ktoré jazdia v Bratislave už viac ako 35 rokov.

Podľa generálneho riaditeľa podniku Martina Hrušovského budú vozidlá klimatizované a vybavené
informačnými obrazovkami aj nabíjačkami na mobilné telefóny.

Električky budú mať kapacitu približne 250 cestujúcich a jazdiť budú najmä na trati do Petržalky a
Dúbravky.

Všetky vozidlá by mali byť dodané do konca roka 2027.

Bratislava v posledných rokoch investuje do obnovy električkových tratí, viaceré úseky prešli
kompletnou rekonštrukciou.

Cestujúci sa v minulosti sťažovali najmä na hluk a chýbajúcu klimatizáciu v starších vozidlách.

Podnik plánuje v budúcnosti objednať aj ďalšie električky, ak sa podarí získať financovanie.

Cestujúci si nové vozidlá budú môcť prezrieť ešte pred ich nasadením do prevádzky počas dňa otvorených dverí v depe.
"""),
        must_have=[
            "Zmluva má hodnotu približne 95 miliónov eur a z veľkej časti ju pokryjú eurofondy.",
            "Všetky vozidlá by mali byť dodané do konca roka 2027.",
        ]),
    # Youm7 (Egypt, Arabic): staff, 'كتب' byline.
    rec(cluster="youm7-giza-pyramids-road-shuttle", role="single", file="youm7_giza_pyramids_shuttle_ar.txt", render="text",
        title="تشغيل حافلات كهربائية لنقل الزائرين داخل منطقة أهرامات الجيزة",
        date="2025-02-09", country="EG", region="africa", lang="ar", authors=["محمد السيد"],
        pre=[["اليوم السابع", "عاجل", "سياسة", "اقتصاد", "حوادث", "رياضة", "فن", "محافظات", "فيديو"]],
        head=[["كتب محمد السيد"], ["الأحد، 09 فبراير 2025 03:00 م"]],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضا", "ارتفاع أعداد السائحين الوافدين إلى مصر خلال يناير"]},
        tail=[["تابعوا اليوم السابع على تليجرام"],
              ["أضف تعليق"],
              ["جميع الحقوق محفوظة © 2025 اليوم السابع"]],
        paras=P("""
بدأ تشغيل حافلات كهربائية جديدة لنقل الزائرين داخل منطقة أهرامات الجيزة، في إطار خطة تطوير المنطقة
الأثرية وتقليل الزحام والتلوث.

وتعمل الحافلات على مسار يربط مركز الزوار الجديد بهضبة الأهرامات وتمثال أبو الهول، مع عدة نقاط توقف
على طول الطريق.

ويبلغ عدد الحافلات في المرحلة الأولى 20 حافلة، تتسع كل منها لنحو 30 راكبًا.

وقال مصدر بالمنطقة الأثرية إن تذكرة الحافلة منفصلة عن تذكرة دخول المنطقة، ويمكن شراؤها إلكترونيًا أو من
مركز الزوار.

وأضاف أن السيارات الخاصة وحافلات الشركات السياحية لن يسمح لها بالدخول إلى الهضبة، وستتوقف في
ساحة انتظار مخصصة.

وأكد أن الخطة تهدف إلى حماية الآثار من عوادم السيارات وتوفير تجربة أفضل للزائرين.

ويستقبل موقع الأهرامات ملايين الزائرين سنويًا من داخل مصر وخارجها.

وأشار المصدر إلى أن عدد الحافلات سيزيد تدريجيًا حسب الإقبال خلال الأشهر المقبلة.

كما جرى تدريب السائقين على التعامل مع الزائرين الأجانب وتقديم معلومات أساسية عن المنطقة.

ومن المنتظر أن ترتبط المنطقة بالمتحف المصري الكبير عبر ممر مخصص للمشاة والحافلات.
"""),
        must_have=[
            "ويبلغ عدد الحافلات في المرحلة الأولى 20 حافلة، تتسع كل منها لنحو 30 راكبًا.",
            "ويستقبل موقع الأهرامات ملايين الزائرين سنويًا من داخل مصر وخارجها.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_WSJ = site("Wisconsin State Journal", "https://madison.example.com", "", "en_US", "@WSJnews",
                ["News", "Sports", "Opinion", "Obituaries", "Business", "Entertainment", "e-Edition", "Classifieds"],
                ["\u00a9 Copyright 2025 Wisconsin State Journal, 1901 Fish Hatchery Road Madison, WI | Terms of Use | Privacy Policy",
                 "Contact Us", "Submit News", "Manage Subscription", "Advertise"],
                share=["Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save"],
                top=["Subscribe", "Log In"])
SITE_WAZ = site("WAZ", "https://www.waz.example.de", " | WAZ", "de_DE", "@WAZ_Redaktion",
                ["Startseite", "Ruhrgebiet", "Politik", "Wirtschaft", "Sport", "Panorama", "Reise", "Ratgeber", "WAZ+"],
                ["\u00a9 WAZ 2025 \u2013 Alle Rechte vorbehalten.", "Impressum", "Datenschutz", "Kontakt", "Cookie-Einstellungen"],
                share=["Artikel teilen", "Facebook", "X", "WhatsApp", "E-Mail"], top=["Abo", "Anmelden"],
                cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren und die Zugriffe auf unsere Website zu analysieren.",
                cookie_title="Wir brauchen Ihre Zustimmung",
                buttons=["Alle akzeptieren", "Ablehnen", "Einstellungen oder Ablehnen"])
SITE_TVP = site("TVP Info", "https://www.tvp.example.info", " | TVP Info", "pl_PL", "@tvp_info",
                ["Polska", "Świat", "Biznes", "Społeczeństwo", "Kultura", "Sport", "Pogoda", "Na żywo"],
                ["\u00a9 Telewizja Polska S.A. 2024", "Regulamin", "Polityka prywatności", "Kontakt", "Ustawienia cookies"],
                share=["Udostępnij", "Facebook", "X", "Kopiuj link"],
                cookie="Telewizja Polska S.A. oraz jej zaufani partnerzy przetwarzają dane osobowe, w tym zapisane w plikach cookies, w celach analitycznych i marketingowych.",
                cookie_title="Szanujemy Twoją prywatność",
                buttons=["Akceptuję", "Ustawienia"])
SITE_ODIA = site("O Dia", "https://odia.example.com.br", " | Rio de Janeiro | O Dia", "pt_BR", "@jornalodia",
                 ["Rio de Janeiro", "Brasil", "Mundo", "Esporte", "Diversão", "Economia", "Colunas", "Baixada", "Niterói"],
                 ["\u00a9 Copyright 2025 O Dia. Todos os direitos reservados.", "Fale Conosco", "Anuncie", "Termos de Uso"],
                 share=["Compartilhe", "Facebook", "X", "WhatsApp", "Telegram"])
SITE_PLT = site("Port Lincoln Times", "https://www.portlincolntimes.example.com.au", "", "en_AU", "@PLTimes",
                ["Local News", "Sport", "Comment", "Property", "Newsletters", "Notices", "Puzzles", "Today's Paper"],
                ["\u00a9 Copyright 2025 Australian Community Media", "Our Sites", "Terms of Use", "Privacy Policy", "Conditions of Use"],
                share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Subscribe", "Login"])
SITE_ROYA = site("رؤيا الإخباري", "https://www.royanews.example.tv", " | رؤيا الإخباري", "ar_JO", "@RoyaNews",
                 ["الرئيسية", "محليات", "عربي دولي", "اقتصاد", "رياضة", "فيديو", "بث مباشر"],
                 ["جميع الحقوق محفوظة لرؤيا الإخباري \u00a9 2025", "من نحن", "اتصل بنا", "سياسة الخصوصية"],
                 share=["فيسبوك", "إكس", "واتساب", "نسخ الرابط"])
SITE_TPO = site("Báo Tiền Phong", "https://tienphong.example.vn", " | Báo điện tử Tiền Phong", "vi_VN", "@baotienphong",
                ["Thời sự", "Thế giới", "Kinh tế", "Giới trẻ", "Pháp luật", "Thể thao", "Giải trí", "Giáo dục", "Sức khỏe"],
                ["\u00a9 Báo Tiền Phong - Cơ quan Trung ương Đoàn TNCS Hồ Chí Minh", "Giấy phép số 76/GP-BTTTT", "Liên hệ quảng cáo", "Điều khoản sử dụng"],
                share=["Chia sẻ", "Facebook", "Zalo", "Sao chép liên kết"])
SITE_RCN = site("RCN Radio", "https://www.rcnradio.example.com", " | RCN Radio", "es_CO", "@rcnradio",
                ["Colombia", "Bogotá", "Política", "Judicial", "Economía", "Internacional", "Deportes", "Entretenimiento", "En vivo"],
                ["\u00a9 2025 RCN Radio. Todos los derechos reservados.", "Términos y condiciones", "Política de privacidad", "Contacto"],
                share=["Compartir", "Facebook", "X", "WhatsApp"])
SITE_NNB = site("Nanaimo News Bulletin", "https://www.nanaimobulletin.example.com", "", "en_CA", "@NanaimoBulletin",
                ["News", "Local News", "Sports", "Opinion", "Obituaries", "Marketplace", "e-Edition", "Contests"],
                ["\u00a9 2025 Black Press Media", "About Us", "Contact Us", "Privacy Policy", "Terms & Conditions"],
                share=["Share on Facebook", "Share on X", "Share via Email"], top=["Subscribe", "Sign In"])
SITE_TF1 = site("TF1 INFO", "https://www.tf1info.example.fr", " | TF1 INFO", "fr_FR", "@TF1Info",
                ["Info", "Politique", "Économie", "International", "Société", "Météo", "Vidéos", "Direct"],
                ["\u00a9 2025 TF1 INFO", "Mentions légales", "Gérer mes cookies", "Conditions générales d'utilisation"],
                share=["Partager", "Facebook", "X", "WhatsApp", "Copier le lien"])

HTML_STORIES = [
    # Wisconsin State Journal (original of the AP cluster), Lee Enterprises BLOX layout.
    dict(SUVA, role="original", file="wisconsinstatejournal_ap_suva_plastic_bottles.html", render="html",
         site=SITE_WSJ, section="World", meta_section="World",
         url="https://madison.example.com/news/world/fiji-to-ban-single-use-plastic-bottles/article_7c21e0a4-f8b2-11ef-9d3a-7f1e5c0b2a11.html",
         published="2025-03-04T01:12:00-06:00", modified="2025-03-04T04:30:00-06:00",
         ld_author=[{"@type": "Person", "name": "SALOTE VAKA Associated Press"}],
         byline_lines=["SALOTE VAKA Associated Press"],
         date_lines=["Mar 4, 2025", "Updated 2 hrs ago"],
         caption="People shop for drinks at a market in Suva, Fiji, on March 3, 2025.", credit="AP Photo/Aliti Naivalu",
         credit_shown="(AP Photo/Aliti Naivalu)",
         inserts={2: [("ad", "Advertisement")]},
         end_lines=[SUVA_CONTRIB, AP_COPY],
         tags=("Tags", ["Fiji", "Plastics", "Environment", "Pacific"]),
         lists=[("Most Popular", ["Madison schools weigh later start times", "Badgers land transfer guard from Iowa State"])],
         newsletter_end=["Get local news delivered to your inbox!", "Sign up!"]),
    # WAZ (gzipped page, German): original of the dpa cluster, dpa correspondent byline.
    dict(CPT, role="original", file="waz_dpa_kapstadt_pinguine_de.html.gz", render="html",
         site=SITE_WAZ, section="Panorama", meta_section="Panorama",
         url="https://www.waz.example.de/panorama/article407712345/pinguinkolonie-bei-kapstadt-schrumpft-weiter.html",
         published="2025-01-14T11:45:00+01:00",
         ld_author=[{"@type": "Person", "name": "Jana Beckmann"}, {"@type": "Organization", "name": "dpa"}],
         breadcrumbs=["Startseite", "Panorama"],
         byline_lines=["Jana Beckmann, dpa"], date_lines=["14.01.2025, 11:45 Uhr"],
         above_body=[("reading", "Lesedauer: 2 Min")],
         caption="Brillenpinguine am Boulders Beach in Simon's Town bei Kapstadt.",
         credit="picture alliance / dpa | Sipho Mabaso", credit_shown="\u00a9 picture alliance / dpa | Sipho Mabaso",
         inserts={3: [("ad", "Anzeige")], 5: [("link", "Auch interessant:", "Namibia: Wüstenelefanten wandern immer weiter nach Süden")]},
         lists=[("Meistgelesen", ["A40 bei Essen: Vollsperrung am Wochenende", "Kirmes in Herne: Das ist neu auf Cranger Kirmes"])]),
    # TVP Info (Poland, Polish): PAP copy, 'Źródło: PAP' line.
    rec(cluster="tvpinfo-pap-krakow-strefa-czystego-transportu", role="single", file="tvpinfo_pap_krakow_sct_pl.html", render="html",
        site=SITE_TVP, title="Kraków odracza strefę czystego transportu. Nowy termin to lipiec 2026",
        date="2024-10-08", country="PL", region="europe", lang="pl", agency="PAP",
        section="Polska", meta_section="Polska",
        url="https://www.tvp.example.info/82345678/krakow-odracza-strefe-czystego-transportu-nowy-termin-to-lipiec-2026",
        description="Radni zdecydowali o przesunięciu terminu i złagodzeniu przepisów.",
        published="2024-10-08T13:42:00+02:00",
        ld_author=[{"@type": "Organization", "name": "PAP"}],
        byline_lines=["PAP"], date_lines=["08.10.2024 13:42"],
        inserts={2: [("ad", "Reklama")],
                 5: [("link", "Czytaj także:", "Warszawa. Nowe zasady w strefie płatnego parkowania")]},
        below_body=[("source", "Źródło: PAP")],
        tags=("Tagi", ["Kraków", "strefa czystego transportu", "smog"]),
        lists=[("Najważniejsze", ["Synoptycy ostrzegają przed przymrozkami w weekend", "Sejm przyjął ustawę o ochronie ludności"])],
        paras=P("""
Rada Miasta Krakowa zdecydowała we wtorek o przesunięciu wejścia w życie strefy czystego transportu na
lipiec 2026 roku. Strefa miała zacząć obowiązywać już w przyszłym roku.

Radni przyjęli też poprawki, które łagodzą przepisy dla mieszkańców miasta.

Zgodnie z nowymi zasadami kierowcy zameldowani w Krakowie, którzy płacą tu podatki, będą mogli wjeżdżać
do strefy starszymi samochodami do 2030 roku.

Dla pozostałych kierowców obowiązywać będą normy emisji spalin, zależne od rodzaju paliwa i rocznika
auta.

Przeciwnicy strefy zebrali w ostatnich miesiącach kilkanaście tysięcy podpisów pod wnioskiem o jej
likwidację.

Zastępca prezydenta miasta Tomasz Wierzbicki przekonywał podczas sesji, że strefa jest potrzebna, bo
Kraków wciąż zmaga się z zanieczyszczeniem powietrza.

Za uchwałą głosowało 27 radnych, przeciw było 14.

Miasto zapowiedziało kampanię informacyjną i uruchomienie internetowej wyszukiwarki, w której
kierowcy sprawdzą, czy ich samochód spełnia wymagania.

Podobne strefy planują również inne duże miasta w Polsce.

Strefa czystego transportu działa już w Warszawie, gdzie pierwsze ograniczenia dla najstarszych samochodów weszły w życie w tym roku.
"""),
        must_have=[
            "Radni przyjęli też poprawki, które łagodzą przepisy dla mieszkańców miasta.",
            "Za uchwałą głosowało 27 radnych, przeciw było 14.",
        ]),
    # O Dia (Rio de Janeiro, Portuguese): staff, 'Agência O Dia' photo credit.
    rec(cluster="odia-rio-ciclovia-avenida-brasil", role="single", file="odia_rio_ciclovia_avenida_brasil_pt.html", render="html",
        site=SITE_ODIA, title="Prefeitura do Rio vai ampliar ciclovia na Avenida Brasil até Deodoro",
        date="2025-06-17", country="BR", region="americas", lang="pt", authors=["Rafael Nogueira"],
        section="Rio de Janeiro", meta_section="Rio de Janeiro",
        url="https://odia.example.com.br/rio-de-janeiro/2025/06/7012345-prefeitura-do-rio-vai-ampliar-ciclovia-na-avenida-brasil-ate-deodoro.html",
        description="Obra deve custar R$ 38 milhões e ficar pronta em um ano.",
        published="2025-06-17T18:40:00-03:00", modified="2025-06-17T19:02:00-03:00",
        byline_lines=["Rafael Nogueira"],
        date_lines=["Publicado 17/06/2025 18:40", "Atualizado 17/06/2025 19:02"],
        caption="Ciclovia no trecho da Avenida Brasil na Zona Norte do Rio", credit="Reginaldo Pimenta / Agência O Dia",
        inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia mais:", "Linha do BRT Transbrasil ganha nova estação em Guadalupe")]},
        below_body=[("follow", "Siga o DIA no Google Notícias")],
        tags=("Tags", ["ciclovia", "Avenida Brasil", "Zona Norte"]),
        lists=[("Mais lidas", ["Previsão do tempo: frente fria chega ao Rio nesta quarta", "Flamengo divulga relacionados para a Libertadores"])],
        paras=P("""
A Prefeitura do Rio anunciou nesta terça-feira que vai ampliar a ciclovia da Avenida Brasil até o bairro
de Deodoro, na Zona Norte da cidade. O novo trecho terá cerca de nove quilômetros.

A obra deve custar R$ 38 milhões e tem previsão de ficar pronta em até um ano, segundo a Secretaria
Municipal de Infraestrutura.

A ciclovia vai acompanhar o corredor do BRT Transbrasil e terá ligação com seis estações, onde serão
instalados bicicletários.

De acordo com a prefeitura, cerca de 12 mil pessoas usam a bicicleta todos os dias para trabalhar nos
bairros ao longo da avenida.

"Quem mora na Zona Norte e pedala precisa de um caminho seguro, longe dos caminhões", disse o secretário
de Infraestrutura, Paulo Cezar Antunes.

O projeto também prevê iluminação em LED e novas travessias sinalizadas para pedestres e ciclistas.

Ciclistas ouvidos pela reportagem elogiaram a iniciativa, mas cobraram mais fiscalização contra motos
que invadem a faixa exclusiva.

A licitação da obra deve ser publicada no próximo mês.
"""),
        must_have=[
            "A obra deve custar R$ 38 milhões e tem previsão de ficar pronta em até um ano, segundo a Secretaria Municipal de Infraestrutura.",
            "O projeto também prevê iluminação em LED e novas travessias sinalizadas para pedestres e ciclistas.",
        ]),
    # Port Lincoln Times (South Australia): staff, ACM layout.
    rec(cluster="portlincolntimes-foreshore-upgrade", role="single", file="portlincolntimes_foreshore_upgrade.html", render="html",
        site=SITE_PLT, title="Foreshore upgrade to bring new playground and shade to Port Lincoln",
        date="2025-06-03", country="AU", region="oceania", lang="en", authors=["Lydia Fennell"],
        section="News", meta_section="News",
        url="https://www.portlincolntimes.example.com.au/story/8951234/foreshore-upgrade-to-bring-new-playground-and-shade/",
        description="Work on the $6.5 million project will start after the summer holidays.",
        published="2025-06-03T16:30:00+09:30", free=False,
        ld_author=[{"@type": "Person", "name": "Lydia Fennell"}],
        byline_lines=["Lydia Fennell"], date_lines=["June 3 2025 - 4:30pm"],
        caption="The Port Lincoln foreshore will be upgraded next year.", credit="Lydia Fennell",
        credit_shown="Picture by Lydia Fennell",
        inserts={2: [("ad", "Advertisement")]},
        below_body=[("paywall", "Subscribe now for unlimited access."), ("paywall", "Already a subscriber? Login")],
        newsletter_end=["Sign up for our newsletter to stay up to date."],
        lists=[("Latest News", ["Tuna season wraps up with strong prices", "Boston Bay swim draws record entries"])],
        paras=P("""
Port Lincoln's foreshore will get a new playground, more shade and a longer boardwalk under a 6.5 million
dollar upgrade approved by the City of Port Lincoln.

The council will pay about half of the cost, with the rest coming from state and federal grants.

Mayor Shauna Treloar said the foreshore was the heart of the city and was used by families, tourists and
fishing crews alike.

"We have heard loud and clear that people want more shade and better facilities for children," she said.

The plans include a water play area, new public toilets, barbecue shelters and about 80 new trees along
Tasman Terrace.

The boardwalk will be extended by about 300 metres towards the marina.

Work will start after the summer holidays so that the foreshore can be used during the busiest season.

Some business owners on Tasman Terrace have asked the council to keep parking available while the work
is under way.

The council expects the upgrade to be finished by the end of 2026.
"""),
        must_have=[
            "The council will pay about half of the cost, with the rest coming from state and federal grants.",
            "The boardwalk will be extended by about 300 metres towards the marina.",
        ]),
    # Roya News (Jordan, Arabic): Petra copy, 'عمان 5 أيار (بترا)- ' dateline.
    rec(cluster="roya-petra-amman-brt-line", role="single", file="royanews_petra_amman_brt_ar.html", render="html",
        site=SITE_ROYA, title="أمانة عمان: تشغيل خط جديد للباص سريع التردد الشهر المقبل",
        date="2025-05-05", dateline="عمان 5 أيار (بترا)- ", city="Amman", country="JO", region="asia", lang="ar",
        agency="Petra", section="محليات", meta_section="محليات",
        url="https://www.royanews.example.tv/news/412345",
        description="الخط الجديد يربط وسط البلد بمنطقة طبربور.",
        published="2025-05-05T14:20:00+03:00",
        ld_author=[{"@type": "Organization", "name": "رؤيا الإخباري"}],
        byline_lines=["رؤيا - بترا"], date_lines=["2025-05-05 14:20"],
        inserts={3: [("ad", "إعلان")]},
        tags=("الكلمات الدالة", ["أمانة عمان", "الباص السريع", "النقل العام"]),
        newsletter_end=["حمل تطبيق رؤيا الإخباري"],
        lists=[("الأكثر قراءة", ["الأرصاد: أجواء حارة نسبيا في أغلب المناطق", "الحكومة تقرر تثبيت أسعار المحروقات"])],
        paras=P("""
أعلنت أمانة عمان الكبرى، اليوم الاثنين، أنها ستبدأ الشهر المقبل تشغيل خط جديد لمشروع الباص سريع التردد،
يربط منطقة وسط البلد بمنطقة طبربور.

وقال مدير دائرة النقل العام في الأمانة المهندس سامر الخطيب، إن الخط الجديد يبلغ طوله نحو 8 كيلومترات،
ويضم 12 محطة.

وأضاف أن الأمانة أنهت جميع الأعمال الإنشائية على المسار، وتجري حاليا التجارب التشغيلية للحافلات.

وأشار إلى أن الخط سيخدم نحو 40 ألف راكب يوميا، وسيعمل من الساعة السادسة صباحا حتى منتصف الليل.

وبين الخطيب أن أجرة الركوب ستبقى كما هي على الخطوط الحالية، ويمكن الدفع ببطاقات الدفع الإلكتروني.

ولفت إلى أن الأمانة ستوفر مواقف للسيارات قرب المحطة الأخيرة لتشجيع المواطنين على استخدام النقل العام.

وكانت الأمانة قد شغلت خطين للباص سريع التردد خلال السنوات الماضية، شهدا إقبالا متزايدا من المواطنين.

وتخطط الأمانة لربط المشروع بخطوط الحافلات المغذية في الأحياء المجاورة خلال الفترة المقبلة.

ودعت الأمانة المواطنين إلى الالتزام بتعليمات السير قرب المسار الجديد خلال فترة التشغيل التجريبي، حفاظا على سلامتهم وسلامة الركاب.
"""),
        must_have=[
            "وأضاف أن الأمانة أنهت جميع الأعمال الإنشائية على المسار، وتجري حاليا التجارب التشغيلية للحافلات.",
            "وأشار إلى أن الخط سيخدم نحو 40 ألف راكب يوميا، وسيعمل من الساعة السادسة صباحا حتى منتصف الليل.",
        ]),
    # Tiền Phong (Vietnam, Vietnamese): staff, reporter's name at the foot.
    rec(cluster="tienphong-danang-bai-bien-xanh", role="single", file="tienphong_danang_bai_bien_vi.html", render="html",
        site=SITE_TPO, title="Đà Nẵng cấm hút thuốc lá trên các bãi biển từ tháng 6",
        date="2024-11-22", country="VN", region="asia", lang="vi", authors=["Nguyễn Thành"],
        section="Xã hội", meta_section="Xã hội",
        url="https://tienphong.example.vn/da-nang-cam-hut-thuoc-la-tren-cac-bai-bien-tu-thang-6-post1694321.tpo",
        description="Người vi phạm có thể bị phạt tiền theo quy định.",
        published="2024-11-22T15:47:00+07:00",
        byline_lines=["Nguyễn Thành"], date_lines=["Thứ Sáu, 22/11/2024 15:47 (GMT+7)"],
        caption="Du khách tắm biển tại bãi biển Mỹ Khê, Đà Nẵng.", credit="Nguyễn Thành",
        credit_shown="Ảnh: Nguyễn Thành",
        inserts={3: [("link", "Xem thêm:", "Đà Nẵng đón hơn 1 triệu lượt khách quốc tế trong quý 3")]},
        end_lines=["Nguyễn Thành"],
        tags=("#", ["Đà Nẵng", "bãi biển", "thuốc lá"]),
        lists=[("Đọc nhiều", ["Giá xăng dầu hôm nay giảm nhẹ", "Miền Trung chuẩn bị đón đợt mưa lớn"])],
        paras=P("""
UBND thành phố Đà Nẵng vừa ban hành quyết định cấm hút thuốc lá tại các bãi biển công cộng trên địa bàn,
áp dụng từ ngày 1/6 năm sau.

Theo quyết định, lệnh cấm áp dụng trên toàn bộ các bãi tắm từ Nguyễn Tất Thành đến Non Nước, bao gồm cả
bãi biển Mỹ Khê nổi tiếng.

Thành phố sẽ bố trí khu vực hút thuốc riêng cách bãi cát ít nhất 50 mét, có biển báo và thùng rác.

Người vi phạm có thể bị phạt tiền theo quy định hiện hành về phòng chống tác hại của thuốc lá.

Ông Lê Văn Hòa, Phó Giám đốc Sở Du lịch Đà Nẵng, cho biết mỗi sáng lực lượng vệ sinh thu gom hàng nghìn
đầu lọc thuốc lá trên bãi biển.

Theo ông Hòa, việc cấm hút thuốc không chỉ giúp bãi biển sạch hơn mà còn góp phần xây dựng hình ảnh
thành phố du lịch thân thiện với môi trường.

Trong thời gian tới, thành phố sẽ tuyên truyền rộng rãi đến người dân, du khách và các cơ sở kinh doanh
ven biển.

Các nhà hàng, quán cà phê trên bãi biển cũng phải treo biển cấm hút thuốc và nhắc nhở khách hàng.
"""),
        must_have=[
            "Thành phố sẽ bố trí khu vực hút thuốc riêng cách bãi cát ít nhất 50 mét, có biển báo và thùng rác.",
            "Trong thời gian tới, thành phố sẽ tuyên truyền rộng rãi đến người dân, du khách và các cơ sở kinh doanh ven biển.",
        ]),
    # RCN Radio (Colombia, Spanish): EFE copy, 'Bogotá, 12 feb (EFE).- ' dateline.
    rec(cluster="rcnradio-efe-bogota-cable-aereo", role="single", file="rcnradio_efe_bogota_cable_aereo_es.html", render="html",
        site=SITE_RCN, title="Bogotá abrirá en junio su segundo cable aéreo en el sur de la ciudad",
        date="2025-02-12", dateline="Bogotá, 12 feb (EFE).- ", city="Bogotá", country="CO", region="americas",
        lang="es", agency="EFE", section="Bogotá", meta_section="Bogotá",
        url="https://www.rcnradio.example.com/bogota/bogota-abrira-en-junio-su-segundo-cable-aereo-en-el-sur-de-la-ciudad",
        description="El sistema transportará a unas 4.000 personas por hora en San Cristóbal.",
        published="2025-02-12T16:35:00-05:00",
        ld_author=[{"@type": "Organization", "name": "Agencia EFE"}],
        byline_lines=["Agencia EFE"], date_lines=["febrero 12 de 2025 - 4:35 p. m."],
        caption="Obras del cable aéreo en la localidad de San Cristóbal, en Bogotá.", credit="EFE/Carlos Ortega",
        credit_shown="Foto: EFE/Carlos Ortega",
        inserts={2: [("ad", "Publicidad")], 4: [("link", "Lea también:", "Metro de Bogotá: así avanzan las obras del viaducto")]},
        below_body=[("follow", "Siga a RCN Radio en Google News")],
        tags=("Temas relacionados", ["Bogotá", "Transmicable", "Movilidad"]),
        lists=[("Lo más leído", ["Pico y placa en Bogotá para este jueves", "Clima en Colombia: lluvias en la región Andina"])],
        paras=P("""
Bogotá inaugurará en junio su segundo cable aéreo, que conectará a los barrios altos de la localidad de San
Cristóbal con el sistema de transporte masivo, anunció este miércoles la Alcaldía.

El nuevo sistema tiene una longitud de 2,8 kilómetros y cuatro estaciones, y podrá transportar a unas 4.000
personas por hora en cada sentido.

Según la Alcaldía, el trayecto que hoy toma hasta una hora en bus se reducirá a unos 13 minutos.

La obra, que costó cerca de 450.000 millones de pesos (unos 109 millones de dólares), beneficiará a más de
300.000 habitantes del sur de la capital colombiana.

"Estos barrios han esperado décadas por un transporte digno", dijo el secretario de Movilidad, Andrés
Felipe Vargas, durante una visita a las obras.

El primer cable aéreo de la ciudad, en la localidad de Ciudad Bolívar, comenzó a operar en 2018 y moviliza
a decenas de miles de pasajeros al día.

Las estaciones del nuevo sistema incluirán bibliotecas, espacios culturales y puntos de atención a la
comunidad.

La Alcaldía aseguró que la tarifa será la misma que la del resto del sistema de transporte público.
"""),
        must_have=[
            "Según la Alcaldía, el trayecto que hoy toma hasta una hora en bus se reducirá a unos 13 minutos.",
            "Las estaciones del nuevo sistema incluirán bibliotecas, espacios culturales y puntos de atención a la comunidad.",
        ]),
    # Nanaimo News Bulletin (British Columbia): staff, Black Press layout.
    rec(cluster="nanaimobulletin-transit-exchange", role="single", file="nanaimobulletin_transit_exchange.html", render="html",
        site=SITE_NNB, title="Nanaimo council approves downtown transit exchange design",
        date="2025-01-21", country="CA", region="americas", lang="en", authors=["Karla Dunning"],
        section="Local News", meta_section="Local News",
        url="https://www.nanaimobulletin.example.com/local-news/nanaimo-council-approves-downtown-transit-exchange-design-7781234",
        description="The new exchange on Terminal Avenue will have 12 bus bays.",
        published="2025-01-21T16:30:00-08:00", modified="2025-01-22T09:10:00-08:00",
        byline_lines=["Karla Dunning"], date_lines=["Jan. 21, 2025 4:30 p.m.", "Updated Jan. 22, 2025 9:10 a.m."],
        caption="An artist's rendering of the planned downtown transit exchange on Terminal Avenue.",
        credit="City of Nanaimo", credit_shown="(City of Nanaimo image)",
        inserts={3: [("ad", "Advertisement")]},
        end_lines=["karla.dunning@blackpress.ca", "Like us on Facebook and follow us on X."],
        comments=["Comments are closed", "Join the conversation on our Facebook page."],
        lists=[("Most Read", ["Nanaimo RCMP seek witnesses to Bowen Road collision", "Clippers win in overtime against Cowichan"])],
        paras=P("""
Nanaimo city council has approved the design of a new downtown transit exchange, moving the project a step
closer to construction.

The exchange will be built on Terminal Avenue near the Port of Nanaimo Centre and will have 12 bus bays,
a heated waiting area and public washrooms.

The project is estimated to cost 24 million dollars, with most of the money coming from the federal and
provincial governments.

Coun. Hilary Brandt said the current exchange on Front Street had outgrown its space and was not a
welcoming place for riders.

"People waiting for the bus deserve a safe, dry place to stand," Brandt said at Monday's meeting.

Some councillors raised concerns about traffic on Terminal Avenue, which is already one of the busiest
roads in the city.

Staff said the design includes a dedicated bus lane and new traffic signals to keep cars and buses moving.

Construction is expected to begin next year, with the exchange opening in 2028.

BC Transit said ridership in the Nanaimo region rose by about 12 per cent last year.
"""),
        must_have=[
            "The project is estimated to cost 24 million dollars, with most of the money coming from the federal and provincial governments.",
            "Staff said the design includes a dedicated bus lane and new traffic signals to keep cars and buses moving.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Orda.kz (Kazakhstan, Russian): staff.
    rec(cluster="orda-almaty-metro-kalkaman", role="single", file="newsplease_orda_almaty_metro_ru.json",
        render="newsplease", title="Метро Алматы дойдёт до Калкамана к 2027 году",
        date="2025-03-14", country="KZ", region="asia", lang="ru", authors=["Ерлан Жумабаев"],
        url="https://orda.example.kz/metro-almaty-dojdet-do-kalkamana-k-2027-godu-384512/",
        source_domain="orda.example.kz",
        description="Новый участок протяжённостью 4,5 километра получит три станции.",
        np_authors=["Ерлан Жумабаев"], np_publish="2025-03-14 16:20:00", np_download="2025-03-14 18:47:03",
        head_lines=["Ерлан Жумабаев", "14 марта 2025, 16:20", "Время чтения: 2 минуты"],
        inserts={3: ["Реклама"]},
        tail_lines=["Подписывайтесь на Orda.kz в Telegram", "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "Читайте также"],
        paras=P("""
Строительство нового участка метро в Алматы до микрорайона Калкаман планируют завершить к концу 2027 года.
Об этом сообщили в акимате города.

Протяжённость участка составит около 4,5 километра, на нём появятся три новые станции.

По данным акимата, стоимость работ оценивается примерно в 190 миллиардов тенге, основная часть средств
будет выделена из республиканского бюджета.

Сейчас в Алматы действует одна линия метро с 11 станциями, которой ежедневно пользуются около 60 тысяч
пассажиров.

Заместитель акима города Даурен Сапаров заявил, что продление линии позволит разгрузить проспект Абая и
улицу Толе би, где в часы пик образуются многокилометровые пробки.

«Жители западных микрорайонов смогут добираться до центра за 20 минут», — сказал он.

Эксперты отмечают, что прежние сроки строительства метро неоднократно переносились из-за нехватки
финансирования.

Горожане в социальных сетях встретили новость с осторожным оптимизмом.

В акимате пообещали, что на время строительства движение транспорта на прилегающих улицах будет перекрываться только частично. Подрядчик уже начал подготовительные работы на месте будущих станций.
"""),
        must_have=[
            "Протяжённость участка составит около 4,5 километра, на нём появятся три новые станции.",
            "Эксперты отмечают, что прежние сроки строительства метро неоднократно переносились из-за нехватки финансирования.",
        ]),
    # news-please, Nairametrics (Nigeria): staff.
    rec(cluster="nairametrics-lagos-cng-buses", role="single", file="newsplease_nairametrics_lagos_cng_buses.json",
        render="newsplease", title="Lagos to deploy 500 CNG-powered buses by end of 2025",
        date="2024-07-22", country="NG", region="africa", lang="en", authors=["Chinedu Okafor"],
        url="https://nairametrics.example.com/2024/07/22/lagos-to-deploy-500-cng-powered-buses-by-end-of-2025/",
        source_domain="nairametrics.example.com",
        description="The state government says the buses will cut transport costs for commuters.",
        np_authors=["Chinedu Okafor"], np_publish="2024-07-22 09:15:00", np_download="2024-07-22 13:02:44",
        head_lines=["Chinedu Okafor", "July 22, 2024", "Key highlights"],
        tail_lines=["Follow us for Breaking News and Market Intelligence.", "Related", "Share this:"],
        paras=P("""
The Lagos State Government has announced plans to deploy 500 buses powered by compressed natural gas (CNG)
on its public transport routes by the end of 2025.

The state's Commissioner for Transportation, Olumide Bakare, disclosed this during a briefing in Alausa,
Ikeja, on Monday.

He said the first batch of 100 buses would arrive in the fourth quarter of this year and would operate on
the Ikorodu and Oshodi corridors.

According to Bakare, CNG buses cost about 40% less to run than diesel buses, savings that would be passed
on to commuters through lower fares.

The state also plans to build four CNG refuelling stations along major routes in partnership with private
investors.

The move comes as transport fares in Lagos have risen sharply following the removal of the petrol subsidy
last year.

Operators of commercial buses have been offered conversion kits at subsidised rates under the federal
government's CNG initiative.

Bakare said the state would also train mechanics to maintain the new buses.

Lagos, with a population of more than 20 million people, has one of the most congested road networks in
Africa.
"""),
        must_have=[
            "The state also plans to build four CNG refuelling stations along major routes in partnership with private investors.",
            "Bakare said the state would also train mechanics to maintain the new buses.",
        ]),
    # news-please, The New Region (Iraq, Kurdistan Region): staff, 'ERBIL, Kurdistan Region – ' dateline.
    rec(cluster="newregion-erbil-water-pipeline", role="single", file="newsplease_newregion_erbil_water.json",
        render="newsplease", title="Erbil to get new water pipeline from Greater Zab river",
        date="2025-02-10", dateline="ERBIL, Kurdistan Region \u2013 ", city="Erbil", country="IQ", region="asia",
        lang="en",
        url="https://thenewregion.example.com/posts/10452",
        source_domain="thenewregion.example.com",
        description="The project is expected to supply water to around 400,000 residents.",
        np_authors=["The New Region"], np_publish="2025-02-10 12:40:00", np_download="2025-02-10 15:21:10",
        head_lines=["The New Region", "10-02-2025 12:40"],
        tail_lines=["Follow The New Region on X and Telegram", "Related articles"],
        paras=P("""
The Kurdistan Regional Government has signed a contract to build a new water pipeline that will carry
drinking water from the Greater Zab river to Erbil, officials said on Monday.

The pipeline will be about 40 kilometres long and is expected to supply water to around 400,000 residents
in the eastern and southern parts of the city.

Many neighbourhoods in Erbil rely on groundwater wells, which have been drying up as the water table falls
by several metres each year.

The director of Erbil's water directorate, Hawre Mustafa, said the project would reduce the number of wells
in use and help protect the city's aquifer.

"This is one of the most important projects for the future of Erbil," Mustafa said.

The cost of the project was put at 210 million dollars, and construction is expected to take two years.

Residents in some districts have complained of water cuts lasting several days during the summer.

The government has also begun a campaign urging people to reduce water use at home.
"""),
        must_have=[
            "Many neighbourhoods in Erbil rely on groundwater wells, which have been drying up as the water table falls by several metres each year.",
            "The cost of the project was put at 210 million dollars, and construction is expected to take two years.",
        ]),
    # trafilatura, SVT Nyheter (Sweden, Swedish): TT copy.
    rec(cluster="svt-tt-stockholm-trangselskatt", role="single", file="trafilatura_svt_tt_trangselskatt_sv.json",
        render="trafilatura", title="Trängselskatten i Stockholm höjs i sommar",
        date="2025-04-03", country="SE", region="europe", lang="sv", agency="TT", section="Inrikes",
        url="https://www.svt.example.se/nyheter/inrikes/trangselskatten-i-stockholm-hojs-i-sommar",
        hostname="svt.example.se", source_hostname="SVT Nyheter",
        description="Den högsta avgiften blir 60 kronor per passage.",
        tf_author="TT", tf_date="2025-04-03", tf_language="sv", categories="Inrikes;Stockholm",
        head_lines=["TT", "Publicerad 3 april 2025 kl 09.14", "Uppdaterad 3 april 2025 kl 10.02"],
        tail_lines=["Dela", "Kopiera länk", "Mer om ämnet"],
        paras=P("""
Trängselskatten i Stockholm höjs från den 1 juli. Den högsta avgiften vid rusningstid blir 60 kronor per
passage, meddelar Transportstyrelsen.

I dag är den högsta avgiften 45 kronor.

Höjningen gäller både i innerstaden och på Essingeleden, och maxbeloppet per dag och fordon höjs samtidigt
till 165 kronor.

Enligt regeringen ska de ökade intäkterna användas till att finansiera utbyggnaden av tunnelbanan.

Trafikforskaren Lena Holmqvist tror att höjningen kommer att minska trafiken något under rusningstid.

– Erfarenheten visar att fler väljer kollektivtrafiken när det blir dyrare att köra bil, säger hon.

Trängselskatten infördes permanent i Stockholm 2007 och har sedan dess höjts flera gånger.

Kritiker menar att skatten slår hårdast mot dem som bor långt från tunnelbanan och saknar alternativ till
bilen.

Även i Göteborg finns trängselskatt, men där planeras inga höjningar i år.

Transportstyrelsen räknar med att de nya avgifterna ger staten omkring en miljard kronor extra per år. Beslutet fattades av regeringen redan i höstas.
"""),
        must_have=[
            "Enligt regeringen ska de ökade intäkterna användas till att finansiera utbyggnaden av tunnelbanan.",
            "Trängselskatten infördes permanent i Stockholm 2007 och har sedan dess höjts flera gånger.",
        ]),
    # trafilatura, News is my Business (Puerto Rico, English): staff, author bio box.
    rec(cluster="newsismybusiness-san-juan-port-cruise", role="single", file="trafilatura_newsismybusiness_cruise_pier.json",
        render="trafilatura", title="Ports Authority OKs $45M overhaul of Old San Juan cruise piers",
        date="2024-08-14", country="PR", region="americas", lang="en", authors=["Lorena Ruiz"], section="Tourism",
        url="https://newsismybusiness.example.com/ports-authority-oks-45m-overhaul-of-old-san-juan-cruise-piers/",
        hostname="newsismybusiness.example.com", source_hostname="News is my Business",
        description="The project will allow the piers to handle larger cruise ships.",
        tf_author="Lorena Ruiz", tf_date="2024-08-14", tf_language="en", categories="Tourism;Government",
        head_lines=["By Lorena Ruiz", "August 14, 2024", "Share this story"],
        tail_lines=["Author Details",
                    "Lorena Ruiz covers tourism, transportation and infrastructure for News is my Business.",
                    "Subscribe to our newsletter"],
        paras=P("""
The Puerto Rico Ports Authority has approved a 45 million dollar overhaul of two cruise piers in Old San
Juan, a project officials say will allow the island to welcome larger ships.

The work includes strengthening the pier structures, new mooring equipment and a redesigned passenger
terminal with more space for security checks.

Ports Authority Executive Director Javier Colón said the piers had not been significantly upgraded in more
than 20 years.

Cruise lines have told the agency that some of their newest vessels cannot dock in San Juan because the
piers are too short, Colón said.

The island received about 1.6 million cruise passengers last fiscal year, according to agency figures.

Part of the funding will come from federal disaster recovery funds, with the rest coming from the agency's
own budget.

Business owners in Old San Juan have welcomed the plan, saying cruise passengers are a key source of
income for shops and restaurants in the historic district.

Construction is scheduled to begin in early 2025 and will be carried out in phases to avoid closing both
piers at the same time.
"""),
        must_have=[
            "The work includes strengthening the pier structures, new mooring equipment and a redesigned passenger terminal with more space for security checks.",
            "The island received about 1.6 million cruise passengers last fiscal year, according to agency figures.",
        ]),
    # trafilatura, The Roanoke Times (Virginia): staff, Lee layout.
    rec(cluster="roanoketimes-greenway-extension", role="single", file="trafilatura_roanoketimes_greenway.json",
        render="trafilatura", title="Roanoke River Greenway's final gap to close next spring",
        date="2024-10-10", country="US", region="americas", lang="en", authors=["Mason Beale"], section="News",
        url="https://roanoke.example.com/news/local/roanoke-river-greenway-final-gap/article_3b9c2f10-8650-11ef-a1c2-0f6e3d7b9a01.html",
        hostname="roanoke.example.com", source_hostname="The Roanoke Times",
        description="The last 1.7-mile section will connect Roanoke County to Explore Park.",
        tf_author="Mason Beale", tf_date="2024-10-10", tf_language="en", categories="News;Local",
        head_lines=["Mason Beale", "Oct 10, 2024"],
        tail_lines=["Mason Beale (540) 981-3100", "mason.beale@roanoke.com", "Get local news delivered to your inbox!"],
        paras=P("""
The last gap in the Roanoke River Greenway is set to close next spring, when a 1.7-mile section linking
Roanoke County to Explore Park is expected to open.

Crews are building two bridges over the river and a boardwalk along a steep bank near the Blue Ridge
Parkway, county officials said Wednesday.

The section will cost about 14 million dollars, most of it paid for by state and federal transportation
grants.

Once it opens, cyclists and walkers will be able to travel about 30 miles along the river from Salem to
Explore Park without leaving the trail.

County parks director Leah Whitcomb said the greenway had become one of the most popular attractions in the
valley.

"On a nice Saturday, you can barely find a parking space at some of the trailheads," Whitcomb said.

The project was delayed by flooding last year, which washed away part of a temporary access road.

Local outfitters say the completed greenway could bring more visitors to the region's growing outdoor
recreation economy.

A ribbon-cutting ceremony is being planned for April.
"""),
        must_have=[
            "The section will cost about 14 million dollars, most of it paid for by state and federal transportation grants.",
            "The project was delayed by flooding last year, which washed away part of a temporary access road.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

JSONL_STORIES = [
    # news-please shape: the AP story on The Press Democrat (syndicated member of the AP cluster).
    dict(SUVA, role="syndicated", file=JSONL_A, render="newsplease", date="2025-03-03",
         url="https://www.pressdemocrat.example.com/article/news/fiji-to-ban-single-use-plastic-bottles/",
         source_domain="www.pressdemocrat.example.com",
         np_authors=["Salote Vaka", "The Associated Press"], np_publish="2025-03-03 23:22:00", np_download="2025-03-04 08:10:31",
         head_lines=["SALOTE VAKA", "THE ASSOCIATED PRESS", "March 3, 2025, 11:22PM"],
         tail_lines=[SUVA_CONTRIB, AP_COPY,
                     "You can reach Staff Writer newsroom at 707-526-8585.",
                     "Subscribe to The Press Democrat"]),
    # newsbeam html shape: the AFP story on TF1info (syndicated member of the AFP cluster).
    dict(LBV, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_TF1,
         section="International", meta_section="International",
         url="https://www.tf1info.example.fr/international/gabon-libreville-soumise-a-des-delestages-apres-la-panne-d-une-centrale-2361234.html",
         published="2025-03-21T18:02:00+01:00",
         nb_published="2025-03-21T17:02:00Z", outlet="TF1 INFO", nb_authors=["TF1info"],
         ld_author=[{"@type": "Organization", "name": "TF1info avec AFP"}],
         byline_lines=["TF1info avec AFP"], date_lines=["Publié le 21 mars 2025 à 18h02"],
         above_body=[("reading", "Temps de lecture : 2 min")],
         below_body=[("source", "La rédaction de TF1info avec AFP")],
         lists=[("Sur le même sujet", ["Côte d'Ivoire : Abidjan inaugure son premier téléphérique urbain", "Sénégal : la saison des pluies s'annonce précoce"])]),
    # newsbeam text shape: The Blade (Toledo, Ohio): staff, Blade sign-off.
    rec(cluster="toledoblade-maumee-riverfront-park", role="single", file=JSONL_A, render="newsbeam",
        title="Toledo council approves $9M plan for Middlegrounds riverfront",
        date="2025-07-15", country="US", region="americas", lang="en", authors=["Joshua Keene"],
        url="https://www.toledoblade.example.com/local/politics/2025/07/15/toledo-council-approves-9m-plan-middlegrounds-riverfront/stories/20250715142",
        nb_published="2025-07-15T20:37:00Z", outlet="The Blade", nb_authors=["Joshua Keene"],
        head_lines=["By Joshua Keene / The Blade", "Jul 15, 2025 4:37 PM"],
        tail_lines=["Contact Joshua Keene at: jkeene@theblade.com or 419-724-6000.", "Copyright 2025 The Blade. All rights reserved."],
        paras=P("""
Toledo City Council on Tuesday approved a 9 million dollar plan to add a kayak launch, a pavilion and new
lighting along the Middlegrounds riverfront on the Maumee River.

The vote was 10-2, with the two members who voted no saying the city should first finish repairs on
neighborhood streets.

The money will come mostly from the city's share of federal pandemic relief funds, which must be committed
by the end of the year.

The mayor's office said the riverfront had drawn more visitors since the Glass City
Metropark opened across the river.

Councilman Theo Brandt said the plan would give residents who live downtown a place to get onto the water.

"We have a beautiful river, and too few ways for people to enjoy it," Brandt said.

Construction is expected to begin this fall and be completed by the summer of 2026.

The plan also includes a new restroom building and a small parking lot off Ottawa Street.

City officials said a private group has offered to run kayak rentals at the site during the summer months.
"""),
        must_have=[
            "The money will come mostly from the city's share of federal pandemic relief funds, which must be committed by the end of the year.",
            "The plan also includes a new restroom building and a small parking lot off Ottawa Street.",
        ]),
    # trafilatura shape: the dpa story on Ruhr Nachrichten (syndicated member of the dpa cluster).
    dict(CPT, role="syndicated", file=JSONL_B, render="trafilatura", section="Welt",
         url="https://www.ruhrnachrichten.example.de/welt/pinguinkolonie-bei-kapstadt-schrumpft-weiter-w1012345-2001456789/",
         hostname="ruhrnachrichten.example.de", source_hostname="Ruhr Nachrichten",
         tf_author="Jana Beckmann", tf_date="2025-01-14", tf_language="de", categories="Welt;Panorama",
         head_lines=["Jana Beckmann (dpa)", "14.01.2025, 12:30 Uhr", "Lesezeit: 2 Minuten"],
         tail_lines=["\u00a9 dpa-infocom, dpa:250114-930-341122/1", "Jetzt RN+ testen", "Zur Startseite"]),
    # news-please shape: Winston-Salem Journal (North Carolina): staff.
    rec(cluster="wsjournal-winston-salem-library-hours", role="single", file=JSONL_B, render="newsplease",
        title="Forsyth County libraries to add Sunday hours at five branches",
        date="2025-04-22", country="US", region="americas", lang="en", authors=["Sophie Grant"],
        url="https://journalnow.example.com/news/local/forsyth-county-libraries-sunday-hours/article_9d4e1f2a-1f8b-11f0-8c7d-2b3a4c5d6e7f.html",
        source_domain="journalnow.example.com",
        description="Commissioners approved the extra hours in a budget amendment.",
        np_authors=["Sophie Grant"], np_publish="2025-04-22 18:05:00", np_download="2025-04-23 01:40:19",
        head_lines=["Sophie Grant", "Apr 22, 2025"],
        tail_lines=["sgrant@wsjournal.com", "336-727-7211", "Get local news delivered to your inbox!"],
        paras=P("""
Five Forsyth County public library branches will open on Sundays starting in June, after county
commissioners approved extra money for staff on Monday night.

The branches, including the Central Library in downtown Winston-Salem, will be open from 1 to 5 p.m. on
Sundays.

The change will cost about 380,000 dollars a year, mostly to hire eight part-time workers.

Library director Monique Talbert said Sunday hours had been the most common request in a survey of
library users last year.

"Many families work during the week, and Sunday afternoon is the only time they can bring their children,"
Talbert said.

The libraries last opened on Sundays more than a decade ago, before budget cuts during the recession.

Commissioners voted 6-1 to approve the budget amendment.

The library system will track attendance over the first year to decide whether to add Sunday hours at other
branches.

The extra hours will also be offered at branches in Clemmons, Kernersville, Rural Hall and Walkertown.
"""),
        must_have=[
            "The change will cost about 380,000 dollars a year, mostly to hire eight part-time workers.",
            "The libraries last opened on Sundays more than a decade ago, before budget cuts during the recession.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fifty-ninth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Wisconsin State Journal 'Mar 4, 2025' (not "
    "'Updated 2 hrs ago'); The Press Democrat copy of the same AP story prints 'March 3, 2025, 11:22PM' (Pacific "
    "time, news-please 2025-03-03 23:22), so that copy is dated 2025-03-03 although the story says 'Tuesday' in Fiji; "
    "Monaco-Matin 'Publié le 21/03/2025 à 16:48' (not 'Mis à jour') and the TF1info copy 'Publié le 21 mars 2025 à "
    "18h02' (crawler stamp 17:02Z, 18:02 in Paris); WAZ '14.01.2025, 11:45 Uhr' and the Ruhr Nachrichten copy "
    "'14.01.2025, 12:30 Uhr'; the Nottingham Post '10:15, 9 Apr 2025' (not 'Updated 11:42'), both copies; Yle "
    "'12.9.2024 14:05' (day first; not 'Päivitetty' = updated); Munhwa Ilbo '입력 2025-07-15 11:42' (input = "
    "publication), not '업데이트'; myRepublica 'Published On: August 3, 2024' and its 'Aug 3' dateline; Magyar Nemzet "
    "'2025. 05. 20. 10:15' (year first); PSM News '12 February 2025'; Onmanorama 'September 18, 2024 04:12 PM IST'; "
    "the Taranaki Daily News 'Nov 05 2024'; SME '12. mar 2025' and the TASR dateline '12. marca'; Youm7 'الأحد، 09 "
    "فبراير 2025' (Sunday 9 February); TVP Info '08.10.2024 13:42' (day first); O Dia 'Publicado 17/06/2025' "
    "(day first; not 'Atualizado'); the Port Lincoln Times 'June 3 2025'; Roya News '2025-05-05' and the Petra "
    "dateline '5 أيار' (5 May); Tiền Phong 'Thứ Sáu, 22/11/2024' (day first); RCN Radio 'febrero 12 de 2025' and the "
    "EFE dateline '12 feb'; the Nanaimo News Bulletin 'Jan. 21, 2025' (not 'Updated Jan. 22'); Orda.kz '14 марта "
    "2025'; Nairametrics 'July 22, 2024'; The New Region '10-02-2025' (day first); SVT 'Publicerad 3 april 2025' (not "
    "'Uppdaterad'); News is my Business 'August 14, 2024'; The Roanoke Times 'Oct 10, 2024'; The Blade 'Jul 15, 2025 "
    "4:37 PM' (crawler stamp 20:37Z, the same day in Ohio); the Winston-Salem Journal 'Apr 22, 2025' (news-please's "
    "download stamp is the next day in UTC)",
    "dateline_city": "'SUVA, Fiji (AP) \u2014 ' -> 'Suva' (both AP copies); 'Libreville (AFP) - ' -> 'Libreville' "
    "(both AFP copies, on a Monegasque and a French site); 'Kapstadt (dpa) - ' -> 'Cape Town' (German exonym, both dpa "
    "copies); myRepublica's 'KATHMANDU, Aug 3: ' -> 'Kathmandu'; Onmanorama's 'Thiruvananthapuram: ' -> "
    "'Thiruvananthapuram'; SME's TASR opening 'Bratislava 12. marca (TASR) - ' -> 'Bratislava'; Roya News's Petra "
    "opening 'عمان 5 أيار (بترا)- ' ('Amman, 5 May (Petra)-') -> 'Amman'; RCN Radio's 'Bogotá, 12 feb (EFE).- ' -> "
    "'Bogotá'; The New Region's 'ERBIL, Kurdistan Region \u2013 ' -> 'Erbil'. Munhwa Ilbo's '부산=박성우 기자' "
    "('Busan = reporter Park Seong-woo') is a byline line naming the correspondent's base, not a dateline in the "
    "story, so that record has no dateline city (country KR). All other records have no dateline (city null) and take "
    "the country of the story's location",
    "country": "the AP story is Fiji (FJ, oceania) on both US sites; the AFP story is Gabon (GA, africa) on a "
    "Monegasque and a French site; the dpa story is South Africa (ZA, africa) on both German sites; The New Region's "
    "story is Iraq (IQ, asia; Erbil is in the Kurdistan Region of Iraq); News is my Business's story is Puerto Rico "
    "(PR, americas); PSM News's is the Maldives (MV, asia)",
    "agency": "the Wisconsin State Journal and The Press Democrat carry AP (writer over 'Associated Press', the AP "
    "dateline and the AP copyright line); Monaco-Matin ('Par AFP') and TF1info ('TF1info avec AFP', 'La rédaction de "
    "TF1info avec AFP') carry AFP; WAZ ('Jana Beckmann, dpa') and Ruhr Nachrichten ('Jana Beckmann (dpa)', the "
    "dpa-infocom line) carry dpa; Magyar Nemzet carries MTI ('MTI' byline, 'Forrás: MTI'); SME carries TASR; "
    "TVP Info carries PAP ('PAP' byline, 'Źródło: PAP'); Roya News carries Petra (the Jordan News "
    "Agency, 'بترا'); RCN Radio carries EFE ('Agencia EFE'); SVT carries TT (the 'TT' byline); all other records are "
    "staff copy (agency null). Photo credits ('AP Photo/...', 'picture alliance / dpa | ...', 'MTI/...', 'EFE/...') "
    "do not by themselves make a story agency copy",
    "authors": "AP: 'SALOTE VAKA Associated Press' -> 'Salote Vaka' (natural case) plus 'Associated Press writer "
    "Harriet Penn ... contributed to this report' -> both, on both copies; dpa: 'Jana Beckmann, dpa' -> 'Jana "
    "Beckmann' (both copies); Munhwa Ilbo's '부산=박성우 기자' -> '박성우' (kept in Hangul; '부산=' is the base, '기자' = "
    "'reporter'); Youm7's 'كتب محمد السيد' -> 'محمد السيد' ('كتب' = 'wrote'); myRepublica's 'By: Sujan Adhikari' -> "
    "'Sujan Adhikari'; The Blade's 'By Joshua Keene / The Blade' -> 'Joshua Keene'; Tiền Phong's name at the top and "
    "foot ('Nguyễn Thành', also the photographer) -> 'Nguyễn Thành'; the Port Lincoln Times writer also took the "
    "photo; Onmanorama's 'Onmanorama Staff', The New Region's own name, TF1info's 'TF1info avec AFP', Roya News's "
    "'رؤيا - بترا' and pages bylined only with an agency ('Par AFP', 'MTI', 'TASR', 'PAP', 'Agencia EFE', 'TT') have no "
    "authors; role lines ('Local Democracy Reporter', 'Staff Writer newsroom') are not names",
    "editors": "no record names an editor",
    "caption_credit": "credits without their wrapper: '(Image: Nottingham City Council)' -> 'Nottingham City Council' "
    "(both copies); 'Kuva: Jari Kovalainen / Yle' -> 'Jari Kovalainen / Yle'; '(Fotó: MTI/Kovács Ádám)' after "
    "Magyar Nemzet's 'Borítókép:' (cover picture) caption -> 'MTI/Kovács Ádám'; '(AP Photo/Aliti Naivalu)' -> 'AP "
    "Photo/Aliti Naivalu'; '\u00a9 picture alliance / dpa | Sipho Mabaso' -> 'picture alliance / dpa | Sipho "
    "Mabaso'; 'Picture by Lydia Fennell' -> 'Lydia Fennell'; 'Ảnh: Nguyễn Thành' -> 'Nguyễn Thành'; 'Foto: EFE/Carlos "
    "Ortega' -> 'EFE/Carlos Ortega'; Black Press's '(City of Nanaimo image)' -> 'City of Nanaimo'; O Dia's "
    "'Reginaldo Pimenta / Agência O Dia' and the Taranaki Daily News's 'ANDY JACKSON/STUFF' (on its own line under "
    "the caption) are kept as printed; records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: the Wisconsin State Journal 'World', "
    "WAZ 'Panorama', TVP Info 'Polska', O Dia 'Rio de Janeiro', the Port Lincoln Times 'News', Roya News "
    "'محليات', Tiền Phong 'Xã hội', RCN Radio 'Bogotá', the Nanaimo News Bulletin 'Local News', TF1info "
    "'International'; trafilatura records take their first category ('Inrikes', 'Tourism', 'News', 'Welt'); "
    "news-please, plain text and newsbeam text records have none (menu items and topic lists are navigation)",
    "language": "'fi' Finnish (Yle); 'ko' Korean (Munhwa Ilbo); 'hu' Hungarian (Magyar Nemzet); 'sk' Slovak (SME); "
    "'pl' Polish (TVP Info); 'pt' Brazilian Portuguese (O Dia); 'vi' Vietnamese (Tiền Phong); 'ru' Russian "
    "(Orda.kz, in Kazakhstan); 'sv' Swedish (SVT); 'ar' Arabic from Egypt and Jordan; 'es' from Colombia; 'de' from "
    "two copies of one dpa story; 'fr' from two copies of one AFP story; PSM News's Dhivehi menu link is a menu item",
    "chrome": "includes consent banners and their buttons, login, subscription and e-paper strings, share bars, "
    "bookmark and comment-count buttons, advertisement labels, reading times, "
    "paywall lines, related-story lines and boxes, tag and topic lists, most-read and latest rails, newsletter, app, "
    "messaging-channel and Google News promos, correction and comment-window lines, comment gates and disclaimers, "
    "reporter e-mail and phone lines, author bios, local-democracy funding lines, wire credit, source and copyright "
    "lines, error-report prompts, ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and AFP in the plain batch, dpa in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"wisconsin state journal", "the press democrat", "press democrat", "monaco-matin", "tf1info",
                "tf1 info", "tf1info avec afp", "la rédaction de tf1info", "waz", "ruhr nachrichten", "dpa-infocom",
                "nottingham post", "reach plc", "yle", "yle uutiset", "문화일보", "munhwa ilbo", "myrepublica",
                "republica", "magyar nemzet", "mti", "psm news", "public service media", "onmanorama",
                "onmanorama staff", "taranaki daily news", "stuff", "sme", "sme.sk", "tasr", "اليوم السابع", "youm7",
                "tvp info", "tvp", "telewizja polska", "pap", "o dia", "agência o dia", "port lincoln times", "acm",
                "رؤيا الإخباري", "رؤيا", "بترا", "petra", "tiền phong", "báo tiền phong", "rcn radio", "agencia efe",
                "nanaimo news bulletin", "black press media", "orda.kz", "nairametrics", "the new region",
                "svt", "svt nyheter", "tt", "news is my business", "the roanoke times", "the blade",
                "winston-salem journal", "staff writer newsroom"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
