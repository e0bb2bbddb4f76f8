#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifty-second development set (bench/dev_set52/, first written as the forty-ninth held-out set).

    .venv/bin/python bench/dev_set52/_generate.py

Writes ``bench/dev_set52/articles/*`` and ``bench/dev_set52/labels.json`` (next to this
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
bench/dev_set51/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout49_2025-a.jsonl"
JSONL_B = "crawl_holdout49_2025-b.jsonl.gz"


# ---- cluster: Reuters, Nicosia (Ynetnews scrape + copy on Stockwatch in the plain batch) ----

CYTOUR = dict(
    cluster="reuters-nicosia-cyprus-february-arrivals",
    title="Cyprus tourist arrivals hit February record on Israeli, Polish visitors",
    date="2025-03-12",
    dateline="NICOSIA, March 12 (Reuters) - ",
    city="Nicosia",
    country="CY",
    region="asia",
    agency="Reuters",
    authors=["Michalis Georgiou", "Eleni Pattichi"],
    editors=["Alison Reardon"],
    lang="en",
    description="Arrivals from Israel, the second-largest source market, jumped 31% to 29,800.",
    paras=P("""
Tourist arrivals in Cyprus rose 14% year on year in February to a record for the month, official data showed on
Wednesday, as more visitors from Israel and Poland offset a drop in arrivals from Britain, the island's biggest
market.

The Cyprus Statistical Service said 187,400 tourists visited the island last month, up from 164,300 in February
2024.

Arrivals from Israel, the second-largest source market, jumped 31% to 29,800, while visitors from Poland almost
doubled after two low-cost carriers added winter routes to Larnaca and Paphos.

British arrivals fell 6% to 41,200, the data showed.

Tourism accounts for about 13% of the Cypriot economy, and the government has been trying to attract visitors
outside the peak summer months, when hotels in coastal resorts such as Ayia Napa and Protaras are often fully
booked.

"Winter is no longer a dead season for us," said Andreas Christofides, who heads a hoteliers' association in the
Paphos district. "But we still depend too much on a handful of markets and a handful of airlines."

Revenue from tourism rose 11% to 98.6 million euros ($107.5 million) in January, the latest month for which
figures are available.

Cyprus recorded 4.1 million tourist arrivals in 2024, beating the pre-pandemic record set in 2018.
"""),
    must_have=[
        "Arrivals from Israel, the second-largest source market, jumped 31% to 29,800, while visitors from Poland almost doubled after two low-cost carriers added winter routes to Larnaca and Paphos.",
        "Cyprus recorded 4.1 million tourist arrivals in 2024, beating the pre-pandemic record set in 2018.",
    ],
)
CYTOUR_CREDITS = "(Reporting by Michalis Georgiou; Writing by Eleni Pattichi; Editing by Alison Reardon)"

# ---- cluster: AFP, N'Djamena (RTBF page + copy on the Tribune de Genève in the plain batch) ----

MIL = dict(
    cluster="afp-ndjamena-prix-du-mil",
    title="Au Tchad, la flambée du prix du mil inquiète les ménages de N'Djamena",
    date="2025-04-08",
    dateline="N'Djamena (AFP) - ",
    city="N'Djamena",
    country="TD",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Le sac de 100 kilos de mil se vend jusqu'à 52.000 francs CFA, près du double d'il y a un an.",
    paras=P("""
Le sac de 100 kilos de mil se vend désormais jusqu'à 52.000 francs CFA sur les marchés de N'Djamena, près du
double d'il y a un an, une hausse qui pèse lourdement sur les ménages de la capitale tchadienne.

« Avant, avec 1.000 francs, je pouvais nourrir ma famille pour la journée. Aujourd'hui, ça ne suffit même pas pour
la boule », soupire Achta Mahamat, mère de six enfants, rencontrée au marché de Dembé.

Les commerçants attribuent la hausse à la mauvaise récolte de la dernière saison des pluies, marquée par des
inondations dans le sud du pays et une sécheresse précoce dans la bande sahélienne.

L'afflux de réfugiés soudanais dans l'est du Tchad a également fait grimper la demande en céréales, selon plusieurs
économistes interrogés par l'AFP.

Le gouvernement a annoncé fin mars la vente à prix subventionné de 20.000 tonnes de céréales issues du stock
national de sécurité alimentaire, mais les distributions tardent à atteindre les quartiers périphériques.

« Les camions arrivent, on fait la queue toute la matinée, et à midi il n'y a plus rien », raconte Moussa Abakar,
un habitant du quartier de Walia.

Le ministère du Commerce a par ailleurs interdit jusqu'à nouvel ordre l'exportation de mil, de sorgho et de maïs
vers les pays voisins.

Selon le Programme alimentaire mondial, environ 3,4 millions de Tchadiens pourraient se retrouver en situation
d'insécurité alimentaire pendant la période de soudure, de juin à août.
"""),
    must_have=[
        "Les commerçants attribuent la hausse à la mauvaise récolte de la dernière saison des pluies, marquée par des inondations dans le sud du pays et une sécheresse précoce dans la bande sahélienne.",
        "Le ministère du Commerce a par ailleurs interdit jusqu'à nouvel ordre l'exportation de mil, de sorgho et de maïs vers les pays voisins.",
    ],
)

# ---- cluster: dpa, Tirana (Neue Westfälische page + copy on the Westfalen-Blatt in the gzipped batch) ----

VLORA = dict(
    cluster="dpa-tirana-flughafen-vlora",
    title="Albaniens neuer Flughafen in Vlora soll im Juni erste Urlauber abfertigen",
    date="2025-05-21",
    dateline="Tirana (dpa) - ",
    city="Tirana",
    country="AL",
    region="europe",
    agency="dpa",
    authors=[],
    editors=[],
    lang="de",
    description="Zunächst sollen Charterflüge aus Deutschland, Italien und Polen in Vlora landen.",
    paras=P("""
Der neue internationale Flughafen bei der südalbanischen Hafenstadt Vlora soll im Juni den Betrieb aufnehmen. Das
kündigte das Infrastrukturministerium in Tirana am Mittwoch an.

Zunächst sollen Charterflüge aus Deutschland, Italien und Polen landen, im Herbst sollen Linienverbindungen folgen.
Der Flughafen ist für bis zu zwei Millionen Passagiere im Jahr ausgelegt.

Albanien verzeichnet seit einigen Jahren einen starken Anstieg der Besucherzahlen. Im vergangenen Jahr kamen nach
Angaben des Statistikamts mehr als elf Millionen ausländische Gäste in das Land mit rund 2,4 Millionen Einwohnern.

Bislang landen fast alle Touristen auf dem Flughafen Tirana, von dem aus die Fahrt an die südliche Küste bis zu
vier Stunden dauern kann.

Der Bau des Flughafens in einem ehemaligen Sumpfgebiet ist umstritten. Umweltschützer warnen vor Schäden für die
nahe gelegene Lagune von Narta, einen wichtigen Rastplatz für Zugvögel wie Flamingos und Pelikane.

Das Ministerium erklärte, man habe strenge Auflagen zum Schutz der Lagune erlassen. Unter anderem seien Nachtflüge
in den Brutmonaten untersagt.

Albanien ist seit 2014 Beitrittskandidat der Europäischen Union. Der Tourismus gilt als einer der wichtigsten
Wirtschaftszweige des Landes, das sich in den vergangenen Jahren vor allem bei Urlaubern aus Mittel- und Osteuropa
als günstigere Alternative zu Kroatien und Griechenland einen Namen gemacht hat.
"""),
    must_have=[
        "Bislang landen fast alle Touristen auf dem Flughafen Tirana, von dem aus die Fahrt an die südliche Küste bis zu vier Stunden dauern kann.",
        "Unter anderem seien Nachtflüge in den Brutmonaten untersagt.",
    ],
)
VLORA_INFOCOM = "\u00a9 dpa-infocom, dpa:250521-930-584312/1"

# ---- cluster: Shepparton News (Australia), page + noisy re-scrape ----

PEARS = dict(
    cluster="sheppnews-pear-picker-shortage",
    title="Pear growers warn of fruit left on trees as picker shortage bites",
    date="2025-03-05",
    dateline="",
    city=None,
    country="AU",
    region="oceania",
    agency=None,
    authors=["Tanya Morris"],
    editors=[],
    lang="en",
    caption="Ardmona orchardist Vince Giacomelli with Packham pears waiting to be picked.",
    credit="Liam Durkin",
    paras=P("""
Goulburn Valley pear growers say fruit could be left to rot on trees this season as orchards struggle to find
enough pickers during the peak of the harvest.

The Goulburn Valley Fruit Growers Association estimates the region is short of about 600 workers, with the harvest
of Packham and Williams pears running two weeks later than usual after a cool spring.

Ardmona orchardist Vince Giacomelli said he had 14 pickers working on his property this week, about half the number
he needed.

"We've got beautiful fruit this year, and that's what makes it hard. Every day we fall behind, more of it goes past
the point where the cannery will take it," he said.

Growers blame the shortage on fewer backpackers on working holiday visas choosing regional work, and on competition
from other horticulture regions paying higher rates.

Some orchards have started offering free accommodation and transport from Shepparton to attract workers.

Greater Shepparton City Council said it was working with employment agencies and the Pacific Australia Labour
Mobility scheme to bring more workers to the region before the end of March.

The Goulburn Valley grows about 90 per cent of the country's pears, most of which are sold fresh or processed at
the cannery in Shepparton.
"""),
    must_have=[
        "Growers blame the shortage on fewer backpackers on working holiday visas choosing regional work, and on competition from other horticulture regions paying higher rates.",
        "Some orchards have started offering free accommodation and transport from Shepparton to attract workers.",
    ],
)
SN_PRE = ["Shepparton News", "News", "Sport", "Country News", "Community", "Opinion", "Obituaries", "Public Notices", "Digital Editions"]
SN_HEAD = ["Tanya Morris"]
SN_DATE = ["5 March 2025"]
SN_CAP = ["Ardmona orchardist Vince Giacomelli with Packham pears waiting to be picked. Photo by Liam Durkin"]
SN_COPY = "\u00a9 2025 McPherson Media Group"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Ynetnews (original of the Reuters cluster): agency line, month-first two-digit-year stamp, "(Photo: ...)" caption, "Read more:" insert, Reuters credit line.
    dict(CYTOUR, role="original", file="ynetnews_reuters_nicosia_tourist_arrivals.txt", render="text",
         caption="Tourists on the beach at Ayia Napa, Cyprus", credit="Shutterstock",
         pre=[["ynetnews", "News", "Israel News", "World News", "Middle East", "Opinion", "Health & Science", "Culture", "Jewish World", "Video"],
              ["World News"]],
         head=[["Reuters"], ["Published: 03.12.25, 14:05"]],
         cap_lines=["Tourists on the beach at Ayia Napa, Cyprus (Photo: Shutterstock)"],
         inserts={3: ["Read more:", "Israeli travelers flock to Cyprus as flight options shrink"]},
         tail=[[CYTOUR_CREDITS],
               ["Comments"],
               ["Follow Ynetnews on Facebook, X, Instagram and Telegram"],
               ["All rights reserved \u00a9 2025 ynetnews"]]),
    # Shepparton News (original of the re-scrape cluster): bare name line, day-first month-name date, "Photo by" caption, related line, subscription and copyright lines.
    dict(PEARS, role="original", file="sheppnews_pear_picker_shortage.txt", render="text",
         pre=[SN_PRE, ["Subscribe", "Log in"]], head=[SN_HEAD, SN_DATE], cap_lines=SN_CAP,
         inserts={2: ["Advertisement"], 5: ["Related: Growers count the cost of February hail storm"]},
         tail=[["Share", "Facebook", "X", "Email"],
               ["Local news matters. Subscribe to the Shepparton News for unlimited access to local stories."],
               [SN_COPY]]),
    dict(PEARS, role="rescrape", file="sheppnews_pear_picker_shortage_rescrape.txt.gz", render="text", noise=True,
         pre=[SN_PRE], head=[SN_HEAD, SN_DATE], cap_lines=SN_CAP, tail=[[SN_COPY]]),
    # Soy502 (Guatemala): staff, "Por" byline, "h" stamp, "Te puede interesar:" pair, tag lines, WhatsApp channel line.
    rec(cluster="soy502-la-terminal-precio-tomate", role="single",
        file="soy502_la_terminal_precio_tomate_es.txt", render="text",
        title="Precio del tomate se dispara en La Terminal por las lluvias en el oriente",
        date="2025-02-19", country="GT", region="americas", lang="es", authors=["Andrea Sicajá"],
        pre=[["Soy502", "Noticias", "Guatemala", "Deportes", "Entretenimiento", "Viral", "Tecnología", "Mundo", "Soy502 TV"]],
        head=[["Por Andrea Sicajá"], ["19 de febrero de 2025, 13:40 h"]],
        inserts={3: ["Te puede interesar:", "Estos son los precios de la canasta básica en febrero"]},
        tail=[["Etiquetas:", "Mercados", "Precios", "Ciudad de Guatemala"],
              ["Síguenos en nuestro canal de WhatsApp"],
              ["\u00a9 2025 Soy502. Todos los derechos reservados."]],
        paras=P("""
La caja de tomate de 45 libras se cotiza esta semana entre Q275 y Q310 en el mercado La Terminal de la zona 4, casi
el triple de lo que costaba a inicios de enero, según comerciantes del lugar.

Los vendedores atribuyen el alza a las lluvias fuera de temporada que afectaron los cultivos en Jutiapa, Jalapa y
Chiquimula, departamentos que abastecen buena parte del mercado capitalino.

"Vienen menos camiones y el producto que llega viene golpeado. Nosotros también estamos comprando caro", explicó
Rosa Elvira Coc, quien vende verduras en La Terminal desde hace 20 años.

El Ministerio de Agricultura, Ganadería y Alimentación (MAGA) informó que monitorea los precios y que prevé una
estabilización en las próximas tres semanas, cuando ingrese la cosecha de otras regiones del país.

Mientras tanto, los consumidores han optado por comprar menos. En los mercados cantonales de Mixco y Villa Nueva, la
libra de tomate se vende hasta en Q8.

Otros productos como la cebolla y el chile pimiento también registraron aumentos, aunque menores, de acuerdo con el
último boletín de precios del MAGA.

Dueños de comedores en la capital dicen que han tenido que reducir las porciones de ensalada o subir el precio de los
almuerzos.
"""),
        must_have=[
            "Mientras tanto, los consumidores han optado por comprar menos.",
            "Dueños de comedores en la capital dicen que han tenido que reducir las porciones de ensalada o subir el precio de los almuerzos.",
        ]),
    # Suriname Herald: staff, date line then "Redactie" desk line, WordPress share and related lines.
    rec(cluster="srherald-brokopondo-bibliotheek", role="single",
        file="surinameherald_brokopondo_openbare_bibliotheek_nl.txt", render="text",
        title="Brokopondo krijgt eerste openbare bibliotheek",
        date="2024-11-12", country="SR", region="americas", lang="nl",
        pre=[["Suriname Herald", "Home", "Nieuws", "Binnenland", "Buitenland", "Economie", "Sport", "Opinie", "Advertenties"]],
        head=[["12 november 2024"], ["Redactie"]],
        tail=[["Deel dit:", "Facebook", "WhatsApp", "X"], ["Gerelateerd"],
              ["\u00a9 2024 Suriname Herald"]],
        paras=P("""
In Brokopondo Centrum is dinsdag de eerste openbare bibliotheek van het district geopend. De bibliotheek is
gevestigd in een gerenoveerd overheidsgebouw aan de hoofdweg en beschikt over ruim 4.000 boeken.

Het project is gefinancierd door een stichting uit Paramaribo in samenwerking met het ministerie van Onderwijs,
Wetenschap en Cultuur. De totale kosten bedragen ongeveer 1,8 miljoen SRD.

Districtscommissaris Ramon Adjako zei bij de opening dat jongeren in het district tot nu toe naar Paramaribo moesten
reizen om boeken te lenen of rustig te studeren.

"Veel kinderen hier hebben thuis geen boeken en geen plek om huiswerk te maken. Deze bibliotheek geeft hen die
plek", aldus Adjako.

Naast boeken in het Nederlands zijn er ook kinderboeken in het Sranantongo en het Saramaccaans beschikbaar. Verder
staan er zes computers met internet, die bezoekers gratis kunnen gebruiken.

De bibliotheek is op werkdagen open van 9.00 tot 17.00 uur en op zaterdag van 9.00 tot 13.00 uur. Lidmaatschap is
gratis voor scholieren.

De stichting wil volgend jaar ook bibliotheken openen in Albina en Apoera. Daarvoor wordt nog gezocht naar geschikte
gebouwen en vrijwilligers.
"""),
        must_have=[
            "Lidmaatschap is gratis voor scholieren.",
            "De stichting wil volgend jaar ook bibliotheken openen in Albina en Apoera.",
        ]),
    # ZNS (Bahamas): public broadcaster, "By" line, date, listen/watch-live menu, share strings, corporation copyright.
    rec(cluster="zns-north-andros-packing-house", role="single",
        file="zns_north_andros_packing_house.txt", render="text",
        title="New packing house opens in North Andros to help farmers reach Nassau markets",
        date="2025-01-14", country="BS", region="americas", lang="en", authors=["Delano Cartwright"],
        pre=[["ZNS Bahamas", "Home", "News", "Sports", "Community", "Listen Live", "Watch Live", "Programmes", "Contact"]],
        head=[["By Delano Cartwright"], ["January 14, 2025"]],
        tail=[["Share this:", "Facebook", "X", "WhatsApp"],
              ["\u00a9 2025 Broadcasting Corporation of The Bahamas. All rights reserved."]],
        paras=P("""
Farmers in North Andros will be able to clean, grade and cool their produce before shipping it to New Providence
after a new packing house opened in Nicholls Town on Tuesday.

The $1.4 million facility, built by the Ministry of Agriculture and Marine Resources, includes two cold rooms, a
washing line and a loading bay for trucks heading to the mail boat dock.

Andros is the largest island in The Bahamas and one of its main farming areas, but growers have long complained that
crops spoil before they reach buyers in Nassau.

Farmer Leroy Bain, who grows tomatoes, peppers and watermelons near Lowe Sound, said he lost nearly a third of his
crop last season.

"By the time the boat reaches Potter's Cay, half of what you send is soft. With a cold room here, we can finally
send quality produce," he said.

Ministry officials said the packing house would be run by a farmers' cooperative, which will charge members a small
fee per box.

The government plans to open similar facilities in Long Island and Eleuthera over the next two years as part of
efforts to reduce the country's food import bill.
"""),
        must_have=[
            "Andros is the largest island in The Bahamas and one of its main farming areas, but growers have long complained that crops spoil before they reach buyers in Nassau.",
            "Ministry officials said the packing house would be run by a farmers' cooperative, which will charge members a small fee per box.",
        ]),
    # Sunday Observer (Sri Lanka): weekly, lower-case "by" byline, Sunday date, E-Paper link, owner's copyright.
    rec(cluster="sundayobserver-cinnamon-peelers-training", role="single",
        file="sundayobserver_cinnamon_peelers_training_centre.txt", render="text",
        title="Training centre to ease shortage of cinnamon peelers in the South",
        date="2025-03-16", country="LK", region="asia", lang="en", authors=["Nilanthi Wickramasinghe"],
        pre=[["Sunday Observer", "News", "Features", "Business", "Sports", "Opinion", "Junior", "Spectrum", "Impact"],
             ["E-Paper"]],
        head=[["by Nilanthi Wickramasinghe"], ["March 16, 2025"]],
        tail=[["Share", "Facebook", "X", "WhatsApp"],
              ["Copyright \u00a9 2025 Associated Newspapers of Ceylon Ltd."]],
        paras=P("""
A new training centre for cinnamon peelers will open in Matara next month in an attempt to address a severe
shortage of skilled workers that growers say is holding back the country's most famous spice.

The centre, set up by the Department of Export Agriculture with funding from an export promotion scheme, will train
300 young people a year in the traditional skill of peeling and rolling cinnamon quills.

Cinnamon peeling is done almost entirely by hand and takes years to master. Many experienced peelers are now over
50, and few young people are willing to take up the work.

Growers in Galle, Matara and Hambantota say they have been forced to leave part of their crop unharvested because
there are not enough peelers.

"The demand is there, the prices are good, but we cannot find the hands," said P.K. Jayasena, who owns a 12-acre
estate near Akuressa.

Sri Lanka supplies most of the world's true cinnamon, known as Ceylon cinnamon, and earned about US$ 280 million from
cinnamon exports last year, according to industry figures.

Trainees will receive a monthly allowance during the six-month course, and officials say graduates will be placed
with estates and processing centres in the Southern Province.
"""),
        must_have=[
            "Cinnamon peeling is done almost entirely by hand and takes years to master.",
            "Trainees will receive a monthly allowance during the six-month course, and officials say graduates will be placed with estates and processing centres in the Southern Province.",
        ]),
    # Mihaaru (Maldives, English edition): bare name and date lines, Dhivehi-edition menu link, "Also Read" pair.
    rec(cluster="mihaaru-kulhudhuffushi-dialysis", role="single",
        file="mihaaru_kulhudhuffushi_dialysis_services.txt", render="text",
        title="Kulhudhuffushi hospital to begin dialysis services next month",
        date="2025-06-18", country="MV", region="asia", lang="en", authors=["Aishath Nuha"],
        pre=[["Mihaaru", "News", "Business", "Sports", "Report", "Feature", "Opinion", "\u078b\u07a8\u0788\u07ac\u0780\u07a8"]],
        head=[["Aishath Nuha"], ["18 June 2025"]],
        inserts={4: ["Also Read", "Health Ministry to recruit 120 nurses for atoll hospitals"]},
        tail=[["Share"], ["\u00a9 2025 Mihaaru News. All rights reserved."]],
        paras=P("""
Kulhudhuffushi Regional Hospital will begin offering dialysis services next month, sparing kidney patients in the
northern atolls the long journey to Malé for treatment, the Health Ministry has said.

The hospital has installed six dialysis machines and trained eight nurses to run the unit, the ministry said on
Wednesday.

At present, around 40 patients from Haa Alif, Haa Dhaal and Shaviyani atolls travel to the capital two or three
times a week for dialysis, or have moved to Malé with their families to be close to treatment.

Mohamed Shiyam, whose father has been receiving dialysis in Malé for three years, said the family had spent most of
its savings on rent in the capital.

"We will finally be able to go home," he told Mihaaru.

The ministry said the unit would initially operate six days a week, with two shifts a day.

Kidney disease is a growing concern in the Maldives, with health officials linking rising cases to diabetes and high
blood pressure.

The government has pledged to set up dialysis units in all regional hospitals by the end of next year.
"""),
        must_have=[
            "At present, around 40 patients from Haa Alif, Haa Dhaal and Shaviyani atolls travel to the capital two or three times a week for dialysis, or have moved to Malé with their families to be close to treatment.",
            "The government has pledged to set up dialysis units in all regional hospitals by the end of next year.",
        ]),
    # Westport News (New Zealand): weekday date line then "By" line, independent-paper line.
    rec(cluster="westportnews-cape-foulwind-seal-track", role="single",
        file="westportnews_cape_foulwind_seal_colony_track.txt", render="text",
        title="Record visitor numbers at Cape Foulwind seal colony prompt track upgrade",
        date="2025-03-26", country="NZ", region="oceania", lang="en", authors=["Shaun Beveridge"],
        pre=[["Westport News", "Home", "News", "Sport", "Community", "Opinion", "Classifieds", "Subscribe"]],
        head=[["Wednesday, 26 March 2025"], ["By Shaun Beveridge"]],
        tail=[["Share"], ["The Westport News is an independent, locally owned newspaper serving the Buller district."],
              ["\u00a9 Westport News 2025"]],
        paras=P("""
The Department of Conservation will upgrade the walkway to the Tauranga Bay seal colony at Cape Foulwind after
visitor numbers hit a record over the summer.

Counters on the track recorded more than 61,000 visitors between December and February, up 18 percent on the
previous summer.

DOC Buller operations manager Kerry Pascoe said parts of the track had become muddy and eroded, and the viewing
platform above the colony was often crowded.

"It's great to see so many people enjoying the seals, but the track was built for a fraction of these numbers,"
she said.

The $380,000 upgrade will widen sections of the track, add a second viewing platform and improve drainage. Work is
expected to start in May, after the busiest months, and take about 10 weeks.

The track will remain open during the work, though some sections may close for short periods.

Local tourism operator Tania Rowe said the seal colony was one of the main reasons visitors stopped in Westport on
their way along the coast.

New Zealand fur seals can be seen at the colony year-round, with pups born between late November and January.
"""),
        must_have=[
            "The track will remain open during the work, though some sections may close for short periods.",
            "New Zealand fur seals can be seen at the colony year-round, with pups born between late November and January.",
        ]),
    # Tonga Broadcasting Commission: WordPress (Divi) meta line "by DESK | date | categories", "Share This" module.
    rec(cluster="tbc-vavau-vanilla-dryers", role="single",
        file="tbcnews_vavau_vanilla_solar_dryers.txt", render="text",
        title="Vava'u vanilla growers receive new drying equipment",
        date="2024-09-10", country="TO", region="oceania", lang="en",
        pre=[["Tonga Broadcasting Commission", "Home", "News", "Local News", "Regional News", "Sports", "Radio Tonga", "TV Tonga", "Contact"]],
        head=[["by TBC News | Sep 10, 2024 | Local News, News"]],
        tail=[["Share This", "Facebook", "X", "WhatsApp"],
              ["\u00a9 2024 Tonga Broadcasting Commission"]],
        paras=P("""
Vanilla growers in Vava'u have received new solar drying equipment that is expected to improve the quality of their
beans and help them fetch higher prices overseas.

The Ministry of Agriculture, Food and Forests handed over 25 solar dryers to growers' groups in Neiafu on Tuesday, in
a project funded by a development partner.

Vanilla was once one of Tonga's main exports, but production fell sharply in the early 2000s after prices collapsed
and many farmers abandoned their plantations.

In recent years, higher world prices have encouraged farmers in Vava'u to return to the crop.

Speaking at the handover, a ministry official said poor drying had been one of the main reasons Tongan vanilla was
rejected by buyers.

Growers have until now dried their beans on racks in the open air, which leaves them exposed to rain and humidity.

One grower, Sione Fifita, said his group had lost part of its harvest last year to mould.

The ministry says it will also provide training on curing and grading, and hopes to double vanilla exports within
three years.
"""),
        must_have=[
            "Vanilla was once one of Tonga's main exports, but production fell sharply in the early 2000s after prices collapsed and many farmers abandoned their plantations.",
            "Growers have until now dried their beans on racks in the open air, which leaves them exposed to rain and humidity.",
        ]),
    # Telex (Hungary): staff, surname-first name line, "2025. április 16. – 14:05" stamp, support appeal.
    rec(cluster="telex-kecskemet-uj-iskola", role="single",
        file="telex_kecskemet_uj_altalanos_iskola_hu.txt", render="text",
        title="Új általános iskola épül Kecskemét déli részén, 2027-re készülhet el",
        date="2025-04-16", country="HU", region="europe", lang="hu", authors=["Kovács Dóra"],
        pre=[["Telex", "Belföld", "Külföld", "Gazdaság", "Tudomány", "Kult", "Sport", "Videó", "Podcast"],
             ["Támogass!"]],
        head=[["Kovács Dóra"], ["2025. április 16. \u2013 14:05"]],
        tail=[["Megosztás", "Facebook", "X", "E-mail"],
              ["Ha fontosnak tartod, hogy legyen független sajtó Magyarországon, támogasd a Telexet!"],
              ["\u00a9 2025 Telex"]],
        paras=P("""
Új, 24 tantermes általános iskola épül Kecskemét déli részén, a gyorsan növekvő Hetényegyháza felé vezető út
mentén – jelentette be szerdán a város önkormányzata.

A beruházás költsége mintegy 9,5 milliárd forint, amelyet részben állami támogatásból, részben a város saját
forrásaiból fedeznek.

Az iskola 2027 szeptemberében nyithatja meg kapuit, és mintegy 650 diák tanulhat majd benne. Az épület mellé
tornacsarnok, tanuszoda és könyvtár is készül, amelyeket délutánonként a környéken élők is használhatnak majd.

Kecskemét lakossága az elmúlt években jelentősen nőtt, főként az autóipari beruházások miatt a városba költöző
családoknak köszönhetően.

A déli városrészek iskolái már most is zsúfoltak: több intézményben a könyvtárat és az ebédlőt is tanteremként
használják.

„Évek óta mondjuk, hogy kevés a hely. Reggelente a szülők fél órát állnak a dugóban, hogy a belvárosi iskolákba
vigyék a gyerekeiket” – mondta a Telexnek Szabó Eszter, a helyi szülői munkaközösség elnöke.

Az önkormányzat szerint az építkezés még idén nyáron elkezdődhet, a közbeszerzési eljárást áprilisban írják ki.

A városvezetés azt is ígéri, hogy az új iskolához kerékpárút és buszmegálló is épül, így a diákoknak nem kell
majd a forgalmas főúton gyalogolniuk.
"""),
        must_have=[
            "A déli városrészek iskolái már most is zsúfoltak: több intézményben a könyvtárat és az ebédlőt is tanteremként használják.",
            "Az önkormányzat szerint az építkezés még idén nyáron elkezdődhet, a közbeszerzési eljárást áprilisban írják ki.",
        ]),
    # The Sofia Globe: staff, "Written by NAME on DATE" line, Patreon appeal, WordPress share and related lines.
    rec(cluster="sofiaglobe-rose-oil-frost", role="single",
        file="sofiaglobe_rose_oil_harvest_frost.txt", render="text",
        title="Bulgaria's rose oil producers expect smaller harvest after April frost",
        date="2025-05-14", country="BG", region="europe", lang="en", authors=["Elena Marinova"],
        pre=[["The Sofia Globe", "Home", "Bulgaria", "Sofia", "Europe", "World", "Business", "Culture", "Opinion"]],
        head=[["Written by Elena Marinova on May 14, 2025"]],
        tail=[["Please support The Sofia Globe's independent journalism by becoming a patron on Patreon."],
              ["Share this:", "Facebook", "X", "Email"], ["Related"]],
        paras=P("""
Bulgarian rose oil producers expect this year's harvest to be up to 30 per cent smaller than last year's after late
frosts in April damaged rose fields in the Valley of the Roses, an industry association said on May 14.

Picking of the oil-bearing Rosa damascena usually begins in the middle of May and lasts about a month, with most of
the fields located around Kazanlak and Karlovo.

The Bulgarian Rose Producers' Association said frost on the nights of April 8 and 9 had destroyed buds on about a
third of the plantations in the lower parts of the valley.

It takes about three to four tonnes of rose petals to produce one kilogram of rose oil, which is used mainly by the
perfume and cosmetics industries.

The association's chairperson, Stoyanka Petkova, said the price of rose oil could rise as a result, but that many
small producers would still make a loss.

Producers have also complained of a shortage of pickers, as many seasonal workers now prefer to work in Western
Europe.

Bulgaria is one of the world's two largest producers of rose oil, together with Turkey.

The annual Rose Festival in Kazanlak, which attracts thousands of tourists, will go ahead as planned in early June,
the municipality said.
"""),
        must_have=[
            "It takes about three to four tonnes of rose petals to produce one kilogram of rose oil, which is used mainly by the perfume and cosmetics industries.",
            "Producers have also complained of a shortage of pickers, as many seasonal workers now prefer to work in Western Europe.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_RTBF = site("RTBF", "https://www.rtbf.example.be", " - RTBF Actus", "fr_BE", "@RTBFinfo",
                 ["Actus", "Belgique", "Monde", "Économie", "Politique", "Société", "Sport", "Culture", "Météo"],
                 ["\u00a9 RTBF 2025", "Mentions légales", "Vie privée", "Cookies", "Accessibilité", "Contact"],
                 share=["Partager", "Facebook", "X", "WhatsApp", "Copier le lien"], top=["Auvio", "Direct", "Se connecter"],
                 cookie="La RTBF et ses partenaires utilisent des cookies et d'autres traceurs pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées.",
                 cookie_title="Vos choix en matière de cookies",
                 buttons=["Accepter et fermer", "Personnaliser", "Continuer sans accepter"])
SITE_NW = site("Neue Westfälische", "https://www.nw.example.de", " | nw.de", "de_DE", "@NW_News",
               ["Bielefeld", "Gütersloh", "Herford", "Paderborn", "Lokales", "Politik", "Wirtschaft", "Sport", "Kultur"],
               ["\u00a9 Neue Westfälische 2025", "Impressum", "Datenschutz", "AGB", "Cookie-Einstellungen", "Kontakt"],
               share=["Teilen", "Facebook", "X", "WhatsApp", "E-Mail"], top=["E-Paper", "Abo", "Anmelden"],
               cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Zugriffe auf unsere Website zu analysieren.",
               cookie_title="Datenschutzeinstellungen",
               buttons=["Zustimmen", "Ablehnen", "Einstellungen"])
SITE_OWH = site("Omaha World-Herald", "https://omaha.example.com", " | Nebraska | omaha.com", "en_US", "@OWHnews",
                ["News", "Sports", "Huskers", "Business", "Opinion", "Obituaries", "Food", "Entertainment", "e-Edition"],
                ["\u00a9 Copyright 2025 Omaha World-Herald, Omaha, NE", "Terms of Use", "Privacy Policy", "Contact Us", "Subscriber Services"],
                share=["Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save"],
                top=["Subscribe", "Log In"])
SITE_TVN = site("TVN Noticias", "https://www.tvn-2.example.com", " | TVN Noticias", "es_PA", "@tvnnoticias",
                ["Nacionales", "Provincias", "Internacionales", "Economía", "Deportes", "Variedades", "Tecnología", "Videos"],
                ["\u00a9 2025 TVN Media. Todos los derechos reservados.", "Términos y condiciones", "Políticas de privacidad", "Contáctenos"],
                share=["Compartir", "Facebook", "X", "WhatsApp", "Copiar enlace"], top=["TVN en vivo", "Radio", "Iniciar sesión"])
SITE_VK = site("de Volkskrant", "https://www.volkskrant.example.nl", " | de Volkskrant", "nl_NL", "@volkskrant",
               ["Nieuws", "Columns & Opinie", "Cultuur & Media", "Wetenschap", "Economie", "Sport", "Puzzels", "Podcasts"],
               ["\u00a9 2025 DPG Media B.V. - alle rechten voorbehouden", "Privacy", "Cookiebeleid", "Gebruiksvoorwaarden", "Klantenservice"],
               share=["Delen", "Facebook", "X", "WhatsApp", "E-mail"], top=["Abonneer", "Inloggen"],
               cookie="DPG Media en onze partners gebruiken cookies en vergelijkbare technieken om je een betere ervaring te bieden en advertenties te personaliseren.",
               buttons=["Akkoord", "Instellingen"])
SITE_NRK = site("NRK", "https://www.nrk.example.no", " \u2013 NRK Nordland", "nb_NO", "@NRK",
                ["Nyheter", "Sport", "Kultur", "Distrikt", "Livsstil", "Viten", "NRK TV", "NRK Radio"],
                ["\u00a9 NRK", "Personvern", "Informasjonskapsler", "Tilgjengelighet", "Kontakt NRK"],
                share=["Del", "Facebook", "X", "E-post", "Kopier lenke"], top=["Logg inn"])
SITE_SR = site("Sahara Reporters", "https://saharareporters.example.com", " | Sahara Reporters", "en_US", "@SaharaReporters",
               ["Home", "News", "Politics", "Human Rights", "Corruption", "Opinion", "Breaking News", "Sahara TV", "Contact"],
               ["\u00a9 2025 Sahara Reporters. All rights reserved.", "About Us", "Privacy Policy", "Donate", "Contact"],
               share=["Share", "Facebook", "X", "WhatsApp", "Email"])
SITE_WT = site("The Weekly Times", "https://www.weeklytimesnow.example.com.au", " | The Weekly Times", "en_AU", "@WeeklyTimesNow",
               ["News", "Agribusiness", "Dairy", "Grain", "Livestock", "Machinery", "Property", "Country Living", "Opinion"],
               ["\u00a9 The Weekly Times 2025. All rights reserved.", "Privacy Policy", "Terms of Use", "Advertise", "Contact Us"],
               share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Subscribe", "Log In"])
SITE_PMN = site("Port Macquarie News", "https://www.portnews.example.com.au", " | Port Macquarie News", "en_AU", "@PortNews",
                ["News", "Local News", "Sport", "Property", "What's On", "Obituaries", "Classifieds", "Today's Paper"],
                ["\u00a9 2024 Australian Community Media", "Privacy Policy", "Conditions of Use", "Terms & Conditions", "Contact"],
                share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Subscribe", "Log in"])

HTML_STORIES = [
    # RTBF (original of the AFP cluster): "AFP" byline, "Publié le" stamp, reading time, "© NAME / AFP" credit, newsletter sign-up, consent wall.
    dict(MIL, role="original", file="rtbf_afp_ndjamena_prix_du_mil_fr.html", render="html",
         site=SITE_RTBF, section="Monde", meta_section="Monde",
         url="https://www.rtbf.example.be/article/au-tchad-la-flambee-du-prix-du-mil-inquiete-les-menages-de-ndjamena-11531207",
         published="2025-04-08T11:20:00+02:00",
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         breadcrumbs=["Monde", "Afrique"],
         byline_lines=["AFP"], date_lines=["Publié le 08 avril 2025 à 11h20"],
         above_body=[("reading-time", "Temps de lecture 2 min.")],
         caption="Des femmes achètent des céréales au marché de Dembé, à N'Djamena.", credit="Aubin MBAÏKOUA / AFP",
         credit_shown="\u00a9 Aubin MBAÏKOUA / AFP",
         inserts={3: [("link", "À lire aussi :", "Soudan : des milliers de réfugiés arrivent encore chaque semaine au Tchad")]},
         tags=("Sur le même sujet", ["Tchad", "Afrique", "Alimentation"]),
         newsletter_end=["Recevez chaque matin l'essentiel de l'actu", "Je m'inscris à la newsletter"],
         lists=[("Les plus lus", ["Météo : des averses et un net rafraîchissement attendus ce week-end", "SNCB : grève annoncée sur le rail la semaine prochaine"])]),
    # Neue Westfälische (original of the dpa cluster): "dpa" byline, "Uhr" stamp, "Foto: NAME/dpa" credit, dpa-infocom line, consent wall.
    dict(VLORA, role="original", file="nw_dpa_tirana_flughafen_vlora_de.html", render="html",
         site=SITE_NW, section="Politik", meta_section="Politik",
         url="https://www.nw.example.de/nachrichten/politik/24078213_Albaniens-neuer-Flughafen-in-Vlora-soll-im-Juni-erste-Urlauber-abfertigen.html",
         published="2025-05-21T14:05:00+02:00",
         ld_author=[{"@type": "Organization", "name": "dpa"}],
         kicker="Albanien",
         byline_lines=["dpa"], date_lines=["21.05.2025, 14:05 Uhr"],
         caption="Ein Passagierflugzeug steht auf dem Vorfeld des neuen Flughafens bei Vlora.", credit="Arben Hoxha/dpa",
         credit_shown="Foto: Arben Hoxha/dpa",
         inserts={2: [("ad", "Anzeige")]},
         end_lines=[VLORA_INFOCOM],
         lists=[("Meistgelesen", ["Bielefeld: Sperrung am Ostwestfalendamm ab Montag", "Arminia: Trainer verlängert bis 2027"])]),
    # Omaha World-Herald (BLOX): AP copy, name-and-agency byline line, "(AP Photo/NAME)" credit, AP contributor and copyright lines, BLOX share bar, newsletter sign-up.
    rec(cluster="owh-ap-lincoln-rural-broadband", role="single",
        file="omahaworldherald_ap_lincoln_rural_broadband_grants.html", render="html", site=SITE_OWH,
        title="Nebraska lawmakers advance bill to expand rural broadband grants", date="2025-02-26",
        dateline="LINCOLN, Neb. (AP) \u2014 ", city="Lincoln", country="US", region="americas", lang="en",
        agency="AP", authors=["Lorene Haskins", "Tobias Grell"], section="Nebraska", meta_section="Nebraska",
        url="https://omaha.example.com/news/state-regional/government-politics/nebraska-lawmakers-advance-bill-to-expand-rural-broadband-grants/article_5a1c9e42-f4b1-11ef-9d2a-8b7c1e6f0a31.html",
        description="The measure passed the first of three rounds of debate on a 38-6 vote.",
        published="2025-02-26T15:40:00-06:00",
        ld_author=[{"@type": "Person", "name": "Lorene Haskins"}, {"@type": "Organization", "name": "Associated Press"}],
        byline_lines=["Lorene Haskins Associated Press"], date_lines=["Feb 26, 2025"],
        caption="State senators debate in the legislative chamber at the Capitol in Lincoln, Neb., on Feb. 19, 2025.",
        credit="AP Photo/Rebecca Lund", credit_shown="(AP Photo/Rebecca Lund)",
        end_lines=["Associated Press writer Tobias Grell in Omaha contributed to this report.",
                   "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."],
        tags=("Tags", ["Broadband", "Nebraska Legislature", "Rural Nebraska"]),
        newsletter_end=["Get local news delivered to your inbox!", "Sign up"],
        paras=P("""
Nebraska lawmakers on Wednesday advanced a bill that would put an additional $60 million into grants for high-speed
internet in rural areas, where thousands of homes and farms still rely on slow or unreliable connections.

The measure passed the first of three rounds of debate in the officially nonpartisan Legislature on a 38-6 vote.

Under the bill, internet providers could apply for grants covering up to 75% of the cost of building fiber networks
in areas that lack service of at least 100 megabits per second.

Supporters said the money was needed because federal funding had not reached many of the state's most remote
ranches and small towns.

"Kids in my district are still doing homework in the parking lot of the public library because that's the only
place with a decent signal," said state Sen. Marlys Oberg of Ogallala.

Opponents questioned whether the state should spend more on broadband while property taxes remain high and the
state faces a projected budget shortfall.

"We have already put hundreds of millions into this. I want to see results before we write another check," said
Sen. Dale Kruse of Omaha.

If passed, the grants would be administered by the Nebraska Public Service Commission, which oversees
telecommunications in the state.
"""),
        must_have=[
            "The measure passed the first of three rounds of debate in the officially nonpartisan Legislature on a 38-6 vote.",
            "Opponents questioned whether the state should spend more on broadband while property taxes remain high and the state faces a projected budget shortfall.",
        ]),
    # TVN Noticias (Panama): EFE copy, "EFE" byline, day-first numeric stamp, EFE dateline, "Foto: EFE/NAME" credit, "Lea también:" link, tags.
    rec(cluster="tvn-efe-panama-temporada-cruceros", role="single",
        file="tvnnoticias_efe_panama_temporada_cruceros_es.html", render="html", site=SITE_TVN,
        title="Panamá cierra temporada de cruceros con cifra récord de pasajeros", date="2025-04-23",
        dateline="Ciudad de Panamá, 23 abr (EFE).- ", city="Panama City", country="PA", region="americas", lang="es",
        agency="EFE", section="Nacionales", meta_section="Nacionales",
        url="https://www.tvn-2.example.com/nacionales/panama-cierra-temporada-de-cruceros-con-cifra-record-de-pasajeros_1_2204518.html",
        description="Entre octubre y abril llegaron al país 296 cruceros, según la Autoridad de Turismo.",
        published="2025-04-23T11:32:00-05:00",
        ld_author=[{"@type": "Organization", "name": "EFE"}],
        breadcrumbs=["Nacionales"],
        byline_lines=["EFE"], date_lines=["Publicado 23/04/2025 11:32"],
        caption="Pasajeros desembarcan de un crucero en el puerto de Colón.", credit="EFE/Milagros Cedeño",
        credit_shown="Foto: EFE/Milagros Cedeño",
        inserts={2: [("link", "Lea también:", "Canal de Panamá amplía cupos de tránsito diarios")], 4: [("ad", "Publicidad")]},
        tags=("Temas relacionados", ["Turismo", "Cruceros", "Colón"]),
        paras=P("""
Panamá recibió más de 410.000 pasajeros de cruceros en la temporada 2024-2025, una cifra récord que supera en un 22 %
la del periodo anterior, informó este miércoles la Autoridad de Turismo de Panamá (ATP).

Según el ente oficial, entre octubre y abril llegaron al país 296 cruceros, la mayoría a los puertos de Colón, en el
Caribe, y de Amador, en la entrada pacífica del Canal de Panamá.

El administrador de la ATP, Gerardo Solís, atribuyó el aumento a la apertura de nuevas rutas por parte de navieras
europeas y a la promoción del país como puerto de embarque.

"Panamá dejó de ser solo un punto de paso por el Canal para convertirse en un destino en sí mismo", dijo Solís en
una conferencia de prensa.

Cada pasajero de crucero gasta en promedio unos 120 dólares durante su estancia en tierra, principalmente en
excursiones, alimentación y compras, de acuerdo con cifras de la ATP.

Comerciantes del Casco Antiguo de la capital, uno de los sitios más visitados por los cruceristas, señalaron que la
temporada fue la mejor desde antes de la pandemia.

Las autoridades prevén que la próxima temporada, que comenzará en octubre, supere el medio millón de pasajeros con la
llegada de nuevas líneas.
"""),
        must_have=[
            "Cada pasajero de crucero gasta en promedio unos 120 dólares durante su estancia en tierra, principalmente en excursiones, alimentación y compras, de acuerdo con cifras de la ATP.",
            "Comerciantes del Casco Antiguo de la capital, uno de los sitios más visitados por los cruceristas, señalaron que la temporada fue la mejor desde antes de la pandemia.",
        ]),
    # de Volkskrant: staff, DPG layout, name line, "Beeld NAME" credit, "Lees ook" link, most-read rail, consent wall.
    rec(cluster="volkskrant-flevoland-huisartsentekort", role="single",
        file="volkskrant_flevoland_huisartsentekort_nl.html", render="html", site=SITE_VK,
        title="Huisartsentekort in Flevoland loopt op: duizenden inwoners zonder vaste huisarts", date="2025-01-21",
        country="NL", region="europe", lang="nl", authors=["Marieke Zandstra"], section="Nieuws", meta_section="Nieuws",
        url="https://www.volkskrant.example.nl/nieuws-achtergrond/huisartsentekort-in-flevoland-loopt-op-duizenden-inwoners-zonder-vaste-huisarts~b7e41a2c/",
        description="Vooral in Almere en Lelystad zitten huisartsenpraktijken vol.",
        published="2025-01-21T17:45:00+01:00", free=False,
        dek="Wie in Almere of Lelystad woont en een huisarts zoekt, vist steeds vaker achter het net.",
        byline_lines=["Marieke Zandstra"], date_lines=["21 januari 2025, 17:45"],
        caption="Een huisartsenpraktijk in Almere Poort.", credit="Jesse van Rijn", credit_shown="Beeld Jesse van Rijn",
        inserts={3: [("link", "Lees ook", "Nieuwe huisartsen kiezen liever voor waarneming dan voor een eigen praktijk")]},
        lists=[("Meest gelezen", ["Kabinet wil vliegtaks verder verhogen", "Storm legt treinverkeer in het noorden stil"])],
        paras=P("""
In Flevoland staan ruim 11.000 inwoners niet ingeschreven bij een huisarts, omdat de praktijken in de provincie vol
zitten. Dat blijkt uit cijfers van de regionale huisartsenorganisatie die de Volkskrant heeft ingezien.

Vooral in Almere en Lelystad is het probleem groot. Daar wonen steeds meer mensen, terwijl het aantal huisartsen
nauwelijks groeit.

Wie geen vaste huisarts heeft, moet voor klachten terecht bij een tijdelijke noodpraktijk of bij de huisartsenpost,
die eigenlijk alleen bedoeld is voor spoed buiten kantoortijden.

'We zien mensen met chronische klachten die al maanden geen arts hebben gesproken', zegt huisarts Jeroen Bakhuis,
die in Almere Poort een praktijk heeft met twee collega's. 'Dat is niet verantwoord.'

Volgens de huisartsenorganisatie zijn er in de provincie zeker vijftien extra huisartsen nodig. Jonge artsen kiezen
vaak voor een baan als waarnemer of vestigen zich liever in de Randstad.

De gemeente Almere probeert artsen te lokken met goedkope praktijkruimte en hulp bij het vinden van een woning. Ook
zorgverzekeraars hebben extra geld beschikbaar gesteld.

Het ministerie van Volksgezondheid laat weten dat het tekort een landelijk probleem is en dat er wordt gewerkt aan
meer opleidingsplaatsen voor huisartsen.
"""),
        must_have=[
            "Wie geen vaste huisarts heeft, moet voor klachten terecht bij een tijdelijke noodpraktijk of bij de huisartsenpost, die eigenlijk alleen bedoeld is voor spoed buiten kantoortijden.",
            "Ook zorgverzekeraars hebben extra geld beschikbaar gesteld.",
        ]),
    # NRK (Nordland): two writers each with a "Journalist" role line, "Publisert"/"Oppdatert" stamps, "Foto: NAME / NRK" credit, kicker.
    rec(cluster="nrk-vagan-besoksbidrag", role="single",
        file="nrk_vagan_besoksbidrag_turister_no.html", render="html", site=SITE_NRK,
        title="Vågan vil innføre turistskatt fra neste sommer", date="2025-06-11",
        country="NO", region="europe", lang="no", authors=["Ingrid Vassbotn", "Håkon Mella"], section="Nordland", meta_section="Nordland",
        url="https://www.nrk.example.no/nordland/vagan-vil-innfore-turistskatt-fra-neste-sommer-1.17431852",
        description="Turister som overnatter i kommunen skal betale tre prosent av prisen for overnattingen.",
        published="2025-06-11T14:05:00+02:00", modified="2025-06-11T16:40:00+02:00",
        kicker="Lofoten",
        dek="Kommunestyret i Vågan sa onsdag ja til å kreve inn besøksbidrag fra turister.",
        byline_lines=["Ingrid Vassbotn", "Journalist", "Håkon Mella", "Journalist"],
        date_lines=["Publisert 11.06.2025, kl. 14.05", "Oppdatert 11.06.2025, kl. 16.40"],
        caption="Turister på brygga i Svolvær.", credit="Eirik Solhaug / NRK", credit_shown="Foto: Eirik Solhaug / NRK",
        share_top=False,
        paras=P("""
Vågan kommune i Lofoten vil innføre et besøksbidrag for tilreisende fra sommeren 2026. Det vedtok kommunestyret i
Svolvær onsdag.

Ordningen innebærer at turister som overnatter på hotell, campingplass eller i utleieboliger i kommunen skal betale
tre prosent av prisen for overnattingen.

Kommunen regner med at besøksbidraget kan gi mellom 15 og 20 millioner kroner i året. Pengene skal blant annet gå
til toaletter, parkering og vedlikehold av turstier.

Lofoten har fått stadig flere besøkende de siste årene, og mange steder har lokalbefolkningen klaget over søppel,
trafikk og slitasje på naturen.

– Vi ønsker turistene velkommen, men det er ikke rimelig at innbyggerne alene skal betale for infrastrukturen de
bruker, sier ordfører Tor Arne Lekang til NRK.

Reiselivsnæringen i Lofoten er delt i synet på ordningen. Flere hotelleiere frykter at prisene blir for høye, mens
andre mener pengene kan gjøre regionen mer attraktiv.

Stortinget vedtok tidligere i år en lov som gir kommuner med mye turisme mulighet til å innføre besøksbidrag.
Kommunene må få godkjenning fra staten før ordningen kan tas i bruk.
"""),
        must_have=[
            "Lofoten har fått stadig flere besøkende de siste årene, og mange steder har lokalbefolkningen klaget over søppel, trafikk og slitasje på naturen.",
            "Kommunene må få godkjenning fra staten før ordningen kan tas i bruk.",
        ]),
    # Sahara Reporters (gzipped): the site's name as byline, Title Case headline, "Topics" tags, related rail.
    rec(cluster="saharareporters-kano-nurses-strike", role="single",
        file="saharareporters_kano_nurses_strike.html.gz", render="html", site=SITE_SR,
        title="Nurses In Kano Begin Indefinite Strike Over Unpaid Allowances", date="2025-07-02",
        country="NG", region="africa", lang="en", section="News", meta_section="News",
        url="https://saharareporters.example.com/2025/07/02/nurses-kano-begin-indefinite-strike-over-unpaid-allowances",
        description="The strike was declared after a 21-day ultimatum issued to the state government expired.",
        published="2025-07-02T13:18:00+01:00",
        ld_author=[{"@type": "Organization", "name": "Sahara Reporters"}],
        byline_lines=["SAHARA REPORTERS"], date_lines=["Jul 02, 2025"],
        share_top=False,
        tags=("Topics", ["Kano", "Nurses", "Strike", "Health"]),
        lists=[("Related News", ["Doctors In Ogun Threaten Strike Over Poor Working Conditions", "Residents Decry Power Outage In Kano Communities"])],
        paras=P("""
Nurses and midwives working in public hospitals in Kano State have begun an indefinite strike over the non-payment
of their allowances for seven months.

The strike, which began on Wednesday, was declared by the Kano State Council of the National Association of Nigeria
Nurses and Midwives (NANNM) after a 21-day ultimatum issued to the state government expired.

SaharaReporters learnt that patients were turned away from several general hospitals in the state capital on
Wednesday morning, while only emergency cases were being attended to at some facilities.

The state chairman of the association, Comrade Ibrahim Danladi Yusuf, told journalists in Kano that the nurses had
been patient with the government for too long.

"Our members are owed shift allowances, uniform allowances and call duty allowances running into seven months. Many
of them can no longer afford transport to work," he said.

He added that the association had also demanded the recruitment of more nurses, noting that many hospitals in the
state were operating with less than half of their required staff.

When contacted, a spokesperson for the state Ministry of Health said the government was reviewing the demands and
would meet the union's leaders before the end of the week.

Health workers in several Nigerian states have embarked on strikes in recent months over pay and working conditions,
as rising inflation erodes salaries.
"""),
        must_have=[
            "He added that the association had also demanded the recruitment of more nurses, noting that many hospitals in the state were operating with less than half of their required staff.",
            "Health workers in several Nigerian states have embarked on strikes in recent months over pay and working conditions, as rising inflation erodes salaries.",
        ]),
    # The Weekly Times (News Corp): staff, name line, "6:00AM" stamp (UTC+10), "Picture: NAME" credit, reading time, comment gate.
    rec(cluster="weeklytimes-opening-milk-price", role="single",
        file="weeklytimes_dairy_opening_milk_price.html", render="html", site=SITE_WT,
        title="Dairy farmers welcome higher opening milk price but warn costs still biting", date="2025-05-08",
        country="AU", region="oceania", lang="en", authors=["Rhiannon Carr"], section="Dairy", meta_section="Dairy",
        url="https://www.weeklytimesnow.example.com.au/agribusiness/dairy/dairy-farmers-welcome-higher-opening-milk-price/news-story/3f9c2d1a8b7e6c5d4a3b2c1d0e9f8a7b",
        description="Murray Plains Dairy announced an opening price of $9.40 a kilogram of milk solids.",
        published="2025-05-08T06:00:00+10:00", free=False,
        byline_lines=["Rhiannon Carr"], date_lines=["May 8, 2025 - 6:00AM"],
        above_body=[("reading-time", "2 min read")],
        caption="Kyabram dairy farmer Luke Dalziel says feed costs are eating into any rise in the milk price.",
        credit="Zoe Phillips", credit_shown="Picture: Zoe Phillips",
        lists=[("More Coverage", ["Hay prices climb as dry autumn drags on", "Processor flags job cuts at northern Victorian factory"])],
        comments=["Add your comment to this story", "To join the conversation, please log in. Don't have an account? Register"],
        paras=P("""
Victorian dairy farmers have welcomed a higher-than-expected opening milk price from one of the state's biggest
processors, but say feed and water costs will keep margins tight.

Murray Plains Dairy announced on Wednesday an opening price of $9.40 a kilogram of milk solids for the 2025-26
season, up 45 cents on last year's opening offer.

The processor, which collects milk from about 700 farms in northern Victoria and southern NSW, said stronger global
prices for butter and cheese had allowed it to lift its offer.

Kyabram dairy farmer Luke Dalziel said the increase was good news but would not make up for a dry autumn that had
forced many farmers to buy in extra hay and grain.

"Hay's gone from $250 a tonne to nearly $400 in some places. Every cent on the milk price helps, but the costs are
eating most of it," he said.

Temporary water prices in the northern Victorian irrigation system have also climbed above $300 a megalitre,
according to the latest trading data.

Other processors are expected to announce their opening prices before the June 1 deadline under the mandatory dairy
code of conduct.

Victoria produces about 60 per cent of the nation's milk.
"""),
        must_have=[
            "Temporary water prices in the northern Victorian irrigation system have also climbed above $300 a megalitre, according to the latest trading data.",
            "Other processors are expected to announce their opening prices before the June 1 deadline under the mandatory dairy code of conduct.",
        ]),
    # Port Macquarie News (ACM): AAP copy without a dateline, name and "Australian Associated Press" lines, "Picture by NAME/AAP PHOTOS" credit, ad labels, newsletter promo.
    rec(cluster="portnews-aap-koala-road-crossings", role="single",
        file="portmacquarienews_aap_koala_road_crossings.html", render="html", site=SITE_PMN,
        title="Wildlife crossings to be built at koala road-kill hotspots", date="2024-11-20",
        country="AU", region="oceania", lang="en", agency="AAP", authors=["Tessa Barrowclough"],
        section="National", meta_section="National",
        url="https://www.portnews.example.com.au/story/8812345/wildlife-crossings-to-be-built-at-koala-road-kill-hotspots/",
        description="The state government announced $18 million for underpasses and rope bridges.",
        published="2024-11-20T16:30:00+11:00",
        ld_author=[{"@type": "Person", "name": "Tessa Barrowclough"}, {"@type": "Organization", "name": "Australian Associated Press"}],
        byline_lines=["Tessa Barrowclough", "Australian Associated Press"], date_lines=["November 20 2024 - 4:30pm"],
        caption="A koala crosses a road near Port Macquarie.", credit="Kerry Ashford/AAP PHOTOS",
        credit_shown="Picture by Kerry Ashford/AAP PHOTOS",
        inserts={1: [("ad", "Advertisement")],
                 4: [("promo", ["Get the latest news", "Sign up to our free newsletter for the top stories from Port Macquarie and the Hastings.", "Sign up"])]},
        paras=P("""
Wildlife underpasses and rope bridges will be built at more than 20 road-kill hotspots across NSW in a bid to stop
koalas and other native animals being hit by cars.

The state government on Wednesday announced $18 million for the crossings, which will be built on roads near Port
Macquarie, Coffs Harbour, Gunnedah and the Southern Highlands over the next three years.

Vehicle strikes are one of the main threats to koalas in NSW, along with habitat loss, disease and dog attacks.

The state's environment department said the locations were chosen using records collected by wildlife rescue groups
and councils over the past decade.

Port Macquarie wildlife carer Denise Holloway said volunteers in the area were called to koalas hit by cars almost
every week during the breeding season.

"Most of the ones we get to don't survive. If these crossings save even a handful each year, that makes a real
difference for the local population," she said.

Fencing will be installed along the roads to guide animals towards the underpasses, and motion-sensor cameras will
be used to monitor how often the crossings are used.

Koalas were listed as endangered in NSW, Queensland and the ACT in 2022.
"""),
        must_have=[
            "Vehicle strikes are one of the main threats to koalas in NSW, along with habitat loss, disease and dog attacks.",
            "Fencing will be installed along the roads to guide animals towards the underpasses, and motion-sensor cameras will be used to monitor how often the crossings are used.",
        ]),
]


# ---- news-please and trafilatura files ---------------------------------------------

JSON_STORIES = [
    # news-please, Novinky.cz: ČTK copy, "ČTK" byline, "d. m. yyyy" stamp with spaces, ČTK dateline "Ostrava - ", discussion and share lines.
    rec(cluster="novinky-ctk-ostrava-iktove-centrum", role="single", file="newsplease_novinky_ctk_ostrava_iktove_centrum_cs.json",
        render="newsplease", title="Ostravská nemocnice otevře nové centrum pro léčbu mozkové mrtvice",
        date="2025-02-18", dateline="Ostrava - ", city="Ostrava", country="CZ", region="europe", lang="cs", agency="ČTK",
        url="https://www.novinky.example.cz/clanek/domaci-ostravska-nemocnice-otevre-nove-centrum-pro-lecbu-mozkove-mrtvice-40512377",
        source_domain="www.novinky.example.cz",
        description="Centrum bude mít 24 lůžek, z toho osm lůžek intenzivní péče.",
        np_authors=["ČTK"], np_publish="2025-02-18 14:12:00", np_download="2025-02-18 19:40:27",
        head_lines=["ČTK", "18. 2. 2025 14:12"],
        tail_lines=["Sdílejte článek", "Diskuse (37)", "Sledujte nás na Googlu"],
        paras=P("""
Městská nemocnice Ostrava otevře v dubnu nové iktové centrum pro pacienty s cévní mozkovou příhodou. Nemocnice do
jeho vybavení investovala zhruba 120 milionů korun, řekl dnes novinářům její ředitel Tomáš Vybíral.

Centrum bude mít 24 lůžek, z toho osm lůžek intenzivní péče, a nový přístroj pro počítačovou tomografii, který
umožní rychlejší diagnostiku.

Podle lékařů rozhoduje při léčbě mozkové mrtvice každá minuta. Čím dříve pacient dostane odbornou péči, tím větší
je šance, že se vyhne trvalým následkům, jako je ochrnutí nebo porucha řeči.

„Naším cílem je, aby od příjezdu pacienta do nemocnice do zahájení léčby neuplynulo více než 30 minut,“ uvedla
primářka neurologického oddělení Jana Kročková.

Moravskoslezský kraj patří podle statistik k regionům s nejvyšším výskytem cévních mozkových příhod v Česku. Lékaři
to dávají do souvislosti mimo jiné se znečištěným ovzduším a vyšším podílem kuřáků.

Nemocnice zároveň hledá nové zdravotní sestry a fyzioterapeuty. Pro centrum potřebuje ještě asi deset lidí.

Na financování se podílel také Moravskoslezský kraj, který přispěl 40 miliony korun. Zbytek nemocnice uhradila z
vlastních prostředků a z evropských dotací.

Nemocnice podle ředitele počítá s tím, že nové centrum ročně ošetří až 900 pacientů, tedy zhruba o třetinu více než
dosavadní neurologická jednotka.
"""),
        must_have=[
            "Podle lékařů rozhoduje při léčbě mozkové mrtvice každá minuta.",
            "Pro centrum potřebuje ještě asi deset lidí.",
        ]),
    # news-please, The Witness (Pietermaritzburg): staff, name and date lines, share and newsletter lines.
    rec(cluster="witness-comrades-entries-close", role="single", file="newsplease_witness_comrades_entries_close.json",
        render="newsplease", title="Comrades Marathon entries close early as record field signs up",
        date="2025-01-22", country="ZA", region="africa", lang="en", authors=["Sibusiso Mkhize"],
        url="https://www.witness.example.co.za/sport/comrades-marathon-entries-close-early-as-record-field-signs-up-20250122",
        source_domain="www.witness.example.co.za",
        description="A record 23,500 runners have signed up for the race between Pietermaritzburg and Durban.",
        np_authors=["Sibusiso Mkhize"], np_publish="2025-01-22 11:45:00", np_download="2025-01-22 15:03:51",
        head_lines=["Sibusiso Mkhize", "22 Jan 2025"],
        tail_lines=["Share", "Facebook", "X", "WhatsApp", "Sign up for The Witness newsletter"],
        paras=P("""
Entries for this year's Comrades Marathon closed three weeks early after a record 23,500 runners signed up for the
race between Pietermaritzburg and Durban, organisers said on Wednesday.

The Comrades Marathon Association said the entry cap had been raised from 22,000 to meet demand, but all places had
been taken by Tuesday night.

This year's race, a down run of about 89km, starts outside the Pietermaritzburg City Hall on June 8.

More than 4,000 of the entrants are international runners, with the largest groups coming from the United Kingdom,
Brazil and India.

Local accommodation providers say guest houses and hotels in Pietermaritzburg are almost fully booked for the race
weekend.

"We've had bookings since January. Some runners book the same room every year," said Lindiwe Zungu, who runs a
guest house in Scottsville.

The association has urged runners who missed out not to buy race numbers from other people, warning that
transferring entries is against the rules and could lead to disqualification.

Msunduzi Municipality said it would close several roads in the city centre from early on race day.
"""),
        must_have=[
            "Local accommodation providers say guest houses and hotels in Pietermaritzburg are almost fully booked for the race weekend.",
            "The association has urged runners who missed out not to buy race numbers from other people, warning that transferring entries is against the rules and could lead to disqualification.",
        ]),
    # news-please, Santiago Magazine (Cabo Verde): Lusa copy, "Lusa" byline, weekday stamp, Lusa dateline, share and comments lines.
    rec(cluster="santiagomagazine-lusa-praia-pescadores", role="single", file="newsplease_santiagomagazine_lusa_praia_pescadores_pt.json",
        render="newsplease", title="Governo cabo-verdiano lança programa de apoio a pescadores artesanais",
        date="2024-10-09", dateline="Praia, 9 out 2024 (Lusa) - ", city="Praia", country="CV", region="africa", lang="pt",
        agency="Lusa",
        url="https://santiagomagazine.example.cv/sociedade/governo-cabo-verdiano-lanca-programa-de-apoio-a-pescadores-artesanais",
        source_domain="santiagomagazine.example.cv",
        description="O programa prevê a substituição de motores de barcos e a formação em segurança no mar.",
        np_authors=["Lusa"], np_publish="2024-10-09 15:20:00", np_download="2024-10-10 08:14:02",
        head_lines=["Lusa", "Quarta-feira, 09 Outubro 2024 15:20"],
        tail_lines=["Partilhe", "Facebook", "WhatsApp", "Comentários"],
        paras=P("""
O Governo de Cabo Verde lançou hoje um programa de apoio aos pescadores artesanais, que prevê a substituição de
motores de barcos e a formação em segurança no mar, num investimento de 150 milhões de escudos.

O programa, apresentado na cidade da Praia pelo ministro do Mar, deverá abranger cerca de 900 pescadores das ilhas
de Santiago, Fogo, Maio e Boa Vista numa primeira fase.

Segundo o Governo, muitos dos botes utilizados na pesca artesanal têm motores com mais de 15 anos, o que aumenta o
consumo de combustível e o risco de avarias em alto mar.

Os pescadores vão poder trocar os motores antigos por novos, pagando apenas 30% do valor, sendo o restante suportado
pelo Estado.

A pesca artesanal emprega direta e indiretamente cerca de 5.000 pessoas em Cabo Verde, incluindo as peixeiras que
vendem o pescado nos mercados.

"É um setor que alimenta muitas famílias, mas que continua a trabalhar em condições muito difíceis", afirmou à Lusa
João Baptista Semedo, presidente de uma associação de pescadores de Santiago.

O programa inclui ainda a distribuição de coletes salva-vidas e rádios, depois de vários acidentes mortais
registados nos últimos anos.
"""),
        must_have=[
            "Segundo o Governo, muitos dos botes utilizados na pesca artesanal têm motores com mais de 15 anos, o que aumenta o consumo de combustível e o risco de avarias em alto mar.",
            "O programa inclui ainda a distribuição de coletes salva-vidas e rádios, depois de vários acidentes mortais registados nos últimos anos.",
        ]),
    # trafilatura, The Texas Tribune: staff, "by NAME" and "Central" stamp lines, funding disclosure, republish line; first category "Education".
    rec(cluster="texastribune-special-education-vacancies", role="single", file="trafilatura_texastribune_special_education_vacancies.json",
        render="trafilatura", title="Texas school districts struggle to fill special education teaching jobs",
        date="2025-03-19", country="US", region="americas", lang="en", authors=["Marisol Quintanilla"], section="Education",
        url="https://www.texastribune.example.org/2025/03/19/texas-special-education-teacher-shortage/",
        hostname="www.texastribune.example.org", source_hostname="The Texas Tribune",
        description="Districts started the spring semester with more than 2,800 vacant special education teaching positions.",
        tf_author="Marisol Quintanilla", tf_date="2025-03-19", tf_language="en", categories="Education;Public Education;Texas Legislature",
        tf_tags="special education;teachers;school districts",
        head_lines=["by Marisol Quintanilla", "March 19, 2025 5 AM Central"],
        tail_lines=["Disclosure: The Texas Rural Schools Alliance has been a financial supporter of The Texas Tribune, a nonprofit, nonpartisan news organization that is funded in part by donations from members, foundations and corporate sponsors. Financial supporters play no role in the Tribune's journalism. Find a complete list of them here.",
                    "Republish this story"],
        paras=P("""
Texas school districts started the spring semester with more than 2,800 vacant special education teaching positions,
according to a survey of districts released this week, leaving many classrooms staffed by substitutes or teachers
without specialized training.

The shortage is most severe in rural districts and in the fast-growing suburbs around Houston and Dallas, where
enrollment has outpaced hiring, the survey by the Texas Rural Schools Alliance found.

Special education teachers work with students with disabilities, who are entitled under federal law to services laid
out in individualized education programs.

When those positions go unfilled, districts often rely on aides or long-term substitutes, which advocates say can
leave students without the services they are legally owed.

"Parents are told their child will get 45 minutes a day of specialized reading instruction, and then nobody
qualified is there to provide it," said Angela Reyes, whose son attends a district north of Austin.

Lawmakers are considering bills this session that would raise pay for special education teachers and create a grant
program to help teacher aides earn certification.

School leaders say higher pay alone will not solve the problem, pointing to heavy paperwork and large caseloads as
reasons teachers leave the field.
"""),
        must_have=[
            "Special education teachers work with students with disabilities, who are entitled under federal law to services laid out in individualized education programs.",
            "School leaders say higher pay alone will not solve the problem, pointing to heavy paperwork and large caseloads as reasons teachers leave the field.",
        ]),
    # trafilatura, Sarawak Tribune: Bernama copy, "By Bernama" and "@" stamp lines, Bernama dateline, "-- BERNAMA" sign-off; first category "Nation".
    rec(cluster="sarawaktribune-bernama-kapit-rural-clinics", role="single", file="trafilatura_sarawaktribune_bernama_kapit_rural_clinics.json",
        render="trafilatura", title="Three new rural clinics for Kapit Division",
        date="2024-08-14", dateline="KUCHING, Aug 14 (Bernama) -- ", city="Kuching", country="MY", region="asia", lang="en",
        agency="Bernama", section="Nation",
        url="https://www.sarawaktribune.example.com/three-new-rural-clinics-for-kapit-division/",
        hostname="www.sarawaktribune.example.com", source_hostname="Sarawak Tribune",
        description="The clinics at Nanga Merit, Nanga Entawau and Long Busang will cost about RM45 million.",
        tf_author="Bernama", tf_date="2024-08-14", tf_language="en", categories="Nation;Sarawak;Health",
        tf_tags="Kapit;clinics;rural healthcare",
        head_lines=["By Bernama", "August 14, 2024 @ 6:32 pm"],
        tail_lines=["-- BERNAMA", "Share", "Related News"],
        paras=P("""
Three new rural clinics will be built in Kapit Division to improve access to healthcare for longhouse communities
along the upper Rajang River, said state Public Health, Housing and Local Government Minister Datuk Dr Anthony
Rentap.

He said the clinics, at Nanga Merit, Nanga Entawau and Long Busang, would cost about RM45 million and were expected
to be completed by the end of 2026.

Currently, residents in these areas have to travel by boat for up to six hours to reach the nearest clinic or Kapit
Hospital.

"Some patients wait until their condition becomes serious before making the journey, because the cost of fuel for
the boat is too high," he told reporters after an event here today.

He said each clinic would have staff quarters to encourage doctors and nurses to serve in the interior.

The state government was also working with the Health Ministry to increase the frequency of the flying doctor
service to remote settlements in Kapit and Belaga, he added.

Kapit Division, the largest administrative division in Sarawak, has a population of about 130,000, many of whom
live in longhouses accessible only by river.
"""),
        must_have=[
            "Currently, residents in these areas have to travel by boat for up to six hours to reach the nearest clinic or Kapit Hospital.",
            "He said each clinic would have staff quarters to encourage doctors and nurses to serve in the interior.",
        ]),
    # trafilatura, Médias24 (Morocco): staff, "Par NAME" and "Le ... à ..h.." lines, partner promo line; first category "Économie".
    rec(cluster="medias24-exportations-agrumes", role="single", file="trafilatura_medias24_exportations_agrumes_fr.json",
        render="trafilatura", title="Agrumes : les exportations reculent de 18% à mi-campagne",
        date="2025-02-04", country="MA", region="africa", lang="fr", authors=["Salma Bennani"], section="Économie",
        url="https://medias24.example.com/2025/02/04/agrumes-les-exportations-reculent-de-18-a-mi-campagne/",
        hostname="medias24.example.com", source_hostname="Médias24",
        description="La baisse concerne surtout les petits fruits, clémentines et mandarines.",
        tf_author="Salma Bennani", tf_date="2025-02-04", tf_language="fr", categories="Économie;Agriculture",
        tf_tags="agrumes;exportations;sécheresse",
        head_lines=["Par Salma Bennani", "Le 04 février 2025 à 14h05"],
        tail_lines=["Vous avez un projet immobilier en vue ? Yakeey & Médias24 vous aident à le concrétiser!", "Partager"],
        paras=P("""
Les exportations marocaines d'agrumes ont reculé de 18% à mi-campagne, à environ 310.000 tonnes, selon les données
de l'interprofession consultées par Médias24.

La baisse concerne surtout les petits fruits, clémentines et mandarines, dont les volumes expédiés vers l'Union
européenne et la Russie ont nettement diminué.

Les professionnels l'expliquent par la sécheresse qui touche les principales zones de production, notamment le
Souss et l'Oriental, depuis plusieurs années.

« Beaucoup de producteurs ont dû arracher une partie de leurs vergers faute d'eau d'irrigation. Ceux qui restent
produisent des calibres plus petits, moins demandés à l'export », explique un exportateur basé à Agadir.

Les prix à l'export sont en revanche en hausse, ce qui permet de limiter la baisse du chiffre d'affaires, estimée à
9% par rapport à la même période de la campagne précédente.

Sur le marché local, les prix des oranges ont également augmenté, atteignant 8 à 10 dirhams le kilo dans certaines
villes.

L'interprofession mise sur les unités de dessalement d'eau de mer en cours de construction pour sécuriser
l'irrigation des vergers dans les prochaines années.
"""),
        must_have=[
            "Les professionnels l'expliquent par la sécheresse qui touche les principales zones de production, notamment le Souss et l'Oriental, depuis plusieurs années.",
            "Sur le marché local, les prix des oranges ont également augmenté, atteignant 8 à 10 dirhams le kilo dans certaines villes.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_TDG = site("Tribune de Genève", "https://www.tdg.example.ch", " | Tribune de Genève", "fr_CH", "@tdgch",
                ["Genève", "Suisse", "Monde", "Économie", "Opinion", "Sport", "Culture", "Vivre", "Podcasts"],
                ["\u00a9 Tribune de Genève 2025", "Impressum", "Protection des données", "CGU", "Contact"],
                share=["Partager", "Facebook", "X", "WhatsApp", "E-mail"], top=["S'abonner", "Se connecter"])

JSONL_STORIES = [
    # news-please shape: the Reuters story on Stockwatch (syndicated member of the Reuters cluster), day-first numeric stamp.
    dict(CYTOUR, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.stockwatch.example.com.cy/en/article/tourism/cyprus-tourist-arrivals-hit-february-record-israeli-polish-visitors",
         source_domain="www.stockwatch.example.com.cy",
         np_authors=[], np_publish="2025-03-12 14:41:00", np_download="2025-03-12 17:26:08",
         head_lines=["Reuters", "12/03/2025 14:41"],
         tail_lines=[CYTOUR_CREDITS, "Share", "Related"]),
    # newsbeam html shape: the AFP story on the Tribune de Genève (syndicated member of the AFP cluster), relative "aujourd'hui" stamp, report-an-error line, comment count.
    dict(MIL, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_TDG,
         section="Monde", meta_section="Monde",
         url="https://www.tdg.example.ch/au-tchad-la-flambee-du-prix-du-mil-inquiete-les-menages-de-ndjamena-418253617204",
         published="2025-04-08T13:47:00+02:00",
         nb_published="2025-04-08T11:47:00Z", outlet="Tribune de Genève", nb_authors=["AFP"],
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         byline_lines=["AFP"], date_lines=["Publié aujourd\u2019hui à 13h47"],
         inserts={4: [("promo", ["Newsletter «Dernières nouvelles»", "Les actualités de Genève, de Suisse et du monde, chaque jour dans votre boîte mail.", "S'inscrire"])]},
         below_body=[("report-error", "Vous avez trouvé une erreur? Merci de nous la signaler.")],
         comments=["0 commentaires"]),
    # newsbeam text shape: Sudbury.com (Village Media), name and outlet lines, evening stamp (crawler stamp in UTC the next day), LJI footer.
    rec(cluster="sudbury-winter-control-budget", role="single", file=JSONL_A, render="newsbeam",
        title="City council approves extra $2.1 million for winter road maintenance",
        date="2025-03-12", country="CA", region="americas", lang="en", authors=["Kendra Alcott"],
        url="https://www.sudbury.example.com/local-news/city-council-approves-extra-21-million-for-winter-road-maintenance-10345678",
        nb_published="2025-03-13T01:30:00Z", outlet="Sudbury.com", nb_authors=["Kendra Alcott"],
        head_lines=["Local News", "Kendra Alcott", "Sudbury.com", "Mar 12, 2025 9:30 PM"],
        tail_lines=["Kendra Alcott is the Local Journalism Initiative reporter at Sudbury.com. The Local Journalism Initiative is funded by the Government of Canada.",
                    "Comments", "Report an error"],
        paras=P("""
Greater Sudbury city council has approved an extra $2.1 million for winter road maintenance after a season of heavy
snowfall pushed the budget into deficit.

Staff told council on Wednesday evening that the city had already spent about 94 per cent of its annual winter
control budget by the end of February.

The city recorded more than 230 centimetres of snow between November and February, well above the average for that
period.

Ward 5 Coun. Pauline Michaud said residents in her ward had waited days for sidewalks to be cleared after some
storms.

"People are walking on the road because the sidewalk is a wall of snow. That's not safe," she said.

The extra money will come from the city's winter control reserve fund, which will be reduced to about $1.5 million.

Staff said they would bring a report later this year on options to speed up sidewalk clearing, including hiring
contractors for some neighbourhoods.
"""),
        must_have=[
            "The city recorded more than 230 centimetres of snow between November and February, well above the average for that period.",
            "The extra money will come from the city's winter control reserve fund, which will be reduced to about $1.5 million.",
        ]),
    # trafilatura shape: the dpa story on the Westfalen-Blatt (syndicated member of the dpa cluster).
    dict(VLORA, role="syndicated", file=JSONL_B, render="trafilatura", section="Welt",
         url="https://www.westfalen-blatt.example.de/welt/albaniens-neuer-flughafen-in-vlora-soll-im-juni-erste-urlauber-abfertigen-3184562",
         hostname="www.westfalen-blatt.example.de", source_hostname="Westfalen-Blatt",
         tf_author="dpa", tf_date="2025-05-21", tf_language="de", categories="Welt;Politik",
         tf_tags="Albanien;Tourismus;Flughafen",
         head_lines=["dpa", "Mi., 21.05.2025, 16:20 Uhr"],
         tail_lines=[VLORA_INFOCOM, "Teilen"]),
    # news-please shape: Podrobno.uz (Uzbekistan, Russian): staff, numeric stamp and rubric lines, Telegram promo.
    rec(cluster="podrobno-tashkent-detskie-sady", role="single", file=JSONL_B, render="newsplease",
        title="В Ташкенте до конца года откроют 40 новых государственных детских садов",
        date="2025-09-03", country="UZ", region="asia", lang="ru",
        url="https://podrobno.example.uz/cat/obchestvo/v-tashkente-do-kontsa-goda-otkroyut-40-novykh-gosudarstvennykh-detskikh-sadov/",
        source_domain="podrobno.example.uz",
        description="Новые сады рассчитаны в общей сложности на 8 тысяч мест.",
        np_authors=[], np_publish="2025-09-03 14:05:00", np_download="2025-09-03 16:47:30",
        head_lines=["Общество", "03.09.2025 14:05"],
        tail_lines=["Подписывайтесь на наш Telegram-канал", "Поделиться"],
        paras=P("""
До конца 2025 года в Ташкенте планируется открыть 40 новых государственных детских садов, рассчитанных в общей
сложности на 8 тысяч мест. Об этом сообщили в хокимияте столицы.

Новые сады будут построены в основном в Янгихаётском, Сергелийском и Юнусабадском районах, где в последние годы
выросли крупные жилые массивы.

По данным хокимията, сейчас в очереди на место в государственном детском саду в Ташкенте стоят более 35 тысяч
детей.

Многие родители вынуждены отдавать детей в частные сады, стоимость которых может достигать 2 миллионов сумов в
месяц.

«Мы стоим в очереди уже второй год. Частный сад для нас слишком дорогой, поэтому с ребенком сидит бабушка», —
рассказала жительница Сергелийского района Дилноза.

В хокимияте отметили, что часть новых садов будет построена на условиях государственно-частного партнерства.

Кроме того, в существующих детских садах планируется открыть дополнительные группы за счет реконструкции пустующих
помещений. Это позволит дополнительно принять еще около 3 тысяч детей.

Также в столице планируют увеличить число мест в садах для детей с особыми образовательными потребностями.
"""),
        must_have=[
            "По данным хокимията, сейчас в очереди на место в государственном детском саду в Ташкенте стоят более 35 тысяч детей.",
            "В хокимияте отметили, что часть новых садов будет построена на условиях государственно-частного партнерства.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "forty-ninth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Ynetnews prints 'Published: 03.12.25, 14:05' "
    "month first with a two-digit year (12 March 2025, the day of the Reuters dateline), while Stockwatch prints the "
    "same story '12/03/2025 14:41' day first; the Tribune de Genève prints only 'Publié aujourd\u2019hui à 13h47' "
    "(today, relative to the crawl), its article:published_time and crawler stamp put it on 8 April 2025, the day RTBF "
    "published the AFP story ('Publié le 08 avril 2025 à 11h20'); Sudbury.com's crawler stamp 2025-03-13T01:30Z is "
    "9:30 PM on 12 March in Sudbury (UTC-4 after the switch to daylight time on 9 March), as the page's 'Mar 12, 2025 "
    "9:30 PM' says; The Weekly Times' 'May 8, 2025 - 6:00AM' is AEST (article:published_time +10:00), still 7 May in "
    "UTC; NRK's 'Oppdatert' stamp is not the publication (same day); the Sunday Observer is a weekly and prints the "
    "Sunday of the issue (16 March 2025); The Sofia Globe prints the date in its 'Written by NAME on May 14, 2025' line; "
    "Tonga Broadcasting's 'by TBC News | Sep 10, 2024 | Local News, News' line holds the date between the desk and the "
    "categories; the Westfalen-Blatt copy of the dpa story ('Mi., 21.05.2025, 16:20 Uhr') was published later the "
    "same day as the Neue Westfälische page; other stamps: Telex '2025. április 16. \u2013 14:05' (year first), Novinky "
    "'18. 2. 2025 14:12' (day first with spaces), Santiago Magazine 'Quarta-feira, 09 Outubro 2024 15:20', TVN "
    "'Publicado 23/04/2025 11:32', Podrobno '03.09.2025 14:05', Médias24 'Le 04 février 2025 à 14h05', Sarawak "
    "Tribune 'August 14, 2024 @ 6:32 pm', The Texas Tribune 'March 19, 2025 5 AM Central'",
    "dateline_city": "'NICOSIA, March 12 (Reuters) - ' -> 'Nicosia' (both Reuters copies); 'N'Djamena (AFP) - ' -> "
    "'N'Djamena' (both AFP copies); 'Tirana (dpa) - ' -> 'Tirana' (both dpa copies); 'LINCOLN, Neb. (AP) \u2014 ' -> "
    "'Lincoln'; 'Ciudad de Panamá, 23 abr (EFE).- ' -> 'Panama City'; 'Ostrava - ' (ČTK's dateline form) -> "
    "'Ostrava'; 'Praia, 9 out 2024 (Lusa) - ' -> 'Praia'; 'KUCHING, Aug 14 (Bernama) -- ' -> 'Kuching' (the story is "
    "about Kapit Division, but the dateline is Kuching, where the minister spoke: 'an event here today'); the AAP "
    "copy on the Port Macquarie News prints no dateline; all other records have no dateline and take the country of "
    "the story's location",
    "country": "the Reuters story is about Cyprus (CY), which UN M49 places in Western Asia: region asia, although "
    "the island is an EU member; the AFP story is about Chad (TD, africa) although both copies run on European sites "
    "(RTBF in Brussels, the Tribune de Genève); the dpa story is about Albania (AL, europe) although both copies run on "
    "German regional papers; the AP story is Nebraska (US); the AAP story covers New South Wales (AU); the Texas "
    "Tribune story is Texas (US); Sudbury is in Ontario (CA); Tonga Broadcasting's story is in Vava'u (TO); the "
    "Westport News story is at Cape Foulwind near Westport (NZ); The Witness' story is the race between "
    "Pietermaritzburg and Durban (ZA)",
    "agency": "Ynetnews and Stockwatch carry Reuters (the Reuters dateline and credit line; 'Reuters' under the headline); "
    "RTBF and the Tribune de Genève carry AFP ('AFP' bylines); the Neue Westfälische and the Westfalen-Blatt carry dpa "
    "('dpa' bylines, dpa-infocom line); the Omaha World-Herald carries AP; TVN Noticias carries EFE; the Port Macquarie "
    "News carries AAP (the 'Australian Associated Press' line under the writer's name); Novinky carries ČTK (with its "
    "diacritic); Santiago Magazine carries Lusa; the Sarawak Tribune carries Bernama ('By Bernama', '(Bernama) --' "
    "dateline and '-- BERNAMA' sign-off); all other records are staff copy (agency null): Sahara Reporters bylines "
    "its own staff copy with the site's name ('SAHARA REPORTERS'), Tonga Broadcasting with its desk ('by TBC News'), "
    "the Suriname Herald with 'Redactie' (the newsroom); NRK and ZNS are broadcasters, not wires; the photo credits "
    "'Shutterstock', 'AP Photo/...', 'EFE/...', '.../AAP PHOTOS', '.../AFP' and '.../dpa' name photo agencies and "
    "do not change the story's agency",
    "authors": "the Reuters credit '(Reporting by Michalis Georgiou; Writing by Eleni Pattichi; Editing by Alison "
    "Reardon)' gives two authors (the reporter and the writer) and one editor on both copies; the Omaha World-Herald "
    "prints 'Lorene Haskins Associated Press' on one line (writer and agency), and the closing 'Associated Press writer "
    "Tobias Grell in Omaha contributed to this report.' adds the second author; the Port Macquarie News prints 'Tessa "
    "Barrowclough' above 'Australian Associated Press' -> 'Tessa Barrowclough'; NRK prints two names, each followed by "
    "a 'Journalist' role line -> both names; Telex prints the Hungarian name order, family name first ('Kovács Dóra'), "
    "kept as printed; 'Written by Elena Marinova on May 14, 2025' -> 'Elena Marinova'; 'by Nilanthi Wickramasinghe' "
    "(lower-case 'by') and 'by Marisol Quintanilla' -> the names; 'Por Andrea Sicajá', 'By Delano Cartwright', 'By "
    "Shaun Beveridge', 'Par Salma Bennani' -> the names; Sudbury.com prints 'Kendra Alcott' above 'Sudbury.com' and "
    "repeats her name in the Local Journalism Initiative footer -> 'Kendra Alcott' once; Shepparton News, Mihaaru, "
    "de Volkskrant, The Weekly Times and The Witness print the bare name; pages bylined only with an agency ('Reuters', "
    "'AFP', 'dpa', 'EFE', 'ČTK', 'Lusa', 'By Bernama') have no authors, nor do those bylined with the site or its desk "
    "('SAHARA REPORTERS', 'by TBC News', 'Redactie'); Podrobno prints no byline; photographers (Liam Durkin, Aubin "
    "Mbaïkoua, Arben Hoxha, Rebecca Lund, Milagros Cedeño, Jesse van Rijn, Eirik Solhaug, Zoe Phillips, Kerry Ashford) "
    "are not authors",
    "editors": "only the Reuters credit names an editor: 'Editing by Alison Reardon' -> 'Alison Reardon', on both copies",
    "caption_credit": "credits without their wrapper: '(Photo: Shutterstock)' -> 'Shutterstock'; 'Photo by Liam Durkin' "
    "-> 'Liam Durkin' (both Shepparton News copies); '\u00a9 Aubin MBAÏKOUA / AFP' -> 'Aubin MBAÏKOUA / AFP' (kept as "
    "printed, surname in capitals); 'Foto: Arben Hoxha/dpa' -> 'Arben Hoxha/dpa'; '(AP Photo/Rebecca Lund)' -> 'AP "
    "Photo/Rebecca Lund' ('AP Photo' is the credit's own agency prefix, not a wrapper); 'Foto: EFE/Milagros Cedeño' -> "
    "'EFE/Milagros Cedeño'; 'Beeld Jesse van Rijn' -> 'Jesse van Rijn' ('Beeld' is de Volkskrant's wrapper word for "
    "'picture'); 'Foto: Eirik Solhaug / NRK' -> 'Eirik Solhaug / NRK'; 'Picture: Zoe Phillips' -> 'Zoe Phillips'; "
    "'Picture by Kerry Ashford/AAP PHOTOS' -> 'Kerry Ashford/AAP PHOTOS'; the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section: RTBF 'Monde', Neue Westfälische "
    "'Politik' (its kicker 'Albanien' is not the section), Omaha World-Herald 'Nebraska', TVN Noticias 'Nacionales', "
    "de Volkskrant 'Nieuws', NRK 'Nordland' (kicker 'Lofoten'), Sahara Reporters 'News', The Weekly Times 'Dairy', Port "
    "Macquarie News 'National', Tribune de Genève 'Monde'; trafilatura records take their first category ('Welt', "
    "'Education', 'Nation', 'Économie'); news-please, plain text and newsbeam text records have none (Ynetnews' "
    "'World News' line, Sudbury.com's 'Local News' line and Podrobno's 'Общество' rubric are page labels)",
    "language": "'no' is Norwegian (NRK, Bokmål), as earlier sets label it; 'hu' Hungarian; 'cs' Czech; 'ru' Russian "
    "(Podrobno.uz, Uzbekistan); 'nl' from the Netherlands (de Volkskrant) and Suriname (Suriname Herald); 'pt' from "
    "Cabo Verde (Lusa copy); 'fr' from Belgium and Switzerland (the AFP copies) and Morocco (Médias24); 'de' from "
    "Germany; 'es' from Guatemala and Panama; Mihaaru's Dhivehi-edition menu link is a menu item, not the story's "
    "language",
    "chrome": "includes consent banners and their buttons, login, subscription, e-paper and live-broadcast strings, "
    "share bars (including a BLOX share bar and a 'Share This' module), advertisement labels, reading times, 'Read "
    "more:'/'Related:'/'Also Read'/'Te puede interesar:'/'À lire aussi :'/'Lea también:'/'Lees ook' lines, tag and "
    "topic lists, most-read and related rails, newsletter promos and sign-ups, a WhatsApp-channel line, a Telegram "
    "promo, a Google line, a support appeal, a Patreon appeal, an independent-paper line, a funding disclosure and a "
    "republish line, a Local Journalism Initiative footer, a partner promo, a report-an-error line, comment counts "
    "and a comment gate, desk and role lines ('Redactie', 'Journalist'), a WordPress meta line holding desk, date and "
    "categories, a dpa-infocom line, the Reuters credit line, the AP contributor and copyright lines, a '-- BERNAMA' "
    "sign-off, copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and AFP in the plain batch, dpa in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"ynetnews", "ynet", "stockwatch", "rtbf", "tribune de genève", "neue westfälische", "nw",
                "westfalen-blatt", "shepparton news", "mcpherson media group", "soy502", "suriname herald",
                "redactie", "zns", "zns bahamas", "sunday observer", "mihaaru", "westport news", "tbc news",
                "tonga broadcasting commission", "telex", "the sofia globe", "sofia globe", "omaha world-herald",
                "tvn noticias", "de volkskrant", "volkskrant", "nrk", "journalist", "sahara reporters",
                "saharareporters", "the weekly times", "port macquarie news", "novinky", "novinky.cz", "čtk",
                "the witness", "santiago magazine", "the texas tribune", "texas tribune", "sarawak tribune",
                "bernama", "by bernama", "médias24", "sudbury.com", "podrobno.uz", "podrobno",
                "australian associated press", "shutterstock", "alison reardon"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
