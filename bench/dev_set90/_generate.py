#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninetieth development set (bench/dev_set90/, first written as the eighty-seventh held-out set).

    .venv/bin/python bench/dev_set90/_generate.py

Writes ``bench/dev_set90/articles/*`` and ``bench/dev_set90/labels.json`` (next to this
file).  Output is deterministic (gzip members use mtime=0 and no file name).
Every story is invented: people, quotes, companies and figures are fictional;
cities, countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and national and regional papers and broadcasters in their ordinary
2023-2025 layouts); the other half brings publishers, wires, dateline, byline
and caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set89/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout87_2025-a.jsonl"
JSONL_B = "crawl_holdout87_2025-b.jsonl.gz"


# ---- cluster: MTI, Szombathely (Nyugat.hu scrape + copy on Vas Népe in the plain batch) ----

MTI = rec(
    cluster="mti-szombathely-javitokavezo",
    title="Havonta nyit javítókávézót a szombathelyi könyvtár, már az első napon hetven tárgyat hoztak be",
    date="2024-10-14",
    dateline="Szombathely, 2024. október 14., hétfő (MTI) - ",
    city="Szombathely",
    country="HU",
    region="europe",
    agency="MTI",
    authors=["Horváth Eszter"],
    editors=["Kovács Bence"],
    lang="hu",
    description="Önkéntes szerelők javítják a kenyérpirítókat, lámpákat és ruhákat.",
    paras=P("""
Havonta egyszer javítókávézót tart a szombathelyi Berzsenyi Dániel Könyvtár, ahol önkéntes szerelők, varrónők és kerékpárosok segítenek megjavítani a lakosok elromlott tárgyait.

Az első alkalommal szombaton több mint hetven tárgyat hoztak be, köztük kenyérpirítókat, asztali lámpákat, rádiókat, nadrágokat és gyerekbicikliket.

A szervezők szerint a tárgyak nagyjából kétharmadát sikerült a helyszínen megjavítani, a többihez alkatrészt kell rendelni.

Az önkéntesek nem kérnek pénzt a munkáért, a látogatók csak az alkatrészek árát fizetik, ha arra szükség van.

A kezdeményezést egy helyi egyesület indította azzal a céllal, hogy kevesebb használható eszköz kerüljön a hulladéklerakóra.

Nagy Tamás nyugdíjas villanyszerelő elmondta, hogy egy negyvenéves rádiót is sikerült életre keltenie egy új kondenzátorral.

A könyvtár a következő alkalmakra előzetes jelentkezést kér, hogy a szerelők felkészülhessenek a bejelentett hibákra.

A szervezők a tavasszal egy második helyszínt is szeretnének nyitni a város egyik lakótelepén.

A könyvtár vezetője szerint a javítókávézó közösségi térként is működik, hiszen a várakozók beszélgetnek, kávéznak, és egymástól is tanulnak. Aki szeretne önkéntesként csatlakozni, a könyvtár tájékoztató pultjánál jelentkezhet, különösen varrni tudó és műszerész segítőket keresnek.
"""),
    must_have=[
        "A szervezők szerint a tárgyak nagyjából kétharmadát sikerült a helyszínen megjavítani, a többihez alkatrészt kell rendelni.",
        "Az önkéntesek nem kérnek pénzt a munkáért, a látogatók csak az alkatrészek árát fizetik, ha arra szükség van.",
    ],
)

# ---- cluster: Tanjug, Čačak (Ozon Press page + copy on Srbija Danas in the plain batch) ----

TAN = rec(
    cluster="tanjug-cacak-reciklazno-dvoriste",
    title="У Чачку отворено ново рециклажно двориште, грађани могу бесплатно да предају стари намештај и електронику",
    date="2025-03-06",
    dateline="ЧАЧАК, 6. марта 2025. (Танјуг) - ",
    city="Čačak",
    country="RS",
    region="europe",
    agency="Tanjug",
    authors=["Милица Јовановић"],
    lang="sr",
    description="Двориште ће радити сваког дана осим недеље.",
    paras=P("""
У Чачку је данас отворено ново рециклажно двориште у које грађани могу бесплатно да предају стари намештај, електронски отпад, гуме и грађевински шут из домаћинства.

Двориште се налази у индустријској зони у Бељини и радиће сваког дана осим недеље од седам до деветнаест часова.

Директор градског комуналног предузећа рекао је да ће двориште смањити број дивљих депонија поред река и сеоских путева.

Према његовим речима, само прошле године комуналне службе уклониле су више од сто педесет дивљих депонија на територији града.

Грађани који донесу више од двадесет килограма електронског отпада добиће ваучер за попуст на рачун за изношење смећа.

Стари фрижидери, телевизори и рачунари биће предати овлашћеним оператерима који ће их раставити и рециклирати.

Пензионер Драган Петровић из насеља Кошутњак каже да је годинама чувао покварену веш-машину у подруму јер није знао где да је однесе.

Град планира да до краја године отвори још једно мање двориште у Мрчајевцима.

Информације о радном времену и врстама отпада који се примају грађани могу добити у корисничком сервису комуналног предузећа.
"""),
    must_have=[
        "Према његовим речима, само прошле године комуналне службе уклониле су више од сто педесет дивљих депонија на територији града.",
        "Стари фрижидери, телевизори и рачунари биће предати овлашћеним оператерима који ће их раставити и рециклирати.",
    ],
)

# ---- cluster: PNA, Iloilo (Watchmen Daily Journal page + copy on Philippine Daily Mirror in the gzipped batch) ----

PNA = rec(
    cluster="pna-iloilo-waste-pickers-coop",
    title="Iloilo City waste pickers form cooperative, get PPE and fixed prices for plastics",
    date="2024-06-19",
    dateline="ILOILO CITY – ",
    city="Iloilo",
    country="PH",
    region="asia",
    agency="PNA",
    authors=["Gerlie Ann Salvador"],
    editors=["Lade Jean Kabagani"],
    lang="en",
    description="The Calajunan dumpsite cooperative has 140 members.",
    paras=P("""
More than 140 waste pickers working at the Calajunan dumpsite here have formed a cooperative that will sell sorted plastics and metals directly to recycling firms, the city government said on Wednesday.

City Environment and Natural Resources Office head Engr. Ramon Villanueva said the cooperative would receive fixed prices for PET bottles, aluminum cans and copper wire under a one-year agreement with two recyclers in Pavia town.

Until now, the pickers sold their materials to middlemen who often paid less than half the market price, he said.

Each member also received gloves, boots, face masks and reflective vests from the city's disaster risk reduction office.

The cooperative will run a small weighing station near the entrance of the dumpsite so that members can see the weight of their sacks before selling.

Villanueva said the city would register the members for PhilHealth and give their children priority for school supplies.

Cooperative chairperson Marites Gallego, 47, said she had been collecting plastic at the dumpsite for 22 years.

The city plans to close the old cells of the dumpsite and convert the site into a sanitary landfill by 2026.
"""),
    must_have=[
        "Until now, the pickers sold their materials to middlemen who often paid less than half the market price, he said.",
        "The cooperative will run a small weighing station near the entrance of the dumpsite so that members can see the weight of their sacks before selling.",
    ],
)

# ---- cluster: Newcastle Weekly page + noisy re-scrape ----

NW = rec(
    cluster="newcastleweekly-hamilton-repair-cafe",
    title="Hamilton repair cafe marks 1000 fixes as volunteers call for more sewing hands",
    date="2024-11-28",
    country="AU",
    region="oceania",
    authors=["Rhiannon Cole"],
    lang="en",
    caption="Volunteer Brian Oakes tests a repaired lamp at the Hamilton repair cafe.",
    credit="Peter Stoop",
    paras=P("""
A monthly repair cafe in Hamilton has fixed its 1000th item, three years after a group of retired tradespeople started it in a church hall on Beaumont Street.

The milestone was a 1970s desk lamp brought in by a student who found it at a garage sale in Mayfield.

Organiser Jenny Phelps said the volunteers repaired kettles, vacuum cleaners, clothes, toys and bicycles, and about seven in ten items went home working.

Visitors pay nothing for the repair and are asked to stay and watch, so they can learn to fix the next fault themselves.

The group estimates the repairs have kept more than four tonnes of goods out of the Summerhill Waste Management Centre.

City of Newcastle has given the cafe a small grant to buy a soldering station, spare fuses and a second sewing machine.

Ms Phelps said the cafe now needed more people who could sew, because the queue for torn jeans and broken zips was always the longest.

The next session is on the second Saturday of December from 10am to 1pm.
"""),
    must_have=[
        "Visitors pay nothing for the repair and are asked to stay and watch, so they can learn to fix the next fault themselves.",
        "City of Newcastle has given the cafe a small grant to buy a soldering station, spare fuses and a second sewing machine.",
    ],
)
NW_PRE = ["Newcastle Weekly", "News", "Lifestyle", "Food & Drink", "Property", "Sport", "What's On"]
NW_HEAD = ["By Rhiannon Cole", "November 28, 2024"]
NW_CAP = ["Volunteer Brian Oakes tests a repaired lamp at the Hamilton repair cafe. Picture: Peter Stoop"]
NW_TAIL = [["Got a story tip? Email news@newcastleweekly.example.com.au"],
           ["Share this article", "Facebook", "Email"], ["You might also like"],
           ["Sign up to the Newcastle Weekly newsletter"],
           ["\u00a9 2024 Newcastle Weekly. Part of the Star Plus Media Group"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Newcastle Weekly (NSW): original of the re-scrape cluster; 'By' line and 'Picture:' credit.
    dict(NW, role="original", file="newcastleweekly_hamilton_repair_cafe.txt", render="text",
         pre=[NW_PRE], head=[NW_HEAD], cap_lines=NW_CAP,
         inserts={2: ["Advertisement"], 5: ["READ MORE: Mayfield tip shop reopens after flood repairs"]},
         tail=NW_TAIL),
    dict(NW, role="rescrape", file="newcastleweekly_hamilton_repair_cafe_rescrape.txt.gz", render="text", noise=True,
         pre=[NW_PRE], head=[NW_HEAD], cap_lines=NW_CAP,
         inserts={5: ["READ MORE: Mayfield tip shop reopens after flood repairs"]},
         tail=[["Continue reading with a free account"], *NW_TAIL]),
    # Nyugat.hu (Szombathely): original of the MTI cluster; dateline with weekday, author and editor at the end.
    dict(MTI, role="original", file="nyugathu_mti_szombathely_javitokavezo_hu.txt", render="text",
         pre=[["Nyugat.hu", "Hírek", "Szombathely", "Vas megye", "Sport", "Gasztro", "Programok"]],
         head=[["2024. október 14. hétfő, 13:42"], ["Forrás: MTI"]],
         inserts={2: ["Hirdetés"], 5: ["Kapcsolódó cikk:", "Új szelektív gyűjtősziget épül a Derkovits-lakótelepen"]},
         tail=[["Szerző: Horváth Eszter"], ["Szerkesztő: Kovács Bence"], ["Megosztás", "Facebook", "Messenger"],
               ["Legolvasottabb"], ["\u00a9 2024 Nyugat.hu - Minden jog fenntartva."]]),
    # Ringerikes Blad (Hønefoss): NTB copy, no dateline, 'NTB' byline line.
    rec(cluster="ringblad-ntb-pant-rekord", role="single", file="ringerikesblad_ntb_pant_rekord_nb.txt", render="text",
        title="Nordmenn panter flere flasker enn noen gang – nå vil bransjen ha pant på flere emballasjer",
        date="2025-01-22", country="NO", region="europe", lang="no", agency="NTB",
        pre=[["Ringerikes Blad", "Nyheter", "Sport", "Meninger", "Kultur", "E-avis", "Logg inn"]],
        head=[["NTB"], ["Publisert 22.01.2025 10:17"], ["Oppdatert 22.01.2025 11:40"]],
        inserts={2: ["Annonse"], 5: ["Les også:", "Gjenbruksstasjonen på Follum får nye åpningstider"]},
        tail=[["Del artikkelen", "Facebook", "E-post"], ["Mest lest"], ["Abonner på Ringerikes Blad"],
              ["Ansvarlig redaktør: Kristin Haugland"], ["\u00a9 2025 Ringerikes Blad. Del av Amedia"]],
        paras=P("""
Nordmenn leverte inn rekordmange flasker og bokser i pantemaskinene i fjor, viser nye tall fra Infinitum, selskapet som driver pantesystemet.

Til sammen ble over 2,3 milliarder flasker og bokser pantet, og returandelen for plastflasker var på 93 prosent.

Administrerende direktør Ola Brekke sier at folk har blitt flinkere til å pante også når de er på hytta eller på reise.

Bransjen vil nå at pantesystemet skal utvides til å gjelde juice, melk og andre drikkevarer som i dag ikke har pant.

Ifølge Brekke kan et utvidet system gi flere hundre millioner flere returnerte enheter hvert år.

Miljødirektoratet skal levere en utredning om saken til Klima- og miljødepartementet innen sommeren.

Flere dagligvarekjeder sier de er positive, men peker på at butikkene må få plass til nye maskiner og større lagre.

Frivillige lag og foreninger samler fortsatt inn pant på dugnad, og for mange idrettslag er det en viktig inntektskilde.

Pantesystemet har vært i drift i Norge i mange tiår og regnes som et av de mest effektive i verden.
"""),
        must_have=[
            "Bransjen vil nå at pantesystemet skal utvides til å gjelde juice, melk og andre drikkevarer som i dag ikke har pant.",
            "Miljødirektoratet skal levere en utredning om saken til Klima- og miljødepartementet innen sommeren.",
        ]),
    # Mosaique FM (Arabic): TAP copy, dateline 'قابس (وات) -'.
    rec(cluster="mosaiquefm-tap-gabes-plastique", role="single", file="mosaiquefm_tap_gabes_plastique_ar.txt", render="text",
        title="قابس: تركيز نقاط لتجميع القوارير البلاستيكية في الأسواق الأسبوعية",
        date="2024-05-08", dateline="قابس (وات) - ", city="Gabès", country="TN", region="africa", lang="ar", agency="TAP",
        pre=[["موزاييك أف أم", "الرئيسية", "وطنية", "جهوية", "رياضة", "اقتصاد", "راديو مباشر"]],
        head=[["جهوية"], ["08 ماي 2024 | 15:20"]],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضا:", "صفاقس: حملة نظافة بالشواطئ الجنوبية"]},
        tail=[["المصدر: وات"], ["شارك", "فيسبوك", "تويتر"], ["أخبار ذات صلة"], ["حمّل تطبيق موزاييك أف أم"],
              ["جميع الحقوق محفوظة \u00a9 موزاييك أف أم 2024"]],
        paras=P("""
شرعت بلدية قابس في تركيز نقاط لتجميع القوارير البلاستيكية والعلب المعدنية في الأسواق الأسبوعية بعدد من معتمديات الولاية، وذلك بالتعاون مع جمعية بيئية محلية.

وأفاد رئيس مصلحة النظافة بالبلدية أن هذه النقاط ستمكن من تجميع عدة أطنان من البلاستيك شهريا بدل أن ينتهي بها المطاف في المصب أو على الطرقات.

وأوضح أن جامعي البلاستيك من الشبان العاطلين عن العمل سيحصلون على معدات واقية وعلى سعر ثابت لكل كيلوغرام يقع تسليمه.

وسيقع بيع الكميات المجمعة إلى مؤسسة خاصة لإعادة التدوير بالمنطقة الصناعية بقابس.

وأكدت رئيسة الجمعية أن حملات تحسيسية ستنظم في المدارس والأسواق لحث المواطنين على فرز النفايات في المنازل.

وقال أحد التجار بالسوق الأسبوعية إن كميات كبيرة من القوارير كانت تلقى سابقا في الأودية القريبة من السوق.

ومن المنتظر أن يتم تعميم التجربة على بلديات أخرى بالولاية خلال الأشهر القادمة إذا أثبتت نجاعتها.

وتعاني الجهة منذ سنوات من مشاكل التلوث الصناعي وتراكم النفايات في عدد من الأحياء.

ويأمل سكان المدينة أن تساهم هذه المبادرة في تحسين نظافة الأسواق والأحياء الشعبية خلال فصل الصيف.
"""),
        must_have=[
            "وسيقع بيع الكميات المجمعة إلى مؤسسة خاصة لإعادة التدوير بالمنطقة الصناعية بقابس.",
            "وأكدت رئيسة الجمعية أن حملات تحسيسية ستنظم في المدارس والأسواق لحث المواطنين على فرز النفايات في المنازل.",
        ]),
    # Setareh Sobh (Persian, Tehran): staff, Solar Hijri date in Persian digits, reporter line 'گزارش:'.
    rec(cluster="setarehsobh-tehran-zobalegardi", role="single", file="setarehsobh_tehran_zobalegardi_fa.txt", render="text",
        title="زباله‌گردها در تهران؛ کار سخت در کنار سطل‌های مکانیزه",
        date="2024-12-02", country="IR", region="asia", lang="fa", authors=["مریم کاظمی"],
        pre=[["ستاره صبح", "صفحه نخست", "جامعه", "سیاست", "اقتصاد", "فرهنگ", "روزنامه امروز"]],
        head=[["گزارش: مریم کاظمی"], ["۱۲ آذر ۱۴۰۳ - ۰۹:۳۰"]],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید:", "تفکیک زباله از مبدأ در مدارس منطقه ۶"]},
        tail=[["کد خبر: ۲۸۴۵۱۹"], ["اشتراک‌گذاری", "تلگرام", "واتساپ"], ["اخبار مرتبط"], ["نظر شما"],
              ["کلیه حقوق این سایت متعلق به روزنامه ستاره صبح است."]],
        paras=P("""
هر شب پس از ساعت ده، ده‌ها نوجوان و مرد جوان با گونی‌های بزرگ در خیابان‌های مرکزی تهران سراغ سطل‌های زباله می‌روند تا بطری، کارتن و قوطی جمع کنند.

به گفته فعالان اجتماعی، بیشتر این افراد برای پیمانکارانی کار می‌کنند که بار جمع‌شده را به قیمت پایین از آنها می‌خرند.

یک مددکار اجتماعی که با یک انجمن حمایت از کودکان کار همکاری می‌کند گفت بسیاری از زباله‌گردها هیچ بیمه و مراقبت پزشکی ندارند.

او افزود که زخم دست، بیماری‌های پوستی و عفونت‌های تنفسی در میان آنها بسیار شایع است.

شهرداری تهران می‌گوید طرح تفکیک زباله از مبدأ را در چند منطقه گسترش داده و غرفه‌های خرید پسماند خشک راه انداخته است.

اما ساکنان محله‌ها می‌گویند بسیاری از شهروندان هنوز پسماند خشک و تر را در یک کیسه می‌ریزند.

یکی از زباله‌گردها که نخواست نامش منتشر شود گفت شبی حدود ده ساعت راه می‌رود و درآمدش به زحمت کرایه اتاقش را می‌دهد.

کارشناسان می‌گویند بدون قرارداد رسمی و بیمه، این کار همچنان یکی از سخت‌ترین مشاغل غیررسمی شهر باقی خواهد ماند.
"""),
        must_have=[
            "او افزود که زخم دست، بیماری‌های پوستی و عفونت‌های تنفسی در میان آنها بسیار شایع است.",
            "اما ساکنان محله‌ها می‌گویند بسیاری از شهروندان هنوز پسماند خشک و تر را در یک کیسه می‌ریزند.",
        ]),
    # Pudhari (Marathi, Kolhapur): staff, 'प्रतिनिधी' desk byline, Marathi month name.
    rec(cluster="pudhari-kolhapur-chappal-durusti", role="single", file="pudhari_kolhapur_chappal_durusti_mr.txt", render="text",
        title="कोल्हापुरी चपलांच्या दुरुस्तीला पुन्हा मागणी; गल्लीतील कारागिरांना दिलासा",
        date="2024-08-11", country="IN", region="asia", lang="mr",
        pre=[["पुढारी", "मुख्यपृष्ठ", "कोल्हापूर", "महाराष्ट्र", "देश-विदेश", "क्रीडा", "ई-पेपर"]],
        head=[["पुढारी वृत्तसेवा"], ["प्रकाशित: 11 ऑगस्ट 2024, 7:15 am"]],
        inserts={2: ["जाहिरात"], 5: ["हेही वाचा:", "शहरात प्लास्टिक पिशव्यांवर पुन्हा कारवाई"]},
        tail=[["शेअर करा", "फेसबुक", "व्हॉट्सॲप"], ["संबंधित बातम्या"], ["ताज्या बातम्या"],
              ["पुढारी ॲप डाउनलोड करा"], ["\u00a9 पुढारी 2024. सर्व हक्क राखीव."]],
        paras=P("""
नवी चप्पल घेण्याऐवजी जुनी कोल्हापुरी चप्पल दुरुस्त करून वापरण्याकडे शहरातील नागरिकांचा कल वाढत असल्याचे चित्र दिसत आहे.

शिवाजी पेठ, गंगावेश आणि राजारामपुरी परिसरातील चर्मकार कारागिरांकडे गेल्या काही महिन्यांत दुरुस्तीसाठी येणाऱ्या चपलांची संख्या वाढली आहे.

एका जोडीच्या तळाची दुरुस्ती दीडशे ते तीनशे रुपयांत होते, तर नवी जोडी घेण्यासाठी किमान एक हजार रुपये खर्च येतो.

पावसाळ्यात चामडे खराब होत असल्याने अनेक जण चपला तेल लावून आणि नवे तळ बसवून घेण्यासाठी आणत आहेत.

गंगावेश येथील कारागीर सुरेश कांबळे यांनी सांगितले की, त्यांच्या आजोबांपासून हा व्यवसाय कुटुंबात चालत आला आहे.

ते म्हणाले, काही वर्षांपूर्वी काम कमी झाल्याने अनेकांनी हा व्यवसाय सोडला होता, पण आता तरुण ग्राहकही येऊ लागले आहेत.

महापालिकेने रस्त्याकडेला बसणाऱ्या कारागिरांसाठी छोटे गाळे उपलब्ध करून द्यावेत, अशी मागणी संघटनेने केली आहे.

दुरुस्तीमुळे चामड्याचा कचरा कमी होतो आणि स्थानिक कारागिरांना रोजगार मिळतो, असे पर्यावरण कार्यकर्त्यांचे म्हणणे आहे.

शहरातील काही महाविद्यालयीन विद्यार्थ्यांनीही जुन्या चपला टाकून न देता दुरुस्त करून वापरण्याची मोहीम सुरू केली आहे. या मोहिमेत विद्यार्थी कारागिरांची माहिती समाजमाध्यमांवर देत आहेत.
"""),
        must_have=[
            "एका जोडीच्या तळाची दुरुस्ती दीडशे ते तीनशे रुपयांत होते, तर नवी जोडी घेण्यासाठी किमान एक हजार रुपये खर्च येतो.",
            "महापालिकेने रस्त्याकडेला बसणाऱ्या कारागिरांसाठी छोटे गाळे उपलब्ध करून द्यावेत, अशी मागणी संघटनेने केली आहे.",
        ]),
    # Shields Gazette (South Shields, National World layout): staff, 'By X' with role line, charity shops.
    rec(cluster="shieldsgazette-charity-shops-ocean-road", role="single", file="shieldsgazette_charity_shops_ocean_road.txt", render="text",
        title="South Shields charity shops report record donations as shoppers turn to second-hand",
        date="2024-02-09", country="GB", region="europe", lang="en", authors=["Kate Milburn"],
        pre=[["Shields Gazette", "News", "Sport", "Whats On", "Nostalgia", "Announcements", "Subscribe"]],
        head=[["By Kate Milburn"], ["Local Democracy Reporter"], ["Published 9th Feb 2024, 16:30 GMT"], ["Updated 10th Feb 2024, 08:12 GMT"]],
        inserts={2: ["Advertisement"], 5: ["Hide Ad"]},
        tail=[["Comments"], ["Want to join the conversation? Please or to comment on this article."], ["Share", "Facebook", "X"],
              ["Related topics:"], ["\u00a9 National World Publishing Ltd. All rights reserved."]],
        paras=P("""
Charity shops in South Shields say they have never had so many donations, as more shoppers look for second-hand clothes, furniture and toys.

Managers on Ocean Road, King Street and Fowler Street told the Gazette that stock rooms were full after the new year clear-outs.

Hospice shop manager Denise Hardy said sales of children's winter coats had doubled since October.

Several shops now sort donations by season and send items they cannot sell to textile recyclers in Gateshead rather than to landfill.

A furniture charity in Tyne Dock said it had collected more than 300 sofas, tables and wardrobes from homes across the borough last year.

It offers free collection for items in good condition and a repair bench where volunteers fix wobbly chairs and broken drawers.

Student Amy Lowes, 19, said she bought almost all her clothes second-hand because it was cheaper and better for the planet.

South Tyneside Council said it would list charity shops on its recycling pages to encourage people to donate rather than throw things away.
"""),
        must_have=[
            "Several shops now sort donations by season and send items they cannot sell to textile recyclers in Gateshead rather than to landfill.",
            "It offers free collection for items in good condition and a repair bench where volunteers fix wobbly chairs and broken drawers.",
        ]),
    # Unicanal (Paraguay): IP copy, 'Ciudad del Este, IP.-' dateline.
    rec(cluster="unicanal-ip-cde-chatarra-electronica", role="single", file="unicanal_ip_cde_chatarra_electronica_es.txt", render="text",
        title="Ciudad del Este habilita centro de acopio de chatarra electrónica para comercios de la zona primaria",
        date="2024-09-03", dateline="Ciudad del Este, IP.- ", city="Ciudad del Este", country="PY", region="americas", lang="es", agency="IP",
        pre=[["Unicanal", "Inicio", "Nacionales", "Política", "Economía", "Deportes", "En vivo"]],
        head=[["Fuente: IP Paraguay"], ["3 de septiembre de 2024"]],
        inserts={2: ["Publicidad"], 5: ["Leé también:", "Recicladores de Asunción piden mejor precio por el cartón"]},
        tail=[["Compartir", "Facebook", "WhatsApp"], ["Más noticias"], ["Seguinos en nuestro canal de WhatsApp"],
              ["Mirá Unicanal en vivo por el canal 13 de cable"], ["\u00a9 2024 Unicanal. Todos los derechos reservados."]],
        paras=P("""
La Municipalidad de Ciudad del Este habilitó un centro de acopio de residuos electrónicos destinado a los comercios de la zona primaria, donde se venden y reparan miles de teléfonos y computadoras cada semana.

El centro funciona en un galpón municipal sobre la avenida San Blas y recibe celulares, cargadores, cables, baterías y placas de circuitos.

Según la Dirección de Gestión Ambiental, muchos talleres de reparación desechaban hasta ahora los componentes dañados en contenedores comunes.

Los residuos serán clasificados y entregados a una empresa habilitada por el Ministerio del Ambiente para su reciclaje o disposición final segura.

Los comercios que se registren recibirán bolsas especiales y un certificado de entrega para presentar ante los inspectores.

El técnico en reparación de celulares Rodrigo Benítez dijo que su local acumula cada mes varias cajas de pantallas rotas y baterías hinchadas.

La municipalidad también prevé charlas para los trabajadores de los talleres sobre los riesgos de manipular baterías de litio.

Las autoridades esperan recolectar al menos diez toneladas de chatarra electrónica antes de fin de año.
"""),
        must_have=[
            "Según la Dirección de Gestión Ambiental, muchos talleres de reparación desechaban hasta ahora los componentes dañados en contenedores comunes.",
            "Los comercios que se registren recibirán bolsas especiales y un certificado de entrega para presentar ante los inspectores.",
        ]),
    # Namib Times (Walvis Bay): staff, fishing net recycling, 'Reporter' byline.
    rec(cluster="namibtimes-walvis-fishing-nets", role="single", file="namibtimes_walvisbay_fishing_nets.txt", render="text",
        title="Old fishing nets turned into building blocks at Walvis Bay workshop",
        date="2024-04-16", country="NA", region="africa", lang="en", authors=["Selma Nghifitikeko"],
        pre=[["Namib Times", "Home", "Local News", "Business", "Sport", "Classifieds", "Contact"]],
        head=[["Selma Nghifitikeko"], ["Reporter"], ["16 April 2024"]],
        inserts={2: ["Advertisement"], 5: ["Also read: Kuisebmond clean-up draws 200 volunteers"]},
        tail=[["Share on Facebook", "Share on WhatsApp"], ["Related Articles"], ["Advertise with Namib Times"],
              ["Published by Namib Times Printing and Publishing"], ["\u00a9 2024 Namib Times. All rights reserved."]],
        paras=P("""
A small workshop in the Walvis Bay industrial area is turning discarded fishing nets and rope into paving blocks and fence poles.

The workshop collects worn nets from fishing companies at the harbour, cleans them, shreds them and mixes the plastic with sand before pressing it into moulds.

Founder Johannes Amutenya said the nets used to be dumped at the municipal landfill or burned on open ground near the lagoon.

He said one tonne of nets could produce enough blocks to pave a small courtyard.

The workshop employs nine young people from Kuisebmond and Narraville, who are trained to operate the shredder and the press.

Two fishing companies have signed agreements to deliver their old nets every month instead of paying to dispose of them.

The Walvis Bay Municipality said it was testing the blocks on a walkway at a primary school before deciding whether to buy more.

Amutenya said the workshop now wanted to collect old crates and buoys as well.
"""),
        must_have=[
            "He said one tonne of nets could produce enough blocks to pave a small courtyard.",
            "Two fishing companies have signed agreements to deliver their old nets every month instead of paying to dispose of them.",
        ]),
    # Pulse Tasmania: staff, container deposit scheme, relative time line.
    rec(cluster="pulsetasmania-recycle-rewards", role="single", file="pulsetasmania_recycle_rewards.txt", render="text",
        title="Tasmanians return 10 million containers in first weeks of Recycle Rewards scheme",
        date="2025-06-24", country="AU", region="oceania", lang="en", authors=["Lachlan Dwyer"],
        pre=[["Pulse Tasmania", "News", "Entertainment", "Sport", "Community", "Podcasts", "Listen Live"]],
        head=[["Lachlan Dwyer"], ["2 hours ago"], ["24 June 2025"]],
        inserts={2: ["Story continues below"], 5: ["Related: Hobart tip shop to open on Sundays"]},
        tail=[["Have a story? Send it to newsroom@pulsetasmania.example.com.au"], ["Share", "Facebook", "Copy link"],
              ["Latest News"], ["Download the Pulse Tasmania app"], ["\u00a9 2025 Pulse Tasmania"]],
        paras=P("""
Tasmanians have returned more than 10 million drink containers in the first weeks of the state's Recycle Rewards container refund scheme, according to the scheme coordinator.

Eligible cans, bottles and cartons earn a 10 cent refund at depots, reverse vending machines and pop-up collection points across the state.

The busiest sites have been in Glenorchy, Launceston and Devonport, where queues formed on the first weekends.

Scheme coordinator Mel Truscott said many people were choosing to donate their refunds to schools, sports clubs and charities.

She said a new depot would open in the Huon Valley next month and more machines would be installed on the North-West Coast.

Local councils say the amount of glass and plastic in kerbside recycling bins has already started to fall.

Mother of three Kira Edwards said her children collected cans at their footy club and saved the refunds for an end of season trip.

Containers must be empty, uncrushed and carry the 10 cent refund mark to be accepted.
"""),
        must_have=[
            "Eligible cans, bottles and cartons earn a 10 cent refund at depots, reverse vending machines and pop-up collection points across the state.",
            "She said a new depot would open in the Huon Valley next month and more machines would be installed on the North-West Coast.",
        ]),
    # Northumberland Gazette (Alnwick): staff, cobbler, byline without 'By' plus email line.
    rec(cluster="northumberlandgazette-alnwick-cobbler", role="single", file="northumberlandgazette_alnwick_cobbler.txt", render="text",
        title="Alnwick cobbler says boot repairs are booming as walkers mend rather than replace",
        date="2023-10-05", country="GB", region="europe", lang="en", authors=["Tom Hedley", "Ruth Armstrong"],
        pre=[["Northumberland Gazette", "News", "Sport", "Lifestyle", "Heritage", "Farming", "Subscribe"]],
        head=[["Tom Hedley and Ruth Armstrong"], ["Published 5th Oct 2023, 12:00 BST"]],
        inserts={2: ["Advertisement"], 5: ["Hide Ad"]},
        tail=[["Email: newsdesk@northumberlandgazette.example.co.uk"], ["Share", "Facebook", "X"],
              ["Sign up to our daily newsletter"], ["Read More"], ["\u00a9 National World Publishing Ltd. All rights reserved."]],
        paras=P("""
A cobbler in Alnwick says walking boot repairs now make up almost half of his work as more people choose to mend their footwear rather than buy new pairs.

Gary Robson has run his shop on Narrowgate for 26 years and says he has never been so busy in the autumn.

He resoles boots for walkers on St Cuthbert's Way and the Northumberland Coast Path, as well as work boots for farmers and builders.

A full resole costs around a third of the price of a new pair of good quality walking boots, he said.

Mr Robson said some customers posted boots to him from as far away as Cornwall after finding him online.

He has taken on an apprentice from Amble, 18-year-old Callum Reay, because he worries there will be no one to carry on the trade.

Northumberland County Council said it supported small repair businesses through its high street grants.

Mr Robson said the only thing he could not repair was a boot that had been left to dry on a radiator.
"""),
        must_have=[
            "A full resole costs around a third of the price of a new pair of good quality walking boots, he said.",
            "He has taken on an apprentice from Amble, 18-year-old Callum Reay, because he worries there will be no one to carry on the trade.",
        ]),
]


# ---- HTML pages --------------------------------------------------------------------

SITE_OZ = site("Ozon Press", "https://www.ozonpress.example.net", " - Ozon Press", "sr_RS", "@ozonpress",
               ["Чачак", "Србија", "Друштво", "Култура", "Спорт", "Хроника"],
               ["\u00a9 2025 Озон Прес. Сва права задржана.", "Импресум", "Маркетинг"],
               share=["Подели", "Facebook", "Viber"])
SITE_WD = site("Watchmen Daily Journal", "https://www.watchmendailyjournal.example.com", " - Watchmen Daily Journal", "en_PH", "@watchmendaily",
               ["News", "Iloilo", "Western Visayas", "Business", "Opinion", "Sports"],
               ["\u00a9 2024 Watchmen Daily Journal. All rights reserved.", "About Us", "Advertise"],
               share=["Share", "Facebook", "Messenger"])
SITE_MD = site("무등일보", "https://www.mdilbo.example.com", " - 무등일보", "ko_KR", "@mdilbo",
               ["정치", "경제", "사회", "문화", "스포츠", "오피니언"],
               ["Copyright \u00a9 무등일보. All rights reserved. 무단 전재 및 재배포 금지", "회사소개", "청소년보호정책"],
               share=["페이스북", "카카오톡", "링크복사"], top=["로그인", "회원가입", "PDF 지면보기"])
SITE_RB = site("Republikein", "https://www.republikein.example.com.na", " | Republikein", "af_NA", "@republikein",
               ["Nuus", "Streke", "Sake", "Sport", "Leefstyl", "Meningsvormers"],
               ["\u00a9 2024 Republikein. Alle regte voorbehou.", "Privaatheidsbeleid", "Kontak ons"],
               share=["Deel", "Facebook", "WhatsApp"],
               cookie="Ons gebruik koekies om jou ervaring op ons webwerf te verbeter.", buttons=["Aanvaar", "Meer inligting"])
SITE_ZV = site("Звязда", "https://zviazda.example.by", " | Звязда", "be_BY", "@zviazda",
               ["Навіны", "Грамадства", "Эканоміка", "Культура", "Спорт", "Рэгіёны"],
               ["\u00a9 Выдавецкі дом «Звязда», 2024", "Рэдакцыя", "Рэклама"],
               share=["Падзяліцца", "Telegram", "VK"])
SITE_ND = site("Nuestro Diario", "https://www.nuestrodiario.example.com.gt", " | Nuestro Diario", "es_GT", "@nuestrodiario",
               ["Nacionales", "Departamentales", "Deportes", "Farándula", "Comunidad", "Video"],
               ["\u00a9 2024 Nuestro Diario. Todos los derechos reservados.", "Contáctanos", "Aviso legal"],
               share=["Compartir", "Facebook", "WhatsApp"])
SITE_RM = site("Radio Mitre", "https://radiomitre.example.com.ar", " | Radio Mitre", "es_AR", "@radiomitre",
               ["Actualidad", "Política", "Economía", "Sociedad", "Deportes", "Programas"],
               ["\u00a9 2024 Radio Mitre S.A. Todos los derechos reservados.", "Términos y condiciones", "Privacidad"],
               share=["Compartir", "Facebook", "X"], top=["Escuchá en vivo AM 790", "Podcasts"])
SITE_RJ = site("Raajje", "https://raajje.example.mv", " | Raajje.mv", "en_MV", "@raajjemv",
               ["News", "Politics", "Business", "Sports", "Tourism", "Dhivehi"],
               ["\u00a9 2024 Raajje. All rights reserved.", "About", "Contact"],
               share=["Share", "Facebook", "Viber"])
SITE_TN = site("Tropic Now", "https://www.tropicnow.example.com.au", " | Tropic Now", "en_AU", "@tropicnow",
               ["News", "Business", "Lifestyle", "Environment", "Sport", "Events"],
               ["\u00a9 2024 Tropic Now. All rights reserved.", "About", "Advertise with us"],
               share=["Share", "Facebook", "LinkedIn"],
               cookie="This website uses cookies to ensure you get the best experience.", buttons=["Got it!"])

HTML_STORIES = [
    # Ozon Press (Čačak): original of the Tanjug cluster; Cyrillic, date with Serbian month.
    dict(TAN, role="original", file="ozonpress_tanjug_cacak_reciklazno_dvoriste_sr.html", render="html",
         site=SITE_OZ, section="Чачак", meta_section="Чачак",
         url="https://www.ozonpress.example.net/cacak/otvoreno-novo-reciklazno-dvoriste/",
         published="2025-03-06T12:40:00+01:00",
         byline_lines=["Извор: Танјуг"], date_lines=["06. март 2025. 12:40"],
         caption="Рециклажно двориште у Бељини.", credit="Танјуг/Милица Јовановић", credit_shown="Фото: Танјуг/Милица Јовановић",
         inserts={2: [("ad", "Реклама")], 5: [("link", "ПРОЧИТАЈТЕ ЈОШ:", "Акција чишћења обале Западне Мораве у суботу")]},
         end_lines=["Аутор: Милица Јовановић"],
         lists=[("Најчитаније", ["Нови ред вожње градског превоза", "Радови на мосту код Атеница"])],
         comments=["Коментари", "Коментари који садрже увреде неће бити објављени."]),
    # Watchmen Daily Journal (Iloilo): original of the PNA cluster; 'By NAME (PNA)' and 'Editor:' line.
    dict(PNA, role="original", file="watchmendaily_pna_iloilo_waste_pickers.html", render="html",
         site=SITE_WD, section="Iloilo", meta_section="Iloilo",
         url="https://www.watchmendailyjournal.example.com/2024/06/19/iloilo-city-waste-pickers-form-cooperative/",
         published="2024-06-19T17:05:00+08:00",
         byline_lines=["By Gerlie Ann Salvador (PNA)"], date_lines=["June 19, 2024"],
         caption="Waste pickers sort plastic bottles at the Calajunan dumpsite.", credit="PNA photo by Gerlie Ann Salvador",
         credit_shown="(PNA photo by Gerlie Ann Salvador)",
         inserts={2: [("ad", "ADVERTISEMENT")], 5: [("link", "RELATED:", "Iloilo City bans single-use plastics in public markets")]},
         end_lines=["(PNA)", "Editor: Lade Jean Kabagani"],
         lists=[("Latest News", ["Jaro cathedral plaza reopens", "WVSU opens new dormitory"])],
         comments=["Leave a Reply", "Your email address will not be published. Required fields are marked *"]),
    # Mudeung Ilbo (Gwangju): Yonhap copy, '(광주=연합뉴스) 기자명 기자 =' dateline.
    rec(cluster="mdilbo-yonhap-gwangju-jaesaeng", role="single", file="mudeungilbo_yonhap_gwangju_jaesaeng_ko.html", render="html",
        site=SITE_MD, title="광주 재사용 나눔가게 개장 1년…중고 가구·가전 2만점 새 주인 찾아",
        date="2024-07-09", dateline="(광주=연합뉴스) 정다은 기자 = ", city="Gwangju", country="KR", region="asia", lang="ko",
        agency="Yonhap", authors=["정다은"], section="사회", meta_section="사회",
        url="https://www.mdilbo.example.com/detail/Xy3k9P/729451",
        description="광주시 재사용 나눔가게가 문을 연 지 1년 만에 2만여 점의 물품을 판매했다.",
        published="2024-07-09T10:21:00+09:00",
        byline_lines=["연합뉴스"], date_lines=["입력 2024.07.09. 10:21"],
        caption="광주 재사용 나눔가게 내부 모습.", credit="광주시", credit_shown="[광주시 제공. 재판매 및 DB 금지]",
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "광주 아파트 단지 투명 페트병 분리배출 확대")]},
        end_lines=["dain@yna.example.co.kr"],
        lists=[("많이 본 뉴스", ["광주 시내버스 노선 개편", "무등산 탐방로 일부 통제"])],
        paras=P("""
광주시가 운영하는 재사용 나눔가게가 문을 연 지 1년 만에 중고 가구와 가전제품 등 2만여 점이 새 주인을 찾은 것으로 나타났다.

광주시는 9일 북구 운암동에 있는 재사용 나눔가게에서 지난 1년 동안 모두 2만1천여 점의 물품이 판매되거나 무상으로 나눠졌다고 밝혔다.

나눔가게는 시민들이 버리려고 내놓은 대형 생활폐기물 가운데 쓸 만한 물건을 수거해 수리한 뒤 싼값에 판매하는 곳이다.

책상과 의자, 책장, 소형 냉장고, 선풍기, 유아용품 등이 가장 많이 팔렸으며 가격은 대부분 1만원에서 5만원 사이다.

수리는 지역 자활센터 참여자들이 맡고 있으며 목공과 가전 수리 교육을 받은 주민 12명이 일하고 있다.

판매 수익금은 저소득층 가정에 가구와 가전제품을 지원하는 데 쓰인다.

시는 나눔가게 덕분에 지난 1년 동안 약 300톤의 폐기물이 소각장과 매립장으로 가지 않았다고 설명했다.

이곳에서 식탁을 산 주부 김모 씨는 새 제품과 비교해도 상태가 좋고 가격은 5분의 1 수준이라 만족한다고 말했다.

광주시는 올해 하반기 남구와 광산구에도 나눔가게를 한 곳씩 추가로 열 계획이다.

시 관계자는 버리기 전에 한 번 더 쓰는 문화가 자리 잡도록 시민 참여를 늘려가겠다고 말했다.
"""),
        must_have=[
            "수리는 지역 자활센터 참여자들이 맡고 있으며 목공과 가전 수리 교육을 받은 주민 12명이 일하고 있다.",
            "시는 나눔가게 덕분에 지난 1년 동안 약 300톤의 폐기물이 소각장과 매립장으로 가지 않았다고 설명했다.",
        ]),
    # Republikein (gzipped, Afrikaans): NAMPA copy, 'KEETMANSHOOP – ' dateline, 'Nampa' byline line.
    rec(cluster="republikein-nampa-keetmanshoop-stortingsterrein", role="single", file="republikein_nampa_keetmanshoop_stortingsterrein_af.html.gz", render="html",
        site=SITE_RB, title="Keetmanshoop se stortingsterrein kry omheining en herwinningsentrum",
        date="2024-03-21", dateline="KEETMANSHOOP – ", city="Keetmanshoop", country="NA", region="africa", lang="af", agency="NAMPA",
        section="Streke", meta_section="Streke",
        url="https://www.republikein.example.com.na/nuus/keetmanshoop-se-stortingsterrein-kry-omheining-en-herwinningsentrum",
        description="Afvaloptellers sal voortaan by 'n herwinningsentrum werk.",
        published="2024-03-21T09:15:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Nampa"}],
        byline_lines=["Nampa"], date_lines=["21 Maart 2024 | 09:15"],
        caption="Die stortingsterrein aan die buitewyke van Keetmanshoop.", credit="NAMPA", credit_shown="FOTO: NAMPA",
        inserts={2: [("ad", "Advertensie")], 5: [("link", "LEES OOK:", "Lüderitz begin met skeiding van afval by huise")]},
        lists=[("Mees gelees", ["Reën verwag in die suide"])],
        newsletter_end=["Teken in op ons nuusbrief", "Kry die Republikein-nuus elke oggend in jou inboks"],
        paras=P("""
Die munisipaliteit van Keetmanshoop het begin om die dorp se stortingsterrein te omhein en 'n klein herwinningsentrum daar op te rig.

Die uitvoerende hoof van die munisipaliteit het Dinsdag gesê die projek sal help om die brande en die verspreiding van plastiek in die omliggende veld te stop.

Volgens hom het diere van nabygeleë plase al dikwels plastieksakke by die terrein gevreet.

Ongeveer 40 afvaloptellers wat elke dag op die terrein werk, sal by die herwinningsentrum geregistreer word en beskermende klere ontvang.

Hulle sal blikkies, glas, karton en plastiek sorteer en dit aan 'n herwinningsmaatskappy in Windhoek verkoop.

Een van die optellers, Maria Isaaks, het gesê sy het tien jaar lank tussen die vullis gewerk sonder handskoene of skoene wat haar voete beskerm.

Die projek word deur die ministerie van omgewing gefinansier en moet teen die einde van die jaar voltooi wees.

Inwoners word ook aangemoedig om hul afval by huis te skei voordat dit opgetel word.
"""),
        must_have=[
            "Volgens hom het diere van nabygeleë plase al dikwels plastieksakke by die terrein gevreet.",
            "Hulle sal blikkies, glas, karton en plastiek sorteer en dit aan 'n herwinningsmaatskappy in Windhoek verkoop.",
        ]),
    # Zviazda (Belarusian, Minsk): staff, tailor's workshop, byline with surname first.
    rec(cluster="zviazda-minsk-atelie-remont", role="single", file="zviazda_minsk_atelie_remont_be.html", render="html",
        site=SITE_ZV, title="Другое жыццё паліто: у мінскіх атэлье прыбавілася заказаў на рамонт адзення",
        date="2024-11-19", country="BY", region="europe", lang="be", authors=["Алена Шаўчук"],
        section="Грамадства", meta_section="Грамадства",
        url="https://zviazda.example.by/be/news/20241119/drugoe-zhyccyo-palito",
        description="Кравецкія майстэрні кажуць, што людзі часцей рамантуюць адзенне, чым купляюць новае.",
        published="2024-11-19T08:30:00+03:00",
        byline_lines=["Алена Шаўчук"], date_lines=["19 лістапада 2024"],
        caption="Краўчыха Ірына Мароз за працай.", credit="Аляксандр Кушнер", credit_shown="Фота: Аляксандр Кушнер",
        inserts={2: [("ad", "Рэклама")], 5: [("link", "Чытайце таксама:", "Дзе ў Мінску можна здаць старое адзенне")]},
        lists=[("Апошнія навіны", ["Надвор'е на тыдзень", "У Гродне адкрыўся новы рынак"])],
        newsletter_end=["Падпісвайцеся на наш канал у Telegram"],
        paras=P("""
У мінскіх атэлье і майстэрнях па рамонце адзення гэтай восенню прыкметна прыбавілася заказаў, распавялі іх уладальнікі.

Людзі часцей прыносяць зімовыя паліто, пухавікі і джынсы, каб замяніць замок, падшыць рукавы або залатаць дзірку.

Краўчыха Ірына Мароз, якая больш за дваццаць гадоў працуе ў невялікім атэлье на вуліцы Кальварыйскай, кажа, што чарга на рамонт цяпер расцягваецца на тыдзень.

Па яе словах, замена замка ў куртцы каштуе значна танней, чым новая рэч, і многія кліенты гэта добра разумеюць.

У майстэрні таксама перашываюць адзенне, якое засталося ад бацькоў, і падганяюць рэчы, купленыя ў сэканд-хэндах.

Моладзь, паводле назіранняў майстроў, усё часцей просіць пашыць торбу або фартух са старых джынсаў.

Уладальнікі атэлье скардзяцца толькі на тое, што ім не хапае маладых краўцоў.

У адным з каледжаў сталіцы сёлета набралі дадатковую групу па спецыяльнасці швачка.

Майстры раяць не выкідаць рэчы з дробнымі пашкоджаннямі, бо многае можна выправіць за некалькі хвілін і за невялікія грошы. Некаторыя атэлье таксама прымаюць старое адзенне, каб выкарыстаць тканіну для латак і рамонту іншых рэчаў.
"""),
        must_have=[
            "Па яе словах, замена замка ў куртцы каштуе значна танней, чым новая рэч, і многія кліенты гэта добра разумеюць.",
            "У майстэрні таксама перашываюць адзенне, якое засталося ад бацькоў, і падганяюць рэчы, купленыя ў сэканд-хэндах.",
        ]),
    # Nuestro Diario (Guatemala): staff, landfill of zona 3, 'Por NAME' and 'Redacción' role line.
    rec(cluster="nuestrodiario-zona3-relleno", role="single", file="nuestrodiario_zona3_relleno_es.html", render="html",
        site=SITE_ND, title="Guajeros del relleno de la zona 3 piden guardería y agua potable",
        date="2024-05-27", country="GT", region="americas", lang="es", authors=["Wendy Ajú"],
        section="Nacionales", meta_section="Nacionales",
        url="https://www.nuestrodiario.example.com.gt/nacionales/guajeros-del-relleno-de-la-zona-3-piden-guarderia/",
        description="Unas 1,500 personas trabajan a diario en el vertedero de la capital.",
        published="2024-05-27T18:45:00-06:00",
        byline_lines=["Por Wendy Ajú", "Periodista de Nuestro Diario"], date_lines=["27 de mayo de 2024, 18:45"],
        caption="Trabajadores clasifican material en el relleno de la zona 3.", credit="Carlos Xitumul", credit_shown="(Foto Nuestro Diario: Carlos Xitumul)",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Lea además:", "Municipalidad amplía horario de recolección en Mixco")]},
        lists=[("Lo más visto", ["Tránsito en la Roosevelt", "Pronóstico de lluvias"])],
        paras=P("""
Unas 1,500 personas que clasifican basura en el relleno sanitario de la zona 3 de la capital pidieron a las autoridades una guardería para sus hijos y acceso a agua potable.

Los trabajadores, conocidos como guajeros, recuperan plástico, cartón, vidrio y metal que luego venden a intermediarios en las colonias cercanas.

Muchos de ellos llegan al vertedero antes del amanecer y trabajan hasta diez horas bajo el sol o la lluvia.

La representante de una asociación de recicladores, Lucía Coc, explicó que varias madres deben llevar a sus hijos pequeños al relleno porque no tienen con quién dejarlos.

También solicitaron que se instalen puntos de agua y sanitarios, ya que actualmente deben comprar agua en bolsa a vendedores ambulantes.

La Municipalidad de Guatemala informó que estudia la propuesta y que ya entrega guantes y mascarillas a los recicladores registrados.

El vertedero recibe cada día miles de toneladas de desechos de la capital y de municipios vecinos.

Los recicladores aseguran que su trabajo evita que grandes cantidades de material reutilizable terminen enterradas.
"""),
        must_have=[
            "Los trabajadores, conocidos como guajeros, recuperan plástico, cartón, vidrio y metal que luego venden a intermediarios en las colonias cercanas.",
            "También solicitaron que se instalen puntos de agua y sanitarios, ya que actualmente deben comprar agua en bolsa a vendedores ambulantes.",
        ]),
    # Radio Mitre (Buenos Aires): staff, second-hand market in Parque Centenario, desk byline.
    rec(cluster="radiomitre-feria-usados-centenario", role="single", file="radiomitre_feria_usados_centenario_es.html", render="html",
        site=SITE_RM, title="Furor por las ferias de ropa usada: en Parque Centenario ya hay lista de espera para puestos",
        date="2024-04-13", country="AR", region="americas", lang="es",
        section="Sociedad", meta_section="Sociedad",
        url="https://radiomitre.example.com.ar/sociedad/furor-ferias-ropa-usada-parque-centenario-n123456",
        description="La crisis empuja a más porteños a comprar y vender ropa de segunda mano.",
        published="2024-04-13T11:02:00-03:00",
        ld_author=[{"@type": "Organization", "name": "Redacción Mitre"}],
        byline_lines=["Redacción Mitre"], date_lines=["13 de abril de 2024 · 11:02"],
        inserts={2: [("ad", "Publicidad")], 5: [("box", "Te puede interesar", ["Cómo reparar zapatillas en casa", "Aumentan los talleres de costura barrial"])]},
        lists=[("Lo más leído", ["Cronograma de pagos de abril", "Cortes de tránsito este fin de semana"])],
        paras=P("""
Las ferias de ropa usada se multiplican en la ciudad de Buenos Aires y en la de Parque Centenario ya hay una lista de espera de más de doscientas personas que quieren un puesto.

La feria funciona los sábados y domingos sobre la avenida Leopoldo Marechal y reúne a vendedores que ofrecen abrigos, zapatillas, carteras y ropa de chicos.

Según los organizadores, la mayoría de los nuevos feriantes son vecinos que venden lo que ya no usan para completar sus ingresos.

Los precios van desde mil pesos por una remera hasta treinta mil pesos por una campera de invierno en buen estado.

La vendedora Rocío Fernández contó que empezó con una manta en el piso y ahora tiene un perchero y clientes fijos.

Algunos puestos ofrecen además arreglos rápidos, como cambio de cierres y botones, con máquinas de coser a pedal.

Desde el gobierno porteño indicaron que trabajan en un registro de feriantes para ordenar el espacio.

Los especialistas señalan que la compra de ropa usada también reduce la cantidad de textiles que terminan en los rellenos del CEAMSE.
"""),
        must_have=[
            "Los precios van desde mil pesos por una remera hasta treinta mil pesos por una campera de invierno en buen estado.",
            "Algunos puestos ofrecen además arreglos rápidos, como cambio de cierres y botones, con máquinas de coser a pedal.",
        ]),
    # Raajje (Malé, English edition): staff, Thilafushi and phone repair, 'Updated' line first.
    rec(cluster="raajje-male-phone-repair-ewaste", role="single", file="raajje_male_phone_repair_ewaste.html", render="html",
        site=SITE_RJ, title="Malé phone repair shops to hand batteries to new e-waste collection point",
        date="2024-09-25", country="MV", region="asia", lang="en", authors=["Aishath Shaffa"],
        section="News", meta_section="News",
        url="https://raajje.example.mv/en/156782",
        description="WAMCO will collect batteries and broken screens from repair shops every week.",
        published="2024-09-25T14:30:00+05:00", modified="2024-09-26T09:10:00+05:00",
        byline_lines=["Aishath Shaffa"], date_lines=["Updated 26 September 2024, 09:10", "25 September 2024, 14:30"],
        caption="A technician replaces a phone screen in a shop on Majeedhee Magu.", credit="Raajje.mv", credit_shown="Photo: Raajje.mv",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Also read:", "Thilafushi fire: smoke reaches Villimalé")]},
        lists=[("Trending", ["Hulhumalé ferry schedule changes", "Fuel prices unchanged"])],
        paras=P("""
Phone and laptop repair shops in Malé will be able to hand over old batteries and broken screens at a new e-waste collection point opened by the Waste Management Corporation.

The collection point at the corporation's yard near the harbour will accept electronic waste from businesses every Tuesday and Saturday.

Hundreds of small repair shops operate in the capital, and many have been storing damaged parts in their back rooms because there was nowhere safe to send them.

The corporation said lithium batteries would be packed separately and shipped abroad for recycling, while other parts would be sent to Thilafushi for sorting.

Repair technician Ibrahim Naseer, who runs a shop on Majeedhee Magu, said he had more than 200 swollen batteries in boxes under his counter.

Environmental groups have warned that batteries thrown in household rubbish can catch fire in garbage trucks and at the Thilafushi site.

Shops that register with the corporation will be given fireproof containers for batteries.

The corporation plans to open a similar point for households in Hulhumalé next year.
"""),
        must_have=[
            "The collection point at the corporation's yard near the harbour will accept electronic waste from businesses every Tuesday and Saturday.",
            "Shops that register with the corporation will be given fireproof containers for batteries.",
        ]),
    # Tropic Now (Cairns): staff, tip shop, 'By' absent, role line and cookie banner.
    rec(cluster="tropicnow-cairns-tip-shop", role="single", file="tropicnow_cairns_tip_shop.html", render="html",
        site=SITE_TN, title="Cairns tip shop sales climb as residents hunt for bargains in the salvage yard",
        date="2024-08-02", country="AU", region="oceania", lang="en", authors=["Isabella Moretti"],
        section="Environment", meta_section="Environment",
        url="https://www.tropicnow.example.com.au/2024/08/02/cairns-tip-shop-sales-climb/",
        description="The Portsmith tip shop sold more than 40,000 items last financial year.",
        published="2024-08-02T06:00:00+10:00",
        byline_lines=["Isabella Moretti", "Journalist"], date_lines=["2 August 2024"],
        caption="Bargain hunters at the Portsmith tip shop.", credit="Tropic Now", credit_shown="Image: Tropic Now",
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Get the news that matters to Far North Queensland", "Free every weekday morning", "Subscribe now"])]},
        author_box=["Isabella Moretti covers environment and council for Tropic Now."],
        paras=P("""
Sales at the Cairns tip shop have climbed by almost a third in a year as residents look for cheap furniture, tools and building materials.

The shop at the Portsmith waste transfer station sold more than 40,000 items in the last financial year, according to Cairns Regional Council figures.

Popular items include timber, doors, garden pots, bicycles and outdoor chairs, many of which are dropped off in good condition.

Staff check electrical goods before they go on sale, and items that fail the test are sent for recycling.

Council waste manager Andrew Pratt said every item sold was one less item going to landfill.

Renovator Sam Whitford said he had furnished most of his Edge Hill rental with finds from the shop.

The council is considering longer opening hours on weekends and a separate area for building materials.

Residents can drop off reusable goods for free at the transfer station gate.
"""),
        must_have=[
            "Popular items include timber, doors, garden pots, bicycles and outdoor chairs, many of which are dropped off in good condition.",
            "Staff check electrical goods before they go on sale, and items that fail the test are sent for recycling.",
        ]),
]


# ---- news-please and trafilatura records ---------------------------------------------

JSON_STORIES = [
    # news-please, Vesti.kg (Russian, Bishkek): Kabar copy, 'Бишкек, 12 февраля / Кабар /.' dateline.
    rec(cluster="vestikg-kabar-bishkek-sortirovka", role="single", file="newsplease_vestikg_kabar_bishkek_sortirovka_ru.json",
        render="newsplease", title="В Бишкеке начали устанавливать контейнеры для раздельного сбора пластика и стекла",
        date="2025-02-12", dateline="Бишкек, 12 февраля / Кабар /. ", city="Bishkek", country="KG", region="asia", lang="ru", agency="Kabar",
        url="https://vesti.example.kg/obshestvo/2025/02/12/v-bishkeke-nachali-ustanavlivat-kontejnery",
        source_domain="vesti.example.kg",
        description="Первые 200 контейнеров появятся в жилых массивах столицы.",
        np_authors=["Кабар"], np_publish="2025-02-12 15:40:00", np_download="2025-02-12 19:03:51",
        head_lines=["Vesti.kg", "Общество", "12 февраля 2025, 15:40", "Просмотров: 1 384"],
        inserts={2: ["Реклама"], 5: ["Читайте также: Мэрия объявила субботник в парке Ата-Тюрк"]},
        tail_lines=["Источник: Кабар", "Поделиться", "WhatsApp", "Telegram", "Новости по теме", "Нашли ошибку? Выделите текст и нажмите Ctrl+Enter",
                    "Подписывайтесь на наш канал в Telegram", "Полное или частичное копирование материалов запрещено", "\u00a9 Vesti.kg, 2025"],
        paras=P("""
Мэрия Бишкека начала устанавливать в жилых массивах столицы контейнеры для раздельного сбора пластика и стекла, сообщили в муниципальном предприятии «Тазалык».

В первую очередь двести контейнеров желтого и зеленого цвета появятся в микрорайонах Джал, Асанбай и Восток-5.

По данным предприятия, пластик и стекло составляют почти треть всех бытовых отходов, которые вывозятся на городскую свалку.

Собранное сырье будут передавать местным перерабатывающим компаниям, которые производят из него тротуарную плитку и упаковку.

Жителям напоминают, что бутылки перед выбросом нужно освобождать от остатков напитков и по возможности сминать.

Житель Асанбая Айбек Токтосунов рассказал, что раньше сдавал бутылки сборщикам вторсырья, которые приезжали во двор раз в неделю.

В мэрии отмечают, что новая площадка по сортировке отходов на свалке должна заработать до конца года.

Если эксперимент окажется успешным, контейнеры установят во всех районах столицы.

Специалисты предприятия также планируют провести встречи с жителями и рассказать, какие виды пластика принимаются для переработки, а какие пока нет. Кроме того, в школах города пройдут уроки о сортировке мусора.
"""),
        must_have=[
            "По данным предприятия, пластик и стекло составляют почти треть всех бытовых отходов, которые вывозятся на городскую свалку.",
            "Собранное сырье будут передавать местным перерабатывающим компаниям, которые производят из него тротуарную плитку и упаковку.",
        ]),
    # news-please, Sundiata Post (Abuja): staff, phone repairers at Wuse market, 'By NAME, Abuja' byline.
    rec(cluster="sundiatapost-abuja-phone-repairers", role="single", file="newsplease_sundiatapost_abuja_phone_repairers.json",
        render="newsplease", title="Abuja phone repairers battle fake parts, rising rent at Wuse market",
        date="2024-10-02", country="NG", region="africa", lang="en", authors=["Chinedu Okafor"],
        url="https://sundiatapost.example.com/2024/10/02/abuja-phone-repairers-battle-fake-parts-rising-rent/",
        source_domain="sundiatapost.example.com",
        description="Technicians say customers now repair old phones rather than buy new ones.",
        np_authors=["Chinedu Okafor"], np_publish="2024-10-02 07:45:00", np_download="2024-10-02 11:20:44",
        head_lines=["Sundiata Post", "By Chinedu Okafor, Abuja", "October 2, 2024", "3 min read"],
        inserts={2: ["Advertisement"], 5: ["ALSO READ: FCTA begins clearing of illegal dumpsites in Kubwa"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "Like this:", "Related", "Leave a Reply Cancel reply",
                    "Follow Sundiata Post on Google News", "Join our WhatsApp channel", "\u00a9 2024 Sundiata Post"],
        paras=P("""
Phone repairers at the Wuse market in Abuja say business has grown as more residents fix their old phones instead of buying new ones, but fake parts and rising shop rents are eating into their earnings.

More than 300 technicians work in the market's phone section, replacing screens, charging ports, batteries and speakers.

The chairman of the repairers' association, Mr Ifeanyi Eze, said the cost of a new smartphone had more than doubled since last year.

He said many customers now came with phones that were five or six years old and asked for them to be fixed at any cost.

However, he said fake screens and batteries imported through Lagos were flooding the market and damaging the reputation of honest technicians.

The association has begun marking genuine parts with stickers and keeping a list of trusted suppliers.

Repairer Hauwa Bello, one of the few women in the section, said she trained for two years before opening her own stall.

The technicians also want the market management to provide a safe place to store used batteries, which are now often thrown into open drains.
"""),
        must_have=[
            "He said many customers now came with phones that were five or six years old and asked for them to be fixed at any cost.",
            "The association has begun marking genuine parts with stickers and keeping a list of trusted suppliers.",
        ]),
    # news-please, Mississippi Today (Jackson): staff, glass recycling, author with role in the text.
    rec(cluster="mississippitoday-jackson-glass-recycling", role="single", file="newsplease_mississippitoday_jackson_glass.json",
        render="newsplease", title="Jackson volunteers bring back glass recycling, one truckload at a time",
        date="2024-01-30", country="US", region="americas", lang="en", authors=["Marcus Whitfield"],
        url="https://mississippitoday.example.org/2024/01/30/jackson-glass-recycling-volunteers/",
        source_domain="mississippitoday.example.org",
        description="A volunteer group has crushed 60 tons of glass since the city stopped collecting it.",
        np_authors=["Marcus Whitfield"], np_publish="2024-01-30 05:00:00", np_download="2024-01-30 13:12:09",
        head_lines=["Mississippi Today", "Marcus Whitfield", "Environment Reporter", "January 30, 2024"],
        inserts={3: ["Sign up for our newsletter"], 6: ["Support our nonprofit newsroom"]},
        tail_lines=["Marcus Whitfield covers environment and energy for Mississippi Today. Reach him at mwhitfield@example.org.",
                    "Republish this article", "Share", "Email", "More in Environment", "Related", "Donate today", "Mississippi Today is a nonprofit newsroom.",
                    "\u00a9 2024 Nonprofit Mississippi News. Proudly powered by Newspack."],
        paras=P("""
On the first Saturday of every month, a line of cars forms outside a warehouse in the Fondren neighborhood as Jackson residents drop off bags of glass bottles and jars.

The volunteer group running the drop-off started in 2022, after the city's curbside program stopped accepting glass.

Since then, volunteers have collected and crushed about 60 tons of glass with a machine bought with a small foundation grant.

The crushed glass is sold as sand to landscapers and used in a community garden in west Jackson.

Organizer Tasha Greene said many residents had kept bottles in their garages for months, waiting for somewhere to take them.

Volunteers sort glass by color on folding tables and remove lids, corks and labels before feeding it into the crusher.

The group hopes to add a second site in south Jackson and has asked the city council for help finding space.

Residents can find drop-off dates on the group's social media pages.
"""),
        must_have=[
            "Since then, volunteers have collected and crushed about 60 tons of glass with a machine bought with a small foundation grant.",
            "Volunteers sort glass by color on folding tables and remove lids, corks and labels before feeding it into the crusher.",
        ]),
    # trafilatura, Sri Lanka Mirror (Colombo): staff, Pettah second-hand bicycle market.
    rec(cluster="srilankamirror-pettah-bicycle-repair", role="single", file="trafilatura_srilankamirror_pettah_bicycles.json",
        render="trafilatura", title="Bicycle repair shops in Pettah busy as commuters switch to two wheels",
        date="2023-06-14", country="LK", region="asia", lang="en", authors=["Dilini Perera"],
        section="Local", categories="Local;Business",
        url="https://www.srilankamirror.example.com/news/bicycle-repair-shops-in-pettah-busy",
        hostname="srilankamirror.example.com", source_hostname="Sri Lanka Mirror",
        tf_author="Dilini Perera", tf_date="2023-06-14", tf_language="en",
        description="Second-hand bicycles and spare parts are in demand.",
        head_lines=["Sri Lanka Mirror", "Local", "By Dilini Perera", "14 June 2023 10:05 am"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Colombo municipal council to sort waste at Kerawalapitiya"]},
        tail_lines=["Share", "Facebook", "X", "WhatsApp", "Follow Sri Lanka Mirror on WhatsApp", "Breaking News", "Trending", "Most Viewed",
                    "Latest News", "Copyright \u00a9 2023 Sri Lanka Mirror. All Rights Reserved."],
        paras=P("""
Bicycle repair shops and second-hand bicycle sellers in Pettah say demand has risen sharply as fuel costs push more workers to cycle to their jobs in Colombo.

Shop owners on Norris Canal Road said they now repaired up to 40 bicycles a day, compared with fewer than ten two years ago.

Old bicycles brought from villages are stripped, repainted and fitted with new tyres and brakes before being sold again.

A refurbished bicycle sells for between Rs. 18,000 and Rs. 35,000, far less than the price of a new imported model.

Mechanic Ruwan Jayasinghe said spare parts such as chains and tubes had become more expensive, but customers still preferred repairs.

Many of the buyers are factory workers, security guards and delivery riders who travel from Kelaniya and Wattala.

Traders said the city should create safe cycle lanes and parking near the main bus and railway stations.

Some shops also buy broken bicycles and sell the metal parts to scrap dealers.
"""),
        must_have=[
            "Old bicycles brought from villages are stripped, repainted and fitted with new tyres and brakes before being sold again.",
            "Traders said the city should create safe cycle lanes and parking near the main bus and railway stations.",
        ]),
    # trafilatura, Politico SL (Freetown): staff, Kingtom dumpsite, byline with role.
    rec(cluster="politicosl-kingtom-dumpsite", role="single", file="trafilatura_politicosl_kingtom_dumpsite.json",
        render="trafilatura", title="Kingtom dumpsite scavengers form association as Freetown plans closure",
        date="2024-12-11", country="SL", region="africa", lang="en", authors=["Fatmata Kamara"],
        section="News", categories="News;Environment",
        url="https://www.politicosl.example.com/articles/kingtom-dumpsite-scavengers-form-association",
        hostname="politicosl.example.com", source_hostname="Politico SL",
        tf_author="Fatmata Kamara", tf_date="2024-12-11", tf_language="en",
        description="About 600 people make a living from the dumpsite.",
        head_lines=["Politico SL", "By Fatmata Kamara", "Politico Staff Writer", "Wednesday, 11 December 2024"],
        inserts={2: ["Advertisement"], 5: ["Related: Freetown launches weekly waste collection in Kissy"]},
        tail_lines=["Share on Facebook", "Share on WhatsApp", "Tags: Environment, Freetown", "You may also like",
                    "Please support independent journalism", "Leave a comment", "Latest Posts", "Follow Politico SL on Facebook", "Copyright \u00a9 2024 Politico SL"],
        paras=P("""
Scavengers who make a living at the Kingtom dumpsite in Freetown have formed an association to speak for them as the city council prepares to close the site.

About 600 men, women and children collect scrap metal, plastic and bottles at the dumpsite, which sits close to the sea in the west of the city.

The association's secretary, Mohamed Sesay, said members were not against the closure but wanted to be part of any new recycling plans.

He said many scavengers had worked at Kingtom for more than 15 years and had no other skills.

The council has said it wants to move waste to a new engineered landfill outside the city and build sorting centres in the east and west.

A council official said registered scavengers could be hired to work at the new sorting centres.

Residents of nearby communities complain of smoke from fires at the dumpsite, especially during the dry season.

The association plans to register its members and open a bank account for savings.
"""),
        must_have=[
            "He said many scavengers had worked at Kingtom for more than 15 years and had no other skills.",
            "A council official said registered scavengers could be hired to work at the new sorting centres.",
        ]),
    # trafilatura, Santa Cruz Sentinel (California): staff, tool library and repair cafe, 'By X and Y'.
    rec(cluster="santacruzsentinel-tool-library", role="single", file="trafilatura_santacruzsentinel_tool_library.json",
        render="trafilatura", title="Santa Cruz tool library adds monthly fix-it clinic",
        date="2025-04-17", country="US", region="americas", lang="en", authors=["Jordan Reyes", "Hannah Lindqvist"],
        section="Local News", categories="Local News;Environment",
        url="https://www.santacruzsentinel.example.com/2025/04/17/santa-cruz-tool-library-adds-monthly-fix-it-clinic/",
        hostname="santacruzsentinel.example.com", source_hostname="Santa Cruz Sentinel",
        tf_author="Jordan Reyes; Hannah Lindqvist", tf_date="2025-04-17", tf_language="en",
        description="Volunteers will fix small appliances, clothing and bikes for free.",
        head_lines=["Santa Cruz Sentinel", "By Jordan Reyes and Hannah Lindqvist", "PUBLISHED: April 17, 2025 at 4:12 PM PDT"],
        inserts={2: ["Advertisement"], 5: ["Related Articles"]},
        tail_lines=["Jordan Reyes | Reporter", "Hannah Lindqvist | Correspondent", "Get Morning Report and other email newsletters",
                    "More in Local News", "Share this:", "Email", "Report an error", "Trending Nationally", "Subscribe for $1", "\u00a9 2025 MediaNews Group"],
        paras=P("""
The Santa Cruz tool library will host a free fix-it clinic on the third Saturday of every month, starting this weekend.

Volunteers will repair small appliances, lamps, clothing, bicycles and garden tools, and show residents how to do simple repairs themselves.

The library, which lends drills, ladders and sewing machines to members, has more than 1,800 registered borrowers.

Coordinator Elena Marsh said members kept asking for help with things that broke, so adding a repair day made sense.

The clinic will be held in the library's space on Soquel Avenue from 10 a.m. to 2 p.m.

Visitors are asked to bring one item each and to know, if possible, what is wrong with it.

County recycling staff said repair events help reduce the amount of bulky waste taken to the Buena Vista landfill.

Volunteers with electronics or sewing experience can sign up on the library's website.

The library also plans to lend out repair kits with basic tools and spare parts later this year.
"""),
        must_have=[
            "The library, which lends drills, ladders and sewing machines to members, has more than 1,800 registered borrowers.",
            "Visitors are asked to bring one item each and to know, if possible, what is wrong with it.",
        ]),
]


# ---- JSONL batches ---------------------------------------------------------------------

SITE_TN8 = site("TN8", "https://www.tn8.example.tv", " - TN8", "es_NI", "@TN8tv",
                ["Nacionales", "Departamentales", "Deportes", "Internacionales", "Farándula", "En vivo"],
                ["\u00a9 2025 TN8. Todos los derechos reservados.", "Contacto", "Políticas de privacidad"],
                share=["Compartir", "Facebook", "WhatsApp"])

JSONL_STORIES = [
    # newsbeam text shape: the MTI story on Vas Népe (syndicated member of the MTI cluster).
    dict(MTI, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.vaol.example.hu/helyi-kozelet/2024/10/havonta-nyit-javitokavezot-a-konyvtar",
         nb_published="2024-10-14T12:58:00Z", outlet="Vas Népe", nb_authors=["MTI"],
         head_lines=["Vas Népe", "Helyi közélet", "2024.10.14. 14:58", "MTI"],
         tail_lines=["Szerző: Horváth Eszter", "Szerkesztő: Kovács Bence", "Forrás: MTI", "Megosztás", "Facebook",
                     "Kapcsolódó cikkek", "Legfrissebb hírek", "Iratkozzon fel hírlevelünkre!", "Legolvasottabb", "Kövessen minket a Facebookon!", "Mediaworks Hungary Zrt. \u00a9 2024"]),
    # news-please shape: the Tanjug story on Srbija Danas (syndicated member of the Tanjug cluster).
    dict(TAN, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.srbijadanas.example.com/vesti/drustvo/cacak-novo-reciklazno-dvoriste-2025-03-06",
         source_domain="www.srbijadanas.example.com",
         np_authors=["Tanjug"], np_publish="2025-03-06 13:25:00", np_download="2025-03-06 18:44:02",
         head_lines=["Србија Данас", "Друштво", "06.03.2025. 13:25", "Танјуг"],
         tail_lines=["Аутор: Милица Јовановић", "Извор: Танјуг", "Подели", "Facebook", "Viber", "Тагови: Чачак, рециклажа",
                     "Повезане вести", "Најновије", "Преузмите нашу апликацију", "Коментари", "Пратите нас на Telegram-у", "\u00a9 Srbija Danas 2025"]),
    # newsbeam html shape: TN8 (Managua): staff, tire recycling workshop, desk byline.
    rec(cluster="tn8-managua-llantas-recicladas", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_TN8, title="Taller en Managua convierte llantas usadas en macetas y muebles",
        date="2025-05-20", country="NI", region="americas", lang="es",
        section="Nacionales", meta_section="Nacionales",
        url="https://www.tn8.example.tv/nacionales/taller-en-managua-convierte-llantas-usadas-en-macetas-y-muebles/",
        description="Una familia del barrio Monseñor Lezcano recicla cientos de llantas al mes.",
        published="2025-05-20T15:30:00-06:00",
        ld_author=[{"@type": "Organization", "name": "Redacción TN8"}],
        byline_lines=["Redacción TN8"], date_lines=["20 mayo, 2025"],
        caption="Macetas hechas con llantas recicladas.", credit="TN8", credit_shown="Foto: TN8",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Te puede interesar:", "Feria de emprendedores en el Puerto Salvador Allende")]},
        lists=[("Últimas noticias", ["Clima para este fin de semana", "Nuevas rutas de buses en Managua"])],
        nb_published="2025-05-20T21:30:00Z", outlet="TN8", nb_authors=[],
        paras=P("""
Una familia del barrio Monseñor Lezcano, en Managua, convierte cada mes cientos de llantas usadas en macetas, columpios, sillas y mesas para patios.

Las llantas las consiguen en vulcanizadoras y talleres mecánicos de la capital, donde antes se acumulaban o terminaban quemadas en predios baldíos.

Don Julio Téllez, quien inició el taller hace ocho años, explicó que cada llanta se lava, se corta y se pinta con colores llamativos.

Una maceta pequeña cuesta alrededor de doscientos córdobas, mientras que un juego de sillas y mesa puede superar los dos mil córdobas.

En el taller trabajan cinco miembros de la familia y dos jóvenes del barrio que aprendieron el oficio.

Los clientes son sobre todo dueños de viveros, escuelas y restaurantes que buscan decorar sus espacios al aire libre.

Téllez asegura que el trabajo también ayuda a evitar criaderos de zancudos, porque las llantas abandonadas acumulan agua en invierno.

La familia espera participar en las próximas ferias de emprendimiento para dar a conocer sus productos.
"""),
        must_have=[
            "Las llantas las consiguen en vulcanizadoras y talleres mecánicos de la capital, donde antes se acumulaban o terminaban quemadas en predios baldíos.",
            "Una maceta pequeña cuesta alrededor de doscientos córdobas, mientras que un juego de sillas y mesa puede superar los dos mil córdobas.",
        ]),
    # trafilatura shape: the PNA story on Philippine Daily Mirror (syndicated member of the PNA cluster).
    dict(PNA, role="syndicated", file=JSONL_B, render="trafilatura", section="Regions",
         url="https://philippinedailymirror.example.com/2024/06/19/iloilo-city-waste-pickers-form-cooperative/",
         hostname="philippinedailymirror.example.com", source_hostname="Philippine Daily Mirror",
         tf_author="Gerlie Ann Salvador", tf_date="2024-06-19", tf_language="en", categories="Regions;Visayas",
         head_lines=["Philippine Daily Mirror", "June 19, 2024", "By Gerlie Ann Salvador / PNA"],
         inserts={2: ["Advertisement"]},
         tail_lines=["(PNA)", "Editor: Lade Jean Kabagani", "Share", "Facebook", "X", "Related posts", "Follow us on Facebook", "Trending", "Subscribe to our newsletter",
                     "Latest", "Copyright \u00a9 2024 Philippine Daily Mirror"]),
    # news-please shape: Mareeg (Mogadishu): staff, second-hand clothes market, 'Written by' line.
    rec(cluster="mareeg-mogadishu-bakara-clothes", role="single", file=JSONL_B, render="newsplease",
        title="Mogadishu second-hand clothes traders say bales are pricier but demand keeps rising",
        date="2024-02-26", country="SO", region="africa", lang="en", authors=["Abdirahman Hassan"],
        url="https://www.mareeg.example.com/mogadishu-second-hand-clothes-traders-say-bales-are-pricier/",
        source_domain="www.mareeg.example.com",
        description="Traders at Bakara market say second-hand clothes remain cheaper than new ones.",
        np_authors=["Abdirahman Hassan"], np_publish="2024-02-26 09:10:00", np_download="2024-02-27 04:33:18",
        head_lines=["Mareeg", "Written by Abdirahman Hassan", "February 26, 2024"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Share", "Facebook", "X", "WhatsApp", "Previous article", "Next article", "Related Posts",
                    "Comments are closed.", "Follow Mareeg on X", "Latest News", "Most Popular", "\u00a9 2024 Mareeg Media"],
        paras=P("""
Traders selling second-hand clothes at Bakara market in Mogadishu say the bales they import have become more expensive this year, but customers keep coming.

The bales, mostly from Europe and the United States, arrive at the port of Mogadishu and are opened in small shops and stalls across the market.

A 45-kilogram bale of mixed clothes now costs between 120 and 200 dollars, depending on the quality, traders said.

Trader Halima Warsame said she opens a new bale every two days and sells the best jackets and shirts in the first hours.

Clothes that cannot be sold are given to tailors who cut them into rags, cushions and children's clothes.

Many families rely on the market because new clothes from shops in the city are several times more expensive.

Tailors in the market also offer quick repairs, shortening trousers and replacing buttons while customers wait.

Traders called on the authorities to reduce port charges so that prices can fall before Eid.
"""),
        must_have=[
            "Clothes that cannot be sold are given to tailors who cut them into rags, cushions and children's clothes.",
            "Tailors in the market also offer quick repairs, shortening trousers and replacing buttons while customers wait.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-seventh held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Nyugat.hu '2024. október 14. hétfő, 13:42' and the Vas Népe copy "
    "'2024.10.14. 14:58' (crawler stamp 12:58Z = 14:58 CEST; MTI dateline '2024. október 14.'); Ozon Press '06. март 2025.' and the "
    "Srbija Danas copy '06.03.2025.' (day first); Watchmen Daily Journal and the Philippine Daily Mirror copy 'June 19, 2024'; Newcastle "
    "Weekly 'November 28, 2024' (both copies); Ringerikes Blad 'Publisert 22.01.2025' (not 'Oppdatert'); Mosaique FM '08 ماي 2024' "
    "(Maghreb month name); Setareh Sobh '۱۲ آذر ۱۴۰۳' (Solar Hijri in Persian digits, = 2 December 2024); Pudhari '11 ऑगस्ट 2024'; "
    "Shields Gazette 'Published 9th Feb 2024' (not 'Updated'); Unicanal '3 de septiembre de 2024'; Namib Times '16 April 2024'; Pulse "
    "Tasmania '24 June 2025' (the '2 hours ago' line is relative and chrome); Northumberland Gazette 'Published 5th Oct 2023'; Mudeung "
    "Ilbo '입력 2024.07.09.'; Republikein '21 Maart 2024'; Zviazda '19 лістапада 2024'; Nuestro Diario '27 de mayo de 2024' (Guatemala "
    "time); Radio Mitre '13 de abril de 2024'; Raajje '25 September 2024' (the 'Updated 26 September' line is printed first but is the "
    "modification date); Tropic Now '2 August 2024'; Vesti.kg '12 февраля 2025'; Sundiata Post 'October 2, 2024'; Mississippi Today "
    "'January 30, 2024'; Sri Lanka Mirror '14 June 2023'; Politico SL 'Wednesday, 11 December 2024'; Santa Cruz Sentinel 'April 17, "
    "2025 at 4:12 PM PDT'; TN8 '20 mayo, 2025' (newsbeam stamp 21:30Z is 15:30 in Managua the same day); Mareeg 'February 26, 2024'",
    "dateline_city": "'Szombathely, 2024. október 14., hétfő (MTI) - ' -> 'Szombathely' (both MTI copies); 'ЧАЧАК, 6. марта 2025. "
    "(Танјуг) - ' -> 'Čačak' (both Tanjug copies); 'ILOILO CITY – ' -> 'Iloilo' (GeoNames main name; both PNA copies); 'قابس (وات) - ' "
    "-> 'Gabès'; 'Ciudad del Este, IP.- ' -> 'Ciudad del Este'; '(광주=연합뉴스) 정다은 기자 = ' -> 'Gwangju'; 'KEETMANSHOOP – ' -> "
    "'Keetmanshoop'; 'Бишкек, 12 февраля / Кабар /. ' -> 'Bishkek'. The NTB story on Ringerikes Blad has no dateline; all staff "
    "stories have none and take the country of the story's location",
    "country": "Szombathely HU; Čačak RS; Iloilo PH; Hamilton, Newcastle AU (oceania; both Newcastle Weekly copies); Norway NO "
    "(national deposit figures); Gabès TN (africa); Tehran IR; Kolhapur IN; South Shields GB; Ciudad del Este PY; Walvis Bay NA; "
    "Tasmania AU; Alnwick GB; Gwangju KR; Keetmanshoop NA; Minsk BY (europe); Guatemala City GT; Buenos Aires AR; Malé MV (asia); "
    "Cairns AU; Bishkek KG (asia); Abuja NG; Jackson, Mississippi US; Colombo LK; Freetown SL; Santa Cruz, California US; Managua NI; "
    "Mogadishu SO",
    "agency": "Nyugat.hu and Vas Népe carry MTI ('(MTI)' dateline, 'Forrás: MTI'); Ozon Press and Srbija Danas carry Tanjug "
    "('(Танјуг)', 'Извор: Танјуг'); Watchmen Daily Journal and Philippine Daily Mirror carry PNA (Philippine News Agency: '(PNA)' "
    "byline and sign-off); Ringerikes Blad carries NTB (byline line 'NTB'); Mosaique FM carries TAP ('(وات)', 'المصدر: وات'); Unicanal "
    "carries IP (Agencia de Información Paraguaya, 'IP.-', 'Fuente: IP Paraguay'); Mudeung Ilbo carries Yonhap ('연합뉴스'); Republikein "
    "carries NAMPA (byline 'Nampa'); Vesti.kg carries Kabar ('/ Кабар /', 'Источник: Кабар'). Photo credits ('FOTO: NAMPA', 'Foto: "
    "TN8', '광주시 제공') do not by themselves make a story agency copy; desk bylines ('Redacción Mitre', 'Redacción TN8', 'पुढारी "
    "वृत्तसेवा') are the outlet's own staff, so those stories are staff copy",
    "authors": "MTI 'Szerző: Horváth Eszter' -> 'Horváth Eszter' (Hungarian name order kept as printed; both copies; the newsbeam "
    "author field of the Vas Népe copy says 'MTI', an agency); Tanjug 'Аутор: Милица Јовановић' -> 'Милица Јовановић' (Cyrillic, both "
    "copies; 'Извор: Танјуг' and the news-please author 'Tanjug' are the agency); PNA 'By Gerlie Ann Salvador (PNA)' and 'By Gerlie Ann "
    "Salvador / PNA' -> 'Gerlie Ann Salvador'; Newcastle Weekly 'By Rhiannon Cole' (both copies); Setareh Sobh 'گزارش: مریم کاظمی' -> "
    "'مریم کاظمی' (the 'report:' prefix dropped); Shields Gazette 'By Kate Milburn' with role 'Local Democracy Reporter'; Namib Times "
    "'Selma Nghifitikeko' with role 'Reporter'; Pulse Tasmania 'Lachlan Dwyer'; Northumberland Gazette 'Tom Hedley and Ruth Armstrong' "
    "-> two authors in order; Mudeung Ilbo '(광주=연합뉴스) 정다은 기자 =' -> '정다은' (the '기자' title dropped; the byline line "
    "'연합뉴스' is the agency); Zviazda 'Алена Шаўчук'; Nuestro Diario 'Por Wendy Ajú' (role line chrome); Raajje 'Aishath Shaffa'; "
    "Tropic Now 'Isabella Moretti' with role 'Journalist'; Sundiata Post 'By Chinedu Okafor, Abuja' -> 'Chinedu Okafor' (the place is "
    "not part of the name and is not a dateline); Mississippi Today 'Marcus Whitfield' with role 'Environment Reporter'; Sri Lanka "
    "Mirror 'By Dilini Perera'; Politico SL 'By Fatmata Kamara' (role 'Politico Staff Writer'); Santa Cruz Sentinel 'By Jordan Reyes and "
    "Hannah Lindqvist'; Mareeg 'Written by Abdirahman Hassan'. Desk and agency names are not authors: 'NTB', 'Nampa', 'Kabar' "
    "(news-please authors of Vesti.kg), 'Redacción Mitre', 'Redacción TN8', 'पुढारी वृत्तसेवा'; Ringerikes Blad, Mosaique FM, "
    "Pudhari, Unicanal, Republikein, Vesti.kg, Radio Mitre and TN8 name no writer. Photographers ('Peter Stoop', 'Carlos Xitumul', "
    "'Аляксандр Кушнер') are not authors",
    "editors": "names given as editors: MTI 'Szerkesztő: Kovács Bence' (both copies); PNA 'Editor: Lade Jean Kabagani' (both copies). "
    "Ringerikes Blad's 'Ansvarlig redaktør' in the footer is the paper's editor-in-chief, not the story's editor",
    "caption_credit": "credits without their wrapper: Newcastle Weekly 'Picture: Peter Stoop' -> 'Peter Stoop' (both copies); Ozon "
    "Press 'Фото: Танјуг/Милица Јовановић' -> 'Танјуг/Милица Јовановић'; Watchmen '(PNA photo by Gerlie Ann Salvador)' -> 'PNA photo "
    "by Gerlie Ann Salvador' (brackets dropped; the agency's own credit formula kept, as earlier sets label PNA credits); Mudeung Ilbo '[광주시 제공. 재판매 및 DB 금지]' -> '광주시' (brackets, "
    "'제공' and the resale notice dropped); Republikein 'FOTO: NAMPA' -> 'NAMPA'; Zviazda 'Фота: Аляксандр Кушнер' -> 'Аляксандр "
    "Кушнер'; Nuestro Diario '(Foto Nuestro Diario: Carlos Xitumul)' -> 'Carlos "
    "Xitumul'; Raajje 'Photo: Raajje.mv' -> 'Raajje.mv'; Tropic Now 'Image: Tropic Now' -> 'Tropic Now'; TN8 'Foto: TN8' -> 'TN8'. "
    "Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Ozon Press 'Чачак', Watchmen 'Iloilo', Mudeung Ilbo "
    "'사회', Republikein 'Streke', Zviazda 'Грамадства', Nuestro Diario 'Nacionales', Radio Mitre 'Sociedad', Raajje 'News', Tropic "
    "Now 'Environment', TN8 'Nacionales'; trafilatura records take their first category (Sri Lanka Mirror 'Local', Politico SL 'News', "
    "Santa Cruz Sentinel 'Local News', Philippine Daily Mirror 'Regions'); news-please, plain text and newsbeam text records have none "
    "(head lines such as 'Общество', 'Друштво', 'Helyi közélet' and 'جهوية' are chrome, not a section)",
    "language": "'hu' Hungarian (two MTI copies); 'sr' Serbian in Cyrillic (two Tanjug copies); 'no' Norwegian (Ringerikes Blad's plain-text Bokmål declares no language, so it is labelled 'no' as earlier sets label undeclared Bokmål plain text); 'ar' Arabic "
    "(Tunisia); 'fa' Persian; 'mr' Marathi (Devanagari); 'es' Paraguayan, Guatemalan, Argentine and Nicaraguan Spanish; 'ko' Korean; "
    "'af' Afrikaans; 'be' Belarusian (not Russian: 'ў', 'і'); 'ru' Russian (Kyrgyzstan); all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, advertisement "
    "labels and 'Hide Ad' lines, related-story lines and boxes, most-read rails, tag lists, WhatsApp, Telegram, Google News and app "
    "promos, newsletter and donation appeals, reporter bio, role, e-mail and tip lines, wire source and sign-off lines ('Forrás: MTI', "
    "'Извор: Танјуг', '(PNA)', 'المصدر: وات', 'Источник: Кабар'), editor lines, a Ctrl+Enter error-report line, view counters, news "
    "codes, relative-time and reading-time lines, masthead and ownership lines ('Part of the Star Plus Media Group', 'Del av Amedia', "
    "'Mediaworks Hungary Zrt.', 'National World Publishing Ltd.', 'MediaNews Group', 'Proudly powered by Newspack'), copyright lines, "
    "and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (MTI and Tanjug in the plain batch, PNA in the gzipped "
    "batch) and one staff page with a noisy gzipped re-scrape (Newcastle Weekly: curly quotes, NBSP, hard wraps, CRLF); all other "
    "records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"mti", "forrás: mti", "nyugat.hu", "vas népe", "tanjug", "танјуг", "извор: танјуг", "ozon press", "srbija danas",
                "pna", "philippine news agency", "watchmen daily journal", "philippine daily mirror", "newcastle weekly",
                "ntb", "ringerikes blad", "tap", "وات", "موزاييك أف أم", "mosaique fm", "ستاره صبح", "पुढारी", "पुढारी वृत्तसेवा",
                "shields gazette", "ip", "ip paraguay", "unicanal", "namib times", "pulse tasmania", "northumberland gazette",
                "yonhap", "연합뉴스", "무등일보", "nampa", "republikein", "звязда", "nuestro diario", "radio mitre", "redacción mitre",
                "raajje", "tropic now", "kabar", "кабар", "vesti.kg", "sundiata post", "mississippi today", "sri lanka mirror",
                "politico sl", "santa cruz sentinel", "tn8", "redacción tn8", "mareeg"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
