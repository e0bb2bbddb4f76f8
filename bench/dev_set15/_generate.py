#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifteenth development set (bench/dev_set15/, first written as the twelfth held-out set).

    .venv/bin/python bench/dev_set15/_generate.py

Writes ``bench/dev_set15/articles/*`` and ``bench/dev_set15/labels.json``.  Output
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
bench/dev_set14/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout12_2025-a.jsonl"
JSONL_B = "crawl_holdout12_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Tirana (Investing.com scrape + copy on an Indian business daily in a batch) ----

TIRANA_PARAS = P("""
Albania imported 1.1 terawatt-hours of electricity in the first seven months of 2025, nearly three times as
much as a year earlier, as a drought cut output from the hydropower plants that supply almost all of its power,
grid operator data showed on Tuesday.

Water levels in the reservoirs on the Drin river, home to the country's three largest plants, were about 40%
below their average for early August, according to state power producer KESH.

"We have not seen inflows this low in July since the early 2000s," KESH spokesperson Ilir Gjokaj told Reuters,
adding that the company had reduced output at the Fierza and Koman plants to preserve water for the autumn.

Albania relies on hydropower for nearly all of its domestic electricity generation, which makes it a net
exporter in wet years and a heavy importer in dry ones.

The imports have cost state-owned supplier OSHEE about 160 million euros ($185 million) so far this year, the
data showed, with prices on the regional power exchange rising during a heatwave in July.

The government said last month it would keep household tariffs unchanged until the end of the year and cover
the extra cost from the state budget.

Analysts said the drought would also weigh on the country's trade balance, as electricity sales abroad bring in
hundreds of millions of euros in good years.

Albania is building its first large solar parks, at Karavasta and Spitalle, which are expected to cover about
10% of demand once fully operational.
""")

TIRANA = dict(
    cluster="reuters-tirana-power-imports-drought",
    title="Albania's power imports surge as drought cuts hydropower output",
    date="2025-08-05",
    dateline="TIRANA, Aug 5 (Reuters) - ",
    city="Tirana",
    country="AL",
    region="europe",
    agency="Reuters",
    authors=["Elira Dushku"],
    editors=["Martin Pelley"],
    lang="en",
    section=None,
    paras=TIRANA_PARAS,
    must_have=[
        "Albania relies on hydropower for nearly all of its domestic electricity generation, which makes it a net "
        "exporter in wet years and a heavy importer in dry ones.",
        "The government said last month it would keep household tariffs unchanged until the end of the year and "
        "cover the extra cost from the state budget.",
    ],
    description="Albania imported nearly three times as much electricity as a year earlier as reservoirs on the Drin ran low.",
)

TIRANA_CREDITS = "(Reporting by Elira Dushku; Editing by Martin Pelley)"

# ---- cluster: EFE, Malabo (20minutos scrape + copy on a Barcelona daily in a batch) ----

MALABO_PARAS = P("""
Guinea Ecuatorial comenzó este viernes la vacunación contra la malaria de niños menores de cinco años en la isla
de Bioko, donde se encuentra la capital, con el objetivo de inmunizar a unos 46.000 menores antes de fin de año,
informó el Ministerio de Sanidad y Bienestar Social.

La campaña, que coincide con el Día Mundial del Paludismo, utiliza la vacuna R21 y se desarrollará en 38
centros de salud de los distritos de Malabo, Baney, Riaba y Luba.

Cada niño deberá recibir cuatro dosis: tres con un mes de intervalo y una cuarta de refuerzo un año después,
según explicó a EFE la coordinadora del programa nacional de lucha contra el paludismo, Remedios Esono Mbá.

"Es un paso muy importante para las familias, porque la malaria sigue siendo la principal causa de consulta en
nuestros hospitales", afirmó Esono.

La malaria causa cada año miles de hospitalizaciones en el país, sobre todo entre niños y mujeres embarazadas,
según datos del ministerio.

En Bioko, la incidencia de la enfermedad se redujo de forma notable en las dos últimas décadas gracias a la
fumigación de viviendas y al reparto de mosquiteras, pero repuntó tras la pandemia de covid-19.

Las autoridades sanitarias prevén extender la vacunación a la región continental del país, incluida la ciudad
de Bata, a partir de 2026.

La Organización Mundial de la Salud recomienda desde 2023 el uso de la vacuna R21 en zonas con transmisión
moderada y alta de la enfermedad.
""")

MALABO = dict(
    cluster="efe-malabo-vacuna-malaria-bioko",
    title="Guinea Ecuatorial inicia la vacunación contra la malaria en la isla de Bioko",
    date="2025-04-25",
    dateline="Malabo, 25 abr (EFE).- ",
    city="Malabo",
    country="GQ",
    region="africa",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    section=None,
    paras=MALABO_PARAS,
    must_have=[
        "Cada niño deberá recibir cuatro dosis: tres con un mes de intervalo y una cuarta de refuerzo un año "
        "después, según explicó a EFE la coordinadora del programa nacional de lucha contra el paludismo, "
        "Remedios Esono Mbá.",
        "Las autoridades sanitarias prevén extender la vacunación a la región continental del país, incluida la "
        "ciudad de Bata, a partir de 2026.",
    ],
    description="La campaña con la vacuna R21 quiere inmunizar a unos 46.000 niños menores de cinco años antes de fin de año.",
)

# ---- cluster: AFP, Moroni (Libération page + copy on a Comorian daily in the gzipped batch) ----

MORONI_PARAS = P("""
Le prix de l'huile essentielle d'ylang-ylang, dont les Comores sont l'un des premiers producteurs mondiaux, a
chuté de près de moitié en un an, plongeant des milliers de familles de l'île d'Anjouan dans la difficulté.

Le litre d'essence de qualité "extra", la plus recherchée par les parfumeurs, se négocie autour de 60 euros
auprès des exportateurs, contre plus de 110 euros début 2024, selon des distillateurs interrogés par l'AFP.

"Avec ce prix, on ne couvre même plus le bois pour l'alambic et le salaire des cueilleuses", explique Soilihi
Ahmed Madi, qui exploite une distillerie à Domoni, sur la côte est d'Anjouan.

Les producteurs attribuent cette baisse à la concurrence de Madagascar et à un ralentissement des commandes des
grandes maisons de parfum, qui ont constitué des stocks importants ces dernières années.

Il faut environ 50 kilos de fleurs, cueillies à la main à l'aube, pour obtenir un litre d'essence.

La filière fait vivre directement ou indirectement quelque 20.000 personnes dans l'archipel, selon le ministère
de l'Agriculture, qui envisage la création d'un prix plancher.

Certains distillateurs ont déjà cessé leur activité, tandis que des cueilleuses se tournent vers le maraîchage
ou la pêche.

L'ylang-ylang, avec la vanille et le girofle, fait partie des principales cultures d'exportation de ce petit
pays de l'océan Indien.
""")

MORONI = dict(
    cluster="afp-moroni-ylang-ylang-prix",
    title="Aux Comores, l'effondrement du prix de l'ylang-ylang inquiète les producteurs",
    date="2025-03-18",
    dateline="Moroni (AFP) - ",
    city="Moroni",
    country="KM",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    paras=MORONI_PARAS,
    must_have=[
        "Il faut environ 50 kilos de fleurs, cueillies à la main à l'aube, pour obtenir un litre d'essence.",
        "La filière fait vivre directement ou indirectement quelque 20.000 personnes dans l'archipel, selon le "
        "ministère de l'Agriculture, qui envisage la création d'un prix plancher.",
    ],
    description="Le litre d'essence « extra » se négocie autour de 60 euros, contre plus de 110 euros début 2024.",
)

# ---- cluster: St Lucia Times, Soufrière water outage (page + noisy re-scrape) ----

SOUFRIERE_PARAS = P("""
The Water and Sewerage Company (WASCO) says residents of Soufrière and surrounding communities should have their
water supply fully restored by Friday, after heavy rain over the weekend damaged the intake that feeds the
town's treatment plant.

Customers in Soufrière, Fond St Jacques and Etangs have been without a regular supply since Sunday, when debris
from a landslide blocked the intake on the upper reaches of the Soufrière River.

In a statement on Monday, the utility said crews had cleared most of the debris but that a section of the main
pipeline had been cracked and would need to be replaced.

"We understand the frustration of our customers, and our teams are working around the clock to get the system
back up," said Rodney Jn Pierre, WASCO's operations manager for the south.

WASCO has deployed two water trucks to the town and set up collection points at the Soufrière Hospital, the
town's primary school and the fish market.

Residents have been asked to store water in clean containers and to boil water for drinking until further
notice.

The company said the damage was estimated at about 180,000 EC dollars and that it would seek assistance from
the National Emergency Management Organisation (NEMO).

Businesses in the tourism town say the outage has come at a bad time, with several hotels reporting that they
have had to truck in water at their own expense.
""")

SOUFRIERE = dict(
    cluster="stluciatimes-soufriere-water-outage",
    title="WASCO says Soufrière water supply to be restored by Friday after intake damage",
    date="2025-06-10",
    dateline="",
    city=None,
    country="LC",
    region="americas",
    agency=None,
    authors=["Marcia Jn Baptiste"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=SOUFRIERE_PARAS,
    must_have=[
        "In a statement on Monday, the utility said crews had cleared most of the debris but that a section of the "
        "main pipeline had been cracked and would need to be replaced.",
        "Residents have been asked to store water in clean containers and to boil water for drinking until further "
        "notice.",
        "The company said the damage was estimated at about 180,000 EC dollars and that it would seek assistance "
        "from the National Emergency Management Organisation (NEMO).",
    ],
)

SOUFRIERE_PRE = ["St Lucia Times", "Home", "News", "Business", "Entertainment", "Sports", "Opinion", "Contact Us"]
SOUFRIERE_HEAD = ["By Marcia Jn Baptiste"]
SOUFRIERE_STAMP = ["June 10, 2025", "0 Comments"]
SOUFRIERE_COPY = "Copyright \u00a9 2025 St Lucia Times. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters on Investing.com (original of the Reuters cluster): "Reuters" / US-order "Published mm/dd/yyyy" stamp, "© Reuters." caption prefix, third-party ad line, risk disclosure.
    dict(
        TIRANA,
        role="original",
        file="investing_reuters_albania_power_imports_drought.txt",
        render="text",
        caption="A worker walks along the crest of the Koman dam on the Drin river, Albania, July 29, 2025.",
        credit="REUTERS/Arben Celaj",
        pre=[["Investing.com", "Markets", "News", "Analysis", "Charts", "Technical", "Tools", "Academy", "Brokers"],
             ["Sign In", "Free Sign Up"],
             ["Economy News"]],
        head=[["Reuters"], ["Published 08/05/2025, 06:14 AM"]],
        cap_lines=["\u00a9 Reuters. A worker walks along the crest of the Koman dam on the Drin river, Albania, July 29, 2025. "
                   "REUTERS/Arben Celaj"],
        inserts={2: ["Third party Ad. Not an offer or recommendation by Investing.com. See disclosure here or remove ads."]},
        tail=[
            [TIRANA_CREDITS],
            ["Latest comments"],
            ["Risk Disclosure: Trading in financial instruments and/or cryptocurrencies involves high risks including "
             "the risk of losing some, or all, of your investment amount, and may not be suitable for all investors."],
            ["Fusion Media would like to remind you that the data contained in this website is not necessarily "
             "real-time nor accurate."],
            ["\u00a9 2007-2025 - Fusion Media Limited. All Rights Reserved."],
        ],
    ),
    # St Lucia Times (original of the re-scrape cluster): "Jn" in the writer's name, "(Photo: X/Facebook)" credit, "READ:" insert, author bio.
    dict(
        SOUFRIERE,
        role="original",
        file="stluciatimes_soufriere_water_outage.txt",
        caption="WASCO crews clear debris from the Soufrière intake on Monday.",
        credit="WASCO/Facebook",
        pre=[SOUFRIERE_PRE, ["Local News"]],
        head=[SOUFRIERE_HEAD, SOUFRIERE_STAMP, ["Share via:", "Facebook", "WhatsApp", "Twitter", "More"]],
        cap_lines=["WASCO crews clear debris from the Soufrière intake on Monday. (Photo: WASCO/Facebook)"],
        inserts={2: ["ADVERTISEMENT"], 5: ["READ: NEMO activates shelters in the south as heavy rains continue"]},
        tail=[
            ["Marcia Jn Baptiste is a reporter with St Lucia Times covering local government and utilities."],
            ["Related Posts", "Vieux Fort fishers count losses after weekend swells"],
            [SOUFRIERE_COPY],
        ],
    ),
    dict(
        SOUFRIERE,
        role="rescrape",
        file="stluciatimes_soufriere_water_outage_rescrape.txt.gz",
        noise=True,
        pre=[SOUFRIERE_PRE],
        head=[SOUFRIERE_HEAD, SOUFRIERE_STAMP],
        tail=[[SOUFRIERE_COPY]],
    ),
    # EFE on 20minutos (original of the EFE cluster): "EFE" / "dd.mm.yyyy - hh:mmh" head, auto-feed notice, comments link, topic row.
    dict(
        MALABO,
        role="original",
        file="20minutos_efe_malabo_vacuna_malaria_es.txt",
        render="text",
        pre=[["20minutos", "Nacional", "Internacional", "Economía", "Deportes", "Salud", "Tecnología", "Gente", "Opinión"],
             ["Internacional"]],
        head=[["EFE"], ["25.04.2025 - 14:37h"]],
        inserts={2: ["Publicidad"]},
        tail=[
            ["Noticia servida automáticamente por la Agencia EFE"],
            ["Ver comentarios"],
            ["Temas relacionados", "Guinea Ecuatorial", "Malaria", "Vacunas"],
            ["Lo más visto", "La Aemet avisa de tormentas fuertes en el este peninsular"],
        ],
    ),
    # Xinhua on People's Daily Online: "(Xinhua) HH:MM, Month DD, YYYY" stamp, "(Xinhua/NAME)" credit, "(Web editor: ...)" line.
    dict(
        cluster="peopledaily-xinhua-bamako-cotton-forecast",
        role="single",
        file="peopledaily_xinhua_mali_cotton_output_forecast.txt",
        render="text",
        title="Mali expects 12 pct rise in cotton output this season",
        date="2025-03-04",
        dateline="BAMAKO, March 4 (Xinhua) -- ",
        city="Bamako",
        country="ML",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=["Tian Rui", "Xu Meng"],
        lang="en",
        section=None,
        caption="Farmers harvest cotton in a field near Koutiala, Mali, Nov. 20, 2024.",
        credit="Xinhua/Habib Kouyaté",
        pre=[["People's Daily Online", "Home", "China", "Politics", "Business", "World", "Military", "Society", "Culture",
              "Travel", "Science", "Sports", "Photos"],
             ["World"]],
        head=[["(Xinhua) 16:18, March 04, 2025"]],
        cap_lines=["Farmers harvest cotton in a field near Koutiala, Mali, Nov. 20, 2024. (Xinhua/Habib Kouyaté)"],
        tail=[
            ["(Web editor: Tian Rui, Xu Meng)"],
            ["Photos", "Related Stories"],
            ["Copyright by People's Daily Online. All rights reserved."],
        ],
        paras=P("""
Mali expects to produce about 690,000 tonnes of seed cotton in the 2025-2026 season, up 12 percent from the
previous campaign, the state-owned Malian Textile Development Company (CMDT) said on Tuesday.

The forecast is based on an expected increase in the area planted to about 760,000 hectares and on the timely
distribution of fertilizer to producers, CMDT deputy director Bakary Traoré said at a meeting with farmers'
organizations in Bamako.

He said some 180,000 tonnes of fertilizer had already been ordered and would be delivered to the main producing
zones of Sikasso, Koutiala and Bougouni before the start of planting in May.

The government has kept the purchase price of first-grade seed cotton at 300 CFA francs (about 0.49 U.S.
dollars) per kg for the new season.

Cotton is one of Mali's main export products alongside gold, and the sector provides a livelihood for more than
4 million people, according to official figures.

Production fell sharply in the 2022-2023 season after a jassid pest infestation destroyed crops in several
regions, before recovering last year.

Farmers' representatives welcomed the measures but called for better rural roads to move the harvest to ginning
plants.
"""),
        must_have=[
            "The government has kept the purchase price of first-grade seed cotton at 300 CFA francs (about 0.49 U.S. "
            "dollars) per kg for the new season.",
            "Production fell sharply in the 2022-2023 season after a jassid pest infestation destroyed crops in several "
            "regions, before recovering last year.",
        ],
    ),
    # dpa on Welt regional pages: "(dpa/lsw)" dateline, "Veröffentlicht am ... | Lesedauer" stamp, "Foto: NAME/dpa" credit line, ePaper promo.
    dict(
        cluster="welt-dpa-feldberg-saisonende-schneemangel",
        role="single",
        file="welt_dpa_freiburg_feldberg_saisonende_de.txt",
        render="text",
        title="Schneemangel: Lifte am Feldberg beenden Saison vorzeitig",
        date="2025-02-24",
        dateline="Freiburg (dpa/lsw) - ",
        city="Freiburg",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        caption="Ein stillstehender Sessellift am Feldberg im Südschwarzwald.",
        credit="Jonas Ebert/dpa",
        pre=[["WELT", "Politik", "Wirtschaft", "Sport", "Panorama", "Kultur", "Wissen", "Regionales"],
             ["Regionales", "Baden-Württemberg"]],
        head=[["Veröffentlicht am 24.02.2025 | Lesedauer: 2 Minuten"]],
        cap_lines=["Ein stillstehender Sessellift am Feldberg im Südschwarzwald.", "Foto: Jonas Ebert/dpa"],
        tail=[
            ["\u00a9 dpa-infocom, dpa:250224-930-383152/1"],
            ["Themen", "Baden-Württemberg", "Feldberg", "Wintersport"],
            ["Die WELT als ePaper: Die vollständige Ausgabe steht Ihnen bereits am Vorabend zur Verfügung \u2013 "
             "so sind Sie immer hochaktuell informiert."],
        ],
        paras=P("""
Wegen anhaltenden Schneemangels beenden die Liftbetreiber am Feldberg im Schwarzwald die Wintersaison vorzeitig.
Ab Dienstag stehen alle 13 Lifte des größten Skigebiets in Baden-Württemberg still, wie die Betreibergesellschaft
in Freiburg mitteilte.

Die Saison habe in diesem Winter nur 41 Betriebstage umfasst, sagte ein Sprecher. In einem durchschnittlichen
Winter seien es mehr als 90 Tage.

Zwar seien die Pisten zeitweise mit technischem Schnee präpariert worden, doch die milden Temperaturen der
vergangenen Wochen hätten auch die Kunstschneeauflage schmelzen lassen.

Der Deutsche Wetterdienst rechnet auch für die kommenden Tage mit Höchstwerten von bis zu zehn Grad auf dem
Feldberg. Neuschnee ist nicht in Sicht.

Für die Gastronomie und die Skischulen in der Region bedeute das frühe Saisonende erhebliche Einbußen, sagte
der Sprecher. Einige Betriebe hätten bereits Mitarbeiter in andere Bereiche versetzt.

Die Gemeinde Feldberg setzt nach eigenen Angaben verstärkt auf Angebote für Wanderer und Mountainbiker, um
unabhängiger vom Winterwetter zu werden.

Bereits gekaufte Saisonkarten sollen teilweise auf die kommende Saison angerechnet werden.
"""),
        must_have=[
            "Neuschnee ist nicht in Sicht.",
            "Bereits gekaufte Saisonkarten sollen teilweise auf die kommende Saison angerechnet werden.",
        ],
    ),
    # Pajhwok Afghan News (agency, own site): "HERAT CITY (Pajhwok): " dateline, reporter byline, desk initials, app lines.
    dict(
        cluster="pajhwok-herat-saffron-harvest",
        role="single",
        file="pajhwok_herat_saffron_harvest_prices.txt",
        render="text",
        title="Herat saffron output up 25pc, but growers complain of low prices",
        date="2024-11-27",
        dateline="HERAT CITY (Pajhwok): ",
        city="Herat",
        country="AF",
        region="asia",
        agency="Pajhwok",
        authors=["Farid Ahmad Sadiqi"],
        editors=[],
        lang="en",
        section=None,
        pre=[["Pajhwok Afghan News", "Home", "Afghanistan", "Business", "Health", "Education", "Sports", "Opinion",
              "Dari", "Pashto"],
             ["Business"]],
        head=[["By Farid Ahmad Sadiqi"], ["27 Nov 2024 - 14:35"]],
        tail=[
            ["ma/sa"],
            ["Related Article", "Kandahar pomegranate exports to India increase"],
            ["Add new comment"],
            ["Download Pajhwok Mobile App", "Google Play", "App Store"],
            ["\u00a9 2024 Pajhwok Afghan News. All rights reserved."],
        ],
        paras=P("""
Saffron production in western Herat province has increased by 25 percent this year compared to last year,
officials say, but farmers complain that prices have fallen sharply.

Mohammad Yasin Noori, head of the provincial agriculture, irrigation and livestock department, told Pajhwok
Afghan News that about 34 tonnes of saffron had been harvested from nearly 9,000 hectares of land this year.

He said the increase was due to good rainfall in spring and the expansion of saffron cultivation in Pashtun
Zarghun, Ghoryan and Injil districts.

However, farmers said the price of one kilogram of dried saffron had dropped from 95,000 afghanis last year to
about 70,000 afghanis.

"We spent a lot on labour and fertiliser, but traders are now offering very low prices because export routes are
limited," said Abdul Qadir, a saffron grower in Ghoryan district.

Saffron traders said most of the crop was exported to India, China, Saudi Arabia and European countries, but
high transport costs had reduced demand.

Noori said the department was working with traders to find new markets and would hold a saffron exhibition in
Herat City next month.

Herat produces more than 90 percent of Afghanistan's saffron, which is known for its quality and has won
international awards.
"""),
        must_have=[
            "However, farmers said the price of one kilogram of dried saffron had dropped from 95,000 afghanis last "
            "year to about 70,000 afghanis.",
            "Noori said the department was working with traders to find new markets and would hold a saffron "
            "exhibition in Herat City next month.",
        ],
    ),
    # Illawarra Mercury (ACM regional): "Updated ... , first published ..." stamp, "Picture by NAME", newsletter line, writer bio.
    dict(
        cluster="illawarramercury-lifeguard-rescues-record",
        role="single",
        file="illawarramercury_wollongong_lifeguard_rescues_record.txt",
        render="text",
        title="Illawarra lifeguards carry out record 412 rescues in bumper summer",
        date="2025-03-03",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Declan Moretti"],
        editors=[],
        lang="en",
        section=None,
        caption="Lifeguards keep watch over swimmers at North Wollongong beach in January.",
        credit="Hamish Tolley",
        pre=[["Illawarra Mercury", "News", "Sport", "Comment", "What's On", "Property", "Motoring", "Obituaries",
              "Today's Paper"],
             ["Subscribe", "Login"],
             ["Local News"]],
        head=[["Declan Moretti"], ["Updated March 3 2025 - 4:51pm, first published 3:20pm"]],
        cap_lines=["Lifeguards keep watch over swimmers at North Wollongong beach in January. Picture by Hamish Tolley"],
        inserts={2: ["Advertisement"],
                 6: ["Get the latest Wollongong news delivered to your inbox. Sign up for our newsletter here."]},
        tail=[
            ["Declan Moretti", "Journalist"],
            ["Declan joined the Mercury in 2023 and covers Wollongong City Council and the northern suburbs."],
            ["Subscribe now for unlimited access."],
            ["Latest News", "Dapto man refused bail over Warrawong break-ins"],
        ],
        paras=P("""
Lifeguards on Wollongong's beaches carried out a record 412 rescues this summer, as hot weather and big swells
drew huge crowds to the coast.

Wollongong City Council figures show the rescues, between the start of the patrol season in late September and
the end of February, were up by more than a third on the previous summer.

The busiest beaches were North Wollongong, Bulli and Thirroul, which together accounted for almost half the
rescues.

Council's lifeguard co-ordinator Shane Hallinan said many of those rescued were visitors or international
students who were unfamiliar with rip currents.

"We had days in January where there were more than 20,000 people on the sand at North Beach alone, and when the
surf gets up, the rips get strong very quickly," he said.

"Our message doesn't change: swim between the red and yellow flags, and if you can't see a lifeguard, don't go
in."

There were no drownings on patrolled beaches in the Wollongong area during the season, although a man died after
being pulled from the water at an unpatrolled beach near Coalcliff in January.

Council will extend lifeguard patrols at six of its busiest beaches until the end of the Easter school holidays,
with warm weather forecast to continue into autumn.

Volunteer surf life savers also patrol the beaches on weekends and public holidays.
"""),
        must_have=[
            "The busiest beaches were North Wollongong, Bulli and Thirroul, which together accounted for almost half "
            "the rescues.",
            "There were no drownings on patrolled beaches in the Wollongong area during the season, although a man died "
            "after being pulled from the water at an unpatrolled beach near Coalcliff in January.",
        ],
    ),
    # Saudi Press Agency (own site): "Jeddah, March 3, 2025, SPA -- " dateline, Hijri + Gregorian stamp, "--SPA" sign-off.
    dict(
        cluster="spa-jeddah-historic-buildings-restored",
        role="single",
        file="spa_jeddah_historic_buildings_restored.txt",
        render="text",
        title="Historic Jeddah Program completes restoration of 56 heritage buildings in Al-Balad",
        date="2025-03-03",
        dateline="Jeddah, March 3, 2025, SPA -- ",
        city="Jeddah",
        country="SA",
        region="asia",
        agency="SPA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["SPA", "Saudi Press Agency", "Home", "Local", "Economy", "Sports", "Culture", "International",
              "Photos", "\u0639\u0631\u0628\u064a"]],
        head=[["Monday 1446/9/3 - 2025/03/03 09:42 PM"], ["Culture"]],
        tail=[
            ["--SPA"],
            ["Print", "Share"],
            ["Related News", "AlUla Camel Cup concludes with record entries"],
        ],
        paras=P("""
The Historic Jeddah Program has completed the restoration of 56 heritage buildings in the Al-Balad district,
as part of efforts to preserve the area's traditional architecture and develop it as a cultural destination.

The buildings, most of them coral-stone houses dating back more than 150 years, were restored using
traditional materials and techniques, including wooden rawasheen window screens made by local craftsmen.

The program said the work included reinforcing foundations, repairing walls and roofs, and upgrading electrical
and fire-safety systems in line with heritage conservation standards.

Several of the restored buildings will be used as museums, galleries, boutique hotels and workshops for
traditional crafts, while others will remain residential.

Historic Jeddah, which was inscribed on the UNESCO World Heritage List in 2014, contains about 600 heritage
buildings, many of which had deteriorated over the decades.

The program said restoration work on a further 70 buildings was under way and expected to be completed by the
end of 2026.

It also announced that guided walking tours of the district would be extended to evening hours during the holy
month of Ramadan.
"""),
        must_have=[
            "Several of the restored buildings will be used as museums, galleries, boutique hotels and workshops for "
            "traditional crafts, while others will remain residential.",
            "The program said restoration work on a further 70 buildings was under way and expected to be completed by "
            "the end of 2026.",
        ],
    ),
    # MIA (North Macedonia's agency, English service): "Skopje, 20 May 2025 (MIA) - " dateline, initials for a defendant, tag row, licence line.
    dict(
        cluster="mia-skopje-clinic-director-sentenced",
        role="single",
        file="mia_skopje_clinic_director_procurement_verdict.txt",
        render="text",
        title="Former clinic director sentenced to four years for rigging equipment tenders",
        date="2025-05-20",
        dateline="Skopje, 20 May 2025 (MIA) - ",
        city="Skopje",
        country="MK",
        region="europe",
        agency="MIA",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["MIA", "Home", "Macedonia", "Politics", "Economy", "Region", "World", "Culture", "Sports", "Photo",
              "Video", "\u041c\u041a\u0414", "SQ"],
             ["Macedonia"]],
        head=[["20 May 2025 16:47"]],
        tail=[
            ["Tags:", "court", "corruption", "health"],
            ["Related articles", "Skopje court sets date for trial in road tender case"],
            ["\u00a9 2025 MIA. All rights reserved. Use of MIA content is subject to a licence agreement."],
        ],
        paras=P("""
The Skopje Basic Criminal Court on Tuesday sentenced a former director of a public health clinic to four years
in prison for abuse of office in the procurement of medical equipment.

The court found that between 2019 and 2021 the defendant, identified by the initials B.S., had arranged tenders
for ultrasound machines and laboratory analysers so that they were won by a company owned by a relative.

According to the verdict, the clinic paid about 310,000 euros for equipment whose market value was around half
that amount.

Two managers of the supplier company were sentenced to two and a half years each for aiding the crime, while a
fourth defendant was acquitted.

The court also ordered the defendants to pay back 152,000 euros to the clinic and confiscated a vehicle and an
apartment in Skopje.

Presiding judge Vesna Ilievska-Trajkova said the defendants had knowingly damaged a public institution that
serves thousands of patients.

The defence said it would appeal before the Skopje Court of Appeals. The verdict is not final.

The case was initiated by the Public Prosecutor's Office for Organised Crime and Corruption after a report by
the State Audit Office in 2022.
"""),
        must_have=[
            "The court also ordered the defendants to pay back 152,000 euros to the clinic and confiscated a vehicle and "
            "an apartment in Skopje.",
            "The verdict is not final.",
        ],
    ),
    # Philippine Daily Inquirer: "By: NAME - Correspondent / @inquirerdotnet" and "Philippine Daily Inquirer / 05:12 AM ..." lines, "—NAME" credit, "READ:" insert, comment disclaimer.
    dict(
        cluster="inquirer-baguio-cold-frost-atok",
        role="single",
        file="inquirer_baguio_coldest_morning_frost_atok.txt",
        render="text",
        title="Baguio shivers at 9.4°C; frost hits Benguet vegetable farms",
        date="2025-01-18",
        dateline="BAGUIO CITY, Benguet, Philippines \u2014 ",
        city="Baguio",
        country="PH",
        region="asia",
        agency=None,
        authors=["Jannelle Dumlao"],
        editors=[],
        lang="en",
        section=None,
        caption="Cabbage plants in Paoay village, Atok town, Benguet, are covered with frost on Friday.",
        credit="CARLITO DAGUPEN",
        pre=[["INQUIRER.NET", "News", "Nation", "Global Nation", "Business", "Sports", "Entertainment", "Lifestyle",
              "Opinion", "Technology"],
             ["Newsinfo / Regions"]],
        head=[["By: Jannelle Dumlao - Correspondent / @inquirerdotnet"],
              ["Philippine Daily Inquirer / 05:12 AM January 18, 2025"]],
        cap_lines=["Cabbage plants in Paoay village, Atok town, Benguet, are covered with frost on Friday. \u2014CARLITO DAGUPEN"],
        inserts={2: ["READ: Amihan brings colder days to Luzon, says Pagasa"], 4: ["ADVERTISEMENT"]},
        tail=[
            ["Subscribe to our daily newsletter"],
            ["By providing an email address. I agree to the Terms of Use and acknowledge that I have read the Privacy Policy."],
            ["Read Next"],
            ["Disclaimer: Comments do not represent the views of INQUIRER.net. We reserve the right to exclude comments "
             "which are inconsistent with our editorial standards."],
        ],
        paras=P("""
The temperature in this mountain city dropped to 9.4 degrees Celsius on Friday morning, the lowest so far this
cool season, as the northeast monsoon, or "amihan," continued to bring cold air over Northern Luzon.

The Philippine Atmospheric, Geophysical and Astronomical Services Administration (Pagasa) station in Baguio
recorded the reading at 5 a.m., lower than the 10.2°C recorded on Jan. 9.

In the vegetable-growing town of Atok, frost covered cabbage and potato plots in Paoay and Cattubo villages,
farmers said.

"The leaves turn black after the frost melts, and we have to harvest early or lose the crop," said Renato
Bayangan, a farmer in Paoay.

The Benguet provincial agriculture office said it was still assessing the damage but initial reports showed
about 60 hectares of farmland had been affected.

Agriculture officials advised farmers to water their crops before sunrise to help wash off the frost and reduce
damage.

The cold weather, meanwhile, has drawn more tourists to Baguio, with long lines at Burnham Park and Mines View
Park on weekends.

Pagasa said temperatures could drop further in the coming weeks, as the coldest days in Baguio usually occur in
late January and February. The city's lowest recorded temperature was 6.3°C in January 1961.
"""),
        must_have=[
            "The Benguet provincial agriculture office said it was still assessing the damage but initial reports "
            "showed about 60 hectares of farmland had been affected.",
            "Agriculture officials advised farmers to water their crops before sunrise to help wash off the frost and "
            "reduce damage.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_WTOP = dict(
    name="WTOP News",
    home="https://wtop.example.com",
    title_suffix=" - WTOP News",
    locale="en_US",
    twitter="@WTOP",
    body_class="single-post",
    article_class="wtop-article",
    body_class_inner="article-body",
    skip="Skip to content",
    cookie=None,
    top_links=["Listen Live", "Traffic & Weather on the 8s"],
    nav=["News", "Local", "National", "World", "Sports", "Business", "Entertainment", "Lifestyle", "Podcasts"],
    share=["Facebook", "X", "Email", "Print"],
    footer=["\u00a9 2025 WTOP. All Rights Reserved.", "Contact WTOP", "Privacy Policy", "FCC Public File"],
)

SITE_LIBE = dict(
    name="Libération",
    home="https://www.liberation.example.fr",
    title_suffix=" \u2013 Libération",
    locale="fr_FR",
    twitter="@libe",
    body_class="article-page",
    article_class="article-body-wrapper",
    body_class_inner="article-body",
    cookie_title="Libération et ses partenaires",
    cookie="Avec votre accord, nous et nos partenaires utilisons des cookies pour stocker et accéder à des informations sur votre appareil.",
    cookie_buttons=["Accepter et fermer", "Continuer sans accepter", "Paramétrer les cookies"],
    top_links=["S'abonner", "Se connecter"],
    nav=["Politique", "International", "Economie", "Environnement", "Société", "Culture", "Idées et Débats", "Sports"],
    share=["Partager", "Facebook", "X", "Linkedin", "Copier le lien"],
    footer=["\u00a9 Libération", "Mentions légales", "Charte de confidentialité", "Nous contacter"],
)

SITE_NDTV = dict(
    name="NDTV",
    home="https://www.ndtv.example.com",
    title_suffix=" - NDTV",
    locale="en_IN",
    twitter="@ndtv",
    body_class="article-story",
    article_class="sp-cn",
    body_class_inner="Art-exp_wr",
    cookie=None,
    top_links=["Live TV", "Login"],
    nav=["Home", "Latest", "India", "World", "Business", "Cities", "Opinion", "Trending", "Videos"],
    share=["Share", "WhatsApp", "Facebook", "X"],
    footer=["\u00a9 Copyright NDTV Convergence Limited 2025. All rights reserved.", "About Us", "Advertise", "Careers"],
)

SITE_PRENSALIBRE = dict(
    name="Prensa Libre",
    home="https://www.prensalibre.example.com",
    title_suffix=" \u2013 Prensa Libre",
    locale="es_GT",
    twitter="@prensa_libre",
    body_class="single-post",
    article_class="sart-content",
    body_class_inner="sart-body",
    cookie=None,
    top_links=["Suscríbete", "Iniciar sesión", "Edición impresa"],
    nav=["Guatemala", "Economía", "Internacional", "Deportes", "Vida", "Opinión", "Hemeroteca", "Multimedia"],
    share=["Facebook", "X", "WhatsApp", "Copiar enlace"],
    footer=["\u00a9 Prensa Libre 2025. Todos los derechos reservados.", "Términos y condiciones", "Contáctenos"],
)

SITE_OGLOBO = dict(
    name="O Globo",
    home="https://oglobo.example.com.br",
    title_suffix=" | Cultura | O Globo",
    locale="pt_BR",
    twitter="@JornalOGlobo",
    body_class="materia",
    article_class="mc-article",
    body_class_inner="mc-article-body",
    cookie=None,
    top_links=["Assine", "Entrar"],
    nav=["Política", "Economia", "Rio", "Mundo", "Saúde", "Cultura", "Esportes", "Opinião", "Blogs"],
    share=["Compartilhar", "WhatsApp", "Facebook", "X", "Copiar link"],
    footer=["\u00a9 1996 - 2025. Todos direitos reservados a Editora Globo S/A.", "Fale conosco", "Termos de uso"],
)

SITE_WYBORCZA = dict(
    name="Gazeta Wyborcza",
    home="https://krakow.wyborcza.example.pl",
    title_suffix=" | Kraków Wyborcza.pl",
    locale="pl_PL",
    twitter="@gazeta_wyborcza",
    body_class="art-page",
    article_class="art",
    body_class_inner="art_content",
    cookie_title="Dbamy o Twoją prywatność",
    cookie="Wyborcza.pl i zaufani partnerzy używają plików cookie, aby dopasować treści i reklamy do Twoich zainteresowań.",
    cookie_buttons=["Przejdź do serwisu", "Ustawienia zaawansowane"],
    top_links=["Prenumerata", "Zaloguj się"],
    nav=["Kraków", "Wiadomości", "Kultura", "Sport", "Opinie", "Magazyn", "Podcasty"],
    share=["Udostępnij", "Facebook", "X", "E-mail"],
    footer=["\u00a9 Agora S.A. Wszystkie prawa zastrzeżone.", "Regulamin", "Polityka prywatności", "Kontakt"],
)

SITE_PAROOL = dict(
    name="Het Parool",
    home="https://www.parool.example.nl",
    title_suffix=" | Het Parool",
    locale="nl_NL",
    twitter="@parool",
    body_class="artstyle",
    article_class="artstyle__main",
    body_class_inner="artstyle__text",
    cookie_title="Parool.nl gebruikt cookies",
    cookie="Wij en onze partners gebruiken cookies en vergelijkbare technieken om je een betere gebruikerservaring te bieden.",
    cookie_buttons=["Akkoord", "Instellingen"],
    top_links=["Abonneren", "Inloggen"],
    nav=["Nieuws", "Amsterdam", "Columns", "Cultuur & Media", "Uit", "PS", "Sport", "Podcasts"],
    share=["Delen", "Facebook", "WhatsApp", "E-mail"],
    footer=["\u00a9 2025 DPG Media B.V. - alle rechten voorbehouden", "Privacy", "Colofon"],
)

SITE_NTNEWS = dict(
    name="NT News",
    home="https://www.ntnews.example.com.au",
    title_suffix=" | NT News",
    locale="en_AU",
    twitter="@TheNTNews",
    body_class="story-page",
    article_class="story-block",
    body_class_inner="story-content",
    cookie=None,
    top_links=["Subscribe", "Log In"],
    nav=["News", "Sport", "Lifestyle", "Business", "Opinion", "Real Estate", "Puzzles", "Newsletters"],
    share=["Share", "Facebook", "X", "Email", "Copy link"],
    footer=["Copyright \u00a9 2025 News Pty Limited", "Terms of Use", "Privacy Policy", "Standards of Practice"],
)

SITE_GAROWE = dict(
    name="Garowe Online",
    home="https://www.garoweonline.example.com",
    title_suffix=" | Garowe Online",
    locale="en_US",
    twitter="@GaroweOnline",
    body_class="post-template-default",
    article_class="post-wrap",
    body_class_inner="entry-content",
    cookie=None,
    top_links=["Advertise", "Contact"],
    nav=["Home", "Somalia", "Puntland", "Africa", "World", "Opinion", "Business", "Contact"],
    share=["Share", "Facebook", "Twitter", "WhatsApp"],
    footer=["Copyright \u00a9 2025 Garowe Online.", "About Us", "Privacy Policy"],
)

HTML_STORIES = [
    # -- AP on WTOP (radio station site): "By NAME The Associated Press" byline, "(AP Photo/NAME)" credit, WTOP listen line, AP copyright line --
    dict(
        cluster="ap-grenada-carriacou-hospital-reopens",
        role="single",
        file="wtop_ap_grenada_carriacou_hospital_reopens.html",
        render="html",
        site=SITE_WTOP,
        title="A year after Hurricane Beryl, Carriacou reopens its rebuilt hospital",
        date="2025-07-01",
        dateline="ST. GEORGE'S, Grenada (AP) \u2014 ",
        city="Saint George's",
        country="GD",
        region="americas",
        agency="AP",
        authors=["Kimani Joseph"],
        editors=[],
        lang="en",
        section="World",
        meta_section="World",
        url="https://wtop.example.com/world/2025/07/a-year-after-hurricane-beryl-carriacou-reopens-its-rebuilt-hospital/",
        description="The only hospital on the Grenadian island of Carriacou reopened a year after Hurricane Beryl tore off its roof.",
        published="2025-07-01T16:12:00-04:00",
        modified="2025-07-01T16:12:00-04:00",
        meta_author="The Associated Press",
        ld_author=[{"@type": "Organization", "name": "The Associated Press"}],
        byline_lines=["By KIMANI JOSEPH The Associated Press"],
        date_lines=["July 1, 2025, 4:12 PM"],
        caption="Health workers stand outside the rebuilt Princess Royal Hospital in Hillsborough, Carriacou, Grenada, Tuesday, July 1, 2025.",
        credit="AP Photo/Haynes Lewis",
        credit_shown="(AP Photo/Haynes Lewis)",
        inserts={3: [("ad", "ADVERTISEMENT")]},
        end_lines=["Copyright \u00a9 2025 The Associated Press. All rights reserved. This material may not be published, "
                   "broadcast, written or redistributed."],
        below_body=[("listen", "Listen now to WTOP News WTOP.com | Alexa | Google Home | WTOP App | 103.5 FM")],
        lists=[("Related News", ["Caribbean braces for an active hurricane season", "Jamaica reopens schools damaged by storms"])],
        paras=P("""
The only hospital on the Grenadian island of Carriacou reopened Tuesday, a year after Hurricane Beryl tore off
its roof and forced patients to be evacuated by boat to the main island.

Health workers, government officials and residents gathered outside the rebuilt Princess Royal Hospital in
Hillsborough, the island's main town, for a short ceremony marking the reopening.

The 30-bed hospital now has a new emergency department, a maternity ward, a dialysis unit and solar panels with
battery storage that can keep it running for three days if the power grid fails, Grenada's health ministry said.

"For a whole year, if you got sick here you had to think about a boat or a plane," said Merline Cudjoe, a nurse
who has worked at the hospital for 22 years. "Today we can finally say: come, we are open."

Beryl made landfall on Carriacou on July 1, 2024, as a Category 4 storm, damaging or destroying most homes on the
island of about 9,000 people and cutting power and water for weeks.

Since then, patients needing more than basic care had been transferred to the general hospital in St. George's,
a journey of about two hours by ferry.

The reconstruction cost about $14 million and was financed by the government with support from international
lenders, officials said.

Many residents are still waiting for their homes to be repaired. The government says about 40% of damaged houses
on Carriacou and neighboring Petite Martinique have been rebuilt.
"""),
        must_have=[
            "Since then, patients needing more than basic care had been transferred to the general hospital in St. "
            "George's, a journey of about two hours by ferry.",
            "Many residents are still waiting for their homes to be repaired.",
        ],
    ),
    # -- AFP on Libération (original of the AFP cluster): "par LIBERATION et AFP" byline, "publié le ... à 15h42", "(NAME/AFP)" credit, cookie wall --
    dict(
        MORONI,
        role="original",
        file="liberation_afp_comores_ylang_ylang_prix_fr.html",
        render="html",
        site=SITE_LIBE,
        section="International",
        meta_section="International",
        url="https://www.liberation.example.fr/international/afrique/aux-comores-leffondrement-du-prix-de-lylang-ylang-inquiete-les-producteurs-20250318_QX4L7VZ2PFD3NM6W/",
        published="2025-03-18T15:42:00+01:00",
        modified="2025-03-18T15:42:00+01:00",
        meta_author="LIBERATION",
        ld_author=[{"@type": "Organization", "name": "LIBERATION"}, {"@type": "Organization", "name": "AFP"}],
        breadcrumbs=["International", "Afrique"],
        byline_lines=["par LIBERATION et AFP"],
        date_lines=["publié le 18 mars 2025 à 15h42"],
        caption="Une cueilleuse d'ylang-ylang dans une plantation de Bambao, sur l'île d'Anjouan, en février 2025.",
        credit="Youssouf Ibrahim/AFP",
        credit_shown="(Youssouf Ibrahim/AFP)",
        inserts={3: [("link", "A lire aussi", "Madagascar : la vanille au plus bas, les planteurs déchantent")]},
        below_body=[("newsletter", "Newsletter Libé Afrique : chaque mois, l'essentiel de l'actualité du continent. Inscrivez-vous.")],
        lists=[("Dans la même rubrique", ["Au Sénégal, la pêche artisanale face aux chalutiers étrangers",
                                          "Maurice : le prix du sucre soutient la croissance"])],
    ),
    # -- PTI on NDTV: "India News" / "Press Trust of India" / "Updated:" only, "Read Time", "Dehradun: " opening, syndicated-feed line --
    dict(
        cluster="ndtv-pti-uttarakhand-forest-fires-fewer",
        role="single",
        file="ndtv_pti_dehradun_uttarakhand_forest_fires_fewer.html",
        render="html",
        site=SITE_NDTV,
        title="Uttarakhand Records 40% Fewer Forest Fires This Season, Say Officials",
        date="2025-06-02",
        dateline="Dehradun: ",
        city="Dehradun",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section="India",
        meta_section="India",
        url="https://www.ndtv.example.com/india-news/uttarakhand-records-40-fewer-forest-fires-this-season-say-officials-8571204",
        description="The fires have affected about 740 hectares of forest land, compared with over 1,700 hectares last year.",
        published="2025-06-02T18:41:00+05:30",
        modified="2025-06-02T18:41:00+05:30",
        meta_author="Press Trust of India",
        ld_author=[{"@type": "Organization", "name": "Press Trust of India"}],
        byline_lines=["India News", "Press Trust of India"],
        date_lines=["Updated: June 02, 2025 18:41 IST"],
        above_body=[("read-time", "Read Time: 2 mins")],
        inserts={2: [("ad", "Advertisement")]},
        end_lines=["(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"],
        below_body=[("track", "Track Latest News Live on NDTV.com and get news updates from India and around the world")],
        lists=[("Trending News", ["Monsoon to reach Kerala in two days, says IMD", "Heatwave alert for Delhi as mercury nears 45 degrees"])],
        paras=P("""
Uttarakhand has recorded 612 forest fire incidents so far this fire season, about 40 per cent fewer than during
the same period last year, officials said on Monday.

The fires have affected about 740 hectares of forest land, compared with over 1,700 hectares last year,
according to data from the state forest department.

Officials attributed the decline to better rainfall in April and May and to the involvement of village forest
councils, or van panchayats, in clearing dry leaves and pine needles from forest floors.

"Community participation has made a big difference. Fire lines were cleared in time in most divisions," a senior
forest official said.

The department had set up 1,438 fire crew stations across the state and deployed drones to monitor sensitive
areas in the Garhwal and Kumaon regions.

Pine needles, which are highly inflammable, are one of the main causes of forest fires in the hill state.

Under a scheme launched last year, villagers are paid Rs 10 per kilogram for collecting pine needles, which are
then used to make briquettes and pellets.

The fire season in Uttarakhand runs from February 15 to June 15.
"""),
        must_have=[
            "Pine needles, which are highly inflammable, are one of the main causes of forest fires in the hill state.",
            "Under a scheme launched last year, villagers are paid Rs 10 per kilogram for collecting pine needles, which "
            "are then used to make briquettes and pellets.",
        ],
    ),
    # -- Prensa Libre (Guatemala): "Por NAME", "Publicado el ... a las 21:48h" late at UTC-6, "Escuchar esta noticia", "(Foto Prensa Libre: NAME)" --
    dict(
        cluster="prensalibre-clasico-comunicaciones-municipal",
        role="single",
        file="prensalibre_clasico_comunicaciones_municipal_es.html",
        render="html",
        site=SITE_PRENSALIBRE,
        title="Comunicaciones vence 2-1 a Municipal y se afianza en el liderato del Clausura",
        date="2025-03-09",
        dateline="",
        city=None,
        country="GT",
        region="americas",
        agency=None,
        authors=["Érick Sandoval Tujab"],
        editors=[],
        lang="es",
        section="Deportes",
        meta_section="Deportes",
        url="https://www.prensalibre.example.com/deportes/futbol-nacional/comunicaciones-vence-2-1-a-municipal-y-se-afianza-en-el-liderato-del-clausura/",
        description="Los cremas suman 24 puntos en 11 jornadas, cuatro más que su perseguidor más cercano.",
        published="2025-03-09T21:48:00-06:00",
        modified="2025-03-09T21:48:00-06:00",
        meta_author="Érick Sandoval Tujab",
        byline_lines=["Por Érick Sandoval Tujab"],
        date_lines=["Publicado el 9 de marzo de 2025 a las 21:48h"],
        above_body=[("listen", "Escuchar esta noticia")],
        caption="Kevin Arriola celebra el primer gol de Comunicaciones en el clásico.",
        credit="Wilder López Tum",
        credit_shown="(Foto Prensa Libre: Wilder López Tum)",
        inserts={2: [("link", "Le puede interesar:", "Selección de Guatemala convoca a 26 jugadores para la Copa Oro")],
                 5: [("ad", "Publicidad")]},
        tags=("Temas", ["Comunicaciones", "Municipal", "Liga Nacional"]),
        lists=[("Lo más leído", ["Lluvias dejan daños en 12 departamentos", "Sube el precio del frijol negro en la capital"])],
        newsletter_end=["Recibe las noticias más importantes de Prensa Libre en tu correo", "Suscribirme"],
        paras=P("""
Comunicaciones se impuso este domingo 2-1 a Municipal en el clásico del futbol guatemalteco, disputado en el
estadio Doroteo Guamuch Flores, y se consolidó como líder del torneo Clausura 2025.

Los cremas abrieron el marcador al minuto 18 por medio del delantero Kevin Arriola, quien definió de cabeza un
centro desde la banda derecha.

Municipal igualó antes del descanso con un disparo desde fuera del área de Luis Ángel Morales, que se coló junto
al poste.

En el segundo tiempo, Comunicaciones fue más incisivo y encontró el gol de la victoria al minuto 74, cuando el
mediocampista Brandon Cifuentes aprovechó un rebote dentro del área.

"Sabíamos que era un partido especial para la afición. El equipo mostró carácter en los momentos difíciles",
dijo el entrenador crema, Rodrigo Salazar, en conferencia de prensa.

Con este resultado, Comunicaciones suma 24 puntos en 11 jornadas, cuatro más que Xelajú MC, segundo en la tabla.
Municipal se quedó con 17 unidades en el quinto lugar.

Al partido asistieron unos 18.000 aficionados, y la Policía Nacional Civil reportó saldo blanco en los
alrededores del estadio.

Los rojos recibirán el próximo miércoles a Antigua GFC, mientras que los cremas visitarán a Cobán Imperial.
"""),
        must_have=[
            "Municipal se quedó con 17 unidades en el quinto lugar.",
            "Al partido asistieron unos 18.000 aficionados, y la Policía Nacional Civil reportó saldo blanco en los "
            "alrededores del estadio.",
        ],
    ),
    # -- O Globo: "Por NAME — Rio de Janeiro" byline, "Atualizado há 2 horas", "— Foto: NAME/Agência O Globo" credit, subscriber line --
    dict(
        cluster="oglobo-museu-nacional-reabre-salas",
        role="single",
        file="oglobo_rio_museu_nacional_reabre_salas_pt.html",
        render="html",
        site=SITE_OGLOBO,
        title="Museu Nacional reabre três salas ao público sete anos após incêndio",
        date="2025-07-02",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Fernanda Tavares"],
        editors=[],
        lang="pt",
        section="Cultura",
        meta_section="Cultura",
        url="https://oglobo.example.com.br/cultura/noticia/2025/07/02/museu-nacional-reabre-tres-salas-ao-publico-sete-anos-apos-incendio.ghtml",
        description="Cerca de 600 peças voltam a ser expostas no Palácio de São Cristóvão, na Quinta da Boa Vista.",
        published="2025-07-02T04:30:00-03:00",
        modified="2025-07-02T09:12:00-03:00",
        meta_author="Fernanda Tavares",
        byline_lines=["Por Fernanda Tavares \u2014 Rio de Janeiro"],
        date_lines=["02/07/2025 04h30", "Atualizado há 2 horas"],
        caption="O saguão do Museu Nacional, com o meteorito Bendegó ao centro",
        credit="Lucas Amaral/Agência O Globo",
        credit_shown="\u2014 Foto: Lucas Amaral/Agência O Globo",
        inserts={3: [("link", "Leia também:", "Bienal do Livro do Rio anuncia programação de setembro")]},
        below_body=[("paywall", "Conteúdo exclusivo para assinantes. Assine O Globo e tenha acesso ilimitado.")],
        lists=[("Mais lidas", ["Calor de 38 graus lota praias da Zona Sul", "Maracanã recebe final da Copa do Brasil"])],
        paras=P("""
Sete anos depois do incêndio que destruiu a maior parte de seu acervo, o Museu Nacional, na Quinta da Boa Vista,
reabre nesta quarta-feira três salas ao público, com cerca de 600 peças expostas.

A nova área inclui o saguão principal do Palácio de São Cristóvão, onde está o meteorito Bendegó, e duas salas
dedicadas à história do prédio e à biodiversidade da Mata Atlântica.

A visitação será gratuita nos primeiros três meses, com entrada limitada a 300 pessoas por hora, mediante
retirada de ingresso pela internet.

"É um momento de reencontro da cidade com o seu museu. Muita gente cresceu visitando essas salas", disse a
vice-diretora Cláudia Menezes.

Parte das peças foi recuperada dos escombros por equipes de arqueólogos e restauradores, e outra parte veio de
doações de instituições do Brasil e do exterior.

As obras de reconstrução do palácio custaram até agora cerca de R$ 280 milhões, segundo a Universidade Federal do
Rio de Janeiro (UFRJ), que administra o museu.

A previsão é que o museu seja totalmente reaberto em 2028, com a conclusão das obras nas fachadas e nos andares
superiores.

O incêndio de setembro de 2018 destruiu cerca de 85% das 20 milhões de peças do acervo.
"""),
        must_have=[
            "A visitação será gratuita nos primeiros três meses, com entrada limitada a 300 pessoas por hora, mediante "
            "retirada de ingresso pela internet.",
            "A previsão é que o museu seja totalmente reaberto em 2028, com a conclusão das obras nas fachadas e nos "
            "andares superiores.",
        ],
    ),
    # -- Gazeta Wyborcza (Kraków edition): free-limit line, "Fot. NAME / Agencja Wyborcza.pl" credit, "Czytaj także:" link, login-to-comment --
    dict(
        cluster="wyborcza-krakow-zakrzowek-rekord",
        role="single",
        file="wyborcza_krakow_zakrzowek_rekord_frekwencji_pl.html",
        render="html",
        site=SITE_WYBORCZA,
        title="Rekordowy weekend na Zakrzówku. Kąpielisko odwiedziło ponad 12 tys. osób",
        date="2025-06-30",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency=None,
        authors=["Marta Zielonka"],
        editors=[],
        lang="pl",
        section="Kraków",
        meta_section="Kraków",
        url="https://krakow.wyborcza.example.pl/krakow/7,44425,31588214,rekordowy-weekend-na-zakrzowku.html",
        description="To najwięcej od otwarcia kąpieliska w 2023 roku. Część chętnych czekała w kolejce nawet godzinę.",
        published="2025-06-30T06:00:00+02:00",
        modified="2025-06-30T06:00:00+02:00",
        meta_author="Marta Zielonka",
        byline_lines=["Marta Zielonka"],
        date_lines=["30 czerwca 2025 | 06:00"],
        above_body=[("limit", "Ten artykuł czytasz w ramach bezpłatnego limitu")],
        caption="Kąpielisko na Zakrzówku w sobotę po południu",
        credit="Kamil Szymanek / Agencja Wyborcza.pl",
        credit_shown="Fot. Kamil Szymanek / Agencja Wyborcza.pl",
        inserts={2: [("link", "Czytaj także:", "Nowe baseny w Nowej Hucie. Miasto ogłosiło przetarg")]},
        comments=["Komentarze", "Zaloguj się, aby dodać komentarz"],
        lists=[("Najnowsze", ["Burze nad Małopolską. IMGW ostrzega", "Remont Alej Trzech Wieszczów potrwa do jesieni"])],
        paras=P("""
Ponad 12 tysięcy osób odwiedziło w miniony weekend kąpielisko na Zakrzówku w Krakowie. To najwięcej od otwarcia
tego miejsca w 2023 roku – poinformował Zarząd Zieleni Miejskiej.

Upał sprawił, że już w sobotę przed południem przed bramami ustawiły się długie kolejki. Ze względów
bezpieczeństwa na terenie kąpieliska może jednocześnie przebywać maksymalnie 1,5 tys. osób, dlatego część
chętnych musiała czekać nawet godzinę.

– Rozumiemy frustrację mieszkańców, ale limit wynika z liczby ratowników i powierzchni pomostów – tłumaczy
rzecznik ZZM Piotr Hajdukiewicz.

Ratownicy interweniowali w weekend 14 razy, głównie w przypadku osób, które zasłabły z powodu wysokiej
temperatury.

Kąpielisko jest czynne codziennie od 9 do 19, a wstęp jest bezpłatny. Od przyszłego tygodnia na stronie ZZM
będzie można sprawdzić aktualną liczbę osób na terenie obiektu.

Miasto zapowiada też, że w sierpniu otworzy dodatkowy pomost ze strefą dla dzieci.

Zalew Zakrzówek powstał w wyrobisku dawnego kamieniołomu. Przez lata kąpiel była tam zakazana, a w wodzie
niemal co roku dochodziło do utonięć.

Synoptycy zapowiadają, że upały utrzymają się w Małopolsce co najmniej do czwartku.
"""),
        must_have=[
            "Ratownicy interweniowali w weekend 14 razy, głównie w przypadku osób, które zasłabły z powodu wysokiej "
            "temperatury.",
            "Kąpielisko jest czynne codziennie od 9 do 19, a wstęp jest bezpłatny.",
        ],
    ),
    # -- Het Parool (Amsterdam): "Beeld NAME" credit, "Lees ook" link, correction box under the story, cookie wall --
    dict(
        cluster="parool-herengracht-kademuur-afgesloten",
        role="single",
        file="parool_amsterdam_herengracht_kademuur_nl.html",
        render="html",
        site=SITE_PAROOL,
        title="Gemeente sluit deel Herengracht af: kademuur verder verzakt dan gedacht",
        date="2025-09-16",
        dateline="",
        city=None,
        country="NL",
        region="europe",
        agency=None,
        authors=["Sanne Verhoeven"],
        editors=[],
        lang="nl",
        section="Amsterdam",
        meta_section="Amsterdam",
        url="https://www.parool.example.nl/amsterdam/gemeente-sluit-deel-herengracht-af-kademuur-verder-verzakt-dan-gedacht~b7d41e2c/",
        description="Het gaat om een stuk van ongeveer 180 meter tussen de Leidsegracht en de Huidenstraat.",
        published="2025-09-16T16:45:00+02:00",
        modified="2025-09-16T16:45:00+02:00",
        meta_author="Sanne Verhoeven",
        byline_lines=["Sanne Verhoeven"],
        date_lines=["16 september 2025, 16:45"],
        caption="De Herengracht ter hoogte van de Huidenstraat.",
        credit="Marc Driessen",
        credit_shown="Beeld Marc Driessen",
        inserts={3: [("link", "Lees ook", "Brug over de Prinsengracht maanden dicht voor herstel")]},
        below_body=[("correction", "Correctie: in een eerdere versie van dit artikel stond dat de kade aan de westzijde "
                                   "van de gracht ligt. Dat is aangepast.")],
        lists=[("Meest gelezen", ["Huurders in Nieuw-West winnen zaak tegen woningcorporatie", "Vondelpark krijgt nieuwe speeltuin"])],
        paras=P("""
De gemeente Amsterdam sluit vanaf maandag een deel van de Herengracht af voor auto's en zwaar verkeer. Uit nieuwe
metingen blijkt dat de kademuur tussen de Leidsegracht en de Huidenstraat verder is verzakt dan verwacht.

Het gaat om een stuk van ongeveer 180 meter aan de oostzijde van de gracht. Voetgangers en fietsers kunnen er
voorlopig wel langs, maar parkeren is er niet meer toegestaan.

Volgens de gemeente zijn de houten palen onder de kade op meerdere plekken aangetast. 'We nemen geen enkel
risico. De veiligheid van bewoners en bezoekers gaat voor,' zegt een woordvoerder.

Bewoners kregen vorige week een brief waarin staat dat de herstelwerkzaamheden waarschijnlijk pas in 2027
beginnen.

Amsterdam heeft in totaal ruim 200 kilometer aan historische kademuren. Daarvan moet volgens de gemeente zeker 50
kilometer de komende decennia worden vernieuwd.

Het herstel van één kilometer kade kost gemiddeld zo'n 60 miljoen euro. De gemeente vraagt het Rijk al jaren om
extra geld.

In 2020 stortte een deel van de kade aan de Grimburgwal in de gracht, waarna de gemeente een groot programma voor
bruggen en kademuren startte.

Ondernemers aan de Herengracht vrezen voor overlast. 'Dit wordt jarenlang een bouwput,' zegt de eigenaar van een
galerie.
"""),
        must_have=[
            "Bewoners kregen vorige week een brief waarin staat dat de herstelwerkzaamheden waarschijnlijk pas in 2027 "
            "beginnen.",
            "Daarvan moet volgens de gemeente zeker 50 kilometer de komende decennia worden vernieuwd.",
        ],
    ),
    # -- NT News (News Corp): 6.00am ACST stamp (UTC+9:30, previous day in UTC), "Don't miss out on the headlines" line, "Picture: ORG" credit, comment prompt --
    dict(
        cluster="ntnews-darwin-harbour-crocodiles-record",
        role="single",
        file="ntnews_darwin_harbour_crocodiles_record.html",
        render="html",
        site=SITE_NTNEWS,
        title="Rangers pull record number of crocodiles from Darwin Harbour",
        date="2025-03-05",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Kyle Pettigrew"],
        editors=[],
        lang="en",
        section="Northern Territory",
        meta_section="Northern Territory",
        url="https://www.ntnews.example.com.au/news/northern-territory/rangers-pull-record-number-of-crocodiles-from-darwin-harbour/news-story/4f1b2c9d8e7a6b5c4d3e2f1a0b9c8d7e",
        description="Rangers removed 342 saltwater crocodiles from Darwin Harbour in the past year, up from 276.",
        published="2025-03-05T06:00:00+09:30",
        modified="2025-03-05T06:00:00+09:30",
        meta_author="Kyle Pettigrew",
        byline_lines=["Kyle Pettigrew"],
        date_lines=["March 5, 2025 - 6:00AM"],
        above_body=[("follow", "Don't miss out on the headlines from Northern Territory. Followed categories will be added to My News.")],
        caption="A saltwater crocodile caught in a trap at Darwin Harbour.",
        credit="Parks and Wildlife Commission NT",
        credit_shown="Picture: Parks and Wildlife Commission NT",
        inserts={3: [("ad", "Advertisement")]},
        comments=["Add your comment to this story", "To join the conversation, please log in. Don't have an account? Register"],
        lists=[("More related stories", ["Wet season rain totals above average across the Top End", "Katherine fishing spots closed after croc sightings"])],
        paras=P("""
Wildlife rangers removed a record 342 saltwater crocodiles from Darwin Harbour in the past year, with the biggest
measuring more than 4.5m.

Figures released by the Parks and Wildlife Commission show the number of crocodiles caught in the harbour's 25
traps rose from 276 the year before.

Senior wildlife ranger Matt Corcoran said the increase was partly due to a bigger wet season, which pushed more
animals into the harbour from surrounding rivers.

"We're catching them at Stokes Hill, Cullen Bay and right up the harbour arm, so people really need to assume
there's a croc in any body of water up here," he said.

Most of the crocodiles removed were males between 2m and 3m long, which are often pushed out of their territory
by larger animals.

Captured crocodiles are taken to crocodile farms or, in some cases, euthanased.

The harbour management program has operated since the 1980s and aims to reduce the risk of attacks in areas
popular with swimmers and fishers.

Rangers also urged people not to leave fish scraps at boat ramps, which can attract crocodiles close to the shore.
"""),
        must_have=[
            "Captured crocodiles are taken to crocodile farms or, in some cases, euthanased.",
            "Rangers also urged people not to leave fish scraps at boat ramps, which can attract crocodiles close to the "
            "shore.",
        ],
    ),
    # -- Garowe Online (gzipped): "MOGADISHU, Somalia - " staff dateline, outlet as byline, weekday stamp with seconds, "(Photo: ORG)" credit --
    dict(
        cluster="garoweonline-mogadishu-measles-campaign",
        role="single",
        file="garoweonline_mogadishu_measles_vaccination_campaign.html.gz",
        render="html",
        site=SITE_GAROWE,
        title="Somalia launches measles vaccination drive targeting 1.1 million children",
        date="2025-02-10",
        dateline="MOGADISHU, Somalia - ",
        city="Mogadishu",
        country="SO",
        region="africa",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Somalia",
        meta_section="Somalia",
        url="https://www.garoweonline.example.com/en/news/somalia/somalia-launches-measles-vaccination-drive-targeting-1-1-million-children",
        description="The ten-day campaign will be carried out in all federal member states and the Banadir region.",
        published="2025-02-10T19:20:00+03:00",
        modified="2025-02-10T19:20:00+03:00",
        meta_author="Garowe Online",
        ld_author=[{"@type": "Organization", "name": "Garowe Online"}],
        byline_lines=["By Garowe Online"],
        date_lines=["Monday February 10, 2025 - 19:20:00"],
        caption="A health worker vaccinates a child at a camp for displaced people in Mogadishu.",
        credit="UNICEF Somalia",
        credit_shown="(Photo: UNICEF Somalia)",
        share_top=False,
        lists=[("Related Posts", ["Puntland opens new maternity ward in Garowe", "Drought pushes food prices up in Baidoa markets"])],
        paras=P("""
Somalia's Ministry of Health on Monday launched a nationwide measles vaccination campaign aimed at reaching more
than 1.1 million children under the age of five, amid a rise in cases in several regions.

The ten-day campaign, supported by the World Health Organization and UNICEF, will be carried out in all federal
member states as well as in the Banadir region, which includes Mogadishu.

Health officials said more than 4,200 suspected measles cases had been reported in 2024, most of them among
children living in camps for displaced people.

Speaking at the launch at Banadir Hospital, a senior ministry adviser, Dr. Abdirahman Warsame Farah, said low
routine immunization coverage, displacement caused by drought and conflict, and limited access to remote areas
had left many children unprotected.

"Measles is preventable. We urge all parents to bring their children to the vaccination sites, which are free
of charge," he said.

Vaccination teams will go door to door in displacement camps in Mogadishu, Baidoa and Galkayo, while fixed sites
will operate at health centres and schools.

Somalia has one of the lowest routine immunization rates in the world, with less than half of children receiving
the first dose of measles vaccine, according to UNICEF.

The campaign will also provide vitamin A supplements and deworming tablets to children.
"""),
        must_have=[
            "Vaccination teams will go door to door in displacement camps in Mogadishu, Baidoa and Galkayo, while fixed "
            "sites will operate at health centres and schools.",
            "The campaign will also provide vitamin A supplements and deworming tablets to children.",
        ],
    ),
]


# ---- JSON records (news-please and trafilatura) -------------------------------

JSON_STORIES = [
    # news-please, Tehran Times: "TEHRAN – " staff dateline, weekday stamp and section head, comment and related lines.
    dict(
        cluster="tehrantimes-book-fair-visitors",
        role="single",
        file="newsplease_tehrantimes_book_fair_visitors.json",
        render="newsplease",
        title="Tehran book fair draws over 5 million visitors",
        date="2025-05-18",
        dateline="TEHRAN \u2013 ",
        city="Tehran",
        country="IR",
        region="asia",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.tehrantimes.example.com/news/512873/Tehran-book-fair-draws-over-5-million-visitors",
        source_domain="www.tehrantimes.example.com",
        description="Over 2,300 Iranian publishers and some 70 foreign publishers took part in the ten-day fair.",
        np_authors=[],
        np_publish="2025-05-18 19:40:00",
        np_modify=None,
        np_download="2025-05-19 03:12:44",
        head_lines=["Sunday, May 18, 2025 - 19:40", "Culture"],
        tail_lines=["Leave a Comment", "Related News", "Fajr music festival announces lineup for spring concerts"],
        paras=P("""
The 36th Tehran International Book Fair closed on Saturday after welcoming more than 5 million visitors over ten
days, organizers announced.

The fair, held at the Imam Khomeini Mosalla in central Tehran, brought together over 2,300 Iranian publishers and
some 70 foreign publishers from 20 countries.

Organizers said book sales reached about 4.2 trillion rials, including online sales through the fair's virtual
platform, which was used by readers in all 31 provinces.

Children's books, novels and university textbooks were among the best-selling categories, according to the
Ministry of Culture and Islamic Guidance.

Students received a discount on purchases, and each student could buy books worth up to 5 million rials with a
government subsidy.

Publishers complained about the rising cost of paper, which has pushed up the price of books by more than 30
percent over the past year.

"Readers came, but many bought fewer books than before because of the prices," said the manager of a
Tehran-based publishing house.

The next edition of the fair is scheduled to be held in May 2026.
"""),
        must_have=[
            "Children's books, novels and university textbooks were among the best-selling categories, according to the "
            "Ministry of Culture and Islamic Guidance.",
            "Publishers complained about the rising cost of paper, which has pushed up the price of books by more than "
            "30 percent over the past year.",
        ],
    ),
    # news-please, Frankfurter Allgemeine: "Von NAME, Frankfurt" byline, only an "Aktualisiert am" stamp, "Quelle: F.A.Z." and rights line.
    dict(
        cluster="faz-frankfurt-verkaufsoffener-sonntag-gestoppt",
        role="single",
        file="newsplease_faz_frankfurt_verkaufsoffener_sonntag_de.json",
        render="newsplease",
        title="Verwaltungsgericht stoppt verkaufsoffenen Sonntag in Frankfurt",
        date="2025-09-04",
        dateline="",
        city=None,
        country="DE",
        region="europe",
        agency=None,
        authors=["Katharina Brenner"],
        editors=[],
        lang="de",
        section=None,
        url="https://www.faz.example.net/aktuell/rhein-main/frankfurt/verwaltungsgericht-stoppt-verkaufsoffenen-sonntag-in-frankfurt-110651237.html",
        source_domain="www.faz.example.net",
        description="Das Gericht gab einem Eilantrag von Verdi statt. Die Stadt kann Beschwerde einlegen.",
        np_authors=["Katharina Brenner"],
        np_publish="2025-09-04 17:12:00",
        np_modify="2025-09-04 18:40:00",
        np_download="2025-09-05 06:03:27",
        head_lines=["Von Katharina Brenner, Frankfurt", "Aktualisiert am 04.09.2025-18:40", "Lesezeit: 2 Min."],
        tail_lines=["Quelle: F.A.Z.", "Artikelrechte erwerben", "Zur Startseite"],
        paras=P("""
Der für den 7. September geplante verkaufsoffene Sonntag in der Frankfurter Innenstadt darf nicht stattfinden.
Das Verwaltungsgericht Frankfurt gab am Donnerstag einem Eilantrag der Gewerkschaft Verdi statt.

Die Stadt hatte die Sonntagsöffnung mit einem Stadtteilfest auf der Zeil begründet. Nach Auffassung des Gerichts
fehlt jedoch der nötige Bezug zwischen der Veranstaltung und der Öffnung der Geschäfte.

Das Fest allein ziehe nicht so viele Besucher an, dass die Öffnung der Läden nur als Anhang dazu erscheine, heißt
es in dem Beschluss. Der Schutz der Sonntagsruhe habe daher Vorrang.

Gegen die Entscheidung kann die Stadt Beschwerde beim Hessischen Verwaltungsgerichtshof in Kassel einlegen. Ein
Sprecher des Ordnungsdezernats sagte, man prüfe die Begründung.

Der Handelsverband Hessen kritisierte den Beschluss. Die Innenstädte stünden durch den Onlinehandel unter Druck,
verkaufsoffene Sonntage seien für viele Geschäfte wichtig.

Verdi begrüßte die Entscheidung. „Der Sonntag gehört den Beschäftigten und ihren Familien“, sagte eine
Gewerkschaftssekretärin.

In Hessen dürfen Geschäfte an bis zu vier Sonntagen im Jahr öffnen, wenn ein besonderer Anlass wie ein Markt oder
ein Fest vorliegt.
"""),
        must_have=[
            "Gegen die Entscheidung kann die Stadt Beschwerde beim Hessischen Verwaltungsgerichtshof in Kassel "
            "einlegen.",
            "In Hessen dürfen Geschäfte an bis zu vier Sonntagen im Jahr öffnen, wenn ein besonderer Anlass wie ein "
            "Markt oder ein Fest vorliegt.",
        ],
    ),
    # news-please, L'Eco di Bergamo: name / date / section head, subscriber line, "Ti potrebbe interessare".
    dict(
        cluster="ecodibergamo-imprese-artigiane-calo",
        role="single",
        file="newsplease_ecodibergamo_imprese_artigiane_calo_it.json",
        render="newsplease",
        title="Artigianato, in un anno 640 imprese in meno in provincia di Bergamo",
        date="2025-02-12",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Giulia Pesenti"],
        editors=[],
        lang="it",
        section=None,
        url="https://www.ecodibergamo.example.it/stories/economia/artigianato-in-un-anno-640-imprese-in-meno-in-provincia-di-bergamo_1489233_11/",
        source_domain="www.ecodibergamo.example.it",
        description="Alla fine del 2024 le imprese artigiane erano 29.310. Un titolare su tre ha più di 60 anni.",
        np_authors=["Giulia Pesenti"],
        np_publish="2025-02-12 06:30:00",
        np_modify=None,
        np_download="2025-02-12 11:48:02",
        head_lines=["Giulia Pesenti", "Mercoledì 12 Febbraio 2025", "Economia"],
        tail_lines=["Abbonati per leggere tutti gli articoli de L'Eco di Bergamo", "Ti potrebbe interessare",
                    "Bergamo, l'aeroporto chiude gennaio con 1,2 milioni di passeggeri"],
        paras=P("""
Il numero delle imprese artigiane in provincia di Bergamo continua a calare: alla fine del 2024 erano 29.310, 640
in meno rispetto a un anno prima, secondo i dati della Camera di commercio elaborati da Confartigianato Bergamo.

A pesare sono soprattutto le chiusure nei settori dell'edilizia, dell'autotrasporto e della manifattura
tradizionale, mentre crescono le attività legate ai servizi alla persona, come parrucchieri ed estetisti.

«Mancano i giovani disposti a rilevare le botteghe e molte imprese chiudono quando il titolare va in pensione»,
spiega il presidente dell'associazione, Marco Rotasperti.

Secondo l'indagine, un artigiano bergamasco su tre ha più di 60 anni, e solo il 18% delle imprese ha già
individuato un successore.

In calo anche le nuove iscrizioni: nel 2024 sono nate 1.720 imprese artigiane, contro le 1.890 del 2023.

Le valli sono le zone più colpite, con una riduzione superiore al 3% in Val Seriana e in Val Brembana, dove in
alcuni paesi non sono più presenti idraulici o elettricisti.

Confartigianato chiede alla Regione Lombardia incentivi per il passaggio generazionale e corsi di formazione in
collaborazione con le scuole professionali.
"""),
        must_have=[
            "In calo anche le nuove iscrizioni: nel 2024 sono nate 1.720 imprese artigiane, contro le 1.890 del 2023.",
            "Le valli sono le zone più colpite, con una riduzione superiore al 3% in Val Seriana e in Val Brembana, dove "
            "in alcuni paesi non sono più presenti idraulici o elettricisti.",
        ],
    ),
    # trafilatura, l'Adige running ANSA: "(ANSA) - TRENTO, 08 APR - " opening, "Riproduzione riservata © Copyright ANSA".
    dict(
        cluster="ladige-ansa-trento-cassonetti-anti-orso",
        role="single",
        file="trafilatura_ladige_ansa_trento_cassonetti_anti_orso_it.json",
        render="trafilatura",
        title="Orsi, in Trentino 300 nuovi cassonetti anti-plantigrado entro l'estate",
        date="2025-04-08",
        dateline="(ANSA) - TRENTO, 08 APR - ",
        city="Trento",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section="Trentino",
        url="https://www.ladige.example.it/cronaca/2025/04/08/orsi-in-trentino-300-nuovi-cassonetti-anti-plantigrado-entro-l-estate-1.3781104",
        hostname="www.ladige.example.it",
        source_hostname="l'Adige",
        tf_author=None,
        tf_date="2025-04-08",
        tf_language="it",
        categories="Trentino;Cronaca",
        tf_tags="orsi;rifiuti;Val di Sole",
        description="Investimento di 1,2 milioni di euro: i contenitori andranno soprattutto in Val di Sole, Rendena e Giudicarie.",
        head_lines=["08 aprile 2025", "Cronaca"],
        tail_lines=["Riproduzione riservata \u00a9 Copyright ANSA", "Ti potrebbero interessare",
                    "Val di Fassa, frana sulla strada per il passo Sella"],
        paras=P("""
La Provincia autonoma di Trento installerà entro l'estate altri 300 cassonetti per i rifiuti a prova di orso nei
comuni delle valli occidentali del Trentino, dove negli ultimi anni si sono moltiplicati gli avvistamenti di
plantigradi nei centri abitati.

Lo ha annunciato oggi l'assessore provinciale competente, spiegando che l'investimento complessivo è di circa 1,2
milioni di euro.

I nuovi contenitori, dotati di un sistema di chiusura che gli animali non riescono ad aprire, saranno collocati
soprattutto in Val di Sole, Val Rendena e nelle Giudicarie.

Secondo i dati del Servizio faunistico, nel 2024 sono stati registrati 47 episodi di orsi che hanno rovistato nei
rifiuti vicino alle abitazioni, contro i 31 dell'anno precedente.

"I rifiuti alimentari sono la prima causa di avvicinamento degli orsi ai paesi: toglierli dalla loro portata
significa prevenire situazioni di pericolo", ha detto l'assessore.

La Provincia ha inoltre avviato una campagna informativa rivolta ai turisti, con cartelli in tre lingue nei
parcheggi e lungo i sentieri più frequentati.

In Trentino vivono oggi circa 100 orsi, secondo le ultime stime.
"""),
        must_have=[
            "Secondo i dati del Servizio faunistico, nel 2024 sono stati registrati 47 episodi di orsi che hanno "
            "rovistato nei rifiuti vicino alle abitazioni, contro i 31 dell'anno precedente.",
            "In Trentino vivono oggi circa 100 orsi, secondo le ultime stime.",
        ],
    ),
    # trafilatura, Ponto Final (Macau, Portuguese): author field, first category "Economia", "ontem" for the release day.
    dict(
        cluster="pontofinal-macau-receitas-jogo-marco",
        role="single",
        file="trafilatura_pontofinal_macau_receitas_jogo_pt.json",
        render="trafilatura",
        title="Receitas do jogo sobem 8,2% em Março para 18,9 mil milhões de patacas",
        date="2025-04-02",
        dateline="",
        city=None,
        country="MO",
        region="asia",
        agency=None,
        authors=["Inês Carvalho"],
        editors=[],
        lang="pt",
        section="Economia",
        url="https://pontofinal.example.mo/2025/04/02/receitas-do-jogo-sobem-82-em-marco-para-189-mil-milhoes-de-patacas/",
        hostname="pontofinal.example.mo",
        source_hostname="Ponto Final",
        tf_author="Inês Carvalho",
        tf_date="2025-04-02",
        tf_language="pt",
        categories="Economia;Macau",
        tf_tags="jogo;DICJ;casinos",
        description="No primeiro trimestre, os casinos arrecadaram 55,6 mil milhões de patacas, mais 5,4% em termos anuais.",
        head_lines=["Inês Carvalho", "2 Abril 2025"],
        tail_lines=["Partilhe este artigo", "Artigos relacionados", "Turismo: Macau recebe 3,4 milhões de visitantes em Março"],
        paras=P("""
As receitas brutas dos casinos de Macau atingiram 18,9 mil milhões de patacas em Março, mais 8,2% do que no mesmo
mês do ano passado, segundo dados divulgados ontem pela Direcção de Inspecção e Coordenação de Jogos (DICJ).

Em relação a Fevereiro, as receitas subiram 4,1%, num mês que não contou com feriados prolongados no Interior da
China.

No primeiro trimestre, os casinos arrecadaram 55,6 mil milhões de patacas, um aumento de 5,4% em termos anuais.

O Governo estima receitas brutas de 240 mil milhões de patacas para o conjunto do ano, valor que serve de base ao
orçamento da RAEM.

Analistas citados pela imprensa especializada atribuem o crescimento à recuperação do segmento de massas e ao
aumento do número de visitantes, que ultrapassou 3,4 milhões em Março.

Os impostos sobre o jogo representam mais de 80% das receitas correntes do Governo.

Para Abril, os analistas esperam um abrandamento, antes do período de férias do 1.º de Maio, conhecido como
"semana dourada".
"""),
        must_have=[
            "O Governo estima receitas brutas de 240 mil milhões de patacas para o conjunto do ano, valor que serve de "
            "base ao orçamento da RAEM.",
            "Os impostos sobre o jogo representam mais de 80% das receitas correntes do Governo.",
        ],
    ),
    # trafilatura, Vanuatu Daily Post: "By NAME" / "Feb 20, 2025" head, first category "Business", e-paper lines.
    dict(
        cluster="dailypostvu-kava-exports-record",
        role="single",
        file="trafilatura_dailypostvu_kava_exports_record.json",
        render="trafilatura",
        title="Kava exports reach record VT4.1 billion",
        date="2025-02-20",
        dateline="",
        city=None,
        country="VU",
        region="oceania",
        agency=None,
        authors=["Kalo Tavoa"],
        editors=[],
        lang="en",
        section="Business",
        url="https://www.dailypost.example.vu/news/kava-exports-reach-record-vt4-1-billion/article_8c2e91f4-ef1b-11ef-9a3c-2b7d5e0f4a61.html",
        hostname="www.dailypost.example.vu",
        source_hostname="Vanuatu Daily Post",
        tf_author="Kalo Tavoa",
        tf_date="2025-02-20",
        tf_language="en",
        categories="Business;Local News",
        tf_tags="kava;exports;agriculture",
        description="A total of 1,960 tonnes of dried kava was shipped overseas last year.",
        head_lines=["By Kalo Tavoa", "Feb 20, 2025"],
        tail_lines=["Get the Daily Post e-paper delivered to your inbox every morning", "Subscribe now"],
        paras=P("""
Vanuatu's kava exports reached a record VT4.1 billion last year, according to the latest trade figures released
by the Vanuatu Bureau of Statistics.

The value of kava exports rose by 23 percent compared with 2023, making kava the country's most valuable export
commodity.

A total of 1,960 tonnes of dried kava was shipped overseas, mainly to New Caledonia, Fiji, the United States and
Australia.

The Director of the Department of Agriculture said the increase reflected growing demand in Australia following
the relaxation of import restrictions under a pilot programme.

Farmers on Pentecost, Santo and Tanna have expanded plantings in recent years, attracted by prices of up to
VT3,000 per kilo for dried noble kava.

However, the Biosecurity Department warned that exporters must only ship noble varieties, after two consignments
of tudei kava were rejected by overseas buyers last year.

The government plans to open a new kava testing laboratory in Luganville later this year to speed up quality
checks for exporters.
"""),
        must_have=[
            "A total of 1,960 tonnes of dried kava was shipped overseas, mainly to New Caledonia, Fiji, the United States "
            "and Australia.",
            "The government plans to open a new kava testing laboratory in Luganville later this year to speed up "
            "quality checks for exporters.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_SPINOFF = dict(
    name="The Spinoff",
    home="https://thespinoff.example.co.nz",
    title_suffix=" | The Spinoff",
    locale="en_NZ",
    twitter="@TheSpinoffTV",
    body_class="single-post",
    article_class="post-article",
    body_class_inner="entry-content",
    cookie=None,
    top_links=["Members", "Sign in"],
    nav=["Politics", "Society", "Pop Culture", "Books", "Food", "Te Ao Māori", "Science", "Money", "Podcasts"],
    share=["Share", "Facebook", "X", "Email"],
    footer=["\u00a9 2025 The Spinoff", "About", "Contact", "Privacy"],
)

SITE_OBSERVER_AG = dict(
    name="Antigua Observer",
    home="https://antiguaobserver.example.com",
    title_suffix=" - Antigua Observer Newspaper",
    locale="en_US",
    twitter="@antiguaobserver",
    body_class="single-post",
    article_class="td-post-content",
    body_class_inner="td-post-text",
    cookie=None,
    top_links=["Observer Radio 91.1 FM", "Listen Live"],
    nav=["Home", "Local News", "Regional", "Sports", "Business", "Entertainment", "Opinions", "Obituaries"],
    share=["Share", "Facebook", "Twitter", "WhatsApp"],
    footer=["\u00a9 2025 Antigua Observer Newspaper. All rights reserved.", "Advertise", "Contact Us"],
)

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on an Indian business daily (syndicated member of the Reuters cluster), IST stamp, topic links, market promo.
    dict(
        TIRANA,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        url="https://economictimes.example.com/news/international/business/albanias-power-imports-surge-as-drought-cuts-hydropower-output/articleshow/123145872.cms",
        nb_published="2025-08-05T10:31:00Z",
        outlet="The Economic Times",
        nb_authors=["Reuters"],
        head_lines=["Reuters", "Last Updated: Aug 05, 2025, 04:01:00 PM IST"],
        tail_lines=[TIRANA_CREDITS, "Read More News on", "albania", "hydropower", "drought",
                    "(What's moving Sensex and Nifty Track latest market news, stock tips and expert advice on ETMarkets. "
                    "Also, ETMarkets.com is now on Telegram.)"],
    ),
    # trafilatura shape: the EFE story on a Barcelona daily (syndicated member of the EFE cluster), "EFE" author field, first category "Internacional".
    dict(
        MALABO,
        role="syndicated",
        file=JSONL_A,
        render="trafilatura",
        section="Internacional",
        url="https://www.elperiodico.example.com/es/internacional/20250425/guinea-ecuatorial-vacunacion-malaria-bioko-116302844",
        hostname="www.elperiodico.example.com",
        source_hostname="El Periódico",
        tf_author="EFE",
        tf_date="2025-04-25",
        tf_language="es",
        categories="Internacional;África",
        tf_tags="Guinea Ecuatorial;Malaria;Vacunas",
        head_lines=["EFE", "Malabo 25 ABR 2025 15:02"],
        tail_lines=["TEMAS", "Guinea Ecuatorial", "Malaria", "Salud"],
    ),
    # newsbeam html shape: The Spinoff (NZ), date in NZDT while the crawler stamp is the previous day in UTC, members promo, correction line, writer bio.
    dict(
        cluster="spinoff-ncea-level1-results",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_SPINOFF,
        title="NCEA results: Level 1 pass rate drops in first year of new standards",
        date="2025-01-15",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Anahera Clarke"],
        editors=[],
        lang="en",
        section="Society",
        meta_section="Society",
        url="https://thespinoff.example.co.nz/society/15-01-2025/ncea-results-level-1-pass-rate-drops-in-first-year-of-new-standards",
        description="Around 61% of Year 11 students who sat Level 1 achieved the qualification, down from 68%.",
        published="2025-01-15T09:00:00+13:00",
        modified="2025-01-15T09:00:00+13:00",
        meta_author="Anahera Clarke",
        kicker="Society",
        byline_lines=["Anahera Clarke"],
        date_lines=["January 15, 2025"],
        inserts={4: [("promo", ["The Spinoff is made possible by our members", "Support independent journalism in Aotearoa.",
                                "Join Members"])]},
        below_body=[("correction", "Correction: An earlier version of this story said final results would be confirmed "
                                   "in March. They will be confirmed in April.")],
        author_box=["Anahera Clarke is a senior writer at The Spinoff."],
        newsletter_end=["Sign up to The Bulletin, The Spinoff's daily news wrap", "Subscribe"],
        nb_published="2025-01-14T20:00:00Z",
        outlet="The Spinoff",
        nb_authors=["Anahera Clarke"],
        paras=P("""
Fewer students passed NCEA Level 1 last year, the first year the revamped qualification was rolled out
nationally, provisional results released by the New Zealand Qualifications Authority show.

Around 61% of Year 11 students who sat Level 1 achieved the qualification, down from 68% in 2023, according to
the figures.

The changes reduced the number of credits available and added new literacy and numeracy co-requisites that
students must pass to gain any NCEA qualification.

Schools in lower-income communities recorded the largest falls, with some principals saying the co-requisite
tests had been a barrier for students who struggled with timed online assessments.

"We've got kids who are strong in their subjects but haven't got the co-requisite yet, so they walk away with
nothing," said one Auckland principal.

Results for Level 2 and Level 3, which have not yet changed, were broadly similar to the previous year.

The Ministry of Education said it would review the results with schools and provide extra support for students
who have not yet met the co-requisite.

Students can check their results online through their NZQA learner login, and final results will be confirmed
in April.
"""),
        must_have=[
            "Results for Level 2 and Level 3, which have not yet changed, were broadly similar to the previous year.",
            "Students can check their results online through their NZQA learner login, and final results will be "
            "confirmed in April.",
        ],
    ),
    # news-please shape: Edmonton Journal (Postmedia), "Author of the article:" line, "Article content" fillers between paragraphs, comment rules.
    dict(
        cluster="edmontonjournal-property-tax-increase",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Edmonton council finalizes 5.4 per cent property tax increase for 2025",
        date="2025-04-29",
        dateline="",
        city=None,
        country="CA",
        region="americas",
        agency=None,
        authors=["Calvin Mertens"],
        editors=[],
        lang="en",
        section=None,
        url="https://edmontonjournal.example.com/news/local-news/edmonton-council-finalizes-5-4-per-cent-property-tax-increase-for-2025",
        source_domain="edmontonjournal.example.com",
        description="For a typical home assessed at $415,000, the increase works out to about $171 more for the year.",
        np_authors=["Calvin Mertens"],
        np_publish="2025-04-29 20:55:00",
        np_modify="2025-04-30 07:15:00",
        np_download="2025-04-30 08:10:19",
        head_lines=["Author of the article:", "Calvin Mertens",
                    "Published Apr 29, 2025 \u2022 Last updated 1 day ago \u2022 3 minute read", "Join the conversation"],
        inserts={1: ["Article content"], 4: ["Article content"]},
        tail_lines=["Share this article in your social network",
                    "Postmedia is committed to maintaining a lively but civil forum for discussion. Please keep comments "
                    "relevant and respectful. Comments may take up to an hour to appear on the site."],
        paras=P("""
Edmonton homeowners will pay 5.4 per cent more in municipal property taxes this year after city council finalized
the 2025 tax rate on Tuesday.

For a typical home assessed at $415,000, the increase works out to about $171 more for the year, according to
city administration.

Council voted 9-4 to approve the tax bylaw after a debate that stretched into the evening, with several
councillors pushing unsuccessfully to cut the increase by trimming the city's fleet and facility budgets.

"Nobody around this table wants to raise taxes, but we have a growing city and infrastructure that needs to be
maintained," said Coun. Tanya Rourke, who chairs the city's executive committee.

About 1.5 percentage points of the increase will go to police funding, while another point is earmarked for
transit service and snow clearing.

The city also faces higher costs for drainage work and for the ongoing construction of the Valley Line LRT.

Property tax notices will be mailed at the end of May and payments are due June 30.

Homeowners who are struggling can apply for the city's monthly payment plan or for a tax deferral program for
seniors.
"""),
        must_have=[
            "For a typical home assessed at $415,000, the increase works out to about $171 more for the year, according "
            "to city administration.",
            "Property tax notices will be mailed at the end of May and payments are due June 30.",
        ],
    ),
    # news-please shape (gzipped batch): the AFP story on a Comorian daily (syndicated member of the AFP cluster), "Par AFP" head.
    dict(
        MORONI,
        role="syndicated",
        file=JSONL_B,
        render="newsplease",
        section=None,
        url="https://alwatwan.example.km/economie/aux-comores-leffondrement-du-prix-de-lylang-ylang-inquiete-les-producteurs/",
        source_domain="alwatwan.example.km",
        np_authors=["AFP"],
        np_publish="2025-03-18 18:05:00",
        np_modify=None,
        np_download="2025-03-19 04:41:37",
        head_lines=["Par AFP", "Mardi 18 Mars 2025 - 18:05"],
        tail_lines=["Partager cet article", "Articles similaires",
                    "Campagne de girofle : les exportateurs attendent la fixation du prix"],
    ),
    # newsbeam text shape (gzipped batch): ACI (Congolese state agency, own site), "Pointe-Noire, 14 mai (ACI) - " opening, rights line.
    dict(
        cluster="aci-pointe-noire-erosion-cote-sauvage",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Pointe-Noire : l'érosion côtière menace le quartier de la Côte sauvage",
        date="2025-05-14",
        dateline="Pointe-Noire, 14 mai (ACI) - ",
        city="Pointe-Noire",
        country="CG",
        region="africa",
        agency="ACI",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.aci.example.cg/pointe-noire-lerosion-cotiere-menace-le-quartier-de-la-cote-sauvage/",
        nb_published="2025-05-14T13:25:00Z",
        outlet="Agence Congolaise d'Information",
        nb_authors=[],
        head_lines=["Environnement", "14 mai 2025"],
        tail_lines=["Partager", "Agence Congolaise d'Information \u2013 Tous droits réservés"],
        paras=P("""
L'avancée de la mer sur la Côte sauvage, à Pointe-Noire, menace désormais une cinquantaine d'habitations et
plusieurs infrastructures du quartier, a constaté l'Agence congolaise d'information.

Selon les services de la mairie, le trait de côte a reculé de près de 12 mètres en cinq ans sur certains
tronçons, sous l'effet de la houle et de l'extraction illégale de sable.

Des riverains affirment que les fortes marées de ces dernières semaines ont emporté une partie de la route
longeant la plage ainsi que des clôtures de maisons.

« Chaque année, la mer nous prend un peu plus de terrain. Nous vivons dans la peur pendant la saison des pluies »,
a déclaré Jean-Baptiste Moukala, un habitant du quartier.

La municipalité a interdit le prélèvement de sable sur la plage et annoncé la pose d'enrochements sur un tronçon
de 800 mètres.

Le projet, estimé à 3,5 milliards de francs CFA, doit être financé par l'État avec l'appui de partenaires au
développement.

Les autorités invitent par ailleurs les familles installées dans les zones les plus exposées à se rapprocher des
services sociaux de la mairie en vue d'une éventuelle relocalisation.
"""),
        must_have=[
            "La municipalité a interdit le prélèvement de sable sur la plage et annoncé la pose d'enrochements sur un "
            "tronçon de 800 mètres.",
            "Le projet, estimé à 3,5 milliards de francs CFA, doit être financé par l'État avec l'appui de partenaires "
            "au développement.",
        ],
    ),
    # newsbeam html shape (gzipped batch): Antigua Observer, "(Photo courtesy of ORG)" credit, WordPress comment form.
    dict(
        cluster="antiguaobserver-msjmc-dialysis-unit",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_OBSERVER_AG,
        title="MSJMC opens expanded dialysis unit, clearing waiting list",
        date="2025-06-12",
        dateline="",
        city=None,
        country="AG",
        region="americas",
        agency=None,
        authors=["Tamara Simon-Joseph"],
        editors=[],
        lang="en",
        section="Local News",
        meta_section="Local News",
        url="https://antiguaobserver.example.com/msjmc-opens-expanded-dialysis-unit-clearing-waiting-list/",
        description="The unit now has 18 dialysis machines, up from 10, and can treat up to 108 patients.",
        published="2025-06-12T17:30:00-04:00",
        modified="2025-06-12T17:30:00-04:00",
        meta_author="Tamara Simon-Joseph",
        byline_lines=["By Tamara Simon-Joseph"],
        date_lines=["June 12, 2025"],
        caption="Health officials tour the expanded dialysis unit at MSJMC.",
        credit="MSJMC",
        credit_shown="(Photo courtesy of MSJMC)",
        share_top=False,
        comments=["0 Comments", "Leave a Reply", "Your email address will not be published. Required fields are marked *"],
        lists=[("Related", ["Government announces new health insurance scheme for public servants"])],
        nb_published="2025-06-12T21:30:00Z",
        outlet="Antigua Observer",
        nb_authors=["Tamara Simon-Joseph"],
        paras=P("""
Patients with kidney failure will no longer have to wait for a dialysis slot after the Mount St John's Medical
Centre (MSJMC) opened its expanded dialysis unit on Wednesday.

The unit now has 18 dialysis machines, up from 10, and will operate in three shifts, six days a week, allowing it
to treat up to 108 patients.

Hospital officials said 23 patients had been on the waiting list, some of whom had been travelling to private
clinics or overseas for treatment at great expense.

"This expansion means that no Antiguan or Barbudan who needs dialysis should have to go without it," the
hospital's chief executive officer, Dr Marlon Samuels-Henry, said at the opening.

The expansion, which cost EC$2.4 million, was funded by the government with a donation of equipment from a
regional health foundation.

Kidney disease linked to diabetes and hypertension is a growing problem in Antigua and Barbuda, where about one in
five adults has diabetes, according to the Ministry of Health.

The hospital also plans to train six additional dialysis nurses by the end of the year.
"""),
        must_have=[
            "The unit now has 18 dialysis machines, up from 10, and will operate in three shifts, six days a week, "
            "allowing it to treat up to 108 patients.",
            "The hospital also plans to train six additional dialysis nurses by the end of the year.",
        ],
    ),
    # newsbeam text shape (gzipped batch): AZERTAC (state agency, own site), "Ganja, April 22, AZERTAC" dateline on a line of its own.
    dict(
        cluster="azertac-ganja-water-supply",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="New water supply system commissioned in Ganja",
        date="2025-04-22",
        dateline="Ganja, April 22, AZERTAC\n",
        city="Ganja",
        country="AZ",
        region="asia",
        agency="AZERTAC",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://azertac.example.az/en/news/new_water_supply_system_commissioned_in_ganja-3512877",
        nb_published="2025-04-22T10:35:00Z",
        outlet="AZERTAC",
        nb_authors=[],
        head_lines=["22.04.2025 [14:35]", "Infrastructure"],
        tail_lines=["Share", "Follow AZERTAC on Telegram"],
        paras=P("""
A new water supply system providing round-the-clock drinking water to more than 60,000 residents of Ganja's Kapaz
district has been commissioned.

The project, implemented by Azersu Open Joint Stock Company, included the construction of a new reservoir with a
capacity of 10,000 cubic meters and two pumping stations.

More than 140 kilometers of water pipelines were laid within the project, and some 14,000 households were
connected to the new network, with smart water meters installed.

Before the project, residents of several neighborhoods received water only a few hours a day, according to the
company.

Water for the system is taken from underground sources in the Goygol district and passes through a treatment
facility before reaching consumers. Residents had long complained of low pressure in the summer months.

Work is also under way to build a new sewerage network in the district, which is scheduled to be completed next
year.

Ganja is Azerbaijan's second largest city, with a population of about 335,000.
"""),
        must_have=[
            "Before the project, residents of several neighborhoods received water only a few hours a day, according to "
            "the company.",
            "Work is also under way to build a new sewerage network in the district, which is scheduled to be completed "
            "next year.",
        ],
    ),
]


# --------------------------------------------------------------------------
# notes, render, validate, write
# --------------------------------------------------------------------------

# Remarks on individual labels a reader may question (kept in labels.json).
HOLDOUT_NOTES = {
    "purpose": "twelfth held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text and casing are kept: Investing.com "
    "'\u00a9 Reuters. <caption> REUTERS/Arben Celaj' -> caption without the '\u00a9 Reuters.' copyright prefix, credit "
    "'REUTERS/Arben Celaj'; St Lucia Times '(Photo: WASCO/Facebook)' -> 'WASCO/Facebook'; People's Daily Online "
    "'(Xinhua/Habib Kouyaté)' -> 'Xinhua/Habib Kouyaté'; Welt 'Foto: Jonas Ebert/dpa' on the line under the caption "
    "-> 'Jonas Ebert/dpa'; Illawarra Mercury 'Picture by Hamish Tolley' -> 'Hamish Tolley'; Philippine Daily "
    "Inquirer '\u2014CARLITO DAGUPEN' after the caption -> 'CARLITO DAGUPEN' (casing kept); WTOP '(AP Photo/Haynes "
    "Lewis)' -> 'AP Photo/Haynes Lewis'; Libération '(Youssouf Ibrahim/AFP)' -> 'Youssouf Ibrahim/AFP'; Prensa Libre "
    "'(Foto Prensa Libre: Wilder López Tum)' -> 'Wilder López Tum' ('Foto Prensa Libre:' is the paper's fixed photo "
    "label, a wrapper like 'Foto:'); O Globo '\u2014 Foto: Lucas Amaral/Agência O Globo' -> 'Lucas Amaral/Agência O "
    "Globo'; Gazeta Wyborcza 'Fot. Kamil Szymanek / Agencja Wyborcza.pl' -> 'Kamil Szymanek / Agencja Wyborcza.pl'; "
    "Het Parool 'Beeld Marc Driessen' -> 'Marc Driessen' ('Beeld', 'image', is the wrapper word); NT News 'Picture: "
    "Parks and Wildlife Commission NT' -> 'Parks and Wildlife Commission NT'; Garowe Online '(Photo: UNICEF Somalia)' "
    "-> 'UNICEF Somalia'; Antigua Observer '(Photo courtesy of MSJMC)' -> 'MSJMC'",
    "photo_credit_not_story_agency": "the organisations credited for photos (UNICEF Somalia, the Parks and Wildlife "
    "Commission, MSJMC, WASCO) are not agencies; WTOP's 'AP Photo' and Libération's '/AFP' credits agree with, but do "
    "not decide, the AP and AFP labels (bylines, datelines and sign-off lines do)",
    "agency_names": "agencies are labelled by their usual short name: 'Reuters', 'AP', 'AFP', 'EFE', 'dpa', 'ANSA', "
    "'Xinhua', 'PTI', and the agencies no earlier set has: 'Pajhwok' (Pajhwok Afghan News, printed '(Pajhwok)' in its "
    "dateline), 'SPA' (Saudi Press Agency), 'MIA' (Macedonian Information Agency), 'ACI' (Agence congolaise "
    "d'information, Republic of the Congo) and 'AZERTAC' (Azerbaijan's state agency, an acronym printed in capitals, "
    "as 'ANSA' is)",
    "agency_sources": "NDTV prints no '(PTI)': its copy opens 'Dehradun: ', and the 'Press Trust of India' byline and "
    "the 'published from a syndicated feed' line make it PTI copy; 20minutos has the 'EFE' byline, the '(EFE).-' "
    "dateline and 'Noticia servida automáticamente por la Agencia EFE'; Libération's 'par LIBERATION et AFP' byline "
    "and '(AFP)' dateline make it AFP copy (Libération's own name is its web desk, not a writer); People's Daily "
    "Online's '(Xinhua)' stamp and the Xinhua dateline; l'Adige's '(ANSA)' opening and 'Copyright ANSA' line; Welt's "
    "'(dpa/lsw)' dateline and dpa-infocom line. Pajhwok, SPA, MIA, ACI and AZERTAC publish on their own sites; their "
    "stories are agency copy (as Khovar in dev_set14)",
    "staff_copy": "St Lucia Times, Illawarra Mercury, Philippine Daily Inquirer, Prensa Libre, O Globo, Gazeta "
    "Wyborcza, Het Parool, NT News, Garowe Online, Tehran Times, Frankfurter Allgemeine, L'Eco di Bergamo, Ponto Final, "
    "Vanuatu Daily Post, The Spinoff, Edmonton Journal and Antigua Observer stories are staff copy (agency null), "
    "whether or not a writer is named",
    "bylines": "names in natural case: Reuters credits '(Reporting by Elira Dushku; Editing by Martin Pelley)' -> "
    "author Elira Dushku, editor Martin Pelley, on both Reuters records (Investing.com and The Economic Times are "
    "bylined only 'Reuters'); WTOP 'By KIMANI JOSEPH The Associated Press' -> Kimani Joseph; St Lucia Times 'By "
    "Marcia Jn Baptiste' ('Jn', the St Lucian short form of Jean, kept as printed) on both records of its cluster; "
    "Pajhwok 'By Farid Ahmad Sadiqi' (an agency reporter is an author); Illawarra Mercury's name line 'Declan "
    "Moretti' above the stamp (repeated with 'Journalist' in the bio box); Inquirer 'By: Jannelle Dumlao - "
    "Correspondent / @inquirerdotnet' -> Jannelle Dumlao (role and handle dropped); Prensa Libre 'Por Érick Sandoval "
    "Tujab'; O Globo 'Por Fernanda Tavares \u2014 Rio de Janeiro' -> Fernanda Tavares (place dropped); FAZ 'Von "
    "Katharina Brenner, Frankfurt' -> Katharina Brenner; Edmonton Journal 'Author of the article:' / 'Calvin "
    "Mertens'; Vanuatu Daily Post 'By Kalo Tavoa'; Ponto Final's author field and head line 'Inês Carvalho'; "
    "Antigua Observer 'By Tamara Simon-Joseph'. Placeholders give no author: 'Reuters', 'EFE' (also the trafilatura "
    "author field on El Periódico), 'par LIBERATION et AFP', 'Par AFP' (Al-Watwan), 'Press Trust of India' with its "
    "'India News' label, 'By Garowe Online'. People's Daily Online, Welt, SPA, MIA, Tehran Times, l'Adige, ACI and "
    "AZERTAC print no writer",
    "editors": "the Reuters 'Editing by Martin Pelley' (both Reuters records) and People's Daily Online's '(Web "
    "editor: Tian Rui, Xu Meng)' -> Tian Rui, Xu Meng (the page's editor credit, of the same kind as Xinhua's own "
    "'Editor:' line); Pajhwok's 'ma/sa' are desk initials, not editors",
    "no_dateline": "these stories carry no place at their start: dateline_city null, country from the story's main "
    "location: St Lucia Times (LC, Soufrière), Illawarra Mercury (AU, Wollongong), Prensa Libre (GT, Guatemala City), "
    "O Globo (BR, Rio de Janeiro; the '\u2014 Rio de Janeiro' after the writer's name is part of the byline, not a "
    "dateline), Gazeta Wyborcza (PL, Kraków), Het Parool (NL, Amsterdam), NT News (AU, Darwin), FAZ (DE, Frankfurt; "
    "the place after the writer's name is part of the byline), L'Eco di Bergamo (IT), Ponto Final (MO, Macau), "
    "Vanuatu Daily Post (VU), The Spinoff (NZ), Edmonton Journal (CA, Edmonton), Antigua Observer (AG, St. John's)",
    "datelines_to_city": "GeoNames English names: 'TIRANA, Aug 5 (Reuters) - ' -> Tirana; 'Malabo, 25 abr (EFE).- ' "
    "-> Malabo; 'Moroni (AFP) - ' -> Moroni (the story is about Anjouan; the dateline gives city and country KM); "
    "'BAMAKO, March 4 (Xinhua) -- ' -> Bamako; 'Freiburg (dpa/lsw) - ' -> Freiburg (Freiburg im Breisgau, GeoNames "
    "'Freiburg'; 'lsw' is dpa's Landesdienst Südwest, not a place; the story is about the Feldberg); 'HERAT CITY "
    "(Pajhwok): ' -> Herat (Pajhwok adds 'CITY' to a provincial capital to tell it from the province of the same "
    "name); 'Jeddah, March 3, 2025, SPA -- ' -> Jeddah; 'Skopje, 20 May 2025 (MIA) - ' -> Skopje; 'BAGUIO CITY, "
    "Benguet, Philippines \u2014 ' -> Baguio (staff dateline with province and country); 'ST. GEORGE'S, Grenada (AP) "
    "\u2014 ' -> Saint George's (GeoNames spelling; the story is about Carriacou, country GD); 'Dehradun: ' -> Dehradun "
    "(NDTV's city-and-colon opening); 'MOGADISHU, Somalia - ' -> Mogadishu (staff dateline); 'TEHRAN \u2013 ' -> "
    "Tehran (staff dateline); '(ANSA) - TRENTO, 08 APR - ' -> Trento; 'Pointe-Noire, 14 mai (ACI) - ' -> "
    "Pointe-Noire (CG); 'Ganja, April 22, AZERTAC' on a line of its own above the story -> Ganja",
    "dates": "dates are on the publisher's calendar in the offset the page states: Investing.com 'Published "
    "08/05/2025' is month/day (US order), as the 'Aug 5' dateline shows -> 2025-08-05; Philippine Daily Inquirer "
    "'05:12 AM January 18, 2025' at UTC+8 (21:12 on the 17th in UTC; a print-edition story about Friday the 17th) -> "
    "2025-01-18; NT News 'March 5, 2025 - 6:00AM' at UTC+9:30 (20:30 on the 4th in UTC) -> 2025-03-05; Prensa Libre "
    "'9 de marzo de 2025 a las 21:48h' at UTC-6 (03:48 on the 10th in UTC) -> 2025-03-09; The Spinoff 'January 15, "
    "2025' at UTC+13 while the crawler stamp is 20:00 on the 14th in UTC -> 2025-01-15; Edmonton Journal 'Published "
    "Apr 29, 2025 \u2022 Last updated 1 day ago' (news-please date_publish 20:55 local time, UTC-6) -> 2025-04-29; "
    "Illawarra Mercury 'Updated March 3 2025 - 4:51pm, first published 3:20pm' -> the first publication; NDTV shows "
    "only 'Updated: June 02, 2025 18:41 IST' and article:published_time gives the same moment; FAZ shows only "
    "'Aktualisiert am 04.09.2025-18:40', news-please date_publish is 17:12 the same day; O Globo '02/07/2025 04h30' "
    "is day/month and 'Atualizado há 2 horas' is an update; SPA 'Monday 1446/9/3 - 2025/03/03' gives the Hijri and "
    "the Gregorian date -> 2025-03-03; People's Daily Online '(Xinhua) 16:18, March 04, 2025' agrees with the "
    "dateline; 20minutos '25.04.2025' and AZERTAC '22.04.2025 [14:35]' are day.month; Ponto Final '2 Abril 2025' "
    "('divulgados ontem': the figures came out the day before) -> 2025-04-02; The Economic Times 'Last Updated: Aug "
    "05, 2025' and Al-Watwan 'Mardi 18 Mars 2025' are on the day of their wire originals",
    "sign_off_lines": "lines outside the story text are chrome: the Reuters credits line (both records), WTOP's AP "
    "copyright line, 'Noticia servida automáticamente por la Agencia EFE', People's Daily Online's '(Web editor: ...)', "
    "the dpa-infocom line, Pajhwok's desk initials 'ma/sa', SPA's '--SPA', NDTV's syndicated-feed line, 'Riproduzione "
    "riservata \u00a9 Copyright ANSA', FAZ's 'Quelle: F.A.Z.' and 'Artikelrechte erwerben', MIA's licence line, ACI's "
    "rights line, and the author bios (St Lucia Times, Illawarra Mercury, The Spinoff)",
    "inline_chrome": "text inside the story that is not story text is chrome: Investing.com's 'Third party Ad. ...' "
    "line; 'ADVERTISEMENT' / 'Advertisement' / 'Publicidad' labels; 'READ:' lines (St Lucia Times, Inquirer); the "
    "Illawarra Mercury newsletter line; 'A lire aussi' (Libération), 'Le puede interesar:' (Prensa Libre), 'Leia "
    "também:' (O Globo), 'Czytaj także:' (Wyborcza), 'Lees ook' (Parool); The Spinoff's members promo; the Edmonton "
    "Journal's 'Article content' fillers, which Postmedia prints between paragraphs",
    "other_chrome": "Investing.com's risk disclosure and Fusion Media lines; St Lucia Times '0 Comments' counter and "
    "'Share via:' row; Welt's ePaper promo; Pajhwok's app-download lines and 'Add new comment'; 'Subscribe now for "
    "unlimited access.' (Illawarra Mercury); SPA 'Print' / 'Share'; the Inquirer newsletter consent line and comment "
    "disclaimer; WTOP's 'Listen now to WTOP News ...' line; NDTV's 'Read Time: 2 mins' and 'Track Latest News Live "
    "...'; Prensa Libre's 'Escuchar esta noticia'; O Globo's subscriber line; Wyborcza's free-limit line; the cookie "
    "walls of Libération, Wyborcza and Het Parool; NT News's 'Don't miss out on the headlines ...' and comment "
    "prompt; the Antigua Observer comment form; the Edmonton Journal's 'Join the conversation' and comment rules; The "
    "Economic Times' topic links and market promo; the Vanuatu Daily Post e-paper lines; L'Eco di Bergamo's "
    "subscriber line",
    "corrections": "correction boxes (Het Parool's 'Correctie: ...', The Spinoff's 'Correction: ...') are the "
    "publisher's notes about the story, not story text: chrome; the story text is the corrected version",
    "section": "HTML pages (including the newsbeam html records) label article:section: 'World' (WTOP), "
    "'International' (Libération, whose breadcrumb adds 'Afrique'), 'India' (NDTV), 'Deportes', 'Cultura', "
    "'Kraków', 'Amsterdam', 'Northern Territory', 'Somalia', 'Society' (The Spinoff, whose kicker of the same name is "
    "chrome) and 'Local News' (Antigua Observer); trafilatura records the first category ('Trentino' on l'Adige, "
    "'Economia' on Ponto Final, 'Business' on the Vanuatu Daily Post, 'Internacional' on El Periódico); text pages, "
    "news-please and newsbeam text records null, whatever section word the page prints near the title",
    "regions": "Afghanistan, Saudi Arabia, the Philippines, India, Iran, Macau (MO) and Azerbaijan -> asia; Saint "
    "Lucia (LC), Grenada (GD), Guatemala, Brazil, Canada and Antigua and Barbuda (AG) -> americas; Albania, Germany, "
    "North Macedonia (MK), Poland, the Netherlands and Italy -> europe; Equatorial Guinea (GQ), Mali, the Comoros "
    "(KM), Somalia and the Republic of the Congo (CG) -> africa; Australia, Vanuatu and New Zealand -> oceania",
    "languages": "Dutch 'nl' (Het Parool) and Polish 'pl' (Gazeta Wyborcza) appear next to en, es, fr, de, it and "
    "pt; Ponto Final writes European Portuguese in Macau",
    "stluciatimes_soufriere_water_outage": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled "
    "with the clean text; its must_have sentences contain no quotes or apostrophes; it kept no photo, so no caption",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"par afp", "liberation", "libération", "india news", "pajhwok", "pajhwok afghan news", "spa",
                "saudi press agency", "mia", "aci", "azertac", "garowe online", "by garowe online",
                "correspondent", "journalist", "the economic times", "web editor"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
