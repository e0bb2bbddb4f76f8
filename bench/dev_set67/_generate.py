#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's sixty-seventh development set (bench/dev_set67/, first written as the sixty-fourth held-out set).

    .venv/bin/python bench/dev_set67/_generate.py

Writes ``bench/dev_set67/articles/*`` and ``bench/dev_set67/labels.json`` (next to this
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
bench/dev_set66/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout64_2025-a.jsonl"
JSONL_B = "crawl_holdout64_2025-b.jsonl.gz"


# ---- cluster: Agência Brasil (Diário do Pará scrape + copy on A Crítica in the plain batch) ----

BEL = rec(
    cluster="agenciabrasil-para-vacina-dengue-ampliacao",
    title="Pará amplia vacinação contra a dengue para adolescentes de 10 a 14 anos em 40 municípios",
    date="2024-03-14",
    country="BR",
    region="americas",
    agency="Agência Brasil",
    authors=["Luana Teixeira"],
    editors=["Marcelo Brandão"],
    lang="pt",
    description="Secretaria de Saúde recebeu novo lote de doses do Ministério da Saúde.",
    paras=P("""
O governo do Pará ampliou nesta quinta-feira a vacinação contra a dengue para adolescentes de 10 a 14 anos em
40 municípios, depois de receber um novo lote de doses enviado pelo Ministério da Saúde.

Segundo a Secretaria de Estado de Saúde Pública, o estado recebeu cerca de 86 mil doses, que serão distribuídas
prioritariamente às cidades com maior número de casos nas últimas semanas.

Em Belém, a vacina está disponível em 32 unidades básicas de saúde, de segunda a sexta-feira, das 8h às 17h.

Os pais ou responsáveis devem levar o cartão de vacinação e um documento de identidade do adolescente.

O esquema completo exige duas doses, com intervalo de três meses entre a primeira e a segunda aplicação.

A coordenadora estadual de imunização, Rosângela Farias, pediu que as famílias não deixem para a última hora.
"A procura ainda está abaixo do esperado, e a segunda dose é essencial para a proteção", afirmou.

O Pará registrou mais de 9 mil casos prováveis de dengue desde janeiro, um aumento de 60% em relação ao mesmo
período do ano passado.

Os hospitais de referência da região metropolitana montaram salas de hidratação para atender os pacientes com
sintomas leves.
"""),
    must_have=[
        "Em Belém, a vacina está disponível em 32 unidades básicas de saúde, de segunda a sexta-feira, das 8h às 17h.",
        "O esquema completo exige duas doses, com intervalo de três meses entre a primeira e a segunda aplicação.",
    ],
)

# ---- cluster: PAP (Dziennik Łódzki scrape + copy on Kurier Lubelski in the plain batch) ----

LDZ = rec(
    cluster="pap-lodz-szczepienia-hpv-szkoly",
    title="Szczepienia przeciw HPV w łódzkich szkołach. Zgłosiła się co trzecia rodzina",
    date="2024-09-10",
    dateline="Łódź (PAP) - ",
    city="Łódź",
    country="PL",
    region="europe",
    agency="PAP",
    authors=["Agnieszka Grzelak"],
    lang="pl",
    description="Urząd miasta chce, by do końca roku zaszczepić połowę dwunastolatków.",
    paras=P("""
Tylko co trzecia rodzina dwunastolatków z Łodzi zgłosiła dziecko do bezpłatnych szczepień przeciw wirusowi HPV,
które od września prowadzone są w szkołach podstawowych - poinformował we wtorek urząd miasta.

Szczepienia wykonują zespoły pielęgniarek szkolnych we współpracy z przychodniami podstawowej opieki zdrowotnej.

Do tej pory zgoda wpłynęła od rodziców około 2,1 tys. uczniów, podczas gdy w mieście mieszka blisko 6,5 tys.
dzieci w tym wieku.

Wiceprezydent miasta Karolina Miszczak przyznała, że urzędnicy liczyli na większe zainteresowanie.

"Rodzice często nie wiedzą, że szczepionka chroni przed kilkoma rodzajami nowotworów, nie tylko przed rakiem
szyjki macicy" - powiedziała.

Miasto planuje spotkania informacyjne w szkołach oraz kampanię w komunikacji miejskiej.

Lekarze przypominają, że szczepionka jest najskuteczniejsza, gdy zostanie podana przed rozpoczęciem
współżycia.

Według danych Ministerstwa Zdrowia w całym kraju od startu programu zaszczepiono ponad 300 tys. dzieci.

Zgody można składać u wychowawców lub w sekretariatach szkół do końca października.

Szczepienie podawane jest w dwóch dawkach, w odstępie co najmniej sześciu miesięcy.
"""),
    must_have=[
        "Szczepienia wykonują zespoły pielęgniarek szkolnych we współpracy z przychodniami podstawowej opieki zdrowotnej.",
        "Miasto planuje spotkania informacyjne w szkołach oraz kampanię w komunikacji miejskiej.",
    ],
)

# ---- cluster: Bernama, Kota Kinabalu (Focus Malaysia gzipped page + copy on Business Today in the gzipped batch) ----

KK = rec(
    cluster="bernama-kotakinabalu-diphtheria-immunisation",
    title="Sabah steps up immunisation drive after diphtheria cases in Kota Kinabalu",
    date="2024-06-03",
    dateline="KOTA KINABALU, June 3 (Bernama) -- ",
    city="Kota Kinabalu",
    country="MY",
    region="asia",
    agency="Bernama",
    lang="en",
    description="Health teams will visit schools and villages to check children's vaccination records.",
    paras=P("""
The Sabah Health Department has stepped up its immunisation drive after four diphtheria cases, including one
death, were detected in the state capital over the past month.

State health director Dr Rosnah Majinbon said mobile teams would visit schools, kindergartens and villages in
Kota Kinabalu, Penampang and Putatan to check the vaccination records of children.

She said all four patients were aged between five and 14, and none of them had completed their childhood
vaccinations.

"Diphtheria can be prevented with vaccines that are free at all government clinics," she said in a
statement today.

Close contacts of the patients have been screened and given preventive antibiotics, she added.

Dr Rosnah said parents who had refused vaccines in the past could still bring their children to any health
clinic for catch-up doses.

The department has also asked private clinics to report any suspected cases immediately.

Diphtheria is a bacterial infection that affects the throat and nose and can cause breathing difficulties
and heart problems if not treated early.
"""),
    must_have=[
        "Close contacts of the patients have been screened and given preventive antibiotics, she added.",
        "The department has also asked private clinics to report any suspected cases immediately.",
    ],
)

# ---- cluster: Falmouth Packet, page + noisy re-scrape ----

FAL = rec(
    cluster="falmouthpacket-treliske-ambulance-handover",
    title="Ambulances waited more than 20,000 hours outside Cornwall's main hospital last winter",
    date="2024-11-21",
    country="GB",
    region="europe",
    authors=["Jessica Pengelly"],
    lang="en",
    caption="Ambulances queuing outside the emergency department at Royal Cornwall Hospital in Truro",
    credit="Newsquest",
    paras=P("""
Ambulances spent more than 20,000 hours waiting outside the Royal Cornwall Hospital in Truro last winter,
new figures show.

The data, released by the South Western Ambulance Service, covers the months from November to March and
shows that crews often waited for more than four hours to hand over patients.

The hospital trust said the main reason for the delays was a lack of beds, with around 200 patients each day
who were well enough to leave but could not be discharged.

Most of them were waiting for care at home or a place in a care home, the trust said.

Chief executive Kate Shields-Norris said a new discharge lounge and extra community beds should help this
winter.

"We know how hard it is for patients and for ambulance crews, and we are sorry," she said.

Paramedic union representatives said some crews had spent whole shifts in the queue outside the emergency
department.

Cornwall Council said it had recruited more home care workers over the summer.

The trust has asked the public to use NHS 111 and minor injury units where possible.
"""),
    must_have=[
        "Most of them were waiting for care at home or a place in a care home, the trust said.",
        "Cornwall Council said it had recruited more home care workers over the summer.",
    ],
)
FAL_PRE = ["Falmouth Packet", "News", "Sport", "What's On", "Announcements", "Jobs", "Puzzles", "Subscribe", "Sign in"]
FAL_HEAD = ["By Jessica Pengelly", "Health Reporter", "Share", "21st November 2024"]
FAL_CAP = ["Ambulances queuing outside the emergency department at Royal Cornwall Hospital in Truro (Image: Newsquest)"]
FAL_COPY = "Falmouth Packet is part of Newsquest Media Group Ltd"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Falmouth Packet (Cornwall): original of the re-scrape cluster, Newsquest layout with a role line.
    dict(FAL, role="original", file="falmouthpacket_treliske_ambulance_handover.txt", render="text",
         pre=[FAL_PRE], head=[FAL_HEAD], cap_lines=FAL_CAP,
         inserts={2: ["Read more: New GP surgery for Penryn approved despite parking fears"],
                  5: ["Get the latest news from across Cornwall by signing up to our free newsletter"]},
         tail=[["Comments: Our rules", "We want our comments to be a lively and valuable part of our community."],
               ["Most Read"], ["\u00a92024 Newsquest Media Group Ltd.", FAL_COPY]]),
    dict(FAL, role="rescrape", file="falmouthpacket_treliske_ambulance_handover_rescrape.txt.gz", render="text", noise=True,
         pre=[FAL_PRE], head=[FAL_HEAD], cap_lines=FAL_CAP,
         tail=[["Most Read", "Report this article"], ["\u00a92024 Newsquest Media Group Ltd.", FAL_COPY]]),
    # Diário do Pará (Brazil): original of the Agência Brasil cluster; reporter line with agency and 'Edição:'.
    dict(BEL, role="original", file="diariodopara_agenciabrasil_vacina_dengue_pt.txt", render="text",
         pre=[["Diário do Pará", "Belém", "Pará", "Polícia", "Política", "Esportes", "Entretenimento", "Assine", "Entrar"]],
         head=[["Luana Teixeira - Repórter da Agência Brasil"], ["Publicado em 14/03/2024 às 16:05"],
               ["Compartilhe", "WhatsApp", "Facebook", "Telegram"]],
         inserts={2: ["Publicidade"], 5: ["LEIA MAIS:", "Hospital Regional de Castanhal abre novos leitos de UTI"]},
         tail=[["Edição: Marcelo Brandão"], ["Fonte: Agência Brasil"],
               ["Siga o DOL no Google Notícias"],
               ["\u00a9 2024 Diário Online - Todos os direitos reservados."]]),
    # Dziennik Łódzki (Poland): original of the PAP cluster; '(PAP)' dateline and 'Autorka:' tail with PAP initials.
    dict(LDZ, role="original", file="dzienniklodzki_pap_szczepienia_hpv_pl.txt", render="text",
         pre=[["Dziennik Łódzki", "Wiadomości", "Łódź", "Region", "Sport", "Zdrowie", "Kultura", "Prenumerata", "Zaloguj"]],
         head=[["PAP"], ["10.09.2024, 13:45"], ["Udostępnij", "Facebook", "X"]],
         inserts={2: ["Reklama"], 5: ["Polecamy", "Kolejki do endokrynologa w Łodzi. Na wizytę czeka się nawet rok"]},
         tail=[["Autorka: Agnieszka Grzelak", "agz/ mhr/"],
               ["Źródło: PAP"],
               ["Dołącz do nas na Facebooku!"],
               ["\u00a9 2024 Polska Press Sp. z o.o."]]),
    # K24 Digital (Kenya): KNA copy bylined with the agency, 'Source:' line.
    rec(cluster="k24-kna-kisumu-malaria-vaccine", role="single", file="k24_kna_kisumu_malaria_vaccine.txt", render="text",
        title="Kisumu expands malaria vaccine to 12 more sub-county hospitals",
        date="2024-04-25", country="KE", region="africa", lang="en", agency="KNA",
        pre=[["K24 Digital", "News", "Counties", "Business", "Health", "Sports", "Lifestyle", "Watch Live", "Podcasts"]],
        head=[["KNA"], ["Thursday, April 25, 2024 at 3:12 PM"], ["Share", "WhatsApp", "Facebook", "X"]],
        inserts={3: ["ADVERTISEMENT"], 5: ["Also Read:", "Nurses in Homa Bay call off strike after county releases salaries"]},
        tail=[["Source: Kenya News Agency"],
              ["Follow our WhatsApp Channel and join the Telegram Channel for all the latest news"],
              ["\u00a9 2024 Mediamax Network Limited. All rights reserved."]],
        paras=P("""
The County Government of Kisumu has expanded the malaria vaccine programme to 12 more sub-county hospitals
as the region marks World Malaria Day.

County Health Executive Dr Gregory Ganda-Otieno said the vaccine would now be available in all seven
sub-counties, up from three facilities when the programme started.

He said children aged between six months and two years were eligible for four doses of the vaccine, which is
given free of charge.

"Malaria remains the leading cause of hospital admissions for children under five in this county," he said.

The official noted that cases among young children had dropped by nearly a third in the areas where the
vaccine had been introduced earlier.

Community health promoters will visit households to trace children who have missed their doses, he added.

The county has also distributed more than 150,000 treated mosquito nets to pregnant women and families in
lakeside villages.

Health workers urged residents to seek treatment early and to clear stagnant water around their homes.
"""),
        must_have=[
            "Community health promoters will visit households to trace children who have missed their doses, he added.",
            "Health workers urged residents to seek treatment early and to clear stagnant water around their homes.",
        ]),
    # L'Economiste (Morocco, French): MAP copy with a 'Casablanca - ' dateline, issue number over the date.
    rec(cluster="leconomiste-map-casablanca-rougeole-rattrapage", role="single", file="leconomiste_map_rougeole_fr.txt", render="text",
        title="Rougeole : la campagne de rattrapage vaccinal prolongée à Casablanca-Settat",
        date="2025-02-18", dateline="Casablanca - ", city="Casablanca", country="MA", region="africa", lang="fr", agency="MAP",
        pre=[["L'Economiste", "Economie", "Entreprises", "Politique", "Société", "International", "Culture", "Abonnez-vous"]],
        head=[["Par L'Economiste avec MAP"], ["Edition N°:6952 Le 18/02/2025"], ["Partager", "Imprimer"]],
        inserts={2: ["Publicité"], 4: ["A lire aussi", "Hôpitaux publics: 3.000 nouveaux postes budgétaires en 2025"]},
        tail=[["Vous avez un projet immobilier en vue ? Yakeey & Médias24 peuvent vous aider !"],
              ["Commentaires", "Vous devez vous connecter pour commenter."],
              ["\u00a9 Copyright L'Economiste 2025"]],
        paras=P("""
La direction régionale de la santé de Casablanca-Settat a annoncé la prolongation de deux semaines de la
campagne de rattrapage vaccinal contre la rougeole, lancée fin janvier.

Selon la direction, plus de 310.000 enfants et adolescents de moins de 18 ans ont été vaccinés dans la région
depuis le début de l'opération.

La campagne cible en priorité les enfants dont le carnet de vaccination est incomplet, ainsi que les élèves des
établissements scolaires publics et privés.

Les équipes médicales se déplacent dans les écoles, tandis que les centres de santé restent ouverts le samedi
pour accueillir les familles.

Le ministère de la Santé et de la Protection sociale a appelé les parents à vérifier le carnet de santé de leurs
enfants et à se rendre au centre le plus proche.

La rougeole est une maladie très contagieuse qui peut entraîner des complications graves, notamment chez les
enfants malnutris.

Le royaume a enregistré plusieurs milliers de cas depuis l'automne dernier, selon les données officielles.

Le vaccin est gratuit et disponible dans tous les établissements de soins de santé primaires.
"""),
        must_have=[
            "Les équipes médicales se déplacent dans les écoles, tandis que les centres de santé restent ouverts le samedi pour accueillir les familles.",
            "Le vaccin est gratuit et disponible dans tous les établissements de soins de santé primaires.",
        ]),
    # Lesotho Tribune (Lesotho): staff, 'By' byline with a role line, reporter contact.
    rec(cluster="lesothotribune-maseru-tb-drug-stockout", role="single", file="lesothotribune_tb_clinics.txt", render="text",
        title="Clinics run short of TB medicines as new supply is delayed",
        date="2025-03-06", country="LS", region="africa", lang="en", authors=["Lerato Mokoena"],
        pre=[["Lesotho Tribune", "Home", "News", "Politics", "Business", "Health", "Sport", "Opinion", "Contact"]],
        head=[["By Lerato Mokoena", "Senior Reporter"], ["March 6, 2025"], ["Share on Facebook", "Share on WhatsApp"]],
        inserts={2: ["Advertisement"], 5: ["RELATED:", "Doctors at Queen 'Mamohato hospital threaten to down tools"]},
        tail=[["lerato@lesothotribune.co.ls"],
              ["Related Posts"],
              ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
              ["\u00a9 2025 Lesotho Tribune. All rights reserved."]],
        paras=P("""
Several clinics in Maseru and the northern districts have run short of tuberculosis medicines after a delay
in the delivery of new stock, health workers say.

Nurses at three clinics in Maseru told this publication that they had been giving patients supplies for one
week instead of the usual month.

This means patients have to travel to the clinic every week, often spending money they do not have on
transport.

The Ministry of Health confirmed the delay and blamed problems with the supplier's shipping schedule.

Ministry spokesperson Ntate Teboho Letsie said the new consignment was expected within two weeks and that no
patient would be turned away.

"We have moved stock from districts with more supplies to those that are running low," he said.

Lesotho has one of the highest rates of tuberculosis in the world, and many patients are also living with HIV.

Doctors warn that interrupting treatment can lead to drug-resistant forms of the disease, which are harder
and more expensive to cure.
"""),
        must_have=[
            "This means patients have to travel to the clinic every week, often spending money they do not have on transport.",
            "The Ministry of Health confirmed the delay and blamed problems with the supplier's shipping schedule.",
        ]),
    # Bhekisisa (South Africa): health desk, 'By X and Y' byline with roles, republishing licence footer.
    rec(cluster="bhekisisa-lenacapavir-clinics-rollout", role="single", file="bhekisisa_prep_injection_clinics.txt", render="text",
        title="Twice-yearly HIV prevention jab to reach 60 public clinics in first phase",
        date="2025-07-09", country="ZA", region="africa", lang="en", authors=["Nokuthula Dlamini", "Pieter van Wyk"],
        pre=[["Bhekisisa", "Centre for Health Journalism", "News", "Features", "Multimedia", "Health Beat", "Podcasts", "About us"]],
        head=[["By Nokuthula Dlamini and Pieter van Wyk"], ["9 July 2025"], ["6 min read"]],
        inserts={3: ["SIGN UP: Get the Bhekisisa newsletter in your inbox every Friday."]},
        tail=[["Nokuthula Dlamini is a health reporter at Bhekisisa. Pieter van Wyk is a data journalist."],
              ["Republish this article", "This story was produced by the Bhekisisa Centre for Health Journalism. Sign up for the newsletter."],
              ["Related Content"],
              ["\u00a9 2025 Bhekisisa Centre for Health Journalism"]],
        paras=P("""
A twice-yearly injection that prevents HIV infection will be offered at 60 public clinics in the first phase
of South Africa's rollout, the health department has confirmed.

The clinics are in districts with the highest number of new infections among young women, including parts of
KwaZulu-Natal, Gauteng and the Eastern Cape.

People who want the injection will first be tested for HIV at the clinic and will then receive a shot every
six months.

Officials say the first phase will reach about 40,000 people, most of them young women and people who find it
hard to take a daily pill.

Nurses at the selected clinics have started training this month, according to the department's deputy
director for HIV prevention, Dr Sipho Ngwenya.

"The biggest question is whether people will come back for the second injection, so follow-up will be key,"
he said.

Researchers say the injection could change the course of the epidemic if enough people use it.

The department plans to expand to more clinics next year if supplies allow.
"""),
        must_have=[
            "People who want the injection will first be tested for HIV at the clinic and will then receive a shot every six months.",
            "The department plans to expand to more clinics next year if supplies allow.",
        ]),
    # Jamejam (Iran, Persian): IRNA copy with a 'مشهد - ایرنا - ' dateline; Solar Hijri date in Persian digits.
    rec(cluster="jamejam-irna-mashhad-insulin-pharmacies", role="single", file="jamejam_irna_mashhad_insulin_fa.txt", render="text",
        title="کمبود قلم انسولین در داروخانه‌های مشهد؛ توزیع نوبت جدید از هفته آینده",
        date="2024-12-25", dateline="مشهد - ایرنا - ", city="Mashhad", country="IR", region="asia", lang="fa", agency="IRNA",
        pre=[["جام جم آنلاین", "صفحه نخست", "سیاسی", "اجتماعی", "اقتصادی", "سلامت", "ورزشی", "فرهنگی"]],
        head=[["کد خبر: ۱۴۵۷۸۲۳"], ["۰۵ دی ۱۴۰۳ - ۱۴:۲۰"], ["اشتراک گذاری", "تلگرام", "واتساپ"]],
        inserts={2: ["تبلیغات"], 5: ["بیشتر بخوانید:", "افتتاح بخش جدید دیالیز در بیمارستان امام رضا (ع)"]},
        tail=[["منبع: ایرنا"],
              ["برچسب ها:", "انسولین", "داروخانه", "مشهد"],
              ["کلیه حقوق این سایت متعلق به جام جم آنلاین است."]],
        paras=P("""
معاون غذا و داروی دانشگاه علوم پزشکی مشهد از توزیع نوبت جدید قلم‌های انسولین در داروخانه‌های این شهر از هفته
آینده خبر داد و گفت کمبود فعلی موقتی است.

به گفته او در هفته‌های اخیر تقاضا برای برخی انواع انسولین قلمی افزایش یافته و داروخانه‌ها با کمبود موجودی روبرو شده‌اند.

وی افزود بیماران دیابتی می‌توانند تا زمان رسیدن محموله جدید از انسولین‌های ویالی که موجودی کافی دارند استفاده کنند.

این مسئول تاکید کرد که داروخانه‌ها موظف هستند داروی بیماران را فقط با نسخه الکترونیکی تحویل دهند تا از
خرید بیش از نیاز جلوگیری شود.

شماری از بیماران گفتند برای یافتن قلم انسولین ناچار شده‌اند به چند داروخانه در نقاط مختلف شهر مراجعه کنند.

انجمن دیابت خراسان رضوی از بیماران خواست پیش از تغییر نوع انسولین حتما با پزشک خود مشورت کنند.

بر اساس آمار رسمی بیش از ۳۰۰ هزار نفر در این استان به دیابت مبتلا هستند و بخشی از آنها به تزریق روزانه
انسولین نیاز دارند.

معاون غذا و دارو همچنین گفت سامانه‌ای برای اطلاع‌رسانی موجودی داروخانه‌ها به زودی راه‌اندازی می‌شود.
"""),
        must_have=[
            "وی افزود بیماران دیابتی می‌توانند تا زمان رسیدن محموله جدید از انسولین‌های ویالی که موجودی کافی دارند استفاده کنند.",
            "انجمن دیابت خراسان رضوی از بیماران خواست پیش از تغییر نوع انسولین حتما با پزشک خود مشورت کنند.",
        ]),
    # Kyeongin Ilbo (South Korea, Korean): staff, '기자' byline with e-mail, '입력/수정' stamps.
    rec(cluster="kyeongin-incheon-moonlight-childrens-clinics", role="single", file="kyeongin_incheon_childrens_clinic_ko.txt", render="text",
        title="인천 '달빛어린이병원' 6곳으로 늘린다… 야간·휴일 소아 진료 공백 메운다",
        date="2024-10-08", country="KR", region="asia", lang="ko", authors=["김하늘"],
        pre=[["경인일보", "정치", "경제", "사회", "인천", "경기", "문화", "오피니언"]],
        head=[["김하늘 기자 sky@kyeongin.com"], ["입력 2024-10-08 17:30", "수정 2024-10-09 09:12"], ["페이스북", "카카오톡", "링크복사"]],
        inserts={3: ["광고"], 6: ["관련기사", "인천 응급실 소아과 전문의 부족 심각"]},
        tail=[["경인일보 구독하기"],
              ["저작권자 © 경인일보 무단전재 및 재배포 금지"],
              ["많이 본 뉴스"]],
        paras=P("""
인천시가 밤이나 휴일에도 아이들이 진료를 받을 수 있는 달빛어린이병원을 현재 3곳에서 6곳으로 늘리기로 했다.

시는 8일 서구와 연수구, 부평구의 소아청소년과 의원 3곳을 추가로 지정했다고 밝혔다.

달빛어린이병원은 평일 밤 11시까지, 주말과 공휴일에는 오후 6시까지 문을 열어 경증 소아 환자를 진료한다.

그동안 밤에 아이가 열이 나면 부모들은 대형 병원 응급실을 찾을 수밖에 없었고, 대기 시간이 몇 시간씩 걸리는 경우도 많았다.

시는 달빛어린이병원이 늘어나면 응급실 과밀화가 다소 줄어들 것으로 기대하고 있다.

지정된 병원에는 인건비와 운영비 일부가 지원된다.

인천시 관계자는 "소아과 의사를 구하기 어려운 상황에서도 참여해 준 병원들에 감사하다"며 "앞으로 강화군 등 의료 취약 지역에도 확대할 계획"이라고 말했다.

한 학부모는 "아이가 갑자기 아플 때 갈 곳이 생겨 다행"이라고 말했다.

달빛어린이병원의 위치와 운영 시간은 인천시 누리집과 응급의료포털에서 확인할 수 있다.

시는 또 소아 전문 응급센터 추가 지정도 정부에 건의할 계획이다.

전문가들은 소아과 의사 부족 문제를 해결하기 위해서는 수가 개선 등 근본적인 대책이 필요하다고 지적했다.

인천 지역 소아청소년과 의원 수는 최근 5년 동안 10% 넘게 줄었다.
"""),
        must_have=[
            "시는 달빛어린이병원이 늘어나면 응급실 과밀화가 다소 줄어들 것으로 기대하고 있다.",
            "달빛어린이병원의 위치와 운영 시간은 인천시 누리집과 응급의료포털에서 확인할 수 있다.",
        ]),
    # Ittefaq (Bangladesh, Bengali): desk byline, Bengali digits.
    rec(cluster="ittefaq-dhaka-dengue-hospital-admissions", role="single", file="ittefaq_dhaka_dengue_bn.txt", render="text",
        title="ডেঙ্গুতে হাসপাতালে ভর্তি আরও ৯৮০ জন, ঢাকায় বেশি চাপ",
        date="2024-09-12", country="BD", region="asia", lang="bn",
        pre=[["ইত্তেফাক", "প্রচ্ছদ", "জাতীয়", "রাজনীতি", "সারাদেশ", "আন্তর্জাতিক", "খেলা", "স্বাস্থ্য", "ই-পেপার"]],
        head=[["ইত্তেফাক রিপোর্ট"], ["প্রকাশ : ১২ সেপ্টেম্বর ২০২৪, ১৯:৩০"], ["শেয়ার করুন", "ফেসবুক", "হোয়াটসঅ্যাপ"]],
        inserts={2: ["বিজ্ঞাপন"], 5: ["আরও পড়ুন", "সরকারি হাসপাতালে স্যালাইনের সংকট নেই: স্বাস্থ্য অধিদপ্তর"]},
        tail=[["ইত্তেফাক/এসএইচ"],
              ["সর্বশেষ", "সর্বাধিক পঠিত"],
              ["স্বত্ব © ২০২৪ দৈনিক ইত্তেফাক কর্তৃক সর্বস্বত্ব সংরক্ষিত"]],
        paras=P("""
দেশে গত ২৪ ঘণ্টায় ডেঙ্গু আক্রান্ত হয়ে আরও ৯৮০ জন হাসপাতালে ভর্তি হয়েছেন, যাদের অর্ধেকের বেশি ঢাকার
বিভিন্ন হাসপাতালে চিকিৎসা নিচ্ছেন।

বৃহস্পতিবার স্বাস্থ্য অধিদপ্তরের নিয়মিত বিজ্ঞপ্তিতে এ তথ্য জানানো হয়।

বিজ্ঞপ্তিতে বলা হয়, এই সময়ে ডেঙ্গুতে দুজনের মৃত্যু হয়েছে এবং চলতি বছর মোট মৃত্যুর সংখ্যা দাঁড়িয়েছে ৯৪ জনে।

ঢাকার মুগদা মেডিকেল কলেজ হাসপাতাল ও ডিএনসিসি কোভিড হাসপাতালে রোগীর চাপ সবচেয়ে বেশি বলে জানিয়েছেন চিকিৎসকরা।

মুগদা হাসপাতালের একজন চিকিৎসক বলেন, অনেক রোগী দেরিতে হাসপাতালে আসছেন, ফলে তাদের অবস্থা জটিল হয়ে পড়ছে।

জ্বর হলে দেরি না করে ডেঙ্গু পরীক্ষা করানোর এবং প্রচুর তরল খাবার খাওয়ার পরামর্শ দিয়েছেন বিশেষজ্ঞরা।

সিটি করপোরেশনগুলো মশা নিধনে বিশেষ অভিযান শুরু করলেও অনেক এলাকায় এখনো জমে থাকা পানিতে লার্ভা পাওয়া যাচ্ছে।

কীটতত্ত্ববিদরা সতর্ক করেছেন, অক্টোবর পর্যন্ত সংক্রমণ বাড়তে পারে।

স্বাস্থ্য অধিদপ্তর জানিয়েছে, সরকারি হাসপাতালগুলোতে ডেঙ্গু রোগীদের জন্য আলাদা শয্যা প্রস্তুত রাখা হয়েছে।

চলতি বছর এ পর্যন্ত সারা দেশে ১৮ হাজারের বেশি মানুষ ডেঙ্গু নিয়ে হাসপাতালে ভর্তি হয়েছেন।

বিশেষজ্ঞরা বাড়ির আশপাশে ফুলের টব, ডাবের খোসা ও পরিত্যক্ত টায়ারে পানি জমতে না দেওয়ার আহ্বান জানিয়েছেন।
"""),
        must_have=[
            "জ্বর হলে দেরি না করে ডেঙ্গু পরীক্ষা করানোর এবং প্রচুর তরল খাবার খাওয়ার পরামর্শ দিয়েছেন বিশেষজ্ঞরা।",
            "কীটতত্ত্ববিদরা সতর্ক করেছেন, অক্টোবর পর্যন্ত সংক্রমণ বাড়তে পারে।",
        ]),
    # Loop Vanuatu (Vanuatu): staff, byline and relative time over the date.
    rec(cluster="loopvanuatu-portvila-dialysis-unit", role="single", file="loopvanuatu_vila_central_dialysis.txt", render="text",
        title="Vila Central Hospital opens first public dialysis unit",
        date="2025-02-12", country="VU", region="oceania", lang="en", authors=["Mereani Tari"],
        pre=[["Loop Vanuatu", "News", "Business", "Sport", "Entertainment", "Lifestyle", "Pacific News", "Videos"]],
        head=[["By Mereani Tari"], ["12 February 2025, 4:55 PM"], ["Share", "Tweet", "Email"]],
        inserts={3: ["Advertisement"], 5: ["Related Stories", "Health ministry warns of dengue rise after heavy rain"]},
        tail=[["Tags:", "Vila Central Hospital", "Dialysis", "Ministry of Health"],
              ["Loop Vanuatu is part of the Loop Pacific network."],
              ["Copyright \u00a9 2025 Loop Vanuatu"]],
        paras=P("""
Patients with kidney failure in Vanuatu will no longer have to travel overseas for treatment after Vila
Central Hospital opened the country's first public dialysis unit this week.

The unit has six dialysis machines and can treat up to 18 patients a week in its first year, the Ministry of
Health said.

Until now, patients needing dialysis had to go to Fiji, New Caledonia or Australia, often at great cost to
their families.

Director of hospital services Dr Jimmy Natuman said many patients could not afford to travel and had died
without treatment.

"This unit will save lives and keep families together," he said at the opening.

Four local nurses have been trained in Fiji to run the machines, and a visiting specialist will support the
team for the first six months.

The ministry said it would also strengthen screening for diabetes and high blood pressure, the main causes of
kidney disease in the country.

Patients will be referred to the unit by doctors at provincial hospitals.
"""),
        must_have=[
            "Until now, patients needing dialysis had to go to Fiji, New Caledonia or Australia, often at great cost to their families.",
            "Patients will be referred to the unit by doctors at provincial hospitals.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_FOCUS = site("Focus Malaysia", "https://focusmalaysia.example.my", " | Focus Malaysia", "en_MY", "@focusmalaysia",
                  ["Home", "Business", "Capital Markets", "Property", "Auto", "Tech", "Lifestyle", "Columns"],
                  ["Copyright \u00a9 2024 Focus Malaysia. All rights reserved.", "About Us", "Advertise", "Privacy Policy"],
                  share=["Facebook", "X", "WhatsApp", "Telegram"])
SITE_DOSTOR = site("الدستور", "https://www.dostor.example.org", " - الدستور", "ar_EG", "@AlDostor",
                   ["الرئيسية", "أخبار مصر", "محافظات", "اقتصاد", "رياضة", "صحة"],
                   ["جميع الحقوق محفوظة لجريدة الدستور © 2025", "من نحن", "اتصل بنا", "سياسة الخصوصية"],
                   share=["فيسبوك", "إكس", "واتساب", "نسخ الرابط"])
SITE_MUNDO = site("Diario El Mundo", "https://diario.example.sv", " - Diario El Mundo", "es_SV", "@elmundosv",
                  ["Nacionales", "Política", "Economía", "Deportes", "Edición impresa"],
                  ["© 2024 Diario El Mundo. Todos los derechos reservados.", "Quiénes somos", "Política de privacidad"],
                  share=["Compartir en Facebook", "Compartir en X", "Compartir en WhatsApp"],
                  cookie="Este sitio utiliza cookies para mejorar su experiencia de navegación.", buttons=["Aceptar", "Más información"])
SITE_BFP = site("Burlington Free Press", "https://www.burlingtonfreepress.example.com", "", "en_US", "@bfp",
                ["News", "Sports", "Things to do", "Opinion", "Obituaries", "eNewspaper", "Legals", "Business"],
                ["\u00a9 2025 www.burlingtonfreepress.com. All rights reserved.", "Contact Us", "Help Center", "Terms of Service", "Your Privacy Choices"],
                share=["Share on Facebook", "Share on X", "Share via Email"], top=["Subscribe"])
SITE_CCA = site("Coffs Coast Advocate", "https://www.coffscoastadvocate.example.com.au", "", "en_AU", "@coffsadvocate",
                ["News", "Sport", "Real Estate", "Lifestyle", "Puzzles", "Weather", "Video", "Digital Print Edition"],
                ["\u00a9 2024 Nationwide News Pty Ltd", "Contact Us", "Terms of Use", "Privacy Policy", "Standards of Practice"],
                share=["Share", "Copy link", "Email"], top=["Subscribe", "Log In"])
SITE_KANTIPUR = site("कान्तिपुर", "https://ekantipur.example.com", " - कान्तिपुर", "ne_NP", "@ekantipur_com",
                     ["समाचार", "अर्थ / वाणिज्य", "विचार", "खेलकुद", "उपत्यका", "स्वास्थ्य", "प्रदेश", "ई-पेपर"],
                     ["© २०८१ सर्वाधिकार सुरक्षित कान्तिपुर पब्लिकेसन्स लि.", "हाम्रो बारेमा", "सम्पर्क", "गोपनीयता नीति"],
                     share=["सेयर", "फेसबुक", "ट्विटर", "इमेल"])
SITE_AIF = site("Аргументы и Факты", "https://aif.example.ru", " | Аргументы и Факты", "ru_RU", "@aifonline",
                ["Главное", "Политика", "Общество", "Здоровье", "Деньги", "Культура"],
                ["© АО «Аргументы и Факты». Все права защищены.", "Контакты", "Реклама", "Правила использования"],
                share=["ВКонтакте", "Одноклассники", "Telegram", "Скопировать ссылку"],
                cookie="Мы используем файлы cookie. Продолжая использовать сайт, вы соглашаетесь с этим.", buttons=["Принять"])
SITE_AZ = site("Allgäuer Zeitung", "https://www.all-in.example.de", " | Allgäuer Zeitung", "de_DE", "@allgaeuerzeitung",
               ["Kempten", "Kaufbeuren", "Füssen", "Oberallgäu", "E-Paper"],
               ["© Allgäuer Zeitung 2025", "Impressum", "Datenschutz", "Kontakt"],
               share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Anmelden"],
               cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren und Werbung anzuzeigen.",
               buttons=["Alle akzeptieren", "Ablehnen", "Einstellungen"])
SITE_GI = site("Glas Istre", "https://www.glasistre.example.hr", " | Glas Istre", "hr_HR", "@glasistre",
               ["Vijesti", "Pula", "Istra", "Hrvatska", "Svijet", "Sport", "Kultura", "Zdravlje"],
               ["© 2024 Glas Istre Novine d.o.o. Sva prava pridržana.", "Impressum", "Kontakt", "Pravila privatnosti"],
               share=["Podijeli", "Facebook", "WhatsApp", "Viber"])

HTML_STORIES = [
    # Focus Malaysia (gzipped page): original of the Bernama cluster, bylined 'Bernama'.
    dict(KK, role="original", file="focusmalaysia_bernama_sabah_diphtheria.html.gz", render="html",
         site=SITE_FOCUS, section="Nation", meta_section="Nation",
         url="https://focusmalaysia.example.my/sabah-steps-up-immunisation-drive-after-diphtheria-cases/",
         published="2024-06-03T18:42:00+08:00",
         ld_author=[{"@type": "Organization", "name": "Bernama"}],
         byline_lines=["Bernama"], date_lines=["June 3, 2024"],
         caption="A nurse prepares a vaccine at a health clinic in Kota Kinabalu", credit="Bernama", credit_shown="(Bernama pic)",
         inserts={2: [("ad", "Advertisement")], 5: [("link", "ALSO READ:", "Sabah hospitals told to prepare for rise in respiratory infections")]},
         tags=("Tags:", ["Sabah", "diphtheria"]),
         ),
    # Al Dostor (Egypt, Arabic): MENA copy with an Aswan dateline '(أ ش أ)'.
    rec(cluster="dostor-mena-aswan-hepatitis-screening", role="single", file="dostor_mena_aswan_fahs_ar.html", render="html",
        site=SITE_DOSTOR, title="صحة أسوان: فحص 120 ألف طالب ضمن مبادرة الكشف المبكر عن فيروس سي والأنيميا",
        date="2025-01-27", dateline="أسوان - (أ ش أ) - ", city="Aswan", country="EG", region="africa", lang="ar", agency="MENA",
        section="محافظات", meta_section="محافظات",
        url="https://www.dostor.example.org/4936512",
        description="المبادرة تستهدف طلاب المدارس الابتدائية والإعدادية بالمحافظة.",
        published="2025-01-27T13:15:00+02:00",
        ld_author=[{"@type": "Organization", "name": "أ ش أ"}],
        breadcrumbs=["الرئيسية", "محافظات"],
        byline_lines=["أ ش أ"], date_lines=["الإثنين 27/يناير/2025 - 01:15 م"],
        inserts={2: [("ad", "إعلان")], 4: [("link", "اقرأ أيضًا:", "افتتاح وحدة جديدة للغسيل الكلوي بمستشفى كوم أمبو")]},
        tags=("الموضوعات المتعلقة", ["أسوان", "مبادرة رئاسية", "فيروس سي"]),
        paras=P("""
أعلنت مديرية الشؤون الصحية بأسوان الانتهاء من فحص أكثر من 120 ألف طالب بالمدارس الابتدائية والإعدادية ضمن
المبادرة الرئاسية للكشف المبكر عن فيروس سي والأنيميا والسمنة والتقزم.

وقال وكيل وزارة الصحة بأسوان الدكتور محمد عبد الحكيم إن الفرق الطبية زارت 640 مدرسة في مدن ومراكز
المحافظة منذ بداية الفصل الدراسي الأول.

وأضاف أن الطلاب الذين تظهر نتائجهم إيجابية يتم تحويلهم إلى المستشفيات والعيادات المتخصصة لاستكمال الفحوص
وتلقي العلاج بالمجان.

وأوضح أن الفحص يشمل قياس الطول والوزن ونسبة الهيموجلوبين في الدم، إلى جانب تحليل سريع للكشف عن فيروس سي
لطلاب المرحلة الإعدادية.

وأشار إلى أن المبادرة ساهمت خلال السنوات الماضية في اكتشاف آلاف الحالات في مراحل مبكرة.

ودعا أولياء الأمور إلى التعاون مع الفرق الطبية والاهتمام بالتغذية السليمة لأبنائهم.

ومن المقرر أن تستكمل الفرق أعمالها في مدارس مراكز إدفو ونصر النوبة خلال الفصل الدراسي الثاني.

وتأتي المبادرة ضمن جهود الدولة لتحسين صحة الأطفال والحد من الأمراض المزمنة.

وأكدت المديرية أن جميع الخدمات المقدمة للطلاب ضمن المبادرة مجانية بالكامل.
"""),
        must_have=[
            "وأشار إلى أن المبادرة ساهمت خلال السنوات الماضية في اكتشاف آلاف الحالات في مراحل مبكرة.",
            "ودعا أولياء الأمور إلى التعاون مع الفرق الطبية والاهتمام بالتغذية السليمة لأبنائهم.",
        ]),
    # Diario El Mundo (El Salvador, Spanish): staff, byline with '@' handle, cookie banner.
    rec(cluster="diarioelmundo-rosales-cirugias-espera", role="single", file="diarioelmundo_hospital_rosales_es.html", render="html",
        site=SITE_MUNDO, title="Hospital Rosales reduce lista de espera de cirugías con jornadas de fin de semana",
        date="2024-08-22", country="SV", region="americas", lang="es", authors=["Karla Menjívar"],
        section="Nacionales", meta_section="Nacionales",
        url="https://diario.example.sv/nacionales/hospital-rosales-reduce-lista-de-espera-de-cirugias",
        description="Más de 1,500 pacientes han sido operados desde junio.",
        published="2024-08-22T11:40:00-06:00",
        byline_lines=["Karla Menjívar", "@KarlaMenjivarDEM"], date_lines=["22 de agosto de 2024 - 11:40"],
        caption="Personal médico en un quirófano del Hospital Nacional Rosales", credit="Cortesía MINSAL", credit_shown="Foto: Cortesía MINSAL",
        inserts={3: [("ad", "Publicidad")], 5: [("link", "Lee también:", "Salud intensifica fumigación por aumento de casos de dengue")]},
        tags=("Temas", ["Salud", "Hospital Rosales", "MINSAL"]),
        paras=P("""
El Hospital Nacional Rosales ha operado a más de 1,500 pacientes desde junio gracias a jornadas quirúrgicas
de fin de semana, informó este jueves el Ministerio de Salud.

La mayoría de las intervenciones fueron cirugías de vesícula, hernias y cataratas, que acumulaban largas
listas de espera desde la pandemia.

El director del hospital, Rodrigo Alas Fuentes, explicó que los quirófanos ahora funcionan también los
sábados y domingos con equipos de médicos y enfermeras que trabajan turnos adicionales.

"Hay pacientes que esperaban más de un año para una operación sencilla", dijo el funcionario.

Según el Ministerio, la lista de espera se redujo en un 40 % en tres meses.

Los pacientes son contactados por teléfono para confirmar la fecha de su cirugía y deben presentarse en
ayunas con sus exámenes previos.

Algunos usuarios, sin embargo, se quejaron de que las citas para consulta externa siguen tardando varias
semanas.

El Ministerio de Salud anunció que las jornadas se extenderán a los hospitales de Santa Ana y San Miguel antes
de fin de año.
"""),
        must_have=[
            "La mayoría de las intervenciones fueron cirugías de vesícula, hernias y cataratas, que acumulaban largas listas de espera desde la pandemia.",
            "Según el Ministerio, la lista de espera se redujo en un 40 % en tres meses.",
        ]),
    # Burlington Free Press (Vermont): staff, Gannett layout, reporter bio and contact at the end.
    rec(cluster="bfp-vermont-rural-hospital-birthing-unit", role="single", file="burlingtonfreepress_birthing_unit.html", render="html",
        site=SITE_BFP, title="Rural Vermont hospital to close birthing unit, citing staffing shortage",
        date="2025-04-15", country="US", region="americas", lang="en", authors=["Owen McAllister"],
        section="Health", meta_section="Health",
        url="https://www.burlingtonfreepress.example.com/story/news/local/vermont/2025/04/15/vermont-hospital-birthing-unit-close/83012345007/",
        description="Expectant parents will have to travel up to an hour to deliver.",
        published="2025-04-15T17:05:00-04:00", modified="2025-04-16T08:30:00-04:00",
        byline_lines=["Owen McAllister", "Burlington Free Press"],
        date_lines=["Published 5:05 p.m. ET April 15, 2025", "Updated 8:30 a.m. ET April 16, 2025"],
        inserts={2: [("ad", "Advertisement")]},
        end_lines=["Contact Owen McAllister at omcallister@freepressmedia.com. Follow him on X @OwenMcA_BFP."],
        below_body=[("gannett-promo", "Support local journalism. Subscribe to the Burlington Free Press today.")],
        paras=P("""
A small hospital in northern Vermont will stop delivering babies this summer because it cannot hire enough
nurses and doctors, hospital leaders said Tuesday.

The birthing unit at the hospital in Newport, which handled about 190 births last year, will close on July 1.

Expectant parents in the Northeast Kingdom will have to travel up to an hour to deliver at hospitals in St.
Johnsbury or Burlington.

Hospital president Diane Thibodeau said the decision was painful but that the unit could not safely operate
with its current staff.

"We have tried for two years to recruit, and we simply cannot keep the unit open around the clock," she said.

Prenatal and postnatal care will continue at the hospital's clinics, and the emergency department will
remain open for women in labor who cannot reach another hospital.

Advocates for rural health care said the closure was part of a national trend that leaves pregnant women in
rural areas with fewer choices.

State health officials said they would review transport plans for women in the region.
"""),
        must_have=[
            "The birthing unit at the hospital in Newport, which handled about 190 births last year, will close on July 1.",
            "State health officials said they would review transport plans for women in the region.",
        ]),
    # Coffs Coast Advocate (NSW): AAP copy, News Corp regional layout, 'with AAP' byline.
    rec(cluster="coffscoast-aap-whooping-cough-alert", role="single", file="coffscoastadvocate_aap_whooping_cough.html", render="html",
        site=SITE_CCA, title="Whooping cough cases surge on NSW North Coast as doctors urge booster shots",
        date="2024-10-30", country="AU", region="oceania", lang="en", agency="AAP",
        section="News", meta_section="News",
        url="https://www.coffscoastadvocate.example.com.au/news/whooping-cough-cases-surge-on-nsw-north-coast/news-story/5f1c2e9a8b7d",
        description="Health authorities say cases are at their highest level in more than a decade.",
        published="2024-10-30T14:20:00+11:00",
        ld_author=[{"@type": "Organization", "name": "AAP"}],
        byline_lines=["Staff writers with AAP"], date_lines=["October 30, 2024 - 2:20PM"],
        inserts={2: [("ad", "Advertisement")]},
        end_lines=["AAP"],
        comments=["Add your comment to this story", "To join the conversation, please log in. Don't have an account? Register"],
        paras=P("""
Whooping cough cases on the NSW North Coast have climbed to their highest level in more than a decade,
prompting doctors to urge parents and pregnant women to check their vaccinations.

NSW Health data shows more than 1,100 cases have been recorded in the region so far this year, compared with
fewer than 100 for all of last year.

Most cases are in school-aged children, but health authorities are most worried about babies too young to be
fully vaccinated.

North Coast public health director Dr Amanda Reilly-Hart said the best protection for newborns was
vaccination of the mother during pregnancy.

"Whooping cough can be life-threatening for young babies, and the vaccine during pregnancy passes protection
to the baby," she said.

The vaccine is free for pregnant women, children at two, four and six months, and at 18 months and four years.

Adults who spend time with babies, including grandparents, are also encouraged to get a booster.

Symptoms begin like a cold and develop into bouts of coughing that can last for weeks.
"""),
        must_have=[
            "Most cases are in school-aged children, but health authorities are most worried about babies too young to be fully vaccinated.",
            "Adults who spend time with babies, including grandparents, are also encouraged to get a booster.",
        ]),
    # Kantipur (Nepal, Nepali): staff, Devanagari byline with city, Bikram Sambat date in Nepali digits.
    rec(cluster="kantipur-kathmandu-typhoid-vaccine-campaign", role="single", file="kantipur_typhoid_khop_ne.html", render="html",
        site=SITE_KANTIPUR, title="टाइफाइडविरुद्धको खोप अभियान सुरु, १५ वर्षमुनिका ७० लाख बालबालिकालाई लगाइने",
        date="2024-04-07", country="NP", region="asia", lang="ne", authors=["सरिता खड्का"],
        section="स्वास्थ्य", meta_section="स्वास्थ्य",
        url="https://ekantipur.example.com/health/2080/12/25/typhoid-vaccine-campaign-4512.html",
        description="खोप विद्यालय र स्वास्थ्य संस्थामार्फत निःशुल्क लगाइनेछ।",
        published="2024-04-07T18:30:00+05:45",
        byline_lines=["सरिता खड्का", "काठमाडौँ"], date_lines=["चैत २५, २०८० १८:३०"],
        inserts={2: [("ad", "विज्ञापन")], 5: [("link", "यो पनि पढ्नुहोस्:", "वीर अस्पतालमा नयाँ आईसीयू सञ्चालनमा")]},
        tags=("प्रकाशित :", ["स्वास्थ्य", "खोप"]),
        paras=P("""
सरकारले १५ वर्षमुनिका बालबालिकालाई टाइफाइडविरुद्धको खोप लगाउने राष्ट्रिय अभियान आइतबारदेखि सुरु गरेको छ।

स्वास्थ्य सेवा विभागका अनुसार अभियानमा देशभरका करिब ७० लाख बालबालिकालाई खोप लगाइनेछ।

खोप विद्यालय, स्वास्थ्य संस्था र अस्थायी खोप केन्द्रमार्फत निःशुल्क लगाइने विभागले जनाएको छ।

परिवार कल्याण महाशाखाका प्रमुख डा. रमेश अधिकारीले अभियान तीन सातासम्म चल्ने बताए।

उनका अनुसार टाइफाइड दूषित पानी र खानाबाट सर्ने रोग हो र यसले विशेषगरी बालबालिकालाई बढी असर गर्छ।

अभिभावकहरूलाई आफ्ना बालबालिकालाई नजिकको खोप केन्द्रमा लैजान विभागले आग्रह गरेको छ।

पछिल्ला वर्षहरूमा टाइफाइडका औषधिले काम नगर्ने किसिमका संक्रमण बढेकाले खोप अझ महत्त्वपूर्ण भएको चिकित्सकहरू बताउँछन्।

अभियानपछि यो खोप नियमित खोप तालिकामा समावेश गरिनेछ।

स्वास्थ्यकर्मीहरूले सफा पानी पिउन र खाना खानुअघि साबुन पानीले हात धुन पनि सल्लाह दिएका छन्।

काठमाडौँ उपत्यकामा मात्र करिब आठ लाख बालबालिकालाई खोप लगाउने लक्ष्य राखिएको छ।

विभागले खोप लगाएपछि हल्का ज्वरो वा सुई लगाएको ठाउँमा दुखाइ हुन सक्ने र त्यो केही समयमै निको हुने जनाएको छ।

खोप केन्द्रहरू बिहान १० बजेदेखि अपराह्न ४ बजेसम्म खुला रहने विभागले जनाएको छ।
"""),
        must_have=[
            "खोप विद्यालय, स्वास्थ्य संस्था र अस्थायी खोप केन्द्रमार्फत निःशुल्क लगाइने विभागले जनाएको छ।",
            "अभियानपछि यो खोप नियमित खोप तालिकामा समावेश गरिनेछ।",
        ]),
    # Argumenty i Fakty (Russia, Russian): staff, regional edition, consent line.
    rec(cluster="aif-novosibirsk-pharmacies-antibiotics", role="single", file="aif_novosibirsk_apteki_ru.html", render="html",
        site=SITE_AIF, title="В аптеках Новосибирска стало не хватать детских антибиотиков",
        date="2024-11-19", country="RU", region="europe", lang="ru", authors=["Екатерина Орлова"],
        section="Здоровье", meta_section="Здоровье",
        url="https://aif.example.ru/health/v-aptekah-novosibirska-stalo-ne-hvatat-detskih-antibiotikov",
        description="Минздрав региона обещает, что новые поставки придут в течение двух недель.",
        published="2024-11-19T10:05:00+07:00",
        byline_lines=["Екатерина Орлова", "АиФ-Новосибирск"], date_lines=["19.11.2024 10:05"],
        caption="Аптека в центре Новосибирска", credit="Shutterstock.com", credit_shown="Фото: Shutterstock.com",
        inserts={2: [("ad", "Реклама")], 5: [("link", "Смотрите также:", "Когда начнётся эпидемия гриппа в Сибири")]},
        tags=("Оцените материал", ["Подписывайтесь на АиФ в Telegram"]),
        paras=P("""
Жители Новосибирска жалуются, что в аптеках города стало трудно найти детские антибиотики в форме суспензии.

Чаще всего покупатели не могут найти препараты на основе амоксициллина, которые врачи назначают детям при
ангине и отитах.

В крупных аптечных сетях подтвердили перебои и объяснили их ростом спроса в сезон простуд.

В региональном министерстве здравоохранения сообщили, что новые партии лекарств поступят в течение двух
недель.

Пока врачей просят назначать аналоги, которые есть в наличии, а родителей — не покупать лекарства впрок.

Педиатр Ольга Селезнёва отметила, что антибиотики нельзя давать детям без назначения врача.

«Большинство простуд вызвано вирусами, и антибиотики в этих случаях не помогают», — сказала она.

Узнать о наличии препаратов можно по телефону горячей линии минздрава или на сайтах аптечных сетей.

Специалисты советуют при первых признаках болезни обращаться в поликлинику по месту жительства.

По словам фармацевтов, спрос на детские лекарства в ноябре вырос почти вдвое по сравнению с началом осени.

В минздраве также напомнили, что в поликлиниках города продолжается бесплатная вакцинация от гриппа для детей и взрослых.
"""),
        must_have=[
            "В крупных аптечных сетях подтвердили перебои и объяснили их ростом спроса в сезон простуд.",
            "Педиатр Ольга Селезнёва отметила, что антибиотики нельзя давать детям без назначения врача.",
        ]),
    # Allgäuer Zeitung (Bavaria, German): staff, 'Von' byline, Plus-article paywall note.
    rec(cluster="allgaeuerzeitung-kempten-notaufnahme-klinikum", role="single", file="allgaeuerzeitung_kempten_notaufnahme_de.html", render="html",
        site=SITE_AZ, title="Klinikum Kempten: Notaufnahme bekommt eigene Kinderabteilung",
        date="2025-05-20", country="DE", region="europe", lang="de", authors=["Markus Höbel"],
        section="Kempten", meta_section="Kempten",
        url="https://www.all-in.example.de/kempten/c-lokales/klinikum-kempten-notaufnahme-bekommt-eigene-kinderabteilung_a6123456",
        description="Der Umbau soll bis Ende 2026 abgeschlossen sein.",
        published="2025-05-20T06:00:00+02:00", modified="2025-05-20T14:35:00+02:00",
        byline_lines=["Von Markus Höbel"], date_lines=["20.05.2025 | Stand: 14:35 Uhr"],
        caption="Die Notaufnahme des Klinikums Kempten soll umgebaut werden", credit="Ralf Lienert", credit_shown="Bild: Ralf Lienert",
        above_body=[("plus", "AZ Plus")],
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Lesen Sie auch:", "Hausärztemangel im Oberallgäu: Was die Gemeinden jetzt planen")]},
        paras=P("""
Die Notaufnahme des Klinikums Kempten wird umgebaut und bekommt einen eigenen Bereich für Kinder und
Jugendliche.

Der Aufsichtsrat des Klinikverbunds Allgäu hat die Pläne am Montag gebilligt, die Kosten liegen bei rund
elf Millionen Euro.

Bisher werden kranke Kinder in der allgemeinen Notaufnahme gemeinsam mit Erwachsenen untersucht, was vor allem
abends und am Wochenende zu langen Wartezeiten führt.

Künftig sollen Kinderärzte und speziell geschulte Pflegekräfte in eigenen Räumen arbeiten.

Der Freistaat Bayern übernimmt einen großen Teil der Kosten, den Rest tragen die Stadt Kempten und der
Landkreis Oberallgäu.

Chefarzt Dr. Thomas Wiedemann sagte, die Zahl der Patienten in der Notaufnahme sei in den vergangenen fünf
Jahren um fast ein Viertel gestiegen.

"Wir brauchen mehr Platz, damit Kinder nicht zwischen schwer verletzten Erwachsenen warten müssen", sagte er.

Der Umbau soll im Herbst beginnen und bis Ende 2026 abgeschlossen sein.

Während der Bauarbeiten bleibt die Notaufnahme rund um die Uhr geöffnet.

Patienten werden gebeten, bei leichten Beschwerden zunächst den ärztlichen Bereitschaftsdienst unter der Nummer 116117 anzurufen.
"""),
        must_have=[
            "Künftig sollen Kinderärzte und speziell geschulte Pflegekräfte in eigenen Räumen arbeiten.",
            "Während der Bauarbeiten bleibt die Notaufnahme rund um die Uhr geöffnet.",
        ]),
    # Glas Istre (Croatia, Croatian): staff, initials-free full byline, photo by a staff photographer.
    rec(cluster="glasistre-pula-opca-bolnica-pregledi", role="single", file="glasistre_pula_bolnica_hr.html", render="html",
        site=SITE_GI, title="Pulska bolnica uvodi popodnevne preglede kako bi skratila liste čekanja",
        date="2024-12-04", country="HR", region="europe", lang="hr", authors=["Ivana Benčić"],
        section="Pula", meta_section="Pula",
        url="https://www.glasistre.example.hr/pula/pulska-bolnica-uvodi-popodnevne-preglede-912345",
        description="Prvo se uvode popodnevni termini za ultrazvuk i kardiologiju.",
        published="2024-12-04T19:10:00+01:00",
        byline_lines=["Ivana Benčić"], date_lines=["04.12.2024. u 19:10"],
        caption="Opća bolnica Pula", credit="Dejan Štifanić", credit_shown="(Snimio Dejan Štifanić)",
        inserts={3: [("ad", "Oglas")], 5: [("link", "Pročitajte još:", "Istarski domovi zdravlja traže nove obiteljske liječnike")]},
        comments=["Komentari", "Za komentiranje je potrebna prijava."],
        paras=P("""
Opća bolnica Pula od siječnja uvodi popodnevne preglede kako bi skratila liste čekanja, koje su za neke
pretrage dulje od godinu dana.

Ravnateljica bolnice Martina Radolović rekla je da će se prvo uvesti popodnevni termini za ultrazvuk,
kardiološke preglede i pretrage štitnjače.

Liječnici i medicinske sestre koji rade popodne bit će plaćeni prekovremeno, a troškove će djelomično
pokriti Istarska županija.

Pacijenti koji već imaju termin bit će pozvani telefonom ako se oslobodi raniji termin.

Prema podacima bolnice, na ultrazvuk abdomena trenutno se čeka oko 14 mjeseci, a na pregled kardiologa
oko devet mjeseci.

Predstavnici udruge pacijenata pozdravili su odluku, ali upozorili da bolnici nedostaje specijalista.

"Bez novih liječnika popodnevni rad neće dugo izdržati", rekao je predsjednik udruge Dario Vitasović.

Bolnica planira zaposliti deset novih specijalizanata u idućoj godini.

Pacijenti se za popodnevne termine mogu naručiti preko svog obiteljskog liječnika ili putem sustava e-Naručivanje.

U bolnici ističu da će hitni pacijenti i dalje imati prednost bez obzira na listu čekanja.
"""),
        must_have=[
            "Pacijenti koji već imaju termin bit će pozvani telefonom ako se oslobodi raniji termin.",
            "Bolnica planira zaposliti deset novih specijalizanata u idućoj godini.",
        ]),
]


# ---- news-please and trafilatura JSON --------------------------------------------

JSON_STORIES = [
    # news-please, Al Ghad (Jordan, Arabic): Petra copy, 'عمان - بترا - ' dateline.
    rec(cluster="alghad-petra-amman-cancer-screening", role="single", file="newsplease_alghad_petra_fahs_ar.json",
        render="newsplease", title="الصحة: حملة وطنية للكشف المبكر عن سرطان الثدي تشمل 120 مركزا صحيا",
        date="2024-10-02", dateline="عمان - بترا - ", city="Amman", country="JO", region="asia", lang="ar", agency="Petra",
        url="https://alghad.example.com/الصحة-حملة-وطنية-للكشف-المبكر-عن-سرطان-الثدي/",
        source_domain="alghad.example.com",
        description="الفحص مجاني للنساء فوق سن الأربعين.",
        np_authors=["بترا"], np_publish="2024-10-02 12:30:00", np_download="2024-10-02 16:41:09",
        head_lines=["بترا", "الأربعاء 2 تشرين الأول 2024 12:30 م", "A+ A-", "مشاركة"],
        inserts={2: ["إعلان"], 4: ["اقرأ المزيد :", "افتتاح قسم جديد للطوارئ في مستشفى البشير"]},
        tail_lines=["المصدر: بترا", "تابعوا الغد على", "فيسبوك", "إكس", "واتساب", "تلغرام",
                    "الوسوم", "صحة", "سرطان الثدي", "الأكثر قراءة", "جميع الحقوق محفوظة © 2024 الغد"],
        paras=P("""
أطلقت وزارة الصحة اليوم الأربعاء حملة وطنية للكشف المبكر عن سرطان الثدي تشمل 120 مركزا صحيا في مختلف
محافظات المملكة، بالتزامن مع شهر التوعية بسرطان الثدي.

وقال مدير مديرية الأمراض غير السارية في الوزارة الدكتور سامر الخطيب إن الفحص السريري والتصوير الشعاعي
للثدي مجانيان للنساء فوق سن الأربعين.

وأضاف أن الوزارة جهزت وحدات متنقلة للتصوير الشعاعي ستزور القرى والمناطق البعيدة عن المستشفيات.

وبين أن الكشف المبكر يرفع نسبة الشفاء إلى أكثر من 90 بالمئة إذا اكتُشف المرض في مراحله الأولى.

ودعا السيدات إلى عدم التردد في مراجعة المراكز الصحية وإجراء الفحص الذاتي بشكل شهري.

ويعد سرطان الثدي الأكثر انتشارا بين النساء في الأردن، بحسب السجل الوطني للسرطان.

وتستمر الحملة حتى نهاية الشهر الحالي، بالتعاون مع البرنامج الأردني لسرطان الثدي ومؤسسات المجتمع المدني.

ويمكن للراغبات في الفحص حجز موعد عبر تطبيق الوزارة أو الاتصال بالمركز الصحي الأقرب.

وأشار الخطيب إلى أن الوزارة سجلت خلال العام الماضي زيادة في أعداد النساء اللواتي أجرين الفحص مقارنة بالأعوام السابقة، داعيا إلى مواصلة نشر الوعي في المدارس والجامعات وأماكن العمل.
"""),
        must_have=[
            "وأضاف أن الوزارة جهزت وحدات متنقلة للتصوير الشعاعي ستزور القرى والمناطق البعيدة عن المستشفيات.",
            "ويعد سرطان الثدي الأكثر انتشارا بين النساء في الأردن، بحسب السجل الوطني للسرطان.",
        ]),
    # news-please, Brújula Digital (Bolivia, Spanish): staff, 'Brújula Digital |' desk prefix over the date.
    rec(cluster="brujula-lapaz-vacuna-influenza-campana", role="single", file="newsplease_brujula_influenza_es.json",
        render="newsplease", title="Salud inicia la vacunación contra la influenza con un millón de dosis",
        date="2025-04-22", country="BO", region="americas", lang="es", authors=["Mariela Quispe Ticona"],
        url="https://brujuladigital.example.net/sociedad/salud-inicia-la-vacunacion-contra-la-influenza-con-un-millon-de-dosis",
        source_domain="brujuladigital.example.net",
        description="La campaña prioriza a niños, adultos mayores y personas con enfermedades crónicas.",
        np_authors=["Mariela Quispe Ticona"], np_publish="2025-04-22 18:15:00", np_download="2025-04-23 01:02:37",
        head_lines=["Brújula Digital | 22/04/2025 18:15", "Mariela Quispe Ticona", "Sociedad"],
        inserts={3: ["Publicidad"]},
        tail_lines=["Te recomendamos", "El SUS amplía la atención de hemodiálisis en El Alto",
                    "Únete a nuestro canal de WhatsApp", "Brújula Digital no se responsabiliza por los comentarios de los lectores.",
                    "Comentarios", "Deja tu comentario", "Más leídas", "Brújula Digital © 2025",
                    "Todos los derechos reservados", "Contacto", "Publicidad en Brújula"],
        paras=P("""
El Ministerio de Salud inició este martes la campaña de vacunación contra la influenza estacional con un
millón de dosis que serán distribuidas en los nueve departamentos del país.

La campaña prioriza a niños de seis meses a cinco años, adultos mayores de 60 años, mujeres embarazadas y
personas con enfermedades crónicas.

En La Paz y El Alto, la vacuna se aplica en centros de salud, hospitales de segundo nivel y puestos móviles
instalados en mercados y plazas.

El jefe del Programa Ampliado de Inmunización, Freddy Mamani Choque, pidió a la población no esperar a que
lleguen las heladas.

"La vacuna tarda unas dos semanas en dar protección, por eso es importante vacunarse ahora", afirmó.

El año pasado la cobertura no llegó al 60 % en los grupos de riesgo, según datos oficiales.

Las autoridades recordaron que la vacuna es gratuita y que no se necesita orden médica.

La campaña se extenderá hasta el 30 de junio o hasta agotar las dosis.
"""),
        must_have=[
            "El año pasado la cobertura no llegó al 60 % en los grupos de riesgo, según datos oficiales.",
            "Las autoridades recordaron que la vacuna es gratuita y que no se necesita orden médica.",
        ]),
    # news-please, The Daily Examiner (Grafton): staff, reporter line with role.
    rec(cluster="dailyexaminer-grafton-mental-health-beds", role="single", file="newsplease_dailyexaminer_mental_health_beds.json",
        render="newsplease", title="Grafton Base Hospital's new mental health unit opens with 20 beds",
        date="2024-06-28", country="AU", region="oceania", lang="en", authors=["Bree Kilpatrick"],
        url="https://www.dailyexaminer.example.com.au/news/grafton-base-hospitals-new-mental-health-unit-opens/news-story/a8c3e1",
        source_domain="www.dailyexaminer.example.com.au",
        description="The unit replaces wards that staff said were no longer fit for purpose.",
        np_authors=["Bree Kilpatrick"], np_publish="2024-06-28 10:45:00", np_download="2024-06-28 03:20:15",
        head_lines=["Bree Kilpatrick", "Health Reporter", "June 28, 2024 - 10:45AM", "The Daily Examiner"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Originally published as Grafton Base Hospital's new mental health unit opens with 20 beds",
                    "More Coverage", "Maclean nurses rally over staffing levels", "Clarence Valley GP bulk billing clinic opens",
                    "Add your comment to this story", "To join the conversation, please log in.",
                    "Don't have an account? Register", "\u00a9 2024 Nationwide News Pty Ltd", "Privacy Policy", "Terms of Use"],
        paras=P("""
A new mental health unit with 20 beds has opened at Grafton Base Hospital, replacing wards that staff said
were no longer fit for purpose.

The unit includes 14 beds for adults and six beds for older people, as well as outdoor courtyards and
rooms for families.

Northern NSW Local Health District chief executive Tracey Lindqvist said the building was designed with
input from patients and carers.

"People recovering from mental illness need calm and safe spaces, and that is what this unit provides," she
said.

Until now, some patients from the Clarence Valley had to be transferred to Lismore or Coffs Harbour when
beds were full.

Nurses said the old wards were cramped and had little natural light.

The unit is part of the hospital's redevelopment, which also includes a new emergency department and
operating theatres.

The community mental health team will also move into the new building later this year.
"""),
        must_have=[
            "The unit includes 14 beds for adults and six beds for older people, as well as outdoor courtyards and rooms for families.",
            "Nurses said the old wards were cramped and had little natural light.",
        ]),
    # trafilatura, Journal de l'île de La Réunion (French): staff, initials under the text.
    rec(cluster="jir-saintdenis-chikungunya-vaccination", role="single", file="trafilatura_jir_chikungunya_fr.json",
        render="trafilatura", title="Chikungunya : la vaccination ouverte aux plus de 65 ans dans les pharmacies",
        date="2025-04-10", country="RE", region="africa", lang="fr", authors=["Sandrine Payet"],
        section="Santé",
        url="https://www.jir.example.re/sante/chikungunya-la-vaccination-ouverte-aux-plus-de-65-ans-dans-les-pharmacies",
        hostname="jir.example.re", source_hostname="Journal de l'île de La Réunion",
        description="Les pharmaciens volontaires peuvent administrer le vaccin dès lundi.",
        tf_author="Sandrine Payet", tf_date="2025-04-10", tf_language="fr", categories="Santé;Actualités",
        tf_tags="chikungunya;vaccination;ARS",
        head_lines=["Par Sandrine Payet", "Publié le 10 avril 2025 à 06h30", "Mis à jour le 10 avril 2025 à 11h05", "Article réservé aux abonnés"],
        inserts={3: ["Publicité"], 5: ["A lire aussi :", "Le CHU Sud débordé par les cas de chikungunya"]},
        tail_lines=["S.P.", "Réagir à cet article", "Vous devez être abonné pour commenter.",
                    "Abonnez-vous à partir de 1 euro le premier mois", "Les plus lus",
                    "Téléchargez l'application du JIR", "Suivez-nous sur WhatsApp", "© Journal de l'île de La Réunion - 2025"],
        paras=P("""
La vaccination contre le chikungunya est désormais possible dans les pharmacies de l'île pour les personnes
âgées de plus de 65 ans présentant des maladies chroniques, a annoncé l'Agence régionale de santé.

Jusqu'ici, le vaccin n'était disponible que dans les centres de vaccination et chez certains médecins
généralistes.

Les pharmaciens volontaires pourront administrer le vaccin dès lundi, sur présentation d'une prescription ou
après un entretien avec le patient.

L'épidémie continue de progresser dans l'ouest et le sud de l'île, avec plusieurs milliers de nouveaux cas
déclarés chaque semaine.

Les services d'urgences du CHU signalent un afflux de patients âgés souffrant de fortes douleurs
articulaires.

« Nous voulons protéger en priorité les personnes les plus fragiles », a expliqué une responsable de l'ARS.

L'agence rappelle que la lutte contre les moustiques reste essentielle, en vidant les soucoupes et les
récipients où l'eau stagne.

La liste des pharmacies participantes est disponible sur le site de l'ARS La Réunion.
"""),
        must_have=[
            "Jusqu'ici, le vaccin n'était disponible que dans les centres de vaccination et chez certains médecins généralistes.",
            "La liste des pharmacies participantes est disponible sur le site de l'ARS La Réunion.",
        ]),
    # trafilatura, Capital Ethiopia (Addis Ababa): staff, business weekly, no byline name ('Capital Staff').
    rec(cluster="capitalethiopia-addis-local-pharma-plant", role="single", file="trafilatura_capitalethiopia_pharma_plant.json",
        render="trafilatura", title="Local drug makers expand output as import costs bite",
        date="2024-08-19", country="ET", region="africa", lang="en",
        section="Business",
        url="https://www.capitalethiopia.example.com/business/local-drug-makers-expand-output-as-import-costs-bite/",
        hostname="capitalethiopia.example.com", source_hostname="Capital Newspaper",
        description="Manufacturers in the Kilinto industrial park add new production lines.",
        tf_author="Capital Staff", tf_date="2024-08-19", tf_language="en", categories="Business;Health",
        tf_tags="pharmaceuticals;Kilinto;EFDA",
        head_lines=["Capital Staff", "August 19, 2024", "Business"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Share this:", "Facebook", "X", "LinkedIn", "Telegram", "Like this:", "Like Loading...",
                    "Related", "Leave a Reply Cancel reply", "Capital is an Ethiopian weekly business newspaper",
                    "\u00a9 2024 Capital Newspaper"],
        paras=P("""
Local pharmaceutical manufacturers are expanding production as the cost of importing medicines rises
following changes to the exchange rate.

Three companies based in the Kilinto pharmaceutical industrial park on the outskirts of Addis Ababa have
added new production lines for antibiotics, painkillers and intravenous fluids this year.

Industry officials say local factories currently cover only about a tenth of the country's demand for
medicines, with the rest imported.

The Ethiopian Food and Drug Authority said it had shortened the time needed to register locally made
products.

Hospital pharmacists in the capital said shortages of some essential drugs had worsened in recent months,
forcing patients to buy them from private pharmacies at higher prices.

A manager at one of the Kilinto firms said access to foreign currency for raw materials remained the biggest
obstacle.

The government wants local producers to supply half of the domestic market within the next decade.

Several foreign investors are also reported to be studying plans to build factories in the park.
"""),
        must_have=[
            "Industry officials say local factories currently cover only about a tenth of the country's demand for medicines, with the rest imported.",
            "The government wants local producers to supply half of the domestic market within the next decade.",
        ]),
    # trafilatura, Las Cruces Sun-News (New Mexico): staff, Gannett, 'Published' / 'Updated'.
    rec(cluster="lcsun-lascruces-measles-clinic", role="single", file="trafilatura_lcsun_measles_vaccine_clinics.json",
        render="trafilatura", title="Doña Ana County adds free measles vaccine clinics after cases in neighboring states",
        date="2025-03-11", country="US", region="americas", lang="en", authors=["Gabriela Ortega"],
        section="News",
        url="https://www.lcsun-news.example.com/story/news/local/2025/03/11/dona-ana-county-free-measles-vaccine-clinics/82234567007/",
        hostname="lcsun-news.example.com", source_hostname="Las Cruces Sun-News",
        description="The state health department says no cases have been confirmed in the county.",
        tf_author="Gabriela Ortega", tf_date="2025-03-11", tf_language="en", categories="News;Local",
        tf_tags="measles;vaccines;public health",
        head_lines=["Gabriela Ortega", "Las Cruces Sun-News", "Published 4:12 p.m. MT March 11, 2025"],
        inserts={2: ["Advertisement"]},
        tail_lines=["Gabriela Ortega covers health and education for the Sun-News. She can be reached at gortega@lcsun-news.com.",
                    "Support local journalism. Subscribe to the Las Cruces Sun-News today.",
                    "\u00a9 2025 www.lcsun-news.com. All rights reserved.", "Contact Us", "Help Center", "Terms of Service",
                    "Your Privacy Choices", "Subscription Terms", "Site Map", "Accessibility", "Our Ethical Principles",
                    "Do Not Sell or Share My Personal Information"],
        paras=P("""
The New Mexico Department of Health will hold free measles vaccine clinics in Las Cruces and Anthony this
month after outbreaks in neighboring states.

No measles cases have been confirmed in Doña Ana County, but health officials say the risk is rising as
families travel across the region.

The clinics will offer the measles, mumps and rubella vaccine to anyone aged 12 months and older, with or
without insurance.

Regional health officer Dr. Ana Lucero said adults born after 1957 who are not sure whether they were
vaccinated should also come.

"Measles spreads very easily, and one dose of vaccine gives strong protection," she said.

School nurses in Las Cruces Public Schools are checking immunization records and contacting families of
students who are behind on their shots.

Measles symptoms include a high fever, cough, runny nose and a rash that spreads from the face to the rest of
the body.

People with symptoms are asked to call ahead before visiting a clinic or emergency room.
"""),
        must_have=[
            "The clinics will offer the measles, mumps and rubella vaccine to anyone aged 12 months and older, with or without insurance.",
            "People with symptoms are asked to call ahead before visiting a clinic or emergency room.",
        ]),
]


# ---- JSONL crawl batches -------------------------------------------------------

SITE_HFX = site("Halifax Examiner", "https://www.halifaxexaminer.example.ca", " | Halifax Examiner", "en_CA", "@HfxExaminer",
                ["News", "Morning File", "Health", "Government", "Courts", "Environment", "Podcasts", "Subscribe"],
                ["The Halifax Examiner is an independent, adversarial news site.", "About", "Contact", "Privacy Policy"],
                share=["Share on Facebook", "Share on X", "Share on Bluesky", "Email"], top=["Log in", "Subscribe"])

JSONL_STORIES = [
    # news-please shape: the Agência Brasil story on A Crítica (syndicated member of the Agência Brasil cluster).
    dict(BEL, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.acritica.example.com/geral/para-amplia-vacinacao-contra-a-dengue-para-adolescentes-1.332145",
         source_domain="www.acritica.example.com",
         np_authors=["Luana Teixeira"], np_publish="2024-03-14 15:30:00", np_download="2024-03-14 22:11:48",
         head_lines=["Luana Teixeira", "Agência Brasil", "14 de março de 2024"],
         tail_lines=["Edição: Marcelo Brandão", "Fonte: Agência Brasil", "Leia também", "Fundação Santa Casa amplia atendimento pediátrico em Manaus",
                     "Receba notícias de A Crítica no WhatsApp", "Siga o A Crítica no Instagram", "Comentários", "Os comentários são de responsabilidade exclusiva de seus autores.",
                     "Mais lidas", "Tags", "dengue", "vacinação", "© Copyright 2024 A Crítica. Todos os direitos reservados."]),
    # newsbeam text shape: the PAP story on Kurier Lubelski (syndicated member of the PAP cluster).
    dict(LDZ, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://kurierlubelski.example.pl/szczepienia-przeciw-hpv-w-lodzkich-szkolach/ar/c14-18812345",
         nb_published="2024-09-10T12:10:00Z", outlet="Kurier Lubelski", nb_authors=["PAP"],
         head_lines=["Opracowanie: PAP", "10 września 2024, 14:10"],
         tail_lines=["Autorka: Agnieszka Grzelak", "agz/ mhr/", "Źródło: PAP", "Dołącz do nas na Facebooku!",
                     "Polecane", "Lubelskie szpitale z nowym sprzętem do diagnostyki raka", "Najczęściej czytane",
                     "Komentarze", "Dodaj komentarz", "Zgłoś naruszenie", "Subskrybuj Kurier Lubelski w Google News",
                     "Materiał chroniony prawem autorskim.", "© 2024 Polska Press Sp. z o.o."]),
    # newsbeam html shape: Halifax Examiner (Nova Scotia): staff, independent site, subscriber appeal.
    rec(cluster="halifaxexaminer-nova-scotia-er-closures", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_HFX, title="Rural emergency departments in Nova Scotia closed for more than 1,000 hours in August",
        date="2024-09-05", country="CA", region="americas", lang="en", authors=["Rhiannon Gillis"],
        section="Health", meta_section="Health",
        url="https://www.halifaxexaminer.example.ca/health/rural-emergency-departments-closed-august/",
        description="Staff shortages again forced closures in Cumberland and Guysborough counties.",
        published="2024-09-05T12:45:00-03:00",
        nb_published="2024-09-05T15:45:00Z", outlet="Halifax Examiner", nb_authors=["Rhiannon Gillis"],
        byline_lines=["Rhiannon Gillis"], date_lines=["September 5, 2024"],
        inserts={3: [("promo", ["The Halifax Examiner is an advertising-free, subscriber-supported news site.",
                                 "Please subscribe!"])]},
        author_box=["Rhiannon Gillis is the Halifax Examiner's health reporter."],
        comments=["Comments are closed on this article."],
        paras=P("""
Emergency departments in rural Nova Scotia were closed for more than 1,000 hours in August because of staff
shortages, according to figures released by Nova Scotia Health.

The longest closures were in Cumberland and Guysborough counties, where some departments shut overnight for
most of the month.

Nova Scotia Health said most closures happened because there was no doctor available to cover the shift.

Residents in those communities have to drive up to an hour to reach the nearest open emergency department.

Health Minister Michelle Thompson has said the province is recruiting more doctors and nurse practitioners
and expanding virtual care.

But a doctor who works in Amherst told the Examiner that recruitment had not kept pace with retirements.

"We are running on a very thin line, and every vacation or illness means a closure," the doctor said.

The province publishes a weekly list of planned closures on its website.

Opposition parties have called for a public inquiry into access to emergency care in rural areas.
"""),
        must_have=[
            "Nova Scotia Health said most closures happened because there was no doctor available to cover the shift.",
            "The province publishes a weekly list of planned closures on its website.",
        ]),
    # trafilatura shape: the Bernama story on Business Today (syndicated member of the Bernama cluster).
    dict(KK, role="syndicated", file=JSONL_B, render="trafilatura", section="Nation",
         url="https://www.businesstoday.example.com.my/2024/06/03/sabah-steps-up-immunisation-drive-after-diphtheria-cases/",
         hostname="businesstoday.example.com.my", source_hostname="Business Today",
         tf_author="Bernama", tf_date="2024-06-03", tf_language="en", categories="Nation;Health",
         head_lines=["By Bernama", "June 3, 2024"],
         tail_lines=["Share this:", "Facebook", "X", "WhatsApp", "Related Posts", "Klang Valley hospitals add paediatric beds for school holidays",
                     "Business Today Malaysia", "Get the latest updates on Telegram", "Subscribe to our newsletter",
                     "Copyright \u00a9 2024 Business Today Malaysia", "Privacy Policy", "Advertise With Us", "Contact Us"]),
    # news-please shape: Cambodia Daily (Phnom Penh): staff, 'Written by' byline.
    rec(cluster="cambodiadaily-phnompenh-rabies-vaccine-centres", role="single", file=JSONL_B, render="newsplease",
        title="Rabies vaccine centres open in three more provinces",
        date="2025-01-14", country="KH", region="asia", lang="en", authors=["Sokha Meas"],
        url="https://english.cambodiadaily.example.com/health/rabies-vaccine-centres-open-in-three-more-provinces-198765/",
        source_domain="english.cambodiadaily.example.com",
        description="The centres will offer post-exposure vaccination at lower prices.",
        np_authors=["Sokha Meas"], np_publish="2025-01-14 17:05:00", np_download="2025-01-14 11:40:22",
        head_lines=["Written by Sokha Meas", "January 14, 2025 5:05 PM", "Health"],
        inserts={3: ["Advertisement"]},
        tail_lines=["Subscribe to our newsletter", "Related articles", "Hospitals in Siem Reap report rise in dengue cases",
                    "Comments", "Login to comment", "Be the first to comment", "Trending", "Follow us on Telegram", "Follow us on Facebook",
                    "The Cambodia Daily is an independent news organization.", "\u00a9 2025 The Cambodia Daily"],
        paras=P("""
Three new rabies vaccination centres have opened in Kampong Cham, Takeo and Battambang provinces, making it
easier for people bitten by dogs to get treatment close to home.

The centres are run by the Ministry of Health with support from the Institut Pasteur du Cambodge, which
operates the main rabies clinic in Phnom Penh.

Until now, many patients had to travel for hours to the capital or Siem Reap to receive the vaccine after a
bite.

A full course of post-exposure vaccination at the new centres will cost about $20, much less than at private
clinics.

Health officials say rabies kills several hundred people in Cambodia each year, most of them children bitten
by unvaccinated dogs.

Dr. Chea Vanna, a ministry official, said people should wash any bite wound with soap and water for 15
minutes and go to a centre the same day.

The ministry also plans a campaign to vaccinate dogs in villages with high numbers of bites.

"Rabies is almost always fatal once symptoms appear, but it is completely preventable," he said.
"""),
        must_have=[
            "Until now, many patients had to travel for hours to the capital or Siem Reap to receive the vaccine after a bite.",
            "The ministry also plans a campaign to vaccinate dogs in villages with high numbers of bites.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "sixty-fourth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Falmouth Packet '21st November 2024' (both "
    "copies); Diário do Pará 'Publicado em 14/03/2024 às 16:05' (day first) and the A Crítica copy '14 de março de "
    "2024'; Dziennik Łódzki '10.09.2024, 13:45' (day first) and the Kurier Lubelski copy '10 września 2024, 14:10' "
    "(crawler stamp 12:10Z, 14:10 in Poland); Focus Malaysia 'June 3, 2024' and the Business Today copy, matching the "
    "Bernama dateline 'June 3'; K24 'Thursday, April 25, 2024'; L'Economiste 'Edition N°:6952 Le 18/02/2025' (the "
    "issue number precedes the day-first date); the Lesotho Tribune 'March 6, 2025'; Bhekisisa '9 July 2025'; Jamejam "
    "'۰۵ دی ۱۴۰۳' (Solar Hijri 5 Dey 1403 in Persian digits = 25 December 2024); the Kyeongin Ilbo '입력 2024-10-08' "
    "(input = publication; not '수정' = modified); Ittefaq 'প্রকাশ : ১২ সেপ্টেম্বর ২০২৪' (published 12 September 2024 in "
    "Bengali digits); Loop Vanuatu '12 February 2025'; Al Dostor 'الإثنين 27/يناير/2025' (Monday 27 January); Diario "
    "El Mundo '22 de agosto de 2024'; the Burlington Free Press 'Published 5:05 p.m. ET April 15, 2025' (not 'Updated "
    "8:30 a.m. ET April 16'); the Coffs Coast Advocate 'October 30, 2024 - 2:20PM'; Kantipur 'चैत २५, २०८०' (Bikram "
    "Sambat 25 Chaitra 2080 in Nepali digits = 7 April 2024); Argumenty i Fakty '19.11.2024 10:05' (day first, "
    "Novosibirsk time); the Allgäuer Zeitung '20.05.2025 | Stand: 14:35 Uhr' ('Stand' is the last-update time, the "
    "day is the same as article:published_time); Glas Istre '04.12.2024. u 19:10'; Al Ghad 'الأربعاء 2 تشرين الأول "
    "2024' (Wednesday 2 October, Levantine month name); Brújula Digital '22/04/2025 18:15' (day first; the news-please "
    "download stamp is 23 April in UTC); the Daily Examiner 'June 28, 2024 - 10:45AM' (AEST; download stamp 03:20 UTC "
    "the same day); the Journal de l'île 'Publié le 10 avril 2025' (not 'Mis à jour'); Capital 'August 19, 2024'; the "
    "Las Cruces Sun-News 'Published 4:12 p.m. MT March 11, 2025'; the Halifax Examiner 'September 5, 2024'; the Cambodia "
    "Daily 'January 14, 2025 5:05 PM'",
    "dateline_city": "'KOTA KINABALU, June 3 (Bernama) -- ' -> 'Kota Kinabalu' (both Bernama copies); 'Łódź (PAP) - ' "
    "-> 'Łódź' (both PAP copies; the city's usual English spelling keeps its diacritics); 'Casablanca - ' -> "
    "'Casablanca' (MAP); 'مشهد - ایرنا - ' ('Mashhad - IRNA -') -> 'Mashhad'; 'أسوان - (أ ش أ) - ' ('Aswan - (MENA) -') "
    "-> 'Aswan'; 'عمان - بترا - ' ('Amman - Petra -') -> 'Amman'. Kantipur's 'काठमाडौँ' (Kathmandu) under the reporter's "
    "name is the reporter's base in the byline block, not a dateline, and the Agência Brasil, KNA and AAP stories carry "
    "no dateline: those and all other records have no dateline (city null) and take the country of the story's location",
    "country": "the Agência Brasil story is Brazil (BR, americas; Belém, Pará) on a Pará page and a Manaus site; the PAP "
    "story is Poland (PL); the Bernama story is Malaysia (MY, asia) on two Malaysian sites; Réunion is its own ISO code "
    "(RE, africa), not France; Loop Vanuatu's story is Vanuatu (VU, oceania); the Falmouth Packet's is the United Kingdom "
    "(GB; Truro, Cornwall); the Coffs Coast Advocate's AAP story and the Daily Examiner's are Australia (AU); Al Dostor's "
    "is Egypt (EG, africa); Al Ghad's is Jordan (JO, asia); Argumenty i Fakty's is Russia (RU, europe)",
    "agency": "Diário do Pará and A Crítica carry Agência Brasil (reporter line 'Repórter da Agência Brasil', 'Fonte: "
    "Agência Brasil'); Dziennik Łódzki and Kurier Lubelski carry PAP ('(PAP)' dateline, 'Źródło: PAP', PAP initials "
    "'agz/ mhr/'); Focus Malaysia and Business Today carry Bernama ('Bernama' byline and dateline); K24 carries KNA, "
    "the Kenya News Agency ('KNA' byline, 'Source: Kenya News Agency'); L'Economiste carries MAP ('Par L'Economiste avec "
    "MAP'); Jamejam carries IRNA ('ایرنا' in the dateline, 'منبع: ایرنا' = 'source: IRNA'); Al Dostor carries MENA ('أ ش "
    "أ' is the Middle East News Agency's Arabic abbreviation, byline and dateline); the Coffs Coast Advocate carries AAP "
    "('Staff writers with AAP', the 'AAP' sign-off); Al Ghad carries Petra (the Jordan News Agency, 'بترا' byline and "
    "dateline, 'المصدر: بترا'); all other records are staff copy (agency null). Photo credits ('Bernama pic', "
    "'Newsquest', 'Cortesía MINSAL', 'Shutterstock.com') do not by themselves make a story agency copy",
    "authors": "Agência Brasil 'Luana Teixeira - Repórter da Agência Brasil' -> 'Luana Teixeira' on both copies; PAP "
    "'Autorka: Agnieszka Grzelak' ('author', feminine) -> 'Agnieszka Grzelak' on both copies (Dziennik Łódzki's 'PAP' "
    "byline and Kurier Lubelski's 'Opracowanie: PAP' name the agency); the Falmouth Packet 'By Jessica Pengelly' "
    "('Health Reporter' is a role line) on both copies; Bhekisisa 'By Nokuthula Dlamini and Pieter van Wyk' -> two "
    "authors; the Kyeongin Ilbo '김하늘 기자 sky@kyeongin.com' -> '김하늘' ('기자' = 'reporter'); Kantipur 'सरिता खड्का' "
    "(kept in Devanagari); Argumenty i Fakty 'Екатерина Орлова' over the regional edition 'АиФ-Новосибирск'; the "
    "Allgäuer Zeitung 'Von Markus Höbel' ('by'); Diario El Mundo 'Karla Menjívar' over her X handle; Brújula Digital's "
    "'Brújula Digital | 22/04/2025' is the site and date, the writer is 'Mariela Quispe Ticona'; the Cambodia Daily "
    "'Written by Sokha Meas'; the Journal de l'île 'Par Sandrine Payet' (the 'S.P.' initials under the text are hers); "
    "the Lesotho Tribune, Loop Vanuatu, the Burlington Free Press, the Las Cruces Sun-News, the Daily Examiner, Glas "
    "Istre and the Halifax Examiner name one writer each. Desk and agency bylines ('Bernama', 'KNA', 'أ ش أ', 'بترا', "
    "'Staff writers with AAP', 'Par L'Economiste avec MAP', Ittefaq's 'ইত্তেফাক রিপোর্ট' = 'Ittefaq report', Capital's "
    "'Capital Staff') have no authors",
    "editors": "Agência Brasil's 'Edição: Marcelo Brandão' ('Edited by') names the story's editor, on both copies; no "
    "other record names an editor (PAP's 'mhr/' is an initials code, and Ittefaq's 'ইত্তেফাক/এসএইচ' is a desk code)",
    "caption_credit": "credits without their wrapper: '(Image: Newsquest)' -> 'Newsquest' (both copies); '(Bernama pic)' "
    "-> 'Bernama' ('pic' is a wrapper word, as dev_set22 and dev_set28 label FMT's 'Bernama pic'; corrected after the "
    "untouched measurement, which had counted 'Bernama' as a miss; a photo credit, not the wire's byline); 'Foto: Cortesía MINSAL' -> 'Cortesía MINSAL'; "
    "'Фото: Shutterstock.com' -> 'Shutterstock.com'; 'Bild: Ralf Lienert' -> 'Ralf Lienert'; '(Snimio Dejan Štifanić)' "
    "('photographed by') -> 'Dejan Štifanić'; records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Focus Malaysia 'Nation', Al Dostor "
    "'محافظات' (governorates), Diario El Mundo 'Nacionales', the Burlington Free Press 'Health', the Coffs Coast Advocate "
    "'News', Kantipur 'स्वास्थ्य' (health), Argumenty i Fakty 'Здоровье' (health), the Allgäuer Zeitung 'Kempten', "
    "Glas Istre 'Pula', the Halifax Examiner 'Health'; trafilatura records take their first category ('Nation' on "
    "Business Today, 'Santé', 'Business', 'News'); news-please, plain text and newsbeam text records have none (menu "
    "items, the 'Sociedad' and 'Health' labels in news-please text and tag lists are navigation)",
    "language": "'pt' Brazilian Portuguese (two copies of the Agência Brasil story); 'pl' Polish (two copies of the PAP "
    "story); 'fr' from Morocco and Réunion; 'ar' Arabic from Egypt and Jordan; 'es' from El Salvador and Bolivia; 'fa' "
    "Persian (Jamejam); 'ko' Korean (Kyeongin Ilbo); 'bn' Bengali (Ittefaq); 'ne' Nepali in Devanagari (Kantipur); 'ru' "
    "Russian (Argumenty i Fakty); 'de' German (Allgäuer Zeitung); 'hr' Croatian (Glas Istre); all others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, paywall and subscriber labels "
    "('AZ Plus', 'Article réservé aux abonnés'), share bars and share-button lists, reading times, font-size buttons, "
    "comment gates and comment rules, advertisement labels, related-story lines and boxes, tag and topic lists, "
    "most-read rails, newsletter, app, WhatsApp, Telegram and Google News promos, the Halifax Examiner's subscriber "
    "appeal, Bhekisisa's republishing notice, wire source lines and PAP initials, article codes, reporter e-mail, bio "
    "and contact lines, 'Originally published as' lines, ownership and copyright lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Agência Brasil and PAP in the plain batch, "
    "Bernama in the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, "
    "CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"falmouth packet", "newsquest", "diário do pará", "dol", "a crítica", "agência brasil", "dziennik łódzki",
                "kurier lubelski", "polska press", "pap", "focus malaysia", "business today", "bernama", "k24 digital",
                "kna", "kenya news agency", "mediamax", "l'economiste", "map", "lesotho tribune", "bhekisisa", "jamejam",
                "جام جم آنلاین", "ایرنا", "irna", "경인일보", "kyeongin ilbo", "ইত্তেফাক", "ইত্তেফাক রিপোর্ট", "ittefaq",
                "loop vanuatu", "الدستور", "أ ش أ", "mena", "diario el mundo", "burlington free press",
                "coffs coast advocate", "staff writers with aap", "कान्तिपुर", "kantipur", "аргументы и факты",
                "аиф-новосибирск", "allgäuer zeitung", "glas istre", "الغد", "بترا", "petra", "brújula digital",
                "daily examiner", "the daily examiner", "journal de l'île de la réunion", "capital staff",
                "capital newspaper", "las cruces sun-news", "halifax examiner", "cambodia daily", "the cambodia daily"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
