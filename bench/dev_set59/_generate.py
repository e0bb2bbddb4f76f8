#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifty-ninth development set (bench/dev_set59/, first written as the fifty-sixth held-out set).

    .venv/bin/python bench/dev_set59/_generate.py

Writes ``bench/dev_set59/articles/*`` and ``bench/dev_set59/labels.json`` (next to this
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
bench/dev_set58/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout56_2025-a.jsonl"
JSONL_B = "crawl_holdout56_2025-b.jsonl.gz"


# ---- cluster: Reuters, Nicosia (In-Cyprus page + copy on the Famagusta Gazette in the plain batch) ----

NIC = rec(
    cluster="reuters-nicosia-desalination-units",
    title="Cyprus orders floating desalination units as reservoirs hit record low",
    date="2025-07-15",
    dateline="NICOSIA, July 15 (Reuters) - ",
    city="Nicosia",
    country="CY",
    region="asia",
    agency="Reuters",
    authors=["Elena Christou", "Nikos Varnavas"],
    editors=["Mark Hollister"],
    lang="en",
    description="Reservoirs on the island are at about 13% of capacity after a third dry winter.",
    paras=P("""
Cyprus has ordered two floating desalination units to supply drinking water to the south of the island
this summer, the government said on Tuesday, as its reservoirs fell to their lowest level on record.

The units, to be moored off Limassol and Larnaca, will together produce about 40,000 cubic metres of water
a day, Agriculture Minister Petros Andreou told reporters.

Reservoirs across the island were at about 13% of capacity this week, compared with 24% a year earlier,
according to the Water Development Department.

"We are doing everything possible so that no household goes without water in August," Andreou said.

The first unit is expected to arrive from a shipyard in Greece by the end of the month, with the second
following in September.

Farmers have already been told to cut irrigation by a fifth, and several communities in the Troodos
mountains receive water by tanker.

Cyprus, one of the most water-stressed countries in the European Union, relies on desalination for most of
its drinking water in dry years.

The government said it would also speed up plans for two permanent plants on the east coast.
"""),
    must_have=[
        "The units, to be moored off Limassol and Larnaca, will together produce about 40,000 cubic metres of water a day, Agriculture Minister Petros Andreou told reporters.",
        "Farmers have already been told to cut irrigation by a fifth, and several communities in the Troodos mountains receive water by tanker.",
    ],
)
NIC_CREDITS = "(Reporting by Elena Christou; Additional reporting by Nikos Varnavas in Athens; Editing by Mark Hollister)"

# ---- cluster: AFP, Antananarivo (Le JDD page + copy on Dakaractu in the plain batch) ----

TANA = rec(
    cluster="afp-antananarivo-delestages-jirama",
    title="Madagascar : la capitale soumise à des coupures d'électricité de huit heures par jour",
    date="2025-06-03",
    dateline="Antananarivo (AFP) - ",
    city="Antananarivo",
    country="MG",
    region="africa",
    agency="AFP",
    lang="fr",
    description="La compagnie publique d'électricité invoque le manque d'eau dans les barrages et des pannes de centrales thermiques.",
    paras=P("""
Les habitants d'Antananarivo subissent depuis lundi des coupures d'électricité pouvant atteindre huit heures
par jour, a annoncé la compagnie publique d'eau et d'électricité, qui évoque des barrages à sec et des
centrales en panne.

Selon la compagnie, la production disponible pour la capitale est tombée à environ 210 mégawatts, pour une
demande qui dépasse 300 mégawatts aux heures de pointe.

Deux groupes de la principale centrale thermique de la ville sont à l'arrêt depuis la mi-mai, faute de
pièces de rechange.

« Nous demandons la compréhension de nos abonnés, les délestages seront réduits dès que les réparations
seront terminées », a déclaré à l'AFP un responsable de la compagnie, sous couvert d'anonymat.

Dans les quartiers populaires, les commerçants disent avoir perdu une partie de leur stock de produits frais.

Les coupures touchent aussi les stations de pompage, privant certains quartiers d'eau courante pendant la
journée.

Le gouvernement a promis l'arrivée de groupes électrogènes de location d'ici la fin du mois.

Madagascar, où moins d'un habitant sur trois a accès à l'électricité, connaît des délestages réguliers
depuis plusieurs années.
"""),
    must_have=[
        "Selon la compagnie, la production disponible pour la capitale est tombée à environ 210 mégawatts, pour une demande qui dépasse 300 mégawatts aux heures de pointe.",
        "Le gouvernement a promis l'arrivée de groupes électrogènes de location d'ici la fin du mois.",
    ],
)

# ---- cluster: dpa, Leipzig (Kölnische Rundschau page + copy on the Göttinger Tageblatt in the gzipped batch) ----

LEI = rec(
    cluster="dpa-leipzig-buchmesse-besucher",
    title="Leipziger Buchmesse meldet Besucherrekord",
    date="2025-03-30",
    dateline="Leipzig (dpa) - ",
    city="Leipzig",
    country="DE",
    region="europe",
    agency="dpa",
    lang="de",
    description="Zu Messe und Lesefest kamen nach Angaben der Veranstalter rund 296.000 Menschen.",
    paras=P("""
Die Leipziger Buchmesse hat nach eigenen Angaben so viele Besucherinnen und Besucher gezählt wie nie zuvor.

Zur Messe und zum Lesefest «Leipzig liest» kamen an den vier Tagen rund 296.000 Menschen, teilte die
Leipziger Messe am Sonntag mit.

Im vergangenen Jahr waren es etwa 283.000 gewesen.

Besonders groß war der Andrang bei den jungen Besuchern: Die Manga-Comic-Con in den benachbarten Hallen
zählte allein rund 120.000 Gäste.

Ausgestellt hatten in diesem Jahr 2.040 Verlage und Unternehmen aus 45 Ländern.

Messedirektorin Kerstin Wehlau sprach von einem starken Signal für das Lesen.
«Die Begeisterung für Bücher ist ungebrochen, gerade bei jungen Menschen», sagte sie.

Auf den rund 3.000 Veranstaltungen von «Leipzig liest» lasen Autorinnen und Autoren in Buchhandlungen,
Cafés, Kirchen und Clubs der ganzen Stadt.

Die Veranstalter zogen auch mit Blick auf die Sicherheit eine positive Bilanz. Polizei und Rettungsdienste meldeten keine größeren Zwischenfälle.

Der Preis der Leipziger Buchmesse war bereits am Donnerstag in den Kategorien Belletristik, Sachbuch und Übersetzung vergeben worden.

Die nächste Buchmesse soll im März 2026 stattfinden.
"""),
    must_have=[
        "Besonders groß war der Andrang bei den jungen Besuchern: Die Manga-Comic-Con in den benachbarten Hallen zählte allein rund 120.000 Gäste.",
        "Ausgestellt hatten in diesem Jahr 2.040 Verlage und Unternehmen aus 45 Ländern.",
    ],
)

# ---- cluster: Geraldton Guardian (WA), page + noisy re-scrape ----

GER = rec(
    cluster="geraldtonguardian-port-berth-upgrade",
    title="Mid West Ports unveils $140 million plan to deepen Geraldton berths",
    date="2025-06-10",
    country="AU",
    region="oceania",
    authors=["Kieran Dobson"],
    lang="en",
    caption="Bulk carriers at the Port of Geraldton.",
    credit="Tamsin Rowe/Geraldton Guardian",
    paras=P("""
Mid West Ports has unveiled a $140 million plan to deepen two berths at the Port of Geraldton so that larger
bulk carriers can load grain and iron ore.

The work would allow ships carrying up to 80,000 tonnes to use the port, compared with about 60,000 tonnes
now.

Port chief executive Amanda Forsyth said the upgrade would help farmers and miners in the region cut
freight costs.

"Growers are telling us they want bigger ships and fewer delays in the harvest season, and this is how we
deliver that," she said.

Dredging is planned to take place over two summers to reduce the impact on marine life around the
Abrolhos Islands.

The plan still needs environmental approval, and public comment will open next month.

Local fishers said they wanted to be consulted on where the dredged material would be placed.

The port handled a record 19 million tonnes of cargo in the last financial year.
"""),
    must_have=[
        "The work would allow ships carrying up to 80,000 tonnes to use the port, compared with about 60,000 tonnes now.",
        "The plan still needs environmental approval, and public comment will open next month.",
    ],
)
GER_PRE = ["Geraldton Guardian", "News", "Sport", "Community", "Opinion", "Classifieds", "Subscribe", "Log In"]
GER_HEAD = ["Kieran Dobson", "The Geraldton Guardian", "Tue, 10 June 2025 3:30PM"]
GER_CAP = ["Bulk carriers at the Port of Geraldton. Credit: Tamsin Rowe/Geraldton Guardian"]
GER_COPY = "\u00a9 2025 West Australian Newspapers Limited"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Geraldton Guardian (Western Australia): original of the re-scrape cluster.
    dict(GER, role="original", file="geraldtonguardian_port_berths.txt", render="text",
         pre=[GER_PRE, ["Local News"]], head=[GER_HEAD], cap_lines=GER_CAP,
         inserts={2: ["Camera Icon", "Advertisement"], 5: ["Read more", "Council backs new foreshore playground after community push"]},
         tail=[["Get the latest news from thewest.com.au in your inbox.", "Sign up for our emails"],
               ["Comments"],
               [GER_COPY]]),
    dict(GER, role="rescrape", file="geraldtonguardian_port_berths_rescrape.txt.gz", render="text", noise=True,
         pre=[GER_PRE], head=[GER_HEAD], cap_lines=GER_CAP, tail=[[GER_COPY]]),
    # Expressen (Sweden, Swedish): staff.
    rec(cluster="expressen-stockholm-gula-linjen-forsenas", role="single", file="expressen_gula_linjen_sv.txt", render="text",
        title="Gula linjen försenas igen – öppnar först 2029",
        date="2025-05-12", country="SE", region="europe", lang="sv", authors=["Sara Holmgren"],
        pre=[["Expressen", "Nyheter", "Sport", "Nöje", "Ledare", "Kultur", "Hälsa", "Premium", "Logga in"]],
        head=[["Sara Holmgren"], ["Publicerad 14:32, 12 maj 2025", "Uppdaterad 16:05, 12 maj 2025"],
              ["Det här är en nyhetsartikel. Expressen ansvarar för innehållet."]],
        inserts={2: ["ANNONS"], 4: ["LÄS MER: Pendeltågen stoppas i sommar – så påverkas du"]},
        tail=[["Dela artikeln"],
              ["Har du ett nyhetstips? Kontakta oss på tips@expressen.se"],
              ["\u00a9 Expressen 2025. Ansvarig utgivare: Expressen Media AB"]],
        paras=P("""
Den nya tunnelbanelinjen mellan Odenplan och Arenastaden i Solna försenas ännu en gång och väntas nu öppna
för trafik först 2029, meddelade Region Stockholm på måndagen.

Förseningen beror enligt regionen på problem med berget under Hagastaden, där tunneln har behövt
förstärkas på en längre sträcka än planerat.

Den beräknade kostnaden för den gula linjen har samtidigt stigit till drygt 11 miljarder kronor.

Linjen blir fyra kilometer lång och får tre stationer: Hagastaden, Södra Hagalund och Arenastaden.

– Vi förstår att många är besvikna, men säkerheten i tunnlarna får aldrig kompromissas, säger
trafikregionrådet Johan Ekström.

Oppositionen i regionen kräver nu en oberoende granskning av hela utbyggnaden av tunnelbanan.

Pendlare som arbetar vid Karolinska sjukhuset i Solna har länge väntat på en snabbare förbindelse med
innerstaden.

Enligt regionens beräkningar kommer omkring 40 000 resenärer att åka med linjen varje dag när den är färdig.

Regionen har tidigare skjutit upp öppningen två gånger.

Bygget av den gula linjen inleddes 2020.
"""),
        must_have=[
            "Den beräknade kostnaden för den gula linjen har samtidigt stigit till drygt 11 miljarder kronor.",
            "Oppositionen i regionen kräver nu en oberoende granskning av hela utbyggnaden av tunnelbanan.",
        ]),
    # Hankook Ilbo (South Korea, Korean): staff, '세종=... 기자' byline over the story.
    rec(cluster="hankookilbo-sejong-ktx-stop-debate", role="single", file="hankookilbo_sejong_station_ko.txt", render="text",
        title="세종 KTX 역 신설 타당성 조사 착수…연말 결과 발표",
        date="2025-04-03", country="KR", region="asia", lang="ko", authors=["박서윤"],
        pre=[["한국일보", "정치", "사회", "경제", "국제", "문화", "연예", "스포츠", "오피니언", "로그인"]],
        head=[["세종=박서윤 기자"], ["입력 2025.04.03 15:40"], ["수정 2025.04.03 18:12"], ["기사를 읽어드립니다", "글자 크기 변경"]],
        inserts={2: ["광고"], 5: ["관련기사", "오송역 이용객 5년 새 30% 늘어"]},
        tail=[["박서윤 기자 sypark@hankookilbo.com"],
              ["구독", "공유", "댓글"],
              ["Copyright \u24d2 Hankookilbo 신문사 무단 전재 및 재배포 금지"]],
        paras=P("""
국토교통부가 세종시에 고속철도(KTX) 역을 새로 만드는 방안에 대한 타당성 조사에 착수했다.

국토부는 3일 조사 용역을 발주했으며, 결과는 올해 말 나올 예정이라고 밝혔다.

세종시는 인구가 40만 명에 육박하지만 KTX 역이 없어 시민들이 차로 약 30분 거리인 충북 오송역을 이용하고 있다.

조사에서는 경부고속철도 노선에 역을 추가할 경우 열차 운행 시간이 얼마나 늘어나는지와 사업비, 이용 수요 등을 따지게 된다.

세종시는 역 신설에 약 1조 2,000억 원이 들 것으로 보고 있다.

시 관계자는 "정부세종청사를 오가는 공무원과 방문객만 하루 수만 명"이라며 "역 신설이 꼭 필요하다"고 말했다.

반면 충북 지역에서는 오송역의 기능이 약해질 수 있다며 반대 목소리가 나오고 있다.

국토부는 지역 간 이견이 큰 만큼 조사 과정에서 두 지자체의 의견을 모두 듣겠다는 입장이다.

업계에서는 조사 결과가 긍정적으로 나오더라도 실제 개통까지는 최소 10년 이상 걸릴 것으로 보고 있다.

세종시는 역이 들어설 경우 주변에 복합환승센터를 함께 짓겠다는 계획도 내놓았다.

조사 결과에 따라 역의 위치와 규모도 정해질 예정이다.

세종시는 이와 별도로 대전과 세종, 충북 청주를 잇는 광역철도 사업도 함께 추진하고 있다.
"""),
        must_have=[
            "세종시는 인구가 40만 명에 육박하지만 KTX 역이 없어 시민들이 차로 약 30분 거리인 충북 오송역을 이용하고 있다.",
            "반면 충북 지역에서는 오송역의 기능이 약해질 수 있다며 반대 목소리가 나오고 있다.",
        ]),
    # Des Moines Register (Iowa): staff, Gannett layout.
    rec(cluster="desmoinesregister-dart-bus-route-cuts", role="single", file="desmoinesregister_dart_route_changes.txt", render="text",
        title="DART to cut four bus routes, add weekend service under new plan",
        date="2025-08-20", country="US", region="americas", lang="en", authors=["Cole Brandvold"],
        pre=[["Des Moines Register", "News", "Sports", "Iowa State Fair", "Opinion", "Politics", "Obituaries", "eNewspaper", "Subscribe", "Sign In"]],
        head=[["Cole Brandvold"], ["Des Moines Register"], ["Published 5:02 a.m. CT Aug. 20, 2025"], ["Updated 9:47 a.m. CT Aug. 20, 2025"]],
        inserts={2: ["Advertisement"], 4: ["More:", "Des Moines City Council OKs new downtown parking rates"]},
        tail=[["Cole Brandvold covers transportation and growth for the Des Moines Register. Reach him at cbrandvold@registermedia.com."],
              ["Reader Comments"],
              ["Copyright \u00a9 2025 www.desmoinesregister.com. All rights reserved."]],
        paras=P("""
Des Moines Area Regional Transit plans to eliminate four low-ridership bus routes and use the savings to
add Sunday service on its busiest lines, under a proposal released Tuesday.

The routes to be cut mostly serve suburban office parks in West Des Moines and Urbandale, where ridership
has not recovered since the pandemic.

Under the plan, the six most used routes would run every 15 minutes on weekdays and hourly on Sundays.

DART spokesperson Nicole Ambrose said the agency wants to put buses where riders already are.

"We heard loud and clear that people need the bus on weekends to get to work and to church," Ambrose said.

Riders who use the routes set to be eliminated would be offered an on-demand service that picks them up by
app or phone.

The DART board will hold public meetings in September and is expected to vote on the changes in October.

If approved, the new network would take effect in January.
"""),
        must_have=[
            "Under the plan, the six most used routes would run every 15 minutes on weekdays and hourly on Sundays.",
            "Riders who use the routes set to be eliminated would be offered an on-demand service that picks them up by app or phone.",
        ]),
    # Echo24 (Czech Republic, Czech): ČTK copy with a 'Brno - ' dateline.
    rec(cluster="echo24-ctk-brno-tramvaj-bohunice", role="single", file="echo24_ctk_brno_tramvaj_cs.txt", render="text",
        title="Brno začne stavět tramvajovou trať do kampusu v Bohunicích",
        date="2025-09-12", dateline="Brno - ", city="Brno", country="CZ", region="europe", lang="cs", agency="ČTK",
        pre=[["Echo24", "Domov", "Svět", "Ekonomika", "Názory", "Kultura", "Sport", "Týdeník Echo", "Předplatné"]],
        head=[["ČTK"], ["12. 9. 2025 13:05"]],
        inserts={3: ["Reklama"]},
        tail=[["Sdílet"], ["Související články"],
              ["\u00a9 2025 Echo Media a.s. Obsah je chráněn autorským právem."]],
        paras=P("""
Brno letos na podzim začne stavět novou tramvajovou trať, která propojí sídliště Starý Lískovec s
univerzitním kampusem a Fakultní nemocnicí v Bohunicích.

Trať bude dlouhá asi 1,5 kilometru a vzniknou na ní tři nové zastávky, uvedl dnes náměstek primátorky
Pavel Šindelář.

Stavba by měla stát zhruba 1,1 miliardy korun a většinu nákladů pokryjí evropské dotace.

Kampus denně navštěvuje přes 20.000 studentů, zaměstnanců a pacientů, kteří dnes jezdí hlavně autobusy.

"Autobusy v ranní špičce nestíhají, tramvaj tu kapacitu konečně zajistí," řekl Šindelář.

Práce mají trvat dva roky a první tramvaje by po nové trati mohly vyjet na podzim 2027.

Během stavby se počítá s uzavírkami části ulice Netroufalky, dopravní podnik proto upraví vedení několika
autobusových linek.

Dopravní podnik počítá s tím, že tramvaje budou po nové trati jezdit ve špičce každých pět minut.

Součástí stavby bude také nová tramvajová smyčka u nemocnice a parkoviště pro kola.

Město zároveň připravuje prodloužení tramvaje do Líšně.
"""),
        must_have=[
            "Stavba by měla stát zhruba 1,1 miliardy korun a většinu nákladů pokryjí evropské dotace.",
            "Práce mají trvat dva roky a první tramvaje by po nové trati mohly vyjet na podzim 2027.",
        ]),
    # Hungary Today (Hungary, English): MTI copy.
    rec(cluster="hungarytoday-mti-debrecen-airport-terminal", role="single", file="hungarytoday_mti_debrecen_airport.txt", render="text",
        title="Debrecen Airport to Get New Terminal by 2027",
        date="2025-02-18", country="HU", region="europe", lang="en", agency="MTI",
        pre=[["Hungary Today", "Politics", "Economy", "Society", "Culture", "Sport", "Tourism", "Newsletter"]],
        head=[["Hungary Today", "2025.02.18."]],
        inserts={3: ["Related article", "Budapest Airport Passenger Numbers Hit New Record"]},
        tail=[["Via MTI"], ["Featured photo via MTI/Zsolt Bendegúz"],
              ["Hungary Today is a product of the Hungary Today Kft."],
              ["Support our work! Become a supporter."]],
        paras=P("""
A new passenger terminal will be built at Debrecen International Airport, which is expected to be completed
in 2027, the government commissioner responsible for the project announced on Tuesday.

The new building will have a floor area of around 12,000 square meters and will be able to handle up to
1.5 million passengers a year, three times more than the current terminal.

The investment, worth 38 billion forints, is financed by the state and the city of Debrecen.

The airport's passenger traffic has grown rapidly in recent years, as new low-cost routes were launched to
London, Milan and several destinations in Germany.

According to the commissioner, the growth of the industrial zone in the north of the city, where several
large car and battery plants are being built, also increases demand for air travel.

The airport's cargo traffic also doubled last year.

Construction work is set to begin in the summer, while the old terminal will remain in operation until the
new one opens.
"""),
        must_have=[
            "The investment, worth 38 billion forints, is financed by the state and the city of Debrecen.",
            "The airport's cargo traffic also doubled last year.",
        ]),
    # AlterPresse (Haiti, French): staff, 'P-au-P, ... [AlterPresse] --- ' dateline and initials line.
    rec(cluster="alterpresse-portauprince-ecoles-reouverture", role="single", file="alterpresse_ecoles_portauprince_fr.txt", render="text",
        title="Haïti-Éducation : Réouverture partielle de 40 écoles publiques dans la zone métropolitaine",
        date="2025-01-14", dateline="P-au-P, 14 janv. 2025 [AlterPresse] --- ", city="Port-au-Prince", country="HT",
        region="americas", lang="fr",
        pre=[["AlterPresse", "Accueil", "Société", "Politique", "Économie", "Culture", "Environnement", "International", "Kreyòl"]],
        head=[["mardi 14 janvier 2025"]],
        inserts={4: ["Lire aussi :", "Haïti-Insécurité : Des milliers de déplacés dans les écoles de Delmas"]},
        tail=[["[emb rc apr 14/01/2025 11:20]"],
              ["Partager cet article"],
              ["AlterPresse \u00a9 2025 \u2013 Tous droits réservés"]],
        paras=P("""
Quarante écoles publiques de la zone métropolitaine de Port-au-Prince ont rouvert leurs portes ce lundi 13
janvier 2025, après plusieurs mois de fermeture liée à l'insécurité, a appris AlterPresse.

Ces établissements, situés pour la plupart à Pétion-Ville, Delmas et Tabarre, accueillent environ 18 mille
élèves, selon les chiffres de la direction départementale de l'Ouest.

Plusieurs autres écoles restent occupées par des familles déplacées, qui ont fui les attaques de gangs
armés dans les quartiers du bas de la ville.

Des enseignantes et enseignants interrogés disent craindre pour leur sécurité sur le trajet entre leur
domicile et leur lieu de travail.

« Nous reprenons les cours, mais les parents hésitent encore à envoyer les enfants », confie le directeur
d'une école nationale de Delmas.

Le ministère de l'Éducation nationale promet un programme de rattrapage pour les élèves qui ont perdu une
grande partie de l'année scolaire.

Des organisations de la société civile réclament le relogement des personnes déplacées, afin de libérer les
bâtiments scolaires encore occupés.
"""),
        must_have=[
            "Plusieurs autres écoles restent occupées par des familles déplacées, qui ont fui les attaques de gangs armés dans les quartiers du bas de la ville.",
            "Le ministère de l'Éducation nationale promet un programme de rattrapage pour les élèves qui ont perdu une grande partie de l'année scolaire.",
        ]),
    # Eagle Online (Uganda): staff.
    rec(cluster="eagleonline-kampala-expressway-toll", role="single", file="eagleonline_kampala_expressway_toll.txt", render="text",
        title="UNRA revises Entebbe Expressway toll fees for boda bodas and taxis",
        date="2025-10-06", country="UG", region="africa", lang="en", authors=["Joan Namukasa"],
        pre=[["Eagle Online", "Home", "News", "Business", "Politics", "Sports", "Entertainment", "Opinion", "Contact Us"]],
        head=[["By Joan Namukasa"], ["October 6, 2025"], ["0 Comments"]],
        inserts={3: ["ALSO READ: KCCA launches night cleaning of city streets"]},
        tail=[["Share this:", "Click to share on WhatsApp (Opens in new window)", "Click to share on Facebook (Opens in new window)"],
              ["Like this:", "Like Loading..."],
              ["Copyright \u00a9 2025 Eagle Online. All rights reserved."]],
        paras=P("""
The Uganda National Roads Authority (UNRA) has revised toll fees on the Kampala-Entebbe Expressway, reducing
charges for commuter taxis and introducing a monthly card for frequent users.

Under the new rates, which take effect on November 1, commuter taxis will pay Shs5,000 per trip, down from
Shs7,000.

Private cars will continue to pay Shs5,000, while heavy trucks will pay Shs20,000.

UNRA spokesperson Denis Kaweesa said the changes followed complaints from taxi operators that the fees
were pushing many drivers back onto the congested old Entebbe road.

"We want more vehicles on the expressway, because that reduces traffic and accidents on the old road," he
said.

The monthly card, priced at Shs150,000, will allow unlimited trips for private cars.

Boda bodas remain banned from the expressway for safety reasons.

The authority said it would also improve lighting on several sections of the road used heavily at night.

The 51km road, which opened in 2018, links the capital to Entebbe International Airport.
"""),
        must_have=[
            "Private cars will continue to pay Shs5,000, while heavy trucks will pay Shs20,000.",
            "The monthly card, priced at Shs150,000, will allow unlimited trips for private cars.",
        ]),
    # Emarat Al Youm (UAE, Arabic): WAM copy, 'دبي - وام' line.
    rec(cluster="emaratalyoum-wam-dubai-metro-blue-line", role="single", file="emaratalyoum_wam_dubai_metro_ar.txt", render="text",
        title="«طرق دبي» تنجز 40% من مشروع الخط الأزرق للمترو",
        date="2025-11-05", country="AE", region="asia", lang="ar", agency="WAM",
        pre=[["الإمارات اليوم", "الرئيسية", "محليات", "اقتصاد", "عربي ودولي", "رياضة", "ثقافة", "منوعات"]],
        head=[["دبي - وام"], ["التاريخ: 05 نوفمبر 2025"]],
        inserts={2: ["إعلان"], 4: ["اقرأ أيضاً:", "«طرق دبي» تفتتح جسراً جديداً على شارع الخيل"]},
        tail=[["شارك"], ["تويتر", "فيس بوك", "واتس اب"],
              ["جميع الحقوق محفوظة لمؤسسة دبي للإعلام \u00a9 2025"]],
        paras=P("""
أعلنت هيئة الطرق والمواصلات في دبي إنجاز 40% من أعمال مشروع الخط الأزرق لمترو دبي، الذي يمتد بطول 30
كيلومتراً ويضم 14 محطة.

وأوضحت الهيئة أن الخط سيربط عدداً من المناطق السكنية في شرق المدينة بالخطين الأحمر والأخضر.

ويتوقع أن يخدم الخط نحو 200 ألف راكب يومياً بحلول عام 2030، وأن يرتفع العدد إلى 320 ألف راكب يومياً في
عام 2040.

وقال مسؤول في الهيئة إن أعمال حفر الأنفاق في الجزء الجنوبي من المشروع تسير وفق الجدول الزمني المحدد.

وأضاف أن الهيئة تعمل على تقليل تأثير الأعمال على حركة المرور عبر تحويلات مرورية مدروسة.

ومن المقرر افتتاح الخط الأزرق أمام الركاب في سبتمبر 2029، تزامناً مع مرور 20 عاماً على تشغيل مترو
دبي.

ويتضمن المشروع محطة أيقونية في منطقة مردف بتصميم معماري مميز.

وتسعى دبي إلى رفع حصة وسائل النقل الجماعي من إجمالي رحلات السكان، ضمن خطتها للتنقل المستدام.

وتشمل أعمال المشروع أيضاً إنشاء مستودع جديد لصيانة القطارات في منطقة الروية، إلى جانب تحسين الطرق
المحيطة بالمحطات.

وكانت الهيئة قد أرست عقد تنفيذ المشروع على تحالف من ثلاث شركات دولية في نهاية عام 2024.
"""),
        must_have=[
            "وأوضحت الهيئة أن الخط سيربط عدداً من المناطق السكنية في شرق المدينة بالخطين الأحمر والأخضر.",
            "ويتضمن المشروع محطة أيقونية في منطقة مردف بتصميم معماري مميز.",
        ]),
    # Harian Jogja (Indonesia, Indonesian): staff, 'Harianjogja.com, JOGJA—' dateline.
    rec(cluster="harianjogja-yogyakarta-trans-jogja-rute", role="single", file="harianjogja_trans_jogja_rute_id.txt", render="text",
        title="Trans Jogja Tambah Dua Rute Baru ke Kawasan Wisata Selatan",
        date="2025-07-22", dateline="Harianjogja.com, JOGJA\u2014", city="Yogyakarta", country="ID", region="asia", lang="id",
        authors=["Dimas Prasetyo"], editors=["Wahyu Santoso"],
        pre=[["Harianjogja.com", "Jogja", "Sleman", "Bantul", "Kulonprogo", "Gunungkidul", "Ekbis", "Sport", "Espos"]],
        head=[["Penulis: Dimas Prasetyo", "Editor: Wahyu Santoso"], ["Selasa, 22 Juli 2025 - 14:15 WIB"]],
        inserts={2: ["Advertisement"], 4: ["Baca Juga", "Parkir Malioboro Bakal Dipindah ke Ketandan"]},
        tail=[["Sumber : Harian Jogja"],
              ["Berita Lainnya"],
              ["Copyright \u00a9 2025 Harian Jogja. All Rights Reserved."]],
        paras=P("""
Dinas Perhubungan DIY akan menambah dua rute baru bus Trans Jogja yang menghubungkan pusat kota dengan
kawasan wisata di wilayah selatan mulai Agustus mendatang.

Kepala Dinas Perhubungan DIY, Rudi Hartanto, mengatakan rute pertama akan melayani jalur dari Terminal
Giwangan menuju Pantai Parangtritis, sedangkan rute kedua menuju kawasan Imogiri.

Sebanyak 14 unit bus berukuran sedang disiapkan untuk melayani kedua rute tersebut.

Menurut Rudi, penambahan rute ini diharapkan bisa mengurangi kepadatan kendaraan pribadi di jalur
menuju pantai, terutama saat akhir pekan dan musim libur.

"Kami ingin wisatawan punya pilihan angkutan umum yang nyaman dan murah," katanya, Selasa (22/7/2025).

Tarif kedua rute baru sama dengan rute reguler, yaitu Rp3.600 sekali jalan.

Selama ini, wisatawan yang tidak membawa kendaraan pribadi harus menyewa mobil atau menggunakan ojek
daring untuk menuju kawasan selatan.

Dishub mencatat jumlah penumpang Trans Jogja terus meningkat sejak awal tahun, terutama pada akhir pekan.

Dishub juga akan menyiapkan halte sementara di sejumlah titik sambil menunggu pembangunan halte permanen.
"""),
        must_have=[
            "Sebanyak 14 unit bus berukuran sedang disiapkan untuk melayani kedua rute tersebut.",
            "Tarif kedua rute baru sama dengan rute reguler, yaitu Rp3.600 sekali jalan.",
        ]),
    # Business Insider Africa (Nigeria): staff.
    rec(cluster="businessinsiderafrica-lagos-blue-line-ridership", role="single", file="businessinsiderafrica_lagos_blue_line.txt", render="text",
        title="Lagos Blue Line rail has carried 6 million passengers since launch, state says",
        date="2025-03-11", country="NG", region="africa", lang="en", authors=["Chinedu Okafor"],
        pre=[["Business Insider Africa", "Markets", "Tech", "Finance", "Lifestyle", "Strategy", "Events", "Newsletter"]],
        head=[["Chinedu Okafor"], ["11 March 2025 at 09:14"]],
        inserts={2: ["Recommended articles"], 5: ["Sign up for our daily newsletter", "Get the best African business news straight to your inbox."]},
        tail=[["Follow Business Insider Africa on WhatsApp"],
              ["Business Insider Africa is a member of the Ringier Axel Springer Africa group."],
              ["\u00a9 2025 Business Insider Africa"]],
        paras=P("""
The Lagos Blue Line light rail has carried more than 6 million passengers since it began commercial
operations, according to figures released by the Lagos Metropolitan Area Transport Authority.

The line runs 13 kilometres from Marina on Lagos Island to Mile 2 on the mainland and has five stations.

Daily ridership has risen to about 25,000 passengers on weekdays, up from fewer than 8,000 in the first
months of operation.

Officials said the growth followed the introduction of more frequent trains and a card system shared with
the state's bus network.

"Lagosians are changing how they move, and the numbers show it," the managing director of the authority,
Adebisi Ogunleye, said.

The second phase of the Blue Line, which will extend the route to Okokomaiko, is expected to be completed in
2027.

Analysts say rail could save commuters hours each week in a city where traffic jams often stretch for
kilometres.

The Red Line, a separate commuter rail service, is also in operation in the north of the city.
"""),
        must_have=[
            "Daily ridership has risen to about 25,000 passengers on weekdays, up from fewer than 8,000 in the first months of operation.",
            "The second phase of the Blue Line, which will extend the route to Okokomaiko, is expected to be completed in 2027.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_INC = site("in-cyprus", "https://in-cyprus.philenews.example.com", " | in-cyprus.com", "en_GB", "@incyprus",
                ["Local", "Business", "World", "Opinion", "Lifestyle", "Sports", "Property", "Newsletter"],
                ["\u00a9 2025 Phileleftheros Group. All rights reserved.", "About us", "Privacy Policy", "Terms of use", "Contact"],
                share=["Share", "Facebook", "X", "LinkedIn", "Viber"],
                cookie="This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
                buttons=["Accept", "Read More"])
SITE_JDD = site("Le JDD", "https://www.lejdd.example.fr", "", "fr_FR", "@leJDD",
                ["Politique", "Société", "International", "Économie", "Culture", "Sport", "Vidéos", "Le JDD Magazine"],
                ["\u00a9 Le Journal du Dimanche 2025", "Mentions légales", "CGU", "Charte de confidentialité", "Gestion des cookies"],
                share=["Partager", "Facebook", "X", "LinkedIn", "Copier le lien"], top=["S'abonner", "Se connecter"],
                cookie="Le JDD et ses partenaires utilisent des cookies pour mesurer l'audience, personnaliser les contenus et les publicités.",
                cookie_title="Vos choix en matière de cookies",
                buttons=["Tout accepter", "Tout refuser", "Personnaliser"])
SITE_KR = site("Kölnische Rundschau", "https://www.rundschau-online.example.de", " | Kölnische Rundschau", "de_DE", "@KoelnRundschau",
               ["Köln", "Region", "Politik", "Wirtschaft", "Kultur", "Sport", "Panorama", "Ratgeber"],
               ["\u00a9 Kölnische Rundschau 2025", "Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen"],
               share=["Teilen", "WhatsApp", "Facebook", "X", "E-Mail"], top=["Abo", "E-Paper", "Anmelden"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Zugriffe zu analysieren.",
               buttons=["Zustimmen", "Ablehnen mit Abo", "Einstellungen"])
SITE_DJ = site("Dainik Jagran", "https://www.jagran.example.com", " - Jagran", "hi_IN", "@JagranNews",
               ["होम", "राष्ट्रीय", "उत्तर प्रदेश", "दुनिया", "बिजनेस", "मनोरंजन", "क्रिकेट", "लाइफस्टाइल", "ई-पेपर"],
               ["Copyright \u00a9 2025 Jagran Prakashan Limited.", "हमारे बारे में", "गोपनीयता नीति", "संपर्क करें", "Disclaimer"],
               share=["शेयर करें", "Facebook", "X", "WhatsApp"], top=["लॉग इन करें"])
SITE_EF = site("El Financiero", "https://www.elfinanciero.example.com.mx", " - El Financiero", "es_MX", "@ElFinanciero_Mx",
               ["Economía", "Empresas", "Mercados", "Nacional", "Mundo", "Opinión", "Tech", "Bloomberg Businessweek"],
               ["Todos los derechos reservados \u00a9 Grupo Multimedia Lauman, SAPI de CV 2025", "Aviso de privacidad", "Términos y condiciones", "Directorio"],
               share=["Compartir", "Facebook", "X", "WhatsApp", "LinkedIn"], top=["Suscríbete", "Iniciar sesión"])
SITE_FD = site("Het Financieele Dagblad", "https://fd.example.nl", " | FD.nl", "nl_NL", "@FD_Nieuws",
               ["Nieuws", "Beurs", "Bedrijfsleven", "Economie & Politiek", "Opinie", "Tech & Innovatie", "Podcasts", "Krant"],
               ["\u00a9 Het Financieele Dagblad 2025", "Colofon", "Privacyverklaring", "Cookiebeleid", "Klantenservice"],
               share=["Deel dit artikel", "LinkedIn", "X", "E-mail", "Kopieer link"], top=["Abonneer", "Inloggen"],
               cookie="Het FD gebruikt cookies en vergelijkbare technieken om de website goed te laten werken en om advertenties te tonen.",
               buttons=["Akkoord", "Instellingen aanpassen"])
SITE_HS = site("The Herald", "https://www.heraldscotland.example.com", " | The Herald", "en_GB", "@heraldscotland",
               ["News", "Politics", "Sport", "Business", "Opinion", "Culture", "Scotland's Towns", "Puzzles"],
               ["\u00a9 Copyright 2001-2025 Newsquest Media Group Ltd. Registered in England & Wales.", "Contact us", "Terms", "Privacy", "Cookie settings"],
               share=["Share", "Facebook", "X", "WhatsApp", "Email"], top=["Subscribe", "Sign in"],
               cookie="We and our partners use technologies, such as cookies, and process personal data, such as IP addresses and cookie identifiers, to personalise ads and content.",
               buttons=["I Accept", "Show Purposes"])
SITE_AMR = site("Augusta-Margaret River Mail", "https://www.amrmail.example.com.au", "", "en_AU", "@amrmail",
                ["News", "Local News", "Sport", "Community", "Business", "Entertainment", "Obituaries", "Today's Paper"],
                ["\u00a9 2025 Augusta-Margaret River Mail. All rights reserved.", "Contact Us", "Terms and Conditions", "Privacy Policy", "Conditions of Use"],
                share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Subscribe", "Log in"], graph=True)
SITE_CJ = site("Louisville Courier Journal", "https://www.courier-journal.example.com", "", "en_US", "@courierjournal",
               ["News", "Sports", "Kentucky Derby", "Things to Do", "Opinion", "Obituaries", "eNewspaper", "Legals"],
               ["\u00a9 2025 www.courier-journal.com. All rights reserved.", "Contact Us", "Terms of Service", "Privacy Policy", "Your Privacy Choices"],
               share=["Facebook", "X", "Email"], top=["Subscribe", "Sign In"])
SITE_DAK = site("Dakaractu", "https://www.dakaractu.example.com", " - Dakaractu", "fr_FR", "@dakaractu",
                ["Accueil", "Actualité", "Politique", "Société", "Économie", "International", "Sport", "Vidéos"],
                ["\u00a9 Dakaractu 2025", "Qui sommes-nous ?", "Publicité", "Mentions légales", "Contact"],
                share=["Partager", "Facebook", "X", "WhatsApp"])

HTML_STORIES = [
    # in-cyprus (original of the Reuters cluster).
    dict(NIC, role="original", file="incyprus_reuters_desalination_units.html", render="html",
         site=SITE_INC, section="Local", meta_section="Local",
         url="https://in-cyprus.philenews.example.com/local/cyprus-orders-floating-desalination-units-as-reservoirs-hit-record-low/",
         published="2025-07-15T14:20:00+03:00",
         ld_author=[{"@type": "Organization", "name": "Reuters"}],
         byline_lines=["Reuters"], date_lines=["15 July 2025 | 14:20"],
         caption="The nearly empty Kouris reservoir, the island's largest, in June.", credit="REUTERS/Stelios Charalambous",
         inserts={2: [("ad", "Advertisement")], 5: [("link", "Read also:", "Water cuts extended in Limassol villages")]},
         end_lines=[NIC_CREDITS],
         tags=("Tags", ["desalination", "drought", "water"]),
         lists=[("Most Read", ["Larnaca airport passenger traffic up 8% in June", "Heatwave: yellow warning issued for inland areas"])],
         newsletter_end=["Subscribe to our newsletter", "Get the top stories of the day in your inbox every morning.", "Sign up"]),
    # Le JDD (original of the AFP cluster).
    dict(TANA, role="original", file="lejdd_afp_antananarivo_delestages_fr.html", render="html",
         site=SITE_JDD, section="International", meta_section="International",
         url="https://www.lejdd.example.fr/international/madagascar-la-capitale-soumise-des-coupures-delectricite-de-huit-heures-par-jour-157312",
         published="2025-06-03T16:45:00+02:00", modified="2025-06-03T18:02:00+02:00",
         ld_author=[{"@type": "Organization", "name": "Le JDD avec AFP"}],
         breadcrumbs=["Accueil", "International"],
         byline_lines=["Le JDD avec AFP"], date_lines=["03/06/2025 à 16:45", "Mis à jour le 03/06/2025 à 18:02"],
         caption="Une rue d'Antananarivo plongée dans le noir, le 2 juin 2025.", credit="HERY RANDRIA / AFP",
         credit_shown="\u00a9 HERY RANDRIA / AFP",
         inserts={2: [("ad", "Publicité")], 4: [("link", "À LIRE AUSSI", "Au Mozambique, la colère monte contre la hausse du prix du carburant")]},
         below_body=[("readers", "Réagissez à cet article"), ("comment-gate", "Les commentaires sont réservés aux abonnés.")],
         lists=[("Les plus lus", ["Réforme des retraites : ce que prévoit le nouveau texte", "Météo : alerte aux orages dans 12 départements"])]),
    # Kölnische Rundschau (original of the dpa cluster).
    dict(LEI, role="original", file="rundschau_dpa_leipzig_buchmesse_de.html", render="html",
         site=SITE_KR, section="Kultur", meta_section="Kultur",
         url="https://www.rundschau-online.example.de/kultur/leipziger-buchmesse-meldet-besucherrekord-1004187",
         published="2025-03-30T17:12:00+02:00",
         ld_author=[{"@type": "Organization", "name": "dpa"}],
         kicker="Lesefest",
         byline_lines=["dpa"], date_lines=["30.03.2025, 17:12 Uhr"],
         above_body=[("reading", "2 min")],
         caption="Besucherinnen und Besucher drängen sich in der Glashalle der Leipziger Messe.", credit="Hendrik Baumgart/dpa",
         credit_shown="Foto: Hendrik Baumgart/dpa",
         inserts={3: [("ad", "Anzeige")]},
         below_body=[("newsletter", "Der Rundschau-Newsletter: Alles Wichtige aus Köln und der Region jeden Morgen in Ihrem Postfach.")],
         lists=[("Meistgelesen", ["KVB: Linie 18 fällt am Wochenende aus", "Kölner Zoo zeigt erstmals Nashorn-Nachwuchs"])]),
    # Dainik Jagran (India, Hindi): desk byline and dateline at the head of the first paragraph.
    rec(cluster="jagran-lucknow-metro-east-west-corridor", role="single", file="jagran_lucknow_metro_corridor_hi.html", render="html",
        site=SITE_DJ, title="लखनऊ मेट्रो के ईस्ट-वेस्ट कॉरिडोर को मंजूरी, चारबाग से वसंत कुंज तक दौड़ेगी मेट्रो",
        date="2025-10-21", dateline="जागरण संवाददाता, लखनऊ। ", city="Lucknow", country="IN", region="asia", lang="hi",
        section="उत्तर प्रदेश", meta_section="उत्तर प्रदेश",
        url="https://www.jagran.example.com/uttar-pradesh/lucknow-city-lucknow-metro-east-west-corridor-approved-40012345.html",
        description="करीब 11 किलोमीटर लंबे कॉरिडोर पर 12 स्टेशन बनाए जाएंगे।",
        published="2025-10-21T15:38:00+05:30",
        ld_author=[{"@type": "Organization", "name": "Jagran News Network"}],
        breadcrumbs=["होम", "उत्तर प्रदेश", "लखनऊ"],
        byline_lines=["By Jagran News Network"], date_lines=["Publish Date: Tue, 21 Oct 2025 03:38 PM (IST)"],
        caption="चारबाग मेट्रो स्टेशन के पास से गुजरती मेट्रो।", credit="जागरण आर्काइव",
        credit_shown="जागरण आर्काइव",
        inserts={2: [("ad", "विज्ञापन")], 4: [("link", "यह भी पढ़ें-", "लखनऊ में नई सिटी बसों का संचालन शुरू, इन रूटों पर मिलेगी सुविधा")]},
        below_body=[("summary", "हाइलाइट्स"), ("follow", "जागरण ऐप डाउनलोड करें")],
        lists=[("ट्रेंडिंग", ["लखनऊ में आज से बदलेगा मौसम, बारिश की संभावना", "यूपी बोर्ड परीक्षा की तारीखें घोषित"])],
        paras=P("""
लखनऊ मेट्रो के ईस्ट-वेस्ट कॉरिडोर को केंद्र सरकार से मंजूरी मिल गई है। इसके साथ ही चारबाग से वसंत कुंज तक मेट्रो
चलाने का रास्ता साफ हो गया है।

करीब 11 किलोमीटर लंबे इस कॉरिडोर पर कुल 12 स्टेशन बनाए जाएंगे, जिनमें से सात स्टेशन भूमिगत होंगे।

परियोजना पर लगभग 5,800 करोड़ रुपये खर्च होने का अनुमान है, जिसे केंद्र और राज्य सरकार मिलकर वहन करेंगी।

मेट्रो अधिकारियों के अनुसार कॉरिडोर के बनने से पुराने लखनऊ के अमीनाबाद, चौक और ठाकुरगंज जैसे घनी आबादी वाले इलाके
सीधे मेट्रो से जुड़ जाएंगे।

अधिकारियों का कहना है कि निर्माण कार्य अगले साल की शुरुआत में शुरू होगा और इसे पांच साल में पूरा करने का लक्ष्य रखा
गया है।

पुराने शहर के व्यापारियों ने परियोजना का स्वागत किया है, लेकिन निर्माण के दौरान यातायात व्यवस्था को लेकर चिंता भी
जताई है।

मेट्रो प्रबंधन ने कहा है कि भूमिगत हिस्से में सुरंग बनाने के लिए आधुनिक मशीनों का इस्तेमाल किया जाएगा, ताकि पुरानी
इमारतों को नुकसान न पहुंचे।

अभी लखनऊ में मेट्रो का एक ही कॉरिडोर चालू है, जो चौधरी चरण सिंह एयरपोर्ट से मुंशी पुलिया तक जाता है। इस पर रोजाना
करीब 90 हजार यात्री सफर करते हैं।
"""),
        must_have=[
            "परियोजना पर लगभग 5,800 करोड़ रुपये खर्च होने का अनुमान है, जिसे केंद्र और राज्य सरकार मिलकर वहन करेंगी।",
            "पुराने शहर के व्यापारियों ने परियोजना का स्वागत किया है, लेकिन निर्माण के दौरान यातायात व्यवस्था को लेकर चिंता भी जताई है।",
        ]),
    # El Financiero (Mexico, Spanish): staff.
    rec(cluster="elfinanciero-monterrey-linea6-metro", role="single", file="elfinanciero_monterrey_metrorrey_linea6_es.html", render="html",
        site=SITE_EF, title="Línea 6 del Metro de Monterrey arrancará operaciones parciales antes del Mundial 2026",
        date="2025-08-13", country="MX", region="americas", lang="es", authors=["Mariana Robles"],
        section="Nacional", meta_section="Nacional",
        url="https://www.elfinanciero.example.com.mx/monterrey/2025/08/13/linea-6-del-metro-de-monterrey-arrancara-operaciones-parciales-antes-del-mundial-2026/",
        description="El gobierno de Nuevo León prevé abrir primero el tramo entre Escobedo y el Parque Fundidora.",
        published="2025-08-13T16:40:00-06:00",
        byline_lines=["Mariana Robles"], date_lines=["13/08/2025 | Actualizado a las 17:55 hrs."],
        caption="Trabajos de construcción de la Línea 6 del Metro en avenida Miguel Alemán.", credit="Cuartoscuro",
        credit_shown="(Foto: Cuartoscuro)",
        inserts={2: [("ad", "Publicidad")], 5: [("promo", ["Newsletter", "Recibe las noticias más importantes de Monterrey en tu correo.", "Suscríbete"])]},
        tags=("Temas relacionados", ["Metrorrey", "Nuevo León", "Mundial 2026"]),
        lists=[("Lo más visto", ["Tipo de cambio: el peso cierra con ganancia", "Banxico recorta la tasa de interés"])],
        paras=P("""
La Línea 6 del Metro de Monterrey comenzará a operar de manera parcial antes de que inicie el Mundial de
futbol de 2026, informó el gobierno de Nuevo León.

El primer tramo abarcará 10 estaciones entre el municipio de Escobedo y la zona del Parque Fundidora, donde
se instalará el festival de aficionados durante el torneo.

La obra presenta un avance de 78%, de acuerdo con la Secretaría de Movilidad y Planeación Urbana del estado.

La inversión total del proyecto asciende a unos 16 mil millones de pesos, financiados con recursos estatales
y créditos de la banca de desarrollo.

Empresarios de la zona norte de la ciudad señalaron que la línea reducirá los tiempos de traslado de miles
de trabajadores del sector industrial.

"Hoy un trabajador puede tardar hasta dos horas en llegar a su planta; con el Metro será menos de la mitad",
dijo el presidente de una cámara industrial local.

Los trenes serán de tipo monorriel, algo inédito en el sistema, y cada uno podrá transportar a unas 800
personas.

El resto de la línea se prevé terminar a finales de 2026.
"""),
        must_have=[
            "La obra presenta un avance de 78%, de acuerdo con la Secretaría de Movilidad y Planeación Urbana del estado.",
            "Los trenes serán de tipo monorriel, algo inédito en el sistema, y cada uno podrá transportar a unas 800 personas.",
        ]),
    # Het Financieele Dagblad (gzipped page, Dutch): staff.
    rec(cluster="fd-rotterdam-walstroom-cruiseterminal", role="single", file="fd_rotterdam_walstroom_nl.html.gz", render="html",
        site=SITE_FD, title="Rotterdamse haven legt walstroom aan voor grootste containerschepen",
        date="2025-02-12", country="NL", region="europe", lang="nl", authors=["Sanne de Vries"],
        section="Bedrijfsleven", meta_section="Bedrijfsleven",
        url="https://fd.example.nl/bedrijfsleven/1541287/rotterdamse-haven-legt-walstroom-aan-voor-grootste-containerschepen",
        description="Het Havenbedrijf investeert samen met twee terminals €120 mln in aansluitingen op de Maasvlakte.",
        published="2025-02-12T06:00:00+01:00", free=False,
        byline_lines=["Sanne de Vries"], date_lines=["12 februari 2025"],
        above_body=[("reading", "Leestijd 3 minuten"), ("gift", "Cadeau geven"), ("save", "Bewaren")],
        caption="Containerschepen aan de kade op de Maasvlakte.", credit="ANP",
        credit_shown="Foto: ANP",
        inserts={3: [("ad", "Advertentie")]},
        below_body=[("paywall", "Dit artikel is voor abonnees. Lees verder met een FD-abonnement."), ("paywall", "Bekijk abonnementen")],
        lists=[("Meest gelezen", ["Beursgenoteerde fondsen zien uitstroom in januari", "Kabinet wil sneller netcongestie aanpakken"])],
        paras=P("""
Het Havenbedrijf Rotterdam gaat samen met twee containerterminals op de Maasvlakte walstroom aanleggen voor
de grootste containerschepen ter wereld.

Met de aansluitingen kunnen schepen aan de kade hun motoren uitzetten en stroom van het net gebruiken, wat
de uitstoot van stikstof en CO2 in de haven fors vermindert.

De investering bedraagt ongeveer €120 mln, waarvan een deel wordt betaald uit een Europese subsidie.

Vanaf 2028 zijn grote containerschepen in Europese havens verplicht walstroom te gebruiken.

Directeur Infrastructuur Marleen Oosterhout zegt dat de netbeheerder tijdig extra capaciteit levert voor het
project.

'Zonder voldoende netcapaciteit is walstroom een lege belofte. Daar hebben we nu afspraken over gemaakt,'
aldus Oosterhout.

Rederijen zijn positief, maar wijzen erop dat niet al hun schepen al over de benodigde installatie aan boord
beschikken.

Het Havenbedrijf verwacht dat op termijn ook cruiseschepen en binnenvaartschepen in het hele havengebied van walstroom gebruik zullen maken.

De eerste aansluitingen moeten in 2027 in gebruik worden genomen.
"""),
        must_have=[
            "De investering bedraagt ongeveer €120 mln, waarvan een deel wordt betaald uit een Europese subsidie.",
            "Vanaf 2028 zijn grote containerschepen in Europese havens verplicht walstroom te gebruiken.",
        ]),
    # The Herald (Glasgow): staff.
    rec(cluster="heraldscotland-glasgow-subway-night-service", role="single", file="heraldscotland_subway_late_trains.html", render="html",
        site=SITE_HS, title="Glasgow Subway to run later trains on Saturdays in year-long trial",
        date="2025-09-24", country="GB", region="europe", lang="en", authors=["Fiona McLaren"],
        section="News", meta_section="News",
        url="https://www.heraldscotland.example.com/news/25482913.glasgow-subway-run-later-trains-saturdays-trial/",
        description="Services will run until midnight on Saturdays from November.",
        published="2025-09-24T17:30:00+01:00",
        byline_lines=["By Fiona McLaren", "Transport Correspondent"], date_lines=["24th September 2025"],
        above_body=[("comments", "Comments")],
        caption="The trial will run for 12 months.", credit="Euan Drummond",
        credit_shown="Image: Euan Drummond",
        inserts={2: [("link", "Read more:", "Scotland's rail fares: peak fares scrapped for good")], 4: [("ad", "Advertisement")],
                 6: [("link", "Read more:", "Glasgow's city centre low emission zone: what you need to know")]},
        author_box=["Fiona McLaren is The Herald's Transport Correspondent."],
        comments=["Comments: Our rules", "We want our comments to be a lively and valuable part of our community.", "Read the rules here"],
        lists=[("Most Read", ["Scottish Budget: what it means for you", "M8 closure: diversions announced for weekend works"])],
        paras=P("""
The Glasgow Subway will run later on Saturday nights from November as part of a year-long trial, the
transport body that operates it has confirmed.

Trains will run until midnight on Saturdays, compared with the current last departure at 11.30pm, with a
further extension possible if demand is strong.

Strathclyde Partnership for Transport (SPT) said the trial would cost around £400,000 and would be
reviewed after six months.

Night-time businesses have long argued that the early closure leaves visitors to the West End and city
centre with few options to get home.

Hospitality owner Declan Rafferty said the change was a small but welcome step for the city's night-time
economy.

Unions said staff safety and extra shifts would have to be agreed before the trial begins.

SPT chair Andrea Kinnaird said the body would also look at extending Sunday hours, which currently end at
6.12pm.

The Subway carried more than 12 million passengers last year.
"""),
        must_have=[
            "Trains will run until midnight on Saturdays, compared with the current last departure at 11.30pm, with a further extension possible if demand is strong.",
            "Unions said staff safety and extra shifts would have to be agreed before the trial begins.",
        ]),
    # Augusta-Margaret River Mail (Western Australia, ACM layout): staff.
    rec(cluster="amrmail-margaretriver-bypass-stage-two", role="single", file="amrmail_margaret_river_townsite.html", render="html",
        site=SITE_AMR, title="Townsite parking plan shelved after backlash from Margaret River traders",
        date="2025-06-04", country="AU", region="oceania", lang="en", authors=["Jacinta Morrow"],
        section="Local News", meta_section="Local News",
        url="https://www.amrmail.example.com.au/story/8943721/townsite-parking-plan-shelved-after-backlash/",
        description="The shire will look again at paid parking on Bussell Highway.",
        published="2025-06-04T13:30:00+08:00", modified="2025-06-04T14:26:00+08:00",
        breadcrumbs=["Home", "News", "Local News"],
        byline_lines=["By Jacinta Morrow"], date_lines=["Updated June 4 2025 - 2:26pm, first published 1:30pm"],
        caption="Bussell Highway in the Margaret River townsite.", credit="Supplied",
        credit_shown="Picture: Supplied",
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("ace", "Get the latest Augusta-Margaret River news in your inbox"), ("ace", "Sign up for our newsletter to stay up to date.")],
        tags=("Topics", ["Local News", "Council"]),
        lists=[("More from Local News", ["Surf classic dates locked in for 2026", "Cowaramup school crossing upgrade approved"])],
        share_top=False,
        paras=P("""
A plan to introduce paid parking in the Margaret River townsite has been shelved after strong opposition from
local traders and residents.

The Shire of Augusta Margaret River had proposed charging $3 an hour for bays along Bussell Highway and in two
nearby car parks during peak holiday periods.

More than 400 submissions were received during the public comment period, the vast majority against the plan.

Shire president Tamsin Whitby said councillors had listened to the community and would look at other options.

"People were worried about what it would mean for shops and for locals who just want to pop into town," she
said.

Traders had argued visitors would simply drive to Busselton or Dunsborough instead.

The shire will now look at time limits and better signage to direct drivers to the car parks behind the main
street.

A report on the new options is expected before the summer holidays.
"""),
        must_have=[
            "More than 400 submissions were received during the public comment period, the vast majority against the plan.",
            "Traders had argued visitors would simply drive to Busselton or Dunsborough instead.",
        ]),
    # Louisville Courier Journal (Kentucky): staff, Gannett layout.
    rec(cluster="courierjournal-louisville-tarc-fare-changes", role="single", file="courierjournal_tarc_fares.html", render="html",
        site=SITE_CJ, title="TARC board approves fare increase, new day pass as deficit looms",
        date="2025-10-02", country="US", region="americas", lang="en", authors=["Dakota Reyes"],
        section="News", meta_section="News",
        url="https://www.courier-journal.example.com/story/news/local/2025/10/02/tarc-board-approves-fare-increase-new-day-pass/86123455007/",
        description="Adult fares will rise to $2 from January.",
        published="2025-10-02T06:00:00-04:00",
        byline_lines=["Dakota Reyes", "Louisville Courier Journal"], date_lines=["Published 6:00 a.m. ET Oct. 2, 2025"],
        caption="A TARC bus travels along Fourth Street in downtown Louisville.", credit="Cole Haskins/Courier Journal",
        inserts={2: [("ad", "Advertisement")]},
        end_lines=["Reach Dakota Reyes at dreyes@courier-journal.com."],
        lists=[("Most Popular", ["Louisville weather: frost advisory issued for Thursday", "What to know about the St. James Court Art Show"])],
        newsletter_end=["Get the latest news from Louisville, delivered straight to your inbox. Sign up for our newsletter."],
        paras=P("""
The Transit Authority of River City board voted Wednesday to raise the standard adult bus fare to $2 from
$1.75, the first increase in more than a decade.

The change, which takes effect in January, comes as the agency faces a projected deficit of about $28 million
once federal pandemic relief funds run out.

Riders will also be able to buy a new $4 day pass, which board members said would protect people who take
several buses a day.

Reduced fares for seniors, students and people with disabilities will stay at 90 cents.

Several riders told the board the increase would be hard on low-income workers who depend on the bus.

"Every quarter counts when you're riding twice a day, five days a week," said Louisville resident Tasha
Kimbrough.

TARC officials said the fare change alone would not close the budget gap, and route cuts remain possible.

The board will present a revised service plan in November.
"""),
        must_have=[
            "Riders will also be able to buy a new $4 day pass, which board members said would protect people who take several buses a day.",
            "Reduced fares for seniors, students and people with disabilities will stay at 90 cents.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Daily Guide Network (Ghana): GNA copy with an 'Accra, March 5, GNA - ' dateline.
    rec(cluster="dailyguide-gna-accra-kotoka-terminal-two", role="single", file="newsplease_dailyguide_gna_accra_terminal.json",
        render="newsplease", title="Kotoka Airport Terminal 2 to reopen after renovation – GACL",
        date="2025-03-05", dateline="Accra, March 5, GNA - ", city="Accra", country="GH", region="africa", lang="en", agency="GNA",
        url="https://dailyguidenetwork.example.com/kotoka-airport-terminal-2-to-reopen-after-renovation-gacl/",
        source_domain="dailyguidenetwork.example.com",
        description="The renovated terminal will handle regional flights.",
        np_authors=["Daily Guide Network"], np_publish="2025-03-05 16:20:00", np_download="2025-03-05 20:11:37",
        head_lines=["By Daily Guide Network", "March 5, 2025"],
        tail_lines=["GNA", "Share this:", "Related Posts", "Leave a Reply Cancel reply"],
        paras=P("""
The Ghana Airports Company Limited (GACL) says the renovated Terminal 2 of the Kotoka International Airport
will reopen to passengers at the end of April to handle regional flights.

Mr Kwabena Asante-Mensah, the Managing Director of GACL, said this when he led journalists on a tour of the
facility in Accra.

He said the terminal, which had been closed since 2022, had been fitted with new check-in counters, baggage
belts and air-conditioning systems.

The terminal would be able to handle about 1,500 passengers an hour, easing pressure on Terminal 3, which
currently handles both international and regional traffic.

Mr Asante-Mensah said the renovation was funded from the company's internally generated funds at a cost of
about 35 million dollars.

He said airlines operating flights within the West African sub-region would be moved to Terminal 2 in phases.

The Managing Director urged passengers to arrive early during the first weeks of operation as staff got used
to the new systems.
"""),
        must_have=[
            "He said the terminal, which had been closed since 2022, had been fitted with new check-in counters, baggage belts and air-conditioning systems.",
            "He said airlines operating flights within the West African sub-region would be moved to Terminal 2 in phases.",
        ]),
    # news-please, Kiripost (Cambodia): staff.
    rec(cluster="kiripost-phnompenh-bus-routes-return", role="single", file="newsplease_kiripost_phnompenh_buses.json",
        render="newsplease", title="Phnom Penh City Bus Restores Three Routes as Ridership Climbs",
        date="2025-05-27", country="KH", region="asia", lang="en", authors=["Sok Sreymom"],
        url="https://kiripost.example.com/stories/phnom-penh-city-bus-restores-three-routes-as-ridership-climbs",
        source_domain="kiripost.example.com",
        description="The routes were suspended during the pandemic.",
        np_authors=["Sok Sreymom"], np_publish="2025-05-27 10:05:00", np_download="2025-05-27 14:40:02",
        head_lines=["Sok Sreymom", "May 27, 2025", "4 min read"],
        tail_lines=["Kiripost is a digital media start-up that aims to inspire young Cambodians.",
                    "Subscribe to Kiripost's newsletter", "Read more stories"],
        paras=P("""
Phnom Penh's public bus service will restore three routes that were suspended during the Covid-19 pandemic,
as the number of passengers continues to climb, city officials said.

The routes link the city centre with Chbar Ampov, Chroy Changvar and the area near the new Techo
International Airport.

The city bus network now carries about 18,000 passengers a day, up from fewer than 10,000 two years ago.

Officials said 40 new buses, including 15 electric buses, would be added to the fleet this year.

Student Chan Vicheka, 20, said she takes the bus every day to her university because it is cheaper and safer
than a tuk-tuk.

"Before, I waited almost an hour for a bus. Now it is better, but it is still crowded in the morning," she
said.

Fares remain at 1,500 riel per trip, while students, monks and the elderly ride for free.

Transport experts say more dedicated bus lanes are needed to keep buses from getting stuck in the capital's
heavy traffic.
"""),
        must_have=[
            "The city bus network now carries about 18,000 passengers a day, up from fewer than 10,000 two years ago.",
            "Fares remain at 1,500 riel per trip, while students, monks and the elderly ride for free.",
        ]),
    # news-please, The Island (Sri Lanka): staff.
    rec(cluster="island-colombo-port-city-expressway-toll", role="single", file="newsplease_island_colombo_elevated_highway.json",
        render="newsplease", title="Port City elevated highway opening delayed to mid-2026",
        date="2025-12-02", country="LK", region="asia", lang="en", authors=["Sumudu Perera"],
        url="https://island.example.lk/port-city-elevated-highway-opening-delayed-to-mid-2026/",
        source_domain="island.example.lk",
        description="The highway links the Colombo Port City with the Outer Circular Highway.",
        np_authors=["Sumudu Perera"], np_publish="2025-12-02 20:15:00", np_download="2025-12-03 07:02:55",
        head_lines=["Published", "December 2, 2025", "By Sumudu Perera"],
        tail_lines=["Continue Reading", "Click to comment", "You must be logged in to post a comment Login", "Latest News"],
        paras=P("""
The opening of the elevated highway connecting the Colombo Port City with the New Kelani Bridge has been
delayed to mid-2026, officials of the Road Development Authority (RDA) said yesterday.

The 5.3-kilometre highway was earlier expected to be opened to traffic by the end of this year.

RDA officials said the delay was due to problems in relocating utility lines and the late arrival of steel
for the final spans.

About 82 percent of the work has been completed, they said.

The highway is expected to reduce travel time between the Port City and the Katunayake Expressway to under
15 minutes during peak hours.

Motorists using the Baseline Road and Galle Road have complained of traffic jams caused by lane closures
near the construction sites.

A senior official said toll rates for the new highway had not yet been decided.

The project is being carried out by a foreign contractor under an investment agreement signed in 2019.
"""),
        must_have=[
            "RDA officials said the delay was due to problems in relocating utility lines and the late arrival of steel for the final spans.",
            "A senior official said toll rates for the new highway had not yet been decided.",
        ]),
    # trafilatura, El Cronista (Argentina, Spanish): staff.
    rec(cluster="cronista-buenosaires-subte-linea-f", role="single", file="trafilatura_cronista_subte_linea_f_es.json",
        render="trafilatura", title="Subte: la Ciudad adjudicó la obra de la Línea F y prevé inaugurarla en 2029",
        date="2025-04-16", country="AR", region="americas", lang="es", authors=["Lucía Fernández Ortiz"], section="Economía y Política",
        url="https://www.cronista.example.com/economia-politica/subte-la-ciudad-adjudico-la-obra-de-la-linea-f-y-preve-inaugurarla-en-2029/",
        hostname="cronista.example.com", source_hostname="El Cronista",
        description="La nueva línea unirá Barracas con Palermo en 20 minutos.",
        tf_author="Lucía Fernández Ortiz", tf_date="2025-04-16", tf_language="es", categories="Economía y Política;Negocios",
        tf_tags="subte;Línea F;transporte",
        head_lines=["Lucía Fernández Ortiz", "16 de Abril de 2025 17:30", "Seguí leyendo"],
        tail_lines=["Compartí tus comentarios", "¿Querés dejarnos un comentario? Iniciá sesión", "Noticias relacionadas"],
        paras=P("""
El Gobierno porteño adjudicó la construcción de la Línea F del subte, que unirá Barracas con Plaza Italia, y
prevé que los primeros trenes circulen en 2029.

La traza tendrá unos 8 kilómetros y 12 estaciones, con combinación con las líneas C, E, A, B, D y H.

El contrato, por u$s1.300 millones, quedó en manos de un consorcio integrado por dos constructoras locales y
una empresa europea.

El financiamiento combinará fondos propios de la Ciudad con un préstamo de un organismo multilateral de
crédito.

Según las estimaciones oficiales, el viaje completo demandará unos 20 minutos y la línea transportará a unos
200.000 pasajeros por día.

Se trata de la primera línea de subte nueva que se construye en Buenos Aires desde la inauguración de la
Línea H.

Cámaras de comerciantes de Barracas y de Constitución pidieron que las obras se hagan por etapas para
evitar cortes prolongados en las avenidas.

Las tareas preliminares, como el traslado de cañerías y cables, comenzarán en el segundo semestre.
"""),
        must_have=[
            "El financiamiento combinará fondos propios de la Ciudad con un préstamo de un organismo multilateral de crédito.",
            "Las tareas preliminares, como el traslado de cañerías y cables, comenzarán en el segundo semestre.",
        ]),
    # trafilatura, Denník N (Slovakia, Slovak): TASR copy with a 'Bratislava 4. apríla (TASR) - ' dateline.
    rec(cluster="dennikn-tasr-bratislava-elektricky-petrzalka", role="single", file="trafilatura_dennikn_tasr_petrzalka_sk.json",
        render="trafilatura", title="Električky do Petržalky budú od leta jazdiť až na Janíkov dvor",
        date="2025-04-04", dateline="Bratislava 4. apríla (TASR) - ", city="Bratislava", country="SK", region="europe",
        lang="sk", agency="TASR", section="Slovensko",
        url="https://dennikn.example.sk/minuta/4518223/",
        hostname="dennikn.example.sk", source_hostname="Denník N",
        description="Druhá etapa nosného systému sa dokončuje.",
        tf_author="TASR", tf_date="2025-04-04", tf_language="sk", categories="Slovensko;Minúta po minúte",
        head_lines=["TASR", "4. apríla 2025, 11:42"],
        tail_lines=["Minúta po minúte", "Predplaťte si Denník N", "Pridajte sa k predplatiteľom"],
        paras=P("""
Električky v bratislavskej Petržalke by mali od leta jazdiť až na konečnú zastávku Janíkov dvor.

Informoval o tom v piatok hovorca hlavného mesta Juraj Haško s tým, že stavebné práce na druhej etape
nosného systému sa blížia ku koncu.

Nová trať meria približne 2,4 kilometra a pribudnú na nej štyri zastávky.

Projekt za takmer 100 miliónov eur je financovaný najmä z eurofondov.

Mesto v súvislosti s predĺžením trate upraví aj vedenie niektorých autobusových liniek v Petržalke, aby
na električku nadväzovali.

"Obyvatelia južnej časti Petržalky sa konečne dostanú do centra bez prestupu," uviedol Haško.

Skúšobné jazdy by sa mali začať v júni.

Na konečnej zastávke Janíkov dvor vznikne aj záchytné parkovisko pre približne 500 áut.

Mesto tak chce motivovať vodičov z okolitých obcí, aby do centra pokračovali električkou.

Prvá etapa nosného systému, ktorá vedie po Jantárovú cestu, je v prevádzke od roku 2016.

Petržalka je s viac ako 100.000 obyvateľmi najväčšou mestskou časťou Bratislavy.
"""),
        must_have=[
            "Nová trať meria približne 2,4 kilometra a pribudnú na nej štyri zastávky.",
            "Projekt za takmer 100 miliónov eur je financovaný najmä z eurofondov.",
        ]),
    # trafilatura, The Ensign (Gore, New Zealand): staff.
    rec(cluster="ensign-gore-water-treatment-upgrade", role="single", file="trafilatura_ensign_gore_water.json",
        render="trafilatura", title="Gore water plant upgrade to cost $18m, council told",
        date="2025-08-28", country="NZ", region="oceania", lang="en", authors=["Toni McKenzie"], section="News",
        url="https://www.ensign.example.co.nz/news/gore-water-plant-upgrade-to-cost-18m-council-told/",
        hostname="ensign.example.co.nz", source_hostname="The Ensign",
        description="The upgrade will bring the plant in line with new drinking water rules.",
        tf_author="Toni McKenzie", tf_date="2025-08-28", tf_language="en", categories="News;Local",
        head_lines=["By Toni McKenzie", "August 28, 2025", "Local Democracy Reporting"],
        tail_lines=["LDR is local body journalism co-funded by RNZ and NZ On Air.", "Share on Facebook", "More Local News"],
        paras=P("""
Upgrading Gore's main water treatment plant will cost about $18 million, more than double the figure
budgeted three years ago, the Gore District Council has been told.

A report to the council's infrastructure committee said the higher cost reflected new national drinking
water rules, rising construction costs and the need to replace old filters.

The plant supplies about 8,000 residents in Gore and Mataura.

Council chief executive Rachael Tahuri said the work could not be delayed because the plant had failed to
meet some treatment standards last winter.

Councillor Graeme Aitken said ratepayers deserved to know how the cost had blown out so much.

"People are already struggling with rates. We need to be upfront about this," he said.

Staff said the council would seek government funding and look at spreading the cost over 30 years.

The council will hold a public workshop on the project next month.

Construction is expected to start in the middle of next year.
"""),
        must_have=[
            "The plant supplies about 8,000 residents in Gore and Mataura.",
            "Staff said the council would seek government funding and look at spreading the cost over 30 years.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

JSONL_STORIES = [
    # news-please shape: the Reuters story on the Famagusta Gazette (syndicated member of the Reuters cluster).
    dict(NIC, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://famagusta-gazette.example.com/cyprus-orders-floating-desalination-units-as-reservoirs-hit-record-low/",
         source_domain="famagusta-gazette.example.com",
         np_authors=["Famagusta Gazette"], np_publish="2025-07-15 15:02:00", np_download="2025-07-15 18:47:30",
         head_lines=["Famagusta Gazette", "July 15, 2025", "Cyprus News"],
         tail_lines=[NIC_CREDITS, "Source: Reuters", "Share this:", "Related"]),
    # newsbeam html shape: the AFP story on Dakaractu (syndicated member of the AFP cluster).
    dict(TANA, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_DAK,
         section="International", meta_section="International",
         url="https://www.dakaractu.example.com/Madagascar-la-capitale-soumise-a-des-coupures-d-electricite-de-huit-heures-par-jour_261843.html",
         published="2025-06-03T15:20:00+00:00",
         nb_published="2025-06-03T15:20:00Z", outlet="Dakaractu", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "Dakaractu"}],
         byline_lines=["Dakaractu"], date_lines=["Mardi 3 Juin 2025 - 15:20"],
         below_body=[("source", "Source : AFP"), ("views", "Lu 1243 fois")],
         comments=["Dans la même rubrique :", "Nouveau commentaire :"],
         lists=[("Les plus lus", ["Dakar : la circulation perturbée sur la VDN ce week-end"])]),
    # newsbeam text shape: Channel 5 Belize (broadcaster): staff.
    rec(cluster="channel5belize-belmopan-hummingbird-highway", role="single", file=JSONL_A, render="newsbeam",
        title="Hummingbird Highway rehabilitation to begin next month",
        date="2025-01-29", country="BZ", region="americas", lang="en", authors=["Marisol Cuellar"],
        url="https://edition.channel5belize.example.com/hummingbird-highway-rehabilitation-to-begin-next-month/",
        nb_published="2025-01-29T23:30:00Z", outlet="Channel 5 Belize", nb_authors=["Channel 5 Belize"],
        head_lines=["Posted: Wednesday, January 29, 2025. 5:30 pm CST.", "By Marisol Cuellar:"],
        tail_lines=["Channel 5 Belize", "Like us on Facebook", "Comments are closed."],
        paras=P("""
Work to rehabilitate a 30-mile stretch of the Hummingbird Highway between Belmopan and Dangriga will begin
in February, the Ministry of Infrastructure Development and Housing says.

The project includes widening the road, replacing old culverts and strengthening several bridges that were
damaged in last year's flooding.

It is being financed through a loan of about 60 million U.S. dollars from a regional development bank.

Minister Julian Flowers told News Five that traffic will be managed in sections so that the highway stays
open to buses and trucks.

"This is the main link between the capital and the south. We cannot close it, so we will work one side at a
time," Flowers said.

Bus operators welcomed the project but asked that work be kept to daylight hours as much as possible.

The contractor has been given 30 months to complete the work.

The Hummingbird Highway is known for its steep hills and sharp curves, and has been the scene of several
serious accidents.
"""),
        must_have=[
            "It is being financed through a loan of about 60 million U.S. dollars from a regional development bank.",
            "The contractor has been given 30 months to complete the work.",
        ]),
    # trafilatura shape: the dpa story on the Göttinger Tageblatt (syndicated member of the dpa cluster).
    dict(LEI, role="syndicated", file=JSONL_B, render="trafilatura", section="Kultur",
         url="https://www.goettinger-tageblatt.example.de/kultur/leipziger-buchmesse-meldet-besucherrekord-KQ7XW3M2LRF4TNB6.html",
         hostname="goettinger-tageblatt.example.de", source_hostname="Göttinger Tageblatt",
         tf_author="dpa", tf_date="2025-03-30", tf_language="de", categories="Kultur;Bücher",
         head_lines=["RND/dpa", "30.03.2025, 18:05 Uhr"],
         tail_lines=["dpa-infocom, dpa:250330-930-419871/2", "Mehr zum Thema", "Lesen Sie auch"]),
    # news-please shape: Burkina24 (Burkina Faso): AIB copy with an 'Ouagadougou, 10 fév. 2025 (AIB)-' dateline.
    rec(cluster="burkina24-aib-ouagadougou-bus-sotraco", role="single", file=JSONL_B, render="newsplease",
        title="Transport urbain : la SOTRACO met en circulation 50 nouveaux bus à Ouagadougou",
        date="2025-02-10", dateline="Ouagadougou, 10 fév. 2025 (AIB)-", city="Ouagadougou", country="BF", region="africa",
        lang="fr", agency="AIB",
        url="https://www.burkina24.example.com/2025/02/10/transport-urbain-la-sotraco-met-en-circulation-50-nouveaux-bus-a-ouagadougou/",
        source_domain="www.burkina24.example.com",
        description="Les nouveaux bus desserviront les quartiers périphériques de la capitale.",
        np_authors=["Burkina 24"], np_publish="2025-02-10 18:05:00", np_download="2025-02-10 21:33:48",
        head_lines=["Burkina 24", "lundi 10 février 2025 à 18h05min"],
        tail_lines=["Agence d'information du Burkina", "Restez connectés avec Burkina 24 sur WhatsApp", "Articles similaires", "Laisser un commentaire"],
        paras=P("""
La Société de transport en commun de Ouagadougou (SOTRACO) a mis en circulation, ce lundi, 50 nouveaux bus
destinés à desservir les quartiers périphériques de la capitale.

Les véhicules, d'une capacité de 90 places chacun, ont été acquis pour un coût global d'environ 4,5
milliards de francs CFA.

Selon le directeur général de la SOTRACO, Issouf Kaboré, ces bus permettront de créer quatre nouvelles
lignes vers les zones non loties de Ouagadougou.

Il a indiqué que la flotte de la société passe ainsi à plus de 200 bus en circulation.

Les usagers présents à la cérémonie ont salué l'initiative, tout en souhaitant une meilleure régularité
des passages aux arrêts.

Le ministre en charge des Transports a invité les usagers à prendre soin des nouveaux véhicules, qui sont,
selon lui, un bien commun.

Le prix du ticket reste fixé à 200 francs CFA par trajet.

La SOTRACO transporte en moyenne 60 000 passagers par jour dans la capitale burkinabè.
"""),
        must_have=[
            "Les véhicules, d'une capacité de 90 places chacun, ont été acquis pour un coût global d'environ 4,5 milliards de francs CFA.",
            "Le prix du ticket reste fixé à 200 francs CFA par trajet.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fifty-sixth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: in-cyprus '15 July 2025 | 14:20' and the Famagusta "
    "Gazette copy 'July 15, 2025'; Le JDD '03/06/2025 à 16:45', not 'Mis à jour', and the Dakaractu copy 'Mardi 3 Juin "
    "2025 - 15:20' (Dakar, UTC+0); Kölnische Rundschau '30.03.2025, 17:12 Uhr' and the Göttinger Tageblatt copy "
    "'30.03.2025, 18:05 Uhr'; the Geraldton Guardian 'Tue, 10 June 2025 3:30PM' (both copies); Expressen 'Publicerad "
    "14:32, 12 maj 2025', not 'Uppdaterad'; Hankook Ilbo '입력 2025.04.03 15:40' (input = publication), not '수정' "
    "(modified); the Des Moines Register 'Published 5:02 a.m. CT Aug. 20, 2025', not 'Updated'; Echo24 '12. 9. 2025 "
    "13:05' (day first); Hungary Today '2025.02.18.' (year first, Hungarian order); AlterPresse 'mardi 14 janvier "
    "2025' and its dateline '14 janv. 2025'; Eagle Online 'October 6, 2025'; Emarat Al Youm 'التاريخ: 05 نوفمبر "
    "2025' (5 November); Harian Jogja 'Selasa, 22 Juli 2025 - 14:15 WIB'; Business Insider Africa '11 March 2025 at "
    "09:14'; Dainik Jagran 'Publish Date: Tue, 21 Oct 2025 03:38 PM (IST)'; El Financiero '13/08/2025 | Actualizado a las 17:55 hrs.' (the "
    "update is the same day); FD '12 februari 2025'; The Herald '24th September 2025'; the Augusta-Margaret River "
    "Mail prints only 'Updated June 4 2025 - 2:26pm, first published 1:30pm' (first publication the same day, as "
    "article:published_time states); the Courier Journal 'Published 6:00 a.m. ET Oct. 2, 2025'; Daily Guide "
    "'March 5, 2025' and the GNA dateline 'Accra, March 5'; Kiripost 'May 27, 2025'; The Island 'December 2, 2025' "
    "(news-please's download stamp is the next morning); El Cronista '16 de Abril de 2025 17:30'; Denník N '4. "
    "apríla 2025, 11:42'; The Ensign 'August 28, 2025'; Channel 5 Belize 'Posted: Wednesday, January 29, 2025. 5:30 "
    "pm CST.' with the crawler stamp 23:30Z the same moment; Burkina24 'lundi 10 février 2025 à 18h05min' and the AIB "
    "dateline '10 fév. 2025'",
    "dateline_city": "'NICOSIA, July 15 (Reuters) - ' -> 'Nicosia' (both Reuters copies); 'Antananarivo (AFP) - ' -> "
    "'Antananarivo' (both AFP copies, on a French and a Senegalese site); 'Leipzig (dpa) - ' -> 'Leipzig' (both dpa "
    "copies); Echo24's ČTK opening 'Brno - ' -> 'Brno'; AlterPresse's 'P-au-P, 14 janv. 2025 [AlterPresse] --- ' "
    "('P-au-P' is the paper's abbreviation of Port-au-Prince) -> 'Port-au-Prince'; Harian Jogja's "
    "'Harianjogja.com, JOGJA\u2014' (site name and the local short name of the city) -> 'Yogyakarta'; Dainik "
    "Jagran's opening 'जागरण संवाददाता, लखनऊ। ' ('Jagran correspondent, Lucknow.', desk credit and city printed at "
    "the start of the first paragraph, closed by a danda) -> 'Lucknow'; Daily Guide's 'Accra, March 5, GNA - ' -> 'Accra'; Denník N's 'Bratislava "
    "4. apríla (TASR) - ' -> 'Bratislava'; Burkina24's 'Ouagadougou, 10 fév. 2025 (AIB)-' -> 'Ouagadougou'. Place "
    "lines above the body are byline lines, not datelines: Hankook Ilbo's '세종=박서윤 기자' ('Sejong = reporter Park "
    "Seo-yun') and Emarat Al Youm's 'دبي - وام' ('Dubai - WAM') are chrome, and those stories (and all the other "
    "records) have no dateline (city null) and take the country of the story's location",
    "country": "the Reuters story is Cyprus (CY), which UN M49 puts in Western Asia (region asia), on both copies; "
    "the AFP story is Madagascar (MG, africa) although it runs on a French and a Senegalese site; Emarat Al Youm's "
    "story is the United Arab Emirates (AE, asia); Dainik Jagran's story is India (IN, asia); Channel 5's is "
    "Belize (BZ, americas); AlterPresse's is Haiti (HT, americas); Business Insider Africa's is Nigeria (NG)",
    "agency": "in-cyprus ('Reuters' byline and credit line) and the Famagusta Gazette (outlet byline, Reuters dateline, "
    "credit and 'Source: Reuters') carry Reuters; Le JDD ('Le JDD avec AFP') and Dakaractu ('Dakaractu' desk over an "
    "AFP dateline, 'Source : AFP') carry AFP; Kölnische Rundschau ('dpa' byline) and the Göttinger Tageblatt "
    "('RND/dpa', the dpa-infocom line) carry dpa; Echo24 carries ČTK ('ČTK' byline); Hungary Today carries MTI "
    "('Via MTI'); Emarat Al Youm carries WAM ('دبي - وام'); Daily Guide carries GNA (GNA dateline and sign-off); "
    "Denník N carries TASR; Burkina24 carries AIB (dateline and the 'Agence d'information du Burkina' line); all other "
    "records are staff copy (agency null). AlterPresse calls itself an online agency, but the story is its own "
    "report on its own site, so it is staff copy. Photo credits ('REUTERS/...', '/ AFP', '/dpa', 'Foto: ANP', "
    "'via MTI/...') do not make a story agency copy",
    "authors": "the Reuters credit '(Reporting by Elena Christou; Additional reporting by Nikos Varnavas in Athens; "
    "Editing by Mark Hollister)' gives two authors and one editor on both copies; Hankook Ilbo's '세종=박서윤 기자' -> "
    "'박서윤' (kept in Hangul as printed; '세종=' is the place, '기자' = 'reporter'); Dainik Jagran's "
    "'जागरण संवाददाता' ('Jagran correspondent') and 'By Jagran News Network' are a desk credit (no author); Harian Jogja's 'Penulis: "
    "Dimas Prasetyo' / 'Editor: Wahyu Santoso' give the writer and an editor; The Ensign's 'Local Democracy "
    "Reporting' and The Herald's 'Transport Correspondent' are role lines; Channel 5's 'By Marisol Cuellar:' -> "
    "'Marisol Cuellar' (its crawler record lists the outlet); pages bylined only with an agency, a desk or the outlet "
    "('Reuters', 'Le JDD avec AFP', 'Dakaractu', 'dpa', 'RND/dpa', 'ČTK', 'Hungary Today', 'Daily Guide Network', "
    "'Famagusta Gazette', 'TASR', 'Burkina 24', 'دبي - وام') have no authors; AlterPresse's closing "
    "'[emb rc apr 14/01/2025 11:20]' is a line of staff initials, not a byline; photographers (Tamsin Rowe, Stelios "
    "Charalambous, Hery Randria, Hendrik Baumgart, Euan Drummond, Cole Haskins, Zsolt Bendegúz) are not authors",
    "editors": "the Reuters credit 'Editing by Mark Hollister' -> 'Mark Hollister', on both copies; Harian Jogja's "
    "'Editor: Wahyu Santoso' -> 'Wahyu Santoso' (as Bali Post's 'Editor:' in an earlier set); no other record names "
    "an editor",
    "caption_credit": "credits without their wrapper: 'Credit: Tamsin Rowe/Geraldton Guardian' -> 'Tamsin Rowe/Geraldton "
    "Guardian' (both copies); '\u00a9 HERY RANDRIA / AFP' -> 'HERY RANDRIA / AFP'; 'Foto: Hendrik Baumgart/dpa' -> "
    "'Hendrik Baumgart/dpa'; Dainik Jagran's 'जागरण आर्काइव' ('Jagran archive', the "
    "paper's own archive) is kept as printed; '(Foto: Cuartoscuro)' -> 'Cuartoscuro'; 'Foto: ANP' -> 'ANP'; "
    "'Image: Euan Drummond' -> 'Euan Drummond'; 'Picture: Supplied' -> 'Supplied'; 'REUTERS/Stelios Charalambous' "
    "and 'Cole Haskins/Courier Journal' are kept as printed; Hungary Today's 'Featured photo via MTI/Zsolt "
    "Bendegúz' line at the foot of the text has no caption, so caption and credit are null; records without a photo "
    "caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: in-cyprus 'Local', Le JDD "
    "'International', Kölnische Rundschau 'Kultur' (its kicker 'Lesefest' is not), Dainik Jagran 'उत्तर प्रदेश', El "
    "Financiero 'Nacional', FD 'Bedrijfsleven', The Herald 'News', the Augusta-Margaret River Mail 'Local News', the "
    "Courier Journal 'News', Dakaractu 'International'; trafilatura records take their first category ('Economía y "
    "Política', 'Slovensko', 'News', 'Kultur'); news-please, plain text and newsbeam text records have none (menu "
    "items and page labels such as the Geraldton Guardian's 'Local News' or the Famagusta Gazette's 'Cyprus News' are "
    "navigation)",
    "language": "'hi' Hindi (Dainik Jagran); 'ar' Arabic (Emarat Al Youm); 'ko' "
    "Korean (Hankook Ilbo); 'sv' Swedish; 'cs' Czech; 'sk' Slovak; 'id' Indonesian; 'nl' Dutch; 'de' German (two "
    "copies of one dpa story); 'es' from Mexico and Argentina; 'fr' from France and Senegal (two copies of one AFP "
    "story), Haiti and Burkina Faso; AlterPresse's 'Kreyòl' menu link is a menu item; Hungary Today's story is in "
    "English",
    "chrome": "includes consent banners and their buttons, login, subscription and e-paper strings, share bars, "
    "advertisement labels, reading times, paywall and subscriber-only labels, gift and save buttons, listen and "
    "font-size buttons, related-story lines and boxes, tag lists, most-read rails, newsletter, app and "
    "messaging-channel promos, comment gates, reporter bios and e-mail lines, a responsibility notice, "
    "local-democracy funding lines, wire credit, source, initials and sign-off lines, view counters, ownership and "
    "copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and AFP in the plain batch, dpa in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"in-cyprus", "phileleftheros", "famagusta gazette", "le jdd", "le jdd avec afp", "jdd", "dakaractu",
                "kölnische rundschau", "rundschau", "göttinger tageblatt", "rnd", "rnd/dpa", "dpa-infocom",
                "geraldton guardian", "the geraldton guardian", "west australian newspapers", "expressen",
                "hankook ilbo", "한국일보", "des moines register", "echo24", "čtk", "ctk", "hungary today", "mti",
                "alterpresse", "eagle online", "emarat al youm", "الإمارات اليوم", "وام", "wam", "harian jogja",
                "harianjogja.com", "business insider africa", "dainik jagran", "jagran", "jagran news network", "जागरण संवाददाता", "el financiero",
                "het financieele dagblad", "fd", "anp", "the herald", "herald", "newsquest",
                "augusta-margaret river mail", "louisville courier journal", "courier journal", "daily guide network",
                "daily guide", "gna", "ghana news agency", "kiripost", "the island", "el cronista", "denník n", "tasr",
                "the ensign", "ldr", "channel 5 belize", "news five", "burkina 24", "burkina24", "aib",
                "agence d'information du burkina", "cuartoscuro", "supplied"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
