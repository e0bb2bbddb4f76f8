#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventy-fourth development set (bench/dev_set74/, first written as the seventy-first held-out set).

    .venv/bin/python bench/dev_set74/_generate.py

Writes ``bench/dev_set74/articles/*`` and ``bench/dev_set74/labels.json`` (next to this
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
bench/dev_set73/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout71_2025-a.jsonl"
JSONL_B = "crawl_holdout71_2025-b.jsonl.gz"


# ---- cluster: TAP, Kairouan (Assabah page + copy on Shems FM in the plain batch) ----

TAP = rec(
    cluster="tap-kairouan-water-cuts",
    title="القيروان: برنامج لقطع الماء الصالح للشرب ليلا في 14 منطقة خلال الصيف",
    date="2024-07-09",
    dateline="القيروان (وات) - ",
    city="Kairouan",
    country="TN",
    region="africa",
    agency="TAP",
    lang="ar",
    description="الإدارة الجهوية للصوناد بالقيروان تعلن برنامجا لترشيد استهلاك الماء.",
    paras=P("""
أعلنت الإدارة الجهوية للشركة الوطنية لاستغلال وتوزيع المياه بالقيروان، اليوم الثلاثاء، عن برنامج لقطع الماء الصالح للشرب ليلا في 14 منطقة بالولاية طيلة أشهر الصيف.

وأوضح المدير الجهوي للشركة، منير الحامدي، أن القطع سيتم بين الساعة العاشرة ليلا والخامسة صباحا بهدف إعادة ملء الخزانات وضمان التزويد خلال النهار.

وتشمل القائمة أحياء في مدينة القيروان وفي معتمديات حفوز والشبيكة والعلا وبوحجلة.

وبين المسؤول أن مستوى المخزون في عدد من الآبار العميقة تراجع بشكل واضح بسبب توالي سنوات الجفاف وارتفاع الاستهلاك في فترات الحر.

وأشار إلى أن الشركة ستوفر صهاريج متنقلة لفائدة المستشفيات ومراكز الصحة الأساسية والمدارس التي تحتضن امتحانات الدورة الاستثنائية.

كما دعا المواطنين إلى عدم استعمال الماء الصالح للشرب في ري الحدائق وغسل السيارات خلال هذه الفترة.

وقال رئيس المجلس المحلي بحفوز، الهادي الزغلامي، إن المجلس طالب بتسريع أشغال ربط المنطقة بمحطة الضخ الجديدة.

ومن المنتظر أن تدخل محطة الضخ الجديدة حيز الاستغلال قبل نهاية السنة بكلفة تقارب 12 مليون دينار.

وتسجل ولاية القيروان كل صيف عشرات الاحتجاجات بسبب الانقطاع المتكرر للماء في الأرياف.

وأكدت الشركة أنها ستنشر جدول القطع كاملا على صفحتها الرسمية وتحينه كل أسبوع.
"""),
    must_have=[
        "وتشمل القائمة أحياء في مدينة القيروان وفي معتمديات حفوز والشبيكة والعلا وبوحجلة.",
        "ومن المنتظر أن تدخل محطة الضخ الجديدة حيز الاستغلال قبل نهاية السنة بكلفة تقارب 12 مليون دينار.",
    ],
)

# ---- cluster: ČTK, Jihlava (Parlamentní listy scrape + copy on Mladá fronta DNES in the plain batch) ----

CTK = rec(
    cluster="ctk-jihlava-referendum-spalovna",
    title="Jihlava vyhlásila místní referendum o stavbě spalovny odpadu",
    date="2024-05-28",
    dateline="Jihlava - ",
    city="Jihlava",
    country="CZ",
    region="europe",
    agency="ČTK",
    lang="cs",
    description="Lidé budou hlasovat souběžně s krajskými volbami v září.",
    paras=P("""
Obyvatelé Jihlavy budou v září hlasovat v místním referendu o tom, zda má město podpořit stavbu zařízení na energetické využití odpadu v průmyslové zóně u dálnice.

Vyhlášení referenda dnes schválili zastupitelé poté, co petiční výbor odevzdal přes 6200 platných podpisů.

Hlasování se uskuteční souběžně s krajskými volbami, což podle radnice ušetří náklady na organizaci.

Aby bylo referendum platné, musí k urnám přijít nejméně 35 procent oprávněných voličů.

Projekt připravuje regionální svozová firma, která chce ročně zpracovat až 90 000 tun směsného odpadu z Vysočiny.

Primátor Petr Hnilička řekl, že město zatím žádné stanovisko nezaujalo a chce znát názor lidí.

Odpůrci se obávají zhoršení ovzduší a zvýšení nákladní dopravy v přilehlých čtvrtích.

Zastánci naopak upozorňují, že od roku 2030 nebude možné většinu odpadu ukládat na skládky.

Výsledek referenda bude pro město závazný, pokud pro jednu z odpovědí hlasuje nadpoloviční většina zúčastněných.

Radnice chce před hlasováním uspořádat dvě veřejná projednání s odborníky z obou stran.
"""),
    must_have=[
        "Aby bylo referendum platné, musí k urnám přijít nejméně 35 procent oprávněných voličů.",
        "Odpůrci se obávají zhoršení ovzduší a zvýšení nákladní dopravy v přilehlých čtvrtích.",
    ],
)

# ---- cluster: GNA, Sunyani (Today gzipped page + copy on Ultimate FM Online in the gzipped batch) ----

GNA = rec(
    cluster="gna-sunyani-mce-confirmation",
    title="Sunyani Assembly members confirm new Municipal Chief Executive at second attempt",
    date="2025-04-16",
    dateline="Sunyani, April 16, GNA - ",
    city="Sunyani",
    country="GH",
    region="africa",
    agency="GNA",
    authors=["Kwabena Adjei Owusu"],
    lang="en",
    description="The nominee polled 31 of 42 votes after an earlier vote was suspended.",
    paras=P("""
Members of the Sunyani Municipal Assembly have confirmed the President's nominee as Municipal Chief Executive after an
earlier vote was suspended over a dispute about the voters' register.

Mr Emmanuel Owusu-Boateng polled 31 of the 42 votes cast, representing 73.8 per cent, above the two-thirds majority
required by the Local Governance Act.

The Electoral Commission supervised the exercise at the Assembly hall, with security personnel stationed outside.

The first attempt, two weeks ago, was stopped after some members questioned whether government appointees had been
properly sworn in.

In his acceptance speech, Mr Owusu-Boateng promised to clear refuse dumps at the Sunyani central market and to repair
drains on the Berlin Top road before the rains.

He also said the Assembly would review the property rate so that more revenue could be raised for sanitation.

The Presiding Member, Madam Agnes Yeboah, urged members to put aside their differences and work with the new chief
executive.

Some traders at the market told the Ghana News Agency that they wanted the Assembly to provide more toilets and
refuse containers.

The Regional Minister is expected to swear in the new MCE next week.
"""),
    must_have=[
        "The Electoral Commission supervised the exercise at the Assembly hall, with security personnel stationed outside.",
        "He also said the Assembly would review the property rate so that more revenue could be raised for sanitation.",
    ],
)

# ---- cluster: Riverine Herald, page + noisy re-scrape ----

RH = rec(
    cluster="riverineherald-campaspe-fogo-bins",
    title="Campaspe Shire to roll out green lid food bins from July",
    date="2025-02-19",
    country="AU",
    region="oceania",
    authors=["Hayley Brandt"],
    lang="en",
    caption="Campaspe Shire waste officer Luke Doran with one of the new green lid bins.",
    credit="Hayley Brandt",
    paras=P("""
Households in Echuca, Kyabram and Rochester will get a new green lid bin for food and garden waste from July, after
Campaspe Shire councillors voted to start the service.

The bins will be collected every week, while general rubbish will move to a fortnightly pick-up.

Council waste coordinator Luke Doran said about a third of what residents put in the rubbish bin was food scraps.

Food and garden waste will be taken to a composting site near Bendigo instead of the landfill at Corop.

Every household will also receive a small kitchen caddy and a roll of compostable liners.

The new service will add about $95 a year to the waste charge on rates notices.

Cr Adrian Weston voted against the plan and said many rural residents already composted at home.

Residents on farms outside town boundaries will be able to choose whether to join the service.

The State Government requires all Victorian councils to offer a food and garden service by 2030.

Information sessions will be held at the Echuca library and the Kyabram town hall in May.
"""),
    must_have=[
        "Food and garden waste will be taken to a composting site near Bendigo instead of the landfill at Corop.",
        "Residents on farms outside town boundaries will be able to choose whether to join the service.",
    ],
)
RH_PRE = ["Riverine Herald", "News", "Sport", "Community", "Opinion", "Obituaries", "Classifieds", "Subscribe"]
RH_HEAD = ["By Hayley Brandt", "Updated February 19 2025 - 4:12pm, first published 12:30pm"]
RH_CAP = ["Campaspe Shire waste officer Luke Doran with one of the new green lid bins.", "Picture by Hayley Brandt"]
RH_TAIL = [["Hayley Brandt is a journalist at the Riverine Herald covering Campaspe Shire Council."],
           ["Get the latest Echuca-Moama news in your inbox"], ["Sign up for our newsletter"],
           ["More from News"], ["Echuca-Moama bridge lane closures this weekend"],
           ["\u00a9 2025 Australian Community Media"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Riverine Herald (Echuca, Australia): original of the re-scrape cluster; 'Updated ..., first published' line, 'Picture by'.
    dict(RH, role="original", file="riverineherald_campaspe_fogo_bins.txt", render="text",
         pre=[RH_PRE], head=[RH_HEAD], cap_lines=RH_CAP,
         inserts={2: ["Advertisement"], 5: ["READ MORE: Kyabram pool to open longer hours next summer"]},
         tail=RH_TAIL),
    dict(RH, role="rescrape", file="riverineherald_campaspe_fogo_bins_rescrape.txt.gz", render="text", noise=True,
         pre=[RH_PRE], head=[RH_HEAD], cap_lines=RH_CAP,
         tail=[["Subscribe now for unlimited access."], *RH_TAIL]),
    # Parlamentní listy (Czech Republic): original of the ČTK cluster; 'Jihlava -' dateline, '(ČTK)' label.
    dict(CTK, role="original", file="parlamentnilisty_ctk_jihlava_referendum_cs.txt", render="text",
         pre=[["ParlamentníListy.cz", "Zprávy", "Politika", "Kraje", "Monitor", "Rozhovory", "Pravý břeh", "Přihlásit"]],
         head=[["28.05.2024 15:42"], ["(ČTK)"], ["Sdílet na Facebooku"]],
         inserts={2: ["Reklama"], 5: ["Související články:", "Třebíč řeší svoz bioodpadu, poplatek se zvýší"]},
         tail=[["Zdroj: ČTK"], ["Vložil: Redakce PL"], ["Diskuse k článku"], ["Nejčtenější"],
               ["\u00a9 Copyright 2008-2024 Our Media a.s. Všechna práva vyhrazena."]]),
    # Sega (Bulgaria, Bulgarian): BTA copy, 'Бургас, 14 януари /Кореспондент на БТА .../' dateline.
    rec(cluster="sega-bta-burgas-waste-fee", role="single", file="sega_bta_burgas_taksa_smet_bg.txt", render="text",
        title="Общинският съвет в Бургас прие такса смет според количеството отпадъци",
        date="2025-01-14", dateline="Бургас, 14 януари /Кореспондент на БТА Нели Стойчева/ ", city="Burgas",
        country="BG", region="europe", lang="bg", agency="BTA", authors=["Нели Стойчева"],
        pre=[["Сега", "Новини", "България", "Свят", "Икономика", "Общество", "Мнения", "Култура"]],
        head=[["14 януари 2025, 17:05"], ["Източник: БТА"], ["Сподели"]],
        inserts={2: ["Реклама"], 5: ["Още по темата:", "Варна вдига цената на градския транспорт"]},
        tail=[["Последвайте ни в Telegram"], ["Коментари"], ["Влезте, за да коментирате"], ["Най-четени"],
              ["\u00a9 Вестник \u201eСега\u201c 2025. Всички права запазени."]],
        paras=P("""
Общинският съвет в Бургас прие днес нова наредба, според която от следващата година таксата за битови отпадъци ще се определя според количеството изхвърлен боклук.

За наредбата гласуваха 39 общински съветници, а шестима бяха против.

Досега таксата се изчисляваше като процент от данъчната оценка на жилището, което според общината не е справедливо.

Домакинствата ще могат да избират между съдове с различен обем и честота на извозване.

Заместник-кметът по екология Тодор Ганев каза, че семейство от четирима души ще плаща средно около 90 лева годишно.

Хората, които живеят сами, ще могат да използват по-малки кофи и така да плащат по-малко.

В кварталите с блокове таксата ще се разпределя между собствениците чрез етажната собственост.

Опозицията в съвета предупреди, че новата система може да доведе до изхвърляне на отпадъци на нерегламентирани места.

Общината планира да постави още 200 контейнера за разделно събиране на хартия, пластмаса и стъкло.

Промените трябва да влязат в сила от 1 януари 2026 година след обществено обсъждане на самите цени.
"""),
        must_have=[
            "Домакинствата ще могат да избират между съдове с различен обем и честота на извозване.",
            "В кварталите с блокове таксата ще се разпределя между собствениците чрез етажната собственост.",
        ]),
    # Naya Diganta (Bangladesh, Bengali): BSS copy, 'রংপুর, ১২ মে, ২০২৪ (বাসস) :' dateline.
    rec(cluster="nayadiganta-bss-rangpur-drains", role="single", file="nayadiganta_bss_rangpur_drain_bn.txt", render="text",
        title="বর্ষার আগে রংপুর সিটি করপোরেশনের ৪২ কিলোমিটার ড্রেন সংস্কার",
        date="2024-05-12", dateline="রংপুর, ১২ মে, ২০২৪ (বাসস) : ", city="Rangpur", country="BD", region="asia",
        lang="bn", agency="BSS",
        pre=[["নয়া দিগন্ত", "প্রথম পাতা", "জাতীয়", "রাজনীতি", "সারাদেশ", "অর্থনীতি", "খেলা", "ই-পেপার"]],
        head=[["বাসস", "১২ মে ২০২৪, ১৮:২০"], ["শেয়ার করুন"]],
        inserts={2: ["বিজ্ঞাপন"], 5: ["আরো পড়ুন :", "দিনাজপুরে পৌরসভার পানি সরবরাহ বন্ধ"]},
        tail=[["এ বিভাগের আরো খবর"], ["সর্বাধিক পঠিত"], ["সম্পাদক : আলমগীর মহিউদ্দিন"],
              ["স্বত্ব \u00a9 ২০২৪ দৈনিক নয়া দিগন্ত"]],
        paras=P("""
বর্ষা মৌসুমে জলাবদ্ধতা কমাতে রংপুর সিটি করপোরেশন নগরীর বিভিন্ন ওয়ার্ডে প্রায় ৪২ কিলোমিটার ড্রেন সংস্কারের কাজ শুরু করেছে।

সিটি করপোরেশনের প্রধান প্রকৌশলী আজ সাংবাদিকদের জানান, জুনের মধ্যে অধিকাংশ কাজ শেষ করার লক্ষ্য নির্ধারণ করা হয়েছে।

গত বছর ভারী বৃষ্টিতে নগরীর জাহাজ কোম্পানি মোড়, কামারপাড়া ও মুলাটোল এলাকায় কয়েক দিন পানি জমে ছিল।

নতুন নকশায় ড্রেনগুলো আগের চেয়ে চওড়া ও গভীর করা হচ্ছে এবং ওপরে ঢাকনা দেওয়া হবে।

এ প্রকল্পে সরকারি বরাদ্দের পাশাপাশি সিটি করপোরেশনের নিজস্ব তহবিল থেকে প্রায় ৬০ কোটি টাকা ব্যয় হবে।

মেয়র বলেন, ড্রেনে প্লাস্টিক ও গৃহস্থালি বর্জ্য ফেলার কারণে পানি নামতে বাধা সৃষ্টি হয়।

তিনি নগরবাসীকে নির্দিষ্ট স্থানে বর্জ্য ফেলার এবং পরিচ্ছন্নতা কর্মীদের সহযোগিতা করার আহ্বান জানান।

স্থানীয় ব্যবসায়ীরা বলছেন, নির্মাণকাজের কারণে কয়েকটি সড়কে যান চলাচলে সাময়িক অসুবিধা হচ্ছে।

শ্যামাসুন্দরী খাল খননের কাজও একই সময়ে চলছে, যা শহরের পানি নিষ্কাশনের প্রধান পথ।

কাজের মান তদারকির জন্য প্রতিটি ওয়ার্ডে কাউন্সিলরদের নেতৃত্বে কমিটি গঠন করা হয়েছে।

নগরবাসী বলছেন, কাজ সময়মতো শেষ হলে এবার বর্ষায় দুর্ভোগ অনেকটাই কমবে বলে তারা আশা করছেন।
"""),
        must_have=[
            "নতুন নকশায় ড্রেনগুলো আগের চেয়ে চওড়া ও গভীর করা হচ্ছে এবং ওপরে ঢাকনা দেওয়া হবে।",
            "শ্যামাসুন্দরী খাল খননের কাজও একই সময়ে চলছে, যা শহরের পানি নিষ্কাশনের প্রধান পথ।",
        ]),
    # Viața liberă (Galați, Romania, Romanian): Agerpres copy, 'Galați, 3 octombrie /Agerpres/ -' dateline.
    rec(cluster="viatalibera-agerpres-galati-streets", role="single", file="viatalibera_agerpres_galati_strazi_ro.txt", render="text",
        title="Consiliul Local Galați a aprobat modernizarea a 38 de străzi din cartierele mărginașe",
        date="2024-10-03", dateline="Galați, 3 octombrie /Agerpres/ - ", city="Galați", country="RO", region="europe",
        lang="ro", agency="Agerpres",
        pre=[["Viața liberă", "Actualitate", "Administrație", "Social", "Economie", "Sport", "Cultură", "Opinii"]],
        head=[["Joi, 3 octombrie 2024, 16:48"], ["Autor: Agerpres"], ["Distribuie"]],
        inserts={2: ["Publicitate"], 5: ["Citește și:", "Apă Canal anunță avarie pe strada Brăilei"]},
        tail=[["Sursa: AGERPRES"], ["Abonează-te la newsletter"], ["Comentarii"], ["Cele mai citite"],
              ["\u00a9 2024 Viața liberă Galați. Toate drepturile rezervate."]],
        paras=P("""
Consiliul Local Galați a aprobat joi proiectul de modernizare a 38 de străzi din cartierele Dunărea, Tirighina și Bădălan, unde locuitorii circulă încă pe drumuri de pământ.

Lucrările includ asfaltarea, construirea de trotuare și refacerea rețelelor de apă și canalizare.

Valoarea totală a proiectului este de aproximativ 96 de milioane de lei, iar o parte din bani va veni din fonduri europene.

Primarul Ionuț Pucheanu a declarat că primele șantiere vor fi deschise în primăvara anului viitor.

Consilierii din opoziție au cerut ca firmele să fie obligate să lucreze pe tronsoane scurte, pentru a nu bloca accesul la case.

Locuitorii din Bădălan se plâng de ani de zile că praful vara și noroiul iarna le fac viața grea.

Proiectul prevede și montarea a peste 400 de stâlpi de iluminat public cu becuri LED.

Administrația locală estimează că lucrările vor dura cel mult doi ani.

Primăria va organiza consultări cu asociațiile de proprietari înainte de începerea fiecărei etape.

Străzile au fost alese după numărul de locuitori și după starea rețelelor subterane.
"""),
        must_have=[
            "Lucrările includ asfaltarea, construirea de trotuare și refacerea rețelelor de apă și canalizare.",
            "Proiectul prevede și montarea a peste 400 de stâlpi de iluminat public cu becuri LED.",
        ]),
    # Uhuru (Tanzania, Swahili): staff, 'Na ..., Morogoro' byline.
    rec(cluster="uhuru-morogoro-local-elections-register", role="single", file="uhuru_morogoro_uchaguzi_sw.txt", render="text",
        title="Wakazi wa Morogoro wahimizwa kujiandikisha kwa uchaguzi wa serikali za mitaa",
        date="2024-10-14", country="TZ", region="africa", lang="sw", authors=["Rehema Mussa"],
        pre=[["Uhuru", "Habari", "Kitaifa", "Kimataifa", "Biashara", "Michezo", "Makala", "Burudani"]],
        head=[["Na Rehema Mussa, Morogoro"], ["Oktoba 14, 2024"], ["Shiriki"]],
        inserts={2: ["Tangazo"], 5: ["SOMA ZAIDI:", "Halmashauri ya Kilosa yaanza ukarabati wa barabara za vijijini"]},
        tail=[["Jiunge nasi kwenye WhatsApp"], ["Habari Zinazohusiana"], ["Acha Maoni"], ["Zilizosomwa Zaidi"],
              ["Hakimiliki \u00a9 2024 Uhuru Publications Ltd"]],
        paras=P("""
Wakazi wa Manispaa ya Morogoro wametakiwa kujitokeza kwa wingi kujiandikisha katika daftari la wapiga kura kwa ajili ya uchaguzi wa serikali za mitaa unaotarajiwa kufanyika Novemba mwaka huu.

Msimamizi wa uchaguzi katika manispaa hiyo alisema zoezi la uandikishaji litaendelea kwa siku kumi katika vituo 312.

Alisema hadi jana jioni zaidi ya wakazi 96,000 walikuwa wamejiandikisha, sawa na asilimia 58 ya lengo.

Vituo vya kuandikisha vimewekwa katika ofisi za mitaa, shule za msingi na baadhi ya masoko.

Mwenyekiti wa mtaa wa Kihonda, Bw. Juma Selemani, alisema vijana wengi bado hawajui umuhimu wa kuchagua viongozi wa mitaa.

Katika uchaguzi huo, wananchi watachagua wenyeviti wa vijiji, vitongoji na mitaa pamoja na wajumbe wa kamati.

Baadhi ya wakazi walilalamika kwamba vituo vingine hufunguliwa kwa kuchelewa asubuhi.

Msimamizi huyo aliahidi kufuatilia malalamiko hayo na kuongeza watendaji katika vituo vyenye watu wengi.

Vyama vya siasa vimetakiwa kuwahamasisha wanachama wao kujiandikisha mapema kabla ya muda kumalizika.

Orodha ya awali ya wapiga kura itabandikwa kwenye ofisi za mitaa ili wananchi waweze kuihakiki.
"""),
        must_have=[
            "Vituo vya kuandikisha vimewekwa katika ofisi za mitaa, shule za msingi na baadhi ya masoko.",
            "Katika uchaguzi huo, wananchi watachagua wenyeviti wa vijiji, vitongoji na mitaa pamoja na wajumbe wa kamati.",
        ]),
    # Weekend Post (Botswana): staff, 'BY X' byline with 'Staff Writer' line.
    rec(cluster="weekendpost-maun-byelection", role="single", file="weekendpost_maun_byelection.txt", render="text",
        title="Maun ward by-election draws five candidates after councillor's death",
        date="2024-03-02", country="BW", region="africa", lang="en", authors=["Onalenna Kgosi"],
        pre=[["WeekendPost", "News", "Politics", "Business", "Opinion", "Sport", "Lifestyle", "E-Paper"]],
        head=[["BY ONALENNA KGOSI"], ["Staff Writer"], ["Saturday, 02 March 2024"]],
        inserts={2: ["Advertisement"], 5: ["RELATED NEWS", "North West District Council adopts new budget"]},
        tail=[["Tags: Maun, by-election, IEC"], ["Share this article"], ["Comments (0)"],
              ["Trending this week"], ["\u00a9 2024 Weekend Post. All rights reserved."]],
        paras=P("""
Five candidates will contest the Boseja ward by-election in Maun later this month following the death of the area's
councillor in January.

The Independent Electoral Commission said nominations closed on Thursday with candidates from three parties and two
independents.

Voters in the ward have complained for years about poor road maintenance and frequent water cuts.

One of the independent candidates, Ms Kelebogile Molefhi, is a former nurse who says she wants a clinic open at night.

The ruling party has sent senior members to campaign in the ward, which it narrowly won at the last general election.

Opposition activists said the result would show whether the party was losing support in the North West District.

About 4,800 people are registered to vote in the ward, according to the commission.

The commission asked residents to bring their Omang identity cards and voter registration slips to the polling
stations.

The by-election will take place on 23 March.
"""),
        must_have=[
            "Voters in the ward have complained for years about poor road maintenance and frequent water cuts.",
            "About 4,800 people are registered to vote in the ward, according to the commission.",
        ]),
    # Penticton Herald (Canada): staff, byline at the foot with e-mail.
    rec(cluster="pentictonherald-short-term-rental-permits", role="single", file="pentictonherald_short_term_rentals.txt", render="text",
        title="Penticton council tightens rules for short-term rental permits",
        date="2024-04-17", country="CA", region="americas", lang="en", authors=["Mark Brennan"],
        pre=[["Penticton Herald", "Local News", "Okanagan", "Sports", "Opinion", "Obituaries", "E-Edition", "Subscribe"]],
        head=[["Apr 17, 2024"], ["Facebook", "X", "Email"]],
        inserts={2: ["Advertisement"], 5: ["Also Read: Skaha Lake Park concession plan back on the table"]},
        tail=[["By Mark Brennan"], ["mark.brennan@pentictonherald.example.ca"], ["Recommended for you"],
              ["Sign up for the Herald's daily newsletter"], ["\u00a9 2024 Okanagan Valley Newspaper Group"]],
        paras=P("""
Penticton city council has voted to cap the number of short-term rental permits in residential neighbourhoods and to
raise the yearly licence fee.

Under the new bylaw, owners will only be able to rent out their main home or a suite on the same property.

Council will issue no more than 300 permits in residential zones, down from about 470 licences active last summer.

The annual fee will rise from $150 to $750 for most operators, with the money going to bylaw enforcement.

Coun. Helena Kowal said the change would return some homes to the long-term rental market.

Several owners told council on Tuesday that short-term guests support wineries and restaurants in the shoulder season.

The province's own rules on short-term rentals came into force on May 1 and apply to cities of Penticton's size.

City staff will report back in a year on how many units have moved to long-term rentals.

Permits for the new system will go on sale in June.
"""),
        must_have=[
            "Council will issue no more than 300 permits in residential zones, down from about 470 licences active last summer.",
            "City staff will report back in a year on how many units have moved to long-term rentals.",
        ]),
    # News Room Guyana: staff, desk byline, relative time line.
    rec(cluster="newsroomgy-new-amsterdam-garbage", role="single", file="newsroomgy_new_amsterdam_garbage.txt", render="text",
        title="New Amsterdam council signs new garbage collection contract after weeks of piled-up waste",
        date="2025-01-23", country="GY", region="americas", lang="en", authors=["Shaniece Grant"],
        pre=[["News Room", "Home", "News", "Business", "Sports", "Regions", "Videos", "Newsletter"]],
        head=[["Shaniece Grant"], ["January 23, 2025"], ["2 minutes read"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Related: Local government ministry to audit Region Six councils"]},
        tail=[["Share on WhatsApp"], ["Related Articles"], ["Subscribe to News Room on YouTube"], ["Latest"],
              ["Copyright \u00a9 2025 News Room Guyana. All Rights Reserved."]],
        paras=P("""
The New Amsterdam Mayor and Town Council has signed a new contract for garbage collection after residents spent weeks
living with piles of uncollected waste.

Under the agreement, a private contractor will collect household garbage three times a week in all wards of the town.

The previous contractor stopped work in December, saying the council owed it several months of payments.

Mayor Wainwright Morrison said the council had cleared most of the debt with help from the Ministry of Local
Government.

Residents of Stanleytown and Smythfield said stray dogs had torn open bags left on the roadside.

The Public Health Department of the Berbice Regional Health Authority had warned of a risk of disease from the
rotting waste.

The council will also place new bins at the New Amsterdam market and near the ferry stelling.

Councillors said the town's rates would not be increased this year to pay for the new contract.

A special cleanup of drains in the town is scheduled for February.
"""),
        must_have=[
            "Under the agreement, a private contractor will collect household garbage three times a week in all wards of the town.",
            "The council will also place new bins at the New Amsterdam market and near the ferry stelling.",
        ]),
    # Nagaland Post (India): staff, 'DIMAPUR, JUN 27 (NPN):' dateline.
    rec(cluster="nagalandpost-dimapur-ulb-poll", role="single", file="nagalandpost_dimapur_ulb_poll.txt", render="text",
        title="Dimapur Municipal Council poll records 78 per cent turnout",
        date="2024-06-27", dateline="DIMAPUR, JUN 27 (NPN): ", city="Dimapur", country="IN", region="asia", lang="en",
        pre=[["Nagaland Post", "Home", "State", "Region", "Nation", "Editorial", "Sports", "Epaper"]],
        head=[["Published on Jun 27, 2024"], ["By Our Correspondent"]],
        inserts={2: ["Advertisement"], 5: ["Also read: Kohima Municipal Council to frame new parking policy"]},
        tail=[["Share this:", "Facebook", "WhatsApp"], ["Related Posts"], ["Leave a Reply"],
              ["\u00a9 Copyright 2024 Nagaland Post. All rights reserved."]],
        paras=P("""
Polling for the Dimapur Municipal Council passed off peacefully on Wednesday, with an estimated 78 per cent of
registered voters casting their ballots.

It was the first election to the council in about two decades, after earlier polls were put off over disputes on
reservation of seats for women.

A total of 23 wards went to polls, and one third of the seats are reserved for women under the new rules.

Long queues were seen at polling stations in Burma Camp and Duncan Basti from early morning.

The State Election Commission said 94 candidates were in the fray, including several independents.

Officials said minor problems with voting machines at two booths were fixed within an hour.

Many first-time voters said they wanted the new council to fix roads, drainage and garbage collection.

Counting of votes will take place on Saturday at the Dimapur district headquarters.

Security personnel were deployed in large numbers across the town.
"""),
        must_have=[
            "A total of 23 wards went to polls, and one third of the seats are reserved for women under the new rules.",
            "Officials said minor problems with voting machines at two booths were fixed within an hour.",
        ]),
    # Namoi Valley Independent (Gunnedah, Australia): staff, ACM layout with 'Updated ... first published'.
    rec(cluster="namoivalley-gunnedah-road-reseal", role="single", file="namoivalleyindependent_gunnedah_roads.txt", render="text",
        title="Gunnedah Shire Council fast-tracks reseal of flood-damaged rural roads",
        date="2024-09-05", country="AU", region="oceania", lang="en", authors=["Jessica Tuohy"],
        pre=[["Namoi Valley Independent", "News", "Sport", "Rural", "Community", "Obituaries", "Subscribe"]],
        head=[["Jessica Tuohy"], ["Updated September 6 2024 - 9:10am, first published September 5 2024 - 3:00pm"]],
        inserts={2: ["Advertisement"], 5: ["READ ALSO: Gunnedah saleyards upgrade approved"]},
        tail=[["Jessica Tuohy is a journalist with the Namoi Valley Independent."], ["Latest News"],
              ["Get the latest Gunnedah news in your inbox"], ["Sign up for our newsletter"], ["\u00a9 2024 Australian Community Media"]],
        paras=P("""
Gunnedah Shire Council will bring forward the resealing of about 60 kilometres of rural roads damaged by floods,
after receiving extra disaster recovery funding.

Mayor Colleen Fuller said the roads to Mullaley, Curlewis and Breeza were among the worst in the shire.

Heavy trucks carting grain during harvest had made potholes and broken road edges worse over the winter.

The council expects to spend about $7.2 million on the works this financial year.

Farmers at a meeting in Mullaley asked the council to fix shoulders and drains as well as the bitumen surface.

Council's director of infrastructure, Andrew Hoolihan, said crews would work on the busiest roads first.

Some roads will be closed for short periods, with detours signposted.

The council will publish a weekly schedule of works on its website so residents can plan trips.

The shire has more than 1,200 kilometres of roads, most of them unsealed.

Council will also ask the state government for money to replace two old timber bridges.
"""),
        must_have=[
            "Heavy trucks carting grain during harvest had made potholes and broken road edges worse over the winter.",
            "The council will publish a weekly schedule of works on its website so residents can plan trips.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_AS = site("الصباح نيوز", "https://www.assabahnews.example.tn", " | الصباح نيوز", "ar_TN", "@assabahnews",
               ["الرئيسية", "وطنية", "جهات", "اقتصاد", "رياضة", "ثقافة", "دولية"],
               ["جميع الحقوق محفوظة \u00a9 دار الصباح 2024", "من نحن", "اتصل بنا", "سياسة الخصوصية"],
               share=["مشاركة", "فيسبوك", "إكس", "واتساب"])
SITE_TD = site("Today", "https://www.todaygh.example.com", " - Today", "en_GH", "@todaygh",
               ["News", "Politics", "Business", "Regional", "Sports", "Entertainment", "Opinion"],
               ["\u00a9 2025 Today Newspaper. All rights reserved.", "About Us", "Contact", "Advertise"],
               share=["Share", "Facebook", "X", "WhatsApp"], top=["E-Paper", "Subscribe"])
SITE_OM = site("오마이뉴스", "https://www.ohmynews.example.com", " - 오마이뉴스", "ko_KR", "@ohmynews_korea",
               ["사회", "정치", "경제", "민족·국제", "문화", "지역", "사는이야기"],
               ["\u24d2 2025 OhmyNews", "회사소개", "기사제보", "이용약관"],
               share=["공유", "페이스북", "카카오톡", "URL복사"], top=["로그인", "10만인클럽"])
SITE_MP = site("Mendoza Post", "https://www.mendozapost.example.com", " - Mendoza Post", "es_AR", "@mendozapost",
               ["Política", "Sociedad", "Economía", "Policiales", "Deportes", "Cultura", "Opinión"],
               ["\u00a9 2024 Mendoza Post. Todos los derechos reservados.", "Quiénes somos", "Contacto", "Publicidad"],
               share=["Compartir", "Facebook", "X", "WhatsApp"])
SITE_MT = site("Matinal", "https://www.matinal.example.com.br", " | Matinal", "pt_BR", "@matinaljornal",
               ["Porto Alegre", "Cidade", "Política", "Cultura", "Newsletters", "Podcasts", "Apoie"],
               ["\u00a9 2024 Matinal Jornalismo", "Sobre", "Expediente", "Política de privacidade"],
               share=["Compartilhar", "Facebook", "X", "WhatsApp"], top=["Assine", "Entrar"],
               cookie="Usamos cookies para melhorar sua experiência.", buttons=["Aceitar", "Configurar"])
SITE_UT = site("UdineToday", "https://www.udinetoday.example.it", " - UdineToday", "it_IT", "@UdineToday",
               ["Cronaca", "Politica", "Economia", "Sport", "Eventi", "Zone", "Segnalazioni"],
               ["UdineToday \u00e8 una testata di Citynews S.p.A.", "Chi siamo", "Privacy", "Note legali"],
               share=["Condividi", "Facebook", "X", "WhatsApp"],
               cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili.", cookie_title="Informativa",
               buttons=["Accetta", "Rifiuta", "Scopri di più e personalizza"])
SITE_NHD = site("Noordhollands Dagblad", "https://www.noordhollandsdagblad.example.nl", " | Noordhollands Dagblad", "nl_NL", "@nhdagblad",
                ["Nieuws", "Regio", "Alkmaar", "Sport", "Uit", "Puzzels", "Podcasts"],
                ["\u00a9 2025 Mediahuis Nederland B.V.", "Contact", "Privacybeleid", "Cookiebeleid"],
                share=["Delen", "Facebook", "X", "WhatsApp"], top=["Abonneren", "Inloggen"],
                cookie="Wij en onze partners gebruiken cookies om je een betere ervaring te bieden.", buttons=["Akkoord", "Instellingen"])
SITE_QC = site("Quad-City Times", "https://qctimes.example.com", " | Quad-City Times", "en_US", "@qctimes",
               ["News", "Local", "Sports", "Opinion", "Obituaries", "e-Edition", "Classifieds"],
               ["\u00a9 Copyright 2024 Quad-City Times, 500 E. 3rd St. Davenport, IA", "Terms of Use", "Privacy Policy", "Contact Us"],
               share=["Facebook", "Twitter", "WhatsApp", "Email", "Print"], top=["Subscribe", "Log In"])
SITE_WT = site("WTVB", "https://wtvbam.example.com", " | WTVB | 1590 AM \u00b7 95.5 FM", "en_US", "@WTVB",
               ["Home", "Local News", "National News", "Sports", "Podcasts", "Listen Live", "Contact"],
               ["WTVB | 1590 AM \u00b7 95.5 FM | The Voice of Branch County", "\u00a9 2024 Midwest Communications", "EEO", "Public File"],
               share=["Share", "Facebook", "X", "Email"])

HTML_STORIES = [
    # Assabah News (Tunisia, Arabic): original of the TAP cluster; '(وات)' dateline, 'المصدر: وات' tail.
    dict(TAP, role="original", file="assabahnews_tap_kairouan_maa_ar.html", render="html",
         site=SITE_AS, section="جهات", meta_section="جهات",
         url="https://www.assabahnews.example.tn/ar/article/145231/kairouan-coupures-eau",
         published="2024-07-09T14:25:00+01:00",
         ld_author=[{"@type": "Organization", "name": "وات"}],
         byline_lines=["الصباح نيوز - وات"], date_lines=["نشر في 09 جويلية 2024 - 14:25"],
         inserts={2: [("ad", "إشهار")], 5: [("link", "اقرأ أيضا:", "صفاقس: انقطاع الماء في عدد من الأحياء")]},
         below_body=[("source", "المصدر: وات")],
         lists=[("الأكثر قراءة", ["نتائج الباكالوريا: نسبة النجاح في القيروان", "الحماية المدنية: حرائق في المرتفعات"])]),
    # Today (Ghana, gzipped page): original of the GNA cluster; GNA writer byline, 'Sunyani, April 16, GNA -' dateline.
    dict(GNA, role="original", file="todaygh_gna_sunyani_mce.html.gz", render="html",
         site=SITE_TD, section="Regional", meta_section="Regional",
         url="https://www.todaygh.example.com/sunyani-assembly-confirms-mce-second-attempt/",
         published="2025-04-16T17:40:00+00:00",
         byline_lines=["By Kwabena Adjei Owusu, GNA"], date_lines=["April 16, 2025"],
         caption="Assembly members queue to vote at the Sunyani Municipal Assembly hall.", credit="GNA",
         credit_shown="Photo credit: GNA",
         inserts={2: [("ad", "Advertisement")], 5: [("link", "Also Read:", "Techiman Assembly urged to complete market project")]},
         below_body=[("source", "Source: GNA")],
         lists=[("Latest News", ["Bono Regional Minister inspects road projects", "Dormaa traders protest market tolls"])]),
    # OhmyNews (South Korea, Korean): staff, '[오마이뉴스 ... 기자]' byline, news code.
    rec(cluster="ohmynews-cheongju-bus-strike", role="single", file="ohmynews_cheongju_bus_ko.html", render="html",
        site=SITE_OM, title="청주 시내버스 노조 파업 돌입…출근길 시민 불편",
        date="2025-05-28", country="KR", region="asia", lang="ko", authors=["김소희"],
        section="지역", meta_section="지역",
        url="https://www.ohmynews.example.com/NWS_Web/View/at_pg.aspx?CNTN_CD=A0003128547",
        description="임금 협상 결렬로 청주 시내버스 일부 노선이 멈췄다.",
        published="2025-05-28T09:12:00+09:00", modified="2025-05-28T10:40:00+09:00",
        byline_lines=["[오마이뉴스 김소희 기자]"], date_lines=["25.05.28 09:12", "최종 업데이트 25.05.28 10:40"],
        caption="28일 오전 청주시 흥덕구의 한 버스정류장에서 시민들이 버스를 기다리고 있다.", credit="김소희",
        credit_shown="\u24d2 김소희",
        inserts={2: [("ad", "광고")], 5: [("link", "관련 기사", "충북 시내버스 준공영제 예산 논란")]},
        below_body=[("copyright", "Copyrights \u24d2 오마이뉴스 무단 전재 및 재배포 금지")],
        author_box=["김소희 기자는 충북 지역을 취재합니다."],
        lists=[("많이 본 기사", ["청주시의회 추경 예산 통과", "오송 지하차도 재개통 일정"])],
        paras=P("""
충북 청주 지역 시내버스 노조가 28일 첫차부터 파업에 들어가면서 출근길 시민들이 큰 불편을 겪었다.

노조는 전날 밤 늦게까지 이어진 사측과의 임금 협상이 결렬되자 파업을 결정했다고 밝혔다.

이번 파업에는 청주 시내버스 6개 회사 가운데 4개 회사 운전기사 약 500명이 참여했다.

청주시는 전세버스 80대와 관용 차량을 긴급 투입해 주요 노선을 임시로 운행하고 있다.

시는 또 택시 부제를 해제하고 출근 시간대 공공기관의 출근 시간을 한 시간 늦췄다.

노조는 시급 인상과 함께 배차 간격이 너무 짧아 휴식 시간이 부족하다고 주장하고 있다.

사측은 준공영제 지원금이 늘지 않으면 노조의 요구를 받아들이기 어렵다는 입장이다.

한 대학생은 버스를 40분 넘게 기다리다 결국 택시를 탔다고 말했다.

청주시장은 노사 양측에 조속히 협상 테이블로 돌아와 달라고 당부했다.

충북지방노동위원회는 이날 오후 추가 조정 회의를 열 예정이다.

시는 파업이 길어질 경우 전세버스를 더 늘리고 임시 노선표를 누리집에 공개하기로 했다.

시민단체들은 준공영제 운영 방식 전반을 다시 점검해야 한다고 목소리를 높였다.

일부 학교는 학생들의 등교 시간을 조정하고 학부모들에게 안내 문자를 보냈다.

청주시 관계자는 시민 불편을 줄이기 위해 모든 행정력을 동원하겠다고 밝혔다.
"""),
        must_have=[
            "청주시는 전세버스 80대와 관용 차량을 긴급 투입해 주요 노선을 임시로 운행하고 있다.",
            "사측은 준공영제 지원금이 늘지 않으면 노조의 요구를 받아들이기 어렵다는 입장이다.",
        ]),
    # Mendoza Post (Argentina, Spanish): staff, no dateline, 'Por' byline.
    rec(cluster="mendozapost-las-heras-municipal-strike", role="single", file="mendozapost_las_heras_paro_es.html", render="html",
        site=SITE_MP, title="Paro de municipales en Las Heras: sin recolección de residuos por 48 horas",
        date="2024-08-21", country="AR", region="americas", lang="es", authors=["Florencia Quiroga"],
        section="Sociedad", meta_section="Sociedad",
        url="https://www.mendozapost.example.com/sociedad/paro-municipales-las-heras-residuos/",
        description="Los trabajadores reclaman una recomposición salarial tras la inflación.",
        published="2024-08-21T11:30:00-03:00",
        byline_lines=["Por Florencia Quiroga"], date_lines=["Miércoles, 21 de agosto de 2024"],
        caption="Contenedores desbordados en una calle del distrito El Plumerillo.", credit="Gentileza",
        credit_shown="Foto: Gentileza",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Leé también:", "Guaymallén cambia los horarios de recolección")]},
        tags=("Temas", ["Las Heras", "Municipales", "Paro"]),
        lists=[("Lo más visto", ["Aumenta el boleto del transporte público", "Alerta por viento Zonda este jueves"])],
        paras=P("""
Los trabajadores municipales de Las Heras iniciaron este miércoles un paro de 48 horas en reclamo de una recomposición salarial, lo que dejó sin recolección de residuos a buena parte del departamento.

La medida fue convocada por el sindicato de empleados municipales después de que fracasara una reunión con el Ejecutivo comunal el martes por la noche.

Según el gremio, un recolector con diez años de antigüedad cobra menos que el valor de la canasta básica total.

Desde la Municipalidad informaron que ofrecieron un aumento del 12% en dos cuotas, que fue rechazado por los trabajadores.

Los centros de salud municipales funcionan con guardias mínimas y las oficinas de atención al público permanecen cerradas.

Vecinos de El Plumerillo y El Challao pidieron no sacar la basura a la calle hasta que se normalice el servicio.

El intendente pidió a los trabajadores que vuelvan a la mesa de diálogo y aseguró que no habrá descuentos si se levanta la medida.

El sindicato anunció una asamblea para el viernes, en la que se decidirá si el paro continúa la próxima semana.

Otros municipios del Gran Mendoza siguen de cerca el conflicto, ya que sus paritarias vencen en septiembre.
"""),
        must_have=[
            "Según el gremio, un recolector con diez años de antigüedad cobra menos que el valor de la canasta básica total.",
            "Los centros de salud municipales funcionan con guardias mínimas y las oficinas de atención al público permanecen cerradas.",
        ]),
    # Matinal (Porto Alegre, Brazil, Portuguese): staff, reporting-team byline, newsletter promo.
    rec(cluster="matinal-porto-alegre-dmae-vote", role="single", file="matinal_porto_alegre_dmae_pt.html", render="html",
        site=SITE_MT, title="Câmara de Porto Alegre adia votação sobre concessão do Dmae",
        date="2024-11-26", country="BR", region="americas", lang="pt", authors=["Giovana Fleck", "Rafael Soares"],
        section="Cidade", meta_section="Cidade",
        url="https://www.matinal.example.com.br/cidade/camara-adia-votacao-concessao-dmae/",
        description="Vereadores querem ouvir técnicos depois das falhas nas casas de bombas durante a enchente.",
        published="2024-11-26T18:05:00-03:00",
        byline_lines=["Giovana Fleck e Rafael Soares"], date_lines=["26 de novembro de 2024"],
        inserts={2: [("promo", ["Receba a Matinal News", "A newsletter de Porto Alegre, de segunda a sexta.", "Cadastre-se"])],
                 5: [("link", "Leia mais:", "Casas de bombas: o que mudou desde maio")]},
        below_body=[("support", "O jornalismo da Matinal é financiado por leitores. Apoie.")],
        lists=[("Mais lidas", ["Orla do Guaíba ganha nova ciclovia", "Prefeitura anuncia reforma do Mercado Público"])],
        paras=P("""
A Câmara Municipal de Porto Alegre adiou nesta terça-feira a votação do projeto que permite conceder à iniciativa privada os serviços de água e esgoto do Departamento Municipal de Água e Esgotos.

O pedido de adiamento foi aprovado por 19 votos a 15, depois de mais de três horas de debate em plenário.

Vereadores da oposição argumentaram que a cidade ainda não conhece o relatório sobre as falhas das casas de bombas durante a enchente de maio.

A prefeitura defende que a concessão trará investimentos de cerca de R$ 3 bilhões em dez anos.

Servidores do Dmae acompanharam a sessão das galerias com faixas contra a proposta.

O sindicato da categoria afirma que a autarquia tem receita suficiente, mas sofreu cortes de pessoal nos últimos anos.

O líder do governo disse que pretende levar o projeto de volta ao plenário em fevereiro.

Uma audiência pública com técnicos e especialistas em saneamento deve ser marcada antes disso.

Porto Alegre é uma das poucas capitais em que a água ainda é fornecida por um órgão municipal.
"""),
        must_have=[
            "O pedido de adiamento foi aprovado por 19 votos a 15, depois de mais de três horas de debate em plenário.",
            "Servidores do Dmae acompanharam a sessão das galerias com faixas contra a proposta.",
        ]),
    # UdineToday (Italy, Italian): staff, Citynews layout with consent wall and 'Redazione' footnote.
    rec(cluster="udinetoday-udine-ztl-cantieri", role="single", file="udinetoday_udine_cantieri_it.html", render="html",
        site=SITE_UT, title="Udine, via libera ai cantieri in via Mercatovecchio: chiusa al traffico fino a marzo",
        date="2024-10-10", country="IT", region="europe", lang="it", authors=["Marta Zanin"],
        section="Cronaca", meta_section="Cronaca",
        url="https://www.udinetoday.example.it/cronaca/udine-cantieri-via-mercatovecchio-chiusura.html",
        description="Il Comune ha rilasciato l'autorizzazione per il rifacimento della pavimentazione.",
        published="2024-10-10T12:20:00+02:00",
        byline_lines=["Marta Zanin"], date_lines=["10 ottobre 2024 12:20"],
        caption="Via Mercatovecchio nel centro di Udine.", credit="Foto d'archivio", credit_shown="(Foto d'archivio)",
        inserts={2: [("ad", "Pubblicità")], 5: [("link", "Leggi anche", "Tram a Udine, il progetto torna in consiglio comunale")]},
        tags=("Argomenti:", ["cantieri", "viabilità", "comune di udine"]),
        lists=[("I più letti", ["Maltempo, allerta gialla in Friuli", "Nuovi parcheggi in piazza Primo Maggio"])],
        comments=["Commenta", "Per commentare devi essere registrato"],
        paras=P("""
Il Comune di Udine ha rilasciato l'autorizzazione per i lavori di rifacimento della pavimentazione in via Mercatovecchio, che resterà chiusa al traffico fino alla fine di marzo.

Il cantiere partirà lunedì e procederà per tratti, così da garantire sempre l'accesso pedonale ai negozi.

L'intervento prevede la sostituzione delle lastre di pietra danneggiate e il rifacimento delle condotte dell'acqua sotto la strada.

L'assessore ai lavori pubblici Ivano Marchiol ha spiegato che il costo complessivo è di circa 1,8 milioni di euro.

I commercianti del centro storico chiedono che i lavori si fermino durante le settimane di Natale.

Il Comune ha promesso che nel periodo natalizio il cantiere sarà ridotto al minimo e recintato con pannelli decorati.

Gli autobus urbani che attraversano la zona saranno deviati su via Poscolle e viale Ledra.

I residenti potranno ottenere un permesso temporaneo per raggiungere i garage privati in orari stabiliti.

Al termine dei lavori la via sarà dotata anche di nuova illuminazione e di panchine.
"""),
        must_have=[
            "L'intervento prevede la sostituzione delle lastre di pietra danneggiate e il rifacimento delle condotte dell'acqua sotto la strada.",
            "Gli autobus urbani che attraversano la zona saranno deviati su via Poscolle e viale Ledra.",
        ]),
    # Noordhollands Dagblad (Alkmaar, Netherlands, Dutch): staff, Mediahuis layout, byline over 'Alkmaar'.
    rec(cluster="nhd-alkmaar-vergunning-woningen", role="single", file="noordhollandsdagblad_alkmaar_woningen_nl.html", render="html",
        site=SITE_NHD, title="Gemeenteraad Alkmaar geeft groen licht voor 450 woningen op oud fabrieksterrein",
        date="2025-03-07", country="NL", region="europe", lang="nl", authors=["Sanne de Boer"],
        section="Alkmaar", meta_section="Alkmaar",
        url="https://www.noordhollandsdagblad.example.nl/regio/alkmaar/gemeenteraad-groen-licht-450-woningen/",
        description="Bewoners van de Oudorperpolder vrezen extra verkeer.",
        published="2025-03-07T06:00:00+01:00",
        byline_lines=["Sanne de Boer", "Alkmaar"], date_lines=["Vandaag om 06:00"],
        inserts={2: [("ad", "Advertentie")], 5: [("link", "Lees ook", "Heiloo wil sneller bouwen bij station")]},
        below_body=[("premium", "Dit artikel is gratis te lezen voor abonnees en geregistreerde lezers.")],
        lists=[("Meest gelezen", ["Kaasmarkt begint dit jaar eerder", "Nieuwe fietsbrug over het kanaal"])],
        paras=P("""
De gemeenteraad van Alkmaar heeft donderdagavond ingestemd met het bestemmingsplan voor 450 woningen op het terrein van een voormalige fabriek aan het Noordhollandsch Kanaal.

Ongeveer een derde van de woningen wordt sociale huur, de rest bestaat uit middenhuur en koopwoningen.

De ontwikkelaar kan nu een omgevingsvergunning aanvragen, waarna de bouw volgens de planning in 2026 begint.

Wethouder Jan Nijman noemde het besluit een belangrijke stap om de woningnood in de stad aan te pakken.

Bewoners van de Oudorperpolder maakten bezwaar omdat zij vrezen dat hun straten drukker worden.

De gemeente belooft een nieuwe ontsluitingsweg aan te leggen voordat de eerste bewoners er komen wonen.

Ook komen er een speelveld, een kleine supermarkt en ruimte voor een huisartsenpraktijk.

Twee oppositiepartijen stemden tegen omdat er volgens hen te weinig parkeerplaatsen komen.

Bezwaarmakers kunnen nog in beroep gaan bij de Raad van State.

De eerste woningen moeten volgens de ontwikkelaar in 2028 worden opgeleverd, als er geen vertraging komt door procedures of stikstofregels.
"""),
        must_have=[
            "Ongeveer een derde van de woningen wordt sociale huur, de rest bestaat uit middenhuur en koopwoningen.",
            "De gemeente belooft een nieuwe ontsluitingsweg aan te leggen voordat de eerste bewoners er komen wonen.",
        ]),
    # Quad-City Times (Davenport, US): AP copy, 'DAVENPORT, Iowa (AP) —' dateline, AP writer byline.
    rec(cluster="qctimes-ap-davenport-floodwall-vote", role="single", file="qctimes_ap_davenport_floodwall.html", render="html",
        site=SITE_QC, title="Davenport voters reject bond for a permanent riverfront flood wall",
        date="2024-11-06", dateline="DAVENPORT, Iowa (AP) — ", city="Davenport", country="US", region="americas",
        lang="en", agency="AP", authors=["Owen Lindquist"], section="News", meta_section="News",
        url="https://qctimes.example.com/news/local/government-politics/davenport-flood-wall-bond-vote/article_4b2c.html",
        description="Residents turned down a $95 million bond in Tuesday's election.",
        published="2024-11-06T08:15:00-06:00",
        byline_lines=["OWEN LINDQUIST Associated Press"], date_lines=["Nov 6, 2024"],
        caption="The Mississippi River runs high along LeClaire Park in downtown Davenport.", credit="Kevin E. Schmidt, Quad-City Times",
        credit_shown="Kevin E. Schmidt, Quad-City Times",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "Bettendorf council approves new water tower")]},
        below_body=[("ap-copy", "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.")],
        lists=[("Most Popular", ["I-74 bridge lane closures", "River Drive reopens after repairs"])],
        paras=P("""
Voters in Davenport have turned down a $95 million bond that would have paid for a permanent flood wall along the
city's Mississippi River downtown, keeping it one of the largest U.S. river cities without one.

The measure won 54% of the vote on Tuesday but fell short of the 60% supermajority required for general obligation
bonds in Iowa.

Davenport has long relied on temporary barriers and sandbags, leaving its riverfront parks open to the water.

Supporters said repeated floods, including a record crest in 2019, had cost downtown businesses millions of dollars.

Opponents argued that a wall would cut residents off from the river and raise property taxes for decades.

Mayor Mike Matson said the city would look for federal grants to pay for smaller projects instead.

City engineers have estimated that a full wall would take about eight years to build.

Business owners on River Drive said they would now have to keep paying for their own flood protection.

The council is expected to discuss next steps at its meeting later this month.
"""),
        must_have=[
            "The measure won 54% of the vote on Tuesday but fell short of the 60% supermajority required for general obligation bonds in Iowa.",
            "City engineers have estimated that a full wall would take about eight years to build.",
        ]),
    # WTVB (Coldwater, Michigan radio site): Reuters copy about Johannesburg, 'By X' + 'Editing by' footer.
    rec(cluster="wtvb-reuters-johannesburg-water-strike", role="single", file="wtvb_reuters_johannesburg_water.html", render="html",
        site=SITE_WT, title="Johannesburg water workers strike as outages spread across the city",
        date="2024-06-12", dateline="JOHANNESBURG, June 12 (Reuters) - ", city="Johannesburg", country="ZA", region="africa",
        lang="en", agency="Reuters", authors=["Thando Mokoena", "Naledi Sithole"], editors=["Alexander Winning", "Sharon Singleton"],
        section="National News", meta_section="National News",
        url="https://wtvbam.example.com/2024/06/12/johannesburg-water-workers-strike-as-outages-spread/",
        description="Johannesburg Water employees walked out over pay and safety.",
        published="2024-06-12T10:32:00-04:00",
        meta_author="Reuters",
        ld_author=[{"@type": "Organization", "name": "Reuters"}],
        byline_lines=["By Thando Mokoena"], date_lines=["June 12, 2024"],
        inserts={2: [("ad", "Advertisement")]},
        end_lines=["(Reporting by Thando Mokoena; Additional reporting by Naledi Sithole; Editing by Alexander Winning and Sharon Singleton)"],
        lists=[("Recent Posts", ["Branch County Commission approves road budget", "Coldwater schools announce summer meal sites"])],
        paras=P("""
Workers at Johannesburg's municipal water utility went on strike on Wednesday, unions said, adding to outages that have
left some suburbs without running water for more than a week.

The South African Municipal Workers' Union said its members at Johannesburg Water wanted a pay rise and better
protection for staff repairing pipes in high-crime areas.

Johannesburg Water said contingency plans were in place and that water tankers would be sent to the worst-hit areas.

Parts of Soweto, Melville and Brixton have had dry taps since last week after a pumping station failed during
maintenance.

Residents of Africa's wealthiest city have grown angry over crumbling infrastructure, and ageing pipes lose about
40% of the water supplied.

The city council, governed by a coalition, has changed mayors several times in the past three years.

A spokesperson for the mayor said talks with the union would resume on Thursday.

Rand Water, which supplies the utility in bulk, said its own system was operating normally.

Economists say the outages add to the costs faced by small businesses already dealing with power cuts.
"""),
        must_have=[
            "Johannesburg Water said contingency plans were in place and that water tankers would be sent to the worst-hit areas.",
            "A spokesperson for the mayor said talks with the union would resume on Thursday.",
        ]),
]


# ---- single-record JSON (news-please and trafilatura) ------------------------------

JSON_STORIES = [
    # news-please, Serambinews (Aceh, Indonesia, Indonesian): Antara copy, 'Banda Aceh (ANTARA) -' dateline.
    rec(cluster="serambinews-antara-banda-aceh-dpt", role="single", file="newsplease_serambinews_antara_banda_aceh_id.json",
        render="newsplease", title="KIP Banda Aceh tetapkan 178.412 pemilih untuk Pilkada 2024",
        date="2024-09-20", dateline="Banda Aceh (ANTARA) - ", city="Banda Aceh", country="ID", region="asia", lang="id",
        agency="Antara",
        url="https://aceh.serambinews.example.com/2024/09/20/kip-banda-aceh-tetapkan-dpt-pilkada-2024",
        source_domain="aceh.serambinews.example.com",
        description="Jumlah pemilih bertambah dibanding pemilu legislatif Februari lalu.",
        np_authors=["Serambinews.com"], np_publish="2024-09-20 21:14:00", np_download="2024-09-21 03:40:12",
        head_lines=["Jumat, 20 September 2024 21:14 WIB", "Penulis: Antara | Editor: Redaksi"],
        inserts={2: ["ADVERTISEMENT"], 5: ["Baca juga: Pemko Banda Aceh tambah armada angkutan sampah"]},
        tail_lines=["Artikel ini telah tayang di Serambinews.com", "Sumber: Antara", "Ikuti kami di Google News",
                    "Berita Terkait", "Terpopuler", "Berita Populer", "Editor: Redaksi", "Download aplikasi Serambinews", "Bagikan", "Facebook", "WhatsApp", "\u00a9 2024 Serambinews.com"],
        paras=P("""
Komisi Independen Pemilihan Kota Banda Aceh menetapkan 178.412 orang sebagai daftar pemilih tetap untuk pemilihan wali kota dan wakil wali kota tahun 2024.

Penetapan dilakukan dalam rapat pleno terbuka yang dihadiri perwakilan partai politik, panitia pengawas dan tim pasangan calon.

Jumlah tersebut terdiri atas 87.106 pemilih laki-laki dan 91.306 pemilih perempuan yang tersebar di sembilan kecamatan.

Ketua KIP Banda Aceh mengatakan jumlah pemilih bertambah sekitar 2.300 orang dibandingkan pemilu legislatif Februari lalu.

Menurut dia, penambahan itu sebagian besar berasal dari pemilih pemula yang baru berusia 17 tahun.

Pemilih akan menggunakan hak pilihnya di 412 tempat pemungutan suara pada 27 November mendatang.

KIP juga menyiapkan TPS khusus di rumah sakit dan lembaga pemasyarakatan di kota itu.

Panitia pengawas meminta KIP terus memperbarui data pemilih yang meninggal dunia atau pindah domisili.

Warga yang belum terdaftar masih bisa memilih dengan menunjukkan KTP elektronik di TPS sesuai alamatnya.

KIP Banda Aceh juga akan menggelar sosialisasi di sekolah, pasar dan meunasah agar warga tidak lupa datang ke TPS pada hari pemungutan suara.
"""),
        must_have=[
            "Jumlah tersebut terdiri atas 87.106 pemilih laki-laki dan 91.306 pemilih perempuan yang tersebar di sembilan kecamatan.",
            "KIP juga menyiapkan TPS khusus di rumah sakit dan lembaga pemasyarakatan di kota itu.",
        ]),
    # news-please, ŠibenikIN (Croatia, Croatian): staff, byline line 'Piše:'.
    rec(cluster="sibenikin-vodovod-mandalina", role="single", file="newsplease_sibenikin_vodovod_hr.json",
        render="newsplease", title="Šibenik: počinje izgradnja kanalizacije na Mandalini, radovi do kraja 2025.",
        date="2024-04-23", country="HR", region="europe", lang="hr", authors=["Ivana Jurić"],
        url="https://www.sibenik.example.in/vijesti/sibenik-pocinje-izgradnja-kanalizacije-mandalina/",
        source_domain="www.sibenik.example.in",
        description="Vrijednost projekta je 14 milijuna eura, a dio novca dolazi iz EU fondova.",
        np_authors=["Ivana Jurić"], np_publish="2024-04-23 13:05:00", np_download="2024-04-23 18:22:51",
        head_lines=["Piše: Ivana Jurić", "23. travnja 2024.", "Vrijeme čitanja: 2 min"],
        inserts={2: ["Oglas"], 5: ["PROČITAJTE I: Vodovod podiže cijenu vode za 8 posto"]},
        tail_lines=["Podijeli", "Facebook", "WhatsApp", "Komentari", "Za komentiranje se morate prijaviti",
                    "Najnovije", "Najčitanije", "Pratite nas na Facebooku", "\u00a9 2024 ŠibenikIN. Sva prava pridržana.", "Impressum"],
        paras=P("""
Na šibenskom poluotoku Mandalini idući tjedan počinje izgradnja kanalizacijske mreže, a radovi bi trebali biti gotovi do kraja 2025. godine.

Projekt vrijedan oko 14 milijuna eura provodi gradsko komunalno poduzeće Vodovod i odvodnja, a većinu novca osiguravaju fondovi Europske unije.

Na novu mrežu spojit će se oko 900 kućanstava koja danas koriste septičke jame.

Gradonačelnik Željko Burić rekao je da će se istodobno obnoviti i dotrajali vodovod u istim ulicama.

Zbog radova će pojedine ulice biti zatvorene za promet, a autobusna linija prema Mandalini vozit će obilaznim putem.

Stanovnici su na javnom sastanku tražili da se radovi u ljetnim mjesecima svedu na najmanju moguću mjeru.

Iz poduzeća su obećali da će se u srpnju i kolovozu raditi samo na dionicama izvan glavnih prometnica.

Priključak na kanalizaciju bit će obvezan, a građani će ga moći platiti u ratama.

Sličan projekt ranije je završen u naselju Brodarica.

Gradska uprava očekuje da će novi sustav smanjiti onečišćenje mora uz obalu poluotoka, gdje se ljeti kupa mnogo ljudi.
"""),
        must_have=[
            "Na novu mrežu spojit će se oko 900 kućanstava koja danas koriste septičke jame.",
            "Priključak na kanalizaciju bit će obvezan, a građani će ga moći platiti u ratama.",
        ]),
    # news-please, Winnipeg Sun (Canada): staff, Postmedia text layout.
    rec(cluster="winnipegsun-transit-strike-vote", role="single", file="newsplease_winnipegsun_transit_strike.json",
        render="newsplease", title="Winnipeg Transit operators vote 96 per cent in favour of strike mandate",
        date="2025-02-11", country="CA", region="americas", lang="en", authors=["Jordan Kastelic"],
        url="https://winnipegsun.example.com/news/local-news/winnipeg-transit-operators-strike-mandate",
        source_domain="winnipegsun.example.com",
        description="The union says no strike is planned yet while talks continue.",
        np_authors=["Jordan Kastelic"], np_publish="2025-02-11 17:48:00", np_download="2025-02-12 06:03:17",
        head_lines=["Author of the article:", "Jordan Kastelic", "Published Feb 11, 2025", "Last updated 2 hours ago", "2 minute read"],
        inserts={2: ["Advertisement 1"], 5: ["Story continues below"]},
        tail_lines=["Share this article in your social network", "Trending", "Comments", "Sign up to receive daily headline news from the Winnipeg Sun.", "Sign Up",
                    "Postmedia is committed to maintaining a lively but civil forum for discussion.",
                    "This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic.",
                    "\u00a9 2025 Winnipeg Sun, a division of Postmedia Network Inc. All rights reserved."],
        paras=P("""
Winnipeg Transit operators have voted 96 per cent in favour of a strike mandate, their union announced Tuesday.

The Amalgamated Transit Union Local 1505 represents about 1,400 bus operators and mechanics, who have been without a
contract since January.

Union president Chris Scott said members were most concerned about assaults on drivers and long split shifts.

He said no strike date had been set and the mandate was meant to push the city back to the bargaining table.

The city said it had offered wage increases over four years that matched settlements with other municipal unions.

Mayor Scott Gillingham said he was confident a deal could be reached without disrupting service.

Any strike would require 72 hours' notice under provincial labour law.

The last transit strike in Winnipeg was in 1976, when buses stopped for more than a month.

The two sides are scheduled to meet again next week.

Riders' groups said a strike would hit students and shift workers hardest.
"""),
        must_have=[
            "He said no strike date had been set and the mandate was meant to push the city back to the bargaining table.",
            "The last transit strike in Winnipeg was in 1976, when buses stopped for more than a month.",
        ]),
    # trafilatura, Rouydad24 (Iran, Persian): staff, Tabriz city council elects mayor, Solar Hijri date.
    rec(cluster="rouydad24-tabriz-mayor-vote", role="single", file="trafilatura_rouydad24_tabriz_shahrdar_fa.json",
        render="trafilatura", title="شورای شهر تبریز شهردار جدید را انتخاب کرد",
        date="2024-08-13", country="IR", region="asia", lang="fa", authors=["نرگس رضایی"], section="شهری",
        url="https://www.rouydad24.example.ir/fa/news/412873/tabriz-shahrdar-jadid",
        hostname="rouydad24.example.ir", source_hostname="رویداد۲۴",
        description="شهردار جدید تبریز با ۹ رأی از ۱۳ رأی انتخاب شد.",
        tf_author="نرگس رضایی", tf_date="2024-08-13", tf_language="fa", categories="شهری;استان‌ها",
        head_lines=["کد خبر: ۴۱۲۸۷۳", "۲۳ مرداد ۱۴۰۳ - ۱۲:۳۰", "نویسنده: نرگس رضایی"],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید: کم‌آبی در تبریز؛ جیره‌بندی در راه است؟"]},
        tail_lines=["اشتراک گذاری", "تلگرام", "واتساپ", "لینک کوتاه", "اخبار مرتبط", "نظر شما",
                    "پربازدیدترین", "آخرین اخبار", "ما را در اینستاگرام دنبال کنید", "تمامی حقوق این سایت متعلق به رویداد۲۴ است."],
        paras=P("""
اعضای شورای اسلامی شهر تبریز در جلسه روز سه‌شنبه شهردار جدید این کلان‌شهر را انتخاب کردند.

شهردار جدید با ۹ رأی از مجموع ۱۳ رأی اعضای شورا به این سمت برگزیده شد و حکم او باید به تأیید وزیر کشور برسد.

این انتخاب پس از حدود چهار ماه سرپرستی شهرداری انجام شد که به گفته برخی اعضا کارهای عمرانی شهر را کند کرده بود.

رئیس شورای شهر گفت که تکمیل خط دوم قطار شهری و حل مشکل پسماند از اولویت‌های شهردار جدید خواهد بود.

دو عضو شورا در جلسه از نبود برنامه مکتوب برای کاهش بدهی‌های شهرداری انتقاد کردند.

بدهی شهرداری تبریز به پیمانکاران و بانک‌ها بیش از ۱۰ هزار میلیارد تومان برآورد می‌شود.

شهردار منتخب در سخنانی کوتاه وعده داد که گزارش مالی شهرداری را هر سه ماه یک بار منتشر کند.

شهروندان تبریزی در ماه‌های اخیر از ترافیک سنگین و تأخیر در جمع‌آوری زباله در برخی محله‌ها گله داشته‌اند.

او همچنین گفت که برای صرفه‌جویی در مصرف آب، آبیاری فضای سبز با آب تصفیه‌شده افزایش می‌یابد.

کارشناسان شهری می‌گویند تغییرات پی‌درپی شهرداران برنامه‌ریزی بلندمدت شهر را دشوار کرده است.
"""),
        must_have=[
            "بدهی شهرداری تبریز به پیمانکاران و بانک‌ها بیش از ۱۰ هزار میلیارد تومان برآورد می‌شود.",
            "شهردار منتخب در سخنانی کوتاه وعده داد که گزارش مالی شهرداری را هر سه ماه یک بار منتشر کند.",
        ]),
    # trafilatura, The Thaiger (Thailand): staff, Hat Yai municipal election.
    rec(cluster="thaiger-hat-yai-mayor-election", role="single", file="trafilatura_thaiger_hat_yai_mayor.json",
        render="trafilatura", title="Hat Yai elects new mayor as flood defences top voters' worries",
        date="2025-05-12", country="TH", region="asia", lang="en", authors=["Ploy Srisawat"], section="Thailand News",
        url="https://thethaiger.example.com/news/south-thailand-news/hat-yai-elects-new-mayor-flood-defences",
        hostname="thethaiger.example.com", source_hostname="The Thaiger",
        description="Turnout in the southern city was just over 61%.",
        tf_author="Ploy Srisawat", tf_date="2025-05-12", tf_language="en", categories="Thailand News;South Thailand News",
        head_lines=["Ploy Srisawat", "Published: 15:02, 12 May 2025", "Photo via Facebook/Hat Yai City Municipality"],
        inserts={2: ["Advertisement"], 5: ["Latest Thailand News", "Songkhla governor orders canal clean-up ahead of rainy season"]},
        tail_lines=["Ploy Srisawat is a news writer at The Thaiger covering southern Thailand.", "Follow The Thaiger on Google News",
                    "Thailand News", "South Thailand News", "Related news", "Show comments", "Sign up for The Thaiger newsletter", "Breaking News", "\u00a9 2025 The Thaiger"],
        paras=P("""
Voters in Hat Yai have chosen a former deputy mayor to lead the southern city, after a campaign dominated by flood
protection and traffic.

The winner took about 48% of the vote in Sunday's municipal election, the Election Commission said on Monday.

Turnout in the city was just over 61%, higher than in the last municipal polls in 2021.

The new mayor has promised to widen drainage canals and build a new retention pond on the edge of the city.

Hat Yai's business district was badly flooded in 2010, and shop owners say heavy rain still floods several streets every year.

Voters also elected 24 municipal council members, with a local group allied to the new mayor winning a majority.

Some residents complained that campaign posters had blocked footpaths for weeks.

The results must be confirmed by the Election Commission within 60 days.

The new mayor is expected to take office next month.
"""),
        must_have=[
            "Turnout in the city was just over 61%, higher than in the last municipal polls in 2021.",
            "Voters also elected 24 municipal council members, with a local group allied to the new mayor winning a majority.",
        ]),
    # trafilatura, Nepal Live Today (Nepal): staff, 'LALITPUR, Dec 3:' dateline.
    rec(cluster="nepallivetoday-lalitpur-road-widening", role="single", file="trafilatura_nepallivetoday_lalitpur_roads.json",
        render="trafilatura", title="Lalitpur Metropolitan City resumes road widening in Satdobato",
        date="2024-12-03", dateline="LALITPUR, Dec 3: ", city="Pātan", country="NP", region="asia", lang="en",
        authors=["Sujata Maharjan"], section="News",
        url="https://www.nepallivetoday.example.com/2024/12/03/lalitpur-road-widening-satdobato/",
        hostname="nepallivetoday.example.com", source_hostname="Nepal Live Today",
        description="House owners were given 35 days to remove structures.",
        tf_author="Sujata Maharjan", tf_date="2024-12-03", tf_language="en", categories="News;Kathmandu Valley",
        head_lines=["By Sujata Maharjan", "December 3, 2024"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Kathmandu Valley water supply to be cut for three days"]},
        tail_lines=["Share", "Facebook", "X", "Viber", "Related Stories", "Comments",
                    "Latest News", "Most Read", "Subscribe to our newsletter", "\u00a9 2024 Nepal Live Today. All rights reserved.", "Nepal Live Today is published by Himal Media Pvt Ltd."],
        paras=P("""
Lalitpur Metropolitan City has resumed widening the road between Satdobato and Lagankhel, months after work stopped
because of protests by house owners.

The metropolis has given owners along the road 35 days to remove walls and parts of buildings that lie inside the
new road boundary.

The road will be widened to 22 metres, with footpaths and a drain on both sides.

Mayor Chiri Babu Maharjan said the city would pay compensation for land only where owners held valid documents.

Residents of Satdobato said they supported the project but wanted fair compensation and more time.

Traffic on the road is often at a standstill in the morning and evening, especially near the bus park.

Officials said the city had set aside Rs 450 million for the project this fiscal year.

Engineers will also move electricity poles and water pipes before the new surface is laid.

The metropolis said the work should be finished within two years.
"""),
        must_have=[
            "The road will be widened to 22 metres, with footpaths and a drain on both sides.",
            "Engineers will also move electricity poles and water pipes before the new surface is laid.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_TC = site("TalCual", "https://talcualdigital.example.com", " - TalCual", "es_VE", "@DiarioTalCual",
               ["Política", "Economía", "Ciudad", "Internacionales", "Cultura", "Deportes", "Opinión"],
               ["\u00a9 2025 TalCual. Todos los derechos reservados.", "Quiénes somos", "Contacto", "Política de privacidad"],
               share=["Compartir", "Facebook", "X", "Telegram"], top=["Apóyanos", "Suscríbete"])

JSONL_STORIES = [
    # newsbeam text shape: the ČTK story on Mladá fronta DNES (syndicated member of the ČTK cluster).
    dict(CTK, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.idnes.example.cz/jihlava/zpravy/referendum-spalovna-jihlava-zastupitelstvo.A240528_154410_jihlava-zpravy_ctk",
         nb_published="2024-05-28T13:44:00Z", outlet="Mladá fronta DNES", nb_authors=["ČTK"],
         head_lines=["ČTK", "28. května 2024 15:44", "Sdílet", "Přečíst článek nahlas"],
         tail_lines=["Autor: ČTK", "Témata: Jihlava, referendum, odpady", "Mohlo by vás zajímat", "Diskuse (41)",
                     "Vstoupit do diskuse", "Nejčtenější", "Předplatné iDNES Premium", "Stáhněte si aplikaci",
                     "\u00a9 1999-2024 MAFRA, a.s.", "Kontakty", "Reklama"]),
    # news-please shape: the TAP story on Shems FM (syndicated member of the TAP cluster).
    dict(TAP, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.shemsfm.example.net/ar/actualites_tunisie-news_regions/318457/kairouan-coupures",
         source_domain="www.shemsfm.example.net",
         np_authors=["شمس أف أم"], np_publish="2024-07-09 15:10:00", np_download="2024-07-09 19:42:31",
         head_lines=["شمس أف أم", "09 جويلية 2024 - 15:10", "شارك"],
         tail_lines=["المصدر: وات", "أخبار ذات صلة", "الأكثر قراءة", "تابعونا على فيسبوك", "حمّل تطبيق شمس أف أم",
                     "استمع إلى البث المباشر", "آخر الأخبار", "فيديو", "سياسة الخصوصية", "جميع الحقوق محفوظة \u00a9 شمس أف أم 2024", "اتصل بنا", "الإشهار"]),
    # newsbeam html shape: TalCual (Venezuela, Spanish): staff, Caracas water rationing.
    rec(cluster="talcual-caracas-hidrocapital-rationing", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_TC, title="Hidrocapital anuncia nuevo plan de racionamiento de agua en 12 parroquias de Caracas",
        date="2025-03-18", country="VE", region="americas", lang="es", authors=["Andrea Milano"],
        section="Ciudad", meta_section="Ciudad",
        url="https://talcualdigital.example.com/hidrocapital-nuevo-plan-racionamiento-caracas/",
        description="Los cortes serán de hasta 36 horas por semana mientras se reparan bombas del sistema Tuy.",
        published="2025-03-18T14:20:00-04:00",
        nb_published="2025-03-18T18:20:00Z", outlet="TalCual", nb_authors=["Andrea Milano"],
        byline_lines=["Andrea Milano"], date_lines=["18 marzo, 2025"],
        caption="Vecinos de Catia llenan bidones en un camión cisterna.", credit="Andrea Milano / TalCual",
        credit_shown="Foto: Andrea Milano / TalCual",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Lee también:", "Alcaldía de Sucre promete reparar tuberías en Petare")]},
        below_body=[("support", "Apoya el periodismo independiente en Venezuela. Haz tu aporte aquí.")],
        lists=[("Lo más leído", ["Metro de Caracas cierra dos estaciones", "Trabajadores públicos protestan por salarios"])],
        paras=P("""
Hidrocapital anunció un nuevo plan de racionamiento de agua que afectará a 12 parroquias de Caracas durante al menos seis semanas, mientras se reparan las bombas del sistema Tuy.

Según el cronograma publicado por la empresa, los cortes serán de hasta 36 horas por semana en Catia, El Valle, Antímano y otras zonas del oeste de la ciudad.

La empresa estatal indicó que dos de las grandes bombas que envían agua desde los embalses hacia la capital están fuera de servicio.

Vecinos de la parroquia Sucre aseguraron que desde enero el agua solo llega por tuberías una o dos veces por semana.

Muchas familias compran agua a camiones cisterna privados, que cobran hasta 15 dólares por llenar un tanque.

La Alcaldía de Caracas dijo que enviará cisternas gratuitas a escuelas y centros de salud de las zonas afectadas.

Trabajadores de Hidrocapital consultados por TalCual denunciaron falta de repuestos y de personal técnico.

Organizaciones vecinales pidieron que el cronograma se publique con anticipación y se respete.

Hidrocapital no ha dicho cuándo terminarán las reparaciones.
"""),
        must_have=[
            "Muchas familias compran agua a camiones cisterna privados, que cobran hasta 15 dólares por llenar un tanque.",
            "Organizaciones vecinales pidieron que el cronograma se publique con anticipación y se respete.",
        ]),
    # trafilatura shape: the GNA story on Ultimate FM Online (syndicated member of the GNA cluster).
    dict(GNA, role="syndicated", file=JSONL_B, render="trafilatura", section="Regional News",
         url="https://www.ultimatefmonline.example.com/2025/04/sunyani-assembly-confirms-mce.html",
         hostname="ultimatefmonline.example.com", source_hostname="Ultimate FM Online",
         tf_author="Kwabena Adjei Owusu", tf_date="2025-04-16", tf_language="en", categories="Regional News;Politics",
         head_lines=["Source: GNA", "Wednesday, 16 April 2025", "By Kwabena Adjei Owusu"],
         tail_lines=["Listen to Ultimate 106.9 FM live", "Share this:", "Facebook", "X", "WhatsApp", "Related Posts",
                     "Leave a Comment", "Popular Posts", "Recent Posts", "\u00a9 2025 Ultimate FM Online", "Powered by Ultimate Media"]),
    # news-please shape: Wanaka Sun (New Zealand): staff, boil-water notice.
    rec(cluster="wanakasun-boil-water-notice", role="single", file=JSONL_B, render="newsplease",
        title="Boil water notice for Wānaka lifted after council adds UV treatment",
        date="2024-11-21", country="NZ", region="oceania", lang="en", authors=["Tess Hollingworth"],
        url="https://www.wanakasun.example.co.nz/news/boil-water-notice-lifted-uv-treatment",
        source_domain="www.wanakasun.example.co.nz",
        description="The notice had been in place for five weeks.",
        np_authors=["Tess Hollingworth"], np_publish="2024-11-21 12:00:00", np_download="2024-11-21 23:55:02",
        head_lines=["Tess Hollingworth", "Thursday, 21 November 2024", "2 min read"],
        inserts={2: ["Advertisement"], 5: ["Related: Queenstown Lakes rates rise confirmed"]},
        tail_lines=["Got a news tip? Contact the Wanaka Sun newsroom.", "Share", "Facebook", "Email",
                    "Read the latest digital edition", "Wanaka Sun is part of Allied Media.",
                    "\u00a9 2024 Wanaka Sun", "Advertise with us", "Privacy", "Most Read"],
        paras=P("""
Residents of Wānaka can drink tap water without boiling it again after Queenstown Lakes District Council finished
installing ultraviolet treatment at its main water intake.

The boil water notice had been in place for five weeks after tests found the supply did not meet new national
drinking water rules.

Council infrastructure manager Simon Mason said the UV units kill parasites such as cryptosporidium that chlorine does
not remove.

Cafes and restaurants had to buy bottled water or boil large amounts every day while the notice was in force.

The council says it is spending about $5 million on treatment upgrades across the district this year.

Taumata Arowai, the water services regulator, has been pressing councils to finish such upgrades quickly.

Some residents questioned why the work had not been done before the busy summer season.

The council apologised for the disruption and said a public meeting would be held on future upgrades.

Water quality results will be published on the council website every week.
"""),
        must_have=[
            "The boil water notice had been in place for five weeks after tests found the supply did not meet new national drinking water rules.",
            "Cafes and restaurants had to buy bottled water or boil large amounts every day while the notice was in force.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventy-first held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Assabah '09 جويلية 2024' (Tunisian month name for July) and "
    "the Shems FM copy '09 جويلية 2024'; Parlamentní listy '28.05.2024' (day first) and the MF DNES copy '28. května 2024 "
    "15:44' (crawler stamp 13:44Z = 15:44 CEST); Today 'April 16, 2025' with the GNA dateline 'April 16', Ultimate FM "
    "'Wednesday, 16 April 2025'; Riverine Herald 'Updated February 19 2025 - 4:12pm, first published 12:30pm' -> the first-"
    "published day (both copies); Namoi Valley Independent 'Updated September 6 2024 ..., first published September 5 2024' -> "
    "5 September, not the update; Sega '14 януари 2025'; Naya Diganta '১২ মে ২০২৪' (Bengali digits); Viața liberă 'Joi, 3 "
    "octombrie 2024'; Uhuru 'Oktoba 14, 2024'; Weekend Post 'Saturday, 02 March 2024'; Penticton Herald 'Apr 17, 2024'; News "
    "Room 'January 23, 2025'; Nagaland Post 'Published on Jun 27, 2024'; OhmyNews '25.05.28 09:12' (two-digit year first, "
    "2025-05-28; not '최종 업데이트'); Mendoza Post 'Miércoles, 21 de agosto de 2024'; Matinal '26 de novembro de 2024'; "
    "UdineToday '10 ottobre 2024'; Noordhollands Dagblad prints only the relative 'Vandaag om 06:00', so the date comes from "
    "article:published_time 2025-03-07T06:00+01:00; Quad-City Times 'Nov 6, 2024'; WTVB 'June 12, 2024'; Serambinews 'Jumat, "
    "20 September 2024 21:14 WIB'; ŠibenikIN '23. travnja 2024.' (travanj = April); Winnipeg Sun 'Published Feb 11, 2025' (not "
    "'Last updated'); Rouydad24 '۲۳ مرداد ۱۴۰۳' (Solar Hijri 23 Mordad 1403 = 13 August 2024); The Thaiger '15:02, 12 May "
    "2025'; Nepal Live Today 'December 3, 2024'; TalCual '18 marzo, 2025'; Wanaka Sun 'Thursday, 21 November 2024'",
    "dateline_city": "'القيروان (وات) - ' -> 'Kairouan' (both TAP copies); 'Jihlava - ' -> 'Jihlava' (both ČTK copies); "
    "'Sunyani, April 16, GNA - ' -> 'Sunyani' (both GNA copies); 'Бургас, 14 януари /Кореспондент на БТА Нели Стойчева/ ' -> "
    "'Burgas'; 'রংপুর, ১২ মে, ২০২৪ (বাসস) : ' -> 'Rangpur'; 'Galați, 3 octombrie /Agerpres/ - ' -> 'Galați' (GeoNames main "
    "name with its diacritic, as earlier sets label Kraków); 'DIMAPUR, JUN 27 (NPN): ' -> 'Dimapur'; 'DAVENPORT, Iowa (AP) — ' "
    "-> 'Davenport'; 'JOHANNESBURG, June 12 (Reuters) - ' -> 'Johannesburg'; 'Banda Aceh (ANTARA) - ' -> 'Banda Aceh'; "
    "'LALITPUR, Dec 3: ' -> 'Pātan' (the GeoNames main name of Lalitpur, Nepal). The Uhuru byline 'Na Rehema Mussa, Morogoro' and the Noordhollands Dagblad 'Alkmaar' "
    "line are byline places, not datelines in the body, so those records have no dateline; all other records have no dateline "
    "and take the country of the story's location",
    "country": "WTVB is a Michigan radio site but its Reuters story is datelined Johannesburg (ZA, africa); Rouydad24's story is "
    "Tabriz, Iran (IR, asia); Nepal Live Today's is Lalitpur (NP); The Thaiger's is Hat Yai (TH); Weekend Post's is Maun, "
    "Botswana (BW); Uhuru's is Morogoro, Tanzania (TZ); News Room's is New Amsterdam, Guyana (GY, americas); TalCual's is "
    "Caracas (VE); Mendoza Post's is Las Heras, Mendoza (AR); Matinal's is Porto Alegre (BR); Riverine Herald (Echuca) and the "
    "Namoi Valley Independent (Gunnedah) are Australia (AU); the Wanaka Sun is New Zealand (NZ)",
    "agency": "Assabah and Shems FM carry TAP (Tunis Afrique Presse; its Arabic name 'وات' in the dateline and 'المصدر: وات'); "
    "Parlamentní listy and MF DNES carry ČTK ('(ČTK)', 'Zdroj: ČTK', 'Autor: ČTK'); Today and Ultimate FM carry GNA (the Ghana "
    "News Agency: 'By ..., GNA', dateline, 'Source: GNA'); Sega carries BTA (Bulgarian News Agency, correspondent in the "
    "dateline, 'Източник: БТА'); Naya Diganta carries BSS (Bangladesh Sangbad Sangstha, 'বাসস'); Viața liberă carries Agerpres; "
    "the Quad-City Times carries AP; WTVB carries Reuters; Serambinews carries Antara ('(ANTARA)', 'Sumber: Antara'). Nagaland "
    "Post's '(NPN)' is the paper's own news-service tag (Nagaland Post News), so the record is staff copy; photo credits ('Photo "
    "credit: GNA') do not by themselves make a story agency copy; all other records are staff copy",
    "authors": "GNA 'By Kwabena Adjei Owusu, GNA' (both copies; Ultimate FM repeats him in a head line); Sega: BTA correspondent "
    "named in the dateline '/Кореспондент на БТА Нели Стойчева/' -> 'Нели Стойчева' (Cyrillic, as printed); Riverine Herald "
    "'By Hayley Brandt' (both copies); Uhuru 'Na Rehema Mussa, Morogoro' ('Na' = by); Weekend Post 'BY ONALENNA KGOSI' -> "
    "'Onalenna Kgosi' (natural case); Penticton Herald 'By Mark Brennan' at the foot; News Room 'Shaniece Grant'; Namoi "
    "'Jessica Tuohy'; OhmyNews '[오마이뉴스 김소희 기자]' -> '김소희'; Mendoza Post 'Por Florencia Quiroga'; Matinal 'Giovana "
    "Fleck e Rafael Soares' (two writers, in order); UdineToday 'Marta Zanin'; Noordhollands Dagblad 'Sanne de Boer'; Quad-City "
    "Times 'OWEN LINDQUIST Associated Press' -> 'Owen Lindquist'; WTVB 'By Thando Mokoena' plus 'Additional reporting by "
    "Naledi Sithole'; ŠibenikIN 'Piše: Ivana Jurić' ('Piše' = writes); Winnipeg Sun 'Jordan Kastelic' under 'Author of the "
    "article:'; Rouydad24 'نویسنده: نرگس رضایی'; The Thaiger 'Ploy Srisawat'; Nepal Live Today 'By Sujata Maharjan'; TalCual "
    "'Andrea Milano'; Wanaka Sun 'Tess Hollingworth'. Agency and desk bylines ('الصباح نيوز - وات', 'ČTK', 'বাসস', 'Autor: "
    "Agerpres', 'Penulis: Antara', 'By Our Correspondent', 'شمس أف أم', news-please author 'Serambinews.com') are not authors; "
    "Assabah, Shems FM, Parlamentní listy, MF DNES, Naya Diganta, Viața liberă, Nagaland Post and Serambinews name no writer",
    "editors": "WTVB's Reuters footer 'Editing by Alexander Winning and Sharon Singleton' gives the only editors. Serambinews "
    "'Editor: Redaksi' is a desk placeholder and Naya Diganta's 'সম্পাদক : আলমগীর মহিউদ্দিন' is the paper's editor in the "
    "footer, not an editor of this story; all other records have no editors",
    "caption_credit": "credits without their wrapper: Riverine Herald 'Picture by Hayley Brandt' -> 'Hayley Brandt' (both "
    "copies); Today 'Photo credit: GNA' -> 'GNA'; OhmyNews '\u24d2 김소희' -> '김소희'; Mendoza Post 'Foto: Gentileza' -> "
    "'Gentileza' (courtesy photo, as printed); UdineToday '(Foto d'archivio)' -> \"Foto d'archivio\" (file photo: it is the "
    "whole credit, so only the brackets go); Quad-City Times 'Kevin E. Schmidt, Quad-City Times' as printed; TalCual 'Foto: "
    "Andrea Milano / TalCual' -> 'Andrea Milano / TalCual'. The Thaiger's 'Photo via Facebook/Hat Yai City Municipality' line "
    "has no caption in the scraped text, so the record has caption and credit null and the line is chrome; records without a "
    "photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Assabah 'جهات', Today 'Regional', OhmyNews '지역', "
    "Mendoza Post 'Sociedad', Matinal 'Cidade', UdineToday 'Cronaca', Noordhollands Dagblad 'Alkmaar', Quad-City Times 'News', "
    "WTVB 'National News', TalCual 'Ciudad'; trafilatura records take their first category ('شهری' for Rouydad24, 'Thailand "
    "News' for The Thaiger, 'News' for Nepal Live Today, 'Regional News' for Ultimate FM); news-please, plain text and newsbeam "
    "text records have none",
    "language": "'ar' Arabic (two copies of the TAP story); 'cs' Czech (two copies of the ČTK story); 'bg' Bulgarian; 'bn' "
    "Bengali; 'ro' Romanian; 'sw' Swahili; 'ko' Korean; 'es' Argentine and Venezuelan Spanish; 'pt' Brazilian Portuguese; 'it' "
    "Italian; 'nl' Dutch; 'id' Indonesian; 'hr' Croatian; 'fa' Persian; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and "
    "moderation notes, advertisement labels, news codes, reading and listening times, related-story lines and boxes, tag lists, "
    "most-read rails, newsletter, app, live-radio, WhatsApp, Telegram and Google News promos, reader-funding appeals, reporter "
    "bio, role and e-mail lines, photo-source lines, wire source and sign-off lines ('المصدر: وات', 'Zdroj: ČTK', 'Source: GNA', "
    "'Източник: БТА', 'Sursa: AGERPRES', 'Sumber: Antara', the AP copyright line, the Reuters reporting and editing line), "
    "paper-editor and publisher lines, ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (ČTK and TAP in the plain batch, GNA in the gzipped "
    "batch) and one staff page with a noisy gzipped re-scrape (Riverine Herald: curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"tap", "وات", "tunis afrique presse", "الصباح نيوز", "assabah", "shems fm", "شمس أف أم", "čtk", "ctk",
                "parlamentní listy", "mladá fronta dnes", "idnes", "gna", "ghana news agency", "today", "ultimate fm online",
                "riverine herald", "australian community media", "bta", "бта", "сега", "bss", "বাসস", "নয়া দিগন্ত",
                "agerpres", "viața liberă", "uhuru", "weekend post", "staff writer", "penticton herald", "news room",
                "nagaland post", "our correspondent", "by our correspondent", "npn", "namoi valley independent", "오마이뉴스",
                "ohmynews", "mendoza post", "gentileza", "matinal", "udinetoday", "redazione", "noordhollands dagblad",
                "quad-city times", "wtvb", "antara", "serambinews.com", "serambinews", "redaksi", "šibenikin", "winnipeg sun",
                "postmedia", "رویداد۲۴", "rouydad24", "the thaiger", "nepal live today", "talcual", "wanaka sun", "allied media"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
