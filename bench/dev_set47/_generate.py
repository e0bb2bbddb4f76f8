#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's forty-seventh development set (bench/dev_set47/, first written as the forty-fourth held-out set).

    .venv/bin/python bench/dev_set47/_generate.py

Writes ``bench/dev_set47/articles/*`` and ``bench/dev_set47/labels.json`` (next to this
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
bench/dev_set46/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout44_2025-a.jsonl"
JSONL_B = "crawl_holdout44_2025-b.jsonl.gz"


# ---- cluster: AP, Nassau (Baltimore Sun scrape + copy on LancasterOnline in the plain batch) ----

NASSAU = dict(
    cluster="ap-nassau-grand-bahama-airport-terminal",
    title="Bahamas picks builder for new Grand Bahama airport terminal, six years after Hurricane Dorian",
    date="2025-04-23",
    dateline="NASSAU, Bahamas (AP) \u2014 ",
    city="Nassau",
    country="BS",
    region="americas",
    agency="AP",
    authors=["Danielle Farrington"],
    editors=[],
    lang="en",
    description="The $87 million terminal in Freeport is due to open in 2027, replacing tents and a temporary building.",
    paras=P("""
The Bahamas government has chosen a construction company to build a new passenger terminal at Grand Bahama
International Airport, nearly six years after Hurricane Dorian flooded the old one, officials announced Wednesday.

Transport and Aviation Minister Kendra Albury said the contract is worth $87 million and that work should begin in
September.

The Category 5 storm hit Grand Bahama and the Abaco Islands in September 2019, killing dozens of people and causing
billions of dollars in damage.

Since then, passengers at the airport in Freeport have checked in under tents and in a temporary building that
lacks air conditioning in parts.

"People arrive on this island and the first thing they see is a construction site," said Lionel Pinder, who runs a
tour company in Freeport. "That's not the welcome we want to give."

The government bought the airport in 2021 from a private owner after the company said it could not afford the
repairs.

The new terminal will be built on higher ground about 300 yards (275 meters) north of the old one and is designed to
withstand winds of up to 185 mph (298 kph), according to the Ministry of Transport.

Grand Bahama, the country's second most populous island, depends heavily on tourism and cruise ship visitors, and
business owners say the state of the airport has kept some airlines away.

Officials said the terminal should open in 2027.
"""),
    must_have=[
        "The government bought the airport in 2021 from a private owner after the company said it could not afford the repairs.",
        "Officials said the terminal should open in 2027.",
    ],
)
AP_RIGHTS = ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed without permission.")

# ---- cluster: AFP, Moroni (Abidjan.net page + copy on Africa Radio in the plain batch) ----

MORONI = dict(
    cluster="afp-moroni-centrale-solaire",
    title="Comores : une centrale solaire pour réduire les coupures d'électricité à Moroni",
    date="2025-03-14",
    dateline="Moroni (AFP) - ",
    city="Moroni",
    country="KM",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="La centrale de 12 mégawatts doit couvrir près d'un quart de la demande de la Grande Comore aux heures de pointe.",
    paras=P("""
Les Comores ont inauguré jeudi une centrale solaire de 12 mégawatts près de Moroni, censée réduire les coupures
d'électricité qui paralysent régulièrement la capitale de l'archipel de l'océan Indien.

La centrale, construite sur une quinzaine d'hectares au nord de la ville, est équipée d'un système de stockage par
batteries qui doit permettre de fournir du courant après le coucher du soleil.

Son coût, environ 25 millions d'euros, a été financé en grande partie par des bailleurs internationaux, selon la
société nationale d'électricité.

Les habitants de Moroni subissent depuis des années des délestages quotidiens, parfois pendant plus de dix heures.

« Quand le courant revient, on ne sait jamais pour combien de temps. J'ai perdu deux congélateurs l'an dernier », a
raconté à l'AFP Saïd Ahmed Mohamed, qui tient une épicerie près du marché de Volo Volo.

L'archipel, qui compte environ 850.000 habitants, produit l'essentiel de son électricité à partir de groupes
électrogènes fonctionnant au gazole importé.

Selon le ministère de l'Énergie, la nouvelle centrale devrait couvrir près d'un quart de la demande de la Grande
Comore aux heures de pointe.

Le gouvernement prévoit de construire d'autres installations solaires sur les îles d'Anjouan et de Mohéli d'ici
2027.
"""),
    must_have=[
        "L'archipel, qui compte environ 850.000 habitants, produit l'essentiel de son électricité à partir de groupes électrogènes fonctionnant au gazole importé.",
        "Le gouvernement prévoit de construire d'autres installations solaires sur les îles d'Anjouan et de Mohéli d'ici 2027.",
    ],
)

# ---- cluster: IANS, Thimphu (Daijiworld scrape + copy on Eastern Mirror in the gzipped batch) ----

THIMPHU = dict(
    cluster="ians-thimphu-gelephu-bus-service",
    title="Bhutan to launch direct bus service between Thimphu and Gelephu",
    date="2025-02-11",
    dateline="Thimphu, Feb 11 (IANS) ",
    city="Thimphu",
    country="BT",
    region="asia",
    agency="IANS",
    authors=[],
    editors=[],
    lang="en",
    description="The express service along the widened highway is expected to take around seven hours.",
    paras=P("""
Bhutan will launch a direct bus service between the capital Thimphu and the southern town of Gelephu next month,
cutting the journey by several hours, officials said on Tuesday.

The service will run along the recently widened highway via Wangdue Phodrang and Tsirang, according to the Bhutan
Construction and Transport Authority (BCTA).

Buses currently take about 10 hours to cover the distance, with a long halt in Wangdue. The new express service is
expected to take around seven hours.

Two operators have been given permits to run daily services in each direction, the authority said.

Gelephu, near the border with the Indian state of Assam, is the site of the Gelephu Mindfulness City, a special
economic zone announced by the Bhutanese government in 2023.

Officials said demand for travel to the town has increased as construction projects there gather pace, and buses on
the existing route are often full days in advance.

A one-way ticket will cost Nu 650, about the same as the existing service.

Bhutan is also working with India on a railway line linking Gelephu with Kokrajhar in Assam.
"""),
    must_have=[
        "Two operators have been given permits to run daily services in each direction, the authority said.",
        "A one-way ticket will cost Nu 650, about the same as the existing service.",
    ],
)

# ---- cluster: Farmers Weekly (New Zealand), page + noisy re-scrape ----

SOUTHLAND = dict(
    cluster="farmersweekly-southland-winter-grazing",
    title="Southland winter grazing rules to take effect from May",
    date="2025-03-24",
    dateline="",
    city=None,
    country="NZ",
    region="oceania",
    agency=None,
    authors=["Rebecca Harwood"],
    editors=[],
    lang="en",
    paras=P("""
Southland farmers who winter cattle on crops will need a certified plan from May 1 under new rules adopted by
Environment Southland.

The regional council voted last week to bring the rules into its land and water plan after a consultation that drew
more than 400 submissions.

Under the rules, paddocks with a slope of more than 10 degrees cannot be used for intensive winter grazing unless the
farmer has a plan signed off by a certified adviser.

Farmers will also have to leave an uncultivated strip of at least five metres next to waterways and critical source
areas.

Environment Southland chair Graeme Tuck said most farmers were already doing the right thing and the rules would
bring the rest into line.

"It's about keeping sediment and nutrients out of our rivers, and the vast majority of farmers want that too," he
said.

Federated Farmers Southland president Mark Doyle said the timing was tight, with many farmers already committed to
their winter crops.

Certified advisers are in short supply in the region, charging about $1800 per plan, and some farmers may struggle to
get a plan completed before the start of winter.

The council said it would take an educational approach in the first season, with inspections focused on the
highest-risk paddocks.

About 85,000 hectares of winter crop are grazed in Southland each year, roughly 9% of the region's farmland,
according to council figures.
"""),
    must_have=[
        "Farmers will also have to leave an uncultivated strip of at least five metres next to waterways and critical source areas.",
        "The council said it would take an educational approach in the first season, with inspections focused on the highest-risk paddocks.",
    ],
)
FW_PRE = ["Farmers Weekly", "News", "Dairy", "Livestock", "Arable", "Horticulture", "Rural Life", "Opinion", "Markets"]
FW_HEAD = ["By Rebecca Harwood"]
FW_DATE = ["24 March 2025"]
FW_TAGS = ["Tags", "Southland", "Environment Southland", "winter grazing"]
FW_COPY = "\u00a9 2025 NZ Farm Life Media"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # The Baltimore Sun (original of the AP cluster): "Name | The Associated Press" byline, PUBLISHED/UPDATED line, AP photo credit, related box, "Originally Published" line.
    dict(NASSAU, role="original", file="baltimoresun_ap_nassau_grand_bahama_airport.txt", render="text",
         caption="Workers clear debris near the departures hall of Grand Bahama International Airport in Freeport, Bahamas, on April 2, 2025.",
         credit="AP Photo/Tyrone Knowles",
         pre=[["The Baltimore Sun", "News", "Sports", "Business", "Opinion", "Obituaries", "Things To Do", "Real Estate", "e-Edition"],
              ["Subscribe", "Log In"], ["Nation & World News"]],
         head=[["By Danielle Farrington | The Associated Press"],
               ["PUBLISHED: April 23, 2025 at 5:42 PM EDT | UPDATED: April 23, 2025 at 7:10 PM EDT"]],
         cap_lines=["Workers clear debris near the departures hall of Grand Bahama International Airport in Freeport, Bahamas, on April 2, 2025. (AP Photo/Tyrone Knowles)"],
         inserts={3: ["Related Articles", "Caribbean leaders push for faster disaster funding ahead of hurricane season",
                      "Cruise lines add more Bahamas port calls as private island resorts expand"]},
         tail=[["Originally Published: April 23, 2025 at 5:42 PM EDT"],
               ["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)",
                "Click to email a link to a friend (Opens in new window)"],
               ["Trending Nationally"], ["Copyright \u00a9 2025 The Baltimore Sun"]]),
    # Daijiworld (original of the IANS cluster): IANS dateline with no dash, long date-time stamp, comment disclaimer and form.
    dict(THIMPHU, role="original", file="daijiworld_ians_thimphu_gelephu_bus.txt", render="text",
         pre=[["Daijiworld", "Home", "Mangaluru", "Udupi", "Karnataka", "National", "World", "Gulf", "Sports", "Entertainment"],
              ["Daijiworld TV", "Daijiworld Konkani"]],
         head=[["Tue, Feb 11 2025 07:40:12 PM"]],
         inserts={4: ["Advertisement"]},
         tail=[["Top Stories"],
               ["Comment on this article"],
               ["Disclaimer: Please write your correct name and email address. Kindly do not post any personal, abusive, defamatory, infringing, obscene, indecent, discriminatory or unlawful or similar comments. Daijiworld.com will not be responsible for any defamatory message posted under this article."],
               ["Title:", "Name:", "Email:", "Comment:", "Submit"],
               ["Copyright \u00a9 2001-2025 Daijiworld Media Pvt Ltd, Mangaluru. All rights reserved."]]),
    # Farmers Weekly (original of the re-scrape cluster): "By" line, date line, tag list, newsletter line, publisher copyright.
    dict(SOUTHLAND, role="original", file="farmersweekly_southland_winter_grazing.txt", render="text",
         pre=[FW_PRE, ["Subscribe", "Sign in"]], head=[FW_HEAD, FW_DATE],
         inserts={4: ["Advertisement"]},
         tail=[FW_TAGS,
               ["Get the latest farming news delivered to your inbox", "Sign up to our newsletter"],
               ["Related Stories"], [FW_COPY]]),
    dict(SOUTHLAND, role="rescrape", file="farmersweekly_southland_winter_grazing_rescrape.txt.gz", render="text", noise=True,
         pre=[FW_PRE], head=[FW_HEAD, FW_DATE], tail=[FW_TAGS, [FW_COPY]]),
    # Knack: Belga copy, "Belga" byline, Dutch date stamp, "Lees ook" line, newsletter lines.
    rec(cluster="knack-belga-fietsdiefstallen-vlaanderen", role="single",
        file="knack_belga_fietsdiefstallen_vlaanderen_nl.txt", render="text",
        title="Aantal fietsdiefstallen in Vlaanderen daalt voor derde jaar op rij",
        date="2025-03-12", country="BE", region="europe", lang="nl", agency="Belga",
        pre=[["Knack", "Nieuws", "Politiek", "Wetenschap", "Economie", "Cultuur", "Opinie", "Sport", "Knack Extra"],
             ["Abonneer", "Aanmelden"]],
        head=[["Belga"], ["12 maart 2025 om 14:21"]],
        inserts={2: ["Lees ook | Steeds meer Vlamingen pendelen met de elektrische fiets naar het werk"]},
        tail=[["Gratis nieuwsbrieven", "Ontvang elke ochtend het belangrijkste nieuws in je mailbox"],
              ["Lees meer over:", "Mobiliteit", "Fietsen", "Criminaliteit"],
              ["\u00a9 Roularta Media Group"]],
        paras=P("""
Het aantal aangegeven fietsdiefstallen in Vlaanderen is vorig jaar voor het derde jaar op rij gedaald. Dat blijkt
uit cijfers van de federale politie die Belga kon inkijken.

In 2024 werden in Vlaanderen ruim 21.000 fietsdiefstallen aangegeven, ongeveer 7 procent minder dan een jaar eerder.

Vooral in de centrumsteden gaat het aantal diefstallen naar beneden. In Gent en Leuven, traditioneel de koplopers,
daalde het aantal met meer dan 10 procent.

Volgens de politie spelen de bewaakte fietsenstallingen aan stations en de registratie van fietsen met een
graveernummer een rol.

Toch gaan experts ervan uit dat veel diefstallen niet worden aangegeven, omdat slachtoffers weinig hoop hebben hun
fiets terug te zien.

Bij elektrische fietsen ligt dat anders: die worden vaker aangegeven, onder meer omdat verzekeraars een
proces-verbaal vragen.

Het aandeel elektrische fietsen in de diefstalcijfers is de voorbije vijf jaar meer dan verdubbeld.

De Fietsersbond vraagt de steden om meer veilige stallingen in woonwijken te voorzien, waar veel fietsen 's nachts op
straat staan.
"""),
        must_have=[
            "In 2024 werden in Vlaanderen ruim 21.000 fietsdiefstallen aangegeven, ongeveer 7 procent minder dan een jaar eerder.",
            "Het aandeel elektrische fietsen in de diefstalcijfers is de voorbije vijf jaar meer dan verdubbeld.",
        ]),
    # Club of Mozambique: Lusa copy in English, the outlet's name as byline, "Source: Lusa" line.
    rec(cluster="clubofmozambique-lusa-sofala-bank-shrimp", role="single",
        file="clubofmozambique_lusa_sofala_bank_shrimp.txt", render="text",
        title="Mozambique: Government tightens rules for Sofala Bank shrimp season",
        date="2025-01-29", country="MZ", region="africa", lang="en", agency="Lusa",
        pre=[["Club of Mozambique", "Home", "News", "Business", "Tourism", "Opinion", "Jobs", "Events", "Directory"],
             ["Subscribe to our daily newsletter"]],
        head=[["By Club of Mozambique"], ["29 January 2025"]],
        tail=[["Source: Lusa"], ["Share this:", "Facebook", "X", "LinkedIn", "WhatsApp"], ["Related"],
              ["\u00a9 2025 Club of Mozambique"]],
        paras=P("""
The Mozambican government has approved new rules for the shrimp fishing season on the Sofala Bank, reducing the
number of industrial vessels allowed to operate and extending the closed season by one month.

According to a statement released after Tuesday's meeting of the Council of Ministers, the number of industrial
trawlers licensed to fish on the bank will fall from 48 to 40.

The closed season, during which fishing is banned to allow shrimp stocks to recover, will now run from November to
the end of March.

The Sofala Bank, off the coast of the central provinces of Sofala and Zambézia, is the country's main shrimp fishing
ground.

Shrimp is one of Mozambique's most important fisheries exports, most of it sold to Spain, Portugal and South Africa.

Government spokesperson Inocêncio Matusse said the measures followed scientific surveys showing a decline in catches
over the past five years.

Artisanal fishers, who use smaller boats close to the shore, will not be affected by the reduction in licences but
must respect the closed season.

Inspections at sea will be stepped up, with the support of patrol boats provided by development partners, he said.
"""),
        must_have=[
            "The closed season, during which fishing is banned to allow shrimp stocks to recover, will now run from November to the end of March.",
            "Artisanal fishers, who use smaller boats close to the shore, will not be affected by the reduction in licences but must respect the closed season.",
        ]),
    # Actualite.cd: staff, name line, abbreviated weekday stamp, "Lire aussi" line.
    rec(cluster="actualitecd-kinshasa-transco-bus", role="single",
        file="actualitecd_kinshasa_transco_nouveaux_bus_fr.txt", render="text",
        title="Kinshasa : Transco met en circulation 60 nouveaux bus sur quatre lignes",
        date="2024-11-19", country="CD", region="africa", lang="fr", authors=["Christelle Mbombo"],
        pre=[["ACTUALITE.CD", "Politique", "Économie", "Société", "Sécurité", "Sport", "Culture", "Environnement", "Provinces"]],
        head=[["Christelle Mbombo"], ["Publié le mar 19/11/2024 - 16:05"]],
        inserts={3: ["Lire aussi : Kinshasa : les embouteillages sur le boulevard Lumumba exaspèrent les usagers"]},
        tail=[["Partager", "Facebook", "X", "WhatsApp"], ["Articles similaires"], ["ACTUALITE.CD \u00a9 2024"]],
        paras=P("""
La société de Transport au Congo (Transco) a mis en circulation ce mardi 60 nouveaux bus à Kinshasa, destinés à
desservir quatre lignes reliant le centre-ville aux communes périphériques.

Les nouveaux véhicules, d'une capacité de 90 places chacun, desserviront notamment les axes Gombe-Kimbanseke,
Gombe-Mont-Ngafula et Victoire-Kinkole.

Selon la direction de l'entreprise, ces bus doivent permettre de transporter environ 40.000 passagers supplémentaires
par jour.

Le prix du ticket reste fixé à 1.000 francs congolais par trajet.

À Kinshasa, ville de plus de 15 millions d'habitants, les transports en commun restent largement insuffisants. De
nombreux habitants passent plusieurs heures par jour dans les embouteillages ou à attendre un moyen de transport.

« Avant, je devais prendre trois taxis-bus pour aller au travail. Si ce bus passe à l'heure, cela va changer ma vie
», a confié Patrick, un fonctionnaire rencontré à l'arrêt de la place Victoire.

Transco affirme que d'autres lots de bus sont attendus d'ici la fin de l'année prochaine, pour porter sa flotte à
plus de 500 véhicules.

L'entreprise publique avait été relancée en 2013 avec l'acquisition de plusieurs centaines de bus, mais une grande
partie de la flotte est aujourd'hui hors service faute d'entretien.
"""),
        must_have=[
            "Le prix du ticket reste fixé à 1.000 francs congolais par trajet.",
            "L'entreprise publique avait été relancée en 2013 avec l'acquisition de plusieurs centaines de bus, mais une grande partie de la flotte est aujourd'hui hors service faute d'entretien.",
        ]),
    # Búsqueda (Uruguay): staff, "Por" byline, weekday date, voseo subscription strings.
    rec(cluster="busqueda-ute-baterias-almacenamiento", role="single",
        file="busqueda_ute_baterias_almacenamiento_es.txt", render="text",
        title="UTE prevé instalar baterías para almacenar energía eólica y solar a partir de 2026",
        date="2025-03-13", country="UY", region="americas", lang="es", authors=["Martina Sosa"],
        pre=[["Búsqueda", "Política", "Economía", "Información General", "Mundo", "Cultura", "Opinión", "Galería"],
             ["Suscribite", "Iniciá sesión"]],
        head=[["Por Martina Sosa"], ["jueves 13 de marzo de 2025"]],
        tail=[["Temas", "UTE", "energía", "renovables"],
              ["Newsletter", "Recibí en tu correo lo más destacado de cada edición"],
              ["\u00a9 2025 Búsqueda. Todos los derechos reservados."]],
        paras=P("""
La empresa estatal de electricidad UTE prepara una licitación para instalar sistemas de almacenamiento con baterías
que le permitan guardar parte de la energía eólica y solar que hoy se pierde en las horas de menor consumo.

Según supo Búsqueda, el directorio del ente analiza un proyecto para incorporar una capacidad de 200 megavatios en
una primera etapa, con una inversión estimada en 150 millones de dólares.

Las baterías se instalarían junto a subestaciones en el norte y el litoral oeste del país, donde se concentra buena
parte de los parques eólicos.

Uruguay genera más del 90% de su electricidad a partir de fuentes renovables en un año con lluvias normales, pero la
producción del viento y del sol no siempre coincide con la demanda.

En los últimos años, UTE exportó excedentes a Argentina y Brasil a precios bajos o directamente debió frenar la
producción de algunos parques.

"Hoy tenemos momentos en que sobra energía y otros en que tenemos que prender las centrales térmicas", explicó a
Búsqueda un técnico del ente que pidió no ser identificado.

La licitación podría lanzarse en el segundo semestre, de modo que los primeros equipos entren en funcionamiento en
2026.

El proyecto deberá contar con el visto bueno del Ministerio de Industria, Energía y Minería.
"""),
        must_have=[
            "Las baterías se instalarían junto a subestaciones en el norte y el litoral oeste del país, donde se concentra buena parte de los parques eólicos.",
            "La licitación podría lanzarse en el segundo semestre, de modo que los primeros equipos entren en funcionamiento en 2026.",
        ]),
    # Kurier Szczeciński: staff, publication-date line at the top, the writer's name alone after the story.
    rec(cluster="kurier-szczecin-przebudowa-kolumba", role="single",
        file="kurierszczecinski_przebudowa_ulicy_kolumba_pl.txt", render="text",
        title="Ruszyła przebudowa ulicy Kolumba. Kierowców czekają utrudnienia",
        date="2025-03-12", country="PL", region="europe", lang="pl", authors=["Tomasz Wrona"],
        pre=[["Kurier Szczeciński", "Wiadomości", "Szczecin", "Region", "Sport", "Kultura", "Gospodarka", "Ogłoszenia", "E-wydanie"]],
        head=[["Data publikacji: 12.03.2025, 14:30"]],
        inserts={3: ["Czytaj także: Nowe buspasy w centrum. Autobusy pojadą szybciej"], 5: ["Reklama"]},
        tail=[["Tomasz Wrona"], ["Tagi:", "Szczecin", "remont", "ZDiTM"], ["Udostępnij:", "Facebook", "X"],
              ["\u00a9 Kurier Szczeciński 2025"]],
        paras=P("""
W środę rozpoczęła się przebudowa ulicy Kolumba w Szczecinie, na odcinku od Dworca Głównego do ulicy Nowej. Prace
potrwają około półtora roku.

W ramach inwestycji powstanie nowa jezdnia, droga rowerowa i szersze chodniki, a wzdłuż ulicy zostanie posadzonych
ponad 100 drzew.

Wymienione zostaną także sieci wodociągowe i kanalizacyjne, z których część pochodzi sprzed II wojny światowej.

Koszt inwestycji to około 64 mln zł. Ponad połowę pokryją środki unijne.

Przez pierwsze miesiące ruch samochodowy będzie się odbywał jednym pasem w każdym kierunku. Miasto zaleca
kierowcom, by w miarę możliwości omijali ten rejon.

– Zdajemy sobie sprawę, że to będzie trudny czas dla mieszkańców i przedsiębiorców, ale po zakończeniu prac ulica
zmieni się nie do poznania – mówi rzeczniczka Zarządu Dróg i Transportu Miejskiego.

Utrudnienia dotkną także pasażerów komunikacji miejskiej. Część linii autobusowych zostanie skierowana na objazdy.

Przebudowa jest częścią programu rewitalizacji okolic dworca, który obejmuje także budowę nowego parkingu
przesiadkowego. Jego otwarcie zaplanowano na przyszły rok.
"""),
        must_have=[
            "Koszt inwestycji to około 64 mln zł.",
            "Część linii autobusowych zostanie skierowana na objazdy.",
        ]),
    # Lovin Malta: staff, "Written by" line, "READ NEXT:" line, reader call-to-action lines.
    rec(cluster="lovinmalta-gozo-channel-late-night-trips", role="single",
        file="lovinmalta_gozo_channel_late_night_trips.txt", render="text",
        title="Gozo Channel To Add Late-Night Ferry Trips This Summer",
        date="2025-04-15", country="MT", region="europe", lang="en", authors=["Kurt Zammit"],
        pre=[["Lovin Malta", "News", "Politics", "Business", "Entertainment", "Food", "Travel", "Opinions", "Lovin Daily"]],
        head=[["Written by Kurt Zammit"], ["April 15, 2025 at 11:04 am"]],
        inserts={2: ["READ NEXT: Malta International Airport Welcomed A Record Number Of Passengers Last Year"]},
        tail=[["What do you make of the new late-night trips? Let us know in the comments below"],
              ["Tag someone who needs to see this"],
              ["Share", "Facebook", "WhatsApp", "X"], ["\u00a9 2025 Lovin Malta"]],
        paras=P("""
Gozo Channel will operate extra late-night trips between Ċirkewwa and Mġarr this summer, giving people in Gozo more
options to get home after a night out in Malta.

The additional trips will run on Fridays and Saturdays from June until the end of September, with the last departure
from Ċirkewwa at 2.45am.

Currently, there is a gap of several hours between the last evening trips and the early morning ferry.

The Gozo Ministry said the change followed requests from young people and workers in the hospitality sector, many of
whom finish their shifts after midnight.

"For years, Gozitans have had to choose between leaving a night out early or sleeping over in Malta," a ministry
spokesperson said.

Fares for the late-night trips will be the same as for other crossings, and Gozo residents will continue to pay a
reduced rate.

The fast ferry service between Mġarr and Valletta will not be affected by the change.

Gozo Channel carried more than 5.5 million passengers last year, a record for the company.
"""),
        must_have=[
            "Currently, there is a gap of several hours between the last evening trips and the early morning ferry.",
            "Fares for the late-night trips will be the same as for other crossings, and Gozo residents will continue to pay a reduced rate.",
        ]),
    # Caledonia (New Caledonia TV): staff, "Par" byline, numeric French stamp, share and "À lire aussi" lines.
    rec(cluster="caledonia-lifou-piste-wanaham", role="single",
        file="caledonia_lifou_piste_wanaham_fr.txt", render="text",
        title="Lifou : les travaux d'allongement de la piste de Wanaham débuteront en juin",
        date="2025-04-02", country="NC", region="oceania", lang="fr", authors=["Élodie Kaloi"],
        pre=[["Caledonia", "Actualités", "Société", "Politique", "Économie", "Sport", "Replay", "Direct"]],
        head=[["Par Élodie Kaloi"], ["Publié le 02/04/2025 à 18:42"]],
        tail=[["Partager :", "Facebook", "X", "E-mail"], ["À lire aussi"], ["\u00a9 Caledonia 2025"]],
        paras=P("""
Les travaux d'allongement de la piste de l'aérodrome de Wanaham, à Lifou, débuteront en juin, a annoncé mercredi la
province des îles Loyauté.

La piste doit passer de 1 100 à 1 400 mètres, ce qui permettra d'accueillir des avions plus lourds et de mieux
garantir la sécurité des atterrissages par mauvais temps.

Le chantier, d'un montant de 1,2 milliard de francs CFP, est financé par la province, le gouvernement et l'État.

Pendant les travaux, les vols d'Air Calédonie seront maintenus, mais certaines rotations pourraient être décalées en
fin de journée.

À Lifou, l'avion reste le principal moyen de transport vers Nouméa, le bateau ne desservant l'île que quelques jours
par semaine.

« C'est un projet attendu depuis longtemps par la population, notamment pour les évacuations sanitaires », a souligné
un élu de la province lors de la présentation.

Les travaux devraient durer environ dix mois.

La province prévoit également de rénover l'aérogare d'ici 2027, afin d'améliorer l'accueil des passagers et des
touristes qui arrivent des croisières.
"""),
        must_have=[
            "À Lifou, l'avion reste le principal moyen de transport vers Nouméa, le bateau ne desservant l'île que quelques jours par semaine.",
            "Les travaux devraient durer environ dix mois.",
        ]),
    # Kashmir Observer: house byline "Observer News Service", "Srinagar- " dateline, WhatsApp line, reader-support appeal.
    rec(cluster="kashmirobserver-srinagar-jhelum-dredging", role="single",
        file="kashmirobserver_srinagar_jhelum_dredging.txt", render="text",
        title="Dredging Of Jhelum To Begin Ahead Of Spring Thaw",
        date="2025-03-12", dateline="Srinagar- ", city="Srinagar", country="IN", region="asia", lang="en",
        pre=[["Kashmir Observer", "Kashmir", "Jammu", "India", "World", "Business", "Opinion", "Sports", "E-Paper"]],
        head=[["Observer News Service"], ["March 12, 2025 9:40 pm"]],
        tail=[["Follow this link to join our WhatsApp group: Join Now"],
              ["Be Part of Quality Journalism",
               "Quality journalism takes a lot of time, money and hard work to produce and despite all the hardships we still do it. Our reporters and editors are working overtime in Kashmir and beyond to cover what you care about, break big stories, and expose injustices that can change lives. Today more people are reading Kashmir Observer than ever, but only a handful are paying while advertising revenues are falling fast.",
               "ACT NOW"],
              ["\u00a9 Kashmir Observer 2025"]],
        paras=P("""
The Irrigation and Flood Control Department will begin dredging a 12-kilometre stretch of the Jhelum in Srinagar
next week to increase the river's carrying capacity before the spring thaw, officials said on Wednesday.

The work will cover the stretch between Ram Munshi Bagh and Chattabal, where silt has accumulated over the past
several years, reducing the depth of the river.

Officials said two dredgers had been brought to the site and a third would be added by April.

Kashmir witnessed devastating floods in September 2014, when the Jhelum breached its banks and inundated large parts
of Srinagar.

Since then, the department has carried out dredging at several places, but experts say the river's capacity remains
below what is needed to handle a major flood.

"The aim is to complete the most critical portion before water levels rise in May," a senior official of the
department told Kashmir Observer.

Residents living along the river banks in Srinagar have been asked not to dump waste into the river.

The department said the silt removed from the river would be used to strengthen embankments at vulnerable points.
"""),
        must_have=[
            "Officials said two dredgers had been brought to the site and a third would be added by April.",
            "The department said the silt removed from the river would be used to strengthen embankments at vulnerable points.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_ABJ = site("Abidjan.net", "https://news.abidjan.example.net", " - Abidjan.net News", "fr_FR", "@abidjan_net",
                ["Actualités", "Politique", "Economie", "Société", "Sport", "Culture", "Afrique", "Monde", "Titrologie"],
                ["\u00a9 1998-2025 Abidjan.net", "Qui sommes-nous ?", "Publicité", "Contactez-nous", "Conditions d'utilisation"],
                share=["Partager", "Facebook", "X", "WhatsApp", "LinkedIn"], top=["Abidjan.net TV", "Photos", "Annonces", "Jobs"])
SITE_LAH = site("La Hora", "https://lahora.example.gt", " - La Hora", "es_GT", "@lahoragt",
                ["Nacionales", "Internacionales", "Económicas", "Deportes", "Cultura", "Opinión", "Editorial", "Edición impresa"],
                ["\u00a9 2025 La Hora. Todos los derechos reservados.", "Quiénes somos", "Política de privacidad", "Contáctenos"],
                share=["Facebook", "X", "WhatsApp", "Telegram", "Correo"], graph=True, skip="Ir al contenido")
SITE_FP = site("Freie Presse", "https://www.freiepresse.example.de", " | Freie Presse", "de_DE", "@freie_presse",
               ["Sachsen", "Chemnitz", "Erzgebirge", "Mittelsachsen", "Vogtland", "Zwickau", "Sport", "Kultur", "Ratgeber"],
               ["\u00a9 Chemnitzer Verlag und Druck GmbH & Co. KG", "Impressum", "Datenschutz", "AGB", "Kontakt"],
               share=["Teilen", "Facebook", "X", "WhatsApp", "E-Mail"], top=["E-Paper", "Abo", "Anmelden"],
               cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Nutzung unseres Angebots zu analysieren.",
               cookie_title="Ihre Privatsphäre ist uns wichtig",
               buttons=["Alle akzeptieren", "Einstellungen"])
SITE_AB = site("Aftonbladet", "https://www.aftonbladet.example.se", " | Aftonbladet", "sv_SE", "@aftonbladet",
               ["Nyheter", "Sport", "Nöje", "Ledare", "Debatt", "Kultur", "Bostad", "Plus"],
               ["Ansvarig utgivare: Karin Wessel", "Aftonbladet Hierta AB", "Om cookies", "Kontakta oss"],
               share=["Dela", "Facebook", "X", "Kopiera länk"], top=["Logga in", "Bli Plus-kund"],
               cookie="Vi och våra partner använder cookies för att ge dig en bättre upplevelse, anpassa innehåll och visa relevanta annonser.",
               buttons=["Godkänn alla", "Hantera inställningar"])
SITE_GU = site("GroundUp", "https://groundup.example.org.za", " | GroundUp", "en_ZA", "@GroundUp_News",
               ["News", "Opinion", "Features", "Letters", "Environment", "Labour", "Education", "Health", "Donate"],
               ["About us", "Republishing policy", "Privacy policy", "Contact"],
               share=["Facebook", "X", "WhatsApp", "Email"])
SITE_AKB = site("Alaska Beacon", "https://alaskabeacon.example.com", " \u2022 Alaska Beacon", "en_US", "@alaskabeacon",
                ["News", "Politics", "Environment", "Education", "Public Safety", "Commentary", "About", "Donate"],
                ["\u00a9 Alaska Beacon, 2025", "Privacy Policy", "Republishing Guidelines", "Contact"],
                share=["Facebook", "X", "Email", "Republish"], graph=True, skip="Skip to content")
SITE_KH = site("Khabarhub", "https://english.khabarhub.example.com", " - Khabarhub", "en_US", "@khabarhub",
               ["News", "Politics", "Economy", "Province", "Opinion", "Sports", "Entertainment", "Diaspora", "नेपाली"],
               ["\u00a9 2025 Khabarhub. All rights reserved.", "Department of Information and Broadcasting Reg. No.: 1988/076-77",
                "About Us", "Our Team", "Contact", "Privacy Policy"],
               share=["Share", "Facebook", "X", "Messenger", "Viber"], graph=True)
SITE_JL = site("Jutarnji list", "https://www.jutarnji.example.hr", " - Jutarnji List", "hr_HR", "@jutarnji_list",
               ["Vijesti", "Sport", "Biznis", "Kultura", "Life", "Zdravlje", "Autoklub", "Video"],
               ["\u00a9 2025 Hanza Media d.o.o.", "Impressum", "Pravila privatnosti", "Uvjeti korištenja", "Kontakt"],
               share=["Podijeli", "Facebook", "X", "WhatsApp", "Viber"], top=["Pretplati se", "Prijava"],
               cookie="Ova web stranica koristi kolačiće kako bi vam pružila najbolje korisničko iskustvo i prikazala personalizirane oglase.",
               buttons=["Prihvaćam", "Postavke"])
SITE_BN = site("BenarNews", "https://www.benarnews.example.org", " \u2014 BenarNews", "en_US", "@BenarNews",
               ["Bangladesh", "Indonesia", "Malaysia", "Philippines", "Thailand", "Pacific", "Multimedia", "Commentaries"],
               ["Copyright \u00a9 2015-2025, BenarNews. Used with the permission of BenarNews.", "About", "Contact", "Privacy Policy", "Terms of Use"],
               share=["Share", "Facebook", "X", "Email", "Print"], top=["বাংলা", "Bahasa Indonesia", "Bahasa Melayu", "ภาษาไทย"])

HTML_STORIES = [
    # Abidjan.net (original of the AFP cluster): AFP dispatch, date and agency on one stamp line, comment block.
    dict(MORONI, role="original", file="abidjannet_afp_moroni_centrale_solaire_fr.html", render="html",
         site=SITE_ABJ, section="Afrique", meta_section="Afrique",
         url="https://news.abidjan.example.net/articles/741852/comores-une-centrale-solaire-pour-reduire-les-coupures-delectricite-a-moroni",
         published="2025-03-14T10:05:00+00:00",
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         breadcrumbs=["Accueil", "Actualités", "Afrique"],
         date_lines=["Publié le vendredi 14 mars 2025 | AFP"],
         inserts={3: [("ad", "Publicité")]},
         lists=[("Dans la même rubrique", ["Madagascar : le port de Toamasina reçoit de nouvelles grues", "Sénégal : le TER prolongé jusqu'à l'aéroport de Diass"])],
         comments=["Commentaires", "Réagir à l'article", "Vous devez être connecté pour poster un commentaire."]),
    # La Hora (Guatemala): EFE copy, "Por Agencia EFE" byline, "Foto La Hora:" credit, capitalised "LE PUEDE INTERESAR" link.
    rec(cluster="lahora-efe-el-carmen-frontera", role="single",
        file="lahora_efe_el_carmen_paso_fronterizo_es.html", render="html", site=SITE_LAH,
        title="Guatemala reabre el paso fronterizo de El Carmen tras obras de ampliación", date="2025-03-13",
        dateline="Guatemala, 13 mar (EFE).- ", city="Guatemala City", country="GT", region="americas", lang="es",
        agency="EFE", section="Nacionales", meta_section="Nacionales",
        url="https://lahora.example.gt/nacionales/efe/2025/03/13/guatemala-reabre-el-paso-fronterizo-de-el-carmen-tras-obras-de-ampliacion/",
        description="Por el paso de El Carmen, en San Marcos, cruzan a diario cerca de 900 camiones.",
        published="2025-03-13T16:48:00-06:00",
        ld_author=[{"@type": "Person", "name": "Agencia EFE"}],
        byline_lines=["Por Agencia EFE"], date_lines=["13 de marzo de 2025"],
        caption="Camiones de carga hacen fila en el paso fronterizo de El Carmen, San Marcos.", credit="EFE/Carlos Ixcot",
        credit_shown="Foto La Hora: EFE/Carlos Ixcot",
        inserts={2: [("link", "LE PUEDE INTERESAR:", "Migración reporta aumento de retornados por vía terrestre")]},
        tags=("Etiquetas", ["Aduanas", "México", "San Marcos", "SAT"]),
        paras=P("""
Las autoridades de Guatemala reabrieron este jueves el paso fronterizo de El Carmen, en el departamento de San
Marcos, en la frontera con México, tras cuatro meses de obras de ampliación, informó la Superintendencia de
Administración Tributaria (SAT).

Los trabajos incluyeron la construcción de seis nuevos carriles para el paso de camiones de carga y un edificio para
los controles aduaneros y migratorios.

Según la SAT, la inversión fue de unos 95 millones de quetzales (unos 12,3 millones de dólares).

El Carmen es uno de los principales puntos de entrada de mercancías desde México y por él cruzan a diario cerca de
900 camiones.

Durante las obras, buena parte del tráfico pesado fue desviado hacia el paso de Tecún Umán, lo que provocó filas de
varios kilómetros.

"Los transportistas perdían hasta dos días esperando para cruzar", dijo a EFE Rigoberto Chávez, representante de una
gremial de transporte de carga.

Las autoridades aseguraron que con la ampliación el tiempo de espera se reducirá a menos de tres horas.

Guatemala y México comparten una frontera de casi 1.000 kilómetros, con ocho pasos formales.
"""),
        must_have=[
            "Los trabajos incluyeron la construcción de seis nuevos carriles para el paso de camiones de carga y un edificio para los controles aduaneros y migratorios.",
            "Las autoridades aseguraron que con la ampliación el tiempo de espera se reducirá a menos de tres horas.",
        ]),
    # Freie Presse: dpa regional copy, "Dresden (dpa/sn) - " dateline, consent wall, listen-to-article button, dpa photo credit, newsletter promo.
    rec(cluster="freiepresse-dpa-dorflaeden-foerderung", role="single",
        file="freiepresse_dpa_dorflaeden_foerderprogramm_de.html", render="html", site=SITE_FP,
        title="Sachsen fördert Dorfläden mit neuem Programm", date="2025-02-20",
        dateline="Dresden (dpa/sn) - ", city="Dresden", country="DE", region="europe", lang="de",
        agency="dpa", section="Sachsen", meta_section="Sachsen",
        url="https://www.freiepresse.example.de/nachrichten/sachsen/sachsen-foerdert-dorflaeden-mit-neuem-programm-artikel13712345",
        description="Bis 2027 stehen insgesamt 6 Millionen Euro bereit. Pro Laden sind Zuschüsse von bis zu 80.000 Euro möglich.",
        published="2025-02-20T14:05:00+01:00",
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        kicker="Sachsen",
        byline_lines=["dpa"], date_lines=["20.02.2025, 14:05 Uhr"],
        above_body=[("audio", "Artikel anhören")],
        caption="Blick in einen Dorfladen im Erzgebirge.", credit="Hendrik Lauer/dpa", credit_shown="Foto: Hendrik Lauer/dpa",
        inserts={2: [("ad", "Anzeige")],
                 4: [("promo", ["Newsletter \u201eSachsen kompakt\u201c", "Die wichtigsten Nachrichten aus Sachsen jeden Morgen in Ihrem Postfach.", "Jetzt kostenlos anmelden"])]},
        paras=P("""
Sachsen will kleine Läden in Dörfern mit einem neuen Förderprogramm unterstützen. Bis 2027 stehen dafür insgesamt 6
Millionen Euro bereit, wie das Ministerium für Regionalentwicklung am Donnerstag in Dresden mitteilte.

Gefördert werden sollen vor allem Läden, die neben Lebensmitteln weitere Angebote machen, etwa eine Postfiliale, ein
Café oder Sprechstunden von Ärzten und Behörden.

Pro Laden sind Zuschüsse von bis zu 80.000 Euro möglich. Anträge können ab April gestellt werden.

In vielen ländlichen Regionen Sachsens gibt es keinen Supermarkt mehr in erreichbarer Nähe. Vor allem ältere Menschen
ohne Auto seien davon betroffen, hieß es.

„Ein Dorfladen ist oft der letzte Ort, an dem sich die Menschen im Ort noch begegnen“, sagte ein Sprecher des
Ministeriums.

Nach Angaben des Ministeriums gibt es in Sachsen derzeit etwa 90 Dorfläden, die von Genossenschaften, Vereinen oder
Privatleuten betrieben werden.

Mehrere davon mussten in den vergangenen Jahren wegen gestiegener Energie- und Personalkosten schließen.

Der Sächsische Städte- und Gemeindetag begrüßte das Programm, forderte aber eine längere Laufzeit.
"""),
        must_have=[
            "Nach Angaben des Ministeriums gibt es in Sachsen derzeit etwa 90 Dorfläden, die von Genossenschaften, Vereinen oder Privatleuten betrieben werden.",
            "Mehrere davon mussten in den vergangenen Jahren wegen gestiegener Energie- und Personalkosten schließen.",
        ]),
    # Aftonbladet: TT copy, "TT" byline, Publicerad/Uppdaterad stamps, "Foto: NAME/TT" credit, consent wall.
    rec(cluster="aftonbladet-tt-gratis-kollektivtrafik-pensionarer", role="single",
        file="aftonbladet_tt_gratis_kollektivtrafik_pensionarer_sv.html", render="html", site=SITE_AB,
        title="Fler kommuner inför gratis kollektivtrafik för pensionärer", date="2025-03-14",
        country="SE", region="europe", lang="sv", agency="TT", section="Nyheter", meta_section="Nyheter",
        url="https://www.aftonbladet.example.se/nyheter/a/Qx7LmP/fler-kommuner-infor-gratis-kollektivtrafik-for-pensionarer",
        description="I år erbjuder 64 kommuner någon form av fria resor för äldre.",
        published="2025-03-14T07:12:00+01:00", modified="2025-03-14T09:40:00+01:00",
        ld_author=[{"@type": "Organization", "name": "TT"}],
        byline_lines=["TT"], date_lines=["Publicerad 14 mars 2025 kl. 07.12", "Uppdaterad 14 mars 2025 kl. 09.40"],
        caption="En buss vid Resecentrum i Norrköping.", credit="Fredrik Lindqvist/TT", credit_shown="Foto: Fredrik Lindqvist/TT",
        inserts={3: [("ad", "ANNONS")]},
        lists=[("Mest läst", ["Elpriset rusar i södra Sverige", "SMHI varnar för ishalka i stora delar av landet"])],
        paras=P("""
Allt fler svenska kommuner låter pensionärer åka gratis med kollektivtrafiken. I år erbjuder 64 kommuner någon form av
fria resor för äldre, visar en sammanställning från branschorganisationen Svensk Kollektivtrafik.

Det är nästan dubbelt så många som för fem år sedan.

I de flesta kommuner gäller erbjudandet för den som fyllt 65 år, men i vissa krävs att man är 70 eller 75.

Ofta får resorna bara göras utanför rusningstid, vardagar mellan klockan 9 och 15 samt på helger.

– Det handlar om att bryta ensamhet och göra det lättare för äldre att ta sig till vården och affären, säger Maria
Holmgren, utredare på Svensk Kollektivtrafik, till TT.

Kritiker menar att pengarna hellre borde läggas på fler avgångar på landsbygden, där bussarna ibland bara går ett par
gånger om dagen.

Kostnaden för kommunerna varierar stort, från några hundra tusen kronor om året i mindre kommuner till flera miljoner
i de större.

Flera regioner utreder nu om erbjudandet ska gälla i hela länet i stället för kommun för kommun.
"""),
        must_have=[
            "I de flesta kommuner gäller erbjudandet för den som fyllt 65 år, men i vissa krävs att man är 70 eller 75.",
            "Kostnaden för kommunerna varierar stort, från några hundra tusen kronor om året i mindre kommuner till flera miljoner i de större.",
        ]),
    # GroundUp: staff, "Photo:" credit, Creative Commons licence and republishing lines, next/previous links, donation box.
    rec(cluster="groundup-khayelitsha-standpipes", role="single",
        file="groundup_khayelitsha_sinethemba_taps.html", render="html", site=SITE_GU,
        title="Khayelitsha residents finally get taps after two-year wait", date="2025-03-12",
        country="ZA", region="africa", lang="en", authors=["Anathi Mqolomba"], section="News", meta_section="News",
        url="https://groundup.example.org.za/article/khayelitsha-residents-finally-get-taps-after-two-year-wait/",
        description="About 300 families in Sinethemba informal settlement now have standpipes and flush toilets.",
        published="2025-03-12T11:20:00+02:00",
        byline_lines=["By Anathi Mqolomba"], date_lines=["12 March 2025"],
        caption="Residents of Sinethemba collect water from one of the new standpipes.", credit="Anathi Mqolomba",
        credit_shown="Photo: Anathi Mqolomba",
        below_body=[("license", "\u00a9 2025 GroundUp. This article is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License."),
                    ("republish", "You may republish this article, so long as you credit the authors and GroundUp, and do not change the text. Please include a link back to the original article."),
                    ("next", "Next: Eastern Cape school still without toilets a year after promise"),
                    ("previous", "Previous: Taxi strike leaves Cape Town commuters stranded")],
        tags=("TOPICS:", ["Water", "Sanitation", "Informal settlements"]),
        newsletter_end=["Support independent journalism", "Donate using Payfast", "Snapscan"],
        paras=P("""
After more than two years of protests and meetings, about 300 families in Sinethemba informal settlement in
Khayelitsha now have taps close to their homes.

The City of Cape Town installed 24 standpipes and 40 flush toilets in the settlement last week.

Until now, residents had to walk more than a kilometre to fetch water from a tap at a nearby school, which was only
open during school hours.

"We used to carry buckets at five in the morning before the children went to school," said resident Nomvula Sithole.
"Now I can see the tap from my door."

The settlement was established in 2021 on land owned by the provincial government. The City said it could not install
services until the province gave permission.

A City spokesperson said an agreement with the province was signed in October last year, and that contractors started
work in January.

Residents said they are still waiting for electricity and for the City to clear a blocked stormwater drain that floods
several shacks every winter.

The City said it would assess the drain before the rainy season.
"""),
        must_have=[
            "Until now, residents had to walk more than a kilometre to fetch water from a tap at a nearby school, which was only open during school hours.",
            "Residents said they are still waiting for electricity and for the City to clear a blocked stormwater drain that floods several shacks every winter.",
        ]),
    # Alaska Beacon (gzipped): States Newsroom layout, "(Photo by NAME/Alaska Beacon)" credit, network and republishing lines, author bio.
    rec(cluster="alaskabeacon-school-broadband-bill", role="single",
        file="alaskabeacon_senate_school_broadband_bill.html.gz", render="html", site=SITE_AKB,
        title="Alaska Senate passes bill to help rural schools pay for faster internet", date="2025-03-12",
        country="US", region="americas", lang="en", authors=["Lena Hartwick"], section="Education", meta_section="Education",
        url="https://alaskabeacon.example.com/2025/03/12/alaska-senate-passes-bill-to-help-rural-schools-pay-for-faster-internet/",
        description="Senate Bill 84 would raise the state's broadband grant so schools can buy at least 100 megabits per second.",
        published="2025-03-12T17:06:00-08:00",
        byline_lines=["By Lena Hartwick"], date_lines=["March 12, 2025 5:06 pm"],
        caption="Students work on laptops at a school in Bethel on Feb. 4, 2025.", credit="Lena Hartwick/Alaska Beacon",
        credit_shown="(Photo by Lena Hartwick/Alaska Beacon)",
        below_body=[("ssn", "Alaska Beacon is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. Alaska Beacon maintains editorial independence. Contact Editor Thomas Merrill for questions: info@alaskabeacon.example.com."),
                    ("republish", "Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only for style or to shorten, provide proper attribution and link to our website.")],
        author_box=["Lena Hartwick covers education and rural Alaska for the Alaska Beacon. She previously reported for newspapers in Bethel and Juneau."],
        newsletter_end=["SUPPORT NEWS YOU TRUST.", "DONATE"],
        paras=P("""
The Alaska Senate voted 17-3 on Wednesday to pass a bill that would raise the state's subsidy for school internet, a
move supporters say would allow hundreds of rural schools to reach a minimum download speed set by the Legislature.

Under Senate Bill 84, schools would receive enough state money to buy internet service of at least 100 megabits per
second, up from the current 25.

Many schools in the state's smallest communities rely on satellite or microwave links and pay far more for internet
service than schools in cities.

"Our students are taking online classes and state tests over a connection that would be too slow for a family in
Anchorage," said Sen. Carla Nanouk, a Bethel Democrat who sponsored the bill.

The bill's fiscal note estimates the cost at about $18 million a year, though part of the money would be reimbursed
through the federal E-Rate program.

Three Republican senators voted against the bill, saying the state should wait for new satellite and fiber projects
to lower prices first.

The bill now goes to the House, where a similar measure has not yet had a committee hearing.

The Legislature is scheduled to adjourn in mid-May.
"""),
        must_have=[
            "Many schools in the state's smallest communities rely on satellite or microwave links and pay far more for internet service than schools in cities.",
            "The bill's fiscal note estimates the cost at about $18 million a year, though part of the money would be reimbursed through the federal E-Rate program.",
        ]),
    # Khabarhub (English edition): house byline, "KATHMANDU: " dateline, Nepali-language menu link, press-registration footer line.
    rec(cluster="khabarhub-nagdhunga-tunnel-opening", role="single",
        file="khabarhub_nagdhunga_tunnel_opening.html", render="html", site=SITE_KH,
        title="Nagdhunga tunnel to open for traffic by mid-April, says department", date="2025-02-17",
        dateline="KATHMANDU: ", city="Kathmandu", country="NP", region="asia", lang="en",
        section="News", meta_section="News",
        url="https://english.khabarhub.example.com/2025/17/412345/",
        description="Work on ventilation, lighting and the control building is in its final stage.",
        published="2025-02-17T11:20:00+05:45",
        ld_author=[{"@type": "Person", "name": "Khabarhub"}],
        byline_lines=["Khabarhub"], date_lines=["February 17, 2025 Monday 11:20 am"],
        inserts={3: [("ad", "Advertisement")]},
        lists=[("Latest", ["Melamchi water supply to resume after repair of headworks", "Government to auction 5G spectrum this fiscal year"])],
        paras=P("""
The Nagdhunga-Sisne Khola tunnel, Nepal's first road tunnel, will be opened to traffic by mid-April, the Department of
Roads said on Monday.

Project officials said the main tunnel had been completed and work on ventilation, lighting and the control building
was in its final stage.

The 2.7-kilometre tunnel on the western edge of the Kathmandu Valley is expected to cut travel time between Kathmandu
and the Prithvi Highway by around 20 minutes and ease congestion on the winding Nagdhunga road.

The project is being built with a loan from the Japanese government.

Vehicles will be charged a toll to use the tunnel, but the rate has not been decided yet.

"We are testing the safety systems now, and the tunnel will be opened only after all tests are complete," said project
chief Ramesh Khadka.

The project was originally scheduled to be completed in 2022 but was delayed by the COVID-19 pandemic and disputes
over land acquisition.

Thousands of vehicles, including trucks carrying goods from the Indian border, use the Nagdhunga road every day.
"""),
        must_have=[
            "Vehicles will be charged a toll to use the tunnel, but the rate has not been decided yet.",
            "Thousands of vehicles, including trucks carrying goods from the Indian border, use the Nagdhunga road every day.",
        ]),
    # Jutarnji list: staff, "Objavljeno:" stamp, "Foto: NAME/Cropix" credit, "PROČITAJTE VIŠE" link, consent wall.
    rec(cluster="jutarnji-zagreb-novi-tramvaji", role="single",
        file="jutarnji_zagreb_novi_niskopodni_tramvaji_hr.html", render="html", site=SITE_JL,
        title="Zagreb dobiva 20 novih niskopodnih tramvaja, prvi stižu krajem godine", date="2025-03-12",
        country="HR", region="europe", lang="hr", authors=["Ivana Perković"], section="Vijesti", meta_section="Vijesti",
        url="https://www.jutarnji.example.hr/vijesti/zagreb/zagreb-dobiva-20-novih-niskopodnih-tramvaja-prvi-stizu-krajem-godine-15561234",
        description="Vrijednost ugovora iznosi oko 70 milijuna eura, a većim dijelom financira se iz europskih fondova.",
        published="2025-03-12T14:31:00+01:00",
        kicker="ZET POTPISAO UGOVOR",
        byline_lines=["Ivana Perković"], date_lines=["Objavljeno: 12.03.2025. u 14:31"],
        caption="Tramvaj na Trgu bana Jelačića", credit="Marko Lukić/Cropix", credit_shown="Foto: Marko Lukić/Cropix",
        inserts={3: [("link", "PROČITAJTE VIŠE:", "Novi vozni red ZET-a: evo što se mijenja od ponedjeljka")],
                 5: [("ad", "Oglas")]},
        lists=[("Najčitanije", ["Stiže zahlađenje: meteorolozi najavljuju snijeg u gorju", "Cijene goriva od utorka: evo koliko ćemo plaćati"])],
        paras=P("""
Zagrebački električni tramvaj (ZET) potpisao je u srijedu ugovor o nabavi 20 novih niskopodnih tramvaja, a prvi bi se
na zagrebačkim ulicama trebali pojaviti krajem godine.

Vrijednost ugovora iznosi oko 70 milijuna eura, a većim dijelom financira se iz europskih fondova.

Novi tramvaji imat će klimatizaciju, mjesta za invalidska kolica i bicikle te sustav za informiranje putnika u
stvarnom vremenu.

Njima bi trebali biti zamijenjeni najstariji tramvaji u voznom parku, od kojih su neki u prometu više od četrdeset
godina.

"Putnici s pravom očekuju udobniji i pouzdaniji prijevoz. Ovo je tek početak obnove voznog parka", rekao je
predsjednik Uprave ZET-a Tomislav Barić.

ZET trenutačno ima oko 270 tramvaja, a zbog kvarova ih svakodnevno u prometu bude znatno manje.

Isporuka svih 20 tramvaja trebala bi biti završena do kraja 2026. godine.

Grad Zagreb najavio je i novi natječaj za nabavu električnih autobusa, koji bi trebali voziti na linijama prema
Sesvetama i Novom Zagrebu. Natječaj bi trebao biti raspisan do ljeta.
"""),
        must_have=[
            "Novi tramvaji imat će klimatizaciju, mjesta za invalidska kolica i bicikle te sustav za informiranje putnika u stvarnom vremenu.",
            "Isporuka svih 20 tramvaja trebala bi biti završena do kraja 2026. godine.",
        ]),
    # BenarNews: "By NAME for BenarNews" byline, dotted date, bracketed credit, language-edition links.
    rec(cluster="benarnews-auki-wharf-malaita", role="single",
        file="benarnews_auki_wharf_malaita.html", render="html", site=SITE_BN,
        title="Solomon Islands opens rebuilt Auki wharf, easing Malaita's link to Honiara", date="2025-02-18",
        country="SB", region="oceania", lang="en", authors=["Lyn Maesua"], section="Pacific", meta_section="Pacific",
        url="https://www.benarnews.example.org/english/news/pacific/solomons-auki-wharf-02182025021512.html",
        description="The new wharf will allow larger passenger ships to dock safely for the first time in years.",
        published="2025-02-18T02:15:00-05:00",
        byline_lines=["By Lyn Maesua for BenarNews"], date_lines=["2025.02.18"],
        caption="Passengers wait for a ship at the Auki wharf on Malaita, Feb. 10, 2025.", credit="Lyn Maesua/BenarNews",
        credit_shown="[Lyn Maesua/BenarNews]",
        lists=[("Related Stories", ["Papua New Guinea to upgrade Lae port with new container berth", "Fiji ferry operators face fuel cost squeeze"])],
        paras=P("""
The Solomon Islands government on Tuesday opened a rebuilt wharf in Auki, the capital of Malaita province, which
officials say will allow larger passenger ships to dock safely for the first time in years.

The old wharf had been badly damaged by storms and was declared unsafe for heavy vehicles in 2022, forcing cargo to be
unloaded by hand from smaller boats.

The new wharf is 120 meters long and was built with funding from Japan, according to the Ministry of Infrastructure
Development.

Malaita is the country's most populous province, and thousands of people travel by ship between Auki and Honiara each
week for work, school and medical care.

"Every day we waited, the price of rice and fuel went up because unloading took so long," said Auki shop owner Daniel
Ramofafia.

Shipping operators said the upgrade would cut the time needed to unload a ship from several hours to less than one.

The government says it plans to rebuild two more provincial wharves, in Gizo and Kirakira, over the next three years.

Solomon Islands, a nation of about 720,000 people spread across hundreds of islands, depends heavily on inter-island
shipping.
"""),
        must_have=[
            "The old wharf had been badly damaged by storms and was declared unsafe for heavy vehicles in 2022, forcing cargo to be unloaded by hand from smaller boats.",
            "Shipping operators said the upgrade would cut the time needed to unload a ship from several hours to less than one.",
        ]),
]


# ---- news-please and trafilatura files ---------------------------------------------

JSON_STORIES = [
    # news-please, BusinessWorld (Philippines): Reuters copy with the wire tag dropped from the dateline, "— Reuters" sign-off line.
    rec(cluster="bworld-reuters-brunei-licensing-round", role="single", file="newsplease_bworld_reuters_brunei_licensing_round.json",
        render="newsplease", title="Brunei offers three offshore blocks in first licensing round in a decade",
        date="2025-05-06", dateline="BANDAR SERI BEGAWAN \u2014 ", city="Bandar Seri Begawan", country="BN", region="asia",
        lang="en", agency="Reuters",
        url="https://www.bworldonline.example.com/world/2025/05/06/671234/brunei-offers-three-offshore-blocks-in-first-licensing-round-in-a-decade/",
        source_domain="www.bworldonline.example.com",
        description="Bids are due by the end of November, and the winners will be announced in the first quarter of next year.",
        np_authors=["Reuters"], np_publish="2025-05-06 19:42:00", np_download="2025-05-07 02:15:40",
        head_lines=["Reuters", "May 6, 2025 | 7:42 pm"],
        tail_lines=["\u2014 Reuters", "Related Posts"],
        paras=P("""
Brunei on Tuesday launched its first oil and gas licensing round in ten years, offering three offshore blocks as the
small Southeast Asian nation tries to slow a decline in production.

The blocks lie in shallow and deep water off the country's coast in the South China Sea, the Petroleum Authority of
Brunei Darussalam said in a statement.

Bids are due by the end of November, and the winners will be announced in the first quarter of next year.

Oil and gas account for more than half of Brunei's gross domestic product and about 90% of its exports, according to
government figures.

Crude output has fallen from more than 200,000 barrels per day in the mid-2000s to around 100,000 bpd in recent
years as older fields mature.

The authority said it would offer better fiscal terms than in previous rounds, including lower royalties for deepwater
projects.

"We want to attract new partners who can bring technology and capital," an official at the authority told reporters,
declining to be named because he was not authorised to speak to the media.

Brunei has also been trying to diversify its economy through downstream projects, including a refinery and
petrochemical complex on Pulau Muara Besar.
"""),
        must_have=[
            "Bids are due by the end of November, and the winners will be announced in the first quarter of next year.",
            "The authority said it would offer better fiscal terms than in previous rounds, including lower royalties for deepwater projects.",
        ]),
    # news-please, Castanet (Kelowna): staff, "NAME - date / time | Story: NNN" header line.
    rec(cluster="castanet-kelowna-transit-exchange", role="single", file="newsplease_castanet_kelowna_transit_exchange.json",
        render="newsplease", title="Council approves design for new downtown Kelowna transit exchange",
        date="2025-03-10", country="CA", region="americas", lang="en", authors=["Jordan Wicks"],
        url="https://www.castanet.example.net/news/Kelowna/541287/Council-approves-design-for-new-downtown-Kelowna-transit-exchange",
        source_domain="www.castanet.example.net",
        description="The exchange will have 12 bus bays, covered waiting areas and public washrooms.",
        np_authors=["Jordan Wicks"], np_publish="2025-03-10 16:30:00", np_download="2025-03-10 23:58:12",
        head_lines=["Jordan Wicks - Mar 10, 2025 / 4:30 pm | Story: 541287"],
        tail_lines=["Send us a news tip", "More Kelowna News"],
        paras=P("""
Kelowna city council has approved the design for a new downtown transit exchange that will replace the aging
Queensway bus loop.

Council voted unanimously Monday to endorse the plan, which includes 12 bus bays, covered waiting areas, public
washrooms and a small building for transit staff.

The exchange will be built on the same site on Queensway Avenue and is expected to cost about $22 million, shared by
the city, the province and the federal government.

Staff told council the current exchange was designed for far fewer buses than now use it, and passengers often have to
wait in the rain with little shelter.

"This is the front door to our transit system, and right now it doesn't feel like one," Coun. Aaron Delisle said
during the meeting.

Construction is expected to begin in the spring of 2026 and take about 18 months. Buses will use temporary stops on
nearby streets during the work.

BC Transit says ridership in the Kelowna region has grown by more than 20 per cent since 2019.

The city will hold an open house on the design next month.
"""),
        must_have=[
            "Staff told council the current exchange was designed for far fewer buses than now use it, and passengers often have to wait in the rain with little shelter.",
            "BC Transit says ridership in the Kelowna region has grown by more than 20 per cent since 2019.",
        ]),
    # news-please, Amazônia Real: staff, "Manaus (AM) – " dateline (state code in brackets), "Edição:" line, republishing line.
    rec(cluster="amazoniareal-rio-negro-purificadores", role="single", file="newsplease_amazoniareal_rio_negro_purificadores_pt.json",
        render="newsplease", title="Comunidades ribeirinhas do Rio Negro recebem purificadores de água após seca",
        date="2024-11-27", dateline="Manaus (AM) \u2013 ", city="Manaus", country="BR", region="americas", lang="pt",
        authors=["Raimunda Tavares"], editors=["Lúcio Farias"],
        url="https://amazoniareal.example.com.br/comunidades-ribeirinhas-do-rio-negro-recebem-purificadores-de-agua-apos-seca/",
        source_domain="amazoniareal.example.com.br",
        description="Cada purificador consegue tratar até 1.000 litros de água por dia.",
        np_authors=["Raimunda Tavares"], np_publish="2024-11-27 09:10:00", np_download="2024-11-27 18:03:51",
        head_lines=["Por Raimunda Tavares", "Publicado em: 27/11/2024 às 09:10"],
        tail_lines=["Edição: Lúcio Farias",
                    "Republique nossos conteúdos: Os textos, fotografias e vídeos produzidos pela equipe da agência Amazônia Real estão licenciados com uma Licença Creative Commons e podem ser republicados na mídia.",
                    "Leia também"],
        paras=P("""
Cerca de 40 comunidades ribeirinhas do Rio Negro, no Amazonas, começaram a receber nesta semana purificadores de água
movidos a energia solar, depois de enfrentarem pelo segundo ano consecutivo uma seca severa que secou igarapés e deixou
famílias sem acesso a água potável.

Os equipamentos foram comprados por uma rede de associações indígenas e ribeirinhas com recursos de um fundo
internacional e estão sendo levados de barco até as comunidades dos municípios de Novo Airão e Barcelos.

Cada purificador consegue tratar até 1.000 litros de água por dia, o suficiente para abastecer uma comunidade de
cerca de 30 famílias.

Durante a estiagem, muitas famílias passaram a beber água de poços rasos ou do próprio rio, que ficou barrento e com
peixes mortos em alguns trechos.

"As crianças tiveram diarreia, vômito. A gente não tinha outra opção", contou à Amazônia Real a agente de saúde
Francisca Baré, da comunidade de Tapera.

Segundo a rede de associações, a instalação dos equipamentos será acompanhada de oficinas para que os próprios
moradores façam a manutenção.

A Defesa Civil do Amazonas informou que mais de 60 municípios do estado chegaram a decretar situação de emergência por
causa da seca neste ano.

Pesquisadores alertam que as secas extremas devem se tornar mais frequentes na região.
"""),
        must_have=[
            "Cada purificador consegue tratar até 1.000 litros de água por dia, o suficiente para abastecer uma comunidade de cerca de 30 famílias.",
            "Segundo a rede de associações, a instalação dos equipamentos será acompanhada de oficinas para que os próprios moradores façam a manutenção.",
        ]),
    # trafilatura, Correio da Kianda (Angola): staff, "Por" line, capitalised month, WordPress share strings; first category "Sociedade".
    rec(cluster="correiokianda-luanda-mercado-kikolo", role="single", file="trafilatura_correiokianda_mercado_kikolo_pt.json",
        render="trafilatura", title="Governo Provincial de Luanda anuncia requalificação do mercado do Kikolo",
        date="2025-02-05", country="AO", region="africa", lang="pt", authors=["Domingos Cassoma"], section="Sociedade",
        url="https://correiokianda.example.info/governo-provincial-de-luanda-anuncia-requalificacao-do-mercado-do-kikolo/",
        hostname="correiokianda.example.info", source_hostname="Correio da Kianda",
        description="O projecto prevê a construção de 2.500 bancadas cobertas, sanitários públicos e um posto médico.",
        tf_author="Domingos Cassoma", tf_date="2025-02-05", tf_language="pt", categories="Sociedade;Luanda",
        tf_tags="Kikolo;Cacuaco;mercados",
        head_lines=["Por Domingos Cassoma", "5 de Fevereiro de 2025"],
        tail_lines=["Partilhe isto:", "Facebook", "WhatsApp", "Relacionado"],
        paras=P("""
O Governo Provincial de Luanda anunciou hoje o início das obras de requalificação do mercado do Kikolo, no município
de Cacuaco, um dos maiores mercados informais da capital angolana.

Segundo uma nota de imprensa, o projecto prevê a construção de 2.500 bancadas cobertas, sanitários públicos, um posto
médico e um sistema de drenagem das águas pluviais.

As obras, orçadas em cerca de 4,8 mil milhões de kwanzas, deverão durar 18 meses.

Durante o período de construção, os vendedores serão transferidos para um espaço provisório junto à estrada de
Cacuaco.

"Queremos que o mercado continue a funcionar, mas com condições dignas para quem vende e para quem compra", afirmou o
director provincial do Comércio, Adão Sebastião, citado na nota.

Os comerciantes ouvidos pelo Correio da Kianda mostraram-se satisfeitos com o anúncio, mas receiam que as novas
bancadas sejam atribuídas a pessoas de fora do mercado.

Na época das chuvas, várias zonas do mercado ficam alagadas, o que obriga muitos vendedores a interromper a
actividade.

O Kikolo recebe diariamente milhares de compradores vindos de vários municípios de Luanda e de províncias vizinhas.
"""),
        must_have=[
            "Durante o período de construção, os vendedores serão transferidos para um espaço provisório junto à estrada de Cacuaco.",
            "Na época das chuvas, várias zonas do mercado ficam alagadas, o que obriga muitos vendedores a interromper a actividade.",
        ]),
    # trafilatura, Avvenire: staff, weekday date line, "© RIPRODUZIONE RISERVATA"; first category "Attualità".
    rec(cluster="avvenire-basilicata-scuole-montagna", role="single", file="trafilatura_avvenire_basilicata_scuole_montagna_it.json",
        render="trafilatura", title="Basilicata, riaprono tre scuole di montagna chiuse per mancanza di alunni",
        date="2024-09-16", country="IT", region="europe", lang="it", authors=["Paolo Ferrante"], section="Attualità",
        url="https://www.avvenire.example.it/attualita/pagine/basilicata-riaprono-tre-scuole-di-montagna",
        hostname="www.avvenire.example.it", source_hostname="Avvenire",
        description="Le scuole funzionano come pluriclassi e accolgono in tutto 31 alunni.",
        tf_author="Paolo Ferrante", tf_date="2024-09-16", tf_language="it", categories="Attualità;Scuola",
        tf_tags="aree interne;Basilicata;scuola",
        head_lines=["Paolo Ferrante", "lunedì 16 settembre 2024"],
        tail_lines=["\u00a9 RIPRODUZIONE RISERVATA", "Argomenti:", "Scuola", "Aree interne"],
        paras=P("""
Tre piccole scuole di montagna in Basilicata, chiuse negli ultimi anni per il calo degli alunni, hanno riaperto lunedì
con il primo giorno del nuovo anno scolastico.

Si trovano nei comuni di Castelmezzano, Pietrapertosa e Guardia Perticara, nell'entroterra della provincia di
Potenza.

Le scuole funzionano come pluriclassi, con bambini di età diverse nella stessa aula, e accolgono in tutto 31 alunni.

La riapertura è stata resa possibile da un accordo tra i Comuni, la Regione e l'Ufficio scolastico regionale, che ha
concesso una deroga al numero minimo di iscritti.

«Quando chiude la scuola, il paese perde il suo cuore. Le famiglie giovani se ne vanno e non tornano più», spiega la
sindaca di uno dei tre comuni, Anna Lorusso.

Negli ultimi vent'anni i comuni delle aree interne della Basilicata hanno perso in media quasi un quinto dei
residenti.

Per i prossimi tre anni la Regione si è impegnata a coprire i costi del trasporto scolastico e della mensa.

Alcune famiglie si sono trasferite in paese proprio in vista della riapertura, attirate anche da affitti più bassi e
dalla possibilità di lavorare da remoto.
"""),
        must_have=[
            "Le scuole funzionano come pluriclassi, con bambini di età diverse nella stessa aula, e accolgono in tutto 31 alunni.",
            "Per i prossimi tre anni la Regione si è impegnata a coprire i costi del trasporto scolastico e della mensa.",
        ]),
    # trafilatura, Central Western Daily (Orange, NSW): staff, ACM date stamp, newsletter line; first category "News".
    rec(cluster="centralwesterndaily-orange-aquatic-centre", role="single", file="trafilatura_centralwesterndaily_orange_aquatic_centre.json",
        render="trafilatura", title="Orange council endorses plans for new 50-metre pool at aquatic centre",
        date="2025-03-05", country="AU", region="oceania", lang="en", authors=["Tilly Emerson"], section="News",
        url="https://www.centralwesterndaily.example.com.au/story/8923456/orange-council-endorses-plans-for-new-50-metre-pool/",
        hostname="www.centralwesterndaily.example.com.au", source_hostname="Central Western Daily",
        description="The existing pool was built in the 1960s and loses thousands of litres of water each day.",
        tf_author="Tilly Emerson", tf_date="2025-03-05", tf_language="en", categories="News;Local News",
        tf_tags="Orange City Council;Orange Aquatic Centre;swimming",
        head_lines=["Tilly Emerson", "March 5 2025 - 5:30am"],
        tail_lines=["Get the latest Orange news delivered to your inbox. Sign up for our newsletter"],
        paras=P("""
Orange City Council has endorsed concept plans for a new 50-metre outdoor pool at the Orange Aquatic Centre, replacing
the ageing pool that has leaked for years.

Councillors voted at Tuesday night's meeting to put the plans on public exhibition for 28 days.

The concept includes a 10-lane pool, a new grandstand, shade structures and an upgraded plant room.

Council staff estimated the cost at about $19 million, and the council will apply for state and federal grants to
cover part of it.

The existing 50-metre pool was built in the 1960s and loses thousands of litres of water each day through cracks in
its shell, according to a staff report.

Local swimming clubs have lobbied for a replacement for several years, saying the poor condition of the pool makes it
hard to host regional carnivals.

If funding is secured, construction could start in the winter of 2026, with the pool to be closed for one summer
season.

The indoor pool at the centre would remain open during the works.
"""),
        must_have=[
            "The concept includes a 10-lane pool, a new grandstand, shade structures and an upgraded plant room.",
            "The indoor pool at the centre would remain open during the works.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_AFR = site("Africa Radio", "https://www.africaradio.example.com", " - Africa Radio", "fr_FR", "@africa_radio",
                ["Actualités", "Afrique", "France", "Monde", "Sport", "Musique", "Podcasts", "Émissions"],
                ["\u00a9 Africa Radio 2025", "Mentions légales", "Politique de confidentialité", "Contact"],
                share=["Partager", "Facebook", "X", "WhatsApp"], top=["Écouter le direct"])

JSONL_STORIES = [
    # news-please shape: the AP story on LancasterOnline (syndicated member of the AP cluster), BLOX upper-case byline.
    dict(NASSAU, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://lancasteronline.example.com/news/nation_world/bahamas-picks-builder-for-new-grand-bahama-airport-terminal/article_7e2f9a10-1b3c-5d4e-8f6a-9b0c1d2e3f4a.html",
         source_domain="lancasteronline.example.com",
         np_authors=["DANIELLE FARRINGTON Associated Press"], np_publish="2025-04-23 17:42:00", np_download="2025-04-24 06:20:11",
         head_lines=["By DANIELLE FARRINGTON Associated Press", "Apr 23, 2025"],
         tail_lines=[AP_RIGHTS, "Tags", "Most Popular"]),
    # newsbeam html shape: the AFP story on Africa Radio (syndicated member of the AFP cluster).
    dict(MORONI, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_AFR,
         section="Afrique", meta_section="Afrique",
         url="https://www.africaradio.example.com/news/comores-une-centrale-solaire-pour-reduire-les-coupures-d-electricite-a-moroni-231456",
         published="2025-03-14T11:31:00+01:00",
         nb_published="2025-03-14T10:31:00Z", outlet="Africa Radio", nb_authors=["AFP"],
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         byline_lines=["AFP"], date_lines=["Publié le 14/03/2025 à 11h31"],
         inserts={4: [("ad", "Publicité")]},
         lists=[("À lire aussi", ["Madagascar : la Jirama annonce de nouveaux délestages à Antananarivo", "Maurice : le métro léger prolongé jusqu'à Réduit"])]),
    # newsbeam text shape: Fijilive, the site's name as byline; crawler stamp in UTC (the day before in Fiji).
    rec(cluster="fijilive-nadi-flood-mitigation", role="single", file=JSONL_A, render="newsbeam",
        title="Work on Nadi flood mitigation project to start in April",
        date="2025-02-14", country="FJ", region="oceania", lang="en",
        url="https://fijilive.example.com/work-on-nadi-flood-mitigation-project-to-start-in-april/",
        nb_published="2025-02-13T21:05:00Z", outlet="Fijilive", nb_authors=["Fijilive"],
        head_lines=["Fijilive", "February 14, 2025 9:05 am"],
        tail_lines=["Share", "Related Posts"],
        paras=P("""
Work on the first stage of the Nadi River flood mitigation project will start in April, the Ministry of Public Works
has confirmed.

The first stage includes widening and deepening a four-kilometre section of the river near Nadi Town and building a
new retention area upstream.

Nadi Town has flooded repeatedly in recent years, forcing businesses to close and residents to evacuate during heavy
rain.

The ministry said the project would reduce the risk of flooding in the town centre and nearby settlements.

Landowners along the river have been consulted, and compensation will be paid for land needed for the works.

Business owners in Nadi welcomed the announcement but said they hoped the work would be completed before the next
cyclone season.

The project is funded with support from development partners and is expected to take three years to complete.

Nadi is Fiji's main tourism gateway and home to the country's international airport.
"""),
        must_have=[
            "Nadi Town has flooded repeatedly in recent years, forcing businesses to close and residents to evacuate during heavy rain.",
            "Landowners along the river have been consulted, and compensation will be paid for land needed for the works.",
        ]),
    # trafilatura shape: the IANS story on Eastern Mirror (syndicated member of the IANS cluster).
    dict(THIMPHU, role="syndicated", file=JSONL_B, render="trafilatura", section="World",
         url="https://easternmirrornagaland.example.com/bhutan-to-launch-direct-bus-service-between-thimphu-and-gelephu/",
         hostname="easternmirrornagaland.example.com", source_hostname="Eastern Mirror",
         tf_author="IANS", tf_date="2025-02-11", tf_language="en", categories="World;Bhutan",
         tf_tags="Bhutan;Gelephu;transport",
         head_lines=["IANS", "Published on: 11 Feb 2025, 7:58 pm"],
         tail_lines=["Also Read", "Bhutan, India review progress on Gelephu-Kokrajhar rail link"]),
    # news-please shape: JAMnews (Georgia), no byline, day-first stamp, Telegram line.
    rec(cluster="jamnews-tbilisi-minibuses-replaced", role="single", file=JSONL_B, render="newsplease",
        title="Tbilisi to replace its last yellow minibuses with 200 new buses by end of year",
        date="2025-04-08", country="GE", region="asia", lang="en",
        url="https://jam-news.example.net/tbilisi-to-replace-its-last-yellow-minibuses-with-200-new-buses/",
        source_domain="jam-news.example.net",
        description="Around 150 minibuses still operate on routes to the outskirts and hillside districts.",
        np_authors=[], np_publish="2025-04-08 15:10:00", np_download="2025-04-08 21:47:03",
        head_lines=["08.04.2025 15:10"],
        tail_lines=["Follow JAMnews on Telegram", "Read also"],
        paras=P("""
Tbilisi City Hall plans to take the last of the city's yellow minibuses off the road by the end of the year and replace
them with 200 new medium-sized buses, city officials said.

The minibuses, known as marshrutkas, were once the main form of public transport in the Georgian capital, but their
number has been reduced sharply since the city began reforming its transport network in 2021.

According to City Hall, around 150 minibuses are still operating on routes to the outskirts of the city and to hillside
districts where large buses cannot easily travel.

The new buses will be about eight metres long and will run on compressed natural gas.

Passengers will pay the same fare as on other municipal buses and the metro, and will be able to use the same travel
card.

Residents of some suburbs have complained that minibuses were the only direct link to the city centre and fear longer
journeys with transfers.

City officials say the new routes will be designed to minimise the number of changes, and that timetables will be
published online.

Tbilisi's transport reform has also included dedicated bus lanes on major roads and the purchase of hundreds of new
full-size buses.
"""),
        must_have=[
            "The new buses will be about eight metres long and will run on compressed natural gas.",
            "Residents of some suburbs have complained that minibuses were the only direct link to the city centre and fear longer journeys with transfers.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "forty-fourth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: The Baltimore Sun's one-line 'PUBLISHED: ... | "
    "UPDATED: ...' stamp gives the publication in its first half (23 April, both halves the same day), and its "
    "'Originally Published:' line repeats it; Aftonbladet's 'Uppdaterad' stamp is not the publication; the Alaska "
    "Beacon's 5:06 pm on 12 March is Alaska daylight time (UTC-8, as article:published_time states), so 12 March "
    "although it is already the 13th in UTC; the Fijilive crawler stamp 2025-02-13T21:05Z is 09:05 on 14 February in "
    "Fiji (UTC+12), the date the page prints; the Africa Radio crawler stamp 10:31Z is the page's 11h31 Paris time; "
    "BenarNews prints year-first dotted dates ('2025.02.18'); day-first numeric stamps: Actualite.cd 'mar 19/11/2024' "
    "('mar' = mardi, 19 November), Caledonia '02/04/2025' (2 April), Kurier Szczeciński '12.03.2025', Jutarnji "
    "'12.03.2025.' (Croatian dates end with a dot), JAMnews '08.04.2025' (8 April), Amazônia Real '27/11/2024'; "
    "Khabarhub's article:published_time is in Nepal time (+05:45); the news-please date_publish values are the "
    "pages' local times",
    "dateline_city": "'NASSAU, Bahamas (AP) \u2014 ' -> 'Nassau' (both AP copies); 'Moroni (AFP) - ' -> 'Moroni' (both "
    "AFP copies); 'Thimphu, Feb 11 (IANS) ' -> 'Thimphu' (IANS prints its dateline with no dash; both IANS copies); "
    "'BANDAR SERI BEGAWAN \u2014 ' -> 'Bandar Seri Begawan' (BusinessWorld drops '(Reuters)' from the wire's dateline "
    "and signs the story '\u2014 Reuters' instead); 'Guatemala, 13 mar (EFE).- ' -> 'Guatemala City' (EFE writes the "
    "capital as 'Guatemala'; the label is the English GeoNames name of the city, not the country); 'Dresden (dpa/sn) "
    "- ' -> 'Dresden' ('/sn' is dpa's Saxony regional service, not part of the place); 'Srinagar- ' -> 'Srinagar' "
    "(Kashmir Observer's house form, a hyphen straight after the name); 'KATHMANDU: ' -> 'Kathmandu'; 'Manaus (AM) "
    "\u2013 ' -> 'Manaus' (AM is the state of Amazonas, not an agency); the other records have no dateline (the "
    "Belga, TT and Lusa copies print none) and take the country of the story's location (Southland, Flanders, "
    "Sofala Bank, Kinshasa, Montevideo's UTE, Szczecin, Gozo, Lifou, Khayelitsha, Juneau's Senate, Zagreb, Auki, "
    "Kelowna, Luanda, Basilicata, Orange NSW, Nadi, Tbilisi, Sweden's municipalities)",
    "country": "the AP story is about the Bahamas (BS, americas) although both copies run on US papers; the AFP story "
    "is about the Comoros (KM, africa) although it runs on an Ivorian portal and a French radio site; the IANS story "
    "is about Bhutan (BT, asia) although both copies run on Indian sites; the Reuters story is about Brunei (BN) on a "
    "Philippine paper; the EFE story is Guatemalan (GT); Srinagar is labelled IN, the code under which ISO 3166 and "
    "GeoNames list it; Lifou is in New Caledonia (NC, oceania); Alaska is US (americas)",
    "agency": "The Baltimore Sun and LancasterOnline carry AP; Abidjan.net and Africa Radio carry AFP (Abidjan.net's "
    "'Publié le ... | AFP' stamp and the AFP dateline; Africa Radio's 'AFP' byline); Daijiworld and Eastern Mirror carry "
    "IANS (the Indo-Asian News Service: dateline, and Eastern Mirror's 'IANS' byline); BusinessWorld carries Reuters "
    "(the '\u2014 Reuters' sign-off line; the Reuters reporting credits are not printed); La Hora carries EFE ('Por "
    "Agencia EFE'); the Freie Presse carries dpa; Knack carries Belga ('Belga' byline; 'die Belga kon inkijken' in the "
    "text); Aftonbladet carries TT ('TT' byline); Club of Mozambique carries Lusa in English translation (its 'Source: "
    "Lusa' line under a 'By Club of Mozambique' byline); all other records are staff copy (agency null). The photo "
    "credits 'AP Photo/...', 'EFE/...', '.../dpa' and '.../TT' are photo credits; Amazônia Real calls itself an "
    "'agência' (an independent journalism agency), but the story is its own reporter's staff copy",
    "authors": "'By Danielle Farrington | The Associated Press' and LancasterOnline's 'By DANIELLE FARRINGTON Associated "
    "Press' (and its news-please author field) -> 'Danielle Farrington' (natural case, no agency); 'By Lyn Maesua for "
    "BenarNews' -> 'Lyn Maesua'; the Castanet header 'Jordan Wicks - Mar 10, 2025 / 4:30 pm | Story: 541287' -> "
    "'Jordan Wicks'; Kurier Szczeciński prints its writer's name alone on the line after the story ('Tomasz Wrona', "
    "the author); 'Written by Kurt Zammit', 'Par Élodie Kaloi', 'Por Martina Sosa', 'Por Raimunda Tavares', 'Por "
    "Domingos Cassoma', 'By Anathi Mqolomba' -> the names; Actualite.cd, Jutarnji, Avvenire and the Central Western "
    "Daily print the bare name; house and outlet bylines are placeholders, not authors: 'Observer News Service' (Kashmir "
    "Observer), 'Khabarhub', 'Fijilive' (and the crawler author field), 'By Club of Mozambique'; pages bylined only with "
    "an agency ('AFP', 'IANS', 'Reuters', 'Por Agencia EFE', 'dpa', 'Belga', 'TT') have no authors; JAMnews prints no "
    "byline; photographers (Tyrone Knowles, Carlos Ixcot, Hendrik Lauer, Fredrik Lindqvist, Marko Lukić) are not "
    "authors, while the GroundUp, Alaska Beacon and BenarNews photos are credited to the story's own writer",
    "editors": "Amazônia Real's 'Edição: Lúcio Farias' is the story's editing credit ('Edição' = editing, as on "
    "Agência Brasil) -> 'Lúcio Farias'; the Alaska Beacon's 'Contact Editor Thomas Merrill for questions' sits in the "
    "States Newsroom boilerplate printed under every story and names the outlet's editor, not an editing credit for this "
    "story (no editors); Aftonbladet's 'Ansvarig utgivare' footer line is the legally responsible publisher (no "
    "editors); no other record names an editor",
    "caption_credit": "credits without their wrapper: '(AP Photo/Tyrone Knowles)' -> 'AP Photo/Tyrone Knowles' (AP's own "
    "credit form, kept whole); La Hora's 'Foto La Hora: EFE/Carlos Ixcot' -> 'EFE/Carlos Ixcot' ('Foto La Hora:' is the "
    "paper's caption wrapper, 'photo in La Hora:'); 'Foto: Hendrik Lauer/dpa' -> 'Hendrik Lauer/dpa'; 'Foto: Fredrik "
    "Lindqvist/TT' -> 'Fredrik Lindqvist/TT'; 'Photo: Anathi Mqolomba' -> 'Anathi Mqolomba'; '(Photo by Lena "
    "Hartwick/Alaska Beacon)' -> 'Lena Hartwick/Alaska Beacon'; 'Foto: Marko Lukić/Cropix' -> 'Marko Lukić/Cropix' "
    "(Cropix is Hanza Media's photo agency); '[Lyn Maesua/BenarNews]' -> 'Lyn Maesua/BenarNews' (brackets dropped); the "
    "other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section; trafilatura records take their first "
    "category; news-please, plain text and newsbeam text records have none",
    "language": "'nl' is Flemish Dutch (Knack); 'pt' is Brazilian (Amazônia Real) and Angolan Portuguese with the "
    "pre-1990 spelling Angola keeps ('projecto', 'director', 'actividade'); French comes from the Comoros, the DRC and "
    "New Caledonia; Spanish from Guatemala and Uruguay (voseo in the Búsqueda menu strings); 'hr' Croatian, 'sv' "
    "Swedish, 'pl' Polish, 'de' German, 'it' Italian",
    "chrome": "includes consent banners and their buttons, skip links, login, subscription and e-paper strings, "
    "language-edition links, share bars, advertisement labels, 'Related Articles' boxes, 'Lire aussi'/'Lees ook'/"
    "'Czytaj także'/'PROČITAJTE VIŠE'/'LE PUEDE INTERESAR'/'READ NEXT' lines, topic and tag lists, a listen-to-article "
    "button, reader call-to-action lines, comment gates, disclaimers and forms, reader-support and donation appeals, "
    "WhatsApp and Telegram lines, newsletter promos, Creative Commons licence and republishing lines, the States "
    "Newsroom boilerplate, author bios, next/previous links, an agency source line and sign-off, the AP rights line, "
    "'Originally Published' and byline, date and caption lines, press-registration and publisher copyright lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and AFP in the plain batch, IANS in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"observer news service", "kashmir observer", "khabarhub", "fijilive", "club of mozambique",
                "by club of mozambique", "agencia efe", "tt", "belga", "ians", "indo-asian news service",
                "africa radio", "abidjan.net", "la hora", "the baltimore sun", "baltimore sun", "lancasteronline",
                "daijiworld", "eastern mirror", "farmers weekly", "nz farm life media", "knack", "actualite.cd",
                "búsqueda", "kurier szczeciński", "lovin malta", "caledonia", "freie presse", "aftonbladet",
                "groundup", "alaska beacon", "states newsroom", "jutarnji list", "cropix", "benarnews",
                "businessworld", "castanet", "amazônia real", "correio da kianda", "avvenire",
                "central western daily", "jamnews", "thomas merrill", "lúcio farias", "karin wessel"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
