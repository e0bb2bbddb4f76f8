#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eighty-sixth development set (bench/dev_set86/, first written as the eighty-third held-out set).

    .venv/bin/python bench/dev_set86/_generate.py

Writes ``bench/dev_set86/articles/*`` and ``bench/dev_set86/labels.json`` (next to this
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
bench/dev_set85/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout83_2025-a.jsonl"
JSONL_B = "crawl_holdout83_2025-b.jsonl.gz"


# ---- cluster: PAP, Toruń (Nowości scrape + copy on wPolityce in the plain batch) ----

PAP = rec(
    cluster="pap-torun-nocne-autobusy",
    title="Toruń wydłuża kursy nocnych autobusów. Pierwszy odjazd z Rynku Nowomiejskiego po północy",
    date="2024-10-12",
    country="PL",
    region="europe",
    agency="PAP",
    authors=["Marta Zielińska"],
    lang="pl",
    description="Nocne linie N90 i N91 pojadą także w noce z niedzieli na poniedziałek.",
    paras=P("""
Od listopada nocne autobusy w Toruniu będą kursowały przez wszystkie noce tygodnia, a nie tylko w weekendy, poinformował w sobotę Miejski Zakład Komunikacji.

Zmiana dotyczy linii N90 i N91, które łączą Stare Miasto z osiedlami na Rubinkowie, Skarpie i Bielanach.

Według przewoźnika z nocnych kursów korzysta w weekendy średnio ponad tysiąc pasażerów, w dużej części studenci i pracownicy nocnych zmian.

Autobusy będą odjeżdżać z przystanku przy Rynku Nowomiejskim co czterdzieści minut, od północy do czwartej rano.

Rzeczniczka spółki Anna Wróbel powiedziała, że o wydłużenie kursów prosili m.in. pracownicy szpitala miejskiego i zakładów w strefie przemysłowej.

W nocnych autobusach pojawią się też kamery, a kierowcy dostaną przyciski alarmowe połączone z centrum dyspozytorskim.

Roczny koszt zmiany szacowany jest na około 1,4 mln zł i zostanie pokryty z budżetu miasta.

Radni opozycji pytają jednak, czy pieniędzy nie zabraknie na kursy dzienne na obrzeżach miasta.

Nowy rozkład jazdy będzie dostępny na stronie przewoźnika i w aplikacji miejskiej od przyszłego tygodnia.
"""),
    must_have=[
        "Autobusy będą odjeżdżać z przystanku przy Rynku Nowomiejskim co czterdzieści minut, od północy do czwartej rano.",
        "W nocnych autobusach pojawią się też kamery, a kierowcy dostaną przyciski alarmowe połączone z centrum dyspozytorskim.",
    ],
)

# ---- cluster: Yonhap, Suncheon (Sisa Journal page + copy on Newsway in the plain batch) ----

YNA = rec(
    cluster="yonhap-suncheon-night-market",
    title="순천 아랫장 야시장 올해 4월 재개장…먹거리 부스 40곳으로 늘려",
    date="2024-03-19",
    dateline="(순천=연합뉴스) 김민준 기자 = ",
    city="Suncheon",
    country="KR",
    region="asia",
    agency="Yonhap",
    authors=["김민준"],
    lang="ko",
    description="순천시는 야시장 운영 시간을 밤 11시까지 한 시간 늘린다고 밝혔다.",
    paras=P("""
전남 순천시는 겨울 동안 문을 닫았던 아랫장 야시장을 다음 달 5일 다시 연다고 19일 밝혔다.

시는 올해 야시장 먹거리 부스를 지난해 28곳에서 40곳으로 늘리고 청년 상인 12팀을 새로 선발했다.

운영 시간도 오후 6시부터 밤 11시까지로 지난해보다 한 시간 늘어난다.

야시장은 금요일과 토요일 밤에만 열리며 10월 말까지 운영할 계획이다.

시 관계자는 "지난해 야시장을 찾은 방문객이 30만 명을 넘었다"며 "늦은 시간까지 머무는 관광객이 늘어 운영 시간을 연장했다"고 말했다.

시는 야시장 주변에 임시 주차장 두 곳을 마련하고 밤 11시 30분까지 시내버스 막차 시간을 늦추기로 했다.

또 안전요원을 배치하고 주변 골목길에 가로등을 추가로 설치할 예정이다.

상인들은 일회용품 대신 다회용 그릇을 쓰고 음식물 쓰레기는 공동 수거함에 모은다.

아랫장 상인회 관계자는 "낮 장사가 끝난 뒤에도 시장에 사람이 모여 주변 식당과 가게 매출도 늘었다"고 전했다.

시는 여름철에는 야시장 무대에서 지역 밴드 공연과 버스킹도 열 계획이다.

야시장 개장 첫날에는 불꽃놀이와 지역 특산물 할인 행사가 함께 열린다.

시민들은 야시장 운영 일정과 참여 상인 명단을 시 누리집에서 확인할 수 있다.
"""),
    must_have=[
        "시는 야시장 주변에 임시 주차장 두 곳을 마련하고 밤 11시 30분까지 시내버스 막차 시간을 늦추기로 했다.",
        "상인들은 일회용품 대신 다회용 그릇을 쓰고 음식물 쓰레기는 공동 수거함에 모은다.",
    ],
)

# ---- cluster: KNA, Eldoret (Nairobi News page + copy on Mwakilishi in the gzipped batch) ----

KNA = rec(
    cluster="kna-eldoret-night-economy",
    title="Eldoret traders welcome county plan to extend business hours to midnight",
    date="2024-03-06",
    dateline="ELDORET, Kenya, Mar 6 (KNA) \u2013 ",
    city="Eldoret",
    country="KE",
    region="africa",
    agency="KNA",
    authors=["Winnie Jepkosgei"],
    lang="en",
    description="The county will install more floodlights and deploy enforcement officers at night.",
    paras=P("""
Traders in Eldoret town have welcomed a plan by the Uasin Gishu County government to allow businesses in the central business district to operate until midnight.

County Executive for Trade Mr Joseph Kiprono said the plan is part of efforts to grow the night economy and create jobs for young people.

He said the county will install 60 new floodlights along Uganda Road, Oloo Street and around the main bus park before the new hours take effect.

Kiprono added that county enforcement officers will work in two shifts and patrol the town with police until the last shops close.

Ms Esther Chebet, who sells roasted maize and chips near the bus park, said she had been forced to pack up at 8pm even when customers were still around.

"Many people leave work late and want to eat before they go home. Now we can serve them," she said.

Boda boda riders said better lighting would also make it safer to carry passengers at night.

The county said traders will not pay extra licence fees for the longer hours during the first six months.
"""),
    must_have=[
        "Kiprono added that county enforcement officers will work in two shifts and patrol the town with police until the last shops close.",
        "The county said traders will not pay extra licence fees for the longer hours during the first six months.",
    ],
)

# ---- cluster: The Moyne Gazette page + noisy re-scrape ----

WS = rec(
    cluster="moynegazette-liebig-street-night",
    title="Taxi marshals and extra lighting planned for Liebig Street after dark",
    date="2025-03-04",
    country="AU",
    region="oceania",
    authors=["Bridget Coyle"],
    lang="en",
    caption="Liebig Street on a Saturday night.",
    credit="Anthony Brady",
    paras=P("""
Taxi rank marshals will work on Liebig Street on Friday and Saturday nights from April under a plan to make Warrnambool's late-night precinct safer.

Warrnambool City Council will also add lighting to two laneways off the street where patrons often walk to find taxis and rideshare cars.

Council community safety coordinator Leah Donnelly said the plan came from a survey of more than 400 people who go out in the city centre.

She said many young women said they felt unsafe waiting for a taxi after midnight because the rank was dark and crowded.

The marshals will keep queues moving and help people find a ride home until 3am.

Venue owners have agreed to share the cost with the council for a 12-month trial.

Licensee Mick Farrelly said most nights in the precinct were trouble-free but that a few incidents gave the street a bad name.

Police said they would continue regular patrols of the precinct on weekend nights.

The council will report on the trial at a meeting early next year.
"""),
    must_have=[
        "The marshals will keep queues moving and help people find a ride home until 3am.",
        "Venue owners have agreed to share the cost with the council for a 12-month trial.",
    ],
)
WS_PRE = ["The Moyne Gazette", "Warrnambool", "News", "Sport", "Community", "Opinion", "What's On", "Subscribe"]
WS_HEAD = ["By Bridget Coyle", "March 4 2025 - 5:30am"]
WS_CAP = ["Liebig Street on a Saturday night. Picture by Anthony Brady"]
WS_TAIL = [["Bridget Coyle is a journalist at The Moyne Gazette covering Warrnambool City Council. Email: bridget.coyle@example.com.au"],
           ["Get the latest Warrnambool news in your inbox"], ["Sign up for our newsletter to stay up to date."],
           ["Share", "Facebook", "X", "Email"], ["More from News"],
           ["\u00a9 2025 Australian Community Media", "Australian Community Media acknowledges the Traditional Owners of Country throughout Australia."]]


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # The Moyne Gazette (ACM): original of the re-scrape cluster; 'Picture by' credit, reporter bio with e-mail.
    dict(WS, role="original", file="moynegazette_liebig_street_night.txt", render="text",
         pre=[WS_PRE], head=[WS_HEAD], cap_lines=WS_CAP,
         inserts={2: ["Advertisement"], 5: ["READ MORE: Port Fairy folk festival buses to run later this year"]},
         tail=WS_TAIL),
    dict(WS, role="rescrape", file="moynegazette_liebig_street_night_rescrape.txt.gz", render="text", noise=True,
         pre=[WS_PRE], head=[WS_HEAD], cap_lines=WS_CAP,
         inserts={5: ["READ MORE: Port Fairy folk festival buses to run later this year"]},
         tail=[["Subscribe now for unlimited access."], *WS_TAIL]),
    # Nowości (Toruń): original of the PAP cluster; no dateline, 'Autorka: X (PAP)' closing line and desk initials.
    dict(PAP, role="original", file="nowosci_pap_torun_nocne_autobusy_pl.txt", render="text",
         pre=[["Nowości", "Toruń", "Wiadomości", "Sport", "Kultura", "Motofakty", "Ogłoszenia"]],
         head=[["PAP"], ["12.10.2024, 18:40"]],
         inserts={2: ["Reklama"], 5: ["Zobacz też:", "Nowy rozkład tramwajów na Bielanach od grudnia"]},
         tail=[["Autorka: Marta Zielińska (PAP)"], ["mzi/ mhr/"], ["Udostępnij", "Facebook", "X"],
               ["Polecane oferty"], ["Źródło: PAP"], ["\u00a9 Polska Press Sp. z o.o."]]),
    # Parlamentskaya Gazeta (Russian): TASS copy, 'ЕКАТЕРИНБУРГ, 14 июня. /ТАСС/.' dateline.
    rec(cluster="pnp-tass-ekaterinburg-tramvai", role="single", file="pnp_tass_ekaterinburg_nochnye_tramvai_ru.txt", render="text",
        title="В Екатеринбурге запустят ночные трамваи на время летних праздников",
        date="2024-06-14", dateline="ЕКАТЕРИНБУРГ, 14 июня. /ТАСС/. ", city="Yekaterinburg", country="RU", region="europe",
        lang="ru", agency="TASS",
        pre=[["Парламентская газета", "Новости", "Политика", "Экономика", "Общество", "Регионы", "Видео"]],
        head=[["14 июня 2024, 11:25"], ["ТАСС"]],
        inserts={2: ["Реклама"], 5: ["Читайте также:", "В Перми продлили работу ночных автобусов"]},
        tail=[["Поделиться", "ВКонтакте", "Telegram", "Одноклассники"], ["Подписывайтесь на «Парламентскую газету» в Дзен"],
              ["Материалы по теме"], ["\u00a9 «Парламентская газета», 2024"], ["При использовании материалов ссылка на pnp.ru обязательна"]],
        paras=P("""
Ночные трамваи будут ходить в Екатеринбурге по выходным дням с середины июня до конца августа, сообщили в пятницу в администрации города.

По данным мэрии, ночные рейсы свяжут центр города с районами Уралмаш, Эльмаш и Ботанический.

Трамваи будут отправляться от площади 1905 года каждые 30 минут с полуночи до трех часов ночи.

Стоимость проезда не изменится, оплатить поездку можно банковской картой или транспортной картой «Екарта».

В прошлом году такие рейсы впервые запустили на время городских праздников, и за лето ими воспользовались около 40 тыс. пассажиров.

Как отметили в департаменте транспорта, больше всего пассажиров было после концертов и футбольных матчей.

В вагонах будут работать кондукторы, а на конечных остановках дежурить сотрудники полиции.

В администрации добавили, что решение о продлении ночных рейсов на осень примут по итогам лета.

Горожане в социальных сетях попросили пустить ночные трамваи и в будние дни.

В мэрии пообещали рассмотреть это предложение после подведения итогов летнего сезона и подсчета пассажиропотока.
"""),
        must_have=[
            "Трамваи будут отправляться от площади 1905 года каждые 30 минут с полуночи до трех часов ночи.",
            "В вагонах будут работать кондукторы, а на конечных остановках дежурить сотрудники полиции.",
        ]),
    # Navodaya Times (Hindi): IANS copy, 'नोएडा, 8 मार्च (आईएएनएस)।' dateline, night-shift cab rules.
    rec(cluster="navodaya-ians-noida-raat-shift", role="single", file="navodayatimes_ians_noida_raat_shift_hi.txt", render="text",
        title="नोएडा में रात की पाली में काम करने वाली महिलाओं के लिए कैब में जीपीएस और पैनिक बटन अनिवार्य",
        date="2024-03-08", dateline="नोएडा, 8 मार्च (आईएएनएस)। ", city="Noida", country="IN", region="asia", lang="hi", agency="IANS",
        pre=[["नवोदय टाइम्स", "होम", "देश", "दिल्ली", "एनसीआर", "खेल", "मनोरंजन"]],
        head=[["आईएएनएस"], ["अपडेटेड: 08 मार्च, 2024 06:10 PM"]],
        inserts={2: ["विज्ञापन"], 5: ["यह भी पढ़ें:", "गाजियाबाद में देर रात चलेंगी मेट्रो फीडर बसें"]},
        tail=[["शेयर करें", "फेसबुक", "व्हाट्सएप"], ["संबंधित खबरें"], ["नवोदय टाइम्स के ताजा अपडेट के लिए हमारा ऐप डाउनलोड करें"],
              ["\u00a9 पंजाब केसरी ग्रुप। सर्वाधिकार सुरक्षित।"]],
        paras=P("""
गौतमबुद्ध नगर जिला प्रशासन ने रात की पाली में काम करने वाली महिला कर्मचारियों की सुरक्षा के लिए कंपनियों को नए निर्देश जारी किए हैं।

नए नियमों के तहत रात आठ बजे के बाद महिला कर्मचारियों को घर छोड़ने वाली हर कैब में जीपीएस और पैनिक बटन लगाना अनिवार्य होगा।

कंपनियों को कैब चालकों का पुलिस सत्यापन कराना होगा और उनकी सूची हर महीने संबंधित थाने में जमा करनी होगी।

अधिकारियों ने बताया कि किसी भी महिला कर्मचारी को रास्ते में अकेले नहीं छोड़ा जाएगा और अंतिम यात्री के रूप में उसे कैब में नहीं बैठाया जाएगा।

जिले में आईटी, कॉल सेंटर और कपड़ा कंपनियों में हजारों महिलाएं रात की पाली में काम करती हैं।

पुलिस ने कहा कि रात में गश्त बढ़ाई जाएगी और प्रमुख सेक्टरों में पिंक बूथ देर रात तक खुले रहेंगे।

नियमों का पालन नहीं करने वाली कंपनियों पर जुर्माना लगाया जा सकता है।

एक निजी कंपनी में काम करने वाली कर्मचारी ने कहा कि इन नियमों से देर रात घर लौटने में डर कम होगा।
"""),
        must_have=[
            "कंपनियों को कैब चालकों का पुलिस सत्यापन कराना होगा और उनकी सूची हर महीने संबंधित थाने में जमा करनी होगी।",
            "पुलिस ने कहा कि रात में गश्त बढ़ाई जाएगी और प्रमुख सेक्टरों में पिंक बूथ देर रात तक खुले रहेंगे।",
        ]),
    # Sierra Maestra (Santiago de Cuba, Spanish): Prensa Latina copy, 'Santiago de Cuba, 20 jul (Prensa Latina)' dateline.
    rec(cluster="sierramaestra-pl-santiago-noches", role="single", file="sierramaestra_pl_santiago_noches_es.txt", render="text",
        title="Santiago de Cuba extiende las noches culturales en el Paseo Martí durante el verano",
        date="2024-07-20", dateline="Santiago de Cuba, 20 jul (Prensa Latina) ", city="Santiago de Cuba", country="CU",
        region="americas", lang="es", agency="Prensa Latina",
        pre=[["Sierra Maestra", "Órgano oficial del Comité Provincial del Partido en Santiago de Cuba", "Inicio", "Santiago", "Cuba", "Cultura", "Deportes"]],
        head=[["Prensa Latina"], ["20 julio, 2024"]],
        inserts={3: ["Le puede interesar:", "Reabren la cafetería nocturna de la Plaza de Marte"]},
        tail=[["Compartir:", "Facebook", "Telegram"], ["Relacionados"], ["Deja un comentario"],
              ["Tu dirección de correo electrónico no será publicada."], ["\u00a9 Periódico Sierra Maestra, 2024"]],
        paras=P("""
Las noches culturales del Paseo Martí, en esta ciudad oriental, se extenderán hasta la medianoche durante julio y agosto, informaron hoy autoridades locales.

Cada viernes y sábado habrá presentaciones de soneros, trovadores y grupos de danza en tres escenarios a lo largo del paseo.

La directora provincial de Cultura, Mayelín Durán, explicó que la iniciativa busca ofrecer opciones recreativas a los jóvenes en los meses de vacaciones.

Según la funcionaria, trabajadores por cuenta propia y cooperativas gastronómicas venderán comida criolla, jugos naturales y dulces típicos en los alrededores.

Las autoridades del transporte prevén reforzar las rutas de ómnibus hacia los repartos Altamira y Chicharrones hasta la una de la madrugada.

Las noches culturales comenzaron en 2022 y el verano pasado atrajeron a más de 60 mil personas, según cifras oficiales.

Vecinos del paseo pidieron que se controle el volumen de la música después de las once de la noche.

Las autoridades aseguraron que habrá inspectores para vigilar el cumplimiento de los horarios.
"""),
        must_have=[
            "Cada viernes y sábado habrá presentaciones de soneros, trovadores y grupos de danza en tres escenarios a lo largo del paseo.",
            "Las autoridades del transporte prevén reforzar las rutas de ómnibus hacia los repartos Altamira y Chicharrones hasta la una de la madrugada.",
        ]),
    # Monitorul de Cluj (Romanian): staff, byline after the date line, night bus lines.
    rec(cluster="monitorulcj-autobuze-noapte", role="single", file="monitorulcj_autobuze_noapte_ro.txt", render="text",
        title="Cluj-Napoca: liniile de autobuz de noapte circulă și în timpul săptămânii din octombrie",
        date="2024-09-13", country="RO", region="europe", lang="ro", authors=["Andrei Pop"],
        pre=[["Monitorul de Cluj", "Actualitate", "Administrație", "Economie", "Sănătate", "Educație", "Sport"]],
        head=[["13 septembrie 2024, 14:05"], ["Andrei Pop"]],
        inserts={2: ["Publicitate"], 5: ["Citește și:", "Noi stații de taxi în centrul Clujului"]},
        tail=[["Distribuie", "Facebook", "WhatsApp"], ["Urmărește Monitorul de Cluj și pe Google News"],
              ["Cele mai citite"], ["Ultimele știri"], ["\u00a9 2024 Monitorul de Cluj. Toate drepturile rezervate."]],
        paras=P("""
Liniile de autobuz de noapte din Cluj-Napoca vor circula de la 1 octombrie în fiecare noapte a săptămânii, nu doar în weekend, a anunțat Compania de Transport Public.

Este vorba despre liniile N1, N2 și N3, care leagă centrul orașului de cartierele Mănăștur, Gheorgheni și Mărăști.

Reprezentanții companiei spun că în ultimul an numărul călătorilor de noapte aproape s-a dublat.

Printre cei care folosesc aceste linii se numără studenți, angajați din spitale și lucrători din fabricile de pe strada Traian Vuia.

Autobuzele vor pleca din Piața Unirii la fiecare 30 de minute, între miezul nopții și ora patru dimineața.

Biletul pentru liniile de noapte costă la fel ca unul obișnuit și poate fi cumpărat prin SMS sau cu cardul bancar.

Consilierul local Ioana Mureșan a spus că orașul are nevoie de transport de noapte pentru a susține economia serilor.

Primăria analizează și posibilitatea unei linii de noapte spre aeroport.

Dacă proiectul se confirmă, linia spre aeroport ar putea fi introdusă de la începutul anului viitor.
"""),
        must_have=[
            "Printre cei care folosesc aceste linii se numără studenți, angajați din spitale și lucrători din fabricile de pe strada Traian Vuia.",
            "Biletul pentru liniile de noapte costă la fel ca unul obișnuit și poate fi cumpărat prin SMS sau cu cardul bancar.",
        ]),
    # MinnPost (Minneapolis, nonprofit): staff, 'By X and Y' byline, light-rail overnight service.
    rec(cluster="minnpost-light-rail-overnight", role="single", file="minnpost_light_rail_overnight.txt", render="text",
        title="Overnight light rail pause leaves night-shift workers looking for rides",
        date="2024-04-22", country="US", region="americas", lang="en", authors=["Dana Kvale", "Marcus Oyelaran"],
        pre=[["MinnPost", "Politics & Policy", "Metro", "Greater Minnesota", "Health", "Arts & Culture", "Donate"]],
        head=[["By Dana Kvale and Marcus Oyelaran | Staff Writers"], ["April 22, 2024"]],
        inserts={2: ["MinnPost's reporting is made possible by readers like you. Donate today."], 5: ["Related: Metro Transit adds safety officers to Green Line trains"]},
        tail=[["Dana Kvale covers transportation for MinnPost. Reach her at dkvale@example.org."],
              ["Republish this article"], ["Share", "Email", "Facebook"], ["Sign up for the MinnPost Daily Newsletter"],
              ["MinnPost is a nonprofit, nonpartisan newsroom."], ["\u00a9 2024 MinnPost. All rights reserved."]],
        paras=P("""
Metro Transit will stop running Blue Line and Green Line trains between 1 a.m. and 4:30 a.m. for at least three months while crews replace worn track and overhead wires.

The agency says replacement buses will run every 30 minutes during the closure, but riders say the buses take longer and miss some connections.

Hospital cleaner Amina Farah said she often finishes her shift at Hennepin Healthcare after 1 a.m. and used to reach her home in the Cedar-Riverside area in ten minutes.

Now she waits for a bus at a stop she says is poorly lit and mostly empty at that hour.

Metro Transit spokesperson Kelsey Brandt said the agency had added transit officers and community service officers on the replacement buses.

Brandt said the overnight closures were the fastest way to finish repairs without shutting the lines during the day.

The Minneapolis Regional Labor Federation asked the agency to offer free rideshare vouchers to workers whose shifts end during the closure.

The agency said it would review ridership on the replacement buses after the first month.
"""),
        must_have=[
            "Now she waits for a bus at a stop she says is poorly lit and mostly empty at that hour.",
            "The Minneapolis Regional Labor Federation asked the agency to offer free rideshare vouchers to workers whose shifts end during the closure.",
        ]),
    # NCN Guyana (ncnguyana.com, the National Communications Network): staff, desk byline 'NCN Reporter', night vending at Stabroek Market.
    rec(cluster="ncnguyana-stabroek-night-vending", role="single", file="ncnguyana_stabroek_night_vending.txt", render="text",
        title="City Council to allow night vending around Stabroek Market square",
        date="2024-05-03", country="GY", region="americas", lang="en",
        pre=[["NCN Guyana", "Home", "News", "Business", "Sport", "Entertainment", "Live"]],
        head=[["By NCN Reporter"], ["May 3, 2024"], ["Last updated May 3, 2024 9:14 PM"]],
        inserts={2: ["Advertisement"], 4: ["ALSO READ: Police step up patrols along Sea Wall on weekends"]},
        tail=[["Share", "Facebook", "WhatsApp", "Twitter"], ["You might also like"], ["Leave A Reply"],
              ["Download the NCN Guyana app"], ["\u00a9 2024 NCN Guyana. All Rights Reserved."]],
        paras=P("""
The Georgetown Mayor and City Council will allow vendors to sell food and drinks around the Stabroek Market square until 11 pm from next month.

The decision was taken at a statutory meeting on Thursday after months of complaints from vendors who said they were chased off the pavement after dark.

Town Clerk Ravi Persaud said vendors will have to register with the council and keep a clean space around their stalls.

He said the council will install new street lights and two portable toilets near the bus park before night vending begins.

Vendor Shondel Williams, who sells cook-up rice and fried fish, said evening commuters were her best customers.

"People coming from work want something to eat before they catch the bus to the East Bank," she said.

The city police will patrol the square and will remove anyone selling without a permit.

Councillors said the arrangement will be reviewed after three months.
"""),
        must_have=[
            "He said the council will install new street lights and two portable toilets near the bus park before night vending begins.",
            "The city police will patrol the square and will remove anyone selling without a permit.",
        ]),
    # The Patriot on Sunday (Botswana): staff, 'BY X' capitals byline, night-shift security guards.
    rec(cluster="patriotbw-security-guards-night", role="single", file="patriotonsunday_security_guards_night.txt", render="text",
        title="Night-shift guards say they work 12 hours for less than minimum wage",
        date="2024-06-09", country="BW", region="africa", lang="en", authors=["Kagiso Mothibi"],
        pre=[["The Patriot on Sunday", "News", "Business", "Politics", "Sport", "Lifestyle", "E-Paper"]],
        head=[["BY KAGISO MOTHIBI"], ["June 9, 2024"]],
        inserts={2: ["ADVERTISEMENT"], 5: ["Also Read: Gaborone bars face new closing times"]},
        tail=[["Share this:", "Facebook", "WhatsApp"], ["Related Posts"], ["Leave a Reply Cancel reply"],
              ["Subscribe to The Patriot on Sunday e-paper"], ["\u00a9 2024 The Patriot on Sunday. All rights reserved."]],
        paras=P("""
Security guards who work night shifts at shopping malls and warehouses in Gaborone say they are paid less than the legal minimum wage for the sector.

A group of guards told The Patriot on Sunday that they work 12-hour shifts from 6pm to 6am, often without a proper place to rest or eat.

One guard at a mall in Block 8 said he earns about P1,200 a month and has not been paid overtime in two years.

He said guards are sometimes left alone at large sites with only a torch and a whistle.

The Botswana Private Security Workers Union said it had reported several companies to the Department of Labour.

Union secretary Neo Kgosietsile said many guards are afraid to complain because they could be replaced the next day.

The department said inspectors would visit security companies in Gaborone and Francistown this month.

Employers' representatives said rising costs and late payments from clients made it hard to raise wages.
"""),
        must_have=[
            "He said guards are sometimes left alone at large sites with only a torch and a whistle.",
            "The department said inspectors would visit security companies in Gaborone and Francistown this month.",
        ]),
    # Wantok Niuspepa (Papua New Guinea, Tok Pisin): staff, 'Stori: X' byline, Tok Pisin weekday date.
    rec(cluster="wantok-lae-maket-long-nait", role="single", file="wantok_lae_maket_long_nait_tpi.txt", render="text",
        title="Lae siti i opim maket long nait long Eriku",
        date="2024-04-04", country="PG", region="oceania", lang="tpi", authors=["Maria Kila"],
        pre=[["Wantok Niuspepa", "Nius", "Provins", "Spot", "Bisnis", "Tok Bilong Yu"]],
        head=[["Stori: Maria Kila"], ["Fonde, Epril 4, 2024"]],
        inserts={2: ["Advataismen"], 5: ["Ritim tu:", "Ol PMV bas bai ran inap long 9 klok long nait"]},
        tail=[["Serim", "Facebook", "WhatsApp"], ["Ol narapela stori"], ["Baim Wantok Niuspepa long olgeta Fonde"],
              ["Word Publishing Company Limited"], ["\u00a9 2024 Wantok Niuspepa"]],
        paras=P("""
Lae Siti Atoriti i opim nupela maket long nait long Eriku long Fraide i go pinis na planti manmeri i kam long baim kaikai.

Ol maket meri na man i salim kumu, kaukau, pis, lamlam, ol sapsap na kopi long ol haus sel i gat lait.

Siti menesa Peter Wanu i tok maket bai op long olgeta Fraide na Sarere long 6 klok long apinun i go inap long 11 klok long nait.

Em i tok siti i putim nupela lait long strit na ol sekiuriti bai wokabaut raun long maket long olgeta nait.

Ol maket meri i mas peim tupela kina tasol long wanpela nait na ol i mas klinim ples bilong ol taim ol i pinis.

Wanpela maket meri, Rose Anis, i tok em i amamas long wanem em inap kisim moa mani long lukautim famili bilong em.

Polis i tok bai ol i putim ol polis long rot long Eriku long ol nait maket i op.

Ol manmeri i laikim tu ol PMV bas i ran moa long nait.
"""),
        must_have=[
            "Em i tok siti i putim nupela lait long strit na ol sekiuriti bai wokabaut raun long maket long olgeta nait.",
            "Ol maket meri i mas peim tupela kina tasol long wanpela nait na ol i mas klinim ples bilong ol taim ol i pinis.",
        ]),
    # Westmorland Gazette (Kendal, Newsquest): staff, 'By X' + role line, 'Published:' with ordinal, taxi shortage.
    rec(cluster="westmorlandgazette-kendal-taxis", role="single", file="westmorlandgazette_kendal_late_taxis.txt", render="text",
        title="Kendal revellers 'stranded for hours' as late-night taxis dwindle",
        date="2023-11-15", country="GB", region="europe", lang="en", authors=["Harriet Dunmore"],
        pre=[["The Westmorland Gazette", "News", "Sport", "What's On", "Lakes", "Announcements", "Jobs"]],
        head=[["By Harriet Dunmore", "Reporter"], ["Published: 15th November 2023"]],
        inserts={2: ["Advertisement"], 5: ["READ MORE: Kendal Calling organisers add late shuttle buses"]},
        tail=[["Comments: Our rules", "We want our comments to be a lively and valuable part of our community."],
              ["This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice."],
              ["Share", "Facebook", "X"], ["Most read"], ["\u00a9 Copyright 2001-2023. Newsquest Media Group Ltd"]],
        paras=P("""
Young people in Kendal say they are being left stranded for hours after nights out because there are too few taxis working after midnight.

Westmorland and Furness Council figures show the number of licensed taxi drivers in the South Lakes has fallen by almost a quarter since 2019.

Several drivers have moved to daytime school runs and hospital contracts, which pay more reliably than weekend nights.

Student Ellie Braithwaite said she waited two hours outside a bar on Highgate before getting a lift home to Oxenholme.

She said some friends had decided to walk home along dark country lanes instead.

The council said it was looking at ways to make it easier and cheaper for new drivers to get a licence.

Pub landlord Gareth Nuttall said fewer people were coming into town on Saturday nights because they worried about getting home.

Cumbria Police urged people to plan their journey before a night out and never to walk home alone.
"""),
        must_have=[
            "Several drivers have moved to daytime school runs and hospital contracts, which pay more reliably than weekend nights.",
            "The council said it was looking at ways to make it easier and cheaper for new drivers to get a licence.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_SJ = site("시사저널", "https://www.sisajournal.example.com", " - 시사저널", "ko_KR", "@sisajournal",
               ["정치", "경제", "사회", "국제", "문화", "오피니언"],
               ["Copyright \u00a9 시사저널. 무단전재 및 재배포 금지", "회사소개", "개인정보처리방침"],
               share=["페이스북", "카카오톡", "URL복사"], top=["로그인", "회원가입"])
SITE_NN = site("Nairobi News", "https://nairobinews.example.co.ke", " - Nairobi News", "en_KE", "@Nairobi_News",
               ["News", "Trending", "Entertainment", "Sports", "Lifestyle", "Video"],
               ["\u00a9 2024 Nation Media Group. All rights reserved.", "About us", "Contact us"],
               share=["Share", "Facebook", "WhatsApp"])
SITE_OD = site("جريدة عمان", "https://www.omandaily.example.om", " - جريدة عمان", "ar_OM", "@Omandaily",
               ["الرئيسية", "محليات", "اقتصاد", "رياضة", "ثقافة", "العالم"],
               ["جميع الحقوق محفوظة لجريدة عمان \u00a9 2025", "من نحن", "اتصل بنا"],
               share=["شارك", "فيسبوك", "واتساب"])
SITE_SK = site("Ses Kocaeli", "https://www.seskocaeli.example.com", " - Ses Kocaeli", "tr_TR", "@seskocaeli",
               ["Gündem", "Kocaeli", "Asayiş", "Ekonomi", "Spor", "Yaşam"],
               ["\u00a9 2024 Ses Kocaeli Gazetesi. Tüm hakları saklıdır.", "Künye", "İletişim"],
               share=["Paylaş", "Facebook", "WhatsApp"],
               cookie="Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz.", buttons=["Kabul Et"])
SITE_TA = site("Thüringer Allgemeine", "https://www.thueringer-allgemeine.example.de", " | Thüringer Allgemeine", "de_DE", "@TA_Thueringen",
               ["Thüringen", "Erfurt", "Weimar", "Sport", "Politik", "Freizeit"],
               ["\u00a9 Thüringer Allgemeine 2024 \u2013 Alle Rechte vorbehalten.", "Impressum", "Datenschutz"],
               share=["Teilen", "Facebook", "E-Mail"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Inhalte zu personalisieren.",
               buttons=["Alle akzeptieren"])
SITE_PDO = site("PadovaOggi", "https://www.padovaoggi.example.it", " - PadovaOggi", "it_IT", "@PadovaOggi",
                ["Cronaca", "Politica", "Economia", "Sport", "Eventi", "Zone"],
                ["PadovaOggi \u00e8 parte del network Citynews", "Privacy", "Condizioni d'uso"],
                share=["Condividi", "Facebook", "WhatsApp"],
                cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalit\u00e0 tecniche.", buttons=["Accetta", "Rifiuta"])
SITE_YT = site("Yass Tribune", "https://www.yasstribune.example.com.au", " | Yass Tribune", "en_AU", "@YassTribune",
               ["News", "Sport", "Community", "Opinion", "Lifestyle", "Property"],
               ["\u00a9 2024 Australian Community Media", "Privacy Policy", "Terms of Use"],
               share=["Share", "Facebook", "Email"])
SITE_POL = site("Politiko", "https://politics.example.com.ph", " | Politiko", "en_PH", "@PolitikoPH",
                ["Metro Manila", "Luzon", "Visayas", "Mindanao", "Senate", "House"],
                ["\u00a9 2024 Politiko. All rights reserved.", "About Us", "Contact"],
                share=["Share", "Facebook", "X"])
SITE_SS = site("The Sudbury Star", "https://www.thesudburystar.example.com", " | The Sudbury Star", "en_CA", "@sudburystar",
               ["News", "Local News", "Sports", "Opinion", "Life", "Obituaries"],
               ["\u00a9 2024 The Sudbury Star, a division of Postmedia Network Inc. All rights reserved.", "Privacy Policy", "Terms of Use"],
               share=["Share this Story", "Facebook", "LinkedIn"])

HTML_STORIES = [
    # Sisa Journal (Korean weekly): original of the Yonhap cluster; '(순천=연합뉴스) X 기자 =' dateline.
    dict(YNA, role="original", file="sisajournal_yonhap_suncheon_yasijang_ko.html", render="html",
         site=SITE_SJ, section="사회", meta_section="사회",
         url="https://www.sisajournal.example.com/news/articleView.html?idxno=284517",
         published="2024-03-19T10:42:00+09:00",
         byline_lines=["연합뉴스"], date_lines=["승인 2024.03.19 10:42"],
         caption="지난해 10월 순천 아랫장 야시장을 찾은 방문객들.", credit="순천시", credit_shown="ⓒ순천시 제공",
         inserts={2: [("ad", "광고")], 6: [("link", "관련기사", "여수 낭만포차 올해도 밤바다 손님맞이")]},
         end_lines=["mjkim@yna.example.co.kr"],
         lists=[("많이 본 뉴스", ["광주 심야버스 노선 두 개 늘린다", "전주 한옥마을 야간 개장 연장"])]),
    # Nairobi News (Nation Media Group): original of the KNA cluster; 'By X, KNA' byline, 'ELDORET, Kenya, Mar 6 (KNA) –' dateline.
    dict(KNA, role="original", file="nairobinews_kna_eldoret_night_economy.html", render="html",
         site=SITE_NN, section="News", meta_section="News",
         url="https://nairobinews.example.co.ke/eldoret-traders-welcome-county-plan-to-extend-business-hours/",
         published="2024-03-06T16:20:00+03:00",
         byline_lines=["By Winnie Jepkosgei, KNA"], date_lines=["March 6th, 2024"],
         caption="Traders at the Eldoret main bus park.", credit="KNA", credit_shown="PHOTO | KNA",
         inserts={2: [("ad", "Advertisement")], 5: [("link", "ALSO READ:", "Nakuru matatu operators to run night routes")]},
         end_lines=["Source: KNA"],
         lists=[("Trending", ["Nairobi CBD night parking fees cut", "City Hall to light up back streets"])],
         newsletter_end=["Get the latest news delivered to your inbox", "Subscribe to our newsletter"]),
    # Oman Daily (Arabic): ONA copy, 'نزوى في 12 مارس /العُمانية/' dateline, Ramadan night souq.
    rec(cluster="omandaily-ona-nizwa-souq", role="single", file="omandaily_ona_nizwa_souq_layli_ar.html", render="html",
        site=SITE_OD, title="سوق نزوى الليلي يستقبل زواره في رمضان بمشاركة 90 من رواد الأعمال",
        date="2025-03-12", dateline="نزوى في 12 مارس /العُمانية/ ", city="Nizwá", country="OM", region="asia", lang="ar",
        agency="ONA", section="محليات", meta_section="محليات",
        url="https://www.omandaily.example.om/محليات/na/سوق-نزوى-الليلي-يستقبل-زواره-في-رمضان",
        description="يفتح السوق أبوابه يوميًا بعد صلاة التراويح حتى منتصف الليل.",
        published="2025-03-12T21:05:00+04:00",
        ld_author=[{"@type": "Organization", "name": "العُمانية"}],
        byline_lines=["العُمانية"], date_lines=["الأربعاء 12 مارس 2025 09:05 م"],
        caption="جانب من السوق الليلي في ولاية نزوى.", credit="العُمانية", credit_shown="(العُمانية)",
        inserts={2: [("ad", "إعلان")], 5: [("link", "اقرأ أيضًا:", "مهرجان ليالي صلالة يعود في الصيف")]},
        lists=[("الأكثر قراءة", ["تمديد ساعات عمل الحافلات في مسقط", "افتتاح ممشى جديد في بهلاء"])],
        paras=P("""
افتتح في ولاية نزوى بمحافظة الداخلية اليوم السوق الليلي الرمضاني بمشاركة 90 من رواد الأعمال والأسر المنتجة.

ويقام السوق في الساحة المجاورة لقلعة نزوى ويفتح أبوابه يوميًا بعد صلاة التراويح حتى منتصف الليل طوال شهر رمضان المبارك.

ويضم السوق أركانًا للمأكولات الشعبية والحلوى العمانية والقهوة والتمور إلى جانب المشغولات اليدوية والملابس.

وقال رئيس اللجنة المنظمة إن السوق يهدف إلى دعم الأسر المنتجة وتنشيط الحركة التجارية والسياحية في الولاية خلال ساعات المساء.

وأضاف أن اللجنة خصصت مواقف إضافية للسيارات ووفرت فرقًا للإسعاف والدفاع المدني في الموقع.

وأشار إلى أن عدد زوار السوق في العام الماضي تجاوز 45 ألف زائر من داخل الولاية وخارجها.

كما خصصت اللجنة ركنًا للشباب لعرض مشاريعهم الناشئة في مجالات الأغذية والحرف والتصميم، وأتاحت لهم المشاركة دون رسوم طوال أيام السوق.

ويتضمن برنامج السوق فعاليات للأطفال ومسابقات ثقافية وعروضًا للفنون الشعبية في الليالي الأخيرة من الشهر.

وعبّر عدد من المشاركين عن سعادتهم بالإقبال الكبير في الليلة الأولى، مؤكدين أن السوق يمنحهم فرصة لتسويق منتجاتهم.
"""),
        must_have=[
            "وأضاف أن اللجنة خصصت مواقف إضافية للسيارات ووفرت فرقًا للإسعاف والدفاع المدني في الموقع.",
            "ويتضمن برنامج السوق فعاليات للأطفال ومسابقات ثقافية وعروضًا للفنون الشعبية في الليالي الأخيرة من الشهر.",
        ]),
    # Ses Kocaeli (Turkish local daily): staff desk 'Haber Merkezi', İzmit night buses, consent banner.
    rec(cluster="seskocaeli-gece-otobusleri", role="single", file="seskocaeli_izmit_gece_otobusleri_tr.html", render="html",
        site=SITE_SK, title="İzmit'te gece otobüsleri yeniden seferde: Hatlar sabaha kadar çalışacak",
        date="2024-08-21", country="TR", region="asia", lang="tr", section="Kocaeli", meta_section="Kocaeli",
        url="https://www.seskocaeli.example.com/kocaeli/izmitte-gece-otobusleri-yeniden-seferde-118452",
        description="Büyükşehir Belediyesi gece hatlarının hafta sonları saatte bir çalışacağını açıkladı.",
        published="2024-08-21T13:30:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Haber Merkezi"}],
        byline_lines=["Haber Merkezi"], date_lines=["21.08.2024 - 13:30"],
        caption="Gece hatlarında çalışacak otobüsler Körfez terminalinde.", credit="Ses Kocaeli", credit_shown="Fotoğraf: Ses Kocaeli",
        inserts={2: [("ad", "Reklam")], 5: [("link", "İLGİLİ HABER:", "Sahil yolunda gece ışıklandırması yenilendi")]},
        lists=[("Çok Okunanlar", ["Tramvay hattına yeni durak", "Gölcük'te gece pazarı açıldı"])],
        comments=["Yorum yazabilmek için giriş yapmalısınız.", "Yorumlar"],
        paras=P("""
Kocaeli Büyükşehir Belediyesi, pandemi döneminde kaldırılan gece otobüslerini yeniden seferlere başlattı.

Yeni düzenlemeyle İzmit merkezden Gebze, Körfez ve Gölcük yönüne giden üç hat gece yarısından sabah altıya kadar çalışacak.

Otobüsler hafta içi iki saatte bir, cuma ve cumartesi geceleri ise saatte bir hareket edecek.

Belediyeden yapılan açıklamada, özellikle fabrikalarda vardiyalı çalışan işçiler ile hastane personelinden yoğun talep geldiği belirtildi.

Gece seferlerinde kadın yolcuların güvenliği için otobüslerde kamera sistemi bulunacak ve şoförler acil durumlarda doğrudan merkeze bağlanabilecek.

Ücret tarifesi gündüz seferleriyle aynı olacak ve yolcular Kentkart ile ödeme yapabilecek.

Vardiyadan çıkan işçi Murat Kaya, daha önce eve dönmek için pahalı taksilere mecbur kaldıklarını söyledi.

Belediye, yolcu sayısına göre gece hatlarının ilerleyen aylarda artırılabileceğini bildirdi.

Hastanede gece vardiyasında çalışan hemşire Elif Demir de yeni seferlerin özellikle kış aylarında büyük kolaylık sağlayacağını ifade etti.

Belediye yetkilileri, gece hatlarının güzergahlarını ve saatlerini gösteren bilgilendirme tabelalarının duraklara asılacağını açıkladı.

Sefer saatleri ayrıca belediyenin mobil uygulamasından ve internet sitesinden takip edilebilecek.
"""),
        must_have=[
            "Otobüsler hafta içi iki saatte bir, cuma ve cumartesi geceleri ise saatte bir hareket edecek.",
            "Ücret tarifesi gündüz seferleriyle aynı olacak ve yolcular Kentkart ile ödeme yapabilecek.",
        ]),
    # Thüringer Allgemeine (Erfurt, Funke): staff 'Von X', 'Aktualisiert' vs publication date, consent dialog.
    rec(cluster="ta-erfurt-nachtbahn", role="single", file="thueringerallgemeine_erfurt_nachtbahn_de.html", render="html",
        site=SITE_TA, title="Erfurt: Nachtbahn fährt künftig auch unter der Woche",
        date="2024-02-03", country="DE", region="europe", lang="de", authors=["Katrin Weißbach"], section="Erfurt", meta_section="Erfurt",
        url="https://www.thueringer-allgemeine.example.de/regionen/erfurt/article241584210/erfurt-nachtbahn-faehrt-kuenftig-auch-unter-der-woche.html",
        description="Die Stadtwerke reagieren auf die Wünsche von Schichtarbeitern und Studierenden.",
        published="2024-02-03T06:00:00+01:00", modified="2024-02-03T14:12:00+01:00",
        byline_lines=["Von Katrin Weißbach"], date_lines=["03.02.2024, 06:00 Uhr", "Aktualisiert: 03.02.2024, 14:12 Uhr"],
        caption="Eine Straßenbahn am Erfurter Anger kurz nach Mitternacht.", credit="Jens Kalbitz", credit_shown="Foto: Jens Kalbitz",
        caption_prefix="1 / 3",
        inserts={2: [("ad", "Anzeige")], 5: [("box", "Mehr zum Thema", ["Weniger Taxis in der Nacht: Das sagen die Fahrer"])]},
        lists=[("Meistgelesen", ["Krämerbrückenfest: Das ist geplant"])],
        paras=P("""
Die Erfurter Verkehrsbetriebe schicken ihre Nachtbahn ab April nicht mehr nur am Wochenende, sondern an allen Tagen der Woche auf die Strecke.

Die Linie fährt vom Hauptbahnhof über den Anger bis zum Europaplatz und zurück, zwischen 0.30 Uhr und 4 Uhr im Stundentakt.

Nach Angaben des Unternehmens haben vor allem Beschäftigte aus dem Helios-Klinikum, aus Logistikzentren und aus der Gastronomie nach der Verbindung gefragt.

Auch der Studierendenrat der Universität Erfurt hatte sich seit Langem für eine tägliche Nachtlinie eingesetzt.

In den Bahnen sollen in den ersten Monaten zusätzlich Sicherheitskräfte mitfahren.

Die Mehrkosten von rund 600.000 Euro im Jahr teilen sich die Stadt und die Stadtwerke.

Ein Sprecher sagte, man wolle nach einem Jahr prüfen, wie viele Fahrgäste das Angebot tatsächlich nutzen.

Kritik kommt von Anwohnern am Anger, die nächtlichen Lärm befürchten.

Die Verkehrsbetriebe wollen deshalb leisere Fahrzeuge einsetzen und die Haltestellen in der Nacht besser beleuchten. Zudem soll es eine Telefonnummer geben, unter der sich Anwohner bei Problemen melden können.
"""),
        must_have=[
            "Auch der Studierendenrat der Universität Erfurt hatte sich seit Langem für eine tägliche Nachtlinie eingesetzt.",
            "Die Mehrkosten von rund 600.000 Euro im Jahr teilen sich die Stadt und die Stadtwerke.",
        ]),
    # PadovaOggi (Citynews network): staff desk 'Redazione', movida at the Portello, consent banner.
    rec(cluster="padovaoggi-portello-movida", role="single", file="padovaoggi_portello_movida_it.html", render="html",
        site=SITE_PDO, title="Movida al Portello, arrivano gli steward e la chiusura dei plateatici alle 2",
        date="2024-07-16", country="IT", region="europe", lang="it", section="Cronaca", meta_section="Cronaca",
        url="https://www.padovaoggi.example.it/cronaca/movida-portello-steward-chiusura-plateatici.html",
        description="Il Comune ha firmato un accordo con i gestori dei locali.",
        published="2024-07-16T17:45:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Redazione"}],
        byline_lines=["Redazione"], date_lines=["16 luglio 2024 17:45"],
        inserts={2: [("ad", "Pubblicità")], 4: [("link", "Leggi anche", "Bus notturni per l'estate, ecco le linee")]},
        tags=("Argomenti:", ["movida"]),
        lists=[("I più letti", ["Rissa in piazza dei Signori, due denunciati", "Nuove telecamere in zona stazione"])],
        paras=P("""
Dal prossimo fine settimana al Portello, il quartiere della movida universitaria di Padova, lavoreranno gli steward pagati dai gestori dei locali.

L'accordo firmato in Comune prevede anche la chiusura dei plateatici alle due di notte dal giovedì al sabato e all'una negli altri giorni.

Gli steward, riconoscibili dalla pettorina gialla, avranno il compito di tenere libere le strade e di invitare i ragazzi ad abbassare la voce.

L'assessore alla sicurezza ha spiegato che l'obiettivo è trovare un equilibrio tra il diritto al riposo dei residenti e la vita serale del quartiere.

Il comitato dei residenti giudica l'accordo un primo passo, ma chiede più controlli sul consumo di alcol da asporto.

Nelle serate più affollate la polizia locale sarà presente con una pattuglia fissa lungo via Portello fino alla chiusura.

I gestori si sono impegnati anche a pulire le strade vicino ai locali entro le otto del mattino.

L'accordo resterà in vigore fino a fine settembre e sarà poi valutato insieme ai residenti.
"""),
        must_have=[
            "Gli steward, riconoscibili dalla pettorina gialla, avranno il compito di tenere libere le strade e di invitare i ragazzi ad abbassare la voce.",
            "I gestori si sono impegnati anche a pulire le strade vicino ai locali entro le otto del mattino.",
        ]),
    # Yass Tribune (ACM): AAP copy, 'X (AAP)' byline without a dateline, overnight XPT.
    rec(cluster="yasstribune-aap-xpt-overnight", role="single", file="yasstribune_aap_xpt_overnight.html", render="html",
        site=SITE_YT, title="Overnight XPT passengers face bus trips as new fleet is delayed again",
        date="2024-09-25", country="AU", region="oceania", lang="en", agency="AAP", authors=["Tara Whitfield"],
        section="National", meta_section="National",
        url="https://www.yasstribune.example.com.au/story/8771204/overnight-xpt-passengers-face-bus-trips-as-new-fleet-is-delayed/",
        description="The state opposition says regional travellers are paying for the delay.",
        published="2024-09-25T11:30:00+10:00",
        byline_lines=["Tara Whitfield", "Australian Associated Press"], date_lines=["September 25 2024 - 11:30am"],
        inserts={2: [("ad", "Advertisement")]},
        end_lines=["AAP"],
        lists=[("More from National", ["Regional pubs call for later trading hours", "Night shift nurses win parking fee cut"])],
        paras=P("""
Passengers on the overnight XPT between Sydney and Melbourne will keep travelling on ageing carriages or on replacement coaches after the NSW government confirmed another delay to its new regional train fleet.

The state transport minister told parliament on Wednesday the new trains would not enter service on the southern line before 2026.

The sleeper service, which stops at Yass Junction, Goulburn and Albury in the middle of the night, has been cancelled or replaced by coaches on dozens of nights this year because of faults.

Regional travellers say coach trips at night are slower and much less comfortable than the train.

The opposition said pensioners and shift workers who rely on the service were paying for the government's failure to manage the contract.

The minister said the manufacturer was still fixing problems found during testing and the government would not put unsafe trains on the tracks.

NSW TrainLink said it would add extra staff at stations on the route to help passengers moved onto coaches.
"""),
        must_have=[
            "Regional travellers say coach trips at night are slower and much less comfortable than the train.",
            "NSW TrainLink said it would add extra staff at stations on the route to help passengers moved onto coaches.",
        ]),
    # Politiko (Philippines): staff, Quezon City night market ordinance.
    rec(cluster="politiko-qc-night-market", role="single", file="politiko_qc_night_market.html", render="html",
        site=SITE_POL, title="QC council approves rules for weekend night markets",
        date="2024-11-19", country="PH", region="asia", lang="en", authors=["Rowena Dizon"], section="Metro Manila", meta_section="Metro Manila",
        url="https://politics.example.com.ph/2024/11/19/qc-council-approves-rules-for-weekend-night-markets/",
        description="Night markets will have to close by 2 a.m. and provide their own security.",
        published="2024-11-19T20:10:00+08:00",
        byline_lines=["By Rowena Dizon"], date_lines=["November 19, 2024"],
        caption="Shoppers at a night market along Maginhawa Street.", credit="Politiko", credit_shown="(Politiko file photo)",
        inserts={2: [("ad", "ADVERTISEMENT")], 5: [("link", "READ:", "Manila extends curfew hours for minors during holidays")]},
        lists=[("Latest Stories", ["Marikina to light up riverbanks", "Pasig LGU adds night-shift health centers"])],
        newsletter_end=["Follow Politiko on Facebook and X for the latest political news"],
        paras=P("""
The Quezon City Council has approved an ordinance setting rules for weekend night markets, which have multiplied in the city since the pandemic.

Under the ordinance, organisers must secure a permit from the Business Permits and Licensing Department and close their stalls by 2 a.m.

They will also be required to hire security guards and keep at least one first-aid station open while the market is running.

Councilor Ramon Estrada, the main author of the measure, said night markets give small vendors and young entrepreneurs a chance to earn extra income.

But he said residents near markets on Maginhawa Street and in Cubao had complained about noise, garbage and blocked driveways.

Organisers who break the rules could be fined up to P5,000 and lose their permit for the rest of the year.

The ordinance takes effect 15 days after it is published.

Vendors at the Maginhawa market said they would comply but asked the city to help them find parking for their customers.
"""),
        must_have=[
            "They will also be required to hire security guards and keep at least one first-aid station open while the market is running.",
            "Organisers who break the rules could be fined up to P5,000 and lose their permit for the rest of the year.",
        ]),
    # The Sudbury Star (Postmedia), gzipped: staff, downtown late-night transit and safety.
    rec(cluster="sudburystar-downtown-night-transit", role="single", file="sudburystar_downtown_night_transit.html.gz", render="html",
        site=SITE_SS, title="GOVA Transit to test late-night buses from downtown Sudbury",
        date="2024-10-08", country="CA", region="americas", lang="en", authors=["Colleen Arseneau"], section="Local News", meta_section="Local News",
        url="https://www.thesudburystar.example.com/news/local-news/gova-transit-to-test-late-night-buses-from-downtown-sudbury",
        description="Buses would leave the downtown terminal at 1 a.m. and 2:30 a.m. on weekends.",
        published="2024-10-08T17:00:00-04:00",
        byline_lines=["Author of the article:", "Colleen Arseneau", "Published Oct 08, 2024", "Last updated Oct 08, 2024", "2 minute read"],
        caption="The downtown transit terminal on Elgin Street.", credit="Colleen Arseneau/The Sudbury Star", credit_shown="Photo by Colleen Arseneau/The Sudbury Star",
        inserts={2: [("ad", "Advertisement 2")], 5: [("ad", "Article content")]},
        lists=[("Trending", ["City looks at later hours for downtown patios", "Greater Sudbury Police add weekend foot patrols"])],
        comments=["Postmedia is committed to maintaining a lively but civil forum for discussion."],
        paras=P("""
Greater Sudbury's transit service will test late-night buses from downtown on Friday and Saturday nights starting next month.

Under the six-month pilot, GOVA Transit buses will leave the downtown terminal at 1 a.m. and 2:30 a.m. on four routes serving the New Sudbury, Minnow Lake, Lively and Val Caron areas.

Transit director Renée Gauthier told council the pilot would cost about 180,000 dollars, paid from the transit reserve.

She said bar and restaurant workers, hospital staff and students had asked for a way home after the last regular buses leave around midnight.

Downtown business owners said the buses could also reduce the number of people waiting on dark streets for taxis.

Coun. Darren Lapointe said he supported the pilot but wanted security staff at the terminal while the buses run.

Staff will report back to council on ridership and any safety incidents next spring.

The pilot will be advertised at the university, the hospital and downtown venues before it starts.
"""),
        must_have=[
            "She said bar and restaurant workers, hospital staff and students had asked for a way home after the last regular buses leave around midnight.",
            "Staff will report back to council on ridership and any safety incidents next spring.",
        ]),
]


# ---- news-please and trafilatura JSON ---------------------------------------------

JSON_STORIES = [
    # news-please, York Press (Newsquest): staff, 'By X' + role, street angels and night buses.
    rec(cluster="yorkpress-street-angels", role="single", file="newsplease_yorkpress_street_angels.json",
        render="newsplease", title="Street Angels and later buses part of plan to make York safer at night",
        date="2024-01-26", country="GB", region="europe", lang="en", authors=["Lydia Ashworth"],
        url="https://www.yorkpress.example.co.uk/news/24075512.street-angels-later-buses-plan-make-york-safer-night/",
        source_domain="www.yorkpress.example.co.uk",
        description="The city has applied for Purple Flag status for its evening economy.",
        np_authors=["Lydia Ashworth"], np_publish="2024-01-26 06:00:00", np_download="2024-01-26 09:12:45",
        head_lines=["By Lydia Ashworth", "Chief Reporter", "Share", "Subscribe", "Sign in"],
        inserts={2: ["Advertisement"], 5: ["READ MORE: York pubs back plan for later licensing at Christmas"]},
        tail_lines=["Comments: Our rules", "Report this comment", "Most Read", "Latest York news", "Get involved with the news in your community",
                    "Send your stories and photos now", "This website and associated newspapers adhere to the Independent Press Standards Organisation's Editors' Code of Practice.",
                    "\u00a9 Copyright 2001-2024. Newsquest Media Group Ltd"],
        paras=P("""
Volunteers handing out flip-flops, water and phone chargers will patrol York city centre on Friday and Saturday nights under a new plan to make the city safer after dark.

City of York Council and North Yorkshire Police have agreed to fund a Street Angels scheme run by churches in the city.

The volunteers will work in pairs from 10pm to 3am around Micklegate, Coney Street and the Nessgate area.

The plan also includes later bus services from the city centre to Acomb, Haxby and the University of York on weekend nights.

Council officer Priya Lansdale said the city had applied for Purple Flag status, an award for town centres that are safe and well managed at night.

A survey last year found that more than half of women who answered felt unsafe walking alone in the city centre after 11pm.

Police said crime in the night-time economy had fallen slightly but that alcohol-related assaults remained a concern.

The first Street Angels patrol will go out next month.
"""),
        must_have=[
            "The volunteers will work in pairs from 10pm to 3am around Micklegate, Coney Street and the Nessgate area.",
            "A survey last year found that more than half of women who answered felt unsafe walking alone in the city centre after 11pm.",
        ]),
    # news-please, Tribuna do Paraná (Curitiba, Portuguese): staff desk, night bus lines.
    rec(cluster="tribunapr-linhas-madrugada", role="single", file="newsplease_tribunapr_linhas_madrugada_pt.json",
        render="newsplease", title="Curitiba ganha mais duas linhas de ônibus da madrugada a partir de segunda",
        date="2025-03-12", country="BR", region="americas", lang="pt",
        url="https://www.tribunapr.example.com.br/noticias/curitiba-regiao/curitiba-ganha-mais-duas-linhas-de-onibus-da-madrugada/",
        source_domain="www.tribunapr.example.com.br",
        description="As novas linhas atendem trabalhadores que saem de turnos noturnos.",
        np_authors=["Redação Tribuna"], np_publish="2025-03-12 15:40:00", np_download="2025-03-12 19:02:11",
        head_lines=["Redação Tribuna", "12/03/2025 15:40", "Atualizado em 12/03/2025 16:05"],
        inserts={2: ["Publicidade"], 5: ["LEIA TAMBÉM: Feira noturna do Largo da Ordem muda de horário"]},
        tail_lines=["Compartilhe", "Facebook", "WhatsApp", "Siga a Tribuna no Google Notícias", "Receba notícias pelo WhatsApp",
                    "Mais lidas", "Últimas notícias", "Leia mais sobre", "\u00a9 2025 Tribuna do Paraná. Todos os direitos reservados.", "Política de privacidade"],
        paras=P("""
A Prefeitura de Curitiba vai colocar em operação, a partir de segunda-feira, mais duas linhas de ônibus que circulam durante a madrugada.

As novas linhas ligam a Praça Rui Barbosa aos bairros Sítio Cercado e Cidade Industrial, com saídas a cada 40 minutos entre meia-noite e cinco da manhã.

Segundo a Urbs, empresa que administra o transporte coletivo, a medida atende a pedidos de trabalhadores de hospitais, supermercados 24 horas e fábricas.

Hoje a cidade tem quatro linhas da madrugada, que transportam em média 3 mil passageiros por noite.

A tarifa é a mesma cobrada durante o dia, e os passageiros podem pagar com o cartão transporte ou com cartão de débito.

Os ônibus terão câmeras e botão de pânico ligado à central de monitoramento da Guarda Municipal.

A costureira Marlene Souza, que sai do trabalho depois da meia-noite, disse que hoje gasta quase metade do que ganha em corridas de aplicativo.

A Urbs informou que vai avaliar a demanda das novas linhas nos próximos três meses.
"""),
        must_have=[
            "Hoje a cidade tem quatro linhas da madrugada, que transportam em média 3 mil passageiros por noite.",
            "Os ônibus terão câmeras e botão de pânico ligado à central de monitoramento da Guarda Municipal.",
        ]),
    # news-please, The Maravi Post: staff, 'By X' byline, Lilongwe night market.
    rec(cluster="maravipost-lilongwe-night-market", role="single", file="newsplease_maravipost_lilongwe_night_market.json",
        render="newsplease", title="Lilongwe City Council opens night market at Area 2",
        date="2024-08-27", country="MW", region="africa", lang="en", authors=["Kondwani Mtambo"],
        url="https://www.maravipost.example.com/lilongwe-city-council-opens-night-market-at-area-2/",
        source_domain="www.maravipost.example.com",
        description="Vendors will trade from 5pm to 10pm under new street lights.",
        np_authors=["Kondwani Mtambo"], np_publish="2024-08-27 18:30:00", np_download="2024-08-27 21:44:02",
        head_lines=["By Kondwani Mtambo", "August 27, 2024", "The Maravi Post"],
        inserts={2: ["Advertisement"], 5: ["Also Read: Blantyre minibus operators seek later working hours"]},
        tail_lines=["Share this:", "Facebook", "WhatsApp", "X", "Related", "Leave a Reply", "Your email address will not be published.",
                    "Join The Maravi Post on WhatsApp", "\u00a9 2024 The Maravi Post. All Rights Reserved.", "Privacy Policy"],
        paras=P("""
Lilongwe City Council has opened a night market at Area 2 where vendors will be allowed to trade from 5pm to 10pm.

The council said the market will ease congestion at the main bus depot, where vendors have been selling at night without permission.

Council spokesperson Tamara Chisale said 120 vendors had been registered and given stalls under new solar street lights.

She said each vendor will pay a daily fee of K500, which will be used to pay for cleaning and security.

Vendors selling roasted maize, chips, fried fish and second-hand clothes welcomed the move.

One of the vendors, Grace Banda, said she used to run from council officers every evening and sometimes lost her goods.

Police said officers would patrol the market and the footpaths leading to nearby townships until it closes.

The council plans to open similar markets in Area 25 and Area 49 next year if the Area 2 market is successful.
"""),
        must_have=[
            "She said each vendor will pay a daily fee of K500, which will be used to pay for cleaning and security.",
            "Police said officers would patrol the market and the footpaths leading to nearby townships until it closes.",
        ]),
    # trafilatura, Ouest Tribune (Oran, French): APS copy, 'Tlemcen - ' dateline, summer nights.
    rec(cluster="ouesttribune-aps-tlemcen-soirees", role="single", file="trafilatura_ouesttribune_aps_tlemcen_soirees_fr.json",
        render="trafilatura", title="Tlemcen : les soirées estivales animent le centre-ville jusqu'à une heure du matin",
        date="2024-07-20", dateline="Tlemcen - ", city="Tlemcen", country="DZ", region="africa", lang="fr", agency="APS",
        section="Régions",
        url="https://www.ouest-tribune.example.dz/tlemcen-les-soirees-estivales-animent-le-centre-ville/",
        hostname="ouest-tribune.example.dz", source_hostname="Ouest Tribune",
        description="Commerces, glaciers et transports urbains prolongent leurs horaires durant l'été.",
        tf_author=None, tf_date="2024-07-20", tf_language="fr", categories="Régions;Société",
        head_lines=["Ouest Tribune", "Publié le 20 juillet 2024"],
        inserts={2: ["Publicité"], 5: ["Lire aussi : Oran : le tramway circulera jusqu'à minuit durant l'été"]},
        tail_lines=["APS", "Partager", "Facebook", "Twitter", "Articles similaires", "Les plus lus", "Suivez-nous sur Facebook", "Édition du jour",
                    "\u00a9 Ouest Tribune 2024 - Tous droits réservés", "Contact", "Publicité"],
        paras=P("""
Le centre-ville de Tlemcen vit au rythme des soirées estivales, avec des commerces, des cafés et des glaciers ouverts jusqu'à une heure du matin.

Les services de la wilaya ont autorisé les commerçants de la place de l'Émir Abdelkader et du boulevard Colonel Lotfi à prolonger leurs horaires durant les mois de juillet et d'août.

Un programme d'animations culturelles est proposé chaque soir sur l'esplanade du Méchouar, avec des concerts de musique andalouse et des spectacles pour enfants.

L'entreprise de transport urbain a prolongé ses dernières rotations jusqu'à minuit sur les lignes desservant les quartiers d'Imama et de Kiffane.

Les services de sûreté de wilaya ont renforcé les patrouilles pédestres dans les rues du centre pendant la soirée.

Selon le directeur du commerce, plus de 300 commerçants ont demandé à bénéficier de la permanence nocturne.

Les familles apprécient ces sorties en soirée, à l'abri de la chaleur de la journée.
"""),
        must_have=[
            "L'entreprise de transport urbain a prolongé ses dernières rotations jusqu'à minuit sur les lignes desservant les quartiers d'Imama et de Kiffane.",
            "Les services de sûreté de wilaya ont renforcé les patrouilles pédestres dans les rues du centre pendant la soirée.",
        ]),
    # trafilatura, Quadratín (Michoacán, Spanish): own-agency dateline 'Morelia, Mich., 5 de octubre de 2024.-', staff.
    rec(cluster="quadratin-morelia-antojitos", role="single", file="trafilatura_quadratin_morelia_antojitos_es.json",
        render="trafilatura", title="Regulan puestos nocturnos de antojitos en el Centro Histórico de Morelia",
        date="2024-10-05", dateline="Morelia, Mich., 5 de octubre de 2024.- ", city="Morelia", country="MX", region="americas", lang="es",
        authors=["Lucía Ortega Paz"], section="Morelia",
        url="https://www.quadratin.example.com.mx/morelia/regulan-puestos-nocturnos-de-antojitos-en-el-centro-historico-de-morelia/",
        hostname="quadratin.example.com.mx", source_hostname="Quadratín Michoacán",
        description="Los comerciantes deberán retirarse a las 23:30 horas.",
        tf_author="Lucía Ortega Paz", tf_date="2024-10-05", tf_language="es", categories="Morelia;Sociedad",
        head_lines=["Lucía Ortega Paz", "Sáb 05 Oct 2024 | 19:20"],
        inserts={2: ["Publicidad"], 5: ["Te puede interesar: Amplían horario del transporte público en el Festival de Cine"]},
        tail_lines=["Quadratín Michoacán", "Comparte", "Facebook", "X", "WhatsApp", "Notas relacionadas", "Lo más leído", "Te recomendamos",
                    "Síguenos en nuestro canal de WhatsApp", "\u00a9 Agencia Quadratín. Todos los derechos reservados.", "Aviso de privacidad"],
        paras=P("""
El Ayuntamiento de Morelia firmó un acuerdo con comerciantes de antojitos que se instalan por las noches en el Centro Histórico para ordenar su actividad.

Los puestos de corundas, uchepos, enchiladas placeras y atole podrán instalarse a partir de las 19:00 horas y deberán retirarse a las 23:30 horas.

Cada comerciante tendrá un espacio marcado y deberá mantener limpio el suelo de cantera alrededor de su puesto.

La Secretaría de Desarrollo Económico informó que se registraron 74 puestos en las calles aledañas a la Catedral y al Jardín de las Rosas.

El municipio colocará contenedores de basura adicionales y reforzará el alumbrado en los callejones cercanos.

Comerciantes como doña Guadalupe Zavala, quien vende enchiladas desde hace veinte años, dijeron que el acuerdo les da certeza para trabajar.

La Policía Morelia mantendrá rondines a pie en el primer cuadro durante la noche.

El acuerdo será revisado dentro de seis meses con la participación de los vecinos del Centro Histórico y de las asociaciones de comerciantes.
"""),
        must_have=[
            "Cada comerciante tendrá un espacio marcado y deberá mantener limpio el suelo de cantera alrededor de su puesto.",
            "El municipio colocará contenedores de basura adicionales y reforzará el alumbrado en los callejones cercanos.",
        ]),
    # trafilatura, NRT English (Sulaymaniyah): staff desk 'NRT English', late-night cafes and power cuts.
    rec(cluster="nrt-sulaimani-night-cafes", role="single", file="trafilatura_nrt_sulaimani_night_cafes.json",
        render="trafilatura", title="Sulaimani cafes stay open late as summer heat drives residents out at night",
        date="2024-08-02", country="IQ", region="asia", lang="en", section="Kurdistan Region",
        url="https://www.nrttv.example.com/en/detail/6/5123",
        hostname="nrttv.example.com", source_hostname="NRT English",
        description="Shop owners say most of their customers now come after 9 pm.",
        tf_author="NRT English", tf_date="2024-08-02", tf_language="en", categories="Kurdistan Region;Society",
        head_lines=["NRT English", "2 Aug 2024 - 10:45 PM"],
        inserts={2: ["Advertisement"], 5: ["Read more: Erbil extends bus hours for summer evenings"]},
        tail_lines=["(NRT Digital Media)", "Share", "Facebook", "X", "Telegram", "Related News", "Most Viewed",
                    "Follow NRT English on X", "Watch NRT live", "\u00a9 2024 NRT. All rights reserved.", "Contact Us"],
        paras=P("""
Cafes, ice cream shops and restaurants in Sulaimani are staying open well after midnight as residents wait for the summer heat to ease before going out.

Temperatures in the city have reached 46 degrees Celsius this week, and many families now shop and eat out between 9 pm and 2 am.

Cafe owner Hemin Rauf said most of his customers arrive after 10 pm and stay until the early hours.

He said he runs a private generator for much of the night because electricity from the grid is often cut during peak hours.

The municipality has allowed shops on Salim Street and around Azadi Park to keep their outdoor seating until 2 am during July and August.

Traffic police said they had added patrols on main roads at night because of the large number of cars.

Some residents complained about noise from cafes and generators in residential streets.

The municipality said it would review the late opening hours at the end of the summer.
"""),
        must_have=[
            "He said he runs a private generator for much of the night because electricity from the grid is often cut during peak hours.",
            "Traffic police said they had added patrols on main roads at night because of the large number of cars.",
        ]),
]


# ---- JSONL batches ------------------------------------------------------------------

SITE_TN = site("The Taos News", "https://www.taosnews.example.com", " | The Taos News", "en_US", "@TaosNews",
               ["News", "Arts", "Opinion", "Sports", "Obituaries", "E-Edition"],
               ["\u00a9 2024 The Taos News. All rights reserved.", "Contact", "Subscribe"],
               share=["Share", "Facebook", "Email"], top=["Log in", "Support local journalism"])

JSONL_STORIES = [
    # newsbeam text shape: the PAP story on wPolityce (syndicated member of the PAP cluster).
    dict(PAP, role="syndicated", file=JSONL_A, render="newsbeam",
         url="https://wpolityce.example.pl/spoleczenstwo/702114-torun-wydluza-kursy-nocnych-autobusow",
         nb_published="2024-10-12T17:05:00Z", outlet="wPolityce", nb_authors=["PAP"],
         head_lines=["wPolityce", "opublikowano: 12 października 2024 19:05", "Społeczeństwo", "PAP"],
         tail_lines=["Autorka: Marta Zielińska (PAP)", "mzi/ mhr/", "Źródło: PAP", "Udostępnij", "Facebook", "X",
                     "Dziękujemy za przeczytanie artykułu!", "Wspieraj niezależne media", "Czytaj także",
                     "Publikacja dostępna na stronie: wPolityce.pl", "\u00a9 Fratria Sp. z o.o."]),
    # news-please shape: the Yonhap story on Newsway (syndicated member of the Yonhap cluster).
    dict(YNA, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.newsway.example.co.kr/news/view?ud=2024031911055512345",
         source_domain="www.newsway.example.co.kr",
         np_authors=["김민준"], np_publish="2024-03-19 11:05:00", np_download="2024-03-19 13:40:51",
         head_lines=["뉴스웨이", "입력 2024.03.19 11:05", "연합뉴스"],
         tail_lines=["mjkim@yna.example.co.kr", "<저작권자 \u00a9 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>", "공유하기",
                     "페이스북", "카카오톡", "관련기사", "많이 본 기사", "최신 기사", "뉴스웨이 구독하기", "\u00a9 뉴스웨이 All rights reserved.", "기사제보", "청소년보호정책"]),
    # newsbeam html shape: The Taos News: staff, 'By X' + role, late-night music permits on the Plaza.
    rec(cluster="taosnews-plaza-late-music", role="single", file=JSONL_A, render="newsbeam", nb_html=True,
        site=SITE_TN, title="Town council extends late-night music hours for Taos Plaza venues",
        date="2024-05-30", country="US", region="americas", lang="en", authors=["Isabel Archuleta"],
        section="News", meta_section="News",
        url="https://www.taosnews.example.com/news/town-council-extends-late-night-music-hours-for-taos-plaza-venues/article_5e2c8a14.html",
        description="Venues may host live music until 11:30 p.m. on Fridays and Saturdays.",
        published="2024-05-30T16:00:00-06:00",
        byline_lines=["By Isabel Archuleta", "iarchuleta@example.com"], date_lines=["May 30, 2024"],
        caption="Musicians play on the Taos Plaza bandstand on a summer evening.", credit="Isabel Archuleta/Taos News",
        credit_shown="Isabel Archuleta/Taos News",
        inserts={2: [("ad", "Advertisement")], 5: [("link", "Related:", "Night sky ordinance limits outdoor lighting")]},
        end_lines=["Support local journalism: subscribe to The Taos News."],
        lists=[("Most Popular", ["Ski valley shuttle to run evening trips", "Farmers market moves to Thursday nights"])],
        nb_published="2024-05-30T22:00:00Z", outlet="The Taos News", nb_authors=["Isabel Archuleta"],
        paras=P("""
Bars and restaurants around Taos Plaza will be allowed to host live music until 11:30 p.m. on Fridays and Saturdays under an ordinance passed by the town council this week.

Until now, amplified music on the Plaza had to stop at 10 p.m. every night of the week.

Venue owners said the earlier cutoff sent visitors and young locals driving to parties outside town, often on dark rural roads.

Musician Ray Montoya said many local bands had lost weekend gigs because they could only play one short set.

Neighbors who live just off the Plaza told councilors they were worried about noise and crowds leaving at midnight.

The ordinance limits sound levels at the edge of each property and allows police to issue fines after one warning.

The town will also keep public restrooms on the Plaza open until midnight during the summer season.

Council members agreed to review complaints in October before deciding whether to keep the later hours.
"""),
        must_have=[
            "The ordinance limits sound levels at the edge of each property and allows police to issue fines after one warning.",
            "The town will also keep public restrooms on the Plaza open until midnight during the summer season.",
        ]),
    # trafilatura shape: the KNA story on Mwakilishi (syndicated member of the KNA cluster).
    dict(KNA, role="syndicated", file=JSONL_B, render="trafilatura", section="Kenya News",
         url="https://www.mwakilishi.example.com/articles/kenya-news/eldoret-traders-welcome-county-plan-to-extend-business-hours",
         hostname="mwakilishi.example.com", source_hostname="Mwakilishi",
         tf_author="Winnie Jepkosgei", tf_date="2024-03-06", tf_language="en", categories="Kenya News;Business",
         head_lines=["Mwakilishi", "Wed, 03/06/2024 - 17:48", "Source: KNA"],
         tail_lines=["Share on Facebook", "Share on X", "Share on WhatsApp", "Related Stories", "Popular Stories",
                     "Mwakilishi.com - The Voice of Kenyans in the Diaspora", "Subscribe to our newsletter", "Submit a story", "Advertise in the Diaspora", "\u00a9 2024 Mwakilishi.com. All Rights Reserved.",
                     "Advertise", "Contact Us"]),
    # news-please shape: Swaziland News (eSwatini): staff, Manzini bus rank commuters at night.
    rec(cluster="swazilandnews-manzini-night-commuters", role="single", file=JSONL_B, render="newsplease",
        title="Manzini bus rank commuters fear robbers after dark",
        date="2024-12-10", country="SZ", region="africa", lang="en", authors=["Sibusiso Mavuso"],
        url="https://www.swazilandnews.example.co.za/fullstory.php?id=48121",
        source_domain="www.swazilandnews.example.co.za",
        description="Commuters say the bus rank has no working lights after 7pm.",
        np_authors=["Sibusiso Mavuso"], np_publish="2024-12-10 20:15:00", np_download="2024-12-11 06:33:27",
        head_lines=["Swaziland News", "By Sibusiso Mavuso on Tuesday, December 10, 2024"],
        inserts={3: ["Advertise with Swaziland News"]},
        tail_lines=["Sibusiso Mavuso can be contacted on WhatsApp for tips.", "Share", "Facebook", "X", "WhatsApp",
                    "Support independent journalism in Eswatini", "Donate to Swaziland News", "Other News", "Most Read", "Follow us on Facebook", "Subscribe to our WhatsApp channel",
                    "\u00a9 2024 Swaziland News. All Rights Reserved."],
        paras=P("""
Commuters who use the Manzini bus rank after dark say they are being robbed of phones and money because most of the lights at the rank no longer work.

Factory workers who finish their shifts at Matsapha said they arrive at the rank after 7pm and wait in darkness for kombis to Mbabane and rural areas.

A textile worker said two men grabbed her bag last week as she queued for a kombi to Bhunya.

She said many women now wait in groups and walk together to the taxis.

Kombi drivers said some operators had stopped loading passengers at night because of the robberies.

The Manzini Municipal Council said it had ordered new floodlights for the rank and that contractors would install them before Christmas.

Police said they would deploy officers at the rank in the evenings and urged commuters to report every robbery.

Commuters also asked the council to reopen public toilets at the rank at night.
"""),
        must_have=[
            "She said many women now wait in groups and walk together to the taxis.",
            "The Manzini Municipal Council said it had ordered new floodlights for the rank and that contractors would install them before Christmas.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "eighty-third held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Nowości '12.10.2024, 18:40' (day first) and the wPolityce copy "
    "'opublikowano: 12 października 2024 19:05' (crawler stamp 17:05Z = 19:05 CEST); Sisa Journal '승인 2024.03.19 10:42' and the "
    "Newsway copy '입력 2024.03.19 11:05'; Nairobi News 'March 6th, 2024' and the Mwakilishi copy 'Wed, 03/06/2024' (month first: 6 March, "
    "as the KNA dateline 'Mar 6' confirms); The Moyne Gazette 'March 4 2025 - 5:30am' (both copies); Parlamentskaya Gazeta "
    "'14 июня 2024'; Navodaya Times prints only 'अपडेटेड: 08 मार्च, 2024' and the IANS dateline '8 मार्च' gives the same day (8 March "
    "2024); Sierra Maestra '20 julio, 2024'; Monitorul de Cluj '13 septembrie 2024'; MinnPost 'April 22, 2024'; NCN Guyana 'May 3, "
    "2024' (not the 'Last updated' line); The Patriot on Sunday 'June 9, 2024'; Wantok 'Fonde, Epril 4, 2024' (Tok Pisin: Thursday, "
    "April 4); Westmorland Gazette 'Published: 15th November 2023'; Oman Daily 'الأربعاء 12 مارس 2025'; Ses Kocaeli '21.08.2024' (day "
    "first); Thüringer Allgemeine '03.02.2024, 06:00 Uhr' (not 'Aktualisiert'); PadovaOggi '16 luglio 2024'; Yass Tribune 'September 25 "
    "2024'; Politiko 'November 19, 2024'; The Sudbury Star 'Published Oct 08, 2024'; York Press: no date line on the page, the "
    "news-please date_publish 2024-01-26; Tribuna do Paraná '12/03/2025 15:40' (day first: 12 March; not 'Atualizado'); The Maravi "
    "Post 'August 27, 2024'; Ouest Tribune 'Publié le 20 juillet 2024'; Quadratín 'Sáb 05 Oct 2024' and dateline '5 de octubre "
    "de 2024'; NRT '2 Aug 2024 - 10:45 PM'; The Taos News 'May 30, 2024' (the newsbeam stamp 22:00Z is 16:00 MDT the same day); "
    "Swaziland News 'Tuesday, December 10, 2024'",
    "dateline_city": "'(순천=연합뉴스) 김민준 기자 = ' -> 'Suncheon' (South Korea; both Yonhap copies); 'ELDORET, Kenya, Mar 6 (KNA) – ' -> "
    "'Eldoret' (both KNA copies); 'ЕКАТЕРИНБУРГ, 14 июня. /ТАСС/. ' -> 'Yekaterinburg'; 'नोएडा, 8 मार्च (आईएएनएस)। ' -> 'Noida'; "
    "'Santiago de Cuba, 20 jul (Prensa Latina) ' -> 'Santiago de Cuba'; 'نزوى في 12 مارس /العُمانية/ ' -> 'Nizwá' (the GeoNames main "
    "name, with the accent); 'Tlemcen - ' -> 'Tlemcen'; 'Morelia, Mich., 5 de octubre de 2024.- ' -> 'Morelia'. The PAP story (both "
    "copies), the AAP story and all staff stories have no dateline and take the country of the story's location",
    "country": "Toruń PL (both PAP copies); Suncheon KR; Eldoret KE; Warrnambool, Victoria AU (oceania; both copies); Yekaterinburg RU "
    "(europe); Noida IN; Santiago de Cuba CU; Cluj-Napoca RO; Minneapolis US; Georgetown GY (americas); Gaborone BW; Lae PG (oceania); "
    "Kendal GB; Nizwá OM (asia); İzmit TR (asia); Erfurt DE; Padua IT; New South Wales AU (the XPT line through Yass); Quezon City PH; "
    "Greater Sudbury CA; York GB; Curitiba BR; Lilongwe MW; Tlemcen DZ; Morelia MX; Sulaymaniyah IQ (Kurdistan Region; asia); Taos, "
    "New Mexico US; Manzini SZ (eSwatini, ISO code still SZ)",
    "agency": "Nowości and wPolityce carry PAP ('PAP' byline, 'Autorka: Marta Zielińska (PAP)', 'Źródło: PAP'); Sisa Journal and Newsway "
    "carry Yonhap ('연합뉴스' in the dateline and byline, Yonhap copyright line); Nairobi News and Mwakilishi carry KNA (Kenya News "
    "Agency: '(KNA)' dateline, 'By X, KNA', 'Source: KNA'); Parlamentskaya Gazeta carries TASS; Navodaya Times carries IANS ('आईएएनएस'); "
    "Sierra Maestra carries Prensa Latina; Oman Daily carries ONA (Oman News Agency, '/العُمانية/'); Ouest Tribune carries APS (Algérie "
    "Presse Service: 'APS' sign-off); Yass Tribune carries AAP ('Australian Associated Press', 'AAP' sign-off). Quadratín's 'Morelia, "
    "Mich., ...- ' dateline is the publisher's own (Agencia Quadratín writes and publishes the story itself), so it is staff copy "
    "(agency null), as are all other records. Photo credits ('PHOTO | KNA', '(العُمانية)') do not by themselves make a story agency copy",
    "authors": "PAP 'Autorka: Marta Zielińska (PAP)' -> 'Marta Zielińska' (both copies; 'mzi/ mhr/' are desk initials, not names); "
    "Yonhap '김민준 기자' in the dateline -> '김민준' (both copies; news-please carries it too); KNA 'By Winnie Jepkosgei, KNA' -> 'Winnie "
    "Jepkosgei' (both copies; the trafilatura author field carries it in the Mwakilishi copy); The Moyne Gazette 'By Bridget Coyle' (both "
    "copies; bio line is chrome); Monitorul de Cluj 'Andrei Pop' (name line under the date); MinnPost 'By Dana Kvale and Marcus Oyelaran | "
    "Staff Writers' -> two authors in order; The Patriot on Sunday 'BY KAGISO MOTHIBI' -> 'Kagiso Mothibi' (natural case); Wantok "
    "'Stori: Maria Kila'; Westmorland Gazette 'By Harriet Dunmore' with role line 'Reporter'; Thüringer Allgemeine 'Von Katrin "
    "Weißbach'; Yass Tribune 'Tara Whitfield' with 'Australian Associated Press' under it; Politiko 'By Rowena Dizon'; Sudbury Star "
    "'Author of the article: Colleen Arseneau'; York Press 'By Lydia Ashworth' with role 'Chief Reporter'; The Maravi Post 'By "
    "Kondwani Mtambo'; Quadratín 'Lucía Ortega Paz'; Taos News 'By Isabel Archuleta'; Swaziland News 'By Sibusiso Mavuso on Tuesday, "
    "...'. Desk and agency names are not authors: 'PAP', '연합뉴스', 'ТАСС', 'आईएएनएस', 'Prensa Latina', 'By NCN Reporter', "
    "'العُمانية', 'Haber Merkezi', 'Redazione', 'Redação Tribuna', 'NRT English'; the TASS, IANS, Prensa Latina, ONA and APS stories, "
    "NCN Guyana, Ses Kocaeli, PadovaOggi, Tribuna do Paraná and NRT name no writer. Photographers ('Anthony Brady', 'Jens "
    "Kalbitz') are not authors",
    "editors": "no record names an editor ('Editing by', 'Editor:'); PAP desk initials 'mzi/ mhr/' are not names",
    "caption_credit": "credits without their wrapper: The Moyne Gazette 'Picture by Anthony Brady' -> 'Anthony Brady' (both copies); Sisa "
    "Journal 'ⓒ순천시 제공' -> '순천시' (the copyright sign and '제공' 'provided by' are wrappers); Nairobi News 'PHOTO | KNA' -> 'KNA'; "
    "Oman Daily '(العُمانية)' -> 'العُمانية' (brackets dropped); Ses Kocaeli 'Fotoğraf: Ses Kocaeli' -> 'Ses Kocaeli'; Thüringer "
    "Allgemeine 'Foto: Jens Kalbitz' -> 'Jens Kalbitz' (the gallery counter '1 / 3' is chrome); Politiko '(Politiko file photo)' -> "
    "'Politiko' (the archive mark dropped, as dev_set18 and dev_set28 label 'NSTP file pic' and 'Saipan Tribune File Photo'); Sudbury Star 'Photo by Colleen Arseneau /The Sudbury Star' -> 'Colleen Arseneau/The Sudbury Star'; Taos "
    "News 'Isabel Archuleta/Taos News' as printed. Records without a photo caption have caption and credit null",
    "section": "HTML pages (and the newsbeam html record) take article:section: Sisa Journal '사회', Nairobi News 'News', Oman Daily "
    "'محليات', Ses Kocaeli 'Kocaeli', Thüringer Allgemeine 'Erfurt', PadovaOggi 'Cronaca', Yass Tribune 'National', Politiko 'Metro "
    "Manila', Sudbury Star 'Local News', Taos News 'News'; trafilatura records take their first category (Ouest Tribune 'Régions', "
    "Quadratín 'Morelia', NRT 'Kurdistan Region', Mwakilishi 'Kenya News'); news-please, plain text and newsbeam text records have "
    "none (wPolityce's 'Społeczeństwo' head line is chrome, not a section)",
    "language": "'pl' Polish (two PAP copies); 'ko' Korean (two Yonhap copies); 'ru' Russian; 'hi' Hindi; 'es' Cuban and Mexican "
    "Spanish; 'ro' Romanian; 'tpi' Tok Pisin (Wantok Niuspepa is written in Tok Pisin, ISO 639-3 code, no two-letter code exists); "
    "'ar' Omani Arabic press; 'tr' Turkish; 'de' German; 'it' Italian; 'pt' Brazilian Portuguese; 'fr' Algerian French press; all "
    "others English",
    "chrome": "includes consent banners and their buttons, login and subscription strings, share bars, comment gates and rules, IPSO "
    "and Postmedia notices, advertisement labels, related-story lines and boxes, most-read rails, WhatsApp, Google News, Dzen, "
    "Telegram and app promos, donation appeals, reporter bio, role and e-mail lines, wire source and sign-off lines ('Źródło: PAP', "
    "'Source: KNA', 'APS', 'AAP', 'mzi/ mhr/', the Yonhap copyright line), masthead and ownership lines ('Word Publishing Company "
    "Limited', 'Órgano oficial del Comité Provincial...'), copyright lines, a gallery counter, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (PAP and Yonhap in the plain batch, KNA in the gzipped "
    "batch) and one staff page with a noisy gzipped re-scrape (The Moyne Gazette: curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"pap", "źródło: pap", "nowości", "wpolityce", "polska press", "fratria", "yonhap", "연합뉴스", "시사저널", "뉴스웨이",
                "kna", "kenya news agency", "nairobi news", "nation media group", "mwakilishi", "the moyne gazette", "australian community media",
                "tass", "тасс", "парламентская газета", "ians", "आईएएनएस", "नवोदय टाइम्स", "prensa latina", "sierra maestra",
                "monitorul de cluj", "minnpost", "ncn reporter", "ncn guyana", "the patriot on sunday", "wantok niuspepa",
                "westmorland gazette", "newsquest", "ona", "العُمانية", "جريدة عمان", "haber merkezi", "ses kocaeli",
                "thüringer allgemeine", "redazione", "padovaoggi", "aap", "yass tribune", "politiko", "politiko file photo",
                "the sudbury star", "postmedia", "york press", "redação tribuna", "tribuna do paraná", "the maravi post", "maravi post", "the times",
                "aps", "ouest tribune", "quadratín", "quadratín michoacán", "nrt english", "nrt", "the taos news", "swaziland news", "순천시"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
