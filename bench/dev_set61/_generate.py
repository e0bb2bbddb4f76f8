#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-first development set (bench/dev_set61/, first written as the fifty-eighth held-out set).

    .venv/bin/python bench/dev_set61/_generate.py

Writes ``bench/dev_set61/articles/*`` and ``bench/dev_set61/labels.json`` (next to this
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
bench/dev_set60/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout58_2025-a.jsonl"
JSONL_B = "crawl_holdout58_2025-b.jsonl.gz"


# ---- cluster: Reuters, Dhaka (AsiaOne page + copy on The Frontier Post in the plain batch) ----

DHK = rec(
    cluster="reuters-dhaka-garment-wage-board",
    title="Bangladesh garment makers agree to bring forward wage review after protests",
    date="2025-02-11",
    dateline="DHAKA, Feb 11 (Reuters) - ",
    city="Dhaka",
    country="BD",
    region="asia",
    agency="Reuters",
    authors=["Farhana Kabir"],
    editors=["Clarence Vogt", "Imelda Orr"],
    lang="en",
    description="Factory owners and unions will meet in April, six months earlier than planned.",
    paras=P("""
Bangladesh's garment factory owners have agreed to bring forward a review of the minimum wage for the
country's four million clothing workers, the labour ministry said on Tuesday, after a week of protests
shut dozens of factories outside the capital.

Owners and union leaders will meet in April, six months earlier than scheduled, to discuss an increase
in the monthly minimum wage of 12,500 taka, Labour Secretary Nurul Haque told reporters.

Workers in the industrial belts of Gazipur and Ashulia say the current wage no longer covers rent and
food after a year of high inflation.

"We cannot wait until October while prices keep rising every week," said Rokeya Begum, a sewing machine
operator and union organiser in Ashulia.

The Bangladesh Garment Manufacturers and Exporters Association said most factories had reopened on
Tuesday and that exporters could not absorb a large rise without higher prices from buyers.

Bangladesh is the world's second-largest exporter of ready-made clothes after China, and garments make
up more than 80% of its export earnings.

Police said about 40 people had been injured in clashes during the protests.
"""),
    must_have=[
        "Owners and union leaders will meet in April, six months earlier than scheduled, to discuss an increase in the monthly minimum wage of 12,500 taka, Labour Secretary Nurul Haque told reporters.",
        "Police said about 40 people had been injured in clashes during the protests.",
    ],
)
DHK_CREDITS = "(Reporting by Farhana Kabir; Editing by Clarence Vogt and Imelda Orr)"

# ---- cluster: AFP, Conakry (L'Humanité page + copy on Africaguinee in the plain batch) ----

CKY = rec(
    cluster="afp-conakry-port-autonome-greve",
    title="Guinée : grève des dockers au port autonome de Conakry, les navires bloqués en rade",
    date="2025-09-17",
    dateline="Conakry (AFP) - ",
    city="Conakry",
    country="GN",
    region="africa",
    agency="AFP",
    lang="fr",
    description="Les dockers réclament le paiement de primes et de meilleures conditions de sécurité.",
    paras=P("""
Les dockers du port autonome de Conakry ont entamé mardi une grève illimitée pour réclamer le paiement
d'arriérés de primes, paralysant le déchargement de plusieurs navires, ont indiqué des syndicalistes.

Une dizaine de navires de marchandises attendaient mercredi au large de la capitale guinéenne, selon un
responsable de la capitainerie joint par l'AFP.

Les grévistes affirment ne pas avoir touché leurs primes de rendement depuis le mois de mars et dénoncent
l'absence d'équipements de protection sur les quais.

« Nous travaillons jour et nuit sous la pluie, sans gants ni casques, et on nous dit d'attendre encore »,
a déclaré un délégué syndical, sous couvert d'anonymat.

La direction du port a assuré dans un communiqué que les sommes dues seraient versées « dans les meilleurs
délais » et appelé les dockers à reprendre le travail.

Les commerçants du grand marché de Madina craignent une hausse des prix du riz et de l'huile, en grande
partie importés par voie maritime.

Le port de Conakry est la principale porte d'entrée des marchandises en Guinée.
"""),
    must_have=[
        "Une dizaine de navires de marchandises attendaient mercredi au large de la capitale guinéenne, selon un responsable de la capitainerie joint par l'AFP.",
        "Le port de Conakry est la principale porte d'entrée des marchandises en Guinée.",
    ],
)

# ---- cluster: ANSA, Reggio Emilia (Gazzetta di Reggio page + copy on Affaritaliani in the gzipped batch) ----

RE = rec(
    cluster="ansa-reggioemilia-stazione-mediopadana",
    title="Mediopadana, in arrivo dieci nuovi treni Frecciarossa al giorno",
    date="2025-05-08",
    dateline="(ANSA) - REGGIO EMILIA, 08 MAG - ",
    city="Reggio Emilia",
    country="IT",
    region="europe",
    agency="ANSA",
    lang="it",
    description="Con l'orario estivo la stazione AV di Reggio Emilia avrà 86 fermate quotidiane.",
    paras=P("""
Dieci nuove fermate giornaliere dell'alta velocità alla stazione Mediopadana di Reggio Emilia a partire
dall'orario estivo di giugno.

Lo ha annunciato oggi il Comune, al termine di un incontro con i vertici di Trenitalia e della Regione
Emilia-Romagna.

Con le nuove corse le fermate quotidiane dei treni ad alta velocità saliranno a 86, contro le 76 attuali.

Le nuove fermate riguarderanno soprattutto i collegamenti con Milano e Roma nelle fasce del mattino e
della sera, le più richieste dai pendolari.

"È un risultato atteso da tempo da cittadini e imprese del territorio", ha commentato l'assessore
alla Mobilità, Carla Ferretti.

Nel 2024 la stazione ha registrato circa 2,4 milioni di passeggeri,
il dato più alto dalla sua apertura.

Resta aperto il nodo dei parcheggi, spesso saturi nei giorni feriali: il Comune ha annunciato un nuovo
parcheggio da 400 posti entro la fine del 2026.

Il nuovo orario entrerà in vigore domenica 8 giugno.
"""),
    must_have=[
        "Con le nuove corse le fermate quotidiane dei treni ad alta velocità saliranno a 86, contro le 76 attuali.",
        "Nel 2024 la stazione ha registrato circa 2,4 milioni di passeggeri, il dato più alto dalla sua apertura.",
    ],
)

# ---- cluster: Daily Liberal (Dubbo, NSW), page + noisy re-scrape ----

DUB = rec(
    cluster="dailyliberal-dubbo-saleyards-roof",
    title="Dubbo Regional Livestock Markets roof upgrade to go ahead after $9 million grant",
    date="2025-04-15",
    country="AU",
    region="oceania",
    authors=["Harriet Coombes"],
    lang="en",
    caption="Cattle in the selling pens at the Dubbo Regional Livestock Markets.",
    credit="Amy Gillard",
    paras=P("""
Work to roof the cattle selling pens at the Dubbo Regional Livestock Markets will start this winter
after council secured a $9 million state grant for the project.

The roof will cover about 20,000 square metres of pens, protecting stock and agents from heat in summer
and mud in winter.

Dubbo Regional Council manager of the saleyards, Grant Eckersley, said the upgrade had been on the wish
list of agents and producers for more than a decade.

"On a 40 degree day in January it is hard on the cattle and it is hard on the people working them," he
said.

Council will also install solar panels on the new roof, which are expected to cover most of the power
used at the site.

The saleyards sold more than 250,000 head of cattle last financial year, making them one of the biggest
in the state.

Sales will continue during construction, with work staged around the weekly cattle and sheep sales.

The project is expected to be finished by the middle of next year.
"""),
    must_have=[
        "The roof will cover about 20,000 square metres of pens, protecting stock and agents from heat in summer and mud in winter.",
        "Sales will continue during construction, with work staged around the weekly cattle and sheep sales.",
    ],
)
DUB_PRE = ["Daily Liberal", "News", "Sport", "Business", "Community", "Rural", "Obituaries", "Notices", "Today's Paper", "Subscribe", "Log in"]
DUB_HEAD = ["By Harriet Coombes", "April 15 2025 - 5:30am"]
DUB_CAP = ["Cattle in the selling pens at the Dubbo Regional Livestock Markets. Picture by Amy Gillard"]
DUB_COPY = "\u00a9 2025 Australian Community Media. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Daily Liberal (Dubbo): original of the re-scrape cluster.
    dict(DUB, role="original", file="dailyliberal_dubbo_saleyards_roof.txt", render="text",
         pre=[DUB_PRE, ["Local News"]], head=[DUB_HEAD, ["Share"]], cap_lines=DUB_CAP,
         inserts={2: ["Advertisement"], 5: ["READ ALSO:", "Macquarie River foreshore path closed for repairs"]},
         tail=[["Get the latest Dubbo news delivered to your inbox", "Sign up for our newsletter"],
               ["More from Local News"],
               [DUB_COPY]]),
    dict(DUB, role="rescrape", file="dailyliberal_dubbo_saleyards_roof_rescrape.txt.gz", render="text", noise=True,
         pre=[DUB_PRE], head=[DUB_HEAD], cap_lines=DUB_CAP, tail=[[DUB_COPY]]),
    # Correio do Minho (Braga, Portuguese): Lusa copy with a 'Braga, 14 mai 2025 (Lusa) - ' dateline.
    rec(cluster="correiodominho-lusa-braga-brt", role="single", file="correiodominho_lusa_braga_brt_pt.txt", render="text",
        title="Braga lança concurso para primeira linha de autocarros rápidos",
        date="2025-05-14", dateline="Braga, 14 mai 2025 (Lusa) - ", city="Braga", country="PT", region="europe",
        lang="pt", agency="Lusa",
        pre=[["Correio do Minho", "Braga", "Minho", "Desporto", "Economia", "Cultura", "Opinião", "Edição Impressa", "Assinaturas"]],
        head=[["Redação / Lusa"], ["14 maio 2025 16:42"]],
        inserts={2: ["Publicidade"], 5: ["Leia também", "Metrobus: câmara apresenta traçado em sessão pública"]},
        tail=[["Partilhar", "Facebook", "Twitter", "WhatsApp"],
              ["Comentários", "Tem de estar registado para comentar."],
              ["\u00a9 2025 Correio do Minho. Todos os direitos reservados."]],
        paras=P("""
A Câmara Municipal de Braga lançou hoje o concurso público para a construção da primeira linha de
autocarros de alta capacidade da cidade, um investimento de 68 milhões de euros.

A linha, com cerca de 11 quilómetros, vai ligar a zona da Universidade do Minho, em Gualtar, à estação
ferroviária, com 19 paragens ao longo do percurso.

O projeto é financiado em grande parte pelo Plano de Recuperação e Resiliência, o que obriga a que a
obra esteja concluída até ao final de 2026.

Segundo o vereador da Mobilidade, Joaquim Lopes, os veículos circularão em faixa própria na maior parte
do trajeto, com prioridade nos semáforos.

"Queremos que seja mais rápido ir de autocarro do que de carro entre o centro e a universidade",
afirmou o autarca, citado em comunicado.

A autarquia estima que a nova linha transporte cerca de 20 mil passageiros por dia.

As empresas interessadas têm 45 dias para apresentar propostas.

Os autocarros serão totalmente elétricos e os trabalhos deverão começar no início de 2026.
"""),
        must_have=[
            "A linha, com cerca de 11 quilómetros, vai ligar a zona da Universidade do Minho, em Gualtar, à estação ferroviária, com 19 paragens ao longo do percurso.",
            "As empresas interessadas têm 45 dias para apresentar propostas.",
        ]),
    # Kookmin Ilbo (Korean): Yonhap copy with a '(부산=연합뉴스) ... 기자 = ' dateline.
    rec(cluster="kookmin-yonhap-busan-ferry-terminal", role="single", file="kookmin_yonhap_busan_ferry_ko.txt", render="text",
        title="부산항 국제여객터미널 이용객 역대 최다…일본 노선 인기",
        date="2025-08-05", dateline="(부산=연합뉴스) 정하늘 기자 = ", city="Busan", country="KR", region="asia",
        lang="ko", agency="Yonhap", authors=["정하늘"],
        pre=[["국민일보", "정치", "경제", "사회", "국제", "스포츠", "연예", "미션라이프", "오피니언"]],
        head=[["입력:2025-08-05 14:21"], ["글자크기 설정", "공유하기"]],
        inserts={3: ["광고"]},
        tail=[["haneul@yna.co.kr"],
              ["GoodNews paper \u24d2 국민일보(www.kmib.co.kr), 무단전재 및 수집, 재배포 및 AI학습 사용 금지"],
              ["많이 본 기사"]],
        paras=P("""
올해 상반기 부산항 국제여객터미널을 이용한 승객이 역대 가장 많은 것으로 나타났다.

부산항만공사는 올해 1∼6월 국제여객터미널 이용객이 모두 82만 명으로 집계됐다고 5일 밝혔다.

이는 지난해 같은 기간보다 27% 늘어난 것으로, 상반기 기준으로 터미널 개장 이후 가장 많다.

노선별로는 일본 후쿠오카와 쓰시마를 오가는 여객선 이용객이 전체의 90% 이상을 차지했다.

엔화 약세가 이어지면서 주말을 이용해 일본을 찾는 여행객이 크게 늘었다고 공사는 설명했다.

공사 관계자는 "하반기에도 이용객 증가세가 이어질 것으로 보고 출입국 심사대를 늘리는 방안을 관계 기관과 협의하고 있다"고 말했다.

공사는 성수기 혼잡을 줄이기 위해 터미널 주차장을 확충하고 셔틀버스 운행도 늘릴 계획이다.

부산과 일본을 잇는 여객선 노선은 현재 6개가 운영되고 있다.

공사는 또 내년부터 터미널 내 면세점과 식당 등 편의시설을 대폭 확충하기로 했다. 이를 위해 터미널 2층 일부 공간을 리모델링할 예정이며, 공사 기간에도 여객 업무에는 지장이 없도록 할 방침이다.

지역 관광업계에서는 일본인 관광객의 부산 방문도 함께 늘고 있어 여객선 노선을 추가로 유치해야 한다는 목소리가 나온다. 한 여행사 대표는 "주말이면 표를 구하기 어려울 정도로 수요가 많다"며 "오사카나 나가사키 노선이 새로 생기면 이용객이 더 늘 것"이라고 말했다.

부산시도 해양관광 활성화를 위해 항만공사와 함께 일본 현지에서 홍보 행사를 열 계획이다. 시는 여객선 이용객을 대상으로 부산 시내 관광지 할인 쿠폰을 제공하는 방안도 검토하고 있다.
"""),
        must_have=[
            "노선별로는 일본 후쿠오카와 쓰시마를 오가는 여객선 이용객이 전체의 90% 이상을 차지했다.",
            "공사는 성수기 혼잡을 줄이기 위해 터미널 주차장을 확충하고 셔틀버스 운행도 늘릴 계획이다.",
        ]),
    # Independent Nigeria: NAN copy with a 'Kano, March 4, 2025 (NAN) – ' dateline.
    rec(cluster="independentng-nan-kano-light-rail", role="single", file="independentng_nan_kano_rail.txt", render="text",
        title="Kano Govt Signs Agreement For Light Rail Feasibility Study",
        date="2025-03-04", dateline="Kano, March 4, 2025 (NAN) \u2013 ", city="Kano", country="NG", region="africa",
        lang="en", agency="NAN",
        pre=[["Independent Newspaper Nigeria", "News", "Politics", "Business", "Sports", "Entertainment", "Health", "Columnists", "E-Paper"]],
        head=[["By Our Correspondent"], ["On Mar 4, 2025"], ["Share"]],
        inserts={3: ["ADVERTISEMENT"], 5: ["READ ALSO:", "FG Approves N12bn For Rehabilitation Of Kano-Maiduguri Road"]},
        tail=[["(NAN)"], ["Prev Post", "Next Post"],
              ["You might also like"],
              ["\u00a9 2025 - Independent Newspapers Nigeria. All Rights Reserved."]],
        paras=P("""
The Kano State Government has signed an agreement with a consortium of consultants to carry out a
feasibility study for a light rail system in the state capital.

The Commissioner for Transport, Alhaji Musa Danladi, disclosed this at the signing ceremony in Kano on
Tuesday.

He said the study, which would take nine months, would determine the routes, cost and financing options
for the project.

According to him, the first phase of the rail line is expected to link the city centre with Sabon Gari
market and the Mallam Aminu Kano International Airport.

Danladi said the growing population of the city had made it necessary to find alternatives to
motorcycles and tricycles, which currently carry most commuters.

"A modern rail system will reduce traffic congestion and accidents on our roads," he said.

The representative of the consortium, Mr Tunde Bakare-Olu, said the firm would work closely with
traditional rulers and market associations during the study.

He added that the team would begin a household travel survey across the metropolis next month.
"""),
        must_have=[
            "He said the study, which would take nine months, would determine the routes, cost and financing options for the project.",
            "He added that the team would begin a household travel survey across the metropolis next month.",
        ]),
    # Kiama Independent (ACM layout): AAP copy, bylined AAP reporter and 'Australian Associated Press' line.
    rec(cluster="kiamaindependent-aap-student-visa-fee", role="single", file="kiamaindependent_aap_student_visa_fee.txt", render="text",
        title="International student visa fee to rise again to $2000",
        date="2025-06-26", country="AU", region="oceania", lang="en", agency="AAP", authors=["Tess Ambrose"],
        pre=[["Kiama Independent", "News", "Sport", "Community", "What's On", "Business", "Obituaries", "Subscribe", "Log in"],
             ["National"]],
        head=[["By Tess Ambrose"], ["Australian Associated Press"], ["Updated June 26 2025 - 4:12pm, first published 3:40pm"]],
        inserts={3: ["Advertisement"]},
        tail=[["AAP"], ["Get the latest news from Kiama and the South Coast in your inbox", "Sign up for our newsletter"],
              ["More from National"],
              ["\u00a9 2025 Australian Community Media. All rights reserved."]],
        paras=P("""
The fee for an international student visa will rise to $2000 from July 1, the federal government has
announced, making Australia one of the most expensive countries in the world to apply to study in.

The charge is currently $1600, after it was more than doubled last year.

Education Minister Paul Hartigan said the higher fee would help fund vocational training and ease
pressure on housing in the major cities.

Universities Australia chief executive Leonie Marsh said the increase sent the wrong message to students
considering Australia.

"Every time we put up another barrier, students look at Canada, the UK and the US instead," he said.

The Greens said the government was treating international students as a source of revenue rather than
as members of the community.

About 800,000 international students were enrolled in Australia last year, the largest groups coming from
China and India.

The fee for students already in Australia who apply for a new visa will also rise.

Language schools, which depend heavily on short-term students from Japan, South Korea and Brazil, said
they expected a drop in enrolments later this year.
"""),
        must_have=[
            "The charge is currently $1600, after it was more than doubled last year.",
            "The fee for students already in Australia who apply for a new visa will also rise.",
        ]),
    # El Khabar (Algeria, Arabic): staff.
    rec(cluster="elkhabar-oran-tramway-extension", role="single", file="elkhabar_oran_tramway_ar.txt", render="text",
        title="وهران: انطلاق أشغال توسعة خط الترامواي نحو بلقايد",
        date="2025-10-14", country="DZ", region="africa", lang="ar", authors=["سمير بن عودة"],
        pre=[["الخبر", "الوطني", "الاقتصاد", "الرياضة", "الدولي", "الثقافة", "المجتمع", "فيديو"]],
        head=[["سمير بن عودة"], ["14/10/2025 - 11:35"]],
        inserts={2: ["إشهار"], 4: ["اقرأ أيضا", "وهران: تسليم 1200 مسكن بصيغة عدل قبل نهاية السنة"]},
        tail=[["شارك المقال"], ["التعليقات"],
              ["جميع الحقوق محفوظة \u00a9 2025 الخبر"]],
        paras=P("""
انطلقت، أمس، أشغال توسعة خط ترامواي وهران نحو القطب الجامعي بلقايد، في مشروع ينتظره آلاف الطلبة
والعمال منذ سنوات.

ويمتد الخط الجديد على مسافة 7 كيلومترات ويضم 9 محطات، حسب ما أفاد به مدير النقل لولاية وهران.

وقدرت تكلفة المشروع بنحو 24 مليار دينار، على أن تستغرق الأشغال 30 شهرا.

وأوضح المسؤول ذاته أن الشركة المكلفة بالإنجاز ستعمل بنظام المناوبة لتقليص آجال التسليم.

ويعاني الطلبة المقيمون في الأحياء الجامعية ببلقايد من نقص حافلات النقل، خاصة في ساعات الذروة.

وقال أحد الطلبة إن الوصول إلى وسط المدينة يستغرق أحيانا أكثر من ساعة.

وسيتم تحويل حركة المرور في عدد من المحاور خلال فترة الأشغال، مع وضع لافتات توجيهية.

ويبلغ عدد مستعملي ترامواي وهران حاليا نحو 60 ألف راكب يوميا.

ويشمل المشروع أيضا إنجاز مستودع جديد لصيانة العربات وموقف للسيارات قرب المحطة النهائية، لتشجيع أصحاب السيارات على استعمال الترامواي.

وأكد مدير النقل أن المصالح المعنية ستعمل على تنسيق مواعيد الحافلات مع مواعيد الترامواي في المحطات الكبرى.

من جهتهم، طالب سكان الأحياء المجاورة للمشروع بتوفير ممرات آمنة للراجلين طيلة فترة الأشغال، خاصة قرب المدارس.
"""),
        must_have=[
            "وقدرت تكلفة المشروع بنحو 24 مليار دينار، على أن تستغرق الأشغال 30 شهرا.",
            "ويعاني الطلبة المقيمون في الأحياء الجامعية ببلقايد من نقص حافلات النقل، خاصة في ساعات الذروة.",
        ]),
    # Anandabazar Patrika (Kolkata, Bengali): staff, 'নিজস্ব সংবাদদাতা' desk byline.
    rec(cluster="anandabazar-kolkata-ferry-ghats", role="single", file="anandabazar_kolkata_ferry_bn.txt", render="text",
        title="গঙ্গায় নতুন ছ'টি ফেরিঘাট, যাত্রী টানতে বাড়ছে লঞ্চ",
        date="2025-11-20", country="IN", region="asia", lang="bn",
        pre=[["আনন্দবাজার অনলাইন", "কলকাতা", "রাজ্য", "দেশ", "বিদেশ", "খেলা", "বিনোদন", "জীবনযাপন", "ই-পেপার"]],
        head=[["নিজস্ব সংবাদদাতা"], ["কলকাতা", "শেষ আপডেট: ২০ নভেম্বর ২০২৫ ০৭:১৫"]],
        inserts={2: ["বিজ্ঞাপন"]},
        tail=[["আনন্দবাজার অনলাইনের খবর পেতে হোয়াটসঅ্যাপ চ্যানেল ফলো করুন"],
              ["শেয়ার করুন"],
              ["\u00a9 2025 ABP Pvt. Ltd. All rights reserved."]],
        paras=P("""
গঙ্গার দুই পাড়ে যাত্রী পরিবহণ বাড়াতে ছ’টি নতুন ফেরিঘাট তৈরি করছে রাজ্য পরিবহণ দফতর।

দফতর সূত্রের খবর, নতুন ঘাটগুলির মধ্যে চারটি হুগলি জেলায় এবং দু’টি উত্তর ২৪ পরগনায় তৈরি হবে।

প্রকল্পের জন্য প্রায় ৯৫ কোটি টাকা বরাদ্দ করা হয়েছে।

পরিবহণ দফতরের এক কর্তা জানান, ঘাটগুলিতে ভাসমান জেটি, যাত্রীদের বসার জায়গা এবং টিকিট কাউন্টার থাকবে।

পাশাপাশি আরও ১৫টি নতুন লঞ্চ কেনা হচ্ছে, যার মধ্যে পাঁচটি বিদ্যুৎচালিত।

নিত্যযাত্রীদের একাংশের অভিযোগ, এখন অনেক ঘাটে লঞ্চের জন্য আধ ঘণ্টারও বেশি অপেক্ষা করতে হয়।

দফতরের আশা, আগামী বছরের পুজোর আগেই নতুন ঘাটগুলি চালু করা যাবে।

বর্তমানে গঙ্গায় ফেরি পরিষেবায় প্রতিদিন প্রায় দেড় লক্ষ মানুষ যাতায়াত করেন।

পরিবহণ দফতর জানিয়েছে, নতুন ঘাটগুলিতে প্রতিবন্ধী যাত্রীদের জন্য র‍্যাম্প এবং আলাদা শৌচাগারের ব্যবস্থাও থাকবে।

বর্ষার সময়ে গঙ্গায় জলস্তর বেড়ে গেলে অনেক পুরনো জেটি বিপজ্জনক হয়ে পড়ে বলে অভিযোগ দীর্ঘ দিনের।

সেই সমস্যা মেটাতে নতুন ভাসমান জেটিগুলি জলস্তরের সঙ্গে ওঠানামা করবে বলে জানিয়েছেন ইঞ্জিনিয়াররা।

ঘাটগুলিতে সিসি ক্যামেরা বসানো হবে এবং রাতে পর্যাপ্ত আলোর ব্যবস্থা করা হবে বলেও জানানো হয়েছে।

লঞ্চের টিকিট অনলাইনে কাটার জন্য একটি অ্যাপ চালুর পরিকল্পনাও রয়েছে দফতরের।
"""),
        must_have=[
            "প্রকল্পের জন্য প্রায় ৯৫ কোটি টাকা বরাদ্দ করা হয়েছে।",
            "পাশাপাশি আরও ১৫টি নতুন লঞ্চ কেনা হচ্ছে, যার মধ্যে পাঁচটি বিদ্যুৎচালিত।",
        ]),
    # Clare Champion (Ennis, Ireland): staff.
    rec(cluster="clarechampion-ennis-ennistymon-greenway", role="single", file="clarechampion_ennis_greenway.txt", render="text",
        title="Ennis to Ennistymon greenway route chosen after two years of consultation",
        date="2025-07-09", country="IE", region="europe", lang="en", authors=["Orla Considine"],
        pre=[["The Clare Champion", "News", "Sport", "Business", "Farming", "Lifestyle", "Opinion", "Death Notices", "Subscribe"]],
        head=[["Orla Considine"], ["July 9, 2025"], ["3 minute read"]],
        inserts={3: ["Advertisement"], 6: ["Related", "Shannon Airport passenger numbers climb for third year"]},
        tail=[["Tags", "Ennis", "Greenway", "Clare County Council"],
              ["Orla Considine is a reporter with The Clare Champion."],
              ["\u00a9 2025 The Clare Champion. All rights reserved."]],
        paras=P("""
Clare County Council has chosen a preferred route for a 30km greenway between Ennis and Ennistymon,
following two years of public consultation.

The route will largely follow the line of the old West Clare Railway, which closed in 1961.

Around 60 landowners will be affected, and council officials said they hope to reach voluntary
agreements with all of them.

Senior engineer Declan Hehir said the greenway would bring walkers and cyclists into towns and
villages that tourists often pass through.

"This is about giving people a reason to stop in Corofin and Ennistymon, not just drive through them,"
he said.

Some farmers have raised concerns about privacy, dogs and access to their land on either side of the
route.

The council said it would provide new fencing, gates and underpasses where the greenway divides farms.

The project is estimated to cost around €35 million and will be funded by the Department of Transport.

A planning application is expected to be lodged early next year.
"""),
        must_have=[
            "The route will largely follow the line of the old West Clare Railway, which closed in 1961.",
            "The council said it would provide new fencing, gates and underpasses where the greenway divides farms.",
        ]),
    # cleveland.com (Ohio): staff, Advance Local layout.
    rec(cluster="clevelandcom-rta-red-line-railcars", role="single", file="clevelandcom_rta_railcars.txt", render="text",
        title="RTA's new Red Line rail cars will start carrying riders next spring",
        date="2025-10-29", country="US", region="americas", lang="en", authors=["Marcus Whitlow"],
        pre=[["cleveland.com", "News", "Sports", "Business", "Entertainment", "Life", "Opinion", "Obituaries", "Jobs", "Sign In"]],
        head=[["By Marcus Whitlow, cleveland.com"], ["Published: Oct. 29, 2025, 6:15 a.m."]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Read more: Cleveland City Council approves new bike lane on Lorain Avenue"]},
        tail=[["If you purchase a product or register for an account through a link on our site, we may receive compensation."],
              ["Note to readers: if you purchase something through one of our affiliate links we may earn a commission."],
              ["\u00a9 2025 Advance Local Media LLC. All rights reserved (About Us)."]],
        paras=P("""
The Greater Cleveland Regional Transit Authority expects its first new rail cars in four decades to
start carrying passengers on the Red Line next spring, officials said Tuesday.

The first of 24 cars arrived from the manufacturer in September and is now being tested at night
between the Tower City and Airport stations.

The cars, which cost about $393 million in total, will replace a fleet that dates to the 1980s and
often breaks down.

RTA chief executive Delia Fontaine said riders would notice more room for bikes and strollers, level
boarding and digital screens showing the next stop.

"These cars are going to change what it feels like to ride the train in this city," she said.

The old cars will be retired gradually as the new ones enter service through 2027.

The Blue and Green lines, which share track with the Red Line downtown, will get new cars later.

RTA carried about 23 million riders across all its services last year.
"""),
        must_have=[
            "The first of 24 cars arrived from the manufacturer in September and is now being tested at night between the Tower City and Airport stations.",
            "The old cars will be retired gradually as the new ones enter service through 2027.",
        ]),
    # GuelphToday (Ontario, Village Media): staff.
    rec(cluster="guelphtoday-guelph-go-trains-all-day", role="single", file="guelphtoday_go_train_service.txt", render="text",
        title="More all-day GO trains coming to Guelph in December",
        date="2025-11-06", country="CA", region="americas", lang="en", authors=["Priya Raman"],
        pre=[["GuelphToday", "Local News", "Police", "City Hall", "Sports", "Obituaries", "Events", "Weather", "Subscribe"]],
        head=[["Priya Raman"], ["Nov 6, 2025 1:45 PM"], ["Share by Email", "Share on Facebook", "Share on X"]],
        inserts={2: ["Advertisement"], 5: ["Sign up for our newsletter", "Get the latest Guelph headlines in your inbox every morning."]},
        tail=[["Priya Raman is a reporter with GuelphToday. Reach her at praman@guelphtoday.com."],
              ["Comments", "Be the first to comment"],
              ["\u00a9 2025 GuelphToday.com, a division of Village Media Inc."]],
        paras=P("""
Guelph commuters will get more GO trains in both directions starting in December, Metrolinx
announced Thursday.

The provincial transit agency said weekday service between Guelph Central and Union Station in
Toronto will increase from six to 12 round trips a day.

Trains will run roughly every hour during the middle of the day, when there is currently no train
service at all.

Mayor Carla Dunning said the change was something the city had been asking for since at least 2019.

"For students and workers who don't drive, this is a huge deal," she said.

Metrolinx said the added trips are possible because of track work completed between Georgetown and
Kitchener over the past two years.

Weekend service will stay at its current level for now.

GO bus routes connecting Guelph with Waterloo and Mississauga will keep running on their existing
schedules.

Metrolinx said more changes to the Kitchener line will be announced in the new year.
"""),
        must_have=[
            "Trains will run roughly every hour during the middle of the day, when there is currently no train service at all.",
            "Weekend service will stay at its current level for now.",
        ]),
]
TEXT_STORIES += [
    # Cambridge News (Reach plc layout): staff.
    rec(cluster="cambridgenews-cambridge-busway-extension", role="single", file="cambridgenews_busway_cambourne.txt", render="text",
        title="Cambourne to Cambridge busway approved despite objections from villages",
        date="2025-03-27", country="GB", region="europe", lang="en", authors=["Tomasz Nowicki"],
        pre=[["Cambridgeshire Live", "News", "Cambridge News", "Sport", "What's On", "Food & Drink", "Property", "Jobs", "Notices"]],
        head=[["Tomasz Nowicki", "Local Democracy Reporter"], ["13:05, 27 Mar 2025"], ["Updated 14:20, 27 Mar 2025"],
              ["Bookmark"]],
        inserts={2: ["Get the latest Cambridgeshire news straight to your inbox"], 4: ["Story Saved", "You can find this story in My Bookmarks."]},
        tail=[["Join the Cambridge News WhatsApp community for the biggest stories"],
              ["Comments"],
              ["Follow Cambridgeshire Live"],
              ["Our Privacy Notice", "Terms of Service", "\u00a9 2025 a Reach plc subsidiary"]],
        paras=P("""
A new busway linking Cambourne with Cambridge has been approved by councillors, despite objections from
several villages along the route.

The Greater Cambridge Partnership scheme includes a 10km dedicated bus road between Cambourne and the
edge of the city, along with a new travel hub near the A428.

Supporters say the busway will cut journey times for thousands of people living in new housing
developments west of the city.

Buses would take around 20 minutes to travel from Cambourne to the city centre, compared with up to an
hour in peak traffic today.

Residents of Hardwick and Coton argued that the route would damage green belt land and that improving
existing roads would be cheaper.

"We are not against buses, we are against concrete through our fields," said Coton resident Margaret
Ashby.

The scheme is expected to cost about £190 million and still needs approval from the Department for
Transport.

Construction could begin in 2027 if funding is confirmed.
"""),
        must_have=[
            "Buses would take around 20 minutes to travel from Cambourne to the city centre, compared with up to an hour in peak traffic today.",
            "Construction could begin in 2027 if funding is confirmed.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_A1 = site("AsiaOne", "https://www.asiaone.example.com", " - AsiaOne", "en_SG", "@asiaonecom",
               ["Singapore", "Asia", "World", "Money", "Lifestyle", "Entertainment", "Food", "Video"],
               ["Copyright \u00a9 2025 AsiaOne. All rights reserved.", "About Us", "Advertise With Us", "Privacy Policy", "Terms of Service"],
               share=["Share", "Facebook", "X", "WhatsApp", "Telegram"], top=["Newsletter", "Search"])
SITE_HUM = site("L'Humanité", "https://www.humanite.example.fr", " - L'Humanité", "fr_FR", "@humanite_fr",
                ["Politique", "Social-Eco", "Monde", "Société", "Culture", "Planète", "Sport", "Débats"],
                ["\u00a9 L'Humanité 2025", "Mentions légales", "Conditions générales", "Données personnelles", "Gestion des cookies"],
                share=["Partager", "Facebook", "X", "LinkedIn", "Copier le lien"], top=["Je m'abonne", "Se connecter", "Journal numérique"],
                cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
                cookie_title="Le respect de votre vie privée est notre priorité",
                buttons=["Accepter et fermer", "Continuer sans accepter", "Personnaliser"])
SITE_GDR = site("Gazzetta di Reggio", "https://www.gazzettadireggio.example.it", " - Gazzetta di Reggio", "it_IT", "@GazzettaReggio",
                ["Reggio", "Provincia", "Cronaca", "Politica", "Economia", "Sport", "Regiano", "Necrologie"],
                ["\u00a9 Copyright 2025 Società Editrice Emiliana - P.IVA 02580620356", "Privacy", "Cookie policy", "Redazione", "Pubblicità"],
                share=["Condividi", "Facebook", "X", "WhatsApp", "Email"], top=["Abbonati", "Accedi", "Edicola digitale"],
                cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.",
                buttons=["Accetta", "Rifiuta", "Scopri di più e personalizza"])
SITE_ACM = site("Actu Cameroun", "https://actucameroun.example.com", " - Actu Cameroun", "fr_FR", "@actucameroun",
                ["Accueil", "Politique", "Société", "Économie", "Sport", "Culture", "International", "Opinions"],
                ["Actu Cameroun \u00a9 2025 - Tous droits réservés", "À propos", "Contact", "Publicité", "Politique de confidentialité"],
                share=["Partager", "Facebook", "X", "WhatsApp", "Telegram"], graph=True)
SITE_MOPO = site("Hamburger Morgenpost", "https://www.mopo.example.de", " | MOPO", "de_DE", "@mopo",
                 ["Hamburg", "Sport", "HSV", "St. Pauli", "Ratgeber", "Deutschland & Welt", "Plus", "Podcast"],
                 ["\u00a9 2025 Morgenpost Verlag GmbH", "Impressum", "Datenschutz", "AGB", "Privatsphäre"],
                 share=["Teilen", "WhatsApp", "Facebook", "X", "E-Mail"], top=["MOPO+", "Abo", "Anmelden"],
                 cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um unser Angebot für Sie zu verbessern und personalisierte Werbung anzuzeigen.",
                 cookie_title="Willkommen bei MOPO",
                 buttons=["Alle akzeptieren", "Mit Werbung lesen", "MOPO+ ohne Werbung"])
SITE_EDP = site("Eastern Daily Press", "https://www.edp24.example.co.uk", " | Eastern Daily Press", "en_GB", "@EDP24",
                ["News", "Sport", "Norwich City", "What's On", "Property", "Business", "Going Out", "Announcements"],
                ["\u00a9 Copyright 2001-2025 Newsquest Media Group Ltd. Registered in England & Wales.", "Contact us", "Terms", "Privacy", "Cookie settings"],
                share=["Share", "Facebook", "X", "WhatsApp", "Email"], top=["Subscribe", "Sign in", "Newsletters"],
                cookie="We and our partners store and/or access information on a device, such as unique IDs in cookies, to process personal data.",
                buttons=["I Accept", "Show Purposes"])
SITE_EUR = site("Euractiv", "https://www.euractiv.example.com", " - Euractiv", "en_GB", "@Euractiv",
                ["Economy", "Energy & Environment", "Politics", "Tech", "Agrifood", "Health", "Transport", "Global Europe"],
                ["\u00a9 2025 Euractiv Media Network BV", "About Euractiv", "Advertise", "Privacy policy", "Terms and Conditions"],
                share=["Share", "LinkedIn", "X", "Facebook", "Email"], top=["Newsletters", "Events", "Log in", "Subscribe"])
SITE_FB = site("The Fresno Bee", "https://www.fresnobee.example.com", "", "en_US", "@FresnoBee",
               ["Local", "Politics", "Education", "Sports", "Opinion", "Vida en el Valle", "Obituaries", "eEdition"],
               ["Copyright 2025 The Fresno Bee. All Rights Reserved.", "About Us", "Terms of Service", "Privacy Policy", "Do Not Sell or Share My Personal Information"],
               share=["Facebook", "X", "Email", "Copy Link"], top=["Subscribe", "Log In"])
SITE_GT = site("Gippsland Times", "https://www.gippslandtimes.example.com.au", " | Gippsland Times", "en_AU", "@gippslandtimes",
               ["Home", "News", "Sport", "Community", "Opinion", "Classifieds", "Public Notices", "E-Edition"],
               ["\u00a9 2025 Gippsland Times", "About", "Contact", "Advertise", "Privacy"],
               share=["Share", "Facebook", "X", "Email"])
SITE_AG = site("Africaguinee.com", "https://www.africaguinee.example.com", " - Africaguinee.com", "fr_FR", "@africaguinee",
               ["Accueil", "Politique", "Économie", "Société", "Sport", "Culture", "Afrique", "Interview"],
               ["\u00a9 Africaguinee.com 2025", "Qui sommes-nous", "Publicité", "Contact", "Mentions légales"],
               share=["Partager", "Facebook", "X", "WhatsApp"])

HTML_STORIES = [
    # AsiaOne (original of the Reuters cluster).
    dict(DHK, role="original", file="asiaone_reuters_dhaka_garment_wages.html", render="html",
         site=SITE_A1, section="World", meta_section="World",
         url="https://www.asiaone.example.com/world/bangladesh-garment-makers-agree-bring-forward-wage-review-after-protests",
         published="2025-02-11T19:40:00+08:00",
         ld_author=[{"@type": "Organization", "name": "Reuters"}],
         byline_lines=["Reuters"], date_lines=["PUBLISHED ON February 11, 2025 7:40 PM"],
         caption="Garment workers block a road during a protest demanding higher wages in Ashulia, Bangladesh, Feb 6, 2025.",
         credit="REUTERS/Rafiqul Amin",
         inserts={2: [("ad", "Advertisement")], 4: [("link", "ALSO READ:", "Sri Lanka apparel exporters eye new markets as US orders slow")]},
         end_lines=[DHK_CREDITS, "This article was first published in Reuters."],
         below_body=[("disclaimer", "This website is best viewed using the latest versions of web browsers.")],
         tags=("Topics", ["Bangladesh", "Labour and Employment", "Garment industry", "Reuters"]),
         lists=[("Trending", ["Woman fined for feeding pigeons in Tampines", "New hawker centre to open in Bidadari next year"])],
         newsletter_end=["Get the latest news in your inbox", "Sign up for AsiaOne newsletters"]),
    # L'Humanité (original of the AFP cluster).
    dict(CKY, role="original", file="humanite_afp_conakry_dockers_fr.html", render="html",
         site=SITE_HUM, section="Monde", meta_section="Monde",
         url="https://www.humanite.example.fr/monde/guinee/guinee-greve-des-dockers-au-port-autonome-de-conakry-les-navires-bloques-en-rade",
         published="2025-09-17T14:10:00+02:00", modified="2025-09-17T16:25:00+02:00",
         ld_author=[{"@type": "Organization", "name": "L'Humanité avec AFP"}],
         breadcrumbs=["Monde", "Guinée"],
         byline_lines=["L'Humanité avec AFP"], date_lines=["Publié le 17 septembre 2025 à 14h10", "Mis à jour le 17 septembre 2025 à 16h25"],
         caption="Des conteneurs sur les quais du port autonome de Conakry.", credit="IBRAHIMA DOUMBOUYA / AFP",
         credit_shown="© IBRAHIMA DOUMBOUYA / AFP",
         inserts={3: [("ad", "Publicité")], 5: [("link", "Lire aussi", "Au Sénégal, les pêcheurs artisanaux face aux chalutiers étrangers")]},
         below_body=[("support", "L'Humanité a besoin de vous. Faites un don ou abonnez-vous."), ("support", "Je soutiens l'Humanité")],
         lists=[("Les plus lus", ["Retraites : les syndicats appellent à une nouvelle journée de mobilisation", "Fête de l'Humanité : le programme complet"])]),
    # Gazzetta di Reggio (original of the ANSA cluster).
    dict(RE, role="original", file="gazzettadireggio_ansa_mediopadana_it.html", render="html",
         site=SITE_GDR, section="Reggio", meta_section="Reggio",
         url="https://www.gazzettadireggio.example.it/reggio/2025/05/08/news/mediopadana_in_arrivo_dieci_nuovi_treni_frecciarossa_al_giorno-1472213",
         published="2025-05-08T15:32:00+02:00",
         ld_author=[{"@type": "Organization", "name": "ANSA"}],
         byline_lines=["Redazione"], date_lines=["08 maggio 2025"],
         above_body=[("reading", "1 minuti di lettura")],
         caption="La stazione Mediopadana dell'alta velocità.", credit="Ansa",
         credit_shown="(Foto Ansa)",
         inserts={2: [("ad", "Pubblicità")], 4: [("link", "Leggi anche:", "Tangenziale nord, via libera al secondo lotto")]},
         below_body=[("ansa", "Riproduzione riservata \u00a9 Copyright ANSA")],
         tags=("Argomenti", ["Trasporti", "Mediopadana", "Trenitalia"]),
         lists=[("I più letti", ["Incidente sulla via Emilia, chiusa per due ore", "Regiana, ecco il nuovo allenatore"])]),
    # Actu Cameroun (Douala, French): staff.
    rec(cluster="actucameroun-douala-pont-wouri-embouteillages", role="single", file="actucameroun_douala_wouri_fr.html", render="html",
        site=SITE_ACM, title="Douala : le second pont sur le Wouri fermé la nuit pour travaux pendant trois semaines",
        date="2025-01-22", country="CM", region="africa", lang="fr", authors=["Armand Ngando"],
        section="Société", meta_section="Société",
        url="https://actucameroun.example.com/2025/01/22/douala-le-second-pont-sur-le-wouri-ferme-la-nuit-pour-travaux-pendant-trois-semaines/",
        description="La circulation sera interdite de 22 heures à 5 heures du matin.",
        published="2025-01-22T09:15:00+01:00",
        breadcrumbs=["Accueil", "Société"],
        byline_lines=["Par Armand Ngando"], date_lines=["22 janvier 2025"],
        above_body=[("views", "1 437 vues")],
        caption="Le second pont sur le Wouri, à Douala.", credit="Actu Cameroun",
        credit_shown="Crédit photo : Actu Cameroun",
        inserts={2: [("ad", "Publicité")], 4: [("link", "LIRE AUSSI :", "Yaoundé : la Communauté urbaine lance la réhabilitation de l'avenue Kennedy")]},
        below_body=[("follow", "Suivez Actu Cameroun sur WhatsApp"), ("comment", "Laisser un commentaire")],
        lists=[("Articles similaires", ["Douala : les motos-taxis interdits sur trois axes", "Kribi : le port en eau profonde bat un record de trafic"])],
        paras=P("""
Le second pont sur le Wouri sera fermé à la circulation toutes les nuits, de 22 heures à 5 heures, à
partir du lundi 27 janvier et pendant trois semaines, a annoncé le ministère des Travaux publics.

Ces fermetures doivent permettre le remplacement des joints de dilatation et la réfection de la chaussée
sur une partie de l'ouvrage.

Pendant les travaux, les automobilistes devront emprunter l'ancien pont, déjà très chargé aux heures de
pointe.

Les transporteurs de marchandises à destination de l'Ouest et du Nord-Ouest craignent des retards de
livraison.

« Nos camions vont passer des heures à attendre, et ce sont les commerçants qui vont payer », déplore
Jean-Paul Ekwalla, responsable d'un syndicat de transporteurs.

Les autorités assurent que des agents de la circulation seront déployés aux entrées des deux ponts.

Les piétons pourront continuer à traverser le second pont sur la voie qui leur est réservée.

Mis en service en 2017, l'ouvrage relie le centre de Douala à l'arrondissement de Bonabéri.
"""),
        must_have=[
            "Ces fermetures doivent permettre le remplacement des joints de dilatation et la réfection de la chaussée sur une partie de l'ouvrage.",
            "Les piétons pourront continuer à traverser le second pont sur la voie qui leur est réservée.",
        ]),
    # Hamburger Morgenpost (gzipped page, German): staff.
    rec(cluster="mopo-hamburg-u5-tunnel-baustart", role="single", file="mopo_hamburg_u5_bauabschnitt_de.html.gz", render="html",
        site=SITE_MOPO, title="U5: Hochbahn vergibt nächsten Tunnelabschnitt – das ändert sich für Anwohner",
        date="2025-06-18", country="DE", region="europe", lang="de", authors=["Jana Petersen"],
        section="Hamburg", meta_section="Hamburg",
        url="https://www.mopo.example.de/hamburg/u5-hochbahn-vergibt-naechsten-tunnelabschnitt-das-aendert-sich-fuer-anwohner/",
        description="Ab Herbst wird zwischen Sengelmannstraße und City Nord gebaut.",
        published="2025-06-18T16:48:00+02:00", free=False,
        byline_lines=["Von Jana Petersen"], date_lines=["18.06.25, 16:48 Uhr"],
        kicker="Großprojekt",
        above_body=[("plus", "MOPO+"), ("listen", "Artikel anhören")],
        caption="Eine Tunnelbohrmaschine für die U5 in der Startbaugrube an der Sengelmannstraße.", credit="dpa | Lena Vossberg",
        credit_shown="Foto: dpa | Lena Vossberg",
        inserts={3: [("ad", "Anzeige")]},
        below_body=[("paywall", "Weiterlesen mit MOPO+"), ("paywall", "Jetzt für 1 € testen")],
        lists=[("Meistgelesen", ["Elbtunnel: Vollsperrung am Wochenende", "Hafengeburtstag 2026: Das ist geplant"])],
        paras=P("""
Die Hamburger Hochbahn hat den Auftrag für den nächsten Tunnelabschnitt der neuen U-Bahn-Linie U5
vergeben.

Zwischen der Sengelmannstraße und der City Nord sollen ab Herbst zwei Tunnelröhren mit einer Länge von
jeweils rund 1,6 Kilometern gebohrt werden.

Der Auftrag hat ein Volumen von rund 480 Millionen Euro und ging an eine Arbeitsgemeinschaft aus drei
Bauunternehmen.

Für die Anwohner in Barmbek-Nord und Winterhude bedeutet das vor allem mehr Lastwagenverkehr rund um die
Baustelleneinrichtung.

„Wir wissen, dass das eine Belastung ist, und werden die Anwohner regelmäßig informieren", sagte eine
Sprecherin der Hochbahn.

Die Hochbahn will einen Großteil des Aushubs per Förderband abtransportieren, um die Straßen zu entlasten.

Der erste Abschnitt der U5 zwischen Bramfeld und der City Nord soll nach aktueller Planung Anfang der
2030er Jahre in Betrieb gehen.

Insgesamt soll die neue Linie einmal 24 Kilometer lang sein und 23 Haltestellen haben.

Die Hochbahn rechnet mit bis zu 270.000 Fahrgästen pro Tag.
"""),
        must_have=[
            "Der Auftrag hat ein Volumen von rund 480 Millionen Euro und ging an eine Arbeitsgemeinschaft aus drei Bauunternehmen.",
            "Die Hochbahn will einen Großteil des Aushubs per Förderband abtransportieren, um die Straßen zu entlasten.",
        ]),
]
HTML_STORIES += [
    # Eastern Daily Press (Norwich, Newsquest layout): staff.
    rec(cluster="edp-norwich-park-and-ride-cuts", role="single", file="edp_norwich_park_and_ride.html", render="html",
        site=SITE_EDP, title="Norwich park and ride site to close as council cuts bus subsidy",
        date="2025-01-16", country="GB", region="europe", lang="en", authors=["Daniel Hollis"],
        section="News", meta_section="News",
        url="https://www.edp24.example.co.uk/news/24893311.norwich-park-ride-site-close-council-cuts-bus-subsidy/",
        description="The Harford site will shut in April, Norfolk County Council has confirmed.",
        published="2025-01-16T05:30:00+00:00",
        byline_lines=["By Daniel Hollis", "Reporter"], date_lines=["16th January 2025"],
        above_body=[("comments", "Comments")],
        caption="The Harford park and ride site on the southern edge of Norwich.", credit="Harriet Pell",
        credit_shown="Image: Harriet Pell",
        inserts={2: [("link", "READ MORE:", "Norwich bus station toilets to reopen after refurbishment")], 5: [("ad", "Advertisement")]},
        author_box=["Daniel Hollis covers transport and local politics across Norfolk."],
        comments=["Comments: Our rules", "We want our comments to be a lively and valuable part of our community.", "Read the rules here"],
        lists=[("Most Read", ["A47 closure: diversions announced for Postwick works", "Norwich City: five things we learned"])],
        paras=P("""
One of Norwich's six park and ride sites will close in April after Norfolk County Council decided to cut
its subsidy for the service.

The Harford site, off the A140 on the southern edge of the city, has seen passenger numbers fall by more
than half since 2019.

The council said keeping all six sites open would cost around £1.2 million a year more than fares bring
in.

Cabinet member for transport Graham Pickering said the decision had not been taken lightly.

"We have to focus our money where people are actually using the buses," he said.

Drivers who currently use Harford will be directed to the Thickthorn site, about three miles away.

Opposition councillors said the closure would push more cars into the city centre and called for the
decision to be reviewed in a year.

The remaining five sites will keep their current timetables.

A final decision on the future of a second site, at Postwick, is expected later this year.
"""),
        must_have=[
            "The Harford site, off the A140 on the southern edge of the city, has seen passenger numbers fall by more than half since 2019.",
            "Drivers who currently use Harford will be directed to the Thickthorn site, about three miles away.",
        ]),
    # Euractiv (Brussels): staff, with an EU-policy layout.
    rec(cluster="euractiv-brussels-night-trains-report", role="single", file="euractiv_night_trains_report.html", render="html",
        site=SITE_EUR, title="EU auditors say night train revival held back by track fees and old carriages",
        date="2025-09-30", country="BE", region="europe", lang="en", authors=["Sofie Vandermeulen"],
        section="Transport", meta_section="Transport",
        url="https://www.euractiv.example.com/section/transport/news/eu-auditors-say-night-train-revival-held-back-by-track-fees-and-old-carriages/",
        description="Only a handful of new cross-border night services have launched since 2020.",
        published="2025-09-30T12:47:00+02:00",
        byline_lines=["Sofie Vandermeulen", "Euractiv"], date_lines=["Sep 30, 2025 12:47"],
        above_body=[("reading", "3 min. read")],
        caption="A night train waits to depart from Brussels-Midi station.", credit="Shutterstock",
        credit_shown="[Shutterstock]",
        inserts={3: [("promo", ["The Transport Brief", "Your weekly update on EU transport policy.", "Subscribe now"])]},
        end_lines=["[Edited by Owen Maddox]"],
        tags=("Read more with Euractiv", ["Rail", "European Court of Auditors", "Night trains"]),
        lists=[("Latest", ["Commission eyes single ticketing rules for rail by 2026", "MEPs back tighter rules on truck emissions"])],
        editors=["Owen Maddox"],
        paras=P("""
Europe's night train revival is being held back by high track access charges, a shortage of sleeper
carriages and a lack of coordination between national rail companies, the European Court of Auditors
said on Tuesday.

In a report on cross-border rail, the auditors found that only a handful of new international night
services had been launched since 2020.

Several of them were later cut back or suspended because operators could not find enough rolling stock.

The auditors said track access charges can make up more than a third of the cost of running a night
train across several countries.

"Passengers want these trains, but the system is not built for them," said auditor Henrik Lindqvist,
who led the review.

The report calls on the Commission to help operators lease carriages and to encourage member states to
lower fees for night services.

Rail industry groups welcomed the findings but said money for new carriages was the main gap.

The Commission said it would take the recommendations into account in its work on cross-border rail.
"""),
        must_have=[
            "Several of them were later cut back or suspended because operators could not find enough rolling stock.",
            "Rail industry groups welcomed the findings but said money for new carriages was the main gap.",
        ]),
    # The Fresno Bee (McClatchy layout): staff.
    rec(cluster="fresnobee-fresno-high-speed-rail-station", role="single", file="fresnobee_high_speed_rail_station.html", render="html",
        site=SITE_FB, title="Design for Fresno's high-speed rail station unveiled. Here's what it will look like",
        date="2025-05-21", country="US", region="americas", lang="en", authors=["Rosa Delgado-Finch"],
        section="Local", meta_section="Local",
        url="https://www.fresnobee.example.com/news/local/article306114822.html",
        description="The station will sit next to Chukchansi Park in downtown Fresno.",
        published="2025-05-21T05:00:00-07:00", modified="2025-05-21T09:12:00-07:00",
        byline_lines=["By Rosa Delgado-Finch"], date_lines=["Updated May 21, 2025 9:12 AM"],
        above_body=[("listen", "Listen to this article"), ("summary", "Key Takeaways")],
        caption="A rendering of the planned high-speed rail station in downtown Fresno.", credit="California High-Speed Rail Authority",
        credit_shown="California High-Speed Rail Authority",
        inserts={2: [("ad", "Advertisement")], 5: [("promo", ["Sign up for The Bee's newsletter", "Get Fresno news delivered to your inbox.", "Sign Up"])]},
        below_body=[("bio", "Rosa Delgado-Finch covers transportation for The Fresno Bee."),
                    ("trust", "This story was originally published May 21, 2025, 5:00 AM.")],
        lists=[("Read Next", ["Fresno County approves new library branch in Kerman", "Where to find the best tacos in the Tower District"])],
        paras=P("""
Fresno's future high-speed rail station will feature a long, open-air platform canopy and a public plaza
facing downtown, according to designs released Tuesday by the California High-Speed Rail Authority.

The station will be built next to Chukchansi Park, on land between the Union Pacific tracks and H
Street.

The plaza is meant to connect the station to the Fulton Street district, where the city has been trying
to bring back shops and housing.

Authority regional director Luis Carrasco said the design was shaped by residents' comments at a series
of meetings last year.

"People told us they wanted shade, they wanted trees and they wanted it to feel like Fresno," Carrasco
said.

The authority plans to begin construction on the station in 2026.

Trains are expected to start running between Merced and Bakersfield in the early 2030s.

City leaders hope the station will draw new apartments and offices to the blocks around it.
"""),
        must_have=[
            "The station will be built next to Chukchansi Park, on land between the Union Pacific tracks and H Street.",
            "The authority plans to begin construction on the station in 2026.",
        ]),
    # Gippsland Times (Sale, Victoria): staff.
    rec(cluster="gippslandtimes-sale-heavy-vehicle-bypass", role="single", file="gippslandtimes_sale_bypass.html", render="html",
        site=SITE_GT, title="Wellington Shire pushes for Sale heavy vehicle bypass funding",
        date="2025-08-12", country="AU", region="oceania", lang="en", authors=["Callum Prestney"],
        section="News", meta_section="News",
        url="https://www.gippslandtimes.example.com.au/news/2025/08/12/wellington-shire-pushes-for-sale-heavy-vehicle-bypass-funding/",
        description="Around 1,200 trucks a day pass through the centre of Sale.",
        published="2025-08-12T10:00:00+10:00",
        byline_lines=["Callum Prestney"], date_lines=["12 August, 2025"],
        caption="Trucks on the Princes Highway in Sale.", credit="Tom Kerrigan",
        credit_shown="Photo: Tom Kerrigan",
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("related", "Related posts")],
        author_box=["Callum Prestney is a journalist with the Gippsland Times."],
        newsletter_end=["Subscribe to the Gippsland Times e-edition", "Support local news"],
        share_top=False,
        paras=P("""
Wellington Shire Council is lobbying the state and federal governments to fund a heavy vehicle bypass
around Sale.

Council says around 1,200 trucks a day travel along the Princes Highway through the centre of town,
including timber, milk and gravel trucks.

A bypass has been discussed for more than 20 years but has never been funded.

Mayor Marion Tulloch said traffic had only grown as new industry opened in the region.

"Families should be able to cross York Street without waiting for a B-double to go past," she said.

Council has prepared a business case estimating the project would cost about $160 million.

VicRoads previously identified a route to the north of the town, crossing the Thomson River.

Council will take its case to Canberra during a regional advocacy trip next month.

Sale Chamber of Commerce president Ross Hennessy said shop owners supported a bypass, as long as
signage still directed visitors into town.

"We want the trucks out, not the tourists," he said.
"""),
        must_have=[
            "A bypass has been discussed for more than 20 years but has never been funded.",
            "Council has prepared a business case estimating the project would cost about $160 million.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Haber Global (Turkish): AA copy with an 'İzmir (AA) - ' dateline.
    rec(cluster="haberglobal-aa-izmir-metro-narlidere", role="single", file="newsplease_haberglobal_aa_izmir_metro_tr.json",
        render="newsplease", title="İzmir'de Buca metrosunun tünel çalışmalarında yüzde 60'a ulaşıldı",
        date="2025-12-09", dateline="İzmir (AA) - ", city="Izmir", country="TR", region="asia", lang="tr", agency="Anadolu",
        url="https://haberglobal.example.com.tr/gundem/izmirde-buca-metrosunun-tunel-calismalarinda-yuzde-60a-ulasildi-512874",
        source_domain="haberglobal.example.com.tr",
        description="Hattın 2027'de hizmete girmesi planlanıyor.",
        np_authors=["Haber Global"], np_publish="2025-12-09 13:26:00", np_download="2025-12-09 15:02:11",
        head_lines=["Haber Global", "09.12.2025 - 13:26", "Takip Et"],
        tail_lines=["Kaynak: AA", "İlgili Haberler", "Haber Global'i Google Haberler'de takip edin"],
        paras=P("""
İzmir'de yapımı süren Buca metrosunun tünel çalışmalarında yüzde 60 seviyesine ulaşıldı.

İzmir Büyükşehir Belediyesinden yapılan açıklamaya göre, 13,5 kilometre uzunluğundaki hatta tünel açma
makineleri günde ortalama 15 metre ilerliyor.

Hat, Üçyol ile Çamlıkule arasında 11 istasyondan oluşacak.

Projenin toplam maliyetinin yaklaşık 490 milyon avro olduğu belirtildi.

Belediye yetkilileri, metronun hizmete girmesiyle Buca ile kent merkezi arasındaki yolculuk süresinin 15
dakikaya ineceğini ifade etti.

İnşaat alanlarının çevresinde yaşayan vatandaşlar ise gürültü ve trafik sorunlarından şikayet ediyor.

Belediye, çalışmaların gece saatlerinde yapılan bölümlerinde ses bariyerleri kullanıldığını bildirdi.

Hattın 2027 yılı sonunda yolcu taşımaya başlaması planlanıyor.

Projeyle birlikte Buca'daki üniversite kampüsüne de raylı sistemle ulaşım imkanı sağlanacak.

Belediye yetkilileri, metro hattının mevcut İzmir Metrosu ve banliyö hattıyla entegre çalışacağını, yolcuların tek kartla aktarma yapabileceğini belirtti.

Kazı sırasında çıkan toprağın bir bölümünün kentteki park ve yeşil alan projelerinde kullanılacağı bildirildi.

Çalışmaların sürdüğü bazı caddelerde trafik düzenlemesi yapıldığını hatırlatan belediye, sürücülerden alternatif güzergahları kullanmalarını istedi.

Buca, yaklaşık 520 bin nüfusuyla İzmir'in en kalabalık ilçelerinden biri olarak biliniyor.
"""),
        must_have=[
            "Hat, Üçyol ile Çamlıkule arasında 11 istasyondan oluşacak.",
            "Belediye, çalışmaların gece saatlerinde yapılan bölümlerinde ses bariyerleri kullanıldığını bildirdi.",
        ]),
    # news-please, Grocott's Mail (Makhanda, South Africa): staff.
    rec(cluster="grocotts-makhanda-water-outages", role="single", file="newsplease_grocotts_makhanda_water.json",
        render="newsplease", title="Makhanda east faces another week of dry taps as pump repairs drag on",
        date="2025-02-20", country="ZA", region="africa", lang="en", authors=["Sinovuyo Mbeki", "Anele Jacobs"],
        url="https://grocotts.example.co.za/2025/02/20/makhanda-east-faces-another-week-of-dry-taps-as-pump-repairs-drag-on/",
        source_domain="grocotts.example.co.za",
        description="Residents of Joza and Extension 7 have been without water since 11 February.",
        np_authors=["Sinovuyo Mbeki", "Anele Jacobs"], np_publish="2025-02-20 08:00:00", np_download="2025-02-20 11:25:40",
        head_lines=["By Sinovuyo Mbeki and Anele Jacobs", "February 20, 2025"],
        tail_lines=["This story was produced by Rhodes University journalism students for Grocott's Mail.",
                    "Grocott's Mail is South Africa's oldest independent newspaper.",
                    "Share this:", "Leave a Reply"],
        paras=P("""
Residents of Makhanda's eastern townships face at least another week without running water, as repairs
to the James Kleynhans water treatment works take longer than expected.

Households in Joza, Extension 7 and Hlalani have had dry taps since 11 February, when two of the
plant's main pumps failed.

Makana Municipality spokesperson Yolanda Ngqunge said replacement parts had been ordered from Gqeberha
and were expected to arrive by Monday.

In the meantime, the municipality has placed 40 water tanks across the affected areas and is sending
tanker trucks twice a day.

Residents say the tanks often run dry before everyone has collected water.

"I have to wake up at four in the morning to fill my buckets before the tank is empty," said Nomvula
Sityebi, a mother of three in Joza.

Local schools have sent learners home early on several days because toilets could not be flushed.

The municipality has been under pressure for years over the city's ageing water infrastructure.
"""),
        must_have=[
            "In the meantime, the municipality has placed 40 water tanks across the affected areas and is sending tanker trucks twice a day.",
            "Local schools have sent learners home early on several days because toilets could not be flushed.",
        ]),
    # news-please, Kingston Whig-Standard (Postmedia): staff.
    rec(cluster="whigstandard-kingston-wolfe-island-ferry", role="single", file="newsplease_whigstandard_wolfe_island_ferry.json",
        render="newsplease", title="Wolfe Island ferry schedule cut again as crew shortage continues",
        date="2025-07-03", country="CA", region="americas", lang="en", authors=["Megan Laforge"],
        url="https://www.thewhig.example.com/news/local-news/wolfe-island-ferry-schedule-cut-again-as-crew-shortage-continues",
        source_domain="www.thewhig.example.com",
        description="The Wolfe Islander IV will run every hour instead of every 45 minutes.",
        np_authors=["Megan Laforge"], np_publish="2025-07-03 16:55:00", np_download="2025-07-03 19:10:03",
        head_lines=["Author of the article:", "Megan Laforge", "Published Jul 03, 2025", "Last updated 2 hours ago", "2 minute read",
                    "Join the conversation"],
        tail_lines=["Article content", "Share this article in your social network", "Postmedia is committed to maintaining a lively but civil forum for discussion.",
                    "Trending"],
        paras=P("""
The ferry between Kingston and Wolfe Island will run less often for at least the next month because of a
shortage of crew, the provincial Ministry of Transportation says.

Starting Monday, the Wolfe Islander IV will leave every hour instead of every 45 minutes during the
day.

The ministry said it has been unable to fill several deckhand and engineer positions despite a
recruitment drive this spring.

Islanders have complained for months about long lineups on both sides of the crossing, especially on
summer weekends.

"People are missing medical appointments and shifts at work because of this," said Wolfe Island resident
Doug Fenwick.

Frontenac Islands Mayor Patricia Loughlin said she has asked the province for a firm date to restore
full service.

The ministry said priority boarding for emergency vehicles and medical appointments remains in place.

The ferry carries more than a million passengers a year.

The province has also promised a second, larger ferry for the route, which is expected to enter service next year.
"""),
        must_have=[
            "Starting Monday, the Wolfe Islander IV will leave every hour instead of every 45 minutes during the day.",
            "The ministry said priority boarding for emergency vehicles and medical appointments remains in place.",
        ]),
    # trafilatura, El Debate (Culiacán, Spanish): EFE copy with a 'Culiacán, Sinaloa, 12 mar (EFE).- ' dateline.
    rec(cluster="eldebate-efe-culiacan-presa-santa-maria", role="single", file="trafilatura_eldebate_efe_culiacan_es.json",
        render="trafilatura", title="Sinaloa inicia llenado de la presa Santa María tras ocho años de obras",
        date="2025-03-12", dateline="Culiacán, Sinaloa, 12 mar (EFE).- ", city="Culiacán", country="MX", region="americas",
        lang="es", agency="EFE", section="Sinaloa",
        url="https://www.debate.example.com.mx/sinaloa/sinaloa-inicia-llenado-de-la-presa-santa-maria-tras-ocho-anos-de-obras-20250312-0142.html",
        hostname="debate.example.com.mx", source_hostname="El Debate",
        description="La presa abastecerá de agua a productores del sur del estado.",
        tf_author="EFE", tf_date="2025-03-12", tf_language="es", categories="Sinaloa;Culiacán",
        head_lines=["EFE", "12.03.2025 14:05", "Síguenos en Google News"],
        tail_lines=["EFE", "Noticias relacionadas", "Suscríbete a nuestro boletín"],
        paras=P("""
El Gobierno mexicano comenzó este miércoles el llenado de la presa Santa María, en el sur de Sinaloa, tras
ocho años de obras y retrasos por falta de presupuesto.

La presa, ubicada en el municipio de Rosario, tendrá capacidad para almacenar unos 980 millones de metros
cúbicos de agua.

Según la Comisión Nacional del Agua, la obra permitirá irrigar cerca de 24.000 hectáreas de cultivos de
hortalizas y frutales.

También abastecerá de agua potable a la ciudad de Mazatlán y a comunidades rurales de la región.

"Es una obra que los productores del sur esperaban desde hace décadas", dijo a EFE el agricultor Ramiro
Osuna.

Grupos de pobladores desplazados por el embalse exigieron el pago completo de sus indemnizaciones.

La inversión total superó los 8.000 millones de pesos, de acuerdo con cifras oficiales.

Sinaloa enfrenta desde hace dos años una sequía que ha reducido las siembras en el norte del estado.
"""),
        must_have=[
            "La presa, ubicada en el municipio de Rosario, tendrá capacidad para almacenar unos 980 millones de metros cúbicos de agua.",
            "Grupos de pobladores desplazados por el embalse exigieron el pago completo de sus indemnizaciones.",
        ]),
    # trafilatura, GK (Ecuador, Spanish): staff.
    rec(cluster="gk-quito-metro-horarios", role="single", file="trafilatura_gk_quito_metro_es.json",
        render="trafilatura", title="El Metro de Quito extiende su horario los fines de semana",
        date="2025-10-10", country="EC", region="americas", lang="es", authors=["Daniela Mosquera"], section="Actualidad",
        url="https://gk.example.city/2025/10/10/metro-quito-extiende-horario-fines-de-semana/",
        hostname="gk.example.city", source_hostname="GK",
        description="Los trenes funcionarán hasta las 23:00 los sábados.",
        tf_author="Daniela Mosquera", tf_date="2025-10-10", tf_language="es", categories="Actualidad;Quito",
        head_lines=["Daniela Mosquera", "10 de octubre de 2025", "Lectura de 3 minutos"],
        tail_lines=["GK es un medio independiente. Apoya nuestro periodismo.", "Hazte miembro", "Más de GK"],
        paras=P("""
El Metro de Quito funcionará hasta las 23:00 los sábados a partir del 18 de octubre, anunció la empresa
que lo opera.

Hasta ahora, el último tren salía de las estaciones de Quitumbe y El Labrador a las 21:00 los fines de
semana.

Los domingos el servicio se extenderá hasta las 22:00.

Según la empresa, la demanda en las noches de fin de semana creció un 35% desde que se abrieron nuevas
zonas de comercio cerca de las estaciones del centro norte.

La medida también responde a pedidos de trabajadores de restaurantes y del sector de servicios, que
terminan sus turnos tarde.

"Antes tenía que pagar un taxi para llegar a mi casa en el sur", dijo Andrea Chiluisa, mesera en La
Mariscal.

La tarifa se mantiene en 45 centavos por viaje.

El Metro de Quito transporta en promedio 170.000 pasajeros cada día hábil.

La empresa evaluará en tres meses si mantiene el nuevo horario de manera permanente.
"""),
        must_have=[
            "Hasta ahora, el último tren salía de las estaciones de Quitumbe y El Labrador a las 21:00 los fines de semana.",
            "La tarifa se mantiene en 45 centavos por viaje.",
        ]),
    # trafilatura, Israel Hayom (English edition): staff.
    rec(cluster="israelhayom-haifa-light-rail-nazareth", role="single", file="trafilatura_israelhayom_haifa_rail.json",
        render="trafilatura", title="Haifa-Nazareth light rail to open first section in spring",
        date="2025-11-24", country="IL", region="asia", lang="en", authors=["Noa Ben-Ami"], section="News",
        url="https://www.israelhayom.example.com/2025/11/24/haifa-nazareth-light-rail-to-open-first-section-in-spring/",
        hostname="israelhayom.example.com", source_hostname="Israel Hayom",
        description="The line will link the Haifa Bay area with Nazareth in about 45 minutes.",
        tf_author="Noa Ben-Ami", tf_date="2025-11-24", tf_language="en", categories="News;Israel",
        head_lines=["Noa Ben-Ami", "11-24-2025 10:40", "Last modified: 11-24-2025 12:05"],
        tail_lines=["Subscribe to Israel Hayom's daily newsletter and never miss our top stories!",
                    "Now that you are here...", "Related articles"],
        paras=P("""
The first section of the light rail line linking Haifa and Nazareth is expected to open to passengers in
the spring, the Transportation Ministry said on Monday.

The initial section will run between the Lev HaMifratz terminal in Haifa and the town of Kiryat Ata.

The full 40-kilometer line will eventually connect the Haifa Bay area with Nazareth, with travel taking
about 45 minutes.

The project has been delayed by several years because of disputes with contractors and difficult
tunneling work under Mount Carmel's eastern slopes.

Ministry Director-General Yaron Shapira said testing of the trains would begin next month.

"This line will change daily life for hundreds of thousands of people in the north," he said.

Residents of Arab towns along the route have long called for better public transportation to jobs in
Haifa.

The line is expected to carry about 100,000 passengers a day once fully open.

The ministry did not give a date for the opening of the remaining sections.
"""),
        must_have=[
            "The initial section will run between the Lev HaMifratz terminal in Haifa and the town of Kiryat Ata.",
            "Ministry Director-General Yaron Shapira said testing of the trains would begin next month.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

JSONL_STORIES = [
    # news-please shape: the Reuters story on The Frontier Post (syndicated member of the Reuters cluster).
    dict(DHK, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://thefrontierpost.example.com/bangladesh-garment-makers-agree-to-bring-forward-wage-review-after-protests/",
         source_domain="thefrontierpost.example.com",
         np_authors=["Monitoring Desk"], np_publish="2025-02-11 17:05:00", np_download="2025-02-11 20:44:19",
         head_lines=["Monitoring Desk", "February 11, 2025", "World"],
         tail_lines=[DHK_CREDITS, "Courtesy: Reuters", "Share this:", "Related Posts", "Leave a Reply Cancel reply"]),
    # newsbeam html shape: the AFP story on Africaguinee (syndicated member of the AFP cluster).
    dict(CKY, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_AG,
         section="Économie", meta_section="Économie",
         url="https://www.africaguinee.example.com/articles/2025/09/17/guinee-greve-des-dockers-au-port-autonome-de-conakry-les-navires-bloques-en-rade",
         published="2025-09-17T13:05:00+00:00",
         nb_published="2025-09-17T13:05:00Z", outlet="Africaguinee.com", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "Africaguinee.com"}],
         byline_lines=["Africaguinee.com avec AFP"], date_lines=["17 septembre 2025 à 13:05"],
         below_body=[("source", "Pour Africaguinee.com, avec AFP"), ("contact", "Créé le 17 septembre 2025 \u2014 Pour nous contacter : redaction@africaguinee.com")],
         comments=["Les commentaires sont désactivés."],
         lists=[("À lire aussi", ["Kaloum : les usagers du bac exigent un meilleur service"])]),
    # newsbeam text shape: Eswatini News (Mbabane): staff.
    rec(cluster="eswatininews-mbabane-bus-fares", role="single", file=JSONL_A, render="newsbeam",
        title="Bus operators given green light to raise fares by 12 percent",
        date="2025-04-02", country="SZ", region="africa", lang="en", authors=["Sibusiso Dlamini"],
        url="https://eswatininews.example.co.sz/bus-operators-given-green-light-to-raise-fares-by-12-percent/",
        nb_published="2025-04-02T07:45:00Z", outlet="Eswatini News", nb_authors=["Eswatini News"],
        head_lines=["By Sibusiso Dlamini", "April 2, 2025", "0 Comments"],
        tail_lines=["Read Also", "Eswatini News is an independent online publication.", "Follow us on Facebook"],
        paras=P("""
Public transport operators have been given permission to raise bus and kombi fares by 12 percent from
the beginning of May.

The Ministry of Public Works and Transport announced the increase after months of negotiations with
associations representing operators.

Operators had asked for a 25 percent increase, saying fuel, tyres and spare parts had become much more
expensive.

Under the new rates, a trip between Mbabane and Manzini will cost E25, up from E22.

Commuters said the increase would hit workers who travel long distances to the Matsapha industrial
area every day.

"Our salaries have not gone up, but everything else keeps going up," said Thandeka Shongwe, a factory
worker from Mahlanya.

The ministry said it would monitor ranks to make sure operators do not charge more than the approved
fares.

Operators who overcharge could have their permits suspended.

Fares on routes within Mbabane and Manzini towns will also rise, with most short trips going up by between E1 and E2.
"""),
        must_have=[
            "Under the new rates, a trip between Mbabane and Manzini will cost E25, up from E22.",
            "Operators who overcharge could have their permits suspended.",
        ]),
    # trafilatura shape: the ANSA story on Affaritaliani (syndicated member of the ANSA cluster).
    dict(RE, role="syndicated", file=JSONL_B, render="trafilatura", section="Emilia-Romagna",
         url="https://www.affaritaliani.example.it/emilia-romagna/mediopadana-in-arrivo-dieci-nuovi-treni-frecciarossa-al-giorno-958211.html",
         hostname="affaritaliani.example.it", source_hostname="Affaritaliani",
         tf_author="ANSA", tf_date="2025-05-08", tf_language="it", categories="Emilia-Romagna;Trasporti",
         head_lines=["Giovedì, 8 maggio 2025", "Affaritaliani.it"],
         tail_lines=["Riproduzione riservata \u00a9 Copyright ANSA", "Iscriviti alla newsletter", "Commenti"]),
    # news-please shape: Dimsum Daily (Hong Kong): staff.
    rec(cluster="dimsumdaily-hongkong-cashless-minibus", role="single", file=JSONL_B, render="newsplease",
        title="Transport Department to trial cashless-only green minibus routes in Kowloon",
        date="2025-06-09", country="HK", region="asia", lang="en", authors=["Kenneth Lau"],
        url="https://www.dimsumdaily.example.hk/transport-department-to-trial-cashless-only-green-minibus-routes-in-kowloon/",
        source_domain="www.dimsumdaily.example.hk",
        description="Eight routes in Kowloon will stop accepting cash from July.",
        np_authors=["Kenneth Lau"], np_publish="2025-06-09 18:20:00", np_download="2025-06-09 22:58:41",
        head_lines=["Kenneth Lau", "9th June 2025", "Hong Kong News"],
        tail_lines=["Follow us on our official WhatsApp channel", "Sponsored Content", "RELATED ARTICLES", "MOST POPULAR"],
        paras=P("""
Eight green minibus routes in Kowloon will stop accepting cash from July as part of a six-month trial, the
Transport Department announced on Monday.

Passengers on the routes will have to pay with an Octopus card, a bank card or a mobile payment app.

The department said cash handling slows down boarding at busy stops and is a burden for drivers who must
count change while driving.

The routes mainly serve Kwun Tong, Mong Kok and Sham Shui Po.

Some elderly passengers have raised concerns that they do not use mobile payments and may forget their
Octopus cards.

A department spokesman said staff would be stationed at major stops during the first weeks to help
passengers.

If the trial is successful, the department may extend cashless payment to more routes next year.

There are about 350 green minibus routes across Hong Kong.

Most of them already accept Octopus cards, but cash remains common among older passengers.
"""),
        must_have=[
            "Passengers on the routes will have to pay with an Octopus card, a bank card or a mobile payment app.",
            "A department spokesman said staff would be stationed at major stops during the first weeks to help passengers.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fifty-eighth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: AsiaOne 'PUBLISHED ON February 11, 2025 7:40 PM' "
    "(UTC+8) and The Frontier Post copy 'February 11, 2025'; L'Humanité 'Publié le 17 septembre 2025 à 14h10', not "
    "'Mis à jour', and the Africaguinee copy '17 septembre 2025 à 13:05' (Conakry, UTC+0); the Gazzetta di Reggio "
    "'08 maggio 2025' and the Affaritaliani copy 'Giovedì, 8 maggio 2025'; the Daily Liberal 'April 15 2025 - 5:30am' "
    "(both copies); Correio do Minho '14 maio 2025 16:42' and the Lusa dateline '14 mai 2025'; Kookmin Ilbo "
    "'입력:2025-08-05 14:21' (input = publication); Independent Nigeria 'On Mar 4, 2025' and the NAN dateline; "
    "the Kiama Independent prints only 'Updated June 26 2025 - 4:12pm, first published 3:40pm' (first publication the same day); El Khabar "
    "'14/10/2025 - 11:35' (day first); Anandabazar 'শেষ আপডেট: ২০ নভেম্বর ২০২৫ ০৭:১৫' ('last update', the only date "
    "printed; written in Bengali digits, 20 November 2025); the Clare Champion 'July 9, 2025'; cleveland.com "
    "'Published: Oct. 29, 2025'; GuelphToday 'Nov 6, 2025 1:45 PM'; Cambridge News '13:05, 27 Mar 2025', not "
    "'Updated'; Actu Cameroun '22 janvier 2025'; the Hamburger Morgenpost '18.06.25, 16:48 Uhr' (two-digit year); "
    "the EDP '16th January 2025'; Euractiv 'Sep 30, 2025 12:47'; the Fresno Bee prints 'Updated May 21, 2025 9:12 AM' "
    "at the top and 'originally published May 21, 2025, 5:00 AM' at the foot (same day); the Gippsland Times "
    "'12 August, 2025'; Haber Global '09.12.2025 - 13:26'; Grocott's Mail 'February 20, 2025'; the Whig-Standard "
    "'Published Jul 03, 2025' (its 'Last updated 2 hours ago' is not a date); El Debate '12.03.2025 14:05' and the "
    "EFE dateline '12 mar'; GK '10 de octubre de 2025'; Israel Hayom '11-24-2025 10:40' (month first), not 'Last "
    "modified'; Eswatini News 'April 2, 2025'; Dimsum Daily '9th June 2025'",
    "dateline_city": "'DHAKA, Feb 11 (Reuters) - ' -> 'Dhaka' (both Reuters copies); 'Conakry (AFP) - ' -> 'Conakry' "
    "(both AFP copies); '(ANSA) - REGGIO EMILIA, 08 MAG - ' -> 'Reggio Emilia' (both ANSA copies; ANSA puts its name "
    "before the city); 'Braga, 14 mai 2025 (Lusa) - ' -> 'Braga'; '(부산=연합뉴스) 정하늘 기자 = ' is Yonhap's dateline, "
    "which holds the city (Busan) and the reporter -> 'Busan'; 'Kano, March 4, 2025 (NAN) \u2013 ' -> 'Kano'; "
    "'İzmir (AA) - ' -> 'Izmir' (GeoNames English spelling); 'Culiacán, Sinaloa, 12 mar "
    "(EFE).- ' -> 'Culiacán' (the state name is part of the dateline). Anandabazar's 'কলকাতা' ('Kolkata') line next "
    "to the date is a place line in the header, not a dateline: that story, and all other records, have no dateline "
    "(city null) and take the country of the story's location",
    "country": "the Reuters story is Bangladesh (BD, asia) although it runs on a Singapore and a Pakistan site; the "
    "AFP story is Guinea (GN, africa) although its first copy is on a French site; the Kiama Independent's AAP story "
    "has no dateline and is labelled Australia (AU, oceania), where it happens; Haber Global's AA story is Turkey (TR), which UN M49 "
    "puts in Western Asia (region asia); Dimsum Daily's story is Hong Kong (HK, asia); Euractiv's story is the EU "
    "auditors' report from Brussels-based institutions and is labelled Belgium (BE), the publisher's and the "
    "institutions' seat; Israel Hayom's is Israel (IL, asia)",
    "agency": "AsiaOne ('Reuters' byline, credit line, 'This article was first published in Reuters.') and The "
    "Frontier Post ('Monitoring Desk' over a Reuters dateline, credit line and 'Courtesy: Reuters') carry Reuters; "
    "L'Humanité ('L'Humanité avec AFP') and Africaguinee ('Africaguinee.com avec AFP') carry AFP; the Gazzetta di "
    "Reggio ('Redazione' over an ANSA dateline and the ANSA copyright line) and Affaritaliani (author ANSA, same "
    "lines) carry ANSA; Correio do Minho carries Lusa ('Redação / Lusa', dateline); Kookmin Ilbo carries Yonhap "
    "(dateline and the yna.co.kr address); Independent Nigeria carries NAN ('By Our Correspondent' over a NAN "
    "dateline and '(NAN)' sign-off); the Kiama Independent carries AAP (the 'Australian Associated Press' line under the byline and the 'AAP' sign-off); Haber Global carries Anadolu "
    "('(AA)' dateline, 'Kaynak: AA'); El Debate carries EFE. All other records are staff copy (agency null). Photo "
    "credits ('REUTERS/...', '/ AFP', 'Foto Ansa', 'dpa | Lena Vossberg', '[Shutterstock]') do not make a story "
    "agency copy: the Hamburger Morgenpost story is staff copy with a dpa photo",
    "authors": "the Reuters credit '(Reporting by Farhana Kabir; Editing by Clarence Vogt and Imelda Orr)' gives one "
    "author and two editors on both copies; Yonhap's reporter inside the dateline '(부산=연합뉴스) 정하늘 기자 = ' -> "
    "'정하늘' (kept in Hangul as printed, '기자' = 'reporter'); Grocott's Mail 'By Sinovuyo Mbeki and Anele Jacobs' "
    "gives two authors; the Kiama Independent 'By Tess Ambrose' over 'Australian Associated Press' -> 'Tess Ambrose' (an AAP reporter is a bylined writer; the agency goes in agency); Cambridge News 'Tomasz Nowicki' over the role line 'Local Democracy Reporter'; the "
    "Whig-Standard 'Author of the article:' label above 'Megan Laforge'; cleveland.com 'By Marcus Whitlow, "
    "cleveland.com' -> 'Marcus Whitlow'; Actu Cameroun 'Par Armand Ngando'; the Mopo 'Von Jana Petersen'; pages "
    "bylined only with an agency, a desk or the outlet ('Reuters', 'Monitoring Desk', 'L'Humanité avec AFP', "
    "'Africaguinee.com avec AFP', 'Redazione', 'Redação / Lusa', 'By Our Correspondent', 'Haber Global', 'EFE', and "
    "Anandabazar's 'নিজস্ব সংবাদদাতা', 'own correspondent') have no authors; the crawler records that list the outlet "
    "(Eswatini News) still take the bylined writer; photographers (Amy Gillard, Rafiqul Amin, Ibrahima Doumbouya, Lena Vossberg, Harriet Pell, Tom Kerrigan) are not authors",
    "editors": "the Reuters credit 'Editing by Clarence Vogt and Imelda Orr' -> both names, on both copies; Euractiv's "
    "closing '[Edited by Owen Maddox]' -> 'Owen Maddox' (the site's editing credit, the same role as Reuters' "
    "'Editing by'); no other record names an editor",
    "caption_credit": "credits without their wrapper: 'Picture by Amy Gillard' -> 'Amy Gillard' (both Daily "
    "Liberal copies); '\u00a9 IBRAHIMA DOUMBOUYA / AFP' -> 'IBRAHIMA DOUMBOUYA / AFP'; '(Foto Ansa)' -> 'Ansa' ('Foto' is the "
    "wrapper word); 'Crédit photo : Actu Cameroun' -> 'Actu Cameroun'; 'Foto: dpa | Lena Vossberg' -> 'dpa | Marcus "
    "Brandt'; 'Image: Harriet Pell' -> 'Harriet Pell'; '[Shutterstock]' -> 'Shutterstock'; 'Photo: Philippe "
    "Perez' -> 'Tom Kerrigan'; 'REUTERS/Rafiqul Amin' and 'California High-Speed Rail Authority' are "
    "kept as printed; records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: AsiaOne 'World', L'Humanité 'Monde', "
    "the Gazzetta di Reggio 'Reggio', Actu Cameroun 'Société', the Mopo 'Hamburg' (its kicker 'Großprojekt' is not), "
    "the EDP 'News', Euractiv 'Transport', the Fresno Bee 'Local', the Gippsland Times 'News', Africaguinee "
    "'Économie'; trafilatura records take their first category ('Sinaloa', 'Actualidad', 'News', "
    "'Emilia-Romagna'); news-please, plain text and newsbeam text records have none (menu items and page labels "
    "such as the Daily Liberal's 'Local News', The Frontier Post's 'World' or Dimsum Daily's 'Hong Kong News' are "
    "navigation)",
    "language": "'bn' Bengali (Anandabazar, Bengali digits in the figures); 'ar' Arabic (El Khabar); 'ko' Korean; 'tr' Turkish; 'pt' European Portuguese; 'de' German; 'it' Italian (two copies of one ANSA story); "
    "'es' from Mexico and Ecuador; 'fr' from France and Guinea (two copies of one AFP story) and Cameroon; "
    "Israel Hayom's and Euractiv's stories are in English",
    "chrome": "includes consent banners and their buttons, login, subscription, e-paper and membership strings, "
    "share bars, advertisement labels, reading times, listen buttons, paywall and subscriber-only labels, "
    "bookmark notices, related-story lines and boxes, tag and keyword lists, most-read and trending rails, "
    "newsletter, app and messaging-channel promos, comment gates and rules, affiliate-link disclaimers, reporter "
    "bios and e-mail lines, donation appeals, student-production and independence lines, wire credit, source, "
    "copyright and sign-off lines, view counters, ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and AFP in the plain batch, ANSA "
    "in the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"asiaone", "the frontier post", "frontier post", "monitoring desk", "l'humanité", "l'humanité avec afp",
                "humanité", "africaguinee", "africaguinee.com", "africaguinee.com avec afp", "gazzetta di reggio",
                "redazione", "affaritaliani", "affaritaliani.it", "daily liberal", "australian community media",
                "correio do minho", "redação", "redação / lusa", "lusa", "kookmin ilbo", "국민일보", "연합뉴스", "yonhap",
                "independent newspaper nigeria", "kiama independent", "independent nigeria", "by our correspondent", "our correspondent", "nan",
                "news agency of nigeria", "el khabar", "الخبر",
                "anandabazar", "আনন্দবাজার অনলাইন", "নিজস্ব সংবাদদাতা", "clare champion", "the clare champion",
                "cleveland.com", "advance local", "guelphtoday", "village media", "cambridge news", "cambridgeshire live",
                "reach plc", "actu cameroun", "hamburger morgenpost", "mopo", "eastern daily press", "edp", "newsquest",
                "euractiv", "the fresno bee", "fresno bee", "gippsland times", "haber global", "aa",
                "grocott's mail", "kingston whig-standard", "the whig", "postmedia", "el debate", "gk", "israel hayom",
                "eswatini news", "dimsum daily", "shutterstock", "ansa"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
