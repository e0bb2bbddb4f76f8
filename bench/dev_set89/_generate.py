#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-ninth development set (bench/dev_set89/, first written as the eighty-sixth held-out set).

    .venv/bin/python bench/dev_set89/_generate.py

Writes ``bench/dev_set89/articles/*`` and ``bench/dev_set89/labels.json`` (next to this
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
bench/dev_set88/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about old age and care: pensions and pension offices, care
    homes and home carers, grandparents raising grandchildren, memory cafés and
    dementia support, older volunteers and clubs.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout86_2025-a.jsonl"
JSONL_B = "crawl_holdout86_2025-b.jsonl.gz"


# ---- cluster: Agerpres, Suceava (HotNews scrape + copy on Jurnalul in the plain batch) ----

AGERPRES = rec(
    cluster="agerpres-suceava-memory-cafe",
    title="Prima cafenea a memoriei din Suceava, deschisă pentru vârstnicii cu demență și familiile lor",
    date="2025-03-14",
    dateline="Suceava, 14 mar /Agerpres/ - ",
    city="Suceava",
    country="RO",
    region="europe",
    agency="Agerpres",
    lang="ro",
    paras=P("""
O cafenea a memoriei pentru persoanele vârstnice care trăiesc cu demență și pentru familiile acestora a fost deschisă vineri într-un centru de zi din municipiul Suceava.

Întâlnirile vor avea loc în fiecare joi după-amiază, iar participarea este gratuită, a declarat coordonatoarea proiectului, psihologul Irina Lăcătușu.

Potrivit acesteia, vârstnicii vor asculta muzică veche, vor privi fotografii din tinerețe și vor juca jocuri simple, în timp ce rudele lor pot discuta cu un specialist.

Ideea a pornit de la familii care spuneau că se simt singure după ce un părinte primește diagnosticul și că nu au unde să ceară un sfat.

Centrul are deja pe listă douăzeci și două de familii, iar zece voluntari, majoritatea studenți la asistență socială, au fost instruiți să lucreze cu vârstnicii.

Lăcătușu a precizat că fiecare întâlnire durează două ore și se încheie cu ceai și prăjituri făcute chiar de participanți.

Proiectul este finanțat de primărie pentru un an, iar organizatorii speră să deschidă încă o cafenea într-un cartier din nordul orașului.
"""),
    must_have=[
        "Potrivit acesteia, vârstnicii vor asculta muzică veche, vor privi fotografii din tinerețe și vor juca jocuri simple, în timp ce rudele lor pot discuta cu un specialist.",
        "Centrul are deja pe listă douăzeci și două de familii, iar zece voluntari, majoritatea studenți la asistență socială, au fost instruiți să lucreze cu vârstnicii.",
    ],
)

# ---- cluster: ONA, Salalah (Al Roya scrape + copy on Atheer in the plain batch) ----

ONA = rec(
    cluster="ona-salalah-home-care-elderly",
    title="برنامج للرعاية المنزلية يصل إلى أكثر من 600 مسن في محافظة ظفار",
    date="2024-10-09",
    dateline="صلالة في 9 أكتوبر /العُمانية/ ",
    city="Salalah",
    country="OM",
    region="asia",
    agency="ONA",
    lang="ar",
    description="فرق متنقلة تزور المسنين في بيوتهم مرة كل أسبوعين.",
    paras=P("""
وسعت المديرية العامة للتنمية الاجتماعية بمحافظة ظفار برنامج الرعاية المنزلية للمسنين ليصل إلى أكثر من 600 مسن في الولايات المختلفة.

وقالت مديرة البرنامج سلمى بنت علي المعشنية إن فرقا متنقلة تضم ممرضين وأخصائيين اجتماعيين تزور المسنين في بيوتهم مرة كل أسبوعين.

وأضافت أن الفرق تقيس ضغط الدم والسكر وتتأكد من تناول الأدوية في مواعيدها، كما تدرب أفراد الأسرة على طرق العناية الصحيحة بكبار السن.

وأوضحت أن البرنامج يوفر أيضا كراسي متحركة وأسرة طبية على سبيل الإعارة للأسر التي تحتاجها.

وأشارت إلى أن عددا من المتطوعين من طلبة الكليات يرافقون الفرق في الإجازات لقضاء الوقت مع المسنين والقراءة لهم.

وذكرت أن المديرية تعمل مع المراكز الصحية على ربط بيانات المسنين حتى يصل الطبيب إلى الحالات الطارئة بسرعة.

ودعت المديرية الأسر التي لديها مسن يحتاج إلى رعاية في البيت إلى التواصل مع أقرب مركز للتنمية الاجتماعية لتسجيله في البرنامج دون أي رسوم، مؤكدة أن الخدمة متاحة للمسنين في جميع الولايات التي يشملها البرنامج حاليا.
"""),
    must_have=[
        "وأضافت أن الفرق تقيس ضغط الدم والسكر وتتأكد من تناول الأدوية في مواعيدها، كما تدرب أفراد الأسرة على طرق العناية الصحيحة بكبار السن.",
        "وأوضحت أن البرنامج يوفر أيضا كراسي متحركة وأسرة طبية على سبيل الإعارة للأسر التي تحتاجها.",
    ],
)

# ---- cluster: GNA, Ho (Adom Online gzipped page + copy on AllAfrica in the gzipped batch) ----

GNA = rec(
    cluster="gna-ho-pensioners-verification",
    title="Volta pensioners get help with biometric verification in Ho",
    date="2025-02-06",
    dateline="Ho, Feb. 6, GNA - ",
    city="Ho",
    country="GH",
    region="africa",
    agency="GNA",
    authors=["Edem Kpodo"],
    lang="en",
    description="Volunteers helped older pensioners complete the exercise at the regional office.",
    paras=P("""
Hundreds of pensioners queued at the regional pension office in Ho this week to complete a biometric verification exercise that keeps their monthly payments flowing.

Regional manager Mr Selorm Adzraku said the office had opened two extra counters and extended working hours to Saturday to reduce waiting times.

He said pensioners who are bedridden or too frail to travel can ask a relative to book a home visit, and officers will come with a portable fingerprint scanner.

Volunteers from a church youth group helped older pensioners fill in forms, carried chairs and handed out water to those waiting in the sun.

Madam Akosua Dogbe, a 71-year-old retired teacher, said she had feared her pension would stop because she could not read the text messages about the exercise.

Mr Adzraku urged pensioners not to pay anyone who offers to verify them for a fee, saying the service is free.

The exercise ends in the region at the end of March.
"""),
    must_have=[
        "He said pensioners who are bedridden or too frail to travel can ask a relative to book a home visit, and officers will come with a portable fingerprint scanner.",
        "Volunteers from a church youth group helped older pensioners fill in forms, carried chairs and handed out water to those waiting in the sun.",
    ],
)

# ---- cluster: Corowa Free Press, page + noisy re-scrape ----

CFP = rec(
    cluster="corowafreepress-grandparents-raising-grandchildren",
    title="Grandparents raising grandchildren find support in new Corowa group",
    date="2024-08-14",
    country="AU",
    region="oceania",
    authors=["Kerry Lindqvist"],
    lang="en",
    caption="Members of the new grandparent carers group meet at the Corowa neighbourhood centre.",
    credit="Kerry Lindqvist",
    paras=P("""
A support group for grandparents who are raising their grandchildren has started meeting in Corowa, and its organisers say the need is bigger than anyone expected.

The group meets every second Wednesday morning at the neighbourhood centre, while a volunteer runs play activities for younger children in the next room.

Coordinator Julie Fenwick said most members took on their grandchildren suddenly, often after a family crisis, and many are living on the aged pension.

She said members swap advice about school forms, Centrelink payments and legal questions, and sometimes simply need someone to listen.

A local solicitor has offered a free information session on guardianship and care orders next month.

Sixty-eight-year-old grandfather Ron Bassett said he had felt alone until he walked into the first meeting and saw a dozen people in the same position.

The group also plans a school holiday outing so the grandchildren can meet other children in similar families.

Anyone interested can contact the neighbourhood centre or simply turn up to a meeting.
"""),
    must_have=[
        "She said members swap advice about school forms, Centrelink payments and legal questions, and sometimes simply need someone to listen.",
        "A local solicitor has offered a free information session on guardianship and care orders next month.",
    ],
)
CFP_PRE = ["Corowa Free Press", "Home", "News", "Sport", "Community", "Classifieds", "Public Notices", "Subscribe"]
CFP_HEAD = ["Kerry Lindqvist", "Wednesday, 14 August 2024"]
CFP_CAP = ["Members of the new grandparent carers group meet at the Corowa neighbourhood centre. Photo: Kerry Lindqvist"]
CFP_TAIL = [["Have a story? Email the newsroom at news@corowafreepress.com.au"],
            ["More from Community"],
            ["Wahgunyah CFA brigade celebrates 75 years"],
            ["Pick up your copy of the Free Press every Wednesday"],
            ["© 2024 Corowa Free Press. Independently owned and operated."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Corowa Free Press (NSW, independent weekly): original of the re-scrape cluster; 'Photo:' credit.
    dict(CFP, role="original", file="corowafreepress_grandparent_carers.txt", render="text",
         pre=[CFP_PRE], head=[CFP_HEAD, ["Share", "Facebook", "Email"]], cap_lines=CFP_CAP,
         inserts={2: ["Advertisement"], 5: ["READ ALSO:", "Mulwala Men's Shed opens new workshop"]},
         tail=CFP_TAIL),
    dict(CFP, role="rescrape", file="corowafreepress_grandparent_carers_rescrape.txt.gz", render="text", noise=True,
         pre=[CFP_PRE], head=[CFP_HEAD], cap_lines=CFP_CAP,
         tail=[["You have reached your limit of free stories. Subscribe for full access."], *CFP_TAIL]),
    # HotNews (Bucharest, Romanian): original of the Agerpres cluster; 'Suceava, 14 mar /Agerpres/ -' dateline.
    dict(AGERPRES, role="original", file="hotnews_agerpres_cafenea_memoriei_ro.txt", render="text",
         authors=["Dan Roman"], editors=["Ionela Pop"],
         pre=[["HotNews.ro", "Actualitate", "Politică", "Economie", "Sănătate", "Social", "Internațional"]],
         head=[["Social"], ["Sursa: Agerpres"], ["Publicat: vineri, 14 martie 2025, 13:20"]],
         inserts={2: ["Publicitate"], 4: ["Citește și:", "Pensiile recalculate ajung la vârstnici din aprilie"]},
         tail=[["AGERPRES/(AS - autor: Dan Roman, editor: Ionela Pop)"], ["Distribuie", "Facebook", "WhatsApp"],
               ["Urmărește HotNews pe Google News"], ["Cele mai citite"], ["Comentarii"],
               ["Acest site folosește cookies. Continuarea navigării implică acceptarea lor."],
               ["© 2025 HotNews.ro. Toate drepturile rezervate."]]),
    # Al Roya (Muscat, Arabic): original of the ONA cluster; 'صلالة في 9 أكتوبر /العُمانية/' dateline.
    dict(ONA, role="original", file="alroya_ona_salalah_home_care_ar.txt", render="text",
         pre=[["جريدة الرؤية", "الرئيسية", "محليات", "اقتصاد", "رياضة", "رأي", "منوعات"]],
         head=[["محليات"], ["العُمانية"], ["الأربعاء 09 أكتوبر 2024 - 15:10"]],
         inserts={2: ["إعلان"], 4: ["اقرأ أيضا", "افتتاح ناد اجتماعي للمتقاعدين في صحار"]},
         tail=[["/العُمانية/ ع خ"], ["شارك الخبر"], ["واتساب", "تويتر", "فيسبوك"], ["أخبار ذات صلة"],
               ["تابعونا على قناة الرؤية في واتساب"], ["جميع الحقوق محفوظة © جريدة الرؤية 2024"]]),
    # Deshbandhu (Raipur, Hindi): UNI Varta copy, 'रायपुर, 01 अक्टूबर (वार्ता)' dateline.
    rec(cluster="deshbandhu-uni-raipur-day-care-elderly", role="single", file="deshbandhu_varta_raipur_vriddhjan_hi.txt", render="text",
        title="रायपुर में बुजुर्गों के लिए तीन नए डे-केयर केंद्र शुरू",
        date="2024-10-01", dateline="रायपुर, 01 अक्टूबर (वार्ता) ", city="Raipur", country="IN", region="asia",
        agency="UNI", lang="hi",
        pre=[["देशबन्धु", "होम", "छत्तीसगढ़", "देश", "विदेश", "खेल", "मनोरंजन"]],
        head=[["छत्तीसगढ़"], ["वार्ता"], ["01 Oct 2024 6:45 PM"]],
        inserts={2: ["विज्ञापन"], 5: ["यह भी पढ़ें:", "बिलासपुर में वरिष्ठ नागरिकों के लिए हेल्पलाइन शुरू"]},
        tail=[["वार्ता"], ["शेयर करें", "फेसबुक", "व्हाट्सएप"], ["संबंधित खबरें"], ["ताज़ा खबरें"],
              ["देशबन्धु ऐप डाउनलोड करें"], ["© Deshbandhu 2024. सर्वाधिकार सुरक्षित।"]],
        paras=P("""
अंतरराष्ट्रीय वृद्धजन दिवस पर आज यहां बुजुर्गों के लिए तीन नए डे-केयर केंद्र शुरू किए गए, जहां वे दिन भर समय बिता सकेंगे।

समाज कल्याण विभाग के अधिकारियों ने बताया कि केंद्र सुबह दस बजे से शाम पांच बजे तक खुले रहेंगे और यहां दोपहर का भोजन मुफ्त मिलेगा।

हर केंद्र में एक नर्स रोज बुजुर्गों का रक्तचाप और शुगर जांचेगी, जबकि सप्ताह में एक दिन डॉक्टर भी आएंगे।

केंद्रों में अखबार, किताबें, कैरम और टीवी की व्यवस्था की गई है, ताकि अकेले रहने वाले बुजुर्ग एक-दूसरे से मिल सकें।

अधिकारियों के अनुसार जिन बुजुर्गों के बच्चे नौकरी के लिए दूसरे शहरों में रहते हैं, उनके लिए ये केंद्र खास तौर पर मददगार होंगे।

पहले दिन करीब डेढ़ सौ बुजुर्गों ने पंजीयन कराया और कई लोगों ने भजन और पुराने गीत गाए।

विभाग ने बताया कि अगले वर्ष प्रदेश के अन्य जिलों में भी ऐसे केंद्र खोलने की योजना है और इसके लिए स्वयंसेवी संस्थाओं से प्रस्ताव मांगे गए हैं।
"""),
        must_have=[
            "हर केंद्र में एक नर्स रोज बुजुर्गों का रक्तचाप और शुगर जांचेगी, जबकि सप्ताह में एक दिन डॉक्टर भी आएंगे।",
            "केंद्रों में अखबार, किताबें, कैरम और टीवी की व्यवस्था की गई है, ताकि अकेले रहने वाले बुजुर्ग एक-दूसरे से मिल सकें।",
        ]),
    # Cocorioko (Sierra Leone, English): staff, NASSIT pensioners' queues in Freetown.
    rec(cluster="cocorioko-freetown-pension-queues", role="single", file="cocorioko_freetown_pensioners.txt", render="text",
        title="Freetown pensioners welcome new payment points after years of long queues",
        date="2024-07-02", country="SL", region="africa", lang="en", authors=["Abu Bakarr Kamara"],
        pre=[["COCORIOKO", "Home", "News", "Politics", "Diaspora", "Sports", "Opinion"]],
        head=[["By Abu Bakarr Kamara"], ["July 2, 2024"], ["No Comments"]],
        inserts={2: ["Advertisement"], 5: ["ALSO READ:", "Retired teachers in Bo appeal for arrears"]},
        tail=[["Share this:", "Facebook", "WhatsApp", "X"], ["Like this:", "Loading..."], ["Related"],
              ["Leave a Reply"], ["Your email address will not be published. Required fields are marked *"],
              ["COCORIOKO © 2024. All rights reserved."]],
        paras=P("""
Pensioners in Freetown say new payment points opened by the national social security fund have ended years of long queues at the main office.

The fund has opened four payment points in different parts of the city, and pensioners can now collect their money close to where they live.

Officials said each pensioner is given a card with a photograph and a fixed day of the month, so that crowds are spread over the week.

Seventy-four-year-old retired nurse Mrs Fatmata Conteh said she used to leave home before dawn and sometimes waited until evening.

She said she can now walk to the nearest point, collect her pension and be home in time to cook for her grandchildren.

The fund also set up a telephone line for pensioners to report missing payments or changes of address.

Officials said payment points will open in Bo, Kenema and Makeni later in the year.
"""),
        must_have=[
            "Officials said each pensioner is given a card with a photograph and a fixed day of the month, so that crowds are spread over the week.",
            "The fund also set up a telephone line for pensioners to report missing payments or changes of address.",
        ]),
    # Laconia Daily Sun (New Hampshire): staff, volunteer drivers for older residents; 'By NAME, LACONIA DAILY SUN' byline.
    rec(cluster="laconiadailysun-volunteer-drivers-seniors", role="single", file="laconiadailysun_volunteer_drivers.txt", render="text",
        title="Volunteer drivers keep Lakes Region seniors getting to appointments",
        date="2024-11-19", country="US", region="americas", lang="en", authors=["Marcia Ouellette"],
        pre=[["The Laconia Daily Sun", "News", "Local", "Sports", "Opinion", "Obituaries", "e-Edition"]],
        head=[["By MARCIA OUELLETTE, LACONIA DAILY SUN"], ["Nov 19, 2024"]],
        inserts={2: ["Advertisement"], 5: ["Related:", "Belknap County seniors' lunch program adds a second site"]},
        tail=[["Marcia Ouellette can be reached at mouellette@laconiadailysun.com."], ["Tags"], ["Seniors", "Volunteers"],
              ["Most Popular"], ["Sign up for our daily headlines"], ["Support local journalism"],
              ["© 2024 The Laconia Daily Sun"]],
        paras=P("""
A volunteer driver program that takes older Lakes Region residents to medical appointments made more than 3,000 trips this year, and its organizers say they need more drivers before winter.

The program serves people over 60 who no longer drive, and most rides go to doctors, dentists, dialysis and physical therapy.

Drivers use their own cars, and the program pays them back for mileage at the federal rate.

Coordinator Pat Delisle said the average driver is retired and gives one or two mornings a week, but some have driven for more than a decade.

She said many riders live alone and the drive is often the only conversation they have that day.

Retired postal worker Gene Harkness, 77, said he started driving after his own wife needed rides during treatment.

New drivers must pass a background check and a short training session, and the program asks for at least two trips a month.

Rides are free, although riders may make a donation.
"""),
        must_have=[
            "Drivers use their own cars, and the program pays them back for mileage at the federal rate.",
            "New drivers must pass a background check and a short training session, and the program asks for at least two trips a month.",
        ]),
    # Galinfo (Lviv, Ukrainian): staff, older volunteers' sewing and knitting club.
    rec(cluster="galinfo-lviv-older-volunteers-club", role="single", file="galinfo_lviv_volontery_seniory_uk.txt", render="text",
        title="У Львові пенсіонерки щотижня шиють і плетуть для переселенців і шпиталів",
        date="2024-12-05", country="UA", region="europe", lang="uk", authors=["Оксана Гнатишин"],
        pre=[["Галінфо", "Новини", "Львів", "Україна", "Світ", "Суспільство", "Культура"]],
        head=[["Оксана Гнатишин"], ["05 грудня 2024, 11:27"], ["Переглядів: 1 842"]],
        inserts={2: ["Реклама"], 5: ["Читайте також:", "У Львові відкрили ще один клуб для людей поважного віку"]},
        tail=[["Підписуйтеся на наш Telegram-канал"], ["Поділитися", "Facebook", "Telegram"], ["Теги:", "Львів", "волонтери"],
              ["Коментарі"], ["Новини за темою"], ["Усі права захищені © Галінфо, 2024"]],
        paras=P("""
Понад сорок пенсіонерок щотижня збираються в бібліотеці на Сихові, щоб шити, плести та в'язати речі для переселенців і поранених у шпиталях.

Клуб виник два роки тому, коли кілька сусідок почали разом в'язати шкарпетки, а тепер у нього є власна кімната і дві швейні машинки.

Координаторка клубу Марія Федорович розповіла, що найстаршій учасниці вже дев'яносто років і вона щотижня приносить по кілька пар рукавиць.

Тканину й нитки жінкам передають небайдужі мешканці міста, а готові речі волонтери розвозять до гуртожитків для переселенців.

За словами Федорович, для багатьох учасниць ці зустрічі стали порятунком від самотності, особливо для тих, чиї діти виїхали за кордон.

Після роботи жінки п'ють чай, співають і діляться рецептами, а іноді до них приходять школярі, щоб навчитися в'язати.

Цієї зими клуб планує пошити сто ковдр для дитячих садків у прифронтових громадах. До клубу можуть долучитися всі охочі, зустрічі відбуваються щовівторка та щочетверга після обіду, а бібліотека просить мешканців приносити зайву тканину й пряжу.
"""),
        must_have=[
            "Тканину й нитки жінкам передають небайдужі мешканці міста, а готові речі волонтери розвозять до гуртожитків для переселенців.",
            "Після роботи жінки п'ють чай, співають і діляться рецептами, а іноді до них приходять школярі, щоб навчитися в'язати.",
        ]),
    # B-Metro (Bulawayo): staff, old people's home garden project; 'B-Metro Reporter' desk line plus named writer.
    rec(cluster="bmetro-bulawayo-old-peoples-home-garden", role="single", file="bmetro_bulawayo_old_peoples_home.txt", render="text",
        title="Bulawayo old people's home turns to gardening to cut food bills",
        date="2025-05-12", country="ZW", region="africa", lang="en", authors=["Nokuthula Ncube"],
        pre=[["B-Metro", "Home", "Local News", "National", "Business", "Sport", "Opinion"]],
        head=[["Nokuthula Ncube, B-Metro Reporter"], ["12 May, 2025"]],
        inserts={2: ["Advertisement"], 5: ["RELATED:", "Pensioners urged to register for new medical scheme"]},
        tail=[["Follow Nokuthula on X @NokuthulaN"], ["Share This:"], ["Facebook", "WhatsApp"], ["You may also like"],
              ["Join our WhatsApp channel"], ["© 2025 Zimpapers. All rights reserved."]],
        paras=P("""
An old people's home in Bulawayo has turned a bare plot behind its buildings into a vegetable garden to cut food bills and keep residents active.

The home cares for 46 residents, most of them over 75, and depends on donations and a small government grant.

Matron Mrs Sithembile Moyo said the garden now supplies most of the home's vegetables, including covo, tomatoes, onions and beans.

Residents who can still walk water the beds in the morning, while those in wheelchairs sort seeds and shell beans at tables in the shade.

Mrs Moyo said several residents grew up on farms and enjoy teaching the younger staff how to plant.

A borehole drilled by a local business last year made the project possible during the dry season.

Mrs Moyo said the home would welcome donations of seedlings, tools and fencing wire from residents of the city, and said volunteers are always welcome to help on weekends.
"""),
        must_have=[
            "Residents who can still walk water the beds in the morning, while those in wheelchairs sort seeds and shell beans at tables in the shade.",
            "A borehole drilled by a local business last year made the project possible during the dry season.",
        ]),
    # Carlow Nationalist (Ireland): staff, active retirement group; 'By NAME' with role line.
    rec(cluster="carlownationalist-active-retirement-tablets", role="single", file="carlownationalist_active_retirement.txt", render="text",
        title="Tullow active retirement group goes online with tablet classes",
        date="2024-04-16", country="IE", region="europe", lang="en", authors=["Siobhán Nolan"],
        pre=[["The Nationalist", "News", "Sport", "Community", "Farming", "Business", "Property"]],
        head=[["By Siobhán Nolan"], ["Reporter"], ["Tuesday, 16th April 2024"]],
        inserts={2: ["Advertisement"], 5: ["Read More", "Bagenalstown memory café marks first birthday"]},
        tail=[["Sign up to the Nationalist newsletter"], ["Share", "Facebook", "X", "Email"], ["Latest News"],
              ["The Nationalist is a member of the Press Council of Ireland."],
              ["© 2024 Carlow Nationalist. All rights reserved."]],
        paras=P("""
Members of an active retirement group in Tullow are learning to video call their grandchildren, pay bills online and read the news on tablets.

The free classes run on Monday mornings in the parish hall, and the group has borrowed ten tablets from the county library.

Group secretary Breda Doyle said many members have children and grandchildren living in Australia, Canada or Dublin and want to see them more often.

Transition year students from the local secondary school act as tutors, sitting one to one with each member.

Doyle said the students are patient and the members have great fun teaching them a few things in return about the old days.

The group also runs bowls, a walking club and a monthly trip, and it now posts photographs of its outings online.

New members aged over 55 are welcome to join, and anyone who would like to help with the tablet classes can contact the parish office.
"""),
        must_have=[
            "Transition year students from the local secondary school act as tutors, sitting one to one with each member.",
            "The group also runs bowls, a walking club and a monthly trip, and it now posts photographs of its outings online.",
        ]),
    # Dungog Chronicle (NSW, ACM): staff, home care shortage; ACM 'Picture by' caption and time stamp.
    rec(cluster="dungogchronicle-home-care-workers-shortage", role="single", file="dungogchronicle_home_care_shortage.txt", render="text",
        title="Dungog families wait months for home care as workers stay scarce",
        date="2025-06-04", country="AU", region="oceania", lang="en", authors=["Ellie Rourke"],
        caption="Home care worker Sandra Byrne visits a client near Dungog.", credit="Ellie Rourke",
        pre=[["Dungog Chronicle", "News", "Sport", "Community", "Property", "Obituaries", "Subscribe"]],
        head=[["Ellie Rourke"], ["June 4 2025 - 10:45am"]],
        cap_lines=["Home care worker Sandra Byrne visits a client near Dungog. Picture by Ellie Rourke"],
        inserts={2: ["Advertisement"], 5: ["READ MORE:", "Clarence Town hall to host seniors' expo"]},
        tail=[["Ellie Rourke", "Journalist"], ["Get the latest Dungog news in your inbox"], ["Sign up for our newsletter"],
              ["Share", "Facebook", "Email"], ["© 2025 Australian Community Media"]],
        paras=P("""
Older residents around Dungog are waiting months for home care services they have already been approved for, because there are too few workers to deliver them.

Local providers say they could fill several jobs tomorrow, but long distances and unpaid travel time make the work hard to keep.

One provider said some of its carers drive more than an hour between two clients on dirt roads.

Retired dairy farmer Jack Trennery, 84, said he was approved for help with showering and cleaning in February but still has no regular visits.

His daughter drives from Maitland twice a week to fill the gap.

Providers want the federal government to pay travel time properly in rural areas and to help train local people as carers.

The Dungog shire council is hosting a careers morning next month for anyone interested in aged care work, with providers on hand to talk about training and paid placements.
"""),
        must_have=[
            "One provider said some of its carers drive more than an hour between two clients on dirt roads.",
            "Providers want the federal government to pay travel time properly in rural areas and to help train local people as carers.",
        ]),
    # Joplin Globe (Missouri): staff, foster grandparent programme in schools.
    rec(cluster="joplinglobe-foster-grandparents-schools", role="single", file="joplinglobe_foster_grandparents.txt", render="text",
        title="Foster grandparents lend a hand in Joplin classrooms",
        date="2024-09-23", country="US", region="americas", lang="en", authors=["Derek Holloway"],
        pre=[["The Joplin Globe", "News", "Local News", "Sports", "Opinion", "Obituaries", "Subscribe"]],
        head=[["By Derek Holloway", "dholloway@joplinglobe.com"], ["Sep 23, 2024"], ["Updated Sep 24, 2024"]],
        inserts={2: ["Advertisement"], 5: ["More from this section", "Carthage seniors' center adds Friday dances"]},
        tail=[["Derek Holloway is a reporter for The Joplin Globe."], ["Tags"], ["Education", "Seniors"],
              ["Trending Now"], ["Get our newsletter"], ["© Copyright 2024 The Joplin Globe, 117 E. Fourth St. Joplin, MO"]],
        paras=P("""
Twenty-six older volunteers are spending their mornings in Joplin elementary classrooms this fall as part of a foster grandparent program.

The volunteers, all 55 or older, help children who are behind in reading, listen to them read aloud and work on spelling and simple math.

Program director Lorraine Pruitt said teachers ask for a foster grandparent as soon as the school year starts.

Volunteers who meet income guidelines receive a small hourly stipend, which Pruitt said helps some of them stay in the program.

Seventy-one-year-old Ruby Tatum said she was lonely after her husband died and now looks forward to hugs from first graders every morning.

Teachers say the volunteers calm anxious children and give them an adult who has time just for them.

The program is looking for more volunteers, especially men, and anyone interested can call the program office or ask at their neighborhood school office any weekday.
"""),
        must_have=[
            "The volunteers, all 55 or older, help children who are behind in reading, listen to them read aloud and work on spelling and simple math.",
            "Volunteers who meet income guidelines receive a small hourly stipend, which Pruitt said helps some of them stay in the program.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_AD = site("Adom Online", "https://www.adomonline.example.com", " - Adom Online", "en_GH", "@adom_online",
               ["News", "Politics", "Business", "Entertainment", "Sports", "Regional"],
               ["© 2025 Adom Online. A Multimedia Group Limited website.", "Privacy Policy", "Contact Us"],
               share=["Share", "Facebook", "WhatsApp", "X"],
               cookie="We use cookies to give you the best experience on our website.", buttons=["Accept", "Read More"])
SITE_KI = site("Kisalföld", "https://www.kisalfold.example.hu", " | Kisalföld", "hu_HU", "@kisalfold",
               ["Győr", "Sopron", "Mosonmagyaróvár", "Vármegye", "Sport", "Életmód"],
               ["Kisalföld - Mediaworks Hungary Zrt.", "Impresszum", "Adatvédelem"], share=["Megosztás", "Facebook"],
               cookie="Az oldal sütiket használ a jobb felhasználói élmény érdekében.", buttons=["Elfogadom", "Beállítások"])
SITE_CT = site("ČT24", "https://ct24.example.cz", " — ČT24 — Česká televize", "cs_CZ", "@CT24zive",
               ["Domácí", "Svět", "Ekonomika", "Regiony", "Kultura", "Sport"],
               ["© Česká televize 2024", "Kontakty", "Zásady ochrany osobních údajů"], share=["Sdílet", "Facebook", "X"],
               top=["Živé vysílání", "iVysílání"])
SITE_IN = site("Invasor", "https://www.invasor.example.cu", " – Invasor", "es_CU", "@invasorcav",
               ["Portada", "Ciego de Ávila", "Cuba", "Mundo", "Cultura", "Deportes"],
               ["Invasor, periódico de la provincia de Ciego de Ávila. © 2024", "Directorio", "Contáctenos"],
               share=["Compartir", "Facebook", "Telegram"])
SITE_KG = site("경기일보", "https://www.kyeonggi.example.com", " - 경기일보", "ko_KR", "@kyeonggi_ilbo",
               ["정치", "경제", "사회", "문화", "인천", "오피니언"],
               ["경기일보 무단전재 및 재배포 금지", "회사소개", "고충처리인"], share=["페이스북", "카카오톡", "링크복사"])
SITE_HM = site("روزنامه هم‌دلی", "https://www.hamdelidaily.example.ir", " | هم‌دلی", "fa_IR", "@hamdelidaily",
               ["صفحه نخست", "سیاسی", "اجتماعی", "اقتصادی", "فرهنگی", "استان‌ها"],
               ["کلیه حقوق این سایت متعلق به روزنامه هم‌دلی است.", "درباره ما", "تماس با ما"], share=["اشتراک", "تلگرام", "واتساپ"])
SITE_IV = site("The Ithaca Voice", "https://ithacavoice.example.org", " - The Ithaca Voice", "en_US", "@IthacaVoice",
               ["News", "Government", "Housing", "Education", "Community", "Donate"],
               ["The Ithaca Voice is a nonprofit newsroom.", "About", "Contact"], share=["Share", "Facebook", "Email"],
               skip="Skip to content")
SITE_KT = site("Dubai Eye", "https://www.dubaieye.example.com", " - Dubai Eye", "en_AE", "@dubaieye",
               ["UAE", "World", "Business", "Lifestyle", "Sports", "Opinion"],
               ["Copyright © 2024 Dubai Eye. All Rights Reserved.", "About Us", "Privacy Notice"],
               share=["Share", "Facebook", "X", "WhatsApp"], top=["Subscribe", "Sign in"])
SITE_AG = site("Agderposten", "https://www.agderposten.example.no", " – Agderposten", "nb_NO", "@agderposten",
               ["Nyheter", "Arendal", "Grimstad", "Sport", "Meninger", "Kultur"],
               ["Ansvarlig redaktør: Kari Hovland", "Agderposten er en del av Amedia", "Personvern"],
               share=["Del", "Facebook", "E-post"])

HTML_STORIES = [
    # Adom Online (Accra, gzipped page): original of the GNA cluster; 'Ho, Feb. 6, GNA -' dateline with GNA byline.
    dict(GNA, role="original", file="adomonline_gna_ho_pensioners.html.gz", render="html",
         site=SITE_AD, section="Regional", meta_section="Regional",
         url="https://www.adomonline.example.com/volta-pensioners-get-help-with-biometric-verification/",
         published="2025-02-06T15:40:00+00:00",
         byline_lines=["By Edem Kpodo, GNA"], date_lines=["February 6, 2025 3:40 pm"],
         inserts={2: [("ad", "Advertisement")], 4: [("link", "READ ALSO:", "Retired teachers in Hohoe receive arrears")]},
         end_lines=["Source: GNA"],
         lists=[("Latest Stories", ["Keta elders form walking club", "SSNIT opens new office in Dambai"])]),
    # Kisalföld (Győr, Hungarian, Mediaworks): MTI copy, no dateline, 'Forrás: MTI'.
    rec(cluster="kisalfold-mti-gyor-care-home-places", role="single", file="kisalfold_mti_idosotthon_hu.html", render="html",
        site=SITE_KI, title="Negyven új férőhellyel bővül egy győri idősotthon",
        date="2024-11-12", country="HU", region="europe", lang="hu", agency="MTI",
        section="Győr", meta_section="Győr",
        url="https://www.kisalfold.example.hu/helyi-kozelet/2024/11/negyven-uj-ferohellyel-bovul-egy-gyori-idosotthon",
        description="Az új szárny jövő nyárra készül el.",
        published="2024-11-12T10:15:00+01:00", ld_author=[{"@type": "Organization", "name": "MTI"}],
        byline_lines=["MTI"], date_lines=["2024.11.12. 10:15"],
        inserts={2: [("ad", "Hirdetés")], 4: [("link", "Ez is érdekelheti:", "Memóriakávézó nyílt Mosonmagyaróváron")]},
        end_lines=["Forrás: MTI"],
        lists=[("Legolvasottabb", ["Nyugdíjasklub alakult Pannonhalmán", "Téli rezsitámogatás idős embereknek"])],
        paras=P("""
Negyven új férőhellyel bővül egy győri önkormányzati idősotthon, a beruházás jövő nyárra készül el – közölte kedden az intézmény vezetője.

Szabóné Horváth Ildikó elmondta, hogy az otthonba jelenleg több mint kétszázan várnak felvételre, sokan közülük egyedül élnek.

Az új szárnyban kétágyas szobák lesznek saját fürdőszobával, valamint egy külön részleg a demenciával élő lakók számára.

A demens lakók részlegéhez zárt kert tartozik, ahol biztonságosan sétálhatnak, és ahol magaságyásokban kertészkedhetnek.

Az intézményvezető szerint a bővítéshez tizenkét új ápolót és két foglalkoztatásszervezőt kell felvenniük, a toborzást már megkezdték.

A beruházást az önkormányzat és állami pályázati forrás finanszírozza. Az építkezés ideje alatt a jelenlegi lakók a régi épületben maradnak, a munkálatokat úgy ütemezik, hogy a zaj a lehető legkevésbé zavarja őket, a kertet pedig a tavasz folyamán teljesen felújítják, tette hozzá.

Az otthon lakói és hozzátartozóik a tervekről lakossági fórumon kaphatnak tájékoztatást a jövő héten, ahol a tervezők is jelen lesznek, és válaszolnak a kérdésekre.
"""),
        must_have=[
            "Az új szárnyban kétágyas szobák lesznek saját fürdőszobával, valamint egy külön részleg a demenciával élő lakók számára.",
            "Az intézményvezető szerint a bővítéshez tizenkét új ápolót és két foglalkoztatásszervezőt kell felvenniük, a toborzást már megkezdték.",
        ]),
    # ČT24 (Czech Television news site): ČTK copy, 'Olomouc –' dateline, 'Zdroj: ČTK'.
    rec(cluster="ct24-ctk-olomouc-seniors-taxi", role="single", file="ct24_ctk_olomouc_senior_taxi_cs.html", render="html",
        site=SITE_CT, title="Senior taxi v Olomouci loni svezlo rekordní počet cestujících",
        date="2024-05-21", dateline="Olomouc – ", city="Olomouc", country="CZ", region="europe", lang="cs", agency="ČTK",
        section="Regiony", meta_section="Regiony",
        url="https://ct24.example.cz/clanek/regiony/senior-taxi-v-olomouci-loni-svezlo-rekordni-pocet-cestujicich-351234",
        description="Jízda stojí seniory třicet korun.",
        published="2024-05-21T14:02:00+02:00", ld_author=[{"@type": "Organization", "name": "ČTK"}],
        byline_lines=["Zdroj: ČTK"], date_lines=["21. 5. 2024 14:02"],
        inserts={2: [("ad", "Reklama")], 5: [("link", "Související:", "Domovy pro seniory hledají pečovatele")]},
        lists=[("Nejčtenější", ["Prostějov otevře klub pro seniory", "Důchody se v lednu zvýší"])],
        paras=P("""
Službu senior taxi v Olomouci využilo loni přes čtyřicet tisíc cestujících, což je nejvíce od jejího zavedení před deseti lety.

Služba je určena lidem starším sedmdesáti let a lidem se zdravotním postižením, kteří si jízdu objednají telefonicky den předem.

Jedna jízda po městě stojí cestujícího třicet korun, zbytek ceny doplácí město z rozpočtu na sociální služby.

Nejčastěji senioři jezdí k lékaři, na poštu a na nákupy, řekla mluvčí radnice Hana Krejčířová.

Řidiči pomáhají cestujícím s taškami a doprovodí je až ke dveřím ordinace nebo domu.

Město letos pořídilo dvě nová auta a jedno z nich je uzpůsobeno pro převoz vozíčkářů.

Podle radnice zájem o službu roste, protože ve městě přibývá starších lidí, kteří žijí sami a nemají auto. Dispečink přijímá objednávky ve všední dny od sedmi do patnácti hodin a radnice zvažuje, že od příštího roku prodlouží provoz služby i na soboty, kdy senioři často jezdí za příbuznými nebo na hřbitov.
"""),
        must_have=[
            "Jedna jízda po městě stojí cestujícího třicet korun, zbytek ceny doplácí město z rozpočtu na sociální služby.",
            "Řidiči pomáhají cestujícím s taškami a doprovodí je až ke dveřím ordinace nebo domu.",
        ]),
    # Invasor (Ciego de Ávila, Spanish): Prensa Latina copy, 'Ciego de Ávila, 5 nov (Prensa Latina)' dateline.
    rec(cluster="invasor-prensalatina-casa-de-abuelos", role="single", file="invasor_prensalatina_casa_abuelos_es.html", render="html",
        site=SITE_IN, title="Reabre en Ciego de Ávila casa de abuelos tras su reparación",
        date="2024-11-05", dateline="Ciego de Ávila, 5 nov (Prensa Latina) ", city="Ciego de Ávila", country="CU",
        region="americas", lang="es", agency="Prensa Latina", section="Ciego de Ávila", meta_section="Ciego de Ávila",
        url="https://www.invasor.example.cu/ciego-de-avila/reabre-casa-de-abuelos-tras-su-reparacion/",
        description="La instalación atiende a 40 adultos mayores durante el día.",
        published="2024-11-05T12:30:00-05:00", ld_author=[{"@type": "Organization", "name": "Prensa Latina"}],
        byline_lines=["Prensa Latina"], date_lines=["5 noviembre, 2024"],
        caption="Los abuelos participan en actividades de estimulación de la memoria", credit="Invasor",
        credit_shown="(Foto: Archivo/Invasor)",
        inserts={2: [("link", "Lea también:", "Círculos de abuelos celebran aniversario en Morón")]},
        end_lines=["arc/jcr"], tags=("Etiquetas:", ["Adulto mayor", "Salud"]),
        lists=[("Más leídas", ["Nueva consulta de geriatría en el hospital provincial"])],
        paras=P("""
La casa de abuelos del reparto Ortiz, en esta ciudad del centro de Cuba, reabrió sus puertas tras varios meses de reparación.

La instalación atiende durante el día a cuarenta adultos mayores que viven solos o cuyos familiares trabajan, informó la dirección provincial de Salud.

Los abuelos reciben desayuno, almuerzo y merienda, así como atención de enfermería y consultas periódicas de un médico geriatra.

Durante la reparación se cambiaron la cubierta y las instalaciones eléctricas, y se habilitó un pequeño salón para ejercicios físicos.

La directora del centro, Yamilé Basulto, explicó que las actividades incluyen juegos de mesa, talleres de manualidades y ejercicios para estimular la memoria.

Además, estudiantes de enfermería hacen allí sus prácticas y acompañan a los ancianos en las caminatas de la mañana.

En la provincia funcionan otras casas de abuelos, y las autoridades prevén reparar dos más antes de que termine el próximo año, según la fuente.
"""),
        must_have=[
            "Los abuelos reciben desayuno, almuerzo y merienda, así como atención de enfermería y consultas periódicas de un médico geriatra.",
            "Además, estudiantes de enfermería hacen allí sus prácticas y acompañan a los ancianos en las caminatas de la mañana.",
        ]),
    # Kyeonggi Ilbo (Suwon, Korean): staff, dementia relief centre memory classes; '기자' byline and e-mail.
    rec(cluster="kyeonggi-suwon-dementia-memory-class", role="single", file="kyeonggi_suwon_chimae_ko.html", render="html",
        site=SITE_KG, title="수원 치매안심센터 '기억 교실' 인기…대기자만 60명",
        date="2025-04-08", country="KR", region="asia", lang="ko", authors=["박지훈"],
        section="사회", meta_section="사회",
        url="https://www.kyeonggi.example.com/article/20250408580123",
        description="경증 치매 어르신들이 주 3회 인지 훈련을 받는다.",
        published="2025-04-08T17:05:00+09:00", modified="2025-04-09T09:12:00+09:00",
        byline_lines=["박지훈 기자 jhpark@kyeonggi.example.com"], date_lines=["입력 2025-04-08 17:05", "수정 2025-04-09 09:12"],
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "용인시, 독거노인 안부 확인 서비스 확대")]},
        end_lines=["저작권자 © 경기일보 무단전재 및 재배포 금지"],
        lists=[("많이 본 뉴스", ["화성시 경로당 냉방비 지원", "성남 어르신 일자리 박람회 열려"])],
        paras=P("""
수원시 치매안심센터가 운영하는 '기억 교실'에 참여하려는 어르신이 늘면서 대기자가 60명을 넘어섰다.

기억 교실은 경증 치매 진단을 받은 어르신들이 주 3회 센터에 나와 인지 훈련과 미술, 음악 활동을 하는 프로그램이다.

센터 관계자는 한 반에 12명씩 소규모로 운영해 작업치료사가 어르신 한 명 한 명의 상태를 살필 수 있다고 설명했다.

가족들을 위한 상담과 자조 모임도 매달 열려 돌봄 부담을 나누고 정보를 교환할 수 있다.

참여 어르신의 딸 김모 씨는 어머니가 교실에 다니면서 표정이 밝아지고 대화도 늘었다고 말했다.

센터는 대기자를 줄이기 위해 하반기에 오후반을 새로 만들고 자원봉사자를 추가로 모집할 계획이다.

프로그램은 무료이며, 수원시에 사는 60세 이상 주민이면 누구나 치매 검사를 받을 수 있다. 센터는 검사에서 인지 저하가 발견된 어르신에게 병원 진료를 연계하고, 치료비 일부를 지원하는 제도도 안내하고 있다. 또 가족이 직장에 다니는 경우를 위해 저녁 시간에 가족 교육을 여는 방안도 검토하고 있다. 센터장은 치매는 일찍 발견할수록 진행을 늦출 수 있다며 조금이라도 기억력이 걱정되면 망설이지 말고 센터를 찾아 달라고 당부했다. 자원봉사에 참여하려는 주민은 센터로 전화하면 된다.
"""),
        must_have=[
            "센터 관계자는 한 반에 12명씩 소규모로 운영해 작업치료사가 어르신 한 명 한 명의 상태를 살필 수 있다고 설명했다.",
            "가족들을 위한 상담과 자조 모임도 매달 열려 돌봄 부담을 나누고 정보를 교환할 수 있다.",
        ]),
    # Hamdeli (Tehran daily, Persian): IRNA copy, 'مشهد- ایرنا-' dateline, Persian solar date.
    rec(cluster="hamdeli-irna-mashhad-memory-cafe", role="single", file="hamdeli_irna_mashhad_kafe_hafeze_fa.html", render="html",
        site=SITE_HM, title="نخستین کافه حافظه مشهد برای سالمندان مبتلا به آلزایمر گشایش یافت",
        date="2024-10-16", dateline="مشهد- ایرنا- ", city="Mashhad", country="IR", region="asia", lang="fa", agency="IRNA",
        section="اجتماعی", meta_section="اجتماعی",
        url="https://www.hamdelidaily.example.ir/news/123456",
        description="این کافه هفته‌ای دو بار میزبان سالمندان و خانواده‌هایشان است.",
        published="2024-10-16T11:20:00+03:30", ld_author=[{"@type": "Organization", "name": "ایرنا"}],
        byline_lines=["منبع: ایرنا"], date_lines=["۲۵ مهر ۱۴۰۳ - ۱۱:۲۰"],
        inserts={2: [("ad", "تبلیغات")], 4: [("link", "بیشتر بخوانید:", "افزایش مستمری بازنشستگان از ابتدای سال")]},
        end_lines=["کد خبر: ۴۵۶۷۸"], tags=("برچسب‌ها:", ["سالمندان", "آلزایمر"]),
        lists=[("پربازدیدترین", ["خانه‌های سالمندان نیازمند پرستار هستند"])],
        paras=P("""
نخستین کافه حافظه شهر مشهد برای سالمندان مبتلا به آلزایمر و خانواده‌های آنان در یکی از سراهای محله گشایش یافت.

مدیر این طرح گفت کافه هفته‌ای دو بار عصرها باز است و سالمندان در فضایی آرام با هم چای می‌نوشند و خاطره تعریف می‌کنند.

او افزود روانشناسان و پرستاران داوطلب در این جلسات حضور دارند و به پرسش‌های خانواده‌ها درباره نگهداری بیمار در خانه پاسخ می‌دهند.

به گفته وی بسیاری از خانواده‌ها از اینکه بیمار خود را به جمع ببرند خجالت می‌کشیدند و این کافه برای کاهش همین احساس راه‌اندازی شده است.

در برنامه کافه بازی‌های ساده، موسیقی سنتی و نقاشی گنجانده شده و شرکت در آن رایگان است.

دانشجویان رشته پرستاری نیز برای همراهی سالمندان و آموزش خانواده‌ها در این طرح مشارکت دارند.

قرار است در صورت استقبال، کافه‌های مشابه در محله‌های دیگر شهر نیز راه‌اندازی شود. خانواده‌ها برای ثبت‌نام می‌توانند به سرای محله مراجعه کنند یا با شماره تلفن سرا تماس بگیرند.
"""),
        must_have=[
            "او افزود روانشناسان و پرستاران داوطلب در این جلسات حضور دارند و به پرسش‌های خانواده‌ها درباره نگهداری بیمار در خانه پاسخ می‌دهند.",
            "در برنامه کافه بازی‌های ساده، موسیقی سنتی و نقاشی گنجانده شده و شرکت در آن رایگان است.",
        ]),
    # The Ithaca Voice (nonprofit newsroom): staff, intergenerational housing and senior centre; donation appeals.
    rec(cluster="ithacavoice-home-sharing-seniors", role="single", file="ithacavoice_home_sharing_seniors.html", render="html",
        site=SITE_IV, title="Home-sharing program pairs Ithaca seniors with students who need a room",
        date="2024-08-27", country="US", region="americas", lang="en", authors=["Tess Okafor"],
        section="Housing", meta_section="Housing",
        url="https://ithacavoice.example.org/2024/08/home-sharing-program-pairs-ithaca-seniors-with-students/",
        description="Twenty matches were made in the program's first year.",
        published="2024-08-27T07:00:00-04:00",
        byline_lines=["by Tess Okafor"], date_lines=["August 27, 2024"],
        caption="Retired librarian Joan Whitaker, left, shares her home with graduate student Priya Ramesh.", credit="Tess Okafor/The Ithaca Voice",
        inserts={2: [("promo", ["Support local news", "The Ithaca Voice is free to read because readers like you donate.", "Donate today"])],
                 5: [("link", "Related:", "Tompkins County expands home repair grants for older homeowners")]},
        author_box=["Tess Okafor covers housing and aging for The Ithaca Voice. Contact her at tess@ithacavoice.example.org."],
        newsletter_end=["Get the Ithaca Voice in your inbox every morning.", "Sign up"],
        paras=P("""
A home-sharing program that matches older Ithaca homeowners with students and young workers looking for an affordable room made 20 matches in its first year.

Homeowners, most of them over 70, rent a spare room for well below the market rate, and in return the renter agrees to help around the house for a few hours a week.

Program manager Dana Lightfoot said the help is usually simple: shoveling snow, carrying groceries, changing light bulbs or just being home in the evening.

Every pair signs a written agreement and meets with staff after the first month to talk through any problems.

Joan Whitaker, 81, said she was nervous about sharing her house but now cooks dinner with her housemate twice a week.

Lightfoot said the program helps older people stay in their homes longer and eases a housing shortage at the same time.

The program is looking for more homeowners before the spring semester.
"""),
        must_have=[
            "Program manager Dana Lightfoot said the help is usually simple: shoveling snow, carrying groceries, changing light bulbs or just being home in the evening.",
            "Every pair signs a written agreement and meets with staff after the first month to talk through any problems.",
        ]),
    # Dubai Eye (Dubai): staff, Sharjah senior citizens' home visits; 'Published: ... | Last updated' shape.
    rec(cluster="dubaieye-sharjah-senior-home-visits", role="single", file="dubaieye_sharjah_senior_visits.html", render="html",
        site=SITE_KT, title="Sharjah volunteers visit elderly residents who live alone",
        date="2024-12-18", country="AE", region="asia", lang="en", authors=["Ayesha Rahman", "Joel Mathew"],
        section="UAE", meta_section="UAE",
        url="https://www.dubaieye.example.com/uae/sharjah-volunteers-visit-elderly-residents-who-live-alone",
        description="More than 300 volunteers have signed up.",
        published="2024-12-18T18:30:00+04:00", modified="2024-12-19T08:10:00+04:00",
        byline_lines=["By Ayesha Rahman and Joel Mathew"],
        date_lines=["Published: Wed 18 Dec 2024, 6:30 PM", "Last updated: Thu 19 Dec 2024, 8:10 AM"],
        inserts={2: [("ad", "Advertisement")], 4: [("link", "ALSO READ:", "UAE pension rules: what retirees need to know")]},
        below_body=[("follow", "Follow Dubai Eye on Google News")],
        lists=[("Top Stories", ["Free health checks for senior citizens this weekend", "New parks add shaded seating for elderly"])],
        paras=P("""
More than 300 volunteers have signed up for a Sharjah programme that sends young people to visit elderly residents who live alone.

The volunteers, many of them university students, visit in pairs once a week, drink coffee with the residents and check whether they need help with shopping or appointments.

A social worker accompanies new volunteers on their first visits and trains them to notice signs of illness, falls or loneliness.

Organisers said many of the residents are widows whose children live in other emirates or abroad.

One volunteer said an 86-year-old woman she visits now waits by the door every Saturday with dates and Arabic coffee.

The programme also sets up video calls between residents and their families, and helps some of them learn to use smartphones.

Organisers plan to extend the visits to Kalba and Khor Fakkan next year, and residents can register an elderly relative through the programme's hotline.
"""),
        must_have=[
            "A social worker accompanies new volunteers on their first visits and trains them to notice signs of illness, falls or loneliness.",
            "The programme also sets up video calls between residents and their families, and helps some of them learn to use smartphones.",
        ]),
    # Agderposten (Arendal, Norwegian, Amedia): staff, dementia-friendly choir; 'Publisert'/'Oppdatert' stamps.
    rec(cluster="agderposten-arendal-demenskor", role="single", file="agderposten_arendal_demenskor_nb.html", render="html",
        site=SITE_AG, title="Demenskoret i Arendal fyller kirken: – Sangene husker de",
        date="2025-01-28", country="NO", region="europe", lang="nb", authors=["Ingrid Tveit"],
        section="Arendal", meta_section="Arendal",
        url="https://www.agderposten.example.no/nyheter/i/Xy12Ab/demenskoret-i-arendal-fyller-kirken",
        description="Koret øver hver tirsdag i menighetssalen.",
        published="2025-01-28T19:45:00+01:00", modified="2025-01-29T07:30:00+01:00",
        byline_lines=["Ingrid Tveit", "Journalist", "Ola Sandnes", "Fotograf"],
        date_lines=["Publisert 28.01.2025 19:45", "Oppdatert 29.01.2025 07:30"],
        caption="Koret samles hver tirsdag i menighetssalen.", credit="Ola Sandnes",
        credit_shown="Foto: Ola Sandnes",
        inserts={2: [("ad", "Annonse")], 5: [("link", "Les også:", "Flere eldre i Grimstad får trygghetsalarm")]},
        end_lines=["Har du tips til en sak? Kontakt oss på tips@agderposten.example.no"],
        lists=[("Mest lest", ["Ny omsorgsbolig åpner på Stuenes"])],
        paras=P("""
Et kor for mennesker med demens og deres pårørende i Arendal har vokst fra åtte til over førti medlemmer på to år.

Koret øver hver tirsdag i menighetssalen, og søndag holdt det sin første konsert i en fullsatt kirke.

Korleder Marte Aasland sier at mange av sangerne husker tekster fra ungdommen, selv om de har glemt hva de gjorde samme morgen.

Pårørende synger sammen med sine nærmeste, og etter øvelsen serveres kaffe og vafler.

Demenskoordinator i kommunen, Tor Eigeland, sier at koret gir pårørende et sted å møte andre i samme situasjon.

Han mener musikk kan roe uro og gi mennesker med demens en god opplevelse av mestring.

Neste år håper koret å synge på flere sykehjem i regionen, slik at også beboere som ikke kan komme til øvelsene, får høre sangene de kjenner fra ungdommen. Aasland sier at alle som liker å synge er velkomne, enten de har demens selv eller følger noen de er glade i.
"""),
        must_have=[
            "Korleder Marte Aasland sier at mange av sangerne husker tekster fra ungdommen, selv om de har glemt hva de gjorde samme morgen.",
            "Pårørende synger sammen med sine nærmeste, og etter øvelsen serveres kaffe og vafler.",
        ]),
]


# ---- news-please and trafilatura JSON -------------------------------------------------

JSON_STORIES = [
    # news-please, Letaba Herald (Tzaneen, Caxton local): staff, SASSA pension pay point shelter.
    rec(cluster="letabaherald-tzaneen-pension-paypoint", role="single", file="newsplease_letabaherald_pension_paypoint.json",
        render="newsplease", title="Tzaneen pensioners finally get shade and seating at pay point",
        date="2024-03-07", country="ZA", region="africa", lang="en", authors=["Mpho Maake"],
        url="https://www.letabaherald.example.co.za/news/tzaneen-pensioners-finally-get-shade-and-seating-at-pay-point/",
        source_domain="www.letabaherald.example.co.za",
        description="A local business donated a shelter and 120 chairs.",
        np_authors=["Mpho Maake"], np_publish="2024-03-07 09:30:00", np_download="2024-03-08 02:11:45",
        head_lines=["Mpho Maake", "2 minutes read", "7 March 2024"],
        inserts={2: ["Advertisement"], 4: ["ALSO READ: Nkowankowa seniors' club celebrates 20 years"]},
        tail_lines=["Do you have a news story for us? Send us a WhatsApp.", "Stay in the know with our newsletter.", "Related stories", "Share this article:", "Facebook", "WhatsApp", "Email", "Caxton Local Media. All rights reserved.", "Privacy Policy", "Latest News", "Trending"],
        paras=P("""
Pensioners who collect their grants at a busy pay point in Tzaneen no longer have to stand in the sun for hours, after a local business donated a shelter and seating.

The steel shelter covers the area where older people queue on the first days of each month, and 120 plastic chairs were delivered last week.

Ward councillor Mr Tinyiko Baloyi said pensioners had fainted in the heat last summer while waiting for the doors to open.

A nearby church now serves tea and bread on pay days, and volunteers help people who cannot read to check their slips.

Pensioner Mrs Dorcas Mathebula, 79, said she could finally sit down and talk to her friends while she waited.

Baloyi said he would ask the agency to add a second pay day for the area, so that queues become shorter.

Residents have also asked for a toilet at the pay point.
"""),
        must_have=[
            "The steel shelter covers the area where older people queue on the first days of each month, and 120 plastic chairs were delivered last week.",
            "A nearby church now serves tea and bread on pay days, and volunteers help people who cannot read to check their slips.",
        ]),
    # news-please, Etilaatroz (Afghan daily in Persian): staff, retired teachers' unpaid pensions in Herat.
    rec(cluster="etilaatroz-herat-retirees-pensions", role="single", file="newsplease_etilaatroz_herat_tegaud_fa.json",
        render="newsplease", title="بازنشستگان هرات: دو سال است حقوق تقاعد نگرفته‌ایم",
        date="2024-06-10", country="AF", region="asia", lang="fa", authors=["فریبا احمدی"],
        url="https://www.etilaatroz.example.com/212345/",
        source_domain="www.etilaatroz.example.com",
        description="صدها معلم و کارمند بازنشسته در هرات می‌گویند حقوق تقاعد آنان پرداخت نمی‌شود.",
        np_authors=["فریبا احمدی"], np_publish="2024-06-10 07:40:00", np_download="2024-06-10 19:02:33",
        head_lines=["نویسنده: فریبا احمدی", "۲۱ جوزا ۱۴۰۳"],
        inserts={2: ["آگهی"], 5: ["بیشتر بخوانید: سالمندان کابل در صف کمک‌های غذایی"]},
        tail_lines=["اشتراک‌گذاری", "فیسبوک", "ایکس", "تلگرام", "مطالب مرتبط", "پربیننده‌ترین", "اطلاعات روز را در تلگرام دنبال کنید", "حمایت از اطلاعات روز", "دیدگاه‌ها", "دیدگاه خود را بنویسید", "درباره ما", "تمامی حقوق برای روزنامه اطلاعات روز محفوظ است"],
        paras=P("""
صدها معلم و کارمند بازنشسته در هرات می‌گویند که نزدیک به دو سال است حقوق تقاعد خود را دریافت نکرده‌اند و زندگی‌شان سخت‌تر شده است.

بسیاری از این بازنشستگان بیش از سی سال در مکتب‌ها و ادارات دولتی کار کرده‌اند و تنها درآمدشان همین حقوق بوده است.

یکی از آنان، معلم هفتادساله‌ای به نام غلام‌سخی، می‌گوید برای خرید دارو ناچار شده فرش خانه‌اش را بفروشد.

او می‌گوید هر چند ماه یک بار به اداره تقاعد می‌رود، اما هر بار به او گفته می‌شود که بودجه‌ای برای پرداخت وجود ندارد.

شماری از بازنشستگان زن می‌گویند حالا با کمک فرزندان یا همسایگان زندگی می‌کنند و از نان شب هم مطمئن نیستند.

بازنشستگان از مسئولان خواسته‌اند که دست‌کم بخشی از حقوق معوق آنان را بپردازند و روند رسیدگی را روشن کنند.

تلاش‌ها برای گرفتن نظر مسئولان اداره تقاعد در هرات تا زمان نشر این گزارش بی‌نتیجه ماند. بازنشستگان می‌گویند اگر وضعیت ادامه یابد، دوباره تجمع خواهند کرد.
"""),
        must_have=[
            "یکی از آنان، معلم هفتادساله‌ای به نام غلام‌سخی، می‌گوید برای خرید دارو ناچار شده فرش خانه‌اش را بفروشد.",
            "بازنشستگان از مسئولان خواسته‌اند که دست‌کم بخشی از حقوق معوق آنان را بپردازند و روند رسیدگی را روشن کنند.",
        ]),
    # news-please, Barometern (Kalmar, Swedish): staff, home-care staff continuity; paywall strings.
    rec(cluster="barometern-kalmar-hemtjanst-fewer-visitors", role="single", file="newsplease_barometern_hemtjanst_sv.json",
        render="newsplease", title="Färre nya ansikten i hemtjänsten – Kalmar testar fasta team",
        date="2024-09-17", country="SE", region="europe", lang="sv", authors=["Linnea Ek"],
        url="https://www.barometern.example.se/nyheter/kalmar/farre-nya-ansikten-i-hemtjansten-kalmar-testar-fasta-team/",
        source_domain="www.barometern.example.se",
        description="Brukarna ska träffa högst tio olika personal under två veckor.",
        np_authors=["Linnea Ek"], np_publish="2024-09-17 04:00:00", np_download="2024-09-17 11:20:05",
        head_lines=["Linnea Ek", "Publicerad 17 september 2024 06:00", "Uppdaterad 17 september 2024 08:30"],
        inserts={2: ["Annons"], 4: ["Läs också: Träffpunkt för äldre öppnar i Berga"]},
        tail_lines=["Linnea Ek", "linnea.ek@barometern.example.se", "Dela", "Facebook", "Kopiera länk", "Ämnen i artikeln", "Kalmar", "Äldreomsorg", "Läs mer", "Barometern är en del av Gota Media", "Ansvarig utgivare: Erik Lind"],
        paras=P("""
Äldre i Kalmar som har hemtjänst ska möta färre nya ansikten, när kommunen nu testar fasta team i två områden i staden.

I dag kan en person med hemtjänst träffa uppemot tjugo olika anställda på två veckor, enligt kommunens egen mätning.

I försöket ska varje brukare ha ett team på högst tio personer, och en kontaktperson som ringer varje vecka.

Enhetschefen Sara Holmgren säger att många äldre tycker att det är jobbigt att släppa in okända människor i hemmet.

Personalen får också längre tid hos varje brukare, så att det finns utrymme för en kopp kaffe och ett samtal.

Försöket pågår i ett år och följs av forskare vid Linnéuniversitetet.

Om det faller väl ut ska modellen införas i hela kommunen. Anhöriga som vill veta mer om försöket kan ringa kommunens kontaktcenter, och de äldre som berörs har redan fått ett brev hem med namnen på sitt team och ett telefonnummer dit de kan ringa dygnet runt.
"""),
        must_have=[
            "I försöket ska varje brukare ha ett team på högst tio personer, och en kontaktperson som ringer varje vecka.",
            "Personalen får också längre tid hos varje brukare, så att det finns utrymme för en kopp kaffe och ett samtal.",
        ]),
    # trafilatura, Gazeta Digital (Cuiabá, Portuguese): Agência Brasil copy, reporter line, no dateline.
    rec(cluster="gazetadigital-agenciabrasil-inss-proof-of-life", role="single", file="trafilatura_gazetadigital_agenciabrasil_inss_pt.json",
        render="trafilatura", title="Aposentados poderão fazer prova de vida por reconhecimento facial no celular",
        date="2025-01-20", country="BR", region="americas", lang="pt", agency="Agência Brasil", authors=["Luciana Prado Teles"],
        section="Economia",
        url="https://www.gazetadigital.example.com.br/editorias/economia/aposentados-poderao-fazer-prova-de-vida-pelo-celular/754321",
        hostname="gazetadigital.example.com.br", source_hostname="Gazeta Digital",
        description="O serviço vale para aposentados e pensionistas do INSS.",
        tf_author="Luciana Prado Teles", tf_date="2025-01-20", tf_language="pt", categories="Economia;Brasil",
        head_lines=["Luciana Prado Teles - Repórter da Agência Brasil", "20/01/2025 - 16:42"],
        inserts={2: ["Publicidade"], 4: ["Leia mais: Idosos de Cuiabá ganham centro de convivência"]},
        tail_lines=["Edição: Marcelo Brandão", "Fonte: Agência Brasil", "Compartilhar", "WhatsApp", "Facebook", "Notícias relacionadas", "Mais lidas", "Receba notícias no seu WhatsApp", "Comentários", "Política de Privacidade", "Anuncie", "Gazeta Digital - Todos os direitos reservados"],
        editors=["Marcelo Brandão"],
        paras=P("""
Aposentados e pensionistas do INSS poderão fazer a prova de vida anual por reconhecimento facial no celular, sem precisar ir a uma agência bancária.

O procedimento é feito pelo aplicativo do governo, que compara uma foto tirada na hora com as imagens das bases de dados oficiais.

Segundo o instituto, quem não conseguir fazer a prova pelo celular não terá o benefício bloqueado sem antes ser avisado.

Nesses casos, o próprio INSS vai tentar comprovar que o segurado está vivo por meio de outros registros, como vacinação, consultas no SUS ou renovação de documentos.

Idosos com dificuldade de locomoção podem pedir visita domiciliar pela central telefônica.

O instituto alerta que não envia links por mensagem e que ninguém deve pagar para fazer a prova de vida.

Mais de trinta milhões de pessoas recebem benefícios do INSS em todo o país, segundo dados do próprio instituto, e a maioria já fez a prova de vida sem sair de casa.
"""),
        must_have=[
            "O procedimento é feito pelo aplicativo do governo, que compara uma foto tirada na hora com as imagens das bases de dados oficiais.",
            "Idosos com dificuldade de locomoção podem pedir visita domiciliar pela central telefônica.",
        ]),
    # trafilatura, Bonik Barta (Dhaka, Bengali): staff, old-age allowance by mobile banking.
    rec(cluster="bonikbarta-old-age-allowance-mobile", role="single", file="trafilatura_bonikbarta_boyosko_bhata_bn.json",
        render="trafilatura", title="মোবাইলে বয়স্ক ভাতা পেয়ে খুশি গ্রামের প্রবীণরা, তবে ভোগান্তিও আছে",
        date="2024-05-26", country="BD", region="asia", lang="bn", authors=["রাশেদুল ইসলাম"],
        section="অর্থনীতি",
        url="https://www.bonikbarta.example.com/economy/2024-05-26/boyosko-bhata-mobile",
        hostname="bonikbarta.example.com", source_hostname="বণিক বার্তা",
        description="প্রবীণরা এখন ঘরে বসেই ভাতার টাকা পাচ্ছেন।",
        tf_author="রাশেদুল ইসলাম", tf_date="2024-05-26", tf_language="bn", categories="অর্থনীতি;দেশ",
        head_lines=["রাশেদুল ইসলাম", "মে ২৬, ২০২৪"],
        inserts={2: ["বিজ্ঞাপন"], 4: ["আরো পড়ুন: প্রবীণ নিবাসে আসন বাড়ানোর দাবি"]},
        tail_lines=["শেয়ার করুন", "ফেসবুক", "এক্স", "লিংকডইন", "সংশ্লিষ্ট সংবাদ", "সর্বাধিক পঠিত", "সম্পাদক ও প্রকাশক: দেওয়ান হানিফ মাহমুদ", "আমাদের সম্পর্কে", "যোগাযোগ", "গোপনীয়তা নীতি", "বিজ্ঞাপন দিন", "© বণিক বার্তা ২০২৪"],
        paras=P("""
বয়স্ক ভাতার টাকা এখন মোবাইল ব্যাংকিংয়ের মাধ্যমে পাঠানো হওয়ায় গ্রামের অনেক প্রবীণ ঘরে বসেই টাকা পাচ্ছেন।

আগে ভাতা তুলতে তাদের উপজেলা শহরের ব্যাংকে গিয়ে সারা দিন লাইনে দাঁড়াতে হতো, যাতায়াতেও খরচ হতো অনেক টাকা।

তবে অনেক প্রবীণের নিজের মোবাইল ফোন নেই, ফলে তাদের টাকা আসে সন্তান বা প্রতিবেশীর নম্বরে।

সমাজসেবা কর্মকর্তারা বলছেন, কারো টাকা অন্য কেউ তুলে নিলে অভিযোগ জানাতে উপজেলা কার্যালয়ে হটলাইন চালু করা হয়েছে।

সত্তর বছরের এক বৃদ্ধা জানান, নাতি তাকে টাকা তোলার নিয়ম শিখিয়ে দিয়েছে এবং এখন তিনি নিজেই দোকানে গিয়ে টাকা তোলেন।

অর্থনীতিবিদরা বলছেন, ভাতার পরিমাণ জিনিসপত্রের দামের তুলনায় খুব কম এবং তা বাড়ানো দরকার।

সরকার চলতি অর্থবছরে আরো কয়েক লাখ প্রবীণকে ভাতার আওতায় আনার পরিকল্পনা করছে। সমাজসেবা অধিদপ্তরের এক কর্মকর্তা জানান, যেসব প্রবীণের ফোন নেই তাদের জন্য ইউনিয়ন পরিষদে সহায়তা কেন্দ্র খোলা হবে। সেখানে একজন কর্মী প্রবীণদের নামে সিম নিবন্ধন ও মোবাইল হিসাব খুলতে সাহায্য করবেন। তিনি বলেন, ভাতাভোগীদের তালিকা নিয়মিত হালনাগাদ করা হচ্ছে যাতে প্রকৃত প্রবীণরা বাদ না পড়েন এবং কেউ যেন ভুয়া নাম ব্যবহার করে টাকা তুলতে না পারেন।
"""),
        must_have=[
            "তবে অনেক প্রবীণের নিজের মোবাইল ফোন নেই, ফলে তাদের টাকা আসে সন্তান বা প্রতিবেশীর নম্বরে।",
            "সমাজসেবা কর্মকর্তারা বলছেন, কারো টাকা অন্য কেউ তুলে নিলে অভিযোগ জানাতে উপজেলা কার্যালয়ে হটলাইন চালু করা হয়েছে।",
        ]),
    # trafilatura, The Liberian Investigator (Monrovia): staff, Gbarnga elderly women's savings club.
    rec(cluster="liberianinvestigator-gbarnga-elderly-savings-club", role="single", file="trafilatura_liberianinvestigator_gbarnga_elders.json",
        render="trafilatura", title="Elderly women in Gbarnga pool savings to pay for medicine",
        date="2024-10-29", country="LR", region="africa", lang="en", authors=["Musu K. Flomo"],
        section="News",
        url="https://www.liberianinvestigator.example.com/news/elderly-women-in-gbarnga-pool-savings-to-pay-for-medicine/",
        hostname="liberianinvestigator.example.com", source_hostname="The Liberian Investigator",
        description="Forty older women contribute every market day.",
        tf_author="Musu K. Flomo", tf_date="2024-10-29", tf_language="en", categories="News;Bong County",
        head_lines=["By Musu K. Flomo", "October 29, 2024"],
        inserts={2: ["Advertisement"], 4: ["Also Read: Retired civil servants protest delayed pensions"]},
        tail_lines=["About the author: Musu K. Flomo reports from Bong County.", "Share:", "Facebook", "WhatsApp", "Related Posts", "Leave a Comment", "Subscribe to our newsletter", "Most Popular", "Support Independent Journalism", "Donate", "Contact Us", "© 2024 The Liberian Investigator"],
        paras=P("""
Forty elderly women in Gbarnga have formed a savings club to help one another pay for medicine and hospital visits.

Each member contributes a small amount every market day, and the money is kept in a locked box guarded by three elected members.

The club's chairlady, Ma Kebeh Tokpah, said most of the women are widows who once traded in the market and no longer have regular income.

When a member falls sick, the club pays for her medicine and sends two members to stay with her at the hospital.

Younger relatives help keep the records, and a local nurse visits once a month to check members' blood pressure.

Ma Tokpah said the women also meet to sing, pray and share news, which she said keeps them strong.

The club hopes to start a small soap-making business to grow its savings and to welcome more women from nearby towns next year.
"""),
        must_have=[
            "Each member contributes a small amount every market day, and the money is kept in a locked box guarded by three elected members.",
            "When a member falls sick, the club pays for her medicine and sends two members to stay with her at the hospital.",
        ]),
]


# ---- JSONL batches (newsbeam html and text, news-please and trafilatura shapes) -------

SITE_HE = site("Haliburton Echo", "https://www.haliburtonecho.example.ca", " | Haliburton Echo", "en_CA", "@HaliburtonEcho",
               ["News", "Sports", "Community", "Opinion", "Obituaries", "Classifieds"],
               ["© Copyright 2024 Haliburton Echo", "Terms of Use", "Privacy Policy"], share=["Share", "Facebook", "Email"],
               cookie="This site uses cookies to improve your experience.", buttons=["OK"])

JSONL_STORIES = [
    # newsbeam text shape: the Agerpres story on Jurnalul (syndicated member of the Agerpres cluster).
    dict(AGERPRES, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.jurnalul.example.ro/social/cafenea-a-memoriei-suceava-987654.html",
         nb_published="2025-03-14T11:05:00Z", outlet="Jurnalul", nb_authors=["Agerpres"],
         inserts={2: ["Publicitate"], 5: ["Citește și: Vârstnicii din Botoșani primesc vizite acasă de la voluntari"]},
         head_lines=["Redacția Jurnalul", "14 Mar 2025, 13:05"],
         tail_lines=["Sursa: Agerpres", "Urmărește Jurnalul pe Google News", "Distribuie", "Facebook", "WhatsApp", "Știri similare", "Cele mai citite", "Abonează-te la newsletter", "Comentarii", "Politica de confidențialitate", "Setări cookie-uri", "© 2025 Jurnalul. Toate drepturile rezervate."]),
    # news-please shape: the ONA story on Atheer (syndicated member of the ONA cluster).
    dict(ONA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.atheer.example.om/archives/301234/",
         source_domain="www.atheer.example.om",
         np_authors=["أثير - مكتب صلالة"], np_publish="2024-10-09 12:20:00", np_download="2024-10-09 20:45:12",
         inserts={2: ["إعلان"], 4: ["اقرأ أيضا: تمديد التسجيل في منافع الحماية الاجتماعية لكبار السن"]},
         head_lines=["أثير - مكتب صلالة", "9 أكتوبر 2024"],
         tail_lines=["المصدر: وكالة الأنباء العُمانية", "شارك", "واتساب", "إكس", "أخبار ذات صلة", "الأكثر قراءة", "تابعوا أثير على إنستغرام", "التعليقات مغلقة", "حمّل تطبيق أثير", "سياسة الخصوصية", "اتصل بنا", "جميع الحقوق محفوظة لصحيفة أثير الإلكترونية © 2024"]),
    # newsbeam html shape: Haliburton Echo (Ontario): staff, seniors' winter exercise club.
    rec(cluster="haliburtonecho-seniors-winter-walking", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_HE, title="Seniors keep moving all winter with indoor walking club at Haliburton arena",
        date="2025-01-09", country="CA", region="americas", lang="en", authors=["Dawn Sauvé"],
        section="Community", meta_section="Community",
        url="https://www.haliburtonecho.example.ca/community/seniors-keep-moving-all-winter-with-indoor-walking-club/",
        description="About 50 people walk laps of the arena concourse three mornings a week.",
        published="2025-01-09T06:00:00-05:00",
        nb_published="2025-01-09T11:00:00Z", outlet="Haliburton Echo", nb_authors=["Dawn Sauvé"],
        byline_lines=["Dawn Sauvé", "Local Journalism Initiative Reporter"], date_lines=["Thu., Jan. 9, 2025"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Read more:", "Minden seniors' centre adds Friday lunches")]},
        end_lines=["Dawn Sauvé's reporting is funded by the Canadian government through its Local Journalism Initiative."],
        lists=[("Trending", ["County launches new home support program", "Snowshoe hike raises money for hospice"])],
        paras=P("""
About 50 older residents walk laps of the Haliburton arena concourse three mornings a week, keeping fit when icy roads make outdoor walks risky.

The free club started three winters ago with six members and now has a waiting list for its Wednesday group.

Walkers sign in at a table by the door, and volunteers keep count of laps on a whiteboard so members can track their progress over the season.

Organizer Wendy Pollock said many members live alone in rural areas and the walk is their main outing of the week.

A physiotherapist visits once a month to lead balance exercises and answer questions about falls.

Eighty-three-year-old Bill Hutchins said he walks slower than most but has not missed a morning since October.

Coffee and muffins are served after every walk, donated by a local bakery, and new walkers of any age or pace are welcome to join on any morning.
"""),
        must_have=[
            "Walkers sign in at a table by the door, and volunteers keep count of laps on a whiteboard so members can track their progress over the season.",
            "A physiotherapist visits once a month to lead balance exercises and answer questions about falls.",
        ]),
    # trafilatura shape: the GNA story on AllAfrica (syndicated member of the GNA cluster).
    dict(GNA, role="syndicated", file=JSONL_B, render="trafilatura", section="Ghana",
         url="https://allafrica.example.com/stories/202502060512.html",
         hostname="allafrica.example.com", source_hostname="AllAfrica",
         tf_author="Edem Kpodo", tf_date="2025-02-06", tf_language="en", categories="Ghana;Social Welfare",
         inserts={2: ["Advertisement"], 4: ["Related: Ghana: Pensioners Urged to Update Records"]},
         head_lines=["Ghana News Agency (Accra)", "6 February 2025", "By Edem Kpodo"],
         tail_lines=["Copyright © 2025 Ghana News Agency. All rights reserved. Distributed by AllAfrica Global Media (allAfrica.com).", "Tagged:", "Ghana", "West Africa", "Aging", "Share", "Email", "More from this publisher", "AllAfrica publishes around 400 reports a day from more than 100 news organizations.", "Don't Miss", "Sign up for the AllAfrica newsletter"]),
    # news-please shape: Barossa Herald (South Australia): staff, lunch club for older men; 'Story and photos' credit line.
    rec(cluster="barossaherald-tanunda-seniors-lunch-club", role="single", file=JSONL_B, render="newsplease",
        title="Tanunda lunch club brings older men to the table",
        date="2024-07-31", country="AU", region="oceania", lang="en", authors=["Rhys Kleinig"],
        url="https://www.barossaherald.example.com.au/news/tanunda-lunch-club-brings-older-men-to-the-table/",
        source_domain="www.barossaherald.example.com.au",
        description="The monthly lunch was set up to fight loneliness among widowers.",
        np_authors=["Rhys Kleinig"], np_publish="2024-07-31 02:30:00", np_download="2024-07-31 10:14:50",
        head_lines=["Story and photos by Rhys Kleinig", "31 July 2024"],
        inserts={2: ["Advertisement"], 5: ["RELATED: Angaston aged care home opens new garden"]},
        tail_lines=["Contact Rhys Kleinig at news@barossaherald.example.com.au", "Share this story", "Facebook", "Email", "Latest News", "Sign up to the Barossa Herald newsletter", "Subscribe to the Herald's print edition", "Most Read", "Public Notices", "Obituaries", "© Barossa Herald 2024"],
        paras=P("""
A monthly lunch club for older men in Tanunda has grown from a handful of widowers to more than 30 regulars in its first year.

The men meet at a local hotel on the last Tuesday of each month, and each pays for his own meal.

Founder Graham Schulz, 76, started the club after his wife died and he realised he could go days without speaking to anyone.

He said men are often slower than women to ask for company, so the club keeps things simple: lunch, a yarn and no speeches.

A local community nurse sometimes joins them and talks quietly with anyone who seems to be struggling.

Members now also organise car pooling to appointments and visit each other in hospital.

Schulz said any older man in the valley is welcome, whether he has lived there for seventy years or moved in last week. There is no membership fee.
"""),
        must_have=[
            "He said men are often slower than women to ask for company, so the club keeps things simple: lunch, a yarn and no speeches.",
            "Members now also organise car pooling to appointments and visit each other in hospital.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-sixth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: HotNews 'Publicat: vineri, 14 martie 2025' with Agerpres's "
    "'14 mar' dateline and Jurnalul '14 Mar 2025, 13:05'; Al Roya 'الأربعاء 09 أكتوبر 2024' with ONA's '9 أكتوبر' dateline and "
    "Atheer '9 أكتوبر 2024' (news-please's 12:20 is UTC, the same day); Adom Online 'February 6, 2025' with GNA's 'Feb. 6' "
    "dateline and AllAfrica '6 February 2025'; Corowa Free Press 'Wednesday, 14 August 2024' (both copies); Deshbandhu "
    "'01 Oct 2024' with the Varta dateline (International Day of Older Persons); Cocorioko 'July 2, 2024'; Laconia Daily Sun "
    "'Nov 19, 2024'; Galinfo '05 грудня 2024' ('Переглядів' is a view counter); B-Metro '12 May, 2025'; Carlow "
    "Nationalist 'Tuesday, 16th April 2024'; Dungog Chronicle 'June 4 2025 - 10:45am'; Joplin Globe 'Sep 23, 2024' (not "
    "the 'Updated Sep 24' line); Kisalföld '2024.11.12.' (year first); ČT24 '21. 5. 2024' (day first); Invasor '5 noviembre, "
    "2024' with Prensa Latina's '5 nov'; Kyeonggi Ilbo '입력 2025-04-08' ('입력' = posted; '수정' = modified on the 9th, not the "
    "date); Hamdeli '۲۵ مهر ۱۴۰۳' (Persian solar calendar and digits = 16 October 2024); Ithaca Voice 'August 27, 2024'; "
    "Dubai Eye 'Published: Wed 18 Dec 2024' (not 'Last updated'); Agderposten 'Publisert 28.01.2025' (not 'Oppdatert'); "
    "Letaba Herald '7 March 2024'; Etilaatroz '۲۱ جوزا ۱۴۰۳' (Afghan solar calendar, Jawza = the third month: 10 June 2024); "
    "Barometern 'Publicerad 17 september 2024 06:00' (news-please's 04:00 is UTC; not 'Uppdaterad'); Gazeta Digital "
    "'20/01/2025' (day first); Bonik Barta 'মে ২৬, ২০২৪' (Bengali digits); The Liberian Investigator 'October 29, 2024'; "
    "Haliburton Echo 'Thu., Jan. 9, 2025'; Barossa Herald '31 July 2024' (news-please's 02:30 is UTC, the same day in ACST)",
    "dateline_city": "'Suceava, 14 mar /Agerpres/ - ' -> 'Suceava' (both Agerpres copies); 'صلالة في 9 أكتوبر /العُمانية/ ' -> "
    "'Salalah' (the GeoNames name 'Şalālah' without its transliteration marks, as earlier sets label Arabic-script datelines ('Aswan', 'Madaba'); both ONA copies; Atheer's 'أثير - مكتب صلالة' head line is a desk line, not the dateline); 'Ho, Feb. 6, GNA - ' "
    "-> 'Ho' (both GNA copies); 'रायपुर, 01 अक्टूबर (वार्ता) ' -> 'Raipur'; 'Olomouc – ' -> 'Olomouc' (Czech city-dash "
    "dateline); 'Ciego de Ávila, 5 nov (Prensa Latina) ' -> 'Ciego de Ávila'; 'مشهد- ایرنا- ' -> 'Mashhad'. MTI's Kisalföld "
    "story and Agência Brasil's Gazeta Digital story carry no dateline (null). All staff stories have no dateline (null)",
    "country": "Atheer (Muscat) and Al Roya carry the Salalah ONA story (OM, asia); AllAfrica carries the Ho GNA story (GH); "
    "Dubai Eye (Dubai) reports on Sharjah (AE); Etilaatroz, published from exile, reports on Herat (AF); Agência Brasil's "
    "story on Gazeta Digital (Cuiabá) is national (BR); B-Metro is in Bulawayo (ZW); the Carlow Nationalist story is in "
    "Tullow, County Carlow (IE); Barossa Herald's story is in Tanunda (AU)",
    "agency": "HotNews and Jurnalul carry Agerpres ('/Agerpres/' dateline, 'Sursa: Agerpres', the 'AGERPRES/(... autor:, "
    "editor: ...)' sign-off); Al Roya and Atheer carry ONA (the Oman News Agency, 'العُمانية': dateline, head line, 'المصدر: "
    "وكالة الأنباء العُمانية'); Adom Online and AllAfrica carry GNA (the Ghana News Agency: dateline, 'By Edem Kpodo, GNA', "
    "'Source: GNA', AllAfrica's 'Ghana News Agency (Accra)'); Deshbandhu carries UNI (United News of India's Hindi service "
    "'वार्ता'/Varta: dateline and sign-off); Kisalföld carries MTI ('MTI' byline, 'Forrás: MTI'); ČT24 carries ČTK ('Zdroj: "
    "ČTK'); Invasor carries Prensa Latina (dateline, byline; 'arc/jcr' are desk initials); Hamdeli carries IRNA ('ایرنا' in "
    "the dateline, 'منبع: ایرنا'); Gazeta Digital carries Agência Brasil ('Repórter da Agência Brasil', 'Fonte: Agência "
    "Brasil'). Invasor's photo credit 'Archivo/Invasor' is the paper's own file photo (the archive mark is dropped from the label). All other records are staff copy "
    "(agency null)",
    "authors": "HotNews's Agerpres sign-off 'AGERPRES/(AS - autor: Dan Roman, editor: Ionela Pop)' names the writer -> 'Dan Roman' "
    "(the earlier sets' Agerpres convention; the line itself is chrome); Jurnalul's copy prints no sign-off -> []; ONA, UNI, MTI, "
    "ČTK, Prensa Latina and IRNA copies name no writer (Jurnalul's 'Redacția Jurnalul' and Atheer's 'أثير - مكتب صلالة' are desk "
    "lines); "
    "GNA 'By Edem Kpodo, GNA' -> 'Edem Kpodo' (all GNA copies); Corowa Free Press 'Kerry Lindqvist' (also the photographer); "
    "Cocorioko 'By Abu Bakarr Kamara'; Laconia Daily Sun 'By MARCIA OUELLETTE, LACONIA DAILY SUN' -> natural case 'Marcia "
    "Ouellette'; Galinfo 'Оксана Гнатишин' in Cyrillic as printed; B-Metro 'Nokuthula Ncube, B-Metro Reporter' -> "
    "'Nokuthula Ncube'; Carlow Nationalist 'By Siobhán Nolan' ('Reporter' is a role line); Dungog Chronicle 'Ellie Rourke'; "
    "Joplin Globe 'By Derek Holloway'; Kyeonggi Ilbo '박지훈 기자' -> '박지훈' ('기자' = reporter); The Ithaca Voice 'by Tess "
    "Okafor'; Dubai Eye 'By Ayesha Rahman and Joel Mathew' -> both; Agderposten 'Ingrid Tveit / Journalist' -> 'Ingrid Tveit' "
    "('Ola Sandnes / Fotograf' in the byline block is the photographer, not a writer, and is also the photo credit); Letaba "
    "Herald 'Mpho Maake'; Etilaatroz 'نویسنده: فریبا احمدی' -> 'فریبا احمدی'; Barometern 'Linnea Ek'; Gazeta Digital 'Luciana "
    "Prado Teles - Repórter da Agência Brasil' -> 'Luciana Prado Teles'; Bonik Barta 'রাশেদুল ইসলাম' in Bengali script; The "
    "Liberian Investigator 'By Musu K. Flomo'; Haliburton Echo 'Dawn Sauvé' ('Local Journalism Initiative Reporter' is a role "
    "line); Barossa Herald 'Story and photos by Rhys Kleinig' -> 'Rhys Kleinig'",
    "editors": "Gazeta Digital's Agência Brasil 'Edição: Marcelo Brandão' names the story's editor -> ['Marcelo Brandão']; "
    "HotNews's Agerpres sign-off 'editor: Ionela Pop' -> ['Ionela Pop'] (earlier sets' convention). "
    "Prensa Latina's 'arc/jcr' and ONA's 'ع خ' are desk "
    "initials naming no one; Agderposten's 'Ansvarlig redaktør' and Bonik Barta's 'সম্পাদক ও প্রকাশক' are the papers' editors "
    "in chief in the footer, not story editors. No other record names an editor",
    "caption_credit": "credits without their wrapper: Corowa Free Press 'Photo: Kerry Lindqvist' -> 'Kerry Lindqvist' (both "
    "copies); Dungog Chronicle 'Picture by Ellie Rourke' -> 'Ellie Rourke'; Invasor '(Foto: Archivo/Invasor)' -> "
    "'Invasor' (the archive mark dropped, as earlier sets drop 'file photo' and 'Arquivo'); The Ithaca Voice 'Tess Okafor/The Ithaca Voice' as printed; Agderposten 'Foto: Ola Sandnes' -> 'Ola "
    "Sandnes'. Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Adom Online 'Regional', Kisalföld 'Győr', ČT24 "
    "'Regiony', Invasor 'Ciego de Ávila', Kyeonggi Ilbo '사회', Hamdeli 'اجتماعی', Ithaca Voice 'Housing', Dubai Eye 'UAE', "
    "Agderposten 'Arendal', Haliburton Echo 'Community'; trafilatura records take their first category (Gazeta Digital "
    "'Economia', Bonik Barta 'অর্থনীতি', The Liberian Investigator 'News', AllAfrica 'Ghana'); news-please, plain text and "
    "newsbeam text records have none (HotNews's 'Social', Al Roya's 'محليات' and Deshbandhu's 'छत्तीसगढ़' head lines are chrome)",
    "language": "'ro' Romanian (two copies of the Agerpres story); 'ar' Arabic (two copies of the ONA story); 'hi' Hindi; 'uk' "
    "Ukrainian; 'hu' Hungarian; 'cs' Czech; 'es' Cuban Spanish; 'ko' Korean; 'fa' Persian (Hamdeli, Iran) and Dari-Persian "
    "(Etilaatroz, Afghanistan; labelled 'fa', the ISO 639-1 code of both); 'nb' Norwegian Bokmål; 'sv' Swedish; 'pt' Brazilian "
    "Portuguese; 'bn' Bengali; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, paywall and free-article lines, share "
    "bars, comment gates, advertisement labels, reading times and view counters, related-story lines and boxes, tag lists, "
    "most-read rails, newsletter, WhatsApp, Telegram and Google News promos, donation appeals, reporter bio, role and contact "
    "lines, wire source lines and sign-offs ('Sursa: Agerpres', the 'AGERPRES/(...)' code line, 'المصدر: وكالة الأنباء "
    "العُمانية', 'Source: GNA', 'Forrás: MTI', 'Zdroj: ČTK', 'منبع: ایرنا', 'Fonte: Agência Brasil', 'Edição:' line, Varta's "
    "closing 'वार्ता'), desk initials, AllAfrica's distribution and copyright lines, Local Journalism Initiative funding line, "
    "press-council, publisher and ownership lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Agerpres and ONA in the plain batch, GNA in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Corowa Free Press: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"agerpres", "hotnews", "hotnews.ro", "jurnalul", "redacția jurnalul", "ona", "العُمانية", "وكالة الأنباء العُمانية",
                "الرؤية", "جريدة الرؤية", "أثير", "أثير - مكتب صلالة", "gna", "ghana news agency", "adom online", "allafrica",
                "corowa free press", "uni", "वार्ता", "देशबन्धु", "deshbandhu", "cocorioko", "laconia daily sun",
                "the laconia daily sun", "галінфо", "galinfo", "b-metro", "b-metro reporter", "carlow nationalist",
                "the nationalist", "reporter", "dungog chronicle", "the joplin globe", "joplin globe", "kisalföld", "mti",
                "čt24", "čtk", "ctk", "invasor", "prensa latina", "경기일보", "irna", "ایرنا", "هم‌دلی", "the ithaca voice",
                "dubai eye", "agderposten", "journalist", "fotograf", "letaba herald", "اطلاعات روز", "etilaatroz",
                "barometern", "gazeta digital", "agência brasil", "বণিক বার্তা", "bonik barta", "the liberian investigator",
                "haliburton echo", "local journalism initiative reporter", "barossa herald"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
