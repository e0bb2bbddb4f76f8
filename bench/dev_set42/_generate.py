#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's forty-second development set (bench/dev_set42/, first written as the thirty-ninth held-out set).

    .venv/bin/python bench/dev_set42/_generate.py

Writes ``bench/dev_set42/articles/*`` and ``bench/dev_set42/labels.json`` (next to this
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
bench/dev_set41/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout39_2025-a.jsonl"
JSONL_B = "crawl_holdout39_2025-b.jsonl.gz"


# ---- cluster: AFP, Moldova (franceinfo page + copy on Europe 1 in the plain batch) ----

MOLDOVA = dict(
    cluster="afp-moldavie-ligne-balti-suceava",
    title="Moldavie : une nouvelle ligne électrique vers la Roumanie pour réduire la dépendance énergétique",
    date="2025-05-12",
    dateline="",
    city=None,
    country="MD",
    region="europe",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="La ligne à haute tension relie Bălți, dans le nord du pays, à Suceava, en Roumanie.",
    paras=P("""
La Moldavie a inauguré lundi une nouvelle ligne à haute tension la reliant à la Roumanie, présentée par le
gouvernement comme une étape clé pour sécuriser l'approvisionnement en électricité du pays.

Longue d'environ 160 kilomètres, la ligne de 400 kilovolts relie la ville de Bălți, dans le nord du pays, à
Suceava, de l'autre côté de la frontière.

Le projet a coûté près de 120 millions d'euros, financés en grande partie par des prêts et des dons européens.

Jusqu'ici, une grande partie de l'électricité consommée en Moldavie transitait par la région séparatiste de
Transnistrie, où se trouve la principale centrale thermique du pays.

"Aucune région du pays ne dépendra plus d'un seul point d'entrée", a déclaré à l'AFP Andrei Ciobanu, un
responsable du ministère de l'Energie.

Selon l'opérateur national Moldelectrica, la nouvelle ligne permettra d'importer jusqu'à 600 mégawatts.

La Moldavie, pays de 2,4 millions d'habitants situé entre la Roumanie et l'Ukraine, a connu plusieurs crises
énergétiques depuis 2022.

Les prix de l'électricité y ont plus que doublé en trois ans, pesant lourdement sur le budget des ménages.

Les autorités prévoient d'achever d'ici 2027 une troisième interconnexion, plus au sud.

Candidate à l'adhésion à l'Union européenne, la Moldavie a rejoint en 2022 le réseau électrique européen, en
même temps que l'Ukraine.
"""),
    must_have=[
        "Le projet a coûté près de 120 millions d'euros, financés en grande partie par des prêts et des dons européens.",
        "Les autorités prévoient d'achever d'ici 2027 une troisième interconnexion, plus au sud.",
    ],
)

# ---- cluster: AP, San Juan (Orlando Sentinel scrape + copy on Federal News Network in the plain batch) ----

SANJUAN = dict(
    cluster="ap-san-juan-solar-microgrids",
    title="Puerto Rico tests solar microgrids for mountain towns hit hardest by outages",
    date="2025-06-18",
    dateline="SAN JUAN, Puerto Rico (AP) \u2014 ",
    city="San Juan",
    country="PR",
    region="americas",
    agency="AP",
    authors=["María Elena Quiñones", "Derek Holloway"],
    editors=[],
    lang="en",
    description="Five mountain towns will get solar microgrids to keep clinics, water pumps and schools running.",
    paras=P("""
Five mountain towns in Puerto Rico will receive solar-powered microgrids this year under a pilot program meant
to keep clinics, water pumps and schools running when the island's power grid fails, officials announced
Wednesday.

The $64 million program is funded mostly by federal recovery money allocated after Hurricane Maria, which
destroyed much of the grid in 2017.

Towns in the central mountains, including Adjuntas, Jayuya and Utuado, have often been the last to get power
back after storms and island-wide blackouts.

"When the lights go out here, people on oxygen machines have to drive down the mountain," said Carmen Rosado, a
community organizer in Jayuya.

Each microgrid will combine rooftop solar panels with batteries large enough to power critical buildings for at
least three days.

The island's energy office said the first two systems should be running before the peak of the hurricane season
in September.

Critics say the program is too small and that the government should focus on repairing transmission lines.

Local cooperatives will own and maintain the microgrids, officials said.

About 1.4 million customers depend on the island's aging grid, which still relies heavily on imported fuel oil
and natural gas.
"""),
    must_have=[
        "Each microgrid will combine rooftop solar panels with batteries large enough to power critical buildings for at least three days.",
        "Critics say the program is too small and that the government should focus on repairing transmission lines.",
    ],
)
SANJUAN_CONTRIB = "Associated Press writer Derek Holloway in Miami contributed to this report."
AP_RIGHTS = ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed without permission.")

# ---- cluster: ČTK, Ostrava (iROZHLAS page + copy on Aktuálně.cz in the gzipped batch) ----

OSTRAVA = dict(
    cluster="ctk-ostrava-tramvaj-poruba",
    title="Nová tramvajová trať v Ostravě začne vozit cestující v září",
    date="2025-04-23",
    dateline="Ostrava - ",
    city="Ostrava",
    country="CZ",
    region="europe",
    agency="ČTK",
    authors=[],
    editors=[],
    lang="cs",
    description="Trať mezi Zábřehem a Porubou je hotová přibližně ze dvou třetin.",
    paras=P("""
Nová tramvajová trať mezi ostravskými obvody Zábřeh a Poruba by měla začít sloužit cestujícím v září.

Novinářům to dnes řekl náměstek primátora Tomáš Kubíček.

Stavba za zhruba 1,9 miliardy korun je hotová přibližně ze dvou třetin.

Trať dlouhá 3,6 kilometru propojí dvě velká sídliště a zkrátí cestu mezi nimi asi o deset minut.

Původně měla být dokončena už letos v červnu, zdržení podle města způsobily přeložky inženýrských sítí a
archeologický průzkum.

Dopravní podnik Ostrava na trať nasadí nové nízkopodlažní tramvaje.

Většinu nákladů pokryje dotace z evropských fondů, zbytek zaplatí město ze svého rozpočtu.

"Lidé z Poruby se konečně dostanou do Zábřehu bez přestupu v centru města," řekl Kubíček.

Během stavby jsou omezeny některé autobusové linky a objížďky potrvají nejméně do konce srpna.

Podél trati vzniknou také nové zastávky, cyklostezka a chodníky, město vysadí přes 200 stromů.

Obyvatelé okolních domů si v minulých měsících stěžovali na hluk a prach ze stavby.

Ostrava patří k českým městům s nejhustší tramvajovou sítí a v příštích letech plánuje další nové tratě.
"""),
    must_have=[
        "Stavba za zhruba 1,9 miliardy korun je hotová přibližně ze dvou třetin.",
        "Dopravní podnik Ostrava na trať nasadí nové nízkopodlažní tramvaje.",
    ],
)

# ---- cluster: Cayman News Service, page + noisy re-scrape ----

CAYMAN = dict(
    cluster="cns-grand-cayman-late-buses",
    title="Public buses to run until midnight on busiest routes from July",
    date="2025-06-03",
    dateline="(CNS): ",
    city=None,
    country="KY",
    region="americas",
    agency=None,
    authors=[],
    editors=[],
    lang="en",
    paras=P("""
Public buses on the busiest routes in Grand Cayman will run until midnight from 1 July, the transport ministry
has announced.

At present most routes stop running at about 11pm, leaving many hospitality workers without a way home after
late shifts.

The change will apply to the West Bay and Bodden Town routes, which carry the largest number of passengers.

The ministry said around 20 additional drivers would be hired to cover the extra hours.

Bus operators, most of whom own their own vehicles, will receive a higher subsidy for each late trip.

Officials said a survey last year found that 55% of bus users worked in restaurants, hotels or shops.

"Hotel and restaurant staff have been asking for this for a long time," a ministry spokesperson said.

Fares will remain at CI$2.50 for a single journey.

The ministry is also planning new bus shelters along West Bay Road and an app showing the location of buses in
real time.

Traffic congestion on the roads leading into George Town has become a major concern as the population has grown.

Opposition members welcomed the change but said the service still did not reach many residential areas in the
eastern districts.
"""),
    must_have=[
        "The ministry said around 20 additional drivers would be hired to cover the extra hours.",
        "Fares will remain at CI$2.50 for a single journey.",
    ],
)
CNS_PRE = ["Cayman News Service", "Home", "News", "Local News", "Politics", "Business", "Crime", "Science & Nature", "Opinion"]
CNS_HEAD = ["Category: Local News, Politics, Transport", "| 03/06/2025 | 14 Comments"]
CNS_COPY = "\u00a9 2025 Cayman News Service"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Cayman News Service (original of the re-scrape cluster): "(CNS): " opening, category and comment-count lines.
    dict(CAYMAN, role="original", file="caymannewsservice_late_buses.txt", render="text",
         pre=[CNS_PRE], head=[CNS_HEAD],
         inserts={4: ["Related: Traffic plan for George Town to go out for consultation"]},
         tail=[["Please read the CNS Comments Policy before posting"], ["Subscribe to CNS Daily"], [CNS_COPY]]),
    dict(CAYMAN, role="rescrape", file="caymannewsservice_late_buses_rescrape.txt.gz", render="text", noise=True,
         pre=[CNS_PRE], head=[CNS_HEAD], tail=[[CNS_COPY]]),
    # Orlando Sentinel (original of the AP cluster): MediaNews-style PUBLISHED / Originally Published stamps.
    dict(SANJUAN, role="original", file="orlandosentinel_ap_puerto_rico_microgrids.txt", render="text",
         pre=[["Orlando Sentinel", "News", "Sports", "Business", "Opinion", "Entertainment", "Things To Do", "Obituaries", "e-Edition"],
              ["Subscribe", "Log In"]],
         head=[["By MARÍA ELENA QUIÑONES | The Associated Press"], ["PUBLISHED: June 18, 2025 at 3:12 PM EDT"]],
         inserts={4: ["Sign up for email newsletters"]},
         tail=[[SANJUAN_CONTRIB], ["Originally Published: June 18, 2025 at 3:12 PM EDT"],
               ["Newsroom Guidelines", "News Tips", "Contact Us", "Report an Error"]]),
    # DNOTICIAS.PT (Madeira): Lusa copy from São Tomé, Lusa initials line.
    rec(cluster="dnoticias-lusa-sao-tome-central-solar", role="single",
        file="dnoticias_lusa_sao_tome_central_solar_pt.txt", render="text",
        title="São Tomé e Príncipe inaugura central solar que vai abastecer um quinto do país",
        date="2025-04-15", dateline="São Tomé, 15 abr 2025 (Lusa) - ", city="São Tomé", country="ST",
        region="africa", lang="pt", agency="Lusa",
        pre=[["DNOTICIAS.PT", "Madeira", "País", "Mundo", "Desporto", "Economia", "Opinião", "Multimédia"], ["Assinar", "Entrar"]],
        head=[["Lusa"], ["15 Abril 2025 - 13:47"]],
        inserts={3: ["Publicidade"]},
        tail=[["MSF // VM"], ["Partilhar", "Facebook", "X", "WhatsApp"],
              ["Para comentar é necessário ter sessão iniciada."]],
        paras=P("""
O Governo são-tomense inaugurou hoje uma central solar com capacidade para produzir cerca de um quinto da
eletricidade consumida no arquipélago, anunciou o Ministério das Infraestruturas.

A central, instalada no distrito de Lobata, no norte da ilha de São Tomé, tem uma potência de 6 megawatts.

O projeto custou cerca de 14 milhões de dólares e foi financiado por parceiros internacionais.

São Tomé e Príncipe depende quase totalmente de geradores a gasóleo para produzir eletricidade, o que provoca
cortes frequentes de energia.

Os cortes agravaram-se nos últimos anos devido às dificuldades na importação de combustível.

"Esta central vai permitir poupar combustível e reduzir os cortes", disse à Lusa o diretor da empresa pública de
água e eletricidade, Edmilson Carvalho.

Está prevista a construção de uma segunda central solar na ilha do Príncipe até ao final do próximo ano.

O arquipélago, com cerca de 220 mil habitantes, é um dos países mais pequenos de África.

As autoridades esperam que a energia solar reduza também a fatura pública com a compra de combustível, que pesa
no orçamento do Estado.
"""),
        must_have=[
            "A central, instalada no distrito de Lobata, no norte da ilha de São Tomé, tem uma potência de 6 megawatts.",
            "Está prevista a construção de uma segunda central solar na ilha do Príncipe até ao final do próximo ano.",
        ]),
    # Kristeligt Dagblad: Ritzau copy, "/ritzau/" sign-off, no dateline.
    rec(cluster="kd-ritzau-hou-faergeleje-samsoe", role="single",
        file="kristeligtdagblad_ritzau_hou_faergeleje_da.txt", render="text",
        title="Nyt færgeleje i Hou skal give kortere ventetid til Samsø",
        date="2025-10-07", country="DK", region="europe", lang="da", agency="Ritzau",
        pre=[["Kristeligt Dagblad", "Nyheder", "Tro", "Liv & sjæl", "Kultur", "Debat", "Danmark", "Udland"],
             ["Log ind", "Køb abonnement"]],
        head=[["Ritzau"], ["7. oktober 2025, kl. 11:32"]],
        inserts={3: ["Læs også: Færgetaksterne til småøerne falder igen"]},
        tail=[["/ritzau/"], ["Del artikel", "Facebook", "LinkedIn", "E-mail"]],
        paras=P("""
Passagerer til og fra Samsø kan se frem til kortere ventetid, når et nyt færgeleje i Hou står klar i efteråret
2026.

Det oplyser Odder Kommune i en pressemeddelelse tirsdag.

Det nye færgeleje skal gøre det muligt at sejle med to færger på ruten i sommermånederne.

I dag må mange bilister vente på næste afgang i højsæsonen, fordi færgen er fuldt booket.

Projektet koster omkring 85 millioner kroner og finansieres af kommunen og staten i fællesskab.

- Vi har længe ønsket en løsning, der kan tage presset af ruten om sommeren, siger borgmester Lene Vestergaard
til Ritzau.

Samsø har omkring 3700 indbyggere, men antallet af mennesker på øen mangedobles om sommeren.

Arbejdet med at uddybe havnebassinet begynder i januar.

Samtidig bygges en ny venteplads til biler, så køen ikke længere når ud på landevejen gennem byen.

Færgen sejler mellem Hou og Sælvig flere gange dagligt og er øens vigtigste forbindelse til fastlandet.

Erhvervslivet på Samsø har i flere år efterlyst bedre kapacitet, især i forbindelse med festivaler og
høstsæsonen.
"""),
        must_have=[
            "Det nye færgeleje skal gøre det muligt at sejle med to færger på ruten i sommermånederne.",
            "Arbejdet med at uddybe havnebassinet begynder i januar.",
        ]),
    # Ziua de Constanța: Agerpres copy, "/Agerpres/" dateline, AGERPRES author/editor sign-off.
    rec(cluster="ziuaconstanta-agerpres-terminal-cereale", role="single",
        file="ziuadeconstanta_agerpres_terminal_cereale_ro.txt", render="text",
        title="Portul Constanța va avea un nou terminal pentru cereale",
        date="2025-07-22", dateline="Constanța, 22 iul /Agerpres/ - ", city="Constanța", country="RO",
        region="europe", lang="ro", agency="Agerpres",
        authors=["Raluca Ionescu"], editors=["Andrei Pârvu", "Simona Marin"],
        pre=[["Ziua de Constanța", "Actualitate", "Administrație", "Economie", "Social", "Eveniment", "Sport", "Cultură"]],
        head=[["Data publicării: 22.07.2025 14:10"]],
        inserts={4: ["Citește și: Trafic restricționat pe DN39 pentru lucrări de asfaltare"]},
        tail=[["AGERPRES/(A - autor: Raluca Ionescu, editor: Andrei Pârvu, editor online: Simona Marin)"],
              ["Urmărește Ziua de Constanța pe Google News"], ["Abonează-te la canalul nostru de WhatsApp"]],
        paras=P("""
Compania Națională Administrația Porturilor Maritime Constanța a semnat marți contractul pentru construcția unui
nou terminal de cereale, care va mări capacitatea de încărcare a portului cu aproximativ 4 milioane de tone pe
an.

Terminalul va fi amplasat în zona de sud a portului și va avea silozuri cu o capacitate totală de 200.000 de
tone.

Valoarea investiției se ridică la circa 420 de milioane de lei, potrivit administrației portuare.

Lucrările ar urma să fie finalizate în 2028.

Portul Constanța a devenit în ultimii ani una dintre principalele rute de export pentru cerealele din Ucraina și
Republica Moldova.

În perioadele de vârf, zeci de camioane și garnituri de tren așteaptă zile întregi pentru a descărca marfa.

Directorul general al companiei, Cristian Dobre, a declarat că noul terminal va reduce semnificativ timpii de
așteptare.

Proiectul este finanțat în parte din fonduri europene.

Administrația portuară pregătește și modernizarea căii ferate care deservește terminalele de cereale din zona de
sud.
"""),
        must_have=[
            "Lucrările ar urma să fie finalizate în 2028.",
            "Proiectul este finanțat în parte din fonduri europene.",
        ]),
    # GBC News (Gibraltar): staff, no byline, ordinal date.
    rec(cluster="gbc-catalan-bay-sea-defences", role="single",
        file="gbc_catalan_bay_sea_defences.txt", render="text",
        title="Work to begin on Catalan Bay sea defences after winter storm damage",
        date="2025-02-26", country="GI", region="europe", lang="en",
        pre=[["GBC", "Home", "News", "Sport", "TV", "Radio", "Schedule", "Watch Live"]],
        head=[["26th February 2025"]],
        tail=[["Share this:", "Facebook", "X", "WhatsApp", "Email"], ["Related"],
              ["\u00a9 2025 Gibraltar Broadcasting Corporation. All rights reserved."]],
        paras=P("""
Work to strengthen the sea defences at Catalan Bay will begin next month, following damage caused by storms over
the winter.

The project will see large rock armour placed along the northern end of the beach, where waves damaged the sea
wall in January.

The Ministry for Infrastructure says the works will cost around £1.8 million and take about five months.

Access to part of the beach will be restricted while machinery is on site, but the village will remain open to
residents and visitors.

Residents had raised concerns about flooding of the road during easterly storms, when waves have crossed the
wall.

The Minister said engineers had studied wave data from recent years before choosing the design.

Heavy vehicles will reach the site via Sir Herbert Miles Road, and deliveries will be scheduled outside peak
hours.

The Government says the works should be completed before the start of the summer bathing season.

A separate project to replace the pedestrian railings along the promenade is expected to follow later in the
year.
"""),
        must_have=[
            "The project will see large rock armour placed along the northern end of the beach, where waves damaged the sea wall in January.",
            "Heavy vehicles will reach the site via Sir Herbert Miles Road, and deliveries will be scheduled outside peak hours.",
        ]),
    # Bondia (Andorra): staff, Catalan, "Redacció" byline.
    rec(cluster="bondia-encamp-aparcament", role="single",
        file="bondia_encamp_aparcament_ca.txt", render="text",
        title="El Govern adjudica la construcció del nou aparcament d'Encamp",
        date="2025-11-19", country="AD", region="europe", lang="ca",
        pre=[["Bondia", "Actualitat", "Andorra", "Economia", "Societat", "Esports", "Cultura", "Opinió"]],
        head=[["Redacció"], ["19.11.2025"]],
        tail=[["Comparteix", "Facebook", "X", "WhatsApp", "Email"], ["Més notícies"], ["\u00a9 Bondia Andorra 2025"]],
        paras=P("""
El Govern ha adjudicat la construcció d'un nou aparcament públic a Encamp, que tindrà capacitat per a unes 300
places i s'ubicarà al costat de l'estació del Funicamp.

Les obres tenen un pressupost de 7,2 milions d'euros i un termini d'execució de dinou mesos.

El ministre d'Ordenament Territorial ha explicat en la roda de premsa posterior al Consell de Ministres que
l'objectiu és reduir el trànsit al centre de la parròquia durant la temporada d'esquí.

L'aparcament tindrà cinc plantes, dues de les quals seran soterrades.

Una part de les places es reservarà per a residents amb abonament mensual.

També s'hi instal·laran una vintena de punts de recàrrega per a vehicles elèctrics.

Els comerciants de l'avinguda principal reclamaven des de fa anys més places d'estacionament a la zona.

Els treballs començaran al gener i es preveu que l'aparcament entri en funcionament abans de la temporada
d'hivern del 2027.

El Comú d'Encamp participarà en el finançament de les obres amb una aportació de dos milions d'euros.
"""),
        must_have=[
            "L'aparcament tindrà cinc plantes, dues de les quals seran soterrades.",
            "També s'hi instal·laran una vintena de punts de recàrrega per a vehicles elèctrics.",
        ]),
    # Eswatini Observer: staff, "SITEKI – " dateline, upper-case "BY" byline, WordPress "Like this:" lines.
    rec(cluster="eswatiniobserver-siteki-market-stalls", role="single",
        file="eswatiniobserver_siteki_market_stalls.txt", render="text",
        title="Siteki market traders move into new stalls",
        date="2025-08-14", dateline="SITEKI \u2013 ", city="Siteki", country="SZ", region="africa", lang="en",
        authors=["Nomcebo Shabangu"],
        pre=[["Eswatini Observer", "Home", "News", "Business", "Sport", "Entertainment", "Opinion", "Epaper"]],
        head=[["BY NOMCEBO SHABANGU"], ["August 14, 2025"]],
        inserts={5: ["ADVERTISEMENT"]},
        tail=[["Share this:", "Facebook", "X", "WhatsApp"], ["Like this:", "Like Loading..."], ["Related"]],
        paras=P("""
More than 150 vendors at the Siteki market have moved into new stalls after the town board completed a
long-awaited upgrade of the trading area.

The new market has roofed stalls, running water, flushing toilets and a storage room where traders can lock away
their goods overnight.

Town Board Chief Executive Officer Bongani Mamba said the project cost about E8 million.

Traders previously sold their goods under plastic sheets along the main road, exposed to rain and dust.

Vendor Thembi Nxumalo, who sells vegetables and traditional medicine, said business had already improved.

"Customers now come to us because the place is clean," she said.

Each trader will pay a monthly fee of E150, which the town board says will cover cleaning and security.

Some vendors complained that there were not enough stalls for everyone who had been trading in the old market.

The town board said a second phase with another 60 stalls would be built next year.

Siteki is the administrative centre of the Lubombo region.
"""),
        must_have=[
            "The new market has roofed stalls, running water, flushing toilets and a storage room where traders can lock away their goods overnight.",
            "Each trader will pay a monthly fee of E150, which the town board says will cover cleaning and security.",
        ]),
    # Bhutan Broadcasting Service: staff.
    rec(cluster="bbs-gelephu-bus-terminal", role="single",
        file="bbs_gelephu_bus_terminal.txt", render="text",
        title="Gelephu gets new bus terminal as travellers to the south increase",
        date="2025-03-04", country="BT", region="asia", lang="en", authors=["Kinga Wangmo"],
        pre=[["BBS", "Home", "News", "Business", "Sports", "Features", "Dzongkha", "Live TV"]],
        head=[["Kinga Wangmo"], ["Mar 4, 2025"]],
        tail=[["Share this:", "Facebook", "X"], ["You may also like"],
              ["Copyright \u00a9 2025 Bhutan Broadcasting Service Corporation Limited"]],
        paras=P("""
A new bus terminal in Gelephu has opened to serve the growing number of passengers travelling between the
southern town and other parts of the country.

The terminal can accommodate up to 30 buses at a time and has waiting halls, ticket counters, restrooms and a
cafeteria.

It was built at a cost of about Nu 95 million by the Gelephu Thromde.

Previously, passengers had to wait along the roadside, with little shelter from the rain during the monsoon.

A bus operator said the new terminal would make it easier to manage departures during busy periods such as the
winter holidays.

The number of passengers travelling to Gelephu has increased as work on the Gelephu Mindfulness City progresses.

Officials said taxis would also be given designated parking spaces near the terminal.

The old bus stand will be converted into a parking area for the town's vegetable market.

Bus services connect Gelephu with Thimphu, Trongsa, Sarpang and other districts.
"""),
        must_have=[
            "It was built at a cost of about Nu 95 million by the Gelephu Thromde.",
            "Officials said taxis would also be given designated parking spaces near the terminal.",
        ]),
    # Torres News (Thursday Island): staff.
    rec(cluster="torresnews-thursday-island-jetty", role="single",
        file="torresnews_thursday_island_jetty.txt", render="text",
        title="Thursday Island's main jetty to be rebuilt",
        date="2025-09-23", country="AU", region="oceania", lang="en", authors=["Laura Ahmat"],
        pre=[["Torres News", "News", "Community", "Sport", "Culture", "Classifieds", "Public Notices"]],
        head=[["By Laura Ahmat"], ["23 September 2025"]],
        tail=[["Share this article"], ["Other News"], ["Copyright \u00a9 2025 Torres News"]],
        paras=P("""
The main passenger jetty on Thursday Island will be rebuilt next year after an engineering report found parts of
the structure were no longer safe.

The Torres Shire Council said the $12 million project would be funded by the Queensland and federal
governments.

The jetty is used every day by ferries travelling to Horn Island, where the region's main airport is located.

Passengers will use a temporary pontoon while the work is carried out.

A council spokesperson said the jetty was one of the busiest pieces of public infrastructure in the Torres
Strait.

Fishing boats and dinghies from outer island communities also tie up at the jetty when residents travel to
Thursday Island for shopping and medical appointments.

The new structure will be higher and wider, with shelter for passengers and better lighting.

Engineers have designed it to cope with stronger storms and rising sea levels.

Construction is expected to begin after the wet season and take about ten months.
"""),
        must_have=[
            "Passengers will use a temporary pontoon while the work is carried out.",
            "Engineers have designed it to cope with stronger storms and rising sea levels.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_FRANCEINFO = site("franceinfo", "https://www.francetvinfo.example.fr", " | franceinfo", "fr_FR", "@franceinfo",
                       ["Politique", "Monde", "Société", "Faits-divers", "Sport", "Culture", "Économie", "Environnement", "Santé", "Direct TV"],
                       ["Mentions légales", "Gestion des cookies", "Accessibilité : partiellement conforme", "\u00a9 France Télévisions 2025"],
                       share=["Partager", "Facebook", "X", "Bluesky", "Copier le lien"],
                       cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
                       buttons=["Accepter", "Refuser", "Paramétrer les cookies"])
SITE_IROZHLAS = site("iROZHLAS", "https://www.irozhlas.example.cz", " | iROZHLAS - spolehlivé zprávy", "cs_CZ", "@iROZHLAScz",
                     ["Domov", "Svět", "Ekonomika", "Věda", "Kultura", "Sport", "Komentáře", "Podcasty"],
                     ["\u00a9 Český rozhlas 2025", "Kontakty", "Zásady ochrany osobních údajů", "Nastavení cookies"],
                     share=["Sdílet na Facebooku", "Sdílet na X", "Sdílet na LinkedIn", "Tisknout", "Kopírovat url adresu"],
                     cookie="Používáme soubory cookies k měření návštěvnosti a ke zlepšení našich služeb. Souhlasíte s jejich použitím?",
                     buttons=["Souhlasím", "Nastavení"])
SITE_GCAPTAIN = site("gCaptain", "https://gcaptain.example.com", " - gCaptain", "en_US", "@gCaptain",
                     ["News", "Maritime News", "Shipping", "Offshore", "Ports", "Navy", "Podcast", "Jobs"],
                     ["\u00a9 2025 gCaptain", "About", "Advertise", "Privacy Policy"],
                     share=["Share", "Facebook", "X", "LinkedIn", "Email"], top=["Subscribe", "Sign In"])
SITE_TALCUAL = site("TalCual", "https://talcualdigital.example.com", " - TalCual", "es_VE", "@DiarioTalCual",
                    ["Nacional", "Política", "Economía", "Internacional", "Cultura", "Deportes", "Opinión"],
                    ["\u00a9 2025 TalCual. Todos los derechos reservados.", "Quiénes somos", "Contacto"],
                    share=["Compartir", "Facebook", "X", "WhatsApp", "Telegram"])
SITE_LIBERTAS = site("Libertas", "https://www.libertas.example.sm", " - Libertas", "it_IT", "@libertas_sm",
                     ["Politica", "Attualità", "Economia", "Cronaca", "Cultura", "Sport", "Lettere", "Rubriche"],
                     ["\u00a9 2025 Libertas", "Chi siamo", "Contatti", "Privacy policy"],
                     share=["Condividi", "Facebook", "X", "WhatsApp", "Telegram"])
SITE_GE = site("GrenzEcho", "https://www.grenzecho.example.net", " | GrenzEcho", "de_BE", "@GrenzEcho",
               ["Eupen", "Kelmis", "Nordeifel", "St.Vith", "Ostbelgien", "Belgien", "Welt", "Sport", "Kultur"],
               ["\u00a9 GrenzEcho 2025", "Impressum", "Datenschutz", "Kontakt"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Abo", "Anmelden", "E-Paper"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten und Werbung zu personalisieren.",
               buttons=["Alle akzeptieren", "Ablehnen", "Einstellungen"])
SITE_DWT = site("De Ware Tijd", "https://www.dwtonline.example.com", " - De Ware Tijd", "nl_SR", "@dwtonline",
                ["Nieuws", "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur", "Opinie", "Ingezonden"],
                ["\u00a9 2025 De Ware Tijd", "Adverteren", "Contact", "Privacybeleid"],
                share=["Delen", "Facebook", "WhatsApp", "X"], top=["Abonneren", "Inloggen"])
SITE_TSA = site("TSA Algérie", "https://www.tsa-algerie.example.com", " - TSA Algérie", "fr_DZ", "@TSAlgerie",
                ["Actualité", "Économie", "Algérie", "International", "Sport", "Culture", "Auto", "Immobilier"],
                ["\u00a9 2025 TSA Algérie", "Qui sommes-nous", "Contact", "Publicité"],
                share=["Partager", "Facebook", "X", "LinkedIn", "WhatsApp"], graph=True)
SITE_MDT = site("Macau Daily Times", "https://macaudailytimes.example.com.mo", " - Macau Daily Times", "en_US", "@macaudailytimes",
                ["Macau", "Greater China", "Asia Pacific", "World", "Business", "Gaming", "Opinion", "Sports"],
                ["\u00a9 2025 Macau Daily Times", "About Us", "Advertise", "Contacts"],
                share=["Share", "Facebook", "X", "WhatsApp", "Email"])

HTML_STORIES = [
    # franceinfo (original of the AFP cluster): "Article rédigé par ... avec AFP", reading time, AFP photo credit in brackets.
    dict(MOLDOVA, role="original", file="franceinfo_afp_moldavie_ligne_electrique_fr.html", render="html",
         site=SITE_FRANCEINFO, section="Monde", meta_section="Monde",
         url="https://www.francetvinfo.example.fr/monde/europe/moldavie/moldavie-une-nouvelle-ligne-electrique-vers-la-roumanie_7212345.html",
         published="2025-05-12T14:05:00+02:00", modified="2025-05-12T16:20:00+02:00",
         ld_author=[{"@type": "Organization", "name": "franceinfo avec AFP"}],
         breadcrumbs=["Monde", "Europe", "Moldavie"],
         dek="Le gouvernement moldave présente la ligne comme une étape clé pour sécuriser l'approvisionnement du pays.",
         byline_lines=["Article rédigé par", "franceinfo avec AFP", "France Télévisions"],
         date_lines=["Publié le 12/05/2025 14:05", "Mis à jour le 12/05/2025 16:20"],
         above_body=[("reading-time", "Temps de lecture : 2min")],
         caption="Un pylône électrique près de Bălți, dans le nord de la Moldavie, le 14 mars 2025.",
         credit="IGOR CEBAN / AFP", credit_shown="(IGOR CEBAN / AFP)",
         inserts={3: [("link", "Lire aussi", "Moldavie : les factures d'électricité des ménages ont doublé en trois ans")],
                  6: [("ad", "Publicité")]},
         comments=["Commentaires", "Connectez-vous à votre compte franceinfo pour participer à la conversation."]),
    # iROZHLAS (original of the ČTK cluster): place + time + date line, "Foto: NAME | Zdroj: ČTK" credit, error-report link.
    dict(OSTRAVA, role="original", file="irozhlas_ctk_ostrava_tramvaj_poruba_cs.html", render="html", site=SITE_IROZHLAS,
         section="Domov", meta_section="Domov",
         url="https://www.irozhlas.example.cz/zpravy-domov/ostrava-tramvajova-trat-poruba-zabreh-zari_2504231142_ctk",
         published="2025-04-23T11:42:00+02:00",
         ld_author=[{"@type": "Organization", "name": "ČTK"}],
         byline_lines=["ČTK"], date_lines=["Ostrava 11:42 23. dubna 2025"],
         caption="Stavba tramvajové trati v Ostravě-Porubě", credit="Petra Kalinová",
         credit_shown="| Foto: Petra Kalinová | Zdroj: ČTK",
         inserts={4: [("ad", "Reklama")]},
         below_body=[("report", "Nahlásit chybu v článku")],
         tags=("Témata:", ["Ostrava", "tramvaje", "doprava"]),
         lists=[("Nejčtenější", ["Řidiči v Brně zaplatí za parkování v centru víc", "Na Šumavě začala sezona cyklobusů"])]),
    # gCaptain: Reuters copy, Reuters credits with "Additional reporting by", newsletter promo.
    rec(cluster="gcaptain-reuters-djibouti-doraleh", role="single",
        file="gcaptain_reuters_djibouti_doraleh_expansion.html", render="html", site=SITE_GCAPTAIN,
        title="Djibouti signs deal to expand Doraleh container terminal as Red Sea traffic picks up", date="2025-09-09",
        dateline="DJIBOUTI, Sept 9 (Reuters) - ", city="Djibouti", country="DJ", region="africa", lang="en",
        agency="Reuters", authors=["Abdourahman Warsame", "Helen Mbugua"], editors=["Graham Ashcroft"],
        section="Ports", meta_section="Ports",
        url="https://gcaptain.example.com/djibouti-signs-deal-to-expand-doraleh-container-terminal/",
        description="The expansion will add two berths and raise annual capacity to about 2 million containers.",
        published="2025-09-09T09:18:00-04:00",
        ld_author=[{"@type": "Organization", "name": "Reuters"}],
        byline_lines=["Reuters"], date_lines=["September 9, 2025"],
        caption="Ships at the Port of Djibouti. File photo.", credit="Karim Osman / Shutterstock",
        credit_shown="Photo: Karim Osman / Shutterstock",
        inserts={3: [("promo", ["Subscribe to gCaptain Daily", "Stay informed with the latest maritime and offshore news, delivered to your inbox.", "Sign Up"])]},
        end_lines=["(Reporting by Abdourahman Warsame in Djibouti; Additional reporting by Helen Mbugua in Nairobi; Editing by Graham Ashcroft)",
                   "(c) Copyright Thomson Reuters 2025."],
        tags=("Tags:", ["Djibouti", "Ports", "Red Sea"]),
        lists=[("Related Articles", ["Container lines weigh return to Suez route", "Mombasa port volumes rise on transshipment"])],
        paras=P("""
Djibouti's port authority signed an agreement on Tuesday to expand the Doraleh container terminal, aiming to add
capacity as shipping lines return to the Red Sea route.

The $450 million expansion will add two berths and raise the terminal's annual capacity to about 2 million
containers, the authority said in a statement.

Construction is due to start early next year and take about three years.

The project will be financed by a group of regional lenders, it said, without naming them.

Djibouti handles most of the trade of landlocked Ethiopia, its much larger neighbour.

Traffic through the port fell sharply in 2024 after attacks on ships in the Red Sea forced many carriers to sail
around Africa instead.

Port officials said container volumes had risen in recent months but remained below levels seen before the
attacks.

The small Horn of Africa nation hosts military bases for several countries, including the United States, China
and France.

Ethiopia has been seeking alternative access to the sea, which could reduce its reliance on Djibouti.
"""),
        must_have=[
            "Construction is due to start early next year and take about three years.",
            "Djibouti handles most of the trade of landlocked Ethiopia, its much larger neighbour.",
        ]),
    # TalCual (Venezuela): EFE copy, "Caracas, 18 mar (EFE).- " dateline, WordPress view counter.
    rec(cluster="talcual-efe-caracas-metro-estaciones", role="single",
        file="talcual_efe_caracas_metro_estaciones_es.html", render="html", site=SITE_TALCUAL,
        title="Metro de Caracas reabre dos estaciones tras meses de reparaciones", date="2025-03-18",
        dateline="Caracas, 18 mar (EFE).- ", city="Caracas", country="VE", region="americas", lang="es",
        agency="EFE", section="Nacional", meta_section="Nacional",
        url="https://talcualdigital.example.com/metro-de-caracas-reabre-dos-estaciones-tras-meses-de-reparaciones/",
        description="Chacaíto y Colegio de Ingenieros estaban cerradas por fallas en escaleras y ventilación.",
        published="2025-03-18T17:25:00-04:00",
        ld_author=[{"@type": "Organization", "name": "EFE"}],
        byline_lines=["EFE"], date_lines=["18 marzo, 2025"],
        caption="Usuarios en una estación del Metro de Caracas.", credit="Miguel Gutiérrez / EFE",
        credit_shown="Foto: Miguel Gutiérrez / EFE",
        inserts={3: [("link", "Lea también:", "Usuarios denuncian fallas en el sistema de cobro del Metro")]},
        below_body=[("views", "Post Views: 428")],
        tags=("Etiquetas:", ["Caracas", "Metro de Caracas", "transporte"]),
        newsletter_end=["Recibe nuestro boletín", "Las noticias más importantes de Venezuela en tu correo.", "Suscríbete"],
        paras=P("""
El Metro de Caracas reabrió este martes dos estaciones de la Línea 1 que permanecían cerradas desde el año pasado
por fallas en sus escaleras mecánicas y sistemas de ventilación, informó la empresa estatal que opera el sistema.

Las estaciones reabiertas son Chacaíto y Colegio de Ingenieros, dos de las más concurridas del centro de la
capital venezolana.

Según la compañía, los trabajos incluyeron el cambio de 14 escaleras mecánicas y la reparación de los equipos de
aire acondicionado.

Usuarios consultados por EFE celebraron la reapertura, aunque se quejaron de la frecuencia de los trenes en las
horas pico.

"A veces hay que esperar hasta 15 minutos en el andén", dijo Ana Velásquez, una trabajadora que usa el metro a
diario.

El sistema, inaugurado en 1983, transporta cada día a más de un millón de personas, según cifras oficiales.

En los últimos años, los pasajeros han denunciado apagones, vagones sin aire acondicionado y trenes fuera de
servicio.

La empresa aseguró que este año incorporará seis trenes rehabilitados a la Línea 1.

El pasaje del metro cuesta actualmente un bolívar, una tarifa que no cubre los costos de operación.
"""),
        must_have=[
            "Las estaciones reabiertas son Chacaíto y Colegio de Ingenieros, dos de las más concurridas del centro de la capital venezolana.",
            "La empresa aseguró que este año incorporará seis trenes rehabilitados a la Línea 1.",
        ]),
    # Libertas (San Marino): staff, Italian, "di NAME" byline, "Foto di" credit.
    rec(cluster="libertas-funivia-borgo-maggiore", role="single",
        file="libertas_funivia_san_marino_cabine_it.html", render="html", site=SITE_LIBERTAS,
        title="Funivia di San Marino, al via i lavori di ammodernamento delle cabine", date="2025-01-28",
        country="SM", region="europe", lang="it", authors=["Giulia Casadei"],
        section="Attualità", meta_section="Attualità",
        url="https://www.libertas.example.sm/attualita/funivia-di-san-marino-al-via-i-lavori-di-ammodernamento-delle-cabine/",
        description="La funivia resterà chiusa per circa tre mesi; attivo un bus navetta gratuito.",
        published="2025-01-28T12:40:00+01:00",
        byline_lines=["di Giulia Casadei"], date_lines=["28 Gennaio 2025"],
        caption="La funivia tra Borgo Maggiore e il centro storico.", credit="Marco Bollini",
        credit_shown="Foto di Marco Bollini",
        inserts={4: [("link", "Leggi anche:", "Parcheggi in centro storico, nuove tariffe dal 1° marzo")]},
        below_body=[("follow", "Segui Libertas sul canale WhatsApp")],
        lists=[("Ultime notizie", ["Bilancio, il Consiglio Grande e Generale approva l'assestamento", "Tennis, San Marino ospita il torneo giovanile"])],
        paras=P("""
Partiranno a febbraio i lavori di ammodernamento della funivia che collega Borgo Maggiore al centro storico di San
Marino.

L'intervento prevede la sostituzione delle due cabine e l'aggiornamento dei sistemi di sicurezza e di controllo.

Il costo complessivo è stimato in 3,4 milioni di euro, interamente a carico dello Stato.

Durante i lavori, la funivia resterà chiusa per circa tre mesi.

Per garantire i collegamenti, sarà attivato un servizio di bus navetta gratuito tra Borgo Maggiore e il centro
storico, con corse ogni venti minuti.

La funivia trasporta ogni anno oltre 500.000 passeggeri, in gran parte turisti.

Le nuove cabine potranno trasportare fino a 50 persone ciascuna e saranno accessibili alle persone con disabilità.

Gli operatori turistici del centro storico chiedono che i lavori siano conclusi prima dell'inizio della stagione
estiva.

L'Azienda Autonoma di Stato per i Servizi Pubblici ha assicurato che la riapertura è prevista entro la fine di
maggio.
"""),
        must_have=[
            "Durante i lavori, la funivia resterà chiusa per circa tre mesi.",
            "Le nuove cabine potranno trasportare fino a 50 persone ciascuna e saranno accessibili alle persone con disabilità.",
        ]),
    # GrenzEcho (Eupen): staff, German-speaking Belgium, "Von NAME" byline, consent wall.
    rec(cluster="grenzecho-eupen-hallenbad", role="single",
        file="grenzecho_eupen_hallenbad_sanierung_de.html", render="html", site=SITE_GE,
        title="Eupener Hallenbad: Sanierung dauert länger als geplant", date="2025-10-15",
        country="BE", region="europe", lang="de", authors=["Melanie Kessler"], section="Eupen", meta_section="Eupen",
        url="https://www.grenzecho.example.net/123456/artikel/2025-10-15/eupener-hallenbad-sanierung-dauert-laenger-als-geplant",
        description="Statt im Januar soll das Bad nun erst im Frühjahr 2026 wieder öffnen.",
        published="2025-10-15T17:32:00+02:00",
        byline_lines=["Von Melanie Kessler"], date_lines=["15.10.2025, 17:32 Uhr"],
        caption="Das Eupener Hallenbad bleibt länger geschlossen.", credit="David Hagelstein",
        credit_shown="Foto: David Hagelstein",
        inserts={3: [("ad", "Anzeige")]},
        lists=[("Meistgelesen", ["Kelmis: Neue Ampel an der Lütticher Straße", "St.Vith: Weihnachtsmarkt mit neuem Standort"])],
        paras=P("""
Die Sanierung des Eupener Hallenbads wird mehr Zeit in Anspruch nehmen als ursprünglich vorgesehen.

Statt im Januar soll das Bad nun erst im Frühjahr 2026 wieder öffnen, teilte die Stadt Eupen am Mittwoch mit.

Grund seien Schäden an der Dachkonstruktion, die erst während der Arbeiten entdeckt worden seien.

Die Kosten steigen dadurch um rund 600.000 Euro auf insgesamt 7,8 Millionen Euro.

Einen Teil davon übernimmt die Deutschsprachige Gemeinschaft.

Für Schulen und Vereine bleibt die Lage schwierig: Der Schwimmunterricht findet derzeit in Bädern in Kelmis und
St.Vith statt.

„Wir wissen, dass das für viele Familien eine Belastung ist", sagte die zuständige Schöffin Sandra Lentz.

Die Stadt prüft, ob zusätzliche Busse für die Fahrten zu den Ausweichbädern eingesetzt werden können.

Neben dem Dach werden auch die Lüftungsanlage und die Umkleiden erneuert.

Das Hallenbad war im Frühjahr 2024 für die Arbeiten geschlossen worden.

Die Schwimmvereine hoffen, dass ihre Trainingszeiten nach der Wiedereröffnung nicht gekürzt werden.
"""),
        must_have=[
            "Die Kosten steigen dadurch um rund 600.000 Euro auf insgesamt 7,8 Millionen Euro.",
            "Die Stadt prüft, ob zusätzliche Busse für die Fahrten zu den Ausweichbädern eingesetzt werden können.",
        ]),
    # De Ware Tijd (Suriname): staff, Dutch, "Door NAME" byline.
    rec(cluster="dwt-paramaribo-meerzorg-veerboot", role="single",
        file="dwt_paramaribo_meerzorg_veerboot_nl.html", render="html", site=SITE_DWT,
        title="Nieuwe veerboot tussen Paramaribo en Meerzorg in gebruik genomen", date="2025-08-05",
        country="SR", region="americas", lang="nl", authors=["Shanti Ramdin"],
        section="Binnenland", meta_section="Binnenland",
        url="https://www.dwtonline.example.com/binnenland/2025/08/05/nieuwe-veerboot-tussen-paramaribo-en-meerzorg-in-gebruik-genomen/",
        description="Het vaartuig biedt plaats aan 120 passagiers.",
        published="2025-08-05T19:15:00-03:00",
        byline_lines=["Door Shanti Ramdin"], date_lines=["05 aug 2025"],
        caption="De nieuwe veerboot aan de steiger in Meerzorg.", credit="Rishi Bhagwandin",
        credit_shown="Foto: Rishi Bhagwandin",
        inserts={2: [("link", "Lees ook:", "Brug over Surinamerivier krijgt nieuwe verlichting")]},
        newsletter_end=["Blijf op de hoogte", "Ontvang het laatste nieuws van De Ware Tijd in uw mailbox.", "Aanmelden"],
        paras=P("""
Een nieuwe veerboot tussen Paramaribo en Meerzorg is dinsdag in gebruik genomen.

Het vaartuig biedt plaats aan 120 passagiers en is bedoeld voor mensen die dagelijks de Surinamerivier
oversteken.

Volgens het ministerie van Openbare Werken moet de veerdienst de drukte op de Jules Wijdenboschbrug verminderen.

In de spits staan automobilisten op de brug soms meer dan een uur in de file.

De boot vaart op werkdagen tussen zes uur 's ochtends en acht uur 's avonds, met een afvaart elk halfuur.

Een enkele reis kost SRD 15.

Bootslieden die met kleine korjalen passagiers overzetten, vrezen dat zij inkomsten zullen verliezen.

Het ministerie zegt met hen in gesprek te zijn over een plek bij de nieuwe steigers.

De steigers aan beide kanten van de rivier zijn ook opgeknapt en hebben nu een overdekte wachtruimte.

Als de proef slaagt, wil het ministerie ook een veerdienst naar Domburg starten.

Op zaterdagen vaart de boot voorlopig alleen in de ochtend, omdat er nog te weinig bemanning is opgeleid.
"""),
        must_have=[
            "In de spits staan automobilisten op de brug soms meer dan een uur in de file.",
            "Het ministerie zegt met hen in gesprek te zijn over een plek bij de nieuwe steigers.",
        ]),
    # TSA Algérie: staff, "Par NAME" byline, Google News line, JSON-LD @graph.
    rec(cluster="tsa-oran-telepherique-santa-cruz", role="single",
        file="tsa_oran_telepherique_santa_cruz_fr.html", render="html", site=SITE_TSA,
        title="Oran : le téléphérique de Santa Cruz rouvre après deux ans de travaux", date="2025-06-26",
        country="DZ", region="africa", lang="fr", authors=["Karim Belkacemi"], section="Actualité", meta_section="Actualité",
        url="https://www.tsa-algerie.example.com/oran-le-telepherique-de-santa-cruz-rouvre-apres-deux-ans-de-travaux/",
        description="Les cabines ont été remplacées et le système de traction entièrement modernisé.",
        published="2025-06-26T18:45:00+01:00",
        breadcrumbs=["Accueil", "Actualité"],
        byline_lines=["Par Karim Belkacemi"], date_lines=["26 Juin 2025 à 18:45"],
        inserts={4: [("link", "Lire aussi :", "Tramway de Mostaganem : la fréquentation dépasse les prévisions")]},
        below_body=[("follow", "Suivez TSA sur Google News")],
        tags=("Sujets liés :", ["Oran", "Téléphérique", "Tourisme"]),
        paras=P("""
Le téléphérique d'Oran, qui relie le centre-ville au plateau de Santa Cruz, a rouvert ce jeudi au public après
deux ans de travaux de rénovation.

Les cabines ont été remplacées et le système de traction entièrement modernisé, selon l'entreprise publique qui
gère les téléphériques du pays.

Le coût des travaux s'élève à près de 1,5 milliard de dinars.

Le téléphérique peut désormais transporter jusqu'à 1 200 passagers par heure dans chaque sens.

Le ticket est fixé à 30 dinars, un tarif inchangé par rapport à celui pratiqué avant la fermeture.

Très fréquenté par les familles en été, le site de Santa Cruz offre une vue sur la baie d'Oran et son port.

Les commerçants du quartier de Sidi El Houari espèrent un regain d'activité avec le retour des visiteurs.

"Pendant deux ans, les touristes ne montaient plus", témoigne Mohamed, vendeur de glaces près de la station de
départ.

Les autorités de la wilaya prévoient également d'aménager un nouveau parking près de la gare de départ.
"""),
        must_have=[
            "Le coût des travaux s'élève à près de 1,5 milliard de dinars.",
            "Les autorités de la wilaya prévoient également d'aménager un nouveau parking près de la gare de départ.",
        ]),
    # Macau Daily Times (gzipped): "Staff Reporter" byline, stamp at 07:10 +08:00 (the previous day in UTC).
    rec(cluster="mdt-seac-pai-van-line-ridership", role="single",
        file="macaudailytimes_seac_pai_van_line_ridership.html.gz", render="html", site=SITE_MDT,
        title="Seac Pai Van Line passes one million trips in first six months", date="2025-05-13",
        country="MO", region="asia", lang="en", section="Macau", meta_section="Macau",
        url="https://macaudailytimes.example.com.mo/seac-pai-van-line-passes-one-million-trips-in-first-six-months.html",
        description="Most passengers are residents of the public housing estates in Seac Pai Van.",
        published="2025-05-13T07:10:00+08:00",
        ld_author=[{"@type": "Person", "name": "Staff Reporter"}],
        byline_lines=["Staff Reporter"], date_lines=["May 13, 2025"],
        caption="A train on the Seac Pai Van Line", credit="GCS", credit_shown="Photo: GCS",
        inserts={3: [("ad", "Advertisement")]},
        lists=[("Latest News", ["Taxi fares to be reviewed after operators' request", "Cotai hotels report strong Labour Day bookings"])],
        paras=P("""
The Light Rapid Transit's Seac Pai Van Line has recorded more than one million passenger trips since it began
operating last November, according to the Macau Light Rapid Transit Corporation.

On weekdays, the short line carries an average of about 5,800 passengers, most of them residents of the public
housing estates in Seac Pai Van.

The line links the Seac Pai Van area with the Taipa Line at Union Hospital station.

Ridership rises sharply at weekends, when residents travel to shopping areas in Taipa and Cotai.

The operator said it would increase train frequency during the morning peak from June.

Some passengers have complained about long transfer times at Union Hospital station, where they must change
platforms.

The corporation said it was studying ways to shorten the walking distance between the two lines.

Fares remain between 6 and 10 patacas, with discounts for students and the elderly.

Work on the East Line, which will connect the Macau peninsula with Taipa, is ongoing.
"""),
        must_have=[
            "The line links the Seac Pai Van area with the Taipa Line at Union Hospital station.",
            "The operator said it would increase train frequency during the morning peak from June.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, 14ymedio (Cuba): staff, Spanish, membership appeal.
    rec(cluster="14ymedio-holguin-guaguas", role="single", file="newsplease_14ymedio_holguin_guaguas_es.json",
        render="newsplease", title="En Holguín, las guaguas urbanas vuelven a circular con horario reducido",
        date="2025-02-11", country="CU", region="americas", lang="es", authors=["Mercedes Lazo"],
        url="https://www.14ymedio.example.com/cuba/holguin-guaguas-urbanas-vuelven-circular-horario-reducido_1_1098765.html",
        source_domain="www.14ymedio.example.com",
        description="Tres rutas funcionan solo en las primeras horas de la mañana y al final de la tarde.",
        np_authors=["Mercedes Lazo"], np_publish="2025-02-11 13:20:00", np_download="2025-02-11 22:04:51",
        head_lines=["Mercedes Lazo", "Febrero 11, 2025"],
        inserts={4: ["Únete a nuestro canal de WhatsApp"]},
        tail_lines=["COLABORA CON NUESTRO TRABAJO",
                    "El equipo de 14ymedio está comprometido con hacer un periodismo serio que refleje la realidad de la Cuba profunda. Gracias por acompañarnos en este largo camino."],
        paras=P("""
Las guaguas urbanas de Holguín volvieron a circular este lunes en tres rutas, después de más de dos semanas
paralizadas por la falta de combustible.

La Empresa Provincial de Transporte informó en su perfil de Facebook que las rutas funcionarán solo de seis a
nueve de la mañana y de cuatro a siete de la tarde.

En la parada frente al hospital, decenas de personas esperaban desde el amanecer.

"Salí de mi casa a las cinco y todavía no he podido montarme", contó a este diario una enfermera que trabaja en el
turno de la mañana.

Ante la escasez de guaguas, muchos holguineros dependen de los coches de caballos y los bicitaxis, cuyas tarifas
se han duplicado en el último año.

Un viaje en bicitaxi del centro al reparto Pedro Díaz Coello cuesta ahora unos 150 pesos.

La empresa estatal asegura que cuenta con 22 ómnibus en condiciones de circular, pero que no dispone de
suficiente diésel para todos.

Los cortes de electricidad, que superan las diez horas diarias en la provincia, han complicado también el trabajo
en los talleres de reparación.

Las autoridades no han precisado cuándo se restablecerá el servicio completo.
"""),
        must_have=[
            "Un viaje en bicitaxi del centro al reparto Pedro Díaz Coello cuesta ahora unos 150 pesos.",
            "Las autoridades no han precisado cuándo se restablecerá el servicio completo.",
        ]),
    # news-please, Arab Times (Kuwait): staff, "Arab Times Staff" line, Telegram line.
    rec(cluster="arabtimes-jahra-school-buses", role="single", file="newsplease_arabtimes_jahra_school_buses.json",
        render="newsplease", title="Ministry to add 40 school buses in Jahra ahead of new academic year",
        date="2025-08-27", country="KW", region="asia", lang="en", authors=["Fatima Al-Enezi"],
        url="https://www.arabtimesonline.example.com/news/ministry-to-add-40-school-buses-in-jahra-ahead-of-new-academic-year/",
        source_domain="www.arabtimesonline.example.com",
        description="The buses will mainly serve schools in Saad Al-Abdullah and Al-Mutlaa City.",
        np_authors=["Fatima Al-Enezi"], np_publish="2025-08-27 21:30:00", np_download="2025-08-28 03:12:40",
        head_lines=["By Fatima Al-Enezi", "Arab Times Staff", "27/08/2025"],
        tail_lines=["Read Today's News TODAY... on our Telegram Channel click here to join and receive all the latest updates t.me/thearabtimes",
                    "Share"],
        paras=P("""
The Ministry of Education will add 40 new school buses in Jahra Governorate before the start of the new academic
year, to ease overcrowding on routes serving newly built residential areas.

The buses will mainly serve schools in Saad Al-Abdullah and Al-Mutlaa City, where thousands of families have moved
in recent years.

Sources said the ministry had signed a contract worth about KD 1.2 million with a local transport company.

Parents have complained that children spend more than an hour on buses each morning because of long routes and
traffic jams.

Each bus will be fitted with GPS tracking and cameras, allowing the ministry to monitor routes and driving
behaviour.

Drivers will also undergo training on road safety and dealing with students.

The ministry is reviewing bus routes in other governorates and may add more vehicles during the year.

The new academic year is scheduled to begin in mid-September.

Traffic authorities have also announced plans to deploy additional patrols near schools during morning and
afternoon peak hours.
"""),
        must_have=[
            "Each bus will be fitted with GPS tracking and cameras, allowing the ministry to monitor routes and driving behaviour.",
            "The new academic year is scheduled to begin in mid-September.",
        ]),
    # news-please, The Sierra Leone Telegraph: staff, "Sierra Leone Telegraph: DATE:" opening line, Jetpack share lines.
    rec(cluster="slt-freetown-kissy-ferry-terminal", role="single", file="newsplease_sierraleonetelegraph_kissy_ferry.json",
        render="newsplease", title="Freetown ferry terminal upgrade to cut waiting times for Lungi passengers",
        date="2025-11-04", country="SL", region="africa", lang="en",
        url="https://www.thesierraleonetelegraph.example.com/freetown-ferry-terminal-upgrade-to-cut-waiting-times-for-lungi-passengers/",
        source_domain="www.thesierraleonetelegraph.example.com",
        description="Work includes a new passenger hall and a second loading ramp.",
        np_authors=[], np_publish="2025-11-04 09:05:00", np_download="2025-11-04 18:30:22",
        head_lines=["Sierra Leone Telegraph: 4 November 2025:"],
        tail_lines=["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)",
                    "Like this:", "Related"],
        paras=P("""
The government has begun upgrading the Kissy ferry terminal in Freetown, in a project expected to cut waiting
times for passengers travelling to and from Lungi, where the country's international airport is located.

The work includes a new passenger hall, a second loading ramp and improved drainage around the terminal.

Officials at the Sierra Leone Ports and Harbours Authority said the project would cost about $6 million and be
completed within a year.

Passengers currently wait up to three hours to board ferries during busy periods, especially on Fridays and
before public holidays.

Traders carrying goods between Freetown and Lungi say the delays add to their costs.

The ferry service is also used by many travellers heading to the airport, although most foreign visitors use the
faster water taxis.

Ferries will continue to operate during the construction, the authority said.

A bridge linking Freetown and Lungi has been discussed for years, but no construction date has been set.

The upgrade is funded by a loan from a regional development bank.
"""),
        must_have=[
            "The work includes a new passenger hall, a second loading ramp and improved drainage around the terminal.",
            "Ferries will continue to operate during the construction, the authority said.",
        ]),
    # trafilatura, Turkmenportal: staff, no byline, first category "Society".
    rec(cluster="turkmenportal-ashgabat-bus-routes", role="single", file="trafilatura_turkmenportal_ashgabat_bus_routes.json",
        render="trafilatura", title="Ashgabat launches new bus routes to residential districts in the south of the city",
        date="2025-04-08", country="TM", region="asia", lang="en", section="Society",
        url="https://turkmenportal.example.com/en/blog/87654/ashgabat-launches-new-bus-routes-to-residential-districts",
        hostname="turkmenportal.example.com", source_hostname="Turkmenportal",
        description="Buses on the new routes run every 10 to 15 minutes.",
        tf_author=None, tf_date="2025-04-08", tf_language="en", categories="Society;Turkmenistan",
        tf_tags="Ashgabat;transport;bus",
        head_lines=["08.04.2025 | 10:55"],
        tail_lines=["Subscribe to our Telegram channel", "Other news"],
        paras=P("""
Three new bus routes have been launched in Ashgabat to connect the residential districts in the south of the city
with the central areas, the city's passenger transport company said.

The routes link new housing estates along Bitarap Turkmenistan avenue with the city centre, the Altyn Asyr
shopping centre and the Ashgabat railway station.

Buses on the new routes run every 10 to 15 minutes from 6:00 to 23:00.

The fare is 1 manat, the same as on other city routes, and can be paid with a transport card.

The company said the new buses were equipped with air conditioning and ramps for passengers with limited
mobility.

Ashgabat's bus network has been expanded in recent years as new residential areas have been built on the
outskirts of the capital.

Passengers can check route maps and timetables on the company's website and in a mobile application.

More routes are expected to be opened in the second half of the year.

The city's bus fleet consists of several hundred vehicles, many of them running on natural gas.
"""),
        must_have=[
            "Buses on the new routes run every 10 to 15 minutes from 6:00 to 23:00.",
            "Passengers can check route maps and timetables on the company's website and in a mobile application.",
        ]),
    # trafilatura, Crux (Queenstown): staff, first category "Queenstown".
    rec(cluster="crux-queenstown-kelvin-heights-ferry", role="single", file="trafilatura_crux_kelvin_heights_ferry.json",
        render="trafilatura", title="Queenstown ferry network to add Kelvin Heights stop",
        date="2025-06-02", country="NZ", region="oceania", lang="en", authors=["Hamish Kerr"], section="Queenstown",
        url="https://crux.example.org.nz/crux-news/queenstown-ferry-network-to-add-kelvin-heights-stop",
        hostname="crux.example.org.nz", source_hostname="Crux",
        description="A new jetty will be built near the existing marina.",
        tf_author="Hamish Kerr", tf_date="2025-06-02", tf_language="en", categories="Queenstown;Transport",
        tf_tags="ferry;Kelvin Heights;Otago Regional Council",
        head_lines=["Hamish Kerr", "2 June 2025"],
        tail_lines=["Share this article", "Support Crux"],
        paras=P("""
Queenstown's public ferry service will add a stop at Kelvin Heights from next summer, giving residents on the
peninsula a new way to get to town.

The Otago Regional Council said the new jetty would be built near the existing marina and would take about four
months to complete.

Ferries currently run between Queenstown Bay, Frankton Marina and Bayview.

Kelvin Heights residents have long complained about traffic on the Kawarau Falls bridge and Frankton Road during
peak hours.

A council transport manager said a ferry trip from Kelvin Heights to the town centre would take about 15
minutes.

Fares will be $2 with a Bee Card, the same as on the region's buses.

Some residents have raised concerns about parking near the new jetty, which sits at the end of a quiet
residential street.

The council said it would review parking once the stop was in use.

The ferry contract is due for renewal in 2027, and the council is considering larger vessels.
"""),
        must_have=[
            "Some residents have raised concerns about parking near the new jetty, which sits at the end of a quiet residential street.",
            "The council said it would review parking once the stop was in use.",
        ]),
    # trafilatura, NBC News (Papua New Guinea): staff, "Author:" line, first category "National".
    rec(cluster="nbcpng-goroka-market-roof", role="single", file="trafilatura_nbcpng_goroka_market.json",
        render="trafilatura", title="Goroka main market reopens with new roof ahead of coffee season",
        date="2025-07-15", country="PG", region="oceania", lang="en", authors=["Kila Ovia"], section="National",
        url="https://www.nbcnews.example.com.pg/goroka-main-market-reopens-with-new-roof/",
        hostname="www.nbcnews.example.com.pg", source_hostname="NBC News PNG",
        description="The market now has space for more than 800 vendors.",
        tf_author="Kila Ovia", tf_date="2025-07-15", tf_language="en", categories="National;Eastern Highlands",
        tf_tags="Goroka;market",
        head_lines=["Author: Kila Ovia", "July 15, 2025"],
        tail_lines=["Related Posts"],
        paras=P("""
The main market in Goroka, Eastern Highlands Province, has reopened after work to replace its roof and drainage
system was completed.

The upgrade was funded by the provincial government at a cost of K3.5 million.

Market vendors had been selling their produce along the roadside for six months while the work was carried out.

The market now has space for more than 800 vendors, with separate sections for fresh produce, cooked food and
second-hand clothes.

Town authority officials said the new drains would stop flooding that used to damage goods during heavy rain.

Vendors will pay a daily fee of K2, collected by market staff.

Women make up most of the vendors, many of them travelling from villages outside the town before dawn.

Police will also set up a post inside the market to improve security.

The reopening comes ahead of the coffee harvest, when the town becomes busier with buyers and farmers.
"""),
        must_have=[
            "Vendors will pay a daily fee of K2, collected by market staff.",
            "Police will also set up a post inside the market to improve security.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_AKTUALNE = site("Aktuálně.cz", "https://zpravy.aktualne.example.cz", " | Aktuálně.cz", "cs_CZ", "@Aktualnecz",
                     ["Domácí", "Zahraničí", "Ekonomika", "Sport", "Kultura", "Zprávy z regionů", "Názory"],
                     ["\u00a9 Economia, a.s.", "Kontakty", "Reklama", "Ochrana soukromí"],
                     share=["Sdílet", "Facebook", "X", "E-mail"])

JSONL_STORIES = [
    # trafilatura shape: the AFP story on Europe 1 (syndicated member of the AFP cluster), first category "International".
    dict(MOLDOVA, role="syndicated", file=JSONL_A, render="trafilatura", section="International",
         url="https://www.europe1.example.fr/international/moldavie-une-nouvelle-ligne-electrique-vers-la-roumanie-1234567",
         hostname="www.europe1.example.fr", source_hostname="Europe 1",
         tf_author="Europe 1 avec AFP", tf_date="2025-05-12", tf_language="fr", categories="International;Économie",
         tf_tags="Moldavie;Énergie",
         head_lines=["Europe 1 avec AFP", "14h35 , le 12 mai 2025"],
         tail_lines=["Partager", "Sur le même sujet"]),
    # news-please shape: the AP story on Federal News Network (syndicated member of the AP cluster), EEA notice.
    dict(SANJUAN, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://federalnewsnetwork.example.com/business-news/2025/06/puerto-rico-tests-solar-microgrids-for-mountain-towns-hit-hardest-by-outages/",
         source_domain="federalnewsnetwork.example.com",
         np_authors=["María Elena Quiñones"], np_publish="2025-06-18 15:25:00", np_download="2025-06-19 01:40:13",
         head_lines=["MARÍA ELENA QUIÑONES Associated Press", "June 18, 2025 3:25 pm", "2 min read"],
         tail_lines=[SANJUAN_CONTRIB, AP_RIGHTS,
                     "Copyright \u00a9 2025 Federal News Network. All rights reserved. This website is not intended for users located within the European Economic Area."]),
    # newsbeam text shape: NOW Grenada, staff, contributor disclaimer; crawler stamp in UTC (10:20 in Grenada).
    rec(cluster="nowgrenada-carriacou-health-centre", role="single", file=JSONL_A, render="newsbeam",
        title="Carriacou health centre to reopen after hurricane repairs",
        date="2025-03-26", country="GD", region="americas", lang="en", authors=["Lena Charles"],
        url="https://www.nowgrenada.example.com/2025/03/carriacou-health-centre-to-reopen-after-hurricane-repairs/",
        nb_published="2025-03-26T14:20:00Z", outlet="NOW Grenada", nb_authors=["Lena Charles"],
        head_lines=["by Lena Charles", "Wednesday, 26 March 2025"],
        tail_lines=["Tags: Carriacou, Health, Hurricane Beryl",
                    "NOW Grenada is not responsible for the opinions, statements or media content presented by contributors. In case of abuse, click here to report."],
        paras=P("""
The Hillsborough health centre on Carriacou will reopen next month after repairs to damage caused by Hurricane
Beryl in July 2024.

The Ministry of Carriacou and Petite Martinique Affairs said the building had received a new roof, windows and an
upgraded electrical system.

Since the hurricane, patients have been seen at a temporary clinic set up in a church hall.

The health centre will offer general consultations, maternal and child health services, and a pharmacy.

Repairs cost about EC$1.9 million, funded by a regional disaster recovery programme.

Residents have to travel by ferry or plane to Grenada for most specialist care.

A visiting doctor will hold clinics at the centre twice a month for patients with diabetes and hypertension.

The ministry said repairs at the Princess Royal Hospital, the island's main hospital, are expected to be
completed later in the year.

Many homes on Carriacou are still being rebuilt more than eight months after the storm.
"""),
        must_have=[
            "Since the hurricane, patients have been seen at a temporary clinic set up in a church hall.",
            "A visiting doctor will hold clinics at the centre twice a month for patients with diabetes and hypertension.",
        ]),
    # newsbeam html shape: the ČTK story on Aktuálně.cz (syndicated member of the ČTK cluster), crawler UTC stamp.
    dict(OSTRAVA, role="syndicated", file=JSONL_B, render="newsbeam", nb_html=True, site=SITE_AKTUALNE,
         section="Domácí", meta_section="Domácí",
         url="https://zpravy.aktualne.example.cz/domaci/nova-tramvajova-trat-v-ostrave-zacne-vozit-cestujici-v-zari/r~a1b2c3d4e5f6/",
         published="2025-04-23T12:05:00+02:00",
         nb_published="2025-04-23T10:05:00Z", outlet="Aktuálně.cz", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "ČTK"}],
         byline_lines=["ČTK"], date_lines=["23. 4. 2025 12:05"],
         inserts={5: [("ad", "Reklama")]},
         below_body=[("source", "Zdroj: ČTK")]),
    # news-please shape: Daily FT (Sri Lanka), staff, stamp just after midnight local time with a view counter.
    rec(cluster="dailyft-kandy-multimodal-hub", role="single", file=JSONL_B, render="newsplease",
        title="Kandy multimodal transport hub to be completed by end-2026",
        date="2025-10-21", country="LK", region="asia", lang="en", authors=["Nadeesha Weerakoon"],
        url="https://www.ft.example.lk/news/Kandy-multimodal-transport-hub-to-be-completed-by-end-2026/56-781234",
        source_domain="www.ft.example.lk",
        description="About 60% of the construction work has been completed.",
        np_authors=["Nadeesha Weerakoon"], np_publish="2025-10-21 00:14:00", np_download="2025-10-21 07:55:09",
        head_lines=["By Nadeesha Weerakoon", "Tuesday, 21 October 2025 00:14 - - 132"],
        tail_lines=["Share", "More News"],
        paras=P("""
The Kandy multimodal transport hub, which will bring together the city's main bus stands and railway station, is
expected to be completed by the end of 2026, officials said.

The project aims to ease chronic traffic congestion in the hill capital, where buses from across the Central
Province converge on narrow streets.

It will include a covered bus terminal with space for 150 buses, a pedestrian link to the Kandy railway station
and a multi-storey car park.

The Urban Development Authority said about 60% of the construction work had been completed.

The project cost is estimated at Rs. 18 billion and is being funded through a concessionary loan.

Traders in the area around the Good Shed bus stand have raised concerns about relocation during the next phase of
construction.

Officials said temporary bus bays would be provided on Peradeniya Road while the old terminal is demolished.

Kandy receives thousands of pilgrims and tourists daily, adding to traffic on the roads into the city.

The authority also plans to introduce electronic displays showing bus departure times.
"""),
        must_have=[
            "It will include a covered bus terminal with space for 150 buses, a pedestrian link to the Kandy railway station and a multi-storey car park.",
            "Officials said temporary bus bays would be provided on Peradeniya Road while the old terminal is demolished.",
        ]),
    # trafilatura shape: AAP copy on The Advocate (Burnie), writer over "Australian Associated Press", ACM access line.
    rec(cluster="advocate-aap-norfolk-island-runway", role="single", file=JSONL_B, render="trafilatura",
        title="Norfolk Island airport runway to be resurfaced",
        date="2025-05-27", country="NF", region="oceania", lang="en", agency="AAP", authors=["Marcus Pellow"],
        section="National",
        url="https://www.theadvocate.example.com.au/story/8912345/norfolk-island-airport-runway-to-be-resurfaced/",
        hostname="www.theadvocate.example.com.au", source_hostname="The Advocate",
        description="The work will cost about $45 million and take around eight months.",
        tf_author="Marcus Pellow", tf_date="2025-05-27", tf_language="en", categories="National;News",
        tf_tags="Norfolk Island;aviation",
        head_lines=["Marcus Pellow", "Australian Associated Press", "May 27 2025 - 4:12pm"],
        tail_lines=["Our journalists work hard to provide local, up-to-date news to the community. This is how you can access our trusted content:"],
        paras=P("""
Norfolk Island's airport runway will be resurfaced next year in a project the federal government says is needed
to keep flights operating safely to the remote territory.

The work will cost about $45 million and is expected to take around eight months.

The runway was last resurfaced in 2016, and inspections have found cracking and wear on parts of the surface.

Flights will continue during the works, with crews working mainly at night.

Norfolk Island relies on air services for passengers, mail and fresh food, as the island has no harbour for large
ships.

Tourism operators say reliable flights are essential for the island's economy, which depends heavily on visitors
from Australia and New Zealand.

The island, about 1400km east of the Australian mainland, has a population of about 2200 people.

The federal government said local contractors would be given opportunities to work on the project.

Materials will be brought to the island by barge and unloaded at Cascade pier.
"""),
        must_have=[
            "Flights will continue during the works, with crews working mainly at night.",
            "Materials will be brought to the island by barge and unloaded at Cascade pier.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "thirty-ninth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Macau Daily Times' 2025-05-13T07:10+08:00 "
    "is 12 May in UTC but stays 13 May; Daily FT's 'Tuesday, 21 October 2025 00:14' is Colombo time (UTC+5:30) "
    "and stays 21 October; the NOW Grenada crawler stamp 14:20Z is 10:20 in Grenada on the same day; the "
    "Aktuálně.cz crawler stamp 10:05Z is 12:05 in the page's +02:00; franceinfo's 'Mis à jour le' line is an "
    "update, not the publication; the Orlando Sentinel's 'PUBLISHED:' and 'Originally Published:' lines give the "
    "same first-publication date; Cayman News Service prints '03/06/2025' day-first (3 June); GBC's '26th "
    "February 2025' is an ordinal date",
    "dateline_city": "'SAN JUAN, Puerto Rico (AP) \u2014 ' -> 'San Juan'; 'Ostrava - ' -> 'Ostrava' (ČTK's dateline "
    "shape, on both copies); 'DJIBOUTI, Sept 9 (Reuters) - ' -> 'Djibouti' (the city); 'Caracas, 18 mar (EFE).- ' "
    "-> 'Caracas'; 'São Tomé, 15 abr 2025 (Lusa) - ' -> 'São Tomé' (the city); 'Constanța, 22 iul /Agerpres/ - ' -> "
    "'Constanța' (Agerpres sets its name between slashes); 'SITEKI \u2013 ' -> 'Siteki'; Cayman News Service's "
    "'(CNS): ' opening names the outlet and no place, so that record has no dateline city; iROZHLAS's 'Ostrava "
    "11:42 23. dubna 2025' line is page furniture above the story, the dateline is the ČTK 'Ostrava - ' in the "
    "text; 'Sierra Leone Telegraph: 4 November 2025:' is the outlet and the date, not a place; the other records "
    "have no dateline (the AFP copies on franceinfo and Europe 1, Ritzau and AAP print none) and take the country "
    "of the story's location (Bălți, Hou/Samsø, Catalan Bay, Encamp, Gelephu, Thursday Island, Borgo Maggiore, "
    "Eupen, Paramaribo, Oran, Macau, Holguín, Jahra, Freetown, Ashgabat, Queenstown, Goroka, Carriacou, Kandy, "
    "Norfolk Island)",
    "country": "Catalan Bay is in Gibraltar (GI); Borgo Maggiore is in San Marino (SM); Eupen is in Belgium (BE) "
    "although GrenzEcho writes in German; Norfolk Island has its own ISO code (NF, region oceania) although the "
    "AAP copy runs in a Tasmanian paper; Thursday Island is in Australia (AU); Carriacou is part of Grenada (GD); "
    "Macau has its own code (MO, asia); the AFP story is about Moldova (MD) although both copies run on French "
    "sites; the AP story is datelined San Juan (PR, americas) although the copies run in US outlets",
    "agency": "franceinfo and Europe 1 carry AFP ('franceinfo avec AFP', 'Europe 1 avec AFP'); the Orlando Sentinel "
    "and Federal News Network carry AP; iROZHLAS and Aktuálně.cz carry ČTK (the Czech News Agency, bylined 'ČTK'); "
    "gCaptain carries Reuters; TalCual carries EFE; DNOTICIAS.PT carries Lusa; Kristeligt Dagblad carries Ritzau "
    "('/ritzau/' sign-off); Ziua de Constanța carries Agerpres; The Advocate carries AAP (the writer over "
    "'Australian Associated Press'); all other records are staff copy (agency null). The photo credits with "
    "'/ AFP', '/ EFE' and 'Zdroj: ČTK' are photo credits; the stories' agencies come from their bylines and datelines",
    "authors": "the AP story names its writer and the contributor of 'Associated Press writer Derek Holloway in "
    "Miami contributed to this report.' (both authors, on both copies); upper-case bylines ('By MARÍA ELENA "
    "QUIÑONES | The Associated Press', 'BY NOMCEBO SHABANGU') are given in natural case; the Reuters credits name "
    "the reporter and the 'Additional reporting by' reporter (both authors, in order); the Agerpres sign-off "
    "'AGERPRES/(A - autor: Raluca Ionescu, editor: Andrei Pârvu, editor online: Simona Marin)' names the writer "
    "('autor') -> author 'Raluca Ionescu'; pages bylined only with an agency or desk ('ČTK', 'EFE', 'Lusa', "
    "'Ritzau', 'franceinfo avec AFP', 'Europe 1 avec AFP', 'Reuters') have no authors; 'Staff Reporter', 'Redacció', "
    "'Arab Times Staff' and 'France Télévisions' are placeholders; 'di Giulia Casadei', 'Von Melanie Kessler', "
    "'Door Shanti Ramdin', 'Par Karim Belkacemi', 'by Lena Charles' and 'Author: Kila Ovia' are 'By' lines in "
    "other words; Cayman News Service, GBC, Turkmenportal and the Sierra Leone Telegraph byline nobody",
    "editors": "'Editing by Graham Ashcroft' (Reuters credits on gCaptain); the Agerpres sign-off's 'editor: Andrei "
    "Pârvu, editor online: Simona Marin' names two editors, in order (the wire's own editor credit, like Xinhua's "
    "'Editor:'); the Lusa initials line 'MSF // VM' names nobody; no other record names an editor",
    "caption_credit": "credits without their wrapper: '(IGOR CEBAN / AFP)' -> 'IGOR CEBAN / AFP' (as printed, upper "
    "case); 'Photo: Karim Osman / Shutterstock' -> 'Karim Osman / Shutterstock'; 'Foto: Miguel Gutiérrez / EFE' -> "
    "'Miguel Gutiérrez / EFE'; 'Foto di Marco Bollini' -> 'Marco Bollini'; 'Foto: David Hagelstein' -> 'David "
    "Hagelstein'; 'Foto: Rishi Bhagwandin' -> 'Rishi Bhagwandin'; 'Photo: GCS' -> 'GCS' (Macau's Government "
    "Information Bureau); iROZHLAS's '| Foto: Petra Kalinová | Zdroj: ČTK' -> 'Petra Kalinová' (the photographer; "
    "'Zdroj: ČTK' is the source field with its own wrapper word); the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section; trafilatura records take their first "
    "category; news-please, plain text and newsbeam text records have none",
    "chrome": "includes consent banners, reading-time and error-report lines, subscription and login links, "
    "newsletter, WhatsApp, Telegram and Google News promos, share bars and Jetpack 'Like this:' lines, comment "
    "gates and comment-policy lines, tag lists, view counters, membership and donation appeals, a contributor "
    "disclaimer, an EEA notice, the ACM access line, agency sign-offs and initials lines, Reuters and AP credit and "
    "copyright lines, and publisher copyright lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AFP and AP in the plain batch, ČTK in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"franceinfo avec afp", "europe 1 avec afp", "franceinfo", "europe 1", "france télévisions",
                "čtk", "ctk", "lusa", "ritzau", "agerpres", "australian associated press", "staff reporter",
                "redacció", "arab times staff", "arab times", "cayman news service", "cns", "gbc", "turkmenportal",
                "sierra leone telegraph", "the sierra leone telegraph", "nbc news", "nbc news png", "now grenada",
                "daily ft", "the advocate", "gcaptain", "talcual", "iROZHLAS".lower(), "aktuálně.cz", "libertas",
                "grenzecho", "de ware tijd", "tsa algérie", "macau daily times", "14ymedio", "crux", "bondia",
                "kristeligt dagblad", "ziua de constanța", "dnoticias.pt", "orlando sentinel",
                "federal news network", "graham ashcroft", "andrei pârvu", "simona marin"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
