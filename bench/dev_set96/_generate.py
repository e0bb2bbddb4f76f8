#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninety-sixth development set (bench/dev_set96/, first written as the ninety-third held-out set).

    .venv/bin/python bench/dev_set96/_generate.py

Writes ``bench/dev_set96/articles/*`` and ``bench/dev_set96/labels.json`` (next to this
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
bench/dev_set95/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about libraries, museums and local history: a town
    archive digitising parish registers, a museum reopening after repairs, a
    railway heritage line, a mobile library's new route, a prisoner-of-war
    carvings exhibition, a bookbinding workshop, a seed library, a community
    library, oral-history recordings, residents naming faces in old
    photographs, heritage open days, a restored sloop, an old cinema restored
    as a community hall, a lighthouse museum, a school's 150th anniversary
    book, a cemetery's headstones recorded, a giant tapa cloth, glove puppets
    donated to a museum, palm-leaf manuscripts, a village's centenary
    exhibition, emigrants' letters, restored honour boards, a returned
    carving, a book fair, a wartime heritage trail, restored siege maps, a
    dialect dictionary and a tobacco kiln rebuilt as a museum.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout93_2025-a.jsonl"
JSONL_B = "crawl_holdout93_2025-b.jsonl.gz"


# ---- cluster: LETA, Jelgava (Neatkarīgā scrape + copy on Zemgales Ziņas in the plain batch) ----

LETA = rec(
    cluster="leta-jelgava-parish-registers-digitised",
    title="Jelgavā sāk digitalizēt vairāk nekā 300 Zemgales draudžu baznīcu grāmatas",
    date="2024-03-14",
    dateline="Jelgava, 14.marts, LETA. ",
    city="Jelgava",
    country="LV",
    region="europe",
    agency="LETA",
    lang="lv",
    description="Pirmās skenētās grāmatas jau šopavasar būs aplūkojamas internetā.",
    paras=P("""
Latvijas Nacionālā arhīva Jelgavas nodaļā sākta vairāk nekā 300 Zemgales draudžu baznīcu grāmatu digitalizācija, un pirmās skenētās grāmatas jau šopavasar būs aplūkojamas internetā, aģentūru LETA informēja arhīvā.

Baznīcu grāmatās no 18. gadsimta beigām līdz 20. gadsimta sākumam reģistrētas kristības, laulības un miršanas gadījumi, un tās ir viens no svarīgākajiem avotiem dzimtas vēstures pētniekiem.

Katru lappusi nofotografē ar īpašu kameru, bet trauslākās grāmatas pirms tam nodod restauratoriem, kas nostiprina saplēstās lapas un vākus.

Arhīva nodaļas vadītāja Inese Kalniņa stāstīja, ka pēdējos gados ievērojami pieaudzis to cilvēku skaits, kuri meklē ziņas par saviem senčiem, tostarp daudzi ārzemēs dzīvojoši latvieši.

Līdz šim pētniekiem bija jābrauc uz lasītavu Jelgavā un jāgaida, kamēr grāmatas atnesīs no krātuves, taču drīzumā tās varēs aplūkot mājās datora ekrānā.

Kalniņa piebilda, ka daudzas grāmatas rakstītas vācu valodā un gotiskajā rakstībā, tāpēc arhīvs plāno rīkot bezmaksas nodarbības, kurās iemācīs tās lasīt.

Projektu paredzēts pabeigt nākamā gada beigās, un to finansē no valsts budžeta līdzekļiem.

Arhīvā glabājas arī muižu dokumenti, zemes grāmatas un skolu hronikas, kuras plānots digitalizēt vēlāk.
"""),
    must_have=[
        "Katru lappusi nofotografē ar īpašu kameru, bet trauslākās grāmatas pirms tam nodod restauratoriem, kas nostiprina saplēstās lapas un vākus.",
        "Līdz šim pētniekiem bija jābrauc uz lasītavu Jelgavā un jāgaida, kamēr grāmatas atnesīs no krātuves, taču drīzumā tās varēs aplūkot mājās datora ekrānā.",
    ],
)

# ---- cluster: APP, Harappa (UrduPoint scrape + copy on Qaumi Akhbar in the plain batch) ----

APP = rec(
    cluster="app-harappa-museum-reopens",
    title="ہڑپہ میوزیم دو سال کی مرمت کے بعد سیاحوں کے لیے دوبارہ کھول دیا گیا",
    date="2024-05-14",
    dateline="ہڑپہ۔14 مئی (اے پی پی): ",
    city="Harappa",
    country="PK",
    region="asia",
    agency="APP",
    lang="ur",
    description="گیلریوں میں وادی سندھ کی تہذیب کے نوادرات رکھے گئے ہیں۔",
    paras=P("""
محکمہ آثار قدیمہ پنجاب نے ہڑپہ میوزیم کو دو سال تک جاری رہنے والی مرمت اور تزئین و آرائش کے بعد منگل کے روز سیاحوں اور طلبہ کے لیے دوبارہ کھول دیا ہے۔

میوزیم کی چھت سے بارش کا پانی رسنے لگا تھا جس کے باعث تمام نوادرات کو محفوظ مقام پر منتقل کر کے عمارت کو عارضی طور پر بند کر دیا گیا تھا۔

مرمت کے دوران چھت اور دیواروں کو نئے سرے سے تعمیر کیا گیا، گیلریوں میں جدید روشنیاں لگائی گئیں اور نمی کو کنٹرول کرنے کے لیے خصوصی نظام نصب کیا گیا۔

گیلریوں میں مٹی کے برتن، مہریں، زیورات، کھلونے اور وزن کرنے کے پتھر رکھے گئے ہیں جو ہزاروں سال پرانی وادی سندھ کی تہذیب کی عکاسی کرتے ہیں۔

میوزیم کے کیوریٹر محمد اسلم نے بتایا کہ پہلی بار ہر گیلری میں بچوں کے لیے آسان زبان میں معلوماتی تختیاں بھی لگائی گئی ہیں۔

انہوں نے کہا کہ سرکاری اسکولوں کے طلبہ کے لیے داخلہ مفت رکھا گیا ہے۔

میوزیم ہفتے کے ساتوں دن صبح نو بجے سے شام پانچ بجے تک کھلا رہے گا۔
"""),
    must_have=[
        "مرمت کے دوران چھت اور دیواروں کو نئے سرے سے تعمیر کیا گیا، گیلریوں میں جدید روشنیاں لگائی گئیں اور نمی کو کنٹرول کرنے کے لیے خصوصی نظام نصب کیا گیا۔",
        "گیلریوں میں مٹی کے برتن، مہریں، زیورات، کھلونے اور وزن کرنے کے پتھر رکھے گئے ہیں جو ہزاروں سال پرانی وادی سندھ کی تہذیب کی عکاسی کرتے ہیں۔",
    ],
)

# ---- cluster: CMC, Basseterre (St Vincent Times gzipped page + copy on Times Caribbean in the gzipped batch) ----

CMC = rec(
    cluster="cmc-basseterre-scenic-railway-circuit",
    title="St Kitts Scenic Railway to resume full island circuit after track repairs",
    date="2024-10-03",
    dateline="BASSETERRE, St Kitts, Oct 3, CMC \u2013 ",
    city="Basseterre",
    country="KN",
    region="americas",
    agency="CMC",
    lang="en",
    description="Workers replaced thousands of sleepers and rebuilt four bridges on the northern section.",
    paras=P("""
The St Kitts Scenic Railway will once again carry visitors around the entire island from next week, after a year of repairs to bridges and sections of track damaged by heavy rains.

The narrow-gauge line was built in the early twentieth century to carry sugar cane from the estates to the factory in Basseterre, and has run as a tourist train since the sugar industry closed in 2005.

Over the past year, workers replaced more than 8,000 wooden sleepers and rebuilt four steel bridges on the northern section of the line, which had been closed since October last year.

Tourism officials said the three-hour journey, which follows the coast past old sugar estates and ruined windmills, is among the most popular excursions for cruise passengers.

The double-decker carriages have open upper decks for viewing, and a choir on board sings traditional songs while a guide tells the history of each estate.

General manager Devon Liburd said residents would be offered reduced fares on selected days.

The railway expects to carry more than 40,000 passengers this season.
"""),
    must_have=[
        "Over the past year, workers replaced more than 8,000 wooden sleepers and rebuilt four steel bridges on the northern section of the line, which had been closed since October last year.",
        "The double-decker carriages have open upper decks for viewing, and a choir on board sings traditional songs while a guide tells the history of each estate.",
    ],
)

# ---- cluster: SBC page + noisy re-scrape ----

SB = rec(
    cluster="sbc-mahe-mobile-library-new-route",
    title="Mobile library adds new stops in the south of Mah\u00e9",
    date="2024-06-20",
    country="SC",
    region="africa",
    authors=["Vanessa Lafortune"],
    lang="en",
    caption="Children choose books inside the mobile library at Baie Lazare.",
    credit="Dean Labiche",
    paras=P("""
The National Library's mobile library has added six new stops in the southern districts of Mahé, bringing books closer to families who live far from the main library in Victoria.

The converted bus, which carries about 4,000 books for children and adults, will now call at Baie Lazare, Takamaka, Quatre Bornes and Anse Royale every second week.

Readers can borrow up to three books for three weeks with their library card, and new members can register on the spot with their identity card.

Librarian Marie-Anne Hoareau said many elderly people and young mothers in the south had stopped using the library because the bus journey to Victoria took too long.

The collection includes books in Kreol, English and French, as well as large-print novels, newspapers and a small selection of audiobooks.

During the school holidays, the team also runs story hours and drawing sessions for children in the shade of the trees near each stop.

A full timetable is available at district administration offices and on the library's Facebook page.
"""),
    must_have=[
        "Readers can borrow up to three books for three weeks with their library card, and new members can register on the spot with their identity card.",
        "The collection includes books in Kreol, English and French, as well as large-print novels, newspapers and a small selection of audiobooks.",
    ],
)
SB_PRE = ["SBC", "News", "Local", "International", "Sports", "Radio", "TV", "Live"]
SB_HEAD = ["Local", "By Vanessa Lafortune", "Thursday, 20 June 2024 14:35"]
SB_CAP = ["Children choose books inside the mobile library at Baie Lazare. Photo credit: Dean Labiche"]
SB_TAIL = [["Follow SBC on Facebook for the latest news"],
           ["More Local News"],
           ["Praslin school library gets a new reading corner"],
           ["\u00a9 2024 Seychelles Broadcasting Corporation. All rights reserved."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # SBC (Seychelles Broadcasting Corporation news site): original of the re-scrape cluster; 'By' byline under a section
    # label, 'Photo credit:' formula after the caption.
    dict(SB, role="original", file="sbc_mahe_mobile_library.txt", render="text",
         pre=[SB_PRE], head=[SB_HEAD, ["Share", "Facebook", "X", "WhatsApp"]], cap_lines=SB_CAP,
         inserts={2: ["Advertisement"], 4: ["RELATED:", "La Digue school children visit the National Archives"]},
         tail=SB_TAIL),
    dict(SB, role="rescrape", file="sbc_mahe_mobile_library_rescrape.txt.gz", render="text", noise=True,
         pre=[SB_PRE], head=[SB_HEAD], cap_lines=SB_CAP,
         inserts={4: ["RELATED:", "La Digue school children visit the National Archives"]},
         tail=[["Watch SBC TV live on sbc.example.sc"], *SB_TAIL]),
    # UrduPoint (Urdu portal): original of the APP cluster; 'ہڑپہ۔14 مئی (اے پی پی):' dateline (city, Urdu full stop, date, wire in brackets, colon).
    dict(APP, role="original", file="urdupoint_app_harappa_museum_ur.txt", render="text",
         pre=[["اردو پوائنٹ", "تازہ ترین", "پاکستان", "کاروبار", "کھیل", "شوبز", "ویڈیوز"]],
         head=[["قومی خبریں"], ["منگل 14 مئی 2024 16:40"]],
         inserts={2: ["اشتہار"], 4: ["مزید پڑھیں:", "لاہور عجائب گھر میں خطاطی کی نمائش کا افتتاح"]},
         tail=[["شیئر کریں", "Facebook", "WhatsApp", "X"], ["متعلقہ خبریں"],
               ["\u00a9 UrduPoint Network. All Rights Reserved."]]),
    # Neatkarīgā (Riga, nra.lv, Latvian): original of the LETA cluster; 'Jelgava, 14.marts, LETA.' dateline, 'Avots: LETA' line.
    dict(LETA, role="original", file="neatkariga_leta_jelgava_baznicu_gramatas_lv.txt", render="text",
         pre=[["Neatkarīgā", "Ziņas", "Latvijā", "Pasaulē", "Ekonomika", "Viedokļi", "Kultūra", "Abonēt"]],
         head=[["Latvijā"], ["14.03.2024 11:20"]],
         inserts={2: ["Reklāma"], 4: ["Lasi vēl:", "Kuldīgas muzejā atklāta izstāde par vecpilsētas namiem"]},
         tail=[["Avots: LETA"], ["Dalīties", "Facebook", "X"], ["Saistītie raksti"],
               ["\u00a9 2024 Neatkarīgā Rīta Avīze. Visas tiesības aizsargātas."]]),
    # Saint FM Community Radio (Jamestown, St Helena): staff, Boer POW carvings exhibition; 'Reported by' byline formula.
    rec(cluster="saintfm-boer-pow-carvings-exhibition", role="single", file="saintfm_boer_pow_carvings.txt", render="text",
        title="Boer prisoners' carvings go on show at the Museum of St Helena",
        date="2024-09-13", country="SH", region="africa", lang="en", authors=["Keisha Yon"],
        pre=[["Saint FM", "Home", "News", "Sport", "Notices", "Listen Live", "Contact"]],
        head=[["News"], ["Reported by Keisha Yon"], ["13 September 2024"]],
        inserts={2: ["Advertisement"], 4: ["ALSO ON SAINT FM:", "Jacob's Ladder handrails to be replaced this summer"]},
        tail=[["Listen to Saint FM Community Radio on 93.1 FM"], ["Share", "Facebook", "Email"],
              ["\u00a9 2024 Saint FM Community Radio"]],
        paras=P("""
More than 60 objects made by Boer prisoners of war held on St Helena between 1900 and 1902 have gone on display at the Museum of St Helena in Jamestown.

About 6,000 prisoners were kept at camps at Deadwood and Broad Bottom, and many passed the time carving walking sticks, napkin rings, boxes and small toys from wood and bone.

Around a third of the objects were lent by families in South Africa who have kept them for more than a century, and several made the journey by sea with a museum volunteer.

Each piece is shown with the name of the prisoner who made it, where that is known, and a note on how it was traded or given to islanders.

Museum curator Sharon Benjamin said the exhibition had brought together descendants of prisoners and of island families who bought or were given their carvings.

Schoolchildren will visit during the term to learn about the camps and the prisoners' daily life.

The exhibition runs until the end of March.
"""),
        must_have=[
            "Around a third of the objects were lent by families in South Africa who have kept them for more than a century, and several made the journey by sea with a museum volunteer.",
            "Each piece is shown with the name of the prisoner who made it, where that is known, and a note on how it was traded or given to islanders.",
        ]),
    # Manhaja (Hausa weekly): staff, bookbinding and manuscript-repair workshop in Kano; 'Daga NAME, Kano' byline ('daga' = from/by) naming the reporter's town.
    rec(cluster="manhaja-kano-jildi-bookbinding-workshop", role="single", file="manhaja_kano_jildin_littattafai_ha.txt", render="text",
        title="Matasa 40 sun kammala horon sana'ar jildin littattafai a Kano",
        date="2024-11-05", country="NG", region="africa", lang="ha", authors=["Aisha Umar Sani"],
        pre=[["Manhaja", "Labarai", "Siyasa", "Wasanni", "Nishaɗi", "Ra'ayi", "Tuntuɓe mu"]],
        head=[["Labarai"], ["Daga Aisha Umar Sani, Kano"], ["Nuwamba 5, 2024"]],
        inserts={2: ["Talla"], 4: ["KU KARANTA:", "Gidan tarihi na Gidan Makama ya karɓi baƙi dubu goma a wata ɗaya"]},
        tail=[["Raba", "Facebook", "WhatsApp", "X"], ["Labarai masu alaƙa"],
              ["\u00a9 2024 Manhaja. Duk haƙƙoƙi a kiyaye suke."]],
        paras=P("""
Matasa arba'in maza da mata sun kammala horon makonni shida kan sana'ar jildin littattafai da gyaran tsofaffin rubuce-rubuce a wani ɗakin karatu a birnin Kano.

Wata ƙungiya mai zaman kanta ce ta shirya horon tare da haɗin gwiwar hukumar kula da ɗakunan karatu ta jihar, domin a farfaɗo da sana'ar da ke neman ɓacewa.

A lokacin horon, an koya wa matasan yadda ake ɗinka takardu, yanka fata da kwali, da kuma manna murfin littafi ba tare da lalata shafukansa ba.

Sun kuma koyi yadda ake tsaftace tsofaffin littattafan Alƙur'ani da na ilimi da aka rubuta da hannu, waɗanda wasu iyalai suka ajiye su tsawon shekaru ɗari.

Malam Sani Bello, ɗaya daga cikin tsofaffin masu jildi a Kano, ya ce a da akwai shaguna da dama a kasuwar Kurmi da ke wannan sana'a, amma yanzu kaɗan ne suka rage.

Ya ce yana farin ciki ganin matasa suna sha'awar koyon aikin da ya gada daga wurin mahaifinsa.

Wata daga cikin waɗanda suka kammala horon, Hauwa Ibrahim, ta ce tana shirin buɗe ƙaramin shago a unguwarsu domin gyaran littattafan makarantun Islamiyya.
"""),
        must_have=[
            "A lokacin horon, an koya wa matasan yadda ake ɗinka takardu, yanka fata da kwali, da kuma manna murfin littafi ba tare da lalata shafukansa ba.",
            "Sun kuma koyi yadda ake tsaftace tsofaffin littattafan Alƙur'ani da na ilimi da aka rubuta da hannu, waɗanda wasu iyalai suka ajiye su tsawon shekaru ɗari.",
        ]),
    # ZJB Radio Montserrat (state broadcaster): desk copy 'ZJB News', oral-history recordings of old Plymouth.
    rec(cluster="zjb-montserrat-plymouth-oral-history", role="single", file="zjb_plymouth_oral_history.txt", render="text",
        title="Oral history project records memories of old Plymouth",
        date="2024-07-16", country="MS", region="americas", lang="en",
        pre=[["ZJB Radio Montserrat", "Home", "News", "Programmes", "Sports", "Listen Live", "Contact Us"]],
        head=[["News"], ["ZJB News"], ["July 16, 2024"]],
        inserts={2: ["Advertisement"], 4: ["More News:", "Little Bay port project reaches next stage"]},
        tail=[["Listen live: ZJB Radio 91.9 FM, The Voice of Montserrat"], ["Share", "Facebook", "WhatsApp"],
              ["\u00a9 2024 Radio Montserrat ZJB"]],
        paras=P("""
The Montserrat National Trust has recorded more than 80 hours of interviews with older residents about life in Plymouth before the capital was buried by the Soufrière Hills volcano.

The recordings cover shops, churches, schools, carnival and the busy jetty where islanders once met the boats from Antigua.

Each interview is transcribed by volunteers and stored with photographs that the speakers lend to the Trust to be scanned.

Many of those recorded left the island after the eruptions of the 1990s, and some interviews were made by telephone with Montserratians living in England.

Project coordinator Claudette Ryan said time was running out to capture the memories of people who remembered Plymouth as a working town.

She said several speakers had drawn maps from memory, showing where their family homes and businesses once stood.

Extracts from the interviews will be broadcast on ZJB every Sunday afternoon from August.

Residents with old photographs or stories to share can contact the Trust at its office in Olveston.
"""),
        must_have=[
            "Each interview is transcribed by volunteers and stored with photographs that the speakers lend to the Trust to be scanned.",
            "Many of those recorded left the island after the eruptions of the 1990s, and some interviews were made by telephone with Montserratians living in England.",
        ]),
    # Samkhretis Karibche (Akhaltsikhe regional site, Georgian): staff, old cinema restored as a community hall; 'ავტორი:' (author) line under the date.
    rec(cluster="samkhretiskaribche-akhaltsikhe-cinema-hall", role="single", file="samkhretiskaribche_akhaltsikhe_kinoteatri_ka.txt", render="text",
        title="ახალციხეში ძველი კინოთეატრი საზოგადოებრივ დარბაზად იქცა",
        date="2024-10-21", country="GE", region="asia", lang="ka", authors=["ნინო ბერიძე"],
        pre=[["სამხრეთის კარიბჭე", "მთავარი", "საზოგადოება", "პოლიტიკა", "კულტურა", "სპორტი", "ვიდეო"]],
        head=[["საზოგადოება"], ["21.10.2024"], ["ავტორი: ნინო ბერიძე"]],
        inserts={2: ["რეკლამა"], 4: ["ასევე წაიკითხეთ:", "ასპინძის მუზეუმში ახალი ექსპოზიცია გაიხსნა"]},
        tail=[["გააზიარეთ", "Facebook", "X"], ["მსგავსი სიახლეები"],
              ["\u00a9 2024 სამხრეთის კარიბჭე. ყველა უფლება დაცულია."]],
        paras=P("""
ახალციხის ცენტრში მდებარე ძველი კინოთეატრის შენობა, რომელიც ოცდაათ წელზე მეტი ხნის განმავლობაში ცარიელი იდგა, რეაბილიტაციის შემდეგ საზოგადოებრივ დარბაზად გაიხსნა.

კინოთეატრი გასული საუკუნის სამოციან წლებში აშენდა და ერთ დროს ქალაქის ყველაზე პოპულარული ადგილი იყო, თუმცა ოთხმოცდაათიან წლებში დაიხურა და შენობა თანდათან დაინგრა.

სამუშაოების დროს შეკეთდა სახურავი და ფასადი, დარბაზში ახალი სკამები დაიდგა, ხოლო სცენა გაფართოვდა, რათა მასზე კონცერტებისა და სპექტაკლების გამართვა იყოს შესაძლებელი.

შენობაში ასევე მოეწყო პატარა ბიბლიოთეკა და ოთახი, სადაც ადგილობრივ ახალგაზრდებს უფასოდ შეეძლებათ შეკრება და მეცადინეობა.

მუნიციპალიტეტის წარმომადგენლის თქმით, დარბაზი გამოყენებული იქნება ფილმების ჩვენებისთვის, მოსახლეობასთან შეხვედრებისთვის და ადგილობრივი თეატრალური დასის რეპეტიციებისთვის.

ახალციხელმა პენსიონერმა თამარ კაპანაძემ გაიხსენა, რომ ახალგაზრდობაში მეგობრებთან ერთად ყოველ კვირას დადიოდა კინოში და ახალ ფილმებს დიდი რიგები ხვდებოდა.

შენობის ფოიეში გამოფენილია კინოთეატრის ძველი აფიშები და ფოტოები, რომლებიც ქალაქის მცხოვრებლებმა გადასცეს.

გახსნის დღეს დარბაზში ძველი ქართული ფილმი აჩვენეს, რომლის სანახავადაც ასობით ადამიანი მივიდა, მათ შორის ბევრი ახალგაზრდა.

მუნიციპალიტეტი გეგმავს, რომ ზაფხულში შენობის ეზოში ღია ცის ქვეშ კინოჩვენებებიც მოაწყოს.

დარბაზი ყოველდღე იქნება ღია, დილის ათი საათიდან საღამოს ცხრა საათამდე.
"""),
        must_have=[
            "სამუშაოების დროს შეკეთდა სახურავი და ფასადი, დარბაზში ახალი სკამები დაიდგა, ხოლო სცენა გაფართოვდა, რათა მასზე კონცერტებისა და სპექტაკლების გამართვა იყოს შესაძლებელი.",
            "შენობაში ასევე მოეწყო პატარა ბიბლიოთეკა და ოთახი, სადაც ადგილობრივ ახალგაზრდებს უფასოდ შეეძლებათ შეკრება და მეცადინეობა.",
        ]),
    # Víkurfréttir (Reykjanesbær weekly, Icelandic): staff, lighthouse museum at Garðskagi; bare-name byline, Icelandic weekday
    # date line, 'VF-mynd:' (the paper's own photo label) credit after the caption.
    rec(cluster="vikurfrettir-gardskagi-lighthouse-exhibition", role="single", file="vikurfrettir_gardskagaviti_syning_is.txt", render="text",
        title="Vitasýning opnuð í gamla vitanum á Garðskaga",
        date="2024-06-04", country="IS", region="europe", lang="is", authors=["Sólveig Hauksdóttir"],
        caption="Gestir skoða gamla linsu í efsta hluta vitans.", credit="Sólveig Hauksdóttir",
        pre=[["Víkurfréttir", "Fréttir", "Mannlíf", "Íþróttir", "Aflafréttir", "Sjónvarp", "Rafræn útgáfa"]],
        head=[["Fréttir"], ["Sólveig Hauksdóttir"], ["þriðjudagur 4. júní 2024 kl. 14:05"]],
        cap_lines=["Gestir skoða gamla linsu í efsta hluta vitans. VF-mynd: Sólveig Hauksdóttir"],
        inserts={2: ["Auglýsing"], 4: ["Lesa meira:", "Nýtt bókasafn opnar í Sandgerði í haust"]},
        tail=[["Deila", "Facebook", "Tölvupóstur"], ["Fleiri fréttir"], ["\u00a9 2024 Víkurfréttir ehf."]],
        paras=P("""
Ný sýning um sögu vitanna á Reykjanesskaga var opnuð í gamla vitanum á Garðskaga um helgina, en vitinn hefur staðið lokaður almenningi í mörg ár.

Gamli vitinn var reistur árið 1897 og var notaður í tæpa hálfa öld, þar til nýi vitinn, sem er einn hæsti viti landsins, tók við hlutverki hans.

Á sýningunni má sjá gamlar linsur, lampa og olíubrúsa, auk ljósmynda og dagbóka vitavarða sem skráðu veður og skipaferðir á hverjum degi.

Gestir geta gengið upp þröngan stigann og horft út yfir Faxaflóa úr efsta hluta vitans, þar sem ljóskerið var áður.

Forstöðumaður byggðasafnsins, Ásgeir Magnússon, segir að margir heimamenn eigi ættingja sem störfuðu við vitana eða á sjónum.

Hann segir að sýningin hafi verið unnin í samvinnu við eldri íbúa sem lánuðu muni og sögðu frá lífinu á Garðskaga á fyrri hluta síðustu aldar.

Þá hafa nemendur grunnskólans í Garði útbúið kort sem sýnir hvar skip hafa strandað við skagann.

Safnið er opið alla daga í sumar frá klukkan tíu til fimm og er aðgangur ókeypis fyrir börn.
"""),
        must_have=[
            "Á sýningunni má sjá gamlar linsur, lampa og olíubrúsa, auk ljósmynda og dagbóka vitavarða sem skráðu veður og skipaferðir á hverjum degi.",
            "Gestir geta gengið upp þröngan stigann og horft út yfir Faxaflóa úr efsta hluta vitans, þar sem ljóskerið var áður.",
        ]),
    # Rehijanalnaja hazieta (Maladzyechna weekly, Belarusian): staff, a school's 150th anniversary book; the writer signs at the
    # end with the surname in capitals, 'Фота аўтара' (photo by the author) line with no caption.
    rec(cluster="rg-maladzyechna-school-150-book", role="single", file="regiyanalnaya_maladzechna_shkola_150_be.txt", render="text",
        title="Да 150-годдзя школы ў Маладзечне выдалі кнігу ўспамінаў",
        date="2024-09-20", country="BY", region="europe", lang="be", authors=["Ганна Карповіч"],
        pre=[["Рэгіянальная газета", "Навіны", "Грамадства", "Культура", "Спорт", "Афіша"]],
        head=[["Культура"], ["20.09.2024 10:15"]],
        inserts={2: ["Рэклама"], 4: ["Чытайце таксама:", "У Маладзечне адкрылася выстава старых паштовак"]},
        tail=[["Ганна КАРПОВІЧ"], ["Фота аўтара"], ["Падзяліцца", "Facebook", "Telegram"],
              ["\u00a9 2024 Рэгіянальная газета"]],
        paras=P("""
Да 150-годдзя адной з найстарэйшых школ Маладзечна выйшла кніга, у якую ўвайшлі ўспаміны выпускнікоў, настаўнікаў і бацькоў розных пакаленняў.

Школа вядзе сваю гісторыю з 1874 года, калі ў мястэчку адкрылася народнае вучылішча, дзе вучыліся дзеці сялян і рамеснікаў.

Над кнігай амаль два гады працавала група настаўнікаў і старшакласнікаў, якія шукалі дакументы ў архівах, запісвалі ўспаміны і збіралі старыя фотаздымкі.

У кнігу ўвайшлі больш за трыста фотаздымкаў, спісы ўсіх выпускнікоў пасля 1945 года і гісторыі пра вядомых людзей, якія вучыліся ў школе.

Кіраўнік праекта, настаўніца гісторыі Таццяна Лукашэвіч, расказала, што многія выпускнікі дасылалі лісты і фотаздымкі з іншых гарадоў і нават краін.

Па яе словах, самым кранальным стаў успамін былой вучаніцы, якая ў гады вайны хадзіла ў школу босая і насіла падручнікі ў палатняной торбе.

Прэзентацыя кнігі адбылася ў актавай зале школы, куды прыйшлі выпускнікі 1950-х гадоў.

Кнігу выдалі накладам пяцьсот асобнікаў на сродкі выпускнікоў і мясцовых прадпрыемстваў.

Асобнікі кнігі перададзены ў школьны музей, раённую бібліятэку і краязнаўчы музей.
"""),
        must_have=[
            "Над кнігай амаль два гады працавала група настаўнікаў і старшакласнікаў, якія шукалі дакументы ў архівах, запісвалі ўспаміны і збіралі старыя фотаздымкі.",
            "У кнігу ўвайшлі больш за трыста фотаздымкаў, спісы ўсіх выпускнікоў пасля 1945 года і гісторыі пра вядомых людзей, якія вучыліся ў школе.",
        ]),
    # Norfolk Online News (Norfolk Island): staff, headstones of the Kingston cemetery recorded; 'Words and pictures:' byline formula.
    rec(cluster="norfolkonline-kingston-cemetery-headstones", role="single", file="norfolkonline_kingston_cemetery.txt", render="text",
        title="Volunteers record every headstone in Kingston's historic cemetery",
        date="2024-08-20", country="NF", region="oceania", lang="en", authors=["Lisa Nobbs"],
        pre=[["Norfolk Online News", "Home", "News", "Community", "Notices", "Weather", "Contact"]],
        head=[["Words and pictures: Lisa Nobbs"], ["20 August 2024"]],
        inserts={2: ["Advertisement"], 4: ["MORE NEWS:", "Bounty Day committee calls for float entries"]},
        tail=[["Have a story? Email the newsroom"], ["Share", "Facebook", "Email"], ["\u00a9 2024 Norfolk Online News"]],
        paras=P("""
A team of volunteers has finished photographing and recording all of the headstones in the historic cemetery at Kingston, one of the oldest European burial grounds in the Pacific.

The cemetery holds graves from the convict settlements of the early 1800s as well as those of the Pitcairn families who arrived on the island in 1856.

Over 18 months the group cleaned lichen from more than 500 stones with soft brushes and water, photographed each one and typed the inscriptions into a database.

Where an inscription had worn away, volunteers checked church records, old newspapers and family bibles to find the name and dates of the person buried there.

Project leader Greg Buffett said the database would help descendants around the world find their ancestors' graves before they visit the island.

The volunteers also recorded the carvings on the older stones, which include ships, anchors, hands and weeping willows.

The records will be kept at the Norfolk Island Museum and published online later this year.
"""),
        must_have=[
            "Over 18 months the group cleaned lichen from more than 500 stones with soft brushes and water, photographed each one and typed the inscriptions into a database.",
            "Where an inscription had worn away, volunteers checked church records, old newspapers and family bibles to find the name and dates of the person buried there.",
        ]),
    # Taimi 'o Tonga (Taimi Media Network): staff, women's groups finish a giant ngatu for the national collection; 'By' byline.
    rec(cluster="taimi-tongatapu-giant-ngatu", role="single", file="taimiotonga_giant_ngatu.txt", render="text",
        title="Women's groups finish giant ngatu for Tonga's national collection",
        date="2025-01-16", country="TO", region="oceania", lang="en", authors=["Losaline Vea"],
        pre=[["Taimi 'o Tonga", "News", "Tonga", "Pacific", "Sports", "Lea Faka-Tonga"]],
        head=[["By Losaline Vea"], ["January 16, 2025"]],
        inserts={2: ["Advertisement"], 4: ["ALSO READ:", "Vava'u library receives new computers"]},
        tail=[["Taimi Media Network"], ["Share", "Facebook", "X"], ["\u00a9 2025 Taimi Media Network"]],
        paras=P("""
Women from seven villages on Tongatapu have completed a ngatu more than 30 metres long, which will be kept in the national collection as an example of traditional tapa making.

The women spent four months beating the bark of the paper mulberry tree into thin sheets, pasting them together and painting the designs with dyes made from tree bark and clay.

Each village group was given one section of the cloth, and the elders chose patterns that tell the history of their own village and its chiefly families.

The finished ngatu will be stored in a climate-controlled room and displayed on special occasions, such as national celebrations and visits by school groups.

Organiser Mele Taufa said fewer young women were learning to make ngatu, and the project had brought grandmothers and granddaughters together.

Several girls from local high schools joined the work during their holidays and learned to mix the dyes.

The cloth will be presented at a ceremony in Nuku'alofa next month.
"""),
        must_have=[
            "Each village group was given one section of the cloth, and the elders chose patterns that tell the history of their own village and its chiefly families.",
            "The finished ngatu will be stored in a climate-controlled room and displayed on special occasions, such as national celebrations and visits by school groups.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_SVT = site("St Vincent Times", "https://www.stvincenttimes.example.com", " - St Vincent Times", "en_VC", "@StVincentTimes",
                ["Home", "Local", "Regional", "Politics", "Sports", "Entertainment", "Opinion"],
                ["\u00a9 2024 St Vincent Times. All Rights Reserved.", "About Us", "Advertise"],
                share=["Share", "Facebook", "X", "WhatsApp", "Telegram"], top=["Subscribe", "Submit a Story"])
SITE_BC = site("The Bush Chicken", "https://www.bushchicken.example.com", " | The Bush Chicken", "en_US", "@thebushchicken",
               ["News", "Politics", "Education", "Health", "Business", "Counties", "Multimedia"],
               ["\u00a9 2024 The Bush Chicken. All rights reserved.", "About", "Contact"],
               share=["Share", "Facebook", "X", "WhatsApp"])
SITE_RP = site("Radio Péyi", "https://www.radiopeyi.example.com", " - Radio Péyi", "fr_GF", "@RadioPeyi",
               ["Actualités", "Guyane", "Société", "Culture", "Sport", "Podcasts", "Direct"],
               ["\u00a9 2024 Radio Péyi. Tous droits réservés.", "Mentions légales", "Contact"],
               share=["Partager", "Facebook", "WhatsApp", "X"])
SITE_CP = site("The China Post", "https://chinapost.example.com.tw", " - The China Post", "en_US", "@ChinaPost",
               ["Taiwan", "Asia", "World", "Business", "Life", "Sports", "Opinion"],
               ["\u00a9 2024 The China Post. All rights reserved.", "About Us", "Contact Us"],
               share=["Share", "Facebook", "X", "Line", "Email"])
SITE_NP = site("नयाँ पत्रिका", "https://nayapatrika.example.com", " | नयाँ पत्रिका", "ne_NP", "@nayapatrika",
               ["समाचार", "राजनीति", "अर्थ", "प्रदेश", "समाज", "खेलकुद", "विचार"],
               ["\u00a9 २०२४ नयाँ पत्रिका दैनिक । सर्वाधिकार सुरक्षित ।", "हाम्रो बारेमा", "सम्पर्क"],
               share=["सेयर", "Facebook", "X", "Viber"])
SITE_VT = site("Võrumaa Teataja", "https://vorumaateataja.example.ee", " | Võrumaa Teataja", "et_EE", "@vorumaateataja",
               ["Uudised", "Elu", "Sport", "Arvamus", "Kultuur", "E-leht"],
               ["\u00a9 2024 Võrumaa Teataja. Kõik õigused kaitstud.", "Kontakt", "Reklaam"],
               share=["Jaga", "Facebook", "X", "E-post"],
               cookie="Kasutame küpsiseid, et pakkuda sulle paremat kasutajakogemust.", buttons=["Nõustun", "Keeldun"])
SITE_ND = site("Nós Diario", "https://www.nosdiario.example.gal", " - Nós Diario", "gl_ES", "@nosdiario",
               ["Galiza", "Política", "Economía", "Sociedade", "Cultura", "Deportes", "Opinión"],
               ["\u00a9 2024 Nós Diario. Todos os dereitos reservados.", "Quen somos", "Contacto"],
               share=["Compartir", "Facebook", "X", "WhatsApp", "Telegram"], top=["Subscríbete", "Acceder"],
               cookie="Utilizamos cookies propias e de terceiros para mellorar os nosos servizos.",
               buttons=["Aceptar", "Rexeitar", "Configurar"])
SITE_NH = site("Naracoorte Herald", "https://www.naracoorteherald.example.com.au", " | Naracoorte Herald", "en_AU", "@NaracoorteHerald",
               ["News", "Sport", "Community", "Rural", "Obituaries", "Subscribe"],
               ["\u00a9 2024 Australian Community Media. All rights reserved.", "Terms", "Privacy"],
               share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Log in"])
SITE_RNP = site("Radio Ngāti Porou", "https://www.radiongatiporou.example.co.nz", " | Radio Ngāti Porou", "en_NZ", "@RadioNgatiPorou",
                ["Kāinga", "Ngā Kōrero", "Ahurea", "Hākinakina", "Hōtaka", "Whakarongo Mai"],
                ["\u00a9 2024 Radio Ngāti Porou. All rights reserved.", "Contact", "Privacy"],
                share=["Tohatoha", "Facebook", "Email"], graph=True)

HTML_STORIES = [
    # St Vincent Times (Kingstown news site, gzipped page): original of the CMC cluster; 'BASSETERRE, St Kitts, Oct 3, CMC –'
    # dateline, the site's own name as byline, CMC's closing desk code 'CMC/kb/ir/2024'.
    dict(CMC, role="original", file="stvincenttimes_cmc_st_kitts_scenic_railway.html.gz", render="html",
         site=SITE_SVT, section="Regional", meta_section="Regional",
         url="https://www.stvincenttimes.example.com/st-kitts-scenic-railway-to-resume-full-island-circuit-after-track-repairs/",
         published="2024-10-03T15:42:00-04:00", ld_author=[{"@type": "Organization", "name": "St Vincent Times"}],
         byline_lines=["St Vincent Times"], date_lines=["October 3, 2024"],
         caption="The scenic railway's double-decker carriages on the coastal line north of Basseterre.",
         credit="St Kitts Tourism Authority", credit_shown="(Photo: St Kitts Tourism Authority)",
         inserts={2: [("ad", "Advertisement")], 4: [("link", "Read also:", "Grenada to host regional heritage conference in November")]},
         end_lines=["CMC/kb/ir/2024"],
         lists=[("Trending", ["Argyle airport records busiest September", "Vincy Mas bands register for 2025"])]),
    # The Bush Chicken (Liberian online news): staff, a community library in Gbarnga; 'GBARNGA, Bong –' dateline (city, county),
    # 'Featured photo by' sign-off.
    rec(cluster="bushchicken-gbarnga-community-library", role="single", file="bushchicken_gbarnga_community_library.html", render="html",
        site=SITE_BC, title="Community library opens in Gbarnga with 5,000 donated books",
        date="2024-02-15", dateline="GBARNGA, Bong \u2013 ", city="Gbarnga", country="LR", region="africa", lang="en",
        authors=["Emmanuel Sherman"], section="Education", meta_section="Education",
        url="https://www.bushchicken.example.com/community-library-opens-in-gbarnga-with-5000-donated-books/",
        description="Students preparing for WASSCE can use the reading room free of charge.",
        published="2024-02-15T10:30:00+00:00",
        byline_lines=["By Emmanuel Sherman"], date_lines=["February 15, 2024"],
        caption="Students read at the new community library in Gbarnga.", credit="Emmanuel Sherman",
        credit_shown="(Photo: Emmanuel Sherman)",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Ganta students get a new science laboratory")]},
        end_lines=["Featured photo by Emmanuel Sherman"],
        tags=("Tags:", ["Bong County", "Education", "Libraries"]),
        comments=["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
        paras=P("""
Students and residents of Gbarnga now have a quiet place to read and study after a community library opened in a renovated building near the city's central market.

The library holds about 5,000 books, most of them donated by schools and charities abroad, along with Liberian history books and copies of the country's laws.

It opens from 9 a.m. to 7 p.m. on weekdays, and students preparing for the West African Senior School Certificate Examination can use the reading room free of charge.

The building was once a storage depot and had stood empty since the civil war, according to the library's founder, retired teacher Musu Kollie.

Volunteers fixed the roof, built shelves from local wood and installed solar panels so that students can read in the evenings when the city's power supply is unreliable.

Kollie said many young people in Bong County had never owned a book of their own and often shared one textbook among a whole class.

The library plans to start reading lessons for adults in March.
"""),
        must_have=[
            "It opens from 9 a.m. to 7 p.m. on weekdays, and students preparing for the West African Senior School Certificate Examination can use the reading room free of charge.",
            "Volunteers fixed the roof, built shelves from local wood and installed solar panels so that students can read in the evenings when the city's power supply is unreliable.",
        ]),
    # Radio Péyi (Cayenne radio site, French): staff, residents name faces in old photographs at Saint-Laurent-du-Maroni's
    # archives; no JSON-LD, live-radio bar, '©' credit naming the archives.
    rec(cluster="radiopeyi-saint-laurent-old-photos", role="single", file="radiopeyi_saint_laurent_vieilles_photos_fr.html", render="html",
        site=SITE_RP, title="Saint-Laurent : les habitants invités à mettre des noms sur de vieilles photos",
        date="2024-03-06", country="GF", region="americas", lang="fr", authors=["Sandra Lauriette"],
        section="Société", meta_section="Société", jsonld=False,
        url="https://www.radiopeyi.example.com/societe/saint-laurent-les-habitants-invites-a-mettre-des-noms-sur-de-vieilles-photos/",
        description="Plus de 500 photographies anciennes de la ville ont été numérisées.",
        published="2024-03-06T11:20:00-03:00",
        ticker=("EN DIRECT", "Écoutez Radio Péyi sur 103.3 FM"),
        byline_lines=["Par Sandra Lauriette"], date_lines=["Publié le 06/03/2024 à 11h20"],
        caption="Le marché de Saint-Laurent-du-Maroni dans les années 1950.",
        credit="Archives municipales de Saint-Laurent-du-Maroni",
        credit_shown="\u00a9 Archives municipales de Saint-Laurent-du-Maroni",
        inserts={2: [("ad", "Publicité")], 4: [("link", "À lire aussi :", "Mana : la bibliothèque municipale ouvre désormais le samedi")]},
        lists=[("Les plus lus", ["Coupure d'eau à Matoury jeudi", "Le carnaval démarre à Cayenne"])],
        paras=P("""
Les archives municipales de Saint-Laurent-du-Maroni invitent les habitants à identifier les personnes et les lieux visibles sur plus de 500 photographies anciennes de la ville, numérisées ces derniers mois.

Ces clichés, pris entre les années 1920 et 1970, montrent le marché, le port, les fêtes de quartier, les écoles et les pirogues sur le fleuve Maroni.

Chaque mercredi après-midi, une sélection d'images est projetée dans la salle de lecture, et les visiteurs sont invités à dire qui ils reconnaissent et où la photo a été prise.

Les informations recueillies sont notées sur une fiche, puis ajoutées au catalogue en ligne des archives avec le nom de la personne qui les a données.

La responsable des archives, Nadège Ho-A-Sim, raconte qu'une dame a reconnu sa propre mère sur une photo de mariage prise en 1954.

Une partie des photographies provient de familles qui les gardaient dans des albums ou des boîtes à chaussures, parfois sans savoir qui y figurait.

Les séances sont gratuites et ouvertes à tous.
"""),
        must_have=[
            "Chaque mercredi après-midi, une sélection d'images est projetée dans la salle de lecture, et les visiteurs sont invités à dire qui ils reconnaissent et où la photo a été prise.",
            "Les informations recueillies sont notées sur une fiche, puis ajoutées au catalogue en ligne des archives avec le nom de la personne qui les a données.",
        ]),
    # The China Post (Taipei, English): staff, glove puppets donated to a Yunlin museum; 'By NAME, The China Post' byline,
    # 'Photo courtesy of' credit.
    rec(cluster="chinapost-yunlin-glove-puppets-donated", role="single", file="chinapost_yunlin_glove_puppets.html", render="html",
        site=SITE_CP, title="Retired puppeteer donates 300 glove puppets to Yunlin museum",
        date="2024-12-05", country="TW", region="asia", lang="en", authors=["Chen Wei-ting"],
        section="Taiwan", meta_section="Taiwan",
        url="https://chinapost.example.com.tw/taiwan/2024/12/05/retired-puppeteer-donates-300-glove-puppets-to-yunlin-museum/",
        description="Some of the puppets are more than 80 years old.",
        published="2024-12-05T17:30:00+08:00",
        byline_lines=["By Chen Wei-ting, The China Post"], date_lines=["December 5, 2024"],
        caption="Lin Tsung-ming with some of the glove puppets he has given to the museum.",
        credit="Yunlin County Government", credit_shown="(Photo courtesy of Yunlin County Government)",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Tainan temple fair revives traditional shadow puppetry")]},
        lists=[("Most Read", ["Typhoon season ends with record rainfall", "Taipei metro adds late-night trains"])],
        paras=P("""
A retired puppeteer has donated more than 300 glove puppets and a hand-carved stage to a museum in Yunlin County, the heartland of Taiwan's traditional budaixi puppet theatre.

The puppets, some more than 80 years old, were collected by Lin Tsung-ming over six decades of performing at temple festivals across central and southern Taiwan.

Each puppet has a carved wooden head, hand-painted features and an embroidered silk costume, and many were made by master carvers whose workshops have since closed.

Museum staff will spend the next year cleaning and cataloguing the collection before a selection goes on display, along with recordings of Lin's performances.

Lin, 84, said he hoped young people would see the puppets as works of art and not just as old toys.

He said his troupe once performed more than 200 shows a year, often on a stage built on the back of a truck outside a temple.

The museum also plans workshops where children can learn to move the puppets and write short plays of their own.
"""),
        must_have=[
            "Each puppet has a carved wooden head, hand-painted features and an embroidered silk costume, and many were made by master carvers whose workshops have since closed.",
            "Museum staff will spend the next year cleaning and cataloguing the collection before a selection goes on display, along with recordings of Lin's performances.",
        ]),
    # Naya Patrika (Kathmandu daily, Nepali): staff, palm-leaf manuscripts conserved in Bhaktapur; 'भक्तपुर, साउन १७ ।' dateline
    # (city and Bikram Sambat day, closed by the danda), 'प्रकाशित :' date line in the Bikram Sambat calendar, 'तस्बिर :' credit.
    rec(cluster="nayapatrika-bhaktapur-palm-leaf-manuscripts", role="single", file="nayapatrika_bhaktapur_pandulipi_ne.html", render="html",
        site=SITE_NP, title="भक्तपुरमा पुस्तौँ पुराना पाण्डुलिपिको संरक्षण र डिजिटलीकरण सुरु",
        date="2024-08-01", dateline="भक्तपुर, साउन १७ । ", city="Bhaktapur", country="NP", region="asia", lang="ne",
        authors=["सुनिता श्रेष्ठ"], section="समाज", meta_section="समाज",
        url="https://nayapatrika.example.com/news/1234567/2024-08-01",
        description="चालीसभन्दा बढी परिवारले आफ्ना पाण्डुलिपि संग्रहालयमा ल्याइसकेका छन् ।",
        published="2024-08-01T11:20:00+05:45",
        byline_lines=["सुनिता श्रेष्ठ"], date_lines=["प्रकाशित : बिहीबार, साउन १७, २०८१ ११:२०"],
        caption="संग्रहालयमा सफा गरिँदै गरेको एक ताडपत्र पाण्डुलिपि ।", credit="सुनिता श्रेष्ठ",
        credit_shown="तस्बिर : सुनिता श्रेष्ठ",
        inserts={2: [("ad", "विज्ञापन")], 4: [("link", "यो पनि पढ्नुहोस्:", "पाटन संग्रहालयमा पुराना मूर्तिको नयाँ प्रदर्शनी")]},
        tags=("ट्याग:", ["भक्तपुर", "पाण्डुलिपि", "सम्पदा"]),
        paras=P("""
स्थानीय परिवारहरूले पुस्तौँदेखि घरमा राखेका सयौँ ताडपत्र र कागजका पुराना पाण्डुलिपिहरूको संरक्षण तथा डिजिटलीकरण सुरु भएको छ ।

नगरपालिकाको सहयोगमा एक स्थानीय संग्रहालयले यो काम थालेको हो, जसमा अहिलेसम्म चालीसभन्दा बढी परिवारले आफ्ना पाण्डुलिपि ल्याइसकेका छन् ।

प्रत्येक पाण्डुलिपिलाई सफा गरी क्यामेराबाट फोटो खिचिन्छ र त्यसपछि विशेष कागज तथा कपडामा बेरेर परिवारलाई नै फिर्ता दिइन्छ ।

पाण्डुलिपिहरूमा धार्मिक ग्रन्थ, ज्योतिष, आयुर्वेद र पुराना जग्गाका कागजातहरू छन्, जसमध्ये केही नेपाल भाषामा रञ्जना लिपिमा लेखिएका छन् ।

संग्रहालयका प्रमुख राजेन्द्र प्रजापतिका अनुसार धेरै पाण्डुलिपि किरा, धुलो र चिस्यानका कारण बिग्रिन थालेका थिए ।

उनले भने, 'यी कागजात हाम्रा पुर्खाको ज्ञान हुन्, यिनलाई जोगाउनु हामी सबैको जिम्मेवारी हो ।'

संग्रहालयले पाण्डुलिपि पढ्न र सुरक्षित राख्न सिकाउने तालिम पनि सञ्चालन गर्ने योजना बनाएको छ ।

संग्रहालयमा ल्याइएका सबैभन्दा पुराना पाण्डुलिपि करिब चार सय वर्ष पुराना रहेको अनुमान गरिएको छ ।

डिजिटल प्रतिलिपि अनुसन्धानकर्ता र विद्यार्थीले संग्रहालयमा आएर हेर्न सक्नेछन् ।

आउँदो वर्षसम्म पाँच सय पाण्डुलिपिको डिजिटलीकरण गर्ने लक्ष्य राखिएको छ ।
"""),
        must_have=[
            "प्रत्येक पाण्डुलिपिलाई सफा गरी क्यामेराबाट फोटो खिचिन्छ र त्यसपछि विशेष कागज तथा कपडामा बेरेर परिवारलाई नै फिर्ता दिइन्छ ।",
            "पाण्डुलिपिहरूमा धार्मिक ग्रन्थ, ज्योतिष, आयुर्वेद र पुराना जग्गाका कागजातहरू छन्, जसमध्ये केही नेपाल भाषामा रञ्जना लिपिमा लेखिएका छन् ।",
        ]),
    # Võrumaa Teataja (Võru weekly, Estonian): staff, a settlement village's centenary exhibition; byline in capitals, consent wall,
    # 'FOTO:' credit in capitals.
    rec(cluster="vorumaateataja-puiga-village-centenary", role="single", file="vorumaateataja_puiga_kula_100_et.html", render="html",
        site=SITE_VT, title="Puiga küla tähistab sajandat sünnipäeva näitusega külamajas",
        date="2024-07-12", country="EE", region="europe", lang="et", authors=["Merle Kõiv"],
        section="Uudised", meta_section="Uudised",
        url="https://vorumaateataja.example.ee/7012345/puiga-kula-tahistab-sajandat-sunnipaeva-naitusega-kulamajas",
        description="Näitusel on ligi kakssada fotot, mille küla elanikud kodudest välja otsisid.",
        published="2024-07-12T16:40:00+03:00",
        byline_lines=["MERLE KÕIV"], date_lines=["12. juuli 2024, 16:40"],
        caption="Küla vanemad elanikud vaatavad näitusel vanu fotosid.", credit="MERLE KÕIV", credit_shown="FOTO: MERLE KÕIV",
        inserts={2: [("ad", "Reklaam")], 4: [("link", "Loe ka:", "Rõuge muuseum avab suvel uue püsinäituse")]},
        newsletter_end=["Telli Võrumaa Teataja uudiskiri", "Telli"],
        paras=P("""
Puiga külamajas avati nädalavahetusel näitus, mis tähistab küla sajandat aastapäeva ja jutustab, kuidas endise mõisa maadele tekkis 1924. aastal uus asundusküla.

Pärast maareformi jagati mõisa põllud väikesteks taludeks, mille said endised mõisatöölised ja Vabadussõjas osalenud mehed.

Näitusel on üleval vanad talude plaanid, kirjad, tööriistad ja peaaegu kakssada fotot, mille küla elanikud ja nende sugulased kodudest välja otsisid.

Iga talu kohta on koostatud lühike lugu sellest, kes seal elasid, mida kasvatati ja kuhu pered aastate jooksul laiali läksid.

Näituse koostaja, külaseltsi juhatuse liige Anne Parts ütles, et töö kestis üle aasta ning paljud vanemad inimesed rääkisid oma lapsepõlvest esimest korda.

Tema sõnul tuli kirju ja fotosid ka Rootsist ja Kanadast, kuhu mitu küla peret sõja ajal põgenes.

Näitusel saab vaadata ka küla kooli vanu klassipilte ja esimese piimaühistu arveraamatuid.

Külaselts plaanib koguda mälestused ka raamatuks, mis peaks ilmuma järgmisel aastal.

Avamisel laulis külakoor ja pakuti pannkooke, mida küpsetati vana perekonnaretsepti järgi.

Näitus jääb avatuks augusti lõpuni ning külamaja on avatud nädalavahetustel.
"""),
        must_have=[
            "Näitusel on üleval vanad talude plaanid, kirjad, tööriistad ja peaaegu kakssada fotot, mille küla elanikud ja nende sugulased kodudest välja otsisid.",
            "Iga talu kohta on koostatud lühike lugu sellest, kes seal elasid, mida kasvatati ja kuhu pered aastate jooksul laiali läksid.",
        ]),
    # Nós Diario (Santiago de Compostela daily, Galician): staff, emigrants' letters collected by A Estrada's archive; byline block
    # with the reporter's town under the name, subscription appeal, consent wall.
    rec(cluster="nosdiario-aestrada-emigrant-letters", role="single", file="nosdiario_aestrada_cartas_emigrantes_gl.html", render="html",
        site=SITE_ND, title="O arquivo da Estrada recolle máis de mil cartas de emigrantes",
        date="2024-05-09", country="ES", region="europe", lang="gl", authors=["Uxía Martínez"],
        section="Galiza", meta_section="Galiza",
        url="https://www.nosdiario.example.gal/articulo/galiza/arquivo-estrada-recolle-mil-cartas-emigrantes/20240509070000123456.html",
        description="As cartas foron doadas por familias que as gardaban en caixas e baúis.",
        published="2024-05-09T07:00:00+02:00",
        byline_lines=["Uxía Martínez", "A Estrada"], date_lines=["09/05/2024 07:00"],
        caption="Algunhas das cartas doadas ao arquivo municipal.", credit="Arquivo Municipal da Estrada",
        credit_shown="Foto: Arquivo Municipal da Estrada",
        inserts={2: [("ad", "Publicidade")],
                 4: [("promo", ["Nós Diario é posible grazas ás súas subscritoras e subscritores.", "Fai a túa subscrición"])]},
        paras=P("""
O arquivo municipal da Estrada reuniu nos últimos dous anos máis de mil cartas enviadas por veciños que emigraron a Cuba, Arxentina e Uruguai entre finais do século XIX e mediados do XX.

As cartas foron doadas por familias da comarca que as gardaban en caixas, baúis e caixóns, moitas delas sen abrir desde hai décadas.

Nelas, os emigrantes contaban como era o traballo nos portos, nas tendas e nas fábricas, pedían novas da familia e mandaban diñeiro para mercar terras ou arranxar a casa.

O persoal do arquivo está a dixitalizar cada carta e a transcribir o texto, xa que a letra de moitas delas é difícil de ler e o papel está moi deteriorado.

A arquiveira Carme Vilas explicou que as cartas permiten coñecer a emigración desde dentro, coas palabras das propias persoas que a viviron.

Unha selección exporase en outubro na casa da cultura, xunto con fotografías, pasaportes e billetes de barco da época.

O concello fai un chamamento ás familias que aínda conserven cartas para que as leven ao arquivo.
"""),
        must_have=[
            "Nelas, os emigrantes contaban como era o traballo nos portos, nas tendas e nas fábricas, pedían novas da familia e mandaban diñeiro para mercar terras ou arranxar a casa.",
            "O persoal do arquivo está a dixitalizar cada carta e a transcribir o texto, xa que a letra de moitas delas é difícil de ler e o papel está moi deteriorado.",
        ]),
    # Naracoorte Herald (ACM, South Australia): staff, restored honour boards; bare-name byline, 'Updated ..., first published ...'
    # line (ACST, +09:30), 'Picture by' credit.
    rec(cluster="naracoorteherald-honour-boards-restored", role="single", file="naracoorteherald_honour_boards.html", render="html",
        site=SITE_NH, title="War honour boards restored in time for Anzac Day",
        date="2024-04-23", country="AU", region="oceania", lang="en", authors=["Hannah Coote"],
        section="News", meta_section="News",
        url="https://www.naracoorteherald.example.com.au/story/8601234/war-honour-boards-restored-in-time-for-anzac-day/",
        description="More than 400 names were repainted by hand in gold leaf.",
        published="2024-04-23T16:30:00+09:30", modified="2024-04-24T10:10:00+09:30",
        byline_lines=["Hannah Coote"], date_lines=["Updated April 24 2024 - 10:10am, first published April 23 2024 - 4:30pm"],
        caption="Naracoorte RSL sub-branch members with one of the restored honour boards.", credit="Hannah Coote",
        credit_shown="Picture by Hannah Coote",
        inserts={2: [("ad", "Advertisement")],
                 4: [("promo", ["Get the latest Naracoorte news delivered to your inbox.", "Sign up for our newsletter"])]},
        paras=P("""
Three timber honour boards listing the names of local men and women who served in the First and Second World Wars have been restored in time for Anzac Day.

The boards hung for decades in the old Naracoorte town hall before being moved into storage during renovations in the 1990s, where the gold lettering began to flake.

A local cabinetmaker repaired the cracked frames, and a signwriter spent several weeks repainting more than 400 names by hand in gold leaf.

Members of the RSL sub-branch checked every name against military service records and found six that had been misspelled and two that had been left off.

Sub-branch president Graham Kerr said the missing names would be added on a small brass plaque beneath the boards.

The restored boards will be unveiled after the Anzac Day dawn service and hung in the foyer of the Naracoorte Town Hall.

The project was funded by a state government grant and donations from local families.
"""),
        must_have=[
            "A local cabinetmaker repaired the cracked frames, and a signwriter spent several weeks repainting more than 400 names by hand in gold leaf.",
            "Members of the RSL sub-branch checked every name against military service records and found six that had been misspelled and two that had been left off.",
        ]),
    # Radio Ngāti Porou (Ruatōria iwi station, English story): staff, a carved canoe prow returned to the East Coast; 'Nā' byline
    # ('nā' = by), Māori weekday and month in the date line, listen-to-story widget, JSON-LD @graph.
    rec(cluster="radiongatiporou-tauihu-returned-east-coast", role="single", file="radiongatiporou_tauihu_returned.html", render="html",
        site=SITE_RNP, title="Carved canoe prow returns home to the East Coast after a century overseas",
        date="2024-09-26", country="NZ", region="oceania", lang="en", authors=["Mere Tainui"],
        section="Ahurea", meta_section="Ahurea", kicker="Taonga",
        url="https://www.radiongatiporou.example.co.nz/ahurea/carved-canoe-prow-returns-home-to-the-east-coast-after-a-century-overseas",
        description="The tauihu had been held in a private collection in Europe.",
        dek="Whānau gathered at dawn to welcome the taonga onto the marae.",
        published="2024-09-26T18:30:00+12:00",
        byline_lines=["Nā Mere Tainui"], date_lines=["Rāpare, 26 Mahuru 2024"],
        above_body=[("listen", "Whakarongo ki tēnei kōrero")],
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Pānui anō:", "Kura reo Māori opens new library wing in Ruatōria")]},
        paras=P("""
A carved canoe prow that left Aotearoa more than a century ago has been returned to its people on the East Coast after being held in a private collection in Europe.

The tauihu was taken overseas in the early 1900s and sold several times before the family of a collector contacted a museum in Wellington about returning it.

Kaumātua travelled to Wellington to receive the taonga, which was wrapped in a woven cloak for the journey home and welcomed onto the marae with a pōwhiri at dawn.

Carvers who examined the prow said its style matched other pieces known to have come from the area, and elders recognised the ancestors shown in the carving.

Kaumātua Hēmi Pōhatu said the return was an emotional moment for whānau who had only ever heard stories about the prow from their grandparents.

The hapū plans to keep the taonga at the marae, where rangatahi will learn its history and the names of the ancestors it shows.

The museum said it was working on several other returns.
"""),
        must_have=[
            "Kaumātua travelled to Wellington to receive the taonga, which was wrapped in a woven cloak for the journey home and welcomed onto the marae with a pōwhiri at dawn.",
            "Carvers who examined the prow said its style matched other pieces known to have come from the area, and elders recognised the ancestors shown in the carving.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, Parallèle Sud (Réunion participatory news site, French): staff, a seed library at Saint-Paul's médiathèque;
    # 'Par' byline in the head lines; news-please time is UTC (Réunion is UTC+4, same day).
    rec(cluster="parallelesud-saint-paul-grainotheque", role="single", file="newsplease_parallelesud_grainotheque_fr.json",
        render="newsplease", title="À Saint-Paul, la médiathèque prête aussi des graines",
        date="2024-04-05", country="RE", region="africa", lang="fr", authors=["Jérôme Técher"],
        url="https://www.parallelesud.example.com/a-saint-paul-la-mediatheque-prete-aussi-des-graines/",
        source_domain="www.parallelesud.example.com",
        description="Les usagers repartent avec des sachets de semences de légumes lontan.",
        np_authors=["Jérôme Técher"], np_publish="2024-04-05 05:30:00", np_download="2024-04-05 14:12:40",
        head_lines=["Parallèle Sud", "Société", "Par Jérôme Técher", "5 avril 2024"],
        inserts={2: ["Publicité"], 4: ["À lire aussi : Le musée de Villèle rouvre ses jardins au public"]},
        tail_lines=["Partager", "Facebook", "Courriel", "Soutenez Parallèle Sud, journal indépendant et participatif", "\u00a9 2024 Parallèle Sud"],
        paras=P("""
Depuis le début du mois, les usagers de la médiathèque de Saint-Paul peuvent repartir non seulement avec des livres, mais aussi avec des sachets de graines.

Cette grainothèque, installée dans un ancien meuble à fiches de la bibliothèque, propose des semences de légumes, de fleurs et de plantes aromatiques, dont plusieurs variétés lontan cultivées autrefois dans les jardins créoles.

Le principe est simple : chacun prend gratuitement les graines dont il a besoin et, à la fin de la saison, rapporte une partie de sa récolte pour remplir à nouveau les tiroirs.

Chaque sachet porte le nom de la plante, la date de récolte et le quartier du jardinier qui l'a déposé.

La bibliothécaire à l'origine du projet, Nadia Hoarau, explique que les graines de brèdes, de piment et de citrouille sont les plus demandées.

Des ateliers sur la récolte et la conservation des semences sont organisés un samedi par mois avec une association de jardiniers du quartier.

La médiathèque prépare aussi une exposition de vieux outils agricoles prêtés par des familles de Saint-Paul.
"""),
        must_have=[
            "Le principe est simple : chacun prend gratuitement les graines dont il a besoin et, à la fin de la saison, rapporte une partie de sa récolte pour remplir à nouveau les tiroirs.",
            "Chaque sachet porte le nom de la plante, la date de récolte et le quartier du jardinier qui l'a déposé.",
        ]),
    # news-please, Rádio Macau (TDM's Portuguese radio, Portuguese): staff, a Portuguese-language book fair at the Central Library;
    # 'Por' byline; news-please time is UTC (Macau is UTC+8, same day).
    rec(cluster="radiomacau-feira-livro-portugues", role="single", file="newsplease_radiomacau_feira_livro_pt.json",
        render="newsplease", title="Feira do livro em português instala-se na Biblioteca Central de Macau",
        date="2024-10-18", country="MO", region="asia", lang="pt", authors=["Sílvia Gonçalves"],
        url="https://www.radiomacau.example.com.mo/noticias/feira-do-livro-em-portugues-instala-se-na-biblioteca-central/",
        source_domain="www.radiomacau.example.com.mo",
        description="Cerca de três mil títulos de editoras de Portugal, do Brasil e de África.",
        np_authors=["Sílvia Gonçalves"], np_publish="2024-10-18 09:45:00", np_download="2024-10-18 16:02:31",
        head_lines=["Rádio Macau", "Sociedade", "Por Sílvia Gonçalves", "18 Out 2024"],
        inserts={2: ["Publicidade"], 4: ["Leia também: Arquivo de Macau expõe mapas antigos da Taipa"]},
        tail_lines=["Partilhar", "Facebook", "WhatsApp", "Ouça a Rádio Macau em directo", "\u00a9 2024 TDM \u2013 Teledifusão de Macau"],
        paras=P("""
A Biblioteca Central de Macau acolhe a partir de hoje uma feira do livro em língua portuguesa, com cerca de três mil títulos de editoras de Portugal, do Brasil, de Angola e de Moçambique.

A feira, que decorre até ao fim do mês, inclui livros para crianças, romances, poesia e obras sobre a história de Macau, muitos deles difíceis de encontrar no território.

Todas as tardes há sessões de leitura para crianças em português e em cantonês, e aos fins de semana escritores locais conversam com o público sobre os seus livros.

Os livros são vendidos com desconto, e parte das receitas reverte para a compra de novos títulos em português para as bibliotecas públicas.

A organizadora, Teresa Lam, disse que a procura de livros em português tem aumentado entre os alunos chineses que estudam a língua.

Este ano há também uma banca dedicada ao patuá, o crioulo macaense, com dicionários e gravações de canções antigas.

A entrada é livre.
"""),
        must_have=[
            "Todas as tardes há sessões de leitura para crianças em português e em cantonês, e aos fins de semana escritores locais conversam com o público sobre os seus livros.",
            "Os livros são vendidos com desconto, e parte das receitas reverte para a compra de novos títulos em português para as bibliotecas públicas.",
        ]),
    # news-please, Nauru Bulletin (Government Information Office newsletter): no writer, the office as author; a caption line with
    # 'Photo:' inside the text; news-please's UTC time is the evening before in Nauru (UTC+12).
    rec(cluster="naurubulletin-command-ridge-heritage-trail", role="single", file="newsplease_naurubulletin_command_ridge.json",
        render="newsplease", title="Command Ridge heritage trail opens with restored wartime gun sites",
        date="2024-07-25", country="NR", region="oceania", lang="en",
        caption="Elders and Nauru College students at the opening of the Command Ridge trail.",
        credit="Government Information Office",
        url="https://www.naurubulletin.example.gov.nr/2024/07/25/command-ridge-heritage-trail-opens/",
        source_domain="www.naurubulletin.example.gov.nr",
        description="The trail leads to Second World War gun positions on the island's highest point.",
        np_authors=["Government Information Office"], np_publish="2024-07-24 23:10:00", np_download="2024-07-25 06:44:09",
        head_lines=["Nauru Bulletin", "Government Information Office", "25 July 2024",
                    "Elders and Nauru College students at the opening of the Command Ridge trail. Photo: Government Information Office"],
        inserts={3: ["Nauru Bulletin is published by the Government Information Office"]},
        tail_lines=["For more information contact the Government Information Office", "Share", "Facebook", "\u00a9 2024 Government of the Republic of Nauru"],
        paras=P("""
A heritage trail leading to the Second World War gun sites on Command Ridge was opened on Tuesday, giving residents and visitors a safe path to the highest point on the island.

Japanese forces occupied Nauru from 1942 to 1945 and built gun positions, bunkers and a communications post on the ridge to watch over the surrounding ocean.

Workers cleared thick scrub from the old track, built steps and handrails on the steepest sections, and put up signs explaining the history of each site.

Two rusted guns were cleaned and treated to slow further corrosion, and the concrete bunkers were checked by engineers to make sure they were safe to enter.

Elders who remember the war years spoke at the opening ceremony about families who were sent away to Chuuk during the occupation.

Students from Nauru College will help record these memories for a booklet that will be given to visitors at the start of the trail.

The trail is open every day from 7am to 5pm.
"""),
        must_have=[
            "Workers cleared thick scrub from the old track, built steps and handrails on the steepest sections, and put up signs explaining the history of each site.",
            "Two rusted guns were cleaned and treated to slow further corrosion, and the concrete bunkers were checked by engineers to make sure they were safe to enter.",
        ]),
    # trafilatura, Times of Suriname (Paramaribo daily, Dutch): staff, Open Monumentendag in the historic inner city; 'Door' byline.
    rec(cluster="timesofsuriname-paramaribo-monumentendag", role="single", file="trafilatura_timesofsuriname_monumentendag_nl.json",
        render="trafilatura", title="Open Monumentendag lokt duizenden bezoekers naar binnenstad Paramaribo",
        date="2024-09-16", country="SR", region="americas", lang="nl", authors=["Shanti Ramsaran"],
        section="Lokaal", categories="Lokaal;Cultuur",
        url="https://www.timesofsuriname.example.com/lokaal/open-monumentendag-lokt-duizenden-bezoekers-naar-binnenstad/",
        hostname="timesofsuriname.example.com", source_hostname="Times of Suriname",
        tf_author="Shanti Ramsaran", tf_date="2024-09-16", tf_language="nl",
        description="Ruim dertig monumenten openden hun deuren voor het publiek.",
        head_lines=["Times of Suriname", "Lokaal", "16 september 2024", "Door Shanti Ramsaran"],
        inserts={2: ["Advertentie"], 4: ["Lees ook: Fort Zeelandia krijgt nieuwe vaste tentoonstelling"]},
        tail_lines=["Deel dit:", "Facebook", "WhatsApp", "Gerelateerd", "\u00a9 2024 Times of Suriname"],
        paras=P("""
Duizenden bezoekers hebben in het weekend tijdens de Open Monumentendag een kijkje genomen in historische gebouwen in de binnenstad van Paramaribo die normaal niet voor het publiek toegankelijk zijn.

Dit jaar deden ruim dertig monumenten mee, waaronder houten woonhuizen, kerken, een synagoge, oude pakhuizen aan de Waterkant en het gebouw van het Nationaal Archief.

Bij elk gebouw stonden studenten en vrijwilligers klaar die uitleg gaven over de geschiedenis, de bouwstijl en de vroegere bewoners.

Voor kinderen was er een speurtocht met een kaart van de binnenstad, waarbij ze bij elk monument een stempel konden verzamelen.

Organisator Marcia Sabajo zei dat veel jonge Surinamers voor het eerst binnen waren in gebouwen waar ze dagelijks langs lopen.

Volgens haar is het belangrijk dat de inwoners zelf trots zijn op het werelderfgoed van hun stad en meehelpen om het te bewaren.

Verschillende eigenaren van monumentale panden lieten weten dat ze volgend jaar opnieuw meedoen.
"""),
        must_have=[
            "Bij elk gebouw stonden studenten en vrijwilligers klaar die uitleg gaven over de geschiedenis, de bouwstijl en de vroegere bewoners.",
            "Voor kinderen was er een speurtocht met een kaart van de binnenstad, waarbij ze bij elk monument een stempel konden verzamelen.",
        ]),
    # trafilatura, The New People (Gibraltar weekly): staff, eighteenth-century siege maps back at the Garrison Library; 'By' byline.
    rec(cluster="newpeople-garrison-library-siege-maps", role="single", file="trafilatura_newpeople_siege_maps.json",
        render="trafilatura", title="Great Siege maps return to the Garrison Library after conservation",
        date="2024-11-14", country="GI", region="europe", lang="en", authors=["Kristian Netto"],
        section="Local News", categories="Local News;Heritage",
        url="https://www.newpeople.example.gi/local-news/great-siege-maps-return-to-the-garrison-library-after-conservation/",
        hostname="newpeople.example.gi", source_hostname="The New People",
        tf_author="Kristian Netto", tf_date="2024-11-14", tf_language="en",
        description="Twelve hand-drawn maps spent two years at a conservation studio.",
        head_lines=["The New People", "Local News", "By Kristian Netto", "14 November 2024"],
        inserts={2: ["Advertisement"], 4: ["Also in this issue: Heritage Trust opens Northern Defences for guided walks"]},
        tail_lines=["Share", "Facebook", "X", "Email", "The New People - Gibraltar's weekly newspaper", "\u00a9 2024 The New People"],
        paras=P("""
Twelve eighteenth-century maps of Gibraltar have returned to the Garrison Library after two years of conservation work at a specialist studio in the United Kingdom.

The hand-drawn maps show the Rock during the Great Siege of 1779 to 1783, with the positions of the batteries, the streets of the town and the Spanish lines across the isthmus.

Conservators removed old repairs made with sticky tape, washed the paper to reduce brown staining and strengthened the folds with thin Japanese tissue.

The maps will now be kept flat in archival boxes in a new storage room where temperature and humidity are monitored throughout the day.

Library trustee Anthony Bossano said the maps were among the items most often requested by historians visiting the library.

High-resolution scans will be made available to schools next year, so that pupils can compare the old town with the streets they know today.

A selection will go on public display in the reading room in the spring.
"""),
        must_have=[
            "Conservators removed old repairs made with sticky tape, washed the paper to reduce brown staining and strengthened the folds with thin Japanese tissue.",
            "The maps will now be kept flat in archival boxes in a new storage room where temperature and humidity are monitored throughout the day.",
        ]),
    # trafilatura, Ryukyu Shimpo (Naha daily, English translation page): no writer named, the paper as author field; translator line
    # at the end.
    rec(cluster="ryukyushimpo-nago-dialect-dictionary", role="single", file="trafilatura_ryukyushimpo_dialect_dictionary.json",
        render="trafilatura", title="Nago community publishes dictionary of its own dialect",
        date="2024-06-21", country="JP", region="asia", lang="en",
        section="Culture", categories="Culture;Northern Okinawa",
        url="https://english.ryukyushimpo.example.jp/2024/06/21/nago-community-publishes-dictionary-of-its-own-dialect/",
        hostname="english.ryukyushimpo.example.jp", source_hostname="Ryukyu Shimpo",
        tf_author="Ryukyu Shimpo", tf_date="2024-06-21", tf_language="en",
        description="More than 3,000 words recorded from elderly speakers.",
        head_lines=["Ryukyu Shimpo", "Culture", "June 21, 2024"],
        inserts={3: ["Advertisement"]},
        tail_lines=["(English translation by Aya Kaneshiro)", "Previous Article", "Next Article", "\u00a9 The Ryukyu Shimpo"],
        paras=P("""
Residents of a small community in Nago have published a dictionary of their local dialect, recording more than 3,000 words that younger generations rarely hear.

The project began five years ago when members of the community association noticed that only a handful of elderly residents still spoke the dialect at home.

Volunteers visited older residents with voice recorders, asking them to name tools, plants, fish and festival customs, and to explain how each word was used.

Each entry gives the word in katakana, its pronunciation, its meaning in standard Japanese and an example sentence recorded by one of the speakers.

Association chair Kiyoshi Higa, 76, said the dialect differed even from that of neighbouring communities only a few kilometres away.

Copies have been given to the local elementary school, where children will use the dictionary in lessons on the history of their community.

The association is now preparing a set of the recordings that can be listened to online.
"""),
        must_have=[
            "Volunteers visited older residents with voice recorders, asking them to name tools, plants, fish and festival customs, and to explain how each word was used.",
            "Each entry gives the word in katakana, its pronunciation, its meaning in standard Japanese and an example sentence recorded by one of the speakers.",
        ]),
]


# ---- JSONL batches (newsbeam html and text, news-please and trafilatura shapes) -------

SITE_BN = site("The Barnacle", "https://www.thebarnacle.example.gd", " | The Barnacle", "en_GD", "@TheBarnacleGND",
               ["News", "Politics", "Business", "Carriacou", "Sports", "Opinion"],
               ["\u00a9 2024 The Barnacle Grenada. All rights reserved.", "About", "Contact"],
               share=["Share", "Facebook", "WhatsApp"], graph=True)

JSONL_STORIES = [
    # newsbeam text shape: the LETA story on Zemgales Ziņas (syndicated member of the LETA cluster).
    dict(LETA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.zemgaleszinas.example.lv/jelgava/2024/03/14/sak-digitalizet-zemgales-draudzu-baznicu-gramatas",
         nb_published="2024-03-14T10:05:00Z", outlet="Zemgales Ziņas", nb_authors=["LETA"],
         head_lines=["Zemgales Ziņas", "Jelgavā", "14. marts, 2024 12:05"],
         inserts={3: ["Reklāma"]},
         tail_lines=["LETA", "Dalīties", "Facebook", "Abonē Zemgales Ziņas", "Līdzīgi raksti", "\u00a9 2024 Zemgales Ziņas"]),
    # news-please shape: the APP story on Qaumi Akhbar (syndicated member of the APP cluster).
    dict(APP, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.qaumiakhbar.example.com.pk/2024/05/14/harappa-museum-reopens/",
         source_domain="www.qaumiakhbar.example.com.pk",
         np_authors=["اے پی پی"], np_publish="2024-05-14 13:25:00", np_download="2024-05-15 02:10:44",
         head_lines=["قومی اخبار", "ملک بھر سے", "14 مئی 2024"],
         inserts={2: ["اشتہار"]},
         tail_lines=["شیئر کریں", "Facebook", "WhatsApp", "مزید خبریں", "\u00a9 2024 روزنامہ قومی اخبار"]),
    # newsbeam html shape: The Barnacle (Grenada news site): staff, a restored Carriacou sloop at the museum; newsbeam stamp is UTC,
    # the page's day is the 8th.
    rec(cluster="barnacle-carriacou-restored-sloop", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_BN, title="Carriacou Museum puts restored island sloop on display",
        date="2024-08-08", country="GD", region="americas", lang="en", authors=["Tricia Bullen"],
        section="Carriacou", meta_section="Carriacou",
        url="https://www.thebarnacle.example.gd/carriacou/carriacou-museum-puts-restored-island-sloop-on-display/",
        description="Local boatbuilders spent a year restoring the wooden sloop.",
        published="2024-08-08T20:15:00-04:00",
        nb_published="2024-08-09T00:15:00Z", outlet="The Barnacle", nb_authors=["Tricia Bullen"],
        byline_lines=["By Tricia Bullen"], date_lines=["8 August 2024"], share_top=False,
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Petite Martinique fishermen receive new safety gear")]},
        below_body=[("support", "Support independent journalism in Grenada, Carriacou and Petite Martinique")],
        paras=P("""
A wooden sloop built by hand in Windward more than 60 years ago has gone on display at the Carriacou Museum in Hillsborough after a year of restoration by local boatbuilders.

Carriacou is known across the Caribbean for its boatbuilding tradition, which was brought to the island by Scottish shipwrights and passed down through generations of local families.

The boatbuilders replaced rotten planks with white cedar, caulked the seams with cotton and pitch, and repainted the hull in the blue and white colours it carried when it was launched.

Beside the boat, the museum has set up a display of the adzes, planes and augers used to shape the timbers, many of them donated by the families of builders who have died.

Museum volunteer Ronald McLawrence said the sloop had carried cargo and passengers between Carriacou, Grenada and Trinidad for more than 20 years.

Visitors to the Carriacou Regatta Festival last weekend were among the first to see the restored boat.

The museum hopes to record interviews with the island's remaining boatbuilders.
"""),
        must_have=[
            "The boatbuilders replaced rotten planks with white cedar, caulked the seams with cotton and pitch, and repainted the hull in the blue and white colours it carried when it was launched.",
            "Beside the boat, the museum has set up a display of the adzes, planes and augers used to shape the timbers, many of them donated by the families of builders who have died.",
        ]),
    # trafilatura shape: the CMC story on Times Caribbean (syndicated member of the CMC cluster).
    dict(CMC, role="syndicated", file=JSONL_B, render="trafilatura", section="Caribbean",
         url="https://www.timescaribbean.example.com/2024/10/03/st-kitts-scenic-railway-to-resume-full-island-circuit/",
         hostname="timescaribbean.example.com", source_hostname="Times Caribbean",
         tf_author="CMC", tf_date="2024-10-03", tf_language="en", categories="Caribbean;St Kitts and Nevis",
         head_lines=["Times Caribbean", "Caribbean", "October 3, 2024"],
         inserts={2: ["Advertisement"]},
         tail_lines=["CMC/kb/ir/2024", "Share this:", "Facebook", "WhatsApp", "Related", "\u00a9 2024 Times Caribbean"]),
    # news-please shape: Myrtleford Times (north-east Victoria weekly): staff, a tobacco kiln rebuilt at the historical society's
    # museum; news-please's UTC time is the evening before (AEST, UTC+10).
    rec(cluster="myrtlefordtimes-tobacco-kiln-museum", role="single", file=JSONL_B, render="newsplease",
        title="Old tobacco kiln rebuilt board by board at Myrtleford museum",
        date="2024-05-16", country="AU", region="oceania", lang="en", authors=["Chloe Zanardo"],
        url="https://www.myrtlefordtimes.example.com.au/news/old-tobacco-kiln-rebuilt-board-by-board-at-myrtleford-museum/",
        source_domain="www.myrtlefordtimes.example.com.au",
        description="The timber kiln stood on a farm outside town for almost 90 years.",
        np_authors=["Chloe Zanardo"], np_publish="2024-05-15 21:30:00", np_download="2024-05-16 07:58:12",
        head_lines=["Myrtleford Times", "News", "Chloe Zanardo", "May 16, 2024"],
        inserts={2: ["Advertisement"], 4: ["READ MORE: Porepunkah hall celebrates 100 years"]},
        tail_lines=["Share", "Facebook", "Email", "Support local news: subscribe to the Myrtleford Times", "\u00a9 2024 Myrtleford Times"],
        paras=P("""
A timber tobacco kiln that stood on a farm outside Myrtleford for almost 90 years has been rebuilt at the town's historical society museum, where it opened to visitors on Saturday.

Tobacco was the main crop in the Ovens Valley for much of the twentieth century, and many of the growers were Italian migrants who arrived after the Second World War.

Volunteers took the kiln apart board by board, numbered each piece and stored it in a shed for two years before rebuilding it on a new concrete slab.

Inside, the museum has hung bundles of dried leaves on the original wooden sticks and added photographs of families stringing tobacco by hand in the heat of summer.

Historical society president Rosa Guerin said the kiln was one of only a few left in the valley, where hundreds once stood.

Her own parents grew tobacco until the industry ended in the early 2000s, and she remembers working in the kilns during school holidays.

The museum is open on weekends and public holidays.
"""),
        must_have=[
            "Volunteers took the kiln apart board by board, numbered each piece and stored it in a shed for two years before rebuilding it on a new concrete slab.",
            "Inside, the museum has hung bundles of dried leaves on the original wooden sticks and added photographs of families stringing tobacco by hand in the heat of summer.",
        ]),
]

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "ninety-third held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Neatkarīgā '14.03.2024 11:20' (day first) with LETA's "
    "'14.marts' dateline and Zemgales Ziņas '14. marts, 2024 12:05' (newsbeam stamp 10:05Z = 12:05 in Jelgava, UTC+2 before "
    "summer time); UrduPoint 'منگل 14 مئی 2024 16:40' (Tuesday 14 May) with APP's '14 مئی' dateline and Qaumi Akhbar '14 مئی "
    "2024' (news-please's 13:25 is UTC, 18:25 in Pakistan); St Vincent Times 'October 3, 2024' (-04:00) with CMC's 'Oct 3' "
    "dateline and Times Caribbean 'October 3, 2024'; SBC 'Thursday, 20 June 2024 14:35' (both copies); Saint FM '13 September "
    "2024'; Manhaja 'Nuwamba 5, 2024' (Hausa month name); ZJB 'July 16, 2024'; Samkhretis Karibche '21.10.2024' (day first); "
    "Víkurfréttir 'þriðjudagur 4. júní 2024 kl. 14:05' (Icelandic weekday and month); Rehijanalnaja hazieta (Рэгіянальная газета, Maladzyechna) '20.09.2024 10:15'; "
    "Norfolk Online News '20 August 2024'; Taimi 'o Tonga 'January 16, 2025'; The Bush Chicken 'February 15, 2024'; Radio "
    "Péyi 'Publié le 06/03/2024 à 11h20' (-03:00); The China Post 'December 5, 2024'; Naya Patrika 'प्रकाशित : बिहीबार, साउन "
    "१७, २०८१ ११:२०' with its 'साउन १७' dateline is a Bikram Sambat date (Shrawan 17, 2081 BS = Thursday 1 August 2024; the "
    "page prints no Gregorian date, its article:published_time is 2024-08-01T11:20+05:45); Võrumaa Teataja '12. juuli 2024, "
    "16:40'; Nós Diario '09/05/2024 07:00' (day first); Naracoorte Herald 'Updated April 24 2024 - 10:10am, first published "
    "April 23 2024 - 4:30pm' -> the 23rd, the first-published date; Radio Ngāti Porou 'Rāpare, 26 Mahuru 2024' (Māori weekday and month: "
    "Thursday 26 September; +12:00, before New Zealand daylight time began on the 29th); Parallèle Sud '5 avril 2024' "
    "(news-please's 05:30 is UTC, 09:30 in Réunion); Rádio Macau '18 Out 2024' (news-please's 09:45 is UTC, 17:45 in Macau); "
    "Nauru Bulletin '25 July 2024' (news-please's '2024-07-24 23:10' is UTC; Nauru is UTC+12, so the page's own day is the "
    "25th; the story's 'Tuesday' is the opening two days before); Times of Suriname '16 september 2024'; The New People '14 "
    "November 2024'; Ryukyu Shimpo 'June 21, 2024'; The Barnacle '8 August 2024' (the newsbeam stamp 2024-08-09T00:15Z is UTC; "
    "Grenada is UTC-4, so the 8th); Myrtleford Times 'May 16, 2024' (news-please's '2024-05-15 21:30' is UTC; Victoria is UTC+10 "
    "in May, so the 16th; the story's 'Saturday' is the opening before it)",
    "dateline_city": "wire datelines: LETA 'Jelgava, 14.marts, LETA. ' -> 'Jelgava' (both copies); APP 'ہڑپہ۔14 مئی (اے پی "
    "پی): ' -> 'Harappa' (the Urdu full stop '۔' joins city and date, the wire stands in brackets before a colon; the town by "
    "the Indus-valley site in Sahiwal district, GeoNames' 'Harappa'; both copies); CMC 'BASSETERRE, St Kitts, Oct 3, CMC – ' "
    "-> 'Basseterre' (the island after the city is not part of it; both copies). Staff datelines: The Bush Chicken 'GBARNGA, "
    "Bong – ' (the Liberian press's 'CITY, County –' opening) -> 'Gbarnga'; Naya Patrika 'भक्तपुर, साउन १७ । ' (city, "
    "Bikram Sambat month and day, closed by the danda) -> 'Bhaktapur'. Manhaja's 'Daga Aisha Umar Sani, Kano' names the "
    "reporter's town in the byline and Nós Diario's 'A Estrada' under the byline is a byline-block place line; neither is a "
    "dateline. All other records have no dateline (null) and take the country of the story's location",
    "country": "Jelgava LV; Harappa (Sahiwal district) PK; Basseterre KN (americas); Mahé SC (africa); Jamestown SH (St Helena, "
    "africa, UN M49 Western Africa); Kano NG; Plymouth and Olveston MS (americas); Akhaltsikhe GE (asia, as earlier sets place "
    "Georgia); Garðskagi (Suðurnesjabær) IS; Maladzyechna BY; Kingston NF (Norfolk Island, oceania); Tongatapu TO; Gbarnga LR; "
    "Saint-Laurent-du-Maroni GF (French Guiana's own ISO code, americas); Yunlin County TW; Bhaktapur NP; Puiga (Võru county) "
    "EE; A Estrada (Galicia) ES; Naracoorte (South Australia) AU; the East Coast of the North Island NZ; Saint-Paul RE "
    "(Réunion's own ISO code, africa); Macau MO (asia); Command Ridge NR (oceania); Paramaribo SR; Gibraltar GI (europe); Nago "
    "(Okinawa) JP; Hillsborough (Carriacou) GD (americas); Myrtleford (Victoria) AU",
    "agency": "Neatkarīgā and Zemgales Ziņas carry LETA (the Latvian news agency: 'LETA.' dateline, 'aģentūru LETA informēja' in "
    "the lead, 'Avots: LETA' = source line on Neatkarīgā, crawler author and closing line 'LETA' on Zemgales Ziņas); UrduPoint "
    "and Qaumi Akhbar carry APP (Associated Press of Pakistan, 'اے پی پی' in Urdu: dateline bracket, news-please author); St "
    "Vincent Times and Times Caribbean carry CMC (Caribbean Media Corporation: dateline, CMC's closing desk code "
    "'CMC/kb/ir/2024', trafilatura author 'CMC'; St Vincent Times' byline is the site's own name). All other records are "
    "staff copy (agency null): ZJB's 'ZJB News' is the station's desk, the Nauru Bulletin's 'Government Information Office' "
    "is the government office that publishes the newsletter, not a wire, Rádio Macau is TDM's own radio, Ryukyu Shimpo's "
    "English page is the paper's own translation, and institutions credited for photographs (St Kitts Tourism Authority, Yunlin "
    "County Government, the Saint-Laurent archives) are not wires",
    "authors": "LETA, APP and CMC copies name no writer ('LETA', 'اے پی پی', 'CMC' in author fields are agencies; St Vincent "
    "Times' byline 'St Vincent Times' is the site); SBC 'By Vanessa Lafortune' (both copies); Saint FM 'Reported by Keisha "
    "Yon' -> 'Keisha Yon'; Manhaja 'Daga Aisha Umar Sani, Kano' ('daga' = from/by; the town is not part of the name) -> 'Aisha "
    "Umar Sani'; ZJB 'ZJB News' is a desk, no writer; Samkhretis Karibche 'ავტორი: ნინო ბერიძე' ('ავტორი' = author) -> "
    "'ნინო ბერიძე' in Georgian script; Víkurfréttir 'Sólveig Hauksdóttir' (bare name; also the photographer); Rehijanalnaja "
    "hazieta's closing signature 'Ганна КАРПОВІЧ' (surname in capitals, the Belarusian and Russian press's sign-off) -> 'Ганна "
    "Карповіч' in natural case, Cyrillic; Norfolk Online News 'Words and pictures: Lisa Nobbs' -> 'Lisa Nobbs'; Taimi 'o Tonga "
    "'By Losaline Vea' ('Taimi Media Network' is the publisher line); The Bush Chicken 'By Emmanuel Sherman' (also the "
    "photographer); Radio Péyi 'Par Sandra Lauriette'; The China Post 'By Chen Wei-ting, The China Post' -> 'Chen Wei-ting' "
    "(the outlet after the comma is not part of the name); Naya Patrika 'सुनिता श्रेष्ठ' in Devanagari; Võrumaa Teataja 'MERLE "
    "KÕIV' -> 'Merle Kõiv' (natural case); Nós Diario 'Uxía Martínez' (the 'A Estrada' line under it is a place); Naracoorte "
    "Herald 'Hannah Coote' (also the photographer); Radio Ngāti Porou 'Nā Mere Tainui' ('nā' = by) -> 'Mere Tainui'; Parallèle Sud 'Par "
    "Jérôme Técher'; Rádio Macau 'Por Sílvia Gonçalves'; Times of Suriname 'Door Shanti Ramsaran'; The New People 'By "
    "Kristian Netto'; The Barnacle 'By Tricia Bullen'; Myrtleford Times 'Chloe Zanardo'. No writer: the Nauru Bulletin (the "
    "office as news-please author) and Ryukyu Shimpo (the paper as trafilatura author; '(English translation by Aya "
    "Kaneshiro)' names a translator, not a writer, as VnExpress's 'Story translated by' in earlier sets). Photographers ('Dean "
    "Labiche') and people quoted in the stories are not authors",
    "editors": "no record names a story editor",
    "caption_credit": "credits without their wrapper: SBC 'Photo credit: Dean Labiche' -> 'Dean Labiche' (both copies); St "
    "Vincent Times '(Photo: St Kitts Tourism Authority)' -> 'St Kitts Tourism Authority'; Víkurfréttir 'VF-mynd: Sólveig "
    "Hauksdóttir' -> 'Sólveig Hauksdóttir' ('VF-mynd', 'VF picture', is the paper's fixed photo label, a wrapper like Prensa "
    "Libre's 'Foto Prensa Libre:' in earlier sets); The Bush Chicken '(Photo: Emmanuel Sherman)' -> 'Emmanuel Sherman' (the "
    "closing 'Featured photo by Emmanuel Sherman' is chrome); Radio Péyi '© Archives municipales de Saint-Laurent-du-Maroni' -> "
    "'Archives municipales de Saint-Laurent-du-Maroni'; The China Post '(Photo courtesy of Yunlin County Government)' -> "
    "'Yunlin County Government'; Naya Patrika 'तस्बिर : सुनिता श्रेष्ठ' ('तस्बिर' = picture) -> 'सुनिता श्रेष्ठ'; Võrumaa "
    "Teataja 'FOTO: MERLE KÕIV' -> 'MERLE KÕIV' (capitals as printed); Nós Diario 'Foto: Arquivo Municipal da Estrada' -> "
    "'Arquivo Municipal da Estrada'; Naracoorte Herald 'Picture by Hannah Coote' -> 'Hannah Coote'. The Nauru Bulletin's "
    "caption line inside the news-please text 'Elders and Nauru College students at the opening of the Command Ridge trail. "
    "Photo: Government Information Office' -> caption without the credit, credit 'Government Information Office' (as Il "
    "Secolo XIX's in dev_set12). Rehijanalnaja hazieta's 'Фота аўтара' (photo by the author) stands with no caption and is "
    "chrome. Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: St Vincent Times 'Regional', The Bush Chicken "
    "'Education', Radio Péyi 'Société', The China Post 'Taiwan', Naya Patrika 'समाज' (society), Võrumaa Teataja 'Uudised', Nós "
    "Diario 'Galiza', Naracoorte Herald 'News', Radio Ngāti Porou 'Ahurea' (culture; its kicker 'Taonga' is not the section), The "
    "Barnacle 'Carriacou'; trafilatura records take their first category (Times Caribbean 'Caribbean', Times of Suriname "
    "'Lokaal', The New People 'Local News', Ryukyu Shimpo 'Culture'); news-please, plain text and newsbeam text records have "
    "none (head lines such as 'Latvijā', 'Jelgavā', 'قومی خبریں', 'ملک بھر سے', 'Local', 'News', 'Labarai', 'საზოგადოება', "
    "'Fréttir', 'Культура', 'Société' and 'Sociedade' are chrome, not a section)",
    "language": "'lv' Latvian (two LETA copies); 'ur' Urdu in Arabic script (two APP copies); 'ha' Hausa (Latin script with "
    "hooked letters); 'ka' Georgian in Georgian script; 'is' Icelandic; 'be' Belarusian in Cyrillic; 'ne' Nepali in "
    "Devanagari; 'et' Estonian; 'gl' Galician; 'fr' French (Réunion, French Guiana); 'pt' Portuguese (Macau); 'nl' Dutch "
    "(Suriname); all others English (Radio Ngāti Porou's and Taimi 'o Tonga's English stories keep Māori and Tongan words)",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, "
    "advertisement labels, related-story lines and boxes, tag lists, most-read and trending rails, newsletter, live-radio "
    "and support-journalism promos, Nós Diario's subscription appeal, Radio Ngāti Porou's listen-to-story widget in Māori ('Whakarongo "
    "ki tēnei kōrero'), wire source lines and sign-offs ('Avots: LETA', Zemgales Ziņas' closing 'LETA', CMC's desk code "
    "'CMC/kb/ir/2024'), The Bush Chicken's 'Featured photo by' line, Rehijanalnaja hazieta's closing signature and 'Фота "
    "аўтара', Ryukyu Shimpo's translator line, the Nauru Bulletin's publisher lines, publisher and ownership lines ('Australian "
    "Community Media', 'Taimi Media Network', 'TDM – Teledifusão de Macau', 'Seychelles Broadcasting "
    "Corporation'), copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (LETA and APP in the plain batch, CMC in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (SBC: curly quotes, NBSP, hard wraps, CRLF); all other "
    "records are singles",
    "publishers": "per publisher, the fields' conventions: Neatkarīgā (text, lv) and Zemgales Ziņas (newsbeam text, lv): LETA "
    "copy, 'City, 14.marts, LETA.' dateline, no writer; UrduPoint (text, ur) and Qaumi Akhbar (news-please, ur): APP copy, "
    "'city۔date (اے پی پی):' dateline, no writer; St Vincent Times (HTML gz, en) and Times Caribbean (trafilatura, en): CMC "
    "copy, 'CITY, Island, Mon D, CMC –' dateline, closing desk code, no writer; SBC (text and re-scrape, en): staff, 'By' "
    "byline, 'Photo credit:' formula; Saint FM (text, en, 'Reported by'), Manhaja (text, ha, 'Daga NAME, Town'), ZJB Radio "
    "Montserrat (text, en, desk), Samkhretis Karibche (text, ka, 'ავტორი:'), Víkurfréttir (text, is, 'VF-mynd:' credit), "
    "Rehijanalnaja hazieta (text, be, closing signature), Norfolk Online News (text, en, 'Words and pictures:'), Taimi 'o "
    "Tonga (text, en): staff; The Bush Chicken (HTML, en, 'CITY, County –' dateline), Radio Péyi (HTML, fr, no JSON-LD), The "
    "China Post (HTML, en, 'By NAME, The China Post'), Naya Patrika (HTML, ne, Bikram Sambat dateline and date line), Võrumaa "
    "Teataja (HTML, et, capitals byline and credit), Nós Diario (HTML, gl, place line under the byline), Naracoorte Herald "
    "(HTML, en, ACM 'Updated ..., first published ...' line), Radio Ngāti Porou (HTML, en, 'Nā' byline, Māori date line, JSON-LD "
    "@graph): staff; Parallèle Sud, Rádio Macau (news-please, fr/pt): staff; Nauru Bulletin (news-please, en, no writer, "
    "caption line in the text); Times of Suriname, The New People (trafilatura, nl/en): staff; Ryukyu Shimpo (trafilatura, "
    "en, no writer, translator line); The Barnacle (newsbeam html, en) and Myrtleford Times (news-please, en): staff",
}

PLACEHOLDERS = {"leta", "neatkarīgā", "neatkarīgā rīta avīze", "nra", "zemgales ziņas", "app", "اے پی پی",
                "associated press of pakistan", "urdupoint", "اردو پوائنٹ", "qaumi akhbar", "قومی اخبار", "cmc",
                "caribbean media corporation", "st vincent times", "times caribbean", "sbc",
                "seychelles broadcasting corporation", "saint fm", "saint fm community radio", "manhaja", "zjb",
                "zjb news", "zjb radio montserrat", "radio montserrat zjb", "სამხრეთის კარიბჭე", "samkhretis karibche",
                "víkurfréttir", "vf", "рэгіянальная газета", "norfolk online news", "taimi 'o tonga",
                "taimi media network", "the bush chicken", "radio péyi", "the china post", "नयाँ पत्रिका",
                "naya patrika", "võrumaa teataja", "nós diario", "naracoorte herald", "australian community media",
                "radio ngāti porou", "parallèle sud", "rádio macau", "tdm", "nauru bulletin",
                "government information office", "times of suriname", "the new people", "ryukyu shimpo",
                "the barnacle", "myrtleford times"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
