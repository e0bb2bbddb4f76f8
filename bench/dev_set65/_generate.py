#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-fifth development set (bench/dev_set65/, first written as the sixty-second held-out set).

    .venv/bin/python bench/dev_set65/_generate.py

Writes ``bench/dev_set65/articles/*`` and ``bench/dev_set65/labels.json`` (next to this
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
bench/dev_set64/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout62_2025-a.jsonl"
JSONL_B = "crawl_holdout62_2025-b.jsonl.gz"


# ---- cluster: AP, Nassau (Indianapolis Star page + copy on Knoxville News Sentinel in the plain batch) ----

NAS = rec(
    cluster="ap-nassau-power-bills-fuel-charge",
    title="Bahamas residents face higher power bills as fuel charge climbs again",
    date="2024-08-06",
    dateline="NASSAU, Bahamas (AP) \u2014 ",
    city="Nassau",
    country="BS",
    region="americas",
    agency="AP",
    authors=["Renata Moxey"],
    lang="en",
    description="The state power company says the fuel charge will rise for a second time this year.",
    paras=P("""
Households across the Bahamas will pay more for electricity starting next month after the state power company
said Tuesday that it would raise its fuel charge for the second time this year.

Bahamas Power and Light said the increase, which adds about 4 cents per kilowatt-hour, was needed to cover the
cost of the heavy fuel oil and diesel that still generate most of the country's power.

A typical family in New Providence that uses 800 kilowatt-hours a month will see its bill rise by about $32.

Business owners in downtown Nassau said the news came at a bad time, with the summer tourist season already
slower than expected.

"We run the air conditioning all day or the customers walk out," said Delano Ferguson, who owns a small
restaurant on Bay Street.

The government has promised to move a larger share of generation to solar and liquefied natural gas, but
several projects announced in recent years have been delayed.

Energy Minister Carlton Rolle told reporters that a new solar farm on the island of New Providence should
start supplying the grid early next year.

Power cuts have also frustrated residents this summer, with some neighborhoods losing electricity for hours
during heat waves.
"""),
    must_have=[
        "A typical family in New Providence that uses 800 kilowatt-hours a month will see its bill rise by about $32.",
        "The government has promised to move a larger share of generation to solar and liquefied natural gas, but several projects announced in recent years have been delayed.",
    ],
)
AP_COPY = ("Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, "
           "rewritten or redistributed without permission.")

# ---- cluster: Agerpres, Bucure\u015fti (Digi24 scrape + copy on G\u00e2ndul in the plain batch) ----

BUC = rec(
    cluster="agerpres-bucuresti-avarie-termoficare",
    title="Peste 900 de blocuri din Bucure\u015fti, f\u0103r\u0103 c\u0103ldur\u0103 \u015fi ap\u0103 cald\u0103 dup\u0103 o avarie la o magistral\u0103",
    date="2025-01-09",
    dateline="Bucure\u015fti, 9 ian /Agerpres/ - ",
    city="Bucharest",
    country="RO",
    region="europe",
    agency="Agerpres",
    lang="ro",
    description="Echipele Termoenergetica lucreaz\u0103 la remedierea avariei din sectorul 6.",
    paras=P("""
Peste 900 de blocuri din sectoarele 6 \u015fi 1 ale Capitalei au r\u0103mas joi f\u0103r\u0103 c\u0103ldur\u0103 \u015fi ap\u0103 cald\u0103,
dup\u0103 o avarie produs\u0103 la o conduct\u0103 magistral\u0103 de termoficare, a anun\u0163at compania Termoenergetica.

Potrivit companiei, avaria a fost depistat\u0103 \u00een cursul nop\u0163ii, pe bulevardul Iuliu Maniu, iar echipele de
interven\u0163ie au \u00eenceput imediat lucr\u0103rile de s\u0103p\u0103tur\u0103.

Furnizarea agentului termic ar urma s\u0103 fie reluat\u0103 treptat \u00een cursul zilei de vineri, dac\u0103 lucr\u0103rile
se desf\u0103\u015foar\u0103 conform planului.

Reprezentan\u0163ii Termoenergetica au precizat c\u0103 re\u0163eaua de termoficare a Bucure\u015ftiului are peste 60%
din conducte mai vechi de 30 de ani.

Locatarii din cartierele Drumul Taberei \u015fi Militari s-au pl\u00e2ns c\u0103 temperatura din apartamente a sc\u0103zut
sub 17 grade Celsius.

Prim\u0103ria Capitalei a anun\u0163at c\u0103 \u015fcolile \u015fi gr\u0103dini\u0163ele afectate vor func\u0163iona cu program redus
p\u00e2n\u0103 la remedierea avariei.

Autorit\u0103\u0163ile locale au promis c\u0103 vor accelera programul de \u00eenlocuire a conductelor, finan\u0163at \u00een
parte din fonduri europene.

Bucure\u015ftenii se confrunt\u0103 \u00een fiecare iarn\u0103 cu astfel de avarii, care las\u0103 uneori zeci de mii de
apartamente f\u0103r\u0103 c\u0103ldur\u0103 timp de mai multe zile.
"""),
    must_have=[
        "Furnizarea agentului termic ar urma s\u0103 fie reluat\u0103 treptat \u00een cursul zilei de vineri, dac\u0103 lucr\u0103rile se desf\u0103\u015foar\u0103 conform planului.",
        "Autorit\u0103\u0163ile locale au promis c\u0103 vor accelera programul de \u00eenlocuire a conductelor, finan\u0163at \u00een parte din fonduri europene.",
    ],
)

# ---- cluster: KUNA, Kuwait (Al Qabas gzipped page + copy on Al Anba in the gzipped batch) ----

KWT = rec(
    cluster="kuna-kuwait-power-cuts-schedule",
    title="\u00ab\u0627\u0644\u0643\u0647\u0631\u0628\u0627\u0621\u00bb: \u062c\u062f\u0648\u0644 \u0644\u0644\u0642\u0637\u0639 \u0627\u0644\u0645\u0628\u0631\u0645\u062c \u0641\u064a \u0633\u0627\u0639\u0627\u062a \u0627\u0644\u0630\u0631\u0648\u0629 \u0644\u0645\u0648\u0627\u062c\u0647\u0629 \u0627\u0631\u062a\u0641\u0627\u0639 \u0627\u0644\u0623\u062d\u0645\u0627\u0644",
    date="2024-06-20",
    dateline="\u0627\u0644\u0643\u0648\u064a\u062a - 20 - 6 (\u0643\u0648\u0646\u0627) -- ",
    city="Kuwait City",
    country="KW",
    region="asia",
    agency="KUNA",
    lang="ar",
    description="\u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u062a\u062f\u0639\u0648 \u0627\u0644\u0645\u0648\u0627\u0637\u0646\u064a\u0646 \u0625\u0644\u0649 \u062a\u0631\u0634\u064a\u062f \u0627\u0644\u0627\u0633\u062a\u0647\u0644\u0627\u0643.",
    paras=P("""
\u0623\u0639\u0644\u0646\u062a \u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0643\u0647\u0631\u0628\u0627\u0621 \u0648\u0627\u0644\u0645\u0627\u0621 \u0648\u0627\u0644\u0637\u0627\u0642\u0629 \u0627\u0644\u0645\u062a\u062c\u062f\u062f\u0629 \u0627\u0644\u064a\u0648\u0645 \u0627\u0644\u062e\u0645\u064a\u0633 \u062c\u062f\u0648\u0644\u0627 \u0644\u0644\u0642\u0637\u0639 \u0627\u0644\u0645\u0628\u0631\u0645\u062c \u0644\u0644\u062a\u064a\u0627\u0631 \u0627\u0644\u0643\u0647\u0631\u0628\u0627\u0626\u064a \u0639\u0646 \u0639\u062f\u062f \u0645\u0646 \u0627\u0644\u0645\u0646\u0627\u0637\u0642 \u062e\u0644\u0627\u0644 \u0633\u0627\u0639\u0627\u062a \u0627\u0644\u0630\u0631\u0648\u0629
\u0628\u0633\u0628\u0628 \u0627\u0631\u062a\u0641\u0627\u0639 \u0627\u0644\u0623\u062d\u0645\u0627\u0644 \u0645\u0639 \u0648\u0635\u0648\u0644 \u062f\u0631\u062c\u0627\u062a \u0627\u0644\u062d\u0631\u0627\u0631\u0629 \u0625\u0644\u0649 \u0646\u062d\u0648 50 \u062f\u0631\u062c\u0629 \u0645\u0626\u0648\u064a\u0629.

\u0648\u0642\u0627\u0644\u062a \u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u0641\u064a \u0628\u064a\u0627\u0646 \u0625\u0646 \u0645\u062f\u0629 \u0627\u0644\u0642\u0637\u0639 \u0641\u064a \u0643\u0644 \u0645\u0646\u0637\u0642\u0629 \u0644\u0646 \u062a\u062a\u062c\u0627\u0648\u0632 \u0633\u0627\u0639\u062a\u064a\u0646 \u0648\u0633\u062a\u062a\u0645 \u0628\u0627\u0644\u062a\u0646\u0627\u0648\u0628 \u0628\u064a\u0646 \u0627\u0644\u0645\u0646\u0627\u0637\u0642 \u0627\u0644\u0633\u0643\u0646\u064a\u0629.

\u0648\u0623\u0648\u0636\u062d \u0627\u0644\u0628\u064a\u0627\u0646 \u0623\u0646 \u0627\u0644\u0623\u062d\u0645\u0627\u0644 \u0627\u0644\u0643\u0647\u0631\u0628\u0627\u0626\u064a\u0629 \u0628\u0644\u063a\u062a \u0623\u0645\u0633 \u0646\u062d\u0648 16900 \u0645\u064a\u063a\u0627\u0648\u0627\u062a \u0648\u0647\u0648 \u0631\u0642\u0645 \u0642\u064a\u0627\u0633\u064a \u062c\u062f\u064a\u062f \u064a\u0642\u062a\u0631\u0628 \u0645\u0646 \u0627\u0644\u0642\u062f\u0631\u0629 \u0627\u0644\u0642\u0635\u0648\u0649 \u0644\u0645\u062d\u0637\u0627\u062a \u0627\u0644\u062a\u0648\u0644\u064a\u062f.

\u0648\u0623\u0634\u0627\u0631 \u0625\u0644\u0649 \u0623\u0646 \u0628\u0639\u0636 \u0648\u062d\u062f\u0627\u062a \u0627\u0644\u062a\u0648\u0644\u064a\u062f \u062a\u062e\u0636\u0639 \u062d\u0627\u0644\u064a\u0627 \u0644\u0623\u0639\u0645\u0627\u0644 \u0635\u064a\u0627\u0646\u0629 \u0637\u0627\u0631\u0626\u0629 \u0645\u0645\u0627 \u0623\u062f\u0649 \u0625\u0644\u0649 \u062a\u0631\u0627\u062c\u0639 \u0627\u0644\u0627\u062d\u062a\u064a\u0627\u0637\u064a \u0627\u0644\u0645\u062a\u0627\u062d \u0641\u064a \u0627\u0644\u0634\u0628\u0643\u0629.

\u0648\u062f\u0639\u062a \u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u0627\u0644\u0645\u0648\u0627\u0637\u0646\u064a\u0646 \u0648\u0627\u0644\u0645\u0642\u064a\u0645\u064a\u0646 \u0625\u0644\u0649 \u062a\u0631\u0634\u064a\u062f \u0627\u0633\u062a\u0647\u0644\u0627\u0643 \u0627\u0644\u0643\u0647\u0631\u0628\u0627\u0621 \u0628\u064a\u0646 \u0627\u0644\u0633\u0627\u0639\u0629 \u0627\u0644\u062d\u0627\u062f\u064a\u0629 \u0639\u0634\u0631\u0629 \u0635\u0628\u0627\u062d\u0627 \u0648\u0627\u0644\u0633\u0627\u0639\u0629 \u0627\u0644\u062e\u0627\u0645\u0633\u0629 \u0645\u0633\u0627\u0621
\u0648\u062e\u0641\u0636 \u0627\u0633\u062a\u062e\u062f\u0627\u0645 \u0627\u0644\u0623\u062c\u0647\u0632\u0629 \u0630\u0627\u062a \u0627\u0644\u0627\u0633\u062a\u0647\u0644\u0627\u0643 \u0627\u0644\u0639\u0627\u0644\u064a \u062e\u0644\u0627\u0644 \u0647\u0630\u0647 \u0627\u0644\u0641\u062a\u0631\u0629.

\u0643\u0645\u0627 \u0623\u0639\u0644\u0646\u062a \u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u0623\u0646\u0647\u0627 \u0627\u062a\u0641\u0642\u062a \u0645\u0639 \u062f\u0648\u0644 \u0645\u062c\u0644\u0633 \u0627\u0644\u062a\u0639\u0627\u0648\u0646 \u0639\u0644\u0649 \u0627\u0633\u062a\u064a\u0631\u0627\u062f \u0643\u0645\u064a\u0627\u062a \u0625\u0636\u0627\u0641\u064a\u0629 \u0645\u0646 \u0627\u0644\u0637\u0627\u0642\u0629 \u0639\u0628\u0631 \u0634\u0628\u0643\u0629 \u0627\u0644\u0631\u0628\u0637 \u0627\u0644\u062e\u0644\u064a\u062c\u064a \u062e\u0644\u0627\u0644 \u0623\u0634\u0647\u0631 \u0627\u0644\u0635\u064a\u0641.

\u0648\u0623\u0643\u062f\u062a \u0623\u0646 \u0627\u0644\u0645\u0633\u062a\u0634\u0641\u064a\u0627\u062a \u0648\u0645\u062d\u0637\u0627\u062a \u0627\u0644\u0645\u064a\u0627\u0647 \u0648\u0627\u0644\u0645\u0631\u0627\u0641\u0642 \u0627\u0644\u062d\u064a\u0648\u064a\u0629 \u0645\u0633\u062a\u062b\u0646\u0627\u0629 \u0645\u0646 \u062c\u062f\u0648\u0644 \u0627\u0644\u0642\u0637\u0639 \u0627\u0644\u0645\u0628\u0631\u0645\u062c.

\u064a\u0630\u0643\u0631 \u0623\u0646 \u0627\u0644\u0643\u0648\u064a\u062a \u062a\u0639\u0645\u0644 \u0639\u0644\u0649 \u0625\u0646\u0634\u0627\u0621 \u0645\u062d\u0637\u0627\u062a \u062c\u062f\u064a\u062f\u0629 \u0644\u0644\u0637\u0627\u0642\u0629 \u0627\u0644\u0634\u0645\u0633\u064a\u0629 \u0641\u064a \u0645\u0646\u0637\u0642\u0629 \u0627\u0644\u0634\u0642\u0627\u064a\u0627 \u0644\u0632\u064a\u0627\u062f\u0629 \u0627\u0644\u0642\u062f\u0631\u0629 \u0627\u0644\u0625\u0646\u062a\u0627\u062c\u064a\u0629 \u0648\u062a\u0642\u0644\u064a\u0644 \u0627\u0644\u0627\u0639\u062a\u0645\u0627\u062f \u0639\u0644\u0649 \u0627\u0644\u0648\u0642\u0648\u062f \u0627\u0644\u0623\u062d\u0641\u0648\u0631\u064a.
"""),
    must_have=[
        "\u0648\u0642\u0627\u0644\u062a \u0627\u0644\u0648\u0632\u0627\u0631\u0629 \u0641\u064a \u0628\u064a\u0627\u0646 \u0625\u0646 \u0645\u062f\u0629 \u0627\u0644\u0642\u0637\u0639 \u0641\u064a \u0643\u0644 \u0645\u0646\u0637\u0642\u0629 \u0644\u0646 \u062a\u062a\u062c\u0627\u0648\u0632 \u0633\u0627\u0639\u062a\u064a\u0646 \u0648\u0633\u062a\u062a\u0645 \u0628\u0627\u0644\u062a\u0646\u0627\u0648\u0628 \u0628\u064a\u0646 \u0627\u0644\u0645\u0646\u0627\u0637\u0642 \u0627\u0644\u0633\u0643\u0646\u064a\u0629.",
        "\u0648\u0623\u0643\u062f\u062a \u0623\u0646 \u0627\u0644\u0645\u0633\u062a\u0634\u0641\u064a\u0627\u062a \u0648\u0645\u062d\u0637\u0627\u062a \u0627\u0644\u0645\u064a\u0627\u0647 \u0648\u0627\u0644\u0645\u0631\u0627\u0641\u0642 \u0627\u0644\u062d\u064a\u0648\u064a\u0629 \u0645\u0633\u062a\u062b\u0646\u0627\u0629 \u0645\u0646 \u062c\u062f\u0648\u0644 \u0627\u0644\u0642\u0637\u0639 \u0627\u0644\u0645\u0628\u0631\u0645\u062c.",
    ],
)

# ---- cluster: Hull Daily Mail, page + noisy re-scrape ----

HUL = rec(
    cluster="hulldailymail-council-homes-damp-retrofit",
    title="Hundreds of Hull council homes to get new insulation and heat pumps in \u00a328m damp crackdown",
    date="2025-02-14",
    country="GB",
    region="europe",
    authors=["Laura Whitcombe"],
    lang="en",
    caption="Council houses on the Orchard Park estate in Hull",
    credit="Hull Live",
    paras=P("""
More than 1,200 council homes in Hull are set to be fitted with new insulation, windows and heat pumps as part of
a 28 million pound plan to tackle damp, mould and high energy bills.

Hull City Council's cabinet approved the programme on Thursday, with the first work due to start on the Orchard
Park and Bransholme estates in the spring.

Around 40 per cent of the money will come from the government's Warm Homes fund, with the rest coming from the
council's housing budget.

Councillor Jackie Dad, portfolio holder for housing, said many tenants had been living with cold walls and
condensation for years.

"Nobody should have to choose between heating their home and keeping their children healthy," she said.

The council received more than 3,000 reports of damp and mould in its homes last year, almost double the figure
from two years earlier.

Tenants will not have to move out while the work is carried out, although some will be offered a temporary
room during the fitting of new windows.

The council estimates that the improvements could cut the typical energy bill of a tenant by around 400 pounds a year.

Opposition councillors welcomed the scheme but said the council should also speed up repairs that have been
waiting for months.
"""),
    must_have=[
        "The council received more than 3,000 reports of damp and mould in its homes last year, almost double the figure from two years earlier.",
        "The council estimates that the improvements could cut the typical energy bill of a tenant by around 400 pounds a year.",
    ],
)
HUL_PRE = ["Hull Live", "News", "Hull City", "Hull FC", "Hull KR", "What's On", "Property", "Jobs", "Newsletters", "Sign in"]
HUL_HEAD = ["Bookmark", "Share", "Comments", "News", "By Laura Whitcombe", "Housing Reporter",
            "06:00, 14 Feb 2025", "Updated 09:12, 14 Feb 2025"]
HUL_CAP = ["Council houses on the Orchard Park estate in Hull (Image: Hull Live)"]
HUL_COPY = "\u00a9 2025 a Reach plc subsidiary"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Hull Daily Mail / Hull Live (England): original of the re-scrape cluster, Reach layout, role line.
    dict(HUL, role="original", file="hulldailymail_council_homes_retrofit.txt", render="text",
         pre=[HUL_PRE], head=[HUL_HEAD], cap_lines=HUL_CAP,
         inserts={2: ["Sign up to the Hull Live newsletter for the biggest stories straight to your inbox"],
                  5: ["READ MORE: Fears over rising rents as private landlords leave Hull market"]},
         tail=[["Do you have a story for us? Email news@hulldailymail.co.uk"],
               ["Follow Hull Live", "More On", "Hull City Council", "Housing"],
               [HUL_COPY]]),
    dict(HUL, role="rescrape", file="hulldailymail_council_homes_retrofit_rescrape.txt.gz", render="text", noise=True,
         pre=[HUL_PRE], head=[HUL_HEAD], cap_lines=HUL_CAP,
         tail=[["Follow Hull Live"], ["Comments", "Top Comments", "Newest Comments"], [HUL_COPY]]),
    # Digi24 (Romania): original of the Agerpres cluster; 'Sursa: Agerpres' line.
    dict(BUC, role="original", file="digi24_agerpres_bucuresti_termoficare_ro.txt", render="text",
         pre=[["Digi24", "Actualitate", "Politic\u0103", "Economie", "Externe", "Sport", "Sci-Tech", "Video", "Live"]],
         head=[["Data public\u0103rii: 09.01.2025 11:32", "Data actualiz\u0103rii: 09.01.2025 13:05"],
               ["Distribuie pe Facebook", "Distribuie pe WhatsApp", "Copiaz\u0103 link-ul"]],
         inserts={2: ["Publicitate"], 5: ["Citi\u0163i \u015fi: Pre\u0163ul gigacaloriei r\u0103m\u00e2ne neschimbat \u00een Capital\u0103 \u00een 2025"]},
         tail=[["Sursa: Agerpres"],
               ["Editor : A.P."],
               ["Urm\u0103re\u015fte-ne pe Google News"],
               ["Etichete:", "termoficare", "Bucure\u015fti", "Termoenergetica"],
               ["\u00a9 2025 Digi24.ro. Toate drepturile rezervate."]]),
    # 24 Chasa (Bulgaria, Bulgarian): BTA copy, Varna dateline with a date.
    rec(cluster="24chasa-bta-varna-fuel-prices", role="single", file="24chasa_bta_varna_goriva_bg.txt", render="text",
        title="\u0426\u0435\u043d\u0438\u0442\u0435 \u043d\u0430 \u0433\u043e\u0440\u0438\u0432\u0430\u0442\u0430 \u0432\u044a\u0432 \u0412\u0430\u0440\u043d\u0430 \u0441\u0435 \u043f\u043e\u043a\u0430\u0447\u0438\u0445\u0430 \u043f\u0440\u0435\u0434\u0438 \u0440\u0430\u0437\u0433\u0430\u0440\u0430 \u043d\u0430 \u0441\u0435\u0437\u043e\u043d\u0430",
        date="2024-07-14", dateline="\u0412\u0430\u0440\u043d\u0430, 14 \u044e\u043b\u0438 /\u0411\u0422\u0410/ ", city="Varna", country="BG",
        region="europe", lang="bg", agency="BTA",
        pre=[["24 \u0447\u0430\u0441\u0430", "\u0411\u044a\u043b\u0433\u0430\u0440\u0438\u044f", "\u0421\u0432\u044f\u0442", "\u0418\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0430", "\u0421\u043f\u043e\u0440\u0442", "\u041a\u0443\u043b\u0442\u0443\u0440\u0430", "\u0420\u0435\u0433\u0438\u043e\u043d\u0438", "\u0412\u0445\u043e\u0434"]],
        head=[["\u0411\u0422\u0410"], ["14 \u044e\u043b\u0438 2024 11:20"], ["\u041a\u043e\u043c\u0435\u043d\u0442\u0430\u0440\u0438 (12)", "\u0421\u043f\u043e\u0434\u0435\u043b\u0438"]],
        inserts={3: ["\u0420\u0435\u043a\u043b\u0430\u043c\u0430"], 5: ["\u041f\u0440\u043e\u0447\u0435\u0442\u0435\u0442\u0435 \u043e\u0449\u0435: \u041a\u0430\u043a\u0432\u0438 \u0441\u0430 \u0446\u0435\u043d\u0438\u0442\u0435 \u043d\u0430 \u0442\u043e\u043a\u0430 \u0437\u0430 \u0431\u0438\u0442\u043e\u0432\u0438 \u043a\u043b\u0438\u0435\u043d\u0442\u0438 \u043e\u0442 1 \u044e\u043b\u0438"]},
        tail=[["\u041d\u0430\u0439-\u0447\u0435\u0442\u0435\u043d\u0438", "\u041f\u043e\u0441\u043b\u0435\u0434\u043d\u0438 \u043d\u043e\u0432\u0438\u043d\u0438"],
              ["\u0410\u0431\u043e\u043d\u0438\u0440\u0430\u0439 \u0441\u0435 \u0437\u0430 \u0431\u044e\u043b\u0435\u0442\u0438\u043d\u0430 \u043d\u0430 24 \u0447\u0430\u0441\u0430"],
              ["\u00a9 24 \u0447\u0430\u0441\u0430. \u0412\u0441\u0438\u0447\u043a\u0438 \u043f\u0440\u0430\u0432\u0430 \u0437\u0430\u043f\u0430\u0437\u0435\u043d\u0438."]],
        paras=P("""
Цените на горивата на бензиностанциите във Варна са се повишили с между 5 и 8 стотинки на литър през последните
две седмици, съобщиха от областната организация за защита на потребителите.

Литър бензин А95 вече се продава средно за 2,79 лева, а дизеловото гориво струва около 2,69 лева.

Според търговците поскъпването се дължи на по-високите цени на петрола на международните пазари и на
по-силното търсене в разгара на туристическия сезон.

Председателят на сдружението Пламен Добрев посочи, че най-големи са разликите между бензиностанциите в
центъра на града и тези по главния път към курортите.

"Потребителите трябва да сравняват цените, защото разликата понякога достига до 15 стотинки", каза той.

Таксиметровите фирми в града предупредиха, че може да поискат от общината да повиши максималните тарифи.

Комисията за защита на конкуренцията заяви, че следи цените в големите курортни градове по Черноморието.

Икономисти очакват цените да останат високи поне до края на август, когато туристическият поток започва да
намалява.
"""),
        must_have=[
            "Литър бензин А95 вече се продава средно за 2,79 лева, а дизеловото гориво струва около 2,69 лева.",
            "Комисията за защита на конкуренцията заяви, че следи цените в големите курортни градове по Черноморието.",
        ]),
    # Dainik Bhaskar (India, Hindi): staff, reporter | city byline and a 'भोपाल।' dateline.
    rec(cluster="dainikbhaskar-bhopal-bijli-katauti", role="single", file="dainikbhaskar_bhopal_bijli_hi.txt", render="text",
        title="भोपाल में गर्मी के साथ बढ़ी बिजली कटौती, कई इलाकों में चार घंटे तक गुल रही बिजली",
        date="2024-05-28", dateline="भोपाल। ", city="Bhopal", country="IN", region="asia", lang="hi",
        authors=["अनुराग शर्मा"],
        pre=[["दैनिक भास्कर", "होम", "देश", "विदेश", "मध्य प्रदेश", "बिजनेस", "खेल", "ई-पेपर", "लॉगिन"]],
        head=[["अनुराग शर्मा | भोपाल"], ["28 मई 2024, 06:45 AM"], ["शेयर करें", "वॉट्सऐप", "फेसबुक"]],
        inserts={2: ["विज्ञापन"], 5: ["ये भी पढ़ें...", "प्रदेश में नई बिजली दरें लागू, घरेलू उपभोक्ताओं पर कितना असर"]},
        tail=[["दैनिक भास्कर ऐप डाउनलोड करें"], ["कॉपीराइट © 2024-25 DB Corp ltd., All Rights Reserved"]],
        paras=P("""
राजधानी में तापमान 45 डिग्री के पार पहुंचने के साथ ही बिजली की मांग भी रिकॉर्ड स्तर पर पहुंच गई है और कई इलाकों में
लोगों को घंटों बिना बिजली के रहना पड़ रहा है।

सोमवार को कोलार, अयोध्या बायपास और करोंद के कई हिस्सों में दोपहर से शाम तक चार घंटे तक बिजली गुल रही।

बिजली कंपनी के अधिकारियों के अनुसार ज्यादा लोड के कारण कई ट्रांसफार्मर खराब हो गए, जिन्हें बदलने में समय लगा।

कंपनी के जनसंपर्क अधिकारी राकेश तिवारी ने बताया कि शहर में बिजली की मांग पिछले साल की तुलना में करीब 12 प्रतिशत
ज्यादा है।

उन्होंने कहा कि खराब ट्रांसफार्मरों को बदलने के लिए अतिरिक्त टीमें लगाई गई हैं और शिकायतों का जल्द निपटारा किया जा रहा है।

कोलार की रहवासी सुनीता वर्मा ने कहा कि रात में भी बार-बार बिजली जाने से बच्चों और बुजुर्गों को सबसे ज्यादा परेशानी
हो रही है।

कई कॉलोनियों में लोगों ने बिजली कंपनी के कॉल सेंटर पर शिकायत की, लेकिन फोन लगातार व्यस्त मिलता रहा।

कंपनी ने उपभोक्ताओं से अपील की है कि दोपहर के समय एक साथ कई एसी और कूलर चलाने से बचें, ताकि लाइनों पर
दबाव कम हो।

बिजली कंपनी ने शहर के लिए 60 नए ट्रांसफार्मर लगाने की योजना भी बनाई है, जिनका काम अगले महीने तक पूरा होने की उम्मीद है।
"""),
        must_have=[
            "सोमवार को कोलार, अयोध्या बायपास और करोंद के कई हिस्सों में दोपहर से शाम तक चार घंटे तक बिजली गुल रही।",
            "कई कॉलोनियों में लोगों ने बिजली कंपनी के कॉल सेंटर पर शिकायत की, लेकिन फोन लगातार व्यस्त मिलता रहा।",
        ]),
    # An-Nahar (Lebanon, Arabic): NNA copy opening 'وطنية - ' (agency tag, no city).
    rec(cluster="annahar-nna-edl-fuel-shipment", role="single", file="annahar_nna_kahraba_lubnan_ar.txt", render="text",
        title="كهرباء لبنان: زيادة ساعات التغذية بعد وصول شحنة الفيول",
        date="2024-09-03", dateline="وطنية - ", country="LB", region="asia", lang="ar", agency="NNA",
        pre=[["النهار", "لبنان", "عربي ودولي", "اقتصاد", "رياضة", "ثقافة", "آراء", "اشترك"]],
        head=[["المصدر: النهار - وطنية"], ["03-09-2024 | 14:22"], ["A+", "A-"]],
        inserts={3: ["إعلان"], 6: ["اقرأ أيضاً", "ارتفاع أسعار المحروقات في لبنان للأسبوع الثالث على التوالي"]},
        tail=[["الكلمات الدالة", "كهرباء لبنان", "الفيول", "التقنين"],
              ["حمّل تطبيق النهار"],
              ["جميع الحقوق محفوظة © 2024 النهار"]],
        paras=P("""
أعلنت مؤسسة كهرباء لبنان في بيان اليوم أنها ستزيد ساعات التغذية بالتيار الكهربائي في مختلف المناطق
ابتداء من مساء الغد، بعد وصول باخرة محملة بنحو 30 ألف طن من مادة الفيول أويل إلى معمل دير عمار.

وأوضحت المؤسسة أن ساعات التغذية سترتفع إلى ما بين ست وثماني ساعات يومياً، بعدما تراجعت خلال الأسبوعين
الماضيين إلى أقل من أربع ساعات في بعض المناطق.

وأشارت إلى أن تفريغ الشحنة سيبدأ فور إنجاز الفحوص المخبرية اللازمة للتأكد من مطابقتها للمواصفات.

ولفتت إلى أن معمل الزهراني سيعود بدوره إلى العمل تدريجياً خلال الأيام المقبلة.

ودعت المؤسسة المواطنين إلى عدم التعدي على الشبكة، مؤكدة أن التعديات تتسبب بأعطال متكررة في محطات التحويل
وتحرم مناطق بكاملها من التغذية.

ويعتمد معظم اللبنانيين منذ سنوات على المولدات الخاصة لتعويض النقص في التيار، وسط شكاوى مستمرة من ارتفاع
فواتير الاشتراكات.

وكانت المؤسسة قد حذرت الشهر الماضي من احتمال الوصول إلى العتمة الشاملة في حال تأخر وصول شحنات الفيول
بسبب الأزمة المالية وتأخر فتح الاعتمادات.

وتأمل المؤسسة أن تسمح الشحنات المقبلة بالحفاظ على مستوى التغذية الحالي حتى نهاية فصل الخريف على الأقل.
"""),
        must_have=[
            "وأشارت إلى أن تفريغ الشحنة سيبدأ فور إنجاز الفحوص المخبرية اللازمة للتأكد من مطابقتها للمواصفات.",
            "ولفتت إلى أن معمل الزهراني سيعود بدوره إلى العمل تدريجياً خلال الأيام المقبلة.",
        ]),
    # Business Bhutan (Bhutan): staff, reporter line with the place ('Tshering Yangzom, Thimphu').
    rec(cluster="businessbhutan-thimphu-tariff-revision", role="single", file="businessbhutan_electricity_tariff.txt", render="text",
        title="Households to pay more for electricity from July as tariff revision kicks in",
        date="2025-06-21", country="BT", region="asia", lang="en", authors=["Tshering Yangzom"],
        pre=[["Business Bhutan", "Home", "News", "Business", "Economy", "Editorial", "Opinion", "Advertisement", "E-Paper"]],
        head=[["Tshering Yangzom, Thimphu"], ["Sat, 21 Jun 2025"]],
        inserts={4: ["Advertisement"]},
        tail=[["Share this:", "Facebook", "X", "WhatsApp"],
              ["Related"],
              ["Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *"],
              ["Copyright \u00a9 2025 Business Bhutan. All rights reserved."]],
        paras=P("""
Domestic electricity consumers will pay slightly more from July 1 after the Electricity Regulatory Authority
approved a revised tariff for the next three years.

Under the new tariff, the rate for households in the lowest consumption block, up to 100 units a month, will
remain free in rural areas, but urban households will pay Nu 1.60 per unit.

Consumers using more than 500 units a month will pay Nu 2.90 per unit, up from Nu 2.61.

An official of the authority said the revision was needed to cover the rising cost of maintaining the
distribution network, which has expanded rapidly over the past decade.

The official said the authority had tried to protect low-income households by keeping the first block
unchanged for rural consumers.

Bhutan exports most of its hydropower to India, but domestic demand has grown quickly with new industries and
the spread of electric cars and induction cookers.

Some residents in Thimphu said the increase was small but came on top of higher rents and food prices.

The tariff for large industries, mainly ferro-silicon and cement plants, will also rise by around 8 percent.
"""),
        must_have=[
            "Consumers using more than 500 units a month will pay Nu 2.90 per unit, up from Nu 2.61.",
            "Some residents in Thimphu said the increase was small but came on top of higher rents and food prices.",
        ]),
    # London Free Press (Ontario): staff, Postmedia 'Article content' repeats.
    rec(cluster="lfpress-london-ontario-rents", role="single", file="londonfreepress_rents_london_on.txt", render="text",
        title="Average rent for a one-bedroom in London tops $1,800 for the first time",
        date="2025-03-12", country="CA", region="americas", lang="en", authors=["Heather Lindqvist"],
        pre=[["London Free Press", "News", "Local News", "Sports", "Opinion", "Business", "Entertainment", "ePaper", "Subscribe", "Sign In"]],
        head=[["Author of the article:", "Heather Lindqvist", "Published Mar 12, 2025", "Last updated 2 days ago", "3 minute read"],
              ["Join the conversation"]],
        inserts={0: ["Article content"], 3: ["Article content", "Advertisement 2"], 6: ["Article content"]},
        tail=[["hlindqvist@postmedia.com"],
              ["Share this article in your social network"],
              ["Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments relevant and respectful."],
              ["This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic."],
              ["\u00a9 2025 London Free Press, a division of Postmedia Network Inc. All rights reserved."]],
        paras=P("""
The average asking rent for a one-bedroom apartment in London has climbed above $1,800 a month for the first
time, according to a new report from a national rental listings site.

The report found one-bedroom units listed at an average of $1,812 in February, up nearly six per cent from a
year earlier.

Two-bedroom apartments averaged $2,240, while rents for detached houses rose more slowly.

Tenant advocate Marisol Greene said many renters in the city were now spending more than half of their income
on housing.

"People are staying in units that no longer fit their families because moving means paying hundreds more a
month," she said.

The city has approved more than 4,000 new rental units since 2023, most of them in large towers in the
downtown core and along Wellington Road.

City housing staff say new supply should ease pressure on rents over the next two years.

Landlords say higher property taxes, insurance and heating costs have pushed up what they need to charge new
tenants.

Ontario's rent-control rules limit increases for existing tenants in older units to 2.5 per cent this year.
"""),
        must_have=[
            "Two-bedroom apartments averaged $2,240, while rents for detached houses rose more slowly.",
            "City housing staff say new supply should ease pressure on rents over the next two years.",
        ]),
]

TEXT_STORIES += [
    # Daily News (Tanzania): staff, 'By Staff Writer' line then a real byline, capitalised first word.
    rec(cluster="dailynewstz-dar-es-salaam-substation", role="single", file="dailynews_tz_tanesco_substation.txt", render="text",
        title="TANESCO switches on new substation to end outages in Dar suburbs",
        date="2024-11-27", country="TZ", region="africa", lang="en", authors=["Rehema Mollel"],
        pre=[["Daily News", "Home", "News", "Business", "Sports", "Features", "Opinion", "Epaper", "TSN Publications"]],
        head=[["By Rehema Mollel"], ["Published on: November 27th, 2024"], ["Share", "Tweet", "Share on WhatsApp"]],
        inserts={3: ["ALSO READ: Julius Nyerere hydropower plant adds another turbine to national grid"]},
        tail=[["Related Articles"],
              ["Tanzania Standard (Newspapers) Ltd \u00a9 2024. All Rights Reserved"]],
        paras=P("""
THE Tanzania Electric Supply Company Limited (TANESCO) has switched on a new electricity substation at Mbezi
Luis in Dar es Salaam, which is expected to end frequent power cuts in the city's fast-growing western suburbs.

The 220/33 kilovolt substation, built at a cost of 48bn/-, will serve more than 60,000 customers in Mbezi, Kimara,
Goba and parts of Ubungo.

Speaking at the switch-on ceremony, TANESCO Zonal Manager Eng Abdallah Mrisho said the old lines serving the
area had been overloaded for years as new houses were built.

"Residents in these areas have endured low voltage and outages for too long. This substation is the answer,"
he said.

He said the company had also replaced 35 kilometres of old distribution lines and installed 40 new
transformers in the area this year.

Traders at Mbezi Luis bus terminal welcomed the project, saying that outages had forced many to spend heavily
on diesel for generators.

Eng Mrisho urged residents to report vandalism of electricity infrastructure, noting that theft of
transformer oil remained a problem in some areas.

The substation is part of a wider programme to strengthen the grid in Dar es Salaam, where demand for power is
growing by around ten percent a year.
"""),
        must_have=[
            "He said the company had also replaced 35 kilometres of old distribution lines and installed 40 new transformers in the area this year.",
            "Traders at Mbezi Luis bus terminal welcomed the project, saying that outages had forced many to spend heavily on diesel for generators.",
        ]),
    # Lusaka Voice (Zambia): staff, desk byline only.
    rec(cluster="lusakavoice-zesco-load-shedding-hours", role="single", file="lusakavoice_zesco_loadshedding.txt", render="text",
        title="ZESCO cuts load-shedding to 12 hours as imports ease pressure on grid",
        date="2025-01-16", country="ZM", region="africa", lang="en",
        pre=[["Lusaka Voice", "Home", "News", "Politics", "Business", "Sports", "Entertainment", "Contact Us"]],
        head=[["Lusaka Voice Reporter"], ["January 16, 2025"], ["0 Comments"]],
        inserts={2: ["Sponsored"], 5: ["You may also like", "Fuel prices drop slightly in January review"]},
        tail=[["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on WhatsApp (Opens in new window)"],
              ["Like this:", "Like Loading..."],
              ["Leave a Reply"],
              ["Copyright \u00a9 2025 Lusaka Voice"]],
        paras=P("""
Power utility ZESCO says daily load-shedding will be reduced from 17 hours to 12 hours from Monday as
electricity imports from neighbouring countries increase.

The company said in a statement that additional power purchased from Mozambique and South Africa had
improved the supply situation on the national grid.

Zambia has faced some of the longest power cuts in its history after a severe drought cut water levels at
Lake Kariba, which feeds the country's largest hydropower stations.

ZESCO spokesperson Naomi Sakala said the company would continue to supply hospitals and water utilities
without interruption.

She said residents should expect that schedules might change at short notice if imports were disrupted.

Small businesses in Lusaka, including barbershops, welders and tailors, have been among the hardest hit by
the outages.

"We have been working at night when the power comes back. Twelve hours is still hard, but it is better," said
Bwalya Chanda, who runs a welding shop in Matero.

The government has said new solar plants under construction in several provinces should add more than 100
megawatts to the grid this year.
"""),
        must_have=[
            "The company said in a statement that additional power purchased from Mozambique and South Africa had improved the supply situation on the national grid.",
            "Small businesses in Lusaka, including barbershops, welders and tailors, have been among the hardest hit by the outages.",
        ]),
    # Lithgow Mercury (NSW, ACM): staff, 'Updated ... first published' date line.
    rec(cluster="lithgowmercury-mt-piper-closure-jobs", role="single", file="lithgowmercury_mt_piper_jobs.txt", render="text",
        title="Mt Piper closure date pushed back as Lithgow braces for energy transition",
        date="2025-03-18", country="AU", region="oceania", lang="en", authors=["Tom Barrington"],
        caption="Mt Piper Power Station near Portland.", credit="Tom Barrington",
        pre=[["Lithgow Mercury", "Local News", "Sport", "Comment", "Property", "Newsletters", "Notices", "Today's Paper", "Subscribe", "Login"]],
        head=[["By Tom Barrington"], ["Updated March 18 2025 - 3:00pm, first published 11:30am"], ["Share", "Copy link"]],
        cap_lines=["Mt Piper Power Station near Portland. Picture by Tom Barrington"],
        inserts={3: ["Advertisement"], 6: ["IN OTHER NEWS:", "Wallerawang rezoning opens way for 300 homes"]},
        tail=[["Get the latest Lithgow news delivered to your inbox. Sign up for our newsletter."],
              ["Tom Barrington", "Journalist", "Reporter at the Lithgow Mercury. Send your news tips to tom.barrington@austcommunitymedia.com.au"],
              ["\u00a9 Copyright 2025 Australian Community Media"]],
        paras=P("""
The coal-fired Mt Piper Power Station near Lithgow could keep running until 2042, its owner has
confirmed, giving the region more time to prepare for the loss of hundreds of jobs.

The plant was previously expected to close in 2040 at the latest, but the operator now says it could run a
further two years if the state's electricity grid still needs it.

Mt Piper employs around 250 people directly and supports hundreds more jobs at the Springvale and Airly mines
that supply its coal.

Lithgow mayor Cassandra Coleman said the announcement brought some certainty to workers but the town could not
afford to wait.

"We need to use every one of these years to bring new industries here," she said.

The council is working with the state government on plans for pumped hydro storage and a renewable energy
training centre at the old Wallerawang power station site.

Union officials said workers wanted a clear retraining plan well before the last shift at the plant.

The operator said it would update its closure plans every two years in line with market rules.
"""),
        must_have=[
            "Mt Piper employs around 250 people directly and supports hundreds more jobs at the Springvale and Airly mines that supply its coal.",
            "Union officials said workers wanted a clear retraining plan well before the last shift at the plant.",
        ]),
    # L'Express de Madagascar (French): staff, short byline initials and day-first date.
    rec(cluster="lexpressmg-antananarivo-delestage-jirama", role="single", file="lexpressmg_jirama_delestage_fr.txt", render="text",
        title="Jirama \u2013 Le d\u00e9lestage s'\u00e9tend \u00e0 de nouveaux quartiers de la capitale",
        date="2024-10-16", country="MG", region="africa", lang="fr", authors=["Miangaly Ralitera"],
        pre=[["L'Express de Madagascar", "Actualit\u00e9s", "Politique", "\u00c9conomie", "Soci\u00e9t\u00e9", "Sport", "Culture", "R\u00e9gions"]],
        head=[["Miangaly Ralitera"], ["16.10.2024"], ["Partager sur Facebook", "Partager sur X"]],
        inserts={4: ["Publicit\u00e9"]},
        tail=[["Lire aussi", "Carburant \u2013 Les prix \u00e0 la pompe inchang\u00e9s jusqu'\u00e0 fin d\u00e9cembre"],
              ["Laisser un commentaire", "Vous devez \u00eatre connect\u00e9 pour publier un commentaire."],
              ["\u00a9 2024 L'Express de Madagascar - Tous droits r\u00e9serv\u00e9s"]],
        paras=P("""
Les coupures d'\u00e9lectricit\u00e9 s'\u00e9tendent. La Jirama a publi\u00e9 hier un nouveau programme de d\u00e9lestage qui
touche d\u00e9sormais une vingtaine de quartiers d'Antananarivo, contre une douzaine la semaine derni\u00e8re.

Selon la soci\u00e9t\u00e9 d'\u00e9tat, les coupures peuvent durer jusqu'\u00e0 six heures par jour, en alternance entre la
matin\u00e9e et la soir\u00e9e.

La baisse du niveau d'eau dans les barrages hydro\u00e9lectriques, en cette fin de saison s\u00e8che, et les pannes de
plusieurs groupes thermiques expliquent la situation.

\u00c0 Analakely, les commer\u00e7ants se plaignent des pertes. \u00ab Sans courant, nous ne pouvons ni imprimer ni
photocopier, et les clients partent ailleurs \u00bb, t\u00e9moigne Hery Andrianaivo, g\u00e9rant d'une papeterie.

Les boulangeries et les ateliers de soudure ont d\u00fb investir dans des groupes \u00e9lectrog\u00e8nes, alors que le prix
du gasoil reste \u00e9lev\u00e9.

La Jirama assure que les h\u00f4pitaux et les stations de pompage sont \u00e9pargn\u00e9s par le programme.

Le minist\u00e8re de l'\u00c9nergie promet l'arriv\u00e9e de nouvelles pi\u00e8ces de rechange d'ici la fin du mois pour
remettre en service deux groupes de la centrale d'Ambohimanambola.

En attendant, les usagers sont invit\u00e9s \u00e0 consulter chaque jour le programme publi\u00e9 sur la page officielle de
la soci\u00e9t\u00e9.
"""),
        must_have=[
            "Selon la soci\u00e9t\u00e9 d'\u00e9tat, les coupures peuvent durer jusqu'\u00e0 six heures par jour, en alternance entre la matin\u00e9e et la soir\u00e9e.",
            "La Jirama assure que les h\u00f4pitaux et les stations de pompage sont \u00e9pargn\u00e9s par le programme.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_INDY = site("The Indianapolis Star", "https://www.indystar.example.com", "", "en_US", "@indystar",
                 ["News", "Sports", "Entertainment", "Life", "Opinion", "Obituaries", "eNewspaper", "Legals"],
                 ["\u00a9 2024 www.indystar.com. All rights reserved.", "Contact Us", "Help Center", "Terms of Service", "Your Privacy Choices"],
                 share=["Share on Facebook", "Share on X", "Share via Email"], top=["Subscribe", "Sign in"])
SITE_QABAS = site("\u0627\u0644\u0642\u0628\u0633", "https://www.alqabas.example.com", " | \u0627\u0644\u0642\u0628\u0633", "ar_KW", "@alqabas",
                  ["\u0627\u0644\u0631\u0626\u064a\u0633\u064a\u0629", "\u0645\u062d\u0644\u064a\u0627\u062a", "\u0627\u0642\u062a\u0635\u0627\u062f", "\u062f\u0648\u0644\u064a\u0627\u062a", "\u0631\u064a\u0627\u0636\u0629", "\u062b\u0642\u0627\u0641\u0629", "\u0627\u0644\u0639\u062f\u062f \u0627\u0644\u0648\u0631\u0642\u064a"],
                  ["\u062c\u0645\u064a\u0639 \u0627\u0644\u062d\u0642\u0648\u0642 \u0645\u062d\u0641\u0648\u0638\u0629 \u00a9 2024 \u062c\u0631\u064a\u062f\u0629 \u0627\u0644\u0642\u0628\u0633", "\u0645\u0646 \u0646\u062d\u0646", "\u0627\u062a\u0635\u0644 \u0628\u0646\u0627", "\u0633\u064a\u0627\u0633\u0629 \u0627\u0644\u062e\u0635\u0648\u0635\u064a\u0629"],
                  share=["\u0645\u0634\u0627\u0631\u0643\u0629", "\u0648\u0627\u062a\u0633\u0627\u0628", "\u0625\u0643\u0633", "\u0646\u0633\u062e \u0627\u0644\u0631\u0627\u0628\u0637"])
SITE_JP = site("Jyllands-Posten", "https://jyllands-posten.example.dk", "", "da_DK", "@jyllandsposten",
               ["Indland", "Internationalt", "Erhverv", "Sport", "Aarhus", "Debat", "Kultur", "Podcast"],
               ["\u00a9 Jyllands-Posten 2024", "Ansvarshavende chefredakt\u00f8r", "Kundeservice", "Privatlivspolitik", "Cookiepolitik"],
               share=["Del artikel", "Facebook", "LinkedIn", "Mail"], top=["K\u00f8b abonnement", "Log ind"],
               cookie="Vi og vores samarbejdspartnere bruger cookies til at m\u00e5le trafik, personalisere indhold og vise annoncer.",
               cookie_title="Vi passer p\u00e5 dine data", buttons=["Accept\u00e9r alle", "Afvis", "Indstillinger"])
SITE_LN = site("Lidovky.cz", "https://www.lidovky.example.cz", " - Lidovky.cz", "cs_CZ", "@lidovky",
               ["Dom\u00e1c\u00ed", "Zahrani\u010d\u00ed", "Byznys", "N\u00e1zory", "Kultura", "Relax", "Orientace"],
               ["\u00a9 1999\u20132025 MAFRA, a.s., a dodavatel\u00e9 obsahu. Autorsk\u00e1 pr\u00e1va jsou vyhrazena.", "Kontakty", "Reklama", "Ochrana soukrom\u00ed"],
               share=["Sd\u00edlet na Facebooku", "Sd\u00edlet na X", "Poslat e-mailem"], top=["P\u0159edplatn\u00e9", "P\u0159ihl\u00e1sit"],
               cookie="Pro zobrazen\u00ed obsahu a reklam pot\u0159ebujeme v\u00e1\u0161 souhlas se zpracov\u00e1n\u00edm cookies.", buttons=["Souhlas\u00edm", "Nastaven\u00ed"])
SITE_EHC = site("El Heraldo de Chihuahua", "https://www.elheraldodechihuahua.example.com.mx", " - El Heraldo de Chihuahua", "es_MX", "@HeraldoChih",
                ["Local", "Estado", "M\u00e9xico", "Mundo", "Finanzas", "Deportes", "Gossip", "Policiaca"],
                ["El Heraldo de Chihuahua | Noticias Locales, Policiacas, sobre M\u00e9xico, Chihuahua y el Mundo", "Aviso de privacidad", "Directorio", "Organizaci\u00f3n Editorial Mexicana"],
                share=["Compartir en Facebook", "Compartir en X", "Compartir en WhatsApp"])
SITE_CBP = site("Cape Breton Post", "https://www.capebretonpost.example.com", " | SaltWire", "en_CA", "@CBPost",
                ["News", "Local", "Provincial", "Canada", "Sports", "Opinion", "Business", "Obituaries", "E-Edition"],
                ["\u00a9 2025 Cape Breton Post, a division of Postmedia Network Inc.", "Contact Us", "Terms of Use", "Privacy"],
                share=["Share", "Facebook", "X", "LinkedIn", "Email"], top=["Subscribe", "Sign In"])
SITE_DONYA = site("\u062f\u0646\u06cc\u0627\u06cc \u0627\u0642\u062a\u0635\u0627\u062f", "https://donya-e-eqtesad.example.com", " - \u062f\u0646\u06cc\u0627\u06cc \u0627\u0642\u062a\u0635\u0627\u062f", "fa_IR", "@donya_e_eqtesad",
                  ["\u0635\u0641\u062d\u0647 \u0646\u062e\u0633\u062a", "\u0628\u0627\u0632\u0627\u0631\u0647\u0627", "\u0627\u0646\u0631\u0698\u06cc", "\u0645\u0633\u06a9\u0646", "\u0635\u0646\u0639\u062a", "\u0627\u0642\u062a\u0635\u0627\u062f \u06a9\u0644\u0627\u0646", "\u0631\u0648\u0632\u0646\u0627\u0645\u0647"],
                  ["\u06a9\u0644\u06cc\u0647 \u062d\u0642\u0648\u0642 \u0627\u06cc\u0646 \u0633\u0627\u06cc\u062a \u0645\u062a\u0639\u0644\u0642 \u0628\u0647 \u0631\u0648\u0632\u0646\u0627\u0645\u0647 \u062f\u0646\u06cc\u0627\u06cc \u0627\u0642\u062a\u0635\u0627\u062f \u0627\u0633\u062a.", "\u062a\u0645\u0627\u0633 \u0628\u0627 \u0645\u0627", "\u062f\u0631\u0628\u0627\u0631\u0647 \u0645\u0627", "\u0622\u06af\u0647\u06cc"],
                  share=["\u0627\u0634\u062a\u0631\u0627\u06a9 \u06af\u0630\u0627\u0631\u06cc", "\u062a\u0644\u06af\u0631\u0627\u0645", "\u0648\u0627\u062a\u0633\u0627\u067e", "\u06a9\u067e\u06cc \u0644\u06cc\u0646\u06a9"])
SITE_BUSAN = site("\ubd80\uc0b0\uc77c\ubcf4", "https://www.busan.example.com", " - \ubd80\uc0b0\uc77c\ubcf4", "ko_KR", "@busanilbo",
                  ["\uc815\uce58", "\uacbd\uc81c", "\uc0ac\ud68c", "\ubd80\ub3d9\uc0b0", "\ubb38\ud654", "\uc2a4\ud3ec\uce20", "\uc624\ud53c\ub2c8\uc5b8", "\ud574\uc591\uc218\uc0b0"],
                  ["\ubd80\uc0b0\uc77c\ubcf4\uac00 \uc9c1\uc811 \ud3b8\uc9d1\ud55c \uae30\uc0ac\ub97c \ubb34\ub2e8 \uc804\uc7ac, \uc7ac\ubc30\ud3ec \ubc0f AI \ud559\uc2b5 \uc774\uc6a9\uc744 \uae08\uc9c0\ud569\ub2c8\ub2e4.", "\ud68c\uc0ac\uc18c\uac1c", "\uac1c\uc778\uc815\ubcf4\ucc98\ub9ac\ubc29\uce68", "\uccad\uc18c\ub144\ubcf4\ud638\uc815\ucc45"],
                  share=["\ud398\uc774\uc2a4\ubd81", "\uce74\uce74\uc624\ud1a1", "URL \ubcf5\uc0ac"])
SITE_DT = site("La D\u00e9p\u00eache de Tahiti", "https://www.ladepeche.example.pf", " | La D\u00e9p\u00eache de Tahiti", "fr_PF", "@DepecheTahiti",
               ["Actualit\u00e9s", "Politique", "\u00c9conomie", "Soci\u00e9t\u00e9", "Sport", "Culture", "\u00celes", "Annonces"],
               ["\u00a9 2025 La D\u00e9p\u00eache de Tahiti \u2013 Tous droits r\u00e9serv\u00e9s", "Mentions l\u00e9gales", "Nous contacter", "Abonnements"],
               share=["Partager", "Facebook", "Messenger", "E-mail"])

HTML_STORIES = [
    # The Indianapolis Star (original of the AP cluster), Gannett layout with caption toggles.
    dict(NAS, role="original", file="indystar_ap_nassau_power_bills.html", render="html",
         site=SITE_INDY, section="World", meta_section="World",
         url="https://www.indystar.example.com/story/news/world/2024/08/06/bahamas-power-bills-fuel-charge/74691234007/",
         published="2024-08-06T14:14:00-04:00", modified="2024-08-06T16:02:00-04:00",
         ld_author=[{"@type": "Person", "name": "RENATA MOXEY"}, {"@type": "Organization", "name": "Associated Press"}],
         byline_lines=["RENATA MOXEY", "Associated Press"],
         date_lines=["Published 2:14 p.m. ET Aug. 6, 2024", "Updated 4:02 p.m. ET Aug. 6, 2024"],
         caption="A man walks past a power substation in Nassau, Bahamas, on Aug. 5, 2024.", credit="AP Photo/Tavares Knowles",
         credit_shown="(AP Photo/Tavares Knowles)", caption_prefix="Show Caption",
         inserts={2: [("ad", "Advertisement")]},
         end_lines=[AP_COPY],
         below_body=[("gannett-promo", "Support local journalism. Subscribe to IndyStar today.")],
         lists=[("Most Popular", ["IndyGo Red Line extension gets final approval", "Colts sign veteran linebacker before camp"])]),
    # Al Qabas (Kuwait, Arabic, gzipped page): original of the KUNA cluster.
    dict(KWT, role="original", file="alqabas_kuna_kuwait_power_cuts_ar.html.gz", render="html",
         site=SITE_QABAS, section="محليات", meta_section="محليات",
         url="https://www.alqabas.example.com/article/5934412-الكهرباء-جدول-للقطع-المبرمج",
         published="2024-06-20T15:40:00+03:00",
         ld_author=[{"@type": "Organization", "name": "كونا"}],
         breadcrumbs=["الرئيسية", "محليات"],
         byline_lines=["كونا"], date_lines=["20 يونيو 2024"],
         above_body=[("reading", "وقت القراءة: 2 دقيقة")],
         caption="محطة الزور الشمالية لتوليد الكهرباء", credit="القبس", credit_shown="(القبس)",
         inserts={3: [("ad", "إعلان")], 5: [("link", "اقرأ أيضاً:", "الكهرباء: الأحمال تسجل رقماً قياسياً جديداً")]},
         tags=("الكلمات المفتاحية", ["الكهرباء", "القطع المبرمج", "الصيف"]),
         lists=[("الأكثر قراءة", ["الطقس: موجة حارة تستمر حتى نهاية الأسبوع", "البورصة تغلق على ارتفاع"])]),
    # Jyllands-Posten (Denmark, Danish): Ritzau copy signed '/ritzau/'.
    rec(cluster="jp-ritzau-aarhus-fjernvarme", role="single", file="jyllandsposten_ritzau_aarhus_fjernvarme_da.html", render="html",
        site=SITE_JP, title="Aarhusianere får lavere varmeregning næste år",
        date="2024-11-12", country="DK", region="europe", lang="da", agency="Ritzau",
        section="Aarhus", meta_section="Aarhus",
        url="https://jyllands-posten.example.dk/aarhus/ECE17654321/aarhusianere-faar-lavere-varmeregning-naeste-aar/",
        description="Kommunens forsyning sænker prisen på fjernvarme med omkring syv procent.",
        published="2024-11-12T14:05:00+01:00",
        ld_author=[{"@type": "Organization", "name": "Ritzau"}],
        byline_lines=["Ritzau"], date_lines=["12. nov. 2024 kl. 14:05"],
        inserts={2: [("ad", "Annonce")], 5: [("link", "Læs også:", "Boligpriserne i Aarhus stiger igen")]},
        end_lines=["/ritzau/"],
        lists=[("Mest læste", ["Letbanen kører igen efter nedbrud", "Ny bydel ved havnen får 2000 boliger"])],
        paras=P("""
Husstande i Aarhus, der får varme fra den kommunale fjernvarme, kan se frem til en lavere regning i det
kommende år.

Det skyldes, at Kredsløb sænker prisen på fjernvarme med omkring syv procent fra den 1. januar, oplyser
selskabet tirsdag.

For et gennemsnitligt parcelhus på 130 kvadratmeter betyder det en besparelse på cirka 1100 kroner om året.

Ifølge selskabet skyldes prisfaldet især, at prisen på biomasse og el er faldet, og at en ny varmepumpe ved
havnen er kommet i drift.

- Vi har i flere år arbejdet på at gøre os mindre afhængige af dyre brændsler, og nu kan kunderne mærke
det, siger direktør Henrik Mølgaard.

Fjernvarmen i Aarhus leverer varme til omkring 95 procent af byens boliger.

Under energikrisen i 2022 steg prisen kraftigt, og mange husstande oplevede markante stigninger i deres
acontobetalinger.

Selskabet forventer, at priserne vil være stabile de kommende år, hvis der ikke sker store ændringer på
energimarkederne.

Kunderne vil automatisk få nedsat deres acontobeløb, og de behøver derfor ikke selv at foretage sig noget.
"""),
        must_have=[
            "For et gennemsnitligt parcelhus på 130 kvadratmeter betyder det en besparelse på cirka 1100 kroner om året.",
            "Fjernvarmen i Aarhus leverer varme til omkring 95 procent af byens boliger.",
        ]),
    # Lidovky.cz (Czech Republic, Czech): staff, 'autor:' byline with two names.
    rec(cluster="lidovky-ceny-energii-domacnosti", role="single", file="lidovky_ceny_energii_cs.html", render="html",
        site=SITE_LN, title="Domácnosti zaplatí za elektřinu méně. Regulovaná složka ceny klesne o desetinu",
        date="2025-02-03", country="CZ", region="europe", lang="cs", authors=["Tereza Holubová", "Martin Kříž"],
        section="Byznys", meta_section="Byznys",
        url="https://www.lidovky.example.cz/byznys/ceny-elektriny-regulovana-slozka.A250203_102200_ln_byznys_hol",
        description="Energetický regulační úřad zveřejnil nové ceny za distribuci.",
        published="2025-02-03T10:22:00+01:00",
        byline_lines=["autor: Tereza Holubová, Martin Kříž"], date_lines=["3. února 2025 10:22"],
        caption="Elektroměry v panelovém domě v Praze.", credit="Michal Šula, MAFRA", credit_shown="foto: Michal Šula, MAFRA",
        inserts={2: [("ad", "Reklama")], 6: [("link", "Čtěte také:", "Nájmy v Praze znovu rostou, ukazuje analýza")]},
        tags=("Témata:", ["ceny energií", "elektřina", "ERÚ"]),
        newsletter_end=["Nejdůležitější zprávy dne do vaší schránky. Přihlaste se k odběru newsletteru."],
        paras=P("""
Regulovaná složka ceny elektřiny, kterou platí všechny domácnosti bez ohledu na dodavatele, letos klesne
v průměru o deset procent. Oznámil to v pondělí Energetický regulační úřad.

Změna se týká plateb za distribuci, přenos a systémové služby, které tvoří zhruba třetinu konečné ceny.

Pro průměrnou domácnost, která ročně spotřebuje tři megawatthodiny, to znamená úsporu zhruba 1500 korun
ročně.

Předsedkyně úřadu Alena Procházková uvedla, že k poklesu přispěly nižší ceny silové elektřiny na burze a
menší náklady na krytí ztrát v sítích.

Analytici upozorňují, že o výsledné výši účtů rozhodne také to, jak rychle dodavatelé promítnou nižší
burzovní ceny do svých tarifů.

Řada domácností má stále smlouvy s fixovanou cenou uzavřené během energetické krize v roce 2022, kdy
ceny dosahovaly rekordních úrovní.

Spotřebitelské organizace proto radí zákazníkům, aby porovnali nabídky a případně změnili dodavatele.

Vláda zároveň připravuje změny v podpoře obnovitelných zdrojů, které by mohly ceny dále snížit od příštího
roku.

Nižší účty by podle odborníků mohly pomoci zejména nájemníkům ve starších bytových domech, kde jsou náklady na
energie vzhledem k příjmům nejvyšší.
"""),
        must_have=[
            "Změna se týká plateb za distribuci, přenos a systémové služby, které tvoří zhruba třetinu konečné ceny.",
            "Spotřebitelské organizace proto radí zákazníkům, aby porovnali nabídky a případně změnili dodavatele.",
        ]),
    # El Heraldo de Chihuahua (Mexico, Spanish): staff, OEM layout with 'Escucha esta nota'.
    rec(cluster="heraldochihuahua-gasolina-precios", role="single", file="elheraldodechihuahua_gasolina_es.html", render="html",
        site=SITE_EHC, title="Gasolina Magna supera los 24 pesos en Chihuahua; estas son las estaciones más baratas",
        date="2024-06-04", city=None, country="MX", region="americas", lang="es", authors=["Alejandra Ríos"],
        section="Local", meta_section="Local",
        url="https://www.elheraldodechihuahua.example.com.mx/local/gasolina-magna-supera-los-24-pesos-en-chihuahua-11987654.html",
        description="El precio promedio de la gasolina regular subió 40 centavos en un mes.",
        published="2024-06-04T13:10:00-06:00",
        byline_lines=["Alejandra Ríos | El Heraldo de Chihuahua"], date_lines=["martes 4 de junio de 2024"],
        above_body=[("listen", "Escucha esta nota")],
        caption="Automovilistas cargan combustible en una estación de la avenida Tecnológico", credit="Roberto Aguirre | El Heraldo de Chihuahua",
        inserts={3: [("ad", "Publicidad")], 6: [("link", "Lee también:", "Tarifas de luz: ¿cuándo inicia el subsidio de verano en Chihuahua?")]},
        below_body=[("gnews", "Mantente informado y síguenos en Google News")],
        tags=("Temas", ["Gasolina", "Precios", "Profeco"]),
        paras=P("""
El precio promedio de la gasolina Magna en la ciudad de Chihuahua superó esta semana los 24 pesos por litro,
de acuerdo con el reporte más reciente de la Procuraduría Federal del Consumidor.

El litro de gasolina regular se vendió en promedio en 24.12 pesos, unos 40 centavos más que hace un mes,
mientras que la Premium alcanzó los 25.90 pesos.

El diésel se mantuvo en alrededor de 25.40 pesos por litro.

Según el reporte, la diferencia entre la estación más barata y la más cara de la capital del estado llegó a
casi dos pesos por litro.

Las estaciones con los precios más bajos se ubicaron en el periférico de la Juventud y en la salida a
Ciudad Juárez.

Transportistas locales señalaron que el aumento ya se refleja en los costos de los fletes y en el precio de
algunos productos básicos.

"Cada semana gastamos más en diésel y no podemos subir las tarifas al mismo ritmo", dijo Ramón Villalobos,
representante de un grupo de transportistas de carga.

La Profeco recomendó a los consumidores comparar precios antes de cargar combustible y reportar las
estaciones que no despachen litros completos.
"""),
        must_have=[
            "El diésel se mantuvo en alrededor de 25.40 pesos por litro.",
            "Las estaciones con los precios más bajos se ubicaron en el periférico de la Juventud y en la salida a Ciudad Juárez.",
        ]),
]

HTML_STORIES += [
    # Cape Breton Post (Nova Scotia): The Canadian Press copy, 'HALIFAX \u2014' dateline, CP sign-off line.
    rec(cluster="cbpost-cp-halifax-power-rates", role="single", file="capebretonpost_cp_halifax_power_rates.html", render="html",
        site=SITE_CBP, title="Regulator approves Nova Scotia Power rate increase of 6.5 per cent over two years",
        date="2025-01-23", dateline="HALIFAX \u2014 ", city="Halifax", country="CA", region="americas", lang="en",
        agency="CP", authors=["Alison Thibault"], section="Provincial", meta_section="Provincial",
        url="https://www.capebretonpost.example.com/news/provincial/regulator-approves-nova-scotia-power-rate-increase-100987654/",
        description="Residential customers will see their bills rise in February and again next year.",
        published="2025-01-23T16:48:00-04:00",
        ld_author=[{"@type": "Person", "name": "Alison Thibault"}, {"@type": "Organization", "name": "The Canadian Press"}],
        byline_lines=["Alison Thibault", "The Canadian Press"], date_lines=["Published Jan 23, 2025"],
        inserts={3: [("ad", "Advertisement")], 6: [("ad", "Advertisement")]},
        end_lines=["This report by The Canadian Press was first published Jan. 23, 2025."],
        comments=["Comments", "Postmedia is committed to maintaining a lively but civil forum for discussion.", "Join the Conversation"],
        paras=P("""
Nova Scotia's energy regulator has approved electricity rate increases for Nova Scotia Power customers that
will add about 6.5 per cent to residential bills over the next two years.

In a decision released Thursday, the Nova Scotia Energy Board said rates would rise by 3.4 per cent on
Feb. 1 and by a further 3.1 per cent in January 2026.

The utility had asked for larger increases, saying it needed to pay for storm repairs, new transmission
lines and the cost of replacing coal-fired generation.

For a typical household, the first increase will add about $6 to the monthly bill.

Consumer advocate Darren Pike said the decision was better than the utility's original request but would
still be hard on low-income families.

"Many people in this province are already choosing between heating and eating," Pike said.

Nova Scotia still gets more than a third of its electricity from coal, and the province has set a target of
80 per cent renewable power by 2030.

The utility said in a statement that it would review the decision and continue to invest in a more reliable
grid.
"""),
        must_have=[
            "For a typical household, the first increase will add about $6 to the monthly bill.",
            "Nova Scotia still gets more than a third of its electricity from coal, and the province has set a target of 80 per cent renewable power by 2030.",
        ]),
    # Donya-e-Eqtesad (Iran, Persian): staff, Solar Hijri date in Persian digits.
    rec(cluster="donyaeeqtesad-tehran-khamooshi-gas", role="single", file="donyaeeqtesad_khamooshi_fa.html", render="html",
        site=SITE_DONYA, title="خاموشی‌های زمستانی به تهران رسید؛ کمبود گاز نیروگاه‌ها را متوقف کرد",
        date="2024-12-12", country="IR", region="asia", lang="fa", authors=["مریم احمدی"],
        section="انرژی", meta_section="انرژی",
        url="https://donya-e-eqtesad.example.com/بخش-انرژی-63/4145678-خاموشی-زمستانی-تهران",
        description="برنامه قطع برق برای مناطق مسکونی پایتخت اعلام شد.",
        published="2024-12-12T09:30:00+03:30",
        byline_lines=["نویسنده: مریم احمدی"], date_lines=["۱۴۰۳/۰۹/۲۲ ۰۹:۳۰"],
        above_body=[("code", "کد خبر: ۴۱۴۵۶۷۸")],
        inserts={3: [("ad", "تبلیغات")], 6: [("link", "بیشتر بخوانید:", "قیمت مسکن در تهران از متری ۹۰ میلیون گذشت")]},
        tags=("برچسب‌ها:", ["خاموشی", "گاز", "نیروگاه"]),
        lists=[("پربازدیدترین", ["نرخ دلار در بازار آزاد امروز", "بورس تهران سبزپوش شد"])],
        paras=P("""
برنامه خاموشی‌های دوساعته برق برای مناطق مسکونی تهران از امروز اجرا می‌شود و شرکت توزیع برق پایتخت جدول
قطعی‌ها را برای هر منطقه منتشر کرده است.

بر اساس این جدول، هر منطقه روزانه دو ساعت و در یکی از سه بازه صبح، ظهر یا عصر بدون برق خواهد بود.

مسئولان صنعت برق دلیل اصلی این خاموشی‌ها را کمبود سوخت نیروگاه‌ها می‌دانند، زیرا با افزایش مصرف گاز
خانگی در روزهای سرد، سهم نیروگاه‌ها از گاز کاهش یافته است.

به گفته یک مقام وزارت نیرو، چند نیروگاه بزرگ در اطراف تهران برای جلوگیری از مصرف سوخت مایع و آلودگی هوا
به‌طور موقت از مدار خارج شده‌اند.

این مقام افزود که مدارس و ادارات دولتی در روزهای پنجشنبه تعطیل خواهند بود تا مصرف انرژی کاهش یابد.

کسبه بازار تهران از زیان ناشی از قطع برق گلایه دارند و می‌گویند خرید ژنراتور هزینه سنگینی به آنها تحمیل
کرده است.

کارشناسان انرژی معتقدند ناترازی گاز و برق بدون سرمایه‌گذاری در بهره‌وری و انرژی‌های تجدیدپذیر در سال‌های
آینده شدیدتر خواهد شد.

شرکت توزیع برق از شهروندان خواسته است دمای وسایل گرمایشی را کاهش دهند و از روشن گذاشتن لامپ‌های اضافی
خودداری کنند.
"""),
        must_have=[
            "بر اساس این جدول، هر منطقه روزانه دو ساعت و در یکی از سه بازه صبح، ظهر یا عصر بدون برق خواهد بود.",
            "این مقام افزود که مدارس و ادارات دولتی در روزهای پنجشنبه تعطیل خواهند بود تا مصرف انرژی کاهش یابد.",
        ]),
    # Busan Ilbo (South Korea, Korean): staff, name + 기자 byline, 입력/수정 stamps.
    rec(cluster="busanilbo-unsold-apartments", role="single", file="busanilbo_unsold_apartments_ko.html", render="html",
        site=SITE_BUSAN, title="부산 미분양 아파트 4년 만에 최대…\"분양가 부담에 수요 위축\"",
        date="2025-02-18", country="KR", region="asia", lang="ko", authors=["김도윤"],
        section="부동산", meta_section="부동산",
        url="https://www.busan.example.com/view/busan/view.php?code=2025021818201234567",
        description="지난달 부산의 미분양 주택이 4년 만에 가장 많은 수준으로 늘었다.",
        published="2025-02-18T18:20:31+09:00", modified="2025-02-18T19:02:10+09:00",
        byline_lines=["김도윤 기자 dykim@busan.com"], date_lines=["입력 : 2025-02-18 18:20:31", "수정 : 2025-02-18 19:02:10"],
        caption="부산 해운대구의 한 아파트 건설 현장.", credit="부산일보DB", credit_shown="부산일보DB",
        inserts={2: [("ad", "광고")], 5: [("box", "관련기사", ["부산 전셋값 3주 연속 하락", "동래구 재개발 조합 설립 인가"])]},
        end_lines=["김도윤 기자 dykim@busan.com"],
        lists=[("많이 본 뉴스", ["북항 재개발 2단계 착공 연기", "부산 시내버스 요금 인상 검토"])],
        paras=P("""
부산의 미분양 아파트가 4년 만에 가장 많은 수준으로 늘어난 것으로 나타났다.

18일 국토교통부와 부산시에 따르면 지난달 말 기준 부산의 미분양 주택은 4600여 가구로 한 달 전보다
약 8% 증가했다.

이 가운데 공사가 끝난 뒤에도 팔리지 않은 이른바 '준공 후 미분양'은 1800여 가구로 집계됐다.

업계에서는 공사비 상승으로 분양가가 크게 오르면서 실수요자들이 청약을 미루고 있는 것으로 보고 있다.

한 부동산 전문가는 "고금리가 이어지고 있는 데다 분양가가 인근 기존 아파트 시세보다 높아 수요가
위축됐다"고 말했다.

특히 부산 외곽 지역의 중소형 건설사 단지를 중심으로 미분양이 빠르게 늘고 있다.

일부 건설사는 중도금 무이자 대출이나 관리비 지원 등 혜택을 내걸고 있지만 계약률은 크게 오르지 않고
있다.

부산시는 미분양 해소를 위해 정부에 지방 주택에 대한 세제 혜택 확대를 건의할 계획이다.

시는 또 미분양 물량을 공공임대주택으로 매입하는 방안을 한국토지주택공사와 함께 검토하고 있다고 밝혔다.

한편 지난달 부산의 아파트 매매가격은 전달보다 0.2% 내려 9개월 연속 하락세를 이어갔다. 해운대구와
수영구 등 이른바 인기 지역도 거래량이 크게 줄어든 것으로 조사됐다.

전문가들은 금리 인하가 본격화되기 전까지는 지방 주택시장의 회복이 쉽지 않을 것이라고 내다봤다. 다만
신규 공급이 줄어드는 내년 하반기부터는 미분양이 점차 감소할 수 있다는 전망도 나온다.

겨울철 난방비와 관리비 부담이 커진 것도 입주 예정자들이 계약을 망설이는 이유로 꼽힌다.
"""),
        must_have=[
            "업계에서는 공사비 상승으로 분양가가 크게 오르면서 실수요자들이 청약을 미루고 있는 것으로 보고 있다.",
            "부산시는 미분양 해소를 위해 정부에 지방 주택에 대한 세제 혜택 확대를 건의할 계획이다.",
        ]),
    # La D\u00e9p\u00eache de Tahiti (French Polynesia, French): staff, initials-free byline, 'Publi\u00e9 le' date.
    rec(cluster="depechetahiti-edt-tarif-solaire", role="single", file="ladepechedetahiti_edt_tarif_fr.html", render="html",
        site=SITE_DT, title="Électricité : le prix du kilowattheure baisse de 3 % à Tahiti",
        date="2025-05-15", country="PF", region="oceania", lang="fr", authors=["Vaitea Teriitehau"],
        section="Économie", meta_section="Économie",
        url="https://www.ladepeche.example.pf/economie/electricite-le-prix-du-kilowattheure-baisse-de-3-a-tahiti/",
        description="La baisse s'appliquera sur les factures à partir du 1er juin.",
        published="2025-05-15T17:45:00-10:00",
        byline_lines=["Par Vaitea Teriitehau"], date_lines=["Publié le 15 mai 2025 à 17h45"],
        caption="Des panneaux solaires sur les toits de Punaauia.", credit="V.T.", credit_shown="(Crédit photo : V.T.)",
        inserts={3: [("ad", "Publicité")]},
        below_body=[("paywall-note", "Cet article est réservé aux abonnés numériques et papier.")],
        lists=[("À lire aussi", ["Logement : 400 logements sociaux livrés à Faa'a d'ici 2026", "Carburants : les prix maintenus en juin"])],
        paras=P("""
Le prix du kilowattheure va baisser d'environ 3 % à Tahiti à partir du 1er juin, a annoncé jeudi le
gouvernement à l'issue du conseil des ministres.

La baisse s'explique principalement par la diminution du prix du fioul importé, qui alimente encore la
majorité des centrales thermiques de l'île.

Pour un foyer consommant 300 kilowattheures par mois, l'économie sera d'environ 500 francs Pacifique sur
chaque facture mensuelle.

Le ministre de l'Énergie a rappelé que l'objectif du Pays est de produire 75 % de l'électricité à partir
d'énergies renouvelables d'ici 2030.

Le nombre d'installations solaires sur les toits des particuliers a fortement progressé ces deux dernières
années, soutenu par des aides publiques.

Les associations de consommateurs saluent la baisse mais la jugent insuffisante au regard de la hausse du
coût de la vie, notamment des loyers.

« Les familles attendent surtout des mesures sur le logement et l'alimentation », estime Teva Maraea,
président d'une association de consommateurs de Papeete.

Le gouvernement promet de réexaminer les tarifs en fin d'année en fonction de l'évolution du prix du pétrole.
"""),
        must_have=[
            "Pour un foyer consommant 300 kilowattheures par mois, l'économie sera d'environ 500 francs Pacifique sur chaque facture mensuelle.",
            "Le nombre d'installations solaires sur les toits des particuliers a fortement progressé ces deux dernières années, soutenu par des aides publiques.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Aravot (Armenia, Armenian): staff.
    rec(cluster="aravot-yerevan-electricity-tariff", role="single", file="newsplease_aravot_electricity_tariff_hy.json",
        render="newsplease", title="Հանրային ծառայությունները կարգավորող հանձնաժողովը բարձրացրեց էլեկտրաէներգիայի սակագինը",
        date="2025-01-22", country="AM", region="asia", lang="hy", authors=["Անի Մկրտչյան"],
        url="https://www.aravot.example.am/2025/01/22/1498765/",
        source_domain="www.aravot.example.am",
        description="Նոր սակագինը կգործի փետրվարի 1-ից։",
        np_authors=["Անի Մկրտչյան"], np_publish="2025-01-22 15:10:00", np_download="2025-01-22 19:02:44",
        head_lines=["Անի Մկրտչյան", "22.01.2025 15:10"],
        inserts={3: ["Գովազդ"]},
        tail_lines=["Հեղինակային իրավունքները պաշտպանված են։ Aravot.am", "Նյութերի արտատպումը առանց հղման արգելվում է։", "Կարդացեք նաև"],
        paras=P("""
Հանրային ծառայությունները կարգավորող հանձնաժողովն այսօր որոշում ընդունեց բարձրացնել բնակչության համար
էլեկտրաէներգիայի սակագինը փետրվարի 1-ից։

Ցերեկային սակագինը մեկ կիլովատտ ժամի համար կկազմի 48 դրամ, իսկ գիշերայինը՝ 38 դրամ։

Հանձնաժողովի ներկայացուցիչը նշեց, որ սակագնի վերանայումը պայմանավորված է ցանցերի արդիականացման և
ներկրվող գազի թանկացման հետ։

Նրա խոսքով՝ բարձրացումը նախատեսվածից ավելի փոքր է, քանի որ հաշվի են առնվել սոցիալապես անապահով
ընտանիքների շահերը։

Սոցիալական աջակցության ծրագրով ընդգրկված ընտանիքները կշարունակեն ստանալ զեղչ էլեկտրաէներգիայի
վճարների համար։

Երևանի բնակիչներից շատերը դժգոհում են, որ թանկանում են նաև բնակարանների վարձերը և կոմունալ
ծառայությունները։

Տնտեսագետները կարծում են, որ նոր սակագինը որոշ չափով կազդի գնաճի վրա, հատկապես փոքր բիզնեսի
համար։

Հանձնաժողովը խոստացել է տարեվերջին կրկին գնահատել սակագնի ազդեցությունը սպառողների վրա և անհրաժեշտության
դեպքում վերանայել այն։

Միաժամանակ ընկերությունը պարտավորվել է մինչև տարեվերջ փոխարինել հին մալուխների զգալի մասը
մայրաքաղաքի կենտրոնական թաղամասերում։

Ընկերության տվյալներով՝ անցյալ տարի Երևանում գրանցվել է շուրջ 1200 վթարային անջատում, որոնց մեծ մասը
պայմանավորված էր ամառային շոգերի ժամանակ ցանցի գերբեռնվածությամբ։ Այս տարի նախատեսվում է տեղադրել
նաև 150 նոր տրանսֆորմատոր։
"""),
        must_have=[
            "Ցերեկային սակագինը մեկ կիլովատտ ժամի համար կկազմի 48 դրամ, իսկ գիշերայինը՝ 38 դրամ։",
            "Սոցիալական աջակցության ծրագրով ընդգրկված ընտանիքները կշարունակեն ստանալ զեղչ էլեկտրաէներգիայի վճարների համար։",
        ]),
    # news-please, Daily News Botswana: BOPA copy, 'GABORONE - ' dateline, 'BOPA' tail line.
    rec(cluster="dailynewsbw-bopa-gaborone-bpc-solar", role="single", file="newsplease_dailynews_bw_bpc_solar.json",
        render="newsplease", title="BPC to connect first large solar plant to grid by December",
        date="2024-10-09", dateline="GABORONE - ", city="Gaborone", country="BW", region="africa", lang="en",
        agency="BOPA", authors=["Kagiso Sekgoma"],
        url="https://dailynews.example.gov.bw/news-detail/81234",
        source_domain="dailynews.example.gov.bw",
        description="The 50 megawatt plant is expected to reduce power imports.",
        np_authors=["Kagiso Sekgoma"], np_publish="2024-10-09 00:00:00", np_download="2024-10-10 06:31:18",
        head_lines=["By Kagiso Sekgoma", "09 Oct 2024"],
        tail_lines=["Source : BOPA", "Author : Kagiso Sekgoma", "Location : GABORONE", "Event : Media briefing",
                    "Date : 09 Oct 2024"],
        paras=P("""
The Botswana Power Corporation (BPC) says the country's first large-scale solar power plant will be connected
to the national grid by December.

Speaking at a media briefing on Tuesday, BPC chief executive Mr Tebogo Ramotswa said the 50 megawatt plant
near Jwaneng was 85 percent complete.

He said the plant would reduce Botswana's dependence on imported electricity, which currently accounts for
about a fifth of the country's supply during peak hours.

Mr Ramotswa said the corporation had also started work on a battery storage system which would help to
keep supply stable in the evenings.

He said BPC had experienced several unplanned outages at the Morupule B power station this year, which had
forced the corporation to buy more power from the region.

Mr Ramotswa said customers should not expect tariffs to fall immediately, but that solar power would help to
keep future increases lower.

He added that the corporation was also working with private companies on a further 100 megawatts of solar
projects in the southern and central districts.

The Ministry of Minerals and Energy has set a target for renewable energy to make up 15 percent of
electricity generation by 2030.
"""),
        must_have=[
            "Mr Ramotswa said the corporation had also started work on a battery storage system which would help to keep supply stable in the evenings.",
            "The Ministry of Minerals and Energy has set a target for renewable energy to make up 15 percent of electricity generation by 2030.",
        ]),
    # news-please, The Independent (Uganda): staff, 'Kampala, Uganda | THE INDEPENDENT | ' dateline.
    rec(cluster="independentug-kampala-umeme-tariffs", role="single", file="newsplease_independent_ug_power_tariffs.json",
        render="newsplease", title="ERA cuts domestic power tariff after Umeme handover",
        date="2025-04-02", dateline="Kampala, Uganda | THE INDEPENDENT | ", city="Kampala", country="UG",
        region="africa", lang="en",
        url="https://www.independent.example.co.ug/era-cuts-domestic-power-tariff-after-umeme-handover/",
        source_domain="www.independent.example.co.ug",
        description="Domestic consumers will pay slightly less per unit from April.",
        np_authors=["The Independent Team"], np_publish="2025-04-02 10:15:00", np_download="2025-04-02 11:48:02",
        head_lines=["The Independent Team", "April 2, 2025"],
        inserts={2: ["RELATED: Fuel prices ease as shilling stabilises"]},
        tail_lines=["Share on Facebook", "Share on X", "Share on WhatsApp", "The Independent Uganda: You get the Truth we Pay the Price"],
        paras=P("""
The Electricity Regulatory Authority (ERA) has reduced the tariff for domestic power consumers for the April to
June quarter, the first review since the state took over the electricity distribution network from Umeme.

Under the new schedule, domestic consumers will pay Shs 747 per unit, down from Shs 756.

The authority said the reduction was mainly due to a stronger shilling and lower inflation during the previous
quarter.

The lifeline tariff for the first 15 units consumed by domestic customers each month remains at Shs 250 per
unit.

ERA said commercial and industrial consumers would also see small cuts in their tariffs.

The Uganda Electricity Distribution Company Limited took over the network on April 1 after the end of Umeme's
20-year concession.

Consumer groups welcomed the cut but said the new distributor must reduce power cuts and delays in connecting
new customers.

"The price per unit matters, but so does having power when you need it," said Kenneth Ssempijja of a Kampala
consumer rights group.

ERA said it would continue to review tariffs every quarter.
"""),
        must_have=[
            "The lifeline tariff for the first 15 units consumed by domestic customers each month remains at Shs 250 per unit.",
            "ERA said commercial and industrial consumers would also see small cuts in their tariffs.",
        ]),
]

JSON_STORIES += [
    # trafilatura, GZH (Porto Alegre, Portuguese): staff, two reporters joined with 'e'.
    rec(cluster="gzh-porto-alegre-falta-de-luz-temporal", role="single", file="trafilatura_gzh_falta_luz_pt.json",
        render="trafilatura", title="Mais de 200 mil imóveis seguem sem luz em Porto Alegre dois dias após temporal",
        date="2024-01-18", country="BR", region="americas", lang="pt", authors=["Carolina Bertoldi", "Rafael Dutra"],
        section="Porto Alegre",
        url="https://gauchazh.example.com.br/porto-alegre/noticia/2024/01/mais-de-200-mil-imoveis-seguem-sem-luz-em-porto-alegre-clrk1a2b3000.html",
        hostname="gauchazh.example.com.br", source_hostname="GZH",
        description="Concessionária diz que restabelecimento total pode levar até o fim de semana.",
        tf_author="Carolina Bertoldi; Rafael Dutra", tf_date="2024-01-18", tf_language="pt",
        categories="Porto Alegre;Geral", tf_tags="temporal;energia elétrica;CEEE Equatorial",
        head_lines=["Carolina Bertoldi e Rafael Dutra", "18/01/2024 - 19h12min", "Atualizada em 18/01/2024 - 21h40min"],
        inserts={4: ["Leia também", "Prefeitura decreta situação de emergência após temporal"]},
        tail_lines=["Receba as principais notícias do dia no seu e-mail. Inscreva-se na newsletter de GZH.",
                    "GZH faz parte do The Trust Project", "Saiba Mais"],
        paras=P("""
Dois dias depois do temporal que atingiu Porto Alegre com ventos de mais de 100 km/h, mais de 200 mil imóveis
continuavam sem energia elétrica na capital gaúcha no fim da tarde desta quinta-feira.

Segundo a CEEE Equatorial, responsável pela distribuição na cidade, cerca de 1,2 mil equipes trabalham nos
reparos, incluindo técnicos enviados de outros estados.

A empresa afirma que o restabelecimento total pode levar até o fim de semana, porque muitas árvores caíram
sobre a rede e danificaram postes e transformadores.

Moradores dos bairros Menino Deus, Petrópolis e Tristeza relatam que perderam alimentos e que idosos
precisaram ser levados para a casa de parentes.

Sem luz, diversos prédios também ficaram sem água, já que as bombas que abastecem os reservatórios dependem
de energia.

O prefeito anunciou que vai cobrar explicações da concessionária sobre a demora no atendimento.

A Agência Estadual de Regulação abriu um procedimento para apurar a atuação da empresa durante a crise.

A CEEE Equatorial orienta os clientes a registrar as ocorrências pelo aplicativo ou pelo telefone 0800 721 2333.
"""),
        must_have=[
            "Sem luz, diversos prédios também ficaram sem água, já que as bombas que abastecem os reservatórios dependem de energia.",
            "A Agência Estadual de Regulação abriu um procedimento para apurar a atuação da empresa durante a crise.",
        ]),
    # trafilatura, Le Quotidien d'Oran (Algeria, French): APS copy, 'ALGER - ' dateline, '(APS)' tail.
    rec(cluster="quotidienoran-aps-alger-pic-consommation", role="single", file="trafilatura_quotidien_oran_sonelgaz_fr.json",
        render="trafilatura", title="Électricité : nouveau pic de consommation enregistré mardi",
        date="2024-07-24", dateline="ALGER - ", city="Algiers", country="DZ", region="africa", lang="fr", agency="APS",
        section="Économie",
        url="https://www.lequotidien-oran.example.com/index.php?news=5331245",
        hostname="lequotidien-oran.example.com", source_hostname="Le Quotidien d'Oran",
        description="La demande a dépassé les 19 000 mégawatts.",
        tf_author=None, tf_date="2024-07-24", tf_language="fr", categories="Économie;Actualité",
        head_lines=["par APS", "Publié le 24/07/2024"],
        tail_lines=["(APS)", "Lire aussi : Carburants : Naftal renforce l'approvisionnement des stations du littoral", "Imprimer", "Envoyer"],
        paras=P("""
La consommation nationale d'électricité a atteint un nouveau pic mardi en fin d'après-midi, sous l'effet des
fortes chaleurs qui touchent plusieurs wilayas du pays, a indiqué la Société de distribution de l'électricité et
du gaz, filiale du groupe Sonelgaz.

La demande a atteint 19 150 mégawatts vers 15h30, dépassant le record enregistré la semaine dernière, selon
la même source.

Le groupe Sonelgaz a assuré que le réseau a fait face à cette demande sans recourir à des coupures
programmées, grâce aux nouvelles capacités mises en service cette année.

Les équipes d'intervention ont été mobilisées pour réparer rapidement les pannes locales, causées pour la
plupart par la surcharge de certains transformateurs dans les quartiers résidentiels.

Sonelgaz appelle les citoyens à rationaliser leur consommation, notamment en réglant les climatiseurs à une
température de 24 degrés.

Le groupe rappelle également que les branchements illicites mettent en danger les installations et les
riverains.

Selon les prévisions, la demande pourrait encore augmenter en août avec la poursuite de la canicule dans le
nord du pays.

Sonelgaz a par ailleurs annoncé la mise en service prochaine de nouvelles centrales solaires dans le sud.
"""),
        must_have=[
            "La demande a atteint 19 150 mégawatts vers 15h30, dépassant le record enregistré la semaine dernière, selon la même source.",
            "Le groupe rappelle également que les branchements illicites mettent en danger les installations et les riverains.",
        ]),
    # trafilatura, CityNews (Canberra): staff.
    rec(cluster="citynews-canberra-rents-vacancy", role="single", file="trafilatura_citynews_canberra_rents.json",
        render="trafilatura", title="Canberra rents steady but vacancy rate still tight, says report",
        date="2024-09-02", country="AU", region="oceania", lang="en", authors=["Nathan Quirke"],
        section="News",
        url="https://citynews.example.com.au/2024/canberra-rents-steady-but-vacancy-rate-still-tight-says-report/",
        hostname="citynews.example.com.au", source_hostname="Canberra CityNews",
        description="Median weekly rent for a house held at $680.",
        tf_author="Nathan Quirke", tf_date="2024-09-02", tf_language="en", categories="News;Property",
        head_lines=["By Nathan Quirke", "September 2, 2024"],
        tail_lines=["Who can be trusted?", "In a world of spin and confusion, there's never been a more important time to support independent journalism in Canberra.",
                    "If you trust our work online and want to enforce the power of independent voices, I invite you to make a small contribution.",
                    "Every dollar of support is invested back into our journalism to help keep citynews.com.au strong and free.",
                    "Become a supporter", "Thank you,", "Rosalind Haig, editor"],
        paras=P("""
Canberra rents have held steady over the winter, but the city's rental vacancy rate remains among the lowest in
the country, according to a new report.

The median weekly rent for a house in Canberra was unchanged at $680 in the three months to August, while
units rose by $5 to $560.

The vacancy rate sat at 1.4 per cent, well below the level of about three per cent that is generally seen as a
balanced market.

Property analyst Daniela Kovac said new apartment blocks in Belconnen, Gungahlin and the city centre had
helped stop rents rising further.

"Supply is finally catching up a little, but tenants still have very little choice," she said.

The ACT government has set a target of 30,000 new homes by 2030 and is changing planning rules to allow more
townhouses in established suburbs.

Tenant advocates say many households, particularly single parents and older women, are still paying more than
a third of their income in rent.

Rising electricity and gas costs have added to pressure on renters, many of whom live in poorly insulated homes.
"""),
        must_have=[
            "The vacancy rate sat at 1.4 per cent, well below the level of about three per cent that is generally seen as a balanced market.",
            "Rising electricity and gas costs have added to pressure on renters, many of whom live in poorly insulated homes.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

SITE_EPT = site("El Paso Times", "https://www.elpasotimes.example.com", "", "en_US", "@elpasotimes",
                ["News", "Sports", "Entertainment", "Opinion", "Obituaries", "Español", "eNewspaper", "Legals"],
                ["\u00a9 2024 www.elpasotimes.com. All rights reserved.", "Contact Us", "Help Center", "Terms of Service", "Your Privacy Choices"],
                share=["Share on Facebook", "Share on X", "Share via Email"], top=["Subscribe", "Sign in"])

JSONL_STORIES = [
    # news-please shape: the AP story on Knoxville News Sentinel (syndicated member of the AP cluster).
    dict(NAS, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.knoxnews.example.com/story/news/world/2024/08/06/bahamas-power-bills-fuel-charge/74691234008/",
         source_domain="www.knoxnews.example.com",
         np_authors=["Renata Moxey", "Associated Press"], np_publish="2024-08-06 14:40:00", np_download="2024-08-06 21:05:12",
         head_lines=["Renata Moxey", "Associated Press", "Published 2:40 p.m. ET Aug. 6, 2024"],
         tail_lines=[AP_COPY, "Support local journalism. Subscribe to Knox News today."]),
    # newsbeam text shape: the Agerpres story on Gândul (syndicated member of the Agerpres cluster).
    dict(BUC, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.gandul.example.ro/actualitate/peste-900-de-blocuri-din-bucuresti-fara-caldura-20512345",
         nb_published="2025-01-09T10:05:00Z", outlet="Gândul", nb_authors=["Redacția Gândul"],
         head_lines=["Autor: Redacția Gândul", "9 ianuarie 2025, 12:05"],
         tail_lines=["Sursa: Agerpres", "Urmărește Gândul pe Google News", "Vezi și: Facturile la căldură, mai mari cu 10% în februarie"]),
    # newsbeam html shape: El Paso Times (Texas): staff, Gannett layout, two reporters joined with 'and'.
    rec(cluster="elpasotimes-el-paso-electric-rate-case", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_EPT, title="El Paso Electric seeks 9% rate increase; hearing set for spring",
        date="2024-11-19", country="US", region="americas", lang="en", authors=["Lorena Villalba", "Marcus J. Hale"],
        section="Local", meta_section="Local",
        url="https://www.elpasotimes.example.com/story/news/local/2024/11/19/el-paso-electric-rate-increase-request/76412345007/",
        description="The utility says it needs the money for new generation and grid upgrades.",
        published="2024-11-19T17:30:00-07:00",
        nb_published="2024-11-20T00:30:00Z", outlet="El Paso Times", nb_authors=["Lorena Villalba", "Marcus J. Hale"],
        byline_lines=["Lorena Villalba and Marcus J. Hale", "El Paso Times"],
        date_lines=["Published 5:30 p.m. MT Nov. 19, 2024"],
        inserts={3: [("ad", "Advertisement")]},
        end_lines=["Lorena Villalba covers utilities and the environment for the El Paso Times. She may be reached at lvillalba@elpasotimes.com."],
        below_body=[("gannett-promo", "Support local journalism. Subscribe to the El Paso Times today.")],
        paras=P("""
El Paso Electric has asked Texas regulators to approve a rate increase that would raise the average
residential bill by about 9%, the utility announced Tuesday.

If approved, a typical household using 650 kilowatt-hours a month would pay about $8.50 more each month.

The company said the increase would pay for a new natural gas unit at its Newman Power Station, battery
storage and upgrades to transmission lines serving fast-growing neighborhoods on the city's East Side.

"Our region continues to grow, and we need to make sure the lights stay on during our hottest summers,"
company spokesperson Daniel Ortega-Price said.

El Paso set a record for peak electricity demand in June, when temperatures topped 110 degrees.

The request will be reviewed by the Public Utility Commission of Texas, with hearings expected next spring.

Consumer groups and the City of El Paso are expected to challenge parts of the proposal.

A city council member said many residents on fixed incomes were already struggling with higher rent and
grocery prices.

Any increase would not take effect until the second half of 2025 at the earliest.
"""),
        must_have=[
            "If approved, a typical household using 650 kilowatt-hours a month would pay about $8.50 more each month.",
            "The request will be reviewed by the Public Utility Commission of Texas, with hearings expected next spring.",
        ]),
    # trafilatura shape: the KUNA story on Al Anba (syndicated member of the KUNA cluster).
    dict(KWT, role="syndicated", file=JSONL_B, render="trafilatura", section="محليات",
         url="https://www.alanba.example.com.kw/1256789-الكهرباء-جدول-للقطع-المبرمج/",
         hostname="alanba.example.com.kw", source_hostname="الأنباء",
         tf_author=None, tf_date="2024-06-20", tf_language="ar", categories="محليات;الكويت",
         head_lines=["الخميس 20 يونيو 2024", "كونا"],
         tail_lines=["تابعوا الأنباء على قناة واتساب", "جميع الحقوق محفوظة لجريدة الأنباء"]),
    # news-please shape: EMTV Online (Papua New Guinea): staff, 'Reporter' role line.
    rec(cluster="emtv-port-moresby-png-power-outages", role="single", file=JSONL_B, render="newsplease",
        title="PNG Power blames ageing lines for Port Moresby blackouts",
        date="2025-04-08", country="PG", region="oceania", lang="en", authors=["Grace Kamane"],
        url="https://emtv.example.com.pg/png-power-blames-ageing-lines-for-port-moresby-blackouts/",
        source_domain="emtv.example.com.pg",
        description="Residents of Gerehu and Waigani endured outages for a third day.",
        np_authors=["Grace Kamane"], np_publish="2025-04-08 17:20:00", np_download="2025-04-08 09:55:40",
        head_lines=["Grace Kamane", "Reporter", "April 8, 2025"],
        tail_lines=["Share this:", "Click to share on Facebook (Opens in new window)", "Related", "\u00a9 2025 EMTV Online"],
        paras=P("""
PNG Power Limited says ageing distribution lines and overloaded transformers are behind the blackouts that have
hit parts of Port Moresby for the past three days.

Residents of Gerehu, Waigani and Morata have complained of outages lasting up to ten hours, with little warning
from the power utility.

PNG Power's acting chief executive Lucas Wapi said crews had been working around the clock to repair faulty
equipment.

He said many of the lines in the northern suburbs were installed more than 40 years ago and could no longer
cope with the growing demand.

"We are asking for patience while we replace these lines section by section," Mr Wapi said.

Businesses in Gerehu said they had lost stock and spent thousands of kina on fuel for generators.

Mr Wapi said the company would receive new transformers from overseas later this month.

The Government has promised funding to upgrade the Port Moresby grid as part of plans to connect 70 percent of
the population to electricity by 2030.
"""),
        must_have=[
            "He said many of the lines in the northern suburbs were installed more than 40 years ago and could no longer cope with the growing demand.",
            "Businesses in Gerehu said they had lost stock and spent thousands of kina on fuel for generators.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixty-second held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Indianapolis Star 'Published 2:14 p.m. ET Aug. 6, "
    "2024' (not 'Updated 4:02 p.m.') and the Knoxville News Sentinel copy 'Published 2:40 p.m. ET Aug. 6, 2024'; Digi24 "
    "'Data publicării: 09.01.2025 11:32' (day first; not 'Data actualizării') and the Gândul copy '9 ianuarie 2025, "
    "12:05' (crawler stamp 10:05Z, 12:05 in Bucharest), both matching the Agerpres dateline '9 ian'; Al Qabas '20 يونيو "
    "2024' and the Al Anba copy 'الخميس 20 يونيو 2024' (Thursday 20 June), matching the KUNA dateline '20 - 6' (day - "
    "month); the Hull Daily Mail '06:00, 14 Feb 2025' (not 'Updated 09:12'), both copies; 24 Chasa '14 юли 2024' (14 "
    "July) and the BTA dateline '14 юли'; Dainik Bhaskar '28 मई 2024' (28 May); An-Nahar '03-09-2024' (day first: 3 "
    "September); Business Bhutan 'Sat, 21 Jun 2025'; the London Free Press 'Published Mar 12, 2025' (not 'Last updated "
    "2 days ago'); the Daily News 'November 27th, 2024'; Lusaka Voice 'January 16, 2025'; the Lithgow Mercury 'Updated "
    "March 18 2025 - 3:00pm, first published 11:30am' (ACM prints the update first; both times are on 18 March); "
    "L'Express de Madagascar '16.10.2024' (day first); Jyllands-Posten '12. nov. 2024'; Lidovky '3. února 2025' (3 "
    "February); El Heraldo de Chihuahua 'martes 4 de junio de 2024'; the Cape Breton Post 'Published Jan 23, 2025' and "
    "the CP line 'first published Jan. 23, 2025'; Donya-e-Eqtesad '۱۴۰۳/۰۹/۲۲' (Solar Hijri 22 Azar 1403 in Persian "
    "digits = 12 December 2024); the Busan Ilbo '입력 : 2025-02-18' (input = publication; not '수정' = modified); La "
    "Dépêche de Tahiti 'Publié le 15 mai 2025 à 17h45' (Tahiti time, UTC-10; article:published_time "
    "2025-05-15T17:45:00-10:00 is already 16 May in UTC, but the page's own calendar says 15 May); Aravot '22.01.2025' "
    "(day first); Daily News Botswana '09 Oct 2024'; The Independent 'April 2, 2025'; GZH '18/01/2024 - 19h12min' (day "
    "first; not 'Atualizada em'); Le Quotidien d'Oran 'Publié le 24/07/2024'; CityNews 'September 2, 2024'; the El "
    "Paso Times 'Published 5:30 p.m. MT Nov. 19, 2024' (crawler stamp 2024-11-20T00:30Z is the next day in UTC, but "
    "the page's date in Mountain Time is 19 November); EMTV 'April 8, 2025' (news-please publish 17:20 is Port "
    "Moresby time; the download stamp 09:55 is UTC the same day)",
    "dateline_city": "'NASSAU, Bahamas (AP) — ' -> 'Nassau' (both AP copies); 'București, 9 ian /Agerpres/ - ' -> "
    "'Bucharest' (English name, both Agerpres copies); 'الكويت - 20 - 6 (كونا) -- ' ('Kuwait - 20 - 6 (KUNA) --') -> "
    "'Kuwait City' (KUNA's dateline names the state; the capital, as in earlier sets); 'Варна, 14 юли /БТА/ ' -> 'Varna'; "
    "Dainik Bhaskar's 'भोपाल। ' ('Bhopal.') -> 'Bhopal'; 'HALIFAX — ' -> 'Halifax'; 'GABORONE - ' -> 'Gaborone'; "
    "'Kampala, Uganda | THE INDEPENDENT | ' -> 'Kampala'; 'ALGER - ' -> 'Algiers' (English name). An-Nahar's opening "
    "'وطنية - ' ('Wataniya -') is the NNA agency tag, not a place, so that record has no dateline city (country LB); "
    "Business Bhutan's 'Tshering Yangzom, Thimphu' and Dainik Bhaskar's 'अनुराग शर्मा | भोपाल' are byline lines naming the "
    "reporter's base (Bhaskar's dateline is in the body). All other records have no dateline (city null) and take the "
    "country of the story's location",
    "country": "the AP story is the Bahamas (BS, americas) on two US sites; the Agerpres story is Romania (RO); the KUNA "
    "story is Kuwait (KW, asia); La Dépêche de Tahiti's story is French Polynesia (PF, oceania); EMTV's is Papua New "
    "Guinea (PG); An-Nahar's is Lebanon (LB, asia); Aravot's is Armenia (AM, asia); the Lithgow Mercury and CityNews are "
    "Australia (AU)",
    "agency": "the Indianapolis Star and the Knoxville News Sentinel carry AP (writer over 'Associated Press', the AP "
    "dateline and copyright line); Digi24 and Gândul carry Agerpres (dateline '/Agerpres/' and 'Sursa: Agerpres'); Al "
    "Qabas and Al Anba carry KUNA (the Kuwait News Agency: 'كونا' byline and '(كونا)' dateline); 24 Chasa carries BTA "
    "('БТА' byline and '/БТА/' dateline); An-Nahar carries NNA (the National News Agency: 'وطنية' opening and "
    "'المصدر: النهار - وطنية'); Jyllands-Posten carries Ritzau ('Ritzau' byline, '/ritzau/' sign-off); the Cape Breton "
    "Post carries The Canadian Press, labelled 'CP' as in earlier sets; Daily News Botswana carries BOPA (the Botswana "
    "Press Agency: 'Source : BOPA' with a bylined BOPA writer); Le Quotidien d'Oran carries APS (Algérie Presse Service: "
    "'par APS', '(APS)'); all other records are staff copy (agency null). Photo credits ('AP Photo/...', 'Hull Live', "
    "'القبس', 'Michal Šula, MAFRA') do not by themselves make a story agency copy",
    "authors": "AP: 'RENATA MOXEY' over 'Associated Press' -> 'Renata Moxey' (natural case) on both copies; the Hull "
    "Daily Mail 'By Laura Whitcombe' ('Housing Reporter' is a role line) on both copies; Dainik Bhaskar 'अनुराग शर्मा | "
    "भोपाल' -> 'अनुराग शर्मा' (kept in Devanagari; 'भोपाल' is the base); Business Bhutan 'Tshering Yangzom, Thimphu' -> "
    "'Tshering Yangzom'; the London Free Press 'Author of the article:' label before 'Heather Lindqvist'; the Busan Ilbo "
    "'김도윤 기자 dykim@busan.com' -> '김도윤' ('기자' = 'reporter'); Lidovky 'autor: Tereza Holubová, Martin Kříž' -> "
    "both; Donya-e-Eqtesad 'نویسنده: مریم احمدی' ('author:') -> 'مریم احمدی'; El Heraldo de Chihuahua 'Alejandra Ríos | "
    "El Heraldo de Chihuahua' -> 'Alejandra Ríos'; La Dépêche de Tahiti 'Par Vaitea Teriitehau'; the Cape Breton Post's "
    "CP writer 'Alison Thibault'; Daily News Botswana's BOPA writer 'Kagiso Sekgoma'; GZH 'Carolina Bertoldi e Rafael "
    "Dutra' and the El Paso Times 'Lorena Villalba and Marcus J. Hale' -> two authors each; the Lithgow Mercury writer "
    "also took the photo; EMTV 'Grace Kamane' ('Reporter' is a role line); CityNews 'By Nathan Quirke' (the 'Rosalind "
    "Haig, editor' sign-off under the supporter appeal is the publication's editor, not an editor of the story). Desk "
    "and site bylines ('Lusaka Voice Reporter', 'The Independent Team', 'Redacția Gândul') and pages bylined only with an "
    "agency ('БТА', 'كونا', 'Ritzau', 'par APS', the NNA source line) have no authors",
    "editors": "no record names an editor of the story: Digi24's 'Editor : A.P.' is the web editor's initials, not a "
    "name, and is chrome",
    "caption_credit": "credits without their wrapper: '(Image: Hull Live)' -> 'Hull Live' (both copies); '(AP "
    "Photo/Tavares Knowles)' -> 'AP Photo/Tavares Knowles'; Al Qabas '(القبس)' -> 'القبس'; Lidovky 'foto: Michal Šula, "
    "MAFRA' -> 'Michal Šula, MAFRA'; El Heraldo de Chihuahua 'Roberto Aguirre | El Heraldo de Chihuahua' as printed; "
    "the Busan Ilbo '부산일보DB' (the paper's photo archive) as printed; La Dépêche de Tahiti '(Crédit photo : V.T.)' "
    "-> 'V.T.'; the Lithgow Mercury 'Picture by Tom Barrington' -> 'Tom Barrington'; records without a photo caption "
    "have caption and credit null ('Show Caption' on the Indianapolis Star is a toggle, chrome)",
    "section": "HTML pages (and the newsbeam html record) take article:section: the Indianapolis Star 'World', Al Qabas "
    "'محليات' (local), Jyllands-Posten 'Aarhus', Lidovky 'Byznys', El Heraldo de Chihuahua 'Local', the Cape Breton "
    "Post 'Provincial', Donya-e-Eqtesad 'انرژی' (energy), the Busan Ilbo '부동산' (real estate), La Dépêche de Tahiti "
    "'Économie', the El Paso Times 'Local'; trafilatura records take their first category ('Porto Alegre', "
    "'Économie', 'News', 'محليات'); news-please, plain text and newsbeam text records have none (menu items and tag "
    "lists are navigation)",
    "language": "'ro' Romanian (two copies of the Agerpres story); 'ar' Arabic from Kuwait (two copies of the KUNA "
    "story) and Lebanon; 'bg' Bulgarian (24 Chasa); 'hi' Hindi (Dainik Bhaskar); 'fr' from Madagascar, Algeria and "
    "French Polynesia; 'da' Danish (Jyllands-Posten); 'cs' Czech (Lidovky); 'es' Mexican Spanish (El Heraldo de "
    "Chihuahua); 'fa' Persian (Donya-e-Eqtesad); 'ko' Korean (Busan Ilbo); 'hy' Armenian (Aravot); 'pt' Brazilian "
    "Portuguese (GZH); all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars and share-button "
    "lists, comment counts, comment gates and moderation notices, advertisement and sponsored labels, Postmedia's "
    "repeated 'Article content' lines, reading times and 'listen' buttons, article codes, related-story lines and "
    "boxes, tag and topic lists, most-read rails, newsletter, app, WhatsApp and Google News promos, the supporter appeal "
    "on CityNews, BOPA's metadata footer ('Source :', 'Author :', 'Location :', 'Event :', 'Date :'), wire source and "
    "copyright lines, reporter e-mail and bio lines, paywall notes, web-editor initials, ownership and copyright lines, "
    "and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and Agerpres in the plain batch, KUNA in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"the indianapolis star", "indystar", "knoxville news sentinel", "knox news", "associated press",
                "digi24", "gândul", "redacția gândul", "agerpres", "al qabas", "القبس", "al anba", "الأنباء", "kuna", "كونا",
                "hull daily mail", "hull live", "reach plc", "24 часа", "бта", "bta", "dainik bhaskar", "दैनिक भास्कर",
                "an-nahar", "النهار", "nna", "وطنية", "business bhutan", "london free press", "postmedia", "daily news",
                "tsn", "lusaka voice", "lusaka voice reporter", "lithgow mercury", "australian community media",
                "l'express de madagascar", "jyllands-posten", "ritzau", "lidovky.cz", "lidovky", "mafra",
                "el heraldo de chihuahua", "cape breton post", "saltwire", "the canadian press", "canadian press", "cp",
                "دنیای اقتصاد", "donya-e-eqtesad", "부산일보", "busan ilbo", "la dépêche de tahiti", "aravot",
                "daily news botswana", "bopa", "the independent", "the independent team", "gzh", "le quotidien d'oran",
                "aps", "canberra citynews", "citynews", "el paso times", "emtv", "emtv online"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
