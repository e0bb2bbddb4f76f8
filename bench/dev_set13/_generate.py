#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's thirteenth development set (bench/dev_set13/, first written as the tenth held-out set).

    .venv/bin/python bench/dev_set13/_generate.py

Writes ``bench/dev_set13/articles/*`` and ``bench/dev_set13/labels.json``.  Output
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
bench/dev_set12/ do not have.  Do not edit stories or labels to suit the
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
from bench.labelled_pages import P, build  # noqa: E402

# HOLDOUT_NOTES is defined at the end of the story data.


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Belgrade (U.S. News page + copy on a markets portal in a batch) ----

BELGRADE_PARAS = P("""
Serbia's raspberry exports are likely to fall by about a fifth this year after a heatwave in June and hailstorms
in the western hills damaged the harvest, growers and exporters said on Tuesday, pushing up prices for frozen
fruit in European markets.

Serbia is one of the world's largest exporters of frozen raspberries, most of which are grown on small family
plots around Arilje, Ivanjica and Kosjeric and shipped to food processors in Germany, France and Belgium.

Growers in the Arilje area said yields were down by 25% to 40% on plots that were hit by hail in mid-June,
while temperatures above 38 Celsius during picking left many berries too soft to freeze.

"Some families picked half of what they picked last year, and the fruit was small," said Milan Jevtic, who
heads a growers' association in Arilje.

Cold storage operators are paying farmers 420 to 450 dinars ($3.90 to $4.20) per kg for fresh raspberries,
up from about 330 dinars a year ago, according to the association.

Exporters expect total shipments of around 95,000 tonnes in the 2025 season, down from 118,000 tonnes last
year, said Dragana Lukic of the Serbian Fruit Exporters Association.

Buyers in Germany have already raised contract prices for frozen Serbian raspberries by about 15%, traders
said.

The agriculture ministry said it would offer subsidised loans for hail nets and irrigation to growers in the
worst-hit municipalities.
""")

BELGRADE = dict(
    cluster="reuters-belgrade-raspberry-exports",
    title="Serbia's raspberry exports set to fall as heat and hail hit harvest",
    date="2025-07-08",
    dateline="BELGRADE, July 8 (Reuters) - ",
    city="Belgrade",
    country="RS",
    region="europe",
    agency="Reuters",
    authors=["Jelena Vukovic"],
    editors=["Louise Hartley", "Gerald Penfold"],
    lang="en",
    section=None,
    paras=BELGRADE_PARAS,
    must_have=[
        "Exporters expect total shipments of around 95,000 tonnes in the 2025 season, down from 118,000 tonnes last "
        "year, said Dragana Lukic of the Serbian Fruit Exporters Association.",
        "The agriculture ministry said it would offer subsidised loans for hail nets and irrigation to growers in the "
        "worst-hit municipalities.",
    ],
    description="Serbia's frozen raspberry exports are expected to fall to around 95,000 tonnes after hail and heat damaged the harvest.",
)

BELGRADE_CREDITS = "(Reporting by Jelena Vukovic; Editing by Louise Hartley and Gerald Penfold)"

# ---- cluster: AP, Paramaribo (PBS News scrape + copy on a Trinidad paper in a batch) ----

PARAMARIBO_PARAS = P("""
Days of heavy rain have pushed rivers in Suriname's interior over their banks, flooding dozens of villages and
forcing hundreds of families to move to higher ground, officials said Thursday.

The government's disaster management center said about 3,200 people had been affected along the Suriname and
Marowijne rivers, where many Maroon and Indigenous communities can only be reached by boat or small plane.

Water levels at some villages were more than 3 feet (about a meter) above normal, and gardens of cassava and
plantain, which many families depend on for food, were under water, the center said.

"We lost the whole harvest. The river came into the houses in one night," said Josefina Abenaki, a village
leader in the upper Suriname river area.

The military has sent boats with drinking water, rice and hygiene kits, and health workers were checking water
sources for contamination, officials said.

The rains are linked to the start of the long rainy season, which usually runs from late April to mid-August,
but meteorologists said rainfall in the past two weeks was about double the average.

Suriname's interior suffered similar floods in 2022, when the government declared several districts disaster
areas and asked for international help.

Officials said schools in the affected villages would stay closed at least until the end of next week.
""")

PARAMARIBO = dict(
    cluster="ap-paramaribo-interior-floods",
    title="Floods force hundreds of families from villages in Suriname's interior",
    date="2025-05-15",
    dateline="PARAMARIBO, Suriname (AP) \u2014 ",
    city="Paramaribo",
    country="SR",
    region="americas",
    agency="AP",
    authors=["Renata Doorson", "Kerwin Baptiste"],
    editors=[],
    lang="en",
    section=None,
    paras=PARAMARIBO_PARAS,
    must_have=[
        "The military has sent boats with drinking water, rice and hygiene kits, and health workers were checking "
        "water sources for contamination, officials said.",
        "Officials said schools in the affected villages would stay closed at least until the end of next week.",
    ],
    description="About 3,200 people have been affected along the Suriname and Marowijne rivers, officials said.",
)

PARAMARIBO_CONTRIB = "Associated Press writer Kerwin Baptiste in Port of Spain, Trinidad, contributed to this report."

# ---- cluster: EFE, Managua (swissinfo.ch as trafilatura + copy on an Argentine portal in a batch) ----

MANAGUA_PARAS = P("""
El volcán Concepción, ubicado en la isla de Ometepe, en el lago Cocibolca, registró este martes una serie de
explosiones que lanzaron gases y cenizas hasta 1.500 metros de altura, informó el Instituto Nicaragüense de
Estudios Territoriales (Ineter).

Según el reporte oficial, el coloso de 1.610 metros de altura presentó al menos siete explosiones entre la
madrugada y el mediodía, acompañadas de un aumento de la actividad sísmica.

La ceniza cayó principalmente sobre las comunidades de San José del Sur, La Flor y Los Ramos, en el oeste de la
isla, donde las autoridades recomendaron a los pobladores usar mascarillas y proteger las fuentes de agua.

"No hay necesidad de evacuar por ahora, pero pedimos a la población mantenerse atenta a la información
oficial", dijo una vocera del Sistema Nacional para la Prevención, Mitigación y Atención de Desastres.

El Concepción es uno de los volcanes más activos de Nicaragua y ha registrado episodios similares en los
últimos años, sin causar daños mayores.

La isla de Ometepe, con unos 35.000 habitantes, es uno de los principales destinos turísticos del país.

Nicaragua tiene una cadena de volcanes a lo largo del Pacífico, de los cuales siete se consideran activos.
""")

MANAGUA = dict(
    cluster="efe-managua-volcan-concepcion",
    title="El volcán Concepción de Nicaragua registra explosiones de gases y cenizas",
    date="2025-02-18",
    dateline="Managua, 18 feb (EFE).- ",
    city="Managua",
    country="NI",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    paras=MANAGUA_PARAS,
    must_have=[
        "El Concepción es uno de los volcanes más activos de Nicaragua y ha registrado episodios similares en los "
        "últimos años, sin causar daños mayores.",
        "La isla de Ometepe, con unos 35.000 habitantes, es uno de los principales destinos turísticos del país.",
    ],
    description="El Ineter informó de al menos siete explosiones con columnas de hasta 1.500 metros en la isla de Ometepe.",
)

# ---- cluster: Cyprus Mail, reservoirs (page + noisy re-scrape) ----------------------

CYPRUS_PARAS = P("""
Water cuts will be extended to more communities in the Limassol and Larnaca districts from next week, the water
development department said on Monday, as the island's reservoirs fell to their lowest level for the time of
year in more than a decade.

Reservoirs held 47.2 million cubic metres of water, or 16.1 per cent of their capacity, compared with 26 per
cent at the same time last year, according to figures released by the department.

Under the new schedule, households in 22 communities will have their supply cut for eight hours twice a week,
mainly at night, so that tanks can be refilled during the day.

The department said that three mobile desalination units, each able to produce 5,000 cubic metres a day, would
be installed near Limassol by the end of the summer to ease the pressure on the network.

"Every drop counts this year, and we ask people to avoid washing cars and filling swimming pools," a
department official said.

Farmers in the Kokkinochoria area have already been told that irrigation water will be reduced by a third.

Rainfall over the past winter was about 60 per cent of the long-term average, the meteorological department
said.

The agriculture minister is expected to present a support package for affected farmers to the cabinet next
month.
""")

CYPRUS = dict(
    cluster="cyprusmail-reservoirs-water-cuts",
    title="Water cuts extended as reservoirs fall to 16 per cent",
    date="2025-06-02",
    dateline="",
    city=None,
    country="CY",
    region="asia",
    agency=None,
    authors=["Andreas Charalambides"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=CYPRUS_PARAS,
    must_have=[
        "Under the new schedule, households in 22 communities will have their supply cut for eight hours twice a "
        "week, mainly at night, so that tanks can be refilled during the day.",
        "Farmers in the Kokkinochoria area have already been told that irrigation water will be reduced by a third.",
    ],
)

CYPRUS_HEAD = ["By Andreas Charalambides", "June 2, 2025", "0 Comments"]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # AP on PBS News (original of the AP cluster): "By — NAME, Associated Press" byline, share row, contributor line, funder line.
    dict(
        PARAMARIBO,
        role="original",
        file="pbsnews_ap_suriname_interior_floods.txt",
        render="text",
        caption="A man paddles a boat past flooded houses in the village of Pikin Slee, Suriname, Thursday, May 15, 2025.",
        credit="AP Photo/Ravi Ramdin",
        pre=[["PBS News", "Newsletters", "Podcasts", "Live", "Donate"],
             ["Politics", "Arts", "Nation", "World", "Economy", "Science", "Health", "Education"], ["World"]],
        head=[["By \u2014 Renata Doorson, Associated Press"], ["Renata Doorson, Associated Press"],
              ["Leave your feedback"], ["Share", "Copy URL", "Email", "Facebook", "Twitter", "LinkedIn"],
              ["May 15, 2025 4:18 PM EDT"]],
        cap_lines=["A man paddles a boat past flooded houses in the village of Pikin Slee, Suriname, Thursday, May 15, "
                   "2025. (AP Photo/Ravi Ramdin)"],
        tail=[
            [PARAMARIBO_CONTRIB],
            ["Support Provided By: Learn more"],
            ["Educate your inbox", "Subscribe to Here's the Deal, our politics newsletter for analysis you won't find anywhere else."],
            ["Related", "Guyana and Suriname sign deal to share river flood warnings"],
        ],
    ),
    # Cyprus Mail (original of the re-scrape cluster): WordPress cookie notice, "0 Comments" counter, "(NAME)" credit.
    dict(
        CYPRUS,
        role="original",
        file="cyprusmail_reservoirs_water_cuts.txt",
        caption="The Kouris reservoir near Limassol in May",
        credit="Christos Theodorides",
        pre=[["This website uses cookies to improve your experience. We'll assume you're ok with this, but you can "
              "opt-out if you wish. Accept Read More"],
             ["Cyprus Mail", "Cyprus", "World", "Business", "Opinion", "Life & Style", "Sport", "Podcasts"], ["Cyprus"]],
        head=[CYPRUS_HEAD, ["Facebook", "Twitter", "WhatsApp", "Email"]],
        cap_lines=["The Kouris reservoir near Limassol in May (Christos Theodorides)"],
        inserts={3: ["Read more: Cabinet approves second desalination plant for Paphos"]},
        tail=[
            ["Tags", "drought", "water cuts", "water development department"],
            ["Follow the Cyprus Mail on Google News"],
            ["Related Posts", "Larnaca hoteliers warn over summer water supply"],
            ["\u00a9 Copyright Cyprus Mail 2025"],
        ],
    ),
    dict(
        CYPRUS,
        role="rescrape",
        file="cyprusmail_reservoirs_water_cuts_rescrape.txt.gz",
        noise=True,
        pre=[["Cyprus Mail", "Cyprus", "World", "Business", "Opinion", "Life & Style", "Sport", "Podcasts"], ["Cyprus"]],
        head=[CYPRUS_HEAD],
        tail=[
            ["Follow the Cyprus Mail on Google News"],
            ["\u00a9 Copyright Cyprus Mail 2025"],
        ],
    ),
    # Milliyet running Anadolu (Turkish): "MALATYA (AA) - " dateline, "Giriş:" / "Güncelleme:" stamps, "Fotoğraf:" credit, "Kaynak: AA".
    dict(
        cluster="milliyet-aa-malatya-kayisi-hasadi",
        role="single",
        file="milliyet_aa_malatya_kayisi_hasadi_tr.txt",
        render="text",
        title="Malatya'da kayısı hasadı başladı, rekolte dondan etkilendi",
        date="2025-06-24",
        dateline="MALATYA (AA) - ",
        city="Malatya",
        country="TR",
        region="asia",
        agency="Anadolu",
        authors=[],
        editors=[],
        lang="tr",
        section=None,
        caption="Yeşilyurt ilçesindeki bahçelerde hasat sürüyor.",
        credit="Hakan Yıldırım/AA",
        pre=[["Milliyet", "Gündem", "Ekonomi", "Dünya", "Spor", "Magazin", "Yazarlar", "Video", "Galeri"], ["Ekonomi"]],
        head=[["Giriş: 24.06.2025 - 11:42", "Güncelleme: 24.06.2025 - 13:05"], ["Abone ol", "Paylaş"]],
        cap_lines=["Yeşilyurt ilçesindeki bahçelerde hasat sürüyor. (Fotoğraf: Hakan Yıldırım/AA)"],
        inserts={3: ["İlgili Haberler", "Kayısı ihracatında yeni sezon beklentisi"]},
        tail=[
            ["Kaynak: AA"],
            ["Haberle ilgili daha fazlası:", "Malatya", "Kayısı", "Zirai don"],
            ["Google News'te Milliyet'e abone olun."],
            ["\u00a9 Copyright 2025 Milliyet Gazetecilik ve Yayıncılık A.Ş. Tüm hakları saklıdır."],
        ],
        paras=P("""
Dünyanın en önemli kuru kayısı üretim merkezlerinden Malatya'da hasat başladı. Nisan ayında yaşanan zirai don
nedeniyle bu yıl rekoltenin geçen yıla göre yüzde 40 daha düşük olması bekleniyor.

Malatya Kayısı Araştırma Enstitüsü verilerine göre, ilde bu sezon yaklaşık 65 bin ton kuru kayısı üretilmesi
öngörülüyor. Geçen yıl bu rakam 110 bin ton civarındaydı.

Yeşilyurt ilçesinde bahçesinde hasada başlayan üretici Hüseyin Kaplan, don nedeniyle ağaçlardaki meyvenin
azaldığını söyledi.

"Geçen yıl bu bahçeden 8 ton kayısı almıştık, bu yıl 3 tonu bulursak şükredeceğiz" dedi.

Rekoltenin düşmesiyle birlikte fiyatların da yükselmesi bekleniyor. Kayısı borsasında geçen hafta kilogramı
160 lira olan kuru kayısı, bu hafta 185 liradan işlem gördü.

Türkiye, dünya kuru kayısı ihracatının yaklaşık yüzde 80'ini karşılıyor. En büyük alıcılar arasında ABD,
Almanya, Rusya ve Fransa bulunuyor.

İhracatçılar, miktar düşse de fiyat artışı sayesinde ihracat gelirlerindeki kaybın kısmen telafi
edilebileceğini belirtiyor.

Dondan etkilenen üreticiler ise zararlarının karşılanması için destek bekliyor. Sigortalı bahçelerde hasar
tespit çalışmalarının sürdüğü bildirildi.

Hasadın temmuz ayının sonuna kadar sürmesi bekleniyor.
"""),
        must_have=[
            "Kayısı borsasında geçen hafta kilogramı 160 lira olan kuru kayısı, bu hafta 185 liradan işlem gördü.",
            "Hasadın temmuz ayının sonuna kadar sürmesi bekleniyor.",
        ],
    ),
    # Deccan Herald running PTI: "Kohima, Dec 4 (PTI) " dateline, "Last Updated :" stamp, "(Published ...)" line after the story.
    dict(
        cluster="deccanherald-pti-kohima-hornbill-festival",
        role="single",
        file="deccanherald_pti_kohima_hornbill_festival.txt",
        render="text",
        title="Hornbill Festival draws record 2.1 lakh visitors in first three days",
        date="2024-12-04",
        dateline="Kohima, Dec 4 (PTI) ",
        city="Kohima",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["DH", "Home", "India", "Karnataka", "Bengaluru", "Opinion", "Business", "Sports", "Entertainment", "e-Paper"],
             ["India", "North and Central"]],
        head=[["PTI"], ["Last Updated : 04 December 2024, 18:42 IST"], ["Follow Us :"]],
        tail=[
            ["(Published 04 December 2024, 18:42 IST)"],
            ["Get a round-up of the day's top stories in your inbox", "Check out all newsletters"],
            ["Deccan Herald is on WhatsApp Channels| Join now for Breaking News & Editor's Picks"],
        ],
        paras=P("""
The Hornbill Festival at Kisama Heritage Village near here drew a record 2.1 lakh visitors in its first three
days, officials said on Wednesday.

Of these, over 4,800 were foreign tourists and around 38,000 came from other states, a senior official of the
state tourism department said.

The 10-day festival, which showcases the culture, food and traditions of the Naga tribes, began on December
1, Nagaland's statehood day.

"This year we made online ticketing compulsory for the evening programmes and added more shuttle buses from
Kohima town, which helped manage the crowd," the official said.

Hotels and homestays in Kohima and nearby villages were almost fully booked, and the tourism department had
registered 150 new homestays ahead of the festival, he said.

Handicraft stalls run by women's self-help groups recorded sales of over Rs 1.2 crore in the first three
days, the official added.

The night carnival, the rock contest and the food court serving Naga cuisine have been among the biggest
draws.

The festival will conclude on December 10.
"""),
        must_have=[
            "Handicraft stalls run by women's self-help groups recorded sales of over Rs 1.2 crore in the first three "
            "days, the official added.",
            "The festival will conclude on December 10.",
        ],
    ),
    # ZEIT ONLINE news ticker running dpa: "Quelle: dpa Mecklenburg-Vorpommern", "(dpa/mv)" dateline, automation disclaimer.
    dict(
        cluster="zeit-dpa-schwerin-schloss-besucherrekord",
        role="single",
        file="zeit_dpa_schwerin_schloss_besucherrekord_de.txt",
        render="text",
        title="Schweriner Schloss: Welterbe-Titel beschert Besucherrekord",
        date="2025-08-19",
        dateline="Schwerin (dpa/mv) - ",
        city="Schwerin",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        caption="Das Schweriner Schloss liegt auf einer Insel im Schweriner See.",
        credit="Lina Bergholz/dpa",
        pre=[["ZEIT ONLINE", "Politik", "Gesellschaft", "Wirtschaft", "Kultur", "Wissen", "Digital", "Campus", "Sport"],
             ["News", "Mecklenburg-Vorpommern"], ["Tourismus"]],
        head=[["19. August 2025, 14:36 Uhr", "Quelle: dpa Mecklenburg-Vorpommern"]],
        cap_lines=["Das Schweriner Schloss liegt auf einer Insel im Schweriner See.", "\u00a9 Lina Bergholz/dpa"],
        tail=[
            ["Die Meldung ist Teil eines automatisierten Angebots der nach strengen journalistischen Regeln "
             "arbeitenden Deutschen Presse-Agentur (dpa). Sie wird von der ZEIT-Redaktion nicht bearbeitet oder geprüft."],
            ["Zur Startseite"],
        ],
        paras=P("""
Ein Jahr nach der Aufnahme in die Welterbeliste der Unesco verzeichnet das Schweriner Schloss so viele Besucher
wie nie zuvor. Von Januar bis Ende Juli kamen rund 186.000 Menschen in das Schlossmuseum, wie die Staatlichen
Schlösser, Gärten und Kunstsammlungen am Dienstag mitteilten.

Das seien gut 40 Prozent mehr als im gleichen Zeitraum des Vorjahres. Besonders gefragt seien Führungen durch
die Prunkräume und den Burggarten.

Auch die Zahl ausländischer Gäste, vor allem aus Dänemark, Schweden und den Niederlanden, sei deutlich
gestiegen.

Das Residenzensemble Schwerin war im Juli 2024 in die Welterbeliste aufgenommen worden. Dazu gehören neben dem
Schloss auch der Marstall, das Staatstheater und mehrere Gebäude in der Altstadt.

«Der Titel wirkt wie ein Magnet, aber er bringt auch Verantwortung mit sich», sagte eine Sprecherin der
Schlösserverwaltung.

Die Stadt plant nun ein neues Besucherleitsystem und zusätzliche Parkplätze für Reisebusse am Stadtrand.
Hotels in Schwerin meldeten für die Sommermonate eine Auslastung von über 85 Prozent.

Kritik kommt von Anwohnern der Altstadt, die sich über Lärm und volle Gassen beklagen. Sie fordern, die Zahl
der Reisegruppen in der Innenstadt zu begrenzen.
"""),
        must_have=[
            "Die Stadt plant nun ein neues Besucherleitsystem und zusätzliche Parkplätze für Reisebusse am Stadtrand.",
            "Sie fordern, die Zahl der Reisegruppen in der Innenstadt zu begrenzen.",
        ],
    ),
    # NHK WORLD-JAPAN: no byline, "JST" stamp, app-download promo and "Related Tags" after the story.
    dict(
        cluster="nhkworld-cherry-blossom-forecast",
        role="single",
        file="nhkworld_cherry_blossom_forecast_early.txt",
        render="text",
        title="Forecaster expects cherry blossoms to open earlier than usual across much of Japan",
        date="2025-03-06",
        dateline="",
        city=None,
        country="JP",
        region="asia",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["NHK WORLD-JAPAN", "News", "Live & Programs", "On Demand", "Japanese Lessons"],
             ["Top Stories", "Japan", "Asia", "World", "Business", "Sports", "Features"]],
        head=[["Mar. 6, 2025 14:12 JST"], ["Share", "X", "Facebook", "LINE"]],
        tail=[
            ["Related Tags", "Weather", "Tourism"],
            ["Watch NHK WORLD-JAPAN anytime, anywhere with the NHK WORLD-JAPAN app", "Download the app"],
            ["Latest News", "Japan's household spending falls for third straight month"],
            ["\u00a9 NHK (Japan Broadcasting Corporation) All rights reserved."],
        ],
        paras=P("""
A private weather forecaster in Japan says cherry blossoms are likely to open earlier than usual this spring in
many parts of the country, including Tokyo, Osaka and Fukuoka.

The Japan Weather Association released its latest forecast on Thursday. It says the first blossoms in Tokyo
are expected on March 21, five days earlier than in an average year.

The forecaster says warmer-than-usual temperatures are expected in the second half of March, which will speed
up the development of the buds.

In western Japan, the blossoms are expected to open in Fukuoka on March 20 and in Osaka on March 24. In the
northern city of Sapporo, they are forecast to open around April 26.

An official of the association says the buds had enough exposure to cold in January and February, so they are
likely to open smoothly once temperatures rise.

Hotels and tour operators are preparing for large numbers of visitors. Many hotels near popular viewing spots
in Kyoto say rooms for late March are almost fully booked.

The association will update its forecast every week until the blossoms open.
"""),
        must_have=[
            "In the northern city of Sapporo, they are forecast to open around April 26.",
            "The association will update its forecast every week until the blossoms open.",
        ],
    ),
    # Seychelles News Agency on its own site: "Victoria, Seychelles | date @ time | By: NAME" line, "(Seychelles News Agency) - " opening, photo licence.
    dict(
        cluster="sna-aldabra-turtle-nesting-record",
        role="single",
        file="sna_aldabra_green_turtle_nesting_record.txt",
        render="text",
        title="Record number of green turtle nests recorded on Aldabra atoll",
        date="2025-03-03",
        dateline="(Seychelles News Agency) - ",
        city=None,
        country="SC",
        region="africa",
        agency="SNA",
        authors=["Marie-Claire Hoareau"],
        editors=[],
        lang="en",
        section=None,
        caption="A green turtle returns to the sea after nesting on Aldabra.",
        credit="Seychelles Islands Foundation",
        pre=[["Seychelles News Agency", "Home", "Politics", "Economy", "Environment", "Tourism", "Sports", "Multimedia"],
             ["Environment"]],
        head=[["Victoria, Seychelles | March 3, 2025, Monday @ 11:12 | By: Marie-Claire Hoareau | Views: 1,284"]],
        cap_lines=["A green turtle returns to the sea after nesting on Aldabra. (Seychelles Islands Foundation) "
                   "Photo License: All Rights Reserved"],
        tail=[
            ["Tags:", "Aldabra", "turtles", "conservation"],
            ["Related Articles", "Seychelles launches national plan to protect seagrass meadows"],
            ["Seychelles News Agency, Information Technology Building, Victoria, Mahé, Seychelles"],
        ],
        paras=P("""
Conservation workers on Aldabra atoll recorded more than 6,100 green turtle nesting activities in 2024, the
highest number since monitoring began in the 1980s, the Seychelles Islands Foundation said.

The foundation, which manages the UNESCO World Heritage Site, said the figure was about 12 percent higher than
the previous record set in 2021.

Aldabra, about 1,100 kilometres southwest of Mahé, is one of the largest nesting sites for green turtles in the
western Indian Ocean. Turtles were heavily hunted on the atoll until the 1960s.

"The recovery we see on Aldabra shows what long-term protection can do for a species," said Dorothée Labiche,
the foundation's science coordinator.

Rangers walk set sections of the beaches every morning to count fresh tracks and nests, a method that has been
used on the atoll for more than 40 years.

The foundation said warming seas and rising sand temperatures remain a concern, as warmer nests produce more
female hatchlings.

Sea turtles have been fully protected in Seychelles since the 1990s, and the sale of turtle meat and shell is
banned.
"""),
        must_have=[
            "Rangers walk set sections of the beaches every morning to count fresh tracks and nests, a method that has "
            "been used on the atoll for more than 40 years.",
            "The foundation said warming seas and rising sand temperatures remain a concern, as warmer nests produce "
            "more female hatchlings.",
        ],
    ),
    # The Tribune (Nassau): upper-case name, "Tribune Staff Reporter" and e-mail lines as the byline, comment form.
    dict(
        cluster="tribune242-exuma-landowners-damages",
        role="single",
        file="tribune242_exuma_landowners_damages_ruling.txt",
        render="text",
        title="Developer ordered to pay $2.1m to Exuma landowners",
        date="2025-04-10",
        dateline="",
        city=None,
        country="BS",
        region="americas",
        agency=None,
        authors=["Latoya McKinney"],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Tribune", "Home", "News", "Business", "Sports", "Weekend", "Opinion", "Obituaries", "Classifieds"],
             ["News"]],
        head=[["By LATOYA McKINNEY", "Tribune Staff Reporter", "lmckinney@tribunemedia.example.net"],
              ["Thursday, April 10, 2025"]],
        tail=[
            ["Comments", "Use the comment form below to begin a discussion about this content.", "Sign in to comment"],
            ["More News", "Fire destroys two homes in Fox Hill"],
            ["\u00a9 2025 The Tribune. All Rights Reserved."],
        ],
        paras=P("""
A Supreme Court judge has ordered a property developer to pay $2.1m in damages to a group of Exuma landowners
after finding that the company built a road and a marina basin on their land without permission.

Justice Cheryl Bethel-Moss ruled that Sandcay Holdings Ltd had trespassed on about 14 acres of generational
property near Rolleville between 2019 and 2022.

The landowners, members of four families who say their ancestors were granted the land in the 19th century,
took the company to court in 2022 after bulldozers cleared mangroves and an old burial ground on the site.

In her judgment, the judge said the company's own survey plans showed that it knew the boundaries were
disputed but pressed ahead with construction.

"The defendant chose to build first and ask questions later. The court cannot reward that approach," the judge
wrote.

The award includes $350,000 in aggravated damages for the destruction of the burial ground.

The company had argued that it bought the land in good faith from a third party and that the families had not
proved their title.

Attorney Damian Ferguson, who represented the families, said his clients were relieved. "They have waited
three years to be heard," he said.

The company has 42 days to appeal.
"""),
        must_have=[
            "The award includes $350,000 in aggravated damages for the destruction of the burial ground.",
            "The company has 42 days to appeal.",
        ],
    ),
    # Samoa News (Pago Pago): "NAME, Samoa News Reporter" byline, Drupal "Tue, 03/04/2025 - 18:32" stamp, "[SN photo: NAME]" credit.
    dict(
        cluster="samoanews-tafuna-boil-water-lifted",
        role="single",
        file="samoanews_tafuna_boil_water_notice_lifted.txt",
        render="text",
        title="Boil water notice lifted for Tafuna, Nu'uuli and Vaitogi after heavy rains",
        date="2025-03-04",
        dateline="",
        city=None,
        country="AS",
        region="oceania",
        agency=None,
        authors=["Leilani Sopoaga"],
        editors=[],
        lang="en",
        section=None,
        caption="ASPA crew members flushing a water line in Tafuna last Friday.",
        credit="Leilani Sopoaga",
        pre=[["Samoa News", "Home", "Local", "Regional", "Sports", "Business", "Editorial", "Classifieds"], ["Local"]],
        head=[["By Leilani Sopoaga, Samoa News Reporter"], ["Tue, 03/04/2025 - 18:32"]],
        cap_lines=["ASPA crew members flushing a water line in Tafuna last Friday. [SN photo: Leilani Sopoaga]"],
        tail=[
            ["Add new comment"],
            ["Log in or register to post comments"],
            ["Samoa News is published Monday through Saturday in Pago Pago, American Samoa."],
        ],
        paras=P("""
The American Samoa Power Authority (ASPA) has lifted the boil water notice for the villages of Tafuna, Nu'uuli
and Vaitogi, nearly a week after heavy rains caused muddy water and high bacteria readings at several wells.

ASPA said in a statement yesterday that water samples taken over the weekend from all wells serving the three
villages tested clean for coliform bacteria.

The notice was issued last Wednesday after two days of heavy rain flooded parts of the Tafuna plains and washed
sediment into the water system.

Residents had been told to boil tap water for at least one minute before drinking it or using it to cook, and
ASPA set up water stations at three schools.

"We thank our customers for their patience. Our crews flushed the lines day and night," said ASPA water
division manager Tavita Leota.

The LBJ Tropical Medical Center said it had not seen an increase in cases of diarrhea during the week, though a
few people were treated for stomach problems.

ASPA said it will install new chlorination equipment at two wells in Tafuna by the end of next month.

The Department of Health reminds residents to keep water tanks covered and clean.
"""),
        must_have=[
            "ASPA said it will install new chlorination equipment at two wells in Tafuna by the end of next month.",
            "The Department of Health reminds residents to keep water tanks covered and clean.",
        ],
    ),
    # El Nuevo Día (San Juan): "Por NAME" plus e-mail line, "26 de enero de 2025 - 11:48 PM" stamp, "(NAME)" credit.
    dict(
        cluster="elnuevodia-santurce-campeones-beisbol",
        role="single",
        file="elnuevodia_santurce_campeones_beisbol_es.txt",
        render="text",
        title="Los Cangrejeros de Santurce conquistan el campeonato del béisbol invernal",
        date="2025-01-26",
        dateline="",
        city=None,
        country="PR",
        region="americas",
        agency=None,
        authors=["Gabriel Rosado Quiñones"],
        editors=[],
        lang="es",
        section=None,
        caption="Los Cangrejeros celebran en el terreno del estadio Hiram Bithorn tras el último out.",
        credit="Xavier Araújo Muñiz",
        pre=[["El Nuevo Día", "Noticias", "Deportes", "Entretenimiento", "Negocios", "Opinión", "Suscríbete",
              "Iniciar sesión"], ["Deportes", "Béisbol"]],
        head=[["Por Gabriel Rosado Quiñones", "gabriel.rosado@gfrmedia.example.com"], ["26 de enero de 2025 - 11:48 PM"]],
        cap_lines=["Los Cangrejeros celebran en el terreno del estadio Hiram Bithorn tras el último out. (Xavier Araújo Muñiz)"],
        inserts={2: ["Lee también: Mayagüez anuncia a su nuevo dirigente para la próxima temporada"]},
        tail=[
            ["Suscríbete a nuestro boletín de Deportes"],
            ["Ver comentarios"],
            ["\u00a9 2025 GFR Media. Todos los derechos reservados."],
        ],
        paras=P("""
Los Cangrejeros de Santurce se coronaron campeones de la Liga de Béisbol Profesional Roberto Clemente el domingo,
al vencer 6-2 a los Indios de Mayagüez en el sexto juego de la serie final, disputado en el estadio Hiram
Bithorn de San Juan.

Con el triunfo, Santurce ganó la serie 4-2 y obtuvo el derecho de representar a Puerto Rico en la Serie del
Caribe, que comenzará el sábado en Mexicali, México.

El receptor Javier Colón Ortiz fue la figura de la noche, con un jonrón de tres carreras en la cuarta entrada
que rompió un empate a dos.

"Este equipo nunca dejó de creer, ni cuando estábamos abajo en la serie", dijo Colón Ortiz, elegido Jugador Más
Valioso de la final.

El abridor Luis Ángel Berríos lanzó seis entradas de una carrera y ponchó a siete bateadores.

Más de 14,000 fanáticos llenaron las gradas del Hiram Bithorn, la mayor asistencia de la temporada, según la
liga.

Para Mayagüez, que buscaba su segundo título consecutivo, fue el cierre de una temporada en la que terminó
primero en la fase regular.

El dirigente de Santurce anunció que el equipo reforzará su cuerpo de lanzadores con tres jugadores de otros
clubes para la Serie del Caribe.
"""),
        must_have=[
            "El abridor Luis Ángel Berríos lanzó seis entradas de una carrera y ponchó a siete bateadores.",
            "Más de 14,000 fanáticos llenaron las gradas del Hiram Bithorn, la mayor asistencia de la temporada, según "
            "la liga.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_USNEWS = dict(
    name="U.S. News & World Report",
    home="https://www.usnews.example.com",
    title_suffix=" | World News | US News",
    locale="en_US",
    twitter="@usnews",
    body_class="news-article",
    article_class="Article",
    body_class_inner="ArticleBody",
    skip="Skip to content",
    cookie=None,
    top_links=["Sign In", "Subscribe"],
    nav=["News", "Education", "Health", "Money", "Cars", "Travel", "Real Estate", "Politics"],
    share=["Share", "Facebook", "X", "Email", "Copy link"],
    footer=["Copyright 2025 \u00a9 U.S. News & World Report L.P.", "About", "Contact", "Privacy"],
)

SITE_RP = dict(
    name="Rzeczpospolita",
    home="https://www.rp.example.pl",
    title_suffix=" - rp.pl",
    locale="pl_PL",
    twitter="@rzeczpospolita",
    body_class="article-page",
    article_class="article",
    body_class_inner="article--content",
    cookie_title="Szanujemy Twoją prywatność",
    cookie="Wraz z naszymi partnerami używamy plików cookies i podobnych technologii, aby dostosować treści i reklamy do Twoich potrzeb.",
    cookie_buttons=["Akceptuję i przechodzę do serwisu", "Ustawienia zaawansowane"],
    top_links=["Subskrypcja", "Zaloguj się"],
    nav=["Ekonomia", "Biznes", "Kraj", "Świat", "Prawo", "Nieruchomości", "Kultura", "Sport"],
    share=["Udostępnij", "Facebook", "X", "Kopiuj link"],
    footer=["\u00a9 Copyright by Gremi Media SA", "Regulamin", "Polityka prywatności", "Kontakt"],
)

SITE_JN = dict(
    name="JN",
    home="https://www.jn.example.pt",
    title_suffix=" - JN",
    locale="pt_PT",
    twitter="@JornalNoticias",
    body_class="t-article",
    article_class="t-article-content",
    body_class_inner="t-article-body",
    cookie=None,
    top_links=["Assinar", "Entrar", "Edição Impressa"],
    nav=["Local", "Nacional", "Mundo", "Economia", "Desporto", "Cultura", "Opinião", "Vídeos"],
    share=["Partilhar no Facebook", "Partilhar no X", "Partilhar no WhatsApp", "Enviar por email"],
    footer=["\u00a9 2025 Jornal de Notícias. Todos os direitos reservados.", "Estatuto Editorial", "Contactos"],
)

SITE_LEPOINT = dict(
    name="Le Point",
    home="https://www.lepoint.example.fr",
    title_suffix=" - Le Point",
    locale="fr_FR",
    twitter="@LePoint",
    body_class="article-afp",
    article_class="ArticleContent",
    body_class_inner="ArticleBody",
    cookie_title="Le Point respecte votre vie privée",
    cookie="Nous et nos partenaires utilisons des cookies pour mesurer l'audience, personnaliser les contenus et vous proposer des publicités adaptées.",
    cookie_buttons=["Accepter", "Refuser", "Paramétrer"],
    top_links=["S'abonner", "Se connecter"],
    nav=["Politique", "Monde", "Économie", "Société", "Culture", "Afrique", "Sciences", "Sport"],
    share=["Partager", "Facebook", "X", "Copier le lien"],
    footer=["\u00a9 Le Point - Reproduction interdite", "Mentions légales", "Nous contacter"],
)

SITE_LAT = dict(
    name="Los Angeles Times",
    home="https://www.latimes.example.com",
    title_suffix=" - Los Angeles Times",
    locale="en_US",
    twitter="@latimes",
    body_class="page-article",
    article_class="page-article-container",
    body_class_inner="page-article-body rich-text-article-body",
    skip="Skip to content",
    cookie=None,
    top_links=["Subscribe", "Sign In"],
    nav=["California", "Entertainment & Arts", "Politics", "Business", "Climate", "Food", "Sports", "World & Nation", "Opinion"],
    share=["Share via", "Close extra sharing options", "Email", "Facebook", "X", "LinkedIn", "Copy Link URL"],
    footer=["Copyright \u00a9 2025, Los Angeles Times", "Terms of Service", "Privacy Policy", "CA Notice of Collection"],
)

SITE_VATERLAND = dict(
    name="Liechtensteiner Vaterland",
    home="https://www.vaterland.example.li",
    title_suffix=" | Vaterland.li",
    locale="de_LI",
    twitter="@vaterland_li",
    body_class="article-view",
    article_class="article-detail",
    body_class_inner="article-text",
    cookie_title="Datenschutzeinstellungen",
    cookie="Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.",
    cookie_buttons=["Alle akzeptieren", "Nur essenzielle Cookies akzeptieren", "Individuelle Datenschutzeinstellungen"],
    top_links=["E-Paper", "Abo", "Inserate", "Login"],
    nav=["Liechtenstein", "Region", "Wirtschaft", "Sport", "Kultur", "Meinungen", "Vermischtes"],
    share=["Teilen", "Drucken", "Mail"],
    footer=["\u00a9 Vaduzer Medienhaus AG", "Impressum", "Datenschutz", "AGB"],
)

SITE_PUNCH = dict(
    name="Punch Newspapers",
    home="https://punchng.example.com",
    title_suffix=" - Punch Newspapers",
    locale="en_US",
    twitter="@MobilePunch",
    body_class="single-post",
    article_class="post-content",
    body_class_inner="post-content-body",
    cookie=None,
    top_links=["E-Paper", "Advertise", "Subscribe"],
    nav=["News", "Politics", "Metro Plus", "Business", "Sports", "Editorial", "Columns", "Entertainment"],
    share=["Facebook", "X", "WhatsApp", "Telegram", "Email"],
    footer=["Punch Newspapers", "About Us", "Contact Us", "Privacy Policy"],
)

SITE_ET = dict(
    name="The Express Tribune",
    home="https://tribune.example.com.pk",
    title_suffix=" | The Express Tribune",
    locale="en_US",
    twitter="@etribune",
    body_class="story-page",
    article_class="story",
    body_class_inner="story-text",
    cookie=None,
    top_links=["Epaper", "Subscribe"],
    nav=["Home", "Pakistan", "Business", "World", "Sports", "Life & Style", "Opinion", "Karachi", "Lahore"],
    share=["Facebook", "Twitter", "WhatsApp", "Email"],
    footer=["COPYRIGHT \u00a9 2025 THE EXPRESS TRIBUNE. ALL RIGHTS RESERVED.", "About Us", "Contact Us"],
)

SITE_WF = dict(
    name="Wallis et Futuna la 1ère",
    home="https://la1ere.example.fr/wallisfutuna",
    title_suffix=" - Wallis et Futuna la 1ère",
    locale="fr_FR",
    twitter="@Wallis_Futuna1",
    body_class="article-page",
    article_class="c-article",
    body_class_inner="c-body",
    skip="Aller au contenu principal",
    cookie_title="Gestion de vos choix",
    cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations sur votre appareil.",
    cookie_buttons=["Accepter", "Continuer sans accepter", "Personnaliser mes choix"],
    top_links=["la1ère", "Radio", "Télévision", "Direct"],
    nav=["Info", "Société", "Politique", "Environnement", "Sport", "Culture", "Replay"],
    share=["Partager", "Facebook", "X", "Copier le lien"],
    footer=["\u00a9 France Télévisions", "Mentions légales", "Charte de confidentialité", "Cookies"],
)

HTML_STORIES = [
    # -- Reuters on U.S. News (original of the Reuters cluster): "By Reuters", "FILE PHOTO:" prefix, credits line in the body --
    dict(
        BELGRADE,
        role="original",
        file="usnews_reuters_serbia_raspberry_exports.html",
        render="html",
        site=SITE_USNEWS,
        section="World News",
        meta_section="World News",
        url="https://www.usnews.example.com/news/world/articles/2025-07-08/serbias-raspberry-exports-set-to-fall-as-heat-and-hail-hit-harvest",
        published="2025-07-08T06:41:00-04:00",
        modified="2025-07-08T06:41:00-04:00",
        meta_author="Reuters",
        ld_author=[{"@type": "Organization", "name": "Reuters"}],
        byline_lines=["By Reuters"],
        date_lines=["July 8, 2025, at 6:41 a.m."],
        caption="A worker picks raspberries on a farm near Arilje, Serbia, July 2, 2024.",
        credit="REUTERS/Dusan Ilic",
        credit_shown="REUTERS/Dusan Ilic/File Photo",
        caption_prefix="FILE PHOTO:",
        inserts={3: [("ad", "Advertisement")]},
        end_lines=[BELGRADE_CREDITS, "Copyright 2025 Thomson Reuters."],
        tags=("Tags:", ["Serbia", "agriculture", "Europe"]),
        lists=[("Top World News", ["Poland's central bank holds rates steady", "Floods hit northern Romania after days of rain"])],
    ),
    # -- Rzeczpospolita: kicker, "Publikacja:" / "Aktualizacja:" stamps, "Czytaj więcej" link, "Fot.:" credit --
    dict(
        cluster="rp-ceny-jaj-najwyzsze",
        role="single",
        file="rp_ceny_jaj_najwyzsze_od_dwoch_lat_pl.html",
        render="html",
        site=SITE_RP,
        title="Jajka coraz droższe. Ceny w hurcie najwyższe od dwóch lat",
        date="2025-02-12",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency=None,
        authors=["Anna Kowalczyk"],
        editors=[],
        lang="pl",
        section="Ekonomia",
        meta_section="Ekonomia",
        url="https://www.rp.example.pl/rolnictwo/art41822071-jajka-coraz-drozsze-ceny-w-hurcie-najwyzsze-od-dwoch-lat",
        description="Za kilogram jaj płacono w styczniu średnio 8,40 zł, o 22 proc. więcej niż przed rokiem.",
        published="2025-02-12T05:45:00+01:00",
        modified="2025-02-12T09:10:00+01:00",
        meta_author="Anna Kowalczyk",
        kicker="Rolnictwo",
        byline_lines=["Anna Kowalczyk"],
        date_lines=["Publikacja: 12.02.2025 05:45", "Aktualizacja: 12.02.2025 09:10"],
        caption="Ceny jaj w sklepach rosną od jesieni",
        credit="Adobe Stock",
        credit_shown="Fot.: Adobe Stock",
        inserts={2: [("link", "Czytaj więcej", "Ptasia grypa w Wielkopolsce. Kolejne ogniska na fermach")],
                 4: [("ad", "Reklama")]},
        tags=("Tagi:", ["Ceny żywności", "Rolnictwo", "Inflacja"]),
        lists=[("Najczytniejsze", ["Kredyty hipoteczne: banki obniżają marże", "Ceny paliw. Co czeka kierowców w lutym?"])],
        paras=P("""
Hurtowe ceny jaj w Polsce osiągnęły w styczniu najwyższy poziom od dwóch lat. Według danych Ministerstwa
Rolnictwa i Rozwoju Wsi za kilogram jaj płacono średnio 8,40 zł, o 22 proc. więcej niż przed rokiem.

Eksperci wskazują przede wszystkim na ptasią grypę, która od jesieni dotknęła fermy w kilku województwach. Z
powodu ognisk choroby wybito tam ponad 3 mln kur niosek.

„Podaż jaj jest wyraźnie mniejsza, a popyt przed świętami wielkanocnymi zawsze rośnie” – mówi Tomasz Jarecki,
analityk rynku rolnego w jednym z banków.

Drożeją też jaja w sklepach. Opakowanie dziesięciu jaj z chowu ściółkowego kosztuje w dużych sieciach
handlowych od 11 do 14 zł.

Polska jest jednym z największych producentów jaj w Unii Europejskiej, a znaczna część produkcji trafia na
eksport, głównie do Niemiec i Holandii.

Producenci ostrzegają, że ceny mogą rosnąć do kwietnia. Dodatkowym czynnikiem są wyższe koszty pasz i energii.

Ministerstwo zapewnia, że nie ma zagrożenia dla dostaw jaj na rynek krajowy.
"""),
        must_have=[
            "Opakowanie dziesięciu jaj z chowu ściółkowego kosztuje w dużych sieciach handlowych od 11 do 14 zł.",
            "Ministerstwo zapewnia, że nie ma zagrożenia dla dostaw jaj na rynek krajowy.",
        ],
    ),
    # -- Jornal de Notícias (Portugal): breadcrumb, "16 abril 2025 às 19:45", "Foto:" credit, login-to-comment --
    dict(
        cluster="jn-braga-habitacao-custos-controlados",
        role="single",
        file="jn_braga_habitacao_custos_controlados_pt.html",
        render="html",
        site=SITE_JN,
        title="Braga aprova construção de 300 casas a custos controlados",
        date="2025-04-16",
        dateline="",
        city=None,
        country="PT",
        region="europe",
        agency=None,
        authors=["Sofia Magalhães"],
        editors=[],
        lang="pt",
        section="Local",
        meta_section="Local",
        url="https://www.jn.example.pt/local/braga/braga-aprova-construcao-de-300-casas-a-custos-controlados-18273641.html",
        description="As rendas vão variar entre 350 e 600 euros por mês, cerca de metade dos valores de mercado.",
        published="2025-04-16T19:45:00+01:00",
        modified="2025-04-16T19:45:00+01:00",
        meta_author="Sofia Magalhães",
        breadcrumbs=["Local", "Braga"],
        byline_lines=["Sofia Magalhães"],
        date_lines=["16 abril 2025 às 19:45"],
        caption="Os terrenos de Ferreiros onde vão nascer as novas habitações",
        credit="Rui Fonseca/Global Imagens",
        credit_shown="Foto: Rui Fonseca/Global Imagens",
        inserts={1: [("ad", "Publicidade")],
                 3: [("link", "Leia também", "Preço das casas em Braga sobe 14% num ano")]},
        newsletter_end=["Receba as notícias do Minho no seu email", "Subscrever"],
        comments=["Comentários", "Para comentar tem de iniciar sessão."],
        paras=P("""
A Câmara Municipal de Braga aprovou, esta quarta-feira, a construção de 300 habitações a custos controlados nas
freguesias de Ferreiros e Lamaçães, num investimento estimado em 48 milhões de euros.

As casas, de tipologias T1 a T3, destinam-se sobretudo a jovens e famílias de rendimentos médios, que têm sido
afastados do centro da cidade pela subida dos preços.

Segundo a autarquia, as rendas vão variar entre 350 e 600 euros por mês, cerca de metade dos valores praticados
no mercado.

"Braga cresceu muito nos últimos anos e a habitação tornou-se o maior problema das famílias", afirmou o
vereador responsável pelo pelouro da habitação, Nuno Sampaio Vieira.

O projeto será financiado em parte pelo Plano de Recuperação e Resiliência e por um empréstimo do Banco
Europeu de Investimento.

A oposição votou favoravelmente, mas criticou o atraso do processo, anunciado pela primeira vez em 2022.

As obras deverão arrancar no início do próximo ano e estar concluídas até ao fim de 2027.

De acordo com o Instituto Nacional de Estatística, o preço médio das casas vendidas em Braga subiu 14% no
último ano.
"""),
        must_have=[
            "A oposição votou favoravelmente, mas criticou o atraso do processo, anunciado pela primeira vez em 2022.",
            "As obras deverão arrancar no início do próximo ano e estar concluídas até ao fim de 2027.",
        ],
    ),
    # -- Le Point running AFP: "Source AFP" byline, "Publié le 14/05/2025 à 16h20", "© NAME / AFP" credit --
    dict(
        cluster="lepoint-afp-lome-centrale-solaire",
        role="single",
        file="lepoint_afp_togo_centrale_solaire_fr.html",
        render="html",
        site=SITE_LEPOINT,
        title="Togo : une nouvelle centrale solaire pour réduire la dépendance électrique",
        date="2025-05-14",
        dateline="Lomé (AFP) - ",
        city="Lomé",
        country="TG",
        region="africa",
        agency="AFP",
        authors=[],
        editors=[],
        lang="fr",
        section="Afrique",
        meta_section="Afrique",
        url="https://www.lepoint.example.fr/afrique/togo-une-nouvelle-centrale-solaire-pour-reduire-la-dependance-electrique-14-05-2025-2589344_3826.php",
        description="La centrale de 70 mégawatts doit fournir l'équivalent de la consommation de 200.000 foyers.",
        published="2025-05-14T16:20:00+02:00",
        modified="2025-05-14T16:20:00+02:00",
        ld_author=[{"@type": "Organization", "name": "AFP"}],
        byline_lines=["Source AFP"],
        date_lines=["Publié le 14/05/2025 à 16h20"],
        caption="Des panneaux solaires dans la région des Plateaux, au Togo, le 13 mai 2025.",
        credit="Kossi AMEGAN / AFP",
        credit_shown="\u00a9 Kossi AMEGAN / AFP",
        inserts={2: [("ad", "Publicité")]},
        below_body=[("afp-copyright", "Copyright \u00a9 2025 AFP. Tous droits de reproduction et de représentation réservés.")],
        newsletter_end=["Newsletter Afrique", "Chaque jeudi, recevez le meilleur de l'actualité africaine.", "Je m'inscris"],
        comments=["Ajouter un commentaire", "0 commentaire"],
        paras=P("""
Le Togo a mis en service mercredi une centrale solaire de 70 mégawatts dans la région des Plateaux, présentée
par les autorités comme la plus grande du pays, dans le but de réduire sa dépendance aux importations
d'électricité.

La centrale, qui compte plus de 140.000 panneaux répartis sur près de 100 hectares, doit fournir l'équivalent
de la consommation de 200.000 foyers, selon le ministère de l'Énergie.

Le Togo importe encore une partie importante de son électricité du Ghana et du Nigeria voisins, et les coupures
sont fréquentes dans certaines zones rurales.

"Avec cette centrale, nous faisons un pas important vers l'accès universel à l'électricité", a déclaré à l'AFP
un responsable de la compagnie publique d'électricité, sous couvert d'anonymat.

Le projet, d'un coût d'environ 60 millions d'euros, a été financé par des bailleurs internationaux et un
investisseur privé.

Le gouvernement togolais s'est fixé pour objectif que la moitié de l'électricité du pays provienne d'énergies
renouvelables d'ici 2030.

Des habitants des villages voisins espèrent que la centrale facilitera le raccordement de leurs maisons, encore
privées de courant.
"""),
        must_have=[
            "Le projet, d'un coût d'environ 60 millions d'euros, a été financé par des bailleurs internationaux et un "
            "investisseur privé.",
            "Le gouvernement togolais s'est fixé pour objectif que la moitié de l'électricité du pays provienne "
            "d'énergies renouvelables d'ici 2030.",
        ],
    ),
    # -- Los Angeles Times: "By NAME" + "Staff Writer", stamped late evening PT, audio player lines, correction box, bio --
    dict(
        cluster="latimes-baldwin-park-dengue-case",
        role="single",
        file="latimes_la_county_local_dengue_case.html",
        render="html",
        site=SITE_LAT,
        title="L.A. County confirms locally acquired dengue case in San Gabriel Valley",
        date="2025-08-21",
        dateline="",
        city=None,
        country="US",
        region="americas",
        agency=None,
        authors=["Marisa Quintanilla"],
        editors=[],
        lang="en",
        section="California",
        meta_section="California",
        url="https://www.latimes.example.com/california/story/2025-08-21/la-county-confirms-locally-acquired-dengue-case",
        description="The Baldwin Park resident had not traveled before falling ill, county health officials said.",
        published="2025-08-21T20:30:00-07:00",
        modified="2025-08-22T09:05:00-07:00",
        meta_author="Marisa Quintanilla",
        byline_lines=["By Marisa Quintanilla", "Staff Writer"],
        date_lines=["Aug. 21, 2025 8:30 PM PT"],
        above_body=[("listen", "Listen to this article 0:00 3:42"),
                    ("ai-notice", "This is read by an automated voice. Please report any issues or inconsistencies here.")],
        caption="A mosquito control worker checks a trap in Baldwin Park.",
        credit="Jonah Whitcomb / Los Angeles Times",
        credit_shown="(Jonah Whitcomb / Los Angeles Times)",
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("correction", "An earlier version of this article said California recorded 81 locally "
                     "acquired dengue cases last year. The correct number is 18.")],
        author_box=["Marisa Quintanilla covers public health for the Los Angeles Times. She previously reported for "
                    "newspapers in the Inland Empire."],
        lists=[("More to Read", ["Heat advisory extended across inland Southern California",
                                 "Long Beach beaches reopen after bacteria levels fall"])],
        paras=P("""
Los Angeles County health officials on Thursday confirmed a locally acquired case of dengue in a resident of
the San Gabriel Valley, the first such case in the county this year.

The patient, an adult who lives in Baldwin Park, had not traveled outside the area before falling ill and has
since recovered, according to the county Department of Public Health.

Dengue is spread by the bite of infected Aedes mosquitoes, which have become established across much of
Southern California over the last decade. It cannot be spread directly from person to person.

"A locally acquired case tells us that the virus is circulating in mosquitoes here, even if the risk to any one
person remains low," said Dr. Helen Okafor, the county's health officer.

Vector control crews began inspecting yards and spraying for mosquitoes within a 150-meter radius of the
patient's home on Thursday.

California recorded 18 locally acquired dengue cases last year, most of them in Los Angeles and San Bernardino
counties. Before 2023, the state had never confirmed a case that was not linked to travel.

Most people infected with dengue have no symptoms, but some develop high fever, severe headache and joint pain.

Officials urged residents to empty standing water from flower pots, buckets and bird baths at least once a
week.
"""),
        must_have=[
            "Vector control crews began inspecting yards and spraying for mosquitoes within a 150-meter radius of the "
            "patient's home on Thursday.",
            "Most people infected with dengue have no symptoms, but some develop high fever, severe headache and joint "
            "pain.",
        ],
    ),
    # -- Liechtensteiner Vaterland: Swiss spelling, "Abo-Artikel" marker, "Bild:" credit, "Mehr zum Thema:" link, comment counter --
    dict(
        cluster="vaterland-vaduz-landesspital-zusatzkredit",
        role="single",
        file="vaterland_landesspital_zusatzkredit_de.html",
        render="html",
        site=SITE_VATERLAND,
        title="Landtag sagt Ja zum Zusatzkredit für das neue Landesspital",
        date="2025-03-06",
        dateline="",
        city=None,
        country="LI",
        region="europe",
        agency=None,
        authors=["Daniela Frommelt"],
        editors=[],
        lang="de",
        section="Liechtenstein",
        meta_section="Liechtenstein",
        url="https://www.vaterland.example.li/liechtenstein/politik/landtag-sagt-ja-zum-zusatzkredit-fuer-das-neue-landesspital-art-591204",
        description="Das Parlament genehmigte 18 Millionen Franken zusätzlich, das neue Spital kostet damit rund 90 Millionen.",
        published="2025-03-06T06:00:00+01:00",
        modified="2025-03-06T06:00:00+01:00",
        meta_author="Daniela Frommelt",
        kicker="Landtag",
        byline_lines=["Daniela Frommelt"],
        date_lines=["06.03.2025"],
        above_body=[("plus", "Abo-Artikel")],
        caption="Die Baustelle des neuen Landesspitals in Vaduz.",
        credit="Elma Korac",
        credit_shown="Bild: Elma Korac",
        inserts={1: [("ad", "Anzeige")],
                 4: [("link", "Mehr zum Thema:", "Landesspital: Eröffnung verschiebt sich auf 2027")]},
        comments=["Kommentare (4)", "Kommentar schreiben"],
        lists=[("Meistgelesen", ["Rheinbrücke Vaduz\u2013Sevelen: Sanierung beginnt im Mai", "FC Vaduz verliert Spitzenspiel"])],
        paras=P("""
Der Landtag hat am Mittwoch einen Zusatzkredit von 18 Millionen Franken für den Neubau des Landesspitals in
Vaduz genehmigt. Das Parlament stimmte der Vorlage der Regierung mit 19 zu 6 Stimmen zu.

Die Regierung hatte die Mehrkosten mit der Teuerung im Bausektor, höheren Anforderungen an die Haustechnik und
Verzögerungen bei der Planung begründet. Insgesamt kostet das neue Spital damit rund 90 Millionen Franken.

Mehrere Abgeordnete kritisierten, dass der Landtag erneut vor vollendete Tatsachen gestellt werde. «Wir können
den Bau nicht auf halbem Weg stoppen, aber wir erwarten künftig eine bessere Kostenkontrolle», sagte ein
Abgeordneter.

Die Regierung versicherte, dass keine weiteren Nachtragskredite nötig sein sollen. Die Baukommission werde den
Landtag künftig halbjährlich über den Stand der Kosten informieren.

Das neue Landesspital soll 2027 den Betrieb aufnehmen und über 60 Betten verfügen. Geplant sind auch eine
grössere Notfallstation und ein Operationstrakt mit drei Sälen.

Die Stimmberechtigten hatten dem Neubau im Jahr 2019 in einer Volksabstimmung zugestimmt.

Gegen den Beschluss kann innerhalb von 30 Tagen das Referendum ergriffen werden.
"""),
        must_have=[
            "Die Baukommission werde den Landtag künftig halbjährlich über den Stand der Kosten informieren.",
            "Gegen den Beschluss kann innerhalb von 30 Tagen das Referendum ergriffen werden.",
        ],
    ),
    # -- Punch (Nigeria): "14th January 2025" stamp, "Related News" box, WhatsApp channel promo, copyright notice, bio --
    dict(
        cluster="punch-enugu-ogbete-market-fire",
        role="single",
        file="punch_enugu_ogbete_market_fire.html",
        render="html",
        site=SITE_PUNCH,
        title="Traders count losses as fire razes shops at Enugu's Ogbete Main Market",
        date="2025-01-14",
        dateline="",
        city=None,
        country="NG",
        region="africa",
        agency=None,
        authors=["Ifeoma Nwankwo-Obi"],
        editors=[],
        lang="en",
        section="News",
        meta_section="News",
        url="https://punchng.example.com/traders-count-losses-as-fire-razes-shops-at-enugus-ogbete-main-market/",
        description="The fire affected the section of the market where plastic goods, shoes and textiles are sold.",
        published="2025-01-14T06:52:00+01:00",
        modified="2025-01-14T06:52:00+01:00",
        meta_author="Ifeoma Nwankwo-Obi",
        byline_lines=["Ifeoma Nwankwo-Obi"],
        date_lines=["14th January 2025"],
        inserts={1: [("box", "Related News", ["Fire guts Onitsha plank market", "Enugu govt begins market census"])],
                 4: [("ad", "Advertisement")]},
        below_body=[("copyright", "Copyright PUNCH. All rights reserved. This material, and other digital content on "
                     "this website, may not be reproduced, published, broadcast, rewritten or redistributed in whole or "
                     "in part without prior express written permission from PUNCH."),
                    ("contact", "Contact: theeditor@punchng.example.com")],
        author_box=["Ifeoma has over six years' experience covering the South-East, markets and crime."],
        newsletter_end=["Stay informed and ahead of the curve! Follow The Punch Newspaper on WhatsApp for real-time "
                        "updates, breaking news, and exclusive content. Don't miss a headline \u2013 join now!",
                        "Join The Punch Newspapers Channel"],
        paras=P("""
Traders at the Ogbete Main Market in Enugu are counting their losses after a fire razed over 40 shops in the
early hours of Monday.

The fire, which started around 2am, affected the section of the market where plastic goods, shoes and textiles
are sold, according to traders and officials of the Enugu State Fire Service.

A trader, Mr Obinna Chukwuma, told our correspondent that he lost goods worth about N18m. "I came to the
market and everything was ashes. I took a loan to stock my shop for the new year," he said.

Firefighters arrived at the scene within 30 minutes and prevented the fire from spreading to other sections,
the state fire service said in a statement.

The cause of the fire had yet to be determined as of Monday evening, but some traders blamed a power surge
after electricity was restored in the area.

The market's traders association said it would compile a list of affected traders and appeal to the state
government for support.

Ogbete Main Market is one of the largest markets in the South-East, with thousands of shops and stalls.

The state government said a committee would be set up to review fire safety measures in the market.
"""),
        must_have=[
            "The market's traders association said it would compile a list of affected traders and appeal to the state "
            "government for support.",
            "Ogbete Main Market is one of the largest markets in the South-East, with thousands of shops and stalls.",
        ],
    ),
    # -- The Express Tribune: "KARACHI: " opening, "Our Correspondent" byline, print stamp after midnight PKT, "PHOTO:" credit --
    dict(
        cluster="expresstribune-karachi-storm-drains-shc",
        role="single",
        file="expresstribune_karachi_storm_drains_shc_order.html",
        render="html",
        site=SITE_ET,
        title="SHC orders removal of encroachments from Karachi's storm drains before monsoon",
        date="2025-06-11",
        dateline="KARACHI: ",
        city="Karachi",
        country="PK",
        region="asia",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Karachi",
        meta_section="Karachi",
        url="https://tribune.example.com.pk/story/2551930/shc-orders-removal-of-encroachments-from-karachis-storm-drains",
        description="A two-member bench asked the KMC to submit a compliance report within two weeks.",
        published="2025-06-11T02:15:00+05:00",
        modified="2025-06-11T02:15:00+05:00",
        ld_author=[{"@type": "Person", "name": "Our Correspondent"}],
        byline_lines=["Our Correspondent"],
        date_lines=["June 11, 2025"],
        caption="Garbage and shanties line the banks of a storm-water drain in Karachi.",
        credit="EXPRESS",
        credit_shown="PHOTO: EXPRESS",
        inserts={2: [("link", "Read:", "KMC launches drain-cleaning drive ahead of rains")],
                 5: [("ad", "Advertisement")]},
        below_body=[("app", "Get the latest news on the Express Tribune app. Download now.")],
        comments=["COMMENTS (2)", "Comments are moderated and generally will be posted if they are on-topic and not abusive."],
        lists=[("Most Read", ["Sindh announces budget for 2025-26", "Heatwave grips Karachi as mercury touches 42°C"])],
        paras=P("""
The Sindh High Court (SHC) on Tuesday directed the Karachi Metropolitan Corporation (KMC) and other civic
agencies to remove all encroachments from the city's major storm-water drains before the start of the monsoon
season.

A two-member bench issued the directive while hearing a petition filed by residents of Gulshan-e-Iqbal and
North Karachi, whose neighbourhoods were flooded during heavy rains last year.

The petitioners' counsel told the court that shops, houses and garbage dumps had narrowed the drains in several
places, causing rainwater to back up into residential areas.

The bench observed that the civic agencies had failed to implement earlier orders of the court and asked the
KMC to submit a compliance report within two weeks.

"Every year the same areas go under water, and every year the same excuses are given," the bench remarked.

A KMC official told the court that cleaning of 38 major drains had begun and that 60 per cent of the work had
been completed.

The court also directed the Sindh government to provide alternative accommodation to families living on the
banks of the drains before any demolition.

The hearing was adjourned to June 24.
"""),
        must_have=[
            "The court also directed the Sindh government to provide alternative accommodation to families living on the "
            "banks of the drains before any demolition.",
            "The hearing was adjourned to June 24.",
        ],
    ),
    # -- Wallis et Futuna la 1ère (gzipped): "Écrit par NAME", stamped early morning at UTC+12, "À lire aussi" box, themes --
    dict(
        cluster="wf1ere-futuna-alerte-orange-cyclone",
        role="single",
        file="wallisfutuna1ere_futuna_alerte_orange_cyclonique_fr.html.gz",
        render="html",
        site=SITE_WF,
        title="Dépression tropicale : Futuna passe en alerte orange cyclonique",
        date="2025-02-08",
        dateline="",
        city=None,
        country="WF",
        region="oceania",
        agency=None,
        authors=["Malia Tialetagi"],
        editors=[],
        lang="fr",
        section="Environnement",
        meta_section="Environnement",
        url="https://la1ere.example.fr/wallisfutuna/depression-tropicale-futuna-passe-en-alerte-orange-cyclonique-1544820.html",
        description="Des rafales de 100 à 120 km/h et de fortes pluies sont attendues samedi sur Futuna.",
        published="2025-02-08T06:15:00+12:00",
        modified="2025-02-08T06:15:00+12:00",
        meta_author="Malia Tialetagi",
        byline_lines=["Écrit par Malia Tialetagi"],
        date_lines=["Publié le 8 février 2025 à 06h15"],
        caption="Le port de Mata-Utu, à Wallis, vendredi après-midi.",
        credit="Wallis et Futuna la 1ère",
        credit_shown="\u00a9 Wallis et Futuna la 1ère",
        inserts={3: [("box", "À lire aussi", ["Saison cyclonique : les consignes de sécurité à connaître",
                                              "Futuna : la route de Leava fermée après un éboulement"])]},
        tags=("Thèmes", ["météo", "cyclone", "wallis-et-futuna"]),
        share_top=False,
        lists=[("Les plus lus", ["Mini-Jeux : la délégation de Wallis-et-Futuna dévoilée", "Le budget territorial adopté"])],
        paras=P("""
Le préfet, administrateur supérieur des îles Wallis et Futuna, a déclenché vendredi soir l'alerte orange
cyclonique pour Futuna et Alofi, à l'approche d'une dépression tropicale qui se creuse au nord-ouest de
l'archipel.

Selon Météo-France, le phénomène se trouvait vendredi à environ 320 kilomètres de Futuna et se déplaçait vers
le sud-est à une vitesse de 15 km/h. Il pourrait atteindre le stade de tempête tropicale dans la nuit.

Des rafales de 100 à 120 km/h et de fortes pluies sont attendues samedi sur Futuna, avec un risque de houle
dangereuse sur les côtes exposées. Wallis reste pour l'instant en pré-alerte.

En alerte orange, les écoles sont fermées et la population est invitée à rentrer les objets pouvant être
emportés par le vent et à constituer des réserves d'eau et de nourriture.

« Nous demandons à chacun de limiter ses déplacements et de suivre les consignes diffusées à la radio », a
indiqué la cellule de crise de l'administration supérieure.

Les liaisons aériennes entre Wallis et Futuna sont suspendues jusqu'à nouvel ordre.

En 2010, le cyclone Tomas avait causé d'importants dégâts à Futuna, détruisant des habitations et une grande
partie des cultures.
"""),
        must_have=[
            "Les liaisons aériennes entre Wallis et Futuna sont suspendues jusqu'à nouvel ordre.",
            "En 2010, le cyclone Tomas avait causé d'importants dégâts à Futuna, détruisant des habitations et une "
            "grande partie des cultures.",
        ],
    ),
]


# ---- JSON records (news-please and trafilatura) -------------------------------

JSON_STORIES = [
    # news-please, la Repubblica (Bari edition) running ANSA: "(ANSA) - LECCE, 14 MAR - " opening, "1 minuti di lettura", ANSA copyright line.
    dict(
        cluster="repubblica-ansa-lecce-xylella-reimpianto",
        role="single",
        file="newsplease_repubblica_ansa_lecce_xylella_reimpianto_it.json",
        render="newsplease",
        title="Xylella, nel Salento al via il reimpianto di 200mila ulivi resistenti",
        date="2025-03-14",
        dateline="(ANSA) - LECCE, 14 MAR - ",
        city="Lecce",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section=None,
        url="https://bari.repubblica.example.it/cronaca/2025/03/14/news/xylella_salento_reimpianto_200mila_ulivi-424071853/",
        source_domain="bari.repubblica.example.it",
        description="Le piante di Leccino e Favolosa saranno distribuite gratis a circa 1.800 aziende agricole.",
        np_authors=[],
        np_publish="2025-03-14 13:27:00",
        np_modify=None,
        np_download="2025-03-14 21:03:52",
        head_lines=["14 Marzo 2025", "1 minuti di lettura"],
        tail_lines=["Riproduzione riservata \u00a9 Copyright ANSA", "Argomenti", "xylella", "ulivi", "Salento"],
        paras=P("""
Partirà la prossima settimana nel Salento il piano di reimpianto di 200mila ulivi di varietà resistenti alla
Xylella fastidiosa, il batterio che negli ultimi dieci anni ha distrutto milioni di piante in Puglia. Lo ha
annunciato oggi a Lecce l'assessorato regionale all'Agricoltura.

Le nuove piante, delle varietà Leccino e Favolosa, considerate tolleranti al batterio, saranno distribuite
gratuitamente a circa 1.800 aziende agricole delle province di Lecce, Brindisi e Taranto.

Il piano, finanziato con 32 milioni di euro di fondi regionali ed europei, prevede anche contributi per
l'espianto degli alberi secchi e per l'installazione di impianti di irrigazione.

"Il paesaggio del Salento è cambiato per sempre, ma possiamo ridare un futuro all'olivicoltura", ha detto un
dirigente dell'assessorato.

Secondo le organizzazioni agricole, la produzione di olio in provincia di Lecce è crollata di oltre l'80%
rispetto ai livelli precedenti all'epidemia.

I primi reimpianti riguarderanno le zone di Gallipoli, Ugento e Nardò, tra le più colpite.

Coldiretti Puglia ha accolto positivamente il piano, ma chiede tempi più rapidi per l'erogazione dei fondi.
"""),
        must_have=[
            "I primi reimpianti riguarderanno le zone di Gallipoli, Ugento e Nardò, tra le più colpite.",
            "Coldiretti Puglia ha accolto positivamente il piano, ma chiede tempi più rapidi per l'erogazione dei "
            "fondi.",
        ],
    ),
    # news-please, The Courier-Mail (Brisbane): "Subscriber only" marker, name / role / read-time / stamp lines, follow-topics line.
    dict(
        cluster="couriermail-brisbane-ambulance-ramping",
        role="single",
        file="newsplease_couriermail_ambulance_ramping_record.json",
        render="newsplease",
        title="Ambulance ramping hits record at Brisbane hospitals",
        date="2025-06-02",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Olivia Stanhope"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.couriermail.example.com.au/news/queensland/ambulance-ramping-hits-record-at-brisbane-hospitals/news-story/5f0d2c8e71a4b39c",
        source_domain="www.couriermail.example.com.au",
        description="Ambulances spent a record 14,200 hours ramped outside emergency departments in May.",
        np_authors=["Olivia Stanhope"],
        np_publish="2025-06-02 05:00:00",
        np_modify="2025-06-02 07:45:00",
        np_download="2025-06-02 12:31:18",
        head_lines=["Don't miss out on the headlines from Queensland. Followed categories will be added to My News.",
                    "Subscriber only", "Olivia Stanhope", "Health Reporter", "2 min read", "June 2, 2025 - 5:00AM"],
        inserts={3: ["Read related topics:Queensland Health"]},
        tail_lines=["Join the conversation", "Add your comment to this story",
                    "To join the conversation, please log in. Don't have an account? Register"],
        paras=P("""
Queensland ambulances spent a record 14,200 hours ramped outside hospital emergency departments in May, with
the worst delays at Brisbane's biggest hospitals, new figures show.

Data released by Queensland Health shows 44 per cent of patients arriving by ambulance at metropolitan
hospitals were not handed over to emergency staff within the 30-minute target.

The Princess Alexandra and Royal Brisbane and Women's hospitals recorded the longest delays, with some
paramedics waiting more than five hours with patients in the back of ambulances.

"Every hour an ambulance is stuck on the ramp is an hour it's not available to respond to a cardiac arrest or
a car crash," said paramedics union spokesman Daniel Ferris.

A Queensland Health spokeswoman said winter flu and COVID-19 cases had driven a 9 per cent rise in emergency
presentations compared with May last year.

The department said it had opened 120 extra beds across southeast Queensland hospitals and was expanding
hospital-in-the-home programs to free up beds faster.

Ramping hours have risen in each of the past four months.

The Australian Medical Association Queensland has called for more aged-care places so older patients who are
well enough to leave hospital are not stuck in wards.
"""),
        must_have=[
            "Ramping hours have risen in each of the past four months.",
            "The department said it had opened 120 extra beds across southeast Queensland hospitals and was expanding "
            "hospital-in-the-home programs to free up beds faster.",
        ],
    ),
    # news-please, Foroyaa (Banjul): "By NAME" / "On Dec 10, 2024" / "Share" lines, Prev Post / Next Post navigation.
    dict(
        cluster="foroyaa-groundnut-trade-season-price",
        role="single",
        file="newsplease_foroyaa_groundnut_trade_season_price.json",
        render="newsplease",
        title="Groundnut trade season opens with producer price set at D32,000 per tonne",
        date="2024-12-10",
        dateline="",
        city=None,
        country="GM",
        region="africa",
        agency=None,
        authors=["Fatoumatta K. Ceesay"],
        editors=[],
        lang="en",
        section=None,
        url="https://foroyaa.example.net/groundnut-trade-season-opens-with-producer-price-set-at-d32000-per-tonne/",
        source_domain="foroyaa.example.net",
        description="The new price is D2,000 higher than last season's price of D30,000 per tonne.",
        np_authors=["Fatoumatta K. Ceesay"],
        np_publish="2024-12-10 00:00:00",
        np_modify=None,
        np_download="2024-12-10 16:44:27",
        head_lines=["By Fatoumatta K. Ceesay", "On Dec 10, 2024", "Share"],
        tail_lines=["Share", "Facebook", "Twitter", "WhatsApp", "Prev Post",
                    "Brikama Area Council launches tree-planting campaign", "Next Post",
                    "Gunjur fishermen decry shortage of premix fuel"],
        paras=P("""
The Government has announced a producer price of D32,000 per tonne for groundnuts for the 2024/2025 trade
season, which officially opened on Monday.

The price was announced by officials of the Ministry of Trade, Industry, Regional Integration and Employment
at a ceremony in Kaur, in the Central River Region.

The new price is D2,000 higher than last season's price of D30,000 per tonne, officials said.

Farmers will be able to sell their nuts to licensed private buyers and to cooperative societies at designated
buying points across the country.

"We want farmers to be paid in cash on the spot and not to be given credit notes," a senior official of the
ministry said.

Some farmers in Kaur told Foroyaa that the price was still too low to cover the rising cost of fertiliser and
labour.

"A bag of fertiliser now costs more than D1,800. After we pay for everything, nothing remains for the family,"
said Ebrima Sowe, a farmer from Kaur Wharf Town.

The Gambia Groundnut Corporation said it expects to buy about 40,000 tonnes this season, up from 28,000 tonnes
last year.

Groundnuts remain the country's main cash crop and a major source of income for rural households.
"""),
        must_have=[
            "Farmers will be able to sell their nuts to licensed private buyers and to cooperative societies at "
            "designated buying points across the country.",
            "The Gambia Groundnut Corporation said it expects to buy about 40,000 tonnes this season, up from 28,000 "
            "tonnes last year.",
        ],
    ),
    # trafilatura, SWI swissinfo.ch running EFE (original of the EFE cluster): "Este contenido fue publicado el" stamp, EFE legal notice.
    dict(
        MANAGUA,
        role="original",
        section="Ciencia",
        file="trafilatura_swissinfo_efe_managua_volcan_concepcion_es.json",
        render="trafilatura",
        url="https://www.swissinfo.example.ch/spa/el-volc%C3%A1n-concepci%C3%B3n-de-nicaragua-registra-explosiones-de-gases-y-cenizas/88924177",
        hostname="www.swissinfo.example.ch",
        source_hostname="SWI swissinfo.ch",
        tf_author="EFE",
        tf_date="2025-02-18",
        tf_language="es",
        categories="Ciencia;América Latina",
        tf_tags="Nicaragua;volcanes;Ometepe",
        head_lines=["Este contenido fue publicado el", "18 febrero 2025 - 19:42", "2 minutos"],
        tail_lines=["EFE wmr/gf",
                    "\u00a9 EFE 2025. Está expresamente prohibida la redistribución y la redifusión de todo o parte de los "
                    "contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A.",
                    "Lo más leído"],
    ),
    # trafilatura, Estado de Minas (Belo Horizonte): "postado em ... / atualizado em ..." stamp, WhatsApp and Google News lines.
    dict(
        cluster="em-bh-hortas-comunitarias",
        role="single",
        file="trafilatura_estadodeminas_bh_hortas_comunitarias_pt.json",
        render="trafilatura",
        title="BH lança programa de hortas comunitárias em 40 terrenos ociosos",
        date="2025-05-27",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Luiza Andrade"],
        editors=[],
        lang="pt",
        section="Gerais",
        url="https://www.em.example.com.br/gerais/2025/05/7149263-bh-lanca-programa-de-hortas-comunitarias-em-40-terrenos-ociosos.html",
        hostname="www.em.example.com.br",
        source_hostname="Estado de Minas",
        tf_author="Luiza Andrade",
        tf_date="2025-05-27",
        tf_language="pt",
        categories="Gerais;Belo Horizonte",
        tf_tags="hortas comunitárias;Belo Horizonte;segurança alimentar",
        description="Cada horta deve produzir, em média, 800 quilos de alimentos por mês.",
        head_lines=["Luiza Andrade", "postado em 27/05/2025 06:00 / atualizado em 27/05/2025 09:12"],
        inserts={2: ["Leia também: Venda Nova ganha nova unidade do restaurante popular"]},
        tail_lines=["Tags", "Belo Horizonte", "hortas comunitárias",
                    "Receba notícias do Estado de Minas no WhatsApp", "Siga o Estado de Minas no Google Notícias"],
        paras=P("""
A Prefeitura de Belo Horizonte lançou nesta segunda-feira (26/5) um programa para transformar 40 terrenos
públicos ociosos em hortas comunitárias até o fim do ano. A primeira delas fica no Bairro Jardim Leblon, na
Região de Venda Nova.

Os espaços serão cedidos a associações de moradores, escolas e grupos de agricultores urbanos, que ficarão
responsáveis pelo cultivo de hortaliças, ervas medicinais e frutas.

Segundo a Secretaria Municipal de Segurança Alimentar, cada horta deve produzir, em média, 800 quilos de
alimentos por mês. Parte da produção será doada a restaurantes populares e creches da rede municipal.

\u201cMuitos desses terrenos viravam depósito de lixo e entulho. Agora vão produzir comida e reunir a
vizinhança\u201d, disse a coordenadora do programa, Cláudia Brandão.

A prefeitura vai fornecer sementes, mudas, ferramentas e assistência técnica, além de instalar caixas d'água
para a irrigação.

Moradores interessados em participar podem se inscrever nos centros de saúde e nas regionais da prefeitura.

Belo Horizonte já conta com cerca de 90 hortas comunitárias e escolares, a maioria na Região Norte e em Venda
Nova.
"""),
        must_have=[
            "Moradores interessados em participar podem se inscrever nos centros de saúde e nas regionais da "
            "prefeitura.",
            "Parte da produção será doada a restaurantes populares e creches da rede municipal.",
        ],
    ),
    # trafilatura, Gulf Daily News running BNA: "Manama, Mar. 6 (BNA): " opening with a colon, no byline, GDN app line.
    dict(
        cluster="gdn-bna-manama-spring-of-culture",
        role="single",
        file="trafilatura_gdn_bna_spring_of_culture_opens.json",
        render="trafilatura",
        title="Spring of Culture festival opens with more than 60 events across Bahrain",
        date="2025-03-06",
        dateline="Manama, Mar. 6 (BNA): ",
        city="Manama",
        country="BH",
        region="asia",
        agency="BNA",
        authors=[],
        editors=[],
        lang="en",
        section="Local News",
        url="https://www.gdnonline.example.com/Details/1361842/Spring-of-Culture-festival-opens-with-more-than-60-events-across-Bahrain",
        hostname="www.gdnonline.example.com",
        source_hostname="Gulf Daily News",
        tf_author=None,
        tf_date="2025-03-06",
        tf_language="en",
        categories="Local News;Culture",
        tf_tags="Spring of Culture;BACA;festivals",
        description="Concerts, plays, exhibitions and talks are planned at venues across Bahrain until the end of April.",
        head_lines=["Local News", "Thursday, March 06, 2025"],
        tail_lines=["Read More", "Bahrain's first heritage hotel opens in Muharraq",
                    "Download the GDN app for the latest news", "Copyright \u00a9 2025 Gulf Daily News. All rights reserved."],
        paras=P("""
The Spring of Culture festival opened yesterday with more than 60 concerts, plays, exhibitions and talks planned
at venues across Bahrain until the end of April.

The festival, organised by the Bahrain Authority for Culture and Antiquities (BACA) with private partners,
opened with a concert by a Bahraini orchestra at the Bahrain National Theatre.

This year's programme includes performers and artists from 14 countries, including Egypt, Lebanon, Italy,
South Korea and Brazil.

Exhibitions will be held at the Bahrain National Museum, Arad Fort and several galleries in Muharraq, where
traditional houses restored as part of the Pearling Path heritage site will host evening events.

"The festival has become a meeting point between Bahraini creativity and the world," a BACA official said at
the opening.

Organisers said tickets for several concerts at the national theatre had already sold out.

A series of free events for children and families will be held at weekends in public parks in Manama, Riffa
and Isa Town.

The Spring of Culture was launched in 2006 and has become one of the main cultural events in the Gulf.
"""),
        must_have=[
            "Organisers said tickets for several concerts at the national theatre had already sold out.",
            "The Spring of Culture was launched in 2006 and has become one of the main cultural events in the Gulf.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_KABAR = dict(
    name="Kabar",
    home="https://en.kabar.example.kg",
    title_suffix=" - Kabar",
    locale="en_US",
    twitter="@KabarAgency",
    body_class="news-page",
    article_class="news-detail",
    body_class_inner="news-detail__text",
    cookie=None,
    top_links=["Кыргызча", "Русский", "English"],
    nav=["Politics", "Economy", "Society", "Culture", "Sport", "Region", "World", "Photo"],
    share=["Share:", "Facebook", "Telegram", "WhatsApp"],
    footer=["\u00a9 Kabar National News Agency of Kyrgyzstan", "About the agency", "Contacts"],
)

SITE_INFOBAE = dict(
    name="infobae",
    home="https://www.infobae.example.com",
    title_suffix=" - Infobae",
    locale="es_LA",
    twitter="@infobae",
    body_class="article-page",
    article_class="article",
    body_class_inner="body-article",
    cookie=None,
    top_links=["Últimas noticias", "Suscribite al newsletter"],
    nav=["América", "Política", "Economía", "Sociedad", "Deportes", "Teleshow", "Tendencias", "Opinión"],
    share=["Guardar", "Compartir en Facebook", "Compartir en X", "Compartir en WhatsApp"],
    footer=["Infobae", "Términos y Condiciones", "Política de Privacidad", "Criterios de Confianza"],
)

JSONL_A = "crawl_holdout10_2025-a.jsonl"
JSONL_B = "crawl_holdout10_2025-b.jsonl.gz"

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on a markets portal (syndicated member of the Reuters cluster), US-format stamp.
    dict(
        BELGRADE,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        url="https://www.marketscreener.example.com/news/serbia-s-raspberry-exports-set-to-fall-as-heat-and-hail-hit-harvest-ce7c5adadb8ff125",
        nb_published="2025-07-08T10:41:00Z",
        outlet="MarketScreener",
        nb_authors=["Reuters"],
        head_lines=["Published on 07/08/2025 at 06:41 am EDT", "Share"],
        tail_lines=[BELGRADE_CREDITS, "\u00a9 Reuters 2025",
                    "Latest news about Serbia", "Serbia's central bank keeps key rate at 5.75%"],
    ),
    # news-please shape: the AP story on a Trinidad paper (syndicated member of the AP cluster), keeps the contributor line.
    dict(
        PARAMARIBO,
        role="syndicated",
        file=JSONL_A,
        render="newsplease",
        url="https://trinidadexpress.example.com/news/world/floods-force-hundreds-of-families-from-villages-in-suriname-s-interior/article_6a2f1c84-31b9-11f0-9d55-0b7f1e2c4a11.html",
        source_domain="trinidadexpress.example.com",
        np_authors=["Renata Doorson Associated Press"],
        np_publish="2025-05-15 16:25:00",
        np_modify=None,
        np_download="2025-05-16 03:10:47",
        head_lines=["RENATA DOORSON Associated Press", "May 15, 2025"],
        tail_lines=[PARAMARIBO_CONTRIB,
                    "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
                    "broadcast, rewritten or redistributed without permission.",
                    "Trending Now"],
    ),
    # newsbeam html shape: Kabar (Kyrgyz state agency, own site), "Bishkek, April 22 /Kabar/. " dateline, no byline.
    dict(
        cluster="kabar-bishkek-gold-output",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_KABAR,
        title="Kyrgyzstan's gold output rises 12% in first quarter",
        date="2025-04-22",
        dateline="Bishkek, April 22 /Kabar/. ",
        city="Bishkek",
        country="KG",
        region="asia",
        agency="Kabar",
        authors=[],
        editors=[],
        lang="en",
        section="Economy",
        meta_section="Economy",
        url="https://en.kabar.example.kg/news/kyrgyzstans-gold-output-rises-12-in-first-quarter/",
        description="Gold production rose 12.4 percent year-on-year to 5.3 tonnes, the National Statistical Committee said.",
        published="2025-04-22T15:40:00+06:00",
        modified="2025-04-22T15:40:00+06:00",
        ld_author=[{"@type": "Organization", "name": "Kabar"}],
        date_lines=["22 April 2025, 15:40"],
        tags=("Tags:", ["gold", "mining", "economy"]),
        lists=[("Latest news", ["Bishkek to plant 100,000 trees this spring", "Issyk-Kul expects record tourist season"])],
        nb_published="2025-04-22T09:40:00Z",
        outlet="Kabar",
        nb_authors=[],
        paras=P("""
Gold production in Kyrgyzstan rose by 12.4 percent year-on-year in the first quarter of 2025 to 5.3 tonnes,
the National Statistical Committee reported.

The growth was driven mainly by higher output at the Kumtor mine, the country's largest, as well as by the
start of production at two new deposits in the Talas and Chui regions.

Gold remains the country's main export product, accounting for about 40 percent of total exports in 2024,
according to the committee.

Overall industrial production in the first quarter increased by 8.1 percent, the committee said.

The Ministry of Natural Resources said that 17 new licences for the exploration of gold deposits had been
issued since the beginning of the year.

High world gold prices have also increased revenues to the state budget from mining taxes, which grew by about
a quarter compared with the same period last year.

Part of the gold produced is bought by the National Bank of the Kyrgyz Republic to replenish the country's
international reserves.

The government expects total gold production to reach 25 tonnes this year.
"""),
        must_have=[
            "Overall industrial production in the first quarter increased by 8.1 percent, the committee said.",
            "The government expects total gold production to reach 25 tonnes this year.",
        ],
    ),
    # newsbeam text shape: Matangi Tonga, crawler stamp in UTC on the previous day (the page is at UTC+13).
    dict(
        cluster="matangitonga-intercollegiate-athletics",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        title="Tonga College wins inter-collegiate athletics title for third year in a row",
        date="2025-05-18",
        dateline="",
        city=None,
        country="TO",
        region="oceania",
        agency=None,
        authors=["Mele Taumoepeau"],
        editors=[],
        lang="en",
        section=None,
        url="https://matangitonga.example.to/2025/05/18/tonga-college-wins-inter-collegiate-athletics-title",
        nb_published="2025-05-17T21:30:00Z",
        outlet="Matangi Tonga",
        nb_authors=["Mele Taumoepeau"],
        head_lines=["By Mele Taumoepeau", "Sunday, May 18, 2025 - 10:30", "Sports"],
        tail_lines=["Matangi Tonga Online, Nuku'alofa, Tonga", "Print this article", "Advertise with Matangi Tonga"],
        paras=P("""
Tonga College 'Atele won the boys' division of the annual Inter-Collegiate Athletics Championship for the third
consecutive year, as the three-day meet ended at Teufaiva Sports Stadium in Nuku'alofa on Saturday.

The school finished with 412 points, ahead of Tupou College Toloa on 356 and Liahona High School on 301.

In the girls' division, Queen Salote College claimed the title with 389 points, ending a four-year run by Tonga
High School.

More than 2,000 athletes from 24 secondary schools on Tongatapu, Vava'u, Ha'apai and 'Eua competed in track and
field events, while thousands of supporters in school colours filled the stands each day.

Two national records were broken. Sione Kaufana of Tonga College ran the boys' under-19 100 metres in 10.61
seconds, and Lesieli Tu'ipulotu of Queen Salote College threw 41.8 metres in the girls' discus.

"The standard of our young athletes keeps rising every year," said Vilisoni Fonua, president of the Tonga
Amateur Athletics Association.

The association will select athletes from the meet for the national team for the Oceania Athletics
Championships later this year.
"""),
        must_have=[
            "The school finished with 412 points, ahead of Tupou College Toloa on 356 and Liahona High School on 301.",
            "The association will select athletes from the meet for the national team for the Oceania Athletics "
            "Championships later this year.",
        ],
    ),
    # newsbeam html shape (gzipped batch): the EFE story on an Argentine portal (syndicated member of the EFE cluster), EST stamp.
    dict(
        MANAGUA,
        role="syndicated",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_INFOBAE,
        section="América",
        meta_section="América",
        url="https://www.infobae.example.com/america/agencias/2025/02/19/el-volcan-concepcion-de-nicaragua-registra-explosiones-de-gases-y-cenizas/",
        published="2025-02-18T19:50:00-05:00",
        modified="2025-02-18T19:50:00-05:00",
        ld_author=[{"@type": "Person", "name": "EFE"}],
        byline_lines=["Por EFE"],
        date_lines=["18 Feb, 2025 07:50 p.m. EST"],
        caption="Fotografía de archivo del volcán Concepción, en la isla de Ometepe (Nicaragua).",
        credit="EFE/Julio Reyes",
        credit_shown="EFE/Julio Reyes",
        share_top=True,
        below_body=[("newsletter", "Recibí las noticias de América Latina en tu correo. Suscribite")],
        nb_published="2025-02-19T00:50:00Z",
        outlet="Infobae",
        nb_authors=["EFE"],
    ),
    # trafilatura shape (gzipped batch): China.org.cn running Xinhua, "Source: Xinhua" line, forum counter, "Enditem".
    dict(
        cluster="chinaorg-xinhua-djibouti-desalination",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Djibouti expands desalination plant to ease water shortages",
        date="2025-06-04",
        dateline="DJIBOUTI, June 4 (Xinhua) -- ",
        city="Djibouti",
        country="DJ",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=[],
        lang="en",
        section="World",
        url="http://www.china.example.org.cn/world/Off_the_Wire/2025-06/04/content_117916432.htm",
        hostname="www.china.example.org.cn",
        source_hostname="China.org.cn",
        tf_author=None,
        tf_date="2025-06-04",
        tf_language="en",
        categories="World;Off the Wire",
        tf_tags="Djibouti;water;desalination",
        description="The plant will now produce 45,000 cubic meters of drinking water per day.",
        head_lines=["Source: Xinhua | 2025-06-04 23:40:18"],
        tail_lines=["Enditem", "Follow China.org.cn on X and Facebook to join the conversation.",
                    "Go to Forum >>0 Comment(s)"],
        paras=P("""
Djibouti on Wednesday inaugurated the expansion of its main seawater desalination plant, which will double its
daily output and ease chronic water shortages in the capital, officials said.

The plant, located in the Doraleh area west of Djibouti City, will now produce 45,000 cubic meters of drinking
water per day, up from 22,500 cubic meters, according to the National Office of Water and Sanitation of
Djibouti (ONEAD).

Djibouti, one of the most water-scarce countries in the world, relies heavily on groundwater that is becoming
increasingly salty due to over-pumping, officials said.

Speaking at the ceremony, an ONEAD official said the expansion would allow most households in the capital to
receive water every day instead of every other day.

"This is a major step toward water security for our population," he said.

The expansion was funded with loans and grants from international partners and includes solar panels that
cover part of the plant's electricity needs.

Djibouti also receives water through a pipeline from neighboring Ethiopia, which was completed in 2017.

The government plans to build a second desalination plant to serve the city of Tadjourah by 2027.
"""),
        must_have=[
            "Djibouti also receives water through a pipeline from neighboring Ethiopia, which was completed in 2017.",
            "The government plans to build a second desalination plant to serve the city of Tadjourah by 2027.",
        ],
    ),
    # news-please shape (gzipped batch): Il Gazzettino (Venice), "VENEZIA" tag line, "di NAME", weekday stamp, reading time.
    dict(
        cluster="gazzettino-venezia-contributo-accesso-bilancio",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="Venezia, il contributo d'accesso incassa 5,4 milioni: meno turisti nei giorni da bollino",
        date="2025-08-05",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Alvise Zanon"],
        editors=[],
        lang="it",
        section=None,
        url="https://www.ilgazzettino.example.it/venezia/contributo_accesso_venezia_incassi_2025_bilancio-8911462.html",
        source_domain="www.ilgazzettino.example.it",
        description="Circa 720mila pagamenti in 54 giorni, presenze di turisti giornalieri in calo del 6%.",
        np_authors=["Alvise Zanon"],
        np_publish="2025-08-05 11:58:00",
        np_modify=None,
        np_download="2025-08-05 19:26:03",
        head_lines=["VENEZIA", "di Alvise Zanon", "Martedì 5 Agosto 2025, 11:58", "3 Minuti di Lettura"],
        inserts={2: ["LEGGI ANCHE Mestre, chiude per lavori il sottopasso della stazione"]},
        tail_lines=["\u00a9 RIPRODUZIONE RISERVATA", "Ultimo aggiornamento: 12:20"],
        paras=P("""
Il contributo d'accesso per i visitatori giornalieri ha portato nelle casse del Comune di Venezia 5,4 milioni
di euro nel 2025, oltre il doppio rispetto alla sperimentazione dell'anno scorso. I dati sono stati presentati
ieri a Ca' Farsetti.

Nei 54 giorni di applicazione, tra aprile e luglio, sono stati registrati circa 720mila pagamenti da 5 e 10
euro, mentre oltre 2,6 milioni di persone sono risultate esenti, tra residenti del Veneto, lavoratori, studenti
e ospiti degli alberghi.

Secondo il Comune, nei giorni di applicazione la presenza di turisti giornalieri è calata in media del 6%
rispetto agli stessi giorni del 2024.

«Non è una misura per fare cassa, ma per gestire i flussi in una città fragile», ha spiegato un dirigente
comunale.

I controlli sono stati effettuati da steward e agenti della polizia locale ai varchi della stazione di Santa
Lucia, di piazzale Roma e delle principali fermate dei vaporetti. Le sanzioni sono state poco più di 1.100.

Le opposizioni in consiglio comunale parlano invece di un provvedimento inefficace, che non ha ridotto
l'affollamento nelle zone di San Marco e Rialto.

Gli incassi saranno destinati alla manutenzione della città e alla riduzione della tassa sui rifiuti per i
residenti.
"""),
        must_have=[
            "Le sanzioni sono state poco più di 1.100.",
            "Gli incassi saranno destinati alla manutenzione della città e alla riduzione della tassa sui rifiuti per i "
            "residenti.",
        ],
    ),
    # newsbeam text shape (gzipped batch): Times of Eswatini, "MBABANE \u2013 " opening, byline and stamp lines, comment prompt.
    dict(
        cluster="timesofeswatini-mbabane-bursaries-paid",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Govt pays E86m in outstanding bursaries for 4 000 students",
        date="2025-03-12",
        dateline="MBABANE \u2013 ",
        city="Mbabane",
        country="SZ",
        region="africa",
        agency=None,
        authors=["Thandeka Shongwe"],
        editors=[],
        lang="en",
        section=None,
        url="https://new.times.example.co.sz/news/govt-pays-e86m-in-outstanding-bursaries-for-4-000-students/",
        nb_published="2025-03-12T04:00:00Z",
        outlet="Times of Eswatini",
        nb_authors=["Thandeka Shongwe"],
        head_lines=["By Thandeka Shongwe", "March 12, 2025", "News"],
        tail_lines=["Be the first to comment", "Login to comment",
                    "Times of Eswatini \u2013 Eswatini's oldest independent newspaper"],
        paras=P("""
The Ministry of Labour and Social Security has paid E86 million owed to tertiary institutions for about 4 000
government-sponsored students, ending a standoff that had kept some students out of lectures for weeks.

The Scholarship Unit confirmed yesterday that the payments covered tuition and accommodation fees for the first
semester at the University of Eswatini, the Eswatini College of Technology and several private institutions.

Students had complained that they were denied access to examination halls and residences because government
had not paid its share of their fees.

"We can now focus on our studies instead of worrying about being chased out of the residences," said a
third-year student at the University of Eswatini's Kwaluseni campus.

The ministry said delays were caused by a late release of funds from Treasury and by the verification of
student lists submitted by institutions.

Allowances of E1 250 per month for students not staying in residences will be paid by the end of the week, the
ministry said.

The Swaziland National Union of Students (SNUS) welcomed the payment but called for a permanent solution to the
late disbursement of funds, which has happened for three consecutive years.

About 12 000 students depend on government scholarships in Eswatini.
"""),
        must_have=[
            "The Scholarship Unit confirmed yesterday that the payments covered tuition and accommodation fees for the "
            "first semester at the University of Eswatini, the Eswatini College of Technology and several private "
            "institutions.",
            "About 12 000 students depend on government scholarships in Eswatini.",
        ],
    ),
]


# --------------------------------------------------------------------------
# notes, render, validate, write
# --------------------------------------------------------------------------

# Remarks on individual labels a reader may question (kept in labels.json).
HOLDOUT_NOTES = {
    "purpose": "tenth held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text and casing are kept: PBS News "
    "'(AP Photo/Ravi Ramdin)' -> 'AP Photo/Ravi Ramdin'; Cyprus Mail's bare '(Christos Theodorides)' after the "
    "caption -> 'Christos Theodorides'; Milliyet '(Fotoğraf: Hakan Yıldırım/AA)' (Fotoğraf = photograph) -> 'Hakan "
    "Yıldırım/AA'; ZEIT ONLINE's line '\u00a9 Lina Bergholz/dpa' under the caption -> 'Lina Bergholz/dpa'; SNA "
    "'(Seychelles Islands Foundation) Photo License: All Rights Reserved' -> 'Seychelles Islands Foundation' (the "
    "licence words are chrome); Samoa News '[SN photo: Leilani Sopoaga]' -> 'Leilani Sopoaga' (the wrapper names "
    "the paper, the credit is the photographer, as 'Post Photo:' in dev_set11); El Nuevo Día '(Xavier Araújo "
    "Muñiz)' -> 'Xavier Araújo Muñiz'; U.S. News 'REUTERS/Dusan Ilic/File Photo' -> 'REUTERS/Dusan Ilic' and its "
    "'FILE PHOTO:' prefix is chrome, not caption; Rzeczpospolita 'Fot.: Adobe Stock' -> 'Adobe Stock'; JN 'Foto: "
    "Rui Fonseca/Global Imagens' -> 'Rui Fonseca/Global Imagens'; Le Point '\u00a9 Kossi AMEGAN / AFP' -> 'Kossi "
    "AMEGAN / AFP' (capitals and spaces kept); Los Angeles Times '(Jonah Whitcomb / Los Angeles Times)' -> 'Jonah "
    "Whitcomb / Los Angeles Times'; Liechtensteiner Vaterland 'Bild: Elma Korac' -> 'Elma Korac'; The Express "
    "Tribune 'PHOTO: EXPRESS' -> 'EXPRESS' (the paper's own photo desk); Wallis et Futuna la 1ère '\u00a9 Wallis et "
    "Futuna la 1ère' -> 'Wallis et Futuna la 1ère'; Infobae 'EFE/Julio Reyes' as printed",
    "photo_agency_not_story_agency": "the agency of a story comes from its dateline, byline or source line, not "
    "from a photo: ZEIT ONLINE's story is dpa because of '(dpa/mv)' and 'Quelle: dpa Mecklenburg-Vorpommern', "
    "Milliyet's is Anadolu because of '(AA)' and 'Kaynak: AA' (its AA photographer only agrees); the Infobae copy is "
    "EFE because of the '(EFE)' dateline and 'Por EFE', not because of the EFE photo",
    "agency_names": "agencies are labelled by their usual short name: 'Reuters', 'AP', 'AFP', 'dpa', 'EFE', "
    "'ANSA', 'Xinhua', 'PTI', 'Anadolu' (Anadolu Agency, printed 'AA'), 'SNA' (Seychelles News Agency), 'BNA' "
    "(Bahrain News Agency) and 'Kabar' (Kabar National News Agency of Kyrgyzstan)",
    "agency_own_sites": "the Seychelles News Agency and Kabar publish on their own sites; the stories are their "
    "agency copy (agency SNA, Kabar), and SNA's bylined reporter is an author ('By: Marie-Claire Hoareau'). SNA's "
    "header line 'Victoria, Seychelles | March 3, 2025, Monday @ 11:12 | By: ... | Views: 1,284' is a header block, "
    "not a dateline (as The Indian Express 'Ahmedabad | Updated: ...' line in dev_set12), and the text opens with "
    "'(Seychelles News Agency) - ', which names no place: dateline_city null, country SC from the story (Aldabra). "
    "Kabar's opening 'Bishkek, April 22 /Kabar/. ' is a dateline -> Bishkek",
    "bylines": "names in natural case: PBS 'By \u2014 Renata Doorson, Associated Press' -> Renata Doorson, and "
    "'Associated Press writer Kerwin Baptiste in Port of Spain, Trinidad, contributed to this report.' adds Kerwin "
    "Baptiste (the Trinidad Express copy prints 'RENATA DOORSON Associated Press' and keeps the contributor line, so "
    "both AP records have both writers); the Reuters credits line '(Reporting by Jelena Vukovic; Editing by ...)' "
    "gives the writer on U.S. News and on MarketScreener, both bylined only 'Reuters'; The Tribune 'By LATOYA "
    "McKINNEY' / 'Tribune Staff Reporter' / e-mail -> Latoya McKinney; 'By Leilani Sopoaga, Samoa News Reporter' "
    "-> Leilani Sopoaga; El Nuevo Día 'Por Gabriel Rosado Quiñones' plus an e-mail line -> Gabriel Rosado Quiñones; "
    "Los Angeles Times 'By Marisa Quintanilla' / 'Staff Writer' -> Marisa Quintanilla; la 1ère 'Écrit par Malia "
    "Tialetagi' -> Malia Tialetagi; the Courier-Mail name line 'Olivia Stanhope' with 'Health Reporter' under it; "
    "Foroyaa 'By Fatoumatta K. Ceesay' keeps the middle initial; Il Gazzettino 'di Alvise Zanon'; Punch, "
    "Rzeczpospolita, JN, Vaterland and Estado de Minas print the name alone. Placeholders give no author: 'By "
    "Reuters', 'Source AFP' (Le Point), 'Por EFE' (Infobae), 'EFE' (swissinfo's author field), 'PTI' (Deccan "
    "Herald), 'Our Correspondent' (The Express Tribune). NHK WORLD-JAPAN, Milliyet, ZEIT ONLINE, la Repubblica's "
    "ANSA copy, Kabar, Gulf Daily News and China.org.cn print no byline (authors empty)",
    "editors": "the Reuters 'Editing by Louise Hartley and Gerald Penfold' gives two editors (on both Reuters "
    "records); there is no other editor credit in the set: 'EFE wmr/gf' are EFE desk initials, and China.org.cn "
    "prints no 'Editor:' line",
    "no_dateline": "these stories carry no place at their start: dateline_city null, country from the story's "
    "main location: Cyprus Mail (CY), NHK WORLD-JAPAN (JP), SNA (SC, see agency_own_sites), The Tribune (BS, "
    "Exuma), Samoa News (AS, Tafuna), El Nuevo Día (PR, San Juan), Rzeczpospolita (PL), JN (PT, Braga), Los "
    "Angeles Times (US, Baldwin Park), Liechtensteiner Vaterland (LI, Vaduz), Punch (NG, Enugu), Wallis et Futuna "
    "la 1ère (WF, Futuna), The Courier-Mail (AU, Brisbane), Foroyaa (GM, Kaur), Estado de Minas (BR, Belo "
    "Horizonte), Matangi Tonga (TO, Nuku'alofa), Il Gazzettino (IT, Venice: its 'VENEZIA' line above the byline "
    "is the edition tag of the header block, not a dateline)",
    "datelines_to_city": "GeoNames English names: 'PARAMARIBO, Suriname (AP) \u2014' -> Paramaribo, 'MALATYA (AA) - "
    "' -> Malatya, 'Kohima, Dec 4 (PTI)' -> Kohima, 'Schwerin (dpa/mv) - ' -> Schwerin ('mv' is dpa's "
    "Mecklenburg-Vorpommern service, not a place), 'BELGRADE, July 8 (Reuters)' -> Belgrade, 'Lomé (AFP) - ' -> "
    "Lomé, 'KARACHI: ' -> Karachi (Pakistani papers open staff stories with the city in capitals and a colon), "
    "'(ANSA) - LECCE, 14 MAR - ' -> Lecce (ANSA prints the agency before the city), 'Managua, 18 feb (EFE).- ' -> "
    "Managua, 'Manama, Mar. 6 (BNA): ' -> Manama, 'Bishkek, April 22 /Kabar/. ' -> Bishkek, 'DJIBOUTI, June 4 "
    "(Xinhua) --' -> Djibouti (the capital city, GeoNames 'Djibouti'), 'MBABANE \u2013 ' -> Mbabane (Times of "
    "Eswatini staff copy)",
    "dates": "dates are on the publisher's calendar in the offset the page states: the Los Angeles Times 'Aug. 21, "
    "2025 8:30 PM PT' at UTC-7 (03:30 on the 22nd in UTC) -> 2025-08-21; The Express Tribune 'June 11, 2025', "
    "published 02:15 at UTC+5 (21:15 on the 10th in UTC) -> 2025-06-11; Wallis et Futuna la 1ère 'Publié le 8 "
    "février 2025 à 06h15' at UTC+12 (18:15 on the 7th in UTC) -> 2025-02-08; Matangi Tonga 'Sunday, May 18, "
    "2025 - 10:30' while the crawler's published stamp is 2025-05-17 21:30 in UTC -> 2025-05-18; Infobae '18 Feb, "
    "2025 07:50 p.m. EST' (its URL path says 2025/02/19 and the crawler stamp is 00:50 on the 19th in UTC) -> "
    "2025-02-18, the day of the EFE dateline; Samoa News 'Tue, 03/04/2025 - 18:32' and MarketScreener 'Published "
    "on 07/08/2025' are month/day (US formats) -> 2025-03-04 and 2025-07-08; Milliyet 'Giriş:' not 'Güncelleme:', "
    "Rzeczpospolita 'Publikacja:' not 'Aktualizacja:', Estado de Minas 'postado em' not 'atualizado em', the "
    "Courier-Mail's publish stamp not its modify stamp; Il Gazzettino's 'Ultimo aggiornamento: 12:20' is an update; "
    "the Los Angeles Times modified time (next morning) is an update",
    "sign_off_lines": "lines outside the story text are chrome: the Reuters credits line and 'Copyright 2025 "
    "Thomson Reuters.' (U.S. News; the credits line and '\u00a9 Reuters 2025' on MarketScreener), the AP "
    "contributor line and AP copyright notice, 'Kaynak: AA', the Deccan Herald '(Published 04 December 2024, 18:42 "
    "IST)' line, ZEIT ONLINE's dpa automation notice, 'EFE wmr/gf' and EFE's legal notice, 'Riproduzione riservata "
    "\u00a9 Copyright ANSA', 'Enditem', the AFP copyright line on Le Point, Punch's copyright notice and contact "
    "line, the author bios of the Los Angeles Times and Punch",
    "inline_chrome": "text inside the story that is not story text is chrome: 'Read more:' (Cyprus Mail), the "
    "'İlgili Haberler' box (Milliyet), 'Lee también:' (El Nuevo Día), 'Czytaj więcej' (Rzeczpospolita), 'Leia "
    "também' (JN and Estado de Minas), 'Mehr zum Thema:' and 'Anzeige' (Vaterland), Punch's 'Related News' box, "
    "'Read:' (The Express Tribune), 'À lire aussi' (la 1ère), 'Read related topics:' (Courier-Mail), 'LEGGI ANCHE' "
    "(Il Gazzettino), advertisement labels",
    "other_chrome": "the Los Angeles Times audio player ('Listen to this article 0:00 3:42') and automated-voice "
    "notice, and its correction box below the story (a correction is an editor's note about the page, not story "
    "text); Cyprus Mail's cookie notice and '0 Comments' counter in the text scrape; SNA's 'Views:' counter inside "
    "its header line; NHK WORLD-JAPAN's app-download lines; Vaterland's 'Abo-Artikel' and the Courier-Mail's "
    "'Subscriber only' paywall markers; Foroyaa's 'Prev Post' / 'Next Post' navigation; China.org.cn's 'Go to "
    "Forum >>0 Comment(s)'",
    "section": "HTML pages (including the newsbeam html records) label article:section; trafilatura records the "
    "first category; text pages, news-please and newsbeam text records null. Kickers ('Rolnictwo' on "
    "Rzeczpospolita, 'Landtag' on Vaterland) are not sections",
    "regions": "Cyprus (CY) is in Western Asia in UN M49 -> asia, as are Turkey, Bahrain and Kyrgyzstan; "
    "Seychelles, Togo, the Gambia, Djibouti, Eswatini and Nigeria -> africa; American Samoa (AS), Wallis and Futuna "
    "(WF) and Tonga -> oceania; Serbia and Liechtenstein -> europe; Suriname, the Bahamas, Puerto Rico (PR, its own "
    "ISO code) and Nicaragua -> americas",
    "languages": "Turkish 'tr' (Milliyet) and Polish 'pl' (Rzeczpospolita) appear next to en, fr, es, pt, de and it",
    "cyprusmail_reservoirs": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with the clean "
    "text; its must_have sentences contain no quotes or apostrophes; it has no photo, so no caption",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"source afp", "por efe", "redazione ansa", "anadolu ajansı", "sna", "seychelles news agency",
                "bna", "kabar", "our correspondent", "staff writer", "health reporter", "tribune staff reporter",
                "samoa news reporter", "by reuters", "renata doorson associated press", "nhk", "infobae"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
