#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-fifth development set (bench/dev_set85/, first written as the eighty-second held-out set).

    .venv/bin/python bench/dev_set85/_generate.py

Writes ``bench/dev_set85/articles/*`` and ``bench/dev_set85/labels.json`` (next to this
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
bench/dev_set84/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about sport for everyone: amateur leagues and school
    tournaments, marathons and fun runs, new pitches and pools, referees and
    coaches, fans and away trips.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout82_2025-a.jsonl"
JSONL_B = "crawl_holdout82_2025-b.jsonl.gz"


# ---- cluster: BTA, Ruse (Dunavmost page + copy on Flagman.bg in the plain batch) ----

BTA = rec(
    cluster="bta-ruse-charity-run-danube",
    title="Над 1500 души се включиха в благотворителния крос по дунавския кей в Русе",
    date="2025-05-18",
    dateline="Русе, 18 май /Ивелина Колева, БТА/ ",
    city="Ruse",
    country="BG",
    region="europe",
    agency="BTA",
    authors=["Ивелина Колева"],
    lang="bg",
    description="Събраните средства ще отидат за нова лекоатлетическа писта в училище.",
    paras=P("""
Над 1500 души, сред които ученици, пенсионери и цели семейства, се включиха днес в благотворителния крос по дунавския кей в Русе.

Участниците можеха да избират между дистанция от три километра за разходка и бягане и десет километра за по-подготвените любители.

Най-малкият участник беше на четири години и пробяга цялото трасе заедно с майка си, а най-възрастният беше 81-годишен бивш учител по физическо възпитание.

Събраните от таксите средства, близо 30 000 лева, ще бъдат дарени за нова лекоатлетическа писта в двора на едно от училищата в квартал Дружба.

Организаторите от местен клуб по бягане казаха, че тази година записванията са се удвоили спрямо миналата.

По трасето имаше пунктове с вода, а доброволци от Младежкия червен кръст дежуряха на финала.

Общината обеща да осигури безплатни треньори в парковете през лятото за хора, които искат да започнат да бягат.

Следващото издание на кроса ще бъде през септември, когато към програмата ще бъде добавена и детска щафета. Записването ще започне през юли на сайта на клуба, а децата до седем години ще участват безплатно.
"""),
    must_have=[
        "Участниците можеха да избират между дистанция от три километра за разходка и бягане и десет километра за по-подготвените любители.",
        "Общината обеща да осигури безплатни треньори в парковете през лятото за хора, които искат да започнат да бягат.",
    ],
)

# ---- cluster: KUNA, Kuwait City (Al Jarida scrape + copy on Elaph in the plain batch) ----

KUNA = rec(
    cluster="kuna-kuwait-ramadan-neighbourhood-leagues",
    title="انطلاق دوري رمضان للأحياء بمشاركة 64 فريقا من الهواة",
    date="2025-03-04",
    dateline="الكويت - 4 - 3 (كونا) -- ",
    city="Kuwait City",
    country="KW",
    region="asia",
    agency="KUNA",
    lang="ar",
    description="البطولة تقام على ملاعب الساحات الشعبية في المحافظات الست.",
    paras=P("""
انطلقت مساء اليوم منافسات دوري رمضان لكرة القدم للأحياء بمشاركة 64 فريقا من الهواة يمثلون مناطق المحافظات الست.

وقال رئيس اللجنة المنظمة فهد العنزي إن المباريات تقام بعد صلاة التراويح على ملاعب الساحات الشعبية التي تمت إعادة تأهيلها خلال الأشهر الماضية.

وأضاف أن البطولة مفتوحة لجميع الأعمار فوق السادسة عشرة، وأن كل فريق يضم لاعبين اثنين على الأقل تجاوزت أعمارهم الأربعين عاما.

وأوضح أن اللجنة استعانت بثلاثين حكما من الحكام الشباب الذين أنهوا دورة تحكيم خاصة نظمها الاتحاد لدعم المسابقات الشعبية.

وأشار إلى أن الدخول للجماهير مجاني، وأن الساحات ستوفر مناطق مخصصة للعائلات وخيمة للإسعافات الأولية طوال فترة البطولة.

ويحصل الفريق الفائز على كأس البطولة وجوائز مالية رمزية، فيما يخصص جزء من رسوم التسجيل لدعم فرق الناشئين في الأحياء.

ولقيت البطولة إقبالا كبيرا من الشباب الذين يعتبرونها فرصة لممارسة الرياضة واللقاء بالأصدقاء والجيران خلال الشهر الفضيل.

ومن المقرر أن تقام المباراة النهائية في الأسبوع الأخير من شهر رمضان بحضور عدد من لاعبي المنتخب السابقين. (النهاية)
"""),
    must_have=[
        "وأوضح أن اللجنة استعانت بثلاثين حكما من الحكام الشباب الذين أنهوا دورة تحكيم خاصة نظمها الاتحاد لدعم المسابقات الشعبية.",
        "ويحصل الفريق الفائز على كأس البطولة وجوائز مالية رمزية، فيما يخصص جزء من رسوم التسجيل لدعم فرق الناشئين في الأحياء.",
    ],
)

# ---- cluster: Agência Brasil, Boa Vista (Folha de Boa Vista gzipped page + copy on Jornal Pequeno in the gzipped batch) ----

ABR = rec(
    cluster="agenciabrasil-roraima-school-games-indigenous",
    title="Jogos escolares de Roraima reúnem 3 mil alunos e têm estreia de escolas indígenas",
    date="2024-09-16",
    country="BR",
    region="americas",
    agency="Agência Brasil",
    authors=["Lucas Pordeus Vieira"],
    editors=["Denise Griesinger"],
    lang="pt",
    description="Pela primeira vez, equipes de escolas indígenas disputam modalidades coletivas.",
    paras=P("""
Cerca de 3 mil estudantes de escolas públicas e privadas participam, desde esta segunda-feira, dos Jogos Escolares de Roraima, em Boa Vista.

Pela primeira vez, equipes de escolas indígenas das regiões do Surumu e da Serra da Lua disputam as modalidades coletivas, como futsal, vôlei e handebol.

Segundo a secretaria estadual de Educação, as delegações indígenas viajaram até oito horas de ônibus para chegar à capital e ficarão alojadas em escolas da cidade.

Os professores de educação física das aldeias dizem que muitos alunos treinaram em quadras de terra batida, sem rede e com bolas doadas.

A competição também tem provas de atletismo, natação e xadrez, além de uma corrida de arco e flecha apresentada como demonstração.

Os vencedores de cada modalidade representarão o estado na fase nacional dos jogos escolares, prevista para novembro.

A organização informou que cada escola participante vai receber um kit com bolas, redes e coletes ao fim do evento.

As famílias podem acompanhar as partidas gratuitamente no ginásio e no parque esportivo do centro da cidade até o próximo domingo.
"""),
    must_have=[
        "Os professores de educação física das aldeias dizem que muitos alunos treinaram em quadras de terra batida, sem rede e com bolas doadas.",
        "A organização informou que cada escola participante vai receber um kit com bolas, redes e coletes ao fim do evento.",
    ],
)

# ---- cluster: Keene Sentinel, page + noisy re-scrape ----

KS = rec(
    cluster="keenesentinel-youth-soccer-referee-shortage",
    title="Youth soccer leagues in the Monadnock Region scramble for referees",
    date="2024-09-07",
    country="US",
    region="americas",
    authors=["Hannah Lindgren"],
    lang="en",
    caption="Referee Owen Pratt, 15, signals a throw-in during a youth soccer game at Wheelock Park in Keene on Aug. 31, 2024.",
    credit="KRISTOPHER RADDER / Sentinel Staff",
    paras=P("""
Youth soccer leagues around the Monadnock Region are starting the fall season short of referees, and some games may be moved or played without one.

League organizers say they need about 60 referees each weekend but have only 38 certified officials on their lists this month.

Many older referees have retired, and organizers say some younger ones quit after being shouted at by parents on the sidelines.

The Keene-based league has started a mentoring program that pairs every new teenage referee with an experienced official for the first four games.

Referees aged 14 and older can earn $30 to $45 a game, and the certification course costs nothing for local students this year.

Organizers have also asked coaches to read a short statement before each game reminding spectators to stay positive.

Parent Melissa Dunbar said her son enjoys refereeing but wants adults to remember that he is still learning.

The league will hold a free certification class at the Keene Recreation Center on Sept. 21, and anyone interested can sign up on its website.
"""),
    must_have=[
        "The Keene-based league has started a mentoring program that pairs every new teenage referee with an experienced official for the first four games.",
        "Organizers have also asked coaches to read a short statement before each game reminding spectators to stay positive.",
    ],
)
KS_PRE = ["The Keene Sentinel", "News", "Local Sports", "Opinion", "Obituaries", "Monadnock Living", "e-Edition", "Subscribe"]
KS_HEAD = ["By HANNAH LINDGREN Sentinel Staff", "Sep 7, 2024"]
KS_CAP = ["Referee Owen Pratt, 15, signals a throw-in during a youth soccer game at Wheelock Park in Keene on Aug. 31, 2024.", "KRISTOPHER RADDER / Sentinel Staff"]
KS_TAIL = [["Hannah Lindgren can be reached at 352-1234, ext. 1435, or hlindgren@keenesentinel.com."],
           ["Related to this story"],
           ["Most Popular"],
           ["Sign up for our Daily Headlines newsletter"],
           ["Copyright 2024 The Keene Sentinel. All rights reserved."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Keene Sentinel (New Hampshire): original of the re-scrape cluster; upper-case byline run into 'Sentinel Staff'.
    dict(KS, role="original", file="keenesentinel_youth_referees.txt", render="text",
         pre=[KS_PRE], head=[KS_HEAD, ["Facebook", "Twitter", "Email", "Print"]], cap_lines=KS_CAP,
         inserts={2: ["Advertisement"], 5: ["Related", "Monadnock Regional girls open season with road win"]},
         tail=KS_TAIL),
    dict(KS, role="rescrape", file="keenesentinel_youth_referees_rescrape.txt.gz", render="text", noise=True,
         pre=[KS_PRE], head=[KS_HEAD], cap_lines=KS_CAP,
         tail=[["You have reached your limit of free articles. Subscribe for 99 cents a week."], *KS_TAIL]),
    # Al Jarida (Kuwait, Arabic): original of the KUNA cluster; 'الكويت - 4 - 3 (كونا) --' dateline and '(النهاية)'.
    dict(KUNA, role="original", file="aljarida_kuna_ramadan_league_ar.txt", render="text",
         pre=[["الجريدة", "الرئيسية", "محليات", "رياضة", "اقتصاد", "دوليات", "مقالات"]],
         head=[["رياضة"], ["كونا"], ["نشر في 04-03-2025 | 23:15"]],
         inserts={2: ["إعلان"], 5: ["اقرأ أيضا", "القادسية يفتتح أكاديمية لكرة القدم للبنات"]},
         tail=[["المصدر: كونا"], ["شارك الخبر"], ["أخبار ذات صلة"], ["الأكثر قراءة"], ["تابعونا على إنستغرام"],
               ["جميع الحقوق محفوظة لجريدة الجريدة © 2025"]]),
    # Hivisasa (Kenya): KNA copy, 'ELDORET, Kenya, Nov 9 (KNA) --' style dateline with a KNA writer.
    rec(cluster="hivisasa-kna-eldoret-schools-cross-country", role="single", file="hivisasa_kna_eldoret_cross_country.txt", render="text",
        title="Over 2,000 pupils turn up for Uasin Gishu schools cross-country in Eldoret",
        date="2024-02-10", dateline="ELDORET, Feb 10 (KNA) - ", city="Eldoret", country="KE", region="africa", lang="en",
        agency="KNA", authors=["Stephen Kiprono"],
        pre=[["hivisasa", "Home", "Counties", "Sports", "Business", "Opinion", "Jobs"]],
        head=[["By Stephen Kiprono/KNA"], ["Sat, 10 Feb 2024 18:42"], ["2 min read"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Also Read:", "Iten community pitch gets new goalposts"]},
        tail=[["Source: Kenya News Agency"], ["Share this story"], ["Follow hivisasa on WhatsApp"], ["More from Uasin Gishu"],
              ["\u00a9 2024 hivisasa. All rights reserved."]],
        paras=P("""
More than 2,000 pupils from primary and junior secondary schools turned up on Saturday for the Uasin Gishu County schools cross-country championships in Eldoret.

The races, held on a grass course at a local showground, were used to pick the teams that will represent the county at the regional championships next month.

County Director of Education Grace Chelimo said the number of girls taking part had grown sharply, with some schools fielding full teams for the first time.

She said many pupils train barefoot on village roads and urged well-wishers to donate running shoes to rural schools.

Former world cross-country medallist Joseph Kiptanui, who flagged off the junior races, told the pupils that discipline in class was as important as training.

Medical teams from the county hospital were on standby, and water points were placed along the four-kilometre loop.

Parents who travelled from Moiben and Kesses cheered along the course, some carrying banners with the names of their schools.

The county government said it would level two more school fields this year to give young athletes safer places to train.
"""),
        must_have=[
            "She said many pupils train barefoot on village roads and urged well-wishers to donate running shoes to rural schools.",
            "Medical teams from the county hospital were on standby, and water points were placed along the four-kilometre loop.",
        ]),
    # Concord Times (Freetown): staff, 'By X in Kenema' byline line, amateur league pitch.
    rec(cluster="concordtimes-kenema-community-league-pitch", role="single", file="concordtimes_kenema_community_league.txt", render="text",
        title="Kenema community league kicks off on rehabilitated pitch",
        date="2024-06-19", country="SL", region="africa", lang="en", authors=["Mohamed Lamin Koroma"],
        pre=[["Concord Times", "Home", "News", "Politics", "Business", "Sports", "Features", "Editorial"]],
        head=[["By Mohamed Lamin Koroma in Kenema"], ["June 19, 2024"], ["Leave a Comment"]],
        inserts={2: ["Advertisement"], 5: ["Read Also:", "Bo Rangers supporters club donates jerseys to youth teams"]},
        tail=[["Related Posts"], ["Share on Facebook", "Share on WhatsApp"], ["Leave a Reply"], ["Your email address will not be published."],
              ["Copyright \u00a9 2024 Concord Times Communications. All rights reserved."]],
        paras=P("""
Sixteen community teams have started the new season of the Kenema amateur football league on a pitch that was rehabilitated by residents and local businesses.

For years the ground near the Hangha Road market flooded every rainy season, and matches were often cancelled or played in deep mud.

Volunteers dug drains, filled the low end of the field with laterite and planted grass, while traders contributed money for new goalposts and nets.

League chairman Alhaji Sahr Bockarie said the work cost far less than expected because young people gave their labour free every Saturday.

Each team has paid a small registration fee that will be used to buy balls and first aid kits for all the clubs.

The league has also trained twelve young referees, four of them women, with help from the district football association.

Supporters say the weekend matches bring the community together and keep young people away from drugs and idleness.

Organisers plan to add a women's division later this year if enough teams register.
"""),
        must_have=[
            "Volunteers dug drains, filled the low end of the field with laterite and planted grass, while traders contributed money for new goalposts and nets.",
            "The league has also trained twelve young referees, four of them women, with help from the district football association.",
        ]),
    # Limpopo Mirror (Louis Trichardt): staff, 'Reporter' desk line plus a named writer, new public pool.
    rec(cluster="limpopomirror-thohoyandou-public-pool", role="single", file="limpopomirror_thohoyandou_pool.txt", render="text",
        title="Thohoyandou children learn to swim as new municipal pool opens",
        date="2023-11-24", country="ZA", region="africa", lang="en", authors=["Thinavhuyo Mudau"],
        caption="Children from Shayandima take part in a free learn-to-swim session at the new pool.",
        credit="Thinavhuyo Mudau",
        pre=[["Limpopo Mirror", "News", "Sport", "Community", "Business", "Lifestyle", "Zoutpansberger"]],
        head=[["Thinavhuyo Mudau", "24 November 2023"]],
        cap_lines=["Children from Shayandima take part in a free learn-to-swim session at the new pool. Photo: Thinavhuyo Mudau"],
        inserts={2: ["Advertisement"], 5: ["Read more:", "Makhado netball league crowns champions"]},
        tail=[["Thinavhuyo Mudau has been with the Limpopo Mirror since 2019 and covers sport and community news."],
              ["Share this:", "Facebook", "WhatsApp"], ["Like this:", "Like Loading..."],
              ["\u00a9 Copyright 2023 Limpopo Mirror. Zoutpansberger Group."]],
        paras=P("""
Hundreds of children from villages around Thohoyandou splashed into the water this week when the new municipal swimming pool opened its gates.

The 25-metre pool, built next to the stadium, is the first public pool in the area that is open all year round.

Municipal sport officer Mr Rudzani Ravele said many children in the region had never learned to swim, even though drownings in rivers and dams happen every summer.

The municipality has hired six lifeguards and two swimming coaches, who will run free lessons for schools on weekday mornings.

Entry costs R10 for adults and R5 for children, and pensioners can swim for free on Wednesdays.

Local swimming club coach Ms Mashudu Nemakonde said she hoped to start a squad for talented learners who could compete at provincial galas.

Parents welcomed the pool but asked for more shade and a safe place to wait while their children are in lessons.

The pool will open from 07:00 to 18:00 during the summer holidays.
"""),
        must_have=[
            "The municipality has hired six lifeguards and two swimming coaches, who will run free lessons for schools on weekday mornings.",
            "Entry costs R10 for adults and R5 for children, and pensioners can swim for free on Wednesdays.",
        ]),
    # Craven Herald (Skipton): staff, 'By X, Reporter' with role, fell race.
    rec(cluster="cravenherald-skipton-fell-race-juniors", role="single", file="cravenherald_fell_race_juniors.txt", render="text",
        title="Record number of juniors tackle Embsay fell race",
        date="2024-07-15", country="GB", region="europe", lang="en", authors=["Eleanor Whitaker"],
        pre=[["Craven Herald & Pioneer", "News", "Sport", "What's On", "Announcements", "Jobs", "Local Info"]],
        head=[["By Eleanor Whitaker", "Reporter"], ["Share"], ["15th July 2024"]],
        inserts={2: ["Advertisement"], 4: ["Read more:", "Skipton cricket club opens new pavilion after fundraising drive"]},
        tail=[["Comments: Our rules"], ["We want our comments to be a lively and valuable part of our community."], ["Most Read"],
              ["Get involved with the news in your community"],
              ["This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice."],
              ["\u00a9 Copyright 2001-2024. Part of Newsquest's audited local newspaper network."]],
        paras=P("""
More than 120 children and teenagers ran in the junior races of the Embsay fell race on Saturday, the biggest junior field in the event's history.

The youngest runners, aged under nine, completed a short loop around the village playing field, while the under-17s climbed towards Embsay Crag.

Race organiser Geoff Holmes said the club had worked with three primary schools over the spring to introduce pupils to running on rough ground.

He said volunteers marshalled every stile and gate, and a mountain rescue team was on hand in case anyone was hurt.

Parents said the relaxed atmosphere, with home-made cakes at the finish, made the event a good first race for nervous children.

The senior race, which climbs about 350 metres, was won by a runner from a club in Settle in just under 38 minutes.

All money raised from entry fees will go towards the village hall and the local mountain rescue team.

The club holds free junior training sessions on Tuesday evenings during the summer term.
"""),
        must_have=[
            "Race organiser Geoff Holmes said the club had worked with three primary schools over the spring to introduce pupils to running on rough ground.",
            "All money raised from entry fees will go towards the village hall and the local mountain rescue team.",
        ]),
    # Aftab-e Yazd (Persian): staff, 'گروه ورزش' desk, Persian date and digits, women's futsal hall.
    rec(cluster="aftabeyazd-yazd-neighbourhood-futsal-hall", role="single", file="aftabeyazd_salon_futsal_fa.txt", render="text",
        title="سالن ورزشی محله‌ای در یزد به روی بانوان و نوجوانان باز شد",
        date="2024-10-21", country="IR", region="asia", lang="fa",
        pre=[["آفتاب یزد", "صفحه نخست", "سیاسی", "اجتماعی", "اقتصادی", "ورزشی", "فرهنگی"]],
        head=[["گروه ورزش"], ["۳۰ مهر ۱۴۰۳ - ۱۰:۲۰"], ["کد خبر: ۹۸۴۵۶۱"]],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید:", "مسابقات فوتبال گل‌کوچک محلات یزد آغاز شد"]},
        tail=[["انتهای پیام"], ["اشتراک گذاری"], ["ارسال نظر"], ["اخبار مرتبط"], ["پربازدیدترین‌ها"],
              ["تمامی حقوق این وب‌سایت متعلق به روزنامه آفتاب یزد است."]],
        paras=P("""
یک سالن ورزشی چندمنظوره در یکی از محله‌های قدیمی شهر یزد پس از دو سال بازسازی به روی ساکنان باز شد.

این سالن برای فوتسال، والیبال و تنیس روی میز طراحی شده و بخشی از ساعات آن به بانوان و نوجوانان اختصاص دارد.

مدیر ورزش شهرداری گفت که بیشتر سالن‌های ورزشی شهر خصوصی هستند و هزینه آنها برای بسیاری از خانواده‌ها بالاست.

به گفته او، استفاده از سالن برای دانش‌آموزان مدارس محله در ساعات صبح رایگان خواهد بود.

چند مربی داوطلب از تیم‌های باشگاهی شهر قرار است هفته‌ای دو بار کلاس‌های آموزشی فوتسال برای دختران برگزار کنند.

ساکنان محله می‌گویند تا پیش از این، کودکان در کوچه‌ها و زمین‌های خاکی بازی می‌کردند و بارها با خودروها برخورد خطرناک داشتند.

شهرداری اعلام کرده است که تا پایان سال دو سالن کوچک دیگر در محله‌های حاشیه شهر ساخته می‌شود.

علاقه‌مندان برای ثبت‌نام در کلاس‌ها می‌توانند به دفتر سرای محله مراجعه کنند. برنامه هفتگی سالن نیز در کانال سرای محله منتشر می‌شود. مسئولان امیدوارند این سالن به محلی برای برگزاری مسابقات محله‌ای و جشنواره‌های ورزشی خانوادگی تبدیل شود.
"""),
        must_have=[
            "به گفته او، استفاده از سالن برای دانش‌آموزان مدارس محله در ساعات صبح رایگان خواهد بود.",
            "چند مربی داوطلب از تیم‌های باشگاهی شهر قرار است هفته‌ای دو بار کلاس‌های آموزشی فوتسال برای دختران برگزار کنند.",
        ]),
    # Horsens Folkeblad (Danish): staff, away-fan bus for an amateur handball team.
    rec(cluster="hsfo-horsens-handball-fan-bus", role="single", file="horsensfolkeblad_haandbold_fanbus_da.txt", render="text",
        title="Fanbus fuld af forældre og bedsteforældre fulgte serie 1-holdet til Aarhus",
        date="2025-02-23", country="DK", region="europe", lang="da", authors=["Mette Kjærgaard"],
        pre=[["Horsens Folkeblad", "Nyheder", "Sport", "Horsens", "Hedensted", "Kultur", "E-avis"]],
        head=[["Mette Kjærgaard", "Journalist"], ["23. feb. 2025 kl. 17.45"], ["Artiklen er over 1 år gammel"]],
        inserts={2: ["Annonce"], 5: ["Læs også", "Ny kunstgræsbane i Brædstrup er klar til foråret"]},
        tail=[["Del artikel"], ["Kopier link"], ["Få nyheder fra Horsens direkte i din indbakke"], ["Mest læste"],
              ["Horsens Folkeblad er en del af Jysk Fynske Medier"], ["\u00a9 Jysk Fynske Medier 2025"]],
        paras=P("""
Da herrernes serie 1-hold fra en lille håndboldklub i Horsens søndag skulle spille pokalkamp i Aarhus, var der ikke plads til alle tilskuerne i privatbilerne.

Derfor lejede klubben en bus, og 52 forældre, bedsteforældre, kærester og ungdomsspillere tog med på udebaneturen.

Formand Jesper Vinther siger, at klubben aldrig før har haft en fanbus til et hold på så lavt et niveau.

Turen kostede 75 kroner per person, og resten af regningen blev betalt af et lokalt byggefirma og klubbens kiosk.

I hallen i Aarhus sang tilskuerne fra Horsens under hele kampen og havde lavet bannere med spillernes navne.

Holdet tabte med to mål, men spillerne takkede tilskuerne bagefter og fik sig en tur rundt i hallen.

Klubben håber, at den gode oplevelse kan få flere unge til at blive i sporten, når de bliver for gamle til ungdomsholdene.

Der er allerede planer om en ny fanbus til sæsonens sidste udekamp i april.
"""),
        must_have=[
            "Turen kostede 75 kroner per person, og resten af regningen blev betalt af et lokalt byggefirma og klubbens kiosk.",
            "Holdet tabte med to mål, men spillerne takkede tilskuerne bagefter og fik sig en tur rundt i hallen.",
        ]),
    # Ellesmere Guardian (Canterbury, NZ): staff, junior rugby numbers.
    rec(cluster="ellesmereguardian-leeston-junior-rugby", role="single", file="ellesmereguardian_junior_rugby.txt", render="text",
        title="Junior rugby numbers bounce back in Ellesmere",
        date="2024-04-30", country="NZ", region="oceania", lang="en", authors=["Sophie Tainui"],
        pre=[["Ellesmere Guardian", "News", "Sport", "Community", "Notices", "Read the latest edition"]],
        head=[["Sophie Tainui"], ["Tuesday, 30 April 2024"]],
        inserts={2: ["Advertisement"], 5: ["MORE FROM THE GUARDIAN", "Leeston pool to open for winter lane swimming"]},
        tail=[["Got a story? Contact the newsroom"], ["Share", "Facebook", "Email"],
              ["The Ellesmere Guardian is delivered free to homes across Selwyn every fortnight."],
              ["\u00a9 2024 Ellesmere Guardian"]],
        paras=P("""
Junior rugby in the Ellesmere district has its biggest intake in a decade, with more than 260 children signed up to play this winter.

Club organisers had worried about falling numbers after the pandemic, when several age groups struggled to field a full team.

This season every grade from under-6 to under-13 has at least two teams, and the club has started its first girls-only grade.

Junior convenor Mike Anderson said a free "bring a mate" day in March and cheaper registration fees had made a big difference.

He said the club now needs more parents to coach, manage teams and help run the barbecue on Saturday mornings.

Each new coach will attend a short course on safe tackling and how to keep games fun for younger children.

The club has also bought new tackle bags and scrum shields with a grant from a local community trust.

The first round of junior games starts this Saturday at 9am at the domain.
"""),
        must_have=[
            "This season every grade from under-6 to under-13 has at least two teams, and the club has started its first girls-only grade.",
            "Each new coach will attend a short course on safe tackling and how to keep games fun for younger children.",
        ]),
    # Hepburn Advocate (Daylesford, Vic.): staff, open-water swim at Lake Daylesford.
    rec(cluster="hepburnadvocate-daylesford-lake-swim", role="single", file="hepburnadvocate_lake_swim.txt", render="text",
        title="Lake swim draws 300 to Daylesford for charity",
        date="2025-02-11", country="AU", region="oceania", lang="en", authors=["Tom Gallagher"],
        caption="Swimmers set off from the jetty at Lake Daylesford on Sunday morning.",
        credit="Kate Munro",
        pre=[["Hepburn Advocate", "News", "Sport", "Community", "Obituaries", "Subscribe"]],
        head=[["Tom Gallagher", "Updated February 11 2025 - 4:35pm, first published 2:10pm"]],
        cap_lines=["Swimmers set off from the jetty at Lake Daylesford on Sunday morning. Picture by Kate Munro"],
        inserts={2: ["Advertisement"], 5: ["READ MORE:", "Creswick footy club to light up oval for night games"]},
        tail=[["Subscribe now for unlimited access."], ["Get the latest Hepburn news delivered to your inbox"],
              ["Share", "Facebook", "X", "Email"], ["\u00a9 2025 Australian Community Media"]],
        paras=P("""
About 300 swimmers took to the water at Lake Daylesford on Sunday for a charity swim that raised money for the town's hospital.

Swimmers could choose a 500-metre course for beginners or a two-kilometre course for experienced open-water swimmers.

Organiser Rachel Burke said many of the entrants had only started swimming in the lake last summer with an informal group that meets at dawn.

Lifeguards on paddle boards and kayaks watched every part of the course, and a doctor waited at the finish.

The youngest swimmer was 11 and the oldest was 79, a former champion who finished the long course in under an hour.

The swim raised more than $18,000 for equipment at the hospital's urgent care centre.

Organisers said the water temperature was a comfortable 21 degrees after a warm week.

They hope to make the swim a yearly event and add a relay for school teams next year.
"""),
        must_have=[
            "Lifeguards on paddle boards and kayaks watched every part of the course, and a doctor waited at the finish.",
            "The swim raised more than $18,000 for equipment at the hospital's urgent care centre.",
        ]),
    # Bhutan Live (Thimphu): staff, village archery.
    rec(cluster="bhutanlive-village-archery-league", role="single", file="bhutanlive_village_archery.txt", render="text",
        title="Village archery league brings gewogs together in Punakha",
        date="2024-03-08", country="BT", region="asia", lang="en", authors=["Tashi Dema"],
        pre=[["Bhutan Live", "Home", "News", "Business", "Sports", "Culture", "Videos"]],
        head=[["Posted by: Tashi Dema"], ["March 8, 2024"], ["0 Comments"]],
        inserts={2: ["Advertisement"], 5: ["Also read:", "Thimphu futsal ground reopens after repairs"]},
        tail=[["Share on Facebook", "Share on Telegram"], ["Subscribe to Bhutan Live on YouTube"], ["You may also like"],
              ["\u00a9 2024 Bhutan Live. All Rights Reserved."]],
        paras=P("""
Teams of farmers, teachers and civil servants from eleven gewogs are taking part in a village archery league in Punakha this month.

The league uses traditional bamboo bows only, and each team has thirteen archers, as in the country's old tournaments.

Organiser Dorji Wangchuk said the league was started to keep the traditional form of the sport alive in villages.

He said many young people now prefer compound bows, which are expensive and often beyond the reach of farming families.

Each match lasts a full day, with songs, dances and teasing between the teams as arrows fly across the range.

Women from the villages perform the traditional cheering dances and also run food stalls beside the range.

The winning team will receive a trophy, bows made by local craftsmen and a cash prize for their community.

The organisers hope to hold similar leagues in other districts next year, and to invite school teams to take part.
"""),
        must_have=[
            "He said many young people now prefer compound bows, which are expensive and often beyond the reach of farming families.",
            "Women from the villages perform the traditional cheering dances and also run food stalls beside the range.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_DM = site("Дунавмост", "https://www.dunavmost.example.com", " | Дунавмост", "bg_BG", "@dunavmost",
               ["Начало", "Русе", "Регион", "Спорт", "Общество", "Култура"],
               ["\u00a9 2025 Дунавмост. Всички права запазени.", "За нас", "Реклама"], share=["Сподели", "Facebook", "Viber"],
               cookie="Този сайт използва бисквитки, за да подобри вашето изживяване.", buttons=["Приемам", "Настройки"])
SITE_FBV = site("Folha de Boa Vista", "https://folhabv.example.com.br", " - Folha BV", "pt_BR", "@folhabv",
                ["Cidade", "Política", "Polícia", "Esportes", "Interior"],
                ["\u00a9 2024 Folha de Boa Vista. Todos os direitos reservados.", "Expediente", "Anuncie"],
                share=["Compartilhe", "WhatsApp", "Facebook", "Telegram"], top=["Assine", "Edição digital"])
SITE_HZ = site("Horizons", "https://www.horizons.example.dz", " - Horizons", "fr_DZ", "@horizonsdz",
               ["Actualité", "Économie", "Régions", "Sports", "Culture"],
               ["\u00a9 2024 Horizons - Quotidien national d'information", "Qui sommes-nous", "Contact"], share=["Partager", "Facebook", "X"])
SITE_JM = site("제민일보", "https://www.jemin.example.com", " - 제민일보", "ko_KR", "@jeminilbo",
               ["전체기사", "정치", "사회", "경제", "스포츠", "오피니언"],
               ["Copyright \u00a9 제민일보. All rights reserved.", "회사소개", "개인정보처리방침"], share=["카카오톡", "페이스북", "URL복사"])
SITE_DV = site("दिव्य मराठी", "https://divyamarathi.example.in", " - Divya Marathi", "mr_IN", "@divyamarathi",
               ["होम", "महाराष्ट्र", "छत्रपती संभाजीनगर", "क्रीडा", "देश"],
               ["\u00a9 2024 दिव्य मराठी. सर्व हक्क राखीव.", "आमच्याबद्दल", "संपर्क"], share=["शेअर करा", "WhatsApp", "Facebook"],
               top=["ई-पेपर", "अ‍ॅप डाउनलोड करा"])
SITE_GZ = site("Goslarsche Zeitung", "https://www.goslarsche.example.de", " | GZ Live", "de_DE", "@gzlive",
               ["Goslar", "Harz", "Sport", "Kultur", "Wirtschaft"],
               ["\u00a9 Goslarsche Zeitung 2024", "Impressum", "Datenschutz"], share=["Teilen", "Facebook", "WhatsApp", "E-Mail"],
               cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien.", cookie_title="Ihre Privatsphäre ist uns wichtig",
               buttons=["Alle akzeptieren", "Einstellungen"])
SITE_DL = site("Diario de León", "https://www.diariodeleon.example.es", " | Diario de León", "es_ES", "@diariodeleon",
               ["León", "Bierzo", "Provincia", "Deportes", "Cultura"],
               ["\u00a9 Diario de León 2025", "Aviso legal", "Política de cookies"], share=["Compartir", "Facebook", "X", "WhatsApp"],
               cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", buttons=["Aceptar y cerrar", "Rechazar"],
               top=["Suscríbete", "Iniciar sesión"])
SITE_DBV = site("Dubrovački vjesnik", "https://dubrovackivjesnik.example.hr", " - Dubrovački vjesnik", "hr_HR", "@dubrovackiv",
                ["Vijesti", "Dubrovnik", "Županija", "Sport", "Kultura"],
                ["\u00a9 2024 Dubrovački vjesnik. Sva prava pridržana.", "Impressum", "Kontakt"], share=["Podijeli", "Facebook", "WhatsApp"])
SITE_LPA = site("La Prensa Austral", "https://laprensaaustral.example.cl", " - La Prensa Austral", "es_CL", "@laprensaaustral",
                ["Local", "Regional", "Deportes", "Policial", "Opinión"],
                ["\u00a9 2024 La Prensa Austral. Todos los derechos reservados.", "Contacto", "Avisos"], share=["Compartir", "Facebook", "X"],
                top=["Edición impresa", "Suscripción"])

HTML_STORIES = [
    # Dunavmost (Ruse, Bulgarian): original of the BTA cluster; '/Name, БТА/' dateline with the reporter.
    dict(BTA, role="original", file="dunavmost_bta_ruse_kros_bg.html", render="html",
         site=SITE_DM, section="Спорт", meta_section="Спорт",
         url="https://www.dunavmost.example.com/sport/nad-1500-dushi-blagotvoritelen-kros-ruse-214567",
         published="2025-05-18T14:36:00+03:00",
         ld_author=[{"@type": "Organization", "name": "БТА"}],
         byline_lines=["Източник: БТА"], date_lines=["18.05.2025 14:36"],
         inserts={2: [("ad", "Реклама")], 5: [("link", "Прочетете още:", "Нова площадка за стрийт фитнес отвори в Здравец")]},
         end_lines=["/ИК/"],
         lists=[("Най-четени", ["Футболна школа за деца с увреждания стартира в Русе", "Басейнът в Мидия Енос отваря за сезона"])]),
    # Folha de Boa Vista (Roraima, Portuguese, gzipped page): original of the Agência Brasil cluster; 'Edição:' line.
    dict(ABR, role="original", file="folhabv_agenciabrasil_jogos_escolares_pt.html.gz", render="html",
         site=SITE_FBV, section="Esportes", meta_section="Esportes",
         url="https://folhabv.example.com.br/esportes/jogos-escolares-de-roraima-reunem-3-mil-alunos/",
         published="2024-09-16T18:20:00-04:00",
         ld_author=[{"@type": "Person", "name": "Lucas Pordeus Vieira"}],
         byline_lines=["Lucas Pordeus Vieira - Repórter da Agência Brasil"], date_lines=["Publicado em 16/09/2024 às 18h20"],
         caption="Equipe de futsal de escola indígena da Serra da Lua durante a abertura no ginásio",
         credit="Marcelo Camargo/Agência Brasil",
         inserts={2: [("ad", "Publicidade")], 4: [("link", "LEIA TAMBÉM:", "Prefeitura abre inscrições para escolinhas de futebol nos bairros")]},
         end_lines=["Edição: Denise Griesinger", "Fonte: Agência Brasil"],
         lists=[("Mais lidas", ["Corrida noturna fecha avenidas do Centro no sábado", "Piscina do complexo Ayrton Senna passa por reforma"])]),
    # Horizons (Algiers, French): APS copy, 'TLEMCEN - ' dateline, '(APS)' sign-off.
    rec(cluster="horizons-aps-tlemcen-sport-scolaire", role="single", file="horizons_aps_tlemcen_sport_scolaire_fr.html", render="html",
        site=SITE_HZ, title="Tlemcen : 4 000 élèves au championnat de wilaya de sport scolaire",
        date="2024-12-05", dateline="TLEMCEN - ", city="Tlemcen", country="DZ", region="africa", lang="fr",
        agency="APS", section="Régions", meta_section="Régions",
        url="https://www.horizons.example.dz/tlemcen-4000-eleves-championnat-sport-scolaire/",
        description="Les compétitions se déroulent dans six disciplines.",
        published="2024-12-05T15:10:00+01:00",
        ld_author=[{"@type": "Organization", "name": "APS"}],
        byline_lines=["APS"], date_lines=["5 décembre 2024"],
        inserts={2: [("ad", "Publicité")], 5: [("link", "Lire aussi :", "Oran : un nouveau stade de proximité à Haï Sabah")]},
        end_lines=["(APS)"],
        lists=[("Les plus lus", ["Bouira : ouverture d'une piscine semi-olympique", "Sétif : le cross des écoliers réunit 2 000 participants"])],
        paras=P("""
Près de 4 000 élèves des cycles moyen et secondaire participent depuis mercredi au championnat de wilaya de sport scolaire, a-t-on appris auprès de la ligue de wilaya du sport scolaire.

Les compétitions se déroulent dans six disciplines, à savoir le cross-country, le football, le handball, le basket-ball, le volley-ball et le tennis de table.

Selon le président de la ligue, Abdelkader Benali, les épreuves sont organisées dans plusieurs salles omnisports et stades de proximité de la ville et des daïras voisines.

Il a souligné que la participation des filles a nettement augmenté cette année, notamment en handball et en cross-country.

Les meilleurs élèves seront sélectionnés pour représenter la wilaya au championnat régional prévu en février prochain à Oran.

Des médecins et des agents de la protection civile assurent la couverture sanitaire des rencontres.

La direction de l'éducation a, pour sa part, équipé une trentaine d'établissements en ballons, filets et tenues sportives.

Le responsable a appelé les parents à encourager leurs enfants à pratiquer une activité sportive régulière, qui contribue à la réussite scolaire.
"""),
        must_have=[
            "Il a souligné que la participation des filles a nettement augmenté cette année, notamment en handball et en cross-country.",
            "Des médecins et des agents de la protection civile assurent la couverture sanitaire des rencontres.",
        ]),
    # Jemin Ilbo (Jeju, Korean): Yonhap copy, '(제주=연합뉴스) 이름 기자 = ' dateline, Yonhap copyright line.
    rec(cluster="jeminilbo-yonhap-jeju-olle-marathon", role="single", file="jeminilbo_yonhap_jeju_marathon_ko.html", render="html",
        site=SITE_JM, title="제주 생활체육 마라톤에 5천명 참가…가족 단위 참가자 늘어",
        date="2024-10-27", dateline="(제주=연합뉴스) 백나리 기자 = ", city="Jeju City", country="KR", region="asia", lang="ko",
        agency="Yonhap", authors=["백나리"], section="스포츠", meta_section="스포츠",
        url="https://www.jemin.example.com/news/articleView.html?idxno=812345",
        description="참가자들은 해안도로를 따라 5㎞, 10㎞, 하프 코스를 달렸다.",
        published="2024-10-27T15:02:00+09:00",
        ld_author=[{"@type": "Organization", "name": "연합뉴스"}],
        byline_lines=["연합뉴스"], date_lines=["승인 2024.10.27 15:02"],
        inserts={2: [("ad", "광고")], 5: [("link", "관련기사", "서귀포 공공 수영장 야간 자유수영 신설")]},
        end_lines=["nari@yna.co.kr", "<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"],
        lists=[("많이 본 뉴스", ["제주 학교 운동장 인조잔디 교체 완료", "동네 축구 심판 양성 과정 수강생 모집"])],
        paras=P("""
제주에서 열린 생활체육 마라톤 대회에 도민과 관광객 등 5천여 명이 참가해 가을 바다를 따라 달렸다.

27일 대회 조직위원회에 따르면 이날 제주시 탑동광장을 출발한 참가자들은 해안도로를 따라 5㎞와 10㎞, 하프 코스를 각각 달렸다.

올해 대회에는 부모와 자녀가 함께 뛰는 가족 단위 참가자가 지난해보다 두 배 가까이 늘었다.

조직위는 초등학생 이하 어린이가 참가하는 5㎞ 코스에 안전요원을 추가로 배치하고 급수대도 두 곳 더 설치했다.

최고령 참가자인 여든두 살 김모 씨는 매일 아침 동네 운동장을 달리며 대회를 준비했다고 말했다.

하프 코스에서는 마을 달리기 동호회 회원들이 상위권을 차지했고, 일부 참가자는 전통 복장을 입고 달려 눈길을 끌었다.

대회 참가비 일부는 도내 초등학교 육상부에 운동화와 훈련 용품을 지원하는 데 쓰인다.

조직위 관계자는 내년에는 장애인과 함께 달리는 동행 코스를 새로 만들 계획이라고 밝혔다.

대회가 열린 해안도로 일대는 오전 내내 교통이 통제됐으며 경찰과 자원봉사자 수백 명이 참가자들의 안전을 지켰다.

주최 측은 참가자들에게 완주 메달과 함께 지역 특산물인 감귤을 나눠주며 대회를 마무리했다.

제주도는 생활체육 참여율을 높이기 위해 마을 단위 달리기 모임과 걷기 대회에 대한 지원을 계속 늘려 나갈 방침이다. 도는 이와 함께 읍면 지역 학교 운동장을 주민들에게 저녁 시간에 개방하는 사업도 확대하기로 했다. 도 관계자는 누구나 가까운 곳에서 쉽게 운동할 수 있는 환경을 만드는 것이 목표라고 말했다.
"""),
        must_have=[
            "조직위는 초등학생 이하 어린이가 참가하는 5㎞ 코스에 안전요원을 추가로 배치하고 급수대도 두 곳 더 설치했다.",
            "대회 참가비 일부는 도내 초등학교 육상부에 운동화와 훈련 용품을 지원하는 데 쓰인다.",
        ]),
    # Divya Marathi (Chhatrapati Sambhajinagar, Marathi): staff, 'प्रतिनिधी |' dateline-like desk line, school kabaddi.
    rec(cluster="divyamarathi-sambhajinagar-school-kabaddi", role="single", file="divyamarathi_shaley_kabaddi_mr.html", render="html",
        site=SITE_DV, title="शालेय कबड्डी स्पर्धेत ग्रामीण मुलींच्या संघांची बाजी",
        date="2024-08-29", country="IN", region="asia", lang="mr", section="क्रीडा", meta_section="क्रीडा",
        url="https://divyamarathi.example.in/sports/shaley-kabaddi-spardha-grameen-mulinche-sangh-133456789.html",
        description="जिल्ह्यातील ९६ शाळांचे संघ स्पर्धेत सहभागी झाले.",
        published="2024-08-29T20:05:00+05:30",
        ld_author=[{"@type": "Organization", "name": "दिव्य मराठी"}],
        byline_lines=["प्रतिनिधी | छत्रपती संभाजीनगर"], date_lines=["29 ऑगस्ट 2024, 08:05 PM"],
        inserts={2: [("ad", "जाहिरात")], 5: [("link", "हेही वाचा:", "विभागीय क्रीडा संकुलात नवीन जलतरण तलाव खुला")]},
        lists=[("सर्वाधिक वाचलेल्या", ["मॅरेथॉनसाठी शहरातील रस्ते रविवारी बंद", "खो-खो प्रशिक्षण शिबिराला उत्स्फूर्त प्रतिसाद"])],
        paras=P("""
जिल्हास्तरीय शालेय कबड्डी स्पर्धेत यंदा ग्रामीण भागातील मुलींच्या संघांनी उत्कृष्ट कामगिरी करत बहुतेक गटांत विजेतेपद पटकावले.

जिल्हा क्रीडा संकुलात तीन दिवस चाललेल्या या स्पर्धेत जिल्ह्यातील ९६ शाळांचे संघ सहभागी झाले होते.

चौदा वर्षांखालील मुलींच्या गटात पैठण तालुक्यातील एका जिल्हा परिषद शाळेच्या संघाने अंतिम सामन्यात शहरातील नामांकित शाळेचा पराभव केला.

या शाळेतील मुली शाळा सुटल्यानंतर गावातील मंदिरासमोरील मातीच्या मैदानावर रोज दोन तास सराव करतात.

संघाचे प्रशिक्षक शिक्षक संजय जाधव यांनी सांगितले की, मुलींच्या पालकांनी सुरुवातीला विरोध केला होता, पण आता संपूर्ण गाव संघाच्या पाठीशी उभे आहे.

स्पर्धेदरम्यान प्रथमोपचार पथक आणि पिण्याच्या पाण्याची व्यवस्था करण्यात आली होती.

विजेते संघ पुढील महिन्यात होणाऱ्या विभागीय स्पर्धेत जिल्ह्याचे प्रतिनिधित्व करतील.

जिल्हा क्रीडा अधिकाऱ्यांनी ग्रामीण शाळांना मॅट आणि क्रीडा साहित्य देण्याचे आश्वासन दिले आहे. तसेच पुढील वर्षापासून मुलींसाठी स्वतंत्र प्रशिक्षण शिबिर घेण्याचा विचार असल्याचे त्यांनी सांगितले. अनेक पालकांनी या निर्णयाचे स्वागत केले असून ग्रामीण भागातील खेळाडूंना अधिक संधी मिळेल, अशी अपेक्षा व्यक्त केली. स्पर्धेत चांगली कामगिरी करणाऱ्या खेळाडूंना जिल्हा संघाच्या निवड चाचणीसाठीही बोलावले जाणार आहे.
"""),
        must_have=[
            "या शाळेतील मुली शाळा सुटल्यानंतर गावातील मंदिरासमोरील मातीच्या मैदानावर रोज दोन तास सराव करतात.",
            "विजेते संघ पुढील महिन्यात होणाऱ्या विभागीय स्पर्धेत जिल्ह्याचे प्रतिनिधित्व करतील.",
        ]),
    # Goslarsche Zeitung (Lower Saxony, German): staff, 'Von X' byline, volunteer referees.
    rec(cluster="goslarsche-harz-amateur-referees", role="single", file="goslarsche_schiedsrichter_harz_de.html", render="html",
        site=SITE_GZ, title="Schiedsrichter dringend gesucht: Kreisliga im Harz fehlen Unparteiische",
        date="2024-03-14", country="DE", region="europe", lang="de", authors=["Jana Brüggemann"],
        section="Sport", meta_section="Sport",
        url="https://www.goslarsche.example.de/sport/artikel/schiedsrichter-dringend-gesucht-kreisliga-im-harz-2345678",
        description="Immer öfter müssen Vereine Spiele selbst pfeifen.",
        published="2024-03-14T06:00:00+01:00", modified="2024-03-14T09:12:00+01:00",
        byline_lines=["Von Jana Brüggemann"], date_lines=["14.03.2024, 06:00 Uhr", "Aktualisiert: 14.03.2024, 09:12 Uhr"],
        caption="Ein junger Schiedsrichter zeigt bei einem Kreisligaspiel in Oker die Gelbe Karte.",
        credit="Jana Brüggemann",
        credit_shown="Foto: Jana Brüggemann",
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Lesen Sie auch:", "Neuer Kunstrasenplatz in Vienenburg eingeweiht")]},
        lists=[("Meistgelesen", ["Harzer Hexenlauf: Anmeldung ab sofort möglich"])],
        paras=P("""
Im Fußballkreis Goslar fehlen so viele Schiedsrichter wie nie zuvor, und immer öfter müssen Vereine ihre Spiele in den unteren Klassen selbst pfeifen.

Nach Angaben des Kreisschiedsrichterausschusses stehen derzeit nur noch 71 aktive Unparteiische für mehr als 120 Mannschaften zur Verfügung.

Vor zehn Jahren seien es noch fast doppelt so viele gewesen, sagt Obmann Uwe Hartwig.

Viele ältere Schiedsrichter hören aus Altersgründen auf, junge Leute springen dagegen oft nach einer Saison wieder ab.

Als Grund nennen sie häufig Beleidigungen von Zuschauern und Spielern, in einzelnen Fällen sogar Drohungen nach dem Abpfiff.

Der Kreis bietet im April einen kostenlosen Anwärterlehrgang an, der an drei Wochenenden in Goslar stattfindet.

Neue Schiedsrichter werden in ihren ersten Spielen von einem erfahrenen Paten begleitet, der ihnen hinterher Tipps gibt.

Vereine, die keine eigenen Schiedsrichter stellen, müssen künftig höhere Strafgebühren zahlen. Interessierte ab 14 Jahren können sich bis Ende März beim Kreisschiedsrichterausschuss anmelden, auch ohne eigene Erfahrung als Spieler.
"""),
        must_have=[
            "Viele ältere Schiedsrichter hören aus Altersgründen auf, junge Leute springen dagegen oft nach einer Saison wieder ab.",
            "Neue Schiedsrichter werden in ihren ersten Spielen von einem erfahrenen Paten begleitet, der ihnen hinterher Tipps gibt.",
        ]),
    # Diario de León (Spanish): staff, 'X | León' byline, neighbourhood pool reopening.
    rec(cluster="diariodeleon-ponferrada-piscina-barrio", role="single", file="diariodeleon_piscina_cubierta_es.html", render="html",
        site=SITE_DL, title="La piscina cubierta de Flores del Sil reabre con cursos gratuitos para mayores",
        date="2025-01-13", country="ES", region="europe", lang="es", authors=["Lucía Arias"],
        section="Bierzo", meta_section="Bierzo",
        url="https://www.diariodeleon.example.es/bierzo/250113/piscina-cubierta-flores-del-sil-reabre_1234567.html",
        description="Las obras han renovado la cubierta y los vestuarios.",
        published="2025-01-13T05:30:00+01:00",
        byline_lines=["Lucía Arias | Ponferrada"], date_lines=["Publicado por Lucía Arias Ponferrada Creado: 13/01/2025 05:30"],
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Noticia relacionada:", "El Bierzo Trail reúne a 900 corredores en Molinaseca")]},
        lists=[("Lo más leído", ["Las escuelas deportivas municipales abren plazas", "El campo de fútbol de Fuentesnuevas estrena césped"])],
        paras=P("""
La piscina cubierta del barrio de Flores del Sil, en Ponferrada, vuelve a abrir sus puertas este lunes tras ocho meses de obras.

Los trabajos han renovado la cubierta, los vestuarios y el sistema de climatización, que fallaba cada invierno desde hacía años.

La concejalía de Deportes ha anunciado cursos gratuitos de natación y gimnasia acuática para mayores de 65 años durante los primeros tres meses.

Las asociaciones vecinales habían reclamado la reapertura porque muchos jubilados del barrio no pueden desplazarse a otras instalaciones.

El horario se amplía de siete de la mañana a diez de la noche, y los fines de semana habrá calles reservadas para el baño libre.

Los clubes de natación y de triatlón de la ciudad tendrán franjas fijas para sus entrenamientos por las tardes.

El precio de la entrada se mantiene en 3,20 euros, con descuentos para jóvenes, desempleados y familias numerosas.

La reapertura se celebrará con una jornada de puertas abiertas el sábado, en la que habrá exhibiciones de natación sincronizada.
"""),
        must_have=[
            "Las asociaciones vecinales habían reclamado la reapertura porque muchos jubilados del barrio no pueden desplazarse a otras instalaciones.",
            "Los clubes de natación y de triatlón de la ciudad tendrán franjas fijas para sus entrenamientos por las tardes.",
        ]),
    # Dubrovački vjesnik (Croatian): Hina copy, 'DUBROVNIK, 9. srpnja (Hina) - ' dateline, 'Izvor: Hina'.
    rec(cluster="dubrovackivjesnik-hina-children-water-polo", role="single", file="dubrovackivjesnik_hina_vaterpolo_hr.html", render="html",
        site=SITE_DBV, title="Besplatna škola vaterpola okupila 300 djece na gradskim plažama",
        date="2024-07-09", dateline="DUBROVNIK, 9. srpnja (Hina) - ", city="Dubrovnik", country="HR", region="europe", lang="hr",
        agency="Hina", section="Sport", meta_section="Sport",
        url="https://dubrovackivjesnik.example.hr/sport/besplatna-skola-vaterpola-okupila-300-djece",
        description="Treninzi se održavaju svakog jutra do kraja kolovoza.",
        published="2024-07-09T12:47:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Hina"}],
        byline_lines=["Autor: Hina"], date_lines=["09.07.2024. u 12:47"],
        inserts={2: [("ad", "Oglas")], 5: [("link", "Pročitajte još:", "Na Lapadu otvoreno novo igralište za odbojku na pijesku")]},
        end_lines=["Izvor: Hina"],
        tags=("Oznake:", ["vaterpolo", "djeca", "Dubrovnik"]),
        lists=[("Najčitanije", ["Veslački klub traži nove članove", "Trka Stradunom okupila rekordan broj trkača"])],
        paras=P("""
Više od 300 djece upisalo se ovoga ljeta u besplatnu školu vaterpola koju dubrovački klubovi organiziraju na gradskim plažama.

Treninzi se održavaju svakog jutra do kraja kolovoza na četiri plaže, a djeca su podijeljena u skupine prema dobi i znanju plivanja.

Voditelj programa Ivo Matić rekao je da je cilj da svako dijete nauči sigurno plivati, a tek onda igrati vaterpolo.

Klubovi su za program osigurali dvadesetak trenera, među kojima su i bivši reprezentativci.

Grad je kupio nove lopte, kape i plutajuće golove, a roditelji ne plaćaju nikakvu članarinu.

Najbolji polaznici na kraju ljeta dobit će poziv da nastave trenirati u klupskim školama tijekom zime na gradskom bazenu.

Roditelji kažu da djeca nakon jutarnjih treninga provode manje vremena uz mobitele i lakše sklapaju nova prijateljstva.

Program završava turnirom za sve polaznike posljednjeg tjedna u kolovozu, a nakon turnira svako dijete dobit će diplomu i majicu škole. Organizatori se nadaju da će iduće godine program proširiti i na djecu iz okolnih općina.
"""),
        must_have=[
            "Klubovi su za program osigurali dvadesetak trenera, među kojima su i bivši reprezentativci.",
            "Grad je kupio nove lopte, kape i plutajuće golove, a roditelji ne plaćaju nikakvu članarinu.",
        ]),
    # La Prensa Austral (Punta Arenas, Spanish): staff, winter run along the Strait of Magellan.
    rec(cluster="laprensaaustral-puntaarenas-corrida-invierno", role="single", file="laprensaaustral_corrida_invierno_es.html", render="html",
        site=SITE_LPA, title="Con viento y nieve, 1.200 corredores desafiaron la corrida de invierno en la costanera",
        date="2024-06-24", country="CL", region="americas", lang="es", authors=["Ramón Vidal Oyarzo"],
        section="Deportes", meta_section="Deportes",
        url="https://laprensaaustral.example.cl/2024/06/24/con-viento-y-nieve-1200-corredores-desafiaron-la-corrida-de-invierno/",
        description="La prueba tuvo distancias de 3, 5 y 10 kilómetros.",
        published="2024-06-24T07:00:00-04:00",
        byline_lines=["Por Ramón Vidal Oyarzo", "rvidal@laprensaaustral.cl"], date_lines=["lunes, 24 de junio de 2024"],
        caption="Corredores a la altura del muelle Prat, con el estrecho de Magallanes de fondo.",
        credit="Gerardo Aguilar",
        credit_shown="Fotografía: Gerardo Aguilar",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Te puede interesar:", "Escuelas de hockey sobre hielo abren inscripciones")]},
        lists=[("Más leídas", ["Inauguran cancha sintética en la población Río de la Mano", "Torneo de baby fútbol reúne a 40 equipos"])],
        paras=P("""
Unos 1.200 corredores participaron ayer en la tradicional corrida de invierno por la costanera de Punta Arenas, pese al viento y a la nieve que cayó durante la mañana.

La prueba tuvo distancias de 3, 5 y 10 kilómetros, y la más corta estuvo pensada para familias, niños y personas que caminan.

Muchos participantes corrieron con gorros de lana, guantes y disfraces, en una jornada que coincidió con la celebración del solsticio de invierno.

El organizador, Patricio Gallardo, explicó que el circuito se modificó a última hora para evitar un tramo con hielo cerca del muelle.

Voluntarios de clubes de atletismo y bomberos repartieron bebidas calientes en dos puntos del recorrido.

En los 10 kilómetros se impusieron un profesor de educación física de Porvenir y una estudiante universitaria de la ciudad.

Los organizadores destacaron que cerca de un tercio de los inscritos corría por primera vez una prueba de este tipo.

Lo recaudado con las inscripciones se destinará a comprar implementos para las escuelas deportivas de los barrios.
"""),
        must_have=[
            "Voluntarios de clubes de atletismo y bomberos repartieron bebidas calientes en dos puntos del recorrido.",
            "Los organizadores destacaron que cerca de un tercio de los inscritos corría por primera vez una prueba de este tipo.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, Kuulpeeps (Ghana youth site): staff, away trip of student fans to university games in Tamale.
    rec(cluster="kuulpeeps-tamale-university-games-fans", role="single", file="newsplease_kuulpeeps_unigames_fans.json",
        render="newsplease", title="Students travel 600km by bus to cheer their teams at university games in Tamale",
        date="2024-01-26", country="GH", region="africa", lang="en", authors=["Akosua Boatemaa Mensah"],
        url="https://www.kuulpeeps.example.com/2024/01/students-travel-600km-by-bus-to-cheer-their-teams-in-tamale/",
        source_domain="www.kuulpeeps.example.com",
        description="Supporters slept on the buses and in classrooms to follow their athletes.",
        np_authors=["Akosua Boatemaa Mensah"], np_publish="2024-01-26 11:30:00", np_download="2024-01-27 08:14:52",
        head_lines=["Akosua Boatemaa Mensah", "January 26, 2024", "3 min read"],
        inserts={2: ["Advertisement"], 5: ["ALSO READ: 5 Things Every Fresher Should Pack For Sports Week"]},
        tail_lines=["Share", "Twitter", "WhatsApp", "Follow Kuulpeeps on Instagram for more campus gist", "Related Posts", "Trending", "Comments", "Join the conversation", "Kuulpeeps - Ghana's No.1 campus and youth site", "\u00a9 2024 Kuulpeeps. All Rights Reserved."],
        paras=P("""
Hundreds of students made the long bus journey from Accra and Kumasi to Tamale this week to support their schools at the university games.

Some of the supporters left campus on Monday evening and arrived the next afternoon, after a journey of more than 600 kilometres.

Student leaders said they had raised money for the buses through raffles, car washes and donations from old students.

Many fans slept in classrooms provided by the host university, while others shared rooms in cheap guest houses near the stadium.

Drummers and trumpeters travelled with the groups, and the stands have been full of songs and colour since the opening ceremony.

Organisers said the games include football, athletics, volleyball, table tennis and, for the first time, a para-athletics event.

Fans from different schools have also played friendly matches against each other in the evenings, away from the official programme.

Most of the supporters will travel back at the weekend, after the final day of athletics.
"""),
        must_have=[
            "Student leaders said they had raised money for the buses through raffles, car washes and donations from old students.",
            "Organisers said the games include football, athletics, volleyball, table tennis and, for the first time, a para-athletics event.",
        ]),
    # news-please, Borneo Today (borneotoday.net, Kota Kinabalu, English): staff, kampung football league.
    rec(cluster="borneotoday-kampung-football-league", role="single", file="newsplease_borneotoday_sabah_kampung_league.json",
        render="newsplease", title="Kampung league gives Sabah youths a place to play",
        date="2024-05-12", country="MY", region="asia", lang="en", authors=["Jeffrey Lingam", "Nurul Aina Samad"],
        url="https://www.borneotoday.example.net/news/234567/kampung-league-gives-sabah-youths-a-place-to-play/",
        source_domain="www.borneotoday.example.net",
        description="Forty villages have entered teams in the district competition.",
        np_authors=["Jeffrey Lingam", "Nurul Aina Samad"], np_publish="2024-05-12 00:00:00", np_download="2024-05-12 09:41:06",
        head_lines=["By Jeffrey Lingam and Nurul Aina Samad", "Published on: Sunday, May 12, 2024", "Text Size:"],
        inserts={2: ["Advertisement"], 5: ["Also read: Penampang futsal court reopens after flood repairs"]},
        tail_lines=["Stay up-to-date by following Borneo Today's Telegram channel.", "Borneo Today", "Follow us on Instagram and join our Telegram and/or WhatsApp channel(s) for the latest news you don't want to miss.", "Do you have access to the Borneo Today e-paper and online exclusive news? Check out subscription plans available.", "Top Stories", "Sabah News", "Share", "Facebook", "WhatsApp", "\u00a9 2024 Sabah Publishing House Sdn Bhd"],
        paras=P("""
Forty villages in the Kota Belud district have entered teams in this year's kampung football league, the biggest turnout since the competition began.

Matches are played on Saturday afternoons on village fields, many of which were cleared and levelled by residents themselves.

League coordinator Masidi Gumpil said the aim was to give young people something healthy to do after school and work.

He said teams must include at least three players under 18, so that younger villagers get a chance to play alongside adults.

Village heads take turns hosting games, and families sell food and drinks beside the fields to raise money for their teams.

A group of retired players has volunteered to referee, and the district sports office has provided balls and first aid kits.

Some teams travel for more than an hour on rough roads to reach away games, often in the back of pickup trucks.

The final will be played in August at the district stadium.
"""),
        must_have=[
            "He said teams must include at least three players under 18, so that younger villagers get a chance to play alongside adults.",
            "A group of retired players has volunteered to referee, and the district sports office has provided balls and first aid kits.",
        ]),
    # news-please, Hà Nội Mới (Vietnamese): staff, ward sports festival and school football.
    rec(cluster="hanoimoi-ward-football-festival", role="single", file="newsplease_hanoimoi_bong_da_thieu_nhi_vi.json",
        render="newsplease", title="Giải bóng đá thiếu nhi phường thu hút hơn 400 em tham gia dịp hè",
        date="2024-07-02", country="VN", region="asia", lang="vi", authors=["Minh Ngọc"],
        url="https://hanoimoi.example.vn/giai-bong-da-thieu-nhi-phuong-thu-hut-hon-400-em-tham-gia-dip-he-678912.html",
        source_domain="hanoimoi.example.vn",
        description="Các trận đấu diễn ra trên sân cỏ nhân tạo mới của phường.",
        np_authors=["Minh Ngọc"], np_publish="2024-07-02 18:45:00", np_download="2024-07-03 02:10:33",
        head_lines=["Minh Ngọc", "02/07/2024 18:45"],
        inserts={2: ["Quảng cáo"], 5: ["Tin liên quan: Hà Nội mở thêm lớp dạy bơi miễn phí cho học sinh"]},
        tail_lines=["Chia sẻ", "Facebook", "Zalo", "Tin cùng chuyên mục", "Đọc nhiều", "Bình luận", "Gửi bình luận", "Tải ứng dụng Hànộimới", "Từ khóa: bóng đá thiếu nhi", "Báo Hànộimới - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam thành phố Hà Nội", "\u00a9 Bản quyền thuộc về Báo Hànộimới"],
        paras=P("""
Hơn 400 em thiếu nhi trong độ tuổi từ 8 đến 14 đã tham gia giải bóng đá hè do một phường ở quận Long Biên tổ chức.

Các trận đấu diễn ra vào chiều thứ Bảy và Chủ nhật trên sân cỏ nhân tạo mới được xây dựng trong khu dân cư.

Theo ban tổ chức, mỗi tổ dân phố được cử một hoặc hai đội, trong đó có cả các đội bóng nữ lần đầu tham dự.

Nhiều phụ huynh tình nguyện làm huấn luyện viên, trọng tài và phụ trách nước uống cho các em trong suốt giải đấu.

Ông Nguyễn Văn Hùng, trưởng ban tổ chức, cho biết giải đấu giúp trẻ em rời xa điện thoại và trò chơi điện tử trong dịp hè.

Sân bóng được xây dựng bằng nguồn xã hội hóa và sẽ mở cửa miễn phí cho trẻ em vào các buổi sáng.

Các đội đạt giải sẽ nhận cúp, huy chương và bóng thi đấu, còn tất cả cầu thủ đều được tặng áo đấu.

Phường dự kiến tổ chức thêm giải bóng bàn và cầu lông cho thiếu nhi vào cuối tháng Tám. Ban tổ chức cũng kêu gọi các gia đình đưa con em đến sân thường xuyên hơn để rèn luyện sức khỏe.
"""),
        must_have=[
            "Nhiều phụ huynh tình nguyện làm huấn luyện viên, trọng tài và phụ trách nước uống cho các em trong suốt giải đấu.",
            "Sân bóng được xây dựng bằng nguồn xã hội hóa và sẽ mở cửa miễn phí cho trẻ em vào các buổi sáng.",
        ]),
    # trafilatura, Kawowo Sports (Kampala, English): staff, schools netball in Gulu.
    rec(cluster="kawowo-gulu-schools-netball", role="single", file="trafilatura_kawowo_gulu_netball.json",
        render="trafilatura", title="Gulu hosts northern region schools netball championship",
        date="2024-04-06", country="UG", region="africa", lang="en", authors=["Ivan Ocen"], section="Netball",
        url="https://www.kawowo.example.com/2024/04/06/gulu-hosts-northern-region-schools-netball-championship/",
        hostname="kawowo.example.com", source_hostname="Kawowo Sports",
        description="Thirty-two schools are competing on four courts.",
        tf_author="Ivan Ocen", tf_date="2024-04-06", tf_language="en", categories="Netball;Schools",
        head_lines=["Ivan Ocen", "Ivan Ocen is a Sports Journalist at Kawowo Sports", "Saturday, 6 April 2024"],
        inserts={2: ["Advertisement"], 5: ["ALSO READ: Lira secondary schools football league returns after two-year break"]},
        tail_lines=["Comments", "Kawowo Sports is Uganda's leading sports news website", "Share", "Facebook", "X", "WhatsApp", "Related Posts", "Latest", "Subscribe to our newsletter", "Advertise With Us", "\u00a9 2024 Kawowo Sports"],
        paras=P("""
Thirty-two secondary schools are competing in the northern region schools netball championship which started in Gulu on Saturday.

The games are being played on four courts at a secondary school in the city, with matches running from morning until sunset.

Regional games coordinator Santa Akello said the number of teams had grown because more rural schools now have netball courts.

Several schools built their courts with murram and paint after a programme that trained physical education teachers as coaches last year.

Umpires at the championship include twelve young women who qualified through a regional course in January.

Parents and former players have travelled from Kitgum, Pader and Amuru to support their teams.

The top two schools will represent the region at the national championship in Mbale in May.

Organisers thanked local businesses that provided water and meals for the players. They said next year's championship could move to Lira if the town completes its new courts in time.
"""),
        must_have=[
            "Several schools built their courts with murram and paint after a programme that trained physical education teachers as coaches last year.",
            "Umpires at the championship include twelve young women who qualified through a regional course in January.",
        ]),
    # trafilatura, Cochrane Eagle (Alberta): staff, pickleball courts and volunteers.
    rec(cluster="cochraneeagle-pickleball-courts", role="single", file="trafilatura_cochraneeagle_pickleball.json",
        render="trafilatura", title="New outdoor pickleball courts open in Cochrane after volunteer fundraising",
        date="2023-06-08", country="CA", region="americas", lang="en", authors=["Noah Fairbanks"], section="Local News",
        url="https://www.cochraneeagle.example.ca/local-news/new-outdoor-pickleball-courts-open-in-cochrane-7123456",
        hostname="cochraneeagle.example.ca", source_hostname="Cochrane Eagle",
        description="Local players raised more than half the money themselves.",
        tf_author="Noah Fairbanks", tf_date="2023-06-08", tf_language="en", categories="Local News;Sports",
        head_lines=["Noah Fairbanks", "Jun 8, 2023 4:45 PM", "Share by Email", "Print"],
        inserts={2: ["Advertisement"], 5: ["RELATED: Town to resurface Mitford Park ball diamonds this summer"]},
        tail_lines=["Noah Fairbanks is a reporter with the Cochrane Eagle.", "Have a story idea? Email news@cochraneeagle.ca", "Comments", "We welcome your feedback and encourage you to share your thoughts. We ask that you be respectful of others and their points of view.", "Sign up for our newsletter", "Get the latest local news delivered daily", "Report a typo", "Trending", "\u00a9 2023 Cochrane Eagle"],
        paras=P("""
Cochrane's first dedicated outdoor pickleball courts opened this week, after local players spent two years raising money to build them.

The eight courts, next to the town's west end sports fields, are lit in the evening and free for anyone to use.

Club president Linda Sorensen said members sold baked goods, held raffles and organized a winter tournament to raise more than half the cost.

The town paid the rest and will maintain the courts, which replace an old tennis court that had cracked badly.

Sorensen said the sport has grown quickly among retirees but is now attracting families and teenagers too.

The club will run free beginner sessions on Tuesday and Thursday mornings, and paddles and balls can be borrowed.

Players have been asked to limit games to 15 minutes when people are waiting.

The courts will be officially opened with a community tournament on June 17, and everyone is welcome to watch.
"""),
        must_have=[
            "The town paid the rest and will maintain the courts, which replace an old tennis court that had cracked badly.",
            "The club will run free beginner sessions on Tuesday and Thursday mornings, and paddles and balls can be borrowed.",
        ]),
    # trafilatura, Barrier Daily Truth (Broken Hill): staff, away trip of football fans to Adelaide.
    rec(cluster="barriertruth-brokenhill-footy-away-trip", role="single", file="trafilatura_barriertruth_footy_trip.json",
        render="trafilatura", title="Supporters make 500km trip to back local side in Adelaide",
        date="2024-08-20", country="AU", region="oceania", lang="en", authors=["Kerry McLeod"], section="Sport",
        url="https://www.barriertruth.example.com.au/sport/supporters-make-500km-trip-to-back-local-side-in-adelaide/",
        hostname="barriertruth.example.com.au", source_hostname="Barrier Daily Truth",
        description="Two coaches and dozens of cars made the journey.",
        tf_author="Kerry McLeod", tf_date="2024-08-20", tf_language="en", categories="Sport;Community",
        head_lines=["Kerry McLeod", "20 August 2024"],
        inserts={2: ["Advertisement"], 5: ["MORE SPORT: Junior netball carnival draws teams from across the far west"]},
        tail_lines=["Subscribe to the BDT digital edition", "Share this article", "Facebook", "Email", "Latest news", "Public notices", "Death notices", "Letters to the editor", "Advertise with the BDT", "The Barrier Daily Truth has served Broken Hill since 1908.", "\u00a9 2024 Barrier Daily Truth"],
        paras=P("""
More than 150 Broken Hill supporters made the 500-kilometre trip to Adelaide on the weekend to watch a local women's football team play in a state country championship.

Two coaches left the Sulphide Street station early on Saturday morning, and dozens of families followed in their own cars.

Club secretary Jo Barnes said it was the first time a women's side from the city had reached the final stage of the championship.

Local businesses paid for the coaches, and the club held a sausage sizzle and a trivia night to help cover accommodation.

Supporters wore the club's colours and brought a large banner painted by students at a city high school.

The team lost the final by one goal but won praise from organisers for their sportsmanship and their loud travelling crowd.

Barnes said several younger girls had asked to join the club's junior teams after watching the game.

The team will be welcomed home at a barbecue at the oval on Friday evening.
"""),
        must_have=[
            "Local businesses paid for the coaches, and the club held a sausage sizzle and a trivia night to help cover accommodation.",
            "Barnes said several younger girls had asked to join the club's junior teams after watching the game.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_BT = site("BayToday", "https://www.baytoday.example.ca", " - BayToday.ca", "en_CA", "@BayTodayNews",
               ["Local News", "Sports", "Obituaries", "Weather", "Events", "Classifieds"],
               ["\u00a9 2025 Village Media Inc.", "Terms of Use", "Privacy Policy"], share=["Share on Facebook", "Share on X", "Email"],
               top=["Subscribe", "Sign in"])

JSONL_STORIES = [
    # newsbeam text shape: the BTA story on Flagman.bg (Burgas) (syndicated member of the BTA cluster).
    dict(BTA, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.flagman.example.bg/article/412345",
         nb_published="2025-05-18T12:02:00Z", outlet="Flagman.bg", nb_authors=["БТА"],
         head_lines=["18 май 2025, 15:02", "Спорт"],
         tail_lines=["Източник: БТА", "Сподели", "Facebook", "Viber", "Коментари", "Още от категорията", "Най-четени", "Последвайте Флагман в Telegram", "Абонирайте се за бюлетина", "Етикети:", "Русе", "крос", "Всички права запазени \u00a9 Флагман.бг 2025"]),
    # news-please shape: the KUNA story on Elaph (syndicated member of the KUNA cluster).
    dict(KUNA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://elaph.example.com/Web/Sports/2025/03/1567890.html",
         source_domain="elaph.example.com",
         np_authors=["إيلاف"], np_publish="2025-03-04 21:40:00", np_download="2025-03-05 06:12:09",
         head_lines=["إيلاف من الكويت", "نشر: 04 مارس 2025 - 21:40 GMT"],
         tail_lines=["المصدر: كونا", "شارك", "تويتر", "فيسبوك", "واتساب", "أخبار ذات صلة", "الأكثر قراءة", "اشترك في النشرة البريدية", "تابعونا على", "إكس", "يوتيوب", "سياسة الخصوصية", "حقوق النشر محفوظة لإيلاف © 2025"]),
    # newsbeam html shape: BayToday (North Bay): CP copy, 'NORTH BAY, Ont. — ' dateline, CP first-published line.
    rec(cluster="baytoday-cp-northbay-outdoor-rinks", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_BT, title="Volunteers keep North Bay's neighbourhood rinks alive through a mild winter",
        date="2025-01-19", dateline="NORTH BAY, Ont. — ", city="North Bay", country="CA", region="americas", lang="en",
        agency="CP", authors=["Daniel Okafor"], section="Local News", meta_section="Local News",
        url="https://www.baytoday.example.ca/local-news/volunteers-keep-north-bays-neighbourhood-rinks-alive-9987654",
        description="Flooding crews work through the night when temperatures drop.",
        published="2025-01-19T13:15:00-05:00",
        nb_published="2025-01-19T18:15:00Z", outlet="BayToday", nb_authors=["Daniel Okafor"],
        byline_lines=["Daniel Okafor, The Canadian Press"], date_lines=["Jan 19, 2025 1:15 PM"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "READ MORE:", "City hires more rink attendants for weekend skating")]},
        end_lines=["This report by The Canadian Press was first published Jan. 19, 2025."],
        lists=[("Trending Now", ["Minor hockey association looks for more coaches", "Memorial Gardens hosts free family skate"])],
        paras=P("""
In a winter that keeps swinging between freezing nights and rainy afternoons, volunteers in North Bay are working odd hours to keep their neighbourhood outdoor rinks open.

The city has more than a dozen outdoor rinks, most of them built and flooded by community associations rather than city staff.

Volunteer Marc Lacelle said his crew goes out after midnight whenever the temperature drops below minus 10, because that is when the ice sets best.

He said the group has only had about 30 skating days this season, compared with more than 60 in a good year.

Parents say the rinks matter because indoor ice time for minor hockey and public skating is expensive and hard to book.

The city provides hoses, lights and a small grant to each association, but relies on volunteers to do the flooding and shovelling.

Some associations are struggling to find new volunteers as long-time members get older.

Lacelle said anyone who wants to help can join a crew for one night a week, and no experience is needed.
"""),
        must_have=[
            "The city has more than a dozen outdoor rinks, most of them built and flooded by community associations rather than city staff.",
            "Parents say the rinks matter because indoor ice time for minor hockey and public skating is expensive and hard to book.",
        ]),
    # trafilatura shape: the Agência Brasil story on Jornal Pequeno (São Luís) (syndicated member of the ABr cluster).
    dict(ABR, role="syndicated", file=JSONL_B, render="trafilatura", section="Esporte",
         url="https://jornalpequeno.example.com.br/2024/09/16/jogos-escolares-de-roraima-reunem-3-mil-alunos/",
         hostname="jornalpequeno.example.com.br", source_hostname="Jornal Pequeno",
         tf_author="Lucas Pordeus Vieira", tf_date="2024-09-16", tf_language="pt", categories="Esporte;Brasil",
         head_lines=["Por Lucas Pordeus Vieira, da Agência Brasil", "16 de setembro de 2024 às 20:05"],
         tail_lines=["Edição: Denise Griesinger", "Fonte: Agência Brasil", "Compartilhe", "WhatsApp", "Facebook", "Notícias relacionadas", "Mais lidas", "Siga o JP no Instagram", "Receba as notícias do JP no WhatsApp", "Comentários", "Tags: jogos escolares, Roraima", "Jornal Pequeno - O jornal de maior circulação do Maranhão", "\u00a9 2024 Jornal Pequeno. Todos os direitos reservados."]),
    # news-please shape: Gatton Star (Lockyer Valley): AAP copy, writer over 'Australian Associated Press'.
    rec(cluster="gattonstar-aap-grassroots-rugby-league-volunteers", role="single", file=JSONL_B, render="newsplease",
        title="Grassroots footy clubs count on volunteers as registrations climb",
        date="2024-03-25", country="AU", region="oceania", lang="en", agency="AAP", authors=["Fiona Brassington"],
        url="https://www.gattonstar.example.com.au/story/8598765/grassroots-footy-clubs-count-on-volunteers-as-registrations-climb/",
        source_domain="www.gattonstar.example.com.au",
        description="Clubs say they need more coaches, canteen helpers and trainers.",
        np_authors=["Fiona Brassington"], np_publish="2024-03-25 05:30:00", np_download="2024-03-25 07:02:41",
        head_lines=["Fiona Brassington", "Australian Associated Press", "March 25 2024 - 3:30pm"],
        inserts={2: ["Advertisement"], 5: ["READ MORE: Laidley juniors unveil new clubhouse"]},
        tail_lines=["AAP", "Share", "Facebook", "X", "Email", "Copy Link", "Subscribe now for unlimited access.", "Latest News", "Get the latest Lockyer Valley news delivered to your inbox", "\u00a9 2024 Australian Community Media"],
        paras=P("""
Junior rugby league registrations in Queensland have climbed for a third year in a row, and country clubs say the growth depends on an army of volunteers.

Figures released by the sport's state body show more than 60,000 children and teenagers registered to play this season.

Girls' teams account for much of the increase, with some regional clubs fielding girls' sides in every age group for the first time.

Club officials say every team needs a coach, a manager and a trainer, and most of those jobs are done by parents.

A volunteer at a Lockyer Valley club said she had run the canteen for nine years and still bakes most of the slices herself.

The state body has offered free online coaching courses and first aid training to help clubs find new helpers.

It has also set aside grants for clubs to upgrade lights and change rooms for girls' teams.

Officials said anyone can volunteer, even for one game a season, and clubs should make it easy for new parents to help.
"""),
        must_have=[
            "Girls' teams account for much of the increase, with some regional clubs fielding girls' sides in every age group for the first time.",
            "The state body has offered free online coaching courses and first aid training to help clubs find new helpers.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-second held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Dunavmost '18.05.2025 14:36' (day first) and Flagman.bg '18 "
    "май 2025' (crawler stamp 12:02Z, the same day), with BTA's '18 май' in the dateline; Al Jarida 'نشر في 04-03-2025 | "
    "23:15' (day first; 'نشر في' = published on) and KUNA's '4 - 3' dateline (day - month); Elaph '04 مارس 2025 - 21:40 GMT' "
    "(the page states GMT, so the date stays the 4th although it was already the 5th in Kuwait; news-please's download on the "
    "5th is the crawl); Folha de Boa Vista 'Publicado em 16/09/2024 às 18h20' (day first) and Jornal Pequeno '16 de setembro "
    "de 2024'; Keene Sentinel 'Sep 7, 2024' (both copies); Hivisasa 'Sat, 10 Feb 2024' with the KNA dateline 'Feb 10'; "
    "Concord Times 'June 19, 2024'; Limpopo Mirror '24 November 2023'; Craven Herald '15th July 2024'; Aftab-e Yazd '۳۰ مهر "
    "۱۴۰۳' (Persian solar calendar and digits = 21 October 2024); Horsens Folkeblad '23. feb. 2025 kl. 17.45' (the 'over 1 "
    "år gammel' notice is the archive banner, not a date); Ellesmere Guardian 'Tuesday, 30 April 2024'; Hepburn Advocate "
    "'Updated February 11 2025 - 4:35pm, first published 2:10pm' (same day); Bhutan Live 'March 8, 2024'; Horizons '5 "
    "décembre 2024'; Jemin Ilbo '승인 2024.10.27 15:02' ('승인' = approved for publication); Divya Marathi '29 ऑगस्ट 2024'; "
    "Goslarsche Zeitung '14.03.2024, 06:00 Uhr' (the 'Aktualisiert' time is the same day and not the date); Diario de León "
    "'Creado: 13/01/2025' (day first); Dubrovački vjesnik '09.07.2024.' and the Hina dateline '9. srpnja'; La Prensa Austral "
    "'lunes, 24 de junio de 2024' (the run was 'ayer', the 23rd, but the date is the publication date); Kuulpeeps 'January 26, "
    "2024'; Borneo Today 'Published on: Sunday, May 12, 2024'; Hà Nội Mới '02/07/2024 18:45' (day first = 2 July); Kawowo "
    "'Saturday, 6 April 2024'; Cochrane Eagle 'Jun 8, 2023'; Barrier Daily Truth '20 August 2024'; BayToday 'Jan 19, 2025' "
    "and the CP line 'first published Jan. 19, 2025'; Gatton Star 'March 25 2024 - 3:30pm' (AEST; news-please's 05:30 is "
    "UTC, the same day)",
    "dateline_city": "'Русе, 18 май /Ивелина Колева, БТА/ ' -> 'Ruse' (both BTA copies; BTA puts the reporter and the "
    "agency between slashes); 'الكويت - 4 - 3 (كونا) -- ' -> 'Kuwait City' (KUNA's 'الكويت' dateline is the capital; both "
    "copies); 'ELDORET, Feb 10 (KNA) - ' -> 'Eldoret'; 'TLEMCEN - ' -> 'Tlemcen'; '(제주=연합뉴스) 백나리 기자 = ' -> 'Jeju "
    "City' (the GeoNames name of Jeju-si; Yonhap puts the place and the reporter inside the brackets); 'DUBROVNIK, 9. srpnja "
    "(Hina) - ' -> 'Dubrovnik'; 'NORTH BAY, Ont. — ' -> 'North Bay'. A place on a byline line is the reporter's location, not "
    "a dateline: Concord Times 'By ... in Kenema', Diario de León 'Lucía Arias | Ponferrada', Divya Marathi 'प्रतिनिधी | "
    "छत्रपती संभाजीनगर' ('correspondent | Chhatrapati Sambhajinagar'), Elaph 'إيلاف من الكويت' ('Elaph from Kuwait', over "
    "the KUNA dateline that is labelled). The Agência Brasil story and the AAP story have no dateline; all other records have "
    "no dateline",
    "country": "Flagman.bg (Burgas) carries the Ruse BTA story (BG); Elaph (a London-based pan-Arab site) carries the Kuwait "
    "KUNA story (KW, asia); Folha de Boa Vista (Roraima) and Jornal Pequeno (Maranhão) carry the Agência Brasil story about "
    "Boa Vista (BR); Craven Herald (Skipton) is GB; Bhutan Live's story is in Punakha (BT); the Borneo Today story is in "
    "Kota Belud, Sabah (MY, asia); the Hà Nội Mới story is in Hanoi (VN); Kawowo Sports (Kampala) reports from Gulu (UG); the "
    "Gatton Star's AAP story is about Queensland (AU, oceania); Barrier Daily Truth's supporters are from Broken Hill (AU)",
    "agency": "Dunavmost and Flagman.bg carry BTA (the Bulgarian News Agency: '/..., БТА/' dateline, 'Източник: БТА'; the "
    "crawler's author 'БТА' is not a writer); Al Jarida and Elaph carry KUNA (the Kuwait News Agency: 'كونا' byline, "
    "'(كونا)' dateline, 'المصدر: كونا'); Folha de Boa Vista and Jornal Pequeno carry Agência Brasil ('Repórter da Agência "
    "Brasil', 'da Agência Brasil', 'Fonte: Agência Brasil'); Hivisasa carries KNA (the Kenya News Agency: dateline, "
    "'/KNA' after the writer, 'Source: Kenya News Agency'); Horizons carries APS (Algérie Presse Service: 'APS' byline and "
    "'(APS)' sign-off); Jemin Ilbo carries Yonhap ('연합뉴스' dateline, byline, yna.co.kr address and copyright line); "
    "Dubrovački vjesnik carries Hina ('Autor: Hina', dateline, 'Izvor: Hina'); BayToday carries The Canadian Press, labelled "
    "'CP' as earlier sets label it ('Daniel Okafor, The Canadian Press' and the 'first published' line); the Gatton Star "
    "carries AAP (writer over 'Australian Associated Press', 'AAP' sign-off). Folha de Boa Vista's photo credit "
    "'Marcelo Camargo/Agência Brasil' is a photo credit on a story that is Agência Brasil copy anyway. All other records are "
    "staff copy (agency null)",
    "authors": "BTA '/Ивелина Колева, БТА/' in the dateline -> 'Ивелина Колева' in Cyrillic as printed (both copies); KUNA "
    "names no writer; Agência Brasil 'Lucas Pordeus Vieira - Repórter da Agência Brasil' and 'Por Lucas Pordeus Vieira, da "
    "Agência Brasil' -> 'Lucas Pordeus Vieira' (both copies); Keene Sentinel 'By HANNAH LINDGREN Sentinel Staff' -> natural "
    "case 'Hannah Lindgren' ('Sentinel Staff' is a desk word run onto the name; the contact line is chrome); Hivisasa 'By "
    "Stephen Kiprono/KNA' -> 'Stephen Kiprono'; Concord Times 'By Mohamed Lamin Koroma in Kenema'; Limpopo Mirror "
    "'Thinavhuyo Mudau' (also the photographer; the bio line is chrome); Craven Herald 'By Eleanor Whitaker' ('Reporter' is a "
    "role line); Horsens Folkeblad 'Mette Kjærgaard' ('Journalist' is a role line); Ellesmere Guardian 'Sophie Tainui'; "
    "Hepburn Advocate 'Tom Gallagher'; Bhutan Live 'Posted by: Tashi Dema'; Yonhap '백나리 기자' in the dateline -> '백나리' "
    "(Hangul as printed); Goslarsche Zeitung 'Von Jana Brüggemann'; Diario de León 'Lucía Arias | Ponferrada'; La Prensa "
    "Austral 'Por Ramón Vidal Oyarzo'; Kuulpeeps 'Akosua Boatemaa Mensah'; Borneo Today 'By Jeffrey Lingam and Nurul Aina "
    "Samad' -> both; Hà Nội Mới 'Minh Ngọc' (a pen name as printed); Kawowo 'Ivan Ocen' (the 'Sports Journalist' line is a "
    "bio line); Cochrane Eagle 'Noah Fairbanks'; Barrier Daily Truth 'Kerry McLeod'; BayToday 'Daniel Okafor, The Canadian "
    "Press' -> 'Daniel Okafor'; Gatton Star 'Fiona Brassington'. Desk and agency bylines ('گروه ورزش' = sports desk, 'प्रतिनिधी' "
    "= correspondent, 'APS', 'Autor: Hina', '연합뉴스', 'كونا', 'إيلاف', 'Източник: БТА', the crawler's 'БТА') are not authors; "
    "Al Jarida, Elaph, Aftab-e Yazd, Divya Marathi, Horizons and Dubrovački vjesnik name no writer",
    "editors": "Agência Brasil's 'Edição: Denise Griesinger' names the story's editor (the Portuguese form of 'Editado por'), "
    "so both Agência Brasil records have editors ['Denise Griesinger']. Dunavmost's '/ИК/' sign-off initials name no one. No "
    "other record names an editor",
    "caption_credit": "credits without their wrapper: Keene Sentinel 'KRISTOPHER RADDER / Sentinel Staff' on its own line "
    "(both copies, as printed); Limpopo Mirror 'Photo: Thinavhuyo Mudau' -> 'Thinavhuyo Mudau'; Hepburn Advocate 'Picture by "
    "Kate Munro' -> 'Kate Munro'; Folha de Boa Vista 'Marcelo Camargo/Agência Brasil'; Goslarsche Zeitung 'Foto: Jana "
    "Brüggemann' -> 'Jana Brüggemann'; La Prensa Austral 'Fotografía: Gerardo Aguilar' -> 'Gerardo Aguilar'. Records "
    "without a photo caption have caption and credit null (Jornal Pequeno's copy carries no photo)",
    "section": "HTML pages (and the newsbeam html record) take article:section: Dunavmost 'Спорт', Folha de Boa Vista "
    "'Esportes', Horizons 'Régions', Jemin Ilbo '스포츠', Divya Marathi 'क्रीडा', Goslarsche Zeitung 'Sport', Diario de León "
    "'Bierzo', Dubrovački vjesnik 'Sport', La Prensa Austral 'Deportes', BayToday 'Local News'; trafilatura records take "
    "their first category (Kawowo 'Netball', Cochrane Eagle 'Local News', Barrier Daily Truth 'Sport', Jornal Pequeno "
    "'Esporte'); news-please, plain text and newsbeam text records have none (Al Jarida's 'رياضة' and Flagman's 'Спорт' "
    "head lines are chrome)",
    "language": "'bg' Bulgarian (two copies of the BTA story); 'ar' Arabic (two copies of the KUNA story); 'pt' Brazilian "
    "Portuguese (two copies of the Agência Brasil story); 'fa' Persian; 'da' Danish; 'fr' Algerian French; 'ko' Korean; "
    "'mr' Marathi; 'de' German; 'es' Spanish (Spain and Chile); 'hr' Croatian; 'vi' Vietnamese; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, paywall and archive notices, share "
    "bars, comment gates, advertisement labels, reading times, related-story lines and boxes, tag lists, most-read rails, "
    "newsletter, WhatsApp, Telegram, Instagram and YouTube promos, reporter bio, role and contact lines, wire source lines and "
    "sign-offs ('Източник: БТА', 'المصدر: كونا', 'Fonte: Agência Brasil', 'Edição: ...', 'Source: Kenya News Agency', "
    "'(APS)', 'Izvor: Hina', the CP 'first published' line, 'AAP', 'انتهای پیام'), Yonhap's e-mail and copyright lines, "
    "sign-off initials, ownership and copyright lines, press-standards lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (BTA and KUNA in the plain batch, Agência Brasil "
    "in the gzipped batch) and one staff page with a noisy gzipped re-scrape (Keene Sentinel: curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"bta", "бта", "българска телеграфна агенция", "дунавмост", "dunavmost", "flagman.bg", "флагман", "флагман.бг",
                "kuna", "كونا", "الجريدة", "al jarida", "إيلاف", "elaph", "إيلاف من الكويت",
                "agência brasil", "folha de boa vista", "folha bv", "jornal pequeno",
                "keene sentinel", "sentinel staff", "kna", "kenya news agency", "hivisasa", "concord times",
                "limpopo mirror", "craven herald", "آفتاب یزد", "aftab-e yazd", "گروه ورزش", "horsens folkeblad",
                "ellesmere guardian", "hepburn advocate", "bhutan live", "aps", "horizons", "yonhap", "연합뉴스", "제민일보",
                "jemin ilbo", "दिव्य मराठी", "divya marathi", "प्रतिनिधी", "goslarsche zeitung", "diario de león", "hina",
                "dubrovački vjesnik", "la prensa austral", "kuulpeeps", "borneo today", "hà nội mới", "hanoimoi",
                "kawowo sports", "cochrane eagle", "barrier daily truth", "cp", "the canadian press", "baytoday",
                "gatton star"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
