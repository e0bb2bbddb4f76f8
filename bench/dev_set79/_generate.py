#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventy-ninth development set (bench/dev_set79/, first written as the seventy-sixth held-out set).

    .venv/bin/python bench/dev_set79/_generate.py

Writes ``bench/dev_set79/articles/*`` and ``bench/dev_set79/labels.json`` (next to this
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
bench/dev_set78/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about families and social services: childcare and school
    meals, pensions and care homes, disability services, charities and food
    banks, youth clubs.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout76_2025-a.jsonl"
JSONL_B = "crawl_holdout76_2025-b.jsonl.gz"


# ---- cluster: Kazinform, Karagandy (Kazakhstanskaya Pravda scrape + copy on Kursiv in the plain batch) ----

KAZ = rec(
    cluster="kazinform-karagandy-pensioners-day-centre",
    title="В Караганде открыли центр дневного пребывания для одиноких пенсионеров",
    date="2024-10-01",
    dateline="КАРАГАНДА. KAZINFORM – ",
    city="Karagandy",
    country="KZ",
    region="asia",
    agency="Kazinform",
    authors=["Айгерим Султанова"],
    lang="ru",
    description="Центр рассчитан на шестьдесят посетителей в день, услуги бесплатные.",
    paras=P("""
В Караганде в Международный день пожилых людей открылся центр дневного пребывания для одиноких пенсионеров, сообщает
корреспондент агентства.

Центр разместился на первом этаже бывшего детского сада в Юго-Востоке и рассчитан на шестьдесят посетителей в день.

По словам руководителя управления занятости и социальных программ области Ержана Бекова, все услуги центра бесплатные.

Пенсионеры могут получить горячий обед, измерить давление у медсестры и позаниматься в кружках рукоделия и скандинавской ходьбы.

Для маломобильных посетителей организован специальный автобус, который утром забирает их из дома и вечером привозит обратно.

В центре также работают психолог и юрист, которые консультируют по вопросам пенсий и коммунальных льгот.

По данным управления, в Караганде проживают более восьми тысяч одиноких пожилых людей, многие из них редко выходят из дома.

Ещё два таких центра планируется открыть в Темиртау и Балхаше в следующем году.

Первые посетители, среди которых бывшие шахтёры и учителя, в первый же день записались сразу в несколько кружков.

Записаться в центр можно через районные отделы социальной защиты или по телефону горячей линии акимата.
"""),
    must_have=[
        "Для маломобильных посетителей организован специальный автобус, который утром забирает их из дома и вечером привозит обратно.",
        "В центре также работают психолог и юрист, которые консультируют по вопросам пенсий и коммунальных льгот.",
    ],
)

# ---- cluster: TAP, Gabès (L'Economiste Maghrébin page + copy on Jawhara FM in the plain batch) ----

TAP = rec(
    cluster="tap-gabes-cantines-scolaires",
    title="Gabès : 42 écoles rurales dotées de cantines scolaires à la rentrée",
    date="2024-09-16",
    dateline="Gabès (TAP) - ",
    city="Gabès",
    country="TN",
    region="africa",
    agency="TAP",
    lang="fr",
    description="Plus de 6 000 élèves bénéficieront d'un repas chaud quotidien.",
    paras=P("""
Quarante-deux écoles primaires des zones rurales du gouvernorat de Gabès sont désormais dotées de cantines scolaires, a indiqué lundi
le commissaire régional de l'éducation, Mourad Ben Salah.

Il a précisé que plus de 6 000 élèves bénéficieront d'un repas chaud quotidien, contre environ 3 500 l'année dernière.

Les nouvelles cantines ont été aménagées dans les délégations de Matmata, Menzel El Habib et El Hamma, où de nombreux élèves
parcourent plusieurs kilomètres à pied pour rejoindre leur école.

Le coût du repas est entièrement pris en charge par l'État et par des associations caritatives pour les familles nécessiteuses.

Des agricultrices de la région fournissent une partie des légumes et de l'huile d'olive utilisés dans les cantines.

Selon le commissaire, le taux d'abandon scolaire dans les écoles rurales a reculé depuis l'ouverture des premières cantines.

Une formation en hygiène alimentaire a été assurée au profit de 85 cuisinières avant la rentrée.

Le programme sera étendu à quinze autres écoles au cours du deuxième trimestre, selon la même source.
"""),
    must_have=[
        "Le coût du repas est entièrement pris en charge par l'État et par des associations caritatives pour les familles nécessiteuses.",
        "Une formation en hygiène alimentaire a été assurée au profit de 85 cuisinières avant la rentrée.",
    ],
)

# ---- cluster: WAM, Ajman (Al Bayan gzipped page + copy on Al Ittihad in the gzipped batch) ----

WAM = rec(
    cluster="wam-ajman-people-of-determination-centre",
    title="عجمان تفتتح مركزاً جديداً لتأهيل أصحاب الهمم",
    date="2025-02-11",
    dateline="عجمان في 11 فبراير / وام / ",
    city="Ajman",
    country="AE",
    region="asia",
    agency="WAM",
    lang="ar",
    description="المركز يستوعب 120 طفلاً ويقدم خدمات العلاج الطبيعي والنطق.",
    paras=P("""
افتتحت إمارة عجمان اليوم مركزاً جديداً لتأهيل أصحاب الهمم من الأطفال، بطاقة استيعابية تصل إلى 120 طفلاً.

ويقدم المركز خدمات العلاج الطبيعي والوظيفي وعلاج النطق والتخاطب، إضافة إلى برامج التدخل المبكر للأطفال دون سن السادسة.

وقالت مديرة المركز، عائشة الكعبي، إن المركز يضم غرفاً حسية مجهزة وحديقة علاجية مصممة خصيصاً لاحتياجات الأطفال.

وأضافت أن المركز يعمل بالتعاون مع المدارس الحكومية لدمج الأطفال في الفصول الدراسية العادية متى أمكن ذلك.

ويوفر المركز جلسات إرشاد أسبوعية لأولياء الأمور لمساعدتهم على متابعة التمارين في المنزل.

وتتولى الحكومة المحلية تغطية رسوم الأسر المواطنة، فيما تحصل الأسر المقيمة ذات الدخل المحدود على دعم من جمعيات خيرية.

وأشارت الكعبي إلى أن قائمة الانتظار في المراكز القائمة كانت تتجاوز ستة أشهر قبل افتتاح المركز الجديد.

ويعمل في المركز 45 اختصاصياً، بينهم معالجون ومعلمو تربية خاصة وأخصائيون نفسيون، ومن المقرر افتتاح قسم لليافعين العام المقبل.

وأكدت الكعبي أن المركز سيستقبل طلبات التسجيل الجديدة عبر الموقع الإلكتروني للدائرة أو بزيارة مقره في منطقة الجرف خلال ساعات الدوام الرسمي.
"""),
    must_have=[
        "ويوفر المركز جلسات إرشاد أسبوعية لأولياء الأمور لمساعدتهم على متابعة التمارين في المنزل.",
        "وأشارت الكعبي إلى أن قائمة الانتظار في المراكز القائمة كانت تتجاوز ستة أشهر قبل افتتاح المركز الجديد.",
    ],
)

# ---- cluster: Concord Monitor, page + noisy re-scrape ----

CM = rec(
    cluster="concordmonitor-food-pantry-school-backpacks",
    title="Concord food pantry expands weekend backpack program to every elementary school",
    date="2024-11-19",
    country="US",
    region="americas",
    authors=["Delaney Whitcomb"],
    lang="en",
    caption="Volunteers pack weekend food bags at the pantry on South Main Street on Nov. 15.",
    credit="GEOFF FORESTER / Monitor staff",
    paras=P("""
A Concord food pantry that sends children home with bags of food on Fridays will expand the program to every elementary school in the
city after the number of families asking for help rose again this fall.

Pantry director Colleen Marchetti said volunteers now pack about 420 bags each week, up from 260 at the start of last school year.

Each bag holds enough for two breakfasts and two lunches, including cereal, shelf-stable milk, peanut butter and fruit.

School nurses and counselors quietly choose which children receive a bag, and the bags are slipped into backpacks before dismissal.

Marchetti said many of the families have a parent working two jobs but still run short by the end of the month.

The expansion costs about $38,000 a year, most of it covered by local churches, a grocery chain and a grant from a statewide charity.

Volunteers pack the bags on Thursday evenings in the basement of the pantry, and new helpers are welcome without signing up in advance.

The pantry also plans to send home holiday boxes with a turkey and side dishes before the December break.
"""),
    must_have=[
        "Each bag holds enough for two breakfasts and two lunches, including cereal, shelf-stable milk, peanut butter and fruit.",
        "School nurses and counselors quietly choose which children receive a bag, and the bags are slipped into backpacks before dismissal.",
    ],
)
CM_PRE = ["Concord Monitor", "News", "Sports", "Opinion", "Obituaries", "Arts & Life", "Subscribe", "Log In"]
CM_HEAD = ["By DELANEY WHITCOMB", "Monitor staff", "Published: 11-19-2024 5:01 PM"]
CM_CAP = ["Volunteers pack weekend food bags at the pantry on South Main Street on Nov. 15. GEOFF FORESTER / Monitor staff"]
CM_TAIL = [["Delaney Whitcomb can be reached at dwhitcomb@cmonitor.com."],
           ["Sign up for the Monitor's free daily newsletter"],
           ["Latest News"],
           ["\u00a9 2024 Concord Monitor, a division of Newspapers of New England"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Concord Monitor (New Hampshire): original of the re-scrape cluster; capitals byline with 'Monitor staff' line, dashed date.
    dict(CM, role="original", file="concordmonitor_food_pantry_backpacks.txt", render="text",
         pre=[CM_PRE], head=[CM_HEAD], cap_lines=CM_CAP,
         inserts={2: ["Support local journalism: subscribe for $1 a week"], 5: ["RELATED:", "Merrimack Valley schools add free breakfast carts"]},
         tail=CM_TAIL),
    dict(CM, role="rescrape", file="concordmonitor_food_pantry_backpacks_rescrape.txt.gz", render="text", noise=True,
         pre=[CM_PRE], head=[CM_HEAD], cap_lines=CM_CAP,
         tail=[["You have 2 free articles remaining this month"], *CM_TAIL]),
    # Kazakhstanskaya Pravda (Russian): original of the Kazinform cluster; 'КАРАГАНДА. KAZINFORM – ' dateline, correspondent named at the end.
    dict(KAZ, role="original", file="kazpravda_kazinform_karaganda_pensionery_ru.txt", render="text",
         pre=[["Казахстанская правда", "Главное", "Политика", "Общество", "Регионы", "Экономика", "Спецпроекты"]],
         head=[["01.10.2024, 15:42"], ["Фото: пресс-служба акимата"], ["Поделиться"]],
         inserts={2: ["Реклама"], 4: ["Читайте также:", "В Павлодаре выросло число получателей адресной социальной помощи"]},
         tail=[["Айгерим Султанова, KAZINFORM"], ["Подписывайтесь на наш Telegram-канал"], ["Популярное"],
               ["При использовании материалов ссылка на «Казахстанскую правду» обязательна"],
               ["\u00a9 2024 АО «Республиканская газета «Казахстанская правда»"]]),
    # Jugantor (Bangladesh, Bengali): BSS copy, 'ময়মনসিংহ, ১২ মার্চ (বাসস) :' dateline in Bengali digits.
    rec(cluster="jugantor-bss-mymensingh-old-age-allowance", role="single", file="jugantor_bss_mymensingh_boyosko_bhata_bn.txt", render="text",
        title="ময়মনসিংহে বয়স্ক ভাতা পেতে অনলাইনে আবেদন করলেন দশ হাজার প্রবীণ",
        date="2025-03-12", dateline="ময়মনসিংহ, ১২ মার্চ (বাসস) : ", city="Mymensingh", country="BD", region="asia", lang="bn",
        agency="BSS",
        pre=[["যুগান্তর", "প্রথম পাতা", "জাতীয়", "সারাদেশ", "রাজনীতি", "অর্থনীতি", "ই-পেপার"]],
        head=[["বাসস"], ["প্রকাশ: ১২ মার্চ ২০২৫, ০৪:১৫ পিএম"], ["অনলাইন সংস্করণ"], ["শেয়ার করুন"]],
        inserts={2: ["বিজ্ঞাপন"], 5: ["আরও পড়ুন", "নেত্রকোনায় প্রতিবন্ধী শিশুদের জন্য বিশেষ স্কুল চালু"]},
        tail=[["যুগান্তর ইউটিউব চ্যানেলে সাবস্ক্রাইব করুন"], ["এ বিভাগের অন্যান্য সংবাদ"], ["সর্বশেষ"],
              ["\u00a9 সর্বস্বত্ব স্বত্বাধিকার সংরক্ষিত ২০২৫ | যুগান্তর"]],
        paras=P("""
জেলায় চলতি অর্থবছরে বয়স্ক ভাতার জন্য প্রায় দশ হাজার প্রবীণ নারী ও পুরুষ অনলাইনে আবেদন করেছেন বলে জানিয়েছে জেলা সমাজসেবা কার্যালয়।

জেলা সমাজসেবা কার্যালয়ের উপপরিচালক মো. রফিকুল ইসলাম বাসসকে জানান, আবেদন যাচাইয়ের কাজ উপজেলা পর্যায়ে শুরু হয়েছে।

তিনি বলেন, যাঁদের স্মার্টফোন নেই, তাঁদের জন্য ইউনিয়ন ডিজিটাল সেন্টারে বিনা খরচে আবেদন করার ব্যবস্থা রাখা হয়েছে।

যাচাই শেষে নির্বাচিত ভাতাভোগীরা প্রতি মাসে ছয়শ টাকা করে মোবাইল ব্যাংকিংয়ের মাধ্যমে পাবেন।

ভাতার টাকা সরাসরি মোবাইল হিসাবে যাওয়ায় আগের মতো দালালদের কাছে হয়রানির শিকার হতে হচ্ছে না বলে জানান কয়েকজন প্রবীণ।

ফুলপুর উপজেলার সত্তর বছর বয়সী আমেনা খাতুন বলেন, নাতির সাহায্যে তিনি ঘরে বসেই আবেদন করেছেন।

সমাজসেবা কর্মকর্তারা জানান, বিধবা ও স্বামী নিগৃহীতা নারীদের ভাতার আবেদনও একই সঙ্গে যাচাই করা হচ্ছে।

জেলায় বর্তমানে এক লাখের বেশি প্রবীণ বয়স্ক ভাতা পাচ্ছেন, আর নতুন তালিকা চূড়ান্ত হবে আগামী মে মাসের মধ্যে।

কর্মকর্তারা বলেন, কোনো যোগ্য প্রবীণ যেন বাদ না পড়েন, সে জন্য ইউনিয়ন পরিষদের সদস্যদেরও তালিকা যাচাইয়ে যুক্ত করা হয়েছে।
"""),
        must_have=[
            "তিনি বলেন, যাঁদের স্মার্টফোন নেই, তাঁদের জন্য ইউনিয়ন ডিজিটাল সেন্টারে বিনা খরচে আবেদন করার ব্যবস্থা রাখা হয়েছে।",
            "সমাজসেবা কর্মকর্তারা জানান, বিধবা ও স্বামী নিগৃহীতা নারীদের ভাতার আবেদনও একই সঙ্গে যাচাই করা হচ্ছে।",
        ]),
    # Glas Srpske (Republika Srpska, Serbian Cyrillic): SRNA copy, 'БИЈЕЉИНА, 5. ДЕЦЕМБРА /СРНА/ - ' dateline.
    rec(cluster="glassrpske-srna-bijeljina-narodna-kuhinja", role="single", file="glassrpske_srna_bijeljina_narodna_kuhinja_sr.txt", render="text",
        title="Народна кухиња у Бијељини дијели 700 оброка дневно, све више пензионера",
        date="2024-12-05", dateline="БИЈЕЉИНА, 5. ДЕЦЕМБРА /СРНА/ - ", city="Bijeljina", country="BA", region="europe", lang="sr",
        agency="SRNA",
        pre=[["Глас Српске", "Вијести", "Република Српска", "Бања Лука", "Хроника", "Спорт", "Магазин"]],
        head=[["Извор: СРНА"], ["05.12.2024. 12:34"], ["Коментари (3)"]],
        inserts={2: ["Реклама"], 5: ["Прочитајте још:", "Дом за старије у Добоју добија ново крило"]},
        tail=[["Пратите нас на Вајберу"], ["Оставите коментар"], ["Најчитаније"], ["Повезане вијести"],
              ["\u00a9 2024 Глас Српске. Сва права задржана."]],
        paras=P("""
Народна кухиња Црвеног крста у Бијељини свакодневно дијели око 700 оброка, а међу корисницима је све више пензионера са најнижим
примањима, изјавила је секретар градске организације Црвеног крста Драгана Стевановић.

Она је навела да је број корисника за годину дана порастао за око стотину, углавном због поскупљења хране и комуналија.

Оброци се припремају у кухињи у центру града, а за старе и непокретне суграђане волонтери их свакодневно достављају на кућну адресу.

Стевановићева је рекла да кухињу финансирају Град Бијељина и донатори, међу којима су локалне пекаре и пољопривредни произвођачи.

Пред новогодишње празнике Црвени крст организује акцију прикупљања пакета хране и хигијене за вишечлане породице.

Грађани пакете могу оставити у просторијама Црвеног крста радним данима од осам до 16 часова.

Стевановићева је нагласила да је кухињи потребно још волонтера за доставу оброка у приградским насељима.

Народна кухиња у Бијељини ради без прекида више од тридесет година.

У Црвеном крсту кажу да се за помоћ могу јавити и породице које нису на списку корисника социјалне помоћи.
"""),
        must_have=[
            "Оброци се припремају у кухињи у центру града, а за старе и непокретне суграђане волонтери их свакодневно достављају на кућну адресу.",
            "Грађани пакете могу оставити у просторијама Црвеног крста радним данима од осам до 16 часова.",
        ]),
    # Karjalainen (Joensuu, Finnish): STT copy, no dateline, 'STT' line and 'STT–' sign-off credit to the reporter.
    rec(cluster="karjalainen-stt-omaishoitajat-vapaapaivat", role="single", file="karjalainen_stt_omaishoitajat_fi.txt", render="text",
        title="Omaishoitajien vapaapäivät jäävät yhä useammin pitämättä, kertoo selvitys",
        date="2024-11-27", country="FI", region="europe", lang="fi", agency="STT",
        pre=[["Karjalainen", "Uutiset", "Joensuu", "Kotimaa", "Urheilu", "Mielipide", "Kirjaudu", "Tilaa"]],
        head=[["STT"], ["27.11.2024 7:05"], ["Päivitetty 27.11.2024 9:40"], ["Jaa"]],
        inserts={2: ["Mainos"], 5: ["Lue myös:", "Joensuun kaupunki avaa uuden perhekeskuksen Niinivaaralle"]},
        tail=[["Kommentoi"], ["Luetuimmat"], ["Tilaa Karjalaisen uutiskirje"], ["Karjalainen on osa Keskisuomalainen-konsernia"]],
        paras=P("""
Yhä useampi omaishoitaja jättää lakisääteiset vapaapäivänsä pitämättä, kertoo omaishoitajien järjestön tuore selvitys.

Selvitykseen vastasi noin 2 400 omaishoitajaa eri puolilta Suomea.

Heistä lähes puolet kertoi, ettei ollut pitänyt yhtään vapaapäivää viimeisen puolen vuoden aikana.

Yleisin syy oli se, ettei hoidettavalle löytynyt sopivaa lyhytaikaista hoitopaikkaa läheltä kotia.

Moni vastaaja kertoi myös, että hoidettava ahdistuu vieraassa paikassa niin paljon, ettei vapaapäivästä ole hyötyä.

Järjestön toiminnanjohtaja Minna Kärkkäinen sanoo, että hyvinvointialueiden pitäisi tarjota enemmän kotiin tulevia sijaishoitajia.

Hänen mukaansa väsynyt omaishoitaja voi itse sairastua, jolloin kunnan hoitovastuu kasvaa nopeasti.

Suomessa on arviolta 50 000 sopimusomaishoitajaa, mutta läheistään hoitaa ilman sopimusta moninkertainen määrä ihmisiä.

Järjestö aikoo viedä selvityksen tulokset sosiaali- ja terveysministeriöön vielä ennen joulua.

Selvityksen mukaan omaishoitajista yli kolmannes on itse yli 75-vuotiaita, ja monella heistä on omia sairauksia.

Monet vastaajat kertoivat myös, etteivät he tienneet lainkaan oikeudestaan lakisääteisiin vapaapäiviin.

Järjestö toivoo, että hyvinvointialueet kertoisivat omaishoitajille nykyistä selvemmin, millaisia vapaan järjestämisen tapoja alueella on tarjolla ja miten niitä haetaan.
"""),
        must_have=[
            "Yleisin syy oli se, ettei hoidettavalle löytynyt sopivaa lyhytaikaista hoitopaikkaa läheltä kotia.",
            "Järjestön toiminnanjohtaja Minna Kärkkäinen sanoo, että hyvinvointialueiden pitäisi tarjota enemmän kotiin tulevia sijaishoitajia.",
        ]),
    # Cape Argus (Cape Town): staff, name-only byline, 'Published'/'Updated 2 hours ago' stamps, 'Picture:' credit.
    rec(cluster="capeargus-mitchells-plain-soup-kitchen", role="single", file="capeargus_soup_kitchen_winter.txt", render="text",
        title="Mitchells Plain soup kitchen feeds 300 children a day as winter bites",
        date="2024-06-18", country="ZA", region="africa", lang="en", authors=["Thandiwe Mokoena"],
        caption="Volunteer Fatima Adams serves soup to children in Tafelsig on Monday.", credit="Ayanda Ndamane/Independent Newspapers",
        pre=[["Cape Argus", "News", "Western Cape", "Opinion", "Sport", "Lifestyle", "E-Edition"]],
        head=[["Thandiwe Mokoena"], ["Published Jun 18, 2024"], ["Updated 2 hours ago"]],
        cap_lines=["Volunteer Fatima Adams serves soup to children in Tafelsig on Monday. Picture: Ayanda Ndamane/Independent Newspapers"],
        inserts={2: ["ADVERTISEMENT"], 5: ["RELATED TOPICS", "Hanover Park clinic queues grow as nurses strike"]},
        tail=[["thandiwe.mokoena@inl.co.za"], ["Cape Argus"], ["Related Topics:", "Cape Town", "Poverty"],
              ["Share this article:"], ["\u00a9 2024 Independent Media. All rights reserved."]],
        paras=P("""
A soup kitchen run from a garage in Tafelsig, Mitchells Plain, is now feeding more than 300 children every afternoon, double the number
it served in March.

Founder Rashieda Jacobs, a retired school cook, started the kitchen four years ago with one pot and a donated bag of samp.

She said the queue starts forming shortly after schools close, with older children bringing younger brothers and sisters in prams.

Volunteers cook soup, rice and vegetables on two gas burners, and the children eat standing up because there is no space for tables.

A local butchery donates bones for the soup twice a week, and a church in Rondebosch sends bread on Fridays.

Jacobs said many parents had lost piece jobs in construction and on farms and could no longer afford two meals a day.

The kitchen needs gas bottles, plastic bowls and warm clothing for the children during the winter months.

The City of Cape Town said the kitchen could apply to its food relief programme for community kitchens.
"""),
        must_have=[
            "Volunteers cook soup, rice and vegetables on two gas burners, and the children eat standing up because there is no space for tables.",
            "A local butchery donates bones for the soup twice a week, and a church in Rondebosch sends bread on Fridays.",
        ]),
    # Herald Live (Gqeberha): staff, 'By X and Y' byline, SENIOR REPORTER role line.
    rec(cluster="heraldlive-gqeberha-disability-transport", role="single", file="heraldlive_disability_transport.txt", render="text",
        title="Wheelchair users stranded as only bus with a lift breaks down again",
        date="2025-04-08", country="ZA", region="africa", lang="en", authors=["Guy Rogers", "Siyamtanda Capa"],
        pre=[["HeraldLIVE", "News", "Nelson Mandela Bay", "Eastern Cape", "Sport", "Opinion", "Subscribe"]],
        head=[["By Guy Rogers and Siyamtanda Capa"], ["08 April 2025 - 19:30"], ["Save", "Share"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["READ MORE:", "Northern areas school feeding scheme runs out of maize meal"]},
        tail=[["Guy Rogers is a senior reporter. Siyamtanda Capa is a reporter."], ["Would you like to comment on this article?"],
              ["Register (it's quick and free) or sign in now."], ["Please read our Comment Policy before commenting."],
              ["\u00a9 2025 Arena Holdings"]],
        paras=P("""
Wheelchair users in Gqeberha say they have missed clinic appointments and days of work after the city's only accessible bus broke down
for the third time this year.

The bus, fitted with a hydraulic lift, runs a fixed route between the northern areas and the city centre on weekdays.

Disability activist Nomvula Mtiki said about 70 people depended on it to reach hospitals, schools and the social grants office.

When the bus is out of service, many have to pay private drivers up to R400 for a return trip, almost a fifth of a disability grant.

A mother from Bethelsdorp said she had carried her teenage son onto a minibus taxi because she had no other way to reach his physiotherapy session.

The metro said the lift motor had failed and that a replacement part was expected from Johannesburg within two weeks.

Activists want the metro to buy at least two more accessible buses and to publish a repair schedule.

A meeting with the mayoral committee member for transport is planned for later this month.
"""),
        must_have=[
            "The bus, fitted with a hydraulic lift, runs a fixed route between the northern areas and the city centre on weekdays.",
            "Activists want the metro to buy at least two more accessible buses and to publish a repair schedule.",
        ]),
    # Brockville Recorder and Times (Ontario): staff, Postmedia byline block, youth centre.
    rec(cluster="recorder-brockville-youth-centre", role="single", file="recorder_brockville_youth_centre.txt", render="text",
        title="Brockville youth centre extends evening hours after teens ask for a safe place to go",
        date="2024-02-22", country="CA", region="americas", lang="en", authors=["Jonah Vandermeer"],
        pre=[["The Recorder and Times", "News", "Local News", "Sports", "Opinion", "Obituaries", "Subscribe"]],
        head=[["Jonah Vandermeer"], ["The Recorder and Times"], ["Published Feb 22, 2024", "Last updated Feb 23, 2024"], ["2 minute read"]],
        inserts={2: ["Article content"], 5: ["Recommended from Editorial", "Food bank shelves thin after holiday rush"]},
        tail=[["jvandermeer@postmedia.com"], ["Share this article in your social network"], ["Trending"],
              ["This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic."],
              ["\u00a9 2024 Brockville Recorder and Times, a division of Postmedia Network Inc."]],
        paras=P("""
A downtown youth centre in Brockville will stay open until 10 p.m. on Fridays and Saturdays starting next month, after teenagers told
staff they had nowhere safe to spend their evenings.

Program director Amanda Leclair said a survey of 150 young people found that most hung out in parking lots or at the riverfront after
dark.

The centre already runs after-school homework help, a music room and a free supper on Wednesdays for anyone aged 12 to 18.

The longer hours will add movie nights, video game tournaments and a late basketball program in a nearby school gym.

Leclair said two youth workers and a volunteer will be on site every evening, and a counsellor will drop in once a week.

The extension is funded for one year through a provincial grant and a donation from a local service club.

Police said calls about young people gathering downtown on weekends have risen since the fall.

Parents can register their children at the front desk, but drop-ins are also welcome.
"""),
        must_have=[
            "The longer hours will add movie nights, video game tournaments and a late basketball program in a nearby school gym.",
            "The extension is funded for one year through a provincial grant and a donation from a local service club.",
        ]),
    # Bohol Chronicle (Philippines): staff, 'TAGBILARAN CITY—' dateline with em dash, 'By X' byline.
    rec(cluster="boholchronicle-tagbilaran-supplementary-feeding", role="single", file="boholchronicle_supplementary_feeding.txt", render="text",
        title="City expands feeding program to 2,000 daycare children",
        date="2024-07-14", dateline="TAGBILARAN CITY—", city="Tagbilaran City", country="PH", region="asia", lang="en",
        authors=["Rhea Mae Bautista"],
        pre=[["The Bohol Chronicle", "Home", "News", "Provincial", "Business", "Sports", "Opinion"]],
        head=[["By Rhea Mae Bautista"], ["July 14, 2024"], ["0 Comments"]],
        inserts={2: ["Advertisement"], 5: ["ALSO READ:", "Panglao senior citizens receive social pension"]},
        tail=[["Share this:", "Facebook", "X"], ["Like this:", "Loading..."], ["Related"],
              ["Leave a Reply"], ["\u00a9 2024 The Bohol Chronicle"]],
        paras=P("""
The city government has expanded its supplementary feeding program to cover about 2,000 children in its 15 barangay child development
centers.

City Social Welfare and Development Officer Marites Lumayag said children aged three to five will receive a hot meal every school day
for 120 days.

Meals will be cooked by parents on a rotation basis, using rice, vegetables, fish and eggs bought from local farmers and fishers.

Lumayag said daycare workers will weigh the children at the start and end of the program to check their progress.

At the last weighing, about one in ten children in the centers was found to be underweight for their age.

The program is funded by the Department of Social Welfare and Development and the city, with a budget of about P6 million.

Parents will also attend monthly sessions on nutrition, hygiene and low-cost meal planning.

Lumayag urged parents who have not yet enrolled their children to visit the nearest child development center.
"""),
        must_have=[
            "Meals will be cooked by parents on a rotation basis, using rice, vegetables, fish and eggs bought from local farmers and fishers.",
            "Parents will also attend monthly sessions on nutrition, hygiene and low-cost meal planning.",
        ]),
    # Forbes Advocate (NSW): staff, ACM layout, 'Updated ... first published' stamp.
    rec(cluster="forbesadvocate-meals-on-wheels-drivers", role="single", file="forbesadvocate_meals_on_wheels.txt", render="text",
        title="Meals on Wheels needs drivers as older volunteers hang up the keys",
        date="2024-08-27", country="AU", region="oceania", lang="en", authors=["Harriet Coady"],
        pre=[["Forbes Advocate", "Local News", "Sport", "Community", "Rural", "What's On", "Subscribe", "Log in"]],
        head=[["Harriet Coady"], ["Updated August 28 2024 - 10:05am, first published August 27 2024 - 4:00pm"]],
        inserts={2: ["Advertisement"], 5: ["READ MORE:", "Forbes preschool opens extra places for three-year-olds"]},
        tail=[["Harriet Coady is a journalist at the Forbes Advocate."], ["Get the latest Forbes news in your inbox"],
              ["Sign up for our newsletter to stay up to date."], ["We care about the protection of your data. Read our Privacy Policy."],
              ["\u00a9 2024 Australian Community Media"]],
        paras=P("""
Forbes Meals on Wheels is calling for new volunteer drivers after several of its longest-serving members retired from delivering this
winter.

The service delivers about 90 meals a week to older residents and people with disability in town and on nearby farms.

Coordinator Lyn Pattison said many of the drivers were in their late seventies and eighties and had decided it was time to stop.

Drivers use their own cars and are paid a fuel allowance, and each run takes about an hour and a half.

Ms Pattison said the visit was often the only conversation some clients had all day.

Drivers also check that clients are well and alert the office if someone does not answer the door.

Volunteers need a current driver's licence and a police check, which the service will arrange at no cost.

Anyone interested can call the office on weekday mornings or drop in at the Forbes Community Centre.
"""),
        must_have=[
            "Drivers use their own cars and are paid a fuel allowance, and each run takes about an hour and a half.",
            "Drivers also check that clients are well and alert the office if someone does not answer the door.",
        ]),
    # Diario de Sevilla (Spanish): staff, byline with 'Sevilla' place line, residencia de mayores.
    rec(cluster="diariodesevilla-residencia-mayores-plazas", role="single", file="diariodesevilla_residencia_mayores_es.txt", render="text",
        title="La residencia de mayores de Torreblanca abrirá 60 plazas públicas en primavera",
        date="2025-01-29", country="ES", region="europe", lang="es", authors=["Lucía Barrionuevo"],
        pre=[["Diario de Sevilla", "Sevilla", "Provincia", "Andalucía", "Deportes", "Cofradías", "Suscríbete"]],
        head=[["Lucía Barrionuevo"], ["Sevilla, 29 Enero, 2025 - 07:00h"], ["Compartir"]],
        inserts={2: ["Publicidad"], 5: ["Te puede interesar", "El Ayuntamiento amplía el servicio de ayuda a domicilio"]},
        tail=[["Etiquetas", "Dependencia", "Mayores"], ["Lo más leído"], ["Recibe nuestra newsletter"],
              ["\u00a9 Diario de Sevilla | Joly Digital. Todos los derechos reservados."]],
        paras=P("""
La nueva residencia de mayores del barrio de Torreblanca abrirá sus puertas en primavera con 60 plazas públicas concertadas con la
Junta de Andalucía, según ha confirmado la Delegación de Inclusión Social.

El edificio, levantado en una parcela municipal junto al centro de salud, tiene tres plantas, jardín y un centro de día con 20 plazas.

Las plazas se asignarán a personas con grado de dependencia reconocido que estén en lista de espera en la zona este de la ciudad.

Según la asociación vecinal, decenas de mayores del barrio viven solos en pisos sin ascensor y apenas salen de casa.

La gestión correrá a cargo de una cooperativa de trabajadoras del sector, que contratará a unas 45 personas, la mayoría del barrio.

La delegada de Inclusión Social, Rocío Márquez, explicó que la lista de espera para una plaza residencial en Sevilla supera los dos años.

El centro de día ofrecerá transporte adaptado, comedor y talleres de memoria para usuarios que siguen viviendo en su domicilio.

Las familias interesadas pueden solicitar información en los servicios sociales comunitarios del distrito.
"""),
        must_have=[
            "Las plazas se asignarán a personas con grado de dependencia reconocido que estén en lista de espera en la zona este de la ciudad.",
            "La gestión correrá a cargo de una cooperativa de trabajadoras del sector, que contratará a unas 45 personas, la mayoría del barrio.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_EMG = site("L'Economiste Maghrébin", "https://www.leconomistemaghrebin.example.com", " - L'Economiste Maghrébin", "fr_TN", "@ecomaghrebin",
                ["Actualités", "Economie", "Société", "Régions", "Entreprises"],
                ["\u00a9 2024 L'Economiste Maghrébin. Tous droits réservés.", "Qui sommes-nous", "Contact"],
                share=["Partager", "Facebook", "LinkedIn", "X"])
SITE_BY = site("البيان", "https://www.albayan.example.ae", " - البيان", "ar_AE", "@AlBayanNews",
               ["الرئيسية", "عبر الإمارات", "اقتصاد", "رياضة", "ثقافة"],
               ["جميع الحقوق محفوظة © 2025 مؤسسة دبي للإعلام", "سياسة الخصوصية", "اتصل بنا"], share=["شارك", "فيسبوك", "إكس", "واتساب"])
SITE_GDS = site("Gazeta de Sud", "https://www.gds.example.ro", " | Gazeta de Sud", "ro_RO", "@gazetadesud",
                ["Actualitate", "Craiova", "Oltenia", "Sport", "Opinii"],
                ["\u00a9 2024 Gazeta de Sud. Toate drepturile rezervate.", "Termeni și condiții", "Contact"],
                share=["Distribuie", "Facebook", "WhatsApp"],
                cookie="Folosim cookie-uri pentru a vă oferi o experiență mai bună.", buttons=["Accept", "Setări"])
SITE_DD = site("Dala-Demokraten", "https://www.dalademokraten.example.se", " | Dala-Demokraten", "sv_SE", "@dalademokraten",
               ["Nyheter", "Falun", "Borlänge", "Sport", "Kultur"],
               ["\u00a9 2024 Dala-Demokraten", "Kundservice", "Personuppgiftspolicy"], share=["Dela", "Facebook", "Kopiera länk"],
               cookie="Vi använder cookies för att ge dig en bättre upplevelse.", cookie_title="Din integritet", buttons=["Godkänn alla", "Anpassa"])
SITE_JI = site("제주일보", "https://www.jejuilbo.example.net", " - 제주일보", "ko_KR", "@jejuilbo",
               ["전체기사", "정치", "사회", "경제", "문화"],
               ["Copyright \u00a9 제주일보. All rights reserved.", "회사소개", "청소년보호정책"], share=["공유", "페이스북", "카카오톡", "URL복사"])
SITE_8AM = site("هشت صبح", "https://8am.example.media", " - هشت صبح", "fa_AF", "@8amdaily",
                ["خانه", "گزارش", "سیاست", "جامعه", "اقتصاد"],
                ["تمام حقوق برای روزنامه هشت صبح محفوظ است © ۱۴۰۳", "درباره ما", "تماس با ما"], share=["اشتراک‌گذاری", "فیسبوک", "ایکس"])
SITE_GA = site("Gießener Allgemeine", "https://www.giessener-allgemeine.example.de", " | Gießener Allgemeine", "de_DE", "@giessenerallg",
               ["Gießen", "Landkreis", "Hessen", "Sport", "Kultur"],
               ["\u00a9 2024 Mittelhessische Druck- und Verlagshaus GmbH & Co. KG", "Impressum", "Datenschutz"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["E-Paper", "Abo"],
               cookie="Wir und unsere Partner speichern Informationen auf Ihrem Gerät.", cookie_title="Ihre Privatsphäre",
               buttons=["Alle akzeptieren", "Einstellungen"])
SITE_CP = site("Isle of Wight County Press", "https://www.countypress.example.co.uk", " | Isle of Wight County Press", "en_GB", "@iwcountypress",
               ["News", "Sport", "What's On", "Property", "Jobs", "Notices"],
               ["\u00a9 2024 Isle of Wight County Press Ltd", "Contact us", "Privacy Policy"], share=["Share", "Facebook", "X", "Email"],
               cookie="We use cookies to improve your experience on our site.", buttons=["Accept", "Manage"])
SITE_HG = site("Hokitika Guardian", "https://www.hokitikaguardian.example.co.nz", " | Hokitika Guardian", "en_NZ", "@hokitikaguardian",
               ["News", "Local", "Sport", "Community", "Notices"],
               ["\u00a9 2024 Hokitika Guardian", "Contact", "Terms"], share=["Share", "Facebook", "Email"])
SITE_GOA = site("Goondiwindi Argus", "https://www.goondiwindiargus.example.com.au", " | Goondiwindi Argus", "en_AU", "@goondiargus",
                ["News", "Local News", "Sport", "Rural", "Community"],
                ["\u00a9 2025 Australian Community Media", "Privacy Policy", "Terms of Use"], share=["Share", "Facebook", "Email"],
                top=["Subscribe", "Log in"])

HTML_STORIES = [
    # L'Economiste Maghrébin (Tunisia, French): original of the TAP cluster; 'Gabès (TAP) - ' dateline, 'La Rédaction' byline.
    dict(TAP, role="original", file="leconomistemaghrebin_tap_gabes_cantines_fr.html", render="html",
         site=SITE_EMG, section="Régions", meta_section="Régions",
         url="https://www.leconomistemaghrebin.example.com/2024/09/16/gabes-42-ecoles-rurales-cantines-scolaires/",
         published="2024-09-16T14:25:00+01:00",
         ld_author=[{"@type": "Person", "name": "La Rédaction"}],
         byline_lines=["Par La Rédaction"], date_lines=["Publié le 16 septembre 2024 à 14:25"],
         inserts={2: [("ad", "Publicité")], 5: [("link", "Lire aussi :", "Sfax : hausse des demandes d'aide sociale à la rentrée")]},
         end_lines=["Avec TAP"],
         lists=[("Les plus lus", ["Médenine : ouverture d'un centre pour enfants autistes", "Kasserine : 3 000 cartables distribués"])]),
    # Al Bayan (Dubai, Arabic, gzipped page): original of the WAM cluster; 'عجمان في 11 فبراير / وام / ' dateline.
    dict(WAM, role="original", file="albayan_wam_ajman_ashab_alhimam_ar.html.gz", render="html",
         site=SITE_BY, section="عبر الإمارات", meta_section="عبر الإمارات",
         url="https://www.albayan.example.ae/uae/across-uae/2025-02-11-1.5123456",
         published="2025-02-11T13:10:00+04:00",
         ld_author=[{"@type": "Organization", "name": "وام"}],
         byline_lines=["عجمان - وام"], date_lines=["11 فبراير 2025 13:10"],
         caption="الأطفال خلال جلسة علاج طبيعي في المركز الجديد", credit="وام",
         inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضاً:", "الشارقة توسع برنامج الوجبات المدرسية المجانية")]},
         below_body=[("promo", "تابعوا أخبار الإمارات من البيان عبر غوغل نيوز")],
         lists=[("الأكثر قراءة", ["رأس الخيمة تطلق مبادرة لرعاية كبار المواطنين", "دعم جديد لأسر أصحاب الهمم في الفجيرة"])]),
    # Gazeta de Sud (Craiova, Romanian): Agerpres copy, 'Craiova, 14 mai /Agerpres/ - ' dateline.
    rec(cluster="gds-agerpres-craiova-centru-de-zi-copii", role="single", file="gds_agerpres_craiova_centru_de_zi_ro.html", render="html",
        site=SITE_GDS, title="Centru de zi pentru copiii din familii vulnerabile, deschis în cartierul Valea Roșie din Craiova",
        date="2024-05-14", dateline="Craiova, 14 mai /Agerpres/ - ", city="Craiova", country="RO", region="europe", lang="ro",
        agency="Agerpres", section="Actualitate", meta_section="Actualitate",
        url="https://www.gds.example.ro/Actualitate/2024-05-14/centru-de-zi-pentru-copiii-din-familii-vulnerabile/",
        description="Copiii primesc o masă caldă și ajutor la teme după orele de școală.",
        published="2024-05-14T16:20:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Agerpres"}],
        byline_lines=["Agerpres"], date_lines=["marți, 14 mai 2024, 16:20"],
        inserts={2: [("ad", "Publicitate")], 5: [("link", "Citește și:", "Cantina socială din Craiova primește fonduri suplimentare")]},
        editors=["Cristina Dobre"], end_lines=["Editor: Cristina Dobre"],
        lists=[("Cele mai citite", ["Pensionarii din Dolj primesc ajutoare pentru încălzire", "Noi locuri în creșele municipale"])],
        paras=P("""
Un centru de zi pentru copiii din familii vulnerabile a fost deschis marți în cartierul Valea Roșie din Craiova, cu o capacitate de 40
de locuri, au anunțat reprezentanții Direcției de Asistență Socială.

Centrul funcționează într-o clădire renovată a unei foste grădinițe și primește copii cu vârste între 6 și 14 ani.

Copiii primesc după orele de școală o masă caldă, ajutor la teme și pot participa la ateliere de desen, muzică și sport.

Directoarea centrului, Mihaela Stoica, a declarat că prioritate au copiii ai căror părinți lucrează în ture sau sunt plecați la muncă în
străinătate.

Doi asistenți sociali vor vizita periodic familiile pentru a urmări situația școlară și starea de sănătate a copiilor.

Investiția, de aproximativ 1,8 milioane de lei, a fost finanțată din fonduri europene și din bugetul local.

Primăria intenționează să deschidă un centru similar și în cartierul Craiovița Nouă până la sfârșitul anului.

Înscrierile se fac la sediul direcției, pe baza unei anchete sociale.
"""),
        must_have=[
            "Copiii primesc după orele de școală o masă caldă, ajutor la teme și pot participa la ateliere de desen, muzică și sport.",
            "Doi asistenți sociali vor vizita periodic familiile pentru a urmări situația școlară și starea de sănătate a copiilor.",
        ]),
    # Dala-Demokraten (Falun, Swedish): TT copy, 'TT' byline, no dateline.
    rec(cluster="dalademokraten-tt-fritidsgardar-sommar", role="single", file="dalademokraten_tt_fritidsgardar_sv.html", render="html",
        site=SITE_DD, title="Fler fritidsgårdar håller öppet i sommar – kommuner vill nå unga som annars blir ensamma",
        date="2024-06-10", country="SE", region="europe", lang="sv", agency="TT",
        section="Sverige", meta_section="Sverige",
        url="https://www.dalademokraten.example.se/2024-06-10/fler-fritidsgardar-haller-oppet-i-sommar",
        description="En enkät visar att allt fler kommuner satsar på sommaröppna fritidsgårdar.",
        published="2024-06-10T06:30:00+02:00",
        ld_author=[{"@type": "Organization", "name": "TT"}],
        byline_lines=["TT"], date_lines=["10 juni 2024 06:30"],
        inserts={2: [("ad", "Annons")], 5: [("link", "Läs mer:", "Borlänge öppnar ny mötesplats för unga i Jakobsgårdarna")]},
        lists=[("Mest läst", ["Föräldrar oroliga över kortare öppettider på förskolan", "Ny matbank öppnar i Falun"])],
        paras=P("""
Allt fler kommuner håller sina fritidsgårdar öppna under sommarlovet, visar en enkät som Sveriges Kommuner och Regioner gjort bland
landets fritidsförvaltningar.

Av de kommuner som svarade uppger drygt sju av tio att minst en fritidsgård har öppet hela sommaren, jämfört med hälften för fem år
sedan.

Många kommuner pekar på att barn i familjer med små marginaler inte åker bort på semester och saknar aktiviteter under lovet.

Flera fritidsgårdar erbjuder i år gratis lunch, utflykter till badsjöar och kortare sommarjobb för ungdomar mellan 13 och 16 år.

Fritidsledaren Samir Hadžić i en mellanstor kommun säger att sommaren är den period då unga är mest ensamma.

Kommunerna finansierar satsningarna delvis med statliga bidrag för lovaktiviteter, som enligt enkäten minskat de senaste åren.

Flera svarande efterlyser besked om bidragen tidigare på våren, så att personal kan anställas i god tid.

Enkäten besvarades av 212 av landets 290 kommuner.

I flera kommuner har föreningar och kyrkor också gått in med egna sommaraktiviteter för barn och unga.
"""),
        must_have=[
            "Många kommuner pekar på att barn i familjer med små marginaler inte åker bort på semester och saknar aktiviteter under lovet.",
            "Flera svarande efterlyser besked om bidragen tidigare på våren, så att personal kan anställas i god tid.",
        ]),
    # Jeju Ilbo (Jeju, Korean): staff, '이름 기자' byline, email sign-off, '입력'/'수정' stamps.
    rec(cluster="jejuilbo-dolbom-center-night-care", role="single", file="jejuilbo_yagan_dolbom_ko.html", render="html",
        site=SITE_JI, title="제주시 다함께돌봄센터, 맞벌이 가정 위해 밤 9시까지 연장 운영",
        date="2024-03-06", country="KR", region="asia", lang="ko", authors=["고은비"],
        section="사회", meta_section="사회",
        url="https://www.jejuilbo.example.net/news/articleView.html?idxno=231456",
        description="초등학생 자녀를 둔 맞벌이 가정의 돌봄 공백을 줄이기 위한 조치다.",
        published="2024-03-06T18:20:00+09:00", modified="2024-03-06T19:02:00+09:00",
        byline_lines=["고은비 기자"], date_lines=["입력 2024.03.06 18:20", "수정 2024.03.06 19:02"],
        caption="제주시 이도동 다함께돌봄센터에서 아이들이 저녁 식사를 하고 있다.", credit="제주시", credit_shown="제주시 제공",
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "서귀포시, 장애아동 방과후 돌봄 확대")]},
        end_lines=["고은비 기자 eunbi@jejuilbo.net"],
        lists=[("많이 본 기사", ["제주 어린이집 급식비 지원 인상", "노인 일자리 사업 참여자 모집"])],
        paras=P("""
제주시는 초등학생 자녀를 둔 맞벌이 가정의 돌봄 공백을 줄이기 위해 다함께돌봄센터 세 곳의 운영 시간을 밤 9시까지 연장한다고 6일 밝혔다.

그동안 센터는 오후 7시에 문을 닫아 늦게 퇴근하는 부모들이 아이를 맡길 곳을 찾기 어렵다는 민원이 잇따랐다.

연장 운영 시간에는 저녁 식사와 독서 지도, 숙제 도움이 제공되며 돌봄 교사 두 명이 함께 근무한다.

이용료는 월 5만 원으로 책정됐으며 한부모 가정과 기초생활수급 가정은 무료로 이용할 수 있다.

시는 관광업과 서비스업 종사자가 많은 지역 특성상 저녁 돌봄 수요가 특히 높다고 설명했다.

센터 한 곳당 정원은 20명이며 신청은 읍면동 주민센터와 온라인으로 받는다.

제주시 관계자는 이용 수요를 살펴 하반기에는 연장 운영 센터를 다섯 곳으로 늘릴 계획이라고 말했다.

이도동에 사는 한 학부모는 퇴근 후 아이를 데리러 뛰어가지 않아도 돼 마음이 한결 놓인다고 말했다.

돌봄센터는 방학 기간에도 같은 시간까지 문을 열며, 점심 급식과 체험 활동 프로그램도 함께 운영할 예정이다.

시는 이를 위해 돌봄 교사 여섯 명을 추가로 채용하고, 센터까지 오가는 아이들의 안전을 위해 귀가 도우미도 배치하기로 했다.
"""),
        must_have=[
            "연장 운영 시간에는 저녁 식사와 독서 지도, 숙제 도움이 제공되며 돌봄 교사 두 명이 함께 근무한다.",
            "이용료는 월 5만 원으로 책정됐으며 한부모 가정과 기초생활수급 가정은 무료로 이용할 수 있다.",
        ]),
    # Hasht-e Subh (Afghanistan, Persian): staff, 'نویسنده:' byline, Solar Hijri date with Persian digits.
    rec(cluster="8am-mazar-khairia-nan-khanawadeha", role="single", file="hashtesubh_mazar_nanwaee_khairia_fa.html", render="html",
        site=SITE_8AM, title="نانوایی خیریه در مزار شریف روزانه به صدها خانواده نان رایگان می‌دهد",
        date="2024-12-21", country="AF", region="asia", lang="fa", authors=["فرشته نوری"],
        section="جامعه", meta_section="جامعه",
        url="https://8am.example.media/fa/charity-bakery-mazar-free-bread/",
        description="زنان سرپرست خانوار بیشترین مراجعه‌کنندگان این نانوایی هستند.",
        published="2024-12-21T10:30:00+04:30",
        byline_lines=["نویسنده: فرشته نوری"], date_lines=["۱ جدی ۱۴۰۳"],
        inserts={2: [("ad", "تبلیغات")], 5: [("link", "بیشتر بخوانید:", "افزایش کودکان کار در بازارهای هرات")]},
        below_body=[("support", "از روزنامه هشت صبح حمایت کنید")],
        lists=[("پربیننده‌ترین‌ها", ["کمبود دارو در شفاخانه‌های ولایتی", "مکتب‌های خصوصی و شهریه‌های سنگین"])],
        paras=P("""
یک نانوایی خیریه در شهر مزار شریف هر روز به صدها خانواده نیازمند نان رایگان توزیع می‌کند و صف مراجعه‌کنندگان آن از صبح زود شکل می‌گیرد.

این نانوایی با کمک چند تاجر محلی و شماری از مهاجران افغان در خارج از کشور راه‌اندازی شده است.

مسئول نانوایی می‌گوید روزانه حدود دو هزار قرص نان پخته و میان بیش از چهارصد خانواده تقسیم می‌شود.

بیشتر مراجعه‌کنندگان زنان سرپرست خانوار، سالمندان و خانواده‌هایی هستند که نان‌آور خود را از دست داده‌اند.

هر خانواده پس از ثبت نام یک کارت دریافت می‌کند تا نان بدون بی‌نظمی و به نوبت توزیع شود.

یکی از زنان مراجعه‌کننده گفت که پس از بیکار شدن شوهرش، این نان تنها غذای روزانه فرزندانش است.

مسئولان نانوایی می‌گویند با افزایش قیمت آرد و گاز، ادامه کار بدون کمک‌های تازه دشوار شده است.

آنان از نهادهای خیریه خواسته‌اند که در فصل زمستان به آنان در تهیه آرد کمک کنند.

به گفته آنان، اگر کمک تازه برسد، نانوایی می‌تواند در ماه‌های سرد سال شمار خانواده‌های تحت پوشش را افزایش دهد.
"""),
        must_have=[
            "هر خانواده پس از ثبت نام یک کارت دریافت می‌کند تا نان بدون بی‌نظمی و به نوبت توزیع شود.",
            "مسئولان نانوایی می‌گویند با افزایش قیمت آرد و گاز، ادامه کار بدون کمک‌های تازه دشوار شده است.",
        ]),
    # Gießener Allgemeine (Hesse, German): staff, 'Von X' byline, 'Foto: Y' credit, Kita-Essen.
    rec(cluster="giessenerallgemeine-kita-mittagessen", role="single", file="giessenerallgemeine_kita_mittagessen_de.html", render="html",
        site=SITE_GA, title="Kita-Essen wird teurer: Eltern in Gießen sollen ab August mehr zahlen",
        date="2024-04-24", country="DE", region="europe", lang="de", authors=["Kerstin Vollmer"],
        section="Gießen", meta_section="Gießen",
        url="https://www.giessener-allgemeine.example.de/giessen/kita-essen-wird-teurer-eltern-sollen-mehr-zahlen-92987654.html",
        description="Die Stadt begründet die Erhöhung mit gestiegenen Lebensmittel- und Personalkosten.",
        published="2024-04-24T17:45:00+02:00",
        byline_lines=["Von Kerstin Vollmer"], date_lines=["24.04.2024, 17:45 Uhr"],
        caption="Mittagessen in einer städtischen Kita in der Weststadt.", credit="Oliver Schepp", credit_shown="Foto: Oliver Schepp",
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Auch interessant:", "Tafel in Gießen verzeichnet Rekordandrang")]},
        comments=["Kommentare"],
        paras=P("""
Eltern, deren Kinder in einer städtischen Kita in Gießen zu Mittag essen, sollen ab August mehr bezahlen. Der Magistrat schlägt vor,
den monatlichen Essensbeitrag von 75 auf 92 Euro anzuheben.

Die Stadt begründet die Erhöhung mit gestiegenen Lebensmittelpreisen und höheren Löhnen beim Caterer.

Familien mit geringem Einkommen sollen über das Bildungs- und Teilhabepaket weiterhin kostenlos essen können.

Der Stadtelternbeirat kritisiert den Vorschlag. Sprecherin Anja Rühl sagt, viele Familien knapp über der Einkommensgrenze würden besonders belastet.

Der Elternbeirat fordert eine Staffelung der Beiträge nach Einkommen, wie sie in mehreren Nachbarkommunen üblich ist.

Nach Angaben der Stadt essen rund 2300 Kinder täglich in den städtischen Einrichtungen zu Mittag.

Der Sozialausschuss berät am 7. Mai über die Vorlage, die endgültige Entscheidung trifft die Stadtverordnetenversammlung.

Mehrere Fraktionen haben bereits angekündigt, einen eigenen Vorschlag für eine sozial gestaffelte Lösung einzubringen. Die Kita-Leitungen wiederum warnen davor, an der Qualität des Essens zu sparen, denn für viele Kinder sei das Mittagessen in der Kita die einzige warme Mahlzeit des Tages.
"""),
        must_have=[
            "Familien mit geringem Einkommen sollen über das Bildungs- und Teilhabepaket weiterhin kostenlos essen können.",
            "Der Elternbeirat fordert eine Staffelung der Beiträge nach Einkommen, wie sie in mehreren Nachbarkommunen üblich ist.",
        ]),
    # Isle of Wight County Press: staff, 'By X' byline with 'Reporter' role box, consent wall, 'Picture:' credit.
    rec(cluster="countypress-ryde-youth-club-reopens", role="single", file="countypress_ryde_youth_club.html", render="html",
        site=SITE_CP, title="Ryde youth club reopens after volunteers spend a year fixing the roof",
        date="2024-10-15", country="GB", region="europe", lang="en", authors=["Ellis Tremayne"],
        section="News", meta_section="News",
        url="https://www.countypress.example.co.uk/news/24567890.ryde-youth-club-reopens-volunteers-fix-roof/",
        description="The club will open four nights a week for young people aged 11 to 18.",
        published="2024-10-15T11:00:00+01:00",
        byline_lines=["By Ellis Tremayne", "Reporter"], date_lines=["15th October 2024, 11:00 am"],
        caption="Youth workers and volunteers outside the reopened club on Monday.", credit="IWCP", credit_shown="Picture: IWCP",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Newport food bank appeals for winter donations")]},
        author_box=["Reporter covering Ryde and the east of the Island."],
        newsletter_end=["Sign up to our daily newsletter"],
        paras=P("""
A youth club in Ryde that closed when its leaking roof made the hall unsafe has reopened after volunteers spent more than a year raising
money and carrying out repairs.

The club, which first opened in the 1970s, will run four evenings a week for young people aged 11 to 18.

Chair of trustees Donna Whitlock said local builders had given their time for free, and a crowdfunding appeal raised more than
£18,000.

Sessions will include cooking, music, sport and a quiet room where young people can talk to a trained youth worker.

Ms Whitlock said many teenagers in the town had nowhere to go in the evenings since the club closed.

The club will also run a free breakfast during school holidays for children who normally get free school meals.

Membership costs £1 a session, but no one will be turned away if they cannot pay.

The trustees are looking for more volunteers, especially adults who can drive the minibus for trips.
"""),
        must_have=[
            "Sessions will include cooking, music, sport and a quiet room where young people can talk to a trained youth worker.",
            "The club will also run a free breakfast during school holidays for children who normally get free school meals.",
        ]),
    # Hokitika Guardian (West Coast, NZ): staff, small-town layout, byline and date lines.
    rec(cluster="hokitikaguardian-foodbank-winter-demand", role="single", file="hokitikaguardian_foodbank.html", render="html",
        site=SITE_HG, title="Foodbank demand up by a third as winter power bills bite",
        date="2024-07-03", country="NZ", region="oceania", lang="en", authors=["Mere Tainui"],
        section="Local", meta_section="Local",
        url="https://www.hokitikaguardian.example.co.nz/news/foodbank-demand-up-by-a-third/",
        description="The Westland foodbank handed out 140 parcels in June.",
        published="2024-07-03T09:00:00+12:00",
        byline_lines=["Mere Tainui"], date_lines=["Wednesday, 3 July 2024"],
        inserts={2: [("ad", "Advertisement")], 5: [("box", "More local news", ["Council approves pensioner housing upgrade"])]},
        below_body=[("contact", "Got a story? Email news@hokitikaguardian.co.nz")],
        lists=[("Latest", ["Hokitika school lunch program praised", "Community van service extended to Ross"])],
        paras=P("""
The Westland foodbank is handing out a third more food parcels than it did a year ago, as families struggle with rising power bills
over the winter.

Coordinator Janice McPhee said the foodbank gave out 140 parcels in June, compared with about 105 in June last year.

She said more working families were asking for help, including several where both parents had jobs.

Each parcel holds enough food for three to four days, including tinned goods, bread, eggs and fresh vegetables when available.

Local farmers and a supermarket donate milk and meat, and a church group bakes biscuits for families with children.

Mrs McPhee said referrals mostly came through social workers, budgeting services and the local medical centre.

The foodbank is short of breakfast cereal, nappies and sanitary products, which are rarely donated.

Donations can be left at the foodbank on Fitzherbert Street on Tuesday and Thursday mornings.

Cash donations can also be made at the council service centre.
"""),
        must_have=[
            "Each parcel holds enough food for three to four days, including tinned goods, bread, eggs and fresh vegetables when available.",
            "The foodbank is short of breakfast cereal, nappies and sanitary products, which are rarely donated.",
        ]),
]


# ---- news-please and trafilatura JSON ------------------------------------------------

JSON_STORIES = [
    # news-please, Escambray (Sancti Spíritus, Cuba, Spanish): ACN copy, '(ACN)' after the place in the first line.
    rec(cluster="escambray-acn-sancti-spiritus-casa-abuelos", role="single", file="newsplease_escambray_acn_casa_abuelos_es.json",
        render="newsplease", title="Abre nueva Casa de Abuelos en Sancti Spíritus con capacidad para 40 ancianos",
        date="2024-08-20", dateline="Sancti Spíritus, 20 ago (ACN) ", city="Sancti Spíritus", country="CU", region="americas",
        lang="es", agency="ACN",
        url="https://www.escambray.example.cu/2024/abre-nueva-casa-de-abuelos-en-sancti-spiritus/",
        source_domain="www.escambray.example.cu",
        description="La institución ofrece alimentación, atención médica y actividades recreativas durante el día.",
        np_authors=["Agencia Cubana de Noticias"], np_publish="2024-08-20 13:40:00", np_download="2024-08-20 18:11:52",
        head_lines=["Agencia Cubana de Noticias", "20 agosto 2024", "Sancti Spíritus"],
        inserts={2: ["Publicidad"], 5: ["Lea también: Círculos infantiles espirituanos amplían capacidades"]},
        tail_lines=["(ACN)", "Etiquetas:", "Adulto mayor", "Asistencia social", "Compartir", "Facebook", "X",
                    "Deja un comentario", "Tu dirección de correo electrónico no será publicada.", "Artículos relacionados",
                    "Escambray, periódico de Sancti Spíritus \u00a9 2024"],
        paras=P("""
Una nueva Casa de Abuelos abrió sus puertas en el reparto Kilo-12 de esta ciudad, con capacidad para atender durante el día a 40
ancianos que viven solos o cuyos familiares trabajan.

La institución funciona en un inmueble rehabilitado que antes ocupaba una oficina de una empresa local.

Según la directora municipal de Salud, Yanelis Ruiz, los abuelos reciben desayuno, almuerzo y merienda, así como atención de una
enfermera y un médico de la familia.

El centro cuenta con un área de fisioterapia, una sala de televisión y un pequeño huerto que cuidan los propios usuarios.

Ruiz explicó que la prioridad para el ingreso la tienen los adultos mayores con escaso amparo familiar y bajos ingresos.

Trabajadores sociales visitarán los hogares del reparto para identificar a otras personas que puedan necesitar el servicio.

La provincia es una de las más envejecidas del país, con más del 23 por ciento de su población por encima de los 60 años.

Con esta apertura, el municipio cabecera suma cinco Casas de Abuelos.
"""),
        must_have=[
            "El centro cuenta con un área de fisioterapia, una sala de televisión y un pequeño huerto que cuidan los propios usuarios.",
            "Trabajadores sociales visitarán los hogares del reparto para identificar a otras personas que puedan necesitar el servicio.",
        ]),
    # news-please, Eastleigh Voice (Nairobi): staff, 'By X' and reading time head lines, disability bursaries.
    rec(cluster="eastleighvoice-nairobi-disability-school-bursaries", role="single", file="newsplease_eastleighvoice_disability_bursaries.json",
        render="newsplease", title="Parents of children with disabilities in Kamukunji decry delayed bursaries",
        date="2025-01-23", country="KE", region="africa", lang="en", authors=["Abdirahman Hassan"],
        url="https://eastleighvoice.example.co.ke/education/123456/parents-of-children-with-disabilities-decry-delayed-bursaries",
        source_domain="eastleighvoice.example.co.ke",
        description="Some pupils have been sent home from special schools over unpaid fees.",
        np_authors=["Abdirahman Hassan"], np_publish="2025-01-23 15:02:00", np_download="2025-01-23 20:47:10",
        head_lines=["By Abdirahman Hassan", "Thursday, January 23, 2025", "Reading Time: 2 minutes"],
        inserts={2: ["Advertisement"], 5: ["READ ALSO: Eastleigh feeding programme reaches 1,500 pupils"]},
        tail_lines=["Abdirahman Hassan is a reporter at The Eastleigh Voice.", "Tags", "Kamukunji", "Disability", "Bursaries",
                    "Share this story", "Facebook", "WhatsApp", "Join our WhatsApp channel", "Related Articles",
                    "\u00a9 2025 The Eastleigh Voice"],
        paras=P("""
Parents of children with disabilities in Kamukunji, Nairobi, say their children have been sent home from special schools because
bursaries promised last year have not been paid.

The parents said the constituency bursary committee had approved the money in November but the schools had not received it by the
start of the term.

Mama Halima Abdi, whose son attends a school for the deaf in Nairobi, said she had been asked to clear a balance of Sh18,000.

Special schools charge higher fees for boarding because many pupils need specialised care, equipment and transport.

Another parent said her daughter, who uses a wheelchair, had missed two weeks of lessons while the family tried to raise the money.

A member of the bursary committee said the funds had been delayed by the late release of money from the national treasury.

He said the committee would write to the schools asking them to readmit the pupils while payments are processed.

Disability rights groups have asked the county to set up a separate fund for children with disabilities.
"""),
        must_have=[
            "Special schools charge higher fees for boarding because many pupils need specialised care, equipment and transport.",
            "He said the committee would write to the schools asking them to readmit the pupils while payments are processed.",
        ]),
    # news-please, Daily Inter Lake (Kalispell, Montana): staff, lower-case 'by X' byline, '| date 12:00 AM' line.
    rec(cluster="dailyinterlake-kalispell-childcare-center", role="single", file="newsplease_dailyinterlake_childcare.json",
        render="newsplease", title="New child care center aims to ease Flathead waitlists for infants",
        date="2024-09-09", country="US", region="americas", lang="en", authors=["Callie Brandt"],
        url="https://dailyinterlake.example.com/news/2024/sep/09/new-child-care-center-aims-to-ease-flathead-waitlists/",
        source_domain="dailyinterlake.example.com",
        description="The center will care for 48 children, half of them under two.",
        np_authors=["Callie Brandt"], np_publish="2024-09-09 00:00:00", np_download="2024-09-09 14:30:05",
        head_lines=["by Callie Brandt", "Daily Inter Lake", "| September 9, 2024 12:00 AM"],
        inserts={2: ["Advertisement"], 5: ["Related: Flathead food bank opens second pantry"]},
        tail_lines=["Reporter Callie Brandt may be reached at cbrandt@dailyinterlake.com or 406-758-4441.", "Print Article",
                    "Hagadone Media Montana", "Recent Headlines", "Comments", "Sign up for free", "Subscribe to our newsletter", "Facebook", "Twitter", "Email",
                    "Copyright \u00a9 2024 Daily Inter Lake"],
        paras=P("""
A new child care center opening in Kalispell this month will reserve half of its 48 places for infants and toddlers, the age group
with the longest waitlists in the Flathead Valley.

Director Jenna Ostrowski said some families had been on waiting lists since before their babies were born.

The center is in a converted dental office on the north side of town and will open from 6:30 a.m. to 6 p.m. on weekdays.

Ostrowski said the early opening time was meant for parents who work shifts at the hospital and in construction.

Staff will be paid above the local average, which she said was the only way to keep qualified teachers.

Families who qualify for the state's Best Beginnings scholarship can use it to cover most of the monthly fee.

Local employers contributed to the renovation in exchange for priority places for their workers' children.

Enrollment opens on Sept. 16, and a community open house is planned for the weekend before.
"""),
        must_have=[
            "Staff will be paid above the local average, which she said was the only way to keep qualified teachers.",
            "Families who qualify for the state's Best Beginnings scholarship can use it to cover most of the monthly fee.",
        ]),
    # trafilatura, Al Watan (Egypt, Arabic): staff, 'كتب:' byline, Minya school meals.
    rec(cluster="elwatan-minya-school-meals", role="single", file="trafilatura_elwatan_minya_wagabat_ar.json",
        render="trafilatura", title="التغذية المدرسية في المنيا: وجبات ساخنة لتلاميذ القرى بدلاً من البسكويت",
        date="2024-10-22", country="EG", region="africa", lang="ar", authors=["منى عبدالحميد"], section="محافظات",
        url="https://www.elwatannews.example.com/news/details/7612345",
        hostname="www.elwatannews.example.com", source_hostname="الوطن",
        description="المرحلة الأولى تشمل 120 مدرسة ابتدائية في ثلاثة مراكز.",
        tf_author="منى عبدالحميد", tf_date="2024-10-22", tf_language="ar", categories="محافظات;تعليم",
        head_lines=["كتب: منى عبدالحميد", "الثلاثاء 22 أكتوبر 2024 | 03:15 مساءً"],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضاً: صرف معاش تكافل وكرامة لشهر نوفمبر"]},
        tail_lines=["تابع أحدث الأخبار عبر تطبيق الوطن", "تابعونا على", "فيسبوك", "إكس", "يوتيوب", "إنستغرام", "تيك توك", "الأكثر قراءة",
                    "أخبار ذات صلة", "اشترك في النشرة البريدية", "جميع الحقوق محفوظة لجريدة الوطن \u00a9 2024"],
        paras=P("""
بدأت مديرية التربية والتعليم بمحافظة المنيا تقديم وجبات مدرسية ساخنة لتلاميذ المدارس الابتدائية في عدد من القرى، بدلاً من وجبات
البسكويت المعتادة.

وقال مسؤول التغذية المدرسية بالمديرية إن المرحلة الأولى تشمل 120 مدرسة في مراكز ملوي وسمالوط وأبوقرقاص.

وتتكون الوجبة من الخبز البلدي والبيض والجبن والخضروات الطازجة، وتقدم في الحصة الأولى من اليوم الدراسي.

وأوضح أن الوجبات تعد في مطابخ تابعة لجمعيات أهلية قريبة من المدارس، تحت إشراف أطباء من مديرية الصحة.

وأضاف أن الهدف هو الحد من سوء التغذية وفقر الدم بين تلاميذ القرى، وتشجيع الأسر على انتظام أبنائها في الدراسة.

وأبدى عدد من أولياء الأمور ارتياحهم للمبادرة، مؤكدين أن كثيراً من الأطفال كانوا يذهبون إلى المدرسة دون إفطار.

ومن المقرر تعميم التجربة على باقي مراكز المحافظة في الفصل الدراسي الثاني إذا أثبتت نجاحها.

وأشار المسؤول إلى أن المديرية تجري حالياً حصراً لأعداد التلاميذ في المدارس البعيدة، تمهيداً لزيادة عدد المطابخ المشاركة في المبادرة خلال الأشهر المقبلة، بالتعاون مع الوحدات المحلية والجمعيات الخيرية في القرى.
"""),
        must_have=[
            "وأوضح أن الوجبات تعد في مطابخ تابعة لجمعيات أهلية قريبة من المدارس، تحت إشراف أطباء من مديرية الصحة.",
            "وأبدى عدد من أولياء الأمور ارتياحهم للمبادرة، مؤكدين أن كثيراً من الأطفال كانوا يذهبون إلى المدرسة دون إفطار.",
        ]),
    # trafilatura, Evening Express (Aberdeen): staff, DC Thomson layout, 'By X' with role and date.
    rec(cluster="eveningexpress-aberdeen-baby-bank", role="single", file="trafilatura_eveningexpress_baby_bank.json",
        render="trafilatura", title="Aberdeen baby bank runs short of prams and cots as referrals soar",
        date="2025-03-04", country="GB", region="europe", lang="en", authors=["Kirsty Baird"], section="Aberdeen & Aberdeenshire",
        url="https://www.eveningexpress.example.co.uk/news/aberdeen-aberdeenshire/6712345/baby-bank-runs-short-prams-cots/",
        hostname="www.eveningexpress.example.co.uk", source_hostname="Evening Express",
        description="The charity supported more than 900 families last year.",
        tf_author="Kirsty Baird", tf_date="2025-03-04", tf_language="en", categories="Aberdeen & Aberdeenshire;News",
        head_lines=["By Kirsty Baird", "Local news reporter", "March 4 2025, 6:00 am"],
        inserts={2: ["Advertisement"], 5: ["Read more: Torry community fridge opens in church hall"]},
        tail_lines=["Share", "Comments", "Conversation", "Most Read", "More from Aberdeen & Aberdeenshire",
                    "Sign up to our daily newsletter", "Your privacy is important to us", "Accept", "Manage preferences",
                    "\u00a9 DC Thomson & Co Ltd 2025"],
        paras=P("""
An Aberdeen charity that gives baby equipment to struggling families has run short of prams, cots and car seats after a sharp rise in
referrals.

The baby bank supported more than 900 families last year, about 300 more than the year before.

Manager Fiona Stephen said most referrals came from health visitors, midwives and social workers.

Families receive a bundle of clothes, nappies, bedding and toiletries, along with larger items when they are in stock.

Ms Stephen said some parents had been putting newborns to sleep in drawers or on sofas because they could not afford a cot.

Safety rules mean the charity can only accept car seats that are less than five years old and have never been in an accident.

The charity is also looking for volunteers to sort donations at its warehouse in Tullos on weekday mornings.

Donations can be dropped off between 10am and 2pm from Monday to Friday.
"""),
        must_have=[
            "Families receive a bundle of clothes, nappies, bedding and toiletries, along with larger items when they are in stock.",
            "Safety rules mean the charity can only accept car seats that are less than five years old and have never been in an accident.",
        ]),
    # trafilatura, Fraser Coast Chronicle (Queensland): staff, News Corp layout, 'Subscriber only' and reading time.
    rec(cluster="frasercoastchronicle-hervey-bay-pensioner-units", role="single", file="trafilatura_frasercoastchronicle_pensioner_units.json",
        render="trafilatura", title="Hervey Bay pensioners face two-year wait for social housing units",
        date="2024-05-28", country="AU", region="oceania", lang="en", authors=["Bree Lancaster"], section="Fraser Coast",
        url="https://www.frasercoastchronicle.example.com.au/news/fraser-coast/hervey-bay-pensioners-face-two-year-wait/news-story/abc123def456",
        hostname="www.frasercoastchronicle.example.com.au", source_hostname="Fraser Coast Chronicle",
        description="Older renters say private rents have doubled since 2020.",
        tf_author="Bree Lancaster", tf_date="2024-05-28", tf_language="en", categories="Fraser Coast;News",
        head_lines=["Bree Lancaster", "4 min read", "May 28, 2024 - 5:00AM"],
        inserts={2: ["Advertisement"], 5: ["MORE NEWS: Maryborough food pantry extends hours"]},
        tail_lines=["Join the conversation", "Add your comment to this story", "To join the conversation, please log in.",
                    "Don't have an account? Register", "Share this article", "Read next", "More related stories", "Subscriber only", "Getting in touch",
                    "\u00a9 2024 News Pty Limited"],
        paras=P("""
Pensioners in Hervey Bay are waiting up to two years for a social housing unit, as private rents in the popular retirement area
continue to climb.

Community housing manager Gail Trevethan said her organisation had more than 180 people over 65 on its waiting list.

She said many were single women who had rented all their lives and now spent more than half of their pension on rent.

Some older renters were sleeping in cars or staying with friends after their leases were not renewed.

Mrs Trevethan said the organisation was building 24 new one-bedroom units near the Pialba shops, due to open next year.

The units will have level access, wide doors and handrails, so that tenants can stay independent as they age.

Seniors groups have called on the state government to fund more housing designed for older people in regional towns.

A spokesperson for the Housing Department said new social homes were being built across the Wide Bay region.
"""),
        must_have=[
            "She said many were single women who had rented all their lives and now spent more than half of their pension on rent.",
            "The units will have level access, wide doors and handrails, so that tenants can stay independent as they age.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

JSONL_STORIES = [
    # news-please shape: the Kazinform story on Kursiv (syndicated member of the Kazinform cluster).
    dict(KAZ, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://kz.kursiv.example.media/2024-10-01/v-karagande-otkryli-centr-dnevnogo-prebyvaniya-dlya-pensionerov/",
         source_domain="kz.kursiv.example.media",
         np_authors=["Kazinform"], np_publish="2024-10-01 16:30:00", np_download="2024-10-01 20:12:45",
         head_lines=["Айгерим Султанова, Kazinform", "1 октября 2024 16:30"],
         tail_lines=["Источник: Kazinform", "Поделиться", "Telegram", "WhatsApp", "Facebook", "Комментарии", "Читайте также",
                     "Подпишитесь на рассылку Kursiv", "Новости партнеров", "Реклама", "Instagram", "Главное", "Курсив \u00a9 2024"]),
    # newsbeam text shape: the TAP story on Jawhara FM (syndicated member of the TAP cluster).
    dict(TAP, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.jawharafm.example.net/fr/article/gabes-42-ecoles-rurales-dotees-de-cantines-scolaires/105/123456",
         nb_published="2024-09-16T15:05:00Z", outlet="Jawhara FM", nb_authors=["TAP"],
         head_lines=["Publié le Lundi 16 Septembre 2024 - 16:05", "Société"],
         tail_lines=["Source : TAP", "Partager", "Facebook", "X", "WhatsApp", "Ecoutez Jawhara FM en direct", "Téléchargez l'application",
                     "Articles similaires", "Les plus lus", "Rejoignez-nous sur Telegram", "Instagram", "YouTube", "\u00a9 Jawhara FM 2024"]),
    # newsbeam html shape: Goondiwindi Argus (Queensland): staff, ACM layout, disability respite cottage.
    rec(cluster="goondiwindiargus-respite-cottage", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_GOA, title="Respite cottage gives Goondiwindi carers a weekend off for the first time",
        date="2025-03-13", country="AU", region="oceania", lang="en", authors=["Tess McAllister"],
        section="Local News", meta_section="Local News",
        url="https://www.goondiwindiargus.example.com.au/story/8891234/respite-cottage-gives-carers-a-weekend-off/",
        description="The cottage can host three guests with disability at a time.",
        published="2025-03-13T07:00:00+10:00",
        nb_published="2025-03-12T21:00:00Z", outlet="Goondiwindi Argus", nb_authors=["Tess McAllister"],
        byline_lines=["Tess McAllister"], date_lines=["March 13 2025 - 7:00am"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Border playgroup moves to new home")]},
        author_box=["Tess McAllister", "Journalist at the Goondiwindi Argus. Email tess.mcallister@austcommunitymedia.com.au"],
        paras=P("""
Families caring for adults with disability in Goondiwindi now have a place close to home where their loved ones can stay for a weekend,
after a respite cottage opened in the town.

Until now, the nearest overnight respite service was in Toowoomba, more than three hours' drive away.

The cottage has three bedrooms, a wheelchair-accessible bathroom and a garden, and is staffed around the clock by trained support
workers.

Local disability provider manager Rhonda Skerman said some carers had not had a full night's sleep in years.

Guests can take part in outings to the river, the shops and the local show while their families rest.

The cottage was built with money from a state grant, a cotton growers' fundraiser and a bequest from a local family.

Bookings can be paid for through a guest's National Disability Insurance Scheme plan.

Ms Skerman said the service hoped to offer midweek stays later in the year if it can recruit more staff.
"""),
        must_have=[
            "The cottage was built with money from a state grant, a cotton growers' fundraiser and a bequest from a local family.",
            "Bookings can be paid for through a guest's National Disability Insurance Scheme plan.",
        ]),
    # trafilatura shape: the WAM story on Al Ittihad (syndicated member of the WAM cluster).
    dict(WAM, role="syndicated", file=JSONL_B, render="trafilatura", section="الإمارات",
         url="https://www.alittihad.example.ae/news/uae/4512345/",
         hostname="www.alittihad.example.ae", source_hostname="الاتحاد",
         tf_author="وام", tf_date="2025-02-11", tf_language="ar", categories="الإمارات;مجتمع",
         head_lines=["عجمان (وام)", "11 فبراير 2025 14:02"],
         tail_lines=["المصدر: وام", "شارك", "فيسبوك", "إكس", "واتساب", "تابعونا", "اقرأ أيضاً", "الأكثر قراءة",
                     "حمّل تطبيق الاتحاد", "إنستغرام", "يوتيوب", "جميع الحقوق محفوظة © 2025 الاتحاد", "النشرة الإخبارية"]),
    # news-please shape: Aspen Times (Colorado): staff, 'Staff Writer' role and 'Follow' line, senior center meals.
    rec(cluster="aspentimes-senior-center-meals", role="single", file=JSONL_B, render="newsplease",
        title="Senior center lunch program adds home delivery for homebound Roaring Fork residents",
        date="2024-12-10", country="US", region="americas", lang="en", authors=["Marisol Quintana"],
        url="https://www.aspentimes.example.com/news/senior-center-lunch-program-adds-home-delivery/",
        source_domain="www.aspentimes.example.com",
        description="Volunteers will deliver meals from Aspen to Basalt three days a week.",
        np_authors=["Marisol Quintana"], np_publish="2024-12-10 18:45:00", np_download="2024-12-11 03:20:19",
        head_lines=["Marisol Quintana", "Staff Writer", "December 10, 2024"],
        inserts={2: ["Support Local Journalism"], 5: ["Related: Basalt library offers free tax help for seniors"]},
        tail_lines=["Marisol Quintana can be reached at mquintana@aspentimes.com.", "Share this story", "Facebook", "X",
                    "Email", "Support Local Journalism", "Donate", "Trending - News", "Swift Communications",
                    "\u00a9 2024 Aspen Times"],
        paras=P("""
The Aspen senior center, which serves lunch to older residents four days a week, will start delivering meals to people who can no longer
leave their homes.

Director Lorraine Whitaker said about 25 residents between Aspen and Basalt had asked for deliveries over the past year.

Many of them used to come to the center for lunch but stopped after a fall, a surgery or the loss of a driving license.

Volunteers will deliver hot meals on Mondays, Wednesdays and Fridays, along with a frozen meal for the days in between.

Whitaker said the drivers will also spend a few minutes with each person, which for some is their only visit of the day.

The program is funded by Pitkin County, a local foundation and a suggested donation of $5 per meal.

No one will be refused a meal because they cannot pay, Whitaker said.

Deliveries begin in January, and the center is recruiting more volunteer drivers with their own vehicles.
"""),
        must_have=[
            "Volunteers will deliver hot meals on Mondays, Wednesdays and Fridays, along with a frozen meal for the days in between.",
            "The program is funded by Pitkin County, a local foundation and a suggested donation of $5 per meal.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventy-sixth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Kazakhstanskaya Pravda '01.10.2024' (day first) and Kursiv "
    "'1 октября 2024' (Kazinform copies, same day); L'Economiste Maghrébin 'Publié le 16 septembre 2024' and Jawhara FM 'Lundi 16 "
    "Septembre 2024 - 16:05' (crawler stamp 15:05Z, the same day); Al Bayan '11 فبراير 2025' with the WAM dateline '11 فبراير' and "
    "Al Ittihad '11 فبراير 2025'; Concord Monitor 'Published: 11-19-2024' (month first, both copies); Jugantor 'প্রকাশ: ১২ মার্চ "
    "২০২৫' in Bengali digits with the BSS dateline '১২ মার্চ'; Glas Srpske '05.12.2024.' (day first) with the SRNA dateline '5. "
    "ДЕЦЕМБРА'; Karjalainen '27.11.2024 7:05' (not the 'Päivitetty' update, same day); Cape Argus 'Published Jun 18, 2024' (the "
    "relative 'Updated 2 hours ago' is not a date); Herald Live '08 April 2025'; Recorder and Times 'Published Feb 22, 2024' "
    "(not 'Last updated Feb 23, 2024'); Bohol Chronicle 'July 14, 2024'; Forbes Advocate prints 'Updated August 28 2024 - "
    "10:05am, first published August 27 2024 - 4:00pm', so 2024-08-27; Diario de Sevilla '29 Enero, 2025'; Gazeta de Sud "
    "'marți, 14 mai 2024' with the Agerpres dateline '14 mai'; Dala-Demokraten '10 juni 2024'; Jeju Ilbo '입력 2024.03.06' "
    "('입력' = entered, i.e. published; '수정' is the same-day edit); Hasht-e Subh prints only the Solar Hijri date '۱ جدی ۱۴۰۳' "
    "(1 Jadi 1403 = 21 December 2024, as its article:published_time also says); Gießener Allgemeine '24.04.2024'; County Press "
    "'15th October 2024'; Hokitika Guardian 'Wednesday, 3 July 2024'; Escambray '20 agosto 2024' with the ACN dateline '20 ago'; "
    "Eastleigh Voice 'Thursday, January 23, 2025'; Daily Inter Lake 'September 9, 2024 12:00 AM' (news-please stamps midnight); "
    "Al Watan '22 أكتوبر 2024'; Evening Express 'March 4 2025'; Fraser Coast Chronicle 'May 28, 2024'; Goondiwindi Argus 'March "
    "13 2025 - 7:00am' (AEST, +10:00; the crawler's 21:00Z on 12 March is the same moment, so the date is 13 March on the "
    "publisher's calendar); Aspen Times 'December 10, 2024' (news-please's date_download on 11 December is the crawl)",
    "dateline_city": "'КАРАГАНДА. KAZINFORM – ' -> 'Karagandy' (the GeoNames main name of Karaganda; both Kazinform copies); "
    "'Gabès (TAP) - ' -> 'Gabès' (both TAP copies); 'عجمان في 11 فبراير / وام / ' -> 'Ajman' (both WAM copies); 'ময়মনসিংহ, ১২ "
    "মার্চ (বাসস) : ' -> 'Mymensingh'; 'БИЈЕЉИНА, 5. ДЕЦЕМБРА /СРНА/ - ' -> 'Bijeljina'; 'Craiova, 14 mai /Agerpres/ - ' -> "
    "'Craiova'; 'Sancti Spíritus, 20 ago (ACN) ' -> 'Sancti Spíritus'; 'TAGBILARAN CITY—' -> 'Tagbilaran City' (the GeoNames main name, as 'Bacolod City' in dev_set26 and dev_set77). STT and TT print no "
    "dateline; the place line 'Sevilla, 29 Enero, 2025' in Diario de Sevilla's head is the paper's date line, not a dateline of "
    "the story text, and the Al Ittihad head line 'عجمان (وام)' stands above a story that keeps its own WAM dateline; staff "
    "stories without a dateline have city null and the country of the story",
    "country": "Kursiv carries the Karagandy Kazinform story (KZ); Jawhara FM (Sousse) carries the Gabès TAP story (TN); Al Bayan "
    "(Dubai) and Al Ittihad (Abu Dhabi) carry the Ajman WAM story (AE); Glas Srpske's Bijeljina is in Republika Srpska, Bosnia "
    "and Herzegovina (BA); Hasht-e Subh publishes from abroad but the story is set in Mazar-i-Sharif (AF); Karjalainen's STT "
    "story and Dala-Demokraten's TT story are national (FI, SE); the County Press and Evening Express are GB; the UAE and "
    "Kazakhstan are asia and Egypt and Tunisia africa by UN M49",
    "agency": "Kazakhstanskaya Pravda and Kursiv carry Kazinform (dateline, 'Айгерим Султанова, KAZINFORM', 'Источник: Kazinform'); "
    "L'Economiste Maghrébin and Jawhara FM carry TAP (Tunis Afrique Presse: dateline, 'Avec TAP', 'Source : TAP'); Al Bayan and "
    "Al Ittihad carry WAM (Emirates News Agency: '/ وام /' dateline, 'عجمان - وام', 'المصدر: وام'); Jugantor carries BSS "
    "(Bangladesh Sangbad Sangstha, '(বাসস)' and the 'বাসস' line); Glas Srpske carries SRNA ('/СРНА/', 'Извор: СРНА'); Karjalainen "
    "carries STT (the 'STT' byline line); Gazeta de Sud carries Agerpres; Dala-Demokraten carries TT; Escambray carries ACN "
    "(Agencia Cubana de Noticias). All other records are staff copy",
    "authors": "Kazinform's correspondent 'Айгерим Султанова, KAZINFORM' (at the foot of the Kazakhstanskaya Pravda page) -> "
    "'Айгерим Султанова' for both Kazinform copies (the Kursiv copy keeps the label of the story it copies); Concord Monitor 'By "
    "DELANEY WHITCOMB' -> 'Delaney Whitcomb' (natural case; 'Monitor staff' is a role line; both copies); Cape Argus 'Thandiwe "
    "Mokoena'; Herald Live 'By Guy Rogers and Siyamtanda Capa' -> both, in order; Recorder and Times 'Jonah Vandermeer'; Bohol "
    "Chronicle 'By Rhea Mae Bautista'; Forbes Advocate 'Harriet Coady'; Diario de Sevilla 'Lucía Barrionuevo'; Jeju Ilbo '고은비 "
    "기자' -> '고은비'; Hasht-e Subh 'نویسنده: فرشته نوری' -> 'فرشته نوری'; Gießener Allgemeine 'Von Kerstin Vollmer'; County "
    "Press 'By Ellis Tremayne' ('Reporter' is a role); Hokitika Guardian 'Mere Tainui'; Eastleigh Voice 'By Abdirahman Hassan'; "
    "Daily Inter Lake 'by Callie Brandt'; Al Watan 'كتب: منى عبدالحميد' ('كتب' = 'wrote') -> 'منى عبدالحميد'; Evening Express "
    "'By Kirsty Baird'; Fraser Coast Chronicle 'Bree Lancaster'; Goondiwindi Argus 'Tess McAllister'; Aspen Times 'Marisol "
    "Quintana'. Desk and agency bylines ('Par La Rédaction', 'عجمان - وام', 'বাসস', 'STT', 'TT', 'Agerpres', 'Agencia Cubana de "
    "Noticias', news-please's 'Kazinform', the crawler's 'TAP', trafilatura's 'وام') are not authors; the TAP, WAM, BSS, SRNA, "
    "STT, Agerpres, TT and ACN stories name no writer",
    "editors": "Gazeta de Sud's 'Editor: Cristina Dobre' at the foot of the Agerpres story is Agerpres's editor line (as "
    "Xinhua's 'Editor:'), so that record has editors ['Cristina Dobre']. No other record names an editor",
    "caption_credit": "credits without their wrapper words: Concord Monitor 'GEOFF FORESTER / Monitor staff' as printed (case as "
    "printed; both copies); Cape Argus 'Picture: Ayanda Ndamane/Independent Newspapers' -> 'Ayanda Ndamane/Independent "
    "Newspapers'; Al Bayan 'وام' (a WAM photo); Jeju Ilbo '제주시 제공' ('provided by Jeju City') -> '제주시', without the wrapper word, as dev_set63 and dev_set76 label '제공' credits; Gießener Allgemeine "
    "'Foto: Oliver Schepp' -> 'Oliver Schepp'; County Press 'Picture: IWCP' -> 'IWCP'. Kazakhstanskaya Pravda's 'Фото: "
    "пресс-служба акимата' stands without a caption or a photo in the scrape: chrome, caption and credit null. Records "
    "without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: L'Economiste Maghrébin 'Régions', Al Bayan "
    "'عبر الإمارات' (across the UAE), Gazeta de Sud 'Actualitate', Dala-Demokraten 'Sverige', Jeju Ilbo '사회' (society), "
    "Hasht-e Subh 'جامعه' (society), Gießener Allgemeine 'Gießen', County Press 'News', Hokitika Guardian 'Local', Goondiwindi "
    "Argus 'Local News'; trafilatura records take their first category (Al Watan 'محافظات' (governorates), Evening Express "
    "'Aberdeen & Aberdeenshire', Fraser Coast Chronicle 'Fraser Coast', Al Ittihad 'الإمارات'); news-please, plain text and "
    "newsbeam text records have none (a section word in a head line, such as Jawhara FM's 'Société' or Escambray's place line, "
    "is chrome)",
    "language": "'ru' Russian (two copies of the Kazinform story); 'fr' Tunisian French (two copies of the TAP story); 'ar' "
    "Arabic (two copies of the WAM story and Al Watan); 'es' Spanish (Diario de Sevilla and Cuban Escambray); 'bn' Bengali; "
    "'sr' Serbian in Cyrillic (ijekavian, as printed in Republika Srpska); 'fi' Finnish; 'ro' Romanian; 'sv' Swedish; 'ko' "
    "Korean; 'fa' Persian (Dari as written by an Afghan paper, labelled with the ISO 639-1 code of Persian); 'de' German; all "
    "others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, paywall counters, share bars, comment "
    "gates, advertisement labels, reading times, related-story lines and boxes, tag lists, most-read rails, newsletter, app, "
    "WhatsApp, Viber, Telegram, YouTube and Google News promos, reporter bio, role, e-mail and phone lines, wire source lines and "
    "sign-offs ('Айгерим Султанова, KAZINFORM', 'Источник: Kazinform', 'Avec TAP', 'Source : TAP', 'المصدر: وام', 'Извор: "
    "СРНА', '(ACN)', 'Editor: Cristina Dobre'), photo credit lines without a caption, ownership and copyright lines, and byline, "
    "date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Kazinform and TAP in the plain batch, WAM in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Concord Monitor: curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"kazinform", "казинформ", "kazakhstanskaya pravda", "казахстанская правда", "kursiv", "курсив", "tap",
                "tunis afrique presse", "la rédaction", "par la rédaction", "l'economiste maghrébin", "jawhara fm", "wam", "وام",
                "البيان", "al bayan", "الاتحاد", "al ittihad", "concord monitor", "monitor staff", "bss", "বাসস", "jugantor",
                "যুগান্তর", "srna", "срна", "glas srpske", "глас српске", "stt", "karjalainen", "cape argus",
                "independent newspapers", "heraldlive", "herald live", "the recorder and times", "recorder and times",
                "postmedia", "bohol chronicle", "the bohol chronicle", "forbes advocate", "diario de sevilla", "agerpres",
                "gazeta de sud", "tt", "dala-demokraten", "제주일보", "jeju ilbo", "هشت صبح", "hasht-e subh",
                "gießener allgemeine", "isle of wight county press", "county press", "iwcp", "hokitika guardian", "acn",
                "agencia cubana de noticias", "escambray", "eastleigh voice", "the eastleigh voice", "daily inter lake",
                "الوطن", "al watan", "evening express", "fraser coast chronicle", "goondiwindi argus", "aspen times",
                "staff writer", "reporter"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
