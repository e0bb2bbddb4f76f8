#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifth held-out extraction set (bench/dev_set5/).

    .venv/bin/python bench/dev_set5/_generate.py

Writes ``bench/dev_set5/articles/*`` and ``bench/dev_set5/labels.json``.  Output
is deterministic (gzip members use mtime=0 and no file name).  Every story is
invented: people, quotes, companies and figures are fictional; cities,
countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output,
from what real publishers put on their pages in 2023-2025, choosing
publishers, layouts, dateline shapes and chrome that sample_corpus/,
bench/dev_set/, bench/dev_set2/, bench/dev_set3/ and bench/dev_set4/ do not
have: Philippine News Agency "ILOILO CITY –" copy with a run-on "(PNA)" and
"(PNA photo by ...)" captions, BSS "KHULNA, Sept 8, 2024 (BSS) -" with its
"BSS/../../1842 hrs" slug, Lebanon's NNA in French ("NNA - " and a "=====
R.H." line), KUNA "KUWAIT, Jan 14 (KUNA) --" with "(end) mt.gb", BTA
"Plovdiv, February 20 (BTA) -" with "/NF/", İHA in Turkish ("KAYSERİ (İHA)
–", "Kaynak: İHA"), STT in Finnish (Lehtikuva credits, "Lue myös"), ANI
"Guwahati (Assam) [India], January 15 (ANI):" on a syndicating portal (and a
noisy re-scrape), PACNEWS "NUKU'ALOFA, 13 FEBRUARY 2024 (PACNEWS) ----" on a
WordPress page, Kompas.com's "SEMARANG, KOMPAS.com -" staff copy with
"Baca juga:" and "Penulis/Editor" lines, WAM "AL AIN, 14th March, 2024 (WAM)
--" with its "WAM/name/name" line, PA Media copy on two UK regional sites
(one of them in a batch), epd "Hannover (epd)." copy, TAP in French,
Estadão Conteúdo with "Continua após a publicidade", NAMPA "OSHAKATI, 05 MAR
(NAMPA) –" (and a same-page copy with tracking parameters), Ukrinform's
"Ukrinform reports with reference to", CMC "PORT OF SPAIN, Trinidad, Mar 19,
CMC –", an Australian public broadcaster's regional page, AIM in
Portuguese, Adnkronos's "(Adnkronos) - ", AIP (Côte d'Ivoire), Colprensa,
SAnews, Montsame "Darkhan /MONTSAME/.", AP on a US local TV site, an AFP
Spanish mobile scrape and staff copy from Papua New Guinea, the Netherlands
and French Polynesia.  Do not edit stories or labels to suit the pipeline;
fix a label only when it is wrong by LABEL_NOTES.

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
    "purpose": "fifth held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text and casing are kept: '(PNA photo by "
    "Rhea Villaflor)' -> 'PNA photo by Rhea Villaflor' (the agency's own credit formula, as 'AP Photo/...'), 'Photo: "
    "BSS' -> 'BSS', 'Kuva: Matti Rautiainen / Lehtikuva' -> 'Matti Rautiainen / Lehtikuva' (spaces kept), "
    "'KOMPAS.com/RISKA ANGGRAENI' kept as printed, '(Image: Owen Hartley/PA Wire)' -> 'Owen Hartley/PA Wire', 'Foto: "
    "epd-bild/Mara Lindner' -> 'epd-bild/Mara Lindner', 'Foto: Renato Leal/Estadão' -> 'Renato Leal/Estadão', "
    "'Photo: Lviv City Council' -> 'Lviv City Council', 'Picture: Supplied' -> 'Supplied', '\u00a9 Teva Richmond' -> "
    "'Teva Richmond'; the gallery counters '1 of 5' / '1 de 5' are chrome, not caption",
    "agency_names": "agencies are labelled by the short name the copy prints: 'PNA', 'BSS', 'NNA', 'KUNA', 'BTA', "
    "'İHA', 'STT', 'ANI', 'PACNEWS', 'WAM', 'PA' (PA Media; the byline prints ', PA Environment Correspondent'), "
    "'epd', 'TAP', 'Estadão Conteúdo', 'NAMPA', 'Ukrinform', 'CMC', 'AIM', 'Adnkronos', 'AIP', 'Colprensa', 'SAnews', "
    "'Montsame', 'AP', 'AFP'",
    "datelines_to_city": "'ILOILO CITY' -> Iloilo (GeoNames name), 'KUWAIT' in a KUNA dateline -> Kuwait City, "
    "'NUKU'ALOFA' -> Nuku'alofa, 'Ciudad de Guatemala' -> Guatemala City, 'Guwahati (Assam) [India]' -> Guwahati, "
    "'PORT OF SPAIN, Trinidad' -> Port of Spain, 'SEMARANG, KOMPAS.com' -> Semarang, 'Darkhan /MONTSAME/.' -> Darkhan, "
    "'BOISE, Idaho (AP)' -> Boise",
    "no_dateline": "NNA ('NNA - ' names the agency but no place), STT, PA, Ukrinform, Adnkronos ('(Adnkronos) - '), "
    "Colprensa, SAnews and the staff stories from Australia, Papua New Guinea, the Netherlands and French Polynesia "
    "carry no dateline (dateline_city null); country is the story's main location",
    "kompas_semarang_trans_semarang": "staff copy of Kompas.com (a publisher, not a wire): 'SEMARANG, KOMPAS.com - ' is "
    "a dateline -> city Semarang, agency null; 'Penulis Kontributor Semarang, Riska Anggraeni' -> author Riska "
    "Anggraeni ('Kontributor Semarang' is her role); 'Editor Hendra Prasetyo' / 'Editor : Hendra Prasetyo' -> editors "
    "(the same 'Editor:' credit as Antara's and Xinhua's); 'Lihat Foto', both 'Baca juga:' lines and the WhatsApp "
    "channel line are chrome",
    "wam_al_ain_cycling_track": "'WAM/Esraa Ismail/Hatem Mohamed' after the story is WAM's desk line (writer/translator "
    "and editor are not told apart, and no 'Editing by' formula is printed) -> chrome only; authors and editors stay "
    "empty",
    "pa_hedgehog_survey": "PA Media copy on two UK regional sites: 'By Eleanor Birch, PA Environment Correspondent' -> "
    "author Eleanor Birch, agency PA; the story was released at 00:01 GMT (PA's embargo time) on 2024-03-12 -> date "
    "2024-03-12; the second site's copy is the syndicated member of the cluster",
    "pna_iloilo_cold_storage": "the story ends with a run-on ' (PNA)' inside its last paragraph (as PNA prints it), so "
    "that paragraph keeps it; the caption keeps its all-caps kicker 'COLD STORAGE.'",
    "ani_guwahati_bamboo": "'Guwahati (Assam) [India], January 15 (ANI): ' -> Guwahati; the portal's 'This report is "
    "auto-generated from ANI news service...' line and the 'ANI' byline are chrome; the re-scrape (curly quotes, "
    "NBSP, hard wraps, CRLF, gzip) is labelled with the clean text",
    "nna_jbeil_dechets": "'NNA - ' opens the story with no place -> dateline_city null, country LB; the "
    "'================ R.H.' line is chrome (desk initials, not a name)",
    "kuna_kuwait_construction_waste": "'KUWAIT, Jan 14 (KUNA) -- ' -> Kuwait City; '(end) mt.gb' is chrome",
    "dates": "dates are on the publisher's calendar in the offset the page states: the Tahiti page is stamped "
    "2024-06-18T19:45-10:00 (2024-06-19 in UTC, the batch's 'published') -> 2024-06-18; the AP story on the Idaho "
    "TV site says 'Published: Feb. 4, 2025 at 9:48 PM MST' (2025-02-05 in UTC, as are the batch's 'published' and "
    "the /2025/02/05/ in its URL) -> 2025-02-04; the Broome page is "
    "stamped 2024-03-12T05:32+08:00 -> 2024-03-12; the Dutch page shows only 'Vandaag, 07:12', its date is the "
    "trafilatura date",
    "nampa_oshakati_houses": "the JSONL record is the same page fetched again with Facebook tracking parameters "
    "(role url_copy), with a breaking-news bar that the first fetch did not have",
    "sign_off_lines": "lines outside the story text are chrome: 'BSS/AR/RAS/1842 hrs', '(end) mt.gb', '/NF/', "
    "'Source: Plovdiv', 'Kaynak: İHA', '....PACNEWS', 'WAM/Esraa Ismail/Hatem Mohamed', 'CMC/sr/ir/2024', "
    "'(NAMPA)', 'CN/SG', 'tm/kp/fmo', 'mav/val/dga', '\u2013 SAnews.gov.za', 'lnb/mig', the ANI disclaimer",
    "section": "HTML pages (including the newsbeam html records) label article:section; trafilatura records the first "
    "category; text pages, news-please and newsbeam text records null",
    "languages": "Turkish 'tr', Finnish 'fi', Indonesian 'id' are new to the labelled sets",
    "regions": "Turkey, Lebanon, Kuwait, the UAE and Mongolia -> asia; French Polynesia (PF), Tonga, Papua New Guinea "
    "-> oceania; Trinidad and Tobago and Guatemala -> americas; Tunisia -> africa",
}


# --------------------------------------------------------------------------
# 3. story data
# --------------------------------------------------------------------------

# ---- cluster: ANI, Guwahati (portal scrape + noisy re-scrape) ---------------

GUWAHATI_PARAS = P("""
The Assam government will set up 50 bamboo processing units across the state over the next two years to help
rural artisans and farmers earn more from the crop, a senior official said on Wednesday.

The units, each costing around Rs 40 lakh, will be run by self-help groups and farmer producer organisations
in districts including Karbi Anglong, Dima Hasao, Cachar and Lakhimpur, said Pranab Bora, Commissioner of the
state Industries and Commerce Department.

Assam accounts for a large share of India's bamboo resources, but most of it is sold raw at low prices to
traders from outside the state, he said.

"Our artisans make beautiful products, but they do not have machines for treating and cutting bamboo. These
units will give them the tools and a steady market," Bora told reporters in Guwahati.

Each unit will have treatment tanks, splitting and slicing machines and a small workshop for making furniture,
flooring strips and incense sticks. The department will also train around 3,000 artisans in design and
finishing.

A state-run marketing agency will buy part of the output for government offices and schools, while the rest
will be sold through online platforms and trade fairs, officials said.

The first ten units are expected to start production by the end of June, Bora added. (ANI)
""")

GUWAHATI = dict(
    cluster="ani-guwahati-bamboo-units",
    title="Assam to set up 50 bamboo processing units to boost rural incomes",
    date="2025-01-15",
    dateline="Guwahati (Assam) [India], January 15 (ANI): ",
    city="Guwahati",
    country="IN",
    region="asia",
    agency="ANI",
    authors=[],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=GUWAHATI_PARAS,
    inserts={3: ["Also Read: Meghalaya signs pact to set up cane and bamboo cluster in Ri-Bhoi"]},
    must_have=[
        "The department will also train around 3,000 artisans in design and finishing.",
        "A state-run marketing agency will buy part of the output for government offices and schools, while the rest "
        "will be sold through online platforms and trade fairs, officials said.",
    ],
)

ANI_DISCLAIMER = ("This report is auto-generated from ANI news service. The Indian Chronicle holds no responsibility "
                  "for its content.")

# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # ANI copy on a syndicating portal, first scrape.
    dict(
        GUWAHATI,
        role="original",
        file="indianchronicle_ani_guwahati_bamboo_units.txt",
        pre=[["Skip to content", "The Indian Chronicle", "India", "Politics", "Economy", "Defence", "Opinion", "Features"]],
        head=[["ANI"], ["15 January, 2025 08:42 pm IST"]],
        tail=[
            [ANI_DISCLAIMER],
            ["Subscribe to our channels on YouTube & Telegram"],
            ["Show Full Article"],
        ],
    ),
    # The same portal page fetched again a day later: curly quotes, NBSPs, hard wraps, CRLF, gzip.
    dict(
        GUWAHATI,
        role="rescrape",
        file="indianchronicle_ani_guwahati_bamboo_units_rescrape.txt.gz",
        noise=True,
        pre=[["Skip to content", "The Indian Chronicle"]],
        head=[["ANI"], ["15 January, 2025 08:42 pm IST"]],
        tail=[
            [ANI_DISCLAIMER],
            ["Subscribe to our channels on YouTube & Telegram"],
            ["Trending", "Bengaluru metro fares to be revised from February"],
        ],
    ),
    # Philippine News Agency: "ILOILO CITY –" dateline, all-caps caption kicker, run-on "(PNA)".
    dict(
        cluster="pna-iloilo-cold-storage",
        role="single",
        file="pna_iloilo_solar_cold_storage.txt",
        render="text",
        title="Iloilo City opens solar-powered cold storage for small fishers",
        date="2025-01-14",
        dateline="ILOILO CITY \u2013 ",
        city="Iloilo",
        country="PH",
        region="asia",
        agency="PNA",
        authors=["Rhea Villaflor"],
        editors=[],
        lang="en",
        section=None,
        caption="COLD STORAGE. Fishers unload their catch at the new solar-powered cold storage facility in Barangay "
        "Tanza Baybay, Iloilo City on Tuesday (Jan. 14, 2025). The facility can hold up to 10 tons of fish.",
        credit="PNA photo by Rhea Villaflor",
        pre=[["Philippine News Agency", "Home", "Nation", "Provincial", "Business", "Foreign", "Features", "Photos"]],
        head=[["By Rhea Villaflor"], ["January 14, 2025, 3:45 pm"]],
        cap_lines=["COLD STORAGE. Fishers unload their catch at the new solar-powered cold storage facility in Barangay "
                   "Tanza Baybay, Iloilo City on Tuesday (Jan. 14, 2025). The facility can hold up to 10 tons of fish. "
                   "(PNA photo by Rhea Villaflor)"],
        tail=[
            ["Related Stories", "BFAR-6 distributes fiberglass boats to Guimaras fishers", "Iloilo province eyes more fish sanctuaries"],
            ["Comments"],
            ["Copyright \u00a9 2025 Philippine News Agency"],
        ],
        paras=P("""
Small fishers in this city now have a place to keep their catch fresh after the city government on Tuesday
opened a solar-powered cold storage facility at the fish landing area in Barangay Tanza Baybay.

City Agriculture Office head Ramon Ledesma said the PHP8.5-million facility can store up to 10 tons of fish
and runs mostly on 120 solar panels installed on its roof.

"Before, our fishermen had to sell their catch right away at whatever price the buyers offered because they
had no ice and no freezer. Now they can wait for a better price," Ledesma said in an interview.

The facility will be managed by the Tanza Baybay Small Fishers Association, which has 230 members. They will
pay a minimal fee for every kilo stored to cover maintenance.

Association president Edgar Tupas said members used to lose up to a fifth of their catch during the peak
season from November to February because of spoilage.

The project was funded by the city government with support from the Bureau of Fisheries and Aquatic Resources
(BFAR) Western Visayas, which also trained the members on proper handling and ice making.

Ledesma said the city plans to build two similar facilities in the coastal villages of Arevalo and Molo by
next year. (PNA)
"""),
        must_have=[
            "They will pay a minimal fee for every kilo stored to cover maintenance.",
            "The project was funded by the city government with support from the Bureau of Fisheries and Aquatic "
            "Resources (BFAR) Western Visayas, which also trained the members on proper handling and ice making.",
        ],
    ),
    # BSS (Bangladesh): "KHULNA, Sept 8, 2024 (BSS) -", "Publish :"/"Update :" stamps, "BSS/../hrs" slug.
    dict(
        cluster="bss-khulna-floating-gardens",
        role="single",
        file="bss_khulna_floating_vegetable_beds.txt",
        render="text",
        title="Khulna farmers turn to floating vegetable beds as salinity spreads",
        date="2024-09-08",
        dateline="KHULNA, Sept 8, 2024 (BSS) - ",
        city="Khulna",
        country="BD",
        region="asia",
        agency="BSS",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        caption="Farmers tend vegetables on a floating bed at Dumuria upazila in Khulna.",
        credit="BSS",
        pre=[["Bangladesh Sangbad Sangstha (BSS)", "Home", "National", "Business", "International", "Sports", "District"]],
        head=[["Publish : 08 Sep 2024, 18:42", "Update : 08 Sep 2024, 19:05"]],
        cap_lines=["Farmers tend vegetables on a floating bed at Dumuria upazila in Khulna. Photo: BSS"],
        tail=[
            ["BSS/AR/RAS/1842 hrs"],
            ["Share :", "Facebook", "Twitter", "Whatsapp"],
            ["Latest News", "Jashore farmers get improved jute seeds", "Satkhira shrimp exports rise in August"],
            ["\u00a9 2024 Bangladesh Sangbad Sangstha. All rights reserved."],
        ],
        paras=P("""
Farmers in the low-lying areas of Khulna are increasingly growing vegetables on floating beds made of water
hyacinth and bamboo, as rising salinity and prolonged waterlogging leave much of their land unfit for
cultivation.

According to the Department of Agricultural Extension (DAE), around 1,800 farmers in Dumuria, Terokhada and
Batiaghata upazilas are now cultivating gourd, okra, red amaranth and spinach on nearly 900 floating beds
this season, up from about 500 last year.

The beds, locally known as "dhap", are built by piling layers of water hyacinth and covering them with
compost and soil. A single bed can be used for several months and later serves as organic fertiliser for
dry land.

Deputy Director of DAE Khulna Md Mostafizur Rahman said the method had helped families who lost their
fields to waterlogging earn an income during the monsoon.

"A farmer can earn Taka 8,000 to 10,000 from one bed in a season, and the cost is very low because the
materials come from nature," he said.

Farmer Shefali Mondal of Dumuria said she had been growing vegetables on three floating beds since June and
sold her produce at the local market every week.

The DAE is providing training and seedlings to farmers under a climate-resilient agriculture project, and
plans to bring another 1,000 farmers under the programme next year.
"""),
        must_have=[
            "A single bed can be used for several months and later serves as organic fertiliser for dry land.",
            "Farmer Shefali Mondal of Dumuria said she had been growing vegetables on three floating beds since June and "
            "sold her produce at the local market every week.",
        ],
    ),
    # NNA (Lebanon) in French: "NNA - " opening with no place, "==== R.H." line.
    dict(
        cluster="nna-jbeil-tri-dechets",
        role="single",
        file="nna_jbeil_tri_selectif_dechets_fr.txt",
        render="text",
        title="Jbeil : lancement d'un projet de tri sélectif des déchets dans quinze villages",
        date="2024-04-16",
        dateline="NNA - ",
        city=None,
        country="LB",
        region="asia",
        agency="NNA",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        pre=[["Agence Nationale d'Information", "Accueil", "Politique", "Economie", "Régions", "Culture", "Sports"]],
        head=[["mar 16 avr 2024 à 12:47"], ["Imprimer", "Partager"]],
        tail=[
            ["================ R.H."],
            ["Nouvelles associées", "Batroun : ouverture d'un centre de santé à Chekka", "Zahlé : campagne de reboisement dans la Békaa"],
            ["Tous droits réservés \u00a9 Agence Nationale d'Information - Liban"],
        ],
        paras=P("""
L'Union des municipalités du caza de Jbeil a lancé mardi un projet de tri sélectif des déchets à la source
dans quinze villages du caza, financé par un programme de coopération européen, au cours d'une cérémonie
organisée au siège de l'Union.

Le projet prévoit la distribution de 6 000 bacs de tri aux foyers, l'installation de points de collecte dans
les places publiques et la réhabilitation d'un centre de tri à Halat, qui pourra traiter 40 tonnes de déchets
par jour.

Le président de l'Union, Fadi Khoury, a souligné que "la crise des déchets ne se réglera pas sans la
participation des habitants", appelant les familles à séparer le plastique, le verre, le papier et les
déchets organiques.

Les déchets organiques seront transformés en compost et distribués gratuitement aux agriculteurs de la
région, a-t-il précisé.

La coordinatrice du projet, Rana Abi Saab, a indiqué que des équipes de bénévoles feront du porte-à-porte
pendant trois mois pour expliquer le fonctionnement du tri aux habitants.

Selon l'Union, près de 70 % des déchets de la région finissent actuellement dans des décharges sauvages ou
sont brûlés à ciel ouvert, ce qui provoque une pollution de l'air et des nappes phréatiques.

La cérémonie s'est déroulée en présence de représentants des municipalités concernées et d'associations
environnementales locales.
"""),
        must_have=[
            "Les déchets organiques seront transformés en compost et distribués gratuitement aux agriculteurs de la "
            "région, a-t-il précisé.",
            "La coordinatrice du projet, Rana Abi Saab, a indiqué que des équipes de bénévoles feront du porte-à-porte "
            "pendant trois mois pour expliquer le fonctionnement du tri aux habitants.",
        ],
    ),
    # KUNA: "KUWAIT, Jan 14 (KUNA) --" dateline, "(end) mt.gb" tail.
    dict(
        cluster="kuna-kuwait-construction-waste",
        role="single",
        file="kuna_kuwait_construction_waste_roads.txt",
        render="text",
        title="Kuwait launches pilot to recycle construction waste into road base",
        date="2024-01-14",
        dateline="KUWAIT, Jan 14 (KUNA) -- ",
        city="Kuwait City",
        country="KW",
        region="asia",
        agency="KUNA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Kuwait News Agency (KUNA)", "Home", "Local", "Economy", "Gulf", "Arab", "World", "Sports"]],
        head=[["14/01/2024 12:31"], ["Font Size", "Print"]],
        tail=[
            ["(end) mt.gb"],
            ["Related News", "Kuwait Municipality removes 1,200 abandoned vehicles", "Public Authority for Roads signs maintenance contracts"],
            ["\u00a9 Kuwait News Agency (KUNA) 2024"],
        ],
        paras=P("""
Kuwait's Public Authority for Roads and Transportation (PART) launched on Sunday a pilot project to use
recycled construction and demolition waste as base material for new roads, in cooperation with Kuwait
Municipality and the Environment Public Authority.

The project will start with a 3-kilometer stretch of a service road in the southern area of Sabah Al-Ahmad,
PART Director General Eng. Khaled Al-Mutairi told KUNA on the sidelines of the launch.

Crushed concrete and asphalt from demolished buildings will replace part of the natural aggregate normally
used under the asphalt layer, he said, adding that the material had passed laboratory tests at Kuwait
University.

"Construction waste has been piling up in the desert for years. If the pilot succeeds, it will become a
resource instead of a burden," Al-Mutairi said.

Kuwait produces millions of tons of construction and demolition waste every year, much of which ends up in
landfill sites in the south and west of the country.

The authority will monitor the road for twelve months, measuring cracks, settlement and load capacity, before
deciding whether to use recycled material in larger projects.

The Environment Public Authority said the project was part of its plan to reduce the amount of waste sent to
landfills and limit the quarrying of sand and gravel.
"""),
        must_have=[
            "Kuwait produces millions of tons of construction and demolition waste every year, much of which ends up in "
            "landfill sites in the south and west of the country.",
            "The authority will monitor the road for twelve months, measuring cracks, settlement and load capacity, "
            "before deciding whether to use recycled material in larger projects.",
        ],
    ),
    # BTA English: "Plovdiv, February 20 (BTA) -" dateline, views counter, "/NF/" and "Source:" lines.
    dict(
        cluster="bta-plovdiv-maritsa-trees",
        role="single",
        file="bta_plovdiv_maritsa_embankment_trees.txt",
        render="text",
        title="Plovdiv to Plant 4,000 Trees Along Maritsa River Embankment",
        date="2024-02-20",
        dateline="Plovdiv, February 20 (BTA) - ",
        city="Plovdiv",
        country="BG",
        region="europe",
        agency="BTA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["BTA", "Bulgarian News Agency", "Bulgaria", "Regions", "Economy", "World", "Culture", "Sports"]],
        head=[["February 20, 2024, 16:47"], ["Views 214"]],
        tail=[
            ["/NF/"],
            ["Source: Plovdiv"],
            ["Related Articles", "Stara Zagora opens new cycling lane to railway station", "Plovdiv Municipality approves 2024 budget"],
            ["Copyright \u00a9 2024 Bulgarian News Agency. All rights reserved."],
        ],
        paras=P("""
Plovdiv Municipality will plant some 4,000 trees and shrubs along both banks of the Maritsa River this
spring, Deputy Mayor for Ecology Stoyan Kolev told a news conference on Tuesday.

The planting will cover a 6-km stretch between the Adata island and the Rowing Canal and will include
native species such as poplar, willow, ash and linden, which are resistant to flooding and summer drought,
Kolev said.

The project, worth BGN 1.2 million, is financed by the municipal budget and an environmental programme.
Volunteers from schools and neighbourhood associations will take part in three planting days in March and
April.

According to Kolev, the embankment has lost hundreds of trees over the past decade to disease, storms and
construction, and some sections have no shade at all during the summer months.

"We want people to be able to walk and cycle along the river in July without being scorched by the sun," he
said.

An automated irrigation system will be installed along the most exposed sections, and the municipality will
be responsible for maintaining the young trees for three years.

The Deputy Mayor said that the municipality was also preparing a register of all trees in public spaces in
the city, which would be published online by the end of the year.
"""),
        must_have=[
            "Volunteers from schools and neighbourhood associations will take part in three planting days in March and April.",
            "An automated irrigation system will be installed along the most exposed sections, and the municipality will "
            "be responsible for maintaining the young trees for three years.",
        ],
    ),
    # İHA copy in Turkish on a local site: "KAYSERİ (İHA) –", "Giriş/Güncelleme" stamps, "REKLAM", "Kaynak: İHA".
    dict(
        cluster="iha-kayseri-biyodizel",
        role="single",
        file="erciyeshaber_iha_kayseri_atik_yag_tr.txt",
        render="text",
        title="Kayseri'de atık yağlar biyodizele dönüştürülecek",
        date="2024-03-26",
        dateline="KAYSERİ (İHA) \u2013 ",
        city="Kayseri",
        country="TR",
        region="asia",
        agency="İHA",
        authors=[],
        editors=[],
        lang="tr",
        section=None,
        pre=[["Erciyes Haber", "Anasayfa", "Gündem", "Kayseri", "Ekonomi", "Spor", "Yaşam"]],
        head=[["Giriş: 26.03.2024 - 14:22 | Güncelleme: 26.03.2024 - 14:35"], ["Google News'te Takip Et"]],
        inserts={2: ["REKLAM"]},
        tail=[
            ["Kaynak: İHA"],
            ["Etiketler:", "Kayseri", "biyodizel", "geri dönüşüm"],
            ["İlgili Haberler", "Talas'ta yeni kreş hizmete açıldı", "Erciyes'te kayak sezonu uzatıldı"],
            ["Yorumlar (0)"],
        ],
        paras=P("""
Kayseri Büyükşehir Belediyesi, evlerden ve restoranlardan toplanan atık bitkisel yağları biyodizele
dönüştürmek için yeni bir tesis kuruyor.

Belediyeden yapılan açıklamaya göre, Organize Sanayi Bölgesi'nde kurulacak tesis yılda 3 bin ton atık yağı
işleyebilecek kapasitede olacak. Üretilen biyodizel, belediyeye ait otobüslerde ve iş makinelerinde
kullanılacak.

Büyükşehir Belediyesi Çevre Koruma ve Kontrol Dairesi Başkanı Murat Karaca, bir litre atık yağın bir milyon
litre suyu kirletebildiğini hatırlatarak vatandaşlardan yağları lavaboya dökmemelerini istedi.

Karaca, "Atık yağlarınızı bir şişeye doldurup mahallenizdeki toplama noktasına bırakmanız yeterli. Hem
çevreyi koruyoruz hem de yakıt giderlerimizi azaltıyoruz" dedi.

Kentte şu anda 450 noktada atık yağ toplama kutusu bulunuyor. Belediye, bu sayıyı yıl sonuna kadar 700'e
çıkarmayı hedefliyor.

Tesisin yaklaşık 85 milyon liraya mal olması ve gelecek yılın ilk yarısında hizmete girmesi bekleniyor.

Restoran ve otel işletmelerinin ise atık yağlarını lisanslı firmalara teslim etme zorunluluğu bulunuyor.
Denetimlerde kurala uymayan işletmelere para cezası uygulanıyor.

Belediye ayrıca okullarda atık yağ toplama kampanyası başlatacak ve en çok yağ toplayan okulları
ödüllendirecek.
"""),
        must_have=[
            "Kentte şu anda 450 noktada atık yağ toplama kutusu bulunuyor.",
            "Tesisin yaklaşık 85 milyon liraya mal olması ve gelecek yılın ilk yarısında hizmete girmesi bekleniyor.",
        ],
    ),
    # STT copy in Finnish on a regional site: no dateline, "Kuva: ... / Lehtikuva", "Mainos", "Lue myös:".
    dict(
        cluster="stt-kuopio-sahkobussit",
        role="single",
        file="savonsanomat_stt_kuopio_sahkobussit_fi.txt",
        render="text",
        title="Kuopioon kymmenen sähköbussia syksyllä – pakkaset huolettavat",
        date="2024-03-12",
        dateline="",
        city=None,
        country="FI",
        region="europe",
        agency="STT",
        authors=[],
        editors=[],
        lang="fi",
        section=None,
        caption="Sähköbussi latauksessa Kuopion torin laidalla.",
        credit="Matti Rautiainen / Lehtikuva",
        pre=[["Etusivu", "Uutiset", "Kotimaa", "Ulkomaat", "Talous", "Urheilu", "Tilaa"]],
        head=[["STT"], ["12.3.2024 14:05", "Päivitetty 12.3.2024 15:40"]],
        cap_lines=["Sähköbussi latauksessa Kuopion torin laidalla.", "Kuva: Matti Rautiainen / Lehtikuva"],
        inserts={1: ["Mainos"], 3: ["Lue myös: Joensuu kilpailuttaa paikallisliikenteen uudelleen"]},
        tail=[
            ["Aiheet", "Kuopio", "Joukkoliikenne", "Sähköautot"],
            ["Luetuimmat", "Jäät lähtivät Kallavedeltä ennätysaikaisin", "Savilahden uusi silta avataan toukokuussa"],
            ["Kommentit"],
        ],
        paras=P("""
Kuopion kaupunki ottaa syksyllä käyttöön kymmenen sähköbussia, jotka liikennöivät keskustan ja Savilahden
välillä. Kaupungin mukaan kyseessä on Itä-Suomen suurin sähköbussihankinta tähän mennessä.

Bussit hankitaan kaupungin sopimusliikennöitsijän kautta, ja niiden hinta on yhteensä noin 5,5 miljoonaa
euroa. Hankintaan saadaan valtion tukea.

Joukkoliikennepäällikkö Anne Korhonen kertoo, että talvi on sähköbusseille suurin haaste. Kovilla
pakkasilla akun toimintamatka voi lyhentyä selvästi.

– Olemme seuranneet muiden kaupunkien kokemuksia tarkasti. Busseissa on lisälämmitin, jotta matkustajat
eivät palele, Korhonen sanoo.

Bussit ladataan yöllä varikolla ja päivällä Savilahden päätepysäkillä, jonne rakennetaan kaksi
pikalatauspistettä.

Kuopion joukkoliikenteessä tehtiin viime vuonna noin 5,8 miljoonaa matkaa, mikä on enemmän kuin koskaan
aiemmin. Matkustajamäärää ovat kasvattaneet erityisesti opiskelijat ja Savilahden uudet asuinalueet.

Kaupunki tavoittelee, että puolet sen busseista kulkee sähköllä vuoteen 2030 mennessä. Loput bussit
käyttävät uusiutuvaa dieseliä.

Korhosen mukaan sähköbussien käyttökustannukset ovat dieselbusseja pienemmät, vaikka niiden hankintahinta on
korkeampi. Myös huoltoa tarvitaan vähemmän.

Kuljettajat koulutetaan ajamaan uusilla busseilla kesän aikana. Ensimmäiset bussit saapuvat Kuopioon
elokuussa.
"""),
        must_have=[
            "Bussit ladataan yöllä varikolla ja päivällä Savilahden päätepysäkillä, jonne rakennetaan kaksi pikalatauspistettä.",
            "Kaupunki tavoittelee, että puolet sen busseista kulkee sähköllä vuoteen 2030 mennessä.",
        ],
    ),
    # PACNEWS on a WordPress page: "NUKU'ALOFA, 13 FEBRUARY 2024 (PACNEWS) ----", "....PACNEWS", "Like this:".
    dict(
        cluster="pacnews-nukualofa-solar-water-heaters",
        role="single",
        file="pina_pacnews_nukualofa_solar_water_heaters.txt",
        render="text",
        title="Tonga to require solar water heaters in new government buildings",
        date="2024-02-13",
        dateline="NUKU'ALOFA, 13 FEBRUARY 2024 (PACNEWS) ---- ",
        city="Nuku'alofa",
        country="TO",
        region="oceania",
        agency="PACNEWS",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Pacific Islands News Association", "Home", "Regional News", "Media", "Climate Change", "Sports", "Contact"]],
        head=[["February 13, 2024"], ["Pacific News Service"]],
        tail=[
            ["....PACNEWS"],
            ["Share this:", "Facebook", "X", "Print"],
            ["Like this:", "Like Loading..."],
            ["Related"],
        ],
        paras=P("""
All new government buildings in Tonga will have to be fitted with solar water heaters from July under a
directive approved by Cabinet, as the kingdom tries to reduce its dependence on imported diesel for power
generation.

The Ministry of Infrastructure said the directive would apply to schools, health centres, offices and staff
quarters built or renovated with public funds, including projects financed by development partners.

Chief Executive Officer for Infrastructure, Sione Taufa, said electric water heaters were among the biggest
users of power in government buildings, particularly in hospitals and boarding schools.

"Every kilowatt we save is diesel we do not have to ship into the country," Taufa said.

Tonga generates most of its electricity from diesel, although solar farms on Tongatapu and the outer islands
now supply a growing share of power during the day.

The ministry will publish technical standards for the heaters and train local plumbers and electricians to
install and maintain them, Taufa said.

Private households are not covered by the directive, but the government is considering a subsidy scheme for
families who switch to solar water heating.
"""),
        must_have=[
            "The ministry will publish technical standards for the heaters and train local plumbers and electricians to "
            "install and maintain them, Taufa said.",
            "Private households are not covered by the directive, but the government is considering a subsidy scheme for "
            "families who switch to solar water heating.",
        ],
    ),
    # Kompas.com staff copy in Indonesian: "SEMARANG, KOMPAS.com -", "Lihat Foto", "Baca juga:", Penulis/Editor lines.
    dict(
        cluster="kompas-semarang-trans-semarang",
        role="single",
        file="kompas_semarang_rute_trans_semarang_id.txt",
        render="text",
        title="Semarang Tambah 12 Rute Trans Semarang untuk Kawasan Pinggiran",
        date="2024-03-19",
        dateline="SEMARANG, KOMPAS.com - ",
        city="Semarang",
        country="ID",
        region="asia",
        agency=None,
        authors=["Riska Anggraeni"],
        editors=["Hendra Prasetyo"],
        lang="id",
        section=None,
        caption="Bus Trans Semarang melintas di Jalan Pemuda, Kota Semarang, Selasa (19/3/2024).",
        credit="KOMPAS.com/RISKA ANGGRAENI",
        pre=[["KOMPAS.com", "News", "Regional", "Nasional", "Megapolitan", "Global", "Tren"]],
        head=[["Kompas.com - 19/03/2024, 16:05 WIB"], ["Penulis Kontributor Semarang, Riska Anggraeni | Editor Hendra Prasetyo"]],
        cap_lines=["Lihat Foto", "Bus Trans Semarang melintas di Jalan Pemuda, Kota Semarang, Selasa (19/3/2024).", "KOMPAS.com/RISKA ANGGRAENI"],
        inserts={
            1: ["Baca juga: Trans Semarang Gratiskan Tarif bagi Lansia Mulai April"],
            4: ["Baca juga: Halte Trans Semarang di Simpang Lima Dipindah Sementara"],
        },
        tail=[
            ["Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel."],
            ["Penulis : Kontributor Semarang, Riska Anggraeni", "Editor : Hendra Prasetyo"],
            ["Tag", "Trans Semarang", "Transportasi Umum", "Kota Semarang"],
            ["Berita Terkait", "Dishub Semarang Uji Coba Bus Listrik di Koridor I"],
        ],
        paras=P("""
Pemerintah Kota Semarang akan menambah 12 rute baru Bus Rapid Transit (BRT) Trans Semarang untuk menjangkau
kawasan pinggiran kota mulai Juni 2024.

Kepala Dinas Perhubungan Kota Semarang, Bambang Wicaksono, mengatakan rute baru tersebut akan melayani warga
di Kecamatan Mijen, Gunungpati, Tembalang, dan Genuk yang selama ini sulit mengakses angkutan umum.

"Banyak warga di pinggiran yang masih mengandalkan sepeda motor karena belum ada bus yang lewat. Kami ingin
mereka punya pilihan," kata Bambang saat ditemui di kantornya, Selasa (19/3/2024).

Untuk mendukung rute baru itu, Pemkot Semarang akan mendatangkan 48 bus berukuran sedang. Sebagian armada
akan menggunakan bus listrik.

Menurut Bambang, jumlah penumpang Trans Semarang terus meningkat setelah pandemi. Sepanjang 2023, layanan
tersebut mengangkut sekitar 11 juta penumpang.

Tarif Trans Semarang tetap Rp 4.000 untuk penumpang umum dan Rp 1.000 untuk pelajar, lansia, serta
penyandang disabilitas.

Dia menambahkan, Dishub juga akan membangun 60 halte baru dan memperbaiki halte lama yang rusak sebelum rute
baru dioperasikan.
"""),
        must_have=[
            "Sebagian armada akan menggunakan bus listrik.",
            "Sepanjang 2023, layanan tersebut mengangkut sekitar 11 juta penumpang.",
        ],
    ),
]


# ---- cluster: PA Media, hedgehog survey (regional site page + syndicated copy in a batch) ----

HEDGEHOG_PARAS = P("""
Hedgehog sightings in British gardens have fallen for the third year in a row, according to an annual survey
which suggests the animals are struggling to find food and safe places to nest.

Volunteers taking part in the Garden Wildlife Trust's count recorded hedgehogs in 38% of gardens last year,
down from 41% in 2022 and 46% in 2020, the charity said.

The decline was steepest in towns and cities in the east of England, where dry summers have made it harder
for hedgehogs to find the beetles, caterpillars and earthworms they feed on.

Dr Hannah Fairley, the trust's head of science, said: "Hedgehogs need to travel a mile or more each night to
find enough food and a mate, and every fence and wall without a gap makes that journey harder."

The charity is urging householders to cut 13cm holes in garden fences, leave a corner of their lawn uncut and
avoid using slug pellets.

More than 60,000 people took part in last year's survey, which asks volunteers to record the wildlife they
see in their gardens over a week in the summer.

Sightings of frogs and slow worms also fell, but the number of gardens visited by foxes and badgers rose
slightly, the survey found.

The trust said it would publish guidance for housebuilders on how to design new estates so that hedgehogs can
move freely between gardens.
""")

HEDGEHOG = dict(
    cluster="pa-hedgehog-garden-survey",
    title="Hedgehog sightings in gardens fall for third year running, survey finds",
    date="2024-03-12",
    dateline="",
    city=None,
    country="GB",
    region="europe",
    agency="PA",
    authors=["Eleanor Birch"],
    editors=[],
    lang="en",
    paras=HEDGEHOG_PARAS,
    must_have=[
        "The charity is urging householders to cut 13cm holes in garden fences, leave a corner of their lawn uncut and "
        "avoid using slug pellets.",
        "More than 60,000 people took part in last year's survey, which asks volunteers to record the wildlife they see "
        "in their gardens over a week in the summer.",
    ],
    description="Volunteers recorded hedgehogs in 38% of gardens last year, down from 41% in 2022.",
    meta_author="Eleanor Birch",
    published="2024-03-12T00:01:00+00:00",
    caption="A hedgehog in a garden in Norfolk.",
    credit="Owen Hartley/PA Wire",
    credit_shown="(Image: Owen Hartley/PA Wire)",
)

# ---- cluster: NAMPA, Oshakati (regional paper page + same page with tracking parameters) ----

SITE_NAMIBIA = dict(
    name="The Northern Courier",
    home="https://www.northerncourier.example.com.na",
    title_suffix=" - The Northern Courier",
    locale="en_NA",
    twitter="@NorthernCourierNA",
    body_class="single single-post",
    article_class="td-post-content-wrap",
    body_class_inner="td-post-content",
    cookie=None,
    top_links=["E-Paper", "Advertise", "Vacancies"],
    nav=["Home", "National", "Regional", "Business", "Sport", "Opinion", "Youth"],
    share=["Facebook", "Twitter", "WhatsApp", "Telegram"],
    footer=["\u00a9 2024 The Northern Courier. All Rights Reserved.", "About", "Contact Us", "Privacy Policy"],
)

OSHAKATI = dict(
    cluster="nampa-oshakati-low-cost-houses",
    title="Oshakati town council to build 400 low-cost houses this year",
    date="2024-03-05",
    dateline="OSHAKATI, 05 MAR (NAMPA) \u2013 ",
    city="Oshakati",
    country="NA",
    region="africa",
    agency="NAMPA",
    authors=[],
    editors=[],
    lang="en",
    render="html",
    site=SITE_NAMIBIA,
    section="Regional",
    meta_section="Regional",
    url="https://www.northerncourier.example.com.na/oshakati-town-council-to-build-400-low-cost-houses-this-year/",
    description="The houses will be built in Uupindi and Oneshila extensions.",
    published="2024-03-05T16:10:00+02:00",
    modified="2024-03-05T16:10:00+02:00",
    ld_author=[{"@type": "Organization", "name": "Nampa"}],
    byline_lines=["Nampa"],
    date_lines=["March 5, 2024"],
    end_lines=["(NAMPA)"],
    tags=("Tags:", ["Oshakati", "Housing", "Oshana Region"]),
    lists=[("Latest", ["Ongwediva trade fair dates announced", "Oshana farmers urged to plant early"])],
    paras=P("""
The Oshakati Town Council plans to build 400 low-cost houses in the Uupindi and Oneshila extensions during the
2024/25 financial year, as the demand for affordable housing in the northern town continues to grow.

Council chief executive officer Tomas Hango told this agency on Tuesday that the houses, with two and three
bedrooms, would be sold to residents earning less than N.dollars 15 000 a month.

Hango said the council had already serviced 520 plots with water, sewerage and electricity in the two
extensions, and that construction would start in May once contractors were appointed.

"We have more than 6 000 people on our housing waiting list. We cannot build for all of them at once, but we
have to start somewhere," he said.

The project will cost about N.dollars 96 million and will be funded through a loan from a development bank and
the council's own revenue, Hango said.

He added that local small and medium enterprises would be given preference in the supply of bricks, doors and
window frames to keep money in the town.

Oshakati, the regional capital of Oshana, has seen informal settlements grow rapidly over the past decade as
people move from rural areas in search of work and education.
"""),
    must_have=[
        "The project will cost about N.dollars 96 million and will be funded through a loan from a development bank and "
        "the council's own revenue, Hango said.",
        "He added that local small and medium enterprises would be given preference in the supply of bricks, doors and "
        "window frames to keep money in the town.",
    ],
)

# ---- HTML pages ----------------------------------------------------------------

SITE_WAM = dict(
    name="Emirates News Agency - WAM",
    home="https://www.wam.example.ae",
    title_suffix=" | Emirates News Agency",
    locale="en_US",
    twitter="@WAMNEWS_ENG",
    body_class="wam-article",
    article_class="article-details",
    body_class_inner="article-body",
    cookie="This website uses cookies to ensure you get the best experience on our website.",
    cookie_buttons=["Got it!"],
    top_links=["\u0639\u0631\u0628\u064a", "Fran\u00e7ais", "Espa\u00f1ol", "\u4e2d\u6587"],
    nav=["UAE", "Gulf", "Arab", "World", "Economy", "Sports", "Culture"],
    share=["Share", "X", "Facebook", "WhatsApp", "Copy link"],
    footer=["Copyright \u00a9 2024 Emirates News Agency (WAM). All Rights Reserved.", "Terms of Use", "Contact Us"],
)

SITE_WESSEX = dict(
    name="Wiltshire Evening Herald",
    home="https://www.wiltsherald.example.co.uk",
    title_suffix=" | Wiltshire Evening Herald",
    locale="en_GB",
    twitter="@WiltsHerald",
    body_class="article-page nq-site",
    article_class="article-first-row",
    body_class_inner="article-body",
    cookie_title="We value your privacy",
    cookie="We and our partners store and/or access information on a device, such as cookies and process personal data, such as unique identifiers and standard information sent by a device for personalised advertising and content.",
    cookie_buttons=["I Accept", "Show Purposes"],
    top_links=["Subscribe", "Sign in", "Jobs", "Announcements"],
    nav=["News", "Sport", "What's On", "Property", "Opinion", "National news"],
    share=["Share", "Facebook", "X", "Email", "Copy link"],
    footer=[
        "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
        "\u00a9 Copyright 2001-2024. This site is part of Wessex Media's audited local newspaper network.",
        "Contact us",
        "Terms & Conditions",
    ],
)

SITE_EPD = dict(
    name="Kirche im Norden",
    home="https://www.kircheimnorden.example.de",
    title_suffix=" | Kirche im Norden",
    locale="de_DE",
    twitter="@KircheImNorden",
    body_class="page-article",
    article_class="news-detail",
    body_class_inner="news-text",
    cookie_title="Datenschutzeinstellungen",
    cookie="Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.",
    cookie_buttons=["Alle akzeptieren", "Nur essenzielle Cookies akzeptieren", "Individuelle Datenschutzeinstellungen"],
    top_links=["Gottesdienste", "Spenden", "Newsletter"],
    nav=["Nachrichten", "Niedersachsen", "Bremen", "Diakonie", "Glaube", "Kultur"],
    share=["Teilen", "Facebook", "WhatsApp", "E-Mail"],
    footer=["\u00a9 2024 Kirche im Norden", "Impressum", "Datenschutz", "Kontakt"],
)

SITE_TAP = dict(
    name="TAP - Agence Tunis Afrique Presse",
    home="https://www.tap.example.tn",
    title_suffix=" | TAP",
    locale="fr_FR",
    twitter="@TAP_Francais",
    body_class="node-type-article",
    article_class="article-detail",
    body_class_inner="field-body",
    cookie=None,
    top_links=["\u0639\u0631\u0628\u064a", "English", "Fran\u00e7ais"],
    nav=["Politique", "Economie", "Société", "Régions", "Monde", "Culture", "Sport"],
    share=["Facebook", "Twitter", "LinkedIn", "Imprimer"],
    footer=["\u00a9 2024 Agence Tunis Afrique Presse. Tous droits réservés.", "Qui sommes-nous", "Contact"],
)

SITE_RECIFE = dict(
    name="Diário do Capibaribe",
    home="https://www.diariocapibaribe.example.com.br",
    title_suffix=" | Diário do Capibaribe",
    locale="pt_BR",
    twitter="@DiarioCapibaribe",
    body_class="materia",
    article_class="materia-conteudo",
    body_class_inner="materia-texto",
    cookie="Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade e, ao continuar navegando, você concorda com estas condições.",
    cookie_buttons=["Prosseguir"],
    top_links=["Assine", "Entrar", "Últimas"],
    nav=["Política", "Economia", "Grande Recife", "Brasil", "Esportes", "Viver"],
    share=["Compartilhe", "WhatsApp", "Facebook", "X", "Copiar link"],
    footer=["\u00a9 Copyright 2024 Diário do Capibaribe. Todos os direitos reservados.", "Expediente", "Fale conosco", "Anuncie"],
)

SITE_UKRINFORM = dict(
    name="Ukrinform",
    home="https://www.ukrinform.example.net",
    title_suffix=" | Ukrinform",
    locale="en_US",
    twitter="@UKRINFORM",
    body_class="page-news",
    article_class="newsText",
    body_class_inner="newsText-body",
    cookie=None,
    top_links=["\u0423\u043a\u0440", "Eng", "Deu", "Fra", "Esp", "Pol", "\u65e5\u672c\u8a9e"],
    nav=["War", "Politics", "Economy", "Society", "Regions", "Diaspora", "Sports"],
    share=["Facebook", "X", "Telegram"],
    footer=["All rights reserved. \u00a9 2015-2024 Ukrinform", "About", "Contacts", "Advertising"],
)

SITE_CARIB = dict(
    name="Antilles Daily Post",
    home="https://www.antillesdailypost.example.com",
    title_suffix=" | Antilles Daily Post",
    locale="en_US",
    twitter="@AntillesPost",
    body_class="post-template-default single",
    article_class="entry-content-wrap",
    body_class_inner="entry-content",
    cookie=None,
    top_links=["Subscribe", "E-Paper", "Classifieds"],
    nav=["News", "Regional", "Business", "Sports", "Lifestyle", "Commentary"],
    share=["Share", "Facebook", "WhatsApp", "X", "Email"],
    footer=["\u00a9 2024 Antilles Daily Post. All rights reserved.", "Advertise", "Contact", "Privacy"],
)

SITE_ARB = dict(
    name="ARB News",
    home="https://www.arbnews.example.net.au",
    title_suffix=" - ARB News",
    locale="en_AU",
    twitter="@ARBNews",
    body_class="story-page",
    article_class="story-article",
    body_class_inner="story-body",
    cookie=None,
    skip="Skip to main content",
    top_links=["ARB Listen", "ARB iview", "Log in"],
    nav=["Just In", "Australia", "World", "Business", "Sport", "Local", "Rural"],
    share=["Share", "Copy link", "Facebook", "X"],
    footer=["ARB acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.", "About ARB", "Contact ARB", "Terms of Use"],
)

HTML_STORIES = [
    # -- WAM on its own site: "AL AIN, 14th March, 2024 (WAM) --", "WAM/name/name" desk line --
    dict(
        cluster="wam-al-ain-cycling-track",
        role="single",
        file="wam_al_ain_jebel_hafeet_cycling_track.html",
        render="html",
        site=SITE_WAM,
        title="Al Ain Municipality opens 12-km cycling and running track near Jebel Hafeet",
        date="2024-03-14",
        dateline="AL AIN, 14th March, 2024 (WAM) -- ",
        city="Al Ain",
        country="AE",
        region="asia",
        agency="WAM",
        authors=[],
        editors=[],
        lang="en",
        section="UAE",
        meta_section="UAE",
        url="https://www.wam.example.ae/en/article/b2k9x7q-al-ain-municipality-opens-12-km-cycling-running-track",
        description="The track includes rest areas, lighting and drinking water stations.",
        published="2024-03-14T15:12:00+04:00",
        modified="2024-03-14T15:12:00+04:00",
        ld_author=[{"@type": "Organization", "name": "WAM"}],
        date_lines=["Thu 14-03-2024 15:12 PM"],
        end_lines=["WAM/Esraa Ismail/Hatem Mohamed"],
        lists=[("Related News", ["Abu Dhabi launches new bus route to Yas Island", "Dubai RTA completes Al Khail Road improvements"])],
        paras=P("""
Al Ain City Municipality has opened a 12-kilometre track for cycling and running near Jebel Hafeet, as part
of its efforts to encourage residents to adopt healthy lifestyles and to provide outdoor sports facilities in
the city.

The track, which runs alongside the Green Mubazzarah road, includes separate lanes for cyclists and runners,
six rest areas, drinking water stations, and lighting that allows it to be used in the evening.

Engineer Saeed Al Kaabi, Director of the Infrastructure and Municipal Assets Sector, said that the project
was designed to meet international safety standards, with a rubberised surface for runners and protective
barriers along the steepest sections.

He added that the track would be open to the public free of charge throughout the day and would host
community sports events organised in cooperation with local clubs.

The municipality also installed bicycle parking and repair stations at the start and end points of the track,
as well as shaded seating areas for families.

Al Kaabi noted that the project complements a network of cycling tracks in the city, which now extends more
than 60 kilometres, and that further tracks are planned in residential areas over the coming years.
"""),
        must_have=[
            "He added that the track would be open to the public free of charge throughout the day and would host "
            "community sports events organised in cooperation with local clubs.",
            "The municipality also installed bicycle parking and repair stations at the start and end points of the "
            "track, as well as shaded seating areas for families.",
        ],
    ),
    # -- PA Media on a UK regional site (original of the PA cluster): 00:01 embargo, "(Image: ...)" --
    dict(
        HEDGEHOG,
        role="original",
        file="wiltsherald_pa_hedgehog_garden_survey.html",
        render="html",
        site=SITE_WESSEX,
        section="National news",
        meta_section="National news",
        url="https://www.wiltsherald.example.co.uk/news/national/24172833.hedgehog-sightings-gardens-fall-third-year-running-survey-finds/",
        modified="2024-03-12T06:30:00+00:00",
        byline_lines=["By Eleanor Birch, PA Environment Correspondent"],
        date_lines=["Published: 12th March 2024", "Last updated: 12th March 2024"],
        inserts={
            2: [("ad", "Advertisement")],
            4: [("promo", ["Get the latest news from the Herald", "Sign up to our free daily newsletter for the top stories in your area", "Sign up"])],
        },
        below_body=[("ipso", "Our community guidelines")],
        comments=["Comments: Our rules", "14 Comments", "Sort by: Newest"],
        lists=[("Most Read", ["Road closures planned in Trowbridge this week", "New GP surgery opens in Chippenham"])],
    ),
    # -- epd on a church news portal: "Hannover (epd)." dateline, "Foto: epd-bild/...", reading time --
    dict(
        cluster="epd-hannover-waermestube",
        role="single",
        file="kircheimnorden_epd_hannover_waermestube_de.html",
        render="html",
        site=SITE_EPD,
        title="Diakonie eröffnet Wärmestube mit Sozialberatung am Hauptbahnhof",
        date="2023-11-20",
        dateline="Hannover (epd). ",
        city="Hannover",
        country="DE",
        region="europe",
        agency="epd",
        authors=[],
        editors=[],
        lang="de",
        section="Niedersachsen",
        meta_section="Niedersachsen",
        url="https://www.kircheimnorden.example.de/nachrichten/niedersachsen/diakonie-eroeffnet-waermestube-mit-sozialberatung-am-hauptbahnhof",
        description="Die Anlaufstelle ist bis Ende März täglich von 8 bis 20 Uhr geöffnet.",
        published="2023-11-20T11:34:00+01:00",
        modified="2023-11-20T11:34:00+01:00",
        ld_author=[{"@type": "Organization", "name": "epd"}],
        date_lines=["20.11.2023"],
        caption="Die neue Wärmestube liegt in einem ehemaligen Ladengeschäft nahe dem Hauptbahnhof.",
        credit="epd-bild/Mara Lindner",
        credit_shown="Foto: epd-bild/Mara Lindner",
        above_body=[("reading-time", "Lesezeit: 2 Min.")],
        end_lines=["lnb/mig"],
        tags=("Schlagworte", ["Diakonie", "Obdachlosigkeit", "Hannover"]),
        lists=[("Mehr aus Niedersachsen", ["Landeskirche wählt neue Synode", "Kirchenkreis Celle startet Trauercafé"])],
        paras=P("""
Die Diakonie in Hannover hat am Montag eine Wärmestube für obdachlose und arme Menschen in der Nähe des
Hauptbahnhofs eröffnet. Die Anlaufstelle ist bis Ende März täglich von 8 bis 20 Uhr geöffnet und bietet
neben warmen Getränken und einer Mahlzeit auch Sozialberatung an.

In den Räumen eines ehemaligen Ladengeschäfts gibt es Platz für rund 40 Menschen. Duschen und eine
Kleiderkammer sollen im Dezember hinzukommen, teilte das Diakonische Werk mit.

„Viele Menschen, die zu uns kommen, haben zwar ein Dach über dem Kopf, können aber ihre Wohnung nicht mehr
heizen“, sagte Diakoniepastorin Friederike Hansen. In der Wärmestube könnten sie sich aufwärmen und zugleich
Hilfe bei Anträgen und Behördengängen bekommen.

Die Beratung übernehmen Sozialarbeiterinnen der Diakonie, unterstützt von rund 60 Ehrenamtlichen. Die Stadt
Hannover und die Landeskirche tragen einen Großteil der Kosten von rund 180.000 Euro.

Nach Schätzungen der Wohnungslosenhilfe leben in Hannover etwa 4.000 Menschen ohne eigene Wohnung, mehrere
Hundert von ihnen auf der Straße. In den vergangenen Wintern seien die Notunterkünfte oft voll belegt gewesen,
hieß es.

Die Diakonie ruft dazu auf, warme Kleidung, Schlafsäcke und Thermoskannen zu spenden.
"""),
        must_have=[
            "Duschen und eine Kleiderkammer sollen im Dezember hinzukommen, teilte das Diakonische Werk mit.",
            "Die Stadt Hannover und die Landeskirche tragen einen Großteil der Kosten von rund 180.000 Euro.",
        ],
    ),
    # -- TAP in French: "Bizerte, 9 avr (TAP) -", breadcrumb, "Mis à jour" stamp --
    dict(
        cluster="tap-bizerte-gare-maritime",
        role="single",
        file="tap_bizerte_gare_maritime_croisieres_fr.html",
        render="html",
        site=SITE_TAP,
        title="Bizerte : la gare maritime rénovée accueillera ses premiers croisiéristes en mai",
        date="2024-04-09",
        dateline="Bizerte, 9 avr (TAP) - ",
        city="Bizerte",
        country="TN",
        region="africa",
        agency="TAP",
        authors=[],
        editors=[],
        lang="fr",
        section="Régions",
        meta_section="Régions",
        url="https://www.tap.example.tn/fr/regions/bizerte-la-gare-maritime-renovee-accueillera-ses-premiers-croisieristes-en-mai",
        description="Quatorze escales de navires de croisière sont programmées au port de Bizerte cette année.",
        published="2024-04-09T17:25:00+01:00",
        modified="2024-04-09T17:48:00+01:00",
        ld_author=[{"@type": "Organization", "name": "TAP"}],
        breadcrumbs=["Accueil", "Régions", "Bizerte"],
        date_lines=["Publié le 09/04/2024 - 17:25", "Mis à jour le 09/04/2024 - 17:48"],
        tags=("Mots-clés", ["Bizerte", "Tourisme", "Croisières"]),
        lists=[("Dans la même rubrique", ["Nabeul : la saison des agrumes touche à sa fin", "Tozeur : un festival de l'oasis en novembre"])],
        paras=P("""
La gare maritime du port de Bizerte, rénovée pendant deux ans, accueillera ses premiers passagers de
croisière en mai prochain, a annoncé, mardi, le directeur régional de l'Office de la marine marchande et des
ports, Karim Ben Salah.

Quatorze escales de navires de croisière sont déjà programmées cette année, contre cinq en 2023, a-t-il
précisé lors d'une réunion du conseil régional consacrée à la préparation de la saison touristique.

Les travaux, d'un coût de 12 millions de dinars, ont porté sur l'agrandissement du hall d'accueil,
l'installation de nouveaux équipements de contrôle et l'aménagement d'un espace commercial réservé aux
artisans de la région.

Selon le responsable, la gare pourra accueillir jusqu'à 2 500 passagers par escale. Des circuits vers la
médina, le vieux port et le parc national de l'Ichkeul seront proposés aux visiteurs.

Le commissaire régional au tourisme, Sami Gharbi, a souligné que la croisière représente une opportunité
pour les commerçants et les guides de la région, appelant à améliorer la propreté des sites et la
signalisation touristique.

Une navette gratuite reliera le port au centre-ville pendant les escales, a-t-on appris de même source.
"""),
        must_have=[
            "Selon le responsable, la gare pourra accueillir jusqu'à 2 500 passagers par escale.",
            "Une navette gratuite reliera le port au centre-ville pendant les escales, a-t-on appris de même source.",
        ],
    ),
    # -- Estadão Conteúdo on a Recife site (gzipped): "RECIFE -", "Continua após a publicidade", "Leia também" --
    dict(
        cluster="estadao-recife-abrigos-onibus",
        role="single",
        file="diariocapibaribe_estadao_recife_abrigos_onibus_pt.html.gz",
        render="html",
        site=SITE_RECIFE,
        title="Recife vai instalar 300 abrigos de ônibus com painéis solares até 2025",
        date="2024-07-23",
        dateline="RECIFE - ",
        city="Recife",
        country="BR",
        region="americas",
        agency="Estadão Conteúdo",
        authors=[],
        editors=[],
        lang="pt",
        section="Grande Recife",
        meta_section="Grande Recife",
        url="https://www.diariocapibaribe.example.com.br/grande-recife/2024/07/recife-vai-instalar-300-abrigos-de-onibus-com-paineis-solares.html",
        description="Os novos abrigos terão tomadas USB, iluminação em LED e painéis com horários em tempo real.",
        published="2024-07-23T18:40:00-03:00",
        modified="2024-07-23T19:02:00-03:00",
        meta_author="Estadão Conteúdo",
        ld_author=[{"@type": "Organization", "name": "Estadão Conteúdo"}],
        byline_lines=["Estadão Conteúdo"],
        date_lines=["Publicado em 23/07/2024 às 18h40", "Atualizado em 23/07/2024 às 19h02"],
        caption="Passageiros aguardam ônibus em parada da Avenida Conde da Boa Vista, no centro do Recife.",
        credit="Renato Leal/Estadão",
        credit_shown="Foto: Renato Leal/Estadão",
        inserts={
            1: [("ad", "Continua após a publicidade")],
            3: [("link", "Leia também:", "Metrô do Recife terá nova tarifa a partir de agosto")],
            5: [("ad", "Continua após a publicidade")],
        },
        tags=("Tópicos", ["Recife", "Transporte público", "Energia solar"]),
        lists=[("Mais lidas", ["Olinda anuncia programação do festival de inverno", "Chuvas: Defesa Civil mantém alerta no Grande Recife"])],
        paras=P("""
A Prefeitura do Recife anunciou nesta terça-feira, 23, que vai substituir 300 abrigos de ônibus da cidade por
estruturas com cobertura de painéis solares, iluminação em LED e tomadas USB até o fim de 2025.

Segundo a prefeitura, a energia gerada pelos painéis será suficiente para alimentar a iluminação e os painéis
eletrônicos que informarão aos passageiros os horários dos ônibus em tempo real.

O investimento estimado é de R$ 42 milhões e será feito por meio de uma concessão: a empresa vencedora da
licitação poderá explorar publicidade nos abrigos por 20 anos e ficará responsável pela manutenção.

"O passageiro do Recife espera o ônibus no sol e na chuva, muitas vezes sem saber quando ele vai chegar. Queremos
mudar essa realidade", afirmou o secretário de Mobilidade, Caio Barreto.

Os primeiros abrigos serão instalados nos corredores das avenidas Conde da Boa Vista, Caxangá e Norte, que
concentram o maior fluxo de passageiros da capital pernambucana.

O Recife tem cerca de 3,4 mil pontos de parada, dos quais menos da metade conta com algum tipo de cobertura,
segundo dados da própria prefeitura.

O edital da concessão deve ser publicado em setembro, após consulta pública.
"""),
        must_have=[
            "O investimento estimado é de R$ 42 milhões e será feito por meio de uma concessão: a empresa vencedora da "
            "licitação poderá explorar publicidade nos abrigos por 20 anos e ficará responsável pela manutenção.",
            "O edital da concessão deve ser publicado em setembro, após consulta pública.",
        ],
    ),
    # -- NAMPA on a Namibian paper's page (original of the NAMPA cluster) --
    dict(
        OSHAKATI,
        role="original",
        file="northerncourier_nampa_oshakati_low_cost_houses.html",
    ),
    # -- Ukrinform English: no dateline, "Ukrinform reports with reference to", "Read also:" --
    dict(
        cluster="ukrinform-lviv-trams",
        role="single",
        file="ukrinform_lviv_low_floor_trams.html",
        render="html",
        site=SITE_UKRINFORM,
        title="Lviv to receive ten new low-floor trams by end of year",
        date="2024-03-18",
        dateline="",
        city=None,
        country="UA",
        region="europe",
        agency="Ukrinform",
        authors=[],
        editors=[],
        lang="en",
        section="Economy",
        meta_section="Economy",
        url="https://www.ukrinform.example.net/rubric-economy/3842155-lviv-to-receive-ten-new-lowfloor-trams-by-end-of-year.html",
        description="The trams will run on the routes to Sykhiv and Ryasne.",
        published="2024-03-18T14:22:00+02:00",
        modified="2024-03-18T14:22:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Ukrinform"}],
        date_lines=["18.03.2024 14:22"],
        caption="A tram on Horodotska Street in Lviv",
        credit="Lviv City Council",
        credit_shown="Photo: Lviv City Council",
        inserts={2: [("link", "Read also:", "Lviv launches single e-ticket for suburban trains and city transport")]},
        tags=("Tags:", ["Lviv", "Transport", "Municipal economy"]),
        lists=[("Latest news", ["Ternopil receives grant for energy-efficient schools", "Ivano-Frankivsk opens new bus depot"])],
        paras=P("""
Lviv will receive ten new low-floor trams by the end of the year under a contract signed with a Ukrainian
manufacturer, Ukrinform reports with reference to the Lviv City Council's press service.

The trams will be financed with a loan from a European development bank and will run mainly on the routes
to the Sykhiv and Ryasne districts, where passenger numbers have grown the most.

Each tram can carry up to 230 passengers and is equipped with air conditioning, USB chargers and ramps for
wheelchair users and parents with prams.

"We are replacing trams that were built in the 1980s. The new vehicles use almost a third less electricity
and are much more comfortable for passengers," said Ihor Savchuk, head of the city's transport department.

The first two trams are expected to arrive in Lviv in August. Testing and driver training will take about
a month before they enter regular service.

Lviv currently operates about 90 trams on ten routes. The city also plans to repair more than 5 km of tram
tracks this year, including the section on Horodotska Street.

According to the city council, public transport in Lviv carried about 145 million passengers last year.
"""),
        must_have=[
            "Each tram can carry up to 230 passengers and is equipped with air conditioning, USB chargers and ramps for "
            "wheelchair users and parents with prams.",
            "Testing and driver training will take about a month before they enter regular service.",
        ],
    ),
    # -- CMC on a Caribbean paper: "PORT OF SPAIN, Trinidad, Mar 19, CMC –", "CMC/sr/ir/2024" --
    dict(
        cluster="cmc-port-of-spain-electric-maxi-taxis",
        role="single",
        file="antillesdailypost_cmc_port_of_spain_maxi_taxis.html",
        render="html",
        site=SITE_CARIB,
        title="Trinidad and Tobago to pilot electric maxi-taxis on Priority Bus Route",
        date="2024-03-19",
        dateline="PORT OF SPAIN, Trinidad, Mar 19, CMC \u2013 ",
        city="Port of Spain",
        country="TT",
        region="americas",
        agency="CMC",
        authors=[],
        editors=[],
        lang="en",
        section="Regional",
        meta_section="Regional",
        url="https://www.antillesdailypost.example.com/regional/trinidad-and-tobago-to-pilot-electric-maxi-taxis-on-priority-bus-route/",
        description="Twenty electric minibuses will be leased to maxi-taxi operators for a year.",
        published="2024-03-19T13:05:00-04:00",
        modified="2024-03-19T13:05:00-04:00",
        ld_author=[{"@type": "Organization", "name": "CMC"}],
        byline_lines=["CMC"],
        date_lines=["March 19, 2024"],
        end_lines=["CMC/sr/ir/2024"],
        newsletter_end=["Stay informed", "Get the top Caribbean stories in your inbox every morning.", "Subscribe"],
        lists=[("Trending", ["Barbados announces new fuel tax relief", "Guyana oil revenue climbs in first quarter"])],
        paras=P("""
The Trinidad and Tobago government says it will begin a pilot project next month using electric maxi-taxis
on the Priority Bus Route in a bid to cut fuel costs and emissions from public transport.

Works and Transport Minister Derrick Ramcharan told reporters that 20 electric minibuses would be leased to
maxi-taxi operators for 12 months, with charging stations installed at the City Gate terminal in Port of
Spain and at the Arima and Curepe hubs.

"The operators will pay a lease fee that is lower than what they now spend on diesel every month. At the end of
the pilot we will know if this model works for the whole industry," Ramcharan said.

Maxi-taxis, privately owned minibuses that run on fixed routes, carry a large share of commuters along the
east-west corridor, one of the busiest in the country.

The Route Two Maxi-Taxi Association welcomed the project but said its members were concerned about the cost
of repairs and the availability of spare parts for the new vehicles.

The minister said the supplier would provide maintenance and train mechanics as part of the lease agreement.

Trinidad and Tobago has said it aims to reduce carbon emissions from transport by 30 per cent by 2030.
"""),
        must_have=[
            "Maxi-taxis, privately owned minibuses that run on fixed routes, carry a large share of commuters along the "
            "east-west corridor, one of the busiest in the country.",
            "The minister said the supplier would provide maintenance and train mechanics as part of the lease agreement.",
        ],
    ),
    # -- Australian public broadcaster's regional page: station line, "Posted"/"Updated", gallery "1 of 5" --
    dict(
        cluster="arb-broome-pearling-luggers",
        role="single",
        file="arbnews_broome_pearling_luggers.html",
        render="html",
        site=SITE_ARB,
        title="Historic pearling luggers to be restored and returned to Broome's waterfront",
        date="2024-03-12",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Tessa Mulvaney"],
        editors=[],
        lang="en",
        section="Local",
        meta_section="Local",
        url="https://www.arbnews.example.net.au/news/2024-03-12/broome-pearling-luggers-restoration/103572210",
        description="Three wooden luggers will be restored by shipwrights and volunteers over two years.",
        published="2024-03-12T05:32:00+08:00",
        modified="2024-03-12T09:10:00+08:00",
        meta_author="Tessa Mulvaney",
        byline_lines=["By Tessa Mulvaney", "ARB Kimberley"],
        date_lines=["Posted Tue 12 Mar 2024 at 5:32am", "Updated Tue 12 Mar 2024 at 9:10am"],
        caption="The lugger Sunbeam has been on blocks at the Broome museum for more than 20 years.",
        credit="Supplied",
        credit_shown="Picture: Supplied",
        caption_prefix="1 of 5",
        above_body=[("topic", "Topic: Maritime History")],
        inserts={3: [("box", "Related stories", ["Pearl divers' graves restored at Broome cemetery", "Kimberley tourism operators brace for quiet wet season"])]},
        lists=[("Top Stories", ["Cyclone watch issued for Pilbara coast", "Interest rates on hold"])],
        paras=P("""
Three wooden pearling luggers that once worked the waters off Broome will be restored and put back on
display on the town's waterfront under a two-year project announced by the Shire of Broome.

The luggers, built between the 1920s and the 1950s, have been sitting on blocks in the grounds of the local
museum, where the timber has been cracking in the heat and the paint peeling away.

Shire president Graham Tiernan said the restoration would cost about $1.4 million, with funding from the
state government, a heritage grant and donations from pearling companies.

"These boats are the story of Broome. Aboriginal, Asian and European crews worked on them side by side, and a
lot of families here can trace their history back to a lugger," he said.

Shipwrights from Fremantle will lead the work with the help of local volunteers and apprentices, who will be
trained in traditional boatbuilding skills.

Museum volunteer Rosie Djiagween, whose grandfather worked as a diver, said the luggers had been at risk of
falling apart.

"Every wet season we were worried one of them would not make it," she said.

Once restored, the luggers will be housed in a shaded open-air gallery near Streeter's Jetty, where
visitors will be able to walk around them and learn about the history of the pearling industry.
"""),
        must_have=[
            "Shire president Graham Tiernan said the restoration would cost about $1.4 million, with funding from the "
            "state government, a heritage grant and donations from pearling companies.",
            "Shipwrights from Fremantle will lead the work with the help of local volunteers and apprentices, who will be "
            "trained in traditional boatbuilding skills.",
        ],
    ),
]


# ---- single JSON records ---------------------------------------------------------

JSON_STORIES = [
    # news-please, AIM in Portuguese on a Mozambican portal: "Beira, 15 Mar (AIM) -", run-on "(AIM)", slug.
    dict(
        cluster="aim-beira-drenagem",
        role="single",
        file="newsplease_aim_beira_drenagem_pt.json",
        render="newsplease",
        title="Beira: Conselho Municipal inicia reabilitação da drenagem em cinco bairros",
        date="2024-03-15",
        dateline="Beira, 15 Mar (AIM) - ",
        city="Beira",
        country="MZ",
        region="africa",
        agency="AIM",
        authors=[],
        editors=[],
        lang="pt",
        section=None,
        url="https://www.sofalaonline.example.co.mz/economia/beira-conselho-municipal-inicia-reabilitacao-da-drenagem-em-cinco-bairros/",
        source_domain="www.sofalaonline.example.co.mz",
        description="As obras abrangem 18 quilómetros de valas e deverão estar concluídas antes da próxima época chuvosa.",
        np_authors=["AIM"],
        np_publish="2024-03-15 10:48:00",
        np_modify=None,
        np_download="2024-03-16 03:12:40",
        tail_lines=["CN/SG", "Partilhe esta notícia", "Facebook", "WhatsApp"],
        paras=P("""
O Conselho Municipal da Beira iniciou esta semana a reabilitação do sistema de drenagem em cinco bairros da
cidade, numa altura em que as chuvas continuam a provocar inundações em várias zonas baixas da capital
provincial de Sofala.

As obras abrangem cerca de 18 quilómetros de valas de drenagem nos bairros da Munhava, Manga, Chota, Macurungo
e Esturro, e deverão estar concluídas antes do início da próxima época chuvosa, em Outubro.

Segundo o vereador para a Construção e Infra-estruturas, Augusto Mabunda, os trabalhos incluem a limpeza e
o revestimento das valas com betão e a construção de novas comportas para controlar a entrada de água do mar
durante as marés altas.

"A Beira está abaixo do nível do mar em muitas zonas. Sem uma drenagem que funcione, qualquer chuva forte deixa
as famílias com água dentro de casa", disse Mabunda.

O projecto está orçado em cerca de 310 milhões de meticais e é financiado por parceiros de cooperação, no
âmbito do programa de resiliência urbana da cidade.

O vereador apelou aos munícipes para não deitarem lixo nas valas, prática que, segundo disse, reduz a
capacidade de escoamento e agrava as inundações.

A cidade da Beira foi gravemente afectada pelo ciclone Idai em 2019 e por outros eventos climáticos extremos
nos anos seguintes. (AIM)
"""),
        must_have=[
            "O projecto está orçado em cerca de 310 milhões de meticais e é financiado por parceiros de cooperação, no "
            "âmbito do programa de resiliência urbana da cidade.",
            "O vereador apelou aos munícipes para não deitarem lixo nas valas, prática que, segundo disse, reduz a "
            "capacidade de escoamento e agrava as inundações.",
        ],
    ),
    # news-please, Adnkronos copy on an Emilian site: "(Adnkronos) - " with no place.
    dict(
        cluster="adnkronos-bologna-ebike-sharing",
        role="single",
        file="newsplease_adnkronos_bologna_ebike_sharing_it.json",
        render="newsplease",
        title="Bologna, il bike sharing arriva in collina: 300 e-bike e 25 nuove stazioni",
        date="2024-05-07",
        dateline="(Adnkronos) - ",
        city=None,
        country="IT",
        region="europe",
        agency="Adnkronos",
        authors=[],
        editors=[],
        lang="it",
        section=None,
        url="https://www.gazzettaemiliana.example.it/bologna/2024/05/07/news/bike-sharing-collina-e-bike-stazioni",
        source_domain="www.gazzettaemiliana.example.it",
        description="Il servizio sarà esteso ai quartieri collinari di Santo Stefano e Saragozza.",
        np_authors=["Adnkronos"],
        np_publish="2024-05-07 12:16:00",
        np_modify="2024-05-07 12:30:00",
        np_download="2024-05-07 19:44:02",
        head_lines=["07 maggio 2024 | 12.16", "LETTURA: 2 minuti"],
        tail_lines=["Riproduzione riservata \u00a9 Copyright Adnkronos", "Iscriviti alla newsletter", "Potrebbe interessarti", "Modena, nuova pista ciclabile lungo il Secchia"],
        paras=P("""
Il bike sharing di Bologna sale in collina. Il Comune ha annunciato l'arrivo di 300 nuove biciclette a
pedalata assistita e di 25 stazioni di ricarica nei quartieri Santo Stefano e Saragozza, finora esclusi dal
servizio perché troppo in salita per le bici tradizionali.

Le nuove stazioni saranno installate entro l'estate lungo via di San Mamolo, via dei Colli e nei pressi di San
Michele in Bosco, ha spiegato l'assessora alla Mobilità Giulia Testoni.

"Con le e-bike anche chi abita in collina può lasciare l'auto a casa e scendere in centro in pochi minuti. E
soprattutto può tornare su senza fatica", ha detto Testoni.

Il costo del noleggio resterà invariato per gli abbonati, mentre per le corse singole sarà applicata una
tariffa di 25 centesimi al minuto.

Secondo i dati del Comune, nel 2023 il servizio di bike sharing ha registrato oltre 2,3 milioni di noleggi, con
una crescita del 18% rispetto all'anno precedente.

L'investimento complessivo è di circa 1,9 milioni di euro, in parte coperti da fondi europei per la mobilità
sostenibile.

Le associazioni dei residenti dei colli hanno accolto positivamente la notizia, chiedendo però di migliorare
anche la frequenza degli autobus nelle ore serali.
"""),
        must_have=[
            "Il costo del noleggio resterà invariato per gli abbonati, mentre per le corse singole sarà applicata una "
            "tariffa di 25 centesimi al minuto.",
            "L'investimento complessivo è di circa 1,9 milioni di euro, in parte coperti da fondi europei per la mobilità "
            "sostenibile.",
        ],
    ),
    # news-please, AIP (Côte d'Ivoire) on its own site: "Korhogo, 12 avr 2024 (AIP) -", "(AIP)" and slug lines.
    dict(
        cluster="aip-korhogo-mangues",
        role="single",
        file="newsplease_aip_korhogo_mangues_fr.json",
        render="newsplease",
        title="Korhogo : 2 000 producteurs de mangue formés aux bonnes pratiques phytosanitaires",
        date="2024-04-12",
        dateline="Korhogo, 12 avr 2024 (AIP) - ",
        city="Korhogo",
        country="CI",
        region="africa",
        agency="AIP",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.aip.example.ci/cote-divoire-korhogo-2-000-producteurs-de-mangue-formes-aux-bonnes-pratiques-phytosanitaires/",
        source_domain="www.aip.example.ci",
        description="La formation vise à réduire les pertes dues à la mouche des fruits.",
        np_authors=["AIP"],
        np_publish="2024-04-12 16:02:00",
        np_modify=None,
        np_download="2024-04-13 02:20:15",
        head_lines=["Côte d'Ivoire-AIP/ Korhogo : 2 000 producteurs de mangue formés aux bonnes pratiques phytosanitaires"],
        tail_lines=["(AIP)", "tm/kp/fmo", "Partager:", "Articles similaires"],
        paras=P("""
Quelque 2 000 producteurs de mangue de la région du Poro ont été formés, du 8 au 12 avril 2024 à Korhogo, aux
bonnes pratiques phytosanitaires afin de réduire les pertes causées par la mouche des fruits, à l'initiative
de l'interprofession de la filière.

La formation a porté notamment sur l'entretien des vergers, le ramassage et la destruction des fruits tombés,
l'installation de pièges et l'usage raisonné des produits de traitement.

Selon le délégué régional de l'interprofession, Souleymane Coulibaly, la mouche des fruits peut détruire
jusqu'à 40 % de la production d'un verger mal entretenu et entraîner le refus des lots à l'exportation.

« Nos mangues sont appréciées en Europe, mais un seul lot contaminé peut fermer des marchés à toute la filière.
Chaque producteur doit prendre sa part », a-t-il déclaré à la clôture de la session.

Les participants ont reçu des kits comprenant des pièges, des sacs de collecte et des fiches techniques en
langue sénoufo.

La campagne de commercialisation de la mangue a été ouverte officiellement fin mars. La Côte d'Ivoire est
l'un des premiers exportateurs de mangue d'Afrique de l'Ouest, l'essentiel de sa production venant des
régions du nord.

Une deuxième session de formation est prévue en mai dans la région du Tchologo.
"""),
        must_have=[
            "Les participants ont reçu des kits comprenant des pièges, des sacs de collecte et des fiches techniques en "
            "langue sénoufo.",
            "Une deuxième session de formation est prévue en mai dans la région du Tchologo.",
        ],
    ),
    # trafilatura, staff copy on a PNG daily: all-caps byline, no dateline.
    dict(
        cluster="pngpost-lae-market-shelters",
        role="single",
        file="trafilatura_pngpost_lae_market_shelters.json",
        render="trafilatura",
        title="Lae market vendors get new shelters after council upgrade",
        date="2024-05-21",
        dateline="",
        city=None,
        country="PG",
        region="oceania",
        agency=None,
        authors=["Johnny Poiya"],
        editors=[],
        lang="en",
        section="Momase",
        url="https://www.pngpost.example.com.pg/lae-market-vendors-get-new-shelters-after-council-upgrade/",
        hostname="www.pngpost.example.com.pg",
        source_hostname="PNG Post",
        tf_author="JOHNNY POIYA",
        tf_date="2024-05-21",
        tf_language="en",
        categories="Momase;Business",
        tf_tags="Lae;markets;LCC",
        description="The K3.2 million upgrade includes 400 new stalls, toilets and a water supply.",
        head_lines=["By JOHNNY POIYA"],
        tail_lines=["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on WhatsApp (Opens in new window)"],
        paras=P("""
More than 400 vendors at the Lae main market now have shelter from the sun and rain after the Lae City
Council completed the first stage of a K3.2 million upgrade of the market.

The work included new roofing over the fresh produce section, 400 concrete stalls, toilets, hand-washing
stations and a water supply connected to the city's main line.

Lae City Council manager for markets Jerry Kalit said the council had spent the past eight months rebuilding
the section while vendors continued trading in a temporary area near the bus stop.

"The vendors, most of them mothers, sat on the ground under umbrellas for years. They deserve a clean and safe
place to sell," Mr Kalit said.

He said the second stage, which would cover the betel nut and cooked food sections, was expected to start in
August once funding from the provincial government was released.

Vendor Mary Sapu, who sells greens and peanuts from Bulolo, said the new stalls would help keep produce
fresh.

"Before, the rain would spoil our greens in one day. Now we can keep them longer and sell more," she said.

Mr Kalit said the council would introduce a daily fee of K2 per stall to pay for cleaning and security, and
urged vendors to keep the area free of rubbish.
"""),
        must_have=[
            "The work included new roofing over the fresh produce section, 400 concrete stalls, toilets, hand-washing "
            "stations and a water supply connected to the city's main line.",
            "Vendor Mary Sapu, who sells greens and peanuts from Bulolo, said the new stalls would help keep produce fresh.",
        ],
    ),
    # trafilatura, Colprensa copy on a Colombian regional site: byline "Colprensa", "Lea también:".
    dict(
        cluster="colprensa-medellin-metrocable",
        role="single",
        file="trafilatura_colprensa_medellin_metrocable_es.json",
        render="trafilatura",
        title="Metro de Medellín extiende el horario del metrocable de la comuna 8 por alta demanda",
        date="2024-08-27",
        dateline="",
        city=None,
        country="CO",
        region="americas",
        agency="Colprensa",
        authors=[],
        editors=[],
        lang="es",
        section="Colombia",
        url="https://www.vanguardiadelsur.example.com.co/colombia/2024/08/27/metro-de-medellin-extiende-horario-metrocable-comuna-8",
        hostname="www.vanguardiadelsur.example.com.co",
        source_hostname="Vanguardia del Sur",
        tf_author="Colprensa",
        tf_date="2024-08-27",
        tf_language="es",
        categories="Colombia;Antioquia",
        tf_tags="Medellín;metrocable;transporte",
        description="La línea H operará hasta las 11:00 p. m. entre semana desde septiembre.",
        head_lines=["Colprensa", "27 de agosto de 2024 - 11:20 a. m."],
        inserts={2: ["Lea también: Bogotá tendrá nuevas rutas de TransMiCable en Usme"]},
        tail_lines=["Síganos en Google News", "Temas relacionados", "Medellín", "Metro de Medellín"],
        paras=P("""
El Metro de Medellín anunció que a partir del 2 de septiembre ampliará el horario de operación de la línea H
del metrocable, que conecta la estación Oriente del tranvía de Ayacucho con los barrios altos de la comuna 8,
Villa Hermosa.

Según la empresa, la línea funcionará hasta las 11:00 de la noche de lunes a sábado, una hora más que en la
actualidad, debido al aumento de usuarios que regresan tarde de sus trabajos y de centros educativos.

La línea H movilizó en promedio 12.500 pasajeros diarios durante el primer semestre del año, un 15 % más que
en el mismo periodo de 2023.

"Escuchamos a la comunidad, que nos pidió poder volver a casa en metrocable y no depender de transporte
informal en la noche", señaló la gerente de operaciones del Metro, Liliana Restrepo.

La empresa indicó que el horario de los domingos y festivos se mantendrá sin cambios.

El Metro también informó que durante los próximos meses realizará trabajos de mantenimiento mayor en las
cabinas y en el sistema de cables, que se harán en horario nocturno para no afectar el servicio.

Medellín cuenta con seis líneas de metrocable, un sistema que se convirtió en referente para otras ciudades
de América Latina.
"""),
        must_have=[
            "La línea H movilizó en promedio 12.500 pasajeros diarios durante el primer semestre del año, un 15 % más que "
            "en el mismo periodo de 2023.",
            "La empresa indicó que el horario de los domingos y festivos se mantendrá sin cambios.",
        ],
    ),
    # trafilatura (gzipped), Dutch regional broadcaster staff copy: only "Vandaag, 07:12" on the page.
    dict(
        cluster="omroepijssel-zwolle-fietsstraat",
        role="single",
        file="trafilatura_omroepijssel_zwolle_fietsstraat_nl.json.gz",
        render="trafilatura",
        title="Zwolle krijgt eerste rotondes waar fietsers altijd voorrang hebben",
        date="2024-04-16",
        dateline="",
        city=None,
        country="NL",
        region="europe",
        agency=None,
        authors=["Sanne Hofman"],
        editors=[],
        lang="nl",
        section="Zwolle",
        url="https://www.omroepijssel.example.nl/nieuws/2024/04/16/zwolle-krijgt-eerste-rotondes-waar-fietsers-altijd-voorrang-hebben",
        hostname="www.omroepijssel.example.nl",
        source_hostname="Omroep IJssel",
        tf_author="Sanne Hofman",
        tf_date="2024-04-16",
        tf_language="nl",
        categories="Zwolle;Verkeer",
        tf_tags="fietsers;rotonde;verkeersveiligheid",
        description="De gemeente past vier rotondes aan op de route naar het station.",
        head_lines=["Sanne Hofman", "Vandaag, 07:12", "Aangepast: vandaag, 08:05"],
        inserts={3: ["Lees ook: Fietsenstalling bij station Zwolle weer vol"]},
        tail_lines=["Deel dit artikel", "Meer nieuws uit Zwolle", "Heb je een tip? Mail naar de redactie"],
        paras=P("""
Fietsers krijgen in Zwolle voortaan voorrang op vier rotondes op de route tussen de wijk Stadshagen en het
station. De gemeente past de rotondes deze zomer aan, zodat overal dezelfde regels gelden.

Nu hebben fietsers op sommige rotondes in de stad wel voorrang en op andere niet. Dat zorgt volgens de
gemeente voor verwarring en gevaarlijke situaties, vooral bij scholieren en ouderen.

"Als je op de fiets zit, moet je niet bij elke rotonde hoeven nadenken of je nu wel of geen voorrang hebt",
zegt wethouder Mobiliteit Peter Dijkstra.

De rotondes krijgen rode fietspaden, haaientanden en een extra verkeersdrempel voor auto's. De werkzaamheden
kosten samen ongeveer 2,1 miljoen euro.

Vorig jaar vielen bij ongelukken op rotondes in Zwolle 23 gewonden, van wie de meesten fietsers waren. De
Fietsersbond is blij met de plannen, maar wil dat de gemeente ook de andere rotondes in de stad aanpakt.

Het werk begint in juli, tijdens de zomervakantie, als er minder verkeer is. Fietsers en automobilisten
moeten dan rekening houden met omleidingen.
"""),
        must_have=[
            "De werkzaamheden kosten samen ongeveer 2,1 miljoen euro.",
            "Fietsers en automobilisten moeten dan rekening houden met omleidingen.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_TEES = dict(
    name="Teesside Gazette Live",
    home="https://www.teessidegazette.example.co.uk",
    title_suffix=" - Teesside Gazette Live",
    locale="en_GB",
    twitter="@TeesGazetteLive",
    body_class="article-page",
    article_class="article-main",
    body_class_inner="article-body",
    cookie=None,
    top_links=["Sign in", "Newsletters", "Puzzles"],
    nav=["News", "UK & World", "Sport", "Boro", "What's On", "Property"],
    share=["Comments", "Facebook", "X", "WhatsApp"],
    footer=["\u00a9 2024 Teesside Gazette Live", "Corrections and clarifications", "Contact us", "Cookie settings"],
)

SITE_TAHITI = dict(
    name="Radio Tiare Info",
    home="https://www.tiareinfo.example.pf",
    title_suffix=" - Radio Tiare Info",
    locale="fr_PF",
    twitter="@TiareInfo",
    body_class="single-article",
    article_class="article-wrapper",
    body_class_inner="article-texte",
    cookie_title="Gestion des cookies",
    cookie="Nous utilisons des cookies pour mesurer l'audience et vous proposer des contenus adaptés.",
    cookie_buttons=["Tout accepter", "Paramétrer"],
    top_links=["Écouter le direct", "Nous contacter"],
    nav=["Actu", "Polynésie", "Îles", "Politique", "Économie", "Sport", "Culture"],
    share=["Partager", "Facebook", "Messenger", "E-mail"],
    footer=["\u00a9 2024 Radio Tiare Info - Tous droits réservés", "Mentions légales", "Publicité"],
)

JSONL_A = "crawl_holdout5_2025-a.jsonl"
JSONL_B = "crawl_holdout5_2025-b.jsonl.gz"

JSONL_STORIES = [
    # newsbeam html shape: the PA story on another UK regional site (syndicated member of the PA cluster).
    dict(
        HEDGEHOG,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_TEES,
        section="UK & World",
        meta_section="UK & World",
        url="https://www.teessidegazette.example.co.uk/news/uk-world-news/hedgehog-sightings-gardens-fall-third-28791344",
        modified="2024-03-12T00:01:00+00:00",
        byline_lines=["Eleanor Birch", "PA Environment Correspondent"],
        date_lines=["00:01, 12 MAR 2024"],
        caption="A hedgehog in a garden in Norfolk.",
        credit="Owen Hartley/PA Wire",
        credit_shown="(Image: Owen Hartley/PA Wire)",
        inserts={5: [("ad", "ADVERTISEMENT")]},
        above_body=[("listen", "Get the biggest daily stories by email"), ("listen", "Subscribe")],
        lists=[("Most Read", ["Middlesbrough station upgrade delayed again", "Stockton riverside park plans revealed"])],
        nb_published="2024-03-12T00:01:00Z",
        outlet="Teesside Gazette Live",
        nb_authors=["Eleanor Birch"],
    ),
    # newsbeam text shape: AP on a US local TV site: "By ... Associated Press", "Published: ... MST", next day in UTC.
    dict(
        cluster="ap-boise-library-solar",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        title="Boise libraries will run on solar power and double as cooling centers",
        date="2025-02-04",
        dateline="BOISE, Idaho (AP) \u2014 ",
        city="Boise",
        country="US",
        region="americas",
        agency="AP",
        authors=["Colby Hartwell"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.kbtv2.example.com/2025/02/05/boise-libraries-will-run-solar-power-double-cooling-centers/",
        nb_published="2025-02-05T04:48:00Z",
        outlet="KBTV 2",
        nb_authors=["COLBY HARTWELL Associated Press"],
        head_lines=[
            "By COLBY HARTWELL Associated Press",
            "Published: Feb. 4, 2025 at 9:48 PM MST",
        ],
        inserts={3: ["Advertisement"]},
        tail_lines=[
            "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
            "Click here to sign up for our newsletter.",
            "Download the KBTV 2 News app for the latest updates.",
        ],
        paras=P("""
Boise will put solar panels and batteries on all five of its public library branches and keep them open
later on the hottest days so residents without air conditioning have somewhere to go, city officials said
Tuesday.

The City Council approved a $6.8 million contract for the work, which will be paid for mostly with a federal
energy grant and money the city has set aside for climate projects.

Once the panels are installed, the libraries are expected to produce about 70% of the electricity they use
over a year, and the batteries will allow the buildings to stay open for several hours during a power outage.

"When it's 105 degrees outside and the power goes out, people need a place that's cool, safe and free,"
said Dana Whitlock, a spokesperson for the mayor's office.

Summers in Boise have grown hotter over the past decade. The city recorded 21 days of 100 degrees or more
last year, according to the National Weather Service.

Library branches already serve as informal cooling centers, but they close at 8 p.m. on weekdays. Under
the new plan, they will stay open until 10 p.m. when the weather service issues a heat warning.

Work on the first two branches is set to begin in April, with the rest finished by the end of next year.
"""),
        must_have=[
            "The City Council approved a $6.8 million contract for the work, which will be paid for mostly with a federal "
            "energy grant and money the city has set aside for climate projects.",
            "Work on the first two branches is set to begin in April, with the rest finished by the end of next year.",
        ],
    ),
    # news-please shape in a batch: SAnews (South African Government News Agency): byline, "– SAnews.gov.za".
    dict(
        cluster="sanews-polokwane-water-tanks",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Polokwane households to receive 1 500 rainwater tanks",
        date="2024-10-08",
        dateline="",
        city=None,
        country="ZA",
        region="africa",
        agency="SAnews",
        authors=["Thabo Mahlangu"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.sanews.example.gov.za/south-africa/polokwane-households-receive-1-500-rainwater-tanks",
        source_domain="www.sanews.example.gov.za",
        description="The tanks will be installed in villages that go without piped water for several days a week.",
        np_authors=["Thabo Mahlangu"],
        np_publish="2024-10-08 14:30:00",
        np_modify=None,
        np_download="2024-10-09 05:10:33",
        head_lines=["By Thabo Mahlangu", "Tuesday, October 8, 2024"],
        tail_lines=["\u2013 SAnews.gov.za", "Share this article", "More from South Africa"],
        paras=P("""
About 1 500 households in villages around Polokwane in Limpopo will receive rainwater harvesting tanks over
the next three months as part of a programme to ease water shortages in rural areas.

The Department of Water and Sanitation said the 5 000-litre tanks would be installed in villages where piped
water is available for only two or three days a week.

Speaking at the handover of the first tanks in Ga-Mothapo on Tuesday, the department's provincial head,
Ntsako Baloyi, said the tanks would give families a reserve for drinking and cooking during dry periods.

"This does not replace our work to fix and extend the bulk water network, but it gives relief to families
while that work continues," Baloyi said.

Each tank is fitted with gutters, a filter and a tap, and households will be shown how to keep the water
clean. Local young people have been trained to install the tanks under a job creation project.

The Polokwane Local Municipality said it was also refurbishing two water treatment works and replacing
ageing pipes in the area, which is one of the fastest-growing parts of Limpopo.

The department plans to extend the programme to other districts in the province next year.
"""),
        must_have=[
            "Each tank is fitted with gutters, a filter and a tap, and households will be shown how to keep the water clean.",
            "The department plans to extend the programme to other districts in the province next year.",
        ],
    ),
    # newsbeam html shape: the NAMPA page fetched again with tracking parameters (url_copy), breaking bar added.
    dict(
        OSHAKATI,
        role="url_copy",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        url=OSHAKATI["url"] + "?fbclid=IwZXh0bgNhZW0CMTEAAR2kq7Yp&utm_source=facebook&utm_medium=social",
        ticker=("BREAKING", "Floods close road between Okahao and Outapi"),
        nb_published="2024-03-05T14:10:00Z",
        outlet="The Northern Courier",
        nb_authors=["Nampa"],
    ),
    # newsbeam text shape (gzipped batch): AFP in Spanish, mobile scrape with share-button text.
    dict(
        cluster="afp-guatemala-volcan-agua",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Guatemala instala sensores para vigilar lahares en las faldas del volcán de Fuego",
        date="2024-06-25",
        dateline="Ciudad de Guatemala (AFP) - ",
        city="Guatemala City",
        country="GT",
        region="americas",
        agency="AFP",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        url="https://m.prensachapina.example.com.gt/internacional/guatemala-instala-sensores-para-vigilar-lahares-volcan-de-fuego",
        nb_published="2024-06-25T21:35:00Z",
        outlet="Prensa Chapina",
        nb_authors=["AFP"],
        head_lines=["AFP", "25 de junio de 2024, 15:35", "Compartir", "WhatsApp", "Facebook", "X", "Copiar enlace"],
        inserts={2: ["Publicidad"]},
        tail_lines=[
            "mav/val/dga",
            "\u00a9 Agence France-Presse",
            "Descarga nuestra app y recibe las noticias al instante",
            "Volver arriba",
        ],
        paras=P("""
Las autoridades de Guatemala instalaron sensores y sirenas en los cauces que bajan del volcán de Fuego, uno de
los más activos de Centroamérica, para alertar a las comunidades cercanas sobre la llegada de lahares durante
la temporada de lluvias, informaron este martes fuentes oficiales.

Los lahares, corrientes de lodo, ceniza y rocas que se forman cuando la lluvia arrastra el material
volcánico, son una de las mayores amenazas para los poblados situados en las faldas del coloso, a unos 35 km
al suroeste de la capital.

La Coordinadora Nacional para la Reducción de Desastres (Conred) explicó que los 14 sensores medirán el nivel
y la vibración del agua en seis barrancos y enviarán datos en tiempo real a un centro de monitoreo.

"Con estos equipos ganamos minutos valiosos para evacuar a las familias", dijo a la AFP el técnico de la
Conred Julio Ajú.

En junio de 2018 una violenta erupción del volcán de Fuego provocó flujos piroclásticos que sepultaron la
comunidad de San Miguel Los Lotes y dejaron cientos de muertos y desaparecidos.

Desde entonces, miles de personas fueron reubicadas, pero muchas familias siguen viviendo y cultivando en
las zonas de riesgo.

Las sirenas se activarán de forma automática cuando los sensores detecten un aumento brusco del caudal, y las
comunidades han participado en simulacros de evacuación en las últimas semanas.
"""),
        must_have=[
            "La Coordinadora Nacional para la Reducción de Desastres (Conred) explicó que los 14 sensores medirán el nivel "
            "y la vibración del agua en seis barrancos y enviarán datos en tiempo real a un centro de monitoreo.",
            "Desde entonces, miles de personas fueron reubicadas, pero muchas familias siguen viviendo y cultivando en las "
            "zonas de riesgo.",
        ],
    ),
    # trafilatura shape (gzipped batch): Montsame English: "Darkhan /MONTSAME/." dateline.
    dict(
        cluster="montsame-darkhan-greenhouses",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Darkhan greenhouse complex to supply vegetables through winter",
        date="2024-10-22",
        dateline="Darkhan /MONTSAME/. ",
        city="Darkhan",
        country="MN",
        region="asia",
        agency="Montsame",
        authors=[],
        editors=[],
        lang="en",
        section="Economy",
        url="https://www.montsame.example.mn/en/read/351982",
        hostname="www.montsame.example.mn",
        source_hostname="Montsame News Agency",
        tf_author=None,
        tf_date="2024-10-22",
        tf_language="en",
        categories="Economy;Agriculture",
        tf_tags="Darkhan-Uul;greenhouse;vegetables",
        description="The complex will produce about 1,200 tonnes of vegetables a year.",
        head_lines=["Economy", "2024-10-22 15:47:21"],
        tail_lines=["Related News", "Selenge farmers complete autumn harvest", "Montsame News Agency \u00a9 2024"],
        paras=P("""
A greenhouse complex heated by waste heat from a power plant started operations in Darkhan-Uul aimag, with
the aim of supplying fresh vegetables to northern Mongolia through the winter months.

The complex covers six hectares and is expected to produce about 1,200 tonnes of cucumbers, tomatoes, peppers
and leafy vegetables a year, according to the Governor's Office of Darkhan-Uul aimag.

Hot water from the Darkhan thermal power plant, which was previously released without being used, will heat
the greenhouses when outdoor temperatures fall to minus 30 degrees Celsius.

Mongolia imports a large share of its fresh vegetables from China during the winter, when prices in
Ulaanbaatar and other cities can double.

"Our goal is for families in Darkhan and the surrounding soums to buy local vegetables all year round at a
stable price," said D.Enkhbold, the project's director.

The complex has created around 150 jobs, most of them for local residents, and will sell its produce to
schools, hospitals and supermarkets in the northern region.

A second phase, which would double the area under glass, is planned for 2026.
"""),
        must_have=[
            "Mongolia imports a large share of its fresh vegetables from China during the winter, when prices in "
            "Ulaanbaatar and other cities can double.",
            "A second phase, which would double the area under glass, is planned for 2026.",
        ],
    ),
    # newsbeam html shape (gzipped batch): staff copy on a Tahitian radio site, published in the evening (UTC-10).
    dict(
        cluster="tiareinfo-papeete-navette-moorea",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_TAHITI,
        title="Moorea : une navette électrique entre Vaiare et les hôtels dès septembre",
        date="2024-06-18",
        dateline="",
        city=None,
        country="PF",
        region="oceania",
        agency=None,
        authors=["Hinatea Teriierooiterai"],
        editors=[],
        lang="fr",
        section="Îles",
        meta_section="Îles",
        url="https://www.tiareinfo.example.pf/iles/moorea-une-navette-electrique-entre-vaiare-et-les-hotels-des-septembre",
        description="Quatre minibus électriques relieront le quai de Vaiare aux hôtels de la côte nord.",
        published="2024-06-18T19:45:00-10:00",
        modified="2024-06-18T19:45:00-10:00",
        meta_author="Hinatea Teriierooiterai",
        byline_lines=["Par Hinatea Teriierooiterai"],
        date_lines=["Publié le 18 juin 2024 à 19h45"],
        caption="Le quai de Vaiare, à Moorea, où accostent les navettes maritimes venues de Papeete.",
        credit="Teva Richmond",
        credit_shown="\u00a9 Teva Richmond",
        inserts={2: [("link", "À lire aussi :", "Transport maritime : les tarifs vers Moorea augmentent au 1er juillet")]},
        author_box=["Hinatea Teriierooiterai", "Journaliste à la rédaction de Radio Tiare Info depuis 2019, elle suit l'actualité des îles du Vent et des Raromata'i."],
        nb_published="2024-06-19T05:45:00Z",
        outlet="Radio Tiare Info",
        nb_authors=["Hinatea Teriierooiterai"],
        paras=P("""
La commune de Moorea-Maiao lancera en septembre une navette électrique entre le quai de Vaiare et les hôtels
de la côte nord de l'île, a annoncé mardi le tāvana lors du conseil municipal.

Quatre minibus de 20 places assureront la liaison à chaque arrivée des navettes maritimes en provenance de
Papeete, de 6 heures à 19 heures. Le trajet coûtera 300 francs pour les résidents et 800 francs pour les
visiteurs.

Jusqu'ici, les passagers qui débarquent à Vaiare n'ont pas d'autre choix que les taxis, peu nombreux, ou la
location d'une voiture. Le seul bus de l'île ne passe que quelques fois par jour.

"Nous voulons que les touristes puissent venir à Moorea sans louer de voiture, et que nos habitants puissent
se déplacer sans se ruiner", a expliqué l'adjoint chargé des transports, Heimana Tauhiro.

Les minibus seront rechargés sur une centrale solaire installée sur le toit du marché municipal. Le projet,
d'un coût de 95 millions de francs, est financé en partie par le Pays et par l'État.

Les taxis de l'île, qui craignent une perte de clientèle, ont demandé à être associés à l'exploitation du
service. Une réunion est prévue avec la commune avant la fin du mois.
"""),
        must_have=[
            "Le seul bus de l'île ne passe que quelques fois par jour.",
            "Les minibus seront rechargés sur une centrale solaire installée sur le toit du marché municipal.",
        ],
    ),
]


# --------------------------------------------------------------------------
# 4. render, validate, write
# --------------------------------------------------------------------------

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"reuters staff", "staff reporter", "afp", "associated press", "the associated press",
                "agence france-presse", "ap", "pna", "philippine news agency", "bss", "nna", "kuna", "bta",
                "\u0130ha".lower(), "iha", "stt", "ani", "pacnews", "pina admin", "wam", "pa", "pa media",
                "pa reporters", "epd", "tap", "estadão conteúdo", "nampa", "ukrinform", "cmc", "aim", "adnkronos",
                "aip", "colprensa", "sanews", "montsame", "redazione", "redaktion", "kompas.com"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
