#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifty-first development set (bench/dev_set51/, first written as the forty-eighth held-out set).

    .venv/bin/python bench/dev_set51/_generate.py

Writes ``bench/dev_set51/articles/*`` and ``bench/dev_set51/labels.json`` (next to this
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
bench/dev_set50/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout48_2025-a.jsonl"
JSONL_B = "crawl_holdout48_2025-b.jsonl.gz"


# ---- cluster: Reuters, Manama (Arabian Business scrape + copy on Gulf Business in the plain batch) ----

KBSP = dict(
    cluster="reuters-manama-khalifa-bin-salman-port-terminal",
    title="Bahrain invites bids for second container terminal at Khalifa Bin Salman Port",
    date="2025-02-18",
    dateline="MANAMA, Feb 18 (Reuters) - ",
    city="Manama",
    country="BH",
    region="asia",
    agency="Reuters",
    authors=["Farah Qasem", "Omar Hilal"],
    editors=["Kirsten Dahl"],
    lang="en",
    description="The new terminal would more than double the port's annual capacity, the transport ministry said.",
    paras=P("""
Bahrain has invited international port operators to bid for a 35-year concession to build and run a second
container terminal at Khalifa Bin Salman Port, the transport ministry said on Tuesday, as the kingdom competes with
larger Gulf neighbours for transshipment cargo.

The new terminal, on reclaimed land east of the existing quay, would raise the port's annual capacity to about 2.5
million twenty-foot equivalent units (TEUs) from 1.1 million, the ministry said in a statement.

Bids are due by June 30 and the winner is expected to be named before the end of the year, according to tender
documents seen by Reuters.

Bahrain, the smallest economy in the Gulf Cooperation Council, has been trying to position itself as a logistics hub
for eastern Saudi Arabia, which is linked to the island by the King Fahd Causeway.

A second causeway, the King Hamad Causeway, is planned to include a rail link, but construction has yet to begin.

"Demand from Saudi importers is growing faster than we expected, and we need the capacity before the rail link
arrives," a ministry official told Reuters, speaking on condition of anonymity because the tender is ongoing.

The existing terminal is run under a concession that expires in 2034. Two regional operators and one Asian company
have already asked for the tender documents, two industry sources said.

Container volumes at Khalifa Bin Salman Port rose 9% last year, according to official figures, compared with growth
of about 5% across the Gulf.
"""),
    must_have=[
        "Bahrain, the smallest economy in the Gulf Cooperation Council, has been trying to position itself as a logistics hub for eastern Saudi Arabia, which is linked to the island by the King Fahd Causeway.",
        "A second causeway, the King Hamad Causeway, is planned to include a rail link, but construction has yet to begin.",
    ],
)
KBSP_CREDITS = "(Reporting by Farah Qasem in Dubai; additional reporting by Omar Hilal in Manama; Editing by Kirsten Dahl)"

# ---- cluster: AFP, Lomé (Le HuffPost page + copy on iciLome in the plain batch) ----

LOME = dict(
    cluster="afp-lome-bus-electriques-sotral",
    title="Togo : Lomé lance ses premiers bus électriques sur deux lignes",
    date="2025-04-08",
    country="TG",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Les 24 véhicules ont été acquis par la Société de transport de Lomé pour 18 milliards de francs CFA.",
    paras=P("""
Les premiers bus électriques de Lomé ont commencé mardi à circuler sur deux lignes reliant le centre de la capitale
togolaise à ses quartiers nord, une première dans un pays où les transports publics restent dominés par les
motos-taxis.

Les 24 véhicules, d'une capacité de 70 passagers chacun, ont été acquis par la Société de transport de Lomé (Sotral)
dans le cadre d'un financement de 18 milliards de francs CFA (27 millions d'euros), selon le ministère des
Transports.

« C'est un premier pas vers un transport urbain propre et moins cher », a déclaré le directeur de la Sotral, Kossi
Amégbo, lors du lancement au terminal d'Agoè.

Le ticket coûtera 200 francs CFA, le même prix que sur les bus diesel de la société, alors qu'une course en
moto-taxi, appelée localement « zémidjan », coûte en moyenne 500 francs CFA pour un trajet équivalent.

Les bus seront rechargés la nuit dans un dépôt équipé de panneaux solaires, construit à la sortie nord de la ville.

La capitale togolaise, qui compte environ deux millions d'habitants, connaît des embouteillages croissants aux heures
de pointe, notamment sur la route nationale qui mène vers le nord du pays.

Les autorités prévoient d'étendre le réseau à quatre autres lignes d'ici à 2027, si l'expérience est concluante.

Plusieurs conducteurs de zémidjans rencontrés par l'AFP ont dit craindre une baisse de leurs revenus, tout en
reconnaissant que les bus pourraient soulager la circulation.
"""),
    must_have=[
        "Les bus seront rechargés la nuit dans un dépôt équipé de panneaux solaires, construit à la sortie nord de la ville.",
        "Les autorités prévoient d'étendre le réseau à quatre autres lignes d'ici à 2027, si l'expérience est concluante.",
    ],
)

# ---- cluster: STA, Nova Gorica (Delo page + copy on Dnevnik in the gzipped batch) ----

GORICA = dict(
    cluster="sta-nova-gorica-skupna-avtobusna-linija",
    title="Med Novo Gorico in Gorico bo od junija vozila skupna avtobusna linija",
    date="2025-05-13",
    dateline="Nova Gorica, 13. maja (STA) - ",
    city="Nova Gorica",
    country="SI",
    region="europe",
    agency="STA",
    authors=[],
    editors=[],
    lang="sl",
    description="Avtobusi bodo med središčema obeh mest vozili vsakih 20 minut, vozovnica bo stala en evro.",
    paras=P("""
Mestna občina Nova Gorica in občina Gorica bosta od 1. junija uvedli skupno avtobusno linijo, ki bo povezovala
središči obeh mest. Kot so sporočili z novogoriške občine, bodo avtobusi vozili vsakih 20 minut.

Linija bo dolga približno osem kilometrov in bo imela 14 postajališč, od tega šest na slovenski strani meje.

Vozovnica bo stala en evro, potniki pa jo bodo lahko kupili pri vozniku ali prek mobilne aplikacije.

Projekt, vreden 1,6 milijona evrov, sta občini pripravili v okviru Evropske prestolnice kulture, ki jo letos skupaj
nosita obe mesti.

"Meja med našima mestoma je že dolgo odprta, zdaj pa jo bodo ljudje lahko prečkali tudi z mestnim avtobusom," je ob
predstavitvi projekta dejal novogoriški podžupan Marko Kranjc.

Za prevoze bo skrbel italijanski prevoznik, ki bo na liniji uporabljal štiri električne avtobuse.

Na občini pričakujejo, da bo linijo dnevno uporabljalo okoli 1500 potnikov, predvsem dijaki, študenti in zaposleni,
ki se vozijo na delo čez mejo.

Če se bo linija obnesla, bi jo lahko po letu 2026 podaljšali do železniške postaje v Solkanu.
"""),
    must_have=[
        "Vozovnica bo stala en evro, potniki pa jo bodo lahko kupili pri vozniku ali prek mobilne aplikacije.",
        "Na občini pričakujejo, da bo linijo dnevno uporabljalo okoli 1500 potnikov, predvsem dijaki, študenti in zaposleni, ki se vozijo na delo čez mejo.",
    ],
)

# ---- cluster: Coast Community News (Australia), page + noisy re-scrape ----

ETTALONG = dict(
    cluster="coastcommunitynews-ettalong-boat-ramp-rebuild",
    title="Ettalong Beach boat ramp rebuild to start after Easter",
    date="2025-01-29",
    dateline="",
    city=None,
    country="AU",
    region="oceania",
    agency=None,
    authors=["Lena Cortese"],
    editors=[],
    lang="en",
    caption="The existing boat ramp at Ettalong Beach.",
    credit="Central Coast Council",
    paras=P("""
Work on a $4.8 million rebuild of the Ettalong Beach boat ramp and car park will start after Easter, Central Coast
Council has confirmed.

The existing two-lane ramp, built in the 1980s, will be replaced with a wider four-lane ramp, a floating pontoon and
a fish-cleaning station.

The car park will be resurfaced and expanded to 96 trailer spaces, up from 60, with a new entry off Picnic Parade.

The NSW Government is contributing 70% of the cost through its boating infrastructure program, with council funding
the rest.

Council's director of infrastructure services Boris Kalnin said the ramp was one of the busiest on the Coast.

"On a good weekend in summer you can have trailers queued back onto the road, and that is not safe for anyone," he
said.

The ramp will be closed for about five months while the works are carried out, with boaties directed to the Woy Woy
and Booker Bay ramps.

Council will also trial paid parking for cars without trailers at the site, at $6 per hour on weekends, to free up
spaces for boat users.

Peninsula Boat Owners Association president Glenda Marsh welcomed the upgrade but said the closure should have been
timed for winter.

"Most of our members have been asking for this for ten years, so we are not going to complain too loudly," she said.
"""),
    must_have=[
        "The car park will be resurfaced and expanded to 96 trailer spaces, up from 60, with a new entry off Picnic Parade.",
        "The ramp will be closed for about five months while the works are carried out, with boaties directed to the Woy Woy and Booker Bay ramps.",
    ],
)
CCN_PRE = ["Coast Community News", "News", "Peninsula", "Sport", "Environment", "Arts & Entertainment", "Opinion", "Real Estate", "Digital Editions"]
CCN_HEAD = ["Lena Cortese"]
CCN_DATE = ["January 29, 2025"]
CCN_CAP = ["The existing boat ramp at Ettalong Beach. Photo: Central Coast Council"]
CCN_COPY = "\u00a9 2025 Central Coast Newspapers. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Arabian Business (original of the Reuters cluster): section crumbs, bare "Reuters" byline, weekday stamp, "Image:" credit, "Read more:" block, Reuters credits line, topics.
    dict(KBSP, role="original", file="arabianbusiness_reuters_manama_khalifa_port_terminal.txt", render="text",
         caption="Containers stacked at Khalifa Bin Salman Port in Hidd, Bahrain.", credit="Getty Images",
         pre=[["Arabian Business", "News", "Industries", "Politics & Economics", "Money", "Real Estate", "Lifestyle", "Travel & Hospitality", "Tech", "Opinion", "Lists"],
              ["Subscribe", "Newsletters"],
              ["Industries", "Transport"]],
         head=[["Reuters"], ["Tue 18 Feb 2025 04:31 PM"]],
         cap_lines=["Containers stacked at Khalifa Bin Salman Port in Hidd, Bahrain. Image: Getty Images"],
         inserts={3: ["Read more:", "Saudi Arabia's Jeddah port signs $200mn logistics zone deal", "UAE non-oil foreign trade climbs 14% in 2024"]},
         tail=[[KBSP_CREDITS],
               ["Topics:", "Bahrain", "Ports", "Logistics"],
               ["Share", "Facebook", "X", "LinkedIn", "WhatsApp"],
               ["Sign up for the Arabian Business newsletter"],
               ["Copyright \u00a9 2025 Arabian Business. All rights reserved."]]),
    # Coast Community News (original of the re-scrape cluster): bare name line, date, "Photo:" caption, related list, publisher copyright.
    dict(ETTALONG, role="original", file="coastcommunitynews_ettalong_boat_ramp_rebuild.txt", render="text",
         pre=[CCN_PRE, ["Subscribe to our newsletter"]], head=[CCN_HEAD, CCN_DATE], cap_lines=CCN_CAP,
         inserts={3: ["Advertisement"]},
         tail=[["Share"], ["Related Stories"], ["Woy Woy skate park to get new lighting and shade"], [CCN_COPY]]),
    dict(ETTALONG, role="rescrape", file="coastcommunitynews_ettalong_boat_ramp_rebuild_rescrape.txt.gz", render="text", noise=True,
         pre=[CCN_PRE], head=[CCN_HEAD, CCN_DATE], cap_lines=CCN_CAP, tail=[["Related Stories"], [CCN_COPY]]),
    # Billings Gazette: AP copy, Lee/BLOX layout, "By NAME Associated Press" with the name in capitals, "(AP Photo/NAME)" caption, newsletter prompt, AP copyright, tags.
    rec(cluster="billingsgazette-ap-helena-rural-bridges", role="single",
        file="billingsgazette_ap_helena_rural_bridges.txt", render="text",
        title="Montana to spend $28 million replacing aging bridges on rural roads",
        date="2024-10-22", dateline="HELENA, Mont. (AP) \u2014 ", city="Helena", country="US", region="americas", lang="en",
        agency="AP", authors=["Gwen Hollister"],
        caption="A pickup crosses a timber bridge over Flatwillow Creek near Winnett, Mont., on Oct. 3, 2024.", credit="AP Photo/Reid Lansing",
        pre=[["Billings Gazette", "News", "Sports", "Obituaries", "Opinion", "Business", "Outdoors", "Entertainment", "e-Edition"],
             ["Subscribe", "Log In"], ["State & Regional"]],
        head=[["By GWEN HOLLISTER Associated Press"], ["Oct 22, 2024"]],
        cap_lines=["A pickup crosses a timber bridge over Flatwillow Creek near Winnett, Mont., on Oct. 3, 2024. (AP Photo/Reid Lansing)"],
        inserts={3: ["Get local news delivered to your inbox!"]},
        tail=[["Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."],
              ["Tags", "Montana", "Transportation", "Infrastructure"],
              ["Most Popular"],
              ["\u00a9 Copyright 2024 Billings Gazette"]],
        paras=P("""
Montana will spend $28 million over the next two years to replace dozens of aging bridges on rural county roads,
many of them built of timber more than 60 years ago, state officials said Tuesday.

The Montana Department of Transportation said the money, most of it from the federal infrastructure law, would pay
for about 45 bridges in 20 counties, with the first projects starting next spring.

Counties own most of the roughly 2,500 bridges on the state's rural road network, and many lack the money to
maintain them.

About one in five county bridges in the state is rated in poor condition, according to federal data.

"Some of these bridges carry school buses and grain trucks every day. When one closes, a 5-minute trip can become a
40-minute detour," said Lena Marsh, the department's bridge engineer.

Several bridges in eastern Montana have been closed or restricted to light vehicles in recent years after
inspections found rotting timber pilings.

County commissioners have long complained that federal bridge programs favor larger structures on busier roads.

Under the new program, counties will not have to provide matching funds, a requirement that kept some of the poorest
from applying in the past, the department said.

Applications for the second round of funding open in January.
"""),
        must_have=[
            "About one in five county bridges in the state is rated in poor condition, according to federal data.",
            "County commissioners have long complained that federal bridge programs favor larger structures on busier roads.",
        ]),
    # Asianet Newsable: ANI copy, "City (State) [India], Month D (ANI): " dateline, "First Published" IST stamp, syndicated-feed disclaimer, corporate footer.
    rec(cluster="asianetnewsable-ani-leh-electric-buses", role="single",
        file="asianetnewsable_ani_leh_electric_buses.txt", render="text",
        title="Ladakh to get 25 electric buses for Leh town service before tourist season",
        date="2025-06-17", dateline="Leh (Ladakh) [India], June 17 (ANI): ", city="Leh", country="IN", region="asia", lang="en",
        agency="ANI",
        pre=[["Asianet Newsable", "India", "World", "Business", "Sports", "Entertainment", "Auto", "Technology", "Lifestyle", "Videos"],
             ["India"]],
        head=[["ANI"], ["First Published Jun 17, 2025, 11:47 PM IST"], ["Follow Us"]],
        tail=[["(Except for the headline, this story has not been edited by Asianet Newsable English staff and is published from a syndicated feed.)"],
              ["Related Stories"],
              ["\u00a9 Copyright 2025 Asianxt Digital Technologies Private Limited (Formerly known as Asianet News Media & Entertainment Private Limited) | All Rights Reserved"]],
        paras=P("""
The Ladakh administration will induct 25 electric buses for public transport in Leh town and nearby villages before
the peak tourist season, officials said on Tuesday.

The buses, procured under a central government scheme, will run on six routes connecting the main market with
Choglamsar, Phyang, Saboo and the airport, according to an official statement.

Officials said the buses had been tested for operation at high altitude and in sub-zero temperatures, and would be
charged at a depot fitted with solar panels near the bus stand.

"Clean transport is essential for the fragile ecology of Ladakh. These buses will reduce pollution as well as the
cost of travel for local residents," the Transport Secretary of the Union Territory said.

Leh receives lakhs of tourists every summer, and traffic congestion in the main town has become a major concern for
residents and local traders.

At present, most local travel in the region depends on private taxis and a small fleet of ageing diesel buses.

The fare on the new buses will be between Rs 10 and Rs 40 depending on the distance, officials said.

The administration is also planning to introduce electric buses on the Leh-Kargil route next year.
"""),
        must_have=[
            "At present, most local travel in the region depends on private taxis and a small fleet of ageing diesel buses.",
            "The fare on the new buses will be between Rs 10 and Rs 40 depending on the distance, officials said.",
        ]),
    # KBC (Kenya Broadcasting Corporation): KNA copy, "Written By:" and "Published on:" lines, tags, share line.
    rec(cluster="kbc-kna-nyeri-tea-feeder-roads", role="single",
        file="kbc_kna_nyeri_tea_feeder_roads.txt", render="text",
        title="Nyeri County to pave 40 kilometres of feeder roads to tea buying centres",
        date="2025-02-06", country="KE", region="africa", lang="en", agency="KNA",
        pre=[["KBC", "Home", "News", "Business", "Counties", "Sports", "Entertainment", "Technology", "Opinion", "Watch Live"]],
        head=[["Written By: KNA"], ["Published on: February 6, 2025"]],
        tail=[["Tagged:", "Nyeri County", "Tea farmers", "Roads"],
              ["Share This Article"],
              ["Copyright \u00a9 2025 Kenya Broadcasting Corporation. All Rights Reserved."]],
        paras=P("""
The County Government of Nyeri has started paving 40 kilometres of feeder roads leading to tea buying centres in
Othaya, Mukurweini and Tetu sub-counties in a bid to cut losses incurred by farmers during the rainy season.

Speaking during the launch of the works at Kagere, County Roads Executive Grace Wanjiru said the project would cost
Sh320 million and was expected to be completed within 18 months.

She said poor roads had for years made it difficult for lorries to collect green leaf from buying centres, leading to
losses when the leaf went bad before reaching the factories.

"During the long rains, some farmers lose up to a third of their harvest because the leaf stays at the buying centre
for two or three days," Wanjiru said.

The roads will be paved using cabro blocks and low-volume sealing, which the county says is cheaper than tarmac and
easier to maintain.

Local contractors will be engaged in the works, and at least 300 youths from the area will be employed as casual
labourers.

Kagere Tea Factory chairman Peter Mwangi said the factory had been forced to hire tractors to pull lorries out of mud
during the rainy season.

The county also plans to install floodlights at 25 buying centres to allow farmers to deliver their tea in the early
morning.
"""),
        must_have=[
            "The roads will be paved using cabro blocks and low-volume sealing, which the county says is cheaper than tarmac and easier to maintain.",
            "Local contractors will be engaged in the works, and at least 300 youths from the area will be employed as casual labourers.",
        ]),
    # Ialtchad Presse (Chad): staff, Joomla "Écrit par" and weekday stamp lines, hit counter, related list.
    rec(cluster="ialtchad-ndjamena-bitumage-7e-arrondissement", role="single",
        file="ialtchad_ndjamena_bitumage_7e_arrondissement_fr.txt", render="text",
        title="N'Djamena : la mairie lance le bitumage de 12 kilomètres de voies dans le 7e arrondissement",
        date="2025-01-15", country="TD", region="africa", lang="fr", authors=["Abdoulaye Issa Hassane"],
        pre=[["Ialtchad Presse", "Accueil", "Actualités", "Politique", "Économie", "Société", "Culture", "Sports", "Reportages", "Contacts"]],
        head=[["Écrit par Abdoulaye Issa Hassane"], ["mercredi, 15 janvier 2025 10:23"], ["Affichages : 312"]],
        tail=[["Partager"], ["Articles en relation"], ["Copyright \u00a9 2025 Ialtchad Presse. Tous droits réservés."]],
        paras=P("""
La mairie de la ville de N'Djamena a procédé lundi au lancement des travaux de bitumage de 12 kilomètres de voies
urbaines dans le 7e arrondissement, l'un des plus peuplés de la capitale tchadienne.

Les travaux, d'un coût de 9,6 milliards de francs CFA, sont financés par le budget de la commune et un prêt bancaire.
Ils devraient durer 14 mois, selon l'entreprise chargée du chantier.

Les voies concernées relient notamment les quartiers de Walia, Ngoumna et Habbena au marché de Dembé.

Pendant la saison des pluies, ces rues deviennent souvent impraticables et plusieurs quartiers se retrouvent coupés
du centre-ville pendant des jours.

« Chaque année, nos enfants ne peuvent plus aller à l'école quand il pleut. Nous attendons ces routes depuis
longtemps », témoigne Halimé Abakar, une habitante de Walia.

Le maire a indiqué que des caniveaux seront construits le long des voies pour faciliter l'écoulement des eaux
pluviales.

Il a appelé les riverains à libérer les emprises des routes avant le passage des engins, précisant que les
propriétaires des constructions concernées seront indemnisés.

La mairie prévoit de lancer une deuxième phase dans le 9e arrondissement l'année prochaine.
"""),
        must_have=[
            "Pendant la saison des pluies, ces rues deviennent souvent impraticables et plusieurs quartiers se retrouvent coupés du centre-ville pendant des jours.",
            "Le maire a indiqué que des caniveaux seront construits le long des voies pour faciliter l'écoulement des eaux pluviales.",
        ]),
    # KNR (Greenland), Danish edition: staff, name and stamp lines, "Foto: NAME / KNR" credit, quotes opened with a dash, "Læs også" pair.
    rec(cluster="knr-nuuk-bus-qinngorput", role="single",
        file="knr_nuuk_flere_busser_qinngorput_da.txt", render="text",
        title="Nuup Bussii sætter flere busser ind på ruten til Qinngorput",
        date="2025-09-16", country="GL", region="americas", lang="da", authors=["Malik Heilmann"],
        caption="En bus fra Nuup Bussii ved stoppestedet i Qinngorput.", credit="Inuk Petersen / KNR",
        pre=[["KNR", "Nyheder", "Sport", "Kultur", "Radio", "TV", "Kalaallisut"]],
        head=[["Malik Heilmann"], ["16. september 2025 kl. 10.05"]],
        cap_lines=["En bus fra Nuup Bussii ved stoppestedet i Qinngorput. Foto: Inuk Petersen / KNR"],
        inserts={3: ["Læs også:", "Flere afgange til Island fra Nuuk Lufthavn i vinter"]},
        tail=[["Del artiklen"], ["KNR - Kalaallit Nunaata Radioa"]],
        paras=P("""
Fra 1. oktober kører der busser hvert tiende minut mellem centrum af Nuuk og Qinngorput i myldretiden. Det oplyser
det kommunale busselskab Nuup Bussii.

I dag kører bussen på ruten hvert kvarter, og mange passagerer har klaget over overfyldte busser om morgenen og sidst
på eftermiddagen.

For at kunne køre oftere har selskabet købt tre nye busser, som ventes at ankomme med skib i slutningen af september.

- Vi kan se, at der bliver flere og flere passagerer, især fra Qinngorput, hvor mange familier er flyttet til de
seneste år, siger driftschef Aviaja Kleist.

Ifølge Nuup Bussii steg antallet af passagerer på ruten med omkring 12 procent sidste år.

Busselskabet oplyser samtidig, at prisen for et månedskort ikke stiger, selv om der kommer flere afgange.

Kommuneqarfik Sermersooq har tidligere meddelt, at der skal bygges nye stoppesteder med læskure langs ruten.

Selskabet undersøger også muligheden for at indsætte en natbus i weekenderne.
"""),
        must_have=[
            "For at kunne køre oftere har selskabet købt tre nye busser, som ventes at ankomme med skib i slutningen af september.",
            "Busselskabet oplyser samtidig, at prisen for et månedskort ikke stiger, selv om der kommer flere afgange.",
        ]),
    # Jurnal.md (Moldova): staff, name and numeric stamp lines, "Vezi și:" line, Telegram line, reuse notice.
    rec(cluster="jurnalmd-balti-troleibuze-noi", role="single",
        file="jurnalmd_balti_troleibuze_noi_ro.txt", render="text",
        title="Bălțiul primește 12 troleibuze noi. Când vor ieși pe traseu",
        date="2025-03-18", country="MD", region="europe", lang="ro", authors=["Diana Lungu"],
        pre=[["Jurnal.md", "Actualitate", "Politic", "Social", "Economic", "Externe", "Sport", "Video", "Jurnal TV Live"]],
        head=[["Diana Lungu"], ["18.03.2025 14:32"]],
        inserts={3: ["Vezi și: Chișinăul va avea noi stații de autobuz în sectorul Botanica"]},
        tail=[["Urmărește Jurnal.md pe Telegram"], ["Distribuie"],
              ["Preluarea materialelor fără indicarea sursei este interzisă."]],
        paras=P("""
Municipiul Bălți a primit 12 troleibuze noi, achiziționate cu bani din bugetul local și dintr-un grant oferit de
partenerii de dezvoltare. Vehiculele vor fi puse în circulație până la sfârșitul lunii aprilie, a anunțat primăria.

Troleibuzele au podea joasă, aer condiționat și rampe pentru persoanele în scaun cu rotile.

Potrivit primăriei, valoarea totală a contractului este de aproximativ 84 de milioane de lei.

În prezent, o bună parte din troleibuzele care circulă în Bălți au fost fabricate în anii '80 și se defectează des,
iar pasagerii se plâng de frig în timpul iernii.

„Oamenii așteaptă de mult un transport modern și sigur. Acesta este abia primul pas”, a declarat viceprimarul Victor
Rusu.

Noile vehicule vor circula pe liniile 1 și 3, cele mai aglomerate din oraș, care leagă gara feroviară de cartierele
Dacia și Pămînteni.

Primăria mai intenționează să cumpere încă opt troleibuze până la finalul anului viitor.

Până atunci, șoferii vor face curse de probă fără pasageri pentru a se familiariza cu noile vehicule.
"""),
        must_have=[
            "Troleibuzele au podea joasă, aer condiționat și rampe pentru persoanele în scaun cu rotile.",
            "Primăria mai intenționează să cumpere încă opt troleibuze până la finalul anului viitor.",
        ]),
    # The Bhutanese: staff, name and date lines, WordPress share and like lines, related list.
    rec(cluster="thebhutanese-phuentsholing-vegetable-market", role="single",
        file="thebhutanese_phuentsholing_vegetable_market.txt", render="text",
        title="Phuentsholing Thromde to build new vegetable market near the Amochhu",
        date="2025-04-26", country="BT", region="asia", lang="en", authors=["Sonam Yangzom"],
        pre=[["The Bhutanese", "Home", "News", "Business", "Editorial", "Opinion", "Features", "Interview", "Sports", "Entertainment"]],
        head=[["Sonam Yangzom"], ["April 26, 2025"]],
        tail=[["Share this:", "Facebook", "X", "WhatsApp"], ["Like this:", "Like Loading..."], ["Related"],
              ["\u00a9 2025 The Bhutanese. All rights reserved."]],
        paras=P("""
The Phuentsholing Thromde will construct a new vegetable market near the Amochhu riverbank to replace the crowded
market in the town core, which vendors and residents have long complained about.

The Thrompon said the new two-storey market will have space for about 220 vendors, cold storage facilities, public
toilets and a parking area for around 80 vehicles.

The project is estimated to cost Nu 180 million and will be funded by the government, with construction expected to
begin in the next financial year.

The existing market, built in the 1990s, has no proper drainage and becomes muddy during the monsoon, vendors said.

A vendor who has been selling chillies and vegetables at the market for 15 years said customers have been avoiding
the market because of the lack of space and parking.

"We are happy that the Thromde is finally doing something. But the new market should not be too far from where people
live," she said.

The Thromde said the site was chosen because the land already belongs to the government and is close to the new town
area being developed along the river.

Once the new market is ready, the old market site will be turned into a public square, according to the Thromde.
"""),
        must_have=[
            "The existing market, built in the 1990s, has no proper drainage and becomes muddy during the monsoon, vendors said.",
            "The Thromde said the site was chosen because the land already belongs to the government and is close to the new town area being developed along the river.",
        ]),
    # Goobjoog News (Somalia): staff, "MOGADISHU (Goobjoog News) – " dateline carrying the outlet's own name, date line, tags, share and related lines.
    rec(cluster="goobjoog-mogadishu-street-lights-hodan-wadajir", role="single",
        file="goobjoog_mogadishu_street_lights_hodan_wadajir.txt", render="text",
        title="Banadir administration launches street lighting project in Hodan and Wadajir districts",
        date="2025-07-09", dateline="MOGADISHU (Goobjoog News) \u2013 ", city="Mogadishu", country="SO", region="africa", lang="en",
        pre=[["Goobjoog News", "Home", "News", "Politics", "Security", "Business", "Features", "Opinion", "Somali"]],
        head=[["July 9, 2025"]],
        tail=[["Tags:", "Banadir", "Mogadishu", "Street lights"], ["Share on Facebook", "Share on X"],
              ["You may also like"], ["\u00a9 2025 Goobjoog News"]],
        paras=P("""
The Banadir Regional Administration has launched a project to install 1,200 solar-powered street lights in Hodan and
Wadajir districts, in a move officials say will improve security and support businesses that operate after dark.

Speaking at the launch on Wednesday, Deputy Mayor for Planning Abdirahman Hassan Nur said the project would be
completed within six months and would cover major roads as well as residential streets.

The lights will be installed by local companies and funded through the administration's own revenue and support from
international partners.

Large parts of Mogadishu remain without street lighting, and residents and traders often close early because of fears
over insecurity.

"When the streets are dark, people stay at home and business stops. With light, our customers can come in the
evening," said Faadumo Cali, who runs a small restaurant in Hodan.

The administration said the new lights would be fitted with batteries that can store enough power for up to 12 hours.

In recent years, several districts of the capital have benefited from similar projects, including along Maka
Al-Mukarama Road, one of the city's busiest streets.

Officials urged residents to protect the lights and report any cases of theft or vandalism to local authorities.
"""),
        must_have=[
            "Large parts of Mogadishu remain without street lighting, and residents and traders often close early because of fears over insecurity.",
            "The administration said the new lights would be fitted with batteries that can store enough power for up to 12 hours.",
        ]),
    # Goulburn Post (ACM): staff, "By" line, ACM "Month D YYYY - h:mmpm" stamp, "Picture by" caption credit to the writer, advertisement markers, newsletter line.
    rec(cluster="goulburnpost-aquatic-centre-closure", role="single",
        file="goulburnpost_aquatic_centre_pool_relining.txt", render="text",
        title="Goulburn aquatic centre to close for eight weeks for pool relining",
        date="2024-09-10", country="AU", region="oceania", lang="en", authors=["Emily Kearns"],
        caption="The indoor pool at the Goulburn Aquatic and Leisure Centre.", credit="Emily Kearns",
        pre=[["Goulburn Post", "Latest News", "Local News", "Sport", "Opinion", "Obituaries", "Classifieds", "Today's Paper", "Puzzles"],
             ["Subscribe", "Log in"], ["Local News"]],
        head=[["By Emily Kearns"], ["September 10 2024 - 5:00pm"]],
        cap_lines=["The indoor pool at the Goulburn Aquatic and Leisure Centre. Picture by Emily Kearns"],
        inserts={2: ["Advertisement"], 5: ["Advertisement"]},
        tail=[["Get the latest Goulburn news delivered to your inbox"], ["Sign up"],
              ["Emily Kearns", "Journalist"]],
        paras=P("""
The Goulburn Aquatic and Leisure Centre will close for eight weeks from October 8 while the indoor 25-metre pool is
relined and the ageing filtration system is replaced.

Goulburn Mulwaree Council said the $2.1 million project had been brought forward after inspections found cracks in
the pool shell and the plant room equipment was nearing the end of its life.

The outdoor 50-metre pool will open as usual for the summer season on November 1, but learn-to-swim classes will be
suspended during the closure.

Council's director of community services Rachel Ostrowski said the timing had been chosen to avoid the busiest
months.

"We know this is inconvenient, especially for families with swimming lessons booked, but the work can't wait any
longer," she said.

Members with gym and pool memberships will have their memberships extended by the length of the closure.

The centre recorded about 210,000 visits last financial year, council figures show.

Goulburn Swimming Club president Glen Hartigan said the club would train in Yass and Crookwell until the indoor pool
reopened.
"""),
        must_have=[
            "Members with gym and pool memberships will have their memberships extended by the length of the closure.",
            "The centre recorded about 210,000 visits last financial year, council figures show.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_HUFF = site("Le HuffPost", "https://www.huffingtonpost.example.fr", " | Le HuffPost", "fr_FR", "@LeHuffPost",
                 ["Actualités", "Politique", "International", "Économie", "Environnement", "Culture", "Life", "Vidéos"],
                 ["\u00a9 2025 Le HuffPost SAS", "Mentions légales", "Politique de confidentialité", "Gestion des cookies", "Nous contacter"],
                 share=["Partager", "Facebook", "X", "WhatsApp", "Copier le lien"], top=["Newsletters", "Se connecter"],
                 cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
                 buttons=["Accepter et fermer", "Continuer sans accepter", "En savoir plus"])
SITE_DELO = site("Delo", "https://www.delo.example.si", " | Delo", "sl_SI", "@Delo",
                 ["Novice", "Slovenija", "Svet", "Gospodarstvo", "Šport", "Kultura", "Mnenja", "Lokalno", "Delo+"],
                 ["\u00a9 Delo d.o.o. 2025. Vse pravice pridržane.", "Impresum", "Splošni pogoji", "Varstvo osebnih podatkov", "Piškotki", "Oglaševanje"],
                 share=["Deli", "Facebook", "X", "E-pošta", "Kopiraj povezavo"], top=["Naročnina", "Prijava", "E-časopis"],
                 cookie="Mi in naši partnerji uporabljamo piškotke in podobne tehnologije za shranjevanje informacij v vaši napravi in dostop do njih.",
                 cookie_title="Spoštujemo vašo zasebnost",
                 buttons=["Sprejmi vse", "Zavrni", "Nastavitve"])
SITE_LEDROIT = site("Le Droit", "https://www.ledroit.example.com", " | Le Droit", "fr_CA", "@LeDroit",
                    ["Actualités", "Ottawa-Gatineau", "Politique", "Affaires", "Opinions", "Sports", "Arts", "Chroniques", "Vivre"],
                    ["\u00a9 2025 Le Droit, une division de CN2i", "Conditions d'utilisation", "Politique de confidentialité", "Nous joindre"],
                    share=["Partager", "Facebook", "X", "Courriel"], top=["S'abonner", "Se connecter", "Infolettres"])
SITE_COOP = site("Cooperativa.cl", "https://www.cooperativa.example.cl", " - Cooperativa.cl", "es_CL", "@Cooperativa",
                 ["Portada", "País", "Regiones", "Mundo", "Economía", "Deportes", "Cultura", "Tecnología", "Opinión", "Podcast"],
                 ["\u00a9 2025 Compañía Chilena de Comunicaciones S.A.", "Términos y condiciones", "Política de privacidad", "Contacto"],
                 share=["Compartir", "Facebook", "X", "WhatsApp"], top=["Escuchar en vivo", "Radio Cooperativa 93.3"])
SITE_BRF = site("BRF Nachrichten", "https://brf.example.be", " | BRF Nachrichten", "de_BE", "@brfnachrichten",
                ["Regional", "National", "International", "Sport", "Kultur", "Wirtschaft", "Podcast", "Radio", "Fernsehen"],
                ["\u00a9 2025 BRF - Belgischer Rundfunk", "Impressum", "Datenschutz", "Cookie-Einstellungen", "Kontakt"],
                share=["Teilen", "Facebook", "X", "WhatsApp", "E-Mail"], top=["BRF1 live", "BRF2 live", "Mediathek"],
                cookie="Wir verwenden Cookies, um unsere Website für Sie optimal zu gestalten und fortlaufend zu verbessern.",
                buttons=["Alle akzeptieren", "Nur notwendige Cookies", "Einstellungen"])
SITE_AFR = site("The Australian Financial Review", "https://www.afr.example.com", " | AFR", "en_AU", "@FinancialReview",
                ["Home", "Markets", "Street Talk", "Chanticleer", "Policy", "Companies", "Property", "Technology", "Work & Careers", "Wealth", "Opinion"],
                ["Copyright \u00a9 2025 The Australian Financial Review", "Terms of Use", "Privacy Policy", "Contact Us", "Licensing & Reprints"],
                share=["Share", "Save", "Gift this article"], top=["Subscribe", "Log In", "Today's Paper"])
SITE_HETQ = site("Hetq", "https://hetq.example.am", " | Hetq - News, Articles, Investigations", "en_US", "@hetqonline",
                 ["News", "Investigations", "Society", "Economy", "Politics", "Environment", "Culture", "Photo", "Video", "Հայերեն", "Русский"],
                 ["\u00a9 2024 Hetq Online. Investigative Journalists of Armenia", "About", "Contact", "Donate"],
                 share=["Share", "Facebook", "X", "Telegram"])
SITE_LT = site("Lancashire Telegraph", "https://www.lancashiretelegraph.example.co.uk", " | Lancashire Telegraph", "en_GB", "@LancsTelegraph",
               ["News", "Sport", "Rovers", "Burnley FC", "What's On", "Opinion", "Announcements", "Jobs", "Property", "Motors"],
               ["Contact us", "Advertise with us", "Privacy & cookies", "Terms & conditions",
                "\u00a9 2001-2025. This site is part of Newsquest's audited local newspaper network. A Gannett Company. Newsquest Media Group Ltd, Loudwater Mill, Station Road, High Wycombe, Buckinghamshire. HP10 9TY. Registered in England & Wales | 01676637 |"],
               share=["Share", "Facebook", "X", "WhatsApp", "Email"], top=["Subscribe", "Sign in"],
               cookie="We and our partners use technology such as cookies on our site to personalise content and ads, provide social media features, and analyse our traffic.",
               buttons=["I Accept", "Show Purposes"])
SITE_BP = site("Blueprint", "https://www.blueprint.example.ng", " - Blueprint Newspapers Limited", "en_US", "@blueprintng",
               ["Home", "News", "Politics", "Business", "Sports", "Entertainment", "Opinion", "Columns", "Features", "Blueprint Weekend"],
               ["\u00a9 2024 Blueprint Newspapers Limited. All rights reserved.", "About Us", "Advertise", "Privacy Policy", "Contact Us"],
               share=["Share", "Facebook", "X", "WhatsApp", "Telegram"], skip="Skip to content")

HTML_STORIES = [
    # Le HuffPost (original of the AFP cluster): "Le HuffPost avec AFP" byline, the house rubric opening the text ("INTERNATIONAL - "), numeric stamps with "Mis à jour", AFP photo credit, "À voir également" line, consent wall.
    dict(LOME, role="original", file="lehuffpost_afp_lome_bus_electriques_fr.html", render="html",
         site=SITE_HUFF, section="International", meta_section="International",
         dateline="INTERNATIONAL - ", city=None,
         url="https://www.huffingtonpost.example.fr/international/article/togo-lome-lance-ses-premiers-bus-electriques-sur-deux-lignes_248312.html",
         published="2025-04-08T13:05:00+02:00", modified="2025-04-08T13:40:00+02:00",
         ld_author=[{"@type": "Organization", "name": "Le HuffPost"}],
         kicker="International",
         byline_lines=["Le HuffPost avec AFP"], date_lines=["08/04/2025 13:05", "Mis à jour le 08/04/2025 13:40"],
         caption="Un bus électrique de la Sotral au terminal d'Agoè, à Lomé, le 8 avril 2025.", credit="Kodjo ATTISSO / AFP",
         inserts={3: [("link", "Lire aussi :", "Au Sénégal, le BRT de Dakar dépasse les 300 000 passagers par jour")]},
         below_body=[("also", "À voir également sur Le HuffPost :"),
                     ("also-title", "À Paris, les bus de nuit passent à l'électrique")]),
    # Delo (original of the STA cluster): "STA" byline, "d. m. yyyy | hh:mm" stamp, STA dateline "Nova Gorica, 13. maja (STA) - ", "Foto:" credit, "Preberite še:" link, consent wall.
    dict(GORICA, role="original", file="delo_sta_nova_gorica_skupna_avtobusna_linija_sl.html", render="html",
         site=SITE_DELO, section="Slovenija", meta_section="Slovenija",
         url="https://www.delo.example.si/novice/slovenija/med-novo-gorico-in-gorico-bo-od-junija-vozila-skupna-avtobusna-linija",
         published="2025-05-13T12:41:00+02:00",
         ld_author=[{"@type": "Organization", "name": "STA"}],
         breadcrumbs=["Novice", "Slovenija"],
         byline_lines=["STA"], date_lines=["13. 5. 2025 | 12:41"],
         caption="Skupna linija bo povezala središči Nove Gorice in Gorice.", credit="Nejc Rupnik/Delo",
         credit_shown="Foto: Nejc Rupnik/Delo",
         inserts={2: [("link", "Preberite še:", "Na Trgu Evrope bo poleti več kot sto prireditev")],
                  4: [("ad", "Oglas")]},
         lists=[("Najbolj brano", ["Vreme: konec tedna bo deževno in hladneje", "Cene goriv se bodo v torek znižale"])]),
    # Le Droit: La Presse Canadienne copy, name and agency lines, CN2i stamp, "(NAME/Le Droit)" credit, newsletter promo.
    rec(cluster="ledroit-cp-societes-de-transport-financement", role="single",
        file="ledroit_pc_societes_de_transport_financement_fr.html", render="html", site=SITE_LEDROIT,
        title="Les sociétés de transport réclament 600 millions $ de plus à Québec pour éviter des coupes de service",
        date="2025-03-26", dateline="MONTRÉAL \u2014 ", city="Montreal", country="CA", region="americas", lang="fr",
        agency="CP", authors=["Stéphanie Ouellet"], section="Actualités", meta_section="Actualités",
        url="https://www.ledroit.example.com/actualites/2025/03/26/les-societes-de-transport-reclament-600-millions-de-plus-a-quebec-ABCD1234EFGH/",
        description="Les neuf grandes sociétés de transport de la province demandent un cadre de financement de cinq ans.",
        published="2025-03-26T21:40:00-04:00",
        byline_lines=["Stéphanie Ouellet", "La Presse Canadienne"], date_lines=["26 mars 2025 à 21h40"],
        caption="Un autobus de la STO au centre-ville de Gatineau.", credit="Julie Béland/Le Droit",
        credit_shown="(Julie Béland/Le Droit)",
        inserts={3: [("promo", ["Infolettre", "Recevez chaque matin l'essentiel de l'actualité de l'Outaouais.", "Je m'abonne"])]},
        lists=[("À lire aussi", ["Tramway de Gatineau : la STO publie un nouvel échéancier", "Déneigement : Ottawa dépasse son budget pour l'hiver"])],
        paras=P("""
Les sociétés de transport collectif du Québec affirment qu'il leur manquera près de 600 millions $ l'an prochain pour
maintenir leurs services, et préviennent que des coupes d'horaires sont à prévoir si le gouvernement ne bonifie pas
son aide.

Dans une étude commune présentée mercredi, les neuf grandes sociétés de transport de la province estiment que leurs
revenus n'ont pas retrouvé leur niveau d'avant la pandémie, alors que leurs coûts d'exploitation ont augmenté de plus
de 20 % en cinq ans.

L'achalandage a atteint environ 85 % de son niveau de 2019, selon l'étude, mais le télétravail continue de réduire le
nombre de déplacements les lundis et les vendredis.

« Nous ne voulons pas couper des services, mais sans financement stable, nous n'aurons pas le choix », a déclaré le
porte-parole du regroupement, Daniel Fortier, en conférence de presse.

Les sociétés demandent au gouvernement de s'engager sur un cadre de financement de cinq ans plutôt que de négocier une
aide ponctuelle chaque année.

Le cabinet de la ministre des Transports a indiqué que des discussions étaient en cours et qu'une annonce serait faite
d'ici l'été.

À Gatineau, la Société de transport de l'Outaouais évalue son propre manque à gagner à environ 35 millions $ pour
l'an prochain.

Les usagers de plusieurs villes ont déjà vu des réductions de fréquence sur certaines lignes depuis l'automne.
"""),
        must_have=[
            "Les sociétés demandent au gouvernement de s'engager sur un cadre de financement de cinq ans plutôt que de négocier une aide ponctuelle chaque année.",
            "Les usagers de plusieurs villes ont déjà vu des réductions de fréquence sur certaines lignes depuis l'automne.",
        ]),
    # Cooperativa.cl (Chile): staff, "Fuente: Cooperativa.cl" line, weekday stamp with a bar, "(Foto: Agencia Uno)" credit, live-radio links, most-read rail.
    rec(cluster="cooperativa-puerto-montt-terminal-buses-rurales", role="single",
        file="cooperativa_puerto_montt_terminal_buses_rurales_es.html", render="html", site=SITE_COOP,
        title="Licitan nuevo terminal de buses rurales para Puerto Montt", date="2025-06-03",
        country="CL", region="americas", lang="es", section="País", meta_section="País",
        url="https://www.cooperativa.example.cl/noticias/pais/regiones/los-lagos/licitan-nuevo-terminal-de-buses-rurales-para-puerto-montt/2025-06-03/091200.html",
        description="El proyecto contempla 40 andenes, salas de espera y estacionamientos para bicicletas.",
        published="2025-06-03T09:12:00-04:00",
        breadcrumbs=["País", "Regiones", "Los Lagos"],
        byline_lines=["Fuente: Cooperativa.cl"], date_lines=["martes 3 de junio de 2025 | 09:12"],
        caption="El actual terminal de buses rurales de Puerto Montt.", credit="Agencia Uno",
        credit_shown="(Foto: Agencia Uno)",
        inserts={4: [("ad", "Publicidad")]},
        lists=[("Lo más leído", ["Sistema frontal: anuncian lluvias para la zona centro sur", "Bencinas vuelven a subir este jueves"])],
        paras=P("""
El Ministerio de Obras Públicas (MOP) abrió la licitación para construir un nuevo terminal de buses rurales en Puerto
Montt, que reemplazará al actual recinto ubicado en la costanera de la capital de la Región de Los Lagos.

El proyecto contempla una inversión cercana a los 18 mil millones de pesos y considera 40 andenes, salas de espera,
locales comerciales y estacionamientos para bicicletas.

Según el cronograma del MOP, las obras comenzarían a fines de este año y tendrían un plazo de ejecución de 24 meses.

El actual terminal rural, que recibe a diario a miles de pasajeros provenientes de Maullín, Calbuco y Los Muermos,
entre otras comunas, ha sido criticado por su falta de espacio y el deterioro de su infraestructura.

"Los vecinos de las zonas rurales merecen llegar a la ciudad en condiciones dignas", señaló el seremi de Obras
Públicas, Cristián Oyarzún.

El nuevo edificio se levantará en un terreno fiscal cercano a la Ruta 5, lo que, según las autoridades, permitirá
descongestionar el centro de la ciudad.

Dirigentes de los empresarios del transporte rural valoraron el anuncio, aunque pidieron que se mantenga un punto de
detención en el centro para los pasajeros que realizan trámites.

Las empresas interesadas podrán presentar sus ofertas hasta el 15 de agosto.
"""),
        must_have=[
            "Según el cronograma del MOP, las obras comenzarían a fines de este año y tendrían un plazo de ejecución de 24 meses.",
            "Dirigentes de los empresarios del transporte rural valoraron el anuncio, aunque pidieron que se mantenga un punto de detención en el centro para los pasajeros que realizan trámites.",
        ]),
    # BRF Nachrichten (German-speaking Belgium): staff, name line, "dd.mm.yyyy - hh:mm" stamp, "Bild: NAME/BRF" credit, live-radio links, consent wall.
    rec(cluster="brf-eupen-parkhaus-bahnhof", role="single",
        file="brf_eupen_parkhaus_bahnhof_de.html", render="html", site=SITE_BRF,
        title="Eupen: Neues Parkhaus am Bahnhof soll 2027 fertig sein", date="2025-02-25",
        country="BE", region="europe", lang="de", authors=["Sarah Heinen"], section="Regional", meta_section="Regional",
        url="https://brf.example.be/regional/1934512/",
        description="Das Parkhaus soll rund 300 Stellplätze bieten, vor allem für Pendler.",
        published="2025-02-25T17:33:00+01:00",
        byline_lines=["Sarah Heinen"], date_lines=["25.02.2025 - 17:33"],
        caption="Der Parkplatz am Eupener Bahnhof.", credit="Jonas Mertes/BRF", credit_shown="Bild: Jonas Mertes/BRF",
        above_body=[("audio", "Audio anhören")],
        lists=[("Weitere Nachrichten aus der Region", ["Kelmis: Gemeinde saniert Turnhalle", "St. Vith: Neue Kita öffnet im Herbst"])],
        paras=P("""
Am Eupener Bahnhof soll ein neues Parkhaus mit rund 300 Stellplätzen entstehen. Das hat der Stadtrat am Montagabend
beschlossen.

Die Baukosten werden auf etwa 7,5 Millionen Euro geschätzt. Einen Teil davon übernimmt die Wallonische Region, den
Rest finanziert die Stadt über einen Kredit.

Das Parkhaus soll vor allem Pendlern zugutekommen, die mit dem Zug nach Lüttich, Brüssel oder Aachen fahren.

Bislang parken viele von ihnen in den umliegenden Wohnstraßen, was bei Anwohnern seit Jahren für Ärger sorgt.

Schöffe Frank Hilgers sagte im BRF-Gespräch, man wolle die Arbeiten noch in diesem Jahr ausschreiben. Baubeginn könnte
Anfang 2026 sein.

Im Erdgeschoss sind überdachte Fahrradstellplätze und Ladesäulen für Elektroautos vorgesehen.

Die Opposition stimmte dem Projekt grundsätzlich zu, kritisierte aber die geplanten Parkgebühren von 1,50 Euro pro
Stunde.

Für Inhaber eines Bahnabos soll es ein günstigeres Monatsticket geben.

Sobald das Parkhaus in Betrieb ist, will die Stadt in den angrenzenden Wohnstraßen eine blaue Zone mit Anwohnerparken
einführen. Während der Bauzeit bleibt ein Teil des bestehenden Parkplatzes geöffnet.
"""),
        must_have=[
            "Bislang parken viele von ihnen in den umliegenden Wohnstraßen, was bei Anwohnern seit Jahren für Ärger sorgt.",
            "Im Erdgeschoss sind überdachte Fahrradstellplätze und Ladesäulen für Elektroautos vorgesehen.",
        ]),
    # The Australian Financial Review: staff, a story about Papua New Guinea, "Mon D, YYYY – h.mmam" stamp, kicker, paywall, licensing link, author bio lines.
    rec(cluster="afr-lae-port-expansion", role="single",
        file="afr_lae_port_expansion.html", render="html", site=SITE_AFR,
        title="Australian port operator bets $300m on Lae expansion", date="2025-03-11",
        country="PG", region="oceania", lang="en", authors=["Lucy Harcourt"], section="Companies", meta_section="Companies",
        url="https://www.afr.example.com/companies/transport/australian-port-operator-bets-300m-on-lae-expansion-20250310-p5lbk2",
        description="Coral Sea Terminals will extend the wharf at Papua New Guinea's biggest port by 280 metres.",
        published="2025-03-11T05:00:00+11:00", free=False,
        kicker="Shipping",
        byline_lines=["Lucy Harcourt"], date_lines=["Mar 11, 2025 \u2013 5.00am"],
        caption="Lae is the main gateway for exports from the PNG highlands.", credit="Supplied",
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("license", "License this article")],
        author_box=["Lucy Harcourt is a transport and infrastructure reporter based in Brisbane.",
                    "Email Lucy at lharcourt@afr.example.com"],
        lists=[("Latest In Companies", ["Qube flags slower volumes at east coast ports", "Toll sells warehousing arm to private equity"])],
        paras=P("""
Brisbane-based port operator Coral Sea Terminals will spend $300 million expanding the container terminal at Lae,
Papua New Guinea's biggest port, betting that mining and agricultural exports from the country's highlands will keep
growing.

The company, which has run the Lae terminal under a 25-year concession since 2019, said on Monday it had reached
agreement with PNG Ports Corporation to extend the wharf by 280 metres and add two ship-to-shore cranes.

Chief executive Dominic Farrell told The Australian Financial Review that volumes through Lae had risen by about 40
per cent since the company took over, despite power shortages and foreign-exchange restrictions in PNG.

"The constraint now is the quay line. Ships are waiting at anchor for up to three days in peak periods," he said.

The expansion will be funded through a mix of debt and equity, with a loan of up to $120 million expected from
Export Finance Australia.

Lae sits at the end of the Highlands Highway, the main road link to the country's coffee-growing regions and several
large mines.

Foreign investors in PNG have long complained about difficulties repatriating profits because of a shortage of US
dollars, though the central bank has eased restrictions over the past year.

Construction is expected to start in the second half of next year and take about two years.
"""),
        must_have=[
            "Lae sits at the end of the Highlands Highway, the main road link to the country's coffee-growing regions and several large mines.",
            "Foreign investors in PNG have long complained about difficulties repatriating profits because of a shortage of US dollars, though the central bank has eased restrictions over the past year.",
        ]),
    # Hetq (Armenia, gzipped): staff, English edition, name and "dd.mm.yyyy hh:mm" stamp, "Photo:" credit to the writer, Armenian and Russian edition links, tags.
    rec(cluster="hetq-vanadzor-new-buses-depot", role="single",
        file="hetq_vanadzor_new_buses_depot.html.gz", render="html", site=SITE_HETQ,
        title="Vanadzor Municipality Bought 30 Buses, But Half Still Sit in the Depot", date="2024-11-20",
        country="AM", region="asia", lang="en", authors=["Gayane Martirosyan"], section="Society", meta_section="Society",
        url="https://hetq.example.am/en/article/171234",
        description="Only 14 of the 30 buses bought last autumn are on the road; the rest wait for a new route network.",
        published="2024-11-20T13:22:00+04:00",
        byline_lines=["Gayane Martirosyan"], date_lines=["20.11.2024 13:22"],
        caption="New buses parked at the municipal depot in Vanadzor.", credit="Gayane Martirosyan",
        credit_shown="Photo: Gayane Martirosyan",
        share_top=False,
        tags=("Tags", ["Vanadzor", "Public transport", "Municipalities"]),
        lists=[("More from Hetq", ["Gyumri: Who Won the Contract to Repair Kumayri Roofs?", "Lori Marz Schools Still Lack Heating"])],
        paras=P("""
Thirty new buses bought by the Vanadzor Municipality last autumn were supposed to replace the city's aging minibuses
by the start of this year. Ten months later, only 14 of them are on the road.

The buses, purchased for 1.9 billion drams, mostly with a state subvention, are parked at the municipal depot on
Tigran Mets Avenue, Hetq found during a visit this month.

According to the municipality, the remaining buses cannot operate until the city council approves a new route
network, which has been postponed twice.

Municipal documents obtained by Hetq show that the company that won the tender to operate the new routes was
registered only two weeks before the bidding closed.

The company's director, reached by phone, said it had the drivers and the experience needed to run the service, and
that the delays were caused by the council.

Vanadzor, Armenia's third-largest city, has relied for decades on privately operated minibuses, many of them more
than 20 years old.

Residents of the Bazum and Taron districts say they still wait up to 40 minutes for a ride in the morning.

The council is expected to discuss the route network again at its session on December 10.
"""),
        must_have=[
            "According to the municipality, the remaining buses cannot operate until the city council approves a new route network, which has been postponed twice.",
            "Vanadzor, Armenia's third-largest city, has relied for decades on privately operated minibuses, many of them more than 20 years old.",
        ]),
    # Lancashire Telegraph (Newsquest): PA copy without a dateline, name and PA role lines, day-and-month stamp without a year, "READ MORE:" link, closed-comments line, consent wall.
    rec(cluster="lancashiretelegraph-pa-bus-route-potholes", role="single",
        file="lancashiretelegraph_pa_bus_route_pothole_fund.html", render="html", site=SITE_LT,
        title="Councils in England to share £150m to repair roads used by buses", date="2025-01-21",
        country="GB", region="europe", lang="en", agency="PA", authors=["Harriet Crane"],
        section="National", meta_section="National",
        url="https://www.lancashiretelegraph.example.co.uk/news/national/24876512.councils-england-share-150m-repair-roads-used-buses/",
        description="The money will be allocated according to the length of bus routes each council maintains.",
        published="2025-01-21T16:05:00+00:00",
        byline_lines=["By Harriet Crane", "PA Transport Correspondent"], date_lines=["21st January"],
        inserts={3: [("link", "READ MORE:", "Blackburn road repairs: council sets out spring resurfacing list")],
                 5: [("ad", "Advertisement")]},
        comments=["Comments are closed on this article"],
        lists=[("Most Read", ["Live: Delays on M65 after crash near Junction 6", "New cafe to open in Darwen town centre"])],
        paras=P("""
Councils in England are to share £150 million to repair potholes and resurface roads on bus routes, the Government
has announced.

The money will be allocated to local highway authorities according to the length of bus routes they maintain, with the
biggest sums going to county councils in the North and the Midlands.

Ministers said poorly maintained roads were slowing services and damaging vehicles, adding to the cost of running
buses.

A Department for Transport spokesperson said: "Reliable buses need reliable roads. This funding will help councils fix
the roads that passengers depend on every day."

Council leaders welcomed the money but warned that the backlog of road repairs in England would take more than a
decade to clear.

Bus operators have reported rising repair bills for suspension and tyres in recent years.

Councils will have to publish details of the roads repaired with the money by the end of next year.

The funding comes on top of the existing highways maintenance budget, the department said.
"""),
        must_have=[
            "Ministers said poorly maintained roads were slowing services and damaging vehicles, adding to the cost of running buses.",
            "Bus operators have reported rising repair bills for suspension and tyres in recent years.",
        ]),
    # Blueprint (Nigeria): NAN copy under the site's own byline, run-on NAN dateline, "(NAN)(www.nannews.ng)" and "Edited by" lines, tags, WordPress comment form.
    rec(cluster="blueprint-nan-jos-terminus-market", role="single",
        file="blueprint_nan_jos_terminus_market.html", render="html", site=SITE_BP,
        title="Plateau govt begins rehabilitation of Jos Terminus Market", date="2024-11-14",
        dateline="Jos, Nov. 14, 2024 (NAN) ", city="Jos", country="NG", region="africa", lang="en",
        agency="NAN", editors=["Chioma Eze-Okafor"], section="News", meta_section="News",
        url="https://www.blueprint.example.ng/plateau-govt-begins-rehabilitation-of-jos-terminus-market/",
        description="The first phase includes the reconstruction of 1,200 shops, a fire station and a central water supply.",
        published="2024-11-14T18:30:00+01:00",
        ld_author=[{"@type": "Person", "name": "Blueprint"}],
        byline_lines=["By Blueprint"], date_lines=["November 14, 2024"],
        end_lines=["(NAN)(www.nannews.ng)", "Edited by Chioma Eze-Okafor"],
        share_top=False,
        tags=("Tags:", ["Jos", "Plateau", "Terminus Market"]),
        lists=[("Related", ["Plateau: Govt to recruit 2,000 teachers", "Kano traders decry multiple taxation"])],
        comments=["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
        paras=P("""
The Plateau Government has begun the rehabilitation of the Jos Terminus Market, more than a decade after a fire
destroyed large parts of the complex.

The Commissioner for Commerce and Industry, Mr Dauda Pwajok, disclosed this on Thursday in Jos during an inspection
of the site.

Pwajok said the first phase of the project, which would cost N4.8 billion, would include the reconstruction of 1,200
shops, a fire station and a central water supply system.

He said the government had paid compensation to traders whose temporary stalls were removed to make way for the
contractors.

"The Terminus Market was once the pride of Jos and the whole of the North. We want to bring it back to life and return
traders to the heart of the city," he said.

The commissioner said traders who owned shops in the market before the fire would be given the first option to
return when the work was completed.

Some of the traders who spoke with the News Agency of Nigeria (NAN) welcomed the project but appealed to the
government to make the shops affordable.

Mrs Comfort Dalyop, a textile dealer, said many traders had been selling along the roads since the fire, where they
were exposed to harassment and bad weather.
"""),
        must_have=[
            "The commissioner said traders who owned shops in the market before the fire would be given the first option to return when the work was completed.",
            "Mrs Comfort Dalyop, a textile dealer, said many traders had been selling along the roads since the fire, where they were exposed to harassment and bad weather.",
        ]),
]


# ---- news-please and trafilatura files ---------------------------------------------

JSON_STORIES = [
    # news-please, Dagblad Suriname: staff, "Redactie" byline, date line, share strings and related header.
    rec(cluster="dbsuriname-indira-gandhiweg-bushaltes", role="single", file="newsplease_dbsuriname_indira_gandhiweg_bushaltes_nl.json",
        render="newsplease", title="Nieuwe bushaltes met overkapping langs Indira Gandhiweg",
        date="2025-08-12", country="SR", region="americas", lang="nl",
        url="https://www.dbsuriname.example.com/2025/08/12/nieuwe-bushaltes-met-overkapping-langs-indira-gandhiweg/",
        source_domain="www.dbsuriname.example.com",
        description="De haltes krijgen zitbanken, verlichting op zonne-energie en een bord met de lijnen.",
        np_authors=["Redactie"], np_publish="2025-08-12 10:15:00", np_download="2025-08-12 14:02:37",
        head_lines=["Redactie", "12 augustus 2025"],
        tail_lines=["Deel dit bericht:", "Facebook", "WhatsApp", "Gerelateerd"],
        paras=P("""
Het ministerie van Transport, Communicatie en Toerisme (TCT) laat langs de Indira Gandhiweg twintig nieuwe bushaltes
met overkapping bouwen. De werkzaamheden moeten eind oktober klaar zijn.

Volgens het ministerie wachten busgebruikers op veel plaatsen langs de drukke weg nog in de zon of de regen, omdat er
geen schuilplaats is.

De nieuwe haltes krijgen zitbanken, verlichting op zonne-energie en een bord met de lijnen die er stoppen.

De bouw wordt uitgevoerd door een lokale aannemer en kost ruim SRD 6 miljoen, meldt het ministerie.

Chauffeurs van de lijnbussen in Wanica dringen er volgens een vertegenwoordiger van de busbond al lange tijd op aan
dat er vaste haltes komen.

Nu stoppen bussen vaak waar passagiers staan te wachten, wat tot gevaarlijke situaties op de weg leidt.

Met de bouw wordt volgende week begonnen bij Lelydorp. Tijdens de werkzaamheden kan het verkeer op sommige plaatsen
kort worden opgehouden.

Het ministerie zegt dat daarna ook haltes langs de Oost-Westverbinding en in Paramaribo-Noord aan de beurt zijn.
"""),
        must_have=[
            "De nieuwe haltes krijgen zitbanken, verlichting op zonne-energie en een bord met de lijnen die er stoppen.",
            "Nu stoppen bussen vaak waar passagiers staan te wachten, wat tot gevaarlijke situaties op de weg leidt.",
        ]),
    # news-please, iWitness News (St Vincent and the Grenadines): staff, outlet as author, date line, Jetpack share strings with "(Opens in new window)".
    rec(cluster="iwitnessnews-layou-jetty-rebuild", role="single", file="newsplease_iwitnessnews_layou_jetty_rebuild.json",
        render="newsplease", title="Gov't to rebuild Layou jetty damaged by Hurricane Beryl",
        date="2024-12-03", country="VC", region="americas", lang="en",
        url="https://www.iwnsvg.example.com/2024/12/03/govt-to-rebuild-layou-jetty-damaged-by-hurricane-beryl/",
        source_domain="www.iwnsvg.example.com",
        description="The new jetty will be higher than the old one to better withstand storm surge.",
        np_authors=["iWitness News"], np_publish="2024-12-03 08:40:00", np_download="2024-12-03 15:21:06",
        head_lines=["December 3, 2024"],
        tail_lines=["Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)",
                    "Click to share on WhatsApp (Opens in new window)", "Like this:", "Like Loading...", "Related"],
        paras=P("""
Construction of a new jetty at Layou is expected to begin early next year, replacing the structure that was badly
damaged when Hurricane Beryl struck St. Vincent and the Grenadines in July.

Chief Engineer in the Ministry of Transport and Works, Kenroy Alexander, said on Monday that the project would cost
about EC$3.5 million and take eight months to complete.

Fishers in Layou have been landing their catch on the beach since the hurricane, which they say has damaged boats and
engines.

"Every morning we have to drag the boats up the sand. It is hard work and the engines take a beating," said
fisherman Rawle Baptiste.

The new jetty will be built with reinforced concrete and will be higher than the old one to better withstand storm
surge.

Alexander said the ministry had also received funding to repair jetties at Barrouallie and Chateaubelair on the
Leeward side of the island.

The Layou jetty is used by fishers and by water taxis that take visitors to beaches further north.
"""),
        must_have=[
            "The new jetty will be built with reinforced concrete and will be higher than the old one to better withstand storm surge.",
            "The Layou jetty is used by fishers and by water taxis that take visitors to beaches further north.",
        ]),
    # news-please, Blue Mountains Gazette (ACM): staff, name line, ACM "Updated ..., first published ..." stamp, ACM reader pitch lines.
    rec(cluster="bluemountainsgazette-echo-point-paid-parking", role="single", file="newsplease_bluemountainsgazette_echo_point_paid_parking.json",
        render="newsplease", title="Paid parking planned for Echo Point as visitor numbers climb",
        date="2025-05-20", country="AU", region="oceania", lang="en", authors=["Daniel Crowe"],
        url="https://www.bluemountainsgazette.example.com.au/story/8945123/paid-parking-planned-for-echo-point-as-visitor-numbers-climb/",
        source_domain="www.bluemountainsgazette.example.com.au",
        description="Visitors would pay $8 an hour to park near the Three Sisters lookout.",
        np_authors=["Daniel Crowe"], np_publish="2025-05-20 11:15:00", np_modify="2025-05-20 16:30:00", np_download="2025-05-20 19:48:02",
        head_lines=["Daniel Crowe", "Updated May 20 2025 - 4:30pm, first published 11:15am"],
        tail_lines=["Our journalists work hard to provide local, up-to-date news to the community. This is how you can continue to access our trusted content:",
                    "Bookmark bluemountainsgazette.example.com.au",
                    "Make sure you are signed up for our breaking and regular headline newsletters"],
        paras=P("""
Blue Mountains City Council will introduce paid parking at Echo Point in Katoomba from next summer, as it tries to
manage the crowds of tourists who visit the Three Sisters lookout each year.

Under the plan, visitors will pay $8 an hour to park in the main car park and surrounding streets, while residents of
the Blue Mountains will be able to apply for a free permit.

Council expects the scheme to raise about $3 million a year, which will be spent on maintaining walking tracks,
toilets and lookouts in the area.

Echo Point attracts more than three million visitors a year, and local residents have long complained about traffic
jams and cars parked across driveways on weekends.

Mayor Kerry Adamson said the council could no longer afford to maintain the area from ratepayers' money alone.

"Ratepayers are currently paying for the infrastructure that millions of visitors use. That is not fair," she said.

The council will place the proposal on public exhibition for 28 days before making a final decision.

Some Katoomba business owners have warned that the charges could drive day-trippers away from the town centre.
"""),
        must_have=[
            "Council expects the scheme to raise about $3 million a year, which will be spent on maintaining walking tracks, toilets and lookouts in the area.",
            "The council will place the proposal on public exhibition for 28 days before making a final decision.",
        ]),
    # trafilatura, Altaveu (Andorra, Catalan): staff, name and stamp lines; first category "Societat".
    rec(cluster="altaveu-escaldes-aparcament-prat-del-roure", role="single", file="trafilatura_altaveu_escaldes_aparcament_ca.json",
        render="trafilatura", title="Escaldes-Engordany licita l'ampliació de l'aparcament del Prat del Roure",
        date="2025-10-07", country="AD", region="europe", lang="ca", authors=["Marta Puig"], section="Societat",
        url="https://www.altaveu.example.com/societat/escaldes-engordany-licita-ampliacio-aparcament-prat-del-roure_98765_102.html",
        hostname="www.altaveu.example.com", source_hostname="Altaveu",
        description="L'aparcament passarà de 420 a 610 places amb dues plantes soterrades més.",
        tf_author="Marta Puig", tf_date="2025-10-07", tf_language="ca", categories="Societat;Comuns",
        tf_tags="Escaldes-Engordany;aparcament;mobilitat",
        head_lines=["Marta Puig", "07/10/2025 13:45"],
        tail_lines=["Comparteix", "Notícies relacionades"],
        paras=P("""
El comú d'Escaldes-Engordany ha tret a concurs les obres d'ampliació de l'aparcament del Prat del Roure, que passarà
de 420 a 610 places. El pressupost de licitació és de 6,2 milions d'euros.

Segons ha explicat la cònsol major, Rosa Vilanova, en roda de premsa, les obres començaran a la primavera i
s'allargaran durant uns catorze mesos.

Durant els treballs, una part de l'aparcament continuarà oberta, tot i que el comú preveu que es perdin unes 150
places de manera temporal.

L'ampliació es farà amb dues plantes soterrades més, sota l'espai que actualment ocupa el pàrquing en superfície.

La cònsol ha assenyalat que la manca d'aparcament és una de les principals queixes dels comerciants de l'avinguda
Carlemany, especialment els caps de setmana.

A més, el nou aparcament disposarà de 40 punts de recàrrega per a vehicles elèctrics i d'un espai per a bicicletes.

Les empreses interessades poden presentar les ofertes fins al 14 de novembre.
"""),
        must_have=[
            "Durant els treballs, una part de l'aparcament continuarà oberta, tot i que el comú preveu que es perdin unes 150 places de manera temporal.",
            "A més, el nou aparcament disposarà de 40 punts de recàrrega per a vehicles elèctrics i d'un espai per a bicicletes.",
        ]),
    # trafilatura, LB.ua (Ukraine, Ukrainian): staff, name and stamp lines, "Читайте також:" line, the site's social-media line; first category "Суспільство".
    rec(cluster="lbua-lutsk-trolleybuses-autonomous", role="single", file="trafilatura_lbua_lutsk_trolleybusy_uk.json",
        render="trafilatura", title="Луцьк отримав 15 нових тролейбусів з автономним ходом",
        date="2025-04-15", country="UA", region="europe", lang="uk", authors=["Олена Ковальчук"], section="Суспільство",
        url="https://lb.example.ua/society/2025/04/15/654321_lutsk_otrymav_15_novykh.html",
        hostname="lb.example.ua", source_hostname="LB.ua",
        description="Нові тролейбуси можуть проїжджати до 20 кілометрів без контактної мережі.",
        tf_author="Олена Ковальчук", tf_date="2025-04-15", tf_language="uk", categories="Суспільство;Новини",
        tf_tags="Луцьк;тролейбуси;транспорт",
        head_lines=["Олена Ковальчук", "15 квітня 2025, 14:32"],
        inserts={2: ["Читайте також: Житомир отримав ще 20 автобусів від міст-партнерів"]},
        tail_lines=["Читайте головні новини LB.ua в соціальних мережах Facebook, Twitter і Telegram"],
        paras=P("""
Луцьке підприємство електротранспорту отримало 15 нових тролейбусів з автономним ходом, які можуть проїжджати до 20
кілометрів без контактної мережі. Про це повідомили в міській раді.

Тролейбуси придбали за кошти кредиту Європейського інвестиційного банку, загальна вартість контракту становить
близько 270 мільйонів гривень.

Нові машини дозволять запустити маршрут до нових житлових кварталів на околиці міста, де контактної мережі немає.

Кожен тролейбус розрахований на 90 пасажирів, має низьку підлогу, кондиціонер та USB-роз'єми для заряджання
телефонів.

Під час відключень електроенергії тролейбуси з автономним ходом можуть доїхати до депо або завершити рейс, зазначили
в міськраді.

Луцьк отримує нову техніку не вперше: торік місто закупило ще 10 тролейбусів.

Вартість проїзду в нових тролейбусах не зміниться і становитиме 15 гривень, як і в іншому громадському транспорті
міста.

Найстаріші тролейбуси, яким понад 30 років, поступово списуватимуть, а частину з них залишать у резерві на випадок
поломок.

У міській раді розраховують, що нові тролейбуси вийдуть на маршрути вже наступного тижня, після реєстрації та
навчання водіїв.
"""),
        must_have=[
            "Нові машини дозволять запустити маршрут до нових житлових кварталів на околиці міста, де контактної мережі немає.",
            "Під час відключень електроенергії тролейбуси з автономним ходом можуть доїхати до депо або завершити рейс, зазначили в міськраді.",
        ]),
    # trafilatura, Al Wasat (Libya, Arabic): staff, "CITY - بوابة الوسط: " dateline carrying the outlet's own name, weekday stamp line, share and read-also lines; first category "ليبيا".
    rec(cluster="alwasat-benghazi-road-maintenance", role="single", file="trafilatura_alwasat_benghazi_siyanat_alturuq_ar.json",
        render="trafilatura", title="بلدية بنغازي تبدأ صيانة 30 كيلومترا من الطرق في الأحياء الشرقية",
        date="2025-03-04", dateline="بنغازي - بوابة الوسط: ", city="Benghazi", country="LY", region="africa", lang="ar",
        section="ليبيا",
        url="https://alwasat.example.ly/news/libya/461234",
        hostname="alwasat.example.ly", source_hostname="بوابة الوسط",
        description="الأعمال تشمل أحياء الحدائق والسلماني والكويفية وتستمر ثمانية أشهر.",
        tf_author="بوابة الوسط", tf_date="2025-03-04", tf_language="ar", categories="ليبيا;المدن",
        tf_tags="بنغازي;الطرق;البلديات",
        head_lines=["الثلاثاء 04 مارس 2025، 11:20 صباحًا"],
        tail_lines=["شارك الخبر", "اقرأ أيضا", "انطلاق امتحانات الشهادة الثانوية في بنغازي الأسبوع المقبل"],
        paras=P("""
بدأت بلدية بنغازي، أمس الاثنين، أعمال صيانة ورصف نحو 30 كيلومترا من الطرق الداخلية في عدد من الأحياء الشرقية
للمدينة، ضمن خطة لتحسين البنية التحتية قبل فصل الشتاء المقبل.

وقال عميد البلدية، في تصريح صحفي، إن الأعمال تشمل أحياء الحدائق والسلماني والكويفية، وإن مدة التنفيذ المتوقعة
تبلغ ثمانية أشهر.

وأوضح أن تكلفة المشروع تبلغ نحو 45 مليون دينار، تمولها الحكومة ضمن برنامج إعادة إعمار المدينة.

وتعاني شوارع عدة في الأحياء الشرقية من الحفر وتجمع مياه الأمطار، ما يتسبب في ازدحام مروري وأضرار للسيارات، بحسب
سكان.

وقال أحد سكان حي السلماني لـ«الوسط» إن الشارع الرئيسي في الحي لم تجر صيانته منذ أكثر من عشر سنوات، وإن السكان
تقدموا بشكاوى عدة إلى البلدية دون نتيجة.

وأشار عميد البلدية إلى أن المشروع يتضمن أيضا إنشاء شبكة لتصريف مياه الأمطار وتركيب أعمدة إنارة تعمل بالطاقة
الشمسية.

ودعت البلدية المواطنين إلى التقيد بالتحويلات المرورية خلال فترة الأشغال، والتعاون مع فرق العمل في المواقع.

ومن المقرر أن تنطلق مرحلة ثانية من المشروع تشمل الأحياء الجنوبية للمدينة مطلع العام المقبل، وفق البلدية.
"""),
        must_have=[
            "وتعاني شوارع عدة في الأحياء الشرقية من الحفر وتجمع مياه الأمطار، ما يتسبب في ازدحام مروري وأضرار للسيارات، بحسب سكان.",
            "وأشار عميد البلدية إلى أن المشروع يتضمن أيضا إنشاء شبكة لتصريف مياه الأمطار وتركيب أعمدة إنارة تعمل بالطاقة الشمسية.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_ICILOME = site("iciLome", "https://www.icilome.example.com", " - iciLome", "fr_FR", "@icilome",
                    ["Accueil", "Politique", "Société", "Économie", "Sport", "Culture", "International", "Opinion"],
                    ["\u00a9 2025 iciLome. Tous droits réservés.", "Qui sommes-nous", "Publicité", "Contact"],
                    share=["Partager", "Facebook", "X", "WhatsApp"])

JSONL_STORIES = [
    # news-please shape: the Reuters story on Gulf Business (syndicated member of the Reuters cluster).
    dict(KBSP, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://gulfbusiness.example.com/bahrain-invites-bids-second-container-terminal-khalifa-bin-salman-port/",
         source_domain="gulfbusiness.example.com",
         np_authors=["Reuters"], np_publish="2025-02-18 17:05:00", np_download="2025-02-18 19:44:12",
         head_lines=["By Reuters", "18 Feb 2025"],
         tail_lines=[KBSP_CREDITS, "Tags", "Bahrain", "Logistics", "Ports"]),
    # newsbeam html shape: the AFP story on iciLome (syndicated member of the AFP cluster), AFP dateline kept, "Source : AFP" line.
    dict(LOME, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_ICILOME,
         dateline="Lomé (AFP) - ", city="Lomé",
         section="Société", meta_section="Société",
         url="https://www.icilome.example.com/2025/04/togo-lome-lance-ses-premiers-bus-electriques-sur-deux-lignes/",
         published="2025-04-08T16:20:00+00:00",
         nb_published="2025-04-08T16:20:00Z", outlet="iciLome", nb_authors=["AFP"],
         ld_author=[{"@type": "Organization", "name": "iciLome"}],
         date_lines=["8 avril 2025"],
         end_lines=["Source : AFP"],
         lists=[("À lire aussi", ["Lomé : la mairie lance le pavage de nouvelles rues à Agoè", "Kara : ouverture d'un nouveau marché de vivres"])]),
    # newsbeam text shape: Kāpiti News (NZME community title), name, title and stamp lines, reading time, reporter line, newsletter line; crawler stamp in UTC on the previous day.
    rec(cluster="kapitinews-marine-gardens-playground", role="single", file=JSONL_A, render="newsbeam",
        title="Paraparaumu Beach playground upgrade to start in spring",
        date="2025-08-05", country="NZ", region="oceania", lang="en", authors=["Tom Ridley"],
        url="https://www.nzherald.example.co.nz/kapiti-news/news/paraparaumu-beach-playground-upgrade-to-start-in-spring/ABCDEFGHIJKLMNOPQRSTUVWXY/",
        nb_published="2025-08-04T22:00:00Z", outlet="Kāpiti News", nb_authors=["Tom Ridley"],
        head_lines=["By Tom Ridley", "Kāpiti News", "5 Aug, 2025 10:00 AM", "3 mins to read"],
        tail_lines=["Tom Ridley is a reporter for the Kāpiti News.",
                    "Sign up to The Daily H, a free newsletter curated by our editors and delivered straight to your inbox every weekday."],
        paras=P("""
Work on a $1.4 million upgrade of the Marine Gardens playground at Paraparaumu Beach will start in September,
Kāpiti Coast District Council has confirmed.

The playground, one of the busiest on the coast, will get a new flying fox, a water play area, accessible swings and
shade sails over the toddler area.

The council said most of the existing equipment was more than 20 years old and some pieces had already been removed
for safety reasons.

Community services manager Hana Whitlock said the design had been shaped by feedback from more than 600 residents,
including children from local schools.

"The kids told us very clearly what they wanted, and a flying fox was at the top of nearly every list," she said.

The playground will be closed for about four months during construction, with temporary play equipment installed on
the nearby reserve.

The project is funded from the council's long-term plan, with a $250,000 contribution from a local community trust.

It is expected to reopen before the summer holidays.
"""),
        must_have=[
            "The council said most of the existing equipment was more than 20 years old and some pieces had already been removed for safety reasons.",
            "The playground will be closed for about four months during construction, with temporary play equipment installed on the nearby reserve.",
        ]),
    # trafilatura shape: the STA story on Dnevnik (syndicated member of the STA cluster).
    dict(GORICA, role="syndicated", file=JSONL_B, render="trafilatura", section="Slovenija",
         url="https://www.dnevnik.example.si/1043112233/slovenija/med-novo-gorico-in-gorico-bo-od-junija-vozila-skupna-avtobusna-linija",
         hostname="www.dnevnik.example.si", source_hostname="Dnevnik",
         tf_author="STA", tf_date="2025-05-13", tf_language="sl", categories="Slovenija;Novice",
         tf_tags="Nova Gorica;Gorica;avtobus",
         head_lines=["STA", "13. 5. 2025, 13.05"],
         tail_lines=["Deli novico", "Sorodne novice"]),
    # news-please shape: Enab Baladi (English edition), staff, "Enab Baladi – Aleppo" line opening the story, day-first stamp.
    rec(cluster="enabbaladi-aleppo-water-network", role="single", file=JSONL_B, render="newsplease",
        title="Aleppo council begins restoring water network in eastern neighbourhoods",
        date="2025-05-27", dateline="Enab Baladi \u2013 Aleppo\n", city="Aleppo", country="SY", region="asia", lang="en",
        url="https://english.enabbaladi.example.net/archives/2025/05/aleppo-council-begins-restoring-water-network-in-eastern-neighbourhoods/",
        source_domain="english.enabbaladi.example.net",
        description="The works cover al-Sakhour, Hanano and al-Sha'ar neighbourhoods.",
        np_authors=["Enab Baladi"], np_publish="2025-05-27 12:30:00", np_download="2025-05-27 16:05:48",
        head_lines=["27/05/2025"],
        tail_lines=["Related Articles", "Aleppo: Bread bundle price rises to 4,000 pounds"],
        paras=P("""
The Aleppo City Council has begun rehabilitating the drinking water network in several eastern neighbourhoods of the
city, where many homes have been without a regular water supply for years.

The works cover al-Sakhour, Hanano and al-Sha'ar neighbourhoods and include replacing about 18 kilometres of damaged
pipes, according to a statement published by the council on its Facebook page.

Large parts of eastern Aleppo were heavily damaged during the fighting between 2012 and 2016, and water, electricity
and sewage networks have been only partly repaired since.

Residents of al-Sakhour told Enab Baladi that water reaches their homes once or twice a week for a few hours, forcing
them to buy water from private tankers.

A tanker of five cubic metres costs about 75,000 Syrian pounds, a large sum for families whose monthly income rarely
exceeds 1.5 million pounds.

The council said the first phase of the project would be completed within three months and that it was funded by an
international humanitarian organisation, which it did not name.

Engineers working on the project said leaks in the old network wasted more than 40% of the water pumped from the
Euphrates.
"""),
        must_have=[
            "Large parts of eastern Aleppo were heavily damaged during the fighting between 2012 and 2016, and water, electricity and sewage networks have been only partly repaired since.",
            "A tanker of five cubic metres costs about 75,000 Syrian pounds, a large sum for families whose monthly income rarely exceeds 1.5 million pounds.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "forty-eighth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Le Droit's '26 mars 2025 à 21h40' is Eastern time "
    "(article:published_time -04:00), 01:40 UTC on 27 March, so 26 March; The Australian Financial Review's 'Mar 11, "
    "2025 \u2013 5.00am' is Sydney time (+11:00), 18:00 UTC on 10 March, so 11 March; the Kāpiti News crawler stamp "
    "2025-08-04T22:00Z is 10:00 on 5 August in New Zealand (the page's '5 Aug, 2025 10:00 AM'); Asianet Newsable's "
    "'First Published Jun 17, 2025, 11:47 PM IST' is still 17 June in UTC; the Lancashire Telegraph prints '21st January' "
    "without a year: the year is in the page's own article:published_time (2025-01-21); the Blue Mountains Gazette's "
    "'Updated May 20 2025 - 4:30pm, first published 11:15am' first appeared on 20 May (the update time is not the "
    "date); Le HuffPost's 'Mis à jour' stamp is not the publication (same day); Al Wasat's stamp 'الثلاثاء 04 مارس 2025' "
    "(Tuesday 4 March) is the publication, while the story's 'أمس الاثنين' (yesterday, Monday) is when the works began; "
    "Ialtchad's Joomla stamp 'mercredi, 15 janvier 2025 10:23' is the publication, its 'lundi' the launch; day-first "
    "numeric stamps: Le HuffPost '08/04/2025 13:05' (8 April), Delo '13. 5. 2025 | 12:41', Dnevnik '13. 5. 2025, 13.05', "
    "Jurnal.md '18.03.2025 14:32', BRF '25.02.2025 - 17:33', Hetq '20.11.2024 13:22', Altaveu '07/10/2025 13:45' (7 "
    "October), Enab Baladi '27/05/2025'; month-name stamps: Arabian Business 'Tue 18 Feb 2025 04:31 PM', Gulf Business "
    "'18 Feb 2025', iciLome '8 avril 2025', KNR '16. september 2025 kl. 10.05', Cooperativa 'martes 3 de junio de 2025 | "
    "09:12', LB.ua '15 квітня 2025, 14:32' (April), Dagblad Suriname '12 augustus 2025', the Goulburn Post's ACM form "
    "'September 10 2024 - 5:00pm' (no comma); the Reuters dateline 'Feb 18', the STA dateline '13. maja' (Slovene "
    "genitive of May), the ANI dateline 'June 17' and the NAN dateline 'Nov. 14, 2024' agree with their pages; the "
    "news-please date_publish values are the pages' local times",
    "dateline_city": "'MANAMA, Feb 18 (Reuters) - ' -> 'Manama' (both Reuters copies); 'Nova Gorica, 13. maja (STA) - ' "
    "-> 'Nova Gorica' (both STA copies); iciLome keeps AFP's 'Lomé (AFP) - ' -> 'Lomé', while Le HuffPost opens the "
    "same AFP story with its house rubric 'INTERNATIONAL - ' (a section word in capitals, not a place): that copy has no "
    "dateline city, so the two copies of one story carry different dateline_city labels, each true to its page; "
    "'HELENA, Mont. (AP) \u2014 ' -> 'Helena'; 'MONTRÉAL \u2014 ' -> 'Montreal' (English GeoNames name); 'Leh (Ladakh) "
    "[India], June 17 (ANI): ' -> 'Leh' (the bracketed territory and country are not the city); 'Jos, Nov. 14, 2024 (NAN) "
    "' -> 'Jos'; 'MOGADISHU (Goobjoog News) \u2013 ' -> 'Mogadishu' (the brackets hold the outlet's own name, not a "
    "wire); 'بنغازي - بوابة الوسط: ' -> 'Benghazi' (the city, then the outlet's own name, Al Wasat); Enab Baladi opens "
    "the story text with a line of its own, 'Enab Baladi \u2013 Aleppo' (the outlet's name, then the city): a dateline "
    "printed as the story's first line, -> 'Aleppo'; the other records have no dateline (the PA copy on the Lancashire "
    "Telegraph and the KNA copy on KBC print none) and take the country of the story's location (Ettalong Beach, Nyeri, "
    "N'Djamena, Nuuk, Bălți, Phuentsholing, Goulburn, Puerto Montt, Eupen, Lae, Vanadzor, England, Wanica/Indira "
    "Gandhiweg, Layou, Katoomba, Escaldes-Engordany, Lutsk, Paraparaumu Beach, Lomé for Le HuffPost)",
    "country": "The Australian Financial Review's story is about the port of Lae in Papua New Guinea (PG, oceania), "
    "although the paper and the operator are Australian; Nuuk is GL, which UN M49 puts in the Americas (Northern "
    "America), although KNR's text is Danish; the AFP story is about Togo (TG, africa) on both copies, one of them on "
    "a French site; the Reuters story is about Bahrain (BH, asia); the Lancashire Telegraph's PA story is about England "
    "(GB); Le Droit (Gatineau) runs a CP story datelined Montreal (CA); Eupen is BE, Escaldes-Engordany AD, Bălți MD, "
    "Phuentsholing BT, Layou VC",
    "agency": "Arabian Business and Gulf Business carry Reuters (the Reuters dateline and credits line; 'Reuters' / 'By "
    "Reuters' bylines); Le HuffPost ('Le HuffPost avec AFP') and iciLome (AFP dateline, 'Source : AFP') carry AFP; Delo "
    "and Dnevnik carry STA ('STA' bylines and the STA dateline); the Billings Gazette carries AP; Le Droit carries La "
    "Presse Canadienne, the French-language service of The Canadian Press, labelled 'CP' as in earlier sets; Asianet "
    "Newsable carries ANI (byline, dateline and the syndicated-feed notice); KBC carries KNA, the Kenya News Agency "
    "('Written By: KNA'); Blueprint carries NAN (run-on NAN dateline and '(NAN)(www.nannews.ng)' tail) under the site's "
    "own 'By Blueprint' byline; the Lancashire Telegraph carries PA ('PA Transport Correspondent'); all other records "
    "are staff copy (agency null): Goobjoog News and Al Wasat put their own names in the dateline and Enab Baladi its "
    "name in the opening line, which makes none of them a wire. The photo credits 'Getty Images', 'AP Photo/...', "
    "'Kodjo ATTISSO / AFP' and 'Agencia Uno' (a Chilean photo agency) are photo credits: Cooperativa's story stays "
    "staff copy",
    "authors": "the Reuters credits '(Reporting by Farah Qasem in Dubai; additional reporting by Omar Hilal in Manama; "
    "Editing by Kirsten Dahl)' give two authors, the reporter and the contributing reporter, on both copies; the Billings "
    "Gazette's 'By GWEN HOLLISTER Associated Press' -> 'Gwen Hollister' (natural case); Le Droit prints 'Stéphanie "
    "Ouellet' above 'La Presse Canadienne'; the Lancashire Telegraph prints 'By Harriet Crane' above 'PA Transport "
    "Correspondent' (a PA writer: agency PA, author Harriet Crane); 'Écrit par Abdoulaye Issa Hassane' -> the name; "
    "'By Emily Kearns', 'By Tom Ridley' -> the names; Coast Community News (both copies), KNR, Jurnal.md, The Bhutanese, "
    "BRF, Hetq, The Australian Financial Review and the Blue Mountains Gazette print the bare name; Altaveu's and "
    "LB.ua's writers come from the trafilatura author field and the name line (the Ukrainian name is kept in its own "
    "script); no authors where the byline is an agency, the outlet or a desk: 'Reuters', 'By Reuters', 'Le HuffPost "
    "avec AFP', 'STA', 'ANI', 'Written By: KNA', 'By Blueprint' (the site's own account), 'Fuente: Cooperativa.cl', "
    "'Redactie' (Dutch for the editorial desk), 'iWitness News' (the news-please author field), Enab Baladi, Al Wasat, "
    "Goobjoog News and iciLome; photographers (Reid Lansing, Kodjo Attisso, Nejc Rupnik, Julie Béland, Inuk Petersen, "
    "Jonas Mertes) are not authors, while the Hetq and Goulburn Post pictures are credited to the stories' own writers",
    "editors": "'Editing by Kirsten Dahl' (Reuters credits) on both Reuters copies; NAN's 'Edited by Chioma Eze-Okafor' "
    "line names the wire's editor (as in the earlier NAN record); no other record names an editor",
    "caption_credit": "credits without their wrapper: 'Image: Getty Images' -> 'Getty Images'; 'Photo: Central Coast "
    "Council' -> 'Central Coast Council' (both Coast Community News copies); '(AP Photo/Reid Lansing)' -> 'AP "
    "Photo/Reid Lansing' (AP's own credit form, kept whole); 'Foto: Inuk Petersen / KNR' -> 'Inuk Petersen / KNR'; "
    "'Picture by Emily Kearns' -> 'Emily Kearns'; Le HuffPost prints 'Kodjo ATTISSO / AFP' without a wrapper, kept as "
    "printed (AFP's upper-case surname); 'Foto: Nejc Rupnik/Delo' -> 'Nejc Rupnik/Delo'; '(Julie Béland/Le Droit)' -> "
    "'Julie Béland/Le Droit'; '(Foto: Agencia Uno)' -> 'Agencia Uno'; 'Bild: Jonas Mertes/BRF' -> 'Jonas Mertes/BRF' "
    "('Bild' = picture); The Australian Financial Review's bare 'Supplied' -> 'Supplied'; 'Photo: Gayane Martirosyan' "
    "-> 'Gayane Martirosyan'; the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section: Le HuffPost 'International', Delo "
    "'Slovenija', Le Droit 'Actualités', Cooperativa 'País' (its breadcrumbs go on to 'Regiones' and 'Los Lagos'), BRF "
    "'Regional', The Australian Financial Review 'Companies' (its kicker 'Shipping' is not the section), Hetq 'Society', "
    "the Lancashire Telegraph 'National', Blueprint 'News', iciLome 'Société'; trafilatura records take their first "
    "category ('Slovenija', 'Societat', 'Суспільство', 'ليبيا'); news-please, plain text and newsbeam text records have "
    "none (Arabian Business's 'Industries' / 'Transport' crumbs, Asianet Newsable's 'India' label, the Billings "
    "Gazette's 'State & Regional' and the Goulburn Post's 'Local News' are page labels, not Reuters 'Next In' lines)",
    "language": "'sl' Slovenian (Delo, Dnevnik); 'da' Danish (KNR's Danish edition; its 'Kalaallisut' menu link names "
    "the Greenlandic edition); 'ca' Catalan (Andorra); 'uk' Ukrainian; 'ar' Arabic; 'ro' Romanian as written in Moldova; "
    "'nl' Dutch as written in Suriname; 'de' German as written in East Belgium ('Schöffe', 'Lüttich'); 'fr' from France "
    "(Le HuffPost), Togo, Chad and Quebec; 'es' from Chile; Hetq's 'Հայերեն' and 'Русский' menu links and the "
    "Arabian Business menu are not the stories' languages",
    "chrome": "includes consent banners and their buttons, a skip link, login, subscription, newsletter and live-radio "
    "links, share bars (Jetpack 'Click to share on ... (Opens in new window)' strings among them), advertisement labels, "
    "'Read more:'/'Lire aussi :'/'Preberite še:'/'READ MORE:'/'Læs også:'/'Vezi și:'/'Читайте також:' lines, a "
    "'À voir également' video line, tag and topic lists, most-read and related rails, a syndicated-feed notice, the "
    "Reuters credits line, AP and publisher copyright lines, NAN's tail and editor line, an 'Audio anhören' link, a "
    "licensing link, author bio and reporter lines, a reading time, a Joomla hit counter, a comment form and a "
    "closed-comments line, reuse and social-media notices, ACM reader-pitch lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and AFP in the plain batch, STA in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"arabian business", "gulf business", "by reuters", "reuters", "kirsten dahl", "le huffpost", "huffpost",
                "le huffpost avec afp", "icilome", "afp", "source : afp", "delo", "dnevnik", "sta",
                "coast community news", "central coast council", "central coast newspapers", "billings gazette",
                "associated press", "ap", "le droit", "la presse canadienne", "the canadian press", "cp",
                "asianet newsable", "ani", "kbc", "kenya broadcasting corporation", "kna",
                "written by: kna", "kenya news agency", "ialtchad presse", "ialtchad", "knr", "jurnal.md",
                "the bhutanese", "goobjoog news", "goobjoog", "goulburn post", "cooperativa.cl", "cooperativa",
                "fuente: cooperativa.cl", "agencia uno", "brf", "brf nachrichten", "the australian financial review",
                "afr", "supplied", "hetq", "lancashire telegraph", "pa", "pa news agency", "pa transport correspondent",
                "blueprint", "by blueprint", "nan", "news agency of nigeria", "chioma eze-okafor", "dagblad suriname",
                "redactie", "iwitness news", "blue mountains gazette", "altaveu", "lb.ua", "بوابة الوسط", "al wasat",
                "kāpiti news", "kapiti news", "enab baladi", "getty images"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
