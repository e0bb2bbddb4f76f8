#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's twenty-third development set (bench/dev_set23/, first written as the twentieth held-out set).

    .venv/bin/python bench/dev_set23/_generate.py

Writes ``bench/dev_set23/articles/*`` and ``bench/dev_set23/labels.json``.  Output
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
bench/dev_set21/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout20_2025-a.jsonl"
JSONL_B = "crawl_holdout20_2025-b.jsonl.gz"


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: AFP, Lilongwe (RTL Today page + copy on Macau Business in a batch) ----

LILONGWE = dict(
    cluster="afp-lilongwe-malawi-tobacco-auctions-open-lower",
    title="Malawi tobacco auctions open with prices down by a third",
    date="2025-03-26",
    dateline="Lilongwe (AFP) - ",
    city="Lilongwe",
    country="MW",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="en",
    description="Growers say the opening prices do not cover the cost of fertiliser and labour.",
    paras=P("""
Malawi's tobacco auction floors opened on Wednesday with average prices about a third lower than last year, dealing
a blow to tens of thousands of smallholder farmers in a country that relies on the crop for more than half its
export earnings.

Burley tobacco, the main variety grown in Malawi, sold for an average of $1.42 per kilogramme on the first day of
trading in Lilongwe, compared with $2.15 at the opening of the 2024 season, according to the Tobacco Commission.

Buyers rejected nearly one bale in five, citing poor quality after a season of erratic rains in the central and
northern regions.

"We spent everything on fertiliser and hired labour. At these prices we will not even get our money back," said
Chikondi Banda, a farmer from Kasungu district who had brought 14 bales to the floors.

The government had asked buyers to pay at least the minimum prices agreed before planting, and officials said they
would meet merchants later this week.

Tobacco accounts for roughly 55 percent of Malawi's foreign currency earnings, and a poor season usually puts more
pressure on the kwacha, which was devalued by 44 percent in November 2023.

The auctions are expected to run until August.
"""),
    must_have=[
        "Buyers rejected nearly one bale in five, citing poor quality after a season of erratic rains in the central "
        "and northern regions.",
        "Tobacco accounts for roughly 55 percent of Malawi's foreign currency earnings, and a poor season usually puts "
        "more pressure on the kwacha, which was devalued by 44 percent in November 2023.",
    ],
)

# ---- cluster: PTI, Kozhikode (Rediff scrape + copy on Millennium Post in a batch) ----

COPRA = dict(
    cluster="pti-kozhikode-copra-prices-three-year-high",
    title="Copra prices touch three-year high in Kozhikode market",
    date="2025-01-09",
    dateline="Kozhikode, Jan 9 (PTI) ",
    city="Kozhikode",
    country="IN",
    region="asia",
    agency="PTI",
    authors=[],
    editors=[],
    lang="en",
    description="Traders attribute the rise to lower arrivals from Tamil Nadu and Karnataka.",
    paras=P("""
Copra prices in the wholesale market here rose to their highest level in three years on Thursday, with milling
copra quoted at Rs 14,850 per quintal, traders said.

The price was about 38 per cent higher than in the same week last year, they said, attributing the rise to lower
arrivals from Tamil Nadu and Karnataka and steady demand from coconut oil mills.

Coconut oil was quoted at Rs 22,400 per quintal, up Rs 300 from last week.

According to the Kozhikode Chamber of Commerce, arrivals at the market during the first week of January fell to
around 620 tonnes, compared with about 900 tonnes a year ago.

Farmers' groups said the rise had come too late for many small growers who had sold their stocks in November,
when prices were lower.

A trader, K P Rasheed, said prices could ease slightly in February when the new harvest reaches the market, but
were unlikely to fall to last year's levels.

Officials of the Coconut Development Board said the state's production had declined because of pest attacks and
the root wilt disease in several districts.
"""),
    must_have=[
        "The price was about 38 per cent higher than in the same week last year, they said, attributing the rise to "
        "lower arrivals from Tamil Nadu and Karnataka and steady demand from coconut oil mills.",
        "According to the Kozhikode Chamber of Commerce, arrivals at the market during the first week of January fell "
        "to around 620 tonnes, compared with about 900 tonnes a year ago.",
    ],
)

PTI_RIGHTS = ("(Only the headline of this report may have been reworked by Rediff.com; the rest of the content is "
              "auto-generated from a syndicated feed.)")

# ---- cluster: EFE, Tarija (Unitel news-please record + copy on Red Uno in the gzipped batch) ----

TARIJA = dict(
    cluster="efe-tarija-vendimia-granizo",
    title="La cosecha de uva en Tarija cae un 30 % por las granizadas",
    date="2025-03-10",
    dateline="Tarija (Bolivia), 10 mar (EFE).- ",
    city="Tarija",
    country="BO",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    description="Los productores del valle central calculan pérdidas de unos 4 millones de dólares.",
    paras=P("""
La cosecha de uva en el departamento boliviano de Tarija, la principal región vitivinícola del país, caerá este año
alrededor de un 30 % a causa de las granizadas que afectaron a los viñedos del valle central entre diciembre y
febrero, informaron este lunes los productores.

La Asociación de Viticultores de Tarija estimó que la producción rondará las 21.000 toneladas, frente a las 30.000
toneladas de la temporada anterior.

Las pérdidas económicas se calculan en unos 4 millones de dólares, según el gremio, que agrupa a cerca de 2.800
familias productoras.

"Hay familias que lo han perdido todo en una sola tarde. El granizo no deja nada en la planta", dijo a EFE el
productor Abelardo Cruz, de la comunidad de Santa Ana.

Las bodegas advirtieron que la menor oferta de uva encarecerá los vinos y singanis, la bebida destilada emblemática
de Bolivia, en los próximos meses.

La Gobernación de Tarija anunció la entrega de semillas y fertilizantes a los afectados y la instalación de nuevas
mallas antigranizo en unas 300 hectáreas.

La tradicional Fiesta de la Vendimia se celebrará igualmente a mediados de marzo en el municipio de Uriondo.
"""),
    must_have=[
        "La Asociación de Viticultores de Tarija estimó que la producción rondará las 21.000 toneladas, frente a las "
        "30.000 toneladas de la temporada anterior.",
        "La Gobernación de Tarija anunció la entrega de semillas y fertilizantes a los afectados y la instalación de "
        "nuevas mallas antigranizo en unas 300 hectáreas.",
    ],
)

# ---- cluster: Virgin Islands News Online, company incorporations (page + noisy re-scrape) ----

VINO = dict(
    cluster="vino-road-town-company-incorporations-rise",
    title="BVI company incorporations up 6% in first quarter - FSC",
    date="2025-05-14",
    dateline="ROAD TOWN, Tortola, VI- ",
    city="Road Town",
    country="VG",
    region="americas",
    agency=None,
    authors=[],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=P("""
The number of new companies incorporated in the Virgin Islands rose by 6% in the first quarter of 2025, according
to the latest statistical bulletin published by the Financial Services Commission (FSC).

A total of 7,912 new BVI Business Companies were incorporated between January and March, compared with 7,464 in the
same period last year.

The total number of active companies on the register stood at 362,180 at the end of March, a slight decline from
the end of 2024, as more companies were struck off than were added.

Industry practitioners said demand from Asia, particularly Hong Kong, had picked up after two weak years, while
incorporations linked to investment funds remained steady.

Company fees are the largest single source of revenue for the Government of the Virgin Islands, bringing in more
than $200 million a year.

The Premier has said the Territory must protect the sector by meeting international standards on beneficial
ownership, and a new register of beneficial owners is due to come into force later this year.

Local firms have warned that compliance costs continue to rise and that smaller service providers may struggle to
keep up.
"""),
    must_have=[
        "A total of 7,912 new BVI Business Companies were incorporated between January and March, compared with 7,464 "
        "in the same period last year.",
        "Company fees are the largest single source of revenue for the Government of the Virgin Islands, bringing in "
        "more than $200 million a year.",
    ],
)

VINO_PRE = ["Virgin Islands News Online", "Home", "Local News", "Regional", "Business", "Politics", "Sports", "Contact Us"]
VINO_HEAD = ["Posted on May 14, 2025 at 10:42 am"]
VINO_COPY = "Copyright \u00a9 2025 Virgin Islands News Online. All Rights Reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Rediff.com (original of the PTI cluster): breadcrumb, "Source: PTI" and "Last updated on:" lines, PTI colon-less dateline, syndicated-feed disclaimer, app line.
    dict(
        COPRA,
        role="original",
        file="rediff_pti_kozhikode_copra_prices.txt",
        render="text",
        section=None,
        pre=[["Rediff.com", "News", "Business", "Movies", "Cricket", "Get Ahead", "Money Tips", "Shopping"],
             ["Rediff.com \u00bb Business \u00bb Copra prices touch three-year high in Kozhikode market"]],
        head=[["Source: PTI"], ["Last updated on: January 09, 2025 18:47 IST"]],
        tail=[
            [PTI_RIGHTS],
            ["\u00a9 Copyright 2025 PTI. All rights reserved. Republication or redistribution of PTI content, including by framing or similar means, is expressly prohibited without the prior written consent."],
            ["Get Rediff News in your Inbox:"],
        ],
    ),
    # Virgin Islands News Online (original of the re-scrape cluster): "ROAD TOWN, Tortola, VI- " dateline, "Posted on" stamp, Facebook line, comment disclaimer and counter.
    dict(
        VINO,
        role="original",
        file="vinewsonline_road_town_company_incorporations.txt",
        pre=[VINO_PRE],
        head=[VINO_HEAD],
        tail=[
            ["Like us on Facebook for the latest news from the Virgin Islands"],
            ["7 Responses to \u201cBVI company incorporations up 6% in first quarter - FSC\u201d"],
            ["Disclaimer: All comments posted on Virgin Islands News Online (VINO) are the sole views and opinions of the commentators and or bloggers and do not in anyway represent the views and opinions of the Board of Directors, Management and Staff of Virgin Islands News Online and its parent company."],
            [VINO_COPY],
        ],
    ),
    dict(
        VINO,
        role="rescrape",
        file="vinewsonline_road_town_company_incorporations_rescrape.txt.gz",
        noise=True,
        pre=[VINO_PRE],
        head=[VINO_HEAD],
        tail=[[VINO_COPY]],
    ),
    # AP on the Pioneer Press (St. Paul): "GRAND FORKS, N.D. (AP) — " dateline (a namesake of Grand Forks, British Columbia), "By NAME | The Associated Press" byline, PUBLISHED/UPDATED line, rights line, "More in News" list.
    dict(
        cluster="ap-grand-forks-red-river-flood-sandbags",
        role="single",
        file="pioneerpress_ap_grand_forks_red_river_flood.txt",
        render="text",
        title="Grand Forks fills sandbags as Red River flood forecast rises",
        date="2025-04-02",
        dateline="GRAND FORKS, N.D. (AP) \u2014 ",
        city="Grand Forks",
        country="US",
        region="americas",
        agency="AP",
        authors=["Kayla Brandvold"],
        editors=[],
        lang="en",
        section=None,
        pre=[["Twin Cities Pioneer Press", "News", "Sports", "Things to Do", "Opinion", "Obituaries", "e-Edition", "Subscribe"]],
        head=[["By KAYLA BRANDVOLD | The Associated Press"],
              ["PUBLISHED: April 2, 2025 at 4:18 PM CDT | UPDATED: April 2, 2025 at 6:40 PM CDT"]],
        tail=[
            ["Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."],
            ["More in News", "St. Paul council delays vote on trash contract", "Minnesota snowpack melts early across southern counties"],
        ],
        paras=P("""
Volunteers in Grand Forks began filling sandbags on Wednesday after forecasters raised their estimate for the crest
of the Red River, which is swollen by a late snowmelt and heavy rain across eastern North Dakota.

The National Weather Service said the river could crest at about 46 feet in Grand Forks early next week, roughly 18
feet above flood stage but well below the record set during the devastating flood of 1997.

City officials said they aimed to fill 150,000 sandbags by Saturday to protect low-lying neighborhoods and a
handful of homes outside the permanent levee system.

"We are in a good place because of what was built after 1997, but we don't take anything for granted," Mayor
Darren Solheim told reporters at the sandbag site.

Across the river in East Grand Forks, Minnesota, crews began closing openings in the floodwall along the downtown
riverfront.

Forecasters said colder weather later in the week could slow the melt and ease the threat, but warned that more
rain would push the crest higher.

Farther north, officials in Pembina County urged rural residents to prepare for road closures that could last
several weeks.
"""),
        must_have=[
            "City officials said they aimed to fill 150,000 sandbags by Saturday to protect low-lying neighborhoods and "
            "a handful of homes outside the permanent levee system.",
            "Across the river in East Grand Forks, Minnesota, crews began closing openings in the floodwall along the "
            "downtown riverfront.",
        ],
    ),
    # ANSA on Quotidiano del Sud: "(ANSA) - POTENZA, 18 SET - " dateline, regional menu, "Leggi anche" insert, ANSA copyright line.
    dict(
        cluster="ansa-potenza-crisi-idrica-turnazione",
        role="single",
        file="quotidianodelsud_ansa_potenza_crisi_idrica_it.txt",
        render="text",
        title="Crisi idrica in Basilicata, a Potenza l'acqua sospesa di notte",
        date="2024-09-18",
        dateline="(ANSA) - POTENZA, 18 SET - ",
        city="Potenza",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section=None,
        pre=[["Quotidiano del Sud", "Basilicata", "Calabria", "Campania", "Puglia", "Sport", "Cultura", "Abbonati"],
             ["Basilicata", "Potenza"]],
        head=[["18 settembre 2024 13:25"]],
        inserts={2: ["LEGGI ANCHE: Siccità, la Regione chiede lo stato di emergenza nazionale"]},
        tail=[["RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA"],
              ["Iscriviti alla newsletter del Quotidiano del Sud"]],
        paras=P("""
Da lunedì prossimo l'erogazione dell'acqua sarà sospesa ogni notte, dalle 22 alle 6, a Potenza e in altri 28
comuni della Basilicata serviti dall'invaso del Camastra, il cui livello è sceso ai minimi storici.

Lo ha annunciato oggi Acquedotto Lucano al termine di una riunione in prefettura con i sindaci dei comuni
interessati.

Nell'invaso restano circa 600 mila metri cubi d'acqua utilizzabili, contro i quasi 3 milioni dello stesso periodo
dell'anno scorso.

Secondo l'azienda, le sospensioni notturne permetteranno di risparmiare circa il 25% dei volumi distribuiti e di
prolungare l'autonomia del sistema almeno fino a metà novembre.

Le scuole, gli ospedali e le case di riposo saranno riforniti con autobotti in caso di necessità.

"Chiediamo ai cittadini di limitare al massimo gli usi non essenziali, come il lavaggio delle auto e l'irrigazione
degli orti", ha detto il presidente di Acquedotto Lucano, Franco Viggiani.

La Regione sta lavorando a un collegamento d'emergenza con il fiume Basento per integrare le riserve del Camastra.
"""),
        must_have=[
            "Nell'invaso restano circa 600 mila metri cubi d'acqua utilizzabili, contro i quasi 3 milioni dello stesso "
            "periodo dell'anno scorso.",
            "Le scuole, gli ospedali e le case di riposo saranno riforniti con autobotti in caso di necessità.",
        ],
    ),
    # DHA on Posta: "Name SURNAME/CITY, (DHA)- " opening that carries the reporter and the place, "Giriş:" stamp, Google News line, tag list.
    dict(
        cluster="dha-sanliurfa-isot-biber-fiyat",
        role="single",
        file="posta_dha_sanliurfa_isot_biber_tr.txt",
        render="text",
        title="Şanlıurfa'da isot mesaisi: Kilosu 180 liradan alıcı buluyor",
        date="2024-08-27",
        dateline="Mehmet KARAKUŞ/ŞANLIURFA, (DHA)- ",
        city="Şanlıurfa",
        country="TR",
        region="asia",
        agency="DHA",
        authors=["Mehmet Karakuş"],
        editors=[],
        lang="tr",
        section=None,
        pre=[["Posta", "Gündem", "Ekonomi", "Spor", "Magazin", "Dünya", "Yaşam", "Yazarlar"],
             ["Ekonomi"]],
        head=[["Giriş: 27.08.2024 - 14:32"], ["Google News'te Takip Et"]],
        tail=[["Etiketler", "Şanlıurfa", "isot", "Tarım"],
              ["Posta Gazetesi \u00a9 2024 Tüm hakları saklıdır."]],
        paras=P("""
Şanlıurfa'da hasadı yapılan kırmızı biberler, isot yapımı için tarlalarda ve damlarda kurutulmaya başlandı.
Kentin simgelerinden isotun kilogramı bu yıl 180 ile 220 lira arasında alıcı buluyor.

Harran Ovası ve Siverek ilçesinde yaklaşık 45 bin dekar alanda biber üretimi yapıldığı bildirildi.

Tarlalardan toplanan biberler önce güneşte kurutuluyor, ardından naylon örtüler altında terletilerek koyu renk ve
keskin aromasını kazanıyor.

İsot üreticisi Halil Bozan, "Bu yıl verim iyi ama işçilik ve gübre maliyetleri çok arttı. Geçen yıl 120 liraya
sattığımız isotu bu yıl 180 liranın altına satamıyoruz" dedi.

Şanlıurfa Ticaret Borsası verilerine göre geçen yıl kentten yaklaşık 12 bin ton isot satışı yapıldı.

Üreticiler, isotun coğrafi işaretli olmasının yurt dışındaki talebi artırdığını, özellikle Almanya ve Hollanda'ya
gönderilen ürün miktarının yükseldiğini belirtti.

Kurutma ve paketleme işlerinde sezon boyunca yaklaşık 8 bin kişinin çalıştığı ifade edildi.

Şanlıurfa Ziraat Odası yetkilileri ise yağışların az olduğu bu yıl sulama maliyetlerinin yükseldiğini, bazı
üreticilerin ekim alanlarını küçültmek zorunda kaldığını söyledi. Yetkililer, gelecek yıl için su tasarrufu sağlayan
damla sulama sistemlerine destek verilmesi gerektiğini vurguladı.
"""),
        must_have=[
            "Harran Ovası ve Siverek ilçesinde yaklaşık 45 bin dekar alanda biber üretimi yapıldığı bildirildi.",
            "Şanlıurfa Ticaret Borsası verilerine göre geçen yıl kentten yaklaşık 12 bin ton isot satışı yapıldı.",
        ],
    ),
    # The Montserrat Reporter (WordPress): staff, "Posted on DATE by NAME" line, WordPress "Share this:" / "Like this:" / "Related" blocks.
    dict(
        cluster="montserratreporter-geothermal-third-well",
        role="single",
        file="montserratreporter_geothermal_third_well.txt",
        render="text",
        title="Drilling of third geothermal well to start in July",
        date="2025-02-21",
        dateline="",
        city=None,
        country="MS",
        region="americas",
        agency=None,
        authors=["Cassandra Weekes"],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Montserrat Reporter", "Home", "News", "Editorial", "Business", "Sports", "Letters", "Archives"]],
        head=[["Posted on February 21, 2025 by Cassandra Weekes"]],
        tail=[
            ["Share this:", "Facebook", "WhatsApp", "Email", "Print"],
            ["Like this:", "Like Loading..."],
            ["Related", "MUL announces new electricity tariff from April", "Little Bay port works reach halfway mark"],
        ],
        paras=P("""
Drilling of a third production well at the St George's Hill geothermal field is expected to begin in July, the
Ministry of Communications, Works, Labour and Energy has announced.

The well, known as MON-4, is intended to supply enough steam to allow Montserrat Utilities Limited to generate most
of the island's electricity from geothermal power and reduce its dependence on imported diesel.

Officials said a drilling rig and crew would arrive by sea in June and that the work would take about ten weeks.

The project is funded by a grant of 9.6 million pounds from the United Kingdom government, with technical support
from an engineering firm that carried out the earlier drilling.

The two wells drilled in 2013 and 2016 produced promising results, but a power plant has yet to be built, and
residents continue to pay some of the highest electricity rates in the region.

Minister Cleon Allen said at a press briefing on Tuesday that a cheaper and cleaner supply of power was essential
if Montserrat was to attract investment and bring home more of its people.

He said the government expected to announce the contractor for the power plant before the end of the year.
"""),
        must_have=[
            "Officials said a drilling rig and crew would arrive by sea in June and that the work would take about ten "
            "weeks.",
            "The project is funded by a grant of 9.6 million pounds from the United Kingdom government, with technical "
            "support from an engineering firm that carried out the earlier drilling.",
        ],
    ),
    # Vosges Matin: staff, "Par NAME" over a "Gérardmer | Le ... | mis à jour le ..." place-and-stamp line (the place is the edition, not a dateline), subscriber box, "Voir aussi" insert.
    dict(
        cluster="vosgesmatin-gerardmer-fete-des-jonquilles",
        role="single",
        file="vosgesmatin_gerardmer_fete_des_jonquilles_fr.txt",
        render="text",
        title="Gérardmer : la Fête des jonquilles a attiré 42.000 spectateurs",
        date="2025-04-13",
        dateline="",
        city=None,
        country="FR",
        region="europe",
        agency=None,
        authors=["Claire Mougenot"],
        editors=[],
        lang="fr",
        section=None,
        pre=[["Vosges Matin", "Actualité", "Épinal", "Saint-Dié", "Remiremont", "Sports", "Loisirs", "Mon journal"],
             ["Loisirs", "Fête populaire"]],
        head=[["Par Claire Mougenot"], ["Gérardmer | Le 13 avril 2025 à 19:05 | mis à jour le 13 avril 2025 à 21:30"]],
        inserts={3: ["Voir aussi", "Gérardmer : le lac retrouve son niveau normal après la sécheresse"]},
        tail=[["Cet article est réservé aux abonnés. Découvrez nos offres à partir de 1 \u20ac le premier mois."],
              ["Je m'abonne"],
              ["Les plus lus", "Épinal : la rue des Halles fermée pour travaux", "Remiremont : un nouveau cinéma en 2026"]],
        paras=P("""
Le soleil était au rendez-vous ce dimanche pour la 52e Fête des jonquilles de Gérardmer, qui a réuni environ 42.000
spectateurs le long du parcours, selon les organisateurs.

Vingt-quatre chars décorés de plus de 600.000 jonquilles cueillies dans les prés des Hautes-Vosges ont défilé dans
les rues de la ville, accompagnés de groupes musicaux venus d'Alsace, de Belgique et d'Allemagne.

La préparation des chars a mobilisé près de 1.500 bénévoles pendant toute la semaine, dont de nombreux élèves des
écoles du secteur.

Le thème retenu cette année, « Les contes et légendes », a inspiré des chars géants représentant le Petit Chaperon
rouge, un dragon ou encore la fée des eaux du lac.

« C'est une fête qui se transmet de génération en génération. Certaines familles cueillent les fleurs depuis
quarante ans », souligne la présidente du comité des fêtes, Martine Colin.

La fête n'a lieu qu'une année sur deux, en alternance avec d'autres animations au printemps.

Les organisateurs estiment que les retombées pour les commerces et les hébergements de la vallée dépassent
1,5 million d'euros.
"""),
        must_have=[
            "La préparation des chars a mobilisé près de 1.500 bénévoles pendant toute la semaine, dont de nombreux "
            "élèves des écoles du secteur.",
            "La fête n'a lieu qu'une année sur deux, en alternance avec d'autres animations au printemps.",
        ],
    ),
    # New Vision (Uganda): staff, "By NAME" with "Journalists @New Vision" role line, "Published at" time, "RELATED STORIES" insert, e-paper and WhatsApp lines.
    dict(
        cluster="newvision-mbarara-milk-prices-fall",
        role="single",
        file="newvision_mbarara_milk_prices_fall.txt",
        render="text",
        title="Mbarara dairy farmers count losses as milk prices drop to sh600",
        date="2025-03-06",
        dateline="",
        city=None,
        country="UG",
        region="africa",
        agency=None,
        authors=["Brian Ssekandi"],
        editors=[],
        lang="en",
        section=None,
        pre=[["New Vision", "News", "Business", "Sports", "Opinion", "Entertainment", "Farming", "E-Paper"]],
        head=[["By Brian Ssekandi", "Journalists @New Vision"], ["Published at 06:15 PM | Thursday 06 March 2025"]],
        inserts={2: ["RELATED STORIES", "Government to set up milk coolers in Kiruhura"]},
        tail=[["Subscribe to the New Vision e-paper to read today's newspaper"],
              ["Join our WhatsApp channel for the latest news"]],
        paras=P("""
Dairy farmers in Mbarara and the neighbouring districts of south-western Uganda say they are making losses after
farm-gate milk prices fell to between sh600 and sh700 per litre, down from sh1,100 at the end of last year.

Farmers blame the drop on a glut of milk as the rainy season set in, combined with reduced buying by processors who
say their storage is full and export orders have slowed.

A survey by the Mbarara District Farmers Association found that more than 40% of its members were selling milk
below the cost of production, which it estimates at about sh850 per litre.

"We are pouring milk away in some villages because the collectors do not come," said Grace Tumusiime, a farmer in
Rwanyamahembe.

Processors said exports to Kenya and the Democratic Republic of Congo had slowed in the past two months.

The Dairy Development Authority said it was working with processors to increase powdered milk production so that
surplus milk could be stored.

Uganda produces about 5.3 billion litres of milk a year, and dairy exports earned the country more than $200
million in 2024.
"""),
        must_have=[
            "A survey by the Mbarara District Farmers Association found that more than 40% of its members were selling "
            "milk below the cost of production, which it estimates at about sh850 per litre.",
            "Processors said exports to Kenya and the Democratic Republic of Congo had slowed in the past two months.",
        ],
    ),
    # Xinhua on the Times of Zambia: "LUSAKA, Aug. 29 (Xinhua) -- " dateline, "By Xinhua" line, stamp, subscription line and related list.
    dict(
        cluster="xinhua-lusaka-rainfall-forecast",
        role="single",
        file="timesofzambia_xinhua_lusaka_rainfall_forecast.txt",
        render="text",
        title="Zambia forecasts normal to above-normal rainfall after drought season",
        date="2024-08-29",
        dateline="LUSAKA, Aug. 29 (Xinhua) -- ",
        city="Lusaka",
        country="ZM",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Times of Zambia", "Home", "News", "Business", "Sport", "Features", "Columns", "Contact"]],
        head=[["By Xinhua"], ["August 29, 2024"]],
        tail=[["Related Posts", "Kafue Gorge lower plant to resume full generation", "ZESCO extends load-shedding schedule"],
              ["Times of Zambia \u00a9 2024 All rights reserved"]],
        paras=P("""
Zambia is expected to receive normal to above-normal rainfall during the 2024/2025 rainy season, the country's
weather agency said Thursday, bringing hope to farmers after a drought that devastated crops earlier this year.

The Zambia Meteorological Department said most parts of the country would receive good rains, with the southern
and western provinces likely to see normal rainfall and the northern half of the country above-normal amounts.

The rains are expected to start in the north in late October and reach the south by mid-November, the department
said in its seasonal forecast.

Minister of Green Economy and Environment Collins Mbewe urged farmers to plant early-maturing varieties and to
follow advice from agricultural extension officers.

Zambia declared a national disaster in February after a prolonged dry spell caused by the El Nino weather
phenomenon destroyed about a million hectares of maize.

The drought also reduced water levels at the Kariba dam, forcing the power utility to cut electricity supply for
up to 17 hours a day.

The meteorological department warned that some areas could experience flooding and dry spells during the season.
"""),
        must_have=[
            "The rains are expected to start in the north in late October and reach the south by mid-November, the "
            "department said in its seasonal forecast.",
            "The drought also reduced water levels at the Kariba dam, forcing the power utility to cut electricity "
            "supply for up to 17 hours a day.",
        ],
    ),
    # The Yorkshire Post (National World layout): staff, name over a role line, "Published"/"Updated" lines with ordinal days, "Comment" counter, newsletter sign-up lines, subscription promo.
    dict(
        cluster="yorkshirepost-bradford-city-of-culture-first-month",
        role="single",
        file="yorkshirepost_bradford_city_of_culture_visitors.txt",
        render="text",
        title="Bradford 2025: City of Culture draws 310,000 to events in first month",
        date="2025-02-12",
        dateline="",
        city=None,
        country="GB",
        region="europe",
        agency=None,
        authors=["Eleanor Pickersgill"],
        editors=[],
        lang="en",
        section=None,
        pre=[["The Yorkshire Post", "News", "Sport", "Business", "Farming", "Arts and Culture", "Opinion", "Subscribe"]],
        head=[["Eleanor Pickersgill", "Arts Correspondent"],
              ["Published 12th Feb 2025, 16:47 GMT", "Updated 12th Feb 2025, 17:20 GMT"],
              ["Comment"]],
        inserts={1: ["Sign up to our daily newsletter", "Sign up", "Thank you for signing up!"]},
        tail=[["Did you know with a Digital Subscription to The Yorkshire Post, you can get unlimited access to the website including our premium content, as well as benefiting from fewer ads, loyalty rewards and much more."]],
        paras=P("""
More than 310,000 people attended events in the first month of Bradford's year as UK City of Culture, organisers
have said.

The opening weekend in January, which included a light and sound show in Centenary Square, attracted about 80,000
people despite freezing temperatures.

Figures released by Bradford 2025 on Wednesday show that almost half of those who attended events lived in the
Bradford district, while about one in five travelled from outside Yorkshire.

The organisers said 2,400 volunteers had signed up to help during the year, more than twice the number expected.

Chief executive Ruth Varley said the figures showed that people in the district had embraced the programme. "We
always said this year had to be made with Bradford, not just for it, and the numbers tell us that is happening."

Businesses in the city centre reported a rise in footfall on event days, although some traders said the benefits
had not yet reached streets away from the main venues.

The programme includes more than 1,000 events across the district, with a major exhibition at Cartwright Hall
opening in April.
"""),
        must_have=[
            "Figures released by Bradford 2025 on Wednesday show that almost half of those who attended events lived in "
            "the Bradford district, while about one in five travelled from outside Yorkshire.",
            "The organisers said 2,400 volunteers had signed up to help during the year, more than twice the number "
            "expected.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_RTLTODAY = site("RTL Today", "https://today.rtl.example.lu", " - RTL Today", "en_GB", "@RTLToday",
                     ["Luxembourg", "Business & Tech", "International", "Sport", "Lifestyle", "Kids", "Live"],
                     ["\u00a9 RTL Luxembourg 2025", "Imprint", "Privacy", "Cookie settings"],
                     share=["Share", "Facebook", "X", "WhatsApp", "Copy link"],
                     cookie="We use cookies and similar technologies to improve your experience on RTL Today and to show you relevant advertising.",
                     buttons=["Accept all", "Manage choices"])
SITE_MONEYCONTROL = site("Moneycontrol", "https://www.moneycontrol.example.com", " - Moneycontrol", "en_IN", "@moneycontrolcom",
                         ["Markets", "News", "Portfolio", "Commodities", "Mutual Funds", "Personal Finance", "Moneycontrol Pro"],
                         ["Copyright \u00a9 e-Eighteen.com Ltd. All rights reserved.", "About Us", "Terms & Conditions"],
                         share=["Facebook", "X", "LinkedIn", "Telegram"], top=["Login", "Subscribe to PRO"])
SITE_NORDKURIER = site("Nordkurier", "https://www.nordkurier.example.de", " | Nordkurier.de", "de_DE", "@nordkurier",
                       ["Region", "Mecklenburg-Vorpommern", "Politik", "Wirtschaft", "Sport", "Ratgeber", "E-Paper"],
                       ["\u00a9 Nordkurier Mediengruppe GmbH & Co. KG", "Impressum", "Datenschutz", "AGB"],
                       share=["Artikel teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Abo", "Anmelden"])
SITE_NFP = site("Notes from Poland", "https://notesfrompoland.example.com", " - Notes from Poland", "en_GB", "@notesfrompoland",
                ["News", "Politics", "Society", "Business", "Culture", "History", "Podcast", "Support us"],
                ["\u00a9 Notes from Poland 2025", "About", "Contact", "Privacy policy"],
                share=["Facebook", "X", "LinkedIn", "Email"], end_class="credit-note")
SITE_NGIPUZKOA = site("Noticias de Gipuzkoa", "https://www.noticiasdegipuzkoa.example.eus", " | Noticias de Gipuzkoa", "es_ES", "@NoticiasDeGipuz",
                      ["Gipuzkoa", "Donostia", "Deportes", "Real Sociedad", "Economía", "Cultura", "Opinión"],
                      ["\u00a9 Noticias de Gipuzkoa 2025", "Aviso legal", "Política de cookies", "Contacto"],
                      share=["Compartir", "Facebook", "X", "WhatsApp"],
                      cookie="Este sitio web utiliza cookies propias y de terceros para analizar la navegación y mostrar publicidad personalizada.",
                      buttons=["Aceptar", "Rechazar", "Más opciones"])
SITE_SIC = site("SIC Notícias", "https://sicnoticias.example.pt", " | SIC Notícias", "pt_PT", "@SICNoticias",
                ["País", "Mundo", "Economia", "Desporto", "Cultura", "Opinião", "Programas", "Direto"],
                ["\u00a9 SIC Notícias 2025", "Estatuto editorial", "Termos e condições"],
                share=["Partilhar", "Facebook", "X", "WhatsApp", "E-mail"])
SITE_UOL = site("UOL", "https://noticias.uol.example.com.br", " - UOL Notícias", "pt_BR", "@UOLNoticias",
                ["Notícias", "Economia", "Esporte", "Entretenimento", "Carros", "Podcasts", "Assine UOL"],
                ["\u00a9 1996-2025 UOL - O melhor conteúdo", "Política de privacidade", "Segurança e privacidade"],
                share=["Compartilhe", "Facebook", "X", "WhatsApp", "Copiar link"])
SITE_MKINI = site("Malaysiakini", "https://www.malaysiakini.example.com", " - Malaysiakini", "en_MY", "@malaysiakini",
                  ["News", "Columns", "Letters", "Sabah & Sarawak", "Bernama", "Kini TV", "Subscribe"],
                  ["\u00a9 2025 Mkini Dotcom Sdn Bhd. All rights reserved.", "Privacy policy", "Contact us"],
                  share=["Share", "Facebook", "X", "Telegram"], top=["Log in", "Subscribe"])
SITE_MERCURY = site("The Mercury", "https://www.themercury.example.com.au", " | The Mercury", "en_AU", "@themercurycomau",
                    ["News", "Tasmania", "Sport", "AFL Tasmania", "Business", "Lifestyle", "Puzzles", "Obituaries"],
                    ["\u00a9 Davies Brothers Pty Ltd 2025", "Privacy Policy", "Terms of Use", "Editorial Code of Conduct"],
                    share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Log in"], skip="Skip to navigation")

HTML_STORIES = [
    # -- RTL Today (original of the AFP cluster): AFP-only byline, AFP caption credit "NAME / AFP" in upper case, "Read also" link, cookie wall --
    dict(
        LILONGWE,
        role="original",
        file="rtltoday_afp_lilongwe_tobacco_auctions.html",
        render="html",
        site=SITE_RTLTODAY,
        section="International",
        meta_section="International",
        url="https://today.rtl.example.lu/news/world/a/2240518.html",
        published="2025-03-26T15:48:00+01:00",
        modified="2025-03-26T15:48:00+01:00",
        ld_author=[{"@type": "Organization", "name": "AFP"}],
        byline_lines=["AFP"],
        date_lines=["26.03.2025 15:48"],
        caption="Workers carry bales of tobacco at the auction floors in Lilongwe.",
        credit="AMOS GUMBO / AFP",
        credit_shown="AMOS GUMBO / AFP",
        inserts={2: [("link", "Read also", "Zambia lifts maize export ban as harvest improves")]},
        tags=("Tags", ["Malawi", "Agriculture", "Africa"]),
        lists=[("Most read", ["Traffic: Roadworks on A4 until summer", "Luxembourg inflation slows in March"])],
    ),
    # -- Moneycontrol: Reuters copy "TAIPEI, May 20 (Reuters) - ", agency byline, IST stamp on a page that states +05:30, credits line, "first published" line, app promo --
    dict(
        cluster="reuters-taipei-export-orders-april",
        role="single",
        file="moneycontrol_reuters_taipei_export_orders.html",
        render="html",
        site=SITE_MONEYCONTROL,
        title="Taiwan April export orders jump 19% on AI server demand",
        date="2025-05-20",
        dateline="TAIPEI, May 20 (Reuters) - ",
        city="Taipei",
        country="TW",
        region="asia",
        agency="Reuters",
        authors=["Jin-hua Lai"],
        editors=["Owen Rutherford"],
        lang="en",
        section="World",
        meta_section="World",
        url="https://www.moneycontrol.example.com/news/world/taiwan-april-export-orders-jump-19-on-ai-server-demand-13048855.html",
        description="Orders for electronic products rose more than 30% from a year earlier.",
        published="2025-05-20T16:02:00+05:30",
        modified="2025-05-20T16:02:00+05:30",
        ld_author=[{"@type": "Organization", "name": "Reuters"}],
        breadcrumbs=["Home", "News", "World"],
        byline_lines=["Reuters"],
        date_lines=["May 20, 2025 / 16:02 IST"],
        end_lines=["(Reporting by Jin-hua Lai; Editing by Owen Rutherford)"],
        below_body=[("published", "first published: May 20, 2025 04:02 pm"),
                    ("promo", "Discover the latest Business News, Sensex, and Nifty updates. Obtain Personal Finance insights, tax queries, and expert opinions on Moneycontrol or download the Moneycontrol App to stay updated!")],
        lists=[("Trending News", ["Sensex ends higher as IT stocks gain", "Gold prices today: yellow metal slips"])],
        paras=P("""
Taiwan's export orders rose 19.2% in April from a year earlier, beating market expectations, as demand for
artificial intelligence servers and other high-end electronics remained strong, the economics ministry said on
Tuesday.

Economists polled by Reuters had forecast an increase of 12.5%, after a 16.1% rise in March.

Orders for electronic products, including chips, climbed 31.4% year on year, while orders for information and
communication products rose 27.8%.

Orders from the United States, Taiwan's largest market, rose 24.6%, and those from China increased 6.3%, the
ministry said.

The ministry expects export orders in May to grow between 9.5% and 14.1% from a year earlier, but warned that
uncertainty over U.S. tariffs could weigh on demand in the second half of the year.

Some customers brought forward orders ahead of possible tariff increases, a ministry official told reporters,
adding that it was too early to say whether the effect would last.

Export orders are a leading indicator of shipments two to three months ahead.
"""),
        must_have=[
            "Economists polled by Reuters had forecast an increase of 12.5%, after a 16.1% rise in March.",
            "Orders from the United States, Taiwan's largest market, rose 24.6%, and those from China increased 6.3%, "
            "the ministry said.",
        ],
    ),
    # -- Nordkurier: dpa court report "Stralsund (dpa/mv) - ", agency byline, caption credit "NAME/dpa" with "Symbolbild" prefix, "Lesen Sie auch" box, comment prompt --
    dict(
        cluster="dpa-stralsund-ferienwohnung-betrug-urteil",
        role="single",
        file="nordkurier_dpa_stralsund_ferienwohnungen_betrug_de.html",
        render="html",
        site=SITE_NORDKURIER,
        title="Betrug mit erfundenen Ferienwohnungen auf Rügen: Haft für 34-Jährigen",
        date="2025-01-29",
        dateline="Stralsund (dpa/mv) - ",
        city="Stralsund",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section="Mecklenburg-Vorpommern",
        meta_section="Mecklenburg-Vorpommern",
        url="https://www.nordkurier.example.de/mv/betrug-mit-erfundenen-ferienwohnungen-auf-ruegen-haft-fuer-34-jaehrigen-3162880",
        description="Der Mann hatte Urlaubern Wohnungen vermietet, die es nicht gab.",
        published="2025-01-29T13:12:00+01:00",
        modified="2025-01-29T13:40:00+01:00",
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        breadcrumbs=["Mecklenburg-Vorpommern", "Rügen"],
        byline_lines=["dpa"],
        date_lines=["29.01.2025, 13:12 Uhr", "Aktualisiert: 29.01.2025, 13:40 Uhr"],
        caption="Symbolbild: Eine Statue der Justitia.",
        credit="Hendrik Lorenzen/dpa",
        credit_shown="Hendrik Lorenzen/dpa",
        inserts={3: [("box", "Lesen Sie auch", ["Rügen: Zahl der Übernachtungen auf Rekordniveau", "Polizei warnt vor falschen Ferienhaus-Angeboten"])]},
        comments=["Kommentare", "Um zu kommentieren, melden Sie sich bitte an."],
        paras=P("""
Weil er Urlaubern Ferienwohnungen auf Rügen vermietet hat, die es gar nicht gab, muss ein 34-Jähriger für drei
Jahre und vier Monate ins Gefängnis. Das Landgericht Stralsund sprach den Mann am Mittwoch des gewerbsmäßigen
Betrugs in 96 Fällen schuldig.

Nach Überzeugung des Gerichts hatte der Angeklagte zwischen Herbst 2022 und Sommer 2023 auf mehreren
Internetportalen Wohnungen in Binz, Sellin und Göhren angeboten und von den Interessenten Anzahlungen verlangt.

Insgesamt entstand ein Schaden von rund 118.000 Euro. Die Fotos der Wohnungen hatte er von den Seiten echter
Vermieter kopiert.

Viele der Geschädigten stellten erst bei ihrer Ankunft auf der Insel fest, dass sie betrogen worden waren.

Der Mann hatte die Taten zum Prozessauftakt weitgehend gestanden. Er gab an, hohe Spielschulden gehabt zu haben.

Die Staatsanwaltschaft hatte vier Jahre Haft gefordert, die Verteidigung eine Bewährungsstrafe. Das Urteil ist
noch nicht rechtskräftig.

Die Polizei rät Urlaubern, bei Vorkasse-Forderungen von unbekannten Anbietern vorsichtig zu sein und Angebote
genau zu prüfen.
"""),
        must_have=[
            "Insgesamt entstand ein Schaden von rund 118.000 Euro.",
            "Viele der Geschädigten stellten erst bei ihrer Ankunft auf der Insel fest, dass sie betrogen worden waren.",
        ],
    ),
    # -- Notes from Poland: staff, plain name byline, "Main image credit:" line at the foot instead of a caption, donation appeal after the body --
    dict(
        cluster="notesfrompoland-lodz-factory-library",
        role="single",
        file="notesfrompoland_lodz_factory_library.html",
        render="html",
        site=SITE_NFP,
        title="Łódź to turn former cotton mill into city's largest library",
        date="2024-11-07",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency=None,
        authors=["Agnieszka Wolny"],
        editors=[],
        lang="en",
        section="Culture",
        meta_section="Culture",
        url="https://notesfrompoland.example.com/2024/11/07/lodz-to-turn-former-cotton-mill-into-citys-largest-library/",
        description="The city council approved the plan on Wednesday, with work due to start in 2026.",
        published="2024-11-07T11:30:00+01:00",
        modified="2024-11-07T11:30:00+01:00",
        meta_author="Agnieszka Wolny",
        byline_lines=["Agnieszka Wolny"],
        date_lines=["7 November 2024"],
        end_lines=["Main image credit: UMŁ (under CC BY-SA 4.0)"],
        below_body=[("support", "Notes from Poland is run by a small editorial team and published by an independent, non-profit foundation that is funded through donations from our readers. We cannot do what we do without your support."),
                    ("support-link", "Support us")],
        share_top=False,
        lists=[("Related articles", ["Warsaw opens new metro line section", "Polish museums record visitor boom"])],
        paras=P("""
The city of Łódź has approved a plan to turn a disused nineteenth-century cotton mill into a new central library,
which would be the largest public library in the city.

On Wednesday, city councillors voted to allocate 148 million zloty for the conversion of the red-brick building,
which stands in the Księży Młyn district, an area of former factories and workers' housing.

The library will have room for around 400,000 books, as well as reading rooms, a children's section, recording
studios and a café, according to plans presented by the city.

Work is due to begin in 2026 and to be completed by the end of 2028, with part of the cost covered by European Union
funds.

Łódź was once the centre of Poland's textile industry, but most of its mills closed after the fall of communism in
1989. Several have since been converted into shopping centres, lofts and museums.

The city's mayor said the project would help to bring life back to the district. "This building once gave work to
thousands of people. Now it will give them access to knowledge and culture," she said.

Some opposition councillors criticised the cost, saying the money should instead be spent on repairing existing
branch libraries.
"""),
        must_have=[
            "The library will have room for around 400,000 books, as well as reading rooms, a children's section, "
            "recording studios and a café, according to plans presented by the city.",
            "Work is due to begin in 2026 and to be completed by the end of 2028, with part of the cost covered by "
            "European Union funds.",
        ],
    ),
    # -- Noticias de Gipuzkoa: staff, upper-case name byline, stamp with "Actualizado a las", photographer-only credit, "Te puede interesar" link, cookie banner --
    dict(
        cluster="ngipuzkoa-donostia-pisos-turisticos-limite",
        role="single",
        file="noticiasdegipuzkoa_donostia_pisos_turisticos_es.html",
        render="html",
        site=SITE_NGIPUZKOA,
        title="Donostia prohibirá nuevos pisos turísticos en once barrios",
        date="2025-02-27",
        dateline="",
        city=None,
        country="ES",
        region="europe",
        agency=None,
        authors=["Ane Urdangarin"],
        editors=[],
        lang="es",
        section="Donostia",
        meta_section="Donostia",
        url="https://www.noticiasdegipuzkoa.example.eus/donostia/2025/02/27/donostia-prohibira-nuevos-pisos-turisticos-9183442.html",
        description="La modificación del plan general limita las viviendas de uso turístico en la mayor parte de la ciudad.",
        published="2025-02-27T06:00:00+01:00",
        modified="2025-02-27T09:15:00+01:00",
        meta_author="Ane Urdangarin",
        breadcrumbs=["Donostia", "Vivienda"],
        byline_lines=["ANE URDANGARIN"],
        date_lines=["27·02·25 | 06:00", "Actualizado a las 09:15"],
        caption="Turistas en la Parte Vieja de Donostia.",
        credit="Iker Azurmendi",
        credit_shown="Iker Azurmendi",
        inserts={2: [("link", "Te puede interesar:", "El precio del alquiler en Gipuzkoa sube un 7 % en un año")]},
        tags=("Temas", ["Vivienda", "Turismo", "Donostia"]),
        paras=P("""
El Ayuntamiento de Donostia prohibirá la apertura de nuevos pisos turísticos en once barrios de la ciudad, entre
ellos la Parte Vieja, el Centro, Gros y Amara, según la modificación del Plan General que el gobierno municipal
presentó ayer.

La ciudad cuenta actualmente con unas 1.950 viviendas de uso turístico registradas, de las que más de la mitad se
concentran en la Parte Vieja y el Centro.

En el resto de barrios solo se podrán abrir nuevos pisos turísticos en primeras plantas y siempre que el edificio
tenga acceso independiente para ese uso.

El concejal de Urbanismo, Mikel Etxeberria, defendió que la medida busca "proteger el derecho a la vivienda de los
donostiarras" y frenar la salida de vecinos de los barrios más tensionados.

La asociación de propietarios de viviendas turísticas anunció que estudiará recurrir la norma en los tribunales.

La modificación se someterá a exposición pública durante 45 días antes de su aprobación definitiva, prevista para
el otoño.

Donostia ya había aprobado en 2018 una primera ordenanza que limitaba este tipo de alojamientos en algunas zonas.
"""),
        must_have=[
            "La ciudad cuenta actualmente con unas 1.950 viviendas de uso turístico registradas, de las que más de la "
            "mitad se concentran en la Parte Vieja y el Centro.",
            "La modificación se someterá a exposición pública durante 45 días antes de su aprobación definitiva, prevista "
            "para el otoño.",
        ],
    ),
    # -- SIC Notícias: staff, name and house name on separate byline lines, "Atualizado" stamp, "Veja também" box, video label --
    dict(
        cluster="sic-setubal-urgencias-obstetricia-fechadas",
        role="single",
        file="sicnoticias_setubal_urgencias_obstetricia_pt.html",
        render="html",
        site=SITE_SIC,
        title="Urgência de obstetrícia do Hospital de Setúbal fecha aos fins de semana até março",
        date="2025-01-10",
        dateline="",
        city=None,
        country="PT",
        region="europe",
        agency=None,
        authors=["Joana Valente"],
        editors=[],
        lang="pt",
        section="País",
        meta_section="País",
        url="https://sicnoticias.example.pt/pais/2025-01-10-urgencia-de-obstetricia-do-hospital-de-setubal-fecha-aos-fins-de-semana-ate-marco-4a1c2f3e",
        description="As grávidas serão encaminhadas para o Hospital Garcia de Orta, em Almada.",
        published="2025-01-10T12:34:00Z",
        modified="2025-01-10T14:02:00Z",
        meta_author="Joana Valente",
        byline_lines=["Joana Valente", "SIC Notícias"],
        date_lines=["10 jan 2025, 12:34", "Atualizado 10 jan 2025, 14:02"],
        above_body=[("video-label", "Ver vídeo")],
        inserts={3: [("box", "Veja também", ["Centro de saúde do Seixal sem médicos de família para 12 mil utentes", "INEM reforça meios na Península de Setúbal"])]},
        paras=P("""
O serviço de urgência de ginecologia e obstetrícia do Hospital de São Bernardo, em Setúbal, vai estar encerrado aos
fins de semana até ao final de março, por falta de médicos para completar as escalas.

Segundo a Unidade Local de Saúde da Arrábida, as grávidas que precisem de cuidados urgentes entre sexta-feira à noite
e segunda-feira de manhã serão encaminhadas para o Hospital Garcia de Orta, em Almada, a cerca de 40 quilómetros.

A administração explica que a equipa de obstetrícia conta atualmente com nove especialistas, quando seriam
necessários pelo menos dezasseis para assegurar a urgência todos os dias.

O bloco de partos continuará a funcionar para as grávidas que já estejam internadas.

A Ordem dos Médicos considerou a situação preocupante e pediu ao Ministério da Saúde um plano para fixar
especialistas nos hospitais da Península de Setúbal.

Uma utente ouvida pela SIC contou que já tinha feito o plano de parto no hospital e que agora não sabe onde será
atendida.

Em 2024, o Hospital de São Bernardo registou cerca de 2.100 partos.
"""),
        must_have=[
            "A administração explica que a equipa de obstetrícia conta atualmente com nove especialistas, quando seriam "
            "necessários pelo menos dezasseis para assegurar a urgência todos os dias.",
            "O bloco de partos continuará a funcionar para as grávidas que já estejam internadas.",
        ],
    ),
    # -- UOL: staff, "NAME / Colaboração para o UOL, em Manaus" byline (a base inside the byline, not a dateline), "dd/mm/yyyy hhhmm" stamp, caption credited with a dash, "Leia também" link --
    dict(
        cluster="uol-manaus-rio-negro-seca-recorde",
        role="single",
        file="uol_manaus_rio_negro_seca_recorde_pt.html",
        render="html",
        site=SITE_UOL,
        title="Rio Negro atinge menor nível em 122 anos de medição em Manaus",
        date="2024-10-04",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Raimundo Lobato"],
        editors=[],
        lang="pt",
        section="Cotidiano",
        meta_section="Cotidiano",
        url="https://noticias.uol.example.com.br/cotidiano/ultimas-noticias/2024/10/04/rio-negro-menor-nivel-manaus.htm",
        description="O porto de Manaus registrou 12,41 metros nesta sexta-feira.",
        published="2024-10-04T14:22:00-03:00",
        modified="2024-10-04T14:22:00-03:00",
        meta_author="Raimundo Lobato",
        byline_lines=["Raimundo Lobato", "Colaboração para o UOL, em Manaus"],
        date_lines=["04/10/2024 14h22"],
        caption="Barcos encalhados no leito seco do rio Negro, na orla de Manaus.",
        credit="Raimundo Lobato/UOL",
        credit_shown="- Raimundo Lobato/UOL",
        inserts={2: [("link", "Leia também:", "Seca deixa 60 municípios do Amazonas em situação de emergência")]},
        paras=P("""
O rio Negro atingiu nesta sexta-feira (4) a marca de 12,41 metros no porto de Manaus, o menor nível registrado
desde o início das medições, em 1902, segundo o Serviço Geológico do Brasil.

A marca supera o recorde anterior, de 12,70 metros, registrado em outubro do ano passado, quando a região também
enfrentou uma seca severa.

Com o nível baixo, comunidades ribeirinhas ficaram isoladas e barcos que levam alimentos e combustível ao interior
do Amazonas tiveram de reduzir a carga.

A Defesa Civil do estado informou que mais de 600 mil pessoas foram afetadas pela estiagem em todo o Amazonas.

Na orla de Manaus, bancos de areia tomaram o lugar da água e flutuantes ficaram apoiados no leito seco.

"A gente nunca viu o rio assim. Para chegar ao barco, temos que andar quase um quilômetro na lama", disse o
pescador Francisco Souza.

Os especialistas do Serviço Geológico preveem que o rio ainda pode descer mais alguns centímetros antes do início
da cheia, esperado para novembro.
"""),
        must_have=[
            "A marca supera o recorde anterior, de 12,70 metros, registrado em outubro do ano passado, quando a região "
            "também enfrentou uma seca severa.",
            "A Defesa Civil do estado informou que mais de 600 mil pessoas foram afetadas pela estiagem em todo o "
            "Amazonas.",
        ],
    ),
    # -- Malaysiakini: Bernama copy "KOTA KINABALU, June 3 (Bernama) -- ", "Bernama" byline, "Published"/"Updated" lines, "-- BERNAMA" sign-off, subscription prompt --
    dict(
        cluster="bernama-kota-kinabalu-seaweed-output",
        role="single",
        file="malaysiakini_bernama_kota_kinabalu_seaweed_output.html",
        render="html",
        site=SITE_MKINI,
        title="Sabah seaweed output up 15 pct, state targets new export markets",
        date="2025-06-03",
        dateline="KOTA KINABALU, June 3 (Bernama) -- ",
        city="Kota Kinabalu",
        country="MY",
        region="asia",
        agency="Bernama",
        authors=[],
        editors=[],
        lang="en",
        section="Bernama",
        meta_section="Bernama",
        url="https://www.malaysiakini.example.com/news/744512",
        description="Production in Semporna, Kunak and Lahad Datu rose after better weather.",
        published="2025-06-03T16:12:00+08:00",
        modified="2025-06-03T16:40:00+08:00",
        ld_author=[{"@type": "Organization", "name": "Bernama"}],
        byline_lines=["Bernama"],
        date_lines=["Published: Jun 3, 2025 4:12 PM", "Updated: 4:40 PM"],
        end_lines=["-- BERNAMA"],
        below_body=[("paywall", "Subscribe to Malaysiakini to read the full coverage of Sabah and Sarawak.")],
        paras=P("""
Sabah's seaweed production rose by 15 per cent last year to about 21,400 tonnes of dried seaweed, driven by better
weather and the opening of new farming areas on the east coast, said state Agriculture, Fisheries and Food Industry
Minister Datuk Rosli Mantaring.

He said most of the production came from Semporna, Kunak and Lahad Datu, where more than 5,000 families depend on
seaweed farming for their income.

"We want to move from selling raw dried seaweed to processing it into carrageenan and other products here in
Sabah," he told reporters after launching a seaweed processing centre in Semporna today.

The state government is also working to open new markets in South Korea and the Middle East, in addition to China,
which currently buys about 70 per cent of Sabah's seaweed exports.

Rosli said security along the east coast had improved, allowing farmers to return to areas they had abandoned in
previous years.

The processing centre, built at a cost of RM8.5 million, can handle up to 3,000 tonnes of dried seaweed a year.
"""),
        must_have=[
            "He said most of the production came from Semporna, Kunak and Lahad Datu, where more than 5,000 families "
            "depend on seaweed farming for their income.",
            "The processing centre, built at a cost of RM8.5 million, can handle up to 3,000 tonnes of dried seaweed a "
            "year.",
        ],
    ),
    # -- The Mercury (Hobart, gzipped): staff, name and reading-time lines, early-morning AEDT stamp (previous day in UTC), "Picture:" credit, subscriber wall, "More Coverage" box --
    dict(
        cluster="mercury-hobart-cruise-ship-record-levy",
        role="single",
        file="themercury_hobart_cruise_ship_record_levy.html.gz",
        render="html",
        site=SITE_MERCURY,
        title="Cruise ship visits to Hobart hit record as council weighs passenger levy",
        date="2025-03-12",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Callum Ashby"],
        editors=[],
        lang="en",
        section="Tasmania",
        meta_section="Tasmania",
        url="https://www.themercury.example.com.au/news/tasmania/cruise-ship-visits-to-hobart-hit-record-as-council-weighs-passenger-levy/news-story/8f2a1c4e6b",
        description="A record 142 ships will dock in Hobart this season.",
        published="2025-03-12T05:00:00+11:00",
        modified="2025-03-12T05:00:00+11:00",
        meta_author="Callum Ashby",
        free=False,
        byline_lines=["Callum Ashby", "2 min read"],
        date_lines=["March 12, 2025 - 5:00AM"],
        caption="A cruise ship at Macquarie Wharf in Hobart.",
        credit="Rhys Pearce",
        credit_shown="Picture: Rhys Pearce",
        above_body=[("subscriber", "Subscriber only")],
        inserts={3: [("box", "More Coverage", ["Battery Point residents push for cruise bus limits", "Salamanca Market traders report bumper summer"])]},
        comments=["Join the conversation", "Comments are subject to our community guidelines."],
        paras=P("""
A record 142 cruise ship visits are expected in Hobart this season, bringing more than 280,000 passengers and crew
to the city, as the City of Hobart considers a levy to help pay for the wear and tear on its streets and facilities.

TasPorts figures show the number of ship calls has grown by almost a third since the 2022-23 season, the first full
season after cruising resumed following the pandemic.

A council report to be discussed next week proposes a charge of $5 for each passenger arriving on a cruise ship,
which could raise up to $1.2 million a year.

Council spokesman Martin Cray said the money would go toward public toilets, footpaths and rubbish collection in
the waterfront and Salamanca areas.

"Cruise visitors are welcome, but ratepayers should not have to carry all of the costs," she said.

Tourism Industry Council Tasmania warned that cruise lines could choose to skip Hobart if the charge was introduced
without consultation.

Businesses on the waterfront said ship days were among their busiest of the year, with some cafes doubling their
takings.
"""),
        must_have=[
            "A council report to be discussed next week proposes a charge of $5 for each passenger arriving on a cruise "
            "ship, which could raise up to $1.2 million a year.",
            "Tourism Industry Council Tasmania warned that cruise lines could choose to skip Hobart if the charge was "
            "introduced without consultation.",
        ],
    ),
]


# ---- news-please and trafilatura records ---------------------------------------

JSON_STORIES = [
    # news-please, Unitel (original of the EFE cluster): "Tarija (Bolivia), 10 mar (EFE).- " dateline, "Agencia EFE" head line, related list.
    dict(
        TARIJA,
        role="original",
        file="newsplease_unitel_efe_tarija_vendimia_granizo_es.json",
        render="newsplease",
        section=None,
        url="https://unitel.example.bo/economia/la-cosecha-de-uva-en-tarija-cae-un-30-por-las-granizadas-FN1204471",
        source_domain="unitel.example.bo",
        np_authors=["Agencia EFE"],
        np_publish="2025-03-10 15:20:00",
        np_modify=None,
        np_download="2025-03-11 02:14:09",
        head_lines=["Economía", "Agencia EFE", "10 de marzo de 2025, 15:20"],
        tail_lines=["Más noticias", "YPFB garantiza el abastecimiento de diésel en Santa Cruz"],
    ),
    # news-please, Sidwaya (Burkina Faso): staff, the writer's name printed after the body as "Given SURNAME", slogan line.
    dict(
        cluster="sidwaya-koudougou-sesame-prix",
        role="single",
        file="newsplease_sidwaya_koudougou_sesame_prix_fr.json",
        render="newsplease",
        title="Commercialisation du sésame : le kilo à 650 FCFA sur le marché de Koudougou",
        date="2024-11-15",
        dateline="",
        city=None,
        country="BF",
        region="africa",
        agency=None,
        authors=["Aminata Zongo"],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.sidwaya.example.info/commercialisation-du-sesame-le-kilo-a-650-fcfa-sur-le-marche-de-koudougou/",
        source_domain="www.sidwaya.example.info",
        description="Les producteurs du Boulkiemdé jugent le prix insuffisant au regard des coûts de production.",
        np_authors=[],
        np_publish="2024-11-15 10:05:00",
        np_modify=None,
        np_download="2024-11-16 06:40:51",
        head_lines=["Régions", "15 novembre 2024"],
        tail_lines=["Aminata ZONGO", "Sidwaya, le quotidien de tous les Burkinabè"],
        paras=P("""
La campagne de commercialisation du sésame a démarré dans la région du Centre-Ouest avec un prix moyen de 650 FCFA le
kilogramme sur le marché de Koudougou, contre 800 FCFA à la même période l'année dernière.

Selon la direction régionale du commerce, près de 1 200 tonnes de sésame ont été enregistrées sur les marchés de la
province du Boulkiemdé depuis le début du mois de novembre.

Les producteurs rencontrés estiment que ce prix ne couvre pas les coûts de production, notamment les semences, les
engrais et la main-d'oeuvre pour la récolte.

« Nous avons cultivé trois hectares cette année. Si le prix reste à ce niveau, nous allons stocker une partie de la
récolte en attendant une hausse », confie Boukaré Ouédraogo, producteur à Ramongo.

Les commerçants expliquent la baisse par le recul de la demande des acheteurs asiatiques et par l'abondance de
l'offre dans la sous-région.

Le sésame est le deuxième produit d'exportation agricole du Burkina Faso après le coton. Le gouvernement a fixé un
prix plancher de 600 FCFA le kilogramme pour la campagne 2024-2025.

Les autorités régionales appellent les producteurs à se regrouper en coopératives pour mieux négocier avec les
exportateurs.
"""),
        must_have=[
            "Selon la direction régionale du commerce, près de 1 200 tonnes de sésame ont été enregistrées sur les marchés "
            "de la province du Boulkiemdé depuis le début du mois de novembre.",
            "Le gouvernement a fixé un prix plancher de 600 FCFA le kilogramme pour la campagne 2024-2025.",
        ],
    ),
    # news-please, Tuoi Tre News: staff, "NAME - NAME / Tuoi Tre News" byline, weekday stamp with GMT+7, Facebook line and tags.
    dict(
        cluster="tuoitrenews-hcmc-high-tide-record",
        role="single",
        file="newsplease_tuoitrenews_hcmc_high_tide_record.json",
        render="newsplease",
        title="High tide hits record at Phu An station, flooding Ho Chi Minh City streets",
        date="2024-10-18",
        dateline="",
        city=None,
        country="VN",
        region="asia",
        agency=None,
        authors=["Ngoc Phuong", "Thanh Hiep"],
        editors=[],
        lang="en",
        section=None,
        url="https://tuoitrenews.example.vn/news/society/20241018/high-tide-hits-record-at-phu-an-station-flooding-ho-chi-minh-city-streets/82231.html",
        source_domain="tuoitrenews.example.vn",
        description="The water level at Phu An station reached 1.78 meters on Thursday evening.",
        np_authors=["Tuoi Tre News"],
        np_publish="2024-10-18 15:30:00",
        np_modify=None,
        np_download="2024-10-19 01:02:33",
        head_lines=["Society", "Ngoc Phuong - Thanh Hiep / Tuoi Tre News", "Fri, October 18, 2024, 15:30 GMT+7"],
        tail_lines=["Like us on Facebook or follow us on X to get the latest news about Vietnam!",
                    "Tags", "high tide", "flooding", "Ho Chi Minh City"],
        paras=P("""
The water level at Phu An station on the Saigon River reached 1.78 meters on Thursday evening, the highest ever
recorded there, flooding dozens of streets in Ho Chi Minh City, according to the Southern Regional Hydro-Meteorological
Center.

The previous record, 1.77 meters, was set in November 2019.

Streets in Thu Duc City, District 7 and Binh Thanh District were under 20 to 50 centimeters of water during the
evening rush hour, leaving many motorbikes stalled.

Residents of low-lying neighborhoods along canals used sandbags and small pumps to keep water out of their homes.

The center said the high tide was caused by the seasonal peak in the lunar cycle combined with strong northeast
winds, and warned that levels would remain high until Sunday.

The city has built a tide-control project costing nearly VND10 trillion (US$395 million) to protect about 570,000
residents, but it has not yet been put into full operation.

Authorities have advised people to avoid traveling in flooded areas during high tide hours, which are expected
between 5:00 pm and 8:00 pm.
"""),
        must_have=[
            "Streets in Thu Duc City, District 7 and Binh Thanh District were under 20 to 50 centimeters of water during "
            "the evening rush hour, leaving many motorbikes stalled.",
            "The center said the high tide was caused by the seasonal peak in the lunar cycle combined with strong "
            "northeast winds, and warned that levels would remain high until Sunday.",
        ],
    ),
    # trafilatura, VOL.AT: staff court report, name and weekday-stamp head lines, tip-line appeal; first category "Vorarlberg".
    dict(
        cluster="volat-feldkirch-buchhalterin-veruntreuung",
        role="single",
        file="trafilatura_volat_feldkirch_veruntreuung_urteil_de.json",
        render="trafilatura",
        title="Feldkirch: Buchhalterin zweigte 410.000 Euro ab - zwei Jahre Haft",
        date="2025-03-12",
        dateline="",
        city=None,
        country="AT",
        region="europe",
        agency=None,
        authors=["Katharina Moosbrugger"],
        editors=[],
        lang="de",
        section="Vorarlberg",
        url="https://www.vol.example.at/feldkirch/feldkirch-buchhalterin-zweigte-410-000-euro-ab-zwei-jahre-haft/9051742",
        hostname="www.vol.example.at",
        source_hostname="VOL.AT",
        description="Die 52-Jährige hatte über sechs Jahre Geld auf eigene Konten überwiesen.",
        tf_author="Katharina Moosbrugger",
        tf_date="2025-03-12",
        tf_language="de",
        categories="Vorarlberg;Feldkirch;Gericht",
        tf_tags="Landesgericht Feldkirch;Veruntreuung",
        head_lines=["Feldkirch", "Katharina Moosbrugger", "Mi, 12. März 2025, 15:47"],
        tail_lines=["Du hast einen Hinweis für uns? Schick uns deinen Tipp über WhatsApp oder per E-Mail.",
                    "Mehr aus Feldkirch"],
        paras=P("""
Eine 52-jährige Buchhalterin ist am Mittwoch am Landesgericht Feldkirch wegen schwerer Untreue zu zwei Jahren Haft
verurteilt worden, acht Monate davon unbedingt.

Die Frau hatte laut Anklage zwischen 2017 und 2023 insgesamt rund 410.000 Euro von den Konten eines
Installationsbetriebs im Bezirk Feldkirch auf eigene Konten überwiesen.

Um die Überweisungen zu verschleiern, buchte sie die Beträge als Zahlungen an Lieferanten. Aufgefallen war der
Schaden erst, als ein neuer Steuerberater die Bücher prüfte.

Vor Gericht zeigte sich die Angeklagte geständig. Sie habe mit dem Geld Schulden ihres früheren Partners bezahlt
und später den Überblick verloren, sagte sie.

Die Frau hat bisher rund 60.000 Euro zurückgezahlt. Der Richter verpflichtete sie, dem Unternehmen auch den
restlichen Schaden zu ersetzen.

Bei der Strafbemessung wertete das Gericht die Unbescholtenheit und das Geständnis als mildernd, den langen
Tatzeitraum als erschwerend.

Der Verteidiger kündigte an, das Urteil prüfen zu wollen. Die Staatsanwaltschaft gab zunächst keine Erklärung
ab. Das Urteil ist nicht rechtskräftig.
"""),
        must_have=[
            "Die Frau hatte laut Anklage zwischen 2017 und 2023 insgesamt rund 410.000 Euro von den Konten eines "
            "Installationsbetriebs im Bezirk Feldkirch auf eigene Konten überwiesen.",
            "Die Frau hat bisher rund 60.000 Euro zurückgezahlt.",
        ],
    ),
    # trafilatura, Messaggero Veneto: staff, name and date head lines, copyright and topic lines; first category "Udine".
    dict(
        cluster="messaggeroveneto-udine-far-east-film-festival",
        role="single",
        file="trafilatura_messaggeroveneto_udine_far_east_film_it.json",
        render="trafilatura",
        title="Far East Film Festival, 62mila presenze: è l'edizione dei record",
        date="2025-05-03",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Elisa Fabbro"],
        editors=[],
        lang="it",
        section="Udine",
        url="https://messaggeroveneto.example.it/udine/cronaca/2025/05/03/news/far-east-film-festival-62mila-presenze-1561402",
        hostname="messaggeroveneto.example.it",
        source_hostname="Messaggero Veneto",
        description="Sale piene al Teatro Nuovo Giovanni da Udine per i 75 film in programma.",
        tf_author="Elisa Fabbro",
        tf_date="2025-05-03",
        tf_language="it",
        categories="Udine;Cultura",
        tf_tags="Far East Film Festival;cinema",
        head_lines=["Udine", "Elisa Fabbro", "03 Maggio 2025"],
        tail_lines=["\u00a9 Riproduzione riservata", "Argomenti", "cinema", "festival"],
        paras=P("""
Si chiude con 62mila presenze la ventisettesima edizione del Far East Film Festival, che per nove giorni ha portato
a Udine il meglio del cinema popolare asiatico.

Il dato, diffuso ieri dagli organizzatori, supera di circa il 10 per cento quello dell'anno scorso, che già aveva
segnato un record.

I 75 film in programma, provenienti da dodici paesi, sono stati proiettati al Teatro Nuovo Giovanni da Udine e al
Visionario, con molte sale esaurite nei fine settimana.

Il pubblico è arrivato da tutta Italia e dall'estero: secondo il Centro Espressioni Cinematografiche, quasi un
accreditato su tre proveniva da fuori regione.

Il premio del pubblico è andato a una commedia sudcoreana ambientata in un piccolo villaggio di pescatori.

"Udine è diventata per una settimana la capitale europea del cinema asiatico", ha commentato la presidente del
festival, Marta Cudicio.

Gli albergatori del centro parlano di stanze tutte occupate e chiedono di prolungare il festival di qualche giorno.
"""),
        must_have=[
            "I 75 film in programma, provenienti da dodici paesi, sono stati proiettati al Teatro Nuovo Giovanni da Udine "
            "e al Visionario, con molte sale esaurite nei fine settimana.",
            "Il premio del pubblico è andato a una commedia sudcoreana ambientata in un piccolo villaggio di pescatori.",
        ],
    ),
    # trafilatura, Talamua Online (Samoa): staff, "By NAME" head line, bulletin-subscription tail; first category "Business".
    dict(
        cluster="talamua-apia-remittances-record",
        role="single",
        file="trafilatura_talamua_apia_remittances_record.json",
        render="trafilatura",
        title="Remittances reach new high of $820 million, says Central Bank",
        date="2025-03-18",
        dateline="",
        city=None,
        country="WS",
        region="oceania",
        agency=None,
        authors=["Losa Fa'alogo"],
        editors=[],
        lang="en",
        section="Business",
        url="https://talamua.example.ws/remittances-reach-new-high-of-820-million-says-central-bank/",
        hostname="talamua.example.ws",
        source_hostname="Talamua Online News",
        description="Most of the money came from New Zealand, Australia and the United States.",
        tf_author="Losa Fa'alogo",
        tf_date="2025-03-18",
        tf_language="en",
        categories="Business;Samoa",
        tf_tags="remittances;Central Bank of Samoa",
        head_lines=["Business", "By Losa Fa'alogo", "March 18, 2025"],
        tail_lines=["Subscribe to Talamua Media's daily news bulletin", "Talamua Online News \u00a9 2025"],
        paras=P("""
Private remittances sent home to Samoa reached a new high of $820 million tala in 2024, an increase of 9 percent on
the year before, according to the latest figures from the Central Bank of Samoa.

Most of the money came from families working in New Zealand, Australia and the United States, with New Zealand
alone accounting for about 42 percent of the total.

Remittances remain the country's largest source of foreign income, ahead of tourism, and are equal to almost a
third of the economy.

The Central Bank said a growing share was coming from workers on seasonal employment schemes in Australia and New
Zealand, who now number more than 9,000.

Economists have warned that the outflow of workers is creating labour shortages in Samoa, particularly in
construction and the hotel industry.

A money transfer operator in Apia, who asked not to be named, said transfers usually rose sharply before Mother's
Day, White Sunday and Christmas.

The Central Bank expects remittances to grow more slowly this year as living costs rise overseas.
"""),
        must_have=[
            "Remittances remain the country's largest source of foreign income, ahead of tourism, and are equal to almost "
            "a third of the economy.",
            "The Central Bank said a growing share was coming from workers on seasonal employment schemes in Australia "
            "and New Zealand, who now number more than 9,000.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_NATIONNEWS = site("Nation News", "https://www.nationnews.example.com", " - Nation News", "en_BB", "@NationNewsBB",
                       ["Local News", "Regional", "Business", "Sports", "Entertainment", "Opinion", "Classifieds"],
                       ["\u00a9 2025 Nation Publishing Co. Limited", "Terms of Use", "Privacy Policy"],
                       share=["Facebook", "X", "WhatsApp", "Email"])

JSONL_STORIES = [
    # newsbeam text shape: the AFP story on Macau Business (syndicated member of the AFP cluster), section and "By AFP" head lines, AFP copyright and related lines.
    dict(
        LILONGWE,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        section=None,
        url="https://www.macaubusiness.example.com/malawi-tobacco-auctions-open-with-prices-down-by-a-third/",
        nb_published="2025-03-26T15:40:00Z",
        outlet="Macau Business",
        nb_authors=["AFP"],
        head_lines=["World", "By AFP", "26 March 2025"],
        tail_lines=["\u00a9 Agence France-Presse", "Related posts", "Zimbabwe tobacco sales start strong on Chinese demand"],
    ),
    # trafilatura shape: the PTI story on Millennium Post (syndicated member of the PTI cluster), "PTI" author and stamp lines, "Share it" line; first category "Business".
    dict(
        COPRA,
        role="syndicated",
        file=JSONL_A,
        render="trafilatura",
        section="Business",
        url="https://www.millenniumpost.example.in/business/copra-prices-touch-three-year-high-in-kozhikode-market-592217",
        hostname="www.millenniumpost.example.in",
        source_hostname="Millennium Post",
        tf_author="PTI",
        tf_date="2025-01-09",
        tf_language="en",
        categories="Business;Markets",
        tf_tags="copra;Kerala",
        head_lines=["Business", "PTI", "9 Jan 2025 9:05 PM IST"],
        tail_lines=["Share it", "Top Stories", "Rupee settles 4 paise lower against US dollar"],
    ),
    # newsbeam html shape: CMC on Nation News (Barbados): "THE VALLEY, Anguilla, Apr 2, CMC – " dateline whose city begins with "The", "CMC" byline, AST stamp, comment prompt.
    dict(
        cluster="cmc-the-valley-anguilla-ai-domain-revenue",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_NATIONNEWS,
        title="Anguilla's .ai domain earnings top EC$300 million",
        date="2025-04-02",
        dateline="THE VALLEY, Anguilla, Apr 2, CMC \u2013 ",
        city="The Valley",
        country="AI",
        region="americas",
        agency="CMC",
        authors=[],
        editors=[],
        lang="en",
        section="Regional",
        meta_section="Regional",
        url="https://www.nationnews.example.com/2025/04/02/anguillas-ai-domain-earnings-top-ec300-million/",
        description="Fees from internet addresses ending in .ai now make up almost half of government revenue.",
        published="2025-04-02T14:05:00-04:00",
        modified="2025-04-02T14:05:00-04:00",
        nb_published="2025-04-02T18:05:00Z",
        outlet="Nation News",
        nb_authors=["CMC"],
        ld_author=[{"@type": "Organization", "name": "Caribbean Media Corporation"}],
        byline_lines=["CMC"],
        date_lines=["April 2, 2025 2:05 PM"],
        comments=["Leave a comment", "You must be logged in to post a comment."],
        paras=P("""
Anguilla earned more than EC$300 million from the sale and renewal of internet domain names ending in .ai last year,
the government said on Wednesday, as the boom in artificial intelligence continued to drive demand for the
territory's country code.

Finance Minister Kieran Richardson told legislators that domain fees brought in EC$308 million in 2024, compared
with EC$87 million in 2023, and accounted for almost half of total government revenue.

The number of registered .ai domains passed 600,000 at the end of February, he said.

Richardson said the government would use part of the money to pay down debt, build a new hospital wing and improve
roads damaged during the 2024 hurricane season.

"We must treat this as a windfall and not as a permanent feature of our economy. Technology markets change quickly,"
he said.

The opposition called for a sovereign wealth fund to save a share of the income for future generations.

Anguilla, a British overseas territory of about 16,000 people, has traditionally relied on high-end tourism for
most of its income.
"""),
        must_have=[
            "The number of registered .ai domains passed 600,000 at the end of February, he said.",
            "The opposition called for a sovereign wealth fund to save a share of the income for future generations.",
        ],
    ),
    # news-please shape: Tahiti Infos (French Polynesia), staff, "Papeete, le ... - " dateline with the date, evening stamp at UTC-10 (next day in UTC), "Lire aussi" and newsletter lines.
    dict(
        cluster="tahitiinfos-papeete-heiva-billetterie",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Heiva i Tahiti : la billetterie bat un record avant l'ouverture",
        date="2025-06-24",
        dateline="Papeete, le 24 juin 2025 - ",
        city="Papeete",
        country="PF",
        region="oceania",
        agency=None,
        authors=["Teva Mairai"],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.tahiti-infos.example.com/Heiva-i-Tahiti-la-billetterie-bat-un-record-avant-l-ouverture_a231884.html",
        source_domain="www.tahiti-infos.example.com",
        description="Plus de 31 000 places ont déjà été vendues pour les soirées de To'ata.",
        np_authors=["Teva Mairai"],
        np_publish="2025-06-24 18:30:00",
        np_modify=None,
        np_download="2025-06-25 08:11:47",
        head_lines=["Culture", "Teva Mairai", "Mardi 24 Juin 2025 - 18:30"],
        tail_lines=["Lire aussi", "Tahiti : les Tuaro Maohi reviennent à Papeete en juillet",
                    "Inscrivez-vous à la newsletter de Tahiti Infos"],
        paras=P("""
À dix jours de l'ouverture du Heiva i Tahiti, plus de 31 000 places ont déjà été vendues pour les soirées de
concours de chants et de danses à la place To'ata, un record selon Te Fare Tauhiti Nui, qui organise l'événement.

L'an dernier, 26 500 billets avaient été écoulés à la même période.

Cette année, dix groupes de danse et huit groupes de chant s'affronteront sur onze soirées, du 4 au 19 juillet.

Les organisateurs expliquent cette hausse par le retour de plusieurs grandes troupes absentes l'an dernier et par
l'arrivée de nombreux visiteurs venus de l'étranger.

« Les touristes découvrent le Heiva sur les réseaux sociaux et réservent avant même leurs billets d'avion », sourit
une responsable de la billetterie.

Le prix des places reste inchangé, de 1 500 à 6 500 francs selon la catégorie.

Quelques places restent disponibles pour les soirées en semaine, mais les deux dernières soirées affichent déjà
complet.
"""),
        must_have=[
            "Cette année, dix groupes de danse et huit groupes de chant s'affronteront sur onze soirées, du 4 au 19 "
            "juillet.",
            "Le prix des places reste inchangé, de 1 500 à 6 500 francs selon la catégorie.",
        ],
    ),
    # newsbeam text shape (gzipped batch): the EFE story on Red Uno (syndicated member of the EFE cluster), section / agency / stamp head lines, social-media line.
    dict(
        TARIJA,
        role="syndicated",
        file=JSONL_B,
        render="newsbeam",
        section=None,
        url="https://www.reduno.example.com.bo/nacional/la-cosecha-de-uva-en-tarija-cae-un-30-por-las-granizadas-2025310164500",
        nb_published="2025-03-10T20:45:00Z",
        outlet="Red Uno",
        nb_authors=["EFE"],
        head_lines=["Nacional", "EFE", "10/03/2025 16:45"],
        tail_lines=["Síguenos en nuestras redes sociales", "Red Uno de Bolivia \u00a9 2025"],
    ),
    # news-please shape (gzipped batch): ANP on Trouw: "KRALENDIJK (ANP) - " dateline, "ANP" head line, membership and reading-list lines.
    dict(
        cluster="anp-kralendijk-bonaire-sargassum-lac-bay",
        role="single",
        file=JSONL_B,
        render="newsplease",
        title="Bonaire kampt met recordhoeveelheid zeewier in Lac Bay",
        date="2025-05-08",
        dateline="KRALENDIJK (ANP) - ",
        city="Kralendijk",
        country="BQ",
        region="americas",
        agency="ANP",
        authors=[],
        editors=[],
        lang="nl",
        section=None,
        url="https://www.trouw.example.nl/binnenland/bonaire-kampt-met-recordhoeveelheid-zeewier-in-lac-bay~b6d2e81f/",
        source_domain="www.trouw.example.nl",
        description="Het openbaar lichaam zet extra mensen en machines in om het sargassum te ruimen.",
        np_authors=["ANP"],
        np_publish="2025-05-08 17:22:00",
        np_modify=None,
        np_download="2025-05-09 04:30:12",
        head_lines=["Binnenland", "ANP", "8 mei 2025, 17:22"],
        tail_lines=["Lees ook", "Sint Eustatius krijgt eigen drinkwaterfabriek",
                    "Steun onafhankelijke journalistiek en word abonnee van Trouw."],
        paras=P("""
Op Bonaire is de afgelopen weken een recordhoeveelheid zeewier aangespoeld in Lac Bay, de baai aan de oostkust van
het eiland die bekendstaat om zijn mangroven en windsurfers.

Volgens het openbaar lichaam Bonaire is sinds half april ruim 3.400 kubieke meter sargassum uit de baai gehaald,
meer dan in heel 2024.

Het rottende zeewier verspreidt een sterke geur en onttrekt zuurstof aan het water, waardoor vissen en zeegras in
de baai gevaar lopen.

Het openbaar lichaam heeft extra medewerkers en twee graafmachines ingezet. Ook worden drijvende barrières
geplaatst om nieuw zeewier buiten de baai te houden.

Surfscholen en strandtenten aan Lac Bay klagen over het wegblijven van toeristen. "Sommige dagen is het water
bruin en kun je er niet in", zegt de eigenaar van een surfschool.

Het Nederlandse ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur heeft 1,2 miljoen dollar
vrijgemaakt voor de aanpak van het zeewier op de Caribische eilanden van het Koninkrijk.

Onderzoekers verwachten dat het sargassumseizoen tot in september duurt.
"""),
        must_have=[
            "Volgens het openbaar lichaam Bonaire is sinds half april ruim 3.400 kubieke meter sargassum uit de baai "
            "gehaald, meer dan in heel 2024.",
            "Het openbaar lichaam heeft extra medewerkers en twee graafmachines ingezet.",
        ],
    ),
    # trafilatura shape (gzipped batch): The Phnom Penh Post, staff, "NAME" and "Publication date" head lines, Telegram line; first category "Business".
    dict(
        cluster="phnompenhpost-kampot-pepper-exports",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Kampot pepper exports rise 18% as Europe demand grows",
        date="2025-02-05",
        dateline="",
        city=None,
        country="KH",
        region="asia",
        agency=None,
        authors=["Hom Phanet"],
        editors=[],
        lang="en",
        section="Business",
        url="https://www.phnompenhpost.example.com/business/kampot-pepper-exports-rise-18-as-europe-demand-grows",
        hostname="www.phnompenhpost.example.com",
        source_hostname="The Phnom Penh Post",
        description="Exports of the geographical-indication pepper reached 142 tonnes last year.",
        tf_author="Hom Phanet",
        tf_date="2025-02-05",
        tf_language="en",
        categories="Business;Agriculture",
        tf_tags="Kampot pepper;exports",
        head_lines=["Business", "Hom Phanet", "Publication date 05 February 2025 | 18:04 ICT"],
        tail_lines=["Follow The Phnom Penh Post on Telegram for the latest news",
                    "Most Viewed", "Siem Reap airport passenger numbers climb"],
        paras=P("""
Exports of Kampot pepper rose 18 per cent last year to 142 tonnes, driven by growing demand in Europe and new buyers
in the Middle East, according to the Kampot Pepper Promotion Association.

The association said export earnings reached about $3.9 million, with France, Germany and Belgium remaining the
largest markets.

Kampot pepper, grown in Kampot and Kep provinces in southern Cambodia, has held geographical indication status in
the European Union since 2016, allowing it to be sold at a premium.

Red Kampot pepper, which is left on the vine until fully ripe, fetched up to $40 per kilogramme at the farm gate,
while black pepper sold for about $15.

Association president Sok Vuthy said more than 470 farming families were now registered to produce the pepper,
up from about 400 two years ago.

He said the main challenge was to protect the name from fake products sold abroad as Kampot pepper.

The Ministry of Commerce has said it will help producers attend more international trade fairs this year.
"""),
        must_have=[
            "The association said export earnings reached about $3.9 million, with France, Germany and Belgium remaining "
            "the largest markets.",
            "Red Kampot pepper, which is left on the vine until fully ripe, fetched up to $40 per kilogramme at the farm "
            "gate, while black pepper sold for about $15.",
        ],
    ),
]


HOLDOUT_NOTES = {
    "purpose": "twentieth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: The Mercury's article:published_time "
    "2025-03-12T05:00+11:00 is 11 March in UTC but 12 March in Hobart; Tahiti Infos's 'Mardi 24 Juin 2025 - 18:30' "
    "(UTC-10, 04:30 on the 25th in UTC) is 24 June, as its 'Papeete, le 24 juin 2025' opening says; Moneycontrol's "
    "'16:02 IST' and Millennium Post's '9:05 PM IST' agree with the wire datelines; the Pioneer Press 'UPDATED:', "
    "Nordkurier 'Aktualisiert:', Noticias de Gipuzkoa 'Actualizado a las', SIC Notícias 'Atualizado', Malaysiakini "
    "'Updated:', Vosges Matin 'mis à jour le' and Yorkshire Post 'Updated' stamps are updates; Moneycontrol's 'first "
    "published:' line is the publication time; The Yorkshire Post prints ordinal days ('12th Feb 2025')",
    "dateline_city": "'Kozhikode, Jan 9 (PTI) ' -> 'Kozhikode'; 'ROAD TOWN, Tortola, VI- ' -> 'Road Town' (Tortola is "
    "the island, VI the territory), country VG; 'GRAND FORKS, N.D. (AP) \u2014 ' -> 'Grand Forks' in North Dakota "
    "(country US, not Grand Forks, British Columbia); '(ANSA) - POTENZA, 18 SET - ' -> 'Potenza'; 'Mehmet KARAKUŞ/"
    "ŞANLIURFA, (DHA)- ' (DHA's opening: reporter, slash, place) -> 'Şanlıurfa'; 'LUSAKA, Aug. 29 (Xinhua) -- ' -> "
    "'Lusaka'; 'Lilongwe (AFP) - ' -> 'Lilongwe'; 'TAIPEI, May 20 (Reuters) - ' -> 'Taipei', country TW; 'Stralsund "
    "(dpa/mv) - ' -> 'Stralsund' ('mv' is dpa's Mecklenburg-Vorpommern desk); 'KOTA KINABALU, June 3 (Bernama) -- ' -> "
    "'Kota Kinabalu'; 'Tarija (Bolivia), 10 mar (EFE).- ' -> 'Tarija'; 'THE VALLEY, Anguilla, Apr 2, CMC \u2013 ' -> "
    "'The Valley' (the article is part of the capital's name), country AI; 'Papeete, le 24 juin 2025 - ' -> 'Papeete', "
    "country PF; 'KRALENDIJK (ANP) - ' -> 'Kralendijk', country BQ; the place in UOL's 'Colaboração para o UOL, em "
    "Manaus' is the reporter's base inside the byline, and Vosges Matin's 'Gérardmer | Le 13 avril 2025 ...' line is the "
    "edition and stamp, not a dateline, so those records are null; the other records have no dateline and take the "
    "country of the story's location",
    "country": "the British Virgin Islands (VG), Montserrat (MS), Anguilla (AI) and Bonaire (BQ, 'Bonaire, Sint Eustatius "
    "and Saba') are labelled with their own codes, not GB or NL; French Polynesia is PF, not FR; Taiwan is TW",
    "agency_names": "short names: 'PTI', 'AP', 'ANSA', 'DHA' (Demirören Haber Ajansı), 'Xinhua' ('By Xinhua' on the Times "
    "of Zambia), 'AFP' ('By AFP' and '\u00a9 Agence France-Presse' on Macau Business), 'Reuters', 'dpa', 'Bernama' "
    "('-- BERNAMA' sign-off), 'EFE' ('Agencia EFE' on Unitel), 'CMC' (Caribbean Media Corporation) and 'ANP'",
    "agency_null": "Virgin Islands News Online, The Montserrat Reporter, Vosges Matin, New Vision, The Yorkshire Post, "
    "Notes from Poland, Noticias de Gipuzkoa, SIC Notícias, UOL, The Mercury, Sidwaya, Tuoi Tre News, VOL.AT, Messaggero "
    "Veneto, Talamua Online News, Tahiti Infos and The Phnom Penh Post write their own copy; 'AMOS GUMBO / AFP' under "
    "RTL Today's picture is the photo credit of an AFP story, and 'Raimundo Lobato/UOL' is UOL's own reporter",
    "authors": "AP 'By KAYLA BRANDVOLD | The Associated Press' -> Kayla Brandvold; DHA 'Mehmet KARAKUŞ/ŞANLIURFA' -> "
    "'Mehmet Karakuş' (the upper-case surname in natural case); Reuters credits line '(Reporting by Jin-hua Lai; Editing "
    "by Owen Rutherford)' -> Jin-hua Lai (Moneycontrol bylines only 'Reuters'); Sidwaya prints its writer after the "
    "body as 'Aminata ZONGO' -> 'Aminata Zongo'; Tuoi Tre News 'Ngoc Phuong - Thanh Hiep / Tuoi Tre News' -> Ngoc Phuong, "
    "Thanh Hiep (two reporters joined by a dash; the part after the slash is the house name); UOL 'Raimundo Lobato' over "
    "'Colaboração para o UOL, em Manaus' -> 'Raimundo Lobato'; 'ANE URDANGARIN' -> 'Ane Urdangarin'; 'Posted on ... by "
    "Cassandra Weekes' -> 'Cassandra Weekes'; 'Par Claire Mougenot' -> 'Claire Mougenot'; 'By Brian Ssekandi' over "
    "'Journalists @New Vision' -> 'Brian Ssekandi'; 'Eleanor Pickersgill' over 'Arts Correspondent' -> the name only; "
    "'Joana Valente' over 'SIC Notícias' -> 'Joana Valente'; 'By Losa Fa'alogo' -> 'Losa Fa'alogo'; 'Source: PTI', "
    "'By Xinhua', 'AFP', 'By AFP', 'dpa', 'Bernama', 'CMC', 'EFE', 'Agencia EFE', 'ANP', 'PTI' and 'Tuoi Tre News' lines "
    "and JSON author fields holding them are agencies or placeholders, not authors",
    "editors": "Reuters 'Editing by Owen Rutherford' on Moneycontrol -> 'Owen Rutherford'; no other record names an editor",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text is kept as printed: RTL Today 'AMOS "
    "GUMBO / AFP' (upper case as AFP prints it); Nordkurier 'Hendrik Lorenzen/dpa'; Noticias de Gipuzkoa 'Iker "
    "Azurmendi'; UOL '- Raimundo Lobato/UOL' -> 'Raimundo Lobato/UOL' (the leading dash is a separator); The Mercury "
    "'Picture: Rhys Pearce' -> 'Rhys Pearce'; Notes from Poland shows no captioned picture (its 'Main image credit:' "
    "line at the foot is chrome), so caption and credit are null; the text, news-please and trafilatura records and the "
    "batched Nation News page show no captioned picture and are null",
    "section": "HTML pages: article:section ('International' on RTL Today, 'World' on Moneycontrol, "
    "'Mecklenburg-Vorpommern' on Nordkurier, 'Culture', 'Donostia', 'País', 'Cotidiano', 'Bernama' on Malaysiakini, "
    "'Tasmania' on The Mercury, and 'Regional' on the batched Nation News page); trafilatura: first category "
    "('Vorarlberg' on VOL.AT, 'Udine', 'Business' on Talamua, on the Millennium Post copy and on The Phnom Penh Post); "
    "text pages, news-please and newsbeam text records null, whatever section word the page prints near the title",
    "chrome": "agency-only byline lines, stamps ('Posted on', 'Giriş:', 'PUBLISHED: ... | UPDATED: ...', 'Last updated "
    "on:', 'first published:'), role lines under bylines, 'Source: PTI', Rediff's syndicated-feed disclaimer and PTI "
    "copyright, VINO's comment counter and comment disclaimer, WordPress 'Share this:' / 'Like this:' / 'Like "
    "Loading...' / 'Related' blocks, National World newsletter sign-up and subscription lines and the bare 'Comment' "
    "counter, 'LEGGI ANCHE', 'Voir aussi', 'RELATED STORIES', 'Te puede interesar', 'Leia também', 'Veja também', "
    "'Lesen Sie auch', 'Lire aussi', 'Lees ook' and 'Read also' links, Sidwaya's end-of-article name line and slogan, "
    "Notes from Poland's 'Main image credit:' line and donation appeal, Malaysiakini's '-- BERNAMA' sign-off and "
    "subscription line, The Mercury's 'Subscriber only' label and reading time, the Reuters credits line, the AP "
    "copyright line, Moneycontrol's app promo, tip-line, Telegram, WhatsApp, Facebook and Google News lines, paywall "
    "and subscription appeals, comment prompts, tag and topic lists are chrome; standfirsts are neither chrome nor body",
    "regions": "Italy, France, the United Kingdom, Germany, Poland, Spain, Portugal and Austria -> europe; the British "
    "Virgin Islands (VG), Montserrat (MS), Anguilla (AI), Bonaire (BQ, Caribbean in UN M49), the United States, Brazil "
    "and Bolivia -> americas; Malawi, Uganda, Zambia and Burkina Faso -> africa; India, Turkey (Western Asia in UN M49), "
    "Taiwan, Malaysia, Viet Nam and Cambodia -> asia; Australia, Samoa and French Polynesia -> oceania",
    "languages": "Turkish 'tr' (Posta/DHA) and Dutch 'nl' (Trouw/ANP) appear next to en, es, fr, pt, it and de; UOL writes "
    "Brazilian Portuguese and SIC Notícias European Portuguese; Sidwaya and Tahiti Infos write Burkinabè and Polynesian "
    "French",
    "vinewsonline_road_town_company_incorporations": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is "
    "labelled with the clean text; its must_have sentences contain no quotes or apostrophes; it kept neither the "
    "Facebook line nor the comment counter and disclaimer",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"by afp", "dha", "by xinhua", "cmc", "caribbean media corporation", "anp", "tuoi tre news",
                "sic notícias", "journalists @new vision", "arts correspondent", "new vision", "nation news",
                "macau business", "millennium post", "red uno", "unitel", "vol.at", "talamua online news"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
