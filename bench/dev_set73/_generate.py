#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's seventy-third development set (bench/dev_set73/, first written as the seventieth held-out set).

    .venv/bin/python bench/dev_set73/_generate.py

Writes ``bench/dev_set73/articles/*`` and ``bench/dev_set73/labels.json`` (next to this
file).  Output is deterministic (gzip members use mtime=0 and no file name).
Every story is invented: people, quotes, companies and figures are fictional;
cities, countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set72/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
  * the stories are about religion, community and everyday life: places of
    worship, charities, migrants and diaspora, pensions and the elderly,
    consumer prices and local markets.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build, rec, site  # noqa: E402

JSONL_A = "crawl_holdout70_2025-a.jsonl"
JSONL_B = "crawl_holdout70_2025-b.jsonl.gz"


# ---- cluster: MTI, Makó (Délmagyarország scrape + copy on Heves Megyei Hírlap in the plain batch) ----

MTI = rec(
    cluster="mti-mako-karitasz-szocialis-bolt",
    title="Szociális boltot nyitott a Karitász Makón a kisnyugdíjasoknak",
    date="2024-02-20",
    dateline="Makó, 2024. február 20., kedd (MTI) – ",
    city="Makó",
    country="HU",
    region="europe",
    agency="MTI",
    lang="hu",
    description="A boltban a piaci ár töredékéért vásárolhatnak alapélelmiszert a rászorulók.",
    paras=P("""
Szociális boltot nyitott a Katolikus Karitász makói csoportja a belvárosi plébánia egykori raktárában, ahol a kisnyugdíjasok és a
nagycsaládosok a piaci ár töredékéért vásárolhatnak alapélelmiszert és tisztítószert.

Szabóné Vörös Erika, a helyi csoport vezetője elmondta, hogy a boltba havonta egy alkalommal, előzetes regisztráció után lehet
bejönni, és egy vásárlás legfeljebb ötezer forint lehet.

A termékeket részben üzletláncok adományozzák, részben a plébánia hívei gyűjtik össze a vasárnapi szentmisék után.

Az első héten több mint kétszáz család regisztrált, többségük egyedül élő idős ember, akinek a nyugdíja nem éri el a százötvenezer forintot.

A csoport vezetője szerint sokan szégyellnek segítséget kérni, ezért a bolt úgy néz ki, mint egy átlagos kisbolt, pénztárral és kosarakkal.

A bolt önkéntesei között nyugdíjas pedagógusok és középiskolás diákok is vannak, akik a közösségi szolgálatukat töltik itt.

A makói önkormányzat vállalta a helyiség rezsijének kifizetését az év végéig.

Horváth Imre plébános azt mondta, hogy a közösség ereje abban mutatkozik meg, hogyan bánik a leggyengébbekkel.

A Karitász tervei szerint ősszel a közeli Kiszomboron és Apátfalván is hasonló boltot nyitnak, ha elegendő adomány gyűlik össze.

A bolt kedden és csütörtökön délelőtt tart nyitva.
"""),
    must_have=[
        "A termékeket részben üzletláncok adományozzák, részben a plébánia hívei gyűjtik össze a vasárnapi szentmisék után.",
        "A makói önkormányzat vállalta a helyiség rezsijének kifizetését az év végéig.",
    ],
)

# ---- cluster: IRNA, Zanjan (Asr-e Iran page + copy on Eghtesad News in the plain batch) ----

IRNA = rec(
    cluster="irna-zanjan-mosque-iftar-elderly",
    title="سفره افطاری مساجد زنجان به خانه سالمندان تنها می‌رود",
    date="2025-03-09",
    dateline="زنجان- ایرنا- ",
    city="Zanjan",
    country="IR",
    region="asia",
    agency="IRNA",
    lang="fa",
    description="خیران زنجانی امسال غذای افطار را به در خانه سالمندان تنها می‌برند.",
    paras=P("""
هیئت امنای ۴۰ مسجد در شهر زنجان امسال به جای برگزاری افطاری در مسجد، غذای گرم را به خانه سالمندانی می‌برند که تنها زندگی می‌کنند.

مسئول ستاد مساجد استان زنجان روز یکشنبه به خبرنگار ایرنا گفت که فهرست این سالمندان با کمک کمیته امداد و شهرداری تهیه شده است.

وی افزود که هر شب حدود ۱۲۰۰ پرس غذا در آشپزخانه مسجد جامع پخته و با کمک جوانان داوطلب میان خانه‌ها توزیع می‌شود.

به گفته وی هزینه این طرح به طور کامل از محل نذورات مردمی و کمک کسبه بازار زنجان تامین می‌شود.

بسیاری از سالمندان به دلیل بیماری یا نداشتن همراه نمی‌توانند برای افطار به مسجد بیایند و این طرح آنها را از تنهایی بیرون می‌آورد.

داوطلبان علاوه بر غذا، داروهای مورد نیاز سالمندان را نیز از داروخانه تهیه می‌کنند و به آنها می‌رسانند.

یکی از سالمندان محله سعدی گفت که پس از فوت همسرش، هیچ ماه رمضانی را با این اندازه مهمان سپری نکرده است.

کسبه بازار زنجان نیز اعلام کرده‌اند که برنج و روغن مورد نیاز آشپزخانه را تا پایان ماه مبارک رایگان تحویل می‌دهند.

قرار است این طرح پس از ماه رمضان نیز هفته‌ای یک بار ادامه پیدا کند.
"""),
    must_have=[
        "به گفته وی هزینه این طرح به طور کامل از محل نذورات مردمی و کمک کسبه بازار زنجان تامین می‌شود.",
        "داوطلبان علاوه بر غذا، داروهای مورد نیاز سالمندان را نیز از داروخانه تهیه می‌کنند و به آنها می‌رسانند.",
    ],
)

# ---- cluster: Agência Brasil (Jornal da Paraíba gzipped page + copy on Folha de Londrina in the gzipped batch) ----

ABR = rec(
    cluster="agenciabrasil-aposentados-consignado-dividas",
    title="Um em cada três aposentados do INSS tem mais da metade do benefício comprometido com empréstimos",
    date="2024-08-27",
    country="BR",
    region="americas",
    agency="Agência Brasil",
    authors=["Luciana Prado"],
    editors=["Denise Moura"],
    lang="pt",
    description="Levantamento de entidade de defesa do consumidor mostra endividamento crescente entre idosos.",
    paras=P("""
Um em cada três aposentados e pensionistas do Instituto Nacional do Seguro Social (INSS) tem mais da metade do benefício
comprometida com empréstimos consignados e cartões de crédito, segundo levantamento divulgado nesta terça-feira por uma
associação de defesa do consumidor.

A pesquisa ouviu 2,4 mil beneficiários em dez capitais entre maio e julho deste ano.

Segundo a coordenadora do estudo, Heloísa Barreto, muitos idosos contraem empréstimos para ajudar filhos e netos desempregados.

Entre os entrevistados, 41% disseram ter recebido ligações de correspondentes bancários oferecendo crédito no mesmo mês em que se aposentaram.

A associação recomenda que os aposentados bloqueiem o benefício para novos empréstimos pelo aplicativo Meu INSS.

O levantamento também mostra que quase metade dos endividados deixou de comprar remédios ou reduziu a compra de alimentos no último ano.

Paróquias e centros comunitários de várias cidades passaram a oferecer atendimento gratuito para renegociação de dívidas.

Procurado, o INSS informou que reforçou a fiscalização sobre descontos não autorizados e que o beneficiário pode pedir a devolução de valores cobrados indevidamente.

A associação pretende entregar o estudo ao Congresso Nacional na próxima semana.
"""),
    must_have=[
        "A associação recomenda que os aposentados bloqueiem o benefício para novos empréstimos pelo aplicativo Meu INSS.",
        "Paróquias e centros comunitários de várias cidades passaram a oferecer atendimento gratuito para renegociação de dívidas.",
    ],
)

# ---- cluster: Kitsap Sun, page + noisy re-scrape ----

KS = rec(
    cluster="kitsapsun-bremerton-church-pantry-seniors",
    title="Bremerton church food pantry adds second day as more seniors line up",
    date="2024-11-19",
    country="US",
    region="americas",
    authors=["Marisol Trevino"],
    lang="en",
    caption="Volunteers sort donated groceries at the Manette Community Church pantry in Bremerton on Nov. 14.",
    credit="Larry Whitcomb/Kitsap Sun",
    paras=P("""
The food pantry in the basement of Manette Community Church will open on Saturdays as well as Wednesdays starting next month,
after volunteers counted a record number of older residents in line this fall.

The pantry served 412 households in October, up from about 260 a year earlier, according to coordinator Glen Ostrander.

Ostrander said more than a third of the people now coming are over 65 and live on Social Security alone.

Many of them told volunteers that rent increases had left them with less than $200 a month for food and medicine.

The church is a small congregation of about 90 members, and most of the pantry's shelves are stocked by donations from other churches and a local grocery chain.

A retired Navy machinist who has volunteered since 2019 said he now recognizes former co-workers in the line.

The Saturday hours were added so that people who work weekdays, or rely on rides from relatives, can come.

Kitsap County's senior information line said calls about food assistance rose about 30% this year.

The pantry is looking for drivers to deliver boxes to homebound seniors on the east side of Bremerton.
"""),
    must_have=[
        "The pantry served 412 households in October, up from about 260 a year earlier, according to coordinator Glen Ostrander.",
        "The pantry is looking for drivers to deliver boxes to homebound seniors on the east side of Bremerton.",
    ],
)
KS_PRE = ["Kitsap Sun", "News", "Sports", "Opinion", "Obituaries", "e-Edition", "Subscribe", "Sign In"]
KS_HEAD = ["Marisol Trevino", "Kitsap Sun", "Published 5:02 a.m. PT Nov. 19, 2024"]
KS_CAP = ["Volunteers sort donated groceries at the Manette Community Church pantry in Bremerton on Nov. 14. Larry Whitcomb/Kitsap Sun"]
KS_TAIL = [["Marisol Trevino covers community and faith for the Kitsap Sun. Reach her at mtrevino@kitsapsun.com."],
           ["Support local journalism by subscribing to the Kitsap Sun."],
           ["More stories"],
           ["\u00a9 2024 www.kitsapsun.com. All rights reserved."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Kitsap Sun (Washington): original of the re-scrape cluster; Gannett byline block.
    dict(KS, role="original", file="kitsapsun_bremerton_church_pantry.txt", render="text",
         pre=[KS_PRE], head=[KS_HEAD], cap_lines=KS_CAP,
         inserts={2: ["Story continues below"], 5: ["Related:", "Kitsap food bank warns of holiday shortfall"]},
         tail=KS_TAIL),
    dict(KS, role="rescrape", file="kitsapsun_bremerton_church_pantry_rescrape.txt.gz", render="text", noise=True,
         pre=[KS_PRE], head=[KS_HEAD], cap_lines=KS_CAP,
         tail=[["Subscribe for just $1"], *KS_TAIL]),
    # Délmagyarország (Hungary, Hungarian): original of the MTI cluster; MTI dateline, source line.
    dict(MTI, role="original", file="delmagyar_mti_mako_karitasz_hu.txt", render="text",
         pre=[["DÉLMAGYAR", "Helyi", "Megyei", "Gazdaság", "Sport", "Életmód", "Előfizetés"]],
         head=[["2024.02.20. 14:37"], ["Olvasási idő: 2 perc"], ["Megosztás"]],
         inserts={2: ["Hirdetés"], 5: ["Ezek is érdekelhetik:", "Drágult a kenyér a szegedi piacokon"]},
         tail=[["MTI"], ["Kövesse a Délmagyart a Facebookon is!"], ["Legfrissebb hírek"],
               ["Mediaworks Hungary Zrt. \u00a9 Minden jog fenntartva."]]),
    # Gwangju Ilbo (South Korea, Korean): Yonhap copy, '(목포=연합뉴스) X 기자 =' dateline/byline.
    rec(cluster="gwangjuilbo-yonhap-mokpo-migrant-church", role="single", file="gwangjuilbo_yonhap_mokpo_ijunodongja_ko.txt", render="text",
        title="목포 이주노동자 교회, 설 맞아 고향 음식 나눔 잔치",
        date="2025-01-26", dateline="(목포=연합뉴스) 김민호 기자 = ", city="Mokpo", country="KR", region="asia", lang="ko",
        agency="Yonhap", authors=["김민호"],
        pre=[["광주일보", "정치", "경제", "사회", "문화", "스포츠", "오피니언", "전자신문"]],
        head=[["연합뉴스"], ["2025년 01월 26일(일) 15:20"], ["가 가"], ["공유하기"]],
        inserts={2: ["광고"], 5: ["관련기사", "영암 조선소 외국인 근로자 1만명 넘어"]},
        tail=[["mhkim@yna.co.kr"], ["<저작권자 ⓒ 광주일보 무단전재 및 재배포금지>"], ["이 기사를 추천합니다"], ["많이 본 뉴스"]],
        paras=P("""
전남 목포의 한 이주노동자 교회가 설 명절을 앞두고 고향에 가지 못하는 외국인 노동자들을 위해 나눔 잔치를 열었다.

26일 목포시에 따르면 이날 목포 이주민선교센터에는 베트남, 스리랑카, 네팔, 인도네시아 출신 노동자 300여 명이 모였다.

이들은 인근 대불산업단지 조선소와 수산물 가공 공장 등에서 일하는 노동자들이다.

교회 신도들과 지역 주민 봉사자 50여 명은 전날부터 각 나라의 명절 음식을 준비했다.

스리랑카 출신 용접공 한 명은 한국에 온 지 4년이 됐지만 고향 음식을 이렇게 많이 본 것은 처음이라며 웃었다.

센터는 노동자들에게 떡국과 함께 겨울 내복과 생활용품이 담긴 선물 꾸러미도 전달했다.

센터장인 박정훈 목사는 종교와 국적은 달라도 명절에 외로운 이웃을 함께 챙기는 것이 공동체의 역할이라고 말했다.

센터는 평일 저녁에는 한국어 교실과 임금 체불 상담도 운영하고 있다.

목포시는 올해 외국인 주민 지원 예산을 늘려 통역 상담 창구를 두 곳 더 열 계획이다.

전남 서남권에 등록된 외국인 노동자는 지난해 말 기준 2만여 명으로 해마다 늘고 있다.

행사는 각국 노동자들의 전통 공연과 윷놀이로 마무리됐다.

센터는 설 연휴 기간에도 문을 열고 갈 곳 없는 노동자들에게 숙소와 식사를 제공할 예정이다.
"""),
        must_have=[
            "센터는 노동자들에게 떡국과 함께 겨울 내복과 생활용품이 담긴 선물 꾸러미도 전달했다.",
            "센터는 평일 저녁에는 한국어 교실과 임금 체불 상담도 운영하고 있다.",
        ]),
    # Kurir (North Macedonia, Macedonian Cyrillic): MIA copy, 'Штип, 12 мај (МИА) –' dateline.
    rec(cluster="kurir-mia-stip-church-diaspora", role="single", file="kurir_mia_stip_crkva_mk.txt", render="text",
        title="Иселеници од Австралија донираа за обнова на црквата во Ново Село",
        date="2024-05-12", dateline="Штип, 12 мај (МИА) – ", city="Shtip", country="MK", region="europe", lang="mk",
        agency="MIA",
        pre=[["Kurir.mk", "Македонија", "Свет", "Економија", "Скопје", "Култура", "Спорт"]],
        head=[["12 мај 2024 - 11:48"], ["Сподели"]],
        inserts={2: ["Реклама"], 5: ["Прочитајте повеќе:", "Цените на зеленчукот на штипскиот пазар повторно пораснаа"]},
        tail=[["(МИА)"], ["Следете го Kurir.mk на Viber"], ["Поврзани вести"], ["Најчитани"],
              ["\u00a9 2024 Kurir.mk Сите права се задржани"]],
        paras=P("""
Иселеници од штипскиот крај кои живеат во Австралија собраа околу 40.000 евра за обнова на покривот и фреските во црквата „Свети
Илија“ во штипската населба Ново Село.

Парохискиот свештеник Горан Атанасов изјави дека црквата, изградена во 19 век, со години прокиснувала и дел од фреските биле оштетени.

Средствата се собрани на неколку вечери во македонските цркви во Перт и Мелбурн, каде што живеат стотици семејства со корени од Штип.

Работите ќе ги изведува локална градежна фирма под надзор на Заводот за заштита на спомениците на културата.

Атанасов рече дека многу иселеници доаѓаат во Штип во летните месеци и сакаат да ги крштеваат децата во црквата на своите дедовци.

Еден од организаторите на собирањето, пензионер кој заминал во Австралија пред 45 години, рекол дека обновата е начин да остане врската со родниот крај.

Општина Штип ќе ја уреди патеката до црквата и ќе постави нова улична расвета.

Обновата треба да заврши до Илинден, кога во црквата традиционално се служи света литургија и се одржува собир на верниците.

Во населбата денес живеат претежно постари луѓе, бидејќи многу млади семејства се иселиле во странство.
"""),
        must_have=[
            "Работите ќе ги изведува локална градежна фирма под надзор на Заводот за заштита на спомениците на културата.",
            "Општина Штип ќе ја уреди патеката до црквата и ќе постави нова улична расвета.",
        ]),
    # Kaler Kantho (Bangladesh, Bengali): staff, desk byline with place ('নিজস্ব প্রতিবেদক, বরিশাল'), Bengali digits.
    rec(cluster="kalerkantho-barishal-ramadan-market-prices", role="single", file="kalerkantho_barishal_bazar_bn.txt", render="text",
        title="রমজানের আগে বরিশালের বাজারে ছোলা-খেজুরের দাম চড়া",
        date="2025-02-27", country="BD", region="asia", lang="bn",
        pre=[["কালের কণ্ঠ", "জাতীয়", "রাজনীতি", "সারাদেশ", "বাণিজ্য", "খেলা", "ই-পেপার"]],
        head=[["নিজস্ব প্রতিবেদক, বরিশাল"], ["২৭ ফেব্রুয়ারি, ২০২৫ ১৮:৪২"], ["শেয়ার"]],
        inserts={2: ["বিজ্ঞাপন"], 5: ["আরো পড়ুন", "পটুয়াখালীতে ইলিশের দাম নাগালের বাইরে"]},
        tail=[["সম্পর্কিত খবর"], ["সর্বশেষ"], ["কালের কণ্ঠের খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন"],
              ["স্বত্ব © ২০২৫ কালের কণ্ঠ"]],
        paras=P("""
পবিত্র রমজান মাস শুরুর কয়েক দিন আগে বরিশাল নগরীর বাজারে ছোলা, খেজুর, চিনি ও ভোজ্যতেলের দাম বেড়েছে।

নগরীর বাজার রোড ও চৌমাথা বাজার ঘুরে দেখা গেছে, এক সপ্তাহের ব্যবধানে প্রতি কেজি ছোলার দাম দশ থেকে পনেরো টাকা বেড়েছে।

সাধারণ মানের খেজুর বিক্রি হচ্ছে কেজিপ্রতি তিনশো থেকে সাড়ে তিনশো টাকায়, যা গত বছরের চেয়ে অনেক বেশি।

ব্যবসায়ীরা বলছেন, পাইকারি বাজারে দাম বেড়ে যাওয়ায় তাঁদের বেশি দামে বিক্রি করতে হচ্ছে।

বাজার করতে আসা এক অবসরপ্রাপ্ত স্কুলশিক্ষক বলেন, পেনশনের টাকায় এখন আর পুরো মাসের ইফতারের বাজার করা সম্ভব হয় না।

জেলা প্রশাসনের ভোক্তা অধিকার সংরক্ষণ অধিদপ্তর রমজানজুড়ে বাজারে নিয়মিত অভিযান চালানোর ঘোষণা দিয়েছে।

নগরীর কয়েকটি মসজিদ কমিটি দরিদ্র পরিবারের জন্য কম দামে ইফতার সামগ্রী বিক্রির উদ্যোগ নিয়েছে।

টিসিবির ট্রাকে ভর্তুকি মূল্যে পণ্য কিনতে সকাল থেকেই দীর্ঘ লাইন দেখা যাচ্ছে।

ক্রেতারা বলছেন, প্রশাসনের নজরদারি না বাড়লে রমজানে দাম আরও বাড়তে পারে।

ব্যবসায়ী সমিতির নেতারা দাম স্থিতিশীল রাখতে সরবরাহ বাড়ানোর আহ্বান জানিয়েছেন।

তবে সবজির দাম আগের সপ্তাহের তুলনায় কিছুটা কমেছে বলে জানান বিক্রেতারা।
"""),
        must_have=[
            "জেলা প্রশাসনের ভোক্তা অধিকার সংরক্ষণ অধিদপ্তর রমজানজুড়ে বাজারে নিয়মিত অভিযান চালানোর ঘোষণা দিয়েছে।",
            "নগরীর কয়েকটি মসজিদ কমিটি দরিদ্র পরিবারের জন্য কম দামে ইফতার সামগ্রী বিক্রির উদ্যোগ নিয়েছে।",
        ]),
    # Kahawa Tungu (Kenya): KNA copy; 'KITUI, Kenya, March 4 (KNA) –' dateline, KNA reporter byline.
    rec(cluster="kahawatungu-kna-kitui-elderly-cash-transfer", role="single", file="kahawatungu_kna_kitui_elderly.txt", render="text",
        title="Kitui elderly decry delays in Inua Jamii cash transfers",
        date="2024-03-04", dateline="Kitui, Monday, March 4, 2024 (KNA) – ", city="Kitui", country="KE", region="africa", lang="en",
        agency="KNA", authors=["Ruth Mwende"],
        pre=[["Kahawa Tungu", "News", "Politics", "Crime", "Counties", "Business", "Opinion"]],
        head=[["By Ruth Mwende"], ["March 4, 2024"], ["Share this:", "WhatsApp"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Also Read:", "Kitui traders count losses as maize prices drop"]},
        tail=[["By Ruth Mwende and Kenya News Agency"], ["Related Posts"], ["Join Kahawa Tungu WhatsApp Channel"],
              ["\u00a9 2024 Kahawa Tungu. All Rights Reserved."], ["Leave a Reply"]],
        paras=P("""
Hundreds of elderly people in Kitui County have complained that they have not received their monthly stipends under the Inua Jamii
cash transfer programme for three months.

Speaking at the Chief's camp in Kwa Vonza, the elderly said they depend on the Sh2,000 monthly payment to buy food and medicine.

Mzee Musyoka Kilonzo, 79, said he had walked for two hours to the camp only to be told the money had not been released.

The County Social Development Officer, Ms Agnes Kathuli, said the delay was caused by the ongoing verification of beneficiaries.

She said some names had been removed from the list because the beneficiaries had died but their relatives had kept collecting the money.

Ms Kathuli assured the elderly that the arrears would be paid before the end of the month.

Church leaders in the area have started weekly food distributions to help older people who live alone.

The Catholic Diocese of Kitui said it had supplied maize flour and beans to more than 600 households since January.

The elderly appealed to the Government to send officers to the villages so that those who cannot walk long distances can be registered.
"""),
        must_have=[
            "The County Social Development Officer, Ms Agnes Kathuli, said the delay was caused by the ongoing verification of beneficiaries.",
            "Church leaders in the area have started weekly food distributions to help older people who live alone.",
        ]),
    # Juventud Rebelde (Cuba, Spanish): Prensa Latina copy, 'Camagüey, 8 mar (Prensa Latina)' dateline.
    rec(cluster="juventudrebelde-pl-camaguey-casas-de-abuelos", role="single", file="juventudrebelde_pl_camaguey_abuelos_es.txt", render="text",
        title="Camagüey amplía casas de abuelos ante el envejecimiento de su población",
        date="2024-03-08", dateline="Camagüey, 8 mar (Prensa Latina) ", city="Camagüey", country="CU", region="americas", lang="es",
        agency="Prensa Latina",
        pre=[["Juventud Rebelde", "Cuba", "Internacionales", "Opinión", "Cultura", "Deportes", "Ciencia"]],
        head=[["Prensa Latina"], ["Publicado: Viernes 08 marzo 2024 | 09:41:27 pm."], ["Imprimir", "Enviar"]],
        inserts={2: ["Publicidad"], 5: ["Vea también:", "Ferias agropecuarias abastecen a consejos populares camagüeyanos"]},
        tail=[["Comentar"], ["Normas para comentar:"], ["Más noticias"], ["Diario de la Juventud Cubana"], ["\u00a9 Juventud Rebelde 2024"]],
        paras=P("""
La provincia de Camagüey abrirá este año dos nuevas casas de abuelos para atender durante el día a adultos mayores que viven solos, informaron
autoridades de Salud Pública.

Según la directora provincial de Asistencia Social, Yanelis Recio, más del 22 por ciento de los habitantes del territorio tiene 60 años o más.

Las nuevas instituciones funcionarán en los repartos La Vigía y Florat, y tendrán capacidad para 40 abuelos cada una.

En ellas los mayores recibirán desayuno, almuerzo y merienda, además de atención médica y actividades recreativas.

Recio explicó que muchos adultos mayores quedaron sin apoyo familiar porque sus hijos emigraron en los últimos años.

Trabajadores sociales visitan a domicilio a más de 3 000 ancianos que viven solos en la ciudad.

La reparación de los locales se financia con fondos del presupuesto local y donativos de iglesias y organizaciones comunitarias.

Vecinos de La Vigía se ofrecieron como voluntarios para ayudar en la limpieza y la pintura de la futura casa de abuelos.

Las autoridades prevén inaugurar la primera de ellas en julio.
"""),
        must_have=[
            "Las nuevas instituciones funcionarán en los repartos La Vigía y Florat, y tendrán capacidad para 40 abuelos cada una.",
            "Trabajadores sociales visitan a domicilio a más de 3 000 ancianos que viven solos en la ciudad.",
        ]),
]

TEXT_STORIES += [
    # Donegal News (Ireland): staff, 'By X' byline, local church story.
    rec(cluster="donegalnews-letterkenny-ukrainian-parish", role="single", file="donegalnews_letterkenny_ukrainian_liturgy.txt", render="text",
        title="Ukrainian families fill Letterkenny church for first Easter liturgy",
        date="2024-05-06", country="IE", region="europe", lang="en", authors=["Ciara Gallagher"],
        pre=[["Donegal News", "News", "Sport", "Community", "Death Notices", "Digital Edition", "Subscribe"]],
        head=[["By Ciara Gallagher"], ["Monday, 6th May 2024 at 4:15 pm"], ["Share"]],
        cap_lines=["Members of the Ukrainian community after the liturgy at St Eunan's Cathedral. Photo: North West Newspix"],
        caption="Members of the Ukrainian community after the liturgy at St Eunan's Cathedral.", credit="North West Newspix",
        inserts={2: ["Advertisement"], 5: ["READ NEXT:", "Rent pressures push young families out of Milford"]},
        tail=[["Never miss a story - sign up for the Donegal News newsletter"], ["Get the Donegal News digital edition"],
              ["\u00a9 2024 Donegal News. All rights reserved."]],
        paras=P("""
More than 300 Ukrainians living in Donegal travelled to Letterkenny on Sunday for the first Orthodox Easter liturgy celebrated in the
county in their own language.

The service was held in St Eunan's Cathedral, which the parish offered for the afternoon, and was led by a priest who came from Dublin.

Families brought baskets of painted eggs and Easter bread to be blessed on the steps of the cathedral after the service.

Organiser Oksana Melnyk, who has lived in Ramelton since 2022, said many people had not been inside a church since they left home.

Local volunteers from the parish's St Vincent de Paul conference served tea and sandwiches in the parish hall afterwards.

About 3,000 people who fled the war in Ukraine are living in Donegal, many of them in hotels and holiday homes in coastal towns.

Parish priest Fr Declan Boyle said the parish would be glad to host the liturgy again at Christmas.

Ms Melnyk said the community hoped to find a regular space for services and a Saturday school for children.

Several Irish families who have hosted Ukrainians since 2022 also attended the service.
"""),
        must_have=[
            "Families brought baskets of painted eggs and Easter bread to be blessed on the steps of the cathedral after the service.",
            "Parish priest Fr Declan Boyle said the parish would be glad to host the liturgy again at Christmas.",
        ]),
    # Gore Ensign (New Zealand): staff, community-paper layout.
    rec(cluster="goreensign-op-shop-record-year", role="single", file="goreensign_presbyterian_op_shop.txt", render="text",
        title="Church op shop's record year helps Gore families with power bills",
        date="2024-07-31", country="NZ", region="oceania", lang="en", authors=["Hamish Cleary"],
        pre=[["The Ensign", "News", "Sport", "Rural", "Community", "Classifieds", "Puzzles"]],
        head=[["Hamish Cleary"], ["Wed, 31 Jul 2024"], ["Share this article"]],
        cap_lines=["Volunteer Margaret Dunn sorts winter coats at the op shop on Main St. PHOTO: HAMISH CLEARY"],
        caption="Volunteer Margaret Dunn sorts winter coats at the op shop on Main St.", credit="HAMISH CLEARY",
        inserts={2: ["Advertisement"], 5: ["Related", "Mataura marae opens doors to families in need"]},
        tail=[["hamish.cleary@ensign.co.nz"], ["Most read"], ["Get the Ensign delivered to your inbox"],
              ["Allied Press Ltd \u00a9 2024"]],
        paras=P("""
A church-run op shop in Gore has had its best year on record, and volunteers have given the money to families struggling to pay winter
power bills.

The St Andrew's Presbyterian opportunity shop on Main St took in about $68,000 in the year to June, up from $49,000 the year before.

Shop convener Alison McRae said more people were buying second-hand clothes and household goods because of rising prices.

The shop is run by 42 volunteers, most of them retired, who work in shifts of three hours.

So far this winter the church has paid $14,000 towards power bills for 56 households, working through the local budgeting service.

McRae said the shop had also started giving free school uniforms to families referred by the school principals.

Donations of warm bedding and children's shoes were most needed, she said.

Gore District Council community development staff said the op shop had become an important meeting place for older people living alone.

The shop is open Monday to Saturday, and new volunteers are welcome.
"""),
        must_have=[
            "The shop is run by 42 volunteers, most of them retired, who work in shifts of three hours.",
            "So far this winter the church has paid $14,000 towards power bills for 56 households, working through the local budgeting service.",
        ]),
    # La Gazette de la Grande Île (Madagascar, French): staff, byline at the end.
    rec(cluster="lagazettegi-fianarantsoa-prix-du-riz", role="single", file="lagazette_fianarantsoa_riz_fr.txt", render="text",
        title="Fianarantsoa : le prix du riz local grimpe au marché de Zoma",
        date="2024-10-15", country="MG", region="africa", lang="fr", authors=["Fanja Razafindrabe"],
        pre=[["La Gazette de la Grande Île", "Actualités", "Politique", "Economie", "Société", "Régions", "Sport"]],
        head=[["15 octobre 2024"], ["Partager sur Facebook"]],
        inserts={2: ["Publicité"], 5: ["A lire aussi :", "Antananarivo : les marchands d'Analakely face à la hausse des loyers"]},
        tail=[["Fanja Razafindrabe"], ["Articles similaires"], ["Laisser un commentaire"], ["Copyright \u00a9 2024 La Gazette de la Grande Île"],
              ["Suivez-nous"]],
        paras=P("""
Le prix du kilo de riz local a encore augmenté cette semaine au marché de Zoma à Fianarantsoa, où il se vend désormais entre 3 400 et
3 800 ariary selon les variétés.

Les commerçants expliquent cette hausse par la période de soudure, qui s'étend jusqu'à la prochaine récolte en début d'année.

Une vendeuse de riz installée au marché depuis vingt ans affirme que ses clients achètent désormais au kapoaka plutôt qu'au sac.

Le riz importé, vendu autour de 3 000 ariary, attire de plus en plus de familles modestes malgré sa moindre qualité.

Les paroisses catholiques et luthériennes de la ville ont relancé leurs cantines pour les personnes âgées et les enfants des quartiers pauvres.

La direction régionale du commerce promet des contrôles pour vérifier l'affichage des prix et lutter contre la spéculation.

Des riziculteurs de la région de la Haute Matsiatra estiment pourtant qu'ils ne profitent guère de la hausse, car ils ont vendu leur récolte tôt.

Les autorités prévoient de mettre en vente du riz à prix réduit dans plusieurs fokontany à partir de novembre.
"""),
        must_have=[
            "Les paroisses catholiques et luthériennes de la ville ont relancé leurs cantines pour les personnes âgées et les enfants des quartiers pauvres.",
            "La direction régionale du commerce promet des contrôles pour vérifier l'affichage des prix et lutter contre la spéculation.",
        ]),
    # Bucks Free Press (England): staff, Newsquest layout with reporter role line.
    rec(cluster="bucksfreepress-high-wycombe-gurdwara-langar", role="single", file="bucksfreepress_high_wycombe_langar.txt", render="text",
        title="High Wycombe gurdwara's free kitchen now feeds 400 people a week",
        date="2025-01-14", country="GB", region="europe", lang="en", authors=["Tom Ashworth"],
        pre=[["Bucks Free Press", "News", "Sport", "What's On", "Announcements", "Jobs", "Subscribe"]],
        head=[["By Tom Ashworth", "Community Reporter"], ["14th January 2025"], ["Share"]],
        cap_lines=["Volunteers prepare food in the langar hall. (Image: Newsquest)"],
        caption="Volunteers prepare food in the langar hall.", credit="Newsquest",
        inserts={2: ["Recommended reading:", "Wycombe foodbank warns of record demand this winter"], 5: ["Advertisement"]},
        tail=[["Do you have a story for us? Email newsdesk@bucksfreepress.co.uk"], ["Comments: Our rules"],
              ["\u00a9 2001-2025. This site is part of Newsquest's audited local newspaper network."]],
        paras=P("""
A gurdwara in High Wycombe says its free community kitchen is now serving about 400 meals a week, double the number of two years ago.

The langar at the Sikh temple on Sands Industrial Estate is open to anyone, and volunteers say most people who come are not Sikhs.

Trustee Harjit Kaur Bains said pensioners, students and families on low incomes had become regular visitors since energy and food prices rose.

Meals are cooked every day by a rota of about 60 volunteers, who also wash up and clean the hall.

The gurdwara spends around £1,500 a month on flour, lentils and vegetables, paid for by donations from the congregation.

A retired bus driver who eats there three times a week said it was the only place where he sat down with other people for a meal.

Buckinghamshire Council said it would list the langar in its directory of warm spaces this winter.

The gurdwara is planning an open day next month for people who want to learn more about the Sikh faith.
"""),
        must_have=[
            "Meals are cooked every day by a rota of about 60 volunteers, who also wash up and clean the hall.",
            "Buckinghamshire Council said it would list the langar in its directory of warm spaces this winter.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_AI = site("عصر ایران", "https://www.asriran.example.com", " - عصر ایران", "fa_IR", "@asriran",
               ["صفحه نخست", "سیاسی", "اجتماعی", "اقتصادی", "فرهنگی"],
               ["کلیه حقوق این سایت متعلق به عصر ایران است.", "درباره ما", "تماس با ما"], share=["اشتراک گذاری", "تلگرام", "واتساپ"])
SITE_JP = site("Jornal da Paraíba", "https://jornaldaparaiba.example.com.br", " | Jornal da Paraíba", "pt_BR", "@jornaldaparaiba",
               ["Política", "Economia", "Vida Urbana", "Cultura", "Esportes"],
               ["\u00a9 2024 Jornal da Paraíba", "Expediente", "Fale conosco"], share=["Facebook", "X", "WhatsApp", "Telegram"],
               cookie="Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
               buttons=["Aceitar"])
SITE_MB = site("BezirksRundschau", "https://www.meinbezirk.example.at", " - BezirksRundschau Wels", "de_AT", "@meinbezirk",
               ["Lokales", "Wirtschaft", "Leute", "Sport", "Veranstaltungen"],
               ["\u00a9 2025 RMA Regionalmedien Austria", "Impressum", "Datenschutz"], share=["Teilen", "Facebook", "WhatsApp"],
               cookie="Wir verwenden Cookies und ähnliche Technologien.", cookie_title="Ihre Privatsphäre", buttons=["Alle akzeptieren", "Einstellungen"])
SITE_AY = site("أخبار اليوم", "https://akhbarelyom.example.com", " - بوابة أخبار اليوم", "ar_EG", "@akhbarelyom",
               ["الرئيسية", "محافظات", "اقتصاد", "حوادث", "رياضة"],
               ["جميع الحقوق محفوظة لمؤسسة أخبار اليوم © 2024", "سياسة الخصوصية", "اتصل بنا"], share=["فيسبوك", "تويتر", "واتساب"])
SITE_GP = site("गोरखापत्र", "https://gorkhapatra.example.org.np", " - गोरखापत्र", "ne_NP", "@gorkhapatra",
               ["गृहपृष्ठ", "समाचार", "प्रदेश", "अर्थ", "खेलकुद"],
               ["© गोरखापत्र संस्थान, धर्मपथ, काठमाडौँ", "हाम्रो बारे", "सम्पर्क"], share=["सेयर", "फेसबुक", "ट्विटर"])
SITE_KB = site("Kalemba", "https://kalemba.example.news", " - Kalemba", "en_ZM", "@KalembaNews",
               ["Home", "News", "Politics", "Business", "Sport"],
               ["\u00a9 2024 Kalemba. All rights reserved.", "About", "Contact"], share=["Facebook", "X", "WhatsApp"])
SITE_GI = site("Glen Innes Examiner", "https://www.gleninnesexaminer.example.com.au", " | Glen Innes Examiner", "en_AU", "@gleninnesexam",
               ["News", "Local News", "National", "Sport", "Property"],
               ["\u00a9 2024 Australian Community Media", "Privacy Policy", "Terms of Use"], share=["Share", "Facebook", "Email"],
               top=["Subscribe", "Log in"])
SITE_EB = site("Erbol", "https://www.erbol.example.com.bo", " | Erbol", "es_BO", "@erbolbolivia",
               ["Inicio", "Nacional", "Economía", "Sociedad", "Regiones"],
               ["Erbol Digital \u00a9 2024", "Quiénes somos", "Contacto"], share=["Compartir", "Facebook", "WhatsApp"])
SITE_KP = site("Kampala Post", "https://kampalapost.example.com", " - Kampala Post", "en_UG", "@KampalaPost",
               ["Home", "News", "Business", "Religion", "Sports"],
               ["\u00a9 2024 Kampala Post", "About Us", "Contact Us"], share=["Facebook", "X", "WhatsApp", "LinkedIn"])

HTML_STORIES = [
    # Asr-e Iran (Iran, Persian): original of the IRNA cluster; IRNA dateline and source line.
    dict(IRNA, role="original", file="asriran_irna_zanjan_iftar_fa.html", render="html",
         site=SITE_AI, section="اجتماعی", meta_section="اجتماعی",
         url="https://www.asriran.example.com/fa/news/1012345",
         published="2025-03-09T18:10:00+03:30",
         ld_author=[{"@type": "Organization", "name": "عصر ایران"}],
         byline_lines=["کد خبر: ۱۰۱۲۳۴۵"], date_lines=["تاریخ انتشار: ۱۸:۱۰ - ۱۹ اسفند ۱۴۰۳"],
         inserts={2: [("ad", "تبلیغات")], 5: [("link", "بیشتر بخوانید:", "قیمت خرما در بازار زنجان دو برابر شد")]},
         end_lines=["منبع: ایرنا"],
         lists=[("پربازدیدترین", ["افزایش مستمری بازنشستگان از فروردین", "پیش بینی هوای بارانی برای آخر هفته"])],
         comments=["نظر شما", "انتشار یافته: ۰"]),
    # Jornal da Paraíba (Brazil, gzipped page): original of the Agência Brasil cluster; 'Edição:' line.
    dict(ABR, role="original", file="jornaldaparaiba_agenciabrasil_aposentados_pt.html.gz", render="html",
         site=SITE_JP, section="Economia", meta_section="Economia",
         url="https://jornaldaparaiba.example.com.br/economia/2024/08/27/aposentados-inss-beneficio-comprometido-emprestimos",
         published="2024-08-27T15:32:00-03:00",
         byline_lines=["Luciana Prado - Repórter da Agência Brasil"], date_lines=["27 de agosto de 2024 às 15:32"],
         inserts={2: [("ad", "Publicidade")], 5: [("link", "Leia também:", "Feira da Prata tem alta no preço do feijão")]},
         end_lines=["Edição: Denise Moura"],
         tags=("Tags", ["Aposentadoria", "INSS", "Consumidor"])),
    # BezirksRundschau (Austria, German): staff, 'Sozialmarkt' in Wels, regional network layout.
    rec(cluster="meinbezirk-wels-sozialmarkt-pension", role="single", file="meinbezirk_wels_sozialmarkt_de.html", render="html",
        site=SITE_MB, title="Immer mehr Pensionisten kaufen im Welser Sozialmarkt ein",
        date="2025-01-21", country="AT", region="europe", lang="de", authors=["Sabine Gruber"],
        section="Lokales", meta_section="Lokales",
        url="https://www.meinbezirk.example.at/wels-wels-land/c-lokales/immer-mehr-pensionisten-im-sozialmarkt_a6912345",
        description="Der Sozialmarkt der Pfarrcaritas verzeichnet einen Rekord bei den Einkaufspässen.",
        published="2025-01-21T11:05:00+01:00",
        byline_lines=["Sabine Gruber", "Regionalredakteurin"], date_lines=["21. Jänner 2025, 11:05 Uhr"],
        caption="Ehrenamtliche Helferinnen sortieren Lebensmittelspenden.", credit="Sabine Gruber", credit_shown="Foto: Sabine Gruber",
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Das könnte dich auch interessieren:", "Neue Wärmestube im Pfarrzentrum Vogelweide")]},
        below_body=[("rights", "hochgeladen von Sabine Gruber")],
        paras=P("""
Der Sozialmarkt der Caritas in der Welser Innenstadt hat im vergangenen Jahr so viele Einkaufspässe ausgestellt wie noch nie: 2.140
Haushalte durften dort günstig einkaufen.

Leiterin Monika Hofer sagt, dass inzwischen fast jeder dritte Kunde in Pension ist.

Viele ältere Menschen würden nach Mietzins, Strom und Heizung kaum noch Geld für Lebensmittel übrig haben.

Einkaufen darf, wer als Alleinstehender weniger als rund 1.570 Euro netto im Monat zur Verfügung hat.

Die Waren stammen großteils aus Spenden von Supermärkten und Bäckereien, die sonst weggeworfen würden.

Der Markt wird von 35 Ehrenamtlichen betrieben, darunter viele Frauen aus der Pfarre Vogelweide.

Neben dem Einkauf bietet die Caritas einmal pro Woche eine kostenlose Sozialberatung im Hinterzimmer an.

Ein 74-jähriger ehemaliger Schlosser erzählt, dass er sich anfangs geschämt habe, nun aber jede Woche komme.

Die Stadt Wels unterstützt den Sozialmarkt heuer mit 20.000 Euro für Miete und Kühlgeräte.

Gesucht werden weiterhin Freiwillige, die am Vormittag beim Einräumen helfen.
"""),
        must_have=[
            "Einkaufen darf, wer als Alleinstehender weniger als rund 1.570 Euro netto im Monat zur Verfügung hat.",
            "Die Stadt Wels unterstützt den Sozialmarkt heuer mit 20.000 Euro für Miete und Kühlgeräte.",
        ]),
    # Akhbar El Yom gate (Egypt, Arabic): staff, Asyut monastery feast, 'كتب:' byline.
    rec(cluster="akhbarelyom-asyut-durunka-pilgrims", role="single", file="akhbarelyom_asyut_durunka_ar.html", render="html",
        site=SITE_AY, title="مليون زائر متوقع في احتفالات صوم العذراء بدير درنكة في أسيوط",
        date="2024-08-07", country="EG", region="africa", lang="ar", authors=["محمد عبد الرحيم"],
        section="محافظات", meta_section="محافظات",
        url="https://akhbarelyom.example.com/news/newdetails/4412345/1/",
        description="رفع درجة الاستعداد في أسيوط لاستقبال زوار دير السيدة العذراء.",
        published="2024-08-07T13:45:00+03:00",
        byline_lines=["كتب: محمد عبد الرحيم"], date_lines=["الأربعاء، 07 أغسطس 2024 - 01:45 م"],
        caption="زوار يصعدون إلى الدير في جبل درنكة", credit="أحمد فاروق", credit_shown="تصوير: أحمد فاروق",
        inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضا:", "ارتفاع أسعار الخضروات في أسواق أسيوط")]},
        lists=[("الأكثر قراءة", ["موعد صرف معاشات سبتمبر", "طقس حار على محافظات الصعيد"])],
        paras=P("""
رفعت محافظة أسيوط درجة الاستعداد لاستقبال نحو مليون زائر متوقع خلال احتفالات صوم السيدة العذراء بدير درنكة غرب المدينة.

وقال مصدر بالمحافظة إن الاستعدادات شملت رصف الطريق المؤدي إلى الدير وزيادة أعداد سيارات الإسعاف ونقاط الإطفاء.

ويقع الدير في مغارة بالجبل الغربي على ارتفاع نحو مائة متر، ويعتقد أن العائلة المقدسة احتمت بها خلال رحلتها إلى مصر.

وتستمر الاحتفالات حتى الثاني والعشرين من أغسطس، ويشارك فيها مسيحيون ومسلمون من قرى الصعيد.

ويقيم أصحاب المحلات والباعة الجائلون أسواقا مؤقتة على طول الطريق لبيع الحلوى والتذكارات والمأكولات الشعبية.

وأكد أحد كهنة الدير أن اللجان الشبابية ستتولى تنظيم دخول الزوار وتوزيع المياه عليهم خلال ساعات الحر.

كما خصصت مديرية التموين سيارات لبيع السلع الغذائية بأسعار مخفضة للزوار وأهالي القرى المجاورة.

وتعد هذه الاحتفالات من أكبر المناسبات الدينية والسياحية في محافظة أسيوط كل عام.

وتعمل الأجهزة التنفيذية على تشغيل خطوط إضافية للنقل الجماعي من وسط المدينة إلى الدير.

وناشدت المحافظة الزوار الالتزام بتعليمات المنظمين وعدم اصطحاب الأطفال إلى الأماكن المزدحمة في أوقات الذروة.
"""),
        must_have=[
            "وتستمر الاحتفالات حتى الثاني والعشرين من أغسطس، ويشارك فيها مسيحيون ومسلمون من قرى الصعيد.",
            "كما خصصت مديرية التموين سيارات لبيع السلع الغذائية بأسعار مخفضة للزوار وأهالي القرى المجاورة.",
        ]),
    # Gorkhapatra (Nepal, Nepali): staff, Bikram Sambat date in Devanagari digits, 'जनकपुरधाम, कात्तिक २२ –' dateline.
    rec(cluster="gorkhapatra-janakpur-chhath-market", role="single", file="gorkhapatra_janakpur_chhath_ne.html", render="html",
        site=SITE_GP, title="छठ पर्वका लागि जनकपुरका बजारमा फलफूलको भाउ बढ्यो",
        date="2024-11-07", dateline="जनकपुरधाम, कात्तिक २२ गते – ", city="Janakpur", country="NP", region="asia", lang="ne",
        authors=["रमेश यादव"], section="प्रदेश", meta_section="प्रदेश",
        url="https://gorkhapatra.example.org.np/news/54321",
        description="छठ पर्वका लागि सामग्री किन्न जनकपुरका बजारमा भीड लागेको छ।",
        published="2024-11-07T08:30:00+05:45",
        byline_lines=["रमेश यादव"], date_lines=["२०८१ कात्तिक २२ गते बिहीबार"],
        inserts={2: [("ad", "विज्ञापन")], 5: [("link", "यो पनि पढ्नुहोस्:", "धनुषाका किसानलाई धानको उचित मूल्य नपाउँदा चिन्ता")]},
        lists=[("धेरै पढिएको", ["ज्येष्ठ नागरिक भत्ता वितरण सुरु", "मधेस प्रदेशमा चिसो बढ्यो"])],
        paras=P("""
सूर्य उपासनाको महापर्व छठ नजिकिँदै गर्दा जनकपुरधामका बजारमा फलफूल र पूजा सामग्रीको भाउ ह्वात्तै बढेको छ।

जानकी मन्दिर वरपरका बजारमा केरा, उखु, नरिवल र सुपलीको माग बढेपछि व्यापारीले मूल्य बढाएका हुन्।

एक हप्ताअघि दर्जनको सय रुपैयाँमा पाइने केरा अहिले डेढ सय रुपैयाँसम्ममा बिक्री भइरहेको छ।

भारतबाट आउने फलफूलको आपूर्ति सीमामा ढिलाइ हुँदा मूल्य बढेको व्यापारीहरूको भनाइ छ।

गङ्गासागर र धनुषसागर पोखरीका घाटमा नगरपालिकाले सरसफाइ र बत्तीको व्यवस्था गरेको छ।

विदेशमा काम गर्ने धेरै युवा छठ मनाउन घर फर्केकाले बजारमा चहलपहल बढेको स्थानीयको भनाइ छ।

उपभोक्ता हित संरक्षण मञ्चले मूल्य अनुगमन गर्न प्रशासनसँग माग गरेको छ।

जिल्ला प्रशासन कार्यालयले बजार अनुगमन टोली परिचालन गर्ने जनाएको छ।

छठका अवसरमा मधेस प्रदेश सरकारले बिहीबार र शुक्रबार सार्वजनिक बिदा दिएको छ।

स्थानीय महिलाहरू भने महँगी भए पनि परम्परा धान्न पूजा सामग्री किन्न बाध्य भएको बताउँछन्।

पर्वका बेला घाट क्षेत्रमा भीड हुने भएकाले प्रहरीले थप सुरक्षाकर्मी खटाएको छ।

एकल बस्ने वृद्धवृद्धालाई पूजा सामग्री उपलब्ध गराउन केही युवा क्लबले सहयोग गर्ने घोषणा गरेका छन्।
"""),
        must_have=[
            "गङ्गासागर र धनुषसागर पोखरीका घाटमा नगरपालिकाले सरसफाइ र बत्तीको व्यवस्था गरेको छ।",
            "उपभोक्ता हित संरक्षण मञ्चले मूल्य अनुगमन गर्न प्रशासनसँग माग गरेको छ।",
        ]),
    # Kalemba (Zambia): staff, desk byline 'Kalemba Reporter', Soweto market in Lusaka.
    rec(cluster="kalemba-lusaka-soweto-mealie-meal", role="single", file="kalemba_lusaka_soweto_market_mealie_meal.html", render="html",
        site=SITE_KB, title="Soweto market traders say mealie meal prices are driving customers away",
        date="2024-06-12", country="ZM", region="africa", lang="en",
        section="News", meta_section="News",
        url="https://kalemba.example.news/news/2024/06/12/soweto-market-traders-mealie-meal-prices/",
        description="Traders at Lusaka's biggest market say sales have fallen sharply.",
        published="2024-06-12T10:20:00+02:00",
        ld_author=[{"@type": "Person", "name": "Kalemba Reporter"}],
        byline_lines=["Kalemba Reporter"], date_lines=["June 12, 2024"],
        inserts={2: [("ad", "Advertisement")], 5: [("link", "ALSO READ:", "Churches in Chawama open feeding points for the elderly")]},
        tags=("Tags:", ["Mealie Meal", "Soweto Market", "Lusaka"]),
        comments=["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
        paras=P("""
Traders at Lusaka's Soweto market say the rising price of mealie meal has driven many customers away, with some shoppers now buying
maize grain to take to local hammer mills instead.

A 25 kilogramme bag of breakfast mealie meal was selling at between K290 and K320 in the market this week.

Mrs Chanda Mwale, who has sold vegetables at the market for 12 years, said customers who used to buy food for a whole week now buy for one day.

She said many of her regular customers are pensioners who have not had their payments increased.

Some traders said the drought had reduced the amount of maize reaching the city from farming areas.

Hammer mill owners in Matero and Chawama said they had seen a sharp rise in the number of people bringing grain to be milled.

Church groups in the area said they had started giving out mealie meal to widows and elderly people every Saturday.

The Consumer Unity and Trust Society said a family of five in Lusaka needed more than K10,000 a month to meet basic needs.

Traders appealed to the Government to make sure that cheaper mealie meal reaches ordinary markets and not only supermarkets.
"""),
        must_have=[
            "A 25 kilogramme bag of breakfast mealie meal was selling at between K290 and K320 in the market this week.",
            "Hammer mill owners in Matero and Chawama said they had seen a sharp rise in the number of people bringing grain to be milled.",
        ]),
    # Glen Innes Examiner (NSW): AAP copy on an ACM site; AAP byline and 'AAP' credit line, no dateline.
    rec(cluster="gleninnes-aap-charity-pensioners-winter", role="single", file="gleninnesexaminer_aap_pensioners_charity.html", render="html",
        site=SITE_GI, title="Charities report surge in older Australians seeking help for the first time",
        date="2024-06-18", country="AU", region="oceania", lang="en", agency="AAP", authors=["Rhiannon Beck"],
        section="National", meta_section="National",
        url="https://www.gleninnesexaminer.example.com.au/story/8676543/charities-report-surge-in-older-australians-seeking-help/",
        description="Pensioners who rent are among those hardest hit, charities say.",
        published="2024-06-18T05:30:00+10:00",
        byline_lines=["Rhiannon Beck", "Australian Associated Press"], date_lines=["June 18 2024 - 5:30am"],
        caption="Charities say older renters are asking for help for the first time.", credit="Dan Peled/AAP PHOTOS",
        credit_shown="Picture by Dan Peled/AAP PHOTOS",
        inserts={2: [("ad", "Advertisement")], 5: [("ad", "Advertisement")]},
        end_lines=["AAP"],
        newsletter_end=["Get the latest Glen Innes news in your inbox", "Sign up for our newsletter to stay up to date."],
        paras=P("""
Charities across the country say a growing number of older Australians are asking for emergency food and help with bills for the first time
in their lives.

A survey of 40 community organisations found that almost half had seen more people aged over 65 come through their doors in the past year.

Most of those seeking help were pensioners who rent privately, according to the report released on Tuesday.

One charity worker in Adelaide said older clients often waited until they had run out of food before asking for help.

Many said they had cut back on heating and skipped medical appointments to pay their rent.

Church-run food pantries in regional towns reported some of the biggest increases.

The report calls on the federal government to raise Commonwealth Rent Assistance further and to fund more social housing for older people.

Advocates said older women who had spent years caring for children or relatives were especially likely to be renting with no savings.

A spokesperson for the social services minister said the government had already increased rent assistance twice.
"""),
        must_have=[
            "A survey of 40 community organisations found that almost half had seen more people aged over 65 come through their doors in the past year.",
            "Church-run food pantries in regional towns reported some of the biggest increases.",
        ]),
    # Erbol (Bolivia, Spanish): staff, 'Por' byline with city, Oruro devotion and market.
    rec(cluster="erbol-oruro-socavon-devotos-precios", role="single", file="erbol_oruro_socavon_devotos_es.html", render="html",
        site=SITE_EB, title="Devotos de la Virgen del Socavón se quejan por el alza de precios en Oruro",
        date="2024-02-07", country="BO", region="americas", lang="es", authors=["Marcela Quispe"],
        section="Regiones", meta_section="Regiones",
        url="https://www.erbol.example.com.bo/regiones/devotos-socavon-alza-precios-oruro",
        description="Los hospedajes y la comida suben antes del Carnaval.",
        published="2024-02-07T16:00:00-04:00",
        byline_lines=["Por Marcela Quispe / Oruro"], date_lines=["07/02/2024 - 16:00"],
        caption="Fieles visitan el santuario del Socavón.", credit="Erbol", credit_shown="Foto: Erbol",
        inserts={2: [("ad", "Publicidad")], 5: [("link", "Le puede interesar:", "Jubilados marchan en La Paz por el incremento de rentas")]},
        lists=[("Lo más leído", ["Precio del pollo sube en mercados de El Alto", "Lluvias afectan caminos del altiplano"])],
        paras=P("""
Devotos de la Virgen del Socavón que llegan a Oruro antes del Carnaval se quejan por el alza de precios en hospedajes, comida y
transporte.

Una familia de Cochabamba que llegó para cumplir una promesa dijo que pagó el doble que el año pasado por una habitación cerca del santuario.

En el mercado Fermín López, el plato de comida pasó de 15 a 20 bolivianos en las últimas semanas.

Las vendedoras explican que la carne, el pollo y las verduras también subieron en los mercados mayoristas.

La Intendencia Municipal anunció controles en restaurantes y alojamientos para evitar cobros excesivos.

Los conjuntos folclóricos ensayan cada noche y las calles del centro se llenan de danzarines y bandas.

El párroco del santuario pidió a los visitantes respetar los horarios de misa y no consumir alcohol en el templo.

Los comerciantes de recuerdos religiosos esperan recuperar las pérdidas de los últimos meses durante la fiesta.

El Carnaval de Oruro, declarado Patrimonio de la Humanidad, atrae cada año a miles de visitantes.
"""),
        must_have=[
            "En el mercado Fermín López, el plato de comida pasó de 15 a 20 bolivianos en las últimas semanas.",
            "La Intendencia Municipal anunció controles en restaurantes y alojamientos para evitar cobros excesivos.",
        ]),
    # Kampala Post (Uganda): staff, Martyrs Day pilgrims from Mbarara.
    rec(cluster="kampalapost-mbarara-martyrs-pilgrims", role="single", file="kampalapost_mbarara_martyrs_pilgrims.html", render="html",
        site=SITE_KP, title="Mbarara pilgrims set off on foot for Namugongo Martyrs Day",
        date="2024-05-22", country="UG", region="africa", lang="en", authors=["Ronald Mugisha"],
        section="Religion", meta_section="Religion",
        url="https://kampalapost.example.com/content/mbarara-pilgrims-set-off-namugongo",
        description="More than 200 faithful begin the 270-kilometre walk.",
        published="2024-05-22T14:10:00+03:00",
        byline_lines=["By Ronald Mugisha"], date_lines=["May 22, 2024"],
        caption="Pilgrims leave Mbarara on their way to Namugongo.", credit="Ronald Mugisha", credit_shown="PHOTO/Ronald Mugisha",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "Traders near Namugongo shrine raise prices ahead of June 3")]},
        tags=("Tags:", ["Martyrs Day", "Namugongo", "Pilgrims"]),
        paras=P("""
More than 200 Catholic and Anglican faithful left Mbarara on Wednesday to walk about 270 kilometres to the Uganda Martyrs shrine at
Namugongo ahead of the June 3 celebrations.

The pilgrims, many of them young people and some in their seventies, were blessed at Nyamitanga Cathedral before they set off.

Group leader Mr Deus Tumusiime said they would walk for about ten days and sleep in parishes and schools along the way.

Residents along the Mbarara-Masaka road have in past years offered the pilgrims food, water and places to rest.

A 71-year-old retired teacher said it was her fourth time making the journey and she walked to pray for her grandchildren.

Health workers from a local hospital will travel with the group to treat blisters and other injuries.

Traffic police urged drivers to be careful on the highway, where pilgrims walk in long lines.

Organisers expect more than three million people at Namugongo this year, including pilgrims from Kenya, Tanzania and Rwanda.
"""),
        must_have=[
            "Group leader Mr Deus Tumusiime said they would walk for about ten days and sleep in parishes and schools along the way.",
            "Health workers from a local hospital will travel with the group to treat blisters and other injuries.",
        ]),
]


# ---- news-please and trafilatura JSON ------------------------------------------------

JSON_STORIES = [
    # news-please, Kalinga TV (India): IANS copy, 'Cuttack, Oct 10 (IANS)' dateline.
    rec(cluster="kalingatv-ians-cuttack-puja-filigree", role="single", file="newsplease_kalingatv_ians_cuttack_puja.json",
        render="newsplease", title="Cuttack's silver filigree artisans get a Durga Puja boost as pandals go grand",
        date="2024-10-10", dateline="Cuttack, Oct 10 (IANS) ", city="Cuttack", country="IN", region="asia", lang="en", agency="IANS",
        url="https://kalingatv.example.com/state/cuttacks-silver-filigree-artisans-get-durga-puja-boost/",
        source_domain="kalingatv.example.com",
        description="Puja committees have ordered silver decorations worth crores this year.",
        np_authors=["IANS"], np_publish="2024-10-10 15:42:00", np_download="2024-10-10 18:03:11",
        head_lines=["By IANS", "Updated: October 10, 2024 3:42 pm IST", "Follow Us"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Odisha govt hikes old age pension under Madhu Babu scheme"]},
        tail_lines=["(IANS)", "Kalinga TV is now on WhatsApp. Join today", "Related News", "Trending", "Latest News",
                    "Copyright \u00a9 2024 Kalinga TV. All rights reserved.", "Disclaimer", "Share", "Follow Kalinga TV on Google News", "Odisha News"],
        paras=P("""
The silver filigree artisans of Cuttack are enjoying their busiest season in years as Durga Puja committees across the city order
larger silver decorations for their pandals.

More than 150 puja committees in the city decorate their goddess idols with silver, and at least 30 of them have ordered new work this year.

The artisans, most of whom work in small family workshops in the old city, said orders had begun arriving as early as June.

Master craftsman Bishnu Charan Mahapatra said his workshop of 14 people had been working late into the night for three months.

Some committees have raised money for the silver work from devotees over several years.

Artisans said the high price of silver meant that profits were small, even though the volume of work had gone up.

Visitors from other states and abroad crowd the pandals to see the silver and gold decorations during the festival.

The state government has promised a separate market and design centre for filigree workers in the coming year.

Police have increased security at pandals with large amounts of silver on display.
"""),
        must_have=[
            "More than 150 puja committees in the city decorate their goddess idols with silver, and at least 30 of them have ordered new work this year.",
            "Artisans said the high price of silver meant that profits were small, even though the volume of work had gone up.",
        ]),
    # news-please, Jauns.lv (Latvia, Latvian): staff, Liepāja pensioners and heating.
    rec(cluster="jauns-liepaja-pensionari-apkure", role="single", file="newsplease_jauns_liepaja_pensionari_lv.json",
        render="newsplease", title="Liepājas pensionāri sūdzas par apkures rēķiniem, dome sola palīdzību",
        date="2024-12-03", country="LV", region="europe", lang="lv", authors=["Ilze Bērziņa"],
        url="https://jauns.example.lv/raksts/zinas/612345-liepajas-pensionari-sudzas-par-apkures-rekiniem",
        source_domain="jauns.example.lv",
        description="Pilsētas sociālais dienests saņēmis divreiz vairāk pieteikumu nekā pērn.",
        np_authors=["Ilze Bērziņa"], np_publish="2024-12-03 09:15:00", np_download="2024-12-03 12:44:02",
        head_lines=["Ilze Bērziņa", "3. decembris, 2024 09:15", "Dalīties"],
        inserts={2: ["Reklāma"], 5: ["Lasi arī: Rīgas Centrāltirgū dārgāk maksā kartupeļi un kāposti"]},
        tail_lines=["Seko Jauns.lv arī Facebook un Instagram!", "Komentāri", "Pievienot komentāru", "Vairāk ziņas",
                    "Populārākie", "\u00a9 2024 Jauns.lv Visas tiesības aizsargātas", "Pārpublicēšanas noteikumi",
                    "Jauns.lv izmanto sīkdatnes", "Piekrītu", "Iestatījumi"],
        paras=P("""
Liepājas pensionāri sūdzas, ka novembra apkures rēķini daudziem ir aprijuši gandrīz pusi pensijas, un pilsētas sociālajā dienestā
veidojas rindas.

Sociālā dienesta vadītāja Anita Kalniņa stāsta, ka mājokļa pabalstam šogad pieteikušies divreiz vairāk cilvēku nekā pērn.

Lielākā daļa no viņiem ir vientuļi pensionāri, kas dzīvo vecās daudzdzīvokļu mājās Karostā un Ziemeļu priekšpilsētā.

Kāda 78 gadus veca bijusī skolotāja stāsta, ka pēc rēķinu samaksas viņai mēnesim paliek mazāk nekā simts eiro.

Dome solījusi palielināt pabalstu apkures sezonai un vienkāršot pieteikšanos, lai nebūtu jānes papīri uz vairākām iestādēm.

Liepājas Svētās Annas baznīcas draudze divreiz nedēļā piedāvā siltas pusdienas un tējas vakarus vientuļiem senioriem.

Draudzes mācītājs sacīja, ka pusdienās nāk arvien vairāk cilvēku, kuri agrāk palīdzību nekad nav lūguši.

Eksperti norāda, ka mājās bez siltināšanas rēķini būs augsti arī turpmākajās ziemās.

Sociālais dienests aicina tuviniekus un kaimiņus pievērst uzmanību vientuļiem senioriem.

Palīdzību var pieteikt arī pa tālruni vai ar kaimiņu starpniecību, ja seniors pats nevar atnākt uz dienestu.

Pilsētas tirgū pārdevēji stāsta, ka pensionāri arvien biežāk pērk mazākus daudzumus un izvēlas lētākus produktus.
"""),
        must_have=[
            "Sociālā dienesta vadītāja Anita Kalniņa stāsta, ka mājokļa pabalstam šogad pieteikušies divreiz vairāk cilvēku nekā pērn.",
            "Liepājas Svētās Annas baznīcas draudze divreiz nedēļā piedāvā siltas pusdienas un tējas vakarus vientuļiem senioriem.",
        ]),
    # news-please, Byron Shire Echo (NSW): staff, community food relief in Mullumbimby.
    rec(cluster="byronecho-mullumbimby-community-kitchen", role="single", file="newsplease_byronecho_mullumbimby_kitchen.json",
        render="newsplease", title="Mullumbimby community kitchen struggles to keep up as rents bite",
        date="2024-09-25", country="AU", region="oceania", lang="en", authors=["Kerrie Mallon"],
        url="https://www.echo.example.net.au/2024/09/mullumbimby-community-kitchen-struggles-to-keep-up/",
        source_domain="www.echo.example.net.au",
        description="Volunteers now serve more than 250 meals a week.",
        np_authors=["Kerrie Mallon"], np_publish="2024-09-25 06:00:00", np_download="2024-09-25 09:21:40",
        head_lines=["Kerrie Mallon", "September 25, 2024", "Share:"],
        inserts={2: ["Support The Echo"], 5: ["Related: Byron Shire churches offer car parks for people sleeping in vehicles"]},
        tail_lines=["Independent journalism is needed now more than ever.", "Support The Echo",
                    "Please support The Echo by becoming a member.", "Leave a Reply", "Latest News", "Echonetdaily",
                    "\u00a9 2024 Echo Publications", "Your email address will not be published.", "Subscribe to Echonetdaily", "Advertise with us"],
        paras=P("""
A volunteer-run community kitchen in Mullumbimby says it is struggling to keep up with demand as rising rents push more local people
into hardship.

The kitchen, which operates from the Uniting Church hall on Dalley Street, now serves more than 250 free meals a week, up from about 100 two years ago.

Coordinator Sue Pattison said many of the people now coming had jobs but could no longer afford both rent and food.

Older women living in cars and caravans had become a noticeable group among the regulars, she said.

The kitchen relies on donated produce from local farmers and a monthly grant from a regional charity.

Volunteers said fresh vegetables were easy to get in the Northern Rivers but meat, oil and rice were now expensive.

The kitchen is asking for more volunteers to help with cooking on weekends and for a second fridge.

Pattison said the hall had become more than a place to eat, because people also found company and practical advice there.

Byron Shire Council is considering a small grant for the kitchen in its next community funding round.
"""),
        must_have=[
            "The kitchen, which operates from the Uniting Church hall on Dalley Street, now serves more than 250 free meals a week, up from about 100 two years ago.",
            "The kitchen relies on donated produce from local farmers and a monthly grant from a regional charity.",
        ]),
    # trafilatura, Kedaulatan Rakyat (Indonesia, Indonesian): staff, Solo market prices before Lebaran.
    rec(cluster="krjogja-solo-pasar-gede-lebaran", role="single", file="trafilatura_krjogja_solo_pasar_gede_id.json",
        render="trafilatura", title="Jelang Lebaran, Harga Cabai dan Daging di Pasar Gede Solo Merangkak Naik",
        date="2024-04-02", dateline="SOLO, KRJOGJA.com - ", city="Surakarta", country="ID", region="asia", lang="id",
        authors=["Dwi Hartanto"], section="Ekonomi",
        url="https://www.krjogja.example.com/ekonomi/1243567/jelang-lebaran-harga-cabai-dan-daging-di-pasar-gede-solo-merangkak-naik",
        hostname="www.krjogja.example.com", source_hostname="Kedaulatan Rakyat",
        description="Pedagang menyebut permintaan meningkat seiring mudik.",
        tf_author="Dwi Hartanto", tf_date="2024-04-02", tf_language="id", categories="Ekonomi;Jateng",
        head_lines=["Selasa, 2 April 2024 | 14:20 WIB", "Reporter: Dwi Hartanto", "Editor: Agus Sigit"],
        inserts={2: ["ADVERTISEMENT"], 5: ["Baca Juga: Masjid Agung Surakarta siapkan takjil gratis bagi pemudik"]},
        tail_lines=["Tag:", "Lebaran", "Harga Pangan", "Berita Terkait", "Terpopuler",
                    "Copyright \u00a9 2024 KRJogja.com", "Ikuti kami di Google News",
                    "Bagikan", "Redaksi", "Pedoman Media Siber"],
        editors=["Agus Sigit"],
        paras=P("""
Menjelang Hari Raya Idul Fitri, harga sejumlah bahan pokok di Pasar Gede Solo mulai merangkak naik sejak awal pekan ini.

Harga cabai rawit merah kini mencapai Rp 70.000 per kilogram, naik dari Rp 55.000 pada pekan lalu.

Daging sapi dijual Rp 140.000 per kilogram, sementara daging ayam naik menjadi Rp 40.000 per kilogram.

Seorang pedagang daging, Sri Wahyuni, mengatakan permintaan meningkat karena banyak warga menyiapkan hidangan untuk keluarga yang mudik.

Pembeli mengeluhkan kenaikan harga, terutama para pensiunan yang penghasilannya tetap setiap bulan.

Dinas Perdagangan Kota Surakarta menggelar pasar murah di beberapa kelurahan untuk membantu warga berpenghasilan rendah.

Sejumlah masjid di Solo juga membagikan paket sembako kepada warga kurang mampu dari dana zakat yang terkumpul selama Ramadan.

Pemerintah kota memastikan stok bahan pokok aman hingga sepekan setelah Lebaran.

Pedagang memperkirakan harga akan kembali turun setelah arus balik selesai.

Petugas dari Dinas Perdagangan juga memantau timbangan pedagang agar pembeli tidak dirugikan selama musim ramai.

Pasar Gede tetap buka hingga malam hari menjelang Lebaran untuk melayani warga yang berbelanja setelah tarawih.
"""),
        must_have=[
            "Daging sapi dijual Rp 140.000 per kilogram, sementara daging ayam naik menjadi Rp 40.000 per kilogram.",
            "Sejumlah masjid di Solo juga membagikan paket sembako kepada warga kurang mampu dari dana zakat yang terkumpul selama Ramadan.",
        ]),
    # trafilatura, Berkshire Eagle (Massachusetts): staff, 'By X and Y' byline, parish meal program.
    rec(cluster="berkshireeagle-pittsfield-parish-senior-meals", role="single", file="trafilatura_berkshireeagle_pittsfield_meals.json",
        render="trafilatura", title="Pittsfield parish keeps weekly senior lunch going after church merger",
        date="2024-04-16", country="US", region="americas", lang="en", authors=["Noah Vandermeer", "Talia Brandt"], section="Local News",
        url="https://www.berkshireeagle.example.com/news/local/pittsfield-parish-senior-lunch-church-merger/article_5a1b2c3d.html",
        hostname="www.berkshireeagle.example.com", source_hostname="The Berkshire Eagle",
        description="Volunteers say the Thursday lunch is a lifeline for older residents.",
        tf_author="Noah Vandermeer; Talia Brandt", tf_date="2024-04-16", tf_language="en", categories="Local News;Pittsfield",
        head_lines=["By Noah Vandermeer and Talia Brandt, The Berkshire Eagle", "Apr 16, 2024"],
        inserts={2: ["Get Eagle headlines in your inbox"], 5: ["Related stories", "Pittsfield food pantry sees longer lines"]},
        tail_lines=["Noah Vandermeer covers Pittsfield. He can be reached at nvandermeer@berkshireeagle.com.",
                    "Talia Brandt is a reporter for The Berkshire Eagle.", "Support local journalism", "Subscribe today",
                    "\u00a9 Copyright 2024 The Berkshire Eagle, 75 S. Church St., Pittsfield, MA", "Most Popular",
                    "Trending Now", "Sign up for our newsletters", "Terms of Use", "Privacy Policy"],
        paras=P("""
When two Catholic parishes in Pittsfield merged last fall, volunteers worried that their Thursday lunch for older residents would be one of the
things that disappeared.

Six months later, the lunch is still running in the hall of the former St. Mark's church, and it is busier than ever.

About 85 people now come each week for a hot meal, coffee and conversation, up from about 50 before the merger.

Volunteer coordinator Maureen Hackett said many of the regulars live alone and some do not speak to anyone else all week.

The parish covers the cost of the food with help from a local supermarket and donations collected at Sunday Masses.

The lunch also brings in a nurse from the Berkshire Visiting Nurse Association once a month to check blood pressure.

A 91-year-old former mill worker said the lunch was the highlight of his week.

The merged parish has said it will keep the hall open at least until the end of next year while it decides what to do with the building.
"""),
        must_have=[
            "About 85 people now come each week for a hot meal, coffee and conversation, up from about 50 before the merger.",
            "The lunch also brings in a nurse from the Berkshire Visiting Nurse Association once a month to check blood pressure.",
        ]),
    # trafilatura, Daily Excelsior (Jammu and Kashmir): staff, 'Excelsior Correspondent' desk byline, 'KATHUA, Jan 15:' dateline.
    rec(cluster="dailyexcelsior-kathua-pension-camp", role="single", file="trafilatura_dailyexcelsior_kathua_pension.json",
        render="trafilatura", title="Special camps held to clear pending old age pension cases in Kathua",
        date="2025-01-16", dateline="KATHUA, Jan 15: ", city="Kathua", country="IN", region="asia", lang="en", section="State",
        url="https://www.dailyexcelsior.example.com/special-camps-held-to-clear-pending-old-age-pension-cases-in-kathua/",
        hostname="www.dailyexcelsior.example.com", source_hostname="Daily Excelsior",
        description="Over 900 elderly beneficiaries verified on the first day.",
        tf_author="Excelsior Correspondent", tf_date="2025-01-16", tf_language="en", categories="State;Jammu",
        head_lines=["Excelsior Correspondent", "Jan 16, 2025", "Print", "Share"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Devotees throng Ranbireshwar temple on Makar Sankranti"]},
        tail_lines=["Related Posts", "Leave a Reply", "Your email address will not be published.", "Recent Posts",
                    "Copyright \u00a9 2025 Daily Excelsior", "Download the Daily Excelsior App", "Follow us on WhatsApp",
                    "E-Paper", "Advertise with us"],
        paras=P("""
The Social Welfare Department today held special camps in several blocks of the district to clear pending cases of old age, widow and
disability pensions.

Officials said more than 900 elderly beneficiaries were verified on the first day at camps in Hiranagar, Billawar and Basohli.

District Social Welfare Officer said many elderly people had stopped receiving their pension because their bank accounts were not linked to Aadhaar.

Staff of banks and the postal department were present at the camps to open accounts and link documents on the spot.

Several elderly women from remote villages said they had travelled for hours by bus to reach the camp.

A retired soldier said his pension had been stopped for eight months and he was relieved to have the problem solved in a single day.

Volunteers of a local gurdwara and a temple trust served tea and langar to the people who came to the camps.

The officials said the camps would continue in the remaining blocks till the end of the month.
"""),
        must_have=[
            "Staff of banks and the postal department were present at the camps to open accounts and link documents on the spot.",
            "Volunteers of a local gurdwara and a temple trust served tea and langar to the people who came to the camps.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_LR = site("lrytas.lt", "https://www.lrytas.example.lt", " | lrytas.lt", "lt_LT", "@lrytas",
               ["Lietuvoje", "Pasaulyje", "Verslas", "Gyvenimas", "Sportas"],
               ["\u00a9 2024 lrytas.lt. Visos teisės saugomos.", "Kontaktai", "Reklama"], share=["Dalintis", "Facebook", "X"],
               cookie="Naudojame slapukus, kad pagerintume jūsų naršymo patirtį.", buttons=["Sutinku", "Nustatymai"])

JSONL_STORIES = [
    # newsbeam text shape: the MTI story on Heves Megyei Hírlap (syndicated member of the MTI cluster).
    dict(MTI, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://www.heol.example.hu/orszag-vilag/2024/02/szocialis-boltot-nyitott-a-karitasz-makon",
         nb_published="2024-02-20T15:02:00Z", outlet="Heves Megyei Hírlap", nb_authors=["MTI"],
         head_lines=["2024.02.20. 16:02", "Forrás: MTI"],
         tail_lines=["Ne maradjon le semmiről!", "Iratkozzon fel hírlevelünkre", "Megosztás", "Facebook", "Legolvasottabb",
                     "Friss hírek", "heol.hu", "Mediaworks Hungary Zrt. \u00a9 Minden jog fenntartva.", "Impresszum",
                     "Adatvédelmi tájékoztató", "Cookie beállítások", "Hírlevél feliratkozás", "Címlap"]),
    # news-please shape: the IRNA story on Eghtesad News (syndicated member of the IRNA cluster).
    dict(IRNA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.eghtesadnews.example.com/fa/news/712345",
         source_domain="www.eghtesadnews.example.com",
         np_authors=[], np_publish="2025-03-09 19:25:00", np_download="2025-03-09 21:02:47",
         head_lines=["کد خبر: ۷۱۲۳۴۵", "۱۹ اسفند ۱۴۰۳ - ۱۹:۲۵", "اجتماعی"],
         tail_lines=["منبع: ایرنا", "اشتراک گذاری", "تلگرام", "واتساپ", "اخبار مرتبط", "پربیننده ترین",
                     "تمامی حقوق این سایت متعلق به اقتصادنیوز است.", "عضویت در کانال تلگرام", "نظرات", "ارسال نظر",
                     "چاپ", "برچسب ها:"]),
    # newsbeam html shape: lrytas.lt (Lithuania, Lithuanian): staff, Hill of Crosses pilgrims near Šiauliai.
    rec(cluster="lrytas-siauliai-kryziu-kalnas-piligrimai", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_LR, title="Prie Kryžių kalno – piligrimų antplūdis, vietos prekeiviai skaičiuoja pelną",
        date="2024-07-28", country="LT", region="europe", lang="lt", authors=["Rūta Žemaitytė"],
        section="Lietuvoje", meta_section="Lietuvoje",
        url="https://www.lrytas.example.lt/lietuvosdiena/aktualijos/2024/07/28/news/prie-kryziu-kalno-piligrimu-antpludis-34567890",
        description="Vasarą prie Kryžių kalno kasdien atvyksta tūkstančiai lankytojų.",
        published="2024-07-28T17:40:00+03:00",
        nb_published="2024-07-28T14:40:00Z", outlet="lrytas.lt", nb_authors=["Rūta Žemaitytė"],
        byline_lines=["Rūta Žemaitytė, lrytas.lt"], date_lines=["2024-07-28 17:40"],
        caption="Piligrimai prie Kryžių kalno.", credit="Vygintas Skaraitis", credit_shown="Nuotr. Vygintas Skaraitis",
        inserts={2: [("ad", "Reklama")], 5: [("link", "Taip pat skaitykite:", "Senjorai skundžiasi brangstančiais vaistais")]},
        newsletter_end=["Prenumeruokite lrytas naujienlaiškį", "Gaukite svarbiausias dienos naujienas"],
        paras=P("""
Kryžių kalnas netoli Šiaulių šią vasarą sulaukia rekordinio piligrimų ir turistų srauto, o vietos prekeiviai sako, kad prekyba
sekasi geriau nei bet kada.

Savaitgaliais prie kalno atvyksta iki penkių tūkstančių žmonių, dauguma jų – iš Lenkijos, Latvijos ir Vokietijos.

Prie automobilių stovėjimo aikštelės įsikūrę prekeiviai parduoda kryželius, rožinius ir medinius suvenyrus.

Viena prekeivė sakė, kad kryželių kainos šiemet pakilo, nes brango mediena ir meistrų darbas.

Netoliese esančio pranciškonų vienuolyno broliai kasdien aukoja šv. Mišias keliomis kalbomis.

Šiaulių rajono savivaldybė šiemet įrengė naujus tualetus ir išplėtė automobilių stovėjimo aikštelę.

Vietos gyventojai sako, kad lankytojų srautas padeda išlaikyti kaimo parduotuvę ir kavinę.

Tačiau kai kurie senjorai skundžiasi, kad vasarą sunku privažiuoti prie savo sodybų dėl spūsčių.

Savivaldybė svarsto įvesti atskirą autobusų maršrutą iš Šiaulių centro.

Turistinio informacijos centro darbuotojai sako, kad daugiausia lankytojų sulaukiama per Žolinę, kai prie kalno vyksta didelės pamaldos.

Kai kurie piligrimai iš Lenkijos atvyksta pėsčiomis ir keliauja kelias savaites, nakvodami parapijų namuose ir pas vietos gyventojus.

Vietos ūkininkai turgelyje prie kelio prekiauja medumi, sūriu ir naminiais pyragais.
"""),
        must_have=[
            "Netoliese esančio pranciškonų vienuolyno broliai kasdien aukoja šv. Mišias keliomis kalbomis.",
            "Šiaulių rajono savivaldybė šiemet įrengė naujus tualetus ir išplėtė automobilių stovėjimo aikštelę.",
        ]),
    # trafilatura shape: the Agência Brasil story on Folha de Londrina (syndicated member of the Agência Brasil cluster).
    dict(ABR, role="syndicated", file=JSONL_B, render="trafilatura", section="Economia",
         url="https://www.folhadelondrina.example.com.br/economia/aposentados-inss-emprestimos-3245678e.html",
         hostname="www.folhadelondrina.example.com.br", source_hostname="Folha de Londrina",
         tf_author="Luciana Prado - Agência Brasil", tf_date="2024-08-27", tf_language="pt", categories="Economia;Brasil",
         head_lines=["Luciana Prado - Agência Brasil", "27.08.24 16h10"],
         tail_lines=["Edição: Denise Moura", "Receba nossas notícias no WhatsApp", "Compartilhar", "Facebook", "WhatsApp",
                     "Veja também", "Mais lidas", "Copyright \u00a9 2024 Folha de Londrina", "Assine a Folha", "Política de Privacidade", "Tags:",
                     "aposentadoria", "INSS"]),
    # news-please shape: Cairo 24 (Egypt, Arabic): staff, Sohag market prices before Ramadan.
    rec(cluster="cairo24-sohag-ramadan-yamish-prices", role="single", file=JSONL_B, render="newsplease",
        title="ارتفاع أسعار الياميش في أسواق سوهاج قبل أيام من رمضان",
        date="2025-02-24", country="EG", region="africa", lang="ar", authors=["أحمد حسين"],
        url="https://www.cairo24.example.com/2025/02/24/2145678",
        source_domain="www.cairo24.example.com",
        description="الإقبال ضعيف والتجار يلجأون إلى العبوات الصغيرة.",
        np_authors=["أحمد حسين"], np_publish="2025-02-24 12:30:00", np_download="2025-02-24 15:11:08",
        head_lines=["سوهاج: أحمد حسين", "الإثنين 24/فبراير/2025 - 12:30 م"],
        inserts={2: ["إعلان"], 5: ["اقرأ أيضًا: توزيع كراتين رمضان على الأسر الأولى بالرعاية في طهطا"]},
        tail_lines=["تابع القاهرة 24 على جوجل نيوز", "اشترك في قناة القاهرة 24 على واتساب", "مواضيع ذات صلة", "الأكثر قراءة",
                    "جميع الحقوق محفوظة © القاهرة 24", "شارك", "فيسبوك", "تويتر", "كلمات مفتاحية", "سوهاج", "رمضان"],
        paras=P("""
شهدت أسواق محافظة سوهاج ارتفاعا ملحوظا في أسعار ياميش رمضان، قبل أيام قليلة من حلول الشهر الكريم، وسط ضعف في إقبال المواطنين على الشراء.

ووصل سعر كيلو البلح العادي إلى 60 جنيها، بينما تجاوز سعر كيلو قمر الدين 180 جنيها في عدد من المحلات بوسط المدينة.

وقال أحد التجار بشارع الجمهورية إن أغلب الزبائن أصبحوا يشترون بكميات صغيرة أو يكتفون بالبلح فقط.

ولجأ عدد من التجار إلى تعبئة الياميش في أكياس صغيرة بأسعار تناسب الأسر محدودة الدخل.

وقالت سيدة من أصحاب المعاشات إن معاشها لم يعد يكفي لشراء مستلزمات رمضان كما كانت تفعل في السابق.

وتنظم الجمعيات الخيرية والمساجد في قرى سوهاج حملات لتوزيع كراتين المواد الغذائية على الأسر الأولى بالرعاية.

كما افتتحت مديرية التموين معارض أهلا رمضان في مراكز المحافظة لبيع السلع بأسعار مخفضة.

ويتوقع التجار أن يزيد الإقبال خلال الأسبوع الأول من الشهر مع صرف المرتبات.

وطالب مواطنون الأجهزة الرقابية بتكثيف الحملات على المحلات لضبط الأسعار ومنع احتكار السلع قبل الشهر الكريم.
"""),
        must_have=[
            "ولجأ عدد من التجار إلى تعبئة الياميش في أكياس صغيرة بأسعار تناسب الأسر محدودة الدخل.",
            "وتنظم الجمعيات الخيرية والمساجد في قرى سوهاج حملات لتوزيع كراتين المواد الغذائية على الأسر الأولى بالرعاية.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "seventieth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Délmagyarország '2024.02.20.' with the MTI dateline '2024. "
    "február 20., kedd', Heves Megyei Hírlap '2024.02.20. 16:02' (crawler stamp 15:02Z the same day); Asr-e Iran '۱۹ اسفند "
    "۱۴۰۳' (Solar Hijri, Persian digits: 9 March 2025, JSON-LD +03:30) and Eghtesad News the same Solar Hijri day; Jornal da "
    "Paraíba '27 de agosto de 2024', Folha de Londrina '27.08.24' (day first); Kitsap Sun 'Published 5:02 a.m. PT Nov. 19, "
    "2024' (both copies); Gwangju Ilbo '2025년 01월 26일'; Kurir '12 мај 2024' with the MIA dateline '12 мај'; Kaler Kantho "
    "'২৭ ফেব্রুয়ারি, ২০২৫' (Bengali digits); Kahawa Tungu 'March 4, 2024' and the KNA dateline 'Monday, March 4, 2024'; "
    "Juventud Rebelde 'Viernes 08 marzo 2024' with the Prensa Latina dateline '8 mar'; Donegal News 'Monday, 6th May 2024'; "
    "Gore Ensign 'Wed, 31 Jul 2024'; La Gazette '15 octobre 2024'; Bucks Free Press '14th January 2025'; BezirksRundschau "
    "'21. Jänner 2025' (Austrian month name); Akhbar El Yom '07 أغسطس 2024'; Gorkhapatra prints only the Bikram Sambat date "
    "'२०८१ कात्तिक २२' in Devanagari digits, which is 7 November 2024 (also in its article:published_time); Kalemba 'June 12, "
    "2024'; Glen Innes Examiner 'June 18 2024 - 5:30am' (AEST); Erbol '07/02/2024' (day first: 7 February); Kampala Post "
    "'May 22, 2024'; Kalinga TV prints only 'Updated: October 10, 2024' and the IANS dateline 'Oct 10', the same day; "
    "Jauns.lv '3. decembris, 2024'; Byron Shire Echo 'September 25, 2024'; Kedaulatan Rakyat 'Selasa, 2 April 2024'; Berkshire "
    "Eagle 'Apr 16, 2024'; Daily Excelsior is dated 'Jan 16, 2025' (its issue date) although its dateline reads 'KATHUA, Jan "
    "15:' (the day the camps were held and the report was filed), so the date is 2025-01-16; lrytas.lt '2024-07-28 17:40'; "
    "Cairo 24 '24/فبراير/2025'",
    "dateline_city": "'Makó, 2024. február 20., kedd (MTI) – ' -> 'Makó' (both MTI copies; Délmagyarország is a Szeged paper but "
    "the dateline is Makó); 'زنجان- ایرنا- ' -> 'Zanjan' (both IRNA copies); '(목포=연합뉴스) 김민호 기자 = ' -> 'Mokpo' (Yonhap "
    "prints the city and reporter together); 'Штип, 12 мај (МИА) – ' -> 'Shtip' (the GeoNames main name; Štip is an alternate); 'Kitui, Monday, March 4, 2024 (KNA) – ' -> "
    "'Kitui'; 'Camagüey, 8 mar (Prensa Latina) ' -> 'Camagüey'; 'जनकपुरधाम, कात्तिक २२ गते – ' -> 'Janakpur' (Janakpurdham is "
    "the city GeoNames calls Janakpur); 'Cuttack, Oct 10 (IANS) ' -> 'Cuttack'; 'SOLO, KRJOGJA.com - ' -> 'Surakarta' (Solo is "
    "the common name of Surakarta); 'KATHUA, Jan 15: ' -> 'Kathua'. Places printed only in a byline line (Kaler Kantho "
    "'নিজস্ব প্রতিবেদক, বরিশাল', Cairo 24 'سوهاج: أحمد حسين', Erbol 'Por Marcela Quispe / Oruro') are reporter locations, "
    "not datelines: city null and the country of the story. The Agência Brasil story has no dateline. All other records have no "
    "dateline and take the country of the story's location",
    "country": "Heves Megyei Hírlap is in Eger but carries the MTI Makó dateline (HU); Folha de Londrina carries a national "
    "Agência Brasil story (BR); the AAP story on the Glen Innes Examiner is national (AU); Kathua is in Jammu and Kashmir, "
    "administered by India (IN); North Macedonia is MK; Egypt is africa by UN M49; Iran, Nepal and Bangladesh are asia",
    "agency": "Délmagyarország and Heves Megyei Hírlap carry MTI (the Hungarian news agency: '(MTI)' dateline, 'MTI' line, "
    "'Forrás: MTI'; the crawler's author 'MTI' is not a writer); Asr-e Iran and Eghtesad News carry IRNA ('ایرنا' dateline, "
    "'منبع: ایرنا'); Jornal da Paraíba and Folha de Londrina carry Agência Brasil ('Repórter da Agência Brasil'); Gwangju Ilbo "
    "carries Yonhap ('연합뉴스' dateline and line); Kurir carries MIA ('(МИА)' dateline and sign-off); Kahawa Tungu carries KNA "
    "(the Kenya News Agency dateline and 'By Ruth Mwende and Kenya News Agency'); Juventud Rebelde carries Prensa Latina "
    "(dateline and byline); the Glen Innes Examiner carries AAP ('Australian Associated Press', 'AAP' sign-off); Kalinga TV "
    "carries IANS (dateline, 'By IANS', '(IANS)'). Photo credits ('AAP PHOTOS', 'Newsquest', 'Erbol') do not make a story "
    "agency copy; all other records are staff copy",
    "authors": "Kitsap Sun 'Marisol Trevino' (both copies; the bio line is chrome); Agência Brasil 'Luciana Prado - Repórter da "
    "Agência Brasil' -> 'Luciana Prado' (both Agência Brasil records); Yonhap '김민호 기자' ('기자' = 'reporter') -> '김민호'; Kahawa "
    "Tungu 'By Ruth Mwende' (a KNA reporter, bylined: an author of agency copy); Donegal News 'By Ciara Gallagher'; Gore Ensign "
    "'Hamish Cleary' (also the photographer); La Gazette 'Fanja Razafindrabe' printed at the end; Bucks Free Press 'By Tom "
    "Ashworth' ('Community Reporter' is his role); BezirksRundschau 'Sabine Gruber' ('Regionalredakteurin' is her role); Akhbar El "
    "Yom 'كتب: محمد عبد الرحيم' ('written by'); Gorkhapatra 'रमेश यादव' (Devanagari); Glen Innes Examiner 'Rhiannon Beck' (AAP "
    "writer); Erbol 'Por Marcela Quispe / Oruro'; Kampala Post 'By Ronald Mugisha'; Jauns.lv 'Ilze Bērziņa'; Byron Shire Echo "
    "'Kerrie Mallon'; Kedaulatan Rakyat 'Reporter: Dwi Hartanto'; Berkshire Eagle 'By Noah Vandermeer and Talia Brandt' (two "
    "writers); lrytas.lt 'Rūta Žemaitytė'; Cairo 24 'سوهاج: أحمد حسين' -> 'أحمد حسين'. Desk and agency bylines ('নিজস্ব "
    "প্রতিবেদক' = 'staff correspondent', 'Kalemba Reporter', 'Excelsior Correspondent', 'By IANS', 'Prensa Latina', 'MTI', "
    "'عصر ایران') are not authors; Délmagyarország, Heves Megyei Hírlap, Asr-e Iran, Eghtesad News, Kurir, Juventud Rebelde and "
    "Kalinga TV name no writer",
    "editors": "Agência Brasil's 'Edição: Denise Moura' names the story's editor (the Portuguese of 'Editado por'), so both "
    "Agência Brasil records have editors ['Denise Moura']; Kedaulatan Rakyat's 'Editor: Agus Sigit' names the story's editor as "
    "Xinhua's 'Editor:' line does; no other record names an editor",
    "caption_credit": "credits without their wrapper: Kitsap Sun 'Larry Whitcomb/Kitsap Sun' as printed after the caption (both "
    "copies); Donegal News 'Photo: North West Newspix' -> 'North West Newspix'; Gore Ensign 'PHOTO: HAMISH CLEARY' -> 'HAMISH "
    "CLEARY' (case as printed); Bucks Free Press '(Image: Newsquest)' -> 'Newsquest'; BezirksRundschau 'Foto: Sabine Gruber' -> "
    "'Sabine Gruber'; Akhbar El Yom 'تصوير: أحمد فاروق' ('photo:') -> 'أحمد فاروق'; Glen Innes Examiner 'Picture by Dan "
    "Peled/AAP PHOTOS' -> 'Dan Peled/AAP PHOTOS'; Erbol 'Foto: Erbol' -> 'Erbol'; Kampala Post 'PHOTO/Ronald Mugisha' -> "
    "'Ronald Mugisha'; lrytas.lt 'Nuotr. Vygintas Skaraitis' ('photo:') -> 'Vygintas Skaraitis'; records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Asr-e Iran 'اجتماعی' (society), Jornal da Paraíba "
    "'Economia', BezirksRundschau 'Lokales', Akhbar El Yom 'محافظات' (governorates), Gorkhapatra 'प्रदेश' (provinces), "
    "Kalemba 'News', Glen Innes Examiner 'National', Erbol 'Regiones', Kampala Post 'Religion', lrytas.lt 'Lietuvoje'; "
    "trafilatura records take their first category (Kedaulatan Rakyat 'Ekonomi', Berkshire Eagle 'Local News', Daily Excelsior "
    "'State', Folha de Londrina 'Economia'); news-please, plain text and newsbeam text records have none",
    "language": "'hu' Hungarian (two copies of the MTI story); 'fa' Persian (two copies of the IRNA story); 'pt' Brazilian "
    "Portuguese (two copies of the Agência Brasil story); 'ko' Korean; 'mk' Macedonian (Cyrillic); 'bn' Bengali; 'ne' Nepali "
    "(Devanagari); 'ar' Egyptian papers in Arabic (two); 'es' Cuban and Bolivian Spanish; 'fr' Malagasy French; 'de' Austrian "
    "German; 'lv' Latvian; 'lt' Lithuanian; 'id' Indonesian; all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and rules, "
    "advertisement labels, reading times, article codes, related-story lines and boxes, tag lists, most-read rails, "
    "newsletter, WhatsApp, Viber, Telegram and Google News promos, reporter bio, role, e-mail and location lines, wire source "
    "lines and sign-offs ('MTI', 'Forrás: MTI', 'منبع: ایرنا', '(МИА)', '(IANS)', 'AAP', 'By Ruth Mwende and Kenya News "
    "Agency'), the Agência Brasil 'Edição:' line, the Kedaulatan Rakyat reporter and editor lines, the BezirksRundschau "
    "'hochgeladen von' line, ownership and copyright lines, donation appeals, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (MTI and IRNA in the plain batch, Agência Brasil in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (Kitsap Sun: curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"mti", "délmagyar", "délmagyarország", "heves megyei hírlap", "heol.hu", "irna", "ایرنا", "عصر ایران",
                "asr-e iran", "eghtesad news", "اقتصادنیوز", "agência brasil", "jornal da paraíba", "folha de londrina",
                "kitsap sun", "yonhap", "연합뉴스", "광주일보", "gwangju ilbo", "mia", "миа", "kurir.mk", "kaler kantho", "কালের কণ্ঠ",
                "নিজস্ব প্রতিবেদক", "kna", "kenya news agency", "kahawa tungu", "prensa latina", "juventud rebelde",
                "donegal news", "the ensign", "gore ensign", "la gazette de la grande île", "bucks free press", "newsquest",
                "bezirksrundschau", "أخبار اليوم", "akhbar el yom", "गोरखापत्र", "gorkhapatra", "kalemba", "kalemba reporter",
                "glen innes examiner", "aap photos", "erbol", "kampala post", "kalinga tv", "ians", "jauns.lv",
                "byron shire echo", "the echo", "kedaulatan rakyat", "krjogja.com", "the berkshire eagle", "berkshire eagle",
                "daily excelsior", "excelsior correspondent", "lrytas.lt", "cairo 24", "القاهرة 24"}

if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
