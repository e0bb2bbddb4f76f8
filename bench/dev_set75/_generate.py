#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventy-fifth development set (bench/dev_set75/, first written as the seventy-second held-out set).

    .venv/bin/python bench/dev_set75/_generate.py

Writes ``bench/dev_set75/articles/*`` and ``bench/dev_set75/labels.json`` (next to this
file).  Output is deterministic (gzip members use mtime=0 and no file name).
Every story is invented: people, quotes, companies and figures are fictional;
cities, countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set74/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about tourism, heritage and travel: museums and
    monuments, festivals, hotels and visitor numbers, airlines and ferries,
    restoration of historic buildings.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout72_2025-a.jsonl"
JSONL_B = "crawl_holdout72_2025-b.jsonl.gz"


# ---- cluster: BTA, Kazanlak (Dnevnik scrape + copy on Darik News in the plain batch) ----

BTA = rec(
    cluster="bta-kazanlak-rose-festival-visitors",
    title="Рекорден брой чуждестранни туристи на Празника на розата в Казанлък",
    date="2024-06-07",
    dateline="Казанлък, 7 юни /Мария Петрова, БТА/ ",
    city="Kazanlak",
    country="BG",
    region="europe",
    agency="BTA",
    authors=["Мария Петрова"],
    lang="bg",
    description="Хотелите в града са заети на над 90 процента за празничните дни.",
    paras=P("""
Хотелите в Казанлък и околните села са заети на над 90 процента за дните на 121-вия Празник на розата, съобщиха от общината.

По данни на туристическия информационен център до петък в града са пристигнали организирани групи от Япония, Южна Корея, Турция и Румъния.

Заместник-кметът Стоян Дечев каза, че тази година броят на чуждестранните посетители е с около една пета по-голям от миналата година.

Най-търсени са ритуалите по розобер в полетата около селата Шейново и Енина, където гостите берат цвят заедно с местните жени.

Музеят на розата в парк Розариума удължи работното си време до 20 часа, а пред касите му в четвъртък имаше опашка от стотици души.

В Историческия музей „Искра“ е подредена изложба на стари дестилационни казани, някои от които са на повече от сто години.

Общината е осигурила допълнителни автобуси от Стара Загора и Пловдив, а в центъра е въведена пешеходна зона до неделя вечерта.

Кулминацията на празника ще бъде шествието в неделя, в което ще участват над 2000 души, сред тях танцови състави от седем държави.
"""),
    must_have=[
        "Най-търсени са ритуалите по розобер в полетата около селата Шейново и Енина, където гостите берат цвят заедно с местните жени.",
        "Общината е осигурила допълнителни автобуси от Стара Загора и Пловдив, а в центъра е въведена пешеходна зона до неделя вечерта.",
    ],
)

# ---- cluster: Newsis, Gongju (Daejeon Ilbo page + copy on Gyeongnam Domin Ilbo in the plain batch) ----

NEWSIS = rec(
    cluster="newsis-gongju-baekje-festival-visitors",
    title="백제문화제 공주 행사장에 열흘간 120만명 다녀가…역대 최다",
    date="2024-10-07",
    dateline="(공주=뉴시스) 김도현 기자 = ",
    city="Gongju",
    country="KR",
    region="asia",
    agency="Newsis",
    authors=["김도현"],
    lang="ko",
    description="야간 행사와 금강 부교가 관광객을 끌어모았다.",
    paras=P("""
제70회 백제문화제 기간 충남 공주시 행사장을 찾은 관광객이 열흘 동안 120만명을 넘어 역대 가장 많았던 것으로 집계됐다.

공주시는 7일 이동통신 데이터를 분석한 결과 금강신관공원과 공산성 일원 방문객이 지난해보다 약 18% 늘었다고 밝혔다.

시 관계자는 올해 처음 도입한 야간 미디어아트 공연과 금강을 가로지르는 부교가 젊은 관광객을 끌어모은 것으로 분석했다.

외국인 방문객도 크게 늘어 대만과 베트남 단체 관광객이 공산성과 무령왕릉을 잇는 도보 코스를 많이 이용했다.

행사 기간 공주 시내 숙박업소 객실 점유율은 평균 87%를 기록했고, 주말에는 빈 방을 찾기 어려웠다.

시는 행사장 주변 상가의 매출도 평소보다 두 배 가까이 늘었다고 설명했다.

다만 주차 공간 부족과 교통 체증에 대한 민원이 이어져 내년에는 셔틀버스 노선을 늘릴 계획이다.

공주시는 백제 역사 유적지구를 찾는 관광객이 사계절 머물 수 있도록 야간 관광 프로그램을 상설화하는 방안을 검토하고 있다.

한편 공주시는 축제 기간 운영한 공산성 야간 개방을 이달 말까지 연장하기로 했다.

시는 또 외국인 관광객을 위해 영어와 중국어, 베트남어로 된 안내 책자를 새로 만들어 관광안내소에 비치했다.

축제장에서 판매된 지역 특산물 알밤과 공주 한우의 판매액도 지난해보다 크게 늘어난 것으로 나타났다.

공주시 관계자는 축제의 성과를 바탕으로 내년에는 체류형 관광 상품을 더 많이 개발하겠다고 말했다.
"""),
    must_have=[
        "행사 기간 공주 시내 숙박업소 객실 점유율은 평균 87%를 기록했고, 주말에는 빈 방을 찾기 어려웠다.",
        "다만 주차 공간 부족과 교통 체증에 대한 민원이 이어져 내년에는 셔틀버스 노선을 늘릴 계획이다.",
    ],
)

# ---- cluster: The Canadian Press, Charlottetown (Guelph Mercury gzipped page + copy on the Journal Pioneer in the gzipped batch) ----

CP = rec(
    cluster="cp-charlottetown-wood-islands-ferry-season",
    title="Wood Islands ferry opens season with new vessel as bookings climb",
    date="2024-05-01",
    dateline="CHARLOTTETOWN — ",
    city="Charlottetown",
    country="CA",
    region="americas",
    agency="CP",
    authors=["Ryan Doucette"],
    lang="en",
    description="Operators say advance reservations for the summer are up 12 per cent.",
    paras=P("""
The ferry linking Prince Edward Island and Nova Scotia began its season Wednesday with a newly leased vessel, after two summers of
breakdowns that stranded travellers on both sides of the Northumberland Strait.

The operator said advance bookings for July and August are up 12 per cent compared with last year.

The leased ship can carry about 200 vehicles, roughly the same as the vessel that was taken out of service after an engine room fire.

Tourism operators in eastern P.E.I. said the ferry is vital for visitors who drive a loop through the Maritimes.

Innkeeper Colette Arsenault said her bookings in Montague fell by a third in the summer the service was cut back.

The federal government, which owns the vessels, has promised a new ferry, but it is not expected to sail before 2027.

Travellers are being asked to reserve crossings online, since walk-up spaces will be limited on weekends.

The service runs until December, with up to nine round trips a day in the peak season.
"""),
    must_have=[
        "The operator said advance bookings for July and August are up 12 per cent compared with last year.",
        "The federal government, which owns the vessels, has promised a new ferry, but it is not expected to sail before 2027.",
    ],
)

# ---- cluster: The Daily Telegraph (Sydney), page + noisy re-scrape ----

DT = rec(
    cluster="dailytelegraph-manly-ferry-summer-record",
    title="Manly ferry passenger numbers hit record as summer crowds flock to beaches",
    date="2025-01-14",
    country="AU",
    region="oceania",
    authors=["Clara Whitfield"],
    lang="en",
    caption="Passengers queue for the Manly ferry at Circular Quay on Sunday.",
    credit="Richard Dobson",
    paras=P("""
More people caught the ferry between Circular Quay and Manly over the summer holidays than in any season since records began,
new figures show.

Transport for NSW data shows about 1.9 million trips were taken on the route between mid-December and mid-January, up 9 per cent on the same period last year.

On the busiest day, the Sunday after New Year, queues at Wharf 3 stretched past the ticket gates and some passengers waited more than an hour.

The Freshwater class ferries, which were due to be retired, were kept in service on weekends to carry the crowds.

Manly Chamber of Commerce president Dean Harcourt said cafes and surf schools had their strongest January in a decade.

Hotels on the northern beaches reported occupancy above 90 per cent for the first two weeks of the year.

Commuter groups said the extra holiday services should stay on over the coming summer weekends.

A Transport for NSW spokeswoman said timetables would be reviewed before Easter.
"""),
    must_have=[
        "The Freshwater class ferries, which were due to be retired, were kept in service on weekends to carry the crowds.",
        "Hotels on the northern beaches reported occupancy above 90 per cent for the first two weeks of the year.",
    ],
)

DT_PRE = ["The Daily Telegraph", "News", "Sport", "Entertainment", "Lifestyle", "Travel", "Subscribe", "Log In"]
DT_HEAD = ["Clara Whitfield", "NSW Transport Reporter", "January 14, 2025 - 5:00AM", "The Daily Telegraph"]
DT_CAP = ["Passengers queue for the Manly ferry at Circular Quay on Sunday. Picture: Richard Dobson"]
DT_TAIL = [["Share this article"], ["More related stories"],
           ["Sydney's light rail fares to rise in July"],
           ["Join the conversation"], ["Comments are open to subscribers only"],
           ["\u00a9 Nationwide News Pty Ltd 2025. No cheeky stuff, please."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # The Daily Telegraph (Sydney): original of the re-scrape cluster; News Corp byline block with role line.
    dict(DT, role="original", file="dailytelegraph_manly_ferry_record.txt", render="text",
         pre=[DT_PRE], head=[DT_HEAD], cap_lines=DT_CAP,
         inserts={2: ["Advertisement"], 5: ["Read related topics:", "Transport"]},
         tail=DT_TAIL),
    dict(DT, role="rescrape", file="dailytelegraph_manly_ferry_record_rescrape.txt.gz", render="text", noise=True,
         pre=[DT_PRE], head=[DT_HEAD], cap_lines=DT_CAP,
         tail=[["Subscribe now for $1 a week"], *DT_TAIL]),
    # Dnevnik (Bulgaria, Bulgarian): original of the BTA cluster; BTA dateline with the reporter's name inside.
    dict(BTA, role="original", file="dnevnik_bta_kazanlak_rose_festival_bg.txt", render="text",
         pre=[["Дневник", "България", "Свят", "Бизнес", "Култура", "Пътешествия", "Абонамент"]],
         head=[["07 юни 2024, 14:32"], ["Прочетена"], ["Сподели"]],
         inserts={2: ["Реклама"], 5: ["Още по темата:", "Туристическият данък във Велико Търново се вдига от юли"]},
         tail=[["Източник: БТА"], ["Последвайте ни в Google News"], ["Коментари"],
               ["Най-четени"], ["\u00a9 Икономедиа АД 2024. Всички права запазени."]]),
    # Jansatta (India, Hindi): PTI-Bhasha copy, 'खजुराहो, 20 फरवरी (भाषा)' dateline.
    rec(cluster="jansatta-bhasha-khajuraho-dance-festival", role="single", file="jansatta_bhasha_khajuraho_nritya_hi.txt", render="text",
        title="खजुराहो नृत्य महोत्सव में विदेशी पर्यटकों की संख्या बढ़ी, होटल भरे",
        date="2025-02-20", dateline="खजुराहो, 20 फरवरी (भाषा) ", city="Khajuraho", country="IN", region="asia", lang="hi",
        agency="PTI",
        pre=[["जनसत्ता", "राष्ट्रीय", "राज्य", "मनोरंजन", "खेल", "लाइफस्टाइल", "ई-पेपर"]],
        head=[["भाषा"], ["Updated: February 20, 2025 19:05 IST"], ["शेयर करें"]],
        inserts={2: ["विज्ञापन"], 5: ["यह भी पढ़ें:", "ओरछा के किले में शुरू होगा लाइट एंड साउंड शो"]},
        tail=[["(भाषा)"], ["Jansatta.com पर पढ़े ताज़ा राष्ट्रीय समाचार"], ["हमें गूगल न्यूज़ पर फॉलो करें"],
              ["संबंधित खबरें"], ["\u00a9 IE Online Media Services Pvt Ltd"]],
        paras=P("""
मध्य प्रदेश के खजुराहो में चल रहे 51वें खजुराहो नृत्य महोत्सव में इस वर्ष विदेशी पर्यटकों की संख्या में उल्लेखनीय वृद्धि हुई है।

पर्यटन विभाग के एक अधिकारी ने बताया कि महोत्सव के पहले चार दिनों में लगभग 4,200 विदेशी पर्यटक मंदिर परिसर पहुंचे।

उन्होंने कहा कि यह संख्या पिछले वर्ष की तुलना में करीब 30 प्रतिशत अधिक है।

कंदरिया महादेव और चित्रगुप्त मंदिर के सामने बने मंच पर हर शाम कथक, भरतनाट्यम और ओडिसी की प्रस्तुतियां हो रही हैं।

शहर के अधिकांश होटल महोत्सव के दौरान पूरी तरह भरे हुए हैं और कई पर्यटकों को पास के राजनगर में ठहरना पड़ रहा है।

अधिकारी के अनुसार इस बार फ्रांस, जर्मनी और जापान से आए पर्यटकों की संख्या सबसे अधिक रही।

स्थानीय हस्तशिल्प बाजार में पत्थर की मूर्तियों और पीतल के सामान की बिक्री भी बढ़ी है।

राज्य सरकार ने खजुराहो हवाई अड्डे से दिल्ली और वाराणसी के लिए अतिरिक्त उड़ानें शुरू करने का अनुरोध नागर विमानन मंत्रालय से किया है।

महोत्सव 26 फरवरी तक चलेगा।
"""),
        must_have=[
            "शहर के अधिकांश होटल महोत्सव के दौरान पूरी तरह भरे हुए हैं और कई पर्यटकों को पास के राजनगर में ठहरना पड़ रहा है।",
            "स्थानीय हस्तशिल्प बाजार में पत्थर की मूर्तियों और पीतल के सामान की बिक्री भी बढ़ी है।",
        ]),
    # Lapin Kansa (Finland, Finnish): staff, 'Julkaistu'/'Päivitetty' stamps, reporter e-mail line.
    rec(cluster="lapinkansa-rovaniemi-christmas-overnights", role="single", file="lapinkansa_rovaniemi_joulumatkailu_fi.txt", render="text",
        title="Rovaniemen joulusesongista odotetaan ennätystä – hotellit lähes täynnä jo joulukuun alussa",
        date="2024-12-03", country="FI", region="europe", lang="fi", authors=["Aino Kärkkäinen"],
        pre=[["Lapin Kansa", "Uutiset", "Rovaniemi", "Lappi", "Urheilu", "Mielipiteet", "Tilaa"]],
        head=[["Aino Kärkkäinen"], ["Julkaistu 3.12.2024 6:00"], ["Päivitetty 3.12.2024 9:14"], ["Jaa artikkeli"]],
        inserts={2: ["Mainos"], 5: ["Lue myös:", "Lentokentän kiitotie suljetaan yöksi huoltotöiden ajaksi"]},
        tail=[["aino.karkkainen@lapinkansa.fi"], ["Kommentoi"], ["Kommentointi on vain tilaajille"],
              ["Luetuimmat"], ["\u00a9 Lapin Kansa, Alma Media"]],
        paras=P("""
Rovaniemen hotellit ja lomakylät ovat lähes täynnä jo joulukuun alussa, ja matkailuyrittäjät odottavat joulusesongista kaikkien aikojen parasta.

Visit Rovaniemen mukaan kaupunkiin saapuu joulukuussa yli 200 charter-lentoa, mikä on noin kolmannes enemmän kuin vuotta aiemmin.

Eniten kasvaa matkailu Isosta-Britanniasta, Ranskasta ja Espanjasta.

Napapiirillä sijaitsevassa Joulupukin Pajakylässä on viikonloppuisin jonotettu jopa kaksi tuntia.

Matkailujohtaja Heikki Rautio sanoo, että kaupungin majoituskapasiteetti ei enää riitä huippupäivinä.

Osa matkailijoista majoitetaan Kemiin ja Sodankylään, joista heidät kuljetetaan busseilla ohjelmapalveluihin.

Uusia hotelleja on rakenteilla kaksi, ja ne valmistuvat aikaisintaan vuonna 2026.

Ruuhka näkyy myös lentoasemalla, jossa rakennetaan parhaillaan väliaikaista tuloaulaa.

Kaupunki harkitsee matkailijoilta perittävää maksua, jolla katettaisiin palveluiden kustannuksia.

Rovaniemellä on tällä hetkellä noin 8 000 majoituspaikkaa hotelleissa, lomakylissä ja lasi-igluissa. Lisäksi kaupungissa on satoja lyhytaikaiseen vuokraukseen tarjottuja asuntoja, joiden määrä on kasvanut nopeasti viime vuosina. Asukkaat ovat valittaneet, että vuokra-asuntojen löytäminen on vaikeutunut, koska omistajat vuokraavat asuntojaan mieluummin matkailijoille. Kaupunginvaltuusto käsittelee asiaa tammikuussa.

Matkailuyrittäjät pitävät maksua kuitenkin huonona ajatuksena, koska he pelkäävät sen vievän asiakkaita muihin Lapin kohteisiin.
"""),
        must_have=[
            "Osa matkailijoista majoitetaan Kemiin ja Sodankylään, joista heidät kuljetetaan busseilla ohjelmapalveluihin.",
            "Uusia hotelleja on rakenteilla kaksi, ja ne valmistuvat aikaisintaan vuonna 2026.",
        ]),
    # Key West Citizen (Florida): staff, BLOX layout with 'Updated' stamp and reporter contact line.
    rec(cluster="keywestcitizen-cruise-passengers-mallory", role="single", file="keywestcitizen_cruise_passengers.txt", render="text",
        title="Cruise passenger counts climb again as city weighs limits on Mallory Square",
        date="2025-03-05", country="US", region="americas", lang="en", authors=["Dana Whitlock"],
        pre=[["Key West Citizen", "News", "Sports", "Opinion", "Obituaries", "e-Edition", "Subscribe"]],
        head=[["DANA WHITLOCK", "Key West Citizen"], ["Mar 5, 2025"], ["Updated Mar 6, 2025"], ["Facebook", "Email", "Print"]],
        inserts={2: ["Sign up for our newsletter"], 5: ["Related to this story", "Commission delays vote on Truman Waterfront lease"]},
        tail=[["dwhitlock@keysnews.com"], ["Tags"], ["Local News"],
              ["Most Popular"], ["\u00a9 Copyright 2025 Key West Citizen, 1201 White St. Key West, FL"]],
        paras=P("""
Key West welcomed about 96,000 cruise passengers in February, the highest monthly total since the pandemic, according to port figures.

The numbers have revived a debate over how many ships the island can handle, three years after voters backed limits that the state later overturned.

City port director Ray Albury said most of the visitors arrived on ships docking at the Pier B and Mallory Square berths.

Shop owners on Duval Street said the day visitors help in a slow month, but residents complained of crowded sidewalks and tour trolleys.

The Hemingway Home and Museum reported its busiest February, with more than 40,000 visitors.

City commissioners are expected to discuss a daily cap on passengers at Mallory Square next month.

Environmental groups have asked the city to study the effect of ship traffic on the channel and nearby reefs.

The port collects a fee of about $12 per passenger, which pays for police and cleaning in the historic district.
"""),
        must_have=[
            "The Hemingway Home and Museum reported its busiest February, with more than 40,000 visitors.",
            "City commissioners are expected to discuss a daily cap on passengers at Mallory Square next month.",
        ]),
]

TEXT_STORIES += [
    # Addustour (Jordan, Arabic): staff, 'كتب: X' line and Levantine month names.
    rec(cluster="addustour-jerash-festival-visitors", role="single", file="addustour_jerash_festival_ar.txt", render="text",
        title="مهرجان جرش يستقبل 200 ألف زائر في أسبوعه الأول وفنادق المدينة تعمل بكامل طاقتها",
        date="2025-07-27", country="JO", region="asia", lang="ar", authors=["سامر العمري"],
        pre=[["الدستور", "محليات", "عربي ودولي", "اقتصاد", "ثقافة", "رياضة", "كتاب"]],
        head=[["كتب: سامر العمري"], ["الأحد 27 تموز / يوليو 2025. 03:15 مساءً"], ["مشاركة"]],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضاً:", "ارتفاع أعداد زوار البترا خلال عطلة الصيف"]},
        tail=[["تابعوا الدستور على تطبيق واتساب"], ["أخبار ذات صلة"], ["الأكثر قراءة"],
              ["جميع الحقوق محفوظة لجريدة الدستور © 2025"], ["اتصل بنا"]],
        paras=P("""
استقبل مهرجان جرش للثقافة والفنون نحو 200 ألف زائر خلال أسبوعه الأول، في أعلى رقم يسجله المهرجان منذ سنوات، وفق إدارة المهرجان.

وقال المدير التنفيذي للمهرجان إن المسرح الجنوبي الأثري امتلأ بالكامل في ثلاث أمسيات، فيما شهد شارع الأعمدة حركة كبيرة للعائلات.

وأضاف أن نسبة الزوار القادمين من خارج الأردن بلغت نحو 15 بالمئة، معظمهم من دول الخليج والعراق وفلسطين.

وأكد أصحاب الفنادق والنزل في جرش وعجلون أن نسب الإشغال وصلت إلى مئة بالمئة في عطلة نهاية الأسبوع.

وخصصت وزارة السياحة حافلات مجانية تنقل الزوار من عمان إلى الموقع الأثري مساء كل يوم.

ويشارك في المهرجان هذا العام فنانون وفرق شعبية من 12 دولة، إضافة إلى سوق للحرف اليدوية تعرض فيه سيدات من القرى المجاورة منتجاتهن.

وقالت دائرة الآثار العامة إنها عززت أعمال الصيانة في الأقواس والأعمدة قبل انطلاق المهرجان حفاظا على سلامة الموقع.

ويستمر المهرجان حتى السادس من آب المقبل.

وتوقع أصحاب المطاعم في وسط المدينة أن يرتفع عدد الزوار في الأسبوع الثاني مع بدء العطلة الصيفية للمدارس والجامعات.
"""),
        must_have=[
            "وخصصت وزارة السياحة حافلات مجانية تنقل الزوار من عمان إلى الموقع الأثري مساء كل يوم.",
            "وقالت دائرة الآثار العامة إنها عززت أعمال الصيانة في الأقواس والأعمدة قبل انطلاق المهرجان حفاظا على سلامة الموقع.",
        ]),
    # Daily Independent (Nigeria): NAN copy, 'Osogbo, Aug. 16, 2024 (NAN)' dateline, no writer named.
    rec(cluster="dailyindependent-nan-osogbo-osun-festival", role="single", file="dailyindependent_nan_osun_osogbo_festival.txt", render="text",
        title="Osun-Osogbo festival: Hotels fully booked as tourists throng sacred grove",
        date="2024-08-16", dateline="Osogbo, Aug. 16, 2024 (NAN) ", city="Osogbo", country="NG", region="africa", lang="en",
        agency="NAN",
        pre=[["Independent", "News", "Politics", "Business", "Entertainment", "Sports", "Opinion"]],
        head=[["By Agency Reporter"], ["August 16, 2024"], ["Share"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["READ ALSO:", "Ogun govt to upgrade Olumo Rock tourist complex"]},
        tail=[["(NAN)"], ["Related Posts"], ["Leave a Reply"],
              ["Your email address will not be published."], ["\u00a9 2024 Independent Newspapers Limited"]],
        paras=P("""
Hotels in Osogbo are fully booked as thousands of visitors, including tourists from abroad, arrive for the grand finale of the annual Osun-Osogbo festival.

The News Agency of Nigeria (NAN) reports that the festival, held in the UNESCO-listed Osun sacred grove, attracts worshippers and tourists from across the world.

A hotel manager on Gbongan road, Mr Tunde Adeyemi, said all his 60 rooms had been reserved since July.

He said many guests came from Brazil, Cuba and the United States, where the worship of Osun is still practised.

The state Commissioner for Culture and Tourism said the government had repaired the main road into the grove and provided more toilets for visitors.

Traders along the route to the grove said sales of adire cloth, beads and food had risen sharply.

Security agencies deployed more than 1,500 personnel to manage the crowd.

The procession of the Arugba, a virgin who carries the sacrifice to the river, is the high point of the festival.
"""),
        must_have=[
            "A hotel manager on Gbongan road, Mr Tunde Adeyemi, said all his 60 rooms had been reserved since July.",
            "Traders along the route to the grove said sales of adire cloth, beads and food had risen sharply.",
        ]),
    # Korzár (Slovakia, Slovak): staff, genitive month name, photo credit line in the scrape.
    rec(cluster="korzar-levoca-basilica-altar-visitors", role="single", file="korzar_levoca_oltar_sk.txt", render="text",
        title="Levočskú baziliku po oprave strechy navštívilo rekordných 140-tisíc ľudí",
        date="2024-05-18", country="SK", region="europe", lang="sk", authors=["Lucia Kolláriková"],
        caption="Hlavný oltár Majstra Pavla v Bazilike svätého Jakuba.", credit="Korzár/Ján Hudák",
        pre=[["Korzár", "Košice", "Prešov", "Spiš", "Šport", "Kultúra", "Predplatné"]],
        head=[["Lucia Kolláriková"], ["18. mája 2024, 7:30"], ["Zdieľať"]],
        cap_lines=["Hlavný oltár Majstra Pavla v Bazilike svätého Jakuba. (Zdroj: Korzár/Ján Hudák)"],
        inserts={2: ["Reklama"], 5: ["Prečítajte si tiež:", "Spišský hrad otvára nový prehliadkový okruh"]},
        tail=[["Článok pokračuje pod video reklamou"], ["Najčítanejšie na Korzári"], ["Viac z regiónu"],
              ["Diskusia"], ["\u00a9 Copyright 2024 Petit Press, a.s."]],
        paras=P("""
Baziliku svätého Jakuba v Levoči navštívilo vlani rekordných 140-tisíc ľudí, o pätinu viac ako rok predtým.

Farnosť to pripisuje najmä oprave strechy a veže, ktorá trvala takmer tri roky a počas ktorej bola časť chrámu uzavretá.

Najväčším lákadlom zostáva neskorogotický hlavný oltár Majstra Pavla, ktorý je s výškou 18,6 metra najvyšším svojho druhu na svete.

Sprievodkyňa Mária Dzurňáková hovorí, že pribudlo najmä zahraničných skupín z Poľska, Maďarska a Česka.

Prehliadky sa konajú každú hodinu a cez leto aj v angličtine a nemčine.

Mesto Levoča spolu s farnosťou pripravuje rekonštrukciu sakristie, na ktorú chce získať eurofondy.

Hotelieri na námestí hlásia, že turisti v meste zostávajú dlhšie a spájajú návštevu s výletom na Spišský hrad.

Vstupné do baziliky sa od júna zvýši na šesť eur, deti a seniori budú mať zľavu.

Farár Peter Michalko pripomína, že bazilika je najmä živým chrámom a počas svätých omší sú prehliadky prerušené. Návštevníkov preto prosí, aby si vopred overili program na webovej stránke farnosti.
"""),
        must_have=[
            "Prehliadky sa konajú každú hodinu a cez leto aj v angličtine a nemčine.",
            "Mesto Levoča spolu s farnosťou pripravuje rekonštrukciu sakristie, na ktorú chce získať eurofondy.",
        ]),
    # Eritrea Profile (Eritrea): staff, state paper layout, byline at the end.
    rec(cluster="eritreaprofile-massawa-old-town-restoration", role="single", file="eritreaprofile_massawa_restoration.txt", render="text",
        title="Restoration of Massawa's old port buildings draws first cruise visitors",
        date="2024-10-12", country="ER", region="africa", lang="en", authors=["Feven Ghebremedhin"],
        pre=[["Eritrea Profile", "Home", "News", "Culture", "Economy", "Sports", "Archive"]],
        head=[["Saturday, 12 October 2024"], ["Print"], ["Share on Facebook"]],
        inserts={3: ["Related Articles", "Asmara's Cinema Roma reopens after renovation"]},
        tail=[["By Feven Ghebremedhin"], ["Previous article"], ["Next article"],
              ["Ministry of Information, Asmara"], ["All rights reserved \u00a9 2024"]],
        paras=P("""
Work to restore the coral-stone houses and merchants' halls of Massawa's old town on Taulud and Batse islands is entering its final phase.

Engineers from the Ministry of Public Works said that 38 buildings around the old port had been repaired since the project began in 2021.

The restoration uses coral blocks and lime mortar prepared in the traditional way by local masons.

The Imperial Palace, badly damaged in the war of independence, has been stabilised, and its dome will be rebuilt next year.

This season a small cruise ship called at Massawa for the first time in many years, bringing about 120 passengers who toured the old town on foot.

Hotel owners on Green Island said that domestic visitors from Asmara now fill their rooms during holidays.

Local guides have been trained to explain the history of the Ottoman and Egyptian buildings.

Officials said the aim is to present the old town for inscription as a World Heritage site.
"""),
        must_have=[
            "The restoration uses coral blocks and lime mortar prepared in the traditional way by local masons.",
            "Local guides have been trained to explain the history of the Ottoman and Egyptian buildings.",
        ]),
    # Cebu Daily News (Philippines): staff, 'By: X - Multimedia Reporter' byline and CDN date line.
    rec(cluster="cebudailynews-sinulog-hotel-occupancy", role="single", file="cebudailynews_sinulog_hotels.txt", render="text",
        title="Sinulog 2025: Cebu hotels report full occupancy, airport braces for record arrivals",
        date="2025-01-17", country="PH", region="asia", lang="en", authors=["Jessa Mae Villaflor"],
        pre=[["Cebu Daily News", "News", "Cebu", "Lifestyle", "Sports", "Business", "CDN Digital"]],
        head=[["By: Jessa Mae Villaflor - Multimedia Reporter | January 17,2025 - 02:15 PM"], ["Share"], ["Tweet"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["READ: Sinulog 2025 road closures and rerouting scheme"]},
        tail=[["Disclaimer: The comments uploaded on this site do not necessarily represent or reflect the views of management and owner of Cebudailynews."],
              ["Read Next"], ["Don't miss out on the latest news and information."], ["Subscribe to INQUIRER PLUS"],
              ["\u00a9 Copyright 1997-2025 INQUIRER.net | All Rights Reserved"]],
        paras=P("""
Hotels in Cebu City and Mactan are fully booked for the Sinulog festival weekend, the Cebu Hotel and Resort Association said on Friday.

The group said its member hotels had no rooms left for Saturday and Sunday, and many had been full since early January.

Association president Marites Yap said guests came from Manila, Mindanao, South Korea and Japan.

The Mactan-Cebu International Airport expects more than 60,000 passengers a day over the weekend, a record for the festival.

Airlines added extra flights from Manila, Davao and Seoul to meet demand.

Homestays and transient houses in Mandaue and Talisay are also full, and some visitors have booked rooms as far away as Carcar.

The grand parade on Sunday will pass through a shorter route this year, ending at the South Road Properties.

The city government said about 5,000 police and volunteers will be deployed to help visitors.

Tourism officials said the festival is expected to bring in more than one billion pesos for local businesses.
"""),
        must_have=[
            "Airlines added extra flights from Manila, Davao and Seoul to meet demand.",
            "The grand parade on Sunday will pass through a shorter route this year, ending at the South Road Properties.",
        ]),
    # Le Djely (Guinea, French): AGP copy, 'Dalaba, 12 mars (AGP) –' dateline.
    rec(cluster="ledjely-agp-dalaba-villa-sili-tourism", role="single", file="ledjely_agp_dalaba_tourisme_fr.txt", render="text",
        title="Dalaba : la réhabilitation de la villa Síli relance le tourisme dans le Fouta",
        date="2025-03-12", dateline="Dalaba, 12 mars (AGP) – ", city="Dalaba", country="GN", region="africa", lang="fr",
        agency="AGP",
        pre=[["Le Djely", "Actualité", "Politique", "Économie", "Société", "Culture", "Sport"]],
        head=[["Par La Rédaction"], ["12 mars 2025"], ["Partager"]],
        inserts={2: ["Publicité"], 5: ["Lire aussi :", "Labé : les hôteliers se préparent pour la saison des pluies"]},
        tail=[["AGP"], ["Articles similaires"], ["Laisser un commentaire"],
              ["Suivez Le Djely sur WhatsApp"], ["\u00a9 2025 Le Djely. Tous droits réservés."]],
        paras=P("""
Les travaux de réhabilitation de la villa Síli, ancienne résidence coloniale perchée sur les hauteurs de Dalaba, ont été achevés, a appris l'AGP auprès de la direction préfectorale du tourisme.

Le bâtiment, construit dans les années 1930, était abandonné depuis plus de vingt ans.

Il accueille désormais un petit musée consacré à l'histoire de la ville et à l'artiste Miriam Makeba, qui y a séjourné.

Selon le directeur préfectoral du tourisme, Mamadou Saliou Barry, plus de 3 000 visiteurs ont déjà été enregistrés depuis janvier.

Les hôtels et auberges de la ville affichent complet les week-ends, surtout avec l'arrivée de visiteurs venus de Conakry.

Des guides formés par la préfecture proposent aussi des randonnées vers les chutes de Ditinn et les jardins de pins.

Les autorités locales envisagent de percevoir une petite taxe touristique pour entretenir le site.

La route entre Mamou et Dalaba reste toutefois en mauvais état, ce qui décourage une partie des touristes.
"""),
        must_have=[
            "Il accueille désormais un petit musée consacré à l'histoire de la ville et à l'artiste Miriam Makeba, qui y a séjourné.",
            "Des guides formés par la préfecture proposent aussi des randonnées vers les chutes de Ditinn et les jardins de pins.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_DJ = site("대전일보", "https://www.daejonilbo.example.com", " - 대전일보", "ko_KR", "@daejonilbo",
               ["정치", "경제", "사회", "문화", "충남"],
               ["Copyright © 대전일보. All rights reserved.", "회사소개", "기사제보"], share=["공유하기", "페이스북", "카카오톡"])
SITE_GM = site("Guelph Mercury", "https://www.guelphmercury.example.com", " | GuelphMercury.com", "en_CA", "@GuelphMercury",
               ["News", "Opinion", "Sports", "Life", "Obituaries"],
               ["\u00a9 Copyright Metroland Media Group Ltd.", "Privacy", "Terms of Use"], share=["Facebook", "X", "Email"],
               top=["Subscribe", "Sign In"])
SITE_CL = site("Cornwall Live", "https://www.cornwalllive.example.com", " - Cornwall Live", "en_GB", "@CornwallLive",
               ["News", "Whats On", "Cornwall", "Sport", "Property"],
               ["\u00a9 2024 a Reach plc subsidiary", "Privacy Notice", "How to complain"], share=["Facebook", "X", "WhatsApp", "Email"],
               cookie="We and our partners use technologies, such as cookies, and collect browsing data to give you the best online experience.",
               cookie_title="We care about your privacy", buttons=["I Accept", "Show Purposes"])
SITE_DO = site("Dolomiten", "https://www.stol.example.it", " | Südtirol Online", "de_IT", "@stol_it",
               ["Lokal", "Chronik", "Wirtschaft", "Kultur", "Sport"],
               ["\u00a9 2024 Athesia Druck GmbH", "Impressum", "Datenschutz"], share=["Teilen", "Facebook", "WhatsApp"],
               cookie="Wir und unsere Partner speichern und/oder greifen auf Informationen auf einem Gerät zu.", buttons=["Akzeptieren", "Ablehnen"])
SITE_KO = site("خبرآنلاین", "https://www.khabaronline.example.ir", " | خبرآنلاین", "fa_IR", "@khabaronline_ir",
               ["صفحه اصلی", "سیاسی", "اقتصادی", "اجتماعی", "گردشگری"],
               ["تمامی حقوق این سایت متعلق به خبرآنلاین است.", "درباره ما", "تماس با ما"], share=["اشتراک گذاری", "تلگرام", "ایتا"])
SITE_SM = site("El Sol de México", "https://www.elsoldemexico.example.com.mx", " - El Sol de México | Noticias, Deportes, Gossip, Columnas", "es_MX", "@elsolde_mexico",
               ["México", "Mundo", "Finanzas", "Cultura", "Turismo"],
               ["Organización Editorial Mexicana \u00a9 2024", "Aviso de privacidad", "Directorio"], share=["Facebook", "X", "WhatsApp"])
SITE_DX = site("Diario Extra", "https://www.diarioextra.example.com", " | Diario Extra", "es_CR", "@diarioextracr",
               ["Sucesos", "Nacionales", "Economía", "Deportes", "Turismo"],
               ["Sociedad Periodística Extra Limitada \u00a9 2025", "Contáctenos", "Suscripciones"], share=["Facebook", "WhatsApp"])
SITE_AF = site("Algoa FM", "https://www.algoafm.example.co.za", " | Algoa FM", "en_ZA", "@algoafm",
               ["News", "Sport", "Shows", "Win", "Listen Live"],
               ["\u00a9 2025 Algoa FM. All Rights Reserved.", "PAIA Manual", "Contact Us"], share=["Share", "Facebook", "WhatsApp"],
               top=["Listen Live", "Download the Algoa FM App"])
SITE_BH = site("Bunbury Herald", "https://www.bunburyherald.example.com.au", " | Bunbury Herald", "en_AU", "@bunburyherald",
               ["News", "Community", "Sport", "Business", "Real Estate"],
               ["\u00a9 2024 Community News", "Privacy Policy", "Contact Us"], share=["Facebook", "Email", "Copy link"])

HTML_STORIES = [
    # Daejeon Ilbo (South Korea, Korean): original of the Newsis cluster; '(공주=뉴시스) 김도현 기자 =' dateline.
    dict(NEWSIS, role="original", file="daejonilbo_newsis_gongju_baekje_ko.html", render="html",
         site=SITE_DJ, section="충남", meta_section="충남",
         url="https://www.daejonilbo.example.com/news/articleView.html?idxno=2156789",
         published="2024-10-07T14:21:00+09:00",
         ld_author=[{"@type": "Person", "name": "김도현"}],
         byline_lines=["뉴시스"], date_lines=["입력 2024-10-07 14:21"],
         inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "부여 서동연꽃축제 관광객 역대 최다")]},
         end_lines=["kdh@newsis.com", "<저작권자 ⓒ 대전일보사, 무단 전재 및 재배포 금지>"],
         lists=[("많이 본 뉴스", ["세종시 아파트값 넉 달째 하락", "대전 0시 축제 예산 증액 논란"])]),
    # Guelph Mercury (Ontario, gzipped page): original of the CP cluster; Metroland layout with wire byline.
    dict(CP, role="original", file="guelphmercury_cp_wood_islands_ferry.html.gz", render="html",
         site=SITE_GM, section="Canada", meta_section="Canada",
         url="https://www.guelphmercury.example.com/news/canada/wood-islands-ferry-opens-season-with-new-vessel/article_7c1d2e3f.html",
         published="2024-05-01T15:46:00-04:00", modified="2024-05-01T18:10:00-04:00",
         byline_lines=["By Ryan Doucette The Canadian Press"], date_lines=["Wed., May 1, 2024 timer 2 min. read", "Updated May 1, 2024 at 6:10 p.m."],
         inserts={3: [("ad", "Advertisement")]},
         end_lines=["This report by The Canadian Press was first published May 1, 2024."],
         below_body=[("report", "Report an error"), ("journalism", "Journalistic Standards"), ("about", "About The Star")],
         lists=[("More from The Star & Partners", ["Halifax airport sees busiest April on record", "Cruise season opens in Saint John"])]),
    # Cornwall Live (England): staff, Reach plc layout with 'Bookmark', 'Comments' and role line.
    rec(cluster="cornwalllive-st-michaels-mount-timed-tickets", role="single", file="cornwalllive_st_michaels_mount_tickets.html", render="html",
        site=SITE_CL, title="St Michael's Mount brings in timed tickets after record summer crowds on causeway",
        date="2024-07-22", country="GB", region="europe", lang="en", authors=["Lowenna Tregear"],
        section="Cornwall News", meta_section="Cornwall News",
        url="https://www.cornwalllive.example.com/news/cornwall-news/st-michaels-mount-timed-tickets-9421567",
        description="Visitors will need to book a slot to cross to the island in August.",
        published="2024-07-22T11:00:00+01:00", modified="2024-07-22T12:34:00+01:00",
        byline_lines=["Lowenna Tregear", "Senior Reporter"], date_lines=["11:00, 22 Jul 2024", "Updated 12:34, 22 Jul 2024"],
        caption="Visitors cross the causeway to St Michael's Mount at low tide.", credit="Greg Martin/Cornwall Live",
        credit_shown="(Image: Greg Martin/Cornwall Live)",
        inserts={2: [("ad", "Article continues below")], 5: [("link", "Read next:", "Penzance ferry to Scilly sells out")]},
        below_body=[("bookmark", "Bookmark")],
        paras=P("""
Visitors to St Michael's Mount will have to book a time slot to walk across the causeway from Marazion during August, after record crowds this summer.

The island, which is cared for by the National Trust and the St Aubyn family, says more than 9,000 people crossed on a single day earlier this month.

At high tide the island can only be reached by small boats, and queues at the harbour stretched along the beach.

General manager Tamsin Pengelly said the island was not built for such numbers and that the castle rooms became uncomfortably full.

Tickets for the castle and gardens already had to be booked in advance, but the causeway itself has always been free.

Under the new system, people who want to visit only the harbour and village will still be able to cross without a ticket early in the morning.

Traders in Marazion have mixed feelings, saying that fewer day trippers could mean fewer sales.

The island plans to review the scheme in September.
"""),
        must_have=[
            "At high tide the island can only be reached by small boats, and queues at the harbour stretched along the beach.",
            "Traders in Marazion have mixed feelings, saying that fewer day trippers could mean fewer sales.",
        ]),
    # Dolomiten / stol.it (Italy, German): staff, South Tyrol archaeology museum.
    rec(cluster="dolomiten-bozen-oetzi-museum-record", role="single", file="dolomiten_bozen_oetzi_museum_de.html", render="html",
        site=SITE_DO, title="Ötzi-Museum: Besucherrekord im Sommer, Wartezeiten von bis zu zwei Stunden",
        date="2024-08-14", country="IT", region="europe", lang="de", authors=["Verena Pichler"],
        section="Lokal", meta_section="Lokal",
        url="https://www.stol.example.it/artikel/lokal/oetzi-museum-besucherrekord-im-sommer",
        description="Das Archäologiemuseum in Bozen denkt über Zeitfenster-Tickets nach.",
        published="2024-08-14T06:00:00+02:00",
        byline_lines=["Von Verena Pichler"], date_lines=["14. August 2024 | 06:00"],
        caption="Vor dem Südtiroler Archäologiemuseum in der Museumstraße bilden sich täglich lange Schlangen.", credit="Ferdinand Tauber",
        credit_shown="© Ferdinand Tauber",
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Auch interessant:", "Messner Mountain Museum verlängert die Saison")]},
        tags=("Schlagwörter", ["Bozen", "Museum", "Tourismus"]),
        paras=P("""
Das Südtiroler Archäologiemuseum in Bozen, in dem die Gletschermumie Ötzi ausgestellt ist, hat im Juli so viele Besucher gezählt wie noch nie in einem einzigen Monat.

Nach Angaben des Museums kamen fast 41.000 Menschen, rund zehn Prozent mehr als im Vorjahr.

An Regentagen reichte die Schlange vor dem Eingang bis zum Obstmarkt, die Wartezeit betrug bis zu zwei Stunden.

Direktorin Katharina Oberrauch sagte, man prüfe die Einführung von Eintrittskarten mit festen Zeitfenstern.

Das Museum ist in einem ehemaligen Bankgebäude untergebracht und kann aus Sicherheitsgründen nur eine begrenzte Zahl von Besuchern gleichzeitig einlassen.

Der geplante Umzug in einen Neubau auf dem Virgl verzögert sich weiter.

Die meisten Besucher kommen aus Deutschland und Italien, zunehmend aber auch aus den USA und aus Polen.

Die Bozner Hoteliers berichten von einer Auslastung von über 90 Prozent im August.

Das Museum bleibt im August auch an Montagen geöffnet, die Öffnungszeiten werden bis 19 Uhr verlängert. Familien mit Kindern unter sechs Jahren haben weiterhin freien Eintritt.
"""),
        must_have=[
            "Das Museum ist in einem ehemaligen Bankgebäude untergebracht und kann aus Sicherheitsgründen nur eine begrenzte Zahl von Besuchern gleichzeitig einlassen.",
            "Der geplante Umzug in einen Neubau auf dem Virgl verzögert sich weiter.",
        ]),
    # Khabar Online (Iran, Persian): staff, Solar Hijri date in Persian digits, 'کد خبر' line.
    rec(cluster="khabaronline-shiraz-nowruz-persepolis", role="single", file="khabaronline_shiraz_nowruz_fa.html", render="html",
        site=SITE_KO, title="بازدید نوروزی از تخت جمشید ۴۰ درصد افزایش یافت",
        date="2025-03-23", country="IR", region="asia", lang="fa", authors=["مریم صادقی"],
        section="گردشگری", meta_section="گردشگری",
        url="https://www.khabaronline.example.ir/news/1987654",
        description="هتل‌های شیراز در روزهای نخست نوروز پر شدند.",
        published="2025-03-23T08:30:00+03:30",
        byline_lines=["کد خبر ۱۹۸۷۶۵۴", "نویسنده: مریم صادقی"], date_lines=["تاریخ انتشار: ۰۸:۳۰ - ۰۳ فروردین ۱۴۰۴"],
        caption="گردشگران نوروزی در کاخ آپادانای تخت جمشید", credit="محسن رضایی", credit_shown="عکس: محسن رضایی",
        inserts={2: [("ad", "تبلیغات")], 5: [("link", "بیشتر بخوانید:", "صف طولانی مسافران در پایانه‌های مسافربری تهران")]},
        lists=[("پربازدیدترین", ["قیمت بلیت هواپیما در نوروز", "پیش بینی بارش باران در استان فارس"])],
        comments=["نظر شما", "انتشار یافته: ۲"],
        paras=P("""
تعداد بازدیدکنندگان از مجموعه جهانی تخت جمشید در سه روز نخست نوروز نسبت به سال گذشته حدود ۴۰ درصد افزایش یافته است.

به گفته مدیر پایگاه میراث جهانی تخت جمشید، در این سه روز بیش از ۵۲ هزار نفر از این مجموعه بازدید کرده‌اند.

ساعت بازدید از مجموعه در ایام نوروز تا ساعت ۲۰ تمدید شده و راهنمایان داوطلب در محوطه مستقر هستند.

هتل‌ها و اقامتگاه‌های بوم‌گردی شیراز در این روزها تقریبا به طور کامل پر شده‌اند و مدارس شهر نیز برای اسکان مسافران آماده شده‌اند.

آرامگاه حافظ و سعدی و باغ ارم نیز پس از تخت جمشید پربازدیدترین مکان‌های شهر بوده‌اند.

بیشتر گردشگران از تهران، اصفهان و استان‌های جنوبی آمده‌اند و شمار گردشگران خارجی نیز نسبت به پارسال بیشتر شده است.

مسئولان میراث فرهنگی استان فارس از مسافران خواسته‌اند از لمس نقش‌برجسته‌ها و نشستن روی سنگ‌های تاریخی خودداری کنند.

پاسارگاد و نقش رستم نیز در ایام نوروز با افزایش بازدیدکننده روبه‌رو بوده‌اند.
"""),
        must_have=[
            "ساعت بازدید از مجموعه در ایام نوروز تا ساعت ۲۰ تمدید شده و راهنمایان داوطلب در محوطه مستقر هستند.",
            "مسئولان میراث فرهنگی استان فارس از مسافران خواسته‌اند از لمس نقش‌برجسته‌ها و نشستن روی سنگ‌های تاریخی خودداری کنند.",
        ]),
    # El Sol de México (Mexico, Spanish): EFE copy, 'Guanajuato (México), 20 oct (EFE).-' dateline.
    rec(cluster="elsoldemexico-efe-guanajuato-cervantino", role="single", file="elsoldemexico_efe_guanajuato_cervantino_es.html", render="html",
        site=SITE_SM, title="El Festival Cervantino cierra con ocupación hotelera récord en Guanajuato",
        date="2024-10-20", dateline="Guanajuato (México), 20 oct (EFE).- ", city="Guanajuato", country="MX", region="americas", lang="es",
        agency="EFE", section="Cultura", meta_section="Cultura",
        url="https://www.elsoldemexico.example.com.mx/cultura/festival-cervantino-cierra-con-ocupacion-hotelera-record-12345678.html",
        description="La ciudad recibió a más de 400 mil visitantes durante tres semanas.",
        published="2024-10-20T21:12:00-06:00",
        ld_author=[{"@type": "Organization", "name": "EFE"}],
        byline_lines=["EFE"], date_lines=["Guanajuato / domingo 20 de octubre de 2024"],
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Te recomendamos:", "Pueblos Mágicos registran alta afluencia en puente vacacional")]},
        end_lines=["EFE"],
        newsletter_end=["Únete a nuestro canal de WhatsApp", "Recibe las noticias más importantes del día"],
        paras=P("""
El Festival Internacional Cervantino concluyó este domingo su edición 52 con una ocupación hotelera récord en la ciudad de Guanajuato, en el centro de México, según las autoridades locales.

La Secretaría de Turismo estatal informó que los hoteles del centro histórico tuvieron una ocupación promedio del 94 % durante las tres semanas del festival.

Más de 400.000 personas asistieron a los espectáculos en teatros, plazas y callejones de la ciudad, declarada Patrimonio de la Humanidad.

La región invitada de este año fue la ciudad de Nueva York y el país invitado, Japón, que presentó teatro nō y conciertos de tambores taiko.

Los comerciantes del Mercado Hidalgo reportaron ventas superiores a las de años anteriores.

Las estudiantinas, grupos de músicos vestidos a la usanza del siglo XVII, guiaron cada noche recorridos por los callejones del centro.

La alcaldía reforzó la recolección de basura y el transporte público nocturno durante los fines de semana.

Los organizadores anunciaron que la próxima edición se celebrará en octubre de 2025.
"""),
        must_have=[
            "Los comerciantes del Mercado Hidalgo reportaron ventas superiores a las de años anteriores.",
            "La alcaldía reforzó la recolección de basura y el transporte público nocturno durante los fines de semana.",
        ]),
    # Diario Extra (Costa Rica, Spanish): staff, Easter week at Tortuguero.
    rec(cluster="diarioextra-tortuguero-semana-santa", role="single", file="diarioextra_tortuguero_semana_santa_es.html", render="html",
        site=SITE_DX, title="Tortuguero espera llenazo en Semana Santa pese a cupos limitados",
        date="2025-04-14", country="CR", region="americas", lang="es", authors=["Andrea Solano Mora"],
        section="Nacionales", meta_section="Nacionales",
        url="https://www.diarioextra.example.com/Noticia/detalle/512345/tortuguero-espera-llenazo-en-semana-santa",
        description="Los hoteles y botes hacia el parque nacional están casi agotados.",
        published="2025-04-14T05:30:00-06:00",
        byline_lines=["Andrea Solano Mora", "asolano@diarioextra.com"], date_lines=["lunes 14 abril, 2025"],
        caption="Lanchas con turistas en los canales de Tortuguero.", credit="Cortesía SINAC", credit_shown="Foto: Cortesía SINAC",
        inserts={3: [("ad", "PUBLICIDAD")]},
        lists=[("Lo más leído", ["Tránsito anuncia operativos en carreteras", "Fuerte oleaje en el Caribe sur"]),
               ("Noticias relacionadas", ["Parques nacionales amplían horario en Semana Santa"])],
        paras=P("""
Los hoteles y cabinas de Tortuguero, en el Caribe norte, están casi llenos para la Semana Santa, y las empresas de botes que llevan turistas desde La Pavona han vendido la mayoría de sus espacios.

El Sistema Nacional de Áreas de Conservación (SINAC) recordó que el Parque Nacional Tortuguero mantiene un límite diario de visitantes en los senderos y canales.

Los turistas deben comprar su entrada por internet, pues en la entrada del parque no se venderán boletos durante la semana mayor.

Marvin Chaves, dueño de un albergue en el pueblo, dijo que este año llegan más familias costarricenses que en años anteriores.

Los guías locales recuerdan que la temporada de desove de la tortuga baula apenas comienza y que las caminatas nocturnas requieren un guía certificado.

Las autoridades pidieron no dejar basura en los canales ni alimentar a los monos.

La Cruz Roja tendrá un puesto en el muelle de La Pavona desde el miércoles.
"""),
        must_have=[
            "Los turistas deben comprar su entrada por internet, pues en la entrada del parque no se venderán boletos durante la semana mayor.",
            "Las autoridades pidieron no dejar basura en los canales ni alimentar a los monos.",
        ]),
    # Algoa FM (South Africa): radio station news page, staff, festive-season park visitors.
    rec(cluster="algoafm-addo-festive-visitors", role="single", file="algoafm_addo_festive_visitors.html", render="html",
        site=SITE_AF, title="Addo Elephant National Park records busiest festive season yet",
        date="2025-01-21", country="ZA", region="africa", lang="en", authors=["Siphokazi Ndamase"],
        section="News", meta_section="News",
        url="https://www.algoafm.example.co.za/local/addo-elephant-national-park-records-busiest-festive-season",
        description="SANParks says day visitors and overnight stays both rose.",
        published="2025-01-21T14:05:00+02:00",
        byline_lines=["Siphokazi Ndamase"], date_lines=["Posted on 21 Jan 2025 at 14:05"],
        caption="A herd of elephants at a waterhole in Addo Elephant National Park.", credit="SANParks", credit_shown="Photo: SANParks",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "ALSO READ:", "Gqeberha beaches get Blue Flag status again")]},
        above_body=[("listen", "Listen to this article")],
        newsletter_end=["Have a news tip? WhatsApp the Algoa FM newsroom on 082 000 0000"],
        paras=P("""
Addo Elephant National Park had its busiest festive season on record, South African National Parks said on Tuesday.

Between 15 December and 15 January, the park welcomed more than 64,000 visitors, an increase of 11% on the previous year.

Park manager Lwando Mbali said chalets and camping sites at the main rest camp were fully booked for the whole period.

Self-drive day visitors made up the largest group, many of them families from Gqeberha and the Karoo towns.

The park gates were closed for several hours on two days when the number of vehicles reached the daily limit.

International visitors, mostly from Germany, the Netherlands and the United Kingdom, accounted for about a quarter of overnight guests.

SANParks reminded visitors that speeding and leaving vehicles in areas where elephants roam remain the main causes of complaints.

Local guest houses in the Sundays River Valley also reported strong bookings.

The park plans to open a new picnic site near the Jack's Picnic Site area later this year.
"""),
        must_have=[
            "The park gates were closed for several hours on two days when the number of vehicles reached the daily limit.",
            "Local guest houses in the Sundays River Valley also reported strong bookings.",
        ]),
    # Bunbury Herald (Western Australia): staff, community paper layout.
    rec(cluster="bunburyherald-dolphin-discovery-centre-record", role="single", file="bunburyherald_dolphin_discovery_centre.html", render="html",
        site=SITE_BH, title="Dolphin Discovery Centre marks first full year with record visitor numbers",
        date="2024-10-10", country="AU", region="oceania", lang="en", authors=["Hayley Dunstan"],
        section="News", meta_section="News",
        url="https://www.bunburyherald.example.com.au/news/dolphin-discovery-centre-marks-first-full-year-with-record-visitors-c-16234567",
        description="More than 180,000 people visited the Koombana Bay centre.",
        published="2024-10-10T09:00:00+08:00",
        byline_lines=["Hayley Dunstan", "Bunbury Herald"], date_lines=["Thu, 10 October 2024 9:00AM"],
        caption="Visitors at the Dolphin Discovery Centre interaction zone.", credit="Hayley Dunstan", credit_shown="Picture: Hayley Dunstan",
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Get the latest news from Bunbury", "Delivered to your inbox", "Sign up"])]},
        below_body=[("more", "More Coverage")],
        lists=[("Latest in News", ["Busselton Jetty train gets new carriages", "South West hotels brace for school holidays"])],
        paras=P("""
Bunbury's Dolphin Discovery Centre has welcomed more than 180,000 visitors in its first full year since the rebuilt centre reopened.

The figure is almost three times the number the old centre attracted before it closed for redevelopment.

Chief executive Kerryn Mallard said the new aquarium and digital theatre had made the centre a year-round attraction.

Many visitors still come for the chance to stand in the water at Koombana Bay when wild dolphins swim close to the shore.

About 40 per cent of visitors came from Perth, and a growing number were international tourists on self-drive holidays.

The centre employs 35 staff and relies on more than 100 volunteers.

Local accommodation providers said the centre had helped bring more weekend visitors to the city outside summer.

The City of Bunbury plans to improve the foreshore path linking the centre to the CBD next year.

School groups from across the South West have also booked education programs for the rest of the year.
"""),
        must_have=[
            "The figure is almost three times the number the old centre attracted before it closed for redevelopment.",
            "The centre employs 35 staff and relies on more than 100 volunteers.",
        ]),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, Kapital.kz (Kazakhstan, Russian): Kazinform copy, 'ТУРКЕСТАН. КАЗИНФОРМ –' dateline.
    rec(cluster="kapitalkz-kazinform-turkestan-yasawi-visitors", role="single", file="newsplease_kapitalkz_kazinform_turkestan_ru.json",
        render="newsplease", title="Мавзолей Ходжи Ахмеда Яссауи за первый квартал посетили более 300 тысяч человек",
        date="2025-04-24", dateline="ТУРКЕСТАН. КАЗИНФОРМ – ", city="Turkistan", country="KZ", region="asia", lang="ru",
        agency="Kazinform",
        url="https://kapital.example.kz/business/134567/mavzoley-hodzhi-ahmeda-yassaui-za-pervyy-kvartal-posetili.html",
        source_domain="kapital.example.kz",
        description="Туристический поток в Туркестан растет благодаря новым авиарейсам.",
        np_authors=["Kazinform"], np_publish="2025-04-24 11:15:00", np_download="2025-04-24 13:40:22",
        head_lines=["24 апреля 2025 11:15", "Kazinform", "Фото: Kazinform"],
        inserts={2: ["Реклама"], 5: ["Читайте также: В Шымкенте откроют новый гостиничный комплекс"]},
        tail_lines=["Подписывайтесь на Telegram-канал Kapital.kz", "Поделиться", "Комментарии", "Новости по теме",
                    "Самое читаемое", "При полном или частичном использовании материалов ссылка на kapital.kz обязательна",
                    "\u00a9 2025 Kapital.kz", "Реклама на сайте", "Мнение редакции может не совпадать с мнением автора", "Главное"],
        paras=P("""
Мавзолей Ходжи Ахмеда Яссауи в Туркестане за первые три месяца года посетили более 300 тысяч человек, что на четверть больше, чем годом ранее, сообщили в управлении туризма области.

По данным управления, около 40 тысяч из них – иностранные туристы, в основном из Узбекистана, Турции и России.

Рост связывают с открытием прямых авиарейсов в международный аэропорт Туркестана из Стамбула, Ташкента и Казани.

В историко-культурном заповеднике «Азрет Султан» продолжается реставрация северного фасада мавзолея, которую ведут турецкие и казахстанские специалисты.

Реставраторы укрепляют кирпичную кладку и восстанавливают изразцы, утраченные в прошлом веке.

Во время работ мавзолей остается открытым для посетителей, но часть территории огорожена.

В городе за последние три года построено более 20 гостиниц, однако в праздничные дни мест по-прежнему не хватает.

В управлении туризма отметили, что летом планируется запуск туристического поезда из Алматы.

Кроме того, в городе открыт новый визит-центр, где туристы могут получить бесплатные карты и заказать экскурсию на нескольких языках. В выходные дни работают бесплатные автобусы от вокзала до заповедника.
"""),
        must_have=[
            "Реставраторы укрепляют кирпичную кладку и восстанавливают изразцы, утраченные в прошлом веке.",
            "В городе за последние три года построено более 20 гостиниц, однако в праздничные дни мест по-прежнему не хватает.",
        ]),
    # news-please, Jackson Hole News&Guide (Wyoming): staff, 'By X and Y' byline.
    rec(cluster="jhnewsandguide-grand-teton-visitation", role="single", file="newsplease_jhnewsandguide_teton_visits.json",
        render="newsplease", title="Grand Teton visitation dips as lodging prices keep climbing",
        date="2025-04-30", country="US", region="americas", lang="en", authors=["Mara Lindqvist", "Owen Petrakis"],
        url="https://www.jhnewsandguide.example.com/news/environmental/grand-teton-visitation-dips/article_4f5e6d7c.html",
        source_domain="www.jhnewsandguide.example.com",
        description="Park counts fell 4% last year while hotel rates in Jackson rose again.",
        np_authors=["Mara Lindqvist", "Owen Petrakis"], np_publish="2025-04-30 05:00:00", np_download="2025-04-30 09:12:44",
        head_lines=["By Mara Lindqvist and Owen Petrakis Jackson Hole News&Guide", "Apr 30, 2025"],
        inserts={2: ["Sign up for our newsletters"], 5: ["Related", "Town council extends short-term rental moratorium"]},
        tail_lines=["Contact Mara Lindqvist at 732-0000 or parks@jhnewsandguide.com.",
                    "Owen Petrakis covers tourism and the valley economy.", "Support local journalism", "Subscribe",
                    "Most Popular", "Jackson Hole News&Guide \u00a9 2025", "Terms of Use", "Tags", "Tourism", "Grand Teton National Park"],
        paras=P("""
Grand Teton National Park counted about 3.3 million recreational visits last year, 4% fewer than the year before, according to National Park Service figures released this month.

Park officials said the drop was spread across the summer and was sharpest in June.

Local business owners pointed to the cost of staying in Jackson, where the average nightly hotel rate in July topped $500.

The Jackson Hole Chamber of Commerce said overnight stays in town fell slightly while day trips from Idaho rose.

Backcountry permits and campground reservations stayed close to record levels.

Park spokesperson Lena Whitford said visitor numbers remain far above those of a decade ago.

The park is finishing repairs to the Jenny Lake visitor area and plans to reopen the rebuilt Moose-Wilson Road section this summer.

Tourism officials expect the summer to be busy again, with airlines adding flights to Jackson Hole Airport from Dallas and Chicago.
"""),
        must_have=[
            "Backcountry permits and campground reservations stayed close to record levels.",
            "Tourism officials expect the summer to be busy again, with airlines adding flights to Jackson Hole Airport from Dallas and Chicago.",
        ]),
    # news-please, Al Masry Al Youm (Egypt, Arabic): staff, 'كتب: X' line and day-first numeric date.
    rec(cluster="almasryalyoum-luxor-balloons-winter-season", role="single", file="newsplease_almasryalyoum_luxor_balloons_ar.json",
        render="newsplease", title="رحلات البالون الطائر في الأقصر تسجل أعلى معدل منذ عشر سنوات",
        date="2025-01-12", country="EG", region="africa", lang="ar", authors=["محمد السيد"],
        url="https://www.almasryalyoum.example.com/news/details/3345678",
        source_domain="www.almasryalyoum.example.com",
        description="انتعاش الموسم الشتوي في الأقصر مع زيادة أعداد السائحين.",
        np_authors=["محمد السيد"], np_publish="2025-01-12 14:20:00", np_download="2025-01-12 16:48:03",
        head_lines=["كتب: محمد السيد", "الأحد 12-01-2025 14:20"],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضًا: افتتاح مقبرة جديدة بوادي الملوك أمام الزيارة"]},
        tail_lines=["تابعوا آخر أخبار المصري اليوم عبر Google News", "شارك", "فيسبوك", "واتساب", "موضوعات متعلقة",
                    "الأكثر قراءة", "جميع الحقوق محفوظة © المصري اليوم 2025", "كلمات البحث", "الأقصر", "السياحة", "طباعة"],
        paras=P("""
سجلت رحلات البالون الطائر في محافظة الأقصر أعلى معدل تشغيل لها منذ عشر سنوات خلال الأسبوع الأول من يناير الجاري، وفق بيانات سلطة الطيران المدني.

وأقلعت أكثر من 1200 رحلة خلال سبعة أيام من منطقة البر الغربي، حملت نحو 25 ألف سائح شاهدوا معابد الدير البحري ووادي الملوك من الجو.

وقال أحد مديري شركات البالون إن الحجوزات ممتلئة حتى نهاية فبراير.

وتشهد الأقصر انتعاشا كبيرا في الموسم الشتوي، إذ تجاوزت نسب الإشغال في الفنادق العائمة والثابتة 85 بالمئة.

وتتم رحلات البالون في الصباح الباكر، وتخضع لرقابة يومية من لجنة فنية تتابع حالة الطقس وسرعة الرياح.

وأضاف أن أغلب السائحين من الصين وإسبانيا وألمانيا وأمريكا اللاتينية.

وتعمل المحافظة على تطوير طريق الكباش ومنطقة الكرنك لاستيعاب الأعداد المتزايدة من الزوار.

ويأمل العاملون في القطاع أن يستمر الانتعاش حتى موسم تعامد الشمس على معبد أبو سمبل في فبراير.

وأكد مسؤولو السياحة في المحافظة أن الأقصر تستعد لاستقبال عدد من السفن السياحية النيلية الجديدة خلال الأسابيع المقبلة.
"""),
        must_have=[
            "وقال أحد مديري شركات البالون إن الحجوزات ممتلئة حتى نهاية فبراير.",
            "وتتم رحلات البالون في الصباح الباكر، وتخضع لرقابة يومية من لجنة فنية تتابع حالة الطقس وسرعة الرياح.",
        ]),
    # trafilatura, Gorenjski glas (Slovenia, Slovenian): staff, Bohinj parking and visitor limits.
    rec(cluster="gorenjskiglas-bohinj-parking-visitors", role="single", file="trafilatura_gorenjskiglas_bohinj_sl.json",
        render="trafilatura", title="V Bohinju poleti omejitve za avtomobile, obiskovalci naj pridejo z avtobusom",
        date="2024-06-18", country="SI", region="europe", lang="sl", authors=["Mateja Rozman"], section="Gorenjska",
        url="https://www.gorenjskiglas.example.si/article/20240618/C/240619812/v-bohinju-poleti-omejitve-za-avtomobile",
        hostname="www.gorenjskiglas.example.si", source_hostname="Gorenjski glas",
        description="Občina bo zaprla cesto do slapa Savica za osebne avtomobile.",
        tf_author="Mateja Rozman", tf_date="2024-06-18", tf_language="sl", categories="Gorenjska;Bohinj",
        head_lines=["Mateja Rozman", "torek, 18. junij 2024 / 05:55", "Foto: Tina Dokl"],
        inserts={2: ["Oglas"], 5: ["Preberite še: Na Bledu letos več nočitev kot pred epidemijo"]},
        tail_lines=["Deli", "Facebook", "Komentarji", "Za komentiranje se prijavite", "Najbolj brano",
                    "Gorenjski glas \u00a9 2024 Vse pravice pridržane", "Naročite se na e-novice",
                    "Impresum", "Oglaševanje", "Bohinj", "turizem"],
        paras=P("""
Občina Bohinj bo od 1. julija do konca avgusta zaprla cesto od Ukanca do slapa Savica za osebne avtomobile, obiskovalci pa bodo do slapa lahko prišli z brezplačnim avtobusom.

Podobno ureditev so v zadnjih letih uvedli že na cesti na planino Blato in Vogar.

Lani je slap Savica obiskalo več kot 120 tisoč ljudi, ob vikendih pa so bila parkirišča polna že ob devetih zjutraj.

Župan je povedal, da je cilj zmanjšati gnečo ob jezeru in vzporedno spodbuditi obiskovalce, da ostanejo v dolini več dni.

Avtobusi bodo vozili vsakih 20 minut z glavnega parkirišča v Ribčevem Lazu.

Cena parkiranja ob jezeru se bo podvojila, domačini in gostje, ki prenočujejo v Bohinju, pa bodo imeli popust.

Turistični ponudniki ukrep večinoma podpirajo, nekateri gostinci ob cesti pa se bojijo manj gostov.

Občina bo ukrep ocenila jeseni.

Lani so podoben režim preizkusili na cesti proti planini Blato, kjer je bilo število avtomobilov bistveno manjše, obiskovalci pa so bili večinoma zadovoljni.
"""),
        must_have=[
            "Avtobusi bodo vozili vsakih 20 minut z glavnega parkirišča v Ribčevem Lazu.",
            "Turistični ponudniki ukrep večinoma podpirajo, nekateri gostinci ob cesti pa se bojijo manj gostov.",
        ]),
    # trafilatura, Les Dépêches de Brazzaville (Congo, French): staff, FESPAM hotels.
    rec(cluster="adiac-brazzaville-fespam-hotels", role="single", file="trafilatura_lesdepeches_brazzaville_fespam_fr.json",
        render="trafilatura", title="Fespam 2025 : les hôtels de Brazzaville affichent complet",
        date="2025-07-21", country="CG", region="africa", lang="fr", authors=["Rock Ngassakys"], section="Culture",
        url="https://www.adiac-congo.example.com/content/fespam-2025-les-hotels-de-brazzaville-affichent-complet-167890",
        hostname="www.adiac-congo.example.com", source_hostname="Les Dépêches de Brazzaville",
        description="Festivaliers et délégations étrangères se disputent les dernières chambres.",
        tf_author="Rock Ngassakys", tf_date="2025-07-21", tf_language="fr", categories="Culture;Brazzaville",
        head_lines=["Lundi 21 Juillet 2025 - 18:12", "Rock Ngassakys"],
        inserts={2: ["Publicité"], 5: ["Lire aussi : Le musée Marien-Ngouabi rouvre ses portes après travaux"]},
        tail_lines=["Légendes et crédits photo :", "Notification:", "Non", "Envoyer à un ami", "Imprimer",
                    "Les Dépêches de Brazzaville \u00a9 2025", "Tous droits réservés", "Agence d'information d'Afrique centrale",
                    "Nos partenaires", "Abonnez-vous", "Partager"],
        paras=P("""
À la veille de l'ouverture du Festival panafricain de musique, les hôtels de Brazzaville affichent complet, selon plusieurs gérants joints par nos soins.

Plus de 1 500 artistes et membres de délégations venus de 25 pays sont attendus pendant une semaine dans la capitale congolaise.

Les établissements du centre-ville et des abords du fleuve ont été réservés en grande partie par les organisateurs.

Des familles de Bacongo et de Poto-Poto proposent des chambres chez l'habitant pour accueillir les festivaliers venus de Kinshasa et de Pointe-Noire.

Le ministère du Tourisme a recensé une quarantaine de nouveaux lieux d'hébergement depuis la dernière édition.

Les concerts se tiendront au palais des congrès, sur l'esplanade de la corniche et dans plusieurs quartiers.

Les restaurateurs se préparent eux aussi à une forte affluence et ont renforcé leurs équipes.

La traversée du fleuve par canot rapide entre Kinshasa et Brazzaville sera renforcée pendant le festival.

Les organisateurs assurent que des navettes gratuites relieront les principaux sites.
"""),
        must_have=[
            "Le ministère du Tourisme a recensé une quarantaine de nouveaux lieux d'hébergement depuis la dernière édition.",
            "Les concerts se tiendront au palais des congrès, sur l'esplanade de la corniche et dans plusieurs quartiers.",
        ]),
    # trafilatura, Diario Uno (Argentina, Spanish): staff, San Rafael Carnival weekend.
    rec(cluster="diariouno-san-rafael-carnaval-ocupacion", role="single", file="trafilatura_diariouno_san_rafael_carnaval_es.json",
        render="trafilatura", title="Carnaval: San Rafael tuvo ocupación plena y el Cañón del Atuel estuvo colmado",
        date="2025-03-04", country="AR", region="americas", lang="es", authors=["Julieta Ferraris"], section="Turismo",
        url="https://www.diariouno.example.com.ar/turismo/carnaval-san-rafael-tuvo-ocupacion-plena-n1234567",
        hostname="www.diariouno.example.com.ar", source_hostname="Diario UNO",
        description="Los prestadores hablan del mejor fin de semana largo del verano.",
        tf_author="Julieta Ferraris", tf_date="2025-03-04", tf_language="es", categories="Turismo;Mendoza",
        head_lines=["Por Julieta Ferraris", "4 de marzo de 2025 - 09:32"],
        inserts={2: ["Publicidad"], 5: ["Leé además: Valle de Uco: las bodegas registraron récord de visitas en la vendimia"]},
        tail_lines=["Temas", "San Rafael", "Turismo", "Seguí leyendo", "Lo más visto", "Diario UNO \u00a9 2025",
                    "Todos los derechos reservados", "Registro de propiedad intelectual", "Contacto", "Suscribite al newsletter", "Compartir"],
        paras=P("""
El fin de semana largo de Carnaval dejó una ocupación hotelera cercana al 100% en San Rafael, en el sur de Mendoza, según la Cámara de Comercio local.

El Cañón del Atuel y el embalse Valle Grande recibieron miles de visitantes por día, con largas filas de autos en la ruta provincial 173.

Las empresas de rafting del río Atuel hicieron salidas desde las 8 de la mañana hasta la caída del sol.

Muchos turistas llegaron desde Buenos Aires, Córdoba y San Luis, y también hubo grupos de Chile.

Los prestadores destacaron que el gasto promedio fue menor que el de años anteriores, aunque las estadías se alargaron.

La municipalidad reforzó los controles de tránsito en la zona del cañón, donde la calzada es angosta y en parte de ripio.

Las bodegas de la zona organizaron degustaciones y visitas guiadas que se agotaron.

Para Semana Santa ya hay reservas en la mayoría de los complejos de cabañas.
"""),
        must_have=[
            "Las empresas de rafting del río Atuel hicieron salidas desde las 8 de la mañana hasta la caída del sol.",
            "La municipalidad reforzó los controles de tránsito en la zona del cañón, donde la calzada es angosta y en parte de ripio.",
        ]),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_KM = site("The Kerryman", "https://www.kerryman.example.ie", " | The Kerryman", "en_IE", "@TheKerryman",
               ["News", "Sport", "Lifestyle", "Business", "Notices"],
               ["\u00a9 Mediahuis Ireland 2024", "Privacy Statement", "Cookie Policy"], share=["Facebook", "X", "Email"],
               cookie="We use cookies and similar technologies to personalise content and ads.", buttons=["Accept all", "Manage preferences"])

JSONL_STORIES = [
    # newsbeam text shape: the BTA story on Darik News (syndicated member of the BTA cluster).
    dict(BTA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://dariknews.example.bg/regioni/stara-zagora/rekorden-broj-chuzhdestranni-turisti-na-praznika-na-rozata-2398765",
         nb_published="2024-06-07T12:10:00Z", outlet="Darik News", nb_authors=["БТА"],
         head_lines=["07.06.2024 15:10", "Източник: БТА"],
         tail_lines=["Следвайте ни в Google News", "Сподели", "Facebook", "Последни новини", "Най-четени",
                     "Още от Стара Загора", "dariknews.bg", "\u00a9 Дарик Нюз 2024", "Условия за ползване",
                     "Политика за поверителност", "Реклама", "Абонирайте се за бюлетина", "Коментари"]),
    # news-please shape: the Newsis story on Gyeongnam Domin Ilbo (syndicated member of the Newsis cluster).
    dict(NEWSIS, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.idomin.example.com/news/articleView.html?idxno=912345",
         source_domain="www.idomin.example.com",
         np_authors=["김도현"], np_publish="2024-10-07 15:02:00", np_download="2024-10-07 17:30:19",
         head_lines=["뉴시스", "승인 2024.10.07 15:02", "댓글 0"],
         tail_lines=["kdh@newsis.com", "저작권자 © 경남도민일보 무단전재 및 재배포 금지", "기사공유하기", "페이스북", "카카오톡",
                     "관련기사", "많이 본 기사", "경남도민일보 후원하기", "구독신청", "기사제보", "개인정보처리방침", "청소년보호정책"]),
    # newsbeam html shape: The Kerryman (Ireland): staff, Killarney hotels and the Skellig boat season.
    rec(cluster="kerryman-killarney-hotels-skellig-season", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_KM, title="Killarney hoteliers report strong summer but warn over Skellig boat cancellations",
        date="2024-08-27", country="IE", region="europe", lang="en", authors=["Aoife Kissane"],
        section="News", meta_section="News",
        url="https://www.kerryman.example.ie/news/killarney-hoteliers-report-strong-summer-43123456.html",
        description="Occupancy in the town ran above 90 per cent for most of July and August.",
        published="2024-08-27T07:00:00+01:00",
        nb_published="2024-08-27T06:00:00Z", outlet="The Kerryman", nb_authors=["Aoife Kissane"],
        byline_lines=["Aoife Kissane"], date_lines=["Tue 27 Aug 2024 at 07:00"],
        caption="Tourists on a jaunting car at Muckross House in Killarney National Park.", credit="Don MacMonagle",
        credit_shown="Photo by Don MacMonagle",
        inserts={2: [("ad", "Today's News in 90 Seconds")], 5: [("link", "Read more", "Valentia ferry to run later into October")]},
        tags=("Related topics", ["Killarney", "Tourism"]),
        paras=P("""
Hotels in Killarney ran at more than 90 per cent occupancy for most of July and August, according to the local branch of the Irish Hotels Federation.

American visitors were the largest group, followed by German and Dutch tourists and Irish families on short breaks.

Branch chairman Conor Falvey said room rates had stayed broadly the same as last year despite higher costs for energy and staff.

Jaunting car drivers at Muckross House and the Gap of Dunloe reported one of their busiest seasons.

Further west, boat operators at Portmagee said bad weather had forced them to cancel almost a third of the landing trips to Skellig Michael.

The island, a World Heritage site, is only open to a limited number of visitors each day between May and early October.

Operators have asked the Office of Public Works to extend the season into October to make up for lost days.

Tourism groups said visitors who missed the Skelligs often stayed an extra night in the hope of a later crossing.
"""),
        must_have=[
            "Jaunting car drivers at Muckross House and the Gap of Dunloe reported one of their busiest seasons.",
            "The island, a World Heritage site, is only open to a limited number of visitors each day between May and early October.",
        ]),
    # trafilatura shape: the CP story on the Journal Pioneer (syndicated member of the CP cluster).
    dict(CP, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://www.journalpioneer.example.com/news/wood-islands-ferry-opens-season-with-new-vessel-100987654/",
         hostname="www.journalpioneer.example.com", source_hostname="Journal Pioneer",
         tf_author="Ryan Doucette", tf_date="2024-05-01", tf_language="en", categories="News;Canada",
         head_lines=["Ryan Doucette \u00b7 The Canadian Press", "Published May 01, 2024 \u2022 2 minute read"],
         tail_lines=["This report by The Canadian Press was first published May 1, 2024.", "Share this Story",
                     "Trending", "Read Next", "Comments", "Postmedia is committed to maintaining a lively but civil forum for discussion.",
                     "Sign up to receive daily headline news from the Journal Pioneer", "\u00a9 2024 Journal Pioneer, a division of Postmedia Network Inc.",
                     "Terms of Use", "Privacy Policy", "Advertisement", "Story continues below", "Featured Local Savings"]),
    # news-please shape: The Daily Sun (Bangladesh): BSS copy, "COX'S BAZAR, Dec 26, 2024 (BSS) -" dateline.
    rec(cluster="dailysun-bss-coxs-bazar-tourist-rush", role="single", file=JSONL_B, render="newsplease",
        title="Tourist rush in Cox's Bazar as hotels offer winter discounts",
        date="2024-12-26", dateline="COX'S BAZAR, Dec 26, 2024 (BSS) - ", city="Cox’s Bāzār", country="BD", region="asia",
        lang="en", agency="BSS",
        url="https://www.daily-sun.example.com/post/789012",
        source_domain="www.daily-sun.example.com",
        description="Around five lakh tourists are expected during the year-end holidays.",
        np_authors=["BSS"], np_publish="2024-12-26 19:11:00", np_download="2024-12-26 21:40:57",
        head_lines=["BSS", "26 December, 2024 07:11 PM", "Print Edition"],
        inserts={2: ["Advertisement"], 5: ["Read more: Saint Martin's trips resume with limited permits"]},
        tail_lines=["BSS/ABM/KR", "Share", "Facebook", "Related News", "Latest News", "Most Read",
                    "\u00a9 2024 daily-sun.com", "Editor: Enamul Huq", "Follow us on Google News", "Join our WhatsApp channel"],
        paras=P("""
Cox's Bazar is seeing a large rush of visitors as the year-end holidays and winter school breaks coincide, with many hotels offering discounts of up to 30 percent.

The Cox's Bazar Hotel-Guesthouse Owners' Association said around five lakh tourists are expected to visit the beach town between Christmas and the first week of January.

Association general secretary Mukim Khan said most of the more than 500 hotels, motels and guesthouses in the town had been booked in advance.

The Laboni, Sugandha and Kolatoli points of the beach were crowded from morning till late evening.

Tourist police have set up watch towers and deployed lifeguards at the main beach points to prevent drowning.

Bus operators added extra trips from Dhaka and Chattogram, and airlines increased flights to the newly expanded Cox's Bazar airport.

Many visitors also travelled to the Himchhari waterfall and the Marine Drive road along the coast.

The district administration said it is monitoring hotel room rates to prevent overcharging.
"""),
        must_have=[
            "The Laboni, Sugandha and Kolatoli points of the beach were crowded from morning till late evening.",
            "Many visitors also travelled to the Himchhari waterfall and the Marine Drive road along the coast.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventy-second held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Dnevnik '07 юни 2024' with the BTA dateline '7 юни', Darik "
    "News '07.06.2024 15:10' (crawler stamp 12:10Z the same day); Daejeon Ilbo '입력 2024-10-07' and Gyeongnam Domin Ilbo '승인 "
    "2024.10.07'; Guelph Mercury 'Wed., May 1, 2024' (its 'Updated' line is the same day and is not the date) and the Journal "
    "Pioneer 'Published May 01, 2024'; The Daily Telegraph 'January 14, 2025 - 5:00AM' (both copies); Jansatta prints only "
    "'Updated: February 20, 2025' beside the '20 फरवरी' dateline, the same day; Lapin Kansa 'Julkaistu 3.12.2024' (not "
    "'Päivitetty'); Key West Citizen 'Mar 5, 2025' (not 'Updated Mar 6, 2025'); Addustour 'الأحد 27 تموز / يوليو 2025' "
    "(Levantine and Egyptian month names side by side); Daily Independent 'August 16, 2024' and the NAN dateline; Korzár '18. "
    "mája 2024'; Eritrea Profile 'Saturday, 12 October 2024'; Cebu Daily News 'January 17,2025'; Le Djely '12 mars 2025'; "
    "Cornwall Live '11:00, 22 Jul 2024' (not the 'Updated' line); Dolomiten '14. August 2024'; Khabar Online '۰۳ فروردین ۱۴۰۴' "
    "(Solar Hijri in Persian digits: 23 March 2025, also in its article:published_time at +03:30); El Sol de México 'domingo 20 "
    "de octubre de 2024' with the EFE dateline '20 oct'; Diario Extra 'lunes 14 abril, 2025'; Algoa FM 'Posted on 21 Jan "
    "2025'; Bunbury Herald 'Thu, 10 October 2024'; Kapital.kz '24 апреля 2025'; Jackson Hole News&Guide 'Apr 30, 2025'; Al "
    "Masry Al Youm '12-01-2025' (day first: 12 January); Gorenjski glas 'torek, 18. junij 2024'; Les Dépêches de Brazzaville "
    "'Lundi 21 Juillet 2025'; Diario UNO '4 de marzo de 2025'; The Kerryman 'Tue 27 Aug 2024' (crawler stamp 06:00Z the same "
    "day); Daily Sun '26 December, 2024' with the BSS dateline 'Dec 26, 2024'",
    "dateline_city": "'Казанлък, 7 юни /Мария Петрова, БТА/ ' -> 'Kazanlak' (both BTA copies; the reporter's name sits inside "
    "the dateline); '(공주=뉴시스) 김도현 기자 = ' -> 'Gongju' (both Newsis copies); 'CHARLOTTETOWN — ' -> 'Charlottetown' (both "
    "CP copies; neither Guelph nor Summerside is the dateline); 'खजुराहो, 20 फरवरी (भाषा) ' -> 'Khajuraho'; 'Osogbo, Aug. 16, "
    "2024 (NAN) ' -> 'Osogbo'; 'Dalaba, 12 mars (AGP) – ' -> 'Dalaba'; 'Guanajuato (México), 20 oct (EFE).- ' -> 'Guanajuato' "
    "(the city, not the state of the same name); 'ТУРКЕСТАН. КАЗИНФОРМ – ' -> 'Turkistan' (the GeoNames main name of Türkistan); "
    "\"COX'S BAZAR, Dec 26, 2024 (BSS) - \" -> \"Cox’s Bāzār\" (the GeoNames main name). Places named only in the story text or a section name (Manly, "
    "Rovaniemi, Key West, Jerash, Levoča, Massawa, Cebu, Marazion, Bolzano, Shiraz, Tortuguero, Addo, Bunbury, Jackson, Luxor, "
    "Bohinj, Brazzaville, San Rafael, Killarney) are not datelines: all other records have city null and the country of the "
    "story's location",
    "country": "the CP story on the Guelph Mercury (Ontario) and the Journal Pioneer is datelined Charlottetown (CA); Dolomiten "
    "is a German-language paper in South Tyrol, Italy (IT); The Kerryman story is about Killarney and the Skelligs (IE); "
    "Eritrea is ER; Republic of the Congo (Brazzaville) is CG; Egypt is africa and Jordan, Iran and Kazakhstan are asia by UN M49",
    "agency": "Dnevnik and Darik News carry BTA (the Bulgarian News Agency: '/…, БТА/' dateline, 'Източник: БТА'; the "
    "crawler's author 'БТА' is not a writer); Daejeon Ilbo and Gyeongnam Domin Ilbo carry Newsis ('뉴시스' dateline and line, "
    "newsis.com address); the Guelph Mercury and the Journal Pioneer carry The Canadian Press, labelled 'CP' as earlier sets label it (byline and 'This report by The "
    "Canadian Press'); Jansatta carries PTI's Hindi service Bhasha ('(भाषा)' dateline and sign-off), labelled 'PTI'; Daily "
    "Independent carries NAN (the News Agency of Nigeria: dateline and '(NAN)'); Le Djely carries AGP (the Agence guinéenne de "
    "presse: dateline and 'AGP' sign-off); El Sol de México carries EFE; Kapital.kz carries Kazinform ('КАЗИНФОРМ' dateline); "
    "the Daily Sun carries BSS (Bangladesh Sangbad Sangstha). Photo credits ('SANParks', 'Cortesía SINAC', 'Foto: Kazinform') "
    "do not make a story agency copy; all other records are staff copy",
    "authors": "BTA 'Мария Петрова' named inside the dateline (both BTA records); Newsis '김도현 기자' ('기자' = 'reporter') -> "
    "'김도현' (both Newsis records); CP 'By Ryan Doucette The Canadian Press' -> 'Ryan Doucette' (both CP records); The Daily "
    "Telegraph 'Clara Whitfield' ('NSW Transport Reporter' is her role; both copies); Lapin Kansa 'Aino Kärkkäinen'; Key West "
    "Citizen 'DANA WHITLOCK' printed in capitals -> 'Dana Whitlock'; Addustour 'كتب: سامر العمري' ('written by'); Korzár 'Lucia "
    "Kolláriková'; Eritrea Profile 'By Feven Ghebremedhin' printed at the end; Cebu Daily News 'By: Jessa Mae Villaflor - "
    "Multimedia Reporter' -> 'Jessa Mae Villaflor'; Cornwall Live 'Lowenna Tregear' ('Senior Reporter' is her role); Dolomiten "
    "'Von Verena Pichler'; Khabar Online 'نویسنده: مریم صادقی'; Diario Extra 'Andrea Solano Mora'; Algoa FM 'Siphokazi "
    "Ndamase'; Bunbury Herald 'Hayley Dunstan' (also the photographer); Jackson Hole News&Guide 'By Mara Lindqvist and Owen "
    "Petrakis' (two writers); Al Masry Al Youm 'كتب: محمد السيد'; Gorenjski glas 'Mateja Rozman'; Les Dépêches de Brazzaville "
    "'Rock Ngassakys'; Diario UNO 'Por Julieta Ferraris'; The Kerryman 'Aoife Kissane'. Desk and agency bylines ('By Agency "
    "Reporter', 'Par La Rédaction', 'भाषा', 'EFE', 'Kazinform', 'BSS') are not authors; Jansatta, Daily Independent, Le Djely, "
    "El Sol de México, Kapital.kz and the Daily Sun name no writer",
    "editors": "no record names a story editor; the Daily Sun's 'Editor: Enamul Huq' is the newspaper's masthead editor in the "
    "page footer (chrome), and 'BSS/ABM/KR' are desk initials, so editors is empty everywhere",
    "caption_credit": "credits without their wrapper: The Daily Telegraph 'Picture: Richard Dobson' -> 'Richard Dobson' (both "
    "copies); Korzár '(Zdroj: Korzár/Ján Hudák)' ('source:') -> 'Korzár/Ján Hudák'; Cornwall Live '(Image: Greg Martin/Cornwall "
    "Live)' -> 'Greg Martin/Cornwall Live'; Dolomiten '© Ferdinand Tauber' -> 'Ferdinand Tauber'; Khabar Online 'عکس: محسن "
    "رضایی' ('photo:') -> 'محسن رضایی'; Diario Extra 'Foto: Cortesía SINAC' -> 'Cortesía SINAC' ('courtesy' is part of the "
    "credit as printed); Algoa FM 'Photo: SANParks' -> 'SANParks'; Bunbury Herald 'Picture: Hayley Dunstan' -> 'Hayley "
    "Dunstan'; The Kerryman 'Photo by Don MacMonagle' -> 'Don MacMonagle'. Photo lines in JSON text without a caption "
    "(Kapital.kz 'Фото: Kazinform', Gorenjski glas 'Foto: Tina Dokl') are chrome, not a labelled caption; records without a "
    "photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Daejeon Ilbo '충남' (South Chungcheong), "
    "Guelph Mercury 'Canada', Cornwall Live 'Cornwall News', Dolomiten 'Lokal', Khabar Online 'گردشگری' (tourism), El Sol de "
    "México 'Cultura', Diario Extra 'Nacionales', Algoa FM 'News', Bunbury Herald 'News', The Kerryman 'News'; trafilatura "
    "records take their first category (Gorenjski glas 'Gorenjska', Les Dépêches de Brazzaville 'Culture', Diario UNO "
    "'Turismo', Journal Pioneer 'News'); news-please, plain text and newsbeam text records have none",
    "language": "'bg' Bulgarian (two copies of the BTA story); 'ko' Korean (two copies of the Newsis story); 'ar' Jordanian and "
    "Egyptian papers in Arabic (two); 'es' Mexican, Costa Rican and Argentine Spanish (three); 'fr' Guinean and Congolese "
    "French (two); 'hi' Hindi (Devanagari); 'fa' Persian; 'ru' Russian from Kazakhstan (Cyrillic); 'fi' Finnish; 'sk' Slovak; "
    "'sl' Slovenian; 'de' South Tyrolean German; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, rules and "
    "disclaimers, advertisement labels, 'Article continues below', 'Listen to this article', reading times, article codes, "
    "related-story lines and boxes, tag lists, most-read rails, newsletter, WhatsApp, Telegram and Google News promos, "
    "reporter bio, role, e-mail and contact lines, wire source lines and sign-offs ('Източник: БТА', '(भाषा)', '(NAN)', 'AGP', "
    "'EFE', 'BSS/ABM/KR', 'This report by The Canadian Press was first published …'), desk bylines, ownership, copyright and "
    "reuse notices, masthead editor lines, photo lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (BTA and Newsis in the plain batch, The Canadian "
    "Press in the gzipped batch) and one staff page with a noisy gzipped re-scrape (The Daily Telegraph: curly quotes, NBSP, "
    "hard wraps, CRLF); all other records are singles",
}


ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"bta", "бта", "дневник", "dnevnik", "darik news", "дарик нюз", "newsis", "뉴시스", "대전일보", "daejeon ilbo",
                "경남도민일보", "gyeongnam domin ilbo", "the canadian press", "canadian press", "guelph mercury", "journal pioneer",
                "the daily telegraph", "daily telegraph", "भाषा", "जनसत्ता", "jansatta", "lapin kansa", "key west citizen",
                "الدستور", "addustour", "nan", "news agency of nigeria", "agency reporter", "by agency reporter", "independent",
                "daily independent", "korzár", "eritrea profile", "cebu daily news", "cdn digital", "agp", "le djely",
                "la rédaction", "par la rédaction", "cornwall live", "dolomiten", "خبرآنلاین", "khabar online", "efe",
                "el sol de méxico", "diario extra", "algoa fm", "bunbury herald", "kazinform", "казинформ", "kapital.kz",
                "jackson hole news&guide", "المصري اليوم", "al masry al youm", "gorenjski glas", "les dépêches de brazzaville",
                "diario uno", "the kerryman", "bss", "daily sun", "sanparks"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
