#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninety-fourth development set (bench/dev_set94/, first written as the ninety-first held-out set).

    .venv/bin/python bench/dev_set94/_generate.py

Writes ``bench/dev_set94/articles/*`` and ``bench/dev_set94/labels.json`` (next to this
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
bench/dev_set93/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about children and young people: a youth club reopening,
    scouts and a guides-style sailing camp, a summer playscheme and a holiday
    pass, a children's council, a skate park, free school meals, a youth
    orchestra, a toy library, a children's hospital play room, a juniors'
    chess tournament, a babies' swimming course, a teen job-shadowing day, a
    summer reading and tutoring drive, young carers, a driver-licence course, a
    book bus, a babysitting course, throat-singing workshops, junior
    lifeguards, a fishing camp, a football school, netball and canoe building.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout91_2025-a.jsonl"
JSONL_B = "crawl_holdout91_2025-b.jsonl.gz"


# ---- cluster: ENA, Jimma (Sheger scrape + copy on Mereja in the plain batch) ----

ENA = rec(
    cluster="ena-jimma-summer-volunteer-tutoring",
    title="በጅማ ከተማ የክረምት በጎ ፈቃድ አገልግሎት ከ5 ሺህ ለሚበልጡ ህጻናት የንባብና የማጠናከሪያ ትምህርት እየሰጠ ነው",
    date="2024-07-31",
    dateline="ጅማ፤ ሐምሌ 24/2016(ኢዜአ)፦ ",
    city="Jimma",
    country="ET",
    region="africa",
    agency="ENA",
    lang="am",
    description="ትምህርቱ በ20 ትምህርት ቤቶችና በቀበሌ ቤተ መጻሕፍት ይሰጣል።",
    paras=P("""
በጅማ ከተማ በተጀመረው የክረምት የበጎ ፈቃድ አገልግሎት መርሃ ግብር ከ5 ሺህ በላይ ህጻናት የንባብና የማጠናከሪያ ትምህርት እየተከታተሉ መሆናቸውን የከተማው ሴቶች፣ ህጻናትና ወጣቶች ጽህፈት ቤት አስታወቀ።

ትምህርቱን የሚሰጡት የጅማ ዩኒቨርሲቲ ተማሪዎችና በከተማው የሚገኙ ወጣት መምህራን ሲሆኑ፣ በከተማው በሚገኙ 20 ትምህርት ቤቶችና በቀበሌ ቤተ መጻሕፍት ውስጥ በነጻ ይሰጣል።

ህጻናቱ ከሰኞ እስከ አርብ ጠዋት ሂሳብ፣ እንግሊዝኛና የአማርኛ ንባብ ይማራሉ፤ ከሰዓት በኋላ ደግሞ የእግር ኳስ፣ የስዕልና የሙዚቃ እንቅስቃሴዎች ይዘጋጁላቸዋል።

የጽህፈት ቤቱ ኃላፊ አቶ ከድር አባ ፊጣ እንደገለጹት፣ መርሃ ግብሩ ህጻናት በክረምት ወራት ከትምህርት እንዳይርቁና ጊዜያቸውን በጎዳና ላይ እንዳያሳልፉ ለማድረግ ያለመ ነው።

በዚህ ዓመት ለመጀመሪያ ጊዜ አካል ጉዳተኛ ህጻናትን የሚያግዙ ሰላሳ በጎ ፈቃደኞች የምልክት ቋንቋና የብሬል ስልጠና መውሰዳቸውን ኃላፊው ተናግረዋል።

ለህጻናቱ ደብተርና እስክሪብቶ ተሰራጭቷል።

የ12 ዓመቷ ተማሪ ሀያት ሙሐመድ በበኩሏ፣ በክረምቱ የንባብ ክፍለ ጊዜ ሶስት የታሪክ መጻሕፍትን ማንበቧንና ከሌሎች ሰፈሮች የመጡ አዳዲስ ጓደኞችን ማፍራቷን ተናግራለች።

የ10 ዓመት ልጃቸውን ያስመዘገቡት ወይዘሮ ፋጡማ አባ ጆቢር፣ ልጃቸው ባለፈው ዓመት በሂሳብ ትምህርት ደካማ ውጤት አምጥቶ እንደነበርና አሁን በራሱ መተማመን መጀመሩን ገልጸዋል።

የበጎ ፈቃድ አገልግሎቱ እስከ ነሐሴ መጨረሻ ድረስ የሚቀጥል ሲሆን፣ ወላጆች ልጆቻቸውን በአቅራቢያቸው በሚገኝ ትምህርት ቤት ማስመዝገብ እንደሚችሉ ተገልጿል።
"""),
    must_have=[
        "ህጻናቱ ከሰኞ እስከ አርብ ጠዋት ሂሳብ፣ እንግሊዝኛና የአማርኛ ንባብ ይማራሉ፤ ከሰዓት በኋላ ደግሞ የእግር ኳስ፣ የስዕልና የሙዚቃ እንቅስቃሴዎች ይዘጋጁላቸዋል።",
        "በዚህ ዓመት ለመጀመሪያ ጊዜ አካል ጉዳተኛ ህጻናትን የሚያግዙ ሰላሳ በጎ ፈቃደኞች የምልክት ቋንቋና የብሬል ስልጠና መውሰዳቸውን ኃላፊው ተናግረዋል።",
    ],
)

# ---- cluster: CNA, Limassol (Sigmalive scrape + copy on Offsite in the plain batch) ----

CNA = rec(
    cluster="cna-limassol-youth-orchestra",
    title="Η Συμφωνική Ορχήστρα Νέων κλείνει το καλοκαιρινό εργαστήρι με συναυλία στο Κούριο",
    date="2024-07-06",
    dateline="ΛΕΜΕΣΟΣ, 6 Ιουλίου (ΚΥΠΕ) - ",
    city="Limassol",
    country="CY",
    region="asia",
    agency="CNA",
    lang="el",
    description="Εκατόν είκοσι νέοι μουσικοί ηλικίας 12 έως 21 ετών συμμετείχαν στο εργαστήρι.",
    paras=P("""
Εκατόν είκοσι νέοι μουσικοί από όλη την Κύπρο θα εμφανιστούν απόψε στο αρχαίο θέατρο του Κουρίου, ολοκληρώνοντας το δεκαήμερο καλοκαιρινό εργαστήρι της Συμφωνικής Ορχήστρας Νέων.

Τα μέλη της ορχήστρας, ηλικίας από 12 έως 21 ετών, έκαναν πρόβες κάθε πρωί σε σχολείο της Λεμεσού με καθηγητές από την Κύπρο, την Ελλάδα και τη Γερμανία.

Το απόγευμα οι μαθητές χωρίζονταν σε μικρά σύνολα μουσικής δωματίου, ενώ τα βράδια παρακολουθούσαν διαλέξεις για την ιστορία της μουσικής και τη συμπεριφορά πάνω στη σκηνή.

Ο μαέστρος Ανδρέας Χριστοδούλου δήλωσε ότι φέτος το εργαστήρι δέχθηκε ρεκόρ αιτήσεων και ότι για πρώτη φορά συμμετέχουν παιδιά από όλες τις επαρχίες.

Στο πρόγραμμα της συναυλίας περιλαμβάνονται έργα των Μότσαρτ και Ντβόρζακ, καθώς και μια σύνθεση που έγραψε ειδικά για την ορχήστρα ένας 17χρονος μαθητής από τη Λάρνακα.

Η 15χρονη βιολονίστρια Μαρία Ιωάννου είπε ότι το εργαστήρι της έδωσε την ευκαιρία να παίξει για πρώτη φορά σε μεγάλη ορχήστρα και να κάνει φίλους με την ίδια αγάπη για τη μουσική.

Η είσοδος στη συναυλία είναι ελεύθερη.

Η ορχήστρα ετοιμάζει περιοδεία στην Ελλάδα τον Οκτώβριο.
"""),
    must_have=[
        "Τα μέλη της ορχήστρας, ηλικίας από 12 έως 21 ετών, έκαναν πρόβες κάθε πρωί σε σχολείο της Λεμεσού με καθηγητές από την Κύπρο, την Ελλάδα και τη Γερμανία.",
        "Στο πρόγραμμα της συναυλίας περιλαμβάνονται έργα των Μότσαρτ και Ντβόρζακ, καθώς και μια σύνθεση που έγραψε ειδικά για την ορχήστρα ένας 17χρονος μαθητής από τη Λάρνακα.",
    ],
)

# ---- cluster: IP, Encarnación (Telefuturo gzipped page + copy on Radio Monumental in the gzipped batch) ----

IP = rec(
    cluster="ip-encarnacion-skatepark",
    title="Encarnación habilita un skatepark en la Costanera con clases gratuitas para niños",
    date="2024-08-16",
    dateline="Encarnación, IP.- ",
    city="Encarnación",
    country="PY",
    region="americas",
    agency="IP",
    lang="es",
    description="La pista tiene más de 1.200 metros cuadrados y una zona de iniciación para los más pequeños.",
    paras=P("""
La Municipalidad de Encarnación habilitó este viernes un nuevo skatepark en la Costanera, un espacio de más de 1.200 metros cuadrados pensado para niños, adolescentes y jóvenes de la ciudad.

La pista cuenta con rampas, barandas, un bowl de dos metros de profundidad y una zona de iniciación para los más pequeños, además de iluminación para su uso nocturno.

El diseño fue elaborado junto con un grupo de patinadores locales, que durante meses presentaron propuestas y acompañaron las obras en cada etapa.

La intendencia informó que la obra se financió con fondos de royalties y que el mantenimiento estará a cargo de la Dirección de la Juventud.

Los fines de semana habrá clases gratuitas de skate, patines y BMX para chicos de entre seis y catorce años, con cascos y rodilleras prestados por la municipalidad.

Matías Benítez, de 16 años, contó que hasta ahora practicaba en una plaza del centro y que muchas veces los guardias los echaban del lugar.

Para la inauguración se organizó un torneo juvenil con participantes de Posadas y Asunción.
"""),
    must_have=[
        "El diseño fue elaborado junto con un grupo de patinadores locales, que durante meses presentaron propuestas y acompañaron las obras en cada etapa.",
        "Los fines de semana habrá clases gratuitas de skate, patines y BMX para chicos de entre seis y catorce años, con cascos y rodilleras prestados por la municipalidad.",
    ],
)

# ---- cluster: Tenterfield Star page + noisy re-scrape ----

TS = rec(
    cluster="tenterfieldstar-toy-library-reopens",
    title="Toy library reopens in the School of Arts after two years in storage",
    date="2024-05-13",
    country="AU",
    region="oceania",
    authors=["Kate Holloway"],
    lang="en",
    caption="Volunteers Jenny Marsh and Ellie Grant unpack donated toys at the School of Arts.",
    credit="Kate Holloway",
    paras=P("""
Tenterfield's toy library has reopened in a new home at the School of Arts, two years after it closed when volunteers could no longer keep the old shed on Rouse Street dry.

The library lends toys, puzzles, ride-ons and board games to families for a fortnight at a time, with a yearly membership of $30 per family.

Coordinator Jenny Marsh said the collection had been rebuilt from donations and a community grant, and now holds more than 600 items for babies up to children aged eight.

Every toy is checked, cleaned and counted when it comes back, and pieces that go missing are replaced from a spare parts box kept behind the counter.

Ms Marsh said many families in the district lived a long drive from the nearest toy shop, so borrowing saved parents money and kept children interested in something new.

Playgroups and family day carers can also borrow larger items such as climbing frames and sand pits for special events.

The library is open on Wednesday and Saturday mornings, and new volunteers are welcome.
"""),
    must_have=[
        "Every toy is checked, cleaned and counted when it comes back, and pieces that go missing are replaced from a spare parts box kept behind the counter.",
        "Playgroups and family day carers can also borrow larger items such as climbing frames and sand pits for special events.",
    ],
)
TS_PRE = ["Tenterfield Star", "News", "Sport", "Community", "Obituaries", "Subscribe", "Log in"]
TS_HEAD = ["Kate Holloway", "Updated May 14 2024 - 9:12am, first published May 13 2024 - 5:30pm"]
TS_CAP = ["Volunteers Jenny Marsh and Ellie Grant unpack donated toys at the School of Arts. Picture by Kate Holloway"]
TS_TAIL = [["Get the latest Tenterfield news delivered to your inbox. Sign up for our newsletter"],
           ["Share", "Facebook", "Email"], ["More from Tenterfield Star"],
           ["Drake playgroup gets a new shade sail"],
           ["\u00a9 2024 Australian Community Media. All rights reserved."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Tenterfield Star (ACM, New England NSW): original of the re-scrape cluster; bare-name byline, 'Updated ..., first published ...' line, 'Picture by' credit.
    dict(TS, role="original", file="tenterfieldstar_toy_library.txt", render="text",
         pre=[TS_PRE], head=[TS_HEAD], cap_lines=TS_CAP,
         inserts={2: ["Advertisement"], 5: ["READ MORE: Urbenville school holiday program fills in a day"]},
         tail=TS_TAIL),
    dict(TS, role="rescrape", file="tenterfieldstar_toy_library_rescrape.txt.gz", render="text", noise=True,
         pre=[TS_PRE], head=[TS_HEAD], cap_lines=TS_CAP,
         inserts={5: ["READ MORE: Urbenville school holiday program fills in a day"]},
         tail=[["Subscribe now for unlimited access"], *TS_TAIL]),
    # Sheger FM 102.1 (Addis Ababa radio site, Amharic): original of the ENA cluster; Ethiopian-calendar dateline and date line only.
    dict(ENA, role="original", file="sheger_ena_jimma_kiremt_am.txt", render="text",
         pre=[["ሸገር ኤፍ ኤም 102.1", "ዜና", "ፖለቲካ", "ኢኮኖሚ", "ስፖርት", "መዝናኛ", "ቀጥታ ስርጭት"]],
         head=[["ማህበራዊ"], ["ሐምሌ 24 ቀን 2016 ዓ.ም"]],
         inserts={2: ["ማስታወቂያ"], 5: ["ተጨማሪ ያንብቡ፦", "በአዳማ የወጣቶች የክረምት ስፖርት ውድድር ተጀመረ"]},
         tail=[["ምንጭ፦ ኢዜአ"], ["ያጋሩ", "Facebook", "Telegram"], ["ተዛማጅ ዜናዎች"],
               ["\u00a9 2024 ሸገር ኤፍ ኤም 102.1 ሁሉም መብቱ በህግ የተጠበቀ ነው።"]]),
    # Sigmalive (Nicosia portal, Greek): original of the CNA cluster; 'ΛΕΜΕΣΟΣ, 6 Ιουλίου (ΚΥΠΕ) -' dateline, 'ΠΗΓΗ: ΚΥΠΕ' line.
    dict(CNA, role="original", file="sigmalive_kype_lemesos_orchistra_el.txt", render="text",
         pre=[["Sigmalive", "Ειδήσεις", "Κύπρος", "Πολιτική", "Οικονομία", "Αθλητικά", "Lifestyle"]],
         head=[["Κοινωνία"], ["06/07/2024 11:42"]],
         inserts={2: ["Διαφήμιση"], 5: ["ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:", "Ανοίγουν οι εγγραφές για τα καλοκαιρινά προγράμματα των δήμων"]},
         tail=[["ΠΗΓΗ: ΚΥΠΕ"], ["Κοινοποίηση", "Facebook", "X"], ["Σχετικά Άρθρα"],
               ["Ακολουθήστε το Sigmalive στο Google News"], ["\u00a9 2024 Sigmalive"]]),
    # UmAfrika (Mariannhill, isiZulu weekly): staff, juniors' chess tournament in Pietermaritzburg; 'NGU-' byline (ngu- = by).
    rec(cluster="umafrika-mgungundlovu-chess-juniors", role="single", file="umafrika_chess_yezingane_zu.txt", render="text",
        title="Izingane ezingaphezu kuka-300 zibambe iqhaza emqhudelwaneni we-chess eMgungundlovu",
        date="2024-06-10", country="ZA", region="africa", lang="zu", authors=["Nomvula Dlamini"],
        pre=[["UmAfrika", "Izindaba", "Ezemidlalo", "Ezokungcebeleka", "Imibono", "Thintana nathi"]],
        head=[["Izindaba"], ["NGU-NOMVULA DLAMINI"], ["Juni 10, 2024"]],
        inserts={2: ["Isikhangiso"], 5: ["FUNDA NALOKHU:", "Abafundi baseNdwedwe bathola imitapo yolwazi emisha"]},
        tail=[["Yabelana", "Facebook", "WhatsApp"], ["Izindaba ezihlobene"], ["\u00a9 2024 UmAfrika. Wonke amalungelo agodliwe."]],
        paras=P("""
Izingane ezingaphezu kuka-300 ezivela ezikoleni zaseMgungundlovu nasezindaweni ezizungezile zibambe iqhaza emqhudelwaneni we-chess wezingane obubanjwe ngeMpelasonto edlule.

Umqhudelwano ubuhlelwe yinhlangano ye-chess yesifundazwe ngokubambisana noMnyango wezeMfundo, futhi ububanjelwe ehholo elikhulu lesikole esiseduze nenkaba yedolobha.

Abadlali bebehlukaniswe ngokweminyaka yabo, kusukela kwabangaphansi kweminyaka eyisishiyagalombili kuya kwabangaphansi kweminyaka eyishumi nesishiyagalombili.

Umqeqeshi uSibusiso Ngcobo uthe i-chess ifundisa izingane ukubekezela, ukucabanga ngaphambi kokwenza isinqumo nokwamukela ukuhlulwa ngaphandle kokudumala.

Uthe izikole eziningi zasemalokishini nezasemakhaya azinawo amabhodi nezikhathi zokudlala, ngakho inhlangano iboleka lezi zikole izinto zokudlala mahhala unyaka wonke.

Intombazane eneminyaka eyishumi, uLwandle Mthembu waseSobantu, iwine indondo yegolide esigabeni sayo futhi ithe ifisa ukudlalela iNingizimu Afrika ngelinye ilanga.

Umama wayo uthe uLwandle ufunde ukudlala i-chess kubafowabo ekhaya ngesikhathi sokuvalwa kwezwe, kwathi kamuva wajoyina iqembu lesikole.

Abazali abaningi bebehlezi ngaphandle kwehholo amahora amaningi belinde imiphumela, kanti abanye bebephethe ukudla neziphuzo zezingane zabo.

Abaphumelele kulo mqhudelwano bazomela isifundazwe saKwaZulu-Natal emqhudelwaneni kazwelonke ozobanjelwa eGoli ngoDisemba.

Inhlangano ithi izoqhubeka nokuvakashela izikole ukuze ifundise othisha ukuthi bangawaqala kanjani amaqembu e-chess ezikoleni zabo.
"""),
        must_have=[
            "Abadlali bebehlukaniswe ngokweminyaka yabo, kusukela kwabangaphansi kweminyaka eyisishiyagalombili kuya kwabangaphansi kweminyaka eyishumi nesishiyagalombili.",
            "Uthe izikole eziningi zasemalokishini nezasemakhaya azinawo amabhodi nezikhathi zokudlala, ngakho inhlangano iboleka lezi zikole izinto zokudlala mahhala unyaka wonke.",
        ]),
    # Togo-Presse (Lomé, state daily, French): staff, school canteens in Kara; the writer signs at the end, surname in capitals.
    rec(cluster="togopresse-kara-cantines-scolaires", role="single", file="togopresse_kara_cantines_scolaires_fr.txt", render="text",
        title="Kara : les cantines scolaires servent désormais un repas chaud à 12 000 écoliers",
        date="2024-10-08", country="TG", region="africa", lang="fr", authors=["Komlan Agbéko"],
        pre=[["Togo-Presse", "Accueil", "Politique", "Economie", "Société", "Régions", "Sport", "Culture"]],
        head=[["Régions"], ["08 octobre 2024"]],
        inserts={2: ["Publicité"], 4: ["Lire aussi :", "Dapaong : des kits scolaires remis aux élèves du primaire"]},
        tail=[["Komlan AGBÉKO"], ["Partager", "Facebook", "WhatsApp"], ["Articles similaires"],
              ["\u00a9 2024 Togo-Presse. Tous droits réservés."]],
        paras=P("""
Depuis la rentrée scolaire, plus de 12 000 élèves des écoles primaires publiques de la préfecture de la Kozah reçoivent chaque jour un repas chaud à midi, dans le cadre du programme national de cantines scolaires.

Le repas, servi pour un coût symbolique de 50 francs CFA, se compose le plus souvent de pâte de maïs, de riz ou de haricots, accompagnés d'une sauce aux légumes et de poisson.

Les produits sont achetés auprès des groupements de producteurs de la région, ce qui permet aux agriculteurs locaux d'écouler une partie de leurs récoltes.

Dans chaque école, des femmes du village sont recrutées comme cuisinières et reçoivent une petite rémunération mensuelle.

Selon l'inspecteur de l'enseignement primaire, le taux de fréquentation a nettement augmenté dans les écoles concernées, surtout chez les filles.

Les enseignants constatent aussi que les enfants sont plus attentifs l'après-midi, alors que beaucoup venaient autrefois en classe le ventre vide.

Madame Essowè Pali, directrice d'une école de Kara, souhaite que le programme soit étendu aux élèves des collèges.
"""),
        must_have=[
            "Le repas, servi pour un coût symbolique de 50 francs CFA, se compose le plus souvent de pâte de maïs, de riz ou de haricots, accompagnés d'une sauce aux légumes et de poisson.",
            "Dans chaque école, des femmes du village sont recrutées comme cuisinières et reçoivent une petite rémunération mensuelle.",
        ]),
    # Sun TCI (Providenciales weekly): staff, teen job-shadowing day; 'By' byline and 'Sun Staff Writer' role line.
    rec(cluster="suntci-job-shadowing-day", role="single", file="suntci_job_shadowing_day.txt", render="text",
        title="Students swap classrooms for offices on national job-shadowing day",
        date="2024-03-22", country="TC", region="americas", lang="en", authors=["Shanice Forbes"],
        pre=[["SUN TCI", "Home", "News", "Business", "Sports", "Lifestyle", "Classifieds"]],
        head=[["By Shanice Forbes"], ["Sun Staff Writer"], ["March 22, 2024"]],
        inserts={2: ["Advertisement"], 5: ["RELATED: Clement Howell High School robotics team heads to Florida"]},
        tail=[["Share this:", "Facebook", "WhatsApp", "X"], ["Like this:", "Loading..."], ["Related"],
              ["The SUN - Turks and Caicos Islands' newspaper"], ["\u00a9 2024 Sun TCI"]],
        paras=P("""
More than 150 high school students spent Thursday in offices, hotels, clinics and workshops across Providenciales and Grand Turk as part of the islands' first national job-shadowing day.

Each student was paired with a worker in a field they hope to enter, from nursing and accounting to marine biology, tourism and electrical work.

The students arrived at 8am, followed their hosts through meetings and site visits, and had to write a short report about the day for their teachers.

Organisers from the Ministry of Education said more than 70 businesses had volunteered to take part, and several asked to host more than one student.

At a resort on Grace Bay, 16-year-old Tiana Gardiner spent the morning with the head chef and the afternoon with the events team.

She said she had always wanted to cook but had not realised how much planning went into feeding hundreds of guests a day.

A bank manager who hosted two students said the visit was a chance to show young people that good jobs exist at home.
"""),
        must_have=[
            "The students arrived at 8am, followed their hosts through meetings and site visits, and had to write a short report about the day for their teachers.",
            "Organisers from the Ministry of Education said more than 70 businesses had volunteered to take part, and several asked to host more than one student.",
        ]),
    # Saksi Ngayon (Manila tabloid, Filipino): staff, barangay reading corner for children; 'Ni' byline (ni = by).
    rec(cluster="saksingayon-qc-barangay-reading-corner", role="single", file="saksingayon_qc_reading_corner_tl.txt", render="text",
        title="Reading corner para sa mga bata, binuksan sa barangay hall sa Quezon City",
        date="2024-07-09", country="PH", region="asia", lang="tl", authors=["Jerome Santos"],
        pre=[["Saksi Ngayon", "Balita", "Metro", "Probinsya", "Showbiz", "Sports", "Opinyon"]],
        head=[["Metro"], ["Ni Jerome Santos"], ["Hulyo 9, 2024"]],
        inserts={2: ["Advertisement"], 5: ["BASAHIN: Libreng bakuna para sa mga sanggol, tuloy sa mga health center"]},
        tail=[["I-share", "Facebook", "X"], ["Mga kaugnay na balita"], ["\u00a9 2024 Saksi Ngayon. All rights reserved."]],
        paras=P("""
Binuksan noong Lunes ang isang reading corner para sa mga bata sa ikalawang palapag ng isang barangay hall sa Quezon City, kung saan maaaring magbasa at manghiram ng aklat nang libre.

Mayroon itong mahigit 1,500 aklat na donasyon ng mga magulang, guro at isang pribadong paaralan, kabilang ang mga kuwentong pambata sa Filipino at Ingles.

Bukas ang reading corner mula alas-una hanggang alas-singko ng hapon tuwing Lunes hanggang Sabado, at may volunteer na nagbabasa ng kuwento tuwing Sabado ng umaga.

Ayon sa kapitan ng barangay, napansin nila na maraming bata ang nahihirapang magbasa matapos ang mahabang panahon ng online na klase noong pandemya.

Kaya nakipag-ugnayan ang barangay sa mga kalapit na paaralan upang matukoy ang mga batang nangangailangan ng dagdag na tulong sa pagbasa.

Ang mga estudyante ng kolehiyo na nag-aaral maging guro ay nagboluntaryong magturo sa maliliit na grupo tuwing hapon.

Sinabi ng isang ina, si Aling Marites Dela Cruz, na tuwang-tuwa ang kanyang walong taong gulang na anak dahil ngayon lang siya nakahawak ng ganoon karaming libro.
"""),
        must_have=[
            "Bukas ang reading corner mula alas-una hanggang alas-singko ng hapon tuwing Lunes hanggang Sabado, at may volunteer na nagbabasa ng kuwento tuwing Sabado ng umaga.",
            "Ang mga estudyante ng kolehiyo na nag-aaral maging guro ay nagboluntaryong magturo sa maliliit na grupo tuwing hapon.",
        ]),
    # Y Cymro (Welsh-language weekly, Welsh): staff, youth club reopening in Blaenau Ffestiniog; 'Gan' byline (gan = by), 'Llun:' credit.
    rec(cluster="ycymro-blaenau-clwb-ieuenctid", role="single", file="ycymro_blaenau_clwb_ieuenctid_cy.txt", render="text",
        title="Clwb ieuenctid Blaenau Ffestiniog yn ailagor ar ôl tair blynedd",
        date="2024-09-13", country="GB", region="europe", lang="cy", authors=["Elin Pritchard"],
        caption="Aelodau newydd y clwb yn yr hen gapel ar y Stryd Fawr.", credit="Gwion Roberts",
        pre=[["Y Cymro", "Newyddion", "Chwaraeon", "Celfyddydau", "Barn", "Tanysgrifio"]],
        head=[["Newyddion"], ["Gan Elin Pritchard"], ["13 Medi 2024"]],
        cap_lines=["Aelodau newydd y clwb yn yr hen gapel ar y Stryd Fawr. Llun: Gwion Roberts"],
        inserts={2: ["Hysbyseb"], 5: ["DARLLENWCH HEFYD:", "Canolfan hamdden Porthmadog i gynnig gwersi nofio am ddim"]},
        tail=[["Rhannu", "Facebook", "X"], ["Mwy o newyddion"], ["Cefnogwch newyddiaduraeth Gymraeg"],
              ["\u00a9 2024 Y Cymro. Cedwir pob hawl."]],
        paras=P("""
Mae clwb ieuenctid ym Mlaenau Ffestiniog wedi ailagor ei ddrysau am y tro cyntaf ers tair blynedd, diolch i ymdrech grŵp o rieni a gwirfoddolwyr lleol.

Caeodd y clwb yn 2021 pan ddaeth y cyllid i ben ac roedd yr hen adeilad angen gwaith atgyweirio sylweddol.

Erbyn hyn mae'r clwb wedi symud i hen gapel ar y Stryd Fawr, sydd wedi ei addasu gyda chegin, ystafell gemau a stiwdio gerddoriaeth fach.

Bydd y clwb ar agor ar nosweithiau Mawrth ac Iau i bobl ifanc rhwng 11 a 18 oed, a bydd gweithiwr ieuenctid llawn amser yn cael ei gyflogi gan y cyngor.

Dywedodd Siân Hughes, un o'r rhieni a arweiniodd yr ymgyrch, nad oedd unman i bobl ifanc y dref fynd gyda'r nos a bod llawer yn teimlo'n unig.

Mae'r bobl ifanc eu hunain wedi dewis y gweithgareddau, gan gynnwys coginio, dringo, beicio mynydd a recordio cerddoriaeth.

Yn ôl Osian, sy'n 15 oed, mae'n braf cael lle cynnes i gwrdd â ffrindiau heb orfod teithio i Borthmadog.

Mae'r trefnwyr yn chwilio am ragor o wirfoddolwyr.
"""),
        must_have=[
            "Erbyn hyn mae'r clwb wedi symud i hen gapel ar y Stryd Fawr, sydd wedi ei addasu gyda chegin, ystafell gemau a stiwdio gerddoriaeth fach.",
            "Mae'r bobl ifanc eu hunain wedi dewis y gweithgareddau, gan gynnwys coginio, dringo, beicio mynydd a recordio cerddoriaeth.",
        ]),
    # San Marino Fixing (San Marino daily, Italian): staff, children's council session; lower-case 'di' byline.
    rec(cluster="smfixing-consiglio-dei-ragazzi", role="single", file="sanmarinofixing_consiglio_ragazzi_it.txt", render="text",
        title="Il Consiglio dei Ragazzi approva tre proposte su parchi, trasporti e mense",
        date="2024-11-20", country="SM", region="europe", lang="it", authors=["Chiara Gasperoni"],
        pre=[["San Marino Fixing", "Attualità", "Politica", "Economia", "Cultura", "Sport", "Abbonati"]],
        head=[["Attualità"], ["di Chiara Gasperoni"], ["20/11/2024"]],
        inserts={2: ["Pubblicità"], 5: ["Leggi anche:", "Scuole medie, al via il progetto di educazione stradale"]},
        tail=[["Condividi", "Facebook", "WhatsApp"], ["Articoli correlati"],
              ["\u00a9 2024 San Marino Fixing. Riproduzione riservata."]],
        paras=P("""
Nella Giornata internazionale dei diritti dell'infanzia, i sessanta componenti del Consiglio dei Ragazzi si sono riuniti nell'aula del Palazzo Pubblico per la loro seduta annuale.

I consiglieri, alunni delle classi quinte delle elementari e delle scuole medie, sono stati eletti dai loro compagni in ciascuno dei nove castelli.

Dopo un dibattito durato quasi tre ore, i ragazzi hanno approvato tre proposte che verranno consegnate ai Capitani Reggenti e al Congresso di Stato.

La prima chiede di installare nuovi giochi accessibili ai bambini con disabilità nei parchi pubblici di Borgo Maggiore e Serravalle.

La seconda propone corse serali degli autobus di linea nel fine settimana, per permettere ai più grandi di tornare a casa dopo le attività sportive.

La terza riguarda le mense scolastiche e chiede più frutta di stagione e meno cibi confezionati.

Il Segretario di Stato all'Istruzione ha assicurato che le proposte saranno esaminate con attenzione e che i ragazzi verranno informati delle risposte.

Per molti consiglieri è stata la prima volta che hanno preso la parola davanti a un pubblico.
"""),
        must_have=[
            "I consiglieri, alunni delle classi quinte delle elementari e delle scuole medie, sono stati eletti dai loro compagni in ciascuno dei nove castelli.",
            "La seconda propone corse serali degli autobus di linea nel fine settimana, per permettere ai più grandi di tornare a casa dopo le attività sportive.",
        ]),
    # The Kwajalein Hourglass (US Army Garrison weekly, Marshall Islands): staff, Cub Scouts; 'Story and photos by' byline and 'Photo by' credit.
    rec(cluster="kwajaleinhourglass-cub-scouts-raingutter", role="single", file="kwajaleinhourglass_cub_scouts.txt", render="text",
        title="Cub Scouts race homemade boats down raingutters at the Youth Center",
        date="2024-02-10", country="MH", region="oceania", lang="en", authors=["Jessica Dunn"],
        caption="Wolf Scouts cheer on their boats during the first heat on Feb. 3.", credit="Jessica Dunn",
        pre=[["The Kwajalein Hourglass", "U.S. Army Garrison-Kwajalein Atoll"]],
        head=[["Saturday, Feb. 10, 2024"], ["Story and photos by Jessica Dunn"], ["Media Services"]],
        cap_lines=["Wolf Scouts cheer on their boats during the first heat on Feb. 3. Photo by Jessica Dunn"],
        inserts={3: ["Hourglass Reports"]},
        tail=[["The Kwajalein Hourglass is an authorized publication for military personnel, federal employees, contractors and their families assigned to U.S. Army Garrison-Kwajalein Atoll."],
              ["Contents of the Hourglass are not necessarily official views of, or endorsed by, the U.S. Government, Department of Defense, Department of the Army or USAG-KA."],
              ["Questions? Email the Hourglass editor."]],
        paras=P("""
The hallway of the Youth Center turned into a racing course on Feb. 3 as Cub Scouts from Pack 135 raced sailboats they had built from pine blocks down lengths of water-filled raingutter.

Each scout blew their boat along the gutter with a straw, and the first to reach the end of the three-metre course won the heat.

The scouts spent two den meetings carving their hulls, sanding the edges and painting them in bright colours before adding a mast and a paper sail.

Pack leader Tom Reyes said the race taught the children about wind, weight and balance, and gave them something to build with their parents.

Parents and grandparents lined the walls, and the loudest cheers came when two boats reached the finish at almost exactly the same moment.

Eight-year-old Liam Kabua won the Tiger division with a boat shaped like a shark.

The pack meets every Tuesday after school and welcomes new families who have just arrived on the island.

The next event is a campout on Emon Beach in March.
"""),
        must_have=[
            "The scouts spent two den meetings carving their hulls, sanding the edges and painting them in bright colours before adding a mast and a paper sail.",
            "Pack leader Tom Reyes said the race taught the children about wind, weight and balance, and gave them something to build with their parents.",
        ]),
    # Somaliland Chronicle (Hargeisa, English): staff, children's hospital play room; 'By' byline.
    rec(cluster="somalilandchronicle-hargeisa-play-room", role="single", file="somalilandchronicle_hargeisa_play_room.txt", render="text",
        title="New play room opens on children's ward at Hargeisa Group Hospital",
        date="2025-03-04", country="SO", region="africa", lang="en", authors=["Hamse Abdi Jama"],
        pre=[["Somaliland Chronicle", "News", "Politics", "Business", "Opinion", "Investigations"]],
        head=[["By Hamse Abdi Jama"], ["March 4, 2025"], ["3 min read"]],
        inserts={2: ["Advertisement"], 5: ["Related: Berbera fishing cooperative buys first cold storage truck"]},
        tail=[["Share", "Facebook", "X", "LinkedIn"], ["Support independent journalism in Somaliland"],
              ["Related Articles"], ["\u00a9 2025 Somaliland Chronicle. All rights reserved."]],
        paras=P("""
Children staying on the paediatric ward at Hargeisa Group Hospital now have a room of their own to play, draw and read, after a local women's group converted an old storeroom.

The room has soft mats, low tables, books in Somali and English, building blocks, puzzles and a small television for cartoons.

Nurses said many children stay on the ward for weeks while being treated for malnutrition, pneumonia or injuries, and often had nothing to do but lie in bed.

The women's group raised the money from members in Hargeisa and in the diaspora, and volunteers painted the walls with animals and a map of Somaliland.

A volunteer is in the room every afternoon, and mothers are encouraged to come in with their children.

Head nurse Khadra Yusuf said children who play eat better and are less afraid of the doctors.

Ten-year-old Abdirahman, who has been on the ward for two weeks, said his favourite thing was the box of coloured pencils.

The group hopes to open a similar room at the hospital in Burao next year.
"""),
        must_have=[
            "The room has soft mats, low tables, books in Somali and English, building blocks, puzzles and a small television for cartoons.",
            "Nurses said many children stay on the ward for weeks while being treated for malnutrition, pneumonia or injuries, and often had nothing to do but lie in bed.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_TF = site("Telefuturo", "https://www.telefuturo.example.com.py", " - Telefuturo", "es_PY", "@Telefuturo",
               ["Nacionales", "Política", "Economía", "Deportes", "Espectáculos", "En vivo"],
               ["\u00a9 2024 Telefuturo. Todos los derechos reservados.", "Contacto", "Términos de uso"],
               share=["Compartir", "Facebook", "X", "WhatsApp"])
SITE_MS = site("The Midweek Sun", "https://www.midweeksun.example.co.bw", " | The Midweek Sun", "en_BW", "@MidweekSunBW",
               ["News", "Sport", "Entertainment", "Lifestyle", "Business", "E-Paper"],
               ["\u00a9 2024 The Midweek Sun. Published every Wednesday in Gaborone.", "Contact Us", "Advertise"],
               share=["Share", "Facebook", "WhatsApp"])
SITE_NV = site("The Northern View", "https://www.thenorthernview.example.com", " - The Northern View", "en_CA", "@northernview",
               ["News", "Local News", "Sports", "Opinion", "Obituaries", "Classifieds"],
               ["\u00a9 2024 Black Press Media. All rights reserved.", "Terms of Use", "Privacy Policy"],
               share=["Facebook", "X", "Email", "Print"], top=["Subscribe", "Sign In"])
SITE_SD = site("સંદેશ", "https://sandesh.example.com", " | Sandesh", "gu_IN", "@sandeshnews",
               ["ગુજરાત", "સૌરાષ્ટ્ર", "દેશ", "વિદેશ", "સ્પોર્ટ્સ", "મનોરંજન"],
               ["\u00a9 2024 Sandesh Limited. All rights reserved.", "અમારા વિશે", "સંપર્ક"],
               share=["શેર કરો", "Facebook", "WhatsApp"])
SITE_VG = site("Virgule", "https://www.virgule.example.lu", " - Virgule.lu", "fr_LU", "@virgule_lu",
               ["Luxembourg", "Grande Région", "Monde", "Sport", "Culture", "Lifestyle"],
               ["\u00a9 2025 Virgule.lu. Tous droits réservés.", "Mentions légales", "Contact"],
               share=["Partager", "Facebook", "X", "LinkedIn"],
               cookie="Nous utilisons des cookies pour vous offrir la meilleure expérience sur notre site.", buttons=["Tout accepter", "Continuer sans accepter"])
SITE_UH = site("Ulster Herald", "https://www.ulsterherald.example.com", " - Ulster Herald", "en_GB", "@UlsterHerald",
               ["News", "Sport", "GAA", "Farming", "Community", "E-Paper"],
               ["\u00a9 2024 North West of Ireland Printing and Publishing Company.", "Contact", "Advertise"],
               share=["Share", "Facebook", "X"])
SITE_WS = site("Wairoa Star", "https://www.wairoastar.example.co.nz", " | Wairoa Star", "en_NZ", "@WairoaStar",
               ["News", "Sport", "Community", "Rural", "Notices", "Subscribe"],
               ["\u00a9 2024 Wairoa Star. Proudly serving Te Wairoa since 1922.", "Contact", "Advertise"],
               share=["Share", "Facebook", "Email"], graph=True)
SITE_TT = site("Tashkent Times", "https://tashkenttimes.example.uz", " - Tashkent Times", "en_US", "@tashkenttimes",
               ["Politics", "Economy", "Society", "Culture", "Sports", "Tashkent"],
               ["\u00a9 2024 Tashkent Times. Use of materials is allowed only with an active hyperlink.", "About", "Contacts"],
               share=["Share", "Facebook", "Telegram"])
SITE_SP = site("Samoa Planet", "https://www.samoaplanet.example.ws", " - Samoa Planet", "en_WS", "@samoaplanet",
               ["News", "Sport", "Business", "Culture", "Pasifika", "Contact"],
               ["\u00a9 2024 Samoa Planet. All rights reserved.", "About", "Advertise with us"],
               share=["Share", "Facebook", "WhatsApp"])

HTML_STORIES = [
    # Telefuturo (Asunción broadcaster, gzipped page): original of the IP cluster; 'Encarnación, IP.-' dateline, 'Fuente: IP Paraguay' sign-off.
    dict(IP, role="original", file="telefuturo_ip_encarnacion_skatepark_es.html.gz", render="html",
         site=SITE_TF, section="Nacionales", meta_section="Nacionales",
         url="https://www.telefuturo.example.com.py/nacionales/2024/08/16/encarnacion-habilita-un-skatepark-en-la-costanera/",
         published="2024-08-16T14:35:00-04:00", ld_author=[{"@type": "Organization", "name": "IP Paraguay"}],
         byline_lines=["IP Paraguay"], date_lines=["16 de agosto de 2024 - 14:35"],
         inserts={2: [("ad", "Publicidad")], 5: [("link", "Te puede interesar:", "Itapúa: escuelas reciben kits de robótica")]},
         end_lines=["Fuente: IP Paraguay"],
         lists=[("Lo más visto", ["Corte de ruta en Coronel Oviedo", "Clima: se esperan lluvias en el sur"])]),
    # The Midweek Sun (Gaborone weekly tabloid): staff, babies' swimming course; byline and 'PIC:' credit in capitals.
    rec(cluster="midweeksun-gaborone-baby-swimming", role="single", file="midweeksun_baby_swimming.html", render="html",
        site=SITE_MS, title="Splash time for tots as baby swimming classes make waves in Gaborone",
        date="2024-06-05", country="BW", region="africa", lang="en", authors=["Boitumelo Motshidi"],
        section="Lifestyle", meta_section="Lifestyle",
        url="https://www.midweeksun.example.co.bw/splash-time-for-tots-as-baby-swimming-classes-make-waves/",
        description="Parents and babies from six months old learn water confidence together.",
        published="2024-06-05T06:00:00+02:00",
        byline_lines=["BY BOITUMELO MOTSHIDI"], date_lines=["Wednesday, 05 June 2024"],
        caption="A mother and her eight-month-old son during a Saturday class.", credit="BOITUMELO MOTSHIDI",
        credit_shown="PIC: BOITUMELO MOTSHIDI",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "ALSO READ:", "Mogoditshane toddlers' reading club turns one")]},
        lists=[("Trending", ["Choppies queue drama", "Zebras squad named"])],
        paras=P("""
A heated indoor pool in Gaborone has become the place to be on Saturday mornings, as parents bring babies as young as six months for swimming classes.

The eight-week course, run by a former national swimmer, teaches babies to float on their backs, blow bubbles and turn towards the wall if they fall in.

Parents stay in the water with their babies for the whole 30-minute class, and no more than eight pairs are allowed in the pool at a time.

Instructor Kagiso Ramotswa said the aim was not to turn babies into champions but to make them comfortable in water and teach parents how to keep them safe.

She said drowning was a real danger for small children in Botswana, where many families spend weekends at dams and rivers during the rainy season.

Mother Lorato Sebina said her daughter had cried through the first lesson but now kicked and laughed as soon as she saw the pool.

A new course starts in July, and the first places have already been taken.
"""),
        must_have=[
            "The eight-week course, run by a former national swimmer, teaches babies to float on their backs, blow bubbles and turn towards the wall if they fall in.",
            "Parents stay in the water with their babies for the whole 30-minute class, and no more than eight pairs are allowed in the pool at a time.",
        ]),
    # The Northern View (Prince Rupert, Black Press): staff, kids' summer fishing camp; 'Name/The Northern View' credit inside parentheses.
    rec(cluster="northernview-prince-rupert-fishing-camp", role="single", file="northernview_kids_fishing_camp.html", render="html",
        site=SITE_NV, title="Kids learn to cast, clean and release at Prince Rupert summer fishing camp",
        date="2024-07-18", country="CA", region="americas", lang="en", authors=["Marisa Kwan"],
        section="Local News", meta_section="Local News",
        url="https://www.thenorthernview.example.com/local-news/kids-learn-to-cast-clean-and-release-at-summer-fishing-camp-7401234",
        description="Forty children aged eight to 13 took part in the week-long camp.",
        published="2024-07-18T14:30:00-07:00", modified="2024-07-19T08:10:00-07:00",
        byline_lines=["Marisa Kwan"], date_lines=["Jul. 18, 2024 2:30 p.m.", "Updated Jul. 19, 2024 8:10 a.m."],
        caption="Young anglers try their luck off the dock at Rushbrook Floats on July 17.", credit="Marisa Kwan/The Northern View",
        credit_shown="(Marisa Kwan/The Northern View)",
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Get local stories you won't find anywhere else right to your inbox.", "Sign up here"])]},
        end_lines=["marisa.kwan@thenorthernview.example.com"],
        below_body=[("tip", "Like us on Facebook and follow us on X.")],
        paras=P("""
Forty children spent last week on the docks and beaches of Prince Rupert learning how to cast a line, tie knots and handle fish at the city's first summer fishing camp.

The camp, for children aged eight to 13, was organised by a local anglers' club with help from volunteers and a First Nations fisheries guardian.

Each morning began with a safety talk and life jacket check before the children headed to Rushbrook Floats or the beach at Seal Cove.

Camp leader Darren Moody said the children learned which species they could keep, how to measure them and how to release undersized fish without harming them.

The guardian taught the group about salmon runs in the Skeena River and why the fish matter to the Ts'msyen people.

Eleven-year-old Noah Pierce caught his first rockfish on Wednesday and said he would teach his little sister to fish.

The club provided rods and tackle for every child, and families paid what they could.

Organisers hope to run two camps next summer.
"""),
        must_have=[
            "Each morning began with a safety talk and life jacket check before the children headed to Rushbrook Floats or the beach at Seal Cove.",
            "Camp leader Darren Moody said the children learned which species they could keep, how to measure them and how to release undersized fish without harming them.",
        ]),
    # Sandesh (Ahmedabad daily, Gujarati): staff, Bal Mela in Rajkot; 'રાજકોટ :' city opening and a desk byline naming no writer.
    rec(cluster="sandesh-rajkot-bal-mela", role="single", file="sandesh_rajkot_bal_mela_gu.html", render="html",
        site=SITE_SD, title="રાજકોટમાં બાલ મેળામાં હજારો બાળકો ઉમટ્યા, રમતો અને વિજ્ઞાન પ્રદર્શનનો આનંદ માણ્યો",
        date="2024-11-15", dateline="રાજકોટ : ", city="Rājkot", country="IN", region="asia", lang="gu",
        section="સૌરાષ્ટ્ર", meta_section="સૌરાષ્ટ્ર",
        url="https://sandesh.example.com/gujarat/saurashtra/rajkot/news/bal-mela-rajkot-children",
        description="ત્રણ દિવસના બાલ મેળામાં શાળાઓના બાળકોએ ભાગ લીધો.",
        published="2024-11-15T10:20:00+05:30", ld_author=[{"@type": "Organization", "name": "Sandesh"}],
        byline_lines=["સંદેશ ન્યૂઝ"], date_lines=["Nov 15, 2024 | 10:20 AM"],
        inserts={2: [("ad", "જાહેરાત")], 5: [("link", "આ પણ વાંચો:", "જામનગરમાં બાળકો માટે નવો બગીચો ખુલ્લો મુકાયો")]},
        lists=[("વધુ વાંચો", ["રાજકોટમાં ઠંડીનો ચમકારો", "સૌરાષ્ટ્ર યુનિવર્સિટીની પરીક્ષા મોકૂફ"])],
        paras=P("""
બાળ દિન નિમિત્તે શહેરના રેસકોર્સ મેદાનમાં ત્રણ દિવસના બાલ મેળાનો પ્રારંભ થયો હતો, જેમાં પહેલા જ દિવસે હજારો બાળકો પોતાના શિક્ષકો અને વાલીઓ સાથે ઉમટી પડ્યા હતા.

મેળામાં ચકડોળ, જાદુના ખેલ, કઠપૂતળીના શો અને ચિત્ર સ્પર્ધા ઉપરાંત સરકારી અને ખાનગી શાળાઓના વિદ્યાર્થીઓએ બનાવેલા વિજ્ઞાનના મોડેલોનું પ્રદર્શન રાખવામાં આવ્યું હતું.

મહાનગરપાલિકાની શાળાઓના બાળકો માટે પ્રવેશ તેમજ નાસ્તો વિનામૂલ્યે રાખવામાં આવ્યો હતો અને તેમને લાવવા લઈ જવા માટે સિટી બસની ખાસ વ્યવસ્થા કરાઈ હતી.

આયોજકોના જણાવ્યા મુજબ, આ વર્ષે પ્રથમ વખત દિવ્યાંગ બાળકો માટે અલગ રમતો અને શાંત ખૂણો તૈયાર કરવામાં આવ્યો છે, જ્યાં તાલીમ પામેલા સ્વયંસેવકો હાજર રહે છે.

ધોરણ સાતમાં ભણતી દસ વર્ષની ધ્રુવી પટેલે સૌર ઊર્જાથી ચાલતી નાની કારનું મોડેલ રજૂ કર્યું હતું, જે જોવા માટે બાળકોની ભીડ જામી હતી.

તેણે કહ્યું કે આ મોડેલ તેણે પોતાના પિતા સાથે મળીને બે અઠવાડિયામાં તૈયાર કર્યું હતું.

મેળામાં પુસ્તકોના સ્ટોલ પર બાળવાર્તાઓ અને કોમિક્સની ખરીદી માટે પણ ભીડ જોવા મળી હતી.

મેળો રવિવાર સુધી સવારે દસથી રાત્રે નવ વાગ્યા સુધી ખુલ્લો રહેશે.
"""),
        must_have=[
            "મેળામાં ચકડોળ, જાદુના ખેલ, કઠપૂતળીના શો અને ચિત્ર સ્પર્ધા ઉપરાંત સરકારી અને ખાનગી શાળાઓના વિદ્યાર્થીઓએ બનાવેલા વિજ્ઞાનના મોડેલોનું પ્રદર્શન રાખવામાં આવ્યું હતું.",
            "મહાનગરપાલિકાની શાળાઓના બાળકો માટે પ્રવેશ તેમજ નાસ્તો વિનામૂલ્યે રાખવામાં આવ્યો હતો અને તેમને લાવવા લઈ જવા માટે સિટી બસની ખાસ વ્યવસ્થા કરાઈ હતી.",
        ]),
    # Virgule (Luxembourg, French): staff, babysitting course for teenagers in Esch-sur-Alzette; consent wall, 'Publié le 21.02.2025'.
    rec(cluster="virgule-esch-babysitting-course", role="single", file="virgule_esch_cours_babysitting_fr.html", render="html",
        site=SITE_VG, title="À Esch, des ados apprennent à devenir babysitters",
        date="2025-02-21", country="LU", region="europe", lang="fr", authors=["Laura Mertens"],
        section="Luxembourg", meta_section="Luxembourg",
        url="https://www.virgule.example.lu/luxembourg/a-esch-des-ados-apprennent-a-devenir-babysitters/123456.html",
        description="Une formation de trois samedis pour les jeunes de 14 à 17 ans.",
        published="2025-02-21T14:05:00+01:00", modified="2025-02-21T16:40:00+01:00",
        byline_lines=["Laura Mertens"], date_lines=["Publié le 21.02.2025 à 14:05", "Mis à jour le 21.02.2025 à 16:40"],
        caption="Les participants s'exercent aux premiers secours sur des poupées.", credit="Gerry Huberty",
        credit_shown="Photo: Gerry Huberty",
        inserts={2: [("ad", "Publicité")], 5: [("link", "À lire aussi:", "Maisons relais: plus de places à Differdange")]},
        lists=[("Les plus lus", ["A4: travaux de nuit à Esch", "Le prix du diesel augmente"])],
        paras=P("""
Une vingtaine d'adolescents ont suivi samedi à Esch-sur-Alzette la première session d'un cours de babysitting organisé par la Ville et une association d'aide aux familles.

La formation, ouverte aux jeunes de 14 à 17 ans, se déroule sur trois samedis et coûte 20 euros, matériel compris.

Les participants y apprennent à changer une couche, à préparer un biberon, à organiser des jeux selon l'âge des enfants et à réagir en cas d'accident.

Une infirmière leur enseigne les gestes de premiers secours sur des poupées, notamment en cas d'étouffement ou de brûlure.

À la fin du cours, chaque jeune reçoit un certificat et peut s'inscrire sur une liste consultée par les parents de la commune.

Léa, 15 ans, dit vouloir gagner un peu d'argent de poche tout en gagnant en confiance, car elle aimerait plus tard devenir éducatrice.

La responsable du service jeunesse explique que la demande des parents est forte, surtout chez les familles arrivées récemment au Luxembourg et sans grands-parents sur place.

Une deuxième session est prévue en avril.
"""),
        must_have=[
            "Les participants y apprennent à changer une couche, à préparer un biberon, à organiser des jeux selon l'âge des enfants et à réagir en cas d'accident.",
            "À la fin du cours, chaque jeune reçoit un certificat et peut s'inscrire sur une liste consultée par les parents de la commune.",
        ]),
    # Ulster Herald (Omagh weekly): staff, summer playscheme; '(Picture: ...)' credit, 'Published:' date line.
    rec(cluster="ulsterherald-omagh-summer-playscheme", role="single", file="ulsterherald_omagh_playscheme.html", render="html",
        site=SITE_UH, title="Record numbers sign up for Omagh summer playscheme",
        date="2024-08-01", country="GB", region="europe", lang="en", authors=["Ciara McGinn"],
        section="News", meta_section="News",
        url="https://www.ulsterherald.example.com/2024/08/01/record-numbers-sign-up-for-omagh-summer-playscheme/",
        description="More than 400 children are taking part over four weeks.",
        published="2024-08-01T09:00:00+01:00",
        byline_lines=["Ciara McGinn"], date_lines=["Published: Thursday, 1 August 2024"],
        caption="Children enjoying a parachute game at the Lisanelly playscheme.", credit="Michael McHugh",
        credit_shown="(Picture: Michael McHugh)",
        inserts={2: [("ad", "Advertisement")], 5: [("box", "Related", ["Fintona youth club gets new minibus", "Drumquin GAC summer camp returns"])]},
        tags=("Tags:", ["Omagh", "Playscheme", "Summer"]),
        paras=P("""
More than 400 children have signed up for this year's Omagh summer playscheme, the highest number since the scheme began more than 30 years ago.

The four-week scheme runs from Monday to Friday at three venues across the town, with children aged five to 12 taking part in arts and crafts, sports, baking and day trips.

Each week has a theme, and this week's children have been building a giant cardboard castle for the final day's party.

Playscheme coordinator Aoife Donnelly said the scheme relied on more than 60 young volunteers, many of whom had attended the playscheme themselves as children.

She said demand had grown because many parents were working longer hours and could not afford private summer camps.

Places for children with additional needs are supported by trained staff, and a quiet room is available at each venue.

A trip to the beach at Portrush is planned for the last week, weather permitting.

The scheme is funded by the council and local businesses.
"""),
        must_have=[
            "Each week has a theme, and this week's children have been building a giant cardboard castle for the final day's party.",
            "Playscheme coordinator Aoife Donnelly said the scheme relied on more than 60 young volunteers, many of whom had attended the playscheme themselves as children.",
        ]),
    # Wairoa Star (Hawke's Bay weekly): staff, rangatahi driver licence course; JSON-LD @graph, bare-name byline.
    rec(cluster="wairoastar-rangatahi-driver-licence", role="single", file="wairoastar_rangatahi_licences.html", render="html",
        site=SITE_WS, title="Rangatahi pass learner licence tests as driving programme takes off",
        date="2024-09-04", country="NZ", region="oceania", lang="en", authors=["Hine Tipoki"],
        section="News", meta_section="News",
        url="https://www.wairoastar.example.co.nz/news/rangatahi-pass-learner-licence-tests-as-driving-programme-takes-off/",
        description="Twenty-three young people passed their learner licence tests in the first term.",
        published="2024-09-04T12:00:00+12:00",
        byline_lines=["Hine Tipoki"], date_lines=["4 Sep, 2024 12:00 PM"],
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Support local news", "Subscribe to the Wairoa Star", "Subscribe"])]},
        tags=("Tags:", ["Rangatahi", "Driver licence"]),
        paras=P("""
Twenty-three rangatahi have passed their learner licence tests in the first term of a driving programme run by a Wairoa community trust.

The programme helps young people aged 16 to 24 through the learner, restricted and full licence stages, which many in the district find hard to afford.

Participants study the road code in small groups at the trust's office and are then given lessons with a qualified instructor in the trust's car.

Trust manager Piripi Walker said many young people in the district drove without a licence because there was no other way to get to work or training.

He said a licence opened doors to jobs in forestry, farming and at the meat works, where workers often start before dawn.

The trust pays the test fees, and local businesses have donated fuel vouchers.

Seventeen-year-old Kiri Hapi said she had failed the test once on her own but passed easily after studying with the group.

Ten of the rangatahi have now booked restricted tests.
"""),
        must_have=[
            "Participants study the road code in small groups at the trust's office and are then given lessons with a qualified instructor in the trust's car.",
            "He said a licence opened doors to jobs in forestry, farming and at the meat works, where workers often start before dawn.",
        ]),
    # Tashkent Times (English-language portal): no writer named; 'Society' section, view counter.
    rec(cluster="tashkenttimes-book-bus", role="single", file="tashkenttimes_book_bus.html", render="html",
        site=SITE_TT, title="Book bus brings children's library to Tashkent mahallas",
        date="2024-10-03", country="UZ", region="asia", lang="en",
        section="Society", meta_section="Society",
        url="https://tashkenttimes.example.uz/society/14321-book-bus-brings-children-s-library-to-tashkent-mahallas",
        description="The converted bus carries 3,000 books in Uzbek, Russian and English.",
        published="2024-10-03T15:20:00+05:00", jsonld=False,
        date_lines=["15:20 / 03.10.2024"],
        above_body=[("views", "1 256")],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "New children's park opens in Yunusabad")]},
        lists=[("Latest news", ["Metro line extension opens", "Cotton harvest figures released"])],
        paras=P("""
A converted city bus filled with children's books has begun visiting mahallas in Tashkent, bringing a mobile library to neighbourhoods without one nearby.

The bus carries about 3,000 books in Uzbek, Russian and English, from picture books for toddlers to adventure novels and science books for teenagers.

Inside, the seats have been replaced with shelves, cushions and a small reading corner, and an awning outside covers tables for reading in the shade.

The bus stops in a different mahalla each day from Tuesday to Saturday, and children can borrow up to two books for two weeks with a free library card.

A librarian and a volunteer read stories aloud to younger children and run quizzes for older ones.

Organisers said the bus had registered more than 1,200 young readers in its first month.

Parents said the visits gave children an alternative to phones and tablets after school.

A second bus is planned for Samarkand next year.
"""),
        must_have=[
            "Inside, the seats have been replaced with shelves, cushions and a small reading corner, and an awning outside covers tables for reading in the shade.",
            "The bus stops in a different mahalla each day from Tuesday to Saturday, and children can borrow up to two books for two weeks with a free library card.",
        ]),
    # Samoa Planet (Apia, independent site): staff, junior netball programme; lower-case 'by' byline.
    rec(cluster="samoaplanet-apia-junior-netball", role="single", file="samoaplanet_junior_netball.html", render="html",
        site=SITE_SP, title="Junior netball programme draws 600 girls to Saturday sessions",
        date="2024-05-23", country="WS", region="oceania", lang="en", authors=["Sina Faleolo"],
        section="Sport", meta_section="Sport",
        url="https://www.samoaplanet.example.ws/2024/05/23/junior-netball-programme-draws-600-girls/",
        description="Girls aged seven to 14 from 30 primary schools take part.",
        published="2024-05-23T18:00:00+13:00",
        byline_lines=["by Sina Faleolo"], date_lines=["23 May 2024"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ:", "Savai'i schools get new sports gear")]},
        comments=["Leave a Reply", "Your email address will not be published."],
        paras=P("""
About 600 girls from 30 primary schools are turning up every Saturday morning at the netball courts in Tuanaimato for a junior netball programme.

The programme, for girls aged seven to 14, uses smaller balls and lower hoops so that younger players can score and enjoy the game from the start.

Each session begins with warm-up games and skills stations before the girls are split into teams for short matches of six minutes a half.

Coaches are volunteers from village and club teams, and several are former national players who learned the game in the same programme years ago.

Programme coordinator Lagimaina Tuilagi said the aim was to keep girls active and build their confidence, not just to find future stars.

Families bring food to share, and many parents stay to watch and cheer from the side of the courts.

Ten-year-old Faith Leota said her favourite part was making new friends from other schools.

A festival day with all the teams is planned for the end of June.
"""),
        must_have=[
            "The programme, for girls aged seven to 14, uses smaller balls and lower hoops so that younger players can score and enjoy the game from the start.",
            "Coaches are volunteers from village and club teams, and several are former national players who learned the game in the same programme years ago.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, Timor Post (Dili, English page): staff, student mangrove planting; news-please time is UTC (Dili is UTC+9).
    rec(cluster="timorpost-liquica-mangrove-students", role="single", file="newsplease_timorpost_liquica_mangroves.json",
        render="newsplease", title="Liquiçá students plant 5,000 mangrove seedlings along the coast",
        date="2024-05-16", country="TL", region="asia", lang="en", authors=["Jacinta da Costa"],
        url="https://www.timorpost.example.tl/en/liquica-students-plant-5000-mangrove-seedlings/",
        source_domain="timorpost.example.tl",
        description="Secondary school students spent the day planting along a stretch of coast west of Dili.",
        np_authors=["Jacinta da Costa"], np_publish="2024-05-16 02:30:00", np_download="2024-05-16 10:05:12",
        head_lines=["Timor Post", "Jacinta da Costa", "16 May 2024"],
        inserts={2: ["Advertisement"], 5: ["Read also: Baucau youth centre opens computer room"]},
        tail_lines=["Share", "Facebook", "WhatsApp", "Related news", "\u00a9 2024 Timor Post"],
        paras=P("""
More than 200 secondary school students in Liquiçá spent Wednesday knee-deep in mud, planting 5,000 mangrove seedlings along a stretch of coast west of Dili.

The seedlings were grown over six months in a nursery run by a local women's group, which collected seeds from the remaining mangroves nearby.

Students planted the seedlings in rows one metre apart at low tide, and each class will return every month to check how many have survived.

A teacher from the school said the students had learned in class how mangroves protect the coast from storms and provide shelter for young fish and crabs.

Village chief Francisco Soares said much of the mangrove forest had been cut for firewood and building poles over the past 20 years.

He said fishermen had noticed fewer crabs and small fish close to the shore.

Seventeen-year-old Ana Maria Guterres said she wanted to bring her younger brothers to see the trees grow.

The group plans to plant another 10,000 seedlings before the end of the year.
"""),
        must_have=[
            "The seedlings were grown over six months in a nursery run by a local women's group, which collected seeds from the remaining mangroves nearby.",
            "Students planted the seedlings in rows one metre apart at low tide, and each class will return every month to check how many have survived.",
        ]),
    # news-please, Radio Liechtenstein (Vaduz, German): staff, Ferienpass holiday activities; '(red)' desk sign-off.
    rec(cluster="radioli-ferienpass-anmeldung", role="single", file="newsplease_radioli_ferienpass_de.json",
        render="newsplease", title="Ferienpass: Über 200 Kurse für Kinder in den Sommerferien",
        date="2024-06-12", country="LI", region="europe", lang="de",
        url="https://www.radio.example.li/land/ferienpass-ueber-200-kurse-fuer-kinder-in-den-sommerferien",
        source_domain="radio.example.li",
        description="Die Anmeldung für den Ferienpass startet am Montag.",
        np_authors=[], np_publish="2024-06-12 09:15:00", np_download="2024-06-12 15:48:30",
        head_lines=["Radio Liechtenstein", "Land", "12.06.2024"],
        inserts={2: ["Anzeige"], 4: ["Mehr zum Thema: Neuer Spielplatz in Schaan eröffnet"]},
        tail_lines=["(red)", "Teilen", "Facebook", "WhatsApp", "Weitere Meldungen", "Radio Liechtenstein hören", "\u00a9 2024 Radio Liechtenstein"],
        paras=P("""
Kinder und Jugendliche in Liechtenstein können sich ab Montag für den diesjährigen Ferienpass anmelden, der in den Sommerferien über 200 Kurse und Ausflüge anbietet.

Das Angebot reicht von Kletter- und Schwimmkursen über Backen, Töpfern und Programmieren bis zu Besuchen bei der Feuerwehr, auf Bauernhöfen und in Werkstätten.

Die meisten Kurse dauern einen halben oder ganzen Tag und kosten zwischen fünf und vierzig Franken.

Teilnehmen können Kinder ab der ersten Klasse bis zum Alter von 16 Jahren, die in Liechtenstein wohnen oder hier zur Schule gehen.

Organisiert wird der Ferienpass von Vereinen, Gemeinden und Privatpersonen, die ihre Kurse ehrenamtlich anbieten.

Die Anmeldung erfolgt online, die Plätze werden bei beliebten Kursen ausgelost.

Familien mit geringem Einkommen können eine Ermäßigung beantragen.

Neu im Programm sind in diesem Jahr ein Kurs zum Bau von Nistkästen und eine Wanderung mit Lamas im Malbun.

Das Programmheft liegt ab dieser Woche in allen Schulen und Gemeindeverwaltungen des Landes auf.
"""),
        must_have=[
            "Das Angebot reicht von Kletter- und Schwimmkursen über Backen, Töpfern und Programmieren bis zu Besuchen bei der Feuerwehr, auf Bauernhöfen und in Werkstätten.",
            "Organisiert wird der Ferienpass von Vereinen, Gemeinden und Privatpersonen, die ihre Kurse ehrenamtlich anbieten.",
        ]),
    # news-please, Tavuli News (Honiara online): staff, youth canoe building in Gizo; UTC time is the day before in Solomon Islands time (UTC+11).
    rec(cluster="tavulinews-gizo-youth-canoe-building", role="single", file="newsplease_tavulinews_gizo_canoes.json",
        render="newsplease", title="Gizo youths learn to build traditional canoes from village elders",
        date="2024-09-26", country="SB", region="oceania", lang="en", authors=["Moffat Kere"],
        url="https://tavulinews.example.com.sb/gizo-youths-learn-to-build-traditional-canoes/",
        source_domain="tavulinews.example.com.sb",
        description="Twelve young men and women are spending three months with master builders.",
        np_authors=["Moffat Kere"], np_publish="2024-09-25 22:40:00", np_download="2024-09-26 06:55:18",
        head_lines=["Tavuli News", "By Moffat Kere", "September 26, 2024"],
        inserts={2: ["Advertisement"], 4: ["ALSO READ: Munda school opens new library"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "Related", "Tavuli News - Solomon Islands", "\u00a9 2024 Tavuli News"],
        paras=P("""
Twelve young men and women in Gizo are spending three months with master canoe builders to learn how to carve and shape traditional dugout canoes.

The programme, run by the Western Province youth office and a local cultural association, was started because only a handful of elders still know the full craft.

Each trainee works alongside an elder to select a tree, hollow the trunk with adze and axe, and shape the hull so that it sits evenly in the water.

Master builder Joseph Piko said young people today bought fibreglass boats and outboard motors, but many families could no longer afford fuel.

He said a well-made dugout could last 20 years and needed nothing but a paddle.

The trainees also learn the names of the tools and the songs sung when a new canoe is launched.

Twenty-year-old Rose Tanito said she was proud to be one of three young women on the course.

The first canoes will be launched in December.
"""),
        must_have=[
            "Each trainee works alongside an elder to select a tree, hollow the trunk with adze and axe, and shape the hull so that it sits evenly in the water.",
            "Master builder Joseph Piko said young people today bought fibreglass boats and outboard motors, but many families could no longer afford fuel.",
        ]),
    # trafilatura, Q Costa Rica (English site): staff, junior lifeguards in Jacó; no writer named.
    rec(cluster="qcostarica-jaco-junior-lifeguards", role="single", file="trafilatura_qcostarica_junior_lifeguards.json",
        render="trafilatura", title="Junior lifeguard course teaches Jacó children to read the sea",
        date="2025-01-14", country="CR", region="americas", lang="en",
        section="Costa Rica News", categories="Costa Rica News;Puntarenas",
        url="https://qcostarica.example.com/junior-lifeguard-course-teaches-jaco-children-to-read-the-sea/",
        hostname="qcostarica.example.com", source_hostname="Q Costa Rica",
        tf_author=None, tf_date="2025-01-14", tf_language="en",
        description="Children aged nine to 15 learn to spot rip currents.",
        head_lines=["Q COSTA RICA", "Costa Rica News", "January 14, 2025"],
        inserts={2: ["Advertisement"], 5: ["Related: Tourists urged to swim only at beaches with lifeguards"]},
        tail_lines=["Share this:", "Facebook", "X", "WhatsApp", "Related", "Q COSTA RICA - Costa Rica news, in English", "\u00a9 2025 Q Costa Rica"],
        paras=P("""
Forty children from Jacó and nearby communities are spending their school holidays learning how to spot rip currents and help swimmers in trouble, in a junior lifeguard course on the town's main beach.

The course, for children aged nine to 15, is run by the local lifeguard association with support from the municipality and hotels along the beach.

Each morning starts with a run on the sand and swimming drills, followed by lessons on flags, tides and how to use a rescue board.

Lifeguard Andrés Mora said most drownings at Jacó involved visitors who did not recognise a rip current, and that children who grow up by the sea could teach their families.

The children also learn basic first aid and how to call emergency services.

Twelve-year-old Valeria Jiménez said the hardest part was swimming against the waves, but she now felt safe in the water.

The course ends with a demonstration for parents on Saturday.
"""),
        must_have=[
            "The course, for children aged nine to 15, is run by the local lifeguard association with support from the municipality and hotels along the beach.",
            "Each morning starts with a run on the sand and swimming drills, followed by lessons on flags, tides and how to use a rescue board.",
        ]),
    # trafilatura, Three FM (Isle of Man radio): staff, young carers' day out; station sign-off lines.
    rec(cluster="threefm-young-carers-day-out", role="single", file="trafilatura_threefm_young_carers.json",
        render="trafilatura", title="Young carers treated to a day off at the Wildlife Park",
        date="2024-08-13", country="IM", region="europe", lang="en",
        section="News", categories="News;Isle of Man",
        url="https://www.three.example.fm/news/isle-of-man-news/young-carers-treated-to-a-day-off-at-the-wildlife-park/",
        hostname="three.example.fm", source_hostname="Three FM",
        tf_author="Three FM News", tf_date="2024-08-13", tf_language="en",
        description="Around 40 young carers took part in the day out.",
        head_lines=["Three FM News", "Isle of Man News", "Tuesday 13th August 2024 5:10 pm"],
        inserts={2: ["Advertisement"], 4: ["Listen live to Three FM"]},
        tail_lines=["Share this article", "Facebook", "X", "Email", "More Isle of Man News", "Got a story? Email news@three.example.fm",
                    "\u00a9 2024 Three FM. Isle of Man's Hit Music Station."],
        paras=P("""
Around 40 young carers from across the Island have enjoyed a day away from their responsibilities at home with a trip to the Curraghs Wildlife Park.

The children, aged eight to 17, help look after a parent, brother or sister with an illness or disability, often cooking, cleaning and giving medicine.

The day out was organised by the young carers' service, with transport provided by a local bus company and lunch donated by a café in Ramsey.

A support worker said many young carers rarely have time to see friends or take part in clubs, and some had never visited the park.

She said days like this also let the children meet others who understood their lives without having to explain.

Fourteen-year-old Evan, who cares for his mum, said the best part was feeding the lemurs and not having to worry about anything for a day.

The service runs a weekly youth club and a summer activity programme.

Families can refer a child through their school or GP.
"""),
        must_have=[
            "The children, aged eight to 17, help look after a parent, brother or sister with an illness or disability, often cooking, cleaning and giving medicine.",
            "The day out was organised by the young carers' service, with transport provided by a local bus company and lunch donated by a café in Ramsey.",
        ]),
    # trafilatura, Ålandstidningen (Mariehamn, Swedish): staff, children's sailing camp; 'Text:' byline formula.
    rec(cluster="alandstidningen-mariehamn-seglingslager", role="single", file="trafilatura_alandstidningen_seglingslager_sv.json",
        render="trafilatura", title="Seglingslägret fylldes på en kväll – 60 barn lär sig segla i Mariehamn",
        date="2024-06-25", country="AX", region="europe", lang="sv", authors=["Emma Sundblom"],
        section="Nyheter", categories="Nyheter;Mariehamn",
        url="https://www.alandstidningen.example.ax/artikel/seglinglagret-fylldes-pa-en-kvall",
        hostname="alandstidningen.example.ax", source_hostname="Ålandstidningen",
        tf_author="Emma Sundblom", tf_date="2024-06-25", tf_language="sv",
        description="Barn mellan åtta och fjorton år seglar optimistjollar i Västerhamn.",
        head_lines=["Ålandstidningen", "Nyheter", "Text: Emma Sundblom", "25.6.2024 kl. 17:30"],
        inserts={2: ["Annons"], 5: ["Läs också: Simskolan på Badhusberget får fler platser"]},
        tail_lines=["Dela", "Facebook", "E-post", "Läs mer om", "Mariehamn", "Segling", "\u00a9 2024 Ålandstidningen"],
        paras=P("""
Sextio barn mellan åtta och fjorton år seglar den här veckan optimistjollar i Västerhamn i Mariehamn, där seglarföreningens sommarläger fylldes på en enda kväll när anmälan öppnade i våras.

Barnen delas in i grupper efter hur mycket de har seglat tidigare, och de yngsta börjar med att lära sig knopar och vad som händer om båten kantrar.

Varje förmiddag övar grupperna på vattnet med en tränare i följebåt, och på eftermiddagen blir det lekar, bad och genomgång av dagens seglingar.

Lägerledaren Johan Eriksson säger att säkerheten alltid kommer först och att alla barn bär flytväst så fort de är på bryggan.

Han säger att många åländska barn har föräldrar och far- och morföräldrar som seglat, men att allt fler kommer från familjer utan egen båt.

Föreningen lånar därför ut både båtar och seglarkläder till dem som behöver.

Elvaåriga Elsa Mattsson säger att det bästa är när det blåser mycket och båten går fort.

Nästa läger hålls i början av augusti.
"""),
        must_have=[
            "Barnen delas in i grupper efter hur mycket de har seglat tidigare, och de yngsta börjar med att lära sig knopar och vad som händer om båten kantrar.",
            "Varje förmiddag övar grupperna på vattnet med en tränare i följebåt, och på eftermiddagen blir det lekar, bad och genomgång av dagens seglingar.",
        ]),
]


# ---- JSONL batches ---------------------------------------------------------------------

SITE_NN = site("Nunavut News", "https://www.nunavutnews.example.com", " | Nunavut News", "en_CA", "@NunavutNews",
               ["News", "Iqaluit", "Kivalliq", "Kitikmeot", "Sports", "E-Edition"],
               ["\u00a9 2025 NNSL Media. All rights reserved.", "Contact", "Advertise"],
               share=["Facebook", "X", "Email"], top=["Subscribe", "Log in"])

JSONL_STORIES = [
    # newsbeam text shape: the ENA story on Mereja (syndicated member of the ENA cluster).
    dict(ENA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://mereja.example.com/amharic/v2/2024/07/jimma-kiremt-bego-fekad",
         nb_published="2024-07-31T09:40:00Z", outlet="Mereja", nb_authors=["ኢዜአ"],
         head_lines=["Mereja", "ዜና", "July 31, 2024"],
         tail_lines=["Source: ENA", "Share", "Facebook", "Telegram", "Related Posts", "\u00a9 2024 Mereja.com"]),
    # news-please shape: the CNA story on Offsite (syndicated member of the CNA cluster).
    dict(CNA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.offsite.example.com.cy/eidiseis/koinonia/824511-orchistra-neon-kourio",
         source_domain="offsite.example.com.cy",
         np_authors=["ΚΥΠΕ"], np_publish="2024-07-06 09:10:00", np_download="2024-07-06 14:22:51",
         head_lines=["Offsite", "Κοινωνία", "06.07.2024 | 12:10"],
         inserts={3: ["Διαφήμιση"]},
         tail_lines=["Πηγή: ΚΥΠΕ", "Κοινοποίηση", "Facebook", "Σχετικές ειδήσεις", "\u00a9 2024 Offsite"]),
    # newsbeam html shape: Nunavut News (Iqaluit, NNSL Media): staff, throat-singing workshops; newsbeam stamp is UTC, the page's day is the 7th.
    rec(cluster="nunavutnews-iqaluit-throat-singing-youth", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_NN, title="Iqaluit youth learn katajjaq from elders in after-school workshops",
        date="2025-03-07", country="CA", region="americas", lang="en", authors=["Laura Kilabuk"],
        section="Iqaluit", meta_section="Iqaluit",
        url="https://www.nunavutnews.example.com/iqaluit/iqaluit-youth-learn-katajjaq-from-elders/",
        description="Thirty young people meet twice a week at the elders' centre.",
        published="2025-03-07T20:30:00-05:00",
        nb_published="2025-03-08T01:30:00Z", outlet="Nunavut News", nb_authors=["Laura Kilabuk"],
        byline_lines=["Laura Kilabuk", "Local Journalism Initiative"], date_lines=["Mar 7, 2025 8:30 PM"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Also read:", "Pangnirtung students win Arctic sports medals")]},
        end_lines=["Laura Kilabuk is a Local Journalism Initiative reporter with Nunavut News."],
        paras=P("""
Thirty young people in Iqaluit are learning katajjaq, Inuit throat singing, from elders in after-school workshops held twice a week at the elders' centre.

The workshops are open to youth aged 10 to 18, and each session begins with tea and bannock before the group divides into pairs to practise.

Elders teach the songs one at a time, explaining where each comes from and which animals or sounds of the land they imitate.

Organiser Mary Akavak said many young people had heard throat singing at festivals but had never had the chance to learn it from someone in their own community.

She said the workshops were also a place to speak Inuktitut, and the elders told stories between songs.

Fifteen-year-old Jeannie Pitsiulak said she practised with her cousin every night and hoped to sing at the Toonik Tyme festival in April.

The program is funded by the city and a territorial youth grant until June.

New participants can join at any time.
"""),
        must_have=[
            "The workshops are open to youth aged 10 to 18, and each session begins with tea and bannock before the group divides into pairs to practise.",
            "Elders teach the songs one at a time, explaining where each comes from and which animals or sounds of the land they imitate.",
        ]),
    # trafilatura shape: the IP story on Radio Monumental (syndicated member of the IP cluster).
    dict(IP, role="syndicated", file=JSONL_B, render="trafilatura", section="Nacionales",
         url="https://www.monumental.example.com.py/2024/08/16/encarnacion-habilita-un-skatepark-en-la-costanera/",
         hostname="monumental.example.com.py", source_hostname="Radio Monumental 1080 AM",
         tf_author="IP Paraguay", tf_date="2024-08-16", tf_language="es", categories="Nacionales;Itapúa",
         head_lines=["Radio Monumental 1080 AM", "Nacionales", "16 agosto, 2024"],
         inserts={2: ["Publicidad"]},
         tail_lines=["Fuente: IP Paraguay", "Compartir", "Facebook", "WhatsApp", "Noticias relacionadas", "Escuchá Monumental en vivo",
                     "\u00a9 2024 Radio Monumental 1080 AM"]),
    # news-please shape: @Verdade (Maputo, Portuguese): desk copy 'Escrito por Redacção', football school in Matola; UTC time is the evening before.
    rec(cluster="verdade-matola-escolinha-futebol", role="single", file=JSONL_B, render="newsplease",
        title="Escolinha de futebol na Matola junta 150 crianças e exige boas notas na escola",
        date="2024-10-22", country="MZ", region="africa", lang="pt",
        url="https://verdade.example.co.mz/sociedade/escolinha-de-futebol-na-matola-junta-150-criancas/",
        source_domain="verdade.example.co.mz",
        description="Os treinos são gratuitos e as crianças têm de mostrar o caderno escolar.",
        np_authors=["Redacção"], np_publish="2024-10-21 22:35:00", np_download="2024-10-22 07:12:09",
        head_lines=["@Verdade", "Sociedade", "Escrito por Redacção", "22 Outubro 2024"],
        inserts={2: ["Publicidade"], 5: ["Leia também: Crianças de Boane recebem carteiras escolares"]},
        tail_lines=["Partilhar", "Facebook", "WhatsApp", "Artigos relacionados", "@Verdade - Jornal gratuito", "\u00a9 2024 @Verdade"],
        paras=P("""
Num campo de terra batida no bairro da Liberdade, na Matola, cerca de 150 crianças treinam três tardes por semana numa escolinha de futebol gratuita criada por um antigo jogador.

As crianças, dos sete aos catorze anos, estão divididas em quatro escalões e treinam com bolas, coletes e chuteiras oferecidos por comerciantes do bairro.

Para poder jogar aos sábados, cada criança tem de mostrar ao treinador o caderno escolar e as notas do trimestre.

O fundador, Alberto Cossa, conta que começou com dez meninos em 2021, depois de ver muitas crianças a passar as tardes na rua sem nada para fazer.

Hoje a escolinha tem também uma equipa de meninas, que treina às quartas-feiras com uma treinadora voluntária.

Os pais ajudam a limpar o campo e a preparar o lanche, geralmente pão com chá, depois dos treinos.

Cossa diz que o maior problema é a falta de balizas com redes e de um espaço com iluminação.

A escolinha procura agora apoio para participar num torneio infantil em Maputo em Dezembro.
"""),
        must_have=[
            "As crianças, dos sete aos catorze anos, estão divididas em quatro escalões e treinam com bolas, coletes e chuteiras oferecidos por comerciantes do bairro.",
            "Para poder jogar aos sábados, cada criança tem de mostrar ao treinador o caderno escolar e as notas do trimestre.",
        ]),
]

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "ninety-first held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Sheger 'ሐምሌ 24 ቀን 2016 ዓ.ም' and ENA's 'ሐምሌ 24/2016' dateline are "
    "Ethiopian-calendar dates (Hamle 24, 2016 E.C. = 31 July 2024; the page prints no Gregorian date) and Mereja 'July 31, 2024' "
    "(newsbeam stamp 09:40Z = 12:40 in Addis Ababa); Sigmalive '06/07/2024 11:42' (day first) with CNA's '6 Ιουλίου' dateline "
    "and Offsite '06.07.2024 | 12:10' (news-please's 09:10 is UTC, Cyprus is UTC+3); Telefuturo '16 de agosto de 2024' (-04:00, "
    "Paraguay before its 2024 change to permanent UTC-3) and Radio Monumental '16 agosto, 2024'; Tenterfield Star 'Updated May 14 "
    "2024 - 9:12am, first published May 13 2024 - 5:30pm' -> the 13th, the first-published date (both copies); UmAfrika 'Juni 10, "
    "2024'; Togo-Presse '08 octobre 2024'; Sun TCI 'March 22, 2024' (the story's 'Thursday' is the day before); Saksi Ngayon "
    "'Hulyo 9, 2024' (Filipino month name); Y Cymro '13 Medi 2024' (Welsh month name); San Marino Fixing '20/11/2024' (day "
    "first); The Kwajalein Hourglass 'Saturday, Feb. 10, 2024'; Somaliland Chronicle 'March 4, 2025'; The Midweek Sun 'Wednesday, "
    "05 June 2024'; The Northern View 'Jul. 18, 2024 2:30 p.m.' (not 'Updated Jul. 19'); Sandesh 'Nov 15, 2024'; Virgule 'Publié "
    "le 21.02.2025' (not 'Mis à jour'); Ulster Herald 'Published: Thursday, 1 August 2024'; Wairoa Star '4 Sep, 2024'; Tashkent "
    "Times '15:20 / 03.10.2024' (day first); Samoa Planet '23 May 2024'; Timor Post '16 May 2024' (news-please's 02:30 is UTC, "
    "11:30 in Dili); Radio Liechtenstein '12.06.2024'; Tavuli News 'September 26, 2024' (news-please's '2024-09-25 22:40' is UTC; "
    "Solomon Islands is UTC+11, so the page's own day is the 26th); Q Costa Rica 'January 14, 2025'; Three FM 'Tuesday 13th "
    "August 2024'; Ålandstidningen '25.6.2024 kl. 17:30'; Nunavut News 'Mar 7, 2025 8:30 PM' (the newsbeam stamp "
    "2025-03-08T01:30Z is UTC; Iqaluit is UTC-5 until 9 March, so the 7th); @Verdade '22 Outubro 2024' (news-please's "
    "'2024-10-21 22:35' is UTC; Maputo is UTC+2, so the 22nd)",
    "dateline_city": "wire datelines: ENA 'ጅማ፤ ሐምሌ 24/2016(ኢዜአ)፦ ' -> 'Jimma' (both copies; Ethiopic wordspace and colon "
    "punctuation, Ethiopian-calendar date); CNA 'ΛΕΜΕΣΟΣ, 6 Ιουλίου (ΚΥΠΕ) - ' -> 'Limassol' (Greek capitals; the concert is at "
    "Kourion in Limassol district; both copies); IP 'Encarnación, IP.- ' -> 'Encarnación' (GeoNames keeps the accent; both "
    "copies). Staff dateline: Sandesh 'રાજકોટ : ' (the Gujarati press's 'city :' opening) -> 'Rājkot' (GeoNames' main "
    "name with its macron, as earlier sets label the Devanagari 'तानसेन' 'Tānsen'). All other records have no dateline (null) and take the country of the story's "
    "location: Tenterfield AU, Pietermaritzburg ZA, Kara TG, Providenciales TC, Quezon City PH, Blaenau Ffestiniog GB, San Marino "
    "SM, Kwajalein MH, Hargeisa SO, Gaborone BW, Prince Rupert CA, Esch-sur-Alzette LU, Omagh GB, Wairoa NZ, Tashkent UZ, "
    "Tuanaimato/Apia WS, Liquiçá TL, Liechtenstein LI, Gizo SB, Jacó CR, Isle of Man IM, Mariehamn AX, Iqaluit CA, Matola MZ",
    "country": "Jimma ET (africa); Limassol CY (asia, as earlier sets place Cyprus, UN M49 Western Asia); Encarnación PY "
    "(americas); Kwajalein MH (oceania); Hargeisa SO (Somaliland has no ISO code of its own; labelled SO as ISO 3166 does); "
    "Mariehamn AX (Åland's own ISO code, europe); Isle of Man IM (europe); Turks and Caicos TC (americas); Timor-Leste TL (asia); "
    "the others as listed under dateline_city",
    "agency": "Sheger and Mereja carry ENA (Ethiopian News Agency, 'ኢዜአ' in Amharic: dateline, 'ምንጭ፦ ኢዜአ' = source line, "
    "Mereja's crawler author 'ኢዜአ', 'Source: ENA'); Sigmalive and Offsite carry CNA (the Cyprus News Agency, 'ΚΥΠΕ' in Greek: "
    "dateline, 'ΠΗΓΗ: ΚΥΠΕ' / 'Πηγή: ΚΥΠΕ', news-please author 'ΚΥΠΕ'; labelled 'CNA' as the agency calls itself in English, not "
    "to be confused with Taiwan's CNA in earlier sets); Telefuturo and Radio Monumental carry IP (Agencia de Información "
    "Paraguaya: 'IP.-' dateline, byline 'IP Paraguay', 'Fuente: IP Paraguay'). All other records are staff copy (agency null): "
    "Sandesh's 'સંદેશ ન્યૂઝ' (Sandesh News) byline is the paper's own desk, @Verdade's 'Escrito por Redacção' is the newsroom, "
    "Radio Liechtenstein's '(red)' is the station's editorial desk, Three FM's 'Three FM News' is the station",
    "authors": "ENA, CNA and IP copies name no writer ('ኢዜአ', 'ΚΥΠΕ', 'IP Paraguay' in author fields are agencies); Tenterfield "
    "Star 'Kate Holloway' (bare-name byline; both copies; also the photographer); UmAfrika 'NGU-NOMVULA DLAMINI' -> 'Nomvula "
    "Dlamini' ('ngu-' = by; natural case); Togo-Presse's closing signature 'Komlan AGBÉKO' -> 'Komlan Agbéko' (the writer signs at "
    "the end, surname in capitals); Sun TCI 'By Shanice Forbes' ('Sun Staff Writer' is a role line); Saksi Ngayon 'Ni Jerome "
    "Santos' ('Ni' = by); Y Cymro 'Gan Elin Pritchard' ('Gan' = by); San Marino Fixing 'di Chiara Gasperoni' ('di' = by); The "
    "Kwajalein Hourglass 'Story and photos by Jessica Dunn' -> 'Jessica Dunn' ('Media Services' is her office, not a name); "
    "Somaliland Chronicle 'By Hamse Abdi Jama'; The Midweek Sun 'BY BOITUMELO MOTSHIDI' -> 'Boitumelo Motshidi' (natural case); "
    "The Northern View 'Marisa Kwan'; Virgule 'Laura Mertens'; Ulster Herald 'Ciara McGinn'; Wairoa Star 'Hine Tipoki'; Samoa "
    "Planet 'by Sina Faleolo'; Timor Post 'Jacinta da Costa' (lower-case 'da' kept); Tavuli News 'By Moffat Kere'; Ålandstidningen "
    "'Text: Emma Sundblom' -> 'Emma Sundblom'; Nunavut News 'Laura Kilabuk' ('Local Journalism Initiative' is a funding/role "
    "line). No writer: Sheger, Sigmalive, Mereja, Offsite, Telefuturo, Radio Monumental, Sandesh (desk), Tashkent Times, Radio "
    "Liechtenstein ('(red)'), Q Costa Rica, Three FM ('Three FM News'), @Verdade ('Redacção'). Photographers ('Gwion Roberts', "
    "'Gerry Huberty', 'Michael McHugh') are not authors",
    "editors": "no record names a story editor",
    "caption_credit": "credits without their wrapper: Tenterfield Star 'Picture by Kate Holloway' -> 'Kate Holloway' (both copies); "
    "Y Cymro 'Llun: Gwion Roberts' ('Llun' = picture) -> 'Gwion Roberts'; The Kwajalein Hourglass 'Photo by Jessica Dunn' -> "
    "'Jessica Dunn'; The Midweek Sun 'PIC: BOITUMELO MOTSHIDI' -> 'BOITUMELO MOTSHIDI' (capitals as printed, as earlier sets keep "
    "'MARK DE GRUCHY'); The Northern View '(Marisa Kwan/The Northern View)' -> 'Marisa Kwan/The Northern View' (the Black Press "
    "formula without its brackets; name and paper as printed, as earlier sets keep 'Jemma Rowley/Pilbara News'); Virgule 'Photo: "
    "Gerry Huberty' -> 'Gerry Huberty'; Ulster Herald '(Picture: Michael McHugh)' -> 'Michael McHugh'. Records without a photo "
    "caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Telefuturo 'Nacionales', The Midweek Sun "
    "'Lifestyle', The Northern View 'Local News', Sandesh 'સૌરાષ્ટ્ર' (Saurashtra), Virgule 'Luxembourg', Ulster Herald 'News', "
    "Wairoa Star 'News', Tashkent Times 'Society', Samoa Planet 'Sport', Nunavut News 'Iqaluit'; trafilatura records take their "
    "first category (Radio Monumental 'Nacionales', Q Costa Rica 'Costa Rica News', Three FM 'News', Ålandstidningen 'Nyheter'); "
    "news-please, plain text and newsbeam text records have none (head lines such as 'ማህበራዊ', 'Κοινωνία', 'Izindaba', 'Régions', "
    "'Metro', 'Newyddion', 'Attualità', 'Land' and 'Sociedade' are chrome, not a section)",
    "language": "'am' Amharic in Ethiopic script (two ENA copies); 'el' Greek (two CNA copies, Cyprus); 'es' Paraguayan Spanish "
    "(two IP copies); 'zu' isiZulu; 'fr' French (Togo, Luxembourg); 'tl' Filipino/Tagalog; 'cy' Welsh; 'it' Italian (San "
    "Marino); 'gu' Gujarati in Gujarati script; 'de' Swiss-style Standard German (Liechtenstein); 'sv' Swedish (Åland); 'pt' "
    "Mozambican Portuguese; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, "
    "advertisement labels, a view counter, reading times, related-story lines and boxes, tag lists, most-read rails, newsletter, "
    "live-radio and support-journalism promos, reporter role and contact lines ('Sun Staff Writer', 'Media Services', 'Local "
    "Journalism Initiative', e-mail sign-offs), the Hourglass's authorised-publication disclaimer, wire source lines and "
    "sign-offs ('ምንጭ፦ ኢዜአ', 'Source: ENA', 'ΠΗΓΗ: ΚΥΠΕ', 'Πηγή: ΚΥΠΕ', 'Fuente: IP Paraguay'), Togo-Presse's closing signature "
    "line, Radio Liechtenstein's '(red)', publisher and ownership lines ('Australian Community Media', 'Black Press Media', 'NNSL "
    "Media', 'Sandesh Limited', 'North West of Ireland Printing and Publishing Company'), copyright lines, and byline, date and "
    "caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (ENA and CNA in the plain batch, IP in the gzipped "
    "batch) and one staff page with a noisy gzipped re-scrape (Tenterfield Star: curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
    "publishers": "per publisher, the fields' conventions: Sheger FM 102.1 (text, am) and Mereja (newsbeam text, am): ENA copy, "
    "Ethiopian-calendar dateline, no writer; Sigmalive (text, el) and Offsite (news-please, el): CNA copy, Greek capitals "
    "dateline, 'ΚΥΠΕ' source line and author; Telefuturo (HTML gz, es) and Radio Monumental 1080 AM (trafilatura, es): IP copy, "
    "dateless 'City, IP.-' dateline; Tenterfield Star (text and re-scrape, en): staff, bare-name byline, 'Updated ..., first "
    "published ...' line, 'Picture by' credit; UmAfrika (text, zu), Togo-Presse (text, fr, signature at the end), Sun TCI (text, "
    "en), Saksi Ngayon (text, tl), Y Cymro (text, cy), San Marino Fixing (text, it), The Kwajalein Hourglass (text, en), "
    "Somaliland Chronicle (text, en): staff; The Midweek Sun (HTML, en), The Northern View (HTML, en), Sandesh (HTML, gu, desk "
    "byline and city opening), Virgule (HTML, fr), Ulster Herald (HTML, en), Wairoa Star (HTML, en, JSON-LD @graph), Tashkent "
    "Times (HTML, en, no JSON-LD, no writer), Samoa Planet (HTML, en): staff; Timor Post, Radio Liechtenstein, Tavuli News "
    "(news-please, en/de/en): staff; Q Costa Rica, Three FM, Ålandstidningen (trafilatura, en/en/sv): staff; Nunavut News "
    "(newsbeam html, en) and @Verdade (news-please, pt): staff",
}

PLACEHOLDERS = {"ena", "ኢዜአ", "sheger", "ሸገር ኤፍ ኤም 102.1", "mereja", "cna", "κυπε", "sigmalive", "offsite", "ip", "ip paraguay",
                "telefuturo", "radio monumental", "radio monumental 1080 am", "tenterfield star", "umafrika", "togo-presse",
                "sun tci", "sun staff writer", "saksi ngayon", "y cymro", "san marino fixing", "the kwajalein hourglass",
                "media services", "somaliland chronicle", "the midweek sun", "the northern view", "સંદેશ", "સંદેશ ન્યૂઝ", "sandesh",
                "virgule", "ulster herald", "wairoa star", "tashkent times", "samoa planet", "timor post", "radio liechtenstein",
                "red", "tavuli news", "q costa rica", "three fm", "three fm news", "ålandstidningen", "nunavut news",
                "local journalism initiative", "@verdade", "verdade", "redacção"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
