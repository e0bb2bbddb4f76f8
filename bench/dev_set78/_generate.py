#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventy-eighth development set (bench/dev_set78/, first written as the seventy-fifth held-out set).

    .venv/bin/python bench/dev_set78/_generate.py

Writes ``bench/dev_set78/articles/*`` and ``bench/dev_set78/labels.json`` (next to this
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
bench/dev_set77/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout75_2025-a.jsonl"
JSONL_B = "crawl_holdout75_2025-b.jsonl.gz"


# ---- cluster: Agerpres, Brăila (Obiectiv scrape + copy on Realitatea.net in the plain batch) ----

AGP = rec(
    cluster="agerpres-braila-dunare-seceta",
    title="Nivelul scăzut al Dunării blochează barjele în portul Brăila",
    date="2025-08-14",
    dateline="Brăila, 14 aug /Agerpres/ - ",
    city="Brăila",
    country="RO",
    region="europe",
    agency="Agerpres",
    authors=["Mihaela Stanciu"],
    editors=["Andreea Ioniță"],
    lang="ro",
    description="Mai multe convoaie de barje așteaptă în rada portului până la creșterea cotelor.",
    paras=P("""
Peste 40 de barje încărcate cu cereale și îngrășăminte sunt blocate de câteva zile în portul Brăila, din cauza nivelului foarte scăzut al Dunării.

Potrivit Căpităniei Zonale Brăila, cota apei a coborât joi dimineață la 58 de centimetri, cea mai mică valoare din ultimii cinci ani pentru luna august.

Comandantul Căpităniei, Ovidiu Pătrașcu, a declarat că navele cu pescaj mai mare de doi metri nu mai pot trece în siguranță pe sectorul dintre Brăila și Hârșova.

Operatorii portuari au început să descarce o parte din marfă pentru a reduce pescajul barjelor, ceea ce crește costurile transportului.

Administrația Fluvială a Dunării de Jos a trimis două drăgi pentru a menține adâncimea canalului navigabil în zonele critice.

În același timp, bacul dintre Brăila și Smârdan circulă cu program redus, iar autoritățile au limitat greutatea vehiculelor transportate.

Hidrologii estimează că nivelul fluviului va continua să scadă în următoarele zece zile, în lipsa unor precipitații importante în bazinul superior.

Fermierii din Insula Mare a Brăilei au semnalat că și sistemele de irigații funcționează la capacitate redusă.
"""),
    must_have=[
        "Operatorii portuari au început să descarce o parte din marfă pentru a reduce pescajul barjelor, ceea ce crește costurile transportului.",
        "Hidrologii estimează că nivelul fluviului va continua să scadă în următoarele zece zile, în lipsa unor precipitații importante în bazinul superior.",
    ],
)

# ---- cluster: Yonhap, Pohang (Yeongnam Ilbo page + copy on Maeil Shinmun in the plain batch) ----

YNA = rec(
    cluster="yonhap-pohang-squid-catch",
    title="포항 구룡포 오징어 어획량 1년 새 절반…어민들 출어 포기",
    date="2024-11-06",
    dateline="(포항=연합뉴스) 윤지호 기자 = ",
    city="Pohang",
    country="KR",
    region="asia",
    agency="Yonhap",
    authors=["윤지호"],
    lang="ko",
    description="수온 상승으로 어장이 북상하면서 채낚기 어선 상당수가 항구에 묶여 있다.",
    paras=P("""
경북 포항 구룡포항의 오징어 어획량이 1년 사이 절반 가까이 줄면서 출어를 포기하는 어민이 늘고 있다.

6일 구룡포수협에 따르면 올해 1월부터 10월까지 위판된 오징어는 1천120t으로 지난해 같은 기간 2천150t보다 48% 감소했다.

수협 관계자는 동해 수온이 오르면서 오징어 어장이 북쪽으로 옮겨 간 데다 중국 어선의 싹쓸이 조업까지 겹친 것으로 보고 있다.

구룡포항에 등록된 채낚기 어선 60여 척 가운데 절반 이상은 기름값 부담 때문에 최근 한 달 동안 한 번도 바다에 나가지 않았다.

한 선주는 한 번 나가면 기름값만 수백만 원이 드는데 빈손으로 돌아오는 날이 더 많다고 말했다.

어획량이 줄면서 위판장 오징어 가격은 한 상자에 10만원을 넘어 지난해보다 두 배 가까이 올랐다.

포항시는 어민들의 유류비 일부를 지원하고 대체 어종 양식 사업을 검토하기로 했다.

경북도 역시 해양수산부에 오징어 어업인 긴급 경영안정 자금 지원을 건의할 방침이다.

구룡포 수산물 가공업체들도 원료 오징어를 구하지 못해 수입산 냉동 오징어로 작업을 이어가고 있다.

국립수산과학원은 올겨울 동해 중부 해역의 수온이 평년보다 1도 이상 높을 것으로 내다봤다.

어민들은 오징어 자원 회복을 위해 불법 조업 단속을 강화하고 금어기를 조정해야 한다고 요구했다.

일부 선주는 어선을 감척 사업에 신청하는 방안까지 검토하고 있는 것으로 알려졌다.
"""),
    must_have=[
        "구룡포항에 등록된 채낚기 어선 60여 척 가운데 절반 이상은 기름값 부담 때문에 최근 한 달 동안 한 번도 바다에 나가지 않았다.",
        "포항시는 어민들의 유류비 일부를 지원하고 대체 어종 양식 사업을 검토하기로 했다.",
    ],
)

# ---- cluster: MENA, Aswan (Rose al-Yusuf gzipped page + copy on Mobtada in the gzipped batch) ----

MENA = rec(
    cluster="mena-aswan-nile-ferries",
    title="محافظ أسوان: تشغيل 6 معديات نهرية جديدة لخدمة قرى غرب النيل",
    date="2025-07-22",
    dateline="أسوان في 22 يوليو /أ ش أ/ ",
    city="Aswan",
    country="EG",
    region="africa",
    agency="MENA",
    lang="ar",
    description="المعديات الجديدة تخدم نحو 40 ألف مواطن يعبرون النيل يومياً.",
    paras=P("""
أعلن محافظ أسوان اليوم الثلاثاء تشغيل ست معديات نهرية جديدة لخدمة أهالي القرى الواقعة غرب النيل، ضمن خطة لتطوير منظومة النقل النهري في المحافظة.

وقال المحافظ، في تصريح لوكالة أنباء الشرق الأوسط، إن المعديات الجديدة تسع كل منها 120 راكباً، ومزودة بسترات نجاة وأجهزة إطفاء ووسائل اتصال.

وأضاف أن المعديات ستعمل على خطوط غرب سهيل وجزيرة هيسا وقرية الكرور، وهي خطوط يستخدمها نحو 40 ألف مواطن يومياً.

وأوضح أن المحافظة سحبت من الخدمة 11 معدية قديمة لم تعد تستوفي اشتراطات السلامة التي تحددها هيئة النقل النهري.

وأشار إلى أن أسعار تذاكر العبور لن تتغير، وأن الطلاب سيحصلون على اشتراكات شهرية مخفضة.

كما تقرر إنشاء مراسٍ خرسانية جديدة على الضفتين بدلاً من المراسي الخشبية، بتكلفة تقارب 18 مليون جنيه.

وطالب المحافظ مشغلي المعديات بالالتزام بالحمولة المقررة وعدم التشغيل بعد غروب الشمس إلا بتصريح.

وكانت المحافظة قد تلقت شكاوى متكررة من الأهالي بشأن تأخر المعديات وازدحامها خلال موسم الصيف.

وأكد أن المحافظة ستتابع تشغيل الخطوط الجديدة يومياً لضمان انتظام المواعيد.
"""),
    must_have=[
        "وأوضح أن المحافظة سحبت من الخدمة 11 معدية قديمة لم تعد تستوفي اشتراطات السلامة التي تحددها هيئة النقل النهري.",
        "كما تقرر إنشاء مراسٍ خرسانية جديدة على الضفتين بدلاً من المراسي الخشبية، بتكلفة تقارب 18 مليون جنيه.",
    ],
)

# ---- cluster: Whyalla News, page + noisy re-scrape ----

WN = rec(
    cluster="whyallanews-foreshore-erosion",
    title="Council fences off Whyalla foreshore path as storm tides eat into dunes",
    date="2025-03-11",
    country="AU",
    region="oceania",
    authors=["Kirra Lindqvist"],
    lang="en",
    caption="Sections of the foreshore path have collapsed onto the beach.",
    credit="Kirra Lindqvist",
    paras=P("""
Part of the Whyalla foreshore walking path has been fenced off after storm tides washed away up to three metres of dune in a fortnight.

The Whyalla City Council closed a 400-metre stretch between the jetty and the sailing club on Monday after a section of the path collapsed onto the sand.

Council infrastructure manager Tom Baretta said engineers would inspect the area this week to decide how much of the path could be saved.

He said the combination of king tides and strong southerly winds had hit the exposed part of the beach particularly hard.

Long-time residents said they had never seen the dune so steep, with tree roots and old rubble now showing along the cut.

The council had already planned to spend $450,000 on rock protection near the boat ramp in the next financial year.

Mr Baretta said that work could be brought forward if the state government's coastal protection board agreed to share the cost.

Walkers are asked to use the parallel footpath along the esplanade and to keep dogs away from the fenced area.
"""),
    must_have=[
        "The council had already planned to spend $450,000 on rock protection near the boat ramp in the next financial year.",
        "Walkers are asked to use the parallel footpath along the esplanade and to keep dogs away from the fenced area.",
    ],
)
WN_PRE = ["Whyalla News", "News", "Sport", "Community", "Opinion", "Classifieds", "Today's Paper"]
WN_HEAD = ["Kirra Lindqvist", "Journalist", "March 11 2025 - 2:30pm"]
WN_CAP = ["Sections of the foreshore path have collapsed onto the beach. Picture by Kirra Lindqvist"]
WN_TAIL = [["Kirra Lindqvist is a journalist at the Whyalla News. Got a story? Email kirra.lindqvist@example.com.au"],
           ["Share"], ["More from News"], ["Upper Spencer Gulf councils push for desalination plant answers"],
           ["Whyalla News is part of Australian Community Media"]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Whyalla News (South Australia): original of the re-scrape cluster; ACM name / role / date lines, 'Picture by' caption.
    dict(WN, role="original", file="whyallanews_foreshore_erosion.txt", render="text",
         pre=[WN_PRE], head=[WN_HEAD], cap_lines=WN_CAP,
         inserts={2: ["Advertisement"], 5: ["READ MORE:", "Jetty repairs to start after winter, council says"]},
         tail=WN_TAIL),
    dict(WN, role="rescrape", file="whyallanews_foreshore_erosion_rescrape.txt.gz", render="text", noise=True,
         pre=[WN_PRE], head=[WN_HEAD], cap_lines=WN_CAP,
         tail=[["Subscribe now for unlimited access"], *WN_TAIL]),
    # Obiectiv - Vocea Brăilei (Romania): original of the Agerpres cluster; 'Brăila, 14 aug /Agerpres/ -' dateline, AGERPRES sign-off with author and editor.
    dict(AGP, role="original", file="obiectiv_agerpres_braila_dunare_ro.txt", render="text",
         pre=[["Obiectiv - Vocea Brăilei", "Actualitate", "Administrație", "Economie", "Sport", "Cultură", "Anunțuri"]],
         head=[["Publicat: joi, 14 august 2025, 12:05"], ["Sursa: Agerpres"]],
         inserts={2: ["Publicitate"], 5: ["Citește și:", "Apa potabilă, oprită în trei cartiere ale Brăilei pentru lucrări"]},
         tail=[["AGERPRES/(AS - autor: Mihaela Stanciu, editor: Andreea Ioniță)"], ["Distribuie pe Facebook"], ["Comentarii"],
               ["Trimite-ne o știre pe WhatsApp"], ["Cele mai citite"], ["\u00a9 2025 Obiectiv - Vocea Brăilei. Toate drepturile rezervate."]]),
    # Tunisie Numérique (Tunisia, French): staff, no byline, Kerkennah fishermen and the octopus rest period.
    rec(cluster="tunisienumerique-kerkennah-poulpe", role="single", file="tunisienumerique_kerkennah_poulpe_fr.txt", render="text",
        title="Kerkennah : les pêcheurs de poulpe réclament une compensation pendant le repos biologique",
        date="2025-05-27", country="TN", region="africa", lang="fr",
        pre=[["Tunisie Numérique", "Actualités", "Politique", "Économie", "Régions", "Sport", "Monde"]],
        head=[["27 mai 2025 à 10:14"], ["Lecture : 2 min."]],
        inserts={2: ["Publicité"], 5: ["Lire aussi :", "Sfax : saisie de 300 kg de poulpe pêché hors saison"]},
        tail=[["Partager :", "Facebook", "Twitter"], ["Articles similaires"], ["Suivez-nous sur Google News"],
              ["Laisser un commentaire"], ["\u00a9 2025 Tunisie Numérique. Tous droits réservés."]],
        paras=P("""
Plusieurs dizaines de pêcheurs artisanaux des îles Kerkennah ont manifesté lundi devant le siège de la délégation de Remla pour réclamer une compensation financière pendant la période de repos biologique du poulpe.

Le repos biologique, décidé par le ministère de l'Agriculture, s'étend du 15 mai au 15 octobre et interdit la pêche du poulpe dans le golfe de Gabès.

Selon les manifestants, près de 2 000 familles de l'archipel vivent directement de cette activité, souvent sans autre source de revenus.

Le représentant local de l'Union tunisienne de l'agriculture et de la pêche, Habib Jelassi, a affirmé que les pêcheurs respectaient la mesure mais ne pouvaient pas rester cinq mois sans aide.

Il a également dénoncé la présence de chalutiers qui pêchent illégalement près des côtes et détruisent les herbiers marins.

Les pêcheurs demandent une allocation mensuelle et un accès à des crédits sans intérêts pour réparer leurs barques.

Le délégué de Remla a promis de transmettre leurs revendications au gouverneur de Sfax et aux services du ministère.

Une réunion entre les représentants des pêcheurs et les autorités régionales est prévue la semaine prochaine.
"""),
        must_have=[
            "Les pêcheurs demandent une allocation mensuelle et un accès à des crédits sans intérêts pour réparer leurs barques.",
            "Une réunion entre les représentants des pêcheurs et les autorités régionales est prévue la semaine prochaine.",
        ]),
    # Village Voice (Guyana): staff, 'By X and Y' byline, sea defence breach on the West Coast of Berbice.
    rec(cluster="villagevoice-berbice-sea-defence", role="single", file="villagevoice_berbice_sea_defence.txt", render="text",
        title="Farmers count losses as sea defence breach floods Bush Lot rice fields",
        date="2024-09-18", country="GY", region="americas", lang="en", authors=["Ravindra Persaud", "Shondel Adams"],
        pre=[["Village Voice", "News", "Regions", "Business", "Sport", "Letters", "Advertise"]],
        head=[["By Ravindra Persaud and Shondel Adams"], ["September 18, 2024"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["RELATED: Ministry of Public Works awards contracts for Corentyne sea walls"]},
        tail=[["Share this:", "Facebook", "WhatsApp"], ["Like this:", "Loading..."], ["Related"],
              ["Leave a Reply Cancel reply"], ["\u00a9 2024 Village Voice News. All rights reserved."]],
        paras=P("""
Rice farmers at Bush Lot on the West Coast of Berbice say they have lost more than 200 acres of young rice after the sea defence was breached during high tides on Monday night.

Salt water poured through a gap of about 30 metres in the earthen embankment and spread across the fields behind the village.

Farmer Deonarine Sukhram said his six acres had been planted only three weeks ago and the seedlings were already turning yellow.

Regional Chairman David Armogan visited the area on Tuesday with engineers from the Ministry of Public Works.

He said crews had started filling the breach with sandbags and boulders, and an excavator would work through the night at low tide.

The Ministry said spring tides of up to 3.4 metres were expected until the weekend and residents should stay alert.

Farmers are asking the government to supply fresh seed paddy and to help drain the salt water from the fields.

The National Drainage and Irrigation Authority has sent two mobile pumps to the area.
"""),
        must_have=[
            "He said crews had started filling the breach with sandbags and boulders, and an excavator would work through the night at low tide.",
            "The National Drainage and Irrigation Authority has sent two mobile pumps to the area.",
        ]),
    # Somoy News (Bangladesh, Bengali): staff, district correspondent byline in Bengali, Bengali digits.
    rec(cluster="somoynews-paturia-ferry-fog", role="single", file="somoynews_paturia_ferry_bn.txt", render="text",
        title="ঘন কুয়াশায় পাটুরিয়া-দৌলতদিয়া নৌরুটে ৯ ঘণ্টা ফেরি বন্ধ",
        date="2024-12-03", country="BD", region="asia", lang="bn", authors=["মাহমুদুল হাসান"],
        pre=[["সময় নিউজ", "প্রচ্ছদ", "জাতীয়", "রাজনীতি", "সারাদেশ", "আন্তর্জাতিক", "খেলা"]],
        head=[["মাহমুদুল হাসান, মানিকগঞ্জ প্রতিনিধি"], ["প্রকাশিত: ৩ ডিসেম্বর ২০২৪, ১১:৪০"]],
        inserts={2: ["বিজ্ঞাপন"], 5: ["আরও পড়ুন", "শিমুলিয়া ঘাটে লঞ্চ চলাচল স্বাভাবিক"]},
        tail=[["সময় সংবাদ/এমএইচ"], ["শেয়ার করুন"], ["এ সম্পর্কিত আরও খবর"], ["সর্বশেষ"],
              ["\u00a9 সর্বস্বত্ব স্বত্বাধিকার সংরক্ষিত ২০২৪ | সময় নিউজ"]],
        paras=P("""
ঘন কুয়াশার কারণে পাটুরিয়া-দৌলতদিয়া নৌরুটে টানা নয় ঘণ্টা ফেরি চলাচল বন্ধ ছিল। এতে দুই পাড়ে আটকা পড়ে কয়েকশ যানবাহন।

বাংলাদেশ অভ্যন্তরীণ নৌপরিবহন কর্পোরেশনের পাটুরিয়া কার্যালয় জানায়, মঙ্গলবার রাত দুইটা থেকে সকাল এগারোটা পর্যন্ত ফেরি চলাচল বন্ধ রাখা হয়।

নদীতে দৃশ্যমানতা কমে যাওয়ায় দুর্ঘটনা এড়াতে মাঝনদীতে থাকা চারটি ফেরি নোঙর করে রাখা হয়।

পাটুরিয়া ঘাটে প্রায় তিনশ ট্রাক ও অর্ধশতাধিক যাত্রীবাহী বাস পারাপারের অপেক্ষায় ছিল।

সবজি বোঝাই ট্রাকের চালকেরা জানান, দীর্ঘ সময় আটকে থাকায় তাদের পণ্য নষ্ট হওয়ার আশঙ্কা রয়েছে।

সকাল এগারোটার পর কুয়াশা কেটে গেলে ধীরে ধীরে ফেরি চলাচল শুরু হয় এবং বর্তমানে ১৬টি ফেরি চলছে।

কর্তৃপক্ষ জানিয়েছে, পচনশীল পণ্যবাহী ট্রাক ও অ্যাম্বুলেন্স অগ্রাধিকার ভিত্তিতে পার করা হচ্ছে।

আবহাওয়া অফিস বলছে, আগামী কয়েক দিন নদী অববাহিকায় মাঝারি থেকে ঘন কুয়াশা থাকতে পারে।

ঘাট এলাকায় আটকে থাকা যাত্রীরা জানান, খাবার ও পানির দোকানগুলোতে দাম বেড়ে গেছে।

শীত মৌসুমে এই নৌরুটে প্রায়ই কুয়াশার কারণে ফেরি চলাচল বিঘ্নিত হয় বলে জানান স্থানীয়রা।

বিআইডব্লিউটিসি কর্মকর্তারা বলছেন, রাতে চলাচলের জন্য ফেরিগুলোতে আধুনিক রাডার বসানোর পরিকল্পনা রয়েছে।
"""),
        must_have=[
            "সবজি বোঝাই ট্রাকের চালকেরা জানান, দীর্ঘ সময় আটকে থাকায় তাদের পণ্য নষ্ট হওয়ার আশঙ্কা রয়েছে।",
            "কর্তৃপক্ষ জানিয়েছে, পচনশীল পণ্যবাহী ট্রাক ও অ্যাম্বুলেন্স অগ্রাধিকার ভিত্তিতে পার করা হচ্ছে।",
        ]),
    # Ostfriesen-Zeitung (Germany): dpa copy, 'Emden (dpa/lni) -' dateline, dpa-infocom footer.
    rec(cluster="oz-dpa-emden-hafen-schlick", role="single", file="oz_dpa_emden_hafen_schlick_de.txt", render="text",
        title="Schlick im Emder Hafen: Frachter müssen auf die Flut warten",
        date="2025-10-08", dateline="Emden (dpa/lni) - ", city="Emden", country="DE", region="europe", lang="de", agency="dpa",
        pre=[["Ostfriesen-Zeitung", "Region", "Emden", "Leer", "Ostfriesland", "Sport", "E-Paper"]],
        head=[["08.10.2025, 13:52 Uhr"], ["dpa"]],
        inserts={2: ["Anzeige"], 5: ["Lesen Sie auch:", "Neue Fähre für Borkum soll 2026 kommen"]},
        tail=[["© dpa-infocom, dpa:251008-930-125417/1"], ["Artikel teilen"], ["Weitere Artikel aus Niedersachsen"],
              ["Jetzt OZ-Abo testen"], ["\u00a9 Zeitungsgruppe Ostfriesland GmbH"], ["Impressum"]],
        paras=P("""
Im Emder Hafen sammelt sich so viel Schlick an, dass größere Frachtschiffe den Hafen nur noch bei Hochwasser anlaufen können.

Die Hafengesellschaft Niedersachsen Ports bestätigte am Mittwoch, dass die Wassertiefe im Außenhafen an mehreren Stellen um bis zu einen Meter unter dem Sollwert liegt.

Betroffen sind vor allem Autotransporter, die Neuwagen aus dem VW-Werk in Emden abholen.

Ein Sprecher sagte, Schiffe müssten teilweise mehrere Stunden auf der Reede warten, bis die Flut genug Wasser bringe.

Grund seien die ungewöhnlich trockenen Monate, in denen die Ems weniger Wasser und damit weniger Strömung geführt habe.

Das Land Niedersachsen will zusätzliche Baggerschiffe einsetzen und hat dafür kurzfristig 2,5 Millionen Euro bereitgestellt.

Umweltverbände kritisieren, dass das Ausbaggern die Trübung der Ems weiter verstärke und Fische gefährde.

Die Hafenwirtschaft fordert dagegen eine dauerhafte Lösung, damit Emden als Umschlagplatz für Autos nicht an Bedeutung verliere.

Nach Angaben der Hafengesellschaft werden in Emden jedes Jahr mehr als eine Million Fahrzeuge umgeschlagen.

Ein Gutachten zur künftigen Unterhaltung der Fahrrinne soll im kommenden Frühjahr vorliegen.
"""),
        must_have=[
            "Das Land Niedersachsen will zusätzliche Baggerschiffe einsetzen und hat dafür kurzfristig 2,5 Millionen Euro bereitgestellt.",
            "Umweltverbände kritisieren, dass das Ausbaggern die Trübung der Ems weiter verstärke und Fische gefährde.",
        ]),
    # SooToday (Canada, Village Media): Canadian Press copy, 'CHURCHILL, Man. —' dateline, CP byline and copyright lines.
    rec(cluster="sootoday-cp-churchill-port", role="single", file="sootoday_cp_churchill_port.txt", render="text",
        title="Port of Churchill wraps up busiest grain season in a decade",
        date="2024-11-06", dateline="CHURCHILL, Man. \u2014 ", city="Churchill", country="CA", region="americas", lang="en",
        agency="CP", authors=["Lena Okafor"],
        pre=[["SooToday", "Local News", "National News", "Sports", "Obituaries", "Classifieds", "Weather"]],
        head=[["Lena Okafor, The Canadian Press"], ["Nov 6, 2024 4:15 PM"]],
        inserts={2: ["Advertisement"], 5: ["Story continues below"]},
        tail=[["This report by The Canadian Press was first published Nov. 6, 2024."], ["Comments"],
              ["Be the first to read breaking stories. Enable push notifications on your device."],
              ["Related Stories"], ["\u00a9 2024 The Canadian Press"], ["More National News"]],
        paras=P("""
The Port of Churchill has closed its shipping season after handling the largest volume of grain in more than a decade.

The Arctic Gateway Group, which owns the port and the Hudson Bay Railway, says 13 ocean vessels loaded at the northern Manitoba port between July and early November.

Together they carried about 310,000 tonnes of wheat, canola and peas to buyers in Europe and Africa.

Chief executive Marla Tetrault said the railway had run more trains than planned because farmers in Saskatchewan were eager to reach a shorter route to Europe.

The port can only operate while Hudson Bay is free of ice, usually from July until late October.

Tetrault said the group would spend the winter repairing a loading gallery and would ask Ottawa for more money to improve the rail line across permafrost.

The town's mayor said the busy season had brought jobs and steady business to hotels and restaurants.

Federal officials say they are studying whether the port could also ship critical minerals from northern mines.
"""),
        must_have=[
            "Together they carried about 310,000 tonnes of wheat, canola and peas to buyers in Europe and Africa.",
            "The port can only operate while Hudson Bay is free of ice, usually from July until late October.",
        ]),
    # Pune Mirror (India): staff, 'Mirror Bureau' desk line, Khadakwasla water cut.
    rec(cluster="punemirror-khadakwasla-water-cut", role="single", file="punemirror_khadakwasla_water_cut.txt", render="text",
        title="PMC announces alternate-day supply in 14 wards as Khadakwasla stock dips",
        date="2025-05-27", country="IN", region="asia", lang="en",
        pre=[["Pune Mirror", "News", "Pune", "Cover Story", "Crime", "Entertainment", "ePaper"]],
        head=[["Mirror Bureau"], ["Tue, 27 May 2025 | 8:30 AM"], ["Pune"]],
        inserts={2: ["Advertisement"], 5: ["Also read: Tanker mafia under scanner in Wagholi, Kharadi"]},
        tail=[["Follow Pune Mirror on WhatsApp for the latest updates"], ["Share on", "Facebook", "X"], ["Trending"],
              ["Got a story? Mail us at punemirror@example.com"], ["\u00a9 2025 Pune Mirror"]],
        paras=P("""
The Pune Municipal Corporation (PMC) will supply water on alternate days in 14 wards from Thursday, as stock in the four dams of the Khadakwasla project fell to 3.9 TMC.

The cut will mainly affect Kothrud, Warje, Sinhagad Road, Hadapsar and parts of the eastern suburbs, officials said.

Superintending engineer Nandkumar Jagtap said the civic body wanted to make the remaining stock last until the monsoon arrives.

He said the dams held almost 5.2 TMC at the same time last year.

Residents of housing societies in Hadapsar said they had already been depending on private tankers for two weeks.

The PMC has asked societies to repair leaking tanks and to avoid washing cars and parking areas with hose pipes.

Officials said 140 PMC tankers would be sent to areas at the tail end of the pipeline network.

The India Meteorological Department has forecast that the monsoon will reach Pune in the second week of June.
"""),
        must_have=[
            "Residents of housing societies in Hadapsar said they had already been depending on private tankers for two weeks.",
            "Officials said 140 PMC tankers would be sent to areas at the tail end of the pipeline network.",
        ]),
    # Talanoa 'o Tonga (Tonga): staff, Nuku'alofa water board, date with Tonga time.
    rec(cluster="talanoa-nukualofa-water-board", role="single", file="talanoa_nukualofa_water.txt", render="text",
        title="Tonga Water Board asks Tongatapu households to save water as dry spell continues",
        date="2024-08-29", country="TO", region="oceania", lang="en", authors=["Losaline Fifita"],
        pre=[["Talanoa 'o Tonga", "Home", "News", "Business", "Sport", "Pacific", "Contact"]],
        head=[["Posted by Losaline Fifita"], ["Thursday, 29 August 2024"]],
        inserts={2: ["Advertisement"], 5: ["Read also: Fishing boats told to stay in port as swells rise"]},
        tail=[["Share this story"], ["Facebook", "Email"], ["Related posts"], ["Talanoa 'o Tonga is an independent news service based in Nuku'alofa."],
              ["\u00a9 2024 Talanoa 'o Tonga"]],
        paras=P("""
The Tonga Water Board has asked households on Tongatapu to cut back on water use after almost three months of below-normal rainfall.

Chief executive Sione Taufa said groundwater levels at the Mataki'eua well field, which supplies most of Nuku'alofa, had dropped to their lowest point since 2020.

He said the board would reduce pressure in the network at night from next week so that the reservoirs could refill.

Villages at the ends of the network, including Kolovai and Fua'amotu, may have no water in the early morning.

The board is asking people not to water gardens or wash vehicles with hoses until the dry spell ends.

Tonga Meteorological Service said rainfall in July was less than half of the usual amount.

Families with rainwater tanks have been told to check that gutters and screens are clean before the next rains.

The board said it would supply water by truck to the hospital and schools if pressure fell too far.
"""),
        must_have=[
            "He said the board would reduce pressure in the network at night from next week so that the reservoirs could refill.",
            "Tonga Meteorological Service said rainfall in July was less than half of the usual amount.",
        ]),
    # Uganda Radio Network (Uganda): staff, its own reporter on its own site, audio/download chrome, Lake Kyoga ferry.
    rec(cluster="urn-lake-kyoga-ferry", role="single", file="urn_lake_kyoga_ferry.txt", render="text",
        title="Residents stranded as Lake Kyoga ferry breaks down for third time this year",
        date="2025-06-17", country="UG", region="africa", lang="en", authors=["Emmanuel Ojok"],
        pre=[["Uganda Radio Network", "Home", "News", "Regions", "Stories", "Audio", "Subscribe"]],
        head=[["Emmanuel Ojok"], ["17 Jun 2025 4:12 PM"], ["Tagged with: Lake Kyoga, ferry, UNRA"]],
        inserts={2: ["Advertisement"], 5: ["Related: Fishermen on Lake Kwania protest arrests by fisheries officers"]},
        tail=[["Audio"], ["Download"], ["Share"], ["Related Stories"],
              ["Uganda Radio Network \u2013 news from every region of Uganda"],
              ["\u00a9 2025 Uganda Radio Network"]],
        paras=P("""
Hundreds of travellers have been stranded at Lwampanga landing site after the ferry across Lake Kyoga broke down on Monday morning.

The ferry links Nakasongola district with Amolatar on the northern shore and carries traders, pupils and patients every day.

Ferry operators said one of the two engines stopped working in the middle of the lake and the vessel had to be towed back to shore.

It is the third breakdown of the ferry this year, according to records at the landing site.

Traders said fish and fresh produce had gone bad while they waited for the crossing.

Some passengers hired small wooden boats to cross, although police have warned that many of them are overloaded and carry no life jackets.

The Uganda National Roads Authority said engineers were on their way from Kampala with spare parts.

Amolatar district chairperson Joseph Okello said the community had asked for a second ferry for years.
"""),
        must_have=[
            "It is the third breakdown of the ferry this year, according to records at the landing site.",
            "The Uganda National Roads Authority said engineers were on their way from Kampala with spare parts.",
        ]),
    # Uusimaa (Finland, Finnish): STT copy, no dateline, STT sign-off.
    rec(cluster="uusimaa-stt-porvoo-vesi", role="single", file="uusimaa_stt_porvoonjoki_vesi_fi.txt", render="text",
        title="Porvoonjoen vesi on poikkeuksellisen vähissä – kaupunki rajoittaa kasteluvettä",
        date="2025-01-30", country="FI", region="europe", lang="fi", agency="STT",
        pre=[["Uusimaa", "Uutiset", "Porvoo", "Sipoo", "Urheilu", "Mielipiteet", "Näköislehti"]],
        head=[["STT"], ["30.1.2025 14:05"]],
        inserts={2: ["Mainos"], 5: ["Lue myös:", "Vesijohtovuoto katkaisi veden Kevätkummussa"]},
        tail=[["STT"], ["Jaa artikkeli"], ["Luetuimmat"], ["Tilaa Uusimaa"], ["\u00a9 Keskisuomalainen Oyj"]],
        paras=P("""
Porvoonjoen virtaama on tammikuussa ollut poikkeuksellisen pieni, ja Porvoon kaupunki valmistelee rajoituksia veden käyttöön.

Suomen ympäristökeskuksen mukaan joen virtaama on noin kolmannes tavanomaisesta tammikuun tasosta.

Syynä on vähäluminen alkutalvi ja edellisen syksyn kuivuus, jonka vuoksi pohjavesien pinnat ovat laskeneet koko Itä-Uudellamaalla.

Porvoon Vesi kertoo, että kaupungin vedenotto on tällä hetkellä turvattu, mutta varanto voi käydä tiukaksi kevääseen mennessä.

Yhtiö pyytää kotitalouksia välttämään turhaa veden käyttöä ja korjaamaan vuotavat hanat ja wc-istuimet.

Lisäksi selvitetään, voidaanko vettä tarvittaessa ostaa naapurikunnista yhdysjohtoa pitkin.

Maanviljelijät ovat huolissaan siitä, riittääkö joesta vettä kesän kasteluun, jos kevät jää kuivaksi.

Ympäristökeskus seuraa tilannetta viikoittain ja julkaisee uuden ennusteen helmikuun puolivälissä.

Porvoon kaupungin mukaan mahdolliset rajoitukset koskisivat ensi vaiheessa nurmikoiden kastelua ja autojen pesua.

Yritysten ja maatilojen kanssa aiotaan lisäksi sopia vedenkäytön vähentämisestä, jos tilanne pahenee.

Viimeksi vastaavan tasoisia virtaamia mitattiin Porvoonjoessa talvella 2003.

Ympäristökeskuksen mukaan runsaat lumisateet helmi- ja maaliskuussa voisivat vielä parantaa tilannetta merkittävästi.

Myös useat muut Itä-Uudenmaan kunnat ovat kehottaneet asukkaitaan säästämään vettä.
"""),
        must_have=[
            "Yhtiö pyytää kotitalouksia välttämään turhaa veden käyttöä ja korjaamaan vuotavat hanat ja wc-istuimet.",
            "Maanviljelijät ovat huolissaan siitä, riittääkö joesta vettä kesän kasteluun, jos kevät jää kuivaksi.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_YN = site("영남일보", "https://www.yeongnam.example.com", " - 영남일보", "ko_KR", "@yeongnamilbo",
               ["정치", "경제", "사회", "포항", "경북", "스포츠", "오피니언"],
               ["Copyright \u00a9 영남일보. All rights reserved.", "회사소개", "청소년보호정책"],
               share=["페이스북", "카카오톡", "링크복사"])
SITE_RY = site("روز اليوسف", "https://www.rosaelyoussef.example.com", " - بوابة روز اليوسف", "ar_EG", "@rosaelyoussef",
               ["الرئيسية", "أخبار", "محافظات", "اقتصاد", "حوادث", "رياضة", "فن"],
               ["جميع الحقوق محفوظة \u00a9 2025 بوابة روز اليوسف", "من نحن", "اتصل بنا"],
               share=["شارك", "فيسبوك", "واتساب"])
SITE_SI = site("Sakhalin.info", "https://sakhalin.example.info", " | Sakhalin.info", "ru_RU", "@sakhalininfo",
               ["Новости", "Экономика", "Общество", "Происшествия", "Курилы", "Фото"],
               ["\u00a9 2024 Sakhalin.info. 16+", "Редакция", "Реклама"],
               share=["Поделиться", "ВКонтакте", "Telegram"])
SITE_ND = site("Naples Daily News", "https://www.naplesnews.example.com", " | Naples Daily News", "en_US", "@naplesnews",
               ["Home", "Local", "Sports", "Weather", "Opinion", "Obituaries", "eNewspaper"],
               ["\u00a9 2025 www.naplesnews.com. All rights reserved.", "Terms of Service", "Your Privacy Choices"],
               share=["Facebook", "Email", "X"])
SITE_US = site("Uno Santa Fe", "https://www.unosantafe.example.com.ar", " | Uno Santa Fe", "es_AR", "@unosantafe",
               ["Santa Fe", "Política", "Policiales", "Deportes", "Economía", "Interés general"],
               ["\u00a9 2024 Uno Santa Fe. Todos los derechos reservados.", "Contacto", "Términos y condiciones"],
               share=["Compartir", "WhatsApp", "Facebook"])
SITE_SUL = site("Sul Informação", "https://www.sulinformacao.example.pt", " - Sul Informação", "pt_PT", "@sulinformacao",
                ["Atualidade", "Algarve", "Alentejo", "Sociedade", "Economia", "Cultura", "Desporto"],
                ["\u00a9 2025 Sul Informação. Todos os direitos reservados.", "Ficha Técnica", "Estatuto Editorial"],
                share=["Partilhar", "Facebook", "Twitter"],
                cookie="Este site utiliza cookies para melhorar a sua experiência de navegação.", buttons=["Aceitar", "Rejeitar"])
SITE_SMP = site("Sunnmørsposten", "https://www.smp.example.no", " \u2013 Sunnmørsposten", "nb_NO", "@smpno",
                ["Nyheter", "Ålesund", "Sport", "Næringsliv", "Meninger", "E-avis"],
                ["Ansvarlig redaktør: Kari Vestre", "\u00a9 Sunnmørsposten \u2013 en del av Polaris Media", "Personvern"],
                share=["Del", "Facebook", "Kopier lenke"], top=["Abonner", "Logg inn"])
SITE_SE = site("The Sangai Express", "https://www.e-pao.example.net", " | The Sangai Express", "en_IN", "@sangaiexpress",
               ["Home", "Manipur", "Northeast", "National", "Editorial", "Sports"],
               ["Copyright \u00a9 2025 The Sangai Express", "About Us", "Advertise"],
               share=["Share", "WhatsApp", "Facebook"])
SITE_RM = site("Rádio Moçambique", "https://www.rm.example.co.mz", " | Rádio Moçambique", "pt_MZ", "@RadioMocambique",
               ["Notícias", "Nacional", "Províncias", "Economia", "Desporto", "Rádio ao vivo"],
               ["\u00a9 2024 Rádio Moçambique, E.P.", "Contactos", "Quem somos"],
               share=["Partilhar", "Facebook", "WhatsApp"])

HTML_STORIES = [
    # Yeongnam Ilbo (Daegu, Korean): original of the Yonhap cluster; '(포항=연합뉴스) 윤지호 기자 =' dateline, Yonhap copyright line.
    dict(YNA, role="original", file="yeongnam_yonhap_pohang_squid_ko.html", render="html",
         site=SITE_YN, section="포항", meta_section="포항",
         url="https://www.yeongnam.example.com/web/view.php?key=20241106010000812",
         published="2024-11-06T10:42:00+09:00",
         byline_lines=["연합뉴스"], date_lines=["발행일 2024-11-06 10:42"],
         caption="6일 오전 경북 포항시 남구 구룡포항에 채낚기 어선들이 정박해 있다.", credit="연합뉴스", credit_shown="[연합뉴스 자료사진]",
         inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "동해안 수온 상승에 방어·삼치 어획 늘어")]},
         end_lines=["<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"],
         lists=[("많이 본 뉴스", ["포항 영일만항 물동량 역대 최대", "경북 동해안 해수욕장 수질 양호"])]),
    # Rose al-Yusuf (Egypt, Arabic, gzipped page): original of the MENA cluster; 'أ ش أ' dateline, desk byline.
    dict(MENA, role="original", file="rosaelyoussef_mena_aswan_maadiyat_ar.html.gz", render="html",
         site=SITE_RY, section="محافظات", meta_section="محافظات",
         url="https://www.rosaelyoussef.example.com/2154783/aswan-new-river-ferries",
         published="2025-07-22T13:20:00+03:00",
         ld_author=[{"@type": "Organization", "name": "بوابة روز اليوسف"}],
         byline_lines=["كتب - أ ش أ"], date_lines=["الثلاثاء 22 يوليو 2025 | 01:20 م"],
         inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضاً", "رفع كفاءة محطة مياه الشرب بكوم أمبو")]},
         tags=("الكلمات الدالة", ["أسوان", "النقل النهري", "المعديات"]),
         lists=[("الأكثر قراءة", ["انخفاض منسوب المياه في ترعة الرياح", "موعد تشغيل كوبري الخزان"])]),
    # Sakhalin.info (Russia, Russian): staff, byline 'Ирина Ковалёва', photo by the author, Korsakov salmon.
    rec(cluster="sakhalininfo-korsakov-gorbusha", role="single", file="sakhalininfo_korsakov_gorbusha_ru.html", render="html",
        site=SITE_SI, title="Горбуша не дошла: рыбаки юга Сахалина выловили втрое меньше плана",
        date="2024-08-29", country="RU", region="europe", lang="ru", authors=["Ирина Ковалёва"],
        section="Экономика", meta_section="Экономика",
        url="https://sakhalin.example.info/news/241871",
        description="Рыбопромышленники Корсаковского района просят пересмотреть сроки путины.",
        published="2024-08-29T09:15:00+11:00",
        byline_lines=["Ирина Ковалёва"], date_lines=["29 августа 2024, 09:15"],
        caption="Ставные неводы у побережья залива Анива", credit="Ирина Ковалёва", credit_shown="Фото: Ирина Ковалёва",
        inserts={2: [("ad", "Реклама")], 5: [("link", "Читайте также:", "В Невельске закрыли пляж после шторма")]},
        comments=["Комментарии (14)", "Чтобы оставить комментарий, авторизуйтесь"],
        lists=[("Популярное", ["Паром Ванино — Холмск задерживается", "Цены на рыбу на рынках Южно-Сахалинска"])],
        paras=P("""
Рыбопромышленники Корсаковского района к концу августа выловили около 9 тысяч тонн горбуши — втрое меньше, чем планировали перед началом путины.

По данным Сахалино-Курильского территориального управления Росрыболовства, подход рыбы к южному побережью острова оказался одним из самых слабых за последние двадцать лет.

Учёные связывают это с аномально тёплой водой в заливе Анива и изменением путей миграции лосося.

Директор одной из рыболовецких компаний Сергей Пак рассказал, что часть неводов уже сняли, а сезонных рабочих отправили домой раньше срока.

Предприятия просят разрешить им продлить промысел до середины сентября, когда ожидается подход кеты.

В региональном министерстве сельского хозяйства и рыболовства заявили, что решение примут после оценки заполнения нерестовых рек.

Ранее инспекторы зафиксировали, что в реки Корсаковского района зашло меньше половины необходимого количества производителей.

На рынках Южно-Сахалинска свежая горбуша подорожала почти на треть по сравнению с прошлым годом.

В прошлом году рыбаки Корсаковского района добыли более 27 тысяч тонн горбуши.

Окончательные итоги путины в областном правительстве обещают подвести в конце сентября.
"""),
        must_have=[
            "Предприятия просят разрешить им продлить промысел до середины сентября, когда ожидается подход кеты.",
            "На рынках Южно-Сахалинска свежая горбуша подорожала почти на треть по сравнению с прошлым годом.",
        ]),
    # Naples Daily News (US, USA TODAY Network): staff, byline with role line, sewage spill, 'Updated' not the date.
    rec(cluster="naplesnews-sewage-spill-gordon-river", role="single", file="naplesnews_gordon_river_sewage.html", render="html",
        site=SITE_ND, title="Naples warns boaters after 120,000 gallons of sewage spill into Gordon River",
        date="2025-07-22", country="US", region="americas", lang="en", authors=["Tessa Marlowe"],
        section="Local", meta_section="Local",
        url="https://www.naplesnews.example.com/story/news/local/2025/07/22/naples-sewage-spill-gordon-river-boaters-warned/75012345007/",
        description="A broken force main behind a shopping plaza sent wastewater into a storm drain.",
        published="2025-07-22T15:04:00-04:00", modified="2025-07-22T18:31:00-04:00",
        byline_lines=["Tessa Marlowe", "Naples Daily News"],
        date_lines=["Published 3:04 p.m. ET July 22, 2025", "Updated 6:31 p.m. ET July 22, 2025"],
        caption="Warning signs were posted at the Gordon River Greenway boat launch on Tuesday.",
        credit="Tessa Marlowe/Naples Daily News", credit_shown="Tessa Marlowe/Naples Daily News",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "More:", "Red tide returns to Collier beaches, sampling shows")]},
        author_box=["Tessa Marlowe covers environment and growth for the Naples Daily News. Reach her at tmarlowe@example.com."],
        lists=[("Most popular", ["Collier school board votes on start times", "Traffic shift on U.S. 41 begins Monday"])],
        paras=P("""
The City of Naples has warned boaters and anglers to stay out of part of the Gordon River after about 120,000 gallons of untreated sewage spilled into a storm drain on Monday night.

City utilities director Renee Castillo said a force main broke behind a shopping plaza on Goodlette-Frank Road and went unnoticed for several hours.

Crews shut down the line at about 2 a.m. Tuesday and used vacuum trucks to recover some of the wastewater.

The Florida Department of Health in Collier County issued a no-contact advisory for the river between the Golden Gate Parkway bridge and Naples Bay.

Signs were posted at the Gordon River Greenway launch, which is popular with kayakers and paddleboarders.

Water samples will be taken daily, and the advisory will stay in place until two rounds of tests show safe bacteria levels.

The broken pipe was installed in 1987, and the city had already budgeted to replace it next year.

Environmental groups said the spill showed the need to speed up work on the city's aging sewer network before hurricane season peaks.
"""),
        must_have=[
            "Crews shut down the line at about 2 a.m. Tuesday and used vacuum trucks to recover some of the wastewater.",
            "Water samples will be taken daily, and the advisory will stay in place until two rounds of tests show safe bacteria levels.",
        ]),
    # Uno Santa Fe (Argentina, Spanish): staff, 'Por' byline, Paraná low water at the Santa Fe port.
    rec(cluster="unosantafe-parana-bajante", role="single", file="unosantafe_parana_bajante_es.html", render="html",
        site=SITE_US, title="Bajante del Paraná: el puerto de Santa Fe opera con barcazas a media carga",
        date="2024-09-18", country="AR", region="americas", lang="es", authors=["Lucía Bertolini"],
        section="Santa Fe", meta_section="Santa Fe",
        url="https://www.unosantafe.example.com.ar/santa-fe/bajante-del-parana-el-puerto-santa-fe-opera-barcazas-media-carga-n10487213.html",
        description="El río marcó 0,48 metros en el hidrómetro local, lejos del promedio de septiembre.",
        published="2024-09-18T11:37:00-03:00",
        byline_lines=["Por Lucía Bertolini"], date_lines=["18 de septiembre de 2024 · 11:37hs"],
        caption="El río Paraná muestra bancos de arena frente a la costanera.", credit="Marcelo Manera", credit_shown="Foto: Marcelo Manera",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Leé además:", "Aguas Santafesinas pide cuidar el consumo por la bajante")]},
        tags=("Temas", ["Río Paraná", "Bajante", "Puerto de Santa Fe"]),
        lists=[("Lo más leído", ["Cortes de agua en barrios del norte", "Pronóstico: semana sin lluvias"])],
        paras=P("""
La bajante del río Paraná obliga a las barcazas que operan en el puerto de Santa Fe a salir con apenas la mitad de su carga habitual.

El hidrómetro local marcó este miércoles 0,48 metros, muy por debajo del promedio de 3,20 metros para septiembre, según el Instituto Nacional del Agua.

El presidente del Ente Administrador Puerto Santa Fe, Carlos Arese, explicó que el canal de acceso tiene zonas con menos de tres metros de profundidad.

Por eso las empresas redujeron la carga de granos y contenedores para evitar que las embarcaciones queden varadas.

Arese indicó que una draga trabaja desde hace dos semanas para mantener abierto el canal, pero que el río baja más rápido de lo previsto.

Los pescadores de la costa también sienten el impacto: en Alto Verde dicen que muchas lagunas quedaron aisladas del cauce principal.

El INA prevé que el nivel siga en descenso al menos hasta mediados de octubre por la falta de lluvias en el sur de Brasil.

Aguas Santafesinas aseguró que la toma de agua potable está garantizada, aunque pidió evitar el derroche.
"""),
        must_have=[
            "Por eso las empresas redujeron la carga de granos y contenedores para evitar que las embarcaciones queden varadas.",
            "El INA prevé que el nivel siga en descenso al menos hasta mediados de octubre por la falta de lluvias en el sur de Brasil.",
        ]),
    # Sul Informação (Portugal, Portuguese): Lusa copy, no dateline, '/Lusa' style sign-off line.
    rec(cluster="sulinformacao-lusa-olhao-pescadores", role="single", file="sulinformacao_lusa_olhao_pesca_pt.html", render="html",
        site=SITE_SUL, title="Pescadores de Olhão param frota em protesto contra quotas da sardinha",
        date="2025-03-11", country="PT", region="europe", lang="pt", agency="Lusa",
        section="Economia", meta_section="Economia",
        url="https://www.sulinformacao.example.pt/2025/03/pescadores-de-olhao-param-frota-em-protesto-contra-quotas-da-sardinha/",
        description="Cerca de 40 embarcações de cerco ficaram no porto esta terça-feira.",
        published="2025-03-11T17:02:00+00:00",
        ld_author=[{"@type": "Organization", "name": "Lusa"}],
        byline_lines=["Por Lusa"], date_lines=["11 de Março de 2025 | 17:02"],
        inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia também:", "Ria Formosa: apanha de bivalves interditada em Faro")]},
        end_lines=["Lusa"],
        lists=[("Mais lidas", ["Obras no porto de Portimão arrancam em abril", "Seca: barragens do Algarve a 30%"])],
        paras=P("""
Cerca de 40 embarcações de pesca do cerco ficaram hoje atracadas no porto de Olhão, em protesto contra a quota de sardinha fixada para este ano, disse à agência Lusa o presidente de uma associação do setor.

Segundo Miguel Conceição, da Associação de Armadores de Pesca do Algarve, a quota atribuída ao Algarve não chega para garantir o rendimento das tripulações até ao verão.

Os armadores querem que o Governo negoceie com Espanha um aumento das capturas, tendo em conta os sinais de recuperação do stock.

O dirigente afirmou que cada barco emprega entre dez e 15 pescadores e que muitas famílias de Olhão dependem diretamente desta pesca.

Os pescadores pedem também apoio ao gasóleo e uma revisão dos períodos de paragem obrigatória.

Contactado pela Lusa, o Ministério da Agricultura e Pescas lembrou que as quotas resultam de pareceres científicos e de acordos ibéricos.

A frota deverá voltar ao mar na quinta-feira, mas a associação não exclui novas paralisações se não houver resposta.

A lota de Olhão é uma das principais do país na venda de sardinha e de carapau.
"""),
        must_have=[
            "Os pescadores pedem também apoio ao gasóleo e uma revisão dos períodos de paragem obrigatória.",
            "A frota deverá voltar ao mar na quinta-feira, mas a associação não exclui novas paralisações se não houver resposta.",
        ]),
    # Sunnmørsposten (Norway, Bokmål): NTB copy, no dateline, 'NTB' byline and photo credit 'Foto: ... / NTB'.
    rec(cluster="smp-ntb-storfjorden-ferje", role="single", file="smp_ntb_ferje_storfjorden_nb.html", render="html",
        site=SITE_SMP, title="Ferjesambandet over Storfjorden innstilt etter motorhavari",
        date="2024-12-03", country="NO", region="europe", lang="nb", agency="NTB",
        section="Nyheter", meta_section="Nyheter",
        url="https://www.smp.example.no/nyheter/i/Xq4w2M/ferjesambandet-over-storfjorden-innstilt",
        description="Pendlere må kjøre en omvei på over to timer.",
        published="2024-12-03T08:46:00+01:00", modified="2024-12-03T10:12:00+01:00",
        ld_author=[{"@type": "Organization", "name": "NTB"}],
        byline_lines=["NTB"], date_lines=["Publisert: 03.12.2024 08:46", "Oppdatert: 03.12.2024 10:12"],
        caption="Ferja ligger til kai etter havariet.", credit="Ole Martin Brekke / NTB", credit_shown="Foto: Ole Martin Brekke / NTB",
        inserts={2: [("ad", "Annonse")], 5: [("link", "Les også:", "Nytt ferjeanbud for Sunnmøre utsatt")]},
        lists=[("Mest lest", ["Rasfare: E136 stengt i Romsdalen", "Fiskebåt slept til Ålesund"])],
        paras=P("""
Ferjesambandet Stranda–Liabygda over Storfjorden er innstilt etter at ferja fikk motorhavari tirsdag morgen.

Fjord1 opplyser at ferja mistet fremdriften kort tid etter avgang, og at den ble slept tilbake til kai av en redningsskøyte.

Det var 24 passasjerer og elleve biler om bord, og ingen kom til skade, ifølge selskapet.

Kommunikasjonssjef Hilde Aarflot sier at det ikke finnes noen reserveferje som kan settes inn før tidligst torsdag.

Pendlere og skoleelever må dermed kjøre rundt fjorden, en omvei som tar over to timer.

Ordføreren i Stranda sier hun har bedt Statens vegvesen om å sette inn en hurtigbåt for passasjerer i mellomtiden.

Det er tredje gang i høst at sambandet står stille på grunn av tekniske feil.

Næringslivet i området har lenge krevd at det settes inn en nyere ferje på strekningen.

Fylkeskommunen opplyser at en ny elektrisk ferje er planlagt på sambandet fra 2027.

Fjord1 beklager situasjonen og sier at verkstedet jobber for å få ferja i drift igjen så raskt som mulig.
"""),
        must_have=[
            "Pendlere og skoleelever må dermed kjøre rundt fjorden, en omvei som tar over to timer.",
            "Det er tredje gang i høst at sambandet står stille på grunn av tekniske feil.",
        ]),
    # The Sangai Express (Manipur, India): staff, 'Our Staff Reporter' desk byline with city line, Loktak Lake.
    rec(cluster="sangaiexpress-loktak-phumdi", role="single", file="sangaiexpress_loktak_fishers.html", render="html",
        site=SITE_SE, title="Loktak fishers protest removal of phumdi huts ahead of cleaning drive",
        date="2025-01-30", dateline="IMPHAL, Jan 29: ", city="Imphal", country="IN", region="asia", lang="en",
        section="Manipur", meta_section="Manipur",
        url="https://www.e-pao.example.net/sangai-express/2025/01/30/loktak-fishers-protest",
        description="Fishers say the floating huts are their only shelter during the fishing season.",
        published="2025-01-30T06:00:00+05:30",
        ld_author=[{"@type": "Organization", "name": "The Sangai Express"}],
        byline_lines=["Our Staff Reporter"], date_lines=["Thursday, January 30, 2025"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Also Read:", "Ithai barrage gates opened to lower lake level")]},
        lists=[("Latest News", ["Power cut in Imphal West on Saturday", "Nambul river cleaning drive launched"])],
        paras=P("""
Fishers living on the floating phumdis of Loktak Lake staged a sit-in at Thanga on Wednesday against a plan to remove their huts before a lake cleaning drive.

The Loktak Development Authority had served notices on about 300 huts, saying they blocked the flow of water and added to pollution in the lake.

The fishers said the huts were their only shelter during the fishing season and that they had nowhere else to go.

A woman fisher from Karang said her family had fished on the lake for three generations and earned only a few hundred rupees a day.

Officials of the authority said the drive was aimed at removing thick phumdis that had covered large parts of the open water.

They said the fishers would be offered space on the shore and help with new boats and nets.

Environmental groups have long warned that the spread of phumdis and the Ithai barrage have changed the ecology of the lake.

The protesters have asked for a meeting with the Chief Minister before any hut is removed.
"""),
        must_have=[
            "The fishers said the huts were their only shelter during the fishing season and that they had nowhere else to go.",
            "They said the fishers would be offered space on the shore and help with new boats and nets.",
        ]),
    # Rádio Moçambique (Mozambique, Portuguese): staff, public broadcaster, Beira port dredging.
    rec(cluster="rm-beira-porto-dragagem", role="single", file="radiomocambique_beira_dragagem_pt.html", render="html",
        site=SITE_RM, title="Porto da Beira recebe nova draga para manter canal de acesso",
        date="2024-08-29", country="MZ", region="africa", lang="pt", authors=["Albino Matsinhe"],
        section="Economia", meta_section="Economia",
        url="https://www.rm.example.co.mz/economia/porto-da-beira-recebe-nova-draga/",
        description="A embarcação vai permitir a entrada de navios de maior calado no porto.",
        published="2024-08-29T14:25:00+02:00",
        byline_lines=["Albino Matsinhe"], date_lines=["29 Agosto, 2024"],
        caption="A nova draga atracada no porto da Beira", credit="RM", credit_shown="Foto: RM",
        inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia também:", "Cheias: rio Búzi acima do nível de alerta")]},
        lists=[("Últimas notícias", ["Exportações de carvão pelo porto da Nacala crescem", "Pescadores de Sofala recebem barcos"])],
        paras=P("""
O porto da Beira, na província de Sofala, recebeu esta semana uma nova draga que vai ajudar a manter a profundidade do canal de acesso.

O canal enche-se de areia e lodo trazidos pelo rio Púnguè e pelo mar, o que obriga muitos navios a esperar pela maré alta para entrar.

Segundo a empresa gestora do porto, a nova draga pode retirar até três mil metros cúbicos de sedimentos por hora.

O director de operações, Alfredo Chiziane, disse que a meta é garantir um calado de pelo menos 12 metros ao longo de todo o ano.

A Beira serve de saída para mercadorias do Zimbabwe, Zâmbia e Malawi, além do centro de Moçambique.

Os transportadores queixam-se de que os atrasos dos navios aumentam os custos de frete e de armazenagem.

A draga foi financiada com um empréstimo de um banco de desenvolvimento e custou cerca de 40 milhões de dólares.

Os trabalhos de dragagem devem começar em Setembro, depois de testes técnicos.
"""),
        must_have=[
            "A Beira serve de saída para mercadorias do Zimbabwe, Zâmbia e Malawi, além do centro de Moçambique.",
            "Os transportadores queixam-se de que os atrasos dos navios aumentam os custos de frete e de armazenagem.",
        ]),
]


# ---- single-record JSON (news-please and trafilatura) ------------------------------

JSON_STORIES = [
    # news-please, YJC (Iran, Persian): staff, Solar Hijri date with Persian digits, news code line.
    rec(cluster="yjc-isfahan-zayandeh-rud", role="single", file="newsplease_yjc_zayandehrud_fa.json",
        render="newsplease", title="بازگشایی زاینده‌رود برای کشت پاییزه به مدت ۱۰ روز",
        date="2024-11-06", country="IR", region="asia", lang="fa",
        url="https://www.yjc.example.ir/fa/news/8912345/zayandeh-rud-reopening",
        source_domain="www.yjc.example.ir",
        description="آب رودخانه برای آبیاری مزارع شرق اصفهان رهاسازی می‌شود.",
        np_authors=[], np_publish="2024-11-06 09:40:00", np_download="2024-11-06 12:15:33",
        head_lines=["کد خبر: ۸۹۱۲۳۴۵", "۱۶ آبان ۱۴۰۳ - ۰۹:۴۰", "استان‌ها"],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید: کاهش ذخایر سد زاینده‌رود به ۱۸ درصد"]},
        tail_lines=["انتهای پیام/", "اشتراک گذاری", "ایتا", "بله", "اخبار مرتبط", "نظرات کاربران",
                    "پربیننده‌ترین", "آخرین اخبار", "ارسال نظر", "کلیه حقوق این سایت متعلق به باشگاه خبرنگاران جوان می‌باشد."],
        paras=P("""
مدیرعامل شرکت آب منطقه‌ای اصفهان از بازگشایی رودخانه زاینده‌رود به مدت ۱۰ روز برای آبیاری کشت پاییزه کشاورزان شرق و غرب اصفهان خبر داد.

وی گفت رهاسازی آب از سد زاینده‌رود از صبح امروز با دبی ۵۰ متر مکعب در ثانیه آغاز شده است.

به گفته او، حجم آب پشت سد اکنون حدود ۲۳۰ میلیون متر مکعب است که نسبت به سال گذشته کاهش یافته است.

کشاورزان شرق اصفهان بارها خواستار سهم بیشتری از آب رودخانه برای کشت گندم و جو شده بودند.

وی افزود اولویت اول همچنان تأمین آب شرب اصفهان و شهرهای اطراف است و پس از آن نیاز کشاورزی تأمین می‌شود.

مردم از حضور در بستر رودخانه در ساعات اولیه جریان آب و رها کردن خودروها در حاشیه آن منع شده‌اند.

کارشناسان محیط زیست می‌گویند جریان پایدار آب برای زنده ماندن تالاب گاوخونی ضروری است.

این رودخانه در سال‌های اخیر بیشتر ماه‌های سال خشک بوده است.

قرار است پس از پایان این دوره، وضعیت ذخایر سد بار دیگر بررسی شود.
"""),
        must_have=[
            "به گفته او، حجم آب پشت سد اکنون حدود ۲۳۰ میلیون متر مکعب است که نسبت به سال گذشته کاهش یافته است.",
            "کارشناسان محیط زیست می‌گویند جریان پایدار آب برای زنده ماندن تالاب گاوخونی ضروری است.",
        ]),
    # news-please, Radio Miraya (South Sudan, UNMISS radio): staff, Nile barge traffic at Juba river port.
    rec(cluster="radiomiraya-juba-river-port", role="single", file="newsplease_radiomiraya_juba_barges.json",
        render="newsplease", title="Traders count losses as low Nile strands fuel barges at Juba river port",
        date="2025-03-11", country="SS", region="africa", lang="en", authors=["Deng Machar Akol"],
        url="https://www.radiomiraya.example.org/traders-count-losses-as-low-nile-strands-fuel-barges-at-juba-river-port/",
        source_domain="www.radiomiraya.example.org",
        description="More than 20 barges are waiting downstream near Mongalla and Bor.",
        np_authors=["Deng Machar Akol"], np_publish="2025-03-11 18:20:00", np_download="2025-03-12 07:02:11",
        head_lines=["By Deng Machar Akol", "March 11, 2025", "Radio Miraya", "Listen live on 101 FM"],
        inserts={2: ["Advertisement"], 5: ["READ ALSO: Bor residents relocate as Nile waters recede"]},
        tail_lines=["Share this:", "Facebook", "X", "WhatsApp", "Related", "Join our WhatsApp Channel",
                    "Radio Miraya is the radio station of the United Nations Mission in South Sudan (UNMISS).", "Tags: Juba, Nile, Transport",
                    "\u00a9 2025 Radio Miraya. All rights reserved."],
        paras=P("""
Traders at the Juba river port say they are losing money as more than 20 barges carrying fuel and food remain stuck downstream because of low water levels on the White Nile.

The barges left Kosti and Renk weeks ago but have been unable to pass shallow stretches near Mongalla and Bor.

The chairperson of the river transport union, James Lado, said some crews had started unloading part of their cargo onto smaller boats.

He said the price of a jerrycan of petrol in Juba had risen by almost a third in two weeks.

The Ministry of Transport said it was working with the Ministry of Water Resources to clear sandbanks at the worst points.

Officials said water levels usually rise again from May when rains begin in the Great Lakes region.

Shop owners in Konyo Konyo market said sugar, flour and cooking oil were becoming scarce.

River transport is the main route for heavy goods into the capital, because many roads are in poor condition.
"""),
        must_have=[
            "He said the price of a jerrycan of petrol in Juba had risen by almost a third in two weeks.",
            "Officials said water levels usually rise again from May when rains begin in the Great Lakes region.",
        ]),
    # news-please, Sindh Courier (Pakistan): staff, 'Report by' byline, sea intrusion in the Indus delta.
    rec(cluster="sindhcourier-keti-bandar-sea-intrusion", role="single", file="newsplease_sindhcourier_keti_bandar.json",
        render="newsplease", title="Sea intrusion swallows farmland as Keti Bandar villagers move inland",
        date="2024-09-18", country="PK", region="asia", lang="en", authors=["Ghulam Rasool Jokhio"],
        url="https://sindhcourier.example.com/sea-intrusion-keti-bandar-villagers-move-inland/",
        source_domain="sindhcourier.example.com",
        description="Fishing families say the sea has advanced several kilometres in two decades.",
        np_authors=["Ghulam Rasool Jokhio"], np_publish="2024-09-18 10:05:00", np_download="2024-09-18 16:44:09",
        head_lines=["Report by Ghulam Rasool Jokhio", "September 18, 2024", "0 Comments"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Mangrove plantation drive begins in Thatta"]},
        tail_lines=["Ghulam Rasool Jokhio is a journalist based in Thatta.", "Share this post", "Facebook", "WhatsApp",
                    "Related Posts", "Leave a Reply", "Your email address will not be published. Required fields are marked *",
                    "Sindh Courier \u2013 The Voice of Sindh", "Subscribe to Sindh Courier", "Copyright \u00a9 2024 Sindh Courier"],
        paras=P("""
Families in villages near Keti Bandar in Thatta district say rising sea water has turned their farmland salty and forced many of them to move inland.

Residents of Haji Ali Mallah village said the sea had advanced several kilometres in the past 20 years, as less water from the Indus reached the delta.

They said wells had become salty and women now walked long distances to fetch drinking water.

Fisherman Allah Bux Mallah said the creeks were also losing fish because mangroves had been cut and fresh water no longer mixed with the sea.

The Sindh Irrigation Department said a minimum flow below Kotri Barrage was needed to stop the sea from moving further inland.

Local officials said a water supply scheme for Keti Bandar had been approved but work had not yet started.

Some families have moved to Thatta and Karachi, where they work as daily labourers.

Community groups have asked the provincial government to speed up mangrove planting along the coast.
"""),
        must_have=[
            "They said wells had become salty and women now walked long distances to fetch drinking water.",
            "Local officials said a water supply scheme for Keti Bandar had been approved but work had not yet started.",
        ]),
    # trafilatura, Rising Kashmir (India): staff, 'RK News' desk, Jhelum water transport.
    rec(cluster="risingkashmir-jhelum-water-taxi", role="single", file="trafilatura_risingkashmir_jhelum_water_taxi.json",
        render="trafilatura", title="Water taxi service on Jhelum resumes after two-month break",
        date="2025-05-27", country="IN", region="asia", lang="en", authors=["Sameer Ahmad Dar"], section="Kashmir",
        url="https://www.risingkashmir.example.com/water-taxi-service-on-jhelum-resumes-after-two-month-break",
        hostname="risingkashmir.example.com", source_hostname="Rising Kashmir",
        description="The service links Zero Bridge with Old City ghats.",
        tf_author="Sameer Ahmad Dar", tf_date="2025-05-27", tf_language="en", categories="Kashmir;City",
        head_lines=["SAMEER AHMAD DAR", "Srinagar", "Post published: May 27, 2025"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Dal Lake weed harvesting machines lying idle"]},
        tail_lines=["Share", "Facebook", "Twitter", "WhatsApp", "Related News", "Latest News",
                    "Follow Rising Kashmir on WhatsApp", "Download the Rising Kashmir App", "Epaper", "\u00a9 Copyright 2025 Rising Kashmir, All rights reserved"],
        paras=P("""
The water taxi service on the river Jhelum in Srinagar resumed on Monday after a break of almost two months caused by low water levels.

The service, run by the Jammu and Kashmir Tourism department, links Zero Bridge with ghats in the Old City.

Officials said four boats would run every hour between 10 am and 6 pm, and tickets would cost 50 rupees.

The service had been stopped in March when the river fell so low that boats touched the riverbed near Habba Kadal.

A tourism officer said recent rain in the upper catchment had raised the water level by about two feet.

Shopkeepers along the Bund welcomed the move and said the boats brought visitors to the old markets.

Residents asked the administration to clean the ghats and remove garbage that had gathered along the banks.

The department plans to add two electric boats to the fleet before the peak tourist season.
"""),
        must_have=[
            "Officials said four boats would run every hour between 10 am and 6 pm, and tickets would cost 50 rupees.",
            "Residents asked the administration to clean the ghats and remove garbage that had gathered along the banks.",
        ]),
    # trafilatura, The Whistler (Nigeria): staff, Lagos ferry safety.
    rec(cluster="whistler-lagos-ferry-lifejackets", role="single", file="trafilatura_whistler_lagos_ferry.json",
        render="trafilatura", title="LASWA begins enforcement as ferry operators flout life jacket rule",
        date="2024-12-03", country="NG", region="africa", lang="en", authors=["Tobi Adeyemi"], section="News",
        url="https://thewhistler.example.ng/laswa-begins-enforcement-as-ferry-operators-flout-life-jacket-rule/",
        hostname="thewhistler.example.ng", source_hostname="The Whistler",
        description="Officials impounded six boats at jetties in Ikorodu and Badore.",
        tf_author="Tobi Adeyemi", tf_date="2024-12-03", tf_language="en", categories="News;Metro",
        head_lines=["Tobi Adeyemi", "Dec 3, 2024 5:46 PM", "2 min read"],
        inserts={2: ["Advertisement"], 5: ["Read Also: Boat mishap: rescuers recover two more bodies in Kwara"]},
        tail_lines=["Share", "Facebook", "Twitter", "Telegram", "Related Posts", "More From Author",
                    "Follow The Whistler on WhatsApp", "Advertise with us", "Tags: LASWA, Lagos, Waterways", "\u00a9 2024 The Whistler Newspaper. All rights reserved."],
        paras=P("""
The Lagos State Waterways Authority (LASWA) says it has impounded six passenger boats for failing to provide life jackets for passengers.

The boats were stopped on Tuesday during an enforcement exercise at jetties in Ikorodu, Badore and Ebute Ero.

The authority's general manager, Oluwadamilola Emmanuel, said many operators carried life jackets but did not make passengers wear them.

She said boats would no longer be allowed to leave any jetty unless every passenger was wearing a jacket.

The authority also warned against night travel and overloading, which it said were behind most accidents on Lagos waterways.

Commuters at Ikorodu jetty said they supported the rule but complained that some jackets were dirty and torn.

LASWA said it would distribute 2,000 new life jackets to registered operators this month.

More than 30 people died in boat accidents in Lagos in 2024, according to the authority.

Operators who break the rule again could lose their licences, the authority warned.
"""),
        must_have=[
            "She said boats would no longer be allowed to leave any jetty unless every passenger was wearing a jacket.",
            "LASWA said it would distribute 2,000 new life jackets to registered operators this month.",
        ]),
    # trafilatura, The VI Consortium (US Virgin Islands): staff, WAPA water outage on St Croix.
    rec(cluster="viconsortium-stcroix-water-outage", role="single", file="trafilatura_viconsortium_stcroix_water.json",
        render="trafilatura", title="St. Croix residents without running water for third day as WAPA repairs line",
        date="2025-10-08", country="VI", region="americas", lang="en", authors=["Kia Richards"], section="News",
        url="https://viconsortium.example.com/vi-environment/virgin-islands-st-croix-residents-without-water-third-day",
        hostname="viconsortium.example.com", source_hostname="The Virgin Islands Consortium",
        description="A break in a main transmission line left homes from Frederiksted to Kingshill dry.",
        tf_author="Kia Richards", tf_date="2025-10-08", tf_language="en", categories="News;VI Environment",
        head_lines=["By Kia Richards", "Published On October 8, 2025 06:12 AM", "Last Updated October 8, 2025 09:40 AM"],
        inserts={2: ["Advertisement"], 5: ["Related: Desalination unit at Richmond back online"]},
        tail_lines=["Email this article", "Print", "Share", "Related Posts", "Comments are closed.",
                    "Sign up for our newsletter", "Tags: WAPA, St. Croix, water", "Follow us on Facebook", "The Virgin Islands Consortium", "\u00a9 2025 VI Consortium. All Rights Reserved."],
        paras=P("""
Hundreds of households on St. Croix's west end went without running water for a third day on Tuesday while crews from the Virgin Islands Water and Power Authority worked on a broken transmission line.

The break near the Queen Mary Highway left customers from Frederiksted to Kingshill with low pressure or no water at all.

WAPA spokesperson Ayana Charles said the pipe was more than 40 years old and had cracked where it crossed a drainage gut.

She said crews had replaced a 20-foot section overnight but had found a second leak when the line was put back under pressure.

The authority sent water trucks to the Frederiksted fish market and to two public schools.

Some residents said they had bought bottled water or collected rain from cisterns to cook and bathe.

WAPA said full service should return by Thursday if no other leaks are found.

Senators have called a hearing on the state of the island's water pipes for later this month.
"""),
        must_have=[
            "She said crews had replaced a 20-foot section overnight but had found a second leak when the line was put back under pressure.",
            "WAPA said full service should return by Thursday if no other leaks are found.",
        ]),
]


# ---- JSONL batches ------------------------------------------------------------------

SITE_WD = site("WDIO", "https://www.wdio.example.com", " - WDIO.com", "en_US", "@WDIOnews",
               ["News", "Weather", "Sports", "Northland", "Video", "Contests"],
               ["\u00a9 2025 Hubbard Broadcasting", "EEO Report", "FCC Public File"],
               share=["Share", "Facebook", "Email"])

JSONL_STORIES = [
    # newsbeam text shape: the Agerpres story on Realitatea.net (syndicated member of the Agerpres cluster).
    dict(AGP, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.realitatea.example.net/stiri/actual/nivelul-scazut-al-dunarii-blocheaza-barjele-braila_68bd2e1f",
         nb_published="2025-08-14T10:20:00Z", outlet="Realitatea.net", nb_authors=["Agerpres"],
         head_lines=["Realitatea.net", "14 Aug 2025, 13:20", "Sursa: Agerpres"],
         tail_lines=["AGERPRES/(AS - autor: Mihaela Stanciu, editor: Andreea Ioniță)", "Urmărește Realitatea.net pe Google News",
                     "Distribuie", "Articole similare", "Ultimele știri", "Citește și", "Publicitate",
                     "Realitatea.net - Știri de ultimă oră", "Abonează-te la newsletter", "Comentarii (0)", "Politica de confidențialitate", "\u00a9 2025 Realitatea.net"]),
    # news-please shape: the Yonhap story on Maeil Shinmun (syndicated member of the Yonhap cluster).
    dict(YNA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.imaeil.example.com/page/view/2024110611275512345",
         source_domain="www.imaeil.example.com",
         np_authors=["연합뉴스"], np_publish="2024-11-06 11:27:00", np_download="2024-11-06 13:40:18",
         head_lines=["연합뉴스", "입력 2024-11-06 11:27:55"],
         tail_lines=["<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "좋아요", "공유하기", "기사 스크랩", "글자크기 설정", "인쇄하기",
                     "관련기사", "많이 본 뉴스", "매일신문 구독하기", "네이버 뉴스스탠드에서 매일신문을 구독하세요",
                     "댓글 0", "로그인 후 댓글을 작성할 수 있습니다", "Copyright \u00a9 매일신문 All rights reserved"]),
    # newsbeam html shape: WDIO (Duluth, Minnesota): AP copy, 'DULUTH, Minn. (AP) —' dateline, AP byline.
    rec(cluster="wdio-ap-duluth-ore-boats", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_WD, title="Low Lake Superior levels force ore boats to lighten loads at Duluth",
        date="2025-10-08", dateline="DULUTH, Minn. (AP) \u2014 ", city="Duluth", country="US", region="americas", lang="en",
        agency="AP", authors=["Nora Halvorsen"], section="News", meta_section="News",
        url="https://www.wdio.example.com/news/national/low-lake-superior-levels-force-ore-boats-to-lighten-loads/",
        description="Shippers say each inch of lost draft means about 270 fewer tons per trip.",
        published="2025-10-08T11:05:00-05:00",
        byline_lines=["By NORA HALVORSEN Associated Press"], date_lines=["October 8, 2025 - 11:05 am"],
        caption="A laker leaves the Duluth Ship Canal on Tuesday.", credit="AP Photo/Ellen Marsh", credit_shown="(AP Photo/Ellen Marsh)",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "RELATED:", "Duluth harbor tonnage dips for second year")]},
        end_lines=["Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."],
        lists=[("Top Stories", ["Northland weather: frost advisory tonight", "Superior council approves harbor plan"])],
        nb_published="2025-10-08T16:05:00Z", outlet="WDIO", nb_authors=["Associated Press"],
        paras=P("""
Freighters leaving the Twin Ports are carrying less iron ore this fall because Lake Superior has dropped to its lowest autumn level in nearly a decade.

The International Lake Superior Board of Control said this week the lake was about 9 inches below its long-term average for early October.

Shipping companies say every inch of lost draft means a large laker must leave behind about 270 tons of cargo.

Carla Brandt, who speaks for a group of U.S.-flag fleet operators, said some ships were sailing with 5% less cargo than a year ago.

The Duluth Seaway Port Authority said tonnage through the harbor was down 7% through September.

Scientists say a dry summer across the upper Midwest and warm weather that increased evaporation both played a part.

The Army Corps of Engineers has added dredging at the harbor entrance and in the Superior front channel.

Shippers are asking Congress to fund more maintenance dredging at Great Lakes ports before next season.
"""),
        must_have=[
            "Shipping companies say every inch of lost draft means a large laker must leave behind about 270 tons of cargo.",
            "The Army Corps of Engineers has added dredging at the harbor entrance and in the Superior front channel.",
        ]),
    # trafilatura shape: the MENA story on Mobtada (syndicated member of the MENA cluster).
    dict(MENA, role="syndicated", file=JSONL_B, render="trafilatura", section="محافظات",
         url="https://www.mobtada.example.com/governorates/1298455",
         hostname="mobtada.example.com", source_hostname="المبتدأ",
         tf_author="أ ش أ", tf_date="2025-07-22", tf_language="ar", categories="محافظات;أسوان",
         head_lines=["أ ش أ", "الثلاثاء 22/يوليو/2025 - 02:05 م"],
         tail_lines=["شارك", "فيسبوك", "تويتر", "واتساب", "أخبار ذات صلة", "تابعونا على جوجل نيوز",
                     "المبتدأ", "الأكثر قراءة", "طباعة", "مصدر الخبر: وكالة أنباء الشرق الأوسط", "النشرة البريدية", "اشترك الآن", "جميع الحقوق محفوظة \u00a9 2025 المبتدأ"]),
    # news-please shape: TC Weekly News (Turks and Caicos): staff, 'Desk' byline, Providenciales water outage.
    rec(cluster="tcweekly-provo-reverse-osmosis", role="single", file=JSONL_B, render="newsplease",
        title="Provo water supply cut to some areas as reverse osmosis plant is repaired",
        date="2025-06-17", country="TC", region="americas", lang="en",
        url="https://tcweeklynews.example.com/provo-water-supply-cut-as-reverse-osmosis-plant-repaired-p14230-127.htm",
        source_domain="tcweeklynews.example.com",
        description="Residents of Blue Hills and Five Cays were asked to store water.",
        np_authors=["TC Weekly News Desk"], np_publish="2025-06-17 14:00:00", np_download="2025-06-17 19:21:44",
        head_lines=["TC Weekly News Desk", "Tuesday, 17 June 2025"],
        inserts={2: ["Advertisement"], 5: ["See also: Grand Turk cruise pier reopens after storm damage"]},
        tail_lines=["Share on Facebook", "Share on X", "Print", "More Local News", "Comments", "Post comment",
                    "Most read this week", "TC Weekly News \u2013 The voice of the Turks and Caicos Islands",
                    "\u00a9 2025 TC Weekly News. All rights reserved.", "Contact us", "Subscribe to our e-edition"],
        paras=P("""
Residents of Blue Hills, Five Cays and parts of Kew Town on Providenciales have been told to expect low pressure or no water until Friday while a reverse osmosis plant is repaired.

The water utility said a fault in high-pressure pumps at its main plant had cut production by almost half.

Operations manager Delroy Forbes said engineers had ordered replacement parts from Florida and expected them to arrive on Wednesday's cargo flight.

Hotels and resorts along Grace Bay have their own desalination units and were not affected, the company said.

Water will be delivered by truck to the clinic in Blue Hills and to primary schools in the affected areas.

Residents were asked to store enough water for drinking and cooking and to limit laundry until service is back to normal.

Some homeowners said they were paying private haulers to refill their cisterns.

The government said it would review backup arrangements for the island's water supply after the repairs.
"""),
        must_have=[
            "Hotels and resorts along Grace Bay have their own desalination units and were not affected, the company said.",
            "Residents were asked to store enough water for drinking and cooking and to limit laundry until service is back to normal.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventy-fifth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Obiectiv 'Publicat: joi, 14 august 2025, 12:05' and the "
    "Realitatea.net copy '14 Aug 2025, 13:20' (crawler stamp 10:20Z = 13:20 EEST); Yeongnam Ilbo '발행일 2024-11-06 10:42' and "
    "the Maeil Shinmun copy '입력 2024-11-06 11:27:55'; Rose al-Yusuf 'الثلاثاء 22 يوليو 2025 | 01:20 م' and the Mobtada copy "
    "'الثلاثاء 22/يوليو/2025 - 02:05 م'; Whyalla News 'March 11 2025 - 2:30pm' (both copies); Tunisie Numérique '27 mai 2025 à "
    "10:14'; Village Voice 'September 18, 2024'; Somoy News 'প্রকাশিত: ৩ ডিসেম্বর ২০২৪' (Bengali digits and month); "
    "Ostfriesen-Zeitung '08.10.2025, 13:52 Uhr' (day first); SooToday 'Nov 6, 2024 4:15 PM'; Pune Mirror 'Tue, 27 May 2025'; "
    "Talanoa 'o Tonga 'Thursday, 29 August 2024'; Uganda Radio Network '17 Jun 2025 4:12 PM'; Uusimaa '30.1.2025 14:05' (day "
    "first); Sakhalin.info '29 августа 2024, 09:15' (UTC+11); Naples Daily News 'Published 3:04 p.m. ET July 22, 2025' (not "
    "'Updated'); Uno Santa Fe '18 de septiembre de 2024'; Sul Informação '11 de Março de 2025'; Sunnmørsposten 'Publisert: "
    "03.12.2024 08:46' (not 'Oppdatert'); The Sangai Express 'Thursday, January 30, 2025' (the print-edition date; the "
    "dateline 'IMPHAL, Jan 29' gives the day the story was filed, not the publication date); Rádio Moçambique '29 Agosto, "
    "2024'; YJC '۱۶ آبان ۱۴۰۳' (Solar Hijri 16 Aban 1403 = 6 November 2024); Radio Miraya 'March 11, 2025'; Sindh Courier "
    "'September 18, 2024'; Rising Kashmir 'Post published: May 27, 2025'; The Whistler 'Dec 3, 2024 5:46 PM'; VI Consortium "
    "'Published On October 8, 2025' (not 'Last Updated'); WDIO 'October 8, 2025 - 11:05 am'; TC Weekly News 'Tuesday, 17 June 2025'",
    "dateline_city": "'Brăila, 14 aug /Agerpres/ - ' -> 'Brăila' (both Agerpres copies); '(포항=연합뉴스) 윤지호 기자 = ' -> "
    "'Pohang' (both Yonhap copies); 'أسوان في 22 يوليو /أ ش أ/ ' -> 'Aswan' (both MENA copies; dev_set67 and dev_set70 label the same MENA dateline 'Aswan', the GeoNames name without its transliteration mark); 'Emden "
    "(dpa/lni) - ' -> 'Emden'; 'CHURCHILL, Man. — ' -> 'Churchill' (Manitoba); 'IMPHAL, Jan 29: ' -> 'Imphal'; 'DULUTH, Minn. "
    "(AP) — ' -> 'Duluth'. All other records have no dateline (the STT, Lusa and NTB stories and the staff stories start "
    "without one) and take the country of the story's location",
    "country": "Brăila RO; Pohang (Guryongpo) KR; Aswan EG (africa); Whyalla, South Australia AU (oceania); Kerkennah, Sfax TN; "
    "Bush Lot, West Coast Berbice GY; Paturia-Daulatdia, Manikganj BD; Emden DE; Churchill, Manitoba CA; Pune IN; Tongatapu "
    "TO (oceania); Lake Kyoga, Nakasongola/Amolatar UG; Porvoo FI; Korsakov, Sakhalin RU (Russia is europe in M49 even for "
    "Sakhalin); Naples, Florida US; Santa Fe AR; Olhão PT; Stranda-Liabygda ferry on Storfjorden NO; Imphal, Manipur IN; Beira "
    "MZ; Isfahan IR; Juba SS; Keti Bandar, Thatta PK; Srinagar IN; Lagos NG; St. Croix VI (US Virgin Islands have their own "
    "ISO code; americas); Duluth, Minnesota US; Providenciales TC (Turks and Caicos Islands; americas)",
    "agency": "Obiectiv and Realitatea.net carry Agerpres ('/Agerpres/' dateline, 'Sursa: Agerpres', 'AGERPRES/(...)' sign-off); "
    "Yeongnam Ilbo and Maeil Shinmun carry Yonhap ('연합뉴스' in the dateline and the copyright line); Rose al-Yusuf and Mobtada "
    "carry MENA (Middle East News Agency, 'أ ش أ'); Ostfriesen-Zeitung carries dpa ('(dpa/lni)', 'dpa-infocom'); SooToday "
    "carries The Canadian Press (labelled 'CP', as earlier sets label Canadian Press copy); Uusimaa carries STT; Sul Informação carries Lusa ('Por Lusa', 'disse à agência Lusa'); "
    "Sunnmørsposten carries NTB (byline 'NTB'); WDIO carries AP. Photo credits ('[연합뉴스 자료사진]' is part of the Yonhap story "
    "anyway; 'Foto: Ole Martin Brekke / NTB'; '(AP Photo/Ellen Marsh)') do not by themselves make a story agency copy. Uganda "
    "Radio Network publishes its own reporter's story on its own site: staff copy, agency null. All other records are staff copy",
    "authors": "Agerpres sign-off 'AGERPRES/(AS - autor: Mihaela Stanciu, editor: Andreea Ioniță)' -> author 'Mihaela Stanciu' "
    "(both copies); Yonhap dateline '(포항=연합뉴스) 윤지호 기자 = ' -> '윤지호' (both copies, Hangul as printed); Whyalla News "
    "'Kirra Lindqvist' with the role line 'Journalist' (both copies); Village Voice 'By Ravindra Persaud and Shondel Adams' -> "
    "two authors; Somoy News 'মাহমুদুল হাসান, মানিকগঞ্জ প্রতিনিধি' ('Manikganj correspondent') -> 'মাহমুদুল হাসান' (Bengali "
    "as printed); SooToday 'Lena Okafor, The Canadian Press' -> 'Lena Okafor'; Talanoa 'Posted by Losaline Fifita'; URN "
    "'Emmanuel Ojok'; Sakhalin.info 'Ирина Ковалёва'; Naples Daily News 'Tessa Marlowe'; Uno Santa Fe 'Por Lucía Bertolini'; "
    "Rádio Moçambique 'Albino Matsinhe'; Radio Miraya 'By Deng Machar Akol'; Sindh Courier 'Report by Ghulam Rasool Jokhio'; "
    "Rising Kashmir 'SAMEER AHMAD DAR' -> 'Sameer Ahmad Dar'; The Whistler 'Tobi Adeyemi'; VI Consortium 'By Kia Richards'; "
    "WDIO 'By NORA HALVORSEN Associated Press' -> 'Nora Halvorsen'. Agency and desk names ('연합뉴스', 'كتب - أ ش أ', 'أ ش أ', "
    "'dpa', 'Mirror Bureau', 'STT', 'Por Lusa', 'NTB', 'Our Staff Reporter', 'TC Weekly News Desk', 'Agerpres', 'Associated "
    "Press') are not authors; Rose al-Yusuf, Mobtada, Tunisie Numérique, Ostfriesen-Zeitung, Pune Mirror, Uusimaa, Sul "
    "Informação, Sunnmørsposten, The Sangai Express, YJC and TC Weekly News name no writer",
    "editors": "the Agerpres sign-off 'editor: Andreea Ioniță' names the desk editor, like 'Editing by' (both copies); all other "
    "records have no editors",
    "caption_credit": "credits without their wrapper: Whyalla News 'Picture by Kirra Lindqvist' -> 'Kirra Lindqvist' (both "
    "copies); Yeongnam Ilbo '[연합뉴스 자료사진]' ('Yonhap file photo') -> '연합뉴스'; Sakhalin.info 'Фото: Ирина Ковалёва' -> "
    "'Ирина Ковалёва'; Naples Daily News 'Tessa Marlowe/Naples Daily News' as printed; Uno Santa Fe 'Foto: Marcelo Manera' -> "
    "'Marcelo Manera'; Sunnmørsposten 'Foto: Ole Martin Brekke / NTB' -> 'Ole Martin Brekke / NTB'; Rádio Moçambique 'Foto: RM' "
    "-> 'RM'; WDIO '(AP Photo/Ellen Marsh)' -> 'AP Photo/Ellen Marsh'. Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Yeongnam Ilbo '포항', Rose al-Yusuf 'محافظات', "
    "Sakhalin.info 'Экономика', Naples Daily News 'Local', Uno Santa Fe 'Santa Fe', Sul Informação 'Economia', Sunnmørsposten "
    "'Nyheter', The Sangai Express 'Manipur', Rádio Moçambique 'Economia', WDIO 'News'; trafilatura records take their first "
    "category ('Kashmir' for Rising Kashmir, 'News' for The Whistler and VI Consortium, 'محافظات' for Mobtada); news-please, "
    "plain text and newsbeam text records have none (Pune Mirror's 'Pune' line and URN's tag line are chrome, not a section)",
    "language": "'ro' Romanian (two copies of the Agerpres story); 'ko' Korean (two copies of the Yonhap story); 'ar' Egyptian "
    "Arabic press (two copies of the MENA story); 'fr' Tunisian French; 'bn' Bengali; 'de' German; 'fi' Finnish; 'ru' "
    "Russian; 'es' Argentine Spanish; 'pt' European (Sul Informação) and Mozambican (Rádio Moçambique) Portuguese; 'nb' "
    "Norwegian Bokmål; 'fa' Persian; all others English",
    "chrome": "includes the consent banner and its buttons, login and subscription strings, share bars, comment gates, "
    "advertisement labels, news codes, reading times, related-story lines and boxes, tag lists, most-read rails, WhatsApp, "
    "Google News, app and push-notification promos, reporter bio, role and e-mail lines, wire source and sign-off lines "
    "('Sursa: Agerpres', the AGERPRES sign-off, the Yonhap copyright line, 'dpa-infocom, dpa:...', 'This report by The "
    "Canadian Press was first published ...', 'STT', 'Lusa', 'انتهای پیام/', 'مصدر الخبر: ...', the AP copyright line), "
    "ownership and copyright lines, audio/download buttons, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Agerpres and Yonhap in the plain batch, MENA in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (Whyalla News: curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"agerpres", "obiectiv - vocea brăilei", "realitatea.net", "yonhap", "연합뉴스", "영남일보", "매일신문",
                "mena", "أ ش أ", "كتب - أ ش أ", "روز اليوسف", "بوابة روز اليوسف", "المبتدأ", "whyalla news",
                "australian community media", "tunisie numérique", "village voice", "village voice news", "সময় নিউজ",
                "dpa", "ostfriesen-zeitung", "the canadian press", "canadian press", "sootoday", "mirror bureau",
                "pune mirror", "talanoa 'o tonga", "uganda radio network", "urn", "stt", "uusimaa", "sakhalin.info",
                "naples daily news", "uno santa fe", "lusa", "por lusa", "sul informação", "ntb", "sunnmørsposten",
                "our staff reporter", "the sangai express", "rádio moçambique", "rm", "yjc", "باشگاه خبرنگاران جوان",
                "radio miraya", "unmiss", "sindh courier", "rising kashmir", "the whistler", "the virgin islands consortium",
                "vi consortium", "wdio", "associated press", "tc weekly news", "tc weekly news desk"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
