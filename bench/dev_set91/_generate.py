#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninety-first development set (bench/dev_set91/, first written as the eighty-eighth held-out set).

    .venv/bin/python bench/dev_set91/_generate.py

Writes ``bench/dev_set91/articles/*`` and ``bench/dev_set91/labels.json`` (next to this
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
bench/dev_set90/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about parks and everyday public spaces: playground and park
    renovations, public toilets and drinking fountains, benches and shade, dog
    parks, street trees, town squares and market squares.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout88_2025-a.jsonl"
JSONL_B = "crawl_holdout88_2025-b.jsonl.gz"


# ---- cluster: BTA, Vratsa (Glasove scrape + copy on Dir.bg in the plain batch) ----

BTA = rec(
    cluster="bta-vratsa-playground-renovation",
    title="Във Враца обновяват девет детски площадки до края на лятото",
    date="2025-06-11",
    dateline="Враца, 11 юни /Кирил Петков, БТА/ ",
    city="Vratsa",
    country="BG",
    region="europe",
    agency="BTA",
    authors=["Кирил Петков"],
    lang="bg",
    paras=P("""
Девет детски площадки в жилищните квартали на Враца ще бъдат напълно обновени до края на лятото, съобщиха от общината.

Старите метални люлки и пързалки ще бъдат демонтирани, а на тяхно място ще бъдат поставени нови съоръжения с ударопоглъщаща настилка.

Според заместник-кмета Милена Дечева част от площадките не са ремонтирани от повече от двадесет години и вече не отговарят на изискванията за безопасност.

На всяка площадка ще има пейки със засенчване, чешма с питейна вода и кошчета за отпадъци, а около пясъчниците ще бъде поставена ниска ограда.

Родители от квартал Дъбника са предложили и места за по-големи деца, затова на две от площадките ще бъдат изградени игрища за баскетбол.

Ремонтът се финансира от общинския бюджет и струва около 1,2 милиона лева. Дечева уточни, че работата ще започне от площадките, които са най-близо до детските градини, и че през това време децата могат да използват градския парк.

Общината ще поиска мнението на живущите и за следващите площадки.
"""),
    must_have=[
        "Старите метални люлки и пързалки ще бъдат демонтирани, а на тяхно място ще бъдат поставени нови съоръжения с ударопоглъщаща настилка.",
        "На всяка площадка ще има пейки със засенчване, чешма с питейна вода и кошчета за отпадъци, а около пясъчниците ще бъде поставена ниска ограда.",
    ],
)

# ---- cluster: BNA, Al Muharraq (Albilad scrape + copy on Akhbarak in the plain batch) ----

BNA = rec(
    cluster="bna-muharraq-shaded-walkway-fountains",
    title="افتتاح ممشى مظلل مع برادات مياه للشرب في المحرق",
    date="2024-11-20",
    dateline="المحرق في 20 نوفمبر / بنا / ",
    city="Al Muharraq",
    country="BH",
    region="asia",
    agency="BNA",
    lang="ar",
    description="الممشى يضم مظلات ومقاعد وبرادات مياه.",
    paras=P("""
افتتحت بلدية المحرق اليوم ممشى جديدا مظللا بطول كيلومتر ونصف في أحد الأحياء السكنية، ضمن خطة لتطوير المساحات العامة في المحافظة.

وقال مدير عام البلدية إن الممشى يضم مظلات على طول المسار ومقاعد للجلوس كل مئة متر، إلى جانب إنارة حديثة تعمل بالطاقة الشمسية.

وأضاف أن البلدية ركبت ست برادات لمياه الشرب على طول الممشى، مع صنابير منخفضة يستطيع الأطفال ومستخدمو الكراسي المتحركة الوصول إليها.

وأوضح أن الممشى زرع بأشجار محلية تتحمل الحرارة وقلة المياه، وتروى بنظام تنقيط من مياه معالجة.

وأشار إلى أن الأهالي طالبوا بالمشروع منذ سنوات بسبب غياب أماكن آمنة للمشي في فصل الصيف.

وبين أن البلدية ستنفذ ممشيين مماثلين في العام المقبل، داعيا المستخدمين إلى المحافظة على المرافق العامة والإبلاغ عن أي عطل عبر تطبيق الخدمات البلدية.

وقال عدد من سكان الحي إنهم كانوا يضطرون إلى المشي على جانب الطريق بين السيارات، وإن الممشى الجديد أصبح مكانا يلتقي فيه الجيران مساء كل يوم، خاصة كبار السن والأمهات مع أطفالهن. وأكدت البلدية أنها ستضع لوحات إرشادية على طول المسار توضح المسافات وأماكن برادات المياه والمقاعد، كما ستنظم حملات تطوعية لزراعة المزيد من الأشجار في الشتاء المقبل.
"""),
    must_have=[
        "وأضاف أن البلدية ركبت ست برادات لمياه الشرب على طول الممشى، مع صنابير منخفضة يستطيع الأطفال ومستخدمو الكراسي المتحركة الوصول إليها.",
        "وأوضح أن الممشى زرع بأشجار محلية تتحمل الحرارة وقلة المياه، وتروى بنظام تنقيط من مياه معالجة.",
    ],
)

# ---- cluster: ZANIS, Mongu (Kitwe Online gzipped page + copy on Daily Nation in the gzipped batch) ----

ZANIS = rec(
    cluster="zanis-mongu-market-toilets",
    title="Mongu traders welcome new ablution block at main market",
    date="2025-03-27",
    dateline="MONGU, March 27 (ZANIS) -- ",
    city="Mongu",
    country="ZM",
    region="africa",
    agency="ZANIS",
    authors=["Namakau Lubinda"],
    lang="en",
    description="The block has separate sections for women and men and a hand-washing station.",
    paras=P("""
Traders at Mongu main market have welcomed the opening of a new ablution block, saying the old toilets had been closed for almost two years.

Mongu Municipal Council Town Clerk Mr Sililo Mubita said the block has twelve toilets, separate sections for women and men, and a room for people with disabilities.

Mr Mubita said the council has connected the block to a new borehole and water tank, so that taps work even when the town supply is cut.

A group of six cleaners, chosen from the marketeers' association, will keep the block open from five in the morning until seven in the evening.

Users will pay one kwacha per visit, and the money will be used to buy cleaning materials and pay the cleaners.

Marketeers' chairperson Ms Inonge Kalaluka said women selling fish and vegetables had suffered the most from the lack of toilets.

The block was built with money from the Constituency Development Fund.
"""),
    must_have=[
        "Mr Mubita said the council has connected the block to a new borehole and water tank, so that taps work even when the town supply is cut.",
        "A group of six cleaners, chosen from the marketeers' association, will keep the block open from five in the morning until seven in the evening.",
    ],
)

# ---- cluster: Kaipara Lifestyler, page + noisy re-scrape ----

KL = rec(
    cluster="kaiparalifestyler-dargaville-dog-park",
    title="Dargaville dog owners get fenced park on the riverbank",
    date="2024-09-12",
    country="NZ",
    region="oceania",
    authors=["Tania Herewini"],
    lang="en",
    caption="Volunteers planted shade trees along the fence of the new dog park.",
    credit="Tania Herewini",
    paras=P("""
Dog owners in Dargaville finally have a fenced off-leash area after a two-year campaign that began with a petition at the Saturday market.

The park covers about half a hectare of council land on the riverbank and has a double gate, so dogs cannot slip out when someone arrives.

Campaigner Lisa Tautari said owners of small and nervous dogs asked for a separate corner, and the council agreed to fence off a smaller area with its own gate.

There is a water trough, two benches and a bin with free bags, and volunteers planted a row of totara along the fence for shade.

Kaipara District Council parks manager Glen Foley said the fencing cost about 48,000 dollars, with local businesses donating the gates and the benches.

Foley said rangers will check the park every week, and owners must still keep their dogs on a lead on the walkway to the car park.

A community working bee to spread bark under the trees is planned for next month.
"""),
    must_have=[
        "There is a water trough, two benches and a bin with free bags, and volunteers planted a row of totara along the fence for shade.",
        "Foley said rangers will check the park every week, and owners must still keep their dogs on a lead on the walkway to the car park.",
    ],
)
KL_PRE = ["Kaipara Lifestyler", "Home", "News", "Sport", "Rural", "What's On", "Classifieds"]
KL_HEAD = ["By Tania Herewini", "12 September, 2024"]
KL_CAP = ["Volunteers planted shade trees along the fence of the new dog park. Photo / Tania Herewini"]
KL_TAIL = [["Got a story? Email editor@kaiparalifestyler.example.co.nz"],
           ["More local news"],
           ["Ruawai school pool reopens after repairs"],
           ["Pick up your free copy of the Lifestyler every Thursday"],
           ["© 2024 Kaipara Lifestyler. Locally owned."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Kaipara Lifestyler (Dargaville, free weekly): original of the re-scrape cluster; 'Photo /' credit (NZ style).
    dict(KL, role="original", file="kaiparalifestyler_dargaville_dog_park.txt", render="text",
         pre=[KL_PRE], head=[KL_HEAD, ["Share", "Facebook", "Email"]], cap_lines=KL_CAP,
         inserts={2: ["Advertisement"], 4: ["READ MORE:", "Baylys Beach toilets to be replaced"]},
         tail=KL_TAIL),
    dict(KL, role="rescrape", file="kaiparalifestyler_dargaville_dog_park_rescrape.txt.gz", render="text", noise=True,
         pre=[KL_PRE], head=[KL_HEAD], cap_lines=KL_CAP,
         tail=[["Read the full e-edition online. Subscribe for free."], *KL_TAIL]),
    # Glasove (Sofia, Bulgarian): original of the BTA cluster; 'Враца, 11 юни /Кирил Петков, БТА/' dateline names the reporter.
    dict(BTA, role="original", file="glasove_bta_vratsa_ploshtadki_bg.txt", render="text",
         editors=["Светла Иванова"],
         pre=[["Гласове", "Начало", "Новини", "България", "Свят", "Коментари", "Анализи"]],
         head=[["Новини"], ["Източник: БТА"], ["11 юни 2025, 14:32"]],
         inserts={2: ["Реклама"], 4: ["Прочетете още:", "Нови пейки и осветление в парка на Монтана"]},
         tail=[["Редактор: Светла Иванова"], ["Сподели", "Facebook", "Viber"], ["Още от категорията"],
               ["Последвайте ни в Google News"], ["Коментари (0)"],
               ["Този сайт използва бисквитки. Научете повече."],
               ["© 2025 Гласове. Всички права запазени."]]),
    # Albilad (Manama, Arabic): original of the BNA cluster; 'المحرق في 20 نوفمبر / بنا /' dateline.
    dict(BNA, role="original", file="albilad_bna_muharraq_mamsha_ar.txt", render="text",
         pre=[["البلاد", "الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "أعمدة"]],
         head=[["محليات"], ["بنا"], ["الأربعاء 20 نوفمبر 2024 | 12:45 مساءً"]],
         inserts={2: ["إعلان"], 4: ["اقرأ أيضا", "تطوير حديقة عامة في مدينة عيسى"]},
         tail=[["/ بنا / ع م ر"], ["شارك"], ["واتساب", "إكس", "تيليغرام"], ["أخبار ذات صلة"],
               ["تابعوا البلاد على قناة واتساب"], ["© حقوق النشر محفوظة لصحيفة البلاد 2024"]]),
    # Lokshahi (Marathi, TV news site): staff, Kolhapur market toilets; Marathi byline with role.
    rec(cluster="lokshahi-kolhapur-market-toilets", role="single", file="lokshahi_kolhapur_swachhtagruh_mr.txt", render="text",
        title="कोल्हापुरातील मंडईत महिलांसाठी नवे स्वच्छतागृह, विक्रेत्या महिलांना दिलासा",
        date="2024-12-03", country="IN", region="asia", lang="mr", authors=["संदीप पाटील"],
        pre=[["लोकशाही", "होम", "महाराष्ट्र", "राजकारण", "मुंबई", "क्रीडा", "मनोरंजन"]],
        head=[["संदीप पाटील, प्रतिनिधी, कोल्हापूर"], ["Published on: 03 Dec 2024, 4:18 pm"]],
        inserts={2: ["जाहिरात"], 4: ["हेही वाचा:", "रंकाळा तलावाच्या काठावर नवे बाक आणि पिण्याच्या पाण्याची सोय"]},
        tail=[["लोकशाही मराठी बातम्यांसाठी आमचे अॅप डाउनलोड करा"], ["शेअर करा", "फेसबुक", "व्हॉट्सअॅप"], ["संबंधित बातम्या"],
              ["ताज्या बातम्या"], ["© 2024 Lokshahi News. सर्व हक्क राखीव."]],
        paras=P("""
कोल्हापूर शहरातील मुख्य भाजी मंडईत महिलांसाठी नवे स्वच्छतागृह सुरू करण्यात आले असून त्यामुळे विक्रेत्या महिलांना मोठा दिलासा मिळाला आहे.

मंडईत दररोज तीनशेहून अधिक महिला भाजी आणि फळे विकतात, मात्र गेली अनेक वर्षे त्यांच्यासाठी जवळ स्वच्छतागृह नव्हते.

नव्या इमारतीत आठ शौचालये, हात धुण्यासाठी पाणी, सॅनिटरी पॅड मशीन आणि लहान मुलांसाठी स्वतंत्र खोली आहे.

महापालिकेच्या अधिकाऱ्यांनी सांगितले की स्वच्छतागृह सकाळी पाच ते रात्री नऊ या वेळेत खुले राहील आणि त्याची देखभाल एका महिला बचत गटाकडे दिली आहे.

भाजी विक्रेत्या सुनीता जाधव म्हणाल्या की आधी त्यांना दिवसभर पाणी कमी प्यावे लागत असे आणि त्यामुळे अनेक महिला आजारी पडत होत्या.

महापालिकेने शहरातील इतर चार मंडयांमध्येही अशीच स्वच्छतागृहे बांधण्याचा प्रस्ताव तयार केला आहे आणि त्यासाठी निधी मंजूर होण्याची प्रतीक्षा आहे.

बचत गटाच्या अध्यक्षा मंगल कांबळे यांनी सांगितले की स्वच्छतागृहाची स्वच्छता दिवसातून चार वेळा केली जाईल आणि वापरासाठी फक्त दोन रुपये शुल्क घेतले जाईल. मंडईत येणाऱ्या महिला ग्राहकांनाही या सुविधेचा फायदा होणार असून ज्येष्ठ नागरिकांसाठी आधाराचे हँडल बसवण्यात आले आहेत. अनेक विक्रेत्या महिलांनी महापालिकेचे आभार मानले.
"""),
        must_have=[
            "नव्या इमारतीत आठ शौचालये, हात धुण्यासाठी पाणी, सॅनिटरी पॅड मशीन आणि लहान मुलांसाठी स्वतंत्र खोली आहे.",
            "महापालिकेच्या अधिकाऱ्यांनी सांगितले की स्वच्छतागृह सकाळी पाच ते रात्री नऊ या वेळेत खुले राहील आणि त्याची देखभाल एका महिला बचत गटाकडे दिली आहे.",
        ]),
    # Liter.kz (Almaty, Russian): Kazinform copy, 'ТУРКЕСТАН. KAZINFORM —' capital dateline.
    rec(cluster="liter-kazinform-turkistan-street-trees", role="single", file="liter_kazinform_turkestan_derevya_ru.txt", render="text",
        title="В Туркестане вдоль улиц высадят пять тысяч деревьев",
        date="2025-04-08", dateline="ТУРКЕСТАН. KAZINFORM — ", city="Turkistan", country="KZ", region="asia",
        agency="Kazinform", lang="ru",
        pre=[["Liter.kz", "Главная", "Казахстан", "Общество", "Экономика", "Мир", "Спорт"]],
        head=[["Общество"], ["Kazinform"], ["08.04.2025, 11:20"], ["Время чтения: 2 минуты"]],
        inserts={2: ["Реклама"], 4: ["Читайте также:", "В Шымкенте откроют новый сквер у набережной"]},
        tail=[["Подписывайтесь на наш Telegram-канал"], ["Поделиться", "Telegram", "WhatsApp"], ["Популярное"],
              ["Нашли ошибку? Выделите текст и нажмите Ctrl+Enter"], ["При использовании материалов ссылка на Liter.kz обязательна."],
              ["© 2025 Liter.kz"]],
        paras=P("""
Около пяти тысяч деревьев высадят этой весной вдоль улиц Туркестана, сообщили в акимате города.

По словам заместителя акима Айгерим Сыздыковой, в первую очередь деревья появятся на улицах, ведущих к школам, поликлиникам и рынку.

Для посадки выбрали карагач, тополь и шелковицу, которые хорошо переносят жару и засуху, а также декоративные кустарники для аллей.

Каждое дерево будет подключено к системе капельного полива, а за саженцами в течение трех лет будет ухаживать коммунальное предприятие.

Сыздыкова отметила, что в прошлые годы значительная часть саженцев погибала летом из-за нехватки воды, поэтому полив теперь предусмотрен заранее.

Жители могут предложить свою улицу для озеленения через городской портал, а школьники и студенты примут участие в субботниках.

В акимате подчеркнули, что тень от деревьев должна сделать пешие прогулки по городу летом более комфортными.

Кроме того, вдоль новых аллей установят скамейки и питьевые фонтанчики, а в нескольких местах появятся навесы для отдыха. Работы планируется завершить до начала сильной летней жары в конце мая.
"""),
        must_have=[
            "Каждое дерево будет подключено к системе капельного полива, а за саженцами в течение трех лет будет ухаживать коммунальное предприятие.",
            "Жители могут предложить свою улицу для озеленения через городской портал, а школьники и студенты примут участие в субботниках.",
        ]),
    # Grenada Informer (St George's, weekly): staff, Market Square benches and shade; desk byline only.
    rec(cluster="grenadainformer-market-square-shade", role="single", file="grenadainformer_market_square_shade.txt", render="text",
        title="Shade sails and new benches for St George's Market Square",
        date="2024-10-18", country="GD", region="americas", lang="en",
        pre=[["THE GRENADA INFORMER", "Home", "Local", "Regional", "Sports", "Business", "Letters"]],
        head=[["By Informer Staff"], ["October 18, 2024"], ["0 Comments"]],
        inserts={2: ["Advertisement"], 4: ["ALSO READ:", "Grand Anse beach showers back in service"]},
        tail=[["Share this:", "Facebook", "WhatsApp", "X"], ["Like this:", "Loading..."], ["Related"],
              ["Leave a Reply"], ["Your email address will not be published. Required fields are marked *"],
              ["Copyright © 2024 The Grenada Informer. All rights reserved."]],
        paras=P("""
Vendors and shoppers at the Market Square in St George's will soon have relief from the midday sun, as work begins on shade sails and new benches.

The project covers the open part of the square where fruit and vegetable vendors set up on Saturdays, and where there has been almost no shade for years.

Four large sails will be fixed to steel posts anchored in the ground, and they can be taken down quickly when a storm warning is issued.

Twelve wooden benches with backs and armrests will replace the concrete blocks that older shoppers used as seats.

A vendor who has sold spices in the square for thirty years said she had watched customers faint in the heat during the dry season.

Officials said a drinking water fountain will also be installed near the bus terminal end of the square before the end of the year.

Work is expected to take six weeks and vendors will keep trading during that time.
"""),
        must_have=[
            "Four large sails will be fixed to steel posts anchored in the ground, and they can be taken down quickly when a storm warning is issued.",
            "Twelve wooden benches with backs and armrests will replace the concrete blocks that older shoppers used as seats.",
        ]),
    # Le Potentiel (Kinshasa, French): staff, the renovation of a public garden in Gombe.
    rec(cluster="lepotentiel-kinshasa-jardin-public", role="single", file="lepotentiel_kinshasa_jardin_fr.txt", render="text",
        title="Kinshasa : un jardin public de la Gombe rouvre après six mois de travaux",
        date="2024-08-22", country="CD", region="africa", lang="fr", authors=["Patrick Mavungu"],
        pre=[["Le Potentiel", "Accueil", "Politique", "Economie", "Société", "Provinces", "Sports"]],
        head=[["Société"], ["Patrick Mavungu"], ["jeudi 22 août 2024"]],
        inserts={2: ["Publicité"], 4: ["Lire aussi :", "Lingwala : les riverains réclament des toilettes publiques au marché"]},
        tail=[["Partager", "Facebook", "WhatsApp", "X"], ["Articles similaires"], ["Les plus lus"],
              ["Abonnez-vous à notre version numérique"], ["Laisser un commentaire"],
              ["Le Potentiel, quotidien indépendant paraissant à Kinshasa"], ["© 2024 Le Potentiel. Tous droits réservés."]],
        paras=P("""
Un jardin public de la commune de la Gombe a rouvert ses portes cette semaine après six mois de travaux de réhabilitation financés par l'Hôtel de ville.

Les allées, longtemps envahies par les herbes et les eaux stagnantes, ont été pavées, et un système de drainage a été installé pour éviter les inondations pendant la saison des pluies.

Le jardin compte désormais une aire de jeux pour enfants, une trentaine de bancs et des lampadaires solaires qui permettent aux familles de rester jusqu'à la tombée de la nuit.

Des agents de l'Hôtel de ville assureront l'entretien et la sécurité du site, ouvert tous les jours de six heures à vingt heures.

Selon le bourgmestre adjoint, Jean-Claude Ilunga, l'objectif est de rendre aux Kinois des espaces verts gratuits, dans une ville où ils se font de plus en plus rares.

Des habitants rencontrés sur place ont salué l'initiative, tout en demandant que d'autres jardins des communes populaires soient aussi réhabilités.
"""),
        must_have=[
            "Le jardin compte désormais une aire de jeux pour enfants, une trentaine de bancs et des lampadaires solaires qui permettent aux familles de rester jusqu'à la tombée de la nuit.",
            "Des agents de l'Hôtel de ville assureront l'entretien et la sécurité du site, ouvert tous les jours de six heures à vingt heures.",
        ]),
    # Klaipėda (daily, Lithuanian): staff, street trees in the old town; author line with e-mail.
    rec(cluster="klaipeda-senamiestis-medziai", role="single", file="klaipeda_senamiescio_medziai_lt.txt", render="text",
        title="Klaipėdos senamiestyje pasodins šimtą naujų medžių",
        date="2025-04-29", country="LT", region="europe", lang="lt", authors=["Rūta Jankauskienė"],
        pre=[["Klaipėda", "Naujienos", "Miestas", "Uostas", "Kultūra", "Sportas", "Nuomonės"]],
        head=[["Rūta Jankauskienė"], ["ruta.jankauskiene@klaipeda.example.lt"], ["2025-04-29 09:15"]],
        inserts={2: ["Reklama"], 4: ["Taip pat skaitykite:", "Smiltynėje atnaujinta vaikų žaidimų aikštelė"]},
        tail=[["Dalintis", "Facebook", "Messenger"], ["Komentarai (12)"], ["Komentuoti gali tik prisiregistravę vartotojai"],
              ["Susiję straipsniai"], ["Skaitomiausi"], ["Visos teisės saugomos. © UAB „Klaipėdos dienraštis“"]],
        paras=P("""
Šį pavasarį Klaipėdos senamiestyje bus pasodinta šimtas naujų medžių, pranešė savivaldybės Miesto tvarkymo skyrius.

Daugiausia medžių atsiras Turgaus ir Tiltų gatvėse, kur per pastaruosius dešimtmečius nukirsti seni medžiai taip ir nebuvo atsodinti.

Skyriaus vedėja Jurgita Stankienė sakė, kad bus sodinamos liepos, klevai ir gudobelės, nes jos gerai auga siaurose gatvėse.

Kiekvienam medžiui bus įrengta požeminė šaknų sistema, kad šaknys nekeltų grindinio ir gautų pakankamai vandens.

Šalia naujų medžių bus pastatyta dvidešimt suoliukų, o vasarą medžius laistys savivaldybės įmonės darbuotojai.

Gyventojai galės pasiūlyti ir kitas vietas, kur reikėtų medžių, užpildę anketą savivaldybės interneto svetainėje.

Darbai truks iki birželio pradžios, todėl kai kuriose gatvėse laikinai bus ribojamas eismas.

Pasak Stankienės, anksčiau senamiestyje medžiai dažnai nudžiūdavo, nes jiems trūko vietos šaknims, o vasarą gatvės labai įkaisdavo. Naujieji medžiai turėtų ne tik suteikti pavėsio, bet ir sumažinti triukšmą bei dulkes. Projektas finansuojamas iš savivaldybės biudžeto ir Europos Sąjungos lėšų, o jo vertė siekia beveik pusę milijono eurų. Gyventojų prašoma saugoti jaunus medelius ir nepririšti prie jų dviračių.
"""),
        must_have=[
            "Kiekvienam medžiui bus įrengta požeminė šaknų sistema, kad šaknys nekeltų grindinio ir gautų pakankamai vandens.",
            "Šalia naujų medžių bus pastatyta dvidešimt suoliukų, o vasarą medžius laistys savivaldybės įmonės darbuotojai.",
        ]),
    # Highland Post (Kohima): staff, public toilets and fountain at a town square; 'Correspondent' desk line.
    rec(cluster="highlandpost-kohima-public-toilets", role="single", file="highlandpost_kohima_public_toilets.txt", render="text",
        title="Kohima gets first public toilet with drinking water point near main square",
        date="2025-02-14", country="IN", region="asia", lang="en",
        pre=[["HIGHLAND POST", "Home", "Nagaland", "Northeast", "National", "Sports", "Editorial"]],
        head=[["Correspondent"], ["Kohima | Published on February 14, 2025"]],
        inserts={2: ["Advertisement"], 4: ["Also Read:", "Dimapur market vendors demand shelter from rain"]},
        tail=[["Share", "Facebook", "WhatsApp", "X"], ["Related Posts"], ["Trending Now"],
              ["Follow Highland Post on WhatsApp"],
              ["Disclaimer: The views expressed in the comments are those of the readers."],
              ["© 2025 Highland Post. All Rights Reserved."]],
        paras=P("""
Kohima now has a modern public toilet with a free drinking water point close to its busiest square, the municipal council said on Thursday.

The facility was built on a small plot beside the taxi stand, where thousands of people pass every day on their way to offices and markets.

It has separate sections for women and men, an accessible toilet with a ramp, and a filtered water tap that anyone can use without paying.

Officials said the toilets are cleaned every three hours by staff employed by the council, and users pay five rupees to use them.

A shopkeeper near the square said tourists and shoppers used to ask her where they could find a toilet, and she had no answer.

The council plans to build two more such facilities near the main bus stations in the coming financial year, and has asked citizens to keep them clean.

The council thanked residents for their patience during the work.
"""),
        must_have=[
            "It has separate sections for women and men, an accessible toilet with a ramp, and a filtered water tap that anyone can use without paying.",
            "Officials said the toilets are cleaned every three hours by staff employed by the council, and users pay five rupees to use them.",
        ]),
    # George Herald (Western Cape, Caxton local): staff, splash pad and benches at a park; 'Photo:' credit.
    rec(cluster="georgeherald-park-upgrade-splash", role="single", file="georgeherald_park_upgrade.txt", render="text",
        title="Pacaltsdorp park upgrade brings play equipment and benches",
        date="2024-11-07", country="ZA", region="africa", lang="en", authors=["Marike Swart"],
        caption="Children try out the new climbing frame at the upgraded park.", credit="Marike Swart",
        pre=[["George Herald", "News", "Local News", "Sport", "Lifestyle", "Community", "E-Edition"]],
        head=[["Marike Swart", "Journalist"], ["07 November 2024 | 10:15"]],
        cap_lines=["Children try out the new climbing frame at the upgraded park. Photo: Marike Swart"],
        inserts={2: ["Advertisement"], 4: ["ALSO READ:", "Residents clean up Blanco community garden"]},
        tail=[["Do you have a story? WhatsApp us on 072 000 0000."], ["Join our WhatsApp channel"], ["Share"],
              ["Related Articles"], ["Latest Articles"],
              ["© Copyright 2024 Caxton and CTP Publishers and Printers Ltd. All rights reserved."]],
        paras=P("""
Children in Pacaltsdorp have a safe place to play again after the municipality finished upgrading a neglected park in the suburb.

The park had broken swings and was overgrown for years, and parents said they were afraid to let their children play there.

The upgrade included new climbing frames, swings and a slide on a soft rubber surface, as well as eight benches and a fenced area for toddlers.

The municipality also planted trees along the edge of the park and installed a drinking fountain next to the gate.

Ward councillor Mr Dirk Plaatjies said residents were consulted before the work started and asked mainly for more light and a safer fence.

He said the park will be locked at night and that a neighbourhood watch has agreed to keep an eye on it.

Mother of three Ms Chantel Jacobs said it was the first time in years she could sit on a bench and watch her children play close to home.
"""),
        must_have=[
            "The upgrade included new climbing frames, swings and a slide on a soft rubber surface, as well as eight benches and a fenced area for toddlers.",
            "The municipality also planted trees along the edge of the park and installed a drinking fountain next to the gate.",
        ]),
    # Diário de Moçambique (Beira, Portuguese): AIM copy, 'Beira, 05 Mar (AIM) –' dateline.
    rec(cluster="diariodemocambique-aim-beira-praca", role="single", file="diariodemocambique_aim_beira_praca_pt.txt", render="text",
        title="Beira: Praça do Município reabilitada com novos bancos e iluminação",
        date="2025-03-05", dateline="Beira, 05 Mar (AIM) – ", city="Beira", country="MZ", region="africa",
        agency="AIM", lang="pt",
        pre=[["Diário de Moçambique", "Início", "Nacional", "Sofala", "Economia", "Desporto", "Opinião"]],
        head=[["Sofala"], ["AIM"], ["05/03/2025"]],
        inserts={2: ["Publicidade"], 4: ["Leia também:", "Dondo: vendedores pedem cobertura no mercado central"]},
        tail=[["(AIM) JN/ML"], ["Partilhar", "Facebook", "WhatsApp"], ["Notícias relacionadas"], ["Mais lidas"],
              ["Siga-nos no Facebook"], ["© 2025 Diário de Moçambique. Todos os direitos reservados."]],
        paras=P("""
A Praça do Município, no centro da cidade da Beira, foi reaberta ao público depois de obras de reabilitação que duraram cerca de oito meses.

A praça tinha sido seriamente danificada pelos ciclones dos últimos anos, que derrubaram árvores, candeeiros e parte do pavimento.

Segundo o vereador para a área de infra-estruturas, Alberto Mucavele, foram colocados quarenta bancos novos, iluminação pública com painéis solares e um sistema de drenagem.

As árvores derrubadas foram substituídas por espécies nativas mais resistentes ao vento, plantadas em canteiros maiores.

Mucavele disse que a praça terá guardas durante a noite e que os vendedores ambulantes poderão trabalhar numa área própria junto à entrada principal.

Moradores ouvidos pela AIM disseram que a praça volta a ser um lugar de encontro para famílias e estudantes ao fim da tarde.

O Conselho Municipal da Beira pretende reabilitar outras três praças da cidade no próximo ano, incluindo a praça junto ao mercado do Maquinino, onde os vendedores pedem sombra e casas de banho públicas.
"""),
        must_have=[
            "As árvores derrubadas foram substituídas por espécies nativas mais resistentes ao vento, plantadas em canteiros maiores.",
            "Mucavele disse que a praça terá guardas durante a noite e que os vendedores ambulantes poderão trabalhar numa área própria junto à entrada principal.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_DM = site("Kitwe Online", "https://www.kitweonline.example.com", " - Kitwe Online", "en_ZM", "@KitweOnline",
               ["News", "Business", "Sport", "Features", "Provinces", "Opinion"],
               ["© 2025 Kitwe Online. Zambia's community news site.", "About Us", "Contact Us"],
               share=["Share", "Facebook", "WhatsApp", "X"],
               cookie="We use cookies to ensure that we give you the best experience on our website.", buttons=["Ok", "Privacy policy"])
SITE_KD = site("강원도민일보", "https://www.kado.example.net", " - 강원도민일보", "ko_KR", "@kado_news",
               ["정치", "경제", "사회", "문화", "스포츠", "오피니언"],
               ["강원도민일보 무단전재 및 재배포 금지", "회사소개", "청소년보호정책"], share=["페이스북", "카카오톡", "URL복사"])
SITE_BY = site("Bystricoviny", "https://www.bystricoviny.example.sk", " | Bystricoviny.sk", "sk_SK", "@bystricoviny",
               ["Správy", "Mesto", "Región", "Šport", "Kultúra", "Podujatia"],
               ["© 2025 Bystricoviny.sk", "Kontakt", "Ochrana osobných údajov"], share=["Zdieľať", "Facebook"],
               cookie="Táto stránka používa súbory cookies na zlepšenie vašej skúsenosti.", buttons=["Súhlasím", "Nastavenia"])
SITE_BL = site("Barlamane", "https://fr.barlamane.example.com", " - Barlamane", "fr_MA", "@barlamanecom",
               ["Politique", "Société", "Economie", "Régions", "Sport", "Culture"],
               ["© 2024 Barlamane. Tous droits réservés.", "Qui sommes-nous", "Contact"],
               share=["Partager", "Facebook", "X", "WhatsApp"])
SITE_DC = site("Diario del Cusco", "https://www.diariodelcusco.example.pe", " | Diario del Cusco", "es_PE", "@diariodelcusco",
               ["Locales", "Regionales", "Nacionales", "Turismo", "Deportes", "Opinión"],
               ["Diario del Cusco © 2024 - Decano de la prensa cusqueña", "Contáctenos", "Libro de reclamaciones"],
               share=["Compartir", "Facebook", "WhatsApp"])
SITE_EN = site("انتخاب", "https://www.entekhab.example.ir", " | انتخاب", "fa_IR", "@entekhab_news",
               ["صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی"],
               ["کلیه حقوق مادی و معنوی این سایت متعلق به پایگاه خبری انتخاب است.", "درباره ما", "تماس با ما"],
               share=["اشتراک گذاری", "تلگرام", "واتساپ"])
SITE_AS = site("Arizona Daily Star", "https://tucson.example.com", " | Local news | tucson.com", "en_US", "@ArizonaDailyStar",
               ["News", "Local", "Sports", "Opinion", "Obituaries", "e-Edition"],
               ["© 2024 Arizona Daily Star", "Terms of Use", "Privacy Policy"], share=["Facebook", "Email", "Print"],
               top=["Subscribe", "Log In"])
SITE_CS = site("The Colorado Sun", "https://coloradosun.example.com", " — The Colorado Sun", "en_US", "@ColoradoSun",
               ["Politics", "Outdoors", "Business", "Rural Colorado", "Opinion", "Donate"],
               ["The Colorado Sun is a journalist-owned, nonprofit news organization.", "About", "Republish our stories"],
               share=["Share", "Email", "Facebook"], graph=True)
SITE_GG = site("Galloway Gazette", "https://www.gallowaygazette.example.co.uk", " | Galloway Gazette", "en_GB", "@GallowayGazette",
               ["News", "Sport", "Lifestyle", "What's On", "Announcements", "Jobs"],
               ["Published by National World Publishing Ltd.", "Contact us", "Cookie Settings"],
               share=["Share", "Facebook", "X", "Email"],
               cookie="We and our partners use cookies to personalise your experience and measure ad performance.",
               buttons=["Accept All", "Manage Preferences"])

HTML_STORIES = [
    # Kitwe Online (Kitwe, gzipped page): original of the ZANIS cluster; 'MONGU, March 27 (ZANIS) --' dateline.
    dict(ZANIS, role="original", file="kitweonline_zanis_mongu_ablution.html.gz", render="html",
         site=SITE_DM, section="Provinces", meta_section="Provinces",
         url="https://www.kitweonline.example.com/mongu-traders-welcome-new-ablution-block/",
         published="2025-03-27T16:10:00+02:00",
         byline_lines=["NAMAKAU LUBINDA, ZANIS"], date_lines=["March 27, 2025"],
         inserts={2: [("ad", "ADVERTISEMENT")], 4: [("link", "RELATED:", "Senanga market gets new stalls")]},
         end_lines=["ZANIS"],
         lists=[("Trending", ["Kaoma council fixes borehole at bus station", "Limulunga clinic gets solar power"])]),
    # Kangwon Domin Ilbo (Chuncheon, Korean): Yonhap copy, '(춘천=연합뉴스) 기자 =' dateline and e-mail sign-off.
    rec(cluster="kado-yonhap-chuncheon-dog-park", role="single", file="kado_yonhap_chuncheon_bandongmul_ko.html", render="html",
        site=SITE_KD, title="춘천 의암호변에 반려견 놀이터 문 열어…소형견 구역 따로",
        date="2024-05-21", dateline="(춘천=연합뉴스) 윤지호 기자 = ", city="Chuncheon", country="KR", region="asia",
        lang="ko", agency="Yonhap", authors=["윤지호"], section="사회", meta_section="사회",
        url="https://www.kado.example.net/news/articleView.html?idxno=1245871",
        description="대형견과 소형견 구역을 나누고 급수대와 그늘막을 설치했다.",
        published="2024-05-21T14:05:00+09:00", modified="2024-05-21T15:40:00+09:00",
        ld_author=[{"@type": "Organization", "name": "연합뉴스"}],
        byline_lines=["연합뉴스"], date_lines=["입력 2024.05.21 14:05", "수정 2024.05.21 15:40"],
        inserts={2: [("ad", "광고")], 4: [("link", "관련기사", "원주 공원 화장실 리모델링 완료")]},
        end_lines=["yoon@yna.example.co.kr"],
        lists=[("많이 본 뉴스", ["강릉 남대천 산책로 벤치 교체", "속초 해변 음수대 설치"])],
        paras=P("""
강원 춘천시 의암호 주변에 반려견이 목줄 없이 뛰어놀 수 있는 놀이터가 문을 열었다.

춘천시는 21일 의암호변 공원 내 약 3천㎡ 부지에 반려견 놀이터를 조성해 개장했다고 밝혔다.

놀이터는 대형견 구역과 소형견 구역을 울타리로 나눴으며, 입구에는 이중문을 설치해 반려견이 밖으로 나가지 못하도록 했다.

반려견을 위한 급수대와 배변봉투함, 보호자를 위한 벤치와 그늘막도 마련됐다.

이용 시간은 오전 7시부터 오후 9시까지이며, 동물등록을 마친 반려견만 입장할 수 있다.

시 관계자는 그동안 산책로에서 목줄을 풀어 생기는 갈등이 많았다며 놀이터가 이런 문제를 줄이는 데 도움이 될 것이라고 말했다.

시는 이용자 의견을 들어 내년에 다른 공원에도 반려견 놀이터를 추가로 만들 계획이다.

놀이터 안에서는 보호자가 반려견의 배변을 직접 치워야 하며, 사람을 물거나 공격성이 있는 반려견은 입장이 제한된다. 시는 주말에 이용자가 몰릴 것에 대비해 관리 인력 2명을 배치하고, 매주 월요일 오전에는 잔디 관리와 소독을 위해 놀이터를 닫는다. 또 반려견 예절 교육 프로그램을 매달 한 차례 놀이터에서 무료로 운영할 예정이다. 시민들은 놀이터 이용 중 불편한 점이나 개선 사항을 시청 누리집을 통해 제안할 수 있다. 시 관계자는 반려동물을 키우는 가구가 늘면서 이와 같은 시설에 대한 요구가 해마다 커지고 있다고 덧붙였다.
"""),
        must_have=[
            "놀이터는 대형견 구역과 소형견 구역을 울타리로 나눴으며, 입구에는 이중문을 설치해 반려견이 밖으로 나가지 못하도록 했다.",
            "이용 시간은 오전 7시부터 오후 9시까지이며, 동물등록을 마친 반려견만 입장할 수 있다.",
        ]),
    # Bystricoviny (Banská Bystrica, Slovak): TASR copy, 'Banská Bystrica 2. júla (TASR) -' dateline, 'Zdroj: TASR'.
    rec(cluster="bystricoviny-tasr-pitne-fontany", role="single", file="bystricoviny_tasr_pitne_fontany_sk.html", render="html",
        site=SITE_BY, title="Banská Bystrica pridala v centre ďalšie pitné fontánky",
        date="2024-07-02", dateline="Banská Bystrica 2. júla (TASR) - ", city="Banská Bystrica", country="SK", region="europe",
        lang="sk", agency="TASR", section="Mesto", meta_section="Mesto",
        url="https://www.bystricoviny.example.sk/spravy/banska-bystrica-pridala-v-centre-dalsie-pitne-fontanky/",
        description="Fontánky majú aj nižší výtok pre deti a misku pre psov.",
        published="2024-07-02T12:30:00+02:00", ld_author=[{"@type": "Organization", "name": "TASR"}],
        byline_lines=["TASR"], date_lines=["2. júla 2024 12:30"],
        inserts={2: [("ad", "Reklama")], 4: [("link", "Čítajte aj:", "V parku pod Urpínom pribudnú lavičky")]},
        end_lines=["Zdroj: TASR"],
        lists=[("Najčítanejšie", ["Na námestí opravia dlažbu", "Mestské toalety budú otvorené dlhšie"])],
        paras=P("""
Banská Bystrica osadila v centre mesta a v parkoch ďalších osem pitných fontánok, ktoré budú v prevádzke do konca októbra.

Informovala o tom hovorkyňa mesta Lucia Hrončeková s tým, že nové fontánky pribudli najmä pri detských ihriskách a na zastávkach mestskej hromadnej dopravy.

Každá fontánka má okrem bežného výtoku aj nižší výtok pre deti a misku na vodu pre psov, ktorá sa plní automaticky.

Voda z fontánok je pravidelne kontrolovaná a rozbory zverejňuje mesto na svojej webovej stránke.

Podľa hovorkyne ľudia v minulých rokoch často upozorňovali, že počas horúčav nemajú kde zadarmo doplniť vodu.

Mesto zároveň plánuje na Námestí SNP rozšíriť tienenie nad lavičkami a vysadiť ďalšie stromy v kvetináčoch.

Fontánky sa na zimu vypnú a odmontujú, aby ich nepoškodil mráz. Mesto chce v budúcom roku pridať ďalšie fontánky aj na sídliskách Sásová a Fončorda, kde o ne obyvatelia žiadali v ankete. Ľudia môžu poškodenú fontánku nahlásiť cez mestskú aplikáciu alebo na bezplatnej linke mestského úradu, pričom mesto sľubuje opravu do dvoch pracovných dní.
"""),
        must_have=[
            "Každá fontánka má okrem bežného výtoku aj nižší výtok pre deti a misku na vodu pre psov, ktorá sa plní automaticky.",
            "Voda z fontánok je pravidelne kontrolovaná a rozbory zverejňuje mesto na svojej webovej stránke.",
        ]),
    # Barlamane (Rabat, French edition): MAP copy, 'Essaouira - ' dateline without date, '(MAP)' tag at the end.
    rec(cluster="barlamane-map-essaouira-jardin", role="single", file="barlamane_map_essaouira_jardin_fr.html", render="html",
        site=SITE_BL, title="Essaouira : le jardin de Bab Doukkala fait peau neuve",
        date="2024-09-16", dateline="Essaouira - ", city="Essaouira", country="MA", region="africa",
        lang="fr", agency="MAP", section="Régions", meta_section="Régions",
        url="https://fr.barlamane.example.com/essaouira-le-jardin-de-bab-doukkala-fait-peau-neuve/",
        description="Le jardin a été doté d'une aire de jeux, de bancs et de fontaines.",
        published="2024-09-16T18:20:00+01:00", ld_author=[{"@type": "Person", "name": "Barlamane.com"}],
        byline_lines=["Par Barlamane.com avec MAP"], date_lines=["16 septembre 2024 - 18:20"],
        caption="Le jardin réaménagé près de Bab Doukkala.", credit="MAP",
        inserts={2: [("ad", "Publicité")], 4: [("link", "Lire aussi :", "Agadir : de nouveaux espaces verts pour la corniche")]},
        end_lines=["(MAP)"],
        lists=[("Les plus lus", ["Safi : réhabilitation de la place Ibn Khaldoun", "Marrakech : des toilettes publiques gratuites à Jemaa el-Fna"])],
        paras=P("""
Le jardin public situé près de Bab Doukkala, à l'entrée de la médina d'Essaouira, a rouvert ses portes au public après des travaux de réaménagement.

Le projet, d'un coût global de 6 millions de dirhams, a été réalisé par la commune en partenariat avec le conseil provincial.

Le jardin a été doté d'une aire de jeux pour enfants, de bancs ombragés, de fontaines d'eau potable et de sanitaires accessibles aux personnes à mobilité réduite.

Les allées ont été refaites en pierre locale et de nouvelles plantations adaptées au vent et aux embruns ont remplacé les arbres morts.

Selon un responsable communal, le jardin fait partie d'un programme visant à améliorer les espaces de proximité dans les quartiers anciens de la ville.

Des habitants interrogés sur place ont estimé que le jardin offrira aux familles un lieu de détente à l'abri du vent, notamment en été.

La commune prévoit d'organiser des activités culturelles dans le jardin pendant les vacances scolaires.
"""),
        must_have=[
            "Le jardin a été doté d'une aire de jeux pour enfants, de bancs ombragés, de fontaines d'eau potable et de sanitaires accessibles aux personnes à mobilité réduite.",
            "Les allées ont été refaites en pierre locale et de nouvelles plantations adaptées au vent et aux embruns ont remplacé les arbres morts.",
        ]),
    # Diario del Cusco (Cusco, Spanish): Andina copy, 'Cusco, jul. 9 (ANDINA).-' dateline.
    rec(cluster="diariodelcusco-andina-plaza-san-pedro", role="single", file="diariodelcusco_andina_plaza_es.html", render="html",
        site=SITE_DC, title="Renuevan la plaza de San Pedro con bancas, árboles y baños públicos",
        date="2024-07-09", dateline="Cusco, jul. 9 (ANDINA).- ", city="Cusco", country="PE", region="americas",
        lang="es", agency="Andina", section="Locales", meta_section="Locales",
        url="https://www.diariodelcusco.example.pe/locales/renuevan-la-plaza-de-san-pedro/",
        description="Las obras incluyeron baños públicos y bebederos junto al mercado.",
        published="2024-07-09T10:45:00-05:00", ld_author=[{"@type": "Organization", "name": "Andina"}],
        byline_lines=["Redacción DC / Andina"], date_lines=["martes, 9 de julio de 2024"],
        caption="Vista de la plaza de San Pedro tras las obras.", credit="Andina/Difusión",
        inserts={2: [("ad", "Publicidad")], 4: [("link", "LEA TAMBIÉN:", "Municipio instala bebederos en la avenida El Sol")]},
        end_lines=["(FIN) ANDINA/JCR"],
        lists=[("Lo más leído", ["Vecinos de Wanchaq piden más áreas verdes", "Reabren el parque infantil de Santiago"])],
        paras=P("""
La Municipalidad Provincial del Cusco entregó la plaza de San Pedro, ubicada frente al mercado del mismo nombre, después de cinco meses de obras de renovación.

Los trabajos incluyeron el cambio del piso de piedra, la instalación de veinte bancas de madera y la siembra de árboles nativos como el queuña y el molle.

Además, se construyeron baños públicos con acceso para personas con discapacidad y dos bebederos de agua potable junto a la entrada del mercado.

Según el gerente de obras de la municipalidad, Rubén Quispe, la plaza recibe cada día a miles de vecinos, comerciantes y turistas que llegan al mercado.

Quispe indicó que los comerciantes ambulantes serán reubicados en un espacio ordenado en una calle cercana para mantener despejada la plaza.

La municipalidad informó que la limpieza de los baños estará a cargo de una empresa contratada y que su uso costará cincuenta céntimos.

Los vecinos del barrio celebraron la reapertura de la plaza.
"""),
        must_have=[
            "Además, se construyeron baños públicos con acceso para personas con discapacidad y dos bebederos de agua potable junto a la entrada del mercado.",
            "Quispe indicó que los comerciantes ambulantes serán reubicados en un espacio ordenado en una calle cercana para mantener despejada la plaza.",
        ]),
    # Entekhab (Tehran, Persian): staff, neighbourhood parks in Isfahan; Persian solar date and digits.
    rec(cluster="entekhab-isfahan-neighbourhood-parks", role="single", file="entekhab_isfahan_park_mahalle_fa.html", render="html",
        site=SITE_EN, title="بازسازی ۱۲ پارک محله‌ای در اصفهان با نیمکت و سایه‌بان تازه",
        date="2024-06-05", country="IR", region="asia", lang="fa", section="اجتماعی", meta_section="اجتماعی",
        url="https://www.entekhab.example.ir/fa/news/812345/",
        description="شهرداری اصفهان نیمکت‌ها و سایه‌بان‌های تازه نصب می‌کند.",
        published="2024-06-05T10:30:00+03:30", ld_author=[],
        byline_lines=["کد خبر: ۸۱۲۳۴۵"], date_lines=["تاریخ انتشار: ۱۰:۳۰ - ۱۶ خرداد ۱۴۰۳"],
        inserts={2: [("ad", "تبلیغات")], 4: [("link", "بیشتر بخوانید:", "آبخوری‌های تازه در پارک‌های شیراز")]},
        end_lines=["انتهای پیام"],
        lists=[("پربیننده‌ترین", ["افتتاح زمین بازی کودکان در مشهد", "درختکاری در حاشیه زاینده‌رود"])],
        comments=["نظر شما", "نظرات حاوی توهین منتشر نمی‌شود."],
        paras=P("""
شهرداری اصفهان عملیات بازسازی دوازده پارک محله‌ای را در مناطق مختلف شهر آغاز کرده است.

به گفته معاون خدمات شهری شهرداری، در این پارک‌ها وسایل بازی فرسوده کودکان جمع‌آوری و وسایل تازه با کف‌پوش ایمن نصب می‌شود.

در هر پارک دست‌کم ده نیمکت تازه و سایه‌بان‌های پارچه‌ای نصب خواهد شد تا سالمندان و خانواده‌ها در روزهای گرم تابستان بتوانند از پارک استفاده کنند.

همچنین آبخوری‌های تازه با شیرهای کوتاه برای کودکان و سرویس‌های بهداشتی مناسب افراد دارای معلولیت ساخته می‌شود.

او گفت ساکنان هر محله پیش از آغاز کار در نشست‌هایی با مدیران منطقه نظر خود را درباره نیازهای پارک بیان کرده‌اند.

بازسازی این پارک‌ها تا پایان شهریور به پایان می‌رسد و در این مدت بخش‌هایی از هر پارک برای استفاده مردم باز می‌ماند.

شهرداری از شهروندان خواسته است که در حفظ وسایل تازه پارک‌ها کوشا باشند و هر گونه خرابی را از طریق سامانه ارتباط مردمی شهرداری گزارش کنند. به گفته این مقام، در سال آینده نیز دست‌کم ده پارک دیگر در محله‌های قدیمی شهر بازسازی خواهد شد و برای هر کدام درختان سایه‌دار تازه کاشته می‌شود.
"""),
        must_have=[
            "در هر پارک دست‌کم ده نیمکت تازه و سایه‌بان‌های پارچه‌ای نصب خواهد شد تا سالمندان و خانواده‌ها در روزهای گرم تابستان بتوانند از پارک استفاده کنند.",
            "همچنین آبخوری‌های تازه با شیرهای کوتاه برای کودکان و سرویس‌های بهداشتی مناسب افراد دارای معلولیت ساخته می‌شود.",
        ]),
    # Arizona Daily Star (Tucson, Lee Enterprises): staff, shade structures at parks; 'Arizona Daily Star' credit.
    rec(cluster="arizonadailystar-tucson-park-shade", role="single", file="arizonadailystar_tucson_park_shade.html", render="html",
        site=SITE_AS, title="Tucson adds shade to 14 playgrounds as summers get hotter",
        date="2024-04-24", country="US", region="americas", lang="en", authors=["Marisol Echeverría"],
        section="Local news", meta_section="Local news",
        url="https://tucson.example.com/news/local/tucson-adds-shade-to-14-playgrounds/article_5f1e2a.html",
        description="Shade sails and trees are going up at city parks before the summer.",
        published="2024-04-24T05:00:00-07:00", modified="2024-04-25T09:12:00-07:00",
        byline_lines=["Marisol Echeverría", "Arizona Daily Star"], date_lines=["Apr 24, 2024", "Updated Apr 25, 2024"],
        caption="Workers install a shade sail over the playground at a city park on the south side.",
        credit="Marisol Echeverría / Arizona Daily Star",
        inserts={2: [("ad", "Advertisement")], 4: [("promo", ["Get local news delivered to your inbox!", "Subscribe to our Daily Headlines newsletter.", "Sign up"])]},
        end_lines=["Contact reporter Marisol Echeverría at mecheverria@tucson.example.com"],
        paras=P("""
Tucson is installing shade sails over 14 playgrounds this spring, after parents complained that slides and swings get too hot to touch by late morning.

The city's parks department said the playgrounds were chosen because they had the least tree cover and are near schools or apartment complexes.

Each sail is made of a fabric that blocks most of the sun's rays and can lower the surface temperature of play equipment by more than 30 degrees.

The department is also planting mesquite and palo verde trees around the playgrounds, which will take several years to give real shade.

Parks director Ray Castañeda said the sails are a quick fix while the trees grow, and that the city wants every neighborhood park to have shaded play areas within five years.

A mother of two at a park on the south side said her children used to play only in the early morning or after sunset from May to September.

The work is paid for by a voter-approved bond and should be finished before the end of May.
"""),
        must_have=[
            "Each sail is made of a fabric that blocks most of the sun's rays and can lower the surface temperature of play equipment by more than 30 degrees.",
            "The department is also planting mesquite and palo verde trees around the playgrounds, which will take several years to give real shade.",
        ]),
    # The Colorado Sun (Denver, nonprofit): staff, a mountain town square; 'By X and Y' byline, republish note.
    rec(cluster="coloradosun-salida-town-square", role="single", file="coloradosun_salida_town_square.html", render="html",
        site=SITE_CS, title="A small Colorado town turned a parking lot into a square. Now everyone wants a bench.",
        date="2025-05-30", country="US", region="americas", lang="en", authors=["Hallie Brandt", "Oscar Whitfield"],
        section="Rural Colorado", meta_section="Rural Colorado",
        url="https://coloradosun.example.com/2025/05/30/salida-town-square-parking-lot/",
        description="The new square has become a lunch spot, a market and a meeting place.",
        published="2025-05-30T04:00:00-06:00",
        byline_lines=["By Hallie Brandt and Oscar Whitfield"], date_lines=["5:00 AM MDT on May 30, 2025"],
        caption="Shoppers walk through the Saturday market on the new square in Salida.", credit="Hallie Brandt, The Colorado Sun",
        above_body=[("reading-time", "6 min read")],
        inserts={2: [("promo", ["The Sunriser", "Colorado news, straight to your inbox every morning.", "Sign up"])],
                 4: [("link", "MORE:", "How one rural county kept its public pool open")]},
        end_lines=["Type of Story: News"],
        author_box=["Hallie Brandt is a rural affairs reporter for The Colorado Sun.",
                    "Oscar Whitfield is a Colorado Sun correspondent based in Chaffee County."],
        paras=P("""
For years the lot behind Salida's old feed store held about 40 parked cars and the town's recycling bins.

Last summer the town removed the asphalt, laid pavers and planted a ring of cottonwoods and lilacs, creating its first real town square.

The square has movable tables and chairs, a drinking fountain with a bottle filler, and a small stage where musicians play on Friday evenings.

The farmers market moved there in June, and town staff say the number of shoppers has nearly doubled since.

Not everyone was happy at first, and some shop owners worried that losing the parking would hurt business.

Town planner Judy Ortega said the town added more parking two blocks away and ran a free shuttle during the market's first season.

Now the main complaint is that there are not enough places to sit, and the town plans to add a dozen benches this summer, several of them paid for by families in memory of relatives.
"""),
        must_have=[
            "The square has movable tables and chairs, a drinking fountain with a bottle filler, and a small stage where musicians play on Friday evenings.",
            "Town planner Judy Ortega said the town added more parking two blocks away and ran a free shuttle during the market's first season.",
        ]),
    # Galloway Gazette (Newton Stewart, National World): staff, public toilets reopening; 'By Name' + role and consent wall.
    rec(cluster="gallowaygazette-public-toilets-reopen", role="single", file="gallowaygazette_public_toilets.html", render="html",
        site=SITE_GG, title="Community group takes over Wigtown public toilets to keep them open",
        date="2024-03-15", country="GB", region="europe", lang="en", authors=["Fiona McCreadie"],
        section="News", meta_section="News",
        url="https://www.gallowaygazette.example.co.uk/news/community-group-takes-over-wigtown-public-toilets-4512398",
        description="The toilets had been closed by the council to save money.",
        published="2024-03-15T16:45:00+00:00",
        byline_lines=["By Fiona McCreadie", "Local Democracy Reporter"], date_lines=["Published 15th Mar 2024, 16:45 GMT"],
        caption="The toilet block in Wigtown's main square has been repainted by volunteers.", credit="Wigtown Community Trust",
        credit_shown="(Photo: Wigtown Community Trust)",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Read more:", "Newton Stewart park play area to be replaced")]},
        end_lines=["Hide Ad"],
        below_body=[("comment-gate", "Comments are closed for legal reasons.")],
        paras=P("""
A community group in Wigtown has taken over the town's public toilets after the local council closed them last year to save money.

The toilets, in a small block on the main square, are used by thousands of visitors during the town's book festival and by walkers on the coastal path.

The volunteers have signed a lease with the council for a nominal rent and have raised enough money to cover cleaning and water for two years.

They repainted the block, fixed the hand dryers and installed an honesty box asking users for a donation of fifty pence.

Group chair Moira Galbraith said shop owners had become tired of visitors asking to use their toilets, and older residents had stopped coming into town.

The council said it was grateful to the group and would support other communities who want to do the same.

The toilets are open from eight in the morning until six in the evening, seven days a week.
"""),
        must_have=[
            "The volunteers have signed a lease with the council for a nominal rent and have raised enough money to cover cleaning and water for two years.",
            "They repainted the block, fixed the hand dryers and installed an honesty box asking users for a donation of fifty pence.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, Leitrim Observer (Carrick-on-Shannon, Iconic Media): staff, riverside park playground.
    rec(cluster="leitrimobserver-carrick-playground", role="single", file="newsplease_leitrimobserver_carrick_playground.json",
        render="newsplease", title="New inclusive playground opens on Carrick-on-Shannon riverside",
        date="2024-06-28", country="IE", region="europe", lang="en", authors=["Ciarán Gilheaney"],
        url="https://www.leitrimobserver.example.ie/news/home/1582344/new-inclusive-playground-opens-on-carrick-on-shannon-riverside.html",
        source_domain="www.leitrimobserver.example.ie",
        description="The playground has a wheelchair swing and sensory panels.",
        np_authors=["Ciarán Gilheaney"], np_publish="2024-06-28 13:40:00", np_download="2024-06-29 07:02:31",
        head_lines=["Ciarán Gilheaney", "Reporter", "28 Jun 2024 2:40 PM"],
        inserts={2: ["Advertisement"], 4: ["READ MORE: Drumshanbo town park gets new picnic tables"]},
        tail_lines=["Email:", "news@leitrimobserver.example.ie", "Share", "Facebook", "X", "Email", "Sign up to our newsletter", "Related Articles", "Most Read", "Leitrim Observer is a member of the Press Council of Ireland", "© 2024 Iconic Media. All rights reserved."],
        paras=P("""
A new inclusive playground has opened on the riverside in Carrick-on-Shannon, replacing equipment that had been in place for almost twenty years.

The playground was designed with local parents and with a group representing families of children with disabilities.

It includes a wheelchair swing, a roundabout set level with the ground, sensory panels and a quiet corner with a low wall and planting.

Leitrim County Council said the playground cost just over 300,000 euro, with most of the money coming from a national outdoor recreation scheme.

Cathaoirleach of the council Cllr Mary Reynolds said it was a proud day for the town and thanked the families who took part in the design.

New benches, a drinking water refill point and baby changing facilities in the nearby public toilets were also part of the project.

The playground is open from nine in the morning until dusk.

Local families have already made it a favourite meeting place.
"""),
        must_have=[
            "It includes a wheelchair swing, a roundabout set level with the ground, sensory panels and a quiet corner with a low wall and planting.",
            "New benches, a drinking water refill point and baby changing facilities in the nearby public toilets were also part of the project.",
        ]),
    # news-please, Hawkesbury Gazette (Windsor NSW, ACM): staff, heritage square fig trees; 'Picture by' credit line in text.
    rec(cluster="hawkesburygazette-windsor-thompson-square", role="single", file="newsplease_hawkesburygazette_thompson_square.json",
        render="newsplease", title="Arborists check Thompson Square's old trees before summer crowds",
        date="2024-11-27", country="AU", region="oceania", lang="en", authors=["Jessica Pardoe"],
        caption="Arborists at work in Thompson Square.", credit="Jessica Pardoe",
        url="https://www.hawkesburygazette.example.com.au/story/8812345/arborists-check-thompson-squares-old-trees/",
        source_domain="www.hawkesburygazette.example.com.au",
        description="Council will prune rather than remove the square's oldest trees.",
        np_authors=["Jessica Pardoe"], np_publish="2024-11-26 22:30:00", np_download="2024-11-27 03:11:09",
        head_lines=["Jessica Pardoe", "November 27 2024 - 9:30am", "Arborists at work in Thompson Square. Picture by Jessica Pardoe"],
        inserts={2: ["Advertisement"], 4: ["READ MORE: Richmond Park toilets to be rebuilt"]},
        tail_lines=["Get the latest Hawkesbury news delivered to your inbox. Sign up here.", "Share", "Facebook", "Email", "More from News", "Subscribe now for unlimited access.", "Log in", "Get the app", "Hawkesbury Gazette is part of Australian Community Media", "Copyright © 2024 Hawkesbury Gazette"],
        paras=P("""
Arborists have spent the week checking the old trees in Windsor's Thompson Square, one of the oldest public squares in Australia.

Hawkesbury City Council ordered the inspection after a large branch fell from a fig tree during a storm in October, narrowly missing a parked car.

The arborists used climbing ropes and a small drill to test the wood inside each trunk for decay.

Council's parks manager Greg Hollis said most of the trees were healthy, and only two needed major pruning.

He said the council would rather prune than remove trees, because the shade in the square is what makes it bearable on hot days.

The square hosts markets, carols and Australia Day events, and the council expects big crowds in the coming weeks.

Hollis said new trees would be planted in gaps left by earlier removals so that the square keeps its canopy for the next century.

The inspection cost about 20,000 dollars.
"""),
        must_have=[
            "The arborists used climbing ropes and a small drill to test the wood inside each trunk for decay.",
            "He said the council would rather prune than remove trees, because the shade in the square is what makes it bearable on hot days.",
        ]),
    # news-please, Baguio Midland Courier (Baguio, weekly): staff, Burnham Park benches and comfort rooms.
    rec(cluster="baguiomidlandcourier-burnham-comfort-rooms", role="single", file="newsplease_baguiomidlandcourier_burnham_park.json",
        render="newsplease", title="City opens new comfort rooms, benches at Burnham Park",
        date="2025-01-19", country="PH", region="asia", lang="en", authors=["Ramon Dacanay"],
        url="https://www.baguiomidlandcourier.example.com.ph/city-opens-new-comfort-rooms-benches-at-burnham-park/",
        source_domain="www.baguiomidlandcourier.example.com.ph",
        description="The new comfort rooms replace two old facilities near the lake.",
        np_authors=["Ramon Dacanay"], np_publish="2025-01-19 00:00:00", np_download="2025-01-20 04:55:47",
        head_lines=["By Ramon Dacanay", "January 19, 2025"],
        inserts={2: ["Advertisement"], 5: ["Related: Session Road to go car-free on Sundays"]},
        tail_lines=["Share this:", "Facebook", "X", "Print", "Like this:", "Like Loading...", "Related", "Leave a Reply", "Cancel reply", "You must be logged in to post a comment.", "Baguio Midland Courier - Your community newspaper since 1947"],
        paras=P("""
The city government has opened two new comfort rooms and installed 60 new benches at Burnham Park, the city's main park.

The comfort rooms replace two old facilities near the lake that had been closed for repairs several times last year.

Each building has separate sections for men and women, a room for persons with disabilities, and a breastfeeding station.

City environment officer Engr. Lorna Bacani said a fee of ten pesos will be collected to pay for water, soap and cleaning staff.

The new benches are made from recycled plastic and were placed along the walkways and near the children's playground.

Bacani said park visitors, especially senior citizens, had asked for more places to rest while walking around the lake.

The city also plans to repair the drinking fountains in the park and to plant more pine trees near the skating rink.

She asked visitors to help keep the new facilities clean.
"""),
        must_have=[
            "Each building has separate sections for men and women, a room for persons with disabilities, and a breastfeeding station.",
            "The new benches are made from recycled plastic and were placed along the walkways and near the children's playground.",
        ]),
    # trafilatura, Corriere di Bologna (RCS local edition): staff, benches returned to a piazza.
    rec(cluster="corrieredibologna-panchine-piazza", role="single", file="trafilatura_corrieredibologna_panchine_it.json",
        render="trafilatura", title="Tornano le panchine in piazza Aldrovandi, con nuovi alberi e fontanelle",
        date="2024-05-14", country="IT", region="europe", lang="it", authors=["Francesca Nanni"],
        section="Cronaca",
        url="https://corrieredibologna.example.it/notizie/cronaca/24_maggio_14/tornano-le-panchine-in-piazza-aldrovandi.shtml",
        hostname="corrieredibologna.example.it", source_hostname="Corriere di Bologna",
        description="Il Comune riporta le sedute rimosse due anni fa.",
        tf_author="Francesca Nanni", tf_date="2024-05-14", tf_language="it", categories="Cronaca;Bologna",
        head_lines=["di Francesca Nanni", "14 maggio 2024 (modifica il 15 maggio 2024 | 08:10)", "Tempo di lettura: 2 minuti"],
        inserts={2: ["Pubblicità"], 4: ["Leggi anche: Giardini Margherita, riapre il parco giochi"]},
        tail_lines=["La newsletter del Corriere di Bologna", "Se vuoi restare aggiornato sulle notizie di Bologna iscriviti gratis alla newsletter del Corriere di Bologna.", "Arriva ogni giorno nella tua casella di posta alle 7 del mattino.", "Basta cliccare qui.", "Condividi", "Facebook", "WhatsApp", "Ultime notizie", "Abbonati", "Corriere di Bologna", "© RIPRODUZIONE RISERVATA"],
        paras=P("""
Dopo due anni tornano le panchine in piazza Aldrovandi, rimosse nel 2022 dopo le proteste dei residenti per il rumore notturno.

Il Comune ha deciso di reinstallarle dopo un percorso di ascolto con il quartiere, i commercianti e le associazioni degli anziani.

Le nuove sedute sono dodici, in legno e ferro, con braccioli centrali per aiutare le persone anziane ad alzarsi.

Accanto alle panchine saranno piantati otto bagolari, che tra qualche anno daranno ombra a tutto il lato sud della piazza.

L'assessora ai lavori pubblici ha spiegato che verranno installate anche due fontanelle di acqua potabile e nuovi cestini per la raccolta differenziata.

Per il rumore, il Comune promette più controlli della polizia locale nelle sere del fine settimana e una migliore pulizia al mattino.

I lavori partiranno a giugno e dovrebbero concludersi entro la fine dell'estate.

Durante il cantiere una parte della piazza resterà comunque aperta ai pedoni, e il mercato del sabato si sposterà temporaneamente nella vicina via Petroni.
"""),
        must_have=[
            "Le nuove sedute sono dodici, in legno e ferro, con braccioli centrali per aiutare le persone anziane ad alzarsi.",
            "Accanto alle panchine saranno piantati otto bagolari, che tra qualche anno daranno ombra a tutto il lato sud della piazza.",
        ]),
    # trafilatura, Cape York Weekly (Weipa/Cooktown): staff, Cooktown foreshore park shade and water station.
    rec(cluster="capeyorkweekly-cooktown-foreshore", role="single", file="trafilatura_capeyorkweekly_cooktown_foreshore.json",
        render="trafilatura", title="Cooktown foreshore park gets shade shelters and a water station",
        date="2024-08-30", country="AU", region="oceania", lang="en", authors=["Dayna Robertson"],
        section="News",
        url="https://www.capeyorkweekly.example.com.au/news/cooktown-foreshore-park-gets-shade-shelters",
        hostname="capeyorkweekly.example.com.au", source_hostname="Cape York Weekly",
        description="Cook Shire Council has finished the first stage of the foreshore upgrade.",
        tf_author="Dayna Robertson", tf_date="2024-08-30", tf_language="en", categories="News;Cook Shire",
        head_lines=["Dayna Robertson", "30 Aug 2024"],
        inserts={2: ["Advertisement"], 4: ["RELATED: Laura community calls for public toilets at rest area"]},
        tail_lines=["Cape York Weekly is an independent, locally owned newspaper.", "Support local news - subscribe today", "Share", "Facebook", "Email", "Latest news", "Read the digital edition", "Advertise with us", "Classifieds", "Log in", "Contact the newsroom", "© 2024 Cape York Weekly"],
        paras=P("""
Families at the Cooktown foreshore park can now picnic out of the sun, after Cook Shire Council finished building four new shade shelters.

Each shelter has a table and bench seats, and two of them have electric barbecues that can be used free of charge.

The council has also installed a water station where people can fill bottles and a lower tap for dogs, next to the playground.

Mayor Peter Scott said the park is busy with visitors during the dry season, and locals had been asking for more shade for years.

The shelters were designed to withstand cyclone-strength winds and have roofs made of steel rather than fabric.

The council said the next stage of the upgrade will include new lighting along the path to the wharf and more trees near the boat ramp.

Work on the second stage is expected to begin early next year, depending on the weather.
"""),
        must_have=[
            "The council has also installed a water station where people can fill bottles and a lower tap for dogs, next to the playground.",
            "The shelters were designed to withstand cyclone-strength winds and have roofs made of steel rather than fabric.",
        ]),
    # trafilatura, Dawson Creek Mirror (Glacier Media, BC): staff, winter-proof playground benches and warming shelter.
    rec(cluster="dawsoncreekmirror-playground-benches", role="single", file="trafilatura_dawsoncreekmirror_playground.json",
        render="trafilatura", title="Dawson Creek playground upgrade adds benches and a warming shelter",
        date="2024-07-25", country="CA", region="americas", lang="en", authors=["Eric Bowling"],
        section="Local News",
        url="https://www.dcdn.example.ca/local-news/dawson-creek-playground-upgrade-adds-benches-and-a-warming-shelter-7412345",
        hostname="dcdn.example.ca", source_hostname="Dawson Creek Mirror",
        description="The city finished work at the playground beside the arena.",
        tf_author="Eric Bowling", tf_date="2024-07-25", tf_language="en", categories="Local News;Community",
        head_lines=["Eric Bowling", "Dawson Creek Mirror", "Jul 25, 2024 10:00 AM"],
        inserts={2: ["Advertisement"], 4: ["Read more: Pouce Coupe community garden expands"]},
        tail_lines=["Comments", "Join the conversation", "Our commenting platform is for registered users.", "Share on Facebook", "Share on X", "Email", "Print", "Trending Stories", "Subscribe to our newsletter", "Dawson Creek Mirror is part of Glacier Media"],
        paras=P("""
Children in Dawson Creek have a bigger playground this summer after the city finished an upgrade at the park beside the arena.

The old wooden structure, which had been worn down by decades of cold winters, was replaced with new steel and plastic equipment.

The city added six benches around the play area and a small shelter with a heater that parents can use on cold spring and autumn days.

Recreation director Shelley Kassi said parents asked for a place to sit and warm up, because the playground is used well beyond the short summer.

The equipment was chosen to handle temperatures below minus 40 degrees without cracking.

The city also put in new lighting, since the playground is dark by late afternoon in winter.

Kassi said the project was paid for with federal infrastructure money and a grant from a local credit union.

Parents said they were pleased with the result.
"""),
        must_have=[
            "The city added six benches around the play area and a small shelter with a heater that parents can use on cold spring and autumn days.",
            "The equipment was chosen to handle temperatures below minus 40 degrees without cracking.",
        ]),
]


# ---- JSONL batches (newsbeam html and text, news-please and trafilatura shapes) -------

SITE_NC = site("El Norte de Castilla", "https://www.elnortedecastilla.example.es", " | El Norte de Castilla", "es_ES", "@elnortedecastilla",
               ["Valladolid", "Castilla y León", "Deportes", "Economía", "Opinión", "Planes"],
               ["El Norte de Castilla - Vocento", "Aviso legal", "Política de privacidad"],
               share=["Compartir", "Facebook", "X", "WhatsApp"],
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", buttons=["Aceptar y continuar", "Configurar"])

JSONL_STORIES = [
    # newsbeam text shape: the BTA story on Dir.bg (syndicated member of the BTA cluster).
    dict(BTA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://dnes.dir.example.bg/obshtestvo/vratsa-detski-ploshtadki-3345612",
         nb_published="2025-06-11T10:05:00Z", outlet="Dir.bg", nb_authors=["БТА"],
         head_lines=["Dir.bg", "11.06.2025 13:05"],
         inserts={2: ["Реклама"], 4: ["Още по темата: Монтана ремонтира градския парк"]},
         tail_lines=["Източник: БТА", "Последвайте ни в Google News", "Сподели", "Facebook", "Коментари", "Още новини", "Най-четени", "Абонирайте се за бюлетина", "Условия за ползване", "Политика за поверителност", "Реклама в Dir.bg", "© 2025 Dir.bg. Всички права запазени."]),
    # news-please shape: the BNA story on Akhbarak (syndicated member of the BNA cluster).
    dict(BNA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://akhbarak.example.net/news/2024/11/20/81234567/",
         source_domain="akhbarak.example.net",
         np_authors=["أخبارك"], np_publish="2024-11-20 10:12:00", np_download="2024-11-20 18:30:41",
         head_lines=["أخبارك.نت", "20 نوفمبر 2024"],
         inserts={2: ["إعلان"], 4: ["اقرأ أيضا: حدائق جديدة في المنامة"]},
         tail_lines=["المصدر: وكالة أنباء البحرين", "أخبارك.نت غير مسؤول عن محتوى الخبر", "شارك", "فيسبوك", "واتساب", "أخبار ذات صلة", "الأكثر قراءة", "حمّل تطبيق أخبارك", "سياسة الخصوصية", "اتصل بنا", "جميع الحقوق محفوظة © أخبارك.نت"]),
    # newsbeam html shape: El Norte de Castilla (Valladolid, Vocento): staff, market square stalls and shade.
    rec(cluster="elnortedecastilla-plaza-mercado", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_NC, title="La plaza del mercado del Val estrena toldos, bancos y fuentes",
        date="2024-06-19", country="ES", region="europe", lang="es", authors=["Laura Gutiérrez"],
        section="Valladolid", meta_section="Valladolid",
        url="https://www.elnortedecastilla.example.es/valladolid/plaza-mercado-val-estrena-toldos-bancos-fuentes-20240619.html",
        description="El Ayuntamiento ha colocado toldos para dar sombra a la terraza del mercado.",
        published="2024-06-19T07:12:00+02:00", modified="2024-06-19T13:40:00+02:00",
        nb_published="2024-06-19T05:12:00Z", outlet="El Norte de Castilla", nb_authors=["Laura Gutiérrez"],
        byline_lines=["Laura Gutiérrez", "Valladolid"], date_lines=["Miércoles, 19 de junio 2024, 07:12", "Actualizado 13:40h."],
        inserts={2: [("ad", "Publicidad")], 4: [("link", "Noticia relacionada", "El Campo Grande renueva sus aseos públicos")]},
        end_lines=["Comenta", "Reporta un error"],
        paras=P("""
La plaza que rodea el mercado del Val, en pleno centro de Valladolid, estrena esta semana toldos, bancos nuevos y dos fuentes de agua potable.

El Ayuntamiento ha instalado cuatro grandes toldos enrollables sobre la zona donde los vecinos se sientan a tomar algo, que hasta ahora quedaba sin sombra en verano.

Los toldos se recogen de forma automática cuando sopla el viento fuerte, y se han diseñado para no tapar la fachada de hierro del mercado.

Los doce bancos nuevos tienen respaldo y reposabrazos, una petición de la asociación de vecinos del barrio, que cuenta con muchos socios mayores.

La concejala de Urbanismo explicó que las fuentes tienen un caño bajo para los niños y un bebedero para perros.

Los comerciantes del mercado han celebrado la reforma, porque creen que animará a los clientes a quedarse más tiempo en la plaza.

El coste total de las obras ha sido de 180.000 euros.
"""),
        must_have=[
            "Los toldos se recogen de forma automática cuando sopla el viento fuerte, y se han diseñado para no tapar la fachada de hierro del mercado.",
            "Los doce bancos nuevos tienen respaldo y reposabrazos, una petición de la asociación de vecinos del barrio, que cuenta con muchos socios mayores.",
        ]),
    # trafilatura shape: the ZANIS story on Daily Nation Zambia (syndicated member of the ZANIS cluster).
    dict(ZANIS, role="syndicated", file=JSONL_B, render="trafilatura", section="Local News",
         url="https://dailynationzambia.example.com/2025/03/mongu-traders-welcome-new-ablution-block/",
         hostname="dailynationzambia.example.com", source_hostname="Daily Nation Zambia",
         tf_author="Namakau Lubinda", tf_date="2025-03-27", tf_language="en", categories="Local News;Western Province",
         head_lines=["By Namakau Lubinda", "March 27, 2025"],
         inserts={2: ["Advertisement"], 4: ["Also Read: Kalabo residents call for public toilets at harbour"]},
         tail_lines=["Source: ZANIS", "Share this:", "Facebook", "WhatsApp", "Like this:", "Loading...", "Related", "Trending", "Leave a Reply", "Cancel reply", "Daily Nation Zambia - Your Voice, Your Nation", "© 2025 Daily Nation Zambia. All rights reserved."]),
    # news-please shape: Berkeleyside (Cityside, nonprofit): staff, public restroom pilot at a plaza; reporter contact line.
    rec(cluster="berkeleyside-downtown-restroom", role="single", file=JSONL_B, render="newsplease",
        title="Downtown Berkeley's new 24-hour public restroom gets heavy use in first month",
        date="2025-02-11", country="US", region="americas", lang="en", authors=["Nadia Okonjo"],
        url="https://www.berkeleyside.example.org/2025/02/11/downtown-berkeley-public-restroom-first-month",
        source_domain="www.berkeleyside.example.org",
        description="The city counted more than 9,000 uses in four weeks.",
        np_authors=["Nadia Okonjo"], np_publish="2025-02-11 12:00:00", np_download="2025-02-11 19:45:03",
        head_lines=["Nadia Okonjo", "Feb. 11, 2025, 4:00 a.m."],
        inserts={2: ["Advertisement"], 4: ["Related: BART plaza redesign adds seating and trees"]},
        tail_lines=["Nadia Okonjo covers city government for Berkeleyside. Email: nadia@berkeleyside.example.org", "Berkeleyside is part of Cityside, a nonprofit newsroom.", "Support our nonprofit newsroom", "Donate", "Sign up for our free newsletters", "Republish this article", "Most Popular", "Share", "Facebook", "Email", "© 2025 Cityside. All rights reserved."],
        paras=P("""
A new public restroom in downtown Berkeley was used more than 9,000 times in its first four weeks, according to city figures.

The restroom, a steel kiosk next to the plaza at the downtown BART station, is open 24 hours a day and is cleaned three times daily.

It has a sink outside the stall, a bottle filler and a light that changes color when the room is in use.

An attendant works in the plaza during the day and evening, which the city says has kept vandalism to a minimum so far.

Business owners on Shattuck Avenue had long complained that people without homes had nowhere to go, and that customers also asked to use their bathrooms.

City staff said the restroom cost about $480,000 to buy and install, and that running it, including the attendant, will cost around $200,000 a year.

The City Council will decide this spring whether to add two more kiosks near parks.
"""),
        must_have=[
            "It has a sink outside the stall, a bottle filler and a light that changes color when the room is in use.",
            "An attendant works in the plaza during the day and evening, which the city says has kept vandalism to a minimum so far.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-eighth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Glasove '11 юни 2025, 14:32' with BTA's '11 юни' dateline "
    "and Dir.bg '11.06.2025 13:05' (day first); Albilad 'الأربعاء 20 نوفمبر 2024' with BNA's '20 نوفمبر' dateline and Akhbarak "
    "'20 نوفمبر 2024' (news-please's 10:12 is UTC, the same day); Kitwe Online 'March 27, 2025' with ZANIS's 'March 27' "
    "dateline and Daily Nation Zambia 'March 27, 2025'; Kaipara Lifestyler '12 September, 2024' (both copies); Lokshahi "
    "'Published on: 03 Dec 2024'; Liter.kz '08.04.2025' (day first); Grenada Informer 'October 18, 2024'; Le Potentiel "
    "'jeudi 22 août 2024'; Klaipėda '2025-04-29'; Highland Post 'February 14, 2025'; George Herald '07 November 2024'; Diário "
    "de Moçambique '05/03/2025' (day first, with AIM's '05 Mar' dateline); Kangwon Domin Ilbo '입력 2024.05.21' ('입력' = posted; "
    "'수정' = modified, the same day); Bystricoviny '2. júla 2024'; Barlamane '16 septembre 2024'; Diario del Cusco 'martes, 9 de "
    "julio de 2024' with Andina's 'jul. 9' dateline; Entekhab '۱۶ خرداد ۱۴۰۳' (Persian solar calendar and digits = 5 June 2024); "
    "Arizona Daily Star 'Apr 24, 2024' (not 'Updated Apr 25'); The Colorado Sun 'May 30, 2025'; Galloway Gazette '15th Mar "
    "2024'; Leitrim Observer '28 Jun 2024 2:40 PM' (news-please's 13:40 is UTC, Irish summer time is UTC+1); Hawkesbury Gazette "
    "'November 27 2024 - 9:30am' (AEDT; news-please's '2024-11-26 22:30' is UTC, so the page's own date is the 27th); Baguio "
    "Midland Courier 'January 19, 2025'; Corriere di Bologna '14 maggio 2024' (not 'modifica il 15 maggio'); Cape York Weekly "
    "'30 Aug 2024'; Dawson Creek Mirror 'Jul 25, 2024'; El Norte de Castilla 'Miércoles, 19 de junio 2024' (not 'Actualizado'); "
    "Berkeleyside 'Feb. 11, 2025, 4:00 a.m.' (Pacific time; news-please's 12:00 is UTC, the same day)",
    "dateline_city": "only wire copy carries a dateline here: BTA 'Враца, 11 юни /Кирил Петков, БТА/' -> 'Vratsa' (both copies); "
    "BNA 'المحرق في 20 نوفمبر / بنا /' -> 'Al Muharraq' (the GeoNames main name, Arabic-script dateline without transliteration "
    "marks; both copies); ZANIS 'MONGU, March 27 (ZANIS) --' -> 'Mongu' (all three copies); Kazinform 'ТУРКЕСТАН. KAZINFORM —' "
    "-> 'Turkistan' (GeoNames spelling); AIM 'Beira, 05 Mar (AIM) –' -> 'Beira'; Yonhap '(춘천=연합뉴스) 윤지호 기자 =' -> "
    "'Chuncheon'; TASR 'Banská Bystrica 2. júla (TASR) -' -> 'Banská Bystrica'; MAP 'Essaouira - ' -> 'Essaouira'; Andina "
    "'Cusco, jul. 9 (ANDINA).-' -> 'Cusco'. Staff stories have no dateline (Highland Post's 'Kohima | Published on ...' and El "
    "Norte de Castilla's 'Valladolid' under the byline are byline-block place lines, not datelines) and are labelled null",
    "country": "the dateline city's country, or for undated staff stories the country of the place the story is about: "
    "Dargaville (NZ), Kolhapur (IN), St George's (GD), Kinshasa (CD), Klaipėda (LT), Kohima (IN), George (ZA), Isfahan (IR), "
    "Tucson and Salida (US), Wigtown (GB), Carrick-on-Shannon (IE), Windsor NSW and Cooktown (AU), Baguio (PH), Bologna (IT), "
    "Dawson Creek (CA), Valladolid (ES), Berkeley (US)",
    "agency": "'BTA' (Bulgarian News Agency; Glasove's 'Източник: БТА', Dir.bg's 'Източник: БТА'); 'BNA' (Bahrain News Agency; "
    "'/ بنا /'; Akhbarak 'المصدر: وكالة أنباء البحرين'); 'ZANIS' (Zambia News and Information Services); 'Kazinform'; 'AIM' "
    "(Agência de Informação de Moçambique); 'Yonhap' ('연합뉴스'); 'TASR'; 'MAP' (Maghreb Arabe Presse; Barlamane prints "
    "'Par Barlamane.com avec MAP' and '(MAP)'); 'Andina'. All other records are staff copy (agency null), including Entekhab, "
    "whose page names no source",
    "authors": "BTA's dateline names its reporter ('/Кирил Петков, БТА/' -> 'Кирил Петков', both copies; the agency is not an "
    "author); Yonhap's dateline names '윤지호 기자' ('기자' = reporter) -> '윤지호'; ZANIS 'NAMAKAU LUBINDA, ZANIS' -> 'Namakau "
    "Lubinda' in natural case (Daily Nation prints 'By Namakau Lubinda'); The Colorado Sun 'By Hallie Brandt and Oscar "
    "Whitfield' -> both; Lokshahi 'संदीप पाटील, प्रतिनिधी, कोल्हापूर' ('प्रतिनिधी' = correspondent) -> 'संदीप पाटील'. Desk and "
    "placeholder lines are not authors: Grenada Informer 'By Informer Staff', Highland Post 'Correspondent', Diario del Cusco "
    "'Redacción DC / Andina', Barlamane 'Barlamane.com', Dir.bg and Akhbarak (outlet names in np_authors/nb_authors), BNA, "
    "Kazinform, AIM, TASR and Entekhab name no writer ('کد خبر' is a story number). Role lines ('Journalist', 'Reporter', "
    "'Local Democracy Reporter', 'Arizona Daily Star', 'Dawson Creek Mirror') are not names",
    "editors": "Glasove prints BTA's closing 'Редактор: Светла Иванова' (the wire's story editor, like Xinhua's 'Editor:' and "
    "Agerpres's 'editor:') -> ['Светла Иванова'] on that copy only; Dir.bg does not print it. No other record names an editor "
    "(AIM's '(AIM) JN/ML', Andina's 'ANDINA/JCR' and BNA's 'ع م ر' are desk initials, not names)",
    "caption_credit": "credits without their wrapper: Kaipara Lifestyler 'Photo / Tania Herewini' -> 'Tania Herewini' (both "
    "copies); George Herald 'Photo: Marike Swart' -> 'Marike Swart'; Barlamane 'MAP' (the wire's photo; the story is MAP copy "
    "too); Diario del Cusco 'Andina/Difusión' as printed; Arizona Daily Star 'Marisol Echeverría / Arizona Daily Star' and The "
    "Colorado Sun 'Hallie Brandt, The Colorado Sun' as printed; Galloway Gazette '(Photo: Wigtown Community Trust)' -> 'Wigtown "
    "Community Trust'. Hawkesbury Gazette's caption line inside the news-please text 'Arborists at work in Thompson Square. "
    "Picture by Jessica Pardoe' -> caption without the credit, credit 'Jessica Pardoe' (as Il Secolo XIX's in dev_set12). Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Kitwe Online 'Provinces', Kangwon Domin "
    "Ilbo '사회', Bystricoviny 'Mesto', Barlamane 'Régions', Diario del Cusco 'Locales', Entekhab 'اجتماعی', Arizona Daily Star "
    "'Local news', The Colorado Sun 'Rural Colorado', Galloway Gazette 'News', El Norte de Castilla 'Valladolid'; trafilatura "
    "records take their first category (Corriere di Bologna 'Cronaca', Cape York Weekly 'News', Dawson Creek Mirror 'Local "
    "News', Daily Nation Zambia 'Local News'); news-please, plain text and newsbeam text records have none (Glasove's 'Новини', "
    "Albilad's 'محليات', Liter.kz's 'Общество', Le Potentiel's 'Société' and Diário de Moçambique's 'Sofala' head lines are chrome)",
    "language": "'bg' Bulgarian (two copies of the BTA story); 'ar' Arabic (two copies of the BNA story); 'mr' Marathi; 'ru' "
    "Russian (Kazakhstan); 'fr' French (Democratic Republic of the Congo and Morocco); 'lt' Lithuanian; 'pt' Mozambican "
    "Portuguese; 'ko' Korean; 'sk' Slovak; 'es' Spanish (Peru and Spain); 'fa' Persian; 'it' Italian; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and "
    "comment counters, advertisement labels ('Hide Ad'), reading times, related-story lines and boxes, most-read rails, "
    "newsletter, app, WhatsApp, Telegram and Google News promos, donation and republish lines, reporter bio, role and contact "
    "lines, wire source lines and sign-offs ('Източник: БТА', 'Редактор:' line, '/ بنا / ع م ر', 'المصدر: وكالة أنباء البحرين', "
    "'ZANIS', 'Source: ZANIS', '(AIM) JN/ML', 'Zdroj: TASR', '(MAP)', '(FIN) ANDINA/JCR', 'انتهای پیام', Yonhap's e-mail "
    "sign-off), aggregator disclaimers, story numbers, press-council, publisher and ownership lines, and byline, date and "
    "caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (BTA and BNA in the plain batch, ZANIS in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Kaipara Lifestyler: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"bta", "бта", "гласове", "glasove", "dir.bg", "bna", "بنا", "وكالة أنباء البحرين", "البلاد", "albilad",
                "أخبارك", "أخبارك.نت", "akhbarak", "zanis", "kitwe online", "daily nation zambia", "kaipara lifestyler",
                "lokshahi", "लोकशाही", "प्रतिनिधी", "kazinform", "liter.kz", "the grenada informer", "grenada informer",
                "informer staff", "le potentiel", "klaipėda", "highland post", "correspondent", "george herald", "journalist",
                "aim", "diário de moçambique", "yonhap", "연합뉴스", "강원도민일보", "tasr", "bystricoviny", "map", "barlamane",
                "barlamane.com", "andina", "diario del cusco", "redacción dc / andina", "انتخاب", "entekhab",
                "arizona daily star", "the colorado sun", "galloway gazette", "local democracy reporter", "leitrim observer",
                "reporter", "hawkesbury gazette", "baguio midland courier", "corriere di bologna", "cape york weekly",
                "dawson creek mirror", "el norte de castilla", "berkeleyside", "cityside"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
