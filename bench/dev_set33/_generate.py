#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's thirty-third development set (bench/dev_set33/, first written as the thirtieth held-out set).

    .venv/bin/python bench/dev_set33/_generate.py

Writes ``bench/dev_set33/articles/*`` and ``bench/dev_set33/labels.json`` (next to this
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
bench/dev_set32/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout30_2025-a.jsonl"
JSONL_B = "crawl_holdout30_2025-b.jsonl.gz"


# ---- cluster: Reuters, Karaganda (Times of Central Asia page + copy on Fox Business in the plain batch) ----

KARAGANDA = dict(
    cluster="reuters-karaganda-coal-heating",
    title="Kazakh coal city Karaganda raises heating tariffs after plant overhaul",
    date="2025-06-05",
    dateline="KARAGANDA, Kazakhstan, June 5 (Reuters) - ",
    city="Karaganda",
    country="KZ",
    region="asia",
    agency="Reuters",
    authors=["Aigerim Sadykova"],
    editors=["Mark Heinrich"],
    lang="en",
    description="Households will pay about 18% more for heat from October, the city administration said.",
    paras=P("""
Households in the Kazakh industrial city of Karaganda will pay about 18% more for central heating from October,
the city administration said on Thursday, after a state-funded overhaul of its main combined heat and power plant.

The plant, built in the 1960s, suffered a boiler failure in the winter of 2023 that left thousands of flats
without heating for several days in temperatures below minus 25 degrees Celsius.

The administration said the new tariff was needed to repay part of a 42 billion tenge loan used to replace two
boilers and several kilometres of pipes.

"We understand that this is painful for families, but the alternative is another winter of breakdowns," deputy
mayor Yerlan Tulegenov told reporters.

Low-income households will receive compensation through a targeted subsidy, the city said.

Kazakhstan has been raising regulated utility prices in stages since 2023 to attract investment into ageing
Soviet-era infrastructure.

Consumer groups have asked the antimonopoly agency to review the increase.
"""),
    must_have=[
        "Low-income households will receive compensation through a targeted subsidy, the city said.",
        "Consumer groups have asked the antimonopoly agency to review the increase.",
    ],
)
KARAGANDA_CREDITS = "(Reporting by Aigerim Sadykova; Editing by Mark Heinrich)"

# ---- cluster: AP, Hartford (Boston Herald scrape + copy on WRAL in the plain batch) ----

HARTFORD = dict(
    cluster="ap-hartford-court-interpreters",
    title="Connecticut courts hire more interpreters as caseloads in Spanish, Portuguese climb",
    date="2025-03-19",
    dateline="HARTFORD, Conn. (AP) \u2014 ",
    city="Hartford",
    country="US",
    region="americas",
    agency="AP",
    authors=["Dana Whitcombe"],
    editors=[],
    lang="en",
    description="The Judicial Branch says demand for interpreters has risen by a third in three years.",
    paras=P("""
Connecticut's court system will hire 14 more full-time interpreters this year after demand for language help in
criminal and family cases rose by about a third since 2022, officials said Wednesday.

Spanish remains the most requested language, but requests for Portuguese, Haitian Creole and Dari have grown the
fastest, according to figures released by the Judicial Branch.

Judges have postponed dozens of hearings in recent months because no qualified interpreter was available, court
administrators said.

"A defendant who cannot follow what is being said in the courtroom is not getting a fair hearing," said chief
court administrator Renata Okafor.

The new positions will be based in Hartford, Bridgeport and Waterbury, with video links to smaller courthouses.

Interpreters must pass a written exam and an oral test before they can work in court.

The state also plans to raise the hourly rate for freelance interpreters for the first time since 2019.

Advocates for immigrants welcomed the plan but said the state needed interpreters for more Indigenous languages
from Central America.
"""),
    must_have=[
        "Judges have postponed dozens of hearings in recent months because no qualified interpreter was available, court "
        "administrators said.",
        "Interpreters must pass a written exam and an oral test before they can work in court.",
    ],
)

# ---- cluster: AFP, Aqaba (Le Dauphiné page + copy on Le Progrès in the gzipped batch) ----

AQABA = dict(
    cluster="afp-aqaba-recif-corallien",
    title="Jordanie : à Aqaba, les plongeurs au chevet d'un récif menacé par la chaleur",
    date="2025-08-21",
    dateline="Aqaba (Jordanie) (AFP) - ",
    city="Aqaba",
    country="JO",
    region="asia",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Des bénévoles surveillent le blanchissement des coraux dans le golfe d'Aqaba.",
    paras=P("""
Masque sur le visage, une dizaine de plongeurs bénévoles descendent chaque matin le long du récif de la côte sud
d'Aqaba, seul débouché de la Jordanie sur la mer Rouge, pour compter les coraux blanchis.

La température de l'eau a dépassé 29 degrés pendant plusieurs jours en août, un niveau rarement atteint dans le
golfe, selon les relevés d'une station de recherche locale.

Les coraux du golfe d'Aqaba sont réputés parmi les plus résistants au réchauffement de la planète.

"Cette année, nous voyons pour la première fois des taches blanches sur des colonies entières", raconte Lina
Haddadin, biologiste marine qui coordonne les plongées.

Les autorités de la zone économique spéciale ont limité le nombre de bateaux autorisés à jeter l'ancre près des
sites les plus fragiles.

Le tourisme de plongée fait vivre plusieurs centaines de familles dans la ville portuaire.

Les scientifiques espèrent que les coraux se rétabliront si l'eau se refroidit rapidement à l'automne.
"""),
    must_have=[
        "Les coraux du golfe d'Aqaba sont réputés parmi les plus résistants au réchauffement de la planète.",
        "Le tourisme de plongée fait vivre plusieurs centaines de familles dans la ville portuaire.",
    ],
)

# ---- cluster: Samoa Global News, Salelologa, page + noisy re-scrape ----

SALELOLOGA = dict(
    cluster="samoaglobalnews-salelologa-market-roof",
    title="Salelologa market vendors wait for new roof after cyclone season",
    date="2025-05-13",
    country="WS",
    region="oceania",
    agency=None,
    city=None,
    dateline="",
    editors=[],
    authors=["Faleolo Tuimavave"],
    lang="en",
    paras=P("""
Vendors at the Salelologa market on Savai'i say they are still selling under tarpaulins two months after strong
winds tore part of the roof off the main hall.

About 60 stalls selling taro, bananas, fish and handicrafts were affected when the storm hit in March.

The Ministry of Works said a contractor had been chosen and materials were expected to arrive from Auckland by
the end of the month.

Vendor Sina Leaupepe said customers had stayed away on rainy days because the floor of the hall turned to mud.

"We pay our stall fees every week, so we ask the government to hurry up," she said.

The market is the first stop for many travellers arriving on the ferry from Upolu.

Officials estimate the repairs will cost about 380,000 tala, paid from the disaster relief budget.

Work is expected to take six weeks, during which vendors will move to a temporary site near the wharf.
"""),
    must_have=[
        "About 60 stalls selling taro, bananas, fish and handicrafts were affected when the storm hit in March.",
        "The market is the first stop for many travellers arriving on the ferry from Upolu.",
    ],
)
SAL_PRE = ["Samoa Global News", "Home", "Local", "Pacific", "Sports", "Business", "Contact"]
SAL_HEAD = ["Posted by Faleolo Tuimavave | May 13, 2025 | Local"]
SAL_COPY = "Samoa Global News \u00a9 2025. Powered by WordPress."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Samoa Global News (original of the re-scrape cluster): WordPress "Posted by NAME | date | category" line, share line, "Previous/Next" post links.
    dict(SALELOLOGA, role="original", file="samoaglobalnews_salelologa_market_roof.txt", render="text",
         pre=[SAL_PRE], head=[SAL_HEAD],
         inserts={3: ["Share this:", "Facebook", "WhatsApp"]},
         tail=[["Previous post: Apia schools open new science labs", "Next post: Manu Samoa name squad for Pacific Nations Cup"],
               ["0 Comments"], [SAL_COPY]]),
    dict(SALELOLOGA, role="rescrape", file="samoaglobalnews_salelologa_market_roof_rescrape.txt.gz", render="text", noise=True,
         pre=[SAL_PRE], head=[SAL_HEAD], tail=[[SAL_COPY]]),
    # Boston Herald (original of the AP cluster): "By DANA WHITCOMBE | The Associated Press" byline, "PUBLISHED: ... | UPDATED: ..." stamp.
    dict(HARTFORD, role="original", file="bostonherald_ap_hartford_court_interpreters.txt", render="text",
         pre=[["Boston Herald", "News", "Sports", "Opinion", "Things to Do", "Business", "Obituaries", "e-Edition"]],
         head=[["By DANA WHITCOMBE | The Associated Press"],
               ["PUBLISHED: March 19, 2025 at 3:02 PM EDT | UPDATED: March 19, 2025 at 6:48 PM EDT"]],
         inserts={3: ["Advertisement"]},
         tail=[["Originally Published: March 19, 2025 at 3:02 PM EDT"],
               ["Related Articles", "Massachusetts trial courts add evening hours in Lowell"]]),
    # Ostsee-Zeitung: dpa copy, "Wismar (dpa/mv) - " dateline, "OZ+" paywall badge, "Lesezeit 2 Minuten".
    rec(cluster="ostseezeitung-dpa-wismar-hafen-holz", role="single",
        file="ostseezeitung_dpa_wismar_hafen_holz_de.txt", render="text",
        title="Wismarer Hafen schlägt mehr Holz um als je zuvor",
        date="2025-01-28", dateline="Wismar (dpa/mv) - ", city="Wismar", country="DE", region="europe",
        lang="de", agency="dpa",
        pre=[["Ostsee-Zeitung", "Mecklenburg-Vorpommern", "Wismar", "Rostock", "Stralsund", "Sport", "Abo"]],
        head=[["28.01.2025, 12:05 Uhr"], ["Lesezeit 2 Minuten"]],
        inserts={3: ["Anzeige"]},
        tail=[["\u00a9 dpa-infocom, dpa:250128-930-421876/1"],
              ["Zur Startseite"]],
        paras=P("""
Der Hafen Wismar hat im vergangenen Jahr so viel Holz umgeschlagen wie noch nie in seiner Geschichte.

Insgesamt wurden rund 1,9 Millionen Tonnen Rundholz, Schnittholz und Holzpellets verladen, wie die
Hafengesellschaft am Dienstag mitteilte.

Das entspricht einem Plus von elf Prozent gegenüber dem Vorjahr.

Grund sei vor allem die hohe Nachfrage der Sägewerke und Pelletproduzenten im direkten Umfeld des Hafens, sagte
Geschäftsführer Torsten Wendland.

Ein großer Teil des Holzes kommt per Schiff aus Schweden, Finnland und den baltischen Staaten.

Insgesamt lag der Umschlag des Hafens bei etwa 3,6 Millionen Tonnen und damit leicht über dem Niveau von 2023.

Rückläufig war dagegen der Umschlag von Düngemitteln und Getreide.

Für dieses Jahr plant die Hafengesellschaft den Bau einer weiteren Lagerhalle am Westhafen, um Engpässe bei der
Zwischenlagerung zu verringern.

Das Land Mecklenburg-Vorpommern beteiligt sich mit Fördermitteln an dem Projekt.

Die Hafengesellschaft beschäftigt derzeit rund 160 Mitarbeiter.

Der Hafen gehört zu den wichtigsten Arbeitgebern in der Hansestadt und ist auch für die Holzindustrie im Umland von
großer Bedeutung.
"""),
        must_have=[
            "Ein großer Teil des Holzes kommt per Schiff aus Schweden, Finnland und den baltischen Staaten.",
            "Rückläufig war dagegen der Umschlag von Düngemitteln und Getreide.",
        ]),
    # Il Piccolo: ANSA copy, "(ANSA) - MONFALCONE (GORIZIA), 14 OTT - " dateline with province, "© Riproduzione riservata" line.
    rec(cluster="ilpiccolo-ansa-monfalcone-cantiere-assunzioni", role="single",
        file="ilpiccolo_ansa_monfalcone_cantiere_assunzioni_it.txt", render="text",
        title="Monfalcone, il cantiere navale cerca 400 saldatori e carpentieri",
        date="2025-10-14", dateline="(ANSA) - MONFALCONE (GORIZIA), 14 OTT - ", city="Monfalcone", country="IT",
        region="europe", lang="it", agency="ANSA",
        pre=[["Il Piccolo", "Trieste", "Gorizia", "Monfalcone", "Friuli Venezia Giulia", "Sport", "Abbonati"]],
        head=[["14 ottobre 2025"], ["Ascolta l'articolo"]],
        tail=[["\u00a9 Riproduzione riservata"],
              ["Potrebbe interessarti anche", "Trieste, nuovi orari per il tram di Opicina"]],
        paras=P("""
Il cantiere navale di Monfalcone cerca 400 tra saldatori, carpentieri e tubisti per far fronte al carico di lavoro
dei prossimi tre anni.

Lo ha annunciato oggi la direzione dello stabilimento durante un incontro con i sindacati e la Regione.

Le nuove commesse riguardano quattro navi da crociera destinate a compagnie europee e americane.

Secondo i sindacati, buona parte delle assunzioni dovrebbe avvenire attraverso le ditte dell'indotto, che in
città impiegano già diverse migliaia di lavoratori.

La Regione Friuli Venezia Giulia ha proposto corsi di formazione gratuiti per i giovani disoccupati del territorio.

Il sindaco ha chiesto alla direzione di contribuire alla costruzione di nuovi alloggi per i lavoratori.

In città la carenza di case in affitto è da anni uno dei temi più discussi.

I primi corsi di formazione partiranno a gennaio negli istituti tecnici di Gorizia e Monfalcone.

I sindacati chiedono che i nuovi contratti garantiscano le stesse tutele previste per i dipendenti diretti.
"""),
        must_have=[
            "Le nuove commesse riguardano quattro navi da crociera destinate a compagnie europee e americane.",
            "In città la carenza di case in affitto è da anni uno dei temi più discussi.",
        ]),
    # 24.kg: staff, Russian, "Автор: NAME" line, "Читайте также" links, view counter.
    rec(cluster="24kg-karakol-lyzhnaya-baza", role="single",
        file="24kg_karakol_lyzhnaya_baza_ru.txt", render="text",
        title="В Караколе до конца года модернизируют горнолыжную базу",
        date="2025-09-17", country="KG", region="asia", lang="ru", authors=["Айгуль Токтосунова"],
        pre=[["24.kg", "Новости", "Экономика", "Общество", "Регионы", "Спорт", "Мнения"]],
        head=[["Автор: Айгуль Токтосунова", "17 сентября 2025, 10:42", "Просмотров: 1 284"]],
        inserts={3: ["Подписывайтесь на наш Telegram-канал"]},
        tail=[["Ссылка на 24.kg обязательна!"],
              ["Читайте также", "В Бишкеке открыли новый ледовый дворец"]],
        paras=P("""
Горнолыжную базу «Каракол» в Иссык-Кульской области модернизируют до начала зимнего сезона, сообщили в
министерстве экономики Кыргызстана.

На базе установят новый кресельный подъемник и две системы искусственного оснежения.

Стоимость работ оценивается в 650 миллионов сомов, средства выделены из республиканского бюджета и привлечены у
частного инвестора.

По словам директора базы Нурлана Абдыкадырова, новый подъемник позволит увеличить пропускную способность трасс
почти вдвое.

Прошлой зимой базу посетили около 70 тысяч туристов, в основном из Казахстана, России и Китая.

Местные жители жалуются на плохое состояние дороги от города до базы.

Мэрия Каракола обещает отремонтировать дорогу к концу ноября.

Власти рассчитывают, что после модернизации база сможет принимать международные соревнования.

Сезон на базе обычно открывается в середине декабря и длится до конца марта.

В министерстве добавили, что рядом с базой планируется построить гостиницу на 120 мест и кафе для туристов.

Часть работ уже начата: строители залили фундамент для опор нового подъемника и проложили кабель к станции
оснежения.

Туроператоры Бишкека и Алматы уже начали принимать заявки на новогодние туры в Каракол.
"""),
        must_have=[
            "На базе установят новый кресельный подъемник и две системы искусственного оснежения.",
            "Местные жители жалуются на плохое состояние дороги от города до базы.",
        ]),
    # Searchlight (St Vincent): staff, "By NAME" line, "Searchlight reporter" role line, ePaper promo.
    rec(cluster="searchlight-georgetown-svg-water-project", role="single",
        file="searchlight_georgetown_water_project.txt", render="text",
        title="Georgetown residents to get steady water supply by Christmas, CWSA says",
        date="2025-10-03", country="VC", region="americas", lang="en", authors=["Kimron Ballantyne"],
        pre=[["Searchlight", "News", "Sports", "Business", "Columnists", "Editorial", "ePaper"]],
        head=[["By Kimron Ballantyne", "Searchlight Reporter"], ["October 3, 2025"]],
        inserts={4: ["Subscribe to the Searchlight ePaper for the full print edition every Friday."]},
        tail=[["Share this:", "Click to share on Facebook (Opens in new window)", "Click to share on WhatsApp (Opens in new window)"],
              ["Like this:", "Loading..."]],
        paras=P("""
Residents of Georgetown on St Vincent's north-eastern coast should have a steady water supply before Christmas,
the Central Water and Sewerage Authority (CWSA) said this week.

For more than a year, homes in the town and nearby villages have received water only every other day because of
damaged intake pipes.

The CWSA said new pipes had been laid from the Perseverance intake and a storage tank was being built above the
town.

Engineer Marlon Quashie said the tank would hold about 250,000 gallons and allow the authority to supply the area
even during dry spells.

Shopkeepers said they had spent thousands of dollars buying water from trucks.

"You cannot run a business when you never know if the tap will work," said bakery owner Yvette Cottle.

The project is financed by a loan from the Caribbean Development Bank.

The authority asked residents to report leaks and to avoid washing vehicles with hoses until the work is finished.
"""),
        must_have=[
            "Shopkeepers said they had spent thousands of dollars buying water from trucks.",
            "The project is financed by a loan from the Caribbean Development Bank.",
        ]),
    # Zee News (English): PTI copy, "Hubballi: " dateline, "(With PTI inputs)" credit line, "Edited By: NAME" desk line.
    rec(cluster="zeenews-pti-hubballi-mango-prices", role="single",
        file="zeenews_pti_hubballi_mango_prices.txt", render="text",
        title="Unseasonal rain hits mango growers in Karnataka's Dharwad belt, prices fall",
        date="2025-04-22", dateline="Hubballi: ", city="Hubballi", country="IN", region="asia", lang="en",
        agency="PTI",
        pre=[["Zee News", "India", "States", "World", "Business", "Sports", "Lifestyle"]],
        head=[["Edited By: Ritu Sharma", "Source: PTI", "Last Updated: Apr 22, 2025, 06:15 PM IST"]],
        inserts={2: ["Trending Photos"]},
        tail=[["(With PTI inputs)"], ["Tags:", "Karnataka", "mango", "rain"]],
        paras=P("""
Mango growers in the Dharwad region of north Karnataka have suffered heavy losses after unseasonal rain and
hailstorms damaged fruit ready for harvest, farmers' groups said on Tuesday.

Prices of the Alphonso variety at the Hubballi wholesale market fell to around Rs 60 per kg this week, from Rs 95
a week earlier, traders said.

Growers said hail had scarred the skin of the fruit, making it unfit for export.

"Half of my crop has fallen to the ground in one night," said farmer Basavaraj Hiremath from Kalghatgi taluk.

District officials have begun surveying the damage and said compensation would be paid under the state's crop
relief scheme.

The Dharwad belt is one of Karnataka's main mango-growing areas, with orchards spread over about 11,000 hectares.

Traders said buyers from Mumbai and Pune had reduced their orders this week.

The India Meteorological Department has forecast more thunderstorms over north interior Karnataka over the next
three days.
"""),
        must_have=[
            "Growers said hail had scarred the skin of the fruit, making it unfit for export.",
            "Traders said buyers from Mumbai and Pune had reduced their orders this week.",
        ]),
    # Los Tiempos (Bolivia): EFE copy, "Tarija (Bolivia), 12 mar (EFE).- " dateline, "Fuente: EFE" line.
    rec(cluster="lostiempos-efe-tarija-vendimia", role="single",
        file="lostiempos_efe_tarija_vendimia_es.txt", render="text",
        title="Tarija espera una vendimia récord pese a la falta de lluvias",
        date="2025-03-12", dateline="Tarija (Bolivia), 12 mar (EFE).- ", city="Tarija", country="BO",
        region="americas", lang="es", agency="EFE",
        pre=[["Los Tiempos", "Local", "País", "Economía", "Mundo", "Deportes", "Cultura"]],
        head=[["Fuente: EFE", "12 de marzo de 2025"]],
        inserts={3: ["Publicidad"]},
        tail=[["Noticias relacionadas", "Cochabamba: productores de durazno reportan pérdidas por granizo"]],
        paras=P("""
Los productores de uva del valle central de Tarija, en el sur de Bolivia, esperan este año una cosecha récord pese
a la escasez de lluvias de los últimos meses, informaron este miércoles fuentes del sector.

La Asociación de Viticultores de Tarija calcula que la producción superará los 40 millones de kilos de uva, un 8 %
más que el año pasado.

El riego por goteo instalado en los últimos años permitió compensar la falta de agua, según los productores.

"Las plantas han sufrido menos de lo que temíamos y la uva tiene buena concentración de azúcar", dijo el enólogo
Rodrigo Aparicio.

Tarija concentra la mayor parte de la producción de vino y singani de Bolivia.

Las bodegas prevén aumentar sus exportaciones a Perú, Paraguay y Estados Unidos.

El Gobierno departamental organiza durante marzo la tradicional Fiesta de la Vendimia en el municipio de
Uriondo.

La fiesta atrae cada año a miles de turistas del país.
"""),
        must_have=[
            "El riego por goteo instalado en los últimos años permitió compensar la falta de agua, según los productores.",
            "Tarija concentra la mayor parte de la producción de vino y singani de Bolivia.",
        ]),
    # Novinite (Bulgaria): staff, English, "Novinite.com (Sofia News Agency)" source line, reading counter.
    rec(cluster="novinite-ruse-danube-bridge-repairs", role="single",
        file="novinite_ruse_danube_bridge_repairs.txt", render="text",
        title="Ruse prepares for months of traffic jams as Danube Bridge repairs resume",
        date="2025-02-10", country="BG", region="europe", lang="en", authors=["Petar Kolev"],
        pre=[["Novinite.com", "Bulgaria", "Politics", "Business", "Society", "World", "Sports"]],
        head=[["Society | February 10, 2025, Monday // 14:20", "Views: 2 140"]],
        tail=[["Novinite.com (Sofia News Agency - www.novinite.com)"],
              ["Petar Kolev", "Novinite.com reporter covering northern Bulgaria."],
              ["Follow Novinite.com on Google News"]],
        paras=P("""
Repairs on the Danube Bridge between Ruse and the Romanian city of Giurgiu will resume on March 1 and continue
until the end of the summer, Bulgaria's road infrastructure agency announced.

Traffic on the bridge will run in one lane, with vehicles from each direction allowed to pass in turns.

Trucks will be allowed to cross only at night, the agency said.

Local hauliers warned that waiting times at the crossing could reach several hours during the day.

The bridge, opened in 1954, is the busiest road link between Bulgaria and Romania.

The first stage of the repairs, completed last year, replaced the expansion joints and part of the road surface.

The second stage will focus on the steel structure and the pedestrian walkways.

Ruse mayor Stanislav Dimitrov urged the agency to publish a clear schedule so businesses could plan deliveries.

Romania and Bulgaria are also preparing plans for a second bridge between the two cities.
"""),
        must_have=[
            "Trucks will be allowed to cross only at night, the agency said.",
            "The bridge, opened in 1954, is the busiest road link between Bulgaria and Romania.",
        ]),
    # The Point (Gambia): staff, "By NAME" line, "Read Other Articles In Headlines" line.
    rec(cluster="thepointgm-farafenni-hospital-maternity", role="single",
        file="thepointgm_farafenni_hospital_maternity.txt", render="text",
        title="Farafenni hospital opens new maternity wing",
        date="2025-07-08", country="GM", region="africa", lang="en", authors=["Lamin Ceesay"],
        pre=[["The Point", "Headlines", "National News", "Business", "Sports", "Editorial", "Health"]],
        head=[["By Lamin Ceesay", "Tuesday, July 08, 2025"]],
        tail=[["Read Other Articles In Headlines"],
              ["Previous Article: NAWEC promises fewer outages in Brikama", "Next Article: Scorpions begin camp ahead of qualifiers"]],
        paras=P("""
The AFPRC General Hospital in Farafenni on Monday opened a new maternity wing which officials say will ease
overcrowding in the labour ward.

The wing has 40 beds, two delivery theatres and a neonatal care unit with six incubators.

Health officials said the hospital delivers more than 4,000 babies a year, many of them referred from health
centres in the North Bank and Central River regions.

The project was funded by the government with support from development partners.

Chief medical director Dr. Awa Jallow said the old ward was so crowded that mothers sometimes shared beds.

She said the hospital still needed more midwives and would request additional staff from the Ministry of Health.

Community leaders thanked the government and urged residents to use the facility rather than deliver at home.

The minister's representative said similar wings were planned for Basse and Soma.

Construction of the wing took two years.
"""),
        must_have=[
            "The wing has 40 beds, two delivery theatres and a neonatal care unit with six incubators.",
            "The project was funded by the government with support from development partners.",
        ]),
    # Dagblad van het Noorden: staff, Dutch, "Door NAME" line, "Vandaag, 07:00" stamp, "Leestijd" line, reacties counter.
    rec(cluster="dvhn-hoogeveen-ijsbaan-sluiting", role="single",
        file="dvhn_hoogeveen_ijsbaan_sluiting_nl.txt", render="text",
        title="Ijsbaan Hoogeveen dreigt dicht te gaan door hoge energierekening",
        date="2025-11-06", country="NL", region="europe", lang="nl", authors=["Jeroen Bakker"],
        pre=[["DvhN", "Nieuws", "Groningen", "Drenthe", "Sport", "Cultuur", "Abonneren"]],
        head=[["Door Jeroen Bakker", "6 november 2025, 07:00", "Leestijd 2 minuten"]],
        inserts={2: ["Lees ook"]},
        tail=[["Reacties (14)"], ["Meer over Hoogeveen"]],
        paras=P("""
De overdekte ijsbaan in Hoogeveen dreigt volgend seizoen dicht te gaan omdat de stichting die de baan beheert de
energierekening niet meer kan betalen.

Dat schrijft het bestuur van de stichting in een brief aan de gemeenteraad.

De kosten voor stroom en gas zijn in drie jaar tijd bijna verdubbeld, terwijl de inkomsten uit entreegeld gelijk
zijn gebleven.

Voorzitter Henk Lubbers zegt dat er dit seizoen nog geschaatst kan worden, maar dat daarna het geld op is.

De ijsbaan wordt elk jaar door ruim 60.000 schaatsers bezocht, onder wie veel schoolkinderen uit de regio.

Ook twee ijshockeyclubs en een schaatsvereniging trainen er.

De stichting vraagt de gemeente om een extra bijdrage van 300.000 euro per jaar.

Wethouder Marleen Kuipers laat weten dat de gemeente naar de mogelijkheden kijkt, maar dat ook andere
voorzieningen om geld vragen.

De gemeenteraad neemt volgende maand een besluit over de begroting voor volgend jaar.

De ijsbaan bestaat sinds 1998.
"""),
        must_have=[
            "Dat schrijft het bestuur van de stichting in een brief aan de gemeenteraad.",
            "Ook twee ijshockeyclubs en een schaatsvereniging trainen er.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_TCA = site("The Times Of Central Asia", "https://timesca.example.com", " - The Times Of Central Asia", "en_US", "@TimesCA",
                ["Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan", "Analysis", "Opinion"],
                ["\u00a9 2025 The Times Of Central Asia", "About Us", "Privacy Policy"],
                share=["Facebook", "X", "LinkedIn", "Telegram"])
SITE_DL = site("Le Dauphiné Libéré", "https://www.ledauphine.example.com", " | Le Dauphiné Libéré", "fr_FR", "@ledauphine",
               ["Actualité", "Isère", "Savoie", "Haute-Savoie", "Drôme", "Sports", "Monde"],
               ["\u00a9 Le Dauphiné Libéré - 2025", "Mentions légales", "Contact"],
               share=["Partager", "Facebook", "X", "Copier le lien"], top=["Je m'abonne", "Se connecter"],
               cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires.",
               cookie_title="Vos choix concernant l'utilisation de cookies", buttons=["Accepter et fermer", "Continuer sans accepter"])
SITE_DP = site("Diario de Pernambuco", "https://www.diariodepernambuco.example.com.br", " | Diario de Pernambuco", "pt_BR", "@DiarioPE",
               ["Últimas", "Local", "Política", "Economia", "Esportes", "Viver", "Opinião"],
               ["\u00a9 2025 Diario de Pernambuco. Todos os direitos reservados.", "Expediente", "Fale conosco"],
               share=["Compartilhe", "Facebook", "X", "WhatsApp"], graph=True)
SITE_HST = site("Heilbronner Stimme", "https://www.stimme.example.de", " | Heilbronner Stimme", "de_DE", "@stimmeonline",
                ["Heilbronn", "Region", "Sport", "Wirtschaft", "Kultur", "Baden-Württemberg", "Stimme+"],
                ["\u00a9 Heilbronner Stimme GmbH & Co. KG", "Impressum", "Datenschutz"],
                share=["Artikel teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Stimme+ testen", "Anmelden"])
SITE_RDP = site("Rotorua Daily Post", "https://www.rotoruadailypost.example.co.nz", " - Rotorua Daily Post", "en_NZ", "@rotoruadp",
                ["Latest", "Local news", "Sport", "Business", "Opinion", "Weather", "Puzzles"],
                ["\u00a9 Copyright 2025 Rotorua Daily Post", "Contact us", "Terms of use"],
                share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Sign in"])
SITE_SHAFAQ = site("Shafaq News", "https://shafaq.example.com", " - Shafaq News", "en_US", "@ShafaqNewsEng",
                   ["Iraq News", "Kurdistan", "Middle East", "Economy", "Security", "Reports"],
                   ["All rights reserved \u00a9 Shafaq News 2025", "About", "Contact"],
                   share=["Facebook", "X", "Telegram"])
SITE_KUN = site("Kun.uz", "https://kun.example.uz", " | Kun.uz", "en_US", "@kunuzofficial",
                ["News", "Uzbekistan", "World", "Economy", "Society", "Sport", "Videos"],
                ["\u00a9 2025 Kun.uz. When using materials, a hyperlink to Kun.uz is required.", "Advertising", "Contacts"],
                share=["Telegram", "Facebook", "X"])
SITE_AMA = site("Amandala", "https://amandala.example.com.bz", " - Amandala Newspaper", "en_US", "@amandalabz",
                ["Home", "News", "Sports", "Editorial", "Features", "Letters", "Archive"],
                ["\u00a9 2025 Amandala Newspaper, Belize City", "Advertise", "Contact"],
                share=["Share", "Facebook", "WhatsApp"])
SITE_ISUN = site("Island Sun", "https://theislandsun.example.com.sb", " - Island Sun", "en_US", "@islandsunsb",
                 ["Home", "National", "Provincial", "Business", "Pacific", "Sports", "Letters"],
                 ["Copyright \u00a9 2025 Island Sun. All rights reserved.", "About Us", "Advertise"],
                 share=["Facebook", "X", "WhatsApp"])

HTML_STORIES = [
    # The Times Of Central Asia (original of the Reuters cluster): "Reuters" byline, "June 5, 2025" stamp, credits line, "Photo: Wikimedia Commons" credit.
    dict(KARAGANDA, role="original", file="timesca_reuters_karaganda_heating_tariffs.html", render="html", site=SITE_TCA,
         section="Kazakhstan", meta_section="Kazakhstan",
         url="https://timesca.example.com/kazakh-coal-city-karaganda-raises-heating-tariffs-after-plant-overhaul/",
         published="2025-06-05T14:10:00+05:00", modified="2025-06-05T14:10:00+05:00",
         ld_author=[{"@type": "Organization", "name": "Reuters"}],
         byline_lines=["Reuters"], date_lines=["June 5, 2025"],
         caption="A combined heat and power plant in Karaganda.", credit="Wikimedia Commons",
         credit_shown="Photo: Wikimedia Commons",
         inserts={2: [("ad", "Advertisement")]},
         end_lines=[KARAGANDA_CREDITS],
         tags=("Tags:", ["Kazakhstan", "Karaganda", "utilities"]),
         lists=[("Related", ["Uzbekistan extends gas export halt", "Kyrgyzstan's Kambarata dam draws new investors"])]),
    # Le Dauphiné Libéré (original of the AFP cluster): "Le DL avec AFP" byline, "Le 21/08/2025 à 10:12" stamp, "Photo AFP/..." credit.
    dict(AQABA, role="original", file="ledauphine_afp_aqaba_recif_corallien_fr.html", render="html", site=SITE_DL,
         section="Monde", meta_section="Monde",
         url="https://www.ledauphine.example.com/environnement/2025/08/21/jordanie-a-aqaba-les-plongeurs-au-chevet-d-un-recif",
         published="2025-08-21T10:12:00+02:00", modified="2025-08-21T11:30:00+02:00",
         ld_author=[{"@type": "Organization", "name": "Le DL avec AFP"}],
         byline_lines=["Le DL avec AFP"], date_lines=["Le 21/08/2025 à 10:12", "Mis à jour le 21/08/2025 à 11:30"],
         caption="Un plongeur inspecte des coraux au large d'Aqaba.", credit="AFP/Khalil Mazraawi",
         credit_shown="Photo AFP/Khalil Mazraawi",
         inserts={3: [("promo", ["Newsletter Monde", "Recevez chaque soir l'essentiel de l'actualité internationale.", "Je m'inscris"])]},
         lists=[("Les plus lus", ["Grenoble : la piscine Jean-Bron rouvre", "Tour de l'Ain : le parcours dévoilé"])]),
    # Diario de Pernambuco: staff, pt, JSON-LD @graph, "Por NAME" byline, "Publicado em" stamp, "Foto: NAME/DP" credit.
    rec(cluster="diariodepernambuco-caruaru-feira-sulanca", role="single",
        file="diariodepernambuco_caruaru_feira_sulanca_pt.html", render="html", site=SITE_DP,
        title="Feira da Sulanca de Caruaru ganha novo pavilhão e amplia horário", date="2025-09-26",
        country="BR", region="americas", lang="pt", authors=["Mariana Cavalcanti"], section="Local", meta_section="Local",
        url="https://www.diariodepernambuco.example.com.br/noticia/local/2025/09/feira-da-sulanca-de-caruaru-ganha-novo-pavilhao.html",
        description="O novo pavilhão abriga 600 bancos de confecções.",
        published="2025-09-26T22:40:00-03:00", modified="2025-09-26T22:40:00-03:00",
        breadcrumbs=["Início", "Local"],
        byline_lines=["Por Mariana Cavalcanti"], date_lines=["Publicado em 26/09/2025 às 22:40"],
        caption="Movimento de compradores na Feira da Sulanca.", credit="Ricardo Lins/DP",
        credit_shown="Foto: Ricardo Lins/DP",
        inserts={2: [("link", "Leia também:", "Recife terá nova ciclofaixa na Avenida Boa Viagem")]},
        tags=("Tags", ["Caruaru", "Agreste", "comércio"]),
        paras=P("""
A Feira da Sulanca de Caruaru, no Agreste pernambucano, ganhou um novo pavilhão coberto com 600 bancos destinados à
venda de roupas e confecções.

A prefeitura informou que o espaço foi construído no Parque 18 de Maio e custou cerca de R$ 14 milhões.

Com a inauguração, a feira passa a funcionar também nas noites de terça-feira, para atender compradores que chegam
de outros estados.

Segundo a associação dos feirantes, a feira reúne mais de 10 mil comerciantes e movimenta milhões de reais por
semana.

A costureira Josefa Bezerra disse que o novo pavilhão protege as mercadorias da chuva e do sol.

Os feirantes que ocuparão os novos bancos foram escolhidos por sorteio entre os cadastrados na prefeitura.

A gestão municipal também prometeu melhorar a iluminação e a segurança no entorno do parque.

O polo de confecções do Agreste reúne cidades como Caruaru, Santa Cruz do Capibaribe e Toritama.

A feira acontece há mais de 50 anos na cidade.
"""),
        must_have=[
            "A prefeitura informou que o espaço foi construído no Parque 18 de Maio e custou cerca de R$ 14 milhões.",
            "Os feirantes que ocuparão os novos bancos foram escolhidos por sorteio entre os cadastrados na prefeitura.",
        ]),
    # Heilbronner Stimme (gzipped): staff, "Stimme+" paywall badge, "Von NAME" line, "Foto: NAME" credit, author bio.
    rec(cluster="stimme-heilbronn-freibad-sanierung", role="single",
        file="stimme_heilbronn_freibad_sanierung_de.html.gz", render="html", site=SITE_HST,
        title="Heilbronner Freibad Gesundbrunnen bleibt wegen Sanierung ein Jahr zu", date="2025-03-04",
        country="DE", region="europe", lang="de", authors=["Katrin Weißenborn"], section="Heilbronn", meta_section="Heilbronn",
        url="https://www.stimme.example.de/heilbronn/nachrichten/freibad-gesundbrunnen-bleibt-ein-jahr-zu-art-4912345",
        description="Die Stadt investiert 9,5 Millionen Euro in Becken und Technik.",
        published="2025-03-04T05:30:00+01:00", modified="2025-03-04T05:30:00+01:00",
        kicker="Stimme+",
        byline_lines=["Von Katrin Weißenborn"], date_lines=["04.03.2025, 05:30 Uhr"],
        caption="Das Sportbecken im Freibad Gesundbrunnen ist in die Jahre gekommen.", credit="Mario Berger",
        credit_shown="Foto: Mario Berger",
        inserts={2: [("ad", "Anzeige")]},
        author_box=["Katrin Weißenborn ist Redakteurin im Ressort Heilbronn und schreibt über Stadtpolitik und Freizeit."],
        paras=P("""
Das Freibad Gesundbrunnen in Heilbronn wird in diesem Jahr nicht öffnen.

Die Stadt will das Bad von Grund auf sanieren und investiert dafür rund 9,5 Millionen Euro, wie die Stadtwerke am
Montag im Gemeinderat mitteilten.

Das Sportbecken verliert nach Angaben der Stadtwerke jeden Tag mehrere Kubikmeter Wasser, die Filtertechnik stammt
noch aus den 1980er-Jahren.

Künftig soll das Becken aus Edelstahl bestehen, außerdem sind eine neue Rutsche und ein größerer Spielbereich für
Kinder geplant.

Die Wiedereröffnung ist für Mai 2026 vorgesehen.

Stammgäste müssen in diesem Sommer auf das Freibad im Stadtteil Neckargartach ausweichen.

Dort sollen die Öffnungszeiten verlängert werden, kündigte die Stadt an.

Im vergangenen Jahr zählte der Gesundbrunnen rund 140.000 Badegäste und war damit das meistbesuchte Freibad der
Stadt.

Die Stadtwerke wollen die Arbeiten im Herbst ausschreiben.

Auch die Umkleiden und der Kiosk sollen erneuert werden.

Der Förderverein des Bades kündigte an, während der Bauzeit Führungen über die Baustelle anzubieten.
"""),
        must_have=[
            "Die Wiedereröffnung ist für Mai 2026 vorgesehen.",
            "Dort sollen die Öffnungszeiten verlängert werden, kündigte die Stadt an.",
        ]),
    # Rotorua Daily Post: staff, "By NAME" + "Local Democracy Reporter" lines, "Premium" kicker, "Photo / NAME" credit.
    rec(cluster="rotoruadailypost-lake-rotoiti-sewerage", role="single",
        file="rotoruadailypost_lake_rotoiti_sewerage.html", render="html", site=SITE_RDP,
        title="Lake Rotoiti homeowners face $18,000 bill for sewerage scheme", date="2025-07-16",
        country="NZ", region="oceania", lang="en", authors=["Aroha Ngata"], section="Local news", meta_section="Local news",
        url="https://www.rotoruadailypost.example.co.nz/news/lake-rotoiti-homeowners-face-18000-bill-for-sewerage-scheme/ABCD1234/",
        description="Rotorua Lakes Council says the scheme will protect water quality in the lake.",
        published="2025-07-16T06:00:00+12:00", modified="2025-07-16T06:00:00+12:00",
        kicker="Premium",
        byline_lines=["By Aroha Ngata", "Local Democracy Reporter"], date_lines=["16 Jul, 2025 06:00 AM", "3 mins to read"],
        caption="Lake Rotoiti, where septic tanks will be replaced by a reticulated scheme.", credit="Andrew Warner",
        credit_shown="Photo / Andrew Warner",
        end_lines=["LDR is local body journalism co-funded by RNZ and NZ On Air."],
        newsletter_end=["Sign up to The Daily Bay newsletter", "Get the top stories from the Bay of Plenty in your inbox."],
        paras=P("""
Homeowners around Lake Rotoiti face bills of about $18,000 each to connect to a new sewerage scheme that Rotorua
Lakes Council says is needed to protect the lake.

More than 700 properties on the lake's northern and eastern shores still rely on septic tanks.

Council infrastructure manager Grant Kereama told a community meeting that nutrients leaking from the tanks were
feeding algal blooms in summer.

Some residents said they supported the scheme but could not afford the cost.

Retired teacher Moana Te Kani said many families had owned their baches for generations and lived on fixed incomes.

The council said homeowners would be able to pay the charge over 25 years through their rates.

Construction of the pipeline and a pump station is due to start next year.

The scheme is partly funded by the Government's lakes restoration programme.

A public submission period on the charges opens next month.

The council will hold two more meetings at the lake.
"""),
        must_have=[
            "More than 700 properties on the lake's northern and eastern shores still rely on septic tanks.",
            "The council said homeowners would be able to pay the charge over 25 years through their rates.",
        ]),
    # Shafaq News: staff, English, "Shafaq News/ " lead-in (publisher's own wire tag, no city), no byline.
    rec(cluster="shafaq-sulaymaniyah-wheat-harvest", role="single",
        file="shafaq_sulaymaniyah_wheat_harvest.html", render="html", site=SITE_SHAFAQ,
        title="Sulaymaniyah farmers expect bumper wheat harvest after wet winter", date="2025-05-28",
        country="IQ", region="asia", lang="en", section="Kurdistan", meta_section="Kurdistan",
        url="https://shafaq.example.com/en/Kurdistan/Sulaymaniyah-farmers-expect-bumper-wheat-harvest",
        description="Officials forecast more than 600,000 tonnes of wheat in the province.",
        published="2025-05-28T23:15:00+03:00", modified="2025-05-28T23:15:00+03:00",
        ld_author=[{"@type": "Organization", "name": "Shafaq News"}],
        date_lines=["2025-05-28T20:15:00.000Z"],
        tags=("Tags", ["Sulaymaniyah", "wheat", "agriculture"]),
        lists=[("Related News", ["Basra port handles record container volume", "Erbil bans trucks from city centre at rush hour"])],
        paras=P("""
Shafaq News/ Farmers in Iraq's Kurdistan Region province of Sulaymaniyah expect one of the largest wheat harvests
in a decade after heavy rain over the winter, local agriculture officials said on Wednesday.

The provincial agriculture directorate forecast a harvest of more than 600,000 tonnes, compared with about 420,000
tonnes last year.

Harvesting began this week in the Sharazur plain, the province's main grain-growing area.

Director Hemin Rashid told Shafaq News that silos in the province could not store the whole crop.

He urged the federal Ministry of Trade to pay farmers on time for the wheat delivered to state silos.

Farmers have complained in previous seasons of waiting months for payment.

Officials said some of the harvest would be moved to silos in Kirkuk and Diyala.

Iraq aims to be self-sufficient in wheat this year for the second season in a row.

The state silos began receiving wheat on Sunday.
"""),
        must_have=[
            "Harvesting began this week in the Sharazur plain, the province's main grain-growing area.",
            "Farmers have complained in previous seasons of waiting months for payment.",
        ]),
    # Kun.uz (English edition): staff, no personal byline, "Samarkand, Uzbekistan" kicker-like location line, Telegram promo.
    rec(cluster="kunuz-samarkand-registan-lighting", role="single",
        file="kunuz_samarkand_registan_lighting.html", render="html", site=SITE_KUN,
        title="Samarkand to replace Registan lighting before autumn tourist season", date="2025-08-02",
        country="UZ", region="asia", lang="en", section="Society", meta_section="Society",
        url="https://kun.example.uz/en/news/2025/08/02/samarkand-to-replace-registan-lighting",
        description="The new system will use less power and protect the tilework, officials say.",
        published="2025-08-02T17:45:00+05:00", modified="2025-08-02T17:45:00+05:00",
        ld_author=[{"@type": "Organization", "name": "Kun.uz"}],
        date_lines=["17:45 / 02.08.2025"],
        above_body=[("views", "3 412")],
        below_body=[("tg-promo", "Follow Kun.uz on Telegram")],
        lists=[("Latest news", ["Tashkent metro extends evening service", "Bukhara hosts silk and spices festival"])],
        paras=P("""
The lighting of Samarkand's Registan square will be replaced before the autumn tourist season, the regional
administration said on Saturday.

The new system uses LED fittings that consume about 60% less electricity than the existing floodlights.

Specialists said the old lamps heated the glazed tiles of the three madrasas and could damage them over time.

The work will be carried out at night so that the square stays open to visitors during the day.

Regional tourism official Dilnoza Karimova said the light show on the square would be redesigned as well.

Samarkand received more than three million foreign and domestic tourists last year, according to official figures.

The Registan is part of the UNESCO-listed historic centre of Samarkand.

The administration did not say how much the project would cost, but said it was financed from the regional budget
and by a private sponsor.

Tour guides welcomed the plan, saying the evening shows were among the most popular attractions for foreign
groups.
"""),
        must_have=[
            "Specialists said the old lamps heated the glazed tiles of the three madrasas and could damage them over time.",
            "The work will be carried out at night so that the square stays open to visitors during the day.",
        ]),
    # Amandala (Belize): staff, "DANGRIGA, Tues. Oct. 21, 2025" dateline on a line of its own, "By NAME" line.
    rec(cluster="amandala-dangriga-settlement-day", role="single",
        file="amandala_dangriga_settlement_day.html", render="html", site=SITE_AMA,
        title="Dangriga prepares for biggest Settlement Day in years", date="2025-10-21",
        dateline="DANGRIGA, Tues. Oct. 21, 2025\n", city="Dangriga", country="BZ", region="americas", lang="en",
        authors=["Jerome Palacio"], section="News", meta_section="News",
        url="https://amandala.example.com.bz/news/dangriga-prepares-for-biggest-settlement-day-in-years/",
        description="Hotels are fully booked for the Garifuna celebration on November 19.",
        published="2025-10-21T18:00:00-06:00", modified="2025-10-21T18:00:00-06:00",
        byline_lines=["By Jerome Palacio"], date_lines=["October 21, 2025"],
        comments=["Leave a Reply", "Your email address will not be published."],
        paras=P("""
Hotels and guest houses in Dangriga are fully booked for Garifuna Settlement Day on November 19, organisers of the
celebration said this week.

The National Garifuna Council expects more than 15,000 visitors, many of them from the Garifuna diaspora in the
United States and Honduras.

The re-enactment of the arrival of the Garifuna by dory will take place at dawn at the mouth of the North Stann Creek.

Council president Felicia Nunez said drumming groups from Guatemala and Honduras had confirmed their
participation.

The town council is repairing streets around the market and installing extra lighting along the seafront.

Police said they would close several streets to traffic during the parade.

Vendors who want to sell food along the parade route must register with the town council by November 7.

Settlement Day has been a public holiday in Belize since 1977.

The celebrations will also include a Garifuna language spelling bee for primary school pupils.
"""),
        must_have=[
            "The town council is repairing streets around the market and installing extra lighting along the seafront.",
            "Settlement Day has been a public holiday in Belize since 1977.",
        ]),
    # Island Sun (Solomon Islands): Xinhua copy, "HONIARA, Aug. 12 (Xinhua) -- " dateline, "Source: Xinhua" line, "Editor: NAME".
    rec(cluster="islandsun-xinhua-honiara-fish-market", role="single",
        file="islandsun_xinhua_honiara_fish_market.html", render="html", site=SITE_ISUN,
        title="Solomon Islands opens new central fish market in Honiara", date="2025-08-12",
        dateline="HONIARA, Aug. 12 (Xinhua) -- ", city="Honiara", country="SB", region="oceania", lang="en",
        agency="Xinhua", editors=["Liu Jiaxin"], section="National", meta_section="National",
        url="https://theislandsun.example.com.sb/solomon-islands-opens-new-central-fish-market-in-honiara/",
        description="The market has cold storage for 40 tonnes of fish.",
        published="2025-08-12T20:05:00+11:00", modified="2025-08-12T20:05:00+11:00",
        ld_author=[{"@type": "Organization", "name": "Xinhua"}],
        byline_lines=["Source: Xinhua"], date_lines=["August 12, 2025"],
        end_lines=["Editor: Liu Jiaxin"],
        share_top=False,
        paras=P("""
Solomon Islands on Tuesday opened a new central fish market in the capital Honiara, aiming to improve hygiene and
cut losses for coastal fishers.

The market has 120 stalls, an ice plant and cold storage for about 40 tonnes of fish, according to the Ministry of
Fisheries and Marine Resources.

Fishers from Malaita and the Western Province have for years sold their catch from the roadside or from canoes
along the waterfront.

"Our fish used to spoil in a few hours under the sun," said fisherman Joseph Tova, who travels from Auki twice a
week.

Ministry officials said stall fees would be kept low for the first year to encourage vendors to move.

The project was funded by development partners and built over 18 months.

Fish is the main source of protein for most households in the Pacific island country.

The ministry said a similar market would be built in Auki, the provincial capital of Malaita, next year.
"""),
        must_have=[
            "Ministry officials said stall fees would be kept low for the first year to encourage vendors to move.",
            "Fish is the main source of protein for most households in the Pacific island country.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, The Business Standard (Bangladesh): staff, "TBS Report" placeholder author, "Rajshahi" location line.
    rec(cluster="tbsnews-rajshahi-mango-exports", role="single", file="newsplease_tbsnews_rajshahi_mango_exports.json",
        render="newsplease", title="Rajshahi mango exports to Europe double as new packhouse opens",
        date="2025-06-18", country="BD", region="asia", lang="en", authors=["Abdul Kader Sohel"],
        url="https://www.tbsnews.example.net/economy/rajshahi-mango-exports-europe-double-new-packhouse-opens-1098765",
        source_domain="www.tbsnews.example.net",
        description="Exporters have shipped 620 tonnes so far this season.",
        np_authors=["TBS Report"], np_publish="2025-06-18 21:30:00", np_download="2025-06-19 03:12:44",
        head_lines=["Abdul Kader Sohel", "Rajshahi", "18 June, 2025, 09:30 pm", "Last modified: 18 June, 2025, 09:35 pm"],
        tail_lines=["Follow The Business Standard on Google News", "Bangladesh / Top News / Economy"],
        paras=P("""
Mango exports from Rajshahi to Europe have doubled this season after a government packhouse with hot-water
treatment began operating near the city, exporters said.

Exporters have shipped about 620 tonnes of mangoes so far this season, compared with 310 tonnes in the whole of
last year.

The treatment kills fruit fly larvae, which had led European buyers to reject several consignments in the past.

Most of the fruit goes to the United Kingdom, Italy and Germany, where it is sold mainly in shops serving South Asian
communities.

Farmer Mosharraf Hossain from Bagha upazila said exporters paid him about a third more than local wholesalers.

The Department of Agricultural Extension said it had trained more than 1,200 growers in export-standard practices.

Exporters complained about the limited cargo space on flights from Dhaka during the peak weeks.

The season for the main varieties is expected to last until the end of July.
"""),
        must_have=[
            "The treatment kills fruit fly larvae, which had led European buyers to reject several consignments in the past.",
            "Exporters complained about the limited cargo space on flights from Dhaka during the peak weeks.",
        ]),
    # news-please, Gazeta Olsztyńska: staff, Polish, "oprac." initials line, "Autor: NAME" line.
    rec(cluster="gazetaolsztynska-elblag-kanal-sezon", role="single", file="newsplease_gazetaolsztynska_elblag_kanal_sezon_pl.json",
        render="newsplease", title="Kanał Elbląski przyciągnął rekordową liczbę turystów",
        date="2025-10-02", country="PL", region="europe", lang="pl", authors=["Marta Zielińska"],
        url="https://gazetaolsztynska.example.pl/elblag/2025/10/02/kanal-elblaski-rekordowa-liczba-turystow",
        source_domain="gazetaolsztynska.example.pl",
        description="Statkami po pochylniach popłynęło ponad 70 tysięcy osób.",
        np_authors=["Marta Zielińska"], np_publish="2025-10-02 12:05:00", np_download="2025-10-02 16:44:09",
        head_lines=["Autor: Marta Zielińska", "2025-10-02 12:05:00", "Komentarze (3)"],
        tail_lines=["Czytaj także: Olsztyn. Nowe linie tramwajowe od grudnia", "Zobacz więcej wiadomości z Elbląga"],
        paras=P("""
Sezon żeglugowy na Kanale Elbląskim zakończył się rekordem frekwencji.

Statkami białej floty po kanale i jego słynnych pochylniach popłynęło w tym roku ponad 70 tysięcy pasażerów.

To o kilkanaście procent więcej niż przed rokiem.

Najwięcej chętnych było na rejsy z Elbląga do Buczyńca, podczas których statki przeciągane są po trawie na
specjalnych wózkach.

Według armatora coraz więcej turystów przyjeżdża z zagranicy, głównie z Niemiec i Czech.

Kierownik żeglugi Tomasz Wiśniewski przyznaje, że w szczycie sezonu brakowało miejsc na statkach.

W przyszłym roku armator chce uruchomić dodatkowe rejsy wieczorne.

Wody Polskie zapowiadają natomiast remont pochylni Całuny, który ma się odbyć zimą, poza sezonem.

Kanał Elbląski jest uznawany za jeden z najciekawszych zabytków hydrotechniki w Europie.

Pochylnie zostały zbudowane w XIX wieku, aby pokonać różnicę poziomów wody sięgającą prawie stu metrów.

Samorząd województwa chce w przyszłym roku przeznaczyć dodatkowe pieniądze na promocję szlaku wśród turystów z
zagranicy.

Rejsy po kanale zostaną wznowione pod koniec kwietnia.
"""),
        must_have=[
            "To o kilkanaście procent więcej niż przed rokiem.",
            "W przyszłym roku armator chce uruchomić dodatkowe rejsy wieczorne.",
        ]),
    # news-please, Saudi Gazette: SPA copy, "ABHA — " dateline, "Saudi Gazette report" placeholder author field.
    rec(cluster="saudigazette-spa-abha-summer-festival", role="single", file="newsplease_saudigazette_spa_abha_summer_season.json",
        render="newsplease", title="Abha summer season draws over one million visitors",
        date="2025-08-30", dateline="ABHA \u2014 ", city="Abha", country="SA", region="asia", lang="en", agency="SPA",
        url="https://saudigazette.example.com.sa/article/651234/SAUDI-ARABIA/Abha-summer-season-draws-over-one-million-visitors",
        source_domain="saudigazette.example.com.sa",
        description="Hotel occupancy in Asir reached 92 percent in August.",
        np_authors=["Saudi Gazette report"], np_publish="2025-08-30 22:48:00", np_download="2025-08-31 05:20:13",
        head_lines=["Saudi Gazette report", "August 30, 2025"],
        tail_lines=["— SPA", "Read more: Taif rose harvest festival opens"],
        paras=P("""
More than one million people have visited the Abha summer season since it opened in June, the Asir Development
Authority said on Saturday.

Hotel occupancy in the Asir region reached 92 percent in August, the highest level recorded, according to the
authority.

The season includes concerts, a night market and hiking trails in the mountains around the city.

Visitors came mainly from Riyadh, the Eastern Province and other Gulf countries, officials said.

Temperatures in Abha, which lies more than 2,200 meters above sea level, rarely rise above 30 degrees Celsius in
summer.

The authority said new flights from Jeddah and Dammam had helped increase visitor numbers.

Local restaurant owner Fahad Al-Shehri said his business had doubled its sales compared with last summer.

The season runs until the end of September.

The authority said it was studying plans to extend some events into the winter months to attract visitors during
school holidays.
"""),
        must_have=[
            "The season includes concerts, a night market and hiking trails in the mountains around the city.",
            "The authority said new flights from Jeddah and Dammam had helped increase visitor numbers.",
        ]),
    # trafilatura, Granma: staff, Spanish, "Autor: NAME | internet@granma.cu" line, first category "Cuba".
    rec(cluster="granma-holguin-presa-agua", role="single", file="trafilatura_granma_holguin_abasto_agua_es.json",
        render="trafilatura", title="Holguín mejora el abasto de agua con nueva conductora desde la presa Mayabe",
        date="2025-04-09", country="CU", region="americas", lang="es", authors=["Yanelis Rodríguez Peña"], section="Cuba",
        url="https://www.granma.example.cu/cuba/2025-04-09/holguin-mejora-el-abasto-de-agua-09-04-2025-22-04-11",
        hostname="www.granma.example.cu", source_hostname="Granma",
        description="La nueva conductora beneficiará a unos 40 000 habitantes.",
        tf_author="Yanelis Rodríguez Peña", tf_date="2025-04-09", tf_language="es", categories="Cuba;Economía",
        tf_tags="Holguín;agua;acueducto",
        head_lines=["Autor: Yanelis Rodríguez Peña | internet@granma.cu", "9 de abril de 2025 22:04:11"],
        tail_lines=["Comentar", "Temas: Holguín, Acueducto"],
        paras=P("""
Unos 40 000 habitantes de la ciudad de Holguín recibirán agua con mayor frecuencia tras la puesta en marcha de una
nueva conductora desde la presa Mayabe.

La obra, de casi nueve kilómetros, sustituye una tubería de más de medio siglo que sufría constantes roturas.

Según la Empresa de Acueducto y Alcantarillado de la provincia, las pérdidas de agua en ese tramo superaban el 40 %.

Los barrios de Pedro Díaz Coello y Alex Urquiola recibirán el servicio cada dos días, en lugar de una vez por semana.

El director de la empresa, Orlando Ávila, explicó que los trabajos se realizaron con fuerzas locales y piezas
fabricadas en talleres del territorio.

La sequía de los últimos años redujo el nivel de varios embalses que abastecen a la ciudad.

Las autoridades pidieron a la población ahorrar agua y reportar los salideros.

La provincia prevé sustituir otros tramos de la red en los próximos meses.
"""),
        must_have=[
            "La obra, de casi nueve kilómetros, sustituye una tubería de más de medio siglo que sufría constantes roturas.",
            "La sequía de los últimos años redujo el nivel de varios embalses que abastecen a la ciudad.",
        ]),
    # trafilatura, Evrensel: Anadolu copy, Turkish, "KAHRAMANMARAŞ (AA) - " dateline, author field "Evrensel.net".
    rec(cluster="evrensel-aa-kahramanmaras-biber-hasat", role="single", file="trafilatura_evrensel_aa_kahramanmaras_biber_tr.json",
        render="trafilatura", title="Kahramanmaraş'ta kırmızı biber hasadı başladı",
        date="2025-08-19", dateline="KAHRAMANMARAŞ (AA) - ", city="Kahramanmaraş", country="TR", region="asia", lang="tr",
        agency="Anadolu", section="Ekonomi",
        url="https://www.evrensel.example.net/haber/561234/kahramanmarasta-kirmizi-biber-hasadi-basladi",
        hostname="www.evrensel.example.net", source_hostname="Evrensel",
        description="Üreticiler bu yıl dekar başına 3 ton verim bekliyor.",
        tf_author="Evrensel.net", tf_date="2025-08-19", tf_language="tr", categories="Ekonomi;Tarım",
        tf_tags="Kahramanmaraş;biber;hasat",
        head_lines=["Evrensel.net", "19 Ağustos 2025 14:20"],
        tail_lines=["Kaynak: AA", "Evrensel'i Google News'ten takip edin"],
        paras=P("""
Kahramanmaraş'ta tescilli kırmızı biberin hasadına başlandı.

Kentin Türkoğlu ve Pazarcık ilçelerindeki tarlalarda çalışan işçiler, sabahın erken saatlerinde biberleri
toplamaya başladı.

Üreticiler bu yıl dekar başına yaklaşık 3 ton verim beklediklerini söyledi.

Ziraat Odası Başkanı Mehmet Aksoy, sulama suyunda geçen yıla göre sorun yaşanmadığını belirtti.

Toplanan biberler güneşte kurutulduktan sonra pul biber ve isot olarak işleniyor.

Biberin kilogram fiyatının geçen yılın üzerinde olması üreticileri memnun ediyor.

Kahramanmaraş biberi yurt içinin yanı sıra Almanya ve Hollanda'ya da ihraç ediliyor.

Hasadın eylül ayının sonuna kadar sürmesi bekleniyor.

Bölgede yaklaşık 20 bin dekar alanda biber yetiştiriliyor.

Hasatta çoğunlukla çevre illerden gelen mevsimlik tarım işçileri çalışıyor.

Üreticiler, artan işçilik ve gübre maliyetlerinin kazançlarını azalttığını ifade etti.

Aksoy, üreticilerin biberi tüccara satmak yerine kooperatif aracılığıyla pazarlamasının daha kazançlı olacağını
söyledi.

Kentte her yıl ekim ayında biber festivali de düzenleniyor.

Festivalde yöresel yemekler tanıtılıyor ve en iyi biber üreticilerine ödül veriliyor.

Geçen yılki festivale binlerce kişi katılmıştı.
"""),
        must_have=[
            "Toplanan biberler güneşte kurutulduktan sonra pul biber ve isot olarak işleniyor.",
            "Kahramanmaraş biberi yurt içinin yanı sıra Almanya ve Hollanda'ya da ihraç ediliyor.",
        ]),
    # trafilatura, Daily Tribune (Philippines): Kyodo copy, "HAKODATE, Japan (Kyodo) — " dateline, category "World".
    rec(cluster="tribune-kyodo-hakodate-squid-catch", role="single", file="trafilatura_tribuneph_kyodo_hakodate_squid.json",
        render="trafilatura", title="Hakodate squid catch falls to record low as sea warms",
        date="2025-09-24", dateline="HAKODATE, Japan (Kyodo) \u2014 ", city="Hakodate", country="JP", region="asia",
        lang="en", agency="Kyodo", section="World",
        url="https://tribune.example.net.ph/2025/09/24/hakodate-squid-catch-falls-to-record-low-as-sea-warms",
        hostname="tribune.example.net.ph", source_hostname="Daily Tribune",
        description="Landings at the port fell to about 500 tonnes.",
        tf_author="Kyodo News", tf_date="2025-09-24", tf_language="en", categories="World;Asia",
        tf_tags="Japan;fisheries",
        head_lines=["Kyodo News", "September 24, 2025"],
        tail_lines=["Follow us on Viber", "Related: Tokyo fish market prices climb ahead of year-end"],
        paras=P("""
The catch of Japanese flying squid landed at Hakodate, a port city in Hokkaido famous for the seafood, fell to a
record low this season, local authorities said Wednesday.

Landings at the port between June and August totaled about 500 tons, less than a tenth of the level two decades
ago, according to the city.

Researchers say rising sea temperatures have changed the routes the squid take as they migrate north.

Restaurants in the city have begun importing frozen squid to keep dishes on their menus.

"Visitors come to Hakodate to eat fresh squid, so this is a serious problem for tourism," said Kenji Takahashi, who
runs a seafood stall near the morning market.

The city plans to support fishers who switch to catching other species, such as yellowtail, which have become more
common in the area.

The national government has tightened catch limits for the squid to protect the remaining stock.
"""),
        must_have=[
            "Researchers say rising sea temperatures have changed the routes the squid take as they migrate north.",
            "Restaurants in the city have begun importing frozen squid to keep dishes on their menus.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_CE = site("Correio do Estado", "https://correiodoestado.example.com.br", " - Correio do Estado", "pt_BR", "@correiodoestado",
               ["Cidades", "Política", "Economia", "Esportes", "Correio B", "Opinião"],
               ["\u00a9 2025 Correio do Estado. Todos os direitos reservados.", "Anuncie", "Fale conosco"],
               share=["Compartilhar", "Facebook", "WhatsApp"])

JSONL_STORIES = [
    # news-please shape: the AP story on WRAL (syndicated member of the AP cluster), "The Associated Press" author field.
    dict(HARTFORD, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.wral.example.com/story/connecticut-courts-hire-more-interpreters/21876543/",
         source_domain="www.wral.example.com",
         np_authors=["The Associated Press"], np_publish="2025-03-19 16:20:00", np_download="2025-03-20 01:05:33",
         head_lines=["By Dana Whitcombe, Associated Press", "Posted March 19, 2025 4:20 p.m. EDT"],
         tail_lines=["Copyright 2025 by The Associated Press. All rights reserved."]),
    # trafilatura shape: the Reuters story on Fox Business (syndicated member of the Reuters cluster), "Reuters" author, first category "Markets".
    dict(KARAGANDA, role="syndicated", file=JSONL_A, render="trafilatura", section="Markets",
         url="https://www.foxbusiness.example.com/markets/kazakh-coal-city-karaganda-raises-heating-tariffs",
         hostname="www.foxbusiness.example.com", source_hostname="Fox Business",
         tf_author="Reuters", tf_date="2025-06-05", tf_language="en", categories="Markets;Energy",
         tf_tags="Kazakhstan;utilities",
         head_lines=["By Reuters", "Published June 5, 2025 5:31am EDT"],
         tail_lines=[KARAGANDA_CREDITS, "Quotes displayed in real-time or delayed by at least 15 minutes."]),
    # newsbeam text shape: Barbados Advocate, staff, "By NAME" line, Speightstown story.
    rec(cluster="barbadosadvocate-speightstown-fish-fry", role="single", file=JSONL_A, render="newsbeam",
        title="Speightstown fish fry returns with new vendor booths",
        date="2025-11-14", country="BB", region="americas", lang="en", authors=["Shanice Greaves"],
        url="https://www.barbadosadvocate.example.com/news/speightstown-fish-fry-returns-new-vendor-booths",
        nb_published="2025-11-14T09:00:00-04:00", outlet="Barbados Advocate", nb_authors=["Shanice Greaves"],
        head_lines=["By Shanice Greaves", "Fri, 11/14/2025 - 9:00am"],
        tail_lines=["Barbados Advocate - Local News"],
        paras=P("""
The Friday night fish fry in Speightstown returns this weekend with 24 new vendor booths along the Esplanade, the
town's business association said.

The event was suspended in July while the seafront was repaired after storm damage.

The new wooden booths have running water and electrical outlets, replacing the tents vendors used before.

Association chairman Desmond Alleyne said the fish fry drew hundreds of visitors to the north of the island every
week before it closed.

Vendors will sell flying fish, mahi-mahi, macaroni pie and local drinks, and a steel band will perform from 7 p.m.

Vendor Coreen Bynoe said she had lost most of her income while the event was closed.

The association asked visitors to use the car park near the bus terminal to avoid congestion in the narrow streets.

Organisers hope the fish fry will attract more cruise passengers who visit the west coast.

The fish fry will run every Friday from 5 p.m.
"""),
        must_have=[
            "The event was suspended in July while the seafront was repaired after storm damage.",
            "Vendor Coreen Bynoe said she had lost most of her income while the event was closed.",
        ]),
    # news-please shape: the AFP story on Le Progrès (syndicated member of the AFP cluster), "AFP" author field.
    dict(AQABA, role="syndicated", file=JSONL_B, render="newsplease",
         url="https://www.leprogres.example.fr/environnement/2025/08/21/jordanie-a-aqaba-les-plongeurs-au-chevet-d-un-recif",
         source_domain="www.leprogres.example.fr",
         np_authors=["AFP"], np_publish="2025-08-21 10:20:00", np_download="2025-08-21 18:40:02",
         head_lines=["Le Progrès avec AFP", "Le 21/08/2025 à 10:20"],
         tail_lines=["Cet article est réservé aux abonnés", "Partager"]),
    # newsbeam html shape: Correio do Estado, staff, Campo Grande (Mato Grosso do Sul, not the Rio district), "Foto: NAME" credit.
    rec(cluster="correiodoestado-campo-grande-feira-noturna", role="single", file=JSONL_B, render="newsbeam", nb_html=True,
        site=SITE_CE, title="Campo Grande tem nova feira noturna de produtores rurais na Orla Morena",
        date="2025-05-06", country="BR", region="americas", lang="pt", authors=["Rafael Benites"], section="Cidades",
        meta_section="Cidades",
        url="https://correiodoestado.example.com.br/cidades/campo-grande-tem-nova-feira-noturna-na-orla-morena/441234",
        description="A feira funcionará às quintas-feiras com 80 barracas.",
        published="2025-05-06T19:30:00-04:00", modified="2025-05-06T19:30:00-04:00",
        nb_published="2025-05-06T23:30:00Z", outlet="Correio do Estado", nb_authors=["Rafael Benites"],
        byline_lines=["Rafael Benites"], date_lines=["06/05/2025 - 19h30"],
        caption="Barracas de produtores na Orla Morena.", credit="Marcelo Victor", credit_shown="Foto: Marcelo Victor",
        inserts={3: [("ad", "Publicidade")]},
        paras=P("""
Campo Grande ganhou uma nova feira noturna de produtores rurais, que vai funcionar às quintas-feiras na Orla
Morena, a partir desta semana.

Serão 80 barracas com frutas, verduras, queijos, mel e comidas típicas de Mato Grosso do Sul.

Os produtores vêm principalmente de assentamentos da região, como os de Sidrolândia e Terenos.

Segundo a prefeitura, a feira funcionará das 17h às 22h e contará com apresentações de música regional.

A produtora Lucimara Arruda disse que a venda direta permite cobrar um preço justo sem depender de
atravessadores.

A Agência Municipal de Trânsito vai reforçar a sinalização e a fiscalização no entorno da orla.

A prefeitura não descarta abrir outras feiras noturnas em bairros da periferia, se a experiência der certo.

Para participar, os produtores precisaram se cadastrar na Secretaria Municipal de Desenvolvimento Econômico e
apresentar documentos da propriedade rural.

A secretaria informou que ainda há lista de espera para novas barracas.
"""),
        must_have=[
            "Os produtores vêm principalmente de assentamentos da região, como os de Sidrolândia e Terenos.",
            "A Agência Municipal de Trânsito vai reforçar a sinalização e a fiscalização no entorno da orla.",
        ]),
]


HOLDOUT_NOTES = {
    "purpose": "thirtieth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: Diario de Pernambuco's 2025-09-26T22:40-03:00 and "
    "Amandala's 2025-10-21T18:00-06:00 are the next day in UTC but stay on the local date; the Rotorua Daily Post's "
    "2025-07-16T06:00+12:00 is 15 July in UTC but 16 July in New Zealand; Island Sun's 20:05+11:00, the Times Of "
    "Central Asia's 14:10+05:00 and Heilbronner Stimme's 05:30+01:00 stay on the same day; the Boston Herald's "
    "'UPDATED', Le Dauphiné's 'Mis à jour' and TBS's 'Last modified' stamps are updates, not the publication; "
    "Shafaq News prints only an ISO UTC stamp (20:15Z, same day); Correio do Estado's crawler stamp 23:30Z is 19:30 in "
    "the page's -04:00",
    "dateline_city": "'KARAGANDA, Kazakhstan, June 5 (Reuters) - ' -> 'Karaganda' (GeoNames' English name; Kazakh "
    "'Qaraghandy'); 'HARTFORD, Conn. (AP) \u2014 ' -> 'Hartford'; 'Aqaba (Jordanie) (AFP) - ' -> 'Aqaba'; 'Wismar "
    "(dpa/mv) - ' -> 'Wismar' ('mv' is dpa's Mecklenburg-Vorpommern desk); '(ANSA) - MONFALCONE (GORIZIA), 14 OTT - ' "
    "-> 'Monfalcone' (the bracket is the province); 'Hubballi: ' -> 'Hubballi'; 'Tarija (Bolivia), 12 mar (EFE).- ' -> "
    "'Tarija'; 'DANGRIGA, Tues. Oct. 21, 2025' (a line of its own) -> 'Dangriga'; 'HONIARA, Aug. 12 (Xinhua) -- ' -> "
    "'Honiara'; 'ABHA \u2014 ' -> 'Abha'; 'KAHRAMANMARAŞ (AA) - ' -> 'Kahramanmaraş'; 'HAKODATE, Japan (Kyodo) \u2014 ' "
    "-> 'Hakodate'; Shafaq News' 'Shafaq News/ ' lead-in is the outlet's tag, not a dateline (city null, country from "
    "Sulaymaniyah); TBS's 'Rajshahi' line under the reporter's name is the reporter's base, not a dateline; the other "
    "records have no dateline and take the country of the story's location (Salelologa, Karakol, Georgetown in St "
    "Vincent, Ruse, Farafenni, Hoogeveen, Caruaru, Heilbronn, Lake Rotoiti, Samarkand, Rajshahi, Elbląg, Holguín, "
    "Speightstown, Campo Grande)",
    "country": "Samoa (WS), Kazakhstan (KZ), Jordan (JO), Kyrgyzstan (KG), St Vincent and the Grenadines (VC), Bolivia "
    "(BO), Bulgaria (BG), the Gambia (GM), Brazil (BR), New Zealand (NZ), Iraq (IQ), Uzbekistan (UZ), Belize (BZ), the "
    "Solomon Islands (SB), Bangladesh (BD), Poland (PL), Saudi Arabia (SA), Cuba (CU), Turkey (TR), Japan (JP) and "
    "Barbados (BB) are labelled with their own codes; Georgetown is the town on St Vincent (VC), not the capital of "
    "Guyana or the Malaysian city; Campo Grande is the capital of Mato Grosso do Sul, not the Rio de Janeiro district "
    "(both BR); Sulaymaniyah is in Iraq's Kurdistan Region (IQ)",
    "agency_names": "short names as earlier sets label them: 'Reuters', 'AP', 'AFP' ('Le DL avec AFP', 'Le Progrès "
    "avec AFP'), 'dpa' ('dpa/mv'), 'ANSA', 'PTI' ('Source: PTI', '(With PTI inputs)'), 'EFE', 'Xinhua', 'Anadolu' "
    "('KAHRAMANMARAŞ (AA) - ', 'Kaynak: AA'), 'Kyodo' and 'SPA' (the Saudi Press Agency, '\u2014 SPA' sign-off)",
    "agency_null": "Samoa Global News, 24.kg, Searchlight, Novinite, The Point, Dagblad van het Noorden, Diario de "
    "Pernambuco, Heilbronner Stimme, the Rotorua Daily Post (a Local Democracy Reporting story, which is the paper's own "
    "copy), Shafaq News, Kun.uz, Amandala, The Business Standard, Gazeta Olsztyńska, Granma, the Barbados Advocate and "
    "Correio do Estado write their own copy",
    "authors": "'By DANA WHITCOMBE | The Associated Press' / 'By Dana Whitcombe, Associated Press' -> 'Dana Whitcombe' "
    "on both AP records; Reuters 'Reporting by Aigerim Sadykova; Editing by Mark Heinrich' -> author Aigerim Sadykova on "
    "both Reuters records; 'Posted by Faleolo Tuimavave | ...' -> 'Faleolo Tuimavave'; 'Автор: Айгуль Токтосунова' -> "
    "'Айгуль Токтосунова' (Cyrillic as printed); 'Von Katrin Weißenborn', 'Door Jeroen Bakker', 'Por Mariana "
    "Cavalcanti', 'Autor: Marta Zielińska' and 'Autor: Yanelis Rodríguez Peña | internet@granma.cu' -> the names; "
    "TBS's 'Abdul Kader Sohel' line is the byline (news-please author field 'TBS Report' is a placeholder); 'Searchlight "
    "Reporter' and 'Local Democracy Reporter' are role lines; 'Reuters', 'By Reuters', 'The Associated Press', 'AFP', "
    "'Le DL avec AFP', 'Le Progrès avec AFP', 'Source: PTI', 'Source: Xinhua', 'Saudi Gazette report', 'Evrensel.net' and "
    "'Kyodo News' are placeholders, not authors; the wire records with no personal byline (AFP, dpa, ANSA, PTI, EFE, "
    "Xinhua, Anadolu, Kyodo, SPA) have no authors; Novinite's author bio names the staff writer Petar Kolev after the "
    "story, who is labelled as the author",
    "editors": "Reuters 'Editing by Mark Heinrich' on both Reuters records; Xinhua 'Editor: Liu Jiaxin' on Island Sun; "
    "Zee News' 'Edited By: Ritu Sharma' is a web-desk line (chrome), not a wire editing credit, and is not labelled",
    "caption_credit": "Times Of Central Asia 'Photo: Wikimedia Commons' -> 'Wikimedia Commons'; Le Dauphiné 'Photo "
    "AFP/Khalil Mazraawi' -> 'AFP/Khalil Mazraawi'; Diario de Pernambuco 'Foto: Ricardo Lins/DP' -> 'Ricardo Lins/DP'; "
    "Heilbronner Stimme 'Foto: Mario Berger' -> 'Mario Berger'; Rotorua Daily Post 'Photo / Andrew Warner' -> 'Andrew "
    "Warner'; Correio do Estado 'Foto: Marcelo Victor' -> 'Marcelo Victor'; the other records have no captioned photo",
    "section": "HTML pages (and the batched Correio do Estado page): article:section ('Kazakhstan', 'Monde', 'Local', "
    "'Heilbronn', 'Local news', 'Kurdistan', 'Society', 'News', 'National', 'Cidades'); trafilatura: first category "
    "('Markets' on the Fox Business copy, 'Cuba', 'Ekonomi', 'World'); text pages, news-please and newsbeam text "
    "records null, whatever section word the page prints (Samoa Global News' '| Local', Novinite's 'Society |')",
    "chrome": "stamps, byline and role lines, reading-time and view counters, paywall badges ('Stimme+', 'Premium', 'Cet "
    "article est réservé aux abonnés'), WordPress 'Share this:' / 'Like this:' / 'Loading...' blocks, previous/next "
    "post links, Telegram, Viber and Google News lines, ePaper and newsletter promos, the LDR funding line, Reuters "
    "credits lines (their names are labelled in authors/editors), 'Editor:' and 'Edited By:' lines, '\u2014 SPA', "
    "'Kaynak: AA', '(With PTI inputs)', the dpa-infocom line, 'Ссылка на 24.kg обязательна!', comment counters and "
    "reply forms, tag lists, related lists, advertisement markers, share bars and the author bios are chrome",
    "regions": "Germany, Italy, Bulgaria, the Netherlands and Poland -> europe; the United States, St Vincent and the "
    "Grenadines, Bolivia, Brazil, Belize, Cuba and Barbados -> americas; the Gambia -> africa; Kazakhstan, Kyrgyzstan, "
    "Uzbekistan, Jordan, Iraq, Saudi Arabia, Turkey, India, Bangladesh and Japan -> asia; Samoa, New Zealand and the "
    "Solomon Islands -> oceania",
    "samoaglobalnews_salelologa_market_roof": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled "
    "with the clean text; its must_have sentences contain no quotes or apostrophes; it kept neither the share block nor "
    "the post links and comment counter",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"tbs report", "saudi gazette report", "kyodo news", "kyodo", "evrensel.net", "le dl avec afp",
                "le progrès avec afp", "by reuters", "spa", "source: pti", "source: xinhua", "shafaq news", "kun.uz",
                "searchlight reporter", "local democracy reporter", "mark heinrich", "liu jiaxin", "ritu sharma"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
