#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's ninety-seventh development set (bench/dev_set97/, first written as the ninety-fourth held-out set).

    .venv/bin/python bench/dev_set97/_generate.py

Writes ``bench/dev_set97/articles/*`` and ``bench/dev_set97/labels.json`` (next to this
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
bench/dev_set96/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about water in daily life: a village borehole restored,
    a town's new water-treatment plant, a ferry crossing resuming, a lake
    clean-up day, an old village tank restored, a fishing cooperative's new
    boat, an accessible sea-bathing platform, public water kiosks, a mountain
    spring protected, children's swimming lessons in a lagoon, hot-spring
    baths reopening, an ice-hole swimming season, a lake's ice-fishing
    season, a village wash-house restored, a canal lock repaired, free
    arsenic tests of tube-wells, a flood-warning siren test, a school's
    rainwater cistern, a desalination plant on an island, a splash pad, a
    water-cut rota eased, rice-field dykes against salt water, an irrigation
    system repaired, rain gauges for coffee farmers, a watermill grinding
    again, a seawall against king tides, a dry season in market gardens and
    volunteers testing river swimming holes.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout94_2025-a.jsonl"
JSONL_B = "crawl_holdout94_2025-b.jsonl.gz"


# ---- cluster: ABP, Natitingou (Daabaaru scrape + copy on Bénin Web TV in the plain batch) ----

ABP = rec(
    cluster="abp-natitingou-perma-borehole-restored",
    title="Natitingou : le forage de Tchoumi-Tchoumi de nouveau fonctionnel après deux ans de panne",
    date="2024-07-12",
    dateline="Natitingou, 12 juil. 2024 (ABP) - ",
    city="Natitingou",
    country="BJ",
    region="africa",
    agency="ABP",
    lang="fr",
    description="Un comité de gestion collecte une petite contribution pour l'entretien de la pompe.",
    paras=P("""
Les habitants du village de Tchoumi-Tchoumi, dans l'arrondissement de Perma, ont de nouveau accès à l'eau potable depuis la remise en service, mercredi, du forage équipé d'une pompe à motricité humaine qui était en panne depuis plus de deux ans.

Pendant tout ce temps, les femmes et les enfants parcouraient près de quatre kilomètres pour puiser l'eau d'une rivière, souvent boueuse en saison sèche.

Les techniciens de la mairie ont remplacé les tuyaux rouillés, le piston et la chaîne de la pompe, puis ont désinfecté l'ouvrage avant de faire analyser l'eau.

Un comité de gestion de six membres, dont quatre femmes, a été mis en place pour collecter une contribution de 25 francs CFA par bassine et financer l'entretien.

La présidente du comité, Bernadette N'Tcha, a expliqué que la pompe sera ouverte chaque jour de six heures à dix-huit heures.

Le chef du village a remercié les autorités communales et demandé la construction d'un second forage pour les hameaux voisins.

Selon la mairie, une dizaine d'autres forages en panne seront réhabilités d'ici la fin de l'année.
"""),
    must_have=[
        "Les techniciens de la mairie ont remplacé les tuyaux rouillés, le piston et la chaîne de la pompe, puis ont désinfecté l'ouvrage avant de faire analyser l'eau.",
        "Un comité de gestion de six membres, dont quatre femmes, a été mis en place pour collecter une contribution de 25 francs CFA par bassine et financer l'entretien.",
    ],
)

# ---- cluster: Khovar, Kŭlob (Jumhuriyat scrape + copy on Imruz in the plain batch) ----

KHOVAR = rec(
    cluster="khovar-kulob-water-treatment-plant",
    title="Дар шаҳри Кӯлоб иншооти нави тозакунии оби нӯшокӣ ба истифода дода шуд",
    date="2024-09-06",
    dateline="КӮЛОБ, 06.09.2024 /АМИТ «Ховар»/. ",
    city="Kŭlob",
    country="TJ",
    region="asia",
    agency="Khovar",
    lang="tg",
    description="Иншоот дар як шабонарӯз то ҳашт ҳазор метри мукааб обро тоза мекунад.",
    paras=P("""
Дар шаҳри Кӯлоб иншооти нави тозакунии оби нӯшокӣ мавриди баҳрабардорӣ қарор гирифт, ки беш аз сӣ ҳазор нафар сокинони маҳаллаҳои ҷанубии шаҳрро бо оби тоза таъмин менамояд.

То имрӯз сокинони ин маҳаллаҳо оби нӯширо аз ҷӯйборҳо ва мошинҳои обкаш мегирифтанд, ки дар фасли тобистон боиси паҳн шудани бемориҳои сироятӣ мегардид.

Иншоот дорои ду ҳавзи таҳшинкунӣ, дастгоҳҳои филтр ва системаи безараргардонии об буда, дар як шабонарӯз то ҳашт ҳазор метри мукааб обро тоза мекунад.

Дар доираи лоиҳа беш аз бист километр қубурҳои нав гузошта шуда, дар ҳар як хонадон ҳисобкунаки об насб карда шуд.

Сардори корхонаи обтаъминкунии шаҳр Саидмуҳаммад Раҳимов иброз дошт, ки акнун об дар хонаҳо шабонарӯзӣ дастрас хоҳад буд.

Сокинаи маҳаллаи Дӯстӣ Гулчеҳра Назарова гуфт, ки дигар ҳар субҳ бо сатил ба сари ҷӯй рафтан лозим нест ва кӯдакон камтар бемор мешаванд.

Мутахассисони озмоишгоҳи иншоот ҳар рӯз сифати обро месанҷанд ва натиҷаҳоро ба мақомоти тандурустӣ мефиристанд.

Лоиҳа бо дастгирии шарикони рушд амалӣ гардида, арзиши умумии он қариб дувоздаҳ миллион доллари ИМА-ро ташкил медиҳад.
"""),
    must_have=[
        "Иншоот дорои ду ҳавзи таҳшинкунӣ, дастгоҳҳои филтр ва системаи безараргардонии об буда, дар як шабонарӯз то ҳашт ҳазор метри мукааб обро тоза мекунад.",
        "Дар доираи лоиҳа беш аз бист километр қубурҳои нав гузошта шуда, дар ҳар як хонадон ҳисобкунаки об насб карда шуд.",
    ],
)

# ---- cluster: ABI, Copacabana (El Alteño gzipped page + copy on Bolivia TV in the gzipped batch) ----

ABI = rec(
    cluster="abi-tiquina-ferry-crossing-resumes",
    title="Se restablece el cruce de lanchas y planchadas en el estrecho de Tiquina tras la reparación de los muelles",
    date="2024-08-15",
    dateline="Copacabana, 15 ago (ABI).- ",
    city="Copacabana",
    country="BO",
    region="americas",
    agency="ABI",
    lang="es",
    description="Los trabajos incluyeron el reforzamiento de las rampas y el cambio de pilotes dañados.",
    paras=P("""
El servicio de lanchas y planchadas que une San Pablo y San Pedro de Tiquina se restableció este jueves con normalidad, tras casi dos semanas de suspensión por la reparación de los muelles en ambas orillas del lago Titicaca.

Durante la suspensión, los pasajeros debían hacer largas filas y los camiones quedaban varados a la espera de un cupo en las pocas embarcaciones autorizadas.

Los trabajos incluyeron el reforzamiento de las rampas de acceso, el cambio de los pilotes de madera dañados y la instalación de nuevas barandas y luminarias para el embarque nocturno.

Las planchadas, balsas de madera impulsadas por motores fuera de borda, trasladan a diario cientos de minibuses, camiones y automóviles que se dirigen a Copacabana y a la frontera con el Perú.

El dirigente de los lancheros, Félix Mamani, informó que las tarifas no cambian y pidió respetar el orden de embarque.

La Armada Boliviana recordó que todos los pasajeros deben usar chaleco salvavidas durante la travesía, que dura unos diez minutos.

Las autoridades municipales esperan un aumento de turistas por los feriados de agosto.
"""),
    must_have=[
        "Los trabajos incluyeron el reforzamiento de las rampas de acceso, el cambio de los pilotes de madera dañados y la instalación de nuevas barandas y luminarias para el embarque nocturno.",
        "Las planchadas, balsas de madera impulsadas por motores fuera de borda, trasladan a diario cientos de minibuses, camiones y automóviles que se dirigen a Copacabana y a la frontera con el Perú.",
    ],
)

# ---- cluster: Kimberley Echo page + noisy re-scrape ----

KE = rec(
    cluster="kimberleyecho-lake-kununurra-clean-up",
    title="Volunteers haul rubbish from Lake Kununurra in annual clean-up",
    date="2024-06-11",
    country="AU",
    region="oceania",
    authors=["Ellie Haskins"],
    lang="en",
    caption="Volunteers with some of the rubbish pulled from the lake at Celebrity Tree Park.",
    credit="Ellie Haskins/Kimberley Echo",
    paras=P("""
More than 80 volunteers spent Saturday morning pulling rubbish out of Lake Kununurra and off its banks during the town's annual clean-up, filling a skip bin before lunch.

The event is organised each year by a local landcare group with help from the shire, the water corporation and several tour operators who work on the lake.

Teams in kayaks and tinnies worked along the edge of the reeds while others walked the foreshore from Celebrity Tree Park to the diversion dam.

Among the haul were fishing line, tyres, shopping trolleys, drink cans and a rusted boat trailer that took six people to drag out of the mud.

Organiser Rhonda Cox said the amount of rubbish was lower than last year, which she put down to new bins and signs at the popular fishing spots.

She said fishing line was the biggest danger to birds and freshwater crocodiles, which can become tangled and die.

Volunteers were treated to a barbecue at the park afterwards, and the group plans a second clean-up on the Ord River below the dam in September.
"""),
    must_have=[
        "Teams in kayaks and tinnies worked along the edge of the reeds while others walked the foreshore from Celebrity Tree Park to the diversion dam.",
        "Among the haul were fishing line, tyres, shopping trolleys, drink cans and a rusted boat trailer that took six people to drag out of the mud.",
    ],
)
KE_PRE = ["Kimberley Echo", "News", "Community", "Sport", "Opinion", "Puzzles", "Subscribe"]
KE_HEAD = ["Ellie Haskins | Kimberley Echo", "Tue, 11 June 2024 4:30PM"]
KE_CAP = ["Volunteers with some of the rubbish pulled from the lake at Celebrity Tree Park. Credit: Ellie Haskins/Kimberley Echo"]
KE_TAIL = [["Get the latest news from the Kimberley in your inbox."],
           ["Sign up for our emails"],
           ["More Kimberley news"],
           ["Wyndham boat ramp upgrade to begin after the wet"],
           ["\u00a9 2024 Seven West Media"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Kimberley Echo (Kununurra weekly, Seven West Media): original of the re-scrape cluster; 'Name | Kimberley Echo' byline,
    # 'Credit: Name/Kimberley Echo' after the caption; the re-scrape also carries an 'Updated' line.
    dict(KE, role="original", file="kimberleyecho_lake_kununurra_clean_up.txt", render="text",
         pre=[KE_PRE], head=[KE_HEAD, ["Share", "Facebook", "X", "Email"]], cap_lines=KE_CAP,
         inserts={2: ["Advertisement"], 4: ["READ MORE", "Kununurra pool to open earlier this dry season"]},
         tail=KE_TAIL),
    dict(KE, role="rescrape", file="kimberleyecho_lake_kununurra_clean_up_rescrape.txt.gz", render="text", noise=True,
         pre=[KE_PRE], head=[[*KE_HEAD, "Updated Wed, 12 June 2024 9:05AM"]], cap_lines=KE_CAP,
         inserts={4: ["READ MORE", "Kununurra pool to open earlier this dry season"]},
         tail=[["Subscribe to read the full Kimberley Echo"], *KE_TAIL]),
    # Daabaaru (Cotonou news site, French): original of the ABP cluster; 'Natitingou, 12 juil. 2024 (ABP) -' dateline, 'Source : ABP' line.
    dict(ABP, role="original", file="daabaaru_abp_natitingou_forage_fr.txt", render="text",
         pre=[["Daabaaru", "Accueil", "Actualités", "Politique", "Société", "Économie", "Sport", "Culture"]],
         head=[["Société"], ["12 juillet 2024"]],
         inserts={2: ["Publicité"], 4: ["Lire aussi :", "Djougou : des mares aménagées pour l'abreuvement du bétail"]},
         tail=[["Source : ABP"], ["Partager", "Facebook", "WhatsApp", "X"], ["Articles similaires"],
               ["\u00a9 2024 Daabaaru. Tous droits réservés."]]),
    # Jumhuriyat (Dushanbe state daily, Tajik in Cyrillic): original of the Khovar cluster; 'КӮЛОБ, 06.09.2024 /АМИТ «Ховар»/.'
    # dateline (city in capitals, date, the agency's Tajik name between slashes), 'Манбаъ:' (source) line.
    dict(KHOVAR, role="original", file="jumhuriyat_khovar_kulob_obi_nushoki_tg.txt", render="text",
         pre=[["Ҷумҳурият", "Асосӣ", "Сиёсат", "Иқтисод", "Ҷомеа", "Фарҳанг", "Варзиш"]],
         head=[["Ҷомеа"], ["06.09.2024"]],
         inserts={2: ["Реклама"], 4: ["Инчунин хонед:", "Дар Бохтар се мактаби нав ба об таъмин карда шуд"]},
         tail=[["Манбаъ: АМИТ «Ховар»"], ["Мубодила", "Facebook", "Telegram"], ["Хабарҳои дигар"],
               ["\u00a9 2024 Рӯзномаи «Ҷумҳурият». Ҳамаи ҳуқуқҳо ҳифз шудаанд."]]),
    # Lakbima (Colombo daily, Sinhala): staff, an old village tank restored near Galnewa; 'Name - Town' byline block under the date.
    rec(cluster="lakbima-galnewa-village-tank-restored", role="single", file="lakbima_galnewa_wewa_si.txt", render="text",
        title="වසර පනහකට පසු ගල්නෑව ප්‍රදේශයේ පුරාණ ගම් වැව යළි ප්‍රතිසංස්කරණය කෙරේ",
        date="2024-10-14", country="LK", region="asia", lang="si", authors=["නිමල් ජයසිංහ"],
        pre=[["ලක්බිම", "මුල් පිටුව", "පුවත්", "දේශපාලන", "ව්‍යාපාර", "ක්‍රීඩා", "විශේෂාංග"]],
        head=[["පුවත්"], ["2024 ඔක්තෝබර් 14 සඳුදා"], ["නිමල් ජයසිංහ - ගල්නෑව"]],
        inserts={2: ["දැන්වීම"], 4: ["මේවාත් කියවන්න:", "කලාවැව ආශ්‍රිත ගොවීන්ට නව ඇළ මාර්ගයක්"]},
        tail=[["බෙදාගන්න", "Facebook", "WhatsApp"], ["තවත් පුවත්"],
              ["\u00a9 2024 ලක්බිම. සියලු හිමිකම් ඇවිරිණි."]],
        paras=P("""
අනුරාධපුර දිස්ත්‍රික්කයේ ගල්නෑව ප්‍රදේශයේ පිහිටි පුරාණ ගම් වැවක් වසර පනහකට පසු ගම්වාසීන්ගේ ශ්‍රමදානයෙන් සහ ගොවිජන සේවා දෙපාර්තමේන්තුවේ සහාය ඇතිව ප්‍රතිසංස්කරණය කර තිබේ.

රොන් මඩ පිරී ගොස් තිබූ මෙම වැවේ ප්‍රමාණවත් ජලයක් රඳවා ගත නොහැකි වූ නිසා පසුගිය වසර කිහිපය තුළ ගොවීන්ට යල කන්නයේ වී වගා කිරීමට නොහැකි විය.

මාස තුනක් පුරා යන්ත්‍ර භාවිත කර වැවේ පත්ල ගැඹුරු කළ අතර, කැඩී ගිය වැව් බැම්ම ශක්තිමත් කර නව සොරොව්වක් ද ඉදිකරන ලදී.

ප්‍රතිසංස්කරණයෙන් පසු මෙම වැවෙන් අක්කර හැත්තෑවක පමණ කුඹුරු ඉඩම් සඳහා ජලය සැපයිය හැකි බව ගොවිජන සේවා නිලධාරීහු පවසති.

ගොවි සංවිධානයේ සභාපති ඩබ්ලිව්. එම්. සිරිසේන මහතා පැවසුවේ වැව පිරී ඇති බැවින් ගම්වාසීන්ට නාන්නට සහ ගවයන්ට වතුර පොවන්නට ද දැන් පහසුවක් වී ඇති බවයි.

ඔහු වැඩිදුරටත් කියා සිටියේ වැව් ඉවුරේ ඇති පැරණි කුඹුක් ගස් ආරක්ෂා කිරීමට ගම්වාසීන් එකඟ වී ඇති බවයි.

ප්‍රදේශයේ කාන්තාවන් ද ශ්‍රමදානයට එක්ව වැව් බැම්මේ ගස් පැළ සිටුවීමට සහ කම්කරුවන්ට දිවා ආහාරය සැපයීමට දායක වූහ.

ඉදිරි මහ කන්නයේ සිට ගොවීන්ට නැවත වී වගා කිරීමට හැකි වනු ඇතැයි අපේක්ෂා කෙරෙන අතර, ප්‍රදේශයේ තවත් කුඩා වැව් තුනක් ලබන වසරේ ප්‍රතිසංස්කරණය කිරීමට සැලසුම් කර ඇත.
"""),
        must_have=[
            "මාස තුනක් පුරා යන්ත්‍ර භාවිත කර වැවේ පත්ල ගැඹුරු කළ අතර, කැඩී ගිය වැව් බැම්ම ශක්තිමත් කර නව සොරොව්වක් ද ඉදිකරන ලදී.",
            "ප්‍රතිසංස්කරණයෙන් පසු මෙම වැවෙන් අක්කර හැත්තෑවක පමණ කුඹුරු ඉඩම් සඳහා ජලය සැපයිය හැකි බව ගොවිජන සේවා නිලධාරීහු පවසති.",
        ]),
    # Egemen Qazaqstan (Astana state daily, Kazakh in Cyrillic): staff, a fishing cooperative's new boat on the Small Aral; the
    # writer signs at the end ('Name SURNAME,' / '«Egemen Qazaqstan»' / 'ҚЫЗЫЛОРДА ОБЛЫСЫ', the region of the correspondent).
    rec(cluster="egemen-aral-fishing-cooperative-boat", role="single", file="egemen_aral_balyqshylar_kemesi_kk.txt", render="text",
        title="Арал балықшылары жаңа кемеге ие болды",
        date="2024-04-16", country="KZ", region="asia", lang="kk", authors=["Ерлан Жақсылықов"],
        pre=[["Egemen Qazaqstan", "Басты бет", "Саясат", "Экономика", "Қоғам", "Аймақтар", "Мәдениет", "Спорт"]],
        head=[["Аймақтар"], ["16.04.2024"]],
        inserts={2: ["Жарнама"], 4: ["Тағы оқыңыз:", "Қазалыда күріш алқаптарына су жіберілді"]},
        tail=[["Ерлан ЖАҚСЫЛЫҚОВ,", "«Egemen Qazaqstan»", "ҚЫЗЫЛОРДА ОБЛЫСЫ"], ["Бөлісу", "Facebook", "Telegram", "WhatsApp"],
              ["Соңғы жаңалықтар"], ["\u00a9 2024 «Egemen Qazaqstan» РГ АҚ"]],
        paras=P("""
Арал ауданындағы Тастүбек ауылының балықшылар кооперативі көктемгі аулау маусымының басталуына орай жаңа балық аулайтын кеме сатып алды.

Ұзындығы он екі метр болатын кеме Кіші Арал теңізіне бір мезгілде алты балықшыны алып шығып, үш тоннаға дейін балық тасуға мүмкіндік береді.

Бұған дейін кооператив мүшелері ескі қайықтармен жағалауға жақын жерде ғана балық аулап, күн райы бұзылған кезде теңізге шыға алмай келген.

Жаңа кеме заманауи навигациялық құралдармен, радиобайланыспен және ауланған балықты сақтауға арналған мұздатқышпен жабдықталған.

Кооператив төрағасы Марат Әбдіқадыров кеменің мемлекеттік бағдарлама аясында берілген жеңілдетілген несие арқылы сатып алынғанын, несие бес жыл ішінде өтелетінін айтты.

Оның айтуынша, биыл кооператив көксерке, табан және сазан аулап, өнімді облыс орталығы мен көрші өңірлерге жеткізуді көздеп отыр.

Кооперативте қазір он сегіз адам жұмыс істейді, олардың көбі ата-бабасынан бері балық аулаумен айналысып келе жатқан отбасылардан шыққан.

Жаңа кеменің келуі ауыл жастарын да кооперативке тартады деп күтілуде.

Кіші Арал теңізінің суы Көкарал бөгеті салынғаннан кейін біртіндеп көтеріліп, балық қоры қалпына келе бастады.

Жергілікті балықшылардың айтуынша, соңғы жылдары теңіз жағасы ауылға едәуір жақындаған.
"""),
        must_have=[
            "Бұған дейін кооператив мүшелері ескі қайықтармен жағалауға жақын жерде ғана балық аулап, күн райы бұзылған кезде теңізге шыға алмай келген.",
            "Жаңа кеме заманауи навигациялық құралдармен, радиобайланыспен және ауланған балықты сақтауға арналған мұздатқышпен жабдықталған.",
        ]),
    # Kullħadd (Maltese-language Sunday weekly): staff, an accessible sea-bathing platform at Qawra; 'Minn' byline ('minn' = by),
    # Maltese Sunday date line, 'Ritratt:' (photo) credit after the caption.
    rec(cluster="kullhadd-qawra-accessible-bathing-platform", role="single", file="kullhadd_qawra_pjattaforma_mt.txt", render="text",
        title="Pjattaforma ġdida tgħin lil persuni b'diżabilità jgħumu fil-baħar il-Qawra",
        date="2024-07-14", country="MT", region="europe", lang="mt", authors=["Clayton Attard"],
        caption="Il-lift idrawliku jniżżel lill-għawwiema fil-baħar b'mod sigur.", credit="Mark Zammit Cordina",
        pre=[["Kullħadd", "Aħbarijiet", "Politika", "Opinjoni", "Sport", "Kultura"]],
        head=[["Aħbarijiet"], ["Minn Clayton Attard"], ["Il-Ħadd, 14 ta' Lulju 2024"]],
        cap_lines=["Il-lift idrawliku jniżżel lill-għawwiema fil-baħar b'mod sigur. Ritratt: Mark Zammit Cordina"],
        inserts={2: ["Reklam"], 4: ["Aqra wkoll:", "Il-bajja ta' Għajn Tuffieħa terġa' tiftaħ għall-pubbliku"]},
        tail=[["Aqsam", "Facebook", "WhatsApp"], ["Aktar aħbarijiet"],
              ["\u00a9 2024 Kullħadd. Id-drittijiet kollha riżervati."]],
        paras=P("""
Persuni b'diżabilità u anzjani issa jistgħu jidħlu fil-baħar b'mod sigur il-Qawra, wara li nfetħet pjattaforma ġdida b'lift idrawliku ħdejn il-mogħdija tax-xatt.

Il-pjattaforma nbniet mill-kunsill lokali flimkien mal-ministeru responsabbli mill-inklużjoni, u hija miftuħa kuljum mid-disgħa ta' filgħodu sas-sitta ta' filgħaxija.

L-għawwiema jpoġġu fuq siġġu speċjali li jinżel bil-mod fl-ilma, filwaqt li żewġ assistenti mħarrġa jkunu preżenti l-ħin kollu biex jgħinuhom.

Hemm ukoll kamra għat-tibdil tal-ħwejjeġ, doċċa b'ilma ħelu u post fid-dell fejn il-familji jistgħu jistrieħu wara l-għawm.

Il-proġett sewa madwar mitt elf ewro u ġie ffinanzjat parzjalment minn fondi Ewropej.

Omm ta' tifel b'paraliżi ċerebrali qalet li għall-ewwel darba setgħet tgħum mal-iben tagħha fil-baħar mingħajr ma tibża' li jiżloq fuq il-blat.

Fl-ewwel ġimgħa, aktar minn erbgħin persuna użaw il-pjattaforma, fosthom residenti ta' dar tal-anzjani fil-qrib.

Is-sindku qal li l-pjattaforma se tibqa' miftuħa sal-aħħar ta' Settembru, u li s-sena d-dieħla l-kunsill jixtieq jestendi s-servizz għal xtajtiet oħra fil-lokalità.

Min jixtieq juża l-pjattaforma jista' jibbukkja ħin permezz tat-telefon jew fl-uffiċċju tal-kunsill lokali.
"""),
        must_have=[
            "L-għawwiema jpoġġu fuq siġġu speċjali li jinżel bil-mod fl-ilma, filwaqt li żewġ assistenti mħarrġa jkunu preżenti l-ħin kollu biex jgħinuhom.",
            "Hemm ukoll kamra għat-tibdil tal-ħwejjeġ, doċċa b'ilma ħelu u post fid-dell fejn il-familji jistgħu jistrieħu wara l-għawm.",
        ]),
    # The City Review (Juba weekly): staff, public water kiosks in Gudele; 'By' byline, 'JUBA –' dateline.
    rec(cluster="cityreview-gudele-water-kiosks", role="single", file="cityreview_gudele_water_kiosks.txt", render="text",
        title="New public water kiosks bring clean water to Gudele residents",
        date="2024-03-19", dateline="JUBA \u2013 ", city="Juba", country="SS", region="africa", lang="en",
        authors=["Achol Mabior"],
        pre=[["The City Review", "Home", "News", "Business", "Opinion", "Sports", "Features"]],
        head=[["News"], ["By Achol Mabior"], ["March 19, 2024"]],
        inserts={2: ["Advertisement"], 4: ["Also Read:", "Juba City Council launches market sanitation campaign"]},
        tail=[["Share", "Facebook", "X", "WhatsApp"], ["Related Posts"], ["\u00a9 2024 The City Review. All rights reserved."]],
        paras=P("""
Residents of Gudele Block 9 are now buying clean water from five new public kiosks, after years of relying on water trucks that pump straight from the River Nile.

The kiosks were built by the South Sudan Urban Water Corporation with support from humanitarian partners, and are connected to the city's treatment plant by a new pipeline.

Each kiosk is run by a trained attendant from the community, who sells a 20-litre jerrycan of water for a fixed price well below what the trucks charge.

The money collected is used to pay the attendants and to repair taps and pipes when they break.

Mother of four Rebecca Akech said she used to spend a large part of her small income on water and often worried that her children would fall sick from dirty water.

Water corporation engineer James Lado said more kiosks were planned for Munuki and Kator later in the year, once the pipeline has been extended across the city.

Residents have been asked to report leaks and damaged taps to the kiosk committee, which meets every week.
"""),
        must_have=[
            "Each kiosk is run by a trained attendant from the community, who sells a 20-litre jerrycan of water for a fixed price well below what the trucks charge.",
            "The money collected is used to pay the attendants and to repair taps and pipes when they break.",
        ]),
    # Informative (Maseru weekly): staff, a mountain spring protected in the Roma valley; 'By' byline with a Sesotho name that
    # begins with an apostrophe ("'Mathabo").
    rec(cluster="informative-roma-valley-spring-protected", role="single", file="informative_roma_valley_spring.txt", render="text",
        title="Protected spring brings safe water to Ha Khoarai villagers",
        date="2024-09-12", country="LS", region="africa", lang="en", authors=["'Mathabo Letsie"],
        pre=[["Informative", "Home", "News", "Business", "Sport", "Entertainment", "Opinion"]],
        head=[["News"], ["By 'Mathabo Letsie"], ["September 12, 2024"]],
        inserts={2: ["Advertisement"], 4: ["READ ALSO:", "Roma farmers form co-operative to sell vegetables"]},
        tail=[["Share", "Facebook", "WhatsApp"], ["Related News"], ["\u00a9 2024 Informative Newspaper"]],
        paras=P("""
Villagers in Ha Khoarai in the Roma valley no longer have to share their drinking water with cattle, after a mountain spring above the village was protected with a concrete box and a pipe to a communal tap.

For years, women and children collected water from a shallow pool at the spring, which was also used by animals and often turned muddy after rain.

Community members dug out the spring, built a stone and concrete collection box around it and laid about 400 metres of pipe down the hill to a tap near the chief's house.

A fence now keeps cattle and sheep away from the spring, and a separate trough below the tap gives the animals water.

Village water committee chairperson Thabo Mokoena said the project was finished in six weeks with materials from a local development fund.

He said each household pays a small amount every month so that the committee can buy spare parts.

Health workers from the nearby clinic said they hoped to see fewer cases of diarrhoea among children in the coming months.
"""),
        must_have=[
            "Community members dug out the spring, built a stone and concrete collection box around it and laid about 400 metres of pipe down the hill to a tap near the chief's house.",
            "A fence now keeps cattle and sheep away from the spring, and a separate trough below the tap gives the animals water.",
        ]),
    # Fenui (Funafuti government news service): staff, children's swimming lessons in the lagoon; 'Story & photos:' byline formula.
    rec(cluster="fenui-funafuti-swimming-lessons", role="single", file="fenui_funafuti_swimming_lessons.txt", render="text",
        title="Children learn to swim in Funafuti lagoon programme",
        date="2024-11-22", country="TV", region="oceania", lang="en", authors=["Semi Malaki"],
        pre=[["Fenui", "News", "Government", "Outer Islands", "Sport", "Notices"]],
        head=[["Story & photos: Semi Malaki"], ["22 November 2024"]],
        inserts={2: ["PUBLIC NOTICE", "Vaiaku road works continue this week"], 4: ["ALSO IN FENUI:", "New classrooms open at Nauti Primary School"]},
        tail=[["Fenui \u2013 news from Tuvalu"], ["Share", "Facebook"], ["\u00a9 2024 Fenui"]],
        paras=P("""
More than 60 primary school children have taken part in free swimming lessons in the Funafuti lagoon over the school holidays, in a programme run by the Tuvalu Red Cross and volunteer instructors.

Although most families live only a few steps from the sea, many children on Fongafale never learn to swim properly, and drownings remain a worry for parents.

The lessons were held each morning in a roped-off area of shallow water near the main wharf, with one instructor for every five children.

The children practised floating, kicking and breathing before moving on to short swims, and older pupils were taught how to help a friend in trouble.

Instructor Losa Tealofi said the children's confidence grew quickly once they lost their fear of putting their faces in the water.

At the end of the course, each child received a certificate at a small ceremony attended by parents, teachers and church leaders.

Organisers hope to run the programme on the outer islands next year, starting with Nukufetau and Vaitupu.
"""),
        must_have=[
            "The lessons were held each morning in a roped-off area of shallow water near the main wharf, with one instructor for every five children.",
            "The children practised floating, kicking and breathing before moving on to short swims, and older pupils were taught how to help a friend in trouble.",
        ]),
    # Kairi FM (Roseau radio station): desk copy 'Kairi FM News', community hot-spring baths at Wotten Waven reopen.
    rec(cluster="kairifm-wotten-waven-baths-reopen", role="single", file="kairifm_wotten_waven_baths.txt", render="text",
        title="Wotten Waven community hot spring baths reopen after repairs",
        date="2024-02-08", country="DM", region="americas", lang="en",
        pre=[["Kairi FM", "Home", "News", "Sports", "Programmes", "Listen Live", "Contact"]],
        head=[["Local News"], ["Kairi FM News"], ["February 8, 2024"]],
        inserts={2: ["Advertisement"], 4: ["Also on Kairi FM:", "Roseau river defence wall nears completion"]},
        tail=[["Listen to Kairi FM live on kairifm.example.com"], ["Share", "Facebook", "WhatsApp"],
              ["\u00a9 2024 Kairi FM. All rights reserved."]],
        paras=P("""
The community-run sulphur spring baths at Wotten Waven reopened to the public this week after repairs to pools and changing rooms damaged by landslides during last year's heavy rains.

The baths, fed by hot springs in the valley of the Roseau River, are popular with villagers, visitors from the capital and cruise ship passengers alike.

Workers rebuilt two stone pools, replaced the pipes that carry the hot water from the spring and cleared mud and rocks from the footpath down to the river.

A small shelter has also been built where older people can rest between baths, and new signs warn bathers not to stay in the hottest pool for more than 15 minutes.

Village council chairman Desmond Joseph said many residents earn an income from the baths, as guides, cooks and craft sellers.

He said entry fees for visitors would remain unchanged and that villagers would continue to bathe free of charge, as they have done for generations.

The baths are open daily from 8am to 9pm.
"""),
        must_have=[
            "Workers rebuilt two stone pools, replaced the pipes that carry the hot water from the spring and cleared mud and rocks from the footpath down to the river.",
            "A small shelter has also been built where older people can rest between baths, and new signs warn bathers not to stay in the hottest pool for more than 15 minutes.",
        ]),
    # Koillissanomat (Kuusamo paper, Finnish): staff, the winter-swimming hole and a new changing sauna at Toranki; bare-name byline,
    # 'Päivitetty' (updated) line after the first-published time, 'Kuva:' credit after the caption.
    rec(cluster="koillissanomat-toranki-avanto-season", role="single", file="koillissanomat_torangin_avanto_fi.txt", render="text",
        title="Avantouintikausi alkoi Torangin rannassa – uuteen saunaan mahtuu kerralla kaksikymmentä",
        date="2024-12-03", country="FI", region="europe", lang="fi", authors=["Riikka Ahonen"],
        caption="Avantouimarit kävivät ensimmäisellä pulahduksella tiistaiaamuna.", credit="Riikka Ahonen",
        pre=[["Koillissanomat", "Uutiset", "Urheilu", "Mielipiteet", "Menot", "Näköislehti", "Tilaa"]],
        head=[["Uutiset"], ["Riikka Ahonen"], ["3.12.2024 16:40"], ["Päivitetty 4.12.2024 8:15"]],
        cap_lines=["Avantouimarit kävivät ensimmäisellä pulahduksella tiistaiaamuna. Kuva: Riikka Ahonen"],
        inserts={2: ["Mainos"], 4: ["Lue myös:", "Rukan ladut avautuvat hiihtäjille viikonloppuna"]},
        tail=[["Jaa", "Facebook", "X", "WhatsApp"], ["Tilaajana luet kaikki jutut"], ["\u00a9 2024 Koillissanomat"]],
        paras=P("""
Kuusamon avantouimarit pääsivät tiistaina aloittamaan talvikauden Torangin rannassa, kun kaupunki avasi avannon ja uuden pukusaunan yleisön käyttöön.

Avanto pidetään auki koko talven, ja sitä ylläpitää paikallinen talviuintiseura yhdessä kaupungin liikuntapalveluiden kanssa, kuten edellisinäkin vuosina.

Kaupunki rakensi saunan rannalle syksyn aikana, ja rakennustyöt valmistuivat juuri ennen jäiden tuloa.

Jään sahaamisesta ja avannon puhtaanapidosta huolehtivat seuran vapaaehtoiset, jotka käyvät rannassa joka aamu kovillakin pakkasilla.

Uusi sauna lämpiää puilla, ja lauteille mahtuu kerralla noin kaksikymmentä uimaria.

Saunan käyttö on seuran jäsenille maksutonta, muilta peritään pieni kertamaksu.

Seuran puheenjohtaja Pekka Määttä kertoo, että jäsenmäärä on kasvanut muutamassa vuodessa yli kolmeensataan.

Hänen mukaansa talviuinti houkuttelee nykyään myös nuoria ja matkailijoita, jotka haluavat kokeilla avantoa ensimmäistä kertaa elämässään.

Aloittelijoita neuvotaan menemään veteen rauhallisesti, pitämään ensimmäiset uintikerrat lyhyinä ja uimaan aina jonkun toisen seurassa.

Seura järjestää tammikuussa kaksi opastettua kokeilukertaa, joihin voi osallistua ilman jäsenyyttä.

Avanto ja sauna ovat avoinna joka päivä aamukuudesta iltakymmeneen, ja saunavuorot vaihtuvat naisten, miesten ja yhteisten vuorojen välillä.
"""),
        must_have=[
            "Jään sahaamisesta ja avannon puhtaanapidosta huolehtivat seuran vapaaehtoiset, jotka käyvät rannassa joka aamu kovillakin pakkasilla.",
            "Uusi sauna lämpiää puilla, ja lauteille mahtuu kerralla noin kaksikymmentä uimaria.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_EA = site("El Alteño", "https://www.elalteno.example.com.bo", " | El Alteño", "es_BO", "@ElAltenoBo",
               ["Inicio", "El Alto", "Nacional", "Economía", "Deportes", "Cultura", "Opinión"],
               ["\u00a9 2024 El Alteño. Todos los derechos reservados.", "Quiénes somos", "Contacto"],
               share=["Compartir", "Facebook", "WhatsApp", "X"], top=["Suscríbete", "Edición impresa"])
SITE_EP = site("Engadiner Post", "https://www.engadinerpost.example.ch", " | Engadiner Post", "de_CH", "@engadinerpost",
               ["Engadin", "Oberengadin", "Unterengadin", "Sport", "Kultur", "Posta Ladina", "Agenda"],
               ["\u00a9 2025 Gammeter Media AG", "Impressum", "Kontakt"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Abo", "E-Paper", "Login"],
               cookie="Wir verwenden Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.",
               buttons=["Alle akzeptieren", "Nur notwendige"])
SITE_JDC = site("Le Journal du Centre", "https://www.lejdc.example.fr", " - Le Journal du Centre", "fr_FR", "@lejdc",
                ["Nièvre", "Nevers", "Clamecy", "Cosne-sur-Loire", "Sports", "Loisirs"],
                ["\u00a9 2024 Le Journal du Centre", "Mentions légales", "Nous contacter"],
                share=["Partager", "Facebook", "X", "E-mail"], top=["S'abonner", "Se connecter"],
                cookie="Nous et nos partenaires utilisons des cookies pour améliorer votre expérience et mesurer l'audience.",
                cookie_title="Le respect de votre vie privée est notre priorité",
                buttons=["Accepter et fermer", "Continuer sans accepter", "Personnaliser"])
SITE_LL = site("Longford Leader", "https://www.longfordleader.example.ie", " - Longford Leader", "en_IE", "@longfordleader",
               ["News", "Sport", "Lifestyle", "Property", "Jobs", "Deaths"],
               ["\u00a9 2024 Iconic Media. All rights reserved.", "Terms", "Privacy"],
               share=["Share", "Facebook", "X", "Email"])
SITE_BK = site("ভোরের কাগজ", "https://www.bhorerkagoj.example.com", " | ভোরের কাগজ", "bn_BD", "@bhorerkagoj",
               ["প্রথম পাতা", "জাতীয়", "রাজনীতি", "সারাদেশ", "আন্তর্জাতিক", "খেলা", "বিনোদন"],
               ["\u00a9 ২০২৪ ভোরের কাগজ। সর্বস্বত্ব সংরক্ষিত।", "আমাদের সম্পর্কে", "যোগাযোগ"],
               share=["শেয়ার", "Facebook", "WhatsApp", "X"])
SITE_AF = site("Anguilla Focus", "https://anguillafocus.example.com", " - Anguilla Focus", "en_US", "@AnguillaFocus",
               ["Home", "News", "Business", "Sports", "Culture", "Opinion", "Contact"],
               ["\u00a9 2024 Anguilla Focus. All rights reserved.", "About", "Advertise"],
               share=["Share", "Facebook", "X", "WhatsApp"], graph=True)
SITE_BES = site("BES-reporter", "https://www.bes-reporter.example.nl", " | BES-reporter", "nl_NL", "@besreporter",
                ["Nieuws", "Bonaire", "Sint Eustatius", "Saba", "Politiek", "Economie"],
                ["\u00a9 2024 BES-reporter", "Colofon", "Contact"],
                share=["Delen", "Facebook", "WhatsApp"])
SITE_CM = site("Corporate Maldives", "https://corporatemaldives.example.com", " - Corporate Maldives", "en_US", "@CorporateMV",
               ["News", "Business", "Tourism", "Economy", "Interviews", "Events"],
               ["\u00a9 2024 Corporate Maldives. All rights reserved.", "About Us", "Advertise"],
               share=["Share", "Facebook", "X", "LinkedIn"])
SITE_FH = site("Feilding Herald", "https://www.feildingherald.example.co.nz", " - Feilding Herald", "en_NZ", "@FeildingHerald",
               ["News", "Sport", "Rural", "Community", "Opinion", "Puzzles"],
               ["\u00a9 2024 NZME. All rights reserved.", "Privacy", "Contact us"],
               share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Sign in"])

HTML_STORIES = [
    # El Alteño (El Alto daily, gzipped page): original of the ABI cluster; 'Copacabana, 15 ago (ABI).-' dateline, the agency's full
    # name as byline, 'Foto: ABI' credit, 'Fuente: ABI' sign-off.
    dict(ABI, role="original", file="elalteno_abi_tiquina_planchadas_es.html.gz", render="html",
         site=SITE_EA, section="Nacional", meta_section="Nacional",
         url="https://www.elalteno.example.com.bo/nacional/20240815/se-restablece-cruce-lanchas-planchadas-estrecho-tiquina",
         published="2024-08-15T12:40:00-04:00",
         ld_author=[{"@type": "Organization", "name": "Agencia Boliviana de Información"}],
         byline_lines=["Agencia Boliviana de Información"], date_lines=["15 de agosto de 2024"],
         caption="Una planchada cruza el estrecho de Tiquina con un minibús a bordo.", credit="ABI", credit_shown="Foto: ABI",
         inserts={2: [("ad", "Publicidad")], 4: [("link", "Lea también:", "Achacachi estrena un nuevo sistema de agua potable")]},
         end_lines=["Fuente: ABI"],
         lists=[("Lo más leído", ["Vecinos de Senkata piden el asfaltado de la avenida 6 de Marzo", "El Alto celebra su aniversario con un gran desfile"])]),
    # Engadiner Post (St. Moritz paper, German): staff, the ice-fishing season on the Silsersee; consent wall, bare-name byline,
    # 'Foto:' credit, Swiss spelling.
    rec(cluster="engadinerpost-silsersee-ice-fishing", role="single", file="engadinerpost_silsersee_eisfischen_de.html", render="html",
        site=SITE_EP, title="Auf dem Silsersee hat die Eisfischersaison begonnen",
        date="2025-01-14", country="CH", region="europe", lang="de", authors=["Mirjam Caduff"],
        section="Oberengadin", meta_section="Oberengadin",
        url="https://www.engadinerpost.example.ch/oberengadin/auf-dem-silsersee-hat-die-eisfischersaison-begonnen",
        description="Die Gemeinde Sils gibt den See frei, sobald das Eis dick genug ist.",
        published="2025-01-14T17:30:00+01:00",
        byline_lines=["Mirjam Caduff"], date_lines=["Dienstag, 14. Januar 2025"],
        caption="Eisfischer warten auf dem Silsersee auf einen Biss.", credit="Mirjam Caduff", credit_shown="Foto: Mirjam Caduff",
        inserts={2: [("ad", "Anzeige")], 4: [("link", "Mehr zum Thema:", "Langlaufloipen im Oberengadin sind durchgehend offen")]},
        tags=("Schlagwörter", ["Sils", "Fischerei", "Winter"]),
        paras=P("""
Seit dem Wochenende ist das Eis auf dem Silsersee dick genug, um betreten zu werden, und die ersten Eisfischer haben ihre Löcher gebohrt.

Die Gemeinde Sils gibt den See jeweils frei, sobald die Eisdicke an mehreren Messstellen mindestens zwanzig Zentimeter beträgt.

Die Fischer bohren mit einem Handbohrer ein Loch von etwa fünfzehn Zentimetern Durchmesser und lassen eine kurze Rute mit einem kleinen Köder ins Wasser hinunter.

Gefangen werden vor allem Seeforellen und Saiblinge, die sich in den kalten Monaten in grösserer Tiefe aufhalten.

Wer im Oberengadin eisfischen will, braucht ein gültiges Patent des kantonalen Amts für Jagd und Fischerei und muss die Schonmasse und Fangzahlen beachten.

Der Fischer Reto Clalüna aus Maloja sagt, er verbringe an schönen Tagen oft den ganzen Vormittag auf dem See, auch wenn nicht jeder Ausflug einen Fang bringe.

Die Gemeinde bittet Spaziergänger, die markierten Bereiche nicht zu verlassen, weil das Eis bei den Zuflüssen dünner ist.

Die Saison dauert in der Regel bis Ende März, je nach Witterung auch länger.
"""),
        must_have=[
            "Die Fischer bohren mit einem Handbohrer ein Loch von etwa fünfzehn Zentimetern Durchmesser und lassen eine kurze Rute mit einem kleinen Köder ins Wasser hinunter.",
            "Gefangen werden vor allem Seeforellen und Saiblinge, die sich in den kalten Monaten in grösserer Tiefe aufhalten.",
        ]),
    # Le Journal du Centre (Nevers daily, Centre France group, French): staff, a village wash-house restored at Varzy; the town
    # and département number as a kicker ('Varzy (58)'), 'Publié le' date line, 'Photo NAME' credit without a colon.
    rec(cluster="lejdc-varzy-lavoir-restored", role="single", file="lejdc_varzy_lavoir_fr.html", render="html",
        site=SITE_JDC, title="À Varzy, le lavoir de la Fontaine Saint-Pierre restauré par des bénévoles",
        date="2024-06-27", country="FR", region="europe", lang="fr", authors=["Marion Bessard"],
        section="Clamecy", meta_section="Clamecy",
        url="https://www.lejdc.example.fr/varzy-58210/actualites/a-varzy-le-lavoir-de-la-fontaine-saint-pierre-restaure-par-des-benevoles_14512345/",
        description="Après deux ans de travaux, le lavoir a été inauguré devant une centaine d'habitants.",
        published="2024-06-27T18:00:00+02:00",
        kicker="Varzy (58)",
        byline_lines=["Marion Bessard"], date_lines=["Publié le 27/06/2024 à 18h00"],
        caption="Les bénévoles ont remis en eau le bassin du lavoir.", credit="Marion Bessard", credit_shown="Photo Marion Bessard",
        inserts={2: [("ad", "Publicité")], 4: [("link", "À lire aussi :", "Le canal du Nivernais accueille ses premiers bateaux de la saison")]},
        newsletter_end=["Recevez chaque matin l'actualité de votre commune", "Je m'inscris"],
        paras=P("""
Après deux années de travaux menés par une association de bénévoles, le lavoir de la Fontaine Saint-Pierre, à Varzy, a été inauguré samedi devant une centaine d'habitants.

Construit au XIXe siècle, le lavoir servait encore aux femmes du bourg jusqu'aux années 1960, avant que l'eau courante n'arrive dans toutes les maisons.

Les bénévoles ont démonté puis remonté la charpente, remplacé les tuiles cassées et refait à la chaux les joints des pierres du bassin.

La source qui alimente le bassin a été débouchée, et l'eau s'écoule de nouveau vers le ruisseau par une rigole de pierre.

Le président de l'association, Gérard Lemoine, se souvient d'y avoir accompagné sa grand-mère, qui y lavait le linge de toute la famille chaque lundi.

Des panneaux racontent désormais l'histoire du lavoir et le travail des lavandières, avec des photographies prêtées par des familles du village.

Le lavoir fera partie du circuit proposé par la commune lors des Journées européennes du patrimoine, en septembre.
"""),
        must_have=[
            "Les bénévoles ont démonté puis remonté la charpente, remplacé les tuiles cassées et refait à la chaux les joints des pierres du bassin.",
            "La source qui alimente le bassin a été débouchée, et l'eau s'écoule de nouveau vers le ruisseau par une rigole de pierre.",
        ]),
    # Longford Leader (Iconic Media weekly): staff, the last lock on the Royal Canal at Cloondara repaired; 'Reporter:' byline
    # with an 'Email:' line, 'Photo:' credit.
    rec(cluster="longfordleader-cloondara-lock-repaired", role="single", file="longfordleader_cloondara_lock.html", render="html",
        site=SITE_LL, title="Boats return to Royal Canal at Cloondara as repaired lock reopens",
        date="2024-05-22", country="IE", region="europe", lang="en", authors=["Aoife Kenny"],
        section="News", meta_section="News",
        url="https://www.longfordleader.example.ie/news/home/1512345/boats-return-to-royal-canal-at-cloondara-as-repaired-lock-reopens.html",
        description="New oak gates were fitted to the last lock before the River Shannon.",
        published="2024-05-22T16:45:00+01:00",
        byline_lines=["Reporter: Aoife Kenny", "Email: aoife.kenny@longfordleader.example.ie"], date_lines=["22 May 2024 4:45 PM"],
        caption="Waterways Ireland staff at the repaired lock gates in Cloondara.", credit="Padraig Quinn", credit_shown="Photo: Padraig Quinn",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Read also:", "Lanesborough footbridge works to start in autumn")]},
        below_body=[("promo", "Sign up to the Longford Leader newsletter")],
        lists=[("Most Read", ["Longford GAA fixtures for the weekend", "Granard market returns on Sunday"])],
        paras=P("""
Boats are once again passing between the Royal Canal and the River Shannon at Cloondara after repairs to the last lock on the canal were completed ahead of the summer boating season.

The lock was closed in February when engineers found that one of the old timber gates had rotted and was letting water through faster than the chamber could be filled.

Waterways Ireland crews drained the chamber, lifted out the damaged gates with a crane and fitted new ones made from green oak at the organisation's workshop.

They also repaired the stone walls of the chamber and replaced the worn steps and handrails used by boaters as they work the lock.

Local councillor Mary Flood said the closure had been a blow to the village, which depends on visiting boats and walkers for much of its trade.

Lock keeper Tom Reilly said about 20 boats passed through on the first weekend, including two cruisers that had waited in Richmond Harbour since April.

The Royal Canal Greenway along the towpath remained open throughout the works.
"""),
        must_have=[
            "Waterways Ireland crews drained the chamber, lifted out the damaged gates with a crane and fitted new ones made from green oak at the organisation's workshop.",
            "They also repaired the stone walls of the chamber and replaced the worn steps and handrails used by boaters as they work the lock.",
        ]),
    # Bhorer Kagoj (Dhaka daily, Bengali): district correspondent's copy on free arsenic tests of tube-wells; the byline names no
    # one ('চাঁপাইনবাবগঞ্জ প্রতিনিধি' = Chapainawabganj correspondent), Bengali numerals in the date line, no JSON-LD.
    rec(cluster="bhorerkagoj-chapainawabganj-arsenic-tests", role="single", file="bhorerkagoj_chapainawabganj_arsenic_bn.html", render="html",
        site=SITE_BK, title="চাঁপাইনবাবগঞ্জে বিনামূল্যে নলকূপের পানিতে আর্সেনিক পরীক্ষা শুরু",
        date="2024-03-12", country="BD", region="asia", lang="bn",
        section="সারাদেশ", meta_section="সারাদেশ", jsonld=False,
        url="https://www.bhorerkagoj.example.com/countryside/512345",
        description="লাল চিহ্নিত নলকূপের পানি খাওয়া ও রান্নার কাজে ব্যবহার না করার পরামর্শ দেওয়া হচ্ছে।",
        published="2024-03-12T11:20:00+06:00",
        byline_lines=["চাঁপাইনবাবগঞ্জ প্রতিনিধি"], date_lines=["প্রকাশিত: ১২ মার্চ ২০২৪, ১১:২০ এএম"],
        inserts={2: [("ad", "বিজ্ঞাপন")], 4: [("link", "আরও পড়ুন:", "শিবগঞ্জে আমবাগানে সেচের পানির সংকট")]},
        lists=[("সর্বাধিক পঠিত", ["রাজশাহীতে আমের মুকুলে ভরে গেছে বাগান", "পদ্মার চরে বাদামের বাম্পার ফলন"])],
        paras=P("""
চাঁপাইনবাবগঞ্জ সদর উপজেলার গ্রামগুলোতে বিনামূল্যে নলকূপের পানিতে আর্সেনিক পরীক্ষার কার্যক্রম শুরু হয়েছে, যা চলবে আগামী এপ্রিল মাস পর্যন্ত।

জনস্বাস্থ্য প্রকৌশল অধিদপ্তরের উদ্যোগে প্রশিক্ষিত স্বেচ্ছাসেবকেরা বাড়ি বাড়ি গিয়ে একটি ছোট যন্ত্রের সাহায্যে প্রতিটি নলকূপের পানি পরীক্ষা করছেন।

পরীক্ষায় যেসব নলকূপের পানিতে আর্সেনিকের মাত্রা নিরাপদ সীমার বেশি পাওয়া যাচ্ছে, সেগুলোর মুখ লাল রং দিয়ে চিহ্নিত করা হচ্ছে, আর নিরাপদ নলকূপগুলো সবুজ রঙে।

স্বেচ্ছাসেবকেরা পরিবারগুলোকে জানাচ্ছেন, লাল চিহ্নিত নলকূপের পানি খাওয়া ও রান্নার কাজে ব্যবহার করা যাবে না, তবে গোসল ও কাপড় ধোয়ার কাজে ব্যবহার করা যেতে পারে।

উপজেলা জনস্বাস্থ্য প্রকৌশলী মো. রফিকুল ইসলাম বলেন, প্রথম ধাপে তিন হাজারের বেশি নলকূপ পরীক্ষা করা হবে এবং প্রতিটি নলকূপের তথ্য একটি তালিকায় সংরক্ষণ করা হবে।

স্থানীয় বাসিন্দা সালমা বেগম জানান, তাঁদের বাড়ির নলকূপের পানিতে আর্সেনিক পাওয়া যাওয়ায় এখন তিনি প্রতিদিন পাশের পাড়ার গভীর নলকূপ থেকে কলসিতে করে পানি আনছেন।

যেসব এলাকায় বেশি আর্সেনিক পাওয়া যাবে, সেখানে সরকারি খরচে গভীর নলকূপ বসানোর পরিকল্পনা রয়েছে বলে জানিয়েছে কর্তৃপক্ষ।
"""),
        must_have=[
            "পরীক্ষায় যেসব নলকূপের পানিতে আর্সেনিকের মাত্রা নিরাপদ সীমার বেশি পাওয়া যাচ্ছে, সেগুলোর মুখ লাল রং দিয়ে চিহ্নিত করা হচ্ছে, আর নিরাপদ নলকূপগুলো সবুজ রঙে।",
            "স্বেচ্ছাসেবকেরা পরিবারগুলোকে জানাচ্ছেন, লাল চিহ্নিত নলকূপের পানি খাওয়া ও রান্নার কাজে ব্যবহার করা যাবে না, তবে গোসল ও কাপড় ধোয়ার কাজে ব্যবহার করা যেতে পারে।",
        ]),
    # Anguilla Focus (The Valley news site): staff, the first island-wide test of new warning sirens; 'THE VALLEY, Anguilla –'
    # dateline, '(Photo: institution)' credit, JSON-LD @graph, comment form.
    rec(cluster="anguillafocus-warning-siren-test", role="single", file="anguillafocus_warning_sirens.html", render="html",
        site=SITE_AF, title="New warning sirens sound across Anguilla in first island-wide test",
        date="2024-05-30", dateline="THE VALLEY, Anguilla \u2013 ", city="The Valley", country="AI", region="americas",
        lang="en", authors=["Shermaine Hodge"], section="Local News", meta_section="Local News",
        url="https://anguillafocus.example.com/2024/05/30/new-warning-sirens-sound-across-anguilla-in-first-island-wide-test/",
        description="Eight sirens have been installed in low-lying communities at risk from flooding and storm surge.",
        published="2024-05-30T14:10:00-04:00",
        byline_lines=["By Shermaine Hodge"], date_lines=["May 30, 2024"],
        breadcrumbs=["Home", "News", "Local News"],
        caption="One of the new siren towers at Sandy Ground.", credit="Department of Disaster Management",
        credit_shown="(Photo: Department of Disaster Management)",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "Public works crews clear drains before rainy season")]},
        comments=["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
        paras=P("""
Residents heard the wail of Anguilla's new warning sirens on Wednesday morning as the Department of Disaster Management carried out the first island-wide test of the system.

Eight sirens have been installed in low-lying communities, including Sandy Ground, Island Harbour and Blowing Point, where homes are most at risk from flooding and storm surge.

During the test, each siren sounded a rising and falling tone for three minutes, followed by a recorded voice message telling residents to move to higher ground.

Staff from the department were posted at each site to check that the sirens could be heard clearly in nearby homes, schools and businesses.

Director of Disaster Management Melissa Rogers said that after the test period the sirens would be sounded only in real emergencies, apart from a short test on the last Wednesday of every month.

She urged residents to learn the meaning of the different tones and to prepare an emergency kit before the start of the hurricane season on June 1.

Residents who could not hear the sirens are asked to contact the department.
"""),
        must_have=[
            "During the test, each siren sounded a rising and falling tone for three minutes, followed by a recorded voice message telling residents to move to higher ground.",
            "Staff from the department were posted at each site to check that the sirens could be heard clearly in nearby homes, schools and businesses.",
        ]),
    # BES-reporter (Dutch-language site for Bonaire, Sint Eustatius and Saba): desk copy 'Door Redactie', a school's rainwater
    # cistern restored on Sint Eustatius; 'ORANJESTAD -' dateline (the capital of Sint Eustatius, not Aruba's), 'Foto:' credit.
    rec(cluster="besreporter-statia-school-cistern", role="single", file="besreporter_statia_regenwaterbak_nl.html", render="html",
        site=SITE_BES, title="Gerestaureerde regenwaterbak levert Statiaanse school weer water",
        date="2024-10-18", dateline="ORANJESTAD - ", city="Oranjestad", country="BQ", region="americas", lang="nl",
        section="Sint Eustatius", meta_section="Sint Eustatius",
        url="https://www.bes-reporter.example.nl/sint-eustatius/gerestaureerde-regenwaterbak-levert-statiaanse-school-weer-water/",
        description="De ondergrondse bak was jarenlang buiten gebruik door scheuren in de wanden.",
        published="2024-10-18T09:30:00-04:00",
        ld_author=[{"@type": "Organization", "name": "BES-reporter"}],
        byline_lines=["Door Redactie"], date_lines=["18 oktober 2024"],
        caption="Leerlingen bij de gerestaureerde regenwaterbak.", credit="Openbaar Lichaam Sint Eustatius",
        credit_shown="Foto: Openbaar Lichaam Sint Eustatius",
        inserts={2: [("ad", "Advertentie")], 4: [("box", "Meer nieuws", ["Nieuwe pier in Fort Bay bijna klaar", "Bonaire start met rioolaansluitingen in Hato"])]},
        paras=P("""
De Governor de Graaffschool op Sint Eustatius gebruikt sinds deze week weer regenwater uit haar eigen regenwaterbak, die jarenlang buiten gebruik was door scheuren in de wanden.

Zoals veel oudere gebouwen op het eiland heeft de school een grote ondergrondse bak waarin het regenwater van het dak wordt opgevangen.

Aannemers hebben de bak leeggepompt en schoongemaakt, de scheuren gerepareerd en de binnenkant voorzien van een nieuwe waterdichte coating.

Ook zijn de dakgoten en afvoerpijpen vervangen en is er een filter geplaatst dat bladeren en vuil tegenhoudt voordat het water de bak in stroomt.

Het opgevangen water wordt gebruikt voor de toiletten en om de schooltuin te besproeien, zodat de school minder drinkwater hoeft in te kopen.

Schoolhoofd Marcia Spanner zegt dat de leerlingen bij de natuurlessen nu bijhouden hoeveel regen er valt en hoeveel water de school elke week gebruikt.

Het openbaar lichaam wil de komende jaren ook de regenwaterbakken van andere scholen en overheidsgebouwen laten herstellen.
"""),
        must_have=[
            "Aannemers hebben de bak leeggepompt en schoongemaakt, de scheuren gerepareerd en de binnenkant voorzien van een nieuwe waterdichte coating.",
            "Ook zijn de dakgoten en afvoerpijpen vervangen en is er een filter geplaatst dat bladeren en vuil tegenhoudt voordat het water de bak in stroomt.",
        ]),
    # Corporate Maldives (Malé business news site): staff, a desalination plant commissioned on Fenfushi; 'By' byline, the utility
    # named as photo credit.
    rec(cluster="corporatemaldives-fenfushi-desalination-plant", role="single", file="corporatemaldives_fenfushi_desalination.html", render="html",
        site=SITE_CM, title="New desalination plant brings round-the-clock water to Fenfushi",
        date="2024-08-06", country="MV", region="asia", lang="en", authors=["Mariyam Nisha"],
        section="Infrastructure", meta_section="Infrastructure",
        url="https://corporatemaldives.example.com/new-desalination-plant-brings-round-the-clock-water-to-fenfushi/",
        description="The plant can produce up to 100 tonnes of fresh water a day.",
        published="2024-08-06T13:15:00+05:00",
        byline_lines=["By Mariyam Nisha"], date_lines=["August 6, 2024"],
        caption="The new plant's reverse osmosis units in Fenfushi.", credit="FENAKA", credit_shown="Photo: FENAKA",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Also read:", "Guesthouse bookings rise in Alif Dhaal atoll")]},
        newsletter_end=["Subscribe to our newsletter", "Get the latest business news from the Maldives in your inbox."],
        paras=P("""
Residents of Fenfushi in Alif Dhaal atoll now have piped drinking water around the clock after a new desalination plant was commissioned on the island this week.

Until now, households relied mostly on rainwater stored in tanks, and the island council had to bring in bottled water and water by boat during the dry season.

The plant turns seawater into fresh water using reverse osmosis and can produce up to 100 tonnes of water a day, enough for the island's population and its guesthouses.

Water is stored in two elevated tanks and distributed through a new network of pipes, with a meter fitted at every house.

Utility company FENAKA, which will operate the plant, said solar panels on the roof of the plant building would cover part of its electricity needs.

Island council president Ahmed Rasheed said the project would also help fishermen, who can now fill their boats' tanks at the harbour, and the growing number of guesthouses.

Similar projects are under way on several other islands in the atoll.
"""),
        must_have=[
            "The plant turns seawater into fresh water using reverse osmosis and can produce up to 100 tonnes of water a day, enough for the island's population and its guesthouses.",
            "Water is stored in two elevated tanks and distributed through a new network of pipes, with a meter fitted at every house.",
        ]),
    # Feilding Herald (NZME community paper): staff, a splash pad opens at Timona Park; bare-name byline, 'Photo / NAME' credit
    # (NZME's formula), reading-time line.
    rec(cluster="feildingherald-timona-park-splash-pad", role="single", file="feildingherald_timona_splash_pad.html", render="html",
        site=SITE_FH, title="Splash pad opens at Timona Park in time for summer",
        date="2024-12-12", country="NZ", region="oceania", lang="en", authors=["Aroha Pene"],
        section="Local News", meta_section="Local News",
        url="https://www.feildingherald.example.co.nz/news/splash-pad-opens-at-timona-park-in-time-for-summer/ABCDEF12345/",
        description="Children press a button to start the fountains, which stop after a few minutes to save water.",
        published="2024-12-12T10:00:00+13:00",
        byline_lines=["Aroha Pene"], date_lines=["12 Dec, 2024 10:00 AM"],
        caption="Children try out the fountains at the new splash pad.", credit="Aroha Pene", credit_shown="Photo / Aroha Pene",
        above_body=[("reading-time", "3 mins to read")],
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Read more:", "Feilding Farmers' Market moves to summer hours")]},
        paras=P("""
Children in Feilding have a new place to cool off this summer after a splash pad opened at Timona Park on Saturday.

The splash pad has 14 fountains and water jets set into a soft rubber surface, so there is no standing water and no need for lifeguards.

Children press a button on a post to start the water, which runs for a few minutes at a time and then stops to save water.

The water is treated and comes from the town supply, and the pad will be open every day from 9am to 7pm until the end of March.

Manawatū District Council parks manager Grant Bell said the project was paid for with a mix of council money and community grants, and had taken two years to plan.

Parent Hana Wilson said the splash pad was perfect for toddlers who were too small for the swimming pool, and that her children had already asked to go back every day.

Shade sails and new picnic tables are to be added before the school holidays.
"""),
        must_have=[
            "Children press a button on a post to start the water, which runs for a few minutes at a time and then stops to save water.",
            "The water is treated and comes from the town supply, and the pad will be open every day from 9am to 7pm until the end of March.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, Kwezi (Mamoudzou TV and radio, French): staff, the water-cut rota eased in Mamoudzou; 'Par' byline in the head
    # lines; news-please time is UTC (Mayotte is UTC+3, same day).
    rec(cluster="kwezi-mamoudzou-water-cuts-eased", role="single", file="newsplease_kwezi_mamoudzou_coupures_fr.json",
        render="newsplease", title="Mamoudzou : les tours d'eau allégés grâce à une nouvelle canalisation",
        date="2024-10-09", country="YT", region="africa", lang="fr", authors=["Faïza Madi"],
        url="https://www.kwezi.example.yt/actualites/mamoudzou-les-tours-deau-alleges-grace-a-une-nouvelle-canalisation/",
        source_domain="www.kwezi.example.yt",
        description="Plusieurs quartiers ne subiront plus qu'une coupure par semaine.",
        np_authors=["Faïza Madi"], np_publish="2024-10-09 06:30:00", np_download="2024-10-09 14:02:51",
        head_lines=["Kwezi", "Société", "Par Faïza Madi", "9 octobre 2024"],
        inserts={2: ["Publicité"], 4: ["À lire aussi : Petite-Terre : l'usine de dessalement tourne à plein régime"]},
        tail_lines=["Partager", "Facebook", "WhatsApp", "Retrouvez l'actualité de Mayotte sur Kwezi FM", "\u00a9 2024 Kwezi"],
        paras=P("""
Les habitants de plusieurs quartiers de Mamoudzou ne subiront plus qu'une coupure d'eau par semaine au lieu de deux, après la mise en service d'une nouvelle canalisation entre l'usine de production et les réservoirs de Kawéni.

Depuis plus d'un an, la sécheresse et le manque de ressources obligent les autorités à organiser des tours d'eau, qui privent chaque secteur d'eau pendant de longues heures.

La nouvelle canalisation, longue de quatre kilomètres, permet de transporter davantage d'eau vers les réservoirs qui alimentent le nord de la commune.

Pendant les coupures, des points de distribution d'eau en bouteille restent ouverts dans les écoles et devant les mairies annexes.

Une mère de famille de Kawéni, Zaïnaba Saïd, explique qu'elle remplit encore des bidons chaque soir, par crainte d'une nouvelle dégradation.

Les services de l'eau rappellent qu'il faut laisser couler l'eau quelques minutes et la faire bouillir avant de la boire après chaque remise en service du réseau.

Un nouveau calendrier des coupures sera affiché dans chaque quartier et diffusé à la radio à partir de lundi.
"""),
        must_have=[
            "La nouvelle canalisation, longue de quatre kilomètres, permet de transporter davantage d'eau vers les réservoirs qui alimentent le nord de la commune.",
            "Pendant les coupures, des points de distribution d'eau en bouteille restent ouverts dans les écoles et devant les mairies annexes.",
        ]),
    # news-please, e-Global (Bissau news site, Portuguese): staff, women repair the dykes of Cacheu's rice fields against salt water;
    # 'Por' byline in the head lines.
    rec(cluster="eglobal-cacheu-bolanha-dykes", role="single", file="newsplease_eglobal_cacheu_bolanhas_pt.json",
        render="newsplease", title="Mulheres de Cacheu reparam diques das bolanhas para travar a água salgada",
        date="2024-06-25", country="GW", region="africa", lang="pt", authors=["Aissatu Baldé"],
        url="https://www.e-global.example.gw/noticias/mulheres-de-cacheu-reparam-diques-das-bolanhas/",
        source_domain="www.e-global.example.gw",
        description="Os diques protegem os arrozais da entrada da água do mar.",
        np_authors=["Aissatu Baldé"], np_publish="2024-06-25 11:20:00", np_download="2024-06-26 03:15:07",
        head_lines=["e-Global", "Sociedade", "Por Aissatu Baldé", "25 de junho de 2024"],
        inserts={2: ["Publicidade"], 4: ["Leia também: Bissau: pescadores de Bandim recebem novas redes"]},
        tail_lines=["Partilhar", "Facebook", "WhatsApp", "Notícias relacionadas", "\u00a9 2024 e-Global"],
        paras=P("""
Mais de cem mulheres de várias tabancas do setor de Cacheu, no norte da Guiné-Bissau, trabalharam durante três semanas na reparação dos diques que protegem as bolanhas de arroz da entrada da água salgada.

Os diques, feitos de terra e reforçados com troncos de palmeira, foram danificados pelas marés altas da última época das chuvas.

As mulheres cavaram a terra com pás tradicionais e transportaram-na à cabeça, em cestos, para tapar as brechas abertas pela maré.

Foram também reparadas as comportas de madeira que deixam sair a água da chuva e impedem a entrada da água do mar nos campos.

A presidente da associação de mulheres agricultoras, Fatumata Mané, disse que sem os diques a terra fica salgada e o arroz não cresce.

O trabalho contou com o apoio de uma organização não governamental, que forneceu ferramentas, comida para as trabalhadoras e sementes de arroz de ciclo curto.

As mulheres esperam começar a lavrar e a plantar assim que caírem as primeiras chuvas fortes de julho.
"""),
        must_have=[
            "As mulheres cavaram a terra com pás tradicionais e transportaram-na à cabeça, em cestos, para tapar as brechas abertas pela maré.",
            "Foram também reparadas as comportas de madeira que deixam sair a água da chuva e impedem a entrada da água do mar nos campos.",
        ]),
    # news-please, Bicol Mail (Naga weekly): staff, a communal irrigation system repaired; 'NAGA CITY —' dateline; news-please's
    # UTC time is the evening before in the Philippines (UTC+8).
    rec(cluster="bicolmail-naga-irrigation-repaired", role="single", file="newsplease_bicolmail_naga_irrigation.json",
        render="newsplease", title="Rice farmers to get water again as irrigation system is repaired",
        date="2024-06-11", dateline="NAGA CITY \u2014 ", city="Naga", country="PH", region="asia", lang="en",
        authors=["Rhea Belmonte"],
        url="https://www.bicolmail.example.com/2024/06/rice-farmers-to-get-water-again-as-irrigation-system-is-repaired/",
        source_domain="www.bicolmail.example.com",
        description="The communal irrigation system serves about 300 hectares of rice fields.",
        np_authors=["Rhea Belmonte"], np_publish="2024-06-10 23:40:00", np_download="2024-06-11 09:12:44",
        head_lines=["Bicol Mail", "Provincial News", "By Rhea Belmonte", "June 11, 2024"],
        inserts={2: ["Advertisement"], 4: ["Related: Camarines Sur farmers receive hybrid rice seeds"]},
        tail_lines=["Share", "Facebook", "X", "Subscribe to Bicol Mail", "\u00a9 2024 Bicol Mail"],
        paras=P("""
Rice farmers in several barangays east of this city will have water for the coming planting season after the repair of an irrigation dam and canal damaged by typhoons two years ago.

The communal irrigation system serves about 300 hectares of rice fields and is run by a farmers' irrigators association with technical help from the National Irrigation Administration.

Workers rebuilt the concrete diversion dam on the river, cleared silt from more than five kilometres of canal and replaced broken gates that control the flow of water to the fields.

The association also agreed on a new schedule so that farmers at the far end of the canal receive water on fixed days of the week.

Association president Rodolfo Bautista said many members had been able to plant only once a year since the system broke down.

With water flowing again, he said, they hope to return to two harvests a year and to repay loans taken out during the lean seasons.

Members will help maintain the canals through regular clean-up days.
"""),
        must_have=[
            "Workers rebuilt the concrete diversion dam on the river, cleared silt from more than five kilometres of canal and replaced broken gates that control the flow of water to the fields.",
            "The association also agreed on a new schedule so that farmers at the far end of the canal receive water on fixed days of the week.",
        ]),
    # trafilatura, Diario del Huila (Neiva daily, Spanish): desk copy 'Redacción Diario del Huila' on rain gauges for coffee farmers;
    # a caption line with 'Foto:' inside the text.
    rec(cluster="diariodelhuila-pitalito-rain-gauges", role="single", file="trafilatura_diariodelhuila_pluviometros_es.json",
        render="trafilatura", title="Caficultores del sur del Huila registran la lluvia con pluviómetros para planear sus cosechas",
        date="2024-04-23", country="CO", region="americas", lang="es",
        section="Regional", categories="Regional;Huila",
        caption="Un caficultor revisa el pluviómetro instalado en su finca en Pitalito.", credit="Diario del Huila",
        url="https://www.diariodelhuila.example.com/regional/caficultores-del-sur-del-huila-registran-la-lluvia-con-pluviometros",
        hostname="diariodelhuila.example.com", source_hostname="Diario del Huila",
        tf_author="Redacción Diario del Huila", tf_date="2024-04-23", tf_language="es",
        description="Cuarenta productores envían cada mañana el dato de lluvia a los técnicos.",
        head_lines=["Diario del Huila", "Regional", "23 de abril de 2024", "Redacción Diario del Huila",
                    "Un caficultor revisa el pluviómetro instalado en su finca en Pitalito. Foto: Diario del Huila"],
        inserts={2: ["Publicidad"], 4: ["Lea también: Neiva amplía el horario de los puntos de agua potable"]},
        tail_lines=["Compartir", "Facebook", "WhatsApp", "X", "Noticias relacionadas", "\u00a9 2024 Diario del Huila"],
        paras=P("""
Un grupo de cuarenta caficultores de Pitalito, Acevedo y Timaná lleva un registro diario de la lluvia que cae en sus fincas con pluviómetros entregados por el comité departamental de cafeteros.

Cada mañana, a las siete, los productores leen la cantidad de agua acumulada en el pluviómetro, la anotan en una libreta y la envían por mensaje de texto a los técnicos.

Con esos datos, los técnicos elaboran mapas de lluvia que ayudan a decidir cuándo fertilizar, cuándo sembrar y cuándo prepararse para la cosecha.

El fenómeno de El Niño dejó el año pasado varios meses secos en el sur del departamento, y muchos cafetales perdieron parte de su floración.

La caficultora Luz Marina Cuéllar dijo que antes se guiaba solo por lo que le decían sus vecinos y que ahora puede comparar la lluvia de un año con la del siguiente.

Los estudiantes de un colegio agrícola de Pitalito también participan y revisan los datos en sus clases de ciencias.

El comité espera entregar otros cien pluviómetros antes de fin de año.
"""),
        must_have=[
            "Cada mañana, a las siete, los productores leen la cantidad de agua acumulada en el pluviómetro, la anotan en una libreta y la envían por mensaje de texto a los técnicos.",
            "Con esos datos, los técnicos elaboran mapas de lluvia que ayudan a decidir cuándo fertilizar, cuándo sembrar y cuándo prepararse para la cosecha.",
        ]),
    # trafilatura, Cambrian News (Aberystwyth weekly): staff, a watermill near Llangrannog grinds again; 'By' byline, weekday date line.
    rec(cluster="cambriannews-llangrannog-watermill", role="single", file="trafilatura_cambriannews_llangrannog_watermill.json",
        render="trafilatura", title="Restored watermill grinds its first flour in half a century",
        date="2024-09-18", country="GB", region="europe", lang="en", authors=["Cerys Lewis"],
        section="News", categories="News;Ceredigion",
        url="https://www.cambrian-news.example.co.uk/news/restored-watermill-grinds-its-first-flour-in-half-a-century-712345",
        hostname="cambrian-news.example.co.uk", source_hostname="Cambrian News",
        tf_author="Cerys Lewis", tf_date="2024-09-18", tf_language="en",
        description="Volunteers spent a decade restoring the mill near Llangrannog.",
        head_lines=["Cambrian News", "News", "By Cerys Lewis", "Wednesday 18 September 2024 7:00 am"],
        inserts={2: ["Advertisement"], 4: ["Read more: Aberaeron harbour wall repairs to begin next month"]},
        tail_lines=["Share", "Facebook", "X", "Email", "Sign up to our daily newsletter", "\u00a9 2024 Cambrian News"],
        paras=P("""
A watermill near Llangrannog has ground its first sack of flour in more than 50 years after a decade of restoration by a team of volunteers.

The mill, which dates from the early 1800s, once ground oats and barley for farms across the surrounding valleys but fell silent in the 1970s.

Volunteers rebuilt the wooden waterwheel, cleared the leat that carries water from the stream and repaired the gears and millstones inside the building.

Water from the millpond now turns the wheel at about six revolutions a minute, enough to drive a pair of stones that can grind a sack of wheat in under an hour.

Trust chairman Huw Evans said the first flour had been baked into bread and shared with the volunteers at a small celebration in the mill yard.

The mill will open to visitors on the first Saturday of each month, and its flour will be sold at the village shop.

The trust is looking for more volunteers to help on milling days.
"""),
        must_have=[
            "Volunteers rebuilt the wooden waterwheel, cleared the leat that carries water from the stream and repaired the gears and millstones inside the building.",
            "Water from the millpond now turns the wheel at about six revolutions a minute, enough to drive a pair of stones that can grind a sack of wheat in under an hour.",
        ]),
    # trafilatura, Kiribati Newstar (Tarawa weekly): staff, villagers build a seawall against king tides; 'By' byline after the date.
    rec(cluster="kiribatinewstar-bikenibeu-seawall", role="single", file="trafilatura_kiribatinewstar_bikenibeu_seawall.json",
        render="trafilatura", title="Villagers build seawall to protect homes from king tides in Bikenibeu",
        date="2024-02-27", country="KI", region="oceania", lang="en", authors=["Tearoa Iotebwa"],
        section="News", categories="News;Local",
        url="https://www.kiribatinewstar.example.ki/news/villagers-build-seawall-to-protect-homes-from-king-tides-in-bikenibeu/",
        hostname="kiribatinewstar.example.ki", source_hostname="Kiribati Newstar",
        tf_author="Tearoa Iotebwa", tf_date="2024-02-27", tf_language="en",
        description="The wall was built over three weeks by villagers working in shifts.",
        head_lines=["Kiribati Newstar", "Local News", "27 February 2024", "By Tearoa Iotebwa"],
        inserts={2: ["Advertisement"], 4: ["Related: Betio market vendors move to new stalls"]},
        tail_lines=["Share", "Facebook", "\u00a9 2024 Kiribati Newstar"],
        paras=P("""
Families in Bikenibeu have finished building a seawall along their part of the lagoon shore after king tides flooded several homes and the village maneaba earlier this month.

The wall runs for about 150 metres and was built over three weeks by villagers working in shifts after school and work.

They filled hundreds of sandbags with coral sand and stacked them behind a row of large rocks brought by truck from a quarry on the ocean side.

Women from the village cooked meals for the workers each day, while young men carried the rocks into place at low tide.

Village elder Taaite Kaiea said the sea had taken several metres of land in front of his house in his lifetime, along with two breadfruit trees his father had planted.

The island council has provided cement to strengthen the wall at its weakest points, where the water came over the road during the last spring tide.

Villagers also plan to plant mangroves along the shore.
"""),
        must_have=[
            "They filled hundreds of sandbags with coral sand and stacked them behind a row of large rocks brought by truck from a quarry on the ocean side.",
            "Women from the village cooked meals for the workers each day, while young men carried the rocks into place at low tide.",
        ]),
]


# ---- JSONL batches (newsbeam html and text, news-please and trafilatura shapes) -------

SITE_CNC3 = site("CNC3", "https://www.cnc3.example.co.tt", " - CNC3", "en_TT", "@CNC3TV",
                 ["Home", "Local", "Regional", "Business", "Sport", "Entertainment", "Watch Live"],
                 ["\u00a9 2024 CNC3 Television. All rights reserved.", "Contact", "Privacy Policy"],
                 share=["Share", "Facebook", "WhatsApp", "X"])

JSONL_STORIES = [
    # newsbeam text shape: the ABP story on Bénin Web TV (syndicated member of the ABP cluster).
    dict(ABP, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://beninwebtv.example.com/2024/07/natitingou-le-forage-de-tchoumi-tchoumi-de-nouveau-fonctionnel/",
         nb_published="2024-07-12T15:05:00Z", outlet="Bénin Web TV", nb_authors=["ABP"],
         head_lines=["Bénin Web TV", "Société", "12 juillet 2024 à 16h05"],
         inserts={3: ["Publicité"]},
         tail_lines=["Source : ABP", "Partager", "Facebook", "WhatsApp", "Rejoignez notre chaîne WhatsApp", "À lire aussi",
                     "\u00a9 2024 Bénin Web TV"]),
    # news-please shape: the Khovar story on Imruz (syndicated member of the Khovar cluster).
    dict(KHOVAR, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.imruz.example.tj/jomea/kulob-inshooti-navi-tozakunii-ob/",
         source_domain="www.imruz.example.tj",
         np_authors=["Ховар"], np_publish="2024-09-06 06:20:00", np_download="2024-09-06 19:48:02",
         head_lines=["Имрӯз", "Ҷомеа", "06.09.2024 11:20"],
         inserts={2: ["Реклама"]},
         tail_lines=["Манбаъ: Ховар", "Мубодила", "Facebook", "Telegram", "Хабарҳои марбут", "\u00a9 2024 Имрӯз"]),
    # newsbeam html shape: CNC3 (Port of Spain television news site): staff, the dry season in Aranguez's market gardens;
    # 'Name | CNC3 News' byline; newsbeam stamp is UTC, the page's day is the 16th.
    rec(cluster="cnc3-aranguez-dry-season-farmers", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_CNC3, title="Aranguez farmers count losses as dry season drags on",
        date="2024-04-16", country="TT", region="americas", lang="en", authors=["Kerwin Rampersad"],
        section="Local", meta_section="Local",
        url="https://www.cnc3.example.co.tt/aranguez-farmers-count-losses-as-dry-season-drags-on/",
        description="Wells are running low and the heat is scorching crops in the fields.",
        published="2024-04-16T21:20:00-04:00",
        nb_published="2024-04-17T01:20:00Z", outlet="CNC3", nb_authors=["Kerwin Rampersad"],
        byline_lines=["Kerwin Rampersad | CNC3 News"], date_lines=["April 16, 2024"], share_top=False,
        inserts={2: [("ad", "Advertisement")], 4: [("link", "Related:", "WASA announces new water schedules for Diego Martin")]},
        below_body=[("watch", "Watch CNC3 News at 7 pm on channel 3")],
        paras=P("""
Vegetable farmers in Aranguez say the long dry season has cut their harvests by half, as wells run low and the heat scorches crops in the fields.

The area, on the eastern edge of Port of Spain, supplies much of the lettuce, cabbage, sweet peppers and herbs sold in markets across northern Trinidad.

Many farmers are now watering their beds by hand in the early morning and late evening, using buckets filled from small ponds that are drying up.

Some have stopped planting leafy crops altogether and switched to hardier vegetables such as pumpkin and ochro until the rains return.

Farmer Dhanraj Maharaj said he had lost most of a crop of lettuce and pak choi in a single week of heat, and could not afford to run his pump for longer.

Shoppers at the market said prices of fresh greens had risen sharply over the past month, with a head of lettuce now costing almost twice as much as in January.

The Meteorological Service expects the rainy season to begin in June.
"""),
        must_have=[
            "Many farmers are now watering their beds by hand in the early morning and late evening, using buckets filled from small ponds that are drying up.",
            "Some have stopped planting leafy crops altogether and switched to hardier vegetables such as pumpkin and ochro until the rains return.",
        ]),
    # trafilatura shape: the ABI story on Bolivia TV (syndicated member of the ABI cluster).
    dict(ABI, role="syndicated", file=JSONL_B, render="trafilatura", section="Nacional",
         url="https://www.boliviatv.example.bo/nacional/se-restablece-el-cruce-de-lanchas-y-planchadas-en-tiquina",
         hostname="boliviatv.example.bo", source_hostname="Bolivia TV",
         tf_author="ABI", tf_date="2024-08-15", tf_language="es", categories="Nacional;La Paz",
         head_lines=["Bolivia TV", "Nacional", "15 de agosto de 2024"],
         inserts={2: ["Publicidad"]},
         tail_lines=["Fuente: ABI", "Compartir", "Facebook", "WhatsApp", "Noticias relacionadas", "\u00a9 2024 Bolivia TV"]),
    # news-please shape: Bellingen Courier-Sun (ACM, NSW mid-north coast): staff, volunteers test river swimming holes; news-please's
    # UTC time is the evening before (AEDT, UTC+11).
    rec(cluster="bellingencourier-swimming-hole-testing", role="single", file=JSONL_B, render="newsplease",
        title="Volunteers test Bellinger River swimming holes each week over summer",
        date="2024-11-21", country="AU", region="oceania", lang="en", authors=["Meg Cawley"],
        url="https://www.bellingencourier.example.com.au/story/8812345/volunteers-test-bellinger-river-swimming-holes-each-week/",
        source_domain="www.bellingencourier.example.com.au",
        description="Results are posted at each swimming hole with a green, amber or red rating.",
        np_authors=["Meg Cawley"], np_publish="2024-11-20 20:30:00", np_download="2024-11-21 05:02:39",
        head_lines=["Bellingen Courier-Sun", "News", "Meg Cawley", "November 21, 2024"],
        inserts={2: ["Advertisement"], 4: ["READ MORE: Dorrigo pool opens for the season"]},
        tail_lines=["Share", "Facebook", "Email", "Support local news: subscribe to the Bellingen Courier-Sun",
                    "\u00a9 2024 Australian Community Media"],
        paras=P("""
A group of Bellingen volunteers is testing the water at popular swimming holes on the Bellinger and Never Never rivers every week this summer, so that swimmers know when it is safe to take a dip.

The program was started by a local landcare group after several swimmers became ill following heavy rain last summer.

Every Monday morning, volunteers collect water samples at seven spots and drop them at a laboratory in Coffs Harbour for testing.

The results are posted on signs at each swimming hole and online by Wednesday, with a green, amber or red rating for each site.

Coordinator Ruth Green said the water was usually clean, but could be affected for a few days after storms wash soil and animal waste into the rivers.

She advised swimmers to stay out of the rivers for at least three days after heavy rain, and not to swim with open cuts.

The testing will continue until the end of March.
"""),
        must_have=[
            "Every Monday morning, volunteers collect water samples at seven spots and drop them at a laboratory in Coffs Harbour for testing.",
            "The results are posted on signs at each swimming hole and online by Wednesday, with a green, amber or red rating for each site.",
        ]),
]

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES



# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "ninety-fourth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Daabaaru '12 juillet 2024' with ABP's '12 juil. 2024' dateline "
    "and Bénin Web TV '12 juillet 2024 à 16h05' (newsbeam stamp 15:05Z = 16:05 in Benin, UTC+1; the story's 'mercredi' is the "
    "day the pump was handed over, two days before); Jumhuriyat '06.09.2024' (day first) with Khovar's '06.09.2024' dateline and "
    "Imruz '06.09.2024 11:20' (news-please's 06:20 is UTC, 11:20 in Tajikistan, UTC+5); El Alteño '15 de agosto de 2024' (-04:00) "
    "with ABI's '15 ago' dateline and Bolivia TV '15 de agosto de 2024'; Kimberley Echo 'Tue, 11 June 2024 4:30PM' (both copies; "
    "the re-scrape's 'Updated Wed, 12 June 2024 9:05AM' is not the first-publication date; the clean-up was the Saturday "
    "before); Lakbima '2024 ඔක්තෝබර් 14 සඳුදා' (year, month name, day, weekday: Monday 14 October); Egemen Qazaqstan '16.04.2024' "
    "(day first); Kullħadd 'Il-Ħadd, 14 ta' Lulju 2024' (Maltese: Sunday 14 July, the weekly's Sunday issue); The City Review "
    "'March 19, 2024'; Informative 'September 12, 2024'; Fenui '22 November 2024'; Kairi FM 'February 8, 2024'; Koillissanomat "
    "'3.12.2024 16:40' (day first), not 'Päivitetty 4.12.2024 8:15' (updated); Engadiner Post 'Dienstag, 14. Januar 2025'; Le "
    "Journal du Centre 'Publié le 27/06/2024 à 18h00' (day first; the inauguration was the Saturday before); Longford Leader '22 "
    "May 2024 4:45 PM'; Bhorer Kagoj 'প্রকাশিত: ১২ মার্চ ২০২৪, ১১:২০ এএম' (Bengali numerals: 12 March 2024, 11:20 am, +06:00); "
    "Anguilla Focus 'May 30, 2024' (the test was the Wednesday before); BES-reporter '18 oktober 2024' (-04:00); Corporate "
    "Maldives 'August 6, 2024'; Feilding Herald '12 Dec, 2024 10:00 AM' (+13:00, New Zealand summer time; the splash pad opened "
    "the Saturday before); Kwezi '9 octobre 2024' (news-please's 06:30 is UTC, 09:30 in Mayotte, UTC+3); e-Global '25 de junho de "
    "2024' (Bissau is UTC+0); Bicol Mail 'June 11, 2024' (news-please's '2024-06-10 23:40' is UTC; the Philippines is UTC+8, so the "
    "page's own day is the 11th); Diario del Huila '23 de abril de 2024'; Cambrian News 'Wednesday 18 September 2024 7:00 am'; "
    "Kiribati Newstar '27 February 2024'; CNC3 'April 16, 2024' (the newsbeam stamp 2024-04-17T01:20Z is UTC; Trinidad is UTC-4, "
    "so the 16th); Bellingen Courier-Sun 'November 21, 2024' (news-please's '2024-11-20 20:30' is UTC; New South Wales is UTC+11 in "
    "November, so the 21st)",
    "dateline_city": "wire datelines: ABP 'Natitingou, 12 juil. 2024 (ABP) - ' -> 'Natitingou' (city, abbreviated date with the "
    "year, agency in brackets; the village is in Perma arrondissement of Natitingou commune; both copies); Khovar 'КӮЛОБ, "
    "06.09.2024 /АМИТ «Ховар»/. ' -> 'Kŭlob' (Tajik capitals, numeric date, the agency's Tajik name 'АМИТ «Ховар»' between "
    "slashes; GeoNames' main name keeps the breve, as earlier sets keep 'Rājkot'; both copies); ABI 'Copacabana, 15 ago (ABI).- ' "
    "-> 'Copacabana' (the Bolivian town on Lake Titicaca, country BO, not the Rio de Janeiro neighbourhood; the ferry crosses the "
    "Tiquina strait on the road to it; both copies). Staff datelines: The City Review 'JUBA – ' -> 'Juba'; Anguilla Focus 'THE "
    "VALLEY, Anguilla – ' -> 'The Valley' (the article is part of the name; the territory after it is not); BES-reporter "
    "'ORANJESTAD - ' -> 'Oranjestad' (the capital of Sint Eustatius, country BQ, not Aruba's capital of the same name); Bicol "
    "Mail 'NAGA CITY — ' -> 'Naga' (GeoNames' main name for the city in Camarines Sur, without 'City'; the lead's 'east of "
    "this city' refers to it). Not datelines: Lakbima's 'නිමල් ජයසිංහ - ගල්නෑව' names the reporter's town in the byline block "
    "(as Bhutan Times' 'Name | Wangdue' in dev_set95); Egemen Qazaqstan's closing 'ҚЫЗЫЛОРДА ОБЛЫСЫ' (Kyzylorda region) is the "
    "correspondent's region under the signature; Le Journal du Centre's 'Varzy (58)' is a kicker naming the commune and its "
    "département number; Bhorer Kagoj's 'চাঁপাইনবাবগঞ্জ প্রতিনিধি' is a desk byline. All records without a dateline have "
    "dateline_city null and take the country of the story's location",
    "country": "Natitingou (Perma) BJ; Kŭlob TJ (asia); Copacabana and the Tiquina strait BO; Kununurra (Western Australia) AU; "
    "Galnewa (Anuradhapura district) LK; Tastubek and the Small Aral (Aral district, Kyzylorda region) KZ (asia); Qawra MT; "
    "Juba SS (africa); Ha Khoarai (Roma valley) LS; Funafuti TV (oceania); Wotten Waven DM (americas); Kuusamo FI; Sils "
    "(Engadin) CH; Varzy (Nièvre) FR; Cloondara (Co. Longford) IE; Chapainawabganj BD; The Valley AI (americas); Oranjestad BQ "
    "(Sint Eustatius; the Caribbean Netherlands' own ISO code, americas); Fenfushi (Alif Dhaal) MV (asia); Feilding NZ; "
    "Mamoudzou YT (Mayotte's own ISO code, africa, UN M49 Eastern Africa); Cacheu GW; Naga PH; Pitalito (Huila) CO; "
    "Llangrannog (Ceredigion) GB; Bikenibeu (South Tarawa) KI (oceania); Aranguez TT (americas); Bellingen (New South Wales) AU",
    "agency": "Daabaaru and Bénin Web TV carry ABP (Agence Bénin Presse: '(ABP)' dateline, 'Source : ABP' line, crawler author "
    "'ABP'); Jumhuriyat and Imruz carry Khovar (the National Information Agency of Tajikistan, 'АМИТ «Ховар»' in Tajik: dateline, "
    "'Манбаъ: АМИТ «Ховар»' / 'Манбаъ: Ховар' = source line, news-please author 'Ховар'; labelled 'Khovar' as earlier sets "
    "label it); El Alteño and Bolivia TV carry ABI (Agencia Boliviana de Información: dateline, the agency's full name as El "
    "Alteño's byline and JSON-LD author, 'Fuente: ABI', trafilatura author 'ABI'). All other records are staff copy (agency "
    "null): Kairi FM's 'Kairi FM News', BES-reporter's 'Door Redactie', Diario del Huila's 'Redacción Diario del Huila' and Bhorer "
    "Kagoj's district correspondent are the outlets' own desks; the institutions credited for photographs (Department of "
    "Disaster Management, Openbaar Lichaam Sint Eustatius, FENAKA) are not wires; El Alteño's 'Foto: ABI' is a photo credit of "
    "the same agency whose story it is",
    "authors": "ABP, Khovar and ABI copies name no writer ('ABP', 'Ховар', 'ABI' and 'Agencia Boliviana de Información' in "
    "byline and author fields are agencies); Kimberley Echo 'Ellie Haskins | Kimberley Echo' -> 'Ellie Haskins' (the masthead "
    "after the bar is not part of the name; both copies; also the photographer); Lakbima 'නිමල් ජයසිංහ - ගල්නෑව' -> 'නිමල් "
    "ජයසිංහ' in Sinhala script (the town after the dash is not part of the name); Egemen Qazaqstan's closing signature 'Ерлан "
    "ЖАҚСЫЛЫҚОВ,' (surname in capitals, then the paper and the region) -> 'Ерлан Жақсылықов' in natural case, Cyrillic; Kullħadd "
    "'Minn Clayton Attard' ('minn' = by) -> 'Clayton Attard'; The City Review 'By Achol Mabior'; Informative \"By 'Mathabo "
    "Letsie\" -> \"'Mathabo Letsie\" (the leading apostrophe is part of the Sesotho name, as in 'Mamello, 'Mathabo); Fenui "
    "'Story & photos: Semi Malaki' -> 'Semi Malaki'; Koillissanomat 'Riikka Ahonen' (bare name; also the photographer); "
    "Engadiner Post 'Mirjam Caduff' (also the photographer); Le Journal du Centre 'Marion Bessard' (also the photographer); "
    "Longford Leader 'Reporter: Aoife Kenny' -> 'Aoife Kenny' (the 'Email:' line under it is contact chrome); Anguilla Focus 'By "
    "Shermaine Hodge'; Corporate Maldives 'By Mariyam Nisha'; Feilding Herald 'Aroha Pene' (also the photographer); Kwezi 'Par "
    "Faïza Madi'; e-Global 'Por Aissatu Baldé'; Bicol Mail 'By Rhea Belmonte'; Cambrian News 'By Cerys Lewis'; Kiribati Newstar "
    "'By Tearoa Iotebwa'; CNC3 'Kerwin Rampersad | CNC3 News' -> 'Kerwin Rampersad' (the newsroom after the bar is not part of "
    "the name); Bellingen Courier-Sun 'Meg Cawley'. No writer: Kairi FM ('Kairi FM News' is the station's desk), Bhorer Kagoj "
    "('চাঁপাইনবাবগঞ্জ প্রতিনিধি' = Chapainawabganj correspondent, the Bangladeshi press's unnamed district byline), BES-reporter "
    "('Door Redactie' = by the editorial staff), Diario del Huila ('Redacción Diario del Huila', the desk, also its trafilatura "
    "author). Photographers ('Mark Zammit Cordina', 'Padraig Quinn') and people quoted in the stories are not authors",
    "editors": "no record names a story editor",
    "caption_credit": "credits without their wrapper: Kimberley Echo 'Credit: Ellie Haskins/Kimberley Echo' -> 'Ellie "
    "Haskins/Kimberley Echo' (name and masthead as printed, as earlier sets keep 'Marisa Kwan/The Northern View'; both copies); "
    "Kullħadd 'Ritratt: Mark Zammit Cordina' ('ritratt' = photograph) -> 'Mark Zammit Cordina'; Koillissanomat 'Kuva: Riikka "
    "Ahonen' ('kuva' = picture) -> 'Riikka Ahonen'; El Alteño 'Foto: ABI' -> 'ABI'; Engadiner Post 'Foto: Mirjam Caduff' -> "
    "'Mirjam Caduff'; Le Journal du Centre 'Photo Marion Bessard' (the Centre France formula, no colon) -> 'Marion Bessard'; "
    "Longford Leader 'Photo: Padraig Quinn' -> 'Padraig Quinn'; Anguilla Focus '(Photo: Department of Disaster Management)' -> "
    "'Department of Disaster Management'; BES-reporter 'Foto: Openbaar Lichaam Sint Eustatius' -> 'Openbaar Lichaam Sint "
    "Eustatius' (the island's public body, as printed); Corporate Maldives 'Photo: FENAKA' -> 'FENAKA'; Feilding Herald 'Photo / "
    "Aroha Pene' (NZME's slash formula) -> 'Aroha Pene'. Diario del Huila's caption line inside the trafilatura text 'Un "
    "caficultor revisa el pluviómetro instalado en su finca en Pitalito. Foto: Diario del Huila' -> caption without the credit, "
    "credit 'Diario del Huila' (the paper's own name as printed; as Il Secolo XIX's in dev_set12). Fenui's 'Story & photos:' "
    "byline credits photographs but the page prints no caption, so caption and credit are null. Records without a photo caption "
    "have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: El Alteño 'Nacional', Engadiner Post "
    "'Oberengadin', Le Journal du Centre 'Clamecy' (the local edition page the story is filed under; its kicker 'Varzy (58)' is "
    "not the section), Longford Leader 'News', Bhorer Kagoj 'সারাদেশ' (countrywide), Anguilla Focus 'Local News', BES-reporter "
    "'Sint Eustatius', Corporate Maldives 'Infrastructure', Feilding Herald 'Local News', CNC3 'Local'; trafilatura records take "
    "their first category (Bolivia TV 'Nacional', Diario del Huila 'Regional', Cambrian News 'News', Kiribati Newstar 'News'); "
    "news-please, plain text and newsbeam text records have none (head lines such as 'Société', 'Ҷомеа', 'පුවත්', 'Аймақтар', "
    "'Aħbarijiet', 'News', 'Local News', 'Uutiset', 'Provincial News' and 'Sociedade' are chrome, not a section)",
    "language": "'fr' French (two ABP copies, Le Journal du Centre, Kwezi in Mayotte); 'tg' Tajik in Cyrillic (two Khovar copies); "
    "'es' Spanish (two ABI copies, Diario del Huila); 'si' Sinhala in Sinhala script; 'kk' Kazakh in Cyrillic; 'mt' Maltese; 'fi' "
    "Finnish; 'de' Swiss Standard German (Engadiner Post, 'ss' for 'ß'); 'bn' Bengali in Bengali script; 'nl' Dutch (Sint "
    "Eustatius); 'pt' Portuguese (Guinea-Bissau); all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates, "
    "advertisement labels, a public-notice insert, a reading time, a kicker, related-story lines and boxes, tag lists, most-read "
    "rails, newsletter, WhatsApp, radio and TV promos, reporter contact lines (the Longford Leader 'Email:' line), update lines "
    "('Updated ...', 'Päivitetty ...'), wire source lines ('Source : ABP', 'Манбаъ: АМИТ «Ховар»', 'Манбаъ: Ховар', 'Fuente: ABI'), "
    "Egemen Qazaqstan's three-line closing signature, publisher and ownership lines ('Seven West Media', 'Gammeter Media AG', "
    "'Iconic Media', 'NZME', 'Australian Community Media'), copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (ABP and Khovar in the plain batch, ABI in the gzipped "
    "batch) and one staff page with a noisy gzipped re-scrape (Kimberley Echo: curly quotes, NBSP, hard wraps, CRLF, an added "
    "'Updated' line); all other records are singles",
    "publishers": "per publisher, the fields' conventions: Daabaaru (text, fr) and Bénin Web TV (newsbeam text, fr): ABP copy, "
    "'City, DD mmm. YYYY (ABP) -' dateline, no writer; Jumhuriyat (text, tg) and Imruz (news-please, tg): Khovar copy, 'CITY, "
    "DD.MM.YYYY /АМИТ «Ховар»/.' dateline, no writer; El Alteño (HTML gz, es) and Bolivia TV (trafilatura, es): ABI copy, 'City, "
    "DD mmm (ABI).-' dateline, agency byline, no writer; Kimberley Echo (text and re-scrape, en): staff, 'Name | Masthead' "
    "byline, 'Credit: Name/Masthead'; Lakbima (text, si, 'Name - Town'), Egemen Qazaqstan (text, kk, closing signature), "
    "Kullħadd (text, mt, 'Minn', 'Ritratt:'), The City Review (text, en, 'JUBA –' dateline), Informative (text, en, apostrophe "
    "name), Fenui (text, en, 'Story & photos:'), Kairi FM (text, en, desk), Koillissanomat (text, fi, 'Päivitetty' line, 'Kuva:'): "
    "staff; Engadiner Post (HTML, de, consent wall), Le Journal du Centre (HTML, fr, kicker 'Town (58)', 'Photo NAME'), Longford "
    "Leader (HTML, en, 'Reporter:' and 'Email:'), Bhorer Kagoj (HTML, bn, district-correspondent byline, no JSON-LD), Anguilla "
    "Focus (HTML, en, 'THE VALLEY, Anguilla –' dateline, JSON-LD @graph), BES-reporter (HTML, nl, 'ORANJESTAD -' dateline, 'Door "
    "Redactie'), Corporate Maldives (HTML, en), Feilding Herald (HTML, en, 'Photo / NAME'): staff; Kwezi, e-Global, Bicol Mail "
    "(news-please, fr/pt/en; Bicol Mail 'NAGA CITY —' dateline): staff; Diario del Huila (trafilatura, es, desk, caption line in "
    "the text), Cambrian News, Kiribati Newstar (trafilatura, en): staff; CNC3 (newsbeam html, en, 'Name | CNC3 News') and "
    "Bellingen Courier-Sun (news-please, en): staff",
}

PLACEHOLDERS = {"abp", "agence bénin presse", "daabaaru", "bénin web tv", "khovar", "ховар", "амит «ховар»", "ҷумҳурият",
                "jumhuriyat", "имрӯз", "imruz", "abi", "agencia boliviana de información", "el alteño", "bolivia tv",
                "kimberley echo", "seven west media", "ලක්බිම", "lakbima", "egemen qazaqstan", "«egemen qazaqstan»",
                "kullħadd", "the city review", "city review", "informative", "informative newspaper", "fenui", "kairi fm",
                "kairi fm news", "koillissanomat", "engadiner post", "gammeter media ag", "le journal du centre",
                "journal du centre", "longford leader", "iconic media", "ভোরের কাগজ", "bhorer kagoj",
                "চাঁপাইনবাবগঞ্জ প্রতিনিধি", "প্রতিনিধি", "anguilla focus", "department of disaster management",
                "bes-reporter", "redactie", "corporate maldives", "fenaka", "feilding herald", "nzme", "kwezi", "e-global",
                "bicol mail", "diario del huila", "redacción diario del huila", "cambrian news", "kiribati newstar", "cnc3",
                "cnc3 news", "bellingen courier-sun", "australian community media", "openbaar lichaam sint eustatius"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
