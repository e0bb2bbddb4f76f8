#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fifty-fifth development set (bench/dev_set55/, first written as the fifty-second held-out set).

    .venv/bin/python bench/dev_set55/_generate.py

Writes ``bench/dev_set55/articles/*`` and ``bench/dev_set55/labels.json`` (next to this
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
bench/dev_set54/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout52_2025-a.jsonl"
JSONL_B = "crawl_holdout52_2025-b.jsonl.gz"


# ---- cluster: AP, Lincoln (Lincoln Journal Star page + copy on the Kearney Hub in the plain batch) ----

AMBULANCE = dict(
    cluster="ap-lincoln-rural-ambulance-stipends",
    title="Nebraska lawmakers advance bill to help rural ambulance squads keep volunteers",
    date="2025-03-04",
    dateline="LINCOLN, Neb. (AP) \u2014 ",
    city="Lincoln",
    country="US",
    region="americas",
    agency="AP",
    authors=["Margaret Sorensen"],
    editors=[],
    lang="en",
    description="The bill would pay small stipends to volunteer ambulance crews in rural counties.",
    paras=P("""
Nebraska lawmakers on Tuesday advanced a bill that would pay small stipends to volunteer ambulance crews in
rural counties, where some squads say they can no longer answer every call.

The measure would set aside $6 million over two years for grants to volunteer emergency medical services that
cover areas with fewer than 5,000 residents.

Supporters told the Legislature's Health and Human Services Committee that nearly a third of the state's
volunteer squads had fewer than five active members.

"Some nights the nearest ambulance is 40 minutes away because the local crew simply couldn't find a driver,"
said state Sen. Doris Feldkamp, who introduced the bill.

The grants could be used for training costs, mileage and stipends of up to $25 per call, according to the bill.

Opponents questioned whether paying volunteers would change the character of the services, and some counties
said they would rather receive money for equipment.

The bill needs two more rounds of debate before it can go to the governor's desk.

Nebraska has about 400 licensed ambulance services, and most of them in rural areas rely mainly on volunteers,
according to the state health department.
"""),
    must_have=[
        "The grants could be used for training costs, mileage and stipends of up to $25 per call, according to the bill.",
        "Opponents questioned whether paying volunteers would change the character of the services, and some counties said they would rather receive money for equipment.",
    ],
)
AP_COPY = ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
           "broadcast, rewritten or redistributed without permission.")

# ---- cluster: AFP, Port-Vila (L'Alsace page + copy on Le Journal de Saone-et-Loire in the plain batch) ----

VILA = dict(
    cluster="afp-port-vila-reconstruction-seisme",
    title="Au Vanuatu, trois mois après le séisme, Port-Vila reconstruit lentement son centre-ville",
    date="2025-03-18",
    dateline="Port-Vila (AFP) - ",
    city="Port Vila",
    country="VU",
    region="oceania",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Plus de 200 bâtiments ont été endommagés dans la capitale du Vanuatu, selon le gouvernement.",
    paras=P("""
Trois mois après le séisme de magnitude 7,3 qui a frappé Port-Vila en décembre, la capitale du Vanuatu
reconstruit lentement son centre-ville, où plusieurs immeubles restent fermés au public.

Les autorités ont recensé 214 bâtiments endommagés dans la capitale, dont une quarantaine devront être démolis,
selon un rapport publié lundi par le ministère des Infrastructures.

« Nous avons rouvert la boutique dans un conteneur, en attendant que le propriétaire décide s'il reconstruit ou
non », explique Marie-Claire Tavoa, commerçante dans la rue principale.

Le principal quai du port, gravement touché, a repris une activité partielle en janvier, ce qui a permis de
rétablir l'approvisionnement en carburant et en produits alimentaires.

L'Australie, la Nouvelle-Zélande et la France ont envoyé des équipes d'ingénieurs pour inspecter les bâtiments
publics et les ponts.

Le gouvernement estime le coût total de la reconstruction à près de 30 milliards de vatus, soit environ 230
millions d'euros, une somme équivalente à plus d'un quart du produit intérieur brut du pays.

Plusieurs écoles de la capitale accueillent encore leurs élèves sous des tentes fournies par des organisations
humanitaires.

Archipel de quelque 300.000 habitants, le Vanuatu figure parmi les pays les plus exposés au monde aux
catastrophes naturelles.
"""),
    must_have=[
        "L'Australie, la Nouvelle-Zélande et la France ont envoyé des équipes d'ingénieurs pour inspecter les bâtiments publics et les ponts.",
        "Archipel de quelque 300.000 habitants, le Vanuatu figure parmi les pays les plus exposés au monde aux catastrophes naturelles.",
    ],
)

# ---- cluster: EFE, Lima (Gestion scrape + copy on El Economista in the gzipped batch) ----

ARANDANOS = dict(
    cluster="efe-lima-arandanos-exportacion",
    title="Perú prevé exportar un récord de 400.000 toneladas de arándanos en la campaña 2025-2026",
    date="2025-06-05",
    dateline="Lima, 5 jun (EFE).- ",
    city="Lima",
    country="PE",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    description="La recuperación de los cultivos en el norte del país explica buena parte del aumento.",
    paras=P("""
Perú prevé exportar un récord de 400.000 toneladas de arándanos en la campaña 2025-2026, un 18 % más que en la
temporada anterior, informó este jueves la asociación de productores del sector.

La recuperación de los cultivos en el norte del país, afectados en 2023 por el fenómeno de El Niño costero,
explica buena parte del aumento, según el gremio.

Las regiones de La Libertad, Lambayeque y Piura concentran más del 70 % de la superficie sembrada con arándanos
en el Perú.

El presidente de la asociación, Raúl Mendívil, dijo en una conferencia de prensa que los productores esperan
precios estables en Estados Unidos, su principal mercado.

"La demanda sigue creciendo, pero también la competencia de otros países del hemisferio sur", advirtió
Mendívil.

Estados Unidos compró el 55 % de los arándanos peruanos en la última campaña, seguido por los Países Bajos, China
y el Reino Unido.

El gremio pidió al Gobierno acelerar las obras de irrigación en el norte y mejorar las carreteras que llevan la
fruta a los puertos de Paita y Salaverry.

Perú se ha convertido en los últimos años en el mayor exportador mundial de arándanos frescos.
"""),
    must_have=[
        "Las regiones de La Libertad, Lambayeque y Piura concentran más del 70 % de la superficie sembrada con arándanos en el Perú.",
        "Estados Unidos compró el 55 % de los arándanos peruanos en la última campaña, seguido por los Países Bajos, China y el Reino Unido.",
    ],
)

# ---- cluster: Leicester Mercury (Leicestershire Live), page + noisy re-scrape ----

BUSLANE = dict(
    cluster="leicestermercury-belgrave-road-bus-lane",
    title="Belgrave Road bus lane to be made permanent after trial cut journey times",
    date="2025-08-14",
    dateline="",
    city=None,
    country="GB",
    region="europe",
    agency=None,
    authors=["Ellie Marsh"],
    editors=[],
    lang="en",
    caption="The bus lane on Belgrave Road in Leicester",
    credit="Leicester City Council",
    paras=P("""
A bus lane on one of Leicester's busiest roads is set to become permanent after an 18-month trial cut journey
times for thousands of passengers.

Leicester City Council said buses on Belgrave Road were now running up to four minutes faster at peak times than
before the trial began.

The lane, which runs for about 800 metres between the Golden Mile and the inner ring road, operates from 7am to
7pm on weekdays.

More than 1,200 people responded to a public consultation, with 58% supporting the scheme and 35% opposed.

Shop owners on the Golden Mile said the restrictions had made it harder for customers to park outside their
businesses.

"We have lost passing trade since this started. People used to stop for sweets on the way home and now they drive
straight past," said jeweller Harish Mistry.

The council said it would add six short-stay loading bays on side streets to help businesses.

Drivers who use the lane during operating hours face a fine of 70 pounds, reduced to 35 pounds if paid within 14
days.

The permanent traffic order is expected to be signed off next month.
"""),
    must_have=[
        "The lane, which runs for about 800 metres between the Golden Mile and the inner ring road, operates from 7am to 7pm on weekdays.",
        "The council said it would add six short-stay loading bays on side streets to help businesses.",
    ],
)
LM_NAV = ["Leicestershire Live", "News", "Leicester News", "Leicestershire News", "Leicester City FC", "Sport", "What's On", "Property", "Jobs"]
LM_HEAD = ["Ellie Marsh", "Local Democracy Reporter"]
LM_DATE = ["11:03, 14 Aug 2025", "Updated 12:40, 14 Aug 2025"]
LM_CAP = ["The bus lane on Belgrave Road in Leicester (Image: Leicester City Council)"]
LM_COPY = "\u00a9 2025 a Reach plc subsidiary"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Gestion (original of the EFE cluster).
    dict(ARANDANOS, role="original", file="gestion_efe_lima_arandanos_exportacion_es.txt", render="text",
         caption="Arándanos listos para su exportación en una planta de empaque en La Libertad.", credit="Andina",
         pre=[["Gestión", "Economía", "Empresas", "Mercados", "Finanzas personales", "Perú", "Mundo", "Tecnología", "Opinión", "Suscríbete"],
              ["Economía"]],
         head=[["Agencia EFE"], ["Actualizado el 05/06/2025, 11:40 a.\u00a0m."]],
         cap_lines=["Arándanos listos para su exportación en una planta de empaque en La Libertad. (Foto: Andina)"],
         inserts={3: ["Lee también", "Agroexportaciones crecen 12 % entre enero y abril impulsadas por frutas frescas"]},
         tail=[["TAGS RELACIONADOS"], ["Agroexportaciones", "Arándanos", "La Libertad"],
               ["Contenido sugerido"], ["Contenido GEC"],
               ["\u00a9 2025 Gestión. Todos los derechos reservados."]]),
    # Leicester Mercury (original of the re-scrape cluster).
    dict(BUSLANE, role="original", file="leicestermercury_belgrave_road_bus_lane.txt", render="text",
         pre=[LM_NAV], head=[LM_HEAD, LM_DATE], cap_lines=LM_CAP,
         inserts={1: ["Get the biggest stories from across Leicestershire straight to your inbox by signing up to our free newsletter"],
                  4: ["Read more: Plans for 400 homes on the edge of Oadby approved despite objections"]},
         tail=[["Bookmark", "Story Saved", "You can find this story in My Bookmarks."],
               ["Comments"],
               ["Follow Leicestershire Live", "Facebook", "X", "Instagram", "WhatsApp"],
               [LM_COPY]]),
    dict(BUSLANE, role="rescrape", file="leicestermercury_belgrave_road_bus_lane_rescrape.txt.gz", render="text", noise=True,
         pre=[LM_NAV], head=[LM_HEAD, LM_DATE], cap_lines=LM_CAP, tail=[["Comments"], [LM_COPY]]),
    # Adresseavisen (Trondheim, Norway): staff.
    rec(cluster="adresseavisen-trondheim-bysykler", role="single",
        file="adresseavisen_trondheim_bysykler_no.txt", render="text",
        title="Trondheim får 800 nye bysykler og 60 nye stasjoner til våren",
        date="2025-05-14", country="NO", region="europe", lang="no", authors=["Kari Aune Berg"],
        pre=[["Adresseavisen", "Nyheter", "Trondheim", "Sport", "Meninger", "Kultur", "Pluss", "E-avis"],
             ["Logg inn", "Kjøp abonnement"]],
        head=[["Kari Aune Berg", "Journalist"], ["Publisert: 14.05.2025 07:15"]],
        inserts={2: ["Les også", "Nytt bompengeforslag: Dette kan det koste å kjøre inn til sentrum"]},
        tail=[["Del artikkelen"],
              ["Adresseavisen arbeider etter Vær Varsom-plakatens regler for god presseskikk. Mener du at vi ikke har fulgt disse reglene, kan du kontakte redaksjonen."],
              ["Ansvarlig redaktør: Mona Ekren"]],
        paras=P("""
Trondheim kommune utvider bysykkelordningen med 800 nye sykler og 60 nye stasjoner fra neste sesong, opplyser
kommunen.

Utvidelsen betyr at ordningen for første gang vil nå bydelene Heimdal, Tiller og Ranheim, der mange har etterlyst
bysykler i flere år.

I fjor ble bysyklene brukt til nesten 1,3 millioner turer, en økning på 22 prosent fra året før.

– Vi ser at mange bruker sykkelen som en del av reisen til jobb, sammen med buss eller tog, sier miljøsjef Ingrid
Haugen i kommunen.

De nye stasjonene skal i hovedsak plasseres ved knutepunkter for kollektivtrafikken og ved skoler.

Prisen for et sesongkort blir uendret på 499 kroner, mens enkeltturer vil koste 49 kroner.

Saken har vært oppe i bystyret tre ganger siden 2022, og utvidelsen ble til slutt vedtatt med bred støtte i
forrige uke.

Kommunen vil også teste elsykler på de bratteste strekningene, blant annet opp mot Byåsen og Moholt.

Utbyggingen av de nye stasjonene skal etter planen være ferdig innen 1. april, før sesongen starter.
"""),
        must_have=[
            "De nye stasjonene skal i hovedsak plasseres ved knutepunkter for kollektivtrafikken og ved skoler.",
            "Prisen for et sesongkort blir uendret på 499 kroner, mens enkeltturer vil koste 49 kroner.",
        ]),
    # Borsen (Denmark): Ritzau copy.
    rec(cluster="borsen-ritzau-esbjerg-fyringer", role="single",
        file="borsen_ritzau_esbjerg_stal_fyringer_da.txt", render="text",
        title="Esbjerg-virksomhed skærer 140 stillinger efter aflyste havvindprojekter",
        date="2025-01-14", country="DK", region="europe", lang="da", agency="Ritzau",
        pre=[["Børsen", "Nyheder", "Investor", "Ledelse", "Bæredygtig", "Tech", "Politik", "Opinion"],
             ["Log ind", "Køb abonnement"]],
        head=[["Ritzau"], ["14. jan. 2025 kl. 10.42"]],
        inserts={3: ["Læs også: Vindmølleproducent varsler nye fyringer i Jylland"]},
        tail=[["/ritzau/"], ["Del artikel", "Gem artikel"], ["Emner", "Vindenergi", "Esbjerg", "Fyringer"]],
        paras=P("""
Stålvirksomheden Vestkyst Stål i Esbjerg nedlægger 140 stillinger, efter at flere store havvindprojekter er blevet
udskudt eller aflyst.

Det oplyser virksomheden i en meddelelse tirsdag formiddag, hvor den også nedjusterer forventningerne til
årets resultat.

Ifølge administrerende direktør Jens Kragh Mortensen er ordrebogen for næste år skrumpet med næsten 40 procent.

- Vi har gjort alt, hvad vi kan, for at undgå afskedigelser, men vi kan ikke holde produktionen oppe uden ordrer,
siger han.

Fyringerne rammer primært svejsere og montører på fabrikken ved havnen.

Vestkyst Stål beskæftiger i dag omkring 620 medarbejdere og producerer blandt andet fundamenter og
overgangsstykker til vindmøller.

Flere europæiske energiselskaber har det seneste år sat havvindprojekter på pause på grund af stigende renter og
højere priser på materialer.

Fagforbundet 3F i Esbjerg kalder nyheden et hårdt slag for byen og opfordrer regeringen til at fremskynde de
kommende udbud af havvind.

Virksomheden forventer, at afskedigelserne er gennemført inden udgangen af marts.
"""),
        must_have=[
            "Fyringerne rammer primært svejsere og montører på fabrikken ved havnen.",
            "Virksomheden forventer, at afskedigelserne er gennemført inden udgangen af marts.",
        ]),
    # Amar Ujala (Agra, India, Hindi): staff, news-desk byline.
    rec(cluster="amarujala-agra-taj-parking", role="single",
        file="amarujala_agra_taj_parking_hi.txt", render="text",
        title="आगरा में ताजमहल के पूर्वी गेट के पास नई पार्किंग शुरू, पर्यटकों को मिलेगी राहत",
        date="2025-02-12", country="IN", region="asia", lang="hi",
        pre=[["अमर उजाला", "होम", "शहर और राज्य", "देश", "विदेश", "मनोरंजन", "क्रिकेट", "कारोबार", "ई-पेपर"],
             ["Hindi News \u203a Uttar Pradesh \u203a Agra News"]],
        head=[["न्यूज डेस्क, अमर उजाला, आगरा"], ["Published by: रोहित मिश्रा"], ["Updated Wed, 12 Feb 2025 09:15 AM IST"]],
        inserts={2: ["विज्ञापन"], 5: ["विज्ञापन"]},
        tail=[["ब्रेकिंग न्यूज और लाइव न्यूज अपडेट के लिए डाउनलोड करें अमर उजाला हिंदी न्यूज़ APP"],
              ["Link Copied"], ["\u00a9 2017-2025 Amar Ujala Limited"]],
        paras=P("""
ताजमहल आने वाले पर्यटकों के लिए पूर्वी गेट के पास नई बहुमंजिला पार्किंग मंगलवार से शुरू हो गई। इसमें एक साथ
600 कारें और 40 बसें खड़ी की जा सकेंगी।

आगरा विकास प्राधिकरण के अधिकारियों ने बताया कि पार्किंग से ताजमहल के पूर्वी गेट तक पर्यटकों को ले जाने के लिए 12
बैटरी बसें चलाई जाएंगी।

कार की पार्किंग के लिए तीन घंटे का शुल्क 100 रुपये तय किया गया है, जबकि बसों से 300 रुपये लिए जाएंगे।

अब तक पर्यटकों के वाहन शिल्पग्राम और आसपास की सड़कों पर खड़े होते थे, जिससे सुबह और शाम को लंबा जाम लगता था।

होटल कारोबारी सुनील गोयल ने कहा, "पार्किंग शुरू होने से फतेहाबाद रोड पर जाम कम होगा और विदेशी मेहमानों को भी
सुविधा मिलेगी।"

प्राधिकरण के अनुसार पार्किंग में पर्यटकों के लिए शौचालय, पेयजल और टिकट काउंटर की भी व्यवस्था की गई है।

अधिकारियों ने बताया कि अगले चरण में पश्चिमी गेट के पास भी इसी तरह की पार्किंग बनाने की योजना है, जिसके लिए जमीन
चिह्नित कर ली गई है।

ताजमहल देखने हर साल लाखों पर्यटक आते हैं, जिनमें बड़ी संख्या में विदेशी सैलानी शामिल हैं।
"""),
        must_have=[
            "कार की पार्किंग के लिए तीन घंटे का शुल्क 100 रुपये तय किया गया है, जबकि बसों से 300 रुपये लिए जाएंगे।",
            "प्राधिकरण के अनुसार पार्किंग में पर्यटकों के लिए शौचालय, पेयजल और टिकट काउंटर की भी व्यवस्था की गई है।",
        ]),
    # Eleven Myanmar (Eleven Media Group): staff, bylined with the outlet.
    rec(cluster="elevenmyanmar-yangon-power-schedule", role="single",
        file="elevenmyanmar_yangon_power_schedule.txt", render="text",
        title="YESC announces new power rotation schedule for Yangon townships",
        date="2025-02-06", country="MM", region="asia", lang="en",
        pre=[["ELEVEN", "Home", "Politics", "Business", "Local News", "International", "Sports", "Entertainment", "Opinion", "Myanmar Language"]],
        head=[["Eleven Media Group"], ["06 February 2025"]],
        tail=[["Tags: YESC, Electricity, Yangon"], ["Related News"],
              ["Copyright \u00a9 2025 Eleven Media Group Co., Ltd. All rights reserved."]],
        paras=P("""
The Yangon Electricity Supply Corporation (YESC) has announced a new power rotation schedule under which most
townships will receive electricity for eight hours at a time, starting from February 8.

Under the previous schedule, households in most townships received power for four hours followed by eight hours
without electricity.

YESC said the change was possible because two gas-fired power plants near Yangon had resumed partial operation
after repairs.

Industrial zones in Hlaing Tharyar, Shwepyithar and Mingaladon will continue to receive power on a separate
schedule.

Residents said they had spent heavily on generators and batteries during the months of long power cuts.

"We bought a small solar system last year, but it is not enough to run a refrigerator through the night," said a
shop owner in Thingangyun Township.

The corporation urged consumers to reduce the use of air conditioners and electric cookers during peak hours
between 6 pm and 10 pm.

YESC said the schedule could change again in April, when electricity demand usually rises with the hot season.
"""),
        must_have=[
            "Industrial zones in Hlaing Tharyar, Shwepyithar and Mingaladon will continue to receive power on a separate schedule.",
            "The corporation urged consumers to reduce the use of air conditioners and electric cookers during peak hours between 6 pm and 10 pm.",
        ]),
    # Al Ayam (Bahrain, Arabic): staff.
    rec(cluster="alayam-muharraq-busaiteen-walkway", role="single",
        file="alayam_muharraq_busaiteen_walkway_ar.txt", render="text",
        title="بلدية المحرق تبدأ تطوير ممشى ساحل البسيتين بتكلفة 1.2 مليون دينار",
        date="2025-03-09", country="BH", region="asia", lang="ar", authors=["فاطمة العلوي"],
        pre=[["الأيام", "الرئيسية", "محليات", "اقتصاد", "رياضة", "عربي ودولي", "كتّاب الأيام", "النسخة الورقية"],
             ["العدد 13110 الأحد 9 مارس 2025 الموافق 9 رمضان 1446"]],
        head=[["كتبت - فاطمة العلوي:"]],
        tail=[["شارك"], ["تويتر", "فيسبوك", "واتساب"], ["جميع الحقوق محفوظة لصحيفة الأيام 2025 \u00a9"]],
        paras=P("""
أعلنت بلدية المحرق عن بدء أعمال تطوير ممشى ساحل البسيتين بتكلفة تبلغ نحو 1.2 مليون دينار، على أن يتم الانتهاء من
المشروع خلال 14 شهرًا.

وأوضح مدير عام البلدية أن المشروع يشمل إنشاء مسار للمشي بطول 2.5 كيلومتر، ومسار منفصل للدراجات الهوائية، إلى
جانب مناطق مظللة للجلوس.

وأضاف أن المشروع سيضم أيضًا ألعابًا للأطفال ومواقف للسيارات تتسع لنحو 300 سيارة، فضلاً عن دورات مياه ومحلات صغيرة
للأغذية والمشروبات.

وأشار إلى أن أعمال التطوير ستنفذ على مراحل، بحيث يبقى جزء من الساحل مفتوحًا أمام الأهالي خلال فترة التنفيذ.

من جانبه، قال عضو المجلس البلدي عن الدائرة، علي المناعي، إن الأهالي طالبوا منذ سنوات بتطوير الساحل وتوفير مرافق
مناسبة للعائلات.

وأكد أن المجلس سيتابع سير العمل بشكل دوري لضمان الالتزام بالجدول الزمني المحدد للمشروع.

ويعد ساحل البسيتين من أكثر الأماكن التي يقصدها سكان المحرق في فترات المساء وعطلات نهاية الأسبوع، خصوصًا في فصل
الشتاء.

ومن المقرر أن تطرح البلدية في وقت لاحق مناقصة لتشغيل المحلات الصغيرة على الممشى، مع إعطاء الأولوية لرواد الأعمال
البحرينيين.
"""),
        must_have=[
            "وأشار إلى أن أعمال التطوير ستنفذ على مراحل، بحيث يبقى جزء من الساحل مفتوحًا أمام الأهالي خلال فترة التنفيذ.",
            "وأكد أن المجلس سيتابع سير العمل بشكل دوري لضمان الالتزام بالجدول الزمني المحدد للمشروع.",
        ]),
    # AyiboPost (Haiti): staff.
    rec(cluster="ayibopost-port-au-prince-charbon", role="single",
        file="ayibopost_port_au_prince_charbon_fr.txt", render="text",
        title="À Port-au-Prince, la hausse du prix du charbon de bois pèse sur les petites marchandes",
        date="2025-02-12", country="HT", region="americas", lang="fr", authors=["Daphnée Pierre-Louis"],
        caption="Une marchande de charbon au marché de la Croix-des-Bossales, à Port-au-Prince, en janvier 2025.",
        credit="Ricardo Joseph/AyiboPost",
        pre=[["AyiboPost", "Actualités", "Société", "Économie", "Culture", "Environnement", "Enquêtes", "Podcasts", "Faire un don"]],
        head=[["Par Daphnée Pierre-Louis"], ["12 février 2025"]],
        cap_lines=["Une marchande de charbon au marché de la Croix-des-Bossales, à Port-au-Prince, en janvier 2025. | \u00a9 Ricardo Joseph/AyiboPost"],
        tail=[["Daphnée Pierre-Louis est journaliste à AyiboPost. Elle s'intéresse aux questions économiques et environnementales."],
              ["Gardez contact avec AyiboPost via :", "\u25ba Notre canal Telegram : cliquez ici", "\u25ba Notre Channel WhatsApp : cliquez ici", "\u25ba Notre Communauté WhatsApp : cliquez ici"],
              ["Comments"]],
        paras=P("""
Le sac de charbon de bois, principal combustible de cuisson dans la capitale haïtienne, se vend désormais à plus
de 2 500 gourdes dans plusieurs marchés de Port-au-Prince, soit presque le double du prix d'il y a un an.

L'insécurité sur les routes nationales perturbe l'acheminement du charbon, produit en grande partie dans le
Nord-Ouest et dans le Plateau central.

Les camions doivent payer des droits de passage aux groupes armés à plusieurs endroits, selon des transporteurs
interrogés par AyiboPost.

« Avant, j'achetais quatre sacs pour les revendre en petites marmites. Aujourd'hui, je n'arrive plus qu'à en
acheter un seul », explique Rose-Andrée Michel, marchande depuis quinze ans.

Beaucoup de familles réduisent le nombre de repas cuits par jour ou se tournent vers des réchauds au gaz, dont le
prix a aussi augmenté.

Le gaz propane reste cependant hors de portée d'une grande partie de la population, car il faut d'abord acheter
une bouteille et un réchaud.

Des agronomes rappellent que la production de charbon contribue à la déforestation, qui accentue les risques
d'inondation dans plusieurs régions du pays.

Le ministère de l'Environnement n'a pas répondu aux questions d'AyiboPost sur les mesures envisagées pour limiter
la hausse des prix.
"""),
        must_have=[
            "Beaucoup de familles réduisent le nombre de repas cuits par jour ou se tournent vers des réchauds au gaz, dont le prix a aussi augmenté.",
            "Des agronomes rappellent que la production de charbon contribue à la déforestation, qui accentue les risques d'inondation dans plusieurs régions du pays.",
        ]),
    # Landbouweekblad (South Africa, Afrikaans): staff.
    rec(cluster="landbouweekblad-swartland-koringoes", role="single",
        file="landbouweekblad_swartland_koringoes_af.txt", render="text",
        title="Swartland-boere verwag beter koringoes ná goeie winterreën",
        date="2025-08-14", country="ZA", region="africa", lang="af", authors=["Anneke Steenkamp"],
        pre=[["Landbou.com", "Nuus", "Gewasse", "Vee", "Besigheid", "Weer", "Tegnologie", "Landbouweekblad", "Teken in"]],
        head=[["Anneke Steenkamp"], ["14 Augustus 2025"]],
        inserts={3: ["LEES OOK: Wolpryse styg ná swak veiling in Port Elizabeth"]},
        tail=[["Kry die nuutste landbounuus elke oggend in jou inkassie. Teken in vir ons gratis nuusbrief."],
              ["Deel", "Facebook", "X", "WhatsApp"], ["\u00a9 2025 Media24. Alle regte voorbehou."]],
        paras=P("""
Graanboere in die Swartland verwag vanjaar 'n beter koringoes as verlede jaar nadat die streek in Junie en Julie
bo-gemiddelde reën gekry het.

Volgens die jongste skatting van die Oesskattingskomitee kan die Wes-Kaap sowat 1,1 miljoen ton koring
produseer, 15% meer as in 2024.

Mnr. Pieter Louw, wat naby Moorreesburg boer, sê die lande lyk beter as wat hy in jare gesien het.

"Ons het die reën op die regte tyd gekry. As die lente nie te warm word nie, kan dit 'n baie goeie jaar wees," sê
hy.

Boere is egter bekommerd oor die hoë koste van kunsmis en brandstof, wat die wins op koring beperk.

Die prys van ureum het sedert die begin van die jaar met nagenoeg 12% gestyg, volgens syfers van die
landbouvereniging.

Landbou-ekonoom Marthinus du Toit sê boere moet versigtig wees om nie te veel op 'n groot oes te spekuleer
voordat die koring in die silo is nie.

Die oes begin gewoonlik in Oktober in die noordelike dele van die Swartland en duur tot Desember.
"""),
        must_have=[
            "Boere is egter bekommerd oor die hoë koste van kunsmis en brandstof, wat die wins op koring beperk.",
            "Die oes begin gewoonlik in Oktober in die noordelike dele van die Swartland en duur tot Desember.",
        ]),
    # Ceylon Today (Sri Lanka): staff.
    rec(cluster="ceylontoday-bus-fare-revision", role="single",
        file="ceylontoday_bus_fare_revision.txt", render="text",
        title="Bus fares to be reduced by 4.5% from July 1",
        date="2025-06-24", country="LK", region="asia", lang="en", authors=["Sachini Wickramasinghe"],
        pre=[["Ceylon Today", "News", "Business", "Sports", "Opinion", "Features", "Print Edition", "E-Paper"]],
        head=[["By Sachini Wickramasinghe"], ["Published: 24 June 2025 12:40 pm"]],
        inserts={4: ["Also Read: Train schedules revised for upcountry line"]},
        tail=[["Share", "Facebook", "Twitter", "WhatsApp"], ["Latest News"],
              ["Copyright \u00a9 2025 Ceylon Today. All Rights Reserved."]],
        paras=P("""
Bus fares across Sri Lanka will be reduced by 4.5% from July 1 following last week's cut in the price of diesel,
the National Transport Commission said.

The minimum fare will remain unchanged at Rs. 30, but fares on longer routes will come down by between Rs. 5 and
Rs. 40.

The revision is part of the annual bus fare review, which is carried out every July based on fuel prices, spare
parts costs and wages.

Private bus operators' associations said the reduction was smaller than passengers expected because the cost of
tyres and batteries had increased.

"We agreed to the revision, but we cannot reduce fares further without support from the Government," said
Chathura Ranasinghe, president of one of the operators' associations.

The Commission said it would deploy inspectors at major bus stands to ensure that conductors charge the new fares.

Passengers can report overcharging to the Commission through its hotline.

Around 20,000 private buses operate in Sri Lanka, alongside the fleet of the state-run Sri Lanka Transport Board.
"""),
        must_have=[
            "The revision is part of the annual bus fare review, which is carried out every July based on fuel prices, spare parts costs and wages.",
            "The Commission said it would deploy inspectors at major bus stands to ensure that conductors charge the new fares.",
        ]),
    # Legit.ng (Nigeria): staff.
    rec(cluster="legit-lagos-ikorodu-ferry-timetable", role="single",
        file="legit_lagos_ikorodu_ferry_timetable.txt", render="text",
        title="Lagos Announces New Ferry Timetable for Ikorodu Routes as Passenger Numbers Rise",
        date="2025-03-11", country="NG", region="africa", lang="en", authors=["Ngozi Adeyemi"],
        pre=[["Legit.ng", "News", "Politics", "Business", "Entertainment", "Sports", "People", "Education", "Tech"]],
        head=[["Ngozi Adeyemi"], ["Tuesday, March 11, 2025 at 2:17 PM"], ["3 min read"]],
        inserts={0: ["PAY ATTENTION: Help us serve you better! Please take a short survey and share your ideas for Legit.ng"],
                 3: ["READ ALSO: Lagos govt reveals date for Third Mainland Bridge repair work"]},
        tail=[["Source: Legit.ng"],
              ["Proofreading by Funmilayo Ajala, copy editor at Legit.ng."],
              ["PAY ATTENTION: Follow us on Instagram - get the most important news directly in your favourite app!"]],
        paras=P("""
The Lagos State Waterways Authority (LASWA) has announced a new timetable for ferry services between Ikorodu and
the Lagos Island terminals following a rise in the number of passengers.

Under the new schedule, ferries will depart every 20 minutes during morning and evening rush hours, up from every
40 minutes.

LASWA said the number of daily passengers on the Ikorodu routes had grown to about 9,000 since the start of the
year.

Commuters told Legit.ng that many residents now prefer the ferries because of heavy traffic on the Ikorodu Road
corridor.

"I spend less than one hour on the water, compared to almost three hours on the road," said Babatunde Olaniyan, a
civil servant.

The agency added that all passengers must wear life jackets and that operators who ignore safety rules will have
their licences suspended.

The new timetable takes effect on Monday, March 17, 2025.

Fares remain at N1,500 per trip for adults, while students in uniform will continue to pay half price.
"""),
        must_have=[
            "LASWA said the number of daily passengers on the Ikorodu routes had grown to about 9,000 since the start of the year.",
            "The agency added that all passengers must wear life jackets and that operators who ignore safety rules will have their licences suspended.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_LJS = site("Lincoln Journal Star", "https://journalstar.example.com", "", "en_US", "@JournalStarNews",
                ["News", "Huskers", "Sports", "Obituaries", "Opinion", "Business", "Entertainment", "Weather", "e-Edition"],
                ["\u00a9 Copyright 2025 Lincoln Journal Star, 926 P St. Lincoln, NE", "Terms of Use", "Privacy Policy", "Contact Us", "Manage Subscription"],
                share=["Facebook", "Twitter", "WhatsApp", "SMS", "Email", "Print", "Copy article link", "Save"],
                top=["Subscribe", "Log In"])
SITE_ALS = site("L'Alsace", "https://www.lalsace.example.fr", "", "fr_FR", "@lalsace",
                ["Alsace", "Mulhouse", "Colmar", "Haut-Rhin", "Sports", "Faits divers - Justice", "France-Monde", "Loisirs"],
                ["\u00a9 L'Alsace 2025", "Mentions légales", "Conditions générales d'utilisation", "Gestion des cookies", "Nous contacter"],
                share=["Partager", "Facebook", "X", "WhatsApp", "E-mail", "Copier le lien"],
                top=["Journal numérique", "S'abonner", "Se connecter"],
                cookie="Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
                cookie_title="Vos choix concernant l'utilisation de cookies",
                buttons=["Accepter & Fermer", "Continuer sans accepter", "Personnaliser mes choix"])
SITE_JBR = site("Jornal de Brasília", "https://jornaldebrasilia.example.com.br", " - Jornal de Brasília", "pt_BR", "@jornaldebrasilia",
                ["Cidades", "Política & Poder", "Brasil", "Economia", "Esportes", "Do Alto da Torre", "Entretenimento", "Opinião"],
                ["\u00a9 2025 Jornal de Brasília. Todos os direitos reservados.", "Quem somos", "Anuncie", "Política de privacidade", "Fale conosco"],
                share=["Compartilhar", "Facebook", "X", "WhatsApp", "Telegram"], graph=True)
SITE_BDA = site("Business Daily", "https://www.businessdailyafrica.example.com", " | Business Daily", "en_KE", "@BD_Africa",
                ["Markets", "Corporate", "Economy", "Opinion & Analysis", "Tech", "Data Hub", "Lifestyle", "Podcasts", "ePaper"],
                ["\u00a9 2025 Nation Media Group. All rights reserved.", "About Us", "Terms & Conditions", "Privacy Policy", "Contact Us"],
                share=["Share", "Facebook", "X", "LinkedIn", "WhatsApp", "Email"], top=["Subscribe", "Sign In"])
SITE_FP = site("Frankenpost", "https://www.frankenpost.example.de", " | Frankenpost", "de_DE", "@frankenpost",
               ["Hof", "Wunsiedel", "Selb", "Kulmbach", "Naila", "Münchberg", "Rehau", "Bayern", "Sport"],
               ["\u00a9 Frankenpost 2025", "Impressum", "Datenschutz", "AGB", "Kontakt", "Cookie-Einstellungen"],
               share=["Teilen", "Facebook", "X", "WhatsApp", "E-Mail"], top=["E-Paper", "Abo", "Login"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten und Inhalte sowie Werbung zu personalisieren.",
               cookie_title="Datenschutzeinstellungen",
               buttons=["Alle akzeptieren", "Nur notwendige", "Einstellungen"])
SITE_HN = site("Hospodářské noviny", "https://domaci.hn.example.cz", " | Hospodářské noviny (HN.cz)", "cs_CZ", "@hospodarky",
               ["Domácí", "Zahraničí", "Byznys", "Finance", "Názory", "Podcasty", "Reality", "Tech"],
               ["\u00a9 2024 Economia, a.s. Všechna práva vyhrazena.", "Kontakty", "Obchodní podmínky", "Ochrana osobních údajů", "Nastavení soukromí"],
               share=["Sdílet", "Facebook", "X", "LinkedIn", "E-mail"], top=["Předplatné", "Přihlásit"],
               cookie="Kliknutím na Souhlasím udělujete souhlas s ukládáním souborů cookie a se zpracováním osobních údajů pro měření návštěvnosti a personalizaci reklam.",
               buttons=["Souhlasím", "Nastavení"])
SITE_ET = site("Egypt Today", "https://www.egypttoday.example.com", " - EgyptToday", "en_US", "@EgyptTodayMag",
               ["Egypt", "Politics", "Business", "Sports", "Culture", "Opinion", "World", "Videos", "\u0639\u0631\u0628\u064a"],
               ["\u00a9 2025 Egypt Today. All rights reserved.", "About Us", "Contact Us", "Privacy Policy", "Advertise"],
               share=["Share", "Facebook", "X", "WhatsApp"])
SITE_LAND = site("The Land", "https://www.theland.example.com.au", " | The Land", "en_AU", "@TheLandNews",
                 ["News", "Livestock", "Cropping", "Machinery", "Markets", "Weather", "Property", "Newsletters", "Today's Paper"],
                 ["\u00a9 2025 Australian Community Media", "Privacy", "Terms of Use", "Conditions of Use", "Contact Us"],
                 share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Subscribe", "Log in"])
SITE_IC = site("Inverness Courier", "https://www.inverness-courier.example.co.uk", "", "en_GB", "@InvCourier",
               ["News", "Sport", "What's On", "Lifestyle", "Business", "Community", "Nostalgia", "Jobs", "Digital Edition"],
               ["\u00a9 2025 Highland News and Media. All rights reserved.", "Contact", "Terms & Conditions", "Privacy Policy", "Cookie Policy"],
               share=["Share", "Facebook", "X", "WhatsApp", "Email"], top=["Subscribe", "Sign in"],
               cookie="We use cookies to give you the best online experience. Please let us know if you agree to all of these cookies.",
               buttons=["Yes, I agree", "No, take me to settings"])

HTML_STORIES = [
    # Lincoln Journal Star (original of the AP cluster).
    dict(AMBULANCE, role="original", file="journalstar_ap_lincoln_rural_ambulance_stipends.html", render="html",
         site=SITE_LJS, section="State and Regional", meta_section="State and Regional",
         url="https://journalstar.example.com/news/state-and-regional/nebraska-lawmakers-advance-bill-rural-ambulance-volunteers/article_5e1f7a2c-9b3d-11ef-8c41-0b6d2f9a7e13.html",
         published="2025-03-04T17:20:00-06:00",
         ld_author=[{"@type": "Person", "name": "MARGARET SORENSEN Associated Press"}],
         byline_lines=["MARGARET SORENSEN Associated Press"], date_lines=["Mar 4, 2025"],
         caption="Volunteer emergency medical technicians restock an ambulance in Ord, Neb., on Feb. 20, 2025.",
         credit="AP Photo/Caleb Vinter", credit_shown="(AP Photo/Caleb Vinter)",
         inserts={2: [("ad", "Advertisement")]},
         end_lines=[AP_COPY],
         tags=("Tags", ["Legislature", "Emergency Medical Services", "Rural Health", "Nebraska"]),
         newsletter_end=["Be the first to know", "Get local news delivered to your inbox!", "Sign up!"]),
    # L'Alsace (original of the AFP cluster).
    dict(VILA, role="original", file="lalsace_afp_port_vila_reconstruction_fr.html", render="html",
         site=SITE_ALS, section="Monde", meta_section="Monde",
         url="https://www.lalsace.example.fr/monde/2025/03/18/au-vanuatu-trois-mois-apres-le-seisme-port-vila-reconstruit-lentement",
         published="2025-03-18T06:12:00+01:00",
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         breadcrumbs=["France-Monde", "Monde"], kicker="Catastrophe naturelle",
         byline_lines=["AFP"], date_lines=["Le 18/03/2025 à 06:12"],
         caption="Un immeuble endommagé par le séisme dans le centre de Port-Vila, le 14 mars 2025.",
         credit="AFP/Olivier Dumont", credit_shown="Photo AFP/Olivier Dumont",
         inserts={2: [("ad", "Publicité")], 4: [("link", "À lire aussi", "Séisme au Vanuatu : l'aide internationale s'organise")]},
         below_body=[("newsletter", "Recevez chaque matin l'essentiel de l'actualité de votre région")],
         lists=[("Les plus lus", ["Mulhouse : un nouveau parking relais ouvre près de la gare", "Colmar : le marché de Pâques de retour dans la vieille ville"])]),
    # Jornal de Brasilia: staff.
    rec(cluster="jornaldebrasilia-metro-df-sabados", role="single",
        file="jornaldebrasilia_metro_df_horario_sabados_pt.html", render="html", site=SITE_JBR,
        title="Metrô-DF vai ampliar horário de funcionamento aos sábados a partir de julho",
        date="2025-05-14", country="BR", region="americas", lang="pt", authors=["Luana Tavares"],
        section="Cidades", meta_section="Cidades",
        url="https://jornaldebrasilia.example.com.br/cidades/metro-df-vai-ampliar-horario-de-funcionamento-aos-sabados/",
        description="Os trens passarão a circular das 6h às 23h30 aos sábados.",
        published="2025-05-14T16:10:00-03:00",
        breadcrumbs=["Início", "Cidades"],
        byline_lines=["Por Luana Tavares"], date_lines=["14/05/2025 às 16h10"],
        caption="Estação Central do Metrô-DF, na Rodoviária do Plano Piloto.", credit="Renan Dantas/Agência Brasília",
        credit_shown="Foto: Renan Dantas/Agência Brasília",
        inserts={2: [("ad", "Publicidade")], 4: [("link", "Leia também:", "BRT do Gama terá nova linha expressa a partir de junho")]},
        below_body=[("google-news", "Siga o Jornal de Brasília no Google Notícias")],
        tags=("Tags:", ["Metrô-DF", "Transporte público", "Distrito Federal"]),
        paras=P("""
O Metrô-DF vai ampliar o horário de funcionamento aos sábados a partir de 5 de julho. Os trens passarão a
circular das 6h às 23h30, uma hora e meia a mais do que hoje.

A decisão foi anunciada nesta quarta-feira (14/5) pela Companhia do Metropolitano do Distrito Federal, após
pedidos de trabalhadores do comércio e de estudantes.

Segundo a companhia, o movimento aos sábados cresceu 18% no último ano e chega a 95 mil passageiros por dia.

Para ampliar o horário, o Metrô-DF vai remanejar equipes de manutenção, que hoje trabalham nas noites de sábado.

"Quem sai do trabalho no shopping às dez da noite precisava pegar dois ônibus para chegar em casa", disse a
vendedora Patrícia Moura, moradora de Samambaia.

A tarifa continua a mesma, de R$ 5,50, e a integração com os ônibus será mantida.

A companhia também estuda abrir as estações mais cedo aos domingos em dias de eventos no Estádio Mané Garrincha.

O sistema tem 29 estações em funcionamento e liga a Rodoviária do Plano Piloto a Ceilândia e Samambaia.
"""),
        must_have=[
            "Segundo a companhia, o movimento aos sábados cresceu 18% no último ano e chega a 95 mil passageiros por dia.",
            "A tarifa continua a mesma, de R$ 5,50, e a integração com os ônibus será mantida.",
        ]),
    # Business Daily (Kenya): staff.
    rec(cluster="businessdaily-tea-bonus-auction-recovery", role="single",
        file="businessdaily_tea_bonus_mombasa_auction.html", render="html", site=SITE_BDA,
        title="Tea farmers set for higher bonus as Mombasa auction prices recover",
        date="2025-09-18", country="KE", region="africa", lang="en", authors=["Dorcas Kimani"],
        section="Economy", meta_section="Economy",
        url="https://www.businessdailyafrica.example.com/bd/economy/tea-farmers-set-for-higher-bonus-as-auction-prices-recover-5193874",
        description="The average price at the weekly auction rose to $2.41 per kilogramme in August.",
        published="2025-09-18T05:00:00+03:00",
        byline_lines=["By DORCAS KIMANI"], date_lines=["September 18, 2025"],
        caption="Tea pickers at a farm in Kericho County.", credit="Wilfred Nyangaresi | Nation Media Group",
        credit_shown="Photo credit: Wilfred Nyangaresi | Nation Media Group",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Read:", "KTDA factories cut delays in green leaf payments")]},
        end_lines=["dkimani@ke.nationmedia.com"],
        lists=[("Most Read", ["Treasury seeks Sh120bn in new bond sale", "Safaricom shares rise on M-Pesa growth"])],
        paras=P("""
Small-scale tea farmers are set to receive a higher annual bonus this year after prices at the Mombasa tea auction
recovered from a two-year slump.

The average price at the weekly auction rose to $2.41 per kilogramme in August, up from $2.05 a year earlier,
according to data from the East African Tea Trade Association.

Factory directors say the improved prices could raise the second payment to farmers by between Sh5 and Sh8 per
kilogramme of green leaf.

The recovery has been driven by stronger demand from Pakistan, Egypt and the United Kingdom, the top buyers of
Kenyan tea.

"Farmers have gone through two difficult years. This bonus will help many of them pay school fees," said Joseph
Langat, a factory director in Bomet County.

Tea is one of Kenya's leading export earners, bringing in about Sh180 billion last year.

However, growers warn that high fertiliser costs and a weaker shilling could eat into their earnings if prices
fall again.

The bonus is usually paid in October, after factories close their financial year in June.
"""),
        must_have=[
            "The recovery has been driven by stronger demand from Pakistan, Egypt and the United Kingdom, the top buyers of Kenyan tea.",
            "However, growers warn that high fertiliser costs and a weaker shilling could eat into their earnings if prices fall again.",
        ]),
    # Frankenpost (Hof, Bavaria): dpa regional copy.
    rec(cluster="frankenpost-dpa-hof-leipzig-zuege", role="single",
        file="frankenpost_dpa_hof_leipzig_zuege_de.html", render="html", site=SITE_FP,
        title="Mehr Züge zwischen Hof und Leipzig ab Dezember",
        date="2025-08-14", dateline="Hof (dpa/lby) - ", city="Hof", country="DE", region="europe", lang="de",
        agency="dpa", section="Bayern", meta_section="Bayern",
        url="https://www.frankenpost.example.de/inhalt.bahnverkehr-mehr-zuege-zwischen-hof-und-leipzig-ab-dezember.7c2e91d4-5a0b-4f3e-9d21-8b7a6c5e4f30.html",
        description="Statt alle zwei Stunden soll es tagsüber eine stündliche Verbindung geben.",
        published="2025-08-14T15:32:00+02:00",
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        kicker="Bahnverkehr",
        byline_lines=["dpa"], date_lines=["14.08.2025 - 15:32 Uhr"],
        caption="Ein Regionalzug steht im Hauptbahnhof von Hof.", credit="Jonas Wendler/dpa",
        credit_shown="Foto: Jonas Wendler/dpa",
        inserts={1: [("ad", "Anzeige")], 4: [("promo", ["Newsletter", "Die wichtigsten Nachrichten aus Hochfranken jeden Morgen in Ihrem Postfach.", "Jetzt kostenlos anmelden"])]},
        end_lines=["\u00a9 dpa-infocom, dpa:250814-930-918274/1"],
        lists=[("Meistgelesen", ["Hof: Neue Ampel an der Ernst-Reuter-Straße sorgt für Stau", "Selb: Porzellantage locken tausende Besucher"])],
        paras=P("""
Zwischen Hof und Leipzig sollen vom Fahrplanwechsel im Dezember an deutlich mehr Züge fahren. Statt alle zwei
Stunden soll es dann tagsüber eine stündliche Verbindung geben, wie die Bayerische Eisenbahngesellschaft am
Donnerstag mitteilte.

Die zusätzlichen Fahrten werden gemeinsam mit dem Freistaat Sachsen bestellt. Die Kosten teilen sich die beiden
Länder.

Eingesetzt werden sollen modernisierte Dieseltriebwagen, weil die Strecke zwischen Hof und Plauen noch nicht
vollständig elektrifiziert ist.

Die Fahrzeit zwischen Hof und Leipzig beträgt künftig rund zwei Stunden und 20 Minuten.

Oberfranken fordert seit Jahren bessere Bahnverbindungen. Hof hat seit vielen Jahren keinen Anschluss an den
Fernverkehr mehr.

Der Hofer Landrat Markus Heinlein sprach von einem wichtigen Signal für die Region. Auch Pendler aus dem
Vogtland sollen von dem dichteren Takt profitieren.

Fahrgastverbände begrüßten die Pläne, forderten aber zugleich bessere Anschlüsse in Hof an die Züge in Richtung
Nürnberg und Regensburg.

Die Elektrifizierung der Strecke ist nach Angaben des Bundesverkehrsministeriums bis Anfang der 2030er Jahre
geplant.
"""),
        must_have=[
            "Eingesetzt werden sollen modernisierte Dieseltriebwagen, weil die Strecke zwischen Hof und Plauen noch nicht vollständig elektrifiziert ist.",
            "Die Fahrzeit zwischen Hof und Leipzig beträgt künftig rund zwei Stunden und 20 Minuten.",
        ]),
    # Hospodarske noviny (Czech Republic): CTK copy.
    rec(cluster="hn-ctk-ostrava-tramvajova-trat", role="single",
        file="hn_ctk_ostrava_tramvajova_trat_cs.html", render="html", site=SITE_HN,
        title="Ostrava získala dotaci 640 milionů korun na modernizaci tramvajové trati v centru",
        date="2024-10-14", dateline="Ostrava - ", city="Ostrava", country="CZ", region="europe", lang="cs",
        agency="ČTK", section="Domácí", meta_section="Domácí",
        url="https://domaci.hn.example.cz/c1-67512490-ostrava-ziskala-dotaci-na-modernizaci-tramvajove-trati-v-centru",
        description="Práce by měly začít příští rok na jaře a potrvají zhruba dva roky.",
        published="2024-10-14T13:25:00+02:00",
        ld_author=[{"@type": "Organization", "name": "ČTK"}],
        byline_lines=["ČTK"], date_lines=["14. 10. 2024 13:25"],
        caption="Tramvaj na zastávce v centru Ostravy.", credit="Lukáš Mareček, ČTK",
        credit_shown="Foto: Lukáš Mareček, ČTK",
        above_body=[("listen", "Poslechněte si tento článek")],
        inserts={3: [("ad", "Reklama")]},
        lists=[("Nejčtenější", ["Vláda schválila rozpočet na příští rok", "Ceny bytů v Praze opět rostou"])],
        comments=["Diskuse", "Vstoupit do diskuse"],
        paras=P("""
Ostrava získala dotaci 640 milionů korun na modernizaci tramvajové trati v ulicích 28. října a Nádražní. Práce
by měly začít příští rok na jaře a potrvají zhruba dva roky, řekl dnes novinářům náměstek primátora Tomáš
Holeček.

Peníze pocházejí z evropského fondu pro dopravu, zbytek nákladů ve výši zhruba 210 milionů korun zaplatí město.

Součástí stavby bude výměna kolejí, nové zastávky s bezbariérovým přístupem a úprava křižovatek, kde tramvaje
dostanou přednost před auty.

Během stavby bude část tramvajových linek odkloněna a v úsecích bez provozu budou jezdit náhradní autobusy.

Dopravní podnik Ostrava v posledních letech obnovuje vozový park a letos převzal prvních deset nových
nízkopodlažních tramvají.

Podle města trať v centru denně využije přes 60 000 cestujících, což z ní dělá nejvytíženější úsek ve městě.

Holeček uvedl, že město se bude snažit práce rozdělit tak, aby centrum nebylo uzavřeno celé najednou.

Ostrava je třetím největším městem v Česku, žije v ní přibližně 280 000 obyvatel.
"""),
        must_have=[
            "Během stavby bude část tramvajových linek odkloněna a v úsecích bez provozu budou jezdit náhradní autobusy.",
            "Holeček uvedl, že město se bude snažit práce rozdělit tak, aby centrum nebylo uzavřeno celé najednou.",
        ]),
    # Egypt Today: staff, GMT stamp.
    rec(cluster="egypttoday-cairo-new-buses", role="single",
        file="egypttoday_cairo_500_new_buses.html", render="html", site=SITE_ET,
        title="Egypt to add 500 new buses to Greater Cairo public transport fleet",
        date="2025-03-11", country="EG", region="africa", lang="en", authors=["Nadine Farouk"],
        section="Egypt", meta_section="Egypt",
        url="https://www.egypttoday.example.com/Article/1/138512/Egypt-to-add-500-new-buses-to-Greater-Cairo-public",
        description="The new buses will replace older vehicles that have been in service for more than 15 years.",
        published="2025-03-11T01:42:00+00:00",
        byline_lines=["Nadine Farouk"], date_lines=["Tue, 11 Mar 2025 - 01:42 GMT"],
        tags=("Tags", ["Cairo", "Ministry of Transport", "public transport"]),
        lists=[("Most Read", ["Egypt's Suez Canal revenues rise in February", "Weather: Mild temperatures across Egypt this week"])],
        paras=P("""
Egypt will add 500 new buses to the public transport fleet in Greater Cairo by the end of the year, the Ministry
of Transport announced on Monday.

The new buses, which run on natural gas, will replace older vehicles that have been in service for more than 15
years.

According to the ministry, the first batch of 120 buses will enter service in May on routes linking New Cairo and
the New Administrative Capital.

The remaining buses will be delivered in stages and assigned to routes in Giza, Shubra El Kheima and Helwan.

The Cairo Transport Authority said the new fleet would be equipped with electronic ticketing and surveillance
cameras.

Egypt has expanded its mass transit network in recent years, including new metro lines, a monorail and a bus
rapid transit system on the Ring Road.

Commuters have long complained about overcrowding on public buses during rush hours, particularly in the eastern
and western suburbs.

Officials said ticket prices on the new buses would be the same as on the existing fleet.
"""),
        must_have=[
            "The remaining buses will be delivered in stages and assigned to routes in Giza, Shubra El Kheima and Helwan.",
            "Officials said ticket prices on the new buses would be the same as on the existing fleet.",
        ]),
    # The Land (NSW rural weekly, ACM), gzipped: staff, writer is also the photographer.
    rec(cluster="theland-tamworth-cattle-yarding", role="single",
        file="theland_tamworth_cattle_yarding.html.gz", render="html", site=SITE_LAND,
        title="Tamworth yards biggest cattle offering in three years as dry bites",
        date="2025-05-12", country="AU", region="oceania", lang="en", authors=["Sally Ferguson"],
        section="Livestock", meta_section="Livestock",
        url="https://www.theland.example.com.au/story/8912345/tamworth-yards-biggest-cattle-offering-in-three-years/",
        description="More than 6200 head were yarded at the Tamworth Regional Livestock Exchange on Monday.",
        published="2025-05-12T16:00:00+10:00",
        byline_lines=["Sally Ferguson"], date_lines=["May 12 2025 - 4:00pm"],
        caption="Cattle in the pens at the Tamworth Regional Livestock Exchange on Monday.", credit="Sally Ferguson",
        credit_shown="Picture by Sally Ferguson",
        inserts={1: [("ad", "Advertisement")], 5: [("ad", "Advertisement")]},
        author_box=["Sally Ferguson is The Land's livestock reporter, based in Tamworth."],
        newsletter_end=["Get the latest rural news in your inbox", "Sign up for The Land's free newsletter to stay up to date."],
        paras=P("""
The Tamworth Regional Livestock Exchange yarded more than 6200 cattle on Monday, the biggest offering at the centre
in three years, as dry conditions pushed producers to sell.

Agents said restocker demand remained solid despite the large numbers, with yearling steers selling to a top of
420 cents a kilogram.

Heavy cows for processors sold between 290c/kg and 315c/kg, slightly below last week's rates.

Tamworth agent Rob Fitzgerald said many vendors had sold earlier than planned because autumn rain had failed across
much of the northern tablelands.

"Feed is getting short in a lot of paddocks and people don't want to be caught holding too many cattle going into
winter," he said.

Tamworth Regional Council said the sale had run smoothly, with extra staff rostered to handle trucks arriving from
early Sunday afternoon.

Meat & Livestock Australia figures show the Eastern Young Cattle Indicator has eased 4 per cent over the past
fortnight.

Agents expect numbers to stay high at the next few sales unless the region receives significant rain.
"""),
        must_have=[
            "Heavy cows for processors sold between 290c/kg and 315c/kg, slightly below last week's rates.",
            "Agents expect numbers to stay high at the next few sales unless the region receives significant rain.",
        ]),
    # Inverness Courier (Highland News and Media): staff.
    rec(cluster="invernesscourier-culloden-cycle-path", role="single",
        file="invernesscourier_culloden_cycle_path.html", render="html", site=SITE_IC,
        title="New cycle path between Inverness and Culloden set to open next month",
        date="2025-05-21", country="GB", region="europe", lang="en", authors=["Calum MacInnes"],
        section="News", meta_section="News",
        url="https://www.inverness-courier.example.co.uk/news/new-cycle-path-between-inverness-and-culloden-set-to-open-next-month-367219/",
        description="The 3.2-kilometre route includes a new crossing over the railway line at Culloden.",
        published="2025-05-21T08:00:00+01:00", modified="2025-05-21T09:15:00+01:00",
        byline_lines=["By Calum MacInnes"], date_lines=["Published: 08:00, 21 May 2025", "Updated: 09:15, 21 May 2025"],
        caption="Work on the new path near Smithton.", credit="Callum Mackay", credit_shown="Picture: Callum Mackay",
        inserts={3: [("promo", ["Get the latest headlines from around the Highlands", "Sign up to our newsletter to receive news from the Highlands direct to your inbox.", "Sign up"])]},
        below_body=[("respond", "Do you want to respond to this article? If so, click here to submit your thoughts and they may be published in print.")],
        lists=[("Most Read", ["Plans lodged for 90 homes at Ness-side", "Caley Thistle confirm pre-season friendlies"])],
        paras=P("""
A new walking and cycling path linking Inverness with Culloden and Smithton is due to open next month after more
than a year of construction.

The 3.2-kilometre route runs alongside the B9006 and includes a new crossing over the railway line at Culloden.

Highland Council said the path had cost 4.1 million pounds, with most of the money coming from the Scottish
Government's active travel fund.

The route is expected to be used by pupils travelling to Culloden Academy as well as commuters heading into the
city centre.

Local councillor Morag Fraser said residents had campaigned for a safe route for more than a decade.

"Parents told us again and again that they would let their children cycle to school if there was a path they
could trust," she said.

The council plans to install lighting along the full length of the path before the winter.

A second phase, linking the route to Inverness Campus and the retail park at Inshes, is at the design stage.
"""),
        must_have=[
            "The 3.2-kilometre route runs alongside the B9006 and includes a new crossing over the railway line at Culloden.",
            "The council plans to install lighting along the full length of the path before the winter.",
        ]),
]


# ---- news-please and trafilatura JSON -----------------------------------------------

JSON_STORIES = [
    # news-please, Diario do Minho (Braga): Lusa copy.
    rec(cluster="diariodominho-lusa-braga-habitacao", role="single", file="newsplease_diariodominho_lusa_braga_habitacao_pt.json",
        render="newsplease", title="Câmara de Braga aprova construção de 240 habitações a custos controlados",
        date="2025-04-10", dateline="Braga, 10 abr 2025 (Lusa) - ", city="Braga", country="PT", region="europe", lang="pt",
        agency="Lusa",
        url="https://www.diariodominho.example.pt/2025/04/10/camara-de-braga-aprova-construcao-de-240-habitacoes-a-custos-controlados/",
        source_domain="www.diariodominho.example.pt",
        description="O investimento ronda os 38 milhões de euros e as obras deverão arrancar em 2026.",
        np_authors=["Lusa"], np_publish="2025-04-10 17:42:00", np_download="2025-04-10 21:03:11",
        head_lines=["Lusa", "10 Abril 2025, 17:42"],
        tail_lines=["RCM // JMR", "Lusa/Fim", "Partilhe esta notícia"],
        paras=P("""
A Câmara Municipal de Braga aprovou hoje a construção de 240 habitações a custos controlados na freguesia de
Lamaçães, num investimento de cerca de 38 milhões de euros, anunciou o município.

O projeto, financiado em parte pelo Plano de Recuperação e Resiliência (PRR), prevê apartamentos de tipologias T1
a T3, destinados sobretudo a jovens e famílias da classe média.

Segundo o presidente da câmara, as rendas deverão ficar entre 20% e 35% abaixo dos valores praticados no mercado
da cidade.

A obra deverá arrancar no início de 2026 e ficar concluída no prazo de dois anos.

O município prevê lançar o concurso público para a empreitada até ao final do verão.

Nos últimos cinco anos, o preço médio das casas em Braga subiu mais de 60%, segundo dados do Instituto Nacional de
Estatística.

A oposição votou a favor do projeto, mas criticou o atraso na apresentação de soluções para o problema da
habitação no concelho.

Braga tem cerca de 200 mil habitantes e é uma das cidades portuguesas com a população mais jovem.
"""),
        must_have=[
            "A obra deverá arrancar no início de 2026 e ficar concluída no prazo de dois anos.",
            "Nos últimos cinco anos, o preço médio das casas em Braga subiu mais de 60%, segundo dados do Instituto Nacional de Estatística.",
        ]),
    # news-please, Liberta (Piacenza): staff.
    rec(cluster="liberta-piacenza-ciclabile-po", role="single", file="newsplease_liberta_piacenza_ciclabile_po_it.json",
        render="newsplease", title="Piacenza, al via i lavori per la ciclabile lungo il Po: pronta entro l'estate 2026",
        date="2025-03-12", country="IT", region="europe", lang="it", authors=["Chiara Molinari"],
        url="https://www.liberta.example.it/news/cronaca/2025/03/12/piacenza-al-via-i-lavori-per-la-ciclabile-lungo-il-po/",
        source_domain="www.liberta.example.it",
        description="Il tracciato di circa quattro chilometri collegherà il centro al lungo Po.",
        np_authors=["Chiara Molinari"], np_publish="2025-03-12 06:00:00", np_download="2025-03-12 09:41:27",
        head_lines=["Chiara Molinari", "12 marzo 2025 | 06:00"],
        tail_lines=["Riproduzione riservata \u00a9 Copyright Libertà", "Abbonati a Libertà Digitale", "Leggi anche"],
        paras=P("""
Sono iniziati ieri i lavori per la nuova pista ciclabile che collegherà il centro di Piacenza al lungo Po, un
tracciato di circa quattro chilometri atteso da anni da residenti e associazioni.

L'opera, dal costo complessivo di 2,3 milioni di euro, è finanziata in gran parte con fondi regionali e in parte
dal Comune.

Il percorso partirà dalla zona della stazione ferroviaria e seguirà l'argine del fiume verso est.

Secondo il cronoprogramma, i cantieri dovrebbero concludersi entro l'estate del 2026, salvo ritardi dovuti alle
piene del fiume.

«È un'opera importante per chi va al lavoro in bicicletta, ma anche per il turismo lungo la ciclovia VENTO», ha
spiegato l'assessore alla Mobilità Luca Bersani.

Durante i lavori alcuni tratti della strada arginale saranno chiusi al traffico, con percorsi alternativi
segnalati.

Le associazioni ciclistiche chiedono che la pista sia illuminata e dotata di punti di ricarica per le biciclette
elettriche.

Il Comune ha annunciato che nei prossimi mesi saranno installate anche una decina di nuove rastrelliere vicino alla
stazione.
"""),
        must_have=[
            "Secondo il cronoprogramma, i cantieri dovrebbero concludersi entro l'estate del 2026, salvo ritardi dovuti alle piene del fiume.",
            "Durante i lavori alcuni tratti della strada arginale saranno chiusi al traffico, con percorsi alternativi segnalati.",
        ]),
    # news-please, The Chronicle Herald (Halifax): The Canadian Press copy.
    rec(cluster="chronicleherald-cp-halifax-care-assistants", role="single", file="newsplease_chronicleherald_cp_care_assistants.json",
        render="newsplease", title="Nova Scotia to train and hire 150 more continuing care assistants",
        date="2025-06-03", dateline="HALIFAX \u2014 ", city="Halifax", country="CA", region="americas", lang="en",
        agency="CP", authors=["Rebecca Dunn"],
        url="https://www.thechronicleherald.example.ca/news/provincial/nova-scotia-to-train-and-hire-150-more-continuing-care-assistants-100984512/",
        source_domain="www.thechronicleherald.example.ca",
        description="The province says about 600 positions for continuing care assistants are vacant.",
        np_authors=["Rebecca Dunn"], np_publish="2025-06-03 16:55:00", np_download="2025-06-03 22:10:48",
        head_lines=["Rebecca Dunn, The Canadian Press", "Published Jun. 3, 2025, 4:55 p.m."],
        tail_lines=["This report by The Canadian Press was first published June 3, 2025.", "Share this story", "Comments"],
        paras=P("""
Nova Scotia will pay for training and guarantee jobs for 150 more continuing care assistants this year as
long-term care homes struggle to fill shifts, the province said Tuesday.

Seniors and Long-Term Care Minister Paul Boudreau said the program will cover tuition for students who agree to
work in a provincial care home for at least two years after graduating.

The province says about 600 positions for continuing care assistants are currently vacant across Nova Scotia.

Students will be paid while they complete the clinical part of the course, which lasts about 10 weeks.

"Every vacant shift means a resident waits longer for help getting out of bed or getting a meal," Boudreau told
reporters in Halifax.

The union representing many care home workers welcomed the announcement but said wages must also rise to keep new
staff in the sector.

Continuing care assistants in Nova Scotia earn between about $22 and $25 an hour, depending on experience.

The first students under the program are expected to begin classes in September at community college campuses in
Truro, Sydney and Yarmouth.
"""),
        must_have=[
            "The province says about 600 positions for continuing care assistants are currently vacant across Nova Scotia.",
            "The union representing many care home workers welcomed the announcement but said wages must also rise to keep new staff in the sector.",
        ]),
    # trafilatura, Kontan (Indonesia): staff, "KONTAN.CO.ID - JAKARTA." opening.
    rec(cluster="kontan-jakarta-harga-beras-turun", role="single", file="trafilatura_kontan_harga_beras_panen_raya_id.json",
        render="trafilatura", title="Harga Beras Medium di Pasar Tradisional Mulai Turun Jelang Panen Raya",
        date="2025-02-18", dateline="KONTAN.CO.ID - JAKARTA. ", city="Jakarta", country="ID", region="asia", lang="id",
        authors=["Rizky Pratama"], section="Industri",
        url="https://industri.kontan.example.co.id/news/harga-beras-medium-di-pasar-tradisional-mulai-turun-jelang-panen-raya",
        hostname="industri.kontan.example.co.id", source_hostname="Kontan",
        description="Pasokan dari sentra produksi di Jawa Tengah dan Jawa Timur mulai bertambah.",
        tf_author="Rizky Pratama", tf_date="2025-02-18", tf_language="id", categories="Industri;Agribisnis",
        head_lines=["Reporter: Rizky Pratama", "Selasa, 18 Februari 2025 / 14:25 WIB"],
        inserts={2: ["Baca Juga: Bulog Siapkan Gudang Tambahan untuk Serap Gabah Petani"]},
        tail_lines=["Cek Berita dan Artikel yang lain di Google News"],
        paras=P("""
Harga beras medium di sejumlah pasar tradisional mulai turun menjelang panen raya yang diperkirakan berlangsung
pada Maret hingga April 2025.

Berdasarkan data Panel Harga Pangan, rata-rata harga beras medium secara nasional tercatat Rp 13.450 per kilogram
pada Senin (17/2), turun dari Rp 13.700 per kg sepekan sebelumnya.

Ketua asosiasi pedagang beras, Hendra Wijaya, mengatakan pasokan dari sentra produksi di Jawa Tengah dan Jawa
Timur mulai bertambah.

"Gabah dari petani sudah mulai masuk ke penggilingan, jadi harga di tingkat pedagang ikut turun," kata Hendra
kepada Kontan, Selasa (18/2).

Meski begitu, harga beras premium masih bertahan di kisaran Rp 15.200 per kg di sebagian besar daerah.

Pemerintah menargetkan penyerapan gabah petani oleh Perum Bulog mencapai 3 juta ton selama musim panen raya tahun
ini.

Ekonom pertanian Siti Rahmawati menilai penurunan harga perlu diawasi agar tidak terlalu tajam sehingga merugikan
petani.

Menurut dia, pemerintah perlu memastikan harga pembelian gabah di tingkat petani tetap sesuai dengan harga yang
telah ditetapkan.
"""),
        must_have=[
            "Meski begitu, harga beras premium masih bertahan di kisaran Rp 15.200 per kg di sebagian besar daerah.",
            "Pemerintah menargetkan penyerapan gabah petani oleh Perum Bulog mencapai 3 juta ton selama musim panen raya tahun ini.",
        ]),
    # trafilatura, Brabants Dagblad (DPG Media): ANP copy.
    rec(cluster="bd-anp-eindhoven-den-bosch-intercitys", role="single", file="trafilatura_brabantsdagblad_anp_intercitys_nl.json",
        render="trafilatura", title="Vanaf december extra intercity's tussen Eindhoven en Den Bosch",
        date="2025-06-16", country="NL", region="europe", lang="nl", agency="ANP", section="Regio",
        url="https://www.bd.example.nl/eindhoven/vanaf-december-extra-intercity-s-tussen-eindhoven-en-den-bosch~a4e8c21f/",
        hostname="www.bd.example.nl", source_hostname="Brabants Dagblad",
        description="In de spits rijden er dan acht intercity's per uur in beide richtingen.",
        tf_author="ANP", tf_date="2025-06-16", tf_language="nl", categories="Regio;Eindhoven",
        head_lines=["ANP", "16 jun. 2025, 14:05"],
        tail_lines=["Lees ook", "Meer over", "NS", "Openbaar vervoer", "Eindhoven"],
        paras=P("""
Tussen Eindhoven en 's-Hertogenbosch gaan vanaf de nieuwe dienstregeling in december extra intercity's rijden.
Dat heeft NS maandag bekendgemaakt.

In de spits rijden er dan acht intercity's per uur in beide richtingen, twee meer dan nu.

Volgens de vervoerder is de drukte op het traject de afgelopen jaren flink toegenomen, vooral door de groei van
de werkgelegenheid in de regio Eindhoven.

Reizigers klagen al langer over volle treinen, waarin ze in de ochtendspits vaak moeten staan.

Om de extra treinen mogelijk te maken, heeft ProRail de afgelopen maanden wissels en seinen op het traject
aangepast.

De provincie Noord-Brabant draagt 12 miljoen euro bij aan de aanpassingen aan het spoor.

Reizigersorganisatie Rover is blij met de uitbreiding, maar wijst erop dat ook de sprinters tussen Eindhoven en
Boxtel vaak overvol zijn.

NS verwacht dat het aantal reizigers op het traject de komende vijf jaar met nog eens 15 procent groeit, vooral in de
ochtendspits.
"""),
        must_have=[
            "Reizigers klagen al langer over volle treinen, waarin ze in de ochtendspits vaak moeten staan.",
            "De provincie Noord-Brabant draagt 12 miljoen euro bij aan de aanpassingen aan het spoor.",
        ]),
    # trafilatura, The Daily Advertiser (Wagga Wagga, ACM): staff.
    rec(cluster="dailyadvertiser-wagga-bolton-park-upgrade", role="single", file="trafilatura_dailyadvertiser_bolton_park_upgrade.json",
        render="trafilatura", title="Council approves $12m upgrade of Bolton Park stadium",
        date="2025-03-03", country="AU", region="oceania", lang="en", authors=["Tom Dwyer"], section="Local News",
        url="https://www.dailyadvertiser.example.com.au/story/8893102/council-approves-12m-upgrade-of-bolton-park-stadium/",
        hostname="www.dailyadvertiser.example.com.au", source_hostname="The Daily Advertiser",
        description="The project includes a new grandstand with 1200 seats.",
        tf_author="Tom Dwyer", tf_date="2025-03-03", tf_language="en", categories="Local News;Sport",
        head_lines=["Tom Dwyer", "Updated March 3 2025 - 2:44pm, first published 11:30am"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Get the latest Wagga news in your inbox", "Sign up for our newsletter to stay up to date.", "Advertisement"],
        paras=P("""
Wagga City Council has approved a $12 million upgrade of the Bolton Park stadium, with work expected to start
before the end of the year.

The project includes a new grandstand with 1200 seats, improved change rooms and lighting suitable for televised
night matches.

Councillors voted 7-2 in favour of the plan at last week's meeting.

The NSW Government will contribute $8 million, with the remainder coming from council reserves and a federal
sports infrastructure grant.

Mayor Georgia Kelleher said the upgrade would allow the city to host bigger sporting events.

"We've been missing out on pre-season games and regional carnivals because the facilities just haven't been up to
standard," she said.

Two councillors who voted against the plan said the money would be better spent on roads and drainage.

The stadium is home to local rugby league and Australian rules clubs and hosts more than 200 games a year.
"""),
        must_have=[
            "The NSW Government will contribute $8 million, with the remainder coming from council reserves and a federal sports infrastructure grant.",
            "Two councillors who voted against the plan said the money would be better spent on roads and drainage.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_JSL = site("Le Journal de Saône-et-Loire", "https://www.lejsl.example.com", "", "fr_FR", "@lejsl",
                ["Saône-et-Loire", "Chalon-sur-Saône", "Mâcon", "Le Creusot", "Montceau", "Sports", "Faits divers - Justice", "France-Monde"],
                ["\u00a9 Le Journal de Saône-et-Loire 2025", "Mentions légales", "Conditions générales d'utilisation", "Gestion des cookies", "Nous contacter"],
                share=["Partager", "Facebook", "X", "WhatsApp", "E-mail", "Copier le lien"],
                top=["Journal numérique", "S'abonner", "Se connecter"])

JSONL_STORIES = [
    # news-please shape: the AP story on the Kearney Hub (syndicated member of the AP cluster).
    dict(AMBULANCE, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://kearneyhub.example.com/news/state-regional/nebraska-lawmakers-advance-bill-rural-ambulance-volunteers/article_8a3c5d10-9b4e-11ef-a2f7-3f1e8d2b6c90.html",
         source_domain="kearneyhub.example.com",
         np_authors=["Margaret Sorensen Associated Press"], np_publish="2025-03-04 18:05:00", np_download="2025-03-05 01:12:40",
         head_lines=["MARGARET SORENSEN Associated Press", "Mar 4, 2025"],
         tail_lines=[AP_COPY, "Be the first to know", "Get local news delivered to your inbox!"]),
    # newsbeam html shape: the AFP story on Le Journal de Saone-et-Loire (syndicated member of the AFP cluster).
    dict(VILA, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_JSL,
         section="Monde", meta_section="Monde",
         url="https://www.lejsl.example.com/monde/2025/03/18/au-vanuatu-trois-mois-apres-le-seisme-port-vila-reconstruit-lentement",
         published="2025-03-18T08:40:00+01:00",
         nb_published="2025-03-18T07:40:00Z", outlet="Le Journal de Saône-et-Loire", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         breadcrumbs=["France-Monde", "Monde"],
         byline_lines=["AFP"], date_lines=["Le 18/03/2025 à 08:40"],
         below_body=[("newsletter", "Recevez chaque matin l'essentiel de l'actualité de votre département")]),
    # newsbeam text shape: Connacht Tribune (Galway): staff.
    rec(cluster="connachttribune-galway-park-and-ride", role="single", file=JSONL_A, render="newsbeam",
        title="Ballybrit park and ride trial extended until Christmas",
        date="2025-09-04", country="IE", region="europe", lang="en", authors=["Ciarán Mulkerrin"],
        url="https://connachttribune.example.ie/ballybrit-park-and-ride-trial-extended-until-christmas/",
        nb_published="2025-09-04T09:30:00Z", outlet="Connacht Tribune", nb_authors=["Ciarán Mulkerrin"],
        head_lines=["Ciarán Mulkerrin", "4 September 2025"],
        tail_lines=["This story appears in the print edition of this week's Connacht Tribune.", "Share", "Facebook", "X", "Email"],
        paras=P("""
A trial park and ride service from Ballybrit racecourse to Galway city centre is to be extended until Christmas
after passenger numbers exceeded expectations.

Galway City Council said an average of 640 people a day had used the service since it started in June.

Buses run every 15 minutes from 7am to 7pm on weekdays, with a return fare of 3 euro.

The council had originally planned to end the trial at the end of September.

Cllr Áine Nic Dhonncha said the figures showed there was strong demand for alternatives to driving into the city.

"People are sick of sitting in traffic on the Tuam Road. Give them a reliable bus and they will use it," she
said.

The council said it would use the extension to assess whether a permanent service could be provided from the
site.

Business groups in the city centre have called for similar services on the west side of the city, including
Knocknacarra.
"""),
        must_have=[
            "Buses run every 15 minutes from 7am to 7pm on weekdays, with a return fare of 3 euro.",
            "The council said it would use the extension to assess whether a permanent service could be provided from the site.",
        ]),
    # trafilatura shape: the EFE story on El Economista (syndicated member of the EFE cluster).
    dict(ARANDANOS, role="syndicated", file=JSONL_B, render="trafilatura", section="Empresas",
         url="https://www.eleconomista.example.com.mx/empresas/peru-preve-exportar-record-de-arandanos-en-la-campana-2025-2026-20250605-0112.html",
         hostname="www.eleconomista.example.com.mx", source_hostname="El Economista",
         tf_author="EFE", tf_date="2025-06-05", tf_language="es", categories="Empresas;Agronegocios",
         tf_tags="Perú;Exportaciones;Arándanos",
         head_lines=["EFE", "05 de junio de 2025, 13:15"],
         tail_lines=["Noticias Relacionadas", "Recibe las noticias más importantes del día en tu correo. Suscríbete al newsletter de El Economista."]),
    # news-please shape: Herald Goa (oHeraldo): staff, desk byline.
    rec(cluster="heraldgoa-panaji-rua-de-ourem-deadline", role="single", file=JSONL_B, render="newsplease",
        title="CCP sets March 31 deadline for Rua de Ourem road and drain works",
        date="2025-01-18", country="IN", region="asia", lang="en",
        url="https://www.heraldgoa.example.in/Goa/CCP-sets-March-31-deadline-for-Rua-de-Ourem-road-and-drain-works/228415",
        source_domain="www.heraldgoa.example.in",
        description="Traders in the area say business has fallen sharply during the works.",
        np_authors=["Team Herald"], np_publish="2025-01-18 00:30:00", np_download="2025-01-18 06:02:15",
        head_lines=["Team Herald", "18 Jan, 2025, 12:30 am"],
        tail_lines=["Follow Herald Goa on WhatsApp for the latest updates", "Related Posts"],
        paras=P("""
The Corporation of the City of Panaji (CCP) has set a new deadline of March 31 for completing road and drainage
works along Rua de Ourem, after months of delays that have left shopkeepers and residents frustrated.

The works, being carried out under the Smart City mission, were originally scheduled to be completed before the
monsoon last year.

Officials said laying of new stormwater drains along the creek side of the road was complete and resurfacing
would begin next week.

Traders in the area said business had fallen sharply as customers avoided the dug-up stretch.

"For six months we have had dust in the shop and no parking outside. Who will compensate us?" asked a hardware
shop owner.

A senior CCP official said contractors had been warned that penalties would be imposed if the new deadline was
missed.

The city has seen repeated flooding in low-lying areas during heavy rain, which the new drains are meant to
reduce.

Residents have also demanded that footpaths along the stretch be widened before the road is reopened to traffic.
"""),
        must_have=[
            "Officials said laying of new stormwater drains along the creek side of the road was complete and resurfacing would begin next week.",
            "The city has seen repeated flooding in low-lying areas during heavy rain, which the new drains are meant to reduce.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fifty-second held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Lincoln Journal Star prints 'Mar 4, 2025' "
    "(17:20 CST, already 5 March in UTC) and the Kearney Hub copy the same day; L'Alsace 'Le 18/03/2025 à 06:12' and "
    "the Journal de Saône-et-Loire copy 'Le 18/03/2025 à 08:40' (Paris time; Port-Vila is already evening); Gestión "
    "prints only 'Actualizado el 05/06/2025, 11:40 a. m.' (the story is dated 5 June by the EFE dateline) and the El "
    "Economista copy '05 de junio de 2025'; Leicestershire Live prints '11:03, 14 Aug 2025' then an 'Updated' line "
    "(not the publication); Amar Ujala prints only an 'Updated Wed, 12 Feb 2025 09:15 AM IST' stamp (the only date on "
    "the page); Egypt Today prints 'Tue, 11 Mar 2025 - 01:42 GMT' (03:42 in Cairo, the same day); the Inverness "
    "Courier's 'Updated: 09:15' line is not the publication; the Daily Advertiser's 'Updated March 3 2025 - 2:44pm, "
    "first published 11:30am' is the same day; Herald Goa prints '18 Jan, 2025, 12:30 am' (IST, just after midnight); "
    "day-first stamps: Adresseavisen '14.05.2025', Hospodářské noviny '14. 10. 2024', Jornal de Brasília "
    "'14/05/2025', the Frankenpost '14.08.2025'; Al Ayam's issue line 'الأحد 9 مارس 2025' gives the date",
    "dateline_city": "'LINCOLN, Neb. (AP) \u2014 ' -> 'Lincoln' (both AP copies); 'Port-Vila (AFP) - ' -> 'Port Vila' "
    "(GeoNames English spelling, both AFP copies); 'Lima, 5 jun (EFE).- ' -> 'Lima' (both EFE copies); 'Hof (dpa/lby) "
    "- ' (dpa's Bavarian service) -> 'Hof'; ČTK's 'Ostrava - ' -> 'Ostrava'; 'Braga, 10 abr 2025 (Lusa) - ' -> "
    "'Braga'; the Canadian Press 'HALIFAX \u2014 ' -> 'Halifax'; Kontan opens every story with 'KONTAN.CO.ID - "
    "JAKARTA. ', the outlet's name and the city -> 'Jakarta'; all other records have no dateline and take the "
    "country of the story's location",
    "country": "the AFP story is Vanuatu (VU, oceania) although both copies run on French regional papers; the EFE "
    "story is Peru (PE) on both the Peruvian and the Mexican site; Leicester and Inverness are GB; Ballybrit is in "
    "Galway (IE); Bolton Park is in Wagga Wagga and Tamworth in New South Wales (AU); Muharraq is in Bahrain (BH); "
    "Panaji (Goa) and Agra are in India (IN); the Swartland is in the Western Cape (ZA)",
    "agency": "the Lincoln Journal Star and the Kearney Hub carry AP (writer's name with 'Associated Press', AP "
    "dateline and copyright line); L'Alsace and the Journal de Saône-et-Loire carry AFP ('AFP' byline and dateline); "
    "Gestión ('Agencia EFE' byline) and El Economista ('EFE') carry EFE; Børsen carries Ritzau (the Danish news "
    "agency: 'Ritzau' byline and the closing '/ritzau/'); the Frankenpost carries dpa ('dpa' byline, 'dpa/lby' "
    "dateline, dpa-infocom line); Hospodářské noviny carries ČTK (the Czech News Agency); Diário do Minho carries "
    "Lusa; the Chronicle Herald carries CP (The Canadian Press, with a bylined CP writer); Brabants Dagblad carries "
    "ANP (the Dutch news agency); all other records are staff copy (agency null): Eleven Media Group and Herald Goa "
    "('Team Herald') byline staff copy with their own names, Amar Ujala with its news desk; photo credits ('AP "
    "Photo/...', 'AFP/...', '.../dpa', '..., ČTK', 'Andina', 'Agência Brasília') do not change the story's agency",
    "authors": "AP bylines print 'MARGARET SORENSEN Associated Press' -> 'Margaret Sorensen' (both copies; the "
    "news-please authors field keeps the agency name glued on); 'Rebecca Dunn, The Canadian Press' -> 'Rebecca Dunn'; "
    "Al Ayam's 'كتبت - فاطمة العلوي:' ('written by') -> 'فاطمة العلوي'; Kontan's 'Reporter: Rizky Pratama' -> the name; "
    "Business Daily 'By DORCAS KIMANI' -> 'Dorcas Kimani'; Leicestershire Live prints the name above the role 'Local "
    "Democracy Reporter'; Adresseavisen prints the name above 'Journalist'; The Land's writer Sally Ferguson also "
    "took the photo (author and credit); pages bylined only with an agency ('AFP', 'Agencia EFE', 'EFE', 'Ritzau', "
    "'dpa', 'ČTK', 'Lusa', 'ANP'), with the outlet ('Eleven Media Group', 'Team Herald') or with a desk ('न्यूज डेस्क, "
    "अमर उजाला, आगरा') have no authors; Amar Ujala's 'Published by:' names the web producer, not a writer; "
    "photographers (Caleb Vinter, Olivier Dumont, Renan Dantas, Wilfred Nyangaresi, Jonas Wendler, Lukáš Mareček, "
    "Callum Mackay, Ricardo Joseph) are not authors",
    "editors": "no record carries an 'Editing by' / 'Editado por' / Xinhua 'Editor:' / Bloomberg line: Legit.ng's "
    "'Proofreading by ..., copy editor at Legit.ng.' line, Adresseavisen's 'Ansvarlig redaktør' (editor-in-chief) "
    "line, Amar Ujala's 'Published by:' line and Lusa's desk initials 'RCM // JMR' are not editors",
    "caption_credit": "credits without their wrapper: '(AP Photo/Caleb Vinter)' -> 'AP Photo/Caleb Vinter' ('AP "
    "Photo' is the credit's own prefix); 'Photo AFP/Olivier Dumont' -> 'AFP/Olivier Dumont'; '(Foto: Andina)' -> "
    "'Andina'; '(Image: Leicester City Council)' -> 'Leicester City Council' (both Leicestershire Live copies); "
    "'| \u00a9 Ricardo Joseph/AyiboPost' -> 'Ricardo Joseph/AyiboPost'; 'Foto: Renan Dantas/Agência Brasília' -> "
    "'Renan Dantas/Agência Brasília'; 'Photo credit: Wilfred Nyangaresi | Nation Media Group' -> 'Wilfred Nyangaresi "
    "| Nation Media Group'; 'Foto: Jonas Wendler/dpa' -> 'Jonas Wendler/dpa'; 'Foto: Lukáš Mareček, ČTK' -> 'Lukáš "
    "Mareček, ČTK'; 'Picture by Sally Ferguson' -> 'Sally Ferguson'; 'Picture: Callum Mackay' -> 'Callum Mackay'; "
    "the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section: Lincoln Journal Star 'State and "
    "Regional', L'Alsace and the Journal de Saône-et-Loire 'Monde' (L'Alsace's kicker 'Catastrophe naturelle' is not "
    "the section), Jornal de Brasília 'Cidades', Business Daily 'Economy', Frankenpost 'Bayern' (kicker "
    "'Bahnverkehr' is not the section), Hospodářské noviny 'Domácí', Egypt Today 'Egypt', The Land 'Livestock', "
    "Inverness Courier 'News'; trafilatura records take their first category ('Industri', 'Regio', 'Local News', "
    "'Empresas'); news-please, plain text and newsbeam text records have none (Gestión's 'Economía' line is a page "
    "label)",
    "language": "'no' Norwegian (Adresseavisen, Bokmål); 'da' Danish; 'hi' Hindi; 'ar' Arabic (Bahrain); 'af' "
    "Afrikaans; 'cs' Czech; 'id' Indonesian; 'nl' Dutch; 'it' Italian; 'de' German; 'pt' from Brazil and Portugal; "
    "'es' from Peru and Mexico; 'fr' from France and Haiti; the AFP story about Vanuatu is French; menu and "
    "breadcrumb links in other languages (Egypt Today's 'عربي', Amar Ujala's English breadcrumb, Eleven's 'Myanmar "
    "Language') are not the story's language",
    "chrome": "includes consent banners and their buttons, login and subscription strings, e-paper and e-edition "
    "links, share bars, advertisement labels ('Advertisement', 'Publicité', 'Anzeige', 'Reklama', 'विज्ञापन', "
    "'Publicidade'), a listen-to-article control, related-story lines and boxes, tag and topic lists, most-read "
    "rails, newsletter, app, WhatsApp, Telegram and Instagram promos, a survey prompt, a Google News line, a "
    "bookmark notice, comment gates, a print-edition line, a letters invitation, press-ethics and editor-in-chief "
    "lines, an author bio and an e-mail line, an issue line, wire end marks ('/ritzau/', 'Lusa/Fim' and desk "
    "initials), the dpa-infocom line, the AP copyright line, the Canadian Press 'first published' line, copyright "
    "lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and AFP in the plain batch, EFE in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles; the Leicester Mercury's site is branded Leicestershire Live",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"lincoln journal star", "kearney hub", "l'alsace", "le journal de saône-et-loire", "gestión",
                "agencia efe", "el economista", "leicester mercury", "leicestershire live", "reach plc",
                "adresseavisen", "børsen", "ritzau", "amar ujala", "अमर उजाला", "न्यूज डेस्क", "eleven media group",
                "eleven", "al ayam", "الأيام", "ayibopost", "landbouweekblad", "landbou.com", "media24",
                "ceylon today", "legit.ng", "jornal de brasília", "business daily", "nation media group",
                "frankenpost", "hospodářské noviny", "čtk", "ctk", "egypt today", "the land",
                "australian community media", "inverness courier", "diário do minho", "libertà",
                "the chronicle herald", "chronicle herald", "the canadian press", "canadian press", "cp",
                "kontan", "brabants dagblad", "anp", "the daily advertiser", "daily advertiser",
                "connacht tribune", "herald goa", "team herald", "associated press"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
