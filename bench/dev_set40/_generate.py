#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's fortieth development set (bench/dev_set40/, first written as the thirty-seventh held-out set).

    .venv/bin/python bench/dev_set40/_generate.py

Writes ``bench/dev_set40/articles/*`` and ``bench/dev_set40/labels.json`` (next to this
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
bench/dev_set39/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout37_2025-a.jsonl"
JSONL_B = "crawl_holdout37_2025-b.jsonl.gz"


# ---- cluster: AP, Monterrey (Dallas Morning News page + copy on the Kansas City Star in the plain batch) ----

MONTERREY = dict(
    cluster="ap-monterrey-metro-world-cup",
    title="Monterrey races to finish new metro lines before World Cup crowds arrive",
    date="2025-03-03",
    dateline="MONTERREY, Mexico (AP) \u2014 ",
    city="Monterrey",
    country="MX",
    region="americas",
    agency="AP",
    authors=["Luis Fernández Ortega", "Ana Lucía Ramos"],
    editors=[],
    lang="en",
    section=None,
    description="Two new lines are meant to carry fans to the stadium in Guadalupe.",
    paras=P("""
Construction crews in Mexico's northern industrial hub of Monterrey are working around the clock to finish two
new metro lines before the city hosts World Cup matches next year, officials said Monday.

The lines would add about 35 kilometers (22 miles) of track to a network that has barely grown in two decades.

One of them is designed to carry fans from the city center to the stadium in the suburb of Guadalupe, where
four matches are scheduled.

Nuevo León state transport secretary Raúl Garza Treviño said the first trains would begin test runs in
September.

"We are not building this for one month of soccer, we are building it for the next fifty years," Garza said.

Monterrey's metropolitan area has more than 5 million people, and its highways are among the most congested in
the country.

Delays and cost overruns have dogged the project since work began in 2022.

Residents along the route have complained about dust, noise and closed streets for more than two years.

Business groups say the new lines could also help factory workers who spend up to three hours a day on buses.

The state government has not said how much the final cost will be.
"""),
    must_have=[
        "One of them is designed to carry fans from the city center to the stadium in the suburb of Guadalupe, where four matches are scheduled.",
        "Delays and cost overruns have dogged the project since work began in 2022.",
    ],
)
MONTERREY_CONTRIB = "Associated Press writer Ana Lucía Ramos in Mexico City contributed to this report."

# ---- cluster: AFP, Abidjan (L'essentiel page + copy on Linfodrome in the gzipped batch) ----

ABIDJAN = dict(
    cluster="afp-abidjan-lagune-jacinthe",
    title="Côte d'Ivoire : à Abidjan, la jacinthe d'eau étouffe la lagune Ebrié et ses pêcheurs",
    date="2025-05-14",
    dateline="",
    city=None,
    country="CI",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Les pêcheurs de la lagune disent ne plus pouvoir sortir leurs pirogues.",
    paras=P("""
Sur la lagune Ebrié, à Abidjan, un épais tapis vert recouvre l'eau à perte de vue : la jacinthe d'eau, plante
invasive, bloque depuis plusieurs semaines les pirogues des pêcheurs et les bateaux-bus.

« Depuis un mois, je ne peux plus aller pêcher, les filets restent à terre », raconte Koné Seydou, pêcheur du
village d'Abobo-Doumé.

La plante, qui se multiplie très vite dans les eaux chargées d'engrais et d'eaux usées, revient chaque année à
la saison des pluies.

Mais cette fois, selon les autorités, elle couvre près de 300 hectares, un record.

Le ministère de l'Environnement a déployé une dizaine de barges équipées de grues pour la retirer.

Plusieurs lignes de bateaux-bus, qui transportent chaque jour des milliers de passagers entre les quartiers de
la ville, ont été suspendues.

Les commerçantes qui vendent le poisson au marché disent avoir perdu la moitié de leurs revenus.

Des chercheurs de l'université Félix Houphouët-Boigny testent l'utilisation de la plante pour fabriquer du
compost et du biogaz.

Pour les associations de riverains, le problème ne sera réglé que si la ville traite enfin ses eaux usées avant
qu'elles n'atteignent la lagune.

Abidjan, capitale économique du pays, compte plus de six millions d'habitants.
"""),
    must_have=[
        "Mais cette fois, selon les autorités, elle couvre près de 300 hectares, un record.",
        "Les commerçantes qui vendent le poisson au marché disent avoir perdu la moitié de leurs revenus.",
    ],
)

# ---- cluster: EFE, Asunción (Hoy scrape + copy on El Litoral in the plain batch) ----

ASUNCION = dict(
    cluster="efe-asuncion-rio-paraguay-bajante",
    title="El río Paraguay cae a su nivel más bajo del año en Asunción y complica el transporte de granos",
    date="2025-09-08",
    dateline="Asunción, 8 sep (EFE).- ",
    city="Asunción",
    country="PY",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    description="Las barcazas navegan con un 40 % menos de carga por la bajante de la hidrovía.",
    paras=P("""
El río Paraguay descendió este lunes a 0,35 metros bajo cero en el puerto de Asunción, el registro más bajo del
año, lo que obliga a las barcazas a navegar con menos carga, informó la Dirección de Meteorología e Hidrología.

La bajante, provocada por la escasez de lluvias en la cuenca alta del río en Brasil, se repite por tercer año
consecutivo.

Paraguay, uno de los mayores exportadores de soja del mundo, envía la mayor parte de sus granos en barcazas por
la hidrovía Paraguay-Paraná hacia los puertos de Argentina y Uruguay.

Según el gremio de armadores fluviales, los convoyes están cargando alrededor de un 40 % menos de lo habitual.

"Cada centímetro que baja el río es un costo más para el productor", dijo a EFE el empresario naviero Ricardo
Benítez.

Las autoridades también vigilan el abastecimiento de agua potable en las ciudades ribereñas, donde las tomas de
agua quedaron casi al descubierto.

La empresa estatal de agua anunció que instalará bombas flotantes en Asunción y Villa Hayes.

Los meteorólogos prevén que las lluvias de la primavera austral comiencen a llegar a finales de septiembre.

En 2021 el río alcanzó su mínimo histórico en Asunción, con 0,83 metros bajo cero.
"""),
    must_have=[
        "La bajante, provocada por la escasez de lluvias en la cuenca alta del río en Brasil, se repite por tercer año consecutivo.",
        "Los meteorólogos prevén que las lluvias de la primavera austral comiencen a llegar a finales de septiembre.",
    ],
)

# ---- cluster: Alice Springs News, page + noisy re-scrape ----

ALICE = dict(
    cluster="alicespringsnews-todd-mall-shade",
    title="Town council to trial shade sails over Todd Mall",
    date="2025-11-27",
    country="AU",
    region="oceania",
    agency=None,
    city=None,
    dateline="",
    editors=[],
    section=None,
    authors=["Lisa Howarth"],
    lang="en",
    caption="The Todd Mall at midday last week.",
    credit="Lisa Howarth",
    paras=P("""
The Alice Springs Town Council will install shade sails over part of the Todd Mall this summer in a trial aimed
at bringing shoppers back into the town centre during the hottest months.

The sails will cover about 120 metres of the mall between Parsons Street and Gregory Terrace.

Councillors voted for the trial at Monday night's meeting after traders complained that the mall was almost
empty in the middle of the day.

Temperatures in Alice Springs regularly exceed 40 degrees between December and February.

The trial will cost about $250,000, with 50% of the money coming from a Northern Territory Government grant.

Mall trader Rosa Whitfield said customers often left after a few minutes because there was nowhere to escape the
sun.

"People come in, do their banking and go straight back to their air-conditioned cars," she said.

The council will also install drinking fountains and extra seating under the sails.

Some residents questioned whether the sails would survive the strong winds that blow through the gap in the
ranges.

Council engineers said the structures were designed for cyclone-rated wind loads.

The council will survey traders and shoppers at the end of summer before deciding whether to make the shade
permanent.
"""),
    must_have=[
        "The sails will cover about 120 metres of the mall between Parsons Street and Gregory Terrace.",
        "The council will also install drinking fountains and extra seating under the sails.",
    ],
)
ASN_PRE = ["Alice Springs News", "Home", "News", "Opinion", "Arts", "Environment", "Letters", "Contact"]
ASN_HEAD = ["Posted on November 27, 2025", "By LISA HOWARTH"]
ASN_CAP = ["The Todd Mall at midday last week. Photo: Lisa Howarth"]
ASN_COPY = "\u00a9 2025 Alice Springs News Online"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Alice Springs News (original of the re-scrape cluster): WordPress page, capitalised byline.
    dict(ALICE, role="original", file="alicespringsnews_todd_mall_shade.txt", render="text",
         pre=[ASN_PRE], head=[ASN_HEAD], cap_lines=ASN_CAP,
         inserts={4: ["RELATED: Council rejects call for more CBD night patrols"]},
         tail=[["Related Posts"], ["4 Comments"],
               ["Leave a Reply", "Your email address will not be published. Required fields are marked *"],
               [ASN_COPY]]),
    dict(ALICE, role="rescrape", file="alicespringsnews_todd_mall_shade_rescrape.txt.gz", render="text", noise=True,
         pre=[ASN_PRE], head=[ASN_HEAD], cap_lines=ASN_CAP, tail=[[ASN_COPY]]),
    # Hoy (Paraguay): EFE copy, original of the EFE cluster, voseo chrome.
    dict(ASUNCION, role="original", file="hoy_efe_asuncion_rio_paraguay_es.txt", render="text",
         caption="Barcazas amarradas en el puerto de Asunción este lunes.", credit="EFE/Rubén Peña",
         pre=[["HOY", "Nacionales", "Política", "Economía", "Deportes", "Mundo", "Show", "Lo más leído"]],
         head=[["EFE"], ["08 sep 2025, 14:20"]],
         cap_lines=["Barcazas amarradas en el puerto de Asunción este lunes. Foto: EFE/Rubén Peña"],
         inserts={3: ["Leé también: Suspenden la navegación nocturna en el río Paraná"]},
         tail=[["Compartí esta nota", "Facebook", "X", "WhatsApp"],
               ["Seguí a HOY en Google News"],
               ["Etiquetas", "Río Paraguay", "Sequía", "Hidrovía"]]),
    # Fyens Stiftstidende: staff, Danish, "Foto:" credit inside the caption line.
    rec(cluster="fyens-odense-traeer", role="single", file="fyens_odense_traeer_da.txt", render="text",
        title="Odense vil plante 12.000 træer i de nye bydele",
        date="2025-03-12", country="DK", region="europe", lang="da", authors=["Mette Kjærgaard"],
        caption="Langs de nye veje i Bolbro skal der plantes hundredvis af træer.", credit="Anders Thygesen",
        pre=[["fyens.dk", "Nyheder", "Odense", "Fyn", "Sport", "Kultur", "Debat", "E-avis"], ["Log ind", "Køb abonnement"]],
        head=[["Mette Kjærgaard", "Journalist"], ["12. mar. 2025 kl. 06.00"]],
        cap_lines=["Langs de nye veje i Bolbro skal der plantes hundredvis af træer. Foto: Anders Thygesen"],
        inserts={3: ["LÆS OGSÅ: Letbanen kører med flere afgange i sommerferien"], 6: ["Annonce"]},
        tail=[["Del artiklen", "Facebook", "Mail", "Kopiér link"],
              ["Emner i artiklen", "Odense Kommune", "Natur", "Byudvikling"],
              ["Har du et tip til os? Skriv til tip@fyens.dk"],
              ["\u00a9 Fyens Stiftstidende"]],
        paras=P("""
Odense Kommune vil i løbet af de næste fem år plante omkring 12.000 nye træer i byens nye boligområder.

Det fremgår af en ny plan, som byrådets klima- og miljøudvalg behandlede tirsdag aften.

Træerne skal især plantes langs veje, stier og i nye parker i Bolbro, Hjallese og på havnen.

Formålet er både at skabe skygge i de varme sommermåneder og at opsuge regnvand under skybrud.

Rådmand Jens Ole Vestergaard siger, at byen har mistet for mange gamle træer i forbindelse med de seneste års
store byggerier.

- Vi skylder borgerne at give noget grønt tilbage, siger han.

Planen koster omkring 45 millioner kroner, og en del af pengene skal komme fra private bygherrer.

Grundejere i de nye områder får mulighed for at vælge mellem flere forskellige træarter.

Lokale naturforeninger kalder planen et godt første skridt, men efterlyser flere store træer i den indre by.

De første 800 træer bliver plantet allerede i år.

Byrådet skal endeligt godkende planen i april.
"""),
        must_have=[
            "Træerne skal især plantes langs veje, stier og i nye parker i Bolbro, Hjallese og på havnen.",
            "Planen koster omkring 45 millioner kroner, og en del af pengene skal komme fra private bygherrer.",
        ]),
    # HabariLEO (Tanzania): staff, Swahili, "Na NAME" byline, Swahili month in the date.
    rec(cluster="habarileo-mbeya-parachichi", role="single", file="habarileo_mbeya_parachichi_sw.txt", render="text",
        title="Wakulima wa parachichi Mbeya wapata soko jipya Ulaya",
        date="2025-04-09", country="TZ", region="africa", lang="sw", authors=["Neema Mollel"],
        pre=[["HabariLEO", "Habari", "Kitaifa", "Kimataifa", "Biashara", "Michezo", "Makala", "Burudani"]],
        head=[["Na Neema Mollel"], ["Aprili 9, 2025"]],
        inserts={4: ["SOMA ZAIDI: Bei ya kahawa yapanda katika mnada wa Moshi"]},
        tail=[["Shiriki habari hii", "Facebook", "X", "WhatsApp"], ["Habari Zinazofanana"],
              ["\u00a9 2025 HabariLEO. Haki zote zimehifadhiwa."]],
        paras=P("""
Wakulima wa parachichi mkoani Mbeya wamepata soko jipya katika nchi za Ulaya baada ya kampuni ya usafirishaji
kuanza kununua matunda yao moja kwa moja.

Zaidi ya wakulima 3,000 kutoka wilaya za Rungwe na Mbeya Vijijini wamesajiliwa katika mpango huo.

Kwa mujibu wa Afisa Kilimo wa Mkoa, Bw Joseph Mwakalinga, parachichi zitakazonunuliwa ni zile zinazokidhi
viwango vya ubora vya kimataifa.

Awali wakulima wengi walikuwa wakiuza mazao yao kwa madalali kwa bei ndogo.

"Sasa tunauza kilo moja kwa shilingi 2,500, wakati mwaka jana tuliuza kwa shilingi 900 tu," alisema mkulima Bi
Rehema Mwasenga wa Tukuyu.

Serikali imejenga kituo cha kupoza matunda katika mji wa Tukuyu ili kupunguza upotevu wa mazao.

Kituo hicho kina uwezo wa kuhifadhi tani 50 za parachichi kwa wakati mmoja.

Maafisa ugani wanawafundisha wakulima namna ya kupanda, kupogoa na kuvuna kwa njia za kisasa.

Mkoa wa Mbeya unalenga kuongeza uzalishaji wa parachichi kwa asilimia 30 ifikapo mwaka 2027.

Wakulima wameiomba serikali kuboresha barabara za vijijini ili magari yafike mashambani kwa urahisi.

Parachichi ni mojawapo ya mazao ya biashara yanayokua kwa kasi zaidi katika mikoa ya Nyanda za Juu Kusini.
"""),
        must_have=[
            "Awali wakulima wengi walikuwa wakiuza mazao yao kwa madalali kwa bei ndogo.",
            "Kituo hicho kina uwezo wa kuhifadhi tani 50 za parachichi kwa wakati mmoja.",
        ]),
    # The Assam Tribune: district correspondent, "DIBRUGARH, Feb 17: " dateline a day before the page date.
    rec(cluster="assamtribune-bogibeel-river-terminal", role="single",
        file="assamtribune_dibrugarh_bogibeel_terminal.txt", render="text",
        title="Bogibeel river terminal to begin cargo services next month",
        date="2025-02-18", dateline="DIBRUGARH, Feb 17: ", city="Dibrugarh", country="IN", region="asia", lang="en",
        pre=[["The Assam Tribune", "Home", "Guwahati", "North East", "Assam", "National", "Sports", "Editorial", "ePaper"]],
        head=[["By - Correspondent", "18 Feb 2025 5:30 AM"]],
        inserts={4: ["Also Read: Tea garden workers demand wage revision in Tinsukia"]},
        tail=[["Next Story"], ["Similar Posts"],
              ["\u00a9 Copyright 2025 The Assam Tribune. All Rights Reserved."], ["Powered by Hocalwire"]],
        paras=P("""
The inland water transport terminal at Bogibeel on the south bank of the Brahmaputra will start regular cargo
services from next month, officials said here on Monday.

The terminal has been built with two floating jetties, a warehouse and a road link to the national highway.

Officials of the Inland Waterways Authority of India said the first vessels would carry tea, cement and food
grains between Dibrugarh and Kolkata through the Indo-Bangladesh Protocol Route.

"River transport is cheaper and cleaner than trucks, and the Brahmaputra has always been our highway," a senior
official said.

Traders in Dibrugarh said the service could cut transport costs by almost a third for bulk goods.

The district administration has also proposed a passenger ferry service from the terminal to the river islands
during the dry season.

Dredging of the channel near the terminal was completed in January to allow larger vessels to berth.

However, boatmen who run small ferries in the area have expressed concern over losing their livelihood.

The local MLA has urged the authorities to engage the boatmen in the operation of the new terminal.

Bogibeel is known for the country's longest rail-cum-road bridge, which was opened in 2018.
"""),
        must_have=[
            "The terminal has been built with two floating jetties, a warehouse and a road link to the national highway.",
            "Dredging of the channel near the terminal was completed in January to allow larger vessels to berth.",
        ]),
    # Diari d'Andorra: staff, Catalan, capitalised "FOTO:" credit in the caption line.
    rec(cluster="diariandorra-bus-nocturn", role="single", file="diariandorra_bus_nocturn_ca.txt", render="text",
        title="El Govern allarga el bus nocturn fins a Canillo i Ordino",
        date="2025-01-22", country="AD", region="europe", lang="ca", authors=["Laia Casals"],
        caption="Un autobús de la línia nocturna a l'avinguda Meritxell.", credit="Marc Riba",
        pre=[["Diari d'Andorra", "Nacional", "Parròquies", "Economia", "Esports", "Cultura", "Opinió", "Hemeroteca"],
             ["Subscriu-te", "Inicia sessió"]],
        head=[["Laia Casals"], ["22/01/2025"]],
        cap_lines=["Un autobús de la línia nocturna a l'avinguda Meritxell. FOTO: Marc Riba"],
        inserts={4: ["Et pot interessar: Nova rotonda a l'entrada de la Massana"]},
        tail=[["Comparteix", "Facebook", "X", "WhatsApp", "Correu electrònic"], ["Notícies relacionades"],
              ["\u00a9 Diari d'Andorra. Tots els drets reservats."]],
        paras=P("""
El Govern ampliarà a partir del mes de febrer el servei de bus nocturn perquè arribi també a les parròquies de
Canillo i Ordino.

Fins ara, les línies nocturnes només connectaven Andorra la Vella, Escaldes-Engordany i Sant Julià de Lòria.

El nou servei funcionarà els divendres i els dissabtes, amb sortides cada hora entre les onze de la nit i les
quatre de la matinada.

El ministre responsable de la mobilitat, Jordi Casamajor, va explicar ahir que la mesura respon a una demanda
dels joves i dels treballadors de la neu.

"Volem que ningú hagi d'agafar el cotxe després de sortir de festa", va afirmar.

El bitllet costarà dos euros, el mateix preu que el servei de dia.

Els titulars de l'abonament de transport per a residents també el podran fer servir.

Durant la temporada d'esquí, el Govern preveu reforçar les freqüències els caps de setmana.

El cost anual del servei s'estima en uns 350.000 euros.

Els comuns de Canillo i Ordino han demanat que les parades s'il·luminin millor a les zones de muntanya.
"""),
        must_have=[
            "El bitllet costarà dos euros, el mateix preu que el servei de dia.",
            "El cost anual del servei s'estima en uns 350.000 euros.",
        ]),
    # Kauno diena: BNS copy, Lithuanian, "BNS inf." source line in place of a byline, no dateline.
    rec(cluster="kaunodiena-bns-dviraciu-takai", role="single", file="kaunodiena_bns_dviraciu_takai_lt.txt", render="text",
        title="Kaune bus atnaujinti 25 kilometrai dviračių takų",
        date="2025-04-15", country="LT", region="europe", lang="lt", agency="BNS",
        pre=[["Kauno diena", "Naujienos", "Kaunas", "Lietuva", "Pasaulis", "Verslas", "Sportas", "Nuomonės"]],
        head=[["BNS inf."], ["2025-04-15 13:27"]],
        inserts={4: ["Taip pat skaitykite: Kauno viešasis transportas keis tvarkaraščius"]},
        tail=[["Dalintis", "Facebook", "Kopijuoti nuorodą"], ["Komentarai (3)", "Rašyti komentarą"],
              ["\u00a9 Kauno diena, 2025. Visos teisės saugomos."]],
        paras=P("""
Kauno savivaldybė šiemet planuoja atnaujinti ir nutiesti apie 25 kilometrus dviračių takų, antradienį pranešė
miesto administracija.

Daugiausia darbų bus atlikta Šilainių, Dainavos ir Aleksoto mikrorajonuose.

Naujieji takai sujungs gyvenamuosius rajonus su miesto centru ir Nemuno krantine.

Projektui numatyta apie 6 milijonus eurų, dalį lėšų skirs Europos Sąjunga.

Savivaldybės administracijos direktoriaus pavaduotojas Tomas Žilinskas teigė, kad dviračiais Kaune važinėja vis
daugiau žmonių.

„Per pastaruosius trejus metus dviratininkų skaičius padidėjo beveik dvigubai“, – sakė jis.

Kai kuriose gatvėse dviračių takai bus atskirti nuo automobilių eismo juostų specialiais borteliais.

Darbai turėtų prasidėti gegužę ir baigtis iki spalio pabaigos.

Remonto darbų metu kai kuriose gatvėse bus ribojamas eismas.

Gyventojai savo pasiūlymus dėl naujų maršrutų galėjo teikti savivaldybės interneto svetainėje.

Daugiausia pasiūlymų sulaukta iš Šilainių gyventojų, kurie skundėsi pavojingomis sankryžomis.

Savivaldybė taip pat ketina įrengti daugiau dviračių stovų prie mokyklų ir prekybos centrų.

Šiuo metu Kaune yra apie 150 kilometrų dviračių takų.

Vilniuje panašūs darbai vykdomi jau kelerius metus.
"""),
        must_have=[
            "Naujieji takai sujungs gyvenamuosius rajonus su miesto centru ir Nemuno krantine.",
            "Darbai turėtų prasidėti gegužę ir baigtis iki spalio pabaigos.",
        ]),
    # Bailiwick Express (Jersey): staff, "READ MORE..." link block, comment disclaimer.
    rec(cluster="bailiwickexpress-youth-bus-trial", role="single", file="bailiwickexpress_youth_bus_trial.txt", render="text",
        title="Free bus travel for under-18s to be trialled over summer",
        date="2025-05-20", country="JE", region="europe", lang="en", authors=["Eleanor Le Quesne"],
        pre=[["Bailiwick Express", "Jersey", "Guernsey", "News", "Business", "Sport", "Connect", "Jobs"]],
        head=[["By Eleanor Le Quesne"], ["Tuesday 20 May 2025"]],
        inserts={3: ["READ MORE...", "Bus timetable changes to come into force next week"]},
        tail=[["Sign up to our newsletter for the latest news, sport and business straight to your inbox."],
              ["Comments", "Comments on this story express the views of the commentator only, not Bailiwick Publishing. "
               "We are unable to guarantee the accuracy of any of those comments."]],
        paras=P("""
Islanders aged under 18 will be able to travel on the bus network for free over the summer holidays under a
trial announced by the Infrastructure Minister.

The scheme will run from mid-July until the start of the new school term in September.

Young people will need to show a registered youth bus pass when boarding, which can be applied for online or at
Liberation Station.

Infrastructure Minister Deputy Martin Gallichan said the trial was intended to encourage more families to leave
the car at home during the busy summer months.

"If we can get young people into the habit of using the bus, they will carry that habit with them into
adulthood," he said.

The cost of the trial, estimated at £120,000, will be met from the Climate Emergency Fund.

Around 6,000 young people already hold a youth pass, which currently offers discounted fares.

Figures from last year showed that bus journeys by under-18s fell sharply during the school holidays.

Some parish constables have asked for extra evening services so that teenagers can get home safely from events
in town.

A decision on whether to make the scheme permanent will be taken after the trial has been reviewed in the
autumn.
"""),
        must_have=[
            "The scheme will run from mid-July until the start of the new school term in September.",
            "Around 6,000 young people already hold a youth pass, which currently offers discounted fares.",
        ]),
    # Hiiraan Online (Somalia): staff, the outlet's own "(HOL)" in the dateline, weekday date line.
    rec(cluster="hiiraan-mogadishu-fish-market", role="single", file="hiiraan_mogadishu_fish_market.txt", render="text",
        title="Mogadishu fish market reopens after renovation as fishermen hope for better prices",
        date="2025-06-10", dateline="Mogadishu (HOL) - ", city="Mogadishu", country="SO", region="africa", lang="en",
        pre=[["Hiiraan Online", "Home", "News", "Opinion", "Sports", "Business", "Somali Version", "Contact Us"]],
        head=[["Tuesday June 10, 2025"]],
        tail=[["Related News"], ["Hiiraan Online \u00a9 2025"]],
        paras=P("""
The main fish market in Mogadishu's Hamarweyne district reopened on Tuesday after a six-month renovation that
added cold storage rooms and a new ice plant.

The market, located near the old port, is the largest in the capital and supplies hundreds of restaurants and
hotels.

Fishermen said the lack of ice had forced them to sell much of their catch at low prices before it spoiled.

"Before, we had to sell everything by noon. Now we can keep the fish until the next day," said Abdirahman Osman,
who has fished off the Mogadishu coast for twenty years.

The renovation was funded by the Benadir Regional Administration with support from international partners.

Officials said the new ice plant can produce about ten tonnes of ice a day.

The market also has a separate area for women traders, who make up a large share of fish sellers in the city.

Somalia has one of the longest coastlines in Africa, but its fishing industry remains small and largely
informal.

Local fishermen have long complained about illegal fishing by foreign vessels in Somali waters.

The Ministry of Fisheries said it plans to build similar markets in Kismayo and Bosaso.
"""),
        must_have=[
            "Officials said the new ice plant can produce about ten tonnes of ice a day.",
            "Somalia has one of the longest coastlines in Africa, but its fishing industry remains small and largely informal.",
        ]),
    # Atoll Times (Maldives): staff, "(Photo/Atoll Times)" credit.
    rec(cluster="atolltimes-fuvahmulah-harbour", role="single", file="atolltimes_fuvahmulah_harbour.txt", render="text",
        title="Government signs agreement to expand Fuvahmulah harbour",
        date="2025-07-03", country="MV", region="asia", lang="en", authors=["Aishath Nazeema"],
        caption="Fuvahmulah City harbour.", credit="Atoll Times",
        pre=[["Atoll Times", "News", "Business", "Sports", "Feature", "Opinion", "Tourism"]],
        head=[["Aishath Nazeema"], ["3 July 2025"]],
        cap_lines=["Fuvahmulah City harbour. (Photo/Atoll Times)"],
        tail=[["Related posts"], ["\u00a9 2025 Atoll Times. All rights reserved."]],
        paras=P("""
The government has signed an agreement with a local contractor to expand the harbour in Fuvahmulah City, the
island's main gateway for passengers and cargo.

The project will add 300 metres of quay wall and dredge a larger basin so that cargo vessels can enter the
harbour in rough seas.

Fuvahmulah, a single-island atoll in the south of the Maldives, is exposed to strong waves for much of the year.

Residents say supply boats are often unable to dock during the southwest monsoon, causing shortages of food and
fuel.

The Ministry of Construction said the work will cost MVR 180 million and take about two years to complete.

Council President Ahmed Rasheed welcomed the agreement, saying the harbour was vital to the city's economy.

"Every time the harbour closes, prices in the shops go up the next week," he said.

The expansion will also include a separate area for fishing vessels and a new passenger terminal.

Fuvahmulah has become a popular destination for divers, known for its tiger sharks.

The government has promised harbour upgrades on several other islands this year.
"""),
        must_have=[
            "Fuvahmulah, a single-island atoll in the south of the Maldives, is exposed to strong waves for much of the year.",
            "The expansion will also include a separate area for fishing vessels and a new passenger terminal.",
        ]),
    # Gabonreview: staff, French, "© Gabonreview" credit in the caption line, WordPress comment form.
    rec(cluster="gabonreview-akanda-voie-express", role="single", file="gabonreview_akanda_voie_express_fr.txt", render="text",
        title="Libreville : la voie express d'Akanda rouverte à la circulation après deux ans de travaux",
        date="2025-03-13", country="GA", region="africa", lang="fr", authors=["Arthur Mbadinga"],
        caption="La voie express d'Akanda, le 12 mars 2025.", credit="Gabonreview",
        pre=[["Gabonreview.com", "Actualités", "Politique", "Economie", "Société", "Culture", "Sports", "Tribune Libre"]],
        head=[["Par Arthur Mbadinga"], ["13 mars 2025"]],
        cap_lines=["La voie express d'Akanda, le 12 mars 2025. \u00a9 Gabonreview"],
        inserts={3: ["Lire aussi : Owendo : le port minéralier en travaux d'extension"]},
        tail=[["Partager :", "Facebook", "Twitter", "WhatsApp"], ["Articles similaires"],
              ["Laisser un commentaire", "Votre adresse e-mail ne sera pas publiée."]],
        paras=P("""
La route reliant le centre de Libreville à la commune d'Akanda a été rouverte à la circulation mercredi, après
près de deux ans de travaux de réhabilitation.

Longue d'environ 11 kilomètres, la voie a été élargie à deux fois deux voies et dotée d'un nouvel éclairage
public.

Des caniveaux ont également été construits pour limiter les inondations qui coupaient régulièrement la route
pendant la saison des pluies.

Selon le ministère des Travaux publics, le chantier a coûté près de 40 milliards de francs CFA.

Les habitants d'Akanda, dont la population a fortement augmenté ces dernières années, passaient parfois plus de
deux heures dans les embouteillages pour rejoindre le centre-ville.

« Avant, je quittais la maison à 5 heures du matin pour arriver au travail à 8 heures », témoigne Aurélie Nzé,
commerçante au marché de Louis.

Des arrêts de bus et des passerelles pour les piétons ont été aménagés le long du tracé.

Les autorités appellent les automobilistes à respecter les limitations de vitesse, fixées à 60 km/h.

Le gouvernement annonce d'autres travaux sur la route de l'aéroport d'ici la fin de l'année.

Certains riverains déplorent toutefois que les indemnisations promises pour les maisons détruites n'aient pas
encore été versées.
"""),
        must_have=[
            "Longue d'environ 11 kilomètres, la voie a été élargie à deux fois deux voies et dotée d'un nouvel éclairage public.",
            "Des arrêts de bus et des passerelles pour les piétons ont été aménagés le long du tracé.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_DMN = site("The Dallas Morning News", "https://www.dallasnews.example.com", " \u2013 The Dallas Morning News", "en_US", "@dallasnews",
                ["News", "Sports", "Business", "Politics", "Opinion", "Arts & Entertainment", "Food", "Obituaries"],
                ["\u00a9 2025 The Dallas Morning News. All rights reserved.", "Terms of Service", "Privacy Policy", "Contact Us"],
                share=["Gift this article", "Share", "Copy link"], top=["Sign In", "Subscribe"])
SITE_LES = site("L'essentiel", "https://www.lessentiel.example.lu", " - L'essentiel", "fr_FR", "@lessentiel_lu",
                ["Luxembourg", "Frontaliers", "Monde", "Economie", "Sport", "People", "Vidéos", "Jobs"],
                ["\u00a9 L'essentiel 2025", "Impressum", "Protection des données", "Conditions générales d'utilisation"],
                share=["Partager", "Facebook", "WhatsApp", "E-mail"],
                cookie="Nous utilisons des cookies et des technologies similaires pour améliorer votre expérience, mesurer l'audience et afficher des publicités personnalisées.",
                buttons=["Tout accepter", "Refuser", "Paramètres"])
SITE_HAZ = site("Hannoversche Allgemeine", "https://www.haz.example.de", " | HAZ \u2013 Hannoversche Allgemeine", "de_DE", "@HAZ",
                ["Hannover", "Region", "Niedersachsen", "Politik", "Wirtschaft", "Sport", "Kultur", "HAZ+"],
                ["\u00a9 Hannoversche Allgemeine Zeitung 2025", "Impressum", "Datenschutz", "Cookie-Einstellungen", "Kontakt"],
                share=["Teilen", "Facebook", "WhatsApp", "E-Mail"], top=["Abo", "Anmelden"],
                cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Anzeigen zu personalisieren und die Nutzung unserer Angebote zu analysieren.",
                cookie_title="Wir brauchen Ihre Zustimmung", buttons=["Alle akzeptieren", "Zu den Einstellungen"])
SITE_GCB = site("Gold Coast Bulletin", "https://www.goldcoastbulletin.example.com.au", " | Gold Coast Bulletin", "en_AU", "@GCBulletin",
                ["News", "Gold Coast", "Sport", "Lifestyle", "Property", "Business", "Opinion", "Puzzles"],
                ["\u00a9 Copyright 2025 Gold Coast Bulletin. All rights reserved.", "Privacy Policy", "Terms of Use", "Help & Support"],
                share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Log in", "Subscribe"])
SITE_HT = site("Hanoi Times", "https://hanoitimes.example.vn", " | Hanoi Times", "en_US", "@HanoiTimes",
               ["Politics", "Economy", "Society", "Culture", "Travel", "Opinion", "Hanoi & Friends", "Multimedia"],
               ["\u00a9 2025 The Hanoi Times. All rights reserved.",
                "License No. 112/GP-TTĐT issued by the Hanoi Department of Information and Communications.", "Contact"],
               share=["Facebook", "X", "LinkedIn"], graph=True)
SITE_ENCA = site("eNCA", "https://www.enca.example.com", " | eNCA", "en_ZA", "@eNCA",
                 ["News", "South Africa", "Politics", "Business", "World", "Sport", "Lifestyle", "Watch Live"],
                 ["Copyright \u00a9 2025 eNCA. All rights reserved.", "Terms & Conditions", "Privacy Policy", "Contact Us"],
                 share=["Share", "Facebook", "X", "WhatsApp", "LinkedIn"])
SITE_HVG = site("HVG", "https://hvg.example.hu", " | hvg.hu", "hu_HU", "@hvg_hu",
                ["Itthon", "Világ", "Gazdaság", "Tudomány", "Tech", "Kultúra", "Sport", "Vélemény"],
                ["\u00a9 HVG Kiadó Zrt. 2025", "Impresszum", "Adatvédelem", "Médiaajánlat"],
                share=["Megosztás", "Facebook", "X", "Link másolása"], top=["Előfizetés", "Belépés"],
                cookie="Az oldal sütiket használ a működéshez, a látogatottság méréséhez és személyre szabott hirdetésekhez. A beállításokat bármikor módosíthatja.",
                buttons=["Elfogadom", "Beállítások"])
SITE_GDM = site("La Gazzetta del Mezzogiorno", "https://www.lagazzettadelmezzogiorno.example.it", " | La Gazzetta del Mezzogiorno", "it_IT", "@gazzettamezzog",
                ["Bari", "Puglia", "Basilicata", "Italia", "Mondo", "Sport", "Cultura", "Edicola digitale"],
                ["\u00a9 La Gazzetta del Mezzogiorno. Tutti i diritti riservati.", "Privacy", "Cookie policy", "Contatti"],
                share=["Condividi", "Facebook", "X", "WhatsApp", "Email"],
                cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per mostrarti pubblicità in linea con le tue preferenze.",
                buttons=["Accetta", "Rifiuta", "Personalizza"])
SITE_CAB = site("Cabin Radio", "https://cabinradio.example.ca", " | Cabin Radio", "en_CA", "@cabinradio",
                ["News", "Yellowknife", "NWT", "Listen", "Weather", "Jobs", "Events", "Advertise"],
                ["\u00a9 2025 Cabin Radio", "Privacy", "Contact us", "Advertise with us"],
                share=["Share", "Facebook", "Email", "Copy link"])

HTML_STORIES = [
    # The Dallas Morning News (original of the AP cluster): "By NAME | The Associated Press", CST stamps.
    dict(MONTERREY, role="original", file="dallasnews_ap_monterrey_metro.html", render="html", site=SITE_DMN,
         section="World", meta_section="World",
         url="https://www.dallasnews.example.com/news/world/2025/03/03/monterrey-races-to-finish-new-metro-lines-before-world-cup/",
         published="2025-03-03T15:12:00-06:00", modified="2025-03-03T17:40:00-06:00",
         ld_author=[{"@type": "Person", "name": "Luis Fernández Ortega"}, {"@type": "Organization", "name": "The Associated Press"}],
         byline_lines=["By Luis Fernández Ortega | The Associated Press"],
         date_lines=["Published March 3, 2025 at 3:12 p.m. CST", "Updated March 3, 2025 at 5:40 p.m. CST"],
         caption="A metro train crosses an elevated section of track in Monterrey, Mexico, on Feb. 27, 2025.",
         credit="Alejandro Salazar / AP", credit_shown="(Alejandro Salazar / AP)",
         inserts={2: [("ad", "Advertisement")],
                  5: [("promo", ["Get the latest news", "Sign up for The Dallas Morning News' free newsletters.", "Sign up"])]},
         end_lines=[MONTERREY_CONTRIB],
         lists=[("More from World", ["Mexico's central bank holds rates steady", "Border crossings slow at Laredo bridges"])]),
    # L'essentiel (original of the AFP cluster): no dateline, "(L'essentiel/AFP)" sign-off, consent dialog.
    dict(ABIDJAN, role="original", file="lessentiel_afp_abidjan_lagune_fr.html", render="html", site=SITE_LES,
         section="Monde", meta_section="Monde",
         url="https://www.lessentiel.example.lu/fr/story/cote-d-ivoire-a-abidjan-la-jacinthe-d-eau-etouffe-la-lagune-103318527",
         published="2025-05-14T11:02:00+02:00", modified="2025-05-14T11:02:00+02:00",
         ld_author=[{"@type": "Organization", "name": "L'essentiel"}],
         kicker="Côte d'Ivoire",
         date_lines=["Publié: 14.05.2025, 11:02"],
         caption="Des pêcheurs au milieu des jacinthes d'eau sur la lagune Ebrié.", credit="AFP", credit_shown="AFP",
         inserts={4: [("ad", "Publicité")]},
         end_lines=["(L'essentiel/AFP)"],
         lists=[("Les plus lus", ["Luxembourg: les prix à la pompe baissent mardi", "Frontaliers: nouveaux horaires de trains vers Metz"])],
         comments=["Ta réaction", "Les commentaires sont fermés pour cet article."]),
    # Hannoversche Allgemeine: dpa copy, "Lüneburg (dpa/lni) - " dateline, dpa-infocom line.
    rec(cluster="haz-dpa-lueneburg-heidebluete", role="single", file="haz_dpa_lueneburg_heidebluete_de.html", render="html",
        site=SITE_HAZ,
        title="Heideblüte lockt mehr Besucher in die Lüneburger Heide", date="2025-08-20",
        dateline="Lüneburg (dpa/lni) - ", city="Lüneburg", country="DE", region="europe", lang="de", agency="dpa",
        section="Niedersachsen", meta_section="Niedersachsen",
        url="https://www.haz.example.de/der-norden/heidebluete-lockt-mehr-besucher-in-die-lueneburger-heide-K3L4M5N6O7P8.html",
        description="Die Zahl der Übernachtungen ist im Juli um rund acht Prozent gestiegen.",
        published="2025-08-20T12:41:00+02:00", modified="2025-08-20T15:02:00+02:00",
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        kicker="Tourismus",
        byline_lines=["dpa"], date_lines=["20.08.2025, 12:41 Uhr"],
        caption="Blühende Heide am Wilseder Berg.", credit="Marek Lindholm/dpa", credit_shown="Foto: Marek Lindholm/dpa",
        inserts={2: [("ad", "Anzeige")], 5: [("link", "Lesen Sie auch:", "Wolf im Heidekreis: Schäfer fordern mehr Schutz")]},
        end_lines=["\u00a9 dpa-infocom, dpa:250820-930-912274/1"],
        tags=("Themen", ["Lüneburger Heide", "Tourismus", "Niedersachsen"]),
        lists=[("Meistgelesen", ["Neue Radwege am Maschsee fertig", "Regiobus verdichtet Takt in der Wedemark"])],
        paras=P("""
Die Heideblüte lockt in diesem Sommer besonders viele Besucher in die Lüneburger Heide.

Nach Angaben des regionalen Tourismusverbandes stieg die Zahl der Übernachtungen im Juli im Vergleich zum
Vorjahr um rund acht Prozent.

Die Besenheide blüht in der Regel von Anfang August bis Anfang September und färbt die Landschaft violett.

Wegen des feuchten Frühjahrs seien die Pflanzen in diesem Jahr besonders kräftig, sagte ein Sprecher des
Naturparks.

An Wochenenden sind die Parkplätze rund um Wilsede und den Wilseder Berg oft schon am Vormittag voll.

Der Landkreis empfiehlt deshalb, mit Bus und Bahn anzureisen oder die kostenlosen Heide-Shuttles zu nutzen.

Die Shuttlebusse fahren bis Mitte Oktober an Wochenenden und Feiertagen auf mehreren Linien durch die Region.

Schäfer mit ihren Heidschnucken-Herden sorgen dafür, dass die Heideflächen nicht verbuschen.

Ohne die Beweidung würden Birken und Kiefern die offenen Flächen nach und nach erobern.

Im Naturschutzgebiet müssen Besucher auf den Wegen bleiben, Hunde sind an der Leine zu führen.

Rund um die Heideblüte finden zahlreiche Feste statt, darunter die Wahl der Heidekönigin in Amelinghausen.
"""),
        must_have=[
            "Die Besenheide blüht in der Regel von Anfang August bis Anfang September und färbt die Landschaft violett.",
            "Ohne die Beweidung würden Birken und Kiefern die offenen Flächen nach und nach erobern.",
        ]),
    # Gold Coast Bulletin: staff, AEST 5:00AM stamp, "Subscriber only" badge, "More Coverage" box.
    rec(cluster="gcb-burleigh-light-rail", role="single", file="goldcoastbulletin_burleigh_light_rail.html", render="html",
        site=SITE_GCB,
        title="Light rail extension to Burleigh carries one million passengers in first three months", date="2025-09-18",
        country="AU", region="oceania", lang="en", authors=["Tahlia Mercer"], section="Gold Coast", meta_section="Gold Coast",
        url="https://www.goldcoastbulletin.example.com.au/news/gold-coast/light-rail-extension-to-burleigh-carries-one-million-passengers/news-story/8c1e2f94d7a3",
        description="Patronage on the new section is well ahead of forecasts, with weekends the busiest.",
        published="2025-09-18T05:00:00+10:00", modified="2025-09-18T05:00:00+10:00", free=False,
        byline_lines=["Tahlia Mercer"], date_lines=["September 18, 2025 - 5:00AM"],
        above_body=[("paywall", "Subscriber only")],
        caption="A tram arrives at the Burleigh Heads station.", credit="Mitch Harrower", credit_shown="Picture: Mitch Harrower",
        inserts={3: [("ad", "Advertisement")],
                 5: [("box", "More Coverage", ["Council approves Burleigh car park upgrade", "Tram stops get new shade after complaints"])]},
        comments=["Join the conversation", "Log in or subscribe to join the conversation"],
        paras=P("""
The Gold Coast light rail extension to Burleigh Heads has carried more than one million passengers in its first
three months, well ahead of forecasts.

The 6.7km extension from Broadbeach South added eight new stations along the Gold Coast Highway.

Transport officials had expected the new section to reach the million-passenger mark only by the end of the
year.

Weekend patronage has been especially strong, with beachgoers and tourists using the trams to reach Burleigh's
cafes and beaches.

Burleigh local Shannon Pryce said she now caught the tram to work in Southport every day.

"It's quicker than driving once you factor in the parking, and I don't have to deal with the highway traffic,"
she said.

Traders along the Burleigh strip said foot traffic had increased since the trams started running.

However, some residents in Mermaid Beach said noise from the trams late at night was disrupting their sleep.

The state government said it would review tram frequencies and speeds in residential areas.

Planning for the next stage, which would take the line to Coolangatta and the airport, is continuing.
"""),
        must_have=[
            "The 6.7km extension from Broadbeach South added eight new stations along the Gold Coast Highway.",
            "Traders along the Burleigh strip said foot traffic had increased since the trams started running.",
        ]),
    # Hanoi Times: staff, "Feb 14, 2025 / 10:32" stamp, "Photo: NAME/The Hanoi Times" credit, JSON-LD graph.
    rec(cluster="hanoitimes-electric-buses", role="single", file="hanoitimes_electric_buses.html", render="html", site=SITE_HT,
        title="Hanoi to put 200 more electric buses into service this year", date="2025-02-14",
        country="VN", region="asia", lang="en", authors=["Bao Ngoc"], section="Society", meta_section="Society",
        url="https://hanoitimes.example.vn/hanoi-to-put-200-more-electric-buses-into-service-this-year-329871.html",
        description="Electric buses already make up about a quarter of the capital's fleet.",
        published="2025-02-14T10:32:00+07:00",
        breadcrumbs=["Society", "Transport"],
        byline_lines=["Bao Ngoc"], date_lines=["Feb 14, 2025 / 10:32"],
        caption="An electric bus on a street in Hanoi.", credit="Pham Hung/The Hanoi Times",
        credit_shown="Photo: Pham Hung/The Hanoi Times",
        inserts={4: [("link", "Read more:", "Hanoi extends parking fee pilot to four more districts")]},
        tags=("Tags:", ["electric bus", "public transport", "Hanoi"]),
        lists=[("Related news", ["Hanoi to pilot low-emission zone in Old Quarter", "Metro Line 3 adds peak-hour trains"])],
        paras=P("""
Hanoi will put another 200 electric buses into service this year as part of its plan to convert the city's entire
public bus fleet to clean energy by 2030.

The new buses will run on 12 routes, including lines connecting the city center with the new urban areas in Gia
Lam and Dong Anh districts.

The city's transport department said electric buses now account for about a quarter of the roughly 2,000 buses
operating in the capital.

Hanoi's air quality regularly ranks among the worst in Southeast Asia during the winter months, when smoke from
burning crop waste and emissions from motorbikes are trapped close to the ground.

Deputy director of the transport department Nguyen Van Tuan said the city would also build more charging
stations at bus depots.

"We want residents to see the bus as a comfortable and modern choice, not the last option," he said.

Passengers can pay fares with bank cards and mobile wallets on all new buses.

The city will also give priority lanes to buses on several major roads, including Nguyen Trai and Le Van Luong.

Hanoi has about eight million residents and more than seven million motorbikes.

Its first metro line opened in 2021 and a second, elevated line began full operation in 2024.
"""),
        must_have=[
            "The new buses will run on 12 routes, including lines connecting the city center with the new urban areas in Gia Lam and Dong Anh districts.",
            "Passengers can pay fares with bank cards and mobile wallets on all new buses.",
        ]),
    # eNCA (gzipped): staff, weekday stamp, "Picture: eNCA/Screengrab" credit, DStv channel line.
    rec(cluster="enca-durban-beaches-reopen", role="single", file="enca_durban_beaches_reopen.html.gz", render="html",
        site=SITE_ENCA,
        title="Durban beaches reopen for festive season as water quality improves", date="2025-12-05",
        country="ZA", region="africa", lang="en", authors=["Thandeka Ngubane"], section="South Africa", meta_section="South Africa",
        url="https://www.enca.example.com/news/durban-beaches-reopen-festive-season-water-quality-improves",
        description="Lifeguards will be on duty every day during the holidays, the city says.",
        published="2025-12-05T14:12:00+02:00",
        ticker=("LIVE", "Parliament debates budget adjustment bill"),
        byline_lines=["Thandeka Ngubane"], date_lines=["Friday 5 December 2025 - 14:12"],
        caption="Swimmers on the beach at uShaka in Durban.", credit="eNCA/Screengrab", credit_shown="Picture: eNCA/Screengrab",
        inserts={3: [("ad", "Advertisement")]},
        below_body=[("watch", "Watch eNCA live on DStv channel 403 and on enca.com")],
        tags=("Topics", ["Durban", "Beaches", "eThekwini"]),
        paras=P("""
Several beaches along Durban's Golden Mile have reopened to swimmers after new tests showed that water quality
had improved.

The eThekwini Municipality closed the beaches in October after heavy rains washed sewage from damaged pipes into
the sea.

Lifeguards will be on duty from 8am to 5pm every day during the festive season.

The city said it had repaired several pump stations and sewer lines that were damaged during the floods.

Tourism businesses on the beachfront had warned that the closures would hurt the holiday season, when thousands
of visitors arrive from Gauteng.

Municipal spokesperson Sipho Mkhize said water samples would be taken every week and the results published
online.

"We want people to enjoy our beaches, but we will not hesitate to close them if the results are bad," Mkhize
said.

Environmental groups have called on the city to speed up the replacement of ageing sewer pipes.

Some beaches north of the harbour remain closed until further notice.

Visitors are advised to check the municipality's social media pages before heading to the beach.
"""),
        must_have=[
            "Lifeguards will be on duty from 8am to 5pm every day during the festive season.",
            "Some beaches north of the harbour remain closed until further notice.",
        ]),
    # HVG: MTI copy, Hungarian, "MTI" byline, "Fotó: MTI/NAME" credit, consent banner.
    rec(cluster="hvg-mti-debrecen-villamos", role="single", file="hvg_mti_debrecen_villamos_hu.html", render="html", site=SITE_HVG,
        title="Három kilométerrel hosszabb lesz a debreceni villamosvonal", date="2025-05-06",
        country="HU", region="europe", lang="hu", agency="MTI", section="Itthon", meta_section="Itthon",
        url="https://hvg.example.hu/itthon/20250506_debrecen_villamos_hosszabbitas",
        description="A munkálatok jövő tavasszal kezdődhetnek, a vonal öt új megállót kap.",
        published="2025-05-06T14:05:00+02:00",
        ld_author=[{"@type": "Organization", "name": "MTI"}],
        byline_lines=["MTI"], date_lines=["2025. május 6. 14:05"],
        caption="Villamos Debrecen belvárosában.", credit="MTI/Kerekes Dániel", credit_shown="Fotó: MTI/Kerekes Dániel",
        inserts={3: [("ad", "Hirdetés")], 6: [("link", "Ezt is ajánljuk:", "Győrben is új buszokat állítanak forgalomba")]},
        tags=("Címkék:", ["Debrecen", "villamos", "közlekedés"]),
        lists=[("Legolvasottabb", ["Megjelent az új menetrend a Balatonon", "Drágul a parkolás Szegeden"])],
        paras=P("""
Három kilométerrel meghosszabbítják a debreceni 2-es villamosvonalat, a munkálatok jövő tavasszal
kezdődhetnek – jelentette be kedden a város polgármestere.

Az új szakasz a Nagyállomástól a déli ipari parkig vezet majd, és öt új megállót kap.

A beruházás költsége mintegy 28 milliárd forint, amelyet nagyrészt uniós forrásból fedeznek.

A városvezetés szerint a déli ipari parkban már több mint tízezer ember dolgozik, és a munkavállalók többsége
jelenleg autóval vagy busszal jár be.

Kovács Gábor alpolgármester elmondta, hogy a villamos reggelente és délutánonként hatpercenként közlekedik
majd.

„A cél az, hogy a dolgozók gyorsan és kiszámíthatóan jussanak el a munkahelyükre” – fogalmazott.

A projekt részeként a vonal mentén kerékpárutat és új gyalogátkelőket is építenek.

Az építkezés ideje alatt több utcában forgalomkorlátozásra kell számítani.

A munkálatok várhatóan két évig tartanak.

A városban az elmúlt években több nagy gyár is épült, ezért a közlekedési hálózatot is bővíteni kell.

Az új villamosokat a meglévő járműtelepen helyezik el, amelyet szintén bővítenek.

A lakossági fórumot május végén tartják a városházán.

Debrecen Magyarország második legnagyobb városa, villamoshálózata jelenleg két vonalból áll.
"""),
        must_have=[
            "Az új szakasz a Nagyállomástól a déli ipari parkig vezet majd, és öt új megállót kap.",
            "A munkálatok várhatóan két évig tartanak.",
        ]),
    # La Gazzetta del Mezzogiorno: Italpress copy, "BARI (ITALPRESS) – " dateline, "(ITALPRESS)." sign-off.
    rec(cluster="gazzettamezzogiorno-italpress-puglia-scuole", role="single",
        file="gazzettamezzogiorno_italpress_puglia_scuole_it.html", render="html", site=SITE_GDM,
        title="Puglia, 30 milioni per il fotovoltaico sui tetti delle scuole", date="2025-10-15",
        dateline="BARI (ITALPRESS) \u2013 ", city="Bari", country="IT", region="europe", lang="it", agency="Italpress",
        section="Puglia", meta_section="Puglia",
        url="https://www.lagazzettadelmezzogiorno.example.it/news/puglia/1612345/puglia-30-milioni-per-il-fotovoltaico-sui-tetti-delle-scuole.html",
        description="Il bando per Comuni e Province sarà pubblicato entro fine mese.",
        published="2025-10-15T12:45:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Redazione online"}],
        byline_lines=["Redazione online"], date_lines=["15 Ottobre 2025, 12:45"],
        inserts={2: [("ad", "Pubblicità")], 5: [("link", "Leggi anche", "Bari, nuove corse notturne per gli autobus urbani")]},
        end_lines=["(ITALPRESS)."],
        tags=("Argomenti", ["Regione Puglia", "scuole", "fotovoltaico"]),
        paras=P("""
La Regione Puglia ha stanziato 30 milioni di euro per installare impianti fotovoltaici sui tetti delle scuole
pubbliche del territorio.

Il bando, rivolto ai Comuni e alle Province, sarà pubblicato entro la fine del mese.

Ogni ente potrà chiedere fino a 500 mila euro per singolo edificio scolastico.

Secondo la Regione, gli impianti permetteranno di ridurre in media del 40 per cento la spesa per l'energia
elettrica delle scuole coinvolte.

"Vogliamo che le scuole diventino un esempio concreto di transizione energetica per gli studenti e le famiglie",
ha dichiarato l'assessore regionale allo Sviluppo economico, Marco De Santis.

Le risorse provengono dai fondi europei per la coesione del ciclo 2021-2027.

Saranno premiati i progetti che prevedono anche sistemi di accumulo e colonnine per la ricarica dei mezzi
elettrici.

I lavori dovranno essere completati entro la fine del 2027.

In Puglia sono circa 1.800 gli edifici scolastici di proprietà pubblica, molti dei quali costruiti prima degli
anni Ottanta.

La Regione ha già finanziato negli ultimi anni interventi di efficientamento energetico in oltre 200 scuole.
"""),
        must_have=[
            "Ogni ente potrà chiedere fino a 500 mila euro per singolo edificio scolastico.",
            "I lavori dovranno essere completati entro la fine del 2027.",
        ]),
    # Cabin Radio (Yellowknife): staff, MDT evening stamp (next day in UTC), no article:section, member appeal.
    rec(cluster="cabinradio-frame-lake-boardwalk", role="single", file="cabinradio_yellowknife_boardwalk.html", render="html",
        site=SITE_CAB,
        title="Yellowknife council approves plan to replace aging Frame Lake boardwalk", date="2025-06-17",
        country="CA", region="americas", lang="en", authors=["Megan Tsetta"],
        url="https://cabinradio.example.ca/218934/news/yellowknife/council-approves-plan-to-replace-frame-lake-boardwalk/",
        description="Sections of the popular trail have been closed since last summer.",
        published="2025-06-17T19:40:00-06:00",
        meta_author="Megan Tsetta",
        byline_lines=["Megan Tsetta"], date_lines=["Published: June 17, 2025 at 7:40 PM MDT"],
        share_top=False,
        caption="A closed section of the Frame Lake trail boardwalk in May 2025.", credit="Megan Tsetta/Cabin Radio",
        credit_shown="Megan Tsetta/Cabin Radio",
        below_body=[("support", "Cabin Radio is independent, locally owned news. If you value our reporting, please consider becoming a member.")],
        newsletter_end=["Get the NWT's top stories in your inbox", "Sign up for our free daily newsletter.", "Subscribe"],
        lists=[("Latest news", ["Dettah ice road closes early", "NWT wildfire season outlook released"])],
        paras=P("""
Yellowknife city council has approved a plan to replace the aging boardwalk along the Frame Lake trail, one of
the city's most popular walking routes.

Sections of the boardwalk have been closed since last summer after inspectors found rotting planks and shifting
supports.

The new boardwalk will be built with steel piles and composite decking designed to cope with the movement of the
ground as permafrost thaws.

City staff estimate the work will cost about $3.2 million, with part of the money coming from federal
infrastructure funding.

Councillor Ruth Alexie said residents had made it clear how much they valued the trail.

"People walk their dogs there, kids bike to school on it, and elders use it to get out on the land without
leaving town," she said.

Construction is expected to begin in July and will be done in phases so that most of the trail stays open.

The Frame Lake trail loops around the lake between the downtown, the hospital and the legislative assembly.

Some residents asked whether the city could add more benches and lighting for the winter months.

Staff said lighting would be considered in a later phase of the project.
"""),
        must_have=[
            "The new boardwalk will be built with steel piles and composite decking designed to cope with the movement of the ground as permafrost thaws.",
            "Construction is expected to begin in July and will be done in phases so that most of the trail stays open.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, Expansão (Angola): Lusa copy, "Luanda, 24 jun 2025 (Lusa) - " dateline, rubric line.
    rec(cluster="expansao-lusa-luanda-cafe", role="single", file="newsplease_expansao_lusa_luanda_cafe_pt.json",
        render="newsplease", title="Angola: Produção de café cresce 20% e Governo quer voltar a exportar para a Europa",
        date="2025-06-24", dateline="Luanda, 24 jun 2025 (Lusa) - ", city="Luanda", country="AO", region="africa",
        lang="pt", agency="Lusa",
        url="https://expansao.example.co.ao/economia/interior/producao-de-cafe-cresce-20-e-governo-quer-voltar-a-exportar-127845.html",
        source_domain="expansao.example.co.ao",
        description="A produção aproximou-se das 9.000 toneladas na última campanha agrícola.",
        np_authors=["Lusa"], np_publish="2025-06-24 17:40:00", np_download="2025-06-25 03:11:02",
        head_lines=["Economia", "Lusa", "24 Jun. 2025 17:40"],
        tail_lines=["Partilhar", "Notícias relacionadas", "Subscreva a newsletter do Expansão"],
        paras=P("""
A produção de café em Angola cresceu cerca de 20% na última campanha agrícola, para perto de 9.000 toneladas,
anunciou hoje o Instituto Nacional do Café.

O aumento deve-se sobretudo à recuperação de plantações abandonadas nas províncias do Cuanza Sul e do Uíge.

Nos anos 1970, Angola chegou a ser um dos maiores produtores mundiais de café, com mais de 200.000 toneladas por
ano.

A guerra civil levou ao abandono da maior parte das fazendas e a produção nunca recuperou os níveis de então.

O diretor do instituto, Manuel Cambuta, disse à Lusa que o objetivo é voltar a exportar café para a Europa de
forma regular nos próximos três anos.

"Temos clima, temos terra e temos conhecimento, falta-nos investimento em secagem e transporte", afirmou.

O Governo angolano tem distribuído mudas e pequenos créditos aos produtores familiares, que asseguram a maior
parte da colheita.

Parte do café é vendida no mercado interno, onde o consumo tem aumentado nas cidades.

Os produtores queixam-se do mau estado das estradas rurais, que encarece o transporte até Luanda.

A próxima campanha de comercialização começa em julho.
"""),
        must_have=[
            "O aumento deve-se sobretudo à recuperação de plantações abandonadas nas províncias do Cuanza Sul e do Uíge.",
            "Os produtores queixam-se do mau estado das estradas rurais, que encarece o transporte até Luanda.",
        ]),
    # news-please, Bernews (Bermuda): staff, no byline, Title Case headline, "Read More About" and category lines.
    rec(cluster="bernews-ferry-st-georges", role="single", file="newsplease_bernews_ferry_st_georges.json",
        render="newsplease", title="Ferry Service To Add Extra Sailings To St George's",
        date="2025-04-02", country="BM", region="americas", lang="en",
        url="https://bernews.example.com/2025/04/ferry-service-to-add-extra-sailings-to-st-georges/",
        source_domain="bernews.example.com",
        description="The orange route will run seven days a week during the summer season.",
        np_authors=[], np_publish="2025-04-02 14:15:00", np_download="2025-04-02 20:48:37",
        head_lines=["April 2, 2025 | 3 Comments"],
        tail_lines=["Read More About", "#Ferry #StGeorges #Transport", "Category: All, News, Transport"],
        paras=P("""
The Department of Marine and Ports Services will add extra ferry sailings between Hamilton and St George's from
next week to meet demand from residents and visitors.

The orange route will run seven days a week during the summer season, with four additional sailings on
weekdays.

A Government spokesperson said the change followed a review of passenger numbers last year, which showed that
many ferries on the route were full at peak times.

The new schedule will take effect on Monday, April 7.

Ferry passengers can pay fares with the Government's transportation app or with tokens and passes.

The Minister of Transport said: "We want to make it easier for people to get to the East End without getting in
a car."

Cruise ship passengers docking at Dockyard will also have more options to visit the Unesco World Heritage town of
St George's.

Businesses in St George's have long asked for better transport links, saying visitors often spend only a few
hours in the town.

The department said it was also hiring additional crew to ensure the extra sailings could operate reliably.

Updated timetables are available at ferry terminals and online.
"""),
        must_have=[
            "The orange route will run seven days a week during the summer season, with four additional sailings on weekdays.",
            "Ferry passengers can pay fares with the Government's transportation app or with tokens and passes.",
        ]),
    # news-please, Daily Express (Sabah): Bernama copy, "SANDAKAN: " dateline, "By: Bernama" and "-- Bernama".
    rec(cluster="dailyexpress-bernama-sandakan-fish", role="single", file="newsplease_dailyexpress_bernama_sandakan_fish.json",
        render="newsplease", title="Sandakan to get new fish landing complex",
        date="2025-08-07", dateline="SANDAKAN: ", city="Sandakan", country="MY", region="asia", lang="en", agency="Bernama",
        url="https://www.dailyexpress.example.com.my/news/251234/sandakan-to-get-new-fish-landing-complex/",
        source_domain="www.dailyexpress.example.com.my",
        description="The RM35 million complex will replace the ageing facility at the waterfront.",
        np_authors=["Bernama"], np_publish="2025-08-07 00:00:00", np_download="2025-08-07 09:26:51",
        head_lines=["By: Bernama", "Published on: Thursday, August 07, 2025"],
        tail_lines=["-- Bernama", "Stay up-to-date by following Daily Express\u2019s Telegram channel.", "Follow us on Facebook and Instagram"],
        paras=P("""
The Federal Government has approved RM35 million for a new fish landing complex here to replace the ageing
facility at the Sandakan waterfront.

State Fisheries director Jainal Abidin Kassim said the new complex would include an ice plant, cold rooms and a
wholesale market hall.

The existing jetty, built in the 1980s, can no longer accommodate the larger boats now used by local fishermen.

He said more than 2,000 fishermen and traders depend on the landing facility for their livelihood.

"With better cold storage, fishermen will be able to get better prices instead of selling cheaply at the end of
the day," he told reporters after visiting the site yesterday.

Construction is expected to start early next year and take about two years.

Sandakan is one of the main fishing ports on the east coast of Sabah, supplying fish to markets across the state
and to Peninsular Malaysia.

The new complex will also have a dedicated area for small-scale fishermen who use traditional boats.

The local fishermen's association welcomed the project but asked for a temporary landing site during
construction.
"""),
        must_have=[
            "The existing jetty, built in the 1980s, can no longer accommodate the larger boats now used by local fishermen.",
            "Construction is expected to start early next year and take about two years.",
        ]),
    # trafilatura, Georgia Today: staff, English, first category "Business".
    rec(cluster="georgiatoday-batumi-cable-car", role="single", file="trafilatura_georgiatoday_batumi_cable_car.json",
        render="trafilatura", title="Batumi to build new cable car line to the Botanical Garden",
        date="2025-07-22", country="GE", region="asia", lang="en", authors=["Nino Gelashvili"], section="Business",
        url="https://georgiatoday.example.ge/batumi-to-build-new-cable-car-line-to-the-botanical-garden/",
        hostname="georgiatoday.example.ge", source_hostname="Georgia Today",
        description="The 3.5-kilometer line would have three stations.",
        tf_author="Nino Gelashvili", tf_date="2025-07-22", tf_language="en", categories="Business;Tourism;Batumi",
        tf_tags="Batumi;cable car;tourism",
        head_lines=["Nino Gelashvili", "22 July 2025 14:05"],
        inserts={4: ["Read more: Tbilisi Metro to extend opening hours during summer"]},
        tail_lines=["Topics: Batumi, Cable car, Tourism", "Follow Georgia Today on Facebook and Telegram"],
        paras=P("""
Batumi City Hall has announced plans to build a new cable car line linking the city's seafront with the Batumi
Botanical Garden, one of the most visited sites on Georgia's Black Sea coast.

The 3.5-kilometer line would have three stations and carry up to 1,500 passengers an hour in each direction.

The project is expected to cost around GEL 90 million and will be carried out under a public-private
partnership.

Traffic on the narrow coastal road to the botanical garden becomes heavily congested during the summer season,
when hundreds of thousands of tourists visit Batumi.

Deputy Mayor Giorgi Beridze said the cable car would make the journey faster and reduce pollution.

"Tourists will be able to travel from the boulevard to the garden in about fifteen minutes and enjoy views of the
sea along the way," he said.

Batumi already has one cable car, the Argo, which takes visitors to a hilltop viewpoint above the city.

Construction could begin next year if an investor is selected by the end of 2025.

Environmental groups have asked the city to publish a detailed assessment of the project's impact on the
protected forest around the garden.

Georgia received a record number of international visitors last year, with Batumi among the most popular
destinations.
"""),
        must_have=[
            "The 3.5-kilometer line would have three stations and carry up to 1,500 passengers an hour in each direction.",
            "Construction could begin next year if an investor is selected by the end of 2025.",
        ]),
    # trafilatura, Dabanga: staff, no byline, "KASSALA – " dateline, donation appeal.
    rec(cluster="dabanga-kassala-water-shortage", role="single", file="trafilatura_dabanga_kassala_water.json",
        render="trafilatura", title="Kassala residents face water shortages as displaced families arrive",
        date="2025-03-20", dateline="KASSALA \u2013 ", city="Kassala", country="SD", region="africa", lang="en",
        section="Humanitarian",
        url="https://www.dabanga.example.org/en/all-news/article/kassala-residents-face-water-shortages-as-displaced-families-arrive",
        hostname="www.dabanga.example.org", source_hostname="Dabanga Sudan",
        description="A barrel of water now costs up to three times more than in January.",
        tf_author=None, tf_date="2025-03-20", tf_language="en", categories="Humanitarian;Eastern Sudan",
        tf_tags="Kassala;water;displacement",
        head_lines=["March 20, 2025"],
        tail_lines=["Radio Dabanga's editorial independence means that we can continue to provide factual updates about "
                    "the ongoing conflict to millions of Sudanese, both in Sudan and abroad.",
                    "Support Radio Dabanga", "Back to overview"],
        paras=P("""
Residents of several neighbourhoods in Kassala say they have gone without piped water for more than two weeks,
as the arrival of thousands of displaced families puts pressure on the city's ageing water network.

Women and children queue for hours at hand pumps and water trucks, where a barrel of water now costs up to three
times more than in January.

A member of a local emergency response room told Radio Dabanga that the main pumping station was working at half
its capacity because of power cuts.

"The generators need fuel, and fuel is expensive and hard to find," he said, asking not to be named for safety
reasons.

Kassala, in eastern Sudan near the border with Eritrea, has received large numbers of people fleeing fighting in
Gezira and Khartoum since 2023.

Aid agencies have set up water tanks in some of the shelters for displaced people, but residents say supplies are
far from enough.

Health workers warn that the shortages increase the risk of cholera and other waterborne diseases as the hot
season approaches.

The state water corporation said repairs to two broken pipelines would be completed by the end of the month.

Some families have started to collect water from the seasonal Gash River, which is usually dry at this time of
year except for shallow wells dug in the riverbed.
"""),
        must_have=[
            "Women and children queue for hours at hand pumps and water trucks, where a barrel of water now costs up to three times more than in January.",
            "Health workers warn that the shortages increase the risk of cholera and other waterborne diseases as the hot season approaches.",
        ]),
    # trafilatura, Frontier Myanmar: staff, "By FRONTIER" placeholder byline, first category "Business".
    rec(cluster="frontier-yangon-solar-power-cuts", role="single", file="trafilatura_frontier_yangon_solar.json",
        render="trafilatura", title="Solar panels sell out in Yangon as power cuts stretch to 16 hours a day",
        date="2025-04-29", country="MM", region="asia", lang="en", section="Business",
        url="https://www.frontiermyanmar.example.net/en/solar-panels-sell-out-in-yangon-as-power-cuts-stretch-to-16-hours-a-day/",
        hostname="www.frontiermyanmar.example.net", source_hostname="Frontier Myanmar",
        description="The price of a basic home solar kit has more than doubled in a year.",
        tf_author="Frontier", tf_date="2025-04-29", tf_language="en", categories="Business;Energy",
        tf_tags="Yangon;electricity;solar",
        head_lines=["By FRONTIER", "29 April 2025"],
        tail_lines=["Frontier relies on its readers. Become a member to support independent journalism from Myanmar.",
                    "More stories"],
        paras=P("""
Shops selling solar panels and batteries in Yangon say they cannot keep up with demand as daily power cuts in the
commercial capital stretch to as long as 16 hours.

Residents in many townships now receive electricity for only four hours at a time, twice a day, under a rotating
schedule.

The price of a basic home solar kit with a panel, battery and inverter has more than doubled in the past year,
traders said.

Most of the equipment is imported from China and Thailand and paid for in US dollars, which are increasingly
expensive on the informal market.

"People come in with their savings and ask for anything that can keep a fan and a refrigerator running," said a
shop owner in Tamwe Township, who asked not to be named.

Small businesses such as tea shops, tailors and printing shops have been hit hard by the outages.

Some have moved their work to the night hours when power is more likely to be available.

Diesel generators are an option for those who can afford fuel, but prices have also risen sharply.

The electricity shortage is caused in part by falling gas production and damage to transmission lines in
conflict areas.

Officials have said the situation should improve when the rainy season fills the reservoirs of hydropower dams.
"""),
        must_have=[
            "Residents in many townships now receive electricity for only four hours at a time, twice a day, under a rotating schedule.",
            "Small businesses such as tea shops, tailors and printing shops have been hit hard by the outages.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_LIN = site("Linfodrome", "https://www.linfodrome.example.ci", " - Linfodrome", "fr_FR", "@linfodrome",
                ["Actualités", "Politique", "Economie", "Société", "Sport", "Culture", "Afrique", "International"],
                ["\u00a9 2025 Linfodrome. Tous droits réservés.", "Qui sommes-nous ?", "Publicité", "Contact"],
                share=["Partager", "Facebook", "X", "WhatsApp"])

JSONL_STORIES = [
    # news-please shape: the AP story on the Kansas City Star (syndicated member of the AP cluster).
    dict(MONTERREY, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.kansascity.example.com/news/nation-world/world/article301245678.html",
         source_domain="www.kansascity.example.com",
         np_authors=["Luis Fernández Ortega", "The Associated Press"], np_publish="2025-03-03 16:10:00",
         np_download="2025-03-04 02:17:45",
         head_lines=["By Luis Fernández Ortega", "The Associated Press"],
         tail_lines=[MONTERREY_CONTRIB, "This story was originally published March 3, 2025 at 4:10 PM."]),
    # trafilatura shape: the EFE story on El Litoral (syndicated member of the EFE cluster).
    dict(ASUNCION, role="syndicated", file=JSONL_A, render="trafilatura", section="Internacionales",
         url="https://www.ellitoral.example.com/internacionales/2025-9-8-16-5-0-el-rio-paraguay-cae-a-su-nivel-mas-bajo-del-ano",
         hostname="www.ellitoral.example.com", source_hostname="El Litoral",
         tf_author="EFE", tf_date="2025-09-08", tf_language="es", categories="Internacionales;Hidrovía",
         tf_tags="río Paraguay;bajante;hidrovía",
         head_lines=["Fuente: EFE", "08/09/2025 - 16:05"],
         tail_lines=["Más noticias de Internacionales", "Suscribite a El Litoral"]),
    # newsbeam text shape: The Guam Daily Post, staff, "NAME | The Guam Daily Post" byline.
    rec(cluster="postguam-solar-streetlights", role="single", file=JSONL_A, render="newsbeam",
        title="Solar streetlights coming to northern and central villages",
        date="2025-10-08", country="GU", region="oceania", lang="en", authors=["Marcia Taitano"],
        url="https://www.postguam.example.com/news/local/solar-streetlights-coming-to-northern-and-central-villages/article_5e1c2a7e.html",
        nb_published="2025-10-08T17:30:00+10:00", outlet="The Guam Daily Post", nb_authors=["Marcia Taitano"],
        head_lines=["Marcia Taitano | The Guam Daily Post", "Oct 8, 2025"],
        tail_lines=["Sign up for our newsletters", "Get the latest news delivered to your inbox."],
        paras=P("""
More than 400 solar-powered streetlights will be installed along roads in Yigo, Mangilao and Talofofo over the
next year, the Guam Power Authority announced Tuesday.

The lights will be placed mainly on village roads that have been dark since poles were damaged by Typhoon Mawar
in 2023.

Each light has its own panel and battery, allowing it to keep working during power outages.

Village mayors have long asked for more lighting, citing concerns about pedestrian safety and crime.

Yigo Mayor Rosa Cruz said residents walking to bus stops early in the morning had been at risk on unlit roads.

"Our people shouldn't have to walk in the dark to catch the school bus," she said.

The project is funded with $3.1 million in federal grant money.

GPA said the first lights would go up along Route 15 in December.

The utility is also replacing older streetlights across the island with LED fixtures to reduce energy costs.

Residents can report broken streetlights through the GPA website or by calling its customer service line.
"""),
        must_have=[
            "Each light has its own panel and battery, allowing it to keep working during power outages.",
            "The project is funded with $3.1 million in federal grant money.",
        ]),
    # newsbeam html shape: the AFP story on Linfodrome (syndicated member of the AFP cluster), with the AFP dateline.
    dict(ABIDJAN, role="syndicated", file=JSONL_B, render="newsbeam", nb_html=True, site=SITE_LIN,
         dateline="Abidjan (AFP) - ", city="Abidjan",
         section="Société", meta_section="Société",
         url="https://www.linfodrome.example.ci/societe/104512-a-abidjan-la-jacinthe-d-eau-etouffe-la-lagune-ebrie",
         published="2025-05-14T16:20:00+00:00",
         nb_published="2025-05-14T16:20:00Z", outlet="Linfodrome", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         byline_lines=["AFP"], date_lines=["Publié le mercredi 14 mai 2025 | 16:20"],
         tags=("Mots-clés :", ["Lagune Ebrié", "Pêche", "Abidjan"])),
    # trafilatura shape: Äripäev, staff, Estonian, author's job title line, first category "Uudised".
    rec(cluster="aripaev-tartu-rattaringlus", role="single", file=JSONL_B, render="trafilatura",
        title="Tartu laiendab rattaringlust ka naabervaldadesse",
        date="2025-05-27", country="EE", region="europe", lang="et", authors=["Kadri Lepik"], section="Uudised",
        url="https://www.aripaev.example.ee/uudised/2025/05/27/tartu-laiendab-rattaringlust-ka-naabervaldadesse",
        hostname="www.aripaev.example.ee", source_hostname="Äripäev",
        description="Hanke eeldatav maksumus on umbes 2,4 miljonit eurot.",
        tf_author="Kadri Lepik", tf_date="2025-05-27", tf_language="et", categories="Uudised;Transport",
        tf_tags="Tartu;rattaringlus;hange",
        head_lines=["Kadri Lepik", "ajakirjanik", "27. mai 2025, 11:20"],
        inserts={3: ["Loe ka: Tallinna ühistranspordi piletihinnad tõusevad juulist"]},
        tail_lines=["Jaga", "Telli Äripäeva uudiskiri"],
        paras=P("""
Tartu linn laiendab järgmisel aastal rattaringlust ka naabervaldadesse ning ostab selleks umbes 300 uut
elektriratast.

Uued rattaringluse parklad rajatakse Tartu valla, Kambja valla ja Luunja valla suurematesse asulatesse.

Hanke eeldatav maksumus on umbes 2,4 miljonit eurot, millest osa kaetakse Euroopa Liidu toetusega.

Tartu rattaringlus alustas tööd 2019. aastal ja on praegu üks suuremaid Baltimaades.

Praegu on Tartus üle 100 rattaringluse parkla ja ligi 900 ratast.

Linna andmetel tehti eelmisel aastal ringlusratastega üle kahe miljoni sõidu.

Kasutajate arv on igal aastal kasvanud, eriti üliõpilaste seas.

Abilinnapea Jaan Rebane ütles, et paljud naabervaldade elanikud käivad Tartus tööl ja koolis.

„Tahame, et inimesed saaksid kodust linna sõita ilma autot kasutamata,“ ütles Rebane.

Naabervallad maksavad oma territooriumil asuvate parklate ülalpidamise eest ise.

Rattaringlus on avatud aprillist novembrini, talvel rattaid ei kasutata.

Linn kaalub ka võimalust pakkuda rattaringluse kasutajatele soodsamat ühispiletit koos bussisõiduga.

Uute rataste seas on ka mõned kaubarattad, mida saab kasutada suuremate ostude vedamiseks.

Rattaringluse kasutamiseks on vaja nutitelefoni rakendust või ühistranspordikaarti.

Hanke võitja selgub eeldatavasti sügisel.
"""),
        must_have=[
            "Hanke eeldatav maksumus on umbes 2,4 miljonit eurot, millest osa kaetakse Euroopa Liidu toetusega.",
            "Naabervallad maksavad oma territooriumil asuvate parklate ülalpidamise eest ise.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "thirty-seventh held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Gold Coast Bulletin's 2025-09-18T05:00+10:00 is "
    "the previous day in UTC and Cabin Radio's 2025-06-17T19:40-06:00 ('7:40 PM MDT') the next day in UTC, but both stay "
    "on the local date; The Assam Tribune's dateline 'DIBRUGARH, Feb 17: ' names the day of reporting, while the page "
    "stamp '18 Feb 2025 5:30 AM' is the publication (2025-02-18); the Dallas Morning News 'Updated' stamp is an update, "
    "not the publication; the Kansas City Star's 'originally published March 3, 2025 at 4:10 PM' is the first "
    "publication of its copy; Linfodrome's crawler stamp 16:20Z is the same day in Abidjan (UTC+0); HabariLEO's "
    "'Aprili 9, 2025' is the Swahili month name; El Litoral's '08/09/2025' and Diari d'Andorra's '22/01/2025' are "
    "day/month/year; the Daily Express news-please record has a date-only publish stamp (00:00:00)",
    "dateline_city": "'MONTERREY, Mexico (AP) \u2014 ' -> 'Monterrey' (both AP copies); 'Abidjan (AFP) - ' -> 'Abidjan' on "
    "Linfodrome, while L'essentiel prints the same AFP story without a dateline (null); 'Asunción, 8 sep (EFE).- ' -> "
    "'Asunción' (both EFE copies); 'DIBRUGARH, Feb 17: ' -> 'Dibrugarh'; 'Lüneburg (dpa/lni) - ' -> 'Lüneburg' ('lni' is "
    "dpa's Lower Saxony desk); 'BARI (ITALPRESS) \u2013 ' -> 'Bari'; 'Mogadishu (HOL) - ' -> 'Mogadishu' (HOL is Hiiraan "
    "Online itself); 'Luanda, 24 jun 2025 (Lusa) - ' -> 'Luanda'; 'SANDAKAN: ' -> 'Sandakan'; 'KASSALA \u2013 ' -> "
    "'Kassala'; the other records have no dateline and take the country of the story's location (Alice Springs, Odense, "
    "Mbeya, Canillo/Ordino, Kaunas, Jersey, Fuvahmulah, Libreville/Akanda, Gold Coast, Hanoi, Durban, Debrecen, "
    "Yellowknife, Bermuda, Batumi, Yangon, Guam, Tartu)",
    "country": "the AP story is datelined Monterrey (MX) although both copies run on US sites; the AFP story is set in "
    "Abidjan (CI) although L'essentiel is a Luxembourg paper; the EFE story is datelined Asunción (PY) although El Litoral "
    "is Argentine; Bermuda (BM) is americas by UN M49 (Northern America); Jersey (JE) is its own ISO code, europe; Guam "
    "(GU) is oceania; Georgia (GE) is asia by UN M49 (Western Asia); Andorra (AD) is europe",
    "agency": "the Dallas Morning News and the Kansas City Star carry AP; L'essentiel and Linfodrome carry AFP (L'essentiel "
    "shows it only in its '(L'essentiel/AFP)' sign-off: the story is AFP copy); Hoy and El Litoral carry EFE; the "
    "Hannoversche Allgemeine carries dpa; Kauno diena carries BNS ('BNS inf.', i.e. BNS information, in place of a "
    "byline); HVG carries MTI (byline); La Gazzetta del Mezzogiorno carries Italpress (dateline and '(ITALPRESS).' "
    "sign-off; 'Redazione online' is the web desk); Expansão carries Lusa; the Daily Express carries Bernama; all other "
    "records are staff copy (agency null). Hiiraan Online's '(HOL)' in its dateline is the publisher, not a wire",
    "authors": "AP: the bylined writer plus the 'contributed to this report' name on both copies; the Kansas City Star "
    "news-please author 'The Associated Press' is not an author; wire pages bylined only with the agency ('EFE', 'dpa', "
    "'MTI', 'AFP', 'By: Bernama', 'Lusa', 'BNS inf.', 'Fuente: EFE') have no authors; The Assam Tribune's 'By - "
    "Correspondent', La Gazzetta del Mezzogiorno's 'Redazione online', Frontier's 'By FRONTIER' (and its trafilatura "
    "author 'Frontier') are placeholders; Dabanga, Bernews and Hiiraan Online print no byline; 'By LISA HOWARTH' -> 'Lisa "
    "Howarth' (natural case); 'Na Neema Mollel' is the Swahili 'By' line; 'Journalist' (Fyens Stiftstidende) and "
    "'ajakirjanik' (Äripäev) are job labels under the name; 'Marcia Taitano | The Guam Daily Post' -> 'Marcia Taitano'",
    "editors": "no record names an editor",
    "caption_credit": "credits without their wrapper: 'Foto: Anders Thygesen' -> 'Anders Thygesen'; 'FOTO: Marc Riba' -> "
    "'Marc Riba'; '(Photo/Atoll Times)' -> 'Atoll Times'; '\u00a9 Gabonreview' -> 'Gabonreview'; 'Photo: Lisa Howarth' -> "
    "'Lisa Howarth' (the writer took the picture; she stays an author as the bylined writer); 'Foto: EFE/Rubén Peña' -> "
    "'EFE/Rubén Peña'; '(Alejandro Salazar / AP)' -> 'Alejandro Salazar / AP'; L'essentiel's bare 'AFP' -> 'AFP'; 'Foto: "
    "Marek Lindholm/dpa' -> 'Marek Lindholm/dpa'; 'Picture: Mitch Harrower' -> 'Mitch Harrower'; 'Photo: Pham Hung/The "
    "Hanoi Times' -> 'Pham Hung/The Hanoi Times'; 'Picture: eNCA/Screengrab' -> 'eNCA/Screengrab'; 'Fotó: MTI/Kerekes "
    "Dániel' -> 'MTI/Kerekes Dániel'; Cabin Radio's 'Megan Tsetta/Cabin Radio' as printed",
    "section": "HTML pages (and the newsbeam html record) take article:section (Cabin Radio's page has none: null); "
    "trafilatura records take their first category; news-please, plain text and newsbeam text records have none",
    "chrome": "includes consent dialogs, paywall and subscriber badges, newsletter, app, channel and membership promos, "
    "share bars, related-story links, comment gates and disclaimers, tag and category lines, job-title lines, agency "
    "sign-offs and source lines, CMS and licence footers and copyright lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and EFE in the plain batch, AFP in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all other "
    "records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"correspondent", "by - correspondent", "bns", "bns inf.", "mti", "italpress", "redazione online",
                "bernama", "by: bernama", "hol", "hiiraan online", "frontier", "by frontier", "frontier myanmar",
                "enca", "l'essentiel", "linfodrome", "the associated press", "dabanga", "radio dabanga",
                "journalist", "ajakirjanik", "the guam daily post", "the dallas morning news", "expansão",
                "fuente: efe", "el litoral", "hoy"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
