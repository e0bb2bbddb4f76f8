#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's second held-out extraction set (bench/dev_set2/).

    .venv/bin/python bench/dev_set2/_generate.py

Writes ``bench/dev_set2/articles/*`` and ``bench/dev_set2/labels.json``.  Output
is deterministic (gzip members use mtime=0 and no file name).  Every story is
invented: people, quotes, companies and figures are fictional; cities,
countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output,
from what real publishers put on their pages in 2023-2024, choosing
publishers, layouts, dateline shapes and chrome that neither sample_corpus/
nor bench/dev_set/ has: AP "GMT+13" stamps and philanthropy notes, Reuters
"Item 1 of 2" galleries and Morning Bid promos, Xinhua "by Xinhua writers"
bylines and one-line source/editor stamps, Japan Times-style "| KYODO"
captions, Korea Herald-style "(Yonhap)" tails, IANS "--IANS" slugs, Canadian
Press "This report ... was first published" lines, AAP pages, Anadolu
"Name |dd.mm.yyyy - Update : dd.mm.yyyy" lines, APA "(APA, d.m.yyyy)" tails,
Belga/ANP/TT/NTB pages in Dutch, Swedish and Norwegian, "Listen to this
article" players, reading times, comment counts, corrections notes, author
bio boxes, metered-paywall lines and "Most popular" lists.  Do not edit
stories or labels to suit the pipeline; fix a label only when it is wrong by
LABEL_NOTES.

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

# Remarks on individual labels a reader may question (kept in labels.json).
HOLDOUT_NOTES = {
    "purpose": "second held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own casing is kept: '(Photo by "
    "Peter Kuman/Xinhua)' -> 'Peter Kuman/Xinhua', 'File photo by Paolo Villanueva' -> 'Paolo Villanueva', "
    "'PHOTO | KEVIN OMONDI' -> 'KEVIN OMONDI', '\u00a9 BELGA' -> 'BELGA', 'Beeld: ANP' -> 'ANP', "
    "'Foto: Ernesto MAMANI / AFP' -> 'Ernesto MAMANI / AFP', Japan Times-style '... | KYODO' -> 'KYODO'",
    "ap_wellington_leaking_pipes": "'Published 10:41 AM GMT+13, February 21, 2024' -> 2024-02-21 although "
    "it is still February 20 in UTC (publisher calendar in the stated offset)",
    "anadolu_trabzon_tea_harvest": "the city printed as its own first body paragraph ('TRABZON') is the "
    "dateline -> dateline_city Trabzon; it is neither chrome nor must_have. Türkiye is UN M49 Western Asia "
    "-> region asia. The glued line 'Zeynep Kaya |15.02.2024 - Update : 15.02.2024' is byline+date chrome",
    "xinhua_png_coffee_growers": "dateline city is Port Moresby although the feature is set in Goroka; "
    "authors come from 'by Xinhua writers Wang Hao, Li Jun'",
    "bloomberg_indonesia_nickel": "authors = byline plus '--With assistance from Mei Tanaka'; editors from "
    "'To contact the editors responsible for this story: Harriet Lowe at ..., Simon Farrant'; the "
    "'(Updates with analyst comment ...)' note above the body is chrome",
    "reuters_lusaka_solar_plant": "'Writing by Naledi Kgosi' in the credit line counts as a credited writer "
    "(same convention as bench/dev_set)",
    "sign_off_lines": "credit/tagline lines outside the story text are chrome: Korea Herald-style '(Yonhap)', "
    "APA '(APA, 27.2.2024)', CP 'This report by The Canadian Press was first published ...', "
    "'Colin MacIsaac, The Canadian Press', IANS '--IANS' + slug, AFP/Lusa/PTI slugs, '(ANSA).', '\u00a9 NTB', "
    "'Con información de AFP', an Irish-style corrections note",
    "agency_without_dateline": "Yonhap, AAP, TT, NTB, APA and Belga copies carry no dateline (dateline_city "
    "null); the agency comes from the byline, source line or credit line",
    "trafilatura_ntb_bergen_vedovner_no": "Norwegian Bokmål is labelled with the ISO 639-1 macrolanguage "
    "code 'no' (what language identifiers report), not 'nb'",
    "scheldeblad_belga_antwerpen_walstroom_nl": "'22-01-24, 11:42' is DD-MM-YY -> 2024-01-22; 'Bron: Belga' "
    "names no author",
    "marocmatin_marrakech_arrosage_jardins_fr": "published stamp in +00:00 because Morocco leaves UTC+1 "
    "during Ramadan (March 2024); the date is 2024-03-14 either way",
    "section": "HTML pages (including the newsbeam html record) label article:section; trafilatura "
    "records the first category; text pages, news-please and newsbeam text records null",
}






# --------------------------------------------------------------------------
# 3. story data
# --------------------------------------------------------------------------

# ---- cluster: Canadian Press, Halifax (clean scrape + noisy re-scrape) ------

HALIFAX_PARAS = P("""
Halifax regional council has voted to make city buses and harbour ferries free for riders under 18, a
move councillors say will help families squeezed by the rising cost of living.

Council approved the measure 13-4 on Tuesday after a debate that stretched over most of the afternoon.
The change takes effect Jan. 1 and will cost the municipality an estimated $1.9 million a year in lost
fare revenue.

Youth riders currently pay $1.75 per trip or $58 for a monthly pass.

Coun. Marguerite Boudreau, who brought the motion forward, said young people who get used to transit
early are more likely to keep using it as adults. "If we want people to leave the car at home in 20
years, this is where it starts," she said.

Several councillors who voted against the plan questioned whether the money would be better spent on
adding buses to crowded routes in the suburbs, where riders often wait more than half an hour.

"Free is wonderful, but free doesn't help you if the bus never comes," said Coun. Peter Walsh, who
represents a district on the western edge of the municipality.

Halifax Transit carried about 21 million passengers last year, according to a staff report presented
to council. Staff estimate the change will add around 600,000 youth trips in its first year, lifting
total ridership by about 3% a year.

Riders aged 13 to 17 will need to show a school ID or a free youth transit card, which will be
available at customer service centres starting in December. Children 12 and under already ride free.
""")

HALIFAX = dict(
    cluster="cp-halifax-youth-transit",
    title="Halifax council votes to make buses and ferries free for riders under 18",
    date="2023-10-03",
    dateline="HALIFAX \u2014 ",
    city="Halifax",
    country="CA",
    region="americas",
    agency="CP",
    authors=["Colin MacIsaac"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=HALIFAX_PARAS,
    caption="A Halifax Transit bus pulls into the Scotia Square terminal in Halifax on Monday, Oct. 2, 2023.",
    credit="THE CANADIAN PRESS/Darren Keough",
    cap_lines=[
        "A Halifax Transit bus pulls into the Scotia Square terminal in Halifax on Monday, Oct. 2, 2023. "
        "THE CANADIAN PRESS/Darren Keough"
    ],
    must_have=[
        "Youth riders currently pay $1.75 per trip or $58 for a monthly pass.",
        "Halifax Transit carried about 21 million passengers last year, according to a staff report presented "
        "to council.",
        "Children 12 and under already ride free.",
    ],
)
CP_FIRST_PUBLISHED = "This report by The Canadian Press was first published Oct. 3, 2023."

# ---- cluster: AAP, Queensland (AAP page + regional syndicated HTML copy) ----

KOALA_PARAS = P("""
Queensland will build three wildlife overpasses and fence off 11 kilometres of the Bruce Highway north
of Brisbane after a spike in koala deaths on one of the state's busiest roads.

Transport Minister Glen Harrow said on Monday the $38 million package would target a stretch between
Caboolture and the Sunshine Coast where wildlife carers recorded 74 koalas killed by vehicles last
year, almost double the number in 2021.

The overpasses will be planted with native trees and shrubs so koalas, wallabies and other animals can
cross without coming down to the road. Underpasses will also be built beneath two smaller roads that
feed into the highway.

"Every week we get calls about koalas hit by cars in this corridor, and most of them do not survive,"
said Leanne Dufty, who coordinates a volunteer rescue network in the Moreton Bay region.

Koalas were listed as endangered in Queensland, NSW and the ACT in 2022 after losses from land
clearing, disease, drought and the 2019-20 bushfires.

Construction is expected to begin early next year and take about 18 months, with traffic reduced to
one lane in each direction at night while the structures are installed.

The opposition said the plan was welcome but overdue, noting that a council report recommended
crossings for the same stretch of highway in 2017.

Researchers say fencing is essential for crossings to work, because animals will keep using their
old routes across the road unless they are guided towards the structures.
""")

KOALA = dict(
    cluster="aap-queensland-koala-crossings",
    date="2024-04-08",
    dateline="",
    city=None,
    country="AU",
    region="oceania",
    agency="AAP",
    authors=["Lachlan Pryor"],
    editors=[],
    lang="en",
    paras=KOALA_PARAS,
    caption="A koala crosses a road near Moreton Bay, north of Brisbane.",
    credit="Kerri Ashdown/AAP PHOTOS",
    must_have=[
        "Koalas were listed as endangered in Queensland, NSW and the ACT in 2022 after losses from land "
        "clearing, disease, drought and the 2019-20 bushfires.",
        "Researchers say fencing is essential for crossings to work, because animals will keep using their "
        "old routes across the road unless they are guided towards the structures.",
    ],
)

# ---- cluster: AFP en español, La Paz (portal page + syndicated JSONL copy) --

TELEF_PARAS = P("""
Bolivia inauguró este jueves una nueva línea de teleférico que une el centro de La Paz con el sur de El
Alto, la undécima de una red de transporte por cable que se ha convertido en un símbolo de la ciudad más
alta del mundo con un servicio de este tipo.

La línea Índigo, de 4,2 kilómetros y siete estaciones, permitirá recorrer en 17 minutos un trayecto que
en minibús puede tardar más de una hora en las horas pico, según la empresa estatal que opera el
sistema.

"Esto nos cambia la vida. Antes salía a las cinco de la mañana para llegar a tiempo al trabajo", dijo a
la AFP Justina Quispe, una comerciante de 48 años que vive en el distrito 8 de El Alto.

La red, cuyas primeras líneas se abrieron en 2014, transporta en promedio unos 300.000 pasajeros al día
y cuenta con más de 30 kilómetros de cables que cruzan los barrios a más de 3.600 metros sobre el nivel
del mar.

El pasaje costará tres bolivianos (unos 43 centavos de dólar), igual que en las demás líneas, y los
estudiantes y adultos mayores pagarán la mitad.

La obra, construida por una empresa europea, costó unos 95 millones de dólares. Críticos del gobierno
señalaron que el sistema arrastra deudas y que varias líneas funcionan por debajo de su capacidad.

El gerente de la empresa, Rodrigo Mendoza, aseguró que la nueva línea atenderá a una zona con más de
200.000 habitantes que hasta ahora no tenía acceso al teleférico.
""")

TELEF = dict(
    cluster="afp-es-la-paz-teleferico",
    date="2024-04-04",
    dateline="La Paz, 4 abr 2024 (AFP) - ",
    city="La Paz",
    country="BO",
    region="americas",
    agency="AFP",
    authors=[],
    editors=[],
    lang="es",
    section=None,
    paras=TELEF_PARAS,
    must_have=[
        "El pasaje costará tres bolivianos (unos 43 centavos de dólar), igual que en las demás líneas, y los "
        "estudiantes y adultos mayores pagarán la mitad.",
        "La obra, construida por una empresa europea, costó unos 95 millones de dólares.",
    ],
)


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters 2024 layout: "Item 1 of 2" gallery counter, GMT-3 stamp, Morning Bid promo.
    dict(
        cluster="reuters-antofagasta-port-strike",
        role="single",
        file="reuters_antofagasta_port_strike.txt",
        render="text",
        title="Chile port strike halts copper loading at Antofagasta for second day",
        date="2024-02-06",
        dateline="ANTOFAGASTA, Chile, Feb 6 (Reuters) - ",
        city="Antofagasta",
        country="CL",
        region="americas",
        agency="Reuters",
        authors=["Fernanda Ossa", "Marcelo Tapia"],
        editors=["Nia Whitford"],
        lang="en",
        section=None,
        caption="Trucks loaded with copper cathodes wait outside the port of Antofagasta, Chile, February 5, 2024.",
        credit="REUTERS/Pablo Sanhueza",
        head=[["By Fernanda Ossa"], ["February 6, 2024 2:48 PM GMT-3", "Updated 2 hours ago"]],
        cap_lines=[
            "Item 1 of 2 Trucks loaded with copper cathodes wait outside the port of Antofagasta, Chile, "
            "February 5, 2024. REUTERS/Pablo Sanhueza",
            "Purchase Licensing Rights, opens new tab",
        ],
        inserts={1: ["Get a look at the day ahead in U.S. and global markets with our Morning Bid U.S. newsletter. Sign up here."]},
        tail=[
            ["Reporting by Fernanda Ossa in Antofagasta; Additional reporting by Marcelo Tapia in Santiago; Editing by Nia Whitford"],
            ["Our Standards: The Thomson Reuters Trust Principles."],
            ["Suggested Topics:", "Americas", "Commodities", "Metals"],
            ["Share", "X", "Facebook", "Linkedin", "Email", "Link"],
        ],
        paras=P("""
Dockworkers at Chile's northern port of Antofagasta stayed off the job on Tuesday, halting loading of
copper cathodes and concentrate for a second day in a dispute over pay and shift patterns, the union
and the terminal operator said.

The strike by about 450 workers at Terminal Portuario Caliche, which handles a large part of the copper
exported from mines in the Antofagasta region, began early on Monday after talks over a new collective
contract broke down.

Union president Hernan Araya said workers were seeking a 9% wage increase and an end to 12-hour night
shifts introduced last year. "We are not asking for anything that other ports in the country do not
already have," he told Reuters at the terminal gate.

The operator said in a statement it had offered a 5% raise and a bonus on signing, and called on the
union to return to the negotiating table. It said at least six vessels were waiting at anchor.

Chile is the world's largest copper producer, and the Antofagasta region accounts for about half of its
output. Most of the metal leaves the country through a handful of ports along the northern coast.

Analysts said a short stoppage was unlikely to move global prices, as miners could divert some
shipments to the nearby port of Mejillones. A strike lasting more than a week, however, could force
producers to store cathodes at mine sites.

Copper prices on the London Metal Exchange were little changed on Tuesday at around $8,300 a metric
ton.

The port workers' union has held two previous strikes at the terminal since 2019, the longest lasting
11 days.
"""),
        must_have=[
            "Chile is the world's largest copper producer, and the Antofagasta region accounts for about half of its "
            "output.",
            "Copper prices on the London Metal Exchange were little changed on Tuesday at around $8,300 a metric ton.",
        ],
    ),
    # AP with "GMT+13" stamps: published Feb 21 in the stated offset (Feb 20 in UTC).
    dict(
        cluster="ap-wellington-water-pipes",
        role="single",
        file="ap_wellington_leaking_pipes.txt",
        render="text",
        title="New Zealand's capital to spend $740 million fixing pipes that leak 40% of its water",
        date="2024-02-21",
        dateline="WELLINGTON, New Zealand (AP) \u2014 ",
        city="Wellington",
        country="NZ",
        region="oceania",
        agency="AP",
        authors=["Mere Tauroa"],
        editors=[],
        lang="en",
        section=None,
        caption="Workers repair a leaking water main in central Wellington, New Zealand, on Feb. 19, 2024.",
        credit="AP Photo/Tama Whaanga",
        head=[
            ["By MERE TAUROA"],
            ["Published 10:41 AM GMT+13, February 21, 2024", "Updated 4:05 PM GMT+13, February 21, 2024"],
        ],
        cap_lines=[
            "Workers repair a leaking water main in central Wellington, New Zealand, on Feb. 19, 2024. (AP Photo/Tama Whaanga)"
        ],
        tail=[
            ["___"],
            [
                "The Associated Press' climate and environmental coverage receives financial support from multiple "
                "private foundations. AP is solely responsible for all content. Find AP's standards for working with "
                "philanthropies, a list of supporters and funded coverage areas at AP.org."
            ],
            [
                "Most read",
                "Storm knocks out power to thousands on Australia's east coast",
                "Tonga's parliament picks new speaker after long deadlock",
                "Fiji airline adds flights to Los Angeles",
            ],
        ],
        paras=P("""
New Zealand's capital will spend 1.2 billion New Zealand dollars ($740 million) over the next decade
replacing leaking water pipes, officials said Wednesday, after years of burst mains that have flooded
streets and left some neighborhoods under water restrictions in summer.

Wellington loses about 40% of its treated drinking water through leaks before it reaches homes,
according to the council-owned company that manages the city's pipes. Some of the network dates back to
the late 19th century.

"We have been patching a system that needed replacing," Mayor Hana Whitcombe told reporters. "Every
leak we fix is water we don't have to treat and pump twice."

The plan will be funded through borrowing and higher water charges. The average household will pay
about 180 dollars more a year by 2027, the city said.

Residents have grown used to crews digging up roads in the hilly city, where steep streets and the
risk of earthquakes make pipe work slow and expensive. Last summer, officials warned that the region
could face a shortage if dry weather continued and asked residents not to water gardens.

New Zealand's government has been overhauling how councils manage water after a national review found
that many local networks were in poor condition and underfunded. The center-right coalition elected in
October scrapped a plan by the previous Labour government to move water assets into large regional
entities, leaving councils to find their own solutions.

Wellington's plan still needs approval at a council vote in March.
"""),
        must_have=[
            "The plan will be funded through borrowing and higher water charges.",
            "Wellington's plan still needs approval at a council vote in March.",
        ],
    ),
    # Xinhua feature: "by Xinhua writers" byline, one-line source/editor stamp.
    dict(
        cluster="xinhua-png-coffee",
        role="single",
        file="xinhua_png_coffee_growers.txt",
        render="text",
        title="Feature: Papua New Guinea coffee growers look to new markets as harvest recovers",
        date="2024-03-12",
        dateline="PORT MORESBY, March 12 (Xinhua) -- ",
        city="Port Moresby",
        country="PG",
        region="oceania",
        agency="Xinhua",
        authors=["Wang Hao", "Li Jun"],
        editors=["Chen Lu"],
        lang="en",
        section=None,
        caption="A farmer sorts coffee cherries at a processing site near Goroka, Eastern Highlands Province, "
        "Papua New Guinea, March 9, 2024.",
        credit="Peter Kuman/Xinhua",
        pre=[["Home | World | Asia-Pacific"]],
        head=[["Source: Xinhua| 2024-03-12 19:05:41|Editor: Chen Lu"], ["by Xinhua writers Wang Hao, Li Jun"]],
        cap_lines=[
            "A farmer sorts coffee cherries at a processing site near Goroka, Eastern Highlands Province, Papua New "
            "Guinea, March 9, 2024. (Photo by Peter Kuman/Xinhua)"
        ],
        tail=[
            ["Enditem"],
            ["Related", "Papua New Guinea, China sign agreement on agricultural training", "Solomon Islands cocoa exports rise"],
            ["Copyright \u00a9 2000-2024 XINHUANET.com All rights reserved.", "Back to top"],
        ],
        paras=P("""
In the cool hills around Goroka, the capital of Papua New Guinea's Eastern Highlands Province, farmer
Joseph Kaupa and his family spend the early mornings picking ripe red coffee cherries from bushes his
grandfather planted in the 1960s.

"This year the trees are full again. After two bad seasons, we can finally pay school fees without
borrowing," Kaupa, 46, told Xinhua.

Coffee is grown by an estimated 2.5 million people in Papua New Guinea, most of them smallholders who
farm plots of less than one hectare in the highlands. It is the country's largest agricultural export
after palm oil.

The Coffee Industry Corporation, the state body that regulates the sector, expects exports to reach
about 900,000 bags of 60 kg in the 2024 season, up from around 720,000 bags last year, as better
weather and replanting programs lift yields.

Growers are also looking beyond traditional buyers in Australia, Germany and the United States.
Exporter Miriam Tolo said her company shipped its first container of specialty arabica to Shanghai last
year and had received new orders from cafe chains in China.

"Chinese consumers are drinking more coffee every year, and they want to know where it comes from,"
she said.

Poor roads remain a major obstacle. Many farmers carry sacks of beans for hours on foot to reach
buyers, and transport costs can take a large share of what they earn.

The government has pledged to upgrade rural feeder roads in five highland provinces over the next
three years.
"""),
        must_have=[
            "It is the country's largest agricultural export after palm oil.",
            "The government has pledged to upgrade rural feeder roads in five highland provinces over the next "
            "three years.",
        ],
    ),
    # Kyodo on a Japan Times-style page: "NAGOYA –" dateline, "| KYODO" caption credit.
    dict(
        cluster="kyodo-nagoya-driverless-buses",
        role="single",
        file="nipponreport_kyodo_nagoya_driverless_buses.txt",
        render="text",
        title="Nagoya to trial self-driving buses on city streets as driver shortage bites",
        date="2024-03-14",
        dateline="NAGOYA \u2013 ",
        city="Nagoya",
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        caption="A self-driving bus is tested on a closed course in Nagoya on Tuesday.",
        credit="KYODO",
        pre=[["JAPAN", "BUSINESS", "SPORTS", "CULTURE", "OPINION"]],
        head=[["KYODO"], ["Mar 14, 2024"], ["SHARE", "Gift this article"]],
        cap_lines=["A self-driving bus is tested on a closed course in Nagoya on Tuesday. | KYODO"],
        inserts={
            3: [
                "Your news needs your support",
                "Quality journalism costs money. Subscribe today to get unlimited access to Nippon Daily Report.",
                "SUBSCRIBE NOW",
            ]
        },
        tail=[
            ["KEYWORDS", "Nagoya, Aichi Prefecture, autonomous vehicles, buses"],
            [
                "MOST POPULAR",
                "1 Cherry blossoms forecast to bloom early in Tokyo",
                "2 Bank of Japan weighs end to negative rates",
                "3 Shinkansen service resumes after snow delays",
            ],
            ["\u00a9 Nippon Daily Report 2024"],
        ],
        paras=P("""
The city of Nagoya will begin trial runs of self-driving buses on public roads in October, aiming to
fill gaps left by a shortage of drivers that has forced operators to cut routes, city officials said
Thursday.

The buses will run on a 4.5-kilometer loop between Nagoya Station and the Sakae shopping district,
with a safety operator on board during the first phase of the trial.

The city transportation bureau said it had reduced services on 12 bus routes over the past two years
because it could not hire enough drivers. About 30 percent of its drivers are aged 60 or over.

"We cannot maintain the network we have today with human drivers alone," a bureau official said.

Japan revised its traffic rules in April 2023 to allow so-called Level 4 autonomous driving, in which
vehicles operate without a driver under certain conditions, and several rural towns have since
introduced small driverless shuttles.

Nagoya's trial will be one of the first in a major city, where buses have to share busy roads with
cars, bicycles and pedestrians. The city plans to seek approval for Level 4 operation in fiscal 2026 if
the trial goes smoothly.

Passengers will ride free of charge during the trial period, the city said.
"""),
        must_have=[
            "About 30 percent of its drivers are aged 60 or over.",
            "Passengers will ride free of charge during the trial period, the city said.",
        ],
    ),
    # Yonhap on a Korea Herald-style page: no dateline, "(Yonhap)" credit line after the body.
    dict(
        cluster="yonhap-foreign-students",
        role="single",
        file="seoulherald_yonhap_foreign_students.txt",
        render="text",
        title="Foreign students in S. Korea hit record high of 181,000",
        date="2024-01-22",
        dateline="",
        city=None,
        country="KR",
        region="asia",
        agency="Yonhap",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        caption="International students attend an orientation at a university in Seoul on Sept. 1, 2023.",
        credit="Yonhap",
        pre=[["National", "Social affairs"]],
        head=[["Published : Jan. 22, 2024 - 14:07", "Updated : Jan. 22, 2024 - 14:07"], ["Font size", "Share", "Print"]],
        cap_lines=["International students attend an orientation at a university in Seoul on Sept. 1, 2023. (Yonhap)"],
        tail=[
            ["(Yonhap)"],
            [
                "Most Popular",
                "[Weather] Cold wave grips Seoul, mercury drops to minus 15",
                "Exports to US hit record in 2023",
                "Busan to host world table tennis championships",
            ],
            ["Copyright Seoul Herald Daily. All rights reserved."],
        ],
        paras=P("""
The number of foreign students studying in South Korea hit a record high last year, government data
showed Monday, as universities facing a shrinking pool of domestic applicants stepped up recruitment
abroad.

A total of 181,842 international students were enrolled at Korean universities and language
institutes as of April 2023, up 9.6 percent from a year earlier, according to the Ministry of
Education.

Students from Vietnam accounted for the largest share at 37.4 percent, followed by China at 29.1
percent and Uzbekistan at 5.8 percent. Mongolia and Nepal rounded out the top five.

The increase was driven largely by enrollments in Korean language courses, which jumped by more than a
quarter, while the number of degree students rose more modestly.

The government aims to attract 300,000 foreign students by 2027 as part of efforts to keep regional
universities afloat amid a falling birth rate. It plans to ease visa rules and allow international
students to work more hours while studying.

Some experts have warned that rapid expansion without proper support could leave students vulnerable
to illegal work and high dropout rates. About one in ten foreign students who entered the country on
student visas in 2022 was found to have overstayed, according to immigration data.
"""),
        must_have=[
            "Mongolia and Nepal rounded out the top five.",
            "It plans to ease visa rules and allow international students to work more hours while studying.",
        ],
    ),
    # IANS: "Chennai, Jan 18 (IANS)" dateline, "--IANS" sign-off and slug.
    dict(
        cluster="ians-chennai-air-monitors",
        role="single",
        file="southernmail_ians_chennai_air_quality.txt",
        render="text",
        title="Chennai civic body to install real-time air quality monitors at 30 locations",
        date="2024-01-18",
        dateline="Chennai, Jan 18 (IANS) ",
        city="Chennai",
        country="IN",
        region="asia",
        agency="IANS",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Home / Cities / Chennai"]],
        head=[["IANS", "First Published: Jan 18, 2024 | 5:42 PM IST"], ["Listen to this article", "00:00"]],
        inserts={3: ["Advertisement"]},
        tail=[
            ["--IANS", "sn/dpb"],
            ["(This story has not been edited by Southern Mail staff and is auto-published from a syndicated feed.)"],
            ["Trending", "Kerala lottery result today", "IMD issues fog alert for Delhi", "Gold rate in Chennai today"],
        ],
        paras=P("""
The Greater Chennai Corporation will install real-time air quality monitoring stations at 30 locations
across the city by the end of March, officials said on Thursday.

The stations will measure fine particulate matter, nitrogen dioxide and ozone levels and display the
readings on digital boards at bus terminals, parks and major junctions, a senior official said.

"People should be able to see what they are breathing in their own neighbourhood, not just a city-wide
average," the official said, adding that the data would also be published on the corporation's
website.

At present, Chennai has eight continuous monitoring stations run by the Tamil Nadu Pollution Control
Board, most of them in the central and northern parts of the city.

Air quality in Chennai is generally better than in many north Indian cities, but readings rise sharply
during the Bhogi festival in January, when residents burn old household items, and in areas close to
industrial clusters in the north.

The project, estimated to cost Rs 12 crore, will be funded under the National Clean Air Programme. The
corporation also plans to use the data to identify pollution hotspots and regulate construction dust.

Environmental groups welcomed the move but said monitoring must be followed by action against
polluting industries and vehicles.
"""),
        must_have=[
            "At present, Chennai has eight continuous monitoring stations run by the Tamil Nadu Pollution Control "
            "Board, most of them in the central and northern parts of the city.",
            "The project, estimated to cost Rs 12 crore, will be funded under the National Clean Air Programme.",
        ],
    ),
    # dpa regional (dpa/th) on a Thuringian site: "Artikel anhören", caption and credit on two lines.
    dict(
        cluster="dpa-weimar-streusalz",
        role="single",
        file="landesbote_dpa_weimar_streusalz_de.txt",
        render="text",
        title="Streusalz wird knapp: Weimar streut Nebenstraßen nur noch mit Splitt",
        date="2024-01-17",
        dateline="Weimar (dpa/th) - ",
        city="Weimar",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        caption="Ein Streufahrzeug des Winterdienstes fährt durch die Weimarer Innenstadt.",
        credit="Karla Wendt/dpa",
        pre=[["Sie sind hier: Thüringen / Weimar"]],
        head=[["17.01.2024 \u2013 14:32 Uhr"], ["Artikel anhören", "Lesedauer: 2 Min."]],
        cap_lines=["Ein Streufahrzeug des Winterdienstes fährt durch die Weimarer Innenstadt.", "Foto: Karla Wendt/dpa"],
        inserts={2: ["Anzeige"]},
        tail=[
            ["\u00a9 dpa-infocom, dpa:240117-99-651203/3"],
            ["Kommentare", "Diesen Artikel kommentieren"],
            [
                "Meistgelesen",
                "1. Erfurt: Neue Straßenbahnlinie zum Ringelberg kommt später",
                "2. Jena: Uni-Klinikum eröffnet Kinder-Notaufnahme",
            ],
            ["Impressum", "Datenschutz", "Cookie-Einstellungen"],
        ],
        paras=P("""
Nach den Schneefällen der vergangenen Tage wird in mehreren Thüringer Kommunen das Streusalz knapp. Die
Stadt Weimar hat ihren Winterdienst angewiesen, Nebenstraßen vorerst nur noch mit Splitt zu streuen,
wie ein Sprecher am Mittwoch mitteilte.

Die Lagerhalle des städtischen Bauhofs sei nur noch zu etwa einem Drittel gefüllt, sagte der Sprecher.
Eine bestellte Lieferung von 400 Tonnen werde erst in der kommenden Woche erwartet. Hauptverkehrsstraßen,
Busstrecken und Steigungen würden weiterhin mit Salz gestreut.

Auch andere Städte meldeten Engpässe. Nach Angaben des Thüringer Landesamts für Bau und Verkehr sind die
Lager der Straßenmeistereien an den Landesstraßen dagegen noch gut gefüllt.

Der Deutsche Wetterdienst sagte für die Nacht zum Donnerstag erneut Schneefall und Temperaturen bis minus
zwölf Grad voraus. Autofahrer sollten mit glatten Straßen rechnen und mehr Zeit einplanen.

Hauseigentümer sind in Weimar verpflichtet, Gehwege vor ihren Grundstücken werktags bis 7.00 Uhr zu
räumen und bei Glätte zu streuen. Die Stadt empfahl, dafür Sand oder Granulat statt Salz zu verwenden,
da Salz Bäume und Pflanzen schädigt.

Ein Sprecher der Stadtwerke sagte, Busse seien am Mittwochmorgen wegen Glätte teils mit Verspätungen von
bis zu 20 Minuten unterwegs gewesen. Einzelne Linien in höher gelegene Ortsteile seien zeitweise
eingestellt worden.
"""),
        must_have=[
            "Eine bestellte Lieferung von 400 Tonnen werde erst in der kommenden Woche erwartet.",
            "Autofahrer sollten mit glatten Straßen rechnen und mehr Zeit einplanen.",
        ],
    ),
    # ANP on a Dutch site: "ROTTERDAM (ANP) -", "Aangepast" stamp, comment count.
    dict(
        cluster="anp-rotterdam-fietsenrekken",
        role="single",
        file="nieuwsbladzh_anp_rotterdam_fietsenrekken_nl.txt",
        render="text",
        title="Rotterdam plaatst 2000 extra fietsenrekken rond Centraal Station",
        date="2024-01-15",
        dateline="ROTTERDAM (ANP) - ",
        city="Rotterdam",
        country="NL",
        region="europe",
        agency="ANP",
        authors=[],
        editors=[],
        lang="nl",
        section=None,
        caption="Geparkeerde fietsen op het Stationsplein in Rotterdam.",
        credit="ANP",
        head=[["15 januari 2024 14:22", "Aangepast 15 januari 2024 16:05"], ["Leestijd: 2 minuten"]],
        cap_lines=["Geparkeerde fietsen op het Stationsplein in Rotterdam.", "Beeld: ANP"],
        inserts={2: ["Lees ook: Utrecht breidt fietsenstalling bij Jaarbeurs uit met 1200 plekken"]},
        tail=[
            ["Deel dit artikel:", "WhatsApp", "Facebook", "X", "E-mail"],
            ["Reacties (23)", "Reageer op dit artikel"],
            [
                "Meest gelezen",
                "1. Storm zorgt voor vertraging op Schiphol",
                "2. Gemeente Delft wil meer woningen bij station",
                "3. Feyenoord wint ruim van Heracles",
            ],
        ],
        paras=P("""
Rotterdam plaatst dit jaar ruim tweeduizend extra fietsenrekken rond het Centraal Station. De gemeente
wil daarmee een einde maken aan het wildparkeren van fietsen op de stationspleinen, meldde wethouder
Daan Verhoeven (Mobiliteit) maandag.

Volgens de gemeente staan er op drukke dagen meer dan 1500 fietsen buiten de bestaande stallingen,
onder meer tegen lantaarnpalen, bankjes en de gevel van het station. Dat levert gevaarlijke situaties op
voor voetgangers en mensen met een beperking.

De nieuwe rekken komen in een ondergrondse stalling onder het Weena en op twee locaties aan de
noordzijde van het station. De eerste achthonderd plekken moeten in juni klaar zijn.

"We willen dat mensen de fiets pakken naar het station, maar dan moet er ook een plek zijn om hem neer
te zetten", zei Verhoeven.

Fietsen die buiten de rekken staan, worden vanaf de zomer na een waarschuwing verwijderd en naar een
fietsdepot gebracht. Eigenaren kunnen hun fiets daar tegen betaling van 25 euro ophalen.

De Fietsersbond is blij met de uitbreiding, maar noemt het aantal plekken nog te laag. Volgens de
vereniging groeit het fietsgebruik naar Rotterdam Centraal sneller dan de gemeente verwacht.

De kosten van het project worden geschat op 14 miljoen euro, waarvan ProRail en het Rijk een deel
betalen.
"""),
        must_have=[
            "De eerste achthonderd plekken moeten in juni klaar zijn.",
            "Eigenaren kunnen hun fiets daar tegen betaling van 25 euro ophalen.",
        ],
    ),
    # TT on a Swedish regional site: no dateline, "Lyssna på artikeln", metered paywall line.
    dict(
        cluster="tt-goteborg-sparvagnar",
        role="single",
        file="vastkusten_tt_goteborg_sparvagnar_sv.txt",
        render="text",
        title="Var tionde spårvagnstur i Göteborg ställs in",
        date="2024-02-12",
        dateline="",
        city=None,
        country="SE",
        region="europe",
        agency="TT",
        authors=[],
        editors=[],
        lang="sv",
        section=None,
        caption="Spårvagnar vid Brunnsparken i centrala Göteborg.",
        credit="Linnea Berg/TT",
        head=[
            ["TT"],
            ["Publicerad 12 februari 2024 kl. 10.41", "Uppdaterad 12 februari 2024 kl. 12.05"],
            ["Lyssna på artikeln", "2 min"],
        ],
        cap_lines=["Spårvagnar vid Brunnsparken i centrala Göteborg. Foto: Linnea Berg/TT"],
        inserts={2: ["Annons"]},
        tail=[
            ["Dela", "Kopiera länk", "Facebook", "X"],
            ["Du har läst 3 av 5 gratisartiklar den här månaden.", "Bli prenumerant för 1 kr första månaden"],
            [
                "Mest läst",
                "Larm om rökutveckling i Tingstadstunneln",
                "Ny skola i Angered försenas ett år",
                "Frölunda vann toppmötet mot Skellefteå",
            ],
        ],
        paras=P("""
Var tionde spårvagnstur i Göteborg ställs in under februari och mars, eftersom för många vagnar står på
verkstad. Det meddelade Västtrafik på måndagen.

Enligt trafikbolaget har det kalla vädret i januari orsakat ovanligt många fel på bromsar och dörrar,
särskilt på de äldre vagnarna som togs i trafik på 1980-talet.

– Vi beklagar verkligen det här. Vi gör allt vi kan för att få tillbaka vagnarna i trafik så fort som
möjligt, säger Västtrafiks trafikdirektör Karin Ahlgren.

Indragningarna gäller främst linjerna 3, 6 och 11 under lågtrafik. I rusningstid ska trafiken i stort
sett gå som vanligt, enligt bolaget.

Göteborg har Nordens största spårvägsnät. Staden har beställt 70 nya vagnar från en tysk tillverkare,
men leveranserna har försenats flera gånger.

Resenärsforum, en förening för kollektivtrafikresenärer, kritiserar beskedet och kräver att Västtrafik
sätter in ersättningsbussar på de mest drabbade sträckorna.

– Det är resenärerna som får betala för att man inte har skött underhållet, säger föreningens
ordförande Per Lindqvist.

Västtrafik uppger att de räknar med att trafiken är tillbaka i full omfattning i början av april.
"""),
        must_have=[
            "Indragningarna gäller främst linjerna 3, 6 och 11 under lågtrafik.",
            "Västtrafik uppger att de räknar med att trafiken är tillbaka i full omfattning i början av april.",
        ],
    ),
    # CP original on a broadcaster's site: Posted/Last Updated in ADT, "first published" line.
    dict(
        HALIFAX,
        role="original",
        file="harbourside_cp_halifax_youth_transit.txt",
        head=[["By Colin MacIsaac", "The Canadian Press"], ["Posted Oct 3, 2023 4:12 pm ADT", "Last Updated Oct 3, 2023 at 6:30 pm ADT"]],
        inserts={3: ["ADVERTISEMENT"]},
        tail=[
            [CP_FIRST_PUBLISHED],
            ["Colin MacIsaac, The Canadian Press"],
            ["Share this:", "Facebook", "X", "Email", "Print"],
            [
                "Top Stories",
                "Dartmouth crossing closed after tractor-trailer fire",
                "N.S. nurses ratify new contract",
                "Heavy rain warning issued for Cape Breton",
            ],
            ["Report an error", "Editorial code of conduct"],
        ],
    ),
    # Same page fetched again the next morning: NBSPs, curly quotes, hard wraps, CRLF, gzip.
    dict(
        HALIFAX,
        role="rescrape",
        file="harbourside_cp_halifax_youth_transit_rescrape.txt.gz",
        noise=True,
        head=[["By Colin MacIsaac", "The Canadian Press"], ["Posted Oct 3, 2023 4:12 pm ADT", "Last Updated Oct 4, 2023 at 9:05 am ADT"]],
        inserts={3: ["ADVERTISEMENT"]},
        tail=[
            [CP_FIRST_PUBLISHED],
            ["Colin MacIsaac, The Canadian Press"],
            [
                "Top Stories",
                "Halifax police seek witnesses to Spring Garden Road crash",
                "Province announces new family doctor clinics",
            ],
            ["Report an error", "Editorial code of conduct"],
        ],
    ),
    # Staff copy, South African news site: "Listen to this article", bio line, insider paywall.
    dict(
        cluster="capeledger-street-traders",
        role="single",
        file="capeledger_cape_town_street_traders.txt",
        render="text",
        title="Cape Town informal traders face new permit fees under revised street-trading bylaw",
        date="2024-04-11",
        dateline="",
        city=None,
        country="ZA",
        region="africa",
        agency=None,
        authors=["Thandeka Mokoena"],
        editors=[],
        lang="en",
        section=None,
        caption="Traders set up stalls on Adderley Street in Cape Town on 9 April 2024.",
        credit="Sipho Maqubela",
        pre=[["Subscribe", "Sign in"]],
        head=[["By Thandeka Mokoena"], ["11 Apr 2024"], ["Listen to this article", "0:00"], ["6 min read"]],
        cap_lines=["Traders set up stalls on Adderley Street in Cape Town on 9 April 2024. (Photo: Sipho Maqubela)"],
        inserts={3: ["Read more in The Cape Ledger: City of Cape Town tables R62bn budget with focus on basic services"]},
        tail=[
            ["Thandeka Mokoena is a reporter covering cities and local government."],
            ["Support journalism that holds power to account. Become an Insider from R45 a month.", "Become an Insider"],
            ["Comments (4)", "Please note you must be an Insider to comment."],
        ],
        paras=P("""
Informal traders in Cape Town's city centre will have to pay for permits on a sliding scale based on
the size and location of their stalls under a revised street-trading bylaw approved by the city council
on Wednesday.

The bylaw replaces a flat annual fee of R1,200 with monthly charges that range from R85 for a small
stand in a township trading area to R640 for a large stall on a busy pedestrian route such as St
George's Mall.

Mayoral committee member for economic growth Wesley Daniels said the new structure was "fairer to the
smallest traders" and would pay for better lighting, shelters and toilets at designated trading sites.

But trader organisations said they had not been properly consulted. "Most of our members earn less
than R200 on a good day. Nobody came to ask us what we can afford," said Nomvula Sithole, secretary of
the Cape Town Informal Traders' Forum.

The city estimates that about 4,800 traders hold permits, while several thousand more trade without
one. Under the revised bylaw, law enforcement officers will be able to confiscate goods from
unpermitted traders after a single written warning, instead of three.

Economists who study the informal sector say it provides a livelihood for about one in six working
South Africans, many of them women.

The forum said it would seek legal advice on challenging the bylaw. The new fees take effect on 1 July.
"""),
        must_have=[
            "The city estimates that about 4,800 traders hold permits, while several thousand more trade without "
            "one.",
            "The new fees take effect on 1 July.",
        ],
    ),
    # Staff copy, Irish paper: "Wed Jan 10 2024 - 06:00" stamp and a corrections note.
    dict(
        cluster="westerntimes-galway-pedestrian",
        role="single",
        file="westerntimes_galway_pedestrian_zone.txt",
        render="text",
        title="Galway councillors back extension of car-free zone near Eyre Square",
        date="2024-01-10",
        dateline="",
        city=None,
        country="IE",
        region="europe",
        agency=None,
        authors=["Ciarán Brennan"],
        editors=[],
        lang="en",
        section=None,
        caption="Shop Street in Galway city, which has been pedestrianised since the 1990s.",
        credit="Joe Keane",
        head=[["Ciarán Brennan", "Western Correspondent"], ["Wed Jan 10 2024 - 06:00"], ["Gift Article", "Share"]],
        cap_lines=["Shop Street in Galway city, which has been pedestrianised since the 1990s. Photograph: Joe Keane"],
        inserts={2: ["Get the best of our news and analysis delivered straight to your phone. Sign up for push alerts"]},
        tail=[
            ["This article was amended on January 11th, 2024 to correct the length of the proposed extension."],
            ["Ciarán Brennan is Western Correspondent of The Western Times"],
            [
                "Most Read",
                "Clifden hotel sold to US investor for \u20ac6m",
                "Storm Henk: ESB crews restore power to 20,000 homes",
                "Connacht name unchanged side for Munster clash",
            ],
            ["\u00a9 2024 The Western Times"],
        ],
        paras=P("""
Galway City Council has approved plans to extend the pedestrian zone in the city centre to take in
three more streets near Eyre Square, despite objections from some retailers who fear the loss of
passing trade.

Councillors voted 12 to 5 on Tuesday night in favour of the scheme, which will close Williamsgate
Street, part of Forster Street and Merchants Road Upper to general traffic between 11am and 7pm from
the summer.

The proposed extension covers about 650 metres of road. Delivery vehicles will be allowed in the
mornings, and access will be maintained for residents, taxis carrying people with disabilities and
emergency services.

Council officials told the meeting that footfall on the existing pedestrian streets, including Shop
Street and Quay Street, had risen by almost a fifth since 2019, while the number of cars entering the
city centre had fallen.

Cllr Niamh Ó Flatharta said the decision would make the city "safer and more pleasant for the people
who actually use it". However, Cllr Declan Roche, who voted against, said several businesses had told
him they relied on customers who drove in from the county. "Not everyone can hop on a bike from
Connemara," he said.

The Galway Chamber said it would work with the council to monitor the effect on trade during an
18-month trial period.

A public consultation last year received more than 2,300 submissions, the majority in favour of the
plan.
"""),
        must_have=[
            "The proposed extension covers about 650 metres of road.",
            "A public consultation last year received more than 2,300 submissions, the majority in favour of the "
            "plan.",
        ],
    ),
    # AAP on its own site: name and agency on two byline lines, no dateline.
    dict(
        KOALA,
        role="original",
        file="aap_queensland_koala_crossings.txt",
        render="text",
        section=None,
        title="Wildlife bridges planned for Bruce Highway koala hotspot",
        pre=[["AAP", "Latest News", "Search"]],
        head=[["Lachlan Pryor", "(Australian Associated Press)"], ["Mon, 8 Apr 2024, 4:50PM"]],
        cap_lines=["A koala crosses a road near Moreton Bay, north of Brisbane. (Kerri Ashdown/AAP PHOTOS)"],
        tail=[
            ["Latest news", "Man charged after Gold Coast hinterland crash", "RBA minutes show board weighed rate rise"],
            ["Copyright \u00a9 Australian Associated Press 2024. All rights reserved."],
        ],
    ),
    # AFP en español on a Bolivian portal: "Foto:" credit, reading time, AFP slug.
    dict(
        TELEF,
        role="original",
        file="noticiasaltiplano_afp_la_paz_teleferico_es.txt",
        render="text",
        title="Bolivia inaugura una nueva línea de teleférico entre La Paz y El Alto",
        caption="Una cabina del teleférico pasa sobre viviendas de El Alto, Bolivia, el 2 de abril de 2024.",
        credit="Ernesto MAMANI / AFP",
        pre=[["Noticias del Altiplano", "Nacional", "Economía", "Mundo"]],
        head=[["AFP"], ["04/04/2024 18:26"], ["Tiempo de lectura: 3 min"], ["Escuchar"]],
        cap_lines=[
            "Una cabina del teleférico pasa sobre viviendas de El Alto, Bolivia, el 2 de abril de 2024. "
            "Foto: Ernesto MAMANI / AFP"
        ],
        inserts={2: ["Síguenos en Google News"]},
        tail=[
            ["ee/mel/dga"],
            ["\u00a9 Agence France-Presse"],
            ["Compartir en WhatsApp", "Compartir en Facebook"],
            ["Lo más visto", "Cochabamba: vecinos bloquean la avenida Blanco Galindo", "Sube el precio del pollo en mercados de El Alto"],
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_COASTLINE = dict(
    name="Coastline Daily",
    home="https://www.coastlinedaily.example.com.au",
    title_suffix=" | Coastline Daily",
    locale="en_AU",
    twitter="@CoastlineDaily",
    body_class="article-template",
    article_class="article",
    body_class_inner="article__body",
    skip="Skip to content",
    cookie=None,
    top_links=["Today's Paper", "Subscribe", "Log in"],
    nav=["Local News", "National", "Sport", "Property", "Weather", "Puzzles"],
    share=["Share", "Facebook", "X", "Email", "Copy link"],
    footer=[
        "\u00a9 2024 Coastline Daily Pty Ltd. All rights reserved.",
        "Conditions of use",
        "Privacy",
        "Advertise with us",
    ],
)

SITE_MAROC = dict(
    name="Maroc Matin Express",
    home="https://www.marocmatin.example.ma",
    title_suffix=" - Maroc Matin Express",
    locale="fr_MA",
    twitter="@MarocMatinX",
    body_class="post-template",
    article_class="post-article",
    body_class_inner="post-content",
    cookie="En poursuivant votre navigation sur ce site, vous acceptez l'utilisation de cookies pour vous proposer "
    "des contenus et services adaptés à vos centres d'intérêts.",
    cookie_buttons=["J'accepte", "En savoir plus"],
    top_links=["Édition du jour", "Newsletter"],
    nav=["Actualité", "Politique", "Économie", "Société", "Régions", "Sport", "Culture"],
    share=["Facebook", "X", "WhatsApp", "LinkedIn"],
    footer=[
        "\u00a9 2024 Maroc Matin Express \u2013 Tous droits réservés",
        "Qui sommes-nous",
        "Contact",
        "Conditions générales",
    ],
)

SITE_MARKETDESK = dict(
    name="MarketDesk Asia",
    home="https://www.marketdesk.example.sg",
    title_suffix=" - MarketDesk Asia",
    locale="en_SG",
    twitter="@MarketDeskAsia",
    body_class="page-story",
    article_class="story",
    body_class_inner="story__text",
    cookie="We use cookies to personalise content and ads and to analyse our traffic.",
    cookie_buttons=["Accept cookies", "Manage preferences"],
    top_links=["Markets Data", "Watchlist", "Sign in"],
    nav=["Markets", "Companies", "Commodities", "Economy", "Tech", "Property", "Wealth"],
    share=["Share this article", "LinkedIn", "X", "Email"],
    footer=[
        "Market data delayed by at least 15 minutes.",
        "\u00a9 2024 MarketDesk Asia Pte Ltd",
        "Terms",
        "Privacy",
    ],
)

SITE_AA = dict(
    name="Anadolu Agency",
    home="https://www.aa.example.tr",
    title_suffix="",
    locale="en_US",
    twitter="@anadoluagency",
    body_class="detay-sayfa",
    article_class="detay-icerik",
    body_class_inner="detay-metin",
    cookie="We use cookies to provide you with a better service. For detailed information, please see our Cookie Policy.",
    cookie_buttons=["OK"],
    top_links=["Türkçe", "Kurdî", "Bosanski", "العربية"],
    nav=["Türkiye", "World", "Middle East", "Africa", "Economy", "Energy", "Sports", "Analysis"],
    share=["Share", "Facebook", "X", "Telegram", "Copy"],
    footer=["All rights reserved. Anadolu Agency 2024", "Contact", "Terms of Use", "Cookie Policy"],
)

SITE_RAMBLA = dict(
    name="La Rambla Diario",
    home="https://www.larambladiario.example.uy",
    title_suffix=" | La Rambla Diario",
    locale="es_UY",
    twitter="@LaRamblaDiario",
    body_class="nota-page",
    article_class="nota",
    body_class_inner="nota__texto",
    cookie=None,
    top_links=["Suscribite", "Ingresar"],
    nav=["Política", "Montevideo", "Interior", "Economía", "Mundo", "Deportes", "Cultura"],
    share=["Compartir", "WhatsApp", "Facebook", "X"],
    footer=[
        "\u00a9 2024 La Rambla Diario. Montevideo, Uruguay.",
        "Quiénes somos",
        "Publicidad",
        "Política de privacidad",
    ],
)

SITE_MORABEZA = dict(
    name="Jornal da Morabeza",
    home="https://www.jornalmorabeza.example.cv",
    title_suffix=" | Jornal da Morabeza",
    locale="pt_CV",
    twitter="@JornalMorabeza",
    body_class="single-noticia",
    article_class="noticia",
    body_class_inner="noticia-texto",
    cookie="Este site utiliza cookies para melhorar a sua experiência de navegação.",
    cookie_buttons=["Aceitar", "Rejeitar"],
    top_links=["Edição impressa", "Assinaturas"],
    nav=["País", "Política", "Economia", "Sociedade", "Diáspora", "Desporto", "Cultura"],
    share=["Partilhar", "Facebook", "WhatsApp", "X"],
    footer=[
        "\u00a9 2024 Jornal da Morabeza. Todos os direitos reservados.",
        "Estatuto editorial",
        "Ficha técnica",
        "Contactos",
    ],
)

SITE_MANILA = dict(
    name="The Manila Current",
    home="https://www.manilacurrent.example.ph",
    title_suffix=" | The Manila Current",
    locale="en_PH",
    twitter="@ManilaCurrent",
    body_class="post-single",
    article_class="post-single__article",
    body_class_inner="post-single__content",
    cookie=None,
    top_links=["Join our Lab+", "Sign in"],
    nav=["Nation", "Metro Manila", "Business", "World", "Sports", "Life and Style", "Voices"],
    share=["Facebook", "X", "Viber", "Email", "Copy link"],
    footer=[
        "\u00a9 Copyright 2024 The Manila Current. All rights reserved.",
        "About",
        "Privacy Statement",
        "Contact Us",
    ],
)

SITE_CANTERBURY = dict(
    name="The Canterbury Press",
    home="https://www.canterburypress.example.nz",
    title_suffix=" | The Canterbury Press",
    locale="en_NZ",
    twitter="@CanterburyPress",
    body_class="story-page",
    article_class="story-article",
    body_class_inner="story-content",
    cookie=None,
    top_links=["My account", "Newsletters"],
    nav=["Christchurch", "Canterbury", "National", "Business", "Sport", "Climate", "Life"],
    share=["Share this article", "Facebook", "X", "Email"],
    footer=[
        "\u00a9 2024 The Canterbury Press Ltd",
        "Terms and conditions",
        "Privacy policy",
        "Complaints",
    ],
)

SITE_SCHELDE = dict(
    name="Het Scheldeblad",
    home="https://www.scheldeblad.example.be",
    title_suffix=" | Het Scheldeblad",
    locale="nl_BE",
    twitter="@Scheldeblad",
    body_class="article-detail",
    article_class="article-detail__main",
    body_class_inner="article-detail__body",
    cookie_title="Wij vragen je toestemming",
    cookie="Wij en onze partners gebruiken cookies en vergelijkbare technieken om advertenties en inhoud te "
    "personaliseren en het gebruik van onze website te meten.",
    cookie_buttons=["Akkoord", "Instellingen"],
    top_links=["Abonneren", "Aanmelden"],
    nav=["Antwerpen", "Binnenland", "Buitenland", "Economie", "Sport", "Cultuur"],
    share=["Delen", "Facebook", "WhatsApp", "X", "E-mail"],
    footer=["\u00a9 2024 Het Scheldeblad NV", "Gebruiksvoorwaarden", "Privacy", "Contact"],
)

SITE_LAKE = dict(
    name="Lake Region Star",
    home="https://www.lakeregionstar.example.co.ke",
    title_suffix=" - Lake Region Star",
    locale="en_KE",
    twitter="@LakeRegionStar",
    body_class="single-post",
    article_class="jeg_post",
    body_class_inner="content-inner",
    cookie=None,
    top_links=["Live TV", "E-Paper"],
    nav=["News", "County News", "Business", "Politics", "Sports", "Lifestyle", "Opinion"],
    share=["Share on Facebook", "Share on X", "Share on WhatsApp"],
    footer=[
        "\u00a9 2024 Lake Region Star. All Rights Reserved.",
        "About Us",
        "Advertise",
        "Contact",
    ],
)

SITE_HIMALAYAN = dict(
    name="Himalayan Tribune",
    home="https://www.himalayantribune.example.in",
    title_suffix=" | Himalayan Tribune",
    locale="en_IN",
    twitter="@HimTribune",
    body_class="story-detail",
    article_class="story-detail__article",
    body_class_inner="story-detail__body",
    cookie=None,
    top_links=["E-Paper", "Subscribe"],
    nav=["Himachal", "Punjab", "Haryana", "J&K", "Nation", "World", "Business", "Sports"],
    share=["Share", "WhatsApp", "Facebook", "X"],
    footer=["\u00a9 2023 Himalayan Tribune. All rights reserved.", "About us", "Contact us", "Privacy policy"],
)

HTML_STORIES = [
    # -- AAP copy syndicated on a regional Australian site ---------------------------
    dict(
        KOALA,
        role="syndicated",
        file="coastlinedaily_aap_koala_overpasses.html",
        render="html",
        site=SITE_COASTLINE,
        title="Fauna overpasses to be built on Bruce Highway after spike in koala deaths",
        section="National",
        meta_section="National",
        url="https://www.coastlinedaily.example.com.au/news/national/fauna-overpasses-bruce-highway-koala-deaths/8473920/",
        description="Queensland will build three wildlife overpasses and fence off 11km of the Bruce Highway.",
        published="2024-04-08T17:12:00+10:00",
        modified="2024-04-08T17:40:00+10:00",
        meta_author="Lachlan Pryor",
        ld_author=[{"@type": "Person", "name": "Lachlan Pryor"}],
        byline_lines=["Lachlan Pryor", "Australian Associated Press"],
        date_lines=["April 8 2024 - 5:12pm"],
        credit_shown="(Kerri Ashdown/AAP PHOTOS)",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "RELATED:", "Koala numbers in southeast Queensland still falling, survey finds")]},
        tags=("More from", ["Queensland", "Wildlife", "Transport"]),
        lists=[("Most viewed", ["Noosa council approves beach bar licence", "Sunshine Coast Airport runway works start", "Caloundra surf club turns 100"])],
    ),
    # -- Staff French copy, Moroccan site: no dateline, reading time, comment count ----
    dict(
        cluster="marocmatin-marrakech-arrosage",
        role="single",
        file="marocmatin_marrakech_arrosage_jardins_fr.html",
        render="html",
        site=SITE_MAROC,
        title="Sécheresse: Marrakech va arroser ses jardins publics avec des eaux usées traitées",
        date="2024-03-14",
        dateline="",
        city=None,
        country="MA",
        region="africa",
        agency=None,
        authors=["Youssef El Amrani"],
        editors=[],
        lang="fr",
        section="Société",
        meta_section="Société",
        url="https://www.marocmatin.example.ma/societe/secheresse-marrakech-arrosage-jardins-eaux-usees-traitees_a1482.html",
        description="La ville ocre veut réduire de moitié l'eau potable utilisée pour ses espaces verts.",
        published="2024-03-14T11:20:00+00:00",
        modified="2024-03-14T13:02:00+00:00",
        meta_author="Youssef El Amrani",
        byline_lines=["Par Youssef El Amrani"],
        date_lines=["Le 14/03/2024 à 11h20", "Mis à jour le 14/03/2024 à 13h02"],
        above_body=[("reading-time", "Temps de lecture : 3 min")],
        caption="Un jardin public du quartier de l'Hivernage, à Marrakech, le 12 mars 2024.",
        credit="Karim Tazi / Maroc Matin Express",
        credit_shown="\u00a9 Karim Tazi / Maroc Matin Express",
        inserts={2: [("ad", "Publicité")]},
        tags=("Tags :", ["Marrakech", "Sécheresse", "Eau"]),
        lists=[("Les plus lus", ["Casablanca: le tramway T4 entre en service", "Bac 2024: le calendrier des examens dévoilé"])],
        comments=["3 commentaires", "Réagir à cet article"],
        paras=P("""
La ville de Marrakech va réduire de moitié l'utilisation d'eau potable pour l'arrosage de ses jardins
publics d'ici la fin de l'année, a annoncé mercredi le conseil communal, alors que le Maroc traverse une
sixième année consécutive de sécheresse.

Selon le plan présenté aux élus, les espaces verts de la ville seront progressivement arrosés avec des
eaux usées traitées provenant de la station d'épuration de la ville, dont la capacité doit être portée à
140.000 mètres cubes par jour.

Les terrains de golf, nombreux autour de la ville ocre, utilisent déjà en grande partie de l'eau
recyclée, mais certains continuent de puiser dans les nappes souterraines pendant l'été, a reconnu un
responsable de la régie de distribution.

« Chaque litre d'eau potable que nous économisons dans les jardins est un litre qui reste disponible
pour les foyers », a déclaré l'adjointe au maire chargée de l'environnement, Salma Benjelloun.

Le plan prévoit aussi le remplacement du gazon par des plantes adaptées au climat semi-aride dans une
vingtaine de jardins et de ronds-points, ainsi que l'installation de systèmes d'irrigation au
goutte-à-goutte.

Les barrages qui alimentent la région étaient remplis à moins de 30 % au début du mois de mars, selon
les chiffres du ministère de l'Équipement et de l'Eau.

Plusieurs villes marocaines ont déjà imposé des restrictions, comme la fermeture des hammams certains
jours de la semaine ou l'interdiction de laver les voitures au jet.
"""),
        must_have=[
            "Le plan prévoit aussi le remplacement du gazon par des plantes adaptées au climat semi-aride dans une "
            "vingtaine de jardins et de ronds-points, ainsi que l'installation de systèmes d'irrigation au "
            "goutte-à-goutte.",
            "Les barrages qui alimentent la région étaient remplis à moins de 30 % au début du mois de mars, selon "
            "les chiffres du ministère de l'Équipement et de l'Eau.",
        ],
    ),
    # -- Bloomberg on a Singapore finance portal: "(Updates ...)" line, contact lines ----
    dict(
        cluster="bloomberg-indonesia-nickel-moratorium",
        role="single",
        file="marketdesk_bloomberg_indonesia_nickel.html",
        render="html",
        site=SITE_MARKETDESK,
        title="Indonesia Halts Permits for New Nickel Pig Iron Smelters",
        date="2024-04-16",
        dateline="(Bloomberg) -- ",
        city=None,
        country="ID",
        region="asia",
        agency="Bloomberg",
        authors=["Dewi Kartika", "Arif Santoso", "Mei Tanaka"],
        editors=["Harriet Lowe", "Simon Farrant"],
        lang="en",
        section="Commodities",
        meta_section="Commodities",
        url="https://www.marketdesk.example.sg/commodities/indonesia-halts-permits-new-nickel-pig-iron-smelters",
        description="Indonesia will stop issuing permits for new smelters that make lower-grade nickel products.",
        published="2024-04-16T14:11:00+08:00",
        modified="2024-04-16T16:47:00+08:00",
        meta_author="Dewi Kartika, Arif Santoso",
        ld_author=[{"@type": "Person", "name": "Dewi Kartika"}, {"@type": "Person", "name": "Arif Santoso"}, {"@type": "Organization", "name": "Bloomberg"}],
        byline_lines=["Dewi Kartika and Arif Santoso", "Bloomberg"],
        date_lines=["Apr 16, 2024 | 2:11 PM SGT", "Last updated: Apr 16, 2024 | 4:47 PM SGT"],
        above_body=[("updates-note", "(Updates with analyst comment in fifth paragraph.)")],
        share_top=False,
        inserts={3: [("promo", ["Asia Markets Brief", "The stories moving markets in the region, every weekday at 7am.", "Sign up"])]},
        end_lines=[
            "--With assistance from Mei Tanaka.",
            "To contact the reporters on this story: Dewi Kartika in Jakarta at dkartika@bloomberg.net; Arif Santoso in Jakarta at asantoso5@bloomberg.net",
            "To contact the editors responsible for this story: Harriet Lowe at hlowe@bloomberg.net, Simon Farrant",
            "\u00a92024 Bloomberg L.P.",
        ],
        lists=[("Most Read", ["Singapore home resale prices rise for 16th quarter", "Yen slides past 154 per dollar", "Malaysia palm oil stockpiles shrink"])],
        paras=P("""
Indonesia will stop issuing permits for new nickel smelters that produce lower-grade products used in
stainless steel, as the government seeks to steer investment toward battery materials and slow the
depletion of the country's ore reserves.

The moratorium applies to new plants using rotary kiln-electric furnace technology that make nickel pig
iron and ferronickel, Deputy Minister for Investment Coordination Rizal Hakim told reporters in Jakarta
on Tuesday. Projects that already hold permits will be allowed to go ahead.

Indonesia holds the world's largest nickel reserves and has become the dominant supplier of the metal
after banning exports of raw ore in 2020, which forced miners and mostly Chinese-backed investors to
build smelters in the country.

The surge in output has weighed on global prices. Nickel has fallen more than 40% over the past year,
forcing mines in Australia and New Caledonia to close or scale back.

"This is a signal that Jakarta wants to manage supply rather than flood the market," said Lina
Kurniawan, an analyst at Archipelago Metals Research in Singapore. "It won't change the picture this
year, but it caps growth from 2026."

Officials have warned that reserves of high-grade saprolite ore, which feeds the older smelters, could
run out within a decade at current rates of extraction.

The government will continue to issue permits for high-pressure acid leach plants, which process
lower-grade ore into intermediates for electric-vehicle batteries, Hakim said.
"""),
        must_have=[
            "Nickel has fallen more than 40% over the past year, forcing mines in Australia and New Caledonia to "
            "close or scale back.",
            "Officials have warned that reserves of high-grade saprolite ore, which feeds the older smelters, could "
            "run out within a decade at current rates of extraction.",
        ],
    ),
    # -- Anadolu English: glued "Name |date - Update : date" line, city on its own line ----
    dict(
        cluster="anadolu-trabzon-tea-harvest",
        role="single",
        file="anadolu_trabzon_tea_harvest.html",
        render="html",
        site=SITE_AA,
        title="Türkiye's Black Sea tea growers expect record harvest after mild winter",
        title_tag="Türkiye's Black Sea tea growers expect record harvest after mild winter",
        date="2024-02-15",
        dateline="TRABZON\n",
        city="Trabzon",
        country="TR",
        region="asia",
        agency="Anadolu",
        authors=["Zeynep Kaya"],
        editors=[],
        lang="en",
        section="Economy",
        meta_section="Economy",
        url="https://www.aa.example.tr/en/economy/turkiyes-black-sea-tea-growers-expect-record-harvest-after-mild-winter/3138472",
        description="Growers in Rize and Trabzon say plants came through winter in good condition.",
        dek="Growers in Rize and Trabzon say plants came through the winter in good condition, first harvest expected in mid-May",
        published="2024-02-15T10:24:00+03:00",
        modified="2024-02-15T10:24:00+03:00",
        ld_author=[{"@type": "Person", "name": "Zeynep Kaya"}],
        byline_lines=["Zeynep Kaya   |15.02.2024 - Update : 15.02.2024"],
        caption="Tea pickers work on a plantation in Rize province, northeastern Türkiye.",
        credit="Emre Yildiz - Anadolu Agency",
        credit_shown="( Emre Yildiz - Anadolu Agency )",
        lists=[("Related news", ["Türkiye's hazelnut exports top $2B", "Black Sea anchovy season ends early"])],
        below_body=[("disclaimer", "Anadolu Agency website contains only a portion of the news stories offered to subscribers in the AA News Broadcasting System (HAS), and in summarized form. Please contact us for subscription options.")],
        paras=P("""
Tea growers along Türkiye's eastern Black Sea coast expect a record harvest this year after a mild
winter with little frost, producers and officials said.

The region, which stretches from Trabzon to the Georgian border, produces almost all of the country's
tea. Some 200,000 families make a living from tea plantations on the steep slopes of Rize, Trabzon,
Artvin and Giresun provinces.

Ahmet Usta, who heads a growers' cooperative in Trabzon's Of district, said the plants had come through
the winter in good condition. "If the spring rains are normal, we expect to pick more fresh leaf than
ever before," he told Anadolu.

Türkiye harvested about 1.4 million tons of fresh tea leaves last year, according to figures from state
tea producer CAYKUR. The first of three annual harvests usually begins in mid-May.

Turks are among the world's biggest tea drinkers per capita, consuming on average more than 3 kilograms
a year, mostly as strong black tea served in small tulip-shaped glasses.

Growers have called on the government to announce the purchase price for fresh leaves earlier than
usual so that they can plan for labor costs, which have risen sharply along with inflation.

Exports of Turkish tea reached 12,000 tons last year, with Germany, Belgium and the UK among the main
buyers.
"""),
        must_have=[
            "The first of three annual harvests usually begins in mid-May.",
            "Growers have called on the government to announce the purchase price for fresh leaves earlier than "
            "usual so that they can plan for labor costs, which have risen sharply along with inflation.",
        ],
    ),
    # -- EFE on a Uruguayan site: "Montevideo (EFE).-" without a date, "Escuchar esta nota" ----
    dict(
        cluster="efe-montevideo-bebederos",
        role="single",
        file="larambladiario_efe_montevideo_bebederos_es.html",
        render="html",
        site=SITE_RAMBLA,
        title="Montevideo instalará 200 bebederos públicos tras la crisis hídrica",
        date="2024-03-19",
        dateline="Montevideo (EFE).- ",
        city="Montevideo",
        country="UY",
        region="americas",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section="Montevideo",
        meta_section="Montevideo",
        url="https://www.larambladiario.example.uy/montevideo/montevideo-instalara-200-bebederos-publicos-tras-la-crisis-hidrica/",
        description="Los nuevos bebederos estarán en plazas, paradas de ómnibus y la rambla.",
        published="2024-03-19T15:10:00-03:00",
        modified="2024-03-19T15:10:00-03:00",
        ld_author=[{"@type": "Organization", "name": "Agencia EFE"}],
        byline_lines=["Agencia EFE"],
        date_lines=["19 de marzo de 2024 · 15:10"],
        above_body=[("listen", "Escuchar esta nota"), ("reading-time", "Tiempo de lectura: 2 min")],
        caption="Personas beben agua en una fuente de la rambla de Montevideo.",
        credit="EFE/Sofía Lezama",
        inserts={2: [("ad", "PUBLICIDAD")]},
        tags=("Temas", ["Agua", "OSE", "Intendencia de Montevideo"]),
        lists=[("Lo más visto", ["Peñarol empata en el Centenario", "Suba del boleto en el interior", "Lluvias: alerta amarilla en cinco departamentos"])],
        comments=["Comentarios (4)"],
        paras=P("""
La Intendencia de Montevideo instalará 200 bebederos públicos en plazas, paradas de ómnibus y la rambla
de la capital uruguaya antes del próximo verano, anunció este martes la comuna, en respuesta a las
críticas recibidas durante la crisis hídrica del año pasado.

Según informó la comuna, los nuevos bebederos estarán conectados a la red de agua potable y contarán con
un grifo adicional para llenar botellas y un recipiente a nivel del suelo para mascotas.

En 2023, la peor sequía en más de 70 años obligó a la empresa estatal de aguas a mezclar agua del Río de
la Plata con la de la cuenca del río Santa Lucía, lo que elevó los niveles de sodio y cloruros del agua
corriente y llevó a muchos hogares a comprar agua embotellada.

"Queremos que tomar agua en la calle vuelva a ser algo normal y gratuito", dijo a EFE la directora de
Desarrollo Ambiental, Valeria Sosa.

La inversión prevista es de unos 38 millones de pesos (casi un millón de dólares) y las primeras unidades
se colocarán en abril en los barrios Centro, Cordón y Pocitos.

Organizaciones de consumidores valoraron la iniciativa, aunque reclamaron que se controle periódicamente
la calidad del agua en cada punto y que se publiquen los resultados.
"""),
        must_have=[
            "Según informó la comuna, los nuevos bebederos estarán conectados a la red de agua potable y contarán con "
            "un grifo adicional para llenar botellas y un recipiente a nivel del suelo para mascotas.",
            "Organizaciones de consumidores valoraron la iniciativa, aunque reclamaron que se controle periódicamente "
            "la calidad del agua en cada punto y que se publiquen los resultados.",
        ],
    ),
    # -- Lusa on a Cape Verdean site (gzipped): slug without "Lusa/Fim" ------------------
    dict(
        cluster="lusa-praia-dessalinizacao",
        role="single",
        file="jornalmorabeza_lusa_praia_dessalinizacao_pt.html.gz",
        render="html",
        site=SITE_MORABEZA,
        title="Cabo Verde vai construir central de dessalinização solar na ilha de Santiago",
        date="2024-05-21",
        dateline="Praia, 21 mai 2024 (Lusa) - ",
        city="Praia",
        country="CV",
        region="africa",
        agency="Lusa",
        authors=[],
        editors=[],
        lang="pt",
        section="Economia",
        meta_section="Economia",
        url="https://www.jornalmorabeza.example.cv/economia/cabo-verde-vai-construir-central-de-dessalinizacao-solar-na-ilha-de-santiago",
        description="A nova central deverá produzir 10.000 metros cúbicos de água por dia para a agricultura.",
        published="2024-05-21T16:38:00-01:00",
        modified="2024-05-21T17:05:00-01:00",
        ld_author=[{"@type": "Organization", "name": "Lusa"}],
        byline_lines=["Por Lusa"],
        date_lines=["21/05/2024 - 16:38"],
        above_body=[("reading-time", "3 min de leitura")],
        caption="Vista da cidade da Praia, na ilha de Santiago.",
        credit="Lusa",
        credit_shown="Foto: Lusa",
        end_lines=["JSD // JMC"],
        tags=("Tags:", ["Água", "Agricultura", "Energia"]),
        lists=[("Mais lidas", ["TACV retoma voos para Lisboa em junho", "Mindelo recebe festival de música em agosto"])],
        comments=["0 comentários"],
        paras=P("""
O Governo cabo-verdiano vai lançar este ano um concurso internacional para a construção de uma central
de dessalinização alimentada por energia solar na ilha de Santiago, anunciou hoje o ministro da
Agricultura e Ambiente.

Segundo o governante, Aníbal Fonseca, a nova central deverá produzir 10.000 metros cúbicos de água por
dia, destinados sobretudo à agricultura irrigada no interior da ilha, onde a falta de chuva tem reduzido
as colheitas nos últimos anos.

"Não podemos continuar a depender da chuva que não vem. A água do mar e o sol são os recursos que temos
em abundância", afirmou o ministro, à margem de um encontro com agricultores no concelho de Santa Cruz.

Cabo Verde, arquipélago de dez ilhas no Atlântico, situado a cerca de 500 quilómetros da costa do
Senegal, é um dos países africanos mais afetados pela escassez de água, e a maior parte da água
consumida nas cidades já provém de dessalinização.

O custo da energia representa a maior parte do preço da água dessalinizada, o que torna a água para rega
demasiado cara para muitos pequenos agricultores, explicou Aníbal Fonseca.

O projeto, orçado em cerca de 22 milhões de euros, será financiado com apoio de parceiros
internacionais, devendo a central entrar em funcionamento em 2027.
"""),
        must_have=[
            "O custo da energia representa a maior parte do preço da água dessalinizada, o que torna a água para rega "
            "demasiado cara para muitos pequenos agricultores, explicou Aníbal Fonseca.",
            "O projeto, orçado em cerca de 22 milhões de euros, será financiado com apoio de parceiros "
            "internacionais, devendo a central entrar em funcionamento em 2027.",
        ],
    ),
    # -- Staff copy, Philippine site: "MANILA, Philippines –", reactions widget, author bio ----
    dict(
        cluster="manilacurrent-pasig-ferry",
        role="single",
        file="manilacurrent_pasig_river_ferry.html",
        render="html",
        site=SITE_MANILA,
        title="Pasig River ferries to run until midnight starting April",
        date="2024-03-19",
        dateline="MANILA, Philippines \u2013 ",
        city="Manila",
        country="PH",
        region="asia",
        agency=None,
        authors=["Bea Dizon"],
        editors=[],
        lang="en",
        section="Metro Manila",
        meta_section="Metro Manila",
        url="https://www.manilacurrent.example.ph/metro-manila/pasig-river-ferry-extended-hours-april-2024/",
        description="The MMDA will also deploy two new air-conditioned boats and keep rides free until December.",
        published="2024-03-19T15:45:00+08:00",
        modified="2024-03-19T18:02:00+08:00",
        meta_author="Bea Dizon",
        byline_lines=["Bea Dizon"],
        date_lines=["Mar 19, 2024 3:45 PM PHT"],
        above_body=[("reading-time", "2 minutes read")],
        caption="A Pasig River Ferry Service boat docks at the Escolta station in Manila.",
        credit="Paolo Villanueva",
        credit_shown="File photo by Paolo Villanueva",
        inserts={3: [("box", "Must Read", ["MRT-3 to run extended hours during Holy Week"])]},
        below_body=[("mood", "How does this make you feel?")],
        tags=("Tags", ["Metro Manila", "Pasig River", "MMDA"]),
        author_box=["Bea Dizon covers transportation and urban issues for The Manila Current."],
        comments=["Add a comment", "There are no comments yet. Add your comment to start the conversation."],
        paras=P("""
The Pasig River Ferry Service will extend its operating hours until midnight starting April 1, the
Metropolitan Manila Development Authority (MMDA) said on Tuesday, March 19, in a bid to lure more
commuters away from the capital's congested roads.

The ferries currently run from 6 am to 6 pm on weekdays, serving 12 stations from Pinagbuhatan in Pasig
City to Escolta in Manila.

MMDA chairperson Carlos Dumalagan said the agency would also deploy two new air-conditioned boats,
raising the fleet to 16 vessels, and would keep rides free for passengers until the end of the year.

"A trip that takes two hours by jeepney during rush hour takes less than one hour on the river,"
Dumalagan told reporters.

Ridership on the ferry service reached about 410,000 passengers in 2023, still a tiny fraction of the
millions who commute daily in Metro Manila. Commuter groups have said that poor connections between
ferry stations and bus or jeepney routes discourage many from using the service.

The MMDA said it was talking to local governments about adding shuttle services and bike racks at four
stations.

The river, which crosses the metropolis from Laguna de Bay to Manila Bay, was once considered
biologically dead but has become cleaner after decades of rehabilitation work.
"""),
        must_have=[
            "The ferries currently run from 6 am to 6 pm on weekdays, serving 12 stations from Pinagbuhatan in Pasig "
            "City to Escolta in Manila.",
            "The MMDA said it was talking to local governments about adding shuttle services and bike racks at four "
            "stations.",
        ],
    ),
    # -- Staff copy, New Zealand site: "05:00, Apr 10 2024", listen player, LDR note ------
    dict(
        cluster="canterburypress-school-speed-zones",
        role="single",
        file="canterburypress_christchurch_school_speed_zones.html",
        render="html",
        site=SITE_CANTERBURY,
        title="Lower speed limits coming to another 40 Christchurch schools",
        date="2024-04-10",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Hamish Cole"],
        editors=[],
        lang="en",
        section="Christchurch",
        meta_section="Christchurch",
        url="https://www.canterburypress.example.nz/christchurch/350224811/lower-speed-limits-coming-to-another-40-christchurch-schools",
        description="Speed limits will drop to 30kmh outside another 40 Christchurch schools from July.",
        published="2024-04-10T05:00:00+12:00",
        modified="2024-04-10T05:00:00+12:00",
        meta_author="Hamish Cole",
        byline_lines=["Hamish Cole", "Local Democracy Reporter"],
        date_lines=["05:00, Apr 10 2024"],
        above_body=[("listen", "Listen to this article"), ("duration", "3 min")],
        caption="Electronic signs flash a 30kmh limit outside a primary school in Papanui.",
        credit="Sam Hartnell/The Canterbury Press",
        credit_shown="Sam Hartnell/The Canterbury Press",
        below_body=[("ldr", "Local Democracy Reporting is public interest journalism funded by RNZ and NZ On Air.")],
        lists=[("Most popular", ["Lyttelton tunnel closed overnight for maintenance", "Crusaders name unchanged side", "Hagley Park tree felling paused"])],
        comments=["Comments (31)", "Have your say"],
        paras=P("""
Speed limits will drop to 30kmh outside another 40 Christchurch schools from July after city councillors
voted in favour of the change on Tuesday.

The lower limits will apply during school start and finish times, shown on electronic signs that flash
when the limit is in force. The council already has 30kmh zones outside 36 schools.

Council transport manager Priya Raman said crash data showed children walking or cycling to school were
most at risk on busy arterial roads. Between 2019 and 2023, 57 children were injured on their way to or
from school in the city, seven of them seriously.

Councillor Mark Hewitt, who voted against, said he supported safer streets but believed the signs were
expensive and poorly understood by drivers. "I'd rather see that money go into raised crossings that
physically slow people down," he said.

The variable signs cost about $18,000 per school, with most of the cost covered by the New Zealand
Transport Agency.

The Government has signalled it will change national rules on speed limits this year, and some
councillors questioned whether the new zones would survive. Council staff said school zones were
expected to remain under the new rules.

Public consultation drew 1,180 submissions, about two-thirds in support.
"""),
        must_have=[
            "The council already has 30kmh zones outside 36 schools.",
            "Public consultation drew 1,180 submissions, about two-thirds in support.",
        ],
    ),
    # -- Belga on a Flemish site: "22-01-24, 11:42" stamp, "Bron: Belga", © credit ------
    dict(
        cluster="belga-antwerpen-walstroom",
        role="single",
        file="scheldeblad_belga_antwerpen_walstroom_nl.html",
        render="html",
        site=SITE_SCHELDE,
        title="Cruiseschepen in Antwerpen moeten vanaf 2026 walstroom gebruiken",
        date="2024-01-22",
        dateline="",
        city=None,
        country="BE",
        region="europe",
        agency="Belga",
        authors=[],
        editors=[],
        lang="nl",
        section="Antwerpen",
        meta_section="Antwerpen",
        url="https://www.scheldeblad.example.be/antwerpen/cruiseschepen-in-antwerpen-moeten-vanaf-2026-walstroom-gebruiken~a8f31c2e/",
        description="Port of Antwerp-Bruges investeert 9,5 miljoen euro in een walstroominstallatie.",
        published="2024-01-22T11:42:00+01:00",
        modified="2024-01-22T13:10:00+01:00",
        ld_author=[{"@type": "Organization", "name": "Belga"}],
        byline_lines=["Bron: Belga"],
        date_lines=["22-01-24, 11:42", "Laatste update: 13:10"],
        above_body=[("label", "Gratis artikel")],
        caption="Een cruiseschip aan de Antwerpse Scheldekaaien.",
        credit="BELGA",
        credit_shown="\u00a9 BELGA",
        tags=("Meer over", ["Antwerpen", "Haven", "Milieu"]),
        lists=[("Meest gelezen", ["Oosterweelwerf: Scheldelaan weekend dicht", "Nieuwe bakker in 't Stad wint prijs", "Beerschot haalt middenvelder"])],
        newsletter_end=["Onbeperkt toegang tot alle artikels voor \u20ac 1 per week.", "Abonneer je nu"],
        paras=P("""
Cruiseschepen die in Antwerpen aanmeren, moeten vanaf 2026 hun motoren kunnen uitzetten en stroom van de
wal gebruiken. Dat heeft Port of Antwerp-Bruges maandag aangekondigd.

Het havenbedrijf investeert 9,5 miljoen euro in een walstroominstallatie aan de cruiseterminal aan de
Scheldekaaien, vlak bij het historische centrum van de stad. De werken moeten in het voorjaar van 2025
beginnen.

Cruiseschepen laten hun dieselgeneratoren tijdens hun verblijf in de haven meestal draaien om
verlichting, airconditioning en keukens van stroom te voorzien. Omwonenden klagen al jaren over de
uitstoot en het lawaai.

"Met walstroom verdwijnt die uitstoot aan de kaai volledig. Dat is goed voor de passagiers, maar vooral
voor de buurtbewoners", zei havenschepen Els Van Damme.

Vorig jaar legden 58 cruiseschepen aan in Antwerpen, goed voor ruim 90.000 passagiers. Europese regels
verplichten grote havens om tegen 2030 walstroom aan te bieden voor cruise- en containerschepen.

Rederijen die geen gebruik maken van de installatie terwijl hun schip daartoe uitgerust is, zullen een
hogere havenheffing moeten betalen, aldus het havenbedrijf.
"""),
        must_have=[
            "De werken moeten in het voorjaar van 2025 beginnen.",
            "Vorig jaar legden 58 cruiseschepen aan in Antwerpen, goed voor ruim 90.000 passagiers.",
        ],
    ),
    # -- Staff copy, Kenyan site (gzipped): "KISUMU, Kenya, Feb 5 –" dateline, "PHOTO |" credit ----
    dict(
        cluster="lakeregionstar-kisumu-omena",
        role="single",
        file="lakeregionstar_kisumu_omena_traders.html.gz",
        render="html",
        site=SITE_LAKE,
        title="Kisumu fish traders protest county ban on roadside drying of omena",
        date="2024-02-05",
        dateline="KISUMU, Kenya, Feb 5 \u2013 ",
        city="Kisumu",
        country="KE",
        region="africa",
        agency=None,
        authors=["Akinyi Odhiambo"],
        editors=[],
        lang="en",
        section="County News",
        meta_section="County News",
        url="https://www.lakeregionstar.example.co.ke/county-news/2024/02/kisumu-fish-traders-protest-county-ban-on-roadside-drying-of-omena/",
        description="Traders say the county has provided drying racks for fewer than 300 people.",
        published="2024-02-05T20:21:00+03:00",
        modified="2024-02-05T20:21:00+03:00",
        meta_author="Akinyi Odhiambo",
        byline_lines=["By Akinyi Odhiambo"],
        date_lines=["Published February 5, 2024"],
        caption="Women spread omena to dry at Dunga beach in Kisumu on February 3, 2024.",
        credit="KEVIN OMONDI",
        credit_shown="PHOTO | KEVIN OMONDI",
        inserts={2: [("ad", "ADVERTISEMENT")]},
        below_body=[("whatsapp", "Follow the Lake Region Star channel on WhatsApp")],
        lists=[("Trending", ["Homa Bay MCAs impeach deputy speaker", "Kisumu port receives first fuel tanker of the year", "Gor Mahia fans warned over stadium chaos"])],
        comments=["Comments (9)"],
        paras=P("""
Hundreds of fish traders in Kisumu on Monday protested against a county directive banning the drying of
omena on open ground along roads and beaches, saying it threatened the livelihoods of thousands of women
in the lakeside city.

The Kisumu County Department of Health last week ordered traders to dry the small silver fish only on
raised racks at designated sites, citing contamination from dust, vehicle fumes and animals.

Traders at Dunga and Usoma beaches said the county had provided racks for fewer than 300 people, while
more than 4,000 traders depend on drying and selling omena.

"We have dried omena on the ground for generations. If they want racks, let them bring racks for
everyone before they chase us away," said Margaret Atieno, a trader at Dunga beach.

County health executive Walter Oduor said the directive was meant to protect consumers and help local
traders meet standards required by supermarkets and buyers from neighbouring countries.

Omena, known elsewhere in East Africa as dagaa or mukene, is the most abundant fish in Lake Victoria and
an affordable source of protein for millions of households in the region.

The county said it would install 1,200 more drying racks by June and give traders a three-month grace
period before enforcing the ban.
"""),
        must_have=[
            "Traders at Dunga and Usoma beaches said the county had provided racks for fewer than 300 people, while "
            "more than 4,000 traders depend on drying and selling omena.",
            "The county said it would install 1,200 more drying racks by June and give traders a three-month grace "
            "period before enforcing the ban.",
        ],
    ),
]


# ---- single JSON records (news-please, trafilatura) ---------------------------

JSON_STORIES = [
    # news-please, APA via an Austrian site: no dateline, "(APA, 27.2.2024)" tail line.
    dict(
        cluster="apa-graz-baeume",
        role="single",
        file="newsplease_apa_graz_stadtbaeume_de.json",
        render="newsplease",
        title="Graz pflanzt 1.000 Bäume gegen Hitzeinseln",
        date="2024-02-27",
        dateline="",
        city=None,
        country="AT",
        region="europe",
        agency="APA",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        url="https://www.steirischerundschau.example.at/graz/graz-pflanzt-1000-baeume-gegen-hitzeinseln-100228417",
        source_domain="www.steirischerundschau.example.at",
        description="Schwerpunkt sind die dicht bebauten Bezirke Lend, Gries und Jakomini.",
        np_authors=["APA"],
        np_publish="2024-02-27 11:20:00",
        np_modify="2024-02-27 14:03:00",
        np_download="2024-02-28 03:17:45",
        image_url="https://www.steirischerundschau.example.at/images/graz-baeume-lend.jpg",
        tail_lines=["(APA, 27.2.2024)", "Zum Weiterlesen", "Grazer Murpark: Stadt startet Bürgerbeteiligung"],
        paras=P("""
Die Stadt Graz will bis Ende 2025 rund 1.000 zusätzliche Bäume pflanzen, um dicht bebaute Viertel im
Sommer abzukühlen. Der Gemeinderat hat am Dienstag ein entsprechendes Programm beschlossen, das rund 8,4
Millionen Euro kostet.

Schwerpunkt sind die Bezirke Lend, Gries und Jakomini, wo es laut einer Hitzekarte der Stadt besonders
wenig Grün gibt. Dort sollen vor allem Parkplätze und asphaltierte Flächen entsiegelt werden.

Die Bäume werden in größere Baumscheiben mit speziellem Substrat gesetzt, das Regenwasser speichert. So
sollen sie auch längere Trockenperioden überstehen, hieß es aus dem Umweltamt.

„Ein großer Baum kühlt seine Umgebung an heißen Tagen um mehrere Grad“, sagte Umweltstadträtin Katharina
Lechner. „Das ist die günstigste Klimaanlage, die wir haben.“

Kritik kam von der Opposition, die den Wegfall von rund 300 Parkplätzen bemängelte. Die Wirtschaftskammer
forderte, dass Lieferzonen für Geschäfte erhalten bleiben.

Graz zählt zu den am stärksten von Hitze betroffenen Städten Österreichs. Im vergangenen Sommer wurden an
der Messstation Graz-Universität 32 Hitzetage mit mehr als 30 Grad gemessen.
"""),
        must_have=[
            "Dort sollen vor allem Parkplätze und asphaltierte Flächen entsiegelt werden.",
            "Die Wirtschaftskammer forderte, dass Lieferzonen für Geschäfte erhalten bleiben.",
        ],
    ),
    # trafilatura, ANSA on a Sardinian site: "Ultimo aggiornamento" line kept by the extractor.
    dict(
        cluster="ansa-cagliari-poetto-passerelle",
        role="single",
        file="trafilatura_ansa_cagliari_poetto_it.json",
        render="trafilatura",
        title="Cagliari, al Poetto dodici passerelle per le persone con disabilità",
        date="2024-03-07",
        dateline="(ANSA) - CAGLIARI, 07 MAR - ",
        city="Cagliari",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section="Sardegna",
        url="https://www.isolaoggi.example.it/sardegna/cagliari-al-poetto-dodici-passerelle-per-le-persone-con-disabilita",
        hostname="www.isolaoggi.example.it",
        source_hostname="L'Isola Oggi",
        tf_author="ANSA",
        tf_date="2024-03-07",
        tf_language="it",
        categories="Sardegna;Cagliari",
        tf_tags="Poetto;accessibilità;spiagge",
        description="Investimento di 450mila euro in vista della stagione balneare.",
        head_lines=["Ultimo aggiornamento: 07/03/2024 16:02"],
        tail_lines=["(ANSA).", "Riproduzione riservata \u00a9 Copyright ANSA"],
        paras=P("""
Il Comune di Cagliari installerà entro giugno dodici nuove passerelle in legno lungo la spiaggia del
Poetto per consentire alle persone con disabilità motoria di raggiungere la riva in sedia a rotelle.

Lo ha annunciato l'assessora ai Lavori pubblici, Francesca Murgia, presentando il piano per la prossima
stagione balneare. L'investimento complessivo è di circa 450mila euro, finanziati in parte con fondi
regionali.

Ogni passerella sarà collegata a un'area attrezzata con ombrelloni, sedie job per il bagno in mare e
servizi igienici accessibili. In tre punti della spiaggia sarà presente anche personale di assistenza
nei mesi di luglio e agosto.

"Il Poetto è di tutti e deve esserlo davvero, non solo sulla carta", ha detto Murgia.

Le associazioni delle persone con disabilità hanno accolto con favore il progetto, chiedendo però che le
strutture vengano mantenute in buone condizioni per tutta l'estate, dopo che negli anni scorsi alcune
passerelle erano rimaste danneggiate dalle mareggiate.

Il Poetto, lungo circa otto chilometri, è la spiaggia principale della città e nei fine settimana estivi
accoglie decine di migliaia di bagnanti.
"""),
        must_have=[
            "L'investimento complessivo è di circa 450mila euro, finanziati in parte con fondi regionali.",
            "In tre punti della spiaggia sarà presente anche personale di assistenza nei mesi di luglio e agosto.",
        ],
    ),
    # trafilatura (gzipped), NTB in Norwegian Bokmål: "Lytt til saken", "© NTB".
    dict(
        cluster="ntb-bergen-vedovner",
        role="single",
        file="trafilatura_ntb_bergen_vedovner_no.json.gz",
        render="trafilatura",
        title="Bergen vil forby gamle vedovner fra 2026",
        date="2023-11-28",
        dateline="",
        city=None,
        country="NO",
        region="europe",
        agency="NTB",
        authors=[],
        editors=[],
        lang="no",
        section="Nyheter",
        url="https://www.vestlandsposten.example.no/nyheter/i/Xq7pLm/bergen-vil-forby-gamle-vedovner-fra-2026",
        hostname="www.vestlandsposten.example.no",
        source_hostname="Vestlandsposten",
        tf_author="NTB",
        tf_date="2023-11-28",
        tf_language="no",
        categories="Nyheter;Bergen",
        tf_tags="",
        description="Byrådet vil fase ut ovner produsert før 1998.",
        head_lines=["Lytt til saken"],
        tail_lines=["\u00a9 NTB"],
        paras=P("""
Bergen kommune vil forby bruk av gamle vedovner uten rentbrennende teknologi fra 2026. Forslaget ble lagt
fram av byrådet tirsdag og skal behandles i bystyret i desember.

Ifølge kommunen står vedfyring for over halvparten av utslippene av svevestøv i Bergen på kalde
vinterdager, når kald luft legger seg som et lokk over byen.

– Vi vet at mange er glade i peisen sin, men de gamle ovnene slipper ut opptil ti ganger mer partikler
enn nye ovner, sier byråd for klima og miljø Ingrid Solheim til NTB.

Forbudet vil gjelde ovner produsert før 1998. Kommunen anslår at rundt 9000 husstander fortsatt bruker
slike ovner.

Husstander som bytter ut en gammel ovn, kan søke om et tilskudd på inntil 5000 kroner. Ordningen har
eksistert i flere år, men kommunen vil nå doble potten.

Huseiernes Landsforbund mener forbudet rammer eldre og folk med dårlig råd hardest, og ber kommunen vente
til flere har fått byttet ovn.

– Mange har ikke råd til å kjøpe ny ovn og få den installert, selv med tilskudd, sier forbundets
rådgiver Trond Myklebust.
"""),
        must_have=[
            "Forbudet vil gjelde ovner produsert før 1998.",
            "Ordningen har eksistert i flere år, men kommunen vil nå doble potten.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

JSONL_A = "crawl_holdout2_2024-a.jsonl"
JSONL_B = "crawl_holdout2_2024-b.jsonl.gz"

JSONL_STORIES = [
    # newsbeam text shape: the AFP La Paz story syndicated on a Bolivian regional site
    dict(
        TELEF,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        title="Nueva línea del teleférico unirá el centro de La Paz con el sur de El Alto en 17 minutos",
        url="https://www.heraldoandino.example.bo/nacional/nueva-linea-del-teleferico-unira-la-paz-y-el-alto-en-17-minutos",
        nb_published="2024-04-04T19:02:00-04:00",
        outlet="El Heraldo Andino",
        nb_authors=["AFP"],
        inserts={3: ["Te puede interesar: Gobierno anuncia nuevas rutas de buses PumaKatari"]},
        tail_lines=["Con información de AFP"],
    ),
    # news-please shape: AP from Dakar with "Follow AP's Africa coverage" tail
    dict(
        cluster="ap-dakar-pirogue-registry",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Senegal starts registering fishing canoes as it tries to curb dangerous migrant crossings",
        date="2024-06-11",
        dateline="DAKAR, Senegal (AP) \u2014 ",
        city="Dakar",
        country="SN",
        region="africa",
        agency="AP",
        authors=["Babacar Ndiaye", "Fatou Sarr"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.atlanticwire.example.com/world/africa/senegal-fishing-canoes-registry-migration-5a81c2",
        source_domain="www.atlanticwire.example.com",
        description="Senegal has begun registering the wooden canoes used by its artisanal fishermen.",
        np_authors=["Babacar Ndiaye", "Associated Press"],
        np_publish="2024-06-11 16:35:00",
        np_modify=None,
        np_download="2024-06-12 01:02:51",
        tail_lines=[
            "Associated Press writer Fatou Sarr in Saint-Louis, Senegal, contributed to this report.",
            "___",
            "Follow AP's Africa coverage at https://apnews.com/hub/africa",
        ],
        paras=P("""
Senegal has begun registering the thousands of wooden canoes used by its artisanal fishermen, the
fisheries ministry said Tuesday, as the government tries to stop the boats from being used to carry
migrants on the dangerous Atlantic route to Spain's Canary Islands.

Under the new rules, every canoe, known locally as a pirogue, must carry a registration number painted
on both sides of the hull and an electronic tracking device by the end of the year. Owners who fail to
register risk fines and the loss of their fishing licenses.

"We know our boats, and we know who owns them. This is about protecting fishermen and their families,"
said Mamadou Faye, a fisheries ministry official in charge of the program.

Senegal has about 19,000 artisanal fishing canoes, according to government estimates. Many fishermen
say their catch has fallen sharply in recent years because of competition from foreign industrial
trawlers, pushing some to sell their boats to people smugglers.

More than 30,000 migrants reached the Canary Islands by sea in the first five months of the year,
according to Spanish government figures, many of them on canoes that left from Senegal, Mauritania and
Gambia.

Fishermen's associations in the coastal towns of Mbour and Saint-Louis said they supported the
registration drive but asked the government to cover the cost of the tracking devices, which they said
could reach 150,000 CFA francs ($245).
"""),
        must_have=[
            "Senegal has about 19,000 artisanal fishing canoes, according to government estimates.",
            "Fishermen's associations in the coastal towns of Mbour and Saint-Louis said they supported the "
            "registration drive but asked the government to cover the cost of the tracking devices, which they said "
            "could reach 150,000 CFA francs ($245).",
        ],
    ),
    # newsbeam html shape: PTI on an Indian regional site
    dict(
        cluster="pti-shimla-apple-cold-storage",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_HIMALAYAN,
        title="Himachal to give 50 per cent subsidy to apple growers for cold storage units",
        date="2023-11-03",
        dateline="Shimla, Nov 3 (PTI) ",
        city="Shimla",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section="Himachal",
        meta_section="Himachal",
        url="https://www.himalayantribune.example.in/himachal/himachal-to-give-50-per-cent-subsidy-to-apple-growers-for-cold-storage-units-571203",
        description="Growers' cooperatives can get half the cost of small cold storage units.",
        published="2023-11-03T18:10:00+05:30",
        modified="2023-11-03T19:52:00+05:30",
        ld_author=[{"@type": "Organization", "name": "PTI"}],
        byline_lines=["PTI"],
        date_lines=["Published: Nov 03, 2023 18:10 IST", "Updated: Nov 03, 2023 19:52 IST"],
        inserts={2: [("ad", "Advertisement")]},
        end_lines=["PTI BPL NB"],
        tags=("Tags :", ["apple", "Himachal Pradesh", "horticulture"]),
        nb_published="2023-11-03T12:40:00Z",
        outlet="Himalayan Tribune",
        nb_authors=["PTI"],
        paras=P("""
The Himachal Pradesh government will give a 50 per cent subsidy to apple growers and their
cooperatives for setting up small cold storage units, Horticulture Minister Rajinder Thakur said on
Friday.

The scheme is aimed at helping growers hold back part of their produce when prices crash at the peak of
the harvest season, he told reporters here.

Under the scheme, growers' cooperatives and groups of at least five farmers will be eligible for the
subsidy on units with a capacity of up to 250 tonnes, the minister said.

Apple is grown on about 1.15 lakh hectares in the state and the crop is worth around Rs 5,000 crore a
year, making it the backbone of the rural economy in districts such as Shimla, Kullu and Kinnaur.

Growers have long complained that a shortage of storage forces them to sell their apples within days of
picking, often at low prices in the wholesale markets of Delhi and Chandigarh.

Thakur said Rs 60 crore had been earmarked for the scheme for the next two years and applications would
open in December.
"""),
        must_have=[
            "The scheme is aimed at helping growers hold back part of their produce when prices crash at the peak of "
            "the harvest season, he told reporters here.",
            "Thakur said Rs 60 crore had been earmarked for the scheme for the next two years and applications would "
            "open in December.",
        ],
    ),
    # trafilatura shape (gzipped batch): Brazilian staff copy, "Ouça esta notícia"
    dict(
        cluster="folhadoreconcavo-salvador-tarifa-zero",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Salvador terá ônibus gratuitos aos domingos a partir de junho",
        date="2024-05-14",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Marina Cerqueira"],
        editors=[],
        lang="pt",
        section="Cidades",
        url="https://www.folhadoreconcavo.example.com.br/cidades/salvador-tera-onibus-gratuitos-aos-domingos-a-partir-de-junho/",
        hostname="www.folhadoreconcavo.example.com.br",
        source_hostname="Folha do Recôncavo",
        tf_author="Marina Cerqueira",
        tf_date="2024-05-14",
        tf_language="pt",
        categories="Cidades;Salvador",
        tf_tags="transporte;ônibus;tarifa zero",
        description="A prefeitura estima que a medida vai custar R$ 48 milhões por ano.",
        head_lines=["Ouça esta notícia", "00:00"],
        tail_lines=["Leia também", "Metrô de Salvador terá nova estação em Águas Claras"],
        paras=P("""
Os ônibus de Salvador vão circular sem cobrança de tarifa aos domingos e feriados a partir de 2 de junho,
anunciou nesta terça-feira (14) a prefeitura da capital baiana.

Segundo a Secretaria de Mobilidade, a medida vale para todas as linhas do sistema convencional e deve
custar cerca de R$ 48 milhões por ano, que serão cobertos com recursos do orçamento municipal.

A prefeitura espera que o número de passageiros aos domingos cresça pelo menos 40%, com mais pessoas
usando o transporte público para ir a praias, parques e centros comerciais.

"O domingo é o dia em que a família quer sair de casa, e muitas vezes a passagem pesa no bolso", disse
o secretário de Mobilidade, Renato Seixas.

Atualmente, a tarifa dos ônibus em Salvador é de R$ 5,20. Aos domingos, o sistema transporta em média
cerca de 280 mil passageiros, menos da metade do movimento de um dia útil.

O sindicato das empresas de ônibus afirmou que vai acompanhar o impacto da medida na lotação dos
veículos e pediu que a prefeitura aumente a frota nas linhas que atendem a orla.

Outras capitais brasileiras, como Belo Horizonte e São Paulo, já adotaram ou estudam programas
semelhantes de tarifa zero em dias específicos.
"""),
        must_have=[
            "Atualmente, a tarifa dos ônibus em Salvador é de R$ 5,20.",
            "O sindicato das empresas de ônibus afirmou que vai acompanhar o impacto da medida na lotação dos "
            "veículos e pediu que a prefeitura aumente a frota nas linhas que atendem a orla.",
        ],
    ),
    # newsbeam text shape (gzipped batch): Reuters Lusaka with "Writing by" in the credit line
    dict(
        cluster="reuters-lusaka-solar-plant",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Zambia signs deal for 200 MW solar plant as drought cuts hydropower",
        date="2024-01-30",
        dateline="LUSAKA, Jan 30 (Reuters) - ",
        city="Lusaka",
        country="ZM",
        region="africa",
        agency="Reuters",
        authors=["Mwila Banda", "Naledi Kgosi"],
        editors=["Graham Eastwood"],
        lang="en",
        section=None,
        url="https://www.zambezibusiness.example.com/energy/zambia-signs-deal-for-200-mw-solar-plant",
        nb_published="2024-01-30T14:22:00Z",
        outlet="Zambezi Business Review",
        nb_authors=["Reuters"],
        tail_lines=["Reporting by Mwila Banda; Writing by Naledi Kgosi; Editing by Graham Eastwood"],
        paras=P("""
Zambia's state power utility signed an agreement with a private developer on Tuesday to build a 200
megawatt solar plant near Lusaka, as the country seeks to cut its dependence on hydropower after poor
rains lowered water levels at its main dams.

The plant, to be built on a site about 40 km east of the capital, will cost around $180 million and is
expected to start supplying the national grid by mid-2025, the energy ministry said in a statement.

More than 80% of Zambia's electricity comes from hydropower, most of it from the Kariba and Kafue Gorge
dams, leaving the country exposed to drought. The utility introduced daily power cuts of up to eight
hours in December as reservoir levels fell.

"We cannot keep all our eggs in one basket when the basket depends on the rain," Energy Minister Joseph
Mulenga said at the signing ceremony.

Mining companies, which account for more than half of Zambia's power demand, have urged the government
to speed up approvals for solar and wind projects and to allow them to buy power directly from private
producers.

The developer, Kafue Sun Energy, said it had secured financing from a group of regional lenders and
would build a battery storage system alongside the plant to supply power after sunset.
"""),
        must_have=[
            "The utility introduced daily power cuts of up to eight hours in December as reservoir levels fell.",
            "The developer, Kafue Sun Energy, said it had secured financing from a group of regional lenders and "
            "would build a battery storage system alongside the plant to supply power after sunset.",
        ],
    ),
]



# --------------------------------------------------------------------------
# 4. render, validate, write
# --------------------------------------------------------------------------

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"bloomberg", "the canadian press", "kyodo", "yonhap", "ians", "anadolu agency", "anp", "tt", "ntb",
                "apa", "belga"}




if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS))
