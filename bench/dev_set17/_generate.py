#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventeenth development set (bench/dev_set17/, first written as the fourteenth held-out set).

    .venv/bin/python bench/dev_set17/_generate.py

Writes ``bench/dev_set17/articles/*`` and ``bench/dev_set17/labels.json``.  Output
is deterministic (gzip members use mtime=0 and no file name).  Every story is
invented: people, quotes, companies and figures are fictional; cities,
countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and big national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set16/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
# The shared page builders live in bench/labelled_pages.py (run as a script, the
# repository root is not on the path yet).
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, site  # noqa: E402

# HOLDOUT_NOTES is defined at the end of the story data.

JSONL_A = "crawl_holdout14_2025-a.jsonl"
JSONL_B = "crawl_holdout14_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Tórshavn (Financial Post scrape + copy on Devdiscourse in a batch) ----

TORSHAVN_PARAS = P("""
Salmon exports from the Faroe Islands rose 14% by value in February from a year earlier, official figures showed
on Tuesday, as tight supplies from Norway kept prices near record levels in Europe.

The North Atlantic archipelago exported 8,900 tonnes of salmon last month, worth 1.12 billion Danish crowns ($156
million), according to Statistics Faroe Islands.

Volumes were up only 3% on the year, meaning most of the increase came from higher prices, which averaged about
126 crowns per kilogram.

"Norwegian harvests have been lower than expected this winter because of sea lice and cold water, and buyers have
turned to us," said Rúni Dalsgaard, sales director at Faroese fish farmer Vestlax, in a telephone interview.

Salmon is the Faroe Islands' most important export, accounting for more than half of goods exports by value, and
the industry employs about one in 20 of the islands' 55,000 people.

The United States and Poland were the largest markets in February, followed by China, the figures showed.

Analysts expect prices to soften from April as Norwegian output recovers. Benchmark spot prices in Oslo fell 4%
last week, the first weekly decline in six weeks.

The Faroese parliament is due to vote this spring on a proposal to raise the resource tax on salmon farming, which
companies say would hurt investment.
""")

TORSHAVN = dict(
    cluster="reuters-torshavn-faroe-salmon-exports",
    title="Faroe Islands salmon exports jump 14% as Norwegian supply tightens",
    date="2025-03-04",
    dateline="TORSHAVN, March 4 (Reuters) - ",
    city="Tórshavn",
    country="FO",
    region="europe",
    agency="Reuters",
    authors=["Signe Haugland", "Jógvan Mikkelsen"],
    editors=["Harriet Loxley"],
    lang="en",
    section=None,
    paras=TORSHAVN_PARAS,
    must_have=[
        "The United States and Poland were the largest markets in February, followed by China, the figures showed.",
        "The Faroese parliament is due to vote this spring on a proposal to raise the resource tax on salmon farming, "
        "which companies say would hurt investment.",
    ],
    description="The archipelago exported 8,900 tonnes of salmon in February, worth 1.12 billion Danish crowns.",
)

TORSHAVN_CREDITS = ("(Reporting by Signe Haugland in Oslo; additional reporting by Jógvan Mikkelsen in Torshavn; "
                    "Editing by Harriet Loxley)")

# ---- cluster: AFP, Monaco (Challenges scrape + copy on La Croix in the gzipped batch) ----

MONACO_PARAS = P("""
Le Monaco Yacht Show, grand rendez-vous mondial des superyachts, a ouvert ses portes mercredi dans le port Hercule
avec 118 navires exposés, sur fond de ralentissement des ventes après deux années record.

Selon les organisateurs, quelque 30.000 visiteurs, acheteurs, courtiers et chantiers navals sont attendus jusqu'à
samedi dans la principauté.

Le plus grand yacht présenté cette année mesure 115 mètres et affiche un prix de vente supérieur à 250 millions
d'euros, a précisé un courtier.

"Après l'euphorie de l'après-Covid, le marché revient à un rythme plus normal, mais la demande pour les très
grandes unités reste solide", a déclaré à l'AFP Laurent Castellane, directeur commercial d'un chantier italien.

D'après un cabinet spécialisé, le nombre de superyachts de plus de 30 mètres vendus dans le monde a reculé
d'environ 12% au premier semestre par rapport à la même période de 2023.

Les constructeurs mettent en avant cette année les motorisations hybrides et les carburants alternatifs, sous la
pression de clients et de ports de plus en plus attentifs aux émissions.

Le salon représente chaque année des retombées estimées à plus de 100 millions d'euros pour l'économie
monégasque, selon le gouvernement princier.
""")

MONACO = dict(
    cluster="afp-monaco-yacht-show-ralentissement",
    title="Monaco : le Yacht Show s'ouvre sur un marché des superyachts en ralentissement",
    date="2024-09-25",
    dateline="Monaco (AFP) - ",
    city="Monaco",
    country="MC",
    region="europe",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    section=None,
    paras=MONACO_PARAS,
    must_have=[
        "Selon les organisateurs, quelque 30.000 visiteurs, acheteurs, courtiers et chantiers navals sont attendus "
        "jusqu'à samedi dans la principauté.",
        "Le salon représente chaque année des retombées estimées à plus de 100 millions d'euros pour l'économie "
        "monégasque, selon le gouvernement princier.",
    ],
    description="Quelque 118 navires sont exposés dans le port Hercule, alors que les ventes de superyachts reculent.",
)

# ---- cluster: AP, Kingstown (Chicago Tribune page + copy on KSL.com in a batch) ----

KINGSTOWN_PARAS = P("""
Eight months after Hurricane Beryl flattened their fields, banana farmers on the Caribbean island of St. Vincent
are planting again, but many say they will not have fruit to sell until the end of the year.

The storm tore through the southern Grenadines and the north of St. Vincent in July, destroying an estimated 90%
of the country's banana and plantain crop, according to the Ministry of Agriculture.

The government has handed out about 160,000 tissue-culture plantlets and fertilizer to more than 1,100 farmers
since January, with funding from regional and international partners, the ministry said.

"I lost everything in one morning. Now the plants are knee-high, and if the weather holds, I will cut my first
bunches in November," said Desmond Ollivierre, who farms 5 acres near Georgetown.

Bananas were once St. Vincent's main export, but the industry shrank after European trade preferences ended in
the 2000s, and most of the crop is now sold on the island and to neighboring countries.

Farmers say they are also struggling with higher prices for fertilizer and a shortage of workers, as many young
people left farming after the storm to work in construction.

The Caribbean Development Bank approved a loan in February to help rebuild feeder roads in the island's northern
agricultural areas.

Beryl, which struck in early July, was the earliest Category 5 hurricane on record in the Atlantic.
""")

KINGSTOWN = dict(
    cluster="ap-kingstown-st-vincent-banana-replanting",
    title="St. Vincent banana farmers replant, but recovery from Hurricane Beryl is slow",
    date="2025-03-18",
    dateline="KINGSTOWN, St. Vincent (AP) \u2014 ",
    city="Kingstown",
    country="VC",
    region="americas",
    agency="AP",
    authors=["Kezia Browne"],
    editors=[],
    lang="en",
    paras=KINGSTOWN_PARAS,
    must_have=[
        "Bananas were once St. Vincent's main export, but the industry shrank after European trade preferences ended "
        "in the 2000s, and most of the crop is now sold on the island and to neighboring countries.",
        "The Caribbean Development Bank approved a loan in February to help rebuild feeder roads in the island's "
        "northern agricultural areas.",
    ],
    description="The government has handed out about 160,000 plantlets to more than 1,100 farmers since January.",
)

# ---- cluster: Aruba Today, Arikok National Park fees (page + noisy re-scrape) ----

ARIKOK_PARAS = P("""
Visitors to Arikok National Park will pay $25 per person to enter the park from July 1, up from $15, the park
foundation announced on Monday.

The fee for residents of Aruba will remain at Afl. 10, and children under 17 will continue to enter free of
charge.

Fundacion Parke Nacional Aruba said the additional income would be used to repair trails damaged by heavy rain
in November, to hire six more rangers and to improve facilities at the Fontein and Quadirikiri caves.

"The park has never been as busy as it is now, and we need to protect it for the next generation," said director
Ruben Kock, adding that close to 200,000 people visited Arikok last year.

The park covers almost a fifth of the island and includes the Conchi natural pool, which has become one of the
most photographed places on Aruba.

Tour operators said they supported the increase but asked for more time to adjust package prices already sold for
the summer season.

The foundation said visitors will be able to buy a weekly pass for $50 online, and that payment at the entrance
will be by card only from the same date.
""")

ARIKOK = dict(
    cluster="arubatoday-arikok-park-fees",
    title="Arikok National Park entrance fee for visitors to rise to $25 from July",
    date="2025-06-10",
    dateline="",
    city=None,
    country="AW",
    region="americas",
    agency=None,
    authors=["Mirella Croes"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=ARIKOK_PARAS,
    must_have=[
        "The park covers almost a fifth of the island and includes the Conchi natural pool, which has become one of "
        "the most photographed places on Aruba.",
        "Tour operators said they supported the increase but asked for more time to adjust package prices already "
        "sold for the summer season.",
    ],
)

ARIKOK_PRE = ["Aruba Today", "Home", "Local", "Caribbean", "World", "Business", "Sports", "Entertainment", "E-Paper"]
ARIKOK_HEAD = ["Posted on June 10, 2025 by Mirella Croes"]
ARIKOK_COPY = "\u00a9 2025 Aruba Today. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters on the Financial Post (original of the Reuters cluster): "Author of the article:" label over a
    # "Reuters" line and the writer's name, "Published ... • 2 minute read", repeated "Article content" lines,
    # "Photo by NAME/Reuters" credit, "Share this Story :" and bookmark lines.
    dict(
        TORSHAVN,
        role="original",
        file="financialpost_reuters_faroe_salmon_exports.txt",
        render="text",
        caption="Salmon pens in Kaldbaksfjordur, Faroe Islands, September 11, 2023.",
        credit="Tom Jacobsen/Reuters",
        pre=[["Financial Post", "News", "Markets", "Investing", "Personal Finance", "FP Work", "Opinion", "Subscribe"],
             ["Commodities"]],
        head=[["Author of the article:"], ["Reuters"], ["Signe Haugland"],
              ["Published Mar 04, 2025  \u2022  2 minute read"], ["Join the conversation"]],
        cap_lines=["Salmon pens in Kaldbaksfjordur, Faroe Islands, September 11, 2023. Photo by Tom Jacobsen/Reuters"],
        inserts={0: ["Article content"], 2: ["Article content"], 4: ["Advertisement 2", "Story continues below"]},
        tail=[
            [TORSHAVN_CREDITS],
            ["Share this Story : Faroe Islands salmon exports jump 14% as Norwegian supply tightens"],
            ["Bookmark our website and support our journalism: Don't miss the business news you need to know \u2014 "
             "add financialpost.com to your bookmarks and sign up for our newsletters here."],
            ["Comments", "You must be logged in to join the discussion or read more comments."],
            ["\u00a9 2025 Financial Post, a division of Postmedia Network Inc. All rights reserved."],
        ],
    ),
    # AFP on Challenges (original of the AFP cluster): "Par Challenges.fr avec AFP" byline (no writer), dotted
    # "le 25.09.2024 à 12h18" stamp, "NAME / AFP" credit on its own line, newsletter line.
    dict(
        MONACO,
        role="original",
        file="challenges_afp_monaco_yacht_show_fr.txt",
        render="text",
        caption="Des yachts amarrés dans le port Hercule de Monaco, le 24 septembre 2024.",
        credit="CLÉMENT DORIAN / AFP",
        pre=[["Challenges", "Économie", "Entreprise", "Finance", "Immobilier", "Patrimoine", "Monde", "Classements",
              "S'abonner"],
             ["Entreprise", "Luxe"]],
        head=[["Par Challenges.fr avec AFP"], ["le 25.09.2024 à 12h18"], ["Lecture 2 min."]],
        cap_lines=["Des yachts amarrés dans le port Hercule de Monaco, le 24 septembre 2024.", "CLÉMENT DORIAN / AFP"],
        inserts={2: ["Publicité"]},
        tail=[
            ["Vous avez aimé cet article ? Recevez chaque matin la newsletter de Challenges."],
            ["Sur le même sujet", "Luxe : les ventes de montres suisses reculent encore en août",
             "Chantiers navals : Ferretti relève ses prévisions annuelles"],
            ["Challenges - Tous droits réservés"],
        ],
    ),
    # Aruba Today (original of the re-scrape cluster): WordPress "Posted on DATE by NAME" line, "(Photo by NAME)"
    # credit, Jetpack "Share this:" / "Like this:" blocks.
    dict(
        ARIKOK,
        role="original",
        file="arubatoday_arikok_park_fees.txt",
        caption="Visitors walk to the Fontein Cave in Arikok National Park on Sunday.",
        credit="Jacinta Wever",
        pre=[ARIKOK_PRE, ["Local"]],
        head=[ARIKOK_HEAD],
        cap_lines=["Visitors walk to the Fontein Cave in Arikok National Park on Sunday. (Photo by Jacinta Wever)"],
        tail=[
            ["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)",
             "Click to share on WhatsApp (Opens in new window)"],
            ["Like this:", "Like Loading..."],
            ["Related", "Eagle Beach parking fees take effect next month", "Cruise arrivals up 9% in first quarter"],
            [ARIKOK_COPY],
        ],
    ),
    dict(
        ARIKOK,
        role="rescrape",
        file="arubatoday_arikok_park_fees_rescrape.txt.gz",
        noise=True,
        pre=[ARIKOK_PRE],
        head=[ARIKOK_HEAD],
        tail=[["Share this:"], [ARIKOK_COPY]],
    ),
    # PTI on the Free Press Journal: "PTI" line, "Updated: Tuesday, November 12, 2024, 09:18 PM IST" only,
    # "Indore, Nov 12 (PTI) " dateline, the syndicated-feed disclaimer.
    dict(
        cluster="freepressjournal-pti-indore-bio-cng-output",
        role="single",
        file="freepressjournal_pti_indore_bio_cng_plant.txt",
        render="text",
        title="Indore bio-CNG plant output up 30 pc; 150 city buses now run on gas from wet waste",
        date="2024-11-12",
        dateline="Indore, Nov 12 (PTI) ",
        city="Indore",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Free Press Journal", "Mumbai", "India", "World", "Business", "Sports", "Entertainment", "Lifestyle",
              "Indore", "Bhopal"],
             ["Indore"]],
        head=[["PTI"], ["Updated: Tuesday, November 12, 2024, 09:18 PM IST"]],
        inserts={2: ["Advertisement"]},
        tail=[
            ["(This is an unedited and auto-generated story from Syndicated News feed, FPJ Staff may not have modified "
             "or edited the content body)"],
            ["Follow us on", "Google News", "WhatsApp Channel"],
            ["Read Also", "Indore: IMC Launches Drive Against Single-Use Plastic In Markets"],
        ],
        paras=P("""
The bio-CNG plant at Devguradia in Indore has increased its output by nearly 30 per cent this year and now supplies
fuel to about 150 city buses, officials said on Tuesday.

The plant, set up under a public-private partnership, processes around 550 tonnes of segregated wet waste collected
from households, hotels and vegetable markets every day, an Indore Municipal Corporation (IMC) official said.

It produced an average of 17,000 kg of bio-CNG a day in October, compared with 13,200 kg a day in the same month
last year, he said.

The gas is sold to Atal Indore City Transport Services Ltd at a price about Rs 5 per kg lower than the market rate of
CNG, helping the company cut its fuel bill, the official added.

Indore has been ranked India's cleanest city in the Swachh Survekshan survey seven times in a row, and the civic
body has been promoting the plant as a model for other cities.

Officials said the plant also produces around 100 tonnes of organic compost daily, which is sold to farmers in the
district.

The IMC plans to set up a second, smaller plant near the Choithram vegetable market by the end of next year, the
official said.
"""),
        must_have=[
            "It produced an average of 17,000 kg of bio-CNG a day in October, compared with 13,200 kg a day in the same "
            "month last year, he said.",
            "Officials said the plant also produces around 100 tonnes of organic compost daily, which is sold to farmers "
            "in the district.",
        ],
    ),
    # Xinhua on Capital FM (Kenya): "By Xinhua Published June 3, 2025" split in two lines, "BANGUI, June 3
    # (Xinhua) -- " dateline, WordPress comment form lines.
    dict(
        cluster="capitalfm-xinhua-bangui-solar-plant",
        role="single",
        file="capitalfm_xinhua_bangui_solar_plant.txt",
        render="text",
        title="China-funded solar plant boosts power supply in Central African Republic's capital",
        date="2025-06-03",
        dateline="BANGUI, June 3 (Xinhua) -- ",
        city="Bangui",
        country="CF",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Capital FM", "News", "Business", "Sports", "Lifestyle", "Podcasts", "Listen Live"], ["World"]],
        head=[["By Xinhua"], ["Published June 3, 2025"], ["Share", "Tweet", "Email"]],
        tail=[
            ["Follow Capital FM on Google News"],
            ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
            ["Copyright \u00a9 2025 Capital Digital Media. All rights reserved."],
        ],
        paras=P("""
A China-funded solar power plant on the outskirts of Bangui has increased electricity supply to the capital of the
Central African Republic (CAR) by about a quarter since it began full operation in March, the country's energy
ministry said Tuesday.

The 25-megawatt plant in the Sakai area now feeds an average of 96 megawatt-hours into the national grid every day,
according to figures released by the ministry.

"Before the plant, many neighborhoods in Bangui had electricity for only a few hours a day. Now we can supply most
of them during the daytime," said Paul-Herve Yakite, a senior official at the ministry.

The CAR relies mainly on the Boali hydropower stations, about 80 km north of Bangui, whose output falls sharply
during the dry season.

Less than 15 percent of the country's population of about 5.5 million has access to electricity, one of the lowest
rates in the world.

The ministry said a battery storage system will be installed at the site next year to extend supply into the
evening hours.

Traders in Bangui's PK5 market said the more stable supply had allowed them to reduce their use of diesel
generators.
"""),
        must_have=[
            "The CAR relies mainly on the Boali hydropower stations, about 80 km north of Bangui, whose output falls "
            "sharply during the dry season.",
            "The ministry said a battery storage system will be installed at the site next year to extend supply into "
            "the evening hours.",
        ],
    ),
    # EFE on Diario de Mallorca: "Palma 14 JUL 2025 13:42" / "Actualizada ..." stamps, "Palma, 14 jul (EFE).- "
    # dateline, caption and "EFE/NAME" credit on separate lines, "TEMAS" tag block.
    dict(
        cluster="diariodemallorca-efe-palma-temperatura-mar-record",
        role="single",
        file="diariodemallorca_efe_palma_temperatura_mar_record_es.txt",
        render="text",
        title="El mar supera los 29 grados en la bahía de Palma, un récord para un mes de julio",
        date="2025-07-14",
        dateline="Palma, 14 jul (EFE).- ",
        city="Palma",
        country="ES",
        region="europe",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        caption="Bañistas en la playa de Can Pere Antoni, en Palma, este lunes.",
        credit="EFE/Miquel Borràs",
        pre=[["Diario de Mallorca", "Mallorca", "Palma", "Part Forana", "Deportes", "Cultura", "Sucesos", "Opinión",
              "Suscríbete"],
             ["Mallorca"]],
        head=[["EFE"], ["Palma 14 JUL 2025 13:42"], ["Actualizada 14 JUL 2025 14:05"]],
        cap_lines=["Bañistas en la playa de Can Pere Antoni, en Palma, este lunes.", "EFE/Miquel Borràs"],
        inserts={2: ["Publicidad"]},
        tail=[
            ["TEMAS", "Calor", "Mallorca", "Medio ambiente", "Playas"],
            ["Síguenos en Google Discover"],
        ],
        paras=P("""
La temperatura del agua del mar en la bahía de Palma alcanzó este domingo los 29,3 grados, el valor más alto
registrado en un mes de julio desde que hay mediciones, según los datos de la boya oceanográfica de Puertos del
Estado.

El anterior récord para este mes, de 28,6 grados, se había registrado en julio de 2023.

Los científicos del Instituto Mediterráneo de Estudios Avanzados (IMEDEA) advierten de que las olas de calor marinas
son cada vez más frecuentes y duraderas en el Mediterráneo occidental.

"Con el agua a estas temperaturas, la posidonia sufre estrés y algunas especies, como la nacra, tienen más
dificultades para sobrevivir", explicó a EFE la bióloga marina Aina Ferrer.

La Agencia Estatal de Meteorología (Aemet) prevé que el calor se mantenga al menos hasta el miércoles, con máximas
de 36 grados en el interior de Mallorca.

Los servicios de salvamento han detectado además un aumento de las medusas en varias playas del sur de la isla,
donde se ha izado la bandera amarilla en varias ocasiones durante el fin de semana.

El Govern ha recordado a los bañistas que eviten las horas centrales del día y que se hidraten con frecuencia.
"""),
        must_have=[
            "El anterior récord para este mes, de 28,6 grados, se había registrado en julio de 2023.",
            "La Agencia Estatal de Meteorología (Aemet) prevé que el calor se mantenga al menos hasta el miércoles, con "
            "máximas de 36 grados en el interior de Mallorca.",
        ],
    ),
    # ANSA on Alto Adige: "(ANSA) - BOLZANO, 07 FEB - " dateline, date line in words, "(ANSA)." sign-off line and
    # ANSA copyright line.
    dict(
        cluster="altoadige-ansa-bolzano-museo-otzi-visitatori",
        role="single",
        file="altoadige_ansa_bolzano_museo_otzi_visitatori_it.txt",
        render="text",
        title="Museo di Ötzi, record di visitatori nel 2024: oltre 330 mila ingressi",
        date="2025-02-07",
        dateline="(ANSA) - BOLZANO, 07 FEB - ",
        city="Bolzano",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section=None,
        pre=[["Alto Adige", "Bolzano", "Merano", "Bressanone", "Cronaca", "Sport", "Cultura", "Abbonati"],
             ["Cultura e Spettacoli"]],
        head=[["07 febbraio 2025"], ["ANSA"]],
        tail=[
            ["(ANSA)."],
            ["Riproduzione riservata \u00a9 Copyright ANSA"],
            ["Ti potrebbe interessare", "Merano, il mercatino di Natale chiude con 900 mila presenze"],
        ],
        paras=P("""
Il Museo archeologico dell'Alto Adige, che custodisce la mummia di Ötzi, ha chiuso il 2024 con 331.450 visitatori,
il numero più alto dalla sua apertura nel 1998.

L'aumento rispetto all'anno precedente è stato del 6 per cento, ha reso noto oggi la direzione del museo.

Circa il 40 per cento dei visitatori proviene dalla Germania, seguito da italiani, austriaci e svizzeri, mentre
crescono i turisti dagli Stati Uniti e dalla Corea del Sud.

"Nelle giornate di punta in agosto abbiamo dovuto introdurre fasce orarie per gli ingressi, per garantire a tutti
una visita tranquilla", ha spiegato la direttrice Elisabetta Pichler.

Il museo, nel centro storico di Bolzano, è ormai stretto nei suoi spazi: la Provincia ha confermato che il concorso
di progettazione per la nuova sede sarà bandito entro l'estate.

Nel 2026 ricorrerà il 35esimo anniversario del ritrovamento della mummia sul ghiacciaio del Similaun, avvenuto nel
settembre 1991.

Per l'occasione il museo prepara una mostra dedicata alle nuove analisi genetiche sull'Uomo venuto dal ghiaccio,
che sarà inaugurata in primavera e resterà aperta per tutto l'anno.
"""),
        must_have=[
            "L'aumento rispetto all'anno precedente è stato del 6 per cento, ha reso noto oggi la direzione del museo.",
            "Nel 2026 ricorrerà il 35esimo anniversario del ritrovamento della mummia sul ghiacciaio del Similaun, "
            "avvenuto nel settembre 1991.",
        ],
    ),
    # dpa on the Kölner Stadt-Anzeiger: "Köln (dpa/lnw) - " dateline (desk code), reading-time line, "Foto:
    # NAME/dpa" credit line, "Artikel teilen" block.
    dict(
        cluster="ksta-dpa-koeln-pflegedienst-abrechnungsbetrug",
        role="single",
        file="ksta_dpa_koeln_pflegedienst_abrechnungsbetrug_de.txt",
        render="text",
        title="Abrechnungsbetrug: Bewährungsstrafe für Betreiberin eines Kölner Pflegedienstes",
        date="2025-03-14",
        dateline="Köln (dpa/lnw) - ",
        city="Cologne",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        caption="Eine Justitia-Figur im Landgericht Köln.",
        credit="Henrik Otte/dpa",
        pre=[["Kölner Stadt-Anzeiger", "Köln", "Region", "NRW", "Politik", "Wirtschaft", "Sport", "Kultur", "Abo"],
             ["Köln", "Gericht"]],
        head=[["Lesezeit 2 Minuten"], ["14.03.2025, 16:21 Uhr"]],
        cap_lines=["Eine Justitia-Figur im Landgericht Köln.", "Foto: Henrik Otte/dpa"],
        tail=[
            ["dpa"],
            ["Artikel teilen", "Mehr zum Thema", "Landgericht Köln"],
            ["Copyright \u00a9 2025 Kölner Stadt-Anzeiger"],
        ],
        paras=P("""
Wegen Abrechnungsbetrugs in Höhe von rund 420.000 Euro hat das Landgericht Köln die frühere Betreiberin eines
ambulanten Pflegedienstes zu einer Bewährungsstrafe von einem Jahr und zehn Monaten verurteilt.

Die 51-Jährige habe zwischen 2019 und 2022 bei mehreren Krankenkassen Leistungen abgerechnet, die nie erbracht
worden seien, teilte ein Gerichtssprecher am Freitag mit.

Nach Überzeugung der Kammer ließ sie unter anderem Hausbesuche bei Patienten abrechnen, die zu diesem Zeitpunkt im
Krankenhaus lagen oder bereits verstorben waren.

Die Angeklagte hatte zu Beginn des Prozesses ein umfassendes Geständnis abgelegt. Das wertete das Gericht ebenso
zu ihren Gunsten wie den Umstand, dass sie bereits rund 150.000 Euro an die Kassen zurückgezahlt hat.

Als Bewährungsauflage muss sie monatlich 800 Euro zur Schadenswiedergutmachung zahlen. Zudem darf sie fünf Jahre
lang keinen Pflegedienst mehr leiten.

Ein mitangeklagter früherer Mitarbeiter wurde zu einer Geldstrafe von 120 Tagessätzen verurteilt.

Das Urteil ist noch nicht rechtskräftig. Die Staatsanwaltschaft hatte eine Freiheitsstrafe von zwei Jahren und
sechs Monaten ohne Bewährung gefordert.
"""),
        must_have=[
            "Ein mitangeklagter früherer Mitarbeiter wurde zu einer Geldstrafe von 120 Tagessätzen verurteilt.",
            "Die Staatsanwaltschaft hatte eine Freiheitsstrafe von zwei Jahren und sechs Monaten ohne Bewährung "
            "gefordert.",
        ],
    ),
    # UNB on the Dhaka Tribune: "Publish : ..." / "Update : ..." stamps with spaced colons, "Sylhet, Feb 10
    # (UNB) - " dateline, "Topics:" tag block.
    dict(
        cluster="dhakatribune-unb-sylhet-burn-unit",
        role="single",
        file="dhakatribune_unb_sylhet_osmani_burn_unit.txt",
        render="text",
        title="Sylhet Osmani hospital opens 50-bed burn unit",
        date="2025-02-10",
        dateline="Sylhet, Feb 10 (UNB) - ",
        city="Sylhet",
        country="BD",
        region="asia",
        agency="UNB",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Dhaka Tribune", "Bangladesh", "World", "Business", "Sport", "Opinion", "Showtime", "Bangla"],
             ["Bangladesh", "Nation"]],
        head=[["UNB"], ["Publish : 10 Feb 2025, 09:48 PM"], ["Update : 10 Feb 2025, 10:05 PM"]],
        inserts={3: ["Advertisement"]},
        tail=[
            ["Topics:", "Sylhet", "Hospital", "Health"],
            ["Related Stories", "Dengue: 11 more hospitalised in Chattogram"],
        ],
        paras=P("""
A 50-bed burn and plastic surgery unit has started operating at Sylhet MAG Osmani Medical College Hospital, sparing
patients from the northeastern region long journeys to Dhaka for specialised treatment.

The unit has six intensive care beds, two operation theatres and a separate ward for children, hospital director
Brig Gen Mahbubur Rahman said on Monday.

Until now, patients with severe burns from Sylhet, Sunamganj, Habiganj and Moulvibazar districts had to be taken to
the national burn institute in Dhaka, a journey of up to seven hours by road.

"Many patients lost precious time on the way. Now we can start treatment within the first hour," said Dr Farhana
Yasmin, a plastic surgeon who will head the unit.

Doctors said most burn cases in the region involve accidents with gas cylinders and cooking stoves, particularly
during winter.

The hospital has recruited eight doctors and 35 nurses for the unit, some of whom received training in Dhaka over
the past year.

Hospital authorities said treatment and medicines at the unit would be provided free of charge for poor patients.
"""),
        must_have=[
            "Doctors said most burn cases in the region involve accidents with gas cylinders and cooking stoves, "
            "particularly during winter.",
            "The hospital has recruited eight doctors and 35 nurses for the unit, some of whom received training in "
            "Dhaka over the past year.",
        ],
    ),
    # Brisbane Times: "Updated May 5, 2025 — 5.42pm, first published at 4.15pm" stamp, text-size buttons, save
    # line, licence line and one-line author bio.
    dict(
        cluster="brisbanetimes-council-pools-open-winter",
        role="single",
        file="brisbanetimes_council_pools_open_winter.txt",
        render="text",
        title="Brisbane's council pools to stay open all winter as heating upgrade finishes",
        date="2025-05-05",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Lydia Hamblin"],
        editors=[],
        lang="en",
        section=None,
        pre=[["Brisbane Times", "Queensland", "National", "World", "Business", "Culture", "Lifestyle", "Sport",
              "Subscribe"],
             ["Queensland", "Brisbane"]],
        head=[["Save", "Log in, register or subscribe to save articles for later."],
              ["Normal text size", "Larger text size", "Very large text size"],
              ["By Lydia Hamblin"],
              ["Updated May 5, 2025 \u2014 5.42pm, first published at 4.15pm"]],
        inserts={3: ["Advertisement"]},
        tail=[
            ["License this article"],
            ["Lydia Hamblin is a reporter at the Brisbane Times covering Brisbane City Council."],
            ["Most Viewed in National", "Loading"],
        ],
        paras=P("""
All 22 of Brisbane City Council's public swimming pools will stay open through winter for the first time, after a
$14 million upgrade of heating systems at the last seven outdoor pools was completed ahead of schedule.

The council had previously closed several outdoor pools, including those at Mount Gravatt, Jindalee and Sandgate,
between May and September because the water became too cold for most swimmers.

Heat pumps powered partly by rooftop solar panels have replaced ageing gas boilers at the seven pools, which the
council says will cut energy costs by about $600,000 a year.

"Swimming clubs and schools have been asking for this for years, and families will now be able to keep their kids
in lessons all year round," said council's city standards chair, Alana Keogh.

Entry prices will stay at $6.10 for adults and $4.45 for children until the end of June, when the council's new
budget takes effect.

Swimming Queensland welcomed the decision but said the city still needed more 50-metre lanes as its population
grows ahead of the 2032 Olympic Games.

The council said a further three pools would have their change rooms refurbished over the next two years.
"""),
        must_have=[
            "Entry prices will stay at $6.10 for adults and $4.45 for children until the end of June, when the council's "
            "new budget takes effect.",
            "The council said a further three pools would have their change rooms refurbished over the next two years.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------



SITE_CHITRIB = site("Chicago Tribune", "https://www.chicagotribune.example.com", " \u2013 Chicago Tribune", "en_US", "@chicagotribune",
                    ["News", "Sports", "Business", "Opinion", "Entertainment", "Chicagoland", "Obituaries", "eNewspaper"],
                    ["Copyright \u00a9 2025 Chicago Tribune", "Terms of Use", "Privacy Policy", "Cookie Settings"],
                    share=["Facebook", "X", "Email", "Share"], top=["Subscribe", "Log In"], skip="Skip to content")
SITE_DNE = site("Daily News Egypt", "https://www.dailynewsegypt.example.com", " - Daily News Egypt", "en_US", "@DailyNewsEgypt",
                ["Egypt", "Business", "Politics", "Culture", "Sports", "World", "Opinion", "Archive"],
                ["\u00a9 2024 Daily News Egypt. All rights reserved.", "About us", "Contact us"],
                share=["Facebook", "X", "LinkedIn", "WhatsApp"])
SITE_LNC = site("Les Nouvelles Calédoniennes", "https://www.lnc.example.nc", " | LNC.nc", "fr_FR", "@LNC_nc",
                ["Actualités", "Nouméa", "Grand Nouméa", "Brousse", "Îles", "Politique", "Sport", "Faits divers", "Économie"],
                ["\u00a9 Les Nouvelles Calédoniennes 2024", "Mentions légales", "Nous contacter", "Publicité"],
                share=["Partager", "Facebook", "WhatsApp", "Copier le lien"], top=["Le journal numérique", "Se connecter"],
                cookie="Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.",
                buttons=["Tout accepter", "Continuer sans accepter"])
SITE_AZ = site("Allgemeine Zeitung", "https://www.az.example.com.na", " | Allgemeine Zeitung", "de_DE", "@AZ_Namibia",
               ["Nachrichten", "Politik", "Wirtschaft", "Lokales", "Sport", "Tourismus", "Meinung", "E-Paper"],
               ["\u00a9 2025 Allgemeine Zeitung, Windhoek", "Impressum", "Datenschutz", "Kontakt"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["E-Paper", "Abo", "Anmelden"])
SITE_CM = site("Correio da Manhã", "https://www.cmjornal.example.pt", " - Correio da Manhã", "pt_PT", "@cmjornal",
               ["Portugal", "Sociedade", "Economia", "Mundo", "Desporto", "Cultura", "CMTV", "Opinião"],
               ["\u00a9 2024 Correio da Manhã - Todos os direitos reservados", "Estatuto Editorial", "Contactos"],
               share=["Partilhar", "Facebook", "X", "WhatsApp", "E-mail"], top=["Assine já", "Entrar"],
               cookie="Este site utiliza cookies para melhorar a sua experiência de navegação.",
               cookie_title="Privacidade", buttons=["Aceitar", "Mais opções"])
SITE_IRRAWADDY = site("The Irrawaddy", "https://www.irrawaddy.example.com", " - The Irrawaddy", "en_US", "@IrrawaddyNews",
                      ["News", "Burma", "Asia", "World", "Opinion", "Specials", "Business", "Culture", "Burmese"],
                      ["\u00a9 2024 The Irrawaddy. All rights reserved.", "About Us", "Contact", "Subscribe"],
                      share=["Facebook", "X", "Telegram", "Copy link"], graph=True)
SITE_HKFP = site("Hong Kong Free Press HKFP", "https://hongkongfp.example.com", " - Hong Kong Free Press HKFP", "en_GB", "@HongKongFP",
                 ["Hong Kong", "Politics & Protest", "Law & Crime", "Health & Environment", "Opinion", "Culture", "Photo Stories"],
                 ["Support HKFP | Policies & Ethics | Error/typo? | Contact Us | Newsletter | Transparency & Annual Report | Apps",
                  "\u00a9 2025 Hong Kong Free Press HKFP"],
                 share=["Facebook", "X", "WhatsApp", "Telegram", "Email"], top=["Donate", "Newsletter"], graph=True)
SITE_ESPECTADOR = site("El Espectador", "https://www.elespectador.example.com", " | EL ESPECTADOR", "es_CO", "@elespectador",
                       ["Colombia", "Política", "Judicial", "Economía", "Mundo", "Deportes", "Cultura", "Opinión", "Podcast"],
                       ["\u00a9 2025 El Espectador. Todos los derechos reservados.", "Términos y condiciones", "Contáctenos"],
                       share=["Compartir", "Facebook", "X", "WhatsApp"], top=["Suscríbete", "Iniciar sesión"])
SITE_ISLANDSBIZ = site("Islands Business", "https://islandsbusiness.example.com", " - Islands Business", "en_GB", "@IslandsBusiness",
                       ["News", "Business", "Politics", "Climate", "Features", "Magazine", "Breaking News", "Contact"],
                       ["\u00a9 2024 Islands Business International. All rights reserved.", "Advertise", "Subscribe"],
                       share=["Share", "Facebook", "X", "LinkedIn"])

HTML_STORIES = [
    # -- AP on the Chicago Tribune (original of the AP cluster): "NAME | Associated Press" byline, upper-case
    #    PUBLISHED/UPDATED stamps, "Originally Published:" line under the body, newsletter box --
    dict(
        KINGSTOWN,
        role="original",
        file="chicagotribune_ap_st_vincent_banana_replanting.html",
        render="html",
        site=SITE_CHITRIB,
        section="World",
        meta_section="World",
        url="https://www.chicagotribune.example.com/2025/03/18/st-vincent-banana-farmers-replant-hurricane-beryl/",
        published="2025-03-18T14:34:00-05:00",
        modified="2025-03-18T16:10:00-05:00",
        meta_author="Kezia Browne",
        byline_lines=["Kezia Browne | Associated Press"],
        date_lines=["PUBLISHED: March 18, 2025 at 2:34 PM CDT", "UPDATED: March 18, 2025 at 4:10 PM CDT"],
        caption="A farmer clears debris from a replanted banana field near Georgetown, St. Vincent, on Monday, March 17, 2025.",
        credit="AP Photo/Delano Samuel",
        credit_shown="(AP Photo/Delano Samuel)",
        inserts={2: [("ad", "Advertisement")], 5: [("ad", "Advertisement")]},
        below_body=[("originally", "Originally Published: March 18, 2025 at 2:34 PM CDT")],
        newsletter_end=["Get Morning Briefing in your inbox", "The day's top stories, delivered every weekday morning.",
                        "Sign up"],
        lists=[("Trending Nationally", ["Jamaica tourism arrivals rebound after slow winter",
                                        "Barbados to expand water desalination plant"])],
    ),
    # -- Daily News Egypt: staff, byline and date as separate nodes, "Photo:" credit, Google News follow line --
    dict(
        cluster="dailynewsegypt-luxor-west-bank-tomb-reopens",
        role="single",
        file="dailynewsegypt_luxor_west_bank_tomb_reopens.html",
        render="html",
        site=SITE_DNE,
        title="Restored 18th Dynasty tomb on Luxor's West Bank opens to visitors after six-year project",
        date="2024-11-19",
        dateline="",
        city=None,
        country="EG",
        region="africa",
        agency=None,
        authors=["Nourhan Adel"],
        editors=[],
        lang="en",
        section="Culture",
        meta_section="Culture",
        url="https://www.dailynewsegypt.example.com/2024/11/19/restored-18th-dynasty-tomb-on-luxors-west-bank-opens-to-visitors/",
        description="Conservators cleaned wall paintings of harvest scenes and banquets darkened by soot and dust.",
        published="2024-11-19T16:35:00+02:00",
        modified="2024-11-19T16:35:00+02:00",
        meta_author="Nourhan Adel",
        byline_lines=["Nourhan Adel"],
        date_lines=["November 19, 2024"],
        caption="Wall paintings inside the restored tomb in the Qurnet Murai area.",
        credit="Ministry of Tourism and Antiquities",
        credit_shown="Photo: Ministry of Tourism and Antiquities",
        below_body=[("follow", "Follow Daily News Egypt on Google News")],
        tags=("Tags:", ["Luxor", "Antiquities", "Tourism"]),
        lists=[("Related Posts", ["Aswan hotels report high occupancy ahead of sun festival",
                                  "Grand Egyptian Museum extends opening hours"])],
        paras=P("""
The Ministry of Tourism and Antiquities on Tuesday reopened to visitors a restored tomb of a senior 18th Dynasty
official in the Qurnet Murai area on Luxor's West Bank, after a six-year conservation project.

The tomb, carved into the hillside more than 3,300 years ago, contains wall paintings of harvest scenes, banquets
and funerary rituals whose colours had been darkened by soot and dust.

Conservators from the Supreme Council of Antiquities worked with a team from a European university to clean the
paintings and consolidate cracks in the ceiling, the ministry said in a statement.

"The colours we uncovered are much brighter than anyone expected," said Hany Fawzy, head of the restoration team.

Visitors will need a separate ticket priced at EGP 220 for foreigners and EGP 20 for Egyptians, and no more than
10 people will be allowed inside at the same time to protect the paintings.

Luxor received about 1.4 million foreign visitors in the first nine months of the year, according to the
governorate, an increase of 8% on the same period of 2023.

The ministry said it plans to open two more tombs in the area during the current winter season, which runs until
April.
"""),
        must_have=[
            "Luxor received about 1.4 million foreign visitors in the first nine months of the year, according to the "
            "governorate, an increase of 8% on the same period of 2023.",
            "The ministry said it plans to open two more tombs in the area during the current winter season, which runs "
            "until April.",
        ],
    ),
    # -- Les Nouvelles Calédoniennes: staff, "Par NAME" byline, "Publié le vendredi 16 août 2024 à 07h30" in
    #    Nouméa time (+11:00; the previous day in UTC), cookie wall, subscription offer in CFP francs --
    dict(
        cluster="lnc-bourail-foire-visiteurs",
        role="single",
        file="lnc_bourail_foire_agricole_visiteurs_fr.html",
        render="html",
        site=SITE_LNC,
        title="Foire de Bourail : les organisateurs attendent 25 000 visiteurs malgré la crise",
        date="2024-08-16",
        dateline="",
        city=None,
        country="NC",
        region="oceania",
        agency=None,
        authors=["Margaux Toulet"],
        editors=[],
        lang="fr",
        section="Brousse",
        meta_section="Brousse",
        url="https://www.lnc.example.nc/brousse/foire-de-bourail-les-organisateurs-attendent-25-000-visiteurs",
        description="Près de 300 exposants sont attendus sur le terrain de la Néra jusqu'à dimanche.",
        published="2024-08-16T07:30:00+11:00",
        modified="2024-08-16T09:12:00+11:00",
        meta_author="Margaux Toulet",
        byline_lines=["Par Margaux Toulet"],
        date_lines=["Publié le vendredi 16 août 2024 à 07h30", "Mis à jour le vendredi 16 août 2024 à 09h12"],
        caption="Le concours agricole est l'un des temps forts de la foire.",
        credit="Archives LNC",
        credit_shown="Photo Archives LNC",
        inserts={3: [("ad", "Publicité")]},
        below_body=[("offer", "Abonnez-vous à partir de 1 590 F par mois et accédez à tous nos articles.")],
        lists=[("À lire aussi", ["La Foa : le festival du cinéma revient en septembre",
                                 "Koumac : la saison du cerf ouverte jusqu'en novembre"])],
        paras=P("""
La 47e Foire de Bourail ouvre ses portes ce vendredi et jusqu'à dimanche sur le terrain de la Néra, avec près de
300 exposants attendus. Les organisateurs espèrent accueillir 25 000 visiteurs, un peu moins que l'an dernier.

Un temps menacée après les violences du mois de mai, la manifestation a finalement été maintenue grâce au soutien
de la province Sud et de la mairie, explique le président du comité de la foire, Gérard Dubreuil.

« Pour les éleveurs et les agriculteurs de Brousse, c'est le rendez-vous de l'année. On ne pouvait pas laisser
tomber », souligne-t-il.

Le concours agricole réunira cette année 180 bovins, contre 230 en 2023, en raison des difficultés de transport
rencontrées par certains éleveurs du Nord.

Les traditionnels rodéos auront lieu samedi et dimanche après-midi, et le marché des producteurs sera ouvert
chaque matin dès 7 heures.

L'entrée reste fixée à 1 000 francs pour les adultes et gratuite pour les moins de 12 ans.

Les gendarmes seront présents en nombre sur le site et aux abords, et la vente d'alcool sera interdite à partir de
18 heures.
"""),
        must_have=[
            "Le concours agricole réunira cette année 180 bovins, contre 230 en 2023, en raison des difficultés de "
            "transport rencontrées par certains éleveurs du Nord.",
            "L'entrée reste fixée à 1 000 francs pour les adultes et gratuite pour les moins de 12 ans.",
        ],
    ),
    # -- Allgemeine Zeitung (Namibia, German): "Von NAME, Swakopmund" byline with the writer's town (not a
    #    dateline), "Foto:" credit, comment-login line --
    dict(
        cluster="az-swakopmund-jetty-sanierung",
        role="single",
        file="az_swakopmund_jetty_sanierung_de.html",
        render="html",
        site=SITE_AZ,
        title="Sanierung der Swakopmunder Landungsbrücke verzögert sich erneut",
        date="2025-01-22",
        dateline="",
        city=None,
        country="NA",
        region="africa",
        agency=None,
        authors=["Katrin Vogt"],
        editors=[],
        lang="de",
        section="Lokales",
        meta_section="Lokales",
        url="https://www.az.example.com.na/nachrichten/sanierung-der-swakopmunder-landungsbruecke-verzoegert-sich-erneut-2025-01-22",
        description="Die Kosten für die Arbeiten an der Jetty sind auf etwa 38 Millionen Namibia-Dollar gestiegen.",
        published="2025-01-22T07:00:00+02:00",
        modified="2025-01-22T07:00:00+02:00",
        meta_author="Katrin Vogt",
        byline_lines=["Von Katrin Vogt, Swakopmund"],
        date_lines=["22. Januar 2025, 07:00"],
        caption="Die gesperrte Landungsbrücke in Swakopmund.",
        credit="Katrin Vogt",
        credit_shown="Foto: Katrin Vogt",
        comments=["Kommentare (3)", "Sie müssen angemeldet sein, um einen Kommentar zu verfassen."],
        paras=P("""
Die Sanierung der historischen Landungsbrücke in Swakopmund verzögert sich weiter. Wie die Stadtverwaltung am
Dienstag mitteilte, sollen die Arbeiten an dem mehr als 100 Jahre alten Steg (Jetty) nun frühestens im Juli
abgeschlossen werden – fast ein Jahr später als ursprünglich geplant.

Grund seien Lieferverzögerungen bei den Stahlträgern, die aus Südafrika kommen, sowie der starke Seegang im
vergangenen Winter, der die Arbeiten wochenlang unterbrochen habe, erklärte die Sprecherin der Stadt, Frieda
Nangolo.

Die Kosten des Projekts sind inzwischen auf etwa 38 Millionen Namibia-Dollar gestiegen. Ursprünglich waren 29
Millionen N$ veranschlagt worden.

Die Jetty ist seit 2022 für Besucher gesperrt. Vor allem Restaurantbetreiber und Souvenirhändler an der Promenade
klagen über deutlich weniger Laufkundschaft.

„Die Brücke ist für viele Touristen der Grund, überhaupt an die Promenade zu kommen“, sagt Gastronom Dieter
Brinkmann, der seit 15 Jahren ein Café in der Nähe betreibt.

Die Stadt prüft nach eigenen Angaben, ob der vordere Teil des Stegs bereits vor Abschluss der gesamten Arbeiten
wieder geöffnet werden kann.

Der Stadtrat will sich in seiner nächsten Sitzung Ende Februar mit dem Zeitplan befassen.
"""),
        must_have=[
            "Die Kosten des Projekts sind inzwischen auf etwa 38 Millionen Namibia-Dollar gestiegen.",
            "Der Stadtrat will sich in seiner nächsten Sitzung Ende Februar mit dem Zeitplan befassen.",
        ],
    ),
    # -- Lusa on Correio da Manhã: "Faro, 10 set 2024 (Lusa) - " dateline, "Lusa" byline, "Leia também" link,
    #    newsletter promo, comments link --
    dict(
        cluster="cm-lusa-faro-alfarroba-preco-furtos",
        role="single",
        file="cmjornal_lusa_algarve_alfarroba_furtos_pt.html",
        render="html",
        site=SITE_CM,
        title="Preço da alfarroba triplica em dois anos e atrai furtos no Algarve",
        date="2024-09-10",
        dateline="Faro, 10 set 2024 (Lusa) - ",
        city="Faro",
        country="PT",
        region="europe",
        agency="Lusa",
        authors=[],
        editors=[],
        lang="pt",
        section="Portugal",
        meta_section="Portugal",
        url="https://www.cmjornal.example.pt/portugal/detalhe/preco-da-alfarroba-triplica-em-dois-anos-e-atrai-furtos-no-algarve",
        description="O quilo de alfarroba chega a ultrapassar os três euros e a GNR registou 46 queixas por furto desde agosto.",
        published="2024-09-10T14:20:00+01:00",
        modified="2024-09-10T14:20:00+01:00",
        meta_author="Lusa",
        ld_author=[{"@type": "Organization", "name": "Lusa"}],
        byline_lines=["Lusa"],
        date_lines=["10 de setembro de 2024 às 14:20"],
        inserts={2: [("link", "Leia também", "Seca: Governo aprova novas medidas para a agricultura no Algarve")],
                 4: [("promo", ["Newsletter CM", "Receba as principais notícias do dia no seu e-mail.", "Subscrever"])]},
        comments=["Ver comentários"],
        paras=P("""
O preço da alfarroba paga aos produtores algarvios triplicou em dois anos e chega a ultrapassar os três euros por
quilo, o que tem levado a um aumento dos furtos nos pomares da região, alertaram hoje agricultores e autoridades.

Segundo a associação regional de produtores, o quilo de alfarroba era vendido a cerca de um euro em 2022.

A subida deve-se sobretudo à procura da indústria alimentar, que usa a goma extraída da semente como espessante
natural, e à quebra de produção em Espanha e Marrocos causada pela seca.

"Há produtores que passaram a dormir no campo durante a apanha, porque os assaltos são quase diários", disse à
Lusa o presidente da associação, Manuel Guerreiro.

A GNR indicou que, desde o início de agosto, foram registadas 46 queixas por furto de alfarroba nos concelhos de
Loulé, Silves, Tavira e São Brás de Alportel, e detidas 11 pessoas.

As autoridades lembram que a venda de alfarroba a intermediários exige a apresentação de um documento que comprove
a origem do produto.

O Algarve concentra cerca de 80% da produção nacional de alfarroba, que em 2023 rondou as 40 mil toneladas.
"""),
        must_have=[
            "A GNR indicou que, desde o início de agosto, foram registadas 46 queixas por furto de alfarroba nos concelhos "
            "de Loulé, Silves, Tavira e São Brás de Alportel, e detidas 11 pessoas.",
            "O Algarve concentra cerca de 80% da produção nacional de alfarroba, que em 2023 rondou as 40 mil toneladas.",
        ],
    ),
    # -- The Irrawaddy: the outlet's own name as byline ("By The Irrawaddy"), "/ The Irrawaddy" credit after the
    #    caption, +06:30 offset, donation line, JSON-LD @graph --
    dict(
        cluster="irrawaddy-mandalay-power-cuts",
        role="single",
        file="irrawaddy_mandalay_power_cuts.html",
        render="html",
        site=SITE_IRRAWADDY,
        title="Mandalay Residents Endure 16-Hour Daily Blackouts as Hydropower Output Falls",
        date="2024-05-08",
        dateline="",
        city=None,
        country="MM",
        region="asia",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Burma",
        meta_section="Burma",
        url="https://www.irrawaddy.example.com/news/burma/mandalay-residents-endure-16-hour-daily-blackouts.html",
        description="Most wards in Mandalay receive power in two four-hour blocks a day, and businesses rely on generators.",
        published="2024-05-08T14:10:00+06:30",
        modified="2024-05-08T14:10:00+06:30",
        ld_author=[{"@type": "Organization", "name": "The Irrawaddy"}],
        breadcrumbs=["Home", "News", "Burma"],
        byline_lines=["By The Irrawaddy"],
        date_lines=["8 May 2024"],
        caption="Residents buy candles at a shop in Mandalay during a power cut in late April.",
        credit="The Irrawaddy",
        credit_shown="/ The Irrawaddy",
        below_body=[("donate", "Support The Irrawaddy's independent journalism. Donate now.")],
        tags=("Tags:", ["Electricity", "Mandalay", "Economy"]),
        lists=[("Latest Stories", ["Rice prices climb in Yangon markets as kyat weakens",
                                   "Heat wave forces schools in Magwe to shorten hours"])],
        paras=P("""
Residents of Mandalay say they are now receiving only about eight hours of electricity a day, as output from
hydropower dams falls during the hot season and gas supplies to power plants dwindle.

Under the latest rotation schedule published by the Mandalay Electricity Supply Corporation, most wards receive
power in two four-hour blocks, one in the morning and one late at night.

Small businesses have been hit hardest. A restaurant owner in Chanayethazan Township said she spends about 60,000
kyats a day on fuel for her generator, more than double what she paid last year.

"We cannot raise our prices any more, because our customers have no money either," she told The Irrawaddy, asking
not to be named.

Fuel prices have also risen sharply. A liter of diesel sold for around 2,900 kyats in Mandalay last week, compared
with about 2,000 kyats at the start of the year, according to traders.

Demand for solar panels and batteries has surged, with shops on 84th Street reporting that stocks of popular models
sell out within days.

Temperatures in Mandalay reached 43 degrees Celsius in late April, and doctors have warned of an increase in
heatstroke cases among elderly people without fans or air conditioning.
"""),
        must_have=[
            "Under the latest rotation schedule published by the Mandalay Electricity Supply Corporation, most wards "
            "receive power in two four-hour blocks, one in the morning and one late at night.",
            "Demand for solar panels and batteries has surged, with shops on 84th Street reporting that stocks of popular "
            "models sell out within days.",
        ],
    ),
    # -- Hong Kong Free Press: byline and "10:42, 10 January 2025" as separate nodes, "File photo: NAME/HKFP"
    #    credit, support box and impartiality line, pipe-joined footer links --
    dict(
        cluster="hkfp-renovation-contractor-jailed",
        role="single",
        file="hkfp_renovation_contractor_jailed_cheating.html",
        render="html",
        site=SITE_HKFP,
        title="Hong Kong renovation contractor jailed for 28 months for cheating homeowners of HK$2.1 million",
        date="2025-01-10",
        dateline="",
        city=None,
        country="HK",
        region="asia",
        agency=None,
        authors=["Candice Lau"],
        editors=[],
        lang="en",
        section="Law & Crime",
        meta_section="Law & Crime",
        url="https://hongkongfp.example.com/2025/01/10/hong-kong-renovation-contractor-jailed-for-28-months-for-cheating-homeowners/",
        description="The contractor took deposits from 23 homeowners for work he never carried out.",
        published="2025-01-10T10:42:00+08:00",
        modified="2025-01-10T12:05:00+08:00",
        meta_author="Candice Lau",
        byline_lines=["Candice Lau"],
        date_lines=["10:42, 10 January 2025"],
        caption="The District Court in Wan Chai.",
        credit="Peter Mok/HKFP",
        credit_shown="File photo: Peter Mok/HKFP.",
        inserts={3: [("promo", ["Support HKFP", "Safeguard press freedom; keep HKFP free for all readers by supporting our team",
                                "Donate"])]},
        below_body=[("impartial", "HKFP is an impartial platform & does not necessarily share the views of opinion "
                                  "writers or advertisers.")],
        tags=("Tags:", ["District Court", "Consumer Council", "fraud"]),
        paras=P("""
A renovation contractor who took deposits from 23 homeowners for work he never carried out has been jailed for two
years and four months.

Lam Chi-keung, 46, pleaded guilty at the District Court on Friday to 23 counts of obtaining property by deception,
involving a total of HK$2.1 million taken between 2021 and 2023.

The court heard that Lam's company, which traded under the name Grand Harvest Interior Works, advertised cheap
renovation packages on social media and asked clients to pay up to 70 per cent of the price in advance.

Most of the victims were young couples who had just bought flats in Tseung Kwan O, Tin Shui Wai and Tung Chung.

In several cases, workers removed old kitchens and bathrooms and then never returned. District Judge Amanda Woo
said the defendant had exploited the trust of people making one of the biggest purchases of their lives.

In mitigation, Lam's lawyer said his client's business had run into difficulties during the Covid-19 pandemic and
that he had used new deposits to finish older jobs.

The Consumer Council received 412 complaints about renovation services in 2024, up 18 per cent on the previous
year, according to its annual figures.
"""),
        must_have=[
            "Most of the victims were young couples who had just bought flats in Tseung Kwan O, Tin Shui Wai and Tung Chung.",
            "The Consumer Council received 412 complaints about renovation services in 2024, up 18 per cent on the "
            "previous year, according to its annual figures.",
        ],
    ),
    # -- El Espectador (gzipped): staff, AI audio-player lines above the body, "Foto:" credit, "Temas
    #    recomendados:" tags, subscription promo --
    dict(
        cluster="elespectador-santa-marta-racionamiento-agua",
        role="single",
        file="elespectador_santa_marta_racionamiento_agua_es.html.gz",
        render="html",
        site=SITE_ESPECTADOR,
        title="Santa Marta decreta racionamiento de agua por turnos en 120 barrios",
        date="2025-03-11",
        dateline="",
        city=None,
        country="CO",
        region="americas",
        agency=None,
        authors=["Andrea Jaramillo Caro"],
        editors=[],
        lang="es",
        section="Colombia",
        meta_section="Colombia",
        url="https://www.elespectador.example.com/colombia/barranquilla/santa-marta-decreta-racionamiento-de-agua-por-turnos-en-120-barrios/",
        description="Los ríos Manzanares, Piedras y Gaira aportan menos de la mitad del agua que necesita la ciudad.",
        published="2025-03-11T19:40:00-05:00",
        modified="2025-03-11T19:40:00-05:00",
        meta_author="Andrea Jaramillo Caro",
        byline_lines=["Andrea Jaramillo Caro"],
        date_lines=["11 de marzo de 2025 - 07:40 p. m."],
        caption="Habitantes del barrio Bastidas llenan recipientes en un carrotanque.",
        credit="Essmar",
        credit_shown="Foto: Essmar",
        above_body=[("audio", "Escucha este artículo"), ("audio-note", "Audio generado con IA de Google")],
        inserts={2: [("ad", "Publicidad")]},
        below_body=[("promo", "Este es el momento de apoyar el periodismo independiente. Suscríbete a El Espectador.")],
        tags=("Temas recomendados:", ["Santa Marta", "Racionamiento de agua", "Magdalena"]),
        comments=["Ver comentarios"],
        paras=P("""
La Alcaldía de Santa Marta y la empresa de acueducto Essmar anunciaron este martes un nuevo esquema de
racionamiento de agua por turnos que afectará a unos 120 barrios de la ciudad, ante la disminución del caudal de
los ríos Manzanares, Piedras y Gaira.

Según Essmar, los tres ríos aportan actualmente cerca de 480 litros por segundo, menos de la mitad de lo que
necesita la ciudad en temporada seca.

Los barrios recibirán el servicio durante 12 horas cada dos días, de acuerdo con un calendario que será publicado
en las redes sociales de la empresa.

"Sabemos que es una medida dura, pero no tenemos otra opción mientras no lleguen las lluvias", afirmó el gerente
de Essmar, Álvaro Cotes.

La empresa dispuso 35 carrotanques para abastecer a hospitales, colegios y los sectores más altos, donde el agua no
llega aunque haya servicio.

Comerciantes de El Rodadero y del centro histórico expresaron su preocupación por el impacto en el turismo durante
la Semana Santa, que comienza a mediados de abril.

El Ministerio de Vivienda anunció que destinará recursos para perforar cuatro nuevos pozos profundos en el sur de
la ciudad.
"""),
        must_have=[
            "Según Essmar, los tres ríos aportan actualmente cerca de 480 litros por segundo, menos de la mitad de lo que "
            "necesita la ciudad en temporada seca.",
            "La empresa dispuso 35 carrotanques para abastecer a hospitales, colegios y los sectores más altos, donde el "
            "agua no llega aunque haya servicio.",
        ],
    ),
    # -- Islands Business (Fiji, covering Nauru): "By NAME" byline, weekday date line, magazine and
    #    e-newsletter promos --
    dict(
        cluster="islandsbusiness-nauru-solar-farm-diesel",
        role="single",
        file="islandsbusiness_nauru_solar_farm_diesel.html",
        render="html",
        site=SITE_ISLANDSBIZ,
        title="Nauru's new solar farm cuts diesel use by a third",
        date="2024-11-14",
        dateline="",
        city=None,
        country="NR",
        region="oceania",
        agency=None,
        authors=["Losana Tuicakau"],
        editors=[],
        lang="en",
        section="Climate",
        meta_section="Climate",
        url="https://islandsbusiness.example.com/news-break/nauru-solar-farm-cuts-diesel-use/",
        description="The 6-megawatt plant now supplies close to half of the island's daytime electricity demand.",
        published="2024-11-14T10:00:00+12:00",
        modified="2024-11-14T10:00:00+12:00",
        meta_author="Losana Tuicakau",
        byline_lines=["By Losana Tuicakau"],
        date_lines=["Thursday, 14 November 2024"],
        caption="Solar panels at the new plant in Nauru.",
        credit="Nauru Utilities Corporation",
        credit_shown="Picture: Nauru Utilities Corporation",
        below_body=[("magazine", "Read the full story in the November issue of Islands Business magazine.")],
        newsletter_end=["Islands Business e-Newsletter", "Get the latest Pacific business news in your inbox every week."],
        lists=[("Recent Posts", ["Tuvalu signs new fisheries access deal", "Kiribati airline adds second weekly Nadi flight"])],
        paras=P("""
Nauru has cut the amount of diesel it burns for electricity by about a third since its largest solar farm was
connected to the grid in June, according to the Nauru Utilities Corporation.

The 6-megawatt plant, built with financing from the Asian Development Bank and fitted with a battery storage
system, now supplies close to half of the island's daytime electricity demand.

"Every litre of diesel we do not import is money that stays in Nauru," said Lena Detenamo, acting chief executive of
the utilities corporation.

Nauru, a single raised coral island of about 12,000 people, has relied almost entirely on imported diesel for
power, leaving households and businesses exposed to swings in world oil prices.

The corporation said diesel consumption for power generation fell to about 290,000 litres a month between July and
October, from an average of 440,000 litres a month in the first half of the year.

Electricity tariffs have not changed, but the government is considering whether to lower the price for households
next year, officials said.

Heat and salt spray remain a challenge for the equipment, and engineers clean the panels every week to keep output
up.
"""),
        must_have=[
            "The corporation said diesel consumption for power generation fell to about 290,000 litres a month between "
            "July and October, from an average of 440,000 litres a month in the first half of the year.",
            "Electricity tariffs have not changed, but the government is considering whether to lower the price for "
            "households next year, officials said.",
        ],
    ),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, Diário do Nordeste: "Escrito por" label over the writer's name and e-mail address, "Legenda:" and
    # "Foto:" caption lines inside maintext, staff copy.
    dict(
        cluster="diariodonordeste-fortaleza-preco-caranguejo",
        role="single",
        file="newsplease_diariodonordeste_fortaleza_preco_caranguejo_pt.json",
        render="newsplease",
        title="Preço do caranguejo sobe até 25% em Fortaleza e pesa na tradicional quinta-feira",
        date="2024-08-29",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Camila Holanda"],
        editors=[],
        lang="pt",
        section=None,
        caption="Caranguejos à venda no Mercado São Sebastião, em Fortaleza",
        credit="Davi Rocha",
        url="https://diariodonordeste.example.com.br/negocios/preco-do-caranguejo-sobe-ate-25-em-fortaleza-1.3551207",
        source_domain="diariodonordeste.example.com.br",
        description="A corda com quatro caranguejos chega a R$ 50 no Mercado São Sebastião.",
        np_authors=["Camila Holanda"],
        np_publish="2024-08-29 06:00:00",
        np_modify="2024-08-29 08:41:00",
        np_download="2024-08-29 14:22:37",
        head_lines=["Negócios", "Escrito por", "Camila Holanda", "camila.holanda@svm.example.com.br",
                    "Legenda: Caranguejos à venda no Mercado São Sebastião, em Fortaleza", "Foto: Davi Rocha"],
        tail_lines=["Assuntos Relacionados", "Preço da cesta básica em Fortaleza cai pelo terceiro mês seguido"],
        paras=P("""
O preço do caranguejo subiu até 25% nos últimos três meses em Fortaleza, segundo levantamento feito por
comerciantes do Mercado São Sebastião e por barracas da Praia do Futuro, onde o crustáceo é tradição às
quintas-feiras.

A corda com quatro caranguejos, que custava em média R$ 40 em maio, é vendida agora por até R$ 50 nos boxes do
mercado.

Nas barracas de praia, o prato com quatro unidades passou a custar entre R$ 70 e R$ 90, dependendo do tamanho.

De acordo com os vendedores, a alta se deve à menor oferta vinda dos manguezais do Piauí e do Maranhão, de onde sai
a maior parte do caranguejo consumido na capital cearense.

"O caranguejo está mais miúdo e mais caro. Tem semana que a gente não consegue nem completar o pedido", relata o
comerciante Francisco Alves, que trabalha no mercado há 22 anos.

O Ibama lembra que a captura é proibida durante os períodos de "andada", quando os caranguejos saem das tocas para
acasalar, entre janeiro e abril.

Apesar do aumento, donos de barracas dizem que o movimento às quintas-feiras continua forte, impulsionado pelos
turistas.
"""),
        must_have=[
            "A corda com quatro caranguejos, que custava em média R$ 40 em maio, é vendida agora por até R$ 50 nos boxes "
            "do mercado.",
            "Apesar do aumento, donos de barracas dizem que o movimento às quintas-feiras continua forte, impulsionado "
            "pelos turistas.",
        ],
    ),
    # news-please, Lusaka Times running ZANIS: "By Chief Editor" (a desk placeholder) in the author field and head,
    # no dateline, "ZANIS" sign-off line.
    dict(
        cluster="lusakatimes-zanis-kariba-load-shedding",
        role="single",
        file="newsplease_lusakatimes_zanis_kariba_load_shedding.json",
        render="newsplease",
        title="Kariba water levels rise, ZESCO reduces load-shedding hours",
        date="2025-04-08",
        dateline="",
        city=None,
        country="ZM",
        region="africa",
        agency="ZANIS",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.lusakatimes.example.com/2025/04/08/kariba-water-levels-rise-zesco-reduces-load-shedding-hours/",
        source_domain="www.lusakatimes.example.com",
        description="Load-shedding is down from 17 hours to about 12 hours a day in most parts of the country.",
        np_authors=["Chief Editor"],
        np_publish="2025-04-08 10:15:00",
        np_modify=None,
        np_download="2025-04-08 19:03:52",
        head_lines=["General News", "By Chief Editor", "April 8, 2025"],
        tail_lines=["ZANIS", "Related Posts", "Leave a Reply"],
        paras=P("""
The water level at Lake Kariba has risen by more than two metres since the start of the rainy season, allowing power
utility ZESCO to reduce daily load-shedding from 17 hours to about 12 hours in most parts of the country.

Zambezi River Authority figures show that the lake stood at 477.9 metres on Monday, compared with 475.6 metres in
November, when it was close to the minimum operating level of 475.5 metres.

ZESCO Public Relations Manager Mirriam Chanda said the utility would continue to ration power because the water
allocated to the Kariba North Bank power station remained below normal.

Speaking in Siavonga, Ms Chanda said the improvement was also due to imports from neighbouring countries and new
solar plants that had been connected to the national grid.

Small business owners in Siavonga welcomed the change, saying the long power cuts had forced many to close early.

"We are grateful, but we hope the power will stay on longer as the lake keeps rising," said Beatrice Muleya, who
runs a fish processing business in the town.

Zambia generates more than 80 percent of its electricity from hydropower, leaving it vulnerable to droughts such as
the one caused by the El Nino weather pattern last year.
"""),
        must_have=[
            "Small business owners in Siavonga welcomed the change, saying the long power cuts had forced many to close "
            "early.",
            "Zambia generates more than 80 percent of its electricity from hydropower, leaving it vulnerable to droughts "
            "such as the one caused by the El Nino weather pattern last year.",
        ],
    ),
    # news-please, Geo News: "PESHAWAR: " colon dateline (staff), section word and writer on separate head lines,
    # WhatsApp follow line.
    dict(
        cluster="geo-peshawar-arbab-niaz-stadium",
        role="single",
        file="newsplease_geo_peshawar_arbab_niaz_stadium.json",
        render="newsplease",
        title="Peshawar's Arbab Niaz Stadium ready for international cricket after Rs1.5bn upgrade",
        date="2025-02-18",
        dateline="PESHAWAR: ",
        city="Peshawar",
        country="PK",
        region="asia",
        agency=None,
        authors=["Zubair Afridi"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.geo.example.tv/latest/592214-peshawars-arbab-niaz-stadium-ready-for-international-cricket",
        source_domain="www.geo.example.tv",
        description="The stadium now seats 20,000 spectators and has new floodlights and a modern media centre.",
        np_authors=["Zubair Afridi"],
        np_publish="2025-02-18 17:25:00",
        np_modify=None,
        np_download="2025-02-19 03:11:08",
        head_lines=["Sports", "Zubair Afridi", "February 18, 2025"],
        tail_lines=["Follow Geo News on WhatsApp for the latest updates", "Read more: PCB announces venues for domestic T20 event"],
        paras=P("""
The renovated Arbab Niaz Stadium in Peshawar is ready to host international cricket, officials said on Tuesday,
after an upgrade costing about Rs1.5 billion that took more than five years to complete.

The stadium now has seating for 20,000 spectators, new floodlights, a modern media centre and drainage that allows
play to resume within an hour of heavy rain, Khyber Pakhtunkhwa sports department officials said.

The Pakistan Cricket Board (PCB) is expected to send a team of inspectors later this month to assess whether the
venue can host matches in the next season of the Pakistan Super League (PSL).

"Cricket fans in Peshawar have waited a long time for this. We want to see the stars playing in front of their own
crowd," said former first-class cricketer Naveed Khan, who now coaches at the stadium's academy.

Work on the stadium began in 2019 but was delayed several times because of funding problems and the coronavirus
pandemic.

The provincial government said the ground would also be used for domestic tournaments and for training camps of the
Khyber Pakhtunkhwa women's team.
"""),
        must_have=[
            "Work on the stadium began in 2019 but was delayed several times because of funding problems and the "
            "coronavirus pandemic.",
            "The provincial government said the ground would also be used for domestic tournaments and for training camps "
            "of the Khyber Pakhtunkhwa women's team.",
        ],
    ),
    # trafilatura, Leeuwarder Courant (Dutch): staff, writer and "12 mei 2025, 06:00" head lines, first category
    # "Friesland", subscription line.
    dict(
        cluster="lc-friesland-grutto-broedparen",
        role="single",
        file="trafilatura_lc_friesland_grutto_broedparen_nl.json",
        render="trafilatura",
        title="Aantal grutto's in Friesland opnieuw gedaald, vogelwachten zien weinig jongen",
        date="2025-05-12",
        dateline="",
        city=None,
        country="NL",
        region="europe",
        agency=None,
        authors=["Hanna de Vries"],
        editors=[],
        lang="nl",
        section="Friesland",
        url="https://www.lc.example.nl/friesland/aantal-gruttos-in-friesland-opnieuw-gedaald-vogelwachten-zien-weinig-jongen",
        hostname="www.lc.example.nl",
        source_hostname="Leeuwarder Courant",
        description="Vrijwilligers telden dit voorjaar ongeveer 8 procent minder broedparen dan vorig jaar.",
        tf_author="Hanna de Vries",
        tf_date="2025-05-12",
        tf_language="nl",
        categories="Friesland;Natuur",
        tf_tags="grutto;weidevogels;Fryslân",
        head_lines=["Hanna de Vries", "12 mei 2025, 06:00"],
        tail_lines=["Lees ook", "Boeren in Noardeast-Fryslân maaien later voor de kievit",
                    "Word abonnee van de Leeuwarder Courant en lees onbeperkt."],
        paras=P("""
Het aantal broedparen van de grutto in Friesland is dit voorjaar opnieuw gedaald. Bij de eerste tellingen van de
Bond Friese VogelWachten (BFVW) werden ongeveer 8 procent minder paren gevonden dan vorig jaar.

De vrijwilligers telden in april en begin mei in totaal 10.400 broedparen in de gebieden die jaarlijks worden
gevolgd. Tien jaar geleden waren dat er nog ruim 15.000.

Vooral in het noorden van de provincie, rond Dokkum en in het Bildt, gaat het slecht met de weidevogel. In het
zuidwesten, waar meer plas-drasgebieden zijn aangelegd, blijft het aantal paren stabiel.

"We zien mooie nesten, maar veel te weinig kuikens die het halen", zegt BFVW-coördinator Sietske Hoekstra. Volgens
haar spelen vossen, roofvogels en het vroege maaien een grote rol.

De provincie Fryslân trekt dit jaar 6,5 miljoen euro uit voor weidevogelbeheer, onder meer voor vergoedingen aan
boeren die later maaien of het waterpeil verhogen.

Boerenorganisatie LTO Noord laat weten dat steeds meer melkveehouders meedoen, maar dat de vergoedingen voor veel
bedrijven niet opwegen tegen de lagere opbrengst van het gras.

De grutto werd in 2015 verkozen tot nationale vogel van Nederland.
"""),
        must_have=[
            "De vrijwilligers telden in april en begin mei in totaal 10.400 broedparen in de gebieden die jaarlijks "
            "worden gevolgd.",
            "De provincie Fryslân trekt dit jaar 6,5 miljoen euro uit voor weidevogelbeheer, onder meer voor "
            "vergoedingen aan boeren die later maaien of het waterpeil verhogen.",
        ],
    ),
    # trafilatura, Kaktus.media (Russian, Kyrgyzstan): staff, Cyrillic writer name, "15 апреля 2025, 12:40",
    # first category "Общество", typo-report and Telegram lines.
    dict(
        cluster="kaktus-osh-khleb-podorozhal",
        role="single",
        file="trafilatura_kaktus_osh_khleb_podorozhal_ru.json",
        render="trafilatura",
        title="В Оше подорожал хлеб: буханка стоит уже 35 сомов",
        date="2025-04-15",
        dateline="",
        city=None,
        country="KG",
        region="asia",
        agency=None,
        authors=["Айгерим Садыкова"],
        editors=[],
        lang="ru",
        section="Общество",
        url="https://kaktus.example.media/doc/519874_v_oshe_podorojal_hleb_byhanka_stoit_yje_35_somov.html",
        hostname="kaktus.example.media",
        source_hostname="Kaktus.media",
        description="Пекари объясняют рост цен подорожанием муки, которая завозится из Казахстана.",
        tf_author="Айгерим Садыкова",
        tf_date="2025-04-15",
        tf_language="ru",
        categories="Общество;Экономика",
        tf_tags="Ош;цены;хлеб",
        head_lines=["Айгерим Садыкова", "15 апреля 2025, 12:40"],
        tail_lines=["Заметили ошибку? Выделите её и нажмите Ctrl+Enter", "Подписывайтесь на наш Telegram-канал"],
        paras=P("""
В Оше с начала апреля подорожал хлеб. Стандартная буханка весом 500 граммов в большинстве магазинов и пекарен
города теперь стоит 35 сомов вместо 30.

Владельцы пекарен объясняют рост цен подорожанием муки. По их словам, мешок муки первого сорта весом 50
килограммов на оптовых рынках Оша стоит около 2 100 сомов, тогда как в феврале он продавался за 1 750 сомов.

«Мы держали цену, сколько могли, но работать в убыток невозможно. Подорожали и электричество, и аренда», —
рассказала владелица пекарни в микрорайоне Анар Гулзат Ташиева.

Большая часть муки, которая продается на юге страны, завозится из Казахстана. Поставщики говорят, что в последние
месяцы выросли и цены на зерно, и стоимость перевозки.

В мэрии Оша сообщили, что следят за ситуацией и проводят встречи с производителями хлеба. Антимонопольная служба
начала проверку крупных оптовых поставщиков муки.

Горожане жалуются, что вслед за хлебом дорожают и другие продукты. На Ошском базаре подсолнечное масло за месяц
подорожало на 10 процентов, а сахар — на 8 процентов.

Власти напоминают, что в городе работают социальные магазины, где хлеб для пенсионеров и малообеспеченных семей
продается по сниженной цене. Список таких магазинов опубликован на сайте мэрии.
"""),
        must_have=[
            "Большая часть муки, которая продается на юге страны, завозится из Казахстана.",
            "Горожане жалуются, что вслед за хлебом дорожают и другие продукты.",
        ],
    ),
    # trafilatura, The Korea Times running Yonhap: "By Yonhap" and "Posted : ..." / "Updated : ..." head lines,
    # "SEOGWIPO, Nov. 4 (Yonhap) -- " dateline, first category "Regions".
    dict(
        cluster="koreatimes-yonhap-seogwipo-tangerine-harvest",
        role="single",
        file="trafilatura_koreatimes_yonhap_jeju_tangerine_harvest.json",
        render="trafilatura",
        title="Jeju tangerine harvest expected to fall 7 percent after record summer heat",
        date="2024-11-04",
        dateline="SEOGWIPO, Nov. 4 (Yonhap) -- ",
        city="Seogwipo",
        country="KR",
        region="asia",
        agency="Yonhap",
        authors=[],
        editors=[],
        lang="en",
        section="Regions",
        url="https://www.koreatimes.example.co.kr/www/nation/2024/11/113_385512.html",
        hostname="www.koreatimes.example.co.kr",
        source_hostname="The Korea Times",
        description="Open-field tangerine output is estimated at around 390,000 tons, down from about 420,000 tons.",
        tf_author="Yonhap",
        tf_date="2024-11-04",
        tf_language="en",
        categories="Regions;Economy",
        tf_tags="Jeju;tangerine;harvest",
        head_lines=["By Yonhap", "Posted : 2024-11-04 15:22", "Updated : 2024-11-04 16:40"],
        tail_lines=["Top 10 Stories", "Seoul apartment prices rise for 32nd straight week"],
        paras=P("""
This year's harvest of open-field tangerines on Jeju Island is expected to fall about 7 percent from last year as
record summer heat and heavy autumn rain damaged the fruit, local authorities said Monday.

The Jeju Special Self-Governing Province estimated this year's open-field tangerine output at around 390,000 tons,
compared with about 420,000 tons last year.

Officials said the extended heat wave in August and September caused sunburn on the fruit and delayed coloring,
while rain in October led to cracked peels on some farms.

Wholesale prices have risen as a result. A 5-kilogram box of premium tangerines sold for an average of 18,000 won at
the Garak wholesale market in Seoul last week, up 15 percent from a year earlier.

"Farmers are harvesting later than usual to let the fruit ripen, but quality is still uneven," said an official at
the Seogwipo agricultural cooperative.

The provincial government plans to strengthen inspections to keep unripe or low-quality fruit from reaching the
market, which could hurt the image of Jeju tangerines.

Tangerines are Jeju's main crop, and about 60 percent of them are grown in Seogwipo, on the southern side of the
island.
"""),
        must_have=[
            "The Jeju Special Self-Governing Province estimated this year's open-field tangerine output at around 390,000 "
            "tons, compared with about 420,000 tons last year.",
            "Tangerines are Jeju's main crop, and about 60 percent of them are grown in Seogwipo, on the southern side of "
            "the island.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_GULFNEWS = site("Gulf News", "https://gulfnews.example.com", " | Gulf News", "en_US", "@gulf_news",
                     ["UAE", "Business", "World", "Sport", "Entertainment", "Living in UAE", "Opinion", "Gold rate"],
                     ["\u00a9 2025 Al Nisr Publishing LLC. All rights reserved.", "About Us", "Contact Us", "Privacy"],
                     share=["Share", "Facebook", "X", "WhatsApp", "Copy link"], top=["E-Paper", "Newsletters"])
SITE_HBT = site("Hawke's Bay Today", "https://www.nzherald.example.co.nz/hawkes-bay-today", " - Hawke's Bay Today", "en_NZ", "@HBToday",
                ["Latest news", "Hawke's Bay", "Business", "Sport", "Opinion", "Lifestyle", "Puzzles", "Subscribe"],
                ["\u00a9 Copyright 2025 NZME Publishing Limited", "Contact us", "Terms of use", "Privacy policy"],
                share=["Share", "Share on Facebook", "Share on X", "Copy link"], top=["Subscribe", "Sign in"])

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on Devdiscourse (syndicated member of the Reuters cluster), desk-name
    # byline, "Torshavn | Updated: ... IST" line, auto-feed disclaimer.
    dict(
        TORSHAVN,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        url="https://www.devdiscourse.example.com/article/business/3301877-faroe-islands-salmon-exports-jump-14-as-norwegian-supply-tightens",
        nb_published="2025-03-04T13:12:00Z",
        outlet="Devdiscourse",
        nb_authors=["Devdiscourse News Desk"],
        head_lines=["Devdiscourse News Desk", "Torshavn | Updated: 04-03-2025 18:42 IST"],
        tail_lines=[TORSHAVN_CREDITS,
                    "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)"],
    ),
    # trafilatura shape: the AP story on KSL.com (syndicated member of the AP cluster), "By NAME, Associated Press |
    # Posted - ..." one line in Mountain time, AP copyright line, first category "World".
    dict(
        KINGSTOWN,
        role="syndicated",
        file=JSONL_A,
        render="trafilatura",
        section="World",
        url="https://www.ksl.example.com/article/51284411/st-vincent-banana-farmers-replant-but-recovery-from-hurricane-beryl-is-slow",
        hostname="www.ksl.example.com",
        source_hostname="KSL.com",
        tf_author="Kezia Browne",
        tf_date="2025-03-18",
        tf_language="en",
        categories="World;Caribbean",
        tf_tags="Hurricane Beryl;Agriculture;St. Vincent",
        head_lines=["By Kezia Browne, Associated Press | Posted - March 18, 2025 at 1:34 p.m."],
        tail_lines=["Copyright \u00a92025 The Associated Press. All rights reserved. This material may not be published, "
                    "broadcast, rewritten or redistributed.",
                    "Most recent World stories"],
    ),
    # newsbeam html shape: Gulf News (staff), "NAME, Senior Reporter" byline, "Published:" / "Last updated:" lines,
    # highlights box, breaking-news alert lines.
    dict(
        cluster="gulfnews-dubai-gold-price-record",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_GULFNEWS,
        title="Dubai gold price hits record above Dh400 a gram as buyers hold back",
        date="2025-04-22",
        dateline="",
        city=None,
        country="AE",
        region="asia",
        agency=None,
        authors=["Anupriya Nair"],
        editors=[],
        lang="en",
        section="Business",
        meta_section="Business",
        url="https://gulfnews.example.com/business/markets/dubai-gold-price-hits-record-above-dh400-a-gram-as-buyers-hold-back-1.500104322",
        description="24K gold opened at Dh404.25 a gram on Tuesday, according to the Dubai Jewellery Group.",
        published="2025-04-22T09:40:00+04:00",
        modified="2025-04-22T14:05:00+04:00",
        nb_published="2025-04-22T05:40:00Z",
        outlet="Gulf News",
        nb_authors=["Anupriya Nair"],
        meta_author="Anupriya Nair",
        byline_lines=["Anupriya Nair, Senior Reporter"],
        date_lines=["Published: April 22, 2025 09:40", "Last updated: April 22, 2025 14:05"],
        caption="Shoppers at a jewellery store in the Deira Gold Souk.",
        credit="Gulf News Archives",
        credit_shown="Image Credit: Gulf News Archives",
        above_body=[("highlights-title", "Highlights"),
                    ("highlight", "24K gold crosses Dh400 a gram for the first time")],
        below_body=[("alerts", "Get Breaking News Alerts From Gulf News"),
                    ("alerts-text", "We'll send you latest news updates through the day. You can manage them any time by "
                                    "clicking on the notification icon.")],
        paras=P("""
The price of 24-karat gold in Dubai rose above Dh400 a gram for the first time on Tuesday morning, as global prices
climbed to fresh records amid uncertainty over trade tariffs.

At the opening of the market, 24K gold was selling at Dh404.25 a gram, while 22K gold was priced at Dh374.50,
according to the Dubai Jewellery Group.

That is an increase of about Dh75 a gram since the start of the year.

Jewellers in the Gold Souk in Deira said many customers were selling old jewellery to take advantage of the high
prices, while purchases of new pieces had slowed.

"People come in, check the rate and leave. The ones who are buying are mostly investors looking for coins and bars,"
said Ramesh Menon, who manages a jewellery shop in the souk.

Some retailers are offering lower making charges and free gold coins with larger purchases to bring in customers
ahead of the wedding season.

Analysts say prices could remain volatile in the coming weeks, as investors watch central bank decisions and the
direction of the US dollar.
"""),
        must_have=[
            "That is an increase of about Dh75 a gram since the start of the year.",
            "Some retailers are offering lower making charges and free gold coins with larger purchases to bring in "
            "customers ahead of the wedding season.",
        ],
    ),
    # news-please shape: IOL (staff), "Business Report" label, "Published Jul 16, 2024" line, app-download line.
    dict(
        cluster="iol-ngqura-citrus-exports-record",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Eastern Cape citrus exports through Ngqura set for record season",
        date="2024-07-16",
        dateline="",
        city=None,
        country="ZA",
        region="africa",
        agency=None,
        authors=["Sipho Ntuli"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.iol.example.co.za/business-report/economy/eastern-cape-citrus-exports-through-ngqura-set-for-record-season-d2b0c1f4",
        source_domain="www.iol.example.co.za",
        description="About 6.2 million cartons of citrus had passed through the port by the end of June.",
        np_authors=["Sipho Ntuli"],
        np_publish="2024-07-16 09:30:00",
        np_modify=None,
        np_download="2024-07-16 12:47:19",
        head_lines=["Business Report", "Sipho Ntuli", "Published Jul 16, 2024"],
        tail_lines=["Get your news on the go. Download the latest IOL App for Android and IOS now.", "BUSINESS REPORT"],
        paras=P("""
Citrus exports through the Port of Ngqura near Gqeberha are on track for a record season, with more than 14 million
cartons expected to be shipped by the end of October, according to the Citrus Growers' Association of Southern
Africa.

By the end of June, about 6.2 million cartons of oranges, lemons and soft citrus had passed through the port, about
18% more than at the same point last year.

Growers in the Sundays River Valley, one of the country's largest citrus-producing areas, said good summer rains and
fewer problems with pests had helped yields.

The port operator said a new container crane and extra refrigerated plugs had cut waiting times for vessels.

"Last season we had ships waiting at anchor for days. This year the fruit is moving much faster," said Kirkwood
farmer Johan Pretorius.

The European Union remains the biggest market for Eastern Cape citrus, but exports to China, India and the Middle
East are growing.

The association has warned, however, that rising electricity and fuel costs are putting pressure on smaller
farmers.
"""),
        must_have=[
            "By the end of June, about 6.2 million cartons of oranges, lemons and soft citrus had passed through the port, "
            "about 18% more than at the same point last year.",
            "The European Union remains the biggest market for Eastern Cape citrus, but exports to China, India and the "
            "Middle East are growing.",
        ],
    ),
    # news-please shape (gzipped batch): the AFP story on La Croix (syndicated member of the AFP cluster), "La Croix
    # (avec AFP)" author and head line, slash date.
    dict(
        MONACO,
        role="syndicated",
        file=JSONL_B,
        render="newsplease",
        url="https://www.la-croix.example.com/economie/monaco-yacht-show-marche-superyachts-ralentissement-20240925",
        source_domain="www.la-croix.example.com",
        np_authors=["La Croix (avec AFP)"],
        np_publish="2024-09-25 13:05:00",
        np_modify=None,
        np_download="2024-09-26 04:31:12",
        head_lines=["La Croix (avec AFP)", "le 25/09/2024 à 13:05"],
        tail_lines=["Lire aussi", "Cannes : le salon nautique affiche complet pour sa 47e édition"],
    ),
    # newsbeam text shape (gzipped batch): Graphic Online (staff), "Oct - 08 - 2024 , 07:15" stamp, WhatsApp line.
    dict(
        cluster="graphic-kumasi-central-market-phase-two",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Kejetia traders begin moving into phase two of Kumasi Central Market",
        date="2024-10-08",
        dateline="",
        city=None,
        country="GH",
        region="africa",
        agency=None,
        authors=["Kweku Asante-Mensah"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.graphic.example.com.gh/news/general-news/kejetia-traders-begin-moving-into-phase-two-of-kumasi-central-market.html",
        nb_published="2024-10-08T07:15:00Z",
        outlet="Graphic Online",
        nb_authors=["Kweku Asante-Mensah"],
        head_lines=["Regional News", "Kweku Asante-Mensah", "Oct - 08 - 2024 , 07:15"],
        tail_lines=["Connect with Graphic Online on WhatsApp for the latest news", "Related Stories"],
        paras=P("""
Traders at the Kumasi Central Market have begun moving into the newly completed second phase of the market
redevelopment project, ending years of trading in temporary sheds along the Kejetia roads.

The Kumasi Metropolitan Assembly (KMA) said about 3,800 stores and stalls had been allocated so far, and that traders
would be moved in groups over the next eight weeks.

The Metropolitan Coordinating Director, Mr Kwabena Owusu-Agyei, said the new facility had fire hydrants, a modern
drainage system and a daycare centre for the children of traders.

"We have waited for this for a long time. At least now our goods will be safe from the rain," said Madam Akosua
Serwaa, a cloth seller who has traded at the market for 30 years.

Some traders, however, complained that the rent of GH¢350 a month for a small store was too high, and appealed to the
assembly to reduce it.

The KMA said the rents were approved by the assembly and would be reviewed after the first year.

The Kumasi Central Market is one of the largest open-air markets in West Africa, with traders coming from Burkina
Faso, Togo and Côte d'Ivoire.
"""),
        must_have=[
            "Some traders, however, complained that the rent of GH¢350 a month for a small store was too high, and "
            "appealed to the assembly to reduce it.",
            "The KMA said the rents were approved by the assembly and would be reviewed after the first year.",
        ],
    ),
    # trafilatura shape (gzipped batch): Excélsior, "PUEBLA, Pue.- " dateline with the state abbreviation (staff
    # correspondent), "NAME | Corresponsal" line, desk-initials sign-off line, first category "Nacional".
    dict(
        cluster="excelsior-puebla-ceniza-popocatepetl-clases",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Suspenden clases presenciales en 11 municipios de Puebla por caída de ceniza del Popocatépetl",
        date="2025-05-12",
        dateline="PUEBLA, Pue.- ",
        city="Puebla",
        country="MX",
        region="americas",
        agency=None,
        authors=["Aurelio Mendoza Trejo"],
        editors=[],
        lang="es",
        section="Nacional",
        url="https://www.excelsior.example.com.mx/nacional/suspenden-clases-presenciales-en-11-municipios-de-puebla-por-ceniza/1712254",
        hostname="www.excelsior.example.com.mx",
        source_hostname="Excélsior",
        description="La medida afecta a unas 480 escuelas de educación básica y a cerca de 62 mil alumnos.",
        tf_author="Aurelio Mendoza Trejo",
        tf_date="2025-05-12",
        tf_language="es",
        categories="Nacional;Puebla",
        tf_tags="Popocatépetl;Puebla;SEP",
        head_lines=["Aurelio Mendoza Trejo | Corresponsal", "12/05/2025 14:37"],
        tail_lines=["rcr", "LEE TAMBIÉN", "Cenapred mantiene alerta amarilla fase 2 en el Popocatépetl"],
        paras=P("""
La Secretaría de Educación Pública (SEP) estatal suspendió este lunes las clases presenciales en 11 municipios
cercanos al volcán Popocatépetl, luego de que la caída de ceniza cubriera calles, patios escolares y vehículos
durante la madrugada.

La medida afecta a unas 480 escuelas de educación básica y a cerca de 62 mil alumnos, que tomarán clases a distancia
al menos hasta el miércoles, informó la dependencia.

Entre los municipios afectados se encuentran San Nicolás de los Ranchos, Atlixco, Huejotzingo y San Pedro Cholula,
donde la Coordinación de Protección Civil reportó una capa de ceniza de hasta dos milímetros.

El Centro Nacional de Prevención de Desastres (Cenapred) mantiene el Semáforo de Alerta Volcánica en Amarillo Fase 2
y registró en las últimas 24 horas 46 exhalaciones acompañadas de vapor, gases y ceniza.

"Pedimos a la población usar cubrebocas, cubrir los tinacos y no barrer la ceniza en seco", señaló el coordinador
estatal de Protección Civil, Gerardo Ruiz Sánchez.

El Aeropuerto Internacional de Puebla suspendió sus operaciones durante seis horas por la presencia de ceniza en la
pista.

Autoridades sanitarias recomendaron a las personas con enfermedades respiratorias permanecer en casa.
"""),
        must_have=[
            "La medida afecta a unas 480 escuelas de educación básica y a cerca de 62 mil alumnos, que tomarán clases a "
            "distancia al menos hasta el miércoles, informó la dependencia.",
            "Autoridades sanitarias recomendaron a las personas con enfermedades respiratorias permanecer en casa.",
        ],
    ),
    # newsbeam html shape (gzipped batch): Hawke's Bay Today (staff, NZME), "Premium" kicker, +12:00 stamp (the
    # previous day in UTC), author bio, "Latest from Hawke's Bay Today" rail.
    dict(
        cluster="hbtoday-apple-export-crop-labour",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_HBT,
        title="Hawke's Bay apple growers expect bumper export crop despite labour squeeze",
        date="2025-05-02",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Tama Hokianga"],
        editors=[],
        lang="en",
        section="Business",
        meta_section="Business",
        url="https://www.nzherald.example.co.nz/hawkes-bay-today/news/hawkes-bay-apple-growers-expect-bumper-export-crop/4QXKZL7TNBEM3A2PRW6Y/",
        description="New Zealand is expected to export about 22 million cartons of apples this season.",
        published="2025-05-02T05:00:00+12:00",
        modified="2025-05-02T05:00:00+12:00",
        nb_published="2025-05-01T17:00:00Z",
        outlet="Hawke's Bay Today",
        nb_authors=["Tama Hokianga"],
        meta_author="Tama Hokianga",
        kicker="Premium",
        byline_lines=["By Tama Hokianga"],
        date_lines=["2 May, 2025 05:00 AM"],
        caption="Pickers at work in a Havelock North orchard this week.",
        credit="Paul Taylor",
        credit_shown="Photo / Paul Taylor",
        inserts={3: [("ad", "Advertisement")]},
        author_box=["Tama Hokianga is a Hawke's Bay Today reporter covering business and primary industries."],
        lists=[("Latest from Hawke's Bay Today", ["Napier council approves new coastal walkway",
                                                  "Hastings teen named in national rowing squad"])],
        paras=P("""
Hawke's Bay apple growers are on track for one of their biggest export crops, with picking in the region's orchards
set to finish in the next two weeks.

New Zealand Apples and Pears estimates the country will export about 22 million cartons this season, with Hawke's
Bay supplying more than 60 per cent of the fruit.

Good weather during flowering and the recovery of orchards damaged by Cyclone Gabrielle in 2023 have helped lift
volumes, growers say.

Havelock North grower Mereana Tipene said her family's orchard had picked 30 per cent more fruit than last year, but
finding enough workers had been difficult.

"We had Recognised Seasonal Employer workers arrive later than planned, so we've been relying on students and
backpackers to fill the gaps," she said.

Growers say shipping costs remain high, and the industry is watching demand in Asia, where New Zealand competes with
fruit from Chile and South Africa.

Packhouses in Hastings have added extra night shifts to cope with the volume of fruit coming in.
"""),
        must_have=[
            "Growers say shipping costs remain high, and the industry is watching demand in Asia, where New Zealand "
            "competes with fruit from Chile and South Africa.",
            "Packhouses in Hastings have added extra night shifts to cope with the volume of fruit coming in.",
        ],
    ),
]


HOLDOUT_NOTES = {
    "purpose": "fourteenth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Les Nouvelles Calédoniennes prints 'Publié le "
    "vendredi 16 août 2024 à 07h30' (+11:00, i.e. 2024-08-15T20:30Z), so 2024-08-16; the Hawke's Bay Today record is "
    "dated 2025-05-02 (its +12:00 article:published_time) although the crawler stamp is 2025-05-01T17:00Z; Brisbane "
    "Times 'Updated May 5, 2025 — 5.42pm, first published at 4.15pm' is one day; the Chicago Tribune 'UPDATED:' "
    "and 'Originally Published:' lines and the KSL.com 'Posted - ... 1:34 p.m.' (Mountain time) stamp all fall on "
    "2025-03-18; the Free Press Journal prints only 'Updated: Tuesday, November 12, 2024, 09:18 PM IST', and the PTI "
    "dateline agrees on Nov 12; Devdiscourse 'Updated: 04-03-2025 18:42 IST' is day-month-year and agrees with the "
    "Reuters dateline; Dhaka Tribune 'Update :', Diario de Mallorca 'Actualizada', The Korea Times 'Updated :', Gulf "
    "News 'Last updated:' and Les Nouvelles Calédoniennes 'Mis à jour' are updates; Challenges 'le 25.09.2024', La "
    "Croix 'le 25/09/2024' and Excélsior '12/05/2025' are day-month-year; Graphic Online 'Oct - 08 - 2024 , 07:15' is "
    "Ghana time (UTC); The Irrawaddy's stamp is +06:30",
    "dateline_city": "'TORSHAVN, March 4 (Reuters)' (Reuters drops the accent) -> 'Tórshavn', the GeoNames name, "
    "country FO; 'Monaco (AFP)' -> 'Monaco', country MC; 'KINGSTOWN, St. Vincent (AP)' -> 'Kingstown', country VC; "
    "'(ANSA) - BOLZANO, 07 FEB - ' -> 'Bolzano'; 'Köln (dpa/lnw)' -> 'Cologne' (the English name; 'lnw' is dpa's "
    "North Rhine-Westphalia desk); 'Palma, 14 jul (EFE).-' -> 'Palma' (Palma de Mallorca); 'Faro, 10 set 2024 (Lusa)' "
    "-> 'Faro'; 'SEOGWIPO, Nov. 4 (Yonhap)' -> 'Seogwipo' (the headline says Jeju, the dateline city is Seogwipo); "
    "Geo News's staff dateline 'PESHAWAR: ' (city and colon) -> 'Peshawar'; Excélsior's 'PUEBLA, Pue.- ' -> 'Puebla' "
    "('Pue.' abbreviates the state of Puebla; the story is staff copy from a correspondent); the Allgemeine Zeitung "
    "byline 'Von Katrin Vogt, Swakopmund' names the writer's town, it is not a dateline, so null with country NA; "
    "Lusaka Times 'Speaking in Siavonga' is body text, not a dateline; pages without a dateline (Aruba Today, "
    "Brisbane Times, Daily News Egypt, Les Nouvelles Calédoniennes, The Irrawaddy, Hong Kong Free Press, El "
    "Espectador, Islands Business, Diário do Nordeste, Lusaka Times, Leeuwarder Courant, Kaktus.media, Gulf News, "
    "IOL, Graphic Online, Hawke's Bay Today) are null and take the country of the story's location (Islands Business "
    "is in Suva, its story is about Nauru: NR)",
    "agency_names": "short names: 'Reuters', 'AP', 'AFP', 'EFE', 'ANSA', 'dpa', 'Lusa', 'PTI', 'Xinhua', 'Yonhap', "
    "'UNB' (United News of Bangladesh, 'Sylhet, Feb 10 (UNB) - ' and the 'UNB' byline line on the Dhaka Tribune) and "
    "'ZANIS' (Zambia News and Information Services, the government news agency whose copy Zambian sites run; the "
    "Lusaka Times signs it with a 'ZANIS' line under the story)",
    "agency_null": "Geo News ('PESHAWAR:'), Excélsior ('PUEBLA, Pue.-', 'Corresponsal') and the other pages without "
    "an agency dateline or sign-off are staff copy; The Irrawaddy bylines its own name; IOL's 'Business Report' is "
    "IOL's business title, not an agency; Islands Business is a magazine writing its own copy",
    "authors": "the Financial Post prints the Reuters writer under 'Author of the article:' / 'Reuters'; the credit "
    "line adds 'additional reporting by Jógvan Mikkelsen', so both names, in order; the Devdiscourse copy has no "
    "byline ('Devdiscourse News Desk' is a placeholder) and takes the same two names from the same credit line; "
    "'Par Challenges.fr avec AFP' and 'La Croix (avec AFP)' name no writer; Chicago Tribune 'Kezia Browne | "
    "Associated Press' and KSL.com 'By Kezia Browne, Associated Press' -> 'Kezia Browne'; Aruba Today 'Posted on June "
    "10, 2025 by Mirella Croes' -> 'Mirella Croes'; 'By The Irrawaddy' (the outlet), 'By Chief Editor' (the Lusaka "
    "Times desk), 'By Xinhua', 'By Yonhap', and 'PTI', 'UNB', 'EFE', 'ANSA', 'dpa', 'Lusa' lines are not authors; "
    "Gulf News 'Anupriya Nair, Senior Reporter' -> 'Anupriya Nair'; Excélsior 'Aurelio Mendoza Trejo | Corresponsal' "
    "-> 'Aurelio Mendoza Trejo'; Diário do Nordeste 'Escrito por' over the name and an e-mail address -> 'Camila "
    "Holanda'; Allgemeine Zeitung 'Von Katrin Vogt, Swakopmund' -> 'Katrin Vogt'; Kaktus.media's writer is kept in "
    "Cyrillic as printed ('Айгерим Садыкова')",
    "editors": "Reuters 'Editing by Harriet Loxley' (on both copies); Excélsior's 'rcr' line is desk initials, not an "
    "editor's name, and is chrome",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text and casing are kept: Financial Post "
    "'Photo by Tom Jacobsen/Reuters' -> 'Tom Jacobsen/Reuters'; Challenges 'CLÉMENT DORIAN / AFP' on the line under "
    "the caption, kept as printed; Aruba Today '(Photo by Jacinta Wever)' -> 'Jacinta Wever'; Diario de Mallorca "
    "'EFE/Miquel Borràs' on its own line; Kölner Stadt-Anzeiger 'Foto: Henrik Otte/dpa' -> 'Henrik Otte/dpa'; Chicago "
    "Tribune '(AP Photo/Delano Samuel)' -> 'AP Photo/Delano Samuel'; Daily News Egypt 'Photo: Ministry of Tourism and "
    "Antiquities'; Les Nouvelles Calédoniennes 'Photo Archives LNC' -> 'Archives LNC'; Allgemeine Zeitung 'Foto: "
    "Katrin Vogt' -> 'Katrin Vogt'; The Irrawaddy '/ The Irrawaddy' after the caption -> 'The Irrawaddy'; HKFP 'File "
    "photo: Peter Mok/HKFP.' -> 'Peter Mok/HKFP' (wrapper and closing full stop dropped); El Espectador 'Foto: Essmar' "
    "-> 'Essmar'; Islands Business 'Picture: Nauru Utilities Corporation'; Diário do Nordeste's 'Legenda:' and 'Foto:' "
    "lines inside the news-please text -> caption without 'Legenda:', credit 'Davi Rocha'; Gulf News 'Image Credit: "
    "Gulf News Archives' -> 'Gulf News Archives'; Hawke's Bay Today 'Photo / Paul Taylor' -> 'Paul Taylor'",
    "photo_credit_not_story_agency": "'/AFP', '/dpa', 'EFE/' and 'AP Photo/' credits agree with, but do not decide, "
    "the agency labels; 'Tom Jacobsen/Reuters', 'Archives LNC', 'Gulf News Archives' and the ministry and utility "
    "credits are not story agencies",
    "section": "HTML pages: article:section ('World', 'Culture', 'Brousse', 'Lokales', 'Portugal', 'Burma', 'Law & "
    "Crime', 'Colombia', 'Climate'; 'Business' on the batched Gulf News and Hawke's Bay Today pages); trafilatura: "
    "first category ('Friesland' on the Leeuwarder Courant, 'Общество' on Kaktus.media, 'Regions' on The Korea Times, "
    "'World' on KSL.com, 'Nacional' on Excélsior); text pages, news-please and newsbeam text records null, whatever "
    "section word the page prints near the title",
    "chrome": "Postmedia's repeated 'Article content' lines (listed once per occurrence), 'Advertisement 2' / 'Story "
    "continues below' and 'Share this Story :' line; the Free Press Journal and Devdiscourse syndicated-feed "
    "disclaimers; WordPress/Jetpack 'Share this:' / 'Like this:' blocks; Brisbane Times text-size buttons, save and "
    "licence lines and the one-line author bio; HKFP's support box, impartiality line and pipe-joined link row; El "
    "Espectador's AI audio-player lines; the Chicago Tribune 'Originally Published:' line; the Hawke's Bay Today "
    "'Premium' kicker and author bio; Gulf News 'Highlights' box and alert lines; sign-off lines '(ANSA).', 'dpa', "
    "'ZANIS' and 'rcr'; the Diário do Nordeste e-mail line; typo-report and Telegram lines are chrome; standfirsts "
    "are neither chrome nor body",
    "regions": "the Faroe Islands (FO), Monaco (MC), Spain, Italy, Germany, Portugal and the Netherlands -> europe; "
    "Aruba (AW), St Vincent and the Grenadines (VC), Colombia, Brazil and Mexico -> americas; the Central African "
    "Republic (CF), Egypt, Namibia, Zambia, South Africa and Ghana -> africa; India, Bangladesh, Myanmar (MM), Hong "
    "Kong (HK), Pakistan, Kyrgyzstan, South Korea and the United Arab Emirates -> asia; Australia, New Caledonia (NC), "
    "Nauru (NR) and New Zealand -> oceania",
    "languages": "Russian 'ru' (Kaktus.media, Kyrgyzstan) and Dutch 'nl' (Leeuwarder Courant) appear next to en, es, "
    "fr, de, it and pt; Correio da Manhã writes European Portuguese, Diário do Nordeste Brazilian Portuguese; the "
    "Allgemeine Zeitung is a German-language daily in Namibia",
    "arubatoday_arikok_park_fees": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with the "
    "clean text; its must_have sentences contain no quotes or apostrophes; it kept no photo, so no caption",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"par afp", "by xinhua", "unb", "united news of bangladesh", "yonhap", "by yonhap", "zanis",
                "chief editor", "by chief editor", "devdiscourse news desk", "challenges.fr avec afp",
                "la croix (avec afp)", "la croix", "challenges", "the irrawaddy", "by the irrawaddy",
                "business report", "gulf news", "correspondent", "corresponsal", "web desk"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
