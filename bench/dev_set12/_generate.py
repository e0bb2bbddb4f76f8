#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's twelfth development set (bench/dev_set12/, first written as the ninth held-out set).

    .venv/bin/python bench/dev_set12/_generate.py

Writes ``bench/dev_set12/articles/*`` and ``bench/dev_set12/labels.json``.  Output
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
bench/dev_set11/ do not have.  Do not edit stories or labels to suit the
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

# ---- cluster: Reuters, Colombo (reuters.com scrape + copy on a Pakistani business site in a batch) ----

COLOMBO_PARAS = P("""
Sri Lanka's average tea auction price rose to its highest in more than two years at this week's Colombo sale,
brokers said on Tuesday, as a prolonged dry spell in the central hills cut production and buyers from the
Middle East and Russia competed for limited supply.

The average price across all grades reached 1,412 Sri Lankan rupees ($4.80) per kg, up 9% from a month
earlier, according to data from broker Lanka Leaf Brokers.

Production in January and February fell about 11% from a year earlier, the Sri Lanka Tea Board said, as
rainfall in Nuwara Eliya and Badulla districts was less than half the seasonal average.

"Quality teas from the high-grown estates are simply not coming to the auction in the volumes buyers expect,"
said Ravindra Gunasekara, a director at the brokerage.

Tea is one of Sri Lanka's biggest export earners, bringing in about $1.4 billion last year, and the industry
employs hundreds of thousands of workers, many of them on estates in the central highlands.

Higher prices are welcome for producers still recovering from a 2021 ban on chemical fertilisers, which was
reversed within months but hurt yields for two seasons.

Estate companies, however, warned that rising wages and electricity costs were eating into margins.

The weather office expects inter-monsoon rains to arrive in the tea-growing districts in early April.
""")

COLOMBO = dict(
    cluster="reuters-colombo-tea-prices",
    title="Sri Lanka tea prices climb to two-year high as dry spell cuts output",
    date="2025-03-11",
    dateline="COLOMBO, March 11 (Reuters) - ",
    city="Colombo",
    country="LK",
    region="asia",
    agency="Reuters",
    authors=["Dilani Wickramasinghe", "Harish Menon"],
    editors=["Gareth Pollard"],
    lang="en",
    section=None,
    paras=COLOMBO_PARAS,
    must_have=[
        "Estate companies, however, warned that rising wages and electricity costs were eating into margins.",
        "The weather office expects inter-monsoon rains to arrive in the tea-growing districts in early April.",
    ],
    description="The average price across all grades rose 9% from a month earlier as a dry spell cut production.",
)

COLOMBO_CREDITS = ("(Reporting by Dilani Wickramasinghe in Colombo; Additional reporting by Harish Menon in Kochi; "
                   "Editing by Gareth Pollard)")

# ---- cluster: The Globe and Mail, Calgary (page + noisy re-scrape) ----------------------

CALGARY_PARAS = P("""
Calgary city council has approved a $1.2-billion, 10-year plan to replace and reinforce the largest pipes in
the city's water system, eight months after a ruptured feeder main forced residents to cut their water use for
nearly a month.

The plan, passed 12-3 late Tuesday, includes the replacement of about 40 kilometres of feeder mains, new valves
that would let crews isolate damaged sections, and a second connection between the city's two water treatment
plants.

City engineers told councillors that about a third of the feeder network was built before 1980 and uses a type
of concrete pipe that has proven prone to sudden failure.

"We got a very expensive lesson last summer about what happens when one of these pipes fails with no backup,"
said Councillor Renata Szabo, who chairs the infrastructure committee.

The work will be paid for through a mix of utility rates, federal infrastructure funding and borrowing. The
average household water bill is expected to rise by about $6 a month by 2027.

Some councillors who voted against the plan said the rate increases would fall hardest on low-income residents,
and asked for a rebate program.

During last year's restrictions, Calgarians were asked to limit showers, delay laundry and stop watering lawns,
and daily water use fell by about a quarter.

Construction on the first phase, in the city's northwest, is scheduled to begin in May.
""")

CALGARY = dict(
    cluster="globeandmail-calgary-feeder-mains",
    title="Calgary council approves $1.2-billion plan to replace aging water feeder mains",
    date="2025-02-19",
    dateline="",
    city=None,
    country="CA",
    region="americas",
    agency=None,
    authors=["Alanna Whitford"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=CALGARY_PARAS,
    must_have=[
        "City engineers told councillors that about a third of the feeder network was built before 1980 and uses a "
        "type of concrete pipe that has proven prone to sudden failure.",
        "Some councillors who voted against the plan said the rate increases would fall hardest on low-income "
        "residents, and asked for a rebate program.",
    ],
)

CALGARY_HEAD = ["ALANNA WHITFORD", "CALGARY", "THE GLOBE AND MAIL", "PUBLISHED FEBRUARY 19, 2025",
                "UPDATED 4 HOURS AGO"]

# ---- cluster: AP, Duluth (apnews.com page + copy on a Minneapolis paper in a batch) ----

DULUTH_PARAS = P("""
Organizers of one of Minnesota's largest ice fishing contests called off this year's event on Thursday, saying
the ice on a bay of Lake Superior was too thin and too unpredictable to put thousands of anglers and their
trucks on it.

The Arrowhead Ice Classic, held on a sheltered bay north of Duluth each February, usually draws about 4,000
anglers and raises money for local food shelves.

Ice on the bay measured between 4 and 7 inches this week, far short of the 16 inches organizers require before
they allow vehicles onto the lake, said event director Carla Voss.

"We drilled holes all along the course, and some spots were barely safe for a person on foot," Voss said.
"There was no way we could put a village of fish houses out there."

It is the second time in three years that the contest has been canceled. The 2024 event was scrapped after one
of the warmest winters on record in the Upper Midwest.

The National Weather Service office in Duluth said December and January were both about 6 degrees warmer than
normal, and that ice cover on Lake Superior was well below average for early February.

Bait shops and resorts along the North Shore say the cancellation will cost them one of their busiest weekends.

Organizers said anglers who registered can get a refund or carry their entry over to next year. The food
shelves will still receive a donation from sponsors, Voss said.
""")

DULUTH = dict(
    cluster="ap-duluth-ice-fishing-contest",
    title="Warm winter forces cancellation of Minnesota ice fishing contest for second time in three years",
    date="2025-02-06",
    dateline="DULUTH, Minn. (AP) \u2014 ",
    city="Duluth",
    country="US",
    region="americas",
    agency="AP",
    authors=["Travis Lundgren"],
    editors=[],
    lang="en",
    paras=DULUTH_PARAS,
    must_have=[
        "It is the second time in three years that the contest has been canceled.",
        "Bait shops and resorts along the North Shore say the cancellation will cost them one of their busiest weekends.",
    ],
    description="Ice on the bay north of Duluth measured between 4 and 7 inches, far short of the 16 inches organizers require.",
)

# ---- cluster: AFP, Ouidah (French portal as trafilatura + copy on a pan-African magazine in a batch) ----

OUIDAH_PARAS = P("""
Des dizaines de milliers de personnes se sont pressées vendredi sur la plage de Ouidah, dans le sud du Bénin,
pour les fêtes annuelles du vodun, qui ont battu cette année des records de fréquentation, selon les
organisateurs.

Au son des tambours, des adeptes vêtus de blanc ont dansé devant la Porte du non-retour, le monument qui
rappelle le départ de milliers d'esclaves vers les Amériques.

Les autorités béninoises ont recensé plus de 12.000 visiteurs étrangers, venus notamment du Brésil, d'Haïti,
des États-Unis et du Nigeria voisin, contre environ 8.000 l'an dernier.

« Je suis venue chercher les racines de ma famille », a confié à l'AFP Luciana Ferreira, une enseignante
brésilienne de Salvador de Bahia.

Le gouvernement mise sur le tourisme mémoriel et culturel pour diversifier une économie très dépendante du
coton et du commerce avec le Nigeria.

Les hôtels de Ouidah et de Cotonou affichaient complet depuis plusieurs jours, et certains visiteurs ont dû se
loger chez l'habitant.

Des chefs religieux ont toutefois regretté que la fête devienne un spectacle. « Le vodun n'est pas un
carnaval », a estimé un dignitaire sous couvert d'anonymat.

Les festivités se poursuivent jusqu'à dimanche avec des cérémonies dans les couvents de la ville.
""")

OUIDAH = dict(
    cluster="afp-ouidah-fetes-vodun",
    title="Bénin: à Ouidah, les fêtes du vodun attirent un nombre record de visiteurs",
    date="2025-01-10",
    dateline="Ouidah (Bénin) (AFP) - ",
    city="Ouidah",
    country="BJ",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    paras=OUIDAH_PARAS,
    must_have=[
        "Le gouvernement mise sur le tourisme mémoriel et culturel pour diversifier une économie très dépendante du "
        "coton et du commerce avec le Nigeria.",
        "Les festivités se poursuivent jusqu'à dimanche avec des cérémonies dans les couvents de la ville.",
    ],
    description="Plus de 12.000 visiteurs étrangers, venus du Brésil, d'Haïti ou des États-Unis, contre 8.000 l'an dernier.",
)


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters on reuters.com (original of the Reuters cluster): credits line with an "Additional reporting by" contributor.
    dict(
        COLOMBO,
        role="original",
        file="reuters_colombo_tea_auction_prices.txt",
        render="text",
        caption="Workers pluck tea leaves at an estate in Nuwara Eliya, Sri Lanka, February 26, 2025.",
        credit="REUTERS/Nimal Fernando",
        pre=[["Skip to main content", "Exclusive news, data and analytics for financial market professionals"],
             ["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "More"],
             ["Commodities"]],
        head=[["By Dilani Wickramasinghe"], ["March 11, 2025 6:12 AM GMT", "Updated 4 hours ago"]],
        cap_lines=["Workers pluck tea leaves at an estate in Nuwara Eliya, Sri Lanka, February 26, 2025. "
                   "REUTERS/Nimal Fernando Purchase Licensing Rights, opens new tab"],
        inserts={2: ["Get a look at the biggest commodity stories of the day with the Reuters Commodities newsletter. Sign up here."]},
        tail=[
            [COLOMBO_CREDITS],
            ["Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
            ["Suggested Topics:", "Commodities", "Asia Pacific"],
            ["Read Next", "India's tea exports rise as Kenyan supply tightens"],
        ],
    ),
    # The Globe and Mail: upper-case name / place / paper / stamp block, "Open this photo in gallery:", credit glued to the caption.
    dict(
        CALGARY,
        role="original",
        file="globeandmail_calgary_feeder_mains_plan.txt",
        caption="Crews repair a section of the Bearspaw south feeder main in northwest Calgary in June, 2024.",
        credit="Gavin Rusk/The Globe and Mail",
        pre=[["Skip to main content"], ["The Globe and Mail", "Subscribe", "Log in"], ["Canada", "Alberta"]],
        head=[CALGARY_HEAD, ["For Subscribers"], ["Leave your feedback", "Gift this article", "Share"],
              ["Listen to this article"]],
        cap_lines=["Open this photo in gallery:",
                   "Crews repair a section of the Bearspaw south feeder main in northwest Calgary in June, 2024."
                   "Gavin Rusk/The Globe and Mail"],
        inserts={2: ["Story continues below advertisement"], 5: ["Story continues below advertisement"]},
        tail=[
            ["Sign up for the Western Canada Newsletter"],
            ["Follow related authors and topics", "Alanna Whitford", "Calgary",
             "Authors and topics you follow will be added to your personal news feed in Following."],
            ["Interact with The Globe"],
            ["Report an editorial error", "Report a technical issue", "Editorial code of conduct"],
            ["\u00a9 Copyright 2025 The Globe and Mail Inc. All rights reserved."],
        ],
    ),
    dict(
        CALGARY,
        role="rescrape",
        file="globeandmail_calgary_feeder_mains_plan_rescrape.txt.gz",
        noise=True,
        pre=[["The Globe and Mail", "Subscribe", "Log in"], ["Canada", "Alberta"]],
        head=[CALGARY_HEAD, ["For Subscribers"]],
        tail=[
            ["Report an editorial error", "Report a technical issue", "Editorial code of conduct"],
            ["\u00a9 Copyright 2025 The Globe and Mail Inc. All rights reserved."],
        ],
    ),
    # Xinhua English: "FREETOWN, July 8 (Xinhua) -- ", "Editor:" line, "(Xinhua/NAME)" credit, "Enditem".
    dict(
        cluster="xinhua-freetown-tree-planting",
        role="single",
        file="xinhua_freetown_tree_planting_floods.txt",
        render="text",
        title="Sierra Leone's capital plants trees on hillsides to curb floods, landslides",
        date="2024-07-08",
        dateline="FREETOWN, July 8 (Xinhua) -- ",
        city="Freetown",
        country="SL",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=["Zhang Ning"],
        lang="en",
        section=None,
        caption="Volunteers plant seedlings on a hillside in Freetown, Sierra Leone, July 8, 2024.",
        credit="Xinhua/Idrissa Bangura",
        pre=[["Home", "China", "World", "Business", "Culture & Edu", "Sci-Tech", "Photos", "Video"], ["Africa"]],
        head=[["Source: Xinhua", "Editor: Zhang Ning", "2024-07-08 23:05:10"]],
        cap_lines=["Volunteers plant seedlings on a hillside in Freetown, Sierra Leone, July 8, 2024. (Xinhua/Idrissa Bangura)"],
        tail=[
            ["Enditem"],
            ["Related News", "Liberia launches mangrove restoration project in Monrovia"],
            ["Back to Top", "Close"],
            ["Copyright \u00a9 2000 - 2024 XINHUANET.com. All Rights Reserved."],
        ],
        paras=P("""
Sierra Leone's capital Freetown on Monday launched the rainy season phase of a campaign to plant one million
trees on the hills around the city, in an effort to reduce deadly floods and landslides.

Officials of the Freetown City Council said volunteers and community groups would plant about 300,000 seedlings
between July and September, mainly in hillside communities and along river banks.

Freetown, a coastal city of more than 1.2 million people, is prone to flooding during the rainy season, which
runs from May to October. In August 2017, a mudslide in the Regent area killed more than 1,000 people.

Rapid urban growth has led to widespread clearing of forests on the slopes above the city, which increases
runoff during heavy rains, according to environmental experts.

"Every tree we plant is a defense for the families living downhill," said Mariama Conteh, a community leader
in the Kroo Bay area.

Residents who plant and care for trees receive small payments, which are tracked through a mobile phone
application that records the growth of each seedling.

The council said more than 700,000 trees had been planted since the campaign started in 2020, with a survival
rate of about 80 percent.
"""),
        must_have=[
            "Residents who plant and care for trees receive small payments, which are tracked through a mobile phone "
            "application that records the growth of each seedling.",
            "The council said more than 700,000 trees had been planted since the campaign started in 2020, with a "
            "survival rate of about 80 percent.",
        ],
    ),
    # The Japan Times running Kyodo: "SENDAI \u2013 " dateline, "KYODO" byline, "caption | KYODO" credit, subscriber comment notice.
    dict(
        cluster="japantimes-kyodo-sendai-oysters",
        role="single",
        file="japantimes_kyodo_miyagi_oyster_harvest.txt",
        render="text",
        title="Miyagi oyster farmers enjoy biggest harvest since 2011 disaster",
        date="2025-03-03",
        dateline="SENDAI \u2013 ",
        city="Sendai",
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        caption="Oysters are shucked at a processing facility in Ishinomaki, Miyagi Prefecture, in January.",
        credit="KYODO",
        pre=[["The Japan Times", "Subscribe", "Log in"],
             ["News", "Business", "Opinion", "Life", "Culture", "Sports", "Podcasts"], ["JAPAN", "SOCIETY"]],
        head=[["KYODO"], ["Mar 3, 2025"], ["Gift this article", "Share/Copy URL"]],
        cap_lines=["Oysters are shucked at a processing facility in Ishinomaki, Miyagi Prefecture, in January. | KYODO"],
        inserts={2: ["Sign up for our daily newsletter and get a roundup of the top stories from Japan every morning."]},
        tail=[
            ["With your current subscription plan you can comment on stories. However, before writing your first "
             "comment, please create a display name in the Profile section of your subscriber account page."],
            ["KEYWORDS", "Miyagi Prefecture", "oysters", "fisheries", "Great East Japan Earthquake"],
            ["JT Weekly", "Our weekly digest of the biggest stories from Japan"],
            ["\u00a9 The Japan Times Ltd. All rights reserved."],
        ],
        paras=P("""
Oyster farmers in Miyagi Prefecture have harvested their largest crop since the 2011 earthquake and tsunami
devastated the coast, as cooler sea temperatures this winter allowed the shellfish to grow to a good size, the
local fisheries cooperative said Monday.

Shipments of shucked oysters through the end of February reached about 1,450 tons, up 18 percent from a year
earlier, according to the cooperative.

Miyagi was Japan's second-largest oyster producer before the disaster, which destroyed almost all of the rafts
and processing plants along its ria coastline.

Farmers have since rebuilt, but output had remained well below pre-disaster levels, partly because many older
farmers gave up the business and hot summers in recent years killed large numbers of young oysters.

"This season the oysters are plump and the color is good. We finally feel the sea is on our side," said a
58-year-old farmer in Ishinomaki.

Wholesale prices at the Sendai central market have eased by about 10 percent as supply increased, traders
said.

The cooperative plans to promote Miyagi oysters to restaurants in Tokyo and in Southeast Asia, where demand
for Japanese seafood has recovered after falling in 2023 over the release of treated water from the Fukushima
nuclear plant.
"""),
        must_have=[
            "Shipments of shucked oysters through the end of February reached about 1,450 tons, up 18 percent from a "
            "year earlier, according to the cooperative.",
            "Wholesale prices at the Sendai central market have eased by about 10 percent as supply increased, traders "
            "said.",
        ],
    ),
    # Gulf Times running QNA: "QNA/Doha" byline line (agency and place, no dateline in the text), "Related Story" box inside.
    dict(
        cluster="gulftimes-qna-doha-salt-bread",
        role="single",
        file="gulftimes_qna_moph_salt_bread_campaign.txt",
        render="text",
        title="MoPH launches campaign to reduce salt content in bread",
        date="2025-03-23",
        dateline="",
        city=None,
        country="QA",
        region="asia",
        agency="QNA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Gulf Times", "Qatar", "Region", "International", "Business", "Sport", "Opinion", "Community", "ePaper"],
             ["Qatar"]],
        head=[["QNA/Doha"], ["Sun 23 Mar 2025 - 21:42"], ["Share on Facebook", "Share on X", "Share on WhatsApp"]],
        inserts={2: ["Related Story", "HMC marks World Kidney Day with free screenings at health centres"]},
        tail=[
            ["Follow Gulf Times on WhatsApp for the latest news"],
            ["Most Viewed", "Qatar Airways adds new weekly flights to Central Asia"],
            ["Copyright \u00a9 2025 Gulf Times. All Rights Reserved."],
        ],
        paras=P("""
The Ministry of Public Health has launched a national campaign to reduce the amount of salt in bread sold in
Qatar, in co-operation with bakeries and the Ministry of Commerce and Industry.

Under the campaign, participating bakeries will gradually cut the salt content of Arabic bread, rolls and
baguettes by 25 percent over two years, without a noticeable change in taste, the ministry said in a
statement.

The ministry said that high salt intake is one of the main causes of high blood pressure, which affects about
one in three adults in the country and is a major risk factor for heart disease and stroke.

Bread is among the largest sources of salt in the local diet because it is eaten with almost every meal, the
statement added.

More than 40 bakeries have already joined the initiative, and their products will carry a special logo so that
consumers can identify them.

The ministry will test samples from bakeries every three months to monitor progress, and will publish the
results.

The campaign is part of the National Health Strategy, which aims to reduce premature deaths from
non-communicable diseases such as diabetes, heart disease and cancer.
"""),
        must_have=[
            "More than 40 bakeries have already joined the initiative, and their products will carry a special logo so "
            "that consumers can identify them.",
            "The ministry will test samples from bakeries every three months to monitor progress, and will publish the "
            "results.",
        ],
    ),
    # Saarbrücker Zeitung running dpa: "Saarbrücken (dpa/lrs) - " dateline, "Foto: dpa/NAME" line, dpa-infocom ID line at the end.
    dict(
        cluster="sz-dpa-saarbruecken-hochwasserschutz",
        role="single",
        file="saarbrueckerzeitung_dpa_hochwasserschutz_de.txt",
        render="text",
        title="Ein Jahr nach dem Pfingsthochwasser: Saarland investiert in Rückhaltebecken",
        date="2025-05-16",
        dateline="Saarbrücken (dpa/lrs) - ",
        city="Saarbrücken",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        caption="Ein Bagger arbeitet in Kleinblittersdorf an einem neuen Regenrückhaltebecken.",
        credit="dpa/Jonas Heller",
        pre=[["Saarbrücker Zeitung", "Saarland", "Saarbrücken", "Politik", "Wirtschaft", "Sport", "Panorama", "SZ+"],
             ["Startseite", "Saarland"], ["Hochwasserschutz"]],
        head=[["16. Mai 2025 um 14:05 Uhr"], ["Lesedauer: 2 Minuten"], ["Artikel teilen"]],
        cap_lines=["Ein Bagger arbeitet in Kleinblittersdorf an einem neuen Regenrückhaltebecken.", "Foto: dpa/Jonas Heller"],
        inserts={1: ["Anzeige"], 3: ["Mehr zum Thema", "Pfingsthochwasser: So viel Hilfe ist bisher geflossen"]},
        tail=[
            ["\u00a9 dpa-infocom, dpa:250516-930-551234/1"],
            ["Kommentare", "Kommentieren Sie diesen Artikel"],
            ["Das könnte Sie auch interessieren"],
        ],
        paras=P("""
Ein Jahr nach dem verheerenden Pfingsthochwasser will das Saarland bis 2030 rund 85 Millionen Euro in den
Hochwasserschutz investieren. Das kündigte das Umweltministerium am Freitag in Saarbrücken an.

Mit dem Geld sollen unter anderem 14 neue Rückhaltebecken gebaut und Bachläufe in besonders betroffenen
Gemeinden verbreitert werden.

Im Mai 2024 hatten heftige Regenfälle im Saarland zahlreiche Orte überflutet. Besonders schwer traf es
Kleinblittersdorf, Saarbrücken und das Ostertal. Tausende Keller liefen voll, Straßen und Brücken wurden
beschädigt.

Nach Angaben des Ministeriums wurden bislang rund 38 Millionen Euro an Hilfen an Privatleute, Vereine und
Betriebe ausgezahlt. Noch nicht alle Anträge seien bearbeitet.

«Wir können Starkregen nicht verhindern, aber wir können dafür sorgen, dass das Wasser langsamer abfließt»,
sagte ein Sprecher des Ministeriums.

Die Kommunen sollen zudem Starkregen-Gefahrenkarten erstellen, die zeigen, welche Straßen und Häuser bei
heftigen Niederschlägen besonders gefährdet sind. Das Land übernimmt dafür 90 Prozent der Kosten.

Kritik kam von der Opposition im Landtag. Die Planungen dauerten zu lange, viele Gemeinden warteten noch immer
auf Geld für die Reparatur von Straßen und Brücken, hieß es.
"""),
        must_have=[
            "Noch nicht alle Anträge seien bearbeitet.",
            "Das Land übernimmt dafür 90 Prozent der Kosten.",
        ],
    ),
    # Gazeta.uz (Russian): stamp and author name under the title, "Фото:" credit line, Telegram promo, typo-report line.
    dict(
        cluster="gazetauz-tashkent-leaf-burning-fines",
        role="single",
        file="gazetauz_tashkent_shtrafy_szhiganie_listvy_ru.txt",
        render="text",
        title="В Ташкенте введут штрафы за сжигание листвы из-за загрязнения воздуха",
        date="2024-11-14",
        dateline="",
        city=None,
        country="UZ",
        region="asia",
        agency=None,
        authors=["Дилноза Рахимова"],
        editors=[],
        lang="ru",
        section=None,
        caption="Смог над Ташкентом, ноябрь 2024 года.",
        credit="Gazeta.uz",
        pre=[["Gazeta.uz", "Новости", "Статьи", "Бизнес", "Общество", "Технологии", "Мнения", "Ўзб", "Eng"],
             ["Общество"]],
        head=[["14 ноября 2024, 16:20"], ["Дилноза Рахимова"], ["Время чтения: 2 мин"]],
        cap_lines=["Смог над Ташкентом, ноябрь 2024 года.", "Фото: Gazeta.uz"],
        inserts={3: ["Читайте также: Узгидромет запустил онлайн-карту качества воздуха"]},
        tail=[
            ["Подписывайтесь на Gazeta.uz в Telegram"],
            ["Нашли ошибку? Выделите её и нажмите Ctrl+Enter"],
            ["Теги:", "экология", "Ташкент", "качество воздуха"],
            ["\u00a9 2009\u20132024 Gazeta.uz"],
        ],
        paras=P("""
Хокимият Ташкента с 1 декабря введёт штрафы за сжигание опавших листьев и бытового мусора. Решение принято на
фоне сильного загрязнения воздуха в столице в последние недели.

Для граждан штраф составит от одной до трёх базовых расчётных величин, для организаций — до десяти.
Контролировать соблюдение запрета будут инспекторы по экологии и махаллинские комитеты.

По данным Узгидромета, в отдельные дни ноября концентрация мелких частиц PM2,5 в воздухе Ташкента превышала
допустимую норму в пять-шесть раз.

Осенью в городе традиционно жгут листву во дворах, парках и на обочинах дорог, что, по оценке специалистов,
заметно ухудшает качество воздуха в безветренную погоду.

Вместо сжигания листву будут вывозить на площадки для компостирования. В каждом районе города выделят не менее
одной такой площадки, а полученный компост будут использовать для озеленения.

«Мы понимаем, что это давняя привычка, но дым от листьев вредит прежде всего детям и пожилым людям», — сказали
в хокимияте.

Экологи приветствуют запрет, но указывают, что главными источниками загрязнения воздуха в Ташкенте остаются
автомобили, строительные площадки и отопление частных домов углём.
"""),
        must_have=[
            "Вместо сжигания листву будут вывозить на площадки для компостирования.",
            "Для граждан штраф составит от одной до трёх базовых расчётных величин, для организаций — до десяти.",
        ],
    ),
    # CRHoy.com running EFE: "San José, 7 may (EFE).- " dateline, "Por EFE" byline, "(c) Agencia EFE" sign-off.
    dict(
        cluster="crhoy-efe-san-jose-racionamiento",
        role="single",
        file="crhoy_efe_racionamiento_electrico_es.txt",
        render="text",
        title="Costa Rica anuncia cortes de electricidad por la sequía en los embalses",
        date="2024-05-07",
        dateline="San José, 7 may (EFE).- ",
        city="San José",
        country="CR",
        region="americas",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        caption="Imagen de archivo del embalse de Arenal, en el norte de Costa Rica.",
        credit="EFE/Carlos Mora",
        pre=[["crhoy.com", "Nacionales", "Economía", "Mundo", "Deportes", "Entretenimiento", "Tecnología"],
             ["Nacionales"]],
        head=[["Por EFE"], ["7 de mayo de 2024, 15:10 hrs"], ["Escuchar noticia"]],
        cap_lines=["Imagen de archivo del embalse de Arenal, en el norte de Costa Rica. (Foto: EFE/Carlos Mora)"],
        inserts={3: ["Lea también: ¿Cómo saber si su zona tendrá cortes de luz?"]},
        tail=[
            ["(c) Agencia EFE"],
            ["Síganos en nuestro canal de WhatsApp"],
            ["Más noticias", "Tránsito anuncia cierres nocturnos en la ruta 27 por trabajos"],
            ["\u00a9 2024 CRHoy.com. Todos los derechos reservados."],
        ],
        paras=P("""
El Instituto Costarricense de Electricidad (ICE) anunció este martes cortes programados de electricidad de
hasta tres horas diarias en todo el país, debido a la falta de lluvias que ha dejado los embalses de las
plantas hidroeléctricas en niveles mínimos.

Los cortes comenzarán el miércoles y se aplicarán por zonas, en horarios que se publicarán cada día en la página
web y las redes sociales de la institución.

Costa Rica genera más del 70 % de su electricidad con plantas hidroeléctricas, y el resto principalmente con
energía geotérmica, eólica y solar.

Según el ICE, el embalse de Arenal, el mayor del país, se encuentra en su nivel más bajo en más de una década,
tras un periodo seco más largo de lo habitual asociado al fenómeno de El Niño.

"Es una medida que no queríamos tomar, pero es necesaria para garantizar el suministro en las próximas
semanas", dijo en conferencia de prensa un gerente de la institución.

Los hospitales, los servicios de agua potable y otros servicios esenciales quedarán excluidos de los cortes.

Las cámaras empresariales pidieron al Gobierno información clara para que las empresas puedan planificar su
producción, mientras que el ICE aumentó la compra de electricidad a países vecinos de Centroamérica.

La temporada de lluvias suele comenzar a mediados de mayo.
"""),
        must_have=[
            "Los hospitales, los servicios de agua potable y otros servicios esenciales quedarán excluidos de los cortes.",
            "La temporada de lluvias suele comenzar a mediados de mayo.",
        ],
    ),
    # Diário de Notícias running Lusa: "Bissau, 12 mai 2025 (Lusa) - " dateline, "DN/Lusa" byline, desk initials and "Lusa/Fim".
    dict(
        cluster="dn-lusa-bissau-maternidade",
        role="single",
        file="dn_lusa_bissau_nova_maternidade_pt.txt",
        render="text",
        title="Guiné-Bissau inaugura nova maternidade no maior hospital do país",
        date="2025-05-12",
        dateline="Bissau, 12 mai 2025 (Lusa) - ",
        city="Bissau",
        country="GW",
        region="africa",
        agency="Lusa",
        authors=[],
        editors=[],
        lang="pt",
        section=None,
        pre=[["DN", "Portugal", "Mundo", "Economia", "Desporto", "Cultura", "Opinião", "Assinar"], ["Mundo"]],
        head=[["DN/Lusa"], ["12 Maio 2025 \u2014 17:45"], ["Partilhar"]],
        inserts={2: ["Publicidade"]},
        tail=[
            ["CMB // VM"],
            ["Lusa/Fim"],
            ["Leia também", "Cabo Verde recebe novas ambulâncias para as ilhas"],
            ["\u00a9 2025 Diário de Notícias"],
        ],
        paras=P("""
A Guiné-Bissau inaugurou hoje uma nova maternidade no Hospital Nacional Simão Mendes, em Bissau, com
capacidade para 80 camas, num país que continua a registar uma das taxas de mortalidade materna mais elevadas
do mundo.

A obra, que custou cerca de 4,5 milhões de euros, foi financiada por parceiros internacionais e inclui dois
blocos operatórios, uma unidade de cuidados neonatais e uma sala de partos com dez camas.

Segundo o Ministério da Saúde Pública guineense, a antiga maternidade funcionava num edifício com mais de 60
anos, com infiltrações e falta de água corrente em alguns pisos.

"As mulheres guineenses merecem dar à luz em condições dignas e seguras", afirmou na cerimónia a diretora
clínica do hospital, Aissatu Baldé.

De acordo com dados de agências das Nações Unidas, morrem na Guiné-Bissau cerca de 700 mulheres por cada 100
mil nascimentos, devido sobretudo a hemorragias e infeções.

A nova maternidade vai contar com 45 parteiras e enfermeiras, algumas das quais receberam formação em
Portugal e no Senegal nos últimos meses.

Os profissionais de saúde alertaram, no entanto, para a falta de medicamentos e de ambulâncias nas regiões do
interior do país, de onde são transferidos muitos casos graves.
"""),
        must_have=[
            "Segundo o Ministério da Saúde Pública guineense, a antiga maternidade funcionava num edifício com mais de "
            "60 anos, com infiltrações e falta de água corrente em alguns pisos.",
            "A nova maternidade vai contar com 45 parteiras e enfermeiras, algumas das quais receberam formação em "
            "Portugal e no Senegal nos últimos meses.",
        ],
    ),
    # Island Times (Palau), WordPress theme: reading time, "Photo courtesy of ..." credit, share and like widgets.
    dict(
        cluster="islandtimes-koror-sanctuary-fine",
        role="single",
        file="islandtimes_palau_sanctuary_fine_upheld.txt",
        render="text",
        title="Court upholds $500,000 fine on fishing vessel caught in marine sanctuary",
        date="2025-03-14",
        dateline="",
        city=None,
        country="PW",
        region="oceania",
        agency=None,
        authors=["Leilani Rengiil"],
        editors=[],
        lang="en",
        section=None,
        caption="The longline vessel Jin Fu 21 moored at Malakal port after its seizure in 2023.",
        credit="Division of Marine Law Enforcement",
        pre=[["Island Times", "Home", "Local", "Regional", "World", "Sports", "Opinion", "Classifieds"], ["Local"]],
        head=[["By Leilani Rengiil"], ["March 14, 2025"], ["Reading Time: 2 minutes"]],
        cap_lines=["The longline vessel Jin Fu 21 moored at Malakal port after its seizure in 2023. "
                   "(Photo courtesy of Division of Marine Law Enforcement)"],
        tail=[
            ["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on X (Opens in new window)",
             "Click to print (Opens in new window)"],
            ["Like this:", "Like Loading..."],
            ["Related"],
            ["Island Times is published every Tuesday and Friday in Koror, Republic of Palau."],
        ],
        paras=P("""
The Appellate Division of the Palau Supreme Court has upheld a $500,000 fine against the owner of a foreign
longline vessel that was caught fishing inside the Palau National Marine Sanctuary in 2023.

The vessel, the Jin Fu 21, was intercepted by the Division of Marine Law Enforcement about 90 nautical miles
northwest of Kayangel with more than four tons of tuna and shark on board.

The owner, a company registered overseas, argued on appeal that the crew had only been transiting the
sanctuary and had not set lines inside its boundaries.

In a ruling issued Wednesday, the three-justice panel found that the vessel's own logbook and satellite
tracking data showed it had been fishing for at least two days inside the protected area.

"The sanctuary is not a suggestion. It is the law of the Republic," the court wrote.

The sanctuary closes about 80 percent of Palau's exclusive economic zone to commercial fishing, leaving a
domestic fishing zone to supply local markets and restaurants.

Under the ruling, the catch and fishing gear remain forfeited to the national government. The vessel was
released last year after the owner posted a bond.

Officials said the fine is one of the largest ever imposed for a sanctuary violation.
"""),
        must_have=[
            "The sanctuary closes about 80 percent of Palau's exclusive economic zone to commercial fishing, leaving a "
            "domestic fishing zone to supply local markets and restaurants.",
            "Under the ruling, the catch and fishing gear remain forfeited to the national government.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_APNEWS = dict(
    name="AP News",
    home="https://apnews.example.com",
    title_suffix=" | AP News",
    locale="en_US",
    twitter="@AP",
    body_class="Page-body",
    article_class="Page-content",
    body_class_inner="RichTextStoryBody RichTextBody",
    skip="Skip to main content",
    cookie=None,
    top_links=["Sign in", "Donate"],
    nav=["World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Oddities"],
    share=["Share", "Copy", "Link copied", "Email", "Facebook", "X", "LinkedIn"],
    footer=["Copyright 2025 The Associated Press. All Rights Reserved.", "About", "AP Stylebook", "Terms of Use"],
)

SITE_LESOLEIL = dict(
    name="Le Soleil",
    home="https://lesoleil.example.sn",
    title_suffix=" \u2013 Le Soleil",
    locale="fr_FR",
    twitter="@lesoleilsn",
    body_class="single single-post",
    article_class="td-post-content",
    body_class_inner="td-post-text-content",
    cookie=None,
    top_links=["Édition numérique", "Abonnement", "Annonces légales"],
    nav=["Actualités", "Politique", "Économie", "Société", "Régions", "Culture", "Sports", "International"],
    share=["Facebook", "Twitter", "WhatsApp", "Imprimer"],
    footer=["\u00a9 2024 Le Soleil \u2013 Société sénégalaise de presse et de publications", "Qui sommes-nous", "Contact"],
)

SITE_SKY = dict(
    name="Sky News",
    home="https://news.sky.example.com",
    title_suffix=" | UK News | Sky News",
    locale="en_GB",
    twitter="@SkyNews",
    body_class="sdc-site-layout",
    article_class="sdc-article-body",
    body_class_inner="sdc-article-body sdc-article-body--story",
    skip="Skip to content",
    cookie_title="Sky News uses cookies",
    cookie="We and our partners use cookies and similar technologies to personalise content and ads and to measure how our site is used.",
    cookie_buttons=["Accept all", "Reject all", "Options"],
    top_links=["Watch Live"],
    nav=["Home", "UK", "Politics", "World", "US", "Money", "Climate", "Science & Tech", "Ents & Arts", "Offbeat"],
    share=["Share", "Follow"],
    footer=["\u00a9 2025 Sky UK", "Terms & Conditions", "Privacy & Cookies Notice", "Contact Us"],
)

SITE_ABCCOLOR = dict(
    name="ABC Color",
    home="https://www.abc.example.com.py",
    title_suffix=" - Interior - ABC Color",
    locale="es_PY",
    twitter="@ABCDigital",
    body_class="article-layout",
    article_class="article-content",
    body_class_inner="article-body",
    cookie=None,
    top_links=["Suscribite", "Iniciar sesión", "Edición impresa"],
    nav=["Nacionales", "Política", "Economía", "Interior", "Policiales", "Mundo", "Deportes", "Espectáculos", "Opinión"],
    share=["Compartir en Facebook", "Compartir en WhatsApp", "Compartir en X", "Copiar enlace"],
    footer=["\u00a9 2025 ABC Color. Todos los derechos reservados.", "Contacto", "Términos y condiciones"],
)

SITE_SN = dict(
    name="Salzburger Nachrichten",
    home="https://www.sn.example.at",
    title_suffix=" | SN.at",
    locale="de_AT",
    twitter="@SN_Salzburg",
    body_class="article-detail",
    article_class="article",
    body_class_inner="article-body-text",
    cookie_title="Wir respektieren Ihre Privatsphäre",
    cookie="Wir verwenden Cookies und vergleichbare Technologien, um unsere Website zu verbessern und Ihnen personalisierte Inhalte anzuzeigen.",
    cookie_buttons=["Zustimmen", "Einstellungen"],
    top_links=["Abo & Service", "Anmelden", "ePaper"],
    nav=["Salzburg", "Österreich", "Welt", "Wirtschaft", "Sport", "Kultur", "Leben", "Wetter"],
    share=["Teilen", "Merken", "Drucken"],
    footer=["\u00a9 2024 Salzburger Nachrichten", "Impressum", "Datenschutz", "AGB"],
)

SITE_NOS = dict(
    name="NOS",
    home="https://nos.example.nl",
    title_suffix=" | NOS",
    locale="nl_NL",
    twitter="@NOS",
    body_class="nos-article",
    article_class="article",
    body_class_inner="article__body",
    skip="Ga naar de inhoud",
    cookie=None,
    top_links=["NOS Nieuws", "NOS Sport", "NOS Live"],
    nav=["Nieuws", "Binnenland", "Buitenland", "Politiek", "Economie", "Regionaal nieuws", "Tech", "Cultuur & Media"],
    share=["Deel artikel:", "Deel op WhatsApp", "Deel op Facebook", "Kopieer link"],
    footer=["NOS", "Over de NOS", "Contact", "Privacy", "Cookies"],
)

SITE_WEST = dict(
    name="The West Australian",
    home="https://thewest.example.com.au",
    title_suffix=" | The West Australian",
    locale="en_AU",
    twitter="@westaustralian",
    body_class="article-page",
    article_class="StoryArticle",
    body_class_inner="ArticleBody",
    cookie=None,
    top_links=["Subscribe", "Log in", "Today's Paper"],
    nav=["News", "WA News", "Politics", "Business", "Sport", "AFL", "Entertainment", "Lifestyle", "Opinion"],
    share=["Share", "Copy link"],
    footer=["\u00a9 2025 West Australian Newspapers Limited", "Terms of use", "Privacy policy", "Contact us"],
)

SITE_IE = dict(
    name="The Indian Express",
    home="https://indianexpress.example.com",
    title_suffix=" | Ahmedabad News - The Indian Express",
    locale="en_IN",
    twitter="@IndianExpress",
    body_class="single-article",
    article_class="ie-first-story",
    body_class_inner="story_details full-details",
    cookie=None,
    top_links=["ePaper", "Subscribe", "Sign In"],
    nav=["India", "Explained", "Opinion", "Business", "Entertainment", "Sports", "Politics", "UPSC", "Cities"],
    share=["Follow Us", "Share"],
    footer=["\u00a9 2024 The Indian Express Pvt Ltd. All Rights Reserved", "About Us", "Contact Us", "Privacy Policy"],
)

SITE_FPA = dict(
    name="FrontPage Africa",
    home="https://frontpageafricaonline.example.com",
    title_suffix=" - FrontPage Africa",
    locale="en_US",
    twitter="@frontpageafrica",
    body_class="single-post",
    article_class="post",
    body_class_inner="entry-content clearfix",
    cookie=None,
    top_links=["Support FrontPage Africa: Donate"],
    nav=["Home", "News", "Business", "Politics", "Health", "Sports", "Opinion", "Special Report", "Diaspora"],
    share=["Share on Facebook", "Share on Twitter", "Share on WhatsApp"],
    footer=["Copyright \u00a9 2024 FrontPage Africa. All Rights Reserved.", "About Us", "Contact Us", "Advertise"],
)

HTML_STORIES = [
    # -- AP on apnews.com (original of the AP cluster): only an "Updated" stamp, "(AP Photo/..., File)" credit --
    dict(
        DULUTH,
        role="original",
        file="apnews_duluth_ice_fishing_contest_canceled.html",
        render="html",
        site=SITE_APNEWS,
        section="U.S. News",
        meta_section="U.S. News",
        url="https://apnews.example.com/article/minnesota-ice-fishing-contest-canceled-warm-winter-4f2c8e1a9b7d",
        published="2025-02-06T16:21:00Z",
        modified="2025-02-06T16:47:00Z",
        meta_author="Travis Lundgren",
        byline_lines=["By TRAVIS LUNDGREN"],
        date_lines=["Updated 10:47 AM CST, February 6, 2025"],
        caption="Ice fishing houses sit on a bay of Lake Superior north of Duluth, Minn., on Feb. 10, 2023.",
        credit="AP Photo/Jenna Marsh",
        credit_shown="(AP Photo/Jenna Marsh, File)",
        inserts={2: [("ad", "ADVERTISEMENT")], 5: [("ad", "ADVERTISEMENT")]},
        below_body=[("copyright", "Copyright 2025 The Associated Press. All Rights Reserved. This material may not be published, broadcast, rewritten or redistributed without permission.")],
        lists=[("Most read", ["Blizzard warning issued for much of North Dakota",
                              "Minneapolis schools reach tentative deal with teachers"])],
    ),
    # -- Le Soleil (Senegal): "Par NAME (Correspondant)" with the surname in capitals, "(Ph. : NAME)" credit --
    dict(
        cluster="lesoleil-saint-louis-digue",
        role="single",
        file="lesoleil_saint_louis_digue_langue_de_barbarie_fr.html",
        render="html",
        site=SITE_LESOLEIL,
        title="Saint-Louis : une digue de 3,5 km pour protéger la Langue de Barbarie",
        date="2024-11-27",
        dateline="",
        city=None,
        country="SN",
        region="africa",
        agency=None,
        authors=["Abdoulaye Ndiaye"],
        editors=[],
        lang="fr",
        section="Régions",
        meta_section="Régions",
        url="https://lesoleil.example.sn/regions/saint-louis-une-digue-de-35-km-pour-proteger-la-langue-de-barbarie/",
        description="D'un coût de 28 milliards de francs CFA, l'ouvrage doit protéger près de 30.000 habitants.",
        published="2024-11-27T08:30:00+00:00",
        modified="2024-11-27T08:30:00+00:00",
        meta_author="Abdoulaye Ndiaye",
        byline_lines=["Par Abdoulaye NDIAYE (Correspondant)"],
        date_lines=["27 novembre 2024"],
        caption="Les premiers blocs de roche déposés sur la plage de Guet-Ndar.",
        credit="Moussa Diop",
        credit_shown="(Ph. : Moussa Diop)",
        inserts={2: [("link", "Lire aussi :", "Érosion côtière : Rufisque attend toujours ses brise-lames")],
                 4: [("ad", "Publicité")]},
        tags=("Tags", ["Saint-Louis", "Érosion côtière", "Guet-Ndar"]),
        share_top=False,
        lists=[("Articles similaires", ["Podor : les riziculteurs attendent l'ouverture de la campagne",
                                         "Matam : un nouveau forage pour 12 villages"])],
        comments=["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée."],
        paras=P("""
Les travaux de construction d'une digue de protection côtière de 3,5 kilomètres ont été officiellement lancés
mardi à Guet-Ndar, quartier de pêcheurs de Saint-Louis durement touché par l'avancée de la mer.

D'un coût de 28 milliards de francs CFA, l'ouvrage doit protéger près de 30.000 habitants de la Langue de
Barbarie, une étroite bande de sable coincée entre le fleuve Sénégal et l'océan Atlantique.

Ces dernières années, les houles ont détruit des centaines de maisons, d'écoles et de mosquées dans les
quartiers de Guet-Ndar, Goxu Mbacc et Santhiaba. Plus de 3.000 personnes ont été relogées sur un site de
recasement à Djougop, à la périphérie de la ville.

« Chaque hivernage, nous dormons avec la peur que la mer entre dans nos chambres », témoigne Mbaye Fall,
pêcheur et chef de famille à Guet-Ndar.

Les travaux, confiés à une entreprise sénégalaise, devraient durer 24 mois. La digue sera faite de blocs de
roche et complétée par un rechargement en sable des plages.

Les représentants des pêcheurs demandent que des accès à la mer soient aménagés pour les pirogues, afin que
l'ouvrage ne gêne pas leur activité.

Selon les services de l'environnement, le trait de côte recule à certains endroits de plus de deux mètres par
an.
"""),
        must_have=[
            "Les travaux, confiés à une entreprise sénégalaise, devraient durer 24 mois.",
            "Selon les services de l'environnement, le trait de côte recule à certains endroits de plus de deux mètres "
            "par an.",
        ],
    ),
    # -- Sky News: "NAME, news reporter" byline, day-first stamp ending ", UK", "Why you can trust Sky News", "File pic:" credit --
    dict(
        cluster="skynews-norfolk-sewage-fine",
        role="single",
        file="skynews_norfolk_sewage_fish_kill_fine.html",
        render="html",
        site=SITE_SKY,
        title="Water company fined \u00a31.2m after sewage spill killed thousands of fish in Norfolk river",
        date="2025-04-08",
        dateline="",
        city=None,
        country="GB",
        region="europe",
        agency=None,
        authors=["Holly Pritchard"],
        editors=[],
        lang="en",
        section="UK",
        meta_section="UK",
        url="https://news.sky.example.com/story/water-company-fined-1-2m-after-sewage-spill-killed-thousands-of-fish-13346512",
        description="More than 4,000 fish died along a 6km stretch of the River Wensum, the Environment Agency said.",
        published="2025-04-08T14:32:00+01:00",
        modified="2025-04-08T14:32:00+01:00",
        byline_lines=["Holly Pritchard", "news reporter"],
        date_lines=["Tuesday 8 April 2025 14:32, UK"],
        above_body=[("trust", "Why you can trust Sky News")],
        caption="The River Wensum near Fakenham.",
        credit="PA",
        credit_shown="File pic: PA",
        inserts={1: [("ad", "Advertisement")],
                 4: [("link", "Read more from Sky News:", "Thames Water customers face bills rising by a third")]},
        tags=("Related Topics", ["Norfolk", "Sewage"]),
        lists=[("Most Read", ["Heathrow flights resume after power failure", "Man charged after crash on A11"])],
        paras=P("""
A water company has been fined \u00a31.2m after untreated sewage from a pumping station killed thousands of fish in
a Norfolk river.

Broadland Water Services Ltd was sentenced at Norwich Crown Court, which heard that a pump failure at a station
near Fakenham in August 2022 allowed sewage to pour into the River Wensum for almost 20 hours before staff
noticed.

The Environment Agency said more than 4,000 fish, including brown trout and protected bullhead, died along a
6km stretch of the river, which is a special area of conservation.

The company admitted breaching environmental permit rules.

Sentencing, the judge said alarms at the station had been faulty for months and that the company had "put cost
before care".

In a statement, the company said it was "deeply sorry" and had since spent \u00a33m upgrading pumping stations in
the area.

The fine will be paid to the Treasury, but the company has also agreed to fund a river restoration project run
by a local wildlife trust.

Campaigners said the penalty was too small to change behaviour in an industry that has paid out large dividends
while spills from its network increased.
"""),
        must_have=[
            "The company admitted breaching environmental permit rules.",
            "The fine will be paid to the Treasury, but the company has also agreed to fund a river restoration project "
            "run by a local wildlife trust.",
        ],
    ),
    # -- ABC Color (Paraguay): correspondent story opening "ENCARNACIÓN. ", "Por NAME" byline, "Foto: NAME, ABC Color" --
    dict(
        cluster="abccolor-encarnacion-playas-cerradas",
        role="single",
        file="abccolor_encarnacion_bajante_playas_es.html",
        render="html",
        site=SITE_ABCCOLOR,
        title="Encarnación: la bajante del Paraná obliga a cerrar las playas municipales",
        date="2025-01-16",
        dateline="ENCARNACIÓN. ",
        city="Encarnación",
        country="PY",
        region="americas",
        agency=None,
        authors=["Rolando Benítez"],
        editors=[],
        lang="es",
        section="Interior",
        meta_section="Interior",
        url="https://www.abc.example.com.py/nacionales/interior/2025/01/16/encarnacion-la-bajante-del-parana-obliga-a-cerrar-las-playas/",
        description="El nivel del río en Encarnación se ubicó en 1,10 metros, muy por debajo del promedio para la época.",
        published="2025-01-16T19:40:00-03:00",
        modified="2025-01-16T19:40:00-03:00",
        byline_lines=["Por Rolando Benítez"],
        date_lines=["16 de enero de 2025 - 19:40"],
        caption="La playa San José, con bancos de arena a la vista.",
        credit="Jorge Ayala, ABC Color",
        credit_shown="Foto: Jorge Ayala, ABC Color",
        inserts={2: [("ad", "Publicidad")]},
        newsletter_end=["Recibí las noticias más importantes del día en tu correo.", "Suscribite gratis"],
        lists=[("Lo más leído", ["Crecida del río Paraguay: Alberdi en alerta", "Ciudad del Este: habilitan nuevo puente peatonal"])],
        paras=P("""
La Municipalidad de Encarnación dispuso el cierre temporal de las tres playas de la costanera por la bajante
del río Paraná, que dejó al descubierto bancos de arena y restos de estructuras en la zona de baño.

Según la Dirección de Meteorología e Hidrología, el nivel del río en Encarnación se ubicó este jueves en 1,10
metros, muy por debajo del promedio para la época.

Los guardavidas advirtieron que el agua quedó estancada en varios sectores y que aparecieron pozos profundos
cerca de la orilla, lo que aumenta el riesgo para los bañistas.

La temporada de verano es la principal fuente de ingresos para decenas de comerciantes de la costanera, que
alquilan sombrillas, venden comidas y ofrecen paseos en kayak.

"Enero es nuestro mejor mes, y ahora no viene nadie", lamentó Nilda Giménez, que tiene un puesto de comidas
frente a la playa San José.

La bajante también complica el transporte de cargas por la hidrovía, ya que las barcazas deben navegar con
menos carga para no encallar.

La comuna indicó que evaluará la reapertura de las playas cuando el nivel del río supere los 1,80 metros y que,
mientras tanto, habilitará piletas públicas en dos barrios.
"""),
        must_have=[
            "Los guardavidas advirtieron que el agua quedó estancada en varios sectores y que aparecieron pozos "
            "profundos cerca de la orilla, lo que aumenta el riesgo para los bañistas.",
            "La bajante también complica el transporte de cargas por la hidrovía, ya que las barcazas deben navegar con "
            "menos carga para no encallar.",
        ],
    ),
    # -- Salzburger Nachrichten: "SN Plus" paywall marker, "Bild: SN/NAME" credit, listen button, reading time --
    dict(
        cluster="sn-salzburg-festspiele-kartenrekord",
        role="single",
        file="sn_salzburger_festspiele_kartenrekord_de.html",
        render="html",
        site=SITE_SN,
        title="Salzburger Festspiele verkaufen so viele Karten wie nie zuvor",
        date="2024-06-12",
        dateline="",
        city=None,
        country="AT",
        region="europe",
        agency=None,
        authors=["Eva Pichlmayr"],
        editors=[],
        lang="de",
        section="Kultur",
        meta_section="Kultur",
        url="https://www.sn.example.at/kultur/salzburger-festspiele-verkaufen-so-viele-karten-wie-nie-zuvor-158844217",
        description="Bis Mitte Juni wurden rund 212.000 Tickets abgesetzt, die Auslastung liegt bei 94 Prozent.",
        published="2024-06-12T16:05:00+02:00",
        modified="2024-06-12T18:20:00+02:00",
        meta_author="Eva Pichlmayr",
        kicker="SN Plus",
        byline_lines=["Eva Pichlmayr"],
        date_lines=["12. Juni 2024, 16:05", "Aktualisiert 12. Juni 2024, 18:20"],
        above_body=[("listen", "Artikel anhören"), ("reading-time", "Lesezeit: 2 Minuten")],
        caption="Der «Jedermann» auf dem Domplatz ist fast ausverkauft.",
        credit="SN/Markus Lehner",
        credit_shown="Bild: SN/Markus Lehner",
        inserts={3: [("promo", ["SN-Newsletter Kultur", "Die wichtigsten Kulturnachrichten aus Salzburg jeden Freitag in Ihrem Postfach.", "Jetzt anmelden"])]},
        tags=("Schlagwörter", ["Salzburger Festspiele", "Kultur", "Salzburg-Stadt"]),
        comments=["Kommentare anzeigen (12)"],
        paras=P("""
Die Salzburger Festspiele haben für den kommenden Sommer bereits mehr Karten verkauft als in jedem Jahr zuvor.
Bis Mitte Juni seien rund 212.000 Tickets abgesetzt worden, teilte das Direktorium am Mittwoch mit.

Insgesamt bietet das Festival heuer an 44 Tagen 174 Vorstellungen an 16 Spielstätten an. Die Auslastung liege
derzeit bei 94 Prozent.

Besonders gefragt sind die Opernproduktionen im Großen Festspielhaus sowie der «Jedermann» auf dem Domplatz,
für den es nur noch Restkarten gebe.

Die Preise reichen von 5 Euro für Stehplätze bis 465 Euro für die besten Plätze in der Oper. Ein Kontingent
günstiger Karten ist für Menschen unter 27 Jahren reserviert.

Die Einnahmen aus dem Kartenverkauf werden auf rund 33 Millionen Euro geschätzt. Das entspricht mehr als der
Hälfte des Gesamtbudgets des Festivals.

Sorgen bereitet dem Direktorium die Sanierung der Festspielhäuser. Die Kosten für das Großprojekt, das bis
2030 dauern soll, sind zuletzt deutlich gestiegen.

Bund, Land und Stadt Salzburg verhandeln derzeit über die Aufteilung der Mehrkosten.
"""),
        must_have=[
            "Ein Kontingent günstiger Karten ist für Menschen unter 27 Jahren reserviert.",
            "Bund, Land und Stadt Salzburg verhandeln derzeit über die Aufteilung der Mehrkosten.",
        ],
    ),
    # -- NOS (Netherlands): no byline, "Binnenland" breadcrumb, "Aangepast" stamp, "ANP" photo credit --
    dict(
        cluster="nos-groningen-versterking-vertraging",
        role="single",
        file="nos_groningen_versterking_vertraging_nl.html",
        render="html",
        site=SITE_NOS,
        title="Versterking van huizen in Groningen loopt opnieuw vertraging op",
        date="2025-01-28",
        dateline="",
        city=None,
        country="NL",
        region="europe",
        agency=None,
        authors=[],
        editors=[],
        lang="nl",
        section="Binnenland",
        meta_section="Binnenland",
        url="https://nos.example.nl/artikel/2553107-versterking-van-huizen-in-groningen-loopt-opnieuw-vertraging-op",
        description="Van de 8000 woningen die dit jaar aan de beurt zouden zijn, worden er naar verwachting 5500 afgerond.",
        published="2025-01-28T14:02:00+01:00",
        modified="2025-01-28T16:40:00+01:00",
        ld_author=[{"@type": "Organization", "name": "NOS"}],
        breadcrumbs=["Nieuws", "Binnenland"],
        date_lines=["dinsdag 28 januari, 14:02", "Aangepast dinsdag 28 januari, 16:40"],
        caption="Een versterkt huis in Appingedam.",
        credit="ANP",
        credit_shown="ANP",
        inserts={3: [("box", "Lees ook", ["Groningers krijgen sneller schadevergoeding", "Gaskraan in Groningen definitief dicht"])]},
        below_body=[("feedback", "Heb je een tip of een fout gezien? Mail naar de redactie.")],
        lists=[("Meer nieuws", ["Storm Éowyn: schade in Zeeland valt mee", "Kabinet trekt extra geld uit voor jeugdzorg"])],
        paras=P("""
Het versterken van huizen in Groningen loopt opnieuw vertraging op. Van de ongeveer 8000 woningen die dit jaar
aan de beurt zouden zijn, worden er naar verwachting maar 5500 op tijd afgerond, meldt de Nationaal
Coördinator Groningen.

Volgens de organisatie zijn er te weinig bouwbedrijven beschikbaar en duurt het lang voordat vergunningen rond
zijn. Ook moeten veel plannen opnieuw worden berekend omdat de regels voor de versterking zijn aangepast.

Bewoners in onder meer Appingedam, Loppersum en Delfzijl wachten soms al meer dan tien jaar op duidelijkheid
over hun huis.

"Je leeft al jaren in onzekerheid. Je weet niet of je moet verbouwen, of dat je huis straks toch wordt
gesloopt", zegt een bewoner uit Appingedam tegen de NOS.

Het kabinet heeft beloofd dat de versterking uiterlijk in 2028 klaar moet zijn. De Nationaal Coördinator zegt
dat dat doel nog haalbaar is, maar alleen als er meer bouwcapaciteit komt.

De Groninger Bodem Beweging noemt de vertraging onacceptabel en wil dat bewoners zelf meer regie krijgen over
de versterking van hun huis.

De gaswinning in het Groningenveld is in 2024 definitief gestopt.
"""),
        must_have=[
            "Bewoners in onder meer Appingedam, Loppersum en Delfzijl wachten soms al meer dan tien jaar op "
            "duidelijkheid over hun huis.",
            "De gaswinning in het Groningenveld is in 2024 definitief gestopt.",
        ],
    ),
    # -- The West Australian: "NAME | The West Australian" byline, stamped early morning in Perth, "Credit:" photo credit --
    dict(
        cluster="thewest-perth-hottest-night",
        role="single",
        file="thewest_perth_hottest_february_night.html",
        render="html",
        site=SITE_WEST,
        title="Perth swelters through hottest February night on record as power outages hit thousands",
        date="2025-02-19",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Jack Morrow"],
        editors=[],
        lang="en",
        section="WA News",
        meta_section="WA News",
        url="https://thewest.example.com.au/news/wa/perth-swelters-through-hottest-february-night-on-record-c-17739852",
        description="The temperature failed to drop below 30.1C as more than 18,000 Western Power customers lost electricity.",
        published="2025-02-19T06:45:00+08:00",
        modified="2025-02-19T06:45:00+08:00",
        meta_author="Jack Morrow",
        byline_lines=["Jack Morrow | The West Australian"],
        date_lines=["Wed, 19 February 2025 6:45AM"],
        caption="Perth residents flocked to Cottesloe Beach on Tuesday evening to escape the heat.",
        credit="Danielle Kerr/The West Australian",
        credit_shown="Credit: Danielle Kerr/The West Australian",
        inserts={2: [("ad", "Advertisement")]},
        below_body=[("paywall", "Get the latest news from thewest.com.au in your inbox."),
                    ("signup", "Sign up for our emails")],
        lists=[("Trending in WA", ["Bushfire emergency warning for Shire of Gingin", "Optus Stadium to host State of Origin"])],
        paras=P("""
Perth has sweltered through its hottest February night on record, with the temperature failing to drop below
30.1C at the city's weather station as thousands of homes lost power.

The Bureau of Meteorology said the overnight minimum on Tuesday beat the previous February record of 29.7C.

Western Power said more than 18,000 customers, mainly in the eastern and northern suburbs, were without
electricity at the height of the heat on Tuesday evening as demand on the network soared.

"Our crews have been working around the clock, but extreme heat puts a huge strain on transformers and
underground cables," a Western Power spokesman said.

St John WA paramedics treated dozens of people for heat-related illness, and hospitals reported a rise in
emergency department presentations.

Perth recorded a maximum of 42.6C on Tuesday, its fourth day above 40C this summer.

The bureau expects a cool change to reach the coast on Thursday afternoon, bringing gusty south-westerly winds
and temperatures in the low 30s.

Authorities urged residents to check on elderly neighbours and keep pets indoors.
"""),
        must_have=[
            "Perth recorded a maximum of 42.6C on Tuesday, its fourth day above 40C this summer.",
            "Authorities urged residents to check on elderly neighbours and keep pets indoors.",
        ],
    ),
    # -- The Indian Express: "Written by NAME" and "Ahmedabad | Updated: ..." lines, "Story continues below this ad" --
    dict(
        cluster="indianexpress-ahmedabad-mosquito-fines",
        role="single",
        file="indianexpress_ahmedabad_amc_mosquito_breeding_fines.html",
        render="html",
        site=SITE_IE,
        title="AMC to fine housing societies, schools up to Rs 50,000 for repeated mosquito breeding",
        date="2024-07-22",
        dateline="",
        city=None,
        country="IN",
        region="asia",
        agency=None,
        authors=["Neha Trivedi"],
        editors=[],
        lang="en",
        section="Ahmedabad",
        meta_section="Ahmedabad",
        url="https://indianexpress.example.com/article/cities/ahmedabad/amc-fine-housing-societies-mosquito-breeding-9467211/",
        description="The city recorded 214 cases of dengue and 96 of malaria in the first three weeks of July.",
        published="2024-07-22T08:15:00+05:30",
        modified="2024-07-22T08:15:00+05:30",
        meta_author="Neha Trivedi",
        byline_lines=["Written by Neha Trivedi"],
        date_lines=["Ahmedabad | Updated: July 22, 2024 08:15 IST"],
        inserts={1: [("ad", "Story continues below this ad")], 4: [("ad", "Story continues below this ad")]},
        end_lines=["\u00a9 The Indian Express Pvt Ltd"],
        tags=("Tags:", ["Ahmedabad Municipal Corporation", "Dengue", "malaria"]),
        author_box=["Neha Trivedi is a Senior Correspondent with The Indian Express in Ahmedabad and covers civic issues and health."],
        lists=[("Latest News", ["Gujarat rains: Navsari, Valsad receive heavy showers", "Vadodara: Vishwamitri river crosses danger mark"])],
        paras=P("""
The Ahmedabad Municipal Corporation (AMC) will fine housing societies, schools and commercial complexes up to
Rs 50,000 if mosquito breeding is found on their premises more than once during the monsoon, officials said on
Sunday.

The decision comes after the city recorded 214 cases of dengue and 96 of malaria in the first three weeks of
July, nearly double the figure for the same period last year, according to AMC health department data.

Health teams inspected over 1.6 lakh premises in the past month and found larvae in water tanks, flower pots,
discarded tyres and construction sites, an official said.

"Most breeding is happening inside private premises where our teams cannot go daily. Residents have to take
responsibility," said a senior official of the AMC's health department.

First-time offenders will be given a notice and a fine of Rs 5,000, while repeat offenders face penalties of up
to Rs 50,000 and sealing of the premises in serious cases.

Construction sites have been told to cover water tanks and drain stagnant water every week.

The civic body has also started fogging drives in the Vatva, Lambha, Danilimda and Behrampura wards, where the
highest number of cases were reported.
"""),
        must_have=[
            "Health teams inspected over 1.6 lakh premises in the past month and found larvae in water tanks, flower "
            "pots, discarded tyres and construction sites, an official said.",
            "Construction sites have been told to cover water tanks and drain stagnant water every week.",
        ],
    ),
    # -- FrontPage Africa (gzipped): "Monrovia \u2013 " opening, "By NAME" with middle initial, donation box, comment form --
    dict(
        cluster="fpa-monrovia-rice-prices",
        role="single",
        file="frontpageafrica_monrovia_rice_prices.html.gz",
        render="html",
        site=SITE_FPA,
        title="Liberia: Rice Prices Climb in Monrovia Markets as Importers Blame Exchange Rate",
        date="2024-09-18",
        dateline="Monrovia \u2013 ",
        city="Monrovia",
        country="LR",
        region="africa",
        agency=None,
        authors=["Edwin G. Fayiah"],
        editors=[],
        lang="en",
        section="Business",
        meta_section="Business",
        url="https://frontpageafricaonline.example.com/business/liberia-rice-prices-climb-in-monrovia-markets-as-importers-blame-exchange-rate/",
        description="A 25-kilogram bag of imported rice now sells for L$3,400 in several Monrovia markets.",
        published="2024-09-18T10:30:00+00:00",
        modified="2024-09-18T10:30:00+00:00",
        meta_author="Edwin G. Fayiah",
        byline_lines=["By Edwin G. Fayiah"],
        date_lines=["September 18, 2024"],
        inserts={3: [("promo", ["Support Independent Journalism",
                                "FrontPage Africa relies on readers like you to keep reporting the stories that matter.",
                                "Donate Now"])]},
        author_box=["Edwin G. Fayiah covers business and the economy for FrontPage Africa. Contact: 0770 000 000"],
        lists=[("Related Posts", ["Liberia: Fuel Importers Warn of Shortage Ahead of Holidays",
                                  "Liberia: LEC Announces Power Rationing in Paynesville"])],
        comments=["Leave a Reply Cancel reply", "You must be logged in to post a comment."],
        paras=P("""
The price of a 25-kilogram bag of imported rice has climbed to L$3,400 in several Monrovia markets, up from
about L$2,900 at the start of the year, as importers blame the depreciation of the Liberian dollar and higher
shipping costs.

At the Red Light Market in Paynesville, traders said customers were increasingly buying rice by the cup rather
than by the bag.

"People come with small money. They buy two cups, three cups, because the bag is too expensive now," said
Comfort Dolo, who has sold rice at the market for 15 years.

Rice is Liberia's staple food, and the country imports most of what it eats, largely from Asia.

The Ministry of Commerce and Industry said it was holding talks with importers and had not ruled out setting a
temporary ceiling price.

Importers say they have no choice but to pass on costs, noting that the Liberian dollar has lost about 8
percent of its value against the US dollar since January.

The Liberia Marketing Association called on the government to reduce port charges on rice and to support local
farmers in Bong and Lofa counties to grow more of the grain.

Economists warn that higher food prices could push inflation above 10 percent by the end of the year.
"""),
        must_have=[
            "Rice is Liberia's staple food, and the country imports most of what it eats, largely from Asia.",
            "Economists warn that higher food prices could push inflation above 10 percent by the end of the year.",
        ],
    ),
]


# ---- JSON records (news-please and trafilatura) -------------------------------

JSON_STORIES = [
    # news-please, Il Secolo XIX: listen line, "(foto NAME)" caption inside the text, copyright and topic list at the end.
    dict(
        cluster="secoloxix-genova-pesto-mortaio",
        role="single",
        file="newsplease_secoloxix_genova_pesto_mortaio_it.json",
        render="newsplease",
        title="Pesto al mortaio, a Genova cento concorrenti da 18 Paesi per il titolo mondiale",
        date="2024-04-13",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Giulia Parodi"],
        editors=[],
        lang="it",
        section=None,
        caption="I concorrenti al lavoro nel Salone del Maggior Consiglio",
        credit="Pambianchi",
        url="https://www.ilsecoloxix.example.it/genova/2024/04/13/news/pesto_al_mortaio_cento_concorrenti_da_18_paesi-14216823/",
        source_domain="www.ilsecoloxix.example.it",
        description="Un mortaio di marmo, un pestello di legno e 40 minuti: la sfida a Palazzo Ducale.",
        np_authors=["Giulia Parodi"],
        np_publish="2024-04-13 18:22:00",
        np_modify=None,
        np_download="2024-04-14 07:51:09",
        image_url="https://www.ilsecoloxix.example.it/img/2024/04/13/pesto-ducale.jpg",
        head_lines=["Ascolta l'articolo", "2 minuti di lettura"],
        inserts={1: ["I concorrenti al lavoro nel Salone del Maggior Consiglio (foto Pambianchi)"]},
        tail_lines=["Riproduzione riservata \u00a9 Copyright Il Secolo XIX", "Leggi i commenti", "Argomenti",
                    "Pesto", "Palazzo Ducale"],
        paras=P("""
Cento concorrenti provenienti da 18 Paesi si sono sfidati oggi nel Salone del Maggior Consiglio di Palazzo
Ducale per la finale del Campionato mondiale di pesto genovese al mortaio.

Ogni partecipante aveva a disposizione 40 minuti, un mortaio di marmo e un pestello di legno per preparare il
pesto con basilico genovese Dop, pinoli, aglio, sale grosso, formaggio e olio extravergine d'oliva.

Vietato l'uso di frullatori e di qualsiasi attrezzo elettrico: la giuria, composta da cuochi, produttori e
semplici appassionati, ha valutato sapore, colore e consistenza.

«Il mortaio è lento, ma è l'unico modo per non scaldare il basilico e mantenere il profumo», ha spiegato una
delle concorrenti, arrivata da Buenos Aires.

Quest'anno i concorrenti stranieri erano più della metà, con delegazioni da Giappone, Stati Uniti, Argentina,
Germania e Australia.

Gli organizzatori stimano che la manifestazione abbia portato in città circa 3.000 visitatori tra concorrenti,
accompagnatori e turisti, con alberghi e ristoranti del centro storico pieni per tutto il fine settimana.

Il vincitore riceverà un mortaio d'oro e sarà ambasciatore del pesto genovese per un anno.
"""),
        must_have=[
            "Quest'anno i concorrenti stranieri erano più della metà, con delegazioni da Giappone, Stati Uniti, "
            "Argentina, Germania e Australia.",
            "Il vincitore riceverà un mortaio d'oro e sarà ambasciatore del pesto genovese per un anno.",
        ],
    ),
    # news-please, ThePrint running PTI: "Shillong, Jan 10 (PTI) " dateline, PTI desk slug, auto-generated disclaimer.
    dict(
        cluster="theprint-pti-shillong-mobile-clinics",
        role="single",
        file="newsplease_theprint_pti_shillong_mobile_medical_units.json",
        render="newsplease",
        title="Meghalaya launches 25 mobile medical units for remote villages",
        date="2025-01-10",
        dateline="Shillong, Jan 10 (PTI) ",
        city="Shillong",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://theprint.example.in/india/meghalaya-launches-25-mobile-medical-units-for-remote-villages/2437716/",
        source_domain="theprint.example.in",
        description="The units will first be deployed in the West Khasi Hills, South Garo Hills and East Jaintia Hills.",
        np_authors=["PTI"],
        np_publish="2025-01-10 17:42:00",
        np_modify=None,
        np_download="2025-01-11 02:13:45",
        head_lines=["PTI", "10 January, 2025 05:42 pm IST"],
        tail_lines=["PTI COR SOM NN",
                    "This report is auto-generated from PTI news service. ThePrint holds no responsibility for its content.",
                    "Subscribe to our channels on YouTube & Telegram"],
        paras=P("""
The Meghalaya government on Friday launched 25 mobile medical units to provide primary health care to remote
villages that are far from hospitals, officials said.

Each unit has a doctor, a nurse, a pharmacist and a laboratory technician, and will visit villages on a fixed
weekly schedule, a senior health department official said.

The vans are equipped to carry out basic blood tests, check blood pressure and blood sugar, and provide free
medicines for common illnesses, he said.

The units will first be deployed in the West Khasi Hills, South Garo Hills and East Jaintia Hills districts,
where many villages are several hours' drive from the nearest community health centre.

"Many people in these areas do not go to a doctor until the illness becomes serious. We want to take the doctor
to them," the official said.

The state has also set up a helpline number which villagers can call to find out when a unit will visit their
area.

The project will cost Rs 32 crore over three years and is being funded under the National Health Mission,
officials said.
"""),
        must_have=[
            "The state has also set up a helpline number which villagers can call to find out when a unit will visit "
            "their area.",
            "The project will cost Rs 32 crore over three years and is being funded under the National Health Mission, "
            "officials said.",
        ],
    ),
    # news-please, O Povo (Fortaleza): "Escrito por" / name / "Jornalista do O POVO" lines, published and "Atualizado em" stamps.
    dict(
        cluster="opovo-fortaleza-funceme-prognostico",
        role="single",
        file="newsplease_opovo_funceme_quadra_chuvosa_pt.json",
        render="newsplease",
        title="Funceme prevê chuvas abaixo da média no Ceará entre fevereiro e abril",
        date="2025-01-20",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Mariana Lopes"],
        editors=[],
        lang="pt",
        section=None,
        url="https://www.opovo.example.com.br/noticias/ceara/2025/01/20/funceme-preve-chuvas-abaixo-da-media-no-ceara.html",
        source_domain="www.opovo.example.com.br",
        description="Prognóstico aponta 45% de probabilidade de chuvas abaixo da média na quadra chuvosa.",
        np_authors=["Mariana Lopes"],
        np_publish="2025-01-20 14:10:00",
        np_modify="2025-01-20 16:32:00",
        np_download="2025-01-20 23:58:02",
        head_lines=["Escrito por", "Mariana Lopes", "Jornalista do O POVO", "20/01/2025 14:10",
                    "Atualizado em 20/01/2025 às 16:32"],
        inserts={2: ["LEIA TAMBÉM | Açudes do Ceará: veja o nível de cada reservatório"]},
        tail_lines=["Tags", "Funceme", "Chuvas no Ceará", "Dúvidas, Críticas e Sugestões? Fale com a gente"],
        paras=P("""
A Fundação Cearense de Meteorologia e Recursos Hídricos (Funceme) prevê chuvas abaixo da média em boa parte do
Ceará entre fevereiro e abril, a quadra chuvosa do Estado. O prognóstico foi apresentado nesta segunda-feira,
20, em Fortaleza.

Segundo o órgão, há 45% de probabilidade de chuvas abaixo da média, 35% de chuvas em torno da média e 20% de
chuvas acima da média no período.

O resultado se deve principalmente ao aquecimento das águas do Atlântico Norte, que tende a desfavorecer a
formação de nuvens de chuva sobre o Nordeste, explicou a meteorologista Daniela Sampaio, da Funceme.

"Isso não significa que não vai chover. Vamos ter chuvas, inclusive eventos fortes em Fortaleza, mas com
distribuição irregular", afirmou.

Os açudes do Ceará acumulam atualmente cerca de 38% de sua capacidade total, de acordo com a Companhia de
Gestão dos Recursos Hídricos (Cogerh).

O governo estadual informou que vai manter o abastecimento por carros-pipa em 64 municípios e acelerar a
instalação de cisternas na zona rural.

A Funceme fará uma nova previsão, atualizada, no fim de fevereiro.
"""),
        must_have=[
            "O governo estadual informou que vai manter o abastecimento por carros-pipa em 64 municípios e acelerar a "
            "instalação de cisternas na zona rural.",
            "A Funceme fará uma nova previsão, atualizada, no fim de fevereiro.",
        ],
    ),
    # trafilatura, AFP on a French broadcaster's portal (original of the AFP cluster): "Ouidah (Bénin) (AFP) - ", "Par AFP".
    dict(
        OUIDAH,
        role="original",
        section="Afrique",
        file="trafilatura_tv5monde_afp_ouidah_vodun_fr.json",
        render="trafilatura",
        url="https://information.tv5monde.example.com/afrique/benin-ouidah-les-fetes-du-vodun-attirent-un-nombre-record-de-visiteurs-2758114",
        hostname="information.tv5monde.example.com",
        source_hostname="TV5MONDE Info",
        tf_author="AFP",
        tf_date="2025-01-10",
        tf_language="fr",
        categories="Afrique;Culture",
        tf_tags="Bénin;vodun;tourisme",
        head_lines=["Mise à jour 10.01.2025 à 18:32", "Par AFP"],
        tail_lines=["\u00a9 2025 AFP", "Dans la même rubrique", "Partager"],
    ),
    # trafilatura, InDaily (Adelaide): name and date lines, free-newsletter pitch and republish button.
    dict(
        cluster="indaily-adelaide-fringe-record",
        role="single",
        file="trafilatura_indaily_adelaide_fringe_ticket_record.json",
        render="trafilatura",
        title="Adelaide Fringe smashes ticket sales record with a week to go",
        date="2025-03-17",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Lucy Tranter"],
        editors=[],
        lang="en",
        section="Arts & Culture",
        url="https://www.indaily.example.com.au/arts-and-culture/2025/03/17/adelaide-fringe-smashes-ticket-sales-record",
        hostname="www.indaily.example.com.au",
        source_hostname="InDaily",
        tf_author="Lucy Tranter",
        tf_date="2025-03-17",
        tf_language="en",
        categories="Arts & Culture;News",
        tf_tags="Adelaide Fringe;festivals;tourism",
        description="More than 1.12 million tickets have been sold, eclipsing last year's total.",
        head_lines=["Lucy Tranter", "17 March 2025"],
        tail_lines=["Local news matters. Support InDaily by signing up to our free daily newsletter.",
                    "Republish this article", "Copied"],
        paras=P("""
The Adelaide Fringe has sold a record 1.12 million tickets, organisers say, eclipsing last year's total with
almost a week of the festival still to run.

This year's program features more than 1400 events across 480 venues, from the Garden of Unearthly Delights in
the East End to pop-up venues in suburban pubs and regional towns.

"People are booking earlier and seeing more shows, and we are seeing strong growth in visitors from interstate
and overseas," Fringe spokeswoman Meg Hartigan said.

Comedy remains the best-selling genre, accounting for about 40 per cent of sales, followed by cabaret and
circus.

Organisers estimate the festival will inject more than $100 million into the South Australian economy, with
hotels in the CBD reporting occupancy above 90 per cent on weekends.

Some independent artists say rising venue hire costs and accommodation prices mean many still struggle to break
even.

The Fringe runs until March 23.
"""),
        must_have=[
            "Comedy remains the best-selling genre, accounting for about 40 per cent of sales, followed by cabaret and "
            "circus.",
            "Some independent artists say rising venue hire costs and accommodation prices mean many still struggle to "
            "break even.",
        ],
    ),
    # trafilatura, La Voz del Interior (Córdoba): section, name and stamp lines, subscriber-only comments.
    dict(
        cluster="lavoz-cordoba-tambos-sequia",
        role="single",
        file="trafilatura_lavoz_cordoba_tambos_sequia_es.json",
        render="trafilatura",
        title="Sequía: los tambos cordobeses producen 12 % menos leche y crecen los cierres",
        date="2024-04-22",
        dateline="",
        city=None,
        country="AR",
        region="americas",
        agency=None,
        authors=["Lucía Ferreyra"],
        editors=[],
        lang="es",
        section="Negocios",
        url="https://www.lavoz.example.com.ar/negocios/sequia-los-tambos-cordobeses-producen-12-menos-leche-y-crecen-los-cierres/",
        hostname="www.lavoz.example.com.ar",
        source_hostname="La Voz del Interior",
        tf_author="Lucía Ferreyra",
        tf_date="2024-04-22",
        tf_language="es",
        categories="Negocios;Agro",
        tf_tags="lechería;sequía;Córdoba",
        description="En las cuencas de Villa María y San Francisco, varios tambos pequeños vendieron sus vacas y cerraron.",
        head_lines=["Negocios", "Lucía Ferreyra", "22 de abril de 2024 \u00b7 07:01"],
        tail_lines=["Comentarios", "Para comentar, debés estar suscripto", "Mirá también",
                    "Trigo: anticipan una siembra récord en el sur provincial"],
        paras=P("""
La producción de leche en la provincia de Córdoba cayó un 12 % en el primer trimestre respecto del mismo
período del año pasado, según datos del Ministerio de Bioagroindustria provincial.

La falta de lluvias durante el verano afectó las pasturas y obligó a muchos productores a comprar alimento
balanceado, cuyos precios subieron con fuerza.

En las cuencas de Villa María y San Francisco, las más importantes de la provincia, varios tambos pequeños
decidieron vender sus vacas y cerrar.

"Con los costos de hoy y lo que nos pagan por litro, no cerramos los números", dijo Héctor Bonetto, productor de
la zona de Las Varillas con 180 vacas en ordeñe.

Según la Cámara de Productores de Leche de la región, en el último año cerraron unos 90 tambos en la provincia.

Las industrias lácteas reconocen la caída de la oferta, pero advierten que el consumo interno también se retrajo
por la pérdida del poder adquisitivo.

Los productores reclaman líneas de crédito a tasa subsidiada y la eliminación de las retenciones a las
exportaciones de lácteos.
"""),
        must_have=[
            "Según la Cámara de Productores de Leche de la región, en el último año cerraron unos 90 tambos en la "
            "provincia.",
            "Los productores reclaman líneas de crédito a tasa subsidiada y la eliminación de las retenciones a las "
            "exportaciones de lácteos.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_KH = dict(
    name="The Korea Herald",
    home="https://www.koreaherald.example.com",
    title_suffix=" - The Korea Herald",
    locale="en_US",
    twitter="@TheKoreaHerald",
    body_class="news-view",
    article_class="news_content",
    body_class_inner="article-text",
    cookie=None,
    top_links=["K-pop", "Life&Culture", "Subscribe", "Login"],
    nav=["National", "Business", "Finance", "Life&Culture", "Entertainment", "Sports", "World", "Opinion"],
    share=["Facebook", "X", "Kakaotalk", "Copy URL", "Font size"],
    footer=["Copyright Herald Corporation. All Rights Reserved.", "About Us", "Privacy Policy", "Contact Us"],
)

SITE_JA = dict(
    name="Jeune Afrique",
    home="https://www.jeuneafrique.example.com",
    title_suffix=" \u2013 Jeune Afrique",
    locale="fr_FR",
    twitter="@jeune_afrique",
    body_class="single-article",
    article_class="article",
    body_class_inner="article__content",
    cookie_title="Votre vie privée",
    cookie="Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil.",
    cookie_buttons=["Accepter et fermer", "Continuer sans accepter", "Personnaliser"],
    top_links=["S'abonner", "Se connecter", "Newsletters"],
    nav=["Politique", "Économie", "Société", "Culture", "Sport", "Tribunes", "Afrique de l'Ouest", "Maghreb"],
    share=["Partager sur Facebook", "Partager sur X", "Partager sur LinkedIn", "Copier le lien"],
    footer=["\u00a9 Jeune Afrique 2025, tous droits réservés", "Mentions légales", "Contact"],
)

JSONL_A = "crawl_holdout9_2025-a.jsonl"
JSONL_B = "crawl_holdout9_2025-b.jsonl.gz"

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on a Pakistani business paper (syndicated member of the Reuters cluster).
    dict(
        COLOMBO,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        url="https://www.brecorder.example.com/news/40352817/sri-lanka-tea-prices-climb-to-two-year-high-as-dry-spell-cuts-output",
        nb_published="2025-03-11T08:27:00Z",
        outlet="Business Recorder",
        nb_authors=["Reuters"],
        head_lines=["Reuters", "Published 11 Mar, 2025 01:27pm", "Follow us"],
        inserts={3: ["Read more: Pakistan's tea imports rise in eight months of FY25"]},
        tail_lines=[COLOMBO_CREDITS, "Copyright Business Recorder, 2025"],
    ),
    # newsbeam html shape: The Korea Herald, court story, "Published :" / "Updated :" lines, "(Yonhap)" photo credit.
    dict(
        cluster="koreaherald-daegu-garage-collapse-ruling",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_KH,
        title="Site manager jailed over Daegu parking garage collapse",
        date="2024-11-05",
        dateline="",
        city=None,
        country="KR",
        region="asia",
        agency=None,
        authors=["Park Soo-min"],
        editors=[],
        lang="en",
        section="National",
        meta_section="National",
        url="https://www.koreaherald.example.com/article/10401187",
        description="The court found the manager ordered crews to remove temporary supports before the concrete had cured.",
        published="2024-11-05T15:42:00+09:00",
        modified="2024-11-05T17:10:00+09:00",
        meta_author="Park Soo-min",
        kicker="Social affairs",
        byline_lines=["By Park Soo-min"],
        date_lines=["Published : Nov. 5, 2024 - 15:42", "Updated : Nov. 5, 2024 - 17:10"],
        caption="The Daegu District Court building",
        credit="Yonhap",
        credit_shown="(Yonhap)",
        end_lines=["sumin@heraldcorp.example.com"],
        lists=[("Most Popular", ["Seoul to expand late-night buses to outer districts",
                                 "Gyeongju readies for APEC summit with new hotel rooms"])],
        nb_published="2024-11-05T06:42:00Z",
        outlet="The Korea Herald",
        nb_authors=["Park Soo-min"],
        paras=P("""
A Daegu court on Tuesday sentenced the former site manager of a construction company to three years in prison
over the partial collapse of an underground parking garage at an apartment complex under construction, which
injured two workers last year.

The Daegu District Court found that the manager, identified only by his surname Choi, had ordered crews to
remove temporary supports before the concrete had fully cured, in order to meet a tight deadline.

The company, a midsized builder based in North Gyeongsang Province, was fined 50 million won ($36,000) for
violating the Serious Accidents Punishment Act.

"The accident was not caused by bad luck but by a decision to put the schedule ahead of safety," the court said
in its ruling.

Investigators found that about 30 percent of the required steel reinforcement was missing from the garage roof
slab, according to the ruling.

Two other employees received suspended sentences.

The collapse in March 2023 renewed public concern over construction quality at apartment sites across the
country. The developer has said it will demolish and rebuild the entire garage before residents move in.
"""),
        must_have=[
            "Two other employees received suspended sentences.",
            "The developer has said it will demolish and rebuild the entire garage before residents move in.",
        ],
    ),
    # newsbeam text shape: The Kaselehlie Press (Pohnpei), paper name as byline, crawler stamp in UTC on the previous day.
    dict(
        cluster="kpress-pohnpei-pepper-prices",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        title="Pohnpei pepper growers see prices double as new export deal takes effect",
        date="2025-03-26",
        dateline="",
        city=None,
        country="FM",
        region="oceania",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.kpress.example.info/index.php/2025/03/26/pohnpei-pepper-growers-see-prices-double/",
        nb_published="2025-03-25T21:00:00Z",
        outlet="The Kaselehlie Press",
        nb_authors=["Kaselehlie Press"],
        head_lines=["By the Kaselehlie Press", "March 26, 2025", "Pohnpei"],
        tail_lines=["The Kaselehlie Press is published every two weeks in Kolonia, Pohnpei.",
                    "Print Friendly, PDF & Email"],
        paras=P("""
Pohnpei pepper growers are being paid nearly twice as much for their dried peppercorns as they were a year ago,
after a local processor signed a deal to supply a specialty food importer in Japan.

The processor, Nett Spice Cooperative, is now paying $12 per pound for dried black pepper and $16 per pound for
white pepper, up from $6 and $9 last year.

Pohnpei pepper was once one of the island's best known exports, but production collapsed in the 1990s when
prices fell and many farmers turned to other crops.

"Farmers are coming back. Some of them are clearing old pepper plots that their parents planted," said Lorina
Hadley, the cooperative's manager.

The cooperative expects to buy about 8,000 pounds of pepper this year and hopes to double that by 2027.

The Pohnpei State Department of Resources and Development is providing cuttings and training to new growers at
its nursery in Kolonia.

Growers say the main challenge is labor, as many young people have moved to Guam, Hawaii and the US mainland
for work.
"""),
        must_have=[
            "The cooperative expects to buy about 8,000 pounds of pepper this year and hopes to double that by 2027.",
            "Growers say the main challenge is labor, as many young people have moved to Guam, Hawaii and the US "
            "mainland for work.",
        ],
    ),
    # news-please shape in a batch: RÚV English (Iceland), name and "at" stamp lines, "Read more" box.
    dict(
        cluster="ruv-reykjavik-hot-water-shortage",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Hot water shortage forces capital area swimming pools to close during cold snap",
        date="2025-01-14",
        dateline="",
        city=None,
        country="IS",
        region="europe",
        agency=None,
        authors=["Jón Þór Gunnarsson"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.ruv.example.is/english/2025-01-14-hot-water-shortage-forces-pools-to-close-431872",
        source_domain="www.ruv.example.is",
        description="Veitur asked residents to keep windows shut and take shorter showers as demand hit a record.",
        np_authors=["Jón Þór Gunnarsson"],
        np_publish="2025-01-14 10:15:00",
        np_modify=None,
        np_download="2025-01-14 18:40:33",
        head_lines=["Jón Þór Gunnarsson", "January 14, 2025 at 10:15"],
        inserts={3: ["Read more: Record number of tourists visited Iceland in 2024"]},
        tail_lines=["RÚV English", "News in English from RÚV, the Icelandic National Broadcasting Service"],
        paras=P("""
Swimming pools in Reykjavík and neighbouring towns were closed on Tuesday, and residents were asked to keep
windows shut and take shorter showers, as a cold snap pushed demand for geothermal hot water to the limit.

Veitur, the utility that supplies hot water to the capital area, said consumption had reached record levels as
temperatures fell to minus 14 degrees overnight.

The company said it had decided to close pools and limit supply to some large industrial users to make sure
homes stayed warm.

"The system is designed for cold weather, but when frost lasts for many days the boreholes cannot keep up with
demand," a Veitur spokeswoman told RÚV.

Most buildings in Iceland are heated with water from geothermal fields, and the capital area relies on fields at
Reykir, Reykjahlíð and Hengill.

Veitur has said new boreholes are needed to keep up with population growth, and drilling at a new site is
planned to begin next year.

The Icelandic Met Office expects temperatures to rise above freezing by the weekend.
"""),
        must_have=[
            "Most buildings in Iceland are heated with water from geothermal fields, and the capital area relies on "
            "fields at Reykir, Reykjahlíð and Hengill.",
            "The Icelandic Met Office expects temperatures to rise above freezing by the weekend.",
        ],
    ),
    # trafilatura shape (gzipped batch): the AP story on a Minneapolis paper (syndicated member of the AP cluster).
    dict(
        DULUTH,
        role="syndicated",
        file=JSONL_B,
        render="trafilatura",
        section="Outdoors",
        url="https://www.startribune.example.com/warm-winter-forces-cancellation-of-ice-fishing-contest/601218745",
        hostname="www.startribune.example.com",
        source_hostname="Star Tribune",
        tf_author="Travis Lundgren",
        tf_date="2025-02-06",
        tf_language="en",
        categories="Outdoors;Sports",
        tf_tags="ice fishing;Lake Superior;weather",
        head_lines=["By TRAVIS LUNDGREN The Associated Press", "February 6, 2025 at 10:47AM"],
        tail_lines=["Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
                    "broadcast, rewritten or redistributed without permission.",
                    "More from Outdoors"],
    ),
    # newsbeam html shape (gzipped batch): the AFP story on a pan-African magazine (syndicated member of the AFP cluster).
    dict(
        OUIDAH,
        role="syndicated",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_JA,
        section="Culture",
        meta_section="Culture",
        url="https://www.jeuneafrique.example.com/1650921/culture/benin-a-ouidah-les-fetes-du-vodun-attirent-un-nombre-record-de-visiteurs/",
        published="2025-01-10T19:05:00+01:00",
        modified="2025-01-10T19:05:00+01:00",
        ld_author=[{"@type": "Organization", "name": "Jeune Afrique"}],
        byline_lines=["Par Jeune Afrique (avec AFP)"],
        date_lines=["Publié le 10 janvier 2025 à 19:05"],
        caption="Des adeptes du vodun devant la Porte du non-retour, à Ouidah, le 10 janvier 2025.",
        credit="Serge Adjovi/AFP",
        credit_shown="\u00a9 Serge Adjovi/AFP",
        inserts={2: [("link", "Lire aussi", "Au Bénin, le retour des trésors royaux d'Abomey attire les foules")]},
        below_body=[("paywall", "Vous aimez Jeune Afrique ? Abonnez-vous pour accéder à tous nos articles.")],
        tags=("Thèmes", ["Bénin", "Tourisme", "Religion"]),
        nb_published="2025-01-10T18:05:00Z",
        outlet="Jeune Afrique",
        nb_authors=["Jeune Afrique"],
    ),
    # newsbeam text shape (gzipped batch): Radio Prague International, day-month-year stamp, author credit at the end.
    dict(
        cluster="rpi-ostrava-smog-alert",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Ostrava declares smog alert as inversion traps pollution over Moravia-Silesia",
        date="2025-01-15",
        dateline="",
        city=None,
        country="CZ",
        region="europe",
        agency=None,
        authors=["Klára Holubová"],
        editors=[],
        lang="en",
        section=None,
        url="https://english.radio.example.cz/ostrava-declares-smog-alert-as-inversion-traps-pollution-8839021",
        nb_published="2025-01-15T13:20:00Z",
        outlet="Radio Prague International",
        nb_authors=["Klára Holubová"],
        head_lines=["15-01-2025", "Listen", "Ostrava"],
        tail_lines=["Author: Klára Holubová", "Related", "Czech towns to get new air quality monitoring stations",
                    "Most popular"],
        paras=P("""
Authorities in the Moravian-Silesian Region declared a smog alert on Wednesday as a temperature inversion
trapped polluted air over Ostrava and neighbouring towns, with particulate levels several times above the legal
limit.

The Czech Hydrometeorological Institute said concentrations of PM10 particles at some stations in Ostrava
exceeded 200 micrograms per cubic metre, four times the daily limit.

The regional authority urged people with heart and lung conditions, as well as parents of small children, to
avoid spending time outdoors, and asked companies to cut emissions.

Public transport in Ostrava is free for the duration of the alert, to encourage drivers to leave their cars at
home.

"On days like this, the smog from household boilers, traffic and industry has nowhere to go," said a spokesman
for the regional authority.

The region, long the centre of Czech heavy industry, has some of the worst air quality in the European Union,
partly because of pollution blown across the border from southern Poland.

Meteorologists expect the inversion to break up by Friday, when a cold front is forecast to bring wind and snow.
"""),
        must_have=[
            "Public transport in Ostrava is free for the duration of the alert, to encourage drivers to leave their cars "
            "at home.",
            "Meteorologists expect the inversion to break up by Friday, when a cold front is forecast to bring wind and "
            "snow.",
        ],
    ),
    # news-please shape (gzipped batch): San Marino RTV, "di NAME" byline, short month stamp, "Guarda anche" at the end.
    dict(
        cluster="smrtv-san-marino-turismo-record",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="Turismo, San Marino supera i due milioni di visitatori nel 2024",
        date="2025-01-21",
        dateline="",
        city=None,
        country="SM",
        region="europe",
        agency=None,
        authors=["Sara Gasperoni"],
        editors=[],
        lang="it",
        section=None,
        url="https://www.sanmarinortv.example.sm/news/attualita/turismo-san-marino-supera-i-due-milioni-di-visitatori-nel-2024-a261744",
        source_domain="www.sanmarinortv.example.sm",
        description="Presenze alberghiere in crescita dell'8%, trainate dai turisti stranieri.",
        np_authors=["Sara Gasperoni"],
        np_publish="2025-01-21 12:30:00",
        np_modify=None,
        np_download="2025-01-21 20:02:41",
        head_lines=["ATTUALITÀ", "di Sara Gasperoni", "21 gen 2025"],
        tail_lines=["Riproduzione riservata \u00a9", "Guarda anche", "Seguici su"],
        paras=P("""
Oltre due milioni di visitatori nel 2024: è il dato diffuso dalla Segreteria di Stato per il Turismo, che parla
di un nuovo record per la Repubblica di San Marino.

Le presenze negli alberghi sono cresciute dell'8% rispetto all'anno precedente, trainate soprattutto dai turisti
stranieri, in particolare tedeschi, austriaci e statunitensi.

In aumento anche i pullman turistici, oltre 14mila, che hanno raggiunto il Centro Storico, patrimonio Unesco
dal 2008.

Tra le mete più visitate restano le tre torri, il Palazzo Pubblico e il Museo di Stato, che da solo ha
registrato più di 180mila ingressi.

Gli operatori del settore chiedono però di allungare la permanenza media, che resta inferiore a due notti.
«Molti salgono sul Titano per qualche ora e ripartono verso la Riviera», spiega un albergatore di Borgo
Maggiore.

Per il 2025 la Segreteria punta su eventi sportivi, cammini e turismo congressuale, con l'obiettivo di portare
più visitatori anche nei mesi invernali.

Il piano prevede anche nuovi parcheggi scambiatori ai piedi del Centro Storico, per ridurre il traffico in
Città.
"""),
        must_have=[
            "Per il 2025 la Segreteria punta su eventi sportivi, cammini e turismo congressuale, con l'obiettivo di "
            "portare più visitatori anche nei mesi invernali.",
            "Il piano prevede anche nuovi parcheggi scambiatori ai piedi del Centro Storico, per ridurre il traffico in "
            "Città.",
        ],
    ),
]


# --------------------------------------------------------------------------
# notes, render, validate, write
# --------------------------------------------------------------------------

# Remarks on individual labels a reader may question (kept in labels.json).
HOLDOUT_NOTES = {
    "purpose": "ninth held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text and casing are kept: Reuters "
    "'REUTERS/Nimal Fernando' (the licensing link after it is chrome); The Globe and Mail prints the credit straight "
    "after the caption's full stop with no space ('... in June, 2024.Gavin Rusk/The Globe and Mail') -> 'Gavin "
    "Rusk/The Globe and Mail', and 'Open this photo in gallery:' is chrome; '(Xinhua/Idrissa Bangura)' -> "
    "'Xinhua/Idrissa Bangura'; The Japan Times '... | KYODO' -> 'KYODO' (casing as printed); 'Foto: dpa/Jonas "
    "Heller' -> 'dpa/Jonas Heller'; Gazeta.uz 'Фото: Gazeta.uz' (Фото = photo) -> 'Gazeta.uz'; '(Foto: EFE/Carlos "
    "Mora)' -> 'EFE/Carlos Mora'; Island Times '(Photo courtesy of Division of Marine Law Enforcement)' -> 'Division "
    "of Marine Law Enforcement'; '(AP Photo/Jenna Marsh, File)' -> 'AP Photo/Jenna Marsh'; Le Soleil '(Ph. : Moussa "
    "Diop)' ('Ph.' abbreviates photo) -> 'Moussa Diop'; Sky News 'File pic: PA' -> 'PA'; ABC Color 'Foto: Jorge "
    "Ayala, ABC Color' -> 'Jorge Ayala, ABC Color'; Salzburger Nachrichten 'Bild: SN/Markus Lehner' (Bild = picture) "
    "-> 'SN/Markus Lehner'; NOS 'ANP'; The West Australian 'Credit: Danielle Kerr/The West Australian' -> 'Danielle "
    "Kerr/The West Australian'; Il Secolo XIX's caption line inside the news-please text '... (foto Pambianchi)' -> "
    "caption without the bracket, credit 'Pambianchi'; The Korea Herald '(Yonhap)' -> 'Yonhap'; Jeune Afrique "
    "'\u00a9 Serge Adjovi/AFP' -> 'Serge Adjovi/AFP'",
    "photo_agency_not_story_agency": "an agency in a photo credit does not make the story agency copy: The Korea "
    "Herald '(Yonhap)', NOS 'ANP' and Sky News 'PA' are staff stories (agency null). CRHoy's story is EFE because "
    "of its '(EFE)' dateline and 'Por EFE' byline, not because of the EFE photo",
    "agency_names": "agencies are labelled by their usual short name: 'Reuters', 'AP', 'AFP', 'dpa', 'EFE', "
    "'Xinhua', 'Kyodo', 'PTI', 'Lusa', and 'QNA' for the Qatar News Agency",
    "gulftimes_qna": "Gulf Times prints 'QNA/Doha' under the headline in place of a byline: the story is QNA copy "
    "(agency QNA, no author), and the place in that byline line is not a dateline (the text itself starts without "
    "a place), so dateline_city is null and the country is QA from the story",
    "japantimes_kyodo": "The Japan Times running Kyodo: 'KYODO' byline (agency, no author) and the dateline 'SENDAI "
    "\u2013 ' at the start of the text -> Sendai",
    "bylines": "names in natural case: Globe 'ALANNA WHITFORD' -> Alanna Whitford, 'By TRAVIS LUNDGREN' -> Travis "
    "Lundgren (also on the Star Tribune copy, 'By TRAVIS LUNDGREN The Associated Press'), Le Soleil 'Par Abdoulaye "
    "NDIAYE (Correspondant)' -> Abdoulaye Ndiaye; Reuters 'Additional reporting by Harish Menon in Kochi' adds a "
    "contributing author after the bylined Dilani Wickramasinghe (the Business Recorder copy is bylined only "
    "'Reuters' but keeps the credits line, so it has the same authors and editor); Sky News 'Holly Pritchard' + "
    "'news reporter' -> Holly Pritchard; 'Jack Morrow | The West Australian' -> Jack Morrow; 'Written by Neha "
    "Trivedi' -> Neha Trivedi; 'By Edwin G. Fayiah' keeps the middle initial; O Povo 'Escrito por' / 'Mariana "
    "Lopes' / 'Jornalista do O POVO' -> Mariana Lopes; 'By Park Soo-min' -> Park Soo-min (the e-mail line under "
    "the story is chrome); Radio Prague International 'Author: Klára Holubová'; San Marino RTV 'di Sara Gasperoni'; "
    "Gazeta.uz's Cyrillic name line is kept as printed ('Дилноза Рахимова'). Placeholders give no author: "
    "'KYODO', 'QNA/Doha', 'Por EFE', 'DN/Lusa', 'PTI', 'Par AFP', 'Par Jeune Afrique (avec AFP)', 'By the "
    "Kaselehlie Press'. NOS prints no byline (authors empty)",
    "editors": "Reuters 'Editing by Gareth Pollard' and Xinhua 'Editor: Zhang Ning' are the only editor credits in "
    "the set; Lusa's 'CMB // VM' and PTI's 'PTI COR SOM NN' are desk initials, not names",
    "no_dateline": "these stories carry no place at their start: dateline_city null, country from the story's main "
    "location. A place in the byline or header block is not a dateline: the Globe's 'CALGARY' line between the "
    "name and the paper (CA), Gulf Times 'QNA/Doha' (QA), The Indian Express 'Ahmedabad | Updated: ...' (IN), "
    "Radio Prague International's 'Ostrava' tag line (CZ), the Kaselehlie Press 'Pohnpei' line (FM); also Gazeta.uz "
    "(UZ, Tashkent), Island Times (PW, Koror), Le Soleil (SN, Saint-Louis), Sky News (GB, Norfolk), Salzburger "
    "Nachrichten (AT), NOS (NL, Groningen), The West Australian (AU, Perth), Il Secolo XIX (IT, Genoa), O Povo (BR, "
    "Ceará), InDaily (AU, Adelaide), La Voz del Interior (AR, Córdoba), The Korea Herald (KR, Daegu), RÚV English "
    "(IS), San Marino RTV (SM)",
    "datelines_to_city": "GeoNames English names: 'COLOMBO, March 11 (Reuters)' -> Colombo, 'FREETOWN, July 8 "
    "(Xinhua)' -> Freetown, 'SENDAI \u2013 ' -> Sendai, 'Saarbrücken (dpa/lrs)' -> Saarbrücken ('lrs' is dpa's "
    "regional service for Rhineland-Palatinate and Saarland, not a place), 'San José, 7 may (EFE).-' -> San José "
    "(CR), 'Bissau, 12 mai 2025 (Lusa)' -> Bissau, 'DULUTH, Minn. (AP)' -> Duluth, 'ENCARNACIÓN. ' -> Encarnación "
    "(ABC Color's correspondent pieces open with the town in capitals and a full stop), 'Monrovia \u2013 ' "
    "(FrontPage Africa) -> Monrovia, 'Shillong, Jan 10 (PTI)' -> Shillong, 'Ouidah (Bénin) (AFP) -' -> Ouidah (the "
    "bracketed country is how AFP places a less known town)",
    "dates": "dates are on the publisher's calendar in the offset the page states: The West Australian is stamped "
    "'Wed, 19 February 2025 6:45AM' at UTC+8 (22:45 on the 18th in UTC) -> 2025-02-19; the Kaselehlie Press prints "
    "'March 26, 2025' while the crawler's published stamp is 2025-03-25 21:00 in UTC (08:00 on the 26th at UTC+11) "
    "-> 2025-03-26; apnews.com shows only 'Updated 10:47 AM CST, February 6, 2025', first publication the same day; "
    "TV5MONDE shows only 'Mise à jour 10.01.2025 à 18:32' -> 2025-01-10, the day of the AFP dateline; the Globe's "
    "'PUBLISHED FEBRUARY 19, 2025', not 'UPDATED 4 HOURS AGO'; O Povo's first stamp, not 'Atualizado em'; "
    "Salzburger Nachrichten 'Aktualisiert', NOS 'Aangepast' and Korea Herald 'Updated :' lines are updates",
    "sign_off_lines": "lines outside the story text are chrome: the Reuters credits line (also in the Business "
    "Recorder copy), 'Enditem', '\u00a9 dpa-infocom, dpa:...', '(c) Agencia EFE', 'CMB // VM' and 'Lusa/Fim', 'PTI "
    "COR SOM NN' and ThePrint's auto-generated disclaimer, '\u00a9 2025 AFP', The Korea Herald's e-mail line, Radio "
    "Prague International's 'Author:' line, The Indian Express copyright line at the end of the text, the author "
    "bios of The Indian Express and FrontPage Africa, the AP copyright lines",
    "inline_chrome": "text inside the story that is not story text is chrome: 'Story continues below advertisement' "
    "(Globe) and 'Story continues below this ad' (Indian Express), Gulf Times' 'Related Story' box, 'Anzeige' and "
    "'Mehr zum Thema' (Saarbrücker Zeitung), 'Читайте также' (Gazeta.uz), 'Lea también' (CRHoy), 'Publicidade' "
    "(DN), the Reuters and Japan Times newsletter lines, 'Read more:' lines (Business Recorder, RÚV), 'LEIA TAMBÉM "
    "|' (O Povo), the Il Secolo XIX photo caption inside the news-please text, NOS 'Lees ook' box, 'Lire aussi' (Le "
    "Soleil, Jeune Afrique), 'Read more from Sky News:', the FrontPage Africa donation box, the SN newsletter promo",
    "section": "HTML pages (including the newsbeam html records) label article:section; trafilatura records the "
    "first category; text pages, news-please and newsbeam text records null. The Salzburger Nachrichten 'SN Plus' "
    "kicker is a paywall marker, not a section",
    "regions": "Qatar and Uzbekistan -> asia; Sierra Leone, Guinea-Bissau, Senegal, Liberia and Benin -> africa; "
    "Palau (PW) and the Federated States of Micronesia (FM) -> oceania; Iceland, Czechia, San Marino, Austria and "
    "the Netherlands -> europe; Costa Rica and Paraguay -> americas",
    "languages": "Russian 'ru' (Gazeta.uz, a Russian-language Uzbek site) and Dutch 'nl' appear next to en, fr, es, "
    "pt, de and it",
    "globeandmail_calgary": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with the clean "
    "text; its must_have sentences contain no quotes or apostrophes; it has no photo, so no caption",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"por efe", "kyodo", "kyodo news", "qna", "qna/doha", "qatar news agency", "dn/lusa", "nos",
                "jeune afrique", "par jeune afrique (avec afp)", "kaselehlie press", "the kaselehlie press",
                "news reporter", "jornalista do o povo", "business recorder", "the west australian",
                "travis lundgren the associated press"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
