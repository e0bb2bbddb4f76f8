#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eightieth development set (bench/dev_set80/, first written as the seventy-seventh held-out set).

    .venv/bin/python bench/dev_set80/_generate.py

Writes ``bench/dev_set80/articles/*`` and ``bench/dev_set80/labels.json`` (next to this
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
bench/dev_set79/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout77_2025-a.jsonl"
JSONL_B = "crawl_holdout77_2025-b.jsonl.gz"


# ---- cluster: Bernama, Temerloh (Malaysia Gazette scrape + copy on Majoriti in the plain batch) ----

BER = rec(
    cluster="bernama-temerloh-pasar-tani",
    title="Harga sayur di Pasar Tani Temerloh naik hingga 30 peratus selepas banjir",
    date="2025-01-09",
    dateline="TEMERLOH, 9 Jan (Bernama) -- ",
    city="Temerluh",
    country="MY",
    region="asia",
    agency="Bernama",
    lang="ms",
    description="Peniaga berkata bekalan dari kebun sekitar Pahang terjejas akibat banjir.",
    paras=P("""
Harga beberapa jenis sayur di Pasar Tani Temerloh meningkat antara 20 hingga 30 peratus sejak minggu lepas berikutan bekalan yang terjejas akibat banjir di beberapa daerah di Pahang.

Tinjauan Bernama hari ini mendapati harga kangkung naik kepada RM6 sekilogram berbanding RM4.50 sebelum ini, manakala sawi dijual pada harga RM7 sekilogram.

Peniaga sayur, Rosli Mat Zain, 52, berkata kebanyakan kebun di sepanjang Sungai Pahang masih ditenggelami air dan petani belum dapat memetik hasil.

Katanya, dia terpaksa mendapatkan bekalan dari Cameron Highlands dengan kos pengangkutan yang lebih tinggi.

Seorang pengguna, Zaleha Ismail, 47, berkata dia kini membeli sayur dalam kuantiti kecil untuk mengawal perbelanjaan dapur.

Pegawai Lembaga Pemasaran Pertanian Persekutuan (FAMA) Pahang berkata agensi itu akan menambah jualan sayur pada harga terkawal di pasar tani utama minggu depan.

Beliau berkata harga dijangka kembali stabil dalam tempoh dua minggu apabila kebun mula dipulihkan.

Pasar Tani Temerloh yang beroperasi setiap Khamis menempatkan lebih 120 peniaga kecil.
"""),
    must_have=[
        "Katanya, dia terpaksa mendapatkan bekalan dari Cameron Highlands dengan kos pengangkutan yang lebih tinggi.",
        "Beliau berkata harga dijangka kembali stabil dalam tempoh dua minggu apabila kebun mula dipulihkan.",
    ],
)

# ---- cluster: TASR, Žilina (Nový Čas page + copy on Webnoviny in the plain batch) ----

TASR = rec(
    cluster="tasr-zilina-trhovisko-najom",
    title="Predajcovia na žilinskom trhovisku protestujú proti vyššiemu nájmu",
    date="2024-10-14",
    dateline="Žilina 14. októbra (TASR) - ",
    city="Žilina",
    country="SK",
    region="europe",
    agency="TASR",
    lang="sk",
    description="Mesto chce zvýšiť poplatok za predajný stôl takmer o polovicu.",
    paras=P("""
Predajcovia zeleniny a ovocia na trhovisku na Sládkovičovej ulici v Žiline v pondelok protestovali proti plánovanému zvýšeniu nájmu za predajné miesta.

Mestský podnik, ktorý trhovisko spravuje, navrhuje od januára zvýšiť denný poplatok za predajný stôl zo šiestich na deväť eur.

Podľa predajcov by vyšší nájom museli premietnuť do cien, čo by odradilo zákazníkov, ktorí už teraz nakupujú skôr v supermarketoch.

Pestovateľka z Varína Jana Kubíková povedala, že na trh chodí tridsať rokov a takú neistotu ešte nezažila.

Hovorca mesta uviedol, že zvýšenie má pokryť náklady na novú strechu a opravu kanalizácie na trhovisku.

Mesto zároveň zvažuje zľavu pre malých pestovateľov, ktorí predávajú vlastnú úrodu.

O návrhu majú mestskí poslanci rokovať na decembrovom zastupiteľstve.

Predajcovia odovzdali primátorovi petíciu so 640 podpismi.

Trhovisko na Sládkovičovej ulici patrí k najstarším v meste a v sezóne na ňom predáva vyše sto pestovateľov z okolitých obcí.

Niektorí predajcovia uviedli, že ak mesto nájom zvýši, budú predávať radšej priamo zo dvora alebo cez internet.

Zákazníci, s ktorými hovorila TASR, sa obávajú, že zelenina z trhoviska bude drahšia ako v obchodných reťazcoch.
"""),
    must_have=[
        "Mesto zároveň zvažuje zľavu pre malých pestovateľov, ktorí predávajú vlastnú úrodu.",
        "O návrhu majú mestskí poslanci rokovať na decembrovom zastupiteľstve.",
    ],
)

# ---- cluster: GNA, Sekondi-Takoradi (Nhyira FM page + copy on Rainbow Radio in the gzipped batch) ----

GNA = rec(
    cluster="gna-takoradi-market-circle",
    title="Market Circle traders resist relocation as redevelopment stalls",
    date="2023-09-05",
    dateline="Takoradi, Sept. 05, GNA - ",
    city="Takoradi",
    country="GH",
    region="africa",
    agency="GNA",
    authors=["Kwesi Amoako-Mensah"],
    lang="en",
    description="Traders say temporary stalls at the new site are too far from customers.",
    paras=P("""
Traders at the Takoradi Market Circle have refused to move to a temporary site, saying the redevelopment of the market has stalled for more than a year.

The Sekondi-Takoradi Metropolitan Assembly asked about 3,000 traders to relocate to a site near the Harbour area so that work on the new market could resume.

The leader of the market queens, Madam Efua Baidoo, said the temporary stalls had no proper drainage and were too far from customers.

She said many traders were still paying off loans taken to buy goods and could not afford to lose sales.

A contractor on the project told the Ghana News Agency that work stopped because of delays in payment certificates.

The Metropolitan Chief Executive said government had released funds and work would resume before the end of the month.

He urged the traders to cooperate, saying the new market would have 4,500 stores, a fire station and a creche.

Traders said they would only move when they see machines back on site.
"""),
    must_have=[
        "She said many traders were still paying off loans taken to buy goods and could not afford to lose sales.",
        "He urged the traders to cooperate, saying the new market would have 4,500 stores, a fire station and a creche.",
    ],
)

# ---- cluster: Manawatu Standard page + noisy re-scrape ----

MS = rec(
    cluster="manawatustandard-square-rents",
    title="Small shops leave The Square as rents climb",
    date="2024-06-20",
    country="NZ",
    region="oceania",
    authors=["Hana Petersen-Rawiri"],
    lang="en",
    caption="Empty shopfronts on the eastern side of The Square.",
    credit="Warwick Smith/Stuff",
    paras=P("""
Three independent shops on The Square in Palmerston North have closed in a month, and their owners blame rent increases that arrived as customers cut back.

A gift shop, a shoe repairer and a secondhand bookshop have all put up closing-down signs since the start of May.

Bookshop owner Colin Fairbrother said his rent had gone up by 18% when the lease was renewed, while takings were down on last year.

He said he would keep selling books online from home and at the weekend market.

Property manager Tessa Vaughan said landlords faced higher insurance, rates and earthquake strengthening costs.

The city council's economic development team said the vacancy rate in the central city had risen to about 11%.

The council is looking at a scheme to fill empty shops with pop-up stores and artists until new tenants are found.

Retailers say more events and cheaper parking would bring shoppers back into the centre.
"""),
    must_have=[
        "He said he would keep selling books online from home and at the weekend market.",
        "The council is looking at a scheme to fill empty shops with pop-up stores and artists until new tenants are found.",
    ],
)
MS_PRE = ["Stuff", "Manawatū Standard", "National", "Business", "Sport", "Life & Style", "Quizzes"]
MS_HEAD = ["Hana Petersen-Rawiri", "Jun 20 2024"]
MS_CAP = ["Empty shopfronts on the eastern side of The Square. Warwick Smith/Stuff"]
MS_TAIL = [["Hana Petersen-Rawiri is a reporter for the Manawatū Standard covering business and the city centre."],
           ["Share this article"], ["Reminder, this is a Premium article and requires a subscription to read."],
           ["Latest from Manawatū Standard"], ["Stuff Limited 2024. All rights reserved."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Manawatū Standard (Stuff, Palmerston North): original of the re-scrape cluster; name / date lines, credit 'Warwick Smith/Stuff'.
    dict(MS, role="original", file="manawatustandard_square_rents.txt", render="text",
         pre=[MS_PRE], head=[MS_HEAD], cap_lines=MS_CAP,
         inserts={2: ["Advertisement"], 5: ["READ MORE:", "Council votes to keep free parking hour in city centre"]},
         tail=MS_TAIL),
    dict(MS, role="rescrape", file="manawatustandard_square_rents_rescrape.txt.gz", render="text", noise=True,
         pre=[MS_PRE], head=[MS_HEAD], cap_lines=MS_CAP,
         tail=[["Subscribe to Stuff for $1 a week"], *MS_TAIL]),
    # Malaysia Gazette (Malay): original of the Bernama cluster; 'TEMERLOH, 9 Jan (Bernama) --' dateline, '-- BERNAMA' sign-off.
    dict(BER, role="original", file="malaysiagazette_bernama_temerloh_ms.txt", render="text",
         pre=[["Malaysia Gazette", "Terkini", "Nasional", "Ekonomi", "Politik", "Sukan", "Hiburan"]],
         head=[["Oleh Bernama"], ["9 Januari 2025, 3:42 ptg"]],
         inserts={2: ["Iklan"], 5: ["BACA JUGA:", "Banjir: Lebih 2,000 mangsa di Pahang masih di PPS"]},
         tail=[["-- BERNAMA"], ["Kongsi artikel ini", "Facebook", "WhatsApp"], ["Berita Berkaitan"],
               ["Ikuti Malaysia Gazette di Telegram"], ["Hak Cipta Terpelihara \u00a9 2025 Malaysia Gazette"]]),
    # Večernje novosti (Serbian Cyrillic): Tanjug copy, 'КРАЉЕВО -' dateline line, Tanjug source line.
    rec(cluster="novosti-tanjug-kraljevo-pijaca", role="single", file="novosti_tanjug_kraljevo_pijaca_sr.txt", render="text",
        title="Краљево: на зеленој пијаци паприка дупло скупља него лане",
        date="2024-08-22", dateline="КРАЉЕВО - ", city="Kraljevo", country="RS", region="europe", lang="sr", agency="Tanjug",
        pre=[["Вечерње новости", "Политика", "Друштво", "Економија", "Хроника", "Србија", "Спорт"]],
        head=[["Танјуг"], ["22. 08. 2024. у 11:35"]],
        inserts={2: ["Реклама"], 5: ["ПРОЧИТАЈТЕ ЈОШ:", "Цене воћа на пијацама у Чачку"]},
        tail=[["Извор: Танјуг"], ["Подели:", "Facebook", "Viber"], ["Коментари (6)"], ["Пратите нас и путем iOS и Android апликације"],
              ["\u00a9 Компанија Новости"]],
        paras=P("""
На зеленој пијаци у Краљеву паприка се ове недеље продаје по цени од 250 динара за килограм, што је готово дупло више него прошле године у исто време.

Продавци кажу да је летња суша умањила род у околним селима, па је понуда домаћег поврћа знатно мања.

Парадајз се продаје по 150 динара, а кромпир по 80 динара за килограм.

Пољопривредник из Ратине Милан Петровић рекао је да је ове године убрао тек половину уобичајеног рода паприке.

Купци се жале да због високих цена одлажу припрему зимнице или купују мање количине.

Пензионерка Десанка Јовановић каже да је за ајвар раније трошила половину пензије, а сада ни то није довољно.

Градска управа најавила је да ће у септембру размотрити умањење закупа тезги за произвођаче из краљевачких села.

Продавци очекују да ће цене почети да падају када стигне род из касне сетве.

Према подацима тржишног информационог система, цене поврћа на пијацама у централној Србији у просеку су веће за петину него лане.
"""),
        must_have=[
            "Купци се жале да због високих цена одлажу припрему зимнице или купују мање количине.",
            "Градска управа најавила је да ће у септембру размотрити умањење закупа тезги за произвођаче из краљевачких села.",
        ]),
    # Suprabhaatham (Malayalam): staff, district reporter line, Thrissur fish market prices.
    rec(cluster="suprabhaatham-thrissur-fish-price", role="single", file="suprabhaatham_thrissur_fish_ml.txt", render="text",
        title="ട്രോളിങ് നിരോധനം: തൃശൂരിൽ മത്തിക്ക് കിലോയ്ക്ക് 320 രൂപ",
        date="2024-06-19", country="IN", region="asia", lang="ml", authors=["കെ. എം. ഷമീർ"],
        pre=[["സുപ്രഭാതം", "ഹോം", "കേരളം", "ദേശീയം", "ഗൾഫ്", "കായികം", "ഇ-പേപ്പർ"]],
        head=[["കെ. എം. ഷമീർ", "തൃശൂർ"], ["June 19, 2024 | 10:12 am"]],
        inserts={2: ["പരസ്യം"], 5: ["Also Read", "ചാവക്കാട് ഹാർബറിൽ വള്ളങ്ങൾ കരയിൽ"]},
        tail=[["Share", "WhatsApp", "Facebook"], ["സുപ്രഭാതം വാട്സ്ആപ്പ് ചാനലിൽ ചേരൂ"], ["ബന്ധപ്പെട്ട വാർത്തകൾ"],
              ["\u00a9 Suprabhaatham Daily. All rights reserved."]],
        paras=P("""
ട്രോളിങ് നിരോധനം തുടങ്ങിയതോടെ തൃശൂരിലെ മത്സ്യ മാർക്കറ്റുകളിൽ മീൻ വില കുത്തനെ ഉയർന്നു.

ശക്തൻ മാർക്കറ്റിൽ മത്തിക്ക് കിലോയ്ക്ക് 320 രൂപയും അയലയ്ക്ക് 340 രൂപയുമാണ് ഇന്നലത്തെ വില.

രണ്ടാഴ്ച മുമ്പ് മത്തി 180 രൂപയ്ക്കാണ് വിറ്റിരുന്നതെന്ന് കച്ചവടക്കാർ പറയുന്നു.

ഇതര സംസ്ഥാനങ്ങളിൽ നിന്ന് എത്തുന്ന മീനാണ് ഇപ്പോൾ വിപണിയിൽ കൂടുതലും.

ഗുണനിലവാരമില്ലാത്ത മീൻ വിൽക്കുന്നത് തടയാൻ ഭക്ഷ്യ സുരക്ഷാ വകുപ്പ് പരിശോധന ശക്തമാക്കിയിട്ടുണ്ട്.

ചെറുകിട ഹോട്ടലുകൾ മീൻ വിഭവങ്ങളുടെ വില കൂട്ടുകയോ മെനുവിൽ നിന്ന് ഒഴിവാക്കുകയോ ചെയ്തു.

നിരോധനം ജൂലൈ 31 വരെ തുടരും എന്ന് ഫിഷറീസ് വകുപ്പ് അറിയിച്ചു.

വള്ളങ്ങൾ കടലിൽ ഇറങ്ങുന്നതോടെ വില കുറയുമെന്നാണ് പ്രതീക്ഷ.

പരമ്പരാഗത മത്സ്യത്തൊഴിലാളികൾക്ക് ഈ കാലയളവിൽ സൗജന്യ റേഷൻ നൽകുമെന്ന് സർക്കാർ അറിയിച്ചിട്ടുണ്ട്.

എന്നാൽ സഹായം വൈകുന്നതായി തൊഴിലാളി സംഘടനകൾ പരാതിപ്പെടുന്നു.

ചില്ലറ വിൽപ്പനക്കാർ വലിയ നഷ്ടം സഹിച്ചാണ് കച്ചവടം തുടരുന്നത്.

മാർക്കറ്റിലെ ഐസ് പ്ലാന്റുകളിലും ജോലി കുറഞ്ഞതായി തൊഴിലാളികൾ പറഞ്ഞു.

വീട്ടമ്മമാർ ഇപ്പോൾ മീനിന് പകരം മുട്ടയും പയറും കൂടുതലായി വാങ്ങുന്നു.

ഉണക്കമീനിന്റെ വിലയും കഴിഞ്ഞ ആഴ്ചകളിൽ വർധിച്ചു.

കടൽ മത്സ്യത്തിന് പകരം വളർത്തു മത്സ്യങ്ങൾക്ക് ആവശ്യക്കാർ കൂടിയിട്ടുണ്ട് എന്ന് കച്ചവടക്കാർ പറഞ്ഞു.

കരിമീനും തിലാപ്പിയയും ഇപ്പോൾ കൂടുതൽ വിൽക്കപ്പെടുന്നുണ്ട്.

എന്നാൽ അവയുടെ വിലയും കഴിഞ്ഞ രണ്ട് ആഴ്ചകളിൽ കൂടിയിട്ടുണ്ട്.

ഓൺലൈൻ മീൻ വിൽപ്പന പ്ലാറ്റ്ഫോമുകളിലും വില കൂടിയതായി ഉപഭോക്താക്കൾ പറയുന്നു.

ചില വീടുകളിൽ ആഴ്ചയിൽ ഒരിക്കൽ മാത്രമാണ് ഇപ്പോൾ മീൻ വാങ്ങുന്നത് എന്ന് വീട്ടമ്മമാർ പറഞ്ഞു.

ഹോട്ടൽ ഉടമകളുടെ സംഘടന മീൻ വില നിയന്ത്രിക്കാൻ സർക്കാർ ഇടപെടണം എന്ന് ആവശ്യപ്പെട്ടു.

മാർക്കറ്റിലെ വില നിലവാരം എല്ലാ ദിവസവും പ്രദർശിപ്പിക്കണം എന്ന് നഗരസഭ നിർദേശിച്ചിട്ടുണ്ട്.

വില കൂടിയതോടെ ചെറിയ മീനുകൾക്കും ആവശ്യക്കാർ കൂടി.

ഫിഷറീസ് വകുപ്പ് ഉദ്യോഗസ്ഥർ മാർക്കറ്റുകളിൽ പരിശോധന നടത്തുമെന്ന് അറിയിച്ചു.
"""),
        must_have=[
            "ഗുണനിലവാരമില്ലാത്ത മീൻ വിൽക്കുന്നത് തടയാൻ ഭക്ഷ്യ സുരക്ഷാ വകുപ്പ് പരിശോധന ശക്തമാക്കിയിട്ടുണ്ട്.",
            "നിരോധനം ജൂലൈ 31 വരെ തുടരും എന്ന് ഫിഷറീസ് വകുപ്പ് അറിയിച്ചു.",
        ]),
    # Sawaleif (Jordan, Arabic): Petra copy, 'الزرقاء 5 آذار (بترا) -' dateline.
    rec(cluster="sawaleif-petra-zarqa-ramadan-prices", role="single", file="sawaleif_petra_zarqa_asaar_ar.txt", render="text",
        title="الصناعة والتجارة: حملات رقابية على أسواق الزرقاء مع اقتراب رمضان",
        date="2024-03-05", dateline="الزرقاء 5 آذار (بترا) - ", city="Zarqa", country="JO", region="asia", lang="ar", agency="Petra",
        pre=[["سواليف", "الرئيسية", "محليات", "اقتصاد", "عربي ودولي", "رياضة", "مقالات"]],
        head=[["سواليف"], ["الثلاثاء 5 آذار 2024 - 12:40"]],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضاً:", "ارتفاع أسعار الدجاج في السوق المحلي"]},
        tail=[["-- (بترا)"], ["شارك", "فيسبوك", "واتساب"], ["أخبار ذات صلة"], ["تابعوا سواليف على تلغرام"],
              ["جميع الحقوق محفوظة لموقع سواليف \u00a9 2024"]],
        paras=P("""
نفذت مديرية الصناعة والتجارة والتموين في محافظة الزرقاء اليوم الثلاثاء حملات رقابية على الأسواق والمحال التجارية مع اقتراب شهر رمضان المبارك.

وقال مدير المديرية إن الحملات شملت محال بيع الخضار واللحوم والتمور ومحال الحلويات في وسط المدينة والأحياء الشرقية.

وأضاف أن الفرق حررت 37 مخالفة بحق محال لم تلتزم بإعلان الأسعار أو رفعت الأسعار دون مبرر.

وأشار إلى أن الوزارة حددت سقوفاً سعرية لعدد من السلع الأساسية خلال الشهر الفضيل.

ودعا المواطنين إلى الإبلاغ عن أي مخالفة عبر الخط الساخن للوزارة أو تطبيقها على الهواتف الذكية.

وقال تجار في سوق الخضار المركزي إن الطلب ارتفع خلال الأيام الماضية لكن الأسعار بقيت مستقرة بشكل عام.

وبين المدير أن الحملات ستستمر يومياً طوال شهر رمضان وحتى نهاية عطلة العيد.

كما سيتم التنسيق مع البلدية لمتابعة البسطات العشوائية في الأسواق الشعبية.

وأشار تجار إلى أن أسعار التمور والقطايف ارتفعت بشكل طفيف مقارنة بالعام الماضي بسبب ارتفاع كلف النقل.

وقالت مواطنة في السوق إنها تقارن الأسعار بين عدة محال قبل الشراء لتوفير بعض المال.

ولفت المدير إلى أن المديرية خصصت فرقاً إضافية للعمل في ساعات المساء بعد الإفطار.

وتشهد أسواق الزرقاء عادة ازدحاماً كبيراً في الأيام الأخيرة قبل حلول الشهر الفضيل.
"""),
        must_have=[
            "وأشار إلى أن الوزارة حددت سقوفاً سعرية لعدد من السلع الأساسية خلال الشهر الفضيل.",
            "وبين المدير أن الحملات ستستمر يومياً طوال شهر رمضان وحتى نهاية عطلة العيد.",
        ]),
    # NÖN (Lower Austria, German): APA copy, 'Amstetten (APA) -' dateline, 'APA' line, NÖN comment gate.
    rec(cluster="noen-apa-amstetten-einkaufszentrum", role="single", file="noen_apa_amstetten_einkaufszentrum_de.txt", render="text",
        title="Einkaufszentrum in Amstetten: Jedes vierte Geschäft steht leer",
        date="2025-02-18", dateline="Amstetten (APA) - ", city="Amstetten", country="AT", region="europe", lang="de", agency="APA",
        pre=[["NÖN.at", "Niederösterreich", "Regionen", "Amstetten", "Sport", "Wirtschaft", "Meinung"]],
        head=[["APA Red"], ["18. Februar 2025, 14:07"]],
        inserts={2: ["Werbung"], 5: ["Mehr zum Thema", "Neue Wochenmarkt-Regeln in Waidhofen an der Ybbs"]},
        tail=[["(APA)"], ["Artikel teilen"], ["Jetzt NÖN.at-Abo abschließen"], ["Um diesen Artikel zu kommentieren, melden Sie sich bitte an."],
              ["\u00a9 NÖN.at - Niederösterreichische Nachrichten"], ["Impressum"]],
        paras=P("""
Im größten Einkaufszentrum des Bezirks Amstetten steht inzwischen jedes vierte Geschäftslokal leer.

Der Betreiber bestätigte am Dienstag, dass seit Herbst sieben Mieter ausgezogen sind, darunter ein Modegeschäft und ein Elektrohändler.

Als Gründe nannte ein Sprecher gestiegene Energiekosten, höhere Mieten durch die Indexanpassung und die Konkurrenz durch den Onlinehandel.

Die Wirtschaftskammer Amstetten fordert eine Deckelung der Indexmieten für kleine Händler.

Eine Juwelierin, die seit zwölf Jahren im Zentrum verkauft, sagte, ihre Miete sei in zwei Jahren um fast ein Fünftel gestiegen.

Der Betreiber will nun Flächen für Arztpraxen und ein Fitnessstudio umbauen, um mehr Besucher anzuziehen.

Die Stadtgemeinde sieht darin eine Chance, auch die Innenstadt zu stärken.

Ein Konzept für das Zentrum soll bis zum Sommer vorliegen.

Laut Handelsverband kämpfen Einkaufszentren in kleineren Bezirksstädten seit Jahren mit sinkenden Besucherzahlen.

Vor allem an Wochentagen seien die Gänge oft fast leer, sagte eine Verkäuferin eines Schuhgeschäfts.

Die verbliebenen Händler hoffen, dass neue Angebote wie Arztpraxen auch mehr Kundschaft in die Geschäfte bringen.

Der Betreiber kündigte zudem an, die Parkgebühren in der Tiefgarage für die ersten zwei Stunden abzuschaffen.
"""),
        must_have=[
            "Die Wirtschaftskammer Amstetten fordert eine Deckelung der Indexmieten für kleine Händler.",
            "Der Betreiber will nun Flächen für Arztpraxen und ein Fitnessstudio umbauen, um mehr Besucher anzuziehen.",
        ]),
    # TV6 (Trinidad and Tobago): staff, no byline, 'Posted' date line, Port of Spain Central Market prices.
    rec(cluster="tv6-central-market-prices", role="single", file="tv6_central_market_prices.txt", render="text",
        title="Vendors say shoppers buying less as Central Market prices climb",
        date="2023-11-28", country="TT", region="americas", lang="en",
        pre=[["TV6 News", "Home", "Local", "Regional", "Business", "Sport", "Watch Live"]],
        head=[["Posted: Nov 28, 2023 6:12 PM"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["RELATED: Cost of Christmas ham up again, say importers"]},
        tail=[["Copyright 2023 CCN TV6. All rights reserved."], ["Share", "Facebook", "X", "Email"],
              ["Most Popular"], ["Download the TV6 app"], ["Report a typo"], ["Tell us your story"]],
        paras=P("""
Vendors at the Central Market in Port of Spain say customers are buying smaller quantities of vegetables as prices rise ahead of the Christmas season.

A bundle of chive was selling for $10 on Tuesday, while pimento peppers were going for $25 a pound.

Vendor Ramesh Dookhan said heavy rain in central Trinidad had damaged crops in Caroni and Felicity.

He said many regular customers now buy for two or three days at a time instead of for the whole week.

A shopper, Charmaine Joseph, said she had stopped buying tomatoes and was using more local provision instead.

The National Agricultural Marketing and Development Corporation said supplies should improve in about three weeks.

Market officials said stall fees would not change in the new year.

Vendors are asking the Ministry of Agriculture for help to repair drains around farms that flood every rainy season.

Some vendors said they had started selling in smaller bundles to keep prices within reach of their customers.
"""),
        must_have=[
            "He said many regular customers now buy for two or three days at a time instead of for the whole week.",
            "Market officials said stall fees would not change in the new year.",
        ]),
    # Repretel (Costa Rica, Spanish): staff, 'Redacción' desk line, Pérez Zeledón feria del agricultor.
    rec(cluster="repretel-perez-zeledon-feria", role="single", file="repretel_perez_zeledon_feria_es.txt", render="text",
        title="Feria del agricultor de Pérez Zeledón estrena horario nocturno los viernes",
        date="2025-04-11", country="CR", region="americas", lang="es",
        pre=[["Repretel", "Noticias", "Nacionales", "Sucesos", "Deportes", "Entretenimiento", "En vivo"]],
        head=[["Redacción Noticias Repretel"], ["11 de abril de 2025, 7:30 p. m."]],
        inserts={2: ["Publicidad"], 5: ["Le puede interesar:", "Precio del tomate baja en ferias de la zona sur"]},
        tail=[["Comparta esta noticia", "Facebook", "WhatsApp"], ["Noticias relacionadas"], ["Lo más visto"],
              ["Síganos en nuestro canal de WhatsApp"], ["\u00a9 2025 Representaciones Televisivas Repretel S.A."]],
        paras=P("""
La feria del agricultor de San Isidro de El General, en Pérez Zeledón, abrirá los viernes en horario nocturno a partir de la próxima semana.

El comité de la feria explicó que la medida busca atraer a personas que trabajan durante el día y no pueden comprar el sábado temprano.

Los puestos funcionarán de 4 p. m. a 9 p. m. en el campo ferial, con iluminación nueva instalada por la municipalidad.

Unos 90 productores de la zona venderán frutas, verduras, quesos, huevos y pan casero.

Don Álvaro Mora, productor de chiles y culantro, dijo que espera vender más y perder menos producto por maduración.

La municipalidad reforzará el transporte público en las rutas hacia el centro los viernes por la noche.

El comité también pidió a los vendedores mostrar los precios en rótulos visibles para todos los clientes.

El plan piloto durará tres meses y luego será evaluado.

Si funciona, la feria podría mantener el horario durante todo el año.
"""),
        must_have=[
            "Los puestos funcionarán de 4 p. m. a 9 p. m. en el campo ferial, con iluminación nueva instalada por la municipalidad.",
            "El comité también pidió a los vendedores mostrar los precios en rótulos visibles para todos los clientes.",
        ]),
    # Tanzania Daima (Swahili): staff, 'NA MWANDISHI WETU' desk line, Tanga fuel price caps.
    rec(cluster="tanzaniadaima-tanga-bei-mafuta", role="single", file="tanzaniadaima_tanga_bei_mafuta_sw.txt", render="text",
        title="Wafanyabiashara wa Tanga walalamikia kupanda kwa bei ya mafuta",
        date="2024-09-04", country="TZ", region="africa", lang="sw",
        pre=[["Tanzania Daima", "Habari", "Kitaifa", "Biashara", "Siasa", "Michezo", "Makala"]],
        head=[["NA MWANDISHI WETU, TANGA"], ["Septemba 4, 2024"]],
        inserts={2: ["Tangazo"], 5: ["SOMA ZAIDI:", "Bei ya sukari yashuka sokoni Mgandini"]},
        tail=[["Shiriki habari hii", "Facebook", "WhatsApp"], ["Habari Zinazohusiana"], ["Acha maoni yako"],
              ["Jiunge na chaneli yetu ya WhatsApp"], ["\u00a9 2024 Tanzania Daima. Haki zote zimehifadhiwa."]],
        paras=P("""
Wafanyabiashara wadogo katika Soko la Mgandini jijini Tanga wamelalamikia kupanda kwa bei ya mafuta ya petroli na dizeli kulikotangazwa na mamlaka ya udhibiti wiki hii.

Bei mpya zilizoanza kutumika Jumatano zinaonyesha lita moja ya petroli sasa inauzwa kwa zaidi ya shilingi 3,200 katika mkoa wa Tanga.

Mfanyabiashara wa matunda, Mwanaisha Salim, alisema gharama za usafiri kutoka Muheza na Lushoto zimeongezeka.

Alisema wasafirishaji wa mizigo tayari wamepandisha nauli kwa kila tenga la machungwa.

Madereva wa bodaboda nao wamesema huenda wakapandisha nauli ili kufidia gharama.

Ofisa biashara wa jiji alisema halmashauri itakutana na wafanyabiashara kujadili ushuru wa soko.

Wachumi wanasema kupanda kwa bei ya mafuta kunaweza kuongeza bei za vyakula katika wiki zijazo.

Wananchi wameshauriwa kununua bidhaa kwa pamoja ili kupunguza gharama za usafiri.

Baadhi ya wafanyabiashara wa samaki katika soko hilo walisema tayari wameanza kupunguza kiasi cha mzigo wanaonunua kutoka Pangani.

Mama lishe wanaouza chakula karibu na soko nao walisema huenda wakapandisha bei ya sahani moja ya wali na maharage.

Mamlaka ya udhibiti ilisema bei hizo zimepanda kutokana na kuongezeka kwa gharama za kuagiza mafuta kutoka nje ya nchi.

Wafanyabiashara wameiomba serikali kupunguza baadhi ya tozo kwenye mafuta ili kuwapunguzia mzigo wananchi.
"""),
        must_have=[
            "Alisema wasafirishaji wa mizigo tayari wamepandisha nauli kwa kila tenga la machungwa.",
            "Ofisa biashara wa jiji alisema halmashauri itakutana na wafanyabiashara kujadili ushuru wa soko.",
        ]),
    # St Lucia Star (Saint Lucia): staff, 'By X and Y' byline, Castries market vendors and the new bus terminal.
    rec(cluster="stluciastar-castries-vendors", role="single", file="stluciastar_castries_vendors.txt", render="text",
        title="Castries vendors fear loss of trade as market arcade closes for repairs",
        date="2025-07-03", country="LC", region="americas", lang="en", authors=["Kendra Joseph", "Marlon Eugene"],
        pre=[["St Lucia STAR", "News", "Local", "Caribbean", "Business", "Sports", "Letters"]],
        head=[["By Kendra Joseph and Marlon Eugene"], ["July 3, 2025"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["ALSO READ: Bananas, breadfruit fetch higher prices at Vieux Fort market"]},
        tail=[["Share this:", "Facebook", "WhatsApp"], ["Like this:", "Loading..."], ["Related"],
              ["Leave a Reply Cancel reply"], ["\u00a9 2025 St Lucia STAR. All rights reserved."]],
        paras=P("""
Vendors in the Castries market arcade say they have not been told where they will sell while the building is repaired over the next four months.

The Castries Constituencies Council announced last week that the arcade would close on July 14 so that the roof and electrical wiring could be replaced.

Vendor Agatha Charlemagne, who sells spices and local honey, said tourists from the cruise ships are a large part of her income.

She said moving to the back of the market would mean cruise passengers simply walk past.

Council officials said temporary booths would be set up along Jeremie Street and rent would be waived during the works.

The vendors' association said it welcomed the rent waiver but wanted the booths to have shade and running water.

The repairs are funded by a grant of EC$1.2 million.

The council said work would be finished before the start of the cruise season in November.
"""),
        must_have=[
            "She said moving to the back of the market would mean cruise passengers simply walk past.",
            "The repairs are funded by a grant of EC$1.2 million.",
        ]),
    # Wigan Today (National World, England): PA copy, 'By X, PA' byline, PA footer; no dateline.
    rec(cluster="wigantoday-pa-shop-price-inflation", role="single", file="wigantoday_pa_shop_price_inflation.txt", render="text",
        title="Shop price inflation rises for third month as food costs climb",
        date="2025-07-29", country="GB", region="europe", lang="en", agency="PA", authors=["Owen Hartley"],
        pre=[["Wigan Today", "News", "Sport", "What's On", "Business", "Lifestyle", "Jobs"]],
        head=[["By Owen Hartley, PA Deputy Business Editor"], ["Published 29th Jul 2025, 00:01 BST"]],
        inserts={2: ["Advertisement", "Hide Ad"], 5: ["Read more"]},
        tail=[["Comment Guidelines"], ["National World encourages reader discussion on our stories."],
              ["Hide Ad"], ["Sign up to our daily newsletter"], ["Your Privacy Choices"], ["\u00a9 National World Publishing Ltd. All rights reserved."]],
        paras=P("""
Shop price inflation rose for the third month in a row in July as the cost of meat, butter and chocolate kept climbing, according to retail industry figures.

Prices in shops were 1.1% higher than a year earlier, up from 0.8% in June, the British Retail Consortium said.

Food inflation rose to 3.9%, driven by fresh foods such as beef and dairy, while prices of non-food goods fell slightly.

The consortium said retailers were facing higher wage and packaging costs introduced in April.

A spokeswoman said many shops had been trying to absorb costs but could no longer do so.

Analysts said discounts on clothing and furniture helped to keep the overall rate low.

Consumer groups warned that families on low incomes would feel the rise in food prices most.

The Bank of England will publish its next interest rate decision later this week.

The consortium said it expected food inflation to keep rising into the autumn.
"""),
        must_have=[
            "The consortium said retailers were facing higher wage and packaging costs introduced in April.",
            "Consumer groups warned that families on low incomes would feel the rise in food prices most.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_NC = site("Nový Čas", "https://www.cas.example.sk", " | Nový Čas", "sk_SK", "@novycas",
               ["Správy", "Domáce", "Zahraničné", "Krimi", "Šport", "Bývanie"],
               ["\u00a9 Copyright 2024 News and Media Holding a.s.", "Kontakt", "Ochrana súkromia"],
               share=["Zdieľať", "Facebook", "Kopírovať odkaz"],
               cookie="Na zlepšenie našich služieb používame súbory cookies.", buttons=["Súhlasím", "Nastavenia"])
SITE_NH = site("Nhyira FM", "https://www.nhyira.example.com", " - Nhyira FM", "en_GH", "@nhyirafm",
               ["Home", "News", "Politics", "Business", "Sports", "Listen Live"],
               ["\u00a9 2023 Nhyira FM 104.5. All rights reserved.", "About Us", "Contact"],
               share=["Share", "Facebook", "WhatsApp"])
SITE_PR = site("프레시안", "https://www.pressian.example.com", " - 프레시안", "ko_KR", "@pressian",
               ["정치", "경제", "사회", "전국", "국제", "오피니언"],
               ["Copyright \u00a9 프레시안. All rights reserved.", "회사소개", "개인정보처리방침"],
               share=["페이스북", "트위터", "URL복사"], top=["후원하기", "로그인"])
SITE_SW = site("Sunday World", "https://sundayworld.example.co.za", " - Sunday World", "en_ZA", "@SundayWorldZA",
               ["News", "Celebs", "Sport", "Lifestyle", "Opinion", "Business"],
               ["\u00a9 2024 Sunday World. All rights reserved.", "Advertise", "Contact Us"],
               share=["Share", "Facebook", "X"])
SITE_RTS = site("RTS Info", "https://www.rts.example.ch", " - rts.ch - Régional", "fr_CH", "@RTSinfo",
                ["Info", "Suisse", "Régional", "Économie", "Monde", "Sport"],
                ["\u00a9 RTS Radio Télévision Suisse 2024", "Conditions d'utilisation", "Protection des données"],
                share=["Partager", "Facebook"],
                cookie="Nous utilisons des cookies pour améliorer votre expérience.", buttons=["Accepter", "Refuser"])
SITE_RZ = site("Radio Zachód", "https://www.zachod.example.pl", " - Radio Zachód", "pl_PL", "@RadioZachod",
               ["Wiadomości", "Gorzów", "Zielona Góra", "Region", "Sport", "Podcasty"],
               ["\u00a9 Radio Zachód S.A.", "Kontakt", "Polityka prywatności"],
               share=["Udostępnij", "Facebook", "X"])
SITE_PS = site("Philstar.com", "https://www.philstar.example.com", " | Philstar.com", "en_PH", "@PhilippineStar",
               ["Headlines", "Opinion", "Nation", "Business", "Sports", "Entertainment"],
               ["Copyright \u00a9 2024 Philstar Global Corp. All rights reserved.", "About Us", "Privacy Policy"],
               share=["Share", "Facebook", "Viber"])
SITE_PBP = site("The Palm Beach Post", "https://www.palmbeachpost.example.com", " | The Palm Beach Post", "en_US", "@pbpost",
                ["Home", "Local", "Sports", "Business", "Opinion", "Obituaries", "eNewspaper"],
                ["\u00a9 2025 www.palmbeachpost.com. All rights reserved.", "Terms of Service", "Your Privacy Choices"],
                share=["Facebook", "Email", "X"])
SITE_TS = site("The Star", "https://www.the-star.example.co.ke", " | The Star", "en_KE", "@TheStarKenya",
               ["News", "Counties", "Business", "Sports", "Sasa", "Opinion"],
               ["\u00a9 The Star Kenya 2024. All rights reserved.", "About", "Advertise"],
               share=["Share", "WhatsApp", "X"])

HTML_STORIES = [
    # Nový Čas (Slovakia, Slovak): original of the TASR cluster; 'Žilina 14. októbra (TASR) -' dateline, TASR byline, consent wall.
    dict(TASR, role="original", file="novycas_tasr_zilina_trhovisko_sk.html", render="html",
         site=SITE_NC, section="Domáce", meta_section="Domáce",
         url="https://www.cas.example.sk/clanok/1184520/predajcovia-na-zilinskom-trhovisku-protestuju/",
         published="2024-10-14T13:25:00+02:00",
         ld_author=[{"@type": "Organization", "name": "TASR"}],
         byline_lines=["TASR"], date_lines=["14. októbra 2024 13:25"],
         caption="Predajcovia na trhovisku v Žiline.", credit="TASR/Martin Hollý", credit_shown="Foto: TASR/Martin Hollý",
         inserts={2: [("ad", "Reklama")], 5: [("link", "Čítajte aj:", "Ceny masla na Slovensku opäť stúpli")]},
         end_lines=["(mho)"],
         lists=[("Najčítanejšie", ["V Martine otvorili nový farmársky trh", "Ceny nájmov v Bratislave klesli"])]),
    # Nhyira FM (Kumasi broadcaster's site): original of the GNA cluster; 'Takoradi, Sept. 05, GNA -' dateline, GNA sign-off 'GNA'.
    dict(GNA, role="original", file="nhyirafm_gna_takoradi_market.html", render="html",
         site=SITE_NH, section="News", meta_section="News",
         url="https://www.nhyira.example.com/news/market-circle-traders-resist-relocation/",
         published="2023-09-05T14:10:00+00:00",
         byline_lines=["By Kwesi Amoako-Mensah, GNA"], date_lines=["September 5, 2023"],
         caption="Traders at the Takoradi Market Circle.", credit="GNA", credit_shown="Photo: GNA",
         inserts={2: [("ad", "Advertisement")], 5: [("link", "Also Read:", "Kejetia traders count cost of fire")]},
         end_lines=["GNA"],
         lists=[("Trending", ["Cedi stabilises against dollar, traders say", "Tomato prices fall at Kumasi Central Market"])]),
    # Pressian (South Korea, Korean): staff, '[전국] 이름 기자(=광주)' regional byline, Gwangju traditional market.
    rec(cluster="pressian-gwangju-daein-market", role="single", file="pressian_gwangju_daein_market_ko.html", render="html",
        site=SITE_PR, title="광주 대인시장 상인들 \"온누리상품권 환급 행사에 손님 늘었다\"",
        date="2024-09-10", country="KR", region="asia", lang="ko", authors=["박서윤"],
        section="전국", meta_section="전국",
        url="https://www.pressian.example.com/pages/articles/2024091016443811265",
        description="추석을 앞두고 전통시장 환급 행사가 열리면서 매출이 늘었다.",
        published="2024-09-10T16:44:00+09:00",
        byline_lines=["박서윤 기자(=광주)(psy@example.com)"], date_lines=["2024.09.10. 16:44:38"],
        caption="10일 광주 동구 대인시장에서 시민들이 장을 보고 있다.", credit="광주 동구", credit_shown="ⓒ광주 동구",
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "추석 차례상 비용 전통시장이 대형마트보다 저렴")]},
        end_lines=["프레시안에 후원해주세요. 더 나은 기사로 보답하겠습니다."],
        lists=[("많이 본 기사", ["전남 배추값 한 포기 1만원 육박", "광주 상가 공실률 상승"])],
        paras=P("""
추석을 앞두고 광주 대인시장에서 온누리상품권 환급 행사가 열리면서 손님이 눈에 띄게 늘었다.

광주 동구는 10일부터 14일까지 대인시장에서 국산 농축수산물을 3만원 이상 산 시민에게 구매액의 30%를 온누리상품권으로 돌려준다고 밝혔다.

시장 상인회에 따르면 행사 첫날 오전에만 평소 주말보다 많은 손님이 몰렸다.

채소 가게를 운영하는 김모씨는 배추와 무 값이 많이 올라 손님들이 망설였는데 환급 행사 덕분에 장바구니가 커졌다고 말했다.

다만 일부 상인들은 환급 부스 앞 대기 줄이 길어 불편하다는 손님이 많다고 전했다.

동구는 환급 부스를 한 곳 더 늘리고 운영 시간도 오후 7시까지 연장하기로 했다.

대인시장은 1959년 문을 연 광주의 대표 전통시장으로 점포 300여 곳이 영업 중이다.

상인들은 행사가 명절 이후에도 정기적으로 열리기를 바란다고 말했다.

시장 안 식당과 떡집도 손님이 늘어 모처럼 활기를 띠었다.

한 떡집 주인은 추석 대목을 앞두고 송편 주문이 지난해보다 늘었다고 말했다.

다만 배추와 사과 등 일부 품목은 폭염 탓에 값이 크게 올라 손님들이 구매를 망설이는 모습도 보였다.

광주시는 추석 연휴 동안 전통시장 주변 도로의 주차를 한시적으로 허용하기로 했다.

시는 또 성수품 가격 안정을 위해 농협과 함께 배추와 무를 시중보다 싸게 공급할 계획이다.

상인회는 환급 행사 기간 동안 시장 입구에 안내 요원을 배치해 손님들의 불편을 줄이겠다고 밝혔다.

동구 관계자는 행사 결과를 분석해 설 명절에도 비슷한 행사를 여는 방안을 검토하겠다고 말했다.
"""),
        must_have=[
            "다만 일부 상인들은 환급 부스 앞 대기 줄이 길어 불편하다는 손님이 많다고 전했다.",
            "동구는 환급 부스를 한 곳 더 늘리고 운영 시간도 오후 7시까지 연장하기로 했다.",
        ]),
    # Sunday World (South Africa): staff, byline, Mahikeng spaza shop inspections.
    rec(cluster="sundayworld-mahikeng-spaza", role="single", file="sundayworld_mahikeng_spaza_shops.html", render="html",
        site=SITE_SW, title="Spaza owners in Mahikeng queue for registration before deadline",
        date="2024-11-24", country="ZA", region="africa", lang="en", authors=["Lerato Mokoena"],
        section="News", meta_section="News",
        url="https://sundayworld.example.co.za/news/spaza-owners-in-mahikeng-queue-for-registration-before-deadline/",
        description="Municipal officials say hundreds of shops have not yet applied.",
        published="2024-11-24T09:30:00+02:00",
        byline_lines=["By Lerato Mokoena"], date_lines=["November 24, 2024"],
        caption="Shop owners wait outside the municipal offices in Mahikeng.", credit="Supplied", credit_shown="Image: Supplied",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Food safety inspectors close 40 shops in Tembisa")]},
        author_box=["Lerato Mokoena is a Sunday World journalist based in North West."],
        lists=[("Latest News", ["Taxi fares rise in Rustenburg", "Food prices ease slightly, says Stats SA"])],
        paras=P("""
Hundreds of spaza shop owners queued outside municipal offices in Mahikeng this week to register their businesses before the government's deadline.

The registration drive follows a series of food poisoning cases linked to products sold in small shops across the country.

Officials of the Mahikeng Local Municipality said about 600 applications had been received, but many shops had not yet applied.

Owners must show proof of a business licence, a certificate of acceptability for food premises and a lease or ownership document.

Shop owner Thabo Seleke said he had been waiting since 5am and feared he would lose a day of sales.

Some foreign nationals who run shops said they struggled to get documents from landlords in the villages.

The municipality said environmental health officers would inspect each shop before a certificate is issued.

Residents said they supported the inspections but worried that closures would leave villages without nearby shops.
"""),
        must_have=[
            "Owners must show proof of a business licence, a certificate of acceptability for food premises and a lease or ownership document.",
            "The municipality said environmental health officers would inspect each shop before a certificate is issued.",
        ]),
    # RTS Info (Switzerland, French): staff, 'Sujet radio: X' + 'Adaptation web: Y' credit lines; both are writers.
    rec(cluster="rts-geneve-frontaliers-achats", role="single", file="rts_geneve_achats_france_fr.html", render="html",
        site=SITE_RTS, title="Les commerçants genevois inquiets face aux achats des frontaliers en France",
        date="2024-04-16", country="CH", region="europe", lang="fr", authors=["Pascal Wicht", "Léa Bonvin"],
        section="Régional", meta_section="Régional",
        url="https://www.rts.example.ch/info/regions/geneve/2024/article/les-commercants-genevois-inquiets-28476512.html",
        description="Le tourisme d'achat vers la France voisine pèse sur le commerce de détail.",
        published="2024-04-16T12:02:00+02:00", modified="2024-04-16T15:40:00+02:00",
        byline_lines=["Sujet radio: Pascal Wicht", "Adaptation web: Léa Bonvin"],
        date_lines=["Publié à 12:02", "Modifié à 15:40"],
        caption="Des clients dans un supermarché d'Annemasse.", credit="Keystone", credit_shown="Keystone",
        inserts={2: [("ad", "Publicité")], 5: [("link", "A lire aussi:", "Les loyers des arcades commerciales baissent au centre-ville")]},
        lists=[("Les plus lus", ["Le prix de l'essence recule à Genève"])],
        paras=P("""
Les commerçants genevois s'inquiètent de voir de plus en plus de clients faire leurs courses en France voisine, où les prix restent nettement plus bas.

Selon une enquête de l'association du commerce genevois, près d'un ménage sur deux achète régulièrement de la viande et des produits laitiers de l'autre côté de la frontière.

Le franc fort rend ces achats encore plus avantageux pour les consommateurs suisses.

Un boucher du quartier des Eaux-Vives affirme avoir perdu un quart de sa clientèle en deux ans.

Les commerçants demandent que la franchise douanière pour les achats à l'étranger soit abaissée de 300 à 50 francs par personne et par jour.

Le Conseil fédéral a déjà annoncé une baisse de cette franchise à 150 francs à partir de l'année prochaine.

Les associations de consommateurs jugent pour leur part que les prix suisses restent trop élevés.

Une table ronde entre commerçants et autorités cantonales est prévue en mai.
"""),
        must_have=[
            "Le franc fort rend ces achats encore plus avantageux pour les consommateurs suisses.",
            "Le Conseil fédéral a déjà annoncé une baisse de cette franchise à 150 francs à partir de l'année prochaine.",
        ]),
    # Radio Zachód (Poland, Polish): PAP copy, no dateline, 'Źródło: PAP' line and PAP sign-off with author initials.
    rec(cluster="radiozachod-pap-gorzow-targowisko", role="single", file="radiozachod_pap_gorzow_targowisko_pl.html", render="html",
        site=SITE_RZ, title="Gorzów: kupcy z targowiska przy Targowej nie chcą przeprowadzki",
        date="2025-03-19", country="PL", region="europe", lang="pl", agency="PAP", authors=["Marta Sobczyk"],
        section="Gorzów", meta_section="Gorzów",
        url="https://www.zachod.example.pl/wiadomosci/gorzow/kupcy-z-targowiska-nie-chca-przeprowadzki/2025-03-19/",
        description="Miasto chce przenieść handel na nowy plac z zadaszonymi stoiskami.",
        published="2025-03-19T10:55:00+01:00",
        byline_lines=["Źródło: PAP"], date_lines=["19.03.2025 10:55"],
        caption="Targowisko przy ul. Targowej w Gorzowie Wielkopolskim.", credit="PAP/Lech Muszyński", credit_shown="Fot. PAP/Lech Muszyński",
        inserts={2: [("ad", "Reklama")], 5: [("link", "Czytaj także:", "Ceny jaj w regionie najwyższe od lat")]},
        end_lines=["autor: Marta Sobczyk (PAP)", "mas/ mhr/"],
        lists=[("Najnowsze", ["Nowe stawki opłaty targowej w Zielonej Górze", "Drożeje chleb w piekarniach regionu"])],
        paras=P("""
Kupcy z targowiska przy ul. Targowej w Gorzowie Wielkopolskim protestują przeciwko planom przeniesienia handlu na nowy plac przy ul. Myśliborskiej.

Miasto chce w miejscu obecnego targowiska zbudować parking i park, a dla handlujących przygotować zadaszone stoiska w nowej lokalizacji.

Według kupców nowy plac jest zbyt daleko od centrum i przystanków tramwajowych.

Sprzedawczyni warzyw Halina Wójcik powiedziała, że jej klienci to głównie starsze osoby, które przychodzą pieszo.

Urząd miasta zapewnia, że opłaty za stoiska przez pierwszy rok pozostaną na obecnym poziomie.

Na nowym targowisku ma być także chłodnia i toalety, których brakuje na obecnym placu.

Kupcy zebrali ponad 2 tys. podpisów pod petycją do prezydenta miasta.

Decyzja w sprawie przeprowadzki ma zapaść do końca kwietnia.

Targowisko przy ul. Targowej działa od lat 90. i handluje na nim ok. 150 kupców, głównie rolników z okolicznych gmin.

W soboty na plac przyjeżdżają też sprzedawcy kwiatów, miodu i wyrobów mięsnych z całego województwa lubuskiego.

Radni opozycji zaproponowali, by miasto zamiast przeprowadzki wyremontowało obecny plac i zbudowało na nim zadaszenie.

Zdaniem urzędników remont obecnego targowiska byłby jednak droższy niż budowa nowego.
"""),
        must_have=[
            "Urząd miasta zapewnia, że opłaty za stoiska przez pierwszy rok pozostaną na obecnym poziomie.",
            "Na nowym targowisku ma być także chłodnia i toalety, których brakuje na obecnym placu.",
        ]),
    # The Philippine Star (gzipped page): staff, 'By X' + '(The Philippine Star)' lines, Divisoria price freeze.
    rec(cluster="philstar-divisoria-rice-price", role="single", file="philstar_divisoria_rice_prices.html.gz", render="html",
        site=SITE_PS, title="Rice retailers in Divisoria struggle with price cap",
        date="2023-09-08", country="PH", region="asia", lang="en", authors=["Ramon Villareal"],
        section="Nation", meta_section="Nation",
        url="https://www.philstar.example.com/nation/2023/09/08/2294512/rice-retailers-divisoria-struggle-price-cap",
        description="Small sellers say they buy from wholesalers above the ceiling price.",
        published="2023-09-08T00:00:00+08:00",
        byline_lines=["Ramon Villareal - The Philippine Star"], date_lines=["September 8, 2023 | 12:00am"],
        caption="A vendor measures rice at a market stall in Divisoria, Manila.", credit="STAR/Edd Gumban",
        inserts={2: [("ad", "ADVERTISEMENT")], 5: [("link", "RELATED:", "DTI monitors prices in public markets")]},
        end_lines=["Philstar.com is one of the most visited news sites in the Philippines."],
        lists=[("Latest", ["Sugar prices steady, SRA says", "Onion supply improves in Metro Manila"])],
        paras=P("""
Rice retailers in Divisoria say they are losing money under the government's price cap because wholesalers still charge them more than the ceiling.

The cap sets a maximum retail price of P41 per kilo for regular milled rice and P45 for well-milled rice.

Retailer Josefina Cruz said she was buying well-milled rice at P46 a kilo from her supplier in Bulacan.

She said she had reduced her stock to a few sacks a day to limit her losses.

Officials of the Department of Trade and Industry inspected stalls on Thursday and reminded sellers to post the capped prices.

The Department of Agriculture said qualified small retailers could apply for a cash grant of P15,000.

Some vendors said they had not been told how to apply and feared they would be left out.

Consumer groups said the cap would only help shoppers if the government also acted on prices at the wholesale level.
"""),
        must_have=[
            "She said she had reduced her stock to a few sacks a day to limit her losses.",
            "Some vendors said they had not been told how to apply and feared they would be left out.",
        ]),
    # The Palm Beach Post (US, USA TODAY Network): staff, byline with role line, flea market closing; 'Updated' is not the date.
    rec(cluster="palmbeachpost-lake-worth-flea-market", role="single", file="palmbeachpost_flea_market_closing.html", render="html",
        site=SITE_PBP, title="Vendors scramble as longtime flea market near Lake Worth Beach prepares to close",
        date="2025-01-14", country="US", region="americas", lang="en", authors=["Danielle Ortega"],
        section="Local", meta_section="Local",
        url="https://www.palmbeachpost.example.com/story/news/local/2025/01/14/flea-market-lake-worth-beach-closing-vendors/77654321007/",
        description="The land has been sold to a developer who plans apartments.",
        published="2025-01-14T05:00:00-05:00", modified="2025-01-14T11:22:00-05:00",
        byline_lines=["Danielle Ortega", "Palm Beach Post"],
        date_lines=["Published 5:00 a.m. ET Jan. 14, 2025", "Updated 11:22 a.m. ET Jan. 14, 2025"],
        caption="Shoppers walk past stalls at the flea market on Sunday.", credit="Greg Lovett/The Palm Beach Post",
        credit_shown="Greg Lovett/The Palm Beach Post",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "More:", "Grocery prices in Palm Beach County up again, survey finds")]},
        author_box=["Danielle Ortega covers business and growth for The Palm Beach Post. Reach her at dortega@example.com."],
        lists=[("Most popular", ["Brightline adds weekend trains", "Lantana council approves new marina plan"])],
        paras=P("""
More than 300 vendors at a flea market west of Lake Worth Beach have until the end of March to find a new place to sell after the land was sold to a developer.

The open-air market has operated on weekends for almost four decades and draws thousands of shoppers looking for produce, clothing, tools and used goods.

The new owner plans to build apartments and shops on the site, according to records filed with the county.

Vendor Luis Caballero, who sells fruit and vegetables, said his stall was the family's main source of income.

Many vendors pay about $60 a weekend for a space, far less than the rent for a storefront.

Some are looking at other markets in Broward County, but say those already have waiting lists.

A county commissioner said she would ask staff to look at public land that could host a weekend market.

Shoppers said the market was one of the few places left where they could buy cheap produce in bulk.
"""),
        must_have=[
            "The new owner plans to build apartments and shops on the site, according to records filed with the county.",
            "Many vendors pay about $60 a weekend for a space, far less than the rent for a storefront.",
        ]),
    # The Star (Kenya): staff, county correspondent byline, Kakamega market fees.
    rec(cluster="thestar-kakamega-market-fees", role="single", file="thestar_kakamega_market_fees.html", render="html",
        site=SITE_TS, title="Kakamega traders protest new daily market fees",
        date="2024-07-16", country="KE", region="africa", lang="en", authors=["Brian Wafula"],
        section="Counties", meta_section="Counties",
        url="https://www.the-star.example.co.ke/counties/western/2024-07-16-kakamega-traders-protest-new-daily-market-fees",
        description="The county has doubled the charge for vegetable sellers.",
        published="2024-07-16T16:00:00+03:00",
        byline_lines=["BRIAN WAFULA", "Western Region Correspondent"], date_lines=["16 July 2024 - 16:00"],
        caption="Traders at the Kakamega municipal market on Tuesday.", credit="BRIAN WAFULA", credit_shown="Image: BRIAN WAFULA",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Also Read:", "Maize flour prices drop in Western")]},
        lists=[("Latest", ["Bungoma sugar cane farmers paid arrears", "Fuel prices unchanged in latest EPRA review"])],
        paras=P("""
Traders at the Kakamega municipal market on Tuesday closed their stalls for several hours to protest new daily fees charged by the county government.

Under the Finance Act passed last month, vegetable sellers now pay Sh50 a day instead of Sh20, while clothes sellers pay Sh100.

The traders' chairperson, Mary Anyango, said the county did not consult them before raising the fees.

She said the market had no clean toilets and the roof leaked whenever it rained.

County trade officials said the money would be used to improve the market and hire more cleaners.

Police were called when some traders blocked the main road outside the market.

The county assembly's trade committee said it would meet traders next week to discuss their complaints.

Traders said they would not pay the new fees until the meeting is held.

Similar protests have been held in Mumias and Butere since the new fees took effect at the start of the month.
"""),
        must_have=[
            "She said the market had no clean toilets and the roof leaked whenever it rained.",
            "The county assembly's trade committee said it would meet traders next week to discuss their complaints.",
        ]),
]


# ---- news-please and trafilatura JSON ----------------------------------------------

JSON_STORIES = [
    # news-please, Ratopati (Nepal, Nepali): staff, Bikram Sambat date with Devanagari digits, Kalimati vegetable prices.
    rec(cluster="ratopati-kalimati-tarkari", role="single", file="newsplease_ratopati_kalimati_ne.json",
        render="newsplease", title="कालीमाटीमा गोलभेडाको मूल्य एकै हप्तामा दोब्बर",
        date="2024-07-22", country="NP", region="asia", lang="ne", authors=["सुनिता श्रेष्ठ"],
        url="https://www.ratopati.example.com/story/451238/kalimati-tomato-price",
        source_domain="www.ratopati.example.com",
        description="वर्षाका कारण आपूर्ति घटेपछि तरकारीको मूल्य बढेको हो।",
        np_authors=["सुनिता श्रेष्ठ"], np_publish="2024-07-22 08:15:00", np_download="2024-07-22 11:02:40",
        head_lines=["सुनिता श्रेष्ठ", "काठमाडौं", "साउन ७, २०८१ सोमबार ८:१५:००"],
        inserts={2: ["विज्ञापन"], 5: ["यो पनि पढ्नुहोस्: प्याजको मूल्य घट्यो"]},
        tail_lines=["प्रतिक्रिया दिनुहोस्", "सम्बन्धित समाचार", "धेरै पढिएका", "ताजा अपडेट", "सेयर गर्नुहोस्",
                    "हामीलाई फलो गर्नुहोस्", "रातोपाटी एप डाउनलोड गर्नुहोस्", "सर्वाधिकार सुरक्षित © रातोपाटी",
                    "सूचना विभाग दर्ता नं. ११२६/०७५–७६", "विज्ञापनका लागि सम्पर्क"],
        paras=P("""
काठमाडौंको कालीमाटी फलफूल तथा तरकारी बजारमा गोलभेडाको मूल्य एकै हप्तामा दोब्बर भएको छ।

बजार विकास समितिका अनुसार आज ठूलो गोलभेडाको थोक मूल्य प्रतिकिलो १२० रुपैयाँ तोकिएको छ, जुन गत हप्ता ६० रुपैयाँ थियो।

लगातारको वर्षा र पहिरोका कारण धादिङ र मकवानपुरबाट आउने तरकारीको आपूर्ति घटेको व्यापारीहरू बताउँछन्।

बजारमा आज दैनिक औसतभन्दा करिब एक तिहाइ कम तरकारी भित्रिएको समितिले जनाएको छ।

खुद्रा बजारमा भने गोलभेडा प्रतिकिलो १६० रुपैयाँसम्म बिक्री भइरहेको उपभोक्ताहरूको गुनासो छ।

उपभोक्ता हित संरक्षण मञ्चले खुद्रा र थोक मूल्यबीचको ठूलो अन्तर अनुगमन गर्न माग गरेको छ।

वाणिज्य, आपूर्ति तथा उपभोक्ता संरक्षण विभागले यही साता बजार अनुगमन गर्ने जनाएको छ।

कृषकहरूले भने सडक अवरोधका कारण उत्पादन बारीमै कुहिन थालेको बताएका छन्।

व्यापारीहरूका अनुसार सडक खुलेपछि केही दिनमै मूल्य घट्न सक्छ।

समितिले भारतबाट पनि गोलभेडा आयात भइरहेको जनाएको छ।

हरियो सागपात, काउली र भिन्डीको मूल्य पनि यस साता बढेको छ।

काउलीको थोक मूल्य प्रतिकिलो ८० रुपैयाँ पुगेको छ भने भिन्डी ९० रुपैयाँमा बिक्री भइरहेको छ।

उपभोक्ताहरूले भने तरकारी किन्न बजार जाँदा पहिलेभन्दा थोरै परिमाणमा मात्र किन्ने गरेको बताए।

एक गृहिणीले दैनिक खर्च धान्न गाह्रो भएको र मौसमी तरकारी मात्र किन्ने गरेको सुनाइन्।
"""),
        must_have=[
            "खुद्रा बजारमा भने गोलभेडा प्रतिकिलो १६० रुपैयाँसम्म बिक्री भइरहेको उपभोक्ताहरूको गुनासो छ।",
            "वाणिज्य, आपूर्ति तथा उपभोक्ता संरक्षण विभागले यही साता बजार अनुगमन गर्ने जनाएको छ।",
        ]),
    # news-please, Meio Norte (Teresina, Brazil, Portuguese): staff, 'Por X' + 'Redação' lines, fuel price in Teresina.
    rec(cluster="meionorte-teresina-gasolina", role="single", file="newsplease_meionorte_teresina_gasolina_pt.json",
        render="newsplease", title="Gasolina passa de R$ 6,50 em postos de Teresina e Procon notifica revendedores",
        date="2025-02-06", country="BR", region="americas", lang="pt", authors=["Francisca Lima"],
        url="https://www.meionorte.example.com/noticias/gasolina-passa-de-r-6-50-em-postos-de-teresina-512874",
        source_domain="www.meionorte.example.com",
        description="Órgão de defesa do consumidor quer explicações sobre o reajuste.",
        np_authors=["Francisca Lima"], np_publish="2025-02-06 15:48:00", np_download="2025-02-06 18:30:12",
        head_lines=["Por Francisca Lima", "Redação Meio Norte", "06/02/2025 15h48"],
        inserts={2: ["Publicidade"], 5: ["LEIA TAMBÉM: Preço da cesta básica sobe em Teresina"]},
        tail_lines=["Compartilhe:", "WhatsApp", "Facebook", "Notícias relacionadas", "Mais lidas",
                    "Receba as notícias do Meio Norte no seu WhatsApp", "Siga o Meio Norte no Google Notícias",
                    "Comentários", "Deixe seu comentário", "© 2025 Sistema Meio Norte de Comunicação. Todos os direitos reservados."],
        paras=P("""
O preço da gasolina comum passou de R$ 6,50 o litro em vários postos de Teresina nesta quinta-feira, poucos dias depois do reajuste do ICMS sobre os combustíveis.

O Procon do Piauí notificou 14 postos da capital para que apresentem notas fiscais de compra dos últimos 30 dias.

Segundo o órgão, o aumento nas bombas foi maior do que o impacto do imposto, estimado em cerca de 15 centavos por litro.

O coordenador do Procon, Marcelo Araújo, disse que os postos que não justificarem os preços poderão ser multados.

Motoristas de aplicativo reclamaram que a alta reduz ainda mais o lucro das corridas.

O sindicato dos revendedores afirmou que as distribuidoras também reajustaram seus preços nesta semana.

Em alguns bairros da zona Sul, o litro ainda era encontrado por R$ 6,29.

O Procon orienta os consumidores a pesquisar preços e denunciar abusos pelo telefone 151.

A fiscalização deve continuar nos próximos dias também em postos de Parnaíba e Picos.
"""),
        must_have=[
            "O coordenador do Procon, Marcelo Araújo, disse que os postos que não justificarem os preços poderão ser multados.",
            "Em alguns bairros da zona Sul, o litro ainda era encontrado por R$ 6,29.",
        ]),
    # news-please, Zambian Business Times: ZANIS copy, 'KABWE, March 12 (ZANIS) –' dateline, ZANIS source line.
    rec(cluster="zbt-zanis-kabwe-mealie-meal", role="single", file="newsplease_zbt_zanis_kabwe_mealie_meal.json",
        render="newsplease", title="Kabwe millers cut mealie meal price after maize arrives from FRA",
        date="2024-03-12", dateline="KABWE, March 12 (ZANIS) \u2013 ", city="Kabwe", country="ZM", region="africa", lang="en",
        agency="ZANIS",
        url="https://zambianbusinesstimes.example.com/kabwe-millers-cut-mealie-meal-price-after-maize-arrives-from-fra/",
        source_domain="zambianbusinesstimes.example.com",
        description="A 25kg bag of breakfast meal now sells for K290 in most shops.",
        np_authors=["ZBT Reporter"], np_publish="2024-03-12 17:05:00", np_download="2024-03-13 06:44:09",
        head_lines=["ZBT Reporter", "March 12, 2024", "Source: ZANIS"],
        inserts={2: ["Advertisement"], 5: ["Read Also: Copperbelt traders decry high cost of transport"]},
        tail_lines=["ZANIS", "Share this:", "Facebook", "X", "WhatsApp", "Related", "Subscribe to our newsletter",
                    "Zambian Business Times - Business News from Zambia", "\u00a9 2024 Zambian Business Times. All rights reserved.", "Contact Us"],
        paras=P("""
Millers in Kabwe have reduced the price of mealie meal after receiving maize from the Food Reserve Agency (FRA).

A 25 kilogramme bag of breakfast meal is now selling at K290 in most shops, down from K340 last week.

Central Province Minister Rosemary Nachinga said the FRA had released 5,000 tonnes of maize to millers in the province.

She said millers who received the maize had agreed to sell mealie meal at the reduced price.

The minister warned that the government would withdraw the allocation from any miller found hoarding or selling the maize to traders.

Shoppers at Kabwe's Kasanda market welcomed the reduction but said prices of cooking oil and sugar remained high.

The Millers Association said supply would remain steady until the next harvest.

Officers from the Competition and Consumer Protection Commission will monitor prices in shops across the district.

Consumers who find shops selling above the agreed price have been asked to report them to the district office.
"""),
        must_have=[
            "She said millers who received the maize had agreed to sell mealie meal at the reduced price.",
            "Officers from the Competition and Consumer Protection Commission will monitor prices in shops across the district.",
        ]),
    # trafilatura, Рівне Вечірнє (Rivne, Ukraine, Ukrainian): staff, Ukrainian month names, Rivne market rents.
    rec(cluster="rivnevechirnie-rynok-orenda", role="single", file="trafilatura_rivnevechirnie_rynok_uk.json",
        render="trafilatura", title="На Центральному ринку Рівного підняли орендну плату за торгові місця",
        date="2024-02-13", country="UA", region="europe", lang="uk", authors=["Оксана Мельничук"], section="Місто",
        url="https://rivne.example.ua/news/misto/2024/02/13/orenda-rynok",
        hostname="rivne.example.ua", source_hostname="Рівне Вечірнє",
        description="Підприємці кажуть, що змушені будуть підняти ціни.",
        tf_author="Оксана Мельничук", tf_date="2024-02-13", tf_language="uk", categories="Місто;Економіка",
        head_lines=["Оксана Мельничук", "13 лютого 2024, 11:20"],
        inserts={2: ["Реклама"], 5: ["Читайте також: У Рівному подорожчали яйця"]},
        tail_lines=["Поділитися", "Facebook", "Telegram", "Viber", "Новини за темою", "Найпопулярніше",
                    "Підписуйтеся на наш Telegram-канал", "Коментарі", "Увійдіть, щоб залишити коментар",
                    "\u00a9 2024 Рівне Вечірнє. Усі права захищені.", "Передрук матеріалів лише з посиланням на джерело"],
        paras=P("""
Адміністрація Центрального ринку Рівного з березня підвищує орендну плату за торгові місця в середньому на 20 відсотків.

Про це підприємцям повідомили письмово минулого тижня.

Адміністрація пояснює рішення зростанням тарифів на електроенергію та витратами на генератори під час відключень світла.

Продавчиня овочів Галина Кравчук каже, що вже зараз ледве покриває витрати.

За її словами, частина покупців перейшла до супермаркетів, де ціни на овочі взимку нижчі.

Підприємці збирають підписи під зверненням до міської ради з проханням втрутитися.

У міській раді зазначили, що ринок є приватним і місто не може встановлювати розмір оренди.

Водночас депутати пообіцяли провести зустріч із власниками ринку та торговцями.

Центральний ринок є найбільшим у місті, на ньому працюють понад тисячу підприємців.

Багато з них торгують одягом, взуттям та господарськими товарами, а також продуктами з навколишніх сіл.

Торговці кажуть, що після початку повномасштабної війни кількість покупців помітно зменшилася.

Частина підприємців уже закрила свої точки і перейшла до продажу через соціальні мережі.

Адміністрація ринку обіцяє, що частину коштів від вищої оренди спрямують на ремонт даху та освітлення проходів.

Покупці, яких опитали журналісти, кажуть, що ціни на ринку досі нижчі, ніж у мережевих магазинах.
"""),
        must_have=[
            "Адміністрація пояснює рішення зростанням тарифів на електроенергію та витратами на генератори під час відключень світла.",
            "У міській раді зазначили, що ринок є приватним і місто не може встановлювати розмір оренди.",
        ]),
    # trafilatura, The Nation (Pakistan): staff, 'Our Staff Reporter' desk line, Multan price control.
    rec(cluster="nationpk-multan-price-control", role="single", file="trafilatura_nationpk_multan_prices.json",
        render="trafilatura", title="Price control magistrates fine 52 shopkeepers in Multan",
        date="2025-03-04", country="PK", region="asia", lang="en", section="Regional",
        url="https://www.nation.example.com.pk/04-Mar-2025/price-control-magistrates-fine-52-shopkeepers-in-multan",
        hostname="nation.example.com.pk", source_hostname="The Nation",
        description="Fines were imposed for overcharging on flour, sugar and vegetables.",
        tf_author="Our Staff Reporter", tf_date="2025-03-04", tf_language="en", categories="Regional;Multan",
        head_lines=["Our Staff Reporter", "March 04, 2025", "Multan"],
        inserts={2: ["Advertisement"], 5: ["Read more: Ramazan bazaars set up in eleven districts"]},
        tail_lines=["Share", "Facebook", "X", "WhatsApp", "Related News", "Most Read", "Epaper",
                    "Follow The Nation on Google News", "Copyright \u00a9 2025 The Nation. All rights reserved.", "Contact Us"],
        paras=P("""
Price control magistrates imposed fines on 52 shopkeepers in Multan for overcharging and failing to display official price lists.

The district administration said teams visited markets in Hussain Agahi, Gulgasht and Shah Rukn-e-Alam on Monday.

The fines totalled Rs312,000, and two shops selling flour above the notified rate were sealed.

Deputy Commissioner Asad Mehmood said no one would be allowed to exploit consumers ahead of Ramazan.

He directed the magistrates to check the weight of goods as well as prices.

Shopkeepers complained that wholesale prices of sugar and ghee had risen and the official rate list was not updated.

The administration said the rate list would be reviewed every week in consultation with traders.

Citizens can register complaints on a helpline set up at the district office.

The deputy commissioner also ordered checks on bakeries and milk shops, where complaints about weight and quality had increased.

Traders in the Hussain Agahi market said they would meet the administration to ask for a fair rate list.
"""),
        must_have=[
            "He directed the magistrates to check the weight of goods as well as prices.",
            "The administration said the rate list would be reviewed every week in consultation with traders.",
        ]),
    # trafilatura, The Murray Pioneer (Renmark, South Australia): staff, 'By X' line, Riverland farmers market stall fees.
    rec(cluster="murraypioneer-riverland-market-fees", role="single", file="trafilatura_murraypioneer_market_fees.json",
        render="trafilatura", title="Riverland market stallholders push back on fee rise",
        date="2023-10-17", country="AU", region="oceania", lang="en", authors=["Gemma Fairweather"], section="News",
        url="https://www.murraypioneer.example.com.au/2023/10/17/riverland-market-stallholders-push-back-on-fee-rise/",
        hostname="murraypioneer.example.com.au", source_hostname="The Murray Pioneer",
        description="Organisers say the increase covers higher insurance and cleaning costs.",
        tf_author="Gemma Fairweather", tf_date="2023-10-17", tf_language="en", categories="News;Riverland",
        head_lines=["By Gemma Fairweather", "17 October 2023"],
        inserts={2: ["Advertisement"], 5: ["Related: Riverland rents climb again as vacancies stay tight"]},
        tail_lines=["Share this story", "Facebook", "X", "Email", "Support local journalism", "Subscribe",
                    "Leave a comment", "You must be logged in to post a comment.", "The Murray Pioneer is part of Taylor Group Newspapers",
                    "\u00a9 2023 The Murray Pioneer", "Contact us", "Advertise with us", "Terms and conditions", "Privacy policy"],
        paras=P("""
Stallholders at the Riverland farmers market in Renmark say a planned rise in weekly fees could push small growers and makers out of the market.

The committee that runs the market has proposed raising the standard stall fee by 12% from January, the second increase in two years.

The committee says the rise covers higher costs for public liability insurance, cleaning and waste removal on market days.

Citrus grower Peter Ashby said a quiet winter Saturday could mean he barely earned back his fee.

Stallholders have also asked the Renmark Paringa Council to improve shelter and lighting at the site for the winter months.

A committee spokesperson said feedback would be considered before the fees are finalised in November.

The market draws about 2,000 visitors on a busy Saturday and has more than 60 stalls.

Some stallholders said a reduced fee for winter would help them stay through the quiet season.

Local tourism operators say the market is one of the main reasons visitors stop in the town on weekends.

Growers said selling directly to shoppers had helped them through years of low prices from packing sheds.
"""),
        must_have=[
            "The committee says the rise covers higher costs for public liability insurance, cleaning and waste removal on market days.",
            "A committee spokesperson said feedback would be considered before the fees are finalised in November.",
        ]),
]


# ---- JSONL batches ------------------------------------------------------------------

SITE_PA = site("Prince Albert Daily Herald", "https://www.paherald.example.sk.ca", " | Prince Albert Daily Herald", "en_CA", "@PAHerald",
               ["News", "Local", "Sports", "Opinion", "Obituaries", "Classifieds"],
               ["\u00a9 2024 Prince Albert Daily Herald", "Privacy Policy", "Contact"],
               share=["Share", "Facebook", "Email"])

JSONL_STORIES = [
    # newsbeam text shape: the Bernama story on Majoriti (syndicated member of the Bernama cluster).
    dict(BER, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.majoriti.example.com.my/berita/2025/01/09/harga-sayur-pasar-tani-temerloh-naik",
         nb_published="2025-01-09T08:10:00Z", outlet="Majoriti", nb_authors=["Bernama"],
         head_lines=["Majoriti", "Khamis, 09 Jan 2025 4:10 PTG", "Bernama"],
         tail_lines=["-- BERNAMA", "Kongsi", "Facebook", "WhatsApp", "Telegram", "Artikel Berkaitan", "Terkini",
                     "Ikuti kami di TikTok", "Langgan buletin kami", "Hak Cipta \u00a9 2025 Majoriti", "Dasar Privasi", "Hubungi Kami"]),
    # news-please shape: the TASR story on Webnoviny.sk (syndicated member of the TASR cluster).
    dict(TASR, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.webnoviny.example.sk/slovensko/predajcovia-na-zilinskom-trhovisku-protestuju/",
         source_domain="www.webnoviny.example.sk",
         np_authors=["TASR"], np_publish="2024-10-14 13:40:00", np_download="2024-10-14 16:12:51",
         head_lines=["TASR", "14.10.2024 13:40", "Slovensko"],
         tail_lines=["(mho)", "Zdieľať", "Facebook", "X", "Súvisiace články", "Najnovšie správy", "Najčítanejšie",
                     "Sledujte nás na Google News", "Prihláste sa na odber noviniek", "\u00a9 2024 Webnoviny.sk", "Všetky práva vyhradené", "Ochrana osobných údajov"]),
    # newsbeam html shape: Prince Albert Daily Herald (Saskatchewan): staff, 'Local Journalism Initiative Reporter' role line.
    rec(cluster="paherald-grocery-co-op", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_PA, title="Co-op grocery store to open in West Flat after years without a supermarket",
        date="2024-05-08", country="CA", region="americas", lang="en", authors=["Sophie Kowalchuk"],
        section="Local", meta_section="Local",
        url="https://www.paherald.example.sk.ca/2024/05/08/co-op-grocery-store-to-open-in-west-flat/",
        description="Residents have had to travel across the city for fresh food since 2019.",
        published="2024-05-08T14:30:00-06:00",
        byline_lines=["Sophie Kowalchuk", "Local Journalism Initiative Reporter"], date_lines=["May 8, 2024 at 2:30 p.m."],
        caption="The former hardware store that will house the new grocery.", credit="Sophie Kowalchuk/Daily Herald",
        credit_shown="Sophie Kowalchuk/Daily Herald",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "City food bank sees record demand")]},
        end_lines=["sophie.kowalchuk@example.sk.ca"],
        lists=[("Most read", ["Council approves new bus routes", "Raiders season ends in overtime"])],
        nb_published="2024-05-08T20:30:00Z", outlet="Prince Albert Daily Herald", nb_authors=["Sophie Kowalchuk"],
        paras=P("""
Residents of Prince Albert's West Flat will soon be able to buy fresh food close to home after a co-operative announced plans to open a grocery store in the neighbourhood.

The area has had no supermarket since 2019, when the last grocery closed and left many residents relying on convenience stores.

The co-op will open the store in a former hardware building on 15th Street West this fall.

General manager Darren Lavallee said prices would match the co-op's other stores in the city.

Community worker Norma Bird said many families in the area do not own a car and pay for taxis to get groceries.

The City of Prince Albert approved a tax break for the first five years to help the project.

The store is expected to employ about 30 people, many of them from the neighbourhood.

Residents will be asked what products they want on the shelves at a public meeting later this month.
"""),
        must_have=[
            "The area has had no supermarket since 2019, when the last grocery closed and left many residents relying on convenience stores.",
            "The City of Prince Albert approved a tax break for the first five years to help the project.",
        ]),
    # trafilatura shape: the GNA story on Rainbow Radio Online (syndicated member of the GNA cluster).
    dict(GNA, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://www.rainbowradio.example.com/2023/09/05/market-circle-traders-resist-relocation/",
         hostname="rainbowradio.example.com", source_hostname="Rainbow Radio Online",
         tf_author="Kwesi Amoako-Mensah", tf_date="2023-09-05", tf_language="en", categories="News;Regional",
         head_lines=["Source: GNA", "September 5, 2023"],
         tail_lines=["GNA", "Share this:", "Facebook", "X", "WhatsApp", "Related", "Leave a Reply",
                     "Your email address will not be published.", "Rainbow Radio 87.5 FM", "Listen Live",
                     "\u00a9 2023 Rainbow Radio Online. All rights reserved.", "Contact Us", "Privacy Policy"]),
    # news-please shape: The Queanbeyan Age (New South Wales): staff, ACM name / role / date lines, petrol price gap with Canberra.
    rec(cluster="queanbeyanage-petrol-prices", role="single", file=JSONL_B, render="newsplease",
        title="Queanbeyan drivers pay less for petrol than Canberra, but the gap is shrinking",
        date="2025-05-20", country="AU", region="oceania", lang="en", authors=["Joanne Kumbu"],
        url="https://www.queanbeyanagechronicle.example.com.au/story/8912345/queanbeyan-petrol-prices-gap-shrinking/",
        source_domain="www.queanbeyanagechronicle.example.com.au",
        description="Motorists who cross the border to fill up are saving less than a year ago.",
        np_authors=["Joanne Kumbu"], np_publish="2025-05-20 05:30:00", np_download="2025-05-20 09:31:07",
        head_lines=["Joanne Kumbu", "Journalist", "May 20 2025 - 3:30pm"],
        inserts={2: ["Advertisement"], 5: ["READ MORE:", "Monaro Street shops push for more parking"]},
        tail_lines=["Joanne Kumbu is a journalist at The Queanbeyan Age. Email: joanne.kumbu@example.com.au",
                    "Share", "More from News", "Subscribe now for unlimited access", "Get the latest news to your inbox",
                    "Sign up for our newsletter", "The Queanbeyan Age is part of Australian Community Media", "Our Sites", "Terms of Use"],
        paras=P("""
Motorists who cross the border from Canberra to fill up in Queanbeyan are saving less than they did a year ago, according to figures from the NRMA.

The average price of regular unleaded in Queanbeyan last week was 189.4 cents a litre, about six cents cheaper than in the ACT.

A year ago the difference was closer to 12 cents a litre.

NRMA spokesman Daniel Moretti said competition between independent service stations on the New South Wales side had kept prices lower for years.

He said two independent stations had since closed and motorists now had fewer choices.

Canberra drivers have long complained that they pay some of the highest petrol prices of any capital city.

The ACT government has launched a price-monitoring website, and says it has already made some stations in Canberra cut their prices.

Queanbeyan service station owner Lina Haddad said her busiest customers were still tradespeople from Canberra filling up utes and vans.

Motorists can check prices on the NSW FuelCheck app before they buy.
"""),
        must_have=[
            "He said two independent stations had since closed and motorists now had fewer choices.",
            "The ACT government has launched a price-monitoring website, and says it has already made some stations in Canberra cut their prices.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventy-seventh held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Malaysia Gazette '9 Januari 2025, 3:42 ptg' and the Majoriti "
    "copy 'Khamis, 09 Jan 2025 4:10 PTG' (crawler stamp 08:10Z = 16:10 MYT); Nový Čas '14. októbra 2024 13:25' and the "
    "Webnoviny copy '14.10.2024 13:40' (day first); Nhyira FM 'September 5, 2023' and the Rainbow Radio copy; Manawatū "
    "Standard 'Jun 20 2024' (both copies); Večernje novosti '22. 08. 2024.' (day first); Suprabhaatham 'June 19, 2024'; "
    "Sawaleif 'الثلاثاء 5 آذار 2024' (Levantine month name آذار = March); NÖN '18. Februar 2025'; TV6 'Posted: Nov 28, 2023'; "
    "Repretel '11 de abril de 2025'; Tanzania Daima 'Septemba 4, 2024'; St Lucia STAR 'July 3, 2025'; Wigan Today 'Published "
    "29th Jul 2025, 00:01 BST' (the page's own offset; 28 July in UTC, labelled 29 July as printed); Pressian '2024.09.10.'; "
    "Sunday World 'November 24, 2024'; RTS 'Publié à 12:02' with article:published_time 2024-04-16 (not 'Modifié à'); "
    "Radio Zachód '19.03.2025'; Philstar 'September 8, 2023 | 12:00am' (print-edition stamp, PHT); The Palm Beach Post "
    "'Published 5:00 a.m. ET Jan. 14, 2025' (not 'Updated'); The Star 'July 16 2024'; Ratopati 'साउन ७, २०८१' (Bikram Sambat "
    "7 Shrawan 2081 = 22 July 2024, Devanagari digits); Meio Norte '06/02/2025 15h48' (day first: 6 February); Zambian "
    "Business Times 'March 12, 2024'; Рівне Вечірнє '13 лютого 2024' (лютий = February); The Nation 'March 04, 2025'; "
    "The Murray Pioneer '17 October 2023'; Prince Albert Daily Herald 'May 8, 2024 at 2:30 p.m.'; The Queanbeyan Age 'May 20 2025 - 3:30pm' (AEST; the news-please stamp 05:30 is UTC)",
    "dateline_city": "'TEMERLOH, 9 Jan (Bernama) -- ' -> 'Temerluh' (GeoNames main name of Temerloh, Pahang; both Bernama "
    "copies); 'Žilina 14. októbra (TASR) - ' -> 'Žilina' (both TASR copies); 'Takoradi, Sept. 05, GNA - ' -> "
    "'Takoradi' (the GeoNames main name of the place the dateline names; GeoNames also has the twin city Sekondi-Takoradi; both GNA copies); 'КРАЉЕВО - ' -> 'Kraljevo'; 'الزرقاء 5 آذار "
    "(بترا) - ' -> 'Zarqa'; 'Amstetten (APA) - ' -> 'Amstetten'; 'KABWE, March 12 (ZANIS) – ' -> 'Kabwe'. All other records "
    "have no dateline (the PA and PAP stories and the staff stories start without one) and take the country of the "
    "story's location; lines such as 'Multan' or 'തൃശൂർ' under a byline and 'NA MWANDISHI WETU, TANGA' are reporter/place "
    "lines, not datelines",
    "country": "Temerloh MY; Žilina SK; Takoradi GH; Palmerston North NZ (oceania); Kraljevo RS; Thrissur IN; Zarqa JO (asia); "
    "Amstetten AT; Port of Spain TT; Pérez Zeledón CR; Tanga TZ; Castries LC (Saint Lucia; americas); UK-wide shop prices GB; "
    "Gwangju KR; Mahikeng ZA; Geneva CH; Gorzów Wielkopolski PL; Divisoria, Manila PH; Lake Worth Beach, Florida US; Kakamega "
    "KE; Kathmandu NP; Teresina BR; Kabwe ZM; Rivne UA; Multan PK; Renmark, South Australia AU (oceania); Prince Albert, Saskatchewan CA; Queanbeyan, New South Wales AU (oceania)",
    "agency": "Malaysia Gazette and Majoriti carry Bernama ('(Bernama)' dateline, 'Oleh Bernama', '-- BERNAMA'); Nový Čas and "
    "Webnoviny carry TASR ('(TASR)' dateline, desk initials '(mho)'); Nhyira FM and Rainbow Radio carry GNA (Ghana News "
    "Agency: 'GNA' in dateline, byline and sign-off); Večernje novosti carries Tanjug ('Танјуг', 'Извор: Танјуг'); Sawaleif "
    "carries Petra (Jordan News Agency, 'بترا'); NÖN carries APA ('(APA)', 'APA Red'); Wigan Today carries PA ('PA Deputy "
    "Business Editor'); Radio Zachód carries PAP ('Źródło: PAP', 'autor: ... (PAP)'); Zambian Business Times carries ZANIS "
    "(Zambia News and Information Services). Photo credits ('Keystone', 'STAR/Edd Gumban', 'Foto: TASR/...', 'Fot. PAP/...') "
    "do not by themselves make a story agency copy; RTS, Philstar and all other records are staff copy",
    "authors": "the Bernama story names no writer in either copy ('Oleh Bernama' is the agency) and the TASR story names none "
    "either ('TASR', desk initials '(mho)'; 'Martin Hollý' appears only in the photo credit 'Foto: TASR/Martin Hollý', and "
    "photographers are not authors), so both clusters have no authors; GNA 'By Kwesi Amoako-Mensah, GNA' -> "
    "'Kwesi Amoako-Mensah' (both copies; the trafilatura author field carries it in the Rainbow Radio copy); Manawatū "
    "Standard 'Hana Petersen-Rawiri' (both copies); St Lucia STAR 'By Kendra Joseph and Marlon Eugene' -> two authors; Wigan "
    "Today 'By Owen Hartley, PA Deputy Business Editor' -> 'Owen Hartley'; Suprabhaatham 'കെ. എം. ഷമീർ' (Malayalam as "
    "printed; the place line 'തൃശൂർ' is not part of the name); Pressian '박서윤 기자(=광주)' -> '박서윤'; Sunday World 'By Lerato "
    "Mokoena'; RTS 'Sujet radio: Pascal Wicht' and 'Adaptation web: Léa Bonvin' -> both, in order (the radio reporter "
    "reported the story, the web journalist wrote the text: both are credited journalists, neither is an editor); Radio "
    "Zachód 'autor: Marta Sobczyk (PAP)' -> 'Marta Sobczyk'; Philstar 'Ramon Villareal - The Philippine Star' -> 'Ramon "
    "Villareal'; The Palm Beach Post 'Danielle Ortega'; The Star 'BRIAN WAFULA' -> 'Brian Wafula' (the role line 'Western "
    "Region Correspondent' is chrome); Ratopati 'सुनिता श्रेष्ठ'; Meio Norte 'Por Francisca Lima'; Рівне Вечірнє 'Оксана "
    "Мельничук'; The Murray Pioneer 'By Gemma Fairweather'; Prince Albert Daily Herald 'Sophie Kowalchuk' with the role line "
    "'Local Journalism Initiative Reporter'; The Queanbeyan Age 'Joanne Kumbu' with the role line 'Journalist'. Agency and desk names "
    "('Oleh Bernama', 'TASR', 'Танјуг', 'سواليف', 'APA Red', 'Source: GNA', 'Źródło: PAP', 'Redacción Noticias Repretel', "
    "'NA MWANDISHI WETU', 'Our Staff Reporter', 'ZBT Reporter', 'Redação Meio Norte') are not authors; TV6, NÖN, Večernje "
    "novosti, Sawaleif, Repretel, Tanzania Daima, The Nation and Zambian Business Times name no writer",
    "editors": "no record names an editor ('Editing by', 'editor:'); desk initials '(mho)' and 'mas/ mhr/' are not names",
    "caption_credit": "credits without their wrapper: Manawatū Standard 'Warwick Smith/Stuff' as printed (both copies); Nový "
    "Čas 'Foto: TASR/Martin Hollý' -> 'TASR/Martin Hollý'; Nhyira FM 'Photo: GNA' -> 'GNA'; Pressian 'ⓒ광주 동구' -> '광주 "
    "동구' (the copyright sign is a wrapper); Sunday World 'Image: Supplied' -> 'Supplied'; RTS 'Keystone'; Radio Zachód "
    "'Fot. PAP/Lech Muszyński' -> 'PAP/Lech Muszyński'; Philstar 'STAR/Edd Gumban' as printed (the "
    "page's own outlet before the slash stays, as 'Bisnis/Nanda Siregar' and 'LA NACION/Marcelo Manera' in earlier sets); The Palm Beach Post 'Greg Lovett/The Palm Beach Post' as printed; The Star 'Image: BRIAN "
    "WAFULA' -> 'BRIAN WAFULA'; Prince Albert Daily Herald 'Sophie Kowalchuk/Daily Herald' as printed. Records without a "
    "photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Nový Čas 'Domáce', Nhyira FM 'News', Pressian "
    "'전국', Sunday World 'News', RTS 'Régional', Radio Zachód 'Gorzów', Philstar 'Nation', The Palm Beach Post 'Local', The "
    "Star 'Counties', Prince Albert Daily Herald 'Local'; trafilatura records take their first category (Рівне Вечірнє "
    "'Місто', The Nation 'Regional', The Murray Pioneer 'News', Rainbow Radio 'News'); news-please, plain text and newsbeam "
    "text records have none (Webnoviny's 'Slovensko' head line is chrome, not a section)",
    "language": "'ms' Malay (two copies of the Bernama story); 'sk' Slovak (two copies of the TASR story); 'sr' Serbian in "
    "Cyrillic; 'ml' Malayalam; 'ar' Jordanian Arabic press; 'de' Austrian German; 'es' Costa Rican Spanish; 'sw' Swahili; "
    "'ko' Korean; 'fr' Swiss French; 'pl' Polish; 'ne' Nepali; 'pt' Brazilian Portuguese; 'uk' Ukrainian; all others English",
    "chrome": "includes consent banners and their buttons, login, subscription and premium-article strings, share bars, "
    "comment gates and guidelines, advertisement labels ('Hide Ad'), related-story lines and boxes, most-read rails, "
    "WhatsApp, Telegram, TikTok, Google News and app promos, donation appeals, reporter bio, role and e-mail lines, wire "
    "source and sign-off lines ('-- BERNAMA', '(mho)', 'Извор: Танјуг', '-- (بترا)', '(APA)', 'GNA', 'Source: ZANIS', "
    "'autor: ... (PAP)', 'mas/ mhr/'), registration and ownership lines, copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Bernama and TASR in the plain batch, GNA in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Manawatū Standard: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"bernama", "oleh bernama", "malaysia gazette", "majoriti", "tasr", "nový čas", "webnoviny", "webnoviny.sk",
                "gna", "ghana news agency", "nhyira fm", "rainbow radio", "rainbow radio online", "stuff", "manawatū standard",
                "tanjug", "танјуг", "вечерње новости", "suprabhaatham", "സുപ്രഭാതം", "petra", "بترا", "سواليف", "apa", "apa red",
                "nön", "nön.at", "tv6", "tv6 news", "repretel", "redacción noticias repretel", "tanzania daima",
                "na mwandishi wetu", "st lucia star", "pa", "pa media", "wigan today", "national world", "프레시안",
                "sunday world", "supplied", "rts", "rts info", "pap", "radio zachód", "philstar.com", "the philippine star",
                "the palm beach post", "palm beach post", "the star", "रातोपाटी", "meio norte", "redação meio norte",
                "zanis", "zbt reporter", "zambian business times", "рівне вечірнє", "the nation", "our staff reporter",
                "the murray pioneer", "taylor group newspapers", "prince albert daily herald",
                "the queanbeyan age", "australian community media"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
