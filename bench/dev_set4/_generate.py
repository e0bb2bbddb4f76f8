#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fourth held-out extraction set (bench/dev_set4/).

    .venv/bin/python bench/dev_set4/_generate.py

Writes ``bench/dev_set4/articles/*`` and ``bench/dev_set4/labels.json``.  Output
is deterministic (gzip members use mtime=0 and no file name).  Every story is
invented: people, quotes, companies and figures are fictional; cities,
countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output,
from what real publishers put on their pages in 2023-2025, choosing
publishers, layouts, dateline shapes and chrome that sample_corpus/,
bench/dev_set/, bench/dev_set2/ and bench/dev_set3/ do not have: Jiji Press
"Niigata, Jan. 10 (Jiji Press)--" copy, Vietnam News Agency "Can Tho (VNA) –"
on a VietnamPlus-style page, Focus Taiwan-style CNA copy with "(By ...)" and
"Enditem/" tails, a Reuters Breakingviews column, IPS "HONIARA, Solomon
Islands, Jun 3 2024 (IPS) -", Ghana News Agency "Tamale, Aug. 12, GNA –",
Ethiopian News Agency "Hawassa, April 22/2024 (ENA) -", ANGOP in Portuguese,
MAP in French, Prensa Latina "(Prensa Latina)" run-on datelines, Andina's
"(FIN)" tails, ABI "(ABI).-", Télam copy on a regional site, Agerpres
"/Agerpres/" datelines with its autor/editor line in Romanian, Ritzau
"/ritzau/" copy in Danish, dpa's "dpa-infocom" id line, a Bloomberg story
syndicated with "To contact the editors responsible" lines, Japan
Times-style Kyodo copy with a "MATSUYAMA, Ehime Pref. –" dateline, PTI with
a syndicated-feed disclaimer, AP on two US papers, ANSA's own page and its
syndication, and staff copy from Fiji and regional Australia.  Do not edit
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
    "purpose": "fourth held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own casing is kept: '(Photo: VNA)' -> 'VNA', "
    "'Foto: Bo Kjeldsen/Ritzau Scanpix' -> 'Bo Kjeldsen/Ritzau Scanpix', 'Foto: Marek Liebscher/dpa' -> 'Marek "
    "Liebscher/dpa', 'Picture: Ilisoni Rokotuiwai' -> 'Ilisoni Rokotuiwai', '\u00a9 Théo Rousseau / AFP' -> 'Théo "
    "Rousseau / AFP' (spaces kept), 'Foto: ANGOP' -> 'ANGOP', 'Foto: ANDINA/Difusión' -> 'ANDINA/Difusión', "
    "'Photographer: Carla Gemmell/Bloomberg' -> 'Carla Gemmell/Bloomberg'; '(AP Photo/Tomás Archuleta)' -> 'AP "
    "Photo/Tomás Archuleta' ('Photo/' is part of the agency's credit)",
    "breakingviews_singapore_ride_hailing": "a Reuters Breakingviews column: agency 'Reuters' (Breakingviews is a "
    "Reuters service; the dateline prints '(Reuters Breakingviews)'); the columnist is the author; 'Editing by A and B; "
    "Production by C' -> editors A and B only (production is not editing); the disclaimer and the 'Follow ... on "
    "LinkedIn and X.' line are chrome",
    "agerpres_cluj_biciclete": "'AGERPRES/(A - autor: Ionuț Mureșan, editor: Daniela Stoica, editor online: Adrian "
    "Dumitru)' -> author Ionuț Mureșan; both 'editor' and 'editor online' are editing credits -> editors (the same role "
    "as 'Editing by'); the whole line is chrome",
    "cna_kaohsiung_light_rail": "Focus Taiwan's '(By Chen Yu-fang and Matthew Lin)' after the story names the writers -> "
    "authors; 'Enditem/AW' is chrome; the dateline 'Kaohsiung, Jan. 15 (CNA) ' runs into the first sentence without "
    "a dash",
    "xinhua_gaborone_beef_exports": "the older Xinhua header 'Source: Xinhua| 2024-03-05 20:11:03|Editor: Wang Jiayi' "
    "is chrome and names the editor -> editors ['Wang Jiayi'] (Xinhua 'Editor:' in LABEL_NOTES)",
    "bloomberg_perth_gas_reservation": "Bloomberg copy syndicated by an Australian trade site: '(Bloomberg) -- ' has no "
    "city -> dateline_city null, country AU; authors are the reporter and '--With assistance from Sunil Varghese'; the "
    "'To contact the editors responsible for this story:' line names Rhys Kendall and Joanna Pike -> editors",
    "ap_albuquerque_turf_rules": "the original page is stamped 2024-06-17T19:12-06:00 (MDT) and the syndicated copy "
    "2024-06-17T19:40-06:00; both are 2024-06-18 in UTC (the batch's 'published' is UTC) -> date 2024-06-17 on the "
    "publisher's calendar; 'Associated Press writer Dalton Reyes in Phoenix contributed to this report.' adds an author",
    "westernstar_lautoka_market_roof": "published 2024-06-05T00:40+12:00 (Fiji time), which is 2024-06-04 in UTC -> "
    "date 2024-06-05 on the publisher's calendar",
    "jiji_niigata_snow_removal": "'Niigata, Jan. 10 (Jiji Press)--' -> agency 'Jiji' (the wire's short name, as "
    "'Kyodo' for Kyodo News); the 'Jiji Press' line after the story is chrome",
    "kyodo_matsuyama_citrus_robots": "'MATSUYAMA, Ehime Pref. \u2013' -> Matsuyama; the 'KYODO' byline line is chrome, "
    "not an author",
    "agency_names": "agencies are labelled by the short name the copy prints: 'VNA', 'CNA' (Taiwan's Central News "
    "Agency), 'IPS', 'GNA', 'ENA', 'ANGOP', 'MAP', 'Prensa Latina', 'Andina', 'ABI', 'Télam', 'Agerpres', 'Ritzau'",
    "no_dateline": "Andina, Télam, Ritzau, the Bloomberg copy and the two staff stories carry no dateline "
    "(dateline_city null); country is the story's main location",
    "datelines_to_city": "'La Habana' -> Havana, 'Nouméa' keeps its accent (GeoNames name), 'Can Tho' as printed",
    "regions": "New Caledonia (NC), Fiji, Solomon Islands -> oceania; Taiwan (TW) -> asia; Morocco -> africa",
    "sign_off_lines": "lines outside the story text are chrome: '/ritzau/', '\u00a9 dpa-infocom, dpa:...' id line, "
    "'(FIN) NDP/LIT', 'arc/mgt', 'gcm/JDR', 'fbc/ics/mcm', 'bur-pjm/cwl', 'ARL/CRB/OHA', 'PTI SPK NSK', 'Enditem', "
    "'GNA', 'VNA', '(ANSA).', 'Fuente: Télam', the PTI syndicated-feed disclaimer and IPS's copyright line",
    "section": "HTML pages (including the newsbeam html record) label article:section; trafilatura records the first "
    "category; text pages, news-please and newsbeam text records null",
    "languages": "Danish 'da', Romanian 'ro'",
    "syndicated_ansa": "the Friuli site's copy of the ANSA story keeps '(ANSA) - TRIESTE, 14 MAG - ' and the label "
    "follows the story (agency ANSA, city Trieste); its section is the trafilatura first category 'Trieste'",
}





# --------------------------------------------------------------------------
# 3. story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Casablanca (clean scrape + noisy re-scrape) -----------

CASABLANCA_PARAS = P("""
Morocco's state railway operator ONCF will order 40 new commuter trains for the Casablanca metropolitan area
by the end of the year, its chief executive said on Tuesday, as the country upgrades its transport network
ahead of the 2030 soccer World Cup it will co-host with Spain and Portugal.

The trains will run on a new suburban line linking Casablanca with the coastal town of Mohammedia and the
airport at Nouaceur, chief executive Karim Bennani told reporters in Casablanca. He did not give the value of
the contract.

Three manufacturers from Europe and Asia have submitted bids, according to two industry sources familiar
with the tender, who asked not to be named because the process is confidential.

"We want a train every seven minutes at peak hours. Today the roads into Casablanca are saturated and people
lose two hours a day in traffic," Bennani said.

Morocco opened Africa's first high-speed line between Tangier and Casablanca in 2018 and plans to extend it
south to Marrakech and Agadir. The government has earmarked about 96 billion dirhams ($9.6 billion) for rail
projects over the next decade.

Casablanca, the kingdom's commercial capital, has a population of about 4 million people. Its tramway and
bus rapid transit lines carried more than 300,000 passengers a day last year.

The new commuter service is due to open in stages from 2028. Construction of a dedicated track along the
existing coastal line began in January.
""")

CASABLANCA = dict(
    cluster="reuters-casablanca-commuter-trains",
    title="Morocco to order 40 commuter trains for Casablanca ahead of World Cup",
    date="2025-02-25",
    dateline="CASABLANCA, Feb 25 (Reuters) - ",
    city="Casablanca",
    country="MA",
    region="africa",
    agency="Reuters",
    authors=["Yassine Benkirane", "Leila Mansouri"],
    editors=["Helen Cartwright"],
    lang="en",
    section=None,
    render="text",
    paras=CASABLANCA_PARAS,
    caption="A train arrives at Casa Port railway station in Casablanca, Morocco, February 20, 2025.",
    credit="REUTERS/Hamza Ouazzani",
    cap_lines=[
        "A train arrives at Casa Port railway station in Casablanca, Morocco, February 20, 2025. REUTERS/Hamza Ouazzani",
        "Purchase Licensing Rights, opens new tab",
    ],
    inserts={3: ["Get a quick look at the days breaking legal news and analysis from The Afternoon Docket newsletter. Sign up here."]},
    must_have=[
        "He did not give the value of the contract.",
        "Its tramway and bus rapid transit lines carried more than 300,000 passengers a day last year.",
        "Construction of a dedicated track along the existing coastal line began in January.",
    ],
)

# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters page, original scrape: two reporters, one in another city.
    dict(
        CASABLANCA,
        role="original",
        file="reuters_casablanca_commuter_trains.txt",
        pre=[["Skip to main content", "Report This Ad"]],
        head=[["By Yassine Benkirane"], ["February 25, 2025 3:52 PM GMT+1", "Updated 2 hours ago"]],
        tail=[
            ["Reporting by Yassine Benkirane; Additional reporting by Leila Mansouri in Rabat; Editing by Helen Cartwright"],
            ["Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
            ["Share", "X", "Facebook", "Linkedin", "Email", "Link"],
            ["Read Next", "Egypt's Suez Canal revenue falls again as Red Sea diversions persist", "Tunisia secures loan for desalination plant in Sfax"],
        ],
    ),
    # The same Reuters page fetched again: NBSPs, curly quotes, hard wraps, CRLF, gzip.
    dict(
        CASABLANCA,
        role="rescrape",
        file="reuters_casablanca_commuter_trains_rescrape.txt.gz",
        noise=True,
        pre=[["Skip to main content"]],
        head=[["By Yassine Benkirane"], ["February 25, 2025 3:52 PM GMT+1", "Updated February 26, 2025"]],
        tail=[
            ["Reporting by Yassine Benkirane; Additional reporting by Leila Mansouri in Rabat; Editing by Helen Cartwright"],
            ["Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
            ["Read Next", "Algeria signs gas supply deal with Italian utility"],
        ],
    ),
    # Jiji Press English page: "Niigata, Jan. 10 (Jiji Press)--" dateline, no byline, stamp in JST.
    dict(
        cluster="jiji-niigata-snow-removal",
        role="single",
        file="jiji_niigata_snow_removal_drones.txt",
        render="text",
        title="Niigata City to Test Drones for Checking Snow Loads on Vacant Houses",
        date="2024-01-10",
        dateline="Niigata, Jan. 10 (Jiji Press)--",
        city="Niigata",
        country="JP",
        region="asia",
        agency="Jiji",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["JIJI PRESS", "Politics", "Economy", "Society", "Sports", "World"]],
        head=[["2024-01-10 08:32"], ["Society"]],
        tail=[
            ["Jiji Press"],
            ["Related Articles", "Heavy Snow Expected on Sea of Japan Coast", "Akiyama Village Opens Winter Shelter for Elderly"],
            ["Copyright (C) 2024 JIJI PRESS LTD. All rights reserved."],
        ],
        paras=P("""
The city of Niigata will begin using drones this winter to check the amount of snow piled on the roofs of
vacant houses, in a bid to prevent collapses that can block roads and damage neighboring homes, city
officials said Tuesday.

The city will send drones fitted with laser sensors to about 300 vacant houses in its Kita and Akiha wards,
where snowfall is heavier than in the city center. The data will be used to decide which roofs need to be
cleared first.

Until now, city workers have checked vacant houses by looking at them from the street, but it is often
difficult to judge the depth of snow on roofs that way, officials said.

According to the city, there are about 9,000 vacant houses in Niigata, many of them owned by people who live
outside the prefecture. The number has risen by some 20 pct over the past decade as the population ages.

In the 2022-2023 winter, the roofs of seven vacant houses in the city partly collapsed under the weight of
snow, and in one case a road was closed for three days.

The city plans to spend about 15 million yen on the trial, which will run until the end of February. If it
proves effective, the city will consider asking owners to share the cost of snow removal in future.
"""),
        must_have=[
            "The data will be used to decide which roofs need to be cleared first.",
            "In the 2022-2023 winter, the roofs of seven vacant houses in the city partly collapsed under the weight of "
            "snow, and in one case a road was closed for three days.",
        ],
    ),
    # Vietnam News Agency on a VietnamPlus-style English page: "Can Tho (VNA) –", "(Photo: VNA)", "VNA" tail.
    dict(
        cluster="vna-can-tho-rice-straw",
        role="single",
        file="vietnamplus_vna_can_tho_rice_straw.txt",
        render="text",
        title="Mekong Delta city turns rice straw into mushrooms and fertiliser to cut field burning",
        date="2024-03-13",
        dateline="Can Tho (VNA) – ",
        city="Can Tho",
        country="VN",
        region="asia",
        agency="VNA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        caption="Farmers collect rice straw after harvest in Can Tho's Co Do district.",
        credit="VNA",
        pre=[["VietnamPlus", "Politics", "Business", "Society", "Environment", "Travel", "Sci-Tech"]],
        head=[["Wednesday, March 13, 2024 16:45"]],
        cap_lines=["Farmers collect rice straw after harvest in Can Tho's Co Do district. (Photo: VNA)"],
        tail=[
            ["VNA"],
            ["#Can Tho #rice straw #Mekong Delta #circular economy"],
            ["Read more", "Soc Trang invests in saltwater-resistant rice varieties", "Vietnam's rice exports hit record in February"],
            ["Copyright by VietnamPlus. All rights reserved."],
        ],
        paras=P("""
Farmers in the Mekong Delta city of Can Tho are being encouraged to collect rice straw after harvest and sell
it for mushroom growing and organic fertiliser production instead of burning it in the fields, local
authorities said on March 13.

Under a pilot programme launched this year, cooperatives in Co Do, Thoi Lai and Vinh Thanh districts have
been supplied with 25 straw-baling machines, allowing them to collect straw from about 12,000 hectares of
paddy fields per crop.

Deputy director of the municipal Department of Agriculture and Rural Development Tran Van Hieu said burning
straw released large amounts of smoke and greenhouse gases and destroyed useful organisms in the soil.

"A hectare of rice produces five to six tonnes of straw. If we collect it, farmers can earn an extra 1.5
million VND per hectare," he said.

A local company has signed contracts to buy straw from cooperatives to make compost, which will be sold back
to farmers at a discount.

The programme is part of the national project to develop one million hectares of high-quality, low-emission
rice in the Mekong Delta by 2030. Can Tho has registered more than 50,000 hectares for the project.

Nguyen Thi Thu, a farmer in Thoi Lai district, said she had started growing straw mushrooms beside her
fields last year and now earned more from them than from part of her rice crop.
"""),
        must_have=[
            "A local company has signed contracts to buy straw from cooperatives to make compost, which will be sold "
            "back to farmers at a discount.",
            "Can Tho has registered more than 50,000 hectares for the project.",
        ],
    ),
    # CNA (Taiwan) on a Focus Taiwan-style page: run-on "(CNA)" dateline, "(By ...)" credit, "Enditem/" slug.
    dict(
        cluster="cna-kaohsiung-light-rail",
        role="single",
        file="focustaiwan_cna_kaohsiung_light_rail.txt",
        render="text",
        title="Kaohsiung light rail ridership up 18% after loop completed",
        date="2024-01-15",
        dateline="Kaohsiung, Jan. 15 (CNA) ",
        city="Kaohsiung",
        country="TW",
        region="asia",
        agency="CNA",
        authors=["Chen Yu-fang", "Matthew Lin"],
        editors=[],
        lang="en",
        section=None,
        pre=[["Focus Taiwan", "CNA English News", "Politics", "Cross-Strait", "Business", "Society", "Sci-Tech", "Culture", "Sports"]],
        head=[["01/15/2024 06:18 PM"]],
        tail=[
            ["(By Chen Yu-fang and Matthew Lin)"],
            ["Enditem/AW"],
            ["More in Society", "Taipei MRT to extend service hours on New Year's Eve", "Tainan launches free shuttle to Anping"],
            ["Subscribe to our newsletter"],
        ],
        paras=P("""
Ridership on the Kaohsiung light rail rose 18 percent in the first year after the circular line was
completed, the city's Mass Rapid Transit Bureau said Monday, as more residents used it to reach the harbor
area and new residential districts.

The 22.1-kilometer loop, which has 38 stations, carried an average of 31,500 passengers a day in 2023,
according to bureau figures.

Bureau Director Huang Chien-hung told CNA that the completion of the loop in January 2023 had allowed
commuters to transfer more easily to the city's two metro lines, while the harbor area's new concert hall and
library had attracted weekend visitors.

"The light rail has become part of daily life for people living along the line, not just a tourist
attraction," Huang said.

However, some residents in the Gushan and Sanmin districts have continued to complain about noise and the
removal of street trees during construction.

The bureau said it would add four more trains this year to reduce waiting times during peak hours from
eight minutes to six.

The Kaohsiung city government also plans to introduce a monthly pass covering the light rail, the metro and
city buses for NT$999 from March.
"""),
        must_have=[
            "The 22.1-kilometer loop, which has 38 stations, carried an average of 31,500 passengers a day in 2023, "
            "according to bureau figures.",
            "However, some residents in the Gushan and Sanmin districts have continued to complain about noise and the "
            "removal of street trees during construction.",
        ],
    ),
    # Reuters Breakingviews column: "(Reuters Breakingviews)" dateline, "Follow ... on LinkedIn and X.", "Production by".
    dict(
        cluster="breakingviews-singapore-ride-hailing",
        role="single",
        file="reuters_breakingviews_singapore_ride_hailing.txt",
        render="text",
        title="Southeast Asian ride-hailing merger talk has a toll to pay",
        date="2024-08-14",
        dateline="SINGAPORE, Aug 14 (Reuters Breakingviews) - ",
        city="Singapore",
        country="SG",
        region="asia",
        agency="Reuters",
        authors=["Meera Kasliwal"],
        editors=["Antonia Brooks", "Daniel Whitcombe"],
        lang="en",
        section=None,
        pre=[["Skip to main content", "Breakingviews"]],
        head=[["By Meera Kasliwal"], ["August 14, 2024 12:05 PM GMT+8", "Updated 5 hours ago"]],
        tail=[
            ["Follow Meera Kasliwal on LinkedIn and X."],
            ["For more insights like these, click here to try Breakingviews for free."],
            ["Editing by Antonia Brooks and Daniel Whitcombe; Production by Shrabani Dutta"],
            ["Our Standards: The Thomson Reuters Trust Principles., opens new tab"],
            ["Opinions expressed are those of the author. They do not reflect the views of Reuters News, which, under the Trust Principles, is committed to integrity, independence, and freedom from bias."],
        ],
        paras=P("""
Consolidation in Southeast Asia's ride-hailing industry looks logical on paper. Two loss-making rivals that
spend heavily on driver incentives and discount vouchers could save a fortune by joining forces. The harder
question is what regulators will demand in return.

Merger talks between Singapore-listed Lintas Holdings and its smaller Indonesian rival Jalan
Mobility, reported by local media this week, would create a group with roughly three quarters of the region's
ride-hailing trips. Shares in Lintas rose 9% on Tuesday, valuing the company at about $14 billion.

The cost savings are tempting. Analysts estimate the two groups together spent more than $900 million on
incentives last year. Cutting half of that would roughly double Lintas's adjusted operating profit.

But competition authorities in the region have grown bolder. Singapore's watchdog imposed conditions on
earlier deals in the sector, including a ban on exclusive arrangements with drivers. Indonesia, the largest
market, is wary of a foreign-controlled company dominating a service used by millions of motorcycle-taxi
riders.

Any approval is therefore likely to come with fare caps, commitments on driver pay or the sale of
businesses in some countries. Each of those would eat into the savings that make the deal attractive.

Investors cheering the prospect of peace between the two rivals may need to price in a hefty toll.
"""),
        must_have=[
            "Analysts estimate the two groups together spent more than $900 million on incentives last year.",
            "Investors cheering the prospect of peace between the two rivals may need to price in a hefty toll.",
        ],
    ),
    # IPS: "HONIARA, Solomon Islands, Jun 3 2024 (IPS) -" dateline, IPS copyright line.
    dict(
        cluster="ips-honiara-market-vendors",
        role="single",
        file="ips_honiara_women_market_vendors.txt",
        render="text",
        title="Market Women in Solomon Islands Capital Push for Safer Stalls and Night Transport",
        date="2024-06-03",
        dateline="HONIARA, Solomon Islands, Jun 3 2024 (IPS) - ",
        city="Honiara",
        country="SB",
        region="oceania",
        agency="IPS",
        authors=["Rosina Tavake"],
        editors=[],
        lang="en",
        section=None,
        pre=[["Inter Press Service", "News Agency", "Home", "Global Affairs", "Asia-Pacific", "Gender", "Civil Society"]],
        head=[["By Rosina Tavake"], ["Jun 3 2024 (IPS)"]],
        tail=[
            ["\u00a9 Inter Press Service (2024) \u2014 All Rights Reserved. Original source: Inter Press Service"],
            ["Related News", "Pacific Fishers Count the Cost of Warming Seas", "Women Farmers in Vanuatu Turn to Drought-Tolerant Crops"],
            ["Global Issues"],
        ],
        paras=P("""
Before dawn every weekday, Ellen Maetia loads sweet potatoes, bananas and bundles of slippery cabbage onto a
truck in her village in east Guadalcanal for the two-hour trip to the central market in Honiara.

She is one of an estimated 2,500 vendors, most of them women, who sell at the market, the largest in
Solomon Islands. Many sleep under their tables for two or three nights a week because there is no safe
transport home after dark.

"We are the ones feeding this city, but we sleep on cardboard beside our produce," Maetia told IPS. "When
it rains, the water comes inside and we cannot sleep at all."

A survey by a local women's group last year found that more than half of the vendors interviewed had
experienced theft or harassment at the market or on the way to it.

The Honiara City Council says it plans to build a second storey with sleeping rooms, toilets and lockers as
part of an upgrade funded by development partners. Council officer Jacob Riuta said work could begin next
year if funding is confirmed.

Vendor associations are also asking for an evening bus service to the rural areas east and west of the
capital. Until then, women say, they will keep sleeping at the market, because the income they earn there
pays for school fees and medicine.
"""),
        must_have=[
            "A survey by a local women's group last year found that more than half of the vendors interviewed had "
            "experienced theft or harassment at the market or on the way to it.",
            "Council officer Jacob Riuta said work could begin next year if funding is confirmed.",
        ],
    ),
    # Ghana News Agency: "Tamale, Aug. 12, GNA –" dateline, byline, "GNA" sign-off.
    dict(
        cluster="gna-tamale-shea-processing",
        role="single",
        file="gna_tamale_shea_processing_centre.txt",
        render="text",
        title="Shea processing centre to employ 600 women in Northern Region",
        date="2024-08-12",
        dateline="Tamale, Aug. 12, GNA \u2013 ",
        city="Tamale",
        country="GH",
        region="africa",
        agency="GNA",
        authors=["Abdul-Rahman Issahaku"],
        editors=[],
        lang="en",
        section=None,
        pre=[["GNA", "Home", "General News", "Business", "Politics", "Regional", "Features"]],
        head=[["By Abdul-Rahman Issahaku"], ["August 12, 2024"]],
        tail=[
            ["GNA"],
            ["Tags: Northern Region, Shea, Women"],
            ["Related Posts", "Savelugu farmers receive improved maize seeds", "Tamale Teaching Hospital opens new dialysis unit"],
            ["Ghana News Agency \u00a9 2024. All rights reserved."],
        ],
        paras=P("""
A shea butter processing centre that will employ about 600 women has been commissioned at Kasalgu near Tamale
in the Northern Region.

The facility, funded by a development partner and managed by a women's cooperative, has the capacity to
process 1,200 tonnes of shea nuts a year into butter for export to cosmetics and food companies in Europe.

Madam Fati Alhassan, President of the Kasalgu Women Shea Cooperative, said members previously processed
nuts by hand over open fires, which exposed them to smoke and took several days.

"With the machines, what took us three days now takes a few hours, and the butter is of better quality, so
buyers pay more," she said.

The centre has a warehouse, a roasting and milling section and a solar system to power the machines.

Mr Iddrisu Mahama, the Northern Regional Director of Agriculture, who commissioned the facility, said shea
was an important source of income for rural women in the north, but most of the value was lost because the
nuts were exported raw.

He urged the women to protect shea trees from indiscriminate felling for charcoal, which he said was
reducing the number of trees in the region.

The cooperative said it would train another 200 women from surrounding communities before the next
harvest season.
"""),
        must_have=[
            "The centre has a warehouse, a roasting and milling section and a solar system to power the machines.",
            "The cooperative said it would train another 200 women from surrounding communities before the next "
            "harvest season.",
        ],
    ),
    # Prensa Latina in Spanish: "La Habana, 14 mar (Prensa Latina)" run-on dateline, desk slug.
    dict(
        cluster="prensalatina-habana-paneles-solares",
        role="single",
        file="prensalatina_habana_parques_solares_es.txt",
        render="text",
        title="Cuba sincroniza nuevo parque solar fotovoltaico en La Habana",
        date="2024-03-14",
        dateline="La Habana, 14 mar (Prensa Latina) ",
        city="Havana",
        country="CU",
        region="americas",
        agency="Prensa Latina",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        pre=[["Prensa Latina", "Agencia Informativa Latinoamericana", "Portada", "Cuba", "América Latina", "Economía", "Ciencia"]],
        head=[["14 de marzo de 2024, 10:25"]],
        tail=[
            ["arc/mgt"],
            ["Etiquetas", "Cuba", "energía renovable", "La Habana"],
            ["Noticias relacionadas", "Cuba impulsa producción nacional de calentadores solares", "Matanzas incorpora 500 paneles en centros de salud"],
            ["\u00a9 2016-2024 prensa-latina.cu Todos los derechos reservados."],
        ],
        paras=P("""
Un nuevo parque solar fotovoltaico de 21,8 megawatts fue sincronizado hoy al Sistema Eléctrico Nacional en el
municipio habanero de Cotorro, como parte del programa de Cuba para ampliar el uso de fuentes renovables de
energía.

Según informó la Unión Eléctrica, la instalación cuenta con más de 40 mil paneles y generará en horas del día
la energía equivalente al consumo de unas 12 mil viviendas.

El director de Energías Renovables del Ministerio de Energía y Minas, Ramón Ferrer, precisó que el parque es
el primero de un grupo de instalaciones previstas este año en la capital y en las provincias de Artemisa y
Mayabeque.

"Cada megawatt que producimos con el sol es combustible que el país deja de importar", afirmó el directivo
a la prensa.

La isla enfrenta desde hace meses un déficit de generación que provoca cortes programados del servicio
eléctrico, debido a averías en las centrales termoeléctricas y a dificultades para adquirir combustible.

Las autoridades prevén que las fuentes renovables aporten el 24 por ciento de la electricidad del país en
2030, frente a menos del cinco por ciento en la actualidad.

Ferrer añadió que en el parque trabajaron brigadas de la Empresa de Ingeniería y Proyectos de la Electricidad
y especialistas de varias provincias.
"""),
        must_have=[
            "Según informó la Unión Eléctrica, la instalación cuenta con más de 40 mil paneles y generará en horas del día "
            "la energía equivalente al consumo de unas 12 mil viviendas.",
            "Las autoridades prevén que las fuentes renovables aporten el 24 por ciento de la electricidad del país en "
            "2030, frente a menos del cinco por ciento en la actualidad.",
        ],
    ),
    # Ritzau copy in Danish on a regional site: no dateline, "/ritzau/" sign-off, "Læs også".
    dict(
        cluster="ritzau-aarhus-letbane",
        role="single",
        file="jyskposten_ritzau_aarhus_letbane_da.txt",
        render="text",
        title="Aarhus vil forlænge letbanen til Brabrand inden 2032",
        date="2024-03-12",
        dateline="",
        city=None,
        country="DK",
        region="europe",
        agency="Ritzau",
        authors=[],
        editors=[],
        lang="da",
        section=None,
        caption="Letbanen kører gennem Aarhus centrum.",
        credit="Bo Kjeldsen/Ritzau Scanpix",
        pre=[["Jysk Posten", "Nyheder", "Aarhus", "Erhverv", "Sport", "Kultur"]],
        head=[["Ritzau"], ["12. marts 2024 kl. 14.31"], ["Del artikel"]],
        cap_lines=["Letbanen kører gennem Aarhus centrum. Foto: Bo Kjeldsen/Ritzau Scanpix"],
        inserts={2: ["Læs også: Midttrafik hæver priserne på buskort fra april"]},
        tail=[
            ["/ritzau/"],
            ["Mest læste", "Ny cykelbro over havnen åbner til sommer", "Skolerne i Aarhus mangler lærere"],
            ["Jysk Posten \u00a9 2024"],
        ],
        paras=P("""
Aarhus Kommune vil forlænge letbanen fra centrum til Brabrand og Gellerup, så de første passagerer kan køre
med den nye strækning i 2032. Det oplyser kommunen tirsdag.

Den nye linje bliver omkring otte kilometer lang og får ti stationer. Prisen anslås til 3,1 milliarder kroner,
som kommunen håber at dele med staten.

- Letbanen har vist, at den kan få folk ud af bilerne. Nu skal den også komme de vestlige bydele til gode,
siger rådmand for teknik og miljø Lene Skovgaard.

Ifølge kommunen vil strækningen kunne betjene omkring 25.000 passagerer om dagen, når den er fuldt udbygget.

Planen kræver endnu en politisk aftale med regeringen om statens medfinansiering. Kommunen forventer at
sende projektet i offentlig høring efter sommerferien.

Letbanen i Aarhus åbnede i 2017 og kører i dag mellem Odder og Grenaa via centrum. Den har haft problemer med
aflysninger på grund af mangel på reservedele, men rettidigheden er steget det seneste år.

Borgere i Brabrand har tidligere efterlyst bedre forbindelser til centrum og universitetet.
"""),
        must_have=[
            "Prisen anslås til 3,1 milliarder kroner, som kommunen håber at dele med staten.",
            "Kommunen forventer at sende projektet i offentlig høring efter sommerferien.",
        ],
    ),
    # dpa on a Saxony-Anhalt site: "Magdeburg (dpa/sa) -", "dpa-infocom" id line, "Foto:" credit.
    dict(
        cluster="dpa-magdeburg-schulbusse",
        role="single",
        file="elbeboerde_dpa_magdeburg_schulbusse_de.txt",
        render="text",
        title="Mehr Schulbusse auf dem Land: Sachsen-Anhalt stockt Förderung auf",
        date="2024-09-03",
        dateline="Magdeburg (dpa/sa) - ",
        city="Magdeburg",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        caption="Ein Schulbus hält an einer Haltestelle im Landkreis Börde.",
        credit="Marek Liebscher/dpa",
        pre=[["Elbe-Börde Anzeiger", "Lokales", "Sachsen-Anhalt", "Politik", "Sport", "Wirtschaft"]],
        head=[["03.09.2024, 15:12 Uhr"], ["Artikel anhören", "Teilen"]],
        cap_lines=["Ein Schulbus hält an einer Haltestelle im Landkreis Börde.", "Foto: Marek Liebscher/dpa"],
        inserts={3: ["Anzeige"]},
        tail=[
            ["\u00a9 dpa-infocom, dpa:240903-930-221874/1"],
            ["Das könnte Sie auch interessieren", "Regionalbahn nach Halberstadt fällt am Wochenende aus", "Landtag debattiert über Lehrermangel"],
            ["Kommentare", "Melden Sie sich an, um zu kommentieren."],
        ],
        paras=P("""
Sachsen-Anhalt will mehr Geld für Schulbusse im ländlichen Raum ausgeben. Die Landkreise sollen ab dem
kommenden Jahr zusätzlich 14 Millionen Euro jährlich erhalten, um die Fahrpläne besser auf die Unterrichtszeiten
abzustimmen, wie das Verkehrsministerium am Dienstag in Magdeburg mitteilte.

Vor allem in dünn besiedelten Regionen müssten viele Kinder morgens sehr früh aufstehen und nachmittags lange
auf den Bus warten, hieß es. Einige Schüler seien täglich mehr als zwei Stunden unterwegs.

„Kein Kind sollte länger im Bus sitzen als im Mathematikunterricht“, sagte Verkehrsministerin Karin Albrecht.
Mit dem Geld könnten die Kreise zusätzliche Fahrten bestellen und Wartezeiten verkürzen.

Der Landkreistag begrüßte die Pläne, forderte aber eine dauerhafte Finanzierung. Die Kosten für Busfahrer und
Diesel seien in den vergangenen Jahren stark gestiegen.

In Sachsen-Anhalt nutzen nach Angaben des Ministeriums rund 95.000 Schülerinnen und Schüler regelmäßig den
Schülerverkehr. Die Beförderung ist für sie bis zur zehnten Klasse kostenlos.

Zudem will das Land ein Pilotprojekt mit Rufbussen starten, die Schüler auf Bestellung auch am späten
Nachmittag nach Hause bringen.
"""),
        must_have=[
            "Einige Schüler seien täglich mehr als zwei Stunden unterwegs.",
            "Die Beförderung ist für sie bis zur zehnten Klasse kostenlos.",
        ],
    ),
]


# ---- cluster: AP, Albuquerque (US paper page + syndicated copy in a batch) ---

ABQ_PARAS = P("""
New Mexico's largest city will pay homeowners to rip out thirsty lawns and will cap the size of new grass
yards under rules approved Monday, as the Rio Grande runs lower and the region braces for another dry summer.

The Albuquerque City Council voted 7-2 to raise rebates for replacing grass with native plants and gravel to
$3 per square foot and to limit turf in new single-family homes to 30% of a backyard. The rules take effect
in January.

The Albuquerque Bernalillo County Water Utility Authority says outdoor watering accounts for about 40% of
residential water use in the metro area, most of it in the summer months.

"We are not telling anyone they can't have a yard. We're telling them the desert is not going to pay for a
golf course in every backyard anymore," said Councilor Rosalinda Chávez, who sponsored the measure.

Opponents, including a homebuilders' association, argued the limits would raise costs for new homes and
that the city should focus on fixing leaking pipes.

The utility said it had reduced per-person water use by about a third since the 1990s, largely through
conservation programs and by switching to river water treated at a surface water plant.

Rebates will be available to both homeowners and businesses. Parks, schools and sports fields are exempt
from the new turf limits.
""")

ABQ = dict(
    cluster="ap-albuquerque-turf-rules",
    title="Albuquerque to cap grass in new yards and raise rebates to tear out lawns",
    date="2024-06-17",
    dateline="ALBUQUERQUE, N.M. (AP) \u2014 ",
    city="Albuquerque",
    country="US",
    region="americas",
    agency="AP",
    authors=["Marisol Tafoya", "Dalton Reyes"],
    editors=[],
    lang="en",
    paras=ABQ_PARAS,
    must_have=[
        "The rules take effect in January.",
        "Parks, schools and sports fields are exempt from the new turf limits.",
    ],
    end_lines=["Associated Press writer Dalton Reyes in Phoenix contributed to this report."],
    byline_lines=["By MARISOL TAFOYA", "Associated Press"],
    ld_author=[{"@type": "Person", "name": "MARISOL TAFOYA Associated Press"}],
    meta_author="MARISOL TAFOYA Associated Press",
    description="The Albuquerque City Council voted 7-2 to raise lawn-removal rebates and limit turf in new homes.",
)

# ---- cluster: ANSA, Trieste (ANSA regional page + syndicated copy) -----------

TRIESTE_PARAS = P("""
Il Comune di Trieste ha approvato il progetto per una nuova linea di bus navetta elettrici tra la stazione
ferroviaria e il Porto Vecchio, dove nei prossimi anni sorgeranno il nuovo centro congressi, uffici e
residenze.

Le navette, otto mezzi da 40 posti, partiranno ogni dieci minuti dalle 7 alle 21 e saranno gratuite per i
primi sei mesi di servizio, ha spiegato l'assessore alla Mobilità Paolo Furlani.

"Il Porto Vecchio deve diventare un pezzo di città vissuto ogni giorno, non solo un luogo da visitare nei
fine settimana", ha detto Furlani.

Il costo del progetto è di 6,4 milioni di euro, finanziati in gran parte con fondi del Piano nazionale di
ripresa e resilienza. Le stazioni di ricarica saranno installate nel deposito di via dei Lavoratori.

Il servizio dovrebbe partire entro la primavera del 2025. Il Comune valuta inoltre di collegare la linea
con i battelli che attraversano il golfo verso Muggia e Sistiana nei mesi estivi.

Le associazioni ambientaliste hanno accolto con favore il progetto, chiedendo però di ridurre i parcheggi
previsti nell'area.
""")

TRIESTE = dict(
    cluster="ansa-trieste-navette-porto-vecchio",
    title="Trieste, navette elettriche tra stazione e Porto Vecchio",
    date="2024-05-14",
    dateline="(ANSA) - TRIESTE, 14 MAG - ",
    city="Trieste",
    country="IT",
    region="europe",
    agency="ANSA",
    authors=[],
    editors=[],
    lang="it",
    paras=TRIESTE_PARAS,
    must_have=[
        "Le stazioni di ricarica saranno installate nel deposito di via dei Lavoratori.",
        "Il servizio dovrebbe partire entro la primavera del 2025.",
    ],
)

# ---- HTML pages ----------------------------------------------------------------

SITE_FIJI = dict(
    name="Western Star Fiji",
    home="https://www.westernstar.example.com.fj",
    title_suffix=" - Western Star Fiji",
    locale="en_FJ",
    twitter="@WesternStarFJ",
    body_class="single-post",
    article_class="jeg_inner_content",
    body_class_inner="content-inner",
    cookie=None,
    top_links=["Live Radio", "Classifieds", "Digital Edition"],
    nav=["News", "Western", "Business", "Sports", "Pacific", "Entertainment", "Weather"],
    share=["Share on Facebook", "Share on Twitter", "Share on WhatsApp"],
    footer=["\u00a9 2024 Western Star Fiji Pte Limited. All rights reserved.", "About Us", "Advertise", "Contact"],
)

SITE_CALEDO = dict(
    name="Le Lagon Quotidien",
    home="https://www.lelagon.example.nc",
    title_suffix=" | Le Lagon Quotidien",
    locale="fr_NC",
    twitter="@LeLagonNC",
    body_class="article-template",
    article_class="article-full",
    body_class_inner="article-content",
    cookie_title="Vos choix concernant les cookies",
    cookie="Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil.",
    cookie_buttons=["Accepter et fermer", "Continuer sans accepter"],
    top_links=["Mon compte", "S'abonner"],
    nav=["Actualités", "Grand Nouméa", "Brousse", "Îles", "Pacifique", "Sports", "Culture"],
    share=["Partager sur Facebook", "Partager par e-mail", "Copier le lien"],
    footer=["\u00a9 Le Lagon Quotidien 2023 - Reproduction interdite", "Mentions légales", "Nous contacter", "CGV"],
)

SITE_ENA = dict(
    name="Ethiopian News Agency",
    home="https://www.ena.example.et",
    title_suffix=" - ENA English",
    locale="en_US",
    twitter="@ENA_English",
    body_class="portlet-journal",
    article_class="journal-content-article",
    body_class_inner="ena-news-body",
    cookie=None,
    top_links=["አማርኛ", "Afaan Oromoo", "ትግርኛ", "عربي", "Français"],
    nav=["Home", "Politics", "Economy", "Social", "Regional", "Sport", "Feature Article"],
    share=["Facebook", "X", "Telegram", "LinkedIn"],
    footer=["\u00a9 2024 Ethiopian News Agency. All rights reserved.", "About ENA", "Contact Us"],
)

SITE_ANGOP = dict(
    name="ANGOP",
    home="https://www.angop.example.ao",
    title_suffix=" - ANGOP",
    locale="pt_AO",
    twitter="@Angop_Oficial",
    body_class="noticia-page",
    article_class="noticia-detalhe",
    body_class_inner="texto-noticia",
    cookie="Este site utiliza cookies para melhorar a sua experiência de navegação.",
    cookie_buttons=["Aceitar"],
    top_links=["Português", "English", "Français", "Español"],
    nav=["Política", "Economia", "Sociedade", "Regiões", "Desporto", "Cultura", "África"],
    share=["Partilhar", "Facebook", "X", "WhatsApp"],
    footer=["ANGOP - Agência Angola Press \u00a9 2024. Todos os direitos reservados.", "Quem somos", "Contactos"],
)

SITE_ANDINA = dict(
    name="Andina",
    home="https://andina.example.pe",
    title_suffix=" | Noticias | Agencia Peruana de Noticias Andina",
    locale="es_PE",
    twitter="@Agencia_Andina",
    body_class="nota",
    article_class="nota-contenido",
    body_class_inner="nota-texto",
    cookie=None,
    top_links=["English", "Quechua"],
    nav=["Política", "Economía", "Regionales", "Locales", "Deportes", "Cultura", "Turismo"],
    share=["Compartir en Facebook", "Compartir en X", "Compartir en WhatsApp"],
    footer=["Agencia Peruana de Noticias Andina - Editora Perú \u00a9 Todos los derechos reservados", "Contáctenos", "Términos de uso"],
)

SITE_SANDIA = dict(
    name="Sandia Ledger",
    home="https://www.sandialedger.example.com",
    title_suffix=" | Sandia Ledger",
    locale="en_US",
    twitter="@SandiaLedger",
    body_class="story-template",
    article_class="story-main",
    body_class_inner="story-text",
    cookie=None,
    skip="Skip to main content",
    top_links=["Subscribe for $1", "Sign In", "e-Edition"],
    nav=["News", "Local", "New Mexico", "Nation", "Sports", "Opinion", "Obituaries"],
    share=["Share this story", "Facebook", "X", "Email"],
    footer=["Copyright \u00a9 2024 Sandia Ledger", "Terms of Use", "Privacy Notice", "Your Privacy Choices"],
    end_class="tagline",
)

SITE_ANSA_FVG = dict(
    name="ANSA.it",
    home="https://www.ansa.example.it",
    title_suffix=" - Friuli Venezia Giulia - ANSA.it",
    locale="it_IT",
    twitter="@Agenzia_Ansa",
    body_class="pag-regione",
    article_class="post-single",
    body_class_inner="post-single-text",
    cookie_title="Informativa",
    cookie="Questo sito o gli strumenti terzi da questo utilizzati si avvalgono di cookie necessari al funzionamento ed utili alle finalità illustrate nella cookie policy.",
    cookie_buttons=["Accetta e chiudi", "Scopri di più"],
    top_links=["Regioni", "ANSA Europa", "Abbonati"],
    nav=["Cronaca", "Politica", "Economia", "Sport", "Cultura", "Friuli VG", "Trieste"],
    share=["Facebook", "X", "WhatsApp", "Email"],
    footer=["Riproduzione riservata \u00a9 Copyright ANSA", "Note legali", "Privacy", "Redazione"],
)

SITE_AGERPRES = dict(
    name="AGERPRES",
    home="https://www.agerpres.example.ro",
    title_suffix=" | AGERPRES",
    locale="ro_RO",
    twitter="@agerpres",
    body_class="stire-pagina",
    article_class="articol",
    body_class_inner="continut-articol",
    cookie="Acest site folosește cookie-uri pentru a vă oferi o experiență mai bună de navigare.",
    cookie_buttons=["Sunt de acord", "Setări"],
    top_links=["English", "Foto", "Video"],
    nav=["Actualitate", "Politică", "Economic", "Regional", "Sport", "Cultură", "Internațional"],
    share=["Distribuie", "Facebook", "X", "LinkedIn"],
    footer=["\u00a9 2024 AGERPRES - Agenția Națională de Presă. Toate drepturile rezervate.", "Despre noi", "Contact"],
)

SITE_MINERS = dict(
    name="The Resources Register",
    home="https://www.resourcesregister.example.com.au",
    title_suffix=" | The Resources Register",
    locale="en_AU",
    twitter="@ResourcesReg",
    body_class="post-template",
    article_class="post-article",
    body_class_inner="post-body",
    cookie=None,
    top_links=["Markets", "Log in", "Subscribe"],
    nav=["Mining", "Energy", "Markets", "Policy", "ASX", "Commodities"],
    share=["Share", "LinkedIn", "X", "Email"],
    footer=["\u00a9 2023 The Resources Register Pty Ltd", "Contact", "Advertise", "Privacy"],
)

HTML_STORIES = [
    # -- staff copy, Fijian site (gzipped): no dateline, page published just after midnight Fiji time --
    dict(
        cluster="westernstar-lautoka-market-roof",
        role="single",
        file="westernstar_lautoka_market_solar_roof.html.gz",
        render="html",
        site=SITE_FIJI,
        title="Lautoka market to get solar roof and rainwater tanks",
        date="2024-06-05",
        dateline="",
        city=None,
        country="FJ",
        region="oceania",
        agency=None,
        authors=["Salote Waqanivalu"],
        editors=[],
        lang="en",
        section="Western",
        meta_section="Western",
        url="https://www.westernstar.example.com.fj/lautoka-market-to-get-solar-roof-and-rainwater-tanks/",
        description="The $2.3 million upgrade will be carried out in stages so vendors can keep trading.",
        published="2024-06-05T00:40:00+12:00",
        modified="2024-06-05T08:15:00+12:00",
        meta_author="Salote Waqanivalu",
        byline_lines=["Salote Waqanivalu"],
        date_lines=["June 5, 2024 12:40 am"],
        caption="Vendors at the Lautoka Municipal Market.",
        credit="Ilisoni Rokotuiwai",
        credit_shown="Picture: Ilisoni Rokotuiwai",
        inserts={2: [("ad", "ADVERTISEMENT")]},
        tags=("Tags:", ["Lautoka City Council", "Market", "Solar"]),
        lists=[("Latest News", ["Nadi flood gates repaired", "Ba mill crushes 1 million tonnes"])],
        paras=P("""
The Lautoka Municipal Market will be fitted with solar panels and rainwater harvesting tanks under a $2.3
million upgrade that will start next month, the Lautoka City Council has confirmed.

Council chief executive Ravinesh Prasad said the work would be carried out in stages so that more than 700
vendors could continue selling fruit, vegetables and kava while contractors were on site.

The project includes replacing the market's leaking roof with a new structure carrying 180 solar panels,
which are expected to cover most of the building's daytime electricity needs.

"Our electricity bill for the market alone is more than $90,000 a year. The solar system will pay for
itself in a few years," Mr Prasad said.

Four tanks with a combined capacity of 40,000 litres will collect rainwater for washing produce and
cleaning toilets.

Vendor Mereoni Tuilau, who has sold root crops at the market for 22 years, said the roof had leaked onto
stalls during every heavy downpour.

"When the rain comes, we cover our dalo with plastic and wait," she said. "We are happy something is
finally being done."

The council said the upgrade was expected to be completed by the end of the year.
"""),
        must_have=[
            "Four tanks with a combined capacity of 40,000 litres will collect rainwater for washing produce and "
            "cleaning toilets.",
            "The council said the upgrade was expected to be completed by the end of the year.",
        ],
    ),
    # -- AFP in French on a New Caledonian site: "Nouméa (AFP) -", consent wall, "Lire aussi" link --
    dict(
        cluster="afp-noumea-moustiques-wolbachia",
        role="single",
        file="lelagon_afp_noumea_moustiques_fr.html",
        render="html",
        site=SITE_CALEDO,
        title="Dengue : Nouméa étend les lâchers de moustiques porteurs de Wolbachia",
        date="2023-11-21",
        dateline="Nouméa (AFP) - ",
        city="Nouméa",
        country="NC",
        region="oceania",
        agency="AFP",
        authors=[],
        editors=[],
        lang="fr",
        section="Grand Nouméa",
        meta_section="Grand Nouméa",
        url="https://www.lelagon.example.nc/grand-noumea/dengue-noumea-etend-les-lachers-de-moustiques-porteurs-de-wolbachia",
        description="Les lâchers concerneront dix nouveaux quartiers de Dumbéa et du Mont-Dore d'ici mars.",
        published="2023-11-21T10:05:00+11:00",
        modified="2023-11-21T10:05:00+11:00",
        ld_author=[{"@type": "Organization", "name": "AFP"}],
        byline_lines=["Par AFP"],
        date_lines=["Publié le 21/11/2023 à 10h05"],
        caption="Un technicien prépare des boîtes de moustiques avant un lâcher à Nouméa.",
        credit="Théo Rousseau / AFP",
        credit_shown="\u00a9 Théo Rousseau / AFP",
        inserts={2: [("link", "Lire aussi :", "Épidémie de dengue : les cas en hausse dans le Nord")]},
        below_body=[("subscribe-box", "Cet article vous a intéressé ? Abonnez-vous pour lire tous nos articles.")],
        lists=[("Les plus lus", ["Route de Païta : travaux de nuit jusqu'à vendredi", "Le cargo de Lifou reprend ses rotations"])],
        paras=P("""
Les autorités sanitaires de Nouvelle-Calédonie vont étendre à dix nouveaux quartiers du Grand Nouméa les
lâchers de moustiques porteurs de la bactérie Wolbachia, qui empêche la transmission de la dengue, a-t-on
appris mardi auprès de la Direction des affaires sanitaires et sociales.

Les lâchers, qui concernent déjà la quasi-totalité de la commune de Nouméa, seront étendus d'ici mars à
plusieurs quartiers de Dumbéa et du Mont-Dore, où des foyers de dengue ont été signalés ces derniers mois.

"Depuis le début du programme, nous n'avons plus connu d'épidémie de grande ampleur à Nouméa, alors que le
virus circule toujours dans la région", a déclaré à l'AFP Sophie Kaloi, responsable du programme.

Les moustiques Aedes aegypti porteurs de Wolbachia se reproduisent avec les moustiques sauvages et
transmettent la bactérie à leur descendance, ce qui réduit progressivement leur capacité à propager les virus.

Le programme coûtera environ 180 millions de francs CFP pour la nouvelle phase. Des équipes passeront dans
les quartiers pour informer les habitants avant les premiers lâchers.

La dengue a fait plusieurs morts en Nouvelle-Calédonie lors de l'épidémie de 2017, qui avait touché plus de
4.000 personnes.
"""),
        must_have=[
            "Le programme coûtera environ 180 millions de francs CFP pour la nouvelle phase.",
            "Des équipes passeront dans les quartiers pour informer les habitants avant les premiers lâchers.",
        ],
    ),
    # -- Ethiopian News Agency: "Hawassa, April 22/2024 (ENA) -" dateline --------------------------
    dict(
        cluster="ena-hawassa-industrial-park",
        role="single",
        file="ena_hawassa_industrial_park_exports.html",
        render="html",
        site=SITE_ENA,
        title="Hawassa Industrial Park Earns Over 60 Million USD in Nine Months",
        date="2024-04-22",
        dateline="Hawassa, April 22/2024 (ENA) - ",
        city="Hawassa",
        country="ET",
        region="africa",
        agency="ENA",
        authors=[],
        editors=[],
        lang="en",
        section="Economy",
        meta_section="Economy",
        url="https://www.ena.example.et/web/eng/w/eng_4312876",
        description="The park earned over 60 million USD from exports of apparel and textile products in nine months.",
        published="2024-04-22T17:30:00+03:00",
        modified="2024-04-22T17:30:00+03:00",
        ld_author=[{"@type": "Organization", "name": "ENA"}],
        date_lines=["Apr 22, 2024"],
        lists=[("Related News", ["Bahir Dar Industrial Park attracts new investors", "Ethiopia's coffee export revenue rises"])],
        paras=P("""
Hawassa Industrial Park has earned over 60 million USD from the export of apparel and textile products in
the past nine months of the current Ethiopian fiscal year, the park's management said.

Park General Manager Alemayehu Tadesse told ENA that the revenue was 14 percent higher than in the same
period last year, as companies in the park found new buyers in Europe and Asia.

Currently, 21 companies are operating in the park, creating jobs for more than 28,000 citizens, most of
whom are young women, according to the manager.

He said the companies had been encouraged to source more raw materials locally, including cotton and
yarn, in order to reduce the demand for foreign currency.

The park management is working with universities in the region to train workers in machine operation and
quality control, Alemayehu added.

Some investors raised problems related to power interruptions and the shortage of housing for workers near
the park.

The regional government has allocated land for the construction of 2,000 low-cost housing units for
workers, the manager said, noting that construction will start in the coming fiscal year.
"""),
        must_have=[
            "Currently, 21 companies are operating in the park, creating jobs for more than 28,000 citizens, most of "
            "whom are young women, according to the manager.",
            "Some investors raised problems related to power interruptions and the shortage of housing for workers near the park.",
        ],
    ),
    # -- ANGOP in Portuguese: "Lobito - " dateline, "Foto: ANGOP" ---------------------------------
    dict(
        cluster="angop-lobito-corredor-ferroviario",
        role="single",
        file="angop_lobito_porto_mineral_pt.html",
        render="html",
        site=SITE_ANGOP,
        title="Porto do Lobito prevê movimentar 3 milhões de toneladas de minério em 2025",
        date="2024-11-28",
        dateline="Lobito - ",
        city="Lobito",
        country="AO",
        region="africa",
        agency="ANGOP",
        authors=[],
        editors=[],
        lang="pt",
        section="Economia",
        meta_section="Economia",
        url="https://www.angop.example.ao/noticias/economia/porto-do-lobito-preve-movimentar-3-milhoes-de-toneladas-de-minerio-em-2025/",
        description="O aumento deve-se à maior utilização do Corredor do Lobito para o escoamento de cobre.",
        published="2024-11-28T14:20:00+01:00",
        modified="2024-11-28T14:20:00+01:00",
        ld_author=[{"@type": "Organization", "name": "ANGOP"}],
        breadcrumbs=["Início", "Economia"],
        date_lines=["28 Novembro de 2024 | 14h20"],
        caption="Vista parcial do terminal mineiro do Porto do Lobito.",
        credit="ANGOP",
        credit_shown="Foto: ANGOP",
        end_lines=["ARL/CRB/OHA"],
        tags=("Tags", ["Porto do Lobito", "Corredor do Lobito", "Minérios"]),
        lists=[("Notícias relacionadas", ["Benguela: campanha agrícola arranca com 40 mil hectares", "CFB recebe novas locomotivas"])],
        paras=P("""
O Porto do Lobito prevê movimentar três milhões de toneladas de minério em 2025, mais do dobro do volume
registado este ano, devido à crescente utilização do Corredor do Lobito para o escoamento de cobre e cobalto
da República Democrática do Congo e da Zâmbia.

A informação foi avançada nesta quinta-feira pelo administrador executivo do porto, Manuel Cassoma, durante
uma visita de jornalistas ao terminal mineiro.

Segundo o responsável, o terminal recebeu novos equipamentos de carga e descarga e os armazéns foram
ampliados para 120 mil metros quadrados.

"O Lobito está a tornar-se uma porta de saída natural para os minerais da região, porque o caminho é mais
curto e mais barato", disse Manuel Cassoma.

O Caminho de Ferro de Benguela transporta actualmente cerca de seis comboios de minério por semana entre a
fronteira do Luau e o Lobito, numa viagem de cerca de 1.300 quilómetros.

O administrador referiu que o porto pretende ainda aumentar a exportação de produtos agrícolas das
províncias do interior, como milho, feijão e banana.

No presente ano, o porto movimentou mais de quatro milhões de toneladas de carga geral.
"""),
        must_have=[
            "Segundo o responsável, o terminal recebeu novos equipamentos de carga e descarga e os armazéns foram "
            "ampliados para 120 mil metros quadrados.",
            "No presente ano, o porto movimentou mais de quatro milhões de toneladas de carga geral.",
        ],
    ),
    # -- Andina: no dateline, "Más en Andina:" links, "(FIN)" slug, "Publicado:" stamp --------
    dict(
        cluster="andina-arequipa-agua-potable",
        role="single",
        file="andina_arequipa_planta_agua_es.html",
        render="html",
        site=SITE_ANDINA,
        title="Arequipa: nueva planta de tratamiento de agua beneficiará a 250,000 habitantes",
        date="2024-02-06",
        dateline="",
        city=None,
        country="PE",
        region="americas",
        agency="Andina",
        authors=[],
        editors=[],
        lang="es",
        section="Regionales",
        meta_section="Regionales",
        url="https://andina.example.pe/agencia/noticia-arequipa-nueva-planta-tratamiento-agua-beneficiara-a-250000-habitantes-978123.aspx",
        description="La obra tendrá una inversión de 310 millones de soles y se ejecutará en 30 meses.",
        published="2024-02-06T11:42:00-05:00",
        modified="2024-02-06T11:42:00-05:00",
        ld_author=[{"@type": "Organization", "name": "Agencia Andina"}],
        date_lines=["Publicado: 6/2/2024"],
        caption="La nueva planta se construirá en el distrito de Cerro Colorado, en Arequipa.",
        credit="ANDINA/Difusión",
        credit_shown="Foto: ANDINA/Difusión",
        inserts={2: [("link", "Más en Andina:", "Arequipa: inician mantenimiento de canales de riego antes de lluvias")]},
        end_lines=["(FIN) NDP/LIT"],
        tags=("Etiquetas", ["Arequipa", "Agua potable", "Sedapar"]),
        lists=[("Lo más leído", ["Cusco: reabren camino inca tras lluvias", "Piura: alistan plan ante Fenómeno El Niño costero"])],
        paras=P("""
Más de 250,000 habitantes de los distritos de Cerro Colorado, Yura y Cayma, en Arequipa, se beneficiarán con
la construcción de una nueva planta de tratamiento de agua potable, cuyas obras comenzarán en abril, informó
el Ministerio de Vivienda, Construcción y Saneamiento.

La planta tendrá una capacidad de producción de 1,000 litros por segundo y captará agua del río Chili,
precisó el sector en un comunicado.

La obra demandará una inversión de 310 millones de soles y será ejecutada en un plazo de 30 meses. Incluye
además la instalación de 45 kilómetros de redes de distribución y nueve reservorios.

El director ejecutivo del Programa Nacional de Saneamiento Urbano, Julio Cárdenas, señaló que en
la actualidad miles de familias de estas zonas reciben agua mediante camiones cisterna, a un costo mucho
mayor que el de la red pública.

"Con esta planta vamos a cerrar una brecha que ha crecido con la expansión de la ciudad hacia el norte",
afirmó.

La empresa Sedapar operará la planta una vez concluida. Según la entidad, la demanda de agua en Arequipa ha
aumentado en más de 20 % en la última década.
"""),
        must_have=[
            "La planta tendrá una capacidad de producción de 1,000 litros por segundo y captará agua del río Chili, "
            "precisó el sector en un comunicado.",
            "La empresa Sedapar operará la planta una vez concluida.",
        ],
    ),
    # -- AP on a New Mexico paper's page (original of the AP cluster): MDT stamp ------------------
    dict(
        ABQ,
        role="original",
        file="sandialedger_ap_albuquerque_turf_rules.html",
        render="html",
        site=SITE_SANDIA,
        section="New Mexico",
        meta_section="New Mexico",
        url="https://www.sandialedger.example.com/news/new-mexico/albuquerque-to-cap-grass-in-new-yards/article_5e1d9c0a.html",
        published="2024-06-17T19:12:00-06:00",
        modified="2024-06-18T08:30:00-06:00",
        date_lines=["Jun 17, 2024", "Updated Jun 18, 2024"],
        caption="A worker removes grass from a front yard in Albuquerque, N.M., on Friday, June 14, 2024.",
        credit="AP Photo/Tomás Archuleta",
        credit_shown="(AP Photo/Tomás Archuleta)",
        inserts={3: [("ad", "Advertisement")]},
        tags=("Related topics", ["Drought", "Water", "Albuquerque"]),
        newsletter_end=["Get local news delivered to your inbox!", "Sign up"],
    ),
    # -- ANSA's own regional page: "(ANSA) - TRIESTE, 14 MAG -", "Riproduzione riservata" -----
    dict(
        TRIESTE,
        role="original",
        file="ansa_trieste_navette_porto_vecchio_it.html",
        render="html",
        site=SITE_ANSA_FVG,
        section="Friuli Venezia Giulia",
        meta_section="Friuli Venezia Giulia",
        url="https://www.ansa.example.it/friuliveneziagiulia/notizie/2024/05/14/trieste-navette-elettriche-tra-stazione-e-porto-vecchio_7c1e2a.html",
        description="Otto mezzi gratuiti per i primi sei mesi, partenza entro la primavera 2025.",
        published="2024-05-14T16:27:00+02:00",
        modified="2024-05-14T16:27:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Redazione ANSA"}],
        byline_lines=["Redazione ANSA", "TRIESTE"],
        date_lines=["14 maggio 2024, 16:27"],
        end_lines=["Riproduzione riservata \u00a9 Copyright ANSA"],
        tags=("Argomenti", ["Trieste", "Trasporti", "Porto Vecchio"]),
        lists=[("Le più lette", ["Udine, chiude per lavori la tangenziale sud", "Gorizia-Nova Gorica, il programma di giugno"])],
        share_top=False,
    ),
    # -- AGERPRES in Romanian: "Cluj-Napoca, 12 mai /Agerpres/ -", autor/editor line -------------
    dict(
        cluster="agerpres-cluj-biciclete",
        role="single",
        file="agerpres_cluj_napoca_piste_biciclete_ro.html",
        render="html",
        site=SITE_AGERPRES,
        title="Cluj-Napoca: 35 de kilometri de piste de biciclete noi până în 2026",
        date="2024-05-12",
        dateline="Cluj-Napoca, 12 mai /Agerpres/ - ",
        city="Cluj-Napoca",
        country="RO",
        region="europe",
        agency="Agerpres",
        authors=["Ionuț Mureșan"],
        editors=["Daniela Stoica", "Adrian Dumitru"],
        lang="ro",
        section="Regional",
        meta_section="Regional",
        url="https://www.agerpres.example.ro/regional/2024/05/12/cluj-napoca-35-de-kilometri-de-piste-de-biciclete-noi-pana-in-2026--1287334",
        description="Investiția de 92 de milioane de lei este finanțată din fonduri europene.",
        published="2024-05-12T13:05:00+03:00",
        modified="2024-05-12T13:40:00+03:00",
        ld_author=[{"@type": "Organization", "name": "AGERPRES"}],
        date_lines=["12-05-2024 13:05"],
        end_lines=["AGERPRES/(A - autor: Ionuț Mureșan, editor: Daniela Stoica, editor online: Adrian Dumitru)"],
        tags=("Etichete:", ["Cluj-Napoca", "biciclete", "mobilitate"]),
        lists=[("Cele mai citite", ["Sibiu: linie nouă de autobuz spre aeroport", "Oradea inaugurează un nou pod peste Crișul Repede"])],
        paras=P("""
Primăria Cluj-Napoca va construi 35 de kilometri de piste de biciclete noi până în 2026, care vor lega
cartierele Mănăștur, Gheorgheni și Someșeni de centrul orașului, a anunțat duminică primarul Vasile Pop.

Potrivit acestuia, investiția se ridică la 92 de milioane de lei și este finanțată din fonduri europene prin
Programul Regional Nord-Vest.

"Vrem ca un clujean să poată ajunge în siguranță cu bicicleta de acasă la serviciu sau la școală, fără să
împartă banda cu mașinile", a declarat primarul.

Proiectul include și 40 de stații noi pentru sistemul de închiriere de biciclete și 1.200 de locuri de
parcare pentru biciclete lângă școli, universități și stații de autobuz.

Lucrările vor începe în această vară pe Calea Mănăștur și pe strada Observatorului, unde benzile pentru
biciclete vor fi separate fizic de carosabil.

Cluj-Napoca are în prezent aproximativ 70 de kilometri de piste de biciclete, dar multe dintre ele sunt
marcate doar pe trotuar, ceea ce provoacă frecvent conflicte între bicicliști și pietoni.

Asociațiile de bicicliști au salutat anunțul, dar au cerut ca pistele existente să fie reparate înainte de
construirea unora noi.
"""),
        must_have=[
            "Potrivit acestuia, investiția se ridică la 92 de milioane de lei și este finanțată din fonduri europene "
            "prin Programul Regional Nord-Vest.",
            "Asociațiile de bicicliști au salutat anunțul, dar au cerut ca pistele existente să fie reparate înainte "
            "de construirea unora noi.",
        ],
    ),
    # -- Bloomberg syndicated on an Australian trade site: "(Bloomberg) --", contact lines -----------
    dict(
        cluster="bloomberg-perth-gas-reservation",
        role="single",
        file="resourcesregister_bloomberg_perth_gas_reservation.html",
        render="html",
        site=SITE_MINERS,
        title="Western Australia Weighs Tighter Gas Reservation as Local Prices Climb",
        date="2023-09-19",
        dateline="(Bloomberg) -- ",
        city=None,
        country="AU",
        region="oceania",
        agency="Bloomberg",
        authors=["Harriet Lawson", "Sunil Varghese"],
        editors=["Rhys Kendall", "Joanna Pike"],
        lang="en",
        section="Energy",
        meta_section="Energy",
        url="https://www.resourcesregister.example.com.au/energy/western-australia-weighs-tighter-gas-reservation-as-local-prices-climb/",
        description="The state may require more LNG output to be sold locally.",
        published="2023-09-19T11:20:00+08:00",
        modified="2023-09-19T11:20:00+08:00",
        meta_author="Bloomberg",
        ld_author=[{"@type": "Organization", "name": "Bloomberg"}],
        byline_lines=["Harriet Lawson", "Bloomberg"],
        date_lines=["19 September 2023"],
        caption="An LNG tanker near the Burrup Peninsula in Western Australia.",
        credit="Carla Gemmell/Bloomberg",
        credit_shown="Photographer: Carla Gemmell/Bloomberg",
        end_lines=[
            "--With assistance from Sunil Varghese.",
            "To contact the reporter on this story: Harriet Lawson in Perth at hlawson9@bloomberg.example.net",
            "To contact the editors responsible for this story: Rhys Kendall at rkendall@bloomberg.example.net, Joanna Pike",
            "\u00a92023 Bloomberg L.P.",
        ],
        lists=[("Most Read", ["Lithium price slump hits WA producers", "Iron ore exports steady in August"])],
        paras=P("""
Western Australia is considering forcing gas exporters to sell a bigger share of their output to local
customers as domestic prices rise and coal-fired power stations close, a move that could weigh on new
liquefied natural gas projects.

The state government will consult industry on raising its domestic gas reservation policy from 15% to as
much as 20% of LNG production for new developments, Energy Minister Graham Lowry said in a statement on
Tuesday.

Wholesale gas prices in the state have roughly doubled since 2021, according to the state's market operator,
as large industrial users and power producers compete for supply from ageing fields.

"Western Australians should not be paying more for gas that comes from their own backyard," Lowry said.

The Australian Petroleum Production and Exploration Association warned that a higher reservation could delay
final investment decisions on projects off the Pilbara coast.

Western Australia has required LNG exporters to set aside gas for local use since 2006, a policy credited with
keeping prices in the state below those on the east coast.

The state plans to close its last state-owned coal power stations by 2030 and has said gas will be needed to
back up wind and solar generation.
"""),
        must_have=[
            "Wholesale gas prices in the state have roughly doubled since 2021, according to the state's market operator, "
            "as large industrial users and power producers compete for supply from ageing fields.",
            "Western Australia has required LNG exporters to set aside gas for local use since 2006, a policy credited "
            "with keeping prices in the state below those on the east coast.",
        ],
    ),
]


# ---- single JSON records ---------------------------------------------------------

JSON_STORIES = [
    # news-please, Xinhua on a Botswana portal: older Xinhua "Source: Xinhua| date|Editor:" header line.
    dict(
        cluster="xinhua-gaborone-beef-exports",
        role="single",
        file="newsplease_xinhua_gaborone_beef_exports.json",
        render="newsplease",
        title="Botswana eyes Chinese market as new abattoir opens in Francistown",
        date="2024-03-05",
        dateline="GABORONE, March 5 (Xinhua) -- ",
        city="Gaborone",
        country="BW",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=["Wang Jiayi"],
        lang="en",
        section=None,
        url="https://www.kalaharidaily.example.co.bw/world/botswana-eyes-chinese-market-as-new-abattoir-opens-in-francistown",
        source_domain="www.kalaharidaily.example.co.bw",
        description="The abattoir can slaughter up to 400 cattle a day.",
        np_authors=["Xinhua"],
        np_publish="2024-03-05 20:11:03",
        np_modify=None,
        np_download="2024-03-06 04:02:51",
        head_lines=["Source: Xinhua| 2024-03-05 20:11:03|Editor: Wang Jiayi"],
        tail_lines=["Enditem", "Video PlayerClose"],
        paras=P("""
Botswana's agriculture ministry said Tuesday a new abattoir in the northeastern city of Francistown would
help the country expand beef exports to Asia, including China, once veterinary protocols are finalized.

The abattoir, built by a private company at a cost of 420 million pula (about 31 million U.S. dollars), can
slaughter up to 400 cattle a day and has cold storage for 1,500 tonnes of meat, the ministry said in a
statement.

Permanent Secretary in the Ministry of Lands and Agriculture Keabetswe Moremi said the facility would
give farmers in the northern regions, who have for years struggled to sell their cattle because of
foot-and-mouth disease controls, access to new markets.

"We want our farmers to sell more beef to more countries, and Asia is a market we cannot ignore," Moremi
said.

Botswana exports most of its beef to the European Union and Britain under trade agreements that allow
duty-free access.

The ministry said talks with Chinese authorities on sanitary requirements were at an advanced stage, and
that a team of inspectors was expected to visit the country later this year.

Cattle farming is the main source of income for many rural households in Botswana, which has about 2.2
million head of cattle.
"""),
        must_have=[
            "Botswana exports most of its beef to the European Union and Britain under trade agreements that allow "
            "duty-free access.",
            "Cattle farming is the main source of income for many rural households in Botswana, which has about 2.2 "
            "million head of cattle.",
        ],
    ),
    # news-please, MAP in French on a Moroccan portal: "Agadir - " dateline, "(MAP)" in the byline field.
    dict(
        cluster="map-agadir-dessalement-irrigation",
        role="single",
        file="newsplease_map_agadir_dessalement_fr.json",
        render="newsplease",
        title="Souss-Massa : l'eau dessalée irrigue désormais 15.000 hectares",
        date="2024-10-09",
        dateline="Agadir - ",
        city="Agadir",
        country="MA",
        region="africa",
        agency="MAP",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.atlasinfo.example.ma/regions/souss-massa-l-eau-dessalee-irrigue-desormais-15-000-hectares",
        source_domain="www.atlasinfo.example.ma",
        description="La station de Chtouka fournit aussi de l'eau potable au Grand Agadir.",
        np_authors=["MAP"],
        np_publish="2024-10-09 18:05:00",
        np_modify="2024-10-09 18:40:00",
        np_download="2024-10-10 07:31:12",
        head_lines=["Par MAP le 09/10/2024 à 18h05"],
        tail_lines=["Lire aussi", "Taroudant : lancement de la campagne de vaccination du cheptel", "Suivez-nous sur Google News"],
        paras=P("""
L'eau de mer dessalée par la station de Chtouka permet désormais d'irriguer près de 15.000 hectares de
cultures maraîchères et d'agrumes dans la plaine de Chtouka, a indiqué mercredi l'Office régional de mise en
valeur agricole de Souss-Massa.

Cette superficie devrait atteindre 20.000 hectares d'ici la fin de l'année prochaine, avec l'extension du
réseau d'irrigation et le raccordement de nouvelles exploitations, a précisé le directeur de l'Office,
Abdellah Ouchen, lors d'une rencontre avec les agriculteurs.

La station, qui fournit également de l'eau potable au Grand Agadir, a permis de réduire la pression sur la
nappe phréatique, dont le niveau baisse de plusieurs mètres par an depuis deux décennies.

"Sans cette eau, une grande partie des exploitations de la région aurait dû réduire ses surfaces ou
arrêter", a souligné M. Ouchen.

Les agriculteurs paient le mètre cube d'eau dessalée à un prix subventionné, mais plusieurs associations
estiment que ce tarif reste élevé pour les petits exploitants.

La région de Souss-Massa assure une part importante des exportations marocaines de tomates et d'agrumes.
Elle a connu six années consécutives de sécheresse.
"""),
        must_have=[
            "Cette superficie devrait atteindre 20.000 hectares d'ici la fin de l'année prochaine, avec l'extension du "
            "réseau d'irrigation et le raccordement de nouvelles exploitations, a précisé le directeur de l'Office, "
            "Abdellah Ouchen, lors d'une rencontre avec les agriculteurs.",
            "Elle a connu six années consécutives de sécheresse.",
        ],
    ),
    # news-please, Télam copy on a Mendoza site (2023): no dateline, "Fuente: Télam".
    dict(
        cluster="telam-mendoza-lucha-antigranizo",
        role="single",
        file="newsplease_telam_mendoza_antigranizo_es.json",
        render="newsplease",
        title="Mendoza suma aviones y radares para la lucha antigranizo en la temporada 2023-2024",
        date="2023-10-02",
        dateline="",
        city=None,
        country="AR",
        region="americas",
        agency="Télam",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        url="https://www.diariodecuyo.example.com.ar/mendoza/mendoza-suma-aviones-y-radares-para-la-lucha-antigranizo-2023",
        source_domain="www.diariodecuyo.example.com.ar",
        description="El operativo protegerá unas 160.000 hectáreas cultivadas en los oasis norte, este y sur.",
        np_authors=["Télam"],
        np_publish="2023-10-02 12:47:00",
        np_modify=None,
        np_download="2023-10-03 01:15:44",
        tail_lines=["Fuente: Télam", "Seguí leyendo", "Bodegas mendocinas exportaron más vino a Brasil"],
        paras=P("""
El Gobierno de Mendoza presentó el operativo de lucha antigranizo para la temporada 2023-2024, que contará con
seis aviones y un nuevo radar meteorológico en el departamento de San Rafael, con el objetivo de proteger los
viñedos y frutales de la provincia.

El sistema cubrirá unas 160.000 hectáreas cultivadas en los oasis norte, este y sur, y funcionará desde el 1
de octubre hasta fines de marzo, informó la Dirección de Agricultura y Contingencias Climáticas.

Los aviones siembran las nubes con yoduro de plata para reducir el tamaño de las piedras de granizo antes de
que lleguen al suelo, explicó el director del área, Hernán Quiroga.

"Una sola tormenta puede destruir en minutos la cosecha de todo un año, por eso cada temporada tratamos de
llegar antes", afirmó Quiroga durante la presentación.

Según datos oficiales, el granizo afecta cada año entre el 5 y el 10 por ciento de la superficie cultivada
de la provincia. La inversión para esta temporada supera los 2.000 millones de pesos.

Los productores también podrán acceder a créditos para instalar mallas antigranizo, una herramienta que ya
cubre cerca de 20.000 hectáreas en Mendoza.
"""),
        must_have=[
            "La inversión para esta temporada supera los 2.000 millones de pesos.",
            "Los productores también podrán acceder a créditos para instalar mallas antigranizo, una herramienta que ya "
            "cubre cerca de 20.000 hectáreas en Mendoza.",
        ],
    ),
    # trafilatura, ANSA copy syndicated on a Friuli regional site (syndicated member of the ANSA cluster).
    dict(
        TRIESTE,
        role="syndicated",
        file="trafilatura_ilfriulano_ansa_trieste_navette_it.json",
        render="trafilatura",
        section="Trieste",
        url="https://www.ilfriulanoquotidiano.example.it/trieste/2024/05/14/navette-elettriche-stazione-porto-vecchio",
        hostname="www.ilfriulanoquotidiano.example.it",
        source_hostname="Il Friulano Quotidiano",
        tf_author="Redazione",
        tf_date="2024-05-14",
        tf_language="it",
        categories="Trieste;Cronaca",
        tf_tags="Porto Vecchio;bus elettrici;mobilità",
        description="Otto mezzi gratuiti per i primi sei mesi.",
        tail_lines=["(ANSA).", "Condividi questo articolo", "Leggi anche: Muggia, torna il battello estivo per Trieste"],
    ),
    # trafilatura (gzipped), ABI on its own site: "Sucre, 5 mar (ABI).-" dateline, desk slug.
    dict(
        cluster="abi-sucre-teleferico",
        role="single",
        file="trafilatura_abi_sucre_teleferico_es.json.gz",
        render="trafilatura",
        title="Sucre inicia estudios para un teleférico que conectará el centro con la zona sur",
        date="2024-03-05",
        dateline="Sucre, 5 mar (ABI).- ",
        city="Sucre",
        country="BO",
        region="americas",
        agency="ABI",
        authors=[],
        editors=[],
        lang="es",
        section="Sociedad",
        url="https://www.abi.example.bo/sociedad/sucre-inicia-estudios-para-un-teleferico-que-conectara-el-centro-con-la-zona-sur",
        hostname="www.abi.example.bo",
        source_hostname="Agencia Boliviana de Información",
        tf_author=None,
        tf_date="2024-03-05",
        tf_language="es",
        categories="Sociedad;Chuquisaca",
        tf_tags="Sucre;teleférico;transporte",
        description="El estudio de preinversión durará ocho meses.",
        tail_lines=["gcm/JDR", "Noticias relacionadas", "Potosí recibe nuevos buses para el transporte escolar"],
        paras=P("""
La Alcaldía de Sucre y la empresa estatal Mi Teleférico firmaron este martes un convenio para elaborar el
estudio de preinversión de un teleférico que conectará el centro histórico de la capital con los barrios de
la zona sur de la ciudad.

El estudio tendrá una duración de ocho meses y definirá el trazado, el número de estaciones y el costo de la
obra, informó el gerente de Mi Teleférico, Álvaro Guzmán.

"Sucre tiene calles angostas y empinadas, y el transporte por cable es una alternativa que ya demostró su
eficacia en La Paz y El Alto", dijo Guzmán tras la firma del acuerdo.

Según la Alcaldía, más de 60.000 vecinos de la zona sur se trasladan a diario al centro en minibuses y
micros, en trayectos que en horas pico pueden superar los 45 minutos.

La propuesta inicial contempla una línea de unos cuatro kilómetros con cinco estaciones. El financiamiento
se definiría una vez concluido el estudio.

El alcalde de Sucre, Enrique Leaños, señaló que el proyecto deberá respetar la condición de ciudad
patrimonio de la humanidad y no afectar la vista del casco histórico.
"""),
        must_have=[
            "La propuesta inicial contempla una línea de unos cuatro kilómetros con cinco estaciones.",
            "El financiamiento se definiría una vez concluido el estudio.",
        ],
    ),
    # trafilatura, staff copy on a regional Australian site: no dateline, author from the page.
    dict(
        cluster="northqldpost-townsville-bus-shelters",
        role="single",
        file="trafilatura_northqldpost_townsville_bus_shelters.json",
        render="trafilatura",
        title="Townsville to install 60 shaded bus stops as summer heat rises",
        date="2024-11-26",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Bronte McAllister"],
        editors=[],
        lang="en",
        section="Local News",
        url="https://www.northqldpost.example.com.au/news/local/townsville-to-install-60-shaded-bus-stops-as-summer-heat-rises",
        hostname="www.northqldpost.example.com.au",
        source_hostname="North Queensland Post",
        tf_author="Bronte McAllister",
        tf_date="2024-11-26",
        tf_language="en",
        categories="Local News;Townsville",
        tf_tags="heat;public transport;council",
        description="The $4.8 million program targets stops used by older residents and school students.",
        head_lines=["Bronte McAllister", "November 26, 2024 - 5:30AM"],
        tail_lines=["Got a news tip? Email us", "More Coverage", "Ross River dam levels drop ahead of wet season"],
        paras=P("""
Sixty bus stops across Townsville will get new shade structures, water fountains and seating before next
summer under a $4.8 million program approved by the city council.

Council transport committee chair Leanne Sorensen said stops near hospitals, schools and shopping centres
used by older residents would be upgraded first.

"We've had people tell us they stand in full sun for twenty minutes waiting for a bus in forty-degree heat.
That's not acceptable in a tropical city," Cr Sorensen said.

Many of the city's roughly 900 bus stops are little more than a pole and a sign, and fewer than a third have
a shelter, according to council figures.

The state government will contribute half the cost through a program to make public transport more
accessible in regional Queensland.

Townsville recorded 18 days above 35C last summer, and health authorities have warned that heat-related
illness is increasing among older people and outdoor workers in north Queensland.

Bus user Marjorie Fenton, 74, said she often took a taxi to medical appointments rather than wait at an
exposed stop. "If there was shade I'd catch the bus every time," she said.

Construction is expected to start in February.
"""),
        must_have=[
            "Many of the city's roughly 900 bus stops are little more than a pole and a sign, and fewer than a third have "
            "a shelter, according to council figures.",
            "Construction is expected to start in February.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_PUEBLO = dict(
    name="The Pueblo Sentinel",
    home="https://www.pueblosentinel.example.com",
    title_suffix=" | Pueblo Sentinel",
    locale="en_US",
    twitter="@PuebloSentinel",
    body_class="article-page",
    article_class="article-wrap",
    body_class_inner="article-text",
    cookie=None,
    top_links=["Subscribe", "Log in"],
    nav=["News", "Colorado", "U.S. & World", "Business", "Sports", "Weather"],
    share=["Facebook", "X", "Email", "Print"],
    footer=["\u00a9 2024 The Pueblo Sentinel", "Contact", "Careers", "Privacy Policy"],
)

JSONL_A = "crawl_holdout4_2025-a.jsonl"
JSONL_B = "crawl_holdout4_2025-b.jsonl.gz"

JSONL_STORIES = [
    # newsbeam html shape: the AP story republished by a Colorado paper (syndicated member of the AP cluster).
    dict(
        ABQ,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_PUEBLO,
        section="U.S. & World",
        meta_section="U.S. & World",
        url="https://www.pueblosentinel.example.com/2024/06/17/albuquerque-to-cap-grass-in-new-yards/",
        published="2024-06-17T19:40:00-06:00",
        modified="2024-06-17T19:40:00-06:00",
        date_lines=["Published: June 17, 2024 at 7:40 p.m."],
        lists=[("Trending Now", ["Arkansas River flows drop early", "Pueblo County fair schedule announced"])],
        nb_published="2024-06-18T01:40:00Z",
        outlet="The Pueblo Sentinel",
        nb_authors=["Marisol Tafoya"],
    ),
    # newsbeam text shape: AFP English on an Asian portal: "Kathmandu (AFP) –", "© Agence France-Presse".
    dict(
        cluster="afp-kathmandu-electric-cooking",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        title="Nepal pushes electric stoves to use surplus hydropower",
        date="2024-07-23",
        dateline="Kathmandu (AFP) \u2013 ",
        city="Kathmandu",
        country="NP",
        region="asia",
        agency="AFP",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.himalayanwire.example.com/news/nepal-pushes-electric-stoves-to-use-surplus-hydropower",
        nb_published="2024-07-23T06:15:00Z",
        outlet="Himalayan Wire",
        nb_authors=["AFP"],
        head_lines=["Agence France-Presse", "Published July 23, 2024"],
        tail_lines=["\u00a9 Agence France-Presse", "bur-pjm/cwl"],
        paras=P("""
Nepal is offering cheap electric stoves and lower power tariffs to households to encourage them to switch
from imported cooking gas, as new hydropower plants leave the country with surplus electricity during the
monsoon.

The state-run Nepal Electricity Authority said it would cut the price of electricity for cooking by a third
for homes that register an induction stove, and that 500,000 stoves would be sold at subsidised prices over
the next two years.

Nepal spends hundreds of millions of dollars a year importing liquefied petroleum gas from India, a major
drain on its foreign currency reserves.

"We are throwing away water in the rainy season while we pay for gas from outside," energy ministry official
Rabindra Khadka told AFP. "Every kitchen that switches helps the economy."

Hydropower capacity has more than doubled in the past five years, and Nepal now exports electricity to
India and Bangladesh during the wet months.

But frequent power cuts in rural areas and the higher upfront cost of induction cookware have slowed the
shift, especially outside the Kathmandu valley.

Kathmandu resident Sarita Maharjan said her family had switched last year. "The food cooks quickly and the
bill is smaller than a gas cylinder," she said.
"""),
        must_have=[
            "Nepal spends hundreds of millions of dollars a year importing liquefied petroleum gas from India, a major "
            "drain on its foreign currency reserves.",
            "Hydropower capacity has more than doubled in the past five years, and Nepal now exports electricity to "
            "India and Bangladesh during the wet months.",
        ],
    ),
    # news-please shape in a batch: EFE on an Aragonese site: "Zaragoza, 5 mar (EFE).-", "EFE" and slug tail.
    dict(
        cluster="efe-zaragoza-tranvia",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Zaragoza licita el estudio de una segunda línea de tranvía este-oeste",
        date="2025-03-05",
        dateline="Zaragoza, 5 mar (EFE).- ",
        city="Zaragoza",
        country="ES",
        region="europe",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        url="https://www.heraldodelebro.example.es/zaragoza/2025/03/05/zaragoza-licita-estudio-segunda-linea-tranvia",
        source_domain="www.heraldodelebro.example.es",
        description="El estudio informativo tendrá un presupuesto de 1,2 millones de euros.",
        np_authors=["EFE"],
        np_publish="2025-03-05 13:30:00",
        np_modify=None,
        np_download="2025-03-05 22:08:10",
        head_lines=["Agencia EFE", "Zaragoza | 05/03/2025 13:30"],
        tail_lines=["EFE", "fbc/ics/mcm", "Te puede interesar", "La A-68 tendrá un nuevo carril en Utebo"],
        paras=P("""
El Ayuntamiento de Zaragoza ha licitado el estudio informativo de una segunda línea de tranvía que uniría los
barrios de Las Fuentes y Delicias atravesando el centro de la ciudad de este a oeste, con un presupuesto de 1,2
millones de euros.

La concejala de Movilidad, Natalia Echeverría, ha explicado este miércoles que el estudio analizará varios
trazados posibles y deberá estar terminado en un plazo de catorce meses.

La primera línea del tranvía de Zaragoza, que recorre la ciudad de norte a sur, transporta cerca de 30
millones de viajeros al año desde su apertura completa en 2013.

"Queremos que la nueva línea dé servicio a los barrios más poblados que hoy dependen del autobús", ha
señalado Echeverría en rueda de prensa.

El Ayuntamiento aspira a financiar parte de la obra con fondos europeos y con aportaciones del Gobierno
central, aunque todavía no se ha estimado su coste total.

Las asociaciones vecinales de Delicias han reclamado que se tenga en cuenta la estrechez de algunas calles
del barrio y que se garantice el acceso de los comercios durante las obras.
"""),
        must_have=[
            "La primera línea del tranvía de Zaragoza, que recorre la ciudad de norte a sur, transporta cerca de 30 "
            "millones de viajeros al año desde su apertura completa en 2013.",
            "El Ayuntamiento aspira a financiar parte de la obra con fondos europeos y con aportaciones del Gobierno "
            "central, aunque todavía no se ha estimado su coste total.",
        ],
    ),
    # newsbeam text shape (gzipped batch): Kyodo copy on a Japanese English daily, "MATSUYAMA, Ehime Pref. –".
    dict(
        cluster="kyodo-matsuyama-citrus-robots",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Ehime citrus growers turn to robots as farmers age",
        date="2024-11-18",
        dateline="MATSUYAMA, Ehime Pref. \u2013 ",
        city="Matsuyama",
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.japanherald.example.jp/news/2024/11/18/national/ehime-citrus-robots/",
        nb_published="2024-11-18T02:12:00Z",
        outlet="The Japan Herald",
        nb_authors=["Kyodo"],
        head_lines=["KYODO", "Nov 18, 2024"],
        tail_lines=["In a time of both misinformation and too much information, quality journalism is more crucial than ever.", "SUBSCRIBE NOW", "KEYWORDS", "Ehime, agriculture, robots"],
        paras=P("""
Citrus growers in Ehime Prefecture, one of Japan's top producers of mikan mandarin oranges, are testing
remote-controlled carts and spraying drones on steep hillside orchards as the number of farmers falls and
their average age rises.

The prefectural government has begun subsidizing up to half the cost of the machines, which can carry
harvested fruit down terraced slopes that are too narrow for trucks, officials said.

The average age of citrus farmers in the prefecture is about 68, and the area of orchards has shrunk by
roughly a third over the past two decades, according to prefectural data.

"Carrying 20-kilogram crates down the slope every day is what makes young people give up," said Kenji
Ochi, 41, who took over his father's orchard near Matsuyama. "With the cart, one person can harvest an
area that used to need three."

Ehime is also trying to attract new farmers from cities by offering training and help finding vacant
orchards and houses.

The prefecture aims to have robots or drones working on 1,000 hectares of orchards by fiscal 2027.
"""),
        must_have=[
            "Ehime is also trying to attract new farmers from cities by offering training and help finding vacant "
            "orchards and houses.",
            "The prefecture aims to have robots or drones working on 1,000 hectares of orchards by fiscal 2027.",
        ],
    ),
    # trafilatura shape (gzipped batch): PTI on an Indian paper with a syndicated-feed disclaimer.
    dict(
        cluster="pti-pune-water-meters",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Pune civic body to install smart water meters in 1.5 lakh homes",
        date="2025-01-05",
        dateline="Pune, Jan 5 (PTI) ",
        city="Pune",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section="Cities",
        url="https://www.deccancourier.example.in/cities/pune/pune-civic-body-to-install-smart-water-meters-in-1-5-lakh-homes",
        hostname="www.deccancourier.example.in",
        source_hostname="Deccan Courier",
        tf_author=None,
        tf_date="2025-01-05",
        tf_language="en",
        categories="Cities;Pune",
        tf_tags="Pune;water supply;PMC",
        description="The meters will be installed under the 24x7 water supply scheme.",
        tail_lines=[
            "PTI SPK NSK",
            "(Except for the headline, this story has not been edited by Deccan Courier staff and is published from a syndicated feed.)",
            "Follow us on Google News",
        ],
        paras=P("""
The Pune Municipal Corporation (PMC) will install smart water meters in around 1.5 lakh households by the
end of this year under its 24x7 water supply scheme, officials said on Sunday.

The meters will record consumption in real time and help the civic body detect leaks and illegal
connections, a senior PMC official said.

"Nearly 35 per cent of the water we supply is not billed. Smart meters will help us know exactly where the
water is going," the official said.

The PMC has already installed about 90,000 meters in parts of Kothrud, Warje and Hadapsar, where residents
will start receiving bills based on actual consumption from April, he added.

Residents' groups have raised concerns over the accuracy of the meters and possible increases in water
bills, and have demanded a grievance redressal system.

The official said a helpline would be set up and households would be able to track their daily
consumption through a mobile application.

Pune draws most of its drinking water from the Khadakwasla group of dams, which often face shortages before
the monsoon.
"""),
        must_have=[
            "The PMC has already installed about 90,000 meters in parts of Kothrud, Warje and Hadapsar, where residents "
            "will start receiving bills based on actual consumption from April, he added.",
            "Pune draws most of its drinking water from the Khadakwasla group of dams, which often face shortages before "
            "the monsoon.",
        ],
    ),
]


# --------------------------------------------------------------------------
# 4. render, validate, write
# --------------------------------------------------------------------------

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"bloomberg", "kyodo", "redazione ansa", "jiji", "jiji press", "vna", "cna", "ips", "gna", "ena",
                "angop", "map", "prensa latina", "andina", "abi", "télam", "agerpres", "ritzau", "redazione"}




if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
