#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fiftieth development set (bench/dev_set50/, first written as the forty-seventh held-out set).

    .venv/bin/python bench/dev_set50/_generate.py

Writes ``bench/dev_set50/articles/*`` and ``bench/dev_set50/labels.json`` (next to this
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
bench/dev_set49/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout47_2025-a.jsonl"
JSONL_B = "crawl_holdout47_2025-b.jsonl.gz"


# ---- cluster: Reuters, Algiers (The Arab Weekly scrape + copy on Al Bawaba in the plain batch) ----

DJENDJEN = dict(
    cluster="reuters-algiers-djendjen-container-terminal",
    title="Algeria invites bids to run new container terminal at Djen Djen port",
    date="2025-03-04",
    dateline="ALGIERS, March 4 (Reuters) - ",
    city="Algiers",
    country="DZ",
    region="africa",
    agency="Reuters",
    authors=["Lamine Haddadi", "Sofiane Belkacem"],
    editors=["Tom Havelock", "Ros Alder"],
    lang="en",
    description="The winning operator will be granted a 30-year concession, according to tender documents.",
    paras=P("""
Algeria has invited international operators to bid for a concession to run a new container terminal at Djen Djen
port, east of the capital, the transport ministry said on Tuesday, as the country seeks to cut shipping costs and
boost non-oil exports.

The terminal, due to be completed in 2027, will be able to handle 2 million twenty-foot equivalent units (TEUs) a
year, more than the port of Algiers handles now, the ministry said in a statement.

Bids must be submitted by June 30, and the winning operator will be granted a 30-year concession, according to
tender documents seen by Reuters.

Algeria relies on oil and gas for more than 90% of its export earnings, and the government has been trying to
diversify the economy by promoting exports of fertilisers, cement, steel and farm produce.

Congestion at the port of Algiers, which handles most of the country's container traffic, has long been a
complaint of importers and exporters, with ships sometimes waiting more than a week to unload.

"The aim is to make Djen Djen a hub for the whole region, including for goods going to the Sahel," a ministry
official told Reuters, speaking on condition of anonymity because he was not authorised to speak to the media.

The port, near the city of Jijel, serves a steel complex and is being connected to the national rail network
through a new line due to open next year.

Three foreign operators have expressed interest in the project, two industry sources said, without naming the
companies.

Algeria's container traffic rose 6% last year to about 1.6 million TEUs, according to official figures.
"""),
    must_have=[
        "Congestion at the port of Algiers, which handles most of the country's container traffic, has long been a complaint of importers and exporters, with ships sometimes waiting more than a week to unload.",
        "Three foreign operators have expressed interest in the project, two industry sources said, without naming the companies.",
    ],
)
DJENDJEN_CREDITS = "(Reporting by Lamine Haddadi; Writing by Sofiane Belkacem; Editing by Tom Havelock and Ros Alder)"

# ---- cluster: EFE, Caracas (El Español page + copy on El Carabobeño in the plain batch) ----

LAHOYADA = dict(
    cluster="efe-caracas-metro-la-hoyada",
    title="El Metro de Caracas reabre la estación La Hoyada tras dos años de obras",
    date="2025-02-12",
    dateline="Caracas, 12 feb (EFE).- ",
    city="Caracas",
    country="VE",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    description="La estación, una de las más transitadas de la línea 1, recibía unas 60.000 personas al día antes del cierre.",
    paras=P("""
El Metro de Caracas reabrió este miércoles la estación La Hoyada, en el centro de la capital venezolana, después de
permanecer cerrada durante casi dos años por trabajos de rehabilitación, informó la empresa estatal.

La estación, una de las más transitadas de la línea 1, recibía antes del cierre unas 60.000 personas al día, según
datos oficiales.

Los trabajos incluyeron la sustitución de escaleras mecánicas, la reparación de filtraciones en los andenes y la
instalación de nuevos torniquetes, detalló el presidente del Metro, Rafael Contreras, en un acto transmitido por la
televisión estatal.

"Hoy devolvemos a los caraqueños una estación moderna y segura", afirmó Contreras, quien aseguró que en los próximos
meses se rehabilitarán otras cinco estaciones de la misma línea.

El sistema, inaugurado en 1983, ha sufrido en la última década un deterioro que los usuarios atribuyen a la falta de
mantenimiento y de repuestos, con frecuentes fallas en los trenes y en el aire acondicionado.

Durante el cierre de La Hoyada, los usuarios debían bajarse en las estaciones vecinas de Capitolio o Parque Carabobo
y caminar varias cuadras.

Organizaciones de usuarios celebraron la reapertura, pero pidieron al Gobierno que publique un calendario de obras
para el resto de la red.

El pasaje del Metro cuesta actualmente 3 bolívares, una tarifa que, según expertos, no alcanza para cubrir los
costos de operación.
"""),
    must_have=[
        "Durante el cierre de La Hoyada, los usuarios debían bajarse en las estaciones vecinas de Capitolio o Parque Carabobo y caminar varias cuadras.",
        "Organizaciones de usuarios celebraron la reapertura, pero pidieron al Gobierno que publique un calendario de obras para el resto de la red.",
    ],
)

# ---- cluster: dpa, Lübeck (Lübecker Nachrichten page + copy on the Flensburger Tageblatt in the gzipped batch) ----

TRAVE = dict(
    cluster="dpa-luebeck-travemuende-faehranleger",
    title="Neuer Fähranleger in Travemünde soll Ende 2027 fertig sein",
    date="2025-03-12",
    dateline="Lübeck (dpa/lno) - ",
    city="Lübeck",
    country="DE",
    region="europe",
    agency="dpa",
    authors=[],
    editors=[],
    lang="de",
    description="Der neue Liegeplatz am Skandinavienkai soll Fähren mit einer Länge von bis zu 260 Metern aufnehmen.",
    paras=P("""
Der Lübecker Hafen bekommt in Travemünde einen neuen Fähranleger für größere Schiffe. Die Bauarbeiten am
Skandinavienkai sollen im Sommer beginnen und Ende 2027 abgeschlossen sein, wie die Betreibergesellschaft Trave
Port Terminals am Mittwoch mitteilte.

Die Kosten für den Anleger werden auf rund 68 Millionen Euro geschätzt. Das Land Schleswig-Holstein beteiligt sich
mit 25 Millionen Euro.

Der neue Liegeplatz soll Fähren mit einer Länge von bis zu 260 Metern aufnehmen können. Bisher können am
Skandinavienkai nur Schiffe mit bis zu 230 Metern festmachen.

Hintergrund sind neue, größere Fähren, die Reedereien auf den Routen nach Schweden und Finnland einsetzen wollen.

Zudem sollen die Schiffe am neuen Anleger während der Liegezeit Landstrom beziehen können. Dadurch müssten die
Motoren im Hafen nicht mehr laufen, was Lärm und Abgase verringere, hieß es.

Travemünde ist einer der wichtigsten Fährhäfen an der Ostsee. Im vergangenen Jahr wurden dort nach Angaben des
Unternehmens rund 780.000 Lastwagen und Anhänger umgeschlagen.

Anwohner hatten in der Vergangenheit über den Lärm der Lastwagen auf dem Weg zum Hafen geklagt. Die Stadt prüft
deshalb eine neue Zufahrt zum Skandinavienkai, die an den Wohngebieten vorbeiführen soll.
"""),
    must_have=[
        "Hintergrund sind neue, größere Fähren, die Reedereien auf den Routen nach Schweden und Finnland einsetzen wollen.",
        "Das Land Schleswig-Holstein beteiligt sich mit 25 Millionen Euro.",
    ],
)

# ---- cluster: Latrobe Valley Express (Australia), page + noisy re-scrape ----

MORWELL = dict(
    cluster="latrobevalleyexpress-morwell-pool-upgrade",
    title="Morwell outdoor pool upgrade to go ahead after council secures state funding",
    date="2025-02-18",
    dateline="",
    city=None,
    country="AU",
    region="oceania",
    agency=None,
    authors=["Declan Murray"],
    editors=[],
    lang="en",
    caption="The Morwell outdoor pool was closed for three weeks last summer after a pump failure.",
    credit="Declan Murray",
    paras=P("""
Latrobe City Council will begin a $9.5 million upgrade of the Morwell outdoor pool in April after securing $4
million from the state government.

The 1960s-era pool has been plagued by leaks and ageing plant equipment, and was closed for three weeks last summer
after a pump failure.

The project includes a new 50-metre pool liner, an accessible ramp, a splash pad for young children and upgraded
change rooms.

The state money covers about 42% of the cost, with council and a federal community infrastructure grant paying the
rest.

Latrobe City mayor Trevor Maddern said the funding announcement ended years of uncertainty about the pool's future.

"Our outdoor pools are some of the most popular places in the Valley on a hot day, and this one has been held
together with sticky tape for years," he said.

The pool will be closed for the 2025-26 swimming season while works are carried out, with council to run a free
shuttle bus to the Traralgon outdoor pool on weekends.

Morwell Swimming Club president Leanne Cosgriff said members were relieved.

"We were worried we might lose the pool altogether. Losing one summer is a small price to pay," she said.

Council figures show the pool recorded more than 32,000 visits last season, despite the closure.
"""),
    must_have=[
        "The project includes a new 50-metre pool liner, an accessible ramp, a splash pad for young children and upgraded change rooms.",
        "Council figures show the pool recorded more than 32,000 visits last season, despite the closure.",
    ],
)
LVE_PRE = ["Latrobe Valley Express", "News", "Sport", "Community", "Opinion", "Classifieds", "Public Notices", "Digital Edition"]
LVE_HEAD = ["By Declan Murray"]
LVE_DATE = ["18 February, 2025"]
LVE_CAP = ["The Morwell outdoor pool was closed for three weeks last summer after a pump failure. Photo: Declan Murray"]
LVE_COPY = "\u00a9 2025 Latrobe Valley Express. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # The Arab Weekly (original of the Reuters cluster): day-of-week numeric stamp, agency line, "(AFP)" photo credit on a Reuters story, Reuters credit line.
    dict(DJENDJEN, role="original", file="thearabweekly_reuters_algiers_djendjen_port.txt", render="text",
         caption="A view of the port of Djen Djen, east of Algiers.", credit="AFP",
         pre=[["The Arab Weekly", "Home", "Politics", "Economy", "Society", "Culture", "Opinion", "Sports", "Reports", "Video"],
              ["Economy"]],
         head=[["Tuesday 04/03/2025"], ["Reuters"]],
         cap_lines=["A view of the port of Djen Djen, east of Algiers. (AFP)"],
         tail=[[DJENDJEN_CREDITS],
               ["Share", "Facebook", "X", "WhatsApp", "Telegram"],
               ["Read also"], ["Algeria, Tunisia sign deal to boost cross-border trade"],
               ["Subscribe to our newsletter"],
               ["Copyright \u00a9 2025 The Arab Weekly. All rights reserved."]]),
    # Latrobe Valley Express (original of the re-scrape cluster): "By" line, comma date, "Photo:" caption, subscription and copyright lines.
    dict(MORWELL, role="original", file="latrobevalleyexpress_morwell_pool_upgrade.txt", render="text",
         pre=[LVE_PRE, ["Subscribe", "Log in"]], head=[LVE_HEAD, LVE_DATE], cap_lines=LVE_CAP,
         inserts={2: ["Advertisement"], 5: ["Advertisement"]},
         tail=[["Support local journalism. Subscribe to the Latrobe Valley Express from $1 a week."],
               ["More News"], ["Gippsland Water warns of boil-water notice for Yallourn North"], [LVE_COPY]]),
    dict(MORWELL, role="rescrape", file="latrobevalleyexpress_morwell_pool_upgrade_rescrape.txt.gz", render="text", noise=True,
         pre=[LVE_PRE], head=[LVE_HEAD, LVE_DATE], cap_lines=LVE_CAP, tail=[["More News"], [LVE_COPY]]),
    # EastMojo: PTI copy, "By PTI" byline, "Published:" stamp with a bar, PTI dateline without a dash, "Also Read |" line, syndication notice.
    rec(cluster="eastmojo-pti-aizawl-rural-fire-stations", role="single",
        file="eastmojo_pti_aizawl_rural_fire_stations.txt", render="text",
        title="Mizoram to set up 40 new fire stations in rural areas: Minister",
        date="2025-01-21", dateline="Aizawl, Jan 21 (PTI) ", city="Aizawl", country="IN", region="asia", lang="en",
        agency="PTI",
        pre=[["EastMojo", "Home", "Assam", "Arunachal", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Sikkim", "Tripura", "Opinion", "Videos"],
             ["Mizoram"]],
        head=[["By PTI"], ["Published: January 21, 2025 | 6:42 pm"]],
        inserts={3: ["Also Read | Mizoram: Fire guts five houses in Lunglei village"]},
        tail=[["This story has been published from a wire agency feed without modifications to the text."],
              ["Share this:", "WhatsApp", "Facebook", "X"],
              ["Latest Stories"], ["Copyright \u00a9 2025 EastMojo. All rights reserved."]],
        paras=P("""
The Mizoram government will set up 40 new fire and emergency service stations in rural areas over the next three
years, a minister said on Tuesday.

Home Minister Lalrinawma Khiangte said the stations would be built in block headquarters and large villages that
currently have no fire service.

Addressing a function in Aizawl, he said the first 12 stations would come up in Lunglei, Champhai and Siaha
districts, where villages are often several hours away from the nearest fire station.

Most houses in rural Mizoram are built of wood and bamboo, and fires during the dry season frequently destroy
several houses at a time, officials said.

The minister said the project would cost about Rs 96 crore, a large part of which would be funded by the Centre.

Around 300 new firefighters will be recruited for the stations, and training will be conducted at the state fire
training centre in Aizawl, he said.

According to official data, over 450 fire incidents were reported in the state last year, in which nine people died
and property worth Rs 18 crore was destroyed.

The minister also urged village councils to form volunteer fire brigades and keep water storage tanks ready during
the dry months.
"""),
        must_have=[
            "Most houses in rural Mizoram are built of wood and bamboo, and fires during the dry season frequently destroy several houses at a time, officials said.",
            "According to official data, over 450 fire incidents were reported in the state last year, in which nine people died and property worth Rs 18 crore was destroyed.",
        ]),
    # Digital Journal: AFP copy, "By AFP" byline, "- Copyright AFP NAME" caption, AFP desk signature line, share strings.
    rec(cluster="digitaljournal-afp-damascus-new-buses", role="single",
        file="digitaljournal_afp_damascus_new_buses.txt", render="text",
        title="Damascus gets first new public buses in over a decade",
        date="2025-04-15", dateline="Damascus (AFP) - ", city="Damascus", country="SY", region="asia", lang="en",
        agency="AFP",
        caption="A new public bus in central Damascus", credit="AFP Karim SABBAGH",
        pre=[["Digital Journal", "News", "Tech & Science", "Business", "Social Media", "Entertainment", "Life", "World"],
             ["Sign up for our newsletter"]],
        head=[["By AFP"], ["Published April 15, 2025"]],
        cap_lines=["A new public bus in central Damascus - Copyright AFP Karim SABBAGH"],
        tail=[["kar/ami/jsa"],
              ["Share This Article", "Facebook", "X", "LinkedIn", "Email"],
              ["Copyright \u00a9 1998 - 2025 Digital Journal INC. Sitemaps: XML / News"]],
        paras=P("""
Dozens of new buses took to the streets of Damascus on Tuesday, the first addition to the Syrian capital's worn-out
public transport fleet in more than a decade, as residents struggle with soaring fuel costs.

The 60 buses, donated by a Gulf-based charity, will serve eight routes linking the city centre with outlying
suburbs, the governorate said.

"For years we have waited an hour or more at the stop, then squeezed into a bus with no windows," said Rana, a
34-year-old teacher who declined to give her surname, at a stop in the Baramkeh district.

Syria's economy has been devastated by more than 13 years of war, and much of the public bus fleet was destroyed or
fell into disrepair during the conflict.

Many residents rely on privately run minibuses, known locally as "servees", whose fares have risen sharply with fuel
prices.

A ticket on the new buses will cost 2,000 Syrian pounds, about half the price of a typical minibus fare, according
to the governorate.

Officials said another 100 buses were expected to arrive by the end of the year, with some to be sent to Homs and
Aleppo.

The buses will run from 6:00 am to 10:00 pm and are fitted with GPS trackers so passengers can check arrival times
on their phones, the transport authority said.
"""),
        must_have=[
            "Syria's economy has been devastated by more than 13 years of war, and much of the public bus fleet was destroyed or fell into disrepair during the conflict.",
            "Officials said another 100 buses were expected to arrive by the end of the year, with some to be sent to Homs and Aleppo.",
        ]),
    # Danas: staff, "Autor:" line, day-first stamp with trailing dot, "Pročitajte još:" pair of lines, comment count, Google News line.
    rec(cluster="danas-subotica-autobuska-stanica", role="single",
        file="danas_subotica_nova_autobuska_stanica_sr.txt", render="text",
        title="Subotica dobija novu autobusku stanicu, radovi počinju u maju",
        date="2025-03-12", country="RS", region="europe", lang="sr", authors=["Dragana Kovačević"],
        pre=[["Danas", "Vesti", "Politika", "Društvo", "Ekonomija", "Svet", "Kultura", "Sport", "Zdravlje", "Dijalog"],
             ["Pretplati se", "Prijava"]],
        head=[["Autor: Dragana Kovačević"], ["12.03.2025. 14:05"]],
        inserts={3: ["Pročitajte još:", "Novi red vožnje na liniji Subotica–Segedin od aprila"]},
        tail=[["Podeli:", "Facebook", "X", "Viber", "WhatsApp"], ["Komentari (14)"],
              ["Pratite nas na Google News"], ["Copyright \u00a9 2025 Danas. Sva prava zadržana."]],
        paras=P("""
Izgradnja nove međumesne autobuske stanice u Subotici počeće u maju, a radovi bi trebalo da budu završeni do kraja
naredne godine, saopštila je gradska uprava.

Vrednost radova procenjena je na oko 1,2 milijarde dinara, a novac će obezbediti grad i Pokrajinska vlada.

Nova stanica biće izgrađena pored železničke stanice, kako bi putnici lakše presedali sa vozova na autobuse.

Postojeća autobuska stanica, izgrađena sedamdesetih godina prošlog veka, odavno ne zadovoljava potrebe putnika, a
posebno su problematični krov koji prokišnjava i nedostatak čekaonica.

Kako je navedeno, nova zgrada imaće 24 perona, zatvorenu čekaonicu, prostor za prodaju karata i parking za 150
automobila.

„Subotica je ulaz u Srbiju sa severa i zaslužuje stanicu kakvu imaju evropski gradovi“, izjavila je za Danas
Jelena Marković iz Gradske uprave za urbanizam.

Putnici sa kojima smo razgovarali kažu da ih najviše zanima da li će se posle preseljenja promeniti cene karata i
redovi vožnje.

Iz gradske uprave navode da će autobusi tokom radova saobraćati sa postojeće stanice, koja će biti srušena tek kada
nova bude puštena u rad.
"""),
        must_have=[
            "Nova stanica biće izgrađena pored železničke stanice, kako bi putnici lakše presedali sa vozova na autobuse.",
            "Iz gradske uprave navode da će autobusi tokom radova saobraćati sa postojeće stanice, koja će biti srušena tek kada nova bude puštena u rad.",
        ]),
    # Aktuality.sk: TASR copy, "TASR" byline, Slovak month-name stamp, TASR dateline without comma, "Reklama" label, discussion count.
    rec(cluster="aktuality-tasr-presov-parkovaci-dom", role="single",
        file="aktuality_tasr_presov_parkovaci_dom_sk.txt", render="text",
        title="Prešov začne na jar stavať parkovací dom pri fakultnej nemocnici",
        date="2025-03-04", dateline="Prešov 4. marca (TASR) - ", city="Prešov", country="SK", region="europe", lang="sk",
        agency="TASR",
        pre=[["Aktuality.sk", "Domáce", "Zahraničné", "Ekonomika", "Šport", "Kultúra", "Regióny", "Komentáre", "Podcasty"],
             ["Predplatné", "Prihlásiť sa"]],
        head=[["TASR"], ["4. marca 2025, 14:05"]],
        inserts={3: ["Reklama"]},
        tail=[["Zdieľať", "Kopírovať odkaz"], ["Diskusia (23)"], ["Súvisiace články"],
              ["\u00a9 Copyright 2025 Ringier Slovakia Media s. r. o."]],
        paras=P("""
Mesto Prešov začne na jar s výstavbou parkovacieho domu pri fakultnej nemocnici. Informoval o tom v utorok hovorca
mesta Marek Kolesár.

Parkovací dom bude mať päť podlaží a ponúkne 420 parkovacích miest. Náklady na jeho výstavbu sa odhadujú na 11,5
milióna eur.

Stavba by mala byť dokončená do konca budúceho roka. Mesto ju bude financovať z vlastného rozpočtu a z úveru, o
ktorom už rozhodli poslanci mestského zastupiteľstva.

Parkovanie v okolí nemocnice je dlhodobým problémom. Pacienti a návštevníci často parkujú na chodníkoch a v
okolitých uliciach, kde blokujú aj vjazd sanitiek.

„Každý deň dostávame sťažnosti od obyvateľov aj od pacientov. Parkovací dom by mal situáciu výrazne zlepšiť,“
uviedol Kolesár.

Prvá hodina parkovania bude bezplatná, potom bude parkovanie spoplatnené sumou jedno euro za hodinu.

Nemocnica podľa vlastných údajov denne ošetrí viac ako 2000 ambulantných pacientov, ďalšie stovky ľudí prichádzajú
za hospitalizovanými príbuznými.

Počas výstavby bude uzavretá časť parkoviska pri hlavnom vchode do nemocnice. Mesto preto odporúča návštevníkom
využívať mestskú hromadnú dopravu, ktorá k nemocnici premáva každých desať minút.
"""),
        must_have=[
            "Parkovanie v okolí nemocnice je dlhodobým problémom.",
            "Prvá hodina parkovania bude bezplatná, potom bude parkovanie spoplatnené sumou jedno euro za hodinu.",
        ]),
    # L'Essor (Mali): staff, "Publié le" stamp, writer's name printed under the story with the surname in capitals.
    rec(cluster="essor-bamako-marche-medine", role="single",
        file="essor_bamako_marche_medine_rehabilitation_fr.txt", render="text",
        title="Bamako : lancement des travaux de réhabilitation du marché de Médine",
        date="2024-11-19", country="ML", region="africa", lang="fr", authors=["Aminata Diarra"],
        pre=[["L'Essor", "Accueil", "Actualité", "Politique", "Économie", "Société", "Culture", "Sport", "International", "Régions"]],
        head=[["Publié le 19 novembre 2024 à 10:15"]],
        tail=[["Aminata DIARRA"], ["Partager :", "Facebook", "WhatsApp", "X"], ["Articles similaires"],
              ["\u00a9 2024 L'Essor. Tous droits réservés."]],
        paras=P("""
Les travaux de réhabilitation du marché de Médine, l'un des plus grands marchés de la capitale, ont été officiellement
lancés mardi par le ministre de l'Industrie et du Commerce.

D'un coût de 4,2 milliards de FCFA, le projet prévoit la reconstruction de 600 boutiques, la réfection des allées et
la construction d'un système d'évacuation des eaux pluviales.

Le marché, construit dans les années 1970, avait été partiellement détruit par un incendie en 2023, qui avait ravagé
plus de 200 boutiques.

Depuis, de nombreux commerçants exercent sous des abris de fortune, exposés à la chaleur et aux pluies.

« Nous avons tout perdu dans l'incendie. Avec ce nouveau marché, nous espérons pouvoir travailler dans de bonnes
conditions », a déclaré Fatoumata Coulibaly, vendeuse de tissus.

Les travaux, confiés à une entreprise malienne, devraient durer 18 mois. Pendant cette période, les commerçants
seront relogés sur un site provisoire aménagé à proximité.

Le ministre a invité les commerçants à respecter les règles de sécurité, notamment en évitant les branchements
électriques anarchiques, principale cause des incendies dans les marchés de la capitale.

Le nouveau marché sera également équipé de bouches d'incendie et d'extincteurs.
"""),
        must_have=[
            "Depuis, de nombreux commerçants exercent sous des abris de fortune, exposés à la chaleur et aux pluies.",
            "Le nouveau marché sera également équipé de bouches d'incendie et d'extincteurs.",
        ]),
    # The Detroit News: AP copy, name and "Associated Press" lines, "Published ... ET" stamp, "(NAME / AP)" caption, AP contributor and copyright lines.
    rec(cluster="detroitnews-ap-lansing-electric-school-buses", role="single",
        file="detroitnews_ap_lansing_electric_school_buses.txt", render="text",
        title="Michigan to spend $40 million replacing aging school buses with electric ones",
        date="2024-10-08", dateline="LANSING, Mich. (AP) \u2014 ", city="Lansing", country="US", region="americas",
        lang="en", agency="AP", authors=["Jordan Whitfield", "Dana Kessler"],
        caption="An electric school bus charges at a depot in Ann Arbor, Mich., on Sept. 12, 2024.", credit="Mark Delaney / AP",
        pre=[["The Detroit News", "News", "Sports", "Business", "Autos", "Opinion", "Entertainment", "Obituaries", "E-Edition"],
             ["Subscribe", "Sign In"]],
        head=[["Jordan Whitfield", "Associated Press"], ["Published 2:41 p.m. ET Oct. 8, 2024"]],
        cap_lines=["An electric school bus charges at a depot in Ann Arbor, Mich., on Sept. 12, 2024. (Mark Delaney / AP)"],
        inserts={4: ["Advertisement"]},
        tail=[["Associated Press writer Dana Kessler in Detroit contributed to this report."],
              ["Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."],
              ["Subscribe for unlimited access to The Detroit News."],
              ["\u00a9 2024 The Detroit News"]],
        paras=P("""
Michigan will spend $40 million to help school districts replace aging diesel buses with electric ones, state
officials announced Tuesday, with priority going to districts in low-income and rural areas.

The grants, funded through the state budget approved in July, will pay for about 100 buses along with charging
equipment, the Michigan Department of Environment, Great Lakes, and Energy said.

Districts must have buses that are at least 12 years old to qualify, and must agree to scrap the old vehicles.

Electric school buses can cost more than three times as much as diesel buses, but supporters say they are cheaper to
run and maintain over their lifetime.

"Kids shouldn't have to breathe diesel exhaust on the way to school," said Elena Ruiz, the department's director.

Some rural superintendents have raised concerns about how the buses perform in cold weather and on long routes.

"We have routes that are 80 miles a day. In January, I need to know the bus will make it back," said Tom Brandt,
superintendent of a district in the Upper Peninsula.

State officials said the buses chosen under the program would be able to travel at least 120 miles on a single
charge, and districts could apply for extra money for heated garages.

Applications open Nov. 1.
"""),
        must_have=[
            "Districts must have buses that are at least 12 years old to qualify, and must agree to scrap the old vehicles.",
            "Some rural superintendents have raised concerns about how the buses perform in cold weather and on long routes.",
        ]),
    # iNews Guyana: staff, date line then "By" line, WordPress share and related lines.
    rec(cluster="inewsguyana-wismar-health-centre", role="single",
        file="inewsguyana_wismar_health_centre.txt", render="text",
        title="Linden to get new 24-hour health centre at Wismar by year end",
        date="2025-01-28", country="GY", region="americas", lang="en", authors=["Kezia Persaud"],
        pre=[["iNews Guyana", "Home", "News", "Local", "Regional", "International", "Business", "Sports", "Entertainment", "Videos"]],
        head=[["January 28, 2025"], ["By Kezia Persaud"]],
        tail=[["Share this:", "Facebook", "X", "WhatsApp"], ["Related"],
              ["\u00a9 2025 iNews Guyana. All Rights Reserved."]],
        paras=P("""
Residents of Linden will soon have access to round-the-clock primary healthcare with the construction of a new health
centre at Wismar, which is expected to be completed by the end of the year.

The $850 million facility will include an emergency room, a maternity unit, a laboratory and a pharmacy, the
Ministry of Health said in a statement on Monday.

Currently, residents on the Wismar side of the Demerara River have to cross the bridge to the Linden Hospital
Complex for emergency care, a journey that can take more than 30 minutes during peak hours.

Regional Health Officer Dr Shondell Harris said the new centre would ease pressure on the hospital, which sees more
than 200 patients a day at its accident and emergency unit.

"Many of the cases we see at the hospital can be managed at the primary care level. This centre will allow us to do
that closer to where people live," she said.

The facility will be staffed by 45 health workers, including doctors, nurses and medical technologists, many of whom
will be recruited from the region.

Works are being carried out by a local contractor, and the foundation has already been completed.

The Ministry said similar facilities were being built in several other regions as part of the Government's plan to
improve access to healthcare in hinterland and riverain communities.
"""),
        must_have=[
            "Currently, residents on the Wismar side of the Demerara River have to cross the bridge to the Linden Hospital Complex for emergency care, a journey that can take more than 30 minutes during peak hours.",
            "The facility will be staffed by 45 health workers, including doctors, nurses and medical technologists, many of whom will be recruited from the region.",
        ]),
    # Khaama Press: staff, "By" line and date line, links to its Persian and Pashto editions in the menu, related posts.
    rec(cluster="khaama-kabul-road-paving-west", role="single",
        file="khaamapress_kabul_road_paving_western_districts.txt", render="text",
        title="Kabul Municipality begins paving 50 kilometers of roads in western districts",
        date="2024-12-10", country="AF", region="asia", lang="en", authors=["Ahmad Shah Noori"],
        pre=[["Khaama Press", "Home", "Afghanistan", "Women", "World", "Business", "Sports", "Opinion", "فارسی", "پښتو"]],
        head=[["By Ahmad Shah Noori"], ["December 10, 2024"]],
        inserts={4: ["Advertisement"]},
        tail=[["Share", "Facebook", "X", "Telegram"], ["Related Posts"],
              ["\u00a9 2024 Khaama Press. All rights reserved."]],
        paras=P("""
Kabul Municipality has started paving about 50 kilometers of roads in the western districts of the capital, officials
said on Tuesday.

The project covers streets in Districts 5, 13 and 18, where many roads remain unpaved and turn to mud during the
winter months.

Nematullah Barakzai, a spokesperson for the municipality, said the work would cost about 700 million afghanis and was
being financed from the municipality's own revenue.

According to Barakzai, the first phase of the project will be completed before the end of the winter, with the
remaining work scheduled for next spring.

Residents of the area welcomed the project but said poor drainage remained a major problem.

"Every year when it rains, the water enters our houses. Paving the road alone will not solve this," said Abdul Wahid,
a shopkeeper in District 13.

Kabul, home to an estimated six million people, has seen rapid and largely unplanned growth over the past two
decades, putting pressure on roads, water supplies and sewage systems.

The municipality says it has paved more than 300 kilometers of roads across the city over the past two years.
"""),
        must_have=[
            "Residents of the area welcomed the project but said poor drainage remained a major problem.",
            "The municipality says it has paved more than 300 kilometers of roads across the city over the past two years.",
        ]),
    # Buzz Vanuatu (96 FM): staff, "By" line, date, listen-live promo, share line.
    rec(cluster="buzzvanuatu-port-vila-market-repairs", role="single",
        file="buzzvanuatu_port_vila_market_repairs.txt", render="text",
        title="Port Vila Municipal Market to close for two weeks for roof repairs",
        date="2025-05-06", country="VU", region="oceania", lang="en", authors=["Alwin Bule"],
        pre=[["Buzz Vanuatu", "Home", "News", "Business", "Sports", "Entertainment", "Buzz TV", "Listen Live"]],
        head=[["By Alwin Bule"], ["May 6, 2025"]],
        tail=[["Share"], ["Listen to Buzz 96FM live on our website and mobile app."],
              ["More News"], ["\u00a9 2025 Buzz Vanuatu. All rights reserved."]],
        paras=P("""
The Port Vila Municipal Market will close for two weeks from next Monday to allow urgent repairs to its roof and
drainage, the Port Vila Municipal Council has announced.

The council said the roof had been leaking for months and part of the drainage system was blocked, causing water to
flood some sections of the market during heavy rain.

Vendors will be moved to a temporary site at the Seafront Stage area, where tents and tables will be provided by the
council.

Council clerk Joel Tarimas said the repairs would cost about 9 million vatu and would be paid for from the council's
budget.

"We know this is difficult for the mamas who sell at the market every day, but the building is not safe in its
current condition," he said.

Many vendors travel from villages around Efate and sleep at the market during the week to sell their produce.

Market vendors' association chair Leimara Kalo said vendors supported the repairs but were worried about losing
customers at the temporary site.

The market, which opened in the 1980s, is one of the busiest places in the capital and a popular stop for cruise
ship passengers.
"""),
        must_have=[
            "Vendors will be moved to a temporary site at the Seafront Stage area, where tents and tables will be provided by the council.",
            "Many vendors travel from villages around Efate and sleep at the market during the week to sell their produce.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_EE = site("El Español", "https://www.elespanol.example.com", " | El Español", "es_ES", "@elespanolcom",
               ["España", "Opinión", "Mundo", "América", "Economía", "Invertia", "Sociedad", "Deportes", "Cultura"],
               ["\u00a9 2025 El León de El Español Publicaciones S.A.", "Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"],
               share=["Compartir", "Facebook", "X", "WhatsApp", "Copiar enlace"], top=["Suscríbete", "Iniciar sesión", "Ediciones"],
               cookie="Nosotros y nuestros socios utilizamos cookies y otras tecnologías para almacenar y acceder a información personal, como tu visita a esta web.",
               cookie_title="Valoramos tu privacidad",
               buttons=["Aceptar", "Rechazar", "Configurar"])
SITE_LN = site("Lübecker Nachrichten", "https://www.ln-online.example.de", " | LN", "de_DE", "@LN_Online",
               ["Lübeck", "Ostholstein", "Segeberg", "Stormarn", "Nordwestmecklenburg", "Schleswig-Holstein", "Sport", "Freizeit"],
               ["\u00a9 Lübecker Nachrichten GmbH", "Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen", "Kontakt"],
               share=["Teilen", "Facebook", "X", "WhatsApp", "E-Mail"], top=["E-Paper", "LN+ testen", "Anmelden"],
               cookie="Wir und unsere Partner verarbeiten Ihre personenbezogenen Daten, z. B. Ihre IP-Nummer, mithilfe von Technologien wie Cookies.",
               cookie_title="Wir brauchen Ihre Zustimmung",
               buttons=["Alle akzeptieren", "Einstellungen oder ablehnen"])
SITE_CR = site("Caracol Radio", "https://caracol.example.com.co", " | Caracol Radio", "es_CO", "@CaracolRadio",
               ["Inicio", "Nacional", "Regionales", "Judicial", "Economía", "Deportes", "Entretenimiento", "Podcast"],
               ["\u00a9 CARACOL S.A. Todos los derechos reservados.", "Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"],
               share=["Compartir", "Facebook", "X", "WhatsApp", "Copiar enlace"], top=["Escucha la radio en vivo", "Emisoras"])
SITE_ARENA = site("L'Arena", "https://www.larena.example.it", " - L'Arena", "it_IT", "@larenait",
                  ["Verona", "Provincia", "Garda", "Economia", "Cultura", "Spettacoli", "Sport", "Hellas", "Necrologie"],
                  ["\u00a9 2025 L'Arena - Società Athesis S.p.A.", "Privacy", "Cookie policy", "Pubblicità", "Contatti"],
                  share=["Condividi", "Facebook", "X", "WhatsApp", "Email"], top=["Abbonati", "Accedi", "Edicola digitale"],
                  cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione, nostri e di terze parti.",
                  buttons=["Accetta", "Rifiuta", "Personalizza"])
SITE_HD = site("Haarlems Dagblad", "https://www.haarlemsdagblad.example.nl", " | Haarlems Dagblad", "nl_NL", "@haarlemsdagblad",
               ["Haarlem", "Regio", "Binnenland", "Buitenland", "Sport", "Cultuur", "Uit", "Podcasts"],
               ["\u00a9 2025 Mediahuis Nederland B.V.", "Privacyverklaring", "Cookieverklaring", "Gebruiksvoorwaarden", "Klantenservice"],
               share=["Deel dit artikel", "Facebook", "X", "WhatsApp", "Kopieer link"], top=["Abonneren", "Inloggen"],
               cookie="Wij en onze partners gebruiken cookies en vergelijkbare technieken om informatie op je apparaat op te slaan en te lezen.",
               buttons=["Akkoord", "Instellingen"], graph=True)
SITE_AMMON = site("Ammon News", "https://en.ammonnews.example.net", " - Ammon News", "en_US", "@AmmonNewsEn",
                  ["Home", "Local", "Arab & World", "Business", "Sports", "Health", "Technology", "Opinion", "عمون"],
                  ["All rights reserved \u00a9 Ammon News 2025", "About Us", "Privacy Policy", "Contact Us"],
                  share=["Facebook", "X", "WhatsApp", "Telegram"])
SITE_DC = site("Diário de Coimbra", "https://www.diariocoimbra.example.pt", " | Diário de Coimbra", "pt_PT", "@diariocoimbra",
               ["Coimbra", "Região", "Desporto", "Académica", "Economia", "Cultura", "País", "Opinião", "Necrologia"],
               ["\u00a9 Diário de Coimbra 2024. Todos os direitos reservados.", "Estatuto Editorial", "Ficha Técnica", "Política de Privacidade", "Contactos"],
               share=["Partilhar", "Facebook", "X", "WhatsApp", "E-mail"], top=["Assinar", "Entrar", "Edição impressa"])
SITE_DJELY = site("Ledjely.com", "https://www.ledjely.example.com", " - Ledjely.com", "fr_FR", "@ledjely",
                  ["Accueil", "Politique", "Société", "Économie", "Sport", "Culture", "Afrique", "Monde", "Contacts"],
                  ["\u00a9 2025 Ledjely.com \u2013 Tous droits réservés", "À propos", "Publicité", "Contact"],
                  share=["Partager", "Facebook", "X", "WhatsApp", "E-mail"])
SITE_CW = site("Canberra Weekly", "https://canberraweekly.example.com.au", " | Canberra Weekly", "en_AU", "@CanberraWeekly",
               ["News", "Community", "Food & Drink", "Arts & Culture", "Lifestyle", "Property", "Sport", "What's On"],
               ["\u00a9 2025 Canberra Weekly", "Advertise", "Privacy Policy", "Terms of Use", "Contact"],
               share=["Share", "Facebook", "X", "LinkedIn", "Email"], skip="Skip to content")

HTML_STORIES = [
    # El Español (original of the EFE cluster): "EFE" byline, "Publicada"/"Actualizada" stamps, bare "EFE" photo credit, EFE dateline "Caracas, 12 feb (EFE).-", consent wall.
    dict(LAHOYADA, role="original", file="elespanol_efe_caracas_metro_la_hoyada_es.html", render="html",
         site=SITE_EE, section="América", meta_section="América",
         url="https://www.elespanol.example.com/america/20250212/metro-caracas-reabre-estacion-hoyada-dos-anos-obras/923456789_0.html",
         published="2025-02-12T19:32:00+01:00", modified="2025-02-12T20:10:00+01:00",
         ld_author=[{"@type": "Organization", "name": "EFE"}],
         breadcrumbs=["América", "Venezuela"],
         byline_lines=["EFE"], date_lines=["Publicada 12 febrero 2025 19:32h", "Actualizada 12 febrero 2025 20:10h"],
         caption="Usuarios en un andén del Metro de Caracas, en una imagen de archivo.", credit="EFE", credit_shown="EFE",
         inserts={2: [("ad", "Publicidad")],
                  5: [("promo", ["Newsletter América", "Lo más importante de Latinoamérica, cada mañana en tu correo.", "Apúntate"])]},
         tags=("Temas", ["Caracas", "Venezuela", "Metro"]),
         lists=[("Lo más leído", ["Las claves del nuevo impuesto a las energéticas", "Así será el tiempo este fin de semana en España"])]),
    # Lübecker Nachrichten (original of the dpa cluster): RND layout, "dpa" byline, "Uhr" stamp, reading time, "© Quelle: NAME/dpa" credit, consent wall.
    dict(TRAVE, role="original", file="luebeckernachrichten_dpa_travemuende_faehranleger_de.html", render="html",
         site=SITE_LN, section="Lübeck", meta_section="Lübeck",
         url="https://www.ln-online.example.de/lokales/luebeck/travemuende-neuer-faehranleger-am-skandinavienkai-soll-2027-fertig-sein-ABCDEF123456.html",
         published="2025-03-12T14:05:00+01:00",
         ld_author=[{"@type": "Organization", "name": "dpa"}],
         kicker="Hafen",
         byline_lines=["dpa"], date_lines=["12.03.2025, 14:05 Uhr"],
         above_body=[("reading-time", "Lesezeit: 2 Min.")],
         caption="Eine Fähre liegt am Skandinavienkai in Travemünde.", credit="Jonas Wendt/dpa",
         credit_shown="\u00a9 Quelle: Jonas Wendt/dpa",
         inserts={3: [("ad", "Anzeige")]},
         lists=[("Mehr aus Lübeck", ["Holstentor: Sanierung dauert länger als geplant", "Lübeck: Neue Buslinie zur Uni ab April"])]),
    # Caracol Radio: staff, Prisa layout, name line, "h COT" stamp, "Foto:" credit, "Le puede interesar:" link, live-radio bar.
    rec(cluster="caracol-cartagena-alerta-inundaciones", role="single",
        file="caracolradio_cartagena_alerta_inundaciones_es.html", render="html", site=SITE_CR,
        title="Cartagena tendrá sistema de alerta por inundaciones en barrios de la Ciénaga de la Virgen", date="2024-09-17",
        country="CO", region="americas", lang="es", authors=["Nayibe Torres"], section="Cartagena", meta_section="Cartagena",
        url="https://caracol.example.com.co/2024/09/17/cartagena-tendra-sistema-de-alerta-por-inundaciones-en-barrios-de-la-cienaga-de-la-virgen/",
        description="El sistema contará con sensores de nivel de agua, pluviómetros y sirenas en 14 barrios.",
        published="2024-09-17T07:45:00-05:00",
        breadcrumbs=["Regionales", "Cartagena"],
        byline_lines=["Nayibe Torres"], date_lines=["17/09/2024 - 07:45 h COT"],
        caption="Calles inundadas en el barrio Olaya Herrera tras un aguacero.", credit="Alcaldía de Cartagena",
        credit_shown="Foto: Alcaldía de Cartagena",
        inserts={2: [("link", "Le puede interesar:", "Cartagena: cierres viales por obras en la avenida Pedro de Heredia")],
                 4: [("ad", "Publicidad")]},
        lists=[("Lo más visto", ["Pico y placa en Cartagena para este martes", "Resultados de loterías del lunes"])],
        paras=P("""
La Alcaldía de Cartagena instalará un sistema de alerta temprana por inundaciones en 14 barrios ubicados alrededor de
la Ciénaga de la Virgen, una de las zonas más afectadas por las lluvias en la ciudad.

El sistema contará con sensores de nivel de agua, pluviómetros y sirenas que se activarán cuando el agua supere los
niveles de riesgo.

Según la Oficina Asesora para la Gestión del Riesgo de Desastres, la inversión será de 6.800 millones de pesos y los
equipos estarán funcionando antes de la temporada de lluvias de octubre.

En los últimos años, fuertes aguaceros han dejado cientos de viviendas inundadas en barrios como Olaya Herrera, La
Boquilla y El Pozón.

"Cuando llueve de noche nadie duerme. Uno está pendiente del agua todo el tiempo", contó a Caracol Radio Yeimis
Barrios, habitante de Olaya Herrera.

La administración distrital también anunció la limpieza de 12 kilómetros de canales pluviales que desembocan en la
ciénaga.

Líderes comunitarios serán capacitados para coordinar evacuaciones y difundir las alertas entre los vecinos.

Las autoridades recomendaron a los habitantes de las zonas bajas inscribirse en los grupos de mensajería de sus
juntas de acción comunal para recibir los avisos.
"""),
        must_have=[
            "En los últimos años, fuertes aguaceros han dejado cientos de viviendas inundadas en barrios como Olaya Herrera, La Boquilla y El Pozón.",
            "Líderes comunitarios serán capacitados para coordinar evacuaciones y difundir las alertas entre los vecinos.",
        ]),
    # L'Arena (Verona): staff, bare name line, Italian date line, "(Foto NAME)" credit, newsletter promo, consent wall.
    rec(cluster="larena-verona-filovia-settembre", role="single",
        file="larena_verona_filovia_settembre_it.html", render="html", site=SITE_ARENA,
        title="Verona, la filovia entra in servizio a settembre: prime corse fino allo stadio", date="2025-06-10",
        country="IT", region="europe", lang="it", authors=["Luca Fasoli"], section="Verona", meta_section="Verona",
        url="https://www.larena.example.it/territori/verona/verona-la-filovia-entra-in-servizio-a-settembre-prime-corse-fino-allo-stadio-1.10234567",
        description="I mezzi da 18 metri potranno trasportare fino a 150 passeggeri ciascuno.",
        published="2025-06-10T06:30:00+02:00",
        kicker="Mobilità",
        byline_lines=["Luca Fasoli"], date_lines=["10 giugno 2025"],
        caption="Un filobus in prova in viale Piave.", credit="Brenzoni", credit_shown="(Foto Brenzoni)",
        inserts={3: [("promo", ["La newsletter de L'Arena", "Le notizie di Verona e provincia ogni mattina nella tua casella di posta.", "Iscriviti"])],
                 5: [("ad", "Pubblicità")]},
        lists=[("I più letti", ["Lago di Garda, code fino a Peschiera per il ponte", "Meteo, a Verona arriva il caldo africano"])],
        paras=P("""
Dopo anni di cantieri e rinvii, la filovia di Verona entrerà in servizio a settembre. Le prime corse saranno sulla
tratta tra la stazione di Porta Nuova e lo stadio Bentegodi, ha annunciato ieri l'assessore comunale alla Mobilità.

I mezzi, lunghi 18 metri, potranno trasportare fino a 150 passeggeri ciascuno e viaggeranno con una frequenza di
dieci minuti nelle ore di punta.

La linea completa, che collegherà anche Borgo Roma e San Michele Extra, sarà pronta entro la fine del 2026, secondo
il cronoprogramma aggiornato.

Il progetto, finanziato in gran parte con fondi statali, ha subito numerosi ritardi per problemi con gli appalti e
per i lavori sui sottoservizi.

«Sappiamo che i cantieri hanno creato molti disagi ai cittadini e ai commercianti. Ora si comincia a vedere il
risultato», ha detto l'assessore Paolo Benedetti.

Nei primi mesi il biglietto sarà lo stesso degli autobus urbani, 1,50 euro per 90 minuti.

I commercianti di viale Piave chiedono però tempi certi per la fine dei lavori e misure di sostegno per le attività
che hanno perso clienti.

Le associazioni ambientaliste hanno accolto positivamente la notizia, ricordando che il traffico è una delle
principali cause dell'inquinamento dell'aria in città.
"""),
        must_have=[
            "Il progetto, finanziato in gran parte con fondi statali, ha subito numerosi ritardi per problemi con gli appalti e per i lavori sui sottoservizi.",
            "Nei primi mesi il biglietto sarà lo stesso degli autobus urbani, 1,50 euro per 90 minuti.",
        ]),
    # Haarlems Dagblad: staff, Mediahuis layout, name line, "om" stamp and "Laatste update" stamp, "Foto:" credit, "Lees ook:" link, JSON-LD graph.
    rec(cluster="haarlemsdagblad-gedempte-oude-gracht-autoluw", role="single",
        file="haarlemsdagblad_gedempte_oude_gracht_autoluw_nl.html", render="html", site=SITE_HD,
        title="Haarlem wil Gedempte Oude Gracht vanaf 2026 sluiten voor doorgaand autoverkeer", date="2025-04-01",
        country="NL", region="europe", lang="nl", authors=["Marloes Visser"], section="Haarlem", meta_section="Haarlem",
        url="https://www.haarlemsdagblad.example.nl/cnt/dmf20250401_93456712",
        description="Bussen, taxi's, fietsers en bestemmingsverkeer mogen de straat straks nog wel gebruiken.",
        published="2025-04-01T15:32:00+02:00", modified="2025-04-01T17:05:00+02:00", free=False,
        breadcrumbs=["Regio", "Haarlem"],
        byline_lines=["Marloes Visser"], date_lines=["1 apr 2025 om 15:32", "Laatste update: 1 apr 2025 om 17:05"],
        caption="Verkeer op de Gedempte Oude Gracht in het centrum van Haarlem.", credit="Joop Verhagen",
        credit_shown="Foto: Joop Verhagen",
        inserts={2: [("link", "Lees ook:", "Parkeertarief in binnenstad Haarlem stijgt naar 6 euro per uur")]},
        lists=[("Meest gelezen", ["Brand in woning in Schalkwijk, bewoners op tijd naar buiten", "Zandvoort: strandpaviljoens langer open"])],
        paras=P("""
De gemeente Haarlem wil de Gedempte Oude Gracht vanaf 2026 afsluiten voor doorgaand autoverkeer. Dat staat in een
voorstel dat het college dinsdag naar de gemeenteraad heeft gestuurd.

Bussen, taxi's, fietsers en bestemmingsverkeer mogen de straat straks nog wel gebruiken. Voor andere auto's komen er
camera's die kentekens controleren.

Volgens het college is de maatregel nodig om de binnenstad veiliger en stiller te maken. Over de Gedempte Oude Gracht
rijden nu dagelijks zo'n 9000 auto's.

Wethouder Sanne de Wit (Mobiliteit) verwacht dat een deel van het verkeer zal uitwijken naar de Spaarne-kades en de
ringweg.

"We weten dat dit voor sommige mensen even wennen is. Maar we krijgen er een binnenstad voor terug waar je weer kunt
lopen en fietsen zonder steeds uit te kijken voor auto's", zegt De Wit.

Ondernemers in de binnenstad zijn verdeeld. Een deel vreest dat klanten van buiten de stad wegblijven, anderen
verwachten juist meer bezoekers.

De gemeenteraad neemt naar verwachting in juni een besluit. Bewoners kunnen tot half mei reageren op het plan.

Automobilisten die zonder ontheffing over de gracht rijden, riskeren straks een boete van ruim 100 euro.
"""),
        must_have=[
            "Ondernemers in de binnenstad zijn verdeeld.",
            "Bewoners kunnen tot half mei reageren op het plan.",
        ]),
    # Ammon News (Jordan): staff, the site's name opening the story ("Ammon News - "), "dd-Mon-yyyy" stamp, Arabic-edition menu link.
    rec(cluster="ammon-amman-bus-electronic-payment", role="single",
        file="ammonnews_amman_bus_electronic_payment.html", render="html", site=SITE_AMMON,
        title="Amman to introduce electronic payment on all public buses by summer", date="2025-02-05",
        dateline="Ammon News - ", country="JO", region="asia", lang="en", section="Local", meta_section="Local",
        url="https://en.ammonnews.example.net/article/81234",
        description="Passengers will be able to pay using a rechargeable card or a mobile application.",
        published="2025-02-05T14:22:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Ammon News"}],
        date_lines=["05-Feb-2025 14:22"],
        lists=[("Related News", ["GAM launches new bus route to Airport Road", "Cold wave expected in Jordan this weekend"])],
        paras=P("""
The Greater Amman Municipality (GAM) will make electronic payment available on all public buses operating in the
capital by the summer, a municipality official said Wednesday.

Passengers will be able to pay using a rechargeable card or a mobile application, and cash payments will gradually be
phased out, the official said.

The system is already in use on the Amman Bus Rapid Transit and on several municipal bus lines.

According to GAM, the move aims to reduce waiting times at stops and give the municipality accurate data on passenger
numbers, which will be used to plan new routes.

Private bus operators will be required to install card readers, with the municipality covering part of the cost.

Some passengers have complained that the cards are not widely available, particularly in eastern neighborhoods of the
city.

The official said 150 new sales points would be opened at supermarkets and pharmacies across the capital in the
coming months.

Public transport accounts for about 14 percent of daily trips in Amman, according to municipality figures, compared
with more than 60 percent by private car.
"""),
        must_have=[
            "The system is already in use on the Amman Bus Rapid Transit and on several municipal bus lines.",
            "Some passengers have complained that the cards are not widely available, particularly in eastern neighborhoods of the city.",
        ]),
    # Diário de Coimbra: Lusa copy, "Lusa" byline, "dd mês yyyy | hh:mm" stamp, Lusa dateline, kicker, most-read rail.
    rec(cluster="diariocoimbra-lusa-parque-huc", role="single",
        file="diariocoimbra_lusa_parque_estacionamento_huc_pt.html", render="html", site=SITE_DC,
        title="Coimbra vai ter parque de estacionamento com 600 lugares junto aos Hospitais da Universidade", date="2024-11-26",
        dateline="Coimbra, 26 nov 2024 (Lusa) - ", city="Coimbra", country="PT", region="europe", lang="pt",
        agency="Lusa", section="Região", meta_section="Região",
        url="https://www.diariocoimbra.example.pt/noticia/132456",
        description="O parque terá quatro pisos e os primeiros 30 minutos serão gratuitos.",
        published="2024-11-26T17:42:00+00:00",
        ld_author=[{"@type": "Organization", "name": "Lusa"}],
        kicker="Mobilidade",
        byline_lines=["Lusa"], date_lines=["26 novembro 2024 | 17:42"],
        inserts={3: [("ad", "Publicidade")]},
        lists=[("Mais lidas", ["Académica empata em casa e continua fora dos lugares de subida", "Obras na Baixa condicionam trânsito até sexta-feira"])],
        paras=P("""
A Câmara Municipal de Coimbra aprovou hoje a construção de um parque de estacionamento com 600 lugares junto aos
Hospitais da Universidade de Coimbra, num investimento de 9,8 milhões de euros.

Segundo a autarquia, o parque terá quatro pisos e será construído num terreno atualmente ocupado por um
estacionamento de superfície com cerca de 200 lugares.

A obra deverá arrancar no segundo semestre de 2025 e ter um prazo de execução de 18 meses.

A falta de estacionamento junto ao maior hospital da região Centro é uma queixa antiga de utentes e profissionais de
saúde, que muitas vezes estacionam em locais proibidos.

"Todos os dias há pessoas que chegam atrasadas a consultas e exames porque andam meia hora à procura de lugar",
afirmou o vereador da Mobilidade, Rui Figueiredo, citado num comunicado da autarquia.

O parque será gerido pela empresa municipal de transportes e os primeiros 30 minutos serão gratuitos.

Os vereadores da oposição votaram a favor, mas defenderam que a câmara deve reforçar também as ligações de autocarro
ao polo hospitalar, sobretudo ao fim de semana.
"""),
        must_have=[
            "A falta de estacionamento junto ao maior hospital da região Centro é uma queixa antiga de utentes e profissionais de saúde, que muitas vezes estacionam em locais proibidos.",
            "O parque será gerido pela empresa municipal de transportes e os primeiros 30 minutos serão gratuitos.",
        ]),
    # Ledjely.com (Guinea, gzipped): staff, WordPress layout, "Par" byline, date, keyword tags, "À lire aussi" rail.
    rec(cluster="ledjely-conakry-coupures-eau-ratoma", role="single",
        file="ledjely_conakry_coupures_eau_ratoma_fr.html.gz", render="html", site=SITE_DJELY,
        title="Conakry : la SEG annonce des perturbations dans la distribution d'eau à Ratoma", date="2025-03-20",
        country="GN", region="africa", lang="fr", authors=["Ibrahima Sory Camara"], section="Société", meta_section="Société",
        url="https://www.ledjely.example.com/2025/03/20/conakry-la-seg-annonce-des-perturbations-dans-la-distribution-deau-a-ratoma/",
        description="Les quartiers de Kipé, Lambanyi, Sonfonia et Nongo seront les plus touchés.",
        published="2025-03-20T11:08:00+00:00",
        byline_lines=["Par Ibrahima Sory Camara"], date_lines=["20 mars 2025"],
        share_top=False,
        tags=("Mots-clés :", ["Conakry", "Eau potable", "Ratoma", "SEG"]),
        lists=[("À lire aussi", ["Kindia : les commerçants du grand marché dénoncent la hausse des taxes", "Électricité : EDG promet une amélioration de la desserte à Conakry"])],
        paras=P("""
La Société des eaux de Guinée (SEG) a annoncé des perturbations dans la distribution d'eau potable dans plusieurs
quartiers de la commune de Ratoma, à Conakry, pendant une dizaine de jours.

Selon un communiqué de la société publique, ces perturbations sont dues à des travaux de raccordement d'une nouvelle
conduite principale entre l'usine de traitement de Yessoulou et la capitale.

Les quartiers de Kipé, Lambanyi, Sonfonia et Nongo seront les plus touchés, précise la SEG, qui promet de mobiliser
des camions-citernes pour approvisionner les populations.

À Conakry, l'accès à l'eau potable reste un casse-tête pour de nombreux habitants, notamment dans les quartiers
situés en hauteur, où les robinets restent parfois secs pendant plusieurs semaines.

« On se lève à 3 heures du matin pour aller chercher de l'eau au forage du quartier. Avec ces travaux, ça va être
encore plus difficile », témoigne Mariama Diallo, une habitante de Lambanyi.

La nouvelle conduite doit permettre d'augmenter de 40 000 mètres cubes par jour la quantité d'eau acheminée vers la
capitale, selon la SEG.

La société appelle les abonnés à faire des réserves d'eau et à signaler les fuites constatées sur le réseau.
"""),
        must_have=[
            "À Conakry, l'accès à l'eau potable reste un casse-tête pour de nombreux habitants, notamment dans les quartiers situés en hauteur, où les robinets restent parfois secs pendant plusieurs semaines.",
            "La nouvelle conduite doit permettre d'augmenter de 40 000 mètres cubes par jour la quantité d'eau acheminée vers la capitale, selon la SEG.",
        ]),
    # Canberra Weekly: staff, "By" line, date, "Photo: Supplied" credit, skip link, newsletter sign-up at the end, share bar after the story.
    rec(cluster="canberraweekly-late-night-buses-trial", role="single",
        file="canberraweekly_late_night_buses_trial.html", render="html", site=SITE_CW,
        title="Late-night weekend buses to run from Civic in six-month trial", date="2025-07-22",
        country="AU", region="oceania", lang="en", authors=["Liam Costello"], section="News", meta_section="News",
        url="https://canberraweekly.example.com.au/late-night-weekend-buses-to-run-from-civic-in-six-month-trial/",
        description="Three late-night routes will run from the City Interchange to Belconnen, Gungahlin and Tuggeranong.",
        published="2025-07-22T06:00:00+10:00",
        byline_lines=["By Liam Costello"], date_lines=["22 July 2025"],
        caption="Buses at the City Interchange in Civic.", credit="Supplied", credit_shown="Photo: Supplied",
        share_top=False,
        newsletter_end=["Get the best of Canberra in your inbox every week.", "Sign up to our newsletter"],
        lists=[("More News", ["Canberra Hospital emergency department wait times improve", "Frost warning as Canberra shivers through coldest morning"])],
        paras=P("""
Canberrans heading home from a night out will be able to catch a bus from Civic as late as 3am on Fridays and
Saturdays under a six-month trial starting next month.

The ACT Government announced on Tuesday that three late-night routes would run from the City Interchange to
Belconnen, Gungahlin and Tuggeranong.

Buses will leave every 30 minutes between midnight and 3am, with standard fares applying.

Transport Canberra said the trial would cost about $1.2 million and would be reviewed after six months based on
passenger numbers.

Hospitality groups have long called for better late-night transport, saying staff and patrons often struggle to
find taxis or rideshares after midnight.

"Our staff finish work at 2am and have to wait an hour for an Uber or walk home in the cold," said Sophie Tran, who
manages a bar in Braddon.

Light rail services will also run later on Saturday nights during the trial, with the last tram leaving Alinga Street
at 2am.

The trial will begin on Friday, August 15.
"""),
        must_have=[
            "Hospitality groups have long called for better late-night transport, saying staff and patrons often struggle to find taxis or rideshares after midnight.",
            "Light rail services will also run later on Saturday nights during the trial, with the last tram leaving Alinga Street at 2am.",
        ]),
]


# ---- news-please and trafilatura files ---------------------------------------------

JSON_STORIES = [
    # news-please, BruDirect (Brunei): staff, no byline, date line, WordPress share and like lines kept in the crawl.
    rec(cluster="brudirect-bus-shelters-solar-lighting", role="single", file="newsplease_brudirect_bus_shelters_solar_lighting.json",
        render="newsplease", title="Twelve new bus shelters with solar lighting for Brunei-Muara",
        date="2025-08-14", country="BN", region="asia", lang="en",
        url="https://brudirect.example.com/post/2025/08/14/twelve-new-bus-shelters-with-solar-lighting-for-brunei-muara/",
        source_domain="brudirect.example.com",
        description="Each shelter will have seating, a route map and a digital display of bus arrival times.",
        np_authors=[], np_publish="2025-08-14 09:10:00", np_download="2025-08-14 13:44:51",
        head_lines=["August 14, 2025"],
        tail_lines=["Share this:", "Facebook", "X", "Like this:", "Like Loading..."],
        paras=P("""
The Land Transport Department will install 12 new bus shelters with solar-powered lighting along major routes in the
Brunei-Muara District by the end of the year.

The shelters are part of efforts to improve the public bus service and encourage more people to use public
transport, the department said in a statement yesterday.

Each shelter will be fitted with seating, a route map and a digital display showing the estimated arrival time of
the next bus.

The first shelters will be built along Jalan Tutong and Jalan Muara, which are among the busiest bus routes in the
district.

Public transport use in Brunei remains low, with most residents relying on private cars for daily travel.

A survey by the department last year found that a lack of shelter from sun and rain was one of the main reasons
people gave for not taking the bus.

The department said it would also work with bus operators to improve the punctuality of services and extend
operating hours on selected routes, particularly in the evenings and on Fridays.
"""),
        must_have=[
            "Public transport use in Brunei remains low, with most residents relying on private cars for daily travel.",
            "A survey by the department last year found that a lack of shelter from sun and rain was one of the main reasons people gave for not taking the bus.",
        ]),
    # news-please, Cubadebate: staff, name and date lines, comment count and the site's comment-moderation notice.
    rec(cluster="cubadebate-habana-omnibus-electricos", role="single", file="newsplease_cubadebate_habana_omnibus_electricos_es.json",
        render="newsplease", title="Incorporan 30 ómnibus eléctricos al transporte urbano de La Habana",
        date="2025-05-14", country="CU", region="americas", lang="es", authors=["Lianet Sosa Rodríguez"],
        url="https://www.cubadebate.example.cu/noticias/2025/05/14/incorporan-30-omnibus-electricos-al-transporte-urbano-de-la-habana/",
        source_domain="www.cubadebate.example.cu",
        description="Los vehículos prestarán servicio en cinco rutas que conectan el centro con Playa, Marianao y Boyeros.",
        np_authors=["Lianet Sosa Rodríguez"], np_publish="2025-05-14 16:20:00", np_download="2025-05-15 02:11:09",
        head_lines=["Lianet Sosa Rodríguez", "14 mayo 2025"],
        tail_lines=["Compartir", "Se han publicado 27 comentarios",
                    "Este sitio se reserva el derecho de la publicación de los comentarios. No se harán visibles aquellos que sean ofensivos o difamatorios."],
        paras=P("""
Un total de 30 ómnibus eléctricos se incorporaron este miércoles al transporte público urbano de La Habana, como parte
de un donativo destinado a mejorar la movilidad en la capital.

Los vehículos, con capacidad para 60 pasajeros cada uno, prestarán servicio en cinco rutas que conectan el centro de
la ciudad con los municipios de Playa, Marianao y Boyeros, informó la Dirección Provincial de Transporte.

Cada ómnibus tiene una autonomía de unos 200 kilómetros y se recargará en una base habilitada con paneles solares en
el municipio de Cerro.

El director provincial de Transporte, Yuniel Hernández, explicó que las rutas fueron seleccionadas por su alta
demanda y por la afectación que han sufrido debido a la falta de combustible.

En los últimos años, la escasez de piezas de repuesto y de combustible ha reducido considerablemente la cantidad de
ómnibus en circulación en la capital.

Los choferes y mecánicos que trabajarán con los nuevos vehículos recibieron un curso de capacitación de dos semanas.

Las autoridades anunciaron que antes de fin de año se espera la llegada de otros 20 ómnibus eléctricos, que serán
destinados a rutas de los municipios de Habana del Este y San Miguel del Padrón.
"""),
        must_have=[
            "En los últimos años, la escasez de piezas de repuesto y de combustible ha reducido considerablemente la cantidad de ómnibus en circulación en la capital.",
            "Los choferes y mecánicos que trabajarán con los nuevos vehículos recibieron un curso de capacitación de dos semanas.",
        ]),
    # news-please, Bundaberg Today: staff, name and date lines, share strings and the site's local-ownership line.
    rec(cluster="bundabergtoday-bargara-foreshore-upgrade", role="single", file="newsplease_bundabergtoday_bargara_foreshore_upgrade.json",
        render="newsplease", title="Bargara foreshore upgrade to start after turtle season",
        date="2025-09-03", country="AU", region="oceania", lang="en", authors=["Emma Reid"],
        url="https://bundabergtoday.example.com.au/2025/09/03/bargara-foreshore-upgrade-to-start-after-turtle-season/",
        source_domain="bundabergtoday.example.com.au",
        description="Lighting along the foreshore will be replaced with turtle-friendly amber lights.",
        np_authors=["Emma Reid"], np_publish="2025-09-03 05:30:00", np_download="2025-09-03 08:12:40",
        head_lines=["Emma Reid", "September 3, 2025"],
        tail_lines=["Share", "Facebook", "X", "Email", "Bundaberg Today is proudly independent and locally owned."],
        paras=P("""
Work on a $3.6 million upgrade of the Bargara foreshore will start in April, after the end of the turtle nesting and
hatching season, Bundaberg Regional Council has confirmed.

The project includes a widened shared pathway, new picnic shelters, barbecues and improved beach access ramps along
the Esplanade.

Council said the timing had been chosen to avoid disturbing nesting loggerhead turtles, which come ashore at Bargara
and nearby Mon Repos between November and March.

Lighting along the foreshore will also be replaced with turtle-friendly amber lights that are less likely to
disorient hatchlings.

Parks portfolio spokesperson Cr Jason Bartels said the upgrade had been planned with input from residents and local
businesses.

"The foreshore is the heart of Bargara and it's used by locals and visitors all year round," he said.

Parts of the pathway will be closed during construction, with detours in place.

The works are expected to be finished by the end of next year, weather permitting.
"""),
        must_have=[
            "Lighting along the foreshore will also be replaced with turtle-friendly amber lights that are less likely to disorient hatchlings.",
            "Parts of the pathway will be closed during construction, with detours in place.",
        ]),
    # trafilatura, InQueensland: AAP copy, "NAME", "(AAP)" and date lines; first category "News".
    rec(cluster="inqueensland-aap-shark-spotting-drones", role="single", file="trafilatura_inqueensland_aap_shark_spotting_drones.json",
        render="trafilatura", title="Shark-spotting drones to patrol more Queensland beaches",
        date="2025-03-25", country="AU", region="oceania", lang="en", agency="AAP", authors=["Kirsty Fuller"], section="News",
        url="https://inqueensland.example.com.au/news/shark-spotting-drones-to-patrol-more-queensland-beaches/",
        hostname="inqueensland.example.com.au", source_hostname="InQueensland",
        description="The trial will be extended to 14 beaches including in Cairns, Mackay and Bundaberg.",
        tf_author="Kirsty Fuller", tf_date="2025-03-25", tf_language="en", categories="News;Queensland",
        tf_tags="sharks;drones;surf life saving",
        head_lines=["Kirsty Fuller", "(AAP)", "March 25, 2025"],
        tail_lines=["Share", "More News"],
        paras=P("""
Drones will patrol more Queensland beaches this summer as the state expands a shark-spotting trial that lifesavers
say has already helped clear the water of swimmers several times.

The trial, which began on the Gold Coast and Sunshine Coast two years ago, will be extended to 14 beaches including
in Cairns, Mackay and Bundaberg, the state government announced on Tuesday.

The drones, operated by trained lifesavers, fly along the surf zone and send live images to a pilot on the beach,
who can sound an alarm if a shark is spotted.

Surf Life Saving Queensland said the drones had spotted more than 200 sharks since the trial began, with beaches
closed on 45 occasions.

The expansion will cost $2.4 million over two years and will not replace the shark control program's nets and
drumlines, which remain in place at 86 beaches.

Conservation groups have called for the nets and drumlines to be phased out, saying they kill turtles, dolphins and
other marine life.

A government spokeswoman said new technologies would continue to be assessed as part of the program.
"""),
        must_have=[
            "Surf Life Saving Queensland said the drones had spotted more than 200 sharks since the trial began, with beaches closed on 45 occasions.",
            "Conservation groups have called for the nets and drumlines to be phased out, saying they kill turtles, dolphins and other marine life.",
        ]),
    # trafilatura, Kapitalis (Tunisia): staff, date line, initials signing the story, share strings; first category "Régions".
    rec(cluster="kapitalis-sfax-gare-routiere", role="single", file="trafilatura_kapitalis_sfax_gare_routiere_fr.json",
        render="trafilatura", title="Sfax : la nouvelle gare routière entrera en service en juin",
        date="2024-12-18", country="TN", region="africa", lang="fr", section="Régions",
        url="https://kapitalis.example.com/tunisie/2024/12/18/sfax-la-nouvelle-gare-routiere-entrera-en-service-en-juin/",
        hostname="kapitalis.example.com", source_hostname="Kapitalis",
        description="La gare s'étend sur près de cinq hectares et comptera 60 quais pour les bus et les louages.",
        tf_author="Kapitalis", tf_date="2024-12-18", tf_language="fr", categories="Régions;Economie",
        tf_tags="Sfax;transport;louages",
        head_lines=["18 décembre 2024"],
        tail_lines=["I. B.", "Partager :", "Facebook", "X", "Articles similaires"],
        paras=P("""
La nouvelle gare routière de Sfax entrera en service au mois de juin prochain, a annoncé mardi le gouverneur de la
région lors d'une visite du chantier.

Construite sur la route de Tunis, à l'entrée nord de la ville, la gare s'étend sur près de cinq hectares et
comptera 60 quais pour les bus et les louages.

Le projet, d'un coût de 38 millions de dinars, a connu plusieurs retards en raison des difficultés financières de
l'entreprise chargée des travaux.

Actuellement, les bus interurbains et les louages stationnent dans plusieurs gares dispersées dans le centre-ville,
ce qui provoque des embouteillages quotidiens.

Selon le gouverneur, le regroupement des transports dans un seul lieu permettra de désengorger le centre et de
faciliter les correspondances pour les voyageurs.

La nouvelle gare disposera également de guichets, de salles d'attente climatisées, d'un poste de police et d'un
parking de 400 places.

Des représentants des chauffeurs de louage ont toutefois exprimé des craintes quant à l'éloignement de la gare par
rapport au centre, qui pourrait selon eux décourager une partie de leur clientèle.
"""),
        must_have=[
            "Actuellement, les bus interurbains et les louages stationnent dans plusieurs gares dispersées dans le centre-ville, ce qui provoque des embouteillages quotidiens.",
            "La nouvelle gare disposera également de guichets, de salles d'attente climatisées, d'un poste de police et d'un parking de 400 places.",
        ]),
    # trafilatura, Libertatea (Romania): staff, name and "dd.mm.yyyy | hh:mm" stamp, "Citește și:" line, Google News line; first category "Știri".
    rec(cluster="libertatea-timisoara-licitatie-tramvaie", role="single", file="trafilatura_libertatea_timisoara_licitatie_tramvaie_ro.json",
        render="trafilatura", title="Primăria Timișoara a lansat licitația pentru 20 de tramvaie noi",
        date="2025-05-20", country="RO", region="europe", lang="ro", authors=["Andreea Popescu"], section="Știri",
        url="https://www.libertatea.example.ro/stiri/primaria-timisoara-a-lansat-licitatia-pentru-20-de-tramvaie-noi-5212345",
        hostname="www.libertatea.example.ro", source_hostname="Libertatea",
        description="Valoarea estimată a contractului este de 75 de milioane de euro, fără TVA.",
        tf_author="Andreea Popescu", tf_date="2025-05-20", tf_language="ro", categories="Știri;Actualitate",
        tf_tags="Timișoara;tramvaie;transport public",
        head_lines=["Andreea Popescu", "20.05.2025 | 14:12"],
        inserts={3: ["Citește și: Cum arată noile autobuze electrice din Cluj-Napoca"]},
        tail_lines=["Urmărește-ne pe Google News", "Distribuie"],
        paras=P("""
Primăria Timișoara a lansat marți licitația pentru achiziția a 20 de tramvaie noi, cu o valoare estimată de 75 de
milioane de euro, fără TVA.

Tramvaiele vor avea o lungime de cel puțin 30 de metri, podea joasă pe toată lungimea și aer condiționat, potrivit
caietului de sarcini publicat în sistemul electronic de achiziții publice.

Banii vor proveni în mare parte din fonduri europene, prin Programul Regional Vest.

Firmele interesate pot depune oferte până la jumătatea lunii iulie, iar primele tramvaie ar urma să fie livrate în
2027.

În prezent, o parte importantă a flotei de tramvaie din Timișoara este formată din vehicule second-hand cumpărate din
Germania, unele cu o vechime de peste 50 de ani.

„Călătorii merită vehicule moderne, confortabile și accesibile pentru toată lumea”, a declarat un reprezentant al
Societății de Transport Public Timișoara.

Timișoara are una dintre cele mai mari rețele de tramvai din țară, cu peste 100 de kilometri de linie simplă.

Licitațiile anterioare pentru tramvaie noi au fost contestate în instanță de firmele care au pierdut, ceea ce a
întârziat livrările cu câteva luni.
"""),
        must_have=[
            "În prezent, o parte importantă a flotei de tramvaie din Timișoara este formată din vehicule second-hand cumpărate din Germania, unele cu o vechime de peste 50 de ani.",
            "Timișoara are una dintre cele mai mari rețele de tramvai din țară, cu peste 100 de kilometri de linie simplă.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_ELC = site("El Carabobeño", "https://www.elcarabobeno.example.com", " - El Carabobeño", "es_VE", "@elcarabobeno",
                ["Inicio", "Valencia", "Carabobo", "Nacionales", "Internacionales", "Economía", "Deportes", "Entretenimiento", "Opinión"],
                ["\u00a9 2025 El Carabobeño. Todos los derechos reservados.", "Quiénes somos", "Publicidad", "Contacto"],
                share=["Compartir", "Facebook", "X", "WhatsApp", "Telegram"], top=["Síguenos en Telegram", "Canal de WhatsApp"])

JSONL_STORIES = [
    # news-please shape: the Reuters story on Al Bawaba (syndicated member of the Reuters cluster), "Published ... GMT" stamp with an ordinal day.
    dict(DJENDJEN, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.albawaba.example.com/business/algeria-invites-bids-run-new-container-terminal-djen-djen-port-1601234",
         source_domain="www.albawaba.example.com",
         np_authors=["Reuters"], np_publish="2025-03-04 12:41:00", np_download="2025-03-04 18:02:33",
         head_lines=["Published March 4th, 2025 - 12:41 GMT"],
         tail_lines=[DJENDJEN_CREDITS, "Copyright \u00a9 2025 Reuters", "Follow us", "Subscribe to our newsletter"]),
    # newsbeam html shape: the EFE story on El Carabobeño (syndicated member of the EFE cluster), crawler stamp in UTC the next day.
    dict(LAHOYADA, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_ELC,
         section="Nacionales", meta_section="Nacionales",
         url="https://www.elcarabobeno.example.com/metro-de-caracas-reabre-la-estacion-la-hoyada-tras-dos-anos-de-obras/",
         published="2025-02-12T21:10:00-04:00",
         nb_published="2025-02-13T01:10:00Z", outlet="El Carabobeño", nb_authors=["EFE"],
         ld_author=[{"@type": "Organization", "name": "EFE"}],
         breadcrumbs=["Inicio", "Nacionales"],
         byline_lines=["Por EFE"], date_lines=["12 febrero, 2025"],
         inserts={3: [("ad", "Publicidad")]},
         lists=[("Noticias relacionadas", ["Valencia: anuncian cortes de agua en el sur de la ciudad", "Carabobo: reparan vía hacia Puerto Cabello"])],
         comments=["Deja un comentario", "Debes iniciar sesión para publicar un comentario."]),
    # newsbeam text shape: GhanaWeb, section-and-weekday stamp line, "Source: NAME, Contributor" line, news-tips line.
    rec(cluster="ghanaweb-kaneshie-market-relocation", role="single", file=JSONL_A, render="newsbeam",
        title="Kaneshie Market traders to relocate as renovation works begin",
        date="2025-03-11", country="GH", region="africa", lang="en", authors=["Abena Owusu"],
        url="https://www.ghanaweb.example.com/GhanaHomePage/business/Kaneshie-Market-traders-to-relocate-as-renovation-works-begin-1978123",
        nb_published="2025-03-11T09:15:00Z", outlet="GhanaWeb", nb_authors=["Abena Owusu"],
        head_lines=["Business News of Tuesday, 11 March 2025", "Source: Abena Owusu, Contributor"],
        tail_lines=["Send your news stories to newsdesk@ghanaweb.example.com and via WhatsApp on +233 55 555 0100.",
                    "Click here to start the conversation with other GhanaWeb readers"],
        paras=P("""
Traders at the Kaneshie Market Complex in Accra have been given two weeks to relocate to a temporary site as
renovation works on the ageing building begin.

The Okaikwei South Municipal Assembly said the works, which include a new roof, fire hydrants and improved drainage,
are expected to take 12 months.

The temporary site, located on a former lorry park near the market, has been fitted with sheds and water points.

Some traders have expressed concerns about losing customers during the period.

"We have been here for over 20 years. Our customers know where to find us. If we move, we don't know how many of
them will follow us," said Auntie Akosua, a foodstuff seller.

The market's leadership said it had held several meetings with the Assembly and had been assured that traders would
return to their shops after the works.

The Kaneshie Market, built in the 1970s, has suffered several fire outbreaks over the years, the most recent of
which destroyed goods worth thousands of cedis in 2023.
"""),
        must_have=[
            "The temporary site, located on a former lorry park near the market, has been fitted with sheds and water points.",
            "The market's leadership said it had held several meetings with the Assembly and had been assured that traders would return to their shops after the works.",
        ]),
    # trafilatura shape: the dpa story on the Flensburger Tageblatt (syndicated member of the dpa cluster).
    dict(TRAVE, role="syndicated", file=JSONL_B, render="trafilatura", section="Schleswig-Holstein",
         url="https://www.shz.example.de/deutschland-welt/schleswig-holstein/artikel/neuer-faehranleger-in-travemuende-soll-ende-2027-fertig-sein-48123456",
         hostname="www.shz.example.de", source_hostname="Flensburger Tageblatt",
         tf_author="dpa", tf_date="2025-03-12", tf_language="de", categories="Schleswig-Holstein;Nachrichten",
         tf_tags="Lübeck;Travemünde;Hafen",
         head_lines=["dpa", "12. März 2025, 15:20 Uhr"],
         tail_lines=["Teilen", "Weitere Artikel aus Schleswig-Holstein"]),
    # news-please shape: Interpressnews (Georgia), English edition, staff, numeric day-first stamp, no byline.
    rec(cluster="interpressnews-tbilisi-gldani-bus-depot", role="single", file=JSONL_B, render="newsplease",
        title="Tbilisi City Hall announces tender for new electric bus depot in Gldani",
        date="2025-06-24", country="GE", region="asia", lang="en",
        url="https://www.interpressnews.example.ge/en/article/134567-tbilisi-city-hall-announces-tender-for-new-electric-bus-depot-in-gldani/",
        source_domain="www.interpressnews.example.ge",
        description="The depot will be able to accommodate up to 200 buses.",
        np_authors=[], np_publish="2025-06-24 15:41:00", np_download="2025-06-24 19:03:12",
        head_lines=["24.06.2025 15:41"],
        tail_lines=["Share", "Read also"],
        paras=P("""
Tbilisi City Hall has announced a tender for the construction of a new bus depot in the Gldani district, which will
serve the capital's growing fleet of electric buses, the City Hall said on Tuesday.

The depot will be able to accommodate up to 200 buses and will be equipped with charging stations and a maintenance
workshop.

The estimated value of the project is 45 million GEL, and construction is expected to take about two years.

According to the City Hall, the capital's bus fleet has been almost completely renewed in recent years, and the
number of electric buses is set to grow further.

The current depots are located far from the northern districts of the city, forcing buses to travel long distances
empty at the start and end of each shift.

Bidders must submit their proposals by the end of July.

The City Hall said the new depot would reduce operating costs and shorten waiting times for passengers in Gldani and
the neighbouring Mukhiani and Temka districts.
"""),
        must_have=[
            "The current depots are located far from the northern districts of the city, forcing buses to travel long distances empty at the start and end of each shift.",
            "Bidders must submit their proposals by the end of July.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "forty-seventh held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: El Carabobeño's crawler stamp 2025-02-13T01:10Z is "
    "21:10 on 12 February in Caracas (UTC-4, as article:published_time states), the date of the EFE story; El Español's "
    "'Publicada 12 febrero 2025 19:32h' is Madrid time (14:32 in Caracas) and its 'Actualizada' stamp is not the "
    "publication; Haarlems Dagblad's 'Laatste update' is not the publication (same day); Canberra Weekly's 6:00 am AEST "
    "on 22 July (article:published_time +10:00) is still 21 July in UTC; The Detroit News' 'Oct. 8, 2024' is Eastern "
    "time; Al Bawaba prints GMT with an ordinal day ('March 4th, 2025 - 12:41 GMT'); GhanaWeb's stamp line is 'Business "
    "News of Tuesday, 11 March 2025' (Ghana is on UTC, as is its crawler stamp); The Arab Weekly's 'Tuesday 04/03/2025' "
    "is day-first (4 March); other day-first numeric stamps: Danas '12.03.2025.' (Serbian dates end with a dot), "
    "Lübecker Nachrichten '12.03.2025, 14:05 Uhr', Libertatea '20.05.2025 | 14:12', Interpressnews '24.06.2025 15:41', "
    "Caracol Radio '17/09/2024 - 07:45 h COT'; month-name stamps: Aktuality.sk '4. marca 2025' (Slovak genitive of "
    "March), Diário de Coimbra '26 novembro 2024', Ammon News '05-Feb-2025'; the Lusa dateline '26 nov 2024' and the "
    "TASR dateline '4. marca' agree with their pages; the news-please date_publish values are the pages' local times",
    "dateline_city": "'ALGIERS, March 4 (Reuters) - ' -> 'Algiers' (both Reuters copies); 'Caracas, 12 feb (EFE).- ' "
    "-> 'Caracas' (both EFE copies); 'Lübeck (dpa/lno) - ' -> 'Lübeck' (both dpa copies; 'lno' is dpa's northern "
    "regional service, not a place); 'Aizawl, Jan 21 (PTI) ' -> 'Aizawl' (PTI prints no dash after the bracket); "
    "'Damascus (AFP) - ' -> 'Damascus'; 'Prešov 4. marca (TASR) - ' -> 'Prešov' (TASR puts no comma after the city); "
    "'LANSING, Mich. (AP) \u2014 ' -> 'Lansing'; 'Coimbra, 26 nov 2024 (Lusa) - ' -> 'Coimbra'; Ammon News opens its "
    "stories with 'Ammon News - ', the site's own name where a dateline would stand: no city, so no dateline city; the "
    "other records have no dateline (the AAP copy on InQueensland prints none) and take the country of the story's "
    "location (Morwell, Subotica, Bamako, Linden/Wismar, Kabul, Port Vila, Cartagena, Verona, Haarlem, Amman, Conakry, "
    "Canberra, Brunei-Muara, Havana, Bargara, Queensland, Sfax, Timișoara, Accra, Tbilisi)",
    "country": "the Reuters story is about Algeria (DZ, africa) although both copies run on pan-Arab sites based "
    "elsewhere; the EFE story is about Venezuela (VE, americas) although one copy runs on a Spanish national paper "
    "(El Español, Madrid); Prešov is SK, Subotica RS, Port Vila VU, Linden GY",
    "agency": "The Arab Weekly and Al Bawaba carry Reuters (the Reuters dateline and credit line; 'Reuters' under the "
    "Arab Weekly stamp, the 'Reuters' author on Al Bawaba); El Español and El Carabobeño carry EFE ('EFE' / 'Por EFE' "
    "bylines); the Lübecker Nachrichten and the Flensburger Tageblatt carry dpa; EastMojo carries PTI ('By PTI' and the "
    "wire-feed notice); Digital Journal carries AFP ('By AFP'; 'kar/ami/jsa' is AFP's desk signature); Aktuality.sk "
    "carries TASR; The Detroit News carries AP; Diário de Coimbra carries Lusa; InQueensland carries AAP (the '(AAP)' "
    "line under the writer's name); all other records are staff copy (agency null): Ammon News is a Jordanian news "
    "site, not a wire, although its name opens each story; GhanaWeb's 'Source: NAME, Contributor' names a contributor, "
    "not an agency. The photo credit 'AFP' on The Arab Weekly's Reuters story and 'AP' in The Detroit News caption are "
    "photo credits; the Arab Weekly story's agency stays Reuters",
    "authors": "the Reuters credit '(Reporting by Lamine Haddadi; Writing by Sofiane Belkacem; Editing by Tom Havelock "
    "and Ros Alder)' gives two authors (the reporter and the writer) and two editors on both copies; The Detroit News "
    "prints 'Jordan Whitfield' above 'Associated Press', and the closing 'Associated Press writer Dana Kessler in "
    "Detroit contributed to this report.' adds the second author; L'Essor prints its writer after the story with the "
    "surname in capitals ('Aminata DIARRA' -> 'Aminata Diarra', natural case); GhanaWeb's 'Source: Abena Owusu, "
    "Contributor' -> 'Abena Owusu'; 'Autor: Dragana Kovačević' -> 'Dragana Kovačević'; 'Par Ibrahima Sory Camara', "
    "'By Declan Murray', 'By Kezia Persaud', 'By Ahmad Shah Noori', 'By Alwin Bule', 'By Liam Costello' -> the names; "
    "InQueensland prints 'Kirsty Fuller' with an '(AAP)' line under it -> 'Kirsty Fuller'; Caracol Radio, L'Arena, "
    "Haarlems Dagblad, Cubadebate, Bundaberg Today and Libertatea print the bare name; pages bylined only with an "
    "agency ('Reuters', 'EFE', 'Por EFE', 'dpa', 'By PTI', 'By AFP', 'TASR', 'Lusa') have no authors; Kapitalis signs "
    "its story with initials only ('I. B.', not a name; its trafilatura author field holds the site's name) and has no "
    "authors; Ammon News, BruDirect and Interpressnews print no byline; photographers (Mark Delaney, Karim Sabbagh, "
    "Jonas Wendt, Brenzoni, Joop Verhagen) are not authors, while the Latrobe Valley Express picture is credited to "
    "the story's own writer",
    "editors": "only the Reuters credit names editors: 'Editing by Tom Havelock and Ros Alder' -> both, on both copies",
    "caption_credit": "credits without their wrapper: 'Photo: Declan Murray' -> 'Declan Murray' (both Latrobe Valley "
    "Express copies); '(AFP)' -> 'AFP'; '(Mark Delaney / AP)' -> 'Mark Delaney / AP'; Digital Journal appends ' - "
    "Copyright AFP Karim SABBAGH' to its caption: 'Copyright' is the wrapper, the credit is 'AFP Karim SABBAGH' (kept as "
    "printed, agency first and surname in capitals); '\u00a9 Quelle: Jonas Wendt/dpa' -> 'Jonas Wendt/dpa' ('\u00a9 "
    "Quelle:' is the RND sites' wrapper); 'Foto: Alcaldía de Cartagena' -> 'Alcaldía de Cartagena'; '(Foto Brenzoni)' "
    "-> 'Brenzoni'; 'Foto: Joop Verhagen' -> 'Joop Verhagen'; 'Photo: Supplied' -> 'Supplied'; El Español prints a "
    "bare 'EFE' -> 'EFE'; the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section: El Español 'América', Lübecker "
    "Nachrichten 'Lübeck' (its kicker 'Hafen' is not the section), Caracol Radio 'Cartagena', L'Arena 'Verona' (kicker "
    "'Mobilità'), Haarlems Dagblad 'Haarlem', Ammon News 'Local', Diário de Coimbra 'Região' (kicker 'Mobilidade'), "
    "Ledjely 'Société', Canberra Weekly 'News', El Carabobeño 'Nacionales'; trafilatura records take their first "
    "category ('Schleswig-Holstein', 'News', 'Régions', 'Știri'); news-please, plain text and newsbeam text records have "
    "none (The Arab Weekly's 'Economy' line and EastMojo's 'Mizoram' line are page labels, not Reuters 'Next In' lines)",
    "language": "'sr' is Serbian in Latin script (Danas, ekavian: 'izgrađena', 'pored', 'saopštila'); 'sk' Slovak; "
    "'ro' Romanian; 'pt' European Portuguese (Diário de Coimbra: 'autocarro', 'utentes'); 'es' from Spain (El Español), "
    "Venezuela (El Carabobeño: the same EFE copy), Colombia (Caracol Radio) and Cuba (Cubadebate: 'ómnibus', "
    "'choferes'); 'fr' from Mali, Guinea and Tunisia; 'de' from Germany; 'it' Italian; 'nl' Dutch; Khaama Press's menu "
    "links in Persian and Pashto and Ammon News' Arabic-edition link are menu items, not the story's language",
    "chrome": "includes consent banners and their buttons, a skip link, login, subscription and e-paper strings, a "
    "live-radio bar and a listen-live promo, share bars, advertisement labels, reading time, 'Read also'/'Also Read |'/"
    "'Pročitajte još:'/'Le puede interesar:'/'Lees ook:'/'Citește și:' lines, tag and keyword lists, most-read and "
    "related rails, newsletter promos and sign-ups, a wire-feed notice, an AFP desk signature, the Reuters credit line "
    "and copyright lines, the AP contributor and copyright lines, a comment count, a comment gate and a "
    "comment-moderation notice, a news-tips line, a local-ownership line, WordPress share and like lines, a writer's "
    "name under the story and initials signing it, Google News lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and EFE in the plain batch, dpa in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"the arab weekly", "arab weekly", "al bawaba", "albawaba", "el español", "el carabobeño", "efe",
                "por efe", "lübecker nachrichten", "ln", "flensburger tageblatt", "shz", "dpa", "latrobe valley express",
                "eastmojo", "by pti", "digital journal", "by afp", "danas", "aktuality.sk", "aktuality", "tasr",
                "ringier slovakia media", "l'essor", "the detroit news", "detroit news", "associated press",
                "inews guyana", "khaama press", "buzz vanuatu", "buzz 96fm", "caracol radio", "caracol", "l'arena",
                "athesis", "haarlems dagblad", "mediahuis", "ammon news", "ammon", "diário de coimbra", "lusa",
                "ledjely.com", "ledjely", "canberra weekly", "brudirect", "cubadebate", "bundaberg today",
                "inqueensland", "aap", "kapitalis", "i. b.", "libertatea", "ghanaweb", "contributor", "interpressnews",
                "supplied", "reuters", "tom havelock", "ros alder"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
