#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninety-eighth development set (bench/dev_set98/, first written as the ninety-fifth held-out set).

    .venv/bin/python bench/dev_set98/_generate.py

Writes ``bench/dev_set98/articles/*`` and ``bench/dev_set98/labels.json`` (next to this
file).  Output is deterministic (gzip members use mtime=0 and no file name).
Every story is invented: people, quotes, companies and figures are fictional;
cities, countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (national
wires and national and regional papers and broadcasters in their ordinary
2023-2025 layouts); the other half brings publishers, wires, dateline, byline
and caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set97/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about getting around: a bridge reopening after flood
    repairs, a railway station restored, a school bus for a mountain village,
    a new rural bus route, a motorbike-taxi riders' cooperative, a new ferry
    boat across a bay, a driving school for women, a footbridge over a
    ravine, new stands for horse-drawn carriages, an island airstrip
    reopening, an island's first roundabout, buggy lanes, a town's first
    cycle lane, a road reaching a mountain village for the first time, a
    cable car reopening, a new bus station, a pedestrian street trial, a
    night bus, an ice road, a restored mule path, an e-bike hire scheme, a
    river ferry across a border, a village's first footpath, volunteer
    drivers for older people, traditional 'truck' buses back on the road, a
    rail trail, a wharf reopening and a ski-field shuttle.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout95_2025-a.jsonl"
JSONL_B = "crawl_holdout95_2025-b.jsonl.gz"


# ---- cluster: SONNA, Beledweyne (Radio Muqdisho scrape + copy on Mustaqbal Media in the plain batch) ----

SONNA = rec(
    cluster="sonna-beledweyne-bridge-reopened",
    title="Buundada Beledweyne oo dib loo furay kadib dayactir socday shan bilood",
    date="2024-04-18",
    dateline="Beledweyne (SONNA) \u2013 ",
    city="Beledweyne",
    country="SO",
    region="africa",
    agency="SONNA",
    lang="so",
    description="Buundada ayaa isku xirta labada dhinac ee magaalada oo uu kala qaybiyo webiga Shabeelle.",
    paras=P("""
Buundada weyn ee isku xirta labada dhinac ee magaalada Beledweyne ayaa maanta dib loogu furay gaadiidka iyo dadka lugeeya, kadib shan bilood oo dayactir ah.

Daadadkii webiga Shabeelle ayaa burburiyay qayb ka mid ah tiirarka buundada iyo waddada gaarsiisa, taasoo keentay in gaadiidka culus ay maraan waddo dheer oo dhex marta tuulooyinka.

Shaqaalaha ayaa dib u dhisay laba tiir oo jabay, waxay xoojiyeen dhismaha birta ah, waxayna labada dhinac ee buundada ku rakibeen derbiyo cusub oo ilaalinaya dadka lugeeya.

Sidoo kale waddada gaarsiisa buundada ayaa dib loo dhisay, waxaana loo sameeyay kanaalo qaada biyaha roobka si aysan mar kale u burburin.

Guddoomiyaha degmada Beledweyne ayaa sheegay in xiritaanka buundada uu saameyn weyn ku yeeshay ganacsatada, ardayda iyo bukaanada u baahan inay gaaraan isbitaalka magaalada.

Darawal baabuur xamuul ah, Cabdullaahi Xasan, ayaa sheegay in safarka u dhexeeya suuqa iyo xaafadaha bari uu hadda qaadanayo toban daqiiqo, halkii uu hore u qaadan jiray laba saacadood.

Mas'uuliyiinta ayaa ku amray in gaadiidka culus ay buundada u kala gudbaan mid mid si looga fogaado culeys xad-dhaaf ah.
"""),
    must_have=[
        "Shaqaalaha ayaa dib u dhisay laba tiir oo jabay, waxay xoojiyeen dhismaha birta ah, waxayna labada dhinac ee buundada ku rakibeen derbiyo cusub oo ilaalinaya dadka lugeeya.",
        "Sidoo kale waddada gaarsiisa buundada ayaa dib loo dhisay, waxaana loo sameeyay kanaalo qaada biyaha roobka si aysan mar kale u burburin.",
    ],
)

# ---- cluster: UzA, Qo'qon (Zamin.uz scrape + copy on Qalampir.uz in the plain batch) ----

UZA = rec(
    cluster="uza-kokand-railway-station-restored",
    title="Qo\u2018qon temir yo\u2018l vokzali ta\u02bcmirdan so\u2018ng yo\u2018lovchilarga eshik ochdi",
    date="2024-09-10",
    country="UZ",
    region="asia",
    agency="UzA",
    authors=["Dilnoza Rahimova"],
    lang="uz",
    description="Vokzal binosi XIX asr oxirida qurilgan bo\u2018lib, vodiydagi eng qadimiy temir yo\u2018l inshootlaridan biri hisoblanadi.",
    paras=P("""
Farg\u2018ona viloyatidagi Qo\u2018qon shahrining bir asrdan ortiq tarixga ega temir yo\u2018l vokzali ikki yillik ta\u02bcmirdan so\u2018ng yana yo\u2018lovchilarni kutib olmoqda.

Vokzal binosi XIX asr oxirida qurilgan bo\u2018lib, vodiydagi eng qadimiy temir yo\u2018l inshootlaridan biri hisoblanadi va me\u02bcmoriy yodgorlik sifatida davlat muhofazasiga olingan.

Ta\u02bcmirlash jarayonida binoning g\u2018isht devorlari mustahkamlandi, tom yopmasi almashtirildi va eski naqshinkor shiftlar usta naqqoshlar tomonidan asl holiga keltirildi.

Kutish zalida nogironligi bor yo\u2018lovchilar uchun qiya yo\u2018laklar, bepul simsiz internet va bolali onalar uchun alohida xona tashkil etildi.

Vokzal boshlig\u2018i Sherzod Mamatovning ma\u02bclum qilishicha, endilikda Toshkent yo\u2018nalishidagi poyezdlarga chiptalarni vokzal kassasi va elektron terminallar orqali xarid qilish mumkin.

Bino ichida shahar va temir yo\u2018l tarixiga bag\u2018ishlangan kichik ko\u2018rgazma ham ochilgan bo\u2018lib, unda eski fotosuratlar, chiptalar va temir yo\u2018lchilarning formalari namoyish etilmoqda.

Mahalliy aholi vakillari vokzalning asl ko\u2018rinishi saqlab qolinganidan mamnun ekanini bildirdi.

Hozirda vokzal orqali har kuni o\u2018rtacha ikki mingga yaqin yo\u2018lovchi qatnaydi.

Kelgusi yilda vokzal oldidagi maydonni obodonlashtirish, u yerda avtobus bekatlari va taksi to\u2018xtash joylarini qurish ishlari ham rejalashtirilgan.
"""),
    must_have=[
        "Ta\u02bcmirlash jarayonida binoning g\u2018isht devorlari mustahkamlandi, tom yopmasi almashtirildi va eski naqshinkor shiftlar usta naqqoshlar tomonidan asl holiga keltirildi.",
        "Kutish zalida nogironligi bor yo\u2018lovchilar uchun qiya yo\u2018laklar, bepul simsiz internet va bolali onalar uchun alohida xona tashkil etildi.",
    ],
)

# ---- cluster: JIS, Hagley Gap (Our Today gzipped page + copy on Western Mirror in the gzipped batch) ----

JIS = rec(
    cluster="jis-hagley-gap-school-bus",
    title="Hagley Gap students get their first school bus",
    date="2024-09-04",
    country="JM",
    region="americas",
    agency="JIS",
    authors=["Shanique Barrett-Morgan"],
    lang="en",
    description="The 30-seat bus will take children from the Blue Mountain community to schools in Mavis Bank.",
    paras=P("""
Students in the mountain community of Hagley Gap, St Thomas, no longer have to walk for more than an hour along steep, narrow roads to reach school, after the Ministry of Education handed over a bus to the community on Tuesday.

The 30-seat vehicle, operated by the parent-teacher association, will make two trips each morning and afternoon between Hagley Gap, Penlyne and the schools in Mavis Bank.

Parents will pay a reduced fare for each trip, while students on the Programme of Advancement Through Health and Education (PATH) will travel free of charge.

The bus has been fitted with seat belts, a first-aid kit and a two-way radio so that the driver can stay in contact with the school in case of a breakdown on the mountain road.

Regional director Dr Marcia Pennycooke said long journeys on foot had been a major reason for lateness and absence.

Community leader Everton Bailey said some parents had been paying taxis up to $1,000 a day.

The Ministry said three other rural communities will receive buses before the end of the school year.
"""),
    must_have=[
        "Parents will pay a reduced fare for each trip, while students on the Programme of Advancement Through Health and Education (PATH) will travel free of charge.",
        "The bus has been fitted with seat belts, a first-aid kit and a two-way radio so that the driver can stay in contact with the school in case of a breakdown on the mountain road.",
    ],
)

# ---- cluster: Teesdale Mercury page + noisy re-scrape ----

TM = rec(
    cluster="teesdalemercury-upper-dale-bus-route",
    title="New bus route links upper dale villages with Barnard Castle",
    date="2024-10-24",
    country="GB",
    region="europe",
    authors=["Harriet Kirkbride"],
    lang="en",
    caption="The first bus on the new route at Middleton-in-Teesdale.",
    credit="Jack Dowson",
    paras=P("""
A new bus service linking the villages of upper Teesdale with Barnard Castle began running this week, restoring a daily connection that residents lost when the previous route was withdrawn two years ago.

The service runs from Forest-in-Teesdale through Newbiggin and Middleton-in-Teesdale to Barnard Castle, with four journeys a day from Monday to Saturday.

The buses are timed to meet the start and end of the working day in Barnard Castle and to connect with services to Darlington and Bishop Auckland.

Each of the two minibuses has a low floor and space for a wheelchair, and drivers will stop anywhere along the route where it is safe to do so.

The route is funded for three years by Durham County Council and run by a community transport group based in Middleton.

Parish councillor Margaret Bainbridge said older residents without cars had been relying on lifts from neighbours to reach the doctor, the bank and the weekly market.

Passengers with a concessionary bus pass travel free, and a day ticket for other adults costs five pounds.

"""),
    must_have=[
        "The buses are timed to meet the start and end of the working day in Barnard Castle and to connect with services to Darlington and Bishop Auckland.",
        "Each of the two minibuses has a low floor and space for a wheelchair, and drivers will stop anywhere along the route where it is safe to do so.",
    ],
)
TM_PRE = ["Teesdale Mercury", "News", "Sport", "Farming", "Community", "Nostalgia", "Subscribe"]
TM_HEAD = ["News", "By Harriet Kirkbride", "Thursday, 24 October 2024"]
TM_CAP = ["The first bus on the new route at Middleton-in-Teesdale. Picture: Jack Dowson"]
TM_TAIL = [["Buy the Teesdale Mercury every Thursday, in print and online."],
           ["More news"],
           ["Cotherstone village hall reopens after flood repairs"],
           ["\u00a9 2024 Teesdale Mercury Ltd"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Teesdale Mercury (Barnard Castle weekly): original of the re-scrape cluster; 'By' byline under a section label,
    # 'Picture:' credit after the caption.
    dict(TM, role="original", file="teesdalemercury_upper_dale_bus_route.txt", render="text",
         pre=[TM_PRE], head=[TM_HEAD, ["Share", "Facebook", "X", "Email"]], cap_lines=TM_CAP,
         inserts={2: ["Advertisement"], 4: ["READ MORE:", "Romaldkirk bridge weight limit comes into force"]},
         tail=TM_TAIL),
    dict(TM, role="rescrape", file="teesdalemercury_upper_dale_bus_route_rescrape.txt.gz", render="text", noise=True,
         pre=[TM_PRE], head=[TM_HEAD], cap_lines=TM_CAP,
         inserts={4: ["READ MORE:", "Romaldkirk bridge weight limit comes into force"]},
         tail=[["Subscribe to read the Mercury online"], *TM_TAIL]),
    # Radio Muqdisho (Somali state radio's site, Somali): original of the SONNA cluster; 'Beledweyne (SONNA) –' dateline
    # (city, the agency in brackets, a dash), 'Xigasho: SONNA' (source) line.
    dict(SONNA, role="original", file="radiomuqdisho_sonna_beledweyne_buundada_so.txt", render="text",
         pre=[["Radio Muqdisho", "Bogga Hore", "Wararka", "Siyaasadda", "Dhaqaalaha", "Ciyaaraha", "Toos"]],
         head=[["Wararka"], ["18 Abriil 2024"]],
         inserts={2: ["Xayeysiis"], 4: ["Akhri sidoo kale:", "Jowhar: Waddada isku xirta tuulooyinka Shabeellaha Dhexe oo la dayactiray"]},
         tail=[["Xigasho: SONNA"], ["La wadaag", "Facebook", "X", "WhatsApp"], ["Warar la xiriira"],
               ["\u00a9 2024 Radio Muqdisho. Xuquuqda way dhowran tahay."]]),
    # Zamin.uz (Tashkent news site, Uzbek in Latin script): original of the UzA cluster; no dateline, the UzA correspondent
    # signs at the end ('Name, O‘zA muxbiri' = UzA correspondent), 'Manba: O‘zA' (source) line.
    dict(UZA, role="original", file="zamin_uza_qoqon_vokzal_uz.txt", render="text",
         pre=[["Zamin.uz", "Yangiliklar", "O\u2018zbekiston", "Jamiyat", "Iqtisodiyot", "Sport", "Dunyo"]],
         head=[["Jamiyat"], ["10.09.2024, 15:32"]],
         inserts={2: ["Reklama"], 4: ["Shuningdek o\u2018qing:", "Namanganda yangi avtobus yo\u2018nalishlari ishga tushirildi"]},
         tail=[["Dilnoza Rahimova, O\u2018zA muxbiri"], ["Manba: O\u2018zA"], ["Ulashish", "Telegram", "Facebook"],
               ["\u00a9 2024 Zamin.uz. Barcha huquqlar himoyalangan."]]),
    # Tamtaminfo (Niamey news site, French): staff, kabou-kabou (motorbike-taxi) riders' cooperative in Zinder; 'Par NAME,
    # correspondant à Zinder' byline (the role and town after the comma are not part of the name).
    rec(cluster="tamtaminfo-zinder-kabou-kabou-cooperative", role="single", file="tamtaminfo_zinder_kabou_kabou_fr.txt", render="text",
        title="Zinder : les conducteurs de kabou-kabou se regroupent en coopérative",
        date="2024-06-06", country="NE", region="africa", lang="fr", authors=["Issoufou Maman Sani"],
        pre=[["Tamtaminfo", "Accueil", "Actualités", "Politique", "Société", "Économie", "Régions", "Sport"]],
        head=[["Société"], ["Par Issoufou Maman Sani, correspondant à Zinder"], ["6 juin 2024"]],
        inserts={2: ["Publicité"], 4: ["À lire aussi :", "Maradi : le marché à bétail de Tessaoua réhabilité"]},
        tail=[["Partager", "Facebook", "WhatsApp", "X"], ["Articles similaires"],
              ["\u00a9 2024 Tamtaminfo. Tous droits réservés."]],
        paras=P("""
Plus de trois cents conducteurs de motos-taxis, appelés kabou-kabou, ont créé à Zinder une coopérative qui veut améliorer leurs conditions de travail et la sécurité de leurs passagers.

Jusqu'ici, chaque conducteur travaillait seul, souvent sur une moto louée à la journée, sans assurance ni casque pour lui ou pour son client.

Grâce aux cotisations de ses membres, la coopérative a acheté deux cents casques et négocié avec une compagnie d'assurance un contrat collectif à un tarif réduit.

Chaque membre porte désormais un gilet numéroté, ce qui permet aux passagers de signaler un conducteur imprudent ou de retrouver un objet oublié.

Le président de la coopérative, Abdoulaye Issa, explique que des séances de formation au code de la route seront organisées chaque mois avec l'appui de la police municipale.

La coopérative envisage aussi d'aider ses membres à acheter leur propre moto grâce à un système de crédit remboursable par petites sommes chaque semaine.

À Zinder comme dans les autres grandes villes du pays, le kabou-kabou reste le moyen de transport le plus utilisé, faute de bus urbains.
"""),
        must_have=[
            "Grâce aux cotisations de ses membres, la coopérative a acheté deux cents casques et négocié avec une compagnie d'assurance un contrat collectif à un tarif réduit.",
            "Chaque membre porte désormais un gilet numéroté, ce qui permet aux passagers de signaler un conducteur imprudent ou de retrouver un objet oublié.",
        ]),
    # Masvingo Star (Zimpapers weekly): staff, a footbridge over a gully in Bikita; 'From NAME in PLACE' byline (the Zimpapers
    # formula naming where the reporter filed from; not a dateline).
    rec(cluster="masvingostar-bikita-gully-footbridge", role="single", file="masvingostar_bikita_footbridge.txt", render="text",
        title="Pupils cross gully safely as new footbridge opens in Bikita",
        date="2024-08-16", country="ZW", region="africa", lang="en", authors=["Tafadzwa Muchena"],
        pre=[["Masvingo Star", "Home", "News", "Business", "Sport", "Entertainment", "Opinion"]],
        head=[["News"], ["From Tafadzwa Muchena in Bikita"], ["Friday, August 16, 2024"]],
        inserts={2: ["Advertisement"], 4: ["Related:", "Zaka farmers welcome new road to Jerera"]},
        tail=[["Share", "Facebook", "X", "WhatsApp"], ["Masvingo Star is published by Zimpapers"],
              ["\u00a9 2024 Zimpapers. All rights reserved."]],
        paras=P("""
Pupils at a primary school in Bikita no longer have to scramble through a deep gully to get to their lessons, after villagers and a local development trust completed a footbridge across the ravine.

The gully, which grows wider every rainy season, had cut off three villages from the school and the nearest clinic, and floods during heavy rains forced the school to close early on several occasions.

The 40-metre bridge is made of steel cables and wooden planks, with wire mesh along both sides so that small children cannot slip through.

Villagers provided sand, stones and labour, while the trust paid for the cables, cement and the services of an engineer who supervised the work.

School head Mrs Charity Mudzingwa said attendance usually dropped by almost half during the rainy season because parents feared for their children's safety.

Village head Samson Chirume said the bridge would also help farmers take their produce to the business centre on market days.

The trust plans to build two more footbridges in the district next year.
"""),
        must_have=[
            "The 40-metre bridge is made of steel cables and wooden planks, with wire mesh along both sides so that small children cannot slip through.",
            "Villagers provided sand, stones and labour, while the trust paid for the cables, cement and the services of an engineer who supervised the work.",
        ]),
    # Radio Bayamo (Granma provincial radio, Cuban Spanish): staff, new stands for the horse-drawn carriages of Bayamo; 'Por:' byline
    # with a colon, 'Foto:' credit after the caption.
    rec(cluster="radiobayamo-coches-de-caballos-paradas", role="single", file="radiobayamo_paradas_coches_es.txt", render="text",
        title="Estrenan en Bayamo nuevas paradas techadas para los coches de caballos",
        date="2024-07-22", country="CU", region="americas", lang="es", authors=["Yunior Aguilera Rosales"],
        caption="Una de las nuevas paradas de coches en el centro de Bayamo.", credit="Leonel Escalona Furones",
        pre=[["Radio Bayamo", "Inicio", "Granma", "Cuba", "Internacionales", "Deportes", "Cultura", "En vivo"]],
        head=[["Granma"], ["Por: Yunior Aguilera Rosales"], ["22 julio, 2024"]],
        cap_lines=["Una de las nuevas paradas de coches en el centro de Bayamo. Foto: Leonel Escalona Furones"],
        inserts={3: ["Lea también:", "Reparan viales en el reparto Siboney de Bayamo"]},
        tail=[["Compartir", "Facebook", "X", "Telegram"], ["Deja un comentario"],
              ["\u00a9 2024 Radio Bayamo. Emisora provincial de Granma."]],
        paras=P("""
Los cocheros de Bayamo, ciudad conocida en Cuba como la de los coches, cuentan desde esta semana con seis nuevas paradas techadas en los principales puntos de la ciudad.

Los coches de caballos siguen siendo uno de los medios de transporte más usados por los bayameses, sobre todo para ir al hospital, a la terminal de ómnibus y a los mercados.

Cada parada tiene un techo de tejas para proteger a los pasajeros del sol, bancos de madera, un bebedero para los caballos y un cartel con las tarifas de cada recorrido.

Además, se señalizó una nueva ruta que une el reparto Jesús Menéndez con el Hospital Provincial Carlos Manuel de Céspedes, muy solicitada por los pacientes y sus familiares.

El cochero Rafael Arias, con más de veinte años en el oficio, dijo que las nuevas paradas ayudan a organizar el trabajo y evitan que los coches se detengan en cualquier lugar.

Las autoridades del transporte recordaron que los caballos deben ser revisados cada tres meses por un veterinario.

En Bayamo circulan actualmente más de cuatrocientos coches de caballos.
"""),
        must_have=[
            "Cada parada tiene un techo de tejas para proteger a los pasajeros del sol, bancos de madera, un bebedero para los caballos y un cartel con las tarifas de cada recorrido.",
            "Además, se señalizó una nueva ruta que une el reparto Jesús Menéndez con el Hospital Provincial Carlos Manuel de Céspedes, muy solicitada por los pacientes y sus familiares.",
        ]),
    # Radio Atlantique (Saint-Pierre radio, French): staff, the Miquelon airstrip reopens after resurfacing; 'Par' byline.
    rec(cluster="radioatlantique-miquelon-airstrip-reopens", role="single", file="radioatlantique_miquelon_aerodrome_fr.txt", render="text",
        title="L'aérodrome de Miquelon rouvert après la réfection de sa piste",
        date="2024-06-27", country="PM", region="americas", lang="fr", authors=["Maïté Arozamena"],
        pre=[["Radio Atlantique", "Accueil", "Infos locales", "Sports", "Agenda", "Podcasts", "Écouter en direct"]],
        head=[["Infos locales"], ["Par Maïté Arozamena"], ["27 juin 2024"]],
        inserts={2: ["Publicité"], 4: ["À lire aussi :", "Travaux sur la route de l'Anse à Henry cet été"]},
        tail=[["Partager", "Facebook", "X", "E-mail"], ["Radio Atlantique, la radio de l'archipel"],
              ["\u00a9 2024 Radio Atlantique"]],
        paras=P("""
Les vols entre Saint-Pierre et Miquelon ont repris mercredi après trois semaines d'interruption, le temps de refaire entièrement le revêtement de la piste de l'aérodrome de Miquelon.

Pendant les travaux, les habitants de Miquelon n'avaient plus que la liaison maritime pour rejoindre Saint-Pierre, une traversée souvent annulée lorsque la mer est mauvaise.

Les ouvriers ont raboté l'ancien enrobé, renforcé les bords de la piste et posé une nouvelle couche de bitume avant de refaire le marquage au sol.

Les feux de balisage ont également été remplacés par des lampes plus puissantes, ce qui doit permettre aux avions d'atterrir plus souvent quand la brume se lève en fin de journée.

Le chantier avait été avancé au début de l'été pour profiter de conditions météorologiques plus favorables.

Une habitante de Miquelon, Maryvonne Detcheverry, a dit son soulagement de pouvoir à nouveau se rendre à l'hôpital de Saint-Pierre en vingt minutes.

La compagnie aérienne assure désormais deux allers-retours par jour entre les deux îles, sauf le dimanche.
"""),
        must_have=[
            "Les ouvriers ont raboté l'ancien enrobé, renforcé les bords de la piste et posé une nouvelle couche de bitume avant de refaire le marquage au sol.",
            "Les feux de balisage ont également été remplacés par des lampes plus puissantes, ce qui doit permettre aux avions d'atterrir plus souvent quand la brume se lève en fin de journée.",
        ]),
    # Uttar Ujala (Haldwani daily, Hindi): correspondent's copy, a road reaches a border village for the first time;
    # 'पिथौरागढ़।' dateline (city closed by the danda), 'संवाददाता' (correspondent) byline naming no one.
    rec(cluster="uttarujala-pithoragarh-village-road", role="single", file="uttarujala_pithoragarh_gaon_sadak_hi.txt", render="text",
        title="आज़ादी के 77 साल बाद गांव तक पहुंची सड़क, पहली बार आई बस",
        date="2024-11-19", dateline="पिथौरागढ़। ", city="Pithorāgarh", country="IN", region="asia", lang="hi",
        pre=[["उत्तर उजाला", "होम", "उत्तराखंड", "नैनीताल", "देश", "दुनिया", "खेल", "मनोरंजन"]],
        head=[["उत्तराखंड"], ["संवाददाता"], ["19 नवंबर 2024"]],
        inserts={2: ["विज्ञापन"], 4: ["यह भी पढ़ें:", "धारचूला में पुल बहने से आवाजाही ठप, ट्रॉली से नदी पार कर रहे ग्रामीण"]},
        tail=[["शेयर करें", "Facebook", "WhatsApp", "X"], ["संबंधित खबरें"],
              ["\u00a9 2024 उत्तर उजाला। सर्वाधिकार सुरक्षित।"]],
        paras=P("""
जिले के सीमांत क्षेत्र का एक गांव आखिरकार सड़क से जुड़ गया है और सोमवार को पहली बार रोडवेज की बस गांव तक पहुंची तो ग्रामीणों ने ढोल-दमाऊ बजाकर उसका स्वागत किया।

अब तक ग्रामीणों को मुख्य सड़क तक पहुंचने के लिए करीब सात किलोमीटर का खड़ी चढ़ाई वाला पैदल रास्ता तय करना पड़ता था।

प्रधानमंत्री ग्राम सड़क योजना के तहत बनी इस सड़क पर डामरीकरण पूरा होने के बाद खाई की ओर पैराफिट और बरसाती पानी की निकासी के लिए नालियां भी बनाई गई हैं।

बीमार लोगों और गर्भवती महिलाओं को पहले डोली में बैठाकर मुख्य सड़क तक ले जाना पड़ता था, जिसमें कई घंटे लग जाते थे।

ग्राम प्रधान कमला देवी ने बताया कि सड़क न होने के कारण कई परिवार गांव छोड़कर हल्द्वानी और दूसरे शहरों में बस गए थे।

गांव के किसान अब आलू, राजमा और माल्टा सीधे मंडी तक भेज सकेंगे, जिससे उन्हें बेहतर दाम मिलने की उम्मीद है।

परिवहन निगम ने फिलहाल सुबह और शाम एक-एक बस चलाने का फैसला किया है।
"""),
        must_have=[
            "प्रधानमंत्री ग्राम सड़क योजना के तहत बनी इस सड़क पर डामरीकरण पूरा होने के बाद खाई की ओर पैराफिट और बरसाती पानी की निकासी के लिए नालियां भी बनाई गई हैं।",
            "बीमार लोगों और गर्भवती महिलाओं को पहले डोली में बैठाकर मुख्य सड़क तक ले जाना पड़ता था, जिसमें कई घंटे लग जाते थे।",
        ]),
    # Neytralnyy Turkmenistan (Ashgabat state daily, Russian): staff, a new bus station in Daşoguz; the correspondent signs at the
    # end over two lines ('Name SURNAME,' / 'соб. корр. «НТ»' = own correspondent of NT), state-press formulas.
    rec(cluster="nt-dashoguz-bus-station-opened", role="single", file="neytralnyy_turkmenistan_dashoguz_avtovokzal_ru.txt", render="text",
        title="В Дашогузе открылся новый автовокзал",
        date="2024-12-12", country="TM", region="asia", lang="ru", authors=["Мерген Чарыев"],
        pre=[["Нейтральный Туркменистан", "Главная", "Политика", "Экономика", "Общество", "Культура", "Спорт"]],
        head=[["Общество"], ["12.12.2024"]],
        inserts={3: ["Читайте также:", "В Туркменабате введена в эксплуатацию новая автомобильная дорога"]},
        tail=[["Мерген ЧАРЫЕВ,", "соб. корр. «НТ»"], ["Поделиться", "Facebook", "Telegram"],
              ["\u00a9 2024 Газета «Нейтральный Туркменистан»"]],
        paras=P("""
В преддверии Международного дня нейтралитета в велаятском центре Дашогуз состоялось торжественное открытие нового автовокзала, построенного в рамках программы развития транспортной инфраструктуры страны.

Двухэтажное здание вокзала рассчитано на одновременное обслуживание пятисот пассажиров и удобно связано с городскими автобусными маршрутами, а его фасад облицован белым мрамором.

В просторном зале ожидания установлены электронные табло с расписанием рейсов, автоматы для продажи билетов и отдельная комната матери и ребёнка.

Отсюда ежедневно отправляются автобусы во все этрапские центры велаята, а также в Ашхабад и Туркменабат.

На прилегающей территории оборудованы стоянки для такси и личного транспорта, разбиты цветники и установлены фонтаны.

Как отметил начальник автовокзала Мерет Аннаев, на междугородних маршрутах работают новые комфортабельные автобусы с кондиционерами, а стоимость проезда осталась прежней.

В здании также разместились кафе, медицинский пункт и камера хранения багажа.

Жители города и гости велаята выразили благодарность за создание удобных условий для пассажиров.

Торжественную церемонию открытия украсили выступления мастеров искусств и самодеятельных коллективов велаята.

Новый автовокзал будет работать круглосуточно.
"""),
        must_have=[
            "В просторном зале ожидания установлены электронные табло с расписанием рейсов, автоматы для продажи билетов и отдельная комната матери и ребёнка.",
            "Отсюда ежедневно отправляются автобусы во все этрапские центры велаята, а также в Ашхабад и Туркменабат.",
        ]),
    # Stewart Island News (Rakiura community newsletter): staff, Oban's first footpath; 'Words:' byline, 'Photo:' credit.
    rec(cluster="stewartislandnews-oban-first-footpath", role="single", file="stewartislandnews_oban_footpath.txt", render="text",
        title="Oban gets its first proper footpath",
        date="2024-12-03", country="NZ", region="oceania", lang="en", authors=["Aroha Te Whata"],
        caption="The new footpath along Halfmoon Bay.", credit="Karl Dixon",
        pre=[["Stewart Island News", "Home", "News", "Notices", "Events", "Ferry & Flights", "Contact"]],
        head=[["Words: Aroha Te Whata"], ["3 December 2024"]],
        cap_lines=["The new footpath along Halfmoon Bay. Photo: Karl Dixon"],
        inserts={2: ["Advertisement"], 4: ["ALSO IN THIS ISSUE:", "Rakiura Museum summer hours"]},
        tail=[["Stewart Island News is a community newsletter for Rakiura"], ["Share", "Facebook", "Email"],
              ["\u00a9 2024 Stewart Island News"]],
        paras=P("""
Walkers in Oban no longer have to share the narrow road along Halfmoon Bay with cars, trucks and tour vans, after contractors finished the township's first proper footpath last week.

The path runs for about 800 metres from the ferry terminal past the shops, the hotel and the school to the community centre.

It is made of compacted gravel edged with timber, and at the steepest section near the church there are handrails and a gentle ramp in place of the old steps.

Small pull-in bays were built at two points so that people with prams or mobility scooters can let others pass.

Community board chair Jan Sutherland said the road had become busier each summer as visitor numbers grew, and parents had worried about children walking to school.

The work was paid for by Southland District Council from the levy that ferry and plane passengers pay when they arrive on the island.

Native shrubs will be planted along the path in the autumn.
"""),
        must_have=[
            "It is made of compacted gravel edged with timber, and at the steepest section near the church there are handrails and a gentle ramp in place of the old steps.",
            "Small pull-in bays were built at two points so that people with prams or mobility scooters can let others pass.",
        ]),
    # Niue Star (Alofi weekly): staff, Sir Robert's Wharf reopens after repairs; 'Reporting:' byline, the paper's own name as
    # photo credit.
    rec(cluster="niuestar-alofi-wharf-reopens", role="single", file="niuestar_alofi_wharf.txt", render="text",
        title="Sir Robert's Wharf reopens after cyclone-season repairs",
        date="2024-10-17", country="NU", region="oceania", lang="en", authors=["Moka Tukuitonga"],
        caption="Boats are lifted back into the water at Sir Robert's Wharf.", credit="Niue Star",
        pre=[["Niue Star", "Home", "News", "Sport", "Community", "Notices"]],
        head=[["News"], ["Reporting: Moka Tukuitonga"], ["Thursday 17 October 2024"]],
        cap_lines=["Boats are lifted back into the water at Sir Robert's Wharf. Photo: Niue Star"],
        inserts={2: ["Advertisement"], 4: ["ALSO THIS WEEK:", "Liku school garden harvest"]},
        tail=[["Niue Star \u2013 Niue's weekly newspaper"], ["Share", "Facebook"], ["\u00a9 2024 Niue Star"]],
        paras=P("""
Fishermen and boat operators are back at Sir Robert's Wharf in Alofi after repairs to damage caused by heavy swells during the cyclone season were finished this week.

The wharf is the only place on the island where boats can be lifted in and out of the water, and it is also used to bring passengers ashore from visiting yachts and cruise ships.

Workers rebuilt the broken concrete edge of the landing, replaced the steel ladder and repaired the crane that lifts boats onto the wharf.

New lights have been installed so that fishermen returning after dark can see the landing clearly from the water.

While the wharf was closed, many fishermen were unable to go out and had to rely on small canoes launched from the reef.

Fisherman Tama Ikimau said he was glad to be back on the water for the start of the best season for tuna.

The government has asked boat owners to book crane times with the harbour office.
"""),
        must_have=[
            "Workers rebuilt the broken concrete edge of the landing, replaced the steel ladder and repaired the crane that lifts boats onto the wharf.",
            "New lights have been installed so that fishermen returning after dark can see the landing clearly from the water.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_OT = site("Our Today", "https://our.example.today", " - Our Today", "en_US", "@ourtodayja",
               ["News", "Business", "Sports", "Entertainment", "Lifestyle", "Opinion", "Videos"],
               ["\u00a9 2024 Our Today. All rights reserved.", "About Us", "Contact"],
               share=["Share", "Facebook", "X", "WhatsApp", "LinkedIn"], top=["Newsletter", "Search"])
SITE_SV = site("Savana", "https://www.savana.example.co.mz", " | Savana", "pt_MZ", "@SavanaMZ",
               ["Início", "Sociedade", "Política", "Economia", "Desporto", "Opinião", "Edição digital"],
               ["\u00a9 2025 Savana \u2013 mediacoop, SA. Todos os direitos reservados.", "Ficha técnica", "Contactos"],
               share=["Partilhar", "Facebook", "WhatsApp", "X"], top=["Assinar", "Entrar"])
SITE_R20 = site("Rue20", "https://www.rue20.example.com", " | Rue20", "ar_MA", "@rue20com",
                ["الرئيسية", "سياسة", "مجتمع", "اقتصاد", "جهات", "رياضة", "فيديو"],
                ["\u00a9 2024 Rue20. جميع الحقوق محفوظة.", "من نحن", "اتصل بنا"],
                share=["شارك", "Facebook", "WhatsApp", "X"])
SITE_KNO = site("The St Kitts-Nevis Observer", "https://www.thestkittsnevisobserver.example.com", " - The St Kitts-Nevis Observer",
                "en_US", "@SKNObserver",
                ["Home", "News", "Nevis", "Business", "Sports", "Entertainment", "Opinion"],
                ["\u00a9 2025 The St Kitts-Nevis Observer. All rights reserved.", "About", "Contact"],
                share=["Share", "Facebook", "X", "WhatsApp"])
SITE_YD = site("Yenidüzen", "https://www.yeniduzen.example.com", " - Yenidüzen", "tr_TR", "@yeniduzen",
               ["Ana Sayfa", "Haberler", "Ekonomi", "Spor", "Kültür-Sanat", "Yazarlar", "Foto Galeri"],
               ["\u00a9 2024 Yenidüzen. Tüm hakları saklıdır.", "Künye", "İletişim"],
               share=["Paylaş", "Facebook", "X", "WhatsApp"],
               cookie="Sitemizde size daha iyi hizmet sunabilmek için çerezler kullanılmaktadır.", buttons=["Kabul Et", "Reddet"],
               graph=True)
SITE_R2 = site("რუსთავი 2", "https://rustavi2.example.ge", " | რუსთავი 2", "ka_GE", "@rustavi2",
               ["მთავარი", "ახალი ამბები", "პოლიტიკა", "საზოგადოება", "ეკონომიკა", "სპორტი", "LIVE"],
               ["\u00a9 2024 რუსთავი 2. ყველა უფლება დაცულია.", "ჩვენ შესახებ", "კონტაქტი"],
               share=["გაზიარება", "Facebook", "X"])
SITE_TU = site("Tuairisc.ie", "https://tuairisc.example.ie", " | Tuairisc.ie", "ga_IE", "@tuairisc",
               ["Nuacht", "Gaeltacht", "Spórt", "Tuairimí", "Cultúr", "Podchraoltaí"],
               ["\u00a9 2024 Tuairisc.ie", "Fúinn", "Teagmháil"],
               share=["Roinn", "Facebook", "X", "Ríomhphost"], top=["Tacaigh linn"])
SITE_SH = site("Saarte Hääl", "https://sh.example.ee", " | Saarte Hääl", "et_EE", "@saartehaal",
               ["Uudised", "Arvamus", "Sport", "Kultuur", "Elu", "E-leht"],
               ["\u00a9 2024 Saarte Hääl. Kõik õigused kaitstud.", "Kontakt", "Reklaam"],
               share=["Jaga", "Facebook", "X"], top=["Telli", "Logi sisse"])
SITE_TA = site("Tivyside Advertiser", "https://www.tivysideadvertiser.example.co.uk", " | Tivyside Advertiser", "en_GB",
               "@TivysideAd",
               ["News", "Sport", "What's On", "Announcements", "Jobs", "Property", "Public Notices"],
               ["\u00a9 2024 Newsquest Media Group Ltd. All rights reserved.", "Contact us", "Terms"],
               share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Sign in"],
               cookie="We and our partners use cookies and similar technologies to personalise content and ads.",
               buttons=["Accept All", "Reject All", "Manage Preferences"])

HTML_STORIES = [
    # Our Today (Kingston digital news site, gzipped page): original of the JIS cluster; 'Name/JIS' byline (the writer and the
    # government information service after a slash), '(PHOTO: Name)' credit, 'Source: JIS' sign-off.
    dict(JIS, role="original", file="ourtoday_jis_hagley_gap_school_bus.html.gz", render="html",
         site=SITE_OT, section="News", meta_section="News",
         url="https://our.example.today/news/hagley-gap-students-get-their-first-school-bus/",
         published="2024-09-04T16:20:00-05:00",
         byline_lines=["Shanique Barrett-Morgan/JIS"], date_lines=["September 4, 2024"],
         caption="Students from Hagley Gap board their new school bus at Mavis Bank.", credit="Jermaine Lawson",
         credit_shown="(PHOTO: Jermaine Lawson)",
         inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Rural roads in St Thomas to be patched before rainy season")]},
         end_lines=["Source: JIS"],
         lists=[("Trending", ["Half Way Tree transport centre gets new ticket booths", "JUTC adds buses on Portmore routes"])]),
    # Savana (Maputo weekly, Portuguese): staff, a new passenger boat on the Inhambane-Maxixe crossing; 'Por' byline,
    # 'Foto:' credit, Mozambican Portuguese.
    rec(cluster="savana-inhambane-maxixe-new-boat", role="single", file="savana_inhambane_maxixe_embarcacao_pt.html", render="html",
        site=SITE_SV, title="Nova embarcação reforça a travessia entre Inhambane e Maxixe",
        date="2025-02-14", country="MZ", region="africa", lang="pt", authors=["Ilídio Nhantumbo"],
        section="Sociedade", meta_section="Sociedade",
        url="https://www.savana.example.co.mz/sociedade/nova-embarcacao-reforca-a-travessia-entre-inhambane-e-maxixe/",
        description="O barco tem capacidade para 120 passageiros sentados.",
        published="2025-02-14T09:00:00+02:00",
        byline_lines=["Por Ilídio Nhantumbo"], date_lines=["14 de Fevereiro de 2025"],
        caption="A nova embarcação atraca no cais de Maxixe.", credit="Ilídio Nhantumbo", credit_shown="Foto: Ilídio Nhantumbo",
        inserts={2: [("ad", "Publicidade")], 4: [("link", "Leia também:", "Vilankulo ganha nova ponte-cais para os barcos de pesca")]},
        paras=P("""
Uma nova embarcação de passageiros começou esta semana a fazer a travessia da baía entre as cidades de Inhambane e Maxixe, reduzindo as longas filas que se formavam nos cais nas horas de ponta.

A travessia é feita diariamente por milhares de pessoas, entre estudantes, funcionários públicos e vendedores que levam produtos para os mercados das duas cidades.

O barco tem capacidade para 120 passageiros sentados, coletes salva-vidas para todos e um espaço coberto para proteger as pessoas da chuva e do sol.

As viagens passam a ser feitas de meia em meia hora entre as seis da manhã e as sete da tarde, e o preço do bilhete mantém-se inalterado.

Até agora, muitos passageiros recorriam a pequenos barcos à vela, sobrelotados e sem coletes, sobretudo quando a embarcação antiga estava avariada.

Um dos utentes, o professor Armando Cossa, disse que já não precisa de sair de casa uma hora mais cedo para chegar a tempo às aulas.

A empresa operadora anunciou que uma segunda embarcação deverá chegar antes do fim do ano.
"""),
        must_have=[
            "O barco tem capacidade para 120 passageiros sentados, coletes salva-vidas para todos e um espaço coberto para proteger as pessoas da chuva e do sol.",
            "As viagens passam a ser feitas de meia em meia hora entre as seis da manhã e as sete da tarde, e o preço do bilhete mantém-se inalterado.",
        ]),
    # Rue20 (Rabat news site, Arabic): staff, a driving school run by women opens in Ouarzazate; 'ورزازات –' dateline,
    # bare-name byline, Arabic date line with weekday, the site's own name in Arabic as photo credit.
    rec(cluster="rue20-ouarzazate-women-driving-school", role="single", file="rue20_ouarzazate_madrasat_siyaqa_ar.html", render="html",
        site=SITE_R20, title="ورزازات.. أول مدرسة لتعليم السياقة تديرها نساء تفتح أبوابها أمام المتدربات",
        date="2024-12-03", dateline="ورزازات – ", city="Ouarzazate", country="MA", region="africa", lang="ar",
        authors=["حنان أوبلا"], section="مجتمع", meta_section="مجتمع",
        url="https://www.rue20.example.com/society/ouarzazate-women-driving-school/",
        description="سجلت في الأسابيع الأولى أكثر من أربعين متدربة.",
        published="2024-12-03T14:30:00+01:00",
        byline_lines=["حنان أوبلا"], date_lines=["الثلاثاء 3 ديسمبر 2024 - 14:30"],
        caption="متدربة رفقة مدربتها خلال حصة تطبيقية.", credit="رو20", credit_shown="صورة: رو20",
        inserts={2: [("ad", "إعلان")], 4: [("link", "اقرأ أيضا:", "زاكورة.. حافلات جديدة للنقل المدرسي بالجماعات القروية")]},
        paras=P("""
فتحت أول مدرسة لتعليم السياقة تديرها نساء بمدينة ورزازات أبوابها أمام المتدربات، في مبادرة تهدف إلى تشجيع نساء المنطقة على الحصول على رخصة السياقة.

وتقول صاحبة المدرسة، خديجة أوباها، إن كثيرا من النساء كن يترددن في التسجيل بمدارس السياقة العادية بسبب الخجل أو رفض بعض الأسر.

وتضم المدرسة مدربتين حاصلتين على الشهادة المهنية، وسيارتين مجهزتين بدواسة فرامل إضافية، وقاعة لدروس قانون السير مجهزة بشاشة عرض.

وتنظم الحصص النظرية في الفترة الصباحية، بينما تخصص الفترة المسائية للتدريب على الطرق القروية المحيطة بالمدينة وعلى ركن السيارة في الأزقة الضيقة.

وسجلت في الأسابيع الأولى أكثر من أربعين متدربة، من بينهن موظفات وطالبات وربات بيوت من الجماعات القروية المجاورة.

وقالت إحدى المتدربات، وهي ممرضة في مستوصف قروي، إن الرخصة ستسمح لها بالتنقل إلى عملها دون انتظار سيارات الأجرة الكبيرة التي تتأخر في الغالب.

وتأمل صاحبة المدرسة في توقيع اتفاقية مع جمعيات محلية لتخفيض رسوم التسجيل لفائدة النساء في وضعية هشة.

وتبلغ مدة التكوين شهرين في المتوسط قبل اجتياز امتحان رخصة السياقة.
"""),
        must_have=[
            "وتضم المدرسة مدربتين حاصلتين على الشهادة المهنية، وسيارتين مجهزتين بدواسة فرامل إضافية، وقاعة لدروس قانون السير مجهزة بشاشة عرض.",
            "وتنظم الحصص النظرية في الفترة الصباحية، بينما تخصص الفترة المسائية للتدريب على الطرق القروية المحيطة بالمدينة وعلى ركن السيارة في الأزقة الضيقة.",
        ]),
    # The St Kitts-Nevis Observer (Basseterre weekly): staff, Nevis's first roundabout; 'CHARLESTOWN, Nevis –' dateline,
    # '(Photo: institution)' credit, breadcrumbs.
    rec(cluster="sknobserver-nevis-first-roundabout", role="single", file="stkittsnevisobserver_nevis_roundabout.html", render="html",
        site=SITE_KNO, title="Nevis opens its first roundabout at busy Charlestown junction",
        date="2025-01-21", dateline="CHARLESTOWN, Nevis \u2013 ", city="Charlestown", country="KN", region="americas",
        lang="en", authors=["Kerisha Liburd"], section="Nevis", meta_section="Nevis",
        url="https://www.thestkittsnevisobserver.example.com/nevis-opens-its-first-roundabout-at-busy-charlestown-junction/",
        description="Traffic officers will guide drivers at the junction for the first two weeks.",
        published="2025-01-21T13:15:00-04:00",
        byline_lines=["By Kerisha Liburd"], date_lines=["January 21, 2025"],
        breadcrumbs=["Home", "News", "Nevis"],
        caption="Vehicles use the new roundabout on the northern edge of Charlestown.", credit="Nevis Island Administration",
        credit_shown="(Photo: Nevis Island Administration)",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Island Main Road resurfacing to begin next month")]},
        newsletter_end=["Get the Observer in your inbox every Friday", "Subscribe"],
        paras=P("""
Motorists on Nevis are getting used to the island's first roundabout, which opened to traffic on Monday at a busy junction on the Island Main Road on the northern edge of the capital.

The junction was for years one of the most dangerous spots on the island, with long queues at school times and several collisions each year.

The roundabout has a raised centre planted with local shrubs, new street lights and marked pedestrian crossings on each of its four approaches.

Officers from the Traffic Department will be posted at the junction during the first two weeks to guide drivers, who must give way to vehicles already on the roundabout.

Public Works officials said the work was completed two weeks ahead of schedule despite heavy rains in December.

Bus driver Kendrick Huggins said the new layout had already cut his morning trip into Charlestown by about ten minutes.

The Ministry of Communications and Works has produced a short video explaining how to use the roundabout, which will be shown on local television in the coming weeks.
"""),
        must_have=[
            "The roundabout has a raised centre planted with local shrubs, new street lights and marked pedestrian crossings on each of its four approaches.",
            "Officers from the Traffic Department will be posted at the junction during the first two weeks to guide drivers, who must give way to vehicles already on the roundabout.",
        ]),
    # Yenidüzen (Lefkoşa daily, Turkish): staff, the capital's first cycle lane; consent wall, bare-name byline, Turkish date
    # line with weekday after the date, 'Fotoğraf:' credit, JSON-LD @graph.
    rec(cluster="yeniduzen-lefkosa-first-cycle-lane", role="single", file="yeniduzen_lefkosa_bisiklet_yolu_tr.html", render="html",
        site=SITE_YD, title="Lefkoşa'nın ilk bisiklet yolu kullanıma açıldı",
        date="2024-10-02", country="CY", region="asia", lang="tr", authors=["Derya Kaptanoğlu"],
        section="Haberler", meta_section="Haberler",
        url="https://www.yeniduzen.example.com/lefkosanin-ilk-bisiklet-yolu-kullanima-acildi-178234h.htm",
        description="Yaklaşık üç kilometre uzunluğundaki yol Dereboyu'ndan başlıyor.",
        published="2024-10-02T11:45:00+03:00",
        byline_lines=["Derya Kaptanoğlu"], date_lines=["02 Ekim 2024, Çarşamba 11:45"],
        breadcrumbs=["Ana Sayfa", "Haberler"],
        caption="Yeni bisiklet yolunu ilk kullananlar arasında öğrenciler de vardı.", credit="Derya Kaptanoğlu",
        credit_shown="Fotoğraf: Derya Kaptanoğlu",
        inserts={2: [("ad", "Reklam")], 4: [("link", "İlgili Haber:", "Girne'de otopark sorununa yeni düzenleme")]},
        paras=P("""
Lefkoşa Türk Belediyesi'nin başkentte yaptığı ilk bisiklet yolu, dün düzenlenen törenle kullanıma açıldı.

Yaklaşık üç kilometre uzunluğundaki yol, Dereboyu'ndan başlayarak Kumsal üzerinden surlar içindeki Kuğulu Park'a kadar uzanıyor ve yol boyunca okulların, hastanenin ve üniversite kampüsünün yakınından geçiyor.

Bisiklet yolu, araç şeridinden alçak bir beton bordürle ayrıldı ve kavşaklarda yayalar ile bisikletliler için ayrı geçitler işaretlendi.

Güzergah boyunca bisiklet park yerleri, gölgelik altında dinlenme alanları ve lastik şişirmek için ücretsiz hava pompaları yerleştirildi.

Belediye yetkilileri, yolun özellikle öğrenciler ve işe bisikletle gitmek isteyenler için güvenli bir seçenek olacağını söyledi.

Açılışa katılan bisiklet derneği üyesi Hasan Ertuğrul, yıllardır trafikte tehlikeli koşullarda pedal çevirdiklerini belirterek yeni yolun daha uzun bir ağın başlangıcı olmasını umduğunu söyledi.

Belediye, önümüzdeki yıl bisiklet yolunu Gönyeli sınırına kadar uzatmayı ve güzergah üzerine kiralık bisiklet istasyonları kurmayı planlıyor.

Açılış törenine katılan çocuklar, bisikletleriyle yolun tamamını kat ederek ilk turu attı.

Yol, her gün yirmi dört saat boyunca kullanıma açık olacak.
"""),
        must_have=[
            "Bisiklet yolu, araç şeridinden alçak bir beton bordürle ayrıldı ve kavşaklarda yayalar ile bisikletliler için ayrı geçitler işaretlendi.",
            "Güzergah boyunca bisiklet park yerleri, gölgelik altında dinlenme alanları ve lastik şişirmek için ücretsiz hava pompaları yerleştirildi.",
        ]),
    # Rustavi 2 (Tbilisi broadcaster's news site, Georgian): desk copy naming no one, the Chiatura cable car back in service;
    # live bar, watch-the-report widget, no JSON-LD.
    rec(cluster="rustavi2-chiatura-cable-car-reopens", role="single", file="rustavi2_chiatura_sabagiro_ka.html", render="html",
        site=SITE_R2, title="ჭიათურაში საბაგირო ხაზი სარემონტო სამუშაოების შემდეგ კვლავ ამოქმედდა",
        date="2024-07-09", country="GE", region="asia", lang="ka",
        section="საზოგადოება", meta_section="საზოგადოება", jsonld=False,
        url="https://rustavi2.example.ge/ka/news/289412",
        description="ახალი ვაგონები ერთდროულად თხუთმეტ მგზავრს იტევს.",
        published="2024-07-09T18:40:00+04:00",
        ticker=("LIVE", "უყურეთ პირდაპირ ეთერს"),
        date_lines=["09.07.2024 18:40"],
        above_body=[("player", "უყურეთ სიუჟეტს")],
        inserts={2: [("ad", "რეკლამა")], 4: [("link", "ასევე:", "ქუთაისში ახალი ავტობუსები გამოვიდა ხაზზე")]},
        lists=[("ბოლო ამბები", ["ბათუმში ველობილიკი გაგრძელდება", "მესტიის გზაზე მოძრაობა აღდგა"])],
        paras=P("""
ჭიათურაში ერთ-ერთი საბაგირო ხაზი, რომელიც ქალაქის ცენტრს მაღლა მდებარე უბანთან აკავშირებს, სარემონტო სამუშაოების დასრულების შემდეგ მგზავრებს კვლავ ემსახურება.

ხაზი რამდენიმე თვის განმავლობაში დახურული იყო და მოსახლეობას ციცაბო გზაზე ფეხით ან ტაქსით უწევდა გადაადგილება, რაც განსაკუთრებით ხანდაზმულებისთვის იყო რთული.

სამუშაოების დროს შეიცვალა ბაგირები და ამძრავი მექანიზმი, ხოლო ორივე სადგურზე მოეწყო ახალი მოსაცდელი და პანდუსი შეზღუდული შესაძლებლობის მქონე პირებისთვის.

ახალი ვაგონები ერთდროულად თხუთმეტ მგზავრს იტევს და ქალაქის ცენტრიდან ზემო უბნამდე ორ წუთზე ნაკლებ დროში ადის.

მუნიციპალიტეტის ცნობით, საბაგიროთი მგზავრობა ადგილობრივი მოსახლეობისთვის კვლავ უფასო იქნება, ტურისტებისთვის კი ბილეთის ფასი ერთი ლარი იქნება.

ადგილობრივმა მცხოვრებმა, პენსიონერმა მანანა კვიციანმა ჩვენთან საუბარში აღნიშნა, რომ საბაგიროს გარეშე ბაზარში და პოლიკლინიკაში ჩასვლა მისთვის ძალიან რთული იყო.

ჭიათურის საბაგიროები გასული საუკუნის ორმოცდაათიან წლებში აშენდა, რათა მაღაროელებს სამუშაოზე ასვლა და ჩამოსვლა გაადვილებოდათ.

ბოლო წლებში ძველი ხაზები ეტაპობრივად ახლით ჩანაცვლდა, რამაც ქალაქში ტურისტების რიცხვიც გაზარდა.

მუნიციპალიტეტში აცხადებენ, რომ მომავალ წელს კიდევ ერთი ხაზის რეაბილიტაცია დაიწყება.

საბაგირო ყოველდღე დილის შვიდი საათიდან საღამოს ცხრა საათამდე იმუშავებს.
"""),
        must_have=[
            "სამუშაოების დროს შეიცვალა ბაგირები და ამძრავი მექანიზმი, ხოლო ორივე სადგურზე მოეწყო ახალი მოსაცდელი და პანდუსი შეზღუდული შესაძლებლობის მქონე პირებისთვის.",
            "ახალი ვაგონები ერთდროულად თხუთმეტ მგზავრს იტევს და ქალაქის ცენტრიდან ზემო უბნამდე ორ წუთზე ნაკლებ დროში ადის.",
        ]),
    # Tuairisc.ie (Irish-language news site, Irish): staff, a night bus for Conamara; bare-name byline, 'Grianghraf:' (photograph)
    # credit, support-us promo in the story.
    rec(cluster="tuairisc-conamara-night-bus", role="single", file="tuairisc_bus_oiche_conamara_ga.html", render="html",
        site=SITE_TU, title="Seirbhís bus oíche nua do Chonamara ag tosú an deireadh seachtaine seo",
        date="2024-03-05", country="IE", region="europe", lang="ga", authors=["Éanna Mac Fhlannchadha"],
        section="Nuacht", meta_section="Nuacht",
        url="https://tuairisc.example.ie/nuacht/seirbhis-bus-oiche-nua-do-chonamara/",
        description="Beidh an bus ag fágáil na Gaillimhe ag a haon a chlog ar maidin ar an Aoine agus ar an Satharn.",
        published="2024-03-05T07:00:00+00:00",
        byline_lines=["Éanna Mac Fhlannchadha"], date_lines=["5 Márta 2024"],
        caption="Beidh an bus oíche ag stopadh ar an bPríomhshráid sa Spidéal.", credit="Cathal Ó Gríofa",
        credit_shown="Grianghraf: Cathal Ó Gríofa",
        inserts={2: [("ad", "Fógra")], 4: [("promo", ["Tacaigh le hiriseoireacht Ghaeilge.", "Bí i do bhall"])]},
        paras=P("""
Tosóidh seirbhís bus oíche nua idir Gaillimh agus Conamara an deireadh seachtaine seo, rud a chuirfidh ar chumas daoine óga filleadh abhaile go sábháilte tar éis oíche amuigh sa chathair.

Beidh an bus ag fágáil na Gaillimhe ag a haon a chlog ar maidin ar an Aoine agus ar an Satharn, agus stadfaidh sé i mBearna, sa Spidéal, in Indreabhán agus i gCarna.

Beidh tiománaí agus maor ar gach turas, agus beidh ar phaisinéirí suíochán a chur in áirithe roimh ré ar an aip nó ar an bhfón.

Is é an táille céanna a bheidh le híoc is atá ar an mbus lae, agus beidh cead taistil saor in aisce ag daoine a bhfuil pas taistil acu.

Dúirt cathaoirleach an choiste pobail áitiúil, Bríd Ní Fhlatharta, go raibh tuismitheoirí buartha le fada faoi dhaoine óga a bhíodh ag fanacht ar shíob ar thaobh an bhóthair.

Tá an tseirbhís á maoiniú ar feadh bliana mar thriail faoin scéim iompair tuaithe Local Link.

Má éiríonn léi, tá súil ag an gcoiste go leathnófar í go Ceantar na nOileán agus go Ros Muc.
"""),
        must_have=[
            "Beidh tiománaí agus maor ar gach turas, agus beidh ar phaisinéirí suíochán a chur in áirithe roimh ré ar an aip nó ar an bhfón.",
            "Is é an táille céanna a bheidh le híoc is atá ar an mbus lae, agus beidh cead taistil saor in aisce ag daoine a bhfuil pas taistil acu.",
        ]),
    # Saarte Hääl (Kuressaare daily, Estonian): staff, the ice road between Virtsu and Kuivastu opens; bare-name byline,
    # 'Foto:' credit.
    rec(cluster="saartehaal-virtsu-kuivastu-ice-road", role="single", file="saartehaal_virtsu_kuivastu_jaatee_et.html", render="html",
        site=SITE_SH, title="Muhu ja mandri vahel avati jäätee",
        date="2024-01-24", country="EE", region="europe", lang="et", authors=["Liina Kallas"],
        section="Uudised", meta_section="Uudised",
        url="https://sh.example.ee/uudised/muhu-ja-mandri-vahel-avati-jaatee",
        description="Jäätee pikkus on umbes kaheksa kilomeetrit.",
        published="2024-01-24T12:10:00+02:00",
        byline_lines=["Liina Kallas"], date_lines=["24. jaanuar 2024, 12:10"],
        caption="Esimesed autod jääteel Kuivastu poolel.", credit="Liina Kallas", credit_shown="Foto: Liina Kallas",
        inserts={2: [("ad", "Reklaam")], 4: [("link", "Loe ka:", "Hiiumaa ja Vormsi vahel jääteed veel ei ole")]},
        paras=P("""
Transpordiamet avas eile Virtsu ja Kuivastu vahel jäätee, mis ühendab Muhu saart mandriga esimest korda pärast mitut sooja talve.

Jäätee pikkus on umbes kaheksa kilomeetrit ja see kulgeb laevatee kõrval, mida jäämurdja praamide jaoks lahti hoiab.

Teel tohib sõita ainult sõiduautoga, mille mass koos sõitjatega ei ületa kahte tonni, ja autode vahe peab olema vähemalt kakssada viiskümmend meetrit.

Jääteel on keelatud peatuda ja turvavööd kinnitada ning vältida tuleb kiirust kahekümne viie ja neljakümne kilomeetri vahel tunnis, sest see võib tekitada jää all ohtliku laine.

Jäätee on avatud ainult valge ajal, kella üheksast hommikul kuni kella neljani pärastlõunal.

Muhu elanik Rein Tamm ütles, et sõitis jääteed mööda viimati lapsena ning tal on hea meel, et vana talvine traditsioon on taas elustunud.

Transpordiamet jälgib jää paksust iga päev ning tee võidakse sulgeda ka etteteatamata, kui ilm soojeneb või tõuseb tugev tuul.

Esimesel päeval sõitis üle jää ligi kolmsada autot.

Praamid sõidavad samal ajal edasi tavapärase sõiduplaani järgi.
"""),
        must_have=[
            "Teel tohib sõita ainult sõiduautoga, mille mass koos sõitjatega ei ületa kahte tonni, ja autode vahe peab olema vähemalt kakssada viiskümmend meetrit.",
            "Jääteel on keelatud peatuda ja turvavööd kinnitada ning vältida tuleb kiirust kahekümne viie ja neljakümne kilomeetri vahel tunnis, sest see võib tekitada jää all ohtliku laine.",
        ]),
    # Tivyside Advertiser (Cardigan weekly, Newsquest): staff, an e-bike hire scheme; 'By' byline with a 'Reporter' role line,
    # Newsquest 'Published:' / 'Last updated:' lines, '(Image: Name)' credit, consent wall, most-read rail.
    rec(cluster="tivyside-cardigan-ebike-hire", role="single", file="tivysideadvertiser_cardigan_ebike_hire.html", render="html",
        site=SITE_TA, title="E-bike hire scheme launched in Cardigan",
        date="2024-08-08", country="GB", region="europe", lang="en", authors=["Ffion Rees"],
        section="News", meta_section="News",
        url="https://www.tivysideadvertiser.example.co.uk/news/24512345.e-bike-hire-scheme-launched-cardigan/",
        description="Twenty electric bikes are available from three docking stations in the town.",
        published="2024-08-08T15:00:00+01:00", modified="2024-08-09T09:20:00+01:00",
        byline_lines=["By Ffion Rees", "Reporter"],
        date_lines=["Published: 8th August 2024", "Last updated: 9th August 2024"],
        caption="One of the new e-bike docking stations in Cardigan.", credit="Ffion Rees", credit_shown="(Image: Ffion Rees)",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "READ MORE:", "Teifi Valley bus timetable changes from September")]},
        lists=[("Most Read", ["Newcastle Emlyn market hall to reopen", "St Dogmaels summer fair raises record sum"])],
        paras=P("""
Residents and visitors in Cardigan can now hire electric bikes from three docking stations in the town, in a scheme designed to cut short car journeys and help people tackle the steep roads around the Teifi estuary.

The docking stations are at the bus station, near the castle and by the leisure centre, with twenty bikes available at any one time.

Users unlock a bike with a mobile phone app, pay a small charge to start the ride and then a few pence for every minute they use it.

Each bike has a battery that gives enough power for around forty miles, and staff check the bikes and swap flat batteries every morning.

The scheme is run by a community interest company with funding from Ceredigion County Council and the Welsh Government's active travel fund.

Cardigan mayor Siân Evans said the hills had put many people off cycling, and the electric bikes would make it easier for older residents to get around.

Monthly passes will be offered at a discount to people who use the bikes to get to work.
"""),
        must_have=[
            "Users unlock a bike with a mobile phone app, pay a small charge to start the ride and then a few pence for every minute they use it.",
            "Each bike has a battery that gives enough power for around forty miles, and staff check the bikes and swap flat batteries every morning.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, The Phuket News (English weekly and site): staff, a car-free Sunday trial in Phuket Old Town; 'By' byline and a
    # weekday date line with the time in the head lines; news-please time is UTC (Thailand is UTC+7, same day).
    rec(cluster="phuketnews-old-town-car-free-trial", role="single", file="newsplease_phuketnews_old_town_car_free.json",
        render="newsplease", title="Phuket Old Town street goes car-free on Sundays in three-month trial",
        date="2024-11-30", country="TH", region="asia", lang="en", authors=["Pattarin Sirikul"],
        url="https://www.thephuketnews.example.com/phuket-old-town-street-goes-car-free-on-sundays-in-three-month-trial-93512.php",
        source_domain="www.thephuketnews.example.com",
        description="Cars and motorbikes are banned from a section of Thalang Road every Sunday evening.",
        np_authors=["Pattarin Sirikul"], np_publish="2024-11-30 03:15:00", np_download="2024-11-30 09:41:27",
        head_lines=["The Phuket News", "Phuket", "By Pattarin Sirikul", "Saturday 30 November 2024, 10:15AM"],
        inserts={2: ["Advertisement"], 4: ["Related: Phuket smart bus adds stops in Chalong"]},
        tail_lines=["Share", "Facebook", "X", "LINE", "Follow The Phuket News on Facebook", "\u00a9 2024 The Phuket News"],
        paras=P("""
Cars and motorbikes will be banned from a section of Thalang Road in Phuket Old Town every Sunday from 4pm to 10pm for the next three months, as the city tests whether the street can become a permanent walking area.

The trial, which began last Sunday, covers the stretch between Phang Nga Road and Satun Road, lined with restored Sino-Portuguese shophouses.

Barriers are placed at both ends of the street in the afternoon, and volunteers in yellow vests help residents who need to reach their homes by car.

Shop owners have been asked to keep the five-foot walkways in front of their buildings clear so that families with prams and wheelchair users can pass.

Phuket City Municipality said parking would be available free of charge at a school on Krabi Road during the trial hours.

Café owner Wannisa Tanthai said Sunday trade had risen by about a third, although some shopkeepers complained that their regular customers could no longer park outside.

Residents and visitors can give their views through an online survey until the end of February.
"""),
        must_have=[
            "Barriers are placed at both ends of the street in the afternoon, and volunteers in yellow vests help residents who need to reach their homes by car.",
            "Shop owners have been asked to keep the five-foot walkways in front of their buildings clear so that families with prams and wheelchair users can pass.",
        ]),
    # news-please, Walcha News (ACM, New England NSW): staff, volunteer drivers for specialist appointments; bare-name byline;
    # news-please's UTC time is the evening before (AEST, UTC+10).
    rec(cluster="walchanews-volunteer-community-transport", role="single", file="newsplease_walchanews_community_transport.json",
        render="newsplease", title="Volunteer drivers to take Walcha residents to specialist appointments",
        date="2024-07-11", country="AU", region="oceania", lang="en", authors=["Bridget Cowan"],
        url="https://www.walchanewsonline.example.com.au/story/8701234/volunteer-drivers-to-take-walcha-residents-to-specialist-appointments/",
        source_domain="www.walchanewsonline.example.com.au",
        description="Twelve volunteers have signed up to drive residents to Tamworth and Armidale.",
        np_authors=["Bridget Cowan"], np_publish="2024-07-10 21:30:00", np_download="2024-07-11 06:12:55",
        head_lines=["Walcha News", "Local News", "Bridget Cowan", "July 11, 2024"],
        inserts={2: ["Advertisement"], 4: ["READ MORE: Walcha pool upgrade gets the green light"]},
        tail_lines=["Share", "Facebook", "Email", "Support local news: subscribe to the Walcha News",
                    "\u00a9 2024 Australian Community Media"],
        paras=P("""
Older Walcha residents who can no longer drive will be able to get to specialist medical appointments in Tamworth and Armidale, after a community transport service began this week with a car and a team of volunteer drivers.

Until now, many have had to rely on family or neighbours, or miss appointments altogether because there is no public bus on those days.

Passengers book a trip at least two days ahead by phone, and a driver collects them from home, waits during the appointment and brings them back the same day.

The car has been fitted with a swivel seat and a step to make it easier for people with limited mobility to get in and out.

Coordinator Robyn Fenwick said twelve volunteers had signed up, most of them recently retired, and each had completed a first-aid course and a driving check.

A small fee covers fuel, and people who cannot afford it can apply to travel for free.

The service is funded by a state government grant and donations from local clubs.
"""),
        must_have=[
            "Passengers book a trip at least two days ahead by phone, and a driver collects them from home, waits during the appointment and brings them back the same day.",
            "The car has been fitted with a swivel seat and a step to make it easier for people with limited mobility to get in and out.",
        ]),
    # news-please, Radio Tefana (Tahiti radio, French): staff, restored 'trucks' back on the west-coast line; 'Papeete, le 14 mai
    # 2024 –' dateline (the Tahitian press's city-and-full-date opening); news-please's UTC time is the next day (Tahiti is UTC-10).
    rec(cluster="radiotefana-le-truck-cote-ouest", role="single", file="newsplease_radiotefana_le_truck_fr.json",
        render="newsplease", title="Le truck reprend du service sur la côte ouest de Tahiti",
        date="2024-05-14", dateline="Papeete, le 14 mai 2024 \u2013 ", city="Papeete", country="PF", region="oceania",
        lang="fr", authors=["Vaimiti Teriitahi"],
        url="https://www.radiotefana.example.pf/actualites/le-truck-reprend-du-service-sur-la-cote-ouest/",
        source_domain="www.radiotefana.example.pf",
        description="Deux trucks restaurés relient Papeete à Papara toutes les heures.",
        np_authors=["Vaimiti Teriitahi"], np_publish="2024-05-15 02:40:00", np_download="2024-05-15 08:03:16",
        head_lines=["Radio Tefana", "Actualités", "Par Vaimiti Teriitahi"],
        inserts={2: ["Publicité"], 4: ["À lire aussi : Moorea : la navette de Vaiare prolonge ses horaires"]},
        tail_lines=["Partager", "Facebook", "WhatsApp", "Écoutez Radio Tefana en direct", "\u00a9 2024 Radio Tefana"],
        paras=P("""
Deux trucks, ces bus traditionnels à carrosserie de bois peinte de couleurs vives, circulent depuis lundi sur la côte ouest de Tahiti entre Papeete et Papara, après plusieurs années d'absence sur cette ligne.

Remplacés peu à peu par des bus modernes, les trucks avaient presque disparu des routes de l'île, au grand regret des anciens qui les empruntaient pour aller au marché.

Les deux véhicules ont été restaurés par un atelier de Faa'a, qui a refait les bancs en bois, la toiture et la carrosserie, tout en installant des moteurs neufs moins polluants.

Ils partent du marché de Papeete toutes les heures entre six heures et dix-sept heures, et le prix du trajet est le même que dans les bus de la ligne régulière.

Le chauffeur, Teiki Tehau, raconte que de nombreux passagers le saluent en montant et se souviennent de leurs trajets d'enfance vers l'école.

Pour la compagnie, ces trucks doivent aussi attirer les touristes qui veulent découvrir la côte autrement.

Si l'expérience est concluante, d'autres véhicules pourraient être restaurés pour desservir la presqu'île.
"""),
        must_have=[
            "Les deux véhicules ont été restaurés par un atelier de Faa'a, qui a refait les bancs en bois, la toiture et la carrosserie, tout en installant des moteurs neufs moins polluants.",
            "Ils partent du marché de Papeete toutes les heures entre six heures et dix-sept heures, et le prix du trajet est le même que dans les bus de la ligne régulière.",
        ]),
    # trafilatura, Patris (Heraklion daily, Greek): staff, a restored mule path between two villages on Psiloritis; the byline in
    # the genitive ('Της Ελένης Μαρκάκη' = by Eleni Markaki), the trafilatura author field in the nominative.
    rec(cluster="patris-psiloritis-kalderimi-restored", role="single", file="trafilatura_patris_kalderimi_psiloriti_el.json",
        render="trafilatura", title="Αποκαταστάθηκε το παλιό καλντερίμι που ενώνει δύο χωριά του Ψηλορείτη",
        date="2024-05-21", country="GR", region="europe", lang="el", authors=["Ελένη Μαρκάκη"],
        section="Ηράκλειο", categories="Ηράκλειο;Κοινωνία",
        url="https://www.patris.example.gr/2024/05/21/apokatastathike-to-palio-kalnterimi-psiloriti/",
        hostname="patris.example.gr", source_hostname="Πατρίς",
        tf_author="Ελένη Μαρκάκη", tf_date="2024-05-21", tf_language="el",
        description="Το μονοπάτι, μήκους περίπου τεσσάρων χιλιομέτρων, είναι ξανά βατό.",
        head_lines=["Πατρίς", "Ηράκλειο", "Της Ελένης Μαρκάκη", "21.05.2024, 08:30"],
        inserts={2: ["Διαφήμιση"], 4: ["Διαβάστε επίσης: Νέα δρομολόγια ΚΤΕΛ για τα χωριά της Μεσαράς"]},
        tail_lines=["Κοινοποίηση", "Facebook", "X", "Email", "\u00a9 2024 Πατρίς"],
        paras=P("""
Ξανά βατό είναι από την περασμένη εβδομάδα το παλιό καλντερίμι που ενώνει δύο ορεινά χωριά στις πλαγιές του Ψηλορείτη, μετά από εργασίες αποκατάστασης που κράτησαν σχεδόν ένα χρόνο.

Το μονοπάτι, μήκους περίπου τεσσάρων χιλιομέτρων, ήταν για αιώνες ο μοναδικός δρόμος ανάμεσα στα δύο χωριά, πριν ανοίξει ο αμαξιτός δρόμος τη δεκαετία του 1970.

Τεχνίτες της πέτρας ξανάστησαν τις ξερολιθιές που είχαν γκρεμιστεί, καθάρισαν τα σκαλοπάτια από τα χώματα και τα πουρνάρια και άνοιξαν αυλάκια για να φεύγει το νερό της βροχής.

Σε τρία σημεία τοποθετήθηκαν ξύλινοι πάγκοι και πινακίδες με πληροφορίες για τα βότανα, τα πουλιά και την ιστορία της διαδρομής.

Ο πρόεδρος της τοπικής κοινότητας, Μανόλης Σαριδάκης, είπε ότι οι ηλικιωμένοι του χωριού θυμούνται ακόμη πώς πήγαιναν με τα μουλάρια στο παζάρι του διπλανού χωριού.

Το καλντερίμι αναμένεται να προσελκύσει πεζοπόρους, ενώ οι σύλλογοι των δύο χωριών σχεδιάζουν κοινή πεζοπορία κάθε άνοιξη.

Το έργο χρηματοδοτήθηκε από πρόγραμμα αγροτικής ανάπτυξης και εκτελέστηκε από τον δήμο.
"""),
        must_have=[
            "Τεχνίτες της πέτρας ξανάστησαν τις ξερολιθιές που είχαν γκρεμιστεί, καθάρισαν τα σκαλοπάτια από τα χώματα και τα πουρνάρια και άνοιξαν αυλάκια για να φεύγει το νερό της βροχής.",
            "Σε τρία σημεία τοποθετήθηκαν ξύλινοι πάγκοι και πινακίδες με πληροφορίες για τα βότανα, τα πουλιά και την ιστορία της διαδρομής.",
        ]),
    # trafilatura, The Portugal News (Lagoa English-language weekly): staff, the Alcoutim-Sanlúcar river ferry back after repairs;
    # 'By' byline, date line with the time.
    rec(cluster="portugalnews-alcoutim-sanlucar-ferry", role="single", file="trafilatura_portugalnews_alcoutim_ferry.json",
        render="trafilatura", title="River ferry between Alcoutim and Sanlúcar back in service after repairs",
        date="2024-04-10", country="PT", region="europe", lang="en", authors=["Sarah Whitfield"],
        section="Algarve", categories="Algarve;Portugal",
        url="https://www.theportugalnews.example.com/news/2024-04-10/river-ferry-between-alcoutim-and-sanlucar-back-in-service/89123",
        hostname="theportugalnews.example.com", source_hostname="The Portugal News",
        tf_author="Sarah Whitfield", tf_date="2024-04-10", tf_language="en",
        description="The small ferry across the Guadiana had been out of service for three months.",
        head_lines=["The Portugal News", "Algarve", "By Sarah Whitfield", "10 Apr 2024, 14:30"],
        inserts={2: ["Advertisement"], 4: ["Related: Vila Real de Santo António ferry fares to rise"]},
        tail_lines=["Share", "Facebook", "X", "WhatsApp", "Subscribe to our newsletter", "\u00a9 2024 The Portugal News"],
        paras=P("""
The small ferry that carries passengers across the Guadiana between Alcoutim and the Spanish village of Sanlúcar de Guadiana is back in service after three months of repairs to its hull and engine.

The crossing, which takes only a few minutes, is used by residents of both villages to visit relatives, go to the shops or reach the doctor, as well as by tourists exploring the river.

During the repairs, workers replaced corroded steel plates on the bottom of the boat, fitted a new engine and installed a ramp to make it easier to board with bicycles and prams.

The ferry runs every day from nine in the morning until dusk, and passengers pay two euros for a single crossing or three euros for a return ticket.

Without the boat, people had to drive more than an hour to the nearest bridge to cross the border.

Alcoutim council said the ferry was an important link for the two communities, which have shared festivals and markets for generations.

A new timetable with extra crossings at weekends will start in July.
"""),
        must_have=[
            "During the repairs, workers replaced corroded steel plates on the bottom of the boat, fitted a new engine and installed a ramp to make it easier to board with bicycles and prams.",
            "The ferry runs every day from nine in the morning until dusk, and passengers pay two euros for a single crossing or three euros for a return ticket.",
        ]),
    # trafilatura, South Burnett Times (News Corp regional masthead): staff, a sealed section of the rail trail north of Kingaroy;
    # bare-name byline, 'Month D, YYYY - H:MMPM' date line.
    rec(cluster="southburnetttimes-rail-trail-sealed", role="single", file="trafilatura_southburnetttimes_rail_trail.json",
        render="trafilatura", title="Sealed section of rail trail opens north of Kingaroy",
        date="2024-09-25", country="AU", region="oceania", lang="en", authors=["Jessica Kemp"],
        section="News", categories="News;South Burnett",
        url="https://www.southburnetttimes.example.com.au/news/south-burnett/sealed-section-of-rail-trail-opens-north-of-kingaroy/news-story/3f2c1a",
        hostname="southburnetttimes.example.com.au", source_hostname="South Burnett Times",
        tf_author="Jessica Kemp", tf_date="2024-09-25", tf_language="en",
        description="Riders can now travel on a sealed surface all the way from Kingaroy to Murgon.",
        head_lines=["South Burnett Times", "News", "Jessica Kemp", "September 25, 2024 - 3:00PM"],
        inserts={2: ["Advertisement"], 4: ["More South Burnett news: Nanango show entries now open"]},
        tail_lines=["Share", "Facebook", "Email", "Subscribe to the South Burnett Times", "\u00a9 2024 News Pty Limited"],
        paras=P("""
Cyclists, walkers and horse riders can now travel on a new sealed section of the rail trail north of Kingaroy, after council crews finished a twelve-kilometre stretch along the old railway line.

The trail follows the route of the branch line that once carried peanuts, grain and timber from farms across the South Burnett to the coast.

Crews laid a smooth asphalt surface wide enough for two bikes side by side, replaced the rotten decking on three old rail bridges and added gates at every road crossing.

Rest stops with shade shelters, water tanks and bike repair stands have been built at two of the old railway sidings along the way.

South Burnett Regional Council said the new section meant riders could now travel on a sealed surface all the way from Kingaroy to Murgon.

Local cycling club member Darren Koch said the trail had already brought more visitors to towns such as Wondai, where cafes report busier weekends.

Horse riders are asked to use the grass verge beside the sealed path where one is provided.
"""),
        must_have=[
            "Crews laid a smooth asphalt surface wide enough for two bikes side by side, replaced the rotten decking on three old rail bridges and added gates at every road crossing.",
            "Rest stops with shade shelters, water tanks and bike repair stands have been built at two of the old railway sidings along the way.",
        ]),
]


# ---- JSONL batches (newsbeam html and text, news-please and trafilatura shapes) -------

SITE_GN = site("The Goshen News", "https://www.goshennews.example.com", " | News | goshennews.example.com", "en_US", "@goshennews",
               ["News", "Local News", "Sports", "Opinion", "Obituaries", "Business", "e-Edition"],
               ["\u00a9 2024 The Goshen News, a CNHI LLC publication", "Terms of Use", "Privacy Policy"],
               share=["Facebook", "Twitter", "Email", "Print"], top=["Subscribe", "Log In"])

JSONL_STORIES = [
    # newsbeam text shape: the SONNA story on Mustaqbal Media (syndicated member of the SONNA cluster).
    dict(SONNA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://mustaqbalmedia.example.net/so/buundada-beledweyne-oo-dib-loo-furay/",
         nb_published="2024-04-18T11:40:00Z", outlet="Mustaqbal Media", nb_authors=["SONNA"],
         head_lines=["Mustaqbal Media", "Wararka", "18-04-2024"],
         inserts={3: ["Xayeysiis"]},
         tail_lines=["SONNA", "La wadaag", "Facebook", "WhatsApp", "Ku biir kanaalkayaga WhatsApp", "\u00a9 2024 Mustaqbal Media"]),
    # news-please shape: the UzA story on Qalampir.uz (syndicated member of the UzA cluster).
    dict(UZA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://qalampir.example.uz/news/qo-qon-temir-yo-l-vokzali-ta-mirdan-so-ng-yo-lovchilarga-eshik-ochdi-104512",
         source_domain="qalampir.example.uz",
         np_authors=["O\u2018zA"], np_publish="2024-09-10 11:05:00", np_download="2024-09-10 18:22:40",
         head_lines=["Qalampir.uz", "Jamiyat", "10 sentabr 2024, 16:05"],
         inserts={2: ["Reklama"]},
         tail_lines=["Dilnoza Rahimova, O\u2018zA muxbiri", "Ulashish", "Telegram", "Instagram",
                     "Telegram kanalimizga obuna bo\u2018ling", "\u00a9 2024 Qalampir.uz"]),
    # newsbeam html shape: The Goshen News (Indiana daily, CNHI): staff, buggy lanes on a county road; 'MIDDLEBURY —' dateline,
    # byline in capitals with a 'Staff Writer' line, 'Name | The Goshen News' credit, reporter's contact tagline; newsbeam stamp
    # is UTC, the page's day is the 29th.
    rec(cluster="goshennews-middlebury-buggy-lanes", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_GN, title="County adds buggy lanes along busy road near Middlebury",
        date="2024-05-29", dateline="MIDDLEBURY \u2014 ", city="Middlebury", country="US", region="americas", lang="en",
        authors=["Marissa Yoder"], section="Local News", meta_section="Local News",
        url="https://www.goshennews.example.com/news/local_news/county-adds-buggy-lanes-along-busy-road-near-middlebury/article_5e1f.html",
        description="The new lanes are eight feet wide on each side of the road.",
        published="2024-05-29T21:30:00-04:00",
        nb_published="2024-05-30T01:30:00Z", outlet="The Goshen News", nb_authors=["Marissa Yoder"],
        byline_lines=["By MARISSA YODER", "Staff Writer"], date_lines=["May 29, 2024"], share_top=False,
        caption="A horse-drawn buggy travels in the new lane on County Road 16.", credit="Ruben Martinez | The Goshen News",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Shipshewana flea market opens for the season")]},
        end_lines=["Marissa Yoder can be reached at marissa.yoder@goshennews.example.com or 574-555-0142."],
        paras=P("""
Horse-drawn buggies now have a lane of their own along a two-mile stretch of County Road 16 east of town, after county highway crews finished widening the road's shoulders last week.

The road carries heavy traffic between Middlebury and Shipshewana, and Amish families who use it to reach schools, shops and the produce auction had long asked for a safer place to drive.

The new lanes are eight feet wide on each side of the road, paved with asphalt and marked with a white line and signs showing a horse and buggy.

Rumble strips between the buggy lanes and the main road warn drivers who drift to the edge, and the lanes are wide enough for bicycles as well.

County highway engineer Mark Stutzman said crashes involving buggies had become more common as tourist traffic in the area grew.

Farmer Levi Bontrager, who drives his family's buggy to church along the road every other Sunday, said the lanes gave him peace of mind when trucks passed.

The county plans to add buggy lanes on two more roads next summer.
"""),
        must_have=[
            "The new lanes are eight feet wide on each side of the road, paved with asphalt and marked with a white line and signs showing a horse and buggy.",
            "Rumble strips between the buggy lanes and the main road warn drivers who drift to the edge, and the lanes are wide enough for bicycles as well.",
        ]),
    # trafilatura shape: the JIS story on Western Mirror (syndicated member of the JIS cluster).
    dict(JIS, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://www.westernmirror.example.com/hagley-gap-students-get-their-first-school-bus/",
         hostname="westernmirror.example.com", source_hostname="Western Mirror",
         tf_author="JIS News", tf_date="2024-09-04", tf_language="en", categories="News;Education",
         head_lines=["Western Mirror", "News", "September 4, 2024", "By Shanique Barrett-Morgan, JIS Reporter"],
         inserts={2: ["Advertisement"]},
         tail_lines=["Source: JIS", "Share this:", "Facebook", "WhatsApp", "Related", "\u00a9 2024 Western Mirror"]),
    # news-please shape: Ruapehu Bulletin (Taumarunui and Ohakune weekly): staff, the Tūroa ski shuttle returns; bare-name byline;
    # news-please's UTC time is the evening before (NZST, UTC+12).
    rec(cluster="ruapehubulletin-ohakune-ski-shuttle", role="single", file=JSONL_B, render="newsplease",
        title="Ohakune ski shuttle back for winter after council funding",
        date="2024-06-21", country="NZ", region="oceania", lang="en", authors=["Liam Parata"],
        url="https://www.ruapehubulletin.example.co.nz/news/ohakune-ski-shuttle-back-for-winter-after-council-funding/",
        source_domain="www.ruapehubulletin.example.co.nz",
        description="The shuttle links Ohakune with the Tūroa ski field on Mt Ruapehu.",
        np_authors=["Liam Parata"], np_publish="2024-06-20 20:30:00", np_download="2024-06-21 04:47:03",
        head_lines=["Ruapehu Bulletin", "News", "Liam Parata", "June 21, 2024"],
        inserts={2: ["Advertisement"], 4: ["READ MORE: Raetihi pool to get new changing rooms"]},
        tail_lines=["Share", "Facebook", "Email", "Read the Ruapehu Bulletin e-edition", "\u00a9 2024 Ruapehu Bulletin"],
        paras=P("""
A shuttle bus linking Ohakune with the Tūroa ski field on Mt Ruapehu will run again this winter after the district council agreed to fund it for the season.

The service was dropped last year when the previous operator pulled out, leaving many visitors and ski field workers without a way up the mountain.

Buses will leave from the junction of Clyde Street and Goldfinch Street every half hour from seven in the morning, with the last bus back down the mountain at half past four.

Each bus can carry up to forty passengers and has racks for skis and snowboards, so that passengers do not have to hold their gear on their laps.

Council staff said the shuttle would also reduce the number of cars on the narrow Ohakune Mountain Road, which can become dangerous in snow and ice.

Ohakune business owner Tina Rangi said the shuttle was important for young workers who came to the town for the season without a car.

Tickets can be bought online or from the driver.
"""),
        must_have=[
            "Buses will leave from the junction of Clyde Street and Goldfinch Street every half hour from seven in the morning, with the last bus back down the mountain at half past four.",
            "Each bus can carry up to forty passengers and has racks for skis and snowboards, so that passengers do not have to hold their gear on their laps.",
        ]),
]

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "ninety-fifth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Radio Muqdisho '18 Abriil 2024' (Somali month name) with "
    "SONNA's dateline, which prints no date, and Mustaqbal Media '18-04-2024' (day first; newsbeam stamp 11:40Z = 14:40 in "
    "Somalia, UTC+3); Zamin.uz '10.09.2024, 15:32' (day first) and Qalampir.uz '10 sentabr 2024, 16:05' (Uzbek month name; "
    "news-please's 11:05 is UTC, 16:05 in Uzbekistan, UTC+5); Our Today 'September 4, 2024' (-05:00) and Western Mirror "
    "'September 4, 2024' (the handover was the Tuesday before); Teesdale Mercury 'Thursday, 24 October 2024' (both copies); "
    "Tamtaminfo '6 juin 2024'; Masvingo Star 'Friday, August 16, 2024'; Radio Bayamo '22 julio, 2024'; Radio Atlantique '27 "
    "juin 2024' (the flights resumed the Wednesday before, the 26th); Uttar Ujala '19 नवंबर 2024' (Hindi month name: 19 "
    "November; the first bus came on the Monday, the 18th); Neytralnyy Turkmenistan '12.12.2024' (day first; Neutrality Day); "
    "Stewart Island News '3 December 2024'; Niue Star 'Thursday 17 October 2024'; Savana '14 de Fevereiro de 2025'; Rue20 "
    "'الثلاثاء 3 ديسمبر 2024 - 14:30' (Tuesday 3 December, +01:00); The St Kitts-Nevis Observer 'January 21, 2025' (the "
    "roundabout opened on the Monday, the 20th); Yenidüzen '02 Ekim 2024, Çarşamba 11:45' (Turkish month, weekday after the "
    "date; the opening was 'dün', yesterday); Rustavi 2 '09.07.2024 18:40' (day first); Tuairisc.ie '5 Márta 2024' (Irish "
    "month name: 5 March); Saarte Hääl '24. jaanuar 2024, 12:10' (the ice road opened 'eile', the day before); Tivyside "
    "Advertiser 'Published: 8th August 2024' -> the 8th, not 'Last updated: 9th August 2024'; The Phuket News 'Saturday 30 "
    "November 2024, 10:15AM' (news-please's 03:15 is UTC, 10:15 in Thailand, UTC+7); Walcha News 'July 11, 2024' "
    "(news-please's '2024-07-10 21:30' is UTC; New South Wales is UTC+10 in July, so the 11th); Radio Tefana 'Papeete, le 14 "
    "mai 2024' in its dateline (news-please's '2024-05-15 02:40' is UTC; Tahiti is UTC-10, so the page's own day is the 14th); "
    "Patris '21.05.2024, 08:30' (day first); The Portugal News '10 Apr 2024, 14:30'; South Burnett Times 'September 25, 2024 - "
    "3:00PM'; The Goshen News 'May 29, 2024' (the newsbeam stamp 2024-05-30T01:30Z is UTC; Indiana is UTC-4 in May, so the "
    "29th); Ruapehu Bulletin 'June 21, 2024' (news-please's '2024-06-20 20:30' is UTC; New Zealand is UTC+12 in June, so the "
    "21st)",
    "dateline_city": "wire dateline: SONNA 'Beledweyne (SONNA) – ' -> 'Beledweyne' (Somali agency form: city, the agency in "
    "brackets, a dash; GeoNames' main name; both copies). UzA's copies open with no dateline (the correspondent signs at the "
    "end) and JIS's have none: null. Staff datelines: Uttar Ujala 'पिथौरागढ़। ' (the Hindi regional press's city closed by the "
    "danda) -> 'Pithorāgarh' (GeoNames' main name keeps the macron, as earlier sets keep 'Rājkot'; the village is in the "
    "district's border area); Rue20 'ورزازات – ' -> 'Ouarzazate'; The St Kitts-Nevis Observer 'CHARLESTOWN, Nevis – ' -> "
    "'Charlestown' (the capital of Nevis, country KN; the island after the city is not part of it); Radio Tefana 'Papeete, le "
    "14 mai 2024 – ' (city and full date) -> 'Papeete'; The Goshen News 'MIDDLEBURY — ' -> 'Middlebury' (the Indiana town in "
    "Elkhart County). Not datelines: Masvingo Star's 'From Tafadzwa Muchena in Bikita' names where the reporter filed from in "
    "the byline; Tamtaminfo's 'correspondant à Zinder' is the reporter's post in the byline; the title prefixes 'Zinder :' and "
    "'ورزازات..' are part of the headline. All records without a dateline have dateline_city null and take the country of the "
    "story's location",
    "country": "Beledweyne SO; Qo‘qon (Fergana region) UZ (asia); Hagley Gap (St Thomas) JM; Upper Teesdale and Barnard Castle "
    "(County Durham) GB; Zinder NE; Bikita (Masvingo province) ZW; Bayamo CU; Miquelon PM (Saint Pierre and Miquelon's own ISO "
    "code, americas, UN M49 Northern America); Pithoragarh district (Uttarakhand) IN; Daşoguz TM (asia); Oban (Stewart Island) "
    "NZ; Alofi NU (oceania); Inhambane and Maxixe MZ; Ouarzazate MA; Charlestown (Nevis) KN; Lefkoşa (North Nicosia) CY (asia, "
    "as earlier sets place Cyprus; the Turkish Cypriot capital is in the north of the island, which has no ISO code of its "
    "own); Chiatura GE (asia, as earlier sets place Georgia); Conamara (Co. Galway) IE; Virtsu-Kuivastu (Muhu) EE; Psiloritis "
    "(Crete) GR; Cardigan (Ceredigion) GB; Phuket TH; Walcha (New South Wales) AU; Papeete PF (French Polynesia's own ISO code, "
    "oceania); Alcoutim (Algarve) PT (the story's location, on the Portuguese bank; the ferry crosses to Spain); Kingaroy "
    "(Queensland) AU; Middlebury (Indiana) US; Ohakune NZ",
    "agency": "Radio Muqdisho and Mustaqbal Media carry SONNA (the Somali National News Agency: '(SONNA)' in the dateline, "
    "'Xigasho: SONNA' = source line on Radio Muqdisho, crawler author and closing line 'SONNA' on Mustaqbal Media); Zamin.uz "
    "and Qalampir.uz carry UzA (the National News Agency of Uzbekistan, 'O‘zA' in Uzbek: the correspondent's signature 'Dilnoza "
    "Rahimova, O‘zA muxbiri' = UzA correspondent, 'Manba: O‘zA' = source, news-please author 'O‘zA'; labelled 'UzA' as the "
    "agency writes its name in English); Our Today and Western Mirror carry JIS (the Jamaica Information Service, the "
    "government news agency whose stories the papers run, as BIS in dev_set95: 'Name/JIS' byline and 'Source: JIS' on Our "
    "Today, 'JIS Reporter' and 'Source: JIS' on Western Mirror, trafilatura author 'JIS News'). All other records are staff copy "
    "(agency null): Uttar Ujala's 'संवाददाता' is the paper's own correspondent, Rustavi 2's story is the channel's own "
    "newsroom's, Neytralnyy Turkmenistan's 'соб. корр. «НТ»' is the paper's own correspondent, the Masvingo Star's "
    "'published by Zimpapers' line names its publisher, and the institution credited for a photograph (Nevis Island "
    "Administration) is not a wire",
    "authors": "SONNA copies name no writer ('SONNA' in author fields is the agency); UzA 'Dilnoza Rahimova, O‘zA muxbiri' "
    "closing signature -> 'Dilnoza Rahimova' (the agency and 'muxbiri' = correspondent are not part of the name; both copies); "
    "JIS 'Shanique Barrett-Morgan/JIS' on Our Today and 'By Shanique Barrett-Morgan, JIS Reporter' on Western Mirror -> "
    "'Shanique Barrett-Morgan' (both copies; Western Mirror's trafilatura author 'JIS News' is the service); Teesdale Mercury "
    "'By Harriet Kirkbride' (both copies); Tamtaminfo 'Par Issoufou Maman Sani, correspondant à Zinder' -> 'Issoufou Maman "
    "Sani'; Masvingo Star 'From Tafadzwa Muchena in Bikita' -> 'Tafadzwa Muchena'; Radio Bayamo 'Por: Yunior Aguilera "
    "Rosales'; Radio Atlantique 'Par Maïté Arozamena'; Neytralnyy Turkmenistan's two-line closing signature 'Мерген ЧАРЫЕВ,' / "
    "'соб. корр. «НТ»' (surname in capitals, the Russian-language press's sign-off) -> 'Мерген Чарыев' in natural case, "
    "Cyrillic; Stewart Island News 'Words: Aroha Te Whata' -> 'Aroha Te Whata'; Niue Star 'Reporting: Moka Tukuitonga' -> 'Moka "
    "Tukuitonga'; Savana 'Por Ilídio Nhantumbo' (also the photographer); Rue20 'حنان أوبلا' in Arabic script; The St "
    "Kitts-Nevis Observer 'By Kerisha Liburd'; Yenidüzen 'Derya Kaptanoğlu' (also the photographer); Tuairisc.ie 'Éanna Mac "
    "Fhlannchadha'; Saarte Hääl 'Liina Kallas' (also the photographer); Tivyside Advertiser 'By Ffion Rees' ('Reporter' is a "
    "role line; also the photographer); The Phuket News 'By Pattarin Sirikul'; Walcha News 'Bridget Cowan'; Radio Tefana 'Par "
    "Vaimiti Teriitahi'; Patris 'Της Ελένης Μαρκάκη' (the Greek byline puts the name in the genitive after 'Της', 'of/by') -> "
    "'Ελένη Μαρκάκη', the name in the nominative as the page's author field gives it; The Portugal News 'By Sarah Whitfield'; "
    "South Burnett Times 'Jessica Kemp'; The Goshen News 'By MARISSA YODER' -> 'Marissa Yoder' (natural case; 'Staff Writer' is "
    "a role line and the closing contact tagline is chrome); Ruapehu Bulletin 'Liam Parata'. No writer: Uttar Ujala "
    "('संवाददाता' = correspondent, an unnamed byline) and Rustavi 2 (no byline). Photographers ('Jack Dowson', 'Jermaine "
    "Lawson', 'Leonel Escalona Furones', 'Karl Dixon', 'Cathal Ó Gríofa', 'Ruben Martinez') and people quoted in the stories "
    "are not authors",
    "editors": "no record names a story editor",
    "caption_credit": "credits without their wrapper: Teesdale Mercury 'Picture: Jack Dowson' -> 'Jack Dowson' (both copies); "
    "Our Today '(PHOTO: Jermaine Lawson)' -> 'Jermaine Lawson' (the JIS photographer; the credit's capitals are the wrapper's, "
    "the name is in natural case); Radio Bayamo 'Foto: Leonel Escalona Furones' -> 'Leonel Escalona Furones'; Stewart Island "
    "News 'Photo: Karl Dixon' -> 'Karl Dixon'; Niue Star 'Photo: Niue Star' -> 'Niue Star' (the paper's own name as printed, "
    "as Diario del Huila's in dev_set97); Savana 'Foto: Ilídio Nhantumbo' -> 'Ilídio Nhantumbo'; Rue20 'صورة: رو20' ('صورة' = "
    "picture) -> 'رو20' (the site's own name in Arabic script, as printed); The St Kitts-Nevis Observer '(Photo: Nevis Island "
    "Administration)' -> 'Nevis Island Administration'; Yenidüzen 'Fotoğraf: Derya Kaptanoğlu' -> 'Derya Kaptanoğlu'; "
    "Tuairisc.ie 'Grianghraf: Cathal Ó Gríofa' ('grianghraf' = photograph) -> 'Cathal Ó Gríofa'; Saarte Hääl 'Foto: Liina "
    "Kallas' -> 'Liina Kallas'; Tivyside Advertiser '(Image: Ffion Rees)' -> 'Ffion Rees'; The Goshen News 'Ruben Martinez | "
    "The Goshen News' (the CNHI 'Name | Masthead' credit, no wrapper word) -> kept as printed, name and masthead, as earlier "
    "sets keep 'Ellie Haskins/Kimberley Echo'. Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Our Today 'News', Savana 'Sociedade', Rue20 "
    "'مجتمع' (society), The St Kitts-Nevis Observer 'Nevis', Yenidüzen 'Haberler', Rustavi 2 'საზოგადოება' (society), "
    "Tuairisc.ie 'Nuacht' (news), Saarte Hääl 'Uudised', Tivyside Advertiser 'News', The Goshen News 'Local News'; trafilatura "
    "records take their first category (Western Mirror 'News', Patris 'Ηράκλειο' (Heraklion), The Portugal News 'Algarve', "
    "South Burnett Times 'News'); news-please, plain text and newsbeam text records have none (head lines such as 'Wararka', "
    "'Jamiyat', 'News', 'Société', 'Granma', 'Infos locales', 'उत्तराखंड', 'Общество', 'Phuket', 'Local News' and "
    "'Actualités' are chrome, not a section)",
    "language": "'so' Somali (two SONNA copies); 'uz' Uzbek in Latin script (o‘ and g‘ printed with a turned comma, the tutuq sign as 'ʼ' in taʼmir; "
    "two UzA copies); 'fr' French (Niger, Saint Pierre and Miquelon, Tahiti); 'pt' Mozambican Portuguese; 'ar' Arabic (Morocco); "
    "'es' Cuban Spanish; 'hi' Hindi in Devanagari; 'ru' Russian (Turkmenistan's Russian-language state daily); 'tr' Turkish "
    "(Turkish Cypriot); 'ka' Georgian in Georgian script; 'ga' Irish; 'et' Estonian; 'el' Greek in Greek script; all others "
    "English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, advertisement labels, "
    "related-story lines and boxes, most-read, trending and latest-news rails, newsletter, WhatsApp, Telegram, live-radio, "
    "live-TV and support-journalism promos, Rustavi 2's watch-the-report widget ('უყურეთ სიუჟეტს'), wire source lines and "
    "sign-offs ('Xigasho: SONNA', Mustaqbal Media's closing 'SONNA', 'Manba: O‘zA', 'Source: JIS'), the UzA correspondent's "
    "signature, Neytralnyy Turkmenistan's two-line signature, the Goshen News reporter's contact tagline, byline role lines "
    "('Reporter', 'Staff Writer'), update lines ('Last updated: ...'), publisher and ownership lines ('Zimpapers', 'Newsquest "
    "Media Group Ltd.', 'Australian Community Media', 'News Pty Limited', 'CNHI LLC', 'mediacoop, SA'), copyright lines, and "
    "byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (SONNA and UzA in the plain batch, JIS in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Teesdale Mercury: curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
    "publishers": "per publisher, the fields' conventions: Radio Muqdisho (text, so) and Mustaqbal Media (newsbeam text, so): "
    "SONNA copy, 'City (SONNA) –' dateline, no writer; Zamin.uz (text, uz) and Qalampir.uz (news-please, uz): UzA copy, no "
    "dateline, closing 'Name, O‘zA muxbiri' signature; Our Today (HTML gz, en) and Western Mirror (trafilatura, en): JIS copy, "
    "no dateline, 'Name/JIS' and 'Name, JIS Reporter' bylines, 'Source: JIS'; Teesdale Mercury (text and re-scrape, en): staff, "
    "'By' byline, 'Picture:' credit; Tamtaminfo (text, fr, 'Par NAME, correspondant à Town'), Masvingo Star (text, en, 'From "
    "NAME in Place'), Radio Bayamo (text, es, 'Por:' and 'Foto:'), Radio Atlantique (text, fr), Uttar Ujala (text, hi, 'City।' "
    "dateline, unnamed correspondent), Neytralnyy Turkmenistan (text, ru, two-line closing signature), Stewart Island News "
    "(text, en, 'Words:'), Niue Star (text, en, 'Reporting:', the paper as credit): staff; Savana (HTML, pt), Rue20 (HTML, ar, "
    "Arabic dateline), The St Kitts-Nevis Observer (HTML, en, 'CITY, Island –' dateline), Yenidüzen (HTML, tr, consent wall, "
    "JSON-LD @graph), Rustavi 2 (HTML, ka, no byline, no JSON-LD), Tuairisc.ie (HTML, ga, 'Grianghraf:'), Saarte Hääl (HTML, "
    "et), Tivyside Advertiser (HTML, en, Newsquest 'Published:' and 'Last updated:' lines): staff; The Phuket News, Walcha "
    "News, Radio Tefana (news-please, en/en/fr; Radio Tefana 'Papeete, le D mois YYYY –' dateline): staff; Patris "
    "(trafilatura, el, genitive byline), The Portugal News, South Burnett Times (trafilatura, en): staff; The Goshen News "
    "(newsbeam html, en, 'CITY —' dateline, capitals byline, 'Name | Masthead' credit) and Ruapehu Bulletin (news-please, "
    "en): staff",
}

PLACEHOLDERS = {"sonna", "somali national news agency", "radio muqdisho", "mustaqbal media", "uza", "o‘za", "o'za",
                "o‘za muxbiri", "national news agency of uzbekistan", "zamin.uz", "zamin", "qalampir.uz", "qalampir", "jis",
                "jis news", "jis reporter", "jamaica information service", "our today", "western mirror", "teesdale mercury",
                "teesdale mercury ltd", "tamtaminfo", "masvingo star", "zimpapers", "radio bayamo", "radio atlantique",
                "उत्तर उजाला", "uttar ujala", "संवाददाता", "нейтральный туркменистан", "«нт»", "нт", "соб. корр. «нт»",
                "neytralnyy turkmenistan", "stewart island news", "niue star", "savana", "mediacoop", "rue20", "رو20",
                "the st kitts-nevis observer", "nevis island administration", "yenidüzen", "რუსთავი 2", "rustavi 2",
                "tuairisc.ie", "tuairisc", "saarte hääl", "tivyside advertiser", "newsquest", "reporter",
                "the phuket news", "walcha news", "australian community media", "radio tefana", "πατρίς", "patris",
                "the portugal news", "south burnett times", "news pty limited", "the goshen news", "staff writer", "cnhi",
                "ruapehu bulletin"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
