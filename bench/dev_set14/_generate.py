#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fourteenth development set (bench/dev_set14/, first written as the eleventh held-out set).

    .venv/bin/python bench/dev_set14/_generate.py

Writes ``bench/dev_set14/articles/*`` and ``bench/dev_set14/labels.json``.  Output
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
bench/dev_set13/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout11_2025-a.jsonl"
JSONL_B = "crawl_holdout11_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Baghdad (Yahoo News scrape + copy on a Gulf business portal in a batch) ----

BAGHDAD_PARAS = P("""
Iraq expects to harvest a record 6.2 million metric tons of wheat this season, enough to cover domestic demand
for a third straight year without imports, an agriculture ministry spokesperson said on Tuesday.

The forecast is up from 5.4 million tons last season and reflects a larger planted area in the northern
provinces of Nineveh, Kirkuk and Salahuddin, where rainfall was above average this winter, spokesperson Mahdi
Salman told Reuters.

The state grain board, which buys wheat from farmers at a fixed price to supply the public food ration system,
has so far received about 2.1 million tons since buying began in late April, he said.

The government pays farmers 850,000 Iraqi dinars ($649) per ton for high-grade wheat, well above world prices,
a policy that has encouraged planting but strains the budget.

"The silos in Nineveh are almost full, and we are moving grain south by truck every day," Salman said, adding
that temporary storage sites had been set up in two provinces.

Farmers in the south have been less fortunate. Water shortages on the Tigris and Euphrates forced the ministry
to cut the area allowed for irrigated wheat in Basra, Dhi Qar and Maysan by about half.

Iraq, once one of the Middle East's biggest wheat importers, stopped buying foreign wheat in 2023 after a
series of good harvests and a push to expand drip irrigation in the desert.

The ministry expects the harvest to end by the middle of June.
""")

BAGHDAD = dict(
    cluster="reuters-baghdad-wheat-harvest-record",
    title="Iraq expects record wheat harvest of 6.2 million tons, no imports needed",
    date="2025-05-13",
    dateline="BAGHDAD, May 13 (Reuters) - ",
    city="Baghdad",
    country="IQ",
    region="asia",
    agency="Reuters",
    authors=["Hadeel Kareem", "Omar Farouk"],
    editors=["Miriam Stoddart"],
    lang="en",
    section=None,
    paras=BAGHDAD_PARAS,
    must_have=[
        "The state grain board, which buys wheat from farmers at a fixed price to supply the public food ration "
        "system, has so far received about 2.1 million tons since buying began in late April, he said.",
        "The ministry expects the harvest to end by the middle of June.",
    ],
    description="Iraq's agriculture ministry expects a record wheat crop of 6.2 million tons, enough to cover demand for a third year.",
)

BAGHDAD_CREDITS = "(Reporting by Hadeel Kareem in Baghdad; Writing by Omar Farouk; Editing by Miriam Stoddart)"

# ---- cluster: AP, Belize City (The Independent page + copy on a Texas paper in a batch) ----

BELIZE_PARAS = P("""
Nearly two-thirds of the coral surveyed on Belize's barrier reef this year showed signs of bleaching, the
country's fisheries department said Wednesday, the worst damage scientists have recorded since monitoring began
in the late 1990s.

Divers checked 46 sites from Ambergris Caye in the north to the Sapodilla Cayes in the south between August and
early October, when sea temperatures stayed above 30 degrees Celsius (86 degrees Fahrenheit) for weeks.

About 64% of the coral colonies they counted were pale or completely white, and roughly one in ten had already
died, the department said in a report.

"We had hoped the reef would get a break after 2023, but the heat came back earlier and stayed longer," said
Aurelio Chun, a marine biologist with the department who led the survey.

Bleaching happens when corals under heat stress expel the algae that live in their tissues and give them color.
Corals can recover if temperatures drop, but repeated bleaching leaves them weak and prone to disease.

The Belize Barrier Reef, a UNESCO World Heritage site, supports thousands of fishing families and a tourism
industry that brings in about a third of the country's foreign earnings.

Tour operators in San Pedro said visitors were still coming, but some dive guides had started steering clients
away from the worst-hit sites.

The department said it would expand coral nurseries at three marine reserves and ask the government to extend a
ban on fishing for parrotfish, which graze algae off the reef.
""")

BELIZE = dict(
    cluster="ap-belize-city-reef-bleaching",
    title="Belize reports worst coral bleaching on record along its barrier reef",
    date="2024-10-16",
    dateline="BELIZE CITY (AP) \u2014 ",
    city="Belize City",
    country="BZ",
    region="americas",
    agency="AP",
    lang="en",
    paras=BELIZE_PARAS,
    must_have=[
        "Bleaching happens when corals under heat stress expel the algae that live in their tissues and give them "
        "color.",
        "Tour operators in San Pedro said visitors were still coming, but some dive guides had started steering "
        "clients away from the worst-hit sites.",
    ],
    description="About 64% of coral colonies surveyed at 46 sites were pale or white, Belize's fisheries department said.",
    editors=[],
)

BELIZE_CONTRIB = "Associated Press writer Kenroy Usher in Kingston, Jamaica, contributed."

# ---- cluster: AFP, Conakry (Le Devoir page + copy on a Guinean portal in the gzipped batch) ----

CONAKRY_PARAS = P("""
Le prix du sac de riz importé de 50 kilos a atteint 450.000 francs guinéens (environ 48 euros) sur les marchés
de Conakry, une hausse de près de 30% en six mois qui pèse lourdement sur les ménages guinéens.

Au marché de Madina, le plus grand de la capitale, les commerçants attribuent cette flambée à la dépréciation
du franc guinéen et à la hausse du coût du transport maritime.

"Avant, je vendais dix sacs par jour. Aujourd'hui, les clients achètent au kilo, parfois juste un demi-kilo
pour le repas du soir", explique Mariama Soumah, grossiste installée depuis vingt ans à Madina.

La Guinée importe environ 700.000 tonnes de riz par an, principalement d'Asie, malgré des terres agricoles
abondantes et un climat favorable à la riziculture.

Le riz est l'aliment de base dans le pays, où une famille consomme en moyenne un sac de 50 kilos par mois,
selon le ministère du Commerce.

Le gouvernement a annoncé la semaine dernière une suspension temporaire des droits de douane sur le riz importé
et promis de renforcer les contrôles des prix dans les marchés.

Des associations de consommateurs jugent ces mesures insuffisantes et réclament un soutien accru à la
production locale, notamment dans les plaines de Guinée maritime et de Haute-Guinée.
""")

CONAKRY = dict(
    cluster="afp-conakry-prix-du-riz",
    title="En Guinée, la flambée du prix du riz importé étrangle les ménages",
    date="2025-03-04",
    dateline="Conakry (AFP) - ",
    city="Conakry",
    country="GN",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    paras=CONAKRY_PARAS,
    must_have=[
        "Le riz est l'aliment de base dans le pays, où une famille consomme en moyenne un sac de 50 kilos par mois, "
        "selon le ministère du Commerce.",
        "Le gouvernement a annoncé la semaine dernière une suspension temporaire des droits de douane sur le riz "
        "importé et promis de renforcer les contrôles des prix dans les marchés.",
    ],
    description="Le sac de 50 kilos a atteint 450.000 francs guinéens à Conakry, une hausse de près de 30% en six mois.",
)

# ---- cluster: The Royal Gazette (Bermuda), flu admissions (page + noisy re-scrape) ----

BERMUDA_PARAS = P("""
Bermuda Hospitals Board has asked people with mild flu symptoms to stay away from the emergency department
after a surge in admissions over the past two weeks.

The board said 41 patients with influenza had been admitted to King Edward VII Memorial Hospital since January
6, compared with 15 in the same period last year.

Eleven of those patients needed intensive care, and most were over 65 or had underlying health conditions,
according to figures released yesterday.

Wait times in the emergency department rose to an average of four hours and 20 minutes last week, the board
said.

"Our staff are working extremely hard, but the emergency department is for emergencies," said Dr Lianne
Simons, the board's chief of emergency medicine. "People with a cough and a fever can usually be cared for at
home or by their GP."

The Ministry of Health said flu vaccines were still available free of charge at the Hamilton Health Centre and
at pharmacies across the island.

Only about 22 per cent of residents had been vaccinated against flu this season, down from 27 per cent a year
earlier, the ministry said.

Visiting hours at the hospital have been limited to two visitors per patient until further notice.
""")

BERMUDA = dict(
    cluster="royalgazette-flu-admissions-surge",
    title="Hospital urges public to stay away from A&E with mild flu as admissions surge",
    date="2025-01-22",
    dateline="",
    city=None,
    country="BM",
    region="americas",
    agency=None,
    authors=["Keisha Outerbridge"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=BERMUDA_PARAS,
    must_have=[
        "Eleven of those patients needed intensive care, and most were over 65 or had underlying health conditions, "
        "according to figures released yesterday.",
        "Only about 22 per cent of residents had been vaccinated against flu this season, down from 27 per cent a "
        "year earlier, the ministry said.",
        "Visiting hours at the hospital have been limited to two visitors per patient until further notice.",
    ],
)

BERMUDA_PRE = ["The Royal Gazette", "News", "Business", "Sport", "Lifestyle", "Opinion", "Obituaries", "E-Edition"]
BERMUDA_HEAD = ["By Keisha Outerbridge"]
BERMUDA_STAMP = "Published January 22, 2025 at 7:58 am (Updated January 22, 2025 at 11:20 am)"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters on Yahoo News (original of the Reuters cluster): "Reuters" byline, "2 min read", "Story continues" button, credits with "Writing by".
    dict(
        BAGHDAD,
        role="original",
        file="yahoonews_reuters_iraq_wheat_harvest_record.txt",
        render="text",
        caption="A farmer harvests wheat in a field on the outskirts of Najaf, Iraq, May 8, 2025.",
        credit="REUTERS/Mustafa Hadi",
        pre=[["Skip to main content"],
             ["Yahoo News", "Home", "US", "World", "Politics", "Health", "Science", "Originals", "Newsletters"],
             ["Sign in", "Mail"]],
        head=[["Reuters"], ["Tue, May 13, 2025, 6:12 AM", "2 min read"]],
        cap_lines=["A farmer harvests wheat in a field on the outskirts of Najaf, Iraq, May 8, 2025. REUTERS/Mustafa Hadi"],
        inserts={2: ["Story continues"], 5: ["Advertisement"]},
        tail=[
            [BAGHDAD_CREDITS],
            ["Terms and Privacy Policy", "Privacy Dashboard"],
            ["Recommended Stories", "Oil prices edge up as traders weigh supply outlook"],
        ],
    ),
    # The Royal Gazette (Bermuda, original of the re-scrape cluster): "Published ... (Updated ...)" line after the story, "(Photograph by NAME)".
    dict(
        BERMUDA,
        role="original",
        file="royalgazette_bermuda_flu_admissions_surge.txt",
        caption="The emergency department at King Edward VII Memorial Hospital",
        credit="Blaire Furbert",
        pre=[BERMUDA_PRE, ["Subscribe", "Log in"], ["News"]],
        head=[BERMUDA_HEAD, ["Share this story", "Facebook", "X", "Email"]],
        cap_lines=["The emergency department at King Edward VII Memorial Hospital (Photograph by Blaire Furbert)"],
        inserts={3: ["Related: Flu vaccine clinics extended to Saturdays"]},
        tail=[
            [BERMUDA_STAMP],
            ["Comments (3)", "You must be Registered or signed in to post comment or to vote."],
            ["It is the policy of The Royal Gazette to ensure that all comments are civil and on-topic."],
            ["Copyright \u00a9 2025 The Royal Gazette Ltd. All rights reserved."],
        ],
    ),
    dict(
        BERMUDA,
        role="rescrape",
        file="royalgazette_bermuda_flu_admissions_surge_rescrape.txt.gz",
        noise=True,
        pre=[BERMUDA_PRE, ["News"]],
        head=[BERMUDA_HEAD],
        tail=[
            [BERMUDA_STAMP],
            ["Copyright \u00a9 2025 The Royal Gazette Ltd. All rights reserved."],
        ],
    ),
    # Business Standard running PTI: "Press Trust of India" / place header, "Last Updated :" and "First Published:" stamps, auto-feed disclaimer.
    dict(
        cluster="businessstandard-pti-kerala-antibiotic-sales",
        role="single",
        file="businessstandard_pti_kerala_antibiotic_sales_fall.txt",
        render="text",
        title="Over-the-counter antibiotic sales down nearly 40% in Kerala after crackdown",
        date="2024-10-08",
        dateline="Thiruvananthapuram, Oct 8 (PTI) ",
        city="Thiruvananthapuram",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Business Standard", "Home", "Markets", "Companies", "Opinion", "Technology", "Personal Finance",
              "Portfolio", "e-Paper"], ["Home / India News"]],
        head=[["Press Trust of India", "Thiruvananthapuram"], ["3 min read Last Updated : Oct 08 2024 | 7:42 PM IST"]],
        tail=[
            ["(Only the headline and picture of this report may have been reworked by the Business Standard staff; "
             "the rest of the content is auto-generated from a syndicated feed.)"],
            ["First Published: Oct 08 2024 | 7:42 PM IST"],
            ["Topics :", "Kerala", "antibiotics", "Health ministry"],
        ],
        paras=P("""
Sales of antibiotics without a prescription in Kerala have fallen by nearly 40 per cent in a year after the
state launched a drive against their misuse, officials said on Tuesday.

The state Drugs Control Department conducted surprise inspections at over 1,200 pharmacies and suspended the
licences of 46 outlets found selling antibiotics without prescriptions, a senior official said.

Pharmacies have been asked to display posters stating that antibiotics will not be sold over the counter, and
customers can report violations on a toll-free number, he said.

Kerala had earlier become the first state to prepare an action plan on antimicrobial resistance, which occurs
when bacteria stop responding to the drugs used to treat them.

"Misuse of antibiotics is one of the main reasons for resistance. The aim is to make every pharmacy in the
state antibiotic-literate," the official said.

The department has also started a study of antibiotic residues in poultry and fish sold in markets in
Thiruvananthapuram, Kochi and Kozhikode.

Health officials said awareness classes would be held in schools and at primary health centres during World
Antimicrobial Awareness Week in November.
"""),
        must_have=[
            "Pharmacies have been asked to display posters stating that antibiotics will not be sold over the counter, "
            "and customers can report violations on a toll-free number, he said.",
            "The department has also started a study of antibiotic residues in poultry and fish sold in markets in "
            "Thiruvananthapuram, Kochi and Kozhikode.",
        ],
    ),
    # NTV running Anadolu (Turkish): "VAN (AA) - " dateline, stamp and "Anadolu Ajansı" line, "Kaynak: Anadolu Ajansı (AA)", tag line.
    dict(
        cluster="ntv-aa-van-inci-kefali-gocu",
        role="single",
        file="ntv_aa_van_inci_kefali_gocu_tr.txt",
        render="text",
        title="Van Gölü'nde inci kefalinin zorlu göçü başladı",
        date="2025-04-28",
        dateline="VAN (AA) - ",
        city="Van",
        country="TR",
        region="asia",
        agency="Anadolu",
        authors=[],
        editors=[],
        lang="tr",
        section=None,
        pre=[["NTV", "Gündem", "Türkiye", "Dünya", "Ekonomi", "Spor", "Sağlık", "Yaşam", "Video"], ["Türkiye"]],
        head=[["28.04.2025 12:47", "Anadolu Ajansı"], ["Paylaş"]],
        tail=[
            ["Kaynak: Anadolu Ajansı (AA)"],
            ["Etiketler:", "Van Gölü", "İnci kefali", "Erciş"],
            ["İlgili Haberler", "Van'da lale bahçeleri ziyaretçilerini bekliyor"],
            ["\u00a9 NTV 2025 - Tüm hakları saklıdır"],
        ],
        paras=P("""
Van Gölü'ne özgü inci kefalinin üreme amacıyla tatlı su kaynaklarına doğru zorlu göçü başladı.

Her yıl nisan ayının ortasında başlayan göç kapsamında balıklar, yumurtlamak için gölün sodalı suyundan Erciş
ilçesindeki Deliçay'a ve bölgedeki diğer akarsulara ulaşmaya çalışıyor.

Deliçay üzerinde yapılan balık geçitleri sayesinde akıntıya karşı sıçrayan kefaller, yumurtalarını bırakmak
için dereyi tırmanıyor. Göç, haziran ayının sonuna kadar sürüyor.

Göçü izlemek isteyen yerli ve yabancı turistler de Erciş'e akın ediyor. Bölgedeki esnaf, özellikle hafta
sonları ziyaretçi sayısının geçen yıla göre belirgin şekilde arttığını belirtti.

Van Yüzüncü Yıl Üniversitesi Su Ürünleri Fakültesi'nden Prof. Dr. Kemal Aydoğan, inci kefali stokunun son
yıllarda alınan koruma tedbirleri sayesinde toparlandığını söyledi.

Aydoğan, "Av yasağı ve denetimler sayesinde gölde yaklaşık 18 bin ton olan stok, bugün 30 bin tonun üzerine
çıktı. Ancak kaçak avcılıkla mücadele devam etmeli" dedi.

İnci kefali avı, üreme dönemini kapsayan 15 Nisan-15 Temmuz tarihleri arasında yasak. Yasağa uymayanlara
ağır para cezası uygulanıyor ve ağlarına el konuluyor.

Jandarma ve Tarım ve Orman Müdürlüğü ekipleri, kaçak avcılığı önlemek için dere yataklarında 24 saat nöbet
tutuyor.

Kuş gözlemcileri de göç döneminde Deliçay'ın göle döküldüğü noktada balıklarla beslenen martı ve karabatakları
izlemek için bölgeye geliyor.
"""),
        must_have=[
            "İnci kefali avı, üreme dönemini kapsayan 15 Nisan-15 Temmuz tarihleri arasında yasak.",
            "Jandarma ve Tarım ve Orman Müdürlüğü ekipleri, kaçak avcılığı önlemek için dere yataklarında 24 saat nöbet "
            "tutuyor.",
        ],
    ),
    # Japan Today running Kyodo: no byline or dateline, "JST" stamp and comment counter, "KYODO" source line, GPlusMedia copyright.
    dict(
        cluster="japantoday-kyodo-hiroshima-museum-record",
        role="single",
        file="japantoday_kyodo_hiroshima_peace_museum_record.txt",
        render="text",
        title="Hiroshima peace museum draws record 2.12 million visitors in fiscal 2024",
        date="2025-04-17",
        dateline="",
        city=None,
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Japan Today", "National", "Politics", "Crime", "Entertainment", "Business", "Tech", "Sports", "Features"],
             ["Login", "Sign Up"]],
        head=[["National"], ["Apr. 17 06:41 pm JST", "5 Comments"]],
        tail=[
            ["KYODO"],
            ["\u00a92025 GPlusMedia Inc."],
            ["Login to comment"],
            ["Related", "Kyoto to raise accommodation tax for luxury hotels"],
        ],
        paras=P("""
The Hiroshima Peace Memorial Museum welcomed a record 2.12 million visitors in fiscal 2024, boosted by a surge
in foreign tourists, the city said Thursday.

The figure, for the year through March, topped the previous record of 1.98 million set in fiscal 2023, the
year Hiroshima hosted the Group of Seven summit.

Foreign visitors accounted for about 37 percent of the total, with the largest numbers coming from the United
States, Australia and France.

The museum, which displays belongings of victims of the 1945 atomic bombing, has seen long lines on weekends
and during holidays, with waits of more than an hour at times.

To ease congestion, the city plans to introduce a timed online reservation system for entry during busy periods
from April 2026.

"We want visitors to have enough time to look at each exhibit and think about what happened here," a museum
official said.

The number of school groups from within Japan also rose, reaching about 310,000 students, according to the
city.

The museum's main building reopened in 2019 after a renovation that added more personal items and photographs
of victims.
"""),
        must_have=[
            "To ease congestion, the city plans to introduce a timed online reservation system for entry during busy "
            "periods from April 2026.",
            "The number of school groups from within Japan also rose, reaching about 310,000 students, according to "
            "the city.",
        ],
    ),
    # n-tv regional news running dpa: "(dpa/lno)" dateline, "Quelle: dpa", dpa-infocom line.
    dict(
        cluster="ntv-dpa-luebeck-enkeltrick-urteil",
        role="single",
        file="ntvde_dpa_luebeck_enkeltrick_urteil_de.txt",
        render="text",
        title="Enkeltrick-Betrüger muss für fünf Jahre ins Gefängnis",
        date="2025-05-14",
        dateline="Lübeck (dpa/lno) - ",
        city="Lübeck",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        pre=[["ntv", "Politik", "Wirtschaft", "Börse", "Sport", "Panorama", "Wissen", "Regionales"],
             ["Regionalnachrichten", "Hamburg & Schleswig-Holstein"]],
        head=[["14.05.2025, 15:27 Uhr"]],
        tail=[
            ["\u00a9 dpa-infocom, dpa:250514-930-541203/1"],
            ["Quelle: dpa"],
            ["Weitere Regionalnachrichten aus Hamburg & Schleswig-Holstein"],
        ],
        paras=P("""
Wegen Betrugs in 14 Fällen hat das Landgericht Lübeck einen 34 Jahre alten Mann zu fünf Jahren Haft verurteilt.
Der Angeklagte habe als sogenannter Abholer für eine Bande von Telefonbetrügern gearbeitet, sagte ein
Gerichtssprecher am Mittwoch.

Nach Überzeugung der Kammer erbeutete die Gruppe zwischen Oktober 2023 und Mai 2024 von älteren Menschen in
Lübeck, Bad Schwartau und Ostholstein Bargeld und Schmuck im Wert von rund 410.000 Euro.

Die Opfer waren am Telefon von angeblichen Polizisten oder Angehörigen unter Druck gesetzt worden. Der
Angeklagte holte das Geld anschließend an der Haustür ab.

Der Mann hatte zum Prozessauftakt ein Geständnis abgelegt. Die Hintermänner der Bande sollen aus dem Ausland
agiert haben und sind bislang nicht gefasst.

Die Staatsanwaltschaft hatte sechs Jahre Haft gefordert, die Verteidigung plädierte auf drei Jahre und sechs
Monate.

Das Gericht ordnete zudem die Einziehung von knapp 60.000 Euro an, die bei dem Mann sichergestellt worden
waren. Das Urteil ist noch nicht rechtskräftig.

Polizei und Verbraucherschützer raten, bei Anrufen angeblicher Polizisten sofort aufzulegen und die echte
Polizei über den Notruf 110 zu verständigen.
"""),
        must_have=[
            "Das Gericht ordnete zudem die Einziehung von knapp 60.000 Euro an, die bei dem Mann sichergestellt worden "
            "waren.",
            "Das Urteil ist noch nicht rechtskräftig.",
        ],
    ),
    # Gibraltar Chronicle: "Author:" / "Date: 19th June 2025" header, "Pic by NAME" under the caption.
    dict(
        cluster="gibchronicle-gha-cataract-waiting-list",
        role="single",
        file="gibraltarchronicle_gha_cataract_waiting_list.txt",
        render="text",
        title="GHA halves cataract waiting list after weekend theatre sessions",
        date="2025-06-19",
        dateline="",
        city=None,
        country="GI",
        region="europe",
        agency=None,
        authors=["Natalie Olivero"],
        editors=[],
        lang="en",
        section=None,
        caption="St Bernard's Hospital.",
        credit="Leon Danino",
        pre=[["Gibraltar Chronicle", "Local News", "Brexit", "Opinion", "Features", "Sports", "Obituaries", "E-Paper"],
             ["Local News"]],
        head=[["Author: Natalie Olivero"], ["Date: 19th June 2025"]],
        cap_lines=["St Bernard's Hospital.", "Pic by Leon Danino"],
        tail=[
            ["Most Read"],
            ["Local News", "Campion Park pavilion to reopen after refurbishment"],
            ["Gibraltar Chronicle \u00a9 2025"],
        ],
        paras=P("""
The Gibraltar Health Authority has halved the waiting list for cataract operations over the past six months
after introducing extra theatre sessions at weekends, the GHA said in a statement on Wednesday.

The number of patients waiting for surgery fell from 412 in December to 198 at the end of May, and the average
wait is now about four months, down from nine.

Extra lists have been running at St Bernard's Hospital on Saturdays since January, with two visiting
consultants from the UK working alongside the GHA's own ophthalmology team.

Around 60 operations a month are now carried out, compared with about 35 last year.

"Cataract surgery changes lives. Patients who could not read or drive are back to normal within weeks," said
Mr Adrian Ferro, the GHA's lead ophthalmologist.

The GHA said it now planned to use the same approach to reduce waiting times for hip and knee replacements,
where more than 150 patients are currently on the list.

Patients who have been waiting longer than six months are being contacted directly by the Primary Care Centre
to arrange pre-operative assessments.

The GHA also reminded patients to tell the hospital if they can no longer attend an appointment, saying that 74
theatre slots had been lost to no-shows this year.
"""),
        must_have=[
            "Around 60 operations a month are now carried out, compared with about 35 last year.",
            "Patients who have been waiting longer than six months are being contacted directly by the Primary Care "
            "Centre to arrange pre-operative assessments.",
        ],
    ),
    # Post-Courier (Port Moresby): capitalised "By NAME", WordPress "Share this:" / "Like this:" / "Like Loading..." rows.
    dict(
        cluster="postcourier-hunters-beat-seagulls",
        role="single",
        file="postcourier_png_hunters_beat_seagulls.txt",
        render="text",
        title="Hunters stun Seagulls with late try in Port Moresby",
        date="2025-04-14",
        dateline="",
        city=None,
        country="PG",
        region="oceania",
        agency=None,
        authors=["Nathaniel Kipe"],
        editors=[],
        lang="en",
        section=None,
        pre=[["Post-Courier", "Home", "News", "Business", "Sports", "Features", "Letters", "Weekend Courier"], ["Sports"]],
        head=[["By NATHANIEL KIPE"], ["April 14, 2025"]],
        tail=[
            ["Share this:", "Facebook", "X", "WhatsApp"],
            ["Like this:", "Like Loading..."],
            ["Related"],
            ["\u00a9 2025 Post-Courier. All Rights Reserved."],
        ],
        paras=P("""
The PNG Hunters scored a try two minutes from full time to beat the Tweed Heads Seagulls 22-18 in front of a
sell-out crowd at the Santos National Football Stadium in Port Moresby on Saturday.

Winger Jethro Kaupa crossed in the corner after a long pass from halfback Wesley Tamarua, sending the home fans
into celebration and lifting the Hunters to third on the Queensland Cup ladder.

The Seagulls led 18-10 at halftime after scoring three tries in the first 25 minutes, taking advantage of
several handling errors by the home side.

The Hunters fought back in the second half with tries to centre Moses Ipu and second-rower Kila Naime before
Kaupa's late winner.

"The boys showed a lot of heart. We were poor in the first half but we never gave up," Hunters coach Ben Waiyu
said.

Tamarua kicked three goals from four attempts and was named man of the match.

More than 14,000 fans attended the game, the largest crowd at the stadium this season, organisers said.

The Hunters travel to Brisbane next weekend to play the Norths Devils.
"""),
        must_have=[
            "Tamarua kicked three goals from four attempts and was named man of the match.",
            "The Hunters travel to Brisbane next weekend to play the Norths Devils.",
        ],
    ),
    # The Edition (Malé): "DD Month YYYY, MVT HH:MM" stamp, tag row, related stories.
    dict(
        cluster="edition-mv-skipjack-catch-falls",
        role="single",
        file="editionmv_skipjack_tuna_catch_falls.txt",
        render="text",
        title="Skipjack tuna catch falls 18 percent as fishermen report longer trips",
        date="2024-12-03",
        dateline="",
        city=None,
        country="MV",
        region="asia",
        agency=None,
        authors=["Mariyam Nazima"],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Edition", "News", "Business", "Sports", "Lifestyle", "Feature", "Opinion", "Dhivehi"], ["Business"]],
        head=[["Mariyam Nazima"], ["03 December 2024, MVT 14:20"]],
        tail=[
            ["Tags", "Fisheries", "MIFCO", "Tuna"],
            ["Share", "Facebook", "X", "Viber"],
            ["Related Stories", "Government to build ice plants in four atolls"],
        ],
        paras=P("""
The Maldives' skipjack tuna catch fell by 18 percent in the first ten months of 2024 compared with the same
period last year, according to figures from the Ministry of Fisheries and Ocean Resources.

Fishermen landed about 71,000 tonnes of skipjack between January and October, down from around 86,500 tonnes
in 2023. The catch of yellowfin tuna was broadly unchanged.

Fishermen say schools of tuna have moved further from the atolls, forcing pole-and-line vessels to spend more
time and fuel at sea.

"Two years ago we could fill the boat in three days. Now we go out for a week and sometimes come back half
empty," said the captain of a fishing vessel from Gaafu Dhaalu Atoll.

Scientists have linked changes in tuna movements in the Indian Ocean to warmer sea surface temperatures,
although the ministry said more research was needed.

State-owned fish buyer MIFCO raised its purchase price for skipjack to MVR 28 per kilogram in September to help
fishermen cope with higher costs.

Fish and fish products make up most of the country's merchandise exports, and the fishing industry employs
thousands of people across the atolls.

The ministry said it would expand its network of anchored fish aggregating devices to 70 by the end of next
year.
"""),
        must_have=[
            "State-owned fish buyer MIFCO raised its purchase price for skipjack to MVR 28 per kilogram in September to "
            "help fishermen cope with higher costs.",
            "The ministry said it would expand its network of anchored fish aggregating devices to 70 by the end of "
            "next year.",
        ],
    ),
    # Cayman Compass: "- July 9, 2025" stamp, "\u2013 Photo: NAME" credit after the caption, newsletter box, login-to-comment.
    dict(
        cluster="caymancompass-stamp-duty-falls",
        role="single",
        file="caymancompass_stamp_duty_collections_fall.txt",
        render="text",
        title="Stamp duty collections fall as property sales slow",
        date="2025-07-09",
        dateline="",
        city=None,
        country="KY",
        region="americas",
        agency=None,
        authors=["Marcus Ebanks"],
        editors=[],
        lang="en",
        section=None,
        caption="Property sales slowed in the first half of the year.",
        credit="Delano Rankine",
        pre=[["Cayman Compass", "News", "Business", "Crime", "Politics", "Sports", "Features", "Obituaries", "Classifieds"],
             ["Business"]],
        head=[["By Marcus Ebanks"], ["- July 9, 2025"]],
        cap_lines=["Property sales slowed in the first half of the year. \u2013 Photo: Delano Rankine"],
        inserts={3: ["Subscribe to our newsletter", "Get the top stories delivered to your inbox every morning."]},
        tail=[
            ["Please login to post a comment."],
            ["More from Cayman Compass", "Cruise arrivals up 6% in June"],
            ["\u00a9 Copyright 2025 Compass Media Ltd."],
        ],
        paras=P("""
Government collected CI$38.6 million in stamp duty on property transfers in the first half of 2025, down 14% on
the same period last year, according to figures released by the Ministry of Finance.

The drop reflects a slowdown in sales of high-end condominiums on Seven Mile Beach, where several large
developments sold out in 2023 and 2024, real estate agents said.

The number of property transfers registered with the Lands and Survey Department fell to 612, from 701 a year
earlier.

"Buyers are still interested, but there is less stock at the top end of the market and higher interest rates
are making people think twice," said Janelle Rivers, a real estate broker in George Town.

Sales of homes under CI$400,000 held up better, helped by the stamp duty waiver for first-time Caymanian
buyers.

Stamp duty is one of government's largest sources of revenue, and the budget for 2025 assumes collections of
CI$80 million for the full year.

The ministry said the shortfall so far would be offset by higher than expected import duty and work permit
fees.
"""),
        must_have=[
            "The number of property transfers registered with the Lands and Survey Department fell to 612, from 701 a "
            "year earlier.",
            "The ministry said the shortfall so far would be offset by higher than expected import duty and work permit "
            "fees.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_INDEPENDENT = dict(
    name="The Independent",
    home="https://www.independent.example.co.uk",
    title_suffix=" | The Independent",
    locale="en_GB",
    twitter="@Independent",
    body_class="article-page",
    article_class="article-main",
    body_class_inner="main-content-body",
    skip="Skip to main content",
    cookie=None,
    top_links=["Subscribe now", "Log in"],
    nav=["News", "Sport", "Voices", "Culture", "Lifestyle", "Travel", "Premium", "Independent Bulletin", "Climate"],
    share=["Bookmark", "Comments", "Share"],
    footer=["\u00a9 2024 Independent Digital News & Media Ltd", "Contact us", "Jobs", "Code of conduct and complaints"],
)

SITE_LEDEVOIR = dict(
    name="Le Devoir",
    home="https://www.ledevoir.example.com",
    title_suffix=" | Le Devoir",
    locale="fr_CA",
    twitter="@LeDevoir",
    body_class="single-article",
    article_class="article-wrapper",
    body_class_inner="editor",
    cookie=None,
    top_links=["S'abonner", "Se connecter", "Édition papier"],
    nav=["Politique", "Société", "Économie", "Monde", "Environnement", "Culture", "Opinion", "Sports"],
    share=["Partager", "Facebook", "X", "Courriel", "Copier le lien"],
    footer=["\u00a9 Le Devoir Inc. Tous droits réservés.", "Nous joindre", "Politique de confidentialité"],
)

SITE_ELUNIVERSAL = dict(
    name="El Universal",
    home="https://www.eluniversal.example.com.mx",
    title_suffix=" | El Universal",
    locale="es_MX",
    twitter="@El_Universal_Mx",
    body_class="nota-estados",
    article_class="sc",
    body_class_inner="sc__font-paragraph",
    cookie=None,
    top_links=["Suscríbete", "Iniciar sesión", "Edición impresa"],
    nav=["Nación", "Metrópoli", "Estados", "Mundo", "Cartera", "Deportes", "Espectáculos", "Cultura", "Opinión"],
    share=["Compartir en Facebook", "Compartir en X", "Compartir en WhatsApp", "Copiar enlace"],
    footer=["D.R. \u00a9 2024 El Universal, Compañía Periodística Nacional S.A. de C.V.", "Aviso de privacidad", "Contacto"],
)

SITE_SMH = dict(
    name="The Sydney Morning Herald",
    home="https://www.smh.example.com.au",
    title_suffix=" | The Sydney Morning Herald",
    locale="en_AU",
    twitter="@smh",
    body_class="article",
    article_class="articleBody",
    body_class_inner="bodyText",
    skip="Skip to sections navigation",
    cookie=None,
    top_links=["Subscribe", "Log in"],
    nav=["Sydney", "NSW", "Politics", "Business", "World", "Opinion", "Property", "Sport", "Lifestyle", "Culture"],
    share=["Share", "Facebook", "X", "Email", "Copy link"],
    footer=["Copyright \u00a9 2025", "Conditions of use", "Privacy policy", "Press Council"],
)

SITE_CTV = dict(
    name="CTV News",
    home="https://www.ctvnews.example.ca",
    title_suffix=" | CTV News",
    locale="en_CA",
    twitter="@CTVNews",
    body_class="c-article",
    article_class="b-article-body",
    body_class_inner="c-article-body",
    cookie=None,
    top_links=["Local", "Watch", "Sign In"],
    nav=["Canada", "World", "Politics", "Health", "Climate", "Business", "Sports", "Entertainment", "Regina"],
    share=["Share", "Facebook", "X", "Reddit", "Email", "Copy link"],
    footer=["\u00a9 2025 All rights reserved.", "Terms and Conditions", "Privacy Policy", "Accessibility"],
)

SITE_TAGESSPIEGEL = dict(
    name="Der Tagesspiegel",
    home="https://www.tagesspiegel.example.de",
    title_suffix=" - Tagesspiegel",
    locale="de_DE",
    twitter="@Tagesspiegel",
    body_class="article-page",
    article_class="Ar",
    body_class_inner="Ar-body",
    cookie_title="Ihre Privatsphäre ist uns wichtig",
    cookie="Wir und unsere Partner verwenden Cookies und andere Technologien, um Inhalte und Anzeigen zu personalisieren und unseren Traffic zu analysieren.",
    cookie_buttons=["Zustimmen", "Einstellungen", "Pur-Abo"],
    top_links=["Abo", "Anmelden", "E-Paper"],
    nav=["Berlin", "Politik", "Wirtschaft", "Gesellschaft", "Kultur", "Sport", "Wissen", "Checkpoint"],
    share=["Artikel teilen", "Facebook", "X", "WhatsApp", "E-Mail"],
    footer=["\u00a9 Verlag Der Tagesspiegel GmbH", "Impressum", "Datenschutz", "Kontakt"],
)

SITE_CNNID = dict(
    name="CNN Indonesia",
    home="https://www.cnnindonesia.example.com",
    title_suffix=" - CNN Indonesia",
    locale="id_ID",
    twitter="@CNNIndonesia",
    body_class="detail-page",
    article_class="detail-wrap",
    body_class_inner="detail-text",
    cookie=None,
    top_links=["Live TV", "Masuk"],
    nav=["Nasional", "Internasional", "Ekonomi", "Olahraga", "Teknologi", "Hiburan", "Gaya Hidup", "Otomotif"],
    share=["Bagikan", "Facebook", "X", "WhatsApp", "Salin Link"],
    footer=["\u00a9 2025 CNN Indonesia, a Transmedia company. All rights reserved.", "Pedoman Media Siber", "Kontak"],
)

SITE_IWACU = dict(
    name="Iwacu",
    home="https://www.iwacu-burundi.example.org",
    title_suffix=" \u2013 IWACU",
    locale="fr_FR",
    twitter="@iwacuinfo",
    body_class="single-post",
    article_class="post",
    body_class_inner="entry-content",
    cookie=None,
    top_links=["Kirundi", "English", "Abonnement"],
    nav=["Politique", "Économie", "Société", "Sécurité", "Justice", "Sport", "Culture", "Opinions"],
    share=["Partager sur Facebook", "Partager sur X", "Partager sur WhatsApp"],
    footer=["\u00a9 Iwacu \u2013 Les voix du Burundi", "Qui sommes-nous ?", "Contact"],
)

SITE_DM = dict(
    name="Daily Maverick",
    home="https://www.dailymaverick.example.co.za",
    title_suffix=" - Daily Maverick",
    locale="en_ZA",
    twitter="@dailymaverick",
    body_class="article-template",
    article_class="article-container",
    body_class_inner="article-content",
    cookie=None,
    top_links=["Become a Maverick Insider", "Sign in"],
    nav=["South Africa", "Business Maverick", "Our Burning Planet", "Opinionista", "World", "Sport", "Maverick Life"],
    share=["Share", "Facebook", "X", "LinkedIn", "WhatsApp", "Email"],
    footer=["\u00a9 2025 Daily Maverick", "Terms of Use", "Privacy Policy", "Press Code"],
)

HTML_STORIES = [
    # -- AP on The Independent (original of the AP cluster): "Associated Press" byline, "(AP)" credit, contributor line, support box, comment prompt --
    dict(
        BELIZE,
        role="original",
        file="independent_ap_belize_reef_bleaching.html",
        render="html",
        site=SITE_INDEPENDENT,
        authors=["Kenroy Usher"],
        section="Americas",
        meta_section="Americas",
        url="https://www.independent.example.co.uk/news/world/americas/belize-coral-reef-bleaching-record-b2630917.html",
        published="2024-10-16T21:07:00+01:00",
        modified="2024-10-16T21:07:00+01:00",
        meta_author="Associated Press",
        ld_author=[{"@type": "Organization", "name": "Associated Press"}],
        breadcrumbs=["News", "World", "Americas"],
        byline_lines=["Associated Press"],
        date_lines=["Wednesday 16 October 2024 21:07 BST"],
        caption="A diver swims over bleached coral near Caye Caulker, Belize, on Oct. 3, 2024.",
        credit="AP",
        credit_shown="(AP)",
        above_body=[("support", "Support truly independent journalism"),
                    ("support-text", "Our mission is to deliver unbiased, fact-based reporting that holds power to account.")],
        inserts={2: [("promo", ["Sign up for our free Climate email", "Your inbox, the planet's future",
                                "Sign up to our free Climate newsletter"])]},
        end_lines=[BELIZE_CONTRIB],
        tags=("More about", ["Belize", "coral reefs", "Climate"]),
        comments=["Join our commenting forum",
                  "Join thought-provoking conversations, follow other Independent readers and see their replies"],
        lists=[("Most popular", ["Hurricane season ends with fewer storms than forecast", "Mexico's new president names climate envoy"])],
    ),
    # -- AFP on Le Devoir (original of the AFP cluster): "Agence France-Presse" / "à Conakry" byline, "Photo: NAME Agence France-Presse" --
    dict(
        CONAKRY,
        role="original",
        file="ledevoir_afp_guinee_prix_riz_fr.html",
        render="html",
        site=SITE_LEDEVOIR,
        section="Afrique",
        meta_section="Afrique",
        url="https://www.ledevoir.example.com/monde/afrique/849211/en-guinee-la-flambee-du-prix-du-riz-importe-etrangle-les-menages",
        published="2025-03-04T11:02:00-05:00",
        modified="2025-03-04T11:02:00-05:00",
        meta_author="Agence France-Presse",
        ld_author=[{"@type": "Organization", "name": "Agence France-Presse"}],
        kicker="Guinée",
        byline_lines=["Agence France-Presse", "à Conakry"],
        date_lines=["4 mars 2025"],
        caption="Un étal de riz au marché de Madina, à Conakry, en février",
        credit="Mamadou Kaba Agence France-Presse",
        credit_shown="Photo: Mamadou Kaba Agence France-Presse",
        above_body=[("reading-time", "Lecture 2 min")],
        below_body=[("newsletter", "Recevez chaque matin l'essentiel de l'actualité internationale. Abonnez-vous à nos infolettres.")],
        lists=[("À voir en vidéo", ["Le Sénégal lance sa première production de gaz offshore"]),
               ("Les plus lus", ["Tarifs: Ottawa prépare des mesures de riposte", "La neige revient sur le sud du Québec"])],
    ),
    # -- El Universal (Mexico): "Mérida.— " staff dateline, "NAME | Corresponsal" byline, "Foto: NAME / EL UNIVERSAL", late-evening CST stamp --
    dict(
        cluster="eluniversal-merida-censo-jaguares",
        role="single",
        file="eluniversal_merida_censo_jaguares_es.html",
        render="html",
        site=SITE_ELUNIVERSAL,
        title="Censo registra 58 jaguares en reservas del sur de Yucatán",
        date="2024-11-21",
        dateline="Mérida.\u2014 ",
        city="Mérida",
        country="MX",
        region="americas",
        agency=None,
        authors=["Mariela Chan Tzec"],
        editors=[],
        lang="es",
        section="Estados",
        meta_section="Estados",
        url="https://www.eluniversal.example.com.mx/estados/censo-registra-58-jaguares-en-reservas-del-sur-de-yucatan/",
        description="Es la cifra más alta desde que iniciaron los monitoreos con cámaras trampa en 2010.",
        published="2024-11-21T23:15:00-06:00",
        modified="2024-11-21T23:15:00-06:00",
        meta_author="Mariela Chan Tzec",
        byline_lines=["Mariela Chan Tzec | Corresponsal"],
        date_lines=["21/11/2024 23:15"],
        caption="Uno de los ejemplares captados por las cámaras trampa en la Reserva Biocultural del Puuc",
        credit="Rodrigo Canul / EL UNIVERSAL",
        credit_shown="Foto: Rodrigo Canul / EL UNIVERSAL",
        inserts={2: [("link", "Te recomendamos:", "Playas de Yucatán reciben sargazo fuera de temporada")],
                 4: [("ad", "Publicidad")]},
        below_body=[("newsletter", "Mantente al día con el boletín de El Universal")],
        tags=("Temas", ["Yucatán", "jaguar", "medio ambiente"]),
        lists=[("Lo más visto", ["Nevada en Chihuahua deja carreteras cerradas", "Sube precio de la tortilla en Monterrey"])],
        paras=P("""
Un censo con cámaras trampa registró al menos 58 jaguares en tres reservas del sur de Yucatán, la cifra más
alta desde que se iniciaron los monitoreos en 2010, informaron autoridades ambientales del estado.

El conteo se realizó entre marzo y septiembre en la Reserva Estatal Biocultural del Puuc, en la zona de Tekax y
en ejidos cercanos a los límites con Campeche y Quintana Roo, donde se instalaron 120 cámaras.

Según los especialistas, los ejemplares fueron identificados de manera individual por el patrón de manchas de
su piel. Entre ellos hay al menos nueve hembras con crías.

"Que haya hembras con cachorros nos dice que la población se está reproduciendo y que el hábitat todavía
sostiene a los grandes felinos", explicó la bióloga Fernanda Ucán Dzib, coordinadora del monitoreo.

Sin embargo, los investigadores advirtieron que la deforestación por la expansión de la ganadería y de granjas
porcícolas sigue fragmentando la selva.

En lo que va del año, al menos cuatro jaguares han muerto atropellados en carreteras del estado, de acuerdo con
organizaciones civiles.

La Secretaría de Desarrollo Sustentable anunció que instalará señalamientos y reductores de velocidad en los
tramos carreteros donde se han registrado cruces de fauna.
"""),
        must_have=[
            "Entre ellos hay al menos nueve hembras con crías.",
            "En lo que va del año, al menos cuatro jaguares han muerto atropellados en carreteras del estado, de acuerdo "
            "con organizaciones civiles.",
        ],
    ),
    # -- The Sydney Morning Herald: "June 1, 2025 — 5.00am" at UTC+10, "Credit: NAME", save/text-size controls, licence link --
    dict(
        cluster="smh-sydney-wettest-may",
        role="single",
        file="smh_sydney_wettest_may_in_two_decades.html",
        render="html",
        site=SITE_SMH,
        title="Sydney records its wettest May in more than 20 years",
        date="2025-06-01",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Priya Mendis"],
        editors=[],
        lang="en",
        section="National",
        meta_section="National",
        url="https://www.smh.example.com.au/national/nsw/sydney-records-its-wettest-may-in-more-than-20-years-20250531-p5m3qz.html",
        description="Observatory Hill recorded 291 millimetres of rain, more than double the May average.",
        published="2025-06-01T05:00:00+10:00",
        modified="2025-06-01T05:00:00+10:00",
        meta_author="Priya Mendis",
        byline_lines=["By Priya Mendis"],
        date_lines=["June 1, 2025 \u2014 5.00am"],
        above_body=[("save", "Save"),
                    ("save-note", "Log in, register or subscribe to save articles for later."),
                    ("text-size", "Normal text size"), ("text-size", "Larger text size"), ("text-size", "Very large text size")],
        caption="Rain sweeps across the harbour at Circular Quay during the mid-May deluge.",
        credit="Callum Whitehouse",
        credit_shown="Credit: Callum Whitehouse",
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("license", "License this article")],
        tags=("Read more", ["Weather", "Sydney", "Rain"]),
        author_box=["Priya Mendis is a reporter covering weather, climate and the environment for The Sydney Morning Herald."],
        lists=[("Most Viewed in National", ["Parramatta River ferry wharf closed after flood damage",
                                            "Cold snap to bring snow to the Blue Mountains"])],
        paras=P("""
Sydney has recorded its wettest May in more than two decades, with 291 millimetres of rain falling at
Observatory Hill, more than double the monthly average.

Most of the rain fell in a week-long deluge in the middle of the month, when an east coast low brought heavy
falls to the city and flooding on the Hawkesbury-Nepean and the Mid North Coast.

The Bureau of Meteorology said the last time Sydney had a wetter May was in 2003, when 302 millimetres fell.

Warragamba Dam spilled for the first time since 2022, and WaterNSW said the dam was at 100 per cent capacity
on Saturday.

"It was a remarkable month. We had rain on 22 of the 31 days," bureau senior meteorologist Dean Harmsworth
said.

Despite the rain, the city's temperatures were close to normal, with an average maximum of 20.1 degrees.

The bureau's outlook for winter points to drier than average conditions for much of NSW from July.

SES crews responded to more than 4,800 calls for help across the Sydney region during May, mostly for leaking
roofs and fallen trees.
"""),
        must_have=[
            "Despite the rain, the city's temperatures were close to normal, with an average maximum of 20.1 degrees.",
            "SES crews responded to more than 4,800 calls for help across the Sydney region during May, mostly for "
            "leaking roofs and fallen trees.",
        ],
    ),
    # -- CTV News (Regina): name + role line byline, "Published:" / "Updated:" stamps in CST late evening, "(NAME/CTV News)" credit --
    dict(
        cluster="ctvnews-regina-aquatic-centre-budget",
        role="single",
        file="ctvnews_regina_aquatic_centre_budget.html",
        render="html",
        site=SITE_CTV,
        title="Regina city council approves $158M budget for new indoor aquatic centre",
        date="2025-08-12",
        dateline="",
        city=None,
        country="CA",
        region="americas",
        agency=None,
        authors=["Teagan Lavallee"],
        editors=[],
        lang="en",
        section="Regina",
        meta_section="Regina",
        url="https://www.ctvnews.example.ca/regina/article/regina-city-council-approves-158m-budget-for-new-indoor-aquatic-centre/",
        description="Council voted 8-3 in favour of the plan after more than two hours of presentations.",
        published="2025-08-12T22:12:00-06:00",
        modified="2025-08-13T07:05:00-06:00",
        meta_author="Teagan Lavallee",
        byline_lines=["Teagan Lavallee", "CTV News Regina Videojournalist"],
        date_lines=["Published: August 12, 2025 at 10:12PM CST", "Updated: August 13, 2025 at 7:05AM CST"],
        caption="An artist's rendering of the new indoor aquatic centre.",
        credit="Teagan Lavallee/CTV News",
        credit_shown="(Teagan Lavallee/CTV News)",
        inserts={2: [("ad", "Advertisement")]},
        below_body=[("app", "Download the CTV News app to get the latest local news and alerts.")],
        lists=[("Top Stories", ["Saskatchewan crop report shows harvest ahead of average",
                                "Wildfire smoke prompts air quality warnings across southern Sask."])],
        paras=P("""
Regina city council has approved a budget of $158 million for a new indoor aquatic centre, clearing the way for
construction to begin next spring.

Council voted 8-3 in favour of the plan at a meeting that stretched past 9 p.m. on Tuesday, after more than two
hours of presentations from residents and swim clubs.

The facility will replace the Lawson Aquatic Centre, which opened in 1976 and has needed repeated repairs to its
roof and pool tank.

Plans include a 50-metre competition pool, a leisure pool with a lazy river, a diving tank and seating for 1,000
spectators.

"Families in this city have been waiting a long time for this, and it's going to serve Regina for the next 50
years," said Coun. Darla Kuziak.

Councillors who voted against the plan said they were worried about the cost, which has risen from an earlier
estimate of $120 million.

The city plans to borrow about $90 million for the project, with the rest coming from reserves and a federal
infrastructure grant.

The new centre is expected to open in 2029. The Lawson will stay open until then.
"""),
        must_have=[
            "Plans include a 50-metre competition pool, a leisure pool with a lazy river, a diving tank and seating for "
            "1,000 spectators.",
            "The new centre is expected to open in 2029.",
        ],
    ),
    # -- Der Tagesspiegel (Berlin): "Von NAME", kicker, "© IMAGO/NAME" credit, "Lesen Sie mehr:" link, comment loader --
    dict(
        cluster="tagesspiegel-berlin-freibaeder-rekord",
        role="single",
        file="tagesspiegel_berlin_freibaeder_besucherrekord_de.html",
        render="html",
        site=SITE_TAGESSPIEGEL,
        title="Berliner Freibäder melden Besucherrekord – aber es fehlt an Personal",
        date="2025-07-21",
        dateline="",
        city=None,
        country="DE",
        region="europe",
        agency=None,
        authors=["Lukas Brenneisen"],
        editors=[],
        lang="de",
        section="Berlin",
        meta_section="Berlin",
        url="https://www.tagesspiegel.example.de/berlin/berliner-freibader-melden-besucherrekord-aber-es-fehlt-an-personal-14028377.html",
        description="Mehr als 1,1 Millionen Menschen kamen bisher in die Freibäder, rund 40 Stellen sind unbesetzt.",
        published="2025-07-21T18:40:00+02:00",
        modified="2025-07-21T18:40:00+02:00",
        meta_author="Lukas Brenneisen",
        kicker="Hitze in Berlin",
        byline_lines=["Von Lukas Brenneisen"],
        date_lines=["21.07.2025, 18:40 Uhr"],
        caption="Andrang im Sommerbad Kreuzberg, dem Prinzenbad, Anfang Juli.",
        credit="IMAGO/Mareike Tellenbach",
        credit_shown="\u00a9 IMAGO/Mareike Tellenbach",
        inserts={2: [("link", "Lesen Sie mehr:", "Hitzewelle in Berlin: Wo es kostenloses Trinkwasser gibt")],
                 4: [("ad", "Anzeige")]},
        comments=["Kommentieren", "Kommentare werden geladen \u2026"],
        lists=[("Meistgelesen", ["S-Bahn: Ringbahn am Wochenende unterbrochen", "Neue Radwege in Pankow"])],
        paras=P("""
Die Berliner Bäder-Betriebe haben in diesem Sommer bereits mehr als 1,1 Millionen Besucherinnen und Besucher
in ihren Freibädern gezählt. Das sind rund 15 Prozent mehr als im gesamten Vorjahreszeitraum, wie das
Unternehmen am Montag mitteilte.

Besonders voll war es an den Hitzetagen Anfang Juli. Allein am 2. Juli kamen mehr als 70.000 Menschen in die
26 Freibäder der Stadt, das Prinzenbad in Kreuzberg musste mehrfach den Einlass stoppen.

Gleichzeitig kämpfen die Bäder mit Personalmangel. Derzeit seien rund 40 Stellen für Schwimmmeister und
Rettungsschwimmer unbesetzt, sagte eine Sprecherin.

Das Freibad Lübars blieb deshalb an mehreren Tagen ganz geschlossen, in anderen Bädern wurden Becken zeitweise
gesperrt.

„Wir suchen händeringend Personal, auch Studierende und Quereinsteiger sind willkommen“, sagte die
Sprecherin.

Die Bäder-Betriebe bieten inzwischen eine verkürzte Ausbildung zum Rettungsschwimmer an, die in sechs Wochen
abgeschlossen werden kann.

Der Eintritt in die Freibäder kostet seit diesem Jahr 5,50 Euro, ermäßigt 3,50 Euro. Die Saison endet Anfang
September.
"""),
        must_have=[
            "Das Freibad Lübars blieb deshalb an mehreren Tagen ganz geschlossen, in anderen Bädern wurden Becken "
            "zeitweise gesperrt.",
            "Die Bäder-Betriebe bieten inzwischen eine verkürzte Ausbildung zum Rettungsschwimmer an, die in sechs "
            "Wochen abgeschlossen werden kann.",
        ],
    ),
    # -- CNN Indonesia: "Makassar, CNN Indonesia -- " opening, outlet as byline, "(ANTARA FOTO/NAME)" credit, "Baca juga:", "SCROLL TO CONTINUE", desk initials --
    dict(
        cluster="cnnindonesia-makassar-harga-beras",
        role="single",
        file="cnnindonesia_makassar_harga_beras_operasi_pasar_id.html",
        render="html",
        site=SITE_CNNID,
        title="Harga Beras di Makassar Naik, Pemkot Gelar Operasi Pasar",
        date="2025-01-16",
        dateline="Makassar, CNN Indonesia -- ",
        city="Makassar",
        country="ID",
        region="asia",
        agency=None,
        authors=[],
        editors=[],
        lang="id",
        section="Ekonomi",
        meta_section="Ekonomi",
        url="https://www.cnnindonesia.example.com/ekonomi/20250116143512-92-1188431/harga-beras-di-makassar-naik-pemkot-gelar-operasi-pasar",
        description="Harga beras medium di Makassar naik hingga Rp14.500 per kilogram dalam dua pekan terakhir.",
        published="2025-01-16T14:35:00+07:00",
        modified="2025-01-16T14:35:00+07:00",
        meta_author="CNN Indonesia",
        ld_author=[{"@type": "Organization", "name": "CNN Indonesia"}],
        byline_lines=["CNN Indonesia"],
        date_lines=["Kamis, 16 Jan 2025 14:35 WIB"],
        caption="Ilustrasi. Pedagang beras melayani pembeli di Pasar Terong, Makassar.",
        credit="ANTARA FOTO/Yusran Latief",
        credit_shown="(ANTARA FOTO/Yusran Latief)",
        inserts={0: [("ad", "ADVERTISEMENT"), ("ad", "SCROLL TO CONTINUE WITH CONTENT")],
                 3: [("link", "Baca juga:", "Bulog Pastikan Stok Beras Aman hingga Lebaran")]},
        end_lines=["(mir/sfr)"],
        tags=("Lihat Semua", ["harga beras", "makassar", "operasi pasar"]),
        lists=[("Berita Terkait", ["Harga Cabai Rawit di Jakarta Tembus Rp90 Ribu per Kg"])],
        paras=P("""
Harga beras medium di sejumlah pasar tradisional di Makassar, Sulawesi Selatan, naik hingga Rp14.500 per
kilogram dalam dua pekan terakhir. Pemerintah Kota Makassar pun menggelar operasi pasar untuk menekan harga.

Di Pasar Terong, salah satu pasar terbesar di kota itu, harga beras medium sebelumnya berkisar Rp12.800 per
kilogram. Kenaikan juga terjadi pada beras premium yang kini dijual hingga Rp16.000 per kilogram.

"Pasokan dari daerah berkurang karena belum masuk musim panen. Kami juga beli dari penggilingan sudah lebih
mahal," kata Hasnah, seorang pedagang beras di Pasar Terong, Kamis (16/1).

Operasi pasar digelar di 15 kecamatan dengan menjual beras program Stabilisasi Pasokan dan Harga Pangan (SPHP)
dari Perum Bulog seharga Rp12.500 per kilogram.

Kepala Dinas Perdagangan Kota Makassar, Andi Rahmat, mengatakan setiap warga dibatasi membeli maksimal dua
karung ukuran lima kilogram agar beras murah bisa dinikmati lebih banyak warga.

Menurut Bulog Sulawesi Selatan dan Barat, stok beras di gudang mereka saat ini mencapai sekitar 85 ribu ton
dan cukup untuk kebutuhan hingga enam bulan ke depan.

Panen raya di Sulawesi Selatan diperkirakan berlangsung mulai Maret mendatang, sehingga harga diharapkan
kembali turun.
"""),
        must_have=[
            "Operasi pasar digelar di 15 kecamatan dengan menjual beras program Stabilisasi Pasokan dan Harga Pangan "
            "(SPHP) dari Perum Bulog seharga Rp12.500 per kilogram.",
            "Panen raya di Sulawesi Selatan diperkirakan berlangsung mulai Maret mendatang, sehingga harga diharapkan "
            "kembali turun.",
        ],
    ),
    # -- Iwacu (Burundi, gzipped): "Par NAME", "©Iwacu" credit, WordPress comment form lines --
    dict(
        cluster="iwacu-examen-etat-resultats",
        role="single",
        file="iwacu_burundi_examen_etat_resultats_fr.html.gz",
        render="html",
        site=SITE_IWACU,
        title="Examen d'État : un taux de réussite de 61 % cette année",
        date="2024-08-26",
        dateline="",
        city=None,
        country="BI",
        region="africa",
        agency=None,
        authors=["Jean-Claude Niyonkuru"],
        editors=[],
        lang="fr",
        section="Société",
        meta_section="Société",
        url="https://www.iwacu-burundi.example.org/examen-detat-un-taux-de-reussite-de-61-cette-annee/",
        description="Sur 58 400 candidats, 35 600 ont obtenu la moyenne, contre 54 % de réussite l'an dernier.",
        published="2024-08-26T19:30:00+02:00",
        modified="2024-08-26T19:30:00+02:00",
        meta_author="Jean-Claude Niyonkuru",
        byline_lines=["Par Jean-Claude Niyonkuru"],
        date_lines=["26/08/2024"],
        caption="Des élèves d'un lycée de Gitega à la sortie des épreuves en juin.",
        credit="Iwacu",
        credit_shown="\u00a9Iwacu",
        inserts={3: [("box", "Lire aussi", ["Rentrée scolaire : les frais de scolarité inquiètent les parents"])]},
        share_top=False,
        comments=["Laisser un commentaire",
                  "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *",
                  "Publier le commentaire"],
        lists=[("Les plus lus", ["Carburant : les files d'attente réapparaissent à Bujumbura", "Gitega : le marché central rénové"])],
        paras=P("""
Le ministère de l'Éducation nationale a publié lundi les résultats de l'examen d'État, qui conditionne l'accès
à l'université. Sur 58 400 candidats, 35 600 ont obtenu la moyenne, soit un taux de réussite de 61 %, contre
54 % l'an dernier.

Les meilleurs résultats ont été enregistrés dans les provinces de Bujumbura et de Gitega, tandis que plusieurs
lycées communaux de l'intérieur du pays affichent des taux inférieurs à 30 %.

Les filles représentent 49 % des lauréats, un chiffre en légère hausse.

« Les efforts des enseignants commencent à porter leurs fruits, mais les écarts entre les écoles restent
importants », estime un directeur de lycée de Ngozi.

Des parents dénoncent toutefois le manque de manuels scolaires et d'enseignants qualifiés en mathématiques et
en sciences dans les écoles rurales.

Selon le ministère, les lauréats pourront s'inscrire à l'Université du Burundi et dans les universités privées
agréées à partir du 16 septembre.

Les candidats ajournés auront la possibilité de se présenter à une session de rattrapage prévue en octobre.
"""),
        must_have=[
            "Les filles représentent 49 % des lauréats, un chiffre en légère hausse.",
            "Les candidats ajournés auront la possibilité de se présenter à une session de rattrapage prévue en "
            "octobre.",
        ],
    ),
    # -- Daily Maverick: "(Photo: Gallo Images / NAME)" credit, Insider promo, "peer review" comment rule, author bio --
    dict(
        cluster="dailymaverick-joburg-electricity-tariff",
        role="single",
        file="dailymaverick_joburg_city_power_tariff_hike.html",
        render="html",
        site=SITE_DM,
        title="Joburg residents face 12.7% electricity tariff hike from July after Nersa approval",
        date="2025-06-26",
        dateline="",
        city=None,
        country="ZA",
        region="africa",
        agency=None,
        authors=["Zanele Mthembu"],
        editors=[],
        lang="en",
        section="South Africa",
        meta_section="South Africa",
        url="https://www.dailymaverick.example.co.za/article/2025-06-26-joburg-residents-face-12-7-electricity-tariff-hike-from-july/",
        description="The increase is lower than the 14.2% City Power asked for, but well above inflation.",
        published="2025-06-26T20:35:00+02:00",
        modified="2025-06-26T20:35:00+02:00",
        meta_author="Zanele Mthembu",
        byline_lines=["Zanele Mthembu"],
        date_lines=["26 Jun 2025"],
        caption="A City Power technician works on a substation in Soweto.",
        credit="Gallo Images / Lindiwe Khoza",
        credit_shown="(Photo: Gallo Images / Lindiwe Khoza)",
        inserts={3: [("promo", ["Support Daily Maverick", "Become a Maverick Insider and help us keep our journalism free for all.",
                                "Join now"])]},
        author_box=["Zanele Mthembu is a reporter covering local government in Gauteng."],
        comments=["Comments", "Please peer review 3 community comments before your comment can be posted"],
        lists=[("More in South Africa", ["Tshwane council approves water tariff increase", "Eskom warns of winter grid pressure"])],
        paras=P("""
Johannesburg households will pay 12.7% more for electricity from 1 July after the National Energy Regulator of
South Africa (Nersa) approved City Power's tariff application this week.

The increase is slightly lower than the 14.2% the municipal-owned utility had asked for, but is well above
inflation, which stood at 2.8% in May.

City Power said it needed the extra revenue to pay for higher bulk electricity costs from Eskom, which rose by
12.74% in April, and to fund the replacement of ageing transformers and cables.

Residents in Soweto, Alexandra and parts of the south of the city have experienced repeated outages this winter
because of overloaded substations and cable theft.

"People are being asked to pay more for a service that keeps failing them," said Thandiwe Nkosi of the
Johannesburg Residents' Forum, a civic group.

City Power spokesperson Kabelo Radebe said the utility would spend R1.4-billion on network upgrades in the
coming financial year.

Prepaid customers will also see a change in the fixed monthly charge, which will rise to R230 for most
households.

The City of Johannesburg's budget, adopted in May, also includes increases of 8.8% for water and 7.5% for
refuse removal.
"""),
        must_have=[
            "Prepaid customers will also see a change in the fixed monthly charge, which will rise to R230 for most "
            "households.",
            "The City of Johannesburg's budget, adopted in May, also includes increases of 8.8% for water and 7.5% for "
            "refuse removal.",
        ],
    ),
]


# ---- JSON records (news-please and trafilatura) -------------------------------

JSON_STORIES = [
    # news-please, La Vanguardia running EFE: "Jaén, 12 mar (EFE).- " opening, "EFE" / stamp / "Actualizado a" lines, tag row.
    dict(
        cluster="lavanguardia-efe-jaen-aceite-precio",
        role="single",
        file="newsplease_lavanguardia_efe_jaen_aceite_precio_es.json",
        render="newsplease",
        title="El precio del aceite de oliva en origen cae un 45 % en un año en Jaén",
        date="2025-03-12",
        dateline="Jaén, 12 mar (EFE).- ",
        city="Jaén",
        country="ES",
        region="europe",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        url="https://www.lavanguardia.example.com/local/andalucia/20250312/10473829/precio-aceite-oliva-origen-cae-45-ano-jaen.html",
        source_domain="www.lavanguardia.example.com",
        description="El kilo de virgen extra se paga en torno a 4,10 euros, frente a más de 7,40 euros hace un año.",
        np_authors=["EFE"],
        np_publish="2025-03-12 13:05:00",
        np_modify="2025-03-12 13:48:00",
        np_download="2025-03-12 20:14:09",
        head_lines=["EFE", "12/03/2025 13:05", "Actualizado a 12/03/2025 13:48"],
        tail_lines=["Etiquetas", "Aceite de oliva", "Jaén", "Agricultura"],
        paras=P("""
El precio del aceite de oliva virgen extra en origen ha caído un 45 % en el último año en la provincia de Jaén,
la mayor productora del mundo, hasta situarse en torno a 4,10 euros por kilo, según datos del sistema de
precios Poolred.

Hace un año, el kilo de aceite de la máxima categoría se pagaba a más de 7,40 euros, tras dos campañas
consecutivas marcadas por la sequía y las malas cosechas.

La recuperación de la producción en la campaña actual, que en Jaén supera las 600.000 toneladas, ha presionado
los precios a la baja.

Las organizaciones agrarias advierten de que los precios actuales apenas cubren los costes de producción de
muchos olivareros, sobre todo en el olivar tradicional de secano.

"Con estos precios, el agricultor de sierra no gana dinero", ha señalado a EFE un portavoz de una cooperativa
de la comarca de Sierra Mágina.

Los consumidores, en cambio, ya notan la bajada en los lineales de los supermercados, donde la botella de un
litro de virgen extra se vende desde unos 5,50 euros.

El sector confía en que la caída de precios impulse el consumo y las exportaciones, que se resintieron durante
los años de precios récord.
"""),
        must_have=[
            "La recuperación de la producción en la campaña actual, que en Jaén supera las 600.000 toneladas, ha "
            "presionado los precios a la baja.",
            "El sector confía en que la caída de precios impulse el consumo y las exportaciones, que se resintieron "
            "durante los años de precios récord.",
        ],
    ),
    # news-please, NewsMaker (Moldova, Russian): name / stamp head, "Читайте также:" link, Telegram promo, Ctrl+Enter typo line.
    dict(
        cluster="newsmaker-moldova-ceny-vinograd",
        role="single",
        file="newsplease_newsmaker_moldova_ceny_vinograd_ru.json",
        render="newsplease",
        title="Цены на виноград в Молдове упали до 2 леев за килограмм. Виноградари грозят протестом",
        date="2024-09-17",
        dateline="",
        city=None,
        country="MD",
        region="europe",
        agency=None,
        authors=["Анна Чебан"],
        editors=[],
        lang="ru",
        section=None,
        url="https://newsmaker.example.md/ru/tseny-na-vinograd-v-moldove-upali-do-2-leev-za-kilogramm/",
        source_domain="newsmaker.example.md",
        description="Винзаводы предлагают за килограмм технического винограда от 2 до 3,5 лея.",
        np_authors=["Анна Чебан"],
        np_publish="2024-09-17 10:12:00",
        np_modify=None,
        np_download="2024-09-17 18:40:55",
        head_lines=["Анна Чебан", "17 сентября 2024, 10:12", "Экономика"],
        inserts={2: ["Читайте также: Урожай яблок в Молдове: экспортеры ищут новые рынки"]},
        tail_lines=["Подписывайтесь на NewsMaker в Telegram", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"],
        paras=P("""
Виноградари из нескольких районов Молдовы жалуются на низкие закупочные цены на технический виноград.
Винзаводы предлагают за килограмм от 2 до 3,5 лея, что, по словам фермеров, не покрывает даже затраты на сбор
урожая.

В прошлом году цена за килограмм винограда европейских сортов доходила до 5 леев.

«Мы потратили на обработку виноградника больше, чем сейчас получим за урожай. Многие просто оставят виноград на
лозе», — рассказал NewsMaker винодел из Кагульского района Василий Гуцу.

Представители винодельческой отрасли объясняют снижение цен переполненными складами. По данным Национального
бюро винограда и вина, на складах предприятий остается около 90 млн литров вина прошлых урожаев.

Кроме того, экспорт молдавского вина в первом полугодии сократился на 12% по сравнению с тем же периодом
прошлого года.

Министерство сельского хозяйства пообещало выделить субсидии виноградарям, которые сдадут урожай на
переработку, а также поддержать производство виноградного сока и концентрата.

По оценкам отраслевых ассоциаций, в этом году в Молдове будет собрано около 300 тыс. тонн винограда, из них
большая часть приходится на технические сорта.

В ближайшие дни фермеры из южных районов намерены провести акцию протеста у здания правительства в Кишиневе.
"""),
        must_have=[
            "Кроме того, экспорт молдавского вина в первом полугодии сократился на 12% по сравнению с тем же периодом "
            "прошлого года.",
            "В ближайшие дни фермеры из южных районов намерены провести акцию протеста у здания правительства в "
            "Кишиневе.",
        ],
    ),
    # news-please, A TARDE (Salvador): "Por NAME" / "Editado por NAME" / "dd/mm/yyyy às hh:mm" head, Google News line.
    dict(
        cluster="atarde-salvador-festa-iemanja",
        role="single",
        file="newsplease_atarde_salvador_festa_iemanja_pt.json",
        render="newsplease",
        title="Festa de Iemanjá reúne multidão no Rio Vermelho e movimenta comércio",
        date="2025-02-02",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Juliana Sampaio"],
        editors=["Rodrigo Meireles"],
        lang="pt",
        section=None,
        url="https://atarde.example.com.br/bahia/salvador/festa-de-iemanja-reune-multidao-no-rio-vermelho-e-movimenta-comercio-1301822",
        source_domain="atarde.example.com.br",
        description="Segundo a Secretaria de Turismo, a festa deve ter movimentado R$ 38 milhões na economia da cidade.",
        np_authors=["Juliana Sampaio"],
        np_publish="2025-02-02 18:40:00",
        np_modify=None,
        np_download="2025-02-03 00:52:31",
        head_lines=["Por Juliana Sampaio", "Editado por Rodrigo Meireles", "02/02/2025 às 18:40"],
        tail_lines=["Compartilhe essa notícia com seus amigos", "Siga o A TARDE no Google Notícias"],
        paras=P("""
Milhares de pessoas lotaram o bairro do Rio Vermelho, em Salvador, neste domingo (2), para a tradicional Festa
de Iemanjá. Desde a madrugada, fiéis e visitantes formaram filas para depositar flores, perfumes e presentes
para a Rainha do Mar na Casa de Iemanjá.

Por volta das 16h, os pescadores da colônia Z-1 levaram o presente principal em um barco até alto-mar,
acompanhados por dezenas de embarcações.

Segundo a Secretaria de Turismo de Salvador, a festa deve ter atraído cerca de 1 milhão de pessoas ao longo do
dia e movimentado R$ 38 milhões na economia da cidade.

Bares e restaurantes da região relataram movimento acima do esperado. "Desde as cinco da manhã não paramos",
contou a baiana de acarajé Nilza Conceição, que trabalha no bairro há 25 anos.

A prefeitura montou um esquema especial de trânsito e limpeza, com 600 agentes de limpeza e 32 postos de
atendimento médico.

A Polícia Militar informou que não houve ocorrências graves durante o evento.

A festa, realizada todo 2 de fevereiro, é uma das maiores manifestações religiosas de matriz africana do país.
"""),
        must_have=[
            "A prefeitura montou um esquema especial de trânsito e limpeza, com 600 agentes de limpeza e 32 postos de "
            "atendimento médico.",
            "A Polícia Militar informou que não houve ocorrências graves durante o evento.",
        ],
    ),
    # trafilatura, Il Messaggero running ANSA: "(ANSA) - PERUGIA, 22 LUG - " opening, weekday stamp, "Leggi l'articolo completo su ANSA.it".
    dict(
        cluster="ilmessaggero-ansa-perugia-umbria-jazz",
        role="single",
        file="trafilatura_ilmessaggero_ansa_perugia_umbria_jazz_it.json",
        render="trafilatura",
        title="Umbria Jazz chiude con 410mila presenze, record di biglietti venduti",
        date="2024-07-22",
        dateline="(ANSA) - PERUGIA, 22 LUG - ",
        city="Perugia",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section="Umbria",
        url="https://www.ilmessaggero.example.it/umbria/perugia/umbria_jazz_2024_bilancio_presenze_record-8244417.html",
        hostname="www.ilmessaggero.example.it",
        source_hostname="Il Messaggero",
        tf_author=None,
        tf_date="2024-07-22",
        tf_language="it",
        categories="Umbria;Perugia",
        tf_tags="Umbria Jazz;Perugia;festival",
        description="Oltre 42mila biglietti venduti, il 9% in più rispetto all'anno scorso.",
        head_lines=["Lunedì 22 Luglio 2024, 17:48"],
        tail_lines=["Leggi l'articolo completo su ANSA.it", "\u00a9 RIPRODUZIONE RISERVATA"],
        paras=P("""
Si è chiusa con un bilancio record l'edizione 2024 di Umbria Jazz: secondo gli organizzatori, nei dieci giorni
del festival sono state registrate circa 410mila presenze a Perugia tra concerti a pagamento ed eventi gratuiti.

I biglietti venduti per gli spettacoli all'Arena Santa Giuliana e al Teatro Morlacchi sono stati oltre 42mila,
il 9% in più rispetto all'anno scorso, per un incasso di circa 2,6 milioni di euro.

"È stata un'edizione straordinaria, con un pubblico sempre più internazionale", ha detto un portavoce della
Fondazione Umbria Jazz.

Secondo i dati della Camera di commercio dell'Umbria, gli alberghi del capoluogo hanno registrato un tasso di
occupazione medio del 92% durante il festival.

Molto partecipati anche i concerti gratuiti nei Giardini Carducci e in corso Vannucci, dove si sono esibite
oltre 60 band.

Il Comune ha prolungato fino alle 2 di notte l'apertura dei parcheggi del centro storico e ha potenziato la
raccolta dei rifiuti nelle zone dei concerti.

La prossima edizione del festival si terrà dall'11 al 20 luglio 2025.
"""),
        must_have=[
            "Molto partecipati anche i concerti gratuiti nei Giardini Carducci e in corso Vannucci, dove si sono "
            "esibite oltre 60 band.",
            "La prossima edizione del festival si terrà dall'11 al 20 luglio 2025.",
        ],
    ),
    # trafilatura, RSI (Swiss Italian public broadcaster): stamp line, "Correlati" list, broadcaster sign-off.
    dict(
        cluster="rsi-mendrisiotto-grandinata-vigneti",
        role="single",
        file="trafilatura_rsi_mendrisiotto_grandinata_vigneti_it.json",
        render="trafilatura",
        title="Grandinata nel Mendrisiotto, danni ingenti ai vigneti",
        date="2025-06-29",
        dateline="",
        city=None,
        country="CH",
        region="europe",
        agency=None,
        authors=[],
        editors=[],
        lang="it",
        section="Ticino e Grigioni",
        url="https://www.rsi.example.ch/info/ticino-grigioni-e-insubria/Grandinata-nel-Mendrisiotto-danni-ingenti-ai-vigneti--2941177.html",
        hostname="www.rsi.example.ch",
        source_hostname="RSI",
        tf_author=None,
        tf_date="2025-06-29",
        tf_language="it",
        categories="Ticino e Grigioni;Svizzera",
        tf_tags="maltempo;grandine;viticoltura",
        description="Chicchi grandi fino a quattro centimetri tra Morbio Inferiore, Balerna e Coldrerio.",
        head_lines=["29 giugno 2025, 21:14", "Condividi"],
        tail_lines=["RSI Info", "Correlati", "Maltempo, allerta temporali prolungata fino a martedì"],
        paras=P("""
Una violenta grandinata si è abbattuta domenica pomeriggio sul Mendrisiotto, causando danni ingenti ai vigneti
e a numerose automobili. Chicchi grandi fino a quattro centimetri sono caduti tra Morbio Inferiore, Balerna e
Coldrerio.

Secondo una prima stima dei viticoltori della regione, in alcune parcelle è andato perso fino all'80% del
raccolto. Colpiti soprattutto i vigneti di Merlot sulle colline tra Balerna e Coldrerio.

I pompieri sono intervenuti una cinquantina di volte per cantine allagate e tombini ostruiti, soprattutto a
Chiasso e Balerna.

MeteoSvizzera aveva emesso un'allerta di grado 3 per temporali sul Sottoceneri già nel primo pomeriggio.

"In vent'anni non ho mai visto una cosa simile, le foglie sono state strappate dai ceppi", ha raccontato un
viticoltore di Coldrerio.

Anche il servizio ferroviario ha subito rallentamenti tra Mendrisio e Chiasso a causa di alberi caduti sui
binari.

Il Cantone ha invitato i viticoltori a notificare i danni alla propria assicurazione entro la fine della
settimana.
"""),
        must_have=[
            "MeteoSvizzera aveva emesso un'allerta di grado 3 per temporali sul Sottoceneri già nel primo pomeriggio.",
            "Il Cantone ha invitato i viticoltori a notificare i danni alla propria assicurazione entro la fine della "
            "settimana.",
        ],
    ),
    # trafilatura, CGTN running Xinhua: "Updated HH:MM, DD-Mon-YYYY" stamp, "Source(s): Xinhua" line.
    dict(
        cluster="cgtn-xinhua-juba-polio-campaign",
        role="single",
        file="trafilatura_cgtn_xinhua_juba_polio_campaign.json",
        render="trafilatura",
        title="South Sudan launches polio vaccination drive targeting 2.6 million children",
        date="2025-08-12",
        dateline="JUBA, Aug. 12 (Xinhua) -- ",
        city="Juba",
        country="SS",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=[],
        lang="en",
        section="Africa",
        url="https://news.cgtn.example.com/news/2025-08-12/South-Sudan-launches-polio-vaccination-drive-1FkXq2mQ0aY/p.html",
        hostname="news.cgtn.example.com",
        source_hostname="CGTN",
        tf_author=None,
        tf_date="2025-08-12",
        tf_language="en",
        categories="Africa;World",
        tf_tags="South Sudan;polio;vaccination",
        description="The five-day campaign follows new cases of variant poliovirus detected this year.",
        head_lines=["Updated 21:03, 12-Aug-2025"],
        tail_lines=["Source(s): Xinhua"],
        paras=P("""
South Sudan on Tuesday launched a nationwide polio vaccination campaign targeting about 2.6 million children
under the age of five, following new cases of the disease detected in the country this year.

The five-day campaign is being carried out by the Ministry of Health with support from the World Health
Organization (WHO) and the United Nations Children's Fund (UNICEF).

Health workers will go from house to house in all 10 states and three administrative areas to give oral polio
vaccine drops to children, the ministry said in a statement issued in Juba.

South Sudan confirmed four cases of circulating variant poliovirus type 2 earlier this year, including two in
Juba, prompting health authorities to declare an outbreak.

"Every child must be vaccinated, including those who have received the vaccine before," a senior ministry
official said at the launch.

The ministry said about 9,000 vaccinators and social mobilizers had been trained for the campaign, and that
boats would be used to reach communities in flood-affected areas along the Nile.

A second round of the campaign is scheduled for October.
"""),
        must_have=[
            "South Sudan confirmed four cases of circulating variant poliovirus type 2 earlier this year, including two "
            "in Juba, prompting health authorities to declare an outbreak.",
            "A second round of the campaign is scheduled for October.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_ZB = dict(
    name="Newstalk ZB",
    home="https://www.newstalkzb.example.co.nz",
    title_suffix=" - Newstalk ZB",
    locale="en_NZ",
    twitter="@NewstalkZB",
    body_class="page-article",
    article_class="article",
    body_class_inner="article__body",
    cookie=None,
    top_links=["Listen Live", "On Air", "Podcasts"],
    nav=["News", "Business", "Sport", "Opinion", "Politics", "World", "Weather"],
    share=["Share this article"],
    footer=["\u00a9 2025 NZME Radio Limited", "Contact Us", "Privacy Policy", "Terms of Use"],
)

SITE_GUINEENEWS = dict(
    name="Guinéenews\u00a9",
    home="https://guineenews.example.org",
    title_suffix=" - Guinéenews\u00a9",
    locale="fr_FR",
    twitter="@guineenews",
    body_class="single",
    article_class="td-post-content",
    body_class_inner="tdb-block-inner",
    cookie=None,
    top_links=["Publicité", "Contact"],
    nav=["Actualités", "Politique", "Économie", "Société", "Mines", "Sports", "Culture", "Régions"],
    share=["Partager", "Facebook", "WhatsApp", "X"],
    footer=["\u00a9 Guinéenews 2025 \u2013 Tous droits réservés", "Mentions légales"],
)

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on a Gulf business portal (syndicated member of the Reuters cluster), disclaimer line.
    dict(
        BAGHDAD,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        url="https://www.zawya.example.com/en/economy/gcc/iraq-expects-record-wheat-harvest-of-62-million-tons-no-imports-needed-q8v2m1xk",
        nb_published="2025-05-13T03:12:00Z",
        outlet="Zawya",
        nb_authors=["Reuters"],
        head_lines=["May 13, 2025", "Reuters", "Economy"],
        tail_lines=[BAGHDAD_CREDITS, "\u00a9 ZAWYA 2025",
                    "Disclaimer: The content of this article is syndicated or provided to this website from an external "
                    "third party provider. We are not responsible for, and do not control, such external websites, entities, "
                    "applications or media publishers."],
    ),
    # news-please shape: the AP story on a Texas paper (syndicated member of the AP cluster), upper-case byline kept.
    dict(
        BELIZE,
        role="syndicated",
        file=JSONL_A,
        render="newsplease",
        authors=["Marisol Cal", "Kenroy Usher"],
        section=None,
        url="https://www.houstonchronicle.example.com/news/world/article/belize-coral-reef-bleaching-record-19842231.php",
        source_domain="www.houstonchronicle.example.com",
        np_authors=["Marisol Cal"],
        np_publish="2024-10-16 15:40:00",
        np_modify=None,
        np_download="2024-10-17 02:18:44",
        head_lines=["By MARISOL CAL, Associated Press", "Oct 16, 2024"],
        tail_lines=[BELIZE_CONTRIB, "Most Popular", "Astros finalize coaching staff for next season"],
    ),
    # newsbeam html shape: Newstalk ZB, page stamped late morning NZDT while the crawler's stamp is the previous day in UTC.
    dict(
        cluster="newstalkzb-butter-price-record",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_ZB,
        title="Butter prices hit new record as dairy export prices climb",
        date="2025-03-12",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Mitchell Kereama"],
        editors=[],
        lang="en",
        section="Business",
        meta_section="Business",
        url="https://www.newstalkzb.example.co.nz/news/business/butter-prices-hit-new-record-as-dairy-export-prices-climb/",
        description="A 500g block of butter now costs an average of $8.62, Stats NZ figures show.",
        published="2025-03-12T11:05:00+13:00",
        modified="2025-03-12T11:05:00+13:00",
        meta_author="Mitchell Kereama",
        byline_lines=["By Mitchell Kereama", "Newstalk ZB"],
        date_lines=["12 Mar, 2025 11:05 AM"],
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("app", "Take your Radio, Podcasts and Music with you"), ("app", "Download the iHeartRadio app")],
        lists=[("Latest from Business", ["Kiwi dollar slips as US data disappoints", "Air New Zealand profit falls"])],
        nb_published="2025-03-11T22:05:00Z",
        outlet="Newstalk ZB",
        nb_authors=["Mitchell Kereama"],
        paras=P("""
The price of a 500-gram block of butter has climbed to a record average of $8.62 in New Zealand supermarkets,
new figures from Stats NZ show.

Butter prices rose 58 per cent in the year to February, driven by strong demand for dairy fats overseas and high
global dairy auction prices.

The food price index rose 2.1 per cent over the same period, with dairy products, meat and fruit among the
biggest contributors.

A Stats NZ spokesperson said milk, cheese and butter prices had all increased, but butter had risen the most.

Retailers said some shoppers were switching to cheaper margarine and spreads, while others were buying butter in
bulk when it went on special.

"We're selling a lot more of the house brand, and people are watching the specials closely," said Auckland
supermarket owner Rajesh Bhana.

Economists say prices are unlikely to fall much in the short term because global butter prices remain near
record highs.

Fonterra last month lifted its forecast farmgate milk price for the season to between $9.70 and $10.30 per
kilogram of milk solids.
"""),
        must_have=[
            "The food price index rose 2.1 per cent over the same period, with dairy products, meat and fruit among the "
            "biggest contributors.",
            "Economists say prices are unlikely to fall much in the short term because global butter prices remain near "
            "record highs.",
        ],
    ),
    # trafilatura shape: Efecto Cocuyo (Caracas), author field, first category "Ambiente", "Lee también" line, donation appeal.
    dict(
        cluster="efectococuyo-caracas-incendio-avila",
        role="single",
        file=JSONL_A,
        render="trafilatura",
        title="Bomberos controlan incendio forestal en El Ávila tras tres días",
        date="2025-03-18",
        dateline="",
        city=None,
        country="VE",
        region="americas",
        agency=None,
        authors=["Valentina Rondón"],
        editors=[],
        lang="es",
        section="Ambiente",
        url="https://efectococuyo.example.com/ambiente/bomberos-controlan-incendio-forestal-en-el-avila-tras-tres-dias/",
        hostname="efectococuyo.example.com",
        source_hostname="Efecto Cocuyo",
        tf_author="Valentina Rondón",
        tf_date="2025-03-18",
        tf_language="es",
        categories="Ambiente;Caracas",
        tf_tags="El Ávila;incendio forestal;Inparques",
        description="El fuego consumió unas 240 hectáreas de vegetación en la vertiente sur del parque nacional.",
        head_lines=["Valentina Rondón", "18 marzo, 2025"],
        inserts={2: ["Lee también: Temporada seca: Caracas registra 40 % menos lluvias que el promedio"]},
        tail_lines=["Efecto Cocuyo es un medio independiente. Apoya nuestro periodismo haciendo un aporte.", "Dona aquí"],
        paras=P("""
Bomberos forestales y voluntarios lograron controlar este martes el incendio que desde el sábado afectaba la
vertiente sur del Parque Nacional Waraira Repano, conocido como El Ávila, en Caracas.

El fuego consumió unas 240 hectáreas de vegetación entre los sectores de Sabas Nieves y Los Venados, según el
balance ofrecido por las autoridades del parque.

Durante tres días, las llamas fueron visibles desde distintas zonas de la capital, y una densa columna de humo
cubrió el este de la ciudad.

En las labores participaron más de 200 personas, entre bomberos, guardaparques de Inparques, efectivos militares
y voluntarios, que trabajaron con batefuegos y mochilas de agua.

"El viento y la sequedad de la vegetación complicaron mucho el trabajo, sobre todo en las noches", relató un
voluntario de un grupo de rescate que participó en las labores.

Las autoridades no han informado sobre las causas del incendio, aunque en temporada seca son frecuentes las
quemas provocadas por personas.

Inparques mantiene cerrados los accesos a los senderos de Sabas Nieves y Los Venados hasta nuevo aviso.
"""),
        must_have=[
            "El fuego consumió unas 240 hectáreas de vegetación entre los sectores de Sabas Nieves y Los Venados, según "
            "el balance ofrecido por las autoridades del parque.",
            "Inparques mantiene cerrados los accesos a los senderos de Sabas Nieves y Los Venados hasta nuevo aviso.",
        ],
    ),
    # newsbeam html shape (gzipped batch): the AFP story on a Guinean portal (syndicated member of the AFP cluster), "Par AFP".
    dict(
        CONAKRY,
        role="syndicated",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_GUINEENEWS,
        section="Économie",
        meta_section="Économie",
        url="https://guineenews.example.org/en-guinee-la-flambee-du-prix-du-riz-importe-etrangle-les-menages/",
        published="2025-03-04T17:20:00+00:00",
        modified="2025-03-04T17:20:00+00:00",
        meta_author="AFP",
        ld_author=[{"@type": "Person", "name": "AFP"}],
        byline_lines=["Par AFP"],
        date_lines=["mardi, 4 mars 2025 17:20"],
        share_top=False,
        inserts={2: [("ad", "PUBLICITÉ")]},
        lists=[("À lire aussi", ["Boké : les camionneurs de bauxite en grève", "Le prix du carburant maintenu à la pompe"])],
        nb_published="2025-03-04T17:20:00Z",
        outlet="Guinéenews",
        nb_authors=["AFP"],
    ),
    # newsbeam text shape (gzipped batch): Khovar (Tajik state agency, own site), "DUSHANBE, 05.06.2025 /NIAT «Khovar»/." opening.
    dict(
        cluster="khovar-dushanbe-electricity-exports",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Tajikistan's electricity exports rise 21 percent in five months",
        date="2025-06-05",
        dateline="DUSHANBE, 05.06.2025 /NIAT \u00abKhovar\u00bb/. ",
        city="Dushanbe",
        country="TJ",
        region="asia",
        agency="Khovar",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://khovar.example.tj/eng/2025/06/tajikistans-electricity-exports-rise-21-percent-in-five-months/",
        nb_published="2025-06-05T09:20:00Z",
        outlet="Khovar",
        nb_authors=[],
        head_lines=["05.06.2025 14:20", "Economy"],
        tail_lines=["Share:", "National Information Agency of Tajikistan \u00abKhovar\u00bb",
                    "When using materials, a hyperlink to khovar.tj is required"],
        paras=P("""
Tajikistan exported 1.34 billion kilowatt-hours of electricity in January-May 2025, 21 percent more than in the
same period last year, the Ministry of Energy and Water Resources reported.

Most of the electricity was supplied to Afghanistan and Uzbekistan, the ministry said.

The growth in exports was made possible by higher water levels in the country's rivers and the commissioning of
new generating units at hydropower plants.

According to the ministry, electricity production in the country over the five months amounted to 9.8 billion
kilowatt-hours, an increase of 6 percent.

Hydropower plants account for more than 90 percent of the electricity generated in Tajikistan.

Export revenues from electricity in the reporting period exceeded 52 million US dollars.

The ministry noted that electricity is exported in summer mainly from surplus generation during the high-water
period, while in winter priority is given to meeting domestic demand.

Tajikistan plans to increase annual electricity exports to 10 billion kilowatt-hours by 2030.
"""),
        must_have=[
            "Hydropower plants account for more than 90 percent of the electricity generated in Tajikistan.",
            "Tajikistan plans to increase annual electricity exports to 10 billion kilowatt-hours by 2030.",
        ],
    ),
    # newsbeam text shape (gzipped batch): The Norfolk Islander (weekly), issue date at UTC+11 while the crawler stamp is the previous day in UTC.
    dict(
        cluster="norfolkislander-bounty-day-rain",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Bounty Day crowds brave the rain at Kingston",
        date="2025-06-14",
        dateline="",
        city=None,
        country="NF",
        region="oceania",
        agency=None,
        authors=["Marina Quintal"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.norfolkislander.example.nf/2025/06/14/bounty-day-crowds-brave-the-rain-at-kingston/",
        nb_published="2025-06-13T13:00:00Z",
        outlet="The Norfolk Islander",
        nb_authors=["Marina Quintal"],
        head_lines=["By Marina Quintal", "Saturday 14 June 2025", "Community"],
        tail_lines=["The Norfolk Islander is published every Saturday.", "Letters to the Editor close Wednesday at 5pm."],
        paras=P("""
Hundreds of islanders and visitors gathered at Kingston on Sunday for Bounty Day, marking 169 years since the
descendants of the Bounty mutineers arrived on Norfolk Island from Pitcairn in 1856.

Despite steady rain through the morning, the re-enactment of the landing at Kingston Pier went ahead, with
descendants in period costume stepping ashore from a whaleboat.

The procession then made its way along Pier Street and Quality Row to the cemetery, where hymns were sung and
wreaths laid at the graves of the Pitcairn settlers.

"The rain never stops us. Our ancestors came ashore in much worse weather than this," said Beverley Nobbs, one
of the organisers.

The traditional picnic lunch was moved under cover to the Compound, where families shared dishes including
pilhi, mudda and fish.

Organisers estimated that about 900 people took part, including around 300 visitors who had travelled to the
island for the celebrations.

The Bounty Day ball was held on Sunday night at Rawson Hall, with music by a local band.

Bounty Day is a public holiday on Norfolk Island and is held each year on June 8.
"""),
        must_have=[
            "Organisers estimated that about 900 people took part, including around 300 visitors who had travelled to "
            "the island for the celebrations.",
            "Bounty Day is a public holiday on Norfolk Island and is held each year on June 8.",
        ],
    ),
    # news-please shape (gzipped batch): Téla Nón (São Tomé), "Por NAME" / long-form date head, "Partilhar:" and related lines.
    dict(
        cluster="telanon-agua-grande-malaria-casos",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="Casos de malária caem 40% no distrito de Água Grande",
        date="2024-11-05",
        dateline="",
        city=None,
        country="ST",
        region="africa",
        agency=None,
        authors=["Nilza Bragança"],
        editors=[],
        lang="pt",
        section=None,
        url="https://www.telanon.example.info/2024/11/05/casos-de-malaria-caem-40-no-distrito-de-agua-grande/",
        source_domain="www.telanon.example.info",
        description="Foram notificados 1.280 casos entre janeiro e outubro, contra 2.130 no ano passado.",
        np_authors=["Nilza Bragança"],
        np_publish="2024-11-05 09:30:00",
        np_modify=None,
        np_download="2024-11-05 22:07:13",
        head_lines=["Por Nilza Bragança", "5 de Novembro de 2024"],
        tail_lines=["Partilhar:", "Relacionado", "Cacau: preço ao produtor sobe para 30 dobras por quilo"],
        paras=P("""
O número de casos de malária registados no distrito de Água Grande, onde fica a capital São Tomé, caiu 40% nos
primeiros dez meses do ano, em comparação com o mesmo período de 2023, segundo o Centro Nacional de Endemias.

Foram notificados 1.280 casos entre janeiro e outubro, contra 2.130 no ano passado. Não houve registo de mortes
por malária no distrito.

O Centro Nacional de Endemias atribui a descida à campanha de pulverização intradomiciliária realizada entre
abril e junho, que abrangeu mais de 18 mil habitações.

Foram também distribuídos cerca de 45 mil mosquiteiros impregnados nas comunidades com maior número de casos.

"A população colaborou muito, abriu as portas das casas às equipas de pulverização", afirmou Edite Pires,
técnica do programa de luta contra o paludismo.

São Tomé e Príncipe é um dos países africanos mais próximos da eliminação da malária, segundo a Organização
Mundial da Saúde.

As autoridades sanitárias pedem à população que continue a eliminar as águas paradas e a dormir sob
mosquiteiros, sobretudo durante a estação das chuvas.
"""),
        must_have=[
            "Não houve registo de mortes por malária no distrito.",
            "Foram também distribuídos cerca de 45 mil mosquiteiros impregnados nas comunidades com maior número de "
            "casos.",
        ],
    ),
]


# --------------------------------------------------------------------------
# notes, render, validate, write
# --------------------------------------------------------------------------

# Remarks on individual labels a reader may question (kept in labels.json).
HOLDOUT_NOTES = {
    "purpose": "eleventh held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text and casing are kept: Yahoo News "
    "'REUTERS/Mustafa Hadi' as printed after the caption; The Royal Gazette '(Photograph by Blaire Furbert)' -> "
    "'Blaire Furbert'; Gibraltar Chronicle 'Pic by Leon Danino' on the line under the caption -> 'Leon Danino'; "
    "Cayman Compass '\u2013 Photo: Delano Rankine' after the caption -> 'Delano Rankine'; The Independent '(AP)' -> "
    "'AP' (the photo agency only; the story agency comes from the byline and dateline); Le Devoir 'Photo: Mamadou "
    "Kaba Agence France-Presse' -> 'Mamadou Kaba Agence France-Presse' (Le Devoir writes the agency out after the "
    "name, without a separator); El Universal 'Foto: Rodrigo Canul / EL UNIVERSAL' -> 'Rodrigo Canul / EL "
    "UNIVERSAL'; The Sydney Morning Herald 'Credit: Callum Whitehouse' -> 'Callum Whitehouse'; CTV News '(Teagan "
    "Lavallee/CTV News)' -> 'Teagan Lavallee/CTV News'; Der Tagesspiegel '\u00a9 IMAGO/Mareike Tellenbach' -> "
    "'IMAGO/Mareike Tellenbach'; CNN Indonesia '(ANTARA FOTO/Yusran Latief)' -> 'ANTARA FOTO/Yusran Latief'; Iwacu "
    "'\u00a9Iwacu' -> 'Iwacu'; Daily Maverick '(Photo: Gallo Images / Lindiwe Khoza)' -> 'Gallo Images / Lindiwe "
    "Khoza'",
    "photo_agency_not_story_agency": "CNN Indonesia's photo is credited to ANTARA FOTO, but the story is CNN "
    "Indonesia's own ('Makassar, CNN Indonesia --', desk initials '(mir/sfr)'): agency null; The Independent's '(AP)' "
    "photo credit agrees with, but does not decide, the AP label (the byline 'Associated Press' and the '(AP)' "
    "dateline do)",
    "agency_names": "agencies are labelled by their usual short name: 'Reuters', 'AP', 'AFP', 'dpa', 'EFE', "
    "'ANSA', 'Xinhua', 'PTI', 'Kyodo', 'Anadolu' (printed 'AA' and 'Anadolu Ajansı' on NTV) and 'Khovar' (National "
    "Information Agency of Tajikistan, printed 'NIAT \u00abKhovar\u00bb')",
    "agency_sources": "Japan Today prints no dateline or byline; the 'KYODO' source line after the story makes it "
    "Kyodo copy. Business Standard's 'Press Trust of India' header and '(PTI)' dateline, n-tv's '(dpa/lno)' and "
    "'Quelle: dpa', CGTN's 'Source(s): Xinhua', Il Messaggero's '(ANSA)' opening and 'Leggi l'articolo completo su "
    "ANSA.it', La Vanguardia's '(EFE)' dateline and 'EFE' signature give the other agencies. Khovar publishes on its "
    "own site; its story is agency copy (as SNA and Kabar in dev_set13)",
    "staff_copy": "RSI, Newstalk ZB, Efecto Cocuyo, Daily Maverick, El Universal, CNN Indonesia, The Royal Gazette "
    "and the other papers' own stories are staff copy (agency null), whether or not a writer is named",
    "bylines": "names in natural case: Reuters credits '(Reporting by Hadeel Kareem in Baghdad; Writing by Omar "
    "Farouk; Editing by Miriam Stoddart)' -> authors Hadeel Kareem (place dropped) and Omar Farouk (the writer is "
    "credited like a reporter), editor Miriam Stoddart, on both Reuters records (Yahoo News and Zawya are bylined "
    "only 'Reuters'); The Independent prints only 'Associated Press' as byline, so its AP record has only the "
    "contributor from 'Associated Press writer Kenroy Usher in Kingston, Jamaica, contributed.', while the Houston "
    "Chronicle copy prints 'By MARISOL CAL, Associated Press' and the same contributor line -> Marisol Cal, Kenroy "
    "Usher (syndicated copies differ in what they print, and each record is labelled by its own page); Post-Courier "
    "'By NATHANIEL KIPE' -> Nathaniel Kipe; Gibraltar Chronicle 'Author: Natalie Olivero'; El Universal 'Mariela "
    "Chan Tzec | Corresponsal' (role dropped); CTV News 'Teagan Lavallee' with the role line 'CTV News Regina "
    "Videojournalist' under it; Der Tagesspiegel 'Von Lukas Brenneisen'; Iwacu 'Par Jean-Claude Niyonkuru'; "
    "Newstalk ZB 'By Mitchell Kereama' above the outlet line; NewsMaker's Cyrillic 'Анна Чебан' kept in its script; "
    "A TARDE 'Por Juliana Sampaio'; Téla Nón 'Por Nilza Bragança'. Placeholders give no author: 'Reuters', "
    "'Associated Press', 'Agence France-Presse' / 'à Conakry' (Le Devoir), 'Par AFP' (Guinéenews), 'Press Trust of "
    "India', 'Anadolu Ajansı', 'EFE', 'CNN Indonesia', 'RSI Info'. Japan Today, n-tv, CGTN, Il Messaggero, RSI and "
    "Khovar print no writer",
    "editors": "the Reuters 'Editing by Miriam Stoddart' (both Reuters records) and A TARDE's 'Editado por Rodrigo "
    "Meireles' line under the byline; CNN Indonesia's '(mir/sfr)' are desk initials, not editors",
    "no_dateline": "these stories carry no place at their start: dateline_city null, country from the story's main "
    "location: The Royal Gazette (BM, Bermuda), Japan Today (JP, Hiroshima), Gibraltar Chronicle (GI), Post-Courier "
    "(PG, Port Moresby), The Edition (MV), Cayman Compass (KY), The Sydney Morning Herald (AU, Sydney), CTV News (CA, "
    "Regina), Der Tagesspiegel (DE, Berlin), Iwacu (BI), Daily Maverick (ZA, Johannesburg), NewsMaker (MD), A TARDE "
    "(BR, Salvador), RSI (CH, Mendrisiotto), Newstalk ZB (NZ), Efecto Cocuyo (VE, Caracas), The Norfolk Islander "
    "(NF, Kingston on Norfolk Island), Téla Nón (ST). The Business Standard header line 'Thiruvananthapuram' above "
    "the stamp repeats the dateline but is chrome",
    "datelines_to_city": "GeoNames English names: 'BAGHDAD, May 13 (Reuters) - ' -> Baghdad, 'BELIZE CITY (AP) \u2014 ' "
    "-> Belize City, 'Conakry (AFP) - ' -> Conakry, 'Thiruvananthapuram, Oct 8 (PTI) ' -> Thiruvananthapuram, 'VAN "
    "(AA) - ' -> Van, 'Lübeck (dpa/lno) - ' -> Lübeck ('lno' is dpa's Landesdienst Nord, not a place), 'Mérida.\u2014 ' "
    "-> Mérida (El Universal's staff dateline, the Yucatán capital), 'Makassar, CNN Indonesia -- ' -> Makassar (the "
    "outlet name takes the agency's place in the opening; staff copy), 'Jaén, 12 mar (EFE).- ' -> Jaén, '(ANSA) - "
    "PERUGIA, 22 LUG - ' -> Perugia, 'JUBA, Aug. 12 (Xinhua) -- ' -> Juba, 'DUSHANBE, 05.06.2025 /NIAT \u00abKhovar\u00bb/. ' "
    "-> Dushanbe (Khovar puts a numeric date and the agency between slashes after the city)",
    "dates": "dates are on the publisher's calendar in the offset the page states: The Sydney Morning Herald 'June "
    "1, 2025 \u2014 5.00am' at UTC+10 (19:00 on May 31 in UTC) -> 2025-06-01; CTV News 'Published: August 12, 2025 "
    "at 10:12PM CST' (UTC-6; 04:12 on the 13th in UTC) -> 2025-08-12, and its 'Updated: August 13' line is an update; "
    "El Universal '21/11/2024 23:15' at UTC-6 (05:15 on the 22nd in UTC) -> 2024-11-21 (day/month order, as the "
    "page's datetime shows); Newstalk ZB '12 Mar, 2025 11:05 AM' at UTC+13 while the crawler stamp is 22:05 on the "
    "11th in UTC -> 2025-03-12; The Norfolk Islander 'Saturday 14 June 2025' (weekly issue, UTC+11) while the "
    "crawler stamp is 13:00 on the 13th in UTC -> 2025-06-14; Khovar '05.06.2025' is day.month -> 2025-06-05; The "
    "Royal Gazette's 'Published January 22, 2025 at 7:58 am (Updated ... 11:20 am)' -> the published date; La "
    "Vanguardia's 'Actualizado a' and CGTN's 'Updated 21:03, 12-Aug-2025' are update stamps (CGTN shows no other, "
    "and the Xinhua dateline gives the same day); Yahoo News 'Tue, May 13, 2025, 6:12 AM' agrees with the Reuters "
    "dateline; the Houston Chronicle copy 'Oct 16, 2024' and The Independent '21:07 BST' are both on the day of the "
    "AP story",
    "sign_off_lines": "lines outside the story text are chrome: the Reuters credits line (both records), the AP "
    "contributor line (both records), Business Standard's auto-feed disclaimer and 'First Published:' line, "
    "'Kaynak: Anadolu Ajansı (AA)', 'KYODO' and the GPlusMedia copyright, n-tv's dpa-infocom line and 'Quelle: dpa', "
    "'Source(s): Xinhua', 'Leggi l'articolo completo su ANSA.it', Zawya's syndication disclaimer, 'RSI Info', "
    "Khovar's agency name and hyperlink notice, CNN Indonesia's '(mir/sfr)', The Royal Gazette's 'Published ... "
    "(Updated ...)' line after the story, the author bios of The Sydney Morning Herald and Daily Maverick",
    "inline_chrome": "text inside the story that is not story text is chrome: Yahoo's 'Story continues' button and "
    "'Advertisement' label, The Royal Gazette's 'Related:' line, Cayman Compass's newsletter box, The Independent's "
    "Climate newsletter promo, 'Te recomendamos:' (El Universal), 'Lesen Sie mehr:' (Tagesspiegel), 'Baca juga:', "
    "'ADVERTISEMENT' and 'SCROLL TO CONTINUE WITH CONTENT' (CNN Indonesia), Iwacu's 'Lire aussi' box, Daily "
    "Maverick's Insider promo, 'Читайте также:' (NewsMaker), 'Lee también:' (Efecto Cocuyo), 'PUBLICITÉ' "
    "(Guinéenews), advertisement labels",
    "other_chrome": "The Independent's 'Support truly independent journalism' box and commenting-forum lines; The "
    "Sydney Morning Herald's 'Save' / 'Log in, register or subscribe to save articles for later.' and text-size "
    "controls and 'License this article'; Le Devoir's 'Lecture 2 min'; Daily Maverick's 'Please peer review 3 "
    "community comments before your comment can be posted'; Iwacu's WordPress comment form; Post-Courier's 'Like "
    "this:' / 'Like Loading...'; Japan Today's '5 Comments' counter and 'Login to comment'; NewsMaker's Telegram "
    "promo and 'Нашли ошибку? Выделите текст и нажмите Ctrl+Enter'; Efecto Cocuyo's donation appeal; Newstalk ZB's "
    "iHeartRadio app lines; CTV News's app line; The Norfolk Islander's publication and letters notices",
    "section": "HTML pages (including the newsbeam html records) label article:section; trafilatura records the "
    "first category ('Umbria' on Il Messaggero, 'Ticino e Grigioni' on RSI, 'Africa' on CGTN, 'Ambiente' on Efecto "
    "Cocuyo); text pages, news-please and newsbeam text records null. Kickers ('Guinée' on Le Devoir, whose article:section "
    "is 'Afrique'; 'Hitze in Berlin' on Der Tagesspiegel) and the text pages' section words above the title are not sections",
    "regions": "Iraq, Turkey, the Maldives, Tajikistan, Japan, India and Indonesia -> asia; Bermuda (BM), the "
    "Cayman Islands (KY), Belize, Venezuela, Mexico, Canada and Brazil -> americas; Gibraltar (GI, Southern Europe), "
    "Moldova, Switzerland, Spain, Germany and Italy -> europe; South Sudan (SS), Burundi, Guinea, São Tomé and "
    "Príncipe (ST) and South Africa -> africa; Norfolk Island (NF, its own ISO code), Papua New Guinea, Australia and "
    "New Zealand -> oceania",
    "languages": "Russian 'ru' (NewsMaker), Indonesian 'id' (CNN Indonesia) and Turkish 'tr' (NTV) appear next to "
    "en, fr, es, pt, de and it",
    "royalgazette_flu_admissions": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with the "
    "clean text; its must_have sentences contain no quotes or apostrophes; it has no photo, so no caption",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"à conakry", "par afp", "anadolu ajansı", "kyodo", "khovar", "cnn indonesia", "rsi", "rsi info",
                "newstalk zb", "ctv news regina videojournalist", "corresponsal", "zawya", "guinéenews"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
