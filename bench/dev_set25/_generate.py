#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's twenty-fifth development set (bench/dev_set25/, first written as the twenty-second held-out set).

    .venv/bin/python bench/dev_set25/_generate.py

Writes ``bench/dev_set25/articles/*`` and ``bench/dev_set25/labels.json`` next to
this file.  Output is deterministic (gzip members use mtime=0 and no file
name).  Every story is invented: people, quotes, companies and figures are
fictional; cities, countries and some public institutions are real so that
datelines and countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and big national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set24/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout22_2025-a.jsonl"
JSONL_B = "crawl_holdout22_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: AFP, Brazzaville (La Presse page + copy on Le Télégramme in a batch) ----

BRAZZA = dict(
    cluster="afp-brazzaville-fleuve-congo-etiage",
    title="Au Congo, le fleuve au plus bas paralyse le transport de marchandises",
    date="2024-10-03",
    dateline="Brazzaville (AFP) - ",
    city="Brazzaville",
    country="CG",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Des dizaines de barges sont immobilisées au port fluvial de Brazzaville, faute d'eau.",
    paras=P("""
Des dizaines de barges chargées de ciment, de carburant et de produits vivriers sont immobilisées depuis plus de
deux semaines au port fluvial de Brazzaville, le niveau du fleuve Congo étant tombé à son plus bas depuis près de
quarante ans.

Selon les relevés de la Direction de la navigation fluviale, la hauteur d'eau mesurée à l'échelle du port était
mardi de 1,12 mètre, contre 2,40 mètres en moyenne à cette période de l'année.

Les bancs de sable qui affleurent désormais au milieu du fleuve rendent la navigation dangereuse pour les convois
qui remontent vers Mossaka et Ouesso, dans le nord du pays.

"Nous avons trois barges bloquées ici avec 900 tonnes de marchandises. Chaque jour qui passe nous coûte de
l'argent", explique Gervais Mabiala, armateur installé au port depuis vingt ans.

Dans les marchés de Brazzaville, le prix du sac de manioc venu du nord a augmenté d'environ 30 % en deux semaines,
selon des commerçantes interrogées par l'AFP.

Les autorités ont autorisé le transport de certaines marchandises par la route nationale 2, mais les camionneurs
dénoncent des coûts bien plus élevés.

Les météorologues attribuent l'étiage à une saison des pluies tardive et peu abondante dans le bassin du fleuve.
Une remontée des eaux n'est pas attendue avant la mi-novembre.
"""),
    must_have=[
        "Selon les relevés de la Direction de la navigation fluviale, la hauteur d'eau mesurée à l'échelle du port "
        "était mardi de 1,12 mètre, contre 2,40 mètres en moyenne à cette période de l'année.",
        "Les autorités ont autorisé le transport de certaines marchandises par la route nationale 2, mais les "
        "camionneurs dénoncent des coûts bien plus élevés.",
    ],
)

# ---- cluster: Xinhua, Tunis (Gulf Today scrape + copy on Pakistan Observer in the gzipped batch) ----

TUNIS = dict(
    cluster="xinhua-tunis-olive-oil-export-revenue",
    title="Tunisia's olive oil export revenue falls despite higher volumes",
    date="2024-12-10",
    dateline="TUNIS, Dec. 10 (Xinhua) -- ",
    city="Tunis",
    country="TN",
    region="africa",
    agency="Xinhua",
    authors=[],
    editors=[],
    lang="en",
    description="Lower world prices cut earnings even as shipments rose by more than half.",
    paras=P("""
Tunisia's revenue from olive oil exports fell by 21 percent in the first month of the 2024-2025 season, even though
the volume shipped abroad rose sharply, the National Observatory of Agriculture said on Tuesday.

Tunisia exported 38,400 tonnes of olive oil between Nov. 1 and Nov. 30, up 57 percent from the same period a year
earlier, according to the observatory's monthly bulletin.

However, export earnings dropped to 512 million dinars (about 162 million U.S. dollars), as the average export price
fell to 13.3 dinars per kg from 25.9 dinars a year earlier.

The observatory attributed the fall in prices to the recovery of production in Spain and other Mediterranean
countries after two years of drought.

Tunisia expects to produce about 340,000 tonnes of olive oil this season, one of its largest harvests in a decade,
the Ministry of Agriculture said earlier.

The European Union remained the main destination, taking about 61 percent of the shipments, followed by the United
States and Canada.

Olive oil is Tunisia's leading agricultural export and provides income for more than 300,000 farming families.
"""),
    must_have=[
        "Tunisia exported 38,400 tonnes of olive oil between Nov. 1 and Nov. 30, up 57 percent from the same period a "
        "year earlier, according to the observatory's monthly bulletin.",
        "The observatory attributed the fall in prices to the recovery of production in Spain and other "
        "Mediterranean countries after two years of drought.",
    ],
)

# ---- cluster: Anadolu, Amasya (Türkiye Gazetesi page + copy on Haber7 in a batch) ----

AMASYA = dict(
    cluster="aa-amasya-elma-hasadi-rekolte",
    title="Amasya'da elma hasadı başladı: Rekolte 380 bin ton bekleniyor",
    date="2024-09-15",
    dateline="AMASYA (AA) - ",
    city="Amasya",
    country="TR",
    region="asia",
    agency="Anadolu",
    authors=[],
    editors=[],
    lang="tr",
    description="Üreticiler bu yıl dolu ve don görülmediği için kaliteden memnun.",
    paras=P("""
Amasya'da coğrafi işaretli Amasya elmasının hasadına başlandı. İl Tarım ve Orman Müdürlüğü, bu yıl kentte yaklaşık
380 bin ton elma rekoltesi beklendiğini açıkladı.

Geçen yıl ilkbahardaki zirai don nedeniyle rekolte 290 bin tonda kalmıştı.

Merzifon, Suluova ve merkez ilçedeki bahçelerde başlayan hasatta, üreticiler ve mevsimlik işçiler sabahın erken
saatlerinden itibaren elmaları topluyor.

Üreticilerden Hasan Demirtaş, bu yıl dolu ve don görülmediği için meyvelerin kalitesinin çok iyi olduğunu söyledi.
Demirtaş, "Emeğimizin karşılığını almak istiyoruz. Tüccarın kilogram başına 12 liradan aşağı vermemesi lazım"
dedi.

Toptancı halinde elmanın kilogramı çeşidine göre 9 ile 14 lira arasında alıcı buluyor.

Kentte üretilen elmanın yaklaşık yüzde 20'si Irak, Rusya ve Körfez ülkelerine ihraç ediliyor. Soğuk hava
depolarının kapasitesinin artırılmasıyla üreticilerin ürünü daha uzun süre saklayabildiği belirtildi.

İl Tarım ve Orman Müdürü Mustafa Kaya da yaptığı açıklamada, kentte yaklaşık 52 bin dekar alanda elma
yetiştirildiğini ve son yıllarda bodur elma bahçelerinin hızla yaygınlaştığını belirtti. Kaya, damla sulama ve dolu
ağı desteklerinin bu yıl da süreceğini ifade etti.

Hasadın ekim ayının sonuna kadar sürmesi bekleniyor.
"""),
    must_have=[
        "Geçen yıl ilkbahardaki zirai don nedeniyle rekolte 290 bin tonda kalmıştı.",
        "Toptancı halinde elmanın kilogramı çeşidine göre 9 ile 14 lira arasında alıcı buluyor.",
    ],
)

# ---- cluster: Soualiga Newsday, Marigot (page + noisy re-scrape) ----

MARIGOT = dict(
    cluster="soualiga-marigot-quartier-orleans-wastewater-plant",
    title="Collectivité starts work on new wastewater plant in Quartier d'Orléans",
    date="2025-02-20",
    dateline="MARIGOT--",
    city="Marigot",
    country="MF",
    region="americas",
    agency=None,
    authors=[],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=P("""
The Collectivité of Saint-Martin on Thursday officially launched construction of a new wastewater treatment plant
in Quartier d'Orléans, a project meant to end years of sewage overflows into the Étang de la Barrière.

The plant will be able to treat the wastewater of around 9,000 inhabitants, almost three times the capacity of the
old station, which was badly damaged by Hurricane Irma in 2017 and never fully repaired.

The works are budgeted at 14.6 million euros, financed mainly by the French State and the European Regional
Development Fund, with the remainder paid by the Collectivité's water and sanitation establishment.

Residents of the area have complained for several years about foul smells and about the state of the pond, where
fishing was banned in 2022 after tests showed high levels of bacteria.

The President of the Collectivité said the plant was one of the most important investments of the current term.
"This is about public health and about the dignity of the people of Quartier d'Orléans," he told the gathering.

Construction is expected to take about 22 months. During the works, some road closures are expected on the road
leading to the Galion beach.

The Collectivité also said new sewer connections would be offered free of charge to around 400 homes that still
rely on septic tanks.
"""),
    must_have=[
        "The plant will be able to treat the wastewater of around 9,000 inhabitants, almost three times the capacity "
        "of the old station, which was badly damaged by Hurricane Irma in 2017 and never fully repaired.",
        "Construction is expected to take about 22 months.",
    ],
)

SOUALIGA_PRE = ["Soualiga Newsday", "Home", "Local", "Regional", "Business", "Sports", "Opinion", "Contact"]
SOUALIGA_HEAD = ["Category: Local", "Published: Thursday, 20 February 2025 14:38", "Hits: 612"]
SOUALIGA_COPY = "Copyright \u00a9 2025 Soualiga Newsday. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Gulf Today (original of the Xinhua cluster): section and "Xinhua" lines, stamp, "TUNIS, Dec. 10 (Xinhua) -- " dateline, "Enditem" line, tags and related list.
    dict(
        TUNIS,
        role="original",
        file="gulftoday_xinhua_tunis_olive_oil_exports.txt",
        render="text",
        section=None,
        pre=[["Gulf Today", "UAE", "Business", "World", "Sports", "Opinion", "Lifestyle", "E-Paper"]],
        head=[["BUSINESS"], ["Xinhua"], ["10 Dec 2024"]],
        tail=[
            ["Enditem"],
            ["Tags: Tunisia, Olive oil, Exports"],
            ["Related articles", "Morocco wheat imports set to climb after dry season", "Gold steadies as traders await US inflation data"],
        ],
    ),
    # Soualiga Newsday (original of the re-scrape cluster): Joomla "Category:", "Published:" and "Hits:" lines, "MARIGOT--" dateline (namesakes in Dominica and Haiti).
    dict(
        MARIGOT,
        role="original",
        file="soualiganewsday_marigot_wastewater_plant.txt",
        pre=[SOUALIGA_PRE],
        head=[SOUALIGA_HEAD],
        tail=[
            ["Tweet", "Share on Facebook", "Share on WhatsApp"],
            ["More in this category: \u00ab Police seize firearm in Sandy Ground raid   Marigot market vendors get new stalls \u00bb"],
            [SOUALIGA_COPY],
        ],
    ),
    dict(
        MARIGOT,
        role="rescrape",
        file="soualiganewsday_marigot_wastewater_plant_rescrape.txt.gz",
        noise=True,
        pre=[SOUALIGA_PRE],
        head=[SOUALIGA_HEAD],
        tail=[[SOUALIGA_COPY]],
    ),
    # KFGO (Fargo radio station site): Reuters copy, "BRATISLAVA, Jan 28 (Reuters) - ", credits line, Thomson Reuters copyright.
    dict(
        cluster="reuters-bratislava-car-output-record",
        role="single",
        file="kfgo_reuters_bratislava_car_output.txt",
        render="text",
        title="Slovak car output hits record 1.09 million vehicles in 2024",
        date="2025-01-28",
        dateline="BRATISLAVA, Jan 28 (Reuters) - ",
        city="Bratislava",
        country="SK",
        region="europe",
        agency="Reuters",
        authors=["Marek Hudec"],
        editors=["Alison Pemberton"],
        lang="en",
        section=None,
        pre=[["KFGO", "News", "Weather", "Sports", "Podcasts", "Listen Live", "Contests", "Contact"],
             ["Business News"]],
        head=[["Jan 28, 2025 | 6:12 AM"]],
        tail=[
            ["(Reporting by Marek Hudec; Editing by Alison Pemberton)"],
            ["(c) Copyright Thomson Reuters 2025. Click For Restrictions - https://agency.reuters.com/en/copyright.html"],
        ],
        paras=P("""
Slovakia, the world's biggest car producer per head of population, made a record 1.09 million vehicles in 2024,
the country's automotive industry association said on Tuesday, despite weak demand in its main European markets.

Output rose 2.4% from the previous year, when the four carmakers with plants in the country produced 1.06 million
cars, the association said.

The automotive sector accounts for around 13% of Slovakia's economic output and close to half of its industrial
production, making the small euro zone country vulnerable to any slowdown in European car sales.

The association said it expected production to stay roughly flat in 2025, citing uncertainty over possible U.S.
tariffs on European goods and slowing sales of electric vehicles.

"Last year shows that the plants remain competitive, but the risks are growing and the outlook for this year is
more cautious," the association's president, Viktor Sloboda, told a news conference.

Slovakia's central bank has warned that U.S. tariffs on cars made in the European Union could cut the country's
economic growth by up to 0.5 percentage point.

Carmakers have also been hit by rising energy and labour costs, and several suppliers announced job cuts last
year.
"""),
        must_have=[
            "Output rose 2.4% from the previous year, when the four carmakers with plants in the country produced 1.06 "
            "million cars, the association said.",
            "Slovakia's central bank has warned that U.S. tariffs on cars made in the European Union could cut the "
            "country's economic growth by up to 0.5 percentage point.",
        ],
    ),
    # NWZonline: dpa regional copy "Oldenburg (dpa/lni) - " (Oldenburg in Lower Saxony; namesake Oldenburg in Holstein), agency line, dpa-infocom footer.
    dict(
        cluster="dpa-oldenburg-putenstall-urteil",
        role="single",
        file="nwzonline_dpa_oldenburg_putenstall_urteil_de.txt",
        render="text",
        title="Gericht stoppt Bau eines großen Putenstalls im Ammerland",
        date="2024-09-18",
        dateline="Oldenburg (dpa/lni) - ",
        city="Oldenburg",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        pre=[["NWZonline", "Oldenburg", "Ammerland", "Niedersachsen", "Sport", "ePaper", "Abo"],
             ["Niedersachsen"]],
        head=[["dpa"], ["18.09.2024, 14:27 Uhr"], ["Artikel teilen"]],
        tail=[
            ["\u00a9 dpa-infocom, dpa:240918-930-236511/1"],
            ["Mehr zum Thema", "Landkreis Cloppenburg: Streit um Güllelager geht weiter"],
        ],
        paras=P("""
Das Verwaltungsgericht Oldenburg hat die Genehmigung für einen Putenstall mit rund 29.000 Plätzen in der Gemeinde
Wiefelstede im Landkreis Ammerland aufgehoben. Die Kammer gab am Mittwoch der Klage eines Umweltverbandes statt.

Der Landkreis habe bei der Genehmigung nicht ausreichend geprüft, wie sich zusätzliche Stickstoffeinträge auf ein
nahe gelegenes Moorgebiet auswirkten, sagte der Vorsitzende Richter.

Das Schutzgebiet liegt nach Angaben des Gerichts nur etwa 1,4 Kilometer von dem geplanten Stall entfernt.

Der Landwirt, der den Stall bauen wollte, hatte argumentiert, mit einer modernen Abluftreinigung würden die
Emissionen deutlich unter den Grenzwerten bleiben. Das Gericht sah das als nicht ausreichend belegt an.

Der Landkreis Ammerland kündigte an, die schriftliche Urteilsbegründung abzuwarten und dann über weitere Schritte
zu entscheiden. Gegen das Urteil kann die Zulassung der Berufung beim Oberverwaltungsgericht in Lüneburg beantragt
werden.

Der klagende Verband sprach von einem wichtigen Signal für den Schutz der Moore in der Region. Im Nordwesten
Niedersachsens gibt es seit Jahren Streit um große Tierhaltungsanlagen.
"""),
        must_have=[
            "Das Schutzgebiet liegt nach Angaben des Gerichts nur etwa 1,4 Kilometer von dem geplanten Stall entfernt.",
            "Gegen das Urteil kann die Zulassung der Berufung beim Oberverwaltungsgericht in Lüneburg beantragt werden.",
        ],
    ),
    # WAFA (English service): "NABLUS, Wednesday, November 6, 2024 (WAFA) - " dateline with the weekday, editor's initials line.
    dict(
        cluster="wafa-nablus-olive-oil-prices",
        role="single",
        file="wafa_nablus_olive_oil_prices.txt",
        render="text",
        title="Olive oil prices climb as Nablus presses report smaller harvest",
        date="2024-11-06",
        dateline="NABLUS, Wednesday, November 6, 2024 (WAFA) - ",
        city="Nablus",
        country="PS",
        region="asia",
        agency="WAFA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["WAFA Agency", "Home", "Local", "Economy", "Culture", "Health", "Reports", "Photos"]],
        head=[["Economy"], ["Date: 06/11/2024 Time: 12:45"]],
        tail=[["R.N."], ["Palestinian News & Info Agency - WAFA \u00a9 2024"]],
        paras=P("""
The price of olive oil in the Nablus governorate has climbed to its highest level in years, as olive presses
report a much smaller harvest than last season.

A 16-kilogram tin of olive oil is now selling for between 520 and 560 shekels, compared with around 400 shekels at
the start of last year's season, according to owners of olive presses in the governorate.

Figures from the Ministry of Agriculture show that the 35 presses operating in the governorate have so far
received about 40 percent less fruit than during the same period last year.

Farmers attribute the decline to the high temperatures during the flowering season in the spring and to the lack of
rain, as well as to the difficulty of reaching some groves.

Yousef Hamdan, who owns a press in the village of Beit Iba, west of Nablus, said the oil yield per ton of olives was
also lower than usual. "Last year a ton gave us 230 kilograms of oil. This year it is closer to 190," he said.

Traders said the high prices had reduced local demand, with many families buying smaller quantities than in
previous years.

The olive sector is one of the main sources of income for thousands of families in the northern West Bank, and the
harvest season usually runs until the end of November.
"""),
        must_have=[
            "Figures from the Ministry of Agriculture show that the 35 presses operating in the governorate have so far "
            "received about 40 percent less fruit than during the same period last year.",
            "Traders said the high prices had reduced local demand, with many families buying smaller quantities than "
            "in previous years.",
        ],
    ),
    # Lokmat Times: UNI copy "Bhopal, Feb 12 (UNI) " (no dash), "By UNI | Published:" line, UNI slug line, auto-published disclaimer.
    dict(
        cluster="uni-bhopal-bulk-waste-generators-fines",
        role="single",
        file="lokmattimes_uni_bhopal_bulk_waste_fines.txt",
        render="text",
        title="Bhopal civic body to fine bulk waste generators who skip on-site composting",
        date="2025-02-12",
        dateline="Bhopal, Feb 12 (UNI) ",
        city="Bhopal",
        country="IN",
        region="asia",
        agency="UNI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Lokmat Times", "National", "Maharashtra", "Business", "Sports", "Entertainment", "Technology", "Videos"]],
        head=[["By UNI | Published: February 12, 2025 18:52 IST"]],
        tail=[
            ["UNI SSK RJ 1845"],
            ["Disclaimer: This post has been auto-published from an agency feed without any modifications to the text and has not been reviewed by an editor"],
            ["Open in app"],
        ],
        paras=P("""
The Bhopal Municipal Corporation (BMC) will impose fines of up to Rs 25,000 on hotels, marriage gardens, hostels and
housing societies that fail to process their wet waste on their own premises, officials said on Wednesday.

Under the solid waste management rules, establishments that generate more than 100 kg of waste a day are classed as
bulk waste generators and are required to compost or otherwise treat their organic waste themselves.

According to BMC officials, the city has around 1,150 such establishments, but fewer than 300 have set up composting
units so far.

The Municipal Commissioner's office said a survey of the remaining establishments would begin next week and notices
would be served to those found violating the rules.

A first violation will attract a fine of Rs 5,000, which will rise to Rs 25,000 for repeat offences, officials said.

Bhopal generates about 850 tonnes of solid waste every day, and the civic body has been trying to reduce the load
on its processing plant at Adampur Chhawni.

Officials said the corporation would also help smaller societies to set up shared composting units and would offer
a rebate on property tax to those that process all their wet waste on site.
"""),
        must_have=[
            "According to BMC officials, the city has around 1,150 such establishments, but fewer than 300 have set up "
            "composting units so far.",
            "A first violation will attract a fine of Rs 5,000, which will rise to Rs 25,000 for repeat offences, "
            "officials said.",
        ],
    ),
    # The Border Mail (Albury-Wodonga): staff, "Updated ..., first published ..." line across two days, "Advertisement" inserts, newsletter lines.
    dict(
        cluster="bordermail-albury-emergency-department-busiest-quarter",
        role="single",
        file="bordermail_albury_emergency_department_record.txt",
        render="text",
        title="Albury hospital emergency department records its busiest quarter",
        date="2025-03-05",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Ellen Whitford"],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Border Mail", "News", "Sport", "What's On", "Comment", "Property", "Subscribe", "Log in"],
             ["Local News"]],
        head=[["Ellen Whitford"], ["Updated March 6 2025 - 11:15am, first published March 5 2025 - 6:00pm"]],
        inserts={1: ["Advertisement"], 4: ["Advertisement"]},
        tail=[
            ["Get the latest Albury-Wodonga news delivered to your inbox", "Sign up for our newsletter to stay up to date."],
            ["We care about the protection of your data. Read our Privacy Policy."],
        ],
        paras=P("""
Albury's emergency department has recorded its busiest three months on record, with more than 14,200 people
attending between October and December.

Figures released by the Bureau of Health Information on Wednesday show attendances at Albury Wodonga Health's
Albury campus rose 7.8 per cent compared with the same quarter in 2023.

Only 58 per cent of patients started their treatment on time, well below the state average of 66 per cent.

Albury Wodonga Health executive director of operations Simone Keane said the department had been under constant
pressure since winter.

"Our staff are doing an extraordinary job, but we are seeing more people with complex conditions who have not been
able to see a GP," she said.

The number of patients who arrived by ambulance rose to 3,450 for the quarter, and just under three-quarters of
them were transferred to emergency department staff within 30 minutes.

The health service said the planned redevelopment of the Albury campus, including a larger emergency department,
remained on track, with early works due to start later this year.

Independent Member for Albury Justin Clarke called for more after-hours clinics in the region. "People are going
to the emergency department because they have nowhere else to go," he said.
"""),
        must_have=[
            "Only 58 per cent of patients started their treatment on time, well below the state average of 66 per cent.",
            "The number of patients who arrived by ambulance rose to 3,450 for the quarter, and just under three-quarters "
            "of them were transferred to emergency department staff within 30 minutes.",
        ],
    ),
    # La Montagne: staff, "Vichy | Santé" kicker line, "Publié le ... à 17h45" stamp, "Lire aussi" link, subscription lines.
    dict(
        cluster="lamontagne-vichy-cures-thermales",
        role="single",
        file="lamontagne_vichy_cures_thermales_fr.txt",
        render="text",
        title="Vichy : les cures thermales retrouvent leur niveau d'avant la crise sanitaire",
        date="2024-06-12",
        dateline="",
        city=None,
        country="FR",
        region="europe",
        agency=None,
        authors=["Marion Chabrier"],
        editors=[],
        lang="fr",
        section=None,
        pre=[["La Montagne", "Actualité", "Allier", "Vichy", "Sports", "Loisirs", "Nécrologie", "S'abonner"]],
        head=[["Vichy | Santé"], ["Publié le 12/06/2024 à 17h45"], ["Marion Chabrier"]],
        inserts={2: ["Lire aussi : Vichy : la Source de l'Hôpital rouvre au public après travaux"]},
        tail=[
            ["Vous souhaitez lire la suite ? Abonnez-vous dès maintenant"],
            ["Déjà abonné ? Connectez-vous"],
            ["Signaler une erreur"],
        ],
        paras=P("""
Avec 13 860 curistes accueillis en 2023, les établissements thermaux de Vichy ont retrouvé leur niveau d'avant la
crise sanitaire, selon les chiffres présentés mardi soir lors de l'assemblée générale de l'office de tourisme.

En 2019, la station avait accueilli 13 700 curistes. Le chiffre était tombé à moins de 6 000 en 2020.

Les cures conventionnées de trois semaines, prises en charge par l'Assurance maladie, représentent toujours
l'essentiel de l'activité, principalement pour les affections digestives et les rhumatismes.

Les séjours courts de bien-être, de deux à six jours, progressent nettement : ils ont attiré 4 200 personnes l'an
dernier, soit 18 % de plus qu'en 2022.

« Les curistes sont plus jeunes qu'avant, et ils viennent souvent avec leur famille, ce qui profite aux commerces et
aux restaurants », observe Jean-Luc Bardot, président de l'office de tourisme.

Selon l'office, un curiste dépense en moyenne 1 900 euros pendant son séjour, hébergement compris.

La ville mise désormais sur l'allongement de la saison, avec une ouverture des thermes dès le mois de février à
partir de l'an prochain.
"""),
        must_have=[
            "En 2019, la station avait accueilli 13 700 curistes.",
            "Selon l'office, un curiste dépense en moyenne 1 900 euros pendant son séjour, hébergement compris.",
        ],
    ),
    # Zakon.kz: staff, Russian, "Автор:" line and view counter, Telegram line.
    dict(
        cluster="zakonkz-pavlodar-vodoprovod-zamena",
        role="single",
        file="zakonkz_pavlodar_vodoprovod_zamena_ru.txt",
        render="text",
        title="В Павлодаре за два года заменят 40 километров водопроводных сетей",
        date="2025-04-17",
        dateline="",
        city=None,
        country="KZ",
        region="asia",
        agency=None,
        authors=["Дина Ахметова"],
        editors=[],
        lang="ru",
        section=None,
        pre=[["Zakon.kz", "Новости", "Казахстан", "Мир", "Экономика", "Происшествия", "Спорт"]],
        head=[["Автор: Дина Ахметова"], ["17 апреля 2025, 11:20"], ["Просмотров: 1 284"]],
        tail=[
            ["Подписывайтесь на Telegram-канал Zakon.kz"],
            ["Если вы нашли ошибку, выделите её мышью и нажмите Ctrl+Enter"],
        ],
        paras=P("""
В Павлодаре в 2025-2026 годах заменят около 40 километров изношенных водопроводных сетей. Об этом на брифинге
сообщили в отделе жилищно-коммунального хозяйства города.

По данным ведомства, общая протяжённость водопроводных сетей в городе составляет более 800 километров, из них
почти 60 процентов эксплуатируются свыше 40 лет.

Только за прошлый год в городе было зарегистрировано более 1 900 порывов на водопроводе.

В этом году работы пройдут на 14 улицах, в первую очередь в старой части города и в микрорайонах, где аварии
происходят чаще всего. На ремонт из местного бюджета выделено 6,8 миллиарда тенге.

«Мы начинаем с участков, где порывы случаются несколько раз в год. Это позволит снизить потери воды и сократить
число отключений», — пояснил руководитель отдела Ержан Касымов.

На время работ жителям некоторых домов будут временно отключать холодную воду. Графики отключений будут
публиковаться заранее.

В городском акимате также сообщили, что в ближайшие годы планируется реконструкция главной насосной станции,
построенной в 1970-х годах.
"""),
        must_have=[
            "Только за прошлый год в городе было зарегистрировано более 1 900 порывов на водопроводе.",
            "На ремонт из местного бюджета выделено 6,8 миллиарда тенге.",
        ],
    ),
    # Stabroek News: house byline "By Stabroek News", "Daily Archives" line, tags, related list; Linden (namesakes in the US).
    dict(
        cluster="stabroek-linden-wismar-wells",
        role="single",
        file="stabroeknews_linden_wismar_water_wells.txt",
        render="text",
        title="GWI to drill two new wells to ease Wismar water shortages",
        date="2025-03-14",
        dateline="",
        city=None,
        country="GY",
        region="americas",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Stabroek News", "News", "Business", "Sports", "Features", "Opinion", "Letters", "Subscribe"],
             ["Daily Archives: March 14, 2025"]],
        head=[["By Stabroek News"], ["March 14, 2025"]],
        tail=[
            ["Tags: GWI, Linden, Region Ten, water"],
            ["Related", "Berbice River ferry to get new engines", "Region Ten council approves market repairs"],
            ["Comments are closed."],
        ],
        paras=P("""
The Guyana Water Inc (GWI) says it will drill two new wells at Wismar, Linden, by the end of June in an effort to
end the low water pressure and frequent outages that residents on the western bank of the Demerara River have
complained about for months.

In a statement yesterday, the utility said the wells, each about 180 metres deep, would add around 360 cubic metres
of water an hour to the supply for Wismar, Silvertown and parts of Blueberry Hill.

Residents of several Wismar communities say they have been getting water for only a few hours a day since December,
and some households on higher ground have had no water in their taps for weeks.

GWI said the problems were caused by the failure of one of the two existing wells and by the age of the
transmission mains, some of which were laid more than 50 years ago.

The utility said it had deployed water trucks to the worst affected areas and would replace about six kilometres of
old mains this year.

A treatment plant serving the Linden area is also to be upgraded, GWI said, but it gave no date for the work.

Regional Chairman of Region Ten said residents had been patient and that the council would monitor the progress of
the works.
"""),
        must_have=[
            "Residents of several Wismar communities say they have been getting water for only a few hours a day since "
            "December, and some households on higher ground have had no water in their taps for weeks.",
            "The utility said it had deployed water trucks to the worst affected areas and would replace about six "
            "kilometres of old mains this year.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_LAPRESSE = site("La Presse", "https://www.lapresse.example.ca", " | La Presse", "fr_CA", "@LP_LaPresse",
                     ["Actualités", "International", "Affaires", "Sports", "Arts", "Dialogue", "Contexte", "Société"],
                     ["\u00a9 La Presse Inc. Tous droits réservés.", "Conditions d'utilisation", "Politique de confidentialité", "Nous joindre"],
                     share=["Partager", "Facebook", "Courriel", "Copier le lien"], top=["Infolettres", "Mon compte"])
SITE_ADN = site("Anchorage Daily News", "https://www.adn.example.com", " - Anchorage Daily News", "en_US", "@adndotcom",
                ["Alaska News", "Politics", "Outdoors", "Sports", "Opinion", "Business", "Arts & Culture", "Subscribe"],
                ["\u00a9 2025 Anchorage Daily News", "Contact Us", "Privacy Policy", "Terms of Service"],
                share=["Share", "Facebook", "X", "Email"], top=["Sign In", "Subscribe"])
SITE_ELDIARIO = site("elDiario.es", "https://www.eldiario.example.es", " - elDiario.es", "es_ES", "@eldiarioes",
                     ["Política", "Economía", "Internacional", "Sociedad", "Andalucía", "Cultura", "Opinión"],
                     ["\u00a9 Diario de Prensa Digital S.L.", "Aviso legal", "Política de privacidad", "Contacto"],
                     share=["Facebook", "X", "WhatsApp", "Copiar enlace"], top=["Hazte socio/a", "Iniciar sesión"],
                     cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrar publicidad relacionada con sus preferencias.",
                     buttons=["Aceptar", "Configurar", "Suscríbete sin cookies"])
SITE_TURKIYE = site("Türkiye Gazetesi", "https://www.turkiyegazetesi.example.com.tr", " | Türkiye Gazetesi", "tr_TR", "@turkiyegazetesi",
                  ["Gündem", "Ekonomi", "Dünya", "Spor", "Yaşam", "Sağlık", "Foto Galeri", "Video"],
                  ["\u00a9 2024 Türkiye Gazetesi. Tüm hakları saklıdır.", "Künye", "Gizlilik Politikası", "İletişim"],
                  share=["Facebook", "X", "WhatsApp", "Linkedin"])
SITE_NEWTIMES = site("The New Times", "https://www.newtimes.example.co.rw", " | The New Times", "en_GB", "@NewTimesRwanda",
                     ["News", "Business", "Opinions", "Sports", "Lifestyle", "Features", "E-paper"],
                     ["\u00a9 2024 The New Times Publications", "About Us", "Advertise", "Privacy Policy"],
                     share=["Facebook", "X", "LinkedIn", "WhatsApp"], top=["Subscribe", "Sign in"])
SITE_OLIBERAL = site("O Liberal", "https://www.oliberal.example.com", " | O Liberal", "pt_BR", "@oliberal",
                     ["Belém", "Pará", "Polícia", "Política", "Esportes", "Cultura", "Economia", "Assine"],
                     ["\u00a9 2025 O Liberal. Todos os direitos reservados.", "Fale conosco", "Termos de uso"],
                     share=["Compartilhe", "Facebook", "X", "WhatsApp", "Telegram"],
                     cookie="Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
                     buttons=["Entendi"])
SITE_NASSAU = site("The Nassau Guardian", "https://thenassauguardian.example.com", " - The Nassau Guardian", "en_US", "@NassauGuardian",
                   ["News", "Business", "Sports", "Lifestyles", "Opinion", "Obituaries", "Grand Bahama", "Subscribe"],
                   ["\u00a9 2025 The Nassau Guardian", "Contact Us", "Advertise", "Terms of Service"],
                   share=["Facebook", "X", "WhatsApp", "Email", "Print"])
SITE_GMA = site("GMA News Online", "https://www.gmanetwork.example.com", " | GMA News Online", "en_PH", "@gmanews",
                ["News", "Regions", "Money", "Sports", "Lifestyle", "Showbiz", "Scitech", "Opinion"],
                ["\u00a9 2024 GMA Network Inc. All rights reserved.", "Privacy Policy", "Terms of Use", "Contact Us"],
                share=["Share", "Facebook", "X", "Viber", "Copy link"])
SITE_FIJIVILLAGE = site("fijivillage", "https://www.fijivillage.example.com", " | fijivillage", "en_FJ", "@fijivillage",
                        ["News", "Sport", "Entertainment", "Business", "Live Radio", "Weather", "Jobs"],
                        ["\u00a9 2025 Communications Fiji Limited", "Privacy Policy", "Contact Us"],
                        share=["Facebook", "X", "WhatsApp"], skip="Skip to main content")

HTML_STORIES = [
    # -- La Presse (original of the AFP cluster): "Agence France-Presse" byline, La Presse's "(Brazzaville) " parenthesised dateline, "PHOTO NAME, AGENCE FRANCE-PRESSE" credit --
    dict(
        BRAZZA,
        role="original",
        file="lapresse_afp_brazzaville_fleuve_congo_fr.html",
        render="html",
        site=SITE_LAPRESSE,
        dateline="(Brazzaville) ",
        section="International",
        meta_section="International",
        url="https://www.lapresse.example.ca/international/afrique/2024-10-03/au-congo-le-fleuve-au-plus-bas-paralyse-le-transport-de-marchandises.php",
        published="2024-10-03T14:20:00-04:00",
        modified="2024-10-03T14:20:00-04:00",
        ld_author=[{"@type": "Organization", "name": "Agence France-Presse"}],
        breadcrumbs=["International", "Afrique"],
        byline_lines=["Agence France-Presse"],
        date_lines=["Publié à 14 h 20"],
        caption="Des barges immobilisées sur les berges du fleuve Congo, à Brazzaville.",
        credit="ROMARIC KOUMBA, AGENCE FRANCE-PRESSE",
        credit_shown="PHOTO ROMARIC KOUMBA, AGENCE FRANCE-PRESSE",
        inserts={3: [("promo", ["Infolettre Monde", "Recevez chaque semaine une sélection de nos reportages internationaux.", "S'inscrire"])]},
        lists=[("À lire aussi", ["Kinshasa : le prix du carburant grimpe de nouveau", "Cameroun : la saison du cacao démarre"])],
    ),
    # -- Anchorage Daily News: AP story "JUNEAU, Alaska (AP) \u2014 ", "By NAME, The Associated Press" byline, "Updated/Published" lines, "contributed to this report" line, caption "NAME/AP" --
    dict(
        cluster="ap-juneau-glacial-outburst-flood",
        role="single",
        file="adn_ap_juneau_glacial_outburst_flood.html",
        render="html",
        site=SITE_ADN,
        title="Juneau residents stack barriers as glacial dam outburst sends river toward record",
        date="2025-08-13",
        dateline="JUNEAU, Alaska (AP) \u2014 ",
        city="Juneau",
        country="US",
        region="americas",
        agency="AP",
        authors=["Gavin Teller", "Nora Lindqvist"],
        editors=[],
        lang="en",
        section="Alaska News",
        meta_section="Alaska News",
        url="https://www.adn.example.com/alaska-news/2025/08/13/juneau-residents-stack-barriers-as-glacial-dam-outburst-sends-river-toward-record/",
        description="Water released from a basin beside the Mendenhall Glacier was expected to crest late Wednesday.",
        published="2025-08-13T15:40:00-08:00",
        modified="2025-08-13T17:05:00-08:00",
        ld_author=[{"@type": "Person", "name": "Gavin Teller"}, {"@type": "Organization", "name": "Associated Press"}],
        byline_lines=["By Gavin Teller, The Associated Press"],
        date_lines=["Updated: August 13, 2025", "Published: August 13, 2025"],
        caption="Floodwater from the Mendenhall River covers a street in Juneau, Alaska, on Wednesday.",
        credit="Harlan Briggs/AP",
        credit_shown="Harlan Briggs/AP",
        end_lines=["Associated Press writer Nora Lindqvist in Anchorage contributed to this report."],
        paras=P("""
Residents of low-lying neighborhoods in Alaska's capital spent Wednesday checking barriers and moving belongings to
higher ground as water released from a glacier-dammed basin sent the Mendenhall River rising toward a record level.

The National Weather Service said the river was expected to crest late Wednesday or early Thursday at about 16.5
feet, above the record of 15.99 feet set in August 2024.

The flooding comes from Suicide Basin, a depression beside the Mendenhall Glacier that fills with rain and
snowmelt each summer. When the water breaks through or under the ice, it rushes into Mendenhall Lake and down the
river through residential areas.

This year, the City and Borough of Juneau installed about 2.5 miles of temporary flood barriers along the riverbank
in an effort to protect hundreds of homes that were damaged in the past two years.

"It's nerve-racking to watch it come up again, but the barriers give people a chance," said Darlene Ostrowski, who
lives a block from the river.

Officials opened an emergency shelter at a high school and urged residents in the inundation area to leave before
nightfall.

Glacial outburst floods from the basin have become a yearly event since 2011, and scientists say the retreat of the
glacier has made them larger.
"""),
        must_have=[
            "The National Weather Service said the river was expected to crest late Wednesday or early Thursday at about "
            "16.5 feet, above the record of 15.99 feet set in August 2024.",
            "Officials opened an emergency shelter at a high school and urged residents in the inundation area to leave "
            "before nightfall.",
        ],
    ),
    # -- elDiario.es: EFE copy "Almería, 12 nov (EFE).- ", "EFE" byline and place line, "EFE/NAME" photo credit, cookie wall, membership appeal --
    dict(
        cluster="efe-almeria-exportaciones-hortalizas",
        role="single",
        file="eldiario_efe_almeria_exportaciones_hortalizas_es.html",
        render="html",
        site=SITE_ELDIARIO,
        title="Las exportaciones hortofrutícolas de Almería crecen un 9 % hasta septiembre",
        date="2024-11-12",
        dateline="Almería, 12 nov (EFE).- ",
        city="Almería",
        country="ES",
        region="europe",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section="Andalucía",
        meta_section="Andalucía",
        url="https://www.eldiario.example.es/andalucia/almeria/exportaciones-hortofruticolas-almeria-crecen-9-septiembre_1_11811245.html",
        description="El pimiento sigue siendo el producto más vendido en el exterior, con Alemania como primer destino.",
        published="2024-11-12T13:45:00+01:00",
        modified="2024-11-12T13:45:00+01:00",
        ld_author=[{"@type": "Organization", "name": "EFE"}],
        breadcrumbs=["Andalucía", "Almería"],
        byline_lines=["EFE", "Almería"],
        date_lines=["12 de noviembre de 2024 13:45h"],
        caption="Trabajadoras en una alhóndiga de El Ejido, en una imagen de archivo.",
        credit="EFE/Álvaro Marín",
        credit_shown="EFE/Álvaro Marín",
        below_body=[("socios", "Hazte socio, hazte socia de elDiario.es. Sin ti no es posible el periodismo independiente.")],
        tags=("Etiquetas", ["Almería", "Agricultura", "Exportaciones"]),
        paras=P("""
Las exportaciones de frutas y hortalizas de la provincia de Almería alcanzaron entre enero y septiembre los 3.412
millones de euros, un 9 % más que en el mismo periodo del año anterior, según los datos de la Agencia Andaluza de
Promoción Exterior (Extenda) difundidos este martes.

En volumen, las ventas al exterior sumaron 2,31 millones de toneladas, lo que supone un aumento del 3,2 %.

El pimiento se mantuvo como el producto más exportado, con 812 millones de euros, seguido del tomate, el pepino y
la sandía.

Alemania volvió a ser el principal destino de las hortalizas almerienses, con el 27 % del total, por delante de
Francia, Países Bajos y Reino Unido.

Las organizaciones agrarias atribuyeron el crecimiento al buen comportamiento de los precios en origen durante la
primavera y a la menor oferta de otros países productores.

Sin embargo, advirtieron del aumento de los costes de producción, en especial de la mano de obra, los fertilizantes
y el agua desalada, que amenaza la rentabilidad de las explotaciones.

La provincia cuenta con más de 33.000 hectáreas de invernaderos, concentrados principalmente en el Poniente y en
el Campo de Níjar.
"""),
        must_have=[
            "En volumen, las ventas al exterior sumaron 2,31 millones de toneladas, lo que supone un aumento del 3,2 %.",
            "Alemania volvió a ser el principal destino de las hortalizas almerienses, con el 27 % del total, por delante "
            "de Francia, Países Bajos y Reino Unido.",
        ],
    ),
    # -- Türkiye Gazetesi (original of the Anadolu cluster): "Kaynak: AA" line, "Giriş Tarihi / Son Güncelleme" stamps, credit "AA" --
    dict(
        AMASYA,
        role="original",
        file="turkiyegazetesi_aa_amasya_elma_hasadi_tr.html",
        render="html",
        site=SITE_TURKIYE,
        section="Ekonomi",
        meta_section="Ekonomi",
        url="https://www.turkiyegazetesi.example.com.tr/ekonomi/amasyada-elma-hasadi-basladi-rekolte-380-bin-ton-bekleniyor-1104382",
        published="2024-09-15T10:42:00+03:00",
        modified="2024-09-15T11:05:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Anadolu Ajansı"}],
        breadcrumbs=["Ana Sayfa", "Ekonomi"],
        byline_lines=["Kaynak: AA"],
        date_lines=["Giriş Tarihi: 15.09.2024 10:42", "Son Güncelleme: 15.09.2024 11:05"],
        caption="Amasya'da bahçelerde elma hasadı sürüyor.",
        credit="AA",
        credit_shown="AA",
        inserts={2: [("link", "İLGİLİ HABER", "Isparta'da elma üreticileri fiyatlardan memnun değil")]},
        tags=("Etiketler", ["Amasya", "Elma", "Hasat"]),
        lists=[("Çok Okunanlar", ["Altın fiyatlarında son durum", "Emekli maaşı zammı için geri sayım"])],
    ),
    # -- The New Times (Rwanda): staff byline, "Photo:" caption credit, "Related" box, comment prompt --
    dict(
        cluster="newtimes-nyamasheke-coffee-cherry-price",
        role="single",
        file="newtimes_nyamasheke_coffee_cherry_price.html",
        render="html",
        site=SITE_NEWTIMES,
        title="Nyamasheke coffee farmers welcome higher cherry price",
        date="2024-04-03",
        dateline="",
        city=None,
        country="RW",
        region="africa",
        agency=None,
        authors=["Diane Mukamana"],
        editors=[],
        lang="en",
        section="Business",
        meta_section="Business",
        url="https://www.newtimes.example.co.rw/article/15822/news/economy/nyamasheke-coffee-farmers-welcome-higher-cherry-price",
        description="The reference price for fully washed coffee cherries has been set at Rwf 600 per kilogramme.",
        published="2024-04-03T17:10:00+02:00",
        modified="2024-04-03T17:10:00+02:00",
        meta_author="Diane Mukamana",
        byline_lines=["Diane Mukamana"],
        date_lines=["Wednesday, April 03, 2024"],
        caption="A farmer picks ripe coffee cherries in Nyamasheke District.",
        credit="Eric Habimana",
        credit_shown="Photo: Eric Habimana",
        inserts={3: [("box", "Related", ["Tea exports earn more as prices recover", "Farmers urged to insure crops against hailstorms"])]},
        comments=["Comments", "Your comment will be published after moderation."],
        paras=P("""
Coffee farmers in Nyamasheke District have welcomed a new reference price for coffee cherries, saying it will help
them cover the rising cost of labour and fertiliser.

The National Agricultural Export Development Board (NAEB) set the farm-gate price for cherries delivered to washing
stations at Rwf 600 per kilogramme for the 2024 season, up from Rwf 410 last year.

Nyamasheke, on the shores of Lake Kivu, is one of the country's leading coffee-producing districts, with more than
40 washing stations.

"Last season we were paid too little, and many of us stopped looking after our trees properly. With this price we
can hire people to prune and weed," said Jean Bosco Ndayisaba, a farmer in Kanjongo sector.

NAEB officials said the higher price reflected strong prices for Arabica coffee on the international market, where
speciality buyers have paid record premiums for Rwandan lots.

Washing station owners, however, said they would need access to cheaper credit to buy cherries at the new price.

Rwanda earned about $118 million from coffee exports in the 2022-2023 financial year, according to NAEB figures.

The harvest season usually runs from March to July.
"""),
        must_have=[
            "Nyamasheke, on the shores of Lake Kivu, is one of the country's leading coffee-producing districts, with more "
            "than 40 washing stations.",
            "Washing station owners, however, said they would need access to cheaper credit to buy cherries at the new "
            "price.",
        ],
    ),
    # -- O Liberal (Belém): staff, "Por NAME" and "Redação Integrada" lines, evening stamp at UTC-3 (next day in UTC), "Foto: Divulgação / Sespa" credit; Santarém has a namesake in Portugal --
    dict(
        cluster="oliberal-santarem-malaria-casos",
        role="single",
        file="oliberal_santarem_malaria_casos_pt.html",
        render="html",
        site=SITE_OLIBERAL,
        title="Santarém registra alta de 42% nos casos de malária no primeiro trimestre",
        date="2025-04-09",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Lucas Sarmento"],
        editors=[],
        lang="pt",
        section="Pará",
        meta_section="Pará",
        url="https://www.oliberal.example.com/para/santarem-registra-alta-de-42-nos-casos-de-malaria-no-primeiro-trimestre-1.924115",
        description="A maior parte das infecções foi registrada em comunidades ribeirinhas e áreas de garimpo.",
        published="2025-04-09T21:30:00-03:00",
        modified="2025-04-09T21:30:00-03:00",
        meta_author="Lucas Sarmento",
        byline_lines=["Por Lucas Sarmento", "Redação Integrada"],
        date_lines=["09.04.25 21h30"],
        caption="Agentes de saúde fazem testes rápidos de malária em comunidade ribeirinha.",
        credit="Divulgação / Sespa",
        credit_shown="Foto: Divulgação / Sespa",
        inserts={2: [("link", "VEJA MAIS", "Belém amplia horário de vacinação nas unidades de saúde")]},
        newsletter_end=["Palavras-chave", "Santarém; malária; saúde"],
        paras=P("""
O município de Santarém, no oeste do Pará, registrou 1.184 casos de malária entre janeiro e março deste ano, um
aumento de 42% em relação ao mesmo período de 2024, segundo dados da Secretaria de Estado de Saúde Pública (Sespa).

A maior parte das infecções ocorreu em comunidades ribeirinhas do rio Tapajós e em áreas de garimpo na região do
Planalto santareno.

De acordo com a secretaria municipal de saúde, 87% dos casos foram causados pelo Plasmodium vivax, forma da doença
considerada menos grave, mas que pode provocar recaídas.

A prefeitura informou que reforçou as equipes de agentes de endemias e distribuiu 6 mil mosquiteiros impregnados
com inseticida nas áreas de maior risco.

"O período chuvoso favorece a proliferação do mosquito. Pedimos que as pessoas com febre procurem a unidade de
saúde mais próxima para fazer o teste", orientou a coordenadora de vigilância em saúde, Raimunda Tavares.

O diagnóstico e o tratamento são gratuitos e estão disponíveis em todas as unidades básicas de saúde do
município.

Em todo o estado, o número de casos subiu 18% no trimestre, segundo a Sespa.
"""),
        must_have=[
            "A maior parte das infecções ocorreu em comunidades ribeirinhas do rio Tapajós e em áreas de garimpo na "
            "região do Planalto santareno.",
            "O diagnóstico e o tratamento são gratuitos e estão disponíveis em todas as unidades básicas de saúde do "
            "município.",
        ],
    ),
    # -- The Nassau Guardian: staff, name / "Staff Reporter" / e-mail byline lines, "FREEPORT, Grand Bahama -- " dateline (namesakes in the US) --
    dict(
        cluster="nassauguardian-freeport-rand-emergency-wing",
        role="single",
        file="nassauguardian_freeport_rand_hospital_emergency_wing.html",
        render="html",
        site=SITE_NASSAU,
        title="New emergency wing opens at Rand Memorial Hospital",
        date="2025-03-20",
        dateline="FREEPORT, Grand Bahama \u2014 ",
        city="Freeport",
        country="BS",
        region="americas",
        agency=None,
        authors=["Keisha Rolle"],
        editors=[],
        lang="en",
        section="Grand Bahama",
        meta_section="Grand Bahama",
        url="https://thenassauguardian.example.com/new-emergency-wing-opens-at-rand-memorial-hospital/",
        description="The $18 million wing doubles the number of emergency treatment bays on Grand Bahama.",
        published="2025-03-20T06:00:00-04:00",
        modified="2025-03-20T06:00:00-04:00",
        meta_author="Keisha Rolle",
        byline_lines=["Keisha Rolle", "Staff Reporter", "keisha@nasguard.com"],
        date_lines=["March 20, 2025"],
        share_top=False,
        caption="Health officials tour the new emergency wing at Rand Memorial Hospital.",
        credit="KENDRICK CARTWRIGHT",
        credit_shown="KENDRICK CARTWRIGHT",
        lists=[("Related Posts", ["GB Power promises fewer outages this summer", "Freeport container port volumes rise"])],
        paras=P("""
Grand Bahama residents will no longer have to wait in hallways for emergency care, health officials said yesterday,
as a new emergency wing opened at the Rand Memorial Hospital.

The $18 million wing doubles the number of treatment bays in the hospital's emergency department to 24 and includes
two resuscitation rooms, an isolation area and a separate waiting area for children.

The old emergency department, which was flooded during Hurricane Dorian in 2019, had been operating in temporary
space for much of the past five years.

Public Hospitals Authority officials said the department sees about 28,000 patients a year, and that waiting times
had been among the longest in the public system.

"For years our doctors and nurses have done the best they could in conditions that were not acceptable. Today that
changes," said the hospital's administrator, Marcia Thurston.

The authority said 36 additional nurses and six doctors would be hired over the next year to staff the new wing.

Work on a new intensive care unit and a replacement for the hospital's laboratory is expected to begin later this
year.

Residents who attended the opening said the improvements were long overdue.
"""),
        must_have=[
            "The $18 million wing doubles the number of treatment bays in the hospital's emergency department to 24 and "
            "includes two resuscitation rooms, an isolation area and a separate waiting area for children.",
            "The authority said 36 additional nurses and six doctors would be hired over the next year to staff the new "
            "wing.",
        ],
    ),
    # -- GMA News Online: regional staff, "By NAME, GMA Regional TV News" byline, "Published ... " stamp, "—XX, GMA Integrated News" sign-off --
    dict(
        cluster="gma-dumaguete-plastic-ban-markets",
        role="single",
        file="gmanews_dumaguete_single_use_plastic_ban.html",
        render="html",
        site=SITE_GMA,
        title="Dumaguete bans single-use plastics in public markets starting August",
        date="2024-07-22",
        dateline="",
        city=None,
        country="PH",
        region="asia",
        agency=None,
        authors=["Mariel Cabatingan"],
        editors=[],
        lang="en",
        section="Regions",
        meta_section="Regions",
        url="https://www.gmanetwork.example.com/news/topstories/regions/914522/dumaguete-bans-single-use-plastics-in-public-markets-starting-august/story/",
        description="Vendors caught using plastic bags will face fines of up to P5,000.",
        published="2024-07-22T16:35:00+08:00",
        modified="2024-07-22T16:35:00+08:00",
        meta_author="Mariel Cabatingan",
        byline_lines=["By MARIEL CABATINGAN, GMA Regional TV News"],
        date_lines=["Published July 22, 2024 4:35pm"],
        end_lines=["\u2014VBL, GMA Integrated News"],
        tags=("Tags:", ["dumaguete", "plastic ban", "negros oriental"]),
        paras=P("""
The city government of Dumaguete will ban the use of single-use plastic bags, straws and polystyrene containers in
its public markets starting August 1, officials said Monday.

Under a city ordinance approved by the Sangguniang Panlungsod last month, market vendors and food stalls will have
to use paper bags, banana leaves or reusable containers instead.

Vendors who violate the ordinance will be fined P1,000 for a first offense, P3,000 for a second, and P5,000 and the
possible suspension of their stall permit for a third.

City environment officer Ramon Villaflores said the public market alone produced about four tons of plastic waste a
day, much of which ended up in drainage canals and in the sea.

"We want the market to set the example. After the markets, we will extend the ban to malls and groceries next
year," Villaflores said.

Some vendors asked for a longer transition, saying paper bags cost three to four times more than plastic.

The city said it would distribute 20,000 reusable bags to market-goers during the first month of the ban.
"""),
        must_have=[
            "Under a city ordinance approved by the Sangguniang Panlungsod last month, market vendors and food stalls will "
            "have to use paper bags, banana leaves or reusable containers instead.",
            "Some vendors asked for a longer transition, saying paper bags cost three to four times more than plastic.",
        ],
    ),
    # -- fijivillage (gzipped): staff, early-morning stamp at UTC+12 (previous day in UTC), "[Photo: SOURCE]" caption credit --
    dict(
        cluster="fijivillage-nadi-drainage-works",
        role="single",
        file="fijivillage_nadi_drainage_works.html.gz",
        render="html",
        site=SITE_FIJIVILLAGE,
        title="Nadi Town Council begins $2.4m drainage upgrade ahead of wet season peak",
        date="2025-01-14",
        dateline="",
        city=None,
        country="FJ",
        region="oceania",
        agency=None,
        authors=["Shayal Devi"],
        editors=[],
        lang="en",
        section="News",
        meta_section="News",
        url="https://www.fijivillage.example.com/news/Nadi-Town-Council-begins-24m-drainage-upgrade-ahead-of-wet-season-peak-x5r8f4/",
        description="Work will focus on the drains along the Queens Road and in the Nadi town centre.",
        published="2025-01-14T06:25:00+12:00",
        modified="2025-01-14T06:25:00+12:00",
        meta_author="Shayal Devi",
        byline_lines=["Shayal Devi"],
        date_lines=["Tuesday 14/01/2025"],
        caption="Excavators clearing a drain in Nadi Town.",
        credit="Nadi Town Council",
        credit_shown="[Photo: Nadi Town Council]",
        lists=[("Latest News", ["Heavy rain alert remains for Vanua Levu", "Sugar cane crushing season ends early"])],
        paras=P("""
The Nadi Town Council has started a $2.4 million upgrade of drains in the town centre as it tries to reduce the
risk of flash flooding during the peak of the wet season.

Council Special Administrator Rajesh Naidu says the work will focus on the main drains along the Queens Road, Market
Road and the area around the Nadi bus stand.

He says many of the drains were built more than 30 years ago and are too small to handle the heavy rain the town now
receives.

Naidu says shop owners in the town centre lost stock worth thousands of dollars during the floods in January and
April last year.

The council is also asking businesses and residents not to throw rubbish into the drains, as blocked drains have
made flooding worse.

Naidu says the first stage of the work is expected to be completed by the end of March, weather permitting.

Motorists are advised to expect delays on parts of Market Road while the work is carried out.

The Fiji Meteorological Service has warned that the country could experience above-normal rainfall until April.
"""),
        must_have=[
            "He says many of the drains were built more than 30 years ago and are too small to handle the heavy rain the "
            "town now receives.",
            "Naidu says the first stage of the work is expected to be completed by the end of March, weather permitting.",
        ],
    ),
]


# ---- news-please and trafilatura records ---------------------------------------

JSON_STORIES = [
    # news-please, BusinessDay (Nigeria): staff, no dateline, "Subscribe" and WhatsApp lines after the body.
    dict(
        cluster="businessday-lagos-tomato-prices-tuta",
        role="single",
        file="newsplease_businessday_lagos_tomato_prices.json",
        render="newsplease",
        title="Tomato prices jump 70% in Lagos markets as pest hits northern farms",
        date="2024-05-27",
        dateline="",
        city=None,
        country="NG",
        region="africa",
        agency=None,
        authors=["Adaeze Nwankwo"],
        editors=[],
        lang="en",
        section=None,
        url="https://businessday.example.ng/agriculture/article/tomato-prices-jump-70-in-lagos-markets-as-pest-hits-northern-farms/",
        source_domain="businessday.example.ng",
        description="A basket of tomatoes now sells for as much as N120,000 in Mile 12 market.",
        np_authors=["Adaeze Nwankwo"],
        np_publish="2024-05-27 07:15:00",
        np_modify="2024-05-27 09:02:00",
        np_download="2024-05-28 03:40:22",
        tail_lines=["Subscribe to BusinessDay", "Join BusinessDay whatsapp Channel, to stay up to date"],
        paras=P("""
Tomato prices in Lagos markets have risen by about 70 percent in three weeks, as an outbreak of the Tuta absoluta
pest and high temperatures destroy farms in the northern states that supply most of the country's fresh produce.

A big basket of tomatoes, which sold for about N70,000 at the start of May, now goes for between N110,000 and
N120,000 at the Mile 12 International Market, traders told BusinessDay.

At retail markets in Surulere and Ikeja, a small paint bucket of tomatoes now costs N6,500, up from N3,500.

Traders say supplies from Kano, Kaduna and Katsina, the main growing states, have fallen sharply in the past two
weeks.

"The trucks that used to bring 600 baskets now bring less than 200. Some days they do not come at all," said
Shehu Abubakar, a trader at Mile 12.

Farmers' groups said the pest, known locally as "tomato ebola", had spread quickly because many growers could not
afford the pesticides needed to control it.

Analysts say the rise in tomato and pepper prices will push up food inflation, which stood at 40.5 percent in April,
according to the National Bureau of Statistics.

Prices are expected to ease from July, when the rainy-season harvest from the southern states reaches the markets.
"""),
        must_have=[
            "At retail markets in Surulere and Ikeja, a small paint bucket of tomatoes now costs N6,500, up from N3,500.",
            "Prices are expected to ease from July, when the rainy-season harvest from the southern states reaches the "
            "markets.",
        ],
    ),
    # news-please, TSF (Portugal): staff, author field and head lines, "Leia também" list, app line.
    dict(
        cluster="tsf-evora-noite-mais-quente",
        role="single",
        file="newsplease_tsf_evora_noite_mais_quente_pt.json",
        render="newsplease",
        title="Évora regista a noite mais quente desde que há registos",
        date="2024-08-02",
        dateline="",
        city=None,
        country="PT",
        region="europe",
        agency=None,
        authors=["Rita Albuquerque"],
        editors=[],
        lang="pt",
        section=None,
        url="https://www.tsf.example.pt/portugal/sociedade/evora-regista-a-noite-mais-quente-desde-que-ha-registos-18822031.html",
        source_domain="www.tsf.example.pt",
        description="A temperatura mínima não desceu abaixo dos 28,1 graus na cidade alentejana.",
        np_authors=["Rita Albuquerque"],
        np_publish="2024-08-02 12:48:00",
        np_modify=None,
        np_download="2024-08-02 19:05:37",
        head_lines=["Sociedade", "Rita Albuquerque", "02 agosto 2024 às 12:48"],
        tail_lines=["Leia também", "Calor: IPMA coloca sete distritos sob aviso laranja", "Descarregue a app da TSF"],
        paras=P("""
A cidade de Évora registou na última noite a temperatura mínima mais alta desde que há registos, com os termómetros
a não descerem abaixo dos 28,1 graus, segundo o Instituto Português do Mar e da Atmosfera (IPMA).

O anterior recorde na estação meteorológica de Évora era de 27,4 graus e tinha sido registado em julho de 2022.

Durante o dia de quinta-feira, a temperatura máxima na cidade chegou aos 43,6 graus.

O IPMA explica que a situação se deve a uma massa de ar quente e seco vinda do norte de África, que se tem
mantido sobre a Península Ibérica desde o início da semana.

A Direção-Geral da Saúde recomenda que a população evite a exposição solar entre as 11h00 e as 17h00, beba água
com frequência e procure espaços climatizados.

A câmara municipal de Évora abriu dois abrigos climáticos, na biblioteca pública e num pavilhão desportivo, que
funcionam até às 22h00.

As temperaturas deverão descer ligeiramente a partir de domingo, mas o calor vai continuar acima dos valores
normais para a época pelo menos até meados da próxima semana.
"""),
        must_have=[
            "O anterior recorde na estação meteorológica de Évora era de 27,4 graus e tinha sido registado em julho de "
            "2022.",
            "A câmara municipal de Évora abriu dois abrigos climáticos, na biblioteca pública e num pavilhão desportivo, "
            "que funcionam até às 22h00.",
        ],
    ),
    # news-please, Suara.com: staff, "Suara.com - " brand opening (not a place), "Penulis: ... | Editor: ..." line.
    dict(
        cluster="suara-brebes-harga-bawang-merah",
        role="single",
        file="newsplease_suara_brebes_harga_bawang_merah_id.json",
        render="newsplease",
        title="Harga Bawang Merah di Brebes Anjlok, Petani Mengaku Rugi",
        date="2025-02-06",
        dateline="Suara.com - ",
        city=None,
        country="ID",
        region="asia",
        agency=None,
        authors=["Rina Ayu Lestari"],
        editors=["Dwi Hartanto"],
        lang="id",
        section=None,
        url="https://www.suara.example.com/bisnis/2025/02/06/142000/harga-bawang-merah-di-brebes-anjlok-petani-mengaku-rugi",
        source_domain="www.suara.example.com",
        description="Harga di tingkat petani turun menjadi Rp12.000 per kilogram.",
        np_authors=["Rina Ayu Lestari"],
        np_publish="2025-02-06 14:20:00",
        np_modify=None,
        np_download="2025-02-07 01:12:45",
        head_lines=["Bisnis", "Penulis: Rina Ayu Lestari | Editor: Dwi Hartanto", "Kamis, 06 Februari 2025 | 14:20 WIB"],
        inserts={2: ["Baca Juga: Harga Cabai Rawit di Pasar Induk Kramat Jati Naik Lagi"]},
        tail_lines=["Ikuti Suara.com di Google News"],
        paras=P("""
Harga bawang merah di tingkat petani di Kabupaten Brebes, Jawa Tengah, anjlok dalam dua pekan terakhir. Petani
mengaku merugi karena harga jual tidak menutup biaya produksi.

Saat ini bawang merah kering panen dihargai Rp12.000 per kilogram, turun dari sekitar Rp22.000 per kilogram pada
awal Januari.

Menurut petani, biaya produksi bawang merah mencapai sekitar Rp16.000 per kilogram, termasuk bibit, pupuk, obat
hama, dan upah tenaga kerja.

"Kalau harganya begini terus, kami tidak bisa tanam lagi. Modal saja tidak kembali," kata Sukirman, petani di
Kecamatan Wanasari.

Turunnya harga disebabkan panen raya yang berlangsung bersamaan di sejumlah sentra produksi, seperti Brebes,
Tegal, dan Nganjuk, sehingga pasokan di pasar melimpah.

Dinas Pertanian dan Ketahanan Pangan Kabupaten Brebes menyebut luas panen bawang merah pada Januari dan Februari
mencapai lebih dari 9.000 hektare.

Petani berharap pemerintah menyerap hasil panen melalui Badan Pangan Nasional atau membuka pasar ekspor agar harga
kembali stabil. Mereka juga meminta agar gudang penyimpanan berpendingin yang dijanjikan pemerintah daerah segera
dibangun, sehingga petani tidak terpaksa menjual hasil panen saat harga sedang jatuh.
"""),
        must_have=[
            "Saat ini bawang merah kering panen dihargai Rp12.000 per kilogram, turun dari sekitar Rp22.000 per kilogram "
            "pada awal Januari.",
            "Dinas Pertanian dan Ketahanan Pangan Kabupaten Brebes menyebut luas panen bawang merah pada Januari dan "
            "Februari mencapai lebih dari 9.000 hektare.",
        ],
    ),
    # trafilatura, L'Unione Sarda: ANSA copy "(ANSA) - NUORO, 8 GIU - ", "ANSA" author field, head lines; first category "Economia".
    dict(
        cluster="ansa-nuoro-prezzo-latte-ovino",
        role="single",
        file="trafilatura_unionesarda_ansa_nuoro_latte_ovino_it.json",
        render="trafilatura",
        title="Latte ovino, il prezzo sale a 1,45 euro al litro: pastori soddisfatti a metà",
        date="2024-06-08",
        dateline="(ANSA) - NUORO, 8 GIU - ",
        city="Nuoro",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section="Economia",
        url="https://www.unionesarda.example.it/economia/latte-ovino-il-prezzo-sale-a-145-euro-al-litro-pastori-soddisfatti-a-meta-r2hx8k4q",
        hostname="www.unionesarda.example.it",
        source_hostname="L'Unione Sarda.it",
        description="L'aumento è legato alle quotazioni del Pecorino Romano, ma i costi restano alti.",
        tf_author="ANSA",
        tf_date="2024-06-08",
        tf_language="it",
        categories="Economia;Sardegna",
        tf_tags="latte ovino;pastori;Pecorino Romano",
        head_lines=["Economia", "Sabato 8 giugno 2024 alle 12:10"],
        tail_lines=["Riproduzione riservata \u00a9 Copyright ANSA", "Leggi le notizie di Economia"],
        paras=P("""
Il prezzo del latte ovino pagato ai pastori sardi sale a 1,45 euro al litro per la campagna 2023-2024, contro 1,30
euro della stagione precedente. È quanto emerge dalle liquidazioni comunicate in questi giorni dai principali
caseifici e dalle cooperative della provincia di Nuoro.

L'aumento è legato all'andamento delle quotazioni del Pecorino Romano, che alla borsa merci di Milano ha superato
i 12 euro al chilo.

Le organizzazioni dei pastori parlano però di un risultato solo in parte positivo, perché i costi di mangimi,
energia e manodopera sono cresciuti più del prezzo del latte.

"Con 1,45 euro si respira, ma un'azienda media con 300 pecore fatica ancora a chiudere l'anno in attivo", spiega
Salvatore Piras, allevatore di Orune.

Secondo l'agenzia regionale Laore, in Sardegna si contano circa 12.000 aziende ovine, con oltre tre milioni di capi,
e l'isola produce quasi il 70% del latte di pecora italiano.

I pastori chiedono alla Regione un piano per diversificare la produzione dei formaggi e ridurre la dipendenza dal
Pecorino Romano, destinato in gran parte all'esportazione negli Stati Uniti.
"""),
        must_have=[
            "L'aumento è legato all'andamento delle quotazioni del Pecorino Romano, che alla borsa merci di Milano ha "
            "superato i 12 euro al chilo.",
            "Le organizzazioni dei pastori parlano però di un risultato solo in parte positivo, perché i costi di mangimi, "
            "energia e manodopera sono cresciuti più del prezzo del latte.",
        ],
    ),
    # trafilatura, Giornale di Brescia: staff, name and stamp head lines, "Riproduzione riservata" and newsletter lines; first category "Brescia e Hinterland".
    dict(
        cluster="gdb-brescia-spedali-civili-pronto-soccorso-attese",
        role="single",
        file="trafilatura_giornaledibrescia_civile_pronto_soccorso_attese_it.json",
        render="trafilatura",
        title="Civile, in pronto soccorso attese ridotte di un quinto con il nuovo percorso rapido",
        date="2025-01-23",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Chiara Bonometti"],
        editors=[],
        lang="it",
        section="Brescia e Hinterland",
        url="https://www.giornaledibrescia.example.it/brescia-e-hinterland/civile-pronto-soccorso-attese-ridotte-percorso-rapido-wq7p2m",
        hostname="www.giornaledibrescia.example.it",
        source_hostname="Giornale di Brescia",
        description="Dal 2024 i codici minori vengono indirizzati a un ambulatorio dedicato.",
        tf_author="Chiara Bonometti",
        tf_date="2025-01-23",
        tf_language="it",
        categories="Brescia e Hinterland;Sanità",
        tf_tags="Spedali Civili;pronto soccorso",
        head_lines=["Brescia e Hinterland", "Chiara Bonometti", "23 gennaio 2025, 06:00"],
        tail_lines=["Riproduzione riservata \u00a9 Giornale di Brescia", "Iscriviti alla newsletter di Giornale di Brescia"],
        paras=P("""
Un'attesa media scesa da tre ore e dieci minuti a due ore e mezza: è il primo bilancio del percorso rapido per i
codici minori attivato un anno fa al pronto soccorso degli Spedali Civili di Brescia.

Nel 2024 gli accessi al pronto soccorso del Civile sono stati circa 96.000, in linea con l'anno precedente.

Di questi, quasi 38.000 sono stati classificati con codice bianco o verde e circa 14.000 sono stati indirizzati
all'ambulatorio dedicato, dove lavorano un medico e due infermieri dalle 8 alle 20.

"Il percorso rapido permette di liberare spazi e personale per i pazienti più gravi. I risultati sono
incoraggianti, ma non bastano", spiega il direttore del dipartimento di emergenza, Luca Ferrandi.

La direzione dell'azienda ospedaliera segnala infatti che restano critici i tempi di attesa per il ricovero: un
paziente su sei resta in pronto soccorso più di 24 ore prima di ottenere un posto letto in reparto.

Per ridurre la pressione, l'ospedale ha aperto a dicembre 18 nuovi posti letto di medicina interna e punta ad
assumere altri dieci medici di emergenza entro l'estate.
"""),
        must_have=[
            "Nel 2024 gli accessi al pronto soccorso del Civile sono stati circa 96.000, in linea con l'anno precedente.",
            "Per ridurre la pressione, l'ospedale ha aperto a dicembre 18 nuovi posti letto di medicina interna e punta ad "
            "assumere altri dieci medici di emergenza entro l'estate.",
        ],
    ),
    # trafilatura, OÖNachrichten: staff, "Von NAME" line, reading time, premium-article line; first category "Steyr".
    dict(
        cluster="ooen-steyr-hochwasserschutz-enns",
        role="single",
        file="trafilatura_nachrichten_steyr_hochwasserschutz_de.json",
        render="trafilatura",
        title="Steyr: Baustart für Hochwasserschutz am Ennskai",
        date="2024-10-15",
        dateline="",
        city=None,
        country="AT",
        region="europe",
        agency=None,
        authors=["Anna Huemer"],
        editors=[],
        lang="de",
        section="Steyr",
        url="https://www.nachrichten.example.at/oberoesterreich/steyr/steyr-baustart-fuer-hochwasserschutz-am-ennskai;art68,3988214",
        hostname="www.nachrichten.example.at",
        source_hostname="OÖNachrichten",
        description="Bis 2027 sollen mobile Wände und ein neuer Damm die Altstadt schützen.",
        tf_author="Anna Huemer",
        tf_date="2024-10-15",
        tf_language="de",
        categories="Steyr;Oberösterreich",
        tf_tags="Hochwasser;Enns;Steyr",
        head_lines=["Von Anna Huemer", "15. Oktober 2024, 17:32 Uhr", "Lesezeit: 2 Min."],
        tail_lines=["Artikel von Anna Huemer", "Redakteurin Lokalredaktion Steyr", "Mehr zum Thema Steyr"],
        paras=P("""
Nach jahrelanger Planung haben am Dienstag die Bauarbeiten für den Hochwasserschutz am Ennskai in Steyr begonnen.
Bis 2027 sollen ein neuer Damm und mobile Schutzwände die Häuser entlang der Enns vor einem hundertjährlichen
Hochwasser schützen.

Die Kosten für das Projekt belaufen sich auf rund 23 Millionen Euro. Bund und Land Oberösterreich übernehmen den
Großteil, die Stadt Steyr zahlt rund 3,5 Millionen Euro.

Die Altstadt von Steyr, die am Zusammenfluss von Enns und Steyr liegt, wurde in der Vergangenheit mehrmals schwer
überflutet, zuletzt im Juni 2013.

Damals stand das Wasser im Ennsdorf bis zu eineinhalb Meter hoch, der Schaden ging in die Millionen.

Die mobilen Elemente sollen im Ernstfall innerhalb von acht Stunden aufgebaut werden können. Dafür wird die
Feuerwehr eigens geschult.

Während der Bauarbeiten wird der Ennskai abschnittsweise für den Verkehr gesperrt. Die Stadt rechnet mit
Einschränkungen bis zum Frühjahr 2026.

Anrainer begrüßten den Baustart. Viele hätten seit dem letzten Hochwasser jedes Frühjahr Angst, sagte eine
Bewohnerin bei der Informationsveranstaltung.
"""),
        must_have=[
            "Die Kosten für das Projekt belaufen sich auf rund 23 Millionen Euro.",
            "Die mobilen Elemente sollen im Ernstfall innerhalb von acht Stunden aufgebaut werden können.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_CORREO = site("Diario Correo", "https://diariocorreo.example.pe", " | Correo", "es_PE", "@DiarioCorreo",
                   ["Edición", "Política", "Economía", "Deportes", "Espectáculos", "Huancayo", "Arequipa", "Opinión"],
                   ["\u00a9 Empresa Periodística Nacional S.A.C. Todos los derechos reservados.", "Términos y condiciones", "Libro de reclamaciones"],
                   share=["Compartir", "Facebook", "X", "WhatsApp"])

JSONL_STORIES = [
    # newsbeam text shape: the AFP story on Le Télégramme (syndicated member of the AFP cluster), "Brazzaville (AFP) - " dateline, section / agency / stamp head lines.
    dict(
        BRAZZA,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        section=None,
        url="https://www.letelegramme.example.fr/monde/au-congo-le-fleuve-au-plus-bas-paralyse-le-transport-de-marchandises-6611408.php",
        nb_published="2024-10-03T18:31:00Z",
        outlet="Le Télégramme",
        nb_authors=["AFP"],
        head_lines=["Monde", "Le Télégramme avec AFP", "Publié le 3 octobre 2024 à 20h31"],
        tail_lines=["Cet article vous a été utile ? Sachez que vous pouvez suivre Le Télégramme dans votre fil d'actualité Google"],
    ),
    # news-please shape: the Anadolu story on Haber7 (syndicated member of the AA cluster), "AA" author field, section and stamp head lines, Google News line.
    dict(
        AMASYA,
        role="syndicated",
        file=JSONL_A,
        render="newsplease",
        section=None,
        url="https://ekonomi.haber7.example.com/ekonomi/haber/3461127-amasyada-elma-hasadi-basladi-rekolte-380-bin-ton-bekleniyor",
        source_domain="ekonomi.haber7.example.com",
        np_authors=["AA"],
        np_publish="2024-09-15 11:30:00",
        np_modify=None,
        np_download="2024-09-15 16:48:03",
        head_lines=["Ekonomi", "15 Eylül 2024 Pazar 11:30"],
        tail_lines=["Haber7'yi Google News'ten takip edin"],
    ),
    # newsbeam html shape: Diario Correo (Peru), staff, "Redacción Correo" byline under a name, "Huancayo" kicker, "Lee también" link.
    dict(
        cluster="correo-huancayo-mercado-clausura-locales",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_CORREO,
        title="Huancayo: clausuran 12 puestos del mercado Raez Patiño por riesgo de incendio",
        date="2024-08-21",
        dateline="",
        city=None,
        country="PE",
        region="americas",
        agency=None,
        authors=["Yanet Quispe Rojas"],
        editors=[],
        lang="es",
        section="Huancayo",
        meta_section="Huancayo",
        url="https://diariocorreo.example.pe/edicion/huancayo/huancayo-clausuran-12-puestos-del-mercado-raez-patino-por-riesgo-de-incendio-noticia/",
        description="Fiscalizadores hallaron conexiones eléctricas precarias y balones de gas sin válvula de seguridad.",
        published="2024-08-21T19:05:00-05:00",
        modified="2024-08-21T19:05:00-05:00",
        nb_published="2024-08-22T00:05:00Z",
        outlet="Correo",
        nb_authors=["Redacción Correo"],
        meta_author="Yanet Quispe Rojas",
        kicker="Huancayo",
        byline_lines=["Yanet Quispe Rojas", "Redacción Correo"],
        date_lines=["21 Ago 2024 | 19:05 h"],
        inserts={2: [("link", "Lee también:", "Junín: declaran alerta por bajas temperaturas en zonas altoandinas")]},
        paras=P("""
La Municipalidad Provincial de Huancayo clausuró ayer 12 puestos del mercado Raez Patiño tras detectar graves
deficiencias de seguridad que, según los fiscalizadores, podrían provocar un incendio en cualquier momento.

Durante el operativo, que se inició a las 6 de la mañana, el personal de la subgerencia de Gestión del Riesgo de
Desastres encontró conexiones eléctricas precarias, cables expuestos y balones de gas sin válvula de seguridad.

En total se inspeccionaron 140 puestos del primer y segundo piso del mercado, uno de los más concurridos de la
ciudad.

Los comerciantes afectados, en su mayoría vendedores de comida, tendrán un plazo de 15 días para subsanar las
observaciones antes de que se les permita reabrir.

"Entendemos la preocupación, pero muchos no tenemos dinero para cambiar todo el cableado en dos semanas", dijo una
de las comerciantes, que pidió no ser identificada.

La municipalidad recordó que en 2022 un cortocircuito causó un incendio en otro mercado de la ciudad que dejó
pérdidas por más de un millón de soles.

Los operativos continuarán en los próximos días en los mercados Modelo y Mariscal Castilla, informó la comuna.
"""),
        must_have=[
            "En total se inspeccionaron 140 puestos del primer y segundo piso del mercado, uno de los más concurridos de la "
            "ciudad.",
            "Los operativos continuarán en los próximos días en los mercados Modelo y Mariscal Castilla, informó la comuna.",
        ],
    ),
    # trafilatura shape: Kaniva News (Tonga), staff, "By Kaniva News" head line, "Share this:" line; first category "Business".
    dict(
        cluster="kaniva-tonga-squash-exports-japan",
        role="single",
        file=JSONL_A,
        render="trafilatura",
        title="Squash exports to Japan fall as growers battle dry weather",
        date="2024-11-25",
        dateline="",
        city=None,
        country="TO",
        region="oceania",
        agency=None,
        authors=["Salote Fifita"],
        editors=[],
        lang="en",
        section="Business",
        url="https://www.kanivatonga.example.nz/2024/11/squash-exports-to-japan-fall-as-growers-battle-dry-weather/",
        hostname="www.kanivatonga.example.nz",
        source_hostname="Kaniva Tonga",
        description="Growers shipped about 6,800 tonnes this season, down from 9,200 tonnes last year.",
        tf_author="Salote Fifita",
        tf_date="2024-11-25",
        tf_language="en",
        categories="Business;Tonga",
        tf_tags="squash;exports;Japan",
        head_lines=["By Salote Fifita", "November 25, 2024"],
        tail_lines=["Share this:", "Facebook", "X", "Like this:", "Related"],
        paras=P("""
Tonga's squash exports to Japan have fallen by about a quarter this season after a long dry spell reduced yields
on farms in Tongatapu and 'Eua.

Figures from the Ministry of Agriculture, Food and Forests show that growers shipped about 6,800 tonnes of squash
this season, compared with 9,200 tonnes last year.

Squash is Tonga's largest agricultural export by value and almost all of it goes to Japan, where it fills a gap in
the market before the local harvest begins.

Growers said the lack of rain during September and October had left many plants stunted and the fruit too small to
meet Japanese standards.

"We planted the same area as last year but we got maybe half the crop. Some farmers lost everything," said Viliami
Taufa, a grower in Vaini.

Exporters said the price paid by Japanese buyers had remained steady at around 95 yen per kilogram.

The Ministry said it was working with growers on small irrigation projects and on introducing varieties that are
more tolerant of dry weather.

The last shipment of the season is expected to leave Nuku'alofa early next month.
"""),
        must_have=[
            "Squash is Tonga's largest agricultural export by value and almost all of it goes to Japan, where it fills a "
            "gap in the market before the local harvest begins.",
            "Exporters said the price paid by Japanese buyers had remained steady at around 95 yen per kilogram.",
        ],
    ),
    # trafilatura shape (gzipped batch): the Xinhua story on Pakistan Observer (syndicated member of the Xinhua cluster), "News Desk" author and head lines; first category "Business".
    dict(
        TUNIS,
        role="syndicated",
        file=JSONL_B,
        render="trafilatura",
        section="Business",
        url="https://pakobserver.example.net/tunisias-olive-oil-export-revenue-falls-despite-higher-volumes/",
        hostname="pakobserver.example.net",
        source_hostname="Pakistan Observer",
        tf_author="News Desk",
        tf_date="2024-12-10",
        tf_language="en",
        categories="Business;World",
        tf_tags="Tunisia;olive oil",
        head_lines=["News Desk", "December 10, 2024"],
        tail_lines=["Previous article", "Next article", "Latest News"],
    ),
    # news-please shape (gzipped batch): Delfi English edition, BNS copy without a dateline, "BNS" head line, "Follow us" line.
    dict(
        cluster="bns-lithuania-raw-milk-purchase-prices",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="Raw milk purchase prices in Lithuania up 12% year-on-year",
        date="2024-10-08",
        dateline="",
        city=None,
        country="LT",
        region="europe",
        agency="BNS",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.delfi.example.lt/en/business/raw-milk-purchase-prices-in-lithuania-up-12-year-on-year-120384455",
        source_domain="www.delfi.example.lt",
        description="Processors paid farmers an average of 401 euros per tonne of natural milk in August.",
        np_authors=["BNS"],
        np_publish="2024-10-08 10:14:00",
        np_modify=None,
        np_download="2024-10-08 18:30:51",
        head_lines=["Business", "BNS", "2024-10-08 10:14"],
        tail_lines=["Follow DELFI EN on Facebook and X"],
        paras=P("""
Lithuanian milk processors paid farmers an average of 401 euros per tonne of natural milk in August, 12 percent
more than a year earlier, according to the Agricultural Information and Rural Business Centre.

Compared with July, the average purchase price rose by 3.1 percent.

Large farms, which sell more than 500 tonnes of milk a year, received an average of 438 euros per tonne, while
small farms selling up to 10 tonnes were paid 318 euros.

Milk purchases in August totalled 119,600 tonnes, down 2.4 percent from the same month last year, as the number of
dairy farms in the country continued to decline.

The price gap between small and large farms remains one of the largest in the European Union, and farmers'
associations have repeatedly called on processors to pay small producers more.

Lithuania's average milk purchase price is still below the EU average, which stood at about 470 euros per tonne in
August, according to the European Commission's milk market observatory.

Analysts expect prices to keep rising in the autumn, as demand for butter and cheese in European markets remains
strong.
"""),
        must_have=[
            "Compared with July, the average purchase price rose by 3.1 percent.",
            "Milk purchases in August totalled 119,600 tonnes, down 2.4 percent from the same month last year, as the "
            "number of dairy farms in the country continued to decline.",
        ],
    ),
    # newsbeam text shape (gzipped batch): Vancouver Sun, staff, story about Richmond, B.C. (namesakes in Virginia and London), "Share this Story" and newsletter lines.
    dict(
        cluster="vancouversun-richmond-dike-upgrade",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Richmond council approves $90-million plan to raise dikes along Fraser River",
        date="2025-06-10",
        dateline="",
        city=None,
        country="CA",
        region="americas",
        agency=None,
        authors=["Cole Brandt"],
        editors=[],
        lang="en",
        section=None,
        url="https://vancouversun.example.com/news/local-news/richmond-council-approves-90-million-plan-to-raise-dikes",
        nb_published="2025-06-11T02:40:00Z",
        outlet="Vancouver Sun",
        nb_authors=["Cole Brandt"],
        head_lines=["Local News", "Cole Brandt", "Published Jun 10, 2025 \u2022 3 minute read"],
        tail_lines=["Share this Story: Richmond council approves $90-million plan to raise dikes along Fraser River",
                    "Sign up to receive daily headline news from Vancouver Sun, a division of Postmedia Network Inc."],
        paras=P("""
Richmond city council has approved a $90-million plan to raise and widen about 10 kilometres of dikes along the
Fraser River over the next decade, as the low-lying city prepares for higher sea levels and stronger storms.

The plan, passed unanimously on Monday night, will see the dikes along the south arm of the river raised by up to
1.2 metres, with the first section near Steveston to be completed by 2027.

Almost all of Richmond sits about one metre above sea level, and the city is protected by a network of nearly 50
kilometres of dikes.

City staff told council that without the upgrades, a major storm surge combined with a high tide could overtop
the existing dikes in several places by the 2040s.

"This is not a question of if, it is a question of when. We need to get ahead of it," Coun. Priya Mahal said
during the debate.

The city expects the federal and provincial governments to cover up to 60 per cent of the cost through disaster
mitigation programs, with the rest coming from the city's drainage and diking utility.

Homeowners will see the utility charge rise by about $45 a year over the next five years to pay for the work.
"""),
        must_have=[
            "Almost all of Richmond sits about one metre above sea level, and the city is protected by a network of nearly "
            "50 kilometres of dikes.",
            "Homeowners will see the utility charge rise by about $45 a year over the next five years to pay for the work.",
        ],
    ),
]


HOLDOUT_NOTES = {
    "purpose": "twenty-second held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: fijivillage's article:published_time "
    "2025-01-14T06:25+12:00 is 13 January in UTC but 14 January in Fiji (its 'Tuesday 14/01/2025' line agrees); O "
    "Liberal's 2025-04-09T21:30-03:00 is 10 April in UTC but 9 April in Belém; Diario Correo's 19:05 at UTC-5 and the "
    "Vancouver Sun's 'Published Jun 10, 2025' (02:40 UTC on the 11th in the batch record) are the local dates; The Border "
    "Mail's 'Updated March 6 2025 - 11:15am, first published March 5 2025 - 6:00pm' is first published on 5 March; the "
    "Anchorage Daily News 'Updated:' line, Türkiye Gazetesi's 'Son Güncelleme' and BusinessDay's date_modify are updates; La Presse prints only "
    "'Publié à 14 h 20' and its date comes from article:published_time",
    "dateline_city": "'BRATISLAVA, Jan 28 (Reuters) - ' -> 'Bratislava'; 'Oldenburg (dpa/lni) - ' -> 'Oldenburg' in Lower "
    "Saxony ('lni' is dpa's Lower Saxony desk; not Oldenburg in Holstein), country DE; 'TUNIS, Dec. 10 (Xinhua) -- ' -> "
    "'Tunis'; 'MARIGOT--' -> 'Marigot', the capital of the French Collectivity of Saint-Martin (country MF; not Marigot "
    "in Dominica or in Haiti); 'NABLUS, Wednesday, November 6, 2024 (WAFA) - ' -> 'Nablus' (WAFA puts the weekday and "
    "full date in its dateline); 'Bhopal, Feb 12 (UNI) ' -> 'Bhopal' (UNI prints no dash); La Presse's parenthesised "
    "'(Brazzaville) ' and Le Télégramme's 'Brazzaville (AFP) - ' -> 'Brazzaville', country CG; 'JUNEAU, Alaska (AP) \u2014 ' -> "
    "'Juneau'; 'Almería, 12 nov (EFE).- ' -> 'Almería'; 'AMASYA (AA) - ' -> 'Amasya'; "
    "'FREEPORT, Grand Bahama \u2014 ' -> 'Freeport' (country BS, not a Freeport in the United States); '(ANSA) - NUORO, "
    "8 GIU - ' -> 'Nuoro'; Suara.com's opening 'Suara.com - ' is the brand, not a place, so that record is null; the "
    "other records have no dateline and take the country of the story's location (Vichy, Pavlodar, Wismar/Linden, "
    "Albury, Nyamasheke, Santarém in Pará, Dumaguete, Nadi, Lagos, Évora, Brebes, Brescia, Steyr, Huancayo, Tonga, "
    "Lithuania, Richmond in British Columbia)",
    "country": "Saint-Martin is MF (its own ISO code, not FR or SX); Nablus is in the State of Palestine, PS; Santarém in "
    "the O Liberal story is the city in Pará, BR (not Santarém, Portugal); Richmond in the Vancouver Sun story is in "
    "British Columbia, CA; Freeport on Grand Bahama is BS",
    "agency_names": "short names: 'Reuters', 'dpa', 'Xinhua', 'WAFA' (the Palestinian news agency, on its own English "
    "site), 'UNI' (United News of India), 'AFP' ('Agence France-Presse' byline on La Presse, 'Le Télégramme avec AFP' on "
    "Le Télégramme), 'AP' ('By Gavin Teller, The Associated Press' on the Anchorage Daily News), 'EFE', 'Anadolu' (Anadolu Ajansı; 'Kaynak: AA' on "
    "Türkiye Gazetesi; the short name every other tuned set uses), 'ANSA' and 'BNS' (Baltic News Service, on Delfi's English edition)",
    "agency_null": "Soualiga Newsday, The Border Mail, La Montagne, Zakon.kz, Stabroek News, The New Times, O Liberal, The "
    "Nassau Guardian, GMA News Online, fijivillage, BusinessDay, TSF, Suara.com, Giornale di Brescia, OÖNachrichten, "
    "Diario Correo, Kaniva Tonga and the Vancouver Sun write their own copy; 'EFE/Álvaro Marín', 'Harlan Briggs/AP', "
    "'ROMARIC KOUMBA, AGENCE FRANCE-PRESSE' and the Türkiye Gazetesi 'AA' picture credit are photo credits on agency stories",
    "authors": "Reuters credits line '(Reporting by Marek Hudec; Editing by Alison Pemberton)' on KFGO -> Marek Hudec; "
    "'By Gavin Teller, The Associated Press' -> 'Gavin Teller', and 'Associated Press writer Nora Lindqvist in Anchorage "
    "contributed to this report.' adds 'Nora Lindqvist'; 'By MARIEL CABATINGAN, GMA Regional TV News' -> 'Mariel "
    "Cabatingan' (the part after the comma is the desk); 'Keisha Rolle' over 'Staff Reporter' and an e-mail line -> "
    "'Keisha Rolle'; 'Por Lucas Sarmento' over 'Redação Integrada' -> 'Lucas Sarmento'; 'Yanet Quispe Rojas' over "
    "'Redacción Correo' -> 'Yanet Quispe Rojas' (the batch record's author field 'Redacción Correo' is the desk); "
    "'Penulis: Rina Ayu Lestari | Editor: Dwi Hartanto' -> author 'Rina Ayu Lestari'; 'Von Anna Huemer' -> 'Anna Huemer'; "
    "'Автор: Дина Ахметова' -> 'Дина Ахметова' (Cyrillic kept); 'By Salote Fifita' -> 'Salote Fifita'; 'By Stabroek "
    "News', 'News Desk', 'Kaynak: AA', 'AA', 'Agence France-Presse', 'Le Télégramme avec AFP', 'AFP', 'Xinhua', 'EFE', "
    "'ANSA', 'BNS', 'dpa', 'By UNI', 'Staff Reporter', 'Redação Integrada' and 'Redacción Correo' are agencies, desks or "
    "placeholders, not authors",
    "editors": "Reuters 'Editing by Alison Pemberton' on KFGO -> 'Alison Pemberton'; Suara.com's 'Editor: Dwi Hartanto' "
    "credit line -> 'Dwi Hartanto' (an 'Editor:' line as on Tempo and Xinhua pages); GMA's '\u2014VBL, GMA Integrated "
    "News' sign-off gives only initials and names no editor; no other record names an editor",
    "caption_credit": "wrapper words and brackets are dropped, the credit's own text is kept as printed: La Presse 'PHOTO "
    "ROMARIC KOUMBA, AGENCE FRANCE-PRESSE' -> 'ROMARIC KOUMBA, AGENCE FRANCE-PRESSE'; Anchorage Daily News 'Harlan Briggs/AP'; "
    "elDiario.es 'EFE/Álvaro Marín'; Türkiye Gazetesi 'AA'; The New Times 'Photo: Eric Habimana' -> 'Eric Habimana'; O Liberal 'Foto: "
    "Divulgação / Sespa' -> 'Divulgação / Sespa'; The Nassau Guardian 'KENDRICK CARTWRIGHT' (upper case as printed); "
    "fijivillage '[Photo: Nadi Town Council]' -> 'Nadi Town Council'; GMA News shows no captioned picture; the text, "
    "news-please, trafilatura and batched records show none and are null",
    "section": "HTML pages: article:section ('International' on La Presse, 'Alaska News' on the Anchorage Daily News, 'Andalucía' on elDiario.es, "
    "'Ekonomi' on Türkiye Gazetesi, 'Business' on The New Times, 'Pará' on O Liberal, 'Grand Bahama' on The Nassau Guardian, "
    "'Regions' on GMA, 'News' on fijivillage and 'Huancayo' on the batched Diario Correo page); trafilatura: first "
    "category ('Economia' on L'Unione Sarda, 'Brescia e Hinterland', 'Steyr' on OÖNachrichten, 'Business' on Kaniva "
    "Tonga and on the Pakistan Observer copy); text pages, news-please and newsbeam text records null, whatever section "
    "word the page prints near the title",
    "chrome": "agency-only and desk byline lines, role lines and e-mail lines under bylines, stamps ('Published:', "
    "'Hits:', 'Category:', 'Date: ... Time:', 'Updated ..., first published ...', 'Publié le', 'Giriş Tarihi', 'Son "
    "Güncelleme', 'Просмотров:', 'Lesezeit'), Xinhua's 'Enditem', UNI's slug line 'UNI SSK RJ 1845' and Lokmat's "
    "auto-published disclaimer, WAFA's editor initials 'R.N.', the dpa-infocom footer, the Reuters credits line and "
    "Thomson Reuters copyright, the AP 'contributed to this report' line, GMA's sign-off, 'Advertisement' slots, "
    "'Lire aussi', 'Lee también', 'VEJA MAIS', 'İLGİLİ HABER', 'Baca Juga', 'Leia também', 'Mehr zum Thema' and "
    "'Related' links, Joomla's 'More in this category' line, newsletter, WhatsApp, Telegram, Google News, Facebook and "
    "app lines, paywall and membership appeals, comment prompts, tag lists and author boxes are chrome; standfirsts are "
    "neither chrome nor body",
    "regions": "Slovakia, Germany, France, Spain, Portugal, Italy, Austria and Lithuania -> europe; Saint-Martin (MF, "
    "Caribbean in UN M49), Guyana, the United States, the Bahamas, Brazil, Peru and Canada -> americas; the Republic of "
    "the Congo, Tunisia, Rwanda and Nigeria -> africa; the State of Palestine and Turkey (Western Asia in UN M49), India, "
    "Kazakhstan, the Philippines and Indonesia -> asia; Australia, Fiji and Tonga -> oceania",
    "languages": "Turkish 'tr' (Türkiye Gazetesi and Haber7, Anadolu), Russian 'ru' (Zakon.kz, Kazakhstan) and Indonesian 'id' "
    "(Suara.com) appear next to en, fr, de, es, pt and it; La Presse and Le Télégramme carry the same AFP French text; "
    "O Liberal writes Brazilian Portuguese and TSF European Portuguese",
    "soualiganewsday_marigot_wastewater_plant": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled "
    "with the clean text; its must_have sentences contain no quotes or apostrophes; it kept neither the share lines nor "
    "the 'More in this category' line",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"le télégramme avec afp", "kaynak: aa", "anadolu ajansı", "wafa", "uni", "by uni", "bns",
                "news desk", "by stabroek news", "stabroek news", "redação integrada", "redacción correo",
                "gma regional tv news", "gma integrated news", "kaniva tonga", "soualiga newsday",
                "pakistan observer", "haber7", "delfi", "le télégramme"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
