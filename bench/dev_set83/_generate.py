#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-third development set (bench/dev_set83/, first written as the eightieth held-out set).

    .venv/bin/python bench/dev_set83/_generate.py

Writes ``bench/dev_set83/articles/*`` and ``bench/dev_set83/labels.json`` (next to this
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
bench/dev_set82/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about post, telecoms and digital services: mobile networks
    and internet outages, postal services, digital IDs and e-government
    portals, scam warnings and broadband for villages.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout80_2025-a.jsonl"
JSONL_B = "crawl_holdout80_2025-b.jsonl.gz"


# ---- cluster: Kazinform, Aktobe (Diapazon scrape + copy on Lada.kz in the plain batch) ----

KZI = rec(
    cluster="kazinform-aktobe-village-internet",
    title="В Актюбинской области еще 46 сел подключат к оптоволоконному интернету",
    date="2025-03-12",
    dateline="АКТОБЕ. КАЗИНФОРМ – ",
    city="Aktobe",
    country="KZ",
    region="asia",
    agency="Kazinform",
    lang="ru",
    description="Работы планируют завершить до конца года.",
    paras=P("""
В этом году к оптоволоконному интернету подключат еще 46 сел Актюбинской области, сообщили в управлении цифровизации региона.

По словам руководителя управления Ерлана Жумабаева, линии протянут в основном в Мугалжарском, Хромтауском и Байганинском районах.

Скорость доступа в подключенных селах составит не менее 100 мегабит в секунду, а первыми к сети подключат школы, больницы и акиматы.

В прошлом году оптоволокно получили 38 населенных пунктов, однако в отдаленных селах жители до сих пор пользуются медленным мобильным интернетом.

Для сел, куда тянуть кабель слишком дорого, рассматривают спутниковую связь и строительство новых вышек мобильной связи.

Жумабаев отметил, что после подключения жители смогут получать государственные услуги онлайн, не выезжая в районный центр.

В управлении также напомнили, что в селах работают центры цифровой грамотности, где пожилых людей учат пользоваться смартфоном и порталом электронного правительства.

Работы планируют завершить до конца года, а график подключения опубликуют на сайте акимата области.

Жители сел, которые не вошли в список этого года, могут оставить заявку через акимат сельского округа, чтобы их населенный пункт включили в программу следующего года.
"""),
    must_have=[
        "Для сел, куда тянуть кабель слишком дорого, рассматривают спутниковую связь и строительство новых вышек мобильной связи.",
        "Жумабаев отметил, что после подключения жители смогут получать государственные услуги онлайн, не выезжая в районный центр.",
    ],
)

# ---- cluster: BSS, Rangpur (Bangladesh Pratidin page + copy on Dhaka Post in the plain batch) ----

BSS = rec(
    cluster="bss-rangpur-postoffice-digital-centre",
    title="রংপুরের ৩০টি ডাকঘরে চালু হলো ডিজিটাল সেবা কেন্দ্র",
    date="2025-01-14",
    dateline="রংপুর, ১৪ জানুয়ারি, ২০২৫ (বাসস) : ",
    city="Rangpur",
    country="BD",
    region="asia",
    agency="BSS",
    lang="bn",
    description="গ্রামের মানুষ এখন ডাকঘর থেকেই অনলাইন আবেদন করতে পারবেন।",
    paras=P("""
রংপুর বিভাগের ৩০টি গ্রামীণ ডাকঘরে আজ থেকে ডিজিটাল সেবা কেন্দ্র চালু হয়েছে।

বিভাগীয় পোস্টমাস্টার জেনারেল মো. আবুল কালাম জানান, এসব কেন্দ্র থেকে গ্রামের মানুষ জন্ম নিবন্ধন, জাতীয় পরিচয়পত্র সংশোধন এবং বিভিন্ন ভাতার জন্য অনলাইনে আবেদন করতে পারবেন।

তিনি বলেন, প্রতিটি কেন্দ্রে একটি কম্পিউটার, প্রিন্টার ও দ্রুতগতির ইন্টারনেট সংযোগ দেওয়া হয়েছে।

ডাকঘরের কর্মীরা গত দুই মাস ধরে এসব সেবা দেওয়ার জন্য বিশেষ প্রশিক্ষণ নিয়েছেন।

সেবা নিতে আসা মানুষকে কোনো দালালের কাছে না গিয়ে সরাসরি ডাকঘরের কাউন্টারে যোগাযোগ করার পরামর্শ দেওয়া হয়েছে।

প্রতিটি আবেদনের জন্য সরকার নির্ধারিত ফি ছাড়া অতিরিক্ত কোনো টাকা নেওয়া হবে না বলে জানান তিনি।

পীরগাছা উপজেলার কৃষক রহিম উদ্দিন বলেন, আগে জেলা শহরে গিয়ে সারা দিন লাইনে দাঁড়াতে হতো, এখন বাড়ির কাছেই কাজ হয়ে যাবে।

আগামী জুনের মধ্যে বিভাগের আরও ৫০টি ডাকঘরে একই সেবা চালুর পরিকল্পনা রয়েছে বলে ডাক বিভাগ সূত্রে জানা গেছে। এ প্রকল্পের মাধ্যমে ডাকঘরগুলোকে আবার গ্রামের মানুষের কাছে প্রয়োজনীয় করে তোলা হবে বলে আশা করছেন কর্মকর্তারা।
"""),
    must_have=[
        "ডাকঘরের কর্মীরা গত দুই মাস ধরে এসব সেবা দেওয়ার জন্য বিশেষ প্রশিক্ষণ নিয়েছেন।",
        "প্রতিটি আবেদনের জন্য সরকার নির্ধারিত ফি ছাড়া অতিরিক্ত কোনো টাকা নেওয়া হবে না বলে জানান তিনি।",
    ],
)

# ---- cluster: Noticias Argentinas, San Rafael (Diario Huarpe gzipped page + copy on El Ancasti in the gzipped batch) ----

NA = rec(
    cluster="na-sanrafael-fibre-cut-outage",
    title="Un corte de fibra óptica dejó sin internet ni telefonía a miles de usuarios en el sur de Mendoza",
    date="2024-10-23",
    dateline="SAN RAFAEL (NA) – ",
    city="San Rafael",
    country="AR",
    region="americas",
    agency="NA",
    authors=["Martín Quiroga"],
    lang="es",
    description="El servicio se restableció recién después de once horas.",
    paras=P("""
Un corte accidental de un cable troncal de fibra óptica dejó este miércoles sin internet ni telefonía móvil a miles de usuarios de San Rafael, General Alvear y Malargüe.

Según informaron fuentes de la empresa proveedora, una máquina que trabajaba en la ampliación de una ruta provincial cortó el cable a primera hora de la mañana.

Durante la interrupción tampoco funcionaron los cajeros automáticos, los pagos con tarjeta ni los sistemas de turnos de varios hospitales de la zona.

Las cuadrillas técnicas tuvieron que reemplazar casi doscientos metros de cable y el servicio se restableció recién después de once horas.

Comerciantes del centro de San Rafael contaron que debieron cobrar solo en efectivo y que muchas ventas se perdieron.

El intendente del departamento reclamó un tendido alternativo para que una sola falla no vuelva a dejar aislado a todo el sur provincial.

La empresa aseguró que el año próximo habilitará un segundo enlace por otra ruta para evitar cortes similares.
"""),
    must_have=[
        "Durante la interrupción tampoco funcionaron los cajeros automáticos, los pagos con tarjeta ni los sistemas de turnos de varios hospitales de la zona.",
        "Comerciantes del centro de San Rafael contaron que debieron cobrar solo en efectivo y que muchas ventas se perdieron.",
    ],
)

# ---- cluster: Grand Forks Herald, page + noisy re-scrape ----

GF = rec(
    cluster="grandforksherald-rural-broadband-grants",
    title="Rural townships near Grand Forks line up for last-mile broadband grants",
    date="2024-08-06",
    country="US",
    region="americas",
    authors=["Kayla Brandvold"],
    lang="en",
    caption="A crew lays conduit for fiber-optic cable along a county road north of Manvel on Aug. 1, 2024.",
    credit="Eric Hylden / Grand Forks Herald",
    paras=P("""
Farm families in several townships north and west of Grand Forks may finally get fast internet under a new round of state broadband grants.

County commissioners on Monday backed applications from two local telephone cooperatives that want to run fiber to about 600 rural homes.

Many of those homes still rely on fixed wireless or satellite service that slows down in bad weather and during harvest.

Township supervisor Dale Ostlund said families have driven to the public library in town so their children can upload homework.

The cooperatives would pay a quarter of the cost, with the rest coming from federal money handed out by the state.

Farmers say modern equipment also needs a steady connection, since tractors and grain bins now send data to phones and offices.

If the grants are approved this fall, construction could start next spring and finish before the end of 2026.

Residents can check whether their address is covered on a state broadband map and report wrong speeds to the county.
"""),
    must_have=[
        "County commissioners on Monday backed applications from two local telephone cooperatives that want to run fiber to about 600 rural homes.",
        "Farmers say modern equipment also needs a steady connection, since tractors and grain bins now send data to phones and offices.",
    ],
)
GF_PRE = ["Grand Forks Herald", "News", "Sports", "Opinion", "Obituaries", "Business", "E-Edition", "Subscribe"]
GF_HEAD = ["By Kayla Brandvold", "August 06, 2024 at 5:32 AM"]
GF_CAP = ["A crew lays conduit for fiber-optic cable along a county road north of Manvel on Aug. 1, 2024.", "Eric Hylden / Grand Forks Herald"]
GF_TAIL = [["Kayla Brandvold is a reporter for the Grand Forks Herald. Reach her at kbrandvold@gfherald.com or 701-780-1100."],
           ["What To Read Next"],
           ["Get Local with our Herald Morning Brief newsletter"],
           ["Copyright \u00a9 2024 Forum Communications Company"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Grand Forks Herald (North Dakota): original of the re-scrape cluster; Forum layout, credit on its own line.
    dict(GF, role="original", file="grandforksherald_rural_broadband.txt", render="text",
         pre=[GF_PRE], head=[GF_HEAD], cap_lines=GF_CAP,
         inserts={2: ["Advertisement"], 5: ["RELATED CONTENT", "Polk County libraries lend out mobile hotspots this fall"]},
         tail=GF_TAIL),
    dict(GF, role="rescrape", file="grandforksherald_rural_broadband_rescrape.txt.gz", render="text", noise=True,
         pre=[GF_PRE], head=[GF_HEAD], cap_lines=GF_CAP,
         tail=[["Get unlimited digital access for $1 for your first 3 months"], *GF_TAIL]),
    # Diapazon (Aktobe, Russian): original of the Kazinform cluster; 'АКТОБЕ. КАЗИНФОРМ –' dateline.
    dict(KZI, role="original", file="diapazon_kazinform_aktobe_internet_ru.txt", render="text",
         pre=[["Диапазон", "Новости", "Актобе", "Общество", "Экономика", "Криминал", "Объявления"]],
         head=[["12 марта 2025, 15:20"], ["Источник: Kazinform"], ["Просмотров: 1 284"]],
         inserts={2: ["Реклама"], 4: ["Читайте также:", "В Актобе заработал новый ЦОН на левом берегу"]},
         tail=[["Если вы нашли ошибку, выделите ее и нажмите Ctrl+Enter"], ["Подписывайтесь на Диапазон в Telegram и Instagram"],
               ["Комментарии (0)"], ["Чтобы оставить комментарий, войдите на сайт"],
               ["\u00a9 2025 Газета «Диапазон». Перепечатка материалов только с разрешения редакции."]]),
    # Daily Post Nigeria: NAN copy, 'Ilorin, Feb. 3, 2025 (NAN) -' dateline, 'By X' byline.
    rec(cluster="dailypost-nan-ilorin-sim-nin-scam", role="single", file="dailypostng_nan_ilorin_nin_scam.txt", render="text",
        title="Kwara: NCC warns residents against fake NIN-SIM linkage agents",
        date="2025-02-03", dateline="Ilorin, Feb. 3, 2025 (NAN) - ", city="Ilorin", country="NG", region="africa", lang="en",
        agency="NAN", authors=["Abdullahi Olowoyo"],
        pre=[["DAILY POST", "Home", "News", "Politics", "Metro", "Entertainment", "Sports"]],
        head=[["By Abdullahi Olowoyo"], ["February 3, 2025"], ["Share on Facebook", "Share on WhatsApp"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Also Read:", "FG restores SIMs barred over NIN mismatch"]},
        tail=[["(NAN)"], ["Join Daily Post WhatsApp Channel"], ["Related Topics:", "NCC", "Kwara"], ["Don't Miss"],
              ["Copyright \u00a9 2025 Daily Post Media Ltd. All rights reserved."]],
        paras=P("""
The Nigerian Communications Commission (NCC) has warned residents of Kwara State against people going from house to house claiming to link SIM cards to National Identification Numbers for a fee.

Mr Samuel Adeyemi, the commission's zonal controller, gave the warning at a consumer forum in Ilorin on Monday.

He said the fraudsters ask subscribers for their NIN, a one-time password and cash, and later use the details to take over bank accounts.

Adeyemi said linking a SIM to a NIN is free and can be done by dialling a short code or at any office of a licensed network operator.

He urged subscribers never to share one-time passwords or PINs with anyone, even when the caller claims to work for the commission.

The controller said more than 200 complaints about the scam had been received in the state since December.

Some traders at the forum said they lost money after strangers in branded vests promised to restore barred lines.

The News Agency of Nigeria (NAN) reports that the forum also treated complaints about dropped calls and poor data services.
"""),
        must_have=[
            "Adeyemi said linking a SIM to a NIN is free and can be done by dialling a short code or at any office of a licensed network operator.",
            "He urged subscribers never to share one-time passwords or PINs with anyone, even when the caller claims to work for the commission.",
        ]),
    # Business Day Ghana: staff, 'X, Senior Writer' byline with role, post office addresses.
    rec(cluster="businessdayghana-ghanapost-digital-address", role="single", file="businessdayghana_digital_address.txt", render="text",
        title="Ghana Post wants every parcel to carry a digital address by 2026",
        date="2024-11-19", country="GH", region="africa", lang="en", authors=["Efua Mensah-Bonsu"],
        pre=[["BUSINESS DAY", "Home", "Economy", "Companies", "Tech", "Markets", "Opinion", "Subscribe"]],
        head=[["Efua Mensah-Bonsu, Senior Writer"], ["Tuesday, 19 November 2024"], ["4 min read"]],
        inserts={2: ["Advertisement"], 5: ["READ ALSO:", "Courier firms push for single licence regime"]},
        tail=[["Follow Business Day Ghana on Google News"], ["Tags:", "Ghana Post", "Logistics"], ["Related Articles"],
              ["Leave a comment"], ["\u00a9 2024 Business Day Ghana. All rights reserved."]],
        paras=P("""
Ghana Post says it wants every parcel handled in the country to carry a digital address by the end of 2026, as online shopping pushes delivery volumes to record levels.

The company's managing director, Kofi Asante-Darko, said about a third of parcels still arrive with only a phone number and a description of the nearest landmark.

He said riders lose hours calling customers who cannot explain where they live, which raises costs for traders and for the post office.

Under the plan, sellers on online platforms will be asked to collect the customer's digital address at checkout.

Post offices will also help walk-in customers look up their address on a mobile phone for free.

Logistics firms welcomed the idea but warned that many people in newer suburbs still do not know their codes.

Mr Asante-Darko said parcel volumes rose by 40 percent last year, led by clothing, phones and spare parts ordered from abroad.

He said the company is also testing parcel lockers at two university campuses in Accra and Kumasi.
"""),
        must_have=[
            "Under the plan, sellers on online platforms will be asked to collect the customer's digital address at checkout.",
            "Post offices will also help walk-in customers look up their address on a mobile phone for free.",
        ]),
    # The Chronicle (Bulawayo, Zimbabwe): staff, 'Name, Chronicle Reporter' byline, desk e-mail line.
    rec(cluster="chronicle-bulawayo-base-station-vandalism", role="single", file="chroniclezw_base_station_batteries.txt", render="text",
        title="Battery thieves leave Bulawayo suburbs without network",
        date="2024-07-09", country="ZW", region="africa", lang="en", authors=["Nqobile Dube"],
        pre=[["The Chronicle", "Local News", "National", "Business", "Sport", "Opinion", "Epaper"]],
        head=[["Nqobile Dube, Chronicle Reporter"], ["9 Jul, 2024 - 00:07"], ["0 Comments"]],
        inserts={2: ["Advertisement"], 5: ["Related:", "Zesa urges residents to report cable thieves"]},
        tail=[["[email protected]"], ["Follow us on X @ChronicleZim"], ["You may also like"], ["Popular"],
              ["Copyright \u00a9 2024 Zimpapers. All rights reserved."]],
        paras=P("""
Residents of several Bulawayo suburbs have gone without mobile network for days after thieves stole batteries from base stations during power cuts.

Mobile operators say the batteries keep towers running when electricity is switched off, which happens for up to ten hours a day in some areas.

Without them, calls, mobile money and data stop as soon as the power goes.

A vendor in Nketa 6, Mrs Sibusisiwe Moyo, said she could not receive payments from customers for most of last week.

Police said eleven people had been arrested since May and some of the stolen batteries were found at a scrapyard in the city.

Operators have started fitting steel cages, alarms and cameras at the most targeted sites.

Residents are being urged to report anyone seen climbing fences or carrying equipment from tower sites at night.

The Postal and Telecommunications Regulatory Authority said vandalism of telecoms equipment is a serious offence that carries a long prison term.
"""),
        must_have=[
            "Without them, calls, mobile money and data stop as soon as the power goes.",
            "Operators have started fitting steel cages, alarms and cameras at the most targeted sites.",
        ]),
    # Ebtekar (Tehran, Persian): staff, 'گروه جامعه' desk byline, e-government counter queues.
    rec(cluster="ebtekar-dolat-hooshmand-counters", role="single", file="ebtekar_panjereh_melli_fa.txt", render="text",
        title="صف‌های دفاتر پیشخوان کوتاه‌تر شد؛ نیمی از خدمات دولتی آنلاین است",
        date="2024-06-16", country="IR", region="asia", lang="fa",
        pre=[["روزنامه ابتکار", "صفحه اصلی", "سیاسی", "اقتصادی", "جامعه", "فرهنگی", "ورزشی"]],
        head=[["گروه جامعه"], ["۲۷ خرداد ۱۴۰۳ - ۱۱:۴۵"], ["کد خبر: ۱۴۲۷۷۸۳"]],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید:", "اینترنت روستاهای خراسان جنوبی پرسرعت می‌شود"]},
        tail=[["انتهای پیام"], ["اشتراک گذاری"], ["نظر شما"], ["اخبار مرتبط"],
              ["کلیه حقوق این سایت متعلق به روزنامه ابتکار است."]],
        paras=P("""
بر اساس اعلام مسئولان پنجره ملی خدمات دولت هوشمند، اکنون بیش از نیمی از خدمات دستگاه‌های دولتی به صورت آنلاین ارائه می‌شود.

به گفته این مسئولان، شهروندان برای دریافت بسیاری از گواهی‌ها و استعلام‌ها دیگر نیازی به مراجعه حضوری ندارند.

در ماه‌های گذشته صف‌های دفاتر پیشخوان در شهرهای بزرگ به‌ویژه برای خدمات بیمه و ثبت احوال کوتاه‌تر شده است.

کارشناسان می‌گویند سالمندان و ساکنان روستاها هنوز برای استفاده از این خدمات به کمک نیاز دارند.

برخی شهروندان نیز از قطعی‌های مکرر سامانه‌ها و پیامک‌های تأیید که دیر می‌رسند گلایه دارند.

مسئولان پنجره ملی اعلام کرده‌اند که تا پایان سال یک مرکز پاسخگویی تلفنی برای راهنمایی کاربران راه‌اندازی می‌شود.

آنها همچنین از مردم خواسته‌اند فقط از نشانی رسمی سامانه استفاده کنند و اطلاعات حساب بانکی خود را در صفحات جعلی وارد نکنند.

به گفته پلیس فتا، در سال گذشته صدها نفر با کلیک روی پیوندهای جعلی ابلاغیه و یارانه قربانی کلاهبرداری شده‌اند.
"""),
        must_have=[
            "کارشناسان می‌گویند سالمندان و ساکنان روستاها هنوز برای استفاده از این خدمات به کمک نیاز دارند.",
            "مسئولان پنجره ملی اعلام کرده‌اند که تا پایان سال یک مرکز پاسخگویی تلفنی برای راهنمایی کاربران راه‌اندازی می‌شود.",
        ]),
    # Falkirk Herald (Scotland): staff, 'By X' with role line, NationalWorld layout, Post Office branch closure.
    rec(cluster="falkirkherald-post-office-closure", role="single", file="falkirkherald_post_office_closure.txt", render="text",
        title="Campaigners fight to save Bainsford Post Office as branch faces closure",
        date="2024-09-26", country="GB", region="europe", lang="en", authors=["Alan Muir"],
        pre=[["Falkirk Herald", "News", "Sport", "Business", "What's On", "Announcements", "Newsletter Sign Up"]],
        head=[["By Alan Muir"], ["Local Democracy Reporter"], ["Published 26th Sep 2024, 16:45 BST"]],
        inserts={2: ["Sign up to our daily newsletter"], 5: ["Read more:", "Grangemouth bank branch to shut its doors in spring"]},
        tail=[["Comments"], ["Join the conversation", "Read our community guidelines"], ["More from this section"],
              ["\u00a9 National World Publishing Ltd. All rights reserved."]],
        paras=P("""
Campaigners in Bainsford have started a petition to keep their local Post Office open after the branch was named in a list of sites at risk.

The counter inside a convenience store on Main Street handles pensions, parcels and cash withdrawals for hundreds of people every week.

Residents say the nearest alternative is a bus journey away in the town centre, which many older people cannot manage easily.

Local councillor Fiona Gillespie said the branch is the last place in the area where people can deposit cash for small businesses.

More than 1,200 people have signed the petition in its first week, and a public meeting is planned at the community centre next month.

The shop owner said the commission paid for Post Office services no longer covers the cost of staff.

A Post Office spokesperson said no final decision had been made and that it would look at ways to keep a service in the area, including an outreach van.

The petition will be handed to the local MP and MSP before the end of October.
"""),
        must_have=[
            "The counter inside a convenience store on Main Street handles pensions, parcels and cash withdrawals for hundreds of people every week.",
            "More than 1,200 people have signed the petition in its first week, and a public meeting is planned at the community centre next month.",
        ]),
    # Impartial Reporter (Enniskillen, Northern Ireland): staff, 'By X and Y' byline, 'Updated' head line.
    rec(cluster="impartialreporter-fermanagh-landline-switchover", role="single", file="impartialreporter_landline_switchover.txt", render="text",
        title="Fermanagh farmers worried as copper landlines switch to digital",
        date="2024-05-14", country="GB", region="europe", lang="en", authors=["Rachel McGovern", "Ciarán Maguire"],
        pre=[["Impartial Reporter", "News", "Farming", "Sport", "Lakeland Life", "Notices", "Subscribe"]],
        head=[["By Rachel McGovern and Ciarán Maguire"], ["Published: 14th May 2024"], ["Share"]],
        inserts={2: ["Advertisement"], 4: ["RELATED:", "Mobile mast plan near Belcoo approved"]},
        tail=[["Recommend this article"], ["Comments: Our rules"], ["Most Read"], ["Digital subscriptions from just £1"],
              ["\u00a9 Copyright 2001-2024 Newsquest Media Group Ltd. All Rights Reserved."]],
        paras=P("""
Farmers in remote parts of Fermanagh say they fear being cut off when their old copper telephone lines are switched to digital services over the next two years.

The new lines run through the internet and stop working in a power cut unless the home has a battery backup.

Dairy farmer Seamus Corrigan, who lives near Derrylin, said mobile coverage on his land is so weak that the landline is his only link in an emergency.

The Ulster Farmers' Union has asked providers to give free battery units to older and vulnerable customers in rural areas.

Telecare alarms used by some elderly people may also need new equipment, and families are urged to check with their provider before the change.

Providers say customers will be contacted at least a month before their line is moved and that no one will be switched without notice.

A public information evening is planned at Lisnaskea library later this month.
"""),
        must_have=[
            "The new lines run through the internet and stop working in a power cut unless the home has a battery backup.",
            "Telecare alarms used by some elderly people may also need new equipment, and families are urged to check with their provider before the change.",
        ]),
    # Kaikoura Star (New Zealand): staff, community paper, cell tower after outage.
    rec(cluster="kaikourastar-coast-cell-outage", role="single", file="kaikourastar_cell_outage.txt", render="text",
        title="Coastal settlements cut off as storm knocks out cell sites near Kaikōura",
        date="2024-10-17", country="NZ", region="oceania", lang="en", authors=["Jo Pelham"],
        pre=[["Kaikoura Star", "Home", "News", "Community", "Sport", "Classifieds", "Public Notices"]],
        head=[["Jo Pelham"], ["Thursday 17 October 2024"], ["Local Democracy Reporting"]],
        inserts={2: ["Advertisement"], 5: ["See also:", "Rural broadband hub opens at Hāpuku hall"]},
        tail=[["LDR is local body journalism co-funded by RNZ and NZ On Air."], ["Have your say", "Email the editor"],
              ["Latest news"], ["\u00a9 2024 Kaikoura Star"]],
        paras=P("""
Residents of coastal settlements north of Kaikōura were left without mobile coverage for nearly two days after last weekend's storm damaged power lines feeding two cell sites.

Without coverage, many households could not call emergency services, and some could not use eftpos at the local store.

Civil defence volunteers drove along State Highway 1 to check on elderly residents who live alone.

Local farmer Mike Tainui said his neighbours relied on a satellite phone kept at the community hall.

Network engineers reached the sites on Monday once slips on the access roads had been cleared.

The district council said it would ask network operators to fit longer-lasting batteries and generators at remote sites.

Residents are being encouraged to keep a battery radio at home and to agree on a meeting place with neighbours during an outage.

The council is also looking at funding emergency satellite devices for three halls along the coast.
"""),
        must_have=[
            "Civil defence volunteers drove along State Highway 1 to check on elderly residents who live alone.",
            "The district council said it would ask network operators to fit longer-lasting batteries and generators at remote sites.",
        ]),
    # Alfa.lt (Lithuanian): staff, byline with portal name, phone scam warning.
    rec(cluster="alfalt-kaunas-phone-scam-seniors", role="single", file="alfalt_telefoniniai_sukciai_lt.txt", render="text",
        title="Kauno policija perspėja: sukčiai skambina apsimesdami banko darbuotojais",
        date="2024-12-05", country="LT", region="europe", lang="lt", authors=["Rūta Vaitkienė"],
        pre=[["Alfa.lt", "Naujienos", "Lietuvoje", "Pasaulyje", "Verslas", "Sportas", "Gyvenimas"]],
        head=[["Rūta Vaitkienė, Alfa.lt"], ["2024-12-05 14:10"], ["Komentarai (12)"]],
        inserts={2: ["Reklama"], 5: ["Taip pat skaitykite:", "Vilniuje sulaikyta sukčių grupė"]},
        tail=[["Daugiau naujienų – Alfa.lt"], ["Dalintis"], ["Susiję straipsniai"], ["Populiariausi"],
              ["\u00a9 UAB „Alfa media“. Visos teisės saugomos."]],
        paras=P("""
Kauno apskrities policija įspėja gyventojus apie naują telefoninių sukčių bangą, kai skambinama apsimetant banko arba mobiliojo ryšio operatoriaus darbuotojais.

Per pastarąsias dvi savaites policijai pranešta apie daugiau nei trisdešimt tokių atvejų, dauguma nukentėjusiųjų yra vyresnio amžiaus žmonės.

Sukčiai tvirtina, kad gyventojo sąskaita bandoma pasinaudoti, ir prašo nedelsiant pervesti pinigus į „saugią“ sąskaitą.

Kartais jie paprašo perskaityti iš banko gautą patvirtinimo kodą arba įdiegti programėlę telefone.

Policijos atstovė Ingrida Jankauskienė primena, kad tikri banko darbuotojai niekada neprašo slaptažodžių ir kodų.

Gavus įtartiną skambutį, patariama iškart padėti ragelį ir paskambinti į banką numeriu, nurodytu banko kortelėje.

Policija taip pat prašo jaunesnių šeimos narių pasikalbėti su seneliais apie tokius skambučius.

Nuo metų pradžios Kauno apskrityje telefoniniai sukčiai išviliojo daugiau nei pusę milijono eurų.

Policija primena, kad apie sukčiavimo atvejus reikia pranešti bendruoju pagalbos telefonu 112 arba per elektroninę policijos svetainę. Bankai taip pat ragina klientus nustatyti mokėjimų limitus ir įsijungti pranešimus apie kiekvieną operaciją, kad įtartinas pervedimas būtų pastebėtas kuo greičiau. Ryšio operatoriai tikina, kad kartu su policija stengiasi blokuoti numerius, iš kurių skambina sukčiai.
"""),
        must_have=[
            "Kartais jie paprašo perskaityti iš banko gautą patvirtinimo kodą arba įdiegti programėlę telefone.",
            "Gavus įtartiną skambutį, patariama iškart padėti ragelį ir paskambinti į banką numeriu, nurodytu banko kortelėje.",
        ]),
    # Diamond Fields Advertiser (Kimberley, South Africa): staff, IOL layout, 'Published' date line, reversal scam.
    rec(cluster="dfa-kimberley-payment-reversal-scam", role="single", file="diamondfieldsadvertiser_reversal_scam.txt", render="text",
        title="Kimberley traders warned of fake payment SMS and 'please send back' calls",
        date="2025-04-08", country="ZA", region="africa", lang="en", authors=["Lerato Mothibi"],
        pre=[["Diamond Fields Advertiser", "News", "Northern Cape", "Business", "Sport", "Opinion", "Lifestyle"]],
        head=[["Lerato Mothibi"], ["Published Apr 8, 2025"], ["Share this article:"]],
        inserts={2: ["Advertisement"], 5: ["ALSO READ:", "Galeshewe post office reopens after break-in"]},
        tail=[["Get your news on the go, click here to join the DFA News WhatsApp group."], ["Related Topics:", "Crime", "Scams"],
              ["Leave a Reply", "Your email address will not be published."],
              ["\u00a9 2025 Independent Online and affiliated companies. All rights reserved"]],
        paras=P("""
Police in Kimberley have warned small traders about a scam in which fraudsters send a fake payment message and then call begging for the money to be sent back.

Police spokesperson Captain Tshepo Kgosana said the fake SMS is made to look like a notification from a bank or a cellphone wallet.

He said many victims only discover later that no money was ever received in their account.

Kgosana advised traders to check their balance in the banking app or at an ATM before handing over goods or sending any money back.

He said genuine reversals are handled by the bank and never require the customer to send money to a stranger.

At least 23 cases have been opened at Kimberley police stations since January, most of them involving spaza shops and taxi owners.

The South African Banking Risk Information Centre has also warned about messages with links that ask people to confirm their banking details.

Traders at the Galeshewe taxi rank said the scam had become common on pension payout days.
"""),
        must_have=[
            "He said many victims only discover later that no money was ever received in their account.",
            "At least 23 cases have been opened at Kimberley police stations since January, most of them involving spaza shops and taxi owners.",
        ]),

]


# ---- HTML pages ----------------------------------------------------------------

SITE_BP = site("বাংলাদেশ প্রতিদিন", "https://www.bd-pratidin.example.com", " | বাংলাদেশ প্রতিদিন", "bn_BD", "@bdpratidin",
               ["প্রথম পাতা", "জাতীয়", "সারাদেশ", "অর্থনীতি", "প্রযুক্তি"],
               ["স্বত্ব \u00a9 ২০২৫ বাংলাদেশ প্রতিদিন", "আমাদের সম্পর্কে", "যোগাযোগ"], share=["শেয়ার", "ফেসবুক", "হোয়াটসঅ্যাপ"],
               top=["ই-পেপার", "আর্কাইভ"])
SITE_DC = site("Diario Huarpe", "https://www.diariohuarpe.example.com", " - Diario Huarpe", "es_AR", "@diariohuarpe",
               ["San Juan", "Política", "Economía", "Policiales", "Deportes"],
               ["\u00a9 2024 Diario Huarpe. Todos los derechos reservados.", "Quiénes somos", "Contacto"],
               share=["Compartir", "Facebook", "WhatsApp", "X"], top=["Suscribite", "Ingresar"])
SITE_FB = site("فبراير", "https://www.febrayer.example.com", " - فبراير", "ar_MA", "@febrayer",
               ["الرئيسية", "سياسة", "مجتمع", "جهات", "تكنولوجيا"],
               ["جميع الحقوق محفوظة لموقع فبراير 2024", "من نحن", "اتصل بنا"], share=["شارك", "فيسبوك", "واتساب"])
SITE_DG = site("대구일보", "https://www.idaegu.example.com", " - 대구일보", "ko_KR", "@idaegu",
               ["전체기사", "정치", "경제", "사회", "경북"],
               ["Copyright \u00a9 대구일보. All rights reserved.", "회사소개", "청소년보호정책"], share=["공유하기", "페이스북", "카카오스토리"])
SITE_GU = site("Gazeta.ua", "https://gazeta.example.ua", " | Gazeta.ua", "uk_UA", "@gazeta_ua",
               ["Новини", "Суспільство", "Економіка", "Технології", "Регіони"],
               ["\u00a9 2024 Gazeta.ua. Усі права захищені.", "Про нас", "Реклама"], share=["Поділитися", "Facebook", "Telegram"],
               cookie="Ми використовуємо файли cookie, щоб сайт працював краще.", buttons=["Погоджуюсь", "Налаштування"])
SITE_LN = site("Lupa.cz", "https://www.lupa.example.cz", " - Lupa.cz", "cs_CZ", "@lupacz",
               ["Zprávičky", "Telekomunikace", "Internet", "E-commerce", "Stát a IT"],
               ["\u00a9 2025 Internet Info, s.r.o. Všechna práva vyhrazena.", "Podmínky užití", "Kontakty"], share=["Sdílet", "Facebook", "X"],
               cookie="Váš souhlas se zpracováním osobních údajů", cookie_title="Vážíme si vašeho soukromí", buttons=["Souhlasím", "Nastavení"])
SITE_GR = site("Gabonmediatime", "https://www.gabonmediatime.example.com", " - Gabonmediatime", "fr_GA", "@gabonmediatime",
               ["Politique", "Économie", "Société", "Sciences et technologies", "Culture"],
               ["\u00a9 2024 Gabonmediatime. Tous droits réservés.", "Qui sommes-nous ?", "Contact"], share=["Partager", "Facebook", "LinkedIn"])
SITE_CM = site("Corse-Matin", "https://www.corsematin.example.com", " | Corse-Matin", "fr_FR", "@corsematin",
               ["Haute-Corse", "Corse-du-Sud", "Faits divers", "Sports", "Économie"],
               ["\u00a9 Corse-Matin 2024", "Mentions légales", "Gestion des cookies"], share=["Partager", "Facebook", "X", "E-mail"],
               cookie="Avec votre accord, nous et nos partenaires utilisons des cookies.", buttons=["Accepter", "Continuer sans accepter"],
               top=["S'abonner", "Se connecter"])
SITE_GA = site("Gazeta de Alagoas", "https://www.gazetadealagoas.example.com.br", " - Gazeta de Alagoas", "pt_BR", "@gazetadealagoas",
               ["Cidades", "Política", "Economia", "Esportes", "Interior"],
               ["\u00a9 2024 Organização Arnon de Mello. Todos os direitos reservados.", "Fale conosco", "Anuncie"],
               share=["Compartilhe", "Facebook", "WhatsApp"], top=["Assine", "Entrar"])

HTML_STORIES = [
    # Bangladesh Pratidin (Bengali): original of the BSS cluster; 'রংপুর, ... (বাসস) :' dateline with Bengali digits.
    dict(BSS, role="original", file="bdpratidin_bss_rangpur_dakghor_bn.html", render="html",
         site=SITE_BP, section="সারাদেশ", meta_section="সারাদেশ",
         url="https://www.bd-pratidin.example.com/country/2025/01/14/1071234",
         published="2025-01-14T17:22:00+06:00",
         ld_author=[{"@type": "Organization", "name": "বাংলাদেশ প্রতিদিন"}],
         byline_lines=["অনলাইন ডেস্ক"], date_lines=["প্রকাশ : ১৪ জানুয়ারি, ২০২৫ ১৭:২২"],
         inserts={2: [("ad", "বিজ্ঞাপন")], 5: [("link", "আরও পড়ুন:", "দিনাজপুরে মোবাইল নেটওয়ার্ক বিভ্রাটে ভোগান্তি")]},
         end_lines=["বাংলাদেশ প্রতিদিন/এমআই"],
         lists=[("সর্বাধিক পঠিত", ["কুড়িগ্রামে চরাঞ্চলে পৌঁছাল ইন্টারনেট", "নীলফামারীতে অনলাইন প্রতারক চক্রের তিন সদস্য আটক"])]),
    # Diario Huarpe (San Juan, Spanish, gzipped page): original of the NA cluster; 'SAN RAFAEL (NA) –' dateline.
    dict(NA, role="original", file="diariohuarpe_na_sanrafael_corte_fibra_es.html.gz", render="html",
         site=SITE_DC, section="Nacionales", meta_section="Nacionales",
         url="https://www.diariohuarpe.example.com/nacionales/un-corte-de-fibra-optica-dejo-sin-internet-al-sur-de-mendoza_a6718a2c",
         published="2024-10-23T19:40:00-03:00",
         ld_author=[{"@type": "Person", "name": "Martín Quiroga"}],
         byline_lines=["Por Martín Quiroga", "Agencia Noticias Argentinas"], date_lines=["23 de octubre de 2024 - 19:40"],
         inserts={2: [("ad", "Publicidad")], 4: [("link", "Te puede interesar:", "Cortes de luz programados en Rawson y Pocito")]},
         end_lines=["Fuente: NA"],
         lists=[("Lo más leído", ["Habilitan nuevas antenas de telefonía en Valle Fértil", "Alerta por mensajes falsos del Correo"])]),
    # Febrayer (Morocco, Arabic): MAP copy, 'الرشيدية – (ومع) – ' dateline, village broadband.
    rec(cluster="febrayer-map-errachidia-douars-internet", role="single", file="febrayer_map_errachidia_internet_ar.html", render="html",
        site=SITE_FB, title="ربط 120 دوارا بإقليم الرشيدية بشبكة الإنترنت ذات الصبيب العالي",
        date="2024-09-11", dateline="الرشيدية – (ومع) – ", city="Errachidia", country="MA", region="africa", lang="ar",
        agency="MAP", section="جهات", meta_section="جهات",
        url="https://www.febrayer.example.com/1234567.html",
        description="البرنامج يشمل المدارس والمراكز الصحية القروية.",
        published="2024-09-11T16:05:00+01:00",
        ld_author=[{"@type": "Organization", "name": "فبراير"}],
        byline_lines=["فبراير.كوم"], date_lines=["الأربعاء 11 شتنبر 2024 - 16:05"],
        inserts={2: [("ad", "إشهار")], 5: [("link", "اقرأ أيضا:", "وكالات البريد بالعالم القروي تقدم خدمات رقمية جديدة")]},
        lists=[("الأكثر قراءة", ["تحذير من رسائل نصية احتيالية باسم شركات التوصيل", "انقطاع الإنترنت يربك مستعملي الهاتف بورزازات"])],
        paras=P("""
أفادت مصادر من عمالة إقليم الرشيدية أن 120 دوارا بالإقليم تم ربطها خلال هذه السنة بشبكة الإنترنت ذات الصبيب العالي، في إطار برنامج تعميم الولوج إلى الاتصالات بالمناطق القروية والجبلية.

وأوضحت المصادر ذاتها أن البرنامج يشمل تثبيت محطات جديدة للهاتف المحمول وربط المدارس والمراكز الصحية القروية بالإنترنت.

وأضافت أن أشغال تثبيت المحطات بالمناطق الجبلية واجهت صعوبات بسبب وعورة المسالك وبعد الدواوير عن الشبكة الكهربائية.

وتم تزويد عدد من المحطات بألواح شمسية وبطاريات لضمان استمرار الخدمة خلال انقطاع التيار الكهربائي.

وأكد عدد من الأساتذة بالمدارس الجماعاتية أن الربط بالإنترنت سيسمح للتلاميذ بالاستفادة من الدروس الرقمية.

كما سيمكن الساكنة من قضاء بعض الأغراض الإدارية عبر البوابات الإلكترونية دون التنقل إلى مركز الإقليم.

ومن المرتقب أن يشمل البرنامج خلال السنة المقبلة حوالي ثمانين دوارا آخر بجماعات الريصاني وأرفود وكلميمة.

وعبر عدد من سكان الدواوير المستفيدة عن ارتياحهم لهذه الخطوة، مؤكدين أنهم كانوا يضطرون في السابق إلى التنقل لعدة كيلومترات من أجل إجراء مكالمة هاتفية أو إرسال وثيقة. كما طالبوا بتحسين جودة الخدمة في فصل الصيف، حين يعود عدد كبير من أبناء المنطقة المقيمين بالخارج ويرتفع الضغط على الشبكة.
"""),
        must_have=[
            "وتم تزويد عدد من المحطات بألواح شمسية وبطاريات لضمان استمرار الخدمة خلال انقطاع التيار الكهربائي.",
            "كما سيمكن الساكنة من قضاء بعض الأغراض الإدارية عبر البوابات الإلكترونية دون التنقل إلى مركز الإقليم.",
        ]),
    # Daegu Ilbo (Korean): Newsis copy, '[구미=뉴시스] 이름 기자 = ' dateline with reporter, byline with e-mail.
    rec(cluster="idaegu-newsis-gumi-smishing-seniors", role="single", file="daeguilbo_newsis_gumi_smishing_ko.html", render="html",
        site=SITE_DG, title="구미시, 어르신 대상 '스미싱 예방 교실' 운영…택배 문자 주의",
        date="2024-04-22", dateline="[구미=뉴시스] 박준영 기자 = ", city="Gumi", country="KR", region="asia", lang="ko",
        agency="Newsis", authors=["박준영"], section="경북", meta_section="경북",
        url="https://www.idaegu.example.com/news/articleView.html?idxno=512345",
        description="경로당 30곳을 찾아가 휴대전화 사기 예방법을 교육한다.",
        published="2024-04-22T10:31:00+09:00",
        ld_author=[{"@type": "Organization", "name": "뉴시스"}],
        byline_lines=["뉴시스 기사입력 2024.04.22 10:31"],
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "경북 농어촌 마을 100곳에 공공 와이파이 설치")]},
        end_lines=["pjy@newsis.com", "<저작권자ⓒ 공감언론 뉴시스통신사. 무단전재-재배포 금지.>"],
        lists=[("많이 본 기사", ["대구 우체국, 설 명절 소포 접수 기간 연장", "휴대전화 요금 연체 안내 사칭 문자 기승"])],
        paras=P("""
경북 구미시가 어르신들을 대상으로 휴대전화 문자 사기를 막기 위한 예방 교실을 운영한다.

시는 22일부터 다음 달 말까지 관내 경로당 30곳을 찾아가 스미싱 예방 교육을 진행한다고 밝혔다.

최근 택배 배송 안내나 부고 소식, 과태료 고지를 사칭한 문자 메시지에 인터넷 주소를 넣어 보내는 수법이 늘고 있다.

이런 주소를 누르면 악성 앱이 설치돼 휴대전화에 저장된 개인정보와 금융정보가 빠져나갈 수 있다.

교육은 구미경찰서와 함께 실제 사기 문자 사례를 보여주고 의심 문자를 받았을 때 대처하는 방법을 알려주는 방식으로 진행된다.

어르신들은 휴대전화에 보안 앱을 설치하는 방법과 모르는 번호로 온 주소를 누르지 않는 습관도 함께 배운다.

시 관계자는 가족이나 지인을 사칭해 돈을 요구하는 문자를 받으면 반드시 전화로 직접 확인해야 한다고 당부했다.

지난해 구미에서는 스미싱과 메신저 피싱으로 백여 건의 피해가 신고됐으며 피해 금액은 수억 원에 이르는 것으로 알려졌다.

시는 교육을 마친 어르신들에게 사기 문자 신고 방법을 적은 안내 카드를 나눠줄 계획이다.

교육 신청은 각 읍면동 행정복지센터나 경로당 회장을 통해 할 수 있으며 참가비는 없다. 시는 교육 반응이 좋으면 하반기에는 복지관과 마을회관으로 교육 장소를 넓힐 방침이다. 경찰은 의심스러운 문자를 받으면 누르지 말고 112나 118 상담센터로 신고해 달라고 강조했다.
"""),
        must_have=[
            "이런 주소를 누르면 악성 앱이 설치돼 휴대전화에 저장된 개인정보와 금융정보가 빠져나갈 수 있다.",
            "어르신들은 휴대전화에 보안 앱을 설치하는 방법과 모르는 번호로 온 주소를 누르지 않는 습관도 함께 배운다.",
        ]),
    # Gazeta.ua (Ukrainian): Ukrinform copy, no dateline, 'передає Укрінформ' in the text and a source line.
    rec(cluster="gazetaua-ukrinform-mobile-post-frontline-villages", role="single", file="gazetaua_ukrinform_peresuvni_viddilennia_uk.html", render="html",
        site=SITE_GU, title="Пересувні відділення пошти почали працювати у прифронтових селах Харківщини",
        date="2024-11-27", country="UA", region="europe", lang="uk", agency="Ukrinform",
        section="Суспільство", meta_section="Суспільство",
        url="https://gazeta.example.ua/articles/life/_peresuvni-viddilennya-poshti-harkivschyna/1198765",
        description="Автомобілі з терміналами приїжджають у села двічі на тиждень.",
        published="2024-11-27T13:18:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Gazeta.ua"}],
        byline_lines=["Укрінформ"], date_lines=["27 листопада 2024, 13:18"],
        inserts={2: [("ad", "Реклама")], 5: [("link", "Читайте також:", "У Дії з'явилася нова послуга для переселенців")]},
        end_lines=["Джерело: Укрінформ"],
        tags=("Теги:", ["пошта", "Харківщина", "прифронтові громади"]),
        paras=P("""
У прифронтових селах Харківської області почали працювати пересувні відділення поштового зв'язку, передає Укрінформ.

Спеціально обладнані автомобілі приїжджають у населені пункти двічі на тиждень за затвердженим графіком.

У пересувному відділенні можна отримати пенсію, посилки, сплатити комунальні послуги та поповнити мобільний рахунок.

Стаціонарні відділення в багатьох селах закрилися через обстріли, тож для людей похилого віку це часто єдиний спосіб отримати виплати.

Водії та оператори мають бронежилети, а маршрути погоджують з військовими адміністраціями.

У компанії зазначили, що графік може змінюватися через безпекову ситуацію, тому мешканців інформують через старост і місцеві чати.

Найближчим часом пересувні відділення планують обладнати термінали Starlink, щоб вони могли працювати навіть за відсутності мобільного зв'язку.

До кінця року маршрут охопить понад сімдесят сіл області.

Мешканцям радять заздалегідь перевіряти графік руху пересувних відділень на сайті компанії або в її застосунку. Для людей, які не можуть вийти з дому, листоноші, як і раніше, доставляють пенсії додому за попереднім записом. У компанії також нагадали, що в пересувних відділеннях можна оформити посилку за кордон і отримати грошові перекази від родичів.
"""),
        must_have=[
            "У пересувному відділенні можна отримати пенсію, посилки, сплатити комунальні послуги та поповнити мобільний рахунок.",
            "Водії та оператори мають бронежилети, а маршрути погоджують з військовими адміністраціями.",
        ]),
    # Lupa.cz (Czech telecoms and internet site): ČTK copy, 'Liberec - ' dateline, 'ČTK' byline, village post points.
    rec(cluster="lupacz-ctk-liberec-post-partner", role="single", file="lupacz_ctk_liberec_posta_partner_cs.html", render="html",
        site=SITE_LN, title="Na Liberecku skončí další pobočky pošty, nahradí je Pošta Partner v obchodech",
        date="2025-01-29", dateline="Liberec - ", city="Liberec", country="CZ", region="europe", lang="cs",
        agency="ČTK", section="Telekomunikace", meta_section="Telekomunikace",
        url="https://www.lupa.example.cz/clanky/na-liberecku-skonci-dalsi-pobocky-posty/",
        description="Obce se obávají, že lidé přijdou o služby.",
        published="2025-01-29T10:15:00+01:00", modified="2025-01-29T12:40:00+01:00",
        byline_lines=["ČTK"], date_lines=["29. ledna 2025 10:15, aktualizováno 12:40"],
        caption="Pobočka České pošty v Liberci (ilustrační snímek)", credit="Radek Petrášek, ČTK", credit_shown="foto: Radek Petrášek, ČTK",
        inserts={2: [("ad", "Reklama")], 5: [("link", "Související:", "Pošta mění otevírací doby stovek poboček")]},
        comments=["Diskuse k článku", "Vstoupit do diskuse (14)"],
        paras=P("""
Česká pošta na Liberecku letos uzavře dalších dvanáct vlastních poboček. Jejich služby převezmou obchody nebo obecní úřady v rámci projektu Pošta Partner, uvedl mluvčí podniku.

Změna se týká hlavně menších obcí na Frýdlantsku a v okolí Jablonce nad Nisou.

Starostové se obávají, že nové výdejní místo bude mít kratší otevírací dobu a nezvládne všechny služby.

Podle pošty ale zákazníci budou moci dál posílat balíky, vybírat důchody a platit složenky.

Obce, které provozování převezmou, dostanou od pošty měsíční příspěvek a vybavení přepážky.

Starostka Višňové Jana Kratochvílová řekla, že obec se rozhodla pobočku provozovat sama, aby ji lidé neztratili úplně.

Česká pošta v posledních letech snižuje počet vlastních poboček kvůli klesajícímu počtu dopisů a ztrátám.

Podle odborů by změny neměly vést k propouštění, zaměstnanci mají dostat místo na jiných pobočkách.

Obyvatelé se mohou o budoucnosti své pobočky informovat na webu pošty nebo přímo na obecním úřadě. Pošta slibuje, že o každé změně bude lidi informovat nejméně měsíc předem, a to letáky i oznámeními na úřední desce.
"""),
        must_have=[
            "Starostové se obávají, že nové výdejní místo bude mít kratší otevírací dobu a nezvládne všechny služby.",
            "Obce, které provozování převezmou, dostanou od pošty měsíční příspěvek a vybavení přepážky.",
        ]),
    # Gabonmediatime (Libreville, French): staff, 'Par X' byline with role, e-ID registration.
    rec(cluster="gabonmediatime-identite-numerique-enrolement", role="single", file="gabonmediatime_identite_numerique_fr.html", render="html",
        site=SITE_GR, title="Identité numérique : l'enrôlement s'accélère dans les provinces",
        date="2024-12-18", country="GA", region="africa", lang="fr", authors=["Styve Ondo Mintsa"],
        section="Sciences et technologies", meta_section="Sciences et technologies",
        url="https://www.gabonmediatime.example.com/identite-numerique-lenrolement-saccelere-dans-les-provinces/",
        description="Des équipes mobiles sillonnent les villages de l'intérieur.",
        published="2024-12-18T08:45:00+01:00",
        byline_lines=["Par Styve Ondo Mintsa", "Journaliste"], date_lines=["18 décembre 2024"],
        caption="Une équipe d'enrôlement à Lambaréné, le 12 décembre 2024.", credit="Gabonmediatime", credit_shown="© Gabonmediatime",
        inserts={2: [("ad", "Publicité")], 5: [("link", "Lire aussi :", "Libreville : la fibre optique arrive dans les quartiers sud")]},
        comments=["Laisser un commentaire", "Vous devez être connecté pour publier un commentaire."],
        paras=P("""
L'enrôlement au registre national d'identité numérique s'accélère dans les provinces, selon les responsables du projet, qui annoncent plus de 400 000 personnes inscrites depuis le lancement.

Des équipes mobiles équipées de tablettes et de lecteurs d'empreintes parcourent désormais les villages de l'intérieur du pays.

Chaque personne inscrite reçoit un numéro unique qui doit lui permettre d'accéder plus facilement aux services publics et aux aides sociales.

À Lambaréné, de longues files se sont formées devant la mairie, où les agents enrôlaient jusqu'à 300 personnes par jour.

Certains habitants regrettent de devoir fournir un acte de naissance, document que beaucoup n'ont jamais obtenu.

Les responsables assurent que des audiences foraines seront organisées pour délivrer des jugements supplétifs aux personnes sans acte.

Les associations de défense des droits rappellent que la protection des données personnelles doit être garantie par une autorité indépendante.

La phase suivante doit concerner les écoles, où les élèves seront inscrits avec l'accord de leurs parents.
"""),
        must_have=[
            "Des équipes mobiles équipées de tablettes et de lecteurs d'empreintes parcourent désormais les villages de l'intérieur du pays.",
            "Les responsables assurent que des audiences foraines seront organisées pour délivrer des jugements supplétifs aux personnes sans acte.",
        ]),
    # Corse-Matin (Bastia, French): staff, byline in capitals, paywall teaser, white zones for mobile coverage.
    rec(cluster="corsematin-zones-blanches-antennes", role="single", file="corsematin_zones_blanches_fr.html", render="html",
        site=SITE_CM, title="Zones blanches : six nouvelles antennes pour couvrir les villages du Cap Corse",
        date="2024-07-03", country="FR", region="europe", lang="fr", authors=["Marie-Laure Santoni"],
        section="Haute-Corse", meta_section="Haute-Corse",
        url="https://www.corsematin.example.com/articles/zones-blanches-six-nouvelles-antennes-pour-le-cap-corse-141234",
        description="Les travaux doivent s'achever avant l'été prochain.",
        published="2024-07-03T06:00:00+02:00",
        byline_lines=["Par MARIE-LAURE SANTONI"], date_lines=["Publié le 03/07/2024 à 06:00"],
        inserts={2: [("ad", "Publicité")], 5: [("link", "À lire aussi", "Bastia : la fibre arrive dans les hauts de la ville")]},
        below_body=[("paywall", "Cet article est réservé aux abonnés"), ("paywall", "Abonnez-vous pour 1€ le premier mois")],
        paras=P("""
Six nouveaux pylônes de téléphonie mobile vont être installés dans les villages du Cap Corse, où de nombreux hameaux restent encore privés de réseau.

Les chantiers ont été retenus dans le cadre du programme national de couverture des zones blanches, financé par les opérateurs.

À Rogliano comme à Ersa, les habitants doivent encore parfois monter sur une colline pour passer un simple appel.

Le maire d'une commune concernée, Jean-Toussaint Albertini, rappelle que l'absence de réseau pose aussi un problème de sécurité pour les randonneurs et les secours.

Les antennes seront partagées par les quatre opérateurs et devront offrir un accès à l'internet mobile de dernière génération.

Des riverains se sont toutefois inquiétés de l'emplacement d'un pylône près d'une chapelle classée.

La préfecture indique que les travaux doivent s'achever avant l'été prochain, sauf recours devant le tribunal administratif.

En attendant, plusieurs communes ont installé des bornes wifi gratuites devant les mairies pour permettre aux habitants de se connecter.
"""),
        must_have=[
            "À Rogliano comme à Ersa, les habitants doivent encore parfois monter sur une colline pour passer un simple appel.",
            "Les antennes seront partagées par les quatre opérateurs et devront offrir un accès à l'internet mobile de dernière génération.",
        ]),
    # Gazeta de Alagoas (Maceió, Portuguese): staff, 'Por X | Repórter' byline, Correios in the interior.
    rec(cluster="gazetadealagoas-correios-interior-entregas", role="single", file="gazetadealagoas_correios_arapiraca_pt.html", render="html",
        site=SITE_GA, title="Moradores da zona rural de Arapiraca reclamam de atraso nas entregas dos Correios",
        date="2024-08-29", country="BR", region="americas", lang="pt", authors=["Thiago Albuquerque"],
        section="Interior", meta_section="Interior",
        url="https://www.gazetadealagoas.example.com.br/interior/moradores-da-zona-rural-de-arapiraca-reclamam-de-atraso-nos-correios",
        description="Encomendas chegam a ficar duas semanas paradas na agência.",
        published="2024-08-29T07:30:00-03:00",
        byline_lines=["Por Thiago Albuquerque | Repórter"], date_lines=["29/08/2024 às 07h30"],
        inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia também:", "Golpe do falso boleto preocupa lojistas de Maceió")]},
        lists=[("Mais lidas", ["Internet chega a povoados do Sertão alagoano", "Prefeitura lança aplicativo de serviços"])],
        paras=P("""
Moradores de povoados da zona rural de Arapiraca, no Agreste alagoano, reclamam de atrasos de até duas semanas na entrega de encomendas dos Correios.

Segundo os moradores, muitos pacotes ficam parados na agência central e só são liberados quando o destinatário vai até a cidade buscar.

A comerciante Josefa Lima, que vende roupas pela internet, disse que perdeu clientes porque as mercadorias chegaram depois do prazo.

Em alguns povoados, as ruas não têm nome nem número, o que dificulta o trabalho dos carteiros.

A prefeitura informou que está concluindo um cadastro de endereços para a zona rural em parceria com os Correios.

Em nota, os Correios afirmaram que reforçaram a equipe de entrega no município e que os atrasos foram causados pelo aumento do volume de compras online.

A empresa orienta que os clientes acompanhem as encomendas pelo site ou aplicativo e informem pontos de referência no endereço.

Os moradores pretendem levar a reclamação à Câmara Municipal na próxima sessão.
"""),
        must_have=[
            "Em alguns povoados, as ruas não têm nome nem número, o que dificulta o trabalho dos carteiros.",
            "A prefeitura informou que está concluindo um cadastro de endereços para a zona rural em parceria com os Correios.",
        ]),
]


# ---- single JSON records ----------------------------------------------------------

JSON_STORIES = [
    # news-please, Caliber.az (Azerbaijan, English): staff, e-government portal outage in Ganja.
    rec(cluster="caliber-ganja-asan-queue-portal", role="single", file="newsplease_caliberaz_egov_portal.json",
        render="newsplease", title="Residents of Ganja turn to service centres as e-government portal slows down",
        date="2024-10-02", country="AZ", region="asia", lang="en", authors=["Leyla Mammadli"],
        url="https://caliber.example.az/en/post/residents-of-ganja-turn-to-service-centres-as-e-government-portal-slows-down",
        source_domain="caliber.example.az",
        description="Officials blame a surge in applications for school benefits.",
        np_authors=["Leyla Mammadli"], np_publish="2024-10-02 12:48:00", np_download="2024-10-02 15:03:27",
        head_lines=["Leyla Mammadli", "02 October 2024 12:48", "Read: 3 min."],
        inserts={2: ["Advertisement"], 5: ["Read more: Village internet project reaches Gadabay district"]},
        tail_lines=["Follow us on Telegram", "Share", "Facebook", "X", "Copy link", "Latest news", "Most read", "Caliber.az", "All rights reserved. Materials may be reproduced only with a hyperlink to the source.", "\u00a9 2024 Caliber.az"],
        paras=P("""
Residents of Ganja queued outside public service centres this week after the national e-government portal slowed down for several days.

Users complained that pages for birth certificates, school benefit applications and tax forms would not load or timed out after login.

Officials said the portal received three times its usual number of requests at the start of the school year.

Staff at the service centre on Ataturk Avenue said they had extended opening hours to help people who could not finish their applications online.

Pensioner Rauf Aliyev said he came to the centre because the confirmation code sent to his phone never arrived.

Engineers added new servers over the weekend, and the portal was working normally again by Monday afternoon.

Officials advised users to avoid unofficial websites and Telegram channels that promise faster processing for a fee.

They said no state service ever asks citizens to pay through a private bank card or to share their login code.
"""),
        must_have=[
            "Officials said the portal received three times its usual number of requests at the start of the school year.",
            "Engineers added new servers over the weekend, and the portal was working normally again by Monday afternoon.",
        ]),
    # news-please, Kaleva (Oulu, Finnish): staff, fibre co-operative in the countryside.
    rec(cluster="kaleva-oulu-kylaverkko-valokuitu", role="single", file="newsplease_kaleva_kylaverkko_fi.json",
        render="newsplease", title="Kyläverkko tuo valokuidun sadoille taloille Oulun maaseudulla",
        date="2024-06-05", country="FI", region="europe", lang="fi", authors=["Antti Heikkilä"],
        url="https://www.kaleva.example.fi/kylaverkko-tuo-valokuidun-sadoille-taloille/6123456",
        source_domain="www.kaleva.example.fi",
        description="Osuuskunta aloittaa kaivutyöt kesäkuussa.",
        np_authors=["Antti Heikkilä"], np_publish="2024-06-05 06:00:00", np_download="2024-06-05 09:12:44",
        head_lines=["Antti Heikkilä", "5.6.2024 6:00"],
        inserts={2: ["Mainos"], 5: ["Lue myös: Mobiiliverkon katkos haittasi maksamista Kiimingissä"]},
        tail_lines=["Kuvat: Jarmo Kontiainen", "Jaa", "Facebook", "X", "Kommentoi", "Kirjaudu sisään kommentoidaksesi", "Luetuimmat", "Uusimmat", "Tilaa Kaleva", "Tilaajana saat kaikki sisällöt käyttöösi", "\u00a9 Kaleva Media Oy"],
        paras=P("""
Oulun maaseutualueiden kyliin rakennetaan kesän aikana valokuituverkko, joka tuo nopean internetyhteyden noin 400 talouteen.

Verkon rakentaa kyläläisten perustama osuuskunta, joka sai hankkeelle valtion ja kaupungin tukea.

Osuuskunnan puheenjohtaja Pirjo Kärkkäinen kertoo, että moni talous on tähän asti käyttänyt mobiiliyhteyttä, joka hidastuu iltaisin.

Kaivutyöt alkavat kesäkuussa, ja ensimmäiset liittymät on tarkoitus kytkeä käyttöön syyskuussa.

Liittymän hinta on osuuskunnan jäsenille selvästi halvempi kuin kaupallisen operaattorin vastaava tarjous.

Kärkkäisen mukaan nopea yhteys on tärkeä etätyötä tekeville ja maatiloille, joiden koneet ja laitteet ovat yhä useammin verkossa.

Myös kylän koulu ja paloasema liitetään verkkoon ensimmäisten joukossa.

Osuuskunta ottaa vielä vastaan uusia jäseniä, ja liittymistä voi kysyä kyläillassa ensi viikolla.

Kaupungin elinkeinojohtaja Markku Lehtonen sanoo, että hyvät yhteydet ovat tärkeitä myös kylien tulevaisuudelle, koska ne houkuttelevat uusia asukkaita ja yrittäjiä. Hänen mukaansa kaupunki tukee myös muita kyliä, jotka haluavat rakentaa oman verkon. Osuuskunta aikoo järjestää kesän aikana työmaakävelyjä, joilla asukkaat voivat seurata rakentamisen etenemistä. Valmiin verkon ylläpidosta vastaa myöhemmin paikallinen palveluyritys.
"""),
        must_have=[
            "Kaivutyöt alkavat kesäkuussa, ja ensimmäiset liittymät on tarkoitus kytkeä käyttöön syyskuussa.",
            "Myös kylän koulu ja paloasema liitetään verkkoon ensimmäisten joukossa.",
        ]),
    # news-please, Al3omk (Morocco, Arabic): staff, post office parcel delays in Beni Mellal.
    rec(cluster="al3omk-barid-colis-beni-mellal", role="single", file="newsplease_al3omk_barid_ar.json",
        render="newsplease", title="تأخر توزيع الطرود البريدية يثير غضب ساكنة أحياء بني ملال",
        date="2025-02-20", country="MA", region="africa", lang="ar", authors=["محمد الإدريسي"],
        url="https://al3omk.example.com/912345.html",
        source_domain="al3omk.example.com",
        description="مواطنون يطالبون بتوزيع الطرود في المنازل بدل الانتظار في الوكالات.",
        np_authors=["محمد الإدريسي"], np_publish="2025-02-20 18:25:00", np_download="2025-02-21 07:40:19",
        head_lines=["العمق - محمد الإدريسي", "الخميس 20 فبراير 2025 - 18:25"],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضا: رسائل نصية مزيفة باسم البريد تستهدف المواطنين"]},
        tail_lines=["شارك", "فيسبوك", "واتساب", "تويتر", "أضف تعليقك", "المقالات ذات الصلة", "الأكثر مشاهدة", "تابعوا آخر الأخبار من العمق على Google News", "تحميل تطبيق العمق", "تابعونا على يوتيوب", "النشرة البريدية", "جميع الحقوق محفوظة © العمق المغربي 2025"],
        paras=P("""
يشتكي عدد من سكان أحياء مدينة بني ملال من تأخر توزيع الطرود البريدية التي تصلهم من التجارة الإلكترونية، والتي تبقى أحيانا أكثر من أسبوعين في الوكالات.

وقال مواطنون إنهم يتلقون رسائل نصية تطلب منهم الحضور إلى الوكالة لتسلم طرودهم، دون أن يحاول أي موزع الوصول إلى منازلهم.

وأكد تاجر شاب يبيع الملابس عبر الإنترنت أن عددا من زبنائه ألغوا طلباتهم بسبب طول مدة الانتظار.

وتشهد الوكالة الرئيسية بالمدينة طوابير طويلة خاصة في نهاية الأسبوع، بسبب كثرة الطرود وقلة الموظفين.

وأوضح مصدر من المديرية الجهوية للبريد أن حجم الطرود تضاعف خلال السنة الأخيرة، وأن توظيف موزعين جدد في طور الإنجاز.

وأضاف المصدر أن الطرود التي لا تحمل عنوانا كاملا ورقم هاتف صحيحا هي التي تتأخر أكثر من غيرها.

ونبه المصدر ذاته المواطنين إلى عدم التجاوب مع الرسائل النصية التي تطلب أداء رسوم عبر روابط مجهولة لتسلم الطرود.

ويطالب عدد من المواطنين بإحداث نقط جديدة لتسلم الطرود في الأحياء البعيدة عن وسط المدينة، على غرار ما تم في مدن أخرى، حتى يتمكنوا من تسلم طرودهم دون الحاجة إلى قطع مسافات طويلة.
"""),
        must_have=[
            "وتشهد الوكالة الرئيسية بالمدينة طوابير طويلة خاصة في نهاية الأسبوع، بسبب كثرة الطرود وقلة الموظفين.",
            "وأضاف المصدر أن الطرود التي لا تحمل عنوانا كاملا ورقم هاتف صحيحا هي التي تتأخر أكثر من غيرها.",
        ]),
    # trafilatura, Lampung Post (Indonesian): staff, 'Penulis/Editor' lines, blank-spot villages.
    rec(cluster="lampost-desa-blank-spot-bts", role="single", file="trafilatura_lampungpost_desa_blank_spot_id.json",
        render="trafilatura", title="Puluhan desa di Lampung Barat masih blank spot, warga naik bukit cari sinyal",
        date="2024-09-24", country="ID", region="asia", lang="id", authors=["Rizky Pratama"], editors=[], section="Daerah",
        url="https://lampost.example.co/daerah/puluhan-desa-di-lampung-barat-masih-blank-spot/",
        hostname="lampost.example.co", source_hostname="Lampung Post",
        description="Pemkab mengusulkan pembangunan menara BTS baru.",
        tf_author="Rizky Pratama", tf_date="2024-09-24", tf_language="id", categories="Daerah;Teknologi",
        head_lines=["Penulis: Rizky Pratama", "Selasa, 24 September 2024 | 14:05 WIB"],
        inserts={2: ["Iklan"], 5: ["Baca Juga: Warga Pesisir Barat keluhkan gangguan jaringan internet"]},
        tail_lines=["Editor: Redaksi", "Bagikan", "Facebook", "WhatsApp", "Berita Terkait", "Terpopuler", "Ikuti Lampost.co di Google News", "Komentar", "Redaksi", "Pedoman Media Siber", "\u00a9 2024 Lampung Post. All Rights Reserved."],
        paras=P("""
Sebanyak 34 desa di Kabupaten Lampung Barat hingga kini belum terjangkau sinyal telepon seluler dan internet.

Warga di desa-desa tersebut harus naik ke bukit atau pergi ke desa tetangga untuk menelepon atau mengirim pesan.

Kepala Dinas Komunikasi dan Informatika setempat, Hendra Saputra, mengatakan pemerintah kabupaten sudah mengusulkan pembangunan menara BTS baru kepada pemerintah pusat.

Menurutnya, kondisi pegunungan dan hutan membuat biaya pembangunan jaringan di wilayah itu sangat tinggi.

Para guru mengaku kesulitan mengirim data siswa ke aplikasi pendidikan yang kini wajib digunakan sekolah.

Seorang petani kopi di Kecamatan Suoh, Darmawan, mengatakan ia sering terlambat mengetahui harga kopi karena tidak bisa mengakses internet.

Hendra berharap sebagian menara sudah bisa dibangun tahun depan, termasuk yang menggunakan tenaga surya.

Sementara itu, warga berharap pemerintah daerah bisa menyediakan akses internet sementara di balai desa, setidaknya untuk keperluan sekolah dan layanan kesehatan. Beberapa kepala desa sudah mengajukan bantuan perangkat internet satelit melalui dana desa tahun ini. Mereka menilai akses internet juga penting untuk memasarkan hasil kebun warga.
"""),
        must_have=[
            "Warga di desa-desa tersebut harus naik ke bukit atau pergi ke desa tetangga untuk menelepon atau mengirim pesan.",
            "Para guru mengaku kesulitan mengirim data siswa ke aplikasi pendidikan yang kini wajib digunakan sekolah.",
        ]),
    # trafilatura, Demerara Waves (Guyana, English): staff, hinterland internet hubs.
    rec(cluster="demerarawaves-hinterland-ict-hubs", role="single", file="trafilatura_demerarawaves_ict_hubs.json",
        render="trafilatura", title="More hinterland villages get community ICT hubs",
        date="2025-03-27", country="GY", region="americas", lang="en", authors=["Denis Chabrol"], section="Technology",
        url="https://demerarawaves.example.com/2025/03/27/more-hinterland-villages-get-community-ict-hubs/",
        hostname="demerarawaves.example.com", source_hostname="Demerara Waves Online News",
        description="The hubs offer free internet for students, farmers and small businesses.",
        tf_author="Denis Chabrol", tf_date="2025-03-27", tf_language="en", categories="Technology;News",
        head_lines=["Last updated on Thursday, 27th March, 2025, 8:15 pm by Denis Chabrol"],
        inserts={2: ["Advertisement"], 5: ["Related: Post office to offer online bill payments in Linden"]},
        tail_lines=["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on WhatsApp (Opens in new window)", "Like this:", "Like Loading...", "Related", "Leave a Reply", "Cancel reply", "You must be logged in to post a comment.", "Demerara Waves Online News", "Subscribe to our YouTube channel", "Advertise with Demerara Waves", "Copyright \u00a9 2025 Demerara Waves. All rights reserved."],
        paras=P("""
Twelve more villages in Guyana's hinterland regions now have community internet hubs, where residents can go online for free.

The hubs, housed in village offices and schools, are powered by solar panels and connected by satellite.

Officials said the centres are used by students doing online classes, farmers looking up prices and residents applying for documents.

Toshao Matthew Williams of a Rupununi village said young people no longer have to travel to Lethem to sit online examinations.

Each hub has a trained attendant who also teaches older residents how to use a smartphone and spot scam messages.

Some residents said the connection slows down in the evenings when many people use it at the same time.

Officials said bandwidth at busy hubs would be increased and that another 20 villages would be connected before the end of the year.

Village councils will also be asked to set opening hours that suit farmers and students.
"""),
        must_have=[
            "The hubs, housed in village offices and schools, are powered by solar panels and connected by satellite.",
            "Each hub has a trained attendant who also teaches older residents how to use a smartphone and spot scam messages.",
        ]),
    # trafilatura, Lviv Post (Ukraine, English): staff, air-raid power cuts and mobile towers.
    rec(cluster="lvivpost-towers-batteries-blackouts", role="single", file="trafilatura_lvivpost_mobile_towers.json",
        render="trafilatura", title="Lviv mobile towers get bigger batteries ahead of winter blackouts",
        date="2024-10-29", country="UA", region="europe", lang="en", authors=["Olena Kravets"], section="Lviv",
        url="https://lvivpost.example.net/lviv/lviv-mobile-towers-get-bigger-batteries-ahead-of-winter/",
        hostname="lvivpost.example.net", source_hostname="Lviv Post",
        description="Operators say most sites can now run for up to ten hours without power.",
        tf_author="Olena Kravets", tf_date="2024-10-29", tf_language="en", categories="Lviv;Technology",
        head_lines=["By Olena Kravets", "October 29, 2024", "2 min read"],
        inserts={2: ["Advertisement"], 5: ["Read also: Ukrposhta opens parcel lockers in Lviv residential districts"]},
        tail_lines=["Support independent journalism in Lviv", "Donate", "Share", "Facebook", "X", "Telegram", "Related news", "Subscribe to our newsletter", "Lviv Post \u2014 English-language news from Lviv and Western Ukraine", "\u00a9 2024 Lviv Post. All rights reserved."],
        paras=P("""
Mobile operators in Lviv have fitted larger batteries and generators at most of their base stations ahead of possible power cuts this winter.

Last winter many towers went silent within an hour of a blackout, leaving residents without calls or mobile internet.

Engineers say most sites in the city can now keep working for up to ten hours without electricity.

The city council has also set up more than 40 so-called points of invincibility with heating, power and Wi-Fi.

Residents are advised to download offline maps, keep power banks charged and save important phone numbers on paper.

Local IT volunteer Taras Hnatyshyn said many apartment buildings have bought shared generators to keep internet routers running.

Operators said national roaming would again be switched on during long outages so that customers can use any network that is working.

The city has also asked residents to report towers that go silent through its mobile app.
"""),
        must_have=[
            "Engineers say most sites in the city can now keep working for up to ten hours without electricity.",
            "Residents are advised to download offline maps, keep power banks charged and save important phone numbers on paper.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_BA = site("Broome Advertiser", "https://www.broomead.example.com.au", " | Broome Advertiser", "en_AU", "@broomead",
               ["News", "Kimberley", "Sport", "Community", "Regional"],
               ["\u00a9 2025 Seven West Media", "Privacy Policy", "Terms of Use"], share=["Share", "Facebook", "Email"],
               top=["Subscribe", "Sign in"])

JSONL_STORIES = [
    # newsbeam text shape: the Kazinform story on Lada.kz (Aktau) (syndicated member of the Kazinform cluster).
    dict(KZI, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.lada.example.kz/kazakhstan/141234-v-aktyubinskoy-oblasti-esche-46-sel-podklyuchat-k-internetu.html",
         nb_published="2025-03-12T11:05:00Z", outlet="Lada.kz", nb_authors=["Kazinform"],
         head_lines=["12 марта 2025, 16:05", "Казахстан"],
         tail_lines=["Фото: pixabay", "По материалам: Kazinform", "Поделиться", "WhatsApp", "Telegram", "Комментарии", "Новости Мангистау", "Подписывайтесь на Lada.kz в Telegram", "Читайте также", "Популярное", "Реклама на сайте", "При полном или частичном использовании материалов ссылка на Lada.kz обязательна", "\u00a9 Lada.kz, 2025"]),
    # news-please shape: the BSS story on Dhaka Post (syndicated member of the BSS cluster).
    dict(BSS, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.dhakapost.example.com/country/345678",
         source_domain="www.dhakapost.example.com",
         np_authors=["জেলা প্রতিনিধি"], np_publish="2025-01-14 18:05:00", np_download="2025-01-14 21:30:44",
         head_lines=["জেলা প্রতিনিধি, রংপুর", "১৪ জানুয়ারি ২০২৫, ০৬:০৫ পিএম"],
         tail_lines=["সূত্র: বাসস", "শেয়ার করুন", "ফেসবুক", "হোয়াটসঅ্যাপ", "এই বিভাগের আরও খবর", "সর্বশেষ", "জনপ্রিয়", "ঢাকা পোস্টের খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন", "মন্তব্য করুন", "ট্যাগ:", "ডাক বিভাগ", "রংপুর", "স্বত্ব \u00a9 ২০২৫ ঢাকা পোস্ট"]),
    # newsbeam html shape: Broome Advertiser (WA): AAP copy, 'Name | AAP' byline, Kimberley mobile outage.
    rec(cluster="broomeadvertiser-aap-kimberley-outage", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_BA, title="Kimberley communities cut off as fire damages fibre link",
        date="2025-01-21", country="AU", region="oceania", lang="en", agency="AAP", authors=["Tom Varga"],
        section="Regional", meta_section="Regional",
        url="https://www.broomead.example.com.au/news/regional/kimberley-communities-cut-off-as-fire-damages-fibre-link-c-17234567",
        description="Phone, internet and EFTPOS services were down for almost two days.",
        published="2025-01-21T15:40:00+08:00",
        nb_published="2025-01-21T07:40:00Z", outlet="Broome Advertiser", nb_authors=["Tom Varga"],
        byline_lines=["Tom Varga | AAP"], date_lines=["Tue, 21 January 2025 3:40PM"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Broome shire upgrades emergency radio network")]},
        below_body=[("wire-note", "This story was published by AAP.")],
        author_box=["Tom Varga is an Australian Associated Press journalist."],
        paras=P("""
Remote communities in the Kimberley were left without phone, internet or EFTPOS for almost two days after a bushfire damaged a fibre-optic cable.

The fire burnt through a section of the cable east of Fitzroy Crossing, cutting the main link for several towns and Aboriginal communities.

Shops in affected towns could take only cash, and some residents could not contact health clinics or family.

A spokeswoman for the network owner said crews had to wait for the fire to be brought under control before they could reach the site.

Services were restored late on Monday after technicians spliced in a temporary cable.

The shire president said the outage showed the region needed a second fibre route and more satellite backup at clinics and police stations.

Emergency services reminded travellers in the Kimberley to carry a satellite device during the wet season.

Local businesses said they lost a weekend of trade during one of the busiest periods for tourism in the region.
"""),
        must_have=[
            "Shops in affected towns could take only cash, and some residents could not contact health clinics or family.",
            "Services were restored late on Monday after technicians spliced in a temporary cable.",
        ]),
    # trafilatura shape: the NA story on El Ancasti (Catamarca) (syndicated member of the NA cluster).
    dict(NA, role="syndicated", file=JSONL_B, render="trafilatura", section="País",
         url="https://www.elancasti.example.com.ar/pais/2024/10/23/un-corte-de-fibra-optica-dejo-sin-internet-al-sur-de-mendoza-512345.html",
         hostname="www.elancasti.example.com.ar", source_hostname="El Ancasti",
         tf_author="Martín Quiroga", tf_date="2024-10-23", tf_language="es", categories="País;Tecnología",
         head_lines=["Martín Quiroga - Noticias Argentinas", "23 de octubre de 2024 - 20:10"],
         tail_lines=["Fuente: NA", "Compartir", "Facebook", "WhatsApp", "Temas", "Últimas noticias", "Lo más visto", "Seguinos en Instagram", "Suscribite a nuestro newsletter", "Comentarios", "Recibí las noticias en tu WhatsApp", "Diario El Ancasti - Catamarca", "\u00a9 2024 El Ancasti. Todos los derechos reservados."]),
    # news-please shape: King Island Courier (Tasmania): staff, post office agency and banking.
    rec(cluster="kingislandcourier-currie-post-office-agency", role="single", file=JSONL_B, render="newsplease",
        title="Currie post office to stay open under new licensee",
        date="2024-08-14", country="AU", region="oceania", lang="en", authors=["Bronwyn Hale"],
        url="https://www.kingislandcourier.example.com.au/story/8712345/currie-post-office-to-stay-open-under-new-licensee/",
        source_domain="www.kingislandcourier.example.com.au",
        description="Islanders feared losing banking and parcel services.",
        np_authors=["Bronwyn Hale"], np_publish="2024-08-14 09:00:00", np_download="2024-08-14 22:17:03",
        head_lines=["By Bronwyn Hale", "Wednesday, 14 August 2024"],
        inserts={2: ["Advertisement"], 5: ["ALSO IN THE COURIER: Council asks for better mobile coverage at Grassy"]},
        tail_lines=["Have a story? Email the Courier", "Share", "Facebook", "Email", "Print", "More local news", "Subscribe to the Courier", "The King Island Courier is a community newspaper published fortnightly.", "Advertise with us", "Letters to the editor", "Trading hours and public notices", "\u00a9 2024 King Island Courier"],
        paras=P("""
King Island's only post office in Currie will stay open after a local couple agreed to take over the licence from next month.

Islanders had feared losing parcel, banking and bill-paying services when the previous licensees announced their retirement earlier this year.

The post office is the only place on the island where many residents can deposit cash or collect parcels ordered from the mainland.

New licensees Greg and Anita Foley said they would keep the same opening hours and add a small stationery section.

Mrs Foley said parcel numbers had grown every year, especially in the weeks before Christmas when freight to the island slows down.

The couple will also keep a drop-off point for medical deliveries from the hospital pharmacy.

Community members thanked the Foleys at a meeting at the town hall on Monday.

The post office will close for two days at the end of the month while the handover takes place, and residents have been asked to collect any waiting parcels before then.
"""),
        must_have=[
            "The post office is the only place on the island where many residents can deposit cash or collect parcels ordered from the mainland.",
            "The couple will also keep a drop-off point for medical deliveries from the hospital pharmacy.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eightieth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Diapazon '12 марта 2025, 15:20' and Lada.kz '12 марта "
    "2025' (crawler stamp 11:05Z, the same day); Bangladesh Pratidin 'প্রকাশ : ১৪ জানুয়ারি, ২০২৫' (Bengali digits; 'প্রকাশ' = "
    "published) and Dhaka Post '১৪ জানুয়ারি ২০২৫'; Diario Huarpe '23 de octubre de 2024' and El Ancasti the same; Grand Forks "
    "Herald 'August 06, 2024' (both copies); Daily Post 'February 3, 2025' and the NAN dateline 'Feb. 3, 2025'; Business Day "
    "Ghana 'Tuesday, 19 November 2024'; Chronicle '9 Jul, 2024 - 00:07' (CAT, the page's own offset; the early hour stays on "
    "the 9th); Ebtekar '۲۷ خرداد ۱۴۰۳' (Persian solar calendar and digits = 16 June 2024); Falkirk Herald 'Published 26th "
    "Sep 2024'; Impartial Reporter 'Published: 14th May 2024'; Kaikoura Star 'Thursday 17 October 2024'; Alfa.lt '2024-12-05'; "
    "Diamond Fields Advertiser 'Published Apr 8, 2025'; Febrayer 'الأربعاء 11 شتنبر 2024' ('شتنبر' is the Moroccan name of "
    "September); Daegu Ilbo '기사입력 2024.04.22' ('기사입력' = published); Gazeta.ua '27 листопада 2024'; Lupa.cz '29. ledna "
    "2025 10:15, aktualizováno 12:40' (the update is the same day and is not the date); Gabonmediatime '18 décembre 2024'; "
    "Corse-Matin 'Publié le 03/07/2024' (day first); Gazeta de Alagoas '29/08/2024' (day first); Caliber.az '02 October "
    "2024'; Kaleva '5.6.2024' (day first = 5 June); Al3omk 'الخميس 20 فبراير 2025' (news-please's download on the 21st is "
    "the crawl); Lampung Post 'Selasa, 24 September 2024'; Demerara Waves prints only 'Last updated on Thursday, 27th March, "
    "2025', the only date on the page, so the date is 2025-03-27; Lviv Post 'October 29, 2024'; Broome Advertiser 'Tue, 21 "
    "January 2025 3:40PM' (AWST, +08:00; the crawler's 07:40Z is the same day); King Island Courier 'Wednesday, 14 August "
    "2024' (news-please's download is the crawl)",
    "dateline_city": "'АКТОБЕ. КАЗИНФОРМ – ' -> 'Aktobe' (both Kazinform copies); 'রংপুর, ১৪ জানুয়ারি, ২০২৫ (বাসস) : ' -> "
    "'Rangpur' (both BSS copies); 'SAN RAFAEL (NA) – ' -> 'San Rafael' (San Rafael, Mendoza, Argentina; both NA copies); "
    "'Ilorin, Feb. 3, 2025 (NAN) - ' -> 'Ilorin'; 'الرشيدية – (ومع) – ' -> 'Errachidia' (the GeoNames name); '[구미=뉴시스] "
    "박준영 기자 = ' -> 'Gumi' (Newsis puts the place and the reporter inside the brackets); 'Liberec - ' -> 'Liberec'. A "
    "place on a byline line (Dhaka Post 'জেলা প্রতিনিধি, রংপুর' = 'district correspondent, Rangpur') is the reporter's "
    "location, not a dateline. Gazeta.ua's Ukrinform copy has no "
    "dateline ('передає Укрінформ' in the first sentence). All other records have no dateline",
    "country": "Lada.kz (Aktau) carries the Aktobe Kazinform story (KZ, asia); Dhaka Post carries the Rangpur BSS story (BD); "
    "Diario Huarpe (San Juan) and El Ancasti (Catamarca) carry the San Rafael NA story (AR); Falkirk Herald (Scotland) and "
    "Impartial Reporter (Enniskillen, Northern Ireland) are GB; Azerbaijan is asia by UN M49; Guyana americas; King Island "
    "and Broome are AU (oceania)",
    "agency": "Diapazon and Lada.kz carry Kazinform ('КАЗИНФОРМ' dateline, 'Источник: Kazinform', 'По материалам: "
    "Kazinform'); Bangladesh Pratidin and Dhaka Post carry BSS ('বাসস' in the dateline is Bangladesh Sangbad Sangstha, "
    "'সূত্র: বাসস'); Diario Huarpe and El Ancasti carry Noticias Argentinas (labelled 'NA' as in earlier sets; '(NA)' dateline, 'Agencia Noticias "
    "Argentinas', 'Fuente: NA'); Daily Post carries NAN (the News Agency of Nigeria: dateline, '(NAN)'); Febrayer carries "
    "MAP ('(ومع)' is the Arabic short name of Maghreb Arabe Presse); Daegu Ilbo carries Newsis ('뉴시스' dateline, byline and "
    "copyright line); Gazeta.ua carries Ukrinform ('Укрінформ' byline, 'передає Укрінформ', 'Джерело: Укрінформ'); Lupa.cz "
    "carries ČTK ('ČTK' byline; the ČTK photo credit alone would not make it agency copy); Broome Advertiser carries AAP "
    "('Tom Varga | AAP', 'This story was published by AAP.'). All other records are staff copy",
    "authors": "Grand Forks Herald 'By Kayla Brandvold' (both copies; the bio line is chrome); NA 'Por Martín Quiroga' and "
    "'Martín Quiroga - Noticias Argentinas' -> 'Martín Quiroga' (both copies); Daily Post 'By Abdullahi Olowoyo' (a NAN "
    "writer); Business Day Ghana 'Efua Mensah-Bonsu, Senior Writer' ('Senior Writer' is a role); Chronicle 'Nqobile Dube, "
    "Chronicle Reporter'; Falkirk Herald 'By Alan Muir' ('Local Democracy Reporter' is a role line); Impartial Reporter 'By "
    "Rachel McGovern and Ciarán Maguire' -> both; Kaikoura Star 'Jo Pelham' ('Local Democracy Reporting' is a programme "
    "line); Alfa.lt 'Rūta Vaitkienė, Alfa.lt' -> 'Rūta Vaitkienė'; Diamond Fields Advertiser 'Lerato Mothibi'; Newsis "
    "'박준영 기자' in the dateline -> '박준영' (Hangul as printed); Gabonmediatime 'Par Styve Ondo Mintsa' ('Journaliste' is a "
    "role); Corse-Matin 'Par MARIE-LAURE SANTONI' -> natural case 'Marie-Laure Santoni'; Gazeta de Alagoas 'Por Thiago "
    "Albuquerque | Repórter'; Caliber.az 'Leyla Mammadli'; Kaleva 'Antti Heikkilä' ('Kuvat: Jarmo Kontiainen' is the "
    "photographer, not an author); Al3omk 'العمق - محمد الإدريسي' -> 'محمد الإدريسي' in Arabic script; Lampung Post 'Penulis: "
    "Rizky Pratama'; Demerara Waves 'by Denis Chabrol' in the 'Last updated' line; Lviv Post 'By Olena Kravets'; Broome "
    "Advertiser 'Tom Varga | AAP' -> 'Tom Varga'; King Island Courier 'By Bronwyn Hale'. Desk and agency bylines "
    "('অনলাইন ডেস্ক' = online desk, 'জেলা প্রতিনিধি' = district correspondent, 'گروه جامعه' = society desk, 'فبراير.كوم', "
    "'Укрінформ', 'ČTK', 'Kazinform', news-please's and the crawler's agency names) are not authors; Kazinform, BSS, "
    "Ebtekar, Febrayer, Gazeta.ua and Lupa.cz name no writer",
    "editors": "Lampung Post's 'Editor: Redaksi' names the newsroom, not a person: editors empty. Bangladesh Pratidin's "
    "'বাংলাদেশ প্রতিদিন/এমআই' sign-off initials name no one. No record names an editor",
    "caption_credit": "credits without their wrapper: Grand Forks Herald 'Eric Hylden / Grand Forks Herald' on its own line "
    "(both copies); Lupa.cz 'foto: Radek Petrášek, ČTK' -> 'Radek Petrášek, ČTK'; Gabonmediatime '© Gabonmediatime' -> "
    "'Gabonmediatime'. Kaleva's 'Kuvat: Jarmo Kontiainen' and Lada.kz's 'Фото: pixabay' stand alone with no caption in the "
    "text: chrome, caption and credit null. Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Bangladesh Pratidin 'সারাদেশ' (country), "
    "Diario Huarpe 'Nacionales', Febrayer 'جهات' (regions), Daegu Ilbo '경북' (North Gyeongsang), Gazeta.ua 'Суспільство', "
    "Lupa.cz 'Telekomunikace', Gabonmediatime 'Sciences et technologies', Corse-Matin 'Haute-Corse', Gazeta de Alagoas "
    "'Interior', Broome Advertiser 'Regional'; trafilatura records take their first category (Lampung Post 'Daerah', "
    "Demerara Waves 'Technology', Lviv Post 'Lviv', El Ancasti 'País'); news-please, plain text and newsbeam text records "
    "have none (Lada.kz's 'Казахстан' head line is chrome)",
    "language": "'ru' Russian (two copies of the Kazinform story); 'bn' Bengali (two copies of the BSS story); 'es' "
    "Argentine Spanish (two copies of the NA story); 'ar' Moroccan papers in Arabic (Febrayer, Al3omk); 'fr' Gabonese and "
    "Corsican French; 'fa' Persian; 'ko' Korean; 'uk' Ukrainian; 'cs' Czech; 'pt' Brazilian Portuguese; 'fi' Finnish; 'lt' "
    "Lithuanian; 'id' Indonesian; all others English (Lviv Post is an English-language Ukrainian site)",
    "chrome": "includes consent banners and their buttons, login and subscription strings, paywall teasers, share bars, "
    "comment gates, advertisement labels, reading times and view counters, related-story lines and boxes, tag lists, "
    "most-read rails, newsletter, WhatsApp, Telegram and Google News promos, donation appeals, reporter bio, role, e-mail "
    "and programme lines, wire source lines and sign-offs ('Источник: Kazinform', 'По материалам: Kazinform', 'সূত্র: বাসস', "
    "'Fuente: NA', '(NAN)', 'Джерело: Укрінформ', 'This story was published by AAP.', 'انتهای پیام'), Newsis' e-mail and "
    "copyright lines, sign-off initials, lone photo lines, ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Kazinform and BSS in the plain batch, NA in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Grand Forks Herald: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"kazinform", "казинформ", "diapazon", "диапазон", "lada.kz", "bss", "বাসস", "bangladesh sangbad sangstha",
                "বাংলাদেশ প্রতিদিন", "bangladesh pratidin", "অনলাইন ডেস্ক", "জেলা প্রতিনিধি", "ঢাকা পোস্ট", "dhaka post",
                "na", "noticias argentinas", "agencia noticias argentinas", "diario huarpe", "el ancasti",
                "grand forks herald", "forum communications", "nan", "news agency of nigeria", "daily post",
                "business day ghana", "chronicle", "chronicle reporter", "zimpapers", "ebtekar", "ابتکار", "گروه جامعه",
                "falkirk herald", "impartial reporter", "kaikoura star", "alfa.lt", "diamond fields advertiser",
                "map", "ومع", "فبراير", "فبراير.كوم", "febrayer", "newsis", "뉴시스", "대구일보", "daegu ilbo",
                "ukrinform", "укрінформ", "gazeta.ua", "čtk", "ctk", "lupa.cz", "gabonmediatime", "corse-matin",
                "gazeta de alagoas", "caliber.az", "kaleva", "al3omk", "العمق", "lampung post", "redaksi",
                "demerara waves", "lviv post", "broome advertiser", "king island courier"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
