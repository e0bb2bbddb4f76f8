#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventy-sixth development set (bench/dev_set76/, first written as the seventy-third held-out set).

    .venv/bin/python bench/dev_set76/_generate.py

Writes ``bench/dev_set76/articles/*`` and ``bench/dev_set76/labels.json`` (next to this
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
bench/dev_set75/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout73_2025-a.jsonl"
JSONL_B = "crawl_holdout73_2025-b.jsonl.gz"


# ---- cluster: PAP, Nowy Sącz (Radio Kraków scrape + copy on Sądeczanin in the plain batch) ----

PAP = rec(
    cluster="pap-nowy-sacz-osuwisko",
    title="Osuwisko w Nowym Sączu. Ewakuowano mieszkańców sześciu domów",
    date="2025-06-24",
    dateline="Nowy Sącz (PAP) - ",
    city="Nowy Sącz",
    country="PL",
    region="europe",
    agency="PAP",
    lang="pl",
    description="Ziemia przesunęła się o półtora metra w ciągu doby.",
    paras=P("""
Sześć domów przy ul. Zielonej w Nowym Sączu zostało w nocy z poniedziałku na wtorek ewakuowanych po tym, jak ruszyło zbocze nad potokiem Łubinka.

Jak poinformował rzecznik prezydenta miasta Tomasz Rybka, z budynków wyprowadzono 23 osoby, w tym pięcioro dzieci.

Część mieszkańców znalazła schronienie u rodzin, a dla pozostałych miasto przygotowało miejsca w bursie szkolnej przy ul. Jamnickiej.

Strażacy z Państwowej Straży Pożarnej zabezpieczyli teren taśmami i odcięli dopływ gazu do zagrożonych budynków.

Na miejscu pracuje geolog powiatowy, który ocenia, czy osuwisko może się dalej przesuwać.

Według wstępnych pomiarów masy ziemi przemieściły się o około półtora metra w ciągu doby.

Przyczyną są intensywne opady deszczu, które od tygodnia nawiedzają Sądecczyznę i Podhale.

Instytut Meteorologii i Gospodarki Wodnej utrzymuje dla powiatu nowosądeckiego ostrzeżenie drugiego stopnia przed ulewami.

Osuwisko przy ul. Zielonej było już obserwowane po ulewach w 2019 roku, ale od tamtej pory nie odnotowano tam większych ruchów ziemi.

Władze miasta zapowiedziały, że decyzja o powrocie mieszkańców zapadnie po ekspertyzie, nie wcześniej niż w piątek.
"""),
    must_have=[
        "Strażacy z Państwowej Straży Pożarnej zabezpieczyli teren taśmami i odcięli dopływ gazu do zagrożonych budynków.",
        "Według wstępnych pomiarów masy ziemi przemieściły się o około półtora metra w ciągu doby.",
    ],
)

# ---- cluster: WAM, Khor Fakkan (Sky News Arabia page + copy on Sharjah24 in the plain batch) ----

WAM = rec(
    cluster="wam-khor-fakkan-wadi-rescue",
    title="الدفاع المدني ينقذ 14 شخصاً احتجزتهم السيول في وادي شيص بخورفكان",
    date="2025-02-12",
    dateline="خورفكان في 12 فبراير / وام / ",
    city="Khawr Fakkān",
    country="AE",
    region="asia",
    agency="WAM",
    lang="ar",
    description="فرق الإنقاذ تعاملت مع بلاغات عدة بعد هطول أمطار غزيرة على المنطقة الشرقية.",
    paras=P("""
تمكنت فرق الدفاع المدني في الشارقة من إنقاذ 14 شخصاً، بينهم ستة أطفال، احتجزتهم مياه السيول في وادي شيص بمدينة خورفكان مساء أمس إثر هطول أمطار غزيرة على المنطقة الشرقية.

وقال العقيد سالم راشد الكتبي مدير مركز الدفاع المدني في خورفكان إن غرفة العمليات تلقت البلاغ الأول عند الساعة السادسة مساء من عائلة علقت مركبتها في مجرى الوادي.

وأوضح أن الفرق استخدمت قوارب مطاطية وحبال إنقاذ للوصول إلى المحتجزين، فيما قدمت فرق الإسعاف الوطني الرعاية الأولية لثلاثة منهم في الموقع.

ولم تسجل أي إصابات خطيرة، وجرى نقل طفلين إلى مستشفى خورفكان للاطمئنان على حالتهما الصحية.

وأشار إلى أن بعض السائقين تجاهلوا لوحات التحذير ودخلوا الوادي رغم ارتفاع منسوب المياه.

ودعت القيادة العامة لشرطة الشارقة الجمهور إلى الابتعاد عن مجاري الأودية وأماكن تجمع المياه، وعدم المجازفة بعبورها بالمركبات.

وكان المركز الوطني للأرصاد قد أصدر تنبيهاً برتقالياً لمناطق الساحل الشرقي بسبب احتمال تكون السحب الركامية.

وأكدت الجهات المختصة أن فرق الطوارئ ستبقى في حالة جاهزية حتى انتهاء الحالة الجوية المتوقعة مساء الخميس.

كما أغلقت البلدية الطريق المؤدي إلى الوادي مؤقتاً إلى حين انحسار المياه وإزالة الصخور التي جرفتها السيول.
"""),
    must_have=[
        "ولم تسجل أي إصابات خطيرة، وجرى نقل طفلين إلى مستشفى خورفكان للاطمئنان على حالتهما الصحية.",
        "وكان المركز الوطني للأرصاد قد أصدر تنبيهاً برتقالياً لمناطق الساحل الشرقي بسبب احتمال تكون السحب الركامية.",
    ],
)

# ---- cluster: Hindusthan Samachar, Mandi (Naidunia gzipped page + copy on Webdunia in the gzipped batch) ----

HS = rec(
    cluster="hs-mandi-cloudburst",
    title="मंडी में बादल फटने से तीन गांवों में तबाही, 11 लोग लापता",
    date="2025-08-19",
    dateline="मंडी, 19 अगस्त (हि.स.)। ",
    city="Mandi",
    country="IN",
    region="asia",
    agency="Hindusthan Samachar",
    authors=["राकेश ठाकुर"],
    lang="hi",
    description="एनडीआरएफ और एसडीआरएफ की टीमें खोज अभियान में जुटी हैं।",
    paras=P("""
हिमाचल प्रदेश के मंडी जिले के धर्मपुर उपमंडल में मंगलवार तड़के बादल फटने से तीन गांवों में भारी तबाही हुई है और 11 लोग लापता बताए जा रहे हैं।

जिला प्रशासन के अनुसार बादल फटने के बाद नाले में अचानक आई बाढ़ में नौ मकान, दो गोशालाएं और एक पुलिया बह गई।

उपायुक्त अपूर्व देवगन ने बताया कि एनडीआरएफ, एसडीआरएफ और पुलिस की टीमें सुबह से खोज एवं बचाव अभियान चला रही हैं।

अब तक 37 लोगों को सुरक्षित निकालकर पास के सरकारी स्कूल में बनाए गए राहत शिविर में पहुंचाया गया है।

लापता लोगों में चार बच्चे भी शामिल हैं, जिनकी तलाश के लिए खोजी कुत्तों की मदद ली जा रही है।

भूस्खलन के कारण धर्मपुर-मंडी सड़क कई जगह बंद है, जिससे राहत सामग्री पहुंचाने में दिक्कत आ रही है।

मौसम विभाग ने मंडी, कुल्लू और कांगड़ा जिलों में अगले 48 घंटों के लिए भारी बारिश का ऑरेंज अलर्ट जारी किया है।

प्रशासन ने लोगों से नदी-नालों के किनारे न जाने और अनावश्यक यात्रा से बचने की अपील की है।

प्रभावित परिवारों को तत्काल राहत के रूप में दस-दस हजार रुपये की राशि दी जा रही है।
"""),
    must_have=[
        "अब तक 37 लोगों को सुरक्षित निकालकर पास के सरकारी स्कूल में बनाए गए राहत शिविर में पहुंचाया गया है।",
        "भूस्खलन के कारण धर्मपुर-मंडी सड़क कई जगह बंद है, जिससे राहत सामग्री पहुंचाने में दिक्कत आ रही है।",
    ],
)

# ---- cluster: Northland Age, page + noisy re-scrape ----

NA = rec(
    cluster="northlandage-ahipara-kayaker-search",
    title="Search for missing kayaker off Ahipara scaled back after four days",
    date="2025-01-23",
    country="NZ",
    region="oceania",
    authors=["Aroha Kingi"],
    lang="en",
    caption="Coastguard volunteers launch from Ahipara beach on Tuesday.",
    credit="Aroha Kingi",
    paras=P("""
Police have scaled back the search for a kayaker missing off Ahipara since Sunday, saying the chance of finding him alive is now very small.

The 54-year-old Kaitaia man set off from the southern end of Ninety Mile Beach early on Sunday to fish near Tauroa Point.

His family raised the alarm when he had not returned by dark, and his vehicle and trailer were found at the boat ramp.

Coastguard Kaitaia, the Northland Electricity rescue helicopter and local iwi volunteers have searched more than 300 square kilometres of sea and coastline.

A paddle and a green dry bag were found on rocks north of Shipwreck Bay on Tuesday afternoon.

Senior Sergeant Rangi Mahanga said the decision to scale back the search had been made with the family.

He said the shoreline would still be checked every day and anyone walking the beach should report items that could belong to the man.

Local fishermen said swells of up to four metres had made conditions dangerous since the weekend.

Coastguard Northern Region reminded kayakers to carry two forms of waterproof communication and to wear a lifejacket at all times.
"""),
    must_have=[
        "A paddle and a green dry bag were found on rocks north of Shipwreck Bay on Tuesday afternoon.",
        "Local fishermen said swells of up to four metres had made conditions dangerous since the weekend.",
    ],
)
NA_PRE = ["Northland Age", "News", "Far North", "Sport", "Opinion", "Lifestyle", "Subscribe"]
NA_HEAD = ["Aroha Kingi", "Reporter \u00b7 Northland Age", "23 Jan, 2025 04:00 AM", "3 mins to read"]
NA_CAP = ["Coastguard volunteers launch from Ahipara beach on Tuesday. Photo / Aroha Kingi"]
NA_TAIL = [["Aroha Kingi is a Far North-based reporter for the Northland Age."],
           ["Share this article"], ["Latest from Northland"],
           ["Kaitaia College students head to national kapa haka finals"],
           ["\u00a9 Copyright 2025 NZME Publishing Limited"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Northland Age (NZ): original of the re-scrape cluster; NZME name / role / time-to-read lines, 'Photo /' in the caption line.
    dict(NA, role="original", file="northlandage_ahipara_kayaker.txt", render="text",
         pre=[NA_PRE], head=[NA_HEAD], cap_lines=NA_CAP,
         inserts={2: ["Advertisement"], 5: ["Read more:", "Far North beaches: lifeguards warn of rips over long weekend"]},
         tail=NA_TAIL),
    dict(NA, role="rescrape", file="northlandage_ahipara_kayaker_rescrape.txt.gz", render="text", noise=True,
         pre=[NA_PRE], head=[NA_HEAD], cap_lines=NA_CAP,
         tail=[["Subscribe to Premium"], *NA_TAIL]),
    # Radio Kraków (Poland): original of the PAP cluster; 'Nowy Sącz (PAP) -' dateline, '(PAP)' line, 'Źródło: PAP'.
    dict(PAP, role="original", file="radiokrakow_pap_nowy_sacz_osuwisko_pl.txt", render="text",
         pre=[["Radio Kraków", "Wiadomości", "Małopolska", "Sport", "Kultura", "Podcasty", "Słuchaj na żywo"]],
         head=[["24.06.2025 10:42"]],
         inserts={2: ["Reklama"], 5: ["Czytaj także:", "Podtopienia w powiecie limanowskim. Strażacy interweniowali 40 razy"]},
         tail=[["(PAP)"], ["Źródło: PAP"], ["Udostępnij"], ["Zobacz także"], ["Radio Kraków Małopolska 101,6 FM"],
               ["\u00a9 Radio Kraków S.A. 2025"]]),
    # PressAfrik (Senegal, French): APS copy, 'Tambacounda, 8 mars (APS) –' dateline, APS initials sign-off.
    rec(cluster="pressafrik-aps-tambacounda-accident", role="single", file="pressafrik_aps_tambacounda_accident_fr.txt", render="text",
        title="Tambacounda : une collision entre un bus et un camion fait sept morts sur la RN1",
        date="2025-03-08", dateline="Tambacounda, 8 mars (APS) \u2013 ", city="Tambacounda", country="SN", region="africa",
        lang="fr", agency="APS",
        pre=[["PressAfrik", "Actualité", "Politique", "Société", "Économie", "Sport", "International", "Vidéos"]],
        head=[["PressAfrik avec APS"], ["Samedi 8 Mars 2025 - 14:20"]],
        inserts={2: ["Publicité"], 5: ["A lire aussi :", "Kaffrine : un car prend feu, les passagers évacués à temps"]},
        tail=[["ADE/ASG"], ["Dans la même rubrique :"], ["Commentaires (3)"], ["Partager"], ["Les plus lus"],
              ["\u00a9 PressAfrik 2025 - Tous droits réservés"]],
        paras=P("""
Sept personnes ont été tuées et 22 autres blessées, samedi matin, dans une collision entre un bus de transport interurbain et un camion sur la route nationale numéro 1, à une quinzaine de kilomètres de Tambacounda, a appris l'APS de source sécuritaire.

Le bus, qui transportait une cinquantaine de passagers, avait quitté Dakar dans la nuit à destination de Kédougou.

Selon le commandant de la compagnie de gendarmerie de Tambacounda, le camion, chargé de ciment, aurait tenté un dépassement dans un virage.

Les sapeurs-pompiers ont évacué les blessés, dont huit dans un état grave, vers l'hôpital régional de Tambacounda.

Les corps des victimes ont été déposés à la morgue de la même structure sanitaire.

Le gouverneur de la région s'est rendu sur les lieux et a présenté les condoléances de l'État aux familles des victimes.

Il a appelé les chauffeurs de véhicules de transport à respecter les limitations de vitesse et les temps de repos.

Une enquête a été ouverte par la gendarmerie pour déterminer les causes exactes de l'accident.

Le tronçon entre Koumpentoum et Tambacounda est régulièrement cité parmi les plus accidentogènes du pays.
"""),
        must_have=[
            "Les sapeurs-pompiers ont évacué les blessés, dont huit dans un état grave, vers l'hôpital régional de Tambacounda.",
            "Une enquête a été ouverte par la gendarmerie pour déterminer les causes exactes de l'accident.",
        ]),
    # Peoples Gazette (Nigeria): NAN copy, 'Lokoja, Sept. 16, 2025 (NAN)' dateline without dash, NAN 'Edited by' footer.
    rec(cluster="peoplesgazette-nan-lokoja-flood", role="single", file="peoplesgazette_nan_lokoja_flood.txt", render="text",
        title="Flood: NEMA relocates 1,400 residents as Niger, Benue rivers rise in Lokoja",
        date="2025-09-16", dateline="Lokoja, Sept. 16, 2025 (NAN) ", city="Lokoja", country="NG", region="africa",
        lang="en", agency="NAN", editors=["Olawale Ajayi"],
        pre=[["Peoples Gazette", "News", "Politics", "Metro", "Business", "Opinion", "Gazette Investigations"]],
        head=[["By Gazette"], ["September 16, 2025"]],
        inserts={2: ["Advertisement"], 5: ["Also read: Kogi govt shuts schools in riverine communities"]},
        tail=[["(NAN)(www.nannews.ng)"], ["Edited by Olawale Ajayi"], ["Support independent journalism: donate to Peoples Gazette"],
              ["Share this:"], ["Related"], ["\u00a9 2025 Peoples Gazette. All rights reserved."]],
        paras=P("""
The National Emergency Management Agency (NEMA) says it has relocated about 1,400 residents of Adankolo, Ganaja and Gadumo communities in Lokoja as the Niger and Benue rivers continue to rise.

Mr Yusuf Abdullahi, the agency's head of operations in Kogi, told the News Agency of Nigeria (NAN) on Tuesday that the water level at the confluence had risen by almost a metre in one week.

He said the displaced persons were being housed in two camps at the Government Secondary School and a primary school on higher ground.

According to him, the agency has distributed mats, blankets, mosquito nets and food items to the camps.

Abdullahi said that boats had been stationed along the river banks to evacuate people who refused to leave their homes.

He urged residents of low-lying areas to move to safer places, warning that the release of water from dams upstream could worsen the situation.

A resident of Adankolo, Mrs Grace Onoja, told NAN that her family lost their farmland and two goats to the flood.

The Kogi State Emergency Management Agency said it was working with the Nigerian Red Cross to provide drinking water and toilets in the camps.

Part of the Lokoja-Abuja highway near Koton-Karfe was also reported to be under water, causing long traffic queues.
"""),
        must_have=[
            "According to him, the agency has distributed mats, blankets, mosquito nets and food items to the camps.",
            "Part of the Lokoja-Abuja highway near Koton-Karfe was also reported to be under water, causing long traffic queues.",
        ]),
    # Thinakkural (Sri Lanka, Tamil): staff, Tamil date line, no byline.
    rec(cluster="thinakkural-nuwara-eliya-landslide", role="single", file="thinakkural_nuwara_eliya_landslide_ta.txt", render="text",
        title="நுவரெலியாவில் மண்சரிவு அபாயம்: 42 குடும்பங்கள் பாதுகாப்பான இடங்களுக்கு வெளியேற்றம்",
        date="2024-11-27", country="LK", region="asia", lang="ta",
        pre=[["தினக்குரல்", "முகப்பு", "செய்திகள்", "பிராந்திய செய்திகள்", "உலகம்", "விளையாட்டு", "கட்டுரைகள்"]],
        head=[["நவம்பர் 27, 2024"], ["பகிர்க"]],
        inserts={2: ["விளம்பரம்"], 5: ["இதையும் படியுங்கள்:", "பதுளை மாவட்டத்தில் பாடசாலைகளுக்கு விடுமுறை"]},
        tail=[["தொடர்புடைய செய்திகள்"], ["அதிகம் வாசிக்கப்பட்டவை"], ["எமது செய்திகளை வாட்ஸ்அப்பில் பெற"],
              ["\u00a9 2024 தினக்குரல். அனைத்து உரிமைகளும் பாதுகாக்கப்பட்டவை."]],
        paras=P("""
நுவரெலியா மாவட்டத்தில் தொடர்ந்து பெய்து வரும் கனமழை காரணமாக மண்சரிவு அபாயம் நிலவும் பகுதிகளில் வசித்த 42 குடும்பங்கள் பாதுகாப்பான இடங்களுக்கு வெளியேற்றப்பட்டுள்ளன.

வலப்பனை மற்றும் ஹங்குரன்கெத்த பிரதேச செயலகப் பிரிவுகளில் உள்ள தோட்டக் குடியிருப்புகளைச் சேர்ந்த மக்களே இவ்வாறு வெளியேற்றப்பட்டுள்ளனர்.

தேசிய கட்டிட ஆராய்ச்சி நிறுவனம் விடுத்த சிவப்பு எச்சரிக்கையைத் தொடர்ந்து மாவட்ட அனர்த்த முகாமைத்துவ பிரிவு இந்த நடவடிக்கையை மேற்கொண்டது.

வெளியேற்றப்பட்ட 163 பேர் அருகிலுள்ள இரண்டு பாடசாலைகளிலும் ஒரு கோவில் மண்டபத்திலும் தற்காலிகமாக தங்க வைக்கப்பட்டுள்ளனர்.

அவர்களுக்கான சமைத்த உணவு மற்றும் குடிநீர் வசதிகளை பிரதேச செயலகம் வழங்கி வருகின்றது.

நேற்றிரவு பெய்த கடும் மழையால் ஒரு தோட்ட லயன் அறையின் பின்புறச் சுவர் இடிந்து விழுந்துள்ள போதிலும் எவருக்கும் காயம் ஏற்படவில்லை.

நுவரெலியா உடப்புசல்லாவை வீதியில் பல இடங்களில் மண் மேடுகள் சரிந்து வீழ்ந்ததால் போக்குவரத்து சில மணி நேரம் பாதிக்கப்பட்டது.

வீதி அபிவிருத்தி அதிகார சபையின் ஊழியர்கள் இயந்திரங்களின் உதவியுடன் மண்ணை அகற்றும் பணியில் ஈடுபட்டுள்ளனர்.

மலையகப் பகுதிகளில் அடுத்த இரண்டு நாட்களுக்கு 150 மில்லிமீற்றருக்கும் அதிகமான மழை பெய்யக்கூடும் என வளிமண்டலவியல் திணைக்களம் எதிர்வு கூறியுள்ளது.

மலைச் சரிவுகளில் வெடிப்புகள் அல்லது நீர் ஊற்றுகள் தென்பட்டால் உடனடியாக கிராம சேவகருக்கு அறிவிக்குமாறு மக்கள் கேட்டுக்கொள்ளப்பட்டுள்ளனர்.

பாதிக்கப்பட்ட குடும்பங்களுக்கு நிவாரணம் வழங்குவது தொடர்பாக மாவட்ட செயலாளர் தலைமையில் இன்று விசேட கூட்டம் ஒன்று நடைபெறவுள்ளது.

கடந்த ஆண்டும் இதே பகுதியில் ஏற்பட்ட மண்சரிவில் மூன்று வீடுகள் முற்றாக சேதமடைந்தமை குறிப்பிடத்தக்கது.
"""),
        must_have=[
            "அவர்களுக்கான சமைத்த உணவு மற்றும் குடிநீர் வசதிகளை பிரதேச செயலகம் வழங்கி வருகின்றது.",
            "வீதி அபிவிருத்தி அதிகார சபையின் ஊழியர்கள் இயந்திரங்களின் உதவியுடன் மண்ணை அகற்றும் பணியில் ஈடுபட்டுள்ளனர்.",
        ]),
    # Sligo Champion (Ireland): staff, Mediahuis Ireland layout, 'Tue 14 May 2024 at 18:12' date.
    rec(cluster="sligochampion-benbulben-walker-rescue", role="single", file="sligochampion_benbulben_rescue.txt", render="text",
        title="Injured walker stretchered off Benbulben in five-hour night rescue",
        date="2024-05-14", country="IE", region="europe", lang="en", authors=["Ciara Gilmartin"],
        pre=[["Sligo Champion", "News", "Sport", "Farming", "Community Notes", "Property", "Death Notices"]],
        head=[["Ciara Gilmartin"], ["Tue 14 May 2024 at 18:12"], ["Subscribe", "Sign in"]],
        inserts={2: ["Advertisement"], 5: ["Also in News"]},
        tail=[["Follow the Sligo Champion on Facebook and Instagram"], ["Most Read"], ["Today's News in 90 Seconds"],
              ["\u00a9 Mediahuis Ireland Group Limited"], ["Terms and Conditions"]],
        paras=P("""
A walker who broke her ankle near the summit plateau of Benbulben was carried down the mountain in a rescue that lasted more than five hours on Monday night.

The woman, who is in her sixties and from the midlands, was walking with two friends when she slipped on wet rock at about 6pm.

Her companions rang 112 and were able to give rescuers their location using a phone app.

Sligo Leitrim Mountain Rescue Team sent 22 volunteers, who reached the group shortly after 8pm as cloud came down over the mountain.

The Irish Coast Guard helicopter Rescue 118 was tasked from Sligo Airport but could not land because of low cloud and strong gusts.

Team members splinted the injured ankle and carried the woman on a stretcher for almost three kilometres over boggy ground.

She was handed to the National Ambulance Service at the car park at about 11.30pm and taken to Sligo University Hospital.

A spokesperson for the team thanked local farmers who allowed vehicles to use a private track.

The team has been called out 19 times so far this year, compared with 11 at the same point last year.
"""),
        must_have=[
            "The Irish Coast Guard helicopter Rescue 118 was tasked from Sligo Airport but could not land because of low cloud and strong gusts.",
            "She was handed to the National Ambulance Service at the car park at about 11.30pm and taken to Sligo University Hospital.",
        ]),
    # News Diggers! (Zambia): staff, one-line 'By X on <date>' byline.
    rec(cluster="newsdiggers-kitwe-chisokone-fire", role="single", file="newsdiggers_kitwe_market_fire.txt", render="text",
        title="Fire guts 80 stalls at Kitwe's Chisokone market",
        date="2024-08-12", country="ZM", region="africa", lang="en", authors=["Chanda Mwila"],
        pre=[["News Diggers!", "Home", "News", "Business", "Opinion", "Editorials", "Subscribe to our ePaper"]],
        head=[["By Chanda Mwila on August 12, 2024"]],
        inserts={2: ["Advertisement"], 5: ["RELATED: Council demolishes illegal stands in Nkana East"]},
        tail=[["Share this:", "Click to share on Facebook", "Click to share on WhatsApp"], ["Like this:"],
              ["Leave a Reply"], ["Your email address will not be published."], ["\u00a9 2024 News Diggers! All Rights Reserved."]],
        paras=P("""
More than 80 trading stalls were destroyed when fire swept through a section of Chisokone market in Kitwe in the early hours of Sunday.

Traders said the fire started at about 02:00 hours in the second-hand clothes section and spread quickly because the stalls were built close together.

Kitwe City Council fire brigade sent three fire tenders, but firefighters said they struggled to reach the blaze through narrow passages blocked by goods.

No one was injured, but traders estimated that merchandise worth more than K2 million was lost.

Copperbelt Police Commissioner Peacewell Mweemba said investigations had been opened to establish the cause of the fire.

He said officers had been deployed to guard the market to prevent looting while assessments were made.

Mrs Mutinta Hangoma, who sold shoes at the market for 12 years, said she had lost all her stock and did not know how she would pay school fees.

Kitwe Mayor Mpasa Kamwi said the council would work with the Disaster Management and Mitigation Unit to help affected traders.

The market was last hit by a major fire in 2021, when more than 200 stalls were burnt.
"""),
        must_have=[
            "No one was injured, but traders estimated that merchandise worth more than K2 million was lost.",
            "He said officers had been deployed to guard the market to prevent looting while assessments were made.",
        ]),
    # The Oban Times (Scotland): staff, 'by' byline with role, 'Published:' date.
    rec(cluster="obantimes-glencoe-avalanche", role="single", file="obantimes_glencoe_avalanche.txt", render="text",
        title="Climbers rescued after avalanche in Glencoe's Coire nan Lochan",
        date="2025-02-04", country="GB", region="europe", lang="en", authors=["Iain MacColl"],
        pre=[["The Oban Times", "News", "Sport", "Lochaber", "Mull", "Islay", "Jobs", "Subscribe"]],
        head=[["by Iain MacColl, Lochaber reporter"], ["Published: 4 February 2025"]],
        cap_lines=[],
        inserts={3: ["Advertisement"], 6: ["Read more: Lochaber Mountain Rescue Team appeals for new base funds"]},
        tail=[["iain.maccoll@obantimes.co.uk"], ["Want to read more? Get the full Oban Times in print or digital edition."],
              ["Sign up to our newsletter"], ["Comments are closed."], ["\u00a9 Wyvex Media Limited 2025"]],
        paras=P("""
Two climbers were rescued on Monday after being caught in an avalanche in Coire nan Lochan in Glencoe.

The pair, both men in their thirties from central Scotland, were climbing a gully when a slab of snow broke away above them.

One of the men was carried about 150 metres down the slope and suffered leg and chest injuries.

His companion, who was not swept away, called 999 and gave police a grid reference.

Glencoe Mountain Rescue Team was called out shortly after 1pm, and the coastguard helicopter from Prestwick flew the injured man to Belford Hospital in Fort William.

His climbing partner walked off the hill with team members and was said to be cold but unhurt.

The Scottish Avalanche Information Service had rated the avalanche hazard in Glencoe as considerable on Monday after heavy snow and strong south-westerly winds.

A team spokesman said the group had been well equipped and that the slope had looked stable from below.

He urged winter climbers to read the daily avalanche report before setting out and to consider changing plans when the hazard rises.
"""),
        must_have=[
            "His climbing partner walked off the hill with team members and was said to be cold but unhurt.",
            "A team spokesman said the group had been well equipped and that the slope had looked stable from below.",
        ]),
    # Norrländska Socialdemokraten (Sweden, Swedish): TT copy, no dateline, 'Publicerad ... kl' date line.
    rec(cluster="nsd-tt-ice-rescue-lulealven", role="single", file="nsd_tt_isvak_sv.txt", render="text",
        title="Två skoteråkare räddades ur isvak på Luleälven",
        date="2025-03-21", country="SE", region="europe", lang="sv", agency="TT",
        pre=[["NSD", "Nyheter", "Luleå", "Boden", "Sport", "Kultur", "Logga in", "Prenumerera"]],
        head=[["TT"], ["Publicerad 21 mars 2025 kl 14.32", "Uppdaterad 21 mars 2025 kl 15.05"]],
        inserts={2: ["Annons"], 5: ["Läs också: Isvägen till Hindersöstallarna stängd"]},
        tail=[["Ämnen i artikeln"], ["Olyckor", "Luleå"], ["Dela artikeln"], ["NSD ingår i Norrmedia"],
              ["\u00a9 2025 Norrländska Socialdemokraten"]],
        paras=P("""
Två män räddades på fredagen ur en isvak på Luleälven sedan deras snöskoter gått genom isen strax utanför Gäddvik.

Enligt polisen larmade en förbipasserande bilist strax före klockan elva efter att ha sett männen i vattnet.

Räddningstjänsten i Luleå skickade en livräddningsbåt och personal med isräddningsutrustning till platsen.

Männen, som är i 40-årsåldern, lyckades hålla sig kvar vid iskanten tills räddningspersonalen nådde fram.

De fördes med ambulans till Sunderby sjukhus med misstänkt nedkylning men bedöms inte vara allvarligt skadade.

Snöskotern sjönk och ligger kvar på botten av älven, uppger räddningstjänsten.

Enligt räddningsledaren har isen på flera platser längs älven försvagats av milt väder och strömmande vatten under den senaste veckan.

Kommunen har tidigare i veckan varnat för svag is vid broar och i närheten av utlopp.

Räddningstjänsten uppmanar alla som rör sig på isen att bära isdubbar och flytväst och att aldrig färdas ensamma.

Det är den tredje isolyckan i Norrbotten sedan början av mars.
"""),
        must_have=[
            "De fördes med ambulans till Sunderby sjukhus med misstänkt nedkylning men bedöms inte vara allvarligt skadade.",
            "Kommunen har tidigare i veckan varnat för svag is vid broar och i närheten av utlopp.",
        ]),
    # Smart News Liberia: staff, 'Monrovia –' dateline, byline with e-mail.
    rec(cluster="smartnewsliberia-monrovia-fire-trucks", role="single", file="smartnewsliberia_monrovia_fire.txt", render="text",
        title="LNFS says only six fire trucks working as Monrovia records 40 fires in a month",
        date="2024-02-29", dateline="Monrovia \u2013 ", city="Monrovia", country="LR", region="africa", lang="en",
        authors=["Prince G. Wleh"],
        pre=[["Smart News Liberia", "Home", "News", "Politics", "Business", "Health", "Sports"]],
        head=[["By Prince G. Wleh | prince.wleh@smartnewsliberia.example.com"], ["February 29, 2024"]],
        inserts={2: ["- Advertisement -"], 5: ["Also Read: Fire destroys three homes in Paynesville"]},
        tail=[["Share on Facebook", "Tweet on Twitter"], ["RELATED ARTICLES"], ["MOST POPULAR"],
              ["Smart News Liberia \u2013 Independent, credible and balanced"], ["\u00a9 2024 Smart News Liberia"]],
        paras=P("""
The Liberia National Fire Service says it has only six working fire trucks to cover Montserrado County, where more than 40 fires were recorded in February alone.

Fire Service Director Col. Samuel K. Dahn told reporters on Wednesday that several other trucks had been parked for months because of lack of spare parts and tyres.

He said the shortage meant that firefighters often arrived late at fire scenes in communities such as Logan Town, New Kru Town and Gardnersville.

Col. Dahn said most of the fires were caused by illegal electricity connections, unattended candles and charcoal stoves.

He said the service needed at least 20 trucks and fire hydrants in major communities to respond quickly.

The director also appealed to residents to keep roads and alleys free so that fire trucks can pass.

A resident of Logan Town, Ma Korto Kollie, said her house burnt down last week while neighbours waited almost two hours for the fire service.

The Ministry of Justice, which oversees the fire service, said a request for new equipment had been included in the national budget.

Col. Dahn urged the public to call the emergency number 911 as soon as a fire is noticed.
"""),
        must_have=[
            "Col. Dahn said most of the fires were caused by illegal electricity connections, unattended candles and charcoal stoves.",
            "The director also appealed to residents to keep roads and alleys free so that fire trucks can pass.",
        ]),
    # Stornoway Gazette (Scotland): staff, coastguard search off Lewis, 'Published Xth Oct 2024, 15:30 BST' shape.
    rec(cluster="stornowaygazette-lewis-coastguard-search", role="single", file="stornowaygazette_lewis_search.txt", render="text",
        title="Coastguard search for fisherman missing off Lewis stood down",
        date="2024-10-08", country="GB", region="europe", lang="en", authors=["Mairi Morrison"],
        pre=[["Stornoway Gazette", "News", "Sport", "Community", "Jobs", "Announcements", "Subscribe"]],
        head=[["By Mairi Morrison"], ["Published 8th Oct 2024, 15:30 BST", "Updated 9th Oct 2024, 09:12 BST"]],
        inserts={2: ["Advertisement"], 5: ["Hide Ad"]},
        tail=[["Follow us on Facebook"], ["Related topics:", "HM CoastguardLewisStornoway"],
              ["Comment Guidelines"], ["National World Publishing Ltd. All rights reserved."]],
        paras=P("""
HM Coastguard has stood down the search for a fisherman reported missing off the west coast of Lewis after his boat was found empty on Monday.

The 8-metre creel boat was spotted drifting about two miles off Uig by another fishing vessel shortly after 11am.

Stornoway Coastguard Operations Centre sent the coastguard helicopter from Stornoway, the Stornoway RNLI lifeboat and coastguard teams from Uig and Breasclete.

The search covered more than 100 square miles of sea over two days but found no sign of the man.

Police Scotland said the man's family had been told and asked for their privacy to be respected.

Local fishermen joined the search in their own boats on Tuesday morning in calm but cold conditions.

The Western Isles Council convener said the community was in shock and offered support to the family.

Police said inquiries into the circumstances were continuing and that a report would be sent to the procurator fiscal.

Fishing industry groups have renewed calls for all crew working alone to wear personal locator beacons.
"""),
        must_have=[
            "The search covered more than 100 square miles of sea over two days but found no sign of the man.",
            "Local fishermen joined the search in their own boats on Tuesday morning in calm but cold conditions.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_SNA = site("سكاي نيوز عربية", "https://www.skynewsarabia.example.com", " | سكاي نيوز عربية", "ar_AE", "@skynewsarabia",
                ["الرئيسية", "الإمارات", "العالم العربي", "العالم", "اقتصاد", "رياضة", "فيديو"],
                ["\u00a9 2025 سكاي نيوز عربية. جميع الحقوق محفوظة", "من نحن", "اتصل بنا"],
                share=["شارك", "فيسبوك", "إكس"])
SITE_ND = site("नईदुनिया", "https://www.naidunia.example.com", " - Naidunia", "hi_IN", "@Naidunia",
               ["होम", "राष्ट्रीय", "मध्य प्रदेश", "छत्तीसगढ़", "विदेश", "खेल", "मनोरंजन"],
               ["Copyright \u00a9 2025 Jagran Prakashan Limited.", "About Us", "Contact Us"],
               share=["Share", "Facebook", "WhatsApp"])
SITE_NC = site("노컷뉴스", "https://www.nocutnews.example.co.kr", " - 노컷뉴스", "ko_KR", "@nocutnews",
               ["정치", "경제", "사회", "전국", "국제", "스포츠", "연예"],
               ["Copyright \u00a9 2024 CBS노컷뉴스", "회사소개", "제휴문의"],
               share=["페이스북", "카카오톡", "URL복사"])
SITE_PG = site("The Pantagraph", "https://pantagraph.example.com", " | Pantagraph", "en_US", "@pantagraph",
               ["News", "Sports", "Obituaries", "Opinion", "Business", "e-Edition"],
               ["\u00a9 Copyright 2024 The Pantagraph, 205 N Main St Bloomington, IL", "Terms of Use", "Privacy Policy"],
               share=["Facebook", "Twitter", "Email"], top=["Subscribe", "Log In"])
SITE_NK = site("Νέα Κρήτη", "https://www.neakriti.example.gr", " | Νέα Κρήτη", "el_GR", "@neakriti",
               ["Ηράκλειο", "Κρήτη", "Ελλάδα", "Κόσμος", "Οικονομία", "Αθλητισμός"],
               ["\u00a9 2024 Νέα Κρήτη. Με την επιφύλαξη παντός δικαιώματος.", "Όροι χρήσης", "Επικοινωνία"],
               share=["Κοινοποίηση", "Facebook", "Viber"])
SITE_SBT = site("SBT News", "https://sbtnews.example.com.br", " | SBT News", "pt_BR", "@sbtnews",
                ["Brasil", "Política", "Economia", "Mundo", "Saúde", "Ao vivo"],
                ["\u00a9 2024 SBT News. Todos os direitos reservados.", "Expediente", "Fale conosco"],
                share=["Compartilhar", "WhatsApp", "Facebook"],
                cookie="Utilizamos cookies para oferecer uma melhor experiência.", buttons=["Aceitar"])
SITE_TVP = site("TV Perú Noticias", "https://www.tvperu.example.gob.pe", " | TV Perú", "es_PE", "@noticias_tvperu",
                ["Política", "Economía", "Locales", "Regionales", "Internacionales", "En vivo"],
                ["Instituto Nacional de Radio y Televisión del Perú \u2013 IRTP", "Contáctenos", "Transparencia"],
                share=["Compartir", "Facebook", "WhatsApp"])
SITE_OON = site("OÖNachrichten", "https://www.nachrichten.example.at", " | nachrichten.at", "de_AT", "@OOENachrichten",
                ["Oberösterreich", "Salzkammergut", "Politik", "Wirtschaft", "Sport", "Kultur"],
                ["\u00a9 OÖN Redaktion GmbH & Co KG 2024", "Impressum", "Datenschutz"],
                share=["Teilen", "Facebook", "WhatsApp"], top=["Abo", "Anmelden"])
SITE_NBN = site("The North Bay Nugget", "https://www.nugget.example.ca", " | The North Bay Nugget", "en_CA", "@NorthBayNugget",
                ["News", "Local News", "Sports", "Opinion", "Obituaries", "Classifieds"],
                ["\u00a9 2025 The North Bay Nugget, a division of Postmedia Network Inc.", "Terms of Use", "Privacy Policy"],
                share=["Share this Story", "Facebook", "Email"])

HTML_STORIES = [
    # Sky News Arabia (UAE, Arabic): original of the WAM cluster; desk line with Abu Dhabi, WAM dateline in the body.
    dict(WAM, role="original", file="skynewsarabia_wam_khorfakkan_ar.html", render="html",
         site=SITE_SNA, section="الإمارات", meta_section="الإمارات",
         url="https://www.skynewsarabia.example.com/uae/1774512-khorfakkan-civil-defence-rescue",
         published="2025-02-12T16:05:00+04:00",
         ld_author=[{"@type": "Organization", "name": "سكاي نيوز عربية"}],
         byline_lines=["سكاي نيوز عربية - أبوظبي"], date_lines=["نشر في: 12 فبراير 2025 - 16:05 بتوقيت أبوظبي"],
         caption="فرق الدفاع المدني خلال عملية الإنقاذ في وادي شيص", credit="وام", credit_shown="المصدر: وام",
         inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضاً", "أمطار غزيرة على الفجيرة ورأس الخيمة")]},
         lists=[("الأكثر قراءة", ["تنبيه من الأرصاد بشأن الضباب", "إغلاق طريق جبلي في الشارقة"])]),
    # Naidunia (India, Hindi, gzipped page): original of the Hindusthan Samachar cluster; 'हिन्दुस्थान समाचार / name' sign-off.
    dict(HS, role="original", file="naidunia_hs_mandi_badal_hi.html.gz", render="html",
         site=SITE_ND, section="राष्ट्रीय", meta_section="राष्ट्रीय",
         url="https://www.naidunia.example.com/national-mandi-cloudburst-11-missing-8412907",
         published="2025-08-19T18:15:00+05:30", modified="2025-08-19T19:02:00+05:30",
         byline_lines=["हिन्दुस्थान समाचार"],
         date_lines=["Publish Date: Tue, 19 Aug 2025 06:15 PM (IST)", "Updated Date: Tue, 19 Aug 2025 07:02 PM (IST)"],
         inserts={2: [("ad", "विज्ञापन")], 5: [("link", "यह भी पढ़ें:", "कुल्लू में ब्यास नदी उफान पर")]},
         end_lines=["हिन्दुस्थान समाचार / राकेश ठाकुर"],
         lists=[("सबसे ज्यादा पढ़ी गई", ["शिमला में भूस्खलन से सड़क बंद", "मानसून ने तोड़ा रिकॉर्ड"])]),
    # Nocut News (South Korea, Korean): staff, 'CBS노컷뉴스 ... 기자' byline, '... 제공' photo credit.
    rec(cluster="nocutnews-taebaek-tunnel-fire", role="single", file="nocutnews_taebaek_tunnel_ko.html", render="html",
        site=SITE_NC, title="태백 터널서 화물차 화재…운전자 등 12명 연기 흡입",
        date="2024-10-15", country="KR", region="asia", lang="ko", authors=["박서연"],
        section="전국", meta_section="전국",
        url="https://www.nocutnews.example.co.kr/news/6230417",
        description="터널 안에 연기가 가득 차 차량 수십 대가 고립됐다.",
        published="2024-10-15T14:20:00+09:00",
        byline_lines=["CBS노컷뉴스 박서연 기자"], date_lines=["2024-10-15 14:20"],
        caption="15일 오전 강원 태백시 한 터널에서 소방대원들이 화재 차량을 살펴보고 있다.", credit="강원도소방본부",
        credit_shown="강원도소방본부 제공",
        inserts={3: [("ad", "광고")], 7: [("link", "관련 기사", "강원 터널 방재시설 점검 부실")]},
        author_box=["박서연 기자 메일 보내기"],
        lists=[("많이 본 뉴스", ["영동고속도로 다중 추돌", "산불 진화 헬기 추가 배치"])],
        paras=P("""
15일 오전 강원 태백시의 한 국도 터널 안에서 달리던 화물차에 불이 나 운전자 등 12명이 연기를 마셔 병원으로 옮겨졌다.

강원도소방본부에 따르면 이날 오전 9시 40분쯤 터널 중간 지점을 지나던 5톤 화물차 적재함에서 불이 시작됐다.

불은 적재함에 실린 종이 상자 등을 태우며 검은 연기를 내뿜었고 터널 안은 순식간에 연기로 가득 찼다.

뒤따르던 차량 30여 대가 터널 안에 멈춰 섰고 일부 운전자는 차를 버리고 걸어서 대피했다.

소방당국은 대응 1단계를 발령하고 장비 25대와 인력 80여 명을 투입해 약 1시간 만에 불을 껐다.

연기를 마신 12명은 모두 가벼운 증상으로 인근 병원에서 치료를 받고 있으며 생명에는 지장이 없는 것으로 전해졌다.

화물차 운전자는 경찰 조사에서 주행 중 뒤쪽에서 타는 냄새가 나 차를 세웠다고 진술한 것으로 알려졌다.

이 사고로 터널 양방향 통행이 4시간 넘게 통제되면서 주변 도로에 극심한 정체가 빚어졌다.

경찰과 소방당국은 차량 결함이나 화물 적재 문제 등 정확한 화재 원인을 조사하고 있다.

소방당국은 터널 안에서 불이 나면 차량을 갓길에 세우고 열쇠를 꽂아 둔 채 비상구로 대피해야 한다고 당부했다.

강원도는 도내 터널의 제연설비와 비상방송 설비에 대한 긴급 점검에 나서기로 했다.
"""),
        must_have=[
            "소방당국은 대응 1단계를 발령하고 장비 25대와 인력 80여 명을 투입해 약 1시간 만에 불을 껐다.",
            "이 사고로 터널 양방향 통행이 4시간 넘게 통제되면서 주변 도로에 극심한 정체가 빚어졌다.",
        ]),
    # The Pantagraph (US): AP copy, 'DECATUR, Ill. (AP) —' dateline, caps byline with 'Associated Press', contributor line.
    rec(cluster="pantagraph-ap-decatur-grain-bin", role="single", file="pantagraph_ap_decatur_grain_bin.html", render="html",
        site=SITE_PG, title="Farmworker pulled alive from grain bin after 6-hour rescue in central Illinois",
        date="2024-10-09", dateline="DECATUR, Ill. (AP) \u2014 ", city="Decatur", country="US", region="americas", lang="en",
        agency="AP", authors=["Marcus Reyes", "Dana Whitfield"], section="News", meta_section="News",
        url="https://pantagraph.example.com/news/state-regional/farmworker-grain-bin-rescue-decatur/article_5b1e.html",
        description="Firefighters built a cofferdam around the man before pumping corn out of the bin.",
        published="2024-10-09T17:48:00-05:00",
        byline_lines=["MARCUS REYES Associated Press"], date_lines=["Oct 9, 2024"],
        caption="Firefighters work at a grain bin near Decatur, Ill., on Wednesday.", credit="Macon County Sheriff's Office via AP",
        credit_shown="Macon County Sheriff's Office via AP",
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Get local news delivered to your inbox!", "Sign up"])]},
        end_lines=["Associated Press writer Dana Whitfield in Chicago contributed to this report.",
                   "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission."],
        lists=[("Most Popular", ["Bloomington council delays vote on fire station"])],
        paras=P("""
A farmworker who sank up to his chest in corn inside a grain bin was pulled out alive Wednesday after a rescue that lasted nearly six hours, authorities said.

The 27-year-old man was moving grain at a farm east of Decatur when the corn gave way beneath him shortly before noon, the Macon County Sheriff's Office said.

A co-worker shut off the auger and called 911, and firefighters from four departments climbed into the bin.

Rescuers pushed curved metal panels into the corn around the man to keep it from pressing on his chest, then cut holes in the side of the bin to drain the grain.

He was conscious when he was lifted out and was taken to a hospital in Decatur, where he was in stable condition Wednesday evening.

Fire officials said he had been wearing a harness but it was not tied to a lifeline.

Grain bin entrapments kill more than a dozen people in the United States in a typical year, according to researchers at Purdue University.

Most such accidents happen during harvest, when farmers move large amounts of grain quickly and sometimes work alone.
"""),
        must_have=[
            "A co-worker shut off the auger and called 911, and firefighters from four departments climbed into the bin.",
            "Fire officials said he had been wearing a harness but it was not tied to a lifeline.",
        ]),
    # Nea Kriti (Greece, Greek): staff, 'Γράφει η' byline, full Greek weekday date.
    rec(cluster="neakriti-heraklion-flash-flood", role="single", file="neakriti_irakleio_plimmyra_el.html", render="html",
        site=SITE_NK, title="Πλημμύρες στο Ηράκλειο: Απεγκλωβίστηκαν 17 άτομα από οχήματα και σπίτια",
        date="2024-11-19", country="GR", region="europe", lang="el", authors=["Μαρία Σταυρακάκη"],
        section="Ηράκλειο", meta_section="Ηράκλειο",
        url="https://www.neakriti.example.gr/irakleio/1834721_plimmyres-apegklovismoi",
        description="Η πυροσβεστική δέχτηκε πάνω από 60 κλήσεις μέσα σε τρεις ώρες.",
        published="2024-11-19T18:40:00+02:00",
        byline_lines=["Γράφει η Μαρία Σταυρακάκη"], date_lines=["Τρίτη, 19 Νοεμβρίου 2024 18:40"],
        caption="Αυτοκίνητα παρασύρθηκαν από τα νερά στη Λεωφόρο Ικάρου.", credit="Νίκος Χαλκιαδάκης",
        credit_shown="Φωτογραφία: Νίκος Χαλκιαδάκης",
        inserts={2: [("ad", "ΔΙΑΦΗΜΙΣΗ")], 5: [("link", "Διαβάστε επίσης:", "Κλειστά τα σχολεία στον Δήμο Μαλεβιζίου")]},
        tags=("Ετικέτες", ["πλημμύρες", "Ηράκλειο", "πυροσβεστική"]),
        lists=[("Δημοφιλή", ["Κατολίσθηση στον δρόμο προς Αγία Γαλήνη"])],
        paras=P("""
Δεκαεπτά άτομα απεγκλωβίστηκαν από οχήματα και σπίτια στο Ηράκλειο το απόγευμα της Τρίτης, μετά την έντονη βροχόπτωση που έπληξε την πόλη για περίπου τρεις ώρες.

Η Πυροσβεστική Υπηρεσία δέχτηκε περισσότερες από 60 κλήσεις για άντληση υδάτων και απεγκλωβισμούς, κυρίως από τις περιοχές της Νέας Αλικαρνασσού και του Φοινικιά.

Στη Λεωφόρο Ικάρου δύο αυτοκίνητα παρασύρθηκαν από τα νερά, ενώ οι οδηγοί τους βγήκαν με τη βοήθεια περαστικών.

Σε ισόγειο διαμέρισμα στην περιοχή της Μεσαμπελιάς μια ηλικιωμένη γυναίκα εγκλωβίστηκε και απεγκλωβίστηκε από πυροσβέστες χωρίς να τραυματιστεί.

Στο σημείο επιχείρησαν 45 πυροσβέστες με 18 οχήματα, ενώ κλήθηκαν και εθελοντές της πολιτικής προστασίας.

Σύμφωνα με την Τροχαία, η κυκλοφορία διακόπηκε για αρκετές ώρες σε τμήμα του ΒΟΑΚ στο ύψος του αεροδρομίου.

Ο δήμαρχος Ηρακλείου ζήτησε από τους πολίτες να αποφεύγουν τις άσκοπες μετακινήσεις μέχρι να υποχωρήσουν τα νερά.

Τα σχολεία του δήμου θα παραμείνουν κλειστά την Τετάρτη, σύμφωνα με απόφαση της Περιφέρειας Κρήτης.

Η ΕΜΥ έχει εκδώσει έκτακτο δελτίο επιδείνωσης καιρού με ισχυρές βροχές και καταιγίδες για την Κρήτη έως την Πέμπτη.
"""),
        must_have=[
            "Στο σημείο επιχείρησαν 45 πυροσβέστες με 18 οχήματα, ενώ κλήθηκαν και εθελοντές της πολιτικής προστασίας.",
            "Τα σχολεία του δήμου θα παραμείνουν κλειστά την Τετάρτη, σύμφωνα με απόφαση της Περιφέρειας Κρήτης.",
        ]),
    # SBT News (Brazil, Portuguese): staff, reporter line 'do SBT News', Defesa Civil handout credit.
    rec(cluster="sbtnews-blumenau-cheia", role="single", file="sbtnews_blumenau_cheia_pt.html", render="html",
        site=SITE_SBT, title="Cheia do rio Itajaí-Açu deixa 2,3 mil desalojados em Blumenau",
        date="2024-10-10", country="BR", region="americas", lang="pt", authors=["Giovanna Ramos"],
        section="Brasil", meta_section="Brasil",
        url="https://sbtnews.example.com.br/noticia/brasil/cheia-itajai-acu-blumenau-desalojados",
        description="Rio chegou a 11,2 metros e Defesa Civil abriu 14 abrigos.",
        published="2024-10-10T08:47:00-03:00", modified="2024-10-10T11:15:00-03:00",
        byline_lines=["Giovanna Ramos, do SBT News"], date_lines=["10/10/2024 08h47", "Atualizado em 10/10/2024 11h15"],
        caption="Ruas alagadas no bairro Itoupava Norte, em Blumenau.", credit="Defesa Civil de Blumenau/Divulgação",
        credit_shown="Foto: Defesa Civil de Blumenau/Divulgação",
        inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia também", "Santa Catarina tem 31 cidades em alerta para chuva")]},
        below_body=[("app", "Baixe o app do SBT News")],
        lists=[("Mais lidas", ["Temporal derruba árvores em Joinville"])],
        paras=P("""
A cheia do rio Itajaí-Açu deixou cerca de 2,3 mil pessoas desalojadas em Blumenau, no Vale do Itajaí, segundo balanço divulgado pela Defesa Civil na manhã desta quinta-feira.

O nível do rio chegou a 11,2 metros durante a madrugada, mais de dois metros acima da cota de inundação em alguns bairros.

A prefeitura abriu 14 abrigos em escolas e ginásios, onde estão cerca de 600 pessoas que não tinham para onde ir.

Equipes do Corpo de Bombeiros usaram botes para retirar moradores ilhados nos bairros Itoupava Norte, Ponta Aguda e Garcia.

Ao menos 40 ruas estão bloqueadas e o transporte coletivo opera com linhas alteradas.

Não há registro de mortos ou feridos graves até o momento, segundo os bombeiros.

A Defesa Civil estadual informou que a chuva deve diminuir a partir da tarde, mas alertou para o risco de deslizamentos nas encostas.

Moradores de áreas de risco foram orientados a deixar suas casas ao primeiro sinal de rachaduras no solo ou nas paredes.

O governo de Santa Catarina anunciou o envio de kits de higiene e colchões para os abrigos da cidade.
"""),
        must_have=[
            "Ao menos 40 ruas estão bloqueadas e o transporte coletivo opera com linhas alteradas.",
            "Moradores de áreas de risco foram orientados a deixar suas casas ao primeiro sinal de rachaduras no solo ou nas paredes.",
        ]),
    # TV Perú Noticias (Peru, Spanish): staff, state broadcaster, desk byline, day-first date.
    rec(cluster="tvperu-chosica-huaico", role="single", file="tvperu_chosica_huaico_es.html", render="html",
        site=SITE_TVP, title="Huaico en Chosica: bomberos rescatan a 23 personas atrapadas en la quebrada Quirio",
        date="2025-02-23", country="PE", region="americas", lang="es",
        section="Locales", meta_section="Locales",
        url="https://www.tvperu.example.gob.pe/noticias/locales/huaico-chosica-quebrada-quirio-rescate",
        description="El INDECI reporta 60 viviendas afectadas en Lurigancho-Chosica.",
        published="2025-02-23T18:35:00-05:00",
        ld_author=[{"@type": "Organization", "name": "TV Perú Noticias"}],
        byline_lines=["Redacción TV Perú Noticias"], date_lines=["23/02/2025 - 18:35"],
        caption="Bomberos ayudan a vecinos a cruzar el lodo en la quebrada Quirio.", credit="ANDINA/Difusión",
        credit_shown="Foto: ANDINA/Difusión",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Lee también:", "Senamhi: lluvias continuarán en la sierra de Lima")]},
        below_body=[("follow", "Síguenos en nuestro canal de WhatsApp")],
        lists=[("Lo más visto", ["Reabren la Carretera Central tras deslizamiento"])],
        paras=P("""
Bomberos y agentes de la Policía Nacional rescataron a 23 personas que quedaron atrapadas en sus viviendas tras la activación de la quebrada Quirio, en el distrito de Lurigancho-Chosica, la tarde de este domingo.

El huaico arrastró lodo y piedras por varias calles de los asentamientos humanos ubicados en las faldas del cerro.

Según el Instituto Nacional de Defensa Civil, al menos 60 viviendas resultaron afectadas y 12 quedaron inhabitables.

Entre los rescatados hay cinco niños y dos adultos mayores, que fueron trasladados a un colegio habilitado como albergue.

La Carretera Central permaneció cerrada durante tres horas mientras maquinaria pesada retiraba el material acumulado.

El alcalde del distrito pidió a las familias que viven junto al cauce de las quebradas evacuar ante nuevas lluvias.

El Senamhi mantiene alerta naranja por precipitaciones de moderada a fuerte intensidad en la sierra de Lima hasta el martes.

El Ministerio de Vivienda anunció el envío de maquinaria para limpiar el cauce de la quebrada.
"""),
        must_have=[
            "Según el Instituto Nacional de Defensa Civil, al menos 60 viviendas resultaron afectadas y 12 quedaron inhabitables.",
            "La Carretera Central permaneció cerrada durante tres horas mientras maquinaria pesada retiraba el material acumulado.",
        ]),
    # OÖNachrichten (Austria, German): APA copy, no dateline, 'APA' byline and '(APA)' sign-off.
    rec(cluster="oon-apa-salzkammergut-mure", role="single", file="oon_apa_salzkammergut_mure_de.html", render="html",
        site=SITE_OON, title="Mure verschüttet Landesstraße im Salzkammergut: 300 Urlauber eingeschlossen",
        date="2024-08-17", country="AT", region="europe", lang="de", agency="APA",
        section="Salzkammergut", meta_section="Salzkammergut",
        url="https://www.nachrichten.example.at/oberoesterreich/salzkammergut/mure-landesstrasse-urlauber;art71,4012375",
        description="Nach heftigen Gewittern ist die einzige Zufahrt zu einem Ortsteil gesperrt.",
        published="2024-08-17T19:22:00+02:00",
        byline_lines=["APA"], date_lines=["17. August 2024, 19:22 Uhr"],
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Lesen Sie auch:", "Unwetter: Feuerwehren im Innviertel im Dauereinsatz")]},
        end_lines=["(APA)"],
        below_body=[("premium", "Jetzt OÖN-Digitalabo testen")],
        lists=[("Meistgelesen", ["Hagel beschädigt Hunderte Autos in Wels"])],
        paras=P("""
Eine Mure hat am Samstagnachmittag eine Landesstraße im oberösterreichischen Salzkammergut auf einer Länge von rund 80 Metern verschüttet.

Rund 300 Urlauber und Anrainer in einem Ortsteil oberhalb des Sees waren dadurch vorübergehend von der Außenwelt abgeschnitten.

Nach Angaben des Bezirksfeuerwehrkommandos Gmunden hatte ein heftiges Gewitter mit Starkregen einen Wildbach über die Ufer treten lassen.

Verletzt wurde niemand, zwei Autos wurden jedoch von Schlamm und Geröll eingeschlossen.

Mehr als 90 Feuerwehrleute aus sechs Wehren waren im Einsatz, um Keller auszupumpen und die Straße freizuräumen.

Ein Geologe des Landes soll am Sonntag beurteilen, ob der Hang oberhalb der Straße weiter abrutschen könnte.

Bis dahin bleibt die Straße gesperrt, eine Notzufahrt für Einsatzfahrzeuge wurde über einen Forstweg eingerichtet.

Die Geosphere Austria warnte für die Nacht vor weiteren Gewittern mit Hagel und Starkregen in ganz Oberösterreich.

Urlauber wurden gebeten, ihre Quartiere nicht zu verlassen und den Anweisungen der Einsatzkräfte zu folgen.

Die Gemeinde richtete im Feuerwehrhaus eine Anlaufstelle für Betroffene ein, die dort auch mit Trinkwasser versorgt werden.
"""),
        must_have=[
            "Verletzt wurde niemand, zwei Autos wurden jedoch von Schlamm und Geröll eingeschlossen.",
            "Bis dahin bleibt die Straße gesperrt, eine Notzufahrt für Einsatzfahrzeuge wurde über einen Forstweg eingerichtet.",
        ]),
    # The North Bay Nugget (Canada): staff, Postmedia 'Published ... • Last updated ... • 2 minute read' line.
    rec(cluster="nugget-north-bay-forest-fire", role="single", file="northbaynugget_forest_fire.html", render="html",
        site=SITE_NBN, title="Forest fire north of North Bay grows to 1,200 hectares; evacuation alert for Tilden Lake",
        date="2025-07-22", country="CA", region="americas", lang="en", authors=["Dana Lafleur"],
        section="Local News", meta_section="Local News",
        url="https://www.nugget.example.ca/news/local-news/forest-fire-north-bay-tilden-lake-evacuation-alert",
        description="Residents along Highway 11 told to be ready to leave on short notice.",
        published="2025-07-22T15:10:00-04:00", modified="2025-07-22T19:40:00-04:00",
        byline_lines=["Dana Lafleur"], date_lines=["Published Jul 22, 2025 \u2022 Last updated Jul 22, 2025 \u2022 2 minute read"],
        caption="Smoke rises from the North Bay 14 fire on Tuesday afternoon.", credit="Ontario Forest Fires",
        credit_shown="Photo by Ontario Forest Fires /Handout",
        inserts={2: [("ad", "Advertisement 3")], 5: [("ad", "Story continues below")]},
        newsletter_end=["Sign up to receive daily headline news from The North Bay Nugget.", "Sign Up"],
        comments=["Join the Conversation", "Postmedia is committed to maintaining a lively but civil forum for discussion."],
        paras=P("""
A forest fire about 40 kilometres north of North Bay has grown to 1,200 hectares, prompting an evacuation alert for cottages and homes around Tilden Lake.

Ontario Forest Fires said Tuesday the fire, known as North Bay 14, was not under control and was being pushed east by strong winds.

Eight crews, three water bombers and two helicopters were working on the fire, with help from firefighters sent from Manitoba.

The Township of East Ferris and the Municipality of Temagami said they were ready to open reception centres if an evacuation order is issued.

Residents along Highway 11 were told to keep vehicles fuelled and to prepare bags with medication and documents.

The fire was first reported Sunday afternoon and is believed to have been started by lightning.

A fire ban remains in effect across the North Bay district, and the ministry warned of fines for anyone caught burning.

Smoke from the fire drifted over the city on Tuesday, and Environment Canada issued a special air quality statement.
"""),
        must_have=[
            "Eight crews, three water bombers and two helicopters were working on the fire, with help from firefighters sent from Manitoba.",
            "The fire was first reported Sunday afternoon and is believed to have been started by lightning.",
        ]),
]


# ---- single-record JSON (news-please and trafilatura) ------------------------------

JSON_STORIES = [
    # news-please, Rokna (Iran, Persian): staff, Solar Hijri date, news code line.
    rec(cluster="rokna-zanjan-bus-overturn", role="single", file="newsplease_rokna_zanjan_bus_fa.json",
        render="newsplease", title="واژگونی اتوبوس مسافربری در آزادراه زنجان ـ تبریز ۲۲ مصدوم برجای گذاشت",
        date="2025-03-08", country="IR", region="asia", lang="fa",
        url="https://www.rokna.example.net/fa/news/1041877/zanjan-bus-overturn",
        source_domain="www.rokna.example.net",
        description="مصدومان به بیمارستان‌های زنجان منتقل شدند.",
        np_authors=[], np_publish="2025-03-08 11:20:00", np_download="2025-03-08 14:02:51",
        head_lines=["کد خبر: ۱۰۴۱۸۷۷", "۱۸ اسفند ۱۴۰۳ - ۱۱:۲۰", "حوادث"],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید: تصادف زنجیره‌ای در محور قزوین ـ رشت"]},
        tail_lines=["اشتراک گذاری", "تلگرام", "واتساپ", "لینک کوتاه کپی شد", "اخبار مرتبط", "نظرات",
                    "انتشار یافته: ۰", "پربازدیدترین‌ها", "آخرین اخبار", "تمامی حقوق این سایت متعلق به رکنا است."],
        paras=P("""
یک دستگاه اتوبوس مسافربری صبح امروز در آزادراه زنجان ـ تبریز واژگون شد و ۲۲ نفر از سرنشینان آن مصدوم شدند.

رئیس مرکز مدیریت حوادث و فوریت‌های پزشکی استان زنجان گفت این حادثه ساعت ۶ و ۴۰ دقیقه صبح در ۳۵ کیلومتری شهر زنجان گزارش شد.

وی افزود بلافاصله شش دستگاه آمبولانس و یک دستگاه اتوبوس آمبولانس به محل حادثه اعزام شد.

به گفته او، ۱۶ نفر از مصدومان برای درمان به بیمارستان‌های آیت‌الله موسوی و ولیعصر زنجان منتقل شدند و بقیه در محل درمان سرپایی شدند.

حال دو نفر از مصدومان وخیم گزارش شده و تحت مراقبت‌های ویژه قرار دارند.

اتوبوس از تهران به مقصد تبریز در حرکت بود و ۳۸ مسافر داشت.

رئیس پلیس راه استان زنجان علت اولیه حادثه را خواب‌آلودگی راننده و لغزندگی جاده اعلام کرد.

وی گفت بارش برف و یخ‌زدگی سطح جاده در ساعات اولیه صبح، تردد را در این محور دشوار کرده است.

پلیس راه از رانندگان خواست پیش از سفر از وضعیت جاده‌ها مطلع شوند و زنجیر چرخ همراه داشته باشند.

راننده اتوبوس نیز از ناحیه دست آسیب دیده و پس از درمان برای تکمیل تحقیقات به پلیس معرفی خواهد شد.
"""),
        must_have=[
            "حال دو نفر از مصدومان وخیم گزارش شده و تحت مراقبت‌های ویژه قرار دارند.",
            "رئیس پلیس راه استان زنجان علت اولیه حادثه را خواب‌آلودگی راننده و لغزندگی جاده اعلام کرد.",
        ]),
    # news-please, People Daily (Kenya): staff, Kenya Red Cross boat rescue in Garissa.
    rec(cluster="peopledaily-garissa-tana-flood", role="single", file="newsplease_peopledaily_garissa_flood.json",
        render="newsplease", title="Red Cross rescues 47 stranded as Tana River bursts its banks in Garissa",
        date="2025-04-28", country="KE", region="africa", lang="en", authors=["Abdi Hussein Noor"],
        url="https://www.pd.example.co.ke/news/red-cross-rescues-47-tana-river-garissa-2025-04-28",
        source_domain="www.pd.example.co.ke",
        description="More than 900 households have been displaced in Garissa Township and Balambala.",
        np_authors=["Abdi Hussein Noor"], np_publish="2025-04-28 16:05:00", np_download="2025-04-28 21:14:09",
        head_lines=["By Abdi Hussein Noor", "Published: April 28, 2025 16:05 (EAT)", "2 min read"],
        inserts={2: ["ADVERTISEMENT"], 5: ["Related: Meteorological department warns of more rain in North Eastern"]},
        tail_lines=["Follow People Daily on WhatsApp", "Tags", "Floods", "Garissa", "Kenya Red Cross",
                    "Share", "Most Read", "People Daily is published by MediaMax Network Limited", "\u00a9 2025 People Daily", "Privacy Policy"],
        paras=P("""
The Kenya Red Cross Society has rescued 47 people who were stranded after the Tana River burst its banks and flooded villages near Garissa town.

The rescue teams used two boats to reach families who had climbed onto roofs and trees in Bulla Iftin and Saka villages on Sunday night.

Red Cross North Eastern regional manager Mohamed Adan said the rescued included 19 children and an elderly man with a broken leg.

He said more than 900 households had been displaced in Garissa Township and Balambala sub-counties since the river started rising last week.

Many of the displaced are sheltering in schools, which has forced some pupils to stay at home.

Garissa County Commissioner Mohamed Mwabudzo said the government had sent relief food and tents to the affected areas.

He warned residents not to cross flooded roads, after a lorry was swept away near the Garissa bridge on Friday.

Farmers along the river said they had lost mango, banana and vegetable crops that were almost ready for harvest.

Health officials said they were worried about possible outbreaks of cholera and malaria in the camps.
"""),
        must_have=[
            "Many of the displaced are sheltering in schools, which has forced some pupils to stay at home.",
            "Health officials said they were worried about possible outbreaks of cholera and malaria in the camps.",
        ]),
    # news-please, The North West Star (Mount Isa, Australia): staff, ACM date line without 'first published'.
    rec(cluster="northweststar-camooweal-missing-motorist", role="single", file="newsplease_northweststar_missing_motorist.json",
        render="newsplease", title="Missing motorist found alive after two-day search near Camooweal",
        date="2025-04-03", country="AU", region="oceania", lang="en", authors=["Brodie Maclean"],
        url="https://www.northweststar.example.com.au/story/8921456/missing-motorist-found-alive-near-camooweal/",
        source_domain="www.northweststar.example.com.au",
        description="The man had stayed with his broken-down vehicle on a station track.",
        np_authors=["Brodie Maclean"], np_publish="2025-04-03 11:45:00", np_download="2025-04-03 20:31:44",
        head_lines=["By Brodie Maclean", "April 3 2025 - 11:45am"],
        inserts={2: ["Advertisement"], 5: ["READ MORE: Mount Isa Rodeo volunteers sought for August"]},
        tail_lines=["Brodie Maclean is a journalist at The North West Star.", "Get the latest Mount Isa news in your inbox",
                    "Sign up for our newsletter", "More from News", "Subscribe now for unlimited access.",
                    "\u00a9 2025 Australian Community Media", "Advertisement", "Share", "Facebook", "Email", "Local News"],
        paras=P("""
A 68-year-old man missing for two days in remote country north-west of Mount Isa has been found alive and well beside his broken-down car.

Police said the man, from Townsville, was last heard from on Monday morning when he left Camooweal to visit a cattle station.

Family members raised the alarm when he failed to arrive, and a search began on Tuesday with police, SES volunteers and station workers.

He was spotted by the crew of a police helicopter on a station track about 70 kilometres from Camooweal on Wednesday afternoon.

Inspector Paul Kerrigan said the man had done exactly the right thing by staying with his vehicle.

He had water and food in the car and used a tarpaulin to shelter from the sun during the day.

He was flown to Mount Isa Hospital for checks and was expected to be released later in the day.

Police reminded people travelling in outback Queensland to carry a satellite phone or personal locator beacon and to tell someone their route.
"""),
        must_have=[
            "Family members raised the alarm when he failed to arrive, and a search began on Tuesday with police, SES volunteers and station workers.",
            "He had water and food in the car and used a tarpaulin to shelter from the sun during the day.",
        ]),
    # trafilatura, Zoutpansberger (Louis Trichardt, South Africa): staff, EMS ambulance shortage.
    rec(cluster="zoutpansberger-makhado-ambulances", role="single", file="trafilatura_zoutpansberger_ambulances.json",
        render="trafilatura", title="Only four ambulances on the road for the whole of Makhado, say paramedics",
        date="2024-06-14", country="ZA", region="africa", lang="en", authors=["Thivhulawi Ramabulana"], section="News",
        url="https://www.zoutpansberger.example.co.za/articles/news/64512/2024-06-14/only-four-ambulances",
        hostname="zoutpansberger.example.co.za", source_hostname="Zoutpansberger",
        description="Patients wait hours for transport to Siloam and Elim hospitals.",
        tf_author="Thivhulawi Ramabulana", tf_date="2024-06-14", tf_language="en", categories="News;Health",
        head_lines=["Date: 14 June 2024", "By: Thivhulawi Ramabulana", "Views: 1,284"],
        inserts={2: ["Advertisement"], 5: ["Read also: Vhembe clinics run out of basic medicine"]},
        tail_lines=["Thivhulawi Ramabulana", "Journalist", "thivhulawi@zoutnet.example.co.za",
                    "More news from Vhembe", "Send us your news tips via WhatsApp", "Zoutpansberger is published by Zoutnet (Pty) Ltd",
                    "\u00a9 2024 Zoutnet", "Disclaimer", "Privacy", "Subscribe to the e-edition"],
        paras=P("""
Only four of the 19 ambulances assigned to the Makhado Municipality were on the road this week, according to paramedics based at the Louis Trichardt station.

The rest are standing at the provincial depot in Polokwane, waiting for repairs or new tyres, the paramedics said.

One paramedic, who asked not to be named, said crews were sometimes sent more than 80 kilometres to a call and could not reach other patients for hours.

Last Saturday, a woman in labour in Tshikota waited almost four hours before she was taken to Siloam Hospital in a neighbour's bakkie.

The Limpopo Department of Health confirmed that some vehicles in the Vhembe District were out of service because of mechanical problems.

Spokesperson Neo Mphahlele said 30 new ambulances would be delivered to the province before the end of July.

He said private ambulance services were being used in some emergencies while the vehicles were repaired.

Community leaders in Waterval and Madombidzha said they planned to march to the district office if the situation did not improve.
"""),
        must_have=[
            "The rest are standing at the provincial depot in Polokwane, waiting for repairs or new tyres, the paramedics said.",
            "He said private ambulance services were being used in some emergencies while the vehicles were repaired.",
        ]),
    # trafilatura, Total.kz (Kazakhstan, Russian): Kazinform copy, 'УСТЬ-КАМЕНОГОРСК. КАЗИНФОРМ –' dateline.
    rec(cluster="totalkz-kazinform-ust-kamenogorsk-hikers", role="single", file="trafilatura_totalkz_kazinform_turisty_ru.json",
        render="trafilatura", title="В Восточном Казахстане спасатели ищут трех туристов, пропавших в горах",
        date="2024-08-07", dateline="УСТЬ-КАМЕНОГОРСК. КАЗИНФОРМ \u2013 ", city="Ust-Kamenogorsk", country="KZ", region="asia",
        lang="ru", agency="Kazinform", authors=["Анна Голубева"], section="Происшествия",
        url="https://total.example.kz/ru/news/proisshestviya/v_vko_ishchut_turistov_date_2024_08_07",
        hostname="total.example.kz", source_hostname="Total.kz",
        description="Туристы не вышли на связь в назначенное время.",
        tf_author="Анна Голубева", tf_date="2024-08-07", tf_language="ru", categories="Происшествия;Регионы",
        head_lines=["7 августа 2024, 15:40", "Источник: Kazinform"],
        inserts={2: ["Реклама"], 5: ["Читайте также: В Алматинской области эвакуировали отдыхающих из-за селя"]},
        tail_lines=["Автор: Анна Голубева", "Поделиться", "Telegram", "WhatsApp", "Подписывайтесь на наш канал в Telegram",
                    "Читайте также", "Популярное", "Главное", "Последние новости", "Реклама на сайте", "\u00a9 2024 Total.kz. При использовании материалов ссылка обязательна."],
        paras=P("""
Спасатели Восточно-Казахстанской области ищут трех туристов, которые не вернулись из похода в районе Ивановского хребта, сообщили в департаменте по чрезвычайным ситуациям региона.

По данным ведомства, группа из двух мужчин и женщины вышла на маршрут 2 августа и должна была выйти на связь вечером 5 августа.

Родственники обратились в службу спасения, когда туристы не ответили на звонки и сообщения.

К поискам привлечены 42 спасателя, кинологи с собаками и вертолет казахстанской авиации МЧС.

Поисковики обследуют ущелья и перевалы на высоте более двух тысяч метров, где в последние дни шли сильные дожди.

Как уточнили в ДЧС, туристы не регистрировали свой маршрут в службе спасения, что затрудняет поиски.

Спасатели нашли палатку группы у озера, однако самих туристов там не было.

В ведомстве напомнили, что перед выходом в горы необходимо сообщать о маршруте и сроках похода в ближайшее подразделение оперативно-спасательного отряда.

Поиски продолжатся в светлое время суток, несмотря на ухудшение погоды.

К вечеру в район поисков направят дополнительную группу спасателей из Риддера.
"""),
        must_have=[
            "К поискам привлечены 42 спасателя, кинологи с собаками и вертолет казахстанской авиации МЧС.",
            "Спасатели нашли палатку группы у озера, однако самих туристов там не было.",
        ]),
    # trafilatura, The San Juan Daily Star (Puerto Rico): staff, landslide closes road in Utuado.
    rec(cluster="sanjuandailystar-utuado-landslide", role="single", file="trafilatura_sanjuandailystar_utuado_landslide.json",
        render="trafilatura", title="Landslide cuts off 60 families in Utuado as heavy rain soaks central mountains",
        date="2024-11-06", country="PR", region="americas", lang="en", authors=["Carmen Iris Vélez"], section="Local",
        url="https://www.sanjuandailystar.example.com/post/landslide-cuts-off-60-families-in-utuado",
        hostname="sanjuandailystar.example.com", source_hostname="The San Juan Daily Star",
        description="Municipal crews and the National Guard work to reopen Road 111.",
        tf_author="Carmen Iris Vélez", tf_date="2024-11-06", tf_language="en", categories="Local;Puerto Rico",
        head_lines=["By CARMEN IRIS VÉLEZ", "Special to The Star", "Nov 6, 2024", "2 min read"],
        inserts={2: ["Advertisement"], 5: ["Recent Posts"]},
        tail_lines=["See All", "Facebook", "X (Twitter)", "Instagram", "Subscribe to our digital edition", "Local", "Comments",
                    "The San Juan Daily Star \u2013 Puerto Rico\u2019s only English-language daily newspaper", "\u00a9 2024 The San Juan Daily Star"],
        paras=P("""
About 60 families in the Caonillas Arriba neighbourhood of Utuado were cut off Tuesday after a landslide buried part of Road 111 following two days of heavy rain.

Municipal emergency management director Edwin Ortiz said the slide covered about 40 metres of the road with mud, rocks and fallen trees.

No injuries were reported, but two houses below the road were evacuated as a precaution.

The National Guard sent a heavy equipment team to help municipal crews clear the road, a job expected to take at least two days.

In the meantime, residents who need medical care will be taken out on foot along a farm path, Ortiz said.

The Puerto Rico Emergency Management Bureau said 14 landslides were reported in the central mountain region since Sunday.

The National Weather Service in San Juan kept a flood watch in effect for the interior through Wednesday evening.

Utuado Mayor Jorge Pérez asked residents to avoid driving on mountain roads at night while the ground remains saturated.
"""),
        must_have=[
            "No injuries were reported, but two houses below the road were evacuated as a precaution.",
            "The Puerto Rico Emergency Management Bureau said 14 landslides were reported in the central mountain region since Sunday.",
        ]),
]


# ---- JSONL batches ------------------------------------------------------------------

SITE_WS = site("WSLS 10", "https://www.wsls.example.com", " | WSLS", "en_US", "@WSLS",
               ["News", "Weather", "Traffic", "10 News Investigates", "Virginia Today", "Watch Live"],
               ["Copyright \u00a9 2024 WSLS.com is managed by Graham Digital and published by Graham Media Group", "Terms of Use", "Privacy Policy"],
               share=["Share on Facebook", "Share on X", "Email"])

JSONL_STORIES = [
    # newsbeam text shape: the PAP story on Sądeczanin (syndicated member of the PAP cluster).
    dict(PAP, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.sadeczanin.example.info/wiadomosci/osuwisko-nowy-sacz-ewakuacja-zielona,142781",
         nb_published="2025-06-24T09:30:00Z", outlet="Sądeczanin.info", nb_authors=["PAP"],
         head_lines=["PAP", "wtorek, 24 czerwca 2025 11:30", "Przeczytasz w 2 min", "Udostępnij"],
         tail_lines=["Źródło: PAP", "Czytaj również:", "Komentarze (12)", "Dodaj komentarz", "Polub nas na Facebooku",
                     "Najczęściej czytane", "Reklama", "Masz temat? Napisz do nas!", "Regulamin", "Kontakt z redakcją",
                     "\u00a9 2025 Sądeczanin.info"]),
    # news-please shape: the WAM story on Sharjah24 (syndicated member of the WAM cluster).
    dict(WAM, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.sharjah24.example.ae/ar/article/682311/khorfakkan-civil-defence",
         source_domain="www.sharjah24.example.ae",
         np_authors=["الشارقة 24"], np_publish="2025-02-12 16:30:00", np_download="2025-02-12 18:44:20",
         head_lines=["الشارقة 24 \u2013 وام:", "الأربعاء 12 فبراير 2025 04:30 مساءً"],
         tail_lines=["مشاركة", "أخبار ذات صلة", "الأكثر مشاهدة", "تابعونا على إنستغرام", "حمّل تطبيق الشارقة 24",
                     "النشرة البريدية", "اشترك", "حكومة الشارقة", "فيديو", "جميع الحقوق محفوظة \u00a9 الشارقة 24", "سياسة الخصوصية",
                     "اتصل بنا", "شروط الاستخدام"]),
    # newsbeam html shape: WSLS 10 (Roanoke, Virginia): staff, hiker rescue near McAfee Knob.
    rec(cluster="wsls-mcafee-knob-hiker-rescue", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_WS, title="Crews carry injured hiker down from McAfee Knob in overnight rescue",
        date="2024-10-05", country="US", region="americas", lang="en", authors=["Jordan Pike"],
        section="News", meta_section="News",
        url="https://www.wsls.example.com/news/local/2024/10/05/crews-carry-injured-hiker-down-from-mcafee-knob/",
        description="Rescuers used a wheeled litter to bring the woman down the Appalachian Trail.",
        published="2024-10-05T18:12:00-04:00", modified="2024-10-05T21:30:00-04:00",
        nb_published="2024-10-05T22:12:00Z", outlet="WSLS 10", nb_authors=["Jordan Pike"],
        byline_lines=["Jordan Pike, Reporter"],
        date_lines=["Published: October 5, 2024 at 6:12 PM", "Updated: October 5, 2024 at 9:30 PM"],
        caption="Rescuers at the McAfee Knob trailhead parking lot on Route 311.", credit="Roanoke County Fire & Rescue",
        credit_shown="Courtesy of Roanoke County Fire & Rescue",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "RELATED:", "Hiker rescued after fall at Dragon's Tooth")]},
        below_body=[("copyright", "Copyright 2024 by WSLS 10 - All rights reserved.")],
        lists=[("Trending", ["Roanoke City unveils new fire station plans"])],
        paras=P("""
A hiker who hurt her leg near McAfee Knob was carried more than three miles down the Appalachian Trail in a rescue that stretched past midnight, Roanoke County Fire and Rescue said.

The 34-year-old woman, who was visiting from North Carolina, fell on rocks about half a mile below the overlook late Friday afternoon.

Her friends called 911 at about 5:15 p.m., but it took the first crews more than an hour to reach her on foot.

About 30 rescuers from Roanoke County and the Catawba Valley volunteer squad took turns carrying her on a wheeled litter.

Because of the darkness and the steep ground, the team moved slowly and used headlamps and rope lines on the roughest sections.

She reached the trailhead parking lot on Route 311 shortly after 12:30 a.m. and was taken to Carilion Roanoke Memorial Hospital.

Fire officials said McAfee Knob is one of the most photographed places on the Appalachian Trail, and rescues there happen several times a year.

They asked hikers to carry a flashlight, extra water and a charged phone, and to turn back before dark.
"""),
        must_have=[
            "About 30 rescuers from Roanoke County and the Catawba Valley volunteer squad took turns carrying her on a wheeled litter.",
            "She reached the trailhead parking lot on Route 311 shortly after 12:30 a.m. and was taken to Carilion Roanoke Memorial Hospital.",
        ]),
    # trafilatura shape: the Hindusthan Samachar story on Webdunia (syndicated member of the HS cluster).
    dict(HS, role="syndicated", file=JSONL_B, render="trafilatura", section="राष्ट्रीय",
         url="https://hindi.webdunia.example.com/national-hindi-news/mandi-cloudburst-11-missing-125081900071_1.html",
         hostname="hindi.webdunia.example.com", source_hostname="Webdunia",
         tf_author="वेबदुनिया न्यूज डेस्क", tf_date="2025-08-19", tf_language="hi", categories="राष्ट्रीय;हिमाचल प्रदेश",
         head_lines=["वेबदुनिया न्यूज डेस्क", "मंगलवार, 19 अगस्त 2025 (19:40 IST)"],
         tail_lines=["हिन्दुस्थान समाचार / राकेश ठाकुर", "सम्बंधित जानकारी", "हिमाचल में भारी बारिश से 300 सड़कें बंद", "उत्तराखंड में भूस्खलन, चारधाम यात्रा रोकी", "वेबदुनिया पर पढ़ें", "शेयर करें", "WhatsApp", "Facebook", "X",
                     "ताजा समाचार", "ऐप में देखें", "Follow Webdunia Hindi", "Copyright 2025, Webdunia.com"]),
    # news-please shape: WIC News (St Vincent and the Grenadines): staff desk, NEMO shelters after landslides.
    rec(cluster="wicnews-svg-nemo-landslides", role="single", file=JSONL_B, render="newsplease",
        title="NEMO opens shelters as landslides block Windward Highway in St Vincent",
        date="2025-10-21", country="VC", region="americas", lang="en",
        url="https://wicnews.example.com/caribbean/nemo-opens-shelters-landslides-windward-highway-svg-14872/",
        source_domain="wicnews.example.com",
        description="Communities north of Georgetown were cut off for several hours.",
        np_authors=["Team WIC News"], np_publish="2025-10-21 09:15:00", np_download="2025-10-21 13:58:03",
        head_lines=["Team WIC News", "Oct 21, 2025", "3 min read"],
        inserts={2: ["Advertisement"], 5: ["Also read: Barbados Meteorological Services issues flash flood warning"]},
        tail_lines=["Stay updated with WIC News on Google News", "Join our WhatsApp channel", "Share this article",
                    "Facebook", "X", "Latest News", "You May Also Like", "WIC News \u2013 West Indies Chronicle",
                    "\u00a9 2025 WIC News. All rights reserved.", "About Us"],
        paras=P("""
The National Emergency Management Organisation (NEMO) of St Vincent and the Grenadines opened five emergency shelters on Monday night after heavy rain triggered landslides along the Windward Highway.

Communities north of Georgetown, including Sandy Bay and Fancy, were cut off for several hours when mud and boulders blocked the road near the Rabacca river.

NEMO director Michelle Forbes said 83 people spent the night in shelters at schools and community centres in Georgetown and Chateaubelair.

She said road crews from the Ministry of Transport and Works began clearing the slides at first light and one lane was reopened by mid-morning.

The Met Services recorded more than 150 millimetres of rain in some northern areas in less than 24 hours.

No deaths or serious injuries were reported, but several houses in Owia were damaged by falling rocks.

Forbes urged residents living near rivers and steep slopes to remain alert, as more showers were expected until Wednesday.

The government said it would assess damage to farms and roads once the weather improves.
"""),
        must_have=[
            "NEMO director Michelle Forbes said 83 people spent the night in shelters at schools and community centres in Georgetown and Chateaubelair.",
            "No deaths or serious injuries were reported, but several houses in Owia were damaged by falling rocks.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventy-third held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Radio Kraków '24.06.2025 10:42' (day first) and the "
    "Sądeczanin copy 'wtorek, 24 czerwca 2025 11:30' (crawler stamp 09:30Z = 11:30 CEST); Sky News Arabia 'نشر في: 12 فبراير "
    "2025 - 16:05 بتوقيت أبوظبي' and the Sharjah24 copy 'الأربعاء 12 فبراير 2025'; Naidunia 'Publish Date: Tue, 19 Aug 2025 "
    "06:15 PM (IST)' (not the 'Updated Date') and the Webdunia copy 'मंगलवार, 19 अगस्त 2025'; Northland Age '23 Jan, 2025 "
    "04:00 AM' (both copies); PressAfrik 'Samedi 8 Mars 2025'; Peoples Gazette 'September 16, 2025' with the NAN dateline "
    "'Sept. 16, 2025'; Thinakkural 'நவம்பர் 27, 2024' (Tamil month name); Sligo Champion 'Tue 14 May 2024 at 18:12'; News "
    "Diggers 'on August 12, 2024' inside the byline; Oban Times 'Published: 4 February 2025'; NSD 'Publicerad 21 mars 2025' "
    "(not 'Uppdaterad'); Smart News Liberia 'February 29, 2024'; Stornoway Gazette 'Published 8th Oct 2024' (not 'Updated 9th "
    "Oct'); Nocut News '2024-10-15 14:20'; Pantagraph 'Oct 9, 2024'; Nea Kriti 'Τρίτη, 19 Νοεμβρίου 2024'; SBT News "
    "'10/10/2024 08h47' (day first; not 'Atualizado em'); TV Perú '23/02/2025' (day first); OÖN '17. August 2024'; North Bay "
    "Nugget 'Published Jul 22, 2025' (not 'Last updated'); Rokna '۱۸ اسفند ۱۴۰۳' (Solar Hijri 18 Esfand 1403 = 8 March 2025); "
    "People Daily 'April 28, 2025 16:05 (EAT)'; North West Star 'April 3 2025 - 11:45am'; Zoutpansberger '14 June 2024'; "
    "Total.kz '7 августа 2024'; San Juan Daily Star 'Nov 6, 2024'; WSLS 'Published: October 5, 2024' (not 'Updated'); WIC News "
    "'Oct 21, 2025'",
    "dateline_city": "'Nowy Sącz (PAP) - ' -> 'Nowy Sącz' (both PAP copies); 'خورفكان في 12 فبراير / وام / ' -> 'Khawr "
    "Fakkān' (GeoNames main name of Khor Fakkan; both WAM copies; Sky News Arabia's desk line 'سكاي نيوز عربية - أبوظبي' is "
    "the channel's desk and place, not the dateline of this WAM story); 'मंडी, 19 अगस्त (हि.स.)। ' -> 'Mandi' (Himachal "
    "Pradesh; both Hindusthan Samachar copies); 'Tambacounda, 8 mars (APS) – ' -> 'Tambacounda'; 'Lokoja, Sept. 16, 2025 (NAN) "
    "' -> 'Lokoja'; 'Monrovia – ' -> 'Monrovia'; 'DECATUR, Ill. (AP) — ' -> 'Decatur'; 'УСТЬ-КАМЕНОГОРСК. КАЗИНФОРМ – ' -> "
    "'Ust-Kamenogorsk' (GeoNames main name, not Oskemen). All other records have no dateline (the TT, APA and staff stories "
    "start without one) and take the country of the story's location",
    "country": "Nowy Sącz PL; Khor Fakkan, Sharjah AE (asia); Mandi IN; Ahipara and Kaitaia NZ (oceania); Tambacounda SN; Lokoja "
    "NG; Nuwara Eliya LK; Benbulben, County Sligo IE; Kitwe ZM; Glencoe and the Isle of Lewis GB; Luleälven, Luleå SE; Monrovia "
    "LR; Taebaek KR; Decatur, Illinois US; Heraklion GR; Blumenau BR; Chosica (Lurigancho-Chosica, Lima) PE; the Salzkammergut, "
    "Upper Austria AT; Tilden Lake north of North Bay CA; Zanjan IR; Garissa KE; Camooweal near Mount Isa AU; Makhado/Louis "
    "Trichardt ZA; the Ivanovsky range, East Kazakhstan KZ; Utuado PR (Puerto Rico has its own ISO code; americas); McAfee Knob, "
    "Roanoke County US; the Windward Highway, St Vincent VC (americas)",
    "agency": "Radio Kraków and Sądeczanin carry PAP ('(PAP)', 'Źródło: PAP'); Sky News Arabia and Sharjah24 carry WAM (Emirates "
    "News Agency, 'وام' in the dateline and 'الشارقة 24 – وام:'); Naidunia and Webdunia carry Hindusthan Samachar ('हि.स.' in "
    "the dateline and the 'हिन्दुस्थान समाचार / name' sign-off); PressAfrik carries APS (Agence de presse sénégalaise; 'PressAfrik "
    "avec APS'); Peoples Gazette carries NAN (News Agency of Nigeria); NSD carries TT (TT Nyhetsbyrån, 'TT' byline); the "
    "Pantagraph carries AP; OÖN carries APA (Austria Presse Agentur; 'APA' byline and '(APA)' sign-off); Total.kz carries "
    "Kazinform ('КАЗИНФОРМ' dateline, 'Источник: Kazinform'). Photo credits ('المصدر: وام' on the Sky News Arabia photo, 'Foto: "
    "ANDINA/Difusión' on TV Perú, '... via AP') do not by themselves make a story agency copy: TV Perú's story is staff copy; "
    "all other records are staff copy",
    "authors": "Hindusthan Samachar sign-off 'हिन्दुस्थान समाचार / राकेश ठाकुर' -> 'राकेश ठाकुर' (both copies; Devanagari as "
    "printed); Northland Age 'Aroha Kingi' with the role line 'Reporter · Northland Age' (both copies); Sligo Champion 'Ciara "
    "Gilmartin'; News Diggers 'By Chanda Mwila on August 12, 2024' -> 'Chanda Mwila'; Oban Times 'by Iain MacColl, Lochaber "
    "reporter' -> 'Iain MacColl'; Smart News Liberia 'By Prince G. Wleh | e-mail' -> 'Prince G. Wleh'; Stornoway Gazette 'Mairi "
    "Morrison'; Nocut News 'CBS노컷뉴스 박서연 기자' -> '박서연'; Pantagraph 'MARCUS REYES Associated Press' -> 'Marcus Reyes' "
    "plus 'Associated Press writer Dana Whitfield in Chicago contributed to this report.' -> 'Dana Whitfield'; Nea Kriti 'Γράφει "
    "η Μαρία Σταυρακάκη' ('Γράφει η' = written by) -> 'Μαρία Σταυρακάκη'; SBT News 'Giovanna Ramos, do SBT News'; North Bay "
    "Nugget 'Dana Lafleur'; People Daily 'Abdi Hussein Noor'; North West Star 'Brodie Maclean'; Zoutpansberger 'Thivhulawi "
    "Ramabulana'; Total.kz 'Автор: Анна Голубева' -> 'Анна Голубева' (Kazinform writer, Cyrillic as printed); San Juan Daily "
    "Star 'By CARMEN IRIS VÉLEZ' -> 'Carmen Iris Vélez'; WSLS 'Jordan Pike, Reporter' -> 'Jordan Pike'. Agency and desk names "
    "('PAP', 'سكاي نيوز عربية - أبوظبي', 'الشارقة 24', 'वेबदुनिया न्यूज डेस्क', 'PressAfrik avec APS', 'By Gazette', 'TT', "
    "'APA', 'Redacción TV Perú Noticias', 'Team WIC News') are not authors; Radio Kraków, Sądeczanin, Sky News Arabia, Sharjah24, "
    "PressAfrik, Peoples Gazette, Thinakkural, NSD, OÖN, TV Perú, Rokna and WIC News name no writer",
    "editors": "Peoples Gazette's NAN footer 'Edited by Olawale Ajayi' gives the only editor; all other records have no editors",
    "caption_credit": "credits without their wrapper: Northland Age 'Photo / Aroha Kingi' -> 'Aroha Kingi' (both copies); Sky "
    "News Arabia 'المصدر: وام' -> 'وام'; Nocut News '강원도소방본부 제공' ('제공' = provided by) -> '강원도소방본부'; Pantagraph "
    "\"Macon County Sheriff's Office via AP\" as printed; Nea Kriti 'Φωτογραφία: Νίκος Χαλκιαδάκης' -> 'Νίκος Χαλκιαδάκης'; SBT "
    "News 'Foto: Defesa Civil de Blumenau/Divulgação' -> 'Defesa Civil de Blumenau/Divulgação' (handout credit as printed); TV "
    "Perú 'Foto: ANDINA/Difusión' -> 'ANDINA/Difusión'; North Bay Nugget 'Photo by Ontario Forest Fires /Handout' -> 'Ontario "
    "Forest Fires'; WSLS 'Courtesy of Roanoke County Fire & Rescue' -> 'Roanoke County Fire & Rescue'. Records without a "
    "photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Sky News Arabia 'الإمارات', Naidunia 'राष्ट्रीय', "
    "Nocut News '전국', Pantagraph 'News', Nea Kriti 'Ηράκλειο', SBT News 'Brasil', TV Perú 'Locales', OÖN 'Salzkammergut', "
    "North Bay Nugget 'Local News', WSLS 'News'; trafilatura records take their first category ('News' for Zoutpansberger, "
    "'Происшествия' for Total.kz, 'Local' for the San Juan Daily Star, 'राष्ट्रीय' for Webdunia); news-please, plain text and "
    "newsbeam text records have none",
    "language": "'pl' Polish (two copies of the PAP story); 'ar' Arabic (two copies of the WAM story); 'hi' Hindi (two copies of "
    "the Hindusthan Samachar story); 'fr' Senegalese French; 'ta' Sri Lankan Tamil; 'sv' Swedish; 'ko' Korean; 'el' Greek; "
    "'pt' Brazilian Portuguese; 'es' Peruvian Spanish; 'de' Austrian German; 'fa' Persian; 'ru' Russian (Kazakhstan); all "
    "others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and "
    "moderation notes, advertisement labels ('Hide Ad', 'Story continues below', 'Advertisement 3'), news codes, reading times "
    "and view counts, related-story lines and boxes, tag lists, most-read rails, newsletter, app, WhatsApp, Telegram and Google "
    "News promos, donation appeals, reporter bio, role and e-mail lines, wire source and sign-off lines ('(PAP)', 'Źródło: PAP', "
    "'ADE/ASG', '(NAN)(www.nannews.ng)', 'Edited by ...', '(APA)', 'Источник: Kazinform', the AP contributor and copyright "
    "lines, the Hindusthan Samachar sign-off), ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (PAP and WAM in the plain batch, Hindusthan Samachar "
    "in the gzipped batch) and one staff page with a noisy gzipped re-scrape (Northland Age: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"pap", "polska agencja prasowa", "radio kraków", "sądeczanin", "sądeczanin.info", "wam", "وام",
                "emirates news agency", "سكاي نيوز عربية", "سكاي نيوز عربية - أبوظبي", "sky news arabia", "الشارقة 24",
                "sharjah24", "hindusthan samachar", "हिन्दुस्थान समाचार", "हि.स.", "नईदुनिया", "naidunia", "webdunia",
                "वेबदुनिया न्यूज डेस्क", "northland age", "nzme", "aps", "pressafrik", "pressafrik avec aps", "nan",
                "news agency of nigeria", "peoples gazette", "gazette", "by gazette", "thinakkural", "தினக்குரல்",
                "sligo champion", "mediahuis", "news diggers!", "news diggers", "the oban times", "tt", "tt nyhetsbyrån",
                "nsd", "norrländska socialdemokraten", "smart news liberia", "stornoway gazette", "노컷뉴스", "cbs노컷뉴스",
                "the pantagraph", "νέα κρήτη", "sbt news", "tv perú noticias", "redacción tv perú noticias", "andina",
                "apa", "austria presse agentur", "oönachrichten", "the north bay nugget", "postmedia", "rokna", "رکنا",
                "people daily", "the north west star", "australian community media", "zoutpansberger", "zoutnet",
                "kazinform", "казинформ", "total.kz", "the san juan daily star", "wsls 10", "wsls", "wic news",
                "team wic news"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
