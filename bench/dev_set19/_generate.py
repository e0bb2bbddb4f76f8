#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's nineteenth development set (bench/dev_set19/, first written as the sixteenth held-out set).

    .venv/bin/python bench/dev_set19/_generate.py

Writes ``bench/dev_set19/articles/*`` and ``bench/dev_set19/labels.json``.  Output
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
bench/dev_set18/ do not have.  Do not edit stories or labels to suit the
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
from bench.labelled_pages import P, build, site  # noqa: E402

# HOLDOUT_NOTES is defined at the end of the story data.

JSONL_A = "crawl_holdout16_2025-a.jsonl"
JSONL_B = "crawl_holdout16_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Basseterre (Euronews scrape + copy on The Business Times in a batch) ----

BASSETERRE = dict(
    cluster="reuters-basseterre-citizenship-revenue-halves",
    title="St Kitts and Nevis passport revenue nearly halves as buyers turn to rival schemes",
    date="2025-03-11",
    dateline="BASSETERRE, March 11 (Reuters) - ",
    city="Basseterre",
    country="KN",
    region="americas",
    agency="Reuters",
    authors=["Sharlene Baptiste", "Marcus Liburd"],
    editors=["Tomás Herrera"],
    lang="en",
    section=None,
    paras=P("""
St Kitts and Nevis earned about 45% less from its citizenship-by-investment programme last year than in 2023,
government figures showed on Tuesday, as higher minimum prices and stricter checks pushed applicants towards
rival schemes elsewhere in the eastern Caribbean.

Revenue from the programme, which grants passports to foreigners who invest in approved real estate projects or
donate to a state fund, fell to 412 million Eastern Caribbean dollars ($152 million) in 2024, according to the
finance ministry's annual fiscal report.

The programme has for years been the twin-island federation's largest source of government income, accounting
for more than a third of total revenue in some years.

"We knew the reforms would cost us applications in the short term, but the alternative was to lose visa-free
access to Europe altogether," Delroy Warner, a senior finance ministry official, told Reuters.

St Kitts raised the minimum contribution to its sustainable island fund to $250,000 in 2023 under an agreement
among the five Caribbean countries that sell citizenship, and added in-person interviews for all applicants.

The European Commission has warned that it could suspend visa-free travel for Caribbean passport holders if
governments fail to tighten screening, citing security concerns.

Applications processed by the Citizenship by Investment Unit dropped to about 1,900 from 3,400 a year earlier,
the report showed, with the biggest falls among applicants from China, Nigeria and the Middle East.

The government said it would delay some capital projects this year and has asked the International Monetary
Fund for technical assistance to broaden its tax base.
"""),
    must_have=[
        "Revenue from the programme, which grants passports to foreigners who invest in approved real estate projects "
        "or donate to a state fund, fell to 412 million Eastern Caribbean dollars ($152 million) in 2024, according to "
        "the finance ministry's annual fiscal report.",
        "Applications processed by the Citizenship by Investment Unit dropped to about 1,900 from 3,400 a year "
        "earlier, the report showed, with the biggest falls among applicants from China, Nigeria and the Middle East.",
    ],
    description="Higher minimum prices and in-person interviews pushed applicants towards other Caribbean programmes.",
)

BASSETERRE_CREDITS = "(Reporting by Sharlene Baptiste in Bridgetown; Additional reporting by Marcus Liburd in Basseterre; Editing by Tomás Herrera)"

# ---- cluster: AFP, Cayenne (Le Parisien page + copy on Boursorama in a batch) ----

CAYENNE = dict(
    cluster="afp-cayenne-hopital-cardiologie-interventionnelle",
    title="Guyane : l'hôpital de Cayenne ouvre enfin un service de cardiologie interventionnelle",
    date="2024-11-14",
    dateline="Cayenne (AFP) - ",
    city="Cayenne",
    country="GF",
    region="americas",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    paras=P("""
Le centre hospitalier de Cayenne a inauguré jeudi un service de cardiologie interventionnelle, qui permettra de
traiter sur place les infarctus et d'éviter de nombreuses évacuations sanitaires vers la Martinique ou
l'Hexagone.

Jusqu'à présent, les patients victimes d'un infarctus devaient être transférés par avion à Fort-de-France, à plus
de deux heures de vol, ce qui retardait une prise en charge où « chaque minute compte », selon les médecins.

La nouvelle salle de coronarographie, dont le coût atteint 9,5 millions d'euros, a été financée par l'Agence
régionale de santé et par des fonds européens.

« C'est une avancée majeure pour la Guyane. Des patients mouraient faute de pouvoir être pris en charge à temps »,
a déclaré à l'AFP le chef du service, le docteur Yannick Lamaison.

Quelque 300 évacuations sanitaires pour raisons cardiaques ont été réalisées l'an dernier depuis la Guyane, pour
un coût moyen de 25.000 euros chacune, selon l'ARS.

Le service compte pour l'instant trois cardiologues interventionnels, un effectif que l'hôpital espère doubler
d'ici 2026 afin d'assurer une permanence 24 heures sur 24.

La Guyane, territoire de près de 300.000 habitants, souffre d'un manque chronique de médecins, en particulier
dans les communes de l'intérieur, accessibles seulement par le fleuve ou par avion.
"""),
    must_have=[
        "La nouvelle salle de coronarographie, dont le coût atteint 9,5 millions d'euros, a été financée par l'Agence "
        "régionale de santé et par des fonds européens.",
        "Le service compte pour l'instant trois cardiologues interventionnels, un effectif que l'hôpital espère doubler "
        "d'ici 2026 afin d'assurer une permanence 24 heures sur 24.",
    ],
    description="Les patients victimes d'un infarctus devaient jusqu'ici être évacués par avion vers Fort-de-France.",
)

# ---- cluster: AP, Charlotte Amalie (Atlanta Journal-Constitution page + copy on KSAT in the gzipped batch) ----

WAPA = dict(
    cluster="ap-charlotte-amalie-wapa-meter-refunds",
    title="Judge orders Virgin Islands utility to refund customers overbilled by faulty meters",
    date="2024-11-04",
    dateline="CHARLOTTE AMALIE, U.S. Virgin Islands (AP) \u2014 ",
    city="Charlotte Amalie",
    country="VI",
    region="americas",
    agency="AP",
    authors=["Rosalind Hendricks", "Danielle Okafor"],
    editors=[],
    lang="en",
    paras=P("""
A judge in the U.S. Virgin Islands on Monday ordered the territory's public water and power utility to refund
thousands of customers who were overbilled because of faulty electric meters installed over the past three years.

Superior Court Judge Marisa Quetel ruled that the Water and Power Authority had charged customers for estimated
usage that was "far in excess of what their homes could plausibly consume" and failed to correct the errors after
complaints.

The class-action lawsuit, filed in 2023 on behalf of about 11,000 residential customers on St. Thomas and St.
Croix, said some households received monthly bills of more than $1,500.

The judge ordered the utility to recalculate the bills of affected customers within 120 days and to credit or
refund the difference, with interest.

"People were choosing between paying the light bill and buying groceries," said attorney Lorraine Petersen, who
represented the plaintiffs.

A spokesperson for the utility said it was reviewing the decision and had not decided whether to appeal.

The authority, which is more than $100 million in debt, has struggled for years with aging generators, frequent
outages and some of the highest electricity rates in the United States and its territories.

It began replacing old meters with digital units in 2021, but the system that reads the meters remotely has
repeatedly failed, forcing the utility to estimate usage for many customers.
"""),
    must_have=[
        "The judge ordered the utility to recalculate the bills of affected customers within 120 days and to credit "
        "or refund the difference, with interest.",
        "It began replacing old meters with digital units in 2021, but the system that reads the meters remotely has "
        "repeatedly failed, forcing the utility to estimate usage for many customers.",
    ],
    description="About 11,000 residential customers on St. Thomas and St. Croix joined the class-action lawsuit.",
)

WAPA_CONTRIB = "Associated Press writer Danielle Okafor contributed from Miami."
WAPA_COPY = "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."

# ---- cluster: Jersey Evening Post, Jersey Royal exports (page + noisy re-scrape) ----

JEP = dict(
    cluster="jep-jersey-royal-exports-down",
    title="Jersey Royal exports down a fifth after wettest spring in decades",
    date="2025-05-06",
    dateline="",
    city=None,
    country="JE",
    region="europe",
    agency=None,
    authors=["Harriet Le Brocq"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    caption="Picking Jersey Royals on a côtil in St Ouen.",
    credit="MARK DE GRUCHY",
    paras=P("""
Exports of Jersey Royal potatoes are running about a fifth behind last year, after the wettest spring in more than
30 years left many côtils and low-lying fields too waterlogged to plant on time.

Figures from the Jersey Farmers Union show that 8,900 tonnes had been shipped to the UK by the end of April,
compared with 11,200 tonnes at the same point in 2024.

Growers said the heavy rain in February and March had delayed planting by up to four weeks on the island's
north-facing slopes, where most of the earliest crops are grown.

"We have had to replant some fields twice, and the potatoes that did go in early are smaller than we would like,"
said Philip Renouf, who farms 120 vergées in St Ouen.

Supermarket prices for Jersey Royals have risen by about 15% compared with last season, according to the union,
although growers said the higher prices had not covered their extra costs.

The Environment Minister said the government would look at extending the rural support scheme to cover crop
losses caused by extreme weather.

Jersey Royals have protected designation of origin status, which means they can only be grown on the island and
must be planted and harvested by traditional methods.

The union expects shipments to pick up through May and June if the weather stays dry, but warned that total
exports for the season were likely to be the lowest since 2013.
"""),
    must_have=[
        "Figures from the Jersey Farmers Union show that 8,900 tonnes had been shipped to the UK by the end of April, "
        "compared with 11,200 tonnes at the same point in 2024.",
        "The Environment Minister said the government would look at extending the rural support scheme to cover crop "
        "losses caused by extreme weather.",
    ],
)

JEP_PRE = ["Jersey Evening Post", "News", "Sport", "Business", "Property", "Announcements", "Puzzles", "Subscribe", "Log in"]
JEP_HEAD = ["By Harriet Le Brocq", "Published: 6th May 2025 18:00"]
JEP_CAP = ["Picking Jersey Royals on a côtil in St Ouen.", "Picture: MARK DE GRUCHY"]
JEP_COPY = "\u00a9 2025 Jersey Evening Post. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters on Euronews (original of the Reuters cluster): "Reuters" byline line, day-month-year "Published on ... GMT+1" stamp, credits line with an 'Additional reporting by', share/comment line.
    dict(
        BASSETERRE,
        role="original",
        file="euronews_reuters_basseterre_citizenship_revenue.txt",
        render="text",
        pre=[["euronews.", "Europe", "World", "Business", "Travel", "Green", "Culture", "Video", "Live"],
             ["Business", "Economy"]],
        head=[["By Reuters"], ["Published on 11/03/2025 - 15:42 GMT+1"], ["Share this article", "Comments"]],
        inserts={2: ["ADVERTISEMENT"]},
        tail=[
            [BASSETERRE_CREDITS],
            ["Related", "Caribbean passport schemes face tighter EU scrutiny"],
            ["Euronews is the largest news channel in Europe."],
            ["About Euronews", "Terms and Conditions", "Cookie Policy"],
        ],
    ),
    # Jersey Evening Post (original of the re-scrape cluster): staff, "By NAME", ordinal "Published: 6th May 2025 18:00", upper-case "Picture:" credit under the caption, newsletter line and most-read list.
    dict(
        JEP,
        role="original",
        file="jep_jersey_royal_exports_down.txt",
        pre=[JEP_PRE, ["News", "Business"]],
        head=[JEP_HEAD],
        cap_lines=JEP_CAP,
        inserts={3: ["Sign up to the JEP daily newsletter and get the island's news in your inbox every morning"]},
        tail=[
            ["Comments are closed on this article."],
            ["Most read", "Liberation Day: full list of road closures", "Fort Regent plans go on public display"],
            [JEP_COPY],
        ],
    ),
    dict(
        JEP,
        role="rescrape",
        file="jep_jersey_royal_exports_down_rescrape.txt.gz",
        noise=True,
        pre=[JEP_PRE],
        head=[JEP_HEAD],
        cap_lines=JEP_CAP,
        tail=[[JEP_COPY]],
    ),
    # dpa on Freies Wort (Suhl): "Oberhof (dpa/th) - " dateline, "Artikel anhören" line, dpa-infocom service line with the story id at the foot.
    dict(
        cluster="freieswort-dpa-oberhof-schneemangel",
        role="single",
        file="freieswort_dpa_oberhof_schneemangel_de.txt",
        render="text",
        title="Schneemangel in Oberhof: Lifte stehen still, Loipe nur mit Kunstschnee",
        date="2025-01-06",
        dateline="Oberhof (dpa/th) - ",
        city="Oberhof",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        pre=[["Freies Wort", "Startseite", "Lokales", "Thüringen", "Sport", "Wirtschaft", "Kultur", "E-Paper", "Abo"],
             ["Thüringen"]],
        head=[["06.01.2025, 14:38 Uhr"], ["Artikel anhören", "Teilen"]],
        inserts={2: ["Anzeige"]},
        tail=[
            ["\u00a9 dpa-infocom, dpa:250106-930-004512/1"],
            ["Weitere Artikel aus Thüringen", "Erfurt: Landtag berät über neuen Doppelhaushalt"],
            ["Freies Wort \u2013 inSüdthüringen", "Impressum", "Datenschutz", "AGB"],
        ],
        paras=P("""
Im Wintersportort Oberhof stehen zum Ende der Weihnachtsferien die meisten Skilifte still. Wegen der milden
Temperaturen und des fehlenden Neuschnees sind nach Angaben der örtlichen Tourismusgesellschaft nur die
Kunstschneeloipe am Grenzadler und ein kurzer Rodelhang geöffnet.

"Wir hatten über die Feiertage fast durchgehend Plusgrade, da hilft auch die beste Beschneiungsanlage nichts",
sagte Geschäftsführer Matthias Kellner.

Die Zahl der Übernachtungen in den Hotels und Pensionen des Ortes lag zwischen Weihnachten und Neujahr nach ersten
Schätzungen etwa 20 Prozent unter dem Vorjahreswert.

Besonders betroffen sind die Skischulen und Verleihe, die in schneearmen Wintern einen Großteil ihres Umsatzes
verlieren. Einige Betriebe haben Mitarbeiter bereits in Kurzarbeit geschickt.

Der Deutsche Wetterdienst rechnet frühestens zum kommenden Wochenende mit Schneefall in den Kammlagen des
Thüringer Waldes. Die Temperaturen sollen dann auch nachts wieder unter den Gefrierpunkt fallen.

Die Skihalle in Oberhof ist von dem Schneemangel nicht betroffen und verzeichnet nach eigenen Angaben derzeit eine
hohe Nachfrage, vor allem von Familien und Vereinen.

Der Ort setzt seit Jahren verstärkt auf Angebote, die unabhängig vom Wetter funktionieren, etwa Wanderwege, ein
Erlebnisbad und Veranstaltungen in der Biathlon-Arena.
"""),
        must_have=[
            "Die Zahl der Übernachtungen in den Hotels und Pensionen des Ortes lag zwischen Weihnachten und Neujahr nach "
            "ersten Schätzungen etwa 20 Prozent unter dem Vorjahreswert.",
            "Der Ort setzt seit Jahren verstärkt auf Angebote, die unabhängig vom Wetter funktionieren, etwa Wanderwege, "
            "ein Erlebnisbad und Veranstaltungen in der Biathlon-Arena.",
        ],
    ),
    # RSS (Rastriya Samachar Samiti, Nepal) on The Annapurna Express: "Biratnagar, May 8: " colon dateline without the agency, "RSS" byline line, "Published at :" stamp, tag lines.
    dict(
        cluster="annapurnaexpress-rss-biratnagar-jute-mills",
        role="single",
        file="annapurnaexpress_rss_biratnagar_jute_mills.txt",
        render="text",
        title="Jute mills in Morang resume full operation as raw jute prices ease",
        date="2025-05-08",
        dateline="Biratnagar, May 8: ",
        city="Biratnagar",
        country="NP",
        region="asia",
        agency="RSS",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Annapurna Express", "Home", "News", "Business", "Opinion", "Features", "Sports", "Epaper"],
             ["Business"]],
        head=[["RSS"], ["Published at : May 8, 2025"]],
        tail=[
            ["Tags:", "Jute", "Biratnagar", "Industry"],
            ["Read Also", "Sugarcane farmers in Sarlahi still await last season's payment"],
            ["\u00a9 2025 The Annapurna Express. All rights reserved."],
        ],
        paras=P("""
Jute mills in the Biratnagar industrial corridor have resumed full operation after prices of raw jute fell by
nearly a third from last season's record levels, industrialists said.

Of the eight jute mills in Morang and Sunsari districts, six had either halted production or run a single shift
since December, citing the high cost of raw material and falling demand for jute sacks in India.

The price of raw jute has come down to around Rs 6,200 per quintal from Rs 9,000 last season, according to traders
in Biratnagar.

"With raw jute at this price, we can again compete with the mills across the border," said Binod Agrawal, managing
director of Koshi Jute Udyog.

Around 4,500 workers are employed in the mills, most of them from the surrounding villages, and many had been
without regular work for nearly five months.

Farmers in Jhapa, Morang and Sunsari planted jute on about 11,000 hectares this season, slightly less than last
year, as some growers shifted to maize.

The Biratnagar Chamber of Commerce has asked the government to provide a cash subsidy on jute exports and to
resume buying jute bags for the distribution of fertiliser and food grains.
"""),
        must_have=[
            "Around 4,500 workers are employed in the mills, most of them from the surrounding villages, and many had "
            "been without regular work for nearly five months.",
            "Farmers in Jhapa, Morang and Sunsari planted jute on about 11,000 hectares this season, slightly less than "
            "last year, as some growers shifted to maize.",
        ],
    ),
    # MTI on Daily News Hungary: no dateline, "By MTI" and a dotted day.month.year stamp, "Photo: MTI/NAME" credit line, "Source: MTI" at the foot.
    dict(
        cluster="dailynewshungary-mti-debrecen-flower-carnival",
        role="single",
        file="dailynewshungary_mti_debrecen_flower_carnival.txt",
        render="text",
        title="Debrecen Flower Carnival draws record 150,000 spectators",
        date="2025-08-20",
        dateline="",
        city=None,
        country="HU",
        region="europe",
        agency="MTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        caption="Floats on parade at the Debrecen Flower Carnival on Wednesday.",
        credit="MTI/Gábor Fekete",
        pre=[["Daily News Hungary", "Politics", "Business", "Culture", "Budapest", "Travel", "Sport", "Hungarians"],
             ["Culture"]],
        head=[["By MTI"], ["20.08.2025 18:05"]],
        cap_lines=["Floats on parade at the Debrecen Flower Carnival on Wednesday.", "Photo: MTI/Gábor Fekete"],
        tail=[
            ["Source: MTI"],
            ["Read also:", "Hungary's wine harvest starts early after hot summer"],
            ["Share this post:", "Facebook", "X", "Email"],
            ["Copyright \u00a9 2025 Daily News Hungary. All rights reserved."],
        ],
        paras=P("""
Around 150,000 people lined the streets of Debrecen on Wednesday to watch the city's annual Flower Carnival, the
largest crowd since the event was first held in 1966, organisers said.

Sixteen flower floats, decorated with an estimated 3.5 million blooms, made their way along the 4-kilometre route
from the Great Church to the Nagyerdő park, accompanied by dance groups and marching bands from 12 countries.

The largest float, built by a team from the nearby town of Hajdúszoboszló, was covered with more than 400,000
dahlias, chrysanthemums and gerberas and took six weeks to prepare.

"Every year we think we cannot top the previous one, and every year the crowd proves us wrong," said the
carnival's artistic director, Edit Szabó-Nagy.

Hotels in Debrecen were almost fully booked for the long weekend around the August 20 national holiday, the county
tourism office said.

City officials estimated that visitors spent about 2.8 billion forints in the city over the three days of
festivities, which also included a concert and a night-time parade on Tuesday.

Grandstand tickets, priced between 6,500 and 12,000 forints, sold out two weeks before the event, prompting
organisers to add 2,000 seats along Piac Street.

The carnival will be broadcast in full on Hungarian public television on Saturday evening.
"""),
        must_have=[
            "The largest float, built by a team from the nearby town of Hajdúszoboszló, was covered with more than "
            "400,000 dahlias, chrysanthemums and gerberas and took six weeks to prepare.",
            "Grandstand tickets, priced between 6,500 and 12,000 forints, sold out two weeks before the event, "
            "prompting organisers to add 2,000 seats along Piac Street.",
        ],
    ),
    # Le Journal de Mayotte: staff court story, "Par NAME" over a long-form date, comment counter, subscription appeal, WordPress share lines.
    dict(
        cluster="journaldemayotte-mamoudzou-peche-illegale",
        role="single",
        file="journaldemayotte_mamoudzou_peche_illegale_fr.txt",
        render="text",
        title="Mamoudzou : un armateur condamné pour pêche illégale dans le lagon",
        date="2024-10-15",
        dateline="",
        city=None,
        country="YT",
        region="africa",
        agency=None,
        authors=["Anli Bourhane"],
        editors=[],
        lang="fr",
        section=None,
        pre=[["Le Journal de Mayotte", "Actualités", "Société", "Justice", "Économie", "Sport", "Culture", "Océan Indien"],
             ["Justice"]],
        head=[["Par Anli Bourhane", "15 octobre 2024"], ["0 commentaire"]],
        tail=[
            ["Soutenez le Journal de Mayotte : abonnez-vous à partir de 6 € par mois"],
            ["Partager :", "Facebook", "WhatsApp", "Imprimer"],
            ["À lire aussi", "Petite-Terre : la barge reprend ses rotations du soir"],
            ["\u00a9 Le Journal de Mayotte - Reproduction interdite"],
        ],
        paras=P("""
Le tribunal correctionnel de Mamoudzou a condamné mardi un armateur de Petite-Terre à 18 mois d'emprisonnement,
dont douze avec sursis, et à 40.000 euros d'amende pour avoir organisé la pêche illégale de poissons et de poulpes
dans le parc naturel marin.

Trois de ses barques, saisies en juillet par les agents de l'Office français de la biodiversité, ont été
confisquées, ainsi que les filets et les moteurs hors-bord.

Selon l'enquête, l'homme employait une dizaine de pêcheurs qui posaient des filets à mailles fines dans des zones
protégées du lagon, notamment autour de l'îlot Mbouzi.

Le poisson était ensuite revendu au bord des routes et à plusieurs restaurants de Mamoudzou, sans aucun contrôle
sanitaire.

« Ces pratiques détruisent les récifs et privent les pêcheurs déclarés d'une partie de leurs revenus », a souligné
le procureur à l'audience.

L'avocat du prévenu a plaidé la relaxe, estimant que son client se contentait de louer ses barques et ignorait
l'usage qui en était fait.

Le tribunal a également prononcé une interdiction d'exercer toute activité liée à la pêche pendant cinq ans.

Le parc naturel marin de Mayotte, créé en 2010, couvre l'ensemble de la zone économique exclusive de l'île. Ses
agents ont relevé plus de 60 infractions depuis le début de l'année.
"""),
        must_have=[
            "Trois de ses barques, saisies en juillet par les agents de l'Office français de la biodiversité, ont été "
            "confisquées, ainsi que les filets et les moteurs hors-bord.",
            "Le tribunal a également prononcé une interdiction d'exercer toute activité liée à la pêche pendant cinq ans.",
        ],
    ),
    # Anadolu on Habertürk: "ERZURUM (AA) - " dateline, "Giriş:" / "Güncelleme:" stamps, "Kaynak: AA" at the foot, Google News follow line.
    dict(
        cluster="haberturk-aa-erzurum-palandoken-sezon",
        role="single",
        file="haberturk_aa_erzurum_palandoken_sezon_tr.txt",
        render="text",
        title="Palandöken'de yarıyıl yoğunluğu: Otellerde doluluk yüzde 95'e ulaştı",
        date="2025-01-20",
        dateline="ERZURUM (AA) - ",
        city="Erzurum",
        country="TR",
        region="asia",
        agency="Anadolu",
        authors=[],
        editors=[],
        lang="tr",
        section=None,
        pre=[["Habertürk", "Gündem", "Ekonomi", "Dünya", "Spor", "Magazin", "Yaşam", "Video", "Canlı Yayın"],
             ["Gündem", "Erzurum Haberleri"]],
        head=[["Giriş: 20 Ocak 2025, 14:32", "Güncelleme: 20 Ocak 2025, 15:05"]],
        tail=[
            ["Kaynak: AA"],
            ["İlgili Haberler", "Sarıkamış'ta kar kalınlığı 1 metreyi geçti"],
            ["Habertürk'ü Google News üzerinden takip edin"],
            ["\u00a9 Copyright 2025 Habertürk"],
        ],
        paras=P("""
Türkiye'nin önemli kış turizmi merkezlerinden Palandöken'de yarıyıl tatilinin başlamasıyla birlikte otellerin
doluluk oranı yüzde 95'e ulaştı.

Kentte son günlerde etkili olan kar yağışıyla pistlerdeki kar kalınlığı 1 metreyi aştı. Kayak merkezinde 24 pist
ve 14 mekanik tesis misafirlere hizmet veriyor.

İl Kültür ve Turizm Müdürü Hasan Yüce, yarıyıl tatili boyunca kente yaklaşık 120 bin yerli ve yabancı turistin
gelmesini beklediklerini söyledi.

Yüce, "Bu sezon özellikle İran, Rusya ve Körfez ülkelerinden gelen misafirlerin sayısında belirgin bir artış var.
Havalimanına ek seferler konuldu" dedi.

Kayak okullarında da yoğunluk yaşanıyor. Eğitmenler, özellikle çocuklar için açılan kurslara olan talebin geçen
yıla göre arttığını belirtti.

Palandöken ve Konaklı kayak merkezlerinde günlük kayak bileti 1.200 liradan satılırken sezonluk kartların fiyatı 9
bin lira olarak belirlendi.

Kentteki esnaf da turist sayısındaki artıştan memnun. Cağ kebabı satan lokanta sahipleri, özellikle hafta
sonlarında masaların tamamen dolduğunu, bazı günlerde kapıda sıra oluştuğunu ifade etti.

Otel işletmecileri ise şubat ayı için de rezervasyonların yüksek seyrettiğini, yabancı grupların özellikle hafta
içi günleri tercih ettiğini söyledi.

Kayak sezonunun kar durumuna bağlı olarak nisan ayının ilk haftasına kadar sürmesi bekleniyor.
"""),
        must_have=[
            "Kayak okullarında da yoğunluk yaşanıyor. Eğitmenler, özellikle çocuklar için açılan kurslara olan talebin "
            "geçen yıla göre arttığını belirtti.",
            "Palandöken ve Konaklı kayak merkezlerinde günlük kayak bileti 1.200 liradan satılırken sezonluk kartların "
            "fiyatı 9 bin lira olarak belirlendi.",
        ],
    ),
    # PAP on Interia: no dateline and no byline, the agency named only in "Źródło: PAP" at the foot, Polish month stamp, Facebook fan-page appeal.
    dict(
        cluster="interia-pap-lublin-kolejki-endokrynolog",
        role="single",
        file="interia_pap_lublin_kolejki_endokrynolog_pl.txt",
        render="text",
        title="Lublin. Nawet dwa lata czekania na endokrynologa. Szpital uruchamia dodatkową poradnię",
        date="2025-03-12",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency="PAP",
        authors=[],
        editors=[],
        lang="pl",
        section=None,
        pre=[["Interia", "Fakty", "Biznes", "Sport", "Pogoda", "Kobieta", "Zdrowie", "Motoryzacja", "Poczta"],
             ["Fakty", "Polska"]],
        head=[["12 marca 2025 13:47"], ["Udostępnij"]],
        inserts={3: ["Zobacz również: Szpitale bez pediatrów. Oddziały zawieszone do odwołania"]},
        tail=[
            ["Źródło: PAP"],
            ["Bądź na bieżąco i zostań jednym z ponad 200 tys. obserwujących nasz fanpage - polub Fakty w Interii na Facebooku"],
            ["\u00a9 2025 Grupa Interia.pl Sp. z o.o. sp.k."],
        ],
        paras=P("""
Pacjenci w województwie lubelskim czekają na pierwszą wizytę u endokrynologa nawet dwa lata. Samodzielny Publiczny
Szpital Kliniczny nr 4 w Lublinie zapowiedział uruchomienie dodatkowej poradni, która ma przyjmować pacjentów
także w soboty.

Według danych Narodowego Funduszu Zdrowia w kolejce do poradni endokrynologicznych w regionie czeka obecnie ponad
14 tys. osób, z czego blisko 5 tys. w samym Lublinie.

Średni czas oczekiwania dla pacjentów w stanie stabilnym wynosi w Lublinie 611 dni. Pacjenci ze skierowaniem
oznaczonym jako pilne czekają średnio około trzech miesięcy.

Zastępca dyrektora szpitala ds. lecznictwa Tomasz Jabłoński powiedział, że nowa poradnia będzie przyjmować około 80
pacjentów tygodniowo. Do pracy w niej udało się pozyskać trzech lekarzy specjalistów.

"To nie rozwiąże problemu od razu, ale pozwoli skrócić kolejkę o kilka miesięcy" - zaznaczył Jabłoński.

Najwięcej skierowań dotyczy chorób tarczycy, cukrzycy i osteoporozy. Lekarze rodzinni podkreślają, że część
pacjentów mogłaby być leczona w podstawowej opiece zdrowotnej.

Lubelski oddział NFZ przypomina, że pacjenci mogą sprawdzić terminy w innych placówkach na stronie internetowej
funduszu lub pod bezpłatną infolinią.
"""),
        must_have=[
            "Według danych Narodowego Funduszu Zdrowia w kolejce do poradni endokrynologicznych w regionie czeka obecnie "
            "ponad 14 tys. osób, z czego blisko 5 tys. w samym Lublinie.",
            "Najwięcej skierowań dotyczy chorób tarczycy, cukrzycy i osteoporozy.",
        ],
    ),
    # Alwihda Info (Chad): staff, one head line holding byline, date and modification time ("Par NAME - 1 Juillet 2025 modifié le ..."), 'Lire aussi' insert, same-section list.
    dict(
        cluster="alwihda-ndjamena-baccalaureat-2025",
        role="single",
        file="alwihda_ndjamena_baccalaureat_2025_fr.txt",
        render="text",
        title="Tchad : 78 412 candidats au baccalauréat 2025, les épreuves écrites ont débuté",
        date="2025-07-01",
        dateline="",
        city=None,
        country="TD",
        region="africa",
        agency=None,
        authors=["Abakar Mahamat Saleh"],
        editors=[],
        lang="fr",
        section=None,
        pre=[["Alwihda Info", "Accueil", "Tchad", "Afrique", "International", "Économie", "Société", "Sport", "Vidéos"],
             ["Tchad"]],
        head=[["Par Abakar Mahamat Saleh - 1 Juillet 2025 modifié le 1 Juillet 2025 - 11:02"]],
        inserts={3: ["Lire aussi : Tchad : le calendrier des examens nationaux 2025 dévoilé"]},
        tail=[
            ["Dans la même rubrique :", "Moundou : lancement de la campagne de vaccination contre la rougeole",
             "N'Djamena : les commerçants du marché à mil dénoncent de nouvelles taxes"],
            ["Alwihda Info - Actualités TCHAD, Afrique, International"],
        ],
        paras=P("""
Les épreuves écrites du baccalauréat de l'enseignement général ont débuté ce mardi sur l'ensemble du territoire
tchadien. Au total, 78 412 candidats sont inscrits cette année, contre 72 960 en 2024, selon l'Office national des
examens et concours du supérieur (ONECS).

À N'Djamena, 112 centres d'examen ont été ouverts, dont plusieurs dans des établissements privés réquisitionnés
pour l'occasion.

Le ministre de l'Enseignement supérieur a lancé officiellement les épreuves au lycée Félix Éboué, où il a appelé
les candidats à « compter sur leurs propres efforts ».

Pour lutter contre la fraude, l'ONECS a annoncé le brouillage des réseaux téléphoniques aux abords de certains
centres et l'interdiction des téléphones portables dans les salles.

L'an dernier, plusieurs sujets avaient circulé sur les réseaux sociaux avant le début des épreuves, obligeant les
autorités à reprogrammer deux matières.

Les candidats des provinces du Lac et du Tibesti composent dans des conditions difficiles, en raison de
l'insécurité et des longues distances à parcourir pour rejoindre les centres.

Le taux de réussite au baccalauréat 2024 s'était établi à 42 %, en légère hausse par rapport à l'année précédente.

Les résultats sont attendus avant la fin du mois d'août, a précisé l'ONECS.
"""),
        must_have=[
            "Pour lutter contre la fraude, l'ONECS a annoncé le brouillage des réseaux téléphoniques aux abords de "
            "certains centres et l'interdiction des téléphones portables dans les salles.",
            "Le taux de réussite au baccalauréat 2024 s'était établi à 42 %, en légère hausse par rapport à l'année "
            "précédente.",
        ],
    ),
    # KUAM News (Guam): staff, lower-case "by NAME", ordinal weekday stamp in ChST, broadcast line and related list at the foot.
    dict(
        cluster="kuam-gpa-typhoon-fund-surcharge",
        role="single",
        file="kuam_gpa_typhoon_fund_surcharge.txt",
        render="text",
        title="CCU approves power surcharge to rebuild GPA's typhoon fund",
        date="2025-01-16",
        dateline="",
        city=None,
        country="GU",
        region="oceania",
        agency=None,
        authors=["Joaquin Taitano"],
        editors=[],
        lang="en",
        section=None,
        pre=[["KUAM News", "Home", "News", "Weather", "Sports", "Community", "KUAM Live"]],
        head=[["by Joaquin Taitano"], ["Thursday, January 16th 2025, 5:58 PM ChST"]],
        tail=[
            ["Copyright 2025 KUAM News. All rights reserved."],
            ["Watch KUAM News at 6 on KUAM-TV8 and streaming on KUAM.com"],
            ["Related Stories", "Navy water rate increase takes effect next month"],
        ],
        paras=P("""
Power customers will pay about $6 more a month on average starting in March after the Consolidated Commission on
Utilities approved a surcharge to rebuild the Guam Power Authority's emergency fund.

The fund, which pays for repairs to poles, lines and substations after typhoons, was nearly emptied after Typhoon
Mawar struck the island in May 2023, according to GPA.

The authority has spent about $38 million on storm repairs since then and expects to recover only part of that
amount from federal disaster funds.

"We cannot go into another typhoon season without a cushion. The next storm will not wait for our balance sheet,"
GPA general manager Ernesto Quinata told commissioners.

Under the plan, the surcharge will remain in place for three years or until the fund reaches $25 million,
whichever comes first.

Commissioners voted 4 to 1 to approve the measure, with the lone dissenting commissioner arguing that residents were
still struggling with high fuel charges.

The rate change still needs approval from the Public Utilities Commission, which is expected to take up the
petition next month.

GPA said customers who qualify for lifeline rates will be exempt from the surcharge.
"""),
        must_have=[
            "The authority has spent about $38 million on storm repairs since then and expects to recover only part of "
            "that amount from federal disaster funds.",
            "Under the plan, the surcharge will remain in place for three years or until the fund reaches $25 million, "
            "whichever comes first.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_PARISIEN = site("Le Parisien", "https://www.leparisien.example.fr", " - Le Parisien", "fr_FR", "@le_Parisien",
                     ["Faits divers", "Politique", "Société", "Économie", "Sports", "Culture", "Loisirs", "Jeux"],
                     ["\u00a9 Le Parisien", "Mentions légales", "Conditions générales d'utilisation", "Gestion des cookies"],
                     share=["Partager", "Facebook", "X", "E-mail"], top=["S'abonner", "Se connecter"],
                     cookie="Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles.",
                     cookie_title="Le Parisien respecte votre vie privée", buttons=["Accepter", "Refuser", "Paramétrer les cookies"])
SITE_AJC = site("The Atlanta Journal-Constitution", "https://www.ajc.example.com", " | The Atlanta Journal-Constitution", "en_US", "@ajc",
                ["News", "Politics", "Business", "Sports", "Things to Do", "Opinion", "Obituaries", "ePaper"],
                ["\u00a9 2024 The Atlanta Journal-Constitution. All Rights Reserved.", "Terms of Use", "Privacy Policy",
                 "Your California Privacy Rights"],
                share=["Share", "Facebook", "X", "Email", "Link"], top=["Subscribe", "Sign in"], skip="Skip to content")
SITE_HANS = site("The Hans India", "https://www.thehansindia.example.com", " | The Hans India", "en_IN", "@TheHansIndiaWeb",
                 ["Home", "News", "Andhra Pradesh", "Telangana", "Business", "Sports", "Cinema", "Lifestyle", "E-Paper"],
                 ["\u00a9 2025 Hyderabad Media House Limited/The Hans India. All rights reserved.", "About Us", "Contact Us"],
                 share=["Share it", "Facebook", "X", "WhatsApp"])
SITE_DLA = site("Diario las Américas", "https://www.diariolasamericas.example.com", " | Diario las Américas", "es_US", "@diariolasameri",
                ["Miami", "Estados Unidos", "América Latina", "Cuba", "Venezuela", "Opinión", "Deportes", "Entretenimiento"],
                ["\u00a9 2025 Diario las Américas. Todos los derechos reservados.", "Términos de uso", "Política de privacidad"],
                share=["Compartir", "Facebook", "X", "WhatsApp", "Email"], top=["Suscríbete", "Ingresar"])
SITE_EXAMINER = site("Irish Examiner", "https://www.irishexaminer.example.com", " | Irish Examiner", "en_IE", "@irishexaminer",
                     ["News", "Sport", "Business", "Opinion", "Lifestyle", "Property", "Farming", "Podcasts"],
                     ["\u00a9 Irish Examiner Ltd", "Privacy Statement", "Cookie Policy", "Terms and Conditions"],
                     share=["Share", "Facebook", "X", "WhatsApp", "Email"], top=["Subscribe", "Sign In"],
                     cookie="We use cookies to give you the best experience on our website and to show you relevant advertising.",
                     buttons=["Accept all", "Manage preferences"])
SITE_GDP = site("Gazeta do Povo", "https://www.gazetadopovo.example.com.br", " | Gazeta do Povo", "pt_BR", "@gazetadopovo",
                ["Brasil", "Paraná", "Economia", "Mundo", "Opinião", "Vozes", "Agronegócio", "Educação"],
                ["\u00a9 2025 Gazeta do Povo. Todos os direitos reservados.", "Termos de uso", "Política de privacidade"],
                share=["Compartilhar", "Facebook", "X", "WhatsApp", "Copiar link"], top=["Assine", "Entrar"])
SITE_GLOBAL = site("Global News", "https://globalnews.example.ca", " | Globalnews.ca", "en_CA", "@globalnews",
                   ["Canada", "World", "Politics", "Money", "Health", "Entertainment", "Sports", "Watch"],
                   ["\u00a9 2025 Global News, a division of Corus Entertainment Inc.", "Privacy Policy", "Terms of Use", "Ad Choices"],
                   share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Winnipeg", "Sign in"])
SITE_HERALDSUN = site("Herald Sun", "https://www.heraldsun.example.com.au", " | Herald Sun", "en_AU", "@theheraldsun",
                      ["News", "Sport", "AFL", "Entertainment", "Lifestyle", "Business", "Travel", "Puzzles"],
                      ["\u00a9 Copyright 2024 News Pty Ltd. All rights reserved.", "Privacy Policy", "Terms of Use",
                       "Standards of Practice"],
                      share=["Share", "Facebook", "X", "Email", "Gift this article"], top=["Subscribe", "Log in"])
SITE_KOMMERSANT = site("Коммерсантъ", "https://www.kommersant.example.ru", " \u2013 Коммерсантъ Екатеринбург", "ru_RU", "@kommersant",
                       ["Политика", "Экономика", "Бизнес", "Мир", "Происшествия", "Общество", "Культура", "Спорт"],
                       ["\u00a9 АО «Коммерсантъ». Все права защищены.", "Правила использования", "Политика конфиденциальности"],
                       share=["Поделиться", "ВКонтакте", "Telegram", "Одноклассники"], top=["Подписка", "Войти"], graph=True)

HTML_STORIES = [
    # -- AFP on Le Parisien (original of the AFP cluster): "Le Parisien avec AFP" byline, "Le 14 novembre 2024 à 18h02" stamp, "AFP/NAME" credit, 'À lire aussi' link, tags, newsletter box --
    dict(
        CAYENNE,
        role="original",
        file="leparisien_afp_cayenne_cardiologie_fr.html",
        render="html",
        site=SITE_PARISIEN,
        section="Société",
        meta_section="Société",
        url="https://www.leparisien.example.fr/societe/sante/guyane-lhopital-de-cayenne-ouvre-enfin-un-service-de-cardiologie-interventionnelle-14-11-2024-XK3Q7LZ2.php",
        published="2024-11-14T18:02:00+01:00",
        modified="2024-11-14T18:02:00+01:00",
        ld_author=[{"@type": "Organization", "name": "Le Parisien avec AFP"}],
        breadcrumbs=["Société", "Santé"],
        byline_lines=["Le Parisien avec AFP"],
        date_lines=["Le 14 novembre 2024 à 18h02"],
        caption="Le centre hospitalier de Cayenne, en Guyane.",
        credit="AFP/Ronan Lietar",
        inserts={2: [("ad", "Publicité")],
                 4: [("link", "À lire aussi", "En Guyane, la pénurie de médecins s'aggrave dans les communes de l'intérieur")]},
        tags=("Mots-clés", ["Guyane", "Santé", "Hôpital"]),
        lists=[("Les plus lus", ["Grève SNCF : les prévisions de trafic pour le week-end", "Loto : le jackpot de 17 millions remporté dans l'Oise"])],
        newsletter_end=["La newsletter Santé", "Chaque semaine, l'essentiel de l'actualité santé dans votre boîte mail.", "Je m'inscris"],
    ),
    # -- AP on the Atlanta Journal-Constitution (original of the AP cluster): "By NAME \u2013 Associated Press" on one line, short date, "(AP Photo/NAME, File)" credit, contributor line "contributed from Miami" --
    dict(
        WAPA,
        role="original",
        file="ajc_ap_virgin_islands_wapa_meter_refunds.html",
        render="html",
        site=SITE_AJC,
        section="Nation & World",
        meta_section="Nation & World",
        url="https://www.ajc.example.com/news/nation-world/judge-orders-virgin-islands-utility-to-refund-customers-overbilled-by-faulty-meters/Q7VJ3KX2PNB4ZL5TQW/",
        published="2024-11-04T14:27:00-05:00",
        modified="2024-11-04T14:27:00-05:00",
        meta_author="Rosalind Hendricks",
        ld_author=[{"@type": "Person", "name": "Rosalind Hendricks"}],
        byline_lines=["By ROSALIND HENDRICKS \u2013 Associated Press"],
        date_lines=["Nov 4, 2024"],
        caption="A utility worker repairs a power line in Charlotte Amalie, St. Thomas, U.S. Virgin Islands, on Oct. 30, 2024.",
        credit="AP Photo/Dennis Quiñones",
        credit_shown="(AP Photo/Dennis Quiñones, File)",
        inserts={3: [("ad", "Advertisement")]},
        end_lines=[WAPA_CONTRIB, WAPA_COPY],
        lists=[("Editors' Picks", ["Atlanta's tree canopy is shrinking. Here's where", "Georgia peach growers brace for warm winter"])],
    ),
    # -- PTI on The Hans India: "Visakhapatnam, Feb 18 (PTI) " dateline, "Highlights" summary box, IST stamp, tag list, 'Next Story' rail --
    dict(
        cluster="hansindia-pti-visakhapatnam-pharma-effluent-penalty",
        role="single",
        file="hansindia_pti_visakhapatnam_pharma_effluent_penalty.html",
        render="html",
        site=SITE_HANS,
        title="APPCB slaps Rs 2.4 crore penalty on five pharma units at Parawada for effluent discharge",
        date="2025-02-18",
        dateline="Visakhapatnam, Feb 18 (PTI) ",
        city="Visakhapatnam",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section="Andhra Pradesh",
        meta_section="Andhra Pradesh",
        url="https://www.thehansindia.example.com/andhra-pradesh/appcb-slaps-rs-24-crore-penalty-on-five-pharma-units-at-parawada-for-effluent-discharge-941877",
        description="Fishermen in Mutyalammapalem had complained of dead fish washing ashore since December.",
        published="2025-02-18T19:12:00+05:30",
        modified="2025-02-18T19:12:00+05:30",
        ld_author=[{"@type": "Organization", "name": "PTI"}],
        breadcrumbs=["Home", "Andhra Pradesh"],
        byline_lines=["PTI"],
        date_lines=["18 Feb 2025 7:12 PM IST"],
        above_body=[("highlights-title", "Highlights"),
                    ("highlights", "Board inspectors found untreated waste water being released into a storm-water drain leading to the sea")],
        tags=("Tags:", ["APPCB", "Parawada", "Pharma City", "Pollution"]),
        lists=[("Next Story", ["Vizag steel plant workers stage protest over pending wages"])],
        paras=P("""
The Andhra Pradesh Pollution Control Board (APPCB) has imposed penalties totalling Rs 2.4 crore on five
pharmaceutical units at the Parawada industrial area near here for discharging untreated effluents, officials said
on Tuesday.

The action followed complaints from fishermen in Mutyalammapalem and nearby villages, who said dead fish had been
washing ashore since December and that the water near the coast had turned dark.

Board officials who inspected the units last month found that effluent treatment plants at three of the factories
were not working to capacity and that waste water was being released into a storm-water drain leading to the sea.

Samples collected from the drain showed chemical oxygen demand levels nearly six times the permissible limit, an
official said.

The units have been directed to stop discharging waste water immediately and to submit an action plan within 15
days, failing which their consent to operate would be cancelled.

Fishermen's associations welcomed the penalties but demanded compensation for the loss of income during the past
three months.

"Our boats have been coming back with half the usual catch. Who will pay for that?" asked K Appanna, a fisherman
from Mutyalammapalem.

The Parawada pharma city houses more than 80 drug manufacturing units, many of them exporting to the US and Europe.
"""),
        must_have=[
            "Samples collected from the drain showed chemical oxygen demand levels nearly six times the permissible "
            "limit, an official said.",
            "The units have been directed to stop discharging waste water immediately and to submit an action plan "
            "within 15 days, failing which their consent to operate would be cancelled.",
        ],
    ),
    # -- EFE on Diario las Américas: "Ciudad del Este (Paraguay), 14 may (EFE).- " dateline with the country in brackets, "Agencia EFE" byline, a.m./p.m. stamp --
    dict(
        cluster="diariolasamericas-efe-ciudad-del-este-comercio",
        role="single",
        file="diariolasamericas_efe_ciudad_del_este_comercio_es.html",
        render="html",
        site=SITE_DLA,
        title="El comercio de Ciudad del Este cae un 30 % por la debilidad del real brasileño",
        date="2025-05-14",
        dateline="Ciudad del Este (Paraguay), 14 may (EFE).- ",
        city="Ciudad del Este",
        country="PY",
        region="americas",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section="América Latina",
        meta_section="América Latina",
        url="https://www.diariolasamericas.example.com/america-latina/el-comercio-ciudad-del-este-cae-un-30-la-debilidad-del-real-brasileno-n5371204",
        description="Unos 2.000 empleos se perdieron en el sector desde enero, según la Cámara de Comercio local.",
        published="2025-05-14T16:35:00-04:00",
        modified="2025-05-14T16:35:00-04:00",
        ld_author=[{"@type": "Organization", "name": "Agencia EFE"}],
        byline_lines=["Agencia EFE"],
        date_lines=["14 de mayo de 2025 - 04:35 p.m."],
        caption="Vista del Puente de la Amistad, que une Ciudad del Este con Foz de Iguazú (Brasil), en una fotografía de archivo.",
        credit="EFE/Rodrigo Villalba",
        inserts={2: [("ad", "Publicidad")]},
        tags=("Temas", ["Paraguay", "Brasil", "Comercio"]),
        lists=[("Lo más visto", ["Miami-Dade aprueba nuevas rutas de autobús", "Venezuela: reportan apagones en cinco estados"])],
        paras=P("""
Las ventas en los comercios de Ciudad del Este, la segunda ciudad de Paraguay y uno de los mayores centros de
compras de Sudamérica, cayeron alrededor de un 30 % en el primer cuatrimestre del año por la debilidad del real
brasileño, informó este miércoles la Cámara de Comercio local.

La mayoría de los clientes de las tiendas de electrónica, perfumería y ropa de la ciudad son brasileños que cruzan
el Puente de la Amistad desde Foz de Iguazú, en el estado de Paraná.

Con un real más débil frente al dólar, los productos importados que se venden en Ciudad del Este han perdido parte
de su ventaja de precio frente a los comercios de Brasil, explicó a EFE el presidente de la cámara, Ramón Giménez.

"Hay días en que los pasillos de las galerías están vacíos. Muchos comercios redujeron personal o directamente
cerraron", afirmó.

Según la cámara, unos 2.000 empleos se perdieron en el sector desde enero, sobre todo en pequeños locales del
microcentro.

El Gobierno paraguayo anunció en marzo un plan para promover el turismo de compras con ferias de descuentos y
facilidades para los visitantes argentinos, cuyo poder adquisitivo ha mejorado en los últimos meses.

Los comerciantes piden además que se reduzcan los controles en la frontera, que a menudo provocan largas filas en
el puente durante los fines de semana.
"""),
        must_have=[
            "Según la cámara, unos 2.000 empleos se perdieron en el sector desde enero, sobre todo en pequeños locales "
            "del microcentro.",
            "Los comerciantes piden además que se reduzcan los controles en la frontera, que a menudo provocan largas "
            "filas en el puente durante los fines de semana.",
        ],
    ),
    # -- Irish Examiner: staff health story, name over a role line, "Sun, 12 Jan, 2025 - 19:30" stamp, "Picture:" credit, sign-up box, 'Read More' link, more-in-section rail --
    dict(
        cluster="irishexaminer-cork-university-hospital-trolleys",
        role="single",
        file="irishexaminer_cork_university_hospital_trolleys.html",
        render="html",
        site=SITE_EXAMINER,
        title="Cork University Hospital records worst January for patients on trolleys",
        date="2025-01-12",
        dateline="",
        city=None,
        country="IE",
        region="europe",
        agency=None,
        authors=["Clodagh Bermingham"],
        editors=[],
        lang="en",
        section="Health",
        meta_section="Health",
        url="https://www.irishexaminer.example.com/news/health/arid-41552903.html",
        description="An average of 71 patients waited on trolleys each morning during the first ten days of the month.",
        published="2025-01-12T19:30:00+00:00",
        modified="2025-01-12T19:30:00+00:00",
        meta_author="Clodagh Bermingham",
        byline_lines=["Clodagh Bermingham", "Health Correspondent"],
        date_lines=["Sun, 12 Jan, 2025 - 19:30"],
        caption="The emergency department at Cork University Hospital.",
        credit="Fergal Lenihan",
        credit_shown="Picture: Fergal Lenihan",
        inserts={2: [("link", "Read More", "Flu cases rise sharply as hospitals brace for post-Christmas surge")],
                 4: [("promo", ["Sign up", "Sign up to the best reads of the week from irishexaminer.com selected just for you.", "Sign Up"])]},
        lists=[("More in this section", ["Nursing home fees rise by up to 9% in Munster", "HSE to recruit 40 more paramedics for Kerry and Cork"]),
               ("Most Read", ["Met Éireann issues orange wind warning for Cork and Kerry"])],
        paras=P("""
Cork University Hospital has recorded its worst January for overcrowding, with an average of 71 patients waiting
on trolleys each morning during the first ten days of the month, figures from the Irish Nurses and Midwives
Organisation show.

On Wednesday, 84 patients were waiting for a bed at the hospital, the highest number recorded at any hospital in
the country this winter.

The INMO said the combination of flu, Covid-19 and RSV had pushed emergency departments across the South to
breaking point, with the Mercy University Hospital and University Hospital Kerry also reporting high numbers.

The union's Southern industrial relations officer, Siobhán Keohane, said nurses were "working in conditions that are
simply not safe for patients or staff".

The HSE said the hospital had opened 12 additional surge beds and cancelled some elective procedures to free up
capacity for the most urgent cases.

A hospital group spokesperson said attendances at the emergency department had risen by 9% compared with January
last year, with a large proportion of patients aged over 75.

Patients with less serious conditions were urged to contact their GP, an out-of-hours service such as SouthDoc, or
a local injury unit before attending the emergency department.

The Department of Health said 60 new beds would open at the hospital by the end of the year as part of a national
programme to expand acute capacity.
"""),
        must_have=[
            "On Wednesday, 84 patients were waiting for a bed at the hospital, the highest number recorded at any "
            "hospital in the country this winter.",
            "The HSE said the hospital had opened 12 additional surge beds and cancelled some elective procedures to free "
            "up capacity for the most urgent cases.",
        ],
    ),
    # -- Gazeta do Povo: staff, "Por NAME", audio-player and metered-paywall lines above the body, "Atualizado em" stamp, "Conteúdo editado por:" editor line at the foot --
    dict(
        cluster="gazetadopovo-londrina-geada-cafe",
        role="single",
        file="gazetadopovo_londrina_geada_cafe_pt.html",
        render="html",
        site=SITE_GDP,
        title="Geada atinge lavouras de café no Norte do Paraná e preocupa produtores de Londrina",
        date="2025-06-27",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Rafael Kloss"],
        editors=["Marcela Tavares"],
        lang="pt",
        section="Paraná",
        meta_section="Paraná",
        url="https://www.gazetadopovo.example.com.br/parana/geada-atinge-lavouras-de-cafe-no-norte-do-parana-londrina/",
        description="Temperatura chegou a -1,8 °C em Londrina, a mais baixa do ano na cidade.",
        published="2025-06-27T19:12:00-03:00",
        modified="2025-06-27T21:40:00-03:00",
        meta_author="Rafael Kloss",
        byline_lines=["Por Rafael Kloss"],
        date_lines=["27/06/2025 19:12", "Atualizado em 27/06/2025 às 21:40"],
        above_body=[("audio", "Ouça este conteúdo"),
                    ("paywall", "Você leu 2 de 5 conteúdos gratuitos este mês. Assine e tenha acesso ilimitado.")],
        caption="Cafezal com folhas queimadas pela geada em Londrina, nesta sexta-feira (27).",
        credit="Divulgação/IDR-Paraná",
        credit_shown="Foto: Divulgação/IDR-Paraná",
        inserts={3: [("box", "Leia também", ["Frente fria derruba temperaturas em Curitiba", "Preço do café recua na bolsa de Nova York"])]},
        end_lines=["Conteúdo editado por: Marcela Tavares"],
        below_body=[("whatsapp", "Receba as principais notícias do Paraná no seu WhatsApp")],
        paras=P("""
A massa de ar polar que avançou sobre o Paraná nesta semana provocou geadas em lavouras de café do Norte do
estado, e produtores de Londrina e região já contabilizam perdas nas plantas mais jovens.

Segundo o Instituto de Desenvolvimento Rural do Paraná (IDR-Paraná), a temperatura chegou a -1,8 °C na madrugada
desta sexta-feira (27) na estação meteorológica de Londrina, a mais baixa do ano na cidade.

Técnicos do instituto estimam que cerca de 15% dos 4,2 mil hectares de café da região de Londrina tenham sido
atingidos em algum grau, principalmente em áreas de baixada, onde o ar frio se acumula.

"As plantas com menos de dois anos são as que mais sofrem. Em alguns talhões, vamos ter que fazer a poda e esperar
uma safra inteira", contou o cafeicultor Edson Takahashi, que tem 18 hectares em Tamarana.

A colheita da safra atual já estava praticamente concluída, o que reduz o impacto imediato no volume, mas a geada
pode comprometer a produção de 2026.

O Simepar prevê nova madrugada fria no sábado (28), com possibilidade de geada fraca, antes de as temperaturas
voltarem a subir no domingo.

A Secretaria da Agricultura e do Abastecimento informou que vai fazer um levantamento detalhado das perdas na
próxima semana para avaliar a necessidade de linhas de crédito emergenciais.

O Paraná já foi um dos maiores produtores de café do país, mas a área plantada caiu drasticamente depois da grande
geada de 1975.
"""),
        must_have=[
            "A colheita da safra atual já estava praticamente concluída, o que reduz o impacto imediato no volume, mas a "
            "geada pode comprometer a produção de 2026.",
            "O Paraná já foi um dos maiores produtores de café do país, mas a área plantada caiu drasticamente depois da "
            "grande geada de 1975.",
        ],
    ),
    # -- Global News (Winnipeg): staff, "By NAME" over "Global News", "Posted ... pm" stamp in CST (next day in UTC), newsletter promo, error-report line --
    dict(
        cluster="globalnews-winnipeg-indoor-soccer-complex",
        role="single",
        file="globalnews_winnipeg_indoor_soccer_complex.html",
        render="html",
        site=SITE_GLOBAL,
        title="Winnipeg council approves $38M indoor soccer complex for city's northwest",
        date="2025-03-03",
        dateline="",
        city=None,
        country="CA",
        region="americas",
        agency=None,
        authors=["Kelsey Marchand"],
        editors=[],
        lang="en",
        section="Winnipeg",
        meta_section="Winnipeg",
        url="https://globalnews.example.ca/news/11052317/winnipeg-indoor-soccer-complex-approved/",
        description="Clubs say there are not enough winter fields for the sport's growing number of players.",
        published="2025-03-03T19:15:00-06:00",
        modified="2025-03-03T21:02:00-06:00",
        meta_author="Kelsey Marchand",
        byline_lines=["By Kelsey Marchand", "Global News"],
        date_lines=["Posted March 3, 2025 7:15 pm", "Updated March 3, 2025 9:02 pm"],
        caption="Players on an indoor field at a soccer complex in south Winnipeg.",
        credit="Marc Ouellet / Global News",
        inserts={3: [("promo", ["Get daily National news", "Get the day's top news, political, economic, and current affairs headlines, delivered to your inbox once a day.", "Sign up for daily National newsletter"])]},
        below_body=[("error", "Report an error")],
        lists=[("Trending Now", ["Manitoba measles cases climb to 14", "Jets clinch playoff spot with win over Wild"])],
        paras=P("""
Winnipeg city council has approved $38 million for a new indoor soccer complex in the city's northwest, ending more
than a decade of lobbying by clubs who say there are not enough winter fields for the sport's growing number of
players.

The facility, to be built next to the Sinclair Park community centre, will include two full-size artificial turf
fields, change rooms and a small spectator area. Construction is expected to start in the spring of 2026 and take
about two years.

Council voted 12-4 in favour of the project on Monday. The city will contribute $22 million, with the rest coming
from the province and a fundraising campaign led by local clubs.

"Right now, kids from the North End are driving across the city at 9 p.m. to get an hour on a field," said Coun.
Teresa Kowalchuk, who represents the area.

Registration in indoor soccer in Winnipeg has grown by about 40 per cent since 2019, to more than 21,000 players,
according to the Manitoba Soccer Association.

Councillors who voted against the project said the city should focus on fixing existing recreation centres, several
of which have been closed for repairs.

The complex will be run by a non-profit operator under a 25-year lease, with the city covering any operating
shortfall for the first five years.
"""),
        must_have=[
            "Registration in indoor soccer in Winnipeg has grown by about 40 per cent since 2019, to more than 21,000 "
            "players, according to the Manitoba Soccer Association.",
            "The complex will be run by a non-profit operator under a 25-year lease, with the city covering any operating "
            "shortfall for the first five years.",
        ],
    ),
    # -- Herald Sun: staff court story behind a paywall, kicker, name over the masthead, reading-time line, "Picture: NewsWire / NAME" credit, follow-category line --
    dict(
        cluster="heraldsun-wyndham-vale-asbestos-dumping-jailed",
        role="single",
        file="heraldsun_wyndham_vale_asbestos_dumping_jailed.html",
        render="html",
        site=SITE_HERALDSUN,
        title="Demolition boss jailed over asbestos dumped on paddock in Melbourne's west",
        date="2024-12-10",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Callum Petrakis"],
        editors=[],
        lang="en",
        section="Law and Order",
        meta_section="Law and Order",
        url="https://www.heraldsun.example.com.au/truecrimeaustralia/police-courts-victoria/demolition-boss-jailed-over-asbestos-dumped-on-paddock/news-story/3f9a1c27e4b86d05",
        description="The EPA spent more than $600,000 removing the waste from a paddock in Wyndham Vale.",
        published="2024-12-10T16:11:00+11:00",
        modified="2024-12-10T16:11:00+11:00",
        meta_author="Callum Petrakis",
        free=False,
        kicker="Courts VIC",
        byline_lines=["Callum Petrakis", "Herald Sun"],
        date_lines=["December 10, 2024 - 4:11PM"],
        above_body=[("reading", "2 min read")],
        caption="Darren Kells leaves the County Court in Melbourne.",
        credit="NewsWire / Dean Martell",
        credit_shown="Picture: NewsWire / Dean Martell",
        below_body=[("follow", "Don't miss out on the headlines from Courts VIC. Followed categories will be added to My News.")],
        lists=[("More Coverage", ["Tradie fined over illegal dumping in Dandenong creek"])],
        paras=P("""
A demolition company director who dumped more than 200 tonnes of asbestos-contaminated waste on vacant land in
Melbourne's west has been jailed for 14 months.

Darren Kells, 52, pleaded guilty in the County Court to three charges under the Environment Protection Act,
including illegally depositing industrial waste and providing false information to the Environment Protection
Authority.

The court heard that between March and June 2022, trucks operated by Kells' company made at least 18 trips to a
paddock in Wyndham Vale, where the waste was tipped and covered with soil.

The material came from the demolition of several factories in Sunshine and Footscray, and contained broken cement
sheeting and pipe lagging containing asbestos.

Judge Michelle Fanning said the offending was "motivated by greed", noting that Kells had saved about $90,000 in
disposal fees by dumping the waste instead of taking it to a licensed landfill.

The EPA spent more than $600,000 removing the waste and testing the soil, and the company has been ordered to repay
the full amount.

Kells will be eligible for parole after serving eight months. His company was fined a further $350,000.

The authority said it had launched more than 40 prosecutions for illegal dumping in Victoria in the past two years,
and that penalties were rising as courts treated the offence more seriously.
"""),
        must_have=[
            "The material came from the demolition of several factories in Sunshine and Footscray, and contained broken "
            "cement sheeting and pipe lagging containing asbestos.",
            "Kells will be eligible for parole after serving eight months.",
        ],
    ),
    # -- Kommersant (gzipped): staff, "NAME, Екатеринбург" byline (a city after the name, no dateline in the body), print-edition line, "Фото:" credit, JSON-LD @graph --
    dict(
        cluster="kommersant-ekaterinburg-novostroyki-ceny",
        role="single",
        file="kommersant_ekaterinburg_novostroyki_ceny_ru.html.gz",
        render="html",
        site=SITE_KOMMERSANT,
        title="Цены на новостройки в Екатеринбурге выросли на 12% за год",
        date="2025-01-24",
        dateline="",
        city=None,
        country="RU",
        region="europe",
        agency=None,
        authors=["Анна Воронцова"],
        editors=[],
        lang="ru",
        section="Екатеринбург",
        meta_section="Екатеринбург",
        url="https://www.kommersant.example.ru/doc/7451263",
        description="Объем продаж на первичном рынке при этом сократился почти на четверть.",
        published="2025-01-24T09:12:00+05:00",
        modified="2025-01-24T09:12:00+05:00",
        meta_author="Анна Воронцова",
        breadcrumbs=["Главная", "Екатеринбург"],
        byline_lines=["Анна Воронцова, Екатеринбург"],
        date_lines=["24.01.2025, 09:12"],
        above_body=[("print", "Газета «Коммерсантъ» Екатеринбург №12 от 24.01.2025, стр. 5")],
        caption="Строительство жилого комплекса в Екатеринбурге",
        credit="Павел Ремезов, Коммерсантъ",
        credit_shown="Фото: Павел Ремезов, Коммерсантъ",
        tags=("Темы:", ["Недвижимость", "Ипотека"]),
        lists=[("Читайте также", ["В Свердловской области подорожал проезд в пригородных автобусах"])],
        paras=P("""
Средняя стоимость квадратного метра в новостройках Екатеринбурга по итогам 2024 года выросла на 12% и достигла 162
тыс. руб., следует из данных аналитиков Уральской палаты недвижимости. При этом объем продаж на первичном рынке
сократился почти на четверть.

По данным палаты, в прошлом году застройщики реализовали в городе около 1,3 млн кв. м жилья против 1,7 млн кв. м
годом ранее. Основной причиной снижения спроса эксперты называют отмену массовой льготной ипотеки в июле.

Наиболее заметно подорожали квартиры в центре города и в районе Академический, где цены выросли на 15–17%.

«Застройщики пока не снижают цены, а предпочитают предлагать покупателям рассрочку и субсидированную ставку от
банков-партнеров»,— пояснила руководитель аналитического центра палаты Ирина Лаптева.

По ее словам, в 2025 году девелоперы будут осторожнее выводить на рынок новые проекты, а часть уже
запланированных стартов продаж может быть перенесена.

Объем ввода жилья в Свердловской области в 2024 году составил 2,9 млн кв. м, из них более половины пришлось на
Екатеринбург, сообщили в региональном министерстве строительства.

Участники рынка ожидают, что при сохранении высокой ключевой ставки цены в первом полугодии останутся на текущем
уровне.
"""),
        must_have=[
            "Наиболее заметно подорожали квартиры в центре города и в районе Академический, где цены выросли на 15–17%.",
            "Объем ввода жилья в Свердловской области в 2024 году составил 2,9 млн кв. м, из них более половины пришлось "
            "на Екатеринбург, сообщили в региональном министерстве строительства.",
        ],
    ),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, El Diario de Hoy (El Salvador): staff, rubric, "Por NAME" and long-form Spanish stamp, WhatsApp-channel and 'Te puede interesar' lines.
    dict(
        cluster="eldiariodehoy-ilopango-cianobacterias",
        role="single",
        file="newsplease_eldiariodehoy_ilopango_cianobacterias_es.json",
        render="newsplease",
        title="Ilopango registra una nueva floración de cianobacterias; Medio Ambiente pide evitar el contacto con el agua",
        date="2024-09-09",
        dateline="",
        city=None,
        country="SV",
        region="americas",
        agency=None,
        authors=["Karla Menjívar"],
        editors=[],
        lang="es",
        section=None,
        url="https://www.elsalvador.example.com/noticias/nacional/lago-de-ilopango-cianobacterias-floracion-marn/1168342/2024/",
        source_domain="www.elsalvador.example.com",
        description="Técnicos del ministerio tomaron muestras en Apulo, Corinto y la isla Cerros Quemados.",
        np_authors=["Karla Menjívar"],
        np_publish="2024-09-09 18:40:00",
        np_modify=None,
        np_download="2024-09-10 02:15:33",
        head_lines=["Noticias", "Por Karla Menjívar", "9 de septiembre de 2024 - 18:40"],
        tail_lines=["Suscríbete a nuestro canal de WhatsApp y recibe las noticias más importantes del día",
                    "Te puede interesar", "Protección Civil mantiene alerta verde por lluvias en todo el país"],
        paras=P("""
El Ministerio de Medio Ambiente y Recursos Naturales (MARN) confirmó este lunes una nueva floración de
cianobacterias en el lago de Ilopango, que ha cambiado el color del agua a un tono verde intenso en varias zonas de
la ribera.

Técnicos del ministerio tomaron muestras en los sectores de Apulo, Corinto y la isla Cerros Quemados, donde la
concentración de algas es más alta.

La institución recomendó a los habitantes de las comunidades cercanas y a los turistas evitar bañarse, pescar o
consumir agua del lago mientras se analizan los resultados.

Según el MARN, la floración está relacionada con las altas temperaturas de las últimas semanas y con la entrada de
aguas residuales y fertilizantes arrastrados por las lluvias.

"Desde el sábado el agua huele mal y los turistas ya no llegan. Los fines de semana es cuando más vendemos", dijo
Rosa Elvira Martínez, propietaria de un restaurante en Apulo.

Es la tercera floración de este tipo registrada en Ilopango desde 2016. En la más reciente, en 2021, el fenómeno se
prolongó durante casi cinco semanas.

Pescadores artesanales de la zona pidieron al Gobierno un apoyo económico mientras dure la prohibición, ya que la
pesca de tilapia es su principal fuente de ingresos.

El ministerio indicó que informará sobre la evolución del fenómeno a través de sus redes sociales.
"""),
        must_have=[
            "Según el MARN, la floración está relacionada con las altas temperaturas de las últimas semanas y con la "
            "entrada de aguas residuales y fertilizantes arrastrados por las lluvias.",
            "Es la tercera floración de este tipo registrada en Ilopango desde 2016.",
        ],
    ),
    # news-please, Xinhua on Big News Network: "DAMASCUS, Sept. 22 (Xinhua) -- " dateline, ordinal GMT+10 stamp under the network's own name line, "Editor:" line at the foot.
    dict(
        cluster="bignewsnetwork-xinhua-damascus-hamidiyah-souq",
        role="single",
        file="newsplease_bignewsnetwork_xinhua_damascus_hamidiyah_souq.json",
        render="newsplease",
        title="Restoration of roof over Damascus' historic Hamidiyah Souq completed",
        date="2024-09-22",
        dateline="DAMASCUS, Sept. 22 (Xinhua) -- ",
        city="Damascus",
        country="SY",
        region="asia",
        agency="Xinhua",
        authors=[],
        editors=["Huang Lin"],
        lang="en",
        section=None,
        url="https://www.bignewsnetwork.example.com/news/274918337/restoration-of-roof-over-damascus-historic-hamidiyah-souq-completed",
        source_domain="www.bignewsnetwork.example.com",
        description="About 4,500 square meters of corroded sheeting were replaced on the 19th-century market roof.",
        np_authors=["Xinhua"],
        np_publish="2024-09-22 20:14:00",
        np_modify=None,
        np_download="2024-09-23 07:02:51",
        head_lines=["Big News Network.com", "22nd September 2024, 20:14 GMT+10"],
        tail_lines=["Editor: Huang Lin", "Source: Xinhua"],
        paras=P("""
Restoration work on the iron roof of the Hamidiyah Souq, the largest and best-known covered market in the old city
of Damascus, has been completed after nearly two years, Syrian officials said on Sunday.

The project replaced about 4,500 square meters of corroded metal sheeting and repaired the arched steel frame that
has covered the market since the late 19th century, according to the Directorate-General of Antiquities and
Museums.

The roof, pierced by thousands of small holes, is famous for the beams of sunlight that fall on the market's stone
floor during the day.

Engineers kept the holes in the new sheets to preserve the market's distinctive appearance, said Samer Haddad, an
engineer who supervised the works.

"We wanted visitors to feel that nothing has changed, even though almost every piece of the roof has been renewed,"
he told Xinhua.

Shopkeepers in the souq, which stretches for about 600 meters from the citadel to the Umayyad Mosque, said the leaks
that used to damage their goods during the rainy season had stopped.

The old city of Damascus, a UNESCO World Heritage site, has been on the List of World Heritage in Danger since
2013.

Officials said the next phase of restoration would focus on the facades of shops and the electrical wiring in the
market.
"""),
        must_have=[
            "The roof, pierced by thousands of small holes, is famous for the beams of sunlight that fall on the market's "
            "stone floor during the day.",
            "Officials said the next phase of restoration would focus on the facades of shops and the electrical wiring "
            "in the market.",
        ],
    ),
    # news-please, Jawa Pos: staff, "JawaPos.com \u2013 " site-name lead in place of a dateline, "Reporter:" and "Editor:" head lines, WIB stamp, 'Baca Juga' insert.
    dict(
        cluster="jawapos-surabaya-harga-cabai",
        role="single",
        file="newsplease_jawapos_surabaya_harga_cabai_id.json",
        render="newsplease",
        title="Harga Cabai Rawit di Surabaya Tembus Rp 90 Ribu per Kilogram Jelang Ramadan",
        date="2025-02-24",
        dateline="JawaPos.com \u2013 ",
        city=None,
        country="ID",
        region="asia",
        agency=None,
        authors=["Dimas Ramadhan"],
        editors=["Dwi Hartanto"],
        lang="id",
        section=None,
        url="https://www.jawapos.example.com/ekonomi/015574213/harga-cabai-rawit-di-surabaya-tembus-rp-90-ribu-per-kilogram-jelang-ramadan",
        source_domain="www.jawapos.example.com",
        description="Pedagang menyebut pasokan dari Kediri, Blitar, dan Banyuwangi berkurang akibat hujan.",
        np_authors=["Dimas Ramadhan"],
        np_publish="2025-02-24 14:20:00",
        np_modify=None,
        np_download="2025-02-24 20:48:10",
        head_lines=["Ekonomi", "Reporter: Dimas Ramadhan", "Editor: Dwi Hartanto", "Senin, 24 Februari 2025 | 14.20 WIB"],
        inserts={2: ["Baca Juga: Jelang Ramadan, Pemkot Surabaya Pastikan Stok Beras Aman"]},
        tail_lines=["Berita Terkait", "Harga Bawang Merah di Puspa Agro Mulai Naik"],
        paras=P("""
Harga cabai rawit di sejumlah pasar tradisional di Surabaya kembali melonjak menjelang bulan Ramadan. Di Pasar
Keputran dan Pasar Wonokromo, cabai rawit merah kini dijual Rp 85 ribu hingga Rp 90 ribu per kilogram.

Padahal, dua pekan lalu harga cabai rawit masih berada di kisaran Rp 55 ribu per kilogram.

Menurut para pedagang, kenaikan harga dipicu berkurangnya pasokan dari daerah penghasil seperti Kediri, Blitar, dan
Banyuwangi akibat curah hujan yang tinggi.

"Barangnya sedikit, banyak cabai yang busuk di kebun karena hujan terus," kata Siti Aminah, pedagang di Pasar
Keputran.

Selain cabai rawit, harga bawang merah juga naik dari Rp 38 ribu menjadi Rp 45 ribu per kilogram. Sementara harga
beras dan minyak goreng relatif stabil.

Pemerintah Kota Surabaya berencana menggelar operasi pasar murah di 31 kecamatan mulai pekan depan untuk menekan
harga.

Pemkot juga telah berkoordinasi dengan Bulog dan para distributor agar pasokan bahan pokok tetap aman selama
Ramadan hingga Lebaran.

Warga diimbau tidak melakukan pembelian berlebihan karena stok kebutuhan pokok di Surabaya dinyatakan mencukupi.
"""),
        must_have=[
            "Menurut para pedagang, kenaikan harga dipicu berkurangnya pasokan dari daerah penghasil seperti Kediri, "
            "Blitar, dan Banyuwangi akibat curah hujan yang tinggi.",
            "Pemerintah Kota Surabaya berencana menggelar operasi pasar murah di 31 kecamatan mulai pekan depan untuk "
            "menekan harga.",
        ],
    ),
    # trafilatura, Lefaso.net (Burkina Faso): staff, no author field, "Publié le mardi 29 octobre 2024 à 23h45min" stamp, the writer signs at the foot over the site name, reactions counter; first category "Actualités".
    dict(
        cluster="lefaso-ouagadougou-siao-artisans",
        role="single",
        file="trafilatura_lefaso_ouagadougou_siao_artisans_fr.json",
        render="trafilatura",
        title="SIAO 2024 : plus de 4 000 exposants, les artisans burkinabè misent sur les ventes",
        date="2024-10-29",
        dateline="",
        city=None,
        country="BF",
        region="africa",
        agency=None,
        authors=["Fatoumata Sanou"],
        editors=[],
        lang="fr",
        section="Actualités",
        url="https://lefaso.example.net/spip.php?article133562",
        hostname="lefaso.example.net",
        source_hostname="Lefaso.net",
        description="Le salon, ouvert vendredi à Ouaga 2000, attend plus de 300 000 visiteurs jusqu'au 3 novembre.",
        tf_author=None,
        tf_date="2024-10-29",
        tf_language="fr",
        categories="Actualités;Culture",
        tf_tags="SIAO;artisanat;Ouagadougou",
        head_lines=["Publié le mardi 29 octobre 2024 à 23h45min"],
        tail_lines=["Fatoumata Sanou", "Lefaso.net", "Vos réactions (3)", "Dans la même rubrique"],
        paras=P("""
La 17e édition du Salon international de l'artisanat de Ouagadougou (SIAO) a ouvert ses portes vendredi dernier sur
le site de Ouaga 2000, avec plus de 4 000 exposants venus d'une trentaine de pays, selon le comité d'organisation.

Les pavillons des tisserands, des bronziers et des maroquiniers ont attiré une foule importante dès le week-end,
malgré la chaleur.

Pour de nombreux artisans burkinabè, le salon représente l'occasion de réaliser une part importante de leur chiffre
d'affaires annuel. « Ce que je vends en dix jours au SIAO, je le vends parfois en six mois à l'atelier », confie
Adama Ouédraogo, bronzier venu de Ouahigouya.

Le Faso Danfani, le tissu traditionnel tissé à la main, occupe une place de choix cette année, avec un espace dédié
aux créateurs de mode qui l'utilisent dans leurs collections.

Le comité d'organisation a annoncé un dispositif de paiement mobile dans tous les pavillons, afin de faciliter les
achats des visiteurs et de limiter la circulation d'espèces.

Certains exposants déplorent toutefois le coût des stands, qui varie entre 75 000 et 250 000 francs CFA selon
l'emplacement.

Les organisateurs attendent plus de 300 000 visiteurs d'ici la clôture du salon, prévue le 3 novembre.
"""),
        must_have=[
            "Le Faso Danfani, le tissu traditionnel tissé à la main, occupe une place de choix cette année, avec un "
            "espace dédié aux créateurs de mode qui l'utilisent dans leurs collections.",
            "Certains exposants déplorent toutefois le coût des stands, qui varie entre 75 000 et 250 000 francs CFA "
            "selon l'emplacement.",
        ],
    ),
    # trafilatura, Bulawayo24 (Zimbabwe): "by Staff reporter" placeholder byline (also the author field), "06:14hrs" stamp, "Source - Byo24News" line; first category "Local".
    dict(
        cluster="bulawayo24-council-budget-rates",
        role="single",
        file="trafilatura_bulawayo24_council_budget_rates.json",
        render="trafilatura",
        title="Bulawayo council approves 2025 budget with 15 percent rates increase",
        date="2024-12-12",
        dateline="",
        city=None,
        country="ZW",
        region="africa",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Local",
        url="https://bulawayo24.example.com/index-id-news-sc-local-byo-249315.html",
        hostname="bulawayo24.example.com",
        source_hostname="Bulawayo24 News",
        description="Councillors rejected an initial proposal for a 25 percent increase after residents objected.",
        tf_author="Staff reporter",
        tf_date="2024-12-12",
        tf_language="en",
        categories="Local;News",
        tf_tags="Bulawayo City Council;budget;water",
        head_lines=["by Staff reporter", "12 Dec 2024 at 06:14hrs"],
        tail_lines=["Source - Byo24News", "Do you have a story to share? WhatsApp the Bulawayo24 newsroom.", "Comments"],
        paras=P("""
Bulawayo City Council has approved a US$214 million budget for 2025, which will see residents pay 15 percent more
for rates and water from January.

The budget was passed at a full council meeting on Wednesday after councillors rejected an initial proposal for a 25
percent increase following objections from residents during consultation meetings.

Finance committee chairperson Councillor Mthokozisi Dube said the bulk of the budget would go towards water and
sewer infrastructure, road rehabilitation and the purchase of refuse collection trucks.

"We have listened to residents. The increase is the minimum we need to keep services running and to start fixing
the water network," he said.

The city has been on a water-shedding schedule for most of the year after levels at its supply dams fell below 30
percent during the drought.

Council plans to spend US$18 million on replacing old water pipes in the western suburbs, where bursts cause frequent
supply interruptions.

The Bulawayo Progressive Residents Association said many households were already struggling to pay their bills and
urged council to improve revenue collection from businesses and government departments that owe the city money.

The budget still requires approval from the Minister of Local Government and Public Works before it takes effect.
"""),
        must_have=[
            "The city has been on a water-shedding schedule for most of the year after levels at its supply dams fell "
            "below 30 percent during the drought.",
            "The budget still requires approval from the Minister of Local Government and Public Works before it takes "
            "effect.",
        ],
    ),
    # trafilatura, ANSA on Il Fatto Quotidiano: "(ANSA) - PESCARA, 14 GEN - " dateline, "F. Q." desk signature in the head line, "(ANSA)." sign-off and reader-support appeal; first category "Cronaca".
    dict(
        cluster="ilfatto-ansa-pescara-concessioni-balneari",
        role="single",
        file="trafilatura_ilfatto_ansa_pescara_concessioni_balneari_it.json",
        render="trafilatura",
        title="Pescara, il Tar annulla la proroga delle concessioni balneari: gare entro il 2026",
        date="2025-01-14",
        dateline="(ANSA) - PESCARA, 14 GEN - ",
        city="Pescara",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section="Cronaca",
        url="https://www.ilfattoquotidiano.example.it/2025/01/14/pescara-il-tar-annulla-la-proroga-delle-concessioni-balneari-gare-entro-il-2026/7841156/",
        hostname="www.ilfattoquotidiano.example.it",
        source_hostname="Il Fatto Quotidiano",
        description="Secondo i giudici la proroga automatica è in contrasto con la direttiva europea sui servizi.",
        tf_author="F. Q.",
        tf_date="2025-01-14",
        tf_language="it",
        categories="Cronaca;Abruzzo",
        tf_tags="Pescara;Spiagge;Tar",
        head_lines=["Cronaca", "F. Q. | 14 Gennaio 2025"],
        tail_lines=["(ANSA).", "Sostieni ilfattoquotidiano.it: se credi nella nostra battaglia, sostienici ora.", "Leggi anche"],
        paras=P("""
Il Tribunale amministrativo regionale dell'Abruzzo ha annullato la delibera con cui il Comune di Pescara aveva
prorogato fino al 2033 le concessioni demaniali degli stabilimenti balneari, accogliendo il ricorso presentato da
un'associazione di consumatori e da due imprenditori del settore.

Secondo i giudici, la proroga automatica è in contrasto con la direttiva europea sui servizi, che impone di
assegnare le concessioni attraverso procedure pubbliche e trasparenti.

Il Comune dovrà ora avviare le gare entro la fine del 2026. Sul litorale cittadino operano 126 stabilimenti, molti
dei quali gestiti dalle stesse famiglie da più generazioni.

"È una sentenza che rischia di mettere in ginocchio un intero settore", ha commentato il presidente di
un'associazione di balneari abruzzesi, Luca D'Ambrosio.

Di segno opposto la reazione dei ricorrenti, secondo i quali la sentenza apre la strada a un uso più equo delle
spiagge e a canoni più alti per le casse comunali.

L'amministrazione comunale ha annunciato che valuterà il ricorso al Consiglio di Stato, ma ha anche dato mandato
agli uffici di preparare i bandi.

La questione delle concessioni balneari è da anni al centro di un contenzioso tra l'Italia e la Commissione
europea, che ha aperto una procedura di infrazione nel 2020.
"""),
        must_have=[
            "Il Comune dovrà ora avviare le gare entro la fine del 2026.",
            "L'amministrazione comunale ha annunciato che valuterà il ricorso al Consiglio di Stato, ma ha anche dato "
            "mandato agli uffici di preparare i bandi.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_DAA = site("Diario del AltoAragón", "https://www.diariodelaltoaragon.example.es", " - Diario del AltoAragón", "es_ES", "@DiarioAltoArag",
                ["Huesca", "Provincia", "Aragón", "Deportes", "Cultura", "Opinión", "Somontano", "Esquelas"],
                ["\u00a9 Diario del AltoAragón 2024", "Aviso legal", "Política de cookies"],
                share=["Compartir", "Facebook", "X", "WhatsApp"],
                cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad relacionada con sus preferencias.",
                buttons=["Aceptar", "Configurar"])
SITE_ABSCBN = site("ABS-CBN News", "https://news.abs-cbn.example.com", " | ABS-CBN News", "en_PH", "@ABSCBNNews",
                   ["News", "Business", "Entertainment", "Life", "Sports", "Overseas", "Weather"],
                   ["\u00a9 2025 ABS-CBN Corporation. All Rights Reserved.", "Privacy Policy", "Terms of Use"],
                   share=["Share", "Facebook", "X", "Viber"], top=["Live", "Sign in"])

JSONL_STORIES = [
    # news-please shape: the Reuters story on The Business Times (syndicated member of the Reuters cluster), SGT stamp with a middle dot, credits line, newsletter line.
    dict(
        BASSETERRE,
        role="syndicated",
        file=JSONL_A,
        render="newsplease",
        url="https://www.businesstimes.example.com.sg/international/global/st-kitts-and-nevis-passport-revenue-nearly-halves-buyers-turn-rival-schemes",
        source_domain="www.businesstimes.example.com.sg",
        np_authors=["Reuters"],
        np_publish="2025-03-11 22:52:00",
        np_modify=None,
        np_download="2025-03-12 03:10:44",
        head_lines=["Published Tue, Mar 11, 2025 \u00b7 10:52 PM"],
        tail_lines=[BASSETERRE_CREDITS,
                    "Decoding Asia newsletter: your guide to navigating Asia in a new global order. Sign up here to get Decoding Asia newsletter. Delivered to your inbox. Free."],
    ),
    # newsbeam text shape: the AFP story on Boursorama (syndicated member of the AFP cluster), "AFP \u2022 date à time" head line, AFP rights line, comment links.
    dict(
        CAYENNE,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        section=None,
        url="https://www.boursorama.example.com/actualite-economique/actualites/guyane-l-hopital-de-cayenne-ouvre-enfin-un-service-de-cardiologie-interventionnelle-6f2c1a9e0b",
        nb_published="2024-11-14T17:31:00Z",
        outlet="Boursorama",
        nb_authors=["AFP"],
        head_lines=["AFP \u2022 14/11/2024 à 18:31"],
        tail_lines=["Tous droits de reproduction et de représentation réservés. \u00a9 2024 Agence France-Presse.",
                    "Réagir", "Voir les commentaires"],
    ),
    # newsbeam html shape: Diario del AltoAragón, staff, "BARBASTRO.- " upper-case dateline with a full stop and hyphen, name-only byline, "Foto:" credit, cookie wall.
    dict(
        cluster="diariodelaltoaragon-barbastro-vendimia-somontano",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_DAA,
        title="El Somontano prevé una vendimia un 10 % menor por la sequía y el calor de agosto",
        date="2024-09-10",
        dateline="BARBASTRO.- ",
        city="Barbastro",
        country="ES",
        region="europe",
        agency=None,
        authors=["Laura Sanclemente"],
        editors=[],
        lang="es",
        section="Somontano",
        meta_section="Somontano",
        url="https://www.diariodelaltoaragon.example.es/noticias/somontano/2024/09/10/el-somontano-preve-una-vendimia-un-10-menor-1789345-daa.html",
        description="La uva llega con buen estado sanitario, pero con racimos más pequeños y menos zumo.",
        published="2024-09-10T06:00:00+02:00",
        modified="2024-09-10T06:00:00+02:00",
        nb_published="2024-09-10T04:00:00Z",
        outlet="Diario del AltoAragón",
        nb_authors=["Laura Sanclemente"],
        meta_author="Laura Sanclemente",
        byline_lines=["Laura Sanclemente"],
        date_lines=["10/09/2024 a las 06:00"],
        caption="Vendimia en un viñedo de Salas Bajas, en el Somontano.",
        credit="Ana Rubio",
        credit_shown="Foto: Ana Rubio",
        inserts={3: [("ad", "Publicidad")]},
        lists=[("Te puede interesar", ["Monzón aprueba el nuevo plan de movilidad escolar"])],
        paras=P("""
La Denominación de Origen Somontano comenzará esta semana la vendimia con una previsión de cosecha de unos 16
millones de kilos de uva, alrededor de un 10 % menos que el año pasado, por la falta de lluvias en primavera y las
altas temperaturas de agosto.

El Consejo Regulador explicó que la uva llega con buen estado sanitario, pero con racimos más pequeños y menos
zumo, sobre todo en los viñedos de secano.

Las primeras variedades en recogerse serán el chardonnay y el gewürztraminer, seguidas de las tintas a finales de
septiembre.

"La calidad va a ser muy buena, pero en cantidad vamos a notar el calor de las últimas semanas", señaló el
viticultor Javier Lanau, que cultiva 40 hectáreas en Salas Bajas.

La denominación agrupa a unas 30 bodegas y cerca de 350 viticultores, que cultivan alrededor de 4.000 hectáreas en
la comarca.

El precio medio que pagarán las bodegas por el kilo de uva se mantendrá en niveles similares a los de 2023, según
fuentes del sector.

La vendimia da trabajo cada año a varios centenares de temporeros, muchos de ellos procedentes de otras provincias.

Las bodegas prevén que la recogida se prolongue hasta mediados de octubre.
"""),
        must_have=[
            "Las primeras variedades en recogerse serán el chardonnay y el gewürztraminer, seguidas de las tintas a "
            "finales de septiembre.",
            "La denominación agrupa a unas 30 bodegas y cerca de 350 viticultores, que cultivan alrededor de 4.000 "
            "hectáreas en la comarca.",
        ],
    ),
    # news-please shape: Aargauer Zeitung (Switzerland), staff, place rubric, "05.00 Uhr" stamp with a dot, subscriber-only label, Swiss apostrophe thousands.
    dict(
        cluster="aargauerzeitung-baden-thermalbad-besucherrekord",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Thermalbad in Baden: 2024 kamen so viele Gäste wie noch nie",
        date="2025-02-12",
        dateline="",
        city=None,
        country="CH",
        region="europe",
        agency=None,
        authors=["Corinne Rüegg"],
        editors=[],
        lang="de",
        section=None,
        url="https://www.aargauerzeitung.example.ch/aargau/baden/thermalbad-baden-2024-so-viele-gaeste-wie-noch-nie-ld.2731184",
        source_domain="www.aargauerzeitung.example.ch",
        description="Trotz Rekord schreibt das Bad noch keinen Gewinn; die Eintrittspreise steigen im April.",
        np_authors=["Corinne Rüegg"],
        np_publish="2025-02-12 05:00:00",
        np_modify=None,
        np_download="2025-02-12 09:41:05",
        head_lines=["Baden", "Corinne Rüegg", "12.02.2025, 05.00 Uhr", "Exklusiv für Abonnenten"],
        tail_lines=["Mehr zum Thema", "Bäderquartier: Neue Beleuchtung für die Limmatpromenade", "Für Sie empfohlen"],
        paras=P("""
Das Thermalbad in Baden hat im vergangenen Jahr 412'000 Eintritte verzeichnet, so viele wie noch nie seit der
Eröffnung im Herbst 2021. Das sind rund 9 Prozent mehr als im Jahr davor.

Besonders gut besucht war das Bad in den Wintermonaten und an Regentagen im Sommer, wie die Betreiberin mitteilt.
An Spitzentagen zählte man über 2000 Gäste.

Rund ein Drittel der Besucherinnen und Besucher stammt aus dem Kanton Aargau, ein weiteres Drittel aus dem Raum
Zürich. Der Anteil der Gäste aus dem Ausland liegt bei knapp 10 Prozent.

Geschäftsführerin Sandra Imhof zeigt sich zufrieden: «Baden ist wieder eine Bäderstadt geworden, das spüren auch
die Hotels und Restaurants in der Altstadt.»

Trotz der hohen Besucherzahlen schreibt das Bad noch keinen Gewinn. Die hohen Energiekosten und die Abschreibungen
auf den Neubau belasten die Rechnung.

Auf Anfang April werden die Eintrittspreise deshalb um zwei Franken erhöht. Für Einwohnerinnen und Einwohner der
Stadt Baden gibt es weiterhin einen Rabatt.

Zudem soll ab Sommer ein Online-Reservationssystem für die Wochenenden eingeführt werden, um lange Warteschlangen am
Eingang zu vermeiden.

Die Stadt Baden rechnet damit, dass das Bad auch in diesem Jahr mehr Übernachtungen in die Region bringt.
"""),
        must_have=[
            "Rund ein Drittel der Besucherinnen und Besucher stammt aus dem Kanton Aargau, ein weiteres Drittel aus dem "
            "Raum Zürich.",
            "Trotz der hohen Besucherzahlen schreibt das Bad noch keinen Gewinn.",
        ],
    ),
    # trafilatura shape (gzipped batch): the AP story on KSAT (syndicated member of the AP cluster), name and "Associated Press" on separate lines, CST stamp, contributor and AP rights lines; first category "News".
    dict(
        WAPA,
        role="syndicated",
        file=JSONL_B,
        render="trafilatura",
        section="News",
        url="https://www.ksat.example.com/news/world/2024/11/04/judge-orders-virgin-islands-utility-to-refund-customers-overbilled-by-faulty-meters/",
        hostname="www.ksat.example.com",
        source_hostname="KSAT",
        tf_author="Rosalind Hendricks, Associated Press",
        tf_date="2024-11-04",
        tf_language="en",
        categories="News;World",
        tf_tags="Caribbean;Courts;Utilities",
        head_lines=["Rosalind Hendricks", "Associated Press", "Published: November 4, 2024 at 2:31 PM"],
        tail_lines=[WAPA_CONTRIB, WAPA_COPY],
    ),
    # newsbeam text shape (gzipped batch): Bay of Plenty Times, staff, name over a role line, NZ morning stamp while the crawler stamp is the previous UTC day, reading-time line, author bio.
    dict(
        cluster="bopt-kiwifruit-record-gold-crop",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Kiwifruit growers tip record gold crop as harvest hits peak",
        date="2025-04-09",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Ruby Nikora"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.bayofplentytimes.example.co.nz/news/kiwifruit-growers-tip-record-gold-crop-as-harvest-hits-peak/R5KQ2ZJXNFB6L3TMW7",
        nb_published="2025-04-08T17:05:00Z",
        outlet="Bay of Plenty Times",
        nb_authors=["Ruby Nikora"],
        head_lines=["Ruby Nikora", "Business reporter, Bay of Plenty Times", "9 Apr, 2025 05:05 AM", "4 mins to read"],
        tail_lines=["Ruby Nikora is a business reporter for the Bay of Plenty Times, covering horticulture and the port.",
                    "Subscribe to Premium"],
        paras=P("""
Bay of Plenty kiwifruit growers are on track for a record gold kiwifruit crop this season, with the harvest now at
its peak and packhouses running around the clock.

Industry figures show the national crop is forecast at about 205 million trays, with gold fruit making up nearly
two-thirds of the volume.

Te Puke orchardist Warren Te Kani said fruit sizes were up on last year after a warm spring and steady summer rain.

"It's the kind of season you hope for. We've had no frost, no big storms, and the fruit is sizing well," he said.

The strong crop has put pressure on packhouses to find workers, with several offering higher hourly rates and free
transport from Tauranga to attract seasonal staff.

About 7000 workers from Pacific countries are expected in the region during the harvest under the Recognised
Seasonal Employer scheme.

The Port of Tauranga said it expected to handle record volumes of kiwifruit in April and May, with extra vessels
chartered to carry fruit to Asia and Europe.

Growers remain cautious about returns, however, after orchard gate prices for green kiwifruit fell last season
because of weaker demand in Europe.
"""),
        must_have=[
            "The strong crop has put pressure on packhouses to find workers, with several offering higher hourly rates "
            "and free transport from Tauranga to attract seasonal staff.",
            "Growers remain cautious about returns, however, after orchard gate prices for green kiwifruit fell last "
            "season because of weaker demand in Europe.",
        ],
    ),
    # news-please shape (gzipped batch): Carta de Moçambique, staff, rubric and "Escrito por NAME" head line, Mozambican Portuguese, share and related lines.
    dict(
        cluster="cartamz-zambezia-comercializacao-arroz",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="Zambézia: campanha de comercialização do arroz arranca com preço mínimo de 22 meticais",
        date="2025-05-27",
        dateline="",
        city=None,
        country="MZ",
        region="africa",
        agency=None,
        authors=["Celso Mabunda"],
        editors=[],
        lang="pt",
        section=None,
        url="https://www.cartamz.example.com/index.php/economia-e-negocios/item/19482-zambezia-campanha-de-comercializacao-do-arroz-arranca",
        source_domain="www.cartamz.example.com",
        description="Camponeses queixam-se de compradores que pagam abaixo do preço de referência.",
        np_authors=["Celso Mabunda"],
        np_publish="2025-05-27 08:30:00",
        np_modify=None,
        np_download="2025-05-27 15:02:19",
        head_lines=["Economia e Negócios", "Escrito por Celso Mabunda", "Terça, 27 Maio 2025 08:30"],
        tail_lines=["Partilhe este artigo", "Artigos relacionados", "Nampula: produtores de caju pedem melhores preços"],
        paras=P("""
A campanha de comercialização agrícola do arroz arrancou esta semana na província da Zambézia com um preço mínimo de
22 meticais por quilograma, fixado pelo Governo provincial, contra 18 meticais na campanha anterior.

A Direcção Provincial de Agricultura e Pescas estima que os produtores da Zambézia colham cerca de 210 mil toneladas
de arroz em casca nesta campanha, sobretudo nos distritos de Nicoadala, Namacurra e Maganja da Costa.

Em Quelimane, vários camponeses queixam-se de que os comerciantes continuam a comprar abaixo do preço de
referência, aproveitando a falta de balanças e de transporte nas zonas mais isoladas.

"Eles chegam com o camião e dizem que é pegar ou largar. Se não vendermos, o arroz fica a estragar-se em casa",
contou Amélia Cossa, produtora em Nicoadala.

As autoridades provinciais prometeram reforçar a fiscalização nos mercados rurais e sancionar os compradores que
não respeitem o preço mínimo.

A Zambézia é a principal produtora de arroz do país, mas Moçambique continua a importar mais de metade do cereal
que consome, sobretudo da Ásia.

O Governo tem apostado na reabilitação de regadios e na distribuição de sementes melhoradas para aumentar a
produção nacional e reduzir as importações.
"""),
        must_have=[
            "Em Quelimane, vários camponeses queixam-se de que os comerciantes continuam a comprar abaixo do preço de "
            "referência, aproveitando a falta de balanças e de transporte nas zonas mais isoladas.",
            "A Zambézia é a principal produtora de arroz do país, mas Moçambique continua a importar mais de metade do "
            "cereal que consome, sobretudo da Ásia.",
        ],
    ),
    # newsbeam html shape (gzipped batch): Kyodo on ABS-CBN News, "AOMORI - " dateline without the agency, "Kyodo News" byline, "Posted at" stamp in Manila time, app line.
    dict(
        cluster="abscbn-kyodo-aomori-apple-exports",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_ABSCBN,
        title="Aomori apple exports hit record as Taiwan demand grows",
        date="2025-01-28",
        dateline="AOMORI - ",
        city="Aomori",
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section="World",
        meta_section="World",
        url="https://news.abs-cbn.example.com/world/2025/1/28/aomori-apple-exports-hit-record-as-taiwan-demand-grows-1932",
        description="Shipments in the September-December period rose 22 percent from a year earlier.",
        published="2025-01-28T19:32:00+08:00",
        modified="2025-01-28T19:32:00+08:00",
        nb_published="2025-01-28T11:32:00Z",
        outlet="ABS-CBN News",
        nb_authors=["Kyodo News"],
        ld_author=[{"@type": "Organization", "name": "Kyodo News"}],
        byline_lines=["Kyodo News"],
        date_lines=["Posted at Jan 28 2025 07:32 PM"],
        below_body=[("app", "Download the ABS-CBN News app for the latest news on the go.")],
        lists=[("Related", ["Japan's rice prices hit record high amid supply crunch"])],
        paras=P("""
Exports of apples from Aomori Prefecture reached 16,400 tons in the September-December period, up 22 percent from a
year earlier and the highest for the period on record, the prefectural government said Tuesday.

Taiwan accounted for about 68 percent of the shipments, with buyers there favoring large, bright red varieties such
as Sun Fuji as gifts for the Lunar New Year holiday, which begins this week.

Shipments to Hong Kong and Thailand also rose, while exports to mainland China remained small due to strict
quarantine rules.

The weak yen has made Japanese apples more affordable for overseas buyers, although prices in Taiwan are still
several times higher than those of imported American apples.

"Customers in Taiwan see Aomori apples as a premium gift, so the appearance matters as much as the taste," said an
official of a local agricultural cooperative that exports to the island.

Aomori produces about 60 percent of Japan's apples. Growers have faced labor shortages and rising costs for
fertilizer and packaging, and the number of apple-farming households has fallen by about a third over the past two
decades.

The prefecture aims to raise annual exports to 50,000 tons by 2030 by expanding cold storage and promoting new
varieties.
"""),
        must_have=[
            "Shipments to Hong Kong and Thailand also rose, while exports to mainland China remained small due to strict "
            "quarantine rules.",
            "The prefecture aims to raise annual exports to 50,000 tons by 2030 by expanding cold storage and promoting "
            "new varieties.",
        ],
    ),
]


HOLDOUT_NOTES = {
    "purpose": "sixteenth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Global News 'Posted March 3, 2025 7:15 pm' "
    "(article:published_time 2025-03-03T19:15-06:00) is 2025-03-04 in UTC, but the publisher's calendar says "
    "2025-03-03; the Bay of Plenty Times prints '9 Apr, 2025 05:05 AM' while the crawler stamp is 2025-04-08T17:05Z "
    "(New Zealand is UTC+12 in April), so 2025-04-09; Big News Network stamps in GMT+10 ('22nd September 2024, 20:14 "
    "GMT+10', 13:14 in Damascus) and the Xinhua dateline agrees on 22 September; Euronews 'Published on 11/03/2025 - "
    "15:42 GMT+1' is day/month/year; The Business Times 'Tue, Mar 11, 2025 \u00b7 10:52 PM' (Singapore time) and "
    "Boursorama 'AFP \u2022 14/11/2024 à 18:31' are the same day as their wire originals; KSAT 'Published: November 4, "
    "2024 at 2:31 PM' (Central time) is the day of the AJC original; Habertürk 'Güncelleme:', Global News 'Updated', "
    "Gazeta do Povo 'Atualizado em' and Alwihda's 'modifié le' are updates; the Kommersant page stamps in Yekaterinburg "
    "time (+05:00)",
    "dateline_city": "'BASSETERRE, March 11 (Reuters)' -> 'Basseterre', country KN; 'Cayenne (AFP)' -> 'Cayenne', "
    "French Guiana (GF); 'CHARLOTTE AMALIE, U.S. Virgin Islands (AP) \u2014' -> 'Charlotte Amalie', country VI (the U.S. "
    "Virgin Islands have their own ISO code, not US); 'Oberhof (dpa/th)' -> 'Oberhof' (dpa's Thuringia desk); "
    "'Biratnagar, May 8: ' (the Annapurna Express prints the RSS dateline without the agency) -> 'Biratnagar'; "
    "'ERZURUM (AA)' -> 'Erzurum'; 'Visakhapatnam, Feb 18 (PTI)' -> 'Visakhapatnam' (not the older 'Vizag' or "
    "'Waltair'); 'Ciudad del Este (Paraguay), 14 may (EFE).-' -> 'Ciudad del Este'; 'DAMASCUS, Sept. 22 (Xinhua) --' "
    "-> 'Damascus'; '(ANSA) - PESCARA, 14 GEN -' -> 'Pescara'; 'BARBASTRO.- ' (Diario del AltoAragón's upper-case "
    "dateline closed by a full stop and a hyphen) -> 'Barbastro'; 'AOMORI - ' on ABS-CBN -> 'Aomori' (the city, "
    "capital of Aomori Prefecture); 'JawaPos.com \u2013 ' opens the Jawa Pos story where a dateline would stand but "
    "names the site, not a place, so dateline_city is null and the country is that of Surabaya (ID); Kommersant's "
    "byline 'Анна Воронцова, Екатеринбург' places the reporter, it is not a dateline in the story, so null with "
    "country RU; the other pages without a dateline (Jersey Evening Post and its re-scrape, Daily News Hungary, Le "
    "Journal de Mayotte, Interia, Alwihda Info, KUAM, Irish Examiner, Gazeta do Povo, Global News, Herald Sun, El "
    "Diario de Hoy, Lefaso.net, Bulawayo24, Aargauer Zeitung, Bay of Plenty Times, Carta de Moçambique) are null "
    "and take the country of the story's location",
    "agency_names": "short names: 'Reuters', 'AFP', 'AP', 'dpa' ('dpa/th' and the '\u00a9 dpa-infocom, dpa:...' "
    "service line), 'RSS' (Rastriya Samachar Samiti, Nepal's national news agency; 'RSS' byline line), 'MTI' (Magyar "
    "Távirati Iroda; 'By MTI', 'Source: MTI'), 'Anadolu' ('(AA)' and 'Kaynak: AA'), 'PAP' (named only in 'Źródło: "
    "PAP' at the foot of the Interia page), 'PTI', 'EFE', 'Xinhua', 'ANSA', 'Kyodo' ('Kyodo News' byline on ABS-CBN; "
    "the dateline there carries no agency)",
    "agency_null": "'by Staff reporter' and 'Source - Byo24News' on Bulawayo24 are the site's own desk, not a wire (on "
    "Il Fatto Quotidiano the desk signature 'F. Q.' sits next to ANSA copy: the dateline and the '(ANSA).' sign-off "
    "decide the agency there); the Jersey Evening Post, Le Journal de "
    "Mayotte, Alwihda Info, KUAM, the Irish Examiner, Gazeta do Povo, Global News, the Herald Sun, Kommersant, El "
    "Diario de Hoy, Jawa Pos, Lefaso.net, Diario del AltoAragón, the Aargauer Zeitung, the Bay of Plenty Times and "
    "Carta de Moçambique pages are staff copy",
    "authors": "Reuters: Euronews and The Business Times print no personal byline; the credits line 'Reporting by "
    "Sharlene Baptiste in Bridgetown; Additional reporting by Marcus Liburd in Basseterre' gives both writers, in "
    "order; AP: 'By ROSALIND HENDRICKS \u2013 Associated Press' (AJC) and 'Rosalind Hendricks' over 'Associated Press' "
    "(KSAT) plus 'Associated Press writer Danielle Okafor contributed from Miami.' on both -> Rosalind Hendricks, "
    "Danielle Okafor; Le Parisien 'Le Parisien avec AFP', Boursorama 'AFP', 'By Reuters', 'By MTI', 'RSS', 'PTI', "
    "'Agencia EFE', 'Kyodo News', 'by Staff reporter', 'F. Q.' (Il Fatto's desk signature) and JSON author fields "
    "holding them are placeholders or agencies, not authors; Lefaso.net has no author field and no head byline: the "
    "writer signs at the foot ('Fatoumata Sanou' over 'Lefaso.net'), which makes her the author; 'Par Abakar "
    "Mahamat Saleh - 1 Juillet 2025 modifié le ...' -> 'Abakar Mahamat Saleh'; 'Escrito por Celso Mabunda' -> "
    "'Celso Mabunda'; Jawa Pos 'Reporter: Dimas Ramadhan' -> author; role lines ('Health Correspondent', 'Business "
    "reporter, Bay of Plenty Times') and mastheads under a name ('Global News', 'Herald Sun') are not part of it; "
    "Kommersant's 'Анна Воронцова, Екатеринбург' -> 'Анна Воронцова' (Cyrillic, as printed)",
    "editors": "Reuters 'Editing by Tomás Herrera' on both Reuters records; Xinhua 'Editor: Huang Lin' carried at the "
    "foot of the Big News Network copy; Jawa Pos 'Editor: Dwi Hartanto' (the Indonesian sites' editor line, as "
    "Antara and Tempo in earlier sets); Gazeta do Povo 'Conteúdo editado por: Marcela Tavares' (an 'Editado por' "
    "line); no other record names an editor",
    "caption_credit": "wrapper words, signs and file markers are dropped, the credit's own text is kept: Jersey "
    "Evening Post 'Picture: MARK DE GRUCHY' -> 'MARK DE GRUCHY' (case as printed); Daily News Hungary 'Photo: "
    "MTI/Gábor Fekete' -> 'MTI/Gábor Fekete'; Le Parisien 'AFP/Ronan Lietar'; AJC '(AP Photo/Dennis Quiñones, File)' "
    "-> 'AP Photo/Dennis Quiñones' (', File' says the picture is an archive one, like 'File:'); Diario las Américas "
    "'EFE/Rodrigo Villalba'; Irish Examiner 'Picture: Fergal Lenihan' -> 'Fergal Lenihan'; Gazeta do Povo 'Foto: "
    "Divulgação/IDR-Paraná' -> 'Divulgação/IDR-Paraná' ('Divulgação' is part of the credit: a handout from the "
    "institute); Global News 'Marc Ouellet / Global News' as printed; Herald Sun 'Picture: NewsWire / Dean Martell' -> "
    "'NewsWire / Dean Martell'; Kommersant 'Фото: Павел Ремезов, Коммерсантъ' -> 'Павел Ремезов, Коммерсантъ'; Diario "
    "del AltoAragón 'Foto: Ana Rubio' -> 'Ana Rubio'",
    "photo_credit_not_story_agency": "'AFP/', 'AP Photo/', 'EFE/' and 'MTI/' credits agree with, but do not decide, "
    "the agency labels; 'NewsWire' is News Corp's own picture service",
    "section": "HTML pages: article:section ('Société' on Le Parisien, 'Nation & World' on the AJC, 'Andhra Pradesh', "
    "'América Latina', 'Health', 'Paraná', 'Winnipeg', 'Law and Order', 'Екатеринбург', and 'Somontano' and 'World' on "
    "the batched newsbeam html pages); trafilatura: first category ('Actualités' on Lefaso.net, 'Local' on "
    "Bulawayo24, 'Cronaca' on Il Fatto Quotidiano, 'News' on the KSAT copy); text pages, news-please and newsbeam "
    "text records null, whatever section word the page prints near the title (Boursorama's copy of the AFP story is "
    "null although Le Parisien's original is 'Société')",
    "chrome": "the dpa-infocom service line with the story id, 'Artikel anhören', summary boxes ('Highlights' and its "
    "sentence), audio-player and metered-paywall lines ('Ouça este conteúdo', 'Você leu 2 de 5 conteúdos "
    "gratuitos...'), the print-edition line ('Газета «Коммерсантъ» Екатеринбург №12 ...'), reading-time lines, "
    "'Exklusiv für Abonnenten', source lines ('Source: MTI', 'Źródło: PAP', 'Kaynak: AA', 'Source - Byo24News', "
    "'Source: Xinhua'), the site-name line 'Big News Network.com', comment counters and prompts ('0 commentaire', "
    "'Vos réactions (3)', 'Comments are closed on this article.'), follow-category, newsletter, WhatsApp, fan-page, "
    "app, broadcast and subscription lines, author bios, the writer's signature at the foot of the Lefaso.net story "
    "and the '(ANSA).' sign-off are chrome; the Herald Sun kicker 'Courts VIC' is chrome",
    "regions": "Saint Kitts and Nevis (KN), French Guiana (GF), the U.S. Virgin Islands (VI), Paraguay, Brazil, "
    "Canada and El Salvador -> americas; Mayotte (YT, a French department in the Mozambique Channel), Chad, Burkina "
    "Faso, Zimbabwe and Mozambique -> africa; Syria (SY), Nepal, Türkiye (Western Asia in UN M49), India, Indonesia "
    "and Japan -> asia; Jersey (JE, its own ISO code, not GB), Germany, Hungary, Poland, Ireland, Russia (Yekaterinburg "
    "is east of the Urals, but RU is Eastern Europe in UN M49), Italy, Spain and Switzerland -> europe; Guam (GU), "
    "Australia and New Zealand -> oceania",
    "languages": "Turkish 'tr' (Habertürk), Polish 'pl' (Interia), Indonesian 'id' (Jawa Pos) and Russian 'ru' "
    "(Kommersant) appear next to en, fr, es, pt, de and it; Gazeta do Povo writes Brazilian Portuguese and Carta de "
    "Moçambique European-norm Portuguese; the Aargauer Zeitung writes Swiss Standard German (no 'ß', apostrophe as "
    "thousands separator)",
    "jep_jersey_royal_exports_down": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with the "
    "clean text; its must_have sentences contain no quotes or apostrophes; it kept neither the section line, the "
    "newsletter line nor the most-read list",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"by reuters", "le parisien avec afp", "rss", "rastriya samachar samiti", "mti", "by mti",
                "anadolu ajansı", "pap", "kyodo", "kyodo news", "f. q.", "byo24news", "big news network.com",
                "staff", "redazione"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
