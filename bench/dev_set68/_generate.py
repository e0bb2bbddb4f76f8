#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-eighth development set (bench/dev_set68/, first written as the sixty-fifth held-out set).

    .venv/bin/python bench/dev_set68/_generate.py

Writes ``bench/dev_set68/articles/*`` and ``bench/dev_set68/labels.json`` (next to this
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
bench/dev_set67/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout65_2025-a.jsonl"
JSONL_B = "crawl_holdout65_2025-b.jsonl.gz"


# ---- cluster: Tasnim, Mashhad region (Tabnak scrape + copy on Mashregh News in the plain batch) ----

TAS = rec(
    cluster="tasnim-khorasan-saffron-harvest",
    title="برداشت زعفران در خراسان رضوی ۲۰ درصد کاهش یافت",
    date="2024-11-09",
    country="IR",
    region="asia",
    agency="Tasnim",
    lang="fa",
    description="کم‌آبی و گرمای پاییز عملکرد مزارع زعفران را کاهش داده است.",
    paras=P("""
به گزارش خبرگزاری تسنیم، برداشت زعفران در استان خراسان رضوی امسال نسبت به سال گذشته حدود ۲۰ درصد کاهش
یافته و کشاورزان کم‌آبی و گرمای غیرعادی پاییز را عامل اصلی آن می‌دانند.

مدیر باغبانی سازمان جهاد کشاورزی استان گفت که بیشتر مزارع در شهرستان‌های تربت حیدریه و گناباد آسیب
دیده‌اند.

به گفته او، بسیاری از کشاورزان به دلیل خشک شدن چاه‌ها نتوانستند آبیاری اول پاییز را به موقع انجام دهند.

قیمت هر کیلوگرم زعفران در بازار مشهد در هفته‌های اخیر بیش از ۱۵ درصد افزایش یافته است.

یکی از کشاورزان روستای کدکن گفت که هزینه کارگر برای چیدن گل زعفران نسبت به پارسال دو برابر شده است.

سازمان جهاد کشاورزی اعلام کرد که برای کمک به کشاورزان آسیب‌دیده، وام کم‌بهره در نظر گرفته می‌شود.

کارشناسان می‌گویند که استفاده از آبیاری قطره‌ای می‌تواند مصرف آب در مزارع زعفران را تا نصف کاهش دهد.

خراسان رضوی بیش از ۸۰ درصد زعفران کشور را تولید می‌کند و بخش بزرگی از آن صادر می‌شود.
"""),
    must_have=[
        "قیمت هر کیلوگرم زعفران در بازار مشهد در هفته‌های اخیر بیش از ۱۵ درصد افزایش یافته است.",
        "سازمان جهاد کشاورزی اعلام کرد که برای کمک به کشاورزان آسیب‌دیده، وام کم‌بهره در نظر گرفته می‌شود.",
    ],
)

# ---- cluster: TASR, Nitra (Pravda.sk scrape + copy on Topky.sk in the plain batch) ----

TASR = rec(
    cluster="tasr-nitra-zber-kukurice-sucho",
    title="Sucho znížilo úrodu kukurice na juhu Slovenska takmer o tretinu",
    date="2024-09-18",
    dateline="Nitra 18. septembra (TASR) - ",
    city="Nitra",
    country="SK",
    region="europe",
    agency="TASR",
    authors=["Zuzana Kminiaková"],
    lang="sk",
    description="Poľnohospodári na Podunajskej nížine hlásia najslabšiu úrodu za desať rokov.",
    paras=P("""
Poľnohospodári na juhu Slovenska začali so zberom kukurice a už teraz hovoria o najslabšej úrode za
posledných desať rokov, letné sucho ju podľa nich znížilo takmer o tretinu.

Podľa Slovenskej poľnohospodárskej a potravinárskej komory dosahujú výnosy v okresoch Nitra, Nové Zámky
a Komárno v priemere päť ton z hektára.

V bežnom roku pritom farmy v tejto oblasti zberajú sedem až osem ton kukurice z hektára.

"Od konca júna takmer nepršalo a rastliny v čase kvitnutia trpeli horúčavami," povedal agronóm družstva
v Mojmírovciach Peter Baláž.

Nižšia úroda sa podľa komory prejaví aj na cenách krmív pre hospodárske zvieratá.

Chovatelia ošípaných a hydiny preto očakávajú, že ich náklady v zime opäť stúpnu.

Ministerstvo pôdohospodárstva uviedlo, že pripravuje pre postihnuté podniky mimoriadnu pomoc, jej výšku však
zatiaľ nezverejnilo.

Odborníci upozorňujú, že bez investícií do zavlažovania sa budú podobné roky na Podunajskej nížine opakovať
čoraz častejšie.

Podľa komory sa na Slovensku kukurica pestuje približne na 190-tisíc hektároch, väčšina z nich leží práve na juhu krajiny.
"""),
    must_have=[
        "V bežnom roku pritom farmy v tejto oblasti zberajú sedem až osem ton kukurice z hektára.",
        "Chovatelia ošípaných a hydiny preto očakávajú, že ich náklady v zime opäť stúpnu.",
    ],
)

# ---- cluster: NAN, Kebbi (Tribune Online gzipped page + copy on Pulse Nigeria in the gzipped batch) ----

NAN = rec(
    cluster="nan-birnin-kebbi-rice-farmers-flood",
    title="Kebbi rice farmers count losses as floods submerge 40,000 hectares",
    date="2024-09-02",
    dateline="Birnin Kebbi, Sept. 2, 2024 (NAN) ",
    city="Birnin Kebbi",
    country="NG",
    region="africa",
    agency="NAN",
    authors=["Abdullahi Garba Danjuma"],
    lang="en",
    description="Farmers say the floods came weeks before harvest.",
    paras=P("""
Rice farmers in Kebbi say floods have submerged about 40,000 hectares of farmland across the state,
weeks before the crop was due to be harvested.

The Chairman of the Rice Farmers Association of Nigeria in the state, Alhaji Sani Bagudo, told the
News Agency of Nigeria (NAN) on Monday that Argungu, Bagudo and Suru were the worst-hit areas.

He said many farmers had taken loans to buy fertiliser and seedlings and now feared they would be unable
to repay them.

According to him, the water rose after heavy rainfall and the release of water from dams upstream.

Malam Umar Jega, a farmer in Argungu, said he lost all of his 12 hectares of rice in two days.

The state Emergency Management Agency said it had begun assessing the damage and would share relief
materials with affected farmers.

Bagudo urged the Federal Government to provide improved seedlings for the dry-season planting so that
farmers could recover part of their losses.

Kebbi is one of the largest rice-producing states in the country.
"""),
    must_have=[
        "According to him, the water rose after heavy rainfall and the release of water from dams upstream.",
        "Kebbi is one of the largest rice-producing states in the country.",
    ],
)

# ---- cluster: North Queensland Register (ACM), page + noisy re-scrape ----

NQR = rec(
    cluster="nqr-atherton-tablelands-banana-prices",
    title="Tablelands banana growers say farm-gate prices have fallen below cost",
    date="2025-03-14",
    country="AU",
    region="oceania",
    authors=["Ellie Brampton"],
    lang="en",
    caption="Banana bunches waiting to be packed on a farm near Mareeba this week",
    credit="Ellie Brampton",
    paras=P("""
Banana growers on the Atherton Tablelands say the price they are paid for their fruit has fallen below the
cost of growing it, after a run of good weather flooded the market.

Growers said wholesale prices for a 13-kilogram carton had dropped to about 12 dollars in recent weeks,
well below the 20 dollars many need to break even.

Mareeba grower Tony Castellano said he had left part of his crop on the plants because picking and packing
it would lose money.

The Australian Banana Growers' Council said supply was running about 15 per cent higher than at the same
time last year.

Supermarkets had not passed the lower prices on to shoppers in full, some growers said.

Council chief executive Jenna Harcourt said the industry was asking retailers to run promotions to move more
fruit.

Far north Queensland grows more than 90 per cent of the country's bananas.

Growers expect prices to recover by winter, when cooler weather slows production.
"""),
    must_have=[
        "Supermarkets had not passed the lower prices on to shoppers in full, some growers said.",
        "Growers expect prices to recover by winter, when cooler weather slows production.",
    ],
)
NQR_PRE = ["North Queensland Register", "News", "Cattle", "Cropping", "Markets", "Property", "Weather", "Subscribe", "Log in"]
NQR_HEAD = ["Ellie Brampton", "Journalist", "March 14 2025 - 2:30pm", "Share"]
NQR_CAP = ["Banana bunches waiting to be packed on a farm near Mareeba this week. Picture by Ellie Brampton"]
NQR_TAIL = [["Get the latest North Queensland news in your inbox"], ["Sign up for our newsletter to stay up to date."],
            ["We care about the protection of your data. Read our Privacy Policy."],
            ["North Queensland Register", "Australian Community Media"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # North Queensland Register (ACM, Australia): original of the re-scrape cluster; 'Picture by' credit.
    dict(NQR, role="original", file="nqr_tablelands_banana_prices.txt", render="text",
         pre=[NQR_PRE], head=[NQR_HEAD], cap_lines=NQR_CAP,
         inserts={2: ["Advertisement"], 4: ["Read more:", "Cattle prices lift as northern rain eases"]},
         tail=NQR_TAIL),
    dict(NQR, role="rescrape", file="nqr_tablelands_banana_prices_rescrape.txt.gz", render="text", noise=True,
         pre=[NQR_PRE], head=[NQR_HEAD], cap_lines=NQR_CAP,
         tail=[["Comments"], ["You need to be a subscriber to comment on this article."], *NQR_TAIL]),
    # Tabnak (Iran, Persian): original of the Tasnim cluster; Tasnim named in the lead, source line at the end.
    dict(TAS, role="original", file="tabnak_tasnim_zafaran_fa.txt", render="text",
         pre=[["تابناک", "صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "ورزشی", "بین‌الملل", "فرهنگی"]],
         head=[["کد خبر: ۱۲۷۸۴۵۶"], ["تاریخ انتشار: ۱۹ آبان ۱۴۰۳ - ۱۰:۲۴"], ["اشتراک گذاری", "تلگرام", "واتساپ"]],
         inserts={2: ["تبلیغات"], 4: ["بیشتر بخوانید:", "قیمت برنج ایرانی در بازار امروز"]},
         tail=[["منبع: تسنیم"], ["نظر شما", "نام", "ایمیل"], ["پربیننده‌ترین"],
               ["کلیه حقوق این سایت متعلق به تابناک است."]]),
    # Pravda.sk (Slovakia, Slovak): original of the TASR cluster; TASR dateline, writer at the end.
    dict(TASR, role="original", file="pravdask_tasr_kukurica_sk.txt", render="text",
         pre=[["Pravda.sk", "Správy", "Domáce", "Svet", "Ekonomika", "Šport", "Kultúra", "Predplatné"]],
         head=[["Zdroj: TASR"], ["18.09.2024 11:42"], ["Zdieľať", "Facebook", "Komentáre (14)"]],
         inserts={2: ["Reklama"], 5: ["Čítajte viac:", "Ceny potravín v auguste opäť rástli"]},
         tail=[["(kmi)"], ["Autor: Zuzana Kminiaková, TASR"], ["Témy:", "poľnohospodárstvo", "sucho", "kukurica"],
               ["Odporúčame"], ["© Copyright OUR MEDIA SR a.s."]]),
    # Nongmin Shinmun (South Korea, Korean): staff, reporter e-mail line.
    rec(cluster="nongmin-gimje-rice-price", role="single", file="nongmin_gimje_ssal_ko.txt", render="text",
        title="산지 쌀값 하락세 계속… 김제 농가 \"생산비도 못 건진다\"",
        date="2024-10-07", country="KR", region="asia", lang="ko", authors=["박지훈"],
        pre=[["농민신문", "뉴스", "농업", "유통", "농촌", "오피니언", "포토", "구독신청"]],
        head=[["박지훈 기자"], ["입력 : 2024-10-07 05:00"], ["공유하기", "글자크기"]],
        inserts={2: ["광고"], 5: ["관련기사", "정부, 공공비축미 매입 물량 확대 검토"]},
        tail=[["박지훈 기자 jihoon@nongmin.com"], ["<저작권자 © 농민신문 무단전재 및 재배포 금지>"],
              ["많이 본 뉴스"], ["농민신문을 네이버에서 구독하세요"]],
        paras=P("""
햅쌀 수확이 한창인 가운데 산지 쌀값이 좀처럼 반등하지 못하면서 전북 김제 지역 농가들의 시름이 깊어지고
있다.

김제시 일대 미곡종합처리장에 따르면 올해 벼 수매 가격은 40킬로그램에 6만원 안팎으로 지난해보다 8퍼센트가량
낮다.

농가들은 비료와 농기계 임대료가 크게 오른 상황에서 쌀값까지 떨어지자 생산비도 건지기 어렵다고 말한다.

김제에서 20년째 벼농사를 짓는 최명수 씨는 올해는 수확을 해도 남는 것이 거의 없다고 말했다.

전문가들은 쌀 소비 감소와 재고 증가가 가격 하락의 주요 원인이라고 분석했다.

지난해 국민 한 사람이 먹은 쌀의 양은 56킬로그램으로 30년 전의 절반 수준에 그쳤다.

농민단체들은 정부가 시장격리 물량을 늘리고 수확기 쌀값 안정 대책을 서둘러 내놓아야 한다고 요구하고 있다.

농림축산식품부는 이달 안에 수확기 쌀 수급 안정 대책을 발표할 계획이라고 밝혔다.

일부 농가는 벼 대신 콩이나 가루쌀 등 다른 작물로 바꾸는 방안을 고민하고 있지만, 판로가 불확실해 쉽게
결정하지 못하고 있다.

김제시는 다음 달 농가 대표들과 간담회를 열어 지원 방안을 논의할 예정이다.

한편 전국농민회총연맹은 다음 주 세종시에서 쌀값 보장을 요구하는 집회를 열 계획이다.

단체 관계자는 정부가 농민의 목소리를 듣지 않는다면 집회 규모를 더 키우겠다고 말했다.
"""),
        must_have=[
            "전문가들은 쌀 소비 감소와 재고 증가가 가격 하락의 주요 원인이라고 분석했다.",
            "지난해 국민 한 사람이 먹은 쌀의 양은 56킬로그램으로 30년 전의 절반 수준에 그쳤다.",
        ]),
    # Prajavani (India, Kannada): staff desk byline, 'ಬೆಂಗಳೂರು:' dateline.
    rec(cluster="prajavani-bengaluru-tomato-price", role="single", file="prajavani_tomato_kn.txt", render="text",
        title="ಟೊಮೆಟೊ ದರ ದಿಢೀರ್ ಕುಸಿತ: ರೈತರಿಗೆ ಸಂಕಷ್ಟ",
        date="2025-01-22", dateline="ಬೆಂಗಳೂರು: ", city="Bengaluru", country="IN", region="asia", lang="kn",
        pre=[["ಪ್ರಜಾವಾಣಿ", "ಮುಖಪುಟ", "ರಾಜ್ಯ", "ದೇಶ", "ವಿದೇಶ", "ವಾಣಿಜ್ಯ", "ಕ್ರೀಡೆ", "ಸಿನಿಮಾ"]],
        head=[["ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ"], ["Published 22 ಜನವರಿ 2025, 4:38 IST"], ["ಹಂಚಿಕೊಳ್ಳಿ", "ಫಾಲೋ ಮಾಡಿ"]],
        inserts={2: ["ಜಾಹೀರಾತು"], 5: ["ಇದನ್ನೂ ಓದಿ:", "ಈರುಳ್ಳಿ ದರ ಏರಿಕೆ ಸಾಧ್ಯತೆ"]},
        tail=[["ಪ್ರಜಾವಾಣಿ ಆ್ಯಪ್ ಇಲ್ಲಿದೆ"], ["ಸಂಬಂಧಿತ ಸುದ್ದಿ"], ["Follow Us", "WhatsApp ಚಾನೆಲ್ ಸೇರಿ"],
              ["Copyright © 2025 The Printers (Mysore) Private Ltd."]],
        paras=P("""
ರಾಜ್ಯದ ಪ್ರಮುಖ ಮಾರುಕಟ್ಟೆಗಳಲ್ಲಿ ಟೊಮೆಟೊ ದರ ದಿಢೀರ್ ಕುಸಿದಿದ್ದು, ಬೆಳೆಗಾರರು ತೀವ್ರ ಸಂಕಷ್ಟಕ್ಕೆ ಸಿಲುಕಿದ್ದಾರೆ.

ಕೋಲಾರ ಎಪಿಎಂಸಿಯಲ್ಲಿ ಮಂಗಳವಾರ 15 ಕೆ.ಜಿ ಟೊಮೆಟೊ ಬಾಕ್ಸ್ ಕೇವಲ 80 ರೂಪಾಯಿಗೆ ಮಾರಾಟವಾಗಿದೆ.

ಕಳೆದ ತಿಂಗಳು ಇದೇ ಬಾಕ್ಸ್‌ಗೆ 400 ರೂಪಾಯಿಗಿಂತ ಹೆಚ್ಚು ಬೆಲೆ ಸಿಗುತ್ತಿತ್ತು ಎಂದು ರೈತರು ಹೇಳಿದ್ದಾರೆ.

ಕೊಯ್ಲು ಮತ್ತು ಸಾಗಣೆ ವೆಚ್ಚವೂ ಸಿಗದ ಕಾರಣ ಕೆಲವು ರೈತರು ಟೊಮೆಟೊವನ್ನು ರಸ್ತೆ ಬದಿಯಲ್ಲಿ ಸುರಿದಿದ್ದಾರೆ.

ನೆರೆ ರಾಜ್ಯಗಳಲ್ಲೂ ಉತ್ತಮ ಇಳುವರಿ ಬಂದಿರುವುದರಿಂದ ಮಾರುಕಟ್ಟೆಗೆ ಆವಕ ಹೆಚ್ಚಾಗಿದೆ ಎಂದು ವ್ಯಾಪಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ.

ಟೊಮೆಟೊ ಸಂಸ್ಕರಣಾ ಘಟಕಗಳನ್ನು ಜಿಲ್ಲೆಯಲ್ಲೇ ಸ್ಥಾಪಿಸಬೇಕು ಎಂದು ರೈತ ಸಂಘಟನೆಗಳು ಒತ್ತಾಯಿಸಿವೆ.

ಬೆಂಬಲ ಬೆಲೆ ನೀಡುವ ಬಗ್ಗೆ ಸರ್ಕಾರ ಪರಿಶೀಲಿಸುತ್ತಿದೆ ಎಂದು ತೋಟಗಾರಿಕೆ ಇಲಾಖೆಯ ಅಧಿಕಾರಿ ಎಂ. ರಮೇಶ್ ಹೇಳಿದರು.

ಕೋಲಾರ, ಚಿಕ್ಕಬಳ್ಳಾಪುರ ಮತ್ತು ಬೆಂಗಳೂರು ಗ್ರಾಮಾಂತರ ಜಿಲ್ಲೆಗಳಲ್ಲಿ ಸಾವಿರಾರು ರೈತರು ಟೊಮೆಟೊ ಬೆಳೆಯನ್ನೇ ನಂಬಿಕೊಂಡಿದ್ದಾರೆ.

ದರ ಕುಸಿತದಿಂದಾಗಿ ಬೆಳೆ ಸಾಲ ತೀರಿಸುವುದು ಕಷ್ಟವಾಗಲಿದೆ ಎಂದು ಹಲವು ರೈತರು ಆತಂಕ ವ್ಯಕ್ತಪಡಿಸಿದ್ದಾರೆ, ಸರ್ಕಾರ ತಕ್ಷಣ ನೆರವಿಗೆ ಬರಬೇಕು ಎಂದು ಅವರು ಮನವಿ ಮಾಡಿದ್ದಾರೆ.

ಮುಂದಿನ ಎರಡು ವಾರಗಳಲ್ಲಿ ದರ ಸ್ವಲ್ಪ ಚೇತರಿಸಿಕೊಳ್ಳುವ ನಿರೀಕ್ಷೆ ಇದೆ ಎಂದು ಎಪಿಎಂಸಿ ಅಧಿಕಾರಿಗಳು ತಿಳಿಸಿದ್ದಾರೆ, ಆದರೆ ರೈತರು ಈ ಭರವಸೆಯನ್ನು ನಂಬುತ್ತಿಲ್ಲ.

ಕೋಲಾರದ ರೈತ ಶ್ರೀನಿವಾಸ ಗೌಡ ಅವರು ಈ ಬಾರಿ ಎರಡು ಎಕರೆಯಲ್ಲಿ ಟೊಮೆಟೊ ಬೆಳೆದಿದ್ದು, ಬೆಳೆಗೆ ಸುಮಾರು ಒಂದು ಲಕ್ಷ ರೂಪಾಯಿ ಖರ್ಚು ಮಾಡಿದ್ದಾರೆ.

ಹಿಂದಿನ ವರ್ಷಗಳಲ್ಲೂ ಇದೇ ರೀತಿ ದರ ಕುಸಿದಾಗ ಸರ್ಕಾರ ನೀಡಿದ ಭರವಸೆಗಳು ಈಡೇರಿಲ್ಲ ಎಂದು ರೈತ ಮುಖಂಡರು ಆರೋಪಿಸಿದ್ದಾರೆ.
"""),
        must_have=[
            "ಕೊಯ್ಲು ಮತ್ತು ಸಾಗಣೆ ವೆಚ್ಚವೂ ಸಿಗದ ಕಾರಣ ಕೆಲವು ರೈತರು ಟೊಮೆಟೊವನ್ನು ರಸ್ತೆ ಬದಿಯಲ್ಲಿ ಸುರಿದಿದ್ದಾರೆ.",
            "ಟೊಮೆಟೊ ಸಂಸ್ಕರಣಾ ಘಟಕಗಳನ್ನು ಜಿಲ್ಲೆಯಲ್ಲೇ ಸ್ಥಾಪಿಸಬೇಕು ಎಂದು ರೈತ ಸಂಘಟನೆಗಳು ಒತ್ತಾಯಿಸಿವೆ.",
        ]),
    # Virakesari (Sri Lanka, Tamil): staff, writer's name in brackets under the title.
    rec(cluster="virakesari-jaffna-fishermen-fuel", role="single", file="virakesari_jaffna_meenavar_ta.txt", render="text",
        title="மண்ணெண்ணெய் விலை உயர்வால் யாழ். மீனவர்கள் பாதிப்பு",
        date="2023-08-16", country="LK", region="asia", lang="ta", authors=["எஸ். தயாளன்"],
        pre=[["வீரகேசரி", "முகப்பு", "செய்திகள்", "பிராந்திய செய்திகள்", "விளையாட்டு", "கட்டுரைகள்", "இ-பேப்பர்"]],
        head=[["(எஸ். தயாளன்)"], ["16 Aug, 2023 | 03:12 PM"], ["Share", "WhatsApp"]],
        inserts={2: ["விளம்பரம்"], 5: ["தொடர்புடைய செய்திகள்", "வடக்கில் நெல் அறுவடை ஆரம்பம்"]},
        tail=[["மேலும் செய்திகள்"], ["உங்கள் கருத்தைப் பதிவிடுங்கள்"], ["Follow us on WhatsApp"],
              ["Virakesari.lk | Copyright © Express Newspapers (Ceylon) (Pvt) Ltd"]],
        paras=P("""
மண்ணெண்ணெய் விலை மீண்டும் உயர்த்தப்பட்டுள்ளதால் யாழ்ப்பாணம் மாவட்டத்தில் உள்ள நூற்றுக்கணக்கான மீனவர்கள்
கடலுக்குச் செல்ல முடியாத நிலையில் உள்ளனர்.

பருத்தித்துறை, குருநகர் மற்றும் மயிலிட்டி பகுதிகளில் உள்ள சிறிய படகு மீனவர்கள் இதனால் அதிகம்
பாதிக்கப்பட்டுள்ளனர்.

ஒரு நாள் கடல் தொழிலுக்குச் செல்ல குறைந்தது இருபது லீற்றர் மண்ணெண்ணெய் தேவைப்படுவதாக மீனவர்கள்
தெரிவிக்கின்றனர்.

பிடிக்கப்படும் மீன்களுக்கு உரிய விலை கிடைக்காததால் எரிபொருள் செலவைக்கூட ஈடுசெய்ய முடியவில்லை என்று
அவர்கள் கூறுகின்றனர்.

குருநகரைச் சேர்ந்த மீனவர் அந்தோனி ஜெயராசா, கடந்த இரண்டு வாரங்களாக தான் கடலுக்குச் செல்லவில்லை என்று
தெரிவித்தார்.

மீனவர்களுக்கு மானிய விலையில் மண்ணெண்ணெய் வழங்க வேண்டும் என்று கடற்றொழில் சங்கங்கள் அரசாங்கத்திடம்
கோரிக்கை விடுத்துள்ளன.

இதேவேளை, யாழ். நகர சந்தையில் மீன்களின் விலை கடந்த வாரத்தில் கணிசமாக அதிகரித்துள்ளது.

இது தொடர்பாக கடற்றொழில் அமைச்சுடன் பேச்சுவார்த்தை நடத்த உள்ளதாக மாவட்ட கடற்றொழில் திணைக்கள அதிகாரிகள்
தெரிவித்தனர்.

மீன்பிடியை மட்டுமே நம்பியுள்ள குடும்பங்களின் பிள்ளைகளின் கல்வியும் இதனால் பாதிக்கப்படுவதாக பெற்றோர்
கவலை தெரிவிக்கின்றனர்.

கடந்த ஆண்டும் இதே போன்று எரிபொருள் நெருக்கடி ஏற்பட்டபோது பல மீனவர்கள் தமது படகுகளை விற்க நேரிட்டதாக சங்கத் தலைவர் ஒருவர் தெரிவித்தார்.

அரசாங்கம் உடனடியாக தலையிடாவிட்டால் வடக்கின் மீன்பிடித் தொழில் பெரும் பின்னடைவைச் சந்திக்கும் என்றும் அவர் எச்சரித்தார்.

யாழ்ப்பாணம் மாவட்டத்தில் சுமார் இருபத்தைந்தாயிரம் குடும்பங்கள் மீன்பிடித் தொழிலில் ஈடுபட்டுள்ளன.

இந்த விடயம் தொடர்பாக எதிர்வரும் வாரம் மாவட்ட ஒருங்கிணைப்புக் குழுக் கூட்டத்தில் கலந்துரையாடப்படும் என மாவட்ட செயலகம் அறிவித்துள்ளது.
"""),
        must_have=[
            "மீனவர்களுக்கு மானிய விலையில் மண்ணெண்ணெய் வழங்க வேண்டும் என்று கடற்றொழில் சங்கங்கள் அரசாங்கத்திடம் கோரிக்கை விடுத்துள்ளன.",
            "இதேவேளை, யாழ். நகர சந்தையில் மீன்களின் விலை கடந்த வாரத்தில் கணிசமாக அதிகரித்துள்ளது.",
        ]),
    # Mediacongo (DR Congo, French): ACP copy, 'Kinshasa' not used; Kikwit dateline with '(ACP).-'.
    rec(cluster="mediacongo-acp-kikwit-manioc", role="single", file="mediacongo_acp_kikwit_manioc_fr.txt", render="text",
        title="Kwilu : le prix du sac de manioc double à Kikwit",
        date="2024-06-05", dateline="Kikwit, 05 juin 2024 (ACP).- ", city="Kikwit", country="CD", region="africa",
        lang="fr", agency="ACP",
        pre=[["MEDIACONGO.NET", "Actualités", "Politique", "Économie", "Société", "Sport", "Annonces", "Emploi"]],
        head=[["Source : ACP"], ["Mercredi 05 juin 2024 - 12:47"], ["Partager", "Facebook", "WhatsApp", "Réagir"]],
        inserts={2: ["Publicité"], 5: ["Lire aussi :", "Tshopo : les planteurs de riz réclament des routes de desserte"]},
        tail=[["Les commentaires sont sous la responsabilité de leurs auteurs."], ["Vous devez être connecté pour commenter"],
              ["Articles similaires"], ["© 2024 MEDIACONGO.NET"]],
        paras=P("""
Le prix du sac de cossettes de manioc a presque doublé en trois mois sur les marchés de Kikwit, dans la
province du Kwilu, a constaté l'ACP mercredi.

Un sac de 50 kilogrammes, vendu à 45.000 francs congolais en mars, coûte désormais entre 85.000 et 90.000
francs congolais.

Les commerçantes du marché central expliquent cette hausse par le mauvais état des routes de desserte
agricole, qui empêche les camions d'atteindre les villages producteurs.

Mme Josephine Mbuyi, vendeuse, a indiqué que certaines femmes parcourent désormais plus de 30 kilomètres à
pied pour acheter le manioc.

Selon l'inspecteur provincial de l'agriculture, la mosaïque du manioc a également réduit les récoltes dans
plusieurs territoires.

Les ménages de Kikwit disent consommer moins de fufu et se tourner vers le maïs, lui aussi plus cher.

L'inspection de l'agriculture a annoncé la distribution de boutures saines aux agriculteurs avant la
prochaine saison.

Le gouvernement provincial promet de réhabiliter la route Kikwit-Gungu avant la fin de l'année.
"""),
        must_have=[
            "Les ménages de Kikwit disent consommer moins de fufu et se tourner vers le maïs, lui aussi plus cher.",
            "L'inspection de l'agriculture a annoncé la distribution de boutures saines aux agriculteurs avant la prochaine saison.",
        ]),
    # Netwerk24 (South Africa, Afrikaans): staff, 'Deur' byline, Landbou desk.
    rec(cluster="netwerk24-swartland-koringoes", role="single", file="netwerk24_swartland_koring_af.txt", render="text",
        title="Swartland se koringboere hoop op beter oes ná goeie winterreën",
        date="2023-10-26", country="ZA", region="africa", lang="af", authors=["Marelize Botes"],
        pre=[["Netwerk24", "Nuus", "Sake", "Landbou", "Sport", "Vermaak", "Mening", "Teken in"]],
        head=[["Marelize Botes"], ["Joernalis"], ["Gepubliseer 26 Okt 2023, 06:00"], ["Deel", "Stoor"]],
        inserts={2: ["Advertensie"], 5: ["Lees ook:", "Graanpryse daal ná rekordoes in Vrystaat"]},
        tail=[["Jy moet ingeteken wees om kommentaar te lewer."], ["Meer oor:", "Landbou", "Koring", "Swartland"],
              ["© 2023 Netwerk24. Alle regte voorbehou."], ["Media24"]],
        paras=P("""
Koringboere in die Swartland hoop op hul beste oes in vyf jaar nadat die streek vanjaar goeie winterreën
gekry het.

Volgens die Oesskattingskomitee kan die Wes-Kaap vanjaar meer as een miljoen ton koring oes.

Boere rondom Moorreesburg en Malmesbury sê die lande het vroeg in die seisoen genoeg vog gekry en die plante
het goed gegroei.

Die hoë koste van kunsmis en diesel beteken egter dat baie boere se wins steeds onder druk is.

Mnr. Johan Louw, wat op ’n plaas naby Moorreesburg boer, sê hy het vanjaar minder kunsmis gebruik om koste te
bespaar.

Landboukenners waarsku dat hael of sterk wind in die laaste weke voor die oes steeds skade kan aanrig.

Die oes begin gewoonlik teen die einde van Oktober en duur tot in Desember.

Meulenaars sê ’n groter plaaslike oes kan beteken dat Suid-Afrika minder koring hoef in te voer.

Die Graanprodusente-organisasie sê hulle sal die oes noukeurig dophou en boere later in die seisoen van nuwe skattings voorsien.
"""),
        must_have=[
            "Die hoë koste van kunsmis en diesel beteken egter dat baie boere se wins steeds onder druk is.",
            "Landboukenners waarsku dat hael of sterk wind in die laaste weke voor die oes steeds skade kan aanrig.",
        ]),
    # The Western Producer (Canada): staff, reporter line with role and e-mail at the end.
    rec(cluster="westernproducer-saskatchewan-canola-drought", role="single", file="westernproducer_canola_drought.txt", render="text",
        title="Dry August trims canola yields across west-central Saskatchewan",
        date="2023-09-07", dateline="SASKATOON — ", city="Saskatoon", country="CA", region="americas", lang="en",
        authors=["Kendra Vollmer"],
        pre=[["The Western Producer", "News", "Crops", "Livestock", "Markets", "Weather", "Machinery", "Subscribe", "Sign in"]],
        head=[["By Kendra Vollmer", "Reporter"], ["Published: September 7, 2023"], ["Share", "Print"]],
        inserts={2: ["Advertisement"], 5: ["RELATED STORY:", "Grasshoppers add to pressure on dry fields"]},
        tail=[["Kendra Vollmer is a reporter with The Western Producer based in Saskatoon."], ["kendra.vollmer@producer.com"],
              ["Get daily news from The Western Producer in your inbox"], ["Glacier FarmMedia", "© 2023 Glacier FarmMedia LP"]],
        paras=P("""
Canola growers in west-central Saskatchewan are reporting lower yields than they expected in July,
after a hot and dry August stressed crops during pod fill.

Early harvest reports from the Kindersley and Rosetown areas put canola yields at 25 to 30 bushels an
acre, compared with a long-term average closer to 40.

Rosetown farmer Mark Tessier said his crop looked promising until the heat arrived.

Provincial crop specialists said topsoil moisture in much of the region was rated short or very short at
the end of August.

Some producers have already filed claims with Saskatchewan Crop Insurance, which said it had extended
deadlines for reporting damage.

Wheat and lentil yields in the area were also below average but held up better than canola.

Grain buyers said lower production in the west could support prices through the fall.

The provincial government will release its next crop report on Thursday.

It said harvest in the west-central region was about a quarter complete.
"""),
        must_have=[
            "Provincial crop specialists said topsoil moisture in much of the region was rated short or very short at the end of August.",
            "Wheat and lentil yields in the area were also below average but held up better than canola.",
        ]),
    # Misiones Online (Argentina, Spanish): staff, no named writer.
    rec(cluster="misionesonline-obera-yerba-mate-precio", role="single", file="misionesonline_yerba_mate_es.txt", render="text",
        title="Productores de yerba mate reclaman un precio mínimo para la hoja verde",
        date="2024-04-11", country="AR", region="americas", lang="es",
        pre=[["Misiones Online", "Provinciales", "Política", "Economía", "Policiales", "Deportes", "Nacionales", "En Vivo"]],
        head=[["11 de abril de 2024"], ["Compartir", "Facebook", "Twitter", "WhatsApp"]],
        inserts={2: ["Publicidad"], 5: ["Te puede interesar:", "El té misionero busca nuevos mercados en Asia"]},
        tail=[["Seguinos en Google News"], ["Más noticias", "Lo más leído"], ["Misiones Online | Copyright 2024"]],
        paras=P("""
Productores yerbateros de la zona centro de Misiones se reunieron este jueves en Oberá para exigir que se
fije un precio mínimo para la hoja verde antes de que comience la cosecha gruesa.

Según los productores, los secaderos están pagando alrededor de 190 pesos por kilo, un valor que no alcanza
para cubrir los costos de la tarefa y el flete.

Desde la desregulación del sector, los precios quedaron librados a la negociación entre productores e
industria.

El productor Ramón Kowalczuk, de Campo Viera, dijo que muchos colonos ya no pueden pagar a los tareferos.

La cosecha gruesa comienza habitualmente en abril y se extiende hasta septiembre.

Los tareferos también advierten que una caída de los precios afectará sus ingresos y el empleo en las
chacras.

Las organizaciones de productores pidieron al gobierno provincial que intervenga para abrir una mesa de
diálogo con los molinos.

Misiones y el nordeste de Corrientes concentran casi toda la producción de yerba mate del país.
"""),
        must_have=[
            "Desde la desregulación del sector, los precios quedaron librados a la negociación entre productores e industria.",
            "La cosecha gruesa comienza habitualmente en abril y se extiende hasta septiembre.",
        ]),
    # Unimedia (Moldova, Romanian): Moldpres copy, source line at the end.
    rec(cluster="unimedia-moldpres-struguri-export", role="single", file="unimedia_moldpres_struguri_ro.txt", render="text",
        title="Exportul de struguri de masă a crescut cu un sfert în acest sezon",
        date="2024-10-15", country="MD", region="europe", lang="ro", agency="Moldpres",
        pre=[["UNIMEDIA", "Știri", "Politic", "Economic", "Social", "Externe", "Sport", "Video"]],
        head=[["15 octombrie 2024, 13:05"], ["Distribuie", "Facebook", "Telegram"], ["Comentarii (6)"]],
        inserts={2: ["Publicitate"], 5: ["Citește și:", "Prețul merelor a scăzut la poarta livezii"]},
        tail=[["Sursa: Moldpres"], ["Abonează-te la canalul nostru de Telegram"], ["Știri similare"],
              ["© 2024 UNIMEDIA. Toate drepturile rezervate."]],
        paras=P("""
Republica Moldova a exportat în acest sezon cu aproximativ 25 la sută mai mulți struguri de masă decât anul
trecut, potrivit datelor Ministerului Agriculturii și Industriei Alimentare.

Până la mijlocul lunii octombrie, fermierii au livrat peste hotare circa 78 de mii de tone de struguri.

Cele mai mari cantități au ajuns în România, Polonia și țările baltice.

Reprezentanții ministerului spun că noile depozite frigorifice construite cu fonduri europene au permis
păstrarea strugurilor mai mult timp.

Producătorii din raioanele Ialoveni și Cimișlia au declarat că prețurile de export au fost mai bune decât
în sezonul trecut.

Totuși, fermierii se plâng de lipsa forței de muncă în perioada recoltării.

Asociația producătorilor de struguri de masă estimează că exportul ar putea depăși 90 de mii de tone până la
finalul anului.

Guvernul a anunțat că va continua să subvenționeze plantarea de vii noi cu soiuri cerute pe piețele
europene.

Specialiștii din domeniu spun că viitorul sectorului depinde de investițiile în ambalare și logistică.
"""),
        must_have=[
            "Cele mai mari cantități au ajuns în România, Polonia și țările baltice.",
            "Totuși, fermierii se plâng de lipsa forței de muncă în perioada recoltării.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_TRIB = site("Tribune Online", "https://tribuneonlineng.example.com", " - Tribune Online", "en_NG", "@tribune_nigeria",
                 ["Home", "News", "Politics", "Business", "Agriculture", "Sports", "Editorial", "Columns"],
                 ["\u00a9 2024 Tribune Online. All Rights Reserved.", "About Us", "Advertise With Us", "Contact Us"],
                 share=["Facebook", "WhatsApp", "Twitter", "Telegram"])
SITE_WSF = site("Wisconsin State Farmer", "https://www.wisfarmer.example.com", "", "en_US", "@WisFarmer",
                ["News", "Dairy", "Crops", "Ag Policy", "Livestock", "Markets", "Obituaries", "eNewspaper"],
                ["\u00a9 2024 www.wisfarmer.com. All rights reserved.", "Terms of Service", "Your Privacy Choices", "Contact Us"],
                share=["Share on Facebook", "Share on X", "Share via Email"], top=["Subscribe", "Sign in"])
SITE_TSF = site("The Scottish Farmer", "https://www.thescottishfarmer.example.co.uk", "", "en_GB", "@ScottishFarmer",
                ["News", "Livestock", "Arable", "Machinery", "Markets", "Rural Life", "Shows"],
                ["\u00a9 Copyright 2001-2025. This site is part of Newsquest's audited local newspaper network.", "Contact us", "Terms", "Privacy policy"],
                share=["Share", "Facebook", "X"], top=["Subscribe", "Sign in"],
                cookie="We and our partners use cookies to personalise content and ads.", buttons=["I Accept", "Show Purposes"])
SITE_PF = site("Portfolio", "https://www.portfolio.example.hu", " - Portfolio.hu", "hu_HU", "@portfolio_hu",
               ["Gazdaság", "Befektetés", "Ingatlan", "Agrárszektor", "Vállalatok", "Bank", "Podcast"],
               ["© 2025 Portfolio.hu – Net Média Zrt.", "Impresszum", "Adatvédelem", "Médiaajánlat"],
               share=["Megosztás", "Facebook", "Link másolása"],
               cookie="Weboldalunk sütiket használ a jobb felhasználói élmény érdekében.", buttons=["Elfogadom", "Beállítások"])
SITE_REP = site("Report.az", "https://report.example.az/en", " | Report.az", "en_US", "@reportaz",
                ["Politics", "Business", "Energy", "Agriculture", "Society", "Region", "World"],
                ["© 2025 Report Information Agency. All rights reserved.", "About", "Advertising", "Contacts"],
                share=["Share", "Facebook", "Telegram", "WhatsApp"])
SITE_RP = site("RP ONLINE", "https://rp-online.example.de", "", "de_DE", "@rponline",
               ["NRW", "Politik", "Wirtschaft", "Panorama", "Sport", "Leben", "Düsseldorf"],
               ["RP ONLINE – Rheinische Post Mediengruppe", "Impressum", "Datenschutz", "Kontakt", "Abo kündigen"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["RP+", "Anmelden"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu personalisieren.",
               cookie_title="Ihre Privatsphäre", buttons=["Akzeptieren", "Einstellungen"])
SITE_WMN = site("Western Morning News", "https://www.westernmorningnews.example.co.uk", " - Western Morning News", "en_GB", "@WMNNews",
                ["News", "Farming", "Business", "Cornwall", "Devon", "Somerset", "Opinion"],
                ["\u00a9 2024 a Reach plc subsidiary", "Contact us", "Privacy notice", "Terms and conditions"],
                share=["Share", "Facebook", "X", "Copy link"], top=["Newsletters"])
SITE_SJ = site("Stock Journal", "https://www.stockjournal.example.com.au", " | Stock Journal", "en_AU", "@stockjournal",
               ["News", "Livestock", "Cropping", "Markets", "Property", "Machinery", "Weather"],
               ["Stock Journal is part of Australian Community Media", "Terms of Use", "Privacy Policy", "Conditions of Use"],
               share=["Share", "Facebook", "Email"], top=["Subscribe", "Log in"])
SITE_SHR = site("فيتو", "https://www.vetogate.example.com", " - فيتو", "ar_EG", "@VetoGate",
                ["الرئيسية", "أخبار مصر", "اقتصاد", "عرب وعالم", "رياضة", "ثقافة", "حوادث"],
                ["جميع الحقوق محفوظة لموقع فيتو © 2024", "من نحن", "اتصل بنا", "سياسة الخصوصية"],
                share=["مشاركة", "فيسبوك", "واتساب", "إكس"])

HTML_STORIES = [
    # Tribune Online (Nigeria, gzipped page): original of the NAN cluster; NAN dateline, writer at the end.
    dict(NAN, role="original", file="tribuneonline_nan_kebbi_rice_floods.html.gz", render="html",
         site=SITE_TRIB, section="Agriculture", meta_section="Agriculture",
         url="https://tribuneonlineng.example.com/kebbi-rice-farmers-count-losses-as-floods-submerge-40000-hectares/",
         published="2024-09-02T14:05:00+01:00",
         ld_author=[{"@type": "Person", "name": "Tribune Online"}],
         byline_lines=["By Tribune Online"], date_lines=["September 2, 2024"],
         inserts={2: [("ad", "Advertisement")], 4: [("link", "ALSO READ:", "FG flags off dry-season wheat planting in Jigawa")]},
         end_lines=["Abdullahi Garba Danjuma (NAN)"],
         below_body=[("disclaimer", "Disclaimer: Comments expressed here do not reflect the opinions of Tribune Online.")],
         lists=[("Related News", ["Flood: Farmers in Jigawa seek support", "Price of rice drops in Kano markets"])]),
    # Wisconsin State Farmer (USA TODAY network layout): staff, 'Published'/'Updated' lines, photo credit with outlet.
    rec(cluster="wisfarmer-dairy-milk-price-outlook", role="single", file="wisfarmer_milk_price_outlook.html", render="html",
        site=SITE_WSF, title="Dairy farmers hope for steadier milk checks after a rough year",
        date="2024-01-18", country="US", region="americas", lang="en", authors=["Gretchen Lindqvist"],
        section="Dairy", meta_section="Dairy",
        url="https://www.wisfarmer.example.com/story/news/dairy/2024/01/18/dairy-farmers-hope-for-steadier-milk-checks/72245511007/",
        description="Economists at a Madison outlook meeting expect modest gains in milk prices.",
        published="2024-01-18T06:02:00-06:00", modified="2024-01-19T09:30:00-06:00",
        byline_lines=["Gretchen Lindqvist", "Wisconsin State Farmer"],
        date_lines=["Published 6:02 a.m. CT Jan. 18, 2024", "Updated 9:30 a.m. CT Jan. 19, 2024"],
        caption="Cows feed at a dairy farm near Fond du Lac.", credit="Gretchen Lindqvist/Wisconsin State Farmer",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "More:", "Farm groups push for new federal milk pricing formula")]},
        below_body=[("contact", "Contact Gretchen Lindqvist at glindqvist@wisfarmer.com.")],
        lists=[("Sign up for our Ag newsletter", ["Get the latest farm news delivered to your inbox"])],
        paras=P("""
Wisconsin dairy farmers who endured one of their toughest years in a decade in 2023 can expect somewhat
steadier milk checks this year, economists told an outlook meeting in Madison this week.

The average price farmers received for their milk fell by about 20 percent last year, while feed and
labor costs stayed high.

Economist Dale Hoffstetter said lower cheese stocks and fewer cows nationally should help prices recover
slowly in the second half of 2024.

He warned that interest rates and a tight labor market would keep pressure on smaller farms.

Wisconsin lost about 400 dairy herds last year, continuing a long decline in the number of farms.

Fond du Lac County farmer Ben Vandermolen, who milks 180 cows, said he had delayed buying new equipment until
prices improved.

Several farmers at the meeting said they had signed up for federal margin coverage for the first time.

The state's dairy industry contributes more than 45 billion dollars a year to the economy.
"""),
        must_have=[
            "He warned that interest rates and a tight labor market would keep pressure on smaller farms.",
            "Several farmers at the meeting said they had signed up for federal margin coverage for the first time.",
        ]),
    # The Scottish Farmer (Scotland): staff, 'By' byline with role, Newsquest footer.
    rec(cluster="scottishfarmer-aberdeenshire-barley-harvest", role="single", file="scottishfarmer_barley_harvest.html", render="html",
        site=SITE_TSF, title="Wet August leaves Aberdeenshire barley growers racing to finish harvest",
        date="2023-09-12", country="GB", region="europe", lang="en", authors=["Callum Mathieson"],
        section="Arable", meta_section="Arable",
        url="https://www.thescottishfarmer.example.co.uk/news/23791234.wet-august-leaves-aberdeenshire-barley-growers-racing/",
        description="Malting quality concerns grow as spring barley stands in wet fields.",
        published="2023-09-12T12:00:00+01:00",
        byline_lines=["By Callum Mathieson", "Arable Reporter"], date_lines=["12 Sep 2023"],
        caption="Combines were back in the fields near Turriff at the weekend", credit="Gordon Reid",
        credit_shown="(Image: Gordon Reid)",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "READ MORE:", "Potato lifting starts early in Angus")]},
        below_body=[("comments", "Comments: Our rules")],
        lists=[("Most Read", ["Record price for Limousin bull at Carlisle", "Sheep scab cases rise in the Borders"])],
        paras=P("""
Barley growers in Aberdeenshire are racing to finish harvest after one of the wettest Augusts in recent
memory left crops standing in sodden fields.

Many farms in the north-east had cut less than half of their spring barley by the start of September,
compared with most of it in a normal year.

Turriff grower Alan Duthie said the crop had been ready for weeks but the combines could not get onto the
land.

Maltsters have warned that grain left standing too long can start to sprout, which would reduce its value.

Grain driers have been running around the clock, adding to farmers' fuel bills.

Merchants said yields so far were about average, at around six tonnes a hectare.

NFU Scotland said it was monitoring the situation closely and would raise growers' concerns with the Scottish
Government.

A spell of dry weather forecast for this week has given farmers some hope of catching up.
"""),
        must_have=[
            "Grain driers have been running around the clock, adding to farmers' fuel bills.",
            "Merchants said yields so far were about average, at around six tonnes a hectare.",
        ]),
    # Portfolio.hu (Hungary, Hungarian): MTI copy, source line at the end; Agrárszektor section.
    rec(cluster="portfolio-mti-szeged-paprika", role="single", file="portfolio_mti_paprika_hu.html", render="html",
        site=SITE_PF, title="Harmadával kevesebb fűszerpaprika termett a Szeged környéki földeken",
        date="2024-10-01", country="HU", region="europe", lang="hu", agency="MTI",
        section="Agrárszektor", meta_section="Agrárszektor",
        url="https://www.portfolio.example.hu/gazdasag/20241001/harmadaval-kevesebb-fuszerpaprika-termett-712345",
        description="Az aszály és a kánikula visszavetette a termést.",
        published="2024-10-01T15:48:00+02:00",
        ld_author=[{"@type": "Organization", "name": "MTI"}],
        byline_lines=["MTI"], date_lines=["2024. október 1. 15:48"],
        inserts={2: [("ad", "Hirdetés")], 5: [("link", "Kapcsolódó cikk:", "Drágul a kenyér, nő az élelmiszer-infláció")]},
        end_lines=["Forrás: MTI"],
        tags=("Címkék", ["aszály", "paprika", "mezőgazdaság"]),
        lists=[("Legolvasottabb", ["Itt az új lakáshitel-kamat", "Rekordot döntött a forint"])],
        paras=P("""
A tavalyinál mintegy harmadával kevesebb fűszerpaprika termett idén a Szeged környéki földeken, mert a
nyári aszály és a tartós hőség visszavetette a növények fejlődését.

A Fűszerpaprika Terméktanács tájékoztatása szerint a termelők hektáronként átlagosan 11 tonnát takarítottak
be, szemben a tavalyi 16 tonnával.

A szedés szeptember elején kezdődött, és a termelők többsége október közepére végez.

Öntözés nélkül sok helyen a termés fele is odaveszett, mondta a terméktanács elnöke, Kádár Ferenc.

A kisebb termés miatt a feldolgozók drágábban vásárolják fel a paprikát, a felvásárlási ár kilogrammonként
mintegy 20 százalékkal emelkedett.

A szegedi és a kalocsai fűszerpaprika egyaránt oltalom alatt álló eredetmegjelölés az Európai Unióban.

A termelők szerint a következő években egyre nagyobb szükség lesz öntözőrendszerekre.

Az agrárminisztérium jelezte, hogy az aszálykárokat szenvedett gazdák kárenyhítési juttatást igényelhetnek.

A tárca szerint a kérelmeket a falugazdászokon keresztül lehet benyújtani, a határidő november végén jár le.

A feldolgozók arra számítanak, hogy a hazai termés egy részét importból kell majd pótolni, ami tovább növelheti az őrölt paprika bolti árát.
"""),
        must_have=[
            "A szedés szeptember elején kezdődött, és a termelők többsége október közepére végez.",
            "A szegedi és a kalocsai fűszerpaprika egyaránt oltalom alatt álló eredetmegjelölés az Európai Unióban.",
        ]),
    # Report.az (Azerbaijan, English edition): staff, reporter name over the date, no dateline.
    rec(cluster="reportaz-kura-water-shortage-farms", role="single", file="reportaz_kura_irrigation_water.html", render="html",
        site=SITE_REP, title="Low Kura river level leaves farms in central Azerbaijan short of irrigation water",
        date="2025-07-08", country="AZ", region="asia", lang="en", authors=["Nigar Abbasova"],
        section="Agriculture", meta_section="Agriculture",
        url="https://report.example.az/en/agriculture/low-kura-river-level-leaves-farms-short-of-irrigation-water",
        description="Water users in several districts say canals are running at half capacity.",
        published="2025-07-08T17:22:00+04:00",
        byline_lines=["Nigar Abbasova"], date_lines=["08 July, 2025 17:22"],
        caption="Irrigation canal in Sabirabad district", credit="Report",
        credit_shown="Photo: Report",
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("follow", "Follow us on Telegram")],
        lists=[("Latest news", ["Azerbaijan increases fruit exports to Gulf states", "Wheat harvest begins in Ganja-Dashkasan region"])],
        paras=P("""
Farmers in several districts of central Azerbaijan say irrigation canals fed by the Kura river are running
at about half their usual capacity, as the river's level has fallen sharply during the summer heat.

The State Water Resources Agency said the flow of the Kura near Sabirabad was 40 percent below the
long-term average for early July.

Cotton and vegetable growers in Sabirabad, Saatli and Imishli are among the worst affected.

The agency said it had introduced a rotation schedule so that each village receives water on set days.

Farmer Rauf Mammadli said his melon fields had gone without water for more than a week.

Officials said low snowfall in the mountains last winter and high temperatures had both reduced the flow.

The Ministry of Agriculture has advised farmers to switch to drip irrigation where possible and offered
subsidies for the equipment.

Experts warn that without new reservoirs, water shortages in the Kura-Araz lowland will become more
frequent.
"""),
        must_have=[
            "The agency said it had introduced a rotation schedule so that each village receives water on set days.",
            "Officials said low snowfall in the mountains last winter and high temperatures had both reduced the flow.",
        ]),
    # RP ONLINE (Rheinische Post, Germany, German): dpa copy with a "Münster (dpa/lnw) -" dateline.
    rec(cluster="rponline-dpa-muenster-spargel-saison", role="single", file="rponline_dpa_spargelsaison_de.html", render="html",
        site=SITE_RP, title="Spargelbauern in NRW ziehen gemischte Bilanz",
        date="2024-06-24", dateline="Münster (dpa/lnw) - ", city="Münster", country="DE", region="europe", lang="de",
        agency="dpa", section="NRW", meta_section="NRW",
        url="https://rp-online.example.de/nrw/landespolitik/spargelbauern-in-nrw-ziehen-gemischte-bilanz_aid-114523456",
        description="Die Ernte war gut, doch die Nachfrage blieb schwach.",
        published="2024-06-24T13:11:00+02:00",
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        byline_lines=["Quelle: dpa"], date_lines=["24. Juni 2024 um 13:11 Uhr"],
        caption="Ein Erntehelfer sticht Spargel auf einem Feld im Münsterland.", credit="dpa/Jonas Kleeberg",
        credit_shown="Foto: dpa/Jonas Kleeberg",
        inserts={2: [("ad", "Anzeige")], 4: [("link", "Lesen Sie auch:", "Erdbeerpreise fallen zum Saisonende")]},
        below_body=[("meta", "© dpa-infocom, dpa:240624-930-151234/2")],
        lists=[("Meistgelesen", ["Stau auf der A1 nach Unfall", "Neue Regeln für Kleingärten"])],
        paras=P("""
Die Spargelbauern in Nordrhein-Westfalen ziehen zum Ende der Saison eine gemischte Bilanz.

Die Ernte sei nach dem milden Frühjahr gut ausgefallen, die Nachfrage der Verbraucher aber hinter den
Erwartungen geblieben, teilte die Landwirtschaftskammer am Montag in Münster mit.

Viele Kunden hätten wegen der gestiegenen Lebenshaltungskosten weniger Spargel gekauft.

Insgesamt ernteten die Betriebe im Land nach ersten Schätzungen rund 20.000 Tonnen.

Vor allem kleinere Höfe hätten unter den höheren Löhnen für Erntehelfer gelitten, hieß es.

Einige Betriebe haben ihre Anbauflächen deshalb bereits verkleinert oder auf andere Kulturen umgestellt.

Traditionell endet die Spargelsaison am 24. Juni, dem Johannistag.

Danach sollen sich die Pflanzen erholen, damit sie im nächsten Frühjahr wieder austreiben.

Der Verband der Spargelanbauer rechnet damit, dass die Fläche im kommenden Jahr weiter sinkt.

Ein Sprecher sagte, viele Betriebe könnten die steigenden Kosten für Folien, Energie und Personal nicht mehr über den Preis weitergeben.

Auch der Wettbewerb mit günstigem Spargel aus Südeuropa mache den heimischen Erzeugern zu schaffen.

Im Supermarkt kostete ein Kilo deutscher Spargel zum Saisonende im Schnitt rund acht Euro.
"""),
        must_have=[
            "Viele Kunden hätten wegen der gestiegenen Lebenshaltungskosten weniger Spargel gekauft.",
            "Traditionell endet die Spargelsaison am 24. Juni, dem Johannistag.",
        ]),
    # Western Morning News (Reach, South West England): staff, Farming section, two writers.
    rec(cluster="wmn-cornwall-fishing-quota", role="single", file="wmn_newlyn_fishing_quota.html", render="html",
        site=SITE_WMN, title="Newlyn skippers warn of tied-up boats as pollack ban continues",
        date="2024-02-27", country="GB", region="europe", lang="en", authors=["Tamsin Pengelly", "Rhys Ackland"],
        section="Farming", meta_section="Farming",
        url="https://www.westernmorningnews.example.co.uk/news/farming/newlyn-skippers-warn-tied-up-boats-9123456",
        description="Fishermen say the ban on landing pollack is costing the fleet dearly.",
        published="2024-02-27T05:00:00Z", modified="2024-02-27T10:14:00Z",
        byline_lines=["By Tamsin Pengelly and Rhys Ackland"], date_lines=["05:00, 27 Feb 2024", "Updated 10:14, 27 Feb 2024"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Read More", "Cornish sardine season best in a decade")]},
        below_body=[("newsletter", "Sign up to the Western Morning News farming newsletter")],
        lists=[("Top Stories", ["Devon dairy farm wins national award", "Rural bus routes saved for another year"])],
        paras=P("""
Skippers in Newlyn have warned that more boats could be tied up for good if a ban on landing pollack caught
by commercial vessels continues into a third year.

The ban was introduced after scientists advised that stocks of the fish in the Celtic Sea and western Channel
had fallen to a very low level.

For many inshore boats in Cornwall, pollack was one of the main sources of income during the winter months.

Skipper Jory Trevaskis said his crew had lost around a third of their earnings since the ban began.

Fish merchants in the port said supplies of other species had not filled the gap.

The Cornish Fish Producers' Organisation has asked the Government to allow a small bycatch allowance.

Officials said any decision would depend on new scientific advice due later this year.

Newlyn remains one of the largest fishing ports in England by value of landings.
"""),
        must_have=[
            "For many inshore boats in Cornwall, pollack was one of the main sources of income during the winter months.",
            "Fish merchants in the port said supplies of other species had not filled the gap.",
        ]),
    # Stock Journal (ACM, South Australia): staff, 'Picture supplied' credit.
    rec(cluster="stockjournal-eyre-peninsula-sheep-water", role="single", file="stockjournal_eyre_peninsula_water.html", render="html",
        site=SITE_SJ, title="Eyre Peninsula sheep producers carting water as dams run dry",
        date="2024-05-02", country="AU", region="oceania", lang="en", authors=["Bridget Hoskin"],
        section="News", meta_section="News",
        url="https://www.stockjournal.example.com.au/story/8612345/eyre-peninsula-sheep-producers-carting-water/",
        description="A dry autumn has left stock dams empty across the lower Eyre Peninsula.",
        published="2024-05-02T11:00:00+09:30",
        byline_lines=["Bridget Hoskin", "Journalist"], date_lines=["May 2 2024 - 11:00am"],
        caption="Cummins producer Lachie Wendt checks an empty dam on his property", credit="Supplied",
        credit_shown="Picture: Supplied",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Also read:", "Seeding starts early as growers gamble on rain")]},
        below_body=[("bio", "Bridget Hoskin is a journalist with Stock Journal based in Port Lincoln.")],
        lists=[("Latest News", ["Mount Gambier cattle sale lifts", "Grain freight costs rise"])],
        paras=P("""
Sheep producers on the lower Eyre Peninsula have begun carting water to their stock after a dry summer and
autumn left many farm dams empty.

Rainfall at Cummins and Yeelanna since January has been less than a third of the usual total.

Producer Lachie Wendt said he was trucking about 30,000 litres a day from the town supply to keep his ewes
watered.

Some farmers have sold part of their flocks early because they cannot afford to feed and water them through
winter.

The state government has opened applications for grants to help pay for water tanks and pipelines.

Livestock agents said prices for lambs at recent sales had fallen as more sheep came onto the market.

SA Water said the peninsula's groundwater supplies were being managed carefully.

Farmers hope for a good break in the season before the end of May.

The Bureau of Meteorology's outlook gives the district a slightly better than even chance of above-median rain in the next three months.
"""),
        must_have=[
            "Rainfall at Cummins and Yeelanna since January has been less than a third of the usual total.",
            "The state government has opened applications for grants to help pay for water tanks and pipelines.",
        ]),
    # Vetogate (Egypt, Arabic): MENA copy, 'أ ش أ' byline.
    rec(cluster="vetogate-mena-wheat-procurement", role="single", file="vetogate_mena_qamh_ar.html", render="html",
        site=SITE_SHR, title="وزير التموين: توريد أكثر من 3 ملايين طن من القمح المحلي حتى الآن",
        date="2024-05-20", country="EG", region="africa", lang="ar", agency="MENA",
        section="اقتصاد", meta_section="اقتصاد",
        url="https://www.vetogate.example.com/5123456",
        description="موسم توريد القمح المحلي يستمر حتى منتصف يوليو.",
        published="2024-05-20T14:30:00+03:00",
        ld_author=[{"@type": "Organization", "name": "أ ش أ"}],
        byline_lines=["أ ش أ"], date_lines=["نشر في: الإثنين 20 مايو 2024 - 2:30 م"],
        inserts={2: [("ad", "إعلان")], 4: [("link", "اقرأ أيضا:", "أسعار الخضروات في سوق العبور اليوم")]},
        tags=("كلمات البحث", ["القمح", "وزارة التموين", "الصوامع"]),
        lists=[("الأكثر قراءة", ["سعر الذهب اليوم", "مواعيد امتحانات الثانوية العامة"])],
        paras=P("""
أعلن وزير التموين والتجارة الداخلية اليوم الإثنين أن كميات القمح المحلي التي تم توريدها إلى الصوامع
والشون منذ بدء الموسم تجاوزت 3 ملايين طن.

وقال الوزير إن عمليات التوريد تسير بانتظام في جميع المحافظات، وإن المستحقات يتم صرفها للمزارعين خلال
48 ساعة.

وأوضح أن محافظات الشرقية والبحيرة والدقهلية تتصدر المحافظات من حيث الكميات الموردة.

وأضاف أن الحكومة حددت سعر إردب القمح بنحو 2000 جنيه لتشجيع المزارعين على التوريد.

وأشار إلى أن لجانا مشتركة تتابع جودة القمح في مواقع الاستلام للتأكد من مطابقته للمواصفات.

ويستمر موسم توريد القمح المحلي حتى منتصف شهر يوليو المقبل.

وتستهدف الحكومة استلام نحو 3.5 مليون طن من القمح المحلي هذا الموسم لتقليل الاستيراد.

وتعد مصر من أكبر مستوردي القمح في العالم، ويستخدم جزء كبير منه في إنتاج الخبز المدعم.

ودعا الوزير المزارعين إلى الإسراع في توريد محاصيلهم إلى أقرب نقطة استلام، مؤكدا أن جميع الصوامع جاهزة لاستقبال الكميات الجديدة.

كما أشار إلى أن الوزارة خصصت خطا ساخنا لتلقي شكاوى المزارعين بشأن عمليات الاستلام أو صرف المستحقات.

وكان مجلس الوزراء قد وافق في وقت سابق على رفع سعر التوريد مقارنة بالموسم الماضي.
"""),
        must_have=[
            "وأوضح أن محافظات الشرقية والبحيرة والدقهلية تتصدر المحافظات من حيث الكميات الموردة.",
            "ويستمر موسم توريد القمح المحلي حتى منتصف شهر يوليو المقبل.",
        ]),
]


# ---- news-please and trafilatura JSON ------------------------------------------

JSON_STORIES = [
    # news-please, Soychile (Chile): staff, regional edition name as desk byline.
    rec(cluster="soychile-talca-cerezas-exportacion", role="single", file="newsplease_soychile_cerezas_talca.json",
        render="newsplease", title="Productores del Maule temen menores retornos por la temporada de cerezas",
        date="2024-12-03", country="CL", region="americas", lang="es",
        url="https://www.soychile.example.cl/talca/sociedad/2024/12/03/876543/productores-del-maule-cerezas.html",
        source_domain="www.soychile.example.cl",
        description="Los envíos a China concentran casi toda la producción.",
        np_authors=["Soychile"], np_publish="2024-12-03 09:15:00", np_download="2024-12-03 14:02:11",
        head_lines=["soychile Talca", "Martes 3 de diciembre de 2024 | Publicado a las 09:15 · Actualizado a las 11:40", "Compartir"],
        inserts={2: ["Publicidad"], 5: ["Lee también: Sequía obliga a racionar agua en sectores rurales de Linares"]},
        tail_lines=["Comenta esta noticia", "Debes iniciar sesión para comentar", "Más noticias de Talca",
                    "Lo más visto", "Síguenos en Instagram", "Descarga la app de soychile", "Contacto",
                    "soychile © 2024 Todos los derechos reservados", "Términos y condiciones", "WhatsApp"],
        paras=P("""
Productores de cerezas de la Región del Maule advierten que los retornos de esta temporada podrían ser
menores que los del año pasado, debido a la gran cantidad de fruta que llegará a China al mismo tiempo.

La cosecha comenzó a mediados de noviembre en los huertos de Curicó y Talca, y se extenderá hasta enero.

Según la asociación de productores de la zona, la producción regional podría crecer cerca de un 20 por
ciento respecto de la temporada anterior.

El agricultor Hernán Villalobos, de San Clemente, dijo que los costos de mano de obra y de fletes siguen
siendo muy altos.

China recibe cerca del 90 por ciento de las cerezas que exporta el país.

Los exportadores recomendaron a los productores cuidar la calidad de la fruta para evitar rechazos en
destino.

Las lluvias de fines de octubre causaron partiduras en algunos huertos, aunque el daño fue menor de lo
esperado.

El Maule es la segunda región productora de cerezas del país, después de O'Higgins.
"""),
        must_have=[
            "La cosecha comenzó a mediados de noviembre en los huertos de Curicó y Talca, y se extenderá hasta enero.",
            "China recibe cerca del 90 por ciento de las cerezas que exporta el país.",
        ]),
    # news-please, Nasha Niva (Belarus, Belarusian): staff, writer in Belarusian Cyrillic.
    rec(cluster="nashaniva-brest-bulba-cena", role="single", file="newsplease_nashaniva_bulba_be.json",
        render="newsplease", title="Бульба на Берасцейшчыне падаражэла амаль удвая",
        date="2023-11-14", country="BY", region="europe", lang="be", authors=["Алеся Шыманская"],
        url="https://nashaniva.example.com/articles/331234",
        source_domain="nashaniva.example.com",
        description="Вясковыя жыхары кажуць пра слабы ўраджай пасля засухі.",
        np_authors=["Алеся Шыманская"], np_publish="2023-11-14 16:40:00", np_download="2023-11-15 06:21:33",
        head_lines=["Алеся Шыманская", "14.11.2023 / 16:40", "Падзяліцца"],
        inserts={2: ["Рэклама"], 4: ["Чытайце таксама: Цэны на гародніну ў Мінску выраслі за месяц"]},
        tail_lines=["Каментары", "Падпісвайцеся на наш тэлеграм-канал", "Навіны па тэме",
                    "Самае папулярнае", "Падтрымайце «Нашу Ніву»", "Наша Ніва — першая беларуская газета",
                    "Усе правы абаронены", "Пры выкарыстанні матэрыялаў спасылка абавязковая",
                    "Знайшлі памылку? Выдзеліце і націсніце Ctrl+Enter", "Facebook", "Telegram"],
        paras=P("""
На рынках Берасцейскай вобласці бульба ў лістападзе каштуе амаль удвая больш, чым год таму, і пакупнікі
скардзяцца, што нават на вёсцы яе цяжка набыць танна.

Кілаграм бульбы на рынку ў Берасці прадаюць цяпер за 1,8–2 рублі.

Вясковыя жыхары кажуць, што летняя засуха моцна зменшыла ўраджай на прысядзібных участках.

Жыхарка Камянецкага раёна Таццяна Лагуновіч сказала, што сабрала ўдвая менш бульбы, чым звычайна.

Многія сем'і, якія раней прадавалі лішкі, сёлета пакінулі ўсю бульбу сабе.

Гандляры тлумачаць рост коштаў таксама падаражаннем паліва і дорагай перавозкай.

Улады раней абмежавалі экспарт некаторай гародніны, каб стрымаць цэны на ўнутраным рынку.

Эканамісты мяркуюць, што да вясны бульба можа падаражэць яшчэ больш.

На рынку ў Пінску гандлярка Ганна Сяргеевіч сказала, што пакупнікі цяпер бяруць бульбу не мяшкамі, як раней, а па некалькі кілаграмаў.

Яна дадала, што моркву і буракі таксама купляюць менш, бо людзі эканомяць на ўсім.

У Міністэрстве сельскай гаспадаркі і харчавання кажуць, што дзяржаўныя крамы маюць дастаткова бульбы да новага ўраджаю.

Але ў вясковых крамах Берасцейшчыны, паводле жыхароў, бульбы часта няма зусім.
"""),
        must_have=[
            "Вясковыя жыхары кажуць, што летняя засуха моцна зменшыла ўраджай на прысядзібных участках.",
            "Гандляры тлумачаць рост коштаў таксама падаражаннем паліва і дорагай перавозкай.",
        ]),
    # news-please, The Sunday Mail (Zimbabwe): New Ziana copy, 'MASVINGO. -' dateline.
    rec(cluster="sundaymail-ziana-masvingo-irrigation", role="single", file="newsplease_sundaymail_masvingo_irrigation.json",
        render="newsplease", title="Masvingo irrigation schemes revived as El Nino drought bites",
        date="2024-03-10", dateline="MASVINGO. – ", city="Masvingo", country="ZW", region="africa", lang="en",
        agency="New Ziana",
        url="https://www.sundaymail.example.co.zw/masvingo-irrigation-schemes-revived-as-el-nino-drought-bites",
        source_domain="www.sundaymail.example.co.zw",
        description="Government says the schemes will protect food security in the province.",
        np_authors=["New Ziana"], np_publish="2024-03-10 00:03:00", np_download="2024-03-10 08:40:52",
        head_lines=["Sunday Mail Reporter", "March 10, 2024", "Share"],
        inserts={2: ["Advertisement"], 5: ["RELATED: Grain Marketing Board opens more depots"]},
        tail_lines=["— New Ziana", "Share this:", "Facebook", "WhatsApp", "Related", "Leave a Reply",
                    "Your email address will not be published.", "The Sunday Mail", "Zimpapers © 2024", "Follow us on X", "Subscribe to our e-paper"],
        paras=P("""
The Government has revived several small irrigation schemes in Masvingo province to help farmers grow
food during the drought caused by the El Nino weather pattern.

Most of the province received less than half of its normal rainfall this season, and many dryland maize
crops have failed.

Provincial agricultural officer Mr Tinashe Mavhunga said 14 schemes covering about 900 hectares had been
repaired and were now being used to grow maize, sugar beans and vegetables.

He said each scheme had been given new pumps and pipes under a presidential programme.

Farmers at the Nyajena scheme said they planted their first crop in February and hoped to harvest in June.

Mrs Ruvimbo Chiwara, a member of the scheme, said the irrigated plots would feed her family until next
season.

The Government has also started distributing grain to households that lost their crops.

Officials say more schemes will be rehabilitated before the winter wheat season.
"""),
        must_have=[
            "He said each scheme had been given new pumps and pipes under a presidential programme.",
            "The Government has also started distributing grain to households that lost their crops.",
        ]),
    # trafilatura, Manitoba Co-operator (Canada): staff, reporter line, 'Crops' category.
    rec(cluster="manitobacooperator-red-river-flood-seeding", role="single", file="trafilatura_manitobacooperator_seeding.json",
        render="trafilatura", title="Dry spring lets Red River Valley farmers seed early",
        date="2025-05-06", country="CA", region="americas", lang="en", authors=["Garrett Dyck"], section="Crops",
        url="https://www.manitobacooperator.example.ca/news-opinion/news/dry-spring-lets-red-river-valley-farmers-seed-early/",
        hostname="manitobacooperator.example.ca", source_hostname="Manitoba Co-operator",
        description="Seeding is well ahead of average, but growers are watching soil moisture.",
        tf_author="Garrett Dyck", tf_date="2025-05-06", tf_language="en", categories="Crops;News",
        head_lines=["Reading Time: 2 minutes", "Published: May 6, 2025", "By Garrett Dyck", "Reporter"],
        inserts={2: ["Advertisement"], 5: ["Read more: Canola acres expected to climb in Manitoba"]},
        tail_lines=["Garrett Dyck is a reporter for the Manitoba Co-operator based in Winnipeg.",
                    "Related", "Spring wheat prices edge higher", "Subscribe to our newsletter", "Share", "Facebook", "Email",
                    "Comments are closed.", "Glacier FarmMedia"],
        paras=P("""
Farmers in Manitoba's Red River Valley have made an unusually early start to seeding after a dry spring
left fields fit for machinery by mid-April.

Provincial crop reports show seeding in the eastern region was about 40 percent complete by the first week
of May, well ahead of the five-year average.

Spring wheat, oats and field peas were the first crops into the ground.

Farmer Luc Gagnon, who grows grain near St. Pierre-Jolys, said he had never started seeding so early.

Agronomists warned that topsoil in some areas was already short of moisture.

Some producers are holding off seeding canola and soybeans until rain is in the forecast.

The Red River did not reach flood levels this spring because of light snowfall over the winter.

Manitoba Agriculture will release its next weekly crop report on Tuesday.

Gagnon said he would rather seed into dry soil and wait for rain than risk a wet June like the one that delayed planting two years ago.
"""),
        must_have=[
            "Spring wheat, oats and field peas were the first crops into the ground.",
            "Agronomists warned that topsoil in some areas was already short of moisture.",
        ]),
    # trafilatura, Punjab Kesari (India, Hindi): staff, city desk, 'जालंधर:' dateline.
    rec(cluster="punjabkesari-jalandhar-paddy-groundwater", role="single", file="trafilatura_punjabkesari_dhan_hi.json",
        render="trafilatura", title="धान की रोपाई शुरू, गिरते भूजल स्तर पर किसानों को चेतावनी",
        date="2024-06-15", dateline="जालंधर: ", city="Jalandhar", country="IN", region="asia", lang="hi", section="पंजाब",
        url="https://www.punjabkesari.example.in/punjab/news/paddy-transplantation-groundwater-warning-1987654",
        hostname="punjabkesari.example.in", source_hostname="Punjab Kesari",
        description="कृषि विभाग ने किसानों से कम पानी वाली किस्में लगाने की अपील की।",
        tf_author="पंजाब केसरी", tf_date="2024-06-15", tf_language="hi", categories="पंजाब;जालंधर",
        head_lines=["Updated: 15 Jun, 2024 11:02 AM", "पंजाब केसरी"],
        inserts={2: ["विज्ञापन"], 5: ["यह भी पढ़ें: मंडियों में मक्की की खरीद पर उठे सवाल"]},
        tail_lines=["अपने शहर की और खबरें जानने के लिए Like करें हमारा Facebook Page",
                    "पंजाब की खबरें Instagram पर पढ़ने के लिए हमें Join करें Click Here",
                    "अपने शहर की और खबरें जानने के लिए Like करें हमारा Facebook Page Click Here",
                    "Related News", "Most Read", "Trending Topics", "Copyright © 2024 Punjab Kesari",
                    "All rights reserved", "Powered by : Punjab Kesari", "Share", "WhatsApp"],
        paras=P("""
पंजाब में धान की रोपाई शनिवार से शुरू हो गई है और कृषि विभाग ने किसानों को लगातार गिरते भूजल स्तर को
लेकर चेतावनी दी है।

विभाग के अधिकारियों के अनुसार जालंधर जिले के कई ब्लॉकों में भूजल स्तर हर साल लगभग एक मीटर नीचे जा रहा है।

किसानों से अपील की गई है कि वे कम पानी और कम समय में पकने वाली किस्मों की रोपाई करें।

मुख्य कृषि अधिकारी डॉ. हरप्रीत सिंह ने बताया कि सीधी बिजाई करने वाले किसानों को प्रति एकड़ प्रोत्साहन राशि
दी जाएगी।

बिजली विभाग ने धान के सीजन में किसानों को रोजाना आठ घंटे बिजली देने का दावा किया है।

कई किसानों का कहना है कि मजदूरों की कमी के कारण रोपाई का खर्च इस बार बढ़ गया है।

गांव नूरपुर के किसान गुरमीत सिंह ने कहा कि धान के अलावा दूसरी फसलों की सरकारी खरीद की गारंटी नहीं है, इसलिए
किसान धान ही लगाते हैं।

विशेषज्ञों का मानना है कि अगर यही हाल रहा तो आने वाले वर्षों में कई इलाकों में पीने के पानी का भी संकट हो सकता है।

कृषि विभाग की टीमें गांवों में जाकर किसानों को पानी बचाने के तरीकों के बारे में जानकारी दे रही हैं।
"""),
        must_have=[
            "किसानों से अपील की गई है कि वे कम पानी और कम समय में पकने वाली किस्मों की रोपाई करें।",
            "बिजली विभाग ने धान के सीजन में किसानों को रोजाना आठ घंटे बिजली देने का दावा किया है।",
        ]),
    # trafilatura, Portafolio (Colombia, Spanish): staff, 'Economía' category; EFE-free.
    rec(cluster="portafolio-huila-cafe-cosecha", role="single", file="trafilatura_portafolio_cafe_huila_es.json",
        render="trafilatura", title="Caficultores del Huila esperan una cosecha récord, pero con menos recolectores",
        date="2025-04-28", country="CO", region="americas", lang="es", authors=["Laura Camila Restrepo"], section="Economía",
        url="https://www.portafolio.example.co/economia/caficultores-del-huila-esperan-cosecha-record-612345",
        hostname="portafolio.example.co", source_hostname="Portafolio",
        description="La falta de mano de obra preocupa a los productores del principal departamento cafetero.",
        tf_author="Laura Camila Restrepo", tf_date="2025-04-28", tf_language="es", categories="Economía;Agro",
        head_lines=["Por: Laura Camila Restrepo", "Periodista de Portafolio", "28 de abril de 2025, 06:30 a. m.",
                    "Actualizado: 28 de abril de 2025, 09:12 a. m."],
        inserts={2: ["Publicidad"], 5: ["Lea también: Precio interno del café cae por tercera semana"]},
        tail_lines=["Laura Camila Restrepo", "Periodista de Portafolio", "Más noticias de Economía",
                    "Síganos en Google News", "Comentar", "Reportar error", "Portafolio.co - Casa Editorial El Tiempo",
                    "© 2025 Todos los derechos reservados", "Política de privacidad"],
        paras=P("""
Los caficultores del Huila esperan una de las mejores cosechas de su historia este año, pero advierten que
podrían no tener suficientes recolectores para recoger el grano a tiempo.

El Comité de Cafeteros del departamento estima que la producción podría superar los tres millones de sacos
de 60 kilos.

Las lluvias bien distribuidas y la renovación de cafetales de los últimos años explican el aumento.

Sin embargo, muchos trabajadores del campo se han ido a otras regiones o a las ciudades.

El productor Andrés Cuéllar, de Pitalito, dijo que paga hasta un 30 por ciento más por kilo recogido que el
año pasado.

Los precios internacionales del café siguen altos, lo que ha mejorado los ingresos de las familias
cafeteras.

El Comité pidió al Gobierno programas para atraer jóvenes a las labores de recolección.

El Huila es el primer productor de café de Colombia desde hace más de una década.
"""),
        must_have=[
            "Las lluvias bien distribuidas y la renovación de cafetales de los últimos años explican el aumento.",
            "Sin embargo, muchos trabajadores del campo se han ido a otras regiones o a las ciudades.",
        ]),
]


# ---- JSONL batches ---------------------------------------------------------------

SITE_NA = site("Notícias Agrícolas", "https://www.noticiasagricolas.example.com.br", " - Notícias Agrícolas", "pt_BR", "@noticiasagricolas",
               ["Notícias", "Cotações", "Vídeos", "Clima", "Café", "Soja", "Milho", "Pecuária"],
               ["© 2023 Notícias Agrícolas. Todos os direitos reservados.", "Quem somos", "Anuncie", "Fale conosco"],
               share=["Compartilhar", "WhatsApp", "Facebook", "Telegram"])

JSONL_STORIES = [
    # newsbeam text shape: the Tasnim story on Mashregh News (syndicated member of the Tasnim cluster).
    dict(TAS, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.mashreghnews.example.ir/news/1678901/",
         nb_published="2024-11-09T08:10:00Z", outlet="مشرق نیوز", nb_authors=[],
         head_lines=["کد خبر ۱۶۷۸۹۰۱", "۱۹ آبان ۱۴۰۳ - ۱۱:۴۰"],
         tail_lines=["منبع: تسنیم", "انتهای پیام/", "اخبار مرتبط", "قیمت گوجه فرنگی در میادین تره‌بار", "ارسال نظر",
                     "نظرات پس از تایید منتشر می‌شود", "پربازدیدترین اخبار", "مشرق را در پیام‌رسان‌ها دنبال کنید",
                     "اشتراک گذاری", "کپی لینک", "تمامی حقوق این سایت متعلق به مشرق نیوز است"]),
    # news-please shape: the TASR story on Topky.sk (syndicated member of the TASR cluster).
    dict(TASR, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.topky.example.sk/cl/10/2712345/Sucho-znizilo-urodu-kukurice",
         source_domain="www.topky.example.sk",
         np_authors=["TASR"], np_publish="2024-09-18 12:30:00", np_download="2024-09-18 13:05:44",
         head_lines=["TASR", "18.09.2024 12:30"],
         tail_lines=["Autor: Zuzana Kminiaková, TASR", "Zdroj: TASR", "Diskusia (3)", "Najnovšie články",
                     "Zdieľajte článok", "Facebook", "Sledujte Topky.sk aj na Instagrame", "Najčítanejšie",
                     "Ceny masla v obchodoch klesli", "Reklama", "© 2024 Topky.sk, NEWS AND MEDIA HOLDING a.s."]),
    # newsbeam html shape: Notícias Agrícolas (Brazil, Portuguese): staff, 'Por' byline with the desk.
    rec(cluster="noticiasagricolas-soja-colheita-mato-grosso", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_NA, title="Colheita da soja avança em Mato Grosso, mas chuva irregular reduz produtividade",
        date="2023-02-14", country="BR", region="americas", lang="pt", authors=["Mariana Tavares Lopes"],
        section="Soja", meta_section="Soja",
        url="https://www.noticiasagricolas.example.com.br/noticias/soja/345678-colheita-da-soja-avanca-em-mato-grosso.html",
        description="Produtores do médio-norte relatam quebra em algumas lavouras.",
        published="2023-02-14T17:45:00-03:00",
        nb_published="2023-02-14T20:45:00Z", outlet="Notícias Agrícolas", nb_authors=["Mariana Tavares Lopes"],
        byline_lines=["Por Mariana Tavares Lopes", "Notícias Agrícolas"],
        date_lines=["Publicado em 14/02/2023 17:45"],
        inserts={2: [("ad", "Publicidade")], 5: [("link", "Veja também:", "Preço do milho recua no porto de Paranaguá")]},
        below_body=[("source", "Fonte: Notícias Agrícolas")],
        lists=[("Mais lidas", ["Cotação do boi gordo hoje", "Frente fria chega ao Sul"])],
        paras=P("""
A colheita da soja avança em Mato Grosso e já alcança cerca de 30 por cento da área plantada, mas
produtores do médio-norte do estado relatam perdas causadas pela chuva irregular em dezembro.

Segundo o instituto que acompanha a safra no estado, a produtividade média deve ficar um pouco abaixo da
estimada no início do plantio.

Em Sorriso e Lucas do Rio Verde, algumas lavouras plantadas mais cedo colheram menos de 50 sacas por hectare.

O produtor Valdir Schenkel afirmou que a falta de chuva no período de enchimento de grãos prejudicou a
lavoura.

Ao mesmo tempo, o excesso de chuva nas últimas semanas tem atrasado as máquinas em algumas regiões.

Os preços da soja no mercado interno caíram com o avanço da colheita no país.

Transportadores relatam filas de caminhões nos armazéns e aumento no valor do frete até os portos.

Mato Grosso é o maior produtor de soja do Brasil.
"""),
        must_have=[
            "Em Sorriso e Lucas do Rio Verde, algumas lavouras plantadas mais cedo colheram menos de 50 sacas por hectare.",
            "Os preços da soja no mercado interno caíram com o avanço da colheita no país.",
        ]),
    # trafilatura shape: the NAN story on Pulse Nigeria (syndicated member of the NAN cluster).
    dict(NAN, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://www.pulse.example.ng/news/local/kebbi-rice-farmers-count-losses-as-floods-submerge-farmland/abc123x",
         hostname="pulse.example.ng", source_hostname="Pulse Nigeria",
         tf_author="News Agency Of Nigeria", tf_date="2024-09-02", tf_language="en", categories="News;Local",
         head_lines=["News Agency Of Nigeria", "02 September 2024 at 16:10"],
         tail_lines=["Abdullahi Garba Danjuma", "(NAN)", "Get our Pulse Newsletter", "Recommended articles",
                     "Tomato prices rise in Lagos markets", "Follow Pulse Nigeria on WhatsApp", "Share", "Copy link",
                     "Editor's Picks", "About Pulse", "Pulse Nigeria © 2024"]),
    # news-please shape: Maharashtra Times (India, Marathi): staff, 'म. टा. वृत्तसेवा' desk byline, Nashik dateline.
    rec(cluster="maharashtratimes-nashik-onion-prices", role="single", file=JSONL_B, render="newsplease",
        title="कांद्याचे दर घसरले; लासलगाव बाजारात शेतकरी संतप्त",
        date="2023-12-09", dateline="नाशिक : ", city="Nashik", country="IN", region="asia", lang="mr",
        url="https://maharashtratimes.example.com/maharashtra/nashik-news/onion-prices-fall-lasalgaon/articleshow/105845123.cms",
        source_domain="maharashtratimes.example.com",
        description="निर्यातबंदीनंतर कांद्याच्या दरात मोठी घसरण झाली आहे.",
        np_authors=["Maharashtra Times"], np_publish="2023-12-09 08:00:00", np_download="2023-12-09 10:17:03",
        head_lines=["म. टा. वृत्तसेवा", "Updated: 9 Dec 2023, 8:00 am", "Follow"],
        inserts={2: ["जाहिरात"], 5: ["हेही वाचा: द्राक्ष बागायतदारांना अवकाळीचा फटका"]},
        tail_lines=["महत्वाचे लेख", "ताज्या बातम्या", "Maharashtra Times", "Copyright - 2023 Bennett, Coleman & Co. Ltd. All rights reserved.",
                    "For reprint rights : Times Syndication Service", "Share", "WhatsApp", "मटा न्यूजलेटर", "महाराष्ट्र टाइम्स अ‍ॅप डाऊनलोड करा", "कमेंट लिहा"],
        paras=P("""
केंद्र सरकारने कांद्याच्या निर्यातीवर बंदी घातल्यानंतर लासलगाव बाजार समितीत कांद्याचे दर मोठ्या प्रमाणात
घसरले असून शेतकरी संतप्त झाले आहेत.

शुक्रवारी लासलगाव बाजारात कांद्याला सरासरी प्रतिक्विंटल दोन हजार रुपये दर मिळाला.

आठवड्यापूर्वी हाच दर चार हजार रुपयांच्या आसपास होता, असे व्यापाऱ्यांनी सांगितले.

संतप्त शेतकऱ्यांनी काही काळ लिलाव बंद पाडले आणि निर्यातबंदी तातडीने मागे घेण्याची मागणी केली.

निफाड तालुक्यातील शेतकरी संजय घोलप म्हणाले की, उत्पादन खर्चही निघत नसल्याने कर्ज कसे फेडायचे हा प्रश्न
आहे.

यंदा कमी पावसामुळे कांद्याचे उत्पादन आधीच घटले होते.

बाजार समितीच्या अधिकाऱ्यांनी सांगितले की, पुढील काही दिवसांत आवक वाढण्याची शक्यता आहे.

शेतकरी संघटनांनी जिल्ह्यात आंदोलन करण्याचा इशारा दिला आहे.

नाशिक जिल्हा हा देशातील सर्वात मोठा कांदा उत्पादक जिल्हा मानला जातो आणि लासलगाव ही आशियातील सर्वात मोठी
कांदा बाजारपेठ म्हणून ओळखली जाते.

निर्यातबंदीचा निर्णय मागे घेतला नाही तर पुढील हंगामात कांद्याची लागवड कमी होईल, अशी भीती शेतकरी व्यक्त
करत आहेत.

राज्य सरकारने या प्रश्नावर केंद्राशी चर्चा करण्याचे आश्वासन दिले आहे.
"""),
        must_have=[
            "शुक्रवारी लासलगाव बाजारात कांद्याला सरासरी प्रतिक्विंटल दोन हजार रुपये दर मिळाला.",
            "यंदा कमी पावसामुळे कांद्याचे उत्पादन आधीच घटले होते.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixty-fifth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Tabnak '۱۹ آبان ۱۴۰۳' (Solar Hijri 19 Aban 1403 in Persian "
    "digits = 9 November 2024) and the Mashregh copy '۱۹ آبان ۱۴۰۳ - ۱۱:۴۰' (crawler stamp 08:10Z the same day); Pravda.sk "
    "'18.09.2024' (day first) with the TASR dateline '18. septembra', Topky.sk '18.09.2024 12:30'; Tribune Online "
    "'September 2, 2024' with the NAN dateline 'Sept. 2, 2024', Pulse Nigeria '02 September 2024'; the North Queensland "
    "Register 'March 14 2025 - 2:30pm' (both copies); Nongmin Shinmun '입력 : 2024-10-07'; Prajavani '22 ಜನವರಿ 2025' "
    "(22 January); Virakesari '16 Aug, 2023'; Mediacongo '05 juin 2024' (dateline and date line agree); Netwerk24 "
    "'Gepubliseer 26 Okt 2023'; the Western Producer 'September 7, 2023'; Misiones Online '11 de abril de 2024'; Unimedia "
    "'15 octombrie 2024'; the Wisconsin State Farmer 'Published 6:02 a.m. CT Jan. 18, 2024' (not 'Updated ... Jan. 19'); "
    "the Scottish Farmer '12 Sep 2023'; Portfolio '2024. október 1.' (Hungarian year-first order); Report.az '08 July, "
    "2025'; RP ONLINE '24. Juni 2024'; the Western Morning News '05:00, 27 Feb 2024' (not 'Updated 10:14'); the Stock "
    "Journal 'May 2 2024'; Vetogate 'الإثنين 20 مايو 2024' (Monday 20 May); Soychile 'Martes 3 de diciembre de 2024 | "
    "Publicado a las 09:15' (not 'Actualizado'); Nasha Niva '14.11.2023' (day first); the Sunday Mail 'March 10, 2024'; "
    "the Manitoba Co-operator 'Published: May 6, 2025'; Punjab Kesari 'Updated: 15 Jun, 2024' is the only date the page "
    "prints and the trafilatura date agrees; Portafolio '28 de abril de 2025, 06:30 a. m.' (not 'Actualizado'); Notícias "
    "Agrícolas 'Publicado em 14/02/2023' (day first); Maharashtra Times '9 Dec 2023'",
    "dateline_city": "'Nitra 18. septembra (TASR) - ' -> 'Nitra' (both TASR copies); 'Birnin Kebbi, Sept. 2, 2024 (NAN) ' -> "
    "'Birnin Kebbi' (both NAN copies); Prajavani 'ಬೆಂಗಳೂರು: ' ('Bengaluru:') -> 'Bengaluru' although the story is about "
    "Kolar and neighbouring districts; 'Kikwit, 05 juin 2024 (ACP).- ' -> 'Kikwit'; 'SASKATOON — ' -> 'Saskatoon'; "
    "'Münster (dpa/lnw) - ' -> 'Münster'; 'MASVINGO. – ' -> 'Masvingo'; Punjab Kesari 'जालंधर: ' -> 'Jalandhar'; "
    "Maharashtra Times 'नाशिक : ' -> 'Nashik'. The Tasnim story names Tasnim in its lead ('به گزارش خبرگزاری تسنیم') but has "
    "no dateline (city null, country IR); all other records have no dateline and take the country of the story's location",
    "country": "the Tasnim story is Iran (IR, asia); Report.az's story is Azerbaijan (AZ, asia by UN M49); the Virakesari "
    "story is Sri Lanka (LK); Mediacongo is the Democratic Republic of the Congo (CD); the Sunday Mail is Zimbabwe (ZW); "
    "Nasha Niva's story is Belarus (BY); Unimedia's is Moldova (MD); the Scottish Farmer and the Western Morning News are "
    "the United Kingdom (GB); the North Queensland Register and the Stock Journal are Australia (AU, oceania)",
    "agency": "Tabnak and Mashregh carry Tasnim (the Tasnim News Agency: named in the lead and 'منبع: تسنیم' = 'Source: "
    "Tasnim'); Pravda.sk and Topky.sk carry TASR (the Slovak news agency: '(TASR)' dateline, 'Zdroj: TASR', writer 'Autor: "
    "..., TASR'); Tribune Online and Pulse Nigeria carry NAN (the News Agency of Nigeria: '(NAN)' dateline and sign-off); "
    "Mediacongo carries ACP (Agence congolaise de presse: dateline and 'Source : ACP'); Unimedia carries Moldpres ('Sursa: "
    "Moldpres'); Portfolio carries MTI (byline 'MTI' and 'Forrás: MTI'); RP ONLINE carries dpa ('(dpa/lnw)' dateline, "
    "'Quelle: dpa' and the dpa-infocom line; 'lnw' is dpa's North Rhine-Westphalia service, the agency is dpa); Vetogate "
    "carries MENA (the Middle East News Agency: byline 'أ ش أ'); the Sunday Mail carries New Ziana (Zimbabwe's national "
    "agency: '— New Ziana' at the end; 'Sunday Mail Reporter' is a desk line); all other records are staff copy. The "
    "photo credit 'dpa/Jonas Kleeberg' on RP ONLINE and 'Report' on Report.az do not by themselves make a story agency copy",
    "authors": "TASR 'Autor: Zuzana Kminiaková, TASR' (both copies; '(kmi)' is her sign-off initials); NAN 'Abdullahi Garba "
    "Danjuma (NAN)' at the end on Tribune Online and as a line before '(NAN)' on Pulse Nigeria ('By Tribune Online' and "
    "'News Agency Of Nigeria' are site and agency bylines); the North Queensland Register 'Ellie Brampton' ('Journalist' is "
    "a role line; both copies); Nongmin Shinmun '박지훈 기자' ('기자' = 'reporter') -> '박지훈'; Virakesari '(எஸ். தயாளன்)' "
    "-> 'எஸ். தயாளன்'; Netwerk24 'Marelize Botes' ('Joernalis' is a role line); the Western Producer 'By Kendra Vollmer' "
    "('Reporter' is a role line); the Wisconsin State Farmer 'Gretchen Lindqvist' over the outlet name; the Scottish Farmer "
    "'By Callum Mathieson' ('Arable Reporter' is a role line); Report.az 'Nigar Abbasova'; the Western Morning News 'By "
    "Tamsin Pengelly and Rhys Ackland' -> two authors; the Stock Journal 'Bridget Hoskin'; Nasha Niva 'Алеся Шыманская'; "
    "the Manitoba Co-operator 'By Garrett Dyck'; Portafolio 'Por: Laura Camila Restrepo' ('Periodista de Portafolio' is a "
    "role line); Notícias Agrícolas 'Por Mariana Tavares Lopes'. Desk, site and agency bylines ('ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ' = "
    "'Prajavani news service', 'soychile Talca', 'Sunday Mail Reporter', 'म. टा. वृत्तसेवा' = 'MaTa news service', "
    "'पंजाब केसरी', 'MTI', 'أ ش أ', 'Quelle: dpa', 'Source : ACP') have no authors; Tabnak, Mashregh, Misiones Online and "
    "Unimedia name no writer",
    "editors": "no record names an editor of the story",
    "caption_credit": "credits without their wrapper: the North Queensland Register 'Picture by Ellie Brampton' -> 'Ellie "
    "Brampton' (both copies); the Wisconsin State Farmer 'Gretchen Lindqvist/Wisconsin State Farmer' as printed; the "
    "Scottish Farmer '(Image: Gordon Reid)' -> 'Gordon Reid'; Report.az 'Photo: Report' -> 'Report'; RP ONLINE 'Foto: "
    "dpa/Jonas Kleeberg' -> 'dpa/Jonas Kleeberg'; the Stock Journal 'Picture: Supplied' -> 'Supplied'; records without a "
    "photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Tribune Online 'Agriculture', the Wisconsin "
    "State Farmer 'Dairy', the Scottish Farmer 'Arable', Portfolio 'Agrárszektor', Report.az 'Agriculture', RP ONLINE 'NRW', "
    "the Western Morning News 'Farming', the Stock Journal 'News', Vetogate 'اقتصاد' (economy), Notícias Agrícolas 'Soja'; "
    "trafilatura records take their first category ('Crops' for the Manitoba Co-operator, 'पंजाब' (Punjab) for Punjab "
    "Kesari, 'Economía' for Portafolio, 'News' for Pulse Nigeria); news-please, plain text and newsbeam text records have "
    "none (menu items and tag lists are navigation)",
    "language": "'fa' Persian (two copies of the Tasnim story); 'sk' Slovak (two copies of the TASR story); 'ko' Korean; "
    "'kn' Kannada; 'ta' Sri Lankan Tamil; 'fr' from the DR Congo; 'af' Afrikaans; 'es' from Argentina, Chile and Colombia; "
    "'ro' Romanian from Moldova; 'hu' Hungarian; 'de' German; 'ar' Arabic; 'be' Belarusian; "
    "'hi' Hindi; 'pt' Brazilian Portuguese; 'mr' Marathi; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and "
    "comment rules, advertisement labels, news codes and reading times, related-story lines and boxes, tag and topic lists, "
    "most-read rails, newsletter, app, WhatsApp, Telegram and Google News promos, reporter bio, role and e-mail lines, wire "
    "source lines ('منبع: تسنیم', 'انتهای پیام/', 'Zdroj: TASR', '(NAN)', 'Source : ACP', 'Sursa: Moldpres', 'Forrás: MTI', "
    "the dpa-infocom line, '— New Ziana'), sign-off initials, ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Tasnim and TASR in the plain batch, NAN in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (North Queensland Register: curly quotes, NBSP, hard "
    "wraps, CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"tasnim", "تسنیم", "tabnak", "تابناک", "mashregh news", "مشرق نیوز", "tasr", "pravda.sk", "topky.sk",
                "nan", "news agency of nigeria", "tribune online", "pulse nigeria", "north queensland register",
                "australian community media", "nongmin shinmun", "농민신문", "prajavani", "ಪ್ರಜಾವಾಣಿ", "ಪ್ರಜಾವಾಣಿ ವಾರ್ತೆ",
                "virakesari", "வீரகேசரி", "mediacongo", "acp", "netwerk24", "the western producer", "misiones online",
                "unimedia", "moldpres", "wisconsin state farmer", "the scottish farmer", "portfolio", "mti", "report.az",
                "rp online", "rheinische post", "dpa", "western morning news", "stock journal", "فيتو", "vetogate", "أ ش أ", "mena",
                "soychile", "soychile talca", "nasha niva", "наша ніва", "the sunday mail", "sunday mail reporter", "new ziana",
                "manitoba co-operator", "glacier farmmedia", "punjab kesari", "पंजाब केसरी", "portafolio",
                "notícias agrícolas", "maharashtra times", "म. टा. वृत्तसेवा"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
