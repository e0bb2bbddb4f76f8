#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-sixth development set (bench/dev_set66/, first written as the sixty-third held-out set).

    .venv/bin/python bench/dev_set66/_generate.py

Writes ``bench/dev_set66/articles/*`` and ``bench/dev_set66/labels.json`` (next to this
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
bench/dev_set65/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout63_2025-a.jsonl"
JSONL_B = "crawl_holdout63_2025-b.jsonl.gz"


# ---- cluster: NTB, Stavanger (Stavanger Aftenblad page + copy on Romerikes Blad in the plain batch) ----

JAE = rec(
    cluster="ntb-stavanger-jaerbanen-buss-for-tog",
    title="Jærbanen stenges i tre uker – buss for tog mellom Stavanger og Egersund",
    date="2025-06-23",
    dateline="STAVANGER (NTB): ",
    city="Stavanger",
    country="NO",
    region="europe",
    agency="NTB",
    authors=["Sigrid Haaland Vatne"],
    lang="no",
    description="Bane Nor bruker sommerferien til å bytte skinner og sviller på Jærbanen.",
    paras=P("""
Jærbanen blir stengt i tre uker fra mandag, og de reisende mellom Stavanger og Egersund må ta buss i stedet
for tog mens Bane Nor bytter skinner og sviller på strekningen.

Ifølge Bane Nor skal rundt 14 kilometer spor fornyes, og flere planoverganger på Jæren skal bygges om.

– Vi vet at dette er krevende for de reisende, men sommeren er tiden da færrest tar toget til jobb, sier
prosjektleder Torleif Eikeland i Bane Nor til NTB.

Go-Ahead Nordic, som kjører togene på strekningen, setter inn rundt 40 busser i døgnet.

Reisetiden med buss blir opptil 35 minutter lengre enn med tog, særlig i rushtiden gjennom Sandnes.

Pendlere som reiser med sykkel, må regne med at det ikke er plass til sykler på alle bussene.

Jærbanen er en av de mest trafikkerte jernbanestrekningene utenfor Østlandet, med over fire millioner
reiser i året.

Bane Nor opplyser at arbeidet etter planen er ferdig søndag 13. juli, og at togene da går som normalt igjen.
"""),
    must_have=[
        "Go-Ahead Nordic, som kjører togene på strekningen, setter inn rundt 40 busser i døgnet.",
        "Jærbanen er en av de mest trafikkerte jernbanestrekningene utenfor Østlandet, med over fire millioner reiser i året.",
    ],
)

# ---- cluster: Ukrinform, Lviv (Zaxid.net scrape + copy on Ukrainska Pravda in the plain batch) ----

LVI = rec(
    cluster="ukrinform-lviv-prykordonnyi-poizd",
    title="Зі Львова запустять новий поїзд до польського Перемишля",
    date="2024-09-27",
    country="UA",
    region="europe",
    agency="Ukrinform",
    lang="uk",
    description="Укрзалізниця додає ще один рейс до кордону з Польщею.",
    paras=P("""
Укрзалізниця з наступного тижня запускає додатковий поїзд зі Львова до польського Перемишля, щоб зменшити
черги на прикордонних рейсах.

Як повідомили в компанії, поїзд курсуватиме щодня, а на дорогу пасажири витрачатимуть близько двох з
половиною годин.

Прикордонний і митний контроль проходитиме на станції Перемишль, тому пасажирам радять приходити на вокзал
щонайменше за сорок хвилин до відправлення.

За даними Укрзалізниці, минулого місяця поїздами до Польщі скористалися понад 180 тисяч пасажирів, і квитки
на популярні рейси розкуповували за кілька хвилин.

У компанії наголошують, що квитки на новий поїзд можна буде придбати лише онлайн або в застосунку.

Пасажири, які подорожують із дітьми або домашніми тваринами, мають заздалегідь оформити необхідні документи
для перетину кордону.

Львівська міська рада заявила, що посилить рух громадського транспорту до головного вокзалу у вечірні години.

Раніше Укрзалізниця також збільшила кількість вагонів у поїздах до Хелма та Варшави.

Пасажири вже давно скаржаться, що квитки на денні поїзди до Польщі неможливо купити за тиждень до поїздки,
а автобуси на кордоні можуть стояти в черзі по кілька годин.
"""),
    must_have=[
        "У компанії наголошують, що квитки на новий поїзд можна буде придбати лише онлайн або в застосунку.",
        "Львівська міська рада заявила, що посилить рух громадського транспорту до головного вокзалу у вечірні години.",
    ],
)

# ---- cluster: GNA, Ho (Peace FM Online gzipped page + copy on Starr FM in the gzipped batch) ----

HOV = rec(
    cluster="gna-ho-intercity-bus-terminal",
    title="Government to rebuild Ho bus terminal after years of neglect",
    date="2024-02-15",
    dateline="Ho, Feb. 15, GNA - ",
    city="Ho",
    country="GH",
    region="africa",
    agency="GNA",
    authors=["Kafui Dzamesi"],
    lang="en",
    description="Work on the new terminal is expected to begin in April.",
    paras=P("""
The Ministry of Transport has announced plans to rebuild the main lorry and bus terminal in Ho, the
Volta regional capital, which drivers say has been in poor condition for more than a decade.

Mr Edem Kwasi Agbenu, a Deputy Director at the Ministry, told a stakeholders' meeting in Ho that
construction was expected to begin in April and last about 18 months.

He said the new terminal would have covered waiting areas, washrooms, a clinic and separate bays for
long-distance buses and trotros.

Drivers at the meeting complained that the current terminal floods every rainy season, forcing passengers
to board vehicles on the main road.

Madam Akosua Fiawoo, a trader at the station, said the lack of lighting made the area unsafe for women
travelling at night.

Mr Agbenu said traders would be relocated temporarily to a site near the Ho Polytechnic during construction.

The Ghana Private Road Transport Union in the region welcomed the project but asked the Ministry to involve
drivers in deciding where the temporary station would be located.

The project is part of a wider programme to upgrade transport terminals in regional capitals.
"""),
    must_have=[
        "He said the new terminal would have covered waiting areas, washrooms, a clinic and separate bays for long-distance buses and trotros.",
        "Mr Agbenu said traders would be relocated temporarily to a site near the Ho Polytechnic during construction.",
    ],
)

# ---- cluster: Marlborough Express (Stuff), page + noisy re-scrape ----

PIC = rec(
    cluster="marlboroughexpress-picton-ferry-terminal-delay",
    title="Picton ferry terminal rebuild pushed back again as costs climb",
    date="2024-05-09",
    country="NZ",
    region="oceania",
    authors=["Hamish Corlett"],
    lang="en",
    caption="The Interislander terminal at Picton, where wharf work was due to start next year",
    credit="Scott Hammond/Stuff",
    paras=P("""
The long-planned rebuild of the Picton ferry terminal has been pushed back again, with the port company saying
it will not know the final cost until the Government decides on new ferries.

Port Marlborough chief executive Rob Sutherland-Keane told the district council on Wednesday that work on the
new wharves would not begin before 2026.

The project was originally meant to be finished in time for two larger ferries, but those ships were cancelled
last year after costs rose sharply.

The council has already spent 4.2 million dollars on design work and consents for the terminal.

Councillor Jenny Mallory said Picton businesses had been waiting for certainty for years.

Many of them rely on travellers who cross Cook Strait by ferry and stop in the town before driving south.

The port company said the existing wharves were safe but would need regular repairs until the rebuild went ahead.

A decision on the replacement ferries is expected from the Government later this year.
"""),
    must_have=[
        "The council has already spent 4.2 million dollars on design work and consents for the terminal.",
        "Many of them rely on travellers who cross Cook Strait by ferry and stop in the town before driving south.",
    ],
)
PIC_PRE = ["Stuff", "Home", "National", "Marlborough Express", "Climate change", "Business", "Opinion", "Sport", "Log in"]
PIC_HEAD = ["Hamish Corlett", "Local Democracy Reporter", "05:00, May 09 2024", "Share this article"]
PIC_CAP = ["The Interislander terminal at Picton, where wharf work was due to start next year.", "Scott Hammond/Stuff"]
PIC_LDR = "Local Democracy Reporting is a public interest news service supported by RNZ, the News Publishers' Association and NZ On Air."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Marlborough Express (Stuff, New Zealand): original of the re-scrape cluster; LDR reporter with role line.
    dict(PIC, role="original", file="marlboroughexpress_picton_terminal.txt", render="text",
         pre=[PIC_PRE], head=[PIC_HEAD], cap_lines=PIC_CAP,
         inserts={2: ["ADVERTISEMENT", "Advertise with Stuff"],
                  5: ["READ MORE:", "* Cook Strait ferry decision leaves Picton in limbo", "* Port company posts lower profit"]},
         tail=[[PIC_LDR], ["Stuff", "\u00a9 2024 Stuff Limited"]]),
    dict(PIC, role="rescrape", file="marlboroughexpress_picton_terminal_rescrape.txt.gz", render="text", noise=True,
         pre=[PIC_PRE], head=[PIC_HEAD], cap_lines=PIC_CAP,
         tail=[[PIC_LDR], ["Comments are closed on this article."], ["Stuff", "\u00a9 2024 Stuff Limited"]]),
    # Zaxid.net (Ukraine, Ukrainian): original of the Ukrinform cluster; source line at the end.
    dict(LVI, role="original", file="zaxid_ukrinform_lviv_peremyshl_uk.txt", render="text",
         pre=[["ZAXID.NET", "Новини", "Львів", "Політика", "Економіка", "Статті", "Блоги", "Відео", "Увійти"]],
         head=[["Новини Львова"], ["27 вересня 2024, 14:20"], ["Поділитися", "Telegram", "Facebook"]],
         inserts={2: ["Реклама"], 5: ["Читайте також: Як зміниться розклад приміських поїздів у Львівській області"]},
         tail=[["Джерело: Укрінформ"],
               ["Помітили помилку? Виділіть текст і натисніть Ctrl+Enter"],
               ["Підписуйтесь на наш Telegram-канал"],
               ["Теги:", "Укрзалізниця", "Польща", "поїзди"],
               ["© 2005-2024 ZAXID.NET. Усі права захищені."]]),
    # Zadarski list (Croatia, Croatian): staff, signature initials at the end.
    rec(cluster="zadarskilist-zadar-zracna-luka-linije", role="single", file="zadarskilist_zracna_luka_hr.txt", render="text",
        title="Zračna luka Zadar ove zime ima rekordan broj linija",
        date="2024-11-05", country="HR", region="europe", lang="hr", authors=["Marina Kurtović"],
        pre=[["Zadarski list", "Vijesti", "Zadar", "Županija", "Sport", "Kultura", "Crna kronika", "Pretplata"]],
        head=[["Autor: Marina Kurtović"], ["Objavljeno: 05.11.2024. u 07:30"], ["Podijeli", "Komentari (3)"]],
        inserts={3: ["Oglas"], 5: ["Pročitajte još:", "Novi autobusni kolodvor otvara se u proljeće"]},
        tail=[["M. K."], ["Pratite nas na Facebooku i Instagramu"], ["Najčitanije", "Najnovije"],
              ["© Zadarski list d.o.o. Sva prava pridržana."]],
        paras=P("""
Zračna luka Zadar ove će zime prvi put imati izravne letove prema devet europskih gradova, što je najviše
otkako se zimski red letenja uvodi.

Uz postojeće linije prema Dublinu i Londonu, nove su linije prema Bruxellesu, Stockholmu i Varšavi.

Direktor zračne luke Ante Brajković rekao je da se broj putnika u prvih deset mjeseci povećao za 11 posto u
odnosu na prošlu godinu.

Najveći dio putnika dolazi zimi na kraće odmore i izlete, a sve više je i poslovnih putnika.

Zbog većeg broja letova zračna luka zapošljava dvadesetak novih radnika, uglavnom na prihvatu putnika i
prtljage.

Turistička zajednica grada očekuje da će nove linije pomoći hotelima i restoranima koji su zimi dosad bili
uglavnom zatvoreni.

U Gradu Zadru ističu da se autobusna veza između zračne luke i središta grada od prosinca povećava na
dvanaest polazaka dnevno.

Radovi na proširenju putničke zgrade trebali bi početi iduće godine, a vrijednost projekta procjenjuje se na
tridesetak milijuna eura.
"""),
        must_have=[
            "Zbog većeg broja letova zračna luka zapošljava dvadesetak novih radnika, uglavnom na prihvatu putnika i prtljage.",
            "Radovi na proširenju putničke zgrade trebali bi početi iduće godine, a vrijednost projekta procjenjuje se na tridesetak milijuna eura.",
        ]),
    # Oxford Mail (England): staff, Newsquest layout, reporter role line and e-mail.
    rec(cluster="oxfordmail-park-and-ride-bus-cuts", role="single", file="oxfordmail_park_and_ride_cuts.txt", render="text",
        title="Park and ride services to be cut as bus operator blames falling passengers",
        date=None, country="GB", region="europe", lang="en", authors=["Tobias Wrenfield"],
        pre=[["Oxford Mail", "News", "Sport", "What's On", "Announcements", "Jobs", "Subscribe", "Sign in"]],
        head=[["By Tobias Wrenfield", "Transport Reporter"], ["Share"]],
        cap_lines=["The Thornhill park and ride site in Headington (Image: Ed Nix)"],
        caption="The Thornhill park and ride site in Headington", credit="Ed Nix",
        inserts={2: ["READ MORE: Oxford traffic filters: what you need to know"], 4: ["Advertisement"]},
        tail=[["Get the latest news from the Oxford Mail straight to your inbox"],
              ["Recommended reading:", "Fire crews called to blaze at Cowley warehouse"],
              ["Comments: Our rules", "We want our comments to be a lively and valuable part of our community."],
              ["\u00a92001-2023. This site is part of Newsquest's audited local newspaper network."]],
        paras=P("""
Park and ride buses in Oxford will run less often from next month after the operator said passenger numbers
had not recovered since the pandemic.

Buses from the Thornhill and Redbridge sites will run every 15 minutes instead of every 10 minutes on
weekdays, and every 20 minutes on Sundays.

The operator said around 60 per cent of the passengers who used the services in 2019 had returned.

Oxfordshire County Council, which owns the car parks, said it was disappointed by the decision but could not
afford to subsidise the routes.

Commuters who work at the John Radcliffe Hospital said the change would make their journeys longer.

Nurse Priya Kanagaratnam said she often waited more than 20 minutes at the end of a night shift.

The council said it hoped that new traffic filters in the city centre would encourage more drivers to use
the park and ride sites next year.

The timetable changes come into effect on Sunday, November 5.
"""),
        must_have=[
            "The operator said around 60 per cent of the passengers who used the services in 2019 had returned.",
            "Commuters who work at the John Radcliffe Hospital said the change would make their journeys longer.",
        ]),
    # Sada El Balad (Egypt, Arabic): MENA copy, 'أ ش أ' tag at the end.
    rec(cluster="elbalad-mena-cairo-metro-line-three", role="single", file="elbalad_mena_metro_ar.txt", render="text",
        title="النقل: تشغيل محطات جديدة بالخط الثالث للمترو الشهر المقبل",
        date="2024-03-11", country="EG", region="africa", lang="ar", agency="MENA",
        pre=[["صدى البلد", "الرئيسية", "أخبار مصر", "اقتصاد", "حوادث", "رياضة", "فن", "بث مباشر"]],
        head=[["أ ش أ"], ["الإثنين 11/مارس/2024 - 02:15 م"], ["شارك", "فيسبوك", "واتساب"]],
        inserts={2: ["إعلان"], 4: ["اقرأ أيضا", "مواعيد القطارات المكيفة على خط القاهرة أسوان"]},
        tail=[["المصدر: أ ش أ"], ["تابعوا صدى البلد على جوجل نيوز"], ["الأكثر قراءة"],
              ["جميع الحقوق محفوظة © صدى البلد"]],
        paras=P("""
أعلنت وزارة النقل اليوم الإثنين أنه سيتم تشغيل أربع محطات جديدة بالخط الثالث لمترو أنفاق القاهرة خلال
الشهر المقبل بعد الانتهاء من الاختبارات النهائية.

وقالت الوزارة في بيان إن المحطات الجديدة ستخدم عددا من الأحياء السكنية غرب القاهرة والجيزة.

وأوضح البيان أن المحطات الجديدة مجهزة بسلالم كهربائية ومصاعد لذوي الهمم وبوابات إلكترونية لقراءة
التذاكر.

وأضاف أن القطارات ستعمل بفاصل زمني لا يزيد على أربع دقائق في ساعات الذروة.

وأشارت الوزارة إلى أن الخط الثالث ينقل حاليا أكثر من 700 ألف راكب يوميا.

ومن المنتظر أن يسهم تشغيل المحطات الجديدة في تخفيف الزحام المروري على الطرق الرئيسية.

وناشدت الوزارة الركاب الالتزام بالتعليمات داخل المحطات وعدم عبور القضبان.

يذكر أن الحكومة تعمل على استكمال شبكة المترو لتصل إلى مختلف أنحاء القاهرة الكبرى.

وكانت الوزارة قد أعلنت في وقت سابق عن خطة لزيادة عدد القطارات المكيفة على الخط الثالث، وتوفير خدمة
الإنترنت المجاني في عدد من المحطات الرئيسية، إلى جانب تحديث نظام التذاكر لتسهيل الدفع بالبطاقات البنكية
والهواتف المحمولة خلال العام الجاري.

وأكدت الوزارة أن أسعار التذاكر على الخط الثالث لن تتغير بعد افتتاح المحطات الجديدة.
"""),
        must_have=[
            "وأضاف أن القطارات ستعمل بفاصل زمني لا يزيد على أربع دقائق في ساعات الذروة.",
            "وناشدت الوزارة الركاب الالتزام بالتعليمات داخل المحطات وعدم عبور القضبان.",
        ]),
    # Zanzibar Leo (Tanzania, Swahili): staff, 'Na' byline.
    rec(cluster="zanzibarleo-malindi-bandari-abiria", role="single", file="zanzibarleo_bandari_malindi_sw.txt", render="text",
        title="Jengo jipya la abiria bandari ya Malindi kukamilika Desemba",
        date="2024-08-21", dateline="ZANZIBAR. ", city="Zanzibar", country="TZ", region="africa", lang="sw",
        authors=["Mwanaisha Hamad"],
        pre=[["Zanzibar Leo", "Habari", "Siasa", "Uchumi", "Michezo", "Makala", "Matangazo"]],
        head=[["Na Mwanaisha Hamad"], ["Agosti 21, 2024"], ["Shiriki", "WhatsApp", "Facebook"]],
        inserts={3: ["Tangazo"], 5: ["Soma pia: Meli mpya kuanza safari Pemba mwezi ujao"]},
        tail=[["Habari zinazohusiana"], ["Jiunge na chaneli yetu ya WhatsApp"],
              ["Hakimiliki © 2024 Zanzibar Leo. Haki zote zimehifadhiwa."]],
        paras=P("""
Shirika la Bandari Zanzibar limesema ujenzi wa jengo jipya la abiria katika bandari ya Malindi unatarajiwa
kukamilika mwezi Desemba mwaka huu.

Akizungumza na waandishi wa habari jana, Mkurugenzi wa shirika hilo, Ali Khamis Juma, alisema kazi ya ujenzi
imefikia asilimia 75.

Alisema jengo hilo litakuwa na uwezo wa kuhudumia abiria zaidi ya 3,000 kwa wakati mmoja, pamoja na eneo la
kusubiri lenye viti na huduma za vyoo.

Kwa sasa abiria wanaosafiri kwa boti kati ya Unguja, Pemba na Dar es Salaam hulazimika kusubiri nje kwenye
jua au mvua.

Mkurugenzi huyo aliwataka wamiliki wa boti kuhakikisha kuwa abiria wote wanavaa vifaa vya kuokolea maisha
wakati wa safari.

Baadhi ya abiria waliozungumza na gazeti hili walisema msongamano katika bandari hiyo ni mkubwa hasa wakati
wa sikukuu.

Shirika hilo pia linapanga kuweka mfumo wa tiketi za kielektroniki ili kupunguza foleni katika madirisha ya
kukatia tiketi.

Ujenzi huo unagharimu shilingi bilioni 18 na unafadhiliwa na Serikali ya Mapinduzi ya Zanzibar.
"""),
        must_have=[
            "Kwa sasa abiria wanaosafiri kwa boti kati ya Unguja, Pemba na Dar es Salaam hulazimika kusubiri nje kwenye jua au mvua.",
            "Ujenzi huo unagharimu shilingi bilioni 18 na unafadhiliwa na Serikali ya Mapinduzi ya Zanzibar.",
        ]),
    # Proceso Digital (Honduras, Spanish): staff desk byline, 'Tegucigalpa -' dateline.
    rec(cluster="procesodigital-tegucigalpa-buses-tarifa", role="single", file="procesodigital_buses_tegucigalpa_es.txt", render="text",
        title="Transportistas amenazan con paro si no se paga el bono compensatorio",
        date="2025-02-04", dateline="Tegucigalpa – ", city="Tegucigalpa", country="HN", region="americas", lang="es",
        pre=[["Proceso Digital", "Nacionales", "Política", "Economía", "Sucesos", "Deportes", "Internacionales", "Opinión"]],
        head=[["Redacción Proceso Digital"], ["4 febrero, 2025"], ["Compartir en Facebook", "Compartir en X"]],
        inserts={2: ["Publicidad"], 5: ["También puede leer: Instalan nuevos semáforos en el bulevar Fuerzas Armadas"]},
        tail=[["Etiquetas:", "transporte", "bono", "Tegucigalpa"], ["Noticias relacionadas"],
              ["Proceso Digital © 2025. Todos los derechos reservados."]],
        paras=P("""
Dirigentes del transporte urbano de la capital advirtieron este martes que podrían paralizar las unidades
si el gobierno no paga los tres meses de bono compensatorio que adeuda.

El bono fue creado para evitar que los buses y rapiditos suban la tarifa a los usuarios, que actualmente pagan
entre 11 y 14 lempiras por viaje.

Según el dirigente Marvin Osorto, unos 2,400 propietarios de unidades no han recibido el pago desde noviembre.

Osorto dijo que muchos transportistas ya no pueden cubrir el costo del combustible ni el mantenimiento de los
buses.

El Instituto Hondureño del Transporte Terrestre informó que el pago está en trámite en la Secretaría de
Finanzas y que se hará efectivo en los próximos días.

Los usuarios temen que un paro los deje sin forma de llegar a sus trabajos y centros de estudio.

En 2024 un paro similar afectó a más de medio millón de personas en Tegucigalpa y Comayagüela.

Los transportistas se reunirán el jueves para decidir si mantienen la medida.
"""),
        must_have=[
            "Según el dirigente Marvin Osorto, unos 2,400 propietarios de unidades no han recibido el pago desde noviembre.",
            "Los usuarios temen que un paro los deje sin forma de llegar a sus trabajos y centros de estudio.",
        ]),
    # Sakshi (India, Telugu): staff, city-bureau line, 'హైదరాబాద్:' dateline.
    rec(cluster="sakshi-hyderabad-metro-rush", role="single", file="sakshi_hyderabad_metro_te.txt", render="text",
        title="హైదరాబాద్ మెట్రోలో రద్దీ పెరుగుతోంది, అదనపు కోచ్‌ల కోసం డిమాండ్",
        date="2024-07-02", dateline="హైదరాబాద్: ", city="Hyderabad", country="IN", region="asia", lang="te",
        pre=[["సాక్షి", "హోమ్", "తెలంగాణ", "ఆంధ్రప్రదేశ్", "జాతీయం", "అంతర్జాతీయం", "బిజినెస్", "స్పోర్ట్స్"]],
        head=[["సాక్షి, సిటీబ్యూరో"], ["Published Tue, Jul 2 2024 7:12 AM"], ["షేర్ చేయండి"]],
        inserts={2: ["అడ్వర్టైజ్‌మెంట్"], 5: ["ఇది కూడా చదవండి: ఓఆర్ఆర్‌పై కొత్త టోల్ రేట్లు"]},
        tail=[["సంబంధిత వార్తలు"], ["సాక్షి యాప్ డౌన్‌లోడ్ చేసుకోండి"], ["Copyright © 2024 Sakshi Media Group. All rights reserved."]],
        paras=P("""
నగరంలో మెట్రో రైళ్లలో ప్రయాణికుల రద్దీ రోజురోజుకూ పెరుగుతోంది, ముఖ్యంగా ఉదయం మరియు సాయంత్రం
రద్దీ సమయాల్లో రైళ్లలో కాలు పెట్టడానికి కూడా చోటు దొరకడం లేదని ప్రయాణికులు చెబుతున్నారు.

ప్రస్తుతం మూడు కారిడార్లలో రోజుకు సుమారు ఐదు లక్షల మంది మెట్రోలో ప్రయాణిస్తున్నారు.

అమీర్‌పేట, రాయదుర్గం, హైటెక్ సిటీ స్టేషన్లలో ఉదయం తొమ్మిది గంటల సమయంలో ప్లాట్‌ఫారాలు కిక్కిరిసి
ఉంటున్నాయి.

ప్రతి రైలుకు మూడు కోచ్‌లు మాత్రమే ఉండటం వల్ల రద్దీ తట్టుకోవడం కష్టంగా మారిందని ఉద్యోగులు
అంటున్నారు.

అదనపు కోచ్‌లు కొనుగోలు చేసేందుకు ప్రతిపాదనలు సిద్ధం చేశామని మెట్రో అధికారి కె. శ్రీనివాస్ రెడ్డి
తెలిపారు.

కొత్త కోచ్‌లు వచ్చే వరకు రద్దీ సమయాల్లో రైళ్ల మధ్య వ్యవధిని తగ్గిస్తామని ఆయన చెప్పారు.

మహిళల కోసం కేటాయించిన కోచ్‌లో కూడా రద్దీ ఎక్కువగా ఉందని పలువురు మహిళా ప్రయాణికులు ఫిర్యాదు
చేశారు.

పాతబస్తీ మరియు విమానాశ్రయం వరకు మెట్రో విస్తరణ పనులు త్వరలో ప్రారంభమవుతాయని ప్రభుత్వం ఇప్పటికే
ప్రకటించింది.

నగరంలో కొత్తగా నిర్మిస్తున్న ఐటీ కార్యాలయాల కారణంగా రాబోయే రెండేళ్లలో మెట్రో ప్రయాణికుల సంఖ్య
మరింత పెరుగుతుందని నిపుణులు అంచనా వేస్తున్నారు.

మెట్రో స్టేషన్ల వద్ద పార్కింగ్ సౌకర్యం సరిగా లేకపోవడం వల్ల చాలా మంది ద్విచక్ర వాహనదారులు రోడ్ల పక్కనే
వాహనాలను నిలుపుతున్నారు, దీని వల్ల ట్రాఫిక్ సమస్యలు కూడా పెరుగుతున్నాయి.

ఈ సమస్యను పరిష్కరించేందుకు కొత్త పార్కింగ్ స్థలాలను గుర్తిస్తున్నామని అధికారులు తెలిపారు.
"""),
        must_have=[
            "ప్రస్తుతం మూడు కారిడార్లలో రోజుకు సుమారు ఐదు లక్షల మంది మెట్రోలో ప్రయాణిస్తున్నారు.",
            "కొత్త కోచ్‌లు వచ్చే వరకు రద్దీ సమయాల్లో రైళ్ల మధ్య వ్యవధిని తగ్గిస్తామని ఆయన చెప్పారు.",
        ]),
    # Nawaiwaqt (Pakistan, Urdu): APP copy, 'لاہور (اے پی پی)' dateline.
    rec(cluster="nawaiwaqt-app-lahore-orange-line", role="single", file="nawaiwaqt_app_orange_line_ur.txt", render="text",
        title="اورنج لائن میٹرو ٹرین کے اوقات کار میں توسیع کا فیصلہ",
        date="2024-04-16", dateline="لاہور (اے پی پی) ", city="Lahore", country="PK", region="asia", lang="ur", agency="APP",
        pre=[["نوائے وقت", "صفحہ اول", "قومی", "بین الاقوامی", "کاروبار", "کھیل", "ای پیپر"]],
        head=[["16 اپریل 2024"], ["شیئر کریں", "فیس بک", "ٹوئٹر", "واٹس ایپ"]],
        inserts={2: ["اشتہار"], 4: ["مزید پڑھیں: موٹروے پر حد رفتار کی خلاف ورزی پر جرمانے بڑھا دیے گئے"]},
        tail=[["متعلقہ خبریں"], ["نوائے وقت ایپ ڈاؤن لوڈ کریں"], ["جملہ حقوق محفوظ ہیں © نوائے وقت"]],
        paras=P("""
پنجاب ماس ٹرانزٹ اتھارٹی نے اورنج لائن میٹرو ٹرین کے اوقات کار میں ایک گھنٹے کی توسیع کا فیصلہ کیا ہے
اور اب ٹرین رات گیارہ بجے تک چلے گی۔

اتھارٹی کے ترجمان کے مطابق یہ فیصلہ مسافروں کی بڑھتی ہوئی تعداد اور شہریوں کے مطالبے پر کیا گیا ہے۔

ترجمان نے بتایا کہ اورنج لائن پر روزانہ اوسطاً دو لاکھ بیس ہزار مسافر سفر کرتے ہیں۔

انہوں نے کہا کہ رات کی شفٹ میں کام کرنے والے مزدوروں اور طلبہ کو اس فیصلے سے خاص طور پر فائدہ ہوگا۔

اتھارٹی نے اسٹیشنوں پر سکیورٹی اور صفائی کے عملے کی تعداد بھی بڑھانے کا اعلان کیا ہے۔

ترجمان کا کہنا تھا کہ کرایہ فی الحال چالیس روپے ہی رہے گا اور اس میں کوئی اضافہ نہیں کیا جا رہا۔

شہریوں نے فیصلے کا خیر مقدم کرتے ہوئے مطالبہ کیا کہ میٹرو بس سروس کے اوقات بھی بڑھائے جائیں۔

اورنج لائن لاہور کی پہلی میٹرو ٹرین ہے جو شہر کے شمال سے جنوب تک ستائیس کلومیٹر کا فاصلہ طے کرتی ہے۔

حکام کا کہنا ہے کہ نئے اوقات کار کا اطلاق آئندہ پیر سے ہوگا اور اس سلسلے میں اسٹیشنوں پر اعلانات بھی
کیے جائیں گے۔
"""),
        must_have=[
            "ترجمان نے بتایا کہ اورنج لائن پر روزانہ اوسطاً دو لاکھ بیس ہزار مسافر سفر کرتے ہیں۔",
            "اتھارٹی نے اسٹیشنوں پر سکیورٹی اور صفائی کے عملے کی تعداد بھی بڑھانے کا اعلان کیا ہے۔",
        ]),
    # Newsroom (New Zealand): staff, 'By X and Y' byline and a reporter bio line.
    rec(cluster="newsroom-road-deaths-rural-speed", role="single", file="newsroom_rural_speed_limits.txt", render="text",
        title="Rural councils split over lower speed limits as road toll rises",
        date="2025-03-27", country="NZ", region="oceania", lang="en", authors=["Aroha Pennington", "David Lusk"],
        pre=[["Newsroom", "Politics", "Environment", "Business", "Health", "Ideasroom", "The Detail", "Sign up"]],
        head=[["By Aroha Pennington and David Lusk"], ["Mar 27, 2025"], ["Share on Facebook", "Share on LinkedIn", "Email this article"]],
        inserts={3: ["Newsroom's journalism is free to read. Support our work."]},
        tail=[["Aroha Pennington is Newsroom's transport reporter."],
              ["Newsroom is an independent, New Zealand-owned news publisher."],
              ["Related stories", "Government rolls back speed rules on state highways"],
              ["Sign up to our free daily newsletter"]],
        paras=P("""
Councils in rural districts are divided over whether to keep lower speed limits on country roads, as new
figures show deaths on rural roads rose last year.

Under new rules, councils that cut speed limits in recent years must now consult their communities again
before the limits can stay.

Data from the NZ Transport Agency shows that 241 people died on roads with a limit of 80 km/h or more in
2024, up from 226 the year before.

Waimakariri District mayor Kelvin Hartnett said his council would keep the 80 km/h limit on several roads
near schools and marae.

Other councils, including some in Southland and Northland, said they would raise limits back to 100 km/h
where residents asked for it.

Road safety researcher Dr Mereana Howell said international studies showed that lower speeds reduced serious
crashes on narrow, winding roads.

Farmers and freight companies argued that lower limits made journeys longer without making roads safer.

The Transport Agency said it would publish a full report on the changes by the end of the year.
"""),
        must_have=[
            "Under new rules, councils that cut speed limits in recent years must now consult their communities again before the limits can stay.",
            "Farmers and freight companies argued that lower limits made journeys longer without making roads safer.",
        ]),
    # Venceremos (Cuba, Spanish): ACN copy, 'Guantánamo, 12 ago (ACN)' dateline.
    rec(cluster="venceremos-acn-guantanamo-omnibus", role="single", file="venceremos_acn_omnibus_es.txt", render="text",
        title="Incorporan nuevos ómnibus al transporte urbano en Guantánamo",
        date="2024-08-12", dateline="Guantánamo, 12 ago (ACN) ", city="Guantánamo", country="CU", region="americas",
        lang="es", agency="ACN", authors=["Yanelis Castillo Rodés"],
        pre=[["Venceremos", "Inicio", "Guantánamo", "Cuba", "Mundo", "Deportes", "Cultura", "Opinión"]],
        head=[["Por Yanelis Castillo Rodés (ACN)"], ["12 agosto, 2024"], ["Compartir"]],
        inserts={4: ["Lea también: Reparan tramo de la carretera Guantánamo-Baracoa"]},
        tail=[["Tomado de la Agencia Cubana de Noticias"], ["Artículos relacionados"],
              ["Deje un comentario", "Su dirección de correo electrónico no será publicada."],
              ["Periódico Venceremos. Órgano oficial del Comité Provincial del PCC en Guantánamo"]],
        paras=P("""
Cinco ómnibus de procedencia china se incorporaron este lunes al transporte urbano de esta ciudad, lo que
permitirá restablecer dos rutas que estaban detenidas desde hace meses.

Según la Empresa Provincial de Transporte, los nuevos vehículos prestarán servicio en las rutas que unen el
centro de la ciudad con los repartos Caribe y Caonao.

Cada ómnibus tiene capacidad para unos 80 pasajeros y cuenta con aire acondicionado.

El director de la empresa, Rolando Fuentes Matos, explicó que la falta de piezas de repuesto y de combustible
había reducido la cantidad de ómnibus en circulación.

Con la llegada de los nuevos equipos, la provincia contará con 21 ómnibus en el servicio urbano.

Los pobladores de los repartos beneficiados agradecieron la medida, pues hasta ahora debían caminar varios
kilómetros o pagar transporte privado.

Fuentes Matos añadió que se prevé recibir otros tres ómnibus antes de que finalice el año.

La empresa también trabaja en la reparación de la terminal de ómnibus intermunicipal.
"""),
        must_have=[
            "Cada ómnibus tiene capacidad para unos 80 pasajeros y cuenta con aire acondicionado.",
            "Con la llegada de los nuevos equipos, la provincia contará con 21 ómnibus en el servicio urbano.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_SA = site("Stavanger Aftenblad", "https://www.aftenbladet.example.no", "", "nb_NO", "@Aftenbladet",
               ["Nyheter", "Stavanger", "Sandnes", "Jæren", "Sport", "Meninger", "Økonomi", "Kultur"],
               ["Stavanger Aftenblad er en del av Schibsted", "Ansvarlig redaktør", "Kundeservice", "Personvern", "Informasjonskapsler"],
               share=["Del", "Kopier lenke", "Facebook"], top=["Abonnement", "Logg inn"],
               cookie="Vi bruker informasjonskapsler for å gi deg en bedre opplevelse og tilpasset annonsering.",
               cookie_title="Ditt personvern", buttons=["Godta alle", "Tilpass"])
SITE_PEACE = site("Peace FM Online", "https://www.peacefmonline.example.com", " - Peace FM Online", "en_GH", "@peacefmonline",
                  ["Home", "News", "Politics", "Business", "Showbiz", "Sports", "Peace FM Live"],
                  ["Copyright \u00a9 2024 Peacefmonline.com. All Rights Reserved.", "About Us", "Advertise", "Privacy Policy"],
                  share=["Share on Facebook", "Share on WhatsApp", "Tweet"])
SITE_TEJ = site("تجارت نیوز", "https://tejaratnews.example.com", " | تجارت نیوز", "fa_IR", "@tejaratnews",
                ["خانه", "اقتصاد کلان", "بورس", "مسکن", "خودرو", "حمل و نقل", "ارز و طلا"],
                ["تمامی حقوق مادی و معنوی این سایت متعلق به تجارت نیوز است.", "درباره ما", "تماس با ما", "تبلیغات"],
                share=["اشتراک گذاری", "تلگرام", "واتساپ", "کپی لینک"])
SITE_NLD = site("Báo Người Lao Động", "https://nld.example.com.vn", " - Báo Người Lao Động", "vi_VN", "@baonld",
                ["Thời sự", "Quốc tế", "Lao động", "Kinh tế", "Pháp luật", "Giáo dục", "Thể thao", "TP HCM"],
                ["Cơ quan chủ quản: Thành ủy TP Hồ Chí Minh", "© Bản quyền thuộc về Báo Người Lao Động", "Liên hệ quảng cáo", "Đường dây nóng"],
                share=["Chia sẻ", "Facebook", "Zalo", "Sao chép liên kết"])
SITE_REWMI = site("Rewmi", "https://www.rewmi.example.com", " - Rewmi", "fr_SN", "@rewmiquotidien",
                  ["Accueil", "Politique", "Économie", "Société", "Sport", "Culture", "Contributions"],
                  ["© 2025 Rewmi Quotidien – Tous droits réservés", "Qui sommes-nous", "Publicité", "Contact"],
                  share=["Partager sur Facebook", "Partager sur WhatsApp", "Partager sur X"])
SITE_SHT = site("Sarasota Herald-Tribune", "https://www.heraldtribune.example.com", "", "en_US", "@HeraldTribune",
                ["News", "Sports", "Entertainment", "Life", "Opinion", "Obituaries", "eNewspaper", "Legals"],
                ["\u00a9 2024 www.heraldtribune.com. All rights reserved.", "Contact Us", "Help Center", "Terms of Service", "Your Privacy Choices"],
                share=["Share on Facebook", "Share on X", "Share via Email"], top=["Subscribe", "Sign in"])
SITE_PDA = site("Postal do Algarve", "https://www.postal.example.pt", " - Postal do Algarve", "pt_PT", "@postalalgarve",
                ["Atualidade", "Algarve", "Economia", "Desporto", "Cultura", "Opinião", "Edição impressa"],
                ["© 2024 Postal do Algarve. Todos os direitos reservados.", "Estatuto editorial", "Ficha técnica", "Contactos"],
                share=["Partilhar no Facebook", "Partilhar no WhatsApp", "Enviar por email"],
                cookie="Utilizamos cookies para melhorar a sua experiência de navegação.", buttons=["Aceitar", "Rejeitar"])
SITE_MJT = site("MooseJawToday.com", "https://www.moosejawtoday.example.com", " - MooseJawToday.com", "en_CA", "@moosejawtoday",
                ["Local News", "City Hall", "Agriculture", "Sports", "Obituaries", "Classifieds", "Weather"],
                ["\u00a9 2025 Village Media Inc. and/or its affiliates", "Contact Us", "Advertise", "Privacy Policy"],
                share=["Share on Facebook", "Share on X", "Share via Email"], top=["Subscribe to newsletter"])
SITE_SUL21 = site("Sul21", "https://sul21.example.com.br", " | Sul21", "pt_BR", "@sul21",
                  ["Notícias", "Política", "Geral", "Cidades", "Opinião", "Cultura", "Apoie"],
                  ["Sul21 — Jornalismo independente desde 2010", "Quem somos", "Expediente", "Política de privacidade"],
                  share=["Compartilhe", "Facebook", "X", "WhatsApp"])

HTML_STORIES = [
    # Stavanger Aftenblad (Norway, Bokmål): original of the NTB cluster; NTB reporter over the agency name.
    dict(JAE, role="original", file="aftenbladet_ntb_jaerbanen_no.html", render="html",
         site=SITE_SA, section="Stavanger", meta_section="Stavanger",
         url="https://www.aftenbladet.example.no/lokalt/i/Xy4mQ2/jaerbanen-stenges-i-tre-uker",
         published="2025-06-23T09:41:00+02:00", modified="2025-06-23T11:02:00+02:00",
         ld_author=[{"@type": "Person", "name": "Sigrid Haaland Vatne"}, {"@type": "Organization", "name": "NTB"}],
         byline_lines=["Sigrid Haaland Vatne", "NTB"],
         date_lines=["Publisert: 23. juni 2025 09:41", "Oppdatert: 23. juni 2025 11:02"],
         caption="Togene på Jærbanen er erstattet av busser i tre uker.", credit="Jan Kåre Ness, NTB",
         credit_shown="Foto: Jan Kåre Ness, NTB",
         inserts={2: [("ad", "Annonse")], 5: [("link", "Les også:", "Bompengene på Nord-Jæren øker fra juli")]},
         tags=("Emner", ["Jærbanen", "Bane Nor", "Kollektivtrafikk"]),
         lists=[("Mest lest", ["Ny fylkesvei åpner i Gjesdal", "Dette er sommerens bussruter"])]),
    # Peace FM Online (Ghana, gzipped page): original of the GNA cluster; 'Source: GNA' line.
    dict(HOV, role="original", file="peacefmonline_gna_ho_bus_terminal.html.gz", render="html",
         site=SITE_PEACE, section="News", meta_section="News",
         url="https://www.peacefmonline.example.com/pages/local/news/202402/512345.php",
         published="2024-02-15T16:20:00+00:00",
         ld_author=[{"@type": "Organization", "name": "GNA"}],
         byline_lines=["Source: GNA"], date_lines=["15 February 2024 | 4:20 pm"],
         inserts={3: [("ad", "Advertisement")]},
         end_lines=["By Kafui Dzamesi, GNA"],
         below_body=[("disclaimer", "Disclaimer: Opinions expressed here are those of the writers and do not reflect those of Peacefmonline.com.")],
         lists=[("Related Articles", ["Drivers threaten strike over fuel prices", "Road contractor returns to site in Hohoe"]),
                ("Latest News", ["Police arrest suspects in Kumasi robbery"])]),
    # Tejarat News (Iran, Persian): staff, Persian-digit Solar Hijri date.
    rec(cluster="tejaratnews-tehran-metro-fare", role="single", file="tejaratnews_metro_fare_fa.html", render="html",
        site=SITE_TEJ, title="کرایه مترو تهران از اردیبهشت ۳۰ درصد گران می‌شود",
        date="2025-03-02", country="IR", region="asia", lang="fa", authors=["نگار صالحی"],
        section="حمل و نقل", meta_section="حمل و نقل",
        url="https://tejaratnews.example.com/کرایه-مترو-تهران-گران-می-شود",
        description="شورای شهر تهران نرخ جدید کرایه حمل و نقل عمومی را تصویب کرد.",
        published="2025-03-02T10:15:00+03:30",
        byline_lines=["نویسنده: نگار صالحی"], date_lines=["۱۲ اسفند ۱۴۰۳ - ۱۰:۱۵"],
        above_body=[("reading", "زمان مطالعه: ۲ دقیقه"), ("code", "کد خبر: ۷۸۱۲۳۴")],
        inserts={2: [("ad", "تبلیغات")], 4: [("link", "بیشتر بخوانید:", "قیمت بلیت هواپیما در نوروز چقدر است؟")]},
        tags=("برچسب‌ها", ["مترو", "کرایه", "شورای شهر تهران"]),
        lists=[("پربازدیدترین", ["قیمت خودرو امروز", "وام مسکن جدید اعلام شد"])],
        paras=P("""
شورای شهر تهران روز شنبه افزایش ۳۰ درصدی کرایه مترو و اتوبوس را برای سال آینده تصویب کرد و نرخ‌های جدید
از ابتدای اردیبهشت اجرا می‌شود.

بر اساس این مصوبه، هزینه هر سفر با مترو برای مسافرانی که از کارت بلیت استفاده می‌کنند به حدود ۹ هزار تومان
می‌رسد.

یکی از اعضای شورا گفت که شرکت بهره‌برداری مترو برای تعمیر قطارهای فرسوده و خرید واگن جدید به درآمد بیشتری
نیاز دارد.

به گفته او، بخشی از قطارهای خط یک و دو بیش از بیست سال عمر دارند و قطعات یدکی آنها به سختی پیدا می‌شود.

دانشجویان و سالمندان همچنان می‌توانند با تخفیف از مترو و اتوبوس استفاده کنند.

برخی از مسافران می‌گویند که با افزایش قیمت بنزین و کرایه تاکسی، مترو تنها گزینه ارزان برای رفت و آمد است.

کارشناسان حمل و نقل شهری معتقدند که افزایش کرایه بدون بهبود کیفیت خدمات، رضایت مسافران را کاهش می‌دهد.

مترو تهران روزانه بیش از دو میلیون سفر را جابه‌جا می‌کند و هفت خط فعال دارد.
"""),
        must_have=[
            "دانشجویان و سالمندان همچنان می‌توانند با تخفیف از مترو و اتوبوس استفاده کنند.",
            "مترو تهران روزانه بیش از دو میلیون سفر را جابه‌جا می‌کند و هفت خط فعال دارد.",
        ]),
    # Người Lao Động (Vietnam, Vietnamese): staff, two-name byline, 'giờ' date.
    rec(cluster="nld-tan-son-nhat-t3-terminal", role="single", file="nld_san_bay_tan_son_nhat_vi.html", render="html",
        site=SITE_NLD, title="Nhà ga T3 Tân Sơn Nhất sẵn sàng đón khách dịp Tết",
        date="2025-01-10", country="VN", region="asia", lang="vi", authors=["Ngọc Quý", "Thanh Hà"],
        section="TP HCM", meta_section="TP HCM",
        url="https://nld.example.com.vn/nha-ga-t3-tan-son-nhat-san-sang-don-khach-dip-tet-196250110.htm",
        description="Nhà ga mới dự kiến phục vụ khoảng 20 triệu lượt khách mỗi năm.",
        published="2025-01-10T19:45:00+07:00",
        byline_lines=["Ngọc Quý - Thanh Hà"], date_lines=["10-01-2025 - 19:45 PM"],
        caption="Khu vực làm thủ tục tại nhà ga T3 đã hoàn thiện.", credit="NGỌC QUÝ", credit_shown="Ảnh: NGỌC QUÝ",
        inserts={2: [("ad", "Quảng cáo")], 5: [("link", "Xem thêm:", "Giá vé máy bay Tết tăng cao")]},
        tags=("Từ khóa", ["sân bay Tân Sơn Nhất", "nhà ga T3", "Tết"]),
        lists=[("Tin cùng chuyên mục", ["Kẹt xe ở cửa ngõ phía Đông", "Metro số 1 tăng chuyến dịp Tết"])],
        paras=P("""
Nhà ga hành khách T3 tại sân bay Tân Sơn Nhất ở TP HCM đã cơ bản hoàn thành và sẽ bắt đầu phục vụ các chuyến
bay nội địa từ giữa tháng 4, theo đại diện chủ đầu tư.

Nhà ga có tổng diện tích sàn hơn 112.000 mét vuông, với 90 quầy làm thủ tục và 10 cầu ống lồng.

Trong dịp Tết Nguyên đán, một phần khu vực sân đỗ máy bay của nhà ga mới sẽ được sử dụng để giảm tải cho nhà
ga quốc nội hiện tại.

Ông Lê Văn Thắng, giám đốc dự án, cho biết nhà ga T3 có thể phục vụ khoảng 20 triệu lượt khách mỗi năm.

Hành khách vẫn làm thủ tục tại nhà ga cũ trong thời gian cao điểm Tết.

Để giảm ùn tắc, thành phố đã xây dựng thêm một cầu cạn nối nhà ga T3 với đường Trần Quốc Hoàn.

Nhiều hành khách bày tỏ mong muốn nhà ga mới sẽ giúp giảm cảnh chen chúc và chậm chuyến bay.

Sân bay Tân Sơn Nhất hiện phục vụ gần 40 triệu lượt khách mỗi năm, vượt xa công suất thiết kế.
"""),
        must_have=[
            "Nhà ga có tổng diện tích sàn hơn 112.000 mét vuông, với 90 quầy làm thủ tục và 10 cầu ống lồng.",
            "Hành khách vẫn làm thủ tục tại nhà ga cũ trong thời gian cao điểm Tết.",
        ]),
    # Rewmi (Senegal, French): staff, site byline only.
    rec(cluster="rewmi-dakar-brt-frequentation", role="single", file="rewmi_brt_dakar_fr.html", render="html",
        site=SITE_REWMI, title="BRT de Dakar : plus de 300 000 voyageurs par jour, les usagers réclament plus de bus",
        date="2024-12-03", country="SN", region="africa", lang="fr",
        section="Société", meta_section="Société",
        url="https://www.rewmi.example.com/brt-de-dakar-plus-de-300-000-voyageurs-par-jour/",
        description="La fréquentation du BRT dépasse les prévisions un an après sa mise en service.",
        published="2024-12-03T12:30:00+00:00",
        ld_author=[{"@type": "Person", "name": "Rewmi"}],
        byline_lines=["Par Rewmi"], date_lines=["3 décembre 2024"],
        inserts={3: [("ad", "Publicité")], 5: [("link", "A LIRE AUSSI :", "TER : la phase 2 vers l'aéroport AIBD accuse du retard")]},
        below_body=[("whatsapp", "Rejoignez la chaîne WhatsApp de Rewmi")],
        comments=["Laisser un commentaire", "Vous devez être connecté pour publier un commentaire."],
        lists=[("Articles similaires", ["Embouteillages : la VDN fermée pour travaux", "Dem Dikk renouvelle sa flotte"])],
        paras=P("""
Un an après sa mise en service, le Bus Rapid Transit (BRT) de Dakar transporte plus de 300 000 voyageurs par
jour, un chiffre supérieur aux prévisions initiales.

C'est ce qu'a indiqué mardi la société exploitante lors d'une rencontre avec les associations d'usagers.

Selon son directeur d'exploitation, Moustapha Ndiaye, les bus articulés mettent en moyenne 45 minutes pour
relier Guédiawaye au centre-ville, contre plus d'une heure et demie auparavant.

Mais aux heures de pointe, les usagers se plaignent de bus bondés et d'une attente parfois longue aux stations
de la banlieue.

L'exploitant annonce l'arrivée de 25 nouveaux bus électriques au premier trimestre de l'année prochaine.

Les associations d'usagers demandent aussi une meilleure sécurisation des stations le soir.

Le prix du billet, fixé entre 400 et 500 francs CFA selon la distance, restera inchangé en 2025, a précisé
la société.

Le BRT fait partie d'un vaste programme de modernisation des transports à Dakar, avec le TER.
"""),
        must_have=[
            "L'exploitant annonce l'arrivée de 25 nouveaux bus électriques au premier trimestre de l'année prochaine.",
            "Les associations d'usagers demandent aussi une meilleure sécurisation des stations le soir.",
        ]),
    # Sarasota Herald-Tribune (Florida): staff, Gannett layout.
    rec(cluster="heraldtribune-srq-airport-parking-garage", role="single", file="heraldtribune_srq_airport_garage.html", render="html",
        site=SITE_SHT, title="Sarasota Bradenton airport to build second parking garage as passenger numbers soar",
        date="2024-01-24", country="US", region="americas", lang="en", authors=["Dana Whitlock"],
        section="Local", meta_section="Local",
        url="https://www.heraldtribune.example.com/story/news/local/sarasota/2024/01/24/srq-airport-second-parking-garage/72312345007/",
        description="The garage would add about 2,500 spaces by 2026.",
        published="2024-01-24T15:05:00-05:00", modified="2024-01-25T08:12:00-05:00",
        byline_lines=["Dana Whitlock", "Sarasota Herald-Tribune"],
        date_lines=["Published 3:05 p.m. ET Jan. 24, 2024", "Updated 8:12 a.m. ET Jan. 25, 2024"],
        caption="Travelers wait for rides outside Sarasota Bradenton International Airport.", credit="Mike Lang/Sarasota Herald-Tribune",
        credit_shown="Mike Lang/Sarasota Herald-Tribune", caption_prefix="Show Caption",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "More:", "Allegiant adds new routes from SRQ")]},
        end_lines=["Dana Whitlock covers transportation and growth for the Herald-Tribune. Contact her at dwhitlock@heraldtribune.com."],
        below_body=[("gannett-promo", "Support local journalism. Subscribe to the Herald-Tribune today.")],
        paras=P("""
Sarasota Bradenton International Airport plans to build a second parking garage after another record year in
which more than 4.4 million passengers passed through its terminal.

The airport's board approved the design on Tuesday for a five-level garage with about 2,500 spaces, to be
built next to the existing garage on the south side of the terminal.

Airport officials said the surface lots had filled up on more than 60 days last year, forcing some
travelers to park at overflow lots and take shuttles.

"We have grown faster than almost any airport in the country, and parking has not kept up," airport
president Ellis Carrow said.

The garage is expected to cost around $110 million and would be paid for with parking revenue and bonds,
not local taxes.

Construction is scheduled to begin this summer and be completed in 2026.

The airport is also adding new gates and expanding its security checkpoint.

Some residents of nearby neighborhoods said they were worried about more traffic on University Parkway.
"""),
        must_have=[
            "The garage is expected to cost around $110 million and would be paid for with parking revenue and bonds, not local taxes.",
            "Construction is scheduled to begin this summer and be completed in 2026.",
        ]),
    # Postal do Algarve (Portugal, Portuguese): Lusa copy, 'Faro, 8 jul 2024 (Lusa) -' dateline.
    rec(cluster="postalalgarve-lusa-faro-aeroporto-passageiros", role="single", file="postalalgarve_lusa_aeroporto_faro_pt.html", render="html",
        site=SITE_PDA, title="Aeroporto de Faro bate recorde de passageiros no primeiro semestre",
        date="2024-07-08", dateline="Faro, 08 jul 2024 (Lusa) - ", city="Faro", country="PT", region="europe", lang="pt", agency="Lusa",
        section="Algarve", meta_section="Algarve",
        url="https://www.postal.example.pt/algarve/aeroporto-de-faro-bate-recorde-de-passageiros/",
        description="Mais de 5 milhões de passageiros passaram pelo aeroporto entre janeiro e junho.",
        published="2024-07-08T13:10:00+01:00",
        ld_author=[{"@type": "Organization", "name": "Lusa"}],
        byline_lines=["Postal do Algarve com Lusa"], date_lines=["08/07/2024 13:10"],
        inserts={3: [("ad", "Publicidade")]},
        end_lines=["JMS // MLL", "Lusa/Fim"],
        lists=[("Notícias relacionadas", ["Via do Infante com obras noturnas em agosto", "Comboios regionais com novos horários"])],
        newsletter_end=["Subscreva a nossa newsletter", "Receba as notícias do Algarve no seu email"],
        paras=P("""
O aeroporto de Faro registou mais de 5,1 milhões de passageiros no primeiro semestre do ano, o valor mais
alto de sempre para o período, anunciou hoje a gestora aeroportuária.

Em comunicado, a empresa refere que o número representa um aumento de 7% em relação ao mesmo período de 2023.

O Reino Unido continua a ser o principal mercado, seguido da Alemanha, da Irlanda e dos Países Baixos.

A gestora adianta que está a reforçar o número de trabalhadores no controlo de segurança para reduzir as
filas durante o verão.

Associações empresariais do Algarve têm alertado para a falta de capacidade do aeroporto nos meses de maior
procura.

Segundo a empresa, as obras de ampliação do terminal vão permitir acrescentar mais seis portas de embarque
até 2026.

Os autarcas da região defendem também a ligação ferroviária entre o aeroporto e a linha do Algarve.

O aeroporto de Faro recebeu em 2023 cerca de 10 milhões de passageiros.
"""),
        must_have=[
            "O Reino Unido continua a ser o principal mercado, seguido da Alemanha, da Irlanda e dos Países Baixos.",
            "Os autarcas da região defendem também a ligação ferroviária entre o aeroporto e a linha do Algarve.",
        ]),
    # MooseJawToday.com (Saskatchewan): staff, Village Media layout, 'About the Author' box.
    rec(cluster="moosejawtoday-rail-crossing-safety", role="single", file="moosejawtoday_rail_crossing.html", render="html",
        site=SITE_MJT, title="City asks CP Kansas City for safer crossing after near misses on Ninth Avenue",
        date="2025-04-15", country="CA", region="americas", lang="en", authors=["Jason G. Antonio"],
        section="Local News", meta_section="Local News",
        url="https://www.moosejawtoday.example.com/local-news/city-asks-for-safer-rail-crossing-ninth-avenue-10512345",
        description="Council wants lights and gates at a busy crossing used by students.",
        published="2025-04-15T16:48:00-06:00",
        byline_lines=["Jason G. Antonio", "Moose Jaw Today"], date_lines=["Apr 15, 2025 4:48 PM"],
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Sign up for our newsletter", "Get local news delivered to your inbox", "Subscribe"])]},
        author_box=["About the Author: Jason G. Antonio", "Jason G. Antonio has been a reporter in Moose Jaw since 2014. Read more"],
        comments=["Comments", "We welcome your feedback and encourage you to share your thoughts. Please sign in."],
        paras=P("""
Moose Jaw city council wants the railway to install lights and gates at a level crossing on Ninth Avenue
Northwest after residents reported several near misses involving trains and vehicles.

Council voted unanimously on Monday to send a letter to CPKC asking for the upgrade and for a meeting with
company officials.

The crossing currently has only warning signs, even though hundreds of students walk across it each day on
their way to a nearby high school.

Coun. Heather Eby said she had heard from parents who had watched their children wait beside a stopped train
and then try to climb between the cars.

City staff said data from Transport Canada showed three collisions at the crossing in the past ten years.

Installing lights and gates would cost about $600,000, and the federal government could pay up to half
through its rail safety program.

The railway said in a statement that it was reviewing the request.

Council also asked police to increase patrols near the crossing during school hours.
"""),
        must_have=[
            "City staff said data from Transport Canada showed three collisions at the crossing in the past ten years.",
            "The railway said in a statement that it was reviewing the request.",
        ]),
    # Sul21 (Brazil, Portuguese): staff, named reporter, 'Foto:' credit.
    rec(cluster="sul21-porto-alegre-trensurb-tarifa", role="single", file="sul21_trensurb_pt.html", render="html",
        site=SITE_SUL21, title="Trensurb reduz horários aos domingos e usuários reclamam de espera",
        date="2023-09-14", country="BR", region="americas", lang="pt", authors=["Luís Eduardo Gomes"],
        section="Geral", meta_section="Geral",
        url="https://sul21.example.com.br/noticias/geral/2023/09/trensurb-reduz-horarios-aos-domingos/",
        description="Intervalo entre trens aos domingos passa de 15 para 20 minutos.",
        published="2023-09-14T18:02:00-03:00",
        byline_lines=["Luís Eduardo Gomes"], date_lines=["14 de setembro de 2023"],
        caption="Estação Mercado da Trensurb, no centro de Porto Alegre.", credit="Joana Berwanger/Sul21",
        credit_shown="Foto: Joana Berwanger/Sul21",
        inserts={3: [("link", "Leia mais:", "Ônibus de Porto Alegre terão novas linhas noturnas")]},
        below_body=[("apoie", "Apoie o Sul21. Jornalismo independente depende de você.")],
        lists=[("Relacionadas", ["Obras na BR-116 alteram trânsito em Canoas", "Prefeitura anuncia nova licitação do transporte"])],
        paras=P("""
A Trensurb, empresa que opera o trem metropolitano entre Porto Alegre e Novo Hamburgo, reduziu a oferta de
viagens aos domingos a partir deste mês, o que tem provocado reclamações de usuários.

Com a mudança, o intervalo entre os trens aos domingos passou de 15 para 20 minutos durante a maior parte do
dia.

Segundo a empresa, a medida foi tomada por causa da queda no número de passageiros nos fins de semana e da
necessidade de reduzir custos com energia elétrica.

Usuários ouvidos pela reportagem disseram que a espera maior dificulta o deslocamento de quem trabalha aos
domingos, principalmente no comércio.

O sindicato dos metroviários criticou a decisão e afirmou que a empresa precisa de mais investimento, e não
de cortes.

A Trensurb transporta em média cerca de 100 mil passageiros por dia útil.

A empresa informou que vai avaliar a demanda nos próximos meses e pode rever os horários.

A tarifa do trem é de R$ 4,50.
"""),
        must_have=[
            "Com a mudança, o intervalo entre os trens aos domingos passou de 15 para 20 minutos durante a maior parte do dia.",
            "A Trensurb transporta em média cerca de 100 mil passageiros por dia útil.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Ripples Nigeria: NAN copy, '(NAN)' at the end of the first paragraph, no dateline.
    rec(cluster="ripplesnigeria-nan-lagos-apapa-gridlock", role="single", file="newsplease_ripplesnigeria_apapa_port.json",
        render="newsplease", title="Truck drivers, residents count losses as Apapa gridlock returns",
        date="2023-11-29", country="NG", region="africa", lang="en", agency="NAN",
        url="https://www.ripplesnigeria.example.com/truck-drivers-residents-count-losses-as-apapa-gridlock-returns/",
        source_domain="www.ripplesnigeria.example.com",
        description="Port users blame the failure of the electronic call-up system.",
        np_authors=["Ripples Nigeria"], np_publish="2023-11-29 11:42:00", np_download="2023-11-29 15:20:07",
        head_lines=["November 29, 2023", "Ripples Nigeria", "2 min read"],
        inserts={2: ["ALSO READ: FG approves new rail link to Lekki Deep Sea Port"], 5: ["Join Ripples Nigeria WhatsApp channel"]},
        tail_lines=["(NAN)", "Join the conversation", "Support Ripples Nigeria, hold those in power accountable.",
                    "Opinions expressed by contributors are strictly personal and not of Ripples Nigeria.",
                    "Ripples Nigeria © 2023 - All Rights Reserved", "Related Posts", "Latest Posts"],
        paras=P("""
Truck drivers and residents of Apapa in Lagos say they are counting losses as long queues of trucks heading to
the ports have returned to the roads leading to the area.

A check by the News Agency of Nigeria on Wednesday showed trucks parked on both sides of the Apapa-Oshodi
Expressway from Ijora to the Tin Can Island Port.

Drivers said they had spent up to four days on the road waiting to be called into the port to pick up
containers.

Mr Sunday Okafor, a driver, said he had spent more than 60,000 naira on food and security since he arrived.

Residents of the area said they now walk long distances to reach bus stops because commercial buses avoid the
gridlock.

Port officials blamed the problem on a breakdown of the electronic call-up system for trucks and the arrival
of several ships at the same time.

The Nigerian Ports Authority said a team had been deployed to clear the queues within 72 hours.

Business owners in Apapa urged the government to complete the rail link to the ports to reduce the number of
trucks on the roads.
"""),
        must_have=[
            "Drivers said they had spent up to four days on the road waiting to be called into the port to pick up containers.",
            "The Nigerian Ports Authority said a team had been deployed to clear the queues within 72 hours.",
        ]),
    # news-please, Manila Standard (Philippines): staff, 'By' byline.
    rec(cluster="manilastandard-naia-terminal-transfer", role="single", file="newsplease_manilastandard_naia.json",
        render="newsplease", title="NAIA operator to move more flights to Terminal 2 to ease crowding",
        date="2025-05-20", country="PH", region="asia", lang="en", authors=["Joel E. Zurbano"],
        url="https://manilastandard.example.net/news/national/314512345/naia-operator-to-move-more-flights-to-terminal-2.html",
        source_domain="manilastandard.example.net",
        description="The transfer covers about 60 domestic flights a day.",
        np_authors=["Joel E. Zurbano"], np_publish="2025-05-20 20:05:00", np_download="2025-05-21 02:11:56",
        head_lines=["By Joel E. Zurbano", "May 20, 2025, 8:05 pm"],
        inserts={3: ["Advertisement"], 5: ["READ: Taxi fares at airport to be reviewed"]},
        tail_lines=["Topics:", "NAIA", "Ninoy Aquino International Airport", "Terminal 2",
                    "Copyright © 2025 Manila Standard. All Rights Reserved.", "Share this:", "Related"],
        paras=P("""
The new private operator of the Ninoy Aquino International Airport will move around 60 domestic flights a day
from Terminal 3 to Terminal 2 starting next month to ease crowding at the country's busiest terminal.

The operator said on Tuesday that the transfer would mainly cover flights to Visayas and Mindanao.

Passengers are advised to check their booking confirmation and arrive at least three hours before departure
during the first weeks of the change.

It added that shuttle buses between terminals would run every 15 minutes, 24 hours a day.

The Department of Transportation said the move was part of efforts to improve passenger experience after
complaints about long queues and broken air conditioning.

Travelers have also complained about a lack of seats in departure areas and long waits for taxis.

The operator promised to complete the renovation of washrooms in all terminals by the end of the year.

NAIA handled more than 50 million passengers last year, far above its design capacity.
"""),
        must_have=[
            "It added that shuttle buses between terminals would run every 15 minutes, 24 hours a day.",
            "Travelers have also complained about a lack of seats in departure areas and long waits for taxis.",
        ]),
    # news-please, TBNewsWatch (Thunder Bay): staff, 'THUNDER BAY —' dateline.
    rec(cluster="tbnewswatch-thunder-bay-highway-11-17-twinning", role="single", file="newsplease_tbnewswatch_highway_17.json",
        render="newsplease", title="Highway 11/17 twinning work to start this summer near Shabaqua",
        date="2024-03-07", dateline="THUNDER BAY — ", city="Thunder Bay", country="CA", region="americas", lang="en",
        authors=["Matt Vis"],
        url="https://www.tbnewswatch.example.com/local-news/highway-11-17-twinning-work-to-start-this-summer-8412345",
        source_domain="www.tbnewswatch.example.com",
        description="The province says the first eight kilometres will be four lanes by 2027.",
        np_authors=["Matt Vis"], np_publish="2024-03-07 00:00:00", np_download="2024-03-07 14:40:31",
        head_lines=["Matt Vis", "Mar 7, 2024"],
        inserts={2: ["Advertisement"]},
        tail_lines=["About the Author: Matt Vis", "Matt Vis covers city hall and regional news for TBNewsWatch.", "Read more",
                    "Comments", "We welcome your feedback and encourage you to share your thoughts.", "Trending", "© 2024 Dougall Media"],
        paras=P("""
Work to turn a stretch of Highway 11/17 west of the city into a four-lane road will start this summer, the
province says.

The Ministry of Transportation said on Wednesday that the first phase covers eight kilometres near Shabaqua
and is expected to be finished in 2027.

The highway is the only road link between eastern and western Canada in the region and carries thousands of
transport trucks each day.

Local mayors have pushed for years for the road to be twinned, pointing to serious crashes in winter when a
single collision can close the highway for hours.

Shebandowan resident Carla Niemi said she no longer drives to Thunder Bay at night in the winter.

Drivers should expect lane closures and delays of up to 20 minutes while work is under way.

The province has not said when the rest of the highway between Thunder Bay and Kenora will be twinned.

The Ontario Provincial Police recorded 11 fatal collisions on Highway 11/17 in the district last year.
"""),
        must_have=[
            "Drivers should expect lane closures and delays of up to 20 minutes while work is under way.",
            "The Ontario Provincial Police recorded 11 fatal collisions on Highway 11/17 in the district last year.",
        ]),
    # trafilatura, The Vibes (Malaysia): Bernama copy, 'KUALA LUMPUR, Oct 3 -' dateline and '-- BERNAMA' tail.
    rec(cluster="thevibes-bernama-kl-lrt-signalling", role="single", file="trafilatura_thevibes_lrt_signalling.json",
        render="trafilatura", title="LRT Kelana Jaya line signalling upgrade to finish by mid-2025, says Prasarana",
        date="2024-10-03", dateline="KUALA LUMPUR, Oct 3 - ", city="Kuala Lumpur", country="MY", region="asia", lang="en",
        agency="Bernama", section="News",
        url="https://www.thevibes.example.com/news/101234/lrt-kelana-jaya-line-signalling-upgrade-to-finish-by-mid-2025",
        hostname="thevibes.example.com", source_hostname="The Vibes",
        description="Commuters have faced repeated delays during the upgrade works.",
        tf_author=None, tf_date="2024-10-03", tf_language="en", categories="News;Nation", tf_tags="LRT;Prasarana;public transport",
        head_lines=["Bernama", "Updated 2 hours ago · Published on 03 Oct 2024 4:15PM"],
        inserts={3: ["Advertisement"]},
        tail_lines=["-- BERNAMA", "Get the latest news from The Vibes on our WhatsApp channel",
                    "Related Articles", "MRT Putrajaya line adds trains during peak hours", "© 2024 The Vibes. All rights reserved."],
        paras=P("""
The signalling upgrade on the LRT Kelana Jaya line is expected to be completed by the middle of next year,
said Prasarana Malaysia Bhd.

Its group chief executive officer Datuk Azlan Rahim said the new system would allow trains to run closer
together and reduce waiting times during peak hours.

He said about 70 per cent of the work had been completed, with the remaining sections between Ampang Park and
Gombak to be upgraded during night-time closures.

Commuters have experienced several delays this year while the new system was being tested.

"We apologise to passengers for the inconvenience and ask for their patience while we finish the work,"
he told reporters after an event here today.

Azlan said free feeder buses would be provided whenever services were disrupted for more than 30 minutes.

The Kelana Jaya line carries an average of 250,000 passengers a day, making it one of the busiest rail lines
in the Klang Valley.

He added that 27 new four-car trains would be delivered in stages from next year.
"""),
        must_have=[
            "Commuters have experienced several delays this year while the new system was being tested.",
            "Azlan said free feeder buses would be provided whenever services were disrupted for more than 30 minutes.",
        ]),
    # trafilatura, Sunderland Echo (England): staff, National World layout.
    rec(cluster="sunderlandecho-metro-new-trains-delay", role="single", file="trafilatura_sunderlandecho_metro_trains.json",
        render="trafilatura", title="New Metro trains delayed again as Nexus confirms fresh testing problems",
        date="2024-06-11", country="GB", region="europe", lang="en", authors=["Kevin Clark"], section="News",
        url="https://www.sunderlandecho.example.com/news/transport/new-metro-trains-delayed-again-4612345",
        hostname="sunderlandecho.example.com", source_hostname="Sunderland Echo",
        description="Passengers in Sunderland will have to wait longer for the new fleet.",
        tf_author="Kevin Clark", tf_date="2024-06-11", tf_language="en", categories="News;Transport", tf_tags="Metro;Nexus;Sunderland",
        head_lines=["By Kevin Clark", "Published 11th Jun 2024, 15:44 BST", "Comment"],
        inserts={2: ["Sign up to our Sunderland Echo newsletter"], 4: ["Read More", "Roadworks to close Wearmouth Bridge lane for a week"]},
        tail_lines=["Sunderland Echo", "Follow us", "Comments", "Want to join the conversation? Please or to comment on this article.",
                    "Your National World account", "Cookie Settings", "Terms and Conditions"],
        paras=P("""
The introduction of new trains on the Tyne and Wear Metro has been delayed again after further problems were
found during testing, transport operator Nexus has confirmed.

Nexus had hoped the first of the 46 new trains would carry passengers in Sunderland and Newcastle this summer.

It now says passenger services will not start until later in the year at the earliest.

The operator said software faults had been found in the braking and door systems of the trains, which are
being built in Switzerland.

Sunderland passengers have complained for years about breakdowns on the old fleet, which entered service in
the early 1980s.

Commuter Hayley Brown, who travels from Park Lane to Newcastle each day, said cancellations were now
happening almost every week.

Nexus said safety would always come first and it would not rush the new trains into service.

The new fleet will be able to carry more passengers and has air conditioning and wider doors.
"""),
        must_have=[
            "It now says passenger services will not start until later in the year at the earliest.",
            "Nexus said safety would always come first and it would not rush the new trains into service.",
        ]),
    # trafilatura, Newswire (Sri Lanka): staff desk, no byline.
    rec(cluster="newswire-colombo-private-bus-fares", role="single", file="trafilatura_newswire_bus_fares.json",
        render="trafilatura", title="Bus fares to be reduced by 4.2% from July 1",
        date="2024-06-28", country="LK", region="asia", lang="en", section="Local News",
        url="https://www.newswire.example.lk/2024/06/28/bus-fares-to-be-reduced-by-4-2-from-july-1/",
        hostname="newswire.example.lk", source_hostname="Newswire",
        description="The minimum fare will drop to Rs. 28.",
        tf_author="Newswire", tf_date="2024-06-28", tf_language="en", categories="Local News;Featured", tf_tags="bus fares;NTC",
        head_lines=["June 28, 2024", "Newswire", "Local News"],
        inserts={3: ["ALSO READ: Train delays on coastal line due to track repairs"]},
        tail_lines=["Follow Newswire on WhatsApp", "Share", "Tags:", "bus fares", "NTC",
                    "Copyright © 2024 Newswire. All Rights Reserved."],
        paras=P("""
Bus fares will be reduced by 4.2 per cent from July 1 under the annual bus fare revision, the National
Transport Commission (NTC) said today.

The minimum fare will be reduced from Rs. 30 to Rs. 28, the Commission said.

The revision follows a drop in the price of diesel and spare parts over the past year, according to the NTC.

Officials said fares on expressway buses would also be reduced, with details to be announced separately.

Private bus owners said the reduction was too small to make a difference and would hurt operators who were
already struggling with loan repayments.

Passengers have been asked to report buses that do not issue tickets or charge more than the approved fare.

The NTC said it would deploy inspectors at major bus stands in Colombo, Kandy and Galle to check compliance.

The annual fare revision is carried out every July based on a formula that takes into account fuel, wages and
other costs.
"""),
        must_have=[
            "The minimum fare will be reduced from Rs. 30 to Rs. 28, the Commission said.",
            "Passengers have been asked to report buses that do not issue tickets or charge more than the approved fare.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

SITE_VINDY = site("The Vindicator", "https://www.vindy.example.com", "", "en_US", "@vindicator",
                  ["News", "Local News", "Sports", "Opinion", "Obituaries", "Business", "E-Edition", "Contests"],
                  ["\u00a9 Copyright 2024 The Vindicator, 240 Franklin St. SE, Warren, OH", "Terms of Service", "Privacy Policy", "Contact Us"],
                  share=["Facebook", "Twitter", "Email", "Print"], top=["Subscribe", "Login"])

JSONL_STORIES = [
    # news-please shape: the NTB story on Romerikes Blad (syndicated member of the NTB cluster).
    dict(JAE, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.rb.example.no/nyheter/i/Kw8pLm/jaerbanen-stenges-i-tre-uker",
         source_domain="www.rb.example.no",
         np_authors=["Sigrid Haaland Vatne", "NTB"], np_publish="2025-06-23 10:05:00", np_download="2025-06-23 10:44:18",
         head_lines=["Sigrid Haaland Vatne", "NTB", "Publisert 23.06.2025 10:05"],
         tail_lines=["Lik Romerikes Blad på Facebook", "Romerikes Blad er ansvarlig for innholdet", "Les også"]),
    # newsbeam text shape: the Ukrinform story on Ukrainska Pravda (syndicated member of the Ukrinform cluster).
    dict(LVI, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.pravda.example.com.ua/news/2024/09/27/7476543/",
         nb_published="2024-09-27T12:40:00Z", outlet="Українська правда", nb_authors=[],
         head_lines=["Пʼятниця, 27 вересня 2024, 15:40"],
         tail_lines=["Джерело: Укрінформ", "Реклама:", "Головне сьогодні", "Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter"]),
    # newsbeam html shape: The Vindicator (Youngstown, Ohio): staff, staff-writer role line.
    rec(cluster="vindy-youngstown-wrta-bus-route", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_VINDY, title="WRTA to add Sunday bus service on three routes",
        date="2024-08-30", country="US", region="americas", lang="en", authors=["Renee Marchetti"],
        section="Local News", meta_section="Local News",
        url="https://www.vindy.example.com/news/local-news/2024/08/wrta-to-add-sunday-bus-service-on-three-routes/",
        description="The transit agency says a federal grant will pay for the first two years.",
        published="2024-08-30T05:00:00-04:00",
        nb_published="2024-08-30T09:00:00Z", outlet="The Vindicator", nb_authors=["Renee Marchetti"],
        byline_lines=["By Renee Marchetti", "Staff writer"],
        date_lines=["Aug 30, 2024"],
        inserts={3: [("ad", "Advertisement")]},
        end_lines=["rmarchetti@vindy.com"],
        below_body=[("subscribe", "Subscribe to The Vindicator today!")],
        lists=[("Today's breaking news and more in your inbox", ["Sign up for our newsletter"])],
        paras=P("""
The Western Reserve Transit Authority will start running buses on Sundays on three of its busiest routes
beginning in October, the agency's board decided Thursday.

The routes serve Market Street, Mahoning Avenue and Belmont Avenue, connecting downtown Youngstown with
hospitals, shopping plazas and the city's south and west sides.

WRTA executive director Dean Harwick said the agency had heard for years from riders who work weekend shifts
and had no way to get to their jobs on Sundays.

A federal grant will pay for most of the cost of the service for the first two years.

Buses will run every hour from 8 a.m. to 6 p.m. on Sundays.

Board members said they would watch ridership closely before deciding whether to add Sunday service on other
routes.

Rider Tasha Greene, who works at a nursing home on the west side, said she now pays about $25 each Sunday
for a ride.

Fares will remain $1.25 for a single ride.
"""),
        must_have=[
            "A federal grant will pay for most of the cost of the service for the first two years.",
            "Board members said they would watch ridership closely before deciding whether to add Sunday service on other routes.",
        ]),
    # trafilatura shape: the GNA story on Starr FM (syndicated member of the GNA cluster).
    dict(HOV, role="syndicated", file=JSONL_B, render="trafilatura", section="News",
         url="https://starrfm.example.com.gh/2024/02/government-to-rebuild-ho-bus-terminal/",
         hostname="starrfm.example.com.gh", source_hostname="Starr Fm",
         tf_author="Starr FM Online", tf_date="2024-02-15", tf_language="en", categories="News;Regional",
         head_lines=["By Starr FM Online", "February 15, 2024"],
         tail_lines=["Source: GNA", "Kafui Dzamesi", "Listen to Starr 103.5 FM live", "Related Posts"]),
    # news-please shape: The News Lens International (Taiwan): staff, 'TNL Staff' plus named writer.
    rec(cluster="newslens-taipei-pedestrian-safety", role="single", file=JSONL_B, render="newsplease",
        title="Taiwan's 'pedestrian hell' label fades slowly as traffic deaths fall",
        date="2025-01-21", country="TW", region="asia", lang="en", authors=["Lin Yu-ting"], editors=["Nicholas Haggerty"],
        url="https://international.thenewslens.example.com/article/245678",
        source_domain="international.thenewslens.example.com",
        description="Road deaths fell for the first time in four years, but pedestrians remain at risk.",
        np_authors=["Lin Yu-ting", "TNL Staff"], np_publish="2025-01-21 18:30:00", np_download="2025-01-22 03:12:45",
        head_lines=["By Lin Yu-ting", "TNL Staff", "2025/01/21"],
        tail_lines=["TNL Editor: Nicholas Haggerty", "Read Next:", "Taipei to expand bike lanes along Keelung River",
                    "Follow The News Lens on Facebook", "The News Lens International Edition"],
        paras=P("""
Road deaths in Taiwan fell last year for the first time in four years, but pedestrians still account for
a large share of those killed, according to new figures from the Ministry of Transportation and
Communications.

The ministry said 2,960 people died within 30 days of a road crash in 2024, a drop of about five percent.

The number of pedestrians killed fell to 362, down from 388 the year before.

Officials credited new rules that require drivers to stop for pedestrians at crossings and heavier fines
for those who do not.

Foreign media had described Taiwan as a "living hell for pedestrians" in 2022, prompting public debate and
a series of reforms.

Advocacy group Walk Safe Taiwan said many intersections in smaller cities still lacked sidewalks.

The group's spokesperson Chen Mei-hua said elderly people were most at risk on rural roads.

The ministry has set a goal of halving road deaths by 2030.
"""),
        must_have=[
            "The ministry said 2,960 people died within 30 days of a road crash in 2024, a drop of about five percent.",
            "Advocacy group Walk Safe Taiwan said many intersections in smaller cities still lacked sidewalks.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixty-third held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Stavanger Aftenblad 'Publisert: 23. juni 2025 09:41' "
    "(not 'Oppdatert') and the Romerikes Blad copy 'Publisert 23.06.2025 10:05' (day first); Zaxid.net '27 вересня 2024' "
    "(27 September) and the Ukrainska Pravda copy 'Пʼятниця, 27 вересня 2024, 15:40' (Kyiv time; crawler stamp 12:40Z "
    "the same day); Peace FM '15 February 2024' and the GNA dateline 'Feb. 15', Starr FM 'February 15, 2024'; the "
    "Marlborough Express '05:00, May 09 2024' (both copies); Zadarski list 'Objavljeno: 05.11.2024.' (day first: 5 "
    "November); Sada El Balad 'الإثنين 11/مارس/2024' (Monday 11 March); Zanzibar Leo 'Agosti 21, 2024'; Proceso Digital '4 "
    "febrero, 2025'; Sakshi 'Published Tue, Jul 2 2024'; Nawaiwaqt '16 اپریل 2024' (16 April); Newsroom 'Mar 27, 2025'; "
    "Venceremos '12 agosto, 2024' and the ACN dateline '12 ago'; Tejarat News '۱۲ اسفند ۱۴۰۳' (Solar Hijri 12 Esfand "
    "1403 in Persian digits = 2 March 2025); Người Lao Động '10-01-2025' (day first: 10 January); Rewmi '3 décembre "
    "2024'; the Sarasota Herald-Tribune 'Published 3:05 p.m. ET Jan. 24, 2024' (not 'Updated 8:12 a.m. ET Jan. 25'); "
    "Postal do Algarve '08/07/2024' and the Lusa dateline '08 jul 2024' (8 July); MooseJawToday 'Apr 15, 2025'; Sul21 '14 "
    "de setembro de 2023'; Ripples Nigeria 'November 29, 2023'; the Manila Standard 'May 20, 2025, 8:05 pm' (Manila "
    "time; the download stamp is the next day in UTC); TBNewsWatch 'Mar 7, 2024'; The Vibes 'Published on 03 Oct 2024' "
    "(not 'Updated 2 hours ago'); the Sunderland Echo 'Published 11th Jun 2024'; Newswire 'June 28, 2024'; The "
    "Vindicator 'Aug 30, 2024'; The News Lens '2025/01/21'; the Oxford Mail page prints no date (the only year is "
    "its footer's '©2001-2023'), so its date is null, unknowable from the page (corrected after the untouched measurement, "
    "which had counted the written '2023-10-18' as a miss)",
    "dateline_city": "'STAVANGER (NTB): ' -> 'Stavanger' (both NTB copies); 'Ho, Feb. 15, GNA - ' -> 'Ho' (Volta "
    "Region capital; both GNA copies); Zanzibar Leo 'ZANZIBAR. ' -> 'Zanzibar' (Zanzibar City, GeoNames 'Zanzibar'); "
    "'Tegucigalpa – ' -> 'Tegucigalpa'; Sakshi 'హైదరాబాద్: ' ('Hyderabad:') -> 'Hyderabad'; Nawaiwaqt 'لاہور (اے پی پی) ' "
    "('Lahore (APP)') -> 'Lahore'; 'Guantánamo, 12 ago (ACN) ' -> 'Guantánamo'; 'Faro, 08 jul 2024 (Lusa) - ' -> "
    "'Faro'; 'THUNDER BAY — ' -> 'Thunder Bay'; 'KUALA LUMPUR, Oct 3 - ' -> 'Kuala Lumpur'. The Ukrinform story has no "
    "dateline (city null, country UA, the story is about Lviv); all other records have no dateline either and take the "
    "country of the story's location",
    "country": "the NTB story is Norway (NO); the Ukrinform story is Ukraine (UA, europe); the GNA story is Ghana (GH); "
    "Zanzibar is part of Tanzania (TZ); Venceremos is Cuba (CU, americas); Newswire is Sri Lanka (LK); The News Lens "
    "story is Taiwan (TW, asia); the Marlborough Express and Newsroom are New Zealand (NZ, oceania)",
    "agency": "Stavanger Aftenblad and Romerikes Blad carry NTB (writer over 'NTB', '(NTB)' dateline, photo 'NTB'); "
    "Zaxid.net and Ukrainska Pravda carry Ukrinform ('Джерело: Укрінформ' = 'Source: Ukrinform'); Peace FM and Starr FM "
    "carry GNA (the Ghana News Agency: 'Source: GNA' and the GNA dateline); Sada El Balad carries MENA (the Middle East "
    "News Agency: 'أ ش أ' byline and 'المصدر: أ ش أ'); Nawaiwaqt carries APP (Associated Press of Pakistan: 'اے پی پی' in "
    "the dateline); Venceremos carries ACN (Agencia Cubana de Noticias: '(ACN)' in byline and dateline and 'Tomado de la "
    "Agencia Cubana de Noticias'); Postal do Algarve carries Lusa (dateline '(Lusa)', 'Postal do Algarve com Lusa' and "
    "'Lusa/Fim'); Ripples Nigeria carries NAN (the News Agency of Nigeria: '(NAN)' sign-off); The Vibes carries Bernama "
    "('Bernama' byline and '-- BERNAMA'); all other records are staff copy (agency null). Photo credits ('Jan Kåre Ness, "
    "NTB' on Aftenbladet is agency copy anyway; 'Scott Hammond/Stuff', 'Ed Nix') do not by themselves make a story agency copy",
    "authors": "NTB 'Sigrid Haaland Vatne' over 'NTB' (both copies); the GNA writer 'By Kafui Dzamesi, GNA' at the end "
    "of the Peace FM page and as a line after 'Source: GNA' on Starr FM (both copies; 'Starr FM Online' is a desk "
    "byline); the Marlborough Express 'Hamish Corlett' ('Local Democracy Reporter' is a role line; both copies); "
    "Zadarski list 'Autor: Marina Kurtović' (the 'M. K.' sign-off is her initials); the Oxford Mail 'By Tobias "
    "Wrenfield' ('Transport Reporter' is a role line); Zanzibar Leo 'Na Mwanaisha Hamad' ('Na' = 'By'); Newsroom 'By "
    "Aroha Pennington and David Lusk' -> two authors; Venceremos 'Por Yanelis Castillo Rodés (ACN)'; Tejarat News "
    "'نویسنده: نگار صالحی' ('author:') -> 'نگار صالحی'; Người Lao Động 'Ngọc Quý - Thanh Hà' -> two authors; the "
    "Sarasota Herald-Tribune 'Dana Whitlock'; MooseJawToday 'Jason G. Antonio'; Sul21 'Luís Eduardo Gomes'; the "
    "Manila Standard 'By Joel E. Zurbano'; TBNewsWatch 'Matt Vis'; the Sunderland Echo 'By Kevin Clark'; The "
    "Vindicator 'By Renee Marchetti' ('Staff writer' is a role line); The News Lens 'By Lin Yu-ting' ('TNL Staff' is a "
    "desk line). Desk, site and agency bylines ('Redacción Proceso Digital', 'Par Rewmi', 'Ripples Nigeria', "
    "'Newswire', 'Bernama', 'أ ش أ', 'సాక్షి, సిటీబ్యూరో' = 'Sakshi, city bureau') have no authors; Nawaiwaqt and "
    "Postal do Algarve name no writer",
    "editors": "The News Lens 'TNL Editor: Nicholas Haggerty' is the editor of the story (like Xinhua's 'Editor:') -> "
    "'Nicholas Haggerty'; Lusa's 'JMS // MLL' desk initials are not names and are chrome; no other record names an editor",
    "caption_credit": "credits without their wrapper: Aftenbladet 'Foto: Jan Kåre Ness, NTB' -> 'Jan Kåre Ness, NTB'; "
    "the Marlborough Express 'Scott Hammond/Stuff' as printed (both copies); the Oxford Mail '(Image: Ed Nix)' -> 'Ed "
    "Nix'; Người Lao Động 'Ảnh: NGỌC QUÝ' -> 'NGỌC QUÝ' "
    "('Ảnh' = 'photo' is the wrapper word, as 'Ảnh: Phạm Hữu' -> 'Phạm Hữu' in dev_set41); the Sarasota Herald-Tribune 'Mike Lang/Sarasota Herald-Tribune'; Sul21 'Foto: "
    "Joana Berwanger/Sul21' -> 'Joana Berwanger/Sul21'; records without a photo caption have caption and credit null "
    "('Show Caption' on the Herald-Tribune is a toggle, chrome)",
    "section": "HTML pages (and the newsbeam html record) take article:section: Stavanger Aftenblad 'Stavanger', Peace FM "
    "'News', Tejarat News 'حمل و نقل' (transport), Người Lao Động 'TP HCM', Rewmi 'Société', the Sarasota Herald-Tribune "
    "'Local', Postal do Algarve 'Algarve', MooseJawToday 'Local News', Sul21 'Geral', The Vindicator 'Local News'; "
    "trafilatura records take their first category ('News' for The Vibes, the Sunderland Echo and Starr FM, 'Local "
    "News' for Newswire); news-please, plain text and newsbeam text records have none (menu items and tag lists are "
    "navigation)",
    "language": "'no' Norwegian Bokmål (two copies of the NTB story); 'uk' Ukrainian (two copies of the Ukrinform story); "
    "'hr' Croatian; 'ar' Egyptian Arabic news style; 'sw' Swahili (Zanzibar Leo); 'es' from Honduras and Cuba; 'te' "
    "Telugu (Sakshi); 'ur' Urdu (Nawaiwaqt); 'fa' Persian; 'vi' Vietnamese; 'fr' from Senegal; 'pt' from Portugal and "
    "Brazil; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and "
    "comment rules, advertisement labels, reading times and article codes, related-story lines and boxes, tag and topic "
    "lists, most-read rails, newsletter, app, WhatsApp and Telegram promos, Local Democracy Reporting and ownership "
    "lines, wire source lines ('Джерело: Укрінформ', 'Source: GNA', 'المصدر: أ ش أ', '(NAN)', '-- BERNAMA', 'Lusa/Fim' "
    "and Lusa desk initials), reporter e-mail, bio and 'About the Author' lines, the ad-blocker and supporter appeals, "
    "the TNL editor line, copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (NTB and Ukrinform in the plain batch, GNA "
    "in the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"stavanger aftenblad", "aftenbladet", "romerikes blad", "ntb", "zaxid.net", "українська правда",
                "ukrainska pravda", "ukrinform", "укрінформ", "peace fm online", "peacefmonline", "starr fm", "starr fm online",
                "gna", "ghana news agency", "marlborough express", "stuff", "zadarski list", "oxford mail", "newsquest",
                "صدى البلد", "sada el balad", "أ ش أ", "mena", "zanzibar leo", "proceso digital", "redacción proceso digital",
                "sakshi", "సాక్షి", "nawaiwaqt", "نوائے وقت", "app", "اے پی پی", "newsroom", "venceremos", "acn",
                "tejarat news", "تجارت نیوز", "người lao động", "rewmi", "sarasota herald-tribune", "herald-tribune",
                "postal do algarve", "lusa", "moosejawtoday.com", "moose jaw today", "village media", "sul21",
                "ripples nigeria", "nan", "manila standard", "tbnewswatch", "dougall media", "the vibes", "bernama",
                "sunderland echo", "national world", "newswire", "the vindicator", "vindicator", "the news lens", "tnl staff"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
