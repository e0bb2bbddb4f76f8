#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixtieth development set (bench/dev_set60/, first written as the fifty-seventh held-out set).

    .venv/bin/python bench/dev_set60/_generate.py

Writes ``bench/dev_set60/articles/*`` and ``bench/dev_set60/labels.json`` (next to this
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
bench/dev_set59/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout57_2025-a.jsonl"
JSONL_B = "crawl_holdout57_2025-b.jsonl.gz"


# ---- cluster: AP, Kingston (Providence Journal page + copy on the Wichita Eagle in the plain batch) ----

KIN = rec(
    cluster="ap-kingston-school-solar-panels",
    title="Jamaica to put solar panels on 300 schools as power bills soar",
    date="2025-03-18",
    dateline="KINGSTON, Jamaica (AP) \u2014 ",
    city="Kingston",
    country="JM",
    region="americas",
    agency="AP",
    authors=["Marlon Tulloch", "Keisha Brandon"],
    lang="en",
    description="Officials say the program could cut electricity costs at public schools by up to 40%.",
    paras=P("""
Jamaica will install solar panels on 300 public schools over the next two years in an effort to rein in
electricity bills that education officials say are eating into money meant for books and meals.

Education Minister Dorrett Halstead said Tuesday that the first 60 schools, most of them in rural parishes,
would be fitted before the new school year begins in September.

The government estimates the program will cost about $48 million, with part of the money coming from a
climate fund and the rest from the national budget.

"Every dollar we spend on the light bill is a dollar we do not spend on a child," Halstead told reporters at
a primary school in the parish of St. Catherine.

Principals have complained for years that monthly power bills of several thousand dollars force them to cut
back on field trips and repairs.

Jamaica imports most of the fuel it uses to generate electricity, and its power rates are among the highest
in the Caribbean.

The panels will also be connected to batteries so that schools used as hurricane shelters can keep their
lights on when the grid fails.

The island was lashed by a powerful hurricane last year that left hundreds of thousands of people without
electricity for days.
"""),
    must_have=[
        "The government estimates the program will cost about $48 million, with part of the money coming from a climate fund and the rest from the national budget.",
        "Jamaica imports most of the fuel it uses to generate electricity, and its power rates are among the highest in the Caribbean.",
    ],
)
KIN_CONTRIB = "Associated Press writer Keisha Brandon in San Juan, Puerto Rico, contributed to this report."
KIN_END = [KIN_CONTRIB]

# ---- cluster: AFP, Nouakchott (Maliweb page + copy on Mosaïque Guinée in the plain batch) ----

NKC = rec(
    cluster="afp-nouakchott-peche-poulpe-repos",
    title="Mauritanie : la pêche au poulpe suspendue deux mois pour préserver les stocks",
    date="2025-08-12",
    dateline="Nouakchott (AFP) - ",
    city="Nouakchott",
    country="MR",
    region="africa",
    agency="AFP",
    lang="fr",
    description="Le repos biologique concerne les bateaux artisanaux comme les navires industriels.",
    paras=P("""
La Mauritanie a suspendu la pêche au poulpe pour deux mois à partir du 1er septembre afin de permettre aux
stocks de se reconstituer, a annoncé mardi le ministère des Pêches.

Ce « repos biologique » concerne aussi bien les pirogues artisanales que les navires industriels qui opèrent
dans les eaux mauritaniennes, parmi les plus poissonneuses d'Afrique de l'Ouest.

Selon le ministère, les captures de poulpe ont reculé d'environ 30 % en trois ans, une baisse attribuée à la
surpêche et au réchauffement des eaux.

Le poulpe est la principale espèce exportée par le pays, surtout vers le Japon et l'Espagne, et fait vivre
des dizaines de milliers de pêcheurs.

« Si nous ne protégeons pas la ressource aujourd'hui, il n'y aura plus rien à pêcher demain », a déclaré à
l'AFP un responsable du ministère, sous couvert d'anonymat.

Les pêcheurs artisanaux de Nouadhibou réclament de leur côté une compensation pour les deux mois sans
revenus.

Le gouvernement a promis une aide financière aux familles les plus touchées, sans en préciser le montant.

Des contrôles seront renforcés en mer et dans les ports pour faire respecter l'interdiction.
"""),
    must_have=[
        "Selon le ministère, les captures de poulpe ont reculé d'environ 30 % en trois ans, une baisse attribuée à la surpêche et au réchauffement des eaux.",
        "Le gouvernement a promis une aide financière aux familles les plus touchées, sans en préciser le montant.",
    ],
)

# ---- cluster: EFE, Caracas (El Pitazo page + copy on El Vocero in the gzipped batch) ----

CCS = rec(
    cluster="efe-caracas-dengue-casos",
    title="Venezuela registra un aumento de casos de dengue tras las lluvias",
    date="2025-06-09",
    dateline="Caracas, 9 jun (EFE).- ",
    city="Caracas",
    country="VE",
    region="americas",
    agency="EFE",
    lang="es",
    description="Las autoridades sanitarias pidieron eliminar los criaderos de mosquitos en las viviendas.",
    paras=P("""
Venezuela registró un aumento de los casos de dengue en las últimas semanas, tras el inicio de la temporada
de lluvias, informó este lunes el Ministerio de Salud.

Según el despacho, en lo que va de año se han contabilizado unos 4.200 casos, frente a los 2.900 del mismo
período de 2024.

Los estados Zulia, Lara y Carabobo concentran la mayor parte de los contagios, de acuerdo con el boletín
oficial.

El ministerio anunció jornadas de fumigación en más de 300 comunidades y pidió a la población eliminar los
recipientes con agua estancada en patios y azoteas.

"La principal herramienta contra el dengue está en cada hogar", señaló la médica epidemióloga Yelitza
Carrasquel durante una rueda de prensa.

Gremios médicos alertaron sobre la falta de reactivos en algunos hospitales públicos para confirmar los
diagnósticos.

La Organización Panamericana de la Salud ha advertido de un aumento del dengue en varios países de la región
este año.

Los síntomas más comunes son fiebre alta, dolor de cabeza y dolores musculares.
"""),
    must_have=[
        "Según el despacho, en lo que va de año se han contabilizado unos 4.200 casos, frente a los 2.900 del mismo período de 2024.",
        "Gremios médicos alertaron sobre la falta de reactivos en algunos hospitales públicos para confirmar los diagnósticos.",
    ],
)

# ---- cluster: Shropshire Star, page + noisy re-scrape ----

SHR = rec(
    cluster="shropshirestar-shrewsbury-flood-barriers",
    title="Plans for new flood barriers at Frankwell given the green light",
    date="2025-01-14",
    country="GB",
    region="europe",
    authors=["Harriet Blakemore"],
    lang="en",
    caption="Floodwater on the Frankwell car park in Shrewsbury last winter.",
    credit="Shropshire Star",
    paras=P("""
Plans for new demountable flood barriers to protect homes and businesses in Frankwell have been approved by
Shropshire Council.

The barriers, which can be put up in a few hours when the River Severn is rising, will run along a 400-metre
stretch of the riverside.

The scheme will cost around 6.2 million pounds and is being funded mainly by the Environment Agency.

Council planning officers said the barriers would protect about 120 properties that have flooded repeatedly
in recent years.

Councillor Graham Pettifer, who represents the area, said residents had waited a long time for the decision.

"Every winter people here lie awake listening to the river. This will give them some peace of mind," he said.

Work is expected to start in the spring and take around 18 months.

Part of the Frankwell car park will be closed while the foundations are laid.

The Environment Agency said a separate study was looking at storing floodwater upstream in the Welsh hills.
"""),
    must_have=[
        "The scheme will cost around 6.2 million pounds and is being funded mainly by the Environment Agency.",
        "Work is expected to start in the spring and take around 18 months.",
    ],
)
SHR_PRE = ["Shropshire Star", "News", "Sport", "Business", "Entertainment", "Motors", "Jobs", "Subscribe", "Sign in"]
SHR_HEAD = ["By Harriet Blakemore", "Chief Reporter", "Published 14th Jan 2025"]
SHR_CAP = ["Floodwater on the Frankwell car park in Shrewsbury last winter. Photo: Shropshire Star"]
SHR_COPY = "\u00a9 2025 MNA Media Limited. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Shropshire Star (England): original of the re-scrape cluster.
    dict(SHR, role="original", file="shropshirestar_frankwell_flood_barriers.txt", render="text",
         pre=[SHR_PRE, ["Shrewsbury"]], head=[SHR_HEAD], cap_lines=SHR_CAP,
         inserts={2: ["Advertisement"], 5: ["Read more:", "Shrewsbury Flaxmill Maltings visitor numbers top 100,000"]},
         tail=[["Sign up to the Shropshire Star newsletter for the day's top stories."],
               ["Comments"],
               [SHR_COPY]]),
    dict(SHR, role="rescrape", file="shropshirestar_frankwell_flood_barriers_rescrape.txt.gz", render="text", noise=True,
         pre=[SHR_PRE], head=[SHR_HEAD], cap_lines=SHR_CAP, tail=[[SHR_COPY]]),
    # El Pitazo (Venezuela): original of the EFE cluster.
    dict(CCS, role="original", file="elpitazo_efe_caracas_dengue_es.txt", render="text",
         pre=[["El Pitazo", "Noticias", "Regiones", "Investigación", "Salud", "Economía", "Internacionales", "Dona"]],
         head=[["EFE"], ["9 junio, 2025"]],
         inserts={2: ["Publicidad"], 4: ["Lee también:", "Hospital Universitario de Maracaibo reporta fallas en el suministro de agua"]},
         tail=[["Únete a nuestro canal de WhatsApp y recibe las noticias de El Pitazo"],
               ["Apoya el periodismo independiente. Dona a El Pitazo"],
               ["\u00a9 2025 El Pitazo. Todos los derechos reservados."]]),
    # Seoul Shinmun (South Korea, Korean): staff.
    rec(cluster="seoulshinmun-seoul-library-night-hours", role="single", file="seoulshinmun_library_night_hours_ko.txt", render="text",
        title="서울 공공도서관 25곳, 다음 달부터 밤 10시까지 문 연다",
        date="2025-05-08", country="KR", region="asia", lang="ko", authors=["김지현"],
        pre=[["서울신문", "정치", "사회", "경제", "국제", "문화", "스포츠", "오피니언", "전체기사"]],
        head=[["김지현 기자"], ["입력 2025-05-08 17:20", "수정 2025-05-08 18:03"]],
        inserts={3: ["광고"], 6: ["관련 기사", "서울 지하철 심야 운행 연장 시범 운영"]},
        tail=[["김지현 기자 jhkim@seoul.co.kr"],
              ["좋아요", "공유하기", "댓글"],
              ["ⓒ 서울신문(www.seoul.co.kr), 무단전재 및 재배포금지"]],
        paras=P("""
서울시가 다음 달부터 시내 공공도서관 25곳의 운영 시간을 평일 밤 10시까지 연장한다고 8일 밝혔다.

지금까지 대부분의 구립 도서관은 오후 6시나 늦어도 8시에 문을 닫아 직장인과 대학생들이 이용하기 어렵다는
지적이 많았다.

시는 각 자치구에서 이용자가 많은 도서관을 한 곳 이상 골라 야간 개관을 시작하고, 반응에 따라 대상을
늘려 나갈 계획이다.

야간 개관에 필요한 인력과 난방비 등 운영비 약 32억원은 서울시와 자치구가 절반씩 부담한다.

야간에는 열람실과 자료실을 모두 열고, 일부 도서관에서는 퇴근 후 직장인을 위한 독서 모임과 강좌도 운영한다.

서울시 관계자는 "도서관을 늦게까지 열어 달라는 시민 요청이 해마다 늘고 있다"며 "생활 가까이에서 책을
만날 수 있도록 하겠다"고 말했다.

시는 도서관 주변의 안전을 위해 야간 경비 인력도 함께 배치하기로 했다.

지난해 서울의 공공도서관 이용자는 약 4천만 명으로 코로나19 이전 수준을 거의 회복했다.

시는 연말까지 이용 현황을 분석해 주말 야간 개관 여부도 검토할 예정이다.

야간 개관 도서관 목록은 서울시 누리집과 각 자치구 홈페이지에서 확인할 수 있다.

시는 이용자 만족도 조사를 거쳐 내년에는 야간 개관 도서관을 50곳으로 늘리는 방안도 검토하고 있다.
"""),
        must_have=[
            "야간 개관에 필요한 인력과 난방비 등 운영비 약 32억원은 서울시와 자치구가 절반씩 부담한다.",
            "시는 도서관 주변의 안전을 위해 야간 경비 인력도 함께 배치하기로 했다.",
        ]),
    # Samakal (Bangladesh, Bangla): staff, desk byline.
    rec(cluster="samakal-dhaka-winter-vegetable-prices", role="single", file="samakal_dhaka_vegetable_prices_bn.txt", render="text",
        title="শীতের সবজিতে ভরপুর বাজার, কমেছে দাম",
        date="2025-01-10", country="BD", region="asia", lang="bn",
        pre=[["সমকাল", "প্রচ্ছদ", "রাজনীতি", "অর্থনীতি", "সারাদেশ", "বিশ্ব", "খেলা", "বিনোদন", "মতামত", "ই-পেপার"]],
        head=[["নিজস্ব প্রতিবেদক"], ["প্রকাশ: ১০ জানুয়ারি ২০২৫ | ১৮:৩০"]],
        inserts={2: ["বিজ্ঞাপন"], 5: ["আরও পড়ুন", "চালের দাম কেজিতে বেড়েছে দুই টাকা"]},
        tail=[["সমকাল অনলাইন"],
              ["শেয়ার করুন"],
              ["সম্পাদক ও প্রকাশক: সমকাল। স্বত্ব © সমকাল ২০২৫"]],
        paras=P("""
রাজধানীর বাজারগুলোতে শীতকালীন সবজির সরবরাহ বাড়ায় গত দুই সপ্তাহে বেশির ভাগ সবজির দাম উল্লেখযোগ্যভাবে
কমেছে।

শুক্রবার কারওয়ান বাজার, মোহাম্মদপুর টাউন হল ও মিরপুর ছয় নম্বর বাজার ঘুরে দেখা গেছে, প্রতি কেজি ফুলকপি
ও বাঁধাকপি ২৫ থেকে ৩০ টাকায় বিক্রি হচ্ছে।

দুই সপ্তাহ আগেও এসব সবজি কেজিপ্রতি ৫০ থেকে ৬০ টাকায় বিক্রি হয়েছিল।

টমেটোর দাম কমে প্রতি কেজি ৪০ টাকায় নেমেছে, আর শিম বিক্রি হচ্ছে ৫০ থেকে ৬০ টাকায়।

ব্যবসায়ীরা বলছেন, উত্তরাঞ্চল থেকে প্রতিদিন প্রচুর সবজি আসায় দাম কমেছে।

কারওয়ান বাজারের পাইকারি বিক্রেতা আবদুল হালিম বলেন, ট্রাক ভরে সবজি আসছে, কিন্তু ক্রেতা সেই তুলনায়
কম।

তবে আলু ও পেঁয়াজের দাম এখনো আগের মতোই চড়া রয়েছে বলে জানিয়েছেন ক্রেতারা।

একজন ক্রেতা বলেন, সবজির দাম কমায় কিছুটা স্বস্তি মিলেছে, কিন্তু চাল ও তেলের খরচ সামলানো কঠিন হয়ে
পড়েছে।

কৃষকদের অভিযোগ, খেত থেকে তাঁরা যে দাম পাচ্ছেন, তা উৎপাদন খরচের চেয়েও কম।

কৃষি বিপণন অধিদপ্তর জানিয়েছে, বাজার তদারকিতে তাদের একাধিক দল কাজ করছে।

ব্যবসায়ীদের ধারণা, আগামী কয়েক সপ্তাহ সবজির দাম এমন থাকবে।
"""),
        must_have=[
            "দুই সপ্তাহ আগেও এসব সবজি কেজিপ্রতি ৫০ থেকে ৬০ টাকায় বিক্রি হয়েছিল।",
            "তবে আলু ও পেঁয়াজের দাম এখনো আগের মতোই চড়া রয়েছে বলে জানিয়েছেন ক্রেতারা।",
        ]),
    # Waspada (Medan, Indonesian): staff, 'MEDAN (Waspada): ' dateline.
    rec(cluster="waspada-medan-banjir-drainase", role="single", file="waspada_medan_drainase_id.txt", render="text",
        title="Pemko Medan Perbaiki Drainase di 40 Titik Rawan Banjir",
        date="2025-11-04", dateline="MEDAN (Waspada): ", city="Medan", country="ID", region="asia", lang="id",
        authors=["Rudi Sinaga"],
        pre=[["Waspada", "Medan", "Sumut", "Aceh", "Nasional", "Ekonomi", "Olahraga", "Opini", "E-Paper"]],
        head=[["Oleh Rudi Sinaga"], ["Selasa, 4 November 2025 15:42"]],
        inserts={2: ["Iklan"], 5: ["Baca Juga:", "Wali Kota Minta Warga Tak Buang Sampah ke Parit"]},
        tail=[["Editor: WASPADA"],
              ["Ikuti Waspada.id di Google News"],
              ["Copyright \u00a9 2025 Waspada. All rights reserved."]],
        paras=P("""
Pemerintah Kota Medan mulai memperbaiki saluran drainase di 40 titik yang selama ini menjadi langganan banjir
saat hujan deras mengguyur kota.

Kepala Dinas Sumber Daya Air, Bina Marga dan Bina Konstruksi Kota Medan, Hendra Simatupang, mengatakan
perbaikan meliputi pengerukan, pelebaran saluran dan penggantian gorong-gorong yang rusak.

Anggaran yang disiapkan untuk pekerjaan tersebut mencapai sekitar Rp85 miliar dari APBD tahun ini.

Menurut Hendra, sebagian besar titik rawan berada di kawasan Medan Johor, Medan Selayang dan Medan
Tuntungan.

"Banyak saluran yang tersumbat sampah dan lumpur, sehingga air tidak bisa mengalir ke sungai," ujarnya
kepada Waspada, Selasa.

Warga Jalan Karya Wisata, Lina Br Tarigan, berharap perbaikan selesai sebelum puncak musim hujan pada
Desember.

Pemko juga berencana membangun dua kolam retensi baru di bagian selatan kota untuk menampung air hujan.

Pekerjaan ditargetkan rampung dalam tiga bulan, meski sebagian ruas jalan harus ditutup sementara.

Dinas terkait mengimbau pengendara mencari jalur alternatif selama pengerjaan berlangsung.

Warga juga diminta tidak membuang sampah ke saluran air agar drainase tidak kembali tersumbat.
"""),
        must_have=[
            "Anggaran yang disiapkan untuk pekerjaan tersebut mencapai sekitar Rp85 miliar dari APBD tahun ini.",
            "Pemko juga berencana membangun dua kolam retensi baru di bagian selatan kota untuk menampung air hujan.",
        ]),
    # Al Raya (Qatar, Arabic): staff, 'الدوحة - الراية:' opening.
    rec(cluster="alraya-doha-school-buses-electric", role="single", file="alraya_doha_school_buses_ar.txt", render="text",
        title="500 حافلة مدرسية كهربائية تدخل الخدمة مع بداية العام الدراسي",
        date="2025-08-25", dateline="الدوحة - الراية: ", city="Doha", country="QA", region="asia", lang="ar",
        pre=[["الراية", "الرئيسية", "محليات", "اقتصاد", "عربي ودولي", "رياضة", "منوعات", "كتاب الراية"]],
        head=[["الاثنين 25 أغسطس 2025 - 2:30 م"]],
        inserts={2: ["إعلان"], 5: ["اقرأ المزيد", "مواصلات تطلق خدمة نقل جديدة في الوكرة"]},
        tail=[["شارك الخبر"],
              ["تابعونا على"],
              ["جميع الحقوق محفوظة لجريدة الراية \u00a9 2025"]],
        paras=P("""
أعلنت شركة مواصلات دخول 500 حافلة مدرسية كهربائية جديدة إلى الخدمة مع انطلاق العام الدراسي الجديد، في
إطار خطة الدولة لتحويل وسائل النقل العام إلى الطاقة النظيفة.

وأوضحت الشركة أن الحافلات الجديدة ستخدم أكثر من 180 مدرسة حكومية في مختلف مناطق الدولة.

وبذلك يرتفع عدد الحافلات المدرسية الكهربائية العاملة في قطر إلى نحو 1,300 حافلة.

وقال مسؤول في الشركة إن الحافلات مزودة بكاميرات مراقبة وأجهزة لتتبع المواقع تتيح لأولياء الأمور معرفة
مكان الحافلة عبر تطبيق على الهاتف.

وأضاف أن السائقين والمشرفين خضعوا لبرامج تدريبية على قيادة الحافلات الكهربائية والتعامل مع الطلاب.

وتم تجهيز ثلاثة مستودعات جديدة بمحطات شحن سريع في الدوحة والخور والريان لخدمة الحافلات.

وتهدف الخطة إلى أن تكون جميع الحافلات المدرسية كهربائية بحلول عام 2030.

ودعت الشركة أولياء الأمور إلى تسجيل أبنائهم في خدمة النقل المدرسي عبر المنصة الإلكترونية قبل نهاية الشهر
الجاري.

ويستفيد من خدمة النقل المدرسي سنوياً عشرات الآلاف من الطلاب في المدارس الحكومية.

وكانت الشركة قد بدأت تشغيل أول حافلة مدرسية كهربائية في الدولة قبل نحو ثلاث سنوات.
"""),
        must_have=[
            "وبذلك يرتفع عدد الحافلات المدرسية الكهربائية العاملة في قطر إلى نحو 1,300 حافلة.",
            "وتهدف الخطة إلى أن تكون جميع الحافلات المدرسية كهربائية بحلول عام 2030.",
        ]),
    # Masrawy (Egypt, Arabic): MENA copy, 'أ ش أ' line over the story.
    rec(cluster="masrawy-mena-aswan-hospital-opening", role="single", file="masrawy_mena_aswan_hospital_ar.txt", render="text",
        title="افتتاح مستشفى جديد لعلاج الأورام في أسوان بتكلفة 900 مليون جنيه",
        date="2025-03-04", country="EG", region="africa", lang="ar", agency="MENA",
        pre=[["مصراوي", "أخبار", "اقتصاد", "رياضة", "فنون", "حوادث", "محافظات", "فيديو"]],
        head=[["أ ش أ"], ["09:15 م الثلاثاء 04 مارس 2025"]],
        inserts={3: ["إعلان"], 5: ["اقرأ أيضًا:", "الصحة: تشغيل 20 وحدة غسيل كلوي جديدة في الصعيد"]},
        tail=[["الموضوعات المتعلقة"],
              ["تابع صفحتنا على فيسبوك"],
              ["جميع الحقوق محفوظة \u00a9 مصراوي 2025"]],
        paras=P("""
افتتحت وزارة الصحة والسكان، اليوم الثلاثاء، مستشفى جديدًا لعلاج الأورام في محافظة أسوان، بتكلفة بلغت
نحو 900 مليون جنيه.

وقال مصدر بالوزارة إن المستشفى يضم 150 سريرًا، بينها 24 سريرًا للرعاية المركزة، إلى جانب وحدة للعلاج
الإشعاعي وأخرى للعلاج الكيماوي.

وأضاف أن المستشفى سيخدم مرضى محافظات أسوان والأقصر وقنا والبحر الأحمر، الذين كانوا يضطرون إلى السفر إلى
القاهرة لتلقي العلاج.

ويعمل في المستشفى أكثر من 400 من الأطباء وأفراد التمريض والفنيين، بحسب المصدر.

وأوضح أن المستشفى مزود بأجهزة حديثة للأشعة المقطعية والرنين المغناطيسي والمعامل.

وأشار إلى أن العلاج سيكون على نفقة الدولة أو ضمن منظومة التأمين الصحي الشامل التي تطبق في المحافظة.

وتسعى الوزارة إلى افتتاح مراكز مماثلة في عدد من محافظات الصعيد خلال العامين المقبلين.

ومن المقرر أن يستقبل المستشفى أول المرضى مطلع الشهر المقبل بعد انتهاء التشغيل التجريبي.

وكان مرضى الأورام في جنوب الصعيد يقطعون مسافات طويلة تصل إلى أكثر من 900 كيلومتر للوصول إلى مستشفيات القاهرة، وهو ما كان يمثل عبئًا كبيرًا عليهم وعلى أسرهم.

وأكد المصدر أن المستشفى سيقدم أيضًا خدمات الكشف المبكر عن الأورام لأبناء المحافظة.
"""),
        must_have=[
            "ويعمل في المستشفى أكثر من 400 من الأطباء وأفراد التمريض والفنيين، بحسب المصدر.",
            "وتسعى الوزارة إلى افتتاح مراكز مماثلة في عدد من محافظات الصعيد خلال العامين المقبلين.",
        ]),
    # Morocco World News (Morocco, English): staff, 'Marrakech – ' dateline.
    rec(cluster="moroccoworldnews-marrakech-water-rationing-hotels", role="single", file="moroccoworldnews_marrakech_hotels_water.txt", render="text",
        title="Marrakech Hotels Told to Cut Water Use by 20% as Drought Persists",
        date="2025-02-27", dateline="Marrakech \u2013 ", city="Marrakesh", country="MA", region="africa", lang="en",
        authors=["Salma Idrissi"],
        pre=[["Morocco World News", "Morocco", "Politics", "Economy", "Culture", "World", "Sports", "Opinion", "Newsletter"]],
        head=[["Salma Idrissi"], ["Feb 27, 2025"]],
        inserts={3: ["Read also: Morocco Launches Tender for Safi Desalination Plant"]},
        tail=[["Tags: drought, Marrakech, tourism, water"],
              ["Subscribe to our newsletter"],
              ["Copyright \u00a9 2025 Morocco World News. All rights reserved."]],
        paras=P("""
Authorities in Marrakech have ordered hotels and tourist residences in the city to cut their water
consumption by 20%, as Morocco enters a seventh consecutive year of drought.

The measure, announced by the regional water agency on Wednesday, applies to all establishments with more
than 30 rooms.

Hotels will have to install water-saving taps and shower heads and stop filling decorative fountains and
pools that are not used by guests.

Golf courses in the area have already been told to water their greens only with treated wastewater.

"Tourism is vital for the city, but drinking water for residents comes first," a regional official said.

The dams that supply Marrakech were about 22% full this week, according to the Ministry of Equipment and
Water.

The city welcomed more than four million visitors last year, a record driven by European and American
tourists.

Industry representatives said most large hotels had already reduced their water use and asked for
support to finance new equipment.

Inspections will begin in April, and establishments that ignore the rules could face fines.
"""),
        must_have=[
            "Golf courses in the area have already been told to water their greens only with treated wastewater.",
            "Inspections will begin in April, and establishments that ignore the rules could face fines.",
        ]),
    # Western People (Ireland): staff.
    rec(cluster="westernpeople-ballina-greenway-extension", role="single", file="westernpeople_ballina_greenway.txt", render="text",
        title="Funding secured for Ballina to Killala greenway extension",
        date="2025-03-04", country="IE", region="europe", lang="en", authors=["Declan Moran"],
        pre=[["Western People", "News", "Sport", "Farming", "Community", "Property", "Death Notices", "Newsletters"]],
        head=[["Declan Moran"], ["Tue 4 Mar 2025 at 12:30"]],
        inserts={2: ["Advertisement"], 5: ["Also in News", "Mayo County Council approves new library for Belmullet"]},
        tail=[["Get the latest news from Mayo straight to your inbox"],
              ["Sign up"],
              ["This article is protected by copyright. Mediahuis Ireland Limited."]],
        paras=P("""
Funding of 4.5 million euro has been secured to extend the Great Western Greenway network from Ballina to
Killala, Mayo County Council has confirmed.

The 12-kilometre route will follow the line of the old railway for much of its length and link the two towns
along the estuary of the River Moy.

The money is coming from Transport Infrastructure Ireland under its active travel programme.

Council officials said the route would be suitable for walkers, cyclists and wheelchair users, with several
rest areas and a new footbridge.

Local councillor Aine McHale said the greenway would bring visitors to north Mayo, which has missed out on
the tourism seen further west.

"We have watched Westport and Achill benefit for years. It is our turn now," she said.

A small number of landowners along the route have raised concerns about privacy and access to farmland.

Construction is expected to begin next year after a final round of consultation with landowners.

Council officials said the greenway could eventually be linked to the Wild Atlantic Way near Killala Bay.
"""),
        must_have=[
            "The money is coming from Transport Infrastructure Ireland under its active travel programme.",
            "A small number of landowners along the route have raised concerns about privacy and access to farmland.",
        ]),
    # Timaru Herald (New Zealand): staff, Stuff layout.
    rec(cluster="timaruherald-timaru-caroline-bay-carnival", role="single", file="timaruherald_caroline_bay_carnival.txt", render="text",
        title="Caroline Bay carnival secures three more years of funding",
        date="2025-06-11", country="NZ", region="oceania", lang="en", authors=["Emma Fairweather"],
        caption="The Caroline Bay carnival draws thousands of visitors every summer.", credit="JOHN BISSETT/STUFF",
        pre=[["Stuff", "Timaru Herald", "National", "World", "Business", "Climate change", "Sport", "Life & Style", "Quizzes"]],
        head=[["Emma Fairweather", "05:00, Jun 11 2025"]],
        cap_lines=["The Caroline Bay carnival draws thousands of visitors every summer.", "JOHN BISSETT/STUFF"],
        inserts={3: ["Advertisement"]},
        tail=[["Stuff's local journalism is supported by readers."],
              ["Sign up for the Timaru Herald newsletter"],
              ["\u00a9 2025 Stuff Limited"]],
        paras=P("""
Timaru's Caroline Bay carnival will go ahead for at least three more summers after the district council agreed
to a new funding deal with the association that runs it.

The council will contribute 180,000 dollars a year, up from 120,000, to help cover rising costs for safety,
power and rubbish collection.

The carnival, which runs over the Christmas and New Year period, is one of the oldest in the country and
attracts visitors from across South Canterbury.

Association chair Robyn Tuhiwai said volunteers had been worried the event might not survive another year.

"The costs have gone through the roof, and we simply could not keep asking our volunteers to do more," she
said.

Councillors said the carnival brought millions of dollars into local businesses during the holidays.

In return for the funding, the association will report each year on visitor numbers and spending.

The association is also looking for new sponsors to pay for a stage and lighting upgrade.

Organisers expect more than 60,000 people to attend this year's carnival.
"""),
        must_have=[
            "The council will contribute 180,000 dollars a year, up from 120,000, to help cover rising costs for safety, power and rubbish collection.",
            "In return for the funding, the association will report each year on visitor numbers and spending.",
        ]),
    # Sloboden Pečat (North Macedonia, Macedonian): MIA copy with a 'Скопје, ... (МИА) – ' dateline.
    rec(cluster="slobodenpecat-mia-ohrid-lake-monitoring", role="single", file="slobodenpecat_mia_ohrid_lake_mk.txt", render="text",
        title="Нови мерни станици ќе го следат квалитетот на водата во Охридското Езеро",
        date="2025-05-13", dateline="Скопје, 13 мај 2025 (МИА) \u2013 ", city="Skopje", country="MK", region="europe", lang="mk",
        agency="MIA",
        pre=[["Слободен печат", "Македонија", "Економија", "Свет", "Култура", "Спорт", "Колумни", "Хроника"]],
        head=[["МИА"], ["13.05.2025 15:20"]],
        inserts={2: ["Реклама"], 5: ["Прочитајте и:", "Охрид бележи рекорден број туристи во мај"]},
        tail=[["Споделете:"],
              ["Следете го Слободен печат на Фејсбук"],
              ["\u00a9 2025 Слободен печат. Сите права се задржани."]],
        paras=P("""
Министерството за животна средина и просторно планирање ќе постави пет нови автоматски мерни станици за
следење на квалитетот на водата во Охридското Езеро, соопшти денеска министерството.

Станиците ќе мерат температура, количина на кислород, мътност и присуство на хранливи материи, а податоците
ќе бидат достапни на интернет во реално време.

Проектот чини околу 1,2 милиони евра и се финансира со средства од Европската унија.

Според министерството, првите две станици ќе бидат поставени кај Струга и Охрид до крајот на летото.

Научниците од Хидробиолошкиот завод во Охрид со години предупредуваат на зголемено присуство на алги во
крајбрежниот дел на езерото.

„Со овие податоци ќе можеме навреме да реагираме ако се појави загадување“, изјави директорката на заводот
Елена Трајковска.

Охридското Езеро е под заштита на УНЕСКО како дел од природното и културното наследство на Охридскиот регион.

Министерството најави и засилени контроли на пречистителните станици во крајбрежните населби.

Поставувањето на станиците е дел од поширок план за заштита на езерото што се изработува со албанските
институции.
"""),
        must_have=[
            "Проектот чини околу 1,2 милиони евра и се финансира со средства од Европската унија.",
            "Министерството најави и засилени контроли на пречистителните станици во крајбрежните населби.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_PJ = site("The Providence Journal", "https://www.providencejournal.example.com", "", "en_US", "@projo",
               ["News", "Sports", "Business", "Opinion", "Things to Do", "Obituaries", "eNewspaper", "Legals"],
               ["\u00a9 2025 www.providencejournal.com. All rights reserved.", "Contact Us", "Terms of Service", "Privacy Policy", "Your Privacy Choices"],
               share=["Facebook", "X", "Email"], top=["Subscribe", "Sign In"])
SITE_MALI = site("Maliweb", "https://www.maliweb.example.net", " - maliweb.net", "fr_FR", "@maliweb",
                 ["Accueil", "Politique", "Société", "Économie", "Sécurité", "International", "Sport", "Culture", "Annonces"],
                 ["\u00a9 Copyright 2025 Maliweb.net - Tous droits réservés", "Qui sommes-nous ?", "Publicité", "Contact"],
                 share=["Partager", "Facebook", "Twitter", "WhatsApp"])
SITE_NOZ = site("NOZ", "https://www.noz.example.de", " | NOZ", "de_DE", "@noz_de",
                ["Osnabrück", "Region", "Deutschland & Welt", "Sport", "VfL Osnabrück", "Ratgeber", "Podcasts", "E-Paper"],
                ["\u00a9 NOZ MEDIEN 2025", "Impressum", "Datenschutz", "AGB", "Privatsphäre-Einstellungen"],
                share=["Artikel teilen", "Facebook", "WhatsApp", "E-Mail", "Link kopieren"], top=["Abo", "Anmelden"],
                cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen personalisierte Inhalte und Werbung anzuzeigen.",
                cookie_title="Ihre Privatsphäre ist uns wichtig",
                buttons=["Alle akzeptieren", "Ablehnen und NOZ+ abonnieren", "Einstellungen"])
SITE_VIMA = site("To Vima", "https://www.tovima.example.gr", " - To Vima", "el_GR", "@tovimagr",
                 ["Πολιτική", "Κοινωνία", "Οικονομία", "Κόσμος", "Πολιτισμός", "Αθλητισμός", "Απόψεις", "Το Βήμα της Κυριακής"],
                 ["\u00a9 2025 Alter Ego Media. Με την επιφύλαξη παντός δικαιώματος.", "Ταυτότητα", "Όροι χρήσης", "Πολιτική απορρήτου"],
                 share=["Facebook", "X", "Viber", "Email"],
                 cookie="Χρησιμοποιούμε cookies για να βελτιώσουμε την εμπειρία σας και για την προβολή εξατομικευμένων διαφημίσεων.",
                 buttons=["Αποδοχή", "Απόρριψη", "Ρυθμίσεις"])
SITE_PGC = site("Prince George Citizen", "https://www.princegeorgecitizen.example.com", " - Prince George Citizen", "en_CA", "@pgcitizen",
                ["Local News", "Opinion", "Sports", "Arts & Entertainment", "Obituaries", "Classifieds", "Events", "Newsletters"],
                ["\u00a9 2025 Prince George Citizen", "About Us", "Contact Us", "Privacy Policy", "Terms of Use"],
                share=["Share on Facebook", "Share on X", "Send by Email"])
SITE_WDN = site("Warwick Daily News", "https://www.warwickdailynews.example.com.au", "", "en_AU", "@WarwickDailyNews",
                ["News", "Sport", "Lifestyle", "Business", "Real Estate", "Truck & Ute", "Puzzles", "Today's Paper"],
                ["\u00a9 2025 News Pty Ltd. All times AEST (GMT +10).", "Contact us", "Terms of use", "Privacy policy", "Editorial code of conduct"],
                share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Subscribe", "Log in"])
SITE_MMI = site("Mimi Mefo Info", "https://www.mimimefoinfos.example.com", " - MMI", "fr_FR", "@MimiMefoInfos",
                ["Accueil", "Actualité", "Politique", "Économie", "Santé", "Sport", "English", "Vidéos"],
                ["\u00a9 2025 Mimi Mefo Info. Tous droits réservés.", "À propos", "Contact", "Politique de confidentialité"],
                share=["Partager", "Facebook", "X", "WhatsApp", "Telegram"])
SITE_SOM = site("Star of Mysore", "https://starofmysore.example.com", " - Star of Mysore", "en_IN", "@StarofMysore",
                ["Home", "News", "Feature Articles", "In Brief", "Sports", "Abhimana", "Letters to the Editor", "E-Paper"],
                ["\u00a9 2025 Star of Mysore. All Rights Reserved.", "About Us", "Advertise", "Contact"],
                share=["Share", "Facebook", "X", "WhatsApp"])
SITE_SGGP = site("Báo Sài Gòn Giải Phóng", "https://www.sggp.example.org.vn", " | Báo Sài Gòn Giải Phóng", "vi_VN", "@sggponline",
                 ["Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới", "Văn hóa", "Thể thao", "Sức khỏe"],
                 ["\u00a9 Bản quyền thuộc về Báo Sài Gòn Giải Phóng", "Tổng biên tập: Nguyễn Khắc Văn", "Liên hệ quảng cáo", "Điều khoản sử dụng"],
                 share=["Chia sẻ", "Facebook", "Zalo", "Sao chép liên kết"])
SITE_MOSA = site("Mosaïque Guinée", "https://mosaiqueguinee.example.com", " - Mosaïque Guinée", "fr_FR", "@mosaiqueguinee",
                 ["Accueil", "Actualité", "Politique", "Économie", "Société", "Afrique", "Sport", "Contact"],
                 ["\u00a9 2025 Mosaïque Guinée. Tous droits réservés.", "À propos", "Publicité", "Mentions légales"],
                 share=["Facebook", "X", "WhatsApp", "LinkedIn"])

HTML_STORIES = [
    # The Providence Journal (original of the AP cluster), Gannett layout.
    dict(KIN, role="original", file="providencejournal_ap_kingston_school_solar.html", render="html",
         site=SITE_PJ, section="World", meta_section="World",
         url="https://www.providencejournal.example.com/story/news/world/2025/03/18/jamaica-solar-panels-schools-power-bills/82513390007/",
         published="2025-03-18T11:14:00-04:00", modified="2025-03-18T13:02:00-04:00",
         ld_author=[{"@type": "Person", "name": "Marlon Tulloch"}, {"@type": "Organization", "name": "Associated Press"}],
         byline_lines=["Marlon Tulloch", "Associated Press"],
         date_lines=["Published 11:14 a.m. ET March 18, 2025", "Updated 1:02 p.m. ET March 18, 2025"],
         caption="Students walk past a primary school in Spanish Town, Jamaica, on March 17, 2025.", credit="AP Photo/Collin Reid",
         inserts={2: [("ad", "Advertisement")]},
         end_lines=KIN_END,
         lists=[("Most Popular", ["RIPTA to restore two bus routes in Pawtucket", "Where to find the best clam cakes in Rhode Island"])],
         newsletter_end=["Get the latest news from Rhode Island, delivered straight to your inbox. Sign up for our newsletter."]),
    # Maliweb (Mali): original of the AFP cluster, 'Par AFP' byline and 'Source : AFP' line.
    dict(NKC, role="original", file="maliweb_afp_nouakchott_poulpe_fr.html", render="html",
         site=SITE_MALI, section="International", meta_section="International",
         url="https://www.maliweb.example.net/international/mauritanie-la-peche-au-poulpe-suspendue-deux-mois-pour-preserver-les-stocks-3109874.html",
         published="2025-08-12T17:40:00+00:00",
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         byline_lines=["Par AFP"], date_lines=["Publié le 12 août 2025 à 17:40"],
         caption="Des pirogues de pêcheurs sur la plage de Nouakchott.", credit="MED LEMIN RAJEL / AFP",
         credit_shown="\u00a9 MED LEMIN RAJEL / AFP",
         inserts={3: [("ad", "Publicité")]},
         below_body=[("source", "Source : AFP"), ("views", "24 vues")],
         tags=("Mots clés :", ["Mauritanie", "Pêche", "Poulpe"]),
         comments=["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"],
         lists=[("Articles similaires", ["Sénégal : les pêcheurs de Kayar dénoncent la présence de chalutiers étrangers", "Niger : la campagne agricole menacée par la sécheresse"])]),
    # NOZ (gzipped page, German): staff, Osnabrück.
    rec(cluster="noz-osnabrueck-nettebad-sportbecken", role="single", file="noz_osnabrueck_nettebad_de.html.gz", render="html",
        site=SITE_NOZ, title="Nettebad in Osnabrück bekommt neues Sportbecken – Bauzeit zwei Jahre",
        date="2025-02-14", country="DE", region="europe", lang="de", authors=["Anna Wessels"],
        section="Osnabrück", meta_section="Osnabrück",
        url="https://www.noz.example.de/lokales/osnabrueck/artikel/nettebad-in-osnabrueck-bekommt-neues-sportbecken-48213377",
        description="Die Stadtwerke investieren rund 14 Millionen Euro in das Bad am Haseufer.",
        published="2025-02-14T06:00:00+01:00", free=False,
        breadcrumbs=["Startseite", "Lokales", "Osnabrück"],
        kicker="Stadtwerke investieren",
        byline_lines=["Von Anna Wessels"], date_lines=["14.02.2025, 06:00 Uhr"],
        above_body=[("listen", "Artikel hören"), ("plus", "NOZ+")],
        caption="Das Nettebad im Stadtteil Haste soll ein neues Sportbecken bekommen.", credit="Jörn Martens",
        credit_shown="Foto: Jörn Martens",
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Lesen Sie auch:", "Moskaubad: Stadt prüft Sanierung des Freibads")]},
        below_body=[("paywall", "Sie haben einen NOZ+ Artikel entdeckt."), ("paywall", "Jetzt weiterlesen mit NOZ+ – 1 Monat für 1 €")],
        lists=[("Meistgelesen", ["Osnabrücker Maiwoche: Das ist das Programm", "Unfall auf der A30 bei Hasbergen"])],
        paras=P("""
Das Nettebad im Osnabrücker Stadtteil Haste bekommt ein neues Sportbecken. Die Stadtwerke Osnabrück wollen
dafür rund 14 Millionen Euro investieren, wie das Unternehmen am Donnerstag mitteilte.

Das bisherige 25-Meter-Becken ist mehr als 40 Jahre alt und muss nach Angaben der Stadtwerke dringend ersetzt
werden.

Das neue Becken soll acht Bahnen haben und einen Hubboden bekommen, mit dem sich die Wassertiefe verändern lässt.

Davon profitieren nach Angaben der Stadtwerke vor allem Schwimmkurse für Kinder und Reha-Gruppen.

Die Bauarbeiten sollen im Herbst beginnen und etwa zwei Jahre dauern. Das Freizeitbad und die Sauna bleiben in
dieser Zeit geöffnet.

Vereine und Schulen müssen allerdings auf andere Bäder in der Stadt und im Landkreis ausweichen.

„Wir wissen, dass das für viele eine Umstellung ist, aber danach haben wir ein Bad für die nächsten
Jahrzehnte“, sagte ein Sprecher der Stadtwerke.

Der Stadtsportbund begrüßte die Pläne, mahnte aber genug Wasserzeiten für die Vereine während der Bauphase an.

Das Nettebad zählt mit rund 600.000 Besuchern im Jahr zu den größten Bädern der Region.
"""),
        must_have=[
            "Das neue Becken soll acht Bahnen haben und einen Hubboden bekommen, mit dem sich die Wassertiefe verändern lässt.",
            "Vereine und Schulen müssen allerdings auf andere Bäder in der Stadt und im Landkreis ausweichen.",
        ]),
    # To Vima (Greece, Greek): ANA-MPA copy, 'Newsroom' byline and a source line.
    rec(cluster="tovima-anampa-heraklion-airport-arrivals", role="single", file="tovima_anampa_heraklion_arrivals_el.html", render="html",
        site=SITE_VIMA, title="Ρεκόρ αφίξεων στο αεροδρόμιο του Ηρακλείου τον Ιούλιο",
        date="2025-08-06", country="GR", region="europe", lang="el", agency="ANA-MPA",
        section="Κοινωνία", meta_section="Κοινωνία",
        url="https://www.tovima.example.gr/2025/08/06/society/rekor-afixeon-sto-aerodromio-tou-irakleiou-ton-ioulio/",
        description="Πάνω από 1,2 εκατομμύρια επιβάτες εξυπηρέτησε το αεροδρόμιο μέσα σε έναν μήνα.",
        published="2025-08-06T13:45:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Newsroom"}],
        byline_lines=["Newsroom"], date_lines=["06 Αυγούστου 2025 | 13:45"],
        caption="Επιβάτες στον χώρο αναχωρήσεων του αεροδρομίου «Νίκος Καζαντζάκης».", credit="EUROKINISSI",
        inserts={2: [("ad", "Διαφήμιση")], 5: [("link", "Διαβάστε επίσης:", "Καύσωνας: Στους 42 βαθμούς η θερμοκρασία την Πέμπτη")]},
        end_lines=["Πηγή: ΑΠΕ-ΜΠΕ"],
        tags=("Tags", ["Ηράκλειο", "Τουρισμός", "Αεροδρόμιο"]),
        lists=[("Δημοφιλή", ["Πανελλαδικές 2025: Οι βάσεις εισαγωγής", "Ακρίβεια: Τι αλλάζει στα σούπερ μάρκετ"])],
        paras=P("""
Νέο ρεκόρ αφίξεων κατέγραψε τον Ιούλιο το αεροδρόμιο «Νίκος Καζαντζάκης» του Ηρακλείου, σύμφωνα με τα στοιχεία
που έδωσε σήμερα στη δημοσιότητα η Υπηρεσία Πολιτικής Αεροπορίας.

Το αεροδρόμιο εξυπηρέτησε συνολικά 1,24 εκατομμύρια επιβάτες, αριθμός αυξημένος κατά 6,8% σε σχέση με τον
Ιούλιο του 2024.

Οι διεθνείς πτήσεις αυξήθηκαν κατά 5%, με τους περισσότερους επισκέπτες να έρχονται από τη Γερμανία, το
Ηνωμένο Βασίλειο και την Πολωνία.

Στις ώρες αιχμής οι επιβάτες περίμεναν αρκετή ώρα στους ελέγχους ασφαλείας, καθώς οι εγκαταστάσεις δεν
επαρκούν για την κίνηση.

Εκπρόσωποι των ξενοδόχων της Κρήτης δήλωσαν ότι η πληρότητα στα μεγάλα καταλύματα ξεπέρασε το 90% τον
Ιούλιο.

Το νέο αεροδρόμιο στο Καστέλι, που θα αντικαταστήσει το σημερινό, αναμένεται να λειτουργήσει το 2028.

Σύμφωνα με την Υπηρεσία Πολιτικής Αεροπορίας, η επιβατική κίνηση σε όλα τα αεροδρόμια της χώρας αυξήθηκε
κατά 4,5% τον ίδιο μήνα.

Οι επαγγελματίες του τουρισμού εκτιμούν ότι η καλή πορεία θα συνεχιστεί και τον Σεπτέμβριο.
"""),
        must_have=[
            "Το αεροδρόμιο εξυπηρέτησε συνολικά 1,24 εκατομμύρια επιβάτες, αριθμός αυξημένος κατά 6,8% σε σχέση με τον Ιούλιο του 2024.",
            "Το νέο αεροδρόμιο στο Καστέλι, που θα αντικαταστήσει το σημερινό, αναμένεται να λειτουργήσει το 2028.",
        ]),
    # Prince George Citizen (British Columbia): The Canadian Press copy, 'VICTORIA — ' dateline.
    rec(cluster="pgcitizen-cp-victoria-wildfire-crews", role="single", file="pgcitizen_cp_victoria_wildfire_crews.html", render="html",
        site=SITE_PGC, title="B.C. to hire 300 more wildland firefighters ahead of summer",
        date="2025-04-02", dateline="VICTORIA \u2014 ", city="Victoria", country="CA", region="americas", lang="en",
        agency="CP", authors=["Nadia Kowalchuk"], section="Local News", meta_section="Local News",
        url="https://www.princegeorgecitizen.example.com/highlights/bc-to-hire-300-more-wildland-firefighters-ahead-of-summer-10462290",
        description="The province says it wants a bigger year-round wildfire service.",
        published="2025-04-02T14:05:00-07:00",
        ld_author=[{"@type": "Person", "name": "Nadia Kowalchuk"}, {"@type": "Organization", "name": "The Canadian Press"}],
        byline_lines=["Nadia Kowalchuk, The Canadian Press"], date_lines=["Apr 2, 2025 2:05 PM"],
        caption="A member of the BC Wildfire Service works on a fire near Fort St. James last summer.",
        credit="THE CANADIAN PRESS/Darren Holt",
        inserts={3: [("ad", "Advertisement")]},
        end_lines=["This report by The Canadian Press was first published April 2, 2025."],
        below_body=[("listen", "Listen to this article")],
        comments=["Comments", "We welcome your feedback and encourage you to share your thoughts. We ask that you be respectful of others and their points of view."],
        lists=[("Trending Now", ["City council approves downtown parkade repairs", "Cougars clinch playoff spot with win over Kamloops"])],
        paras=P("""
British Columbia will hire about 300 more wildland firefighters this year as it prepares for another
potentially severe fire season, the provincial government said Wednesday.

Forests Minister Ravi Sandhu said the new crews will bring the BC Wildfire Service to more than 2,000
firefighters, the largest in its history.

The province is also adding two new air tankers under long-term contracts and opening a training centre for
firefighters in the Interior.

Sandhu said the goal is to build a service that works year-round, with crews doing prevention work such as
thinning forests in the winter months.

"Our fire seasons are getting longer, and we have to be ready in April, not just in July," he said at a news
conference in Victoria.

Snowpack levels across much of the province are below normal, which experts say raises the risk of an early
start to the season.

More than 1,300 fires burned in the province last year, and several communities were evacuated.

The hiring will cost about $58 million over three years, according to the ministry.
"""),
        must_have=[
            "The province is also adding two new air tankers under long-term contracts and opening a training centre for firefighters in the Interior.",
            "More than 1,300 fires burned in the province last year, and several communities were evacuated.",
        ]),
    # Warwick Daily News (Queensland): AAP copy, News Corp regional layout.
    rec(cluster="warwickdailynews-aap-queensland-drought-relief", role="single", file="warwickdailynews_aap_drought_relief.html", render="html",
        site=SITE_WDN, title="Southern Downs added to drought declaration as dry spell bites",
        date="2025-06-05", country="AU", region="oceania", lang="en", agency="AAP", authors=["Tessa Marchant"],
        section="News", meta_section="News",
        url="https://www.warwickdailynews.example.com.au/news/southern-downs-added-to-drought-declaration-as-dry-spell-bites/news-story/5c1e2a9b8f7d4e3a",
        description="Farmers in the region will get access to freight subsidies and water rebates.",
        published="2025-06-05T14:14:00+10:00", free=False,
        ld_author=[{"@type": "Person", "name": "Tessa Marchant"}],
        byline_lines=["Tessa Marchant", "Australian Associated Press"], date_lines=["June 5, 2025 - 2:14PM"],
        caption="Dry paddocks near Warwick on the Southern Downs.", credit="Supplied",
        credit_shown="Picture: Supplied",
        inserts={2: [("ad", "Advertisement")], 4: [("link", "MORE NEWS:", "Warwick Rodeo crowds tipped to break record")]},
        below_body=[("paywall", "Subscribe to keep reading"), ("paywall", "Already a subscriber? Log in")],
        newsletter_end=["Get the latest news in your inbox", "Sign up to our free newsletter"],
        lists=[("Trending", ["Stanthorpe apple harvest down by a third", "New childcare centre approved for Warwick"])],
        paras=P("""
The Southern Downs has been added to Queensland's list of drought-declared areas after months of below-average
rainfall left dams low and pastures bare.

Agriculture Minister Darren Kelso said the declaration would give farmers in the region access to freight
subsidies for fodder and water and rebates on new water infrastructure.

About 68 per cent of Queensland is now drought-declared, up from 55 per cent at the start of the year.

The Bureau of Meteorology says parts of the Southern Downs received less than half their usual rainfall
between January and May.

Warwick beef producer Col Henning said many graziers had already sold part of their herds.

"You can only hand-feed for so long before the bank starts asking questions," he said.

The state government said it would also fund extra rural financial counsellors for the region.

The declaration will be reviewed after the next wet season, the minister said.

Farmers can apply for assistance through the Queensland Rural and Industry Development Authority.
"""),
        must_have=[
            "About 68 per cent of Queensland is now drought-declared, up from 55 per cent at the start of the year.",
            "The state government said it would also fund extra rural financial counsellors for the region.",
        ]),
    # Mimi Mefo Info (Cameroon, French): staff.
    rec(cluster="mimimefo-yaounde-coupures-eau", role="single", file="mimimefoinfo_yaounde_eau_fr.html", render="html",
        site=SITE_MMI, title="Yaoundé : plusieurs quartiers privés d'eau potable depuis une semaine",
        date="2025-04-22", country="CM", region="africa", lang="fr", authors=["Ariane Tchakounté"],
        section="Actualité", meta_section="Actualité",
        url="https://www.mimimefoinfos.example.com/fr/yaounde-plusieurs-quartiers-prives-deau-potable-depuis-une-semaine/",
        description="La Camwater évoque une panne sur une station de pompage.",
        published="2025-04-22T10:30:00+01:00",
        byline_lines=["Par Ariane Tchakounté"], date_lines=["22 avril 2025"],
        above_body=[("reading", "Temps de lecture : 2 min")],
        inserts={3: [("link", "Lire aussi :", "Douala : la Camwater annonce des travaux sur le réseau de Bonabéri")]},
        below_body=[("follow", "Suivez Mimi Mefo Info sur WhatsApp pour plus d'informations")],
        tags=("Tags:", ["Camwater", "Eau potable", "Yaoundé"]),
        lists=[("À lire aussi", ["Bamenda : reprise des cours dans plusieurs écoles", "Football : les Lions indomptables convoqués pour juin"])],
        paras=P("""
Plusieurs quartiers de Yaoundé sont privés d'eau potable depuis une semaine, en raison d'une panne sur une
station de pompage de la Cameroon Water Utilities Corporation (Camwater).

Les habitants de Biyem-Assi, Mendong et Nkolbisson affirment que les robinets sont à sec depuis le mardi 15
avril.

Dans ces quartiers, le bidon de 20 litres d'eau se vend désormais entre 150 et 250 francs CFA auprès des
revendeurs.

« Nous passons nos matinées à chercher de l'eau au lieu d'aller travailler », témoigne Hélène, mère de
quatre enfants à Mendong.

Dans un communiqué, la Camwater explique qu'une pompe de la station d'Akomnyada est tombée en panne et que
des pièces ont été commandées.

La société assure que la distribution sera progressivement rétablie d'ici la fin de la semaine.

En attendant, des camions-citernes ont été déployés dans certains quartiers, mais les habitants les jugent
insuffisants.

La capitale camerounaise connaît des pénuries d'eau récurrentes, la demande dépassant largement la
production disponible.
"""),
        must_have=[
            "Dans ces quartiers, le bidon de 20 litres d'eau se vend désormais entre 150 et 250 francs CFA auprès des revendeurs.",
            "La société assure que la distribution sera progressivement rétablie d'ici la fin de la semaine.",
        ]),
    # Star of Mysore (India): staff, 'Mysore/Mysuru: ' opening.
    rec(cluster="starofmysore-mysuru-dasara-tableaux", role="single", file="starofmysore_dasara_jumboo_savari.html", render="html",
        site=SITE_SOM, title="Dasara Jumboo Savari: 52 tableaux to take part this year",
        date="2025-09-24", dateline="Mysore/Mysuru: ", city="Mysore", country="IN", region="asia", lang="en",
        section="News", meta_section="News",
        url="https://starofmysore.example.com/dasara-jumboo-savari-52-tableaux-to-take-part-this-year/",
        description="Tableaux from all 31 districts of the State will be part of the procession.",
        published="2025-09-24T07:40:00+05:30",
        ld_author=[{"@type": "Organization", "name": "Star of Mysore"}],
        byline_lines=["By SOM Online"], date_lines=["September 24, 2025"],
        caption="A tableau being given final touches at the Exhibition grounds.", credit="SOM",
        credit_shown="Pic. by SOM",
        inserts={2: [("ad", "Advertisement")]},
        below_body=[("cat", "Posted in: News"), ("tags", "Tagged: Mysuru Dasara 2025")],
        comments=["Leave a Reply", "Your email address will not be published."],
        lists=[("Recent Posts", ["Chamundi Hill steps to get LED lighting", "KSRTC to run 2,000 extra buses for Dasara"])],
        paras=P("""
A total of 52 tableaux depicting the culture, development and heritage of Karnataka will take part in the
Jumboo Savari procession on Vijayadashami day.

Tableaux from all 31 districts of the State will be part of the procession, along with those of various
Government departments and boards.

The Tableaux Sub-Committee, which met at the Deputy Commissioner's office yesterday, said the tableaux would
be inspected on Oct. 1 before being cleared for the procession.

Artists from Mysuru and other districts have been working for the last three weeks at the Exhibition grounds
to complete the tableaux.

Each district has been given Rs. 5 lakh to build its tableau, while departments are meeting their own costs.

The best three tableaux will be given awards at a function to be held after the festival.

The procession will start from the Palace and end at the Bannimantap grounds, a distance of about five km.

Police have asked the public not to climb on walls and rooftops along the route for safety reasons.

Lakhs of people are expected to watch the procession this year.
"""),
        must_have=[
            "Each district has been given Rs. 5 lakh to build its tableau, while departments are meeting their own costs.",
            "The best three tableaux will be given awards at a function to be held after the festival.",
        ]),
    # Sài Gòn Giải Phóng (Vietnam, Vietnamese): staff, author name in capitals at the foot.
    rec(cluster="sggp-hcmc-electric-bus-routes", role="single", file="sggp_hcmc_xe_buyt_dien_vi.html", render="html",
        site=SITE_SGGP, title="TPHCM đưa vào hoạt động thêm 5 tuyến xe buýt điện",
        date="2025-04-16", country="VN", region="asia", lang="vi", authors=["Hoàng Hùng"],
        section="Xã hội", meta_section="Xã hội",
        url="https://www.sggp.example.org.vn/tphcm-dua-vao-hoat-dong-them-5-tuyen-xe-buyt-dien-post791234.html",
        description="Các tuyến mới kết nối trung tâm thành phố với các khu dân cư ở phía đông.",
        published="2025-04-16T10:35:00+07:00",
        byline_lines=["HOÀNG HÙNG"], date_lines=["Thứ Tư, 16/4/2025 10:35"],
        caption="Xe buýt điện phục vụ hành khách tại bến xe buýt Sài Gòn.", credit="HOÀNG HÙNG",
        credit_shown="Ảnh: HOÀNG HÙNG",
        inserts={3: [("link", "Tin liên quan", "Hành khách đi xe buýt tăng mạnh trong quý 1")]},
        tags=("Từ khóa", ["xe buýt điện", "TPHCM", "giao thông công cộng"]),
        lists=[("Đọc nhiều", ["Giá vàng hôm nay tăng mạnh", "Dự báo thời tiết: Nam bộ mưa trái mùa"])],
        paras=P("""
Sáng 16-4, Sở Xây dựng TPHCM cho biết thành phố đã đưa vào hoạt động thêm 5 tuyến xe buýt điện, nâng tổng
số tuyến xe buýt điện trên địa bàn lên 24 tuyến.

Các tuyến mới kết nối khu vực trung tâm với TP Thủ Đức và các khu dân cư ở phía đông thành phố.

Mỗi tuyến có từ 12 đến 18 xe, hoạt động từ 5 giờ đến 21 giờ hằng ngày, với thời gian giãn cách từ 10 đến 15
phút mỗi chuyến.

Giá vé được giữ nguyên như các tuyến xe buýt thông thường, từ 6.000 đến 7.000 đồng mỗi lượt.

Theo Sở Xây dựng, trong quý 1 năm nay, lượng hành khách đi xe buýt điện tăng khoảng 20% so với cùng kỳ năm
trước.

Nhiều hành khách cho biết xe buýt điện chạy êm, sạch sẽ và có máy lạnh nên thích đi hơn xe cũ.

Thành phố đặt mục tiêu đến năm 2030 chuyển đổi toàn bộ xe buýt sang sử dụng điện hoặc năng lượng xanh.

Để thực hiện mục tiêu này, thành phố sẽ hỗ trợ lãi vay cho các doanh nghiệp đầu tư mua xe mới và xây dựng
trạm sạc.

Hiện TPHCM có hơn 120 tuyến xe buýt, phục vụ khoảng 600.000 lượt khách mỗi ngày.
"""),
        must_have=[
            "Giá vé được giữ nguyên như các tuyến xe buýt thông thường, từ 6.000 đến 7.000 đồng mỗi lượt.",
            "Thành phố đặt mục tiêu đến năm 2030 chuyển đổi toàn bộ xe buýt sang sử dụng điện hoặc năng lượng xanh.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, UzDaily (Uzbekistan, Russian): staff, 'Ташкент, Узбекистан (UzDaily.uz) -- ' dateline.
    rec(cluster="uzdaily-tashkent-yunusabad-tram", role="single", file="newsplease_uzdaily_tashkent_trams_ru.json",
        render="newsplease", title="В Ташкенте запустят новый трамвайный маршрут до Юнусабада",
        date="2025-07-09", dateline="Ташкент, Узбекистан (UzDaily.uz) -- ", city="Tashkent", country="UZ", region="asia",
        lang="ru",
        url="https://www.uzdaily.example.uz/ru/v-tashkente-zapustyat-novyy-tramvaynyy-marshrut-do-yunusabada/",
        source_domain="www.uzdaily.example.uz",
        description="Маршрут протяжённостью 9 километров свяжет центр города с Юнусабадским районом.",
        np_authors=[], np_publish="2025-07-09 16:20:00", np_download="2025-07-09 19:02:41",
        head_lines=["09.07.2025 16:20", "Общество"],
        tail_lines=["Подписывайтесь на наш канал в Telegram", "Поделиться", "Другие новости"],
        paras=P("""
Хокимият города Ташкента сообщил о планах запустить новый трамвайный маршрут, который свяжет центр
столицы с Юнусабадским районом.

Протяжённость линии составит около 9 километров, на ней будут построены 14 остановок.

Стоимость проекта оценивается в 85 миллионов долларов, часть средств предоставит международный банк
развития.

По словам представителей хокимията, на маршруте будут работать 20 новых низкопольных трамваев,
приспособленных для пассажиров с ограниченными возможностями.

Строительство планируется начать осенью этого года и завершить к концу 2027 года.

Во время работ движение транспорта на отдельных участках улицы Амира Темура будет временно ограничено.

Трамвайное движение в Ташкенте было почти полностью прекращено в 2016 году, однако в последние годы
город возвращается к этому виду транспорта.

Жители Юнусабада давно жалуются на перегруженность автобусов и пробки в часы пик.

Ожидается, что новая линия будет перевозить до 60 тысяч пассажиров в сутки.

В хокимияте также сообщили, что рядом с конечной остановкой появится пересадочный узел с автобусами и станцией метро.

Проект новой линии будет представлен жителям на общественных слушаниях в августе.
"""),
        must_have=[
            "Протяжённость линии составит около 9 километров, на ней будут построены 14 остановок.",
            "Строительство планируется начать осенью этого года и завершить к концу 2027 года.",
        ]),
    # news-please, Daily Mercury (Mackay, Queensland): staff.
    rec(cluster="dailymercury-mackay-sugar-crush-start", role="single", file="newsplease_dailymercury_mackay_crush.json",
        render="newsplease", title="Mackay mills fire up for late crush after wet start to season",
        date="2025-06-23", country="AU", region="oceania", lang="en", authors=["Liam Prendergast"],
        url="https://www.dailymercury.example.com.au/news/mackay/mackay-mills-fire-up-for-late-crush-after-wet-start-to-season/news-story/8a7f3c21d09e4b6f",
        source_domain="www.dailymercury.example.com.au",
        description="Growers expect a crop of about 5.4 million tonnes.",
        np_authors=["Liam Prendergast"], np_publish="2025-06-23 17:30:00", np_download="2025-06-23 21:12:09",
        head_lines=["Liam Prendergast", "June 23, 2025 - 5:30PM", "Daily Mercury"],
        tail_lines=["Subscribe to the Daily Mercury for the latest local news.", "More related stories", "Join the conversation"],
        paras=P("""
Sugar mills across the Mackay region have started crushing about three weeks later than planned after heavy
rain in May kept harvesters out of waterlogged paddocks.

The region's mills are expected to process about 5.4 million tonnes of cane this season, slightly less than
last year.

Mill owner Mackay Sugar said all three of its mills were now running and that the crush should finish by
early December if the weather holds.

Canegrowers Mackay chair Jodie Santoro said growers were relieved to finally get the season under way.

"It has been a frustrating few weeks watching the crop stand in the paddock," she said.

Sugar content in early samples was lower than average, which growers blamed on the wet and cloudy weather.

The industry employs about 3,000 people in the region during the crushing season.

Mill workers and growers will meet next month to discuss extra weekend shifts to make up for lost time.
"""),
        must_have=[
            "The region's mills are expected to process about 5.4 million tonnes of cane this season, slightly less than last year.",
            "The industry employs about 3,000 people in the region during the crushing season.",
        ]),
    # news-please, Mwebantu (Zambia): ZANIS copy, 'CHOMA –' dateline.
    rec(cluster="mwebantu-zanis-choma-fertiliser-depots", role="single", file="newsplease_mwebantu_zanis_choma_fertiliser.json",
        render="newsplease", title="Choma farmers start collecting FISP inputs",
        date="2025-10-17", dateline="CHOMA \u2013 ", city="Choma", country="ZM", region="africa", lang="en", agency="ZANIS",
        url="https://www.mwebantu.example.com/2025/10/17/choma-farmers-start-collecting-fisp-inputs/",
        source_domain="www.mwebantu.example.com",
        description="More than 30,000 farmers in the district are on the programme.",
        np_authors=["Mwebantu"], np_publish="2025-10-17 14:05:00", np_download="2025-10-17 18:44:20",
        head_lines=["Mwebantu", "October 17, 2025", "Agriculture"],
        inserts={3: ["ADVERTISEMENT"]},
        tail_lines=["ZANIS", "Join our WhatsApp Channel", "Related Posts", "Leave a Reply"],
        paras=P("""
Farmers in Choma District have started collecting fertiliser and seed under the Farmer Input Support
Programme (FISP) ahead of the 2025/2026 farming season.

District Agriculture Coordinator Mutinta Hamoonga said more than 30,000 farmers in the district are on the
programme this season.

Ms Hamoonga said inputs had been delivered to 18 of the 24 depots in the district, and the rest would receive
their allocations by the end of the month.

She urged farmers to collect their inputs early so that they are ready to plant with the first rains.

Ms Hamoonga also warned that any farmer found selling inputs would be removed from the programme.

And a farmer from Batoka, Cosmas Siamuyoba, thanked the government for the timely delivery of inputs.

Mr Siamuyoba said that in previous seasons farmers received fertiliser late, which affected their yields.

The Meteorological Department has forecast normal to above-normal rainfall for most parts of Southern
Province this season.
"""),
        must_have=[
            "Ms Hamoonga also warned that any farmer found selling inputs would be removed from the programme.",
            "Mr Siamuyoba said that in previous seasons farmers received fertiliser late, which affected their yields.",
        ]),
    # trafilatura, Whakatane Beacon (New Zealand): staff.
    rec(cluster="whakatanebeacon-whakatane-boat-harbour", role="single", file="trafilatura_beacon_whakatane_boat_harbour.json",
        render="trafilatura", title="Boat harbour consent granted after long wait",
        date="2025-09-02", country="NZ", region="oceania", lang="en", authors=["Kiri Hohaia"], section="News",
        url="https://www.whakatanebeacon.example.co.nz/news/boat-harbour-consent-granted-after-long-wait/",
        hostname="whakatanebeacon.example.co.nz", source_hostname="Whakatane Beacon",
        description="The harbour will provide more than 150 berths on the Whakatāne River.",
        tf_author="Kiri Hohaia", tf_date="2025-09-02", tf_language="en", categories="News;Local News",
        head_lines=["Kiri Hohaia", "Tuesday 2nd September 2025", "Local Democracy Reporter"],
        tail_lines=["Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
                    "Share this story", "Other news"],
        paras=P("""
A long-awaited boat harbour on the Whakatāne River has been granted resource consent, clearing the way for
construction to begin next year.

The harbour, on land owned by Te Rāhui Lands Trust, will provide more than 150 berths for recreational and
commercial boats.

The project has been planned for more than a decade and has received 19 million dollars from the
Government's regional development fund.

Trust chair Moana Rangitauira said the consent was a milestone for the trust's owners and for the wider
community.

"Our people have waited a long time to see something built on this whenua that benefits everyone," she said.

Conditions of the consent include monitoring of water quality and limits on construction noise near homes.

Local boaties say the existing marina has a waiting list of several years.

Construction is expected to take about two years, with the first berths available in 2028.

The trust says the harbour will also include a public boat ramp and parking for trailers.
"""),
        must_have=[
            "The project has been planned for more than a decade and has received 19 million dollars from the Government's regional development fund.",
            "Conditions of the consent include monitoring of water quality and limits on construction noise near homes.",
        ]),
    # trafilatura, South Wales Argus (Wales): staff, Newsquest layout.
    rec(cluster="southwalesargus-newport-market-footfall", role="single", file="trafilatura_southwalesargus_newport_market.json",
        render="trafilatura", title="Newport Market footfall up a fifth since reopening, figures show",
        date="2025-07-21", country="GB", region="europe", lang="en", authors=["Gethin Probert"], section="News",
        url="https://www.southwalesargus.example.co.uk/news/24987123.newport-market-footfall-fifth-since-reopening/",
        hostname="southwalesargus.example.co.uk", source_hostname="South Wales Argus",
        description="More than 1.2 million people visited the market in the past year.",
        tf_author="Gethin Probert", tf_date="2025-07-21", tf_language="en", categories="News;Newport",
        head_lines=["By Gethin Probert", "Senior reporter", "Share"],
        tail_lines=["Read more:", "Comments: Our rules", "Newsquest Media Group Ltd"],
        paras=P("""
The number of people visiting Newport Market has risen by a fifth since the historic building reopened after
its redevelopment, new figures show.

More than 1.2 million people visited the market in the past year, according to the company that runs the
building.

The Victorian market reopened with a food hall, independent shops and office space on the upper floors after
a multi-million-pound refurbishment.

Traders said the rise in visitors had been strongest on weekday lunchtimes, when office workers come in to
eat.

Bakery owner Sian Llewellyn said business had doubled compared with her old unit elsewhere in the city.

"It feels like the heart of Newport is beating again," she said.

Some traders, however, said rents had become too high for smaller stalls.

Newport City Council said the market was an important part of its plans to bring more people into the city
centre.

An events programme including a night market and live music is planned for the autumn.
"""),
        must_have=[
            "The Victorian market reopened with a food hall, independent shops and office space on the upper floors after a multi-million-pound refurbishment.",
            "Some traders, however, said rents had become too high for smaller stalls.",
        ]),
    # trafilatura, Worcester Telegram & Gazette (Massachusetts): staff, Gannett layout.
    rec(cluster="telegram-worcester-lead-pipes", role="single", file="trafilatura_telegram_worcester_lead_pipes.json",
        render="trafilatura", title="Worcester speeds up lead pipe replacement with $30M loan",
        date="2025-05-15", country="US", region="americas", lang="en", authors=["Brandon Kowalski"], section="News",
        url="https://www.telegram.example.com/story/news/local/2025/05/15/worcester-speeds-up-lead-pipe-replacement-loan/83661204007/",
        hostname="telegram.example.com", source_hostname="Worcester Telegram & Gazette",
        description="The city wants to replace all lead service lines by 2035.",
        tf_author="Brandon Kowalski", tf_date="2025-05-15", tf_language="en", categories="News;Local",
        head_lines=["Brandon Kowalski", "Worcester Telegram & Gazette", "Published 5:33 p.m. ET May 15, 2025"],
        tail_lines=["Brandon Kowalski covers City Hall for the Telegram & Gazette. Reach him at bkowalski@telegram.com.", "Sign up for our newsletter", "Your Privacy Choices"],
        paras=P("""
Worcester will speed up the replacement of lead water lines across the city after securing a $30 million
low-interest loan from the state, city officials announced Thursday.

The money will pay to replace about 4,000 lead service lines over the next two years, mostly in older
neighborhoods in Main South, Piedmont and Vernon Hill.

The city estimates there are still about 27,000 lead lines connecting homes to its water mains.

Homeowners will not be charged for the replacement of the private portion of the line, officials said.

Public Utilities Director Marcia Odom said the city aims to replace all lead lines by 2035, two years ahead of
the federal deadline.

"There is no safe level of lead exposure, especially for children," she said.

Residents can check whether their home is served by a lead line using an online map on the city's website.

Contractors are expected to begin work in June.

Residents will be notified by mail at least two weeks before crews arrive on their street.
"""),
        must_have=[
            "The city estimates there are still about 27,000 lead lines connecting homes to its water mains.",
            "Residents can check whether their home is served by a lead line using an online map on the city's website.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

JSONL_STORIES = [
    # news-please shape: the AP story on the Wichita Eagle (syndicated member of the AP cluster).
    dict(KIN, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.kansas.example.com/news/nation-world/world/article301245678.html",
         source_domain="www.kansas.example.com",
         np_authors=["Marlon Tulloch", "Associated Press"], np_publish="2025-03-18 10:31:00", np_download="2025-03-18 16:05:12",
         head_lines=["By Marlon Tulloch", "Associated Press", "March 18, 2025 10:31 AM"],
         tail_lines=[KIN_CONTRIB,
                     "Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
                     "Take Us With You", "Real-time updates and all local stories you want right in the palm of your hand."]),
    # newsbeam html shape: the AFP story on Mosaïque Guinée (syndicated member of the AFP cluster).
    dict(NKC, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_MOSA,
         section="Afrique", meta_section="Afrique",
         url="https://mosaiqueguinee.example.com/mauritanie-la-peche-au-poulpe-suspendue-deux-mois-pour-preserver-les-stocks/",
         published="2025-08-12T18:55:00+00:00",
         nb_published="2025-08-12T18:55:00Z", outlet="Mosaïque Guinée", nb_authors=["La Rédaction"],
         ld_author=[{"@type": "Person", "name": "La Rédaction"}],
         byline_lines=["La Rédaction"], date_lines=["12 août 2025"],
         below_body=[("source", "Avec AFP")],
         comments=["Laisser un commentaire", "Annuler la réponse"],
         lists=[("Articles récents", ["Conakry : le prix du sac de riz en hausse sur les marchés", "Kindia : lancement de la campagne de vaccination contre la rougeole"])]),
    # newsbeam text shape: Panay News (Philippines): staff, 'ILOILO City – ' dateline; the crawler stamp is UTC.
    rec(cluster="panaynews-iloilo-river-esplanade", role="single", file=JSONL_A, render="newsbeam",
        title="Iloilo City to extend river esplanade by 2 kilometers",
        date="2025-09-23", dateline="ILOILO City \u2013 ", city="Iloilo", country="PH", region="asia", lang="en",
        authors=["Jennifer Ledesma"],
        url="https://www.panaynews.example.net/iloilo-city-to-extend-river-esplanade-by-2-kilometers/",
        nb_published="2025-09-22T16:05:00Z", outlet="Panay News", nb_authors=["Panay News"],
        head_lines=["September 23, 2025", "By Jennifer Ledesma"],
        tail_lines=["– PN", "Share this:", "Related"],
        paras=P("""
The city government will extend the Iloilo River Esplanade by about two kilometers, linking it with the
walkways along the Jaro floodway.

Mayor Roberto Villanueva said the project would cost around P180 million and would be funded by the city and
the Department of Public Works and Highways.

The extension will include bicycle lanes, lighting, public toilets and more trees along the riverbank.

The esplanade has become one of the city's most visited public spaces since it opened more than a decade ago,
attracting joggers and families every evening.

Villanueva said the city also plans to hire more park rangers to keep the area clean and safe.

"We want Ilonggos to have more green space where they can walk and exercise for free," he said.

Informal settlers living along the proposed route will be relocated to a housing project in Barangay
Tabuc Suba, the city housing office said.

Work is expected to begin early next year and take about 18 months to finish.

The city council is set to approve the budget for the first phase next week.
"""),
        must_have=[
            "The extension will include bicycle lanes, lighting, public toilets and more trees along the riverbank.",
            "Work is expected to begin early next year and take about 18 months to finish.",
        ]),
    # trafilatura shape: the EFE story on El Vocero (syndicated member of the EFE cluster).
    dict(CCS, role="syndicated", file=JSONL_B, render="trafilatura", section="Internacionales",
         url="https://www.elvocero.example.com/internacionales/venezuela-registra-un-aumento-de-casos-de-dengue-tras-las-lluvias/article_4f8a2c1e.html",
         hostname="elvocero.example.com", source_hostname="El Vocero de Puerto Rico",
         tf_author="EFE", tf_date="2025-06-09", tf_language="es", categories="Internacionales;América Latina",
         head_lines=["Por EFE", "9 de junio de 2025 - 4:10 PM"],
         tail_lines=["Agencia EFE", "Suscríbete a nuestro boletín", "Más noticias"]),
    # news-please shape: The Vincentian (St Vincent and the Grenadines): staff.
    rec(cluster="vincentian-kingstown-cruise-berth", role="single", file=JSONL_B, render="newsplease",
        title="Cruise season to bring record 180 calls to Kingstown",
        date="2025-10-31", country="VC", region="americas", lang="en", authors=["Shonelle Williams"],
        url="https://thevincentian.example.com/cruise-season-to-bring-record-180-calls-to-kingstown/",
        source_domain="thevincentian.example.com",
        description="Tourism officials expect more than 250,000 cruise passengers.",
        np_authors=["Shonelle Williams"], np_publish="2025-10-31 00:00:00", np_download="2025-11-01 02:15:48",
        head_lines=["by Shonelle Williams", "October 31, 2025"],
        tail_lines=["Please follow and like us:", "Previous Post", "Next Post"],
        paras=P("""
St Vincent and the Grenadines is expected to receive a record 180 cruise ship calls in the 2025-2026 season,
tourism officials say.

The calls are expected to bring more than 250,000 passengers to the islands, with most ships docking at the
cruise berth in Kingstown.

Smaller ships will also call at Bequia, Mustique, Canouan and Union Island.

Director of Tourism Glenroy Cupid said the increase was the result of years of marketing to cruise lines.

He said the Tourism Authority was working with taxi operators, tour guides and vendors to make sure visitors
had a good experience.

Vendors in Kingstown have been asked to register with the authority before the first ship arrives in
November.

The season will also see the first calls by two new ships from major cruise lines.

Cruise tourism is an important source of income for small businesses in the capital, officials said.

The season runs until April.
"""),
        must_have=[
            "Smaller ships will also call at Bequia, Mustique, Canouan and Union Island.",
            "Vendors in Kingstown have been asked to register with the authority before the first ship arrives in November.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "fifty-seventh held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Providence Journal 'Published 11:14 a.m. ET March "
    "18, 2025', not 'Updated', and the Wichita Eagle copy 'March 18, 2025 10:31 AM' (Central time); Maliweb 'Publié le "
    "12 août 2025 à 17:40' and the Mosaïque Guinée copy '12 août 2025' (both UTC+0); El Pitazo '9 junio, 2025' and the "
    "EFE dateline '9 jun', the El Vocero copy '9 de junio de 2025 - 4:10 PM'; the Shropshire Star 'Published 14th Jan "
    "2025' (both copies); Seoul Shinmun '입력 2025-05-08 17:20' (input = publication), not '수정' (modified); Samakal "
    "'প্রকাশ: ১০ জানুয়ারি ২০২৫' (Bangla digits, 'published: 10 January 2025'); Waspada 'Selasa, 4 November 2025'; Al "
    "Raya 'الاثنين 25 أغسطس 2025' (Monday 25 August); Masrawy '09:15 م الثلاثاء 04 مارس 2025' (9:15 pm, Tuesday 4 "
    "March); Morocco World News 'Feb 27, 2025'; the Western People 'Tue 4 Mar 2025 at 12:30'; the Timaru Herald "
    "'05:00, Jun 11 2025'; Sloboden Pečat '13.05.2025 15:20' and the MIA dateline '13 мај 2025'; NOZ '14.02.2025, "
    "06:00 Uhr'; To Vima '06 Αυγούστου 2025 | 13:45'; the Prince George Citizen 'Apr 2, 2025 2:05 PM' and the CP "
    "sign-off 'first published April 2, 2025'; the Warwick Daily News 'June 5, 2025 - 2:14PM'; Mimi Mefo Info '22 "
    "avril 2025'; Star of Mysore 'September 24, 2025'; Sài Gòn Giải Phóng 'Thứ Tư, 16/4/2025 10:35' (day first); "
    "UzDaily '09.07.2025 16:20'; the Daily Mercury 'June 23, 2025 - 5:30PM'; Mwebantu 'October 17, 2025'; the "
    "Whakatane Beacon 'Tuesday 2nd September 2025'; the South Wales Argus record's trafilatura date 2025-07-21; the "
    "Telegram & Gazette 'Published 5:33 p.m. ET May 15, 2025'; Panay News prints 'September 23, 2025' while the crawler stamp is "
    "2025-09-22T16:05:00Z, which is 00:05 on 23 September in Iloilo (UTC+8), so the date is 2025-09-23; The "
    "Vincentian 'October 31, 2025' (news-please's download stamp is the next day)",
    "dateline_city": "'KINGSTON, Jamaica (AP) \u2014 ' -> 'Kingston' (both AP copies); 'Nouakchott (AFP) - ' -> "
    "'Nouakchott' (both AFP copies, on a Malian and a Guinean site); 'Caracas, 9 jun (EFE).- ' -> 'Caracas' (both EFE "
    "copies); Waspada's 'MEDAN (Waspada): ' -> 'Medan'; Al Raya's 'الدوحة - الراية: ' ('Doha - Al Raya:', city and "
    "the paper's own name at the start of the first paragraph) -> 'Doha'; Morocco World News's 'Marrakech \u2013 ' -> "
    "'Marrakesh' (the GeoNames English spelling); Sloboden Pečat's MIA opening 'Скопје, 13 мај 2025 (МИА) \u2013 ' -> "
    "'Skopje'; the Canadian Press 'VICTORIA \u2014 ' -> 'Victoria'; Star of Mysore's 'Mysore/Mysuru: ' (the paper prints "
    "the old and the new name of the city) -> 'Mysore' (GeoNames); UzDaily's 'Ташкент, Узбекистан (UzDaily.uz) -- ' "
    "-> 'Tashkent'; Mwebantu's ZANIS opening 'CHOMA \u2013 ' -> 'Choma'; Panay News's 'ILOILO City \u2013 ' -> 'Iloilo'. "
    "Lines above the body are byline lines, not datelines: Masrawy's 'أ ش أ' (the MENA abbreviation) is a credit line. All other records have no dateline "
    "(city null) and take the country of the story's location",
    "country": "the AP story is Jamaica (JM, americas) on both US sites; the AFP story is Mauritania (MR, africa) "
    "although it runs on Malian and Guinean sites; the EFE story is Venezuela (VE) on both copies, one of them in "
    "Puerto Rico; Al Raya's story is Qatar (QA, asia); Star of Mysore's is India (IN); Panay News's is the "
    "Philippines (PH); The Vincentian's is St Vincent and the Grenadines (VC, americas)",
    "agency": "the Providence Journal and the Wichita Eagle carry AP (writer's name over 'Associated Press', the AP "
    "dateline and, on the Eagle, the AP copyright line); Maliweb ('Par AFP', 'Source : AFP') and Mosaïque Guinée ("
    "'La Rédaction' desk over an AFP dateline, 'Avec AFP') carry AFP; El Pitazo ('EFE' byline) and El Vocero ('Por "
    "EFE', 'Agencia EFE') carry EFE; Masrawy carries MENA ('أ ش أ' is the Middle East News Agency's Arabic "
    "abbreviation); Sloboden Pečat carries MIA ('МИА' byline and dateline); To Vima carries ANA-MPA (the Athens-"
    "Macedonian News Agency, 'Πηγή: ΑΠΕ-ΜΠΕ' source line, with a 'Newsroom' byline); the Prince George Citizen carries "
    "CP ('Nadia Kowalchuk, The Canadian Press' and the CP sign-off); the Warwick Daily News carries AAP (writer over "
    "'Australian Associated Press'); Mwebantu carries ZANIS (the Zambia News and Information Services sign-off "
    "'ZANIS'); all other records are staff copy (agency null). Photo credits ('AP Photo/...', '/ AFP', 'THE CANADIAN "
    "PRESS/...', 'EUROKINISSI') do not make a story agency copy",
    "authors": "AP: 'Marlon Tulloch' bylined plus 'Associated Press writer Keisha Brandon ... contributed to this "
    "report' -> both, on both copies; the Canadian Press 'Nadia Kowalchuk, The Canadian Press' -> 'Nadia Kowalchuk'; "
    "AAP 'Tessa Marchant' -> 'Tessa Marchant'; Seoul Shinmun's '김지현 기자' -> '김지현' (kept in Hangul as printed; '기자' "
    "= 'reporter'); Sài Gòn Giải Phóng's capitalised 'HOÀNG HÙNG' -> 'Hoàng Hùng' (natural case; the same name also "
    "credits the photo); Samakal's 'নিজস্ব প্রতিবেদক' ('staff reporter'), Star of Mysore's 'By SOM Online', To Vima's "
    "'Newsroom', Mosaïque Guinée's 'La Rédaction', Mwebantu's 'Mwebantu', UzDaily (no byline) and pages bylined only "
    "with an agency ('EFE', 'Par AFP', 'Por EFE', 'МИА', 'أ ش أ') have no authors; Al Raya's 'الراية' in the opening "
    "is the paper's name; Waspada's 'Editor: WASPADA' is a desk line, not a named editor; Panay News's closing '\u2013 PN' "
    "is the paper's sign-off; the Telegram & Gazette's 'Brandon Kowalski' over the paper's name -> 'Brandon Kowalski'; the Whakatane Beacon's "
    "and the Argus's role lines ('Local Democracy Reporter', 'Senior reporter') are not names; photographers (Collin "
    "Reid, Med Lemin Rajel, Jörn Martens, Darren Holt, John Bissett) are not authors",
    "editors": "no record names an editor ('Editing by' and similar lines are absent; Waspada's 'Editor: WASPADA' gives "
    "only the paper's name)",
    "caption_credit": "credits without their wrapper: 'Photo: Shropshire Star' -> 'Shropshire Star' (both copies); "
    "'\u00a9 MED LEMIN RAJEL / AFP' -> 'MED LEMIN RAJEL / AFP'; 'Foto: Jörn Martens' -> 'Jörn Martens'; 'Picture: "
    "Supplied' -> 'Supplied'; 'Pic. by SOM' -> 'SOM'; 'Ảnh: HOÀNG HÙNG' -> 'HOÀNG HÙNG' (as printed); 'AP Photo/Collin Reid', To Vima's 'EUROKINISSI', 'THE CANADIAN "
    "PRESS/Darren Holt' and the Timaru Herald's 'JOHN BISSETT/STUFF' (printed on its own line under the caption) are "
    "kept as printed; records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: the Providence Journal 'World', "
    "Maliweb 'International', NOZ 'Osnabrück' (its kicker 'Stadtwerke investieren' is not), To Vima 'Κοινωνία', the "
    "Prince George Citizen 'Local News', the Warwick Daily News 'News', Mimi Mefo Info 'Actualité', Star of Mysore "
    "'News', Sài Gòn Giải Phóng 'Xã hội', Mosaïque Guinée 'Afrique'; trafilatura records take their first category "
    "('News', 'News', 'News', 'Internacionales'); news-please, plain text and newsbeam text records have none (menu "
    "items and page labels such as the Shropshire Star's 'Shrewsbury', UzDaily's 'Общество' or Mwebantu's "
    "'Agriculture' are navigation)",
    "language": "'ko' Korean (Seoul Shinmun); 'bn' Bangla (Samakal); 'mk' Macedonian (Sloboden Pečat); 'el' Greek (To "
    "Vima); 'vi' Vietnamese (Sài Gòn Giải Phóng); 'ru' Russian (UzDaily's Russian edition, in Uzbekistan); 'ar' "
    "Arabic from Qatar and Egypt; 'id' Indonesian; 'de' German; 'es' from Venezuela and Puerto Rico (two copies of one "
    "EFE story); 'fr' from Mali and Guinea (two copies of one AFP story) and Cameroon; Mimi Mefo Info's 'English' menu "
    "link is a menu item",
    "chrome": "includes consent banners and their buttons, login, subscription and e-paper strings, share bars, "
    "advertisement labels, reading times, listen buttons, paywall and subscriber-only labels, related-story lines and "
    "boxes, tag lists, most-read and recent-post rails, newsletter, app and messaging-channel promos, donation "
    "appeals, comment gates and comment-policy lines, reporter e-mail lines, local-democracy funding lines, wire "
    "credit, source and sign-off lines, view counters, ownership and copyright lines, and byline, date and caption "
    "lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and AFP in the plain batch, EFE in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"the providence journal", "providence journal", "the wichita eagle", "wichita eagle", "maliweb",
                "mosaïque guinée", "mosaique guinee", "la rédaction", "el pitazo", "el vocero", "agencia efe",
                "shropshire star", "mna media", "seoul shinmun", "서울신문", "samakal", "সমকাল", "নিজস্ব প্রতিবেদক",
                "waspada", "al raya", "الراية", "masrawy", "مصراوي", "أ ش أ", "mena", "morocco world news",
                "western people", "timaru herald", "stuff", "sloboden pečat", "слободен печат", "мия", "мина", "миа",
                "mia", "noz", "noz medien", "to vima", "newsroom", "ανα-μπε", "απε-μπε", "ana-mpa", "prince george citizen",
                "the canadian press", "canadian press", "cp", "warwick daily news", "australian associated press",
                "mimi mefo info", "mmi", "star of mysore", "som", "som online", "sài gòn giải phóng", "sggp",
                "uzdaily", "uzdaily.uz", "daily mercury", "mwebantu", "zanis", "whakatane beacon",
                "south wales argus", "newsquest", "worcester telegram & gazette", "telegram & gazette", "telegram", "panay news", "pn", "the vincentian",
                "eurokinissi", "supplied"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
