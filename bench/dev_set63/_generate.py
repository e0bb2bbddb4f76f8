#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-third development set (bench/dev_set63/, first written as the sixtieth held-out set).

    .venv/bin/python bench/dev_set63/_generate.py

Writes ``bench/dev_set63/articles/*`` and ``bench/dev_set63/labels.json`` (next to this
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
bench/dev_set62/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout60_2025-a.jsonl"
JSONL_B = "crawl_holdout60_2025-b.jsonl.gz"


# ---- cluster: The Canadian Press, Regina (Brandon Sun page + copy on Airdrie Today in the plain batch) ----

REGINA = rec(
    cluster="cp-regina-saskatchewan-crop-report-dry",
    title="Dry conditions spread across southwest Saskatchewan, crop report says",
    date="2024-07-11",
    dateline="REGINA \u2014 ",
    city="Regina",
    country="CA",
    region="americas",
    agency="CP",
    authors=["Alanna Kovac"],
    lang="en",
    description="Topsoil moisture is rated short or very short on more than half of the cropland in the southwest.",
    paras=P("""
Hot, windy weather has dried out fields across southwestern Saskatchewan, and some producers are already cutting hay early because their pastures have stopped growing, the province's weekly crop report says.

The report released Thursday rates topsoil moisture on 54 per cent of cropland in the southwest as short or very short, up from 38 per cent a week earlier.

Conditions are better in the northeast, where heavy rain in June left some fields too wet to spray.

Crop extension specialist Dana Whitford said canola and lentils in the driest areas are flowering early and may not fill properly unless rain arrives in the next two weeks.

"Producers down around Maple Creek and Shaunavon are telling us the crop looked good at the end of June and it has gone backwards fast," Whitford said.

Grasshoppers are also a concern, with moderate to severe infestations reported in several rural municipalities near the Alberta boundary.

Provincewide, 71 per cent of spring wheat and 64 per cent of canola is rated in good or excellent condition.

Cattle producers say dugouts are lower than normal for this time of year, and some are hauling water to pastures.

The province has extended a program that helps farmers pay for new wells and pipelines, with applications open until the end of March.
"""),
    must_have=[
        "Conditions are better in the northeast, where heavy rain in June left some fields too wet to spray.",
        "Cattle producers say dugouts are lower than normal for this time of year, and some are hauling water to pastures.",
    ],
)
CP_FIRST = "This report by The Canadian Press was first published July 11, 2024."

# ---- cluster: Lusa, Mindelo (JM Madeira scrape + copy on Diário dos Açores in the plain batch) ----

MINDELO = rec(
    cluster="lusa-mindelo-dessalinizacao-sao-vicente",
    title="Cabo Verde: nova unidade de dessalinização vai duplicar água potável em São Vicente",
    date="2025-02-18",
    dateline="Mindelo, 18 fev 2025 (Lusa) - ",
    city="Mindelo",
    country="CV",
    region="africa",
    agency="Lusa",
    lang="pt",
    description="A unidade, a instalar no Lazareto, terá capacidade para produzir 10 mil metros cúbicos de água por dia.",
    paras=P("""
A ilha cabo-verdiana de São Vicente vai ter até ao final do ano uma nova unidade de dessalinização de água do mar, que deverá duplicar a capacidade de produção de água potável, anunciou hoje o Governo.

Segundo o ministro da Agricultura e Ambiente, Albino Semedo, a nova unidade, a instalar na zona do Lazareto, terá capacidade para produzir 10 mil metros cúbicos de água por dia.

Atualmente, a ilha depende quase totalmente da dessalinização, com uma produção diária de cerca de cinco mil metros cúbicos, insuficiente nos meses de maior consumo.

"Há bairros do Mindelo que recebem água na rede apenas dois ou três dias por semana, e isso tem de acabar", afirmou o governante, à margem de uma visita ao local da obra.

O investimento, estimado em 14 milhões de euros, é financiado por um empréstimo de um banco de desenvolvimento e por fundos do Estado cabo-verdiano.

A nova unidade vai funcionar parcialmente com energia solar, o que, segundo o Governo, deverá reduzir o custo de produção de cada metro cúbico.

Moradores da zona de Ribeira de Craquinha ouvidos pela Lusa queixaram-se de terem de comprar água a autotanques, a preços que chegam a duplicar no verão.

A escassez de água afeta também a agricultura na ilha, onde muitos pequenos produtores de hortícolas dependem de poços cada vez mais salinizados.

Cabo Verde, arquipélago de clima seco e chuvas irregulares, enfrenta há vários anos períodos prolongados de seca que afetam sobretudo a agricultura e a criação de gado.
"""),
    must_have=[
        "Atualmente, a ilha depende quase totalmente da dessalinização, com uma produção diária de cerca de cinco mil metros cúbicos, insuficiente nos meses de maior consumo.",
        "A nova unidade vai funcionar parcialmente com energia solar, o que, segundo o Governo, deverá reduzir o custo de produção de cada metro cúbico.",
    ],
)
LUSA_SIGN = "AMS // VM"

# ---- cluster: Reuters, Canberra (Global Banking & Finance Review page + copy on the Evening Standard in the gzipped batch) ----

CANBERRA = rec(
    cluster="reuters-canberra-abares-wheat-forecast",
    title="Australia trims wheat forecast as dry spell hits southern crops",
    date="2024-09-03",
    dateline="CANBERRA, Sept 3 (Reuters) - ",
    city="Canberra",
    country="AU",
    region="oceania",
    agency="Reuters",
    authors=["Lachlan Pryor", "Naomi Feld"],
    editors=["Martin Varga"],
    lang="en",
    description="ABARES cut its 2024/25 wheat forecast to 29.1 million tons after a dry winter in South Australia and Victoria.",
    paras=P("""
Australia's wheat harvest will be smaller than previously expected as a dry winter in parts of South Australia and Victoria weighs on yields, the government's chief commodities forecaster said on Tuesday.

The Australian Bureau of Agricultural and Resource Economics and Sciences (ABARES) forecast the 2024/25 wheat crop at 29.1 million metric tons, down from its June estimate of 30.4 million tons.

The forecast is still above the 10-year average, helped by good rainfall in northern New South Wales and Western Australia.

"Crops in large parts of the south went into spring with very little moisture in the soil, and yields there will depend on how much rain falls in September," ABARES executive director Helen Corbett said in a statement.

Australia is one of the world's largest wheat exporters, and a smaller crop could tighten supplies to buyers in Asia and the Middle East.

ABARES also lowered its forecast for barley production to 11.6 million tons, while canola output was seen at 5.5 million tons.

Traders said the downgrade was largely expected after weeks of dry weather in key growing regions of Victoria's Mallee and South Australia's Eyre Peninsula.

Benchmark wheat futures in Chicago rose 0.4% on Tuesday.
"""),
    must_have=[
        "The forecast is still above the 10-year average, helped by good rainfall in northern New South Wales and Western Australia.",
        "ABARES also lowered its forecast for barley production to 11.6 million tons, while canola output was seen at 5.5 million tons.",
    ],
)
REUTERS_LINE = ("(Reporting by Lachlan Pryor in Canberra; Additional reporting by Naomi Feld in Singapore; "
                "Editing by Martin Varga)")

# ---- cluster: Irish Independent, page + noisy re-scrape ----

FODDER = rec(
    cluster="independent-ie-mayo-fodder-wet-spring",
    title="Fodder fears grow in the west as relentless rain keeps cattle housed",
    date="2024-04-16",
    country="IE",
    region="europe",
    authors=["Ciarán Mulvey"],
    lang="en",
    caption="Cattle remain housed on many farms in Co Mayo after weeks of heavy rain",
    credit="Colm Keane",
    paras=P("""
Farmers in the west are running short of fodder as weeks of heavy rain keep cattle indoors well past the usual turnout date.

Many farms in Mayo, Galway and Roscommon would normally have most stock out on grass by early April, but ground conditions remain too wet to graze.

Teagasc advisers say some farms have less than two weeks of silage left, and stocks of baled silage for sale are tightening.

Beef farmer Tomás Gavin, who keeps 60 suckler cows near Ballinrobe, said he had bought in 80 bales in the past fortnight.

"I have never seen it like this in April. The fields are like a sponge and the price of a bale has gone up every week," he said.

Bales of silage are changing hands for between €40 and €55 in parts of the west, compared with about €30 last spring.

Teagasc is urging farmers to carry out a fodder budget now and to talk to their adviser before stocks run out.

Concentrates can be used to stretch silage supplies, but advisers warn that feed costs will eat into margins that are already under pressure.

Farm organisations have called on the Department of Agriculture to prepare a fodder transport scheme in case the weather does not improve.

Met Éireann is forecasting more unsettled weather for the rest of the week, with drier spells expected from the weekend.
"""),
    must_have=[
        "Teagasc advisers say some farms have less than two weeks of silage left, and stocks of baled silage for sale are tightening.",
        "Teagasc is urging farmers to carry out a fodder budget now and to talk to their adviser before stocks run out.",
    ],
)
FODDER_PRE = ["Irish Independent", "News", "Opinion", "Business", "Sport", "Farming", "Life", "Style", "Subscribe", "Sign In"]
FODDER_HEAD = ["Farming News", "Ciarán Mulvey", "April 16 2024 06:30 AM"]
FODDER_CAP = ["Cattle remain housed on many farms in Co Mayo after weeks of heavy rain. Photo: Colm Keane"]
FODDER_TOPICS = ["Related topics", "Fodder", "Weather", "Mayo"]
FODDER_COPY = "\u00a9 Mediahuis Ireland Group Limited"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Irish Independent (Ireland): original of the re-scrape cluster, Farming section layout.
    dict(FODDER, role="original", file="irishindependent_mayo_fodder_wet_spring.txt", render="text",
         pre=[FODDER_PRE], head=[FODDER_HEAD], cap_lines=FODDER_CAP,
         inserts={4: ["Read more", "Silage prices: what farmers are paying for bales across the country"]},
         tail=[["Sign up to the Farming Independent newsletter", "Get the latest farming news and expert advice every week"],
               FODDER_TOPICS, [FODDER_COPY]]),
    dict(FODDER, role="rescrape", file="irishindependent_mayo_fodder_wet_spring_rescrape.txt.gz", render="text", noise=True,
         pre=[FODDER_PRE], head=[FODDER_HEAD], cap_lines=FODDER_CAP, tail=[FODDER_TOPICS, [FODDER_COPY]]),
    # JM Madeira (Portugal): original of the Lusa cluster, 'Lusa' byline and the desk sign-off initials.
    dict(MINDELO, role="original", file="jmmadeira_lusa_mindelo_dessalinizacao_pt.txt", render="text",
         pre=[["JM", "Madeira", "País", "Mundo", "Economia", "Desporto", "Opinião", "Assinaturas"]],
         head=[["Mundo"], ["Lusa"], ["18/02/2025 13:42"]],
         inserts={3: ["Publicidade"]},
         tail=[[LUSA_SIGN], ["Partilhar", "Facebook", "X", "WhatsApp"], ["Mais Lidas"],
               ["\u00a9 2025 JM - Jornal da Madeira. Todos os direitos reservados."]]),
    # KT Press (Rwanda): staff, title-case headline, WordPress comment form.
    rec(cluster="ktpress-kigali-meteo-rwanda-season-a-rains", role="single", file="ktpress_meteo_rwanda_season_rains.txt", render="text",
        title="Meteo Rwanda Predicts Above-Normal Rains For September-December Season",
        date="2024-08-29", country="RW", region="africa", lang="en", authors=["Aline Mukamana"],
        pre=[["KT PRESS", "News", "Business", "Politics", "Opinion", "Sports", "Lifestyle", "Kinyarwanda"]],
        head=[["Aline Mukamana", "August 29, 2024"], ["Share on Facebook", "Share on Twitter"]],
        inserts={2: ["Advertisement"], 5: ["Related: Farmers In Eastern Province Turn To Irrigation As Dry Spells Grow Longer"]},
        tail=[["Tags: Agriculture, Meteo Rwanda, Rainfall"],
              ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
              ["\u00a9 2024 KT PRESS. All Rights Reserved."]],
        paras=P("""
Most parts of Rwanda will receive above-normal rainfall during the September to December season, the Rwanda Meteorology Agency has said, urging farmers to prepare early and households in high-risk zones to take precautions.

In its seasonal forecast released on Thursday, the agency said the rains are expected to start between the second and third week of September in most districts.

Western and Northern provinces are likely to receive between 500 and 700 millimetres, the highest amounts in the country.

Parts of Eastern Province, which has suffered long dry spells in recent seasons, are expected to get between 350 and 450 millimetres.

"Farmers should plant as soon as the rains are established, and choose seed varieties recommended for their area," said Didier Nshimiyimana, a forecaster at the agency.

The Ministry of Agriculture said seeds and fertilisers for Season A had already been distributed to cooperatives through the subsidy programme.

Officials also warned that heavy rains could cause flooding and landslides in the hilly districts of Ngororero, Rubavu and Nyabihu, where dozens of homes were destroyed last year.

Residents living in high-risk zones have been asked to move to safer places before the peak of the rains in November.

The agency said it would issue ten-day updates throughout the season.
"""),
        must_have=[
            "Parts of Eastern Province, which has suffered long dry spells in recent seasons, are expected to get between 350 and 450 millimetres.",
            "Residents living in high-risk zones have been asked to move to safer places before the peak of the rains in November.",
        ]),
    # Horseed Media (Somalia): staff, 'Baidoa, Somalia – ' dateline, weekday date line.
    rec(cluster="horseed-baidoa-water-prices-gu-rains", role="single", file="horseed_baidoa_water_prices.txt", render="text",
        title="Water prices double in Baidoa as Gu rains fail",
        date="2025-05-17", dateline="Baidoa, Somalia \u2013 ", city="Baidoa", country="SO", region="africa", lang="en",
        authors=["Faisal Abdi Warsame"],
        pre=[["Horseed Media", "Home", "Somalia", "Africa", "World", "Opinion", "Somali"]],
        head=[["By Faisal Abdi Warsame"], ["Saturday May 17, 2025"], ["Share"]],
        inserts={3: ["ALSO READ: Jubbaland farmers turn to drip irrigation as river levels drop"]},
        tail=[["Tags: Baidoa, Drought, Water"], ["Related Posts"], ["Leave a Reply Cancel reply"],
              ["Copyright \u00a9 2025 Horseed Media. All rights reserved."]],
        paras=P("""
The price of water in Baidoa has doubled in the past month as the Gu rains, which usually begin in April, have largely failed across the Bay region, residents and aid workers said.

A 200-litre barrel of water delivered by donkey cart now costs about $3, up from $1.50 in early April, according to traders in the town.

Many shallow wells and berkads on the outskirts of Baidoa have dried up, forcing families to rely on water trucked in from boreholes further away.

"We used to buy one barrel every two days, but now we buy half a barrel and share it with the goats," said Halima Aden, a mother of six who lives in a displacement camp near the town.

Farmers in the surrounding villages say sorghum planted in April has wilted, raising fears of a poor harvest in July.

Local authorities have appealed to humanitarian agencies to increase water trucking and repair broken boreholes.

The Bay region hosts hundreds of thousands of people displaced by drought and conflict in recent years.

Forecasters had predicted below-average rainfall for much of southern Somalia this season, after heavy flooding during the last Deyr rains.
"""),
        must_have=[
            "Many shallow wells and berkads on the outskirts of Baidoa have dried up, forcing families to rely on water trucked in from boreholes further away.",
            "Local authorities have appealed to humanitarian agencies to increase water trucking and repair broken boreholes.",
        ]),
    # Journal du Mali (Mali, French): staff, 'Par' byline, 'Lire aussi' link.
    rec(cluster="journaldumali-bamako-prix-ramadan", role="single", file="journaldumali_bamako_prix_ramadan_fr.txt", render="text",
        title="Mali : à l'approche du ramadan, les prix du sucre et du riz grimpent à Bamako",
        date="2024-03-06", country="ML", region="africa", lang="fr", authors=["Fatoumata Dembélé"],
        pre=[["Journal du Mali", "Actualité", "Politique", "Économie", "Société", "Culture", "Sport", "Opinions"]],
        head=[["Par Fatoumata Dembélé"], ["6 mars 2024"], ["Partager", "Facebook", "WhatsApp"]],
        inserts={2: ["Publicité"], 4: ["Lire aussi : Campagne agricole : les riziculteurs de l'Office du Niger inquiets"]},
        tail=[["Articles similaires"], ["Laisser un commentaire"], ["\u00a9 2024 Journal du Mali"]],
        paras=P("""
À quelques jours du début du mois de ramadan, les prix de plusieurs produits de première nécessité sont en hausse sur les marchés de Bamako, au grand dam des ménages.

Au marché de Médine, le kilogramme de sucre se vend désormais entre 700 et 750 francs CFA, contre 600 francs il y a un mois.

Le riz importé a également augmenté, passant à 450 francs CFA le kilo dans plusieurs boutiques de la capitale.

« Chaque année c'est la même chose. Dès que le ramadan approche, tout augmente et nos revenus ne bougent pas », déplore Aminata Coulibaly, mère de famille rencontrée au marché.

Les commerçants, eux, évoquent la hausse des coûts de transport et les difficultés d'approvisionnement depuis les ports de la sous-région.

Le gouvernement a annoncé des mesures d'exonération sur certaines denrées pour la période du ramadan, mais leur effet se fait encore peu sentir sur les étals.

Les services du commerce affirment mener des contrôles pour faire respecter les prix plafonds fixés en accord avec les importateurs.

Les consommateurs espèrent que l'arrivée de nouveaux stocks permettra de stabiliser les prix dans les prochaines semaines, avant la fête de fin du jeûne.
"""),
        must_have=[
            "Le riz importé a également augmenté, passant à 450 francs CFA le kilo dans plusieurs boutiques de la capitale.",
            "Les services du commerce affirment mener des contrôles pour faire respecter les prix plafonds fixés en accord avec les importateurs.",
        ]),
    # Despacho 505 (Nicaragua, Spanish): exile outlet, desk byline only, donation appeal.
    rec(cluster="despacho505-managua-canasta-basica", role="single", file="despacho505_managua_canasta_basica_es.txt", render="text",
        title="Canasta básica supera los 20.000 córdobas por primera vez, según datos oficiales",
        date="2024-08-05", country="NI", region="americas", lang="es",
        pre=[["Despacho 505", "Nacionales", "Economía", "Internacionales", "Opinión", "Investigaciones", "Podcast", "Donar"]],
        head=[["Redacción Despacho 505"], ["5 de agosto de 2024"], ["Compartir"]],
        inserts={3: ["Lee también: Productores de frijol reportan pérdidas por lluvias en el norte del país"]},
        tail=[["Apoya el periodismo independiente. Haz tu donación aquí."], ["Síguenos en WhatsApp"],
              ["Etiquetas:", "canasta básica", "Inide", "precios"],
              ["Despacho 505 \u00a9 2024. Todos los derechos reservados."]],
        paras=P("""
El costo de la canasta básica en Nicaragua superó en junio los 20.000 córdobas por primera vez, de acuerdo con los datos publicados por el Instituto Nacional de Información de Desarrollo (Inide).

La canasta de 53 productos alcanzó un valor de 20.147 córdobas, unos 550 dólares, lo que representa un aumento de 4,8 % respecto al mismo mes del año pasado.

Los alimentos, que representan la mayor parte de la canasta, fueron los que más subieron, en especial el frijol, el queso y el aceite.

En contraste, el salario mínimo promedio ronda los 9.000 córdobas mensuales, lo que significa que un trabajador necesitaría más de dos salarios para cubrir el costo total.

"Ya no alcanza para comprar lo mismo que antes. Ahora compramos por libra lo que antes comprábamos por arroba", dijo una comerciante del Mercado Oriental que pidió no ser identificada.

Economistas consultados por este medio señalaron que la sequía del año pasado afectó la producción de granos básicos y encareció el frijol.

El precio de la libra de frijol rojo llegó a los 45 córdobas en algunos mercados de Managua.

Las autoridades no han anunciado medidas para contener los precios, y los medios oficialistas no han informado sobre el nuevo récord.
"""),
        must_have=[
            "Los alimentos, que representan la mayor parte de la canasta, fueron los que más subieron, en especial el frijol, el queso y el aceite.",
            "El precio de la libra de frijol rojo llegó a los 45 córdobas en algunos mercados de Managua.",
        ]),
    # Calcalist (Israel, Hebrew): staff, 'dd.mm.yy' stamp and an 'updated' line at the foot.
    rec(cluster="calcalist-heatwave-vegetable-prices", role="single", file="calcalist_heatwave_vegetable_prices_he.txt", render="text",
        title="גל החום מקפיץ את מחירי הירקות: המלפפון והעגבנייה התייקרו ב-30%",
        date="2024-07-18", country="IL", region="asia", lang="he", authors=["מיכל אברמוביץ"],
        pre=[["כלכליסט", "חדשות", "שוק ההון", "נדל״ן", "דעות", "טק", "פנאי", "מנויים"]],
        head=[["מיכל אברמוביץ"], ["18.07.24 | 07:12"], ["שתפו", "תגובות"]],
        inserts={2: ["פרסומת"], 5: ["קראו עוד:", "מחירי הפירות בשווקים: הדובדבנים התייקרו פי שניים"]},
        tail=[["הכתבה עודכנה ב-18.07.24, 09:40"], ["לכל הכתבות של מיכל אברמוביץ"],
              ["הצטרפו לערוץ הטלגרם של כלכליסט"], ["\u00a9 כל הזכויות שמורות לכלכליסט"]],
        paras=P("""
גל החום הכבד שפוקד את ישראל בשבועות האחרונים פוגע ביבולים ומקפיץ את מחירי הירקות בשווקים וברשתות השיווק.

לפי נתוני מועצת הצמחים, המחיר הסיטונאי של מלפפונים ועגבניות עלה בכ-30% בתוך שבועיים, ומחיר החציל עלה בכ-20%.

חקלאים בערבה ובעמק בית שאן מדווחים כי הטמפרטורות הגבוהות פוגעות בחנטה ומקטינות את כמות הפרי בחממות.

"כשיש 45 מעלות בחוץ, גם ההצללה והקירור לא מספיקים. הצמחים פשוט מפסיקים לייצר", אמר יוסי בן חיים, מגדל ירקות ממושב בערבה.

ברשתות השיווק כבר מרגישים את העלייה, ובחלק מהסניפים נמכר קילו עגבניות ביותר מ-12 שקל.

במשרד החקלאות אומרים כי מדובר בתופעה עונתית וכי המחירים צפויים לרדת בהדרגה עם סיום גל החום והגעת יבול חדש מהצפון.

עם זאת, בענף מזהירים כי הקיץ החם הופך לשגרה וכי נדרשות השקעות בחממות מתקדמות ובזנים עמידים לחום.

על פי הלשכה המרכזית לסטטיסטיקה, מדד מחירי הירקות הטריים עלה ביוני ב-4.1%, לאחר ירידה בחודש הקודם.

ארגוני הצרכנים קוראים לממשלה להקל על יבוא ירקות בתקופות של מחסור, כדי לבלום את העליות החדות במחירים.
"""),
        must_have=[
            "חקלאים בערבה ובעמק בית שאן מדווחים כי הטמפרטורות הגבוהות פוגעות בחנטה ומקטינות את כמות הפרי בחממות.",
            "במשרד החקלאות אומרים כי מדובר בתופעה עונתית וכי המחירים צפויים לרדת בהדרגה עם סיום גל החום והגעת יבול חדש מהצפון.",
        ]),
    # Dinamalar (India, Tamil): staff, 'மேட்டூர்: ' dateline, 'பதிவு செய்த நாள்' (date registered) stamp.
    rec(cluster="dinamalar-mettur-dam-kuruvai", role="single", file="dinamalar_mettur_dam_kuruvai_ta.txt", render="text",
        title="மேட்டூர் அணையில் நீர்மட்டம் சரிவு: ஜூன் 12ல் டெல்டா பாசனத்துக்கு தண்ணீர் திறப்பு இல்லை",
        date="2024-06-10", dateline="மேட்டூர்: ", city="Mettur", country="IN", region="asia", lang="ta",
        pre=[["தினமலர்", "முகப்பு", "தமிழகம்", "இந்தியா", "உலகம்", "வர்த்தகம்", "விளையாட்டு", "சினிமா", "E-Paper"]],
        head=[["பதிவு செய்த நாள்: ஜூன் 10, 2024 05:12"], ["பகிர்", "பேஸ்புக்", "வாட்ஸ் அப்"]],
        inserts={2: ["Advertisement"], 5: ["மேலும் படிக்க: காவிரியில் தண்ணீர் திறக்க கர்நாடகாவுக்கு வலியுறுத்தல்"]},
        tail=[["வாசகர் கருத்து (8)"], ["முக்கிய செய்திகள்"], ["Copyright \u00a9 2024 Dinamalar. All rights reserved."]],
        paras=P("""
மேட்டூர் அணையின் நீர்மட்டம் 43 அடியாக சரிந்துள்ளதால், டெல்டா பாசனத்துக்கு வழக்கமாக ஜூன் 12ம் தேதி திறக்கப்படும் தண்ணீர் இந்த ஆண்டு திறக்கப்பட வாய்ப்பில்லை என, நீர்வளத் துறை அதிகாரிகள் தெரிவித்தனர்.

அணையின் மொத்த நீர்மட்ட உயரம் 120 அடி. தற்போது அணைக்கு வினாடிக்கு 150 கன அடி மட்டுமே நீர்வரத்து உள்ளது. அணையில் உள்ள நீர் இருப்பு 13 டி.எம்.சி.,யாக குறைந்துள்ளது.

குடிநீர் தேவைக்காக அணையிலிருந்து வினாடிக்கு 1,000 கன அடி நீர் தொடர்ந்து வெளியேற்றப்பட்டு வருகிறது.

கர்நாடகாவில் போதிய மழை இல்லாததால், காவிரியில் நீர்வரத்து குறைந்துள்ளது. தென்மேற்கு பருவமழை தீவிரமடைந்தால் மட்டுமே நிலைமை மாறும் என அதிகாரிகள் கூறுகின்றனர்.

குறுவை சாகுபடிக்காக காத்திருக்கும் தஞ்சாவூர், திருவாரூர், நாகப்பட்டினம் மாவட்ட விவசாயிகள் கவலை அடைந்துள்ளனர். ஆழ்துளை கிணறு வசதி உள்ள விவசாயிகள் மட்டுமே நாற்று விட தொடங்கியுள்ளனர்.

தஞ்சாவூர் மாவட்டம் ஒரத்தநாடு பகுதியைச் சேர்ந்த விவசாயி ராமலிங்கம் கூறுகையில், ''கடந்த ஆண்டும் இதே நிலைதான். அரசு குறுவை தொகுப்பு திட்டத்தை உடனடியாக அறிவிக்க வேண்டும். இல்லையென்றால் பல ஏக்கர் நிலம் தரிசாக கிடக்கும்,'' என்றார்.

குறுவை சாகுபடிக்கு இலவச விதை நெல், உரம் உள்ளிட்டவை அடங்கிய சிறப்பு தொகுப்பை அரசு விரைவில் அறிவிக்கும் என, வேளாண் துறை வட்டாரங்கள் தெரிவித்தன.

கடந்த ஆண்டு குறுவை பருவத்தில் டெல்டா மாவட்டங்களில் சுமார் ஐந்து லட்சம் ஏக்கர் பரப்பில் நெல் சாகுபடி செய்யப்பட்டது. இந்த ஆண்டு அந்த பரப்பு கணிசமாக குறையும் என வேளாண் அதிகாரிகள் கணித்துள்ளனர்.

அணையின் நீர்வரத்தை பொறுத்து, தண்ணீர் திறப்பு தேதி குறித்து அரசு இறுதி முடிவு எடுக்கும் என அதிகாரிகள் தெரிவித்தனர்.
"""),
        must_have=[
            "குடிநீர் தேவைக்காக அணையிலிருந்து வினாடிக்கு 1,000 கன அடி நீர் தொடர்ந்து வெளியேற்றப்பட்டு வருகிறது.",
            "குறுவை சாகுபடிக்கு இலவச விதை நெல், உரம் உள்ளிட்டவை அடங்கிய சிறப்பு தொகுப்பை அரசு விரைவில் அறிவிக்கும் என, வேளாண் துறை வட்டாரங்கள் தெரிவித்தன.",
        ]),
    # Blesk (Czechia, Czech): ČTK copy, 'Znojmo - ' dateline, 'Zdroj: ČTK' line.
    rec(cluster="blesk-ctk-znojmo-sucho-studny", role="single", file="blesk_ctk_znojmo_sucho_cs.txt", render="text",
        title="Sucho na Znojemsku: Obcím vysychají studny, vodu vozí cisterny",
        date="2025-05-22", dateline="Znojmo - ", city="Znojmo", country="CZ", region="europe", lang="cs", agency="ČTK",
        pre=[["Blesk.cz", "Zprávy", "Celebrity", "Sport", "Krimi", "Bydlení", "Auto", "Předplatné"]],
        head=[["ČTK"], ["22. 5. 2025 13:05"], ["Sdílet", "Diskuze (34)"]],
        inserts={2: ["Reklama"], 4: ["Čtěte také: Vedra a sucho: Hasiči varují před požáry v lesích"]},
        tail=[["Zdroj: ČTK"], ["Témata:", "sucho", "Znojmo", "voda"], ["Copyright \u00a9 2025 CNC, a.s."]],
        paras=P("""
Kvůli suchu vysychají na Znojemsku studny v několika obcích. Lidé v nich musejí brát vodu z cisteren, které tam každý den přiváží vodárenská společnost.

Nejhorší situace je podle starostů v obcích, které nejsou napojené na vodovod a spoléhají na vlastní zdroje.

Od začátku dubna napršelo na Znojemsku jen zhruba třetina obvyklého množství srážek.

„Máme dvě obecní studny a z jedné už neteče ani kapka. Lidi prosíme, aby vodou opravdu šetřili,“ řekl ČTK starosta jedné z obcí.

Některé obce vyhlásily zákaz zalévání zahrad a napouštění bazénů pitnou vodou.

Sucho trápí i zemědělce. Podle agrárníků by letošní úroda obilí mohla být v regionu o pětinu nižší než loni.

Vinaři zatím škody nehlásí, réva je podle nich na nedostatek vody odolnější.

Kraj jedná s vodárenskou společností o rychlejším napojení dalších obcí na oblastní vodovod, stavba ale potrvá několik let.

Vodárenská společnost podle svého mluvčího zvažuje, že při pokračujícím suchu omezí dodávky vody i v některých větších obcích, které mají vlastní zdroje.

Meteorologové v nejbližších dnech vydatnější srážky neočekávají.
"""),
        must_have=[
            "Od začátku dubna napršelo na Znojemsku jen zhruba třetina obvyklého množství srážek.",
            "Vinaři zatím škody nehlásí, réva je podle nich na nedostatek vody odolnější.",
        ]),
    # KentOnline (England): staff, KM layout, 'Published:' and 'Updated:' stamps.
    rec(cluster="kentonline-hosepipe-ban-warning", role="single", file="kentonline_hosepipe_ban_warning.txt", render="text",
        title="Hosepipe ban warning as reservoir levels drop after driest spring in decades",
        date="2025-06-23", country="GB", region="europe", lang="en", authors=["Harriet Cole"],
        pre=[["KentOnline", "News", "Sport", "What's On", "Business", "Jobs", "Motors", "Property", "Newsletters", "KMTV"]],
        head=[["By Harriet Cole"], ["Published: 16:30, 23 June 2025", "Updated: 17:05, 23 June 2025"]],
        inserts={4: ["Read more", "Water firm apologises after thousands left without supply in heatwave"]},
        tail=[["Do you have a story for us? Let us know here."], ["Read more: All the latest news from Canterbury"],
              ["Comments"], ["\u00a9 2025 KM Media Group"]],
        paras=P("""
Households in Kent have been warned a hosepipe ban could be introduced within weeks after one of the driest springs in more than 50 years.

Southern Water says reservoir and groundwater levels across the county are well below normal for the time of year, and demand has soared during the recent hot spell.

The company supplied more than 590 million litres of water a day across its region last week, about 20% above the usual June average.

A spokesman said engineers had been working through the night to keep supplies flowing to homes in Canterbury, Thanet and Whitstable.

"We are asking everyone to use water wisely, for example by turning off the tap while brushing teeth and not using sprinklers," he said.

Farmers in east Kent say crops including potatoes and salad leaves are struggling, and some have already used most of the water they are licensed to take for irrigation.

The Environment Agency has moved the area into prolonged dry weather status.

A formal temporary use ban would stop people using hosepipes to water gardens, wash cars or fill paddling pools.

Rainfall across the South East between March and May was less than half the long-term average.
"""),
        must_have=[
            "The company supplied more than 590 million litres of water a day across its region last week, about 20% above the usual June average.",
            "Farmers in east Kent say crops including potatoes and salad leaves are struggling, and some have already used most of the water they are licensed to take for irrigation.",
        ]),
    # Kiribati Independent (Kiribati): staff, WordPress layout.
    rec(cluster="kiribatiindependent-south-tarawa-water-hours", role="single", file="kiribatiindependent_tarawa_water_hours.txt", render="text",
        title="PUB cuts water supply hours in South Tarawa as dry spell continues",
        date="2024-11-15", country="KI", region="oceania", lang="en", authors=["Rosa Tekanene"],
        pre=[["Kiribati Independent", "Home", "News", "Sports", "Business", "Pacific", "Contact"]],
        head=[["By Rosa Tekanene"], ["November 15, 2024"], ["Share"]],
        inserts={2: ["Advertisement"]},
        tail=[["Related Posts"], ["Kiribati marks World Fisheries Day with market in Bairiki"], ["Leave a Reply"],
              ["Copyright \u00a9 2024 Kiribati Independent"]],
        paras=P("""
The Public Utilities Board (PUB) has reduced water supply hours for households in South Tarawa as a prolonged dry spell lowers the level of the freshwater lens that supplies the capital.

Under the new schedule, water will be supplied to each area every second day, for about two hours in the morning.

The Kiribati Meteorological Service said rainfall in October was less than a quarter of the normal amount for the month.

A PUB official said the board was pumping less from its galleries at Bonriki and Buota to avoid drawing seawater into the groundwater.

Households have been urged to collect rainwater whenever possible and to boil water before drinking it.

Residents of Betio said some families were buying water from private sellers for up to $5 a drum.

The government's desalination plant is expected to increase supply once it is fully operational next year.

Health officials are monitoring cases of diarrhoea, which usually rise when clean water is scarce.
"""),
        must_have=[
            "The Kiribati Meteorological Service said rainfall in October was less than a quarter of the normal amount for the month.",
            "Residents of Betio said some families were buying water from private sellers for up to $5 a drum.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_BSUN = site("Brandon Sun", "https://www.brandonsun.example.com", " - Brandon Sun", "en_CA", "@BrandonSun",
                 ["Local", "Opinion", "Sports", "Canada", "World", "Obituaries"],
                 ["\u00a9 2024 Brandon Sun", "Privacy Policy", "Terms of Use"],
                 share=["Facebook", "X", "Email"], top=["Subscribe", "Log In"])
SITE_GBAF = site("Global Banking & Finance Review", "https://www.globalbankingandfinance.example.com", "", "en_GB", "@GBAFReview",
                 ["Banking", "Finance", "Investing", "Trading", "Business", "Top Stories"],
                 ["\u00a9 2024 Global Banking & Finance Review", "Advertise", "Privacy Policy"],
                 share=["Share", "Facebook", "X", "LinkedIn"], top=["Subscribe"])
SITE_ECHOROUK = site("الشروق أونلاين", "https://www.echoroukonline.example.com", " | الشروق أونلاين", "ar_DZ", "@Echorouk_Online",
                     ["الرئيسية", "الجزائر", "اقتصاد", "العالم", "رياضة", "منوعات"],
                     ["جميع الحقوق محفوظة \u00a9 2025 الشروق أونلاين", "من نحن", "اتصل بنا"],
                     share=["فيسبوك", "إكس", "واتساب"])
SITE_ALM = site("Aujourd'hui le Maroc", "https://aujourdhui.example.ma", " | Aujourd'hui le Maroc", "fr_MA", "@ALM_Maroc",
                ["Actualité", "Économie", "Société", "Régions", "Culture", "Sport"],
                ["\u00a9 2024 Aujourd'hui le Maroc. Tous droits réservés.", "Qui sommes-nous", "Contact"],
                share=["Partager", "Facebook", "Twitter", "WhatsApp"])
SITE_HAMSHAHRI = site("همشهری آنلاین", "https://www.hamshahrionline.example.ir", " | همشهری آنلاین", "fa_IR", "@hamshahrionline",
                      ["صفحه نخست", "سیاسی", "اقتصادی", "شهری", "اجتماعی", "ورزشی", "بین\u200cالملل"],
                      ["کلیه حقوق این سایت متعلق به همشهری آنلاین است.", "درباره ما", "تماس با ما"],
                      share=["اشتراک گذاری", "تلگرام", "واتساپ", "ایکس"])
SITE_KWNEWS = site("강원일보", "https://www.kwnews.example.co.kr", " - 강원일보", "ko_KR", "@kwnews",
                   ["정치", "경제", "사회", "문화", "스포츠", "오피니언", "지역"],
                   ["Copyright \u00a9 강원일보. All rights reserved. 무단 전재 및 재배포 금지", "회사소개", "제보하기"],
                   share=["페이스북", "카카오톡", "링크복사"])
SITE_BVZ = site("BVZ.at", "https://www.bvz.example.at", " - BVZ.at", "de_AT", "@bvz_at",
                ["Burgenland", "Chronik", "Sport", "Meinung"],
                ["\u00a9 2024 BVZ.at", "Impressum", "Datenschutz"],
                share=["Teilen", "Facebook", "WhatsApp"],
                cookie="Wir und unsere Partner verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten und unsere Inhalte zu finanzieren.",
                cookie_title="Datenschutzeinstellungen",
                buttons=["Alle akzeptieren", "Einstellungen"])
SITE_ERT = site("ertnews.gr", "https://www.ertnews.example.gr", " | ertnews.gr", "el_GR", "@ertnews_gr",
                ["Ειδήσεις", "Ελλάδα", "Κόσμος", "Οικονομία", "Πολιτισμός", "Αθλητισμός", "Περιφέρειες"],
                ["\u00a9 2024 ΕΡΤ Α.Ε. Με την επιφύλαξη παντός δικαιώματος.", "Όροι χρήσης", "Πολιτική cookies"],
                share=["Κοινοποίηση", "Facebook", "X", "Viber"])
SITE_CAPPRESS = site("Capital Press", "https://www.capitalpress.example.com", "", "en_US", "@capitalpress",
                     ["News", "Ag Sectors", "Water", "Opinion", "Markets", "e-Edition"],
                     ["\u00a9 Copyright 2024 Capital Press, 2870 Broadway St NE Salem, OR | Terms of Use | Privacy Policy",
                      "Contact Us", "Advertise"],
                     share=["Facebook", "Twitter", "Email", "Print"], top=["Subscribe", "Log In"])

HTML_STORIES = [
    # Brandon Sun (Manitoba): original of the CP cluster, FP Newspapers layout, CP 'first published' line.
    dict(REGINA, role="original", file="brandonsun_cp_regina_crop_report.html", render="html",
         site=SITE_BSUN, section="Canada", meta_section="Canada",
         url="https://www.brandonsun.example.com/national/2024/07/11/dry-conditions-spread-across-southwest-saskatchewan-crop-report-says",
         published="2024-07-11T16:14:00-05:00", modified="2024-07-11T17:02:00-05:00",
         ld_author=[{"@type": "Person", "name": "Alanna Kovac"}, {"@type": "Organization", "name": "The Canadian Press"}],
         byline_lines=["By Alanna Kovac", "The Canadian Press"],
         date_lines=["Posted: 4:14 PM CDT Thursday, Jul. 11, 2024", "Last Modified: 5:02 PM CDT Thursday, Jul. 11, 2024"],
         caption="A canola field near Kindersley, Sask., is shown on Tuesday, July 9, 2024.",
         credit="THE CANADIAN PRESS/Rory Haldane",
         inserts={3: [("ad", "Advertisement")]},
         end_lines=[CP_FIRST],
         lists=[("Latest News", ["Brandon council approves new water treatment plant budget", "Wheat Kings sign first-round pick"])]),
    # Global Banking & Finance Review (gzipped page): original of the Reuters cluster; 'Published by' names the site's uploader.
    dict(CANBERRA, role="original", file="gbaf_reuters_canberra_wheat_forecast.html.gz", render="html",
         site=SITE_GBAF, section="Headlines", meta_section="Headlines",
         url="https://www.globalbankingandfinance.example.com/australia-trims-wheat-forecast-as-dry-spell-hits-southern-crops/",
         published="2024-09-03T02:41:00+01:00",
         ld_author=[{"@type": "Person", "name": "Elena Rostova"}], meta_author="Elena Rostova",
         byline_lines=["Published by Elena Rostova"], date_lines=["Posted on September 3, 2024"],
         above_body=[("reading", "3 min read")],
         caption_prefix="FILE PHOTO:",
         caption="Wheat is harvested on a farm near Merredin, Western Australia", credit="REUTERS/Kieran Webb",
         credit_shown="REUTERS/Kieran Webb/File Photo",
         inserts={3: [("ad", "Advertisement")]},
         end_lines=[REUTERS_LINE],
         lists=[("Recent Posts", ["Oil steadies as traders weigh supply outlook", "Euro zone factory activity contracts again in August"])]),
    # Echorouk Online (Algeria, Arabic): staff, Maghreb month name ('جانفي' = January), 'إشهار' ad label.
    rec(cluster="echorouk-boufarik-potato-prices", role="single", file="echorouk_potato_prices_ar.html", render="html",
        site=SITE_ECHOROUK, title="أسعار البطاطا تتراجع في أسواق الجملة مع وصول محصول الوادي",
        date="2025-01-16", country="DZ", region="africa", lang="ar", authors=["نادية بن عيسى"],
        section="اقتصاد", meta_section="اقتصاد",
        url="https://www.echoroukonline.example.com/أسعار-البطاطا-تتراجع-في-أسواق-الجملة",
        description="سعر الكيلوغرام في سوق الجملة ببوفاريك بين 45 و55 دينارا.",
        published="2025-01-16T10:40:00+01:00",
        byline_lines=["نادية بن عيسى"], date_lines=["الخميس 16 جانفي 2025"],
        inserts={2: [("ad", "إشهار")], 5: [("link", "اقرأ أيضا:", "وزارة التجارة تطلق عملية لضبط أسعار الخضر قبل رمضان")]},
        tags=("الكلمات المفتاحية", ["البطاطا", "الوادي", "الأسعار"]),
        lists=[("الأكثر قراءة", ["نشرية خاصة: أمطار رعدية على عدة ولايات", "تخفيضات على أسعار تذاكر القطار خلال العطلة"])],
        paras=P("""
تراجعت أسعار البطاطا في أسواق الجملة بعدد من الولايات خلال الأيام الأخيرة، مع بداية وصول كميات كبيرة من محصول ولاية الوادي، بعد أسابيع من الارتفاع الذي أثقل كاهل العائلات.

وبلغ سعر الكيلوغرام الواحد في سوق الجملة ببوفاريك ما بين 45 و55 دينارا، بعدما تجاوز 90 دينارا في منتصف شهر ديسمبر الماضي.

وانعكس هذا التراجع تدريجيا على أسواق التجزئة، حيث تراوح السعر بين 70 و80 دينارا للكيلوغرام في عدد من أحياء العاصمة.

وأوضح تاجر جملة بسوق بوفاريك أن عدد الشاحنات القادمة من الوادي تضاعف خلال الأسبوع الجاري، وهو ما خلق وفرة في العرض.

وقال أحد الفلاحين من منطقة الرقيبة بولاية الوادي إن المردود هذا الموسم كان جيدا رغم ارتفاع تكاليف الأسمدة والسقي.

ويرى متابعون أن الأسعار قد تواصل انخفاضها خلال الأسابيع المقبلة مع اتساع عمليات الجني في الجنوب.

في المقابل، طالب فلاحون بفتح غرف التبريد لتخزين الفائض، حتى لا تنهار الأسعار ويتكبدوا خسائر.

وكانت وزارة الفلاحة قد أعلنت عن برنامج لضبط السوق عبر تخزين كميات من البطاطا وإعادة ضخها في فترات الندرة.
"""),
        must_have=[
            "وبلغ سعر الكيلوغرام الواحد في سوق الجملة ببوفاريك ما بين 45 و55 دينارا، بعدما تجاوز 90 دينارا في منتصف شهر ديسمبر الماضي.",
            "في المقابل، طالب فلاحون بفتح غرف التبريد لتخزين الفائض، حتى لا تنهار الأسعار ويتكبدوا خسائر.",
        ]),
    # Aujourd'hui le Maroc (Morocco, French): MAP copy, 'Béni Mellal - ' dateline, 'Source : MAP' line.
    rec(cluster="alm-map-beni-mellal-recolte-cerealiere", role="single", file="aujourdhuilemaroc_map_beni_mellal_cereales_fr.html", render="html",
        site=SITE_ALM, title="Béni Mellal-Khénifra : la récolte céréalière attendue en baisse de 40% à cause de la sécheresse",
        date="2024-05-09", dateline="Béni Mellal - ", city="Beni Mellal", country="MA", region="africa", lang="fr",
        agency="MAP", section="Régions", meta_section="Régions",
        url="https://aujourdhui.example.ma/regions/beni-mellal-khenifra-la-recolte-cerealiere-attendue-en-baisse-de-40",
        description="Les cumuls de pluie à fin avril ne dépassent pas 210 mm en moyenne.",
        published="2024-05-09T15:20:00+01:00",
        ld_author=[{"@type": "Organization", "name": "MAP"}],
        byline_lines=["MAP"], date_lines=["Publié le 9 mai 2024 à 15:20"],
        inserts={3: [("ad", "Publicité")]},
        below_body=[("source", "Source : MAP")],
        tags=("Mots-clés", ["Béni Mellal-Khénifra", "céréales", "sécheresse"]),
        lists=[("Articles similaires", ["Souss-Massa : la nappe phréatique à un niveau critique", "Prix des moutons : l'offre jugée suffisante à l'approche de l'Aïd"])],
        paras=P("""
La production céréalière dans la région de Béni Mellal-Khénifra devrait reculer d'environ 40% cette saison par rapport à la précédente, en raison du déficit pluviométrique enregistré depuis l'automne, selon la direction régionale de l'agriculture.

La superficie emblavée en céréales dans la région a atteint près de 480.000 hectares, dont une grande partie en zones bour, particulièrement touchées par le manque de pluies.

Les cumuls de pluie enregistrés à fin avril ne dépassent pas 210 mm en moyenne, soit un recul de 35% par rapport à une année normale.

Dans les périmètres irrigués du Tadla, la situation reste plus favorable, même si les lâchers d'eau à partir du barrage Bin El Ouidane ont été réduits.

Le directeur régional de l'agriculture a indiqué que les parcelles sinistrées seront orientées vers l'alimentation du bétail, afin de limiter les pertes des éleveurs.

Un programme de distribution d'orge subventionnée au profit des éleveurs de la région a été lancé début mai, avec un quota de 150.000 quintaux.

Les agriculteurs sont également encouragés à adopter des variétés résistantes à la sécheresse et les techniques de semis direct.

La région de Béni Mellal-Khénifra compte parmi les principaux bassins céréaliers du Royaume.
"""),
        must_have=[
            "Les cumuls de pluie enregistrés à fin avril ne dépassent pas 210 mm en moyenne, soit un recul de 35% par rapport à une année normale.",
            "Un programme de distribution d'orge subventionnée au profit des éleveurs de la région a été lancé début mai, avec un quota de 150.000 quintaux.",
        ]),
    # Hamshahri Online (Iran, Persian): IRNA copy ('به نقل از ایرنا'), solar-calendar date in Persian digits, news code.
    rec(cluster="hamshahri-irna-tehran-water-pressure", role="single", file="hamshahri_irna_tehran_water_pressure_fa.html", render="html",
        site=SITE_HAMSHAHRI, title="کاهش فشار آب تهران در ساعات شب تا پایان تابستان ادامه دارد",
        date="2024-07-30", country="IR", region="asia", lang="fa", agency="IRNA",
        section="شهری", meta_section="شهری",
        url="https://www.hamshahrionline.example.ir/news/874512",
        description="حجم آب ذخیره‌شده در سدهای تهران حدود ۴۰ درصد کمتر از سال گذشته است.",
        published="2024-07-30T10:25:00+03:30",
        ld_author=[{"@type": "Organization", "name": "همشهری آنلاین"}],
        date_lines=["سه\u200cشنبه ۹ مرداد ۱۴۰۳ - ۱۰:۲۵"],
        above_body=[("code", "کد خبر ۸۷۴۵۱۲")],
        inserts={3: [("link", "بیشتر بخوانید:", "آب\u200cشیرین\u200cکن جدید بندرعباس به بهره\u200cبرداری رسید")]},
        tags=("برچسب\u200cها", ["آب", "تهران", "کم\u200cآبی"]),
        lists=[("پربازدیدترین", ["پیش\u200cبینی دمای ۴۲ درجه برای تهران", "زمان واریز یارانه مرداد اعلام شد"])],
        paras=P("""
به گزارش همشهری آنلاین به نقل از ایرنا، مدیرعامل شرکت آب و فاضلاب استان تهران اعلام کرد که برنامه کاهش فشار آب در ساعات شب تا پایان تابستان ادامه خواهد داشت.

وی با اشاره به افزایش مصرف در روزهای گرم اخیر گفت: مصرف آب در تهران به بیش از ۳.۵ میلیون مترمکعب در شبانه‌روز رسیده که نسبت به مدت مشابه سال گذشته ۸ درصد بیشتر است.

بر اساس این گزارش، حجم آب ذخیره‌شده در پنج سد تأمین‌کننده آب تهران حدود ۴۰ درصد کمتر از سال گذشته است.

کاهش فشار از ساعت ۲۲ تا ۵ صبح اعمال می‌شود و ممکن است ساکنان طبقات بالا در برخی مناطق با افت فشار مواجه شوند.

مسئولان از شهروندان خواستند برای ساختمان‌های بلند از مخزن و پمپ استفاده کنند و از شستن خودرو و حیاط با شلنگ خودداری کنند.

به گفته این مقام مسئول، ۳۰ درصد از مشترکان تهرانی بیش از الگوی مصرف آب استفاده می‌کنند.

وی افزود: مشترکان پرمصرف در صورت ادامه مصرف بالا با افزایش تعرفه و در نهایت قطع موقت انشعاب روبه‌رو خواهند شد.

بارش‌ها در حوضه آبریز تهران در سال آبی جاری حدود ۲۵ درصد کمتر از میانگین بلندمدت بوده است.
"""),
        must_have=[
            "بر اساس این گزارش، حجم آب ذخیره‌شده در پنج سد تأمین‌کننده آب تهران حدود ۴۰ درصد کمتر از سال گذشته است.",
            "به گفته این مقام مسئول، ۳۰ درصد از مشترکان تهرانی بیش از الگوی مصرف آب استفاده می‌کنند.",
        ]),
    # Gangwon Ilbo (South Korea, Korean): staff, '【태백】' dateline, reporter e-mail sign-off, '사진=… 제공' credit.
    rec(cluster="kwnews-taebaek-highland-cabbage-heat", role="single", file="kwnews_taebaek_highland_cabbage_ko.html", render="html",
        site=SITE_KWNEWS, title="폭염에 고랭지 배추 작황 부진…도매가격 한 달 새 두 배",
        date="2024-08-12", dateline="【태백】", city="Taebaek", country="KR", region="asia", lang="ko", authors=["김도현"],
        section="경제", meta_section="경제",
        url="https://www.kwnews.example.co.kr/page/view/2024081100112",
        description="배추 10㎏ 상품 평균 도매가격이 한 달 전보다 90% 가량 올랐다.",
        published="2024-08-12T00:00:00+09:00", modified="2024-08-12T10:14:00+09:00",
        byline_lines=["김도현 기자"], date_lines=["입력 : 2024-08-12 00:00", "수정 : 2024-08-12 10:14"],
        caption="태백 매봉산 고랭지 배추밭에서 농민들이 폭염 피해를 입은 배추를 살펴보고 있다.", credit="태백시",
        credit_shown="사진=태백시 제공",
        inserts={3: [("ad", "광고")]},
        end_lines=["김도현기자 dohyun@kwnews.co.kr"],
        lists=[("많이 본 뉴스", ["강릉 경포해변 피서객 역대 최다", "춘천 열대야 12일째 이어져"])],
        paras=P("""
계속되는 폭염으로 태백 매봉산 등 고랭지 배추 주산지의 작황이 크게 나빠지면서 배추 도매가격이 한 달 새 두 배 가까이 올랐다.

한국농수산식품유통공사에 따르면 지난 9일 서울 가락시장에서 거래된 배추 10㎏ 상품 평균 도매가격은 2만1,300원으로, 한 달 전 1만1,000원대보다 90% 가량 상승했다.

해발 1,000m 안팎의 고랭지 밭에서도 낮 기온이 30도를 넘는 날이 이어지면서 배추가 속이 차지 않거나 물러지는 피해가 잇따르고 있다.

매봉산에서 20년째 배추 농사를 짓고 있는 박영철(62)씨는 "이렇게 더운 여름은 처음"이라며 "수확을 앞둔 배추의 30% 정도는 출하를 포기해야 할 상황"이라고 말했다.

태백시는 피해 농가를 대상으로 현장 조사를 벌이고 있으며, 도와 함께 재해 지원 방안을 검토하고 있다.

농림축산식품부는 배추 가격 안정을 위해 정부 비축 물량을 하루 200톤씩 시장에 풀기로 했다.

전문가들은 기후 변화로 고랭지 재배 여건이 갈수록 나빠지고 있다며 재배 적지 이동과 품종 개량이 필요하다고 지적했다.

강원지역은 여름철 국내 배추 공급의 대부분을 책임지고 있어 작황 부진이 김장철 가격에도 영향을 줄 수 있다는 우려가 나온다.

도는 고랭지 농가의 관수 시설과 차광막 설치를 지원하는 예산을 내년에 확대 편성하는 방안도 검토하고 있다.
"""),
        must_have=[
            "해발 1,000m 안팎의 고랭지 밭에서도 낮 기온이 30도를 넘는 날이 이어지면서 배추가 속이 차지 않거나 물러지는 피해가 잇따르고 있다.",
            "농림축산식품부는 배추 가격 안정을 위해 정부 비축 물량을 하루 200톤씩 시장에 풀기로 했다.",
        ]),
    # BVZ (Burgenland, Austria, German): APA copy, 'Neusiedl am See (APA) - ' dateline, cookie wall.
    rec(cluster="bvz-apa-neusiedler-see-seewinkel-wasser", role="single", file="bvz_apa_neusiedler_see_wasserstand_de.html", render="html",
        site=SITE_BVZ, title="Neusiedler See: Pegel sinkt weiter, Landwirte im Seewinkel sollen Wasser sparen",
        date="2024-08-14", dateline="Neusiedl am See (APA) - ", city="Neusiedl am See", country="AT", region="europe",
        lang="de", agency="APA", section="Chronik", meta_section="Chronik",
        url="https://www.bvz.example.at/neusiedl/neusiedler-see-pegel-sinkt-weiter-landwirte-im-seewinkel-sollen-wasser-sparen-412345678",
        description="Der Pegel lag am Mittwoch rund 25 Zentimeter unter dem langjährigen Mittel für August.",
        published="2024-08-14T11:42:00+02:00",
        ld_author=[{"@type": "Organization", "name": "APA"}],
        byline_lines=["APA"], date_lines=["14. August 2024, 11:42"],
        caption="Der Neusiedler See bei Podersdorf.", credit="APA/Lena Pichler", credit_shown="Foto: APA/Lena Pichler",
        inserts={3: [("ad", "Werbung")]},
        lists=[("Mehr aus Neusiedl am See", ["Weinlese startet heuer früher als sonst", "Radweg um den See wird ausgebaut"])],
        paras=P("""
Der Wasserstand des Neusiedler Sees ist nach dem heißen und trockenen Sommer erneut deutlich gesunken. Die Landwirte im Seewinkel sind aufgerufen, bei der Bewässerung ihrer Felder sparsam mit dem Grundwasser umzugehen.

Laut dem Hydrographischen Dienst des Landes Burgenland lag der Pegel am Mittwoch bei 115,21 Metern über Adria und damit rund 25 Zentimeter unter dem langjährigen Mittel für August.

Seit Anfang Juli sind in der Region weniger als 30 Liter Regen pro Quadratmeter gefallen.

Auch der Grundwasserspiegel im Seewinkel ist stark gesunken, mehrere Lacken sind bereits vollständig ausgetrocknet.

„Wir bitten die Betriebe, vor allem in den Mittagsstunden auf die Beregnung zu verzichten“, sagte ein Sprecher der Landwirtschaftskammer Burgenland.

Betroffen sind vor allem Gemüse- und Maisbauern, die ihre Felder regelmäßig beregnen müssen.

Das Land prüft derzeit, ob die geplante Zuleitung von Wasser aus der Donau in den Seewinkel beschleunigt werden kann.

Für die kommenden Tage erwarten die Meteorologen weiterhin hochsommerliche Temperaturen von bis zu 35 Grad.
"""),
        must_have=[
            "Seit Anfang Juli sind in der Region weniger als 30 Liter Regen pro Quadratmeter gefallen.",
            "Betroffen sind vor allem Gemüse- und Maisbauern, die ihre Felder regelmäßig beregnen müssen.",
        ]),
    # ertnews.gr (Greece, Greek): staff, public broadcaster layout, EUROKINISSI photo credit in brackets.
    rec(cluster="ertnews-attica-water-reserves", role="single", file="ertnews_attica_water_reserves_el.html", render="html",
        site=SITE_ERT, title="ΕΥΔΑΠ: Στο χαμηλότερο επίπεδο της δεκαετίας τα αποθέματα νερού της Αττικής",
        date="2024-09-05", country="GR", region="europe", lang="el", authors=["Μαρία Κωνσταντίνου"],
        section="Ελλάδα", meta_section="Ελλάδα",
        url="https://www.ertnews.example.gr/eidiseis/ellada/eydap-sto-chamilotero-epipedo-tis-dekaetias-ta-apothemata-nerou/",
        description="Τα συνολικά αποθέματα ανέρχονται σε περίπου 640 εκατομμύρια κυβικά μέτρα.",
        published="2024-09-05T13:40:00+03:00",
        byline_lines=["Μαρία Κωνσταντίνου"], date_lines=["05 Σεπτεμβρίου 2024, 13:40"],
        caption="Ο ταμιευτήρας του Μόρνου", credit="EUROKINISSI/ΝΙΚΟΣ ΛΑΜΠΡΟΥ",
        credit_shown="(EUROKINISSI/ΝΙΚΟΣ ΛΑΜΠΡΟΥ)",
        inserts={3: [("ad", "Διαφήμιση")]},
        tags=("Ετικέτες", ["ΕΥΔΑΠ", "νερό", "λειψυδρία"]),
        paras=P("""
Στο χαμηλότερο επίπεδο της τελευταίας δεκαετίας έχουν υποχωρήσει τα αποθέματα νερού που τροφοδοτούν την Αττική, μετά από έναν χειμώνα με λίγες βροχές και ένα ιδιαίτερα θερμό καλοκαίρι.

Σύμφωνα με τα στοιχεία της ΕΥΔΑΠ, τα συνολικά αποθέματα στους ταμιευτήρες του Μόρνου, του Ευήνου, της Υλίκης και του Μαραθώνα ανέρχονται σε περίπου 640 εκατομμύρια κυβικά μέτρα.

Πριν από δύο χρόνια, την ίδια εποχή, τα αποθέματα ξεπερνούσαν το ένα δισεκατομμύριο κυβικά μέτρα.

Η εταιρεία διαβεβαιώνει ότι η υδροδότηση της πρωτεύουσας δεν κινδυνεύει άμεσα, ωστόσο καλεί τους καταναλωτές να περιορίσουν την άσκοπη χρήση νερού.

«Αν ο επόμενος χειμώνας είναι επίσης ξηρός, θα χρειαστεί να αξιοποιήσουμε επιπλέον πηγές», δήλωσε στην ΕΡΤ στέλεχος της εταιρείας.

Μεταξύ των σεναρίων που εξετάζονται είναι η ενεργοποίηση γεωτρήσεων και η μεταφορά νερού από νέους ταμιευτήρες.

Παράλληλα, προωθείται πρόγραμμα για τη μείωση των διαρροών στο δίκτυο, οι οποίες εκτιμάται ότι φτάνουν έως και το 20%.

Ειδικοί επισημαίνουν ότι η κλιματική κρίση καθιστά τις περιόδους ξηρασίας όλο και συχνότερες στη νοτιοανατολική Ευρώπη.
"""),
        must_have=[
            "Πριν από δύο χρόνια, την ίδια εποχή, τα αποθέματα ξεπερνούσαν το ένα δισεκατομμύριο κυβικά μέτρα.",
            "Μεταξύ των σεναρίων που εξετάζονται είναι η ενεργοποίηση γεωτρήσεων και η μεταφορά νερού από νέους ταμιευτήρες.",
        ]),
    # Capital Press (Salem, Oregon): staff, BLOX layout, 'YAKIMA, Wash. — ' dateline, 'Updated' stamp, reporter bio.
    rec(cluster="capitalpress-yakima-junior-water-users", role="single", file="capitalpress_yakima_junior_water_users.html", render="html",
        site=SITE_CAPPRESS, title="Junior water users in Yakima Basin face 45% supply as snowpack lags",
        date="2024-04-12", dateline="YAKIMA, Wash. \u2014 ", city="Yakima", country="US", region="americas", lang="en",
        authors=["Tessa Lindgren"], section="Water", meta_section="Water",
        url="https://www.capitalpress.example.com/ag_sectors/water/junior-water-users-in-yakima-basin-face-45-supply/article_5e2b7c10-f8a1-11ee-9c2d-3b1f0a7d6e21.html",
        description="Senior water right holders are expected to receive their full allocation.",
        published="2024-04-12T08:00:00-07:00", modified="2024-04-15T10:22:00-07:00",
        ld_author=[{"@type": "Person", "name": "TESSA LINDGREN Capital Press"}],
        byline_lines=["By TESSA LINDGREN Capital Press"], date_lines=["Apr 12, 2024", "Updated Apr 15, 2024"],
        caption="Water flows through an irrigation canal near Sunnyside, Wash.", credit="Tessa Lindgren/Capital Press",
        inserts={2: [("ad", "Advertisement")]},
        author_box=["Tessa Lindgren is a Capital Press reporter based in Yakima. Contact her at tlindgren@capitalpress.com."],
        newsletter_end=["Get the latest ag news delivered to your inbox!"],
        paras=P("""
Irrigators with junior water rights in the Yakima River basin will receive 45% of their normal supply this season, the U.S. Bureau of Reclamation said, after a winter with well-below-normal snow in the Cascades.

The forecast, released April 11, is slightly better than the 40% the agency predicted in March, after late storms added some snow at higher elevations.

Senior water right holders, who have priority during shortages, are expected to receive their full allocation.

Junior users include several large irrigation districts that supply orchards, vineyards and hop yards across the lower valley.

Lena Ortiz, manager of a district serving about 70,000 acres near Sunnyside, said growers have been told to plan for water to run short by late July.

"We've been through this before, in 2015 and 2021, and people know what to do, but it's never easy," Ortiz said.

Some districts are setting up water leasing so that growers of high-value crops can buy supplies from farmers willing to leave fields dry.

The state Department of Ecology is expected to declare a drought emergency for the basin, which would allow it to speed up emergency water right transfers.

Reservoirs in the basin were 78% full at the start of April.
"""),
        must_have=[
            "Senior water right holders, who have priority during shortages, are expected to receive their full allocation.",
            "Some districts are setting up water leasing so that growers of high-value crops can buy supplies from farmers willing to leave fields dry.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Ikon.mn (Mongolia, Mongolian Cyrillic): staff, initial-dot-name byline.
    rec(cluster="ikon-dzud-livestock-losses", role="single", file="newsplease_ikon_dzud_livestock_mn.json",
        render="newsplease", title="Зудын өндөр эрсдэлтэй сумын тоо нэмэгдэж, малын хорогдол 520 мянга давлаа",
        date="2024-02-08", country="MN", region="asia", lang="mn", authors=["Б.Энхжаргал"],
        url="https://ikon.example.mn/n/3a7k",
        source_domain="ikon.example.mn",
        description="Улсын хэмжээнд 190 сум зудын өндөр эрсдэлтэй байна.",
        np_authors=["Б.Энхжаргал"], np_publish="2024-02-08 14:35:00", np_download="2024-02-08 16:02:47",
        head_lines=["Мэдээ", "Нийгэм", "Б.Энхжаргал", "2024/02/08 14:35", "Сэтгэгдэл: 12", "Хуваалцах"],
        inserts={2: ["Сурталчилгаа"]},
        tail_lines=["Холбоотой мэдээ", "Говь-Алтай аймагт цасан шуурганы улмаас замын хөдөлгөөнийг хязгаарлав",
                    "Улаанбаатарт шөнөдөө 35 хэм хүйтэн байна", "Сэтгэгдэл бичих",
                    "Ikon.mn сайтад нийтлэгдсэн мэдээ, нийтлэлийг зөвшөөрөлгүйгээр хуулбарлахыг хориглоно.",
                    "Бидэнтэй нэгдээрэй", "Facebook", "\u00a9 2024 Ikon.mn"],
        paras=P("""
Цас их орж, хүйтний эрч чангарсантай холбоотойгоор зудын өндөр эрсдэлтэй сумын тоо нэмэгдэж, өнөөдрийн байдлаар 190 сум зудын өндөр эрсдэлтэй байна гэж Онцгой байдлын ерөнхий газраас мэдээллээ.

Оны эхнээс хойш улсын хэмжээнд 520 мянга гаруй толгой мал хорогдсон бөгөөд хамгийн их хорогдол Завхан, Говь-Алтай, Увс аймагт бүртгэгджээ.

Олон суманд цасны зузаан 30-50 см хүрч, малчид отор нүүдэл хийх боломжгүй болсон байна.

Засгийн газраас малчдад өвс, тэжээл хүргэх ажлыг эрчимжүүлж, улсын нөөцөөс 5000 тонн өвс гаргахаар шийдвэрлэсэн.

Завхан аймгийн Тосонцэнгэл сумын малчин Д.Батсүх "Өвс тэжээл маань дуусах шахаж байна. Зам хаагдсан учраас сумын төв рүү очиж чадахгүй байна" гэж ярилаа.

Цаг уурын байгууллагын мэдээлснээр ирэх долоо хоногт баруун аймгуудаар шөнөдөө 40 хэм хүртэл хүйтэн байх төлөвтэй байна.

Олон улсын байгууллагууд зудад нэрвэгдсэн өрхүүдэд бэлэн мөнгөний тусламж үзүүлэхээр бэлтгэж байна.

Мэргэжилтнүүд малчдыг малаа хашаа саравчинд байлгаж, хүйтэн салхитай өдөр хээр бэлчээрт удаан байлгахгүй байхыг зөвлөж байна.

Зудын улмаас хөдөө орон нутгийн зарим зам хаагдаж, малчин өрхүүдэд хүнс, түлш хүргэхэд хүндрэл учирч байгаа аж.
"""),
        must_have=[
            "Олон суманд цасны зузаан 30-50 см хүрч, малчид отор нүүдэл хийх боломжгүй болсон байна.",
            "Цаг уурын байгууллагын мэдээлснээр ирэх долоо хоногт баруун аймгуудаар шөнөдөө 40 хэм хүртэл хүйтэн байх төлөвтэй байна.",
        ]),
    # news-please, Actualno (Bulgaria, Bulgarian): BTA copy; the BTA correspondent is named inside the dateline.
    rec(cluster="actualno-bta-pleven-water-regime", role="single", file="newsplease_actualno_bta_pleven_voden_rezhim_bg.json",
        render="newsplease", title="Воден режим в 12 села в Плевенско заради жегите",
        date="2024-07-23", dateline="Плевен, 23 юли /Десислава Петкова, БТА/ ", city="Pleven", country="BG",
        region="europe", lang="bg", agency="BTA", authors=["Десислава Петкова"],
        url="https://www.actualno.example.com/society/voden-rezhim-v-12-sela-v-plevensko-zaradi-zhegite-news_2201456.html",
        source_domain="www.actualno.example.com",
        description="Водата ще се подава по график - сутрин и вечер.",
        np_authors=["Актуално"], np_publish="2024-07-23 14:12:00", np_download="2024-07-23 12:30:51",
        head_lines=["Начало", "България", "Общество", "23 юли 2024, 14:12", "Актуално", "0 коментара", "Сподели"],
        inserts={2: ["Реклама"]},
        tail_lines=["Източник: БТА", "Последвайте ни в Google News", "Още от Общество",
                    "Жегата: Код червен за 13 области в сряда", "Цената на хляба остава стабилна въпреки сушата",
                    "Коментари", "Напиши коментар"],
        paras=P("""
Воден режим е въведен в 12 села в област Плевен заради продължителните горещини и повишеното потребление на вода, съобщиха от ВиК дружеството в Плевен.

В засегнатите населени места водата ще се подава по график - сутрин и вечер, като през деня подаването ще бъде спирано.

От дружеството обясниха, че дебитът на част от местните водоизточници е намалял с около 40 процента спрямо юни.

„Молим хората да не поливат градините с питейна вода и да не пълнят басейни“, заяви управителят на дружеството.

Най-тежко е положението в селата от общините Червен бряг и Долни Дъбник.

В някои от тях жителите се снабдяват с вода от цистерни, осигурени от общините.

Земеделските производители в региона също отчитат щети. Според областната дирекция „Земеделие“ добивите от слънчоглед и царевица може да бъдат с една трета по-ниски от миналогодишните.

Общините са поискали от областния управител да обяви частично бедствено положение, за да бъдат отпуснати допълнителни средства за доставка на вода.

Синоптиците прогнозират температури до 40 градуса и през следващите дни.
"""),
        must_have=[
            "От дружеството обясниха, че дебитът на част от местните водоизточници е намалял с около 40 процента спрямо юни.",
            "В някои от тях жителите се снабдяват с вода от цистерни, осигурени от общините.",
        ]),
    # news-please, Agenda.ge (Georgia): no byline, 'Agenda.ge, 19 Jun 2024 - 16:05' header line.
    rec(cluster="agendage-kakheti-hail-compensation", role="single", file="newsplease_agendage_kakheti_hail.json",
        render="newsplease", title="Government to compensate Kakheti farmers after hailstorm damages vineyards",
        date="2024-06-19", country="GE", region="asia", lang="en",
        url="https://agenda.example.ge/en/news/2024/2318",
        source_domain="agenda.example.ge",
        description="Hail damaged crops on about 2,300 hectares in three municipalities.",
        np_authors=["Agenda.ge"], np_publish="2024-06-19 16:05:00", np_download="2024-06-19 14:48:12",
        head_lines=["Home", "Economy", "Agenda.ge, 19 Jun 2024 - 16:05", "Share this", "Facebook", "X"],
        inserts={3: ["Read also: Georgia's grape harvest expected to exceed 300,000 tonnes"]},
        tail_lines=["Tags:", "agriculture", "Kakheti", "hail", "Related News",
                    "Georgian wine exports rise in first five months of year", "Subscribe to our newsletter",
                    "\u00a9 2024 Agenda.ge. All rights reserved."],
        paras=P("""
The Georgian government will compensate farmers in the Kakheti region whose vineyards and orchards were damaged by a hailstorm earlier this week, the Ministry of Environmental Protection and Agriculture said.

According to preliminary data, hail damaged crops on about 2,300 hectares in the Telavi, Gurjaani and Kvareli municipalities.

Ministry specialists have started inspecting the affected plots together with local authorities.

Farmers whose crops were insured under the state agro-insurance programme will receive payments from insurance companies, while others will be eligible for one-off assistance.

Deputy minister Levan Gelashvili said the assessment was expected to be completed within two weeks.

He said vineyards were hit hardest, with some growers losing most of this year's grape harvest.

The storm on June 17 was accompanied by strong winds and heavy rain, which also damaged roofs in several villages.

Last year the state agro-insurance programme paid out more than 9 million lari to farmers whose crops were damaged by hail, according to the ministry.

Kakheti is Georgia's main wine-producing region and accounts for most of the country's grape harvest.
"""),
        must_have=[
            "Ministry specialists have started inspecting the affected plots together with local authorities.",
            "He said vineyards were hit hardest, with some growers losing most of this year's grape harvest.",
        ]),
    # trafilatura, Exitosa (Peru, Spanish): Andina copy, '(ANDINA).' dateline, 'Fuente: Andina' line, desk byline.
    rec(cluster="exitosa-andina-puno-heladas-alpacas", role="single", file="trafilatura_exitosa_andina_puno_heladas_es.json",
        render="trafilatura", title="Puno: heladas de hasta 18 grados bajo cero ponen en riesgo a crías de alpaca",
        date="2024-07-15", dateline="Puno, jul. 15 (ANDINA). ", city="Puno", country="PE", region="americas",
        lang="es", agency="Andina", section="Regionales",
        url="https://www.exitosanoticias.example.pe/regionales/puno-heladas-de-hasta-18-grados-bajo-cero-ponen-en-riesgo-a-crias-de-alpaca-n134567",
        hostname="exitosanoticias.example.pe", source_hostname="Exitosa Noticias",
        description="Autoridades distribuyen kits veterinarios y frazadas en las zonas altoandinas.",
        tf_author="Redacción Exitosa", tf_date="2024-07-15", tf_language="es", categories="Regionales;Puno",
        head_lines=["Regionales", "Redacción Exitosa", "15/07/2024 - 12:40", "Actualizado el 15/07/2024 - 13:05",
                    "Compartir", "Síguenos en Google News"],
        inserts={2: ["Lee también: Cusco: nevadas bloquean vías en provincias altas y afectan a ganaderos"], 4: ["PUBLICIDAD"]},
        tail_lines=["Fuente: Andina", "Tags", "Puno", "heladas", "Senamhi", "Más noticias de Regionales",
                    "Exitosa Noticias en WhatsApp: únete a nuestro canal",
                    "\u00a9 2024 Exitosa Noticias. Todos los derechos reservados."],
        paras=P("""
Las heladas que afectan a las zonas altoandinas de Puno, con temperaturas que han descendido hasta los 18 grados bajo cero, ponen en riesgo la salud de miles de crías de alpaca, advirtieron autoridades de la región.

Según el Servicio Nacional de Meteorología e Hidrología (Senamhi), la temperatura más baja se registró en la estación de Macusani, en la provincia de Carabaya.

La Dirección Regional Agraria informó que en las provincias de Carabaya, Lampa y El Collao se han reportado casos de neumonía en crías, principalmente en familias que no cuentan con cobertizos.

Para hacer frente a la emergencia, se distribuyen kits veterinarios con antibióticos, vitaminas y antiparasitarios a los criadores de las zonas más afectadas.

"Las crías nacidas entre diciembre y marzo son las más vulnerables en esta temporada", explicó el especialista en camélidos Rolando Quispe.

Asimismo, se entregaron más de 2.000 frazadas y prendas de abrigo a familias de comunidades ubicadas por encima de los 4.000 metros de altitud.

El Senamhi prevé que las heladas continúen durante las próximas semanas, con mayor intensidad en las madrugadas.

Puno concentra cerca del 40 % de la población de alpacas del país.
"""),
        must_have=[
            "La Dirección Regional Agraria informó que en las provincias de Carabaya, Lampa y El Collao se han reportado casos de neumonía en crías, principalmente en familias que no cuentan con cobertizos.",
            "Asimismo, se entregaron más de 2.000 frazadas y prendas de abrigo a familias de comunidades ubicadas por encima de los 4.000 metros de altitud.",
        ]),
    # trafilatura, LBCI (Lebanon, English): no byline, day-first stamp, app and live-stream promos.
    rec(cluster="lbci-beirut-water-cuts-dry-winter", role="single", file="trafilatura_lbci_beirut_water_cuts.json",
        render="trafilatura", title="Beirut water cuts to lengthen as Lebanon faces one of its driest winters on record",
        date="2025-03-06", country="LB", region="asia", lang="en", section="Lebanon News",
        url="https://www.lbcgroup.example.tv/news/lebanon-news/812345/beirut-water-cuts-to-lengthen-as-lebanon-faces-one-of-its-driest-winters/en",
        hostname="lbcgroup.example.tv", source_hostname="LBCI Lebanon",
        description="Rainfall has reached only about 45 percent of the annual average.",
        tf_author=None, tf_date="2025-03-06", tf_language="en", categories="Lebanon News;Lebanon Economy",
        head_lines=["Lebanon News", "06-03-2025 | 13:52", "LBCI", "Print", "Share"],
        inserts={2: ["Advertisement"]},
        tail_lines=["LBCI Next", "Read More", "Agriculture minister discusses drought plan with farmers' unions",
                    "Electricity of Lebanon announces supply schedule for March", "Subscribe to our newsletter",
                    "Follow LBCI on WhatsApp", "Watch LBCI live", "Download the LBCI app",
                    "Copyright \u00a9 2025 LBCI Lebanon. All rights reserved."],
        paras=P("""
Residents of Beirut and Mount Lebanon should expect longer water cuts in the coming months after one of the driest winters on record, the Beirut and Mount Lebanon Water Establishment said on Thursday.

Rainfall since the start of the season has reached only about 45 percent of the annual average, and snow cover on the mountains melted early.

The establishment said springs that feed the capital were producing well below their usual flow for this time of year.

Many neighborhoods currently receive public water for fewer than 12 hours a day, and the establishment warned that supply could fall further in the summer.

Households that rely on private water trucks say prices have already risen, with a 10-cubic-meter delivery now costing around $25 in parts of Beirut.

The establishment urged citizens to reduce consumption and to report leaks in the public network.

Experts have long warned that Lebanon's aging infrastructure loses a large share of its water before it reaches consumers.

The Litani River Authority said earlier this week that the level of Lake Qaraoun was at its lowest in years.
"""),
        must_have=[
            "The establishment said springs that feed the capital were producing well below their usual flow for this time of year.",
            "The establishment urged citizens to reduce consumption and to report leaks in the public network.",
        ]),
    # trafilatura, Ariana News (Afghanistan, English): staff, theme's split 'Published / 2 days ago / on / date / By / name' lines.
    rec(cluster="ariananews-kabul-flour-prices-harvest", role="single", file="trafilatura_ariananews_kabul_flour_prices.json",
        render="trafilatura", title="Flour prices ease in Kabul as new wheat harvest reaches markets",
        date="2024-07-08", country="AF", region="asia", lang="en", authors=["Zarmina Hotak"], section="Business",
        url="https://www.ariananews.example.af/flour-prices-ease-in-kabul-as-new-wheat-harvest-reaches-markets/",
        hostname="ariananews.example.af", source_hostname="Ariana News",
        description="A 49-kilogram bag of flour now sells for about 1,850 afghanis.",
        tf_author="Zarmina Hotak", tf_date="2024-07-08", tf_language="en", categories="Business;Latest News",
        head_lines=["Published", "2 days ago", "on", "July 8, 2024", "By", "Zarmina Hotak"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Continue Reading", "Related Topics:", "Afghanistan", "flour prices", "wheat", "Click to comment",
                    "Leave a Reply", "Trending"],
        paras=P("""
The price of flour has fallen in Kabul markets over the past two weeks as wheat from this year's harvest arrives from the northern provinces, traders said.

A 49-kilogram bag of flour is now selling for about 1,850 afghanis in the city, down from around 2,100 afghanis in early June.

Traders in the Mandawi market said supplies of domestic wheat from Kunduz, Baghlan and Balkh had increased noticeably in recent days.

"When our own wheat comes to the market, prices come down, but people still do not have enough money," said Abdul Wahid, a flour seller in Kabul.

Officials at the Ministry of Agriculture said wheat production this year was expected to be higher than last year because of better rainfall in the spring.

However, farmers in some provinces reported losses after flash floods in May damaged fields and irrigation canals.

Afghanistan still relies on imports of flour and wheat from Kazakhstan and Pakistan to meet a large part of its needs.

Aid agencies have warned that millions of Afghans continue to face food insecurity despite the improved harvest.
"""),
        must_have=[
            "Traders in the Mandawi market said supplies of domestic wheat from Kunduz, Baghlan and Balkh had increased noticeably in recent days.",
            "However, farmers in some provinces reported losses after flash floods in May damaged fields and irrigation canals.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

SITE_DDA = site("Diário dos Açores", "https://www.diariodosacores.example.pt", " - Diário dos Açores", "pt_PT", "@diariodosacores",
                ["Regional", "Nacional", "Internacional", "Economia", "Desporto", "Opinião"],
                ["\u00a9 Diário dos Açores 2025", "Ficha Técnica", "Estatuto Editorial"],
                share=["Partilhar", "Facebook", "WhatsApp"])

JSONL_STORIES = [
    # news-please shape: the CP story on Airdrie Today (syndicated member of the CP cluster), Village Media layout.
    dict(REGINA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.airdrietoday.example.com/national-business/dry-conditions-spread-across-southwest-saskatchewan-crop-report-says-9165432",
         source_domain="www.airdrietoday.example.com",
         np_authors=["Alanna Kovac", "The Canadian Press"], np_publish="2024-07-11 21:14:00", np_download="2024-07-12 03:40:10",
         head_lines=["National Business", "Alanna Kovac, The Canadian Press", "Jul 11, 2024 3:14 PM",
                     "Listen to this article", "00:02:41", "Share this story"],
         inserts={2: ["Advertisement"], 5: ["Advertisement"]},
         tail_lines=[CP_FIRST,
                     "Be the first to read breaking stories. Enable push notifications on your device. Disable anytime.",
                     "No thanks", "Show me", "Comments",
                     "Airdrie Today welcomes your feedback and opinions. All comments are subject to the Community Guidelines.",
                     "Related Stories", "Alberta drought plan enters next phase as water-sharing talks continue"]),
    # newsbeam html shape: the Lusa story on Diário dos Açores (syndicated member of the Lusa cluster).
    dict(MINDELO, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_DDA,
         section="Internacional", meta_section="Internacional",
         url="https://www.diariodosacores.example.pt/2025/02/18/cabo-verde-nova-unidade-de-dessalinizacao-vai-duplicar-agua-potavel-em-sao-vicente/",
         published="2025-02-18T14:05:00-01:00",
         nb_published="2025-02-18T15:05:00Z", outlet="Diário dos Açores", nb_authors=["Lusa"],
         ld_author=[{"@type": "Organization", "name": "Lusa"}],
         byline_lines=["Lusa"], date_lines=["18 de fevereiro de 2025"],
         end_lines=[LUSA_SIGN],
         lists=[("Últimas", ["Ponta Delgada: obras no porto arrancam em março", "Governo dos Açores apoia produtores de leite"])]),
    # newsbeam text shape: Fruitnet (fresh-produce trade site) on a New Zealand story: staff, topic list and related rail.
    rec(cluster="fruitnet-katikati-kiwifruit-hail", role="single", file=JSONL_A, render="newsbeam",
        title="Hail damages kiwifruit orchards near Katikati weeks before harvest",
        date="2025-03-20", country="NZ", region="oceania", lang="en", authors=["Jodie Hartnell"],
        url="https://www.fruitnet.example.com/asiafruit/hail-damages-kiwifruit-orchards-near-katikati-weeks-before-harvest/265431.article",
        nb_published="2025-03-20T09:30:00Z", outlet="Fruitnet", nb_authors=["Jodie Hartnell"],
        head_lines=["Fruitnet", "Asiafruit", "Kiwifruit", "By Jodie Hartnell", "20 March 2025", "Share"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Topics", "Kiwifruit", "New Zealand", "Weather", "Related articles",
                    "Kiwifruit exporters lift forecast for gold volumes",
                    "Avocado growers in the Bay of Plenty eye bigger crop",
                    "Get the latest fresh produce news in your inbox", "Copyright \u00a9 2025 Fruitnet"],
        paras=P("""
Kiwifruit growers around Katikati are assessing damage to their crops after a short but intense hailstorm swept through orchards on Tuesday afternoon, weeks before the start of harvest.

The storm hit a strip of orchards between Aongatete and Tahawai, with some growers reporting hailstones the size of marbles.

Orchardist Craig Wilton said about a third of his gold kiwifruit had marks on the skin that would stop it being exported.

"You spend the whole year getting the crop to this point and then ten minutes of hail does this," Wilton said.

Fruit with minor marks can still be sold on the local market or sent for processing, but growers receive much less for it.

Industry body New Zealand Kiwifruit Growers Incorporated said it was too early to estimate the total cost of the storm.

Growers have been advised to contact their insurers and packhouses as soon as possible.

MetService said the hail was caused by a band of thunderstorms that moved across the western Bay of Plenty.
"""),
        must_have=[
            "The storm hit a strip of orchards between Aongatete and Tahawai, with some growers reporting hailstones the size of marbles.",
            "Fruit with minor marks can still be sold on the local market or sent for processing, but growers receive much less for it.",
        ]),
    # trafilatura shape: the Reuters story on the Evening Standard (syndicated member of the Reuters cluster).
    dict(CANBERRA, role="syndicated", file=JSONL_B, render="trafilatura", section="Business",
         url="https://www.standard.example.co.uk/business/australia-trims-wheat-forecast-as-dry-spell-hits-southern-crops-b1179432.html",
         hostname="standard.example.co.uk", source_hostname="Evening Standard",
         tf_author="Reuters", tf_date="2024-09-03", tf_language="en", categories="Business;Markets",
         head_lines=["Business", "Reuters", "3 September 2024", "Share", "Sign up for the Standard's free newsletters"],
         inserts={4: ["Advertisement"]},
         tail_lines=[REUTERS_LINE, "Read More", "FTSE 100 live: Markets edge higher as traders await US jobs data",
                     "Pound steadies ahead of Bank of England decision", "SPONSORED", "Comments",
                     "Want to discuss? Register to comment", "Evening Standard", "\u00a9 2024 Evening Standard"]),
    # news-please shape: Lubbock Avalanche-Journal (Texas): staff, Gannett layout, reporter bio.
    rec(cluster="lubbockaj-dryland-cotton-abandonment", role="single", file=JSONL_B, render="newsplease",
        title="Heat, drought push West Texas farmers to abandon more dryland cotton acres",
        date="2024-08-21", country="US", region="americas", lang="en", authors=["Marissa Cantu"],
        url="https://www.lubbockonline.example.com/story/news/agriculture/2024/08/21/heat-drought-push-west-texas-farmers-to-abandon-dryland-cotton/74876512007/",
        source_domain="www.lubbockonline.example.com",
        description="Lubbock has recorded just 0.7 inches of rain since the start of July.",
        np_authors=["Marissa Cantu"], np_publish="2024-08-21 10:02:00", np_download="2024-08-22 04:15:51",
        head_lines=["Marissa Cantu", "Lubbock Avalanche-Journal", "Published 5:02 a.m. CT Aug. 21, 2024",
                    "Updated 9:17 a.m. CT Aug. 21, 2024", "Listen to this article", "Share"],
        inserts={3: ["Your subscription makes our reporting possible."]},
        tail_lines=["Marissa Cantu covers agriculture and rural issues for the Lubbock Avalanche-Journal. Contact her at mcantu@lubbockonline.com.",
                    "Support local journalism by subscribing to the Avalanche-Journal.",
                    "More: Cotton growers brace for lower prices as harvest nears", "Most Popular",
                    "Texas Tech to host cotton field day in September", "Lubbock County adds burn ban as grasses dry out",
                    "Terms of Service", "\u00a9 2024 www.lubbockonline.com. All rights reserved."],
        paras=P("""
Many dryland cotton fields across the South Plains will not be harvested this year after a stretch of triple-digit heat and little rain in July and early August, growers and agronomists said.

Lubbock has recorded just 0.7 inches of rain since the start of July, compared with a normal of about 4 inches for the period, according to the National Weather Service.

Kody Barnett, who farms about 3,000 acres near Ropesville, said roughly half of his dryland cotton had already been released by his crop insurance adjuster.

"It came up good in June and then it just quit," Barnett said. "You can't make a crop on 100-degree days and no rain."

Irrigated fields are faring better, although some producers said their wells were struggling to keep up with the heat.

The Texas A&M AgriLife Extension Service estimates that abandonment on dryland acres in the region could top 40% this year.

The South Plains normally produces about a third of the cotton grown in the United States.

Cotton prices have also fallen this summer, which growers said would make it harder to cover rising input costs even on fields that are harvested.
"""),
        must_have=[
            "Lubbock has recorded just 0.7 inches of rain since the start of July, compared with a normal of about 4 inches for the period, according to the National Weather Service.",
            "Irrigated fields are faring better, although some producers said their wells were struggling to keep up with the heat.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixtieth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Irish Independent 'April 16 2024 06:30 AM' (both "
    "copies); the Brandon Sun 'Posted: 4:14 PM CDT Thursday, Jul. 11, 2024' (not 'Last Modified') and the Airdrie Today "
    "copy of the same CP story 'Jul 11, 2024 3:14 PM' (Mountain time; news-please 21:14 UTC, downloaded the next day in "
    "UTC); JM '18/02/2025 13:42' (day first) and the Lusa dateline '18 fev 2025', the Diário dos Açores copy '18 de "
    "fevereiro de 2025' (crawler stamp 15:05Z); Global Banking & Finance Review 'Posted on September 3, 2024' (02:41 "
    "British time, already 3 September in Canberra, as the Reuters dateline 'Sept 3' says) and the Evening Standard copy "
    "'3 September 2024'; Echorouk 'الخميس 16 جانفي 2025' (Thursday 16 January: 'جانفي' is the Maghreb name of "
    "January); Aujourd'hui le Maroc 'Publié le 9 mai 2024'; KT Press 'August 29, 2024'; Horseed Media 'Saturday May 17, "
    "2025'; Journal du Mali '6 mars 2024'; Despacho 505 '5 de agosto de 2024'; Calcalist '18.07.24 | 07:12' (day, "
    "month, two-digit year; not the foot line 'הכתבה עודכנה ב-18.07.24, 09:40' = 'the article was updated'); Dinamalar "
    "'பதிவு செய்த நாள்: ஜூன் 10, 2024' ('date registered': 10 June); Blesk '22. 5. 2025 13:05' (day first); KentOnline "
    "'Published: 16:30, 23 June 2025' (not 'Updated'); the Kiribati Independent 'November 15, 2024'; Hamshahri Online "
    "'سه‌شنبه ۹ مرداد ۱۴۰۳ - ۱۰:۲۵' (Tuesday 9 Mordad 1403 of the Iranian solar calendar, in Persian digits = 30 July "
    "2024; article:published_time agrees); Gangwon Ilbo '입력 : 2024-08-12 00:00' (input = publication; not '수정' = "
    "modified); BVZ '14. August 2024, 11:42'; ertnews.gr '05 Σεπτεμβρίου 2024, 13:40'; Capital Press 'Apr 12, 2024' "
    "(not 'Updated Apr 15, 2024'); Ikon.mn '2024/02/08 14:35'; Actualno '23 юли 2024, 14:12' and the BTA dateline '23 "
    "юли' (news-please's publish stamp is the page's local time, so it is later than its UTC download stamp); Agenda.ge's "
    "header 'Agenda.ge, 19 Jun 2024 - 16:05'; Exitosa '15/07/2024 - 12:40' (day first; not 'Actualizado') and the Andina "
    "dateline 'jul. 15'; LBCI '06-03-2025 | 13:52' (day first: 6 March); Ariana News 'July 8, 2024' (the theme's '2 days "
    "ago' is relative to the crawl, not a date); Fruitnet '20 March 2025'; the Lubbock "
    "Avalanche-Journal 'Published 5:02 a.m. CT Aug. 21, 2024' (not 'Updated'; downloaded the next day in UTC)",
    "dateline_city": "'REGINA \u2014 ' -> 'Regina' (both CP copies); 'Mindelo, 18 fev 2025 (Lusa) - ' -> 'Mindelo' (both "
    "Lusa copies); 'CANBERRA, Sept 3 (Reuters) - ' -> 'Canberra' (both Reuters copies); Horseed's 'Baidoa, Somalia \u2013 ' "
    "-> 'Baidoa'; the MAP opening 'Béni Mellal - ' -> 'Beni Mellal' (GeoNames spelling); Capital Press's 'YAKIMA, Wash. "
    "\u2014 ' -> 'Yakima'; the Andina opening 'Puno, jul. 15 (ANDINA). ' -> 'Puno'; Dinamalar's 'மேட்டூர்: ' ('Mettur:') "
    "-> 'Mettur'; Gangwon Ilbo's bracketed '【태백】' at the start of the story ('[Taebaek]', the paper's dateline form) -> "
    "'Taebaek'; the APA opening 'Neusiedl am See (APA) - ' -> 'Neusiedl am See'; the ČTK opening 'Znojmo - ' -> 'Znojmo'; "
    "the BTA opening 'Плевен, 23 юли /Десислава Петкова, БТА/ ' ('Pleven, 23 July /Desislava Petkova, BTA/') -> "
    "'Pleven'. All other records have no dateline (city null) and take the country of the story's location: Agenda.ge's "
    "header line names no place, and Hamshahri's opening 'به گزارش همشهری آنلاین به نقل از ایرنا' ('Hamshahri Online "
    "reports, quoting IRNA') is an attribution, not a dateline",
    "country": "the CP story is Canada (CA) on a Manitoba and an Alberta site; the Lusa story is Cabo Verde (CV, africa) on "
    "two Portuguese sites (Madeira and the Azores); the Reuters story is Australia (AU, oceania) on a London finance site "
    "and the Evening Standard; Capital Press (an Oregon paper) reports from Yakima, Washington (US); Agenda.ge's story is "
    "Georgia (GE, asia by UN M49); Calcalist's is Israel (IL, asia); the Kiribati Independent's is Kiribati (KI, "
    "oceania); Fruitnet, a trade site, reports from the Bay of Plenty (NZ); Hamshahri's is Iran (IR); Ariana News's is Afghanistan (AF)",
    "agency": "the Brandon Sun ('By Alanna Kovac' / 'The Canadian Press', the CP 'first published' line) and Airdrie Today "
    "('Alanna Kovac, The Canadian Press') carry The Canadian Press, labelled 'CP' as in the earlier sets; JM and Diário "
    "dos Açores carry Lusa ('Lusa' byline, '(Lusa)' dateline, desk initials 'AMS // VM'); Global Banking & Finance Review "
    "and the Evening Standard carry Reuters (dateline, 'Reuters' byline on the Standard, the reporting line); Aujourd'hui "
    "le Maroc carries MAP ('MAP' byline, 'Source : MAP'); Hamshahri Online carries IRNA ('به نقل از ایرنا' = 'quoting "
    "IRNA', the Islamic Republic News Agency); BVZ carries APA ('APA' byline and dateline); Blesk carries ČTK ('ČTK' "
    "byline, 'Zdroj: ČTK'); Actualno carries BTA (dateline, 'Източник: БТА' = 'Source: BTA'); Exitosa carries Andina "
    "('(ANDINA)' dateline, 'Fuente: Andina'); all other records are staff copy (agency null). Horseed Media and Despacho 505 "
    "are the publishers themselves, as is Exitosa's desk byline 'Redacción Exitosa'. Photo credits ('THE CANADIAN PRESS/...', 'REUTERS/...', "
    "'APA/...', 'EUROKINISSI/...') do not by themselves make a story agency copy: ertnews.gr's EUROKINISSI picture sits "
    "on a staff story",
    "authors": "CP: 'By Alanna Kovac' -> 'Alanna Kovac' (both copies; 'The Canadian Press' in news-please's authors is the "
    "agency); Reuters: '(Reporting by Lachlan Pryor in Canberra; Additional reporting by Naomi Feld in Singapore; Editing "
    "by Martin Varga)' -> 'Lachlan Pryor', 'Naomi Feld' (both copies); Global Banking & Finance Review's 'Published by "
    "Elena Rostova' (also its meta and JSON-LD author) names the site's uploader of the wire copy, not a writer, and the "
    "Evening Standard's 'Reuters' byline is the agency; BTA: the correspondent named inside the dateline '/Десислава "
    "Петкова, БТА/' -> 'Десислава Петкова' (Cyrillic, as printed; news-please's 'Актуално' is the outlet); Gangwon "
    "Ilbo's '김도현 기자' and sign-off '김도현기자 dohyun@kwnews.co.kr' -> '김도현' ('기자' = 'reporter'); Capital Press "
    "'By TESSA LINDGREN Capital Press' -> 'Tessa Lindgren' (natural case); Ikon.mn's 'Б.Энхжаргал' (father's initial and "
    "given name, the Mongolian form) kept as printed; Calcalist 'מיכל אברמוביץ', Echorouk 'نادية بن عيسى' and "
    "ertnews.gr 'Μαρία Κωνσταντίνου' in their own scripts; Ariana News's split lines 'By' / 'Zarmina Hotak' -> 'Zarmina "
    "Hotak'; the Irish Independent 'Ciarán Mulvey' (both copies), KT Press 'Aline Mukamana', Horseed 'By Faisal Abdi "
    "Warsame', Journal du Mali 'Par Fatoumata Dembélé', KentOnline 'By Harriet Cole', the Kiribati Independent 'By Rosa "
    "Tekanene', Fruitnet 'By Jodie Hartnell', the Lubbock Avalanche-Journal 'Marissa Cantu'. No authors: "
    "the Lusa copies (byline 'Lusa' only; 'AMS // VM' are desk initials), desk bylines ('Redacción Despacho 505', "
    "'Redacción Exitosa'), pages bylined only with an agency ('MAP', 'APA', 'ČTK') and pages with no byline (Dinamalar, "
    "Hamshahri Online, LBCI, Agenda.ge, whose name news-please puts in its author field)",
    "editors": "Reuters 'Editing by Martin Varga' -> 'Martin Varga' (both copies); Lusa's desk initials 'AMS // VM' are not "
    "names; no other record names an editor",
    "caption_credit": "credits without their wrapper: 'Photo: Colm Keane' -> 'Colm Keane' (both Irish Independent copies); "
    "'REUTERS/Kieran Webb/File Photo' -> 'REUTERS/Kieran Webb' ('/File Photo' marks an archive picture, and the 'FILE "
    "PHOTO:' prefix is chrome, not caption); Gangwon Ilbo's '사진=태백시 제공' ('photo = provided by Taebaek City') -> "
    "'태백시'; BVZ's 'Foto: APA/Lena Pichler' -> 'APA/Lena Pichler'; ertnews.gr's '(EUROKINISSI/ΝΙΚΟΣ ΛΑΜΠΡΟΥ)' -> "
    "'EUROKINISSI/ΝΙΚΟΣ ΛΑΜΠΡΟΥ'; the Brandon Sun's 'THE CANADIAN PRESS/Rory Haldane' and Capital Press's 'Tessa "
    "Lindgren/Capital Press' are printed bare and kept as printed; records without a photo caption (including the "
    "Airdrie Today and Evening Standard copies) have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: the Brandon Sun 'Canada', Global Banking & "
    "Finance Review 'Headlines', Echorouk 'اقتصاد', Aujourd'hui le Maroc 'Régions', Hamshahri Online 'شهری', Gangwon "
    "Ilbo '경제', BVZ 'Chronik', ertnews.gr 'Ελλάδα', Capital Press 'Water', Diário dos Açores 'Internacional'; "
    "trafilatura records take their first category ('Regionales', 'Lebanon News', 'Business' twice); news-please, plain "
    "text and newsbeam text records have none (the Irish Independent's 'Farming News', Airdrie Today's 'National "
    "Business', Agenda.ge's 'Economy', Actualno's 'Общество' and Ikon.mn's 'Нийгэм' are navigation)",
    "language": "'fa' Persian (Hamshahri Online, Persian digits); 'mn' Mongolian in Cyrillic (Ikon.mn); 'he' Hebrew "
    "(Calcalist); 'ko' Korean (Gangwon Ilbo); 'ta' Tamil (Dinamalar, whose English 'Advertisement', 'E-Paper' and "
    "copyright strings are chrome); 'el' Greek (ertnews.gr); 'bg' Bulgarian (Actualno); 'cs' Czech (Blesk); 'de' German "
    "from Austria (BVZ); 'ar' Arabic from Algeria (Echorouk); 'fr' from Morocco and Mali; 'es' from Peru and Nicaragua; "
    "'pt' European Portuguese (two copies of one Lusa story from Cabo Verde); English elsewhere; Horseed's 'Somali' and "
    "KT Press's 'Kinyarwanda' menu links are menu items, not the stories' language",
    "chrome": "includes a consent banner and its buttons, login, subscription and e-edition strings, share bars and "
    "share counts, advertisement labels ('Advertisement', 'Publicité', 'إشهار', 'פרסומת', '광고', 'Werbung', 'Reklama', "
    "'Реклама', 'Сурталчилгаа', 'PUBLICIDAD'), reading and listening times, related-story lines and rails, most-read "
    "lists, tag and topic lists, newsletter, WhatsApp, Telegram, push-notification, app and Google News promos, comment "
    "counts, comment forms and guidelines, donation appeals, news codes, wire credit and source lines ('Source : MAP', "
    "'Zdroj: ČTK', 'Източник: БТА', 'Fuente: Andina'), the CP 'first published' line, the Reuters reporting line, "
    "Lusa desk initials, an 'updated' line at the foot, reporter bios and e-mail sign-offs, copyright and ownership "
    "lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (CP and Lusa in the plain batch, Reuters in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (the Irish Independent: curly quotes, NBSP, hard "
    "wraps, CRLF; the re-scrape lacks the newsletter and 'Read more' lines); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"irish independent", "independent.ie", "farming independent", "mediahuis", "brandon sun",
                "the canadian press", "canadian press", "cp", "airdrie today", "village media", "jm", "jm madeira",
                "jornal da madeira", "diário dos açores", "global banking & finance review", "gbaf",
                "evening standard", "the standard", "الشروق أونلاين", "الشروق", "echorouk", "aujourd'hui le maroc",
                "alm", "map", "maghreb arabe presse", "kt press", "horseed media", "horseed", "journal du mali",
                "despacho 505", "redacción despacho 505", "lubbock avalanche-journal", "avalanche-journal",
                "capital press", "exitosa", "exitosa noticias", "redacción exitosa", "andina", "همشهری آنلاین",
                "همشهری", "ایرنا", "irna", "ikon.mn", "ikon", "כלכליסט", "calcalist", "강원일보", "gangwon ilbo",
                "dinamalar", "தினமலர்", "lbci", "lbci lebanon", "ariana news", "agenda.ge", "bvz", "bvz.at", "apa",
                "blesk", "blesk.cz", "čtk", "ctk", "cnc", "actualno", "актуално", "бта", "bta", "ertnews.gr", "ert",
                "ερτ", "kentonline", "km media group", "kiribati independent", "fruitnet", "asiafruit"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
