#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-seventh development set (bench/dev_set87/, first written as the eighty-fourth held-out set).

    .venv/bin/python bench/dev_set87/_generate.py

Writes ``bench/dev_set87/articles/*`` and ``bench/dev_set87/labels.json`` (next to this
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
bench/dev_set86/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about books, libraries and languages: public libraries and
    bookshops, literacy and adult classes, book fairs and prizes, local-language
    radio and dictionaries, school reading schemes.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout84_2025-a.jsonl"
JSONL_B = "crawl_holdout84_2025-b.jsonl.gz"


# ---- cluster: Petra, Irbid (Al-Anbat scrape + copy on Khaberni in the plain batch) ----

PETRA = rec(
    cluster="petra-irbid-mobile-library-villages",
    title="مكتبة متنقلة تجوب قرى لواء الكورة لتشجيع الأطفال على القراءة",
    date="2024-11-20",
    dateline="إربد 20 تشرين الثاني (بترا) - ",
    city="Irbid",
    country="JO",
    region="asia",
    agency="Petra",
    lang="ar",
    description="الحافلة تحمل أكثر من ثلاثة آلاف كتاب للأطفال واليافعين.",
    paras=P("""
أطلقت مديرية ثقافة إربد اليوم مكتبة متنقلة تجوب قرى لواء الكورة لتشجيع الأطفال على القراءة في المناطق البعيدة عن المكتبات العامة.

وقال مدير الثقافة خالد الربابعة إن الحافلة تحمل أكثر من ثلاثة آلاف كتاب للأطفال واليافعين، إلى جانب ركن صغير للقراءة الجماعية.

وأضاف أن المكتبة ستزور مدارس القرى مرتين في الشهر، وسيتمكن الطلبة من استعارة كتابين في كل زيارة وإعادتهما في الزيارة التالية.

وأوضح أن متطوعين من طلبة الجامعات سيقرأون القصص للأطفال الصغار وينظمون مسابقات في التلخيص والرسم.

وأشار إلى أن المبادرة جاءت بعد دراسة أظهرت أن كثيرا من الأسر في القرى لا تملك في بيوتها سوى عدد قليل من الكتب.

وعبر أولياء أمور عن ارتياحهم للمبادرة، مؤكدين أن أطفالهم باتوا ينتظرون موعد وصول الحافلة بفارغ الصبر.

وتسعى المديرية إلى توسيع التجربة لتشمل ألوية أخرى في المحافظة خلال العام المقبل بالتعاون مع البلديات.

وبيّن الربابعة أن الحافلة مجهزة بمكيف ومقاعد صغيرة وشاشة لعرض أفلام قصيرة مأخوذة عن قصص الأطفال، وأن المديرية ستنشر مواعيد الزيارات على صفحتها الإلكترونية وفي المدارس، داعيا الأهالي والمؤسسات إلى التبرع بالكتب الجديدة والمستعملة الصالحة للقراءة.
"""),
    must_have=[
        "وأضاف أن المكتبة ستزور مدارس القرى مرتين في الشهر، وسيتمكن الطلبة من استعارة كتابين في كل زيارة وإعادتهما في الزيارة التالية.",
        "وأوضح أن متطوعين من طلبة الجامعات سيقرأون القصص للأطفال الصغار وينظمون مسابقات في التلخيص والرسم.",
    ],
)

# ---- cluster: BSS, Rajshahi (Janakantha scrape + copy on Jagonews24 in the plain batch) ----

BSS = rec(
    cluster="bss-rajshahi-divisional-book-fair",
    title="রাজশাহীতে বিভাগীয় বইমেলা শুরু, প্রথম দিনেই পাঠকের ভিড়",
    date="2025-02-15",
    dateline="রাজশাহী, ১৫ ফেব্রুয়ারি, ২০২৫ (বাসস) : ",
    city="Rajshahi",
    country="BD",
    region="asia",
    agency="BSS",
    lang="bn",
    description="মেলায় দেশের বিভিন্ন প্রকাশনা সংস্থার ষাটটি স্টল রয়েছে।",
    paras=P("""
রাজশাহীতে আজ থেকে শুরু হয়েছে দশ দিনব্যাপী বিভাগীয় বইমেলা এবং প্রথম দিনেই মেলায় পাঠক ও দর্শনার্থীদের ভিড় দেখা গেছে।

নগরীর একটি মাঠে আয়োজিত এই মেলায় দেশের বিভিন্ন প্রকাশনা সংস্থার ষাটটি স্টল রয়েছে।

আয়োজকরা জানান, এবার শিশুদের জন্য আলাদা একটি কর্নার রাখা হয়েছে যেখানে প্রতিদিন বিকেলে গল্প পড়ে শোনানো হবে।

স্থানীয় লেখকদের নতুন বইয়ের মোড়ক উন্মোচনের জন্য মেলার মঞ্চে প্রতিদিন সন্ধ্যায় সময় নির্ধারণ করা হয়েছে।

একজন প্রকাশক বলেন, গত বছরের তুলনায় এবার কিশোর উপন্যাস ও বিজ্ঞানবিষয়ক বইয়ের চাহিদা বেশি দেখা যাচ্ছে।

মেলায় প্রবেশ বিনামূল্যে এবং প্রতিদিন বিকেল তিনটা থেকে রাত নয়টা পর্যন্ত খোলা থাকবে।

শিক্ষার্থীরা পরিচয়পত্র দেখিয়ে বই কিনলে বেশিরভাগ স্টলে পঁচিশ শতাংশ ছাড় পাবেন।

জেলা প্রশাসন জানিয়েছে, মেলা প্রাঙ্গণে নিরাপত্তার জন্য পুলিশ ও স্বেচ্ছাসেবক মোতায়েন করা হয়েছে।

মেলার উদ্বোধনী অনুষ্ঠানে বিভাগীয় কমিশনার বলেন, বই পড়ার অভ্যাস তরুণদের সৃজনশীল ও মানবিক করে তোলে। তিনি অভিভাবকদের সন্তানদের নিয়ে মেলায় আসার আহ্বান জানান। মেলার শেষ দিনে স্কুল শিক্ষার্থীদের জন্য রচনা ও চিত্রাঙ্কন প্রতিযোগিতার পুরস্কার বিতরণ করা হবে।
"""),
    must_have=[
        "আয়োজকরা জানান, এবার শিশুদের জন্য আলাদা একটি কর্নার রাখা হয়েছে যেখানে প্রতিদিন বিকেলে গল্প পড়ে শোনানো হবে।",
        "শিক্ষার্থীরা পরিচয়পত্র দেখিয়ে বই কিনলে বেশিরভাগ স্টলে পঁচিশ শতাংশ ছাড় পাবেন।",
    ],
)

# ---- cluster: Lusa, Leiria (Jornal de Leiria gzipped page + copy on Diário de Leiria in the gzipped batch) ----

LUSA = rec(
    cluster="lusa-leiria-bookshop-reopens-cooperative",
    title="Livraria centenária de Leiria reabre como cooperativa de leitores",
    date="2024-04-23",
    dateline="Leiria, 23 abr 2024 (Lusa) - ",
    city="Leiria",
    country="PT",
    region="europe",
    agency="Lusa",
    lang="pt",
    description="Mais de 400 sócios compraram quotas para salvar a livraria.",
    paras=P("""
Uma livraria com mais de cem anos no centro histórico de Leiria reabriu hoje, Dia Mundial do Livro, depois de ter sido comprada por uma cooperativa de leitores.

A loja tinha fechado no verão passado, quando os antigos proprietários se reformaram e não encontraram quem quisesse continuar o negócio.

Mais de 400 pessoas compraram quotas de 50 euros para formar a cooperativa, que pagou as obras e o primeiro stock de livros.

A presidente da cooperativa, Helena Marques Vieira, disse à agência Lusa que os sócios vão ajudar nas vendas aos fins de semana.

A livraria terá também uma sala para clubes de leitura, apresentações de autores e aulas de português para imigrantes.

Os sócios recebem dez por cento de desconto em todos os livros e podem propor títulos para as montras.

A câmara municipal cedeu a cooperativa durante três anos sem pagar renda, em troca de atividades gratuitas para as escolas do concelho.
"""),
    must_have=[
        "Mais de 400 pessoas compraram quotas de 50 euros para formar a cooperativa, que pagou as obras e o primeiro stock de livros.",
        "Os sócios recebem dez por cento de desconto em todos os livros e podem propor títulos para as montras.",
    ],
)

# ---- cluster: Brattleboro Reformer, page + noisy re-scrape ----

BR = rec(
    cluster="reformer-brattleboro-library-adult-literacy",
    title="Brooks Memorial Library expands evening reading classes for adults",
    date="2024-10-03",
    country="US",
    region="americas",
    authors=["Colleen Marsh"],
    lang="en",
    caption="Volunteer tutor Ruth Abernathy, right, works with a learner during an evening class at Brooks Memorial Library in Brattleboro.",
    credit="KRISTINA WHEELER — Reformer",
    paras=P("""
Brooks Memorial Library will run adult reading classes four evenings a week this fall, twice as many as last year, after a waiting list grew to more than 40 people.

The classes are free and open to anyone over 18 who wants to improve their reading, whether they grew up speaking English or are learning it now.

Program coordinator Dana Whitcomb said most learners are working adults who want to read letters from school, fill in job forms or read to their grandchildren.

Each class pairs two or three learners with a trained volunteer tutor, and learners can borrow easy readers and audiobooks to take home.

The library trained 22 new tutors over the summer with a grant from a local community foundation.

Whitcomb said many learners are nervous at first and some wait years before asking for help.

Classes meet in a quiet room on the second floor, and child care is available on Tuesday and Thursday evenings.

Anyone who wants to join or volunteer can call the library or stop by the front desk.
"""),
    must_have=[
        "Each class pairs two or three learners with a trained volunteer tutor, and learners can borrow easy readers and audiobooks to take home.",
        "The library trained 22 new tutors over the summer with a grant from a local community foundation.",
    ],
)
BR_PRE = ["Brattleboro Reformer", "News", "Local News", "Sports", "Opinion", "Obituaries", "E-Edition", "Subscribe"]
BR_HEAD = ["By Colleen Marsh, Brattleboro Reformer", "Oct 3, 2024"]
BR_CAP = ["Volunteer tutor Ruth Abernathy, right, works with a learner during an evening class at Brooks Memorial Library in Brattleboro.", "KRISTINA WHEELER — Reformer"]
BR_TAIL = [["Colleen Marsh writes about education and community life for the Reformer. Reach her at cmarsh@reformer.com."],
           ["Related Stories"],
           ["Most Read"],
           ["Get local news delivered to your inbox"],
           ["© 2024 Brattleboro Reformer, a New England Newspapers Inc. publication"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Brattleboro Reformer (Vermont): original of the re-scrape cluster; byline with the paper's name run on.
    dict(BR, role="original", file="reformer_library_adult_reading.txt", render="text",
         pre=[BR_PRE], head=[BR_HEAD, ["Facebook", "Email", "Print", "Save"]], cap_lines=BR_CAP,
         inserts={2: ["Advertisement"], 5: ["Related", "Guilford bookmobile returns for summer rounds"]},
         tail=BR_TAIL),
    dict(BR, role="rescrape", file="reformer_library_adult_reading_rescrape.txt.gz", render="text", noise=True,
         pre=[BR_PRE], head=[BR_HEAD], cap_lines=BR_CAP,
         tail=[["You have read 3 of 4 free articles this month. Subscribe now."], *BR_TAIL]),
    # Al-Anbat (Amman, Arabic): original of the Petra cluster; 'إربد 20 تشرين الثاني (بترا) -' dateline.
    dict(PETRA, role="original", file="alanbat_petra_mobile_library_ar.txt", render="text",
         pre=[["الأنباط", "الرئيسية", "محليات", "اقتصاد", "ثقافة", "رياضة", "عربي ودولي"]],
         head=[["ثقافة"], ["بترا"], ["2024/11/20 | 13:42"]],
         inserts={2: ["إعلان"], 4: ["اقرأ أيضاً", "افتتاح مكتبة للأطفال في حديقة عامة بالزرقاء"]},
         tail=[["(بترا) ع ن"], ["شارك هذا الخبر"], ["أخبار ذات صلة"], ["الأكثر قراءة"], ["تابعوا الأنباط على واتساب"],
               ["جميع الحقوق محفوظة © صحيفة الأنباط 2024"]]),
    # Janakantha (Dhaka, Bengali): original of the BSS cluster; 'রাজশাহী, ... (বাসস) :' dateline, Bengali digits.
    dict(BSS, role="original", file="janakantha_bss_rajshahi_boimela_bn.txt", render="text",
         pre=[["জনকণ্ঠ", "প্রচ্ছদ", "জাতীয়", "রাজনীতি", "সারাদেশ", "বিনোদন", "সংস্কৃতি"]],
         head=[["সংস্কৃতি"], ["বাসস"], ["প্রকাশিত: ১৯:২০, ১৫ ফেব্রুয়ারি ২০২৫"]],
         inserts={2: ["বিজ্ঞাপন"], 5: ["আরও পড়ুন", "নাটোরে গ্রামীণ পাঠাগারে নতুন বই বিতরণ"]},
         tail=[["বাসস/সংবাদদাতা/১৯২০/এমএম"], ["শেয়ার করুন"], ["সম্পর্কিত বিষয়:"], ["সর্বশেষ"], ["সর্বাধিক পঠিত"],
               ["সম্পাদক: মোহাম্মদ আতিকউল্লাহ খান মাসুদ"], ["© দৈনিক জনকণ্ঠ ২০২৫ | সর্বস্বত্ব সংরক্ষিত"]]),
    # Gujarat Samachar (Ahmedabad, Gujarati): staff desk line with city, school reading corner scheme.
    rec(cluster="gujaratsamachar-vadodara-school-reading-corners", role="single", file="gujaratsamachar_vanchan_khuno_gu.txt", render="text",
        title="વડોદરાની સરકારી શાળાઓમાં વાંચન ખૂણા શરૂ, બાળકો રોજ અડધો કલાક વાંચશે",
        date="2025-04-23", country="IN", region="asia", lang="gu",
        pre=[["ગુજરાત સમાચાર", "હોમ", "ગુજરાત", "અમદાવાદ", "વડોદરા", "સુરત", "શિક્ષણ"]],
        head=[["વડોદરા, બુધવાર"], ["અપડેટ: 23 એપ્રિલ, 2025 21:10"]],
        inserts={2: ["જાહેરાત"], 5: ["આ પણ વાંચો:", "સુરતમાં પુસ્તક મેળામાં પહેલા દિવસે હજારો વાચકો ઉમટ્યા"]},
        tail=[["Share On Whatsapp"], ["Tags:"], ["વડોદરા", "શિક્ષણ"], ["વધુ વાંચો"], ["ગુજરાત સમાચાર એપ ડાઉનલોડ કરો"],
              ["Copyright © 2025 Gujarat Samachar. All Rights Reserved."]],
        paras=P("""
વિશ્વ પુસ્તક દિવસે વડોદરા શહેરની સરકારી પ્રાથમિક શાળાઓમાં વાંચન ખૂણા શરૂ કરવામાં આવ્યા છે.

પ્રથમ તબક્કામાં શહેરની 48 શાળાઓના દરેક વર્ગખંડમાં નાના કબાટમાં વાર્તાના પુસ્તકો મૂકવામાં આવ્યા છે.

શિક્ષણ સમિતિના અધ્યક્ષે જણાવ્યું કે દરેક બાળક શાળામાં રોજ અડધો કલાક પોતાની પસંદગીનું પુસ્તક વાંચશે.

પુસ્તકો ગુજરાતી અને અંગ્રેજી બંને ભાષામાં છે અને મોટા ભાગના પુસ્તકો શહેરના વેપારીઓ અને વાલીઓએ દાનમાં આપ્યા છે.

શિક્ષકોને બાળકો સાથે વાર્તા પર ચર્ચા કેવી રીતે કરવી તેની ખાસ તાલીમ આપવામાં આવી છે.

બાળકો દર અઠવાડિયે એક પુસ્તક ઘરે લઈ જઈ શકશે અને વાલીઓ સાથે બેસીને વાંચી શકશે.

એક આચાર્યએ કહ્યું કે મોબાઇલ ફોનના સમયમાં બાળકોને પુસ્તક હાથમાં પકડાવવું જરૂરી બન્યું છે.

આગામી વર્ષે યોજના જિલ્લાની ગ્રામ્ય શાળાઓ સુધી લઈ જવાની તૈયારી છે, એમ સમિતિએ જણાવ્યું હતું.

સમિતિએ શહેરના નાગરિકોને પણ બાળકો માટે સારા પુસ્તકો દાનમાં આપવા અપીલ કરી છે. દરેક શાળામાં એક શિક્ષકને વાંચન ખૂણાની જવાબદારી સોંપવામાં આવી છે અને દર મહિને સૌથી વધુ પુસ્તકો વાંચનાર બાળકનું સન્માન કરવામાં આવશે.
"""),
        must_have=[
            "પુસ્તકો ગુજરાતી અને અંગ્રેજી બંને ભાષામાં છે અને મોટા ભાગના પુસ્તકો શહેરના વેપારીઓ અને વાલીઓએ દાનમાં આપ્યા છે.",
            "બાળકો દર અઠવાડિયે એક પુસ્તક ઘરે લઈ જઈ શકશે અને વાલીઓ સાથે બેસીને વાંચી શકશે.",
        ]),
    # Kodiak Daily Mirror (Alaska): staff, Alutiiq dictionary app, "By NAME / Kodiak Daily Mirror" byline.
    rec(cluster="kodiakmirror-alutiiq-dictionary-app", role="single", file="kodiakmirror_alutiiq_dictionary.txt", render="text",
        title="Alutiiq talking dictionary adds 2,000 recorded words",
        date="2024-03-14", country="US", region="americas", lang="en", authors=["Jonah Pedersen"],
        pre=[["Kodiak Daily Mirror", "Home", "News", "Sports", "Community", "Classifieds", "Contact Us"]],
        head=[["By JONAH PEDERSEN", "Mirror Writer"], ["Thursday, March 14, 2024 10:21am"]],
        inserts={2: ["Advertisement"], 5: ["More Local News", "Kodiak High robotics team heads to state"]},
        tail=[["Reach Jonah Pedersen at news@kodiakdailymirror.com."], ["Share on Facebook", "Share on X"],
              ["Comments"], ["You must be logged in to comment."], ["Subscribe to the Mirror"],
              ["Copyright © 2024 Kodiak Daily Mirror. All rights reserved."]],
        paras=P("""
A free online dictionary of the Alutiiq language now includes more than 2,000 new words recorded by elders from villages across the Kodiak archipelago.

Each entry has an audio clip, so learners can hear how a word sounds in the Kodiak dialect before they try to say it themselves.

Language coordinator Teresa Chichenoff said the recordings were made over three winters in kitchens, community halls and boats.

Several of the elders who recorded words have since passed away, and she said their voices will help children learn long after they are gone.

The dictionary also has example sentences and short stories, and users can search in English or Alutiiq.

Teachers at two village schools already use it in daily language lessons, and adult learners use it at a weekly class in town.

Chichenoff said the next step is a phone app that works without an internet connection, because signals are weak in many villages.

The project was paid for by a federal language grant and donations from local Native corporations.
"""),
        must_have=[
            "Each entry has an audio clip, so learners can hear how a word sounds in the Kodiak dialect before they try to say it themselves.",
            "Teachers at two village schools already use it in daily language lessons, and adult learners use it at a weekly class in town.",
        ]),
    # Fakti.bg (Bulgarian): staff, community reading-room (chitalishte) library in Veliko Tarnovo region.
    rec(cluster="fakti-tarnovo-chitalishte-library", role="single", file="fakti_chitalishte_biblioteka_bg.txt", render="text",
        title="Читалище в село край Велико Търново събра 5000 книги с дарения за година",
        date="2024-04-23", country="BG", region="europe", lang="bg", authors=["Десислава Петкова"],
        pre=[["ФАКТИ", "България", "Свят", "Икономика", "Култура", "Спорт", "Любопитно"]],
        head=[["Десислава Петкова"], ["23 април 2024, 14:05"], ["Прочетена 2143"]],
        inserts={2: ["Реклама"], 5: ["Още по темата", "Библиотеката в Габрово въвежда безплатни абонаменти за ученици"]},
        tail=[["Последвайте ни в Google News Showcase"], ["Сподели"], ["Коментари"], ["Напишете коментар"],
              ["Най-четени"], ["Всички права запазени © 2024 Fakti.bg"]],
        paras=P("""
Читалището в едно село край Велико Търново е събрало над 5000 книги само за година благодарение на дарения от жители и бивши ученици.

Преди година библиотеката имаше едва няколкостотин стари книги, а помещението не беше ремонтирано от десетилетия.

Библиотекарката Мариана Стоянова разказва, че хора от цялата страна изпращат колети с детска литература, романи и енциклопедии.

Доброволци подредиха книгите по теми и направиха каталог, който вече може да се разглежда и онлайн.

Всяка събота децата от селото идват на четене на приказки, а възрастните се събират в клуб по четене.

Читалището организира и курс по компютърна грамотност за пенсионери, които искат да четат новини и книги на таблет.

Общината обеща да плати за нови рафтове и отопление, за да може библиотеката да работи и през зимата.

Читалището има и малка сцена, на която местни автори представят своите книги пред жителите. Библиотекарката казва, че вече има и читатели от съседните села, които идват с автобуса всяка седмица, за да вземат нови книги и да се срещнат с приятели.
"""),
        must_have=[
            "Доброволци подредиха книгите по теми и направиха каталог, който вече може да се разглежда и онлайн.",
            "Читалището организира и курс по компютърна грамотност за пенсионери, които искат да четат новини и книги на таблет.",
        ]),
    # Connaught Telegraph (Castlebar, Mayo): staff, Irish-language book club in the county library.
    rec(cluster="connaughttelegraph-castlebar-irish-book-club", role="single", file="connaughttelegraph_irish_book_club.txt", render="text",
        title="Irish-language book club at Castlebar library draws learners of all ages",
        date="2025-03-11", country="IE", region="europe", lang="en", authors=["Aoife Durkan"],
        pre=[["Connaught Telegraph", "News", "Sport", "Community", "Farming", "Business", "Death Notices"]],
        head=[["Aoife Durkan"], ["Tuesday 11 March 2025"], ["Updated: 11 Mar 2025, 6:15 PM"]],
        inserts={2: ["Advertisement"], 5: ["READ NEXT:", "Ballina bookshop marks 40 years in business"]},
        tail=[["Sign up to our newsletter"], ["Share this article"], ["Latest News"],
              ["The Connaught Telegraph is a member of the Press Council of Ireland."],
              ["© Connaught Telegraph 2025. All rights reserved."]],
        paras=P("""
An Irish-language book club that started with five members in the county library in Castlebar now has more than 30 regular readers.

The club meets on the first Monday of every month, and members read one short novel or a collection of stories in Irish between meetings.

Organiser Siobhán Ní Mháille said some members are fluent speakers from the Gaeltacht, while others last spoke Irish in secondary school.

She said the group chooses easier books for beginners and allows members to switch to English when they get stuck.

The library buys several copies of each book so that members can borrow them for free.

A separate group for teenagers meets after school on Thursdays, with help from two teachers from a local Gaelscoil.

The club is planning a reading by a Connemara author during Seachtain na Gaeilge, which will be open to the public.

New members are welcome at any meeting and do not need to book.
"""),
        must_have=[
            "She said the group chooses easier books for beginners and allows members to switch to English when they get stuck.",
            "The library buys several copies of each book so that members can borrow them for free.",
        ]),
    # Kano Focus (Nigeria, English): staff, Hausa-language radio reading programme.
    rec(cluster="kanofocus-hausa-radio-reading-hour", role="single", file="kanofocus_hausa_radio_reading.txt", render="text",
        title="Hausa radio reading hour brings storybooks to thousands of Kano homes",
        date="2024-09-08", country="NG", region="africa", lang="en", authors=["Aisha Garba Dambatta"],
        pre=[["Kano Focus", "Home", "News", "Education", "Health", "Politics", "Features"]],
        head=[["By Aisha Garba Dambatta"], ["September 8, 2024"], ["0 Comments"]],
        inserts={2: ["Advertisement"], 5: ["Also read:", "Kano State distributes 20,000 textbooks to rural schools"]},
        tail=[["Share this:", "Facebook", "WhatsApp", "X"], ["Related"], ["Leave a Reply"],
              ["Your email address will not be published. Required fields are marked *"],
              ["Kano Focus © 2024. All rights reserved."]],
        paras=P("""
A weekly radio programme that reads storybooks aloud in Hausa now reaches thousands of homes across Kano, according to its producers.

The programme was launched on International Literacy Day last year by a group of teachers who wanted to help children read at home.

Each episode lasts one hour, and presenters read a short story slowly while children follow the text in printed booklets.

The booklets are given out free at schools, mosques and community centres, and more than 15,000 have been printed so far.

Producer Malam Ibrahim Sule said mothers who never went to school also listen and have started to recognise words in the booklets.

Listeners can call in after each story to answer questions, and children who answer correctly receive small prizes.

The team hopes to add a programme in English and to record the stories so schools without electricity can play them from solar radios.

The programme airs every Saturday morning.
"""),
        must_have=[
            "Each episode lasts one hour, and presenters read a short story slowly while children follow the text in printed booklets.",
            "Listeners can call in after each story to answer questions, and children who answer correctly receive small prizes.",
        ]),
    # Eden Magnet (NSW South Coast): staff, bookshop and primary school reading challenge; ACM layout.
    rec(cluster="edenmagnet-school-reading-challenge", role="single", file="edenmagnet_reading_challenge.txt", render="text",
        title="Eden pupils read more than 3000 books in term-long challenge",
        date="2024-06-27", country="AU", region="oceania", lang="en", authors=["Bridget Cole"],
        caption="Eden Public School students with some of the books they read during the challenge.",
        credit="Bridget Cole",
        pre=[["Eden Magnet", "News", "Sport", "Community", "Local Business", "Obituaries", "Subscribe"]],
        head=[["Bridget Cole"], ["June 27 2024 - 4:10pm"]],
        cap_lines=["Eden Public School students with some of the books they read during the challenge. Picture by Bridget Cole"],
        inserts={2: ["Advertisement"], 5: ["READ MORE:", "Merimbula library extends Saturday opening hours"]},
        tail=[["Bridget Cole", "Journalist"], ["Get the latest Eden news in your inbox"], ["Sign up for our newsletter"],
              ["Share", "Facebook", "Email"], ["© 2024 Australian Community Media"]],
        paras=P("""
Students at two Eden primary schools read more than 3000 books during a term-long challenge that ended this week.

The challenge was set up by a local bookshop owner, who offered a free book to every child who read 20 books by the end of term.

Teachers said some children who had never finished a chapter book read several, and a few reluctant readers became the most eager.

Parents signed a reading log each night, and classes kept a chart on the wall to track how many books they had read.

Bookshop owner Lyn Tapper said she had given away more than 120 books and did not regret a single one.

The school library extended its lunchtime opening hours so children could swap books more often.

Both schools plan to run the challenge again next year and hope to include the local preschool.

The bookshop will also run a holiday reading club in July.
"""),
        must_have=[
            "Parents signed a reading log each night, and classes kept a chart on the wall to track how many books they had read.",
            "The school library extended its lunchtime opening hours so children could swap books more often.",
        ]),
    # Diamond TV Zambia (Lusaka broadcaster's site): ZANIS copy, 'MONGU, January 21 (ZANIS) -' dateline.
    rec(cluster="diamondtv-zanis-mongu-adult-literacy", role="single", file="diamondtv_zanis_mongu_literacy.txt", render="text",
        title="Adult literacy classes graduate 300 learners in Mongu",
        date="2025-01-21", dateline="MONGU, January 21 (ZANIS) - ", city="Mongu", country="ZM", region="africa",
        lang="en", agency="ZANIS", authors=["Mercy Phiri"],
        pre=[["Diamond TV", "Home", "News", "Politics", "Business", "Sports", "Watch Live"]],
        head=[["By MERCY PHIRI, ZANIS"], ["January 21, 2025"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["RELATED:", "Libraries to get solar lamps for evening study"]},
        tail=[["ZANIS"], ["Share this:", "Facebook", "WhatsApp"], ["Related Posts"], ["Leave a Reply"],
              ["© 2025 Diamond TV Zambia. All Rights Reserved."]],
        paras=P("""
More than 300 adult learners have graduated from community literacy classes in Mongu district after a year of evening lessons.

Most of the graduates are women and small-scale farmers who had never been to school or left in the early grades.

District Community Development Officer Chanda Mwale said the learners can now read and write in Silozi and do simple arithmetic.

She said several graduates have opened bank accounts and started keeping records for their farms and small businesses.

The classes were taught by volunteer facilitators who were given a small allowance and teaching materials by the government.

One graduate, 58-year-old Esther Banda, said she had read a letter from her son by herself for the first time.

Ms Mwale said the department plans to open twenty more classes in outlying wards this year and needs more volunteers.

The graduation ceremony was attended by traditional leaders and officials from the district education office.
"""),
        must_have=[
            "She said several graduates have opened bank accounts and started keeping records for their farms and small businesses.",
            "The classes were taught by volunteer facilitators who were given a small allowance and teaching materials by the government.",
        ]),
    # Alberton Record (Ekurhuleni, Caxton local): staff, library holiday programme.
    rec(cluster="albertonrecord-library-holiday-reading", role="single", file="albertonrecord_library_holiday_reading.txt", render="text",
        title="Alberton library holiday programme keeps young readers busy",
        date="2024-07-09", country="ZA", region="africa", lang="en", authors=["Nompumelelo Khumalo"],
        pre=[["Alberton Record", "News", "Local news", "Community", "Lifestyle", "Sport", "Motoring"]],
        head=[["Nompumelelo Khumalo"], ["2 minutes read"], ["9 July 2024"]],
        inserts={2: ["Advertisement"], 5: ["ALSO READ:", "Local author donates books to Brackenhurst school"]},
        tail=[["Do you have a news story for us? Send us a WhatsApp on 060 000 0000."],
              ["Stay in the know with our newsletter."], ["Related stories"], ["Share this article:"],
              ["Caxton Local Media. All rights reserved."]],
        paras=P("""
More than 80 children have signed up for the winter holiday programme at the Alberton public library, which runs until the schools reopen.

Every morning starts with a story read aloud by a librarian, followed by crafts and games based on the book of the day.

Librarian Mrs Lerato Mokoena said the programme gives parents who work during the holidays a safe and free place for their children.

Older children can join a reading club where they talk about books and write short reviews for the library notice board.

The library has also added new books in isiZulu, Sesotho and Afrikaans after parents asked for stories in their home languages.

Mokoena said children must be registered as library members, which is free with a parent's ID.

The library is open from 09:00 to 16:00 on weekdays during the holidays, and the morning programme starts at 10:00. Parents are asked to collect their children by noon, and the library asks that children under seven be accompanied by an adult at all times.
"""),
        must_have=[
            "Older children can join a reading club where they talk about books and write short reviews for the library notice board.",
            "The library has also added new books in isiZulu, Sesotho and Afrikaans after parents asked for stories in their home languages.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_JL = site("Jornal de Leiria", "https://www.jornaldeleiria.example.pt", " | Jornal de Leiria", "pt_PT", "@jornaldeleiria",
               ["Sociedade", "Economia", "Cultura", "Desporto", "Opinião", "Região"],
               ["© 2024 Jornal de Leiria. Todos os direitos reservados.", "Estatuto Editorial", "Ficha Técnica"],
               share=["Partilhar", "Facebook", "WhatsApp"],
               cookie="Utilizamos cookies para melhorar a sua experiência de navegação.", buttons=["Aceitar", "Rejeitar"])
SITE_CP = site("Cuarto Poder", "https://www.cuartopoder.example.mx", " | Cuarto Poder", "es_MX", "@cuartopoderchis",
               ["Portada", "Tuxtla", "Municipios", "Estado", "Cultura", "Deportes"],
               ["© 2025 Cuarto Poder de Chiapas. Derechos reservados.", "Aviso de privacidad", "Directorio"],
               share=["Compartir", "Facebook", "WhatsApp", "X"])
SITE_KC = site("Kelowna Capital News", "https://www.kelownacapnews.example.com", " - Kelowna Capital News", "en_CA", "@KelownaCapNews",
               ["News", "Sports", "Entertainment", "Opinion", "Business", "Obituaries"],
               ["© 2024 Kelowna Capital News", "Terms of Use", "Privacy Policy"],
               share=["Share on Facebook", "Share on X", "Email"],
               cookie="We use cookies to personalize content and ads.", buttons=["Accept", "Manage"])
SITE_GI = site("인천일보", "https://www.incheonilbo.example.com", " - 인천일보", "ko_KR", "@incheonilbo",
               ["정치", "경제", "사회", "문화", "지역", "오피니언"],
               ["인천일보 All rights reserved.", "회사소개", "기사제보"], share=["페이스북", "카카오톡", "URL복사"])
SITE_HD = site("روزنامه هم‌میهن", "https://www.hammihan.example.ir", " | هم‌میهن", "fa_IR", "@hammihan",
               ["صفحه اول", "سیاسی", "جامعه", "اقتصاد", "فرهنگ", "ورزش"],
               ["تمام حقوق برای روزنامه هم‌میهن محفوظ است.", "درباره ما", "تماس با ما"], share=["اشتراک‌گذاری", "تلگرام", "واتساپ"])
SITE_LP = site("Lombok Post", "https://lombokpost.example.id", " - Lombok Post", "id_ID", "@lombokpost",
               ["Beranda", "Mataram", "Lombok Barat", "Pendidikan", "Ekonomi", "Olahraga"],
               ["Copyright © 2025 Lombok Post. Jawa Pos Group.", "Redaksi", "Pedoman Media Siber"], share=["Bagikan", "Facebook", "WhatsApp"])
SITE_LS = site("Le Sahel", "https://www.lesahel.example.ne", " - Le Sahel", "fr_NE", "@lesahelniger",
               ["Accueil", "Politique", "Économie", "Société", "Culture", "Sports"],
               ["© 2025 Le Sahel - ONEP. Tous droits réservés.", "Qui sommes-nous", "Contact"], share=["Partager", "Facebook", "X"])
SITE_GR = site("The Grenfell Record", "https://www.grenfellrecord.example.com.au", " | The Grenfell Record", "en_AU", "@GrenfellRecord",
               ["News", "Sport", "Community", "Rural", "Opinion", "Death Notices"],
               ["© 2024 Australian Community Media", "Conditions of Use", "Privacy Policy"],
               share=["Share", "Facebook", "Email"])
SITE_KS = site("Kainuun Sanomat", "https://www.kainuunsanomat.example.fi", " | Kainuun Sanomat", "fi_FI", "@kainuunsanomat",
               ["Uutiset", "Kajaani", "Kainuu", "Urheilu", "Mielipide", "Kulttuuri"],
               ["© Kainuun Sanomat 2025", "Asiakaspalvelu", "Tietosuoja"], share=["Jaa", "Facebook", "WhatsApp"],
               top=["Tilaa", "Kirjaudu"], cookie="Käytämme evästeitä sivuston toiminnan varmistamiseksi.", buttons=["Hyväksy kaikki", "Asetukset"])
SITE_CL = site("Caribbean Life", "https://www.caribbeanlife.example.com", " | Caribbean Life", "en_US", "@CaribbeanLife",
               ["News", "Entertainment", "Business", "Sports", "Health", "Obituaries"],
               ["© 2024 Caribbean Life, Schneps Media", "Contact Us", "Advertise"], share=["Share", "Facebook", "X", "Email"])

HTML_STORIES = [
    # Jornal de Leiria (Portuguese, gzipped page): original of the Lusa cluster; 'Leiria, 23 abr 2024 (Lusa) -' dateline.
    dict(LUSA, role="original", file="jornaldeleiria_lusa_livraria_cooperativa_pt.html.gz", render="html",
         site=SITE_JL, section="Cultura", meta_section="Cultura",
         url="https://www.jornaldeleiria.example.pt/noticia/livraria-centenaria-reabre-como-cooperativa",
         published="2024-04-23T16:12:00+01:00",
         ld_author=[{"@type": "Organization", "name": "Lusa"}],
         byline_lines=["Lusa"], date_lines=["Publicado a 23 abr 2024, 16:12"],
         caption="A livraria reabriu com o apoio de mais de 400 sócios", credit="Ricardo Graça/Lusa",
         credit_shown="Foto: Ricardo Graça/Lusa",
         inserts={2: [("ad", "Publicidade")], 4: [("link", "Leia também:", "Biblioteca municipal alarga horário aos sábados")]},
         end_lines=["HMV // MAG", "Lusa/Fim"],
         lists=[("Mais lidas", ["Feira do livro regressa ao Jardim Luís de Camões"])]),
    # Cuarto Poder (Tuxtla Gutiérrez, Spanish): staff, community radio in Tsotsil; 'Por X / Cuarto Poder' byline.
    rec(cluster="cuartopoder-chiapas-tsotsil-radio-stories", role="single", file="cuartopoder_radio_tsotsil_es.html", render="html",
        site=SITE_CP, title="Radio comunitaria lee cuentos en tsotsil para niñas y niños de Los Altos",
        date="2025-02-21", country="MX", region="americas", lang="es", authors=["Marisol Gómez Pérez"],
        section="Cultura", meta_section="Cultura",
        url="https://www.cuartopoder.example.mx/cultura/radio-comunitaria-lee-cuentos-en-tsotsil/512345/",
        description="El programa se transmite los sábados por la mañana.",
        published="2025-02-21T09:30:00-06:00",
        byline_lines=["Por Marisol Gómez Pérez / Cuarto Poder"], date_lines=["21 de febrero de 2025"],
        caption="Locutoras del programa durante una grabación en la cabina de la radio comunitaria", credit="Marisol Gómez",
        credit_shown="Foto: Marisol Gómez",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Te puede interesar:", "Inauguran biblioteca infantil en Chamula")]},
        end_lines=["¿Tienes una noticia? Escríbenos por WhatsApp"],
        lists=[("Lo más leído", ["Feria del libro de Tuxtla anuncia fechas", "Maestros bilingües reciben diccionarios nuevos"])],
        paras=P("""
En el Día Internacional de la Lengua Materna, una radio comunitaria de Los Altos de Chiapas celebró un año de transmitir cuentos infantiles leídos en tsotsil.

El programa se transmite los sábados por la mañana y cada emisión dura cuarenta minutos, con cuentos, adivinanzas y canciones.

Las locutoras son tres maestras bilingües que traducen libros infantiles donados por bibliotecas y editoriales de la Ciudad de México.

Según la coordinadora, Rosa López Hernández, muchas familias escuchan juntas y los abuelos corrigen las palabras que se dicen distinto en cada comunidad.

La radio también imprime los cuentos en cuadernillos bilingües que se reparten en las escuelas primarias de la región.

Niñas y niños de varias comunidades envían dibujos y grabaciones con su voz, que se transmiten al final de cada programa.

El equipo busca apoyo para grabar los cuentos en tseltal y llevar el programa a otros municipios.

Las familias pueden escuchar el programa también por internet.
"""),
        must_have=[
            "Las locutoras son tres maestras bilingües que traducen libros infantiles donados por bibliotecas y editoriales de la Ciudad de México.",
            "La radio también imprime los cuentos en cuadernillos bilingües que se reparten en las escuelas primarias de la región.",
        ]),
    # Kelowna Capital News (Black Press): staff, library branch hours and little free libraries.
    rec(cluster="kelownacapnews-little-free-libraries", role="single", file="kelownacapnews_little_free_libraries.html", render="html",
        site=SITE_KC, title="Little free libraries multiply across Kelowna neighbourhoods",
        date="2024-08-15", country="CA", region="americas", lang="en", authors=["Jordan Klassen"],
        section="News", meta_section="News",
        url="https://www.kelownacapnews.example.com/news/little-free-libraries-multiply-across-kelowna-neighbourhoods-7512345",
        description="There are now more than 150 book boxes in the city.",
        published="2024-08-15T14:05:00-07:00", modified="2024-08-15T16:40:00-07:00",
        byline_lines=["Jordan Klassen"], date_lines=["Aug 15, 2024 2:05 PM", "Updated Aug 15, 2024 4:40 PM"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Okanagan Regional Library launches seed library")]},
        author_box=["Jordan Klassen is a reporter with the Capital News. Send story tips to news@kelownacapitalnews.com."],
        newsletter_end=["Sign up for our free daily newsletter"],
        lists=[("Trending", ["Downtown bookstore celebrates 30 years"])],
        paras=P("""
Little free libraries, the wooden book boxes that stand at the end of driveways, have multiplied across Kelowna over the past two years.

A volunteer who keeps an online map of the boxes says there are now more than 150 in the city, up from about 60 before the pandemic.

Map keeper Heather Lindqvist said most boxes are built by retirees and families, and some are made from old kitchen cabinets or newspaper boxes.

The rule is simple: anyone can take a book, and anyone can leave one, with no library card or due date.

Some owners have added shelves for children's books, while others stock cookbooks, gardening guides and novels in French and Punjabi.

Lindqvist said the boxes also bring neighbours together, because people stop to chat while they browse.

The city has agreed to allow boxes on some boulevards as long as they are kept clean and do not block sidewalks.
"""),
        must_have=[
            "The rule is simple: anyone can take a book, and anyone can leave one, with no library card or due date.",
            "Lindqvist said the boxes also bring neighbours together, because people stop to chat while they browse.",
        ]),
    # Incheon Ilbo (Suwon, Korean): staff, Hangul name byline '이름 기자', '입력' and '수정' lines.
    rec(cluster="incheonilbo-suwon-24hour-library", role="single", file="incheonilbo_suwon_library_ko.html", render="html",
        site=SITE_GI, title="수원 '심야 도서관' 문 연 지 한 달…직장인·수험생 발길 이어져",
        date="2024-06-11", country="KR", region="asia", lang="ko", authors=["김서윤"],
        section="지역", meta_section="지역",
        url="https://www.incheonilbo.example.com/article/20240611000123",
        description="평일 밤 11시까지 문을 여는 공공도서관에 하루 평균 300명이 찾는다.",
        published="2024-06-11T18:20:00+09:00", modified="2024-06-12T09:05:00+09:00",
        byline_lines=["김서윤 기자 sykim@incheonilbo.com"], date_lines=["입력 2024-06-11 18:20", "수정 2024-06-12 09:05"],
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "화성시 작은도서관 20곳에 신간 도서 지원")]},
        end_lines=["[인천일보 (www.incheonilbo.com), 무단전재 및 수집, 재배포금지]"],
        lists=[("많이 본 뉴스", ["용인 동네서점 지원 조례 통과", "안산 다문화 어린이 한글 교실 개강"])],
        paras=P("""
수원시가 평일 밤 11시까지 문을 여는 심야 공공도서관을 시범 운영한 지 한 달 만에 하루 평균 300명이 넘는 시민이 찾고 있다.

그동안 시내 공공도서관은 대부분 오후 6시나 10시에 문을 닫아 퇴근한 직장인은 이용하기 어려웠다.

심야 도서관은 1층 열람실과 어린이 자료실을 제외한 일반 자료실을 밤늦게까지 개방하고 무인 대출 반납기도 설치했다.

도서관 관계자는 이용자 가운데 절반 이상이 20대와 30대 직장인이며 시험을 준비하는 청년도 많다고 설명했다.

시는 야간 근무를 맡은 사서와 안전요원을 추가로 배치하고 도서관 주변 가로등도 늘렸다.

이용자 박모 씨는 퇴근 후에 조용히 책을 읽을 곳이 생겨 일주일에 세 번은 들른다고 말했다.

수원시는 시범 운영 결과를 검토해 하반기에는 다른 구의 도서관 두 곳으로 심야 운영을 넓힐 계획이다.

시는 또 야간 이용자를 위한 독서 모임과 작가 강연도 한 달에 한 번씩 열기로 했다.

도서관 측은 밤 시간대에는 청소년 보호를 위해 만 14세 미만 어린이는 보호자와 함께 입장하도록 하고 있다. 또 주말에는 기존과 같이 오후 6시까지 운영하며 매달 마지막 주 월요일은 정기 휴관일이다. 시 관계자는 시민 의견을 모아 운영 시간을 조정할 수 있다고 덧붙였다.
"""),
        must_have=[
            "심야 도서관은 1층 열람실과 어린이 자료실을 제외한 일반 자료실을 밤늦게까지 개방하고 무인 대출 반납기도 설치했다.",
            "시는 야간 근무를 맡은 사서와 안전요원을 추가로 배치하고 도서관 주변 가로등도 늘렸다.",
        ]),
    # Ham-Mihan (Tehran, Persian): staff, Persian solar date with Persian digits, Tabriz bookshops.
    rec(cluster="hammihan-tabriz-bookshops-night", role="single", file="hammihan_ketabforushi_tabriz_fa.html", render="html",
        site=SITE_HD, title="شب‌های کتاب در تبریز؛ کتاب‌فروشی‌های خیابان تربیت تا نیمه‌شب باز ماندند",
        date="2024-11-02", country="IR", region="asia", lang="fa", authors=["مهسا رنجبر"],
        section="فرهنگ", meta_section="فرهنگ",
        url="https://www.hammihan.example.ir/fa/news/123456",
        description="کتاب‌فروشی‌ها در هفته کتاب با تخفیف تا نیمه‌شب باز بودند.",
        published="2024-11-02T21:40:00+03:30",
        byline_lines=["نویسنده: مهسا رنجبر"], date_lines=["۱۲ آبان ۱۴۰۳ - ۲۱:۴۰"],
        inserts={2: [("ad", "تبلیغات")], 5: [("link", "بیشتر بخوانید:", "نمایشگاه کتاب کودک در اردبیل گشایش یافت")]},
        end_lines=["کد خبر: ۴۵۶۷۸"],
        lists=[("پربازدیدترین", ["کتابخانه‌های عمومی شهرهای کوچک رایگان شد", "جایزه ادبی ویژه نویسندگان جوان اعلام شد"])],
        paras=P("""
کتاب‌فروشی‌های خیابان تربیت تبریز در روزهای پایانی هفته کتاب تا نیمه‌شب باز ماندند و خانواده‌های زیادی برای خرید کتاب به این خیابان آمدند.

بیشتر کتاب‌فروشی‌ها برای کتاب‌های کودک و نوجوان تخفیف ویژه گذاشته بودند و برخی از آنها برنامه قصه‌گویی در پیاده‌رو داشتند.

یکی از کتاب‌فروشان قدیمی خیابان گفت فروش کتاب‌های ترکی آذربایجانی و ترجمه رمان‌های خارجی امسال بیشتر از سال گذشته بوده است.

چند نویسنده محلی نیز در کنار پیاده‌رو کتاب‌های تازه خود را برای خریداران امضا کردند.

دانشجویان داوطلب در سر خیابان میز گذاشته بودند و کتاب‌های دست‌دوم را برای کتابخانه‌های روستایی جمع می‌کردند.

کتاب‌فروشان می‌گویند گرانی کاغذ قیمت کتاب را بالا برده و بسیاری از خریداران فقط در روزهای تخفیف خرید می‌کنند.

برگزارکنندگان امیدوارند شب‌های کتاب هر ماه یک بار در این خیابان تکرار شود.

شهرداری تبریز نیز در این شب‌ها بخشی از خیابان را برای رفت‌وآمد خودروها بست و چند گروه موسیقی محلی در پیاده‌رو برنامه اجرا کردند. یکی از خریداران گفت که هر سال با فرزندانش به این خیابان می‌آید و برای هر کدام دست‌کم یک کتاب می‌خرد.
"""),
        must_have=[
            "چند نویسنده محلی نیز در کنار پیاده‌رو کتاب‌های تازه خود را برای خریداران امضا کردند.",
            "دانشجویان داوطلب در سر خیابان میز گذاشته بودند و کتاب‌های دست‌دوم را برای کتابخانه‌های روستایی جمع می‌کردند.",
        ]),
    # Lombok Post (Mataram, Indonesian): Antara copy, 'Mataram (ANTARA) -' dateline, 'Pewarta:' and 'Editor:' lines.
    rec(cluster="lombokpost-antara-mataram-literacy-day", role="single", file="lombokpost_antara_hari_aksara_id.html", render="html",
        site=SITE_LP, title="Kampung literasi di Mataram ajak warga lansia belajar membaca",
        date="2025-09-08", dateline="Mataram (ANTARA) - ", city="Mataram", country="ID", region="asia", lang="id",
        agency="Antara", authors=["Nur Imansyah"], editors=["Budi Santoso"], section="Pendidikan", meta_section="Pendidikan",
        url="https://lombokpost.example.id/pendidikan/2025/09/08/kampung-literasi-di-mataram-ajak-warga-lansia-belajar-membaca",
        description="Kelas membaca digelar tiga kali seminggu di balai warga.",
        published="2025-09-08T15:25:00+08:00",
        ld_author=[{"@type": "Organization", "name": "ANTARA"}],
        byline_lines=["Senin, 8 September 2025 | 15:25 WITA"], date_lines=[],
        inserts={2: [("ad", "ADVERTISEMENT")], 4: [("link", "Baca juga:", "Perpustakaan keliling sambangi desa di Lombok Tengah")]},
        end_lines=["Pewarta: Nur Imansyah", "Editor: Budi Santoso", "Copyright © ANTARA 2025"],
        lists=[("Berita Terkait", ["Taman baca di pesisir Ampenan butuh donasi buku", "Guru PAUD dilatih mendongeng"])],
        paras=P("""
Sebuah kampung literasi di Kota Mataram, Nusa Tenggara Barat, mengajak warga lanjut usia yang belum bisa membaca untuk belajar bersama pada peringatan Hari Aksara Internasional, Senin.

Kelas membaca digelar tiga kali seminggu di balai warga dan diikuti sekitar 40 peserta, sebagian besar perempuan berusia di atas 55 tahun.

Ketua pengelola kampung literasi, Baiq Rahmawati, mengatakan para peserta belajar mengenal huruf menggunakan kartu bergambar dan lagu daerah.

Menurut dia, banyak peserta dulu tidak bisa bersekolah karena harus membantu orang tua bekerja di sawah atau berjualan di pasar.

Para relawan yang mengajar adalah mahasiswa dan guru honorer yang tinggal di lingkungan tersebut.

Dinas pendidikan setempat memberikan buku bacaan dengan huruf besar dan kacamata baca gratis bagi peserta yang membutuhkan.

Pengelola berharap para peserta bisa membaca Al Quran, surat, dan papan nama jalan sendiri dalam waktu enam bulan.

Peserta yang lulus akan mendapat sertifikat dari dinas pendidikan kota. Warga yang ingin menjadi relawan pengajar dapat mendaftar langsung di balai warga setiap sore.
"""),
        must_have=[
            "Kelas membaca digelar tiga kali seminggu di balai warga dan diikuti sekitar 40 peserta, sebagian besar perempuan berusia di atas 55 tahun.",
            "Dinas pendidikan setempat memberikan buku bacaan dengan huruf besar dan kacamata baca gratis bagi peserta yang membutuhkan.",
        ]),
    # Le Sahel (Niamey, French): ANP copy, 'Zinder, 13 janvier (ANP) -' dateline.
    rec(cluster="lesahel-anp-zinder-bibliotheque-scolaire", role="single", file="lesahel_anp_zinder_bibliotheque_fr.html", render="html",
        site=SITE_LS, title="Zinder : une bibliothèque scolaire ouverte aux élèves et aux parents",
        date="2025-01-13", dateline="Zinder, 13 janvier (ANP) - ", city="Zinder", country="NE", region="africa", lang="fr",
        agency="ANP", section="Société", meta_section="Société",
        url="https://www.lesahel.example.ne/societe/zinder-une-bibliotheque-scolaire-ouverte-aux-eleves-et-aux-parents/",
        description="La bibliothèque compte plus de 2 500 ouvrages en français et en haoussa.",
        published="2025-01-13T17:00:00+01:00",
        ld_author=[{"@type": "Organization", "name": "ANP"}],
        byline_lines=["ANP"], date_lines=["13 janvier 2025"],
        inserts={2: [("ad", "Publicité")], 5: [("link", "À lire aussi :", "Maradi : des cours d'alphabétisation pour les femmes rurales")]},
        end_lines=["(ANP)", "MA/CA"],
        lists=[("Articles similaires", ["Niamey : la foire du livre attire les élèves", "Dosso : remise de manuels scolaires"])],
        paras=P("""
Une bibliothèque scolaire a été inaugurée lundi dans un complexe d'enseignement de la ville de Zinder, au profit des élèves et de leurs parents.

La bibliothèque compte plus de 2 500 ouvrages en français et en haoussa, dont des manuels, des contes et des livres de lecture pour les débutants.

Selon le directeur régional de l'enseignement, Issoufou Maman Sani, elle sera ouverte aux élèves pendant les heures de cours et aux parents le samedi matin.

Il a précisé que des séances de lecture à haute voix seront organisées chaque semaine pour les élèves des premières classes.

Les parents qui ne savent pas lire pourront aussi suivre des cours d'alphabétisation dans la salle de lecture, a-t-il ajouté.

Un bibliothécaire et deux enseignants ont été formés pour gérer les prêts et l'entretien des livres.

Les autorités régionales ont salué l'initiative et souhaité qu'elle soit étendue aux autres établissements de la région.

La cérémonie s'est déroulée en présence des parents d'élèves.
"""),
        must_have=[
            "Il a précisé que des séances de lecture à haute voix seront organisées chaque semaine pour les élèves des premières classes.",
            "Un bibliothécaire et deux enseignants ont été formés pour gérer les prêts et l'entretien des livres.",
        ]),
    # The Grenfell Record (NSW, ACM): staff, Henry Lawson literary prize for school students.
    rec(cluster="grenfellrecord-lawson-school-writing-prize", role="single", file="grenfellrecord_school_writing_prize.html", render="html",
        site=SITE_GR, title="Record entries for Grenfell's school short story prize",
        date="2024-06-05", country="AU", region="oceania", lang="en", authors=["Pip Hargreaves"],
        section="Community", meta_section="Community",
        url="https://www.grenfellrecord.example.com.au/story/8671234/record-entries-for-grenfells-school-short-story-prize/",
        description="More than 400 students entered stories and poems this year.",
        published="2024-06-05T11:30:00+10:00", modified="2024-06-05T15:45:00+10:00",
        byline_lines=["Pip Hargreaves"], date_lines=["June 5 2024 - 11:30am", "Updated June 5 2024 - 3:45pm"],
        caption="Judges Margaret Ellis and Tom Reddan read through some of the entries.", credit="Pip Hargreaves",
        credit_shown="Picture by Pip Hargreaves",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "Grenfell library hosts local history night")]},
        newsletter_end=["Get the latest Grenfell news in your inbox", "Sign up for our newsletter to stay up to date."],
        lists=[("Latest News", ["Quota school hall upgrade complete", "Show society calls for volunteers"])],
        paras=P("""
More than 400 students from schools across the Central West have entered a short story and poetry prize run by volunteers in Grenfell this year.

The prize, open to primary and high school students, had about 250 entries last year, and organisers say word has spread through teachers.

Committee member Margaret Ellis said the stories ranged from drought and farm life to dragons, football and space travel.

Each entry is read by at least two judges, who are retired teachers, local writers and a librarian from the regional library.

Winners in each age group receive book vouchers, and their stories will be printed in a small anthology sold at the newsagency.

Ellis said the committee was especially pleased that several small one-teacher schools had entered for the first time.

The winners will be announced at a ceremony during the town's festival weekend in June.

Entries for next year open in February.
"""),
        must_have=[
            "Each entry is read by at least two judges, who are retired teachers, local writers and a librarian from the regional library.",
            "Winners in each age group receive book vouchers, and their stories will be printed in a small anthology sold at the newsagency.",
        ]),
    # Kainuun Sanomat (Kajaani, Finnish): STT copy, 'STT' byline with the writer, Finnish date with time.
    rec(cluster="kainuunsanomat-stt-kajaani-library-bus", role="single", file="kainuunsanomat_stt_kirjastoauto_fi.html", render="html",
        site=SITE_KS, title="Kirjastoauto jatkaa kulkuaan Kainuun kylissä – lainamäärät kasvoivat viime vuonna",
        date="2025-03-14", dateline="KAJAANI (STT) ", city="Kajaani", country="FI", region="europe", lang="fi",
        agency="STT", authors=["Juha Karjalainen"], section="Kainuu", meta_section="Kainuu",
        url="https://www.kainuunsanomat.example.fi/kainuu/kirjastoauto-jatkaa-kulkuaan-kainuun-kylissa/",
        description="Kirjastoauto pysähtyy viikoittain yli sadassa paikassa.",
        published="2025-03-14T18:40:00+02:00",
        ld_author=[{"@type": "Person", "name": "Juha Karjalainen"}],
        byline_lines=["Juha Karjalainen, STT"], date_lines=["14.3.2025 18:40"],
        inserts={2: [("ad", "Mainos")], 5: [("link", "Lue myös:", "Sotkamon kirjasto avaa omatoimikirjaston")]},
        lists=[("Luetuimmat", ["Kajaanin kaupunginkirjasto uudistaa lastenosastonsa", "Lukudiplomi innostaa koululaisia"])],
        paras=P("""
Kainuun maakunnan kirjastoauto jatkaa kulkuaan kylissä, vaikka kuntien säästöjen vuoksi sen lakkauttamista on pohdittu useana vuonna.

Viime vuonna kirjastoautosta lainattiin yli 40 000 kirjaa, lehteä ja äänikirjaa, mikä on noin kymmenen prosenttia enemmän kuin edellisenä vuonna.

Kirjastoauto pysähtyy viikoittain yli sadassa paikassa, kuten kouluilla, kauppojen pihoilla ja palvelutaloissa.

Kirjastonhoitaja Anne Heikkinen kertoo, että monelle iäkkäälle asiakkaalle auto on ainoa tapa päästä kirjaston palveluiden ääreen.

Koululaiset ovat ahkerimpia käyttäjiä, ja monessa kyläkoulussa koko luokka käy vaihtamassa kirjat samalla pysäkillä.

Autoon on hankittu myös tabletteja, joiden avulla asiakkaat voivat opetella e-kirjojen lainaamista.

Kunnat ovat sopineet rahoituksesta seuraavaksi kolmeksi vuodeksi, ja uuden sähköisen kirjastoauton hankintaa selvitetään.

Kirjastoauton aikataulut löytyvät kirjaston verkkosivuilta, ja pysäkeillä on myös mahdollista palauttaa muiden kirjastojen lainoja. Heikkisen mukaan asiakkaat tuovat autoon usein kahvia ja pullaa, ja monella pysäkillä vaihdetaan kirjojen lisäksi kylän kuulumiset. Hänen mielestään auto on kylille paljon muutakin kuin kirjasto, sillä se tuo palvelut lähelle ja pitää ihmiset yhteydessä toisiinsa. Kirjastoauton kuljettaja on ajanut samaa reittiä jo viisitoista vuotta ja tuntee useimmat asiakkaat nimeltä.
"""),
        must_have=[
            "Kirjastoauto pysähtyy viikoittain yli sadassa paikassa, kuten kouluilla, kauppojen pihoilla ja palvelutaloissa.",
            "Autoon on hankittu myös tabletteja, joiden avulla asiakkaat voivat opetella e-kirjojen lainaamista.",
        ]),
]


# ---- news-please and trafilatura JSON -------------------------------------------------

JSON_STORIES = [
    # news-please, Addis Zemen (Amharic): ENA copy, 'ባሕር ዳር፣ ጥቅምት 12/2017 (ኢዜአ)፦' dateline in the Ethiopian calendar.
    rec(cluster="addiszemen-ena-bahirdar-reading-centre", role="single", file="newsplease_addiszemen_ena_nibab_mekel_am.json",
        render="newsplease", title="በባሕር ዳር ከተማ ለህጻናት የንባብ ማዕከል ተከፈተ",
        date="2024-10-22", dateline="ባሕር ዳር፣ ጥቅምት 12/2017 (ኢዜአ)፦ ", city="Bahir Dar", agency="ENA",
        country="ET", region="africa", lang="am",
        url="https://www.addiszemen.example.gov.et/news/5678",
        source_domain="www.addiszemen.example.gov.et",
        description="ማዕከሉ ከሦስት ሺህ በላይ መጻሕፍት አሉት።",
        np_authors=["ኢዜአ"], np_publish="2024-10-22 10:15:00", np_download="2024-10-23 04:51:20",
        head_lines=["ኢዜአ", "ጥቅምት 12 ቀን 2017 ዓ.ም"],
        inserts={2: ["ማስታወቂያ"], 4: ["ተዛማጅ ዜና: በጎንደር የጎልማሶች ትምህርት ተጀመረ"]},
        tail_lines=["አጋራ", "ፌስቡክ", "ቴሌግራም", "ተዛማጅ ዜናዎች", "በብዛት የተነበቡ", "አስተያየት ይስጡ", "ምንጭ፦ ኢዜአ", "የቴሌግራም ቻናላችንን ይቀላቀሉ", "የዩቲዩብ ቻናላችንን ሰብስክራይብ ያድርጉ", "ለጥቆማ በስልክ ቁጥራችን ይደውሉልን", "የኢትዮጵያ ፕሬስ ድርጅት", "© 2017 አዲስ ዘመን"],
        paras=P("""
በከተማዋ ለህጻናትና ለታዳጊዎች የሚያገለግል አዲስ የንባብ ማዕከል ዛሬ ተመርቆ ለአገልግሎት ክፍት ሆኗል።

ማዕከሉ በአማርኛ እና በእንግሊዝኛ የተጻፉ ከሦስት ሺህ በላይ መጻሕፍት ያሉት ሲሆን ለልጆች የተለየ የተረት ክፍልም አለው።

የከተማው የባህልና ቱሪዝም መምሪያ ኃላፊ እንደገለጹት ማዕከሉ ከሰኞ እስከ ቅዳሜ ከጠዋት እስከ ማታ ክፍት ይሆናል።

ተማሪዎች መጻሕፍትን በነጻ ተውሰው ወደ ቤታቸው መውሰድ የሚችሉ ሲሆን በየሳምንቱ ቅዳሜ የተረት ንባብ መርሃ ግብር ይካሄዳል።

የማዕከሉ ግንባታ ከነዋሪዎችና ከበጎ አድራጊ ድርጅቶች በተሰበሰበ ገንዘብ የተከናወነ መሆኑ ተገልጿል።

በምረቃው ላይ የተገኙ ወላጆች ልጆቻቸው ከስልክ ይልቅ መጽሐፍ እንዲያነቡ ማዕከሉ እንደሚረዳ ተናግረዋል።

መምሪያው በቀጣይ ዓመት በሌሎች ክፍለ ከተሞችም ተመሳሳይ ማዕከላትን ለመክፈት ማቀዱን አስታውቋል።

የማዕከሉ ሠራተኞች ለወጣቶች የኮምፒውተር እና የቋንቋ ስልጠናም እንደሚሰጡ ገልጸዋል።

በምረቃ ሥነ ሥርዓቱ ላይ የተገኙት የከተማው ከንቲባ ንባብ ለአንድ ማህበረሰብ ዕድገት መሠረት መሆኑን ገልጸው ነዋሪዎች መጻሕፍትን በመለገስ ማዕከሉን እንዲደግፉ ጥሪ አቅርበዋል። ማዕከሉ ለአካል ጉዳተኛ ህጻናት ምቹ እንዲሆን ተደርጎ መገንባቱም ተገልጿል። በቀጣይም የድምፅ መጻሕፍት እና የብሬል መጻሕፍት እንደሚሟሉ ተነግሯል። የከተማው ትምህርት መምሪያ በበኩሉ ትምህርት ቤቶች ተማሪዎቻቸውን በየሳምንቱ ወደ ማዕከሉ እንዲያመጡ መመሪያ መስጠቱን አስታውቋል።
"""),
        must_have=[
            "ተማሪዎች መጻሕፍትን በነጻ ተውሰው ወደ ቤታቸው መውሰድ የሚችሉ ሲሆን በየሳምንቱ ቅዳሜ የተረት ንባብ መርሃ ግብር ይካሄዳል።",
            "የማዕከሉ ግንባታ ከነዋሪዎችና ከበጎ አድራጊ ድርጅቶች በተሰበሰበ ገንዘብ የተከናወነ መሆኑ ተገልጿል።",
        ]),
    # news-please, Juba Monitor (South Sudan): staff, 'By X and Y' byline, school textbook and library drive.
    rec(cluster="jubamonitor-juba-school-library-books", role="single", file="newsplease_jubamonitor_school_library.json",
        render="newsplease", title="Juba secondary school opens first library stocked by former students",
        date="2024-05-16", country="SS", region="africa", lang="en", authors=["Alier Deng Malual", "Grace Ajonye Lado"],
        url="https://www.jubamonitor.example.com/juba-secondary-school-opens-first-library-stocked-by-former-students/",
        source_domain="www.jubamonitor.example.com",
        description="Alumni collected about 4,000 books for the school.",
        np_authors=["Alier Deng Malual", "Grace Ajonye Lado"], np_publish="2024-05-16 09:40:00", np_download="2024-05-17 12:03:11",
        head_lines=["By Alier Deng Malual and Grace Ajonye Lado", "May 16, 2024", "Education"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Ministry launches national reading campaign for primary schools"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "Related", "Leave a Reply", "Cancel reply", "Juba Monitor Newspaper", "Subscribe to our e-paper", "Advertise with us", "Your trusted source of news in South Sudan", "Copyright © 2024 Juba Monitor. All rights reserved."],
        paras=P("""
A secondary school in Juba has opened its first library, stocked with about 4,000 books collected by former students living in the city and abroad.

For years students at the school shared a small number of textbooks, and many had to copy notes from the blackboard because there were not enough books.

The alumni association raised money to repair an old classroom, build shelves and ship boxes of books from Kampala and Nairobi.

Head teacher Mr. Samuel Lokule said the library will open during break time and for two hours after classes every day.

Students preparing for national examinations will be allowed to borrow textbooks overnight, while younger students can borrow storybooks for a week.

Two teachers have been trained as librarians, and prefects will help to keep the room tidy and record loans.

The alumni association said it plans to add computers and solar lights so students can study in the evenings.
"""),
        must_have=[
            "The alumni association raised money to repair an old classroom, build shelves and ship boxes of books from Kampala and Nairobi.",
            "Two teachers have been trained as librarians, and prefects will help to keep the room tidy and record loans.",
        ]),
    # news-please, Braidwood Times (NSW, ACM): staff, second-hand bookshop volunteers.
    rec(cluster="braidwoodtimes-secondhand-bookshop", role="single", file="newsplease_braidwoodtimes_bookshop.json",
        render="newsplease", title="Volunteer-run bookshop raises $20,000 for Braidwood hospital auxiliary",
        date="2023-11-29", country="AU", region="oceania", lang="en", authors=["Claire Donnelly"],
        url="https://www.braidwoodtimes.example.com.au/story/8456789/volunteer-run-bookshop-raises-20000-for-hospital-auxiliary/",
        source_domain="www.braidwoodtimes.example.com.au",
        description="The shop sells donated books for $2 each.",
        np_authors=["Claire Donnelly"], np_publish="2023-11-28 22:15:00", np_download="2023-11-29 06:44:02",
        head_lines=["Claire Donnelly", "November 29 2023 - 9:15am"],
        inserts={2: ["Advertisement"], 5: ["READ MORE: Braidwood library book club turns ten"]},
        tail_lines=["Share", "Facebook", "X", "Email", "Copy Link", "Subscribe now for unlimited access.", "Latest News", "Get the latest Braidwood news delivered to your inbox", "Sign up for our newsletter", "Local News", "© 2023 Australian Community Media"],
        paras=P("""
A second-hand bookshop run entirely by volunteers has raised more than $20,000 for the Braidwood hospital auxiliary in its first three years.

The shop, in a small room behind the main street, sells donated books for $2 each and children's books for 50 cents.

Volunteer coordinator Jan Whitfield said about 25 people take turns to open the shop five days a week.

She said donations arrive almost every day, from single paperbacks to whole libraries left by families clearing out homes.

Volunteers sort every book, and those in poor condition are sent for recycling rather than put on the shelves.

The money has paid for a new patient chair, a bladder scanner and comfortable furniture for the visitors' room at the hospital.

Whitfield said new volunteers are always welcome and need only a few hours a month to help.

The shop is open from 10am to 3pm, Tuesday to Saturday.
"""),
        must_have=[
            "Volunteers sort every book, and those in poor condition are sent for recycling rather than put on the shelves.",
            "Whitfield said new volunteers are always welcome and need only a few hours a month to help.",
        ]),
    # trafilatura, John O'Groat Journal (Wick): staff, Gaelic and Caithness dialect word list.
    rec(cluster="johnogroatjournal-wick-dialect-dictionary", role="single", file="trafilatura_johnogroat_dialect_dictionary.json",
        render="trafilatura", title="Caithness dialect dictionary published after 10-year effort by volunteers",
        date="2024-02-02", country="GB", region="europe", lang="en", authors=["Iain Sutherland"], section="News",
        url="https://www.johnogroat-journal.example.co.uk/news/caithness-dialect-dictionary-published-after-10-year-effort-345678/",
        hostname="johnogroat-journal.example.co.uk", source_hostname="John O'Groat Journal",
        description="The book lists more than 3,500 words and phrases.",
        tf_author="Iain Sutherland", tf_date="2024-02-02", tf_language="en", categories="News;Community",
        head_lines=["By Iain Sutherland", "Published: 06:00, 02 February 2024"],
        inserts={2: ["Advertisement"], 5: ["Read more: Wick library to open on Saturday afternoons"]},
        tail_lines=["Do you want to respond to this article? If so, click here to submit your thoughts and they may be published in print.", "Get the latest news delivered to your inbox", "Sign up", "Share", "More by this author", "Most read", "Latest News", "Follow us on Facebook", "Caithness Field Club talk on Norse place names", "Iliffe Media Ltd", "© 2024 Iliffe Media Ltd. All rights reserved."],
        paras=P("""
A dictionary of the Caithness dialect has been published after ten years of work by a group of volunteers in Wick and Thurso.

The book lists more than 3,500 words and phrases, many of them collected from older residents who grew up on farms and in fishing families.

Group member Morag Gunn said many words came from Norse and Gaelic and were once used every day in the county.

She said the volunteers recorded interviews in care homes and village halls and checked each word with at least two speakers.

Each entry gives the meaning, an example sentence and, where possible, the part of the county where the word was used.

Copies are available in local bookshops and libraries, and the group has given a free copy to every primary school in Caithness.

The volunteers hope the book will encourage young people to use the dialect words their grandparents knew.
"""),
        must_have=[
            "She said the volunteers recorded interviews in care homes and village halls and checked each word with at least two speakers.",
            "Each entry gives the meaning, an example sentence and, where possible, the part of the county where the word was used.",
        ]),
    # trafilatura, Echo Dnia (Kielce, Polish): PAP copy, 'Kielce (PAP) -' dateline, writer with '(PAP)' on the head line.
    rec(cluster="echodnia-pap-kielce-library-night", role="single", file="trafilatura_echodnia_pap_noc_bibliotek_pl.json",
        render="trafilatura", title="Noc Bibliotek w Kielcach. Setki czytelników do północy wśród książek",
        date="2024-10-05", dateline="Kielce (PAP) - ", city="Kielce", agency="PAP",
        country="PL", region="europe", lang="pl", authors=["Katarzyna Wójcik"], section="Kielce",
        url="https://echodnia.example.eu/swietokrzyskie/noc-bibliotek-w-kielcach-setki-czytelnikow/ar/c1-18765432",
        hostname="echodnia.example.eu", source_hostname="Echo Dnia",
        description="Biblioteki przygotowały gry, warsztaty i spotkania z autorami.",
        tf_author="Katarzyna Wójcik", tf_date="2024-10-05", tf_language="pl", categories="Kielce;Kultura",
        head_lines=["Katarzyna Wójcik (PAP)", "5 października 2024, 22:10"],
        inserts={2: ["Reklama"], 5: ["Polecamy: Biblioteka w Busku-Zdroju otwiera kącik dla niemowląt"]},
        tail_lines=["Dołącz do nas na Facebooku!", "Zobacz również", "Najczęściej czytane", "Komentarze", "Dodaj komentarz", "Źródło: PAP", "Obserwuj nas w Google News", "Czytaj więcej", "Polska Press Sp. z o.o.", "Echo Dnia Świętokrzyskie", "© 2024 Polska Press Sp. z o.o."],
        paras=P("""
Setki mieszkańców miasta spędziły sobotni wieczór w bibliotekach, które w ramach ogólnopolskiej akcji Noc Bibliotek były otwarte do północy.

W miejskiej bibliotece publicznej przygotowano gry planszowe, warsztaty ilustracji dla dzieci i spotkanie z autorką kryminałów.

Dyrektorka biblioteki Agnieszka Nowak powiedziała, że w tym roku zapisało się najwięcej uczestników od pierwszej edycji akcji.

Dla nastolatków zorganizowano konkurs głośnego czytania, a zwycięzcy otrzymali karty podarunkowe do księgarni.

Wielu rodziców przyszło z małymi dziećmi w piżamach, które słuchały bajek czytanych przez bibliotekarki.

Tego wieczoru do biblioteki zapisało się ponad stu nowych czytelników, w tym wielu studentów.

Biblioteka zapowiada, że od listopada będzie otwarta dłużej w czwartki, aby mogli z niej korzystać pracujący mieszkańcy.

Bibliotekarze podkreślają, że akcja pokazuje, iż biblioteka to nie tylko wypożyczalnia książek, ale także miejsce spotkań dla całych rodzin. W tym roku po raz pierwszy przygotowano również stoisko z wymianą książek, na którym każdy mógł zostawić przeczytaną powieść i zabrać inną. Uczestnicy mogli także zwiedzić magazyn starych druków, zwykle niedostępny dla czytelników.
"""),
        must_have=[
            "Dla nastolatków zorganizowano konkurs głośnego czytania, a zwycięzcy otrzymali karty podarunkowe do księgarni.",
            "Tego wieczoru do biblioteki zapisało się ponad stu nowych czytelników, w tym wielu studentów.",
        ]),
    # trafilatura, Forres Gazette (Moray): staff, primary school book bus scheme.
    rec(cluster="forresgazette-school-book-swap", role="single", file="trafilatura_forresgazette_book_swap.json",
        render="trafilatura", title="Forres pupils swap 1,000 books in library's school exchange",
        date="2025-03-06", country="GB", region="europe", lang="en", authors=["Ewan Macrae"], section="News",
        url="https://www.forres-gazette.example.co.uk/news/forres-pupils-swap-1-000-books-in-library-s-school-exchange-356789/",
        hostname="forres-gazette.example.co.uk", source_hostname="Forres Gazette",
        description="The scheme ran in five primary schools on World Book Day.",
        tf_author="Ewan Macrae", tf_date="2025-03-06", tf_language="en", categories="News;Education",
        head_lines=["By Ewan Macrae", "Published: 16:30, 06 March 2025", "| Updated: 17:05, 06 March 2025"],
        inserts={2: ["Advertisement"], 5: ["Read more: Moray libraries extend opening hours"]},
        tail_lines=["Get the latest news delivered to your inbox", "Sign up", "Share", "Most read", "More by this author", "Latest News", "Follow us on Facebook", "Iliffe Media Ltd", "© 2025 Iliffe Media Ltd. All rights reserved.", "Registered in England & Wales"],
        paras=P("""
Pupils at five primary schools in Forres swapped more than 1,000 books on World Book Day in an exchange run by the town library.

Children were asked to bring books they had finished with, and each received a token to choose a book brought by another pupil.

Librarian Fiona Grant said the idea was to give every child a new book without asking families to spend money.

She said the most popular books were funny stories, graphic novels and books about animals and football.

Books left over at the end of the day were taken to the library, where they will be given away during the summer reading challenge.

Teachers dressed as characters from well-known stories, and some older pupils read to younger classes in the afternoon.

The library plans to run the swap again in the autumn and invite secondary school pupils to take part.

Parents said the children talked about their new books all week.
"""),
        must_have=[
            "Children were asked to bring books they had finished with, and each received a token to choose a book brought by another pupil.",
            "Books left over at the end of the day were taken to the library, where they will be given away during the summer reading challenge.",
        ]),
]


# ---- JSONL batches --------------------------------------------------------------

JSONL_STORIES = [
    # news-please shape: the Petra story on Khaberni (syndicated member of the Petra cluster).
    dict(PETRA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.khaberni.example.com/news/612345",
         source_domain="www.khaberni.example.com",
         np_authors=["خبرني"], np_publish="2024-11-20 11:05:00", np_download="2024-11-20 18:31:44",
         inserts={2: ["إعلان"], 4: ["اقرأ أيضاً: افتتاح مكتبة عامة جديدة في معان"]},
         head_lines=["خبرني - ", "2024-11-20 14:05"],
         tail_lines=["المصدر: بترا", "شارك", "فيسبوك", "واتساب", "تويتر", "أخبار ذات صلة", "الأكثر مشاهدة", "حمّل تطبيق خبرني", "التعليقات", "تابعونا على تيك توك", "جميع الحقوق محفوظة لموقع خبرني © 2024"]),
    # newsbeam text shape: the BSS story on Jagonews24 (syndicated member of the BSS cluster).
    dict(BSS, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.jagonews24.example.com/country/news/998877",
         nb_published="2025-02-15T14:02:00Z", outlet="Jagonews24", nb_authors=["বাসস"],
         inserts={2: ["বিজ্ঞাপন"], 5: ["আরও পড়ুন: বগুড়ায় শিশুদের জন্য নতুন পাঠাগার উদ্বোধন"]},
         head_lines=["জেলা প্রতিনিধি", "প্রকাশিত: ০৮:০২ পিএম, ১৫ ফেব্রুয়ারি ২০২৫"],
         tail_lines=["এমএম/জেআইএম", "শেয়ার করুন", "ফেসবুক", "হোয়াটসঅ্যাপ", "পাঠকপ্রিয় অনলাইন নিউজ পোর্টাল জাগোনিউজ২৪.কমে লিখতে পারেন আপনিও।", "আরও পড়ুন", "সর্বশেষ", "জনপ্রিয়", "গুগল নিউজে জাগোনিউজ২৪.কম'র খবর পেতে ফলো করুন", "ভারপ্রাপ্ত সম্পাদক: মহিউদ্দিন সরকার", "© ২০২৫ জাগোনিউজ২৪.কম"]),
    # newsbeam html shape: Caribbean Life (Brooklyn): staff, Caribbean authors' book festival in Brooklyn.
    rec(cluster="caribbeanlife-brooklyn-caribbean-book-fair", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_CL, title="Brooklyn book fair showcases Caribbean authors and children's writers",
        date="2024-06-24", country="US", region="americas", lang="en", authors=["Nelson A. King"],
        section="News", meta_section="News",
        url="https://www.caribbeanlife.example.com/brooklyn-book-fair-showcases-caribbean-authors/",
        description="More than 50 writers took part in the two-day fair.",
        published="2024-06-24T10:15:00-04:00",
        nb_published="2024-06-24T14:15:00Z", outlet="Caribbean Life", nb_authors=["Nelson A. King"],
        byline_lines=["By Nelson A. King"], date_lines=["Posted on June 24, 2024"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "RELATED:", "Flatbush library hosts Haitian Creole story hour")]},
        author_box=["Nelson A. King covers Caribbean community news for Caribbean Life."],
        lists=[("Most Popular", ["Guyanese author wins children's book award", "Vincentian group donates books to schools"])],
        paras=P("""
More than 50 writers from across the Caribbean and its diaspora took part in a two-day book fair in Brooklyn over the weekend.

The fair, held in a library branch and a neighbouring park, featured novelists, poets and children's authors from Jamaica, Trinidad and Tobago, Haiti, Guyana and Grenada.

Organizer Claudette Baptiste said the event gives Caribbean writers in New York a place to meet readers and sell books without a big publisher.

Children's authors read picture books aloud in English and Haitian Creole, and a local youth choir performed between readings.

Several independent publishers said they sold out of some titles before the end of the first day.

A panel of teachers discussed how to bring more Caribbean stories into New York classrooms and school libraries.

Baptiste said organizers hope to add a writing workshop for teenagers next year.

Admission to the fair was free, and families could bring used books to swap.
"""),
        must_have=[
            "Children's authors read picture books aloud in English and Haitian Creole, and a local youth choir performed between readings.",
            "A panel of teachers discussed how to bring more Caribbean stories into New York classrooms and school libraries.",
        ]),
    # trafilatura shape: the Lusa story on Diário de Leiria (syndicated member of the Lusa cluster).
    dict(LUSA, role="syndicated", file=JSONL_B, render="trafilatura", section="Cultura",
         url="https://www.diarioleiria.example.pt/noticia/livraria-centenaria-de-leiria-reabre",
         hostname="diarioleiria.example.pt", source_hostname="Diário de Leiria",
         tf_author=None, tf_date="2024-04-23", tf_language="pt", categories="Cultura;Região",
         inserts={2: ["Publicidade"], 4: ["Leia também: Feira do livro de Pombal abre no sábado"]},
         head_lines=["Lusa", "23 Abril 2024"],
         tail_lines=["Lusa/Fim", "Partilhe", "Facebook", "Twitter", "Notícias relacionadas", "Mais lidas", "Assine o Diário de Leiria", "Receba a nossa newsletter", "Siga-nos no Instagram", "Comentários", "Diário de Leiria - Todos os direitos reservados © 2024"]),
    # news-please shape: Kenora Miner and News (Ontario, Postmedia): staff, Ojibwe language classes at the library.
    rec(cluster="kenoraminer-ojibwe-library-classes", role="single", file=JSONL_B, render="newsplease",
        title="Kenora library hosts free Anishinaabemowin classes for beginners",
        date="2024-01-31", country="CA", region="americas", lang="en", authors=["Megan Strickland"],
        url="https://www.kenoraminerandnews.example.com/news/local-news/kenora-library-hosts-free-anishinaabemowin-classes",
        source_domain="www.kenoraminerandnews.example.com",
        description="The weekly classes are taught by two fluent speakers.",
        np_authors=["Megan Strickland"], np_publish="2024-01-31 20:10:00", np_download="2024-02-01 07:22:10",
        head_lines=["Author of the article:", "Megan Strickland", "Published Jan 31, 2024", "2 minute read", "Join the conversation"],
        inserts={2: ["Advertisement 1", "This advertisement has not loaded yet, but your article continues below."], 5: ["Article content"]},
        tail_lines=["Share this article in your social network", "Comments", "Postmedia is committed to maintaining a lively but civil forum for discussion.", "Trending", "Latest National Stories", "This website uses cookies to personalize your content (including ads), and allows us to analyze our traffic.", "© 2024 Kenora Miner and News, a division of Postmedia Network Inc. All rights reserved."],
        paras=P("""
The Kenora public library is hosting free weekly classes in Anishinaabemowin, the Ojibwe language, for adults who want to learn the basics.

The classes are taught by two fluent speakers from nearby First Nations and focus on greetings, family words and everyday conversation.

Library chief executive Lisa Bergeron said the first session filled within two days, and a second evening group has been added.

Learners receive a small illustrated word book and can borrow recordings from the library to practise at home.

Instructor Margaret Kakegamic said many students are Anishinaabe adults who did not have the chance to learn the language as children.

Others are teachers, nurses and shop workers who want to greet customers and patients in their own language.

The library plans to add a children's story time in Anishinaabemowin in the spring.

Registration is free, and anyone interested can sign up at the front desk or by phone.
"""),
        must_have=[
            "Learners receive a small illustrated word book and can borrow recordings from the library to practise at home.",
            "Others are teachers, nurses and shop workers who want to greet customers and patients in their own language.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-fourth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Al-Anbat '2024/11/20 | 13:42' (year first) with Petra's "
    "'20 تشرين الثاني' dateline (Levantine month name for November) and Khaberni '2024-11-20 14:05' (news-please's 11:05 is "
    "UTC, the same day); Janakantha 'প্রকাশিত: ১৯:২০, ১৫ ফেব্রুয়ারি ২০২৫' (Bengali digits) with BSS's dateline and Jagonews24 "
    "'০৮:০২ পিএম, ১৫ ফেব্রুয়ারি ২০২৫'; Jornal de Leiria 'Publicado a 23 abr 2024, 16:12' with Lusa's '23 abr 2024' dateline "
    "and Diário de Leiria '23 Abril 2024'; Brattleboro Reformer 'Oct 3, 2024' (both copies); Gujarat Samachar 'અપડેટ: 23 "
    "એપ્રિલ, 2025' is an 'updated' stamp but the only date, and the story is dated by World Book Day (23 April) and the "
    "'વડોદરા, બુધવાર' (Vadodara, Wednesday) desk line, a Wednesday that day; Kodiak Daily Mirror 'Thursday, March 14, 2024'; "
    "Fakti '23 април 2024' (the 'Прочетена' count is a read counter); Connaught Telegraph 'Tuesday 11 March 2025' (the "
    "'Updated' line is the same day); Kano Focus 'September 8, 2024'; Eden Magnet 'June 27 2024 - 4:10pm'; Diamond TV "
    "'January 21, 2025' and the ZANIS dateline; Alberton Record '9 July 2024'; Cuarto Poder '21 de febrero de 2025'; "
    "Kelowna Capital News 'Aug 15, 2024 2:05 PM' (not the 'Updated' time); Incheon Ilbo '입력 2024-06-11 18:20' ('입력' = "
    "posted; '수정' = modified on the 12th, not the date); Ham-Mihan '۱۲ آبان ۱۴۰۳' (Persian solar calendar and digits = 2 "
    "November 2024); Lombok Post 'Senin, 8 September 2025 | 15:25 WITA' (Central Indonesian time); Le Sahel '13 janvier 2025' "
    "with the ANP dateline; The Grenfell Record 'June 5 2024 - 11:30am' (not the 'Updated' time); Kainuun Sanomat '14.3.2025 "
    "18:40' (day first); Addis Zemen 'ጥቅምት 12 ቀን 2017 ዓ.ም' and ENA's 'ጥቅምት 12/2017' (Ethiopian calendar: Tikimt 12, 2017 = "
    "22 October 2024); Juba Monitor 'May 16, 2024'; Braidwood Times 'November 29 2023 - 9:15am' (AEDT; news-please's "
    "'2023-11-28 22:15' is UTC, the day before in UTC but the 29th on the page's own calendar); John O'Groat Journal "
    "'Published: 06:00, 02 February 2024'; Echo Dnia '5 października 2024'; Forres Gazette 'Published: 16:30, 06 March 2025' "
    "(not the 'Updated' time); Caribbean Life 'Posted on June 24, 2024'; Kenora Miner 'Published Jan 31, 2024'",
    "dateline_city": "'إربد 20 تشرين الثاني (بترا) - ' -> 'Irbid' (both Petra copies; Khaberni's 'خبرني - ' head line is the "
    "site name, not a place); 'রাজশাহী, ১৫ ফেব্রুয়ারি, ২০২৫ (বাসস) : ' -> 'Rajshahi' (both BSS copies); 'Leiria, 23 abr 2024 "
    "(Lusa) - ' -> 'Leiria' (both Lusa copies); 'MONGU, January 21 (ZANIS) - ' -> 'Mongu'; 'Mataram (ANTARA) - ' -> "
    "'Mataram'; 'Zinder, 13 janvier (ANP) - ' -> 'Zinder'; 'KAJAANI (STT) ' -> 'Kajaani'; 'ባሕር ዳር፣ ጥቅምት 12/2017 "
    "(ኢዜአ)፦ ' -> 'Bahir Dar'; 'Kielce (PAP) - ' -> 'Kielce'. A place on a desk or byline line is not a dateline: Gujarat "
    "Samachar 'વડોદરા, બુધવાર' ('Vadodara, Wednesday', a desk line above the story, chrome) and Jagonews24 'জেলা প্রতিনিধি' "
    "('district correspondent'); all staff stories have no dateline (null)",
    "country": "Khaberni (Amman) carries the Irbid Petra story (JO, asia); Jagonews24 (Dhaka) and Janakantha carry the Rajshahi "
    "BSS story (BD); Diário de Leiria carries the Lusa story (PT); Gujarat Samachar's story is in Vadodara (IN); Ham-Mihan "
    "(Tehran) reports on Tabriz (IR); Diamond TV (Lusaka) carries the Mongu ZANIS story (ZM); Cuarto Poder's story is in Los "
    "Altos de Chiapas (MX); Caribbean Life's fair is in Brooklyn (US) although its authors come from the Caribbean; the Juba "
    "Monitor story is in Juba (SS, africa); the John O'Groat Journal and Forres Gazette stories are in Scotland (GB); the "
    "Connaught Telegraph story is in Castlebar (IE)",
    "agency": "Al-Anbat and Khaberni carry Petra (the Jordan News Agency: '(بترا)' dateline, 'بترا' head line, 'المصدر: بترا'); "
    "Janakantha and Jagonews24 carry BSS (Bangladesh Sangbad Sangstha: '(বাসস)' dateline, 'বাসস' head line and the crawler's "
    "author 'বাসস'); Jornal de Leiria and Diário de Leiria carry Lusa ('(Lusa)' dateline, 'Lusa' byline, 'Lusa/Fim'); Diamond TV "
    "carries ZANIS (Zambia News and Information Services: '(ZANIS)' dateline and 'MERCY PHIRI, ZANIS' byline); Lombok Post "
    "carries Antara ('(ANTARA)' dateline, 'Copyright © ANTARA'); Le Sahel carries ANP (the Agence Nigérienne de Presse: "
    "'(ANP)' dateline and sign-off); Kainuun Sanomat carries STT (the Finnish News Agency: '(STT)' dateline, 'Juha "
    "Karjalainen, STT'); Addis Zemen carries ENA (the Ethiopian News Agency, 'ኢዜአ' in Amharic: dateline, head line and "
    "'ምንጭ፦ ኢዜአ' = source: ENA); Echo Dnia carries PAP (the Polish Press Agency: '(PAP)' dateline, 'Katarzyna Wójcik (PAP)', "
    "'Źródło: PAP'). Jornal de Leiria's photo credit 'Ricardo Graça/Lusa' is a photo credit on a story that is Lusa copy anyway. "
    "All other records are staff copy (agency null)",
    "authors": "Petra and BSS name no writer (the crawler authors 'خبرني' and 'বাসস' are the site and the agency); Lusa names no "
    "writer ('HMV // MAG' are desk initials); Brattleboro Reformer 'By Colleen Marsh, Brattleboro Reformer' -> 'Colleen Marsh' "
    "(both copies; the bio line is chrome); Kodiak Daily Mirror 'By JONAH PEDERSEN' -> natural case 'Jonah Pedersen' ('Mirror "
    "Writer' is a role line); Fakti 'Десислава Петкова' in Cyrillic as printed; Connaught Telegraph 'Aoife Durkan'; Kano Focus "
    "'By Aisha Garba Dambatta'; Eden Magnet 'Bridget Cole' (also the photographer; the closing 'Bridget Cole / Journalist' box "
    "is chrome); Diamond TV 'By MERCY PHIRI, ZANIS' -> 'Mercy Phiri'; Alberton Record 'Nompumelelo Khumalo'; Cuarto Poder 'Por "
    "Marisol Gómez Pérez / Cuarto Poder' -> 'Marisol Gómez Pérez' (the photo credit 'Marisol Gómez' is the same person, "
    "shortened); Kelowna Capital News 'Jordan Klassen'; Incheon Ilbo '김서윤 기자' -> '김서윤' (Hangul as printed, '기자' = "
    "reporter); Ham-Mihan 'نویسنده: مهسا رنجبر' -> 'مهسا رنجبر' ('نویسنده' = writer); Lombok Post 'Pewarta: Nur Imansyah' -> "
    "'Nur Imansyah' ('Pewarta' = reporter); The Grenfell Record 'Pip Hargreaves'; Kainuun Sanomat 'Juha Karjalainen, STT' -> "
    "'Juha Karjalainen'; Juba Monitor 'By Alier Deng Malual and Grace Ajonye Lado' -> both; Braidwood Times 'Claire "
    "Donnelly'; John O'Groat Journal 'By Iain Sutherland'; Echo Dnia 'Katarzyna Wójcik (PAP)' -> 'Katarzyna Wójcik'; Forres "
    "Gazette 'By Ewan Macrae'; Caribbean Life 'By Nelson A. King'; Kenora Miner 'Author of the article: Megan Strickland'. "
    "Al-Anbat, Janakantha, Gujarat Samachar, Le Sahel ('ANP'), Addis Zemen ('ኢዜአ') and the Lusa pages name no writer",
    "editors": "Lombok Post's Antara 'Editor: Budi Santoso' names the story's editor -> ['Budi Santoso']. Lusa's 'HMV // MAG', "
    "Petra's '(بترا) ع ن', BSS's 'বাসস/সংবাদদাতা/১৯২০/এমএম', Jagonews24's 'এমএম/জেআইএম' and ANP's 'MA/CA' are desk initials "
    "naming no one. No other record names an editor",
    "caption_credit": "credits without their wrapper: Brattleboro Reformer 'KRISTINA WHEELER — Reformer' on its own line (both "
    "copies, as printed); Eden Magnet 'Picture by Bridget Cole' -> 'Bridget Cole'; Jornal de Leiria 'Foto: Ricardo Graça/Lusa' "
    "-> 'Ricardo Graça/Lusa'; Cuarto Poder 'Foto: Marisol Gómez' -> 'Marisol Gómez'; The Grenfell Record 'Picture by Pip "
    "Hargreaves' -> 'Pip Hargreaves'. Records without a photo caption have caption and credit null (Diário de Leiria's copy "
    "carries no photo)",
    "section": "HTML pages (and the newsbeam html record) take article:section: Jornal de Leiria 'Cultura', Cuarto Poder "
    "'Cultura', Kelowna Capital News 'News', Incheon Ilbo '지역', Ham-Mihan 'فرهنگ', Lombok Post 'Pendidikan', Le Sahel "
    "'Société', The Grenfell Record 'Community', Kainuun Sanomat 'Kainuu', Caribbean Life 'News'; trafilatura records take "
    "their first category (John O'Groat Journal 'News', Echo Dnia 'Kielce', Forres Gazette 'News', Diário de Leiria "
    "'Cultura'); news-please, plain text and newsbeam text records have none (Al-Anbat's 'ثقافة', Janakantha's 'সংস্কৃতি' "
    "and Juba Monitor's 'Education' head lines are chrome)",
    "language": "'ar' Arabic (two copies of the Petra story); 'bn' Bengali (two copies of the BSS story); 'pt' European "
    "Portuguese (two copies of the Lusa story); 'gu' Gujarati; 'bg' Bulgarian; 'es' Mexican Spanish; 'ko' Korean; 'fa' "
    "Persian; 'id' Indonesian; 'fr' French (Niger); 'fi' Finnish; 'am' Amharic (Ge'ez script); 'pl' Polish; all others "
    "English (the Kodiak Daily Mirror, Connaught Telegraph and Kenora Miner stories are about Alutiiq, Irish and "
    "Anishinaabemowin but are written in English and only name those languages)",
    "chrome": "includes consent banners and their buttons, login and subscription strings, paywall and free-article counters, "
    "share bars, comment gates, advertisement labels (Postmedia's 'Advertisement 1' with its loading line and 'Article "
    "content'), reading times and read counters, related-story lines and boxes, tag lists, most-read rails, newsletter, "
    "WhatsApp, Telegram, TikTok and app promos, reporter bio, role and contact lines, wire source lines and sign-offs "
    "('المصدر: بترا', 'Lusa/Fim', 'ZANIS', '(ANP)', 'Źródło: PAP', 'ምንጭ፦ ኢዜአ', 'Copyright © ANTARA 2025', Antara's 'Pewarta:' "
    "and 'Editor:' lines), desk initials, Incheon Ilbo's copyright bracket, press-council and ownership lines, "
    "and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Petra and BSS in the plain batch, Lusa in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Brattleboro Reformer: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"petra", "بترا", "وكالة الأنباء الأردنية", "الأنباط", "al-anbat", "خبرني", "khaberni",
                "bss", "বাসস", "জনকণ্ঠ", "janakantha", "jagonews24", "জেলা প্রতিনিধি",
                "lusa", "jornal de leiria", "diário de leiria", "brattleboro reformer", "reformer",
                "gujarat samachar", "ગુજરાત સમાચાર", "kodiak daily mirror", "mirror writer", "fakti", "fakti.bg",
                "connaught telegraph", "kano focus", "eden magnet", "zanis", "diamond tv", "alberton record",
                "cuarto poder", "kelowna capital news", "인천일보", "incheon ilbo", "هم‌میهن", "ham-mihan",
                "antara", "lombok post", "anp", "le sahel", "the grenfell record", "grenfell record",
                "stt", "kainuun sanomat", "ena", "ኢዜአ", "addis zemen", "juba monitor", "braidwood times",
                "john o'groat journal", "pap", "echo dnia", "forres gazette", "caribbean life", "kenora miner",
                "postmedia"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
