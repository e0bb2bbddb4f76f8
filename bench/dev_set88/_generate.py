#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-eighth development set (bench/dev_set88/, first written as the eighty-fifth held-out set).

    .venv/bin/python bench/dev_set88/_generate.py

Writes ``bench/dev_set88/articles/*`` and ``bench/dev_set88/labels.json`` (next to this
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
bench/dev_set87/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout85_2025-a.jsonl"
JSONL_B = "crawl_holdout85_2025-b.jsonl.gz"


# ---- cluster: BTA, Petrich (Struma scrape + copy on Zov News in the plain batch) ----

BTA = rec(
    cluster="bta-petrich-sezonni-rabotnici",
    title="Сезонни работници от Петрич се връщат от Гърция по-рано заради слабата реколта",
    date="2024-09-18",
    dateline="Петрич, 18 септември (БТА) - ",
    city="Petrich",
    country="BG",
    region="europe",
    agency="BTA",
    authors=["Елена Стоянова"],
    editors=["Петя Йорданова"],
    lang="bg",
    description="Общината открива информационен център за завърналите се работници.",
    paras=P("""
Стотици сезонни работници от Петрич и околните села се връщат от Гърция по-рано от обичайното, тъй като реколтата от праскови и киви тази година е по-слаба, съобщиха от общината.

Според кметството над 1200 души от района всяка година работят в овощните градини около Солун и Верия от юни до ноември.

Тази година много от тях се прибраха още в началото на септември, след като работодателите им намалиха часовете.

Общината ще открие информационен център в сградата на бившето читалище, където завърналите се могат да намерят обяви за работа и курсове за преквалификация.

Бюрото по труда в Петрич ще предлага консултации на български и турски език всеки вторник и четвъртък.

Тридесет и осем годишната Мария Атанасова, която шеста година бере плодове в Гърция, каза, че парите от сезона стигат за зимата само ако работата продължи до края на октомври.

Местни фермери заявиха, че могат да наемат част от работниците за прибирането на тютюна и гроздето в региона.

Кметът обеща общината да проведе среща с работодателите до края на месеца.
"""),
    must_have=[
        "Бюрото по труда в Петрич ще предлага консултации на български и турски език всеки вторник и четвъртък.",
        "Местни фермери заявиха, че могат да наемат част от работниците за прибирането на тютюна и гроздето в региона.",
    ],
)

# ---- cluster: Bernama, Johor Bahru (Selangorkini page + copy on Wilayahku in the plain batch) ----

BER = rec(
    cluster="bernama-johorbahru-pekerja-ulang-alik",
    title="Lebih 300,000 pekerja ulang-alik ke Singapura setiap hari, sistem QR imigresen diperluas",
    date="2024-11-05",
    dateline="JOHOR BAHRU, 5 Nov (Bernama) -- ",
    city="Johor Bahru",
    country="MY",
    region="asia",
    agency="Bernama",
    authors=["Nurul Aina Hashim"],
    lang="ms",
    description="Kod QR imigresen kini boleh digunakan oleh penunggang motosikal di Bangunan Sultan Iskandar.",
    paras=P("""
Lebih 300,000 rakyat Malaysia yang bekerja di Singapura kini melintasi Tambak Johor dan Laluan Kedua setiap hari, kata Jabatan Imigresen Negeri Johor hari ini.

Pengarah jabatan itu berkata penggunaan kod QR untuk pelepasan imigresen akan diperluas kepada semua lorong motosikal di Bangunan Sultan Iskandar mulai bulan depan.

Menurutnya, langkah itu dijangka mengurangkan masa menunggu pada waktu puncak pagi yang kini boleh mencecah dua jam.

Kebanyakan pekerja ulang-alik bekerja di sektor pembuatan, logistik dan perkhidmatan di Woodlands dan Jurong.

Seorang juruteknik, Faizal Rahman, 34, berkata dia keluar rumah di Taman Pelangi seawal jam 4.30 pagi untuk mengelak kesesakan.

Katanya, wang yang diperoleh di Singapura membolehkan dia menyara ibu bapa serta membiayai pengajian adiknya di universiti.

Jabatan Imigresen turut menambah 40 pegawai untuk bertugas pada syif pagi di kedua-dua pintu masuk.

Kerajaan negeri pula sedang mengkaji perkhidmatan bas tambahan dari Skudai dan Pasir Gudang ke pusat pemeriksaan itu.

Pengguna juga dinasihatkan memuat turun aplikasi MyBorderPass sebelum tiba di pusat pemeriksaan bagi mengelakkan kelewatan.
"""),
    must_have=[
        "Menurutnya, langkah itu dijangka mengurangkan masa menunggu pada waktu puncak pagi yang kini boleh mencecah dua jam.",
        "Jabatan Imigresen turut menambah 40 pegawai untuk bertugas pada syif pagi di kedua-dua pintu masuk.",
    ],
)

# ---- cluster: NAN, Badagry (Osun Defender page + copy on Naija News in the gzipped batch) ----

NAN = rec(
    cluster="nan-badagry-returnees-skills",
    title="NiDCOM, NGO train 150 returnee migrants in Badagry on fish farming, tailoring",
    date="2024-11-12",
    dateline="Badagry (Lagos State), Nov. 12, 2024 (NAN) ",
    city="Badagry",
    country="NG",
    region="africa",
    agency="NAN",
    authors=["Adebayo Ogunleye"],
    lang="en",
    description="The returnees received starter packs at the end of the two-week programme.",
    paras=P("""
The Nigerians in Diaspora Commission (NiDCOM) and a non-governmental organisation, Homeward Hands Initiative, on Tuesday trained 150 returnee migrants in Badagry on fish farming, tailoring and phone repairs.

The returnees, most of whom came back from Libya, Niger and Mali in the past two years, were drawn from Lagos, Ogun and Oyo states.

Programme coordinator Mrs Folake Adeyemi said the two-week training was meant to help the returnees earn a living and avoid dangerous journeys across the desert.

She said each participant would receive a starter pack, including fingerlings and feed, a sewing machine or a set of repair tools.

Adeyemi said the organisation would also link graduates of the programme to microfinance banks in Badagry and Ikeja.

One of the participants, Mr Tunde Alabi, 29, said he spent eight months in a detention centre in Libya before he was flown back to Lagos.

"I want to stay at home now and build something with my hands," he said.

A NiDCOM official urged young people to use legal routes if they wanted to travel abroad for work.
"""),
    must_have=[
        "She said each participant would receive a starter pack, including fingerlings and feed, a sewing machine or a set of repair tools.",
        "Adeyemi said the organisation would also link graduates of the programme to microfinance banks in Badagry and Ikeja.",
    ],
)

# ---- cluster: Star Weekly page + noisy re-scrape ----

SW = rec(
    cluster="starweekly-sunshine-english-classes",
    title="Free evening English classes for newcomers fill up in Sunshine",
    date="2024-07-23",
    country="AU",
    region="oceania",
    authors=["Hannah Mercer"],
    lang="en",
    caption="Teacher Grace Nguyen with students at the Sunshine library.",
    credit="Damjan Janevski",
    paras=P("""
Free evening English classes for newly arrived migrants in Sunshine have filled up within a week, and a waiting list now has more than 80 names.

The classes run on Tuesday and Thursday nights at the Sunshine library and are taught by volunteers from a local community group.

Coordinator Grace Nguyen said many students worked during the day in warehouses, aged care and cleaning jobs and could not attend daytime courses.

Students come from Vietnam, South Sudan, Afghanistan, India and Myanmar, and some arrived in Australia only a few months ago.

The group also helps students practise for the Australian citizenship test and fill in forms for Medicare and Centrelink.

Brimbank City Council has agreed to provide a second room at the library from September so that another class can start.

Student Deng Malual said the classes helped him speak to his children's teachers and to his supervisor at work.

The group is looking for more volunteer tutors, especially people who can teach on weekend mornings.
"""),
    must_have=[
        "The group also helps students practise for the Australian citizenship test and fill in forms for Medicare and Centrelink.",
        "Brimbank City Council has agreed to provide a second room at the library from September so that another class can start.",
    ],
)
SW_PRE = ["Star Weekly", "Brimbank & North West", "News", "Sport", "Community", "Property", "Digital Editions"]
SW_HEAD = ["Hannah Mercer", "23 July, 2024"]
SW_CAP = ["Teacher Grace Nguyen with students at the Sunshine library. (Damjan Janevski) 422109_01"]
SW_TAIL = [["Do you have a story for us? Email news@starweekly.example.com.au"],
           ["Share", "Facebook", "X", "Email"], ["Related Stories"],
           ["Get your free digital edition of Star Weekly every Tuesday"],
           ["\u00a9 2024 Star News Group"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Star Weekly (Melbourne west): original of the re-scrape cluster; name line without 'By', credit in brackets with photo number.
    dict(SW, role="original", file="starweekly_sunshine_english_classes.txt", render="text",
         pre=[SW_PRE], head=[SW_HEAD], cap_lines=SW_CAP,
         inserts={2: ["Advertisement"], 5: ["Read also: Footscray market stalls to stay open later"]},
         tail=SW_TAIL),
    dict(SW, role="rescrape", file="starweekly_sunshine_english_classes_rescrape.txt.gz", render="text", noise=True,
         pre=[SW_PRE], head=[SW_HEAD], cap_lines=SW_CAP,
         inserts={5: ["Read also: Footscray market stalls to stay open later"]},
         tail=[["Subscribe to our newsletter"], *SW_TAIL]),
    # Struma (Blagoevgrad): original of the BTA cluster; 'Петрич, 18 септември (БТА) -' dateline, author line at the end.
    dict(BTA, role="original", file="struma_bta_petrich_sezonni_rabotnici_bg.txt", render="text",
         pre=[["Струма", "Новини", "Благоевград", "Петрич", "Сандански", "Криминални", "Спорт"]],
         head=[["18.09.2024 | 14:32"], ["Източник: БТА"]],
         inserts={2: ["Реклама"], 5: ["Прочетете още:", "Гранична полиция: засилен трафик на Кулата в събота"]},
         tail=[["Автор: Елена Стоянова"], ["Редактор: Петя Йорданова"], ["Сподели", "Facebook", "Viber"],
               ["Коментари"], ["\u00a9 2024 Вестник Струма. Всички права запазени."]]),
    # Sylhet Today (Bengali): BSS copy, dateline in Bengali digits.
    rec(cluster="sylhettoday-bss-remittance", role="single", file="sylhettoday_bss_remittance_bn.txt", render="text",
        title="সিলেটে প্রবাসী আয় বাড়ছে, ব্যাংকের শাখায় লম্বা লাইন",
        date="2025-03-12", dateline="সিলেট, ১২ মার্চ, ২০২৫ (বাসস) : ", city="Sylhet", country="BD", region="asia",
        lang="bn", agency="BSS",
        pre=[["সিলেটটুডে", "প্রচ্ছদ", "সিলেট", "জাতীয়", "প্রবাস", "খেলা", "বিনোদন"]],
        head=[["বাসস"], ["প্রকাশিত: ১২ মার্চ ২০২৫, ১৬:২০"]],
        inserts={2: ["বিজ্ঞাপন"], 5: ["আরও পড়ুন:", "ওসমানী বিমানবন্দরে প্রবাসীদের জন্য নতুন লাউঞ্জ"]},
        tail=[["শেয়ার করুন", "ফেসবুক", "হোয়াটসঅ্যাপ"], ["এই বিভাগের আরো খবর"], ["সর্বশেষ"],
              ["সম্পাদক ও প্রকাশক: সিলেটটুডে মিডিয়া লিমিটেড"], ["\u00a9 সিলেটটুডে ২০২৫, সর্বস্বত্ব সংরক্ষিত"]],
        paras=P("""
রমজান ও ঈদকে সামনে রেখে সিলেটে প্রবাসী আয় বা রেমিট্যান্স প্রবাহ বেড়েছে বলে জানিয়েছেন ব্যাংক কর্মকর্তারা।

নগরীর জিন্দাবাজার ও আম্বরখানা এলাকার ব্যাংকের শাখাগুলোতে সকাল থেকেই প্রবাসীদের স্বজনদের লম্বা লাইন দেখা যাচ্ছে।

একটি বেসরকারি ব্যাংকের শাখা ব্যবস্থাপক জানান, গত এক সপ্তাহে তাদের শাখায় আগের মাসের তুলনায় প্রায় দ্বিগুণ টাকা এসেছে।

সিলেট অঞ্চলের বহু পরিবারের সদস্য যুক্তরাজ্য, সৌদি আরব, সংযুক্ত আরব আমিরাত ও কাতারে কাজ করেন।

ব্যাংকগুলো ভিড় সামলাতে শুক্রবারও কয়েকটি শাখা খোলা রাখার সিদ্ধান্ত নিয়েছে।

বিশ্বনাথ উপজেলা থেকে আসা গৃহিণী রোকসানা বেগম বলেন, তার স্বামী দুবাই থেকে ঈদের খরচের টাকা পাঠিয়েছেন।

তিনি বলেন, মোবাইল ব্যাংকিংয়ে টাকা তোলা সহজ হলেও বড় অঙ্কের টাকা তিনি ব্যাংক থেকেই তোলেন।

কর্মকর্তারা বৈধ পথে টাকা পাঠাতে প্রবাসীদের প্রতি আহ্বান জানিয়েছেন এবং হুন্ডির মাধ্যমে লেনদেন না করার পরামর্শ দিয়েছেন।

তারা জানান, বৈধ পথে পাঠানো রেমিট্যান্সে সরকার আড়াই শতাংশ প্রণোদনা দিচ্ছে।

ব্যাংক কর্মকর্তারা আশা করছেন, ঈদের আগের সপ্তাহে রেমিট্যান্স প্রবাহ আরও বাড়বে।

নগরীর কয়েকটি মানি এক্সচেঞ্জের দোকানেও এ সময় ভিড় বেড়েছে বলে জানান ব্যবসায়ীরা।
"""),
        must_have=[
            "ব্যাংকগুলো ভিড় সামলাতে শুক্রবারও কয়েকটি শাখা খোলা রাখার সিদ্ধান্ত নিয়েছে।",
            "তারা জানান, বৈধ পথে পাঠানো রেমিট্যান্সে সরকার আড়াই শতাংশ প্রণোদনা দিচ্ছে।",
        ]),
    # Vysokyi Zamok (Lviv, Ukrainian): staff, Shehyni crossing, date with Ukrainian month name.
    rec(cluster="wz-shehyni-kordon", role="single", file="vysokyizamok_shehyni_kordon_uk.txt", render="text",
        title="На пункті пропуску «Шегині» відкрили окремий коридор для автобусів",
        date="2024-12-20", country="UA", region="europe", lang="uk", authors=["Оксана Гнатишин"],
        pre=[["Високий Замок", "Новини", "Львів", "Україна", "Світ", "Здоров'я", "Спорт"]],
        head=[["Оксана Гнатишин"], ["20 грудня 2024, 10:15"]],
        inserts={2: ["Реклама"], 5: ["Читайте також:", "Черги на кордоні з Польщею: що радять прикордонники"]},
        tail=[["Якщо ви помітили помилку, виділіть її та натисніть Ctrl+Enter"], ["Поділитися", "Facebook", "Telegram"],
              ["Підписуйтесь на наш Telegram-канал"], ["Популярне"], ["\u00a9 2024 «Високий Замок». Усі права захищено."]],
        paras=P("""
На пункті пропуску «Шегині» на кордоні з Польщею з понеділка запрацював окремий коридор для пасажирських автобусів, повідомили у Державній прикордонній службі.

Напередодні різдвяних свят кількість людей, які їдуть додому з Польщі, Чехії та Німеччини, зросла майже на третину.

Прикордонники кажуть, що автобуси раніше стояли в загальній черзі з легковиками по шість-вісім годин.

Тепер для них виділили дві смуги, а перевірка документів пасажирів відбувається прямо в салоні.

У пункті пропуску також облаштували намет обігріву, де можна випити гарячого чаю та зарядити телефон.

Водій автобуса з Вроцлава Андрій Кравець розповів, що цього разу його рейс перетнув кордон за дві години.

За даними служби, у грудні через «Шегині» щодня проходить понад 12 тисяч людей в обох напрямках.

Прикордонники радять пасажирам заздалегідь перевіряти чинність паспортів і мати при собі документи на дітей.

У службі також нагадали, що стежити за чергами на кордоні можна в режимі онлайн на офіційному сайті.

Перевізники очікують, що найбільший наплив пасажирів буде напередодні Нового року.

До кінця січня в пункті пропуску працюватимуть додаткові зміни прикордонників і митників.
"""),
        must_have=[
            "Тепер для них виділили дві смуги, а перевірка документів пасажирів відбувається прямо в салоні.",
            "У пункті пропуску також облаштували намет обігріву, де можна випити гарячого чаю та зарядити телефон.",
        ]),
    # Viikko Savo (Kuopio, Finnish): staff, language classes, 'Julkaistu' and 'Päivitetty' lines.
    rec(cluster="viikkosavo-suomen-kieli-iltakurssi", role="single", file="viikkosavo_kuopio_suomen_kieli_fi.txt", render="text",
        title="Kuopiossa aloitetaan suomen kielen iltakurssit työssä käyville maahanmuuttajille",
        date="2024-08-27", country="FI", region="europe", lang="fi", authors=["Sanna Kärkkäinen"],
        pre=[["Viikko Savo", "Uutiset", "Kuopio", "Pohjois-Savo", "Urheilu", "Mielipide", "Tilaa"]],
        head=[["Sanna Kärkkäinen"], ["Julkaistu 27.8.2024 6:00"], ["Päivitetty 27.8.2024 9:41"]],
        inserts={2: ["Mainos"], 5: ["Lue myös:", "Hoitoalan rekrytointi Filippiineiltä jatkuu"]},
        tail=[["Jaa", "Facebook", "WhatsApp"], ["Kommentoi"], ["Luetuimmat"], ["Tilaa Viikko Savon uutiskirje"],
              ["\u00a9 Keskisuomalainen Oyj"]],
        paras=P("""
Kuopiossa aloitetaan syyskuussa suomen kielen iltakurssit maahanmuuttajille, jotka käyvät päivisin töissä.

Kurssit järjestää kansalaisopisto yhdessä kaupungin kotoutumispalveluiden kanssa, ja ne ovat osallistujille maksuttomia.

Opetusta on maanantaisin ja keskiviikkoisin kello 17.30–19.45 Kuopion keskustassa ja Petosella.

Suunnittelija Laura Heikkinen kertoo, että kysyntä on kasvanut erityisesti hoiva-alalla ja rakennustyömailla työskentelevien keskuudessa.

Kurssilla harjoitellaan työpaikan arjessa tarvittavaa kieltä, kuten työvuorolistoja, turvallisuusohjeita ja puhelinkeskusteluja.

Monet osallistujista ovat tulleet Kuopioon Filippiineiltä, Intiasta, Vietnamista ja Ukrainasta.

Lähihoitajana työskentelevä Maria Santos sanoo, että hän haluaa oppia kieltä, jotta voisi hakea Suomen kansalaisuutta muutaman vuoden kuluttua.

Ryhmiin mahtuu yhteensä 90 opiskelijaa, ja ilmoittautuminen alkaa ensi maanantaina.

Kansalaisopiston mukaan kursseille on tulossa myös lastenhoito, jotta pienten lasten vanhemmat voivat osallistua opetukseen.

Heikkisen mukaan työnantajat ovat ottaneet hankkeen hyvin vastaan, ja osa heistä on luvannut joustaa työvuoroissa kurssipäivinä.

Kaupunki selvittää myös mahdollisuutta järjestää keväällä jatkokurssi niille, jotka haluavat valmistautua yleiseen kielitutkintoon.

Lisätietoja kursseista saa kotoutumispalveluiden neuvonnasta arkipäivisin sekä kaupungin verkkosivuilta suomeksi ja englanniksi.
"""),
        must_have=[
            "Opetusta on maanantaisin ja keskiviikkoisin kello 17.30–19.45 Kuopion keskustassa ja Petosella.",
            "Kurssilla harjoitellaan työpaikan arjessa tarvittavaa kieltä, kuten työvuorolistoja, turvallisuusohjeita ja puhelinkeskusteluja.",
        ]),
    # Tri-City News (Coquitlam, Glacier Media): staff, 'X and Y' byline with roles, Korean-Iranian festival.
    rec(cluster="tricitynews-diaspora-festival", role="single", file="tricitynews_coquitlam_diaspora_festival.txt", render="text",
        title="Lafarge Lake festival brings Korean, Persian and Filipino communities together",
        date="2024-06-17", country="CA", region="americas", lang="en", authors=["Jessie Tran", "Omid Karimi"],
        pre=[["Tri-City News", "Local News", "Coquitlam", "Port Coquitlam", "Port Moody", "Sports", "Local Events"]],
        head=[["Jessie Tran and Omid Karimi"], ["Reporter and Local Journalism Initiative reporter"], ["Jun 17, 2024 1:45 PM"]],
        inserts={2: ["Advertisement"], 5: ["READ: Coquitlam library adds settlement workers at City Centre branch"]},
        tail=[["Have a story tip? Email us at newsroom@tricitynews.example.com"], ["Comments"],
              ["We welcome your feedback and encourage you to share your thoughts."], ["Share", "Facebook", "Email"],
              ["\u00a9 2024 Tri-City News"]],
        paras=P("""
Thousands of people filled the grounds around Lafarge Lake on Saturday for a festival that brought together Coquitlam's Korean, Persian and Filipino communities for the first time.

The free event was organized by three diaspora associations with support from the City of Coquitlam.

Food tents served bibimbap, kabob koobideh and lechon, while dance groups performed on a stage near the lake.

Organizer Min-ji Park said the idea came from parents who met at English conversation circles at the city library.

Newcomer families could also talk to settlement workers about housing, language classes and school registration.

A booth run by volunteers helped permanent residents check whether they were ready to apply for Canadian citizenship.

Coquitlam has one of the largest Korean and Iranian communities in British Columbia, according to census data.

Organizers say they hope to make the festival an annual event and add a Ukrainian stage next year.

The city said about 6,000 people attended over the day.
"""),
        must_have=[
            "Newcomer families could also talk to settlement workers about housing, language classes and school registration.",
            "A booth run by volunteers helped permanent residents check whether they were ready to apply for Canadian citizenship.",
        ]),
    # Primera Edición (Posadas, Spanish): staff, Posadas-Encarnación bridge.
    rec(cluster="primeraedicion-puente-encarnacion", role="single", file="primeraedicion_posadas_puente_es.txt", render="text",
        title="Récord de cruces por el puente Posadas-Encarnación en el fin de semana largo",
        date="2024-10-14", country="AR", region="americas", lang="es",
        pre=[["Primera Edición", "Posadas", "Misiones", "Política", "Policiales", "Deportes", "Sociedad"]],
        head=[["14 de octubre de 2024"], ["Por Redacción Primera Edición"]],
        inserts={2: ["Publicidad"], 5: ["Te puede interesar:", "Migraciones habilitó nuevas cabinas en el Centro de Frontera"]},
        tail=[["Compartí esta nota", "Facebook", "WhatsApp"], ["Seguinos en Google News"], ["Más noticias"],
              ["\u00a9 2024 Primera Edición. Todos los derechos reservados."]],
        paras=P("""
Más de 60 mil personas cruzaron el puente San Roque González de Santa Cruz entre Posadas y Encarnación durante el fin de semana largo, según datos de la Dirección Nacional de Migraciones.

La mayoría de los viajeros fueron misioneros que viajaron a Paraguay para hacer compras y paraguayos residentes en Argentina que visitaron a sus familias.

En los momentos de mayor movimiento, las filas de autos superaron las tres horas de espera del lado argentino.

Las autoridades habilitaron cuatro cabinas extra y un carril exclusivo para peatones y ciclistas en el Centro de Frontera.

El tren internacional que une ambas ciudades también registró cifras récord con más de 12 mil pasajeros.

Comerciantes de Encarnación dijeron que la diferencia cambiaria sigue atrayendo a compradores argentinos.

Mientras tanto, muchas familias paraguayas que viven en Posadas aprovecharon el feriado para llevar regalos a sus parientes.

Desde Migraciones recomendaron realizar los trámites con documento vigente y evitar los horarios pico del sábado por la mañana.
"""),
        must_have=[
            "Las autoridades habilitaron cuatro cabinas extra y un carril exclusivo para peatones y ciclistas en el Centro de Frontera.",
            "El tren internacional que une ambas ciudades también registró cifras récord con más de 12 mil pasajeros.",
        ]),
    # Qods (Mashhad, Persian): IRNA copy, 'مشهد- ایرنا-' dateline, Solar Hijri date.
    rec(cluster="qods-irna-mashhad-sarrafi", role="single", file="qods_irna_mashhad_sarrafi_fa.txt", render="text",
        title="راه‌اندازی باجه‌های ارزی ویژه کارگران بازگشته از خارج در مشهد",
        date="2024-05-11", dateline="مشهد- ایرنا- ", city="Mashhad", country="IR", region="asia", lang="fa", agency="IRNA",
        pre=[["روزنامه قدس", "صفحه نخست", "مشهد", "ایران", "اقتصاد", "جهان", "ورزش"]],
        head=[["کد خبر: 918452"], ["۲۲ اردیبهشت ۱۴۰۳ - ۱۱:۴۰"]],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید:", "افزایش پروازهای مشهد به کشورهای حاشیه خلیج فارس"]},
        tail=[["منبع: ایرنا"], ["اشتراک گذاری", "تلگرام", "واتساپ"], ["اخبار مرتبط"], ["نظرات"],
              ["کلیه حقوق این سایت متعلق به روزنامه قدس است."]],
        paras=P("""
بانک‌های استان خراسان رضوی در مشهد باجه‌های ویژه‌ای برای تبدیل ارز کارگرانی که از کشورهای همسایه بازگشته‌اند راه‌اندازی کردند.

به گفته یک مقام بانکی، این باجه‌ها در شعب مرکزی خیابان امام رضا و بلوار وکیل‌آباد فعال شده است.

هر سال هزاران کارگر اهل خراسان برای کار در کشورهای حاشیه خلیج فارس به خارج سفر می‌کنند و در ماه‌های گرم به خانه بازمی‌گردند.

این کارگران تاکنون برای تبدیل درآمد خود بیشتر به صرافی‌های غیرمجاز مراجعه می‌کردند.

باجه‌های جدید تا ساعت هفت عصر باز هستند و کارگران می‌توانند با ارائه گذرنامه درآمد خود را به ریال تبدیل کنند.

یکی از کارگران بازگشته به نام رضا محمدی گفت که پس از دو سال کار در ساختمان‌سازی به خانه برگشته است.

او افزود که می‌خواهد با پس‌انداز خود یک مغازه کوچک در روستای خود باز کند.

مسئولان استان همچنین از برگزاری دوره‌های آموزش مهارت برای کارگران بازگشته خبر دادند.

این دوره‌ها از ماه آینده در مراکز فنی و حرفه‌ای مشهد و نیشابور برگزار می‌شود.
"""),
        must_have=[
            "باجه‌های جدید تا ساعت هفت عصر باز هستند و کارگران می‌توانند با ارائه گذرنامه درآمد خود را به ریال تبدیل کنند.",
            "مسئولان استان همچنین از برگزاری دوره‌های آموزش مهارت برای کارگران بازگشته خبر دادند.",
        ]),
    # Pasifika TV (New Zealand): staff, RSE seasonal workers, relative-time stamp.
    rec(cluster="pasifikatv-rse-workers-savings", role="single", file="pasifikatv_rse_workers_savings.txt", render="text",
        title="Seasonal workers heading home to Vanuatu with record savings, employers say",
        date="2024-05-09", country="NZ", region="oceania", lang="en", authors=["Losa Tuimavave"],
        pre=[["Pasifika TV", "News", "Pacific", "Aotearoa", "Sport", "Culture", "Watch"]],
        head=[["Losa Tuimavave", "Pasifika TV reporter"], ["9 May 2024"]],
        inserts={2: ["Advertisement"], 5: ["RELATED: Tongan church choirs gather in South Auckland"]},
        tail=[["Got a story? Contact our newsroom."], ["Share this story", "Facebook", "X"], ["More from Pacific"],
              ["Watch Pasifika TV on Freeview channel 29"], ["\u00a9 2024 Pasifika TV"]],
        paras=P("""
Hundreds of Recognised Seasonal Employer workers are heading home to Vanuatu this month with more savings than in any season before, orchard employers in Hawke's Bay say.

The workers picked apples and pears from October and many will leave from Napier on charter flights over the next two weeks.

Employer representative Tom Fielding said the average worker had saved about NZ$9000 after accommodation and transport costs.

He said higher wages and more hours during a long harvest had made the difference this year.

Worker Jimmy Kalsakau said he would use his savings to put a new roof on his family home on Tanna and pay school fees for his three children.

Community leaders in Hastings held a farewell service on Sunday with singing and a shared meal for the workers.

Some workers said they still found it expensive to send money home through banks and money transfer shops.

The Ministry of Social Development said it was looking at ways to lower remittance costs for Pacific families.
"""),
        must_have=[
            "He said higher wages and more hours during a long harvest had made the difference this year.",
            "Community leaders in Hastings held a farewell service on Sunday with singing and a shared meal for the workers.",
        ]),
    # Pearl Times (Uganda): staff, diaspora remittances.
    rec(cluster="pearltimes-uganda-diaspora-remittances", role="single", file="pearltimes_uganda_diaspora_remittances.txt", render="text",
        title="Diaspora remittances to Uganda rise as mobile money transfers grow",
        date="2025-02-04", country="UG", region="africa", lang="en", authors=["Brian Ssemakula"],
        pre=[["Pearl Times", "Home", "News", "Business", "Diaspora", "Sports", "Opinion"]],
        head=[["By Brian Ssemakula"], ["February 4, 2025"], ["3 min read"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Also Read: Ugandans in Dubai launch savings group for returnees"]},
        tail=[["Share this:", "Facebook", "WhatsApp", "X"], ["Like this:", "Loading..."], ["Related"], ["Leave a Reply"],
              ["\u00a9 2025 Pearl Times Uganda"]],
        paras=P("""
Money sent home by Ugandans living and working abroad rose last year, with a growing share coming through mobile money platforms rather than banks.

Figures released by the Bank of Uganda show that most of the money came from the Middle East, the United Kingdom and the United States.

Many of the senders are young people working as domestic workers, security guards and drivers in Saudi Arabia and the United Arab Emirates.

Economist Grace Namutebi said remittances were now among the country's biggest sources of foreign exchange, ahead of several export crops.

She said families used the money mostly to pay school fees, build houses and start small businesses.

Money transfer shops in Kampala's Kikuubo area said customers increasingly receive money directly on their phones.

Rose Nakato, whose daughter works in Riyadh, said she no longer travels to town to collect the money.

The central bank urged Ugandans abroad to use licensed channels to send money home.
"""),
        must_have=[
            "She said families used the money mostly to pay school fees, build houses and start small businesses.",
            "Money transfer shops in Kampala's Kikuubo area said customers increasingly receive money directly on their phones.",
        ]),
]

TEXT_STORIES.append(
    # Sunshine Coast News (Queensland): staff, byline with role, Filipino community association.
    rec(cluster="sunshinecoastnews-filipino-association", role="single", file="sunshinecoastnews_filipino_association.txt", render="text",
        title="Filipino association opens Nambour hub for new arrivals and aged care workers",
        date="2024-10-02", country="AU", region="oceania", lang="en", authors=["Kirsty Bowden"],
        pre=[["Sunshine Coast News", "News", "Community", "Business", "Property", "Food", "Events"]],
        head=[["Kirsty Bowden", "Journalist"], ["Published 2 October 2024"]],
        inserts={2: ["Advertisement"], 5: ["RELATED: Maroochydore library runs citizenship test practice sessions"]},
        tail=[["Got a news tip? Send it to newsdesk@sunshinecoastnews.example.com.au"], ["Share", "Facebook", "Email"],
              ["Sign up to our free daily newsletter"], ["Latest News"], ["\u00a9 2024 Sunshine Coast News"]],
        paras=P("""
A Filipino community association has opened a drop-in hub in Nambour to help new arrivals find housing, work and English classes.

The hub operates from a former shopfront on Currie Street and is staffed by volunteers on Wednesday afternoons and Saturday mornings.

Association president Marites Dela Cruz said many members had come to the region on skilled visas to work in aged care and hospitals.

She said newcomers often struggled to find rentals and did not know where to get help with tax and superannuation.

Volunteers will also run a monthly remittance clinic to explain the fees charged by banks and money transfer services.

Sunshine Coast Council provided a community grant of $15,000 to cover rent for the first year.

Aged care worker Joy Santos said she arrived in January and wished the hub had been open when she was looking for a home.

The association will hold a Philippine Independence Day celebration in Nambour next June.
"""),
        must_have=[
            "The hub operates from a former shopfront on Currie Street and is staffed by volunteers on Wednesday afternoons and Saturday mornings.",
            "Volunteers will also run a monthly remittance clinic to explain the fees charged by banks and money transfer services.",
        ]))


# ---- HTML pages ---------------------------------------------------------------

SITE_SK = site("Selangorkini", "https://www.selangorkini.example.my", " - Selangorkini", "ms_MY", "@selangorkini",
               ["Berita", "Selangor", "Nasional", "Ekonomi", "Sukan", "Video"],
               ["Hak Cipta \u00a9 2024 Selangorkini. Semua Hak Terpelihara.", "Hubungi Kami", "Dasar Privasi"],
               share=["Kongsi", "Facebook", "WhatsApp"])
SITE_OD = site("Osun Defender", "https://www.osundefender.example.com", " - Osun Defender", "en_NG", "@osundefender",
               ["News", "Osun", "Politics", "Business", "Sports", "Opinion"],
               ["\u00a9 2024 Osun Defender. All Rights Reserved.", "About Us", "Advertise"],
               share=["Share", "Facebook", "WhatsApp"])
SITE_PM = site("برلماني", "https://www.parlmany.example.com", " - برلماني", "ar_EG", "@parlmany",
               ["الرئيسية", "أخبار البرلمان", "محافظات", "اقتصاد", "حوادث", "منوعات"],
               ["جميع الحقوق محفوظة \u00a9 برلماني 2024", "من نحن", "اتصل بنا"],
               share=["مشاركة", "فيسبوك", "واتساب"])
SITE_OP = site("Offenbach-Post", "https://www.op-online.example.de", " | Offenbach-Post", "de_DE", "@oponline",
               ["Offenbach", "Region", "Hessen", "Sport", "Wirtschaft", "Kultur"],
               ["\u00a9 Offenbach-Post 2024", "Impressum", "Datenschutz"],
               share=["Teilen", "Facebook", "WhatsApp"],
               cookie="Wir und unsere Partner nutzen Cookies und ähnliche Technologien, um unsere Website zu verbessern.",
               cookie_title="Ihre Privatsphäre", buttons=["Akzeptieren und weiter"])
SITE_MB = site("Mensageiro de Bragança", "https://www.mensageirodebraganca.example.pt", " - Mensageiro de Bragança", "pt_PT", "@mensageirobgc",
               ["Região", "Sociedade", "Economia", "Cultura", "Desporto", "Opinião"],
               ["\u00a9 2024 Mensageiro de Bragança. Todos os direitos reservados.", "Estatuto editorial", "Ficha técnica"],
               share=["Partilhar", "Facebook", "WhatsApp"])
SITE_UR = site("Uniradio Informa", "https://www.uniradioinforma.example.com", " | Uniradio Informa", "es_MX", "@uniradioinforma",
               ["Tijuana", "Baja California", "Nacional", "Frontera", "Deportes", "Espectáculos"],
               ["\u00a9 2024 Uniradio Informa. Todos los derechos reservados.", "Aviso de privacidad", "Contacto"],
               share=["Compartir", "Facebook", "WhatsApp"], top=["Escucha en vivo", "Clima Tijuana 18°C"])
SITE_KN = site("경남신문", "https://www.knnews.example.co.kr", " - 경남신문", "ko_KR", "@knnews",
               ["정치", "경제", "사회", "문화", "스포츠", "오피니언"],
               ["Copyright \u00a9 경남신문. 무단전재-재배포 금지", "회사소개", "개인정보처리방침"],
               share=["페이스북", "카카오스토리", "URL복사"], top=["로그인", "회원가입", "지면보기"])
SITE_PK = site("Pos Kupang", "https://kupang.example-tribunnews.com", " - Pos-kupang.com", "id_ID", "@poskupang",
               ["Home", "Kupang", "NTT", "Nasional", "Bisnis", "Sport"],
               ["\u00a9 2024 Pos-kupang.com. All rights reserved.", "Redaksi", "Pedoman Media Siber"],
               share=["Bagikan", "Facebook", "WhatsApp"])
SITE_TW = site("TVP World", "https://tvpworld.example.com", " | TVP World", "en_GB", "@TVPWorld_com",
               ["Poland", "Europe", "World", "Business", "Culture", "Watch live"],
               ["\u00a9 Telewizja Polska S.A. 2024", "Privacy policy", "Contact"],
               share=["Share", "Facebook", "X"],
               cookie="We use cookies to provide services and for statistical and advertising purposes.", buttons=["Accept all", "Settings"])

HTML_STORIES = [
    # Selangorkini: original of the Bernama cluster.
    dict(BER, role="original", file="selangorkini_bernama_johorbahru_ulang_alik_ms.html", render="html",
         site=SITE_SK, section="Nasional", meta_section="Nasional",
         url="https://www.selangorkini.example.my/2024/11/lebih-300000-pekerja-ulang-alik-ke-singapura-setiap-hari/",
         published="2024-11-05T13:10:00+08:00",
         byline_lines=["Oleh Nurul Aina Hashim", "BERNAMA"], date_lines=["5 November 2024, 1:10 PM"],
         caption="Penunggang motosikal beratur di Bangunan Sultan Iskandar awal pagi.", credit="BERNAMA", credit_shown="Foto BERNAMA",
         inserts={2: [("ad", "Iklan")], 5: [("link", "BACA JUGA:", "Bas percuma ke Hospital Sultanah Aminah diteruskan")]},
         end_lines=["-- BERNAMA"],
         lists=[("Berita Terkini", ["Pelajar TVET Selangor ke Jepun", "Kadar tol Laluan Kedua kekal"])],
         newsletter_end=["Ikuti kami di Telegram", "Sertai saluran WhatsApp Selangorkini"]),
    # Osun Defender: original of the NAN cluster.
    dict(NAN, role="original", file="osundefender_nan_badagry_returnees.html", render="html",
         site=SITE_OD, section="News", meta_section="News",
         url="https://www.osundefender.example.com/nidcom-ngo-train-150-returnee-migrants-in-badagry/",
         published="2024-11-12T19:25:00+01:00",
         byline_lines=["By Adebayo Ogunleye (NAN)"], date_lines=["November 12, 2024"],
         inserts={2: [("ad", "Advertisement")], 5: [("link", "READ ALSO:", "Osun begins registration of returnee artisans")]},
         end_lines=["Edited by Kamal Tayo Oropo", "(NAN)"], editors=["Kamal Tayo Oropo"],
         lists=[("Most Read", ["Ilesa traders protest new levy", "Osogbo diaspora day holds in December"])],
         comments=["Leave a Reply", "Your email address will not be published."]),
    # Parlmany (Arabic, Egypt): MENA copy, 'كتب أ ش أ' desk byline, no dateline.
    rec(cluster="parlmany-mena-tahweelat", role="single", file="parlmany_mena_tahweelat_ar.html", render="html",
        site=SITE_PM, title="ارتفاع تحويلات المصريين العاملين بالخارج وخدمات جديدة لفتح حسابات بالعملة الأجنبية",
        date="2024-09-24", country="EG", region="africa", lang="ar", agency="MENA",
        section="اقتصاد", meta_section="اقتصاد",
        url="https://www.parlmany.example.com/News/7/412553/ارتفاع-تحويلات-المصريين-العاملين-بالخارج",
        description="البنوك تتيح للمصريين بالخارج فتح حسابات عبر التطبيقات الإلكترونية.",
        published="2024-09-24T14:10:00+03:00",
        ld_author=[{"@type": "Organization", "name": "أ ش أ"}],
        byline_lines=["كتب أ ش أ"], date_lines=["الثلاثاء، 24 سبتمبر 2024 02:10 م"],
        inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضا:", "مبادرة جديدة لتيسير استيراد سيارات المصريين بالخارج")]},
        lists=[("الأكثر قراءة", ["موعد صرف المعاشات", "أسعار الذهب اليوم"])],
        paras=P("""
أعلن البنك المركزي المصري ارتفاع تحويلات المصريين العاملين بالخارج خلال شهر يوليو الماضي مقارنة بالشهر نفسه من العام السابق.

وأوضح البنك في بيان أن التحويلات جاءت بشكل رئيسي من العاملين في المملكة العربية السعودية والكويت والإمارات وقطر.

وأشار البيان إلى أن البنوك المصرية أتاحت للمصريين في الخارج فتح حسابات بالعملة الأجنبية عبر التطبيقات الإلكترونية دون الحاجة إلى زيارة الفروع.

كما خفضت عدة بنوك رسوم التحويل للأسر في المحافظات، وخاصة في صعيد مصر والدلتا.

وقال مسؤول مصرفي إن شركات الصرافة المرخصة ومكاتب البريد تشارك أيضا في صرف التحويلات للمستفيدين.

وأضاف أن الاعتماد على القنوات الرسمية يساعد على توفير العملة الأجنبية ويحمي الأسر من مخاطر السوق الموازية.

ويعمل ملايين المصريين في الخارج، ويعد دخلهم من أهم مصادر النقد الأجنبي للبلاد.

ودعت وزارة الهجرة وشؤون المصريين بالخارج المواطنين إلى متابعة المبادرات الجديدة عبر موقعها الإلكتروني.

وأكدت الوزارة أنها ستعقد لقاءات دورية مع الجاليات المصرية في دول الخليج للتعريف بهذه الخدمات.

كما أشارت إلى أن مكاتب خدمة المواطنين في المطارات ستقدم معلومات عن الحسابات الجديدة للقادمين في الإجازات.
"""),
        must_have=[
            "كما خفضت عدة بنوك رسوم التحويل للأسر في المحافظات، وخاصة في صعيد مصر والدلتا.",
            "وقال مسؤول مصرفي إن شركات الصرافة المرخصة ومكاتب البريد تشارك أيضا في صرف التحويلات للمستفيدين.",
        ]),
    # Offenbach-Post (gzipped): dpa copy, 'Offenbach (dpa/lhe) -' dateline, 'Aktualisiert' line.
    rec(cluster="oponline-dpa-offenbach-einbuergerung", role="single", file="oponline_dpa_offenbach_einbuergerung_de.html.gz", render="html",
        site=SITE_OP, title="Offenbach richtet Abendsprechstunde für Einbürgerungen ein",
        date="2024-07-02", dateline="Offenbach (dpa/lhe) - ", city="Offenbach", country="DE", region="europe", lang="de", agency="dpa",
        section="Offenbach", meta_section="Offenbach",
        url="https://www.op-online.example.de/offenbach/offenbach-abendsprechstunde-einbuergerung-93158842.html",
        description="Nach der Reform des Staatsangehörigkeitsrechts steigen die Anträge stark an.",
        published="2024-07-02T11:48:00+02:00", modified="2024-07-02T15:20:00+02:00",
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        byline_lines=["Von dpa"], date_lines=["Stand: 02.07.2024, 11:48 Uhr", "Aktualisiert: 02.07.2024, 15:20 Uhr"],
        caption="Antragsteller warten im Bürgerbüro.", credit="Frank Rumpenhorst/dpa", credit_shown="\u00a9 Frank Rumpenhorst/dpa",
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Lesen Sie auch:", "Integrationsbeirat wählt neuen Vorsitz")]},
        lists=[("Meistgelesen", ["Wochenmarkt zieht um", "Neue Buslinie nach Rumpenheim"])],
        paras=P("""
Die Stadt Offenbach bietet nach der Reform des Staatsangehörigkeitsrechts eine Abendsprechstunde für Menschen an, die sich einbürgern lassen wollen.

Seit Ende Juni seien mehr als doppelt so viele Anträge eingegangen wie im Vorjahreszeitraum, teilte die Stadtverwaltung am Dienstag mit.

In Offenbach hat mehr als jeder zweite Einwohner eine Migrationsgeschichte, der Anteil gilt als einer der höchsten in Deutschland.

Die Sprechstunde findet jeden Donnerstag von 17 bis 20 Uhr im Rathaus statt, damit auch Berufstätige ohne Urlaubstag beraten werden können.

Die Stadt hat dafür vier zusätzliche Sachbearbeiterinnen und Sachbearbeiter eingestellt.

Viele Antragsteller stammen aus der Türkei, Griechenland, Marokko und den Ländern des früheren Jugoslawiens.

Nach dem neuen Recht ist eine Einbürgerung in der Regel schon nach fünf Jahren möglich, eine doppelte Staatsangehörigkeit wird grundsätzlich erlaubt.

Die Volkshochschule bietet zudem zusätzliche Vorbereitungskurse für den Einbürgerungstest an.

Ein Termin für die Abendsprechstunde kann online oder telefonisch beim Bürgerbüro vereinbart werden.

Die Stadt rechnet damit, dass die Zahl der Anträge bis zum Jahresende weiter steigt.
"""),
        must_have=[
            "Die Stadt hat dafür vier zusätzliche Sachbearbeiterinnen und Sachbearbeiter eingestellt.",
            "Die Volkshochschule bietet zudem zusätzliche Vorbereitungskurse für den Einbürgerungstest an.",
        ]),
    # Mensageiro de Bragança (Portuguese): Lusa copy, 'Bragança, 10 ago 2024 (Lusa) -' dateline.
    rec(cluster="mensageiro-lusa-festa-emigrante", role="single", file="mensageirobraganca_lusa_festa_emigrante_pt.html", render="html",
        site=SITE_MB, title="Aldeias do Nordeste Transmontano enchem-se de emigrantes para as festas de agosto",
        date="2024-08-10", dateline="Bragança, 10 ago 2024 (Lusa) - ", city="Bragança", country="PT", region="europe", lang="pt", agency="Lusa",
        section="Sociedade", meta_section="Sociedade",
        url="https://www.mensageirodebraganca.example.pt/sociedade/aldeias-do-nordeste-enchem-se-de-emigrantes/",
        description="A população de algumas aldeias triplica durante o mês de agosto.",
        published="2024-08-10T12:30:00+01:00",
        ld_author=[{"@type": "Organization", "name": "Lusa"}],
        byline_lines=["Lusa"], date_lines=["10 de agosto de 2024"],
        caption="Festa do emigrante numa aldeia do concelho de Bragança.", credit="Lusa", credit_shown="Foto: Arquivo/Lusa",
        inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia também:", "Câmara de Vinhais apoia regresso de emigrantes")]},
        end_lines=["HYT // SSS", "Lusa/Fim"],
        lists=[("Mais lidas", ["Feira das Cantarinhas bate recorde", "Nova ligação de autocarro a Madrid"])],
        paras=P("""
As aldeias do distrito de Bragança voltaram a encher-se de emigrantes em agosto, o mês das festas populares e dos reencontros familiares.

Em algumas localidades do concelho, a população triplica durante estas semanas, segundo as juntas de freguesia.

A maioria dos emigrantes vive em França, na Suíça, no Luxemburgo e em Espanha e chega de carro depois de viagens de mais de vinte horas.

O presidente da junta de freguesia de Rebordãos, Manuel Pires, disse que as festas são organizadas durante o ano inteiro a pensar nos que estão fora.

Os cafés e minimercados das aldeias aproveitam para fazer o melhor mês de vendas do ano.

A Associação de Emigrantes do Nordeste organiza no dia 15 um almoço convívio para mais de 600 pessoas.

Muitos emigrantes aproveitam também a estadia para tratar de documentos, obras nas casas e consultas médicas.

Alguns autarcas pedem medidas que incentivem o regresso definitivo de famílias emigrantes à região.
"""),
        must_have=[
            "Os cafés e minimercados das aldeias aproveitam para fazer o melhor mês de vendas do ano.",
            "Muitos emigrantes aproveitam também a estadia para tratar de documentos, obras nas casas e consultas médicas.",
        ]),
    # Uniradio Informa (Tijuana, Spanish): staff, remittance shops near the border.
    rec(cluster="uniradio-tijuana-remesas", role="single", file="uniradioinforma_tijuana_remesas_es.html", render="html",
        site=SITE_UR, title="Casas de envío en Tijuana registran filas por el Día de las Madres",
        date="2024-05-08", country="MX", region="americas", lang="es", authors=["Karla Beltrán"],
        section="Tijuana", meta_section="Tijuana",
        url="https://www.uniradioinforma.example.com/noticias/tijuana/articulo_782144.html",
        description="Migrantes que trabajan en Tijuana envían dinero a sus familias en el sur del país.",
        published="2024-05-08T19:40:00-07:00",
        byline_lines=["Karla Beltrán / Uniradio Informa"], date_lines=["Miércoles, 08 de mayo de 2024, 19:40"],
        caption="Personas esperan en una casa de envío de la Zona Centro.", credit="Karla Beltrán", credit_shown="Foto: Karla Beltrán",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Te recomendamos:", "Garita de San Ysidro amplía horario de carril Ready Lane")]},
        lists=[("Lo más leído", ["Reabren albergue en la Zona Norte", "Filas en la garita de Otay"])],
        paras=P("""
Las casas de envío de dinero de la Zona Centro de Tijuana registraron largas filas esta semana, días antes del Día de las Madres.

Muchos de los clientes son migrantes de Oaxaca, Guerrero y Chiapas que trabajan en la industria maquiladora de la ciudad.

También acuden personas de Honduras y Haití que esperan una cita para pedir asilo en Estados Unidos y envían parte de lo que ganan a sus familias.

El encargado de una casa de cambio sobre la avenida Constitución dijo que el número de envíos aumentó casi un 40 por ciento respecto a la semana anterior.

Los envíos más comunes son de entre 50 y 150 dólares, y muchos clientes pagan en efectivo.

La trabajadora de maquila Rosa Hernández contó que envía dinero cada quincena a su madre en Juchitán.

Comerciantes de la zona pidieron más vigilancia policial durante las tardes, cuando aumenta la afluencia.

La Procuraduría Federal del Consumidor recomendó comparar comisiones y tipo de cambio antes de enviar dinero.
"""),
        must_have=[
            "Los envíos más comunes son de entre 50 y 150 dólares, y muchos clientes pagan en efectivo.",
            "Comerciantes de la zona pidieron más vigilancia policial durante las tardes, cuando aumenta la afluencia.",
        ]),
    # Kyeongnam Shinmun (Korean): staff, '글·사진=' byline shape, Gimhae migrant workers' Korean classes.
    rec(cluster="knnews-gimhae-hangugeo", role="single", file="kyeongnamshinmun_gimhae_hangugeo_ko.html", render="html",
        site=SITE_KN, title="김해 외국인 노동자 야간 한국어 교실 수강생 두 배로",
        date="2024-04-16", country="KR", region="asia", lang="ko", authors=["박서연"],
        section="사회", meta_section="사회",
        url="https://www.knnews.example.co.kr/news/articleView.php?idxno=1442871",
        description="김해시 외국인주민지원센터는 평일 저녁 한국어 교실을 늘렸다.",
        published="2024-04-16T08:05:00+09:00",
        byline_lines=["글·사진= 박서연 기자"], date_lines=["입력 : 2024-04-16 08:05:00 (화)"],
        caption="김해시 외국인주민지원센터에서 외국인 노동자들이 한국어 수업을 듣고 있다.", credit="박서연 기자", credit_shown="/박서연 기자/",
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "창원 이주민 축제 5월 개최")]},
        end_lines=["박서연 기자 psy@knnews.example.co.kr"],
        lists=[("많이 본 뉴스", ["김해공항 국제선 증편", "진영 단감 축제 준비"])],
        paras=P("""
김해시 외국인주민지원센터의 야간 한국어 교실 수강생이 지난해보다 두 배 가까이 늘었다.

센터는 올해 평일 저녁 한국어 교실을 8개 반에서 15개 반으로 늘리고 주말 반도 새로 만들었다.

수강생 대부분은 김해 지역 제조업체에서 일하는 베트남, 네팔, 캄보디아, 우즈베키스탄 출신 노동자들이다.

센터 관계자는 "낮에는 공장에서 일하고 저녁에 공부하러 오는 사람이 많다"며 "작업장 안전 용어와 병원 이용 방법도 함께 가르친다"고 말했다.

수업은 월요일부터 목요일까지 저녁 7시부터 9시까지 진행되며 수강료는 무료다.

네팔 출신 노동자 람 타파 씨는 "한국어를 배워서 동료들과 더 많이 이야기하고 싶다"고 말했다.

센터는 한국어능력시험을 준비하는 노동자를 위한 특별반도 다음 달부터 운영할 예정이다.

김해시는 외국인 주민이 2만 명을 넘어 경남에서 가장 많은 편이라고 밝혔다.

센터는 수업이 끝난 뒤 노동자들이 고향 가족과 영상 통화를 할 수 있도록 휴게실도 밤 10시까지 개방한다.

김해시 관계자는 "한국어를 잘하는 노동자일수록 작업장 사고가 줄고 지역 사회에도 빨리 적응한다"며 "강사 인력을 더 늘리겠다"고 말했다.

센터는 또 주말에는 베트남어와 네팔어 통역 봉사자가 상주하는 고충 상담 창구를 운영하고 있다.

수강 신청은 센터를 직접 방문하거나 전화로 할 수 있으며, 외국인등록증을 지참해야 한다.
"""),
        must_have=[
            "수업은 월요일부터 목요일까지 저녁 7시부터 9시까지 진행되며 수강료는 무료다.",
            "센터는 한국어능력시험을 준비하는 노동자를 위한 특별반도 다음 달부터 운영할 예정이다.",
        ]),
    # Pos Kupang (Indonesian): Antara copy, 'Kupang (ANTARA) -' dateline, editor line.
    rec(cluster="poskupang-antara-pmi-pulang", role="single", file="poskupang_antara_pmi_pulang_id.html", render="html",
        site=SITE_PK, title="BP3MI NTT sambut kepulangan 87 pekerja migran dari Malaysia",
        date="2024-08-07", dateline="Kupang (ANTARA) - ", city="Kupang", country="ID", region="asia", lang="id", agency="Antara",
        editors=["Yosef Laba"], section="NTT", meta_section="NTT",
        url="https://kupang.example-tribunnews.com/2024/08/07/bp3mi-ntt-sambut-kepulangan-87-pekerja-migran-dari-malaysia",
        description="Para pekerja migran tiba di Bandara El Tari dan dipulangkan ke daerah asal.",
        published="2024-08-07T17:22:00+08:00",
        ld_author=[{"@type": "Organization", "name": "ANTARA"}],
        byline_lines=["Penulis: ANTARA", "Editor: Yosef Laba"], date_lines=["Rabu, 7 Agustus 2024 17:22 WITA"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Baca juga:", "Pemprov NTT buka pelatihan bahasa Jepang untuk calon PMI")]},
        tags=("Tags:", ["PMI", "Kupang", "Malaysia"]),
        lists=[("Berita Populer", ["Harga tiket kapal ke Rote turun", "Festival tenun ikat di Sikka"])],
        paras=P("""
Balai Pelayanan Pelindungan Pekerja Migran Indonesia (BP3MI) Nusa Tenggara Timur menyambut kepulangan 87 pekerja migran dari Malaysia di Bandara El Tari, Kupang, Rabu.

Para pekerja tersebut sebagian besar bekerja di perkebunan kelapa sawit di Sabah dan Sarawak.

Kepala BP3MI NTT mengatakan sebagian pekerja pulang karena kontrak habis, sementara yang lain dideportasi karena tidak memiliki dokumen lengkap.

Petugas memeriksa kesehatan para pekerja dan mendata keterampilan mereka sebelum dipulangkan ke kabupaten asal.

Pemerintah provinsi menyediakan bus untuk mengantar pekerja ke Timor Tengah Selatan, Belu dan Malaka.

Seorang pekerja, Yohanes Seran, mengatakan dia bekerja selama enam tahun di Sabah dan ingin membuka usaha ternak babi di kampungnya.

BP3MI mengimbau warga yang ingin bekerja ke luar negeri untuk mendaftar melalui jalur resmi agar terlindungi.

Menurut data balai tersebut, NTT termasuk provinsi dengan jumlah pekerja migran tidak berdokumen tertinggi di Indonesia.

Pemerintah daerah juga akan memberikan pelatihan usaha kecil bagi pekerja yang memilih tetap tinggal di kampung halaman.

Selain itu, petugas membantu pekerja yang belum menerima sisa gaji dari majikan mereka di Malaysia.
"""),
        must_have=[
            "Petugas memeriksa kesehatan para pekerja dan mendata keterampilan mereka sebelum dipulangkan ke kabupaten asal.",
            "Pemerintah provinsi menyediakan bus untuk mengantar pekerja ke Timor Tengah Selatan, Belu dan Malaka.",
        ]),
    # TVP World (English, Poland): staff, byline with '/', Ukrainian children in Polish schools.
    rec(cluster="tvpworld-ukrainian-pupils-classes", role="single", file="tvpworld_ukrainian_pupils_polish_classes.html", render="html",
        site=SITE_TW, title="Extra Polish lessons planned as more Ukrainian pupils join schools",
        date="2024-09-02", country="PL", region="europe", lang="en", authors=["Joanna Wiśniewska"],
        section="Poland", meta_section="Poland",
        url="https://tvpworld.example.com/81544210/extra-polish-lessons-planned-as-more-ukrainian-pupils-join-schools",
        description="Compulsory schooling for Ukrainian refugee children takes effect this school year.",
        published="2024-09-02T10:15:00+02:00",
        byline_lines=["Joanna Wiśniewska/TVP World"], date_lines=["02.09.2024 10:15"],
        caption="Pupils on the first day of the school year in Warsaw.", credit="PAP/Albert Zawada", credit_shown="Photo: PAP/Albert Zawada",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Read more:", "Ukrainian doctors get faster route to work in Polish hospitals")]},
        lists=[("Most read", ["Polish rail adds trains to Lviv", "Border traffic at Dorohusk rises"])],
        paras=P("""
Polish schools will add extra Polish language lessons for Ukrainian pupils this school year as more refugee children enrol following new rules on compulsory education.

From September, Ukrainian children living in Poland who receive child benefit must attend a Polish school rather than study online in the Ukrainian system.

Education officials expect tens of thousands of additional pupils to join schools across the country, many of them in Warsaw, Kraków and Wrocław.

Schools can now offer up to six hours a week of additional Polish lessons for pupils who do not yet speak the language well.

Some schools will also employ Ukrainian-speaking teaching assistants to help children settle in.

Headteacher Barbara Nowak said her school in Warsaw's Wola district had taken in 40 new Ukrainian pupils this week.

She said the biggest challenge was finding enough teachers for the extra lessons.

Parents' groups have asked the government to fund after-school clubs where Ukrainian children can keep learning their own language.
"""),
        must_have=[
            "Schools can now offer up to six hours a week of additional Polish lessons for pupils who do not yet speak the language well.",
            "Some schools will also employ Ukrainian-speaking teaching assistants to help children settle in.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, New Canadian Media: staff, byline with role line.
    rec(cluster="ncm-citizenship-ceremony-halifax", role="single", file="newsplease_newcanadianmedia_citizenship_halifax.json",
        render="newsplease", title="Halifax library citizenship ceremonies draw record crowds as newcomers settle in Nova Scotia",
        date="2024-07-03", country="CA", region="americas", lang="en", authors=["Priya Menon"],
        url="https://newcanadianmedia.example.ca/halifax-library-citizenship-ceremonies-draw-record-crowds/",
        source_domain="newcanadianmedia.example.ca",
        description="Nova Scotia's newcomer population has grown quickly since 2021.",
        np_authors=["Priya Menon"], np_publish="2024-07-03 09:00:00", np_download="2024-07-03 14:21:08",
        head_lines=["New Canadian Media", "By Priya Menon", "Local Journalism Initiative Reporter", "July 3, 2024"],
        inserts={2: ["Advertisement"], 5: ["Related: Settlement agencies in Atlantic Canada struggle with waitlists"]},
        tail_lines=["This story was produced with support from the Local Journalism Initiative.", "Share this:", "Facebook", "LinkedIn",
                    "Related Posts", "Subscribe to our newsletter", "Get the latest stories about Canada's immigrant communities",
                    "Donate to New Canadian Media", "\u00a9 2024 New Canadian Media. All rights reserved.", "Privacy Policy"],
        paras=P("""
More than 300 people became Canadian citizens at the Halifax Central Library over the Canada Day week, the largest number ever sworn in at the branch in a single week.

The new citizens came from 46 countries, including India, the Philippines, Syria, Nigeria and Ukraine.

Library staff said families arrived early in the morning and filled the fifth floor with flags, flowers and relatives holding phones to stream the ceremony abroad.

Nova Scotia's population has grown quickly since 2021, mainly because of immigration, according to provincial figures.

Settlement worker Amal Haddad said many newcomers had waited more than a year for a ceremony date after passing the citizenship test.

The library offers free citizenship test study groups every Wednesday evening, taught by volunteers who became citizens themselves.

Nurse Oluwaseun Bello said becoming a citizen meant she could finally vote and apply for a Canadian passport for her daughter.

Immigration officials said more ceremonies would be held in Dartmouth and Sydney later this year.
"""),
        must_have=[
            "Library staff said families arrived early in the morning and filled the fifth floor with flags, flowers and relatives holding phones to stream the ceremony abroad.",
            "The library offers free citizenship test study groups every Wednesday evening, taught by volunteers who became citizens themselves.",
        ]),
    # news-please, Pulzo (Colombia, Spanish): staff, relative time, Cúcuta border crossing.
    rec(cluster="pulzo-cucuta-puente-simon-bolivar", role="single", file="newsplease_pulzo_cucuta_puente_es.json",
        render="newsplease", title="Así está el paso por el puente Simón Bolívar tras la llegada de venezolanos que regresan por Navidad",
        date="2024-12-21", country="CO", region="americas", lang="es",
        url="https://www.pulzo.example.com/nacion/cucuta/paso-puente-simon-bolivar-venezolanos-regresan-navidad-PP3712245",
        source_domain="www.pulzo.example.com",
        description="Migración Colombia reforzó el personal en los puntos de control.",
        np_authors=["Pulzo"], np_publish="2024-12-21 11:35:00", np_download="2024-12-22 08:14:02",
        head_lines=["Pulzo", "Por: Redacción Nación", "Hace 2 horas", "Escuchar este artículo"],
        inserts={2: ["Publicidad"], 5: ["Lea también: Cuánto cuesta enviar dinero a Venezuela en diciembre"]},
        tail_lines=["Siga leyendo:", "Cúcuta", "Venezuela", "Migración Colombia", "Comentarios", "Lo más leído", "Pulzo Nación",
                    "Síganos en WhatsApp", "\u00a9 2024 Pulzo. Todos los derechos reservados."],
        paras=P("""
Miles de venezolanos que viven en Colombia cruzan estos días el puente internacional Simón Bolívar, en Cúcuta, para pasar Navidad y Año Nuevo con sus familias.

Según Migración Colombia, por el paso fronterizo cruzaron más de 45 mil personas en un solo día esta semana.

Muchos viajeros llegaron en buses desde Bogotá, Medellín y Cali con maletas, electrodomésticos y regalos para sus parientes en San Antonio del Táchira.

La entidad reforzó el personal en los puntos de control y habilitó una fila preferencial para adultos mayores y mujeres con niños.

Comerciantes de la zona de La Parada dijeron que las ventas de maletas y cajas de cartón se duplicaron en diciembre.

El venezolano Luis Pérez, que trabaja en una panadería de Bogotá, contó que no veía a su madre desde hacía tres años.

Las autoridades pidieron a los viajeros no cargar grandes cantidades de dinero en efectivo y usar los pasos oficiales.

Se espera que el flujo de regreso hacia Colombia aumente en la primera semana de enero.
"""),
        must_have=[
            "La entidad reforzó el personal en los puntos de control y habilitó una fila preferencial para adultos mayores y mujeres con niños.",
            "Comerciantes de la zona de La Parada dijeron que las ventas de maletas y cajas de cartón se duplicaron en diciembre.",
        ]),
    # news-please, Sinar Daily (English, Malaysia): staff, Nepali community association.
    rec(cluster="sinardaily-nepali-association-kl", role="single", file="newsplease_sinardaily_nepali_workers.json",
        render="newsplease", title="Nepali workers in Klang Valley form welfare group to help stranded compatriots",
        date="2024-06-14", country="MY", region="asia", lang="en", authors=["Amirul Haziq"],
        url="https://www.sinardaily.example.my/article/214477/malaysia/national/nepali-workers-form-welfare-group",
        source_domain="www.sinardaily.example.my",
        description="The group helps workers whose employers have failed to pay wages.",
        np_authors=["Amirul Haziq"], np_publish="2024-06-14 17:20:00", np_download="2024-06-15 02:44:19",
        head_lines=["Sinar Daily", "By AMIRUL HAZIQ", "14 Jun 2024 05:20pm", "Photo for illustrative purposes only."],
        inserts={2: ["ADVERTISEMENT"], 5: ["READ ALSO: Migrant workers' hostels to get surprise inspections"]},
        tail_lines=["Download Sinar Daily application.", "Click Here!", "Follow us on WhatsApp Channel", "Share", "Facebook", "X",
                    "Related Articles", "Trending", "\u00a9 2024 Sinar Daily. All rights reserved."],
        paras=P("""
Nepali workers in the Klang Valley have formed a welfare group to help compatriots who are stranded after losing their jobs or whose employers have failed to pay their wages.

The group has about 400 members, most of them factory workers and security guards in Shah Alam, Klang and Kuala Lumpur.

Members contribute RM10 each month to a fund that pays for food, temporary shelter and flights home in emergencies.

Group coordinator Binod Gurung said the fund had helped 35 workers return to Nepal since January.

The group also runs Sunday classes where volunteers teach basic Malay and explain workers' rights under Malaysian labour law.

Gurung said many workers paid large recruitment fees at home and were afraid to complain when wages were late.

Security guard Suman Rai said he had not been paid for three months before the group helped him file a complaint with the Labour Department.

The group plans to hold a Dashain festival gathering in Kuala Lumpur in October.
"""),
        must_have=[
            "Members contribute RM10 each month to a fund that pays for food, temporary shelter and flights home in emergencies.",
            "The group also runs Sunday classes where volunteers teach basic Malay and explain workers' rights under Malaysian labour law.",
        ]),
    # trafilatura, Sunday News (Bulawayo): staff, byline with role, diaspora housing scheme.
    rec(cluster="sundaynews-bulawayo-diaspora-housing", role="single", file="trafilatura_sundaynews_bulawayo_diaspora.json",
        render="trafilatura", title="Diasporans snap up stands in Bulawayo housing scheme",
        date="2024-08-18", country="ZW", region="africa", lang="en", authors=["Nokuthula Ndlovu"], section="Local News",
        url="https://www.sundaynews.example.co.zw/diasporans-snap-up-stands-in-bulawayo-housing-scheme/",
        hostname="sundaynews.example.co.zw", source_hostname="Sunday News",
        tf_author="Nokuthula Ndlovu", tf_date="2024-08-18", tf_language="en", categories="Local News;Business",
        description="More than half of the stands were bought by Zimbabweans living in South Africa and the UK.",
        head_lines=["Sunday News", "Nokuthula Ndlovu, Sunday News Reporter", "18 Aug, 2024"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Bulawayo passport office extends weekend hours"]},
        tail_lines=["Follow us on X @Sundaynews_zw", "Join our WhatsApp channel", "Share:", "Facebook", "X", "WhatsApp",
                    "Related Posts", "Latest News", "Zimpapers", "\u00a9 2024 Zimbabwe Newspapers (1980) Ltd."],
        paras=P("""
Zimbabweans living abroad have bought more than half of the residential stands in a new housing scheme in Bulawayo's Cowdray Park suburb, the developer said.

The scheme has 1 200 stands, and payments can be made in instalments over three years through banks in South Africa, Botswana and the United Kingdom.

Developer spokesperson Mr Themba Moyo said the company had opened a diaspora desk that answers calls and messages in the evenings and at weekends.

He said many buyers were nurses, teachers and drivers who wanted to build homes for their parents or to return in retirement.

Buyers can follow the progress of their houses through photographs sent by site managers every month.

Mrs Sithembile Dube, who works as a care assistant in Leeds, said she chose the scheme because it already had water and roads.

Bulawayo City Council said it had approved the layout plans and would connect sewer lines before the end of the year.

Estate agents warned buyers abroad to check title documents with the council before sending money.
"""),
        must_have=[
            "Developer spokesperson Mr Themba Moyo said the company had opened a diaspora desk that answers calls and messages in the evenings and at weekends.",
            "Buyers can follow the progress of their houses through photographs sent by site managers every month.",
        ]),
    # trafilatura, Tribun Batam (Indonesian): staff, ferry terminal returnees.
    rec(cluster="tribunbatam-pelabuhan-pmi", role="single", file="trafilatura_tribunbatam_pmi_pelabuhan_id.json",
        render="trafilatura", title="Ratusan PMI Pulang Kampung Lewat Pelabuhan Batam Centre Jelang Lebaran",
        date="2025-03-25", country="ID", region="asia", lang="id", authors=["Dewi Lestari Siregar"], section="Batam",
        url="https://batam.example-tribunnews.com/2025/03/25/ratusan-pmi-pulang-kampung-lewat-pelabuhan-batam-centre",
        hostname="batam.example-tribunnews.com", source_hostname="Tribun Batam",
        tf_author="Dewi Lestari Siregar", tf_date="2025-03-25", tf_language="id", categories="Batam;Berita Kepri",
        description="Petugas membuka posko layanan di terminal feri internasional.",
        head_lines=["Tribun Batam", "Laporan Wartawan Tribunbatam.id, Dewi Lestari Siregar", "Selasa, 25 Maret 2025 15:47 WIB",
                    "Editor: Rio Batubara"],
        inserts={2: ["ADVERTISEMENT"], 5: ["Baca juga: Harga tiket feri Batam-Singapura naik jelang Lebaran"]},
        tail_lines=["Ikuti berita Tribun Batam di Google News", "Bagikan", "Facebook", "WhatsApp", "Berita Terkait",
                    "Terpopuler", "Berita Terkini", "Tribunners", "\u00a9 2025 TRIBUNnews.com Network"],
        editors=["Rio Batubara"],
        paras=P("""
Ratusan pekerja migran Indonesia (PMI) dari Malaysia dan Singapura mulai pulang kampung melalui Pelabuhan Internasional Batam Centre menjelang Lebaran.

Petugas Balai Pelayanan Pelindungan Pekerja Migran Indonesia membuka posko layanan di terminal kedatangan untuk membantu para pekerja.

Di posko tersebut, pekerja bisa mendapatkan informasi tiket kapal ke Sumatera dan Jawa serta pemeriksaan kesehatan gratis.

Kepala posko mengatakan jumlah kedatangan pekerja migran diperkirakan mencapai dua ribu orang per hari pada puncak arus mudik.

Sebagian besar pekerja berasal dari Jawa Timur, Nusa Tenggara Barat dan Sumatera Utara.

Siti Rahmah, pekerja rumah tangga di Johor, mengatakan ia pulang setelah tiga tahun tidak bertemu anak-anaknya.

Petugas juga mengingatkan pekerja agar berhati-hati terhadap penukaran uang di luar tempat resmi.

Pemerintah Kota Batam menyiapkan bus tambahan dari pelabuhan ke Bandara Hang Nadim.

Bagi pekerja yang melanjutkan perjalanan dengan kapal Pelni, petugas menyediakan ruang tunggu khusus di dekat terminal.

Posko layanan akan dibuka setiap hari hingga sepekan setelah Lebaran.

Petugas juga mendata pekerja yang ingin kembali bekerja ke luar negeri agar mereka berangkat melalui jalur resmi.
"""),
        must_have=[
            "Di posko tersebut, pekerja bisa mendapatkan informasi tiket kapal ke Sumatera dan Jawa serta pemeriksaan kesehatan gratis.",
            "Petugas juga mengingatkan pekerja agar berhati-hati terhadap penukaran uang di luar tempat resmi.",
        ]),
    # trafilatura, Nigerian Observer (Benin City): staff, returnees from Libya.
    rec(cluster="nigerianobserver-benin-returnees", role="single", file="trafilatura_nigerianobserver_benin_returnees.json",
        render="trafilatura", title="Edo task force receives 120 returnees from Libya, begins reintegration",
        date="2024-03-27", country="NG", region="africa", lang="en", authors=["Osagie Ehigiator", "Blessing Omoregie"], section="News",
        url="https://nigerianobserver.example.com/edo-task-force-receives-120-returnees-from-libya/",
        hostname="nigerianobserver.example.com", source_hostname="The Nigerian Observer",
        tf_author="Osagie Ehigiator; Blessing Omoregie", tf_date="2024-03-27", tf_language="en", categories="News;Edo",
        description="The returnees will receive counselling and skills training.",
        head_lines=["The Nigerian Observer", "By Osagie Ehigiator and Blessing Omoregie", "March 27, 2024"],
        inserts={2: ["Advertisement"], 5: ["ALSO READ: Edo community leaders warn youths against irregular migration"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "X", "Like this:", "Related", "Leave a Reply",
                    "Your email address will not be published.", "Latest Posts", "\u00a9 2024 The Nigerian Observer. All rights reserved."],
        paras=P("""
The Edo State Task Force Against Human Trafficking on Wednesday received 120 returnees from Libya at its reception centre in Benin City.

The returnees, including 34 women and nine children, arrived in Lagos on Tuesday on a flight arranged with international partners.

Officials said each returnee would receive counselling, medical checks and a small allowance to cover transport to their home towns.

The task force said the returnees would be enrolled in skills programmes in hairdressing, welding, catering and agriculture.

Many of the returnees said they had spent months in detention after failing to cross the Mediterranean to Europe.

A 24-year-old returnee from Uromi, Ms Esosa Ighodaro, said she was grateful to be home and wanted to finish her secondary school education.

Community leaders at the ceremony urged parents not to push their children to travel through dangerous routes.

The task force said more than 7,000 Edo indigenes had returned from Libya since 2017.
"""),
        must_have=[
            "Officials said each returnee would receive counselling, medical checks and a small allowance to cover transport to their home towns.",
            "Community leaders at the ceremony urged parents not to push their children to travel through dangerous routes.",
        ]),
]


# ---- JSONL batches ------------------------------------------------------------------

SITE_NI = site("Nogales International", "https://www.nogalesinternational.example.com", " | Nogales International", "en_US", "@NogalesIntl",
               ["News", "Border", "Sports", "Opinion", "Obituaries", "E-Edition"],
               ["\u00a9 2025 Nogales International. All rights reserved.", "Contact Us", "Subscribe"],
               share=["Share", "Facebook", "Email"], top=["Sign in", "Subscribe for $1"])

JSONL_STORIES = [
    # newsbeam text shape: the BTA story on Zov News (syndicated member of the BTA cluster).
    dict(BTA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://zovnews.example.com/novina/seasonal-workers-petrich-greece-2024-09-18",
         nb_published="2024-09-18T12:05:00Z", outlet="Zov News", nb_authors=["БТА"],
         head_lines=["Zov News", "18 септември 2024, 15:05", "Общество", "БТА"],
         tail_lines=["Автор: Елена Стоянова", "Редактор: Петя Йорданова", "Източник: БТА", "Сподели", "Facebook",
                     "Още от категорията", "Последни новини", "Коментари", "Най-четени", "Абонирайте се за нашия бюлетин", "\u00a9 Zov News 2024"]),
    # news-please shape: the Bernama story on Wilayahku (syndicated member of the Bernama cluster).
    dict(BER, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.wilayahku.example.com.my/lebih-300000-pekerja-ulang-alik-ke-singapura-setiap-hari/",
         source_domain="www.wilayahku.example.com.my",
         np_authors=["Nurul Aina Hashim"], np_publish="2024-11-05 14:02:00", np_download="2024-11-05 20:11:36",
         head_lines=["Wilayahku", "Oleh Nurul Aina Hashim", "5 November 2024"],
         tail_lines=["-- BERNAMA", "Kongsi", "Facebook", "WhatsApp", "Telegram", "Berita Berkaitan", "Terkini", "Baca Juga", "Paling Popular", "Langgan surat berita kami",
                     "Ikuti Wilayahku di TikTok", "\u00a9 2024 Wilayahku. Hak Cipta Terpelihara."]),
    # newsbeam html shape: Nogales International: staff, own 'NOGALES, Ariz. —' dateline, border crossing.
    rec(cluster="nogalesintl-mariposa-crossing", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_NI, title="Pedestrian wait times at DeConcini port drop after new lanes open",
        date="2025-01-14", dateline="NOGALES, Ariz. \u2014 ", city="Nogales", country="US", region="americas", lang="en",
        authors=["Daniel Ochoa"], section="Border", meta_section="Border",
        url="https://www.nogalesinternational.example.com/news/pedestrian-wait-times-at-deconcini-port-drop/article_a41c7e20.html",
        description="Two extra pedestrian lanes opened at the downtown port of entry.",
        published="2025-01-14T15:30:00-07:00",
        byline_lines=["Daniel Ochoa", "Staff Writer"], date_lines=["Jan 14, 2025"],
        caption="People line up to cross into Nogales, Ariz. at the DeConcini port of entry.", credit="Daniel Ochoa",
        credit_shown="Photo by Daniel Ochoa",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "Mariposa produce season brings truck lines back")]},
        end_lines=["Contact Daniel Ochoa at dochoa@example.com"],
        lists=[("Most Popular", ["Santa Cruz County budget talks", "Rio Rico school board election"])],
        nb_published="2025-01-14T22:30:00Z", outlet="Nogales International", nb_authors=["Daniel Ochoa"],
        paras=P("""
Wait times for people crossing on foot from Nogales, Sonora into downtown Nogales have dropped since U.S. Customs and Border Protection opened two extra pedestrian lanes last week.

The DeConcini port of entry is used every day by thousands of people who live in Sonora and work, study or shop in Santa Cruz County.

Morning waits that often passed an hour have fallen to about 20 minutes, according to CBP figures shared with local officials.

Port director Miguel Arvizu said the new lanes will be staffed from 6 a.m. to 10 a.m. on weekdays, the busiest hours.

Merchants on Morley Avenue said shoppers from Sonora were coming back more often now that crossing was faster.

Student Paola Figueroa, who crosses daily to attend classes at a community college campus in Nogales, said she no longer had to leave home before dawn.

City officials said they hoped the extra lanes would stay open during the holiday shopping season later this year.

CBP said travelers with SENTRI passes could use a separate faster lane.
"""),
        must_have=[
            "Morning waits that often passed an hour have fallen to about 20 minutes, according to CBP figures shared with local officials.",
            "Merchants on Morley Avenue said shoppers from Sonora were coming back more often now that crossing was faster.",
        ]),
    # trafilatura shape: the NAN story on Naija News (syndicated member of the NAN cluster).
    dict(NAN, role="syndicated", file=JSONL_B, render="trafilatura", section="Metro", editors=["Kamal Tayo Oropo"],
         url="https://www.naijanews.example.com/2024/11/12/nidcom-ngo-train-150-returnee-migrants-in-badagry/",
         hostname="naijanews.example.com", source_hostname="Naija News",
         tf_author="Adebayo Ogunleye", tf_date="2024-11-12", tf_language="en", categories="Metro;Lagos",
         head_lines=["Naija News", "November 12, 2024", "by NAN"],
         tail_lines=["Edited by Kamal Tayo Oropo", "(NAN)", "Share", "Facebook", "X", "WhatsApp", "Related Posts",
                     "Download the Naija News App", "Join our WhatsApp Channel", "Trending", "Latest News", "\u00a9 2024 Naija News"]),
    # news-please shape: PML Daily (Uganda): staff, border town Busia.
    rec(cluster="pmldaily-busia-border-traders", role="single", file=JSONL_B, render="newsplease",
        title="Busia women cross-border traders get savings group and mobile money desk",
        date="2024-04-24", country="UG", region="africa", lang="en", authors=["Moses Wandera"],
        url="https://pmldaily.example.ug/news/busia-women-cross-border-traders-get-savings-group",
        source_domain="pmldaily.example.ug",
        description="The traders move goods between Busia, Uganda and Busia, Kenya every day.",
        np_authors=["Moses Wandera"], np_publish="2024-04-24 08:30:00", np_download="2024-04-25 05:02:13",
        head_lines=["PML Daily", "Written by Moses Wandera", "Wednesday, 24 April 2024 08:30", "Hits: 1142"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Share", "Facebook", "WhatsApp", "Comments", "Please login to comment", "Related items", "Most Read", "Subscribe to PML Daily e-paper",
                    "Follow us on X", "\u00a9 2024 PML Daily"],
        paras=P("""
Women who carry goods across the border between Busia in Uganda and Busia in Kenya every day have formed a savings group with support from the East African Business Council.

The group has 260 members who sell maize flour, fish, second-hand clothes and vegetables on both sides of the border.

A mobile money desk has also opened at the one-stop border post so that traders can send and receive payments without carrying cash.

Group chairperson Sarah Nafula said many women had been robbed while walking home with the day's earnings.

She said members save a small amount each week and can borrow from the group at low interest to buy stock.

Trade officials held a training session on customs rules and the simplified trade regime, which lets small traders avoid paying duty on goods worth less than 2,000 dollars.

Trader Agnes Auma said she had paid bribes in the past because she did not know the rules.

The business council said it would extend the programme to Malaba and Mutukula border posts later this year.
"""),
        must_have=[
            "A mobile money desk has also opened at the one-stop border post so that traders can send and receive payments without carrying cash.",
            "She said members save a small amount each week and can borrow from the group at low interest to buy stock.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-fifth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Struma '18.09.2024 | 14:32' (day first) and the Zov News copy "
    "'18 септември 2024, 15:05' (crawler stamp 12:05Z = 15:05 EEST); Selangorkini '5 November 2024, 1:10 PM' and the Wilayahku copy "
    "'5 November 2024'; Osun Defender 'November 12, 2024' and the Naija News copy 'November 12, 2024' (NAN dateline 'Nov. 12, 2024'); "
    "Star Weekly '23 July, 2024' (both copies); Sylhet Today 'প্রকাশিত: ১২ মার্চ ২০২৫' in Bengali digits (12 March 2025, as the BSS "
    "dateline confirms); Vysokyi Zamok '20 грудня 2024'; Viikko Savo 'Julkaistu 27.8.2024' (not 'Päivitetty'); Tri-City News 'Jun 17, "
    "2024'; Primera Edición '14 de octubre de 2024'; Qods '۲۲ اردیبهشت ۱۴۰۳' (Solar Hijri, = 11 May 2024); Pasifika TV '9 May 2024'; "
    "Pearl Times 'February 4, 2025'; Sunshine Coast News 'Published 2 October 2024'; Parlmany 'الثلاثاء، 24 سبتمبر 2024'; "
    "Offenbach-Post 'Stand: 02.07.2024' (not 'Aktualisiert'); Mensageiro de Bragança '10 de agosto de 2024'; Uniradio Informa "
    "'Miércoles, 08 de mayo de 2024, 19:40' (Tijuana time; 9 May in UTC, but the page's own offset decides); Kyeongnam Shinmun "
    "'입력 : 2024-04-16'; Pos Kupang 'Rabu, 7 Agustus 2024 17:22 WITA'; TVP World '02.09.2024' (day first); New Canadian Media 'July 3, "
    "2024'; Pulzo prints only 'Hace 2 horas' (relative), the news-please date_publish 2024-12-21 gives the day; Sinar Daily '14 Jun "
    "2024'; Sunday News '18 Aug, 2024'; Tribun Batam 'Selasa, 25 Maret 2025'; Nigerian Observer 'March 27, 2024'; Nogales International "
    "'Jan 14, 2025' (newsbeam stamp 22:30Z is 15:30 MST the same day); PML Daily 'Wednesday, 24 April 2024'",
    "dateline_city": "'Петрич, 18 септември (БТА) - ' -> 'Petrich' (both BTA copies); 'JOHOR BAHRU, 5 Nov (Bernama) -- ' -> 'Johor Bahru' "
    "(both Bernama copies); 'Badagry (Lagos State), Nov. 12, 2024 (NAN) ' -> 'Badagry' (both NAN copies); 'সিলেট, ১২ মার্চ, ২০২৫ (বাসস) : ' "
    "-> 'Sylhet'; 'مشهد- ایرنا- ' -> 'Mashhad'; 'Offenbach (dpa/lhe) - ' -> 'Offenbach' (Offenbach am Main); 'Bragança, 10 ago 2024 "
    "(Lusa) - ' -> 'Bragança' (Portugal, not the Brazilian city); 'Kupang (ANTARA) - ' -> 'Kupang'; 'NOGALES, Ariz. — ' -> 'Nogales' "
    "(the Arizona city, country US; Nogales International's own staff dateline). The MENA story on Parlmany has no dateline; all other "
    "staff stories have none and take the country of the story's location",
    "country": "Petrich BG; Johor Bahru MY; Badagry NG; Sunshine, Melbourne AU (oceania; both Star Weekly copies); Sylhet BD; Shehyni "
    "crossing, Lviv region UA (europe); Kuopio FI; Coquitlam CA; Posadas AR (the Encarnación side is Paraguay, but the story is the "
    "Argentine city's); Mashhad IR; Hawke's Bay NZ (the workers go home to Vanuatu, but the story is about New Zealand employers); "
    "Uganda UG (Pearl Times); Nambour AU; Egypt EG (africa); Offenbach DE; Bragança PT; Tijuana MX; Gimhae KR; Kupang ID; Poland PL; "
    "Halifax CA; Cúcuta CO; Klang Valley MY; Bulawayo ZW; Batam ID; Benin City NG; Nogales, Arizona US; Busia UG",
    "agency": "Struma and Zov News carry BTA ('(БТА)' dateline, 'Източник: БТА'); Selangorkini and Wilayahku carry Bernama; Osun "
    "Defender and Naija News carry NAN (News Agency of Nigeria: '(NAN)' byline and sign-off); Sylhet Today carries BSS (Bangladesh "
    "Sangbad Sangstha, 'বাসস'); Qods carries IRNA ('ایرنا', 'منبع: ایرنا'); Parlmany carries MENA (Middle East News Agency, byline "
    "'كتب أ ش أ'); Offenbach-Post carries dpa ('(dpa/lhe)', 'Von dpa'); Mensageiro de Bragança carries Lusa ('(Lusa)', 'Lusa/Fim'); Pos "
    "Kupang carries Antara ('(ANTARA)', 'Penulis: ANTARA'). Nogales International's dateline is its own staff dateline (agency null). "
    "Photo credits ('Foto BERNAMA', 'PAP/Albert Zawada', 'Frank Rumpenhorst/dpa') do not by themselves make a story agency copy: the "
    "TVP World story is staff copy",
    "authors": "BTA 'Автор: Елена Стоянова' -> 'Елена Стоянова' (both copies; the newsbeam author field of the Zov copy says 'БТА', "
    "an agency); Bernama 'Nurul Aina Hashim' (Selangorkini 'Oleh Nurul Aina Hashim' over 'BERNAMA'; Wilayahku 'Oleh Nurul Aina "
    "Hashim'); NAN 'By Adebayo Ogunleye (NAN)' -> 'Adebayo Ogunleye' "
    "(Naija News carries it in the trafilatura author field; 'by NAN' is the agency); Star Weekly 'Hannah Mercer' (name line without "
    "'By', both copies); Vysokyi Zamok 'Оксана Гнатишин' (Cyrillic, natural case); Viikko Savo 'Sanna Kärkkäinen'; Tri-City News "
    "'Jessie Tran and Omid Karimi' -> two authors in order (the role line is chrome); Pasifika TV 'Losa Tuimavave'; Pearl Times 'By "
    "Brian Ssemakula'; Sunshine Coast News 'Kirsty Bowden' with role 'Journalist'; Uniradio 'Karla Beltrán / Uniradio Informa' -> "
    "'Karla Beltrán'; Kyeongnam Shinmun '글·사진= 박서연 기자' -> '박서연' (the '글·사진=' text-and-photo prefix and '기자' title dropped); "
    "TVP World 'Joanna Wiśniewska/TVP World'; New Canadian Media 'By Priya Menon'; Sinar Daily 'By AMIRUL HAZIQ' -> 'Amirul Haziq' "
    "(natural case); Sunday News 'Nokuthula Ndlovu, Sunday News Reporter'; Tribun Batam 'Laporan Wartawan Tribunbatam.id, Dewi Lestari "
    "Siregar'; Nigerian Observer 'By Osagie Ehigiator and Blessing Omoregie'; Nogales International 'Daniel Ochoa' with 'Staff Writer'; "
    "PML Daily 'Written by Moses Wandera'. Desk and agency names are not authors: 'БТА', 'BERNAMA', 'বাসস', 'ایرنا', 'أ ش أ', "
    "'Von dpa', 'Lusa', 'Penulis: ANTARA', 'Por Redacción Primera Edición', 'Redacción Nación' (Pulzo, whose news-please authors field "
    "says 'Pulzo'); Sylhet Today, Qods, Parlmany, Offenbach-Post, Mensageiro, Pos Kupang, Primera Edición and Pulzo name no writer. "
    "Photographers ('Damjan Janevski', 'Frank Rumpenhorst', 'Albert Zawada') are not authors",
    "editors": "names given as editors: BTA 'Редактор: Петя Йорданова' (both copies); NAN 'Edited by Kamal Tayo Oropo' (both copies); "
    "Pos Kupang 'Editor: Yosef Laba'; Tribun Batam 'Editor: Rio Batubara'. Lusa's 'HYT // SSS' are desk initials, not names",
    "caption_credit": "credits without their wrapper: Star Weekly '(Damjan Janevski) 422109_01' -> 'Damjan Janevski' (brackets and "
    "photo number dropped; both copies); Selangorkini 'Foto BERNAMA' -> 'BERNAMA'; Offenbach-Post '© Frank Rumpenhorst/dpa' -> 'Frank "
    "Rumpenhorst/dpa'; Mensageiro 'Foto: Arquivo/Lusa' -> 'Lusa' (the archive mark dropped); Uniradio 'Foto: Karla Beltrán' -> 'Karla "
    "Beltrán'; Kyeongnam Shinmun '/박서연 기자/' -> '박서연 기자' (slashes dropped; the title is kept as printed in the credit); TVP "
    "World 'Photo: PAP/Albert Zawada' -> 'PAP/Albert Zawada'; Nogales International 'Photo by Daniel Ochoa' -> 'Daniel Ochoa'. Sinar "
    "Daily's 'Photo for illustrative purposes only.' is a chrome line, not a caption; records without a photo caption have caption and "
    "credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Selangorkini 'Nasional', Osun Defender 'News', Parlmany "
    "'اقتصاد', Offenbach-Post 'Offenbach', Mensageiro 'Sociedade', Uniradio 'Tijuana', Kyeongnam Shinmun '사회', Pos Kupang 'NTT', TVP "
    "World 'Poland', Nogales International 'Border'; trafilatura records take their first category (Sunday News 'Local News', Tribun "
    "Batam 'Batam', Nigerian Observer 'News', Naija News 'Metro'); news-please, plain text and newsbeam text records have none (Zov "
    "News's 'Общество' head line is chrome, not a section)",
    "language": "'bg' Bulgarian (two BTA copies); 'ms' Malay (two Bernama copies); 'bn' Bengali; 'uk' Ukrainian; 'fi' Finnish; 'es' "
    "Argentine, Mexican and Colombian Spanish; 'fa' Persian; 'ar' Egyptian Arabic press; 'de' German; 'pt' European Portuguese; 'ko' "
    "Korean; 'id' Indonesian (two); all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, advertisement "
    "labels, related-story lines and boxes, most-read rails, WhatsApp, Telegram, TikTok, Google News and app promos, donation appeals, "
    "reporter bio, role, e-mail and tip lines, wire source and sign-off lines ('Източник: БТА', '-- BERNAMA', '(NAN)', 'منبع: ایرنا', "
    "'Lusa/Fim', 'HYT // SSS'), editor lines, a Ctrl+Enter error-report line, hit counters, tag lists, relative-time and 'listen' "
    "lines, masthead and ownership lines ('Keskisuomalainen Oyj', 'Zimpapers', 'Star News Group'), copyright lines, and byline, date "
    "and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (BTA and Bernama in the plain batch, NAN in the gzipped "
    "batch) and one staff page with a noisy gzipped re-scrape (Star Weekly: curly quotes, NBSP, hard wraps, CRLF); all other records "
    "are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"бта", "bta", "източник: бта", "струма", "zov news", "bernama", "selangorkini", "wilayahku",
                "nan", "by nan", "osun defender", "naija news", "star weekly", "star news group", "বাসস", "bss", "সিলেটটুডে",
                "високий замок", "viikko savo", "tri-city news", "redacción primera edición", "primera edición", "ایرنا", "irna",
                "روزنامه قدس", "pasifika tv", "pearl times", "sunshine coast news", "أ ش أ", "mena", "برلماني", "dpa", "von dpa",
                "offenbach-post", "lusa", "mensageiro de bragança", "uniradio informa", "경남신문", "antara", "penulis: antara",
                "pos kupang", "tvp world", "new canadian media", "pulzo", "redacción nación", "sinar daily", "sunday news",
                "tribun batam", "the nigerian observer", "nogales international", "pml daily"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
