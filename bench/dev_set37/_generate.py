#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's thirty-seventh development set (bench/dev_set37/, first written as the thirty-fourth held-out set).

    .venv/bin/python bench/dev_set37/_generate.py

Writes ``bench/dev_set37/articles/*`` and ``bench/dev_set37/labels.json`` (next to this
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
bench/dev_set36/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout34_2025-a.jsonl"
JSONL_B = "crawl_holdout34_2025-b.jsonl.gz"


# ---- cluster: Reuters, Dakhla (National Post page + copy on Qatar Tribune in the plain batch) ----

DAKHLA = dict(
    cluster="reuters-dakhla-desalination-farms",
    title="Desalination plant in Western Sahara's Dakhla starts supplying water to farms",
    date="2025-03-18",
    dateline="DAKHLA, Western Sahara, March 18 (Reuters) - ",
    city="Dakhla",
    country="EH",
    region="africa",
    agency="Reuters",
    authors=["Karim Benali", "Souad Mernissi"],
    editors=["Alison Whitcombe"],
    lang="en",
    description="The wind-powered plant will irrigate about 5,000 hectares of export crops.",
    paras=P("""
A seawater desalination plant near Dakhla began delivering water to farms this week, officials said on Tuesday,
as Morocco pushes to expand irrigated agriculture in the arid territory despite concerns about the project's
energy needs.

The plant, powered by a nearby wind farm, can produce about 37 million cubic metres of water a year, most of it
for irrigating some 5,000 hectares of tomatoes, melons and other crops grown for export.

Morocco has been hit by six consecutive years of drought that have drained its dams and forced authorities to
ration water for farming in several regions.

"Without this water there would be no new farms here, because the groundwater is too salty and too deep," said
Hamid Ould Salek, who heads a local growers' association.

Officials said about a fifth of the output would go to drinking water for Dakhla, a fishing city of about
120,000 people on a narrow peninsula on the Atlantic coast.

Critics say export farming in the desert uses scarce resources to grow crops that are mostly sold in Europe.

Morocco considers Western Sahara part of its territory, while the Algeria-backed Polisario Front seeks an
independent state there. The United Nations lists it as a non-self-governing territory.

Several foreign companies have announced investments in Dakhla in recent years, including in a new Atlantic
port that is due to open in 2028.

The agriculture ministry said farmers would pay a subsidised price for the water for the first five years.
"""),
    must_have=[
        "Morocco has been hit by six consecutive years of drought that have drained its dams and forced authorities to "
        "ration water for farming in several regions.",
        "The agriculture ministry said farmers would pay a subsidised price for the water for the first five years.",
    ],
)
DAKHLA_CREDITS = ("(Reporting by Karim Benali in Dakhla; Additional reporting by Souad Mernissi in Rabat; "
                  "Editing by Alison Whitcombe)")

# ---- cluster: AP, Santa Fe (Santa Fe New Mexican scrape + copy on The Salt Lake Tribune in the plain batch) ----

ACEQUIAS = dict(
    cluster="ap-santa-fe-acequia-grants",
    title="New Mexico steps in to help centuries-old acequias as snowpack dwindles",
    date="2025-03-04",
    dateline="SANTA FE, N.M. (AP) \u2014 ",
    city="Santa Fe",
    country="US",
    region="americas",
    agency="AP",
    authors=["Teresa Montaño", "Joaquin Reyes"],
    editors=[],
    lang="en",
    description="Emergency grants will help community irrigation ditches share scarce water.",
    paras=P("""
New Mexico will give $5 million in emergency grants to the centuries-old community irrigation ditches known as
acequias after a winter with little snow in the mountains that feed them, state officials said Tuesday.

The acequias, many of them dug during Spanish colonial rule, carry water from rivers and streams to small farms
and orchards across northern New Mexico.

Snowpack in the Sangre de Cristo Mountains was at about 40% of normal at the start of March, according to
federal measurements.

The grants will help ditch associations line leaking channels, repair headgates and buy pumps so that water can
be shared more fairly during shortages.

"Our grandparents cleaned this ditch with shovels every spring, and we want our grandchildren to do the same,"
said Ramón Archuleta, the mayordomo who oversees an acequia near Chimayó.

About 600 acequias are still in use in the state, according to the New Mexico Acequia Commission.

Many depend on volunteers, and some have struggled to find enough people for the annual spring cleaning.

Farmers along several ditches have already agreed to take turns watering their fields on a fixed schedule this
summer.

The state engineer's office said it would also send staff to help associations settle disputes over water
rights.

Applications for the grants open next month.
"""),
    must_have=[
        "The grants will help ditch associations line leaking channels, repair headgates and buy pumps so that water "
        "can be shared more fairly during shortages.",
        "Many depend on volunteers, and some have struggled to find enough people for the annual spring cleaning.",
    ],
)
ACEQUIAS_CONTRIB = "Associated Press writer Joaquin Reyes in Albuquerque contributed to this report."

# ---- cluster: AFP, Port-aux-Français (Paris Match page + copy on Zinfos974 in the gzipped batch) ----

KERGUELEN = dict(
    cluster="afp-kerguelen-eoliennes",
    title="Kerguelen : la base de Port-aux-Français mise sur le vent pour consommer moins de fioul",
    date="2025-02-14",
    dateline="Port-aux-Français (Kerguelen) (AFP) - ",
    city="Port-aux-Français",
    country="TF",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Trois éoliennes doivent couvrir près de la moitié des besoins en électricité de la base.",
    paras=P("""
Sur l'archipel des Kerguelen, à plus de 3.000 kilomètres de La Réunion, la base de Port-aux-Français a mis en
service trois éoliennes destinées à réduire sa consommation de fioul, a annoncé vendredi l'administration des
Terres australes et antarctiques françaises (TAAF).

Jusqu'ici, l'électricité de la base, qui accueille entre 45 et 100 personnes selon les saisons, était produite
uniquement par des groupes électrogènes.

Le carburant est acheminé quatre fois par an par le navire ravitailleur Marion Dufresne depuis La Réunion.

Les nouvelles éoliennes, conçues pour résister à des rafales de plus de 200 km/h, doivent couvrir près de la
moitié des besoins de la base.

"Le vent ne manque pas ici, c'est même la première chose qu'on remarque en débarquant", souligne Camille
Ferrand, cheffe de district, citée dans un communiqué.

Les travaux ont duré deux campagnes d'été austral, en raison des conditions météorologiques extrêmes.

Les TAAF espèrent économiser environ 300 mètres cubes de fioul par an et réduire les risques de pollution lors
des transferts de carburant.

L'archipel, classé réserve naturelle nationale, abrite d'importantes colonies de manchots, d'albatros et
d'éléphants de mer.

Un projet comparable est à l'étude pour la base Alfred-Faure, dans l'archipel de Crozet.
"""),
    must_have=[
        "Le carburant est acheminé quatre fois par an par le navire ravitailleur Marion Dufresne depuis La Réunion.",
        "Les travaux ont duré deux campagnes d'été austral, en raison des conditions météorologiques extrêmes.",
    ],
)

# ---- cluster: Nunatsiaq News, Pond Inlet, page + noisy re-scrape ----

POND_INLET = dict(
    cluster="nunatsiaq-pond-inlet-community-freezer",
    title="Pond Inlet's new community freezer opens ahead of narwhal season",
    date="2025-07-08",
    country="CA",
    region="americas",
    agency=None,
    city=None,
    dateline="",
    editors=[],
    authors=["Leah Qaumariaq"],
    lang="en",
    caption="Hunters carry bags of Arctic char into Pond Inlet's new community freezer on July 4.",
    credit="Leah Qaumariaq",
    paras=P("""
Hunters in Pond Inlet now have a bigger place to store country food after the hamlet opened a new community
freezer last week, just as the summer narwhal hunt gets underway.

The walk-in freezer, built beside the hamlet garage, can hold about 30 tonnes of meat and fish, nearly three
times as much as the old unit it replaces.

The project cost about $1.4 million and was paid for by the federal government, the Qikiqtani Inuit
Association and the hamlet.

The old freezer broke down several times over the past two winters, forcing hunters to share their catch
quickly or let it spoil.

"When the freezer fails, people lose food they worked hard for, and families go without," said Jonah
Killiktee, chair of the local hunters and trappers organization.

Hunters who bring meat to the freezer will get a share back, while the rest will go to elders and families in
need.

The hamlet has also hired two part-time workers to keep track of what goes in and out.

Food prices in Pond Inlet remain among the highest in Canada, and many families rely on country food for much
of their diet.

A backup generator will keep the freezer running during power outages, the hamlet's senior administrative
officer said.

Similar freezers are planned for Arctic Bay and Clyde River over the next two years.
"""),
    must_have=[
        "The walk-in freezer, built beside the hamlet garage, can hold about 30 tonnes of meat and fish, nearly three "
        "times as much as the old unit it replaces.",
        "The hamlet has also hired two part-time workers to keep track of what goes in and out.",
    ],
)
NN_PRE = ["Nunatsiaq News", "News", "Nunavut", "Nunavik", "Opinion", "Arts & Culture", "Jobs", "Tenders"]
NN_HEAD = ["By Leah Qaumariaq", "July 8, 2025 - 1:30 pm", "Share This Story", "(2) Comments"]
NN_CAP = "Hunters carry bags of Arctic char into Pond Inlet's new community freezer on July 4. (Photo by Leah Qaumariaq)"
NN_COPY = "\u00a9 2025 Nunatsiaq News, Nortext Publishing Corporation. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Nunatsiaq News (original of the re-scrape cluster): caption with "(Photo by NAME)" above the byline (printed under the headline), comment counter, moderation note.
    dict(POND_INLET, role="original", file="nunatsiaq_pond_inlet_community_freezer.txt", render="text",
         pre=[NN_PRE], head=[[NN_CAP], NN_HEAD],
         inserts={4: ["RELATED STORIES:", "Arctic Bay hunters ask for more narwhal tags"]},
         tail=[["Comments (2)",
                "Note: This is a moderated discussion forum. Comments will not appear until they have been approved by Nunatsiaq News."],
               [NN_COPY]]),
    dict(POND_INLET, role="rescrape", file="nunatsiaq_pond_inlet_community_freezer_rescrape.txt.gz", render="text",
         noise=True, pre=[NN_PRE], head=[[NN_CAP], NN_HEAD], tail=[[NN_COPY]]),
    # Santa Fe New Mexican (original of the AP cluster): BLOX layout, "By NAME Associated Press", contributor line at the end.
    dict(ACEQUIAS, role="original", file="santafenewmexican_ap_acequia_grants.txt", render="text",
         pre=[["Santa Fe New Mexican", "Local News", "Opinion", "Pasatiempo", "Sports", "Obituaries", "e-Edition"],
              ["Subscribe for $1 for 1 month"]],
         head=[["By TERESA MONTAÑO Associated Press"], ["Mar 4, 2025"]],
         inserts={2: ["Get the latest news from Santa Fe delivered to your inbox every morning.", "Sign up"]},
         tail=[[ACEQUIAS_CONTRIB],
               ["Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."],
               ["Most Popular", "Santa Fe County weighs new limits on short-term rentals", "Pojoaque girls roll into state semifinals"]]),
    # Mothership (Singapore): staff, bare name byline, "Top photo via ..." credit line with no caption at the end, podcast and WhatsApp promos.
    rec(cluster="mothership-bishan-otter-boardwalk", role="single",
        file="mothership_bishan_otter_boardwalk.txt", render="text",
        title="New otter-watching boardwalk to open at Bishan-Ang Mo Kio Park by end-2025",
        date="2025-06-10", country="SG", region="asia", lang="en", authors=["Chloe Ang Rui Xin"],
        pre=[["Mothership", "News", "Singapore", "Lifestyle", "Opinion", "Videos", "Podcasts"]],
        head=[["Chloe Ang Rui Xin"], ["June 10, 2025, 04:12 PM"]],
        inserts={3: ["Related story", "Otter family spotted at Marina Bay again, crowds gather to take photos"]},
        tail=[["Top photo via NParks/Facebook"],
              ["Follow and listen to our podcast, Mothership Pulse, here."],
              ["Mothership is on WhatsApp Channels! Follow us for the latest updates."]],
        paras=P("""
A new boardwalk for watching otters will open at Bishan-Ang Mo Kio Park by the end of 2025, the National Parks
Board (NParks) announced on Jun. 10.

The 120m-long boardwalk will run along a stretch of the Kallang River where a family of smooth-coated otters is
often seen.

It will have railings set back from the water's edge, so that visitors can watch the animals without getting
too close.

According to NParks, the number of people gathering at the riverbank to photograph the otters has grown over
the past year.

On weekends, crowds of more than 50 people have been spotted along the bank.

Some visitors have also been seen trying to feed the otters, which is an offence under the Wildlife Act.

Those found guilty can be fined up to S$5,000.

More signs reminding people not to feed, touch or chase the otters will also be put up around the park.

Volunteers from an otter watch group will be stationed at the boardwalk on weekends to guide visitors.

Singapore's otter population has grown to more than 170 animals in about 20 families, NParks said.
"""),
        must_have=[
            "Some visitors have also been seen trying to feed the otters, which is an offence under the Wildlife Act.",
            "Volunteers from an otter watch group will be stationed at the boardwalk on weekends to guide visitors.",
        ]),
    # Radio Tamazuj (South Sudan): staff, no byline, "File photo: ... (Radio Tamazuj)" caption line, shortwave programme note.
    rec(cluster="radiotamazuj-bor-flood-returns", role="single",
        file="radiotamazuj_bor_flood_returns.txt", render="text",
        title="Bor families return to flooded villages as waters recede",
        date="2025-01-22", country="SS", region="africa", lang="en",
        caption="Flooded homes in Bor town, Jonglei State.", credit="Radio Tamazuj",
        pre=[["Radio Tamazuj", "News", "South Sudan", "Sudan", "Programmes", "Audio", "About us"]],
        head=[["22 January 2025"]],
        cap_lines=["File photo: Flooded homes in Bor town, Jonglei State. (Radio Tamazuj)"],
        inserts={4: ["Related news", "Jonglei officials warn of cholera risk in displacement camps"]},
        tail=[["Radio Tamazuj broadcasts daily on shortwave and FM. Listen to our programmes online."],
              ["Share this:", "Facebook", "WhatsApp", "X"]],
        paras=P("""
Hundreds of families who fled floods in Bor South County have begun returning to their villages as water levels
fall, local officials said on Wednesday.

The floods, caused by heavy rains and high water levels on the White Nile, forced thousands of people to move to
higher ground near Bor town last year.

County commissioner Majur Deng Ajak said about 900 households had gone back to villages in Makuach and Anyidi
payams over the past two weeks.

Many returnees found their houses damaged and their fields still covered in mud.

"We are happy to be home, but we have nothing to plant and our cattle are weak," said Abuk Garang, a mother of
five who returned to Makuach.

Aid groups said they were distributing seeds, fishing kits and plastic sheeting to families in the worst-hit
areas.

The commissioner urged returnees to repair the dikes around their villages before the next rainy season begins
in May.

Jonglei State has been hit by severe flooding in four of the past five years.

Officials warned that some roads between Bor and the villages remain impassable.
"""),
        must_have=[
            "Many returnees found their houses damaged and their fields still covered in mud.",
            "Jonglei State has been hit by severe flooding in four of the past five years.",
        ]),
    # Diario Río Negro (Argentina): staff, Spanish, "Por NAME" byline, "Te puede interesar" link, WhatsApp channel promo.
    rec(cluster="rionegro-alto-valle-cosecha-peras", role="single",
        file="rionegro_alto_valle_cosecha_peras_es.txt", render="text",
        title="Arrancó la cosecha de peras en el Alto Valle con falta de trabajadores",
        date="2025-01-13", country="AR", region="americas", lang="es", authors=["Mariana Quiroga"],
        pre=[["Diario RÍO NEGRO", "Regionales", "Política", "Economía", "Rurales", "Deportes", "Opinión"],
             ["Suscribite"]],
        head=[["Por Mariana Quiroga"], ["13 enero 2025 - 08:15"]],
        inserts={3: ["Te puede interesar", "Vaca Muerta cerró el año con récord de producción de petróleo"]},
        tail=[["Recibí las noticias de RÍO NEGRO en tu WhatsApp"], ["Comentarios"]],
        paras=P("""
Con los primeros cuadros de pera Williams, comenzó en los últimos días la cosecha en las chacras del Alto Valle, en una
temporada marcada por la falta de trabajadores.

Los productores de General Roca y Allen aseguran que cada año llegan menos cosechadores de otras provincias.

Según la cámara de productores de la zona, para levantar la fruta a tiempo harían falta unas 2.000 personas más.

"Si la pera se pasa de madurez en la planta, ya no sirve para exportar", explicó Rubén Castillo, que trabaja
25 hectáreas en las afueras de Roca.

El pago por bin cosechado subió este año, pero muchos trabajadores prefieren empleos en la construcción o en el
petróleo.

Algunas chacras comenzaron a usar plataformas mecánicas que permiten cosechar con menos personal.

La región produce la mayor parte de las peras y manzanas del país, que se venden sobre todo en Brasil, Rusia y
Estados Unidos.

El gobierno provincial anunció un programa para capacitar a jóvenes desocupados como cosechadores.

La cosecha de manzanas empezará a mediados de febrero.
"""),
        must_have=[
            "Los productores de General Roca y Allen aseguran que cada año llegan menos cosechadores de otras provincias.",
            "Algunas chacras comenzaron a usar plataformas mecánicas que permiten cosechar con menos personal.",
        ]),
    # Starnieuws (Suriname): staff, Dutch, no byline, bare date/time line, "Reageer" and copyright lines.
    rec(cluster="starnieuws-nickerie-rijst-water", role="single",
        file="starnieuws_nickerie_rijstboeren_nl.txt", render="text",
        title="Rijstboeren in Nickerie vrezen verliezen door lage waterstand",
        date="2025-09-16", country="SR", region="americas", lang="nl",
        pre=[["Starnieuws", "Home", "Nieuws", "Sport", "Economie", "Buitenland", "Columns"]],
        head=[["16 Sep 2025, 13:05"]],
        tail=[["Reageer op dit bericht"], ["\u00a9 2025 Starnieuws"]],
        paras=P("""
Rijstboeren in Nickerie maken zich zorgen over de lage waterstand in de Nickerierivier en de irrigatiekanalen.

Door de aanhoudende droogte dringt zout water verder de rivier op dan normaal.

Volgens de boerenvereniging in het district kan een deel van de velden van het najaarsgewas niet op tijd
worden bevloeid.

"Als het water zout wordt, kunnen wij de pompen niet aanzetten en dan verdroogt de padie", zegt boer Ramesh
Jagroep uit Wageningen.

De Stichting Machinale Landbouw in Wageningen heeft extra pompen ingezet om zoet water uit het stuwmeer naar de
kanalen te brengen.

Het ministerie van Landbouw, Veeteelt en Visserij laat weten dat de situatie dagelijks wordt gevolgd.

Nickerie is het belangrijkste rijstdistrict van Suriname en levert het grootste deel van de exportrijst.

De boeren vragen de overheid om de achterstallige onderhoudswerken aan de sluizen snel uit te voeren.

Het meteorologisch instituut verwacht pas in november weer meer regen.

Tot die tijd worden de boeren opgeroepen zuinig om te gaan met het beschikbare water.
"""),
        must_have=[
            "Door de aanhoudende droogte dringt zout water verder de rivier op dan normaal.",
            "Nickerie is het belangrijkste rijstdistrict van Suriname en levert het grootste deel van de exportrijst.",
        ]),
    # Svenska Dagbladet: TT copy, Swedish, "TT" byline, "Publicerad ... kl." stamp, topic list.
    rec(cluster="svd-tt-abisko-vinterturism", role="single",
        file="svd_tt_abisko_vinterturism_sv.txt", render="text",
        title="Rekordmånga turister till Abisko i vinter",
        date="2025-03-03", country="SE", region="europe", lang="sv", agency="TT",
        pre=[["Svenska Dagbladet", "Nyheter", "Näringsliv", "Ledare", "Kultur", "Sport", "Debatt"],
             ["Prenumerera", "Logga in"]],
        head=[["TT"], ["Publicerad 3 mars 2025 kl. 10.41"]],
        inserts={3: ["Annons"]},
        tail=[["Ämnen i artikeln", "Kiruna", "Turism"], ["Dela", "Kopiera länk"]],
        paras=P("""
Aldrig tidigare har så många turister sökt sig till Abisko under vintern.

Antalet gästnätter i området ökade med nästan en fjärdedel jämfört med förra vintern, enligt siffror från
Kiruna kommun.

De flesta besökare kommer för att se norrsken, men även hundspann och skidturer lockar.

En stor del av gästerna kommer från Asien och Storbritannien, och många flyger in via Kiruna flygplats.

– Vi har varit fullbokade sedan december och har fått tacka nej till grupper, säger Anna Lindqvist som driver
en turistanläggning i byn.

Bristen på bostäder för säsongsanställda gör det svårt för företagen att växa.

Kommunen planerar att bygga ett trettiotal nya lägenheter i Abisko under de kommande åren.

Samtidigt har samebyn i området uttryckt oro för att skoterturer stör renarna under vintern.

Turistföretagen och samebyn ska träffas i vår för att diskutera nya leder.

Även Kiruna flygplats har haft fler passagerare än någonsin under vintermånaderna.

Flera nya hotell och stugbyar planeras i kommunen de närmaste åren.
"""),
        must_have=[
            "De flesta besökare kommer för att se norrsken, men även hundspann och skidturer lockar.",
            "Bristen på bostäder för säsongsanställda gör det svårt för företagen att växa.",
        ]),
    # RMF FM (RMF24): PAP copy, Polish, "PAP" byline, weekday stamp, "Zobacz również" link, "Źródło: PAP", hotline promo.
    rec(cluster="rmf-pap-olsztyn-autobusy", role="single",
        file="rmf24_pap_olsztyn_autobusy_pl.txt", render="text",
        title="Olsztyn kupi 20 autobusów elektrycznych. Pierwsze wyjadą na ulice jesienią",
        date="2025-03-11", country="PL", region="europe", lang="pl", agency="PAP",
        pre=[["RMF24", "Fakty", "Polska", "Świat", "Ekonomia", "Sport", "Pogoda"]],
        head=[["PAP"], ["Wtorek, 11 marca 2025 (14:20)"]],
        inserts={3: ["Zobacz również:", "Kolejne miasto wprowadza strefę czystego transportu"]},
        tail=[["Źródło: PAP"], ["Masz ciekawy temat? Napisz do nas na Gorącą Linię RMF FM!"], ["Udostępnij"]],
        paras=P("""
Olsztyn kupi 20 autobusów elektrycznych, które zastąpią najstarsze pojazdy komunikacji miejskiej.

Umowę z producentem podpisano we wtorek w ratuszu.

Wartość zamówienia wynosi około 68 mln zł, z czego większość pokryją środki unijne.

Pierwsze autobusy mają wyjechać na ulice jesienią, a wszystkie zostaną dostarczone do połowy przyszłego roku.

Jak poinformował zastępca prezydenta miasta Tomasz Wróblewski, pojazdy będą obsługiwać przede wszystkim linie
dojeżdżające do szpitali i uczelni.

Każdy autobus pomieści około 90 pasażerów i będzie wyposażony w klimatyzację oraz ładowarki USB.

W zajezdni przy ul. Kołobrzeskiej powstanie dodatkowa stacja ładowania.

Miasto zapowiada, że do 2030 roku połowa floty ma być zeroemisyjna.

Olsztyn ma także jedną z najnowszych sieci tramwajowych w Polsce.

Obecnie po ulicach miasta jeździ około 200 autobusów, z których część ma ponad 15 lat.

Kierowcy przejdą specjalne szkolenia z obsługi nowych pojazdów i techniki jazdy oszczędzającej energię.

Pasażerowie od dawna skarżyli się na hałas i awarie starych autobusów, zwłaszcza zimą.

Miasto liczy, że nowe pojazdy pozwolą obniżyć koszty utrzymania floty i poprawią jakość powietrza w centrum.

Przetarg na dostawę autobusów ogłoszono jesienią ubiegłego roku, a wpłynęły w nim trzy oferty.
"""),
        must_have=[
            "Wartość zamówienia wynosi około 68 mln zł, z czego większość pokryją środki unijne.",
            "W zajezdni przy ul. Kołobrzeskiej powstanie dodatkowa stacja ładowania.",
        ]),
    # Schweriner Volkszeitung (SVZ): dpa copy, "Stralsund (dpa/mv) - " dateline, dpa-infocom id line.
    rec(cluster="svz-dpa-stralsund-ozeaneum", role="single",
        file="svz_dpa_stralsund_ozeaneum_de.txt", render="text",
        title="Ozeaneum in Stralsund zählt so viele Besucher wie nie",
        date="2025-01-14", dateline="Stralsund (dpa/mv) - ", city="Stralsund", country="DE", region="europe",
        lang="de", agency="dpa",
        pre=[["svz.de", "Mecklenburg-Vorpommern", "Schwerin", "Ludwigslust-Parchim", "Sport", "Ratgeber"],
             ["Abo", "Anmelden"]],
        head=[["dpa"], ["14. Januar 2025, 11:42 Uhr"]],
        inserts={3: ["Anzeige"]},
        tail=[["\u00a9 dpa-infocom, dpa:250114-930-412876/1"], ["Mehr zum Thema", "Stralsund", "Tourismus"]],
        paras=P("""
Das Ozeaneum in Stralsund hat im vergangenen Jahr so viele Besucher gezählt wie noch nie seit seiner Eröffnung.

Rund 720.000 Menschen besuchten das Museum am Hafen, wie das Deutsche Meeresmuseum am Dienstag mitteilte.

Das waren etwa acht Prozent mehr als im Jahr zuvor.

Besonders gefragt waren die Pinguine auf der Dachterrasse und die neue Ausstellung über die Ostseeküste.

Museumsdirektor Jens Lübbert führte den Zuwachs auch auf das schlechte Wetter im Sommer zurück, das viele
Urlauber von den Stränden ins Museum getrieben habe.

Das Meeresmuseum im Katharinenkloster in der Altstadt ist wegen Sanierung weiterhin geschlossen.

Die Wiedereröffnung ist nach derzeitiger Planung für das Jahr 2026 vorgesehen.

Zum Verbund gehören außerdem das Nautineum auf dem Dänholm und das Natureum am Darßer Ort.

Für dieses Jahr plant das Ozeaneum eine Sonderschau über Wale in der Ostsee.

Auch die Zahl der Schulklassen, die das Museum besuchten, ist deutlich gestiegen.

Das Ozeaneum war 2010 als Europas Museum des Jahres ausgezeichnet worden.
"""),
        must_have=[
            "Besonders gefragt waren die Pinguine auf der Dachterrasse und die neue Ausstellung über die Ostseeküste.",
            "Die Wiedereröffnung ist nach derzeitiger Planung für das Jahr 2026 vorgesehen.",
        ]),
    # Utusan Malaysia: Bernama copy, Malay, "DUNGUN: " dateline, "Oleh BERNAMA" byline, "- BERNAMA" sign-off line, WhatsApp promo.
    rec(cluster="utusan-bernama-dungun-penyu-belimbing", role="single",
        file="utusan_bernama_dungun_penyu_belimbing_ms.txt", render="text",
        title="Penyu belimbing kembali mendarat di Rantau Abang selepas enam tahun",
        date="2025-07-12", dateline="DUNGUN: ", city="Dungun", country="MY", region="asia", lang="ms",
        agency="Bernama",
        pre=[["Utusan Malaysia", "Terkini", "Nasional", "Politik", "Ekonomi", "Dunia", "Sukan"]],
        head=[["Oleh BERNAMA"], ["12 Julai 2025, 3:45 pm"]],
        inserts={4: ["Artikel Berkaitan", "Pantai Cenang ditutup sementara untuk kerja baik pulih"]},
        tail=[["- BERNAMA"], ["Ikuti saluran WhatsApp Utusan Malaysia untuk berita terkini"]],
        paras=P("""
Seekor penyu belimbing dilihat mendarat dan bertelur di pantai Rantau Abang di sini malam tadi, pendaratan
pertama spesies itu di kawasan tersebut dalam tempoh enam tahun.

Pengarah Jabatan Perikanan Terengganu, Azman Yusof berkata, penyu itu bertelur sebanyak 85 biji sebelum kembali
ke laut kira-kira pukul 2 pagi.

Menurutnya, telur berkenaan telah dipindahkan ke pusat penetasan berhampiran untuk dijaga oleh kakitangan
jabatan.

Rantau Abang pernah terkenal di seluruh dunia sebagai lokasi pendaratan ribuan penyu belimbing setiap tahun
sehingga tahun 1970-an.

Namun, bilangan pendaratan merosot dengan teruk akibat pengambilan telur, pencemaran dan tangkapan sampingan
oleh nelayan.

"Ini satu berita yang sangat menggembirakan, tetapi kita masih perlu berhati-hati," katanya.

Beliau menasihatkan orang ramai supaya tidak menggunakan lampu suluh atau mengganggu penyu yang mendarat.

Jabatan itu juga akan meningkatkan rondaan di sepanjang pantai sepanjang musim bertelur yang berakhir pada
bulan September.

Orang ramai yang melihat penyu mendarat diminta segera memaklumkan kepada pejabat perikanan yang berhampiran.
"""),
        must_have=[
            "Menurutnya, telur berkenaan telah dipindahkan ke pusat penetasan berhampiran untuk dijaga oleh kakitangan jabatan.",
            "Beliau menasihatkan orang ramai supaya tidak menggunakan lampu suluh atau mengganggu penyu yang mendarat.",
        ]),
    # The Press and Journal (Aberdeen): staff, DC Thomson layout, "By NAME" + "July 15 2025, 6.00am" stamp, newsletter line, comment gate.
    rec(cluster="pressandjournal-peterhead-haddock-landings", role="single",
        file="pressandjournal_peterhead_haddock_landings.txt", render="text",
        title="Peterhead fish market posts record haddock landings",
        date="2025-07-15", country="GB", region="europe", lang="en", authors=["Ewan Cruickshank"],
        pre=[["The Press and Journal", "News", "Business", "Sport", "Opinion", "Lifestyle", "Obituaries"],
             ["Subscribe", "Sign in"]],
        head=[["By Ewan Cruickshank"], ["July 15 2025, 6.00am"], ["Share"]],
        inserts={4: ["Sign up for our Aberdeen and Aberdeenshire newsletter"]},
        tail=[["Conversation"], ["Already a subscriber? Sign in"], ["More from Business"]],
        paras=P("""
Peterhead fish market handled more haddock in the first half of this year than in any six-month period on
record.

Figures from the harbour board show that almost 11,000 tonnes of haddock were landed at the Aberdeenshire port
between January and June.

That is up by about a third on the same period last year.

Skippers say strong stocks in the northern North Sea and good weather in the spring allowed boats to spend more
days at sea.

Harbour board chief executive Colin Forbes said the market had worked extra early-morning shifts to keep up
with the volume.

"It has been an exceptional spring, and the quality of the fish has been very high," he said.

Prices fell slightly in May as supplies increased, but processors reported strong demand from fish and chip
shops across the UK.

Peterhead is the largest white fish port in Europe.

The harbour board is now planning to extend the covered market floor to handle bigger landings in future.
"""),
        must_have=[
            "Figures from the harbour board show that almost 11,000 tonnes of haddock were landed at the Aberdeenshire "
            "port between January and June.",
            "Peterhead is the largest white fish port in Europe.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_NP = site("National Post", "https://nationalpost.example.com", " | National Post", "en_CA", "@nationalpost",
               ["News", "Opinion", "Canada", "World", "Sports", "Life", "Podcasts", "Newsletters"],
               ["\u00a9 2025 National Post, a division of Postmedia Network Inc. All rights reserved.",
                "Terms of Use", "Privacy Policy", "Accessibility"],
               share=["Share this Story", "Facebook", "X", "LinkedIn", "Email"], top=["Subscribe", "Sign In"])
SITE_PM = site("Paris Match", "https://www.parismatch.example.com", " - Paris Match", "fr_FR", "@ParisMatch",
               ["Actu", "People", "Royal Blog", "Culture", "Art de vivre", "Vidéos"],
               ["\u00a9 Paris Match 2025", "Mentions légales", "Gestion des cookies"],
               share=["Partager", "Facebook", "X", "E-mail"], top=["Abonnez-vous", "Le magazine"],
               cookie="Avec nos partenaires, nous utilisons des cookies pour mesurer l'audience, personnaliser les contenus et les publicités.",
               cookie_title="Vos données, vos choix", buttons=["Accepter et fermer", "Continuer sans accepter"])
SITE_MD = site("Mid-day", "https://www.mid-day.example.com", " | mid-day", "en_IN", "@mid_day",
               ["Mumbai", "India", "World", "Entertainment", "Sports", "Lifestyle", "Sunday mid-day"],
               ["Copyright \u00a9 2025 Mid-Day Infomedia Ltd. All rights reserved.", "About Us", "Contact Us"],
               share=["Share", "Facebook", "X", "WhatsApp"])
SITE_TND = site("The New Daily", "https://www.thenewdaily.example.com.au", " | The New Daily", "en_AU", "@thenewdailyau",
                ["News", "Finance", "Politics", "Entertainment", "Sport", "Life", "Puzzles"],
                ["\u00a9 2025 The New Daily", "Privacy Policy", "Terms of Use"],
                share=["Share", "Facebook", "X", "Email"])
SITE_QP = site("Quotidiano di Puglia", "https://www.quotidianodipuglia.example.it", " - Quotidiano di Puglia", "it_IT",
               "@quotidianopug", ["Lecce", "Brindisi", "Taranto", "Bari", "Sport", "Cultura e Spettacoli"],
               ["\u00a9 2025 Quotidiano di Puglia - Caltagirone Editore", "Privacy", "Cookie policy"],
               share=["Condividi", "Facebook", "X", "WhatsApp"], top=["Abbonati", "Accedi"],
               cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità.",
               buttons=["Accetta", "Rifiuta", "Scopri di più e personalizza"])
SITE_ZETA = site("Zeta Tijuana", "https://zetatijuana.example.com", " - Zeta Tijuana", "es_MX", "@zetatijuana",
                 ["Inicio", "Tijuana", "Baja California", "Nacional", "Opinión", "Deportes", "Cultura"],
                 ["\u00a9 2025 Semanario ZETA. Todos los derechos reservados.", "Aviso de privacidad", "Contacto"],
                 share=["Compartir", "Facebook", "X", "WhatsApp"], graph=True)
SITE_NSC = site("NSC Total", "https://www.nsctotal.example.com.br", " | NSC Total", "pt_BR", "@nsctotal",
                ["Notícias", "Esportes", "Entretenimento", "Colunistas", "Receitas", "g1 SC"],
                ["\u00a9 2025 NSC Comunicação. Todos os direitos reservados.", "Termos de uso", "Privacidade"],
                share=["Compartilhe", "Facebook", "X", "WhatsApp"],
                cookie="Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
                buttons=["Aceitar"])
SITE_TNTV = site("TNTV", "https://www.tntv.example.pf", " - TNTV Tahiti Nui Télévision", "fr_FR", "@TNTVnews",
                 ["Actualités", "Polynésie", "Monde", "Sport", "Replay", "Direct", "Météo"],
                 ["\u00a9 2025 TNTV - Tahiti Nui Télévision", "Mentions légales", "Contact"],
                 share=["Partager", "Facebook", "X", "WhatsApp"],
                 cookie="Ce site utilise des cookies pour améliorer votre expérience de navigation.",
                 buttons=["J'accepte", "Je refuse"])
SITE_WB = site("Walliser Bote", "https://www.pomona.example.ch", " | Walliser Bote", "de_CH", "@WalliserBote",
               ["Oberwallis", "Wallis", "Schweiz", "Sport", "Kultur", "Todesanzeigen"],
               ["\u00a9 2025 Mengis Druck und Verlag AG", "Impressum", "Datenschutz"],
               share=["Artikel teilen", "WhatsApp", "Facebook", "E-Mail"], top=["Abo", "Login"],
               cookie="Wir verwenden Cookies, um Ihnen die bestmögliche Nutzung unserer Website zu ermöglichen.",
               buttons=["Alle akzeptieren", "Einstellungen"])

HTML_STORIES = [
    # National Post (original of the Reuters cluster): Postmedia layout, "Article content" labels between paragraphs, "Photo by NAME /REUTERS" credit.
    dict(DAKHLA, role="original", file="nationalpost_reuters_dakhla_desalination.html", render="html", site=SITE_NP,
         section="World", meta_section="World",
         url="https://nationalpost.example.com/news/world/desalination-plant-in-western-saharas-dakhla-starts-supplying-water-to-farms",
         published="2025-03-18T08:41:00-04:00", modified="2025-03-18T08:41:00-04:00",
         ld_author=[{"@type": "Organization", "name": "Reuters"}],
         byline_lines=["Reuters"], date_lines=["Published Mar 18, 2025 \u2022 3 minute read"],
         above_body=[("comments-link", "Join the conversation")],
         caption="Greenhouses on a farm outside Dakhla in Western Sahara.", credit="Youssef Alami /REUTERS",
         credit_shown="Photo by Youssef Alami /REUTERS",
         inserts={1: [("ad", "Advertisement 2"), ("ad", "This advertisement has not loaded yet, but your article continues below.")],
                  2: [("ad", "Article content")],
                  4: [("promo", ["Top Stories", "Get the latest headlines, breaking news and columns.", "Sign up"])],
                  6: [("ad", "Article content")]},
         end_lines=[DAKHLA_CREDITS],
         comments=["Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful. Comments may take up to an hour to appear on the site.",
                   "Join the Conversation"],
         lists=[("Trending", ["Ottawa to unveil new rules for temporary foreign workers", "Oilers rally late to beat Flames"])]),
    # Paris Match (original of the AFP cluster): "La rédaction avec AFP" byline, "Publié le / Mis à jour le" stamps, Didomi-style consent wall.
    dict(KERGUELEN, role="original", file="parismatch_afp_kerguelen_eoliennes_fr.html", render="html", site=SITE_PM,
         section="Environnement", meta_section="Environnement",
         url="https://www.parismatch.example.com/actu/environnement/kerguelen-la-base-de-port-aux-francais-mise-sur-le-vent-248731",
         published="2025-02-14T09:12:00+01:00", modified="2025-02-14T11:40:00+01:00",
         ld_author=[{"@type": "Organization", "name": "Paris Match"}],
         breadcrumbs=["Actu", "Environnement"],
         byline_lines=["La rédaction avec AFP"],
         date_lines=["Publié le 14/02/2025 à 09h12", "Mis à jour le 14/02/2025 à 11h40"],
         caption="Des éléphants de mer sur une plage de l'archipel des Kerguelen.", credit="Léo Garnier / AFP",
         credit_shown="\u00a9 Léo Garnier / AFP",
         inserts={2: [("link", "À lire aussi :", "Antarctique : la banquise a encore reculé cet hiver")],
                  5: [("ad", "Publicité")]},
         tags=("Sujets", ["Environnement", "Outre-mer", "Énergie"]),
         newsletter_end=["Recevez chaque jour l'essentiel de l'actualité de Paris Match", "Je m'inscris"]),
    # Mid-day: IANS copy, "Updated on: ... | Panaji | IANS" header, "Pic/iStock" credit, third-party-feed disclaimer, app and Telegram promos.
    rec(cluster="midday-ians-panaji-tourist-boats", role="single", file="midday_ians_panaji_tourist_boats.html",
        render="html", site=SITE_MD,
        title="Goa to cap number of tourist boats at Grand Island after crowding complaints", date="2025-09-03",
        dateline="Panaji, Sep 3 (IANS) ", city="Panaji", country="IN", region="asia", lang="en", agency="IANS",
        section="India News", meta_section="India News",
        url="https://www.mid-day.example.com/news/india-news/article/goa-to-cap-number-of-tourist-boats-at-grand-island-23456789",
        description="Only 60 boats a day will be allowed to carry tourists to the island off Vasco.",
        published="2025-09-03T17:14:00+05:30", modified="2025-09-03T17:14:00+05:30",
        ld_author=[{"@type": "Organization", "name": "IANS"}],
        date_lines=["Updated on: 03 September,2025 05:14 PM IST | Panaji | IANS"],
        caption="Representational Image.", credit="iStock", credit_shown="Pic/iStock",
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("disclaimer", "This story has been sourced from a third party syndicated feed, agencies. Mid-day accepts no responsibility or liability for its dependability, trustworthiness, reliability and data of the text. Mid-day management/mid-day.com reserves the sole right to alter, delete or remove (without notice) the content in its absolute discretion for any reason whatsoever"),
                    ("app-promo", "Catch up on all the latest Mumbai news, crime news, current affairs, and a complete guide from food to things to do and events across Mumbai. Also download the new mid-day Android and iOS apps to get latest updates."),
                    ("telegram", "Mid-Day is now on Telegram. Click here to join our channel (@middayinfomedialtd) and stay updated with the latest news")],
        lists=[("Trending", ["Mumbai rains: Waterlogging in Andheri subway", "BMC to repair 300 potholes before Ganeshotsav"])],
        paras=P("""
The Goa government will cap the number of boats carrying tourists to Grand Island at 60 a day from October,
officials said on Wednesday, after complaints of overcrowding and damage to coral reefs.

The island, off the coast near Vasco da Gama, is a popular destination for snorkelling and dolphin-watching
trips.

During the peak season, more than 150 boats make the trip on some days, according to the state tourism
department.

Boat operators will have to register online and follow a rota to be drawn up by the captain of ports.

Fishermen have complained that crowded waters make it difficult for them to lay their nets.

"We want tourism to continue, but not at the cost of the reefs and the fishermen's livelihood," a senior
tourism official said.

Operators found violating the rules will face fines and suspension of their licences.

The department will also install moorings so that boats do not drop anchor on the reef.

The tourist season in Goa begins in October and lasts until May.
"""),
        must_have=[
            "Boat operators will have to register online and follow a rota to be drawn up by the captain of ports.",
            "The department will also install moorings so that boats do not drop anchor on the reef.",
        ]),
    # The New Daily: AAP copy, "NAME, AAP" byline, "Photo: AAP" credit, published 07:30 AEST (21:30 UTC the day before).
    rec(cluster="thenewdaily-aap-darwin-crocodiles", role="single", file="thenewdaily_aap_darwin_crocodile_removals.html",
        render="html", site=SITE_TND,
        title="Record number of crocodiles pulled from Darwin Harbour", date="2025-07-08",
        country="AU", region="oceania", lang="en", agency="AAP", authors=["Callum Wardrop"],
        section="News", meta_section="News",
        url="https://www.thenewdaily.example.com.au/news/2025/07/08/darwin-harbour-crocodiles-record",
        description="Rangers removed 312 saltwater crocodiles from the harbour in the past year.",
        published="2025-07-08T07:30:00+10:00", modified="2025-07-08T09:05:00+10:00",
        ld_author=[{"@type": "Person", "name": "Callum Wardrop"}],
        byline_lines=["Callum Wardrop, AAP"], date_lines=["Jul 8, 2025, updated Jul 8, 2025"],
        caption="A saltwater crocodile caught in a trap in Darwin Harbour.", credit="AAP", credit_shown="Photo: AAP",
        inserts={2: [("ad", "Advertisement")],
                 5: [("promo", ["Get The New Daily's free newsletter", "The news that matters, in your inbox every morning.", "Subscribe"])]},
        share_top=False,
        lists=[("Top Stories", ["RBA holds cash rate as inflation eases", "Matildas name squad for Asian Cup"])],
        paras=P("""
Wildlife rangers have pulled a record number of saltwater crocodiles out of Darwin Harbour as the reptile
population in the Northern Territory continues to grow.

Rangers removed 312 crocodiles from the harbour and nearby beaches in the 12 months to June, up from 286 the
year before.

The largest was a 4.3-metre male caught in a trap near the Stokes Hill Wharf.

Crocodiles are caught in floating traps baited with meat, and most are sent to crocodile farms.

Senior wildlife ranger Tom Hartigan said warmer water and a wet monsoon season had brought more crocodiles
close to town.

"People should assume there is a crocodile in any body of water in the Top End," he said.

Saltwater crocodiles were hunted almost to extinction before they were protected in 1971.

There are now estimated to be more than 100,000 in the territory.

The NT government is reviewing its crocodile management plan, which sets how many can be removed each year.

Rangers urged locals and tourists to obey warning signs and stay away from the water's edge.
"""),
        must_have=[
            "Crocodiles are caught in floating traps baited with meat, and most are sent to crocodile farms.",
            "Saltwater crocodiles were hunted almost to extinction before they were protected in 1971.",
        ]),
    # Quotidiano di Puglia: staff, Italian, "di NAME" byline, weekday stamp, "© RIPRODUZIONE RISERVATA" line, consent wall.
    rec(cluster="quotidianodipuglia-lecce-piste-ciclabili", role="single", file="quotidianodipuglia_lecce_piste_ciclabili_it.html",
        render="html", site=SITE_QP,
        title="Lecce, dieci chilometri di piste ciclabili verso le marine", date="2025-04-09",
        country="IT", region="europe", lang="it", authors=["Francesca Rizzo"], section="Lecce", meta_section="Lecce",
        url="https://www.quotidianodipuglia.example.it/lecce/lecce_piste_ciclabili_marine_san_cataldo-8745123.html",
        description="I lavori partiranno a maggio e collegheranno la città a San Cataldo e Torre Chianca.",
        published="2025-04-09T05:00:00+02:00",
        byline_lines=["di Francesca Rizzo"], date_lines=["Mercoledì 9 Aprile 2025, 05:00"],
        breadcrumbs=["Lecce"],
        inserts={2: [("link", "LEGGI ANCHE", "Brindisi, al porto arriva la prima nave da crociera della stagione")],
                 4: [("ad", "Pubblicità")]},
        end_lines=["\u00a9 RIPRODUZIONE RISERVATA"],
        lists=[("I più letti", ["Maltempo nel Salento, allerta gialla fino a domani", "Gallipoli, nuovi parcheggi sul lungomare"])],
        paras=P("""
Dieci chilometri di nuove piste ciclabili per collegare Lecce alle sue marine.

È il progetto presentato ieri a Palazzo Carafa, che prevede due percorsi protetti verso San Cataldo e Torre
Chianca.

I lavori partiranno a maggio e dovrebbero concludersi entro l'estate del prossimo anno.

L'opera costerà circa 4,2 milioni di euro, finanziati in gran parte con fondi regionali.

"Vogliamo che chi vive in città possa raggiungere il mare in bicicletta in sicurezza", ha detto l'assessora
alla Mobilità, Giulia Pellegrino.

Lungo i percorsi saranno installate colonnine per la ricarica delle biciclette elettriche e punti di sosta
ombreggiati.

Le associazioni di ciclisti hanno accolto con favore il progetto, ma chiedono più controlli sulla velocità delle
auto.

Durante i lavori la strada per San Cataldo resterà aperta, con restringimenti di carreggiata.

Il Comune prevede anche un servizio di bike sharing estivo con cinquanta biciclette.

Il progetto sarà illustrato ai residenti delle marine in due incontri pubblici nelle prossime settimane.

Secondo le stime del Comune, d'estate oltre tremila persone al giorno si spostano tra la città e il mare.
"""),
        must_have=[
            "L'opera costerà circa 4,2 milioni di euro, finanziati in gran parte con fondi regionali.",
            "Durante i lavori la strada per San Cataldo resterà aperta, con restringimenti di carreggiata.",
        ]),
    # Zeta Tijuana: staff, Spanish, "Por NAME" byline, "Foto: Cortesía" credit, JSON-LD @graph, published in the evening (-07:00).
    rec(cluster="zeta-ensenada-erizo-temporada", role="single", file="zetatijuana_ensenada_erizo_temporada_es.html",
        render="html", site=SITE_ZETA,
        title="Pescadores de erizo en Ensenada reportan la peor temporada en una década", date="2025-03-12",
        country="MX", region="americas", lang="es", authors=["Verónica Ibarra Solís"],
        section="Baja California", meta_section="Baja California",
        url="https://zetatijuana.example.com/2025/03/pescadores-de-erizo-en-ensenada-reportan-la-peor-temporada/",
        description="El calentamiento del agua redujo los bosques de sargazo gigante de los que se alimenta el erizo.",
        published="2025-03-12T21:15:00-07:00", modified="2025-03-12T21:15:00-07:00",
        breadcrumbs=["Inicio", "Baja California"],
        byline_lines=["Por Verónica Ibarra Solís"], date_lines=["12 marzo, 2025"],
        caption="Buzos de una cooperativa descargan erizo rojo en el puerto de El Sauzal.", credit="Cortesía",
        credit_shown="Foto: Cortesía",
        inserts={3: [("ad", "Publicidad")]},
        below_body=[("subscribe", "Suscríbete a ZETA y recibe el semanario en tu domicilio")],
        tags=("Etiquetas", ["Ensenada", "Pesca", "Medio ambiente"]),
        paras=P("""
Los buzos que extraen erizo rojo en la costa de Ensenada reportan la peor temporada de los últimos diez años,
con capturas que apenas alcanzan la mitad de lo habitual.

Los pescadores atribuyen la caída al aumento de la temperatura del agua, que ha reducido los bosques de
sargazo gigante de los que se alimenta el erizo.

La mayor parte del producto se exporta a Japón, donde la gónada del erizo se vende como uni a precios altos.

"Antes llenábamos la panga en una mañana; ahora buceamos todo el día y regresamos con unas cuantas cajas",
relató Armando Meza, buzo de una cooperativa de El Sauzal.

Alrededor de 300 familias dependen directamente de esta pesquería en el municipio.

Investigadores de una universidad local monitorean la recuperación del sargazo en varios puntos de la costa.

Las cooperativas solicitaron apoyos federales para compensar la caída de sus ingresos.

La temporada de erizo cierra a finales de abril.
"""),
        must_have=[
            "La mayor parte del producto se exporta a Japón, donde la gónada del erizo se vende como uni a precios altos.",
            "Alrededor de 300 familias dependen directamente de esta pesquería en el municipio.",
        ]),
    # NSC Total (Santa Catarina): staff, Portuguese, "Atualizado em" stamp, "Prefeitura / Divulgação" credit, WhatsApp promo.
    rec(cluster="nsctotal-chapeco-ciclovia", role="single", file="nsctotal_chapeco_ciclovia_pt.html",
        render="html", site=SITE_NSC,
        title="Chapecó inaugura ciclovia que liga bairros do Oeste ao Centro", date="2025-03-12",
        country="BR", region="americas", lang="pt", authors=["Mariana Kreling"], section="Notícias", meta_section="Notícias",
        url="https://www.nsctotal.example.com.br/noticias/chapeco-inaugura-ciclovia-que-liga-bairros-ao-centro",
        description="O trajeto de 7,5 quilômetros passa por escolas e pela universidade.",
        published="2025-03-12T10:32:00-03:00", modified="2025-03-12T15:10:00-03:00",
        byline_lines=["Mariana Kreling"], date_lines=["12/03/2025 - 10h32", "Atualizado em 12/03/2025 - 15h10"],
        caption="Trecho da nova ciclovia na Avenida Fernando Machado.", credit="Prefeitura de Chapecó / Divulgação",
        credit_shown="Foto: Prefeitura de Chapecó / Divulgação",
        inserts={2: [("link", "Leia também", "Oeste de SC tem previsão de frio intenso no fim de semana")],
                 5: [("promo", ["Receba as notícias da NSC no WhatsApp", "Entre no canal e fique por dentro do que acontece em SC.", "Entrar no canal"])]},
        paras=P("""
Chapecó inaugurou nesta quarta-feira uma ciclovia de 7,5 quilômetros que liga bairros da região Oeste da cidade
ao Centro.

O trajeto passa por três escolas, pela universidade e pelo terminal urbano de ônibus.

A obra custou cerca de R$ 9 milhões, com recursos do município e de um financiamento estadual.

Segundo a prefeitura, cerca de 4 mil pessoas usam a bicicleta diariamente para ir ao trabalho ou à escola.

"Muita gente pedalava no meio dos carros, agora tem um caminho seguro", disse o ciclista Everton Dalla Costa,
que trabalha em um frigorífico.

A ciclovia tem iluminação própria e faixas pintadas de vermelho nos cruzamentos.

A prefeitura também instalou paraciclos em praças e em frente a unidades de saúde.

Um segundo trecho, até o bairro Efapi, deve ser licitado no segundo semestre.

A prefeitura também estuda criar um sistema de bicicletas compartilhadas perto do terminal urbano.

Durante a inauguração, estudantes e moradores participaram de um passeio ciclístico pelo novo trajeto.

A Guarda Municipal vai reforçar a fiscalização para impedir que carros estacionem sobre a ciclovia.
"""),
        must_have=[
            "O trajeto passa por três escolas, pela universidade e pelo terminal urbano de ônibus.",
            "A ciclovia tem iluminação própria e faixas pintadas de vermelho nos cruzamentos.",
        ]),
    # TNTV (Tahiti): staff, French, "Rédaction web avec NAME" byline, "Crédit : TNTV" credit, published 17:40 in Tahiti (-10:00, next day in UTC).
    rec(cluster="tntv-raiatea-taputapuatea-sentier", role="single", file="tntv_raiatea_taputapuatea_sentier_fr.html",
        render="html", site=SITE_TNTV,
        title="Raiatea : un sentier balisé pour mieux protéger le marae Taputapuātea", date="2025-08-21",
        country="PF", region="oceania", lang="fr", authors=["Hinano Teriitahi"], section="Polynésie", meta_section="Polynésie",
        url="https://www.tntv.example.pf/tntvnews/polynesie/raiatea-un-sentier-balise-pour-proteger-le-marae-taputapuatea/",
        description="Le nouveau parcours doit éviter que les visiteurs marchent sur les pierres du site classé.",
        published="2025-08-21T17:40:00-10:00", modified="2025-08-21T17:40:00-10:00",
        byline_lines=["Rédaction web avec Hinano Teriitahi"], date_lines=["Publié le 21/08/2025 à 17:40"],
        caption="Le marae Taputapuātea, à Opoa, sur l'île de Raiatea.", credit="TNTV", credit_shown="Crédit : TNTV",
        inserts={3: [("ad", "Publicité")]},
        tags=("Mots-clés", ["Raiatea", "Patrimoine", "Unesco"]),
        below_body=[("social", "Suivez TNTV sur Facebook, Instagram et TikTok")],
        paras=P("""
Un sentier balisé a été inauguré jeudi autour du marae Taputapuātea, à Opoa, pour mieux encadrer les visiteurs
du site inscrit au patrimoine mondial de l'Unesco.

Le parcours, long d'environ 800 mètres, est bordé de cordes et de panneaux explicatifs en français, en tahitien
et en anglais.

Jusqu'à présent, de nombreux touristes marchaient directement sur les pierres des marae, parfois pour prendre
des photos.

"Ce lieu est sacré pour tous les Polynésiens, il faut le respecter comme on respecte une église", rappelle
Teura Maraetefau, membre de l'association de gestion du site.

Des guides formés par l'association accompagneront désormais les groupes arrivant des paquebots de croisière.

Le marae Taputapuātea était autrefois le centre religieux et politique de tout le triangle polynésien.

Les travaux ont coûté près de 25 millions de francs Pacifique, financés par le Pays et la commune.

Un centre d'accueil des visiteurs doit ouvrir à l'entrée du site l'an prochain.
"""),
        must_have=[
            "Des guides formés par l'association accompagneront désormais les groupes arrivant des paquebots de croisière.",
            "Les travaux ont coûté près de 25 millions de francs Pacifique, financés par le Pays et la commune.",
        ]),
    # Walliser Bote (gzipped): staff, Swiss German (no ß), "Abo" kicker, "Bild: NAME" credit, related list.
    rec(cluster="walliserbote-brig-stockalper-ausstellung", role="single", file="walliserbote_brig_stockalperschloss_de.html.gz",
        render="html", site=SITE_WB,
        title="Brig-Glis: Stockalperschloss erhält neue Dauerausstellung", date="2025-03-12",
        country="CH", region="europe", lang="de", authors=["Lea Zenklusen"], section="Oberwallis", meta_section="Oberwallis",
        url="https://www.pomona.example.ch/oberwallis/brig-glis-stockalperschloss-erhaelt-neue-dauerausstellung-123456",
        description="Die Ausstellung erzählt die Geschichte des Handels über den Simplonpass.",
        published="2025-03-12T17:30:00+01:00",
        kicker="Abo",
        byline_lines=["Lea Zenklusen"], date_lines=["12. März 2025, 17:30"],
        caption="Blick in den Arkadenhof des Stockalperschlosses.", credit="Andrea Soltermann",
        credit_shown="Bild: Andrea Soltermann",
        inserts={3: [("ad", "Werbung")]},
        lists=[("Mehr zum Thema", ["Simplonpass: Wintersperre dauert länger", "Visp: Neues Parkhaus beim Bahnhof eröffnet"])],
        paras=P("""
Das Stockalperschloss in Brig erhält eine neue Dauerausstellung.

Sie soll im Juni eröffnet werden und erzählt die Geschichte des Handels über den Simplonpass.

Im Mittelpunkt steht Kaspar Stockalper, der im 17. Jahrhundert mit Salz, Seide und Söldnern ein grosses
Vermögen machte.

Die Stiftung, die das Schloss betreibt, investiert rund 1,8 Millionen Franken in das Projekt.

Neben historischen Objekten zeigt die Ausstellung auch Karten und Filme, die den Alltag der Säumer darstellen.

«Wir wollen, dass auch Familien mit Kindern gerne hierherkommen», sagt Stiftungsratspräsident Beat Imhof.

Die bisherigen Räume im ersten Stock werden dafür bis Ende Mai umgebaut.

Führungen durch den Arkadenhof und die Türme finden während der Bauarbeiten weiterhin statt.

Das Schloss zählt jährlich rund 40'000 Besucherinnen und Besucher.

Die Stadtgemeinde Brig-Glis beteiligt sich mit 300'000 Franken an den Kosten, den Rest tragen Stiftungen und
private Spender.

Für Schulklassen aus dem Oberwallis ist der Eintritt in die neue Ausstellung kostenlos.

Zur Eröffnung im Juni ist ein Fest im Schlossgarten mit Musik und Führungen geplant.

Die alte Ausstellung war seit den 1990er-Jahren kaum verändert worden.
"""),
        must_have=[
            "Die Stiftung, die das Schloss betreibt, investiert rund 1,8 Millionen Franken in das Projekt.",
            "Führungen durch den Arkadenhof und die Türme finden während der Bauarbeiten weiterhin statt.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, Vientiane Times: staff, "(Latest Update DATE)" line, byline under it, empty author field, date-only publish stamp.
    rec(cluster="vientianetimes-luang-prabang-night-market", role="single",
        file="newsplease_vientianetimes_luang_prabang_night_market.json", render="newsplease",
        title="Luang Prabang night market traders to move to riverside site",
        date="2025-06-05", country="LA", region="asia", lang="en", authors=["Keo Vongsavanh"],
        url="https://www.vientianetimes.example.org.la/freeContent/FreeConten_Luang_Prabang_108.php",
        source_domain="www.vientianetimes.example.org.la",
        description="About 300 stalls will move from Sisavangvong Road to a new site by the Mekong.",
        np_authors=[], np_publish="2025-06-05 00:00:00", np_download="2025-06-06 03:12:48",
        head_lines=["(Latest Update June 5, 2025)", "By Keo Vongsavanh"],
        tail_lines=["More news stories", "Subscription only"],
        paras=P("""
Traders at Luang Prabang's famous night market will move to a new site along the Mekong River later this year,
provincial authorities have announced.

About 300 stalls selling textiles, paintings and handicrafts currently line Sisavangvong Road in the heart of the
World Heritage town every evening.

Officials said the move would ease traffic congestion and make it easier for emergency vehicles to reach the old
town.

The new site will have a roof, lighting, toilets and a parking area for tuk-tuks and minivans.

Some traders have expressed concern that fewer tourists will walk to the riverside than to the main road.

"We have sold here for more than 20 years, and our customers know where to find us," said Ms Vilayvanh, who
sells silk scarves made in her village.

The provincial tourism department said signs and a new footpath would guide visitors from the main road to the
market.

Stalls at the new site will be allocated by lottery, with priority given to traders who are registered with
the town authorities.

Luang Prabang received more than 800,000 foreign visitors last year, many of them arriving on the Laos-China
railway.
"""),
        must_have=[
            "The new site will have a roof, lighting, toilets and a parking area for tuk-tuks and minivans.",
            "Stalls at the new site will be allocated by lottery, with priority given to traders who are registered with "
            "the town authorities.",
        ]),
    # news-please, Muscat Daily: staff, "Sohar – " dash dateline, byline and date lines, WhatsApp line, copyright line.
    rec(cluster="muscatdaily-sohar-dialysis-wing", role="single",
        file="newsplease_muscatdaily_sohar_dialysis_wing.json", render="newsplease",
        title="Sohar Hospital opens new dialysis wing to cut waiting times",
        date="2025-01-12", dateline="Sohar \u2013 ", city="Sohar", country="OM", region="asia", lang="en",
        authors=["Meera Pillai"],
        url="https://www.muscatdaily.example.com/2025/01/12/sohar-hospital-opens-new-dialysis-wing/",
        source_domain="www.muscatdaily.example.com",
        description="The wing adds 24 dialysis stations for patients in North Al Batinah.",
        np_authors=["Muscat Daily"], np_publish="2025-01-12 19:20:00", np_download="2025-01-13 05:47:09",
        head_lines=["Meera Pillai", "12 January 2025"],
        tail_lines=["Follow Muscat Daily on WhatsApp", "Copyright \u00a9 2025 Muscat Daily. All rights reserved."],
        paras=P("""
Sohar Hospital has opened a new dialysis wing with 24 stations, which the Ministry of Health said would cut
waiting times for kidney patients in North Al Batinah Governorate.

The wing increases the hospital's dialysis capacity by more than half and will operate in three shifts a day.

Until now, some patients from Sohar and nearby wilayats had to travel to Muscat for treatment several times a
week.

Dr Salim al Harthy, head of the hospital's nephrology department, said the number of dialysis patients in the
governorate had risen steadily over the past five years.

"Diabetes and high blood pressure are the main causes, so prevention and early screening are essential," he
said.

The wing was built with support from a local charitable foundation and several companies in Sohar Port and
Freezone.

New nurses and technicians have been trained to run the machines.

The ministry said it plans to open similar units in Saham and Shinas.
"""),
        must_have=[
            "The wing increases the hospital's dialysis capacity by more than half and will operate in three shifts a day.",
            "New nurses and technicians have been trained to run the machines.",
        ]),
    # news-please, Ziarul de Iași: staff, Romanian, name and weekday date lines, "Citește și:" link, Google News line.
    rec(cluster="ziaruldeiasi-gradina-botanica-sera", role="single",
        file="newsplease_ziaruldeiasi_gradina_botanica_sera_ro.json", render="newsplease",
        title="Grădina Botanică din Iași deschide o nouă seră tropicală",
        date="2025-05-14", country="RO", region="europe", lang="ro", authors=["Andreea Ciobanu"],
        url="https://www.ziaruldeiasi.example.ro/stiri/gradina-botanica-din-iasi-deschide-o-noua-sera-tropicala--345678.html",
        source_domain="www.ziaruldeiasi.example.ro",
        description="Sera are peste 1.200 de metri pătrați și găzduiește plante din pădurile tropicale.",
        np_authors=["Andreea Ciobanu"], np_publish="2025-05-14 12:34:00", np_download="2025-05-14 18:02:55",
        head_lines=["Andreea Ciobanu", "miercuri, 14 mai 2025, 12:34"],
        inserts={3: ["Citește și: Palas Iași găzduiește în weekend un târg de carte"]},
        tail_lines=["Urmărește Ziarul de Iași pe Google News", "Comentarii"],
        paras=P("""
Grădina Botanică „Anastasie Fătu” din Iași a deschis miercuri o nouă seră tropicală, una dintre cele mai mari din
țară.

Sera are peste 1.200 de metri pătrați și găzduiește aproximativ 2.000 de plante din pădurile tropicale ale
Americii de Sud, Africii și Asiei.

Vizitatorii pot vedea palmieri, orhidee, ferigi arborescente și un mic iaz cu nuferi gigantici.

Lucrările au costat aproximativ 18 milioane de lei și au fost finanțate din fonduri europene.

„Vechile sere erau construite în anii '60 și nu mai puteau fi încălzite eficient”, a explicat directorul
grădinii, Mihai Apostol.

Noua clădire folosește pompe de căldură și panouri solare pentru a reduce costurile de întreținere.

Biletul de intrare în seră costă 15 lei pentru adulți, iar elevii și studenții beneficiază de reducere.

Grădina Botanică din Iași este cea mai veche grădină botanică universitară din România.

Programul de vizitare este zilnic, între orele 9 și 19.

În primele zile de la deschidere, grupurile de elevi pot vizita sera cu un ghid, pe bază de programare.
"""),
        must_have=[
            "Vizitatorii pot vedea palmieri, orhidee, ferigi arborescente și un mic iaz cu nuferi gigantici.",
            "Noua clădire folosește pompe de căldură și panouri solare pentru a reduce costurile de întreținere.",
        ]),
    # trafilatura, Zululand Observer (Caxton): staff, name / reading-time / date lines, newsletter and social lines, first category "Local news".
    rec(cluster="zululandobserver-richards-bay-beachfront", role="single",
        file="trafilatura_zululandobserver_richards_bay_beachfront.json", render="trafilatura",
        title="Richards Bay beachfront upgrade to be finished before December holidays",
        date="2025-09-12", country="ZA", region="africa", lang="en", authors=["Nomvula Mthembu"], section="Local news",
        url="https://www.zululandobserver.example.co.za/news/local-news/richards-bay-beachfront-upgrade-to-be-finished-before-december-holidays/",
        hostname="www.zululandobserver.example.co.za", source_hostname="Zululand Observer",
        description="New ablution blocks, lifeguard towers and a boardwalk are being built at Alkantstrand.",
        tf_author="Nomvula Mthembu", tf_date="2025-09-12", tf_language="en", categories="Local news;News",
        tf_tags="Richards Bay;Alkantstrand;tourism",
        head_lines=["Nomvula Mthembu", "2 minute read", "12 September 2025"],
        tail_lines=["Get the latest news delivered straight to your inbox.",
                    "For more news and updates, follow the Zululand Observer on Facebook, X and Instagram."],
        paras=P("""
The upgrade of the Alkantstrand beachfront in Richards Bay will be finished before the December holidays, the
City of uMhlathuze has promised.

Contractors are building new ablution blocks, two lifeguard towers and a wooden boardwalk above the dunes.

The project, worth about R48 million, also includes a playground, food stalls and more parking.

Work started in February but was delayed by heavy rains in June, which washed away part of the access road.

Municipal spokesperson Thabo Ngcobo said the contractor had added a second team to make up for lost time.

"We want residents and visitors to enjoy a safe, clean beach this festive season," he said.

Local traders have asked the municipality to give them first choice of the new food stalls.

The beach attracts thousands of visitors from inland towns such as Vryheid and Newcastle during December.

Lifeguards will be on duty every day from mid-December until the end of the school holidays.
"""),
        must_have=[
            "Contractors are building new ablution blocks, two lifeguard towers and a wooden boardwalk above the dunes.",
            "Local traders have asked the municipality to give them first choice of the new food stalls.",
        ]),
    # trafilatura, Solopos: staff, Indonesian, "SOLOPOS.COM - " opener, caption line with "(Solopos/NAME)", "Penulis / Editor" line.
    rec(cluster="solopos-pasar-gede-perluasan", role="single",
        file="trafilatura_solopos_pasar_gede_perluasan_id.json", render="trafilatura",
        title="Pasar Gede Solo Diperluas, Pedagang Lama Dapat Prioritas Kios Baru",
        date="2025-10-07", dateline="SOLOPOS.COM - ", country="ID", region="asia", lang="id",
        authors=["Galih Pramudito"], editors=["Rini Astuti"], section="Soloraya",
        caption="Suasana Pasar Gede, Solo, Selasa (7/10/2025).", credit="Solopos/Galih Pramudito",
        url="https://soloraya.solopos.example.com/pasar-gede-solo-diperluas-pedagang-lama-dapat-prioritas-kios-baru-2045678",
        hostname="soloraya.solopos.example.com", source_hostname="Solopos.com",
        description="Perluasan Pasar Gede menambah 120 kios dan los baru di sisi timur pasar.",
        tf_author="Galih Pramudito", tf_date="2025-10-07", tf_language="id", categories="Soloraya;Solo",
        tf_tags="Pasar Gede;Solo;pedagang",
        head_lines=["Penulis: Galih Pramudito | Editor: Rini Astuti", "Selasa, 7 Oktober 2025 - 14:25 WIB",
                    "Suasana Pasar Gede, Solo, Selasa (7/10/2025). (Solopos/Galih Pramudito)"],
        inserts={3: ["Promosi: Rayakan Hari Pelanggan, Bank Daerah Beri Hadiah Langsung"]},
        tail_lines=["Simak berita dan artikel lainnya di Google News", "Berita Terkait"],
        paras=P("""
Pemerintah Kota Solo mulai memperluas Pasar Gede dengan membangun 120 kios dan los baru di sisi timur pasar.

Kepala Dinas Perdagangan Kota Solo, Heru Santoso, mengatakan pedagang lama yang selama ini berjualan di luar
gedung akan mendapat prioritas menempati kios baru.

Menurut dia, perluasan itu diperlukan karena jumlah pengunjung terus meningkat, terutama pada akhir pekan.

Pembangunan gedung baru menelan anggaran sekitar Rp 27 miliar dari APBD Kota Solo.

Bangunan baru akan dibuat dengan gaya arsitektur yang serasi dengan gedung lama karya arsitek Belanda Thomas
Karsten.

"Kami ingin pedagang berjualan dengan nyaman dan pembeli tidak berdesakan lagi," ujar Heru.

Selama pembangunan, pedagang di sisi timur dipindahkan sementara ke halaman parkir.

Pasar Gede dikenal sebagai pusat kuliner dan buah-buahan di Solo sejak awal abad ke-20.

Pembangunan ditargetkan selesai pada pertengahan tahun depan.

Pemkot juga akan menambah lahan parkir dan memperbaiki saluran air di sekitar pasar agar tidak terjadi genangan
saat hujan.

Sejumlah pedagang menyambut baik rencana itu, namun berharap harga sewa kios baru tidak terlalu mahal.
"""),
        must_have=[
            "Pembangunan gedung baru menelan anggaran sekitar Rp 27 miliar dari APBD Kota Solo.",
            "Selama pembangunan, pedagang di sisi timur dipindahkan sementara ke halaman parkir.",
        ]),
    # trafilatura, Pacific Island Times (Guam): staff story on Pitcairn, "By Pacific Island Times News Staff" placeholder byline, first category "Regional".
    rec(cluster="pacificislandtimes-pitcairn-honey-exports", role="single",
        file="trafilatura_pacificislandtimes_pitcairn_honey.json", render="trafilatura",
        title="Pitcairn honey producers look to new markets after shipping deal",
        date="2025-04-29", country="PN", region="oceania", lang="en", section="Regional",
        url="https://www.pacificislandtimes.example.com/post/pitcairn-honey-producers-look-to-new-markets-after-shipping-deal",
        hostname="www.pacificislandtimes.example.com", source_hostname="Pacific Island Times",
        description="A new freight arrangement will let the island send honey to New Zealand every three months.",
        tf_author="Pacific Island Times News Staff", tf_date="2025-04-29", tf_language="en",
        categories="Regional;Business", tf_tags="Pitcairn;honey;exports",
        head_lines=["By Pacific Island Times News Staff", "April 29, 2025"],
        tail_lines=["Subscribe to Pacific Island Times", "Thanks for submitting!"],
        paras=P("""
Beekeepers on Pitcairn Island hope to sell more of their honey abroad after the island's government agreed a new
freight arrangement with its supply ship operator.

Under the deal, up to two tonnes of honey can be shipped to New Zealand every three months, instead of the small
amounts carried now as passenger luggage.

Pitcairn's bees are considered among the healthiest in the world because the island is free of many diseases
and pests found elsewhere.

About a dozen households on the island keep hives, and honey is one of Pitcairn's few sources of export income.

"Every jar we sell helps keep families on the island," said beekeeper Miriam Christian-Young.

The island, a British overseas territory, has fewer than 40 permanent residents, most of them living in the
settlement of Adamstown.

The honey will be sold through an online shop and to specialist retailers in New Zealand and the United Kingdom.

The island's council said revenue from honey, stamps and handicrafts would help pay for repairs to the jetty at
Bounty Bay.
"""),
        must_have=[
            "About a dozen households on the island keep hives, and honey is one of Pitcairn's few sources of export income.",
            "The honey will be sold through an online shop and to specialist retailers in New Zealand and the United Kingdom.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_ZINFOS = site("Zinfos974", "https://www.zinfos974.example.com", " - Zinfos974, l'info de La Réunion", "fr_FR", "@zinfos974",
                   ["Actualité", "Politique", "Faits divers", "Société", "Océan Indien", "Sport", "Petites annonces"],
                   ["\u00a9 Zinfos974 2025", "Mentions légales", "Contact"],
                   share=["Partager", "Facebook", "X", "WhatsApp"])

JSONL_STORIES = [
    # trafilatura shape: the Reuters story on Qatar Tribune (syndicated member of the Reuters cluster), "Reuters" author, first category "World".
    dict(DAKHLA, role="syndicated", file=JSONL_A, render="trafilatura", section="World",
         url="https://www.qatar-tribune.example.com/article/183456/world/desalination-plant-in-western-saharas-dakhla-starts-supplying-water-to-farms",
         hostname="www.qatar-tribune.example.com", source_hostname="Qatar Tribune",
         tf_author="Reuters", tf_date="2025-03-18", tf_language="en", categories="World;Africa",
         tf_tags="Morocco;desalination;agriculture",
         head_lines=["Reuters", "18 Mar 2025"],
         tail_lines=[DAKHLA_CREDITS, "Follow Qatar Tribune on Google News"]),
    # news-please shape: the AP story on The Salt Lake Tribune (syndicated member of the AP cluster), "Associated Press" author field, donation appeal.
    dict(ACEQUIAS, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.sltrib.example.com/news/nation-world/2025/03/04/new-mexico-steps-help-centuries-old/",
         source_domain="www.sltrib.example.com",
         np_authors=["Associated Press"], np_publish="2025-03-04 14:41:00", np_download="2025-03-05 02:10:37",
         head_lines=["By Teresa Montaño | Associated Press", "Mar. 4, 2025, 2:41 p.m."],
         tail_lines=[ACEQUIAS_CONTRIB,
                     "Donate to the newsroom now. The Salt Lake Tribune, Inc. is a 501(c)(3) public charity and contributions are tax deductible."]),
    # newsbeam text shape: Whanganui Chronicle (NZME), staff, Local Democracy Reporting byline and funding note, 05:00 NZST (the day before in UTC).
    rec(cluster="whanganuichronicle-river-port-dredging", role="single", file=JSONL_A, render="newsbeam",
        title="Whanganui council agrees to fund river port dredging",
        date="2025-05-20", country="NZ", region="oceania", lang="en", authors=["Ellie Fraser"],
        url="https://www.nzherald.example.co.nz/whanganui-chronicle/news/whanganui-council-agrees-to-fund-river-port-dredging/ABCD1234EFGH5678/",
        nb_published="2025-05-20T05:00:00+12:00", outlet="Whanganui Chronicle", nb_authors=["Ellie Fraser"],
        head_lines=["By Ellie Fraser", "Local Democracy Reporter", "3 mins to read"],
        tail_lines=["Local Democracy Reporting is local body journalism co-funded by RNZ and NZ On Air.",
                    "Sign up to The Whanganui Chronicle Daily newsletter"],
        paras=P("""
Whanganui District Council has agreed to spend $2.6 million over three years to dredge the river port, after
boat owners warned that silt was making the entrance dangerous.

Councillors voted 10-2 in favour of the funding at a meeting on Monday.

The river mouth has become shallower since floods in 2023 carried large amounts of sediment downstream.

Coastguard volunteers told the council that boats had run aground on the bar several times this year.

Harbourmaster Craig Blackwood said the port needed a depth of at least three metres at low tide for larger
vessels to use it safely.

"If we don't keep the channel open, we lose the boatbuilders and the fishing fleet," councillor Aroha Tuhiwai
said.

Two councillors opposed the spending, saying ratepayers were already facing a large rates rise this year.

The council will seek a contribution from the regional council and from businesses at the port.

Dredging is expected to begin in the summer, when the river is usually at its lowest.
"""),
        must_have=[
            "The river mouth has become shallower since floods in 2023 carried large amounts of sediment downstream.",
            "The council will seek a contribution from the regional council and from businesses at the port.",
        ]),
    # newsbeam html shape: the AFP story on Zinfos974 (syndicated member of the AFP cluster), "Par AFP" byline, Réunion time (+04:00).
    dict(KERGUELEN, role="syndicated", file=JSONL_B, render="newsbeam", nb_html=True, site=SITE_ZINFOS,
         section="Océan Indien", meta_section="Océan Indien",
         url="https://www.zinfos974.example.com/Kerguelen-la-base-de-Port-aux-Francais-mise-sur-le-vent_a212345.html",
         published="2025-02-14T10:32:00+04:00",
         nb_published="2025-02-14T06:32:00Z", outlet="Zinfos974", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         byline_lines=["Par AFP"], date_lines=["Vendredi 14 Février 2025 - 10:32"],
         comments=["Commentaires (4)", "Connectez-vous pour réagir"],
         lists=[("Dans la même rubrique", ["Mayotte : la piste longue de l'aéroport de nouveau reportée", "Maurice : le prix du pain augmente"])]),
    # news-please shape: The Reporter (Ethiopia), staff, "By NAME" + date lines, empty author field, Lake Tana story.
    rec(cluster="thereporter-bahir-dar-water-hyacinth", role="single", file=JSONL_B, render="newsplease",
        title="Bahir Dar volunteers step up fight against water hyacinth on Lake Tana",
        date="2025-03-22", country="ET", region="africa", lang="en", authors=["Mekdes Alemayehu"],
        url="https://www.thereporterethiopia.example.com/43210/",
        source_domain="www.thereporterethiopia.example.com",
        description="Machines and thousands of volunteers are clearing the weed from the lake's northern shore.",
        np_authors=[], np_publish="2025-03-22 09:00:00", np_download="2025-03-22 16:31:02",
        head_lines=["By Mekdes Alemayehu", "March 22, 2025"],
        tail_lines=["Related Articles", "Hawassa industrial park adds two new factories"],
        paras=P("""
Thousands of volunteers and two new harvesting machines are being deployed against water hyacinth on Lake Tana,
the largest lake in Ethiopia and the source of the Blue Nile.

The invasive weed was first spotted on the lake in 2011 and now covers parts of its northern and eastern shores.

It blocks boats, chokes fish breeding grounds and makes it harder for farmers to reach irrigation water.

The Amhara regional environment bureau said the new machines could each clear about two hectares a day.

Volunteers from Bahir Dar and nearby villages pull the plants out by hand every weekend during the dry season.

"The lake feeds our families, so we cannot leave it to die," said fisherman Abebe Worku.

Researchers at a local university are testing ways to turn the harvested weed into compost and animal feed.

Officials said keeping the weed under control would need steady funding for many years.

The campaign will continue until the start of the rainy season in June.
"""),
        must_have=[
            "It blocks boats, chokes fish breeding grounds and makes it harder for farmers to reach irrigation water.",
            "Researchers at a local university are testing ways to turn the harvested weed into compost and animal feed.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "thirty-fourth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Zeta Tijuana's 2025-03-12T21:15-07:00 and TNTV's "
    "2025-08-21T17:40-10:00 are the next day in UTC but stay on the local date; The New Daily's 2025-07-08T07:30+10:00 "
    "and the Whanganui Chronicle's 2025-05-20T05:00+12:00 are the day before in UTC but stay on the local date; the "
    "National Post's 08:41-04:00, Quotidiano di Puglia's 05:00+02:00 and the Walliser Bote's 17:30+01:00 stay on the "
    "same day; Zinfos974's crawler stamp 06:32Z is 10:32 in the page's +04:00; Paris Match's 'Mis à jour', NSC "
    "Total's 'Atualizado em' and The New Daily's 'updated Jul 8' are updates, not the publication; Mid-day prints "
    "only 'Updated on: 03 September,2025 05:14 PM IST' for wire copy, and its article:published_time gives the same "
    "day; the Vientiane Times' '(Latest Update June 5, 2025)' line is the paper's only date (the day's edition) and "
    "its news-please date_publish (a date-only midnight stamp) agrees",
    "dateline_city": "'DAKHLA, Western Sahara, March 18 (Reuters) - ' -> 'Dakhla'; 'SANTA FE, N.M. (AP) \u2014 ' -> "
    "'Santa Fe'; 'Port-aux-Français (Kerguelen) (AFP) - ' -> 'Port-aux-Français'; 'Panaji, Sep 3 (IANS) ' -> 'Panaji' "
    "(IANS prints no dash after the bracket; Mid-day's '| Panaji | IANS' header repeats it); 'Stralsund (dpa/mv) - ' "
    "-> 'Stralsund' ('mv' is dpa's Mecklenburg-Vorpommern desk); 'DUNGUN: ' -> 'Dungun' (Malay papers' capitals-and-"
    "colon dateline); 'Sohar \u2013 ' -> 'Sohar' (Muscat Daily's dash dateline); Solopos' 'SOLOPOS.COM - ' opener is "
    "the site's name, not a place (city null); the other records have no dateline and take the country of the "
    "story's location (Pond Inlet, Bishan, Bor, General Roca, Nickerie, Abisko, Olsztyn, Peterhead, Darwin, Lecce, "
    "Ensenada, Chapecó, Raiatea, Brig-Glis, Luang Prabang, Iași, Richards Bay, Solo, Pitcairn, Whanganui, Bahir Dar)",
    "country": "Dakhla is in Western Sahara: ISO 3166-1 'EH' (the code of the territory, under which GeoNames files "
    "Dakhla; the label takes no side on sovereignty), region africa; Port-aux-Français on the Kerguelen Islands is in "
    "the French Southern Territories (TF), which UN M49 places in Eastern Africa (region africa), not France; "
    "Pitcairn is PN (oceania), a British overseas territory, not GB; Raiatea is in French Polynesia (PF); Bor is in "
    "South Sudan (SS), not Sudan; Nickerie is in Suriname (SR)",
    "agency": "the National Post and Qatar Tribune carry Reuters copy; the Santa Fe New Mexican and The Salt Lake "
    "Tribune carry AP copy; Paris Match ('La rédaction avec AFP') and Zinfos974 ('Par AFP') carry AFP copy; Svenska "
    "Dagbladet carries TT (Tidningarnas Telegrambyrå, the Swedish national wire: 'TT' byline); RMF24 carries PAP "
    "('PAP' byline, 'Źródło: PAP'); the Schweriner Volkszeitung carries dpa; Utusan Malaysia carries Bernama ('Oleh "
    "BERNAMA', '- BERNAMA'); Mid-day carries IANS; The New Daily carries AAP ('NAME, AAP'); all other records are "
    "staff copy (agency null)",
    "authors": "Reuters: the writer of the credits line plus its 'Additional reporting by' name; AP: the bylined "
    "writer plus the 'contributed to this report' name on both copies; AAP: 'Callum Wardrop, AAP' -> 'Callum "
    "Wardrop'; wire pages whose only byline is the agency or a desk ('Reuters', 'La rédaction avec AFP', 'Par AFP', "
    "'TT', 'PAP', 'dpa', 'Oleh BERNAMA', Mid-day's IANS header) have no authors; TNTV's 'Rédaction web avec Hinano "
    "Teriitahi' credits the reporter by name -> 'Hinano Teriitahi'; 'By Pacific Island Times News Staff' is a "
    "placeholder (no authors); news-please / trafilatura author fields holding the outlet or agency ('Muscat Daily', "
    "'Associated Press', 'Reuters', 'Pacific Island Times News Staff') are placeholders and the writer comes from the "
    "byline line; empty author fields (Vientiane Times, The Reporter) likewise; the Whanganui Chronicle's 'Local "
    "Democracy Reporter' line is a job title; Radio Tamazuj and Starnieuws print no byline",
    "editors": "'Editing by Alison Whitcombe' (Reuters credits) on both Reuters copies; Solopos' 'Penulis: ... | "
    "Editor: Rini Astuti' line names the desk editor, labelled like Xinhua's 'Editor:' line",
    "caption_credit": "credits without their wrapper: 'Photo by Youssef Alami /REUTERS' -> 'Youssef Alami /REUTERS' "
    "(Postmedia's spacing kept); '\u00a9 Léo Garnier / AFP' -> 'Léo Garnier / AFP'; 'Pic/iStock' -> 'iStock'; "
    "'Photo: AAP' -> 'AAP'; 'Foto: Cortesía' -> 'Cortesía'; 'Foto: Prefeitura de Chapecó / Divulgação' -> 'Prefeitura "
    "de Chapecó / Divulgação'; 'Crédit : TNTV' -> 'TNTV'; 'Bild: Andrea Soltermann' -> 'Andrea Soltermann'; "
    "Nunatsiaq's '(Photo by Leah Qaumariaq)' -> 'Leah Qaumariaq'; '(Solopos/Galih Pramudito)' -> 'Solopos/Galih "
    "Pramudito'; Radio Tamazuj's 'File photo: ... (Radio Tamazuj)' line gives the caption without its 'File photo:' "
    "prefix and the credit 'Radio Tamazuj'. Mothership's 'Top photo via NParks/Facebook' is a credit line without a "
    "caption: chrome, no caption label. Mid-day's caption is its whole 'Representational Image.' text",
    "section": "HTML pages (and the newsbeam html record) take article:section; trafilatura records take their first "
    "category; news-please, plain text and newsbeam text records have none",
    "chrome": "includes Postmedia's 'Article content' / 'Advertisement 2' labels, consent walls, paywall and "
    "subscription lines ('Abo', 'Subscribe for $1 for 1 month', 'Already a subscriber? Sign in'), newsletter, app, "
    "WhatsApp, Telegram and podcast promos, the dpa-infocom id line, agency sign-offs, the syndicated-feed "
    "disclaimer, the Local Democracy Reporting note, donation appeal, comment prompts and moderation notes, tag "
    "lists and related-story lists",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and AP in the plain batch, AFP in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"la rédaction avec afp", "par afp", "tt", "pap", "oleh bernama", "bernama", "ians", "muscat daily",
                "pacific island times news staff", "by pacific island times news staff", "local democracy reporter",
                "alison whitcombe", "rini astuti", "rédaction web", "paris match", "zinfos974"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
