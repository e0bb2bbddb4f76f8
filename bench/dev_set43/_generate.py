#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's forty-third development set (bench/dev_set43/, first written as the fortieth held-out set).

    .venv/bin/python bench/dev_set43/_generate.py

Writes ``bench/dev_set43/articles/*`` and ``bench/dev_set43/labels.json`` (next to this
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
bench/dev_set42/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout40_2025-a.jsonl"
JSONL_B = "crawl_holdout40_2025-b.jsonl.gz"


# ---- cluster: AP, Kingstown (Lexington Herald-Leader scrape + copy on the Hartford Courant in the plain batch) ----

UNION = dict(
    cluster="ap-kingstown-union-island-terminal",
    title="Union Island reopens airport terminal a year after Hurricane Beryl",
    date="2025-07-01",
    dateline="KINGSTOWN, St. Vincent (AP) \u2014 ",
    city="Kingstown",
    country="VC",
    region="americas",
    agency="AP",
    authors=["Renée Baptiste", "Marisol Ortega"],
    editors=[],
    lang="en",
    description="The new terminal cost about $8.5 million and was built to withstand winds of up to 180 mph.",
    paras=P("""
A small Caribbean island that was nearly flattened by Hurricane Beryl reopened its rebuilt airport terminal on
Tuesday, exactly one year after the Category 4 storm tore through the southern Grenadines.

Union Island, home to about 3,000 people, lost most of its homes and its only airport terminal when Beryl's winds
ripped off roofs and knocked down walls.

The new terminal cost about $8.5 million and was paid for with a mix of government funds and a loan from a
regional development bank, officials said.

"For a whole year, people had to wait in the sun under a tent to catch a plane," said Delroy Ollivierre, a taxi
driver who works at the airport.

The island's short runway handles flights to St. Vincent and nearby Grenadine islands, as well as small planes
bringing tourists to yachting areas such as the Tobago Cays.

The building was designed to withstand winds of up to 180 mph (290 kph) and has a backup solar power system.

Officials said more than 600 homes on the island have been repaired or rebuilt, but dozens of families still live
in temporary shelters.

Tourism, the island's main source of income, has slowly returned, with several guesthouses and restaurants
reopening in recent months.

Scientists say warmer ocean temperatures helped Beryl grow unusually strong so early in the hurricane season.
"""),
    must_have=[
        "The building was designed to withstand winds of up to 180 mph (290 kph) and has a backup solar power system.",
        "Officials said more than 600 homes on the island have been repaired or rebuilt, but dozens of families still live in temporary shelters.",
    ],
)
UNION_CONTRIB = "Associated Press journalist Marisol Ortega in San Juan, Puerto Rico, contributed to this report."
AP_RIGHTS = ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed without permission.")

# ---- cluster: dpa, Windhoek (Aachener Zeitung page + copy on Donaukurier in the gzipped batch) ----

WINDHUK = dict(
    cluster="dpa-windhuk-wasser-recycling",
    title="Dürre in Namibia: Windhuk baut Wasser-Recycling aus",
    date="2025-02-18",
    dateline="Windhuk (dpa) - ",
    city="Windhoek",
    country="NA",
    region="africa",
    agency="dpa",
    authors=[],
    editors=[],
    lang="de",
    description="Die Aufbereitungsanlage im Stadtteil Goreangab soll bis Ende 2026 deutlich mehr Wasser liefern.",
    paras=P("""
Wegen der anhaltenden Dürre im südlichen Afrika will Namibias Hauptstadt Windhuk deutlich mehr Abwasser zu
Trinkwasser aufbereiten.

Die Stadtverwaltung kündigte am Dienstag an, die Kapazität der Aufbereitungsanlage im Stadtteil Goreangab bis Ende
2026 um rund 40 Prozent zu erhöhen.

Die Kosten für den Ausbau werden auf umgerechnet etwa 55 Millionen Euro geschätzt.

Windhuk bereitet bereits seit 1968 Abwasser direkt zu Trinkwasser auf - als eine der ersten Städte weltweit.

Die Stauseen, aus denen die Stadt den Großteil ihres Wassers bezieht, sind nach zwei schwachen Regenzeiten nur noch
zu weniger als einem Fünftel gefüllt.

Seit Oktober gelten in der Stadt Einschränkungen: Gärten dürfen nur noch abends bewässert werden, Autowaschen mit
dem Schlauch ist verboten.

„Wir können nicht darauf warten, dass es wieder regnet", sagte die zuständige Stadträtin Selma Nangolo.

Namibia gehört zu den trockensten Ländern südlich der Sahara.

Die Regierung prüft zudem den Bau einer Pipeline, die entsalztes Meerwasser von der Küste bei Swakopmund in das
rund 350 Kilometer entfernte Landesinnere bringen soll.
"""),
    must_have=[
        "Die Kosten für den Ausbau werden auf umgerechnet etwa 55 Millionen Euro geschätzt.",
        "Seit Oktober gelten in der Stadt Einschränkungen: Gärten dürfen nur noch abends bewässert werden, Autowaschen mit dem Schlauch ist verboten.",
    ],
)
DPA_CODE = "dpa-infocom, dpa:250218-930-218346/1"

# ---- cluster: EFE, Asunción (El Confidencial page + copy on Expreso in the gzipped batch) ----

ASUNCION = dict(
    cluster="efe-asuncion-buses-electricos",
    title="Asunción incorpora 30 autobuses eléctricos a su red de transporte público",
    date="2025-09-09",
    dateline="Asunción, 9 sep (EFE).- ",
    city="Asunción",
    country="PY",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    description="Los vehículos recorrerán las rutas que unen la capital paraguaya con San Lorenzo y Luque.",
    paras=P("""
El Gobierno de Paraguay puso en circulación este martes 30 autobuses eléctricos en dos líneas que conectan el
centro de Asunción con ciudades del área metropolitana, en el marco de un plan para renovar la flota del transporte
público.

Los vehículos recorrerán las rutas que unen la capital con San Lorenzo y Luque, dos de los corredores con más
pasajeros del país.

Según el Viceministerio de Transporte, cada unidad tiene capacidad para unos 80 pasajeros y una autonomía de 250
kilómetros.

La compra de los autobuses, fabricados en China, supuso una inversión de unos 12 millones de dólares, financiados
con un préstamo de un banco de desarrollo regional.

Los usuarios del transporte público en Asunción se quejan desde hace años de la antigüedad de los vehículos, de la
falta de aire acondicionado y de las largas esperas en las paradas.

"Es la primera vez en años que viajo sentada y con aire acondicionado", dijo a EFE Rosa Benítez, una vendedora que
viaja cada día desde San Lorenzo.

Paraguay genera casi toda su electricidad en centrales hidroeléctricas, entre ellas Itaipú, que comparte con
Brasil.

Las autoridades prevén sumar otros 70 autobuses eléctricos antes de finales de 2026.

Los empresarios del transporte, por su parte, reclaman al Estado el pago de subsidios atrasados.
"""),
    must_have=[
        "Según el Viceministerio de Transporte, cada unidad tiene capacidad para unos 80 pasajeros y una autonomía de 250 kilómetros.",
        "Las autoridades prevén sumar otros 70 autobuses eléctricos antes de finales de 2026.",
    ],
)

# ---- cluster: Civil Beat, page + noisy re-scrape ----

MIDWAY = dict(
    cluster="civilbeat-midway-atoll-visitors",
    title="Midway Atoll Could Reopen To Small Groups Of Visitors Next Year",
    date="2025-04-14",
    dateline="",
    city=None,
    country="UM",
    region="oceania",
    agency=None,
    authors=["Kalani Furtado"],
    editors=[],
    lang="en",
    paras=P("""
Federal wildlife officials are considering reopening Midway Atoll to small groups of visitors as early as next
year, more than a decade after the last public tours of the remote refuge ended.

The U.S. Fish and Wildlife Service, which manages the atoll as part of Papahānaumokuākea Marine National Monument,
said in a draft plan released last week that it could allow up to 60 visitors a year.

Visitors would stay for about a week and take part in volunteer work such as removing invasive plants and counting
albatross nests.

Midway, about 1,300 miles northwest of Honolulu, is home to the largest colony of Laysan albatrosses in the world.

The atoll was a major naval air station during World War II and still has an airstrip that is kept open for
emergency landings by planes crossing the Pacific.

Public visits ended in 2012 when funding for the program ran out.

Kanoe Akana, a Native Hawaiian cultural practitioner who sits on a monument advisory group, said any visits should
include lessons on the history and cultural meaning of the islands.

"These are not just bird islands," she said. "They are our kupuna, our ancestors."

Some conservation groups worry that more people could bring in pests such as rats or ants, which have devastated
seabird colonies elsewhere.

The agency said visitors would have to follow strict quarantine rules, including inspecting luggage and wearing new
or frozen clothing and shoes.

The public can comment on the draft plan until May 30.
"""),
    must_have=[
        "Visitors would stay for about a week and take part in volunteer work such as removing invasive plants and counting albatross nests.",
        "The agency said visitors would have to follow strict quarantine rules, including inspecting luggage and wearing new or frozen clothing and shoes.",
    ],
)
CB_PRE = ["Civil Beat", "Politics", "Environment", "Maui Fire", "Health", "Education", "Opinion", "Podcasts", "Donate"]
CB_HEAD = [["By Kalani Furtado"], ["April 14, 2025 \u00b7 5 min read"]]
CB_BIO = ["About the Author",
          "Kalani Furtado is a reporter for Civil Beat covering the environment. You can reach him by email at kfurtado@civilbeat.example.org.",
          "Use the RSS feed to subscribe to Kalani Furtado's posts today"]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Civil Beat (original of the re-scrape cluster): nonprofit newsroom appeal, author bio, RSS line.
    dict(MIDWAY, role="original", file="civilbeat_midway_atoll_visitors.txt", render="text",
         pre=[CB_PRE], head=CB_HEAD,
         inserts={4: ["Read this next:", "Hawaiʻi Lawmakers Weigh New Fee For Visitors To State Parks"]},
         tail=[["We need your help.",
                "Civil Beat is a nonprofit newsroom. Your donation helps keep our journalism free for everyone in Hawaiʻi."],
               CB_BIO,
               ["Sign up for our FREE morning newsletter and face each day more informed."]]),
    dict(MIDWAY, role="rescrape", file="civilbeat_midway_atoll_visitors_rescrape.txt.gz", render="text", noise=True,
         pre=[CB_PRE], head=CB_HEAD, tail=[CB_BIO]),
    # Lexington Herald-Leader (original of the AP cluster): McClatchy wire page, upper-case byline without separator, app promo.
    dict(UNION, role="original", file="heraldleader_ap_union_island_airport_terminal.txt", render="text",
         pre=[["Lexington Herald-Leader", "Local", "UK Sports", "Politics", "Business", "Opinion", "Obituaries", "eEdition"],
              ["Subscribe", "Sign In"]],
         head=[["By RENÉE BAPTISTE Associated Press"], ["July 1, 2025 3:10 PM"], ["Only have a minute? Listen instead"]],
         inserts={3: ["Read Next"]},
         tail=[[UNION_CONTRIB], [AP_RIGHTS],
               ["Take Us With You", "Real-time updates and all local stories you want right in the palm of your hand.",
                "Herald-Leader App", "VIEW NEWSLETTERS"]]),
    # Levante-EMV: Europa Press copy, dateline printed on a line of its own with the day only.
    rec(cluster="levante-europapress-alicante-tram-verano", role="single",
        file="levante_europapress_alicante_tram_verano_es.txt", render="text",
        title="El TRAM d'Alacant reforzará la línea 1 con más frecuencias durante el verano",
        date="2025-05-14", dateline="ALICANTE, 14 (EUROPA PRESS)\n", city="Alicante", country="ES",
        region="europe", lang="es", agency="Europa Press",
        pre=[["Levante-EMV", "Valencia", "Comunitat Valenciana", "Deportes", "Valencia CF", "Levante UD", "Sucesos", "Opinión", "Cultura"],
             ["Suscríbete", "Iniciar sesión"]],
        head=[["Europa Press"], ["14·05·25 | 12:37"], ["Actualizada 14·05·25 | 13:05"]],
        inserts={3: ["PUBLICIDAD"]},
        tail=[["TEMAS", "TRAM d'Alacant", "FGV", "Alicante", "Benidorm", "Transporte público"],
              ["Te puede interesar"],
              ["\u00a9 Editorial Prensa Valenciana, S.A. Todos los derechos reservados"]],
        paras=P("""
Ferrocarrils de la Generalitat Valenciana (FGV) reforzará este verano el servicio de la línea 1 del TRAM d'Alacant,
que une la ciudad con Benidorm, con trenes cada 15 minutos en las horas de mayor demanda.

El nuevo horario entrará en vigor el 23 de junio y se mantendrá hasta el 14 de septiembre, según ha informado este
miércoles la empresa pública en un comunicado.

Además, la línea 3 tendrá servicio nocturno los viernes y sábados, con el último tren saliendo de Luceros pasada la
una y media de la madrugada.

FGV prevé contratar a 24 maquinistas temporales para cubrir el aumento de servicios.

La compañía calcula que el TRAM superará este año los 14 millones de viajeros, un 6% más que en 2024.

Los usuarios de la línea 1 llevan tiempo reclamando más frecuencias en verano, cuando los trenes circulan llenos
entre El Campello y Benidorm.

El director gerente de FGV ha asegurado que la llegada de nuevos tranvías permitirá mejorar el servicio a partir de
2027.

La Generalitat tiene previsto licitar en los próximos meses la ampliación de la línea 2 hasta el Hospital de Sant
Joan.
"""),
        must_have=[
            "FGV prevé contratar a 24 maquinistas temporales para cubrir el aumento de servicios.",
            "La Generalitat tiene previsto licitar en los próximos meses la ampliación de la línea 2 hasta el Hospital de Sant Joan.",
        ]),
    # The Himalayan Times: desk byline, upper-case month dateline on its own line, print-edition line with the next day's date.
    rec(cluster="tht-pokhara-domestic-routes", role="single",
        file="himalayantimes_pokhara_airport_domestic_routes.txt", render="text",
        title="New domestic routes planned from Pokhara International Airport",
        date="2025-03-12", dateline="POKHARA, MARCH 12\n", city="Pokhara", country="NP",
        region="asia", lang="en",
        pre=[["The Himalayan Times", "Nepal", "World", "Business", "Opinion", "Sports", "Entertainment", "Lifestyle", "ePaper"]],
        head=[["HIMALAYAN NEWS SERVICE"], ["Published: 07:45 pm Mar 12, 2025"]],
        tail=[["A version of this article appears in the print on March 13, 2025, of The Himalayan Times."],
              ["Follow The Himalayan Times on Twitter and Facebook"], ["Related News"],
              ["Copyright \u00a9 2025 The Himalayan Times Pvt. Ltd. All rights reserved."]],
        paras=P("""
Two domestic airlines have sought permission to operate regular flights from Pokhara International Airport to
Biratnagar, Nepalgunj and Dhangadhi, officials said.

The Civil Aviation Authority of Nepal said it was reviewing the applications and could approve the routes before
the start of the monsoon.

Since it opened in January 2023, the airport has mostly handled flights to and from Kathmandu, along with a small
number of chartered international flights.

Airport chief Rajendra Bhattarai said the terminal was handling fewer than 1,500 passengers a day, far below its
capacity.

Tourism entrepreneurs in Pokhara have long demanded direct flights to other provinces so that visitors could travel
without returning to the capital.

A one-way ticket on the proposed Pokhara-Biratnagar route is expected to cost around Rs 9,500.

The government has also been urging international carriers to start scheduled services to the airport, which was
built with a loan from China.

Officials said the runway lighting system would be upgraded this year to allow night landings.
"""),
        must_have=[
            "A one-way ticket on the proposed Pokhara-Biratnagar route is expected to cost around Rs 9,500.",
            "Officials said the runway lighting system would be upgraded this year to allow night landings.",
        ]),
    # Amigoe (Curaçao): staff, Dutch, "WILLEMSTAD - " dateline, no byline.
    rec(cluster="amigoe-willemstad-julianabrug", role="single",
        file="amigoe_willemstad_julianabrug_renovatie_nl.txt", render="text",
        title="Renovatie Koningin Julianabrug begint in oktober",
        date="2025-09-12", dateline="WILLEMSTAD - ", city="Willemstad", country="CW",
        region="americas", lang="nl",
        pre=[["Amigoe", "Curaçao", "Aruba", "Bonaire", "Sint Maarten", "Nederland", "Sport", "Opinie", "Ingezonden"]],
        head=[["12 september 2025"]],
        inserts={4: ["Advertentie"]},
        tail=[["Deel dit artikel", "Facebook", "WhatsApp", "X"], ["Gerelateerde artikelen"], ["\u00a9 Amigoe 2025"]],
        paras=P("""
Het groot onderhoud aan de Koningin Julianabrug begint op 6 oktober en duurt naar verwachting ruim twee jaar.

Dat maakte het ministerie van Verkeer, Vervoer en Ruimtelijke Planning donderdag bekend.

Tijdens de werkzaamheden worden de stalen onderdelen van de brug behandeld tegen roest en wordt het wegdek
vernieuwd.

De kosten worden geraamd op 68 miljoen gulden.

Volgens de minister blijft de brug tijdens de renovatie open voor verkeer, maar moet rekening worden gehouden met
afsluitingen van één rijstrook, vooral 's nachts.

De Julianabrug werd in 1974 geopend en verbindt de twee oevers van de Sint Annabaai. Het is een van de drukste
wegen van het eiland.

Automobilisten wordt aangeraden tijdens de spits zoveel mogelijk de Ring te gebruiken.

Ook de verlichting van de brug wordt vervangen door zuinige ledlampen.

Eerder werd de renovatie twee keer uitgesteld omdat de aanbesteding mislukte.

De werkzaamheden worden uitgevoerd door een consortium van een lokaal en een Nederlands bouwbedrijf.
"""),
        must_have=[
            "Tijdens de werkzaamheden worden de stalen onderdelen van de brug behandeld tegen roest en wordt het wegdek vernieuwd.",
            "Ook de verlichting van de brug wordt vervangen door zuinige ledlampen.",
        ]),
    # Albany Advertiser (WA): staff, writer line over masthead line, "Camera Icon" caption with "Credit:".
    rec(cluster="albanyadvertiser-emu-point-boat-ramp", role="single",
        file="albanyadvertiser_emu_point_boat_ramp.txt", render="text",
        title="Emu Point boat ramp to close for $4.2 million upgrade",
        date="2025-06-10", country="AU", region="oceania", lang="en", authors=["Jessica Haddon"],
        caption="Boats queue to launch at the Emu Point ramp.", credit="Laurie Benson/Albany Advertiser",
        pre=[["Albany Advertiser", "News", "Sport", "Lifestyle", "Opinion", "Regional WA"], ["Subscribe", "Log In"]],
        head=[["Jessica Haddon"], ["Albany Advertiser"], ["Tue, 10 June 2025 4:15PM"]],
        cap_lines=["Camera IconBoats queue to launch at the Emu Point ramp. Credit: Laurie Benson/Albany Advertiser"],
        tail=[["Get the latest news from thewest.com.au in your inbox."], ["Sign up for our emails"]],
        paras=P("""
Emu Point's busy boat ramp will close for about four months from August while it undergoes a $4.2 million upgrade.

The Department of Transport said the work would include two new launching lanes, a longer floating jetty and extra
parking for cars and trailers.

The ramp is one of the most popular on the South Coast, particularly during the salmon and herring seasons.

Boat owners will be directed to the Albany Waterfront ramp and the Frenchman Bay ramp while the work is carried out.

A City of Albany spokeswoman said the council had lobbied for the upgrade for several years.

Local fisher Travis Keane said queues at the ramp could stretch back to the roundabout on busy weekends.

"It's been a bottleneck for years," he said.

The upgrade is jointly funded by the State Government and the Recreational Boating Facilities Scheme.

Work is expected to be finished before the start of the summer holidays.
"""),
        must_have=[
            "The Department of Transport said the work would include two new launching lanes, a longer floating jetty and extra parking for cars and trailers.",
            "Boat owners will be directed to the Albany Waterfront ramp and the Frenchman Bay ramp while the work is carried out.",
        ]),
    # ECO (Portugal): Lusa copy from Timor-Leste, "Díli, 21 out 2025 (Lusa) - " dateline, Lusa initials line.
    rec(cluster="eco-lusa-dili-porto-tibar", role="single",
        file="eco_lusa_dili_porto_tibar_pt.txt", render="text",
        title="Timor-Leste vai ampliar porto de Tibar para receber navios maiores",
        date="2025-10-21", dateline="Díli, 21 out 2025 (Lusa) - ", city="Dili", country="TL",
        region="asia", lang="pt", agency="Lusa",
        pre=[["ECO", "Economia", "Empresas", "Mercados", "Política", "Advocatus", "Local Online", "Capital Verde"],
             ["Assinar", "Entrar"]],
        head=[["Lusa"], ["21 Outubro 2025"]],
        tail=[["JYN // MIM"], ["Partilhar", "Facebook", "X", "LinkedIn", "WhatsApp"], ["Comentários"],
              ["\u00a9 2025 ECO - Swipe News, S.A. Todos os direitos reservados."]],
        paras=P("""
O Governo timorense aprovou hoje a segunda fase de expansão do porto da Baía de Tibar, que vai permitir receber
navios de maior dimensão, anunciou o porta-voz do executivo.

O investimento, estimado em cerca de 150 milhões de dólares, será assegurado pelo operador privado que gere o
terminal ao abrigo de uma concessão.

A nova fase prevê um segundo cais de 300 metros e o alargamento da área de armazenamento de contentores.

O porto de Tibar, a cerca de 12 quilómetros a oeste de Díli, entrou em funcionamento em 2022 e substituiu o antigo
porto da capital.

Segundo o porta-voz, o volume de carga movimentada no porto cresceu cerca de 20% no último ano.

Timor-Leste importa a maior parte dos alimentos e bens que consome, o que torna o porto essencial para a economia
do país.

As obras deverão arrancar no primeiro semestre de 2026 e durar cerca de dois anos.

O executivo espera que a expansão reduza os custos de transporte e atraia novas empresas de logística para o país.
"""),
        must_have=[
            "A nova fase prevê um segundo cais de 300 metros e o alargamento da área de armazenamento de contentores.",
            "As obras deverão arrancar no primeiro semestre de 2026 e durar cerca de dois anos.",
        ]),
    # Berita Harian (Malaysia): Bernama copy in Malay, "KUANTAN: " dateline, "Artikel ini disiarkan pada" line.
    rec(cluster="bharian-bernama-kuantan-gambang-bas", role="single",
        file="beritaharian_bernama_kuantan_gambang_bas_ms.txt", render="text",
        title="Laluan bas baharu hubungkan Kuantan dan Gambang mulai bulan depan",
        date="2025-03-12", dateline="KUANTAN: ", city="Kuantan", country="MY",
        region="asia", lang="ms", agency="Bernama",
        pre=[["Berita Harian", "Nasional", "Dunia", "Bisnes", "Sukan", "Hiburan", "Rencana", "Wanita"], ["Log Masuk", "Langgan"]],
        head=[["Oleh Bernama"], ["Mac 12, 2025 @ 4:18pm"]],
        inserts={3: ["Iklan"]},
        tail=[["Kongsi", "Facebook", "X", "WhatsApp", "Telegram"], ["Berita Berkaitan"],
              ["Artikel ini disiarkan pada : Rabu, 12 Mac 2025 @ 4:18 PM"]],
        paras=P("""
Perkhidmatan bas awam baharu yang menghubungkan bandar Kuantan dengan Gambang akan mula beroperasi pada 1 April
ini.

Exco Kerja Raya, Pengangkutan dan Infrastruktur Pahang berkata, laluan itu akan melalui beberapa kawasan perumahan
dan kampus universiti di sepanjang jalan tersebut.

Katanya, sebanyak 12 bas akan digunakan dengan kekerapan setiap 30 minit pada waktu puncak.

Tambang ditetapkan pada RM1 bagi pelajar dan warga emas, manakala penumpang lain dikenakan RM2.50.

"Laluan ini dijangka memberi manfaat kepada lebih 20,000 penduduk dan pelajar yang selama ini bergantung kepada
kenderaan sendiri," katanya kepada pemberita di sini hari ini.

Beliau berkata, kerajaan negeri turut merancang membina lima hentian bas berbumbung baharu di sepanjang laluan
itu.

Projek itu dibiayai melalui peruntukan kerajaan persekutuan di bawah program pengangkutan awam bandar.

Sebelum ini, penduduk di Gambang mengadu kekurangan pengangkutan awam, terutama pada waktu malam dan hujung
minggu.

Pengusaha bas tempatan turut dijemput untuk menyertai program itu melalui tender terbuka yang akan dibuka bulan
depan.
"""),
        must_have=[
            "Tambang ditetapkan pada RM1 bagi pelajar dan warga emas, manakala penumpang lain dikenakan RM2.50.",
            "Projek itu dibiayai melalui peruntukan kerajaan persekutuan di bawah program pengangkutan awam bandar.",
        ]),
    # Kigali Today (English edition): staff, language switcher above the menu, "Published on" stamp.
    rec(cluster="kigalitoday-nyabugogo-terminal", role="single",
        file="kigalitoday_nyabugogo_bus_terminal.txt", render="text",
        title="Nyabugogo bus terminal to be rebuilt to ease congestion",
        date="2025-03-03", country="RW", region="africa", lang="en", authors=["Diane Mukamana"],
        pre=[["Kinyarwanda", "English"], ["Kigali Today", "News", "Politics", "Economy", "Health", "Sports", "Entertainment", "KT Radio"]],
        head=[["By Diane Mukamana"], ["Published on 03-03-2025 at 10:12"]],
        tail=[["Share", "Facebook", "X", "WhatsApp"], ["Comments"], ["Leave a comment"], ["\u00a9 2025 Kigali Today Ltd"]],
        paras=P("""
The City of Kigali has announced plans to rebuild the Nyabugogo bus terminal, the country's busiest transport hub,
to reduce congestion and improve conditions for passengers.

The new terminal will have separate areas for buses travelling within Kigali and those heading to other districts
and neighbouring countries.

According to city officials, the project will cost about Rwf 60 billion and will be carried out in phases so that
the terminal remains in use.

Thousands of passengers pass through Nyabugogo every day, and long queues are common in the evenings and during
holidays.

Jean Bosco Niyonsaba, a trader who travels to Musanze every week, said the current terminal was too small for the
number of people using it.

"Sometimes you wait two hours for a bus, standing in the sun," he said.

The plans include waiting rooms, shops, a taxi-moto stand and a footbridge over the busy road nearby.

Construction of the first phase is expected to begin before the end of the year.
"""),
        must_have=[
            "The new terminal will have separate areas for buses travelling within Kigali and those heading to other districts and neighbouring countries.",
            "The plans include waiting rooms, shops, a taxi-moto stand and a footbridge over the busy road nearby.",
        ]),
    # Balkan Insight (BIRN): staff, name / BIRN / city byline block, no dateline in the text.
    rec(cluster="birn-skopje-bitola-railway", role="single",
        file="balkaninsight_skopje_bitola_railway_delay.txt", render="text",
        title="North Macedonia Delays Completion of Skopje-Bitola Railway Upgrade",
        date="2025-11-05", country="MK", region="europe", lang="en", authors=["Elena Trajkovska"],
        pre=[["Balkan Insight", "News", "Premium", "Opinion", "Features", "Podcast"], ["Subscribe"]],
        head=[["Elena Trajkovska", "BIRN", "Skopje"], ["November 5, 2025"]],
        tail=[["Share"], ["Related Articles"], ["Copyright \u00a9 BIRN 2025. All rights reserved."]],
        paras=P("""
North Macedonia's government has pushed back the deadline for modernising the railway line between Skopje and
Bitola by two years, citing problems with land expropriation and rising construction costs.

The Transport Ministry said on Wednesday that the works, originally due to be finished in 2026, would now be
completed by the end of 2028.

The 230-kilometre line links the capital with the southern city of Bitola, but trains currently run at an average
speed of less than 50 kilometres per hour.

The upgrade, worth around 250 million euros, is largely financed by a European loan and grants.

Experts say the delays reflect wider problems with infrastructure projects in the country.

Rail passenger numbers have fallen sharply over the past decade as people switched to buses and cars.

The ministry said it had already completed the expropriation of most of the land needed for the project.

Opposition MPs accused the government of failing to manage the project and called for an audit.

The railway is part of a wider plan to connect North Macedonia with Greece and Albania.
"""),
        must_have=[
            "The upgrade, worth around 250 million euros, is largely financed by a European loan and grants.",
            "The ministry said it had already completed the expropriation of most of the land needed for the project.",
        ]),
    # Liberian Observer: staff, caption line with "(Photo: NAME)" credit.
    rec(cluster="liberianobserver-monrovia-drain-cleaning", role="single",
        file="liberianobserver_monrovia_drain_cleaning.txt", render="text",
        title="MCC Begins Drain Cleaning Ahead of Rainy Season",
        date="2025-04-22", country="LR", region="africa", lang="en", authors=["Garmai B. Wolokolie"],
        caption="Workers clear a drain along Broad Street in central Monrovia.", credit="Emmanuel Kpadeh",
        pre=[["Liberian Observer", "News", "Politics", "Business", "Sports", "Entertainment", "Health", "Opinion"]],
        head=[["By Garmai B. Wolokolie"], ["April 22, 2025"]],
        cap_lines=["Workers clear a drain along Broad Street in central Monrovia. (Photo: Emmanuel Kpadeh)"],
        tail=[["Share this:", "Facebook", "X", "WhatsApp"], ["Related"], ["\u00a9 2025 Liberian Observer Corporation"]],
        paras=P("""
The Monrovia City Corporation (MCC) has begun a citywide campaign to clean drains and waterways ahead of the rainy
season, which often brings heavy flooding to several communities.

The exercise started on Monday in Central Monrovia and will later extend to Sinkor, Clara Town, New Kru Town and
West Point.

According to the MCC, more than 400 workers have been hired for the three-month campaign.

Residents have been urged to stop dumping garbage in drains, which officials say is one of the main causes of
flooding in the city.

"Every year we clean, and every year the drains are full again within weeks," said an MCC supervisor, who asked not
to be named because he was not authorized to speak to the media.

Monrovia receives some of the highest rainfall of any capital city in the world, with most of it falling between
May and October.

Last year, floods displaced hundreds of families in low-lying communities such as Clara Town and Sinkor.

The MCC said it would also work with community leaders to set up garbage collection points in crowded
neighborhoods.
"""),
        must_have=[
            "According to the MCC, more than 400 workers have been hired for the three-month campaign.",
            "The MCC said it would also work with community leaders to set up garbage collection points in crowded neighborhoods.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_AZ = site("Aachener Zeitung", "https://www.aachener-zeitung.example.de", " | Aachener Zeitung", "de_DE", "@aachenerzeitung",
               ["Aachen", "Region", "NRW", "Politik", "Wirtschaft", "Sport", "Kultur", "Panorama"],
               ["Impressum", "Datenschutz", "AGB", "Kontakt", "\u00a9 Aachener Zeitung 2025"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail", "Link kopieren"], top=["Abo", "ePaper", "Anmelden"],
               cookie="Wir und unsere Partner verarbeiten personenbezogene Daten, um Ihnen Inhalte und Werbung anzuzeigen und die Nutzung unserer Angebote zu analysieren.",
               cookie_title="Wir brauchen Ihre Zustimmung", buttons=["Akzeptieren", "Einstellungen", "Ablehnen"])
SITE_ELCONF = site("El Confidencial", "https://www.elconfidencial.example.com", " - El Confidencial", "es_ES", "@elconfidencial",
                   ["España", "Mundo", "Economía", "Mercados", "Vivienda", "Tecnología", "Cultura", "Deportes", "Opinión"],
                   ["\u00a9 Titania Compañía Editorial, S.L. 2025", "Aviso legal", "Política de privacidad", "Política de cookies"],
                   share=["Compartir", "Facebook", "X", "LinkedIn", "WhatsApp", "Copiar enlace"], top=["Suscríbete", "Iniciar sesión"],
                   cookie="Utilizamos cookies propias y de terceros para analizar nuestros servicios y mostrarte publicidad relacionada con tus preferencias.",
                   buttons=["Aceptar y cerrar", "Configurar", "Rechazar"])
SITE_CNA = site("CNA", "https://www.channelnewsasia.example.com", " - CNA", "en_SG", "@ChannelNewsAsia",
                ["Singapore", "Asia", "East Asia", "Commentary", "Sustainability", "Business", "World", "Sport", "Watch"],
                ["Copyright\u00a9 Mediacorp 2025. Mediacorp Pte Ltd. All rights reserved.", "Terms & Conditions", "Privacy Policy", "Advertise with us"],
                share=["Bookmark", "Share", "WhatsApp", "Telegram", "Facebook", "X"], top=["Sign in"])
SITE_AP = site("Aftenposten", "https://www.aftenposten.example.no", " \u2013 Aftenposten", "nb_NO", "@Aftenposten",
               ["Nyheter", "Oslo", "Norge", "Verden", "Økonomi", "Sport", "Kultur", "Meninger", "Podkast"],
               ["Aftenposten arbeider etter Vær Varsom-plakatens regler for god presseskikk.", "Kontakt oss", "Personvernerklæring",
                "Informasjonskapsler", "\u00a9 Aftenposten 2025"],
               share=["Del", "Kopier lenke", "Facebook", "E-post"], top=["Logg inn", "Abonnement"],
               cookie="Vi og våre samarbeidspartnere bruker informasjonskapsler og tilsvarende teknologier for å gi deg en bedre brukeropplevelse og vise deg relevant annonsering.",
               buttons=["Godta alle", "Administrer valg"])
SITE_CHANNELS = site("Channels Television", "https://www.channelstv.example.com", " \u2013 Channels Television", "en_NG", "@channelstv",
                     ["Home", "News", "Politics", "Business", "Sports", "Entertainment", "Health", "Metro", "Live TV"],
                     ["\u00a9 2025 Channels Television. All rights reserved.", "About Us", "Contact Us", "Privacy Policy"],
                     share=["Facebook", "X", "WhatsApp", "Telegram"], graph=True)
SITE_CDA = site("Corriere delle Alpi", "https://www.corrierealpi.example.it", " - Corriere delle Alpi", "it_IT", "@corrierealpi",
                ["Belluno", "Feltre", "Cadore", "Agordino", "Cortina", "Cronaca", "Sport", "Economia", "Cultura"],
                ["\u00a9 2025 Corriere delle Alpi", "Privacy", "Cookie policy", "Contatti"],
                share=["Condividi", "Facebook", "X", "WhatsApp", "Email"], top=["Abbonati", "Accedi"],
                cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.",
                buttons=["Accetta", "Rifiuta", "Scopri di più e personalizza"])
SITE_EXTRA = site("Extra", "https://extra.globo.example.com", " | Extra", "pt_BR", "@jornalextra",
                  ["Rio", "Casos de Polícia", "Economia", "Famosos", "Esporte", "Mundo", "Guia"],
                  ["\u00a9 1996 - 2025. Todos direitos reservados a Editora Globo S/A. Este material não pode ser publicado, transmitido por broadcast, reescrito ou redistribuído sem autorização.",
                   "Termos de uso", "Política de privacidade"],
                  share=["Compartilhar", "Facebook", "WhatsApp", "X", "E-mail"], top=["Assine", "Entrar"])
SITE_ACADIE = site("Acadie Nouvelle", "https://www.acadienouvelle.example.com", " | Acadie Nouvelle", "fr_CA", "@AcadieNouvelle",
                   ["Actualités", "Économie", "Politique", "Sports", "Arts et spectacles", "Opinions", "Nécrologie"],
                   ["\u00a9 2025 Acadie Nouvelle", "Nous joindre", "Publicité", "Politique de confidentialité"],
                   share=["Partager", "Facebook", "Courriel"], top=["Abonnez-vous", "Connexion"])
SITE_DEFI = site("Defimedia", "https://defimedia.example.info", " | Defimedia", "fr_FR", "@defimedia",
                 ["Actualités", "Politique", "Économie", "Société", "Faits divers", "Sport", "Magazine", "Radio Plus"],
                 ["\u00a9 2025 Le Défi Media Group", "Contact", "Publicité", "Conditions d'utilisation"],
                 share=["Partager", "Facebook", "WhatsApp", "X"], graph=True)

HTML_STORIES = [
    # Aachener Zeitung (original of the dpa cluster): "dpa" byline, dpa-infocom sign-off code, "Foto: NAME/dpa" credit.
    dict(WINDHUK, role="original", file="aachenerzeitung_dpa_windhuk_wasser_recycling_de.html", render="html",
         site=SITE_AZ, section="Panorama", meta_section="Panorama",
         url="https://www.aachener-zeitung.example.de/panorama/duerre-in-namibia-windhuk-baut-wasser-recycling-aus_aid-123456789",
         published="2025-02-18T13:47:00+01:00",
         ld_author=[{"@type": "Organization", "name": "dpa"}],
         byline_lines=["dpa"], date_lines=["18. Februar 2025 um 13:47 Uhr"],
         caption="Das Goreangab-Reservoir bei Windhuk führt kaum noch Wasser.", credit="Kerstin Lohmann/dpa",
         credit_shown="Foto: Kerstin Lohmann/dpa",
         inserts={3: [("ad", "Anzeige")]},
         end_lines=[DPA_CODE],
         lists=[("Meistgelesen", ["Aachen: Neue Busspur auf der Jülicher Straße", "Eschweiler: Hallenbad öffnet nach Sanierung"])]),
    # El Confidencial (original of the EFE cluster): "EFE" byline, "(EFE/NAME)" credit in brackets.
    dict(ASUNCION, role="original", file="elconfidencial_efe_asuncion_buses_electricos_es.html", render="html",
         site=SITE_ELCONF, section="Mundo", meta_section="Mundo",
         url="https://www.elconfidencial.example.com/mundo/2025-09-09/asuncion-incorpora-30-autobuses-electricos_4012345/",
         published="2025-09-09T19:12:00+02:00",
         ld_author=[{"@type": "Organization", "name": "EFE"}],
         byline_lines=["EFE"], date_lines=["09/09/2025 - 19:12"],
         caption="Un autobús eléctrico circula por una avenida de Asunción.", credit="EFE/Nicolás Benítez",
         credit_shown="(EFE/Nicolás Benítez)",
         inserts={4: [("ad", "Publicidad")]},
         lists=[("Lo más leído", ["El Gobierno aprueba el nuevo plan de vivienda", "La bolsa cierra la semana con ganancias"])]),
    # CNA: Reuters copy, "JAKARTA: " dateline, FAST summary lines, "Source: Reuters/xx" line, stamp just after midnight SGT.
    rec(cluster="cna-reuters-jakarta-mrt-east-west", role="single",
        file="cna_reuters_jakarta_mrt_east_west_line.html", render="html", site=SITE_CNA,
        title="Indonesia picks contractors for first phase of Jakarta's east-west MRT line", date="2025-08-05",
        dateline="JAKARTA: ", city="Jakarta", country="ID", region="asia", lang="en", agency="Reuters",
        section="Asia", meta_section="Asia",
        url="https://www.channelnewsasia.example.com/asia/indonesia-jakarta-mrt-east-west-line-contractors-5281234",
        description="The first phase will run about 24 km from Tomang in West Jakarta to Medan Satria.",
        published="2025-08-05T00:40:00+08:00", modified="2025-08-05T09:15:00+08:00",
        ld_author=[{"@type": "Organization", "name": "CNA"}],
        kicker="Asia",
        date_lines=["05 Aug 2025 12:40AM (Updated: 05 Aug 2025 09:15AM)"],
        above_body=[("fast", "Read a summary of this article on FAST."),
                    ("fast", "Get bite-sized news via a new cards interface. Give it a try."),
                    ("fast", "Click here to return to FAST")],
        caption="Commuters board a train at a station in Jakarta, Indonesia, Jul 21, 2025.", credit="REUTERS/Dimas Prakoso",
        credit_shown="(File photo: REUTERS/Dimas Prakoso)",
        below_body=[("source", "Source: Reuters/fh")],
        tags=("Related Topics", ["Indonesia", "Jakarta", "MRT", "transport"]),
        lists=[("Also worth reading", ["Malaysia's ECRL rail link to start trial runs", "Thailand approves high-speed rail extension"])],
        paras=P("""
Indonesia has picked a group of local and Japanese construction companies to build the first phase of a new
east-west line for Jakarta's mass rapid transit system, the operator said on Monday.

The first phase, about 24 km long, will run from Tomang in West Jakarta to Medan Satria on the eastern edge of the
city, passing through the business district around Thamrin.

The contracts are worth a combined 32 trillion rupiah ($1.97 billion), PT MRT Jakarta said in a statement, without
naming the companies.

Construction is expected to start early next year, with the line due to open in stages from 2031.

Jakarta, a metropolitan area of more than 30 million people, is among the world's most congested cities, and the
government has been expanding rail links to reduce the number of cars and motorcycles on its roads.

The capital's first MRT line, which runs north to south, opened in 2019 and carries about 110,000 passengers a day.

The east-west line is partly financed by loans from Japan, which also helped fund the first line.

Indonesia is moving its capital to Nusantara on Borneo island, but Jakarta is expected to remain the country's main
business centre.
"""),
        must_have=[
            "Construction is expected to start early next year, with the line due to open in stages from 2031.",
            "The east-west line is partly financed by loans from Japan, which also helped fund the first line.",
        ]),
    # Aftenposten: NTB copy, "Publisert"/"Oppdatert" stamps (the update on the next day), "(©NTB)" sign-off.
    rec(cluster="aftenposten-ntb-tromso-terminal", role="single",
        file="aftenposten_ntb_tromso_lufthavn_terminal_no.html", render="html", site=SITE_AP,
        title="Avinor vil bygge ut terminalen på Tromsø lufthavn", date="2025-01-27",
        country="NO", region="europe", lang="no", agency="NTB", section="Nyheter", meta_section="Nyheter",
        url="https://www.aftenposten.example.no/norge/i/Xk7pQ2/avinor-vil-bygge-ut-terminalen-paa-tromsoe-lufthavn",
        description="Utbyggingen skal gi plass til flere passasjerer og bedre forhold for utenlandstrafikken.",
        published="2025-01-27T21:14:00+01:00", modified="2025-01-28T08:02:00+01:00",
        ld_author=[{"@type": "Organization", "name": "NTB"}],
        byline_lines=["NTB"], date_lines=["Publisert: 27.01.2025 21:14", "Oppdatert: 28.01.2025 08:02"],
        caption="Passasjerer i avgangshallen på Tromsø lufthavn.", credit="Torbjørn Aasland / NTB",
        credit_shown="Foto: Torbjørn Aasland / NTB",
        inserts={4: [("ad", "Annonse")]},
        end_lines=["(\u00a9NTB)"],
        lists=[("Mest lest", ["Strømprisen stiger igjen i Sør-Norge", "Ny rekord for elbilsalget i januar"])],
        paras=P("""
Avinor planlegger å utvide terminalen på Tromsø lufthavn for rundt 2,4 milliarder kroner.

Utbyggingen skal gi plass til flere passasjerer og bedre forhold for utenlandstrafikken, som har økt kraftig de
siste årene.

Det opplyser selskapet i en pressemelding mandag.

Tromsø lufthavn hadde i fjor over 2,6 millioner passasjerer, og flyplassen er en av de travleste i Nord-Norge.

Særlig vinterturismen har ført til at terminalen er for liten i perioder, med lange køer ved sikkerhetskontrollen
og bagasjebåndene.

– Vi må ta høyde for at trafikken fortsetter å vokse, sier lufthavnsjef Hanne Bergsli til NTB.

Planen er å bygge et nytt område for utenlandsreisende og flere utganger mot flyene.

Byggearbeidene kan etter planen starte i 2027 og være ferdige i 2030.

Utbyggingen må godkjennes av Samferdselsdepartementet før den kan settes i gang.

Flyplassen fikk sist en større utvidelse i 2011, men passasjertallet har siden økt med nesten en million i året.

Tromsø kommune har også bedt om bedre bussforbindelse mellom sentrum og lufthavnen.
"""),
        must_have=[
            "Særlig vinterturismen har ført til at terminalen er for liten i perioder, med lange køer ved sikkerhetskontrollen og bagasjebåndene.",
            "Byggearbeidene kan etter planen starte i 2027 og være ferdige i 2030.",
        ]),
    # Channels Television (Nigeria): staff, the only visible stamp is an "Updated" line on the day of publication.
    rec(cluster="channels-lagos-ikorodu-ferry-terminal", role="single",
        file="channelstv_lagos_ikorodu_ferry_terminal.html", render="html", site=SITE_CHANNELS,
        title="Lagos Opens New Ferry Terminal In Ikorodu To Ease Road Traffic", date="2025-05-20",
        country="NG", region="africa", lang="en", authors=["Adaeze Nwankwo"], section="News", meta_section="News",
        url="https://www.channelstv.example.com/2025/05/20/lagos-opens-new-ferry-terminal-in-ikorodu-to-ease-road-traffic/",
        description="The terminal can handle up to 3,000 passengers daily.",
        published="2025-05-20T16:42:00+01:00", modified="2025-05-20T18:05:00+01:00",
        breadcrumbs=["Home", "News"],
        byline_lines=["Adaeze Nwankwo"], date_lines=["Updated May 20, 2025"],
        caption="Passengers board a ferry at the new Ikorodu terminal.", credit="Channels TV/Kayode Ajibola",
        credit_shown="Photo: Channels TV/Kayode Ajibola",
        inserts={3: [("ad", "Advertisement")]},
        tags=("Tags", ["Ikorodu", "Lagos", "LASWA", "Water Transport"]),
        lists=[("RELATED", ["Lagos Blue Line Records Two Million Passengers", "FG Approves Dredging Of Lagos Lagoon Channels"])],
        paras=P("""
The Lagos State Government has opened a new ferry terminal in Ikorodu as part of efforts to move more commuters
from the roads to the state's waterways.

The terminal, located at Ebute-Ojo, can handle up to 3,000 passengers daily and has a waiting area, ticketing booths
and parking space for about 200 vehicles.

Officials of the Lagos State Waterways Authority (LASWA) said ferries from the terminal would sail to Falomo, Five
Cowries and the Lagos Island Marina.

A trip from Ikorodu to Lagos Island by road can take more than three hours during rush hour.

The General Manager of LASWA said the ferries would cut the journey to about 45 minutes.

Commuters at the opening welcomed the project but called for lower fares.

"The ferry is faster, but many workers cannot afford N2,000 every day," said Tunde Alabi, a civil servant who lives
in Ikorodu.

The state government said all passengers would be required to wear life jackets and that boats would not sail after
dark.

Lagos has in recent years invested in new jetties and boats, but water transport still accounts for a small share of
daily trips in the city.
"""),
        must_have=[
            "The terminal, located at Ebute-Ojo, can handle up to 3,000 passengers daily and has a waiting area, ticketing booths and parking space for about 200 vehicles.",
            "The state government said all passengers would be required to wear life jackets and that boats would not sail after dark.",
        ]),
    # Corriere delle Alpi: ANSA copy, "(ANSA) - CITY, DD MMM - " dateline, ANSA copyright sign-off.
    rec(cluster="corrierealpi-ansa-cortina-parcheggio", role="single",
        file="corrierealpi_ansa_cortina_parcheggio_interrato_it.html", render="html", site=SITE_CDA,
        title="Cortina, al via i lavori per il nuovo parcheggio interrato vicino allo stadio del ghiaccio",
        date="2025-04-08", dateline="(ANSA) - CORTINA D'AMPEZZO, 08 APR - ", city="Cortina d'Ampezzo",
        country="IT", region="europe", lang="it", agency="ANSA", section="Cortina", meta_section="Cortina",
        url="https://www.corrierealpi.example.it/cortina/2025/04/08/news/cortina-lavori-parcheggio-interrato-stadio-ghiaccio-1234567/",
        description="L'opera da 420 posti dovrebbe essere completata entro la fine dell'anno.",
        published="2025-04-08T15:26:00+02:00",
        ld_author=[{"@type": "Organization", "name": "ANSA"}],
        byline_lines=["ANSA"], date_lines=["08 aprile 2025"],
        caption="Il cantiere vicino allo stadio del ghiaccio di Cortina", credit="ANSA", credit_shown="(ANSA)",
        end_lines=["Riproduzione riservata \u00a9 Copyright ANSA"],
        lists=[("Le più lette", ["Belluno, chiusa per frana la strada per il Nevegal", "Feltre, nuovo reparto all'ospedale Santa Maria del Prato"])],
        paras=P("""
Sono partiti oggi i lavori per la costruzione di un parcheggio interrato da 420 posti nei pressi dello stadio
Olimpico del ghiaccio di Cortina d'Ampezzo.

L'opera, dal costo di circa 18 milioni di euro, dovrebbe essere completata entro la fine dell'anno, in vista dei
Giochi olimpici e paralimpici invernali del 2026.

Il parcheggio si svilupperà su tre piani e sarà collegato al centro del paese con un percorso pedonale coperto.

Durante i lavori, via dello Stadio sarà chiusa al traffico e i bus di linea seguiranno un percorso alternativo.

Il sindaco ha spiegato che il nuovo parcheggio servirà a ridurre il traffico nel centro durante l'alta stagione,
quando la popolazione del paese si moltiplica.

Alcuni residenti hanno però espresso preoccupazione per il rumore dei cantieri, che si sommano a quelli già aperti
per le opere olimpiche.

Il Comune ha assicurato che i lavori più rumorosi si svolgeranno soltanto nei giorni feriali.

Una parte dei posti sarà riservata ai residenti con abbonamento annuale.
"""),
        must_have=[
            "Il parcheggio si svilupperà su tre piani e sarà collegato al centro del paese con un percorso pedonale coperto.",
            "Il Comune ha assicurato che i lavori più rumorosi si svolgeranno soltanto nei giorni feriali.",
        ]),
    # Extra (Globo): staff, "Por NAME — Rio de Janeiro" byline, relative "Atualizado há" stamp, "— Foto:" credit.
    rec(cluster="extra-brt-campo-grande-estacao", role="single",
        file="extra_brt_campo_grande_estacao_reabre_pt.html", render="html", site=SITE_EXTRA,
        title="Estação do BRT em Campo Grande reabre após oito meses de reforma", date="2025-06-24",
        country="BR", region="americas", lang="pt", authors=["Thiago Menezes"], section="Rio", meta_section="Rio",
        url="https://extra.globo.example.com/rio/noticia/2025/06/estacao-do-brt-em-campo-grande-reabre-apos-oito-meses-de-reforma.ghtml",
        description="A reforma incluiu a troca das portas automáticas e a instalação de novas catracas.",
        published="2025-06-24T05:00:00-03:00", modified="2025-06-24T11:20:00-03:00",
        dek="Passageiros precisaram caminhar até a estação seguinte durante as obras",
        byline_lines=["Por Thiago Menezes \u2014 Rio de Janeiro"], date_lines=["24/06/2025 05h00", "Atualizado há 3 horas"],
        caption="Passageiros na estação Campo Grande do BRT, reaberta nesta terça-feira", credit="Thales Moura / Agência O Globo",
        credit_shown="\u2014 Foto: Thales Moura / Agência O Globo",
        inserts={3: [("ad", "Publicidade")]},
        lists=[("Mais lidas no Extra", ["Concurso da prefeitura do Rio abre inscrições", "Calor volta ao Rio no fim de semana"])],
        paras=P("""
A estação Campo Grande do BRT Transoeste reabriu nesta terça-feira, depois de oito meses fechada para obras de
recuperação.

Segundo a prefeitura, a reforma incluiu a troca das portas automáticas, a instalação de novas catracas e a
recuperação do piso e da cobertura.

A obra custou cerca de R$ 6,5 milhões.

Durante o fechamento, passageiros precisavam caminhar até a estação seguinte ou pegar ônibus alimentadores para
embarcar.

— Era muito cansativo, principalmente para quem volta do trabalho à noite — contou a auxiliar de limpeza Marlene
Pereira, de 52 anos.

A estação recebe cerca de 18 mil passageiros por dia, de acordo com a Mobi-Rio, empresa municipal que opera o
sistema.

A prefeitura informou que outras quatro estações do corredor devem passar por reformas semelhantes até o fim do
ano.

O BRT Transoeste liga a Barra da Tijuca a Santa Cruz e Campo Grande, na Zona Oeste da cidade.

Passageiros ouvidos pela reportagem também cobraram mais segurança nos acessos à estação à noite.
"""),
        must_have=[
            "A obra custou cerca de R$ 6,5 milhões.",
            "A prefeitura informou que outras quatro estações do corredor devem passar por reformas semelhantes até o fim do ano.",
        ]),
    # Acadie Nouvelle (New Brunswick): staff, French-Canadian page, newsletter box and subscriber-only comments.
    rec(cluster="acadienouvelle-caraquet-quai", role="single",
        file="acadienouvelle_caraquet_quai_pecheurs_fr.html", render="html", site=SITE_ACADIE,
        title="Caraquet: le quai des pêcheurs sera agrandi d'ici 2027", date="2025-03-25",
        country="CA", region="americas", lang="fr", authors=["Sylvain Thériault"], section="Actualités", meta_section="Actualités",
        url="https://www.acadienouvelle.example.com/actualites/2025/03/25/caraquet-le-quai-des-pecheurs-sera-agrandi/",
        description="Les travaux, évalués à 14,5 millions $, prévoient l'ajout d'une centaine de mètres de quai.",
        published="2025-03-25T17:32:00-03:00",
        byline_lines=["Sylvain Thériault"], date_lines=["25 mars 2025 à 17h32"],
        caption="Des bateaux de pêche amarrés au quai de Caraquet.", credit="Sylvie Doucet",
        credit_shown="(Photo : Sylvie Doucet)",
        inserts={4: [("ad", "Publicité")]},
        newsletter_end=["Infolettre", "Recevez les nouvelles de l'Acadie chaque matin dans votre boîte courriel.", "Je m'inscris"],
        comments=["Commentaires", "Vous devez être abonné pour commenter."],
        paras=P("""
Le quai des pêcheurs de Caraquet sera agrandi et réparé au cours des deux prochaines années, a annoncé mardi Pêches
et Océans Canada.

Les travaux, évalués à 14,5 millions $, prévoient l'ajout d'une centaine de mètres de quai et le dragage du bassin.

Le port abrite l'une des plus importantes flottes de pêche au crabe des neiges de la Péninsule acadienne.

Depuis plusieurs années, les pêcheurs se plaignent du manque d'espace pour amarrer leurs bateaux durant la saison.

«On est rendus à attacher les bateaux trois de large», illustre Roger Chiasson, président de l'administration
portuaire locale.

Le quai a aussi été endommagé lors du passage de la tempête post-tropicale Fiona, en 2022.

Les travaux de dragage doivent commencer cet automne, après la fin de la saison de pêche.

La Ville de Caraquet dit souhaiter profiter du projet pour aménager un sentier piétonnier le long de la baie.

Le ministère fédéral n'a pas précisé si les frais d'amarrage augmenteraient une fois les travaux terminés.
"""),
        must_have=[
            "Les travaux, évalués à 14,5 millions $, prévoient l'ajout d'une centaine de mètres de quai et le dragage du bassin.",
            "Les travaux de dragage doivent commencer cet automne, après la fin de la saison de pêche.",
        ]),
    # Defimedia (Mauritius, gzipped): staff, story set in the Chagos archipelago, WordPress comment form.
    rec(cluster="defimedia-chagos-boddam-cimetiere", role="single",
        file="defimedia_chagos_boddam_cimetiere_fr.html.gz", render="html", site=SITE_DEFI,
        title="Chagos : le cimetière de l'île Boddam restauré par une équipe de Chagossiens", date="2025-05-06",
        country="IO", region="africa", lang="fr", authors=["Priya Jeetun"], section="Société", meta_section="Société",
        url="https://defimedia.example.info/chagos-le-cimetiere-de-lile-boddam-restaure-par-une-equipe-de-chagossiens",
        description="Les participants ont nettoyé les tombes et réparé le mur d'enceinte de la chapelle.",
        published="2025-05-06T10:15:00+04:00",
        breadcrumbs=["Accueil", "Société"],
        byline_lines=["Par Priya Jeetun"], date_lines=["6 mai 2025 - 10:15"],
        caption="Des membres de l'équipe devant la chapelle de l'île Boddam.", credit="Comité des Chagossiens",
        credit_shown="Photo : Comité des Chagossiens",
        inserts={3: [("ad", "Publicité")]},
        tags=("Tags :", ["Chagos", "Boddam", "Chagossiens"]),
        lists=[("À lire aussi", ["Port-Louis : le nouveau terminal de croisière ouvrira en juillet", "Météo : un hiver plus doux que la normale"])],
        comments=["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"],
        paras=P("""
Une équipe de douze Chagossiens a achevé la restauration du vieux cimetière de l'île Boddam, dans l'atoll de
Salomon, au terme d'une mission de trois semaines dans l'archipel des Chagos.

Les participants ont nettoyé les tombes envahies par la végétation, redressé les croix et réparé le mur d'enceinte
de la chapelle.

La mission a été organisée par le Comité des Chagossiens avec le soutien du gouvernement mauricien.

Les habitants de l'archipel ont été déplacés vers Maurice et les Seychelles entre 1967 et 1973, lors de la création
de la base militaire de Diego Garcia.

Plusieurs membres de l'équipe n'étaient pas retournés sur l'île depuis leur enfance.

«J'ai retrouvé la tombe de mon grand-père», confie, émue, Marie-Josée Louis, 71 ans.

Le bateau affrété pour la mission a quitté Port-Louis à la mi-avril et a fait escale à Peros Banhos avant de
rejoindre Salomon.

Les organisateurs espèrent mener une mission similaire chaque année, notamment pour entretenir les cimetières des
autres îles de l'archipel.

La question des visites régulières vers les îles extérieures fait partie des discussions en cours entre Maurice et
le Royaume-Uni.
"""),
        must_have=[
            "Les participants ont nettoyé les tombes envahies par la végétation, redressé les croix et réparé le mur d'enceinte de la chapelle.",
            "Les organisateurs espèrent mener une mission similaire chaque année, notamment pour entretenir les cimetières des autres îles de l'archipel.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, Caixin Global: staff, two writers, "Contact reporter ... and editor ..." line, app and newsletter lines.
    rec(cluster="caixin-chongqing-monorail-line3", role="single", file="newsplease_caixin_chongqing_monorail_line3.json",
        render="newsplease", title="Chongqing Monorail Operator Plans 12 New Stations on Busiest Line",
        date="2025-06-09", country="CN", region="asia", lang="en", authors=["Qian Ruoxi", "Dong Yihan"],
        editors=["Heather Lindqvist"],
        url="https://www.caixinglobal.example.com/2025-06-09/chongqing-monorail-operator-plans-12-new-stations-on-busiest-line-102331234.html",
        source_domain="www.caixinglobal.example.com",
        description="The extension of Line 3 will add about 19 kilometers of track.",
        np_authors=["Qian Ruoxi", "Dong Yihan"], np_publish="2025-06-09 21:15:00", np_download="2025-06-10 02:41:17",
        head_lines=["By Qian Ruoxi and Dong Yihan", "Jun 09, 2025 09:15 PM", "BUSINESS & TECH"],
        tail_lines=["Contact reporter Qian Ruoxi (ruoxiqian@caixin.example.com) and editor Heather Lindqvist (heatherlindqvist@caixin.example.com)",
                    "Download our app to receive breaking news alerts and read the news on the go.",
                    "Get our weekly free Must-Read newsletter."],
        paras=P("""
The operator of Chongqing's monorail network plans to add 12 stations to its busiest line as the southwestern
megacity struggles to cope with growing ridership, according to a planning document released Monday.

The extension of Line 3, which runs through the city's hilly urban core, will add about 19 kilometers of track and is
expected to cost 16 billion yuan ($2.2 billion).

Line 3 is already one of the longest monorail lines in the world and carried an average of 850,000 passengers a day
last year, the document said.

Chongqing's steep terrain makes conventional subways expensive to build, which helped make monorails a key part of
the city's transit system.

The plan still needs approval from the National Development and Reform Commission, China's top economic planner.

Local governments across China have been told to scale back costly infrastructure projects amid mounting debt, and
several cities have had subway plans delayed or rejected in recent years.

Chongqing's rail transit operator reported a net loss of 2.1 billion yuan last year, according to its bond
prospectus.

Analysts said the extension could help ease crowding but would add to the operator's financial burden.
"""),
        must_have=[
            "The plan still needs approval from the National Development and Reform Commission, China's top economic planner.",
            "Analysts said the extension could help ease crowding but would add to the operator's financial burden.",
        ]),
    # news-please, Iowa Capital Dispatch (States Newsroom): "By: NAME - DATE TIME" line, republishing notice, network footer.
    rec(cluster="iowacapitaldispatch-rural-bridges", role="single", file="newsplease_iowacapitaldispatch_rural_bridges.json",
        render="newsplease", title="Iowa DOT plans to replace 14 rural bridges with weight limits",
        date="2025-11-18", country="US", region="americas", lang="en", authors=["Dylan Marquardt"],
        url="https://iowacapitaldispatch.example.com/2025/11/18/iowa-dot-plans-to-replace-14-rural-bridges-with-weight-limits/",
        source_domain="iowacapitaldispatch.example.com",
        description="Some farmers take detours of 20 miles or more during harvest.",
        np_authors=["Dylan Marquardt"], np_publish="2025-11-18 17:45:00", np_download="2025-11-19 06:12:08",
        head_lines=["By: Dylan Marquardt - November 18, 2025 5:45 pm"],
        tail_lines=["Our stories may be republished online or in print under Creative Commons license CC BY-NC-ND 4.0. We ask that you edit only for style or to shorten, provide proper attribution and link to our website.",
                    "Dylan Marquardt covers agriculture, transportation and rural issues for Iowa Capital Dispatch.",
                    "Iowa Capital Dispatch is part of States Newsroom, a nonprofit news network supported by grants and a coalition of donors as a 501c(3) public charity. Iowa Capital Dispatch maintains editorial independence. Contact Editor Joanne Kessler for questions: info@iowacapitaldispatch.example.com. Follow Iowa Capital Dispatch on Facebook and X."],
        paras=P("""
The Iowa Department of Transportation plans to replace 14 bridges on state highways over the next four years after
inspections found they could no longer safely carry heavy farm equipment and grain trucks.

The bridges, most of them built in the 1950s and 1960s, are in rural counties in northern and western Iowa.

All of them currently have posted weight limits, forcing some farmers to take detours of 20 miles or more during
harvest.

The replacements are expected to cost about $96 million, with most of the money coming from federal highway funds,
according to a draft of the department's five-year construction program.

"When a bridge is posted, it affects everybody who farms on the other side of it," said Carla Vogt, who farms near
Algona and serves on a county road advisory group.

Iowa has one of the highest numbers of structurally deficient bridges in the country, though most are on county
roads rather than state highways.

The Iowa Transportation Commission is scheduled to vote on the construction program in June.

Public comments on the draft can be submitted online through Dec. 31.
"""),
        must_have=[
            "The bridges, most of them built in the 1950s and 1960s, are in rural counties in northern and western Iowa.",
            "The Iowa Transportation Commission is scheduled to vote on the construction program in June.",
        ]),
    # news-please, Hokitika Guardian (West Coast, NZ): staff, writer over weekday date, e-edition line.
    rec(cluster="hokitikaguardian-gorge-car-park", role="single", file="newsplease_hokitikaguardian_gorge_car_park.json",
        render="newsplease", title="Hokitika Gorge car park to be expanded before summer",
        date="2025-02-20", country="NZ", region="oceania", lang="en", authors=["Brenda Kilgour"],
        url="https://www.hokitikaguardian.example.co.nz/news/hokitika-gorge-car-park-to-be-expanded-before-summer/",
        source_domain="www.hokitikaguardian.example.co.nz",
        description="About 1100 people a day visited the gorge in January.",
        np_authors=["Brenda Kilgour"], np_publish="2025-02-20 16:30:00", np_download="2025-02-21 01:02:44",
        head_lines=["Brenda Kilgour", "Thursday, 20 February 2025"],
        tail_lines=["Share this article", "Subscribe to the Hokitika Guardian e-edition"],
        paras=P("""
The car park at the Hokitika Gorge will be expanded before next summer after visitor numbers at the popular scenic
reserve hit a record over the holiday period.

The Department of Conservation said about 1100 people a day visited the gorge in January, and cars were regularly
parked along the road leading to the reserve.

The expansion will add around 60 car parks and ten spaces for campervans, along with new toilets.

Westland District Council has agreed to contribute $250,000 towards the project, with the rest coming from the
tourism infrastructure fund.

A DOC ranger said visitors parking on the roadside were creating a safety risk for drivers and pedestrians.

Local farmer Graham Tait, whose property borders the road, said campervans often blocked access to his paddocks.

Work is expected to start in April and finish by October.

The gorge, about 33km from Hokitika, is known for its turquoise water and swing bridge.
"""),
        must_have=[
            "The expansion will add around 60 car parks and ten spaces for campervans, along with new toilets.",
            "Work is expected to start in April and finish by October.",
        ]),
    # trafilatura, Fanpage.it: staff, "A cura di NAME" credit line, first category "Napoli".
    rec(cluster="fanpage-napoli-funicolare-chiaia", role="single", file="trafilatura_fanpage_napoli_funicolare_chiaia.json",
        render="trafilatura", title="Napoli, la funicolare di Chiaia riapre dopo otto mesi di lavori",
        date="2025-10-15", country="IT", region="europe", lang="it", authors=["Giulia Esposito"], section="Napoli",
        url="https://www.fanpage.example.it/napoli/napoli-la-funicolare-di-chiaia-riapre-dopo-otto-mesi-di-lavori/",
        hostname="www.fanpage.example.it", source_hostname="Fanpage",
        description="Gli interventi hanno riguardato funi, sistemi di sicurezza e vetture.",
        tf_author="Giulia Esposito", tf_date="2025-10-15", tf_language="it", categories="Napoli;Cronaca",
        tf_tags="funicolare;ANM;Vomero",
        head_lines=["A cura di Giulia Esposito", "Pubblicato il 15 Ottobre 2025, 13:40"],
        tail_lines=["Iscriviti al canale WhatsApp di Fanpage.it", "Hai una segnalazione? Scrivi a segnalazioni@fanpage.example.it"],
        paras=P("""
Dopo otto mesi di chiusura per lavori di manutenzione straordinaria, la funicolare di Chiaia torna in servizio da
domani mattina.

Lo ha annunciato l'ANM, l'azienda napoletana della mobilità, che gestisce l'impianto.

Gli interventi hanno riguardato la sostituzione delle funi, l'ammodernamento dei sistemi di sicurezza e il restauro
delle due vetture.

La funicolare collega il quartiere di Chiaia con il Vomero e trasporta, in condizioni normali, circa 12mila
passeggeri al giorno.

Durante la chiusura era stato attivato un servizio di bus sostitutivo, che però non è bastato a evitare disagi,
soprattutto nelle ore di punta.

Per i primi giorni, l'impianto funzionerà dalle 7 alle 22, con corse ogni dieci minuti.

Dal mese prossimo l'orario sarà esteso fino all'una di notte nel fine settimana.

L'azienda ha spiegato che i lavori sono stati finanziati in gran parte con fondi del Pnrr.

Entro la primavera dovrebbero concludersi anche gli interventi sulla funicolare di Montesanto, chiusa dallo scorso
luglio.
"""),
        must_have=[
            "Gli interventi hanno riguardato la sostituzione delle funi, l'ammodernamento dei sistemi di sicurezza e il restauro delle due vetture.",
            "Per i primi giorni, l'impianto funzionerà dalle 7 alle 22, con corse ogni dieci minuti.",
        ]),
    # trafilatura, Globes (English edition): staff, '"Globes" has learned', "Published by Globes" closing line.
    rec(cluster="globes-tel-aviv-purple-line-delay", role="single", file="trafilatura_globes_purple_line_delay.json",
        render="trafilatura", title="Tel Aviv Purple Line opening postponed again",
        date="2025-07-08", country="IL", region="asia", lang="en", authors=["Noa Ben-Haim"], section="Infrastructure",
        url="https://en.globes.example.co.il/en/article-tel-aviv-purple-line-opening-postponed-again-1001512345",
        hostname="en.globes.example.co.il", source_hostname="Globes",
        description="The line is now expected to begin operating in 2028.",
        tf_author="Noa Ben-Haim", tf_date="2025-07-08", tf_language="en", categories="Infrastructure;Israel News",
        tf_tags="light rail;NTA;Tel Aviv",
        head_lines=["By Noa Ben-Haim", "8 Jul, 2025 16:32"],
        tail_lines=["Published by Globes, Israel business news - en.globes.co.il - on July 8, 2025. \u00a9 Copyright of Globes Publisher Itonut (1983) Ltd., 2025."],
        paras=P("""
The opening of the Purple Line of the Tel Aviv light rail has been postponed again, and the line is now expected to
begin operating in 2028, "Globes" has learned.

NTA Metropolitan Mass Transit System, the government company responsible for the project, had previously said the
line would open at the end of 2027.

According to sources involved in the project, the delay stems from problems with the relocation of infrastructure
along Ibn Gvirol Street and from a shortage of foreign workers.

The Purple Line is planned to run for 27 kilometers between Tel Aviv, Ramat Gan, Givatayim, Bnei Brak and Yehud.

The project's budget has grown to about NIS 19 billion, compared with an original estimate of NIS 11 billion.

NTA said in response that it was working to minimize the delays and that most of the civil engineering work would be
completed next year.

The Red Line, the first line of the Tel Aviv light rail, opened in August 2023 after years of delays.

The Green Line is also under construction and is expected to open in stages from 2028.
"""),
        must_have=[
            "The Purple Line is planned to run for 27 kilometers between Tel Aviv, Ramat Gan, Givatayim, Bnei Brak and Yehud.",
            "NTA said in response that it was working to minimize the delays and that most of the civil engineering work would be completed next year.",
        ]),
    # trafilatura, Hufvudstadsbladet (Swedish-language Finland): staff, "Publicerad" stamp, first category "Nyheter".
    rec(cluster="hbl-borga-gang-cykelbro", role="single", file="trafilatura_hbl_borga_cykelbro_sv.json",
        render="trafilatura", title="Borgå bygger ny gång- och cykelbro över ån",
        date="2025-09-23", country="FI", region="europe", lang="sv", authors=["Linnea Sundqvist"], section="Nyheter",
        url="https://www.hbl.example.fi/artikel/borga-bygger-ny-gang-och-cykelbro-over-an/",
        hostname="www.hbl.example.fi", source_hostname="Hufvudstadsbladet",
        description="Bron blir omkring 110 meter lång och kostar cirka 6,8 miljoner euro.",
        tf_author="Linnea Sundqvist", tf_date="2025-09-23", tf_language="sv", categories="Nyheter;Borgå",
        tf_tags="Borgå;trafik;cykling",
        head_lines=["Linnea Sundqvist", "Publicerad 23.09.2025 14:05"],
        tail_lines=["Dela", "Kommentera artikeln", "Mer om ämnet"],
        paras=P("""
Borgå stad ska bygga en ny gång- och cykelbro över Borgå å, mellan Näsebacken och den gamla stadskärnan.

Stadsstyrelsen godkände planen på måndagen.

Bron blir omkring 110 meter lång och kostar enligt beräkningarna cirka 6,8 miljoner euro.

Staden räknar med att få en del av finansieringen från statens program för att främja gång och cykling.

I dag måste cyklister och fotgängare använda den gamla bron eller den trafikerade bron vid riksväg 55, som många
upplever som otrygg.

– Det här kommer att förändra hur folk rör sig i centrum, säger stadsplaneraren Mikael Forsblom.

Bygget ska enligt planen inledas nästa sommar och bron tas i bruk hösten 2027.

En del invånare har kritiserat projektet och menar att pengarna borde användas till skolor och vård i stället.

Under byggtiden kommer strandpromenaden på den västra sidan av ån att vara delvis stängd.

Staden ordnar en invånarkväll om projektet i början av oktober, där ritningarna och tidtabellen presenteras.
"""),
        must_have=[
            "Bron blir omkring 110 meter lång och kostar enligt beräkningarna cirka 6,8 miljoner euro.",
            "Bygget ska enligt planen inledas nästa sommar och bron tas i bruk hösten 2027.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_DK = site("Donaukurier", "https://www.donaukurier.example.de", " | Donaukurier", "de_DE", "@donaukurier",
               ["Ingolstadt", "Region", "Bayern", "Politik", "Wirtschaft", "Sport", "Panorama", "Kultur"],
               ["\u00a9 Donaukurier 2025", "Impressum", "Datenschutz", "Kontakt"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Abo", "E-Paper", "Login"])

JSONL_STORIES = [
    # news-please shape: the AP story on the Hartford Courant (syndicated member of the AP cluster).
    dict(UNION, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.courant.example.com/2025/07/01/union-island-reopens-airport-terminal-a-year-after-hurricane-beryl/",
         source_domain="www.courant.example.com",
         np_authors=["Renée Baptiste"], np_publish="2025-07-01 15:18:00", np_download="2025-07-02 04:10:31",
         head_lines=["By RENÉE BAPTISTE | The Associated Press",
                     "PUBLISHED: July 1, 2025 at 3:18 PM EDT | UPDATED: July 1, 2025 at 5:02 PM EDT"],
         tail_lines=[UNION_CONTRIB, AP_RIGHTS, "Originally Published: July 1, 2025 at 3:18 PM EDT"]),
    # newsbeam text shape: Broadcom Broadcasting (Tonga), staff; crawler stamp in UTC is already the next day in Tonga.
    rec(cluster="broadcom-vavau-wharf-repairs", role="single", file=JSONL_A, render="newsbeam",
        title="Vava'u wharf repairs to begin next month",
        date="2025-09-04", country="TO", region="oceania", lang="en", authors=["Sela Vaipulu"],
        url="https://www.broadcom.example.to/vavau-wharf-repairs-to-begin-next-month/",
        nb_published="2025-09-03T20:30:00Z", outlet="Broadcom Broadcasting", nb_authors=["Sela Vaipulu"],
        head_lines=["Written by Sela Vaipulu", "September 4, 2025"],
        tail_lines=["Share this:", "Facebook", "X"],
        paras=P("""
Repairs to the main wharf in Neiafu, Vava'u, will begin next month after the structure was damaged during a storm
earlier this year.

The Ministry of Infrastructure said the work would include replacing damaged fenders, repairing cracks in the concrete
deck and installing new lighting.

The project is expected to cost about TOP$3.8 million and will be funded with support from development partners.

The wharf is used by inter-island ferries, cargo ships and cruise ships that visit Vava'u during the whale-watching
season.

Ferry services will continue during the repairs, but passengers have been advised to expect delays when ships are
loading and unloading.

Local business owners said the repairs were urgently needed because the wharf is the main link for goods coming from
Nuku'alofa.

The ministry said the work should be completed before the start of the cyclone season in November.

Officials also plan to build a covered waiting area for ferry passengers once the repairs are finished.
"""),
        must_have=[
            "The Ministry of Infrastructure said the work would include replacing damaged fenders, repairing cracks in the concrete deck and installing new lighting.",
            "Ferry services will continue during the repairs, but passengers have been advised to expect delays when ships are loading and unloading.",
        ]),
    # newsbeam html shape: the dpa story on Donaukurier (syndicated member of the dpa cluster), "Stand" stamp, crawler UTC stamp.
    dict(WINDHUK, role="syndicated", file=JSONL_B, render="newsbeam", nb_html=True, site=SITE_DK,
         section="Panorama", meta_section="Panorama",
         url="https://www.donaukurier.example.de/panorama/duerre-in-namibia-windhuk-baut-wasser-recycling-aus-15123456",
         published="2025-02-18T14:06:00+01:00",
         nb_published="2025-02-18T13:06:00Z", outlet="Donaukurier", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "dpa"}],
         byline_lines=["dpa"], date_lines=["18.02.2025 | Stand 18.02.2025, 14:06 Uhr"],
         inserts={4: [("ad", "Anzeige")]},
         end_lines=[DPA_CODE]),
    # trafilatura shape: the EFE story on Expreso (Ecuador; syndicated member of the EFE cluster), first category "Mundo".
    dict(ASUNCION, role="syndicated", file=JSONL_B, render="trafilatura", section="Mundo",
         url="https://www.expreso.example.ec/actualidad/mundo/asuncion-incorpora-30-autobuses-electricos-transporte-publico-254321.html",
         hostname="www.expreso.example.ec", source_hostname="Expreso",
         tf_author="EFE", tf_date="2025-09-09", tf_language="es", categories="Mundo;Actualidad",
         tf_tags="Paraguay;Transporte",
         head_lines=["EFE", "09 Sep 2025 - 13:40"],
         tail_lines=["Para más contenido de calidad SUSCRÍBETE A EXPRESO"]),
    # news-please shape: The EastAfrican, staff, upper-case byline over the masthead name.
    rec(cluster="eastafrican-bujumbura-port-expansion", role="single", file=JSONL_B, render="newsplease",
        title="Burundi to expand Bujumbura port as lake cargo grows",
        date="2025-08-19", country="BI", region="africa", lang="en", authors=["Jean-Claude Ndayisaba"],
        url="https://www.theeastafrican.example.co.ke/tea/business-tech/burundi-to-expand-bujumbura-port-as-lake-cargo-grows-4987654",
        source_domain="www.theeastafrican.example.co.ke",
        description="The $42 million project includes a new container yard and two mobile cranes.",
        np_authors=["Jean-Claude Ndayisaba"], np_publish="2025-08-19 11:05:00", np_download="2025-08-19 20:37:52",
        head_lines=["By JEAN-CLAUDE NDAYISABA", "The EastAfrican", "Tuesday, August 19, 2025"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Related stories"],
        paras=P("""
Burundi plans to expand the port of Bujumbura on Lake Tanganyika to handle more cargo as traders look for cheaper
alternatives to road transport through Tanzania.

The Burundi Ports Authority said the $42 million project would include a new container yard, two mobile cranes and
the rehabilitation of the port's main quay.

Most of Burundi's imports, including fuel, fertiliser and construction materials, arrive by road from the port of
Dar es Salaam, a journey of more than 1,400 kilometres.

Cargo can also be shipped by rail from Dar es Salaam to Kigoma and then across the lake, which traders say is cheaper
but slower.

Officials said traffic at the Bujumbura port rose by about 15 percent last year, helped by increased trade with the
eastern Democratic Republic of Congo and Zambia.

The project will be financed by a regional development bank and is expected to take three years.

Shipping operators on the lake have long complained about old vessels and a lack of dry docks for repairs.

Burundi is also working with Tanzania on a railway that would eventually link it to the Indian Ocean coast.
"""),
        must_have=[
            "The Burundi Ports Authority said the $42 million project would include a new container yard, two mobile cranes and the rehabilitation of the port's main quay.",
            "Shipping operators on the lake have long complained about old vessels and a lack of dry docks for repairs.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fortieth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: CNA's 05 Aug 2025 12:40AM (+08:00) is 4 August in "
    "UTC and in Jakarta but stays 5 August, and its '(Updated: ...)' part is an update; the Broadcom crawler stamp "
    "2025-09-03T20:30Z is 09:30 on 4 September in Tonga (UTC+13), the date the page prints; the Donaukurier crawler "
    "stamp 13:06Z is 14:06 in the page's +01:00; Aftenposten's 'Oppdatert: 28.01.2025' and Extra's 'Atualizado há 3 "
    "horas' are updates, not the publication; Channels Television shows only 'Updated May 20, 2025', which is the "
    "day of first publication (article:published_time 2025-05-20); The Himalayan Times' 'A version of this article "
    "appears in the print on March 13, 2025' is the next day's print edition, the web story was published on 12 "
    "March; Levante-EMV prints '14·05·25' (day·month·two-digit year); Kigali Today prints '03-03-2025' and Hufvudstadsbladet "
    "'23.09.2025' day-first; the Hartford Courant's 'PUBLISHED:' and 'Originally Published:' lines give the same date",
    "dateline_city": "'KINGSTOWN, St. Vincent (AP) \u2014 ' -> 'Kingstown' (on both AP copies); 'Windhuk (dpa) - ' -> "
    "'Windhoek' (dpa writes the German name; the label is the English GeoNames name); 'Asunción, 9 sep (EFE).- ' -> "
    "'Asunción'; 'ALICANTE, 14 (EUROPA PRESS)' on a line of its own, with the day of the month only -> 'Alicante'; "
    "'POKHARA, MARCH 12' on a line of its own -> 'Pokhara'; 'WILLEMSTAD - ' -> 'Willemstad'; 'Díli, 21 out 2025 "
    "(Lusa) - ' -> 'Dili' (GeoNames' English spelling); 'KUANTAN: ' and 'JAKARTA: ' -> 'Kuantan', 'Jakarta'; "
    "'(ANSA) - CORTINA D'AMPEZZO, 08 APR - ' -> \"Cortina d'Ampezzo\"; Balkan Insight's byline block 'Elena "
    "Trajkovska / BIRN / Skopje' and Extra's 'Por Thiago Menezes \u2014 Rio de Janeiro' put a place in the byline, "
    "not a dateline in the text (as sample_corpus and the tuned sets label O Globo's byline), so those records have "
    "no dateline city; the other records print no dateline (NTB, the Civil Beat, Albany Advertiser, Kigali Today, "
    "Liberian Observer, Channels Television, Acadie Nouvelle, Defimedia, Caixin, Iowa Capital Dispatch, Hokitika "
    "Guardian, Fanpage.it, Globes, Hufvudstadsbladet, Broadcom and The EastAfrican stories) and take the country of "
    "the story's location",
    "country": "Midway Atoll is in the United States Minor Outlying Islands (UM, region oceania), not in the state of "
    "Hawaii, although the Civil Beat covers it from Honolulu; the Boddam island cemetery is in the Chagos "
    "archipelago, the British Indian Ocean Territory (IO, region africa as in UN M49), although Defimedia is a "
    "Mauritian site and the mission sailed from Port-Louis; Kingstown is in St Vincent and the Grenadines (VC) "
    "although both AP copies run in US papers; the dpa story is about Namibia (NA) and the EFE story about Paraguay "
    "(PY) although the copies run in German, Spanish and Ecuadorian outlets; the Lusa story is about Timor-Leste "
    "(TL) on a Portuguese site; Willemstad is in Curaçao (CW); the Skopje-Bitola line is in North Macedonia (MK); "
    "Borgå (Porvoo) is in Finland (FI) although the paper writes in Swedish; Bujumbura is in Burundi (BI) although "
    "The EastAfrican is published in Nairobi; Vava'u is in Tonga (TO)",
    "agency": "the Lexington Herald-Leader and the Hartford Courant carry AP; the Aachener Zeitung and Donaukurier "
    "carry dpa (byline 'dpa' and the 'dpa-infocom, dpa:...' code line); El Confidencial and Expreso carry EFE; "
    "Levante-EMV carries Europa Press; ECO carries Lusa; Berita Harian carries Bernama ('Oleh Bernama'); CNA "
    "carries Reuters (dateline in CNA's 'JAKARTA: ' house style, 'Source: Reuters/fh' line, Reuters credits not "
    "printed); Aftenposten carries NTB ('NTB' byline, '(\u00a9NTB)' sign-off); the Corriere delle Alpi carries "
    "ANSA; all other records are staff copy (agency null). The photo credits 'Kerstin Lohmann/dpa', 'EFE/Nicolás "
    "Benítez', 'REUTERS/Dimas Prakoso', 'Torbjørn Aasland / NTB' and 'ANSA' are photo credits; the stories' "
    "agencies come from their bylines, datelines and sign-offs",
    "authors": "the AP story names its writer and the contributor of 'Associated Press journalist Marisol Ortega in "
    "San Juan, Puerto Rico, contributed to this report.' (both authors, on both copies); upper-case bylines ('By "
    "RENÉE BAPTISTE Associated Press' with no separator, 'By RENÉE BAPTISTE | The Associated Press', 'By "
    "JEAN-CLAUDE NDAYISABA') are given in natural case; Caixin's 'By Qian Ruoxi and Dong Yihan' names two writers; "
    "Fanpage.it's 'A cura di Giulia Esposito' is the writer's credit on a short news item -> author 'Giulia "
    "Esposito'; 'By: Dylan Marquardt - November 18, 2025 5:45 pm' (States Newsroom) -> 'Dylan Marquardt'; 'Par "
    "Priya Jeetun', 'Por Thiago Menezes \u2014 Rio de Janeiro' and 'Written by Sela Vaipulu' are 'By' lines in other "
    "words; writer lines over a masthead line ('Jessica Haddon' / 'Albany Advertiser', 'Elena Trajkovska' / 'BIRN' "
    "/ 'Skopje') name the writer only; pages bylined only with an agency or desk ('dpa', 'EFE', 'Europa Press', "
    "'Lusa', 'Oleh Bernama', 'NTB', 'ANSA', 'HIMALAYAN NEWS SERVICE') have no authors; Amigoe, CNA's wire copy "
    "and the other agency pages byline nobody",
    "editors": "Caixin's closing 'Contact reporter Qian Ruoxi (...) and editor Heather Lindqvist (...)' credits the "
    "story's editor, like Bloomberg's 'To contact the editors responsible for this story' -> editor 'Heather "
    "Lindqvist'; the States Newsroom footer 'Contact Editor Joanne Kessler for questions: ...' is the outlet's "
    "standing contact line printed under every story, not an editing credit for this one, so the Iowa Capital "
    "Dispatch record has no editors; the Lusa initials line 'JYN // MIM' names nobody; no other record names an "
    "editor",
    "caption_credit": "credits without their wrapper: 'Foto: Kerstin Lohmann/dpa' -> 'Kerstin Lohmann/dpa'; "
    "'(EFE/Nicolás Benítez)' -> 'EFE/Nicolás Benítez'; '(File photo: REUTERS/Dimas Prakoso)' -> 'REUTERS/Dimas "
    "Prakoso'; 'Foto: Torbjørn Aasland / NTB' -> 'Torbjørn Aasland / NTB'; 'Photo: Channels TV/Kayode Ajibola' -> "
    "'Channels TV/Kayode Ajibola'; '(ANSA)' -> 'ANSA'; '\u2014 Foto: Thales Moura / Agência O Globo' -> 'Thales "
    "Moura / Agência O Globo'; '(Photo : Sylvie Doucet)' (French spacing) -> 'Sylvie Doucet'; 'Photo : Comité des "
    "Chagossiens' -> 'Comité des Chagossiens'; the Albany Advertiser's 'Camera Icon' caption line ends with "
    "'Credit: Laurie Benson/Albany Advertiser' -> 'Laurie Benson/Albany Advertiser' (the icon's label is glued to "
    "the caption text in the scrape and is not part of the caption); the Liberian Observer's '(Photo: Emmanuel "
    "Kpadeh)' -> 'Emmanuel Kpadeh'; the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section; trafilatura records take their first "
    "category; news-please, plain text and newsbeam text records have none (Caixin's 'BUSINESS & TECH' line is "
    "chrome in a news-please record)",
    "language": "Aftenposten is Norwegian Bokmål, labelled 'no' as the earlier sets label Norwegian; "
    "Hufvudstadsbladet writes Swedish in Finland ('sv'); Berita Harian writes Malay ('ms')",
    "chrome": "includes consent banners, subscription and login links, language switchers, listen-to-this-article and "
    "AI-summary lines, app and newsletter promos, WhatsApp channel and tip lines, share bars, ad labels, "
    "read-next and related lists, tag lists, comment gates and comment forms, author bios and RSS lines, donation "
    "appeals, a republishing notice and a newsroom-network footer, print-edition and 'Published by' lines, agency "
    "sign-offs, initials, source and code lines, AP copyright and contributor lines, press-ethics and publisher "
    "copyright lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP in the plain batch, dpa and EFE in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"europa press", "ntb", "bernama", "oleh bernama", "himalayan news service", "the associated press",
                "associated press", "civil beat", "lexington herald-leader", "herald-leader", "hartford courant",
                "levante-emv", "the himalayan times", "amigoe", "albany advertiser", "eco", "berita harian",
                "kigali today", "birn", "balkan insight", "liberian observer", "aachener zeitung", "donaukurier",
                "el confidencial", "expreso", "cna", "aftenposten", "channels television", "channels tv",
                "corriere delle alpi", "extra", "acadie nouvelle", "defimedia", "le défi media group", "caixin",
                "iowa capital dispatch", "states newsroom", "hokitika guardian", "fanpage.it", "fanpage", "globes",
                "hufvudstadsbladet", "hbl", "broadcom broadcasting", "broadcom", "the eastafrican",
                "heather lindqvist", "joanne kessler"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
