#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's third held-out extraction set (bench/dev_set3/).

    .venv/bin/python bench/dev_set3/_generate.py

Writes ``bench/dev_set3/articles/*`` and ``bench/dev_set3/labels.json``.  Output
is deterministic (gzip members use mtime=0 and no file name).  Every story is
invented: people, quotes, companies and figures are fictional; cities,
countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output,
from what real publishers put on their pages in 2023-2025, choosing
publishers, layouts, dateline shapes and chrome that sample_corpus/,
bench/dev_set/ and bench/dev_set2/ do not have: NAN "Kano, March 5, 2024
(NAN)" datelines with "(NAN)(www.nannews.ng)" and "Edited by" tails,
Bernama "(Bernama) --" copy with "-- BERNAMA" and its channel boilerplate,
Antara "Jakarta (ANTARA) -" with Reporter/Editor lines, APP
"LAHORE, Nov 20 (APP):" colons, Interfax "ASTANA. Oct 15 (Interfax) -",
MENA, APS "ORAN - ", Europa Press "VALÈNCIA, 22 Jul. (EUROPA PRESS) -", KNA
on a church portal ("Fulda ‐", "mal/KNA"), SDA "(sda)" Swiss copy, ČTK and
PAP pages in Czech and Polish ("Autor: ... (PAP)" and desk slugs), Agência
Brasil's "Publicado em"/"Edição:" lines and a Creative-Commons republication,
RNZ copy republished by a regional site, a Stuff-style page, Kyodo's own
"KYODO NEWS - date | Japan, All" line, Yonhap's e-mail/"(END)" tail,
Reuters 2025 pages with author bio boxes, Bloomberg web pages with
"Photographer:" credits and "Read More:" lines, AP on a US paper's page
published just before midnight CDT.  Do not edit stories or labels to suit
the pipeline; fix a label only when it is wrong by LABEL_NOTES.

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
    "purpose": "third held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own casing is kept: 'Photographer: "
    "Martina Ibarra/Bloomberg' -> 'Martina Ibarra/Bloomberg', 'Bild: \u00a9 KNA/Jörg Lohse' -> 'KNA/Jörg Lohse', "
    "'Foto: ČTK/Lukáš Dvořák' -> 'ČTK/Lukáš Dvořák', 'Fot. PAP/Adam Wójcik' -> 'PAP/Adam Wójcik', '\u00a9 ANSA' -> "
    "'ANSA', 'Photo: Fa'afetai Leota' -> 'Fa'afetai Leota', 'Foto: Bruno Lacerda/Agência Brasil' -> 'Bruno "
    "Lacerda/Agência Brasil'. '(ANTARA PHOTO/Dimas Saputra)' -> 'ANTARA PHOTO/Dimas Saputra' and "
    "'(AP Photo/Rodrigo Benítez)' -> 'AP Photo/Rodrigo Benítez': 'PHOTO/' is part of the agency's credit, not a wrapper",
    "agenciabrasil_caption": "Agência Brasil captions open with place and date ('Belém (PA), 13/08/2024 - ...'); "
    "that prefix is part of the caption text, the credit is what follows 'Foto:'",
    "editors_beyond_the_note": "'Edited by' (NAN), 'Edição:' (Agência Brasil) and Antara's 'Editor:' line are the "
    "same role as 'Editing by' / 'Editado por' / Xinhua 'Editor:' and are labelled as editors",
    "authors_from_credit_lines": "PAP 'Autor: Marta Zielińska (PAP)' after the body and Antara 'Reporter: Putri "
    "Larasati' name the writer -> authors; Bloomberg's web '\u2014 With assistance from Pedro Ruiz' counts like "
    "'--With assistance from'; AFP's capitalised surnames ('Voahangy RABEMANANTSOA') are labelled in natural case",
    "agenciabrasil_no_dateline": "'Por Rafael Medeiros - Repórter da Agência Brasil - Belém' is a byline with the "
    "reporter's base, not a dateline: the story text has none -> dateline_city null, country BR",
    "europapress_valencia_refugios_es": "dateline printed in Valencian, 'VALÈNCIA, 22 Jul. (EUROPA PRESS) -' -> "
    "English GeoNames name 'Valencia'",
    "ap_asuncion_river_barges": "the page states 'October 3, 2024 at 11:40 p.m. CDT' (2024-10-03T23:40-05:00); the "
    "crawler's own 'published' is the same instant in UTC (2024-10-04T04:40Z) -> date 2024-10-03 (publisher calendar)",
    "agency_names": "agencies are labelled by the name the copy prints: 'SDA' from the Swiss German '(sda)' tail (the "
    "German service of Keystone-SDA, whose French service sample_corpus labels 'ATS'), 'ČTK' with its diacritic, "
    "'Agência Brasil', 'Europa Press', 'Antara', 'RNZ'",
    "rnz_invercargill_pools": "RNZ is a public broadcaster; a regional site republishing its story ('This article "
    "was first published by RNZ and is republished with permission.') carries RNZ copy -> agency RNZ, "
    "author from the 'Aroha Tipene, RNZ' byline",
    "sign_off_lines": "credit/tagline lines outside the story text are chrome: '(NAN)(www.nannews.ng)', the NAN desk "
    "slug and '=======' rule, '-- BERNAMA' and Bernama's channel boilerplate, Yonhap's reporter e-mail and "
    "'(END)', 'mal/KNA', PAP 'mzi/ mhr/' and 'Źródło: PAP', '(sda)', 'APP/ask/mzr', 'PTI SCH MNB', AFP desk slugs, "
    "Antara 'Copyright \u00a9 ANTARA 2024', 'Zdroj: ČTK', 'Fonte: Agência Brasil'",
    "no_dateline": "Kyodo's own site, the Bloomberg web page, PAP, SDA, RNZ and the staff stories carry no dateline "
    "(dateline_city null); country is the story's main location",
    "regions": "Kazakhstan (Central Asia) -> asia; Egypt -> africa; Samoa and Vanuatu -> oceania",
    "kyodo_biei_tourist_parking": "'KYODO NEWS - Sep 3, 2024 - 19:41 | Japan, All' is the date/agency line (chrome)",
    "section": "HTML pages (including the newsbeam html record) label article:section; trafilatura "
    "records the first category; text pages, news-please and newsbeam text records null",
    "languages": "Czech 'cs', Polish 'pl'; Swiss German copy (no 'ß') is 'de'",
}




# --------------------------------------------------------------------------
# 3. story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Helsinki (clean scrape + noisy re-scrape) -------------

HELSINKI_PARAS = P("""
Finnish energy company Lumo Energia will heat around 25,000 homes in the city of Espoo with waste heat from
a new data centre from 2027, the company said on Tuesday, as the country phases out coal and cuts its
reliance on burning wood for district heating.

The data centre, being built by a U.S. cloud services provider on the western edge of Espoo, will feed heat
into the city's district heating network through large heat pumps, Lumo said in a statement. The two
companies did not disclose the value of the agreement.

District heating networks warm about half of Finland's homes, and many utilities are looking for
low-emission sources after coal was banned for energy production from 2029.

"Data centres produce heat all year round, and that fits well with our network, which needs a steady base
load," Lumo chief executive Mikko Halonen told Reuters.

The plant will supply up to 40% of the heat needed in Espoo's network once fully operational, Lumo said.

Finland has become a popular location for data centres thanks to its cool climate, cheap and largely
carbon-free electricity and strong grid connections. Several operators have announced projects in recent
years.

Environmental groups have welcomed the use of waste heat but warned that growing demand for electricity from
data centres could slow the country's efforts to electrify industry and transport.

Wholesale electricity prices in Finland have fallen sharply since the Olkiluoto 3 nuclear reactor began
regular output in 2023.
""")

HELSINKI = dict(
    cluster="reuters-helsinki-data-centre-heat",
    title="Finnish utility to heat 25,000 Espoo homes with data centre waste heat",
    date="2025-03-11",
    dateline="HELSINKI, March 11 (Reuters) - ",
    city="Helsinki",
    country="FI",
    region="europe",
    agency="Reuters",
    authors=["Elina Vartiainen"],
    editors=["Tomasz Weir"],
    lang="en",
    section=None,
    render="text",
    paras=HELSINKI_PARAS,
    caption="Steam rises from a district heating plant in Espoo, Finland, January 15, 2025.",
    credit="REUTERS/Tuomas Lehtinen",
    cap_lines=[
        "Steam rises from a district heating plant in Espoo, Finland, January 15, 2025. REUTERS/Tuomas Lehtinen",
        "Purchase Licensing Rights, opens new tab",
    ],
    inserts={2: ["Reuters Sustainable Switch newsletter helps you stay up to date with the latest ESG trends. Sign up here."]},
    must_have=[
        "The two companies did not disclose the value of the agreement.",
        "Several operators have announced projects in recent years.",
        "Wholesale electricity prices in Finland have fallen sharply since the Olkiluoto 3 nuclear reactor began "
        "regular output in 2023.",
    ],
)

# ---- cluster: Bernama, George Town (Bernama page + syndicated portal copy) ---

PENANG_PARAS = P("""
The Penang government has allocated RM180 million for flood mitigation projects in Seberang Perai this year,
following repeated flash floods in several low-lying areas of the mainland district.

State Infrastructure and Transport Committee chairman Datuk Zulkifli Ahmad said the projects included the
deepening of Sungai Juru and Sungai Perai, the construction of two retention ponds and the upgrading of drains
in housing estates in Bukit Mertajam and Butterworth.

He said work on the retention ponds, which can hold a combined 1.2 million cubic metres of water, was expected
to begin in May and be completed within two years.

"Rapid development and heavier rainfall have put pressure on the old drainage system, which was designed
decades ago," he told reporters after visiting a flood-prone area in Permatang Pauh today.

Zulkifli said about 3,800 residents were evacuated to relief centres during floods in Seberang Perai last
November, when more than 200 millimetres of rain fell in less than six hours.

The state would also install 25 additional river level sensors and sirens under an early warning system
linked to the Department of Irrigation and Drainage, he said.

He added that developers of new housing projects would be required to build on-site detention tanks to slow
the flow of rainwater into public drains.
""")

PENANG = dict(
    cluster="bernama-penang-flood-mitigation",
    date="2024-02-19",
    dateline="GEORGE TOWN, Feb 19 (Bernama) -- ",
    city="George Town",
    country="MY",
    region="asia",
    agency="Bernama",
    authors=[],
    editors=[],
    lang="en",
    paras=PENANG_PARAS,
    must_have=[
        "Zulkifli said about 3,800 residents were evacuated to relief centres during floods in Seberang Perai last "
        "November, when more than 200 millimetres of rain fell in less than six hours.",
        "He added that developers of new housing projects would be required to build on-site detention tanks to slow "
        "the flow of rainwater into public drains.",
    ],
)
BERNAMA_BOILERPLATE = (
    "BERNAMA provides up-to-date authentic and comprehensive news and information which are disseminated via "
    "BERNAMA Wires; www.bernama.com; BERNAMA TV on Astro 502, unifi TV 631 and MYTV 121 channels and BERNAMA "
    "Radio on FM93.9 (Klang Valley), FM107.5 (Johor Bahru), FM107.9 (Kota Kinabalu) and FM100.9 (Kuching) frequencies."
)

# ---- cluster: Agência Brasil, Belém (own page + Creative Commons republication)

BELEM_PARAS = P("""
A prefeitura de Belém anunciou nesta quarta-feira (14) que vai colocar em circulação 250 ônibus elétricos até
outubro de 2025, um mês antes da Conferência das Nações Unidas sobre Mudança do Clima (COP30), que será
realizada na capital paraense.

Segundo a Secretaria Municipal de Mobilidade, os veículos vão substituir parte da frota a diesel nas linhas
que ligam o centro da cidade aos distritos de Icoaraci e Mosqueiro e ao aeroporto internacional.

O investimento previsto é de R$ 650 milhões, com recursos do Novo PAC e de um financiamento do Banco Nacional
de Desenvolvimento Econômico e Social (BNDES). Duas garagens serão adaptadas com estações de recarga.

"Queremos que quem chegar para a COP30 encontre um transporte público moderno, mas, principalmente, que isso
fique para a população depois da conferência", disse o secretário de Mobilidade, Augusto Tavares.

Belém tem hoje cerca de 1.800 ônibus em operação, a maioria com mais de dez anos de uso, de acordo com dados
da prefeitura. Usuários reclamam com frequência de atrasos, veículos lotados e falta de ar-condicionado.

Especialistas ouvidos pela Agência Brasil apontam que o calor e a umidade da região exigem atenção à
autonomia das baterias e à manutenção dos veículos.

A expectativa é que a COP30 reúna cerca de 50 mil participantes em novembro de 2025.
""")

BELEM = dict(
    cluster="agenciabrasil-belem-onibus-eletricos",
    date="2024-08-14",
    dateline="",
    city=None,
    country="BR",
    region="americas",
    agency="Agência Brasil",
    authors=["Rafael Medeiros"],
    editors=["Heloísa Cordeiro"],
    lang="pt",
    paras=BELEM_PARAS,
    must_have=[
        "O investimento previsto é de R$ 650 milhões, com recursos do Novo PAC e de um financiamento do Banco "
        "Nacional de Desenvolvimento Econômico e Social (BNDES).",
        "Usuários reclamam com frequência de atrasos, veículos lotados e falta de ar-condicionado.",
    ],
)


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # NAN on its own WordPress site: "Kano, March 5, 2024 (NAN)" run-on dateline, NAN tail, "Edited by".
    dict(
        cluster="nan-kano-solar-boreholes",
        role="single",
        file="nan_kano_solar_boreholes.txt",
        render="text",
        title="Kano to install 120 solar-powered boreholes in rural communities",
        date="2024-03-05",
        dateline="Kano, March 5, 2024 (NAN) ",
        city="Kano",
        country="NG",
        region="africa",
        agency="NAN",
        authors=["Aisha Muhammad"],
        editors=["Halima Yusuf-Ogun"],
        lang="en",
        section=None,
        pre=[["News Agency of Nigeria", "Home", "Politics", "Economy", "Agriculture", "Health", "Sports"]],
        head=[["March 5, 2024", "Water"], ["By Aisha Muhammad"]],
        tail=[
            ["(NAN)(www.nannews.ng)"],
            ["AMM/HYO"],
            ["======="],
            ["Edited by Halima Yusuf-Ogun"],
            ["Share this:", "Click to share on X (Opens in new window)", "Click to share on Facebook (Opens in new window)", "Click to share on WhatsApp (Opens in new window)"],
            ["Related", "FG flags off borehole project in Jigawa", "Kano Assembly passes water sanitation bill"],
        ],
        paras=P("""
The Kano State Government says it will install 120 solar-powered boreholes in rural communities across the
state before the end of the dry season.

The Commissioner for Water Resources, Malam Sani Dankoli, disclosed this at a news conference on Tuesday in
Kano.

He said the project, estimated to cost N2.4 billion, would cover 40 local government areas where residents
depend on hand-dug wells and seasonal streams.

"Many of our women and children walk more than three kilometres every day to fetch water during the dry
season. With solar boreholes, the pumps will work even where there is no electricity from the grid," he said.

Dankoli said each borehole would be fitted with a 10,000-litre overhead tank and would serve at least 1,500
people.

According to him, community water committees will be trained to carry out minor repairs and collect small
monthly levies for maintenance.

He said the ministry had also begun rehabilitating 300 broken hand pumps in Dawakin Tofa, Bichi and Gaya
local government areas.

A resident of Gaya, Malam Usman Garba, welcomed the project, saying that the only functional borehole in his
village broke down two years ago.

"We buy water from vendors at N100 for a 25-litre jerrycan, which is too expensive for most families," he
told NAN.

The commissioner urged traditional rulers to protect the facilities from vandals, warning that anyone caught
stealing solar panels would be prosecuted.
"""),
        must_have=[
            "Dankoli said each borehole would be fitted with a 10,000-litre overhead tank and would serve at least 1,500 people.",
            "He said the ministry had also begun rehabilitating 300 broken hand pumps in Dawakin Tofa, Bichi and Gaya "
            "local government areas.",
        ],
    ),
    # Reuters 2025 page: GMT+3 stamp, newsletter line, bio box after the credits.
    dict(
        cluster="reuters-dar-es-salaam-rail-freight",
        role="single",
        file="reuters_dar_es_salaam_rail_freight.txt",
        render="text",
        title="Tanzania's new railway starts freight service to Dodoma as port seeks to win back transit cargo",
        date="2025-01-21",
        dateline="DAR ES SALAAM, Jan 21 (Reuters) - ",
        city="Dar es Salaam",
        country="TZ",
        region="africa",
        agency="Reuters",
        authors=["Halima Mussa", "Duncan Otieno"],
        editors=["Kirsten Lowe", "Aaron Whitmore"],
        lang="en",
        section=None,
        caption="A freight train stands at a station of the Standard Gauge Railway in Dar es Salaam, Tanzania, January 20, 2025.",
        credit="REUTERS/Emmanuel Mwakyusa",
        pre=[["Skip to main content", "Exclusive news, data and analytics for financial market professionals"]],
        head=[["By Halima Mussa"], ["January 21, 2025 4:37 PM GMT+3", "Updated 3 hours ago"]],
        cap_lines=[
            "A freight train stands at a station of the Standard Gauge Railway in Dar es Salaam, Tanzania, January 20, "
            "2025. REUTERS/Emmanuel Mwakyusa",
            "Purchase Licensing Rights, opens new tab",
        ],
        inserts={2: ["The Reuters Daily Briefing newsletter provides all the news you need to start your day. Sign up here."]},
        tail=[
            ["Reporting by Halima Mussa; Additional reporting by Duncan Otieno in Nairobi; Editing by Kirsten Lowe and Aaron Whitmore"],
            ["Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
            ["Suggested Topics:", "Africa", "Rail"],
            [
                "Halima Mussa",
                "Thomson Reuters",
                "Halima covers Tanzania and Uganda, reporting on politics, energy and infrastructure. She is based in Dar es Salaam.",
            ],
        ],
        paras=P("""
Tanzania began running freight trains on its new electric railway between Dar es Salaam and the capital
Dodoma on Tuesday, the state railway company said, part of a plan to win back cargo bound for landlocked
neighbours that has shifted to rival ports.

The first train carried 38 containers of fertiliser, cement and consumer goods on the 444-km (276-mile) line,
which opened to passengers last year, Tanzania Railways Corporation (TRC) said.

Director general Baraka Nyalusi said freight trains would cut the journey to about eight hours from more than
two days by truck and lower transport costs by as much as 40%.

"Our customers in Rwanda, Burundi and Congo have been waiting for this. Every container we move by rail is one
less truck on the road," he told reporters at the Dar es Salaam terminal.

Tanzania is building the standard gauge railway in stages towards Lake Victoria and the border with Burundi,
at a total cost of more than $10 billion. Sections beyond Dodoma are still under construction.

Dar es Salaam port handles most of the cargo for several of Tanzania's landlocked neighbours, but shippers have
long complained about congestion and delays. Some have turned to Kenya's port of Mombasa and to Beira in
Mozambique.

An Emirati port operator took over the running of several berths at Dar es Salaam in 2024 under a 30-year
concession, promising to cut ship waiting times.

Transporters' associations have warned that a shift to rail could cost thousands of truck drivers their jobs.
TRC said trucks would still be needed to carry goods from railway stations to final destinations.
"""),
        must_have=[
            "Sections beyond Dodoma are still under construction.",
            "TRC said trucks would still be needed to carry goods from railway stations to final destinations.",
        ],
    ),
    # Bernama on its own site: "(Bernama) --" dateline, "-- BERNAMA" sign-off, channel boilerplate.
    dict(
        PENANG,
        role="original",
        file="bernama_penang_flood_mitigation.txt",
        render="text",
        section=None,
        title="Penang allocates RM180 million for flood mitigation in Seberang Perai",
        pre=[["BERNAMA", "General", "Business", "Politics", "Sports", "World", "Features"]],
        head=[["19/02/2024 05:42 PM"]],
        tail=[
            ["-- BERNAMA"],
            [BERNAMA_BOILERPLATE],
            ["Follow us on social media :", "Facebook : @bernamaofficial", "X : @bernama.com, @bernamaBiz, @bernama_tv, @bernamaradio", "TikTok : @bernamaofficial"],
            ["\u00a9 2024 BERNAMA \u2022 Disclaimer \u2022 Privacy Policy \u2022 Security Policy"],
        ],
    ),
    # Yonhap on its own English site: city dateline, reporter e-mail and "(END)" tail.
    dict(
        cluster="yonhap-gwangju-senior-buses",
        role="single",
        file="yonhap_gwangju_free_buses_seniors.txt",
        render="text",
        title="Gwangju to offer free bus rides to residents aged 70 or older from July",
        date="2025-03-04",
        dateline="GWANGJU, March 4 (Yonhap) -- ",
        city="Gwangju",
        country="KR",
        region="asia",
        agency="Yonhap",
        authors=["Kim Hyo-jin"],
        editors=[],
        lang="en",
        section=None,
        caption="This file photo shows a city bus in Gwangju.",
        credit="Yonhap",
        pre=[["YONHAP NEWS AGENCY", "National", "Society"]],
        head=[["All News", "10:48 March 04, 2025"], ["By Kim Hyo-jin"]],
        cap_lines=["This file photo shows a city bus in Gwangju. (Yonhap)"],
        tail=[
            ["hjkim@yna.co.kr"],
            ["(END)"],
            ["Keywords", "#Gwangju #bus fare #senior citizens"],
            ["Most Liked", "Seoul to expand climate card to Gyeonggi cities", "Busan to host international film market in October"],
            ["Copyright(C) Yonhap News Agency. All Rights Reserved."],
        ],
        paras=P("""
The southwestern city of Gwangju will let residents aged 70 or older ride city buses free of charge from July,
city officials said Tuesday, joining a growing number of local governments that are expanding free transit for
the elderly.

About 143,000 residents are expected to benefit from the program, which will cost the city an estimated 21
billion won (US$14.4 million) a year, according to the city government.

Seniors will need to register for a dedicated transportation card at community service centers starting in
May. The city plans to lower the eligibility age to 65 in stages by 2028, depending on the budget.

"Older residents who stay home because of the cost of travel are more likely to become isolated and fall ill,"
an official in charge said. "We expect the program to encourage outdoor activities and help local businesses."

Seniors aged 65 or older can already ride the city's subway for free under a national scheme, but buses have
not been covered.

Daegu introduced a similar program for bus riders aged 75 or older in 2024, while several rural counties offer
free buses to all residents.

Critics have raised concerns about the growing financial burden on bus operators, many of which rely on city
subsidies to cover losses. The city said it would fully compensate operators for lost fare revenue.
"""),
        must_have=[
            "Seniors will need to register for a dedicated transportation card at community service centers starting in May.",
            "The city said it would fully compensate operators for lost fare revenue.",
        ],
    ),
    # Xinhua's newer page layout: Source / Editor / timestamp on three lines above the story.
    dict(
        cluster="xinhua-vientiane-tourism",
        role="single",
        file="xinhua_vientiane_tourist_arrivals.txt",
        render="text",
        title="Laos expects 4.6 mln foreign tourist arrivals in 2024 as railway boosts travel",
        date="2024-11-07",
        dateline="VIENTIANE, Nov. 7 (Xinhua) -- ",
        city="Vientiane",
        country="LA",
        region="asia",
        agency="Xinhua",
        authors=[],
        editors=["Zhang Mingyu"],
        lang="en",
        section=None,
        caption="Tourists ride bicycles along a street in Luang Prabang, Laos, Nov. 3, 2024.",
        credit="Xinhua/Phonsavanh Keola",
        pre=[["Home", "Asia & Pacific"]],
        head=[["Source: Xinhua"], ["Editor: Zhang Mingyu"], ["2024-11-07 15:22:30"]],
        cap_lines=["Tourists ride bicycles along a street in Luang Prabang, Laos, Nov. 3, 2024. (Xinhua/Phonsavanh Keola)"],
        tail=[
            ["Photos", "Laos' Luang Prabang welcomes visitors to boat racing festival", "Cambodia, Laos sign deal on cross-border tourism"],
            ["Copyright \u00a9 2000 - 2024 XINHUANET.com All rights reserved."],
        ],
        paras=P("""
Laos is on track to welcome about 4.6 million foreign tourists in 2024, up more than 35 percent from last year,
as the Laos-China Railway makes it easier for visitors to reach the country's main destinations, officials
said on Thursday.

The Lao Ministry of Information, Culture and Tourism said 3.9 million foreign visitors arrived in the first
nine months of the year, mostly from Thailand, China and Vietnam.

Souksavanh Vongphachanh, deputy director general of the ministry's tourism marketing department, said the
railway, which links Vientiane with the Chinese border via the ancient city of Luang Prabang, had become one of
the main ways tourists travel around the country.

"Many visitors now combine Vientiane, Vang Vieng and Luang Prabang in one trip because the train takes only a
few hours," he told Xinhua.

The railway carried more than 3.5 million cross-border and domestic passengers in the first ten months of the
year, according to the Laos-China Railway Company.

Tourism is one of the main sources of foreign currency for Laos, which is struggling with high inflation and a
weak kip.

Hotel owners in Luang Prabang said occupancy rates were close to full during the boat racing festival in
October, and many guesthouses had raised prices for the high season from November to February.

The government has extended visa-free entry for visitors from several countries and plans to simplify
electronic visa procedures next year.
"""),
        must_have=[
            "Tourism is one of the main sources of foreign currency for Laos, which is struggling with high inflation and a weak kip.",
            "The government has extended visa-free entry for visitors from several countries and plans to simplify "
            "electronic visa procedures next year.",
        ],
    ),
    # Interfax English (gzipped): "ASTANA. Oct 15 (Interfax) -" with a full stop after the city.
    dict(
        cluster="interfax-astana-grain-terminals",
        role="single",
        file="interfax_astana_caspian_grain_terminals.txt.gz",
        render="text",
        title="Kazakhstan to build three new grain terminals on Caspian coast",
        date="2024-10-15",
        dateline="ASTANA. Oct 15 (Interfax) - ",
        city="Astana",
        country="KZ",
        region="asia",
        agency="Interfax",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["INTERFAX", "News", "Central Asia", "Kazakhstan"]],
        head=[["15 October 2024 14:12"]],
        tail=[
            ["Tags:", "Kazakhstan, grain, Caspian, Aktau"],
            ["Subscribe to Interfax newsfeeds"],
            ["\u00a9 1991\u20142024 Interfax. All rights reserved. Any use of materials is permitted only with a hyperlink to Interfax."],
        ],
        paras=P("""
Kazakhstan plans to build three new grain terminals at the Caspian ports of Aktau and Kuryk by 2027 to increase
exports to Iran, Azerbaijan and the Persian Gulf countries, the Ministry of Agriculture said on Tuesday.

The terminals will have a combined storage capacity of 300,000 tonnes and be able to handle up to 3 million
tonnes of grain a year, the ministry said in a press release.

"The Caspian route allows us to reduce dependence on transit through third countries and deliver grain to
buyers in the south faster," Vice Minister of Agriculture Yerlan Sadvakasov said at a briefing.

Kazakhstan harvested a record 26.7 million tonnes of grain in clean weight this year, according to preliminary
data, raising concerns among farmers about a lack of storage and rail cars to move the crop to ports.

The ministry said two of the terminals would be built by private investors and one by the state-owned Food
Contract Corporation. Total investment is estimated at 85 billion tenge.

Kazakhstan exported around 11 million tonnes of grain and flour in the 2023/2024 marketing year, mainly to
Central Asian countries, Afghanistan, China and Iran.

Farmers' associations have asked the government to subsidize rail tariffs to Caspian ports during the peak
export season from October to March.
"""),
        must_have=[
            "Total investment is estimated at 85 billion tenge.",
            "Farmers' associations have asked the government to subsidize rail tariffs to Caspian ports during the peak "
            "export season from October to March.",
        ],
    ),
    # KNA on a Catholic portal: "Fulda \u2010" dateline (U+2010), caption and credit on two lines, "mal/KNA".
    dict(
        cluster="kna-fulda-pfarrhaeuser",
        role="single",
        file="kirchenportal_kna_fulda_pfarrhaeuser_de.txt",
        render="text",
        title="Bistum Fulda: Leerstehende Pfarrhäuser sollen Wohnraum werden",
        date="2024-06-12",
        dateline="Fulda \u2010 ",
        city="Fulda",
        country="DE",
        region="europe",
        agency="KNA",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        caption="Ein leerstehendes Pfarrhaus im Landkreis Fulda.",
        credit="KNA/Jörg Lohse",
        pre=[["Startseite", "Nachrichten", "Bistümer"]],
        head=[["Veröffentlicht am 12.06.2024 um 14:05 Uhr \u2013 Lesedauer: 2 MINUTEN"]],
        cap_lines=["Ein leerstehendes Pfarrhaus im Landkreis Fulda.", "Bild: \u00a9 KNA/Jörg Lohse"],
        tail=[
            ["mal/KNA"],
            ["Link kopieren"],
            ["Mehr zum Thema", "Bistum Limburg verkauft ehemaliges Priesterseminar", "Caritas fordert mehr sozialen Wohnungsbau"],
            ["Zur Übersicht"],
        ],
        paras=P("""
Das Bistum Fulda will leerstehende Pfarrhäuser künftig verstärkt als Wohnraum vermieten. Bis Ende 2026 sollen
mindestens 40 Gebäude, in denen keine Priester mehr wohnen, saniert und an Familien, Studierende oder
Geflüchtete vermietet werden, teilte das Bistum am Mittwoch mit.

Hintergrund ist der Rückgang der Zahl der Priester und die Zusammenlegung von Pfarreien. Von den rund 250
Pfarrhäusern im Bistum werde inzwischen etwa ein Drittel nicht mehr für die Seelsorge gebraucht, hieß es.

„Ein leeres Haus neben der Kirche ist kein gutes Zeichen für einen Ort“, sagte Generalvikar Thomas
Brenninger. Wo es möglich sei, wolle man die Gebäude in kirchlicher Hand behalten und sinnvoll nutzen, statt
sie zu verkaufen.

Für die Sanierungen stellt das Bistum in den kommenden drei Jahren rund 12 Millionen Euro bereit. Die
Vermietung soll über eine eigene Wohnungsgesellschaft laufen, die gemeinsam mit der Caritas gegründet wird.

In einigen Orten sind auch Kindertagesstätten, Arztpraxen oder Treffpunkte für Senioren in ehemaligen
Pfarrhäusern geplant. Die Pfarrgemeinderäte sollen bei der künftigen Nutzung mitentscheiden.

Auch andere Bistümer suchen nach neuen Verwendungen für ihre Immobilien. Mehrere Diözesen haben in den
vergangenen Jahren angekündigt, einen Teil ihrer Gebäude abzugeben oder umzubauen, weil Kirchensteuereinnahmen
und Mitgliederzahlen sinken.
"""),
        must_have=[
            "Für die Sanierungen stellt das Bistum in den kommenden drei Jahren rund 12 Millionen Euro bereit.",
            "Die Pfarrgemeinderäte sollen bei der künftigen Nutzung mitentscheiden.",
        ],
    ),
    # PAP on a Polish portal: no dateline, "Posłuchaj artykułu", "Autor: ... (PAP)" and desk slugs.
    dict(
        cluster="pap-gdansk-nocne-tramwaje",
        role="single",
        file="portalpomorski_pap_gdansk_nocne_tramwaje_pl.txt",
        render="text",
        title="Gdańsk: od maja nocne tramwaje w weekendy",
        date="2024-04-12",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency="PAP",
        authors=["Marta Zielińska"],
        editors=[],
        lang="pl",
        section=None,
        caption="Tramwaj na przystanku w centrum Gdańska.",
        credit="PAP/Adam Wójcik",
        pre=[["Wiadomości", "Kraj", "Pomorze", "Gdańsk"]],
        head=[["12.04.2024, 11:45"], ["Posłuchaj artykułu", "Czas czytania: 2 min"]],
        cap_lines=["Tramwaj na przystanku w centrum Gdańska. Fot. PAP/Adam Wójcik"],
        inserts={2: ["Czytaj także: Sopot zamknie molo dla rowerzystów w sezonie"]},
        tail=[
            ["Autor: Marta Zielińska (PAP)"],
            ["mzi/ mhr/"],
            ["Źródło: PAP"],
            ["Udostępnij", "Facebook", "X", "Kopiuj link"],
            ["Najczęściej czytane", "Gdynia: nowy terminal promowy gotowy przed wakacjami", "Pomorskie: utrudnienia na S7 do końca czerwca"],
        ],
        paras=P("""
Gdańskie Autobusy i Tramwaje od maja uruchomią nocne linie tramwajowe, które będą kursować w piątkowe i sobotnie
noce. Pierwsze składy wyjadą na trasy w nocy z 10 na 11 maja – poinformował w piątek Urząd Miejski w Gdańsku.

Według zapowiedzi tramwaje nocne będą jeździć co 30 minut między północą a godziną 4.30. Obsłużą dwie trasy: z
Oliwy przez Wrzeszcz do Śródmieścia oraz ze Śródmieścia na Chełm i Orunię.

„Mieszkańcy od dawna pytali o nocne tramwaje. Autobusy nocne są przepełnione, zwłaszcza w weekendy i w sezonie
turystycznym” – powiedział zastępca prezydenta Gdańska Tomasz Wierzbicki.

Miasto szacuje, że roczny koszt nowych kursów wyniesie około 3,2 mln zł. Pilotaż potrwa do końca września, a
jego dalsze losy zależą od liczby pasażerów.

Nocne linie autobusowe będą kursować bez zmian. Bilety na tramwaje nocne będą takie same jak w komunikacji
dziennej, a w pojazdach pojawią się dodatkowe patrole straży miejskiej.

Gdańsk ma obecnie 12 linii tramwajowych, z których korzysta średnio około 200 tys. pasażerów dziennie. W
ostatnich latach miasto zbudowało nowe odcinki torowisk, m.in. na Południe, i kupiło kilkadziesiąt nowych
niskopodłogowych składów.
"""),
        must_have=[
            "Miasto szacuje, że roczny koszt nowych kursów wyniesie około 3,2 mln zł.",
            "Nocne linie autobusowe będą kursować bez zmian.",
        ],
    ),
    # Reuters 2025 page (Helsinki), original scrape.
    dict(
        HELSINKI,
        role="original",
        file="reuters_helsinki_data_centre_heat.txt",
        head=[["By Elina Vartiainen"], ["March 11, 2025 10:16 AM GMT+2", "Updated 6 hours ago"]],
        tail=[
            ["Reporting by Elina Vartiainen; Editing by Tomasz Weir"],
            ["Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
            ["Read Next", "Nordic power prices slide as wind output surges", "Sweden's Vattenfall to build small reactors at Ringhals"],
        ],
    ),
    # The same Reuters page fetched again: NBSPs, curly quotes, hard wraps, CRLF, gzip.
    dict(
        HELSINKI,
        role="rescrape",
        file="reuters_helsinki_data_centre_heat_rescrape.txt.gz",
        noise=True,
        head=[["By Elina Vartiainen"], ["March 11, 2025 10:16 AM GMT+2", "Updated March 12, 2025"]],
        tail=[
            ["Reporting by Elina Vartiainen; Editing by Tomasz Weir"],
            ["Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
            ["Read Next", "Finland's Fortum sees lower power output after dry winter"],
        ],
    ),
    # EFE on a Colombian portal: "Bogotá, 18 sep (EFE).-", "Le puede interesar:", EFE desk slug.
    dict(
        cluster="efe-bogota-ciclorrutas",
        role="single",
        file="capitalaldia_efe_bogota_ciclorrutas_es.txt",
        render="text",
        title="Bogotá construirá 80 kilómetros de nuevas ciclorrutas hasta 2027",
        date="2024-09-18",
        dateline="Bogotá, 18 sep (EFE).- ",
        city="Bogotá",
        country="CO",
        region="americas",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        caption="Ciclistas transitan por una ciclorruta en el norte de Bogotá, en una fotografía de archivo.",
        credit="EFE/Julián Barrera",
        pre=[["Inicio", "Colombia", "Bogotá"]],
        head=[["Por: Agencia EFE"], ["18 de septiembre de 2024 - 4:35 p. m."], ["Escuchar este artículo"]],
        cap_lines=["Ciclistas transitan por una ciclorruta en el norte de Bogotá, en una fotografía de archivo. EFE/Julián Barrera"],
        inserts={2: ["Le puede interesar: Estas son las vías cerradas en Bogotá por obras del metro"]},
        tail=[
            ["EFE", "jgt/mcd"],
            ["Síganos en nuestro canal de WhatsApp"],
            ["Temas relacionados", "Bogotá", "Movilidad", "Bicicletas"],
            ["Más noticias", "Medellín amplía el horario del metro durante la feria de las flores", "Cali estrena buses eléctricos en el MIO"],
        ],
        paras=P("""
La Alcaldía de Bogotá anunció este miércoles que construirá 80 kilómetros de nuevas ciclorrutas hasta 2027, con
lo que la red de la capital colombiana superará los 700 kilómetros y se consolidará como una de las más extensas
de América Latina.

Según la Secretaría de Movilidad, las obras se concentrarán en las localidades de Bosa, Kennedy, Suba y Usme,
donde viven cientos de miles de trabajadores que se desplazan a diario en bicicleta hacia el centro y el norte de
la ciudad.

"La bicicleta no es un lujo en Bogotá, es el medio de transporte de quienes tienen que cuidar cada peso", dijo a
EFE la secretaria de Movilidad, Claudia Restrepo.

En la ciudad se realizan cerca de 880.000 viajes diarios en bicicleta, de acuerdo con la última encuesta de
movilidad, una cifra que se ha duplicado en la última década.

El plan, que tendrá un costo de unos 420.000 millones de pesos (unos 100 millones de dólares), incluye también
15 nuevos cicloparqueaderos junto a estaciones de TransMilenio y del futuro metro.

Colectivos de ciclistas celebraron el anuncio, pero pidieron mejorar la seguridad en los corredores existentes,
donde se registran con frecuencia robos de bicicletas y accidentes con vehículos de carga.

El año pasado murieron 64 ciclistas en las vías de Bogotá, según cifras oficiales.
"""),
        must_have=[
            "El plan, que tendrá un costo de unos 420.000 millones de pesos (unos 100 millones de dólares), incluye "
            "también 15 nuevos cicloparqueaderos junto a estaciones de TransMilenio y del futuro metro.",
            "El año pasado murieron 64 ciclistas en las vías de Bogotá, según cifras oficiales.",
        ],
    ),
    # Bloomberg web page: no dateline, EDT stamp, "Photographer:" credit, "Read More:" line, "— With assistance from".
    dict(
        cluster="bloomberg-buenos-aires-subway-fares",
        role="single",
        file="bloomberg_buenos_aires_subway_fares.txt",
        render="text",
        title="Buenos Aires Raises Subway Fares Again as Transit Subsidies Shrink",
        date="2024-05-06",
        dateline="",
        city=None,
        country="AR",
        region="americas",
        agency="Bloomberg",
        authors=["Lucía Ferraro", "Tomás Gallardo", "Pedro Ruiz"],
        editors=[],
        lang="en",
        section=None,
        caption="Commuters at the Retiro station in Buenos Aires.",
        credit="Martina Ibarra/Bloomberg",
        pre=[["Bloomberg", "Economics", "Latin America"]],
        head=[["By Lucía Ferraro and Tomás Gallardo"], ["May 6, 2024 at 2:41 PM EDT"], ["Save", "Gift this article"]],
        cap_lines=["Commuters at the Retiro station in Buenos Aires.", "Photographer: Martina Ibarra/Bloomberg"],
        inserts={3: ["Read More: Argentina Inflation Slows for Fourth Month as Spending Cuts Bite"]},
        tail=[
            ["\u2014 With assistance from Pedro Ruiz"],
            ["Have a confidential tip for our reporters? Get in Touch"],
            ["Before it's here, it's on the Bloomberg Terminal", "LEARN MORE"],
        ],
        paras=P("""
Buenos Aires will raise subway fares by almost 40% next month, the second increase this year, as Argentina's
national government cuts the transport subsidies that kept tickets among the cheapest in Latin America for two
decades.

A single ride on the city's six subway lines will cost 757 pesos (85 US cents) from June 1, the city government
said in its official bulletin on Monday. Fares have risen more than fivefold since December.

The increases are part of a broader shift of transit costs from the federal Treasury to riders and local
governments. President Javier Milei's administration has slashed energy and transport subsidies as it seeks to
balance the budget and bring down inflation, which reached almost 290% in the year through March.

"Passengers are paying more, but the service still needs years of investment," said Florencia Aguirre, a
transport analyst at consulting firm Movilidad Urbana. "The question is whether ridership holds up."

Subway ridership fell about 12% in the first quarter from a year earlier, according to city data, as falling
real wages pushed some commuters to walk, cycle or share car rides.

Bus fares in the metropolitan area, which are set separately for lines regulated by the national government,
the province and the city, have also climbed sharply since January.

The city said it would keep discounts for students, retirees and frequent riders, who pay less after 20 trips a
month.
"""),
        must_have=[
            "Fares have risen more than fivefold since December.",
            "The city said it would keep discounts for students, retirees and frequent riders, who pay less after 20 trips a month.",
        ],
    ),
    # Staff copy, Samoan news site: no dateline, "Photo:" credit, comment widget.
    dict(
        cluster="apiatribune-savalalo-fish-market",
        role="single",
        file="apiatribune_savalalo_fish_market.txt",
        render="text",
        title="Apia's new fish market to open in July after delays",
        date="2024-05-12",
        dateline="",
        city=None,
        country="WS",
        region="oceania",
        agency=None,
        authors=["Losa Fa'aofo"],
        editors=[],
        lang="en",
        section=None,
        caption="The new fish market building at Savalalo, Apia.",
        credit="Fa'afetai Leota",
        pre=[["Latest", "Samoa", "Pacific", "Business", "Sports", "Opinion"]],
        head=[["By Losa Fa'aofo"], ["12 May 2024, 2:00PM"]],
        cap_lines=["The new fish market building at Savalalo, Apia. Photo: Fa'afetai Leota"],
        inserts={3: ["Subscribe to our digital edition"]},
        tail=[
            ["Related Stories", "Fuel prices drop for May", "Manono ferry back in service after repairs"],
            ["0 Comments", "Sign in to comment"],
            ["\u00a9 2024 Apia Tribune. All Rights Reserved."],
        ],
        paras=P("""
The new Apia fish market at Savalalo will open to vendors and the public in July, nearly a year later than
planned, the Ministry of Agriculture and Fisheries has confirmed.

The two-storey building, funded with a WS$14 million grant from a development partner, includes 60 stalls,
cold storage rooms, an ice-making plant and a wharf where small fishing boats can unload their catch.

Assistant chief executive officer for fisheries, Tavita Leaupepe, said delays in the delivery of refrigeration
equipment had pushed back the opening date.

"We wanted to open last year, but there was no point opening a fish market without working freezers," he said.
"Everything is now installed and being tested."

Fish vendors have been selling from temporary stalls and the back of vehicles along the Apia seawall since the
old market was demolished in 2022.

Vendor Sina Tapusoa, who sells tuna and reef fish with her husband, said business had been difficult at the
roadside. "When it rains, customers don't stop, and we have nowhere to keep the fish cold," she said.

Stall fees at the new market will be set at WS$25 a week, the Ministry said. Vendors will be allocated stalls
through a ballot later this month.

The ministry said a section of the market would be reserved for handicraft sellers and food stalls to attract
tourists from the nearby cruise ship terminal.
"""),
        must_have=[
            "Stall fees at the new market will be set at WS$25 a week, the Ministry said.",
            "Vendors will be allocated stalls through a ballot later this month.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_APS = dict(
    name="Algérie Presse Service",
    home="https://www.aps.example.dz",
    title_suffix=" | APS",
    locale="fr_DZ",
    twitter="@APS_Algerie",
    body_class="page-article",
    article_class="itemView",
    body_class_inner="itemFullText",
    cookie=None,
    top_links=["عربي", "Tamazight", "English", "Español"],
    nav=["Algérie", "Economie", "Régions", "Monde", "Sport", "Culture", "Santé-Science-Technologie"],
    share=["Partager", "Facebook", "X", "Imprimer"],
    footer=["Algérie Presse Service \u00a9 2024 Tous droits réservés.", "Qui sommes nous", "Contact", "Plan du site"],
)

SITE_WINDHOEK = dict(
    name="The Windhoek Courier",
    home="https://www.windhoekcourier.example.com.na",
    title_suffix=" - The Windhoek Courier",
    locale="en_NA",
    twitter="@WhkCourier",
    body_class="single single-post",
    article_class="td-post-content-wrap",
    body_class_inner="td-post-content",
    cookie="This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
    cookie_buttons=["Accept", "Read More"],
    top_links=["E-Edition", "Advertise"],
    nav=["News", "Regions", "Business", "Sport", "Youth", "Opinion", "Classifieds"],
    share=["Facebook", "X", "WhatsApp", "Telegram"],
    footer=["\u00a9 2024 The Windhoek Courier. All rights reserved.", "About", "Contact us", "Terms"],
)

SITE_AGBR = dict(
    name="Agência Brasil",
    home="https://agenciabrasil.example.com.br",
    title_suffix=" | Agência Brasil",
    locale="pt_BR",
    twitter="@agenciabrasil",
    body_class="node-type-noticia",
    article_class="conteudo-noticia",
    body_class_inner="post-item-wrap",
    cookie="Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, "
    "ao continuar navegando, você concorda com estas condições.",
    cookie_buttons=["Prosseguir"],
    top_links=["Rádio Agência", "TV Brasil", "EBC"],
    nav=["Últimas", "Política", "Economia", "Geral", "Direitos Humanos", "Internacional", "Meio Ambiente", "Saúde"],
    share=["Compartilhe:", "Facebook", "X", "WhatsApp", "Telegram"],
    footer=[
        "Todo o conteúdo deste site está publicado sob a Licença Creative Commons Atribuição 4.0 Internacional, "
        "exceto quando especificado em contrário.",
        "Quem somos",
        "Fale conosco",
        "Ouvidoria",
    ],
)

SITE_EP = dict(
    name="Europa Press",
    home="https://www.europapress.example.es",
    title_suffix="",
    locale="es_ES",
    twitter="@europapress",
    body_class="noticia-detalle",
    article_class="NormalTextoNoticia",
    body_class_inner="CuerpoNoticiaDetalle",
    cookie_title="Su privacidad es importante para nosotros",
    cookie="Nosotros y nuestros socios almacenamos o accedemos a información en un dispositivo, tales como cookies, y "
    "procesamos datos personales, tales como identificadores únicos e información estándar enviada por un dispositivo.",
    cookie_buttons=["ACEPTO", "MÁS OPCIONES"],
    top_links=["Ediciones", "Comunicados", "Suscríbete"],
    nav=["Nacional", "Internacional", "Economía", "Sociedad", "Comunidad Valenciana", "Deportes", "Cultura"],
    share=["Compartir en Facebook", "Compartir en X", "Compartir en WhatsApp"],
    footer=["\u00a9 2024 Europa Press. Está expresamente prohibida la redistribución y la redifusión de este contenido sin su previo y expreso consentimiento.", "Aviso legal", "Política de cookies", "Contacto"],
)

SITE_BRNO = dict(
    name="Brněnský deník online",
    home="https://www.brnenskyonline.example.cz",
    title_suffix=" | Brněnský deník online",
    locale="cs_CZ",
    twitter="@BrnoOnline",
    body_class="article-page",
    article_class="article",
    body_class_inner="article-body",
    cookie_title="Vážíme si vašeho soukromí",
    cookie="K personalizaci obsahu a reklam, poskytování funkcí sociálních médií a analýze naší návštěvnosti využíváme soubory cookie.",
    cookie_buttons=["Souhlasím", "Nastavení"],
    top_links=["Předplatné", "Přihlásit"],
    nav=["Zprávy", "Brno", "Jižní Morava", "Sport", "Kultura", "Ekonomika"],
    share=["Sdílet", "Facebook", "X", "Kopírovat odkaz"],
    footer=["\u00a9 2024 Brněnský deník online. Všechna práva vyhrazena.", "Kontakty", "Reklama", "Ochrana osobních údajů"],
)

SITE_ANSA = dict(
    name="ANSA.it",
    home="https://www.ansa.example.it",
    title_suffix=" - Veneto - ANSA.it",
    locale="it_IT",
    twitter="@Agenzia_Ansa",
    body_class="news-page",
    article_class="news-detail",
    body_class_inner="news-txt",
    cookie_title="Questo sito utilizza cookie",
    cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo "
    "consenso, anche per altre finalità come specificato nella cookie policy.",
    cookie_buttons=["Accetta", "Rifiuta", "Personalizza"],
    top_links=["ANSA English", "Abbonati"],
    nav=["Cronaca", "Politica", "Economia", "Mondo", "Regioni", "Sport", "Cultura"],
    share=["Condividi", "Facebook", "X", "WhatsApp"],
    footer=["P.I. 00876481003 - \u00a9 Copyright ANSA - Tutti i diritti riservati", "Chi siamo", "Contatti", "Privacy"],
)

SITE_STUFF = dict(
    name="Stuff",
    home="https://www.stuff.example.co.nz",
    title_suffix=" | Stuff",
    locale="en_NZ",
    twitter="@NZStuff",
    body_class="article-page",
    article_class="stuff-article",
    body_class_inner="stuff-article__body",
    cookie=None,
    top_links=["Sign in", "Newsletters"],
    nav=["Home", "Nelson Mail", "National", "World", "Climate Change", "Business", "Sport"],
    share=["Share", "Facebook", "X", "Email", "Copy link"],
    footer=["\u00a9 2024 Stuff Limited", "Terms and conditions", "Privacy policy", "Complaints and feedback"],
)

SITE_KYODO = dict(
    name="Kyodo News+",
    home="https://english.kyodonews.example.net",
    title_suffix=" - Kyodo News Plus",
    locale="en_US",
    twitter="@kyodo_english",
    body_class="article-page",
    article_class="article-body-wrap",
    body_class_inner="article-body",
    cookie=None,
    top_links=["Japanese", "Chinese", "Japan Wire"],
    nav=["Japan", "World", "Business", "Sports", "Travel", "Arts", "Feature"],
    share=["Share", "Facebook", "X", "Line"],
    footer=["\u00a9 Kyodo News. All Rights Reserved. No reproduction or republication without written permission.", "About us", "Contact", "Privacy Policy"],
)

SITE_ANTARA = dict(
    name="ANTARA News",
    home="https://en.antaranews.example.com",
    title_suffix=" - ANTARA News",
    locale="en_US",
    twitter="@antaranews",
    body_class="news-detail",
    article_class="wrap__article-detail",
    body_class_inner="post-content",
    cookie=None,
    top_links=["Indonesian", "Photo", "Video"],
    nav=["Indonesia", "Business", "World", "Sports", "Features", "Opinion", "Environment"],
    share=["Share", "Facebook", "X", "WhatsApp", "Copy link"],
    footer=["Copyright \u00a9 2024 ANTARA", "About us", "Contact us", "Terms of use"],
)

HTML_STORIES = [
    # -- APS in French: "ORAN - " dateline, "Publié le :" stamp, agency-only byline ------
    dict(
        cluster="aps-oran-dessalement",
        role="single",
        file="aps_oran_dessalement_cap_blanc_fr.html",
        render="html",
        site=SITE_APS,
        title="Oran: la station de dessalement de Cap Blanc entrera en service en juin",
        date="2024-03-18",
        dateline="ORAN - ",
        city="Oran",
        country="DZ",
        region="africa",
        agency="APS",
        authors=[],
        editors=[],
        lang="fr",
        section="Régions",
        meta_section="Régions",
        url="https://www.aps.example.dz/regions/165432-oran-la-station-de-dessalement-de-cap-blanc-entrera-en-service-en-juin",
        description="D'une capacité de 300.000 m3/jour, la station alimentera près d'un million d'habitants.",
        published="2024-03-18T16:40:00+01:00",
        modified="2024-03-18T17:05:00+01:00",
        ld_author=[{"@type": "Organization", "name": "APS"}],
        breadcrumbs=["Accueil", "Régions"],
        date_lines=["Publié le : lundi, 18 mars 2024 16:40"],
        tags=("Mots-clés :", ["Oran", "Dessalement", "Ressources en eau"]),
        lists=[("Les plus lus", ["Ramadhan: les horaires de travail fixés", "Tlemcen: lancement des travaux du nouveau barrage"])],
        paras=P("""
La station de dessalement d'eau de mer de Cap Blanc, dans la wilaya d'Oran, entrera en service au mois de juin
prochain, a annoncé lundi le directeur local des ressources en eau, Mohamed Benaïssa.

D'une capacité de production de 300.000 mètres cubes par jour, la nouvelle station permettra d'alimenter en eau
potable près d'un million d'habitants des communes de l'ouest de la wilaya, a précisé le responsable lors d'une
visite d'inspection du chantier.

Les travaux ont atteint un taux d'avancement de 92 %, selon la même source, qui a fait état de l'achèvement des
conduites de transfert reliant la station aux réservoirs de Aïn El Turck et de Bousfer.

La mise en service de cette installation permettra de réduire la dépendance de la région aux barrages, dont le
taux de remplissage a fortement baissé en raison du déficit pluviométrique enregistré ces dernières années.

L'Algérie compte actuellement une vingtaine de stations de dessalement en exploitation, et le programme national
prévoit la réalisation de plusieurs nouvelles stations afin de porter la part de l'eau dessalée à 60 % de la
consommation nationale.

Le directeur a indiqué, par ailleurs, qu'une brigade de contrôle sera mobilisée durant l'été pour lutter contre
les branchements illicites sur le réseau de distribution.
"""),
        must_have=[
            "Les travaux ont atteint un taux d'avancement de 92 %, selon la même source, qui a fait état de l'achèvement "
            "des conduites de transfert reliant la station aux réservoirs de Aïn El Turck et de Bousfer.",
            "Le directeur a indiqué, par ailleurs, qu'une brigade de contrôle sera mobilisée durant l'été pour lutter "
            "contre les branchements illicites sur le réseau de distribution.",
        ],
    ),
    # -- Staff copy, Namibian WordPress site (gzipped): no dateline, "Photo:" credit ------
    dict(
        cluster="windhoekcourier-communal-toilets",
        role="single",
        file="windhoekcourier_informal_settlement_toilets.html.gz",
        render="html",
        site=SITE_WINDHOEK,
        title="Windhoek to build 40 communal toilet blocks in informal settlements before rainy season",
        date="2024-10-08",
        dateline="",
        city=None,
        country="NA",
        region="africa",
        agency=None,
        authors=["Tuyeni Hamutenya"],
        editors=[],
        lang="en",
        section="Local News",
        meta_section="Local News",
        url="https://www.windhoekcourier.example.com.na/2024/10/08/windhoek-to-build-40-communal-toilet-blocks/",
        description="The N$18 million project targets the Moses Garoëb and Samora Machel constituencies.",
        published="2024-10-08T06:00:00+02:00",
        modified="2024-10-08T09:31:00+02:00",
        meta_author="Tuyeni Hamutenya",
        byline_lines=["Tuyeni Hamutenya"],
        date_lines=["08 Oct 2024 | 06:00"],
        above_body=[("reading-time", "2 min read")],
        caption="Residents fetch water at a communal tap in the Havana informal settlement, Windhoek.",
        credit="Hilma Nangolo",
        credit_shown="Photo: Hilma Nangolo",
        inserts={3: [("ad", "ADVERTISEMENT")]},
        lists=[("Trending", ["Swakopmund beachfront project approved", "NamPower warns of load-shedding risk"])],
        comments=["Comments (2)", "Leave a Reply Cancel reply"],
        paras=P("""
The City of Windhoek says it will build 40 communal toilet blocks in informal settlements in the Moses Garoëb and
Samora Machel constituencies before the start of the rainy season in December.

City spokesperson Lucia Nangombe said the project, worth N$18 million, is funded by the municipality and the
Ministry of Urban and Rural Development. Each block will have six flushing toilets, hand-washing basins and a
water point.

About 40% of Windhoek's residents live in informal settlements on the northern and western edges of the city,
many of them without access to private sanitation, according to municipal estimates.

"People are forced to use the bush, which is a danger to their health and their safety, especially for women
and children at night," Nangombe said.

Community activist Josef Haufiku welcomed the plan but said the city should also employ residents to clean the
facilities. "We have seen toilets built before that were closed after a few months because nobody looked after
them," he said.

The city has been battling outbreaks of hepatitis E in informal settlements since 2017, an illness linked to poor
sanitation and contaminated water.

Nangombe said contractors had already been appointed and construction would start next week. Solar lights will
also be installed at each block to improve safety after dark.
"""),
        must_have=[
            "The city has been battling outbreaks of hepatitis E in informal settlements since 2017, an illness linked to "
            "poor sanitation and contaminated water.",
            "Solar lights will also be installed at each block to improve safety after dark.",
        ],
    ),
    # -- Agência Brasil's own page: kicker, "Publicado em", "Por ... - Repórter da Agência Brasil - Belém", "Edição:" --
    dict(
        BELEM,
        role="original",
        file="agenciabrasil_belem_onibus_eletricos_cop30_pt.html",
        render="html",
        site=SITE_AGBR,
        title="Belém vai receber 250 ônibus elétricos antes da COP30",
        section="Meio Ambiente",
        meta_section="Meio Ambiente",
        url="https://agenciabrasil.example.com.br/meio-ambiente/noticia/2024-08/belem-vai-receber-250-onibus-eletricos-antes-da-cop30",
        description="Veículos vão substituir parte da frota a diesel em linhas para Icoaraci, Mosqueiro e o aeroporto.",
        dek="Veículos vão substituir parte da frota a diesel em linhas para Icoaraci, Mosqueiro e o aeroporto",
        published="2024-08-14T18:12:00-03:00",
        modified="2024-08-14T18:12:00-03:00",
        meta_author="Rafael Medeiros",
        kicker="Meio Ambiente",
        date_lines=["Publicado em 14/08/2024 - 18:12"],
        byline_lines=["Por Rafael Medeiros - Repórter da Agência Brasil - Belém"],
        caption="Belém (PA), 13/08/2024 - Ônibus no terminal de Icoaraci, em Belém.",
        credit="Bruno Lacerda/Agência Brasil",
        credit_shown="Foto: Bruno Lacerda/Agência Brasil",
        end_lines=["Edição: Heloísa Cordeiro"],
        tags=("Tags:", ["COP30", "Belém", "Ônibus elétricos", "Mobilidade urbana"]),
        lists=[("Mais lidas", ["Inscrições para o Enem 2024 terminam nesta sexta", "Governo anuncia novo leilão de energia"])],
    ),
    # -- Europa Press: "VALÈNCIA, 22 Jul. (EUROPA PRESS) -", regional-desk byline, consent wall --
    dict(
        cluster="europapress-valencia-refugios-climaticos",
        role="single",
        file="europapress_valencia_refugios_climaticos_es.html",
        render="html",
        site=SITE_EP,
        title="València abre 90 refugios climáticos para protegerse del calor en los episodios de temperaturas extremas",
        date="2024-07-22",
        dateline="VALÈNCIA, 22 Jul. (EUROPA PRESS) - ",
        city="Valencia",
        country="ES",
        region="europe",
        agency="Europa Press",
        authors=[],
        editors=[],
        lang="es",
        section="Comunidad Valenciana",
        meta_section="Comunidad Valenciana",
        url="https://www.europapress.example.es/comunitat-valenciana/noticia-valencia-abre-90-refugios-climaticos-calor-20240722134800.html",
        description="Bibliotecas, centros de mayores, museos y polideportivos abrirán en horario ampliado con avisos naranja o rojo.",
        dek="Bibliotecas, centros de mayores y polideportivos abrirán en horario ampliado con avisos naranja o rojo por calor",
        published="2024-07-22T13:48:00+02:00",
        modified="2024-07-22T13:48:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Europa Press"}],
        byline_lines=["EUROPA PRESS COMUNITAT VALENCIANA"],
        date_lines=["Publicado: lunes, 22 julio 2024 13:48"],
        caption="Una mujer se refresca en una fuente de la plaza del Ayuntamiento de València.",
        credit="Rober Sáez - Europa Press",
        credit_shown="Rober Sáez - Europa Press",
        inserts={2: [("ad", "Publicidad")]},
        tags=("Temas", ["Calor", "Ola de calor", "Ayuntamiento de València"]),
        lists=[("Lo más leído", ["Alerta naranja por temperaturas de hasta 42 grados en el interior", "La EMT refuerza las líneas a las playas"])],
        paras=P("""
El Ayuntamiento de València ha activado este lunes su plan de refugios climáticos, que abrirá 90 espacios públicos
con aire acondicionado para que la población pueda protegerse del calor durante los episodios de temperaturas
extremas, según ha informado el consistorio en un comunicado.

La red incluye bibliotecas municipales, centros de mayores, museos y polideportivos repartidos por todos los
distritos de la ciudad, además de una docena de parques con zonas de sombra y fuentes de agua potable.

La concejala de Bienestar Social, Marta Llorens, ha explicado que los refugios permanecerán abiertos en horario
ampliado, hasta las 21.00 horas, cuando la Agencia Estatal de Meteorología (AEMET) active avisos naranja o rojo
por calor en la ciudad.

"Queremos que ninguna persona mayor o vulnerable tenga que pasar las horas centrales del día en una vivienda que
no puede refrigerar", ha señalado Llorens.

El consistorio ha habilitado un mapa interactivo en su página web y en la aplicación municipal para consultar la
ubicación y el horario de cada espacio.

Según datos del sistema de vigilancia de la mortalidad diaria, el exceso de mortalidad atribuible al calor en la
Comunitat Valenciana superó las 400 personas el pasado verano.

Además, los servicios sociales realizarán llamadas diarias a unas 3.000 personas mayores que viven solas para
comprobar su estado durante las olas de calor.
"""),
        must_have=[
            "El consistorio ha habilitado un mapa interactivo en su página web y en la aplicación municipal para consultar "
            "la ubicación y el horario de cada espacio.",
            "Además, los servicios sociales realizarán llamadas diarias a unas 3.000 personas mayores que viven solas para "
            "comprobar su estado durante las olas de calor.",
        ],
    ),
    # -- ČTK on a Czech regional site: "Brno - " dateline, "Foto: ČTK/..." credit, "Zdroj: ČTK" --
    dict(
        cluster="ctk-brno-studentske-jizdne",
        role="single",
        file="brnenskyonline_ctk_brno_studentske_jizdne_cs.html",
        render="html",
        site=SITE_BRNO,
        title="Brno od září zlevní roční jízdenku pro studenty do 26 let",
        date="2024-06-18",
        dateline="Brno - ",
        city="Brno",
        country="CZ",
        region="europe",
        agency="ČTK",
        authors=[],
        editors=[],
        lang="cs",
        section="Brno",
        meta_section="Brno",
        url="https://www.brnenskyonline.example.cz/brno/brno-od-zari-zlevni-rocni-jizdenku-pro-studenty-do-26-let-20240618.html",
        description="Cena ročního kupónu pro studenty klesne z 1275 na 990 korun.",
        published="2024-06-18T15:20:00+02:00",
        modified="2024-06-18T16:02:00+02:00",
        ld_author=[{"@type": "Organization", "name": "ČTK"}],
        byline_lines=["ČTK"],
        date_lines=["18. června 2024 15:20"],
        above_body=[("listen", "Poslechněte si článek"), ("reading-time", "Čtení na 2 minuty")],
        caption="Tramvaj na Náměstí Svobody v Brně.",
        credit="ČTK/Lukáš Dvořák",
        credit_shown="Foto: ČTK/Lukáš Dvořák",
        below_body=[("source", "Zdroj: ČTK")],
        tags=("Témata:", ["Brno", "MHD", "Studenti"]),
        lists=[("Nejčtenější", ["Na dálnici D1 u Brna se tvoří kolony", "Brněnská přehrada: sinice se letos objevily dříve"])],
        paras=P("""
Studenti do 26 let budou od září platit za jízdu brněnskou městskou hromadnou dopravou méně. Cena ročního kupónu
pro ně klesne z 1275 na 990 korun, rozhodli dnes brněnští radní.

Sleva se bude vztahovat na všechny studenty denního studia s trvalým pobytem v Brně i na ty, kteří jsou ve městě
přihlášeni jen na koleji. Podle radnice by ji mohlo využít až 60.000 lidí.

„Chceme, aby studenti po škole v Brně zůstávali, a levnější doprava je jedním z kroků, jak jim život ve městě
usnadnit,“ uvedla náměstkyně primátorky Jana Kořínková.

Město počítá s tím, že ho sleva přijde ročně zhruba na 25 milionů korun. Rozdíl v tržbách uhradí dopravnímu
podniku z rozpočtu.

Brněnská MHD přepraví ročně přes 350 milionů cestujících. Ceny jízdného naposledy vzrostly na začátku loňského
roku kvůli dražší energii.

Jednotlivé jízdenky a kupóny pro ostatní cestující se měnit nebudou. Radní zároveň schválili prodloužení provozu
nočních linek o víkendech během letních prázdnin.

Studentské organizace krok přivítaly, podle nich by ale město mělo zlevnit také krátkodobé jízdenky, které
studenti z jiných krajů kupují nejčastěji.
"""),
        must_have=[
            "Rozdíl v tržbách uhradí dopravnímu podniku z rozpočtu.",
            "Ceny jízdného naposledy vzrostly na začátku loňského roku kvůli dražší energii.",
        ],
    ),
    # -- ANSA's own regional page: "(ANSA) - VERONA, 05 FEB -", "© ANSA" credit, embed link --
    dict(
        cluster="ansa-verona-rastrelliere",
        role="single",
        file="ansa_verona_rastrelliere_bici_it.html",
        render="html",
        site=SITE_ANSA,
        title="Verona, 300 nuove rastrelliere per bici vicino a stazioni e università",
        date="2024-02-05",
        dateline="(ANSA) - VERONA, 05 FEB - ",
        city="Verona",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section="Veneto",
        meta_section="Veneto",
        url="https://www.ansa.example.it/veneto/notizie/2024/02/05/verona-300-nuove-rastrelliere-per-bici-vicino-a-stazioni-e-universita_5b1e2c.html",
        description="Due velostazioni custodite a Porta Nuova e Porta Vescovo.",
        published="2024-02-05T13:42:00+01:00",
        modified="2024-02-05T13:42:00+01:00",
        ld_author=[{"@type": "Organization", "name": "ANSA"}],
        breadcrumbs=["ANSA.it", "Veneto"],
        byline_lines=["Redazione ANSA", "VERONA"],
        date_lines=["05 febbraio 2024, 13:42"],
        caption="Biciclette parcheggiate davanti alla stazione di Verona Porta Nuova",
        credit="ANSA",
        credit_shown="\u00a9 ANSA",
        above_body=[("embed", "Ottieni il codice embed")],
        below_body=[("copyright", "RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA")],
        tags=("Argomenti", ["Verona", "biciclette", "mobilità sostenibile"]),
        lists=[("Ultima ora", ["Venezia, ticket d'accesso: al via le prenotazioni", "Vicenza, chiuso per lavori il ponte degli Angeli"])],
        paras=P("""
Il Comune di Verona installerà entro l'estate 300 nuove rastrelliere per biciclette, per un totale di circa 1.800
posti, nelle zone delle stazioni ferroviarie, dell'università e degli ospedali. Lo ha annunciato l'assessora alla
Mobilità, Chiara Benedetti.

L'intervento, finanziato con 620mila euro di fondi del Pnrr, prevede anche due velostazioni custodite, una a Porta
Nuova e una a Porta Vescovo, dove sarà possibile lasciare la bici al coperto e ricaricare quelle elettriche.

"Molti pendolari ci chiedono di poter arrivare in stazione in bicicletta senza il timore di trovarla rubata al
ritorno", ha spiegato Benedetti.

Secondo i dati del Comune, i furti di biciclette denunciati in città sono stati oltre 900 nel 2023, la maggior
parte nei pressi della stazione di Porta Nuova.

Le velostazioni saranno accessibili con un abbonamento mensile di 5 euro, gratuito per gli studenti universitari.
Le associazioni ciclistiche hanno accolto con favore il piano, chiedendo però di accelerare i lavori sulle piste
ciclabili lungo l'Adige.

Il piano rientra nel Biciplan approvato lo scorso anno, che punta a raddoppiare entro il 2030 la quota di
spostamenti in bicicletta, oggi ferma a circa il 7%.
"""),
        must_have=[
            "Secondo i dati del Comune, i furti di biciclette denunciati in città sono stati oltre 900 nel 2023, la "
            "maggior parte nei pressi della stazione di Porta Nuova.",
            "Le velostazioni saranno accessibili con un abbonamento mensile di 5 euro, gratuito per gli studenti universitari.",
        ],
    ),
    # -- Stuff-style page: name + role byline, audio player, newsletter promo mid-body ---
    dict(
        cluster="stuff-nelson-tahunanui-parking",
        role="single",
        file="stuff_nelson_tahunanui_paid_parking.html",
        render="html",
        site=SITE_STUFF,
        title="Nelson council proposes paid parking trial at Tāhunanui Beach",
        date="2024-06-04",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Tessa Ruawai"],
        editors=[],
        lang="en",
        section="Nelson Mail",
        meta_section="Nelson Mail",
        url="https://www.stuff.example.co.nz/nelson-mail/350301874/nelson-council-proposes-paid-parking-trial-tahunanui-beach",
        description="Visitors could pay $2 an hour to park at the beach this summer.",
        dek="Visitors could pay $2 an hour to park at the beach this summer, with residents exempt.",
        published="2024-06-04T05:00:00+12:00",
        modified="2024-06-04T08:15:00+12:00",
        meta_author="Tessa Ruawai",
        byline_lines=["Tessa Ruawai", "Nelson reporter"],
        date_lines=["4 Jun 2024 5.00am"],
        above_body=[("audio-player", "Listen to this story \u00b7 3 min")],
        caption="Cars fill the car park at Tāhunanui Beach on a summer weekend.",
        credit="Kate Mahuika/Stuff",
        credit_shown="Kate Mahuika/Stuff",
        inserts={
            2: [("ad", "Advertisement")],
            4: [("promo", ["Top of the South", "Get the day's news from Nelson, Tasman and Marlborough in your inbox.", "Sign up now"])],
        },
        tags=("Topics", ["Nelson", "Parking", "Local government"]),
        lists=[("Most read", ["Rain warning for Tasman as front moves in", "Motueka High School gets new gym"])],
        paras=P("""
Visitors to Tāhunanui Beach could be paying to park for the first time this summer under a trial proposed by
Nelson City Council.

Council staff have recommended charging $2 an hour at the beach's main car parks between December 20 and February
28, with the first hour free. Residents with a council-issued permit would be exempt.

The proposal, which goes to a council committee on Thursday, is aimed at freeing up spaces on busy days and
raising money to maintain the reserve, a staff report says.

Tāhunanui attracts more than 700,000 visits a year, and car parks along Beach Rd and Rocks Rd regularly fill by
mid-morning on fine weekends in January.

The trial is expected to raise about $180,000, which would go towards toilets, lifeguard facilities and dune
restoration.

Tāhunanui Business Association chairperson Gemma Holloway said many members were worried that charges would push
day visitors to other beaches.

"We want people to come and spend a few hours here, have a coffee, have an ice cream. Paying for parking might make
them think twice," she said.

If approved, the trial would be reviewed in April before any decision on permanent charges.
"""),
        must_have=[
            "Residents with a council-issued permit would be exempt.",
            "If approved, the trial would be reviewed in April before any decision on permanent charges.",
        ],
    ),
    # -- Kyodo's own English site: one "KYODO NEWS - date | Japan, All" line, no dateline --
    dict(
        cluster="kyodo-biei-tourist-parking",
        role="single",
        file="kyodonews_biei_tourist_parking_fees.html",
        render="html",
        site=SITE_KYODO,
        title="Hokkaido town of Biei to charge tourists for parking at scenic spots",
        date="2024-09-03",
        dateline="",
        city=None,
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section="Japan",
        meta_section="Japan",
        url="https://english.kyodonews.example.net/news/2024/09/8a41c7d2e5f1-hokkaido-town-of-biei-to-charge-tourists-for-parking.html",
        description="The town plans to charge 500 yen for cars at five parking lots from next spring.",
        published="2024-09-03T19:41:00+09:00",
        modified="2024-09-03T19:41:00+09:00",
        ld_author=[{"@type": "Organization", "name": "Kyodo News"}],
        date_lines=["KYODO NEWS - Sep 3, 2024 - 19:41 | Japan, All"],
        caption="Tourists visit the Shirogane Blue Pond in Biei, Hokkaido, in July 2024.",
        credit="Kyodo",
        credit_shown="(Kyodo)",
        inserts={3: [("link", "Related coverage:", "Mt. Fuji trail to cap daily climbers, introduce entry fee")]},
        lists=[("Most Popular", ["Japan's rice prices climb to record high", "Typhoon nears Kyushu, flights canceled"])],
        paras=P("""
The town of Biei in Hokkaido, known for its rolling flower fields, will start charging tourists for parking at its
most popular scenic spots next spring, town officials said Tuesday, as overcrowding and trespassing on farmland anger
residents.

The town plans to charge 500 yen for cars and 3,000 yen for large tour buses at five parking lots, including those
near the Shirogane Blue Pond, which became famous after its image was used as a computer wallpaper.

The revenue, estimated at around 80 million yen a year, will be used to hire security guards, build toilets and
maintain roads, the officials said.

Biei, with a population of around 9,000, welcomed some 2 million visitors last year. Farmers have complained that
tourists walk into fields to take photographs, damaging crops and potentially spreading plant diseases.

"We welcome visitors, but the landscape they come to see is made by farmers, and it must be protected," a town
official said.

Japan has seen a record number of foreign visitors this year as the weak yen made travel cheaper, and a number of
popular destinations, including Kyoto and Mount Fuji, have introduced measures to curb overcrowding.

The town will also ban tour buses from stopping along some narrow farm roads from next year.
"""),
        must_have=[
            "The revenue, estimated at around 80 million yen a year, will be used to hire security guards, build toilets "
            "and maintain roads, the officials said.",
            "The town will also ban tour buses from stopping along some narrow farm roads from next year.",
        ],
    ),
    # -- Antara English: "Jakarta (ANTARA) - ", "Related news:" link, Reporter/Editor/Copyright lines --
    dict(
        cluster="antara-jakarta-electric-buses",
        role="single",
        file="antaranews_jakarta_transjakarta_electric_buses.html",
        render="html",
        site=SITE_ANTARA,
        title="Jakarta to add 200 electric buses to Transjakarta fleet by year-end",
        date="2024-04-10",
        dateline="Jakarta (ANTARA) - ",
        city="Jakarta",
        country="ID",
        region="asia",
        agency="Antara",
        authors=["Putri Larasati"],
        editors=["Bayu Prasetyo"],
        lang="en",
        section="Business",
        meta_section="Business",
        url="https://en.antaranews.example.com/news/310245/jakarta-to-add-200-electric-buses-to-transjakarta-fleet-by-year-end",
        description="The new buses will mainly serve feeder routes connecting residential areas with BRT corridors.",
        published="2024-04-10T16:05:00+07:00",
        modified="2024-04-10T16:05:00+07:00",
        ld_author=[{"@type": "Person", "name": "Putri Larasati"}],
        date_lines=["Wednesday, 10 April 2024 16:05 WIB"],
        caption="Electric Transjakarta buses wait at a depot in Jakarta on Tuesday (April 9, 2024).",
        credit="ANTARA PHOTO/Dimas Saputra",
        credit_shown="(ANTARA PHOTO/Dimas Saputra)",
        inserts={2: [("link", "Related news:", "Jakarta expands low-emission zone to Tebet and Kebayoran Baru")]},
        end_lines=["Reporter: Putri Larasati", "Editor: Bayu Prasetyo", "Copyright \u00a9 ANTARA 2024"],
        lists=[("Most read", ["Indonesia's trade surplus narrows in March", "Bali to limit new villa permits in Badung"])],
        paras=P("""
Transjakarta, the Indonesian capital's bus operator, will add 200 electric buses to its fleet by the end of this
year as part of the city's plan to fully electrify public transport by 2030.

The new buses will mainly serve feeder routes connecting residential areas with bus rapid transit corridors,
Transjakarta's president director, Wahyu Santoso, said here on Wednesday.

"Electric buses are cheaper to run and quieter, and passengers have responded positively to them," he remarked.

Currently, Transjakarta operates around 100 electric buses out of a total fleet of more than 4,000 vehicles, which
carry about one million passengers per day.

Santoso noted that the company was working with the state electricity company PLN to build additional charging
stations at five bus depots.

The Jakarta provincial government has set a target of operating 10,000 electric buses by 2030 to reduce air
pollution, which frequently reaches unhealthy levels during the dry season.

Vehicle emissions are considered the largest contributor to air pollution in the capital, according to the Jakarta
Environment Agency.

Locally assembled buses will be prioritized to support the domestic electric vehicle industry, he added.
"""),
        must_have=[
            "Currently, Transjakarta operates around 100 electric buses out of a total fleet of more than 4,000 vehicles, "
            "which carry about one million passengers per day.",
            "Vehicle emissions are considered the largest contributor to air pollution in the capital, according to the "
            "Jakarta Environment Agency.",
        ],
    ),
]


# ---- single JSON records ---------------------------------------------------------

JSON_STORIES = [
    # news-please, MENA via an Egyptian English portal: "CAIRO, Jan 14 (MENA) - ".
    dict(
        cluster="mena-cairo-rooftop-solar",
        role="single",
        file="newsplease_mena_cairo_rooftop_solar.json",
        render="newsplease",
        title="Egypt to install solar panels on 1,000 government buildings this year",
        date="2025-01-14",
        dateline="CAIRO, Jan 14 (MENA) - ",
        city="Cairo",
        country="EG",
        region="africa",
        agency="MENA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.nilegazette.example.com.eg/News/2025/1/14/egypt-to-install-solar-panels-on-1000-government-buildings",
        source_domain="www.nilegazette.example.com.eg",
        description="The first phase covers 300 schools, hospitals and offices in Cairo, Giza and Alexandria.",
        np_authors=["MENA"],
        np_publish="2025-01-14 13:20:00",
        np_modify=None,
        np_download="2025-01-15 02:44:10",
        image_url="https://www.nilegazette.example.com.eg/Media/2025/1/14/rooftop-solar.jpg",
        tail_lines=["Source: MENA", "Related Articles", "Egypt, EU sign green hydrogen memorandum"],
        paras=P("""
Egypt plans to install rooftop solar panels on 1,000 government buildings this year to cut electricity bills and
ease pressure on the national grid during summer demand peaks, the Ministry of Electricity and Renewable Energy
said on Tuesday.

The first phase will cover 300 schools, hospitals and ministry offices in Cairo, Giza and Alexandria, with a total
capacity of 45 megawatts, ministry spokesman Karim Abdel Salam said in a statement.

He said the panels would be installed by private companies under contracts in which government bodies pay for the
electricity produced over 15 years, without paying upfront costs.

Egypt suffered rolling power cuts in the summers of 2023 and 2024 as soaring demand for air conditioning and
shortages of natural gas for power stations strained the grid.

The country aims to generate 42 percent of its electricity from renewable sources by 2030, up from about 12
percent at present, according to official figures.

Abdel Salam added that the ministry would also launch a program to help households install small solar systems
through low-interest loans from state banks.
"""),
        must_have=[
            "Egypt suffered rolling power cuts in the summers of 2023 and 2024 as soaring demand for air conditioning and "
            "shortages of natural gas for power stations strained the grid.",
            "The country aims to generate 42 percent of its electricity from renewable sources by 2030, up from about 12 "
            "percent at present, according to official figures.",
        ],
    ),
    # news-please, APP on its own site: "LAHORE, Nov 20 (APP): " with a colon, "APP/ask/mzr" slug.
    dict(
        cluster="app-lahore-brick-kilns",
        role="single",
        file="newsplease_app_lahore_brick_kilns.json",
        render="newsplease",
        title="Punjab to convert 5,000 more brick kilns to zigzag technology before next winter",
        date="2024-11-20",
        dateline="LAHORE, Nov 20 (APP): ",
        city="Lahore",
        country="PK",
        region="asia",
        agency="APP",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.app.example.com.pk/national/punjab-to-convert-5000-more-brick-kilns-to-zigzag-technology-before-next-winter/",
        source_domain="www.app.example.com.pk",
        description="Soft loans to be provided to kiln owners through the Bank of Punjab.",
        np_authors=[],
        np_publish="2024-11-20 18:45:00",
        np_modify="2024-11-20 19:02:00",
        np_download="2024-11-21 06:10:37",
        tail_lines=["APP/ask/mzr"],
        paras=P("""
The Punjab government has decided to convert another 5,000 brick kilns to cleaner zigzag technology before next
winter as part of its strategy to control smog in Lahore and other cities of the province.

This was stated by Environment Protection Department Secretary Rana Adeel Farooq while addressing a meeting held
here on Wednesday to review anti-smog measures.

He said kilns using the old technology were among the major sources of particulate matter in the province, along
with vehicles, industrial units and burning of crop residue.

The secretary said that the department had sealed 312 kilns and registered cases against their owners during the
last two weeks for violating the ban on operating during the smog season.

He said that soft loans would be provided to kiln owners through the Bank of Punjab to cover the cost of
conversion, which ranged between Rs 2.5 million and Rs 3 million per kiln.

The meeting was informed that the air quality index in Lahore had remained in the hazardous range for most of the
past week, forcing the closure of schools and parks.

The secretary directed the district administrations to intensify the crackdown on smoke-emitting vehicles and
ensure that construction sites were covered to prevent dust.
"""),
        must_have=[
            "The secretary said that the department had sealed 312 kilns and registered cases against their owners during "
            "the last two weeks for violating the ban on operating during the smog season.",
            "The meeting was informed that the air quality index in Lahore had remained in the hazardous range for most of "
            "the past week, forcing the closure of schools and parks.",
        ],
    ),
    # trafilatura, AFP English on an Indian Ocean portal: capitalised surname byline, AFP desk slug.
    dict(
        cluster="afp-antananarivo-power-cuts",
        role="single",
        file="trafilatura_afp_antananarivo_power_cuts.json",
        render="trafilatura",
        title="Madagascar capital rations power as drought drains hydro dams",
        date="2024-11-12",
        dateline="Antananarivo (AFP) - ",
        city="Antananarivo",
        country="MG",
        region="africa",
        agency="AFP",
        authors=["Voahangy Rabemanantsoa"],
        editors=[],
        lang="en",
        section="Africa",
        url="https://www.indianoceanpost.example.mu/africa/madagascar-capital-rations-power-as-drought-drains-hydro-dams",
        hostname="www.indianoceanpost.example.mu",
        source_hostname="Indian Ocean Post",
        tf_author="Voahangy RABEMANANTSOA",
        tf_date="2024-11-12",
        tf_language="en",
        categories="Africa;World",
        tf_tags="Madagascar;energy;drought",
        description="Residents of Antananarivo face power cuts of up to ten hours a day.",
        head_lines=["By Voahangy RABEMANANTSOA"],
        tail_lines=["vr/cld/gv"],
        paras=P("""
Residents of Madagascar's capital Antananarivo are facing power cuts of up to ten hours a day as a drought has left
the island's main hydroelectric reservoirs at their lowest level in years, the state utility said Tuesday.

The Jirama water and electricity company said it would cut supply to different neighbourhoods on a rotating
schedule until the rainy season fills the reservoirs that supply around a third of the city's electricity.

"We have no choice. The water in the dams is not enough to run the turbines at full capacity," Jirama spokesman
Haja Andrianirina told AFP.

Shopkeepers and small businesses said the outages were crippling their trade.

"My freezers stop working and I have to throw away fish and meat. I cannot afford a generator," said Lalao Razafy,
who runs a grocery in the Analakely market district.

Jirama, which has been hit by years of financial losses, relies heavily on expensive diesel and heavy fuel oil
plants to make up for shortfalls in hydropower.

The government has announced plans to build several solar farms around the capital, but most of the projects have
yet to begin construction.

Madagascar, one of the world's poorest countries, has one of the lowest rates of access to electricity in Africa,
with around a third of the population connected to the grid.
"""),
        must_have=[
            "Shopkeepers and small businesses said the outages were crippling their trade.",
            "The government has announced plans to build several solar farms around the capital, but most of the projects "
            "have yet to begin construction.",
        ],
    ),
    # trafilatura (gzipped), SDA on a Swiss site: "Publiziert:" line kept by the extractor, "(sda)" tail, no ß.
    dict(
        cluster="sda-basel-rettungsschwimmer",
        role="single",
        file="trafilatura_sda_basel_rettungsschwimmer_de.json.gz",
        render="trafilatura",
        title="Basel setzt erstmals Rettungsschwimmer am Rhein ein",
        date="2024-07-02",
        dateline="",
        city=None,
        country="CH",
        region="europe",
        agency="SDA",
        authors=[],
        editors=[],
        lang="de",
        section="Basel",
        url="https://www.basler-abendblatt.example.ch/basel/basel-setzt-erstmals-rettungsschwimmer-am-rhein-ein-ld.2614533",
        hostname="www.basler-abendblatt.example.ch",
        source_hostname="Basler Abendblatt",
        tf_author="sda",
        tf_date="2024-07-02",
        tf_language="de",
        categories="Basel;Schweiz",
        tf_tags="Rhein;Rheinschwimmen;Sicherheit",
        description="Sechs Rettungsschwimmer patrouillieren an warmen Tagen zwischen Tinguely-Museum und Johanniterbrücke.",
        head_lines=["Publiziert: 02.07.2024, 11:37 Uhr"],
        tail_lines=["(sda)", "Mehr zum Thema:", "Rheinschwimmen: Das sind die wichtigsten Regeln"],
        paras=P("""
Der Kanton Basel-Stadt setzt in diesem Sommer erstmals Rettungsschwimmerinnen und Rettungsschwimmer am Rheinufer
ein. Sie sollen an warmen Tagen zwischen dem Tinguely-Museum und der Johanniterbrücke patrouillieren, wie das
Justiz- und Sicherheitsdepartement am Dienstag mitteilte.

Das Rheinschwimmen ist in Basel sehr beliebt. An heissen Sommertagen lassen sich Tausende Menschen mit einem
wasserdichten Schwimmsack den Fluss hinuntertreiben. Im vergangenen Jahr ertranken im Basler Rhein jedoch drei
Personen.

Die sechs Rettungsschwimmer sind von Juli bis Ende August jeweils von 14 bis 20 Uhr im Einsatz, sofern die
Wassertemperatur über 18 Grad liegt. Der Einsatz kostet rund 180'000 Franken.

«Viele Auswärtige unterschätzen die Strömung und die Schifffahrt», sagte ein Sprecher des Departements. Besonders
gefährlich seien die Brückenpfeiler und die Anlegestellen der Rheinschiffe.

Der Kanton verteilt zudem an den Einstiegsstellen Informationsblätter in sechs Sprachen. Darauf wird unter anderem
erklärt, dass man sich nicht betrunken und nicht allein ins Wasser begeben soll.

Die Schweizerische Lebensrettungs-Gesellschaft begrüsste den Schritt. Sie fordert seit längerem, dass Städte mit
vielen Flussschwimmern mehr in die Prävention investieren.
"""),
        must_have=[
            "Der Einsatz kostet rund 180'000 Franken.",
            "Der Kanton verteilt zudem an den Einstiegsstellen Informationsblätter in sechs Sprachen.",
        ],
    ),
    # trafilatura, the Agência Brasil story republished (Creative Commons) by a regional site in Pará.
    dict(
        BELEM,
        role="syndicated",
        file="trafilatura_diariotapajos_agenciabrasil_belem_onibus_pt.json",
        render="trafilatura",
        title="Belém terá 250 ônibus elétricos até a COP30, anuncia prefeitura",
        section="Pará",
        url="https://www.diariodotapajos.example.com.br/para/belem-tera-250-onibus-eletricos-ate-a-cop30-anuncia-prefeitura/",
        hostname="www.diariodotapajos.example.com.br",
        source_hostname="Diário do Tapajós",
        tf_author="Agência Brasil",
        tf_date="2024-08-14",
        tf_language="pt",
        categories="Pará;Brasil",
        tf_tags="COP30;Belém;transporte",
        description="Veículos vão substituir parte da frota a diesel em Belém.",
        head_lines=["Rafael Medeiros - Repórter da Agência Brasil"],
        tail_lines=["Edição: Heloísa Cordeiro", "Fonte: Agência Brasil", "Leia também:", "Santarém terá nova linha de ônibus para o aeroporto"],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_BRAZOS = dict(
    name="The Brazos Courier",
    home="https://www.brazoscourier.example.com",
    title_suffix=" | The Brazos Courier",
    locale="en_US",
    twitter="@BrazosCourier",
    body_class="story-page",
    article_class="story",
    body_class_inner="story-body",
    cookie=None,
    top_links=["Subscribe", "e-Edition", "Log In"],
    nav=["Local", "Texas", "Nation & World", "Business", "Sports", "Opinion", "Obituaries"],
    share=["Share", "Facebook", "X", "Email", "Print"],
    footer=["\u00a9 2024 The Brazos Courier. All rights reserved.", "Contact Us", "Terms of Service", "Privacy Policy"],
)

JSONL_A = "crawl_holdout3_2025-a.jsonl"
JSONL_B = "crawl_holdout3_2025-b.jsonl.gz"

JSONL_STORIES = [
    # newsbeam html shape: AP on a Texas paper's page, stamped 11:40 p.m. CDT (already the next day in UTC)
    dict(
        cluster="ap-asuncion-river-barges",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_BRAZOS,
        title="Paraguay to dredge river as record low water strands hundreds of barges",
        date="2024-10-03",
        dateline="ASUNCIÓN, Paraguay (AP) \u2014 ",
        city="Asunción",
        country="PY",
        region="americas",
        agency="AP",
        authors=["Laura Espínola", "Mauricio Quintana"],
        editors=[],
        lang="en",
        section="Nation & World",
        meta_section="Nation & World",
        url="https://www.brazoscourier.example.com/news/nation-world/paraguay-to-dredge-river-as-record-low-water-strands-hundreds-of-barges/article_7f3c2a10.html",
        description="Paraguay will dredge a 200-kilometer stretch of the Paraguay River.",
        published="2024-10-03T23:40:00-05:00",
        modified="2024-10-03T23:40:00-05:00",
        meta_author="LAURA ESPÍNOLA Associated Press",
        ld_author=[{"@type": "Person", "name": "LAURA ESPÍNOLA Associated Press"}],
        byline_lines=["By LAURA ESPÍNOLA", "Associated Press"],
        date_lines=["October 3, 2024 at 11:40 p.m. CDT"],
        caption="A barge sits stranded on the Paraguay River near Asunción, Paraguay, Wednesday, Oct. 2, 2024.",
        credit="AP Photo/Rodrigo Benítez",
        credit_shown="(AP Photo/Rodrigo Benítez)",
        inserts={3: [("ad", "Advertisement")]},
        end_lines=["Associated Press writer Mauricio Quintana in Buenos Aires, Argentina, contributed to this report."],
        tags=("More from Nation & World", ["Hurricane season", "Latin America", "Climate"]),
        nb_published="2024-10-04T04:40:00Z",
        outlet="The Brazos Courier",
        nb_authors=["Laura Espínola", "Associated Press"],
        paras=P("""
Paraguay's government said Thursday it will dredge a 200-kilometer (125-mile) stretch of the Paraguay River and pay
for extra tugboats after record low water levels stranded hundreds of barges carrying soybeans and fuel for the
second year in a row.

The river at the port of Asunción fell to nearly 1 meter (3 feet) below its normal low mark this week, the lowest
level since records began more than a century ago, according to the country's navy.

Paraguay, a landlocked nation, relies on the waterway to ship most of its soybean, corn and beef exports to ports in
Argentina and Uruguay. It has one of the world's largest fleets of river barges.

"Every day that a convoy sits still, we lose money and our customers lose patience," said Esteban Cáceres, president
of an association of river shipping companies. He said about 400 barges were stuck or sailing with less than half
their usual load.

Officials at the Public Works Ministry said the dredging would cost about $35 million and would begin in November.

Scientists say a combination of low rainfall in Brazil's Pantanal wetlands, where the river rises, and rising
temperatures have made droughts more frequent in the region.

Fuel importers have warned of possible shortages of diesel in the interior if shipments do not resume soon. The
government said it had enough reserves to cover about three weeks of demand.
"""),
        must_have=[
            "It has one of the world's largest fleets of river barges.",
            "The government said it had enough reserves to cover about three weeks of demand.",
        ],
    ),
    # newsbeam text shape: AFP in French on a Lyon regional site
    dict(
        cluster="afp-lyon-trottinettes",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        title="A Lyon, les trottinettes en libre-service bridées à 10 km/h dans la Presqu'île",
        date="2024-03-12",
        dateline="Lyon (AFP) - ",
        city="Lyon",
        country="FR",
        region="europe",
        agency="AFP",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.courrierdurhone.example.fr/lyon/a-lyon-les-trottinettes-en-libre-service-bridees-a-10-km-h-dans-la-presqu-ile",
        nb_published="2024-03-12T14:47:00Z",
        outlet="Le Courrier du Rhône",
        nb_authors=["AFP"],
        head_lines=["Par AFP", "Publié le 12/03/2024 à 15h47"],
        tail_lines=["mpo/ban/dch", "Nos newsletters", "Recevez chaque matin l'essentiel de l'actualité lyonnaise"],
        paras=P("""
La métropole de Lyon va limiter à 10 km/h la vitesse des trottinettes et vélos électriques en libre-service dans la
Presqu'île à partir du 1er avril, a-t-elle annoncé mardi, après une série d'accidents impliquant des piétons.

La mesure, négociée avec les deux opérateurs présents à Lyon, sera appliquée automatiquement grâce à la
géolocalisation des engins, qui ralentiront dès qu'ils entreront dans la zone concernée, entre les places Bellecour
et des Terreaux.

"La Presqu'île est d'abord un espace pour les piétons. Les trottinettes y sont les bienvenues, mais à condition de
rouler au pas", a déclaré à l'AFP le vice-président de la métropole chargé des mobilités, Julien Ferrand.

Selon la métropole, 38 piétons ont été blessés dans des collisions avec des trottinettes en 2023 dans le centre de
Lyon, dont quatre grièvement.

Les opérateurs devront aussi créer 150 nouvelles zones de stationnement obligatoire, le stationnement sauvage étant
l'une des principales plaintes des habitants.

Paris a interdit les trottinettes en libre-service en septembre 2023, après une votation citoyenne, tandis que
d'autres villes comme Marseille ou Bordeaux ont renforcé leurs règles.

Une association de défense des piétons a salué une "première étape", tout en réclamant des contrôles plus fréquents
sur les trottinettes personnelles, non concernées par la limitation.
"""),
        must_have=[
            "Selon la métropole, 38 piétons ont été blessés dans des collisions avec des trottinettes en 2023 dans le "
            "centre de Lyon, dont quatre grièvement.",
            "Les opérateurs devront aussi créer 150 nouvelles zones de stationnement obligatoire, le stationnement sauvage "
            "étant l'une des principales plaintes des habitants.",
        ],
    ),
    # trafilatura shape: the Bernama story syndicated on another Malaysian portal
    dict(
        PENANG,
        role="syndicated",
        file=JSONL_A,
        render="trafilatura",
        title="RM180 mln for Seberang Perai flood mitigation projects this year",
        section="Nation",
        url="https://www.semenanjungpost.example.my/nation/2024/02/19/rm180-mln-for-seberang-perai-flood-mitigation-projects-this-year",
        hostname="www.semenanjungpost.example.my",
        source_hostname="Semenanjung Post",
        tf_author="Bernama",
        tf_date="2024-02-19",
        tf_language="en",
        categories="Nation;Penang",
        tf_tags="Penang;floods;Seberang Perai",
        description="Projects include deepening two rivers and building two retention ponds.",
        tail_lines=["-- BERNAMA", "Download the Semenanjung Post app for breaking news alerts", "Follow us on our WhatsApp Channel"],
    ),
    # news-please shape: dpa regional (dpa/mv) on a Mecklenburg site
    dict(
        cluster="dpa-rostock-wassertaxis",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Rostock testet im Sommer elektrische Wassertaxis auf der Warnow",
        date="2024-05-23",
        dateline="Rostock (dpa/mv) - ",
        city="Rostock",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        url="https://www.ostseebote.example.de/mv/rostock/rostock-testet-im-sommer-elektrische-wassertaxis-auf-der-warnow-9157320.html",
        source_domain="www.ostseebote.example.de",
        description="Zwei Boote sollen zwischen Stadthafen, Gehlsdorf und Werftdreieck pendeln.",
        np_authors=["dpa"],
        np_publish="2024-05-23 10:05:00",
        np_modify="2024-05-23 12:40:00",
        np_download="2024-05-24 04:18:02",
        head_lines=["Artikel teilen"],
        tail_lines=["dpa-infocom, dpa:240523-930-127845/2", "Mehr zum Thema", "Warnemünde: Kreuzfahrtsaison startet mit Rekord"],
        paras=P("""
Rostock will im Sommer testen, ob sich Wassertaxis als Ergänzung zu Bus und Straßenbahn eignen. Von Mitte Juni bis
Ende September sollen zwei elektrisch betriebene Boote zwischen dem Stadthafen, Gehlsdorf und dem Werftdreieck
pendeln, wie die Stadtverwaltung am Donnerstag mitteilte.

Die Boote bieten jeweils Platz für zwölf Fahrgäste und sechs Fahrräder. Sie sollen tagsüber im 20-Minuten-Takt
fahren. Eine Fahrt kostet 3 Euro, Inhaber eines Deutschlandtickets zahlen die Hälfte.

Nach Angaben der Stadt müssen viele Menschen aus Gehlsdorf derzeit einen Umweg von mehreren Kilometern über die
Brücken fahren, um in die Innenstadt zu gelangen. Mit dem Boot dauere die Überfahrt nur etwa sieben Minuten.

Der Test kostet rund 450.000 Euro, ein Großteil davon wird vom Land gefördert. Betreiber ist ein regionales
Schifffahrtsunternehmen.

„Wenn die Rostockerinnen und Rostocker das Angebot annehmen, wollen wir es dauerhaft einrichten“, sagte ein
Sprecher der Stadt. Darüber soll nach der Auswertung der Fahrgastzahlen im Herbst entschieden werden.

Der Fahrgastverband Pro Bahn begrüßte das Vorhaben, forderte aber, die Wassertaxis in den Verkehrsverbund
Warnow einzubinden, damit Monatskarten gelten.
"""),
        must_have=[
            "Der Test kostet rund 450.000 Euro, ein Großteil davon wird vom Land gefördert.",
            "Betreiber ist ein regionales Schifffahrtsunternehmen.",
        ],
    ),
    # news-please shape (gzipped batch): PTI on a Kolkata site, PTI slug
    dict(
        cluster="pti-kolkata-plastic-drains",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="KMC to fine residents up to Rs 5,000 for dumping plastic in drains",
        date="2024-07-09",
        dateline="Kolkata, Jul 9 (PTI) ",
        city="Kolkata",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.gangesherald.example.in/kolkata/kmc-to-fine-residents-up-to-rs-5000-for-dumping-plastic-in-drains-2184417",
        source_domain="www.gangesherald.example.in",
        description="The decision follows waterlogging in several parts of the city after heavy rain.",
        np_authors=["PTI"],
        np_publish="2024-07-09 17:32:00",
        np_modify=None,
        np_download="2024-07-10 00:51:19",
        tail_lines=["PTI SCH MNB"],
        paras=P("""
The Kolkata Municipal Corporation (KMC) will impose fines of up to Rs 5,000 on residents and shop owners caught
dumping plastic waste into drains and canals during the monsoon, a senior official said on Tuesday.

The decision was taken after waterlogging in several parts of the city following heavy rain last week, which
officials blamed partly on drains choked with plastic bags and bottles, he said.

"We have cleared nearly 40 tonnes of plastic from the drainage network in the last ten days alone," the official
said.

Teams of the civic body's conservancy department will carry out surprise inspections in markets and residential
areas, and CCTV footage will be used to identify offenders near canals, he added.

The KMC had earlier banned the use of plastic carry bags below 120 microns in markets under its jurisdiction, but
enforcement has been patchy.

Areas in south and east Kolkata, including Behala, Tiljala and Kasba, are among the worst affected by waterlogging
during the rainy season.

The official said awareness campaigns would also be held in schools and markets to encourage people to segregate
waste at source.
"""),
        must_have=[
            "The KMC had earlier banned the use of plastic carry bags below 120 microns in markets under its jurisdiction, "
            "but enforcement has been patchy.",
            "The official said awareness campaigns would also be held in schools and markets to encourage people to "
            "segregate waste at source.",
        ],
    ),
    # newsbeam text shape (gzipped batch): RNZ story republished by a Southland site
    dict(
        cluster="rnz-invercargill-pools",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Invercargill council votes to close two public pools to curb rates rise",
        date="2024-08-27",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency="RNZ",
        authors=["Aroha Tipene"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.southerncourier.example.co.nz/news/invercargill-council-votes-to-close-two-public-pools/",
        nb_published="2024-08-27T05:12:00Z",
        outlet="The Southern Courier",
        nb_authors=["Aroha Tipene"],
        head_lines=["Aroha Tipene, RNZ"],
        tail_lines=["This article was first published by RNZ and is republished with permission."],
        paras=P("""
Invercargill City Council has voted to close two of its three public swimming pools within the next two years as it
tries to keep next year's rates rise below 10 percent.

Councillors voted 8-4 on Tuesday to shut the outdoor pools in Waikiwi and Windsor at the end of the 2025-26 summer
season, leaving the city's main aquatic centre as its only public pool.

A council report said both pools needed repairs worth about $6.5 million, including new filtration systems and
leaking tiles, and were used by fewer than 40,000 swimmers a year combined.

"Nobody stood for council to close swimming pools, but we cannot keep asking ratepayers to fund buildings that are
falling apart," councillor Rachel Weir said.

Parents and swimming clubs packed the public gallery, and a petition against the closures gathered more than 3,000
signatures.

Windsor resident Megan Fowler said her children learned to swim at the local pool. "It's a ten-minute walk for us.
The aquatic centre is across town and it's always full," she said.

The council will look at whether the sites can be used for community facilities such as playgrounds or splash pads.

Local authorities around the country are facing steep rates increases to cover the rising costs of insurance,
interest and water infrastructure.
"""),
        must_have=[
            "Parents and swimming clubs packed the public gallery, and a petition against the closures gathered more than "
            "3,000 signatures.",
            "The council will look at whether the sites can be used for community facilities such as playgrounds or splash pads.",
        ],
    ),
    # trafilatura shape (gzipped batch): AFP English from Port Vila with a dated dateline
    dict(
        cluster="afp-port-vila-kava-exports",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Vanuatu kava exports hit record as Pacific diaspora demand grows",
        date="2024-06-19",
        dateline="Port Vila, June 19, 2024 (AFP) - ",
        city="Port Vila",
        country="VU",
        region="oceania",
        agency="AFP",
        authors=[],
        editors=[],
        lang="en",
        section="Pacific",
        url="https://www.pacifictides.example.com.au/pacific/vanuatu-kava-exports-hit-record-as-pacific-diaspora-demand-grows",
        hostname="www.pacifictides.example.com.au",
        source_hostname="Pacific Tides",
        tf_author="AFP",
        tf_date="2024-06-19",
        tf_language="en",
        categories="Pacific;Business",
        tf_tags="Vanuatu;kava;exports",
        description="Vanuatu shipped around 1,900 tonnes of dried kava root in 2023.",
        tail_lines=["nzh/cwl"],
        paras=P("""
Vanuatu's exports of kava reached a record high last year as demand for the traditional Pacific drink grows among
diaspora communities in Australia, New Zealand and the United States, government figures showed Wednesday.

The South Pacific nation shipped around 1,900 tonnes of dried kava root in 2023, worth about 3.2 billion vatu ($27
million), according to the Department of Agriculture. That was up almost a quarter on the previous year.

Kava, made from the ground root of a pepper plant and mixed with water, has a mildly sedative effect and is drunk at
ceremonies and in kava bars across the Pacific.

"Ten years ago we sold mostly to Fiji and New Caledonia. Now buyers call us from California and Sydney," said
Jean-Marc Tari, who runs an export business on the island of Espiritu Santo.

Australia relaxed rules on commercial kava imports in 2021 under a pilot program, opening a larger market for
Pacific producers.

Officials say the crop has become a key source of cash income for rural households, although farmers have
complained about fluctuating prices and the cost of shipping kava from outer islands to Port Vila.

The government is seeking to protect the quality of Vanuatu kava by banning the export of varieties considered too
strong, known locally as "two-day" kava.
"""),
        must_have=[
            "Kava, made from the ground root of a pepper plant and mixed with water, has a mildly sedative effect and is "
            "drunk at ceremonies and in kava bars across the Pacific.",
            "Australia relaxed rules on commercial kava imports in 2021 under a pilot program, opening a larger market for "
            "Pacific producers.",
        ],
    ),
]


# --------------------------------------------------------------------------
# 4. render, validate, write
# --------------------------------------------------------------------------

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"bloomberg", "the canadian press", "kyodo", "yonhap", "ians", "anadolu agency", "anp", "tt", "ntb",
                "apa", "belga", "nan", "antara", "app", "interfax", "mena", "aps", "kna", "pap", "sda",
                "keystone-sda", "čtk", "ctk", "europa press", "agência brasil", "rnz", "kyodo news",
                "redazione ansa"}




if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS))
