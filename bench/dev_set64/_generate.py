#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-fourth development set (bench/dev_set64/, first written as the sixty-first held-out set).

    .venv/bin/python bench/dev_set64/_generate.py

Writes ``bench/dev_set64/articles/*`` and ``bench/dev_set64/labels.json`` (next to this
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
bench/dev_set63/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout61_2025-a.jsonl"
JSONL_B = "crawl_holdout61_2025-b.jsonl.gz"


# ---- cluster: Reuters, Bujumbura (WION page + copy on The South African in the plain batch) ----

BUJ = rec(
    cluster="reuters-bujumbura-communal-recount",
    title="Burundi court orders recount in two communes after disputed local vote",
    date="2025-06-20",
    dateline="BUJUMBURA, June 20 (Reuters) - ",
    city="Bujumbura",
    country="BI",
    region="africa",
    agency="Reuters",
    authors=["Désiré Ndikumana", "Wanjiru Kamau", "Tobias Whitfield"],
    editors=["Rosalind Mercer"],
    lang="en",
    description="The ruling is the first time judges have intervened in the results of this month's local council elections.",
    paras=P("""
Burundi's Supreme Court on Friday ordered a recount of ballots cast in two communes in the west of the
country, the first time judges have intervened in the results of this month's local council elections.

The court said the electoral commission had failed to explain why turnout figures at several polling stations
in the two communes were higher than the number of registered voters.

The recount must be completed within 15 days and will be carried out in the presence of observers from all
parties that fielded candidates, the ruling said.

The governing CNDD-FDD party won a large majority of seats in communal councils across the country in the
June 5 vote, which was held on the same day as legislative elections, according to provisional results.

Opposition parties had accused local officials of stuffing ballot boxes and blocking their agents from
observing the count, allegations the commission has denied.

"We welcome this decision, but two communes are only the beginning," said Gaspard
Nzeyimana, a spokesman for one of the opposition parties that brought the case.

A spokesman for the electoral commission said it would comply with the ruling and was confident the recount
would confirm the original results.

Human rights groups have said the campaign took place in a climate of intimidation, with several opposition
candidates arrested in the weeks before the vote. The government rejects those accusations.

Burundi, one of the world's poorest countries, is also grappling with fuel shortages and high inflation,
which have fuelled discontent in the cities.
"""),
    must_have=[
        "The recount must be completed within 15 days and will be carried out in the presence of observers from all parties that fielded candidates, the ruling said.",
        "A spokesman for the electoral commission said it would comply with the ruling and was confident the recount would confirm the original results.",
    ],
)
BUJ_SIGNOFF = ("(Reporting by Désiré Ndikumana in Bujumbura; Additional reporting by Wanjiru Kamau in Nairobi; "
               "Writing by Tobias Whitfield; Editing by Rosalind Mercer)")

# ---- cluster: BelTA, Brest (SB. Belarus Segodnya scrape + copy on Vecherniy Brest in the plain batch) ----

BRS = rec(
    cluster="belta-brest-telefonnoe-moshennichestvo",
    title="В Бресте осудили участников схемы телефонного мошенничества",
    date="2025-03-12",
    dateline="БРЕСТ, 12 марта (БЕЛТА) – ",
    city="Brest",
    country="BY",
    region="europe",
    agency="BelTA",
    lang="ru",
    description="Организатор схемы приговорен к девяти годам лишения свободы.",
    paras=P("""
Суд Московского района Бреста вынес приговор трем участникам группы, которые выманивали деньги у
пенсионеров по телефону, сообщили корреспонденту БЕЛТА в пресс-службе Брестского областного суда.

По данным следствия, с весны по осень прошлого года злоумышленники звонили пожилым людям и представлялись
сотрудниками банка или милиции.

Они убеждали потерпевших, что их сбережения под угрозой, и предлагали передать наличные «курьеру» для
перевода на «безопасный счет».

Всего пострадали 23 жителя Бреста и Брестского района, общий ущерб превысил 180 тыс. рублей.

Роль курьеров выполняли двое молодых людей 19 и 21 года, которые забирали деньги у потерпевших и
переводили их организатору через криптовалютные кошельки.

В ходе следствия у обвиняемых изъяли мобильные телефоны, банковские карты и около 20 тыс. рублей
наличными.

Организатора схемы, 34-летнего уроженца Бреста, суд приговорил к девяти годам лишения свободы в
исправительной колонии усиленного режима.

Курьеры получили шесть и семь лет лишения свободы. Кроме того, осужденные обязаны полностью возместить
причиненный ущерб.

В милиции напоминают, что сотрудники банков и правоохранительных органов никогда не просят передавать
деньги незнакомым людям или сообщать данные банковских карт.

Приговор не вступил в законную силу и может быть обжалован в Брестском областном суде.
"""),
    must_have=[
        "Всего пострадали 23 жителя Бреста и Брестского района, общий ущерб превысил 180 тыс. рублей.",
        "Приговор не вступил в законную силу и может быть обжалован в Брестском областном суде.",
    ],
)

# ---- cluster: Lusa, Macau (Mundo Português page, gzipped + copy on ZAP in the gzipped batch) ----

MAC = rec(
    cluster="lusa-macau-iam-corrupcao-bancas",
    title="Antigo chefe de divisão do IAM condenado a cinco anos de prisão por corrupção em Macau",
    date="2025-05-16",
    dateline="Macau, China, 16 mai 2025 (Lusa) - ",
    city="Macau",
    country="MO",
    region="asia",
    agency="Lusa",
    lang="pt",
    description="O antigo responsável recebeu cerca de 640 mil patacas de vendilhões em troca de licenças.",
    paras=P("""
Um antigo chefe de divisão do Instituto para os Assuntos Municipais (IAM) de Macau foi hoje condenado a
cinco anos e três meses de prisão por corrupção passiva e abuso de poder na atribuição de bancas em
mercados públicos.

O Tribunal Judicial de Base deu como provado que o arguido, de 52 anos, recebeu cerca de 640 mil patacas
(73 mil euros) de vendilhões entre 2019 e 2023 em troca de licenças e de transferências de bancas.

Segundo o acórdão, o antigo responsável alterava a ordem das listas de espera e dispensava inspeções
sanitárias a quem lhe pagasse.

Dois comerciantes acusados de corrupção ativa foram condenados a penas de dois anos de prisão, suspensas
por três anos, e ao pagamento de multas. Um terceiro comerciante foi absolvido por falta de provas.

O caso foi investigado pelo Comissariado contra a Corrupção (CCAC), que em março do ano passado anunciou
ter detetado irregularidades em pelo menos 40 processos de atribuição de bancas nos mercados do Iao Hon e
da Horta e Costa.

Na leitura do acórdão, a juíza sublinhou que a conduta do arguido "minou a confiança dos cidadãos na
administração pública".

O tribunal ordenou ainda a perda a favor da região do dinheiro recebido pelo antigo funcionário.

A defesa disse aos jornalistas que vai recorrer da decisão para o Tribunal de Segunda Instância.

O IAM, que gere os mercados municipais de Macau, informou em comunicado que reviu entretanto as regras de
atribuição de bancas e passou a publicar as listas de espera na Internet.
"""),
    must_have=[
        "Segundo o acórdão, o antigo responsável alterava a ordem das listas de espera e dispensava inspeções sanitárias a quem lhe pagasse.",
        "O tribunal ordenou ainda a perda a favor da região do dinheiro recebido pelo antigo funcionário.",
    ],
)
MAC_SLUG = "JMC // VM"

# ---- cluster: Maitland Mercury, page + noisy re-scrape ----

MAIT = rec(
    cluster="maitlandmercury-east-maitland-pursuit-ico",
    title="Man who rammed police car during East Maitland pursuit avoids full-time jail",
    date="2025-03-18",
    country="AU",
    region="oceania",
    authors=["Bridget Coyle"],
    lang="en",
    caption="Maitland Courthouse.",
    credit="Tess Calloway",
    paras=P("""
A Thornton man who rammed a police car while trying to escape officers in East Maitland has been sentenced
to an 18-month intensive correction order.

The 27-year-old pleaded guilty in Maitland Local Court to charges including police pursuit, damaging
property and driving while disqualified.

The court heard that officers tried to stop his car on Mitchell Drive shortly after 11pm on a Saturday in
November last year because it had been reported stolen.

Instead of stopping, the man sped through a roundabout, mounted a kerb and reversed into the front of a
marked police car, police facts said.

Nobody was injured, but repairs to the police vehicle cost more than 9000 dollars.

His lawyer told the court her client had been using methamphetamine at the time and had since completed a
residential rehabilitation program.

Magistrate Janine Holloway said the offending was serious and could easily have ended in tragedy.

"Police officers are entitled to go home safely at the end of their shift," she said.

She said she was satisfied the man's progress in rehabilitation meant he could serve the sentence in the
community, under strict supervision.

He was also disqualified from driving for three years and ordered to complete 200 hours of community
service.
"""),
    must_have=[
        "The court heard that officers tried to stop his car on Mitchell Drive shortly after 11pm on a Saturday in November last year because it had been reported stolen.",
        "He was also disqualified from driving for three years and ordered to complete 200 hours of community service.",
    ],
)
MAIT_PRE = ["Maitland Mercury", "Local News", "Sport", "Comment", "Property", "Newsletters", "Notices", "Today's Paper",
            "Subscribe", "Login"]
MAIT_HEAD = ["Court", "Bridget Coyle", "March 18 2025 - 4:30pm"]
MAIT_CAP = ["Maitland Courthouse. Picture by Tess Calloway"]
MAIT_COPY = "\u00a9 Copyright 2025 Australian Community Media"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Maitland Mercury (New South Wales): original of the re-scrape cluster, ACM layout, court story.
    dict(MAIT, role="original", file="maitlandmercury_east_maitland_pursuit.txt", render="text",
         pre=[MAIT_PRE], head=[MAIT_HEAD], cap_lines=MAIT_CAP,
         inserts={2: ["Advertisement"],
                  5: ["Read more: Council to review speed limits on the New England Highway"]},
         tail=[["Get the latest Maitland news delivered to your inbox", "Sign up for our newsletter"],
               ["Subscribe now for unlimited access."],
               [MAIT_COPY]]),
    dict(MAIT, role="rescrape", file="maitlandmercury_east_maitland_pursuit_rescrape.txt.gz", render="text", noise=True,
         pre=[MAIT_PRE], head=[MAIT_HEAD], cap_lines=MAIT_CAP,
         tail=[["Subscribe now for unlimited access."], [MAIT_COPY]]),
    # SB. Belarus Segodnya (Belarus, Russian): original of the BelTA cluster, 'Источник: БЕЛТА' line.
    dict(BRS, role="original", file="sbbelarus_belta_brest_moshennichestvo_ru.txt", render="text",
         pre=[["СБ. Беларусь сегодня", "Главное", "Политика", "Экономика", "Общество", "Происшествия", "Регионы", "Спорт", "Подписка"]],
         head=[["Происшествия"], ["12 марта 2025, 14:35"]],
         inserts={3: ["Читайте также: В Бресте открылся новый центр обслуживания граждан"]},
         tail=[["Источник: БЕЛТА"],
               ["Подписывайтесь на наш Telegram-канал"],
               ["Теги:", "Брест", "суд", "мошенничество"],
               ["© 2025 СБ. Беларусь сегодня. При перепечатке ссылка на sb.by обязательна."]]),
    # Telegrafi (Kosovo, Albanian): staff, election recount.
    rec(cluster="telegrafi-kqz-rinumerimi-vendvotimeve", role="single", file="telegrafi_kqz_rinumerimi_sq.txt", render="text",
        title="KQZ nis rinumërimin e votave në 120 vendvotime pas parregullsive të raportuara",
        date="2025-02-14", country="XK", region="europe", lang="sq", authors=["Arbnora Gashi"],
        pre=[["Telegrafi", "Lajme", "Kosova", "Shqipëri", "Maqedonia", "Bota", "Ekonomi", "Sport", "Showbiz", "Lifestyle"]],
        head=[["Arbnora Gashi"], ["14 shkurt 2025, 10:22"]],
        inserts={2: ["Reklama"], 5: ["Lexo më shumë: Policia arreston dy persona për blerje votash në Gjilan"]},
        tail=[["Të ngjashme"], ["Komento"], ["© 2025 Telegrafi. Të gjitha të drejtat e rezervuara."]],
        paras=P("""
Komisioni Qendror i Zgjedhjeve (KQZ) ka vendosur të rinumërojë votat në 120 vendvotime në disa komuna,
pasi në to janë vërejtur mospërputhje mes numrit të votuesve dhe numrit të fletëvotimeve.

Vendimi u mor të enjten me shumicë votash në mbledhjen e KQZ-së, e cila zgjati më shumë se katër orë.

Rinumërimi do të bëhet në Qendrën e Numërimit dhe Rezultateve, në prani të vëzhguesve vendorë dhe
ndërkombëtarë.

Sipas zyrtarëve të KQZ-së, shumica e vendvotimeve të prekura ndodhen në Prishtinë, Prizren dhe Ferizaj.

Partitë politike kanë paraqitur gjithsej mbi 200 ankesa në Panelin Zgjedhor për Ankesa dhe Parashtresa
(PZAP) që nga dita e votimit.

Zëdhënësja e KQZ-së, Valbona Berisha, tha se procesi do të përfundojë brenda javës dhe se rezultatet
përfundimtare do të certifikohen vetëm pasi të shqyrtohen të gjitha ankesat.

Policia e Kosovës ka shtuar praninë e saj rreth Qendrës së Numërimit për të garantuar sigurinë e
materialeve zgjedhore.

Zgjedhjet parlamentare u mbajtën më 9 shkurt, me një pjesëmarrje prej rreth 40 për qind, sipas të
dhënave paraprake të KQZ-së.

Vëzhguesit e shoqërisë civile i kanë bërë thirrje KQZ-së që të publikojë në faqen e saj të internetit
rezultatet e çdo vendvotimi të rinumëruar.
"""),
        must_have=[
            "Rinumërimi do të bëhet në Qendrën e Numërimit dhe Rezultateve, në prani të vëzhguesve vendorë dhe ndërkombëtarë.",
            "Policia e Kosovës ka shtuar praninë e saj rreth Qendrës së Numërimit për të garantuar sigurinë e materialeve zgjedhore.",
        ]),
    # News Letter (Belfast): PA copy with a named writer ('By X, PA'), National World ad slots.
    rec(cluster="newsletter-pa-belfast-ambulance-assault", role="single", file="newsletter_pa_belfast_ambulance_assault.txt", render="text",
        title="Man jailed for attack on ambulance crew in north Belfast",
        date="2025-01-14", country="GB", region="europe", lang="en", agency="PA", authors=["Aoife Gallagher"],
        caption="Laganside Courts in Belfast.", credit="Declan Roe/PA",
        pre=[["News Letter", "News", "Crime", "Politics", "Sport", "Opinion", "Heritage & Retro", "Subscribe"]],
        head=[["By Aoife Gallagher, PA"], ["Published 14th Jan 2025, 16:20 GMT"]],
        cap_lines=["Laganside Courts in Belfast. Photo: Declan Roe/PA"],
        inserts={2: ["Advertisement", "Hide Ad"], 5: ["Advertisement", "Hide Ad"]},
        tail=[["Comment Guidelines"],
              ["National World encourages reader discussion on our stories. User feedback, insights and back-and-forth exchanges add a rich layer of context to reporting."],
              ["Subscribe to the News Letter from just \u00a31 a month"]],
        paras=P("""
A man who headbutted a paramedic and kicked an ambulance door while the crew were treating his friend in
north Belfast has been jailed for eight months.

Conor McAleese, 31, of Cliftonville Road, pleaded guilty to assault on an emergency worker and criminal
damage at Belfast Magistrates' Court.

The court heard that paramedics had been called to a house in the area in the early hours of August 3 last
year after a report that a man had collapsed.

A prosecutor said McAleese, who had been drinking, became aggressive when the crew asked him to step back so
they could work.

He headbutted one paramedic, leaving him with a cut above his eye, and then kicked the door of the
ambulance, causing damage estimated at \u00a31,200.

Police officers arrived a short time later and arrested him at the scene.

A defence barrister said his client was deeply ashamed and had written a letter of apology to the Northern
Ireland Ambulance Service.

District Judge Anne Morrow said attacks on people who were trying to save lives were "utterly despicable"
and that the courts had to send a clear message.

The Northern Ireland Ambulance Service said more than 300 of its staff had been assaulted while on duty in
the past year.
"""),
        must_have=[
            "The court heard that paramedics had been called to a house in the area in the early hours of August 3 last year after a report that a man had collapsed.",
            "Police officers arrived a short time later and arrested him at the scene.",
        ]),
    # Pattaya Mail (Thailand): staff, desk byline.
    rec(cluster="pattayamail-sukhumvit-street-racing", role="single", file="pattayamail_street_racing_crackdown.txt", render="text",
        title="Police seize 38 motorbikes in Pattaya crackdown on late-night street racing",
        date="2025-06-18", country="TH", region="asia", lang="en",
        pre=[["Pattaya Mail", "Home", "Local News", "Thailand News", "Business", "Sports", "Opinion", "Pattaya Mail TV", "Contact us"]],
        head=[["Pattaya Mail"], ["June 18, 2025"]],
        inserts={2: ["Advertisement"], 5: ["Related: Pattaya police step up checks on overstaying tourists"]},
        tail=[["Share this:", "Facebook", "X", "LINE"], ["Related"],
              ["Copyright \u00a9 2025 Pattaya Mail Publishing Co., Ltd. All rights reserved."]],
        paras=P("""
Police arrested 46 teenagers and impounded 38 motorbikes during an overnight operation against illegal
street racing on Sukhumvit Road in Pattaya.

Officers from Pattaya City Police Station and the Banglamung highway police set up five checkpoints between
the Siam Country Club intersection and Thepprasit Road from 11pm on Tuesday until 4am.

Police Colonel Anucha Wongsiri, the station superintendent, said residents had complained for months about
groups of up to 100 riders racing on the road every weekend.

Most of the motorbikes had been modified with loud exhausts and had their mirrors and number plates removed,
police said.

Twenty-nine of those detained were under 18, and their parents were called to the police station to collect
them and sign an agreement to keep them off the road.

The adults face charges of racing on a public road without permission and riding unregistered vehicles,
which carry fines of up to 10,000 baht.

Police also warned workshops in Banglamung that they would face legal action if they were found to be
modifying motorbikes for racing.

Three people died in crashes linked to street racing in Pattaya and Banglamung in the first five months of
the year, according to the district's road safety centre.

Col Anucha said checkpoints would be set up on Sukhumvit Road every Friday and Saturday night until the end
of the year.
"""),
        must_have=[
            "Most of the motorbikes had been modified with loud exhausts and had their mirrors and number plates removed, police said.",
            "Police also warned workshops in Banglamung that they would face legal action if they were found to be modifying motorbikes for racing.",
        ]),
    # Shargh (Iran, Persian): staff, Solar Hijri date in Persian digits.
    rec(cluster="shargh-tehran-council-budget-1404", role="single", file="shargh_tehran_council_budget_fa.txt", render="text",
        title="شورای شهر تهران بودجه ۱۴۰۴ شهرداری را تصویب کرد",
        date="2025-02-23", country="IR", region="asia", lang="fa", authors=["نرگس صالحی"],
        pre=[["روزنامه شرق", "صفحه نخست", "سیاسی", "اقتصادی", "اجتماعی", "شهری", "بین\u200cالملل", "فرهنگی", "ورزشی"]],
        head=[["نرگس صالحی"], ["یکشنبه ۵ اسفند ۱۴۰۳ - ۱۱:۲۰"]],
        inserts={3: ["بیشتر بخوانید: افزایش نرخ کرایه مترو و اتوبوس از فروردین"]},
        tail=[["کد خبر: ۹۴۵۸۱۲"],
              ["برچسب\u200cها", "شورای شهر تهران", "شهرداری تهران", "بودجه"],
              ["ارسال نظر"],
              ["کلیه حقوق این سایت متعلق به روزنامه شرق است."]],
        paras=P("""
اعضای شورای شهر تهران در جلسه امروز با کلیات و جزئیات لایحه بودجه سال ۱۴۰۴ شهرداری تهران موافقت کردند.

بر اساس این مصوبه، بودجه شهرداری تهران برای سال آینده حدود ۱۸۵ هزار میلیارد تومان تعیین شده است.

بیشترین سهم بودجه به حمل\u200cونقل عمومی اختصاص یافته و شهرداری موظف شده است خرید اتوبوس\u200cهای جدید و
تکمیل خطوط مترو را در اولویت قرار دهد.

در جریان بررسی لایحه، چند عضو شورا از واقع\u200cبینانه نبودن درآمدهای پیش\u200cبینی\u200cشده انتقاد کردند.

یکی از اعضای کمیسیون برنامه و بودجه شورا گفت بخش بزرگی از درآمدها به فروش تراکم ساختمانی وابسته است
و این موضوع با سیاست\u200cهای توسعه پایدار شهر سازگار نیست.

در مقابل، معاون مالی شهرداری در جلسه شورا گفت شهرداری امسال بیش از ۹۰ درصد بودجه مصوب خود را محقق
کرده است.

شورا همچنین شهرداری را موظف کرد گزارش عملکرد بودجه را هر سه ماه یک بار به صورت عمومی منتشر کند.

این بودجه پس از تصویب در شورا برای بررسی انطباق با قوانین به هیئت تطبیق مصوبات ارسال می\u200cشود.

بودجه سال گذشته شهرداری تهران حدود ۱۴۵ هزار میلیارد تومان بود.
"""),
        must_have=[
            "در جریان بررسی لایحه، چند عضو شورا از واقع\u200cبینانه نبودن درآمدهای پیش\u200cبینی\u200cشده انتقاد کردند.",
            "شورا همچنین شهرداری را موظف کرد گزارش عملکرد بودجه را هر سه ماه یک بار به صورت عمومی منتشر کند.",
        ]),
    # Prabhat Khabar (Jharkhand, Hindi): staff, 'रांची : ' dateline, 'Published by' web producer.
    rec(cluster="prabhatkhabar-ranchi-nikay-chunav-hc", role="single", file="prabhatkhabar_ranchi_nikay_chunav_hi.txt", render="text",
        title="नगर निकाय चुनाव: हाइकोर्ट ने राज्य निर्वाचन आयोग से मांगी समय-सीमा",
        date="2025-03-12", dateline="रांची : ", city="Ranchi", country="IN", region="asia", lang="hi",
        pre=[["प्रभात खबर", "होम", "झारखंड", "बिहार", "देश", "विदेश", "बिजनेस", "खेल", "ई-पेपर"]],
        head=[["Published by : Raj Lakshmi"], ["Updated at : March 12, 2025 8:15 PM"]],
        inserts={2: ["Advertisement"], 5: ["Also Read", "रांची में जमीन विवाद को लेकर दो पक्षों में मारपीट, पांच घायल"]},
        tail=[["Posted in", "झारखंड", "रांची"],
              ["प्रभात खबर ऐप डाउनलोड करें"],
              ["Copyright \u00a9 2025 Prabhat Khabar. All Rights Reserved."]],
        paras=P("""
झारखंड हाइकोर्ट ने राज्य में लंबे समय से लंबित नगर निकाय चुनाव को लेकर बुधवार को सुनवाई करते हुए राज्य
निर्वाचन आयोग से चुनाव कराने की स्पष्ट समय-सीमा बताने को कहा है।

अदालत ने कहा कि निर्वाचित प्रतिनिधियों के बिना नगर निकायों का संचालन लोकतांत्रिक व्यवस्था की भावना के
अनुरूप नहीं है।

राज्य के 48 नगर निकायों में से अधिकतर का कार्यकाल दो साल पहले ही समाप्त हो चुका है और फिलहाल इनका
कामकाज प्रशासकों के भरोसे चल रहा है।

सुनवाई के दौरान राज्य सरकार की ओर से बताया गया कि पिछड़े वर्गों के आरक्षण के लिए ट्रिपल टेस्ट की प्रक्रिया
अंतिम चरण में है।

सरकार के अधिवक्ता ने अदालत से चार महीने का समय देने का आग्रह किया।

याचिकाकर्ता की ओर से कहा गया कि सरकार पिछले दो वर्षों से इसी तरह के आश्वासन दे रही है, लेकिन अब तक
चुनाव की अधिसूचना जारी नहीं हुई है।

अदालत ने राज्य निर्वाचन आयोग को दो सप्ताह के भीतर शपथपत्र दाखिल कर चुनाव कार्यक्रम की जानकारी देने
का निर्देश दिया।

मामले की अगली सुनवाई 26 मार्च को होगी।

रांची नगर निगम के पूर्व पार्षदों ने अदालत के रुख का स्वागत किया है। उनका कहना है कि वार्ड स्तर पर सड़क,
नाली और पानी से जुड़ी शिकायतों के निपटारे में आम लोगों को परेशानी हो रही है।
"""),
        must_have=[
            "सरकार के अधिवक्ता ने अदालत से चार महीने का समय देने का आग्रह किया।",
            "मामले की अगली सुनवाई 26 मार्च को होगी।",
        ]),
    # Today in Seychelles: staff, police story, '(Photo: ...)' credit.
    rec(cluster="todayinseychelles-port-victoria-heroin", role="single", file="todayinseychelles_port_victoria_heroin.txt", render="text",
        title="Three arrested after heroin found hidden in fishing boat at Port Victoria",
        date="2025-02-13", country="SC", region="africa", lang="en", authors=["Daniella Hoareau"],
        caption="Officers from the Anti-Narcotics Bureau with the seized drugs.", credit="Seychelles Police Force",
        pre=[["Today in Seychelles", "Home", "Local News", "Business", "Sports", "Entertainment", "Opinion", "E-Paper"]],
        head=[["By Daniella Hoareau"], ["13 February 2025"]],
        cap_lines=["Officers from the Anti-Narcotics Bureau with the seized drugs. (Photo: Seychelles Police Force)"],
        inserts={3: ["Advertisement"]},
        tail=[["Share this:", "Facebook", "WhatsApp", "Print"], ["Related"], ["Leave a Reply"],
              ["\u00a9 2025 Today in Seychelles. All rights reserved."]],
        paras=P("""
Three men have been arrested after officers found more than four kilogrammes of heroin hidden in a fishing
boat at Port Victoria, the Seychelles Police Force said.

The drugs were discovered on Tuesday morning during a joint search by the Anti-Narcotics Bureau and the
Seychelles Coast Guard, shortly after the boat returned from a week at sea.

Officers found the heroin wrapped in plastic packages inside a compartment beneath the engine room.

The suspects, aged 28, 35 and 46, are all Seychellois and are crew members of the vessel, police said.

The street value of the drugs is estimated at around SCR 12 million.

The three men appeared before the Magistrates' Court on Wednesday, where the prosecution obtained an order
to keep them in custody for 14 days while investigations continue.

Police spokesperson Inspector Marie-Claire Esparon said investigators were trying to establish where the boat
had collected the drugs and who they were intended for.

"The sea remains the main route for drugs entering our country, and we will continue to work with our
partners to close it," she said.

Seychelles has one of the highest rates of heroin use in the world, and the government has expanded
treatment programmes in recent years.
"""),
        must_have=[
            "Officers found the heroin wrapped in plastic packages inside a compartment beneath the engine room.",
            "The street value of the drugs is estimated at around SCR 12 million.",
        ]),
    # The New Dawn (Liberia): staff, court story.
    rec(cluster="newdawn-monrovia-criminal-court-c", role="single", file="newdawn_monrovia_criminal_court.txt", render="text",
        title="Criminal Court 'C' adjourns trial of ex-revenue officials over US$1.2m scheme",
        date="2025-05-06", country="LR", region="africa", lang="en", authors=["Jallah Kpadeh"],
        pre=[["The New Dawn", "Home", "News", "Politics", "Business", "Editorial", "Sports", "Health", "Contact Us"]],
        head=[["By Jallah Kpadeh"], ["May 6, 2025"]],
        inserts={4: ["Advertisement"]},
        tail=[["Share this:", "Facebook", "X", "WhatsApp"], ["Related posts"], ["Leave a Reply Cancel reply"],
              ["Copyright \u00a9 2025 The New Dawn Liberia. All rights reserved."]],
        paras=P("""
Criminal Court 'C' at the Temple of Justice in Monrovia has adjourned the trial of four former revenue
officials accused of diverting more than US$1.2 million in customs payments.

Judge Cecelia M. Kollie granted the adjournment on Monday after defence lawyers said they had not received
copies of bank records that the prosecution intends to use as evidence.

The four defendants, who worked at the Freeport of Monrovia, are charged with economic sabotage, theft of
property and criminal conspiracy.

Prosecutors allege that between 2021 and 2023 the men issued fake receipts to importers and paid the money
into private accounts instead of the government's revenue account.

The case was brought after an audit by the Liberia Revenue Authority found gaps between declared imports and
customs collections at the port.

Judge Kollie ordered the prosecution to hand over all documents to the defence within seven days and warned
that further delays would not be tolerated.

The defendants, who deny the charges, remain out on bail.

The trial is now scheduled to resume on May 19.

Anti-corruption campaigners have urged the courts to speed up the handling of corruption cases, many of
which have dragged on for years without a verdict.
"""),
        must_have=[
            "The four defendants, who worked at the Freeport of Monrovia, are charged with economic sabotage, theft of property and criminal conspiracy.",
            "The defendants, who deny the charges, remain out on bail.",
        ]),
    # Magnetic Media (Turks and Caicos Islands): staff, police story.
    rec(cluster="magneticmedia-tci-firearms-amnesty", role="single", file="magneticmedia_firearms_amnesty.txt", render="text",
        title="Police launch 30-day gun amnesty as firearm seizures rise",
        date="2025-01-28", country="TC", region="americas", lang="en", authors=["Shavonne Forbes"],
        pre=[["Magnetic Media", "Home", "News", "Business", "Entertainment", "Sports", "Magnetic Media TV", "Advertise"]],
        head=[["By Shavonne Forbes"], ["January 28, 2025"]],
        inserts={3: ["Advertisement"], 6: ["Also Read: Cabinet approves new border control measures"]},
        tail=[["Share", "Facebook", "X", "WhatsApp", "Email"], ["You may also like"],
              ["\u00a9 2025 Magnetic Media. All Rights Reserved."]],
        paras=P("""
The Royal Turks and Caicos Islands Police Force has launched a 30-day firearms amnesty, urging residents to
hand in illegal guns and ammunition without fear of prosecution.

The amnesty began on Monday and runs until February 26, police said at a press conference in Providenciales.

Guns and bullets can be handed in at any police station in Providenciales, Grand Turk, North Caicos or South
Caicos, and those surrendering them will not be asked for their names.

Police seized 74 illegal firearms in 2024, compared with 51 the year before, according to figures released by
the force.

A senior officer said most of the weapons recovered had been smuggled into the islands by sea.

"Every gun we take off the streets is a life we may be saving," the officer said.

Weapons handed in during the amnesty will be tested to see whether they have been used in crimes before they
are destroyed.

The amnesty does not cover anyone already under investigation for a firearms offence.

The Turks and Caicos Islands recorded 28 murders last year, most of them involving firearms.
"""),
        must_have=[
            "Guns and bullets can be handed in at any police station in Providenciales, Grand Turk, North Caicos or South Caicos, and those surrendering them will not be asked for their names.",
            "The amnesty does not cover anyone already under investigation for a firearms offence.",
        ]),
    # Newsline Samoa: staff, Land and Titles Court, WordPress 'Like' widget.
    rec(cluster="newslinesamoa-ltc-falealupo-title", role="single", file="newslinesamoa_land_titles_court.txt", render="text",
        title="Land and Titles Court rules on disputed Falealupo title",
        date="2025-04-30", country="WS", region="oceania", lang="en", authors=["Sina Leavasa"],
        pre=[["Newsline Samoa", "Home", "News", "Politics", "Business", "Sports", "Pacific", "Contact"]],
        head=[["By Sina Leavasa"], ["30 April 2025"]],
        inserts={3: ["Advertisement"]},
        tail=[["Share this:", "Facebook", "X", "WhatsApp"], ["Like this:", "Like Loading..."], ["Related"],
              ["\u00a9 2025 Newsline Samoa"]],
        paras=P("""
The Land and Titles Court has ruled in a long-running dispute over the bestowal of a senior matai title in the
village of Falealupo, Savai'i.

In a decision delivered on Monday, a panel of three judges found that the title had been bestowed in 2022
without the agreement of all branches of the family, as required by custom.

The court ordered the family to meet again within three months to choose a holder of the title.

Until a new holder is chosen, the title will remain vacant, and its registration with the Land and Titles
Registry has been cancelled.

The dispute involved three branches of the family, which presented competing family trees and accounts of
past meetings to the court over six days of hearings last year.

Lawyers for one of the branches said they were still studying the ruling and had not decided whether to
appeal.

Under the Land and Titles Act 2020, parties can appeal to the Land and Titles Court of Appeal within 30 days
of a decision.

Disputes over matai titles and customary land make up most of the court's caseload, with more than 200 cases
waiting to be heard, according to the court's latest annual report.
"""),
        must_have=[
            "The court ordered the family to meet again within three months to choose a holder of the title.",
            "Until a new holder is chosen, the title will remain vacant, and its registration with the Land and Titles Registry has been cancelled.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_WION = site("WION", "https://www.wionews.example.com", "", "en_IN", "@WIONews",
                 ["India", "World", "South Asia", "Business", "Sports", "Videos"],
                 ["\u00a9 2025 WION. All rights reserved.", "About Us", "Privacy Policy"],
                 share=["Facebook", "X", "WhatsApp"])
SITE_MPT = site("Mundo Português", "https://www.mundoportugues.example.pt", " | Mundo Português", "pt_PT", "@MundoPortugues",
                ["Atualidade", "Comunidades", "Lusofonia", "Economia", "Desporto"],
                ["\u00a9 2025 Mundo Português. Todos os direitos reservados.", "Estatuto Editorial", "Ficha Técnica"],
                share=["Partilhar", "Facebook", "WhatsApp"],
                cookie="Utilizamos cookies próprios e de terceiros para personalizar conteúdos e anúncios e analisar o tráfego do site.",
                buttons=["Aceitar", "Rejeitar"])
SITE_PTH = site("ΠΡΩΤΟ ΘΕΜΑ", "https://www.protothema.example.gr", "", "el_GR", "@protothema",
                ["Ελλάδα", "Πολιτική", "Οικονομία", "Κόσμος", "Αθλητικά", "Ροή ειδήσεων"],
                ["\u00a9 2025 protothema.gr", "Όροι χρήσης", "Επικοινωνία"],
                share=["Facebook", "X", "Viber"])
SITE_PRN = site("Primorske novice", "https://www.primorske.example.si", " | Primorske novice", "sl_SI", "@primorske",
                ["Novice", "Obala", "Kras", "Goriška", "Slovenija", "Šport", "Kultura"],
                ["\u00a9 Primorske novice d.o.o. 2025", "Impresum", "Piškotki"],
                share=["Deli", "Facebook", "X"], top=["Naročnina", "Prijava"])
SITE_MTR = site("Monaco Tribune", "https://www.monaco-tribune.example.com", " - Monaco Tribune", "fr_FR", "@MonacoTribune",
                ["Actualités", "Économie", "Société", "Sport", "Agenda", "English"],
                ["\u00a9 2025 Monaco Tribune", "Mentions légales", "Contact"],
                share=["Partager", "Facebook", "LinkedIn", "WhatsApp"])
SITE_MK = site("매일경제", "https://www.mk.example.co.kr", " - 매일경제", "ko_KR", "@maekyung",
               ["경제", "기업", "사회", "국제", "부동산", "증권", "정치", "IT·과학"],
               ["Copyright (c) 매일경제 & mk.co.kr. All rights reserved.", "회사소개", "개인정보처리방침"],
               share=["공유하기", "페이스북", "카카오톡"])
SITE_SABQ = site("صحيفة سبق الإلكترونية", "https://sabq.example.org", " | صحيفة سبق الإلكترونية", "ar_SA", "@Sabqorg",
                 ["الرئيسية", "محليات", "اقتصاد", "رياضة", "منوعات", "فيديو"],
                 ["جميع الحقوق محفوظة لصحيفة سبق الإلكترونية \u00a9 2025", "من نحن", "اتصل بنا"],
                 share=["تويتر", "واتساب", "نسخ الرابط"])
SITE_RGJ = site("Reno Gazette Journal", "https://www.rgj.example.com", "", "en_US", "@RGJ",
                ["News", "Sports", "Entertainment", "Things to do", "Opinion", "Obituaries", "eNewspaper"],
                ["\u00a9 2025 www.rgj.com. All rights reserved.", "Terms of Service", "Your Privacy Choices"],
                share=["Facebook", "Email", "X"], top=["Subscribe", "Sign In"])
SITE_RLP = site("Regina Leader-Post", "https://leaderpost.example.com", "", "en_CA", "@leaderpost",
                ["News", "Sports", "Opinion", "Business", "Life", "Obituaries"],
                ["\u00a9 2025 Regina Leader-Post, a division of Postmedia Network Inc. All rights reserved.", "Terms of Use", "Privacy"],
                share=["Share this Story", "Facebook", "X", "Email"])
SITE_VBR = site("Вечерний Брест", "https://www.vb.example.by", " - Вечерний Брест", "ru_RU", "@vecherniybrest",
                ["Новости", "Город", "Происшествия", "Спорт", "Культура", "Объявления"],
                ["\u00a9 2025 Вечерний Брест. Все права защищены.", "Реклама", "Контакты"],
                share=["Поделиться", "ВКонтакте", "Telegram"])

HTML_STORIES = [
    # WION (India): original of the Reuters cluster, 'Reuters' byline over a place line, 'Photograph:( Reuters )'.
    dict(BUJ, role="original", file="wion_reuters_bujumbura_recount.html", render="html",
         site=SITE_WION, section="World", meta_section="World",
         url="https://www.wionews.example.com/world/burundi-court-orders-recount-in-two-communes-after-disputed-local-vote-8812345",
         published="2025-06-20T20:15:00+05:30", modified="2025-06-20T22:41:00+05:30",
         ld_author=[{"@type": "Organization", "name": "Reuters"}],
         byline_lines=["Reuters", "Bujumbura, Burundi"],
         date_lines=["Published: Jun 20, 2025, 20:15 IST", "Updated: Jun 20, 2025, 22:41 IST"],
         caption="People queue to vote at a polling station in Bujumbura, Burundi, June 5, 2025.",
         credit="Reuters", credit_shown="Photograph:( Reuters )",
         above_body=[("highlights", "Story highlights")],
         inserts={3: [("ad", "Advertisement")]},
         end_lines=[BUJ_SIGNOFF],
         lists=[("Read More", ["Kenya: Nairobi traffic police suspend 40 officers over bribery claims",
                               "Ghana's parliament approves new rules for district assemblies"])]),
    # Mundo Português (Portugal, gzipped page): original of the Lusa cluster, 'Lusa' byline and the desk slug.
    dict(MAC, role="original", file="mundoportugues_lusa_macau_iam_corrupcao_pt.html.gz", render="html",
         site=SITE_MPT, section="Lusofonia", meta_section="Lusofonia",
         url="https://www.mundoportugues.example.pt/2025/05/16/antigo-chefe-de-divisao-do-iam-condenado-a-cinco-anos-de-prisao-por-corrupcao-em-macau/",
         published="2025-05-16T10:05:00+01:00",
         ld_author=[{"@type": "Organization", "name": "Lusa"}],
         byline_lines=["Lusa"], date_lines=["16 Maio 2025 | 10:05"],
         caption="Edifício dos Tribunais de Macau", credit="MIGUEL ROSA/LUSA", credit_shown="Foto: MIGUEL ROSA/LUSA",
         inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia também:", "Hong Kong: antigo deputado condenado por sedição")]},
         end_lines=[MAC_SLUG],
         lists=[("Mais lidas", ["Emigrantes: novas regras para renovar o Cartão de Cidadão no estrangeiro", "França: comunidade portuguesa celebra o 10 de Junho em Paris"])]),
    # Proto Thema (Greece, Greek): staff, 'Newsroom' byline, 'Ειδήσεις σήμερα' link list.
    rec(cluster="protothema-thessaloniki-katalytes", role="single", file="protothema_thessaloniki_katalytes_el.html", render="html",
        site=SITE_PTH, title="Θεσσαλονίκη: Εξαρθρώθηκε σπείρα που έκλεβε καταλύτες από σταθμευμένα αυτοκίνητα",
        date="2025-05-27", country="GR", region="europe", lang="el", section="Ελλάδα", meta_section="Ελλάδα",
        url="https://www.protothema.example.gr/greece/article/1612345/thessaloniki-exarthrothike-speira-pou-ekleve-katalutes/",
        description="Τέσσερις συλλήψεις και 37 εξιχνιασμένες κλοπές στη δυτική Θεσσαλονίκη.",
        published="2025-05-27T11:42:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Newsroom"}],
        byline_lines=["Newsroom"], date_lines=["27.05.2025 • 11:42"],
        caption="Αστυνομικοί της Ασφάλειας Θεσσαλονίκης κατά την επιχείρηση.", credit="INTIME NEWS",
        credit_shown="Φωτογραφία: INTIME NEWS",
        inserts={2: [("ad", "Διαφήμιση")], 5: [("link", "Διαβάστε επίσης:", "Πάτρα: Συνελήφθη 35χρονος για διαρρήξεις σε καταστήματα")]},
        tags=("Ειδήσεις σήμερα:", ["Καύσωνας: Έως 40 βαθμούς την Πέμπτη", "Νέα μέτρα για τα ενοίκια", "Τα αποτελέσματα των Πανελληνίων"]),
        paras=P("""
Εξαρθρώθηκε από αστυνομικούς της Υποδιεύθυνσης Ασφάλειας Θεσσαλονίκης εγκληματική ομάδα που αφαιρούσε
καταλύτες από σταθμευμένα οχήματα σε περιοχές της δυτικής Θεσσαλονίκης.

Συνελήφθησαν τέσσερα άτομα, ηλικίας από 22 έως 41 ετών, σε συντονισμένη επιχείρηση που πραγματοποιήθηκε
τα ξημερώματα της Τρίτης στους δήμους Κορδελιού-Ευόσμου και Αμπελοκήπων-Μενεμένης.

Σύμφωνα με την ανακοίνωση της ΕΛ.ΑΣ., τα μέλη της ομάδας κινούνταν τις νυχτερινές ώρες με κλεμμένο
αυτοκίνητο και χρειάζονταν λιγότερο από δύο λεπτά για να κόψουν έναν καταλύτη.

Έχουν εξιχνιαστεί μέχρι στιγμής 37 περιπτώσεις κλοπών από τον Ιανουάριο, ενώ η συνολική ζημιά εκτιμάται
σε περισσότερα από 60.000 ευρώ.

Κατά τις έρευνες σε σπίτια και σε μια αποθήκη βρέθηκαν και κατασχέθηκαν 19 καταλύτες, ηλεκτρικά τροχεία,
γρύλοι και το χρηματικό ποσό των 4.350 ευρώ.

Οι καταλύτες πωλούνταν σε έμπορο μετάλλων, ο οποίος αναζητείται, καθώς περιέχουν πολύτιμα μέταλλα όπως
πλατίνα και παλλάδιο.

Η αστυνομία συνιστά στους οδηγούς να σταθμεύουν, όπου είναι δυνατόν, σε φωτισμένους χώρους και να
ενημερώνουν αμέσως το 100 αν αντιληφθούν ύποπτες κινήσεις.

Οι συλληφθέντες οδηγήθηκαν στον εισαγγελέα Θεσσαλονίκης, ενώ η προανάκριση συνεχίζεται για τον
εντοπισμό και άλλων συνεργών.
"""),
        must_have=[
            "Έχουν εξιχνιαστεί μέχρι στιγμής 37 περιπτώσεις κλοπών από τον Ιανουάριο, ενώ η συνολική ζημιά εκτιμάται σε περισσότερα από 60.000 ευρώ.",
            "Οι καταλύτες πωλούνταν σε έμπορο μετάλλων, ο οποίος αναζητείται, καθώς περιέχουν πολύτιμα μέταλλα όπως πλατίνα και παλλάδιο.",
        ]),
    # Primorske novice (Slovenia, Slovenian): STA copy, 'Koper, 20. maja (STA) - ' dateline, 'Vir: STA'.
    rec(cluster="primorske-sta-koper-proracun", role="single", file="primorskenovice_sta_koper_proracun_sl.html", render="html",
        site=SITE_PRN, title="Koprski svetniki potrdili proračun, opozicija opozarja na zadolževanje",
        date="2025-05-20", dateline="Koper, 20. maja (STA) - ", city="Koper", country="SI", region="europe", lang="sl",
        agency="STA", section="Obala", meta_section="Obala",
        url="https://www.primorske.example.si/obala/koprski-svetniki-potrdili-proracun-opozicija-opozarja-na-zadolzevanje",
        description="Proračun Mestne občine Koper za leto 2025 znaša 131 milijonov evrov odhodkov.",
        published="2025-05-20T14:05:00+02:00",
        ld_author=[{"@type": "Organization", "name": "STA"}],
        byline_lines=["STA"], date_lines=["20. 5. 2025 | 14:05"],
        inserts={3: [("ad", "Oglas")]},
        below_body=[("source", "Vir: STA")],
        lists=[("Najbolj brano", ["Izola: zaradi del na obalni cesti spremenjen promet", "Piran dobiva novo parkirno hišo"])],
        paras=P("""
Svetniki Mestne občine Koper so na današnji seji potrdili proračun za leto 2025, ki na prihodkovni strani
znaša 118 milijonov evrov, na odhodkovni pa 131 milijonov evrov.

Razliko bo občina pokrila z novim dolgoročnim posojilom v višini devet milijonov evrov in s sredstvi iz
preteklih let.

Največ denarja je namenjenega gradnji nove osnovne šole v Šmarjah, obnovi cest na podeželju in ureditvi
kanalizacije v zaledju.

Za proračun je glasovalo 22 svetnikov, proti jih je bilo osem.

Opozicijski svetniki so opozorili, da se občina preveč zadolžuje in da bi morala več pozornosti nameniti
obnovi stanovanj v starem mestnem jedru.

Župan je dejal, da je zadolževanje premišljeno in da bodo naložbe v šole in komunalno infrastrukturo
koristile več generacijam.

Svetniki so na seji sprejeli tudi sklep o podražitvi parkirnin v središču mesta, ki bo začel veljati
poleti.

Po novem bo ura parkiranja na parkiriščih ob obali stala dva evra, za stalne prebivalce občine pa bodo na
voljo cenejše letne dovolilnice.

Proračun bo po sprejemu objavljen v uradnem glasilu občine, veljati pa bo začel naslednji dan po objavi.
"""),
        must_have=[
            "Za proračun je glasovalo 22 svetnikov, proti jih je bilo osem.",
            "Po novem bo ura parkiranja na parkiriščih ob obali stala dva evra, za stalne prebivalce občine pa bodo na voljo cenejše letne dovolilnice.",
        ]),
    # Monaco Tribune (Monaco, French edition): staff, court story, no article:section.
    rec(cluster="monacotribune-bijouterie-moulins-proces", role="single", file="monacotribune_bijouterie_moulins_fr.html", render="html",
        site=SITE_MTR, title="Braquage d'une bijouterie boulevard des Moulins : deux hommes condamnés à la prison",
        date="2025-02-03", country="MC", region="europe", lang="fr", authors=["Maëlle Roux"],
        url="https://www.monaco-tribune.example.com/2025/02/braquage-bijouterie-boulevard-des-moulins-deux-hommes-condamnes/",
        description="Le tribunal correctionnel a prononcé des peines de quatre et cinq ans de prison.",
        dek="Les deux hommes avaient dérobé des bagues et des montres pour plus de 300 000 euros.",
        published="2025-02-03T10:15:00+01:00",
        byline_lines=["Par Maëlle Roux"], date_lines=["Publié le 3 février 2025"],
        caption="Le palais de justice de Monaco.", credit="Direction de la Communication / Julien Ferro",
        credit_shown="\u00a9 Direction de la Communication / Julien Ferro",
        newsletter_end=["Recevez chaque matin l'actualité monégasque avec notre newsletter", "Je m'inscris"],
        lists=[("À lire aussi", ["Le Conseil national adopte le budget rectificatif", "Stationnement : les tarifs des parkings publics évoluent"])],
        paras=P("""
Le tribunal correctionnel de Monaco a condamné deux hommes à des peines de prison ferme pour le vol de
bijoux d'une valeur de plus de 300 000 euros dans une boutique du boulevard des Moulins, l'automne dernier.

Les prévenus, un Italien de 29 ans et un Français de 33 ans, ont écopé respectivement de quatre et cinq ans
d'emprisonnement lors de l'audience de mardi dernier.

Selon l'enquête, les deux hommes s'étaient présentés comme des clients peu avant la fermeture, avaient
menacé la vendeuse avec un couteau et étaient repartis avec des bagues et des montres dans un sac à dos.

Ils avaient été interpellés deux jours plus tard à Nice grâce aux images du réseau de vidéoprotection de la
Principauté, qui avaient permis de les suivre jusqu'à la gare.

La plupart des bijoux volés ont été retrouvés par la police française dans un appartement du quartier de
l'Ariane.

À l'audience, le procureur a décrit un vol soigneusement préparé et souligné le traumatisme subi par
l'employée, qui n'a pas repris le travail depuis.

Les avocats de la défense avaient plaidé pour des peines plus légères, faisant valoir que leurs clients
n'avaient jamais été condamnés à Monaco et avaient coopéré avec les enquêteurs.

Les deux hommes sont également interdits de séjour en Principauté pendant dix ans à l'issue de leur peine.

Selon la Direction de la Sûreté publique, les vols restent rares à Monaco, avec moins de 300 faits
enregistrés en 2024.
"""),
        must_have=[
            "La plupart des bijoux volés ont été retrouvés par la police française dans un appartement du quartier de l'Ariane.",
            "Les deux hommes sont également interdits de séjour en Principauté pendant dix ans à l'issue de leur peine.",
        ]),
    # Maeil Business Newspaper (South Korea, Korean): Yonhap copy, '(전주=연합뉴스) 김하린 기자 = ' dateline.
    rec(cluster="maeil-yonhap-jeonju-election-law-appeal", role="single", file="maeil_yonhap_jeonju_election_law_ko.html", render="html",
        site=SITE_MK, title="선거법 위반 전북 군수, 항소심서도 당선무효형 벌금 150만원",
        date="2025-02-18", dateline="(전주=연합뉴스) 김하린 기자 = ", city="Jeonju", country="KR", region="asia", lang="ko",
        agency="Yonhap", authors=["김하린"], section="사회", meta_section="사회",
        url="https://www.mk.example.co.kr/news/society/11245678",
        description="재판부는 선거의 공정성을 해친 죄질이 가볍지 않다고 밝혔다.",
        published="2025-02-18T15:21:07+09:00",
        ld_author=[{"@type": "Person", "name": "김하린"}],
        byline_lines=["연합뉴스"], date_lines=["입력 : 2025-02-18 15:21:07", "수정 : 2025-02-18 16:02:11"],
        end_lines=["hrkim@yna.co.kr", "저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지"],
        lists=[("많이 본 뉴스", ["서울 아파트값 3주 연속 상승", "설 연휴 고속도로 통행료 면제"])],
        paras=P("""
지역 단체 관계자들에게 현금을 건넨 혐의로 기소된 전북의 한 군수가 항소심에서도 당선무효형을
선고받았다.

광주고법 전주재판부 제1형사부는 18일 공직선거법 위반 혐의로 기소된 A 군수에 대한 항소심에서 원심과
같은 벌금 150만원을 선고했다.

재판부는 "피고인이 지역 단체 관계자들에게 현금을 건넨 사실이 충분히 인정된다"며 "선출직 공무원의
기부행위를 금지한 법의 취지를 고려하면 죄질이 가볍지 않다"고 밝혔다.

A 군수는 지난해 설 명절을 앞두고 지역 체육단체와 노인회 관계자 등 10여 명에게 모두 600만원가량의
현금을 준 혐의로 재판에 넘겨졌다.

그는 재판 과정에서 "격려 차원에서 준 돈일 뿐 선거와는 무관하다"고 주장했으나 받아들여지지 않았다.

현행법상 선출직 공무원은 공직선거법 위반으로 벌금 100만원 이상의 형이 확정되면 당선이 무효가 된다.

A 군수 측은 판결 직후 "법리 오해가 있다"며 대법원에 상고하겠다는 뜻을 밝혔다.

대법원에서 형이 확정되면 해당 군은 재선거를 치러야 하며, 그때까지 부군수가 권한을 대행하게 된다.

앞서 1심 재판부도 같은 형을 선고하면서 "지역 사회에 미친 영향이 크다"고 지적한 바 있다.

한편 민선 8기 들어 전북 지역에서 공직선거법 위반 혐의로 재판에 넘겨진 단체장은 A 군수를 포함해 모두
3명으로 집계됐다.

지역 시민단체는 성명을 내고 "군정 공백이 길어지지 않도록 대법원이 신속하게 판단해야 한다"고 촉구했다.
"""),
        must_have=[
            "A 군수는 지난해 설 명절을 앞두고 지역 체육단체와 노인회 관계자 등 10여 명에게 모두 600만원가량의 현금을 준 혐의로 재판에 넘겨졌다.",
            "현행법상 선출직 공무원은 공직선거법 위반으로 벌금 100만원 이상의 형이 확정되면 당선이 무효가 된다.",
        ]),
    # Sabq (Saudi Arabia, Arabic): staff, 'سبق- جدة: ' opening, Hijri and Gregorian date.
    rec(cluster="sabq-jeddah-amanah-ramadan-inspections", role="single", file="sabq_jeddah_amanah_inspections_ar.html", render="html",
        site=SITE_SABQ, title="أمانة جدة تغلق 96 منشأة مخالفة في حملة رقابية خلال رمضان",
        date="2025-03-23", dateline="سبق- جدة: ", city="Jeddah", country="SA", region="asia", lang="ar",
        authors=["ماجد العتيبي"], section="محليات", meta_section="محليات",
        url="https://sabq.example.org/saudia/a1b2c3d4e5",
        description="الجولات الرقابية شملت أكثر من 3400 منشأة تجارية في أحياء المحافظة.",
        published="2025-03-23T14:15:00+03:00",
        byline_lines=["ماجد العتيبي"], date_lines=["الأحد 23 رمضان 1446 هـ - 23 مارس 2025 م"],
        inserts={3: [("link", "اقرأ أيضاً:", "أمانة الرياض تطلق مبادرة لتحسين واجهات المحلات التجارية")]},
        tags=("الوسوم", ["أمانة جدة", "جولات رقابية", "رمضان"]),
        lists=[("الأكثر قراءة", ["الأرصاد: أمطار رعدية على منطقة مكة المكرمة", "موعد صرف حساب المواطن لشهر أبريل"])],
        paras=P("""
أغلقت أمانة محافظة جدة 96 منشأة تجارية مخالفة، خلال جولات رقابية نفذتها فرقها الميدانية في الأسبوع
الثالث من شهر رمضان المبارك.

وأوضحت الأمانة أن الجولات شملت أكثر من 3400 منشأة، من بينها مطاعم ومخابز ومحلات بيع المواد الغذائية في
عدد من أحياء المحافظة.

ورصدت الفرق الرقابية مخالفات أبرزها عدم الالتزام باشتراطات النظافة العامة، وانتهاء صلاحية الشهادات
الصحية للعاملين، وتخزين المواد الغذائية بطريقة غير سليمة.

وأشارت إلى أنها صادرت وأتلفت نحو 2.7 طن من المواد الغذائية غير الصالحة للاستهلاك الآدمي.

وبيّنت الأمانة أنها حررت أيضاً محاضر ضبط بحق المنشآت المخالفة، تمهيداً لتطبيق الغرامات المنصوص عليها في
لائحة الجزاءات عن المخالفات البلدية.

وأكدت أن الجولات الرقابية ستستمر بشكل مكثف حتى نهاية إجازة عيد الفطر، مع التركيز على الأسواق الشعبية
والمنشآت التي تشهد إقبالاً كبيراً.

ودعت الأمانة السكان إلى الإبلاغ عن أي ملاحظات أو مخالفات عبر تطبيق «بلدي» أو الاتصال بمركز البلاغات
الموحد 940.

وكانت الأمانة قد أغلقت الشهر الماضي 71 منشأة خلال حملة مماثلة استهدفت المطاعم في وسط جدة.
"""),
        must_have=[
            "وأشارت إلى أنها صادرت وأتلفت نحو 2.7 طن من المواد الغذائية غير الصالحة للاستهلاك الآدمي.",
            "وكانت الأمانة قد أغلقت الشهر الماضي 71 منشأة خلال حملة مماثلة استهدفت المطاعم في وسط جدة.",
        ]),
    # Reno Gazette Journal (Nevada): AP copy, Gannett layout (name over 'Associated Press', 'Published ... PT').
    rec(cluster="rgj-ap-carson-city-mail-ballot-deadline", role="single", file="rgj_ap_carson_city_mail_ballots.html", render="html",
        site=SITE_RGJ, title="Nevada Assembly passes bill to move up mail ballot deadline",
        date="2025-04-14", dateline="CARSON CITY, Nev. (AP) \u2014 ", city="Carson City", country="US", region="americas",
        lang="en", agency="AP", authors=["Gabriela Ortiz"], section="Politics", meta_section="Politics",
        url="https://www.rgj.example.com/story/news/politics/2025/04/14/nevada-assembly-passes-bill-to-move-up-mail-ballot-deadline/83012345007/",
        description="Mail ballots would have to arrive by Election Day to be counted.",
        published="2025-04-14T17:06:00-07:00", modified="2025-04-14T19:40:00-07:00",
        ld_author=[{"@type": "Person", "name": "Gabriela Ortiz"}, {"@type": "Organization", "name": "Associated Press"}],
        byline_lines=["Gabriela Ortiz", "Associated Press"],
        date_lines=["Published 5:06 p.m. PT April 14, 2025", "Updated 7:40 p.m. PT April 14, 2025"],
        caption="The Nevada Legislature Building in Carson City on Feb. 3, 2025.", credit="Evan Cordova/Reno Gazette Journal",
        inserts={2: [("ad", "Advertisement")]},
        paras=P("""
Nevada's Democratic-controlled Assembly passed a bill on Monday that would require mail ballots to arrive
at election offices by Election Day to be counted, ending a four-day grace period that has slowed results
in recent elections.

The measure passed 27-15 and now goes to the state Senate.

Under current law, mail ballots postmarked by Election Day are counted if they arrive within four days.
Election officials in Clark and Washoe counties have said the grace period means close races can take more
than a week to call.

Supporters said the change would build trust in results by speeding up the count.

"Voters deserve to know who won in a reasonable amount of time," said Assemblymember Daniel Reyes, a
Democrat from Las Vegas who sponsored the bill.

Some Republicans, who have long called for tighter rules on mail voting, said the bill did not go far
enough and pushed unsuccessfully for an amendment requiring voter ID at polling places.

Voting rights groups opposed the bill, saying rural voters who depend on slow mail service would be most
likely to see their ballots rejected.

The bill would also give voters who forget to sign their ballot envelope an extra two days to fix the
problem.

Nevada has mailed ballots to all active registered voters since 2020, and about half of voters cast
ballots by mail in the 2024 general election.
"""),
        must_have=[
            "The measure passed 27-15 and now goes to the state Senate.",
            "The bill would also give voters who forget to sign their ballot envelope an extra two days to fix the problem.",
        ]),
    # Regina Leader-Post (Saskatchewan): staff, Postmedia layout ('Author of the article:', 'PHOTO BY').
    rec(cluster="leaderpost-regina-police-budget-2025", role="single", file="leaderpost_regina_police_budget.html", render="html",
        site=SITE_RLP, title="Regina council approves 2025 police budget, adds 10 officers",
        date="2025-01-22", country="CA", region="americas", lang="en", authors=["Kerri Mahoney"],
        section="Local News", meta_section="Local News",
        url="https://leaderpost.example.com/news/local-news/regina-council-approves-2025-police-budget",
        description="The budget includes money for a new team of officers patrolling downtown on foot.",
        published="2025-01-22T06:00:00-06:00", modified="2025-01-23T09:30:00-06:00",
        byline_lines=["Author of the article:", "Kerri Mahoney"],
        date_lines=["Published Jan 22, 2025", "Last updated Jan 23, 2025"],
        above_body=[("reading", "3 minute read")],
        caption="Regina city hall on Tuesday, Jan. 21, 2025.", credit="MARTIN KOVACS /Regina Leader-Post",
        credit_shown="PHOTO BY MARTIN KOVACS /Regina Leader-Post",
        end_lines=["kmahoney@postmedia.com"],
        comments=["Comments", "You must be logged in to join the discussion or read more comments."],
        paras=P("""
Regina city council has approved a police budget of nearly 120 million dollars for 2025, including money to
hire 10 new officers to work in the downtown area.

The budget, passed 9-2 on Tuesday evening, is about 5.8 per cent higher than last year's.

Most of the increase will go to wages under the force's new collective agreement and to the new officers,
who will be part of a team patrolling downtown streets on foot.

Officials from the Regina Police Service told council that calls for service downtown had risen by more
than 20 per cent over the past two years.

Coun. Brendan Kuzyk said businesses in the area wanted to see more officers on the street.

"People have told us they don't feel safe walking downtown after dark, and we have to respond to that," he
said.

The two councillors who voted against the budget said the city should spend more on housing and addictions
services instead.

The police budget makes up about a fifth of the city's operating budget.

The Board of Police Commissioners had already approved the budget in December before it came to council.
"""),
        must_have=[
            "Most of the increase will go to wages under the force's new collective agreement and to the new officers, who will be part of a team patrolling downtown streets on foot.",
            "The two councillors who voted against the budget said the city should spend more on housing and addictions services instead.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Somali Guardian (Somalia): staff, 'MOGADISHU (Somali Guardian) — ' dateline.
    rec(cluster="somaliguardian-mogadishu-voter-registration", role="single", file="newsplease_somaliguardian_mogadishu_voters.json",
        render="newsplease", title="Banadir opens voter registration centres ahead of Mogadishu local council elections",
        date="2025-07-09", dateline="MOGADISHU (Somali Guardian) \u2014 ", city="Mogadishu", country="SO", region="africa",
        lang="en",
        url="https://www.somaliguardian.example.com/news/somalia-news/banadir-opens-voter-registration-centres-ahead-of-mogadishu-local-council-elections/",
        source_domain="www.somaliguardian.example.com",
        description="Officials say more than 600,000 people have registered in the capital since April.",
        np_authors=["Somali Guardian"], np_publish="2025-07-09 14:20:00", np_download="2025-07-09 18:02:51",
        head_lines=["Home", "News", "Somali Guardian", "July 9, 2025"],
        inserts={2: ["Advertisement"], 5: ["Related: Mogadishu traffic police launch crackdown on unlicensed rickshaws"]},
        tail_lines=["Share this:", "Facebook", "X", "WhatsApp", "Email", "Related",
                    "Baidoa: regional assembly approves new district boundaries",
                    "Comments are closed.", "Copyright \u00a9 2025 Somali Guardian. All rights reserved."],
        paras=P("""
The Banadir Regional Administration on Wednesday opened 30 new voter registration centres across Mogadishu's
districts ahead of local council elections planned for later this year.

Residents queued outside registration centres in Hodan, Wadajir and Karaan districts from early morning, with
some saying it was the first time they had been asked to register to vote.

Officials from the National Independent Electoral and Boundaries Commission said more than 600,000 people had
registered in the capital since the process began in April.

Each voter receives a card with a photograph and fingerprint, which must be presented on polling day.

The elections would be the first direct local polls in Mogadishu in more than five decades, replacing a
system in which councillors are selected by clan elders.

Several opposition politicians have criticised the process, saying it was launched without a political
agreement and could be used to favour the federal government's candidates.

Security has been increased around the registration centres, with police and soldiers deployed at
checkpoints in several districts.

An electoral commission official said the centres would remain open for three weeks and that mobile teams
would visit camps for displaced people on the outskirts of the city.
"""),
        must_have=[
            "Each voter receives a card with a photograph and fingerprint, which must be presented on polling day.",
            "Security has been increased around the registration centres, with police and soldiers deployed at checkpoints in several districts.",
        ]),
    # news-please, Sermitsiaq (Greenland, Danish): staff, 'Af' byline, 'Opdateret' line.
    rec(cluster="sermitsiaq-sermersooq-koalition", role="single", file="newsplease_sermitsiaq_sermersooq_koalition_da.json",
        render="newsplease", title="Ny koalition på plads i Kommuneqarfik Sermersooq",
        date="2025-04-04", country="GL", region="americas", lang="da", authors=["Naja Berthelsen"],
        url="https://sermitsiaq.example.ag/samfund/ny-koalition-paa-plads-i-kommuneqarfik-sermersooq/2198765",
        source_domain="sermitsiaq.example.ag",
        description="Tre partier har indgået en koalitionsaftale i hovedstadskommunen.",
        np_authors=["Naja Berthelsen"], np_publish="2025-04-04 13:12:00", np_modify="2025-04-04 15:40:00",
        np_download="2025-04-04 19:55:07",
        head_lines=["Samfund", "Af Naja Berthelsen", "4. april 2025 kl. 13.12", "Opdateret 4. april 2025 kl. 15.40"],
        inserts={3: ["Annonce"]},
        tail_lines=["Del artiklen", "Facebook", "LinkedIn", "Mail", "Kommentarer", "Læs også",
                    "Nuuk Lufthavn: Flere afgange til Danmark i sommer",
                    "Qeqqata Kommunia vil bygge nyt plejehjem i Sisimiut",
                    "Abonnement", "Log ind", "\u00a9 Sermitsiaq.AG 2025"],
        paras=P("""
Tre partier har indgået en koalitionsaftale i Kommuneqarfik Sermersooq, der dermed får et nyt flertal i
kommunalbestyrelsen efter kommunalvalget.

Aftalen blev underskrevet fredag formiddag på rådhuset i Nuuk.

Det nye flertal råder over 12 af kommunalbestyrelsens 19 pladser.

Ifølge aftalen skal kommunen bygge mindst 400 nye boliger i Nuuk inden udgangen af valgperioden og udvide
pasningstilbuddet, så ventelisten til daginstitutioner fjernes.

Den nye borgmester bliver Aqqaluk Petersen, som tidligere har været formand for kommunens udvalg for teknik
og miljø.

– Vi har lyttet til borgerne, og de vil have boliger og pasning. Det er det, vi går i gang med fra første
dag, siger Aqqaluk Petersen.

Koalitionen vil også styrke servicen i bygderne, blandt andet med bedre vandforsyning i Kapisillit og
Qeqertarsuatsiaat.

Oppositionen kritiserer aftalen for ikke at forholde sig til kommunens økonomi, der i de seneste år har været
presset af stigende udgifter på socialområdet.

Den nye kommunalbestyrelse holder sit første møde den 29. april, hvor udvalgsposterne skal fordeles.
"""),
        must_have=[
            "Det nye flertal råder over 12 af kommunalbestyrelsens 19 pladser.",
            "Den nye kommunalbestyrelse holder sit første møde den 29. april, hvor udvalgsposterne skal fordeles.",
        ]),
    # news-please, Mountain Scene (Queenstown, New Zealand): staff, name over a role line; UTC stamp the day before.
    rec(cluster="mountainscene-qldc-candidates-record", role="single", file="newsplease_mountainscene_qldc_candidates.json",
        render="newsplease", title="Record field for Queenstown Lakes council as nominations close",
        date="2025-08-12", country="NZ", region="oceania", lang="en", authors=["Aroha Fenwick"],
        url="https://www.mountainscene.example.co.nz/news/record-field-for-queenstown-lakes-council-as-nominations-close/",
        source_domain="www.mountainscene.example.co.nz",
        description="Forty-one people are standing for council seats and the mayoralty.",
        np_authors=["Aroha Fenwick"], np_publish="2025-08-11 22:30:00", np_download="2025-08-12 03:14:40",
        head_lines=["News", "Aroha Fenwick", "Local Democracy Reporter", "August 12, 2025", "Updated 3 hours ago"],
        inserts={4: ["Get Mountain Scene's weekly newsletter in your inbox"]},
        tail_lines=["Local Democracy Reporting is local body journalism co-funded by RNZ and NZ On Air.",
                    "Mountain Scene is part of Allied Media.",
                    "Comments", "Join the conversation",
                    "Related stories",
                    "Wānaka airport decision delayed again",
                    "Frankton bus hub plans go out for feedback",
                    "Share", "Facebook", "X", "Email"],
        paras=P("""
Forty-one people are standing for Queenstown Lakes District Council in October's local elections, the largest
field since the district was formed in 1989.

Figures released by the council's electoral officer show 33 candidates for the 11 ward seats and eight for the
mayoralty, up from 24 and four three years ago.

Nominations closed on August 1, and voting papers will be posted to residents from September 9.

The biggest increase was in the Wānaka-Upper Clutha ward, where 14 candidates are contesting four seats.

Local government researcher Dr Hana Kerepeti said interest had been lifted by debates over rates rises,
housing and the cost of the district's water upgrades.

"People are angry about rates and about decisions being made far away from their neighbourhoods, and for some
that anger has turned into a nomination," she said.

Turnout remains a concern. Just under half of eligible voters in the district took part in the 2022 local
elections.

The council plans to place ballot boxes in libraries, supermarkets and at the Queenstown Events Centre to make
voting easier.

Results are expected on the evening of October 11, with final results confirmed about a week later.
"""),
        must_have=[
            "Nominations closed on August 1, and voting papers will be posted to residents from September 9.",
            "The council plans to place ballot boxes in libraries, supermarkets and at the Queenstown Events Centre to make voting easier.",
        ]),
    # trafilatura, Sixth Tone (China): staff, 'By X and Y', 'Editor:' line, '(Header image: ...)' caption at the foot.
    rec(cluster="sixthtone-minhang-homeowners-committee", role="single", file="trafilatura_sixthtone_minhang_owners_committee.json",
        render="trafilatura", title="Shanghai Court Voids Homeowners' Committee Vote Over Proxy Ballots",
        date="2025-03-05", country="CN", region="asia", lang="en", authors=["Chen Yiling", "Zhou Mingxuan"],
        editors=["Hilary Marsh"], section="Society",
        caption="A residential compound in Minhang District, Shanghai, 2024.", credit="VCG",
        url="https://www.sixthtone.example.com/news/1016789",
        hostname="sixthtone.example.com", source_hostname="Sixth Tone",
        description="Hundreds of ballots were filled in by someone other than the owner, the court found.",
        tf_author="Chen Yiling; Zhou Mingxuan", tf_date="2025-03-05", tf_language="en", categories="Society;Law",
        head_lines=["Sixth Tone", "Society", "By Chen Yiling and Zhou Mingxuan", "Mar 05, 2025"],
        tail_lines=["Editor: Hilary Marsh.",
                    "(Header image: A residential compound in Minhang District, Shanghai, 2024. VCG)",
                    "Share", "Weibo", "WeChat", "Facebook", "X",
                    "Related Stories",
                    "In Beijing, a Fight Over Parking Spaces Goes to Court",
                    "Why China's Property Managers Keep Losing Their Jobs",
                    "Sign up for our newsletter"],
        paras=P("""
A court in Shanghai has annulled the election of a homeowners' committee at a residential compound in the
city's Minhang District, ruling that hundreds of proxy ballots had been collected in violation of local rules.

The Minhang District People's Court said in a statement Tuesday that the election last April failed to meet
the requirement that more than half of all owners take part, once invalid ballots were excluded.

The case was brought by a group of 37 residents who accused candidates backed by the compound's property
management company of collecting signed ballots door to door without owners' consent.

Homeowners' committees represent owners in dealings with property managers and control how maintenance funds
are spent, and elections for them have become increasingly contested in Chinese cities.

According to the ruling, at least 412 of the 1,108 ballots counted had been filled in by someone other than
the owner, and in some cases the signatures did not match those on file with the residents' committee.

"We did not want to go to court, but there was no other way to be heard," said one of the plaintiffs, a
retired teacher surnamed Gu, who asked that her full name not be used.

The court ordered the local subdistrict office to organize a new election within six months and to supervise
the counting of votes.

Shanghai revised its regulations on residential property management in recent years, encouraging electronic
voting platforms for major decisions and limiting the use of proxies.

The property management company said it respected the court's decision and had never interfered in the
election.
"""),
        must_have=[
            "Homeowners' committees represent owners in dealings with property managers and control how maintenance funds are spent, and elections for them have become increasingly contested in Chinese cities.",
            "The court ordered the local subdistrict office to organize a new election within six months and to supervise the counting of votes.",
        ]),
    # trafilatura, Studio Tamani (Mali, French): staff, land-fraud trial.
    rec(cluster="studiotamani-bamako-senou-foncier-proces", role="single", file="trafilatura_studiotamani_bamako_foncier_fr.json",
        render="trafilatura", title="Bamako : ouverture du procès de l'affaire des parcelles de Sénou",
        date="2025-04-22", country="ML", region="africa", lang="fr", authors=["Mariam Traoré"], section="Justice",
        url="https://www.studiotamani.example.org/2025/04/22/bamako-ouverture-du-proces-de-laffaire-des-parcelles-de-senou/",
        hostname="studiotamani.example.org", source_hostname="Studio Tamani",
        description="Onze personnes sont poursuivies pour avoir vendu plusieurs fois les mêmes terrains.",
        tf_author="Mariam Traoré", tf_date="2025-04-22", tf_language="fr", categories="Justice;Bamako",
        head_lines=["Studio Tamani", "Accueil", "Justice", "Par Mariam Traoré", "22 avril 2025"],
        inserts={4: ["Lire aussi : Bamako : démolitions à Sébénikoro, les habitants dénoncent"]},
        tail_lines=["Partager :", "Facebook", "X", "WhatsApp", "Sur le même sujet",
                    "Kayes : la mairie suspend l'attribution de nouvelles parcelles",
                    "Ségou : un ancien maire poursuivi pour détournement de fonds",
                    "Écoutez nos émissions en direct",
                    "Studio Tamani est un programme de la Fondation Hirondelle.",
                    "\u00a9 Studio Tamani 2025"],
        paras=P("""
Le procès de onze personnes poursuivies dans une affaire de spéculation foncière à Sénou, en Commune VI du
district de Bamako, s'est ouvert ce mardi devant le tribunal de grande instance de la Commune VI.

Parmi les prévenus figurent deux anciens agents de la mairie de la Commune VI, un géomètre et plusieurs
intermédiaires, accusés d'avoir vendu à plusieurs reprises les mêmes parcelles.

Selon l'accusation, plus de 300 familles auraient payé pour des terrains qui appartenaient déjà à d'autres
acquéreurs ou qui se trouvaient sur des réserves de l'État.

Le préjudice est estimé à près de 900 millions de francs CFA.

À l'ouverture de l'audience, les avocats de la défense ont demandé le renvoi du procès pour pouvoir consulter
l'ensemble du dossier, une demande rejetée par le tribunal.

Plusieurs victimes étaient présentes dans la salle d'audience. « J'ai payé mon terrain en 2019 et je n'ai
toujours rien », a confié une commerçante venue de Kalaban Coro.

Les deux anciens agents municipaux sont en détention provisoire depuis plus d'un an.

Ces dernières années, les autorités de la transition ont multiplié les annonces de lutte contre la spéculation
foncière, l'une des principales sources de litiges devant les tribunaux maliens.

Le procès doit se poursuivre jusqu'à la fin de la semaine.
"""),
        must_have=[
            "Le préjudice est estimé à près de 900 millions de francs CFA.",
            "Les deux anciens agents municipaux sont en détention provisoire depuis plus d'un an.",
        ]),
    # trafilatura, Visión 360 (Bolivia, Spanish): EFE copy, 'El Alto (Bolivia), 11 ago (EFE).- ' dateline.
    rec(cluster="vision360-efe-el-alto-jurados", role="single", file="trafilatura_vision360_efe_el_alto_jurados_es.json",
        render="trafilatura", title="El Alto se prepara para votar: el Tribunal Electoral capacita a miles de jurados",
        date="2025-08-11", dateline="El Alto (Bolivia), 11 ago (EFE).- ", city="El Alto", country="BO", region="americas",
        lang="es", agency="EFE", section="Política",
        url="https://www.vision360.example.bo/noticias/2025/08/11/el-alto-se-prepara-para-votar-el-tribunal-electoral-capacita-miles-de-jurados",
        hostname="vision360.example.bo", source_hostname="Visión 360",
        description="La ciudad contará con unas 5.400 mesas de sufragio en las elecciones del domingo.",
        tf_author="EFE", tf_date="2025-08-11", tf_language="es", categories="Política;Elecciones 2025",
        head_lines=["Visión 360", "Política", "EFE", "11/08/2025 - 13:20"],
        inserts={2: ["Publicidad"], 5: ["Lea también: El TSE publica la lista de recintos habilitados para el voto en el exterior"]},
        tail_lines=["Compartir", "Facebook", "X", "WhatsApp", "Telegram", "Noticias relacionadas",
                    "Santa Cruz: el TED sortea a los jurados electorales",
                    "Cochabamba: el conteo rápido estará a cargo de cinco empresas",
                    "Suscríbete a nuestro boletín"],
        paras=P("""
El Tribunal Electoral Departamental de La Paz comenzó este lunes la capacitación de más de 30.000 jurados
electorales en la ciudad de El Alto, a menos de una semana de las elecciones generales del 17 de agosto en
Bolivia.

Los jurados, elegidos por sorteo entre los ciudadanos inscritos en el padrón, se encargarán de instalar las
mesas, recibir los votos y hacer el conteo en público al cierre de la jornada.

Según el tribunal, El Alto contará con unas 5.400 mesas de sufragio distribuidas en más de 300 recintos
electorales.

Durante la capacitación, los funcionarios electorales explicaron el llenado de las actas y el uso de la
aplicación con la que se transmitirán fotografías de los resultados.

"Es una responsabilidad grande, porque de nosotros depende que se respete el voto de los vecinos", dijo a
EFE Rosa Mamani, una comerciante de 34 años que será jurado por primera vez.

Quienes no asistan sin justificación a la capacitación o no se presenten el día de la votación deberán pagar
una multa, recordó el tribunal.

El Alto, con más de un millón de habitantes, es la segunda ciudad más poblada de Bolivia y uno de los
principales bastiones electorales del país.

Unos 7,9 millones de bolivianos están habilitados para votar el domingo para elegir al presidente, al
vicepresidente y a los miembros de la Asamblea Legislativa.
"""),
        must_have=[
            "Según el tribunal, El Alto contará con unas 5.400 mesas de sufragio distribuidas en más de 300 recintos electorales.",
            "Quienes no asistan sin justificación a la capacitación o no se presenten el día de la votación deberán pagar una multa, recordó el tribunal.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

JSONL_STORIES = [
    # news-please shape: the Reuters story on The South African (syndicated member of the Reuters cluster).
    dict(BUJ, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.thesouthafrican.example.com/news/africa/burundi-court-orders-recount-two-communes-disputed-local-vote-reuters/",
         source_domain="www.thesouthafrican.example.com",
         np_authors=["Reuters"], np_publish="2025-06-20 16:10:00", np_download="2025-06-20 21:03:12",
         head_lines=["Home", "News", "Africa", "Reuters", "20.06.25 18:10"],
         tail_lines=[BUJ_SIGNOFF,
                     "Trending on The South African",
                     "Weather: Cold front to bring snow to the Eastern Cape this weekend",
                     "SASSA grant payment dates for July 2025",
                     "Subscribe to The South African website's newsletters and follow us on WhatsApp, Facebook, X and Bluesky for the latest news.",
                     "Join our WhatsApp channel",
                     "Topics:", "Burundi", "Elections", "Reuters", "Africa"]),
    # newsbeam html shape: the BelTA story on Vecherniy Brest (syndicated member of the BelTA cluster).
    dict(BRS, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_VBR,
         section="Происшествия", meta_section="Происшествия",
         url="https://www.vb.example.by/news/incidents/v-breste-osudili-uchastnikov-skhemy-telefonnogo-moshennichestva.html",
         published="2025-03-12T16:10:00+03:00",
         nb_published="2025-03-12T13:10:00Z", outlet="Вечерний Брест", nb_authors=["БЕЛТА"],
         ld_author=[{"@type": "Organization", "name": "БЕЛТА"}],
         byline_lines=["По материалам БЕЛТА"], date_lines=["12.03.2025 16:10"],
         inserts={4: [("ad", "Реклама")]},
         lists=[("Читайте также", ["На улице Московской до лета ограничат движение транспорта",
                                   "Брестские спасатели напомнили о правилах поведения на льду"])]),
    # newsbeam text shape: The New Today (Grenada): staff, no byline; crawler stamp the next day in UTC.
    rec(cluster="thenewtoday-grenada-local-government-bill", role="single", file=JSONL_A, render="newsbeam",
        title="Cabinet approves draft bill to restore local government councils",
        date="2025-06-20", country="GD", region="americas", lang="en",
        url="https://www.thenewtodaygrenada.example.com/local-news/cabinet-approves-draft-bill-to-restore-local-government-councils/",
        nb_published="2025-06-21T01:40:00Z", outlet="The New Today", nb_authors=[],
        head_lines=["THE NEW TODAY", "Local News", "June 20, 2025", "0 Comments"],
        inserts={3: ["ADVERTISEMENT"]},
        tail_lines=["Share", "Facebook", "X", "WhatsApp", "Email", "Related Articles",
                    "NAWASA announces water disruption in parts of St George's",
                    "Carriacou boat operators call for new jetty at Hillsborough",
                    "Leave a comment",
                    "Subscribe to THE NEW TODAY e-paper",
                    "Copyright \u00a9 2025 The New Today. All rights reserved."],
        paras=P("""
Cabinet has approved a draft bill to bring back elected local government councils in Grenada for the first
time in more than five decades.

The proposed law would create six parish councils and a council for Carriacou and Petite Martinique, each with
elected members serving four-year terms.

A government statement said the councils would be responsible for markets, cemeteries, community centres and
the maintenance of minor roads.

The first local elections could be held in 2026 if the bill is passed by Parliament this year, the statement
said.

Local government was abolished in Grenada in 1969, and responsibility for local services has since rested with
central government ministries.

The bill will be published for public comment for six weeks before it is taken to the House of
Representatives.

Opposition politicians have said they support the idea of local government but want to see how the councils
will be financed.

Consultations held in all parishes last year found strong support for local councils, especially among young
people and in rural communities, the government said.
"""),
        must_have=[
            "The proposed law would create six parish councils and a council for Carriacou and Petite Martinique, each with elected members serving four-year terms.",
            "The bill will be published for public comment for six weeks before it is taken to the House of Representatives.",
        ]),
    # trafilatura shape: the Lusa story on ZAP (syndicated member of the Lusa cluster).
    dict(MAC, role="syndicated", file=JSONL_B, render="trafilatura", section="Mundo",
         url="https://zap.example.pt/mundo/antigo-chefe-de-divisao-do-iam-condenado-em-macau-712345",
         hostname="zap.example.pt", source_hostname="ZAP",
         tf_author="ZAP // Lusa", tf_date="2025-05-16", tf_language="pt", categories="Mundo;Macau",
         head_lines=["ZAP", "Mundo", "ZAP // Lusa", "16 Maio, 2025"],
         inserts={4: ["Publicidade"]},
         tail_lines=["Partilhar", "Facebook", "X", "WhatsApp", "Email", "Deixe o seu comentário",
                     "Artigos relacionados",
                     "Macau: Governo anuncia novas regras para vendedores ambulantes",
                     "Hong Kong: tribunal condena 12 pessoas por motim",
                     "Receba a newsletter do ZAP"]),
    # news-please shape: Radio Rebelde (Cuba, Spanish): Prensa Latina copy, run-on dateline and desk slug.
    rec(cluster="radiorebelde-pl-santiago-rendicion-cuenta", role="single", file=JSONL_B, render="newsplease",
        title="Santiago de Cuba inicia proceso de rendición de cuenta de los delegados",
        date="2025-09-17", dateline="Santiago de Cuba, 17 sep (Prensa Latina) ", city="Santiago de Cuba", country="CU",
        region="americas", lang="es", agency="Prensa Latina",
        url="https://www.radiorebelde.example.cu/noticia/santiago-de-cuba-inicia-proceso-rendicion-cuenta-delegados-20250917/",
        source_domain="www.radiorebelde.example.cu",
        description="Más de 1.400 asambleas se realizarán hasta finales de noviembre en la provincia.",
        np_authors=["Prensa Latina"], np_publish="2025-09-17 11:05:00", np_download="2025-09-17 16:48:22",
        head_lines=["Radio Rebelde", "Nacionales", "Prensa Latina", "17 septiembre, 2025"],
        inserts={3: ["Lea también: Holguín intensifica acciones de saneamiento en los barrios"]},
        tail_lines=["arc/fvl", "Compartir:", "Facebook", "X", "Telegram", "WhatsApp", "Noticias relacionadas",
                    "Granma: concluyen asambleas de balance del Poder Popular",
                    "Camagüey: nuevas medidas para el abasto de agua",
                    "Radio Rebelde \u00a9 2025. Todos los derechos reservados."],
        paras=P("""
Más de 1.400 asambleas de rendición de cuenta del delegado a sus electores comenzaron hoy en esta oriental
provincia, como parte del proceso que se extenderá hasta finales de noviembre.

En los encuentros, los delegados de circunscripción informarán a los vecinos sobre la gestión realizada en
los últimos meses y recogerán sus planteamientos sobre los problemas de la comunidad.

Según la Asamblea Provincial del Poder Popular, entre las principales preocupaciones de la población figuran
el abasto de agua, el estado de los viales y la recogida de desechos sólidos.

En el proceso anterior se recibieron en la provincia más de 21.000 planteamientos, de los cuales cerca del 60
por ciento fueron solucionados, precisó la fuente.

Las asambleas se realizarán en horarios que faciliten la participación de trabajadores y estudiantes, y en
algunos casos en los propios centros de trabajo.

Las autoridades del municipio de Santiago de Cuba explicaron que los delegados tendrán el apoyo de
especialistas de las empresas de servicios para responder a las dudas de los electores.

La rendición de cuenta es un ejercicio establecido en la Constitución de la República, mediante el cual los
electores pueden evaluar el trabajo de sus representantes.

El proceso se desarrolla también en las restantes provincias del país.
"""),
        must_have=[
            "En el proceso anterior se recibieron en la provincia más de 21.000 planteamientos, de los cuales cerca del 60 por ciento fueron solucionados, precisó la fuente.",
            "El proceso se desarrolla también en las restantes provincias del país.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixty-first held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: WION 'Published: Jun 20, 2025, 20:15 IST', not "
    "'Updated', and The South African copy '20.06.25 18:10' (day first, two-digit year, South African time; news-please "
    "2025-06-20 16:10); SB. Belarus Segodnya '12 марта 2025, 14:35' and the Vecherniy Brest copy '12.03.2025 16:10' "
    "(day first; BelTA dateline '12 марта'); Mundo Português '16 Maio 2025 | 10:05' and the ZAP copy '16 Maio, 2025' "
    "(Lusa dateline '16 mai 2025'); the Maitland Mercury 'March 18 2025 - 4:30pm' (both copies); Proto Thema "
    "'27.05.2025 • 11:42' (day first); Telegrafi '14 shkurt 2025, 10:22' ('shkurt' = February); Primorske novice "
    "'20. 5. 2025 | 14:05' (day first; STA dateline '20. maja'); Monaco Tribune 'Publié le 3 février 2025'; the News "
    "Letter 'Published 14th Jan 2025, 16:20 GMT'; Maeil Business '입력 : 2025-02-18 15:21:07' (input = publication), not "
    "'수정' (modified); Pattaya Mail 'June 18, 2025'; Shargh 'یکشنبه ۵ اسفند ۱۴۰۳ - ۱۱:۲۰', a Solar Hijri date in "
    "Persian digits (Sunday 5 Esfand 1403 = 23 February 2025); Prabhat Khabar prints only 'Updated at : March 12, 2025 "
    "8:15 PM' (the only date on the page, the day of the hearing the story reports as 'बुधवार', Wednesday); Sabq "
    "'الأحد 23 رمضان 1446 هـ - 23 مارس 2025 م' (Hijri and Gregorian, Sunday 23 March); Sixth Tone 'Mar 05, 2025'; Today "
    "in Seychelles '13 February 2025'; the Somali Guardian 'July 9, 2025'; The New Dawn 'May 6, 2025'; Studio Tamani "
    "'22 avril 2025'; the Reno Gazette Journal 'Published 5:06 p.m. PT April 14, 2025', not 'Updated'; Visión 360 "
    "'11/08/2025 - 13:20' (day first; EFE dateline '11 ago'); the Regina Leader-Post 'Published Jan 22, 2025', not 'Last "
    "updated Jan 23, 2025'; Magnetic Media 'January 28, 2025'; The New Today 'June 20, 2025' (the crawler stamp "
    "2025-06-21T01:40:00Z is 21:40 on 20 June in Grenada, UTC-4); Sermitsiaq '4. april 2025 kl. 13.12', not 'Opdateret'; "
    "Radio Rebelde '17 septiembre, 2025' (Prensa Latina dateline '17 sep'); Mountain Scene 'August 12, 2025' (news-please's "
    "2025-08-11 22:30 is UTC, 10:30 on 12 August in Queenstown; 'Updated 3 hours ago' is not a date); Newsline Samoa "
    "'30 April 2025'",
    "dateline_city": "'BUJUMBURA, June 20 (Reuters) - ' -> 'Bujumbura' (both Reuters copies); 'БРЕСТ, 12 марта (БЕЛТА) – ' "
    "-> 'Brest' (Brest in Belarus, both BelTA copies); 'Macau, China, 16 mai 2025 (Lusa) - ' -> 'Macau' (Lusa adds the "
    "country after the city; both Lusa copies); Primorske novice's 'Koper, 20. maja (STA) - ' -> 'Koper'; Maeil "
    "Business's Yonhap opening '(전주=연합뉴스) 김하린 기자 = ' ('Jeonju = Yonhap, reporter Kim Ha-rin =') -> 'Jeonju'; "
    "'CARSON CITY, Nev. (AP) — ' -> 'Carson City'; 'El Alto (Bolivia), 11 ago (EFE).- ' -> 'El Alto'; Radio Rebelde's "
    "'Santiago de Cuba, 17 sep (Prensa Latina) ' (run-on, no dash) -> 'Santiago de Cuba'; Prabhat Khabar's 'रांची : ' "
    "('Ranchi:') -> 'Ranchi'; Sabq's 'سبق- جدة: ' ('Sabq - Jeddah:', the paper's own name before the city) -> "
    "'Jeddah'; 'MOGADISHU (Somali Guardian) — ' -> 'Mogadishu' (the bracket holds the paper's own name, not a wire). "
    "WION's 'Bujumbura, Burundi' under the 'Reuters' byline is a place line in the header, not the dateline (the "
    "story's dateline is Reuters' own). All other records have no dateline (city null) and take the country of the "
    "story's location",
    "country": "the Reuters story is Burundi (BI, africa) although it runs on an Indian and a South African site; the "
    "BelTA story is Belarus (BY, europe); the Lusa story is Macau (MO, asia; Macau has its own ISO code) although both "
    "copies are on Portuguese sites; Telegrafi's story is Kosovo ('XK', the code in general use for Kosovo; europe); "
    "Sermitsiaq's is Greenland (GL), which UN M49 puts in Northern America (region americas) although the paper "
    "writes in Danish; Magnetic Media's is the Turks and Caicos Islands (TC, americas); the News Letter's is Northern "
    "Ireland (GB); Sixth Tone's is China (CN); Monaco Tribune's is Monaco (MC), with the arrest in Nice mentioned in "
    "passing",
    "agency": "WION ('Reuters' byline, the Reuters dateline and credits line) and The South African ('Reuters' in the "
    "header, the dateline and credits line) carry Reuters; SB. Belarus Segodnya ('Источник: БЕЛТА', dateline) and "
    "Vecherniy Brest ('По материалам БЕЛТА', 'based on BelTA material') carry BelTA, the Belarusian Telegraph Agency; "
    "Mundo Português ('Lusa' byline, dateline, the desk slug 'JMC // VM') and ZAP ('ZAP // Lusa') carry Lusa; Primorske novice "
    "carries STA, the Slovenian Press Agency ('STA' byline, dateline, 'Vir: STA' = 'Source: STA'); Maeil Business "
    "carries Yonhap ('연합뉴스' byline, dateline, the yna.co.kr address and the Yonhap copyright line); the News Letter "
    "carries PA ('By Aoife Gallagher, PA'); the Reno Gazette Journal carries AP (writer over 'Associated Press', AP "
    "dateline); Visión 360 carries EFE ('EFE' byline, dateline); Radio Rebelde carries Prensa Latina (byline, dateline "
    "and the 'arc/fvl' desk slug); all other records are staff copy (agency null). The Somali Guardian's and Sabq's "
    "own names in their openings are not wires, and photo credits ('MIGUEL ROSA/LUSA', 'Declan Roe/PA', 'INTIME NEWS', "
    "'VCG') do not by themselves make a story agency copy",
    "authors": "Reuters: the credits line '(Reporting by Désiré Ndikumana in Bujumbura; Additional reporting by Wanjiru "
    "Kamau in Nairobi; Writing by Tobias Whitfield; Editing by Rosalind Mercer)' -> Désiré Ndikumana, Wanjiru Kamau, "
    "Tobias Whitfield on both copies (the writer is a bylined writer, the editor is not); Yonhap's reporter inside the "
    "dateline '(전주=연합뉴스) 김하린 기자 = ' -> '김하린' (kept in Hangul as printed; '기자' = 'reporter'); 'By Aoife "
    "Gallagher, PA' -> 'Aoife Gallagher' (agency copy with a named writer); 'Gabriela Ortiz' over 'Associated Press' -> "
    "'Gabriela Ortiz'; Sixth Tone's 'By Chen Yiling and Zhou Mingxuan' -> both; the Regina Leader-Post's 'Author of the "
    "article:' label above 'Kerri Mahoney'; Mountain Scene's 'Aroha Fenwick' over the role line 'Local Democracy Reporter'; "
    "the Maitland Mercury's 'Bridget Coyle' under the 'Court' label (both copies); 'Par Maëlle Roux', 'Par Mariam "
    "Traoré', Sermitsiaq's 'Af Naja Berthelsen' ('af' = 'by'); Shargh's 'نرگس صالحی' and Sabq's 'ماجد العتيبي' are kept "
    "in the script printed; 'By Jallah Kpadeh', 'By Daniella Hoareau', 'By Shavonne Forbes', 'By Sina Leavasa', "
    "Telegrafi's 'Arbnora Gashi'. No authors: Prabhat Khabar's 'Published by : Raj Lakshmi' names the web producer who "
    "posted the story, not a writer; Proto Thema's 'Newsroom' is a desk byline; Pattaya Mail and the Somali Guardian "
    "print only their own names; The New Today prints no byline; pages bylined only with an agency ('Lusa', 'ZAP // "
    "Lusa', 'STA', 'По материалам БЕЛТА', 'EFE', 'Prensa Latina', 'Reuters'), and JSON author fields holding an agency "
    "or the outlet, give none; photographers (Tess Calloway, Declan Roe, Evan Cordova, Martin Kovacs, Julien Ferro, "
    "Miguel Rosa) are not authors",
    "editors": "the Reuters credit 'Editing by Rosalind Mercer' -> 'Rosalind Mercer' on both copies; Sixth Tone's "
    "closing 'Editor: Hilary Marsh.' -> 'Hilary Marsh' (the site's editing credit, the same role as Xinhua's 'Editor:'); "
    "no other record names an editor",
    "caption_credit": "credits without their wrapper: 'Picture by Tess Calloway' -> 'Tess Calloway' (both Maitland "
    "Mercury copies); WION's 'Photograph:( Reuters )' -> 'Reuters'; 'Foto: MIGUEL ROSA/LUSA' -> 'MIGUEL ROSA/LUSA'; "
    "'Φωτογραφία: INTIME NEWS' ('Photograph:') -> 'INTIME NEWS'; '\u00a9 Direction de la Communication / Julien Ferro' "
    "-> without the copyright sign; 'Photo: Declan Roe/PA' -> 'Declan Roe/PA'; '(Photo: Seychelles Police Force)' -> "
    "'Seychelles Police Force'; 'PHOTO BY MARTIN KOVACS /Regina Leader-Post' -> 'MARTIN KOVACS /Regina Leader-Post'; "
    "Sixth Tone prints its lead-image caption at the foot of the text, '(Header image: A residential compound in "
    "Minhang District, Shanghai, 2024. VCG)' -> caption 'A residential compound in Minhang District, Shanghai, 2024.' "
    "and credit 'VCG'; the Reno Gazette Journal's 'Evan Cordova/Reno Gazette Journal' is kept as printed; records "
    "without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: WION 'World', Mundo Português 'Lusofonia', Proto "
    "Thema 'Ελλάδα', Primorske novice 'Obala', Maeil Business '사회', Sabq 'محليات', the Reno Gazette Journal "
    "'Politics', the Regina Leader-Post 'Local News', Vecherniy Brest 'Происшествия'; Monaco Tribune's page has no "
    "article:section (null); trafilatura records take their first category ('Society', 'Justice', 'Política', "
    "'Mundo'); news-please, plain text and newsbeam text records have none (page labels such as SB's 'Происшествия', "
    "the Maitland Mercury's 'Court', Sermitsiaq's 'Samfund', Radio Rebelde's 'Nacionales' or The New Today's 'Local "
    "News' are navigation)",
    "language": "'ru' Russian (two copies of one BelTA story, in Belarus); 'pt' European Portuguese (two copies of one "
    "Lusa story from Macau); 'el' Greek; 'sq' Albanian (Kosovo); 'sl' Slovenian; 'ko' Korean; 'fa' Persian (Persian "
    "digits in dates and figures); 'hi' Hindi (Prabhat Khabar's English page labels 'Published by', 'Updated at', "
    "'Advertisement', 'Also Read', 'Posted in' are chrome); 'ar' Arabic (Saudi Arabia); 'da' Danish (Greenland); 'es' "
    "from Bolivia and Cuba; 'fr' from Monaco and Mali (Monaco Tribune's 'English' menu link is a menu item); all other "
    "records are in English",
    "chrome": "includes consent banners and their buttons, login, subscription, membership and e-paper strings, share "
    "bars, advertisement labels and National World's 'Hide Ad' buttons, 'Story highlights' and reading-time labels, "
    "related-story lines, boxes and rails, tag, topic and 'Ειδήσεις σήμερα' link lists, most-read and trending rails, "
    "newsletter, app and messaging-channel promos, comment gates, counts and guidelines, WordPress share and 'Like' "
    "widgets, reporter e-mail lines, local-democracy funding lines, wire credits, desk slugs, source and "
    "copyright lines, ownership lines, story-code lines, and byline, date, place and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and BelTA in the plain batch, Lusa in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"wion", "wion web team", "the south african", "сб. беларусь сегодня", "сб", "беларусь сегодня",
                "вечерний брест", "белта", "по материалам белта", "belta", "mundo português", "mountain scene", "allied media", "zap", "zap // lusa",
                "lusa", "maitland mercury", "australian community media", "acm", "πρωτο θεμα", "πρώτο θέμα",
                "proto thema", "newsroom", "telegrafi", "primorske novice", "sta", "monaco tribune", "news letter",
                "national world", "pa", "pa media", "press association", "매일경제", "maeil business", "연합뉴스",
                "yonhap", "pattaya mail", "روزنامه شرق", "شرق", "shargh", "प्रभात खबर", "prabhat khabar", "raj lakshmi",
                "صحيفة سبق الإلكترونية", "سبق", "sabq", "sixth tone", "vcg", "today in seychelles", "somali guardian",
                "the new dawn", "new dawn", "studio tamani", "reno gazette journal", "rgj", "visión 360", "regina leader-post",
                "postmedia", "magnetic media", "the new today", "sermitsiaq", "sermitsiaq.ag", "radio rebelde",
                "prensa latina", "newsline samoa"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
