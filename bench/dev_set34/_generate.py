#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's thirty-fourth development set (bench/dev_set34/, first written as the thirty-first held-out set).

    .venv/bin/python bench/dev_set34/_generate.py

Writes ``bench/dev_set34/articles/*`` and ``bench/dev_set34/labels.json`` (next to this
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
bench/dev_set33/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout31_2025-a.jsonl"
JSONL_B = "crawl_holdout31_2025-b.jsonl.gz"


# ---- cluster: Reuters, Port Moresby (Financial Express page + copy on LatestLY in the plain batch) ----

MORESBY = dict(
    cluster="reuters-port-moresby-power-outages",
    title="Papua New Guinea power utility plans new gas plant after months of blackouts",
    date="2025-09-09",
    dateline="PORT MORESBY, Sept 9 (Reuters) - ",
    city="Port Moresby",
    country="PG",
    region="oceania",
    agency="Reuters",
    authors=["Kirsty Needham-Vale"],
    editors=["Lincoln Feast"],
    lang="en",
    description="The state utility said a 60-megawatt gas-fired plant would be built near the capital.",
    paras=P("""
Papua New Guinea's state power utility said on Tuesday it would build a 60-megawatt gas-fired plant near the
capital after months of rolling blackouts that have hurt businesses and hospitals.

The utility said the plant would be financed by a consortium of regional lenders and should start operating in
late 2027.

Port Moresby has suffered outages of up to eight hours a day since April, when two ageing diesel generators broke
down.

"We know people are angry, and they have every right to be," the utility's acting managing director, Joel Kapi,
told reporters.

Shop owners in the city have bought private generators, pushing up demand for imported diesel.

The government has promised to connect 70% of the population to electricity by 2030, up from about 20% now.

Critics said similar plans had been announced before without results.

Papua New Guinea's economy relies heavily on exports of gas, gold and copper, but most rural areas remain off the grid.
"""),
    must_have=[
        "Port Moresby has suffered outages of up to eight hours a day since April, when two ageing diesel generators broke down.",
        "Shop owners in the city have bought private generators, pushing up demand for imported diesel.",
    ],
)
MORESBY_CREDITS = "(Reporting by Kirsty Needham-Vale in Sydney; Editing by Lincoln Feast)"

# ---- cluster: AP, Boise (Arkansas Democrat-Gazette scrape + copy on KSL.com in the plain batch) ----

BOISE = dict(
    cluster="ap-boise-wildfire-smoke-schools",
    title="Idaho schools get air purifiers as wildfire smoke seasons grow longer",
    date="2025-08-26",
    dateline="BOISE, Idaho (AP) \u2014 ",
    city="Boise",
    country="US",
    region="americas",
    agency="AP",
    authors=["Rebecca Thornley"],
    editors=[],
    lang="en",
    description="The state will pay for portable filters in more than 300 classrooms.",
    paras=P("""
Idaho will pay for portable air purifiers in more than 300 classrooms this school year after wildfire smoke forced
dozens of schools to keep children indoors for weeks last fall, state officials said Tuesday.

The $2.1 million program will start in districts in the Treasure Valley and the Panhandle, where air quality was
worst in recent seasons.

Health officials said fine smoke particles can worsen asthma and make it harder for children to concentrate.

"We can't stop the fires, but we can make the air inside a classroom cleaner," said state schools
superintendent aide Marla Quintero.

Teachers will be trained to check indoor air monitors and replace filters every three months.

Several rural districts said they lacked the money to run the units once the state grant ends.

Smoke from fires in Idaho, Oregon and Canada has reached Boise on more than 20 days in each of the past three
summers.
"""),
    must_have=[
        "Health officials said fine smoke particles can worsen asthma and make it harder for children to concentrate.",
        "Several rural districts said they lacked the money to run the units once the state grant ends.",
    ],
)

# ---- cluster: AFP, Tripoli in Lebanon (L'Indépendant page + copy on Courrier picard in the gzipped batch) ----

TRIPOLI = dict(
    cluster="afp-tripoli-liban-souks-savon",
    title="Liban : à Tripoli, les savonniers du vieux souk relancent leurs ateliers",
    date="2025-04-15",
    dateline="Tripoli (Liban) (AFP) - ",
    city="Tripoli",
    country="LB",
    region="asia",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Dans la grande ville du nord du Liban, les artisans du savon à l'huile d'olive retrouvent des clients.",
    paras=P("""
Dans les ruelles du vieux souk de Tripoli, la grande ville du nord du Liban, une odeur d'huile d'olive et de
laurier s'échappe de nouveau des ateliers de savon restés fermés pendant la crise.

Une dizaine de familles ont rouvert leurs fabriques depuis l'automne, grâce à des commandes venues de la diaspora
libanaise en Europe et en Amérique du Nord.

Le savon de Tripoli est fabriqué selon des méthodes transmises depuis plusieurs siècles.

"Avant, nous vendions surtout aux touristes, aujourd'hui nous expédions des colis au Canada", explique Karim
Sabbagh, dont la famille travaille dans le souk depuis quatre générations.

Les artisans se plaignent toutefois du prix de l'huile d'olive, qui a presque doublé en deux ans.

La municipalité a promis de rénover l'éclairage et les toits du souk avec l'aide d'un bailleur européen.

Les coupures d'électricité restent fréquentes et obligent les ateliers à utiliser des générateurs.

Certains artisans ont installé des panneaux solaires sur les toits.
"""),
    must_have=[
        "Le savon de Tripoli est fabriqué selon des méthodes transmises depuis plusieurs siècles.",
        "Les artisans se plaignent toutefois du prix de l'huile d'olive, qui a presque doublé en deux ans.",
    ],
)

# ---- cluster: Gympie Times page + noisy re-scrape ----

GYMPIE = dict(
    cluster="gympietimes-mary-river-flood-levee",
    title="Mary River levee works to start before storm season, council says",
    date="2025-10-07",
    country="AU",
    region="oceania",
    agency=None,
    city=None,
    dateline="",
    editors=[],
    authors=["Jodie Callaghan"],
    lang="en",
    paras=P("""
Work on a new flood levee along the Mary River in Gympie will begin in November, the regional council confirmed
at its meeting on Tuesday.

The levee will protect about 40 businesses in the lower end of Mary Street, which have flooded several times since
2022.

Councillors approved a contract worth about 9.4 million dollars with a Sunshine Coast construction firm.

Mayor's office spokeswoman Tanya Lowther said the council would keep the footpaths open during most of the work.

Traders have asked for signs directing shoppers to rear entrances while the street is fenced off.

The project is funded jointly by the state and federal governments under a disaster resilience program.

Butcher Rod Fenwick said he had replaced his cool rooms twice after floods and welcomed the decision.

The first stage is due to finish before the end of March, when the wet season usually eases.

Residents can view the plans at the council office.
"""),
    must_have=[
        "The levee will protect about 40 businesses in the lower end of Mary Street, which have flooded several times since 2022.",
        "The project is funded jointly by the state and federal governments under a disaster resilience program.",
    ],
)
GYM_PRE = ["The Gympie Times", "News", "Sport", "Lifestyle", "Property", "Puzzles", "Subscribe"]
GYM_HEAD = ["Jodie Callaghan", "October 7, 2025 - 5:40PM"]
GYM_COPY = "\u00a9 The Gympie Times 2025. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # The Gympie Times (original of the re-scrape cluster): name line, stamp, "Subscriber only" badge, "Join the conversation" counter.
    dict(GYMPIE, role="original", file="gympietimes_mary_river_levee.txt", render="text",
         pre=[GYM_PRE, ["Subscriber only"]], head=[GYM_HEAD],
         inserts={2: ["Advertisement"]},
         tail=[["Join the conversation", "3 comments"],
               ["More Coverage", "Gympie show crowds top 20,000", "Cooloola Coast beach access track reopens"],
               [GYM_COPY]]),
    dict(GYMPIE, role="rescrape", file="gympietimes_mary_river_levee_rescrape.txt.gz", render="text", noise=True,
         pre=[GYM_PRE], head=[GYM_HEAD], tail=[[GYM_COPY]]),
    # Arkansas Democrat-Gazette (original of the AP cluster): "by REBECCA THORNLEY The Associated Press" two-line byline.
    dict(BOISE, role="original", file="arkansasonline_ap_boise_school_air_purifiers.txt", render="text",
         pre=[["Arkansas Democrat-Gazette", "News", "Sports", "Business", "Opinion", "Obituaries", "Subscribe"]],
         head=[["by REBECCA THORNLEY The Associated Press", "| August 26, 2025 at 4:11 p.m."]],
         inserts={3: ["ADVERTISEMENT"]},
         tail=[["Print Headline: Idaho schools buy air filters against smoke"],
               ["Copyright \u00a9 2025, Arkansas Democrat-Gazette, Inc."]]),
    # Egyptian Streets: staff, "By NAME" line, "Short link:" line.
    rec(cluster="egyptianstreets-aswan-corniche-restoration", role="single", file="egyptianstreets_aswan_corniche_restoration.txt",
        render="text", title="Aswan's Nile corniche to reopen after restoration works",
        date="2025-03-16", country="EG", region="africa", lang="en", authors=["Nourhan Fathy"],
        pre=[["Egyptian Streets", "News", "Culture", "Lifestyle", "Opinion", "Features"]],
        head=[["By Nourhan Fathy", "March 16, 2025"]],
        tail=[["Subscribe to our newsletter"], ["Related", "Luxor hot-air balloon flights resume after winds ease"]],
        paras=P("""
The Nile corniche in Aswan will reopen to pedestrians at the end of March after eight months of restoration, the
governorate said on Sunday.

The works covered about 1.5 kilometres of the riverside promenade, including new paving, lighting and seating.

Engineers also reinforced parts of the river wall that had cracked after years of heavy traffic.

Governor's adviser Hany Mostafa said the project cost about 85 million Egyptian pounds.

Cafe owners along the promenade said their business had fallen by half while the works were under way.

The corniche is a popular spot for tourists waiting for felucca rides to Elephantine Island.

Aswan receives hundreds of thousands of visitors each winter, many of them arriving on Nile cruise ships from
Luxor.

Officials said a second phase would extend the promenade south towards the Old Cataract area next year.

The governorate said the new lighting would allow cafes to stay open later in the evening.
"""),
        must_have=[
            "Engineers also reinforced parts of the river wall that had cracked after years of heavy traffic.",
            "The corniche is a popular spot for tourists waiting for felucca rides to Elephantine Island.",
        ]),
    # Kyiv Post: staff, "Author: NAME" line, donation appeal at the end.
    rec(cluster="kyivpost-lviv-shelter-schools", role="single", file="kyivpost_lviv_school_shelters.txt",
        render="text", title="Lviv finishes underground shelters at 12 more schools before winter",
        date="2025-11-03", country="UA", region="europe", lang="en", authors=["Oksana Hrytsenko"],
        pre=[["Kyiv Post", "War", "Ukraine", "Business", "Opinion", "Multimedia", "Donate"]],
        head=[["Author: Oksana Hrytsenko", "November 3, 2025 1:18 PM", "2 min read"]],
        tail=[["Support Kyiv Post's independent journalism.", "Donate now"],
              ["Tags: Lviv, Education"]],
        paras=P("""
The western Ukrainian city of Lviv has finished building underground shelters at 12 more schools, allowing
about 9,000 pupils to return to full-time classroom lessons, the city council said on Nov. 3.

Schools without shelters have had to teach online or in shifts since Russia's full-scale invasion began.

Each shelter has ventilation, toilets, drinking water and space for lessons to continue during air raid alerts.

The city paid for most of the work from its own budget, with support from several European partner cities.

Teacher Halyna Stefanyshyn said pupils had found it hard to concentrate after more than two years of online
classes.

Officials said another nine schools would get shelters by next summer.

The council also plans to open a shelter under a new sports hall in the Sykhiv district.

Parents have long asked the city to speed up the work. The city said the shelters could also be used by local residents during attacks.
"""),
        must_have=[
            "Schools without shelters have had to teach online or in shifts since Russia's full-scale invasion began.",
            "Officials said another nine schools would get shelters by next summer.",
        ]),
    # Derry Journal: staff, "By NAME" line, "Published 12th Jun 2025, 16:45 BST" stamp, cookie line, newsletter promo.
    rec(cluster="derryjournal-foyle-walkway-lighting", role="single", file="derryjournal_foyle_walkway_lighting.txt",
        render="text", title="New lighting planned for Foyle riverside walkway after safety concerns",
        date="2025-06-12", country="GB", region="europe", lang="en", authors=["Ciara McLaughlin"],
        pre=[["We use cookies to improve your experience on our site."], ["Derry Journal", "News", "Sport", "Nostalgia", "Business", "Lifestyle"]],
        head=[["By Ciara McLaughlin"], ["Published 12th Jun 2025, 16:45 BST"]],
        inserts={2: ["Sign up to our Derry Journal newsletter", "Sign up"]},
        tail=[["Comments", "Want to join the conversation? Please or to comment on this article."]],
        paras=P("""
New lighting is to be installed along a stretch of the Foyle riverside walkway in Derry after residents raised
concerns about safety after dark.

The council's environment committee agreed to spend about 280,000 pounds on lamps between the Peace Bridge and
Sainsbury's car park.

Walkers and cyclists have complained that parts of the path are almost completely dark in winter.

Committee member Declan O'Kane said the walkway was one of the city's best assets but too many people avoided it at
night.

The new lights will be low-level to reduce disturbance to wildlife along the river.

Council officers said work could start in September if the contractor receives the necessary approvals.

A local running club said its members would welcome the change, as they train on the route most evenings.

The walkway is used by thousands of people each week and links several housing estates with the city centre. Police said they had received a small number of reports of anti-social behaviour on the path last winter.
"""),
        must_have=[
            "Walkers and cyclists have complained that parts of the path are almost completely dark in winter.",
            "The new lights will be low-level to reduce disturbance to wildlife along the river.",
        ]),
    # La República (Peru): EFE copy, "Arequipa (Perú), 3 jul (EFE).- " dateline, "Lee también" link.
    rec(cluster="larepublica-efe-arequipa-sillar-canteras", role="single", file="larepublica_efe_arequipa_sillar_es.txt",
        render="text", title="Arequipa busca proteger sus canteras de sillar ante el avance urbano",
        date="2025-07-03", dateline="Arequipa (Perú), 3 jul (EFE).- ", city="Arequipa", country="PE", region="americas",
        lang="es", agency="EFE",
        pre=[["La República", "Política", "Sociedad", "Economía", "Mundo", "Deportes", "Regionales"]],
        head=[["Agencia EFE", "03/07/2025 13:25"]],
        inserts={3: ["Lee también", "Cusco amplía el horario de visita a Machu Picchu"]},
        tail=[["TAGS", "Arequipa", "Patrimonio"]],
        paras=P("""
La ciudad peruana de Arequipa busca proteger las canteras de sillar, la piedra volcánica blanca con la que se
construyó su centro histórico, ante el avance de nuevas urbanizaciones.

Las autoridades regionales presentaron este jueves un proyecto para declarar zona intangible una parte de las
canteras de Añashuayco.

El centro histórico de Arequipa fue declarado Patrimonio de la Humanidad por la Unesco en el año 2000.

Unos 300 canteros trabajan todavía la piedra a mano, con técnicas heredadas de sus padres y abuelos.

El cantero Fortunato Huamaní dijo que varias familias ya perdieron sus terrenos frente a inmobiliarias.

El proyecto prevé también la creación de una ruta turística por las canteras y un taller de formación para jóvenes.

La propuesta deberá ser aprobada por el consejo regional en las próximas semanas.

Arequipa es conocida como la Ciudad Blanca por el color del sillar de sus iglesias y casonas. Muchas de las canteras se encuentran en quebradas al norte de la ciudad.
"""),
        must_have=[
            "El centro histórico de Arequipa fue declarado Patrimonio de la Humanidad por la Unesco en el año 2000.",
            "Unos 300 canteros trabajan todavía la piedra a mano, con técnicas heredadas de sus padres y abuelos.",
        ]),
    # Blick: Keystone-SDA copy, no dateline, "(SDA)" sign-off, "Publiziert:" stamp, "Mehr zum Thema" list.
    rec(cluster="blick-sda-aarau-kantonsspital", role="single", file="blick_sda_aarau_kantonsspital_de.txt",
        render="text", title="Kantonsspital Aarau eröffnet neue Notfallstation",
        date="2025-02-20", country="CH", region="europe", lang="de", agency="SDA",
        pre=[["Blick", "News", "Schweiz", "Sport", "Wirtschaft", "Life", "Blick+"]],
        head=[["Publiziert: 20.02.2025 um 11:40 Uhr"]],
        inserts={3: ["Werbung"]},
        tail=[["(SDA)"], ["Mehr zum Thema", "Spitäler im Aargau melden mehr Notfälle"]],
        paras=P("""
Das Kantonsspital Aarau hat am Donnerstag seine neue Notfallstation in Betrieb genommen.

Die Station verfügt über 42 Behandlungsplätze und ist damit fast doppelt so groß wie die bisherige.

Patientinnen und Patienten mussten in den vergangenen Jahren an manchen Tagen mehrere Stunden auf eine Behandlung
warten.

Die Notfallstation ist Teil eines Neubaus, der insgesamt rund 800 Millionen Franken kostet.

Nach Angaben der Spitalleitung sollen die Wartezeiten dank eines neuen Triagesystems deutlich sinken.

Chefarzt Matthias Vogler sagte, viele Menschen kämen mit leichten Beschwerden in den Notfall, weil sie keinen
Hausarzt fänden.

Deshalb wird neben der Notfallstation auch eine hausärztliche Praxis eingerichtet, die am Abend und am Wochenende
geöffnet ist.

Der Umzug der übrigen Abteilungen in den Neubau soll bis Ende 2026 abgeschlossen sein.

Der Kanton Aargau unterstützt das Spital mit einem Darlehen. Die alten Gebäude sollen nach dem Umzug abgerissen werden, um Platz für einen Park und Parkplätze zu schaffen. Die Spitalleitung rechnet damit, dass die Zahl der Notfälle in den kommenden Jahren weiter steigen wird.
"""),
        must_have=[
            "Die Station verfügt über 42 Behandlungsplätze und ist damit fast doppelt so groß wie die bisherige.",
            "Der Umzug der übrigen Abteilungen in den Neubau soll bis Ende 2026 abgeschlossen sein.",
        ]),
    # Corriere Romagna: ANSA copy, "(ANSA) - RIMINI, 22 MAG - " dateline, "Riproduzione riservata © Copyright ANSA".
    rec(cluster="corriereromagna-ansa-rimini-spiagge", role="single", file="corriereromagna_ansa_rimini_spiagge_it.txt",
        render="text", title="Rimini, spiagge accessibili: 20 nuove passerelle per la stagione",
        date="2025-05-22", dateline="(ANSA) - RIMINI, 22 MAG - ", city="Rimini", country="IT", region="europe",
        lang="it", agency="ANSA",
        pre=[["Corriere Romagna", "Rimini", "Cesena", "Forlì", "Ravenna", "Sport", "Abbonati"]],
        head=[["22 maggio 2025"]],
        tail=[["Riproduzione riservata \u00a9 Copyright ANSA"], ["Leggi anche", "Riccione, al via i lavori sul lungomare"]],
        paras=P("""
Venti nuove passerelle in legno e alluminio renderanno più accessibili le spiagge di Rimini a partire dalla
prossima settimana.

Lo ha annunciato oggi il Comune, che ha finanziato l'intervento insieme all'associazione dei bagnini.

Le passerelle arrivano fino alla battigia e permettono alle persone in carrozzina di raggiungere il mare.

In dieci stabilimenti saranno disponibili anche sedie da mare speciali, prenotabili gratuitamente.

L'assessora al turismo ha spiegato che l'obiettivo è rendere accessibile almeno uno stabilimento ogni 500 metri
di costa.

Secondo le associazioni dei disabili, negli ultimi anni la situazione è migliorata ma restano problemi con i
parcheggi riservati.

Il progetto sarà esteso nel 2026 alle spiagge di Viserba e Torre Pedrera.

Secondo il Comune, l'anno scorso oltre 4 mila persone con disabilità hanno scelto le spiagge di Rimini per le vacanze. I bagnini hanno inoltre seguito un corso di formazione sull'accoglienza dei turisti con disabilità. Sul sito del Comune sarà pubblicata una mappa con tutti gli stabilimenti accessibili e i servizi disponibili.
"""),
        must_have=[
            "Le passerelle arrivano fino alla battigia e permettono alle persone in carrozzina di raggiungere il mare.",
            "Il progetto sarà esteso nel 2026 alle spiagge di Viserba e Torre Pedrera.",
        ]),
    # CVM TV: staff, "By NAME" line, "CVM TV News" role line, "Tweet" share line, live-stream promo.
    rec(cluster="cvmtv-montego-bay-market", role="single", file="cvmtv_montego_bay_craft_market.txt",
        render="text", title="Montego Bay craft vendors welcome market upgrade",
        date="2025-01-22", country="JM", region="americas", lang="en", authors=["Kimone Blackwood"],
        pre=[["CVM TV", "News", "Sports", "Shows", "Schedule", "Watch Live"]],
        head=[["By Kimone Blackwood", "CVM TV News"], ["January 22, 2025"]],
        inserts={2: ["Tweet", "Share"]},
        tail=[["Watch CVM TV live on the CVM Plus app."]],
        paras=P("""
Vendors at the Harbour Street craft market in Montego Bay say a planned upgrade of the facility is long overdue.

The St James Municipal Corporation announced on Tuesday that it would replace the leaking roof, repair the toilets
and install new lighting.

More than 150 vendors sell carvings, jewellery and clothing at the market, which is popular with cruise passengers.

Vendor Paulette Grizzle said rain had damaged her stock several times last year.

The work is expected to cost about 45 million Jamaican dollars and should be completed before the winter tourist
season.

Mayor's aide Conroy Whyte said vendors would be moved to a temporary space nearby during the repairs.

Vendors also asked the corporation to improve security in the area after several thefts.

The market was last renovated more than 15 years ago.

The corporation said it would meet vendors next week to discuss the schedule for the work.
"""),
        must_have=[
            "More than 150 vendors sell carvings, jewellery and clothing at the market, which is popular with cruise passengers.",
            "Vendors also asked the corporation to improve security in the area after several thefts.",
        ]),
    # Jateng Pos: staff, Indonesian, "Reporter: NAME" / "Editor: NAME" web lines, "Baca Juga" link.
    rec(cluster="jatengpos-semarang-banjir-rob", role="single", file="jatengpos_semarang_tanggul_rob_id.txt",
        render="text", title="Tanggul Laut Semarang Ditargetkan Rampung Akhir Tahun",
        date="2025-08-14", country="ID", region="asia", lang="id", authors=["Dimas Prasetyo"],
        pre=[["Jateng Pos", "Semarang", "Soloraya", "Jateng", "Ekonomi", "Olahraga"]],
        head=[["Reporter: Dimas Prasetyo", "Editor: Ratna Sari"], ["Kamis, 14 Agustus 2025 | 15:20 WIB"]],
        inserts={2: ["Baca Juga: Harga Beras di Solo Mulai Turun"]},
        tail=[["Editor: Ratna Sari", "Reporter: Dimas Prasetyo"]],
        paras=P("""
Pembangunan tanggul laut di pesisir utara Semarang ditargetkan selesai pada akhir tahun ini.

Tanggul sepanjang sekitar 10 kilometer itu diharapkan dapat melindungi permukiman warga dari banjir rob yang hampir
setiap bulan terjadi.

Kepala balai wilayah sungai setempat, Agus Wibowo, mengatakan pekerjaan fisik sudah mencapai 78 persen.

Banjir rob selama ini merendam jalan dan rumah di Kecamatan Genuk dan Semarang Utara.

Warga Tambak Lorok, Siti Aminah, mengaku harus meninggikan lantai rumahnya tiga kali dalam sepuluh tahun.

Selain tanggul, pemerintah juga membangun kolam retensi dan rumah pompa untuk mengalirkan air ke laut.

Penurunan muka tanah di kawasan pesisir Semarang disebut mencapai beberapa sentimeter per tahun.

Pemerintah kota meminta warga tidak membangun rumah baru di sempadan pantai.

Proyek tanggul laut ini dibiayai oleh pemerintah pusat dengan nilai sekitar Rp 1,2 triliun. Selain melindungi permukiman, tanggul juga diharapkan menjaga kawasan industri dan pelabuhan dari genangan. Warga berharap pembangunan tanggul tidak mengganggu akses nelayan ke laut. Pemerintah berjanji menyediakan dermaga kecil bagi perahu nelayan di beberapa titik.
"""),
        must_have=[
            "Banjir rob selama ini merendam jalan dan rumah di Kecamatan Genuk dan Semarang Utara.",
            "Penurunan muka tanah di kawasan pesisir Semarang disebut mencapai beberapa sentimeter per tahun.",
        ]),
    # Africanews: staff, name line over an "Africanews" line, "Last updated:" stamp, share line.
    rec(cluster="africanews-agadir-desalination", role="single", file="africanews_agadir_desalination_expansion.txt",
        render="text", title="Agadir desalination plant to expand as drought strains Souss farms",
        date="2025-05-05", country="MA", region="africa", lang="en", authors=["Yassine Benali"],
        pre=[["africanews.", "News", "Business", "Sport", "Culture", "Science & Technology", "Live"]],
        head=[["Yassine Benali", "Africanews"], ["Last updated: 05/05 - 18:30"]],
        tail=[["Share", "Facebook", "X", "WhatsApp"], ["Read more", "Marrakech hotels report record spring bookings"]],
        paras=P("""
The seawater desalination plant serving Agadir will expand its capacity by about half, officials said on Monday,
as years of drought strain water supplies for the city and the farms of the Souss plain.

The plant currently produces about 300,000 cubic metres of water a day for drinking and irrigation.

Dams in the region were less than 15% full at the start of spring, according to regional water authorities.

Farmers growing tomatoes and citrus for export have reduced the area they plant because of water restrictions.

Grower Hassan Oubella said he had switched part of his land to crops that need less water.

The expansion is expected to be completed in 2027 and will be partly powered by a new wind farm.

Environmental groups have warned about the effect of brine discharge on marine life along the coast.

The regional water agency said it would publish a study on the plant's environmental impact before construction begins.
"""),
        must_have=[
            "The plant currently produces about 300,000 cubic metres of water a day for drinking and irrigation.",
            "Grower Hassan Oubella said he had switched part of his land to crops that need less water.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_DEV = site("Financial Express", "https://www.financialexpress.example.com", " - The Financial Express", "en_IN", "@FinancialXpress",
                ["India News", "Business", "Market", "Money", "Economy", "World"],
                ["\u00a9 Copyright 2025", "About Us", "Privacy Policy"],
                share=["Facebook", "X", "LinkedIn", "WhatsApp"])
SITE_OLJ = site("L'Indépendant", "https://www.lindependant.example.fr", " - lindependant.fr", "fr_FR", "@lindependant",
                ["Perpignan", "Pyrénées-Orientales", "Aude", "Sports", "Monde", "Loisirs"],
                ["\u00a9 2025 L'Indépendant", "Mentions légales", "Contact"],
                share=["Partager", "Facebook", "X", "WhatsApp"], top=["S'abonner", "Se connecter"])
SITE_DL = site("El Nuevo Diario", "https://elnuevodiario.example.com.do", " | El Nuevo Diario", "es_DO", "@ElNuevoDiarioRD",
               ["Actualidad", "Economía", "Deportes", "Revista", "Opinión", "Mundo"],
               ["\u00a9 2025 El Nuevo Diario. Todos los derechos reservados.", "Contacto", "Privacidad"],
               share=["Compartir", "Facebook", "X", "WhatsApp"], graph=True)
SITE_EM = site("Correio de Uberlândia", "https://www.correiodeuberlandia.example.com.br", " - Correio de Uberlândia", "pt_BR", "@correiouberlandia",
               ["Cidade e Região", "Política", "Economia", "Esportes", "Cultura", "Saúde"],
               ["\u00a9 2025 Correio de Uberlândia. Todos os direitos reservados.", "Anuncie", "Fale conosco"],
               share=["Compartilhe", "Facebook", "WhatsApp", "Copiar link"],
               cookie="Utilizamos cookies para melhorar sua experiência de navegação.", buttons=["Aceitar"])
SITE_HNA = site("HNA", "https://www.hna.example.de", " | HNA", "de_DE", "@HNA_online",
                ["Kassel", "Region", "Welt", "Sport", "Wirtschaft", "Kultur"],
                ["\u00a9 HNA 2025", "Impressum", "Datenschutz"],
                share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Abo", "Anmelden"])
SITE_EH = site("The Ethiopian Herald", "https://www.press.example.et", " - The Ethiopian Herald", "en_US", "@EthiopianHerald",
               ["Home", "News", "Business", "Development", "Society", "Sport"],
               ["Copyright \u00a9 2025 The Ethiopian Herald", "About", "Contact"],
               share=["Facebook", "X", "Telegram"])
SITE_GK = site("Greater Kashmir", "https://www.greaterkashmir.example.com", " - Greater Kashmir", "en_IN", "@GreaterKashmir",
               ["Kashmir", "Jammu", "India", "World", "Business", "Opinion", "Sports"],
               ["\u00a9 Greater Kashmir 2025", "About Us", "Contact Us"],
               share=["Facebook", "X", "WhatsApp"])
SITE_LN = site("HaitiLibre", "https://www.haitilibre.example.com", " - HaitiLibre.com", "fr_HT", "@haitilibre",
               ["Nouvelles", "Économie", "Société", "Sports", "Diaspora", "Annonces"],
               ["\u00a9 2010-2025 Haitilibre.com", "Publicité", "Contact"],
               share=["Facebook", "X", "WhatsApp"])
SITE_HT = site("Helsinki Times", "https://www.helsinkitimes.example.fi", " - Helsinki Times", "en_GB", "@helsinkitimes",
               ["Finland", "Politics", "Business", "Culture", "Travel", "Eat & Drink"],
               ["\u00a9 2025 Helsinki Times", "Advertise", "Contact"],
               share=["Facebook", "X", "LinkedIn"])

HTML_STORIES = [
    # Financial Express (original of the Reuters cluster): "Written by Reuters" byline, IST stamp, Reuters credits line.
    dict(MORESBY, role="original", file="financialexpress_reuters_port_moresby_power.html", render="html", site=SITE_DEV,
         section="World News", meta_section="World News",
         url="https://www.financialexpress.example.com/world-news/papua-new-guinea-power-utility-plans-new-gas-plant/3981234/",
         published="2025-09-09T15:42:00+05:30", modified="2025-09-09T15:42:00+05:30",
         ld_author=[{"@type": "Organization", "name": "Reuters"}],
         byline_lines=["Written by Reuters"], date_lines=["September 9, 2025 15:42 IST"],
         inserts={2: [("ad", "Advertisement")]},
         end_lines=[MORESBY_CREDITS],
         above_body=[("follow", "Follow Us")],
         lists=[("Trending Stories", ["Fiji sugar mills start crushing season", "Tonga signs undersea cable deal"])]),
    # L'Indépendant (original of the AFP cluster): "L'Indépendant avec AFP" byline, "Publié le" stamp, "© AFP" credit.
    dict(TRIPOLI, role="original", file="lindependant_afp_tripoli_savonniers_fr.html", render="html", site=SITE_OLJ,
         section="Monde", meta_section="Monde",
         url="https://www.lindependant.example.fr/2025/04/15/liban-a-tripoli-les-savonniers-du-vieux-souk-relancent-leurs-ateliers-12634567.php",
         published="2025-04-15T11:04:00+02:00", modified="2025-04-15T11:04:00+02:00",
         ld_author=[{"@type": "Organization", "name": "L'Indépendant avec AFP"}],
         byline_lines=["L'Indépendant avec AFP"], date_lines=["Publié le 15/04/2025 à 11:04"],
         caption="Un artisan découpe des pains de savon dans un atelier du vieux souk de Tripoli.", credit="AFP",
         credit_shown="\u00a9 AFP",
         inserts={3: [("link", "A lire aussi :", "Perpignan : le marché de la place Cassanyes change d'horaires")]},
         tags=("Mots-clés", ["Tripoli", "Artisanat"])),
    # El Nuevo Diario: staff, Santiago de los Caballeros, "Fuente externa" credit, @graph.
    rec(cluster="elnuevodiario-santiago-monumento-remozamiento", role="single", file="elnuevodiario_santiago_monumento_es.html",
        render="html", site=SITE_DL, title="Inician remozamiento del entorno del Monumento de Santiago",
        date="2025-03-10", country="DO", region="americas", lang="es", authors=["Luis Alberto Peña"],
        section="Actualidad", meta_section="Actualidad",
        url="https://elnuevodiario.example.com.do/inician-remozamiento-del-entorno-del-monumento-de-santiago/",
        description="Los trabajos durarán seis meses e incluyen nuevas aceras y áreas verdes.",
        published="2025-03-10T21:15:00-04:00", modified="2025-03-10T21:15:00-04:00",
        breadcrumbs=["Actualidad", "Ciudad"],
        byline_lines=["Luis Alberto Peña", "Santiago, RD"], date_lines=["10/03/2025 21:15"],
        caption="Vista del Monumento a los Héroes de la Restauración.", credit="Fuente externa", credit_shown="Fuente externa",
        inserts={2: [("ad", "Publicidad")]},
        paras=P("""
El ayuntamiento de Santiago de los Caballeros inició este lunes los trabajos de remozamiento del entorno del
Monumento a los Héroes de la Restauración, el símbolo más conocido de la ciudad.

Las obras incluyen nuevas aceras, iluminación, bancos y áreas verdes alrededor del monumento.

Según las autoridades municipales, la inversión asciende a unos 120 millones de pesos.

Durante los trabajos, el tránsito en parte de la avenida Francia será desviado hacia calles cercanas.

Comerciantes de la zona pidieron que las obras se realicen por etapas para no afectar sus ventas.

El arquitecto encargado, Ramón Estévez, dijo que se conservarán los árboles más antiguos del parque.

Los trabajos deberán concluir en un plazo de seis meses.

El monumento, construido en la década de 1940, recibe cada año a miles de visitantes nacionales y extranjeros. Las autoridades también prometieron instalar baños públicos y un nuevo sistema de seguridad con cámaras. Vecinos de los barrios cercanos pidieron que se mejore además el drenaje pluvial de la zona.
"""),
        must_have=[
            "Las obras incluyen nuevas aceras, iluminación, bancos y áreas verdes alrededor del monumento.",
            "Comerciantes de la zona pidieron que las obras se realicen por etapas para no afectar sus ventas.",
        ]),
    # Correio de Uberlândia: staff, "postado em" / "atualizado em" stamps, cookie bar, "Crédito:" credit.
    rec(cluster="correiodeuberlandia-parque-do-sabia", role="single", file="correiodeuberlandia_parque_sabia_pt.html",
        render="html", site=SITE_EM, title="Parque do Sabiá, em Uberlândia, ganha nova pista de caminhada",
        date="2025-06-28", country="BR", region="americas", lang="pt", authors=["Thaís Moreira"],
        section="Cidade e Região", meta_section="Cidade e Região",
        url="https://www.correiodeuberlandia.example.com.br/cidade-e-regiao/parque-do-sabia-ganha-nova-pista-de-caminhada/",
        description="A pista de 5 quilômetros foi reformada e recebeu nova iluminação.",
        published="2025-06-28T08:05:00-03:00", modified="2025-06-28T10:12:00-03:00",
        byline_lines=["Thaís Moreira", "Repórter"], date_lines=["postado em 28/06/2025 08:05", "atualizado em 28/06/2025 10:12"],
        caption="Frequentadores na nova pista do Parque do Sabiá.", credit="Prefeitura de Uberlândia/Divulgação",
        credit_shown="Crédito: Prefeitura de Uberlândia/Divulgação",
        paras=P("""
O Parque do Sabiá, maior área verde de Uberlândia, no Triângulo Mineiro, reabriu neste sábado a pista de caminhada
de 5 quilômetros após três meses de reforma.

A pista recebeu novo piso emborrachado, iluminação de LED e sinalização com a distância percorrida.

O parque recebe cerca de 15 mil visitantes nos fins de semana, segundo a prefeitura.

A aposentada Cleusa Ribeiro, que caminha no local há 20 anos, disse que o antigo piso estava cheio de buracos.

A obra custou aproximadamente R$ 3,2 milhões, pagos com recursos do município.

A prefeitura também anunciou a reforma dos banheiros e do lago do parque, prevista para o segundo semestre.

O Parque do Sabiá abre diariamente das 6h às 22h.

Segundo a prefeitura, a iluminação nova deve aumentar a segurança de quem caminha no parque no início da manhã e à noite. Antes da reforma, muitos frequentadores evitavam a pista depois do pôr do sol. A Secretaria Municipal de Meio Ambiente também pretende plantar 500 mudas de árvores nativas nas margens da pista até o fim do ano.
"""),
        must_have=[
            "O parque recebe cerca de 15 mil visitantes nos fins de semana, segundo a prefeitura.",
            "A obra custou aproximadamente R$ 3,2 milhões, pagos com recursos do município.",
        ]),
    # HNA (gzipped): staff, Kassel, "Von NAME" byline, "Stand:" stamp, "Foto: NAME" credit, ePaper promo.
    rec(cluster="hna-kassel-documenta-halle-sanierung", role="single", file="hna_kassel_documenta_halle_de.html.gz",
        render="html", site=SITE_HNA, title="Documenta-Halle in Kassel wird ab Herbst saniert",
        date="2025-07-08", country="DE", region="europe", lang="de", authors=["Jens Kötter"],
        section="Kassel", meta_section="Kassel",
        url="https://www.hna.example.de/kassel/documenta-halle-in-kassel-wird-ab-herbst-saniert-93812345.html",
        description="Die Arbeiten sollen rund 18 Monate dauern.",
        published="2025-07-08T05:30:00+02:00", modified="2025-07-08T09:10:00+02:00",
        byline_lines=["Von Jens Kötter"], date_lines=["Stand: 08.07.2025, 09:10 Uhr"],
        caption="Die Documenta-Halle am Friedrichsplatz.", credit="Andreas Fischer", credit_shown="Foto: Andreas Fischer",
        inserts={3: [("promo", ["HNA ePaper", "Lesen Sie die Zeitung digital.", "Jetzt testen"])]},
        paras=P("""
Die Documenta-Halle in Kassel wird ab Oktober umfassend saniert.

Das hat die Stadt am Montag mitgeteilt.

Die Halle am Friedrichsplatz wurde 1992 eröffnet und gilt als wichtiger Ausstellungsort der Weltkunstausstellung.

Erneuert werden unter anderem das Dach, die Heizung und die Lüftungsanlage.

Die Kosten werden auf rund 14 Millionen Euro geschätzt, ein Teil davon kommt vom Land Hessen.

Kulturdezernentin Sabine Hollender sagte, die Halle solle bis zur nächsten Documenta wieder voll nutzbar sein.

Während der Bauzeit ziehen Veranstaltungen in andere Räume in der Innenstadt um.

Vereine, die die Halle regelmäßig nutzen, hatten sich über fehlende Ersatzflächen beschwert.

Die Stadt kündigte an, bis zum Sommer gemeinsam mit ihnen Lösungen zu suchen.

Zuletzt war die Halle vor mehr als zwanzig Jahren renoviert worden. Seitdem gab es immer wieder Probleme mit undichten Stellen im Dach und einer veralteten Technik. Auch die Barrierefreiheit soll verbessert werden: Geplant sind ein neuer Aufzug und breitere Eingänge. Nach Abschluss der Arbeiten soll die Halle auch für Konzerte und Tagungen vermietet werden.
"""),
        must_have=[
            "Erneuert werden unter anderem das Dach, die Heizung und die Lüftungsanlage.",
            "Während der Bauzeit ziehen Veranstaltungen in andere Räume in der Innenstadt um.",
        ]),
    # The Ethiopian Herald: Xinhua copy, "ADDIS ABABA, Feb. 18 (Xinhua) -- " dateline, "Source: Xinhua" line.
    rec(cluster="ethiopianherald-xinhua-addis-ababa-coffee-exports", role="single", file="ethiopianherald_xinhua_addis_coffee_exports.html",
        render="html", site=SITE_EH, title="Ethiopia's coffee export earnings rise on higher global prices",
        date="2025-02-18", dateline="ADDIS ABABA, Feb. 18 (Xinhua) -- ", city="Addis Ababa", country="ET", region="africa",
        lang="en", agency="Xinhua", editors=["Huaxia"], section="Business", meta_section="Business",
        url="https://www.press.example.et/business/ethiopias-coffee-export-earnings-rise-on-higher-global-prices/",
        description="Coffee brought in more than 800 million U.S. dollars in seven months.",
        published="2025-02-18T17:25:00+03:00", modified="2025-02-18T17:25:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Xinhua"}],
        byline_lines=["Source: Xinhua"], date_lines=["February 18, 2025"],
        end_lines=["Editor: Huaxia"],
        paras=P("""
Ethiopia earned more than 800 million U.S. dollars from coffee exports in the first seven months of the current
fiscal year, the country's coffee authority said Tuesday.

The figure is about a quarter higher than in the same period last year, mainly because of higher prices on the
world market.

The authority said the volume of coffee exported also rose slightly, to about 190,000 tonnes.

Germany, Saudi Arabia, the United States and Japan were the main buyers of Ethiopian coffee.

Coffee is Ethiopia's largest export product and supports the livelihoods of millions of smallholder farmers.

The authority said it was working to increase the share of washed and specialty coffee, which fetch higher prices.

Officials also urged exporters to improve quality control at processing stations to meet new European rules on
deforestation.

The European Union is one of the main destinations for Ethiopian coffee, and the new rules require exporters to prove where their beans were grown.
"""),
        must_have=[
            "The authority said the volume of coffee exported also rose slightly, to about 190,000 tonnes.",
            "Coffee is Ethiopia's largest export product and supports the livelihoods of millions of smallholder farmers.",
        ]),
    # Greater Kashmir: PTI copy, "Srinagar, Jan 14 (PTI)" dateline, "PTI" byline.
    rec(cluster="greaterkashmir-pti-srinagar-dal-lake-ice", role="single", file="greaterkashmir_pti_srinagar_cold_wave.html",
        render="html", site=SITE_GK, title="Cold wave grips Kashmir, parts of Dal Lake freeze",
        date="2025-01-14", dateline="Srinagar, Jan 14 (PTI) ", city="Srinagar", country="IN", region="asia",
        lang="en", agency="PTI", section="Kashmir", meta_section="Kashmir",
        url="https://www.greaterkashmir.example.com/kashmir/cold-wave-grips-kashmir-parts-of-dal-lake-freeze/",
        description="Srinagar recorded minus 6.2 degrees Celsius, the coldest night of the season.",
        published="2025-01-14T12:35:00+05:30", modified="2025-01-14T12:35:00+05:30",
        ld_author=[{"@type": "Organization", "name": "PTI"}],
        byline_lines=["PTI"], date_lines=["Srinagar, Publish Date: Jan 14 2025 12:35PM"],
        inserts={2: [("ad", "ADVERTISEMENT")]},
        paras=P("""
Intense cold wave conditions continued across Kashmir on Tuesday, with Srinagar recording its coldest night of the
season at minus 6.2 degrees Celsius, officials said.

Parts of the Dal Lake froze overnight, and boatmen had to break the ice to move their shikaras.

Water supply lines froze in several areas of the city, leaving residents without tap water in the morning.

The tourist resort of Gulmarg recorded minus 9.5 degrees Celsius, while Pahalgam was at minus 8.1 degrees.

The meteorological department forecast mainly dry weather for the next three days, with light snow possible in
higher reaches.

Kashmir is currently in Chillai Kalan, the 40-day period of harshest winter, which ends on January 30.

Doctors advised elderly people and children to stay indoors during the early morning hours.

Traffic on the Srinagar-Jammu national highway remained normal, officials said. The Power Development Department said it had increased supply to deal with higher demand for heating during the cold spell.
"""),
        must_have=[
            "Parts of the Dal Lake froze overnight, and boatmen had to break the ice to move their shikaras.",
            "Kashmir is currently in Chillai Kalan, the 40-day period of harshest winter, which ends on January 30.",
        ]),
    # HaitiLibre: staff, no byline, "HL/ HaitiLibre" sign-off, "Haïti - Société :" kicker line, seconds in the stamp.
    rec(cluster="haitilibre-cap-haitien-marche-cluny", role="single", file="haitilibre_cap_haitien_marche_fr.html",
        render="html", site=SITE_LN, title="Cap-Haïtien : le marché Cluny rouvre après des travaux d'assainissement",
        date="2025-11-19", country="HT", region="americas", lang="fr", kicker="Haïti - Société :",
        ld_author=[{"@type": "Organization", "name": "HaitiLibre"}],
        section="Société", meta_section="Société",
        url="https://www.haitilibre.example.com/article-45123-haiti-societe-cap-haitien-le-marche-cluny-rouvre.html",
        description="Les marchandes retrouvent un espace drainé et éclairé.",
        published="2025-11-19T19:40:00-05:00", modified="2025-11-19T19:40:00-05:00",
        date_lines=["19/11/2025 19:40:12"],
        end_lines=["HL/ HaitiLibre"],
        below_body=[("share-line", "Partager cet article")],
        paras=P("""
Le marché Cluny, l'un des plus fréquentés de Cap-Haïtien, a rouvert ses portes mercredi après deux mois de travaux
d'assainissement.

Les travaux ont permis de curer les canaux qui débordaient à chaque averse et d'installer un nouveau système
d'éclairage.

Plus de 800 marchandes vendent chaque jour des légumes, du poisson et des produits de première nécessité au marché.

La marchande Mireille Pierre-Louis a dit espérer que les clients reviendront maintenant que les allées sont
propres.

La mairie a annoncé la mise en place d'une équipe chargée du ramassage des déchets deux fois par jour.

Le projet a été financé par la mairie avec l'appui d'une organisation non gouvernementale.

Les autorités communales prévoient de réhabiliter d'autres marchés de la ville l'année prochaine.

Le marché avait été partiellement inondé en juin lors de fortes pluies qui avaient touché plusieurs quartiers de la ville. Des commerçants avaient alors perdu une grande partie de leurs marchandises. La mairie assure que les canaux seront désormais curés avant chaque saison des pluies.
"""),
        must_have=[
            "Plus de 800 marchandes vendent chaque jour des légumes, du poisson et des produits de première nécessité au marché.",
            "La mairie a annoncé la mise en place d'une équipe chargée du ramassage des déchets deux fois par jour.",
        ]),
    # Helsinki Times: staff, Tampere, "HT" initials byline plus name.
    rec(cluster="helsinkitimes-tampere-data-centre-heat", role="single", file="helsinkitimes_tampere_data_centre_heat.html",
        render="html", site=SITE_HT, title="Tampere to heat thousands of homes with waste heat from data centre",
        date="2025-12-02", country="FI", region="europe", lang="en", authors=["Mikko Lahtinen"],
        section="Finland", meta_section="Finland",
        url="https://www.helsinkitimes.example.fi/finland/finland-news/domestic/26789-tampere-to-heat-homes-with-data-centre-waste-heat.html",
        description="The project will cover about 8,000 homes from 2027.",
        published="2025-12-02T09:15:00+02:00", modified="2025-12-02T09:15:00+02:00",
        byline_lines=["Mikko Lahtinen \u2013 HT"], date_lines=["Tuesday, 02 December 2025 09:15"],
        comments=["0 Comments", "Log in to comment"],
        paras=P("""
The city of Tampere will use waste heat from a new data centre to warm about 8,000 homes from 2027, the local energy
company said on Tuesday.

The data centre is being built in the Hervanta district in the south of the city.

Heat pumps will raise the temperature of the cooling water before it is fed into the district heating network.

The energy company said the project would cut its use of wood chips and peat by about a tenth.

Project manager Elina Saarinen said waste heat would become one of the company's main sources of heating.

District heating covers most apartment buildings in Finnish cities.

Several other Finnish cities, including Espoo and Vantaa, have announced similar projects in recent years.

The energy company said the price of district heat for customers would not rise because of the project. Construction of the heat pump station is expected to begin next spring. The data centre's owner has not been named, but the city said it was a Nordic company.
"""),
        must_have=[
            "Heat pumps will raise the temperature of the cooling water before it is fed into the district heating network.",
            "District heating covers most apartment buildings in Finnish cities.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, Gazeta Krakowska: staff, Polish, "oprac. NAME" line, "Źródło:" line.
    rec(cluster="gazetakrakowska-nowy-targ-lodowisko", role="single", file="newsplease_gazetakrakowska_nowy_targ_lodowisko_pl.json",
        render="newsplease", title="Nowy Targ: lodowisko przy ulicy Parkowej przejdzie modernizację",
        date="2025-03-27", country="PL", region="europe", lang="pl", authors=["Bartłomiej Wójcik"],
        url="https://gazetakrakowska.example.pl/nowy-targ-lodowisko-przy-ulicy-parkowej-przejdzie-modernizacje/ar/c1-19123456",
        source_domain="gazetakrakowska.example.pl",
        description="Miasto otrzymało dofinansowanie na nowy dach i system chłodzenia.",
        np_authors=["Bartłomiej Wójcik"], np_publish="2025-03-27 14:10:00", np_download="2025-03-28 02:33:10",
        head_lines=["Bartłomiej Wójcik", "27 marca 2025, 14:10"],
        tail_lines=["Źródło: Gazeta Krakowska", "Dołącz do nas na Facebooku!"],
        paras=P("""
Miejskie lodowisko przy ulicy Parkowej w Nowym Targu przejdzie gruntowną modernizację, poinformował w czwartek
urząd miasta.

Obiekt otrzyma nowy dach, system chłodzenia oraz trybuny dla ponad 2 tysięcy widzów.

Koszt inwestycji oszacowano na około 38 milionów złotych, z czego większość pokryje dofinansowanie z budżetu państwa.

Nowy Targ od dziesięcioleci słynie z tradycji hokejowych, a miejscowy klub wychował wielu reprezentantów Polski.

Trener młodzieży Paweł Gąsienica powiedział, że dzieci trenują obecnie w bardzo trudnych warunkach.

W czasie remontu zawodnicy będą korzystać z lodowiska w pobliskim Zakopanem.

Prace mają się rozpocząć po zakończeniu sezonu i potrwać około półtora roku.

Lodowisko zostało zbudowane kilkadziesiąt lat temu i od dawna wymaga remontu. Kibice narzekali zimą na przeciekający dach i brak ogrzewania na trybunach. Burmistrz zapowiedział, że po modernizacji obiekt będzie dostępny również dla mieszkańców, którzy chcą pojeździć rekreacyjnie. Miasto planuje także organizację zawodów międzynarodowych w hokeju młodzieżowym. Władze liczą, że nowe lodowisko przyciągnie do Nowego Targu więcej turystów w sezonie zimowym. Projekt budowlany został już przygotowany, a przetarg na wykonawcę ma zostać ogłoszony w maju.
"""),
        must_have=[
            "Obiekt otrzyma nowy dach, system chłodzenia oraz trybuny dla ponad 2 tysięcy widzów.",
            "W czasie remontu zawodnicy będą korzystać z lodowiska w pobliskim Zakopanem.",
        ]),
    # news-please, Buenos Aires Times: staff, English-language Argentine weekly, dateline-less Mendoza story, "BAT" sign-off.
    rec(cluster="batimes-mendoza-vendimia-water", role="single", file="newsplease_batimes_mendoza_vineyards_water.json",
        render="newsplease", title="Mendoza winemakers cut water use as snowpack shrinks",
        date="2025-02-24", country="AR", region="americas", lang="en", authors=["Federico Albornoz"],
        url="https://www.batimes.example.com.ar/argentina/mendoza-winemakers-cut-water-use-as-snowpack-shrinks.phtml",
        source_domain="www.batimes.example.com.ar",
        description="Growers are turning to drip irrigation after another dry winter in the Andes.",
        np_authors=["Federico Albornoz"], np_publish="2025-02-24 09:45:00", np_download="2025-02-24 20:01:17",
        head_lines=["BY FEDERICO ALBORNOZ", "Monday, February 24, 2025"],
        tail_lines=["\u2014 BAT", "Continue reading"],
        paras=P("""
Winemakers in Mendoza are cutting their water use ahead of this year's harvest after another winter with little
snow in the Andes, which feed the province's rivers.

The provincial irrigation department has reduced the amount of river water assigned to farms for a third
consecutive season.

Many growers have switched from flood irrigation to drip systems, which can use up to half as much water.

Grower Silvina Ocampo said the new equipment had cost her family the equivalent of two years of profits.

Mendoza produces about 70% of Argentina's wine, most of it Malbec.

Scientists at a local university said glaciers in the region had lost a large share of their area since the 1950s.

Wine producers expect a smaller harvest but say the quality of the grapes is good.

The harvest usually begins in late February and ends in April. Mendoza's Vendimia festival, which celebrates the harvest, takes place in early March and draws thousands of visitors.
"""),
        must_have=[
            "Many growers have switched from flood irrigation to drip systems, which can use up to half as much water.",
            "Mendoza produces about 70% of Argentina's wine, most of it Malbec.",
        ]),
    # news-please, Eindhovens Dagblad: staff, Dutch, "NAME 17-09-25, 06:00" line, "Laatste update" stamp, premium badge.
    rec(cluster="ed-helmond-zwembad-sluiting", role="single", file="newsplease_ed_helmond_zwembad_nl.json",
        render="newsplease", title="Helmond sluit oud zwembad De Wissen na opening nieuw sportbad",
        date="2025-09-17", country="NL", region="europe", lang="nl", authors=["Lieke van den Broek"],
        url="https://www.ed.example.nl/helmond/helmond-sluit-oud-zwembad-de-wissen~a4c1b2d3/",
        source_domain="www.ed.example.nl",
        description="Het nieuwe sportbad opent in januari.",
        np_authors=["Lieke van den Broek"], np_publish="2025-09-17 06:00:00", np_modify="2025-09-17 09:12:00",
        np_download="2025-09-17 11:40:55",
        head_lines=["Premium", "Lieke van den Broek 17-09-25, 06:00", "Laatste update: 09:12"],
        tail_lines=["Deel dit artikel", "Reageer"],
        paras=P("""
Het oude zwembad De Wissen in Helmond gaat eind dit jaar dicht, nu het nieuwe sportbad in januari opent.

Dat heeft de gemeenteraad dinsdagavond besloten.

Het zwembad is meer dan vijftig jaar oud en de kosten voor onderhoud en energie zijn de laatste jaren flink gestegen.

Het nieuwe bad heeft een wedstrijdbad van 25 meter, een instructiebad en een peuterbad.

Zwemvereniging voorzitter Marieke Hendriks zei blij te zijn met meer waterruimte voor trainingen.

Bewoners van de wijk Brandevoort vrezen wel dat de reistijd naar het nieuwe bad voor ouderen te lang wordt.

De gemeente onderzoekt of er een buurtbus kan gaan rijden.

Wat er met het gebouw van De Wissen gebeurt, is nog niet bekend.

De gemeente wil eerst met omwonenden in gesprek over de toekomst van het terrein. Volgens de wethouder is het bouwen van woningen op die plek een van de mogelijkheden. Het nieuwe sportbad kostte ongeveer 28 miljoen euro en is veel zuiniger met energie dan het oude zwembad. De zwemlessen voor kinderen gaan in januari gewoon door in het nieuwe bad.
"""),
        must_have=[
            "Het zwembad is meer dan vijftig jaar oud en de kosten voor onderhoud en energie zijn de laatste jaren flink gestegen.",
            "De gemeente onderzoekt of er een buurtbus kan gaan rijden.",
        ]),
    # trafilatura, Daily Post Vanuatu: staff, Luganville story, "By NAME" line, first category "News".
    rec(cluster="dailypostvu-luganville-wharf-copra", role="single", file="trafilatura_dailypostvu_luganville_copra_wharf.json",
        render="trafilatura", title="Copra farmers welcome new storage shed at Luganville wharf",
        date="2025-10-23", country="VU", region="oceania", lang="en", authors=["Glenda Tari"], section="News",
        url="https://www.dailypost.example.vu/news/copra-farmers-welcome-new-storage-shed-at-luganville-wharf/article_8a1b2c3d.html",
        hostname="www.dailypost.example.vu", source_hostname="Daily Post Vanuatu",
        description="The shed can hold 2,000 tonnes of copra.",
        tf_author="Glenda Tari", tf_date="2025-10-23", tf_language="en", categories="News;Business",
        tf_tags="Santo;copra;agriculture",
        head_lines=["By Glenda Tari", "Oct 23, 2025"],
        tail_lines=["Subscribe to the Daily Post e-edition", "Tags: Santo, Copra"],
        paras=P("""
Copra farmers on Santo have welcomed the opening of a new storage shed at the Luganville main wharf, which they say
will help them avoid losses during the rainy season.

The shed can hold up to 2,000 tonnes of copra while it waits for shipment to buyers overseas.

Until now, bags of copra were often left under tarpaulins near the wharf, where rain spoiled part of the cargo.

Farmer Jimmy Moli from South Santo said his cooperative lost almost a quarter of one shipment last year.

The shed was funded by the government with support from a development partner.

Copra remains one of the main sources of cash income for rural families in Vanuatu.

Officials said a drying facility would be added next year to improve the quality of copra from outer islands.

Shipping schedules to Luganville are often irregular, which means copra can wait weeks before it is loaded. The cooperative hopes the shed will help them negotiate better prices.
"""),
        must_have=[
            "Until now, bags of copra were often left under tarpaulins near the wharf, where rain spoiled part of the cargo.",
            "Copra remains one of the main sources of cash income for rural families in Vanuatu.",
        ]),
    # trafilatura, Gazete Duvar: Anadolu copy, Turkish, "ERZURUM (AA) - " dateline, author field "Duvar English"-free "Gazete Duvar".
    rec(cluster="gazeteduvar-aa-erzurum-kayak-sezonu", role="single", file="trafilatura_gazeteduvar_aa_erzurum_kayak_tr.json",
        render="trafilatura", title="Palandöken'de kayak sezonu erken açıldı",
        date="2025-12-06", dateline="ERZURUM (AA) - ", city="Erzurum", country="TR", region="asia", lang="tr",
        agency="Anadolu", section="Yaşam",
        url="https://www.gazeteduvar.example.com.tr/palandokende-kayak-sezonu-erken-acildi-haber-1745678",
        hostname="www.gazeteduvar.example.com.tr", source_hostname="Gazete Duvar",
        description="Kar yağışının ardından pistler kayakseverlere açıldı.",
        tf_author="Gazete Duvar", tf_date="2025-12-06", tf_language="tr", categories="Yaşam;Türkiye",
        tf_tags="Erzurum;Palandöken;kayak",
        head_lines=["06.12.2025 13:40"],
        tail_lines=["Kaynak: AA", "Google News'te Gazete Duvar'ı takip edin"],
        paras=P("""
Erzurum'daki Palandöken Kayak Merkezi'nde kayak sezonu, etkili kar yağışının ardından planlanandan bir hafta önce
açıldı.

Sezonun ilk gününde yüzlerce kayaksever pistlere çıktı.

Merkezde kar kalınlığının bazı pistlerde 60 santimetreye ulaştığı bildirildi.

Otel işletmecisi Murat Kaya, sezonun erken açılmasının bölge turizmine olumlu yansıyacağını söyledi.

Yetkililer, bu yıl yabancı turist sayısında artış beklediklerini belirtti.

Palandöken, Türkiye'nin en uzun pistlerine sahip kayak merkezlerinden biri olarak biliniyor.

Kayakseverler ayrıca yeni açılan telesiyej hattını da ilk kez kullandı.

Meteoroloji, önümüzdeki günlerde kar yağışının aralıklarla devam edeceğini tahmin ediyor.

Kayak merkezindeki otellerin doluluk oranının yılbaşı döneminde yüzde 90'ı aşması bekleniyor. Erzurum, son yıllarda kış turizminde önemli bir merkez haline geldi ve birçok uluslararası yarışmaya ev sahipliği yaptı. Kayak okulları da sezonun açılmasıyla birlikte çocuklar ve yetişkinler için kurslara başladı. Yetkililer, kayakseverleri pist dışında kayak yapmamaları konusunda uyardı ve çığ riskine dikkat çekti. Şehir merkezinden kayak merkezine düzenli otobüs seferleri de başlatıldı. İşletmeciler, sezonun nisan ayına kadar sürmesini bekliyor.
"""),
        must_have=[
            "Merkezde kar kalınlığının bazı pistlerde 60 santimetreye ulaştığı bildirildi.",
            "Palandöken, Türkiye'nin en uzun pistlerine sahip kayak merkezlerinden biri olarak biliniyor.",
        ]),
    # trafilatura, Gazzetta del Sud: staff, Italian, Messina, "di NAME" line, first category "Messina".
    rec(cluster="gazzettadelsud-messina-pronto-soccorso-pediatrico", role="single", file="trafilatura_gazzettadelsud_messina_ospedale_it.json",
        render="trafilatura", title="Messina, al Policlinico apre il nuovo pronto soccorso pediatrico",
        date="2025-04-29", country="IT", region="europe", lang="it", authors=["Giulia Santoro"], section="Messina",
        url="https://gazzettadelsud.example.it/articoli/cronaca/2025/04/29/messina-policlinico-nuovo-pronto-soccorso-pediatrico",
        hostname="gazzettadelsud.example.it", source_hostname="Gazzetta del Sud",
        description="Il reparto avrà otto posti letto e un'area di osservazione breve.",
        tf_author="Giulia Santoro", tf_date="2025-04-29", tf_language="it", categories="Messina;Cronaca",
        tf_tags="Messina;sanità",
        head_lines=["di Giulia Santoro", "29 Aprile 2025"],
        tail_lines=["\u00a9 Riproduzione riservata", "Leggi anche: Milazzo, nuova rotonda sulla statale"],
        paras=P("""
Il Policlinico di Messina ha inaugurato oggi il nuovo pronto soccorso pediatrico, che sostituisce i locali
provvisori usati negli ultimi anni.

Il reparto dispone di otto posti letto, di un'area di osservazione breve e di una sala d'attesa separata per i
bambini.

Finora molti piccoli pazienti venivano visitati nello stesso ambiente degli adulti.

Il direttore sanitario Carmelo Arena ha spiegato che i lavori sono stati finanziati con fondi del Pnrr.

Ogni anno il pronto soccorso pediatrico registra circa 18 mila accessi, molti dei quali da comuni della provincia.

Le associazioni dei genitori hanno chiesto più personale, soprattutto nelle ore notturne.

L'azienda ospedaliera ha annunciato un concorso per quattro nuovi pediatri entro l'estate.

Il nuovo reparto è stato progettato con colori vivaci e spazi per il gioco, per ridurre lo stress dei bambini durante l'attesa. I lavori sono durati circa un anno e mezzo. Secondo i sindacati dei medici, la carenza di pediatri resta uno dei problemi principali della sanità in provincia di Messina.
"""),
        must_have=[
            "Finora molti piccoli pazienti venivano visitati nello stesso ambiente degli adulti.",
            "Le associazioni dei genitori hanno chiesto più personale, soprattutto nelle ore notturne.",
        ]),
]


# ---- JSONL batches -----------------------------------------------------------------

SITE_AZN = site("AzerNews", "https://www.azernews.example.az", " - AzerNews", "en_US", "@azernews",
                ["Politics", "Business", "Society", "Region", "Culture", "Sport"],
                ["\u00a9 2025 AzerNews", "About", "Contacts"],
                share=["Facebook", "X", "Telegram"])

JSONL_STORIES = [
    # news-please shape: the AP story on KTVB (syndicated member of the AP cluster), "Associated Press" author field.
    dict(BOISE, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.ktvb.example.com/article/news/local/idaho-schools-air-purifiers-wildfire-smoke/277-8f1e2d3c",
         source_domain="www.ktvb.example.com",
         np_authors=["Associated Press"], np_publish="2025-08-26 17:05:00", np_download="2025-08-27 03:14:09",
         head_lines=["Author: REBECCA THORNLEY (Associated Press)", "Published: 5:05 PM MDT August 26, 2025"],
         tail_lines=["Copyright 2025 Associated Press. All rights reserved."]),
    # trafilatura shape: the Reuters story on LatestLY (syndicated member of the Reuters cluster), first category "Agency News".
    dict(MORESBY, role="syndicated", file=JSONL_A, render="trafilatura", section="Agency News",
         url="https://www.latestly.example.com/agency-news/world-news-papua-new-guinea-power-utility-plans-new-gas-plant-6812345.html",
         hostname="www.latestly.example.com", source_hostname="LatestLY",
         tf_author="Agency News", tf_date="2025-09-09", tf_language="en", categories="Agency News;World",
         tf_tags="Papua New Guinea;electricity",
         head_lines=["Agency News Reuters| Sep 09, 2025 04:02 PM IST"],
         tail_lines=[MORESBY_CREDITS, "(The above story is verified and authored by Reuters staff, and may not have been edited by LatestLY staff.)"]),
    # newsbeam text shape: Ghanaian Times, staff, "From NAME, Tamale" line.
    rec(cluster="ghanaiantimes-tamale-shea-processing", role="single", file=JSONL_A, render="newsbeam",
        title="Tamale shea processors get new warehouse",
        date="2025-07-21", country="GH", region="africa", lang="en", authors=["Abdul-Rahman Issahaku"],
        url="https://www.ghanaiantimes.example.com.gh/tamale-shea-processors-get-new-warehouse/",
        nb_published="2025-07-21T08:30:00+00:00", outlet="Ghanaian Times", nb_authors=["Abdul-Rahman Issahaku"],
        head_lines=["From Abdul-Rahman Issahaku, Tamale", "July 21, 2025"],
        tail_lines=["Ghanaian Times \u2013 Regional News"],
        paras=P("""
Women shea butter processors in Tamale have received a new warehouse to store nuts and finished products, a
project they say will help them sell at better prices.

The warehouse, built by the Northern Regional Coordinating Council with support from a cosmetics buyer, can hold
about 500 tonnes of shea nuts.

Processors often sell their nuts cheaply right after the harvest because they have nowhere safe to keep them.

The leader of a processors' association, Hajia Amina Seidu, said the women would now be able to wait for prices
to rise.

More than 600 women from 12 communities belong to the association.

Shea butter from northern Ghana is exported to Europe and North America for use in food and cosmetics.

Officials said two more warehouses would be built in the Savannah and Upper East regions next year.

The council said the processors would manage the warehouse themselves through an elected committee.
"""),
        must_have=[
            "Processors often sell their nuts cheaply right after the harvest because they have nowhere safe to keep them.",
            "More than 600 women from 12 communities belong to the association.",
        ]),
    # news-please shape: the AFP story on Courrier picard (syndicated member of the AFP cluster), "AFP" author field.
    dict(TRIPOLI, role="syndicated", file=JSONL_B, render="newsplease",
         url="https://www.courrier-picard.example.fr/id612345/article/2025-04-15/liban-tripoli-les-savonniers-du-vieux-souk-relancent-leurs-ateliers",
         source_domain="www.courrier-picard.example.fr",
         np_authors=["AFP"], np_publish="2025-04-15 11:30:00", np_download="2025-04-15 19:02:41",
         head_lines=["Par AFP", "Publié: 15 avril 2025 à 11h30"],
         tail_lines=["Cet article vous a intéressé ?", "Partager"]),
    # newsbeam html shape: AzerNews, staff, Ganja, "By NAME" line, "Follow us on Twitter" line.
    rec(cluster="azernews-ganja-carpet-museum", role="single", file=JSONL_B, render="newsbeam", nb_html=True,
        site=SITE_AZN, title="Ganja opens restored carpet workshop in old caravanserai",
        date="2025-09-30", country="AZ", region="asia", lang="en", authors=["Leyla Hasanova"], section="Culture",
        meta_section="Culture",
        url="https://www.azernews.example.az/culture/245678.html",
        description="The workshop will train young weavers in traditional Ganja patterns.",
        published="2025-09-30T13:20:00+04:00", modified="2025-09-30T13:20:00+04:00",
        nb_published="2025-09-30T09:20:00Z", outlet="AzerNews", nb_authors=["Leyla Hasanova"],
        byline_lines=["By Leyla Hasanova"], date_lines=["30 September 2025 13:20 (UTC+04:00)"],
        caption="Weavers at work in the restored caravanserai in Ganja.", credit="AzerNews", credit_shown="Photo: AzerNews",
        below_body=[("follow", "Follow us on Twitter @AzerNewsAz")],
        paras=P("""
A carpet-weaving workshop has opened in a restored 17th-century caravanserai in Ganja, Azerbaijan's second-largest
city, local authorities said.

The workshop has 20 looms and will train young weavers in the traditional patterns of the Ganja carpet school.

Restoration of the caravanserai, which had been closed for years, took about 18 months.

Master weaver Gulnara Mammadova said many old patterns were in danger of being forgotten because few young people
learned the craft.

Visitors will be able to watch the weavers at work and buy carpets made on site.

Carpet weaving in Azerbaijan is included in UNESCO's list of intangible cultural heritage.

The city plans to hold a carpet festival in the caravanserai courtyard next spring.

Ganja is known for its carpets with geometric designs and deep red colours. Officials said the workshop would also host exhibitions of old carpets from private collections. The caravanserai is located near the Shah Abbas mosque in the historic centre of the city.
"""),
        must_have=[
            "Restoration of the caravanserai, which had been closed for years, took about 18 months.",
            "Carpet weaving in Azerbaijan is included in UNESCO's list of intangible cultural heritage.",
        ]),
]


HOLDOUT_NOTES = {
    "purpose": "thirty-first held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: El Nuevo Diario's 2025-03-10T21:15-04:00 and "
    "HaitiLibre's 2025-11-19T19:40-05:00 are the next day in UTC but stay on the local date; the HNA's 05:30+02:00, "
    "the Financial Express' 15:42+05:30, AzerNews' 13:20+04:00 and the Helsinki Times' 09:15+02:00 stay on the same "
    "day; the Correio de Uberlândia 'atualizado em', the HNA 'Stand:' (an update time), the Eindhovens Dagblad "
    "'Laatste update' and Africanews' 'Last updated:' stamps are updates, not the publication (Africanews prints no "
    "other date: its stamp is the same day as the story); AzerNews' crawler stamp 09:20Z is 13:20 in the page's +04:00",
    "dateline_city": "'PORT MORESBY, Sept 9 (Reuters) - ' -> 'Port Moresby'; 'BOISE, Idaho (AP) \u2014 ' -> 'Boise'; "
    "'Tripoli (Liban) (AFP) - ' -> 'Tripoli' (the Lebanese city, LB, not the Libyan capital); 'Arequipa (Perú), 3 jul "
    "(EFE).- ' -> 'Arequipa'; '(ANSA) - RIMINI, 22 MAG - ' -> 'Rimini'; 'ADDIS ABABA, Feb. 18 (Xinhua) -- ' -> 'Addis "
    "Ababa'; 'Srinagar, Jan 14 (PTI) ' -> 'Srinagar'; 'ERZURUM (AA) - ' -> 'Erzurum'; the Financial Express' 'Written "
    "by Reuters' line carries no place; the Keystone-SDA story on Blick has no dateline (country from Aarau); the "
    "Ghanaian Times' 'From Abdul-Rahman Issahaku, Tamale' names the correspondent's base, not a dateline; El Nuevo "
    "Diario's 'Santiago, RD' under the byline is the reporter's bureau line, not a dateline; the other records have no "
    "dateline and take the country of the story's location (Gympie, Aswan, Lviv, Derry, Montego Bay, Semarang, Agadir, "
    "Santiago de los Caballeros, Uberlândia, Kassel, Cap-Haïtien, Tampere, Nowy Targ, Mendoza, Helmond, Luganville, "
    "Messina, Tamale, Ganja)",
    "country": "Papua New Guinea (PG), Lebanon (LB), Australia (AU), Egypt (EG), Ukraine (UA), the United Kingdom (GB, "
    "Derry in Northern Ireland), Peru (PE), Switzerland (CH), Jamaica (JM), Indonesia (ID), Morocco (MA), the Dominican "
    "Republic (DO; Santiago de los Caballeros, not Santiago de Chile), Brazil (BR), Germany (DE), Ethiopia (ET), India "
    "(IN), Haiti (HT), Finland (FI), Poland (PL), Argentina (AR), the Netherlands (NL), Vanuatu (VU), Turkey (TR), Italy "
    "(IT), Ghana (GH) and Azerbaijan (AZ) are labelled with their own codes; the Boise story is US",
    "agency_names": "short names as earlier sets label them: 'Reuters', 'AP', 'AFP' ('L'Indépendant avec AFP', 'Par "
    "AFP'), 'EFE' ('Agencia EFE'), 'ANSA', 'SDA' (Keystone-SDA's German service: Blick's '(SDA)' sign-off; relabelled from 'Keystone-SDA' to the service name dev_set3 uses), 'Xinhua', 'PTI' and 'Anadolu' "
    "('ERZURUM (AA) - ', 'Kaynak: AA')",
    "agency_null": "The Gympie Times, Egyptian Streets, the Kyiv Post, the Derry Journal, CVM TV, Jateng Pos, "
    "Africanews, El Nuevo Diario, the Correio de Uberlândia, the HNA, HaitiLibre, the Helsinki Times, Gazeta Krakowska, "
    "the Buenos Aires Times, the Eindhovens Dagblad, the Daily Post (Vanuatu), Gazzetta del Sud, the Ghanaian Times "
    "and AzerNews write their own copy",
    "authors": "'by REBECCA THORNLEY The Associated Press' / 'Author: REBECCA THORNLEY (Associated Press)' -> 'Rebecca "
    "Thornley' (natural case) on both AP records; Reuters 'Reporting by Kirsty Needham-Vale in Sydney; Editing by "
    "Lincoln Feast' -> author Kirsty Needham-Vale on both Reuters records; 'BY FEDERICO ALBORNOZ' -> 'Federico "
    "Albornoz'; 'Reporter: Dimas Prasetyo' -> 'Dimas Prasetyo'; 'From Abdul-Rahman Issahaku, Tamale' -> the name; "
    "'Lieke van den Broek 17-09-25, 06:00' -> the name; the Gympie Times and Africanews name lines stand alone; "
    "'Written by Reuters', 'Agency News', 'Associated Press', 'AFP', 'Par AFP', 'L'Indépendant avec AFP', 'Agencia "
    "EFE', 'Source: Xinhua', 'PTI', 'Gazete Duvar', 'CVM TV News', 'Africanews', 'Repórter' and 'HL/ HaitiLibre' are "
    "placeholders or role lines, not authors; HaitiLibre prints no personal byline; the wire records without a "
    "personal byline (AFP, EFE, ANSA, Keystone-SDA, Xinhua, PTI, Anadolu) have no authors",
    "editors": "Reuters 'Editing by Lincoln Feast' on both Reuters records; Xinhua 'Editor: Huaxia' on the Ethiopian "
    "Herald; Jateng Pos' 'Editor: Ratna Sari' is the web desk's line (chrome), not a wire editing credit, and is not "
    "labelled",
    "caption_credit": "L'Indépendant '\u00a9 AFP' -> 'AFP'; El Nuevo Diario 'Fuente externa' (as printed, 'external "
    "source'); Correio de Uberlândia 'Crédito: Prefeitura de Uberlândia/Divulgação' -> 'Prefeitura de "
    "Uberlândia/Divulgação'; HNA 'Foto: Andreas Fischer' -> 'Andreas Fischer'; AzerNews 'Photo: AzerNews' -> "
    "'AzerNews'; the other records have no captioned photo",
    "section": "HTML pages (and the batched AzerNews page): article:section ('World News', 'Monde', 'Actualidad', "
    "'Cidade e Região', 'Kassel', 'Business', 'Kashmir', 'Société', 'Finland', 'Culture'); trafilatura: first "
    "category ('Agency News' on the LatestLY copy, 'News', 'Yaşam', 'Messina'); text pages, news-please and newsbeam "
    "text records null",
    "chrome": "stamps, byline and role lines, subscriber and premium badges, comment counters and log-in lines, "
    "newsletter, ePaper, app and live-stream promos, donation appeals, cookie lines, 'Print Headline:' lines, Reuters "
    "credits lines (their names are labelled in authors/editors), LatestLY's syndication disclaimer, 'Editor:' and "
    "'Reporter:' lines, '(SDA)', 'Kaynak: AA', 'HL/ HaitiLibre', 'Riproduzione riservata' lines, tag lists, related "
    "lists, 'Lee también' / 'Baca Juga' / 'A lire aussi' links, advertisement markers and share bars are chrome",
    "regions": "Ukraine, the United Kingdom, Switzerland, Italy, Germany, Finland, Poland and the Netherlands -> europe; "
    "the United States, Peru, Jamaica, the Dominican Republic, Brazil, Haiti and Argentina -> americas; Egypt, "
    "Morocco, Ethiopia and Ghana -> africa; Lebanon, Indonesia, India, Turkey and Azerbaijan -> asia; Papua New Guinea, "
    "Australia and Vanuatu -> oceania",
    "gympietimes_mary_river_levee": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with the "
    "clean text; its must_have sentences contain no quotes or apostrophes; it kept neither the subscriber badge nor "
    "the advertisement marker, comment counter and related list",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"written by reuters", "agency news", "associated press", "par afp", "l'indépendant avec afp",
                "agencia efe", "source: xinhua", "gazete duvar", "cvm tv news", "africanews", "repórter",
                "hl/ haitilibre", "lincoln feast", "huaxia", "ratna sari", "keystone-sda", "sda"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
