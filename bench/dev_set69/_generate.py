#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-ninth development set (bench/dev_set69/, first written as the sixty-sixth held-out set).

    .venv/bin/python bench/dev_set69/_generate.py

Writes ``bench/dev_set69/articles/*`` and ``bench/dev_set69/labels.json`` (next to this
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
bench/dev_set68/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout66_2025-a.jsonl"
JSONL_B = "crawl_holdout66_2025-b.jsonl.gz"


# ---- cluster: ISNA, Tehran (Etemad scrape + copy on Ensaf News in the plain batch) ----

ISNA = rec(
    cluster="isna-konkur-savabegh-tahsili",
    title="سهم سوابق تحصیلی در کنکور ۱۴۰۴ به ۶۰ درصد می‌رسد",
    date="2025-01-08",
    country="IR",
    region="asia",
    agency="ISNA",
    lang="fa",
    description="سازمان سنجش جزئیات تازه‌ای از آزمون سراسری سال آینده اعلام کرد.",
    paras=P("""
به گزارش ایسنا، رئیس سازمان سنجش آموزش کشور اعلام کرد که سهم سوابق تحصیلی در پذیرش دانشگاه‌ها در کنکور سال ۱۴۰۴
به ۶۰ درصد افزایش می‌یابد و نمره آزمون سراسری تنها ۴۰ درصد از نمره نهایی را تشکیل خواهد داد.

او گفت که نمرات امتحانات نهایی پایه یازدهم و دوازدهم با ضریب‌های متفاوت در این محاسبه وارد می‌شوند.

به گفته وی، داوطلبانی که از نمرات خود راضی نیستند می‌توانند در نوبت بعدی امتحان نهایی شرکت کنند و نمره بهتر
ملاک قرار می‌گیرد.

ثبت‌نام آزمون سراسری از نیمه بهمن‌ماه آغاز می‌شود و دفترچه راهنما یک هفته پیش از آن منتشر خواهد شد.

برخی از معلمان دبیرستان نگرانند که افزایش سهم امتحانات نهایی فشار روانی بیشتری بر دانش‌آموزان وارد کند.

یک مشاور تحصیلی در تهران گفت که خانواده‌ها هنوز درباره نحوه محاسبه نمره تراز اطلاعات کافی ندارند.

سازمان سنجش قول داده است که سامانه‌ای برای پاسخ به پرسش‌های داوطلبان و والدین راه‌اندازی کند.

سال گذشته بیش از یک میلیون و ۲۰۰ هزار نفر در آزمون سراسری ثبت‌نام کرده بودند.

کارشناسان آموزشی می‌گویند که کاهش نقش تست‌زنی می‌تواند به مرور از هزینه کلاس‌های کنکور بکاهد.
"""),
    must_have=[
        "ثبت‌نام آزمون سراسری از نیمه بهمن‌ماه آغاز می‌شود و دفترچه راهنما یک هفته پیش از آن منتشر خواهد شد.",
        "سال گذشته بیش از یک میلیون و ۲۰۰ هزار نفر در آزمون سراسری ثبت‌نام کرده بودند.",
    ],
)

# ---- cluster: TT, Sweden (Dagens Nyheter page + copy on Hallandsposten in the plain batch) ----

TT = rec(
    cluster="tt-skolmat-kostnader-kommuner",
    title="Dyrare skolmat tvingar kommuner att dra ner på ekologiskt",
    date="2024-10-03",
    country="SE",
    region="europe",
    agency="TT",
    authors=["Johanna Berglund"],
    lang="sv",
    description="Matpriserna har pressat skolkökens budgetar i hela landet.",
    paras=P("""
Stigande matpriser har fått flera kommuner att minska andelen ekologiska livsmedel i skolmaten, visar en
rundringning som TT har gjort till landets kostchefer.

Av de 60 kommuner som svarade uppger 22 att de har sänkt sina mål för ekologiskt sedan förra läsåret.

Kostnaden per portion har på två år ökat med i genomsnitt 18 procent, enligt kostcheferna.

"Vi har valt att prioritera att maten ska vara god och näringsriktig, även om det betyder mindre ekologiskt",
säger kostchefen i en mellanstor kommun i Småland, Lena Håkansson.

Flera kommuner har också minskat antalet rätter att välja mellan och serverar oftare vegetariskt.

Livsmedelsverket påminner om att skolmåltiden ska vara fri och näringsriktig enligt skollagen.

Elevorganisationer oroar sig för att fler elever ska hoppa över lunchen om utbudet blir sämre.

Några kommuner har i stället ökat budgeten för skolmat, bland dem flera i Västra Götaland.

Sveriges Kommuner och Regioner vill att staten bidrar med mer pengar till skolmåltiderna under de kommande åren.
"""),
    must_have=[
        "Kostnaden per portion har på två år ökat med i genomsnitt 18 procent, enligt kostcheferna.",
        "Livsmedelsverket påminner om att skolmåltiden ska vara fri och näringsriktig enligt skollagen.",
    ],
)

# ---- cluster: ENA, Bahir Dar (Borkena gzipped page + copy on Addis Zeybe in the gzipped batch) ----

ENA = rec(
    cluster="ena-bahir-dar-school-feeding",
    title="Amhara region expands school feeding programme to 400,000 pupils",
    date="2024-06-10",
    dateline="Bahir Dar, June 10/2024 (ENA) - ",
    city="Bahir Dar",
    country="ET",
    region="africa",
    agency="ENA",
    lang="en",
    description="The regional education bureau says the programme has reduced dropouts.",
    paras=P("""
The Amhara Regional Education Bureau said it will expand its school feeding programme to reach 400,000
primary pupils in the coming academic year.

Bureau head Ato Getachew Alemu told ENA that the programme had helped bring thousands of children back to
classrooms in drought-affected woredas.

He said the number of pupils receiving a daily meal had risen from 250,000 last year.

According to him, parents and local communities contribute grain and labour, while the regional government
covers the cost of cooking oil and utensils.

Teachers in the North Wollo and Wag Hemra zones said attendance improved noticeably after meals were introduced.

A school director in Sekota said some pupils had previously fainted in class because they came to school hungry.

The bureau plans to set up school gardens in 300 schools so that part of the food can be grown locally.

Getachew called on investors and development partners to support the expansion.

The federal Ministry of Education has said it aims to provide school meals to all primary pupils in the
country by 2030.
"""),
    must_have=[
        "He said the number of pupils receiving a daily meal had risen from 250,000 last year.",
        "The bureau plans to set up school gardens in 300 schools so that part of the food can be grown locally.",
    ],
)

# ---- cluster: Chalkbeat Colorado, page + noisy re-scrape ----

CHB = rec(
    cluster="chalkbeat-denver-school-closures",
    title="Denver Public Schools weighs closing 10 schools as enrollment keeps falling",
    date="2024-11-14",
    country="US",
    region="americas",
    authors=["Maya Okonkwo-Reyes"],
    lang="en",
    caption="Students leave Valverde Elementary at the end of the day on Tuesday.",
    credit="Rachel Ortiz Vance / Chalkbeat",
    paras=P("""
Denver Public Schools could close as many as 10 elementary and middle schools next year, district leaders
told the school board Wednesday, as the number of children in the city keeps shrinking.

The district has lost about 8,000 students over the past decade, mostly in neighborhoods where rising rents
have pushed young families out.

Superintendent staff said many small schools now have fewer than 250 students and cannot afford a full-time
art teacher, librarian, or nurse.

A district analysis found that 19 schools enroll fewer students than they did five years ago by a third or more.

Parents at Valverde Elementary, one of the schools on the list, said a closure would mean longer walks along
busy streets.

Board member Carla Whitmore said the district must be honest with families about the budget while protecting
the students who would be affected most.

The district expects to publish a final list of schools in January.

The board would vote in March, and any closures would take effect in the fall of 2025.
"""),
    must_have=[
        "The district has lost about 8,000 students over the past decade, mostly in neighborhoods where rising rents have pushed young families out.",
        "The district expects to publish a final list of schools in January.",
    ],
)
CHB_PRE = ["Chalkbeat", "Colorado", "Newsletters", "Donate", "Search", "Menu"]
CHB_HEAD = ["By Maya Okonkwo-Reyes", "Nov 14, 2024, 6:00am MST", "Share", "Copy link"]
CHB_CAP = ["Students leave Valverde Elementary at the end of the day on Tuesday. (Rachel Ortiz Vance / Chalkbeat)"]
CHB_TAIL = [["Maya Okonkwo-Reyes is a reporter for Chalkbeat Colorado covering Denver Public Schools. Contact Maya at mokonkwo@chalkbeat.org."],
            ["Sign up for Chalkbeat Colorado's free daily newsletter to get the latest reporting from us."],
            ["Chalkbeat is a nonprofit news site covering educational change in public schools."],
            ["Republish this article"], ["Copyright \u00a9 2024 Chalkbeat"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Chalkbeat Colorado (US): original of the re-scrape cluster; photo credit in brackets.
    dict(CHB, role="original", file="chalkbeat_denver_school_closures.txt", render="text",
         pre=[CHB_PRE], head=[CHB_HEAD], cap_lines=CHB_CAP,
         inserts={2: ["Get stories like this delivered straight to your inbox. Sign up for Chalkbeat Colorado's free daily newsletter."],
                  5: ["Related:", "Denver's school board race draws record spending"]},
         tail=CHB_TAIL),
    dict(CHB, role="rescrape", file="chalkbeat_denver_school_closures_rescrape.txt.gz", render="text", noise=True,
         pre=[CHB_PRE], head=[CHB_HEAD], cap_lines=CHB_CAP,
         tail=[["Our newsroom relies on readers like you. Donate today."], *CHB_TAIL]),
    # Etemad (Iran, Persian): original of the ISNA cluster; ISNA named in the lead, source line at the end.
    dict(ISNA, role="original", file="etemad_isna_konkur_fa.txt", render="text",
         pre=[["روزنامه اعتماد", "صفحه اول", "سیاست", "اقتصاد", "جامعه", "فرهنگ", "آرشیو روزنامه"]],
         head=[["کد خبر: ۸۷۴۵۱"], ["۱۹ دی ۱۴۰۳ - ۱۰:۰۵"], ["اشتراک‌گذاری", "چاپ"]],
         inserts={2: ["آگهی"], 5: ["بیشتر بخوانید:", "ظرفیت پذیرش دانشگاه فرهنگیان افزایش یافت"]},
         tail=[["منبع: ایسنا"], ["ثبت دیدگاه"], ["نظرات حاوی توهین منتشر نمی‌شود"],
               ["مطالب مرتبط"], ["تمامی حقوق برای روزنامه اعتماد محفوظ است."]]),
    # Kyosu Shinmun (South Korea, Korean): staff, ndsoft layout with '승인' line and reporter e-mail.
    rec(cluster="kyosu-university-tuition-increase", role="single", file="kyosu_deungrokgeum_ko.txt", render="text",
        title="사립대 10곳 중 6곳 등록금 인상… \"16년 동결 한계\"",
        date="2025-01-20", country="KR", region="asia", lang="ko", authors=["김하늘"],
        pre=[["교수신문", "뉴스", "대학", "학술", "오피니언", "문화", "기획", "로그인", "회원가입"]],
        head=[["김하늘 기자"], ["승인 2025.01.20 17:32"], ["댓글 0"], ["SNS 기사보내기", "기사스크랩", "본문 글자 키우기"]],
        inserts={2: ["광고"], 5: ["관련기사", "국가장학금 II유형 요건 완화 검토"]},
        tail=[["김하늘 기자 sky@kyosu.net"], ["저작권자 © 교수신문 무단전재 및 재배포 금지"], ["개의 댓글"],
              ["많이 본 뉴스"]],
        paras=P("""
올해 등록금을 올리기로 한 사립대학이 크게 늘어난 것으로 나타났다.

본지가 전국 사립대 80곳을 조사한 결과 48곳이 2025학년도 학부 등록금을 인상하기로 결정했다.

인상 폭은 대부분 법정 상한선인 5.49퍼센트에 가까운 수준이었다.

대학들은 16년 가까이 이어진 등록금 동결로 교육 여건을 더 이상 유지하기 어렵다고 설명했다.

한 지방 사립대 기획처장은 실험실 장비 교체와 교원 충원을 계속 미뤄 왔다고 말했다.

등록금을 올리는 대학은 국가장학금 II유형 지원을 받을 수 없지만, 지원금보다 인상분이 더 크다는 계산이다.

학생 단체들은 물가 상승으로 생활비 부담이 커진 상황에서 등록금까지 오르면 학업을 포기하는 학생이 늘 수 있다고 반발했다.

교육부는 대학들에 인상을 자제해 달라고 요청했지만 강제할 수단은 없다.

전문가들은 고등교육 재정 지원을 늘리는 근본적인 대책이 필요하다고 지적했다.

일부 국립대도 인상 여부를 놓고 학생들과 협의를 이어가고 있다.

대학 등록금심의위원회에 참여한 학생 위원들은 인상 근거 자료가 충분히 공개되지 않았다고 주장했다.

한 수도권 사립대 총학생회장은 학교가 인상분을 어디에 쓸지 구체적으로 밝혀야 한다고 말했다.

대학들은 인상분을 장학금 확대와 교육 환경 개선에 우선 쓰겠다고 밝혔다.

교육계에서는 내년에도 등록금 인상 대학이 더 늘어날 것이라는 전망이 나온다.

정부는 다음 달 고등교육 재정 지원 방안을 발표할 예정이다.
"""),
        must_have=[
            "인상 폭은 대부분 법정 상한선인 5.49퍼센트에 가까운 수준이었다.",
            "교육부는 대학들에 인상을 자제해 달라고 요청했지만 강제할 수단은 없다.",
        ]),
    # Eenadu (India, Telugu): staff, 'ఈనాడు, హైదరాబాద్‌:' dateline.
    rec(cluster="eenadu-hyderabad-ssc-results", role="single", file="eenadu_ssc_phalitalu_te.txt", render="text",
        title="పదో తరగతి ఫలితాల్లో బాలికలదే పైచేయి",
        date="2025-05-01", dateline="ఈనాడు, హైదరాబాద్‌: ", city="Hyderabad", country="IN", region="asia", lang="te",
        pre=[["ఈనాడు", "తాజా వార్తలు", "తెలంగాణ", "ఆంధ్రప్రదేశ్", "జాతీయం", "అంతర్జాతీయం", "క్రీడలు", "సినిమా"]],
        head=[["Published : 01 May 2025 03:45 IST"], ["Updated : 01 May 2025 06:10 IST"], ["Ads by Google"]],
        inserts={2: ["ప్రకటన"], 5: ["ఇవీ చదవండి:", "ఇంటర్ ప్రవేశాలకు షెడ్యూల్ విడుదల"]},
        tail=[["మరిన్ని"], ["గమనిక: ఈనాడు.నెట్‌లో కనిపించే వ్యాపార ప్రకటనలు వివిధ దేశాల్లోని వ్యాపారులు, సంస్థల నుంచి వస్తాయి."],
              ["తాజా వార్తలు (Latest News)"], ["Copyright © 2025 Ushodaya Enterprises Pvt Ltd. All Rights Reserved."]],
        paras=P("""
రాష్ట్రంలో పదో తరగతి పరీక్షల ఫలితాలను బుధవారం విడుదల చేశారు, ఈసారి కూడా బాలికలు బాలుర కంటే ఎక్కువ ఉత్తీర్ణత సాధించారు.

మొత్తం ఐదు లక్షల మందికి పైగా విద్యార్థులు పరీక్షలు రాయగా 92 శాతం మంది ఉత్తీర్ణులయ్యారు.

బాలికల ఉత్తీర్ణత శాతం 94 కాగా బాలుర ఉత్తీర్ణత శాతం 90 గా నమోదైంది.

ప్రభుత్వ పాఠశాలల విద్యార్థులు గత ఏడాది కంటే మెరుగైన ఫలితాలు సాధించారని విద్యాశాఖ అధికారులు తెలిపారు.

జిల్లాల వారీగా చూస్తే నిర్మల్ జిల్లా మొదటి స్థానంలో నిలిచింది.

మొత్తం మూడు వేలకు పైగా పాఠశాలల్లో నూరు శాతం ఉత్తీర్ణత నమోదైంది.

పరీక్షల్లో తప్పిన విద్యార్థుల కోసం జూన్ మొదటి వారంలో అడ్వాన్స్‌డ్ సప్లిమెంటరీ పరీక్షలు నిర్వహిస్తామని అధికారులు ప్రకటించారు.

రీకౌంటింగ్ మరియు రీవెరిఫికేషన్ కోసం విద్యార్థులు పదిహేను రోజుల్లోగా దరఖాస్తు చేసుకోవాలి.

ఫలితాలు వెలువడిన వెంటనే చాలా మంది విద్యార్థులు ఇంటర్మీడియట్ కళాశాలల్లో ప్రవేశాల కోసం వివరాలు తెలుసుకునేందుకు ప్రయత్నించారు.

ఉపాధ్యాయుల కృషి వల్లే ప్రభుత్వ పాఠశాలల ఫలితాలు మెరుగుపడ్డాయని విద్యాశాఖ మంత్రి అభినందించారు.

వచ్చే ఏడాది నుంచి పరీక్షల విధానంలో కొన్ని మార్పులు తీసుకురావాలని ప్రభుత్వం ఆలోచిస్తోందని అధికారులు చెప్పారు.

ఈ మార్పుల గురించి ఉపాధ్యాయ సంఘాలతో త్వరలో చర్చలు జరుపుతామని వారు వివరించారు.

మార్కుల మెమోలను పాఠశాలల ద్వారా వచ్చే వారం నుంచి విద్యార్థులకు అందజేస్తారు.

ఫలితాలను అధికారిక వెబ్‌సైట్‌లో కూడా చూసుకోవచ్చని బోర్డు అధికారులు సూచించారు, సాంకేతిక సమస్యలు ఎదురైతే హెల్ప్‌లైన్‌ను సంప్రదించవచ్చు.
"""),
        must_have=[
            "బాలికల ఉత్తీర్ణత శాతం 94 కాగా బాలుర ఉత్తీర్ణత శాతం 90 గా నమోదైంది.",
            "రీకౌంటింగ్ మరియు రీవెరిఫికేషన్ కోసం విద్యార్థులు పదిహేను రోజుల్లోగా దరఖాస్తు చేసుకోవాలి.",
        ]),
    # Isolezwe (South Africa, isiZulu): staff, 'Ngu-' byline (= 'By').
    rec(cluster="isolezwe-kzn-school-nutrition", role="single", file="isolezwe_ukudla_ezikoleni_zu.txt", render="text",
        title="Abazali bakhala ngokungafiki kokudla ezikoleni zaseMsinga",
        date="2023-08-14", country="ZA", region="africa", lang="zu", authors=["Nkosinathi Mthembu"],
        pre=[["Isolezwe", "Izindaba", "Ezemidlalo", "Ezokuzijabulisa", "Ezempilo", "Imibono", "Ividiyo"]],
        head=[["Ngu-Nkosinathi Mthembu"], ["Published Aug 14, 2023"], ["Share this article:"]],
        inserts={2: ["Isikhangiso"], 5: ["FUNDA NALOKHU:", "Othisha bafuna ukuphepha ezikoleni"]},
        tail=[["Isolezwe"], ["Landela i-Isolezwe ku-WhatsApp"], ["Izindaba ezihlobene"],
              ["\u00a9 2023 Independent Media. All rights reserved."]],
        paras=P("""
Abazali base-Msinga bathi izingane zabo sezinezinsuku eziyishumi zingatholi ukudla esikoleni ngoba
umhlinzeki akakulethanga ukudla.

Lezi zikole zingaphansi kohlelo lukazwelonke lokondla abafundi, olwaziwa nge-NSNP.

Omunye umzali, uNkk Thandeka Ngcobo, uthe ingane yakhe ibuya ekhaya ilambile futhi ikhathele kakhulu.

Uthe izingane eziningi zaleyo ndawo zincike ekudleni kwasesikoleni ngoba imindeni yazo ayinamali.

Uthishanhloko wesinye sezikole uthe sebebhalele uMnyango Wezemfundo izikhathi ezintathu kodwa abakaphendulwa.

Ngokusho kwakhe, inani labafundi abafika esikoleni selehlile kusukela kwaqala le nkinga.

Okhulumela uMnyango Wezemfundo KwaZulu-Natal uthe umnyango uyazi ngale nkinga futhi usuxoxa nomhlinzeki.

Uthe uma umhlinzeki engakwazi ukuletha ukudla kuleli sonto, umnyango uzomuxosha ubheke omunye.

Abazali bathi bazobhikisha phambi kwehhovisi lesifunda uma inkinga ingaxazululwa ngokushesha.

Lolu hlelo londla izigidi zabafundi ezikoleni zikahulumeni ezweni lonke nsuku zonke.

Izinhlangano zabazali zithi kufanele kube nohlelo olusheshayo lokuxazulula izinkinga ezinjengalezi.

Umnyango uthe uzoqapha izikole zonke zaseMsinga kuleli sonto ukuze kuqinisekiswe ukuthi ukudla sekuyafika.

Othisha bathi izingane ezingadlile azikwazi ukugxila ezifundweni zazo futhi ziyozela ekilasini.
"""),
        must_have=[
            "Lezi zikole zingaphansi kohlelo lukazwelonke lokondla abafundi, olwaziwa nge-NSNP.",
            "Abazali bathi bazobhikisha phambi kwehhovisi lesifunda uma inkinga ingaxazululwa ngokushesha.",
        ]),
    # Jamhuri (Tanzania, Swahili): staff, 'Na' byline (= 'By').
    rec(cluster="jamhuri-walimu-ajira-dodoma", role="single", file="jamhuri_ajira_walimu_sw.txt", render="text",
        title="Serikali kuajiri walimu 11,000 kupunguza uhaba shule za msingi",
        date="2024-06-18", country="TZ", region="africa", lang="sw", authors=["Aisha Mrisho"],
        pre=[["JAMHURI MEDIA", "Habari", "Siasa", "Uchumi", "Michezo", "Makala", "Kimataifa", "Wasiliana Nasi"]],
        head=[["Na Aisha Mrisho"], ["Juni 18, 2024"], ["Shirikisha", "Facebook", "WhatsApp", "X"]],
        inserts={2: ["Tangazo"], 5: ["SOMA ZAIDI:", "Wazazi walalamikia michango shuleni"]},
        tail=[["Habari Zinazohusiana"], ["Acha Maoni"], ["Barua pepe yako haitachapishwa."],
              ["Haki zote zimehifadhiwa \u00a9 2024 Jamhuri Media"]],
        paras=P("""
Serikali imetangaza mpango wa kuajiri walimu 11,000 wa shule za msingi na sekondari katika mwaka mpya wa
fedha ili kupunguza uhaba mkubwa wa walimu nchini.

Waziri wa Nchi Ofisi ya Rais TAMISEMI amesema bungeni jijini Dodoma kuwa kipaumbele kitatolewa kwa walimu wa
sayansi na hisabati.

Kwa mujibu wa takwimu za serikali, baadhi ya shule za vijijini zina mwalimu mmoja kwa wanafunzi zaidi ya 100.

Wabunge kadhaa walisema ajira hizo hazitoshi kwa kuwa wanafunzi wameongezeka baada ya elimu bila ada.

Mbunge wa jimbo moja la mkoa wa Kigoma alisema shule moja jimboni kwake ina walimu watatu tu.

Chama cha Walimu Tanzania kimepongeza hatua hiyo lakini kimetaka madeni ya walimu yalipwe kwanza.

Katibu wa chama hicho alisema walimu wengi wanadai malimbikizo ya mishahara na posho za uhamisho.

Serikali imesema walimu wapya watapangwa kwanza katika mikoa yenye uhaba mkubwa zaidi.

Mchakato wa maombi ya kazi utafanyika kwa njia ya mtandao kupitia mfumo wa ajira wa serikali.

Wahitimu wa vyuo vya ualimu wametakiwa kuhakikisha vyeti vyao vimehakikiwa kabla ya kutuma maombi.
"""),
        must_have=[
            "Kwa mujibu wa takwimu za serikali, baadhi ya shule za vijijini zina mwalimu mmoja kwa wanafunzi zaidi ya 100.",
            "Mchakato wa maombi ya kazi utafanyika kwa njia ya mtandao kupitia mfumo wa ajira wa serikali.",
        ]),
    # Guineematin (Guinea, French): staff, writer and phone line at the end.
    rec(cluster="guineematin-conakry-bac-resultats", role="single", file="guineematin_bac_unique_fr.txt", render="text",
        title="Bac unique 2024 : le taux de réussite grimpe à 41 %, les écoles privées en tête",
        date="2024-07-27", country="GN", region="africa", lang="fr", authors=["Alpha Oumar Diallo"],
        pre=[["Guineematin.com", "Accueil", "Politique", "Société", "Économie", "Éducation", "Sport", "Culture"]],
        head=[["27 juillet 2024"], ["Partager", "Facebook", "Twitter", "WhatsApp"]],
        inserts={2: ["Publicité"], 5: ["A lire aussi :", "Examens nationaux : le ministère annonce le calendrier 2025"]},
        tail=[["Alpha Oumar Diallo pour Guineematin.com"], ["Tél. : 620 41 17 58"],
              ["Laisser un commentaire"], ["Votre adresse e-mail ne sera pas publiée."], ["Articles similaires"]],
        paras=P("""
Les résultats du baccalauréat unique session 2024 ont été proclamés ce samedi à Conakry par le ministre de
l'Enseignement pré-universitaire.

Sur plus de 130 000 candidats, environ 41 % ont été déclarés admis, contre 32 % l'an dernier.

Le ministre a salué les efforts des enseignants et l'encadrement plus strict des centres d'examen.

Comme les années précédentes, les écoles privées de la capitale ont obtenu les meilleurs résultats.

Dans certaines préfectures de l'intérieur, en revanche, le taux de réussite reste inférieur à 20 %.

Interrogé par notre reporter, un proviseur de Matoto estime que le manque de professeurs de sciences
pénalise encore les lycées publics.

Des parents rencontrés devant le ministère ont exprimé leur joie, mais aussi leur inquiétude face au coût
des études universitaires.

L'orientation des nouveaux bacheliers dans les universités publiques devrait commencer dans trois semaines.

Le ministère promet de publier la liste complète des admis sur son site internet et par SMS.
"""),
        must_have=[
            "Sur plus de 130 000 candidats, environ 41 % ont été déclarés admis, contre 32 % l'an dernier.",
            "L'orientation des nouveaux bacheliers dans les universités publiques devrait commencer dans trois semaines.",
        ]),
    # Latvijas Avīze (Latvia, Latvian): staff, year-first Latvian date.
    rec(cluster="la-lv-skolu-tikls-reforma", role="single", file="latvijasavize_skolu_tikls_lv.txt", render="text",
        title="Novadi gatavojas slēgt vēl 30 lauku skolas",
        date="2024-09-05", country="LV", region="europe", lang="lv", authors=["Ilze Kalniņa"],
        pre=[["Latvijas Avīze", "Ziņas", "Latvijā", "Pasaulē", "Ekonomika", "Izglītība", "Sports", "Abonēt"]],
        head=[["Ilze Kalniņa"], ["2024. gada 5. septembris 06:30"], ["Dalīties", "Komentāri"]],
        inserts={2: ["Reklāma"], 5: ["Lasiet arī:", "Skolotāju algas no janvāra pieaugs par 4 procentiem"]},
        tail=[["Autortiesības aizsargātas. Materiālu pārpublicēšana bez atļaujas aizliegta."], ["Populārākie raksti"],
              ["Seko LA.LV arī Facebook"], ["\u00a9 Latvijas Mediji"]],
        paras=P("""
Vairāki novadi pēc jaunā mācību gada sākuma gatavo lēmumus par skolu slēgšanu, un līdz nākamajam rudenim
darbu varētu beigt vēl ap 30 lauku skolu.

Izglītības un zinātnes ministrija jau iepriekš noteica minimālo skolēnu skaitu klasēs, sākot no 2025. gada.

Skolās, kurās skolēnu ir mazāk, valsts vairs pilnībā nefinansēs pedagogu algas.

Latgales novados daudzviet pamatskolās katrā klasē mācās tikai četri vai pieci bērni.

Kāda Ludzas novada skolas direktore stāstīja, ka skola ir ciema sirds un tās slēgšana nozīmēs, ka jaunās
ģimenes aizbrauks.

Pašvaldības uzsver, ka skolēniem tiks nodrošināts bezmaksas transports uz tuvāko lielāko skolu.

Vecāki tomēr norāda, ka ceļš uz skolu dažiem bērniem ilgs vairāk nekā stundu katrā virzienā.

Ministrija uzskata, ka lielākās skolās bērni saņems kvalitatīvāku izglītību un vairāk izvēles iespēju.

Latvijas Pašvaldību savienība aicina valdību paredzēt pārejas periodu un papildu naudu skolu autobusiem.

Gala lēmumi par konkrētām skolām novadu domēs gaidāmi līdz decembra beigām.

Skolotāju arodbiedrība uzsver, ka pedagogiem, kuri zaudēs darbu, jāpiedāvā pārkvalifikācija.
"""),
        must_have=[
            "Skolās, kurās skolēnu ir mazāk, valsts vairs pilnībā nefinansēs pedagogu algas.",
            "Gala lēmumi par konkrētām skolām novadu domēs gaidāmi līdz decembra beigām.",
        ]),
    # Glavcom (Ukraine, Ukrainian): staff, writer over the date.
    rec(cluster="glavcom-nmt-2025-reiestratsiia", role="single", file="glavcom_nmt_2025_uk.txt", render="text",
        title="На НМТ-2025 зареєструвалися понад 300 тисяч вступників",
        date="2025-05-15", country="UA", region="europe", lang="uk", authors=["Олена Кравчук"],
        pre=[["Главком", "Новини", "Політика", "Економіка", "Суспільство", "Київ", "Культура", "Спорт"]],
        head=[["Олена Кравчук"], ["15 травня 2025, 14:20"], ["Поділитися"]],
        inserts={2: ["Реклама"], 5: ["Читайте також:", "МОН змінює правила вступу на магістратуру"]},
        tail=[["Підписуйтесь на наш Telegram-канал"], ["Помітили помилку? Виділіть її та натисніть Ctrl+Enter"],
              ["Новини партнерів"], ["\u00a9 2025 Главком. Усі права захищено."]],
        paras=P("""
Для участі в національному мультипредметному тесті цього року зареєструвалися понад 300 тисяч осіб, повідомив
Український центр оцінювання якості освіти.

Це приблизно на 20 тисяч більше, ніж торік, зокрема через вступників, які навчаються за кордоном.

Основна сесія тестування розпочнеться у середині травня і триватиме до кінця червня.

Тест складатиметься з чотирьох предметів: української мови, математики, історії України та предмета на вибір.

Найчастіше вступники обирали англійську мову та біологію, повідомили в центрі.

Для учасників за кордоном відкрито понад 40 тимчасових екзаменаційних центрів у різних країнах Європи.

У разі повітряної тривоги учасники мають спуститися до укриття, а тестування продовжиться після відбою.

Директорка одного з київських ліцеїв розповіла, що багато випускників готуються до тесту онлайн.

Результати основної сесії мають оприлюднити у липні, до початку вступної кампанії.

У центрі нагадали, що запрошення на тестування з адресою пункту з'явиться в особистому кабінеті учасника за два тижні до дати тесту.

Учасники, які не зможуть прийти на тест через поважні причини, матимуть змогу скласти його під час додаткової сесії наприкінці червня.

Міністерство освіти і науки вважає, що формат тесту залишиться незмінним і наступного року.
"""),
        must_have=[
            "Основна сесія тестування розпочнеться у середині травня і триватиме до кінця червня.",
            "Для учасників за кордоном відкрито понад 40 тимчасових екзаменаційних центрів у різних країнах Європи.",
        ]),
    # Loop PNG (Papua New Guinea): staff, 'Author:' line at the end.
    rec(cluster="looppng-tuition-fee-funding", role="single", file="looppng_tuition_fee_funding.txt", render="text",
        title="Schools still waiting for first tuition fee subsidy payment",
        date="2024-03-04", country="PG", region="oceania", lang="en", authors=["Grace Kombuk"],
        pre=[["Loop PNG", "News", "Business", "Sport", "Entertainment", "Pacific", "Loop Jobs"]],
        head=[["04 Mar, 2024"], ["Share"]],
        inserts={2: ["Advertisement"], 5: ["Also read:", "Teachers in Enga await resumption pay"]},
        tail=[["Author:", "Grace Kombuk"], ["Tags:", "Tuition Fee Free", "Education"],
              ["Download the Loop App"], ["Comments"], ["\u00a9 2024 Loop PNG"]],
        paras=P("""
Many schools in Port Moresby and the provinces say they have not yet received the first quarter payment of
the Government's tuition fee subsidy, five weeks after classes resumed.

Principals told Loop PNG that without the funds they cannot buy textbooks, pay utility bills or repair classrooms.

A headmaster of a primary school in the National Capital District said the school had borrowed money to pay
for water and electricity.

The Department of Education said the first payment was being processed and would reach school accounts
within two weeks.

Under the policy, the Government pays school fees for students from elementary to Grade 12.

Some parents said schools had asked them for project fees to fill the gap, which the department has banned.

The department reminded school boards that any extra fees must first be approved by provincial education authorities.

Education officials said late payments were caused by schools not submitting enrolment data on time.

Principals dispute this, saying they sent their data before the end of last year.
"""),
        must_have=[
            "Under the policy, the Government pays school fees for students from elementary to Grade 12.",
            "Principals dispute this, saying they sent their data before the end of last year.",
        ]),
    # Forum 24 (Czech Republic, Czech): ČTK copy with an 'Olomouc 10. dubna (ČTK) -' dateline.
    rec(cluster="forum24-ctk-prijimacky-olomouc", role="single", file="forum24_ctk_prijimacky_cs.txt", render="text",
        title="Gymnázia na Olomoucku letos nepřijmou každého třetího uchazeče",
        date="2024-04-10", dateline="Olomouc 10. dubna (ČTK) - ", city="Olomouc", country="CZ", region="europe",
        lang="cs", agency="ČTK",
        pre=[["FORUM 24", "Domácí", "Zahraničí", "Komentáře", "Ekonomika", "Kultura", "Podpořte nás"]],
        head=[["ČTK"], ["10. 4. 2024"], ["Sdílet", "Facebook", "X"]],
        inserts={2: ["Reklama"], 5: ["Přečtěte si také:", "Učitelé dostanou od září vyšší platy"]},
        tail=[["Zdroj: ČTK"], ["Líbí se vám náš obsah? Podpořte nezávislou žurnalistiku."],
              ["Nejčtenější"], ["\u00a9 2024 FORUM 24, a. s. Všechna práva vyhrazena."]],
        paras=P("""
Střední školy v Olomouckém kraji letos nepřijmou zhruba každého třetího uchazeče o studium na gymnáziu,
vyplývá z údajů krajského úřadu.

O čtyřletá gymnázia projevilo zájem přes 3000 žáků, volných míst je však jen asi 2000.

Důvodem je silný ročník dětí narozených kolem roku 2009, který nyní končí základní školy.

Jednotné přijímací zkoušky z češtiny a matematiky budou žáci skládat ve dvou termínech v polovině dubna.

Uchazeči letos mohou poprvé podat přihlášku elektronicky a uvést až tři školy podle svého pořadí.

Kraj uvedl, že některým školám povolil otevřít jednu třídu navíc.

Ředitel jednoho z olomouckých gymnázií řekl, že jeho škola by mohla přijmout víc žáků, chybějí jí ale
učebny.

Neúspěšní uchazeči se budou moci přihlásit do dalších kol přijímacího řízení na obory, kde zbudou volná místa.

Ministerstvo školství očekává, že nápor uchazečů bude trvat ještě nejméně dva roky.

Výsledky přijímacích zkoušek obdrží uchazeči koncem dubna a školy pak zveřejní pořadí přijatých žáků.

Kraj zároveň jedná s obcemi o rozšíření kapacit odborných škol, o které je zájem menší.
"""),
        must_have=[
            "O čtyřletá gymnázia projevilo zájem přes 3000 žáků, volných míst je však jen asi 2000.",
            "Kraj uvedl, že některým školám povolil otevřít jednu třídu navíc.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_DN = site("DN.se", "https://www.dn.example.se", " - DN.se", "sv_SE", "@dagensnyheter",
               ["Sverige", "Världen", "Ekonomi", "Kultur", "Sport", "Debatt", "Ledare"],
               ["Dagens Nyheter", "Kundservice", "Om cookies", "Personuppgiftspolicy"],
               share=["Dela", "Kopiera länk", "Spara"], top=["Logga in", "Prenumerera"],
               cookie="Vi använder cookies för att ge dig en bättre upplevelse och för att visa relevanta annonser.",
               cookie_title="DN använder cookies", buttons=["Godkänn alla", "Inställningar"])
SITE_BK = site("borkena", "https://borkena.example.com", " - borkena", "en_US", "@borkena",
               ["Home", "Ethiopian News", "Business", "Opinion", "Africa", "Sports", "Contact"],
               ["\u00a9 2024 borkena.com \u2013 Ethiopian News", "About us", "Advertise", "Privacy Policy"],
               share=["Facebook", "Twitter", "Telegram", "WhatsApp"], end_class="source")
SITE_EDS = site("EdSource", "https://edsource.example.org", " | EdSource", "en_US", "@EdSource",
                ["Early Learning", "K-12", "College & Careers", "Student Wellness", "Equity", "Data", "Newsletters"],
                ["EdSource is a nonprofit organization.", "About", "Donate", "Republishing policy"],
                share=["Share", "Facebook", "X", "Email", "Print"], top=["Donate", "Subscribe"])
SITE_EAS = site("Express & Star", "https://www.expressandstar.example.com", " | Express & Star", "en_GB", "@ExpressandStar",
                ["News", "Sport", "Wolves", "Albion", "What's On", "Jobs", "Announcements"],
                ["\u00a9 2024 Express & Star. All rights reserved.", "Contact Us", "Terms", "Privacy Policy"],
                share=["Share", "Facebook", "X", "Email"], top=["Newsletter", "Sign in"],
                cookie="We use cookies and similar technologies to improve your experience and show you relevant ads.",
                buttons=["Accept all", "Manage preferences"])
SITE_HB = site("هبة بريس", "https://ar.hibapress.example.com", " - هبة بريس", "ar_MA", "@hibapress",
               ["الرئيسية", "سياسة", "مجتمع", "اقتصاد", "جهات", "رياضة", "فن"],
               ["جميع الحقوق محفوظة © هبة بريس 2024", "من نحن", "اتصل بنا", "سياسة الخصوصية"],
               share=["فيسبوك", "تويتر", "واتساب"])
SITE_E24 = site("Emirates 24|7", "https://www.emirates247.example.com", " - Emirates 24|7", "en_AE", "@Emirates247",
                ["UAE", "Business", "Property", "Tech", "Sports", "Lifestyle", "Education"],
                ["\u00a9 2024 Emirates 24|7. All rights reserved.", "About Us", "Contact Us", "Terms of Use"],
                share=["Share", "Facebook", "X", "LinkedIn"])
SITE_AP = site("Animal Político", "https://animalpolitico.example.com", " | Animal Político", "es_MX", "@Pajaropolitico",
               ["Elecciones", "Política", "Seguridad", "Sociedad", "Educación", "Verificación de hechos", "Podcast"],
               ["Animal Político \u00a9 2024 Todos los derechos reservados", "Quiénes somos", "Aviso de privacidad", "Contacto"],
               share=["Compartir", "Facebook", "X", "WhatsApp"],
               cookie="Utilizamos cookies propias y de terceros para mejorar tu experiencia.", buttons=["Aceptar"])
SITE_DT = site("Derby Telegraph", "https://www.derbytelegraph.example.co.uk", " - Derbyshire Live", "en_GB", "@DerbyTelegraph",
               ["News", "Derby News", "Derbyshire News", "Sport", "Derby County", "What's On", "Property"],
               ["\u00a9 2024 a Reach plc subsidiary", "Contact us", "Privacy notice", "Terms and conditions"],
               share=["Share", "Facebook", "X", "Comments"], top=["Newsletters", "Sign in"])
SITE_EHQ = site("EducationHQ", "https://educationhq.example.com/au", " - EducationHQ", "en_AU", "@EducationHQ_AU",
                ["News", "Early Childhood", "Primary", "Secondary", "Wellbeing", "Jobs", "Events"],
                ["\u00a9 2024 EducationHQ", "About", "Advertise", "Privacy"],
                share=["Share", "Facebook", "LinkedIn", "Email"], top=["Log in", "Register"])

HTML_STORIES = [
    # Dagens Nyheter (Sweden): original of the TT cluster; writer/TT byline.
    dict(TT, role="original", file="dn_tt_skolmat_sv.html", render="html",
         site=SITE_DN, section="Sverige", meta_section="Sverige",
         url="https://www.dn.example.se/sverige/dyrare-skolmat-tvingar-kommuner-att-dra-ner-pa-ekologiskt/",
         published="2024-10-03T06:12:00+02:00", modified="2024-10-03T08:40:00+02:00",
         byline_lines=["Johanna Berglund/TT"], date_lines=["Publicerad 2024-10-03", "Uppdaterad 2024-10-03"],
         caption="Lunch i en skolmatsal i Uppsala.", credit="Fredrik Sandberg/TT", credit_shown="Foto: Fredrik Sandberg/TT",
         inserts={2: [("ad", "Annons")], 5: [("link", "Läs också:", "Lärarna larmar om stökiga klassrum")]},
         lists=[("Mest läst", ["Elpriset stiger i södra Sverige", "Ny lag om mobilförbud i skolan"])]),
    # borkena (Ethiopia, gzipped page): original of the ENA cluster; ENA dateline, 'Source: ENA' end line.
    dict(ENA, role="original", file="borkena_ena_amhara_school_feeding.html.gz", render="html",
         site=SITE_BK, section="Ethiopian News", meta_section="Ethiopian News",
         url="https://borkena.example.com/2024/06/10/amhara-region-expands-school-feeding-programme/",
         published="2024-06-10T16:20:00+03:00",
         ld_author=[{"@type": "Person", "name": "borkena"}],
         byline_lines=["By borkena"], date_lines=["June 10, 2024"],
         inserts={2: [("ad", "Advertisement")], 5: [("link", "Also read:", "Ministry of Education announces national exam dates")]},
         end_lines=["Source: ENA"],
         below_body=[("follow", "Join our Telegram Channel for more Ethiopian News")],
         lists=[("Related Articles", ["Universities prepare to admit 2024 graduates", "Addis Ababa schools reopen"])]),
    # EdSource (California): staff, photo credit with outlet.
    rec(cluster="edsource-universal-meals-fresno", role="single", file="edsource_universal_meals.html", render="html",
        site=SITE_EDS, title="Three years in, California's free school meals feed more students than ever",
        date="2024-09-19", country="US", region="americas", lang="en", authors=["Lucia Fernandez-Hale"],
        section="Student Wellness", meta_section="Student Wellness",
        url="https://edsource.example.org/2024/three-years-in-californias-free-school-meals/718234",
        description="Participation has climbed, but districts say costs are rising faster than reimbursements.",
        published="2024-09-19T02:00:00-07:00",
        byline_lines=["Lucia Fernandez-Hale", "September 19, 2024"],
        caption="Students pick up lunch at an elementary school in Fresno.", credit="Daniel Ochoa / EdSource",
        credit_shown="Credit: Daniel Ochoa / EdSource",
        inserts={2: [("promo", ["Get the latest education news", "Sign up for EdSource's no-cost daily email.", "Sign up"])],
                 5: [("link", "Related:", "Scratch cooking returns to school kitchens")]},
        below_body=[("bio", "Lucia Fernandez-Hale covers student health and wellness for EdSource.")],
        lists=[("Trending", ["What the new math framework means for your child", "Teacher credential tests dropped"])],
        paras=P("""
Three years after California began offering free breakfast and lunch to every public school student, the
number of meals served has reached a record, according to state data.

Schools served about 900 million meals last school year, roughly 25 percent more than before the program
began.

Nutrition directors say the biggest change is that students no longer feel singled out for eating a free lunch.

In Fresno Unified, the share of students eating lunch at school rose from about 60 percent to more than 80 percent.

But many districts say federal and state reimbursements have not kept up with the rising cost of food and labor.

A nutrition director in the Central Valley said her department had to dip into its reserves to cover a
shortfall this year.

State lawmakers added money in the latest budget to help districts buy more fresh, locally grown produce.

Advocates want the state to also fund kitchen upgrades so that schools can cook more meals from scratch.

Researchers are studying whether the program has affected attendance and test scores.
"""),
        must_have=[
            "Nutrition directors say the biggest change is that students no longer feel singled out for eating a free lunch.",
            "State lawmakers added money in the latest budget to help districts buy more fresh, locally grown produce.",
        ]),
    # Express & Star (West Midlands): PA Media copy, reporter line with role.
    rec(cluster="expressandstar-pa-teacher-pay", role="single", file="expressandstar_pa_teacher_pay.html", render="html",
        site=SITE_EAS, title="Teachers in England to get 5.5% pay rise, Education Secretary confirms",
        date="2024-07-29", country="GB", region="europe", lang="en", agency="PA", authors=["Ellen Marbury"],
        section="UK News", meta_section="UK News",
        url="https://www.expressandstar.example.com/news/uk-news/2024/07/29/teachers-in-england-to-get-55-pay-rise/",
        description="Unions welcomed the award but asked whether schools would be funded for it.",
        published="2024-07-29T17:05:00+01:00",
        ld_author=[{"@type": "Person", "name": "Ellen Marbury"}],
        byline_lines=["By Ellen Marbury, PA Education Correspondent"], date_lines=["Published: Jul 29, 2024"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Read more:", "Schools in Walsall face heating repairs bill")]},
        below_body=[("pa", "\u00a9 PA Media Ltd")],
        lists=[("Most Read", ["Road closures planned in Wolverhampton", "Black Country firm creates 200 jobs"])],
        paras=P("""
Teachers in England will receive a 5.5 per cent pay rise from September, the Education Secretary has
confirmed, accepting the recommendation of the independent pay review body in full.

The award will apply to teachers and school leaders in state schools.

The Government said the rise would help recruit and keep teachers after years in which targets for new
trainees were missed.

Education unions welcomed the decision but asked how much of the cost schools would have to find from their
existing budgets.

The Department for Education said it would provide additional funding for schools this year to cover most of
the increase.

Headteachers said many schools were already facing deficits because of energy costs and support for pupils
with special educational needs.

Unions had been considering ballots for industrial action if the award had been lower.

Teachers received a 6.5 per cent rise last year after a long dispute that included strikes in many schools.

The review body also warned that teacher workload remained a major reason why staff leave the profession.
"""),
        must_have=[
            "The award will apply to teachers and school leaders in state schools.",
            "Unions had been considering ballots for industrial action if the award had been lower.",
        ]),
    # Hibapress (Morocco, Arabic): MAP copy with an Arabic 'وجدة – (ومع) –' dateline.
    rec(cluster="hibapress-map-oujda-hadr-madrasi", role="single", file="hibapress_map_oujda_hadr_ar.html", render="html",
        site=SITE_HB, title="وجدة.. برنامج جديد لمحاربة الهدر المدرسي بالعالم القروي",
        date="2024-02-27", dateline="وجدة – (ومع) – ", city="Oujda", country="MA", region="africa", lang="ar",
        agency="MAP", section="مجتمع", meta_section="مجتمع",
        url="https://ar.hibapress.example.com/details-512345.html",
        description="البرنامج يشمل النقل المدرسي والدعم التربوي والإطعام.",
        published="2024-02-27T13:40:00+01:00",
        ld_author=[{"@type": "Organization", "name": "هبة بريس"}],
        byline_lines=["هبة بريس"], date_lines=["الثلاثاء 27 فبراير 2024 - 13:40"],
        inserts={2: [("ad", "إعلان")], 4: [("link", "اقرأ أيضا:", "تأجيل امتحانات البكالوريا الجهوية")]},
        end_lines=["المصدر: و م ع"],
        tags=("الوسوم", ["التعليم", "الهدر المدرسي", "وجدة"]),
        lists=[("الأكثر قراءة", ["أحوال الطقس غدا", "أسعار المحروقات"])],
        paras=P("""
أعطيت، اليوم الثلاثاء بوجدة، انطلاقة برنامج جهوي جديد لمحاربة الهدر المدرسي بالوسط القروي يستهدف أكثر من 15 ألف
تلميذ وتلميذة بجهة الشرق.

ويشمل هذا البرنامج توفير النقل المدرسي وتوسيع الداخليات ودعم المطاعم المدرسية.

وأوضح مدير الأكاديمية الجهوية للتربية والتكوين أن نسبة الانقطاع عن الدراسة ما تزال مرتفعة في الجماعات الجبلية.

وأضاف أن البرنامج سيمكن من تقديم حصص للدعم التربوي لفائدة التلاميذ المتعثرين خلال العطل.

كما سيتم اقتناء 60 حافلة للنقل المدرسي توزع على أقاليم الجهة.

ويأتي هذا البرنامج في إطار خارطة الطريق لإصلاح المنظومة التعليمية 2022-2026.

وأكد عدد من الآباء أن بعد المدارس الإعدادية عن الدواوير يدفع كثيرا من الفتيات إلى مغادرة الدراسة.

وتساهم في تمويل البرنامج الجماعات الترابية والمبادرة الوطنية للتنمية البشرية.

ويرتقب أن يتم تقييم نتائج البرنامج في نهاية السنة الدراسية المقبلة.

وأشار المسؤول ذاته إلى أن الأكاديمية ستعمل على تعبئة جمعيات المجتمع المدني لمواكبة التلاميذ وأسرهم طيلة السنة الدراسية.

كما دعا الآباء إلى تشجيع أبنائهم على مواصلة الدراسة وعدم الانقطاع عنها بسبب صعوبات التنقل أو الظروف الاجتماعية.
"""),
        must_have=[
            "ويشمل هذا البرنامج توفير النقل المدرسي وتوسيع الداخليات ودعم المطاعم المدرسية.",
            "كما سيتم اقتناء 60 حافلة للنقل المدرسي توزع على أقاليم الجهة.",
        ]),
    # Emirates 24|7 (UAE): WAM copy with a 'FUJAIRAH, 11th November, 2024 (WAM) --' dateline.
    rec(cluster="emirates247-wam-fujairah-teacher-training", role="single", file="emirates247_wam_fujairah_teachers.html", render="html",
        site=SITE_E24, title="Fujairah launches training programme for 1,200 public school teachers",
        date="2024-11-11", dateline="FUJAIRAH, 11th November, 2024 (WAM) -- ", city="Fujairah", country="AE", region="asia",
        lang="en", agency="WAM", section="Education", meta_section="Education",
        url="https://www.emirates247.example.com/news/emirates/fujairah-launches-training-programme-for-teachers-2024-11-11-1.731245",
        description="The programme focuses on artificial intelligence in the classroom.",
        published="2024-11-11T15:10:00+04:00",
        ld_author=[{"@type": "Organization", "name": "WAM"}],
        byline_lines=["WAM"], date_lines=["Monday, November 11, 2024"],
        inserts={3: [("ad", "Advertisement")]},
        tags=("Tags", ["Fujairah", "Education", "Teachers"]),
        lists=[("More from UAE", ["Abu Dhabi announces school holiday dates", "Dubai opens new public library"])],
        paras=P("""
The Ministry of Education has launched a training programme in Fujairah for 1,200 public school teachers,
focusing on the use of artificial intelligence and digital tools in the classroom.

The programme, which runs until the end of the academic year, includes workshops, classroom visits and
online courses.

A ministry official said the training would help teachers design lessons that respond to the needs of each
student.

Teachers of mathematics, science and Arabic will be the first groups to take part.

The ministry said it had worked with universities in the country to prepare the content of the courses.

Participants who complete the programme will receive a professional certificate that counts towards their
teaching licence.

School principals in Fujairah and Dibba Al Fujairah welcomed the initiative, saying it would reduce the
need for teachers to travel to other emirates for training.

The ministry plans to extend the programme to other emirates next year.

The UAE has made teacher licensing mandatory for all teachers in public and private schools.
"""),
        must_have=[
            "Teachers of mathematics, science and Arabic will be the first groups to take part.",
            "The ministry plans to extend the programme to other emirates next year.",
        ]),
    # Animal Político (Mexico, Spanish): staff, 'Foto:' credit.
    rec(cluster="animalpolitico-sep-libros-texto", role="single", file="animalpolitico_libros_texto_es.html", render="html",
        site=SITE_AP, title="Escuelas de Oaxaca inician clases sin los nuevos libros de texto",
        date="2024-08-26", country="MX", region="americas", lang="es", authors=["Mariana Zárate Ibáñez"],
        section="Educación", meta_section="Educación",
        url="https://animalpolitico.example.com/sociedad/escuelas-oaxaca-inician-clases-sin-libros-texto",
        description="Docentes dicen que los materiales llegarán hasta septiembre.",
        published="2024-08-26T19:45:00-06:00",
        byline_lines=["Por Mariana Zárate Ibáñez"], date_lines=["26 de agosto, 2024"],
        caption="Alumnos de una primaria en Oaxaca de Juárez el primer día de clases.", credit="Cuartoscuro",
        credit_shown="Foto: Cuartoscuro",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Lee más:", "La SEP publica el calendario escolar 2024-2025")]},
        below_body=[("cta", "Suscríbete a nuestro newsletter y recibe lo más importante del día.")],
        lists=[("Te recomendamos", ["¿Cuánto cuesta la lista de útiles este año?", "Maestros marchan en la Ciudad de México"])],
        paras=P("""
Miles de estudiantes de primaria y secundaria en Oaxaca regresaron este lunes a las aulas sin los libros de
texto gratuitos del nuevo ciclo escolar.

Maestros de varias regiones del estado dijeron que los paquetes de libros aún no han llegado a las
supervisiones escolares.

La Secretaría de Educación Pública informó que la distribución en el estado tiene un avance de 70 por ciento.

Una maestra de una escuela de la Sierra Sur contó que trabajará con fotocopias y materiales del año pasado.

Padres de familia señalaron que no pueden comprar guías de estudio por su cuenta.

La Sección 22 del sindicato magisterial pidió a las autoridades que los libros lleguen antes de que termine
septiembre.

Las autoridades estatales atribuyeron el retraso a problemas de transporte en comunidades alejadas.

En el ciclo anterior también hubo retrasos y algunas escuelas recibieron los libros hasta octubre.

Unos 25 millones de estudiantes en todo el país regresaron a clases este lunes.
"""),
        must_have=[
            "La Secretaría de Educación Pública informó que la distribución en el estado tiene un avance de 70 por ciento.",
            "En el ciclo anterior también hubo retrasos y algunas escuelas recibieron los libros hasta octubre.",
        ]),
    # Derby Telegraph (Reach, England): staff, 'Published'/'Updated' time lines, '(Image: Google)' credit.
    rec(cluster="derbytelegraph-send-school-transport", role="single", file="derbytelegraph_send_transport.html", render="html",
        site=SITE_DT, title="Parents say changes to school transport leave disabled children stranded",
        date="2024-03-12", country="GB", region="europe", lang="en", authors=["Harriet Doyle"],
        section="Derby News", meta_section="Derby News",
        url="https://www.derbytelegraph.example.co.uk/news/derby-news/parents-say-changes-school-transport-9165432",
        description="Derbyshire County Council says the new system will save money.",
        published="2024-03-12T06:00:00Z", modified="2024-03-12T09:41:00Z",
        byline_lines=["By Harriet Doyle", "Education reporter"], date_lines=["06:00, 12 Mar 2024", "Updated 09:41, 12 Mar 2024"],
        caption="Rosedale School in Littleover", credit="Google", credit_shown="(Image: Google)",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Derby school rated outstanding for first time")]},
        below_body=[("newsletter", "Get the biggest stories in Derby and Derbyshire sent to your inbox")],
        lists=[("Top Stories", ["A38 roadworks to last until autumn", "New cafe opens in Derby Market Hall"])],
        comments=["Comments", "Join the conversation"],
        paras=P("""
Parents of children with special educational needs in Derbyshire say changes to the council's school
transport service have left some pupils waiting hours for a taxi or missing school altogether.

Derbyshire County Council moved more than 2,000 routes to new contracts in February to reduce costs.

Since then, parents say drivers have arrived late, not turned up or been changed without warning.

A mother from Belper said her autistic son had become too anxious to travel after three different drivers
came in one week.

The council spends more than £40 million a year on transport for pupils with special needs, a figure that has
doubled in five years.

A council spokesperson apologised for the problems and said most routes were now running smoothly.

Parent campaigners have started a petition asking councillors to review the contracts.

Headteachers said missed days were hardest on pupils who rely on routine.

The council's cabinet will discuss the transport service at its meeting next month.
"""),
        must_have=[
            "Derbyshire County Council moved more than 2,000 routes to new contracts in February to reduce costs.",
            "Parent campaigners have started a petition asking councillors to review the contracts.",
        ]),
    # EducationHQ (Australia): staff, no caption.
    rec(cluster="educationhq-naplan-results-2024", role="single", file="educationhq_naplan_results.html", render="html",
        site=SITE_EHQ, title="One in three students need extra support, new NAPLAN results show",
        date="2024-08-14", country="AU", region="oceania", lang="en", authors=["Tessa McKinlay"],
        section="News", meta_section="News",
        url="https://educationhq.example.com/au/news/one-in-three-students-need-extra-support-naplan-results-show/",
        description="The second year of the new reporting bands shows little change.",
        published="2024-08-14T10:00:00+10:00",
        byline_lines=["by Tessa McKinlay"], date_lines=["14 Aug 2024"],
        inserts={2: [("ad", "Advertisement")],
                 5: [("promo", ["Stay in the loop", "Get EducationHQ's free weekly newsletter.", "Subscribe now"])]},
        tags=("Topics", ["NAPLAN", "Literacy", "Numeracy"]),
        lists=[("Related Articles", ["Teachers call for NAPLAN rethink", "Phonics check rolls out nationally"])],
        comments=["Comments", "Please log in to comment"],
        paras=P("""
About one in three Australian students did not meet the expected standard in this year's NAPLAN tests,
according to national results released on Wednesday.

The results show little change from last year, the first year in which results were reported in four
proficiency levels.

Around 10 per cent of students were placed in the lowest level, which means they need additional support.

Students in remote areas and Indigenous students were far more likely to be in this group.

The national testing authority said girls continued to outperform boys in writing.

Boys performed slightly better than girls in numeracy in most year levels.

Principals' groups said the results confirmed the need for more funding for small-group tuition.

Education ministers will meet later this month to discuss the next national school funding agreement.

Some teachers said schools should use the results with care, because one test cannot show everything a
student knows.
"""),
        must_have=[
            "Students in remote areas and Indigenous students were far more likely to be in this group.",
            "Boys performed slightly better than girls in numeracy in most year levels.",
        ]),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, Botswana Guardian: staff, capitalised byline.
    rec(cluster="botswanaguardian-bgcse-results", role="single", file="newsplease_botswanaguardian_bgcse.json",
        render="newsplease", title="BGCSE pass rate improves but science results worry educators",
        date="2024-02-23", country="BW", region="africa", lang="en", authors=["Keabetswe Mogotsi"],
        url="https://www.guardiansun.example.co.bw/news/bgcse-pass-rate-improves-but-science-results-worry-educators",
        source_domain="www.guardiansun.example.co.bw",
        description="The Botswana Examinations Council released the 2023 results this week.",
        np_authors=["Keabetswe Mogotsi"], np_publish="2024-02-23 09:00:00", np_download="2024-02-23 15:31:08",
        head_lines=["KEABETSWE MOGOTSI", "February 23, 2024", "Share"],
        inserts={2: ["Advertisement"], 5: ["RELATED: Teachers union demands overtime pay for exam marking"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "Related", "Leave a Reply", "Your email address will not be published.",
                    "Botswana Guardian", "\u00a9 2024 Botswana Guardian. All rights reserved.", "Subscribe to our e-paper", "Latest News"],
        paras=P("""
The percentage of Botswana General Certificate of Secondary Education candidates who obtained a credit or
better improved slightly last year, according to results released by the Botswana Examinations Council.

About 34 percent of candidates obtained grade C or better, compared with 32 percent the year before.

Performance in science subjects and mathematics, however, declined in most regions.

The council's chief executive said schools in rural areas still lack laboratories and qualified teachers in
these subjects.

English and Setswana recorded the best results among the core subjects.

Private schools continued to perform better than government schools.

Teachers' unions said overcrowded classrooms and delays in supplying textbooks had affected learners.

The Ministry of Child Welfare and Basic Education said it would publish a plan to improve results in the
sciences before the end of the year.

Candidates who wish to have their scripts remarked have 30 days to apply.

Results are available at schools and on the council's website.
"""),
        must_have=[
            "Performance in science subjects and mathematics, however, declined in most regions.",
            "Private schools continued to perform better than government schools.",
        ]),
    # news-please, Informburo.kz (Kazakhstan, Russian): Kazinform copy with a 'ШЫМКЕНТ. КАЗИНФОРМ –' dateline.
    rec(cluster="informburo-kazinform-shymkent-shkoly", role="single", file="newsplease_informburo_shymkent_ru.json",
        render="newsplease", title="В Шымкенте к 1 сентября откроют восемь новых школ",
        date="2023-08-29", dateline="ШЫМКЕНТ. КАЗИНФОРМ – ", city="Shymkent", country="KZ", region="asia", lang="ru",
        agency="Kazinform",
        url="https://informburo.example.kz/novosti/v-shymkente-k-1-sentyabrya-otkroyut-vosem-novyh-shkol",
        source_domain="informburo.example.kz",
        description="Новые школы должны снизить нагрузку на переполненные здания.",
        np_authors=["Informburo.kz"], np_publish="2023-08-29 12:15:00", np_download="2023-08-29 18:02:40",
        head_lines=["29 августа 2023, 12:15", "Поделиться"],
        inserts={2: ["Реклама"], 5: ["Читайте также: В Казахстане повысят зарплаты учителям"]},
        tail_lines=["Источник: Казинформ", "Подписывайтесь на наш Telegram-канал", "Самое читаемое", "Новости по теме",
                    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter", "\u00a9 2023 Informburo.kz",
                    "При использовании материалов гиперссылка обязательна.", "Комментарии", "Войдите, чтобы оставить комментарий", "Все новости", "Реклама на сайте"],
        paras=P("""
В Шымкенте к началу учебного года откроют восемь новых школ на 12 тысяч мест, сообщили в городском
управлении образования.

Большая часть новых школ построена в быстрорастущих микрорайонах на окраинах города.

Сейчас в городе работают около 20 школ, где занятия проходят в три смены.

По словам руководителя управления, новые здания позволят перевести часть из них на двухсменный режим.

Население Шымкента превысило миллион человек, и каждый год в первый класс идут более 30 тысяч детей.

В новых школах оборудованы кабинеты робототехники, спортивные залы и столовые.

Для работы в них уже приняты около 700 учителей, в том числе выпускники педагогических вузов.

Родители в микрорайоне Нурсат рассказали, что их детям больше не придётся ездить в школу через весь город.

До конца года в городе планируют начать строительство ещё пяти школ.

В управлении образования отметили, что в некоторых старых школах летом провели капитальный ремонт и заменили окна и отопление.

Родителям напомнили, что зачисление в первые классы проходит через портал электронного правительства.

В городском акимате заявили, что к 2025 году планируют полностью отказаться от трёхсменного обучения.
"""),
        must_have=[
            "Сейчас в городе работают около 20 школ, где занятия проходят в три смены.",
            "Для работы в них уже приняты около 700 учителей, в том числе выпускники педагогических вузов.",
        ]),
    # news-please, Brasil de Fato (Brazil, Portuguese): Agência Brasil copy, writer line with role.
    rec(cluster="brasildefato-agenciabrasil-enem-inscricoes", role="single", file="newsplease_brasildefato_enem_pt.json",
        render="newsplease", title="Enem 2024 tem 5,4 milhões de inscritos, alta em relação ao ano passado",
        date="2024-06-17", country="BR", region="americas", lang="pt", agency="Agência Brasil",
        authors=["Luciana Prado Ferraz"],
        url="https://www.brasildefato.example.com.br/2024/06/17/enem-2024-tem-5-4-milhoes-de-inscritos",
        source_domain="www.brasildefato.example.com.br",
        description="Inep confirmou as provas para novembro.",
        np_authors=["Agência Brasil"], np_publish="2024-06-17 18:32:00", np_download="2024-06-17 21:10:05",
        head_lines=["Luciana Prado Ferraz - Repórter da Agência Brasil", "17 de junho de 2024 às 18:32", "Ouça o áudio"],
        inserts={2: ["Publicidade"], 5: ["Leia mais: Pé-de-Meia: alunos recebem nova parcela nesta semana"]},
        tail_lines=["Edição: Agência Brasil", "Fonte: Agência Brasil", "Receba no WhatsApp as notícias do Brasil de Fato",
                    "Tags: educação enem", "Veja mais", "Brasil de Fato \u00a9 2024 - Todos os direitos reservados", "Apoie o Brasil de Fato", "Siga nas redes", "Assine a newsletter", "Comunicar erro"],
        paras=P("""
O Exame Nacional do Ensino Médio deste ano recebeu 5,4 milhões de inscrições, informou nesta segunda-feira
o Instituto Nacional de Estudos e Pesquisas Educacionais Anísio Teixeira.

O número é cerca de 1,5 milhão maior que o registrado em 2023.

Segundo o instituto, o aumento se deve principalmente à isenção da taxa para todos os estudantes do
terceiro ano do ensino médio da rede pública.

As provas serão aplicadas nos dias 3 e 10 de novembro em todo o país.

Mais da metade dos inscritos são mulheres, e a maioria tem entre 17 e 19 anos.

Os participantes devem consultar o local de prova no cartão de confirmação, que será divulgado em outubro.

O resultado do exame é usado para o acesso a universidades públicas e a programas de bolsas e financiamento
estudantil.

O ministro da Educação afirmou que o governo quer ampliar o número de vagas nas universidades federais.

A aplicação terá ainda versões em braile e em libras.
"""),
        must_have=[
            "O número é cerca de 1,5 milhão maior que o registrado em 2023.",
            "As provas serão aplicadas nos dias 3 e 10 de novembro em todo o país.",
        ]),
    # trafilatura, Bangla Tribune (Bangladesh, English edition): desk byline, no writer.
    rec(cluster="banglatribune-hsc-results-2023", role="single", file="trafilatura_banglatribune_hsc_results.json",
        render="trafilatura", title="HSC pass rate falls to 78.64%, GPA-5 holders decline",
        date="2023-11-26", country="BD", region="asia", lang="en", section="Education",
        url="https://en.banglatribune.example.com/education/hsc-pass-rate-falls-to-78-64",
        hostname="en.banglatribune.example.com", source_hostname="Bangla Tribune",
        description="Results of 11 education boards were published on Sunday.",
        tf_author="Bangla Tribune Desk", tf_date="2023-11-26", tf_language="en", categories="Education;National",
        head_lines=["Bangla Tribune Desk", "Published : 26 Nov 2023, 13:05", "Updated : 26 Nov 2023, 15:48"],
        inserts={2: ["Advertisement"], 5: ["Also Read: SSC exams to begin in February"]},
        tail_lines=["Topics:", "HSC", "Education Board", "Related Stories", "Follow Bangla Tribune on Google News",
                    "Editor: Mahbub Karim Chowdhury", "\u00a9 2023 Bangla Tribune", "Share", "Facebook", "Latest News"],
        paras=P("""
The pass rate in this year's Higher Secondary Certificate and equivalent examinations fell to 78.64 percent,
down from 85.95 percent last year, according to results published on Sunday.

The number of students who obtained GPA-5, the highest grade, also dropped sharply to about 92,000.

Results of the nine general education boards, the madrasa board and the technical board were announced
together.

Officials said the exams were held on the full syllabus this year for the first time since the pandemic.

Girls again did better than boys in both the pass rate and the number of GPA-5 holders.

The Jashore board recorded the highest pass rate among the general boards.

Candidates can apply for re-examination of their scripts from Monday for one week.

Education officials said the lower figures reflected a return to normal standards rather than a decline in learning.

Admission to universities will begin after the results of the re-examination are published.
"""),
        must_have=[
            "Officials said the exams were held on the full syllabus this year for the first time since the pandemic.",
            "Candidates can apply for re-examination of their scripts from Monday for one week.",
        ]),
    # trafilatura, Kerala Kaumudi (India, English edition): staff, 'THIRUVANANTHAPURAM:' dateline.
    rec(cluster="keralakaumudi-noon-meal-cooks", role="single", file="trafilatura_keralakaumudi_noon_meal.json",
        render="trafilatura", title="Noon meal cooks in schools to strike as wages remain unpaid for three months",
        date="2025-02-19", dateline="THIRUVANANTHAPURAM: ", city="Thiruvananthapuram", country="IN", region="asia",
        lang="en", section="Kerala",
        url="https://keralakaumudi.example.com/en/news/news.php?id=1478523&u=noon-meal-cooks-to-strike",
        hostname="keralakaumudi.example.com", source_hostname="Kerala Kaumudi",
        description="Headmasters say they are paying for groceries out of their own pockets.",
        tf_author=None, tf_date="2025-02-19", tf_language="en", categories="Kerala;Education",
        head_lines=["Published: Feb 19, 2025, 02:15 AM", "Updated: Feb 19, 2025, 02:15 AM"],
        inserts={2: ["ADVERTISEMENT"], 5: ["Also read: SSLC exam timetable released"]},
        tail_lines=["Get the latest news updates in Kerala Kaumudi", "TRENDING IN KERALA", "MORE NEWS",
                    "Share", "Follow us on", "\u00a9 Copyright 2025 Kerala Kaumudi. All rights reserved.", "WhatsApp", "Facebook", "Download Kerala Kaumudi App", "Comments"],
        paras=P("""
Cooks engaged in the noon meal scheme in government and aided schools will go on strike from next week as
their wages have not been paid for the past three months.

There are about 13,500 cooks working under the scheme across the State, most of them women.

The cooks' union said members were paid a daily wage of 600 rupees but had received nothing since November.

Headmasters said they had been buying rice, vegetables and eggs using their own money because funds for
the scheme had also been delayed.

Some headmasters said they had spent more than one lakh rupees each.

The General Education Department said the funds would be released as soon as the Centre paid its share.

Teachers' organisations warned that the scheme, which feeds nearly 29 lakh children, could collapse if
payments were not made soon.

The union has asked the government to raise the wage and include cooks in the welfare fund.

Education Minister said talks would be held with the union this week.
"""),
        must_have=[
            "There are about 13,500 cooks working under the scheme across the State, most of them women.",
            "Some headmasters said they had spent more than one lakh rupees each.",
        ]),
    # trafilatura, Education Gazette (New Zealand): staff writer line.
    rec(cluster="educationgazette-structured-literacy", role="single", file="trafilatura_educationgazette_literacy.json",
        render="trafilatura", title="Structured literacy takes hold in Canterbury classrooms",
        date="2024-04-11", country="NZ", region="oceania", lang="en", authors=["Hana Whitcombe"], section="Curriculum",
        url="https://gazette.education.example.govt.nz/articles/structured-literacy-takes-hold-in-canterbury-classrooms/",
        hostname="gazette.education.example.govt.nz", source_hostname="Education Gazette",
        description="Kaiako say the approach is helping tamariki who struggled to read.",
        tf_author="Hana Whitcombe", tf_date="2024-04-11", tf_language="en", categories="Curriculum;Literacy",
        head_lines=["Issue 5, Volume 103", "11 April 2024", "Reading time: 4 minutes", "By Hana Whitcombe"],
        inserts={2: ["Related: Maths achievement and the new curriculum"], 5: ["Find out more about structured literacy resources on Tāhūrangi."]},
        tail_lines=["Share", "Print article", "Subscribe to the Education Gazette newsletter", "Latest articles",
                    "Te Tāhuhu o te Mātauranga | Ministry of Education", "\u00a9 Crown copyright", "Tags:", "Literacy", "Canterbury"],
        paras=P("""
Schools across Canterbury say a move to structured literacy is helping more young children learn to read,
two years after many of them began the change.

Structured literacy teaches children the sounds of the language and how letters represent them, step by step.

At one primary school in Christchurch, the share of Year 2 students reading at the expected level has risen
from 55 to 78 percent.

The school's principal said teachers had needed time and training to change the way they taught.

Teacher aides also received training so they could support small groups every day.

Kaiako said children who had previously avoided reading were now choosing books during free time.

Some schools said the cost of new decodable books had been a barrier.

The Ministry of Education is providing funding for teacher training and resources for schools that adopt
the approach.

Researchers at the University of Canterbury are following the progress of students over several years.
"""),
        must_have=[
            "Teacher aides also received training so they could support small groups every day.",
            "Some schools said the cost of new decodable books had been a barrier.",
        ]),
]


# ---- JSONL batches ---------------------------------------------------------------

SITE_GT = site("GuelphToday", "https://www.guelphtoday.example.com", " - Guelph News", "en_CA", "@GuelphToday",
               ["Local News", "Police", "City Hall", "Sports", "Obituaries", "Weather", "Jobs"],
               ["\u00a9 2024 Village Media Inc. All rights reserved.", "About", "Contact Us", "Privacy Policy"],
               share=["Share", "Facebook", "X", "Email"], top=["Subscribe to Newsletters"])

JSONL_STORIES = [
    # newsbeam text shape: the ISNA story on Ensaf News (syndicated member of the ISNA cluster).
    dict(ISNA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.ensafnews.example.com/512789/",
         nb_published="2025-01-08T09:20:00Z", outlet="انصاف نیوز", nb_authors=[],
         head_lines=["کد خبر: ۵۱۲۷۸۹", "۱۹ دی ۱۴۰۳ ساعت ۱۲:۵۰"],
         tail_lines=["منبع: ایسنا", "انصاف نیوز را در تلگرام دنبال کنید", "اخبار مرتبط", "افزایش حقوق معلمان در بودجه ۱۴۰۴",
                     "دیدگاه شما", "نظرات حاوی توهین و افترا منتشر نمی‌شود", "پربازدیدترین‌ها", "کپی لینک",
                     "کلیه حقوق مادی و معنوی برای انصاف نیوز محفوظ است", "ارسال به دوستان", "نسخه چاپی", "برچسب‌ها:", "کنکور"]),
    # news-please shape: the TT story on Hallandsposten (syndicated member of the TT cluster).
    dict(TT, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.hallandsposten.example.se/nyheter/sverige/dyrare-skolmat-tvingar-kommuner-att-dra-ner-pa-ekologiskt.3b1c2d",
         source_domain="www.hallandsposten.example.se",
         np_authors=["TT"], np_publish="2024-10-03 07:40:00", np_download="2024-10-03 08:15:27",
         head_lines=["TT", "Publicerad 3 oktober 2024 kl 07.40"],
         tail_lines=["Johanna Berglund/TT", "Dela", "Kopiera länk", "Annons", "Mest läst", "Nyhetsbrev",
                     "Läs mer om: Skola, Sverige", "Hallandsposten \u00a9 2024", "Ansvarig utgivare: Stampen Media", "Prenumerera", "Logga in", "Följ ämnet", "Skicka tips"]),
    # newsbeam html shape: GuelphToday (Canada): staff, Village Media layout.
    rec(cluster="guelphtoday-portables-upper-grand", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_GT, title="Upper Grand board adds 40 portables as Guelph schools overflow",
        date="2024-09-06", country="CA", region="americas", lang="en", authors=["Ryan Colquhoun"],
        section="Local News", meta_section="Local News",
        url="https://www.guelphtoday.example.com/local-news/upper-grand-board-adds-40-portables-9412345",
        description="Trustees say new schools in the south end are years away.",
        published="2024-09-06T17:30:00-04:00",
        nb_published="2024-09-06T21:30:00Z", outlet="GuelphToday", nb_authors=["Ryan Colquhoun"],
        byline_lines=["Ryan Colquhoun", "GuelphToday"],
        date_lines=["Sep 6, 2024 5:30 PM"],
        caption="Portables behind an elementary school in Guelph's south end.", credit="Ryan Colquhoun/GuelphToday",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "Trustees approve new south end school boundary")]},
        below_body=[("lji", "Sign up for GuelphToday's daily newsletter")],
        comments=["Comments", "Be the first to comment", "Our comment policy"],
        lists=[("Top Stories", ["Hanlon Parkway closure extended", "Guelph Storm open season at home"])],
        paras=P("""
The Upper Grand District School Board has added 40 portable classrooms this fall, most of them at schools in
Guelph's fast-growing south end.

Board staff told trustees the number of students in the city rose by about 1,100 over the past year.

Some elementary schools now have more students in portables than in the main building.

Parents said their children had to walk outside in bad weather to reach the washrooms and the library.

The board has asked the province to fund two new elementary schools, but approval has not yet come.

A trustee said even if money was approved this year, a new school would not open before 2028.

Staff are also studying changes to school boundaries to move students to schools with empty space.

Ontario's Ministry of Education said it was reviewing the board's request along with others from across
the province.

The board will hold public meetings on the boundary review in October.
"""),
        must_have=[
            "Some elementary schools now have more students in portables than in the main building.",
            "The board will hold public meetings on the boundary review in October.",
        ]),
    # trafilatura shape: the ENA story on Addis Zeybe (syndicated member of the ENA cluster).
    dict(ENA, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://addiszeybe.example.com/amhara-region-expands-school-feeding-programme",
         hostname="addiszeybe.example.com", source_hostname="Addis Zeybe",
         tf_author="ENA", tf_date="2024-06-10", tf_language="en", categories="News;Education",
         head_lines=["ENA", "June 10, 2024"],
         tail_lines=["Source: Ethiopian News Agency", "Share this article", "Facebook", "Telegram", "Related News",
                     "Subscribe to our newsletter", "Addis Zeybe \u00a9 2024. All rights reserved.", "Support independent journalism", "Donate", "Tags:", "School feeding", "Amhara", "Follow us on X"]),
    # news-please shape: Daily Hive (Vancouver): staff, writer over a relative date.
    rec(cluster="dailyhive-vancouver-seismic-schools", role="single", file=JSONL_B, render="newsplease",
        title="Vancouver parents push for faster seismic upgrades at 30 schools",
        date="2025-01-15", country="CA", region="americas", lang="en", authors=["Nadia Brennan"],
        url="https://dailyhive.example.com/vancouver/vancouver-seismic-upgrades-schools-parents",
        source_domain="dailyhive.example.com",
        description="Dozens of schools in the city are still rated high risk.",
        np_authors=["Nadia Brennan"], np_publish="2025-01-15 15:14:00", np_download="2025-01-16 09:02:18",
        head_lines=["Nadia Brennan", "Jan 15 2025, 3:14 pm", "Share", "Comments"],
        inserts={2: ["Advertisement"], 5: ["Read more: New elementary school to open in Olympic Village"]},
        tail_lines=["Nadia Brennan", "Staff Writer", "Get the latest Vancouver news in your inbox", "Sign up",
                    "More from Daily Hive", "Daily Hive is a Canadian-born online news source.", "\u00a9 2025 Daily Hive", "Follow us on Instagram", "Trending", "Report an error"],
        paras=P("""
A group of Vancouver parents is asking the province to speed up seismic upgrades at about 30 schools that
are still rated as high risk in a major earthquake.

The group delivered a letter with more than 4,000 signatures to the Ministry of Education and Child Care this week.

The Vancouver School Board says it has finished upgrades at more than 60 schools since the program began.

Many of the remaining buildings are older wooden schools on the east side of the city.

Parents say they worry every time their children go to class in a building that might not survive a strong quake.

The ministry said seismic projects are approved as soon as business plans are ready and that funding is not the problem.

School board staff said rising construction costs had delayed some projects by several years.

Engineers warn that a large earthquake off the coast of British Columbia is likely in the coming decades.

The board expects to submit plans for five more schools this spring.
"""),
        must_have=[
            "The Vancouver School Board says it has finished upgrades at more than 60 schools since the program began.",
            "Many of the remaining buildings are older wooden schools on the east side of the city.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixty-sixth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Etemad '۱۹ دی ۱۴۰۳' (Solar Hijri 19 Dey 1403 in Persian "
    "digits = 8 January 2025) and the Ensaf News copy '۱۹ دی ۱۴۰۳ ساعت ۱۲:۵۰' (crawler stamp 09:20Z the same day); DN "
    "'Publicerad 2024-10-03' (not 'Uppdaterad'), Hallandsposten '3 oktober 2024'; borkena 'June 10, 2024' with the ENA "
    "dateline 'June 10/2024', Addis Zeybe 'June 10, 2024'; Chalkbeat 'Nov 14, 2024, 6:00am MST' (both copies); Kyosu "
    "Shinmun '승인 2025.01.20'; Eenadu 'Published : 01 May 2025' (not 'Updated'); Isolezwe 'Published Aug 14, 2023'; "
    "Jamhuri 'Juni 18, 2024'; Guineematin '27 juillet 2024'; Latvijas Avīze '2024. gada 5. septembris' (year first); "
    "Glavcom '15 травня 2025' (15 May); Loop PNG '04 Mar, 2024'; Forum 24 '10. 4. 2024' (day first) with the ČTK dateline "
    "'10. dubna'; EdSource 'September 19, 2024'; Express & Star 'Published: Jul 29, 2024'; Hibapress 'الثلاثاء 27 فبراير "
    "2024' (Tuesday 27 February); Emirates 24|7 'Monday, November 11, 2024' and the WAM dateline '11th November, 2024'; "
    "Animal Político '26 de agosto, 2024' (19:45 in Mexico City, the offset the page states); the Derby Telegraph '06:00, "
    "12 Mar 2024' (not 'Updated 09:41'); EducationHQ '14 Aug 2024'; Botswana Guardian 'February 23, 2024'; Informburo.kz "
    "'29 августа 2023'; Brasil de Fato '17 de junho de 2024'; Bangla Tribune 'Published : 26 Nov 2023' (not 'Updated'); "
    "Kerala Kaumudi 'Published: Feb 19, 2025'; Education Gazette '11 April 2024'; GuelphToday 'Sep 6, 2024 5:30 PM' "
    "(Eastern time; the crawler stamp 21:30Z is the same day); Daily Hive 'Jan 15 2025, 3:14 pm'",
    "dateline_city": "'Bahir Dar, June 10/2024 (ENA) - ' -> 'Bahir Dar' (both ENA copies); Eenadu 'ఈనాడు, హైదరాబాద్‌: ' "
    "('Eenadu, Hyderabad:') -> 'Hyderabad'; 'Olomouc 10. dubna (ČTK) - ' -> 'Olomouc'; Hibapress 'وجدة – (ومع) – ' -> "
    "'Oujda' ('ومع' is MAP's Arabic abbreviation); 'FUJAIRAH, 11th November, 2024 (WAM) -- ' -> 'Fujairah'; "
    "'ШЫМКЕНТ. КАЗИНФОРМ – ' -> 'Shymkent'; Kerala Kaumudi 'THIRUVANANTHAPURAM: ' -> 'Thiruvananthapuram'. The ISNA "
    "story names ISNA in its lead ('به گزارش ایسنا') but has no dateline (city null, country IR); the TT story has no "
    "dateline (country SE); 'Na Aisha Mrisho' on Jamhuri is a byline, not a dateline; all other records have no dateline "
    "and take the country of the story's location",
    "country": "Guineematin is Guinea (GN); Loop PNG is Papua New Guinea (PG, oceania); Emirates 24|7 is the United Arab "
    "Emirates (AE, asia by UN M49); Informburo.kz's story is Kazakhstan (KZ, asia); Hibapress is Morocco (MA, africa); the "
    "Express & Star and Derby Telegraph stories are England (GB); the Education Gazette is New Zealand (NZ); Botswana "
    "Guardian is Botswana (BW); Daily Hive and GuelphToday are Canada (CA)",
    "agency": "Etemad and Ensaf News carry ISNA (the Iranian Students' News Agency: named in the lead and 'منبع: ایسنا' = "
    "'Source: ISNA'); DN and Hallandsposten carry TT (TT Nyhetsbyrån: 'Johanna Berglund/TT' byline, 'TT' byline on "
    "Hallandsposten); borkena and Addis Zeybe carry ENA (the Ethiopian News Agency: '(ENA)' dateline, 'Source: ENA', "
    "'Source: Ethiopian News Agency'); Forum 24 carries ČTK (dateline, 'ČTK' byline, 'Zdroj: ČTK'); Hibapress carries MAP "
    "(dateline '(ومع)' and 'المصدر: و م ع'; the site byline 'هبة بريس' is the outlet); Emirates 24|7 carries WAM (dateline "
    "and byline); Informburo.kz carries Kazinform (Kazinform-style dateline and 'Источник: Казинформ'); Brasil de Fato "
    "carries Agência Brasil ('Repórter da Agência Brasil', 'Fonte: Agência Brasil'); the Express & Star carries PA Media, labelled 'PA' as earlier sets label PA copy "
    "('PA Education Correspondent', '© PA Media Ltd'). Photo credits ('Fredrik Sandberg/TT', 'Cuartoscuro', 'Google') do "
    "not by themselves make a story agency copy; all other records are staff copy",
    "authors": "TT 'Johanna Berglund/TT' (DN byline; on Hallandsposten a line at the end under the 'TT' byline); Chalkbeat "
    "'By Maya Okonkwo-Reyes' (both copies; the bio line is chrome); Kyosu Shinmun '김하늘 기자' ('기자' = 'reporter') -> "
    "'김하늘'; Isolezwe 'Ngu-Nkosinathi Mthembu' ('Ngu-' = 'By'); Jamhuri 'Na Aisha Mrisho' ('Na' = 'By'); Guineematin "
    "'Alpha Oumar Diallo pour Guineematin.com' at the end; Latvijas Avīze 'Ilze Kalniņa'; Glavcom 'Олена Кравчук'; Loop "
    "PNG 'Author: Grace Kombuk'; EdSource 'Lucia Fernandez-Hale'; Express & Star 'By Ellen Marbury, PA Education "
    "Correspondent' -> 'Ellen Marbury'; Animal Político 'Por Mariana Zárate Ibáñez'; Derby Telegraph 'By Harriet Doyle' "
    "('Education reporter' is a role line); EducationHQ 'by Tessa McKinlay'; Botswana Guardian 'KEABETSWE MOGOTSI' -> "
    "natural case 'Keabetswe Mogotsi'; Brasil de Fato 'Luciana Prado Ferraz - Repórter da Agência Brasil' -> 'Luciana "
    "Prado Ferraz'; Education Gazette 'By Hana Whitcombe'; GuelphToday 'Ryan Colquhoun'; Daily Hive 'Nadia Brennan' "
    "('Staff Writer' is a role line). Desk, site and agency bylines ('By borkena', 'ENA', 'WAM', 'ČTK', 'هبة بريس', 'TT', "
    "'Bangla Tribune Desk', 'Informburo.kz') are not authors; Etemad, Ensaf News, Eenadu, Kerala Kaumudi and Emirates 24|7 "
    "name no writer",
    "editors": "Bangla Tribune 'Editor: Mahbub Karim Chowdhury' is the newspaper's editor printed in the site footer, not an "
    "editor of this story, so editors is empty; Brasil de Fato 'Edição: Agência Brasil' names an agency, not a person; no "
    "record names an editor of the story",
    "caption_credit": "credits without their wrapper: Chalkbeat '(Rachel Ortiz Vance / Chalkbeat)' -> 'Rachel Ortiz Vance "
    "/ Chalkbeat' (both copies); DN 'Foto: Fredrik Sandberg/TT' -> 'Fredrik Sandberg/TT'; EdSource 'Credit: Daniel Ochoa / "
    "EdSource' -> 'Daniel Ochoa / EdSource'; Animal Político 'Foto: Cuartoscuro' -> 'Cuartoscuro'; Derby Telegraph "
    "'(Image: Google)' -> 'Google'; GuelphToday 'Ryan Colquhoun/GuelphToday' as printed; records without a photo caption "
    "have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: DN 'Sverige', borkena 'Ethiopian News', "
    "EdSource 'Student Wellness', Express & Star 'UK News', Hibapress 'مجتمع' (society), Emirates 24|7 'Education', Animal "
    "Político 'Educación', Derby Telegraph 'Derby News', EducationHQ 'News', GuelphToday 'Local News'; trafilatura records "
    "take their first category ('Education' for Bangla Tribune, 'Kerala' for Kerala Kaumudi, 'Curriculum' for the "
    "Education Gazette, 'News' for Addis Zeybe); news-please, plain text and newsbeam text records have none",
    "language": "'fa' Persian (two copies of the ISNA story); 'sv' Swedish (two copies of the TT story); 'ko' Korean; 'te' "
    "Telugu; 'zu' isiZulu; 'sw' Swahili; 'fr' French from Guinea; 'lv' Latvian; 'uk' Ukrainian; 'cs' Czech; 'ar' Arabic "
    "from Morocco; 'es' Mexican Spanish; 'ru' Russian from Kazakhstan; 'pt' Brazilian Portuguese; all others English "
    "(Bangla Tribune, Kerala Kaumudi and borkena are English editions)",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and "
    "comment rules, advertisement labels, news codes and reading times, issue lines, related-story lines and boxes, tag and "
    "topic lists, most-read rails, newsletter, app, WhatsApp, Telegram and Google News promos, reporter bio, role, phone and "
    "e-mail lines, wire source lines ('منبع: ایسنا', 'Source: ENA', 'Zdroj: ČTK', 'المصدر: و م ع', 'Источник: Казинформ', "
    "'Fonte: Agência Brasil', '© PA Media Ltd'), ownership and copyright lines, donation appeals, and byline, date and "
    "caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (ISNA and TT in the plain batch, ENA in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Chalkbeat Colorado: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"isna", "ایسنا", "etemad", "روزنامه اعتماد", "ensaf news", "انصاف نیوز", "tt", "dn.se", "dagens nyheter",
                "hallandsposten", "ena", "ethiopian news agency", "borkena", "addis zeybe", "chalkbeat", "chalkbeat colorado",
                "kyosu shinmun", "교수신문", "eenadu", "ఈనాడు", "isolezwe", "jamhuri media", "guineematin", "guineematin.com",
                "latvijas avīze", "главком", "glavcom", "loop png", "forum 24", "čtk", "ctk", "edsource", "express & star",
                "pa media", "pa", "hibapress", "هبة بريس", "map", "و م ع", "emirates 24|7", "wam", "animal político",
                "derby telegraph", "educationhq", "botswana guardian", "informburo.kz", "kazinform", "казинформ",
                "brasil de fato", "agência brasil", "bangla tribune", "bangla tribune desk", "kerala kaumudi",
                "education gazette", "guelphtoday", "daily hive"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
