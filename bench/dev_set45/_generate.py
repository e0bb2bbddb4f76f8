#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's forty-fifth development set (bench/dev_set45/, first written as the forty-second held-out set).

    .venv/bin/python bench/dev_set45/_generate.py

Writes ``bench/dev_set45/articles/*`` and ``bench/dev_set45/labels.json`` (next to this
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
bench/dev_set44/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout42_2025-a.jsonl"
JSONL_B = "crawl_holdout42_2025-b.jsonl.gz"


# ---- cluster: AP, Honolulu (Hawaii Tribune-Herald scrape + copy on the Lewiston Tribune in the plain batch) ----

HONOLULU = dict(
    cluster="ap-honolulu-interisland-ferry-study",
    title="Hawaii to study bringing back an interisland ferry, 16 years after the last one stopped",
    date="2025-06-10",
    dateline="HONOLULU (AP) \u2014 ",
    city="Honolulu",
    country="US",
    region="americas",
    agency="AP",
    authors=["Noelani Kahale"],
    editors=[],
    lang="en",
    description="The state will spend $2.5 million to look at routes, harbor work and fares for a passenger and vehicle ferry.",
    paras=P("""
Hawaii will spend $2.5 million to study whether a passenger and vehicle ferry between the islands could work
again, more than 15 years after the state's last interisland ferry stopped running, officials said Tuesday.

The state Department of Transportation said it will hire consultants to look at possible routes, harbor
improvements and how much travelers would be willing to pay.

Residents of Maui, Molokai and Lanai have long complained that flying is their only practical way to reach
Honolulu for medical appointments, and airfares have climbed since the pandemic.

"We hear from kupuna who skip specialist visits because a round-trip ticket costs more than their groceries for
the week," said state Sen. Malia Kekumu, who wrote the bill that pays for the study.

The last ferry, a high-speed service linking Oahu with Maui and Kauai, shut down in 2009 after the state Supreme
Court ruled that an environmental review should have been done before it began operating.

Environmental groups had argued that the fast vessels could strike humpback whales, which gather in Hawaiian
waters each winter.

Transportation officials said any new service would likely use slower vessels and would need a full
environmental review before it could start.

The study is due by the end of 2026.

Interisland cargo barges already run between the main harbors, carrying most of the food and fuel used on the
neighbor islands.

Hawaii is the only U.S. state made up entirely of islands, and its roughly 1.4 million residents depend on air
and sea links for nearly everything.
"""),
    must_have=[
        "Environmental groups had argued that the fast vessels could strike humpback whales, which gather in Hawaiian waters each winter.",
        "The study is due by the end of 2026.",
    ],
)
AP_RIGHTS = ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed without permission.")

# ---- cluster: EFE, Nouakchott (Canarias7 page + copy on Diario de Avisos in the plain batch) ----

NUAKCHOT = dict(
    cluster="efe-nouakchott-planta-desaladora",
    title="Mauritania inaugura una planta desaladora que abastecerá a un tercio de Nuakchot",
    date="2025-03-12",
    dateline="Nuakchot, 12 mar (EFE).- ",
    city="Nouakchott",
    country="MR",
    region="africa",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    description="La planta tendrá una capacidad de 100.000 metros cúbicos diarios y funcionará en parte con energía solar.",
    paras=P("""
Las autoridades de Mauritania inauguraron este miércoles una planta desaladora de agua de mar en el norte de
Nuakchot que abastecerá a cerca de un tercio de los habitantes de la capital, informó el Ministerio de Hidráulica
y Saneamiento.

La planta, construida en la costa atlántica a unos quince kilómetros del centro de la ciudad, tendrá una
capacidad de 100.000 metros cúbicos diarios.

Su construcción ha costado unos 170 millones de euros, financiados en parte por fondos árabes de desarrollo,
según el ministerio.

Nuakchot, con más de 1,4 millones de habitantes, depende en gran parte del agua del río Senegal, que llega a la
ciudad a través de una canalización de casi 200 kilómetros.

Los cortes de suministro son frecuentes en verano, cuando la demanda aumenta y muchos barrios periféricos reciben
agua solo unas horas al día.

"Antes teníamos que comprar el agua a los carros de burro, a un precio que muchas familias no pueden pagar", dijo
a EFE Mariem Mint Sidi, vecina del barrio de Dar Naim.

Las autoridades prevén conectar a la red a unos 40.000 hogares adicionales antes de final de año.

La planta funcionará en parte con energía solar procedente de una central situada a las afueras de la capital.

Mauritania, un país mayoritariamente desértico, sufre desde hace años escasez de agua en sus principales
ciudades.
"""),
    must_have=[
        "Las autoridades prevén conectar a la red a unos 40.000 hogares adicionales antes de final de año.",
        "La planta funcionará en parte con energía solar procedente de una central situada a las afueras de la capital.",
    ],
)

# ---- cluster: Lusa, Dili (Diário Insular scrape + copy on Jornal de Negócios in the gzipped batch) ----

DILI = dict(
    cluster="lusa-dili-ampliacao-aeroporto",
    title="Governo timorense aprova ampliação do aeroporto internacional de Díli",
    date="2024-09-18",
    dateline="",
    city=None,
    country="TL",
    region="asia",
    agency="Lusa",
    authors=[],
    editors=[],
    lang="pt",
    description="As obras incluem uma pista de 2.500 metros e um novo terminal de passageiros.",
    paras=P("""
O Conselho de Ministros timorense aprovou hoje o projeto de ampliação do Aeroporto Internacional Presidente
Nicolau Lobato, em Díli, que prevê uma pista mais longa e um novo terminal de passageiros, informou o Governo.

Segundo um comunicado divulgado no final da reunião, as obras deverão custar cerca de 180 milhões de dólares
(162 milhões de euros) e ser financiadas em parte por um empréstimo de um banco multilateral de desenvolvimento.

A atual pista, com cerca de 1.850 metros, não permite a aterragem de aviões de grande porte, o que limita as
ligações diretas do país.

Com a ampliação, a pista passará a ter 2.500 metros, permitindo voos diretos com aviões maiores para destinos
como Singapura, Banguecoque ou Darwin.

O novo terminal terá capacidade para cerca de um milhão de passageiros por ano, quase o triplo da atual.

"Este é um projeto essencial para o turismo e para a economia nacional", afirmou o porta-voz do Governo,
Agostinho Soares, em declarações aos jornalistas.

As obras deverão arrancar no primeiro semestre de 2025 e durar cerca de três anos.

O executivo prevê ainda melhorar a estrada que liga o aeroporto ao centro da capital, frequentemente
congestionada nas horas de ponta.

Timor-Leste, com cerca de 1,3 milhões de habitantes, tem procurado diversificar a economia, muito dependente das
receitas do petróleo e do gás.
"""),
    must_have=[
        "O novo terminal terá capacidade para cerca de um milhão de passageiros por ano, quase o triplo da atual.",
        "As obras deverão arrancar no primeiro semestre de 2025 e durar cerca de três anos.",
    ],
)
LUSA_CODE = "MRS // JMC"

# ---- cluster: The Echo (Byron Shire), page + noisy re-scrape ----

BRUNSWICK = dict(
    cluster="echo-brunswick-heads-paid-parking",
    title="Paid parking trial for Brunswick Heads gets council nod",
    date="2025-02-14",
    dateline="",
    city=None,
    country="AU",
    region="oceania",
    agency=None,
    authors=["Tessa Morland"],
    editors=[],
    lang="en",
    paras=P("""
Visitors to Brunswick Heads could soon be paying to park near the river and beaches, after Byron Shire Council
voted to trial paid parking in the town over the next two summers.

Councillors voted five to four at Thursday's meeting to support the trial, which would cover about 420 spaces
along the foreshore and in the streets closest to the main beach.

Parking would cost $4 an hour between 9am and 6pm, with residents of the shire able to apply for a free permit.

Council staff said the scheme was expected to raise about $900,000 a year, which would be spent on footpaths,
beach access and public toilets in Brunswick Heads.

Paid parking has operated in Byron Bay since 2017, and staff told the meeting that it had reduced the number of
cars circling the town centre looking for a space.

Several business owners spoke against the proposal during public access, saying day-trippers from Queensland
might simply go elsewhere.

'People come here because it is relaxed and easy,' said one cafe owner on Fingal Street. 'Put in parking meters
and that changes.'

Cr Jarrah Wells, who moved the motion, said the town was struggling to cope with the number of visitors on summer
weekends.

The proposal will now go on public exhibition for 28 days before a final decision in May.

If approved, the trial would begin in December, with a report back to council after each summer.
"""),
    must_have=[
        "Parking would cost $4 an hour between 9am and 6pm, with residents of the shire able to apply for a free permit.",
        "The proposal will now go on public exhibition for 28 days before a final decision in May.",
    ],
)
ECHO_PRE = ["The Echo", "News", "Opinion", "Entertainment", "Community", "Letters", "Classifieds", "Real estate", "Digital edition"]
ECHO_HEAD = ["Tessa Morland"]
ECHO_DATE = ["February 14, 2025"]
ECHO_TAGS = ["Tags:", "Brunswick Heads", "Byron Shire Council", "paid parking"]
ECHO_COPY = "\u00a9 2025 Echo Publications Pty Ltd"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Hawaii Tribune-Herald (original of the AP cluster): AP writer over "Associated Press", AP photo credit in brackets, comment policy, Oahu Publications footer.
    dict(HONOLULU, role="original", file="hawaiitribuneherald_ap_honolulu_interisland_ferry.txt", render="text",
         caption="A cargo barge leaves Honolulu Harbor on May 28, 2025.", credit="AP Photo/Mahina Torres",
         pre=[["Hawaii Tribune-Herald", "News", "Sports", "Features", "Opinion", "Obituaries", "Classifieds", "E-Edition"],
              ["Subscribe", "Login"]],
         head=[["By Noelani Kahale", "Associated Press"], ["June 10, 2025"]],
         cap_lines=["A cargo barge leaves Honolulu Harbor on May 28, 2025. (AP Photo/Mahina Torres)"],
         inserts={3: ["Advertisement"], 7: ["Advertisement"]},
         tail=[[AP_RIGHTS], ["Email", "Print"],
               ["Comments are the sole responsibility of the person posting them. You agree not to post comments that are off topic, defamatory, obscene, abusive, threatening or an invasion of privacy. Violators may be banned."],
               ["Copyright (c) 2025 Hawaii Tribune-Herald, a division of Oahu Publications, Inc."]]),
    # The Echo (original of the re-scrape cluster): writer and date lines, tag line list, supporter appeal, WordPress reply form.
    dict(BRUNSWICK, role="original", file="echo_brunswick_heads_paid_parking.txt", render="text",
         pre=[ECHO_PRE], head=[ECHO_HEAD, ECHO_DATE],
         inserts={4: ["Advertisement"]},
         tail=[ECHO_TAGS,
               ["Support The Echo",
                "Independent, local journalism is needed now more than ever. If you value what we do, please consider becoming a supporter."],
               ["Leave a Reply", "Cancel reply", "Your email address will not be published. Required fields are marked *"],
               [ECHO_COPY]]),
    dict(BRUNSWICK, role="rescrape", file="echo_brunswick_heads_paid_parking_rescrape.txt.gz", render="text", noise=True,
         pre=[ECHO_PRE], head=[ECHO_HEAD, ECHO_DATE], tail=[ECHO_TAGS, [ECHO_COPY]]),
    # Diário Insular (original of the Lusa cluster): Lusa dateline kept in the text, "Lusa" byline, Lusa's initials code line.
    dict(DILI, role="original", file="diarioinsular_lusa_dili_ampliacao_aeroporto_pt.txt", render="text",
         dateline="Díli, 18 set 2024 (Lusa) - ", city="Dili",
         pre=[["Diário Insular", "Início", "Regional", "Nacional", "Internacional", "Economia", "Desporto", "Opinião"],
              ["Edição Impressa", "Assinaturas"]],
         head=[["Lusa"], ["18 Set 2024, 09:41"]],
         inserts={3: ["Publicidade"]},
         tail=[[LUSA_CODE], ["Partilhar", "Facebook", "X", "E-mail"], ["Notícias Relacionadas"],
               ["\u00a9 2024 Diário Insular. Todos os direitos reservados."]]),
    # Ada Derana: no byline, padded date/time stamp, language switcher.
    rec(cluster="adaderana-galle-road-bus-lanes", role="single",
        file="adaderana_galle_road_bus_priority_lanes.txt", render="text",
        title="Bus priority lanes on Galle Road from February 10",
        date="2025-01-22", country="LK", region="asia", lang="en",
        pre=[["Ada Derana", "Hot News", "Local News", "Foreign News", "Sports News", "Entertainment", "Business", "Technology"],
             ["සිංහල", "தமிழ்", "English"]],
        head=[["January 22, 2025   04:18 pm"]],
        tail=[["Print"], ["Latest News"], ["Most Viewed"], ["Copyright \u00a9 2025 Ada Derana. All rights reserved."]],
        paras=P("""
Bus priority lanes will be introduced along Galle Road between Wellawatte and Kollupitiya from February 10, the
Ministry of Transport and Highways says.

The lanes will operate on weekdays from 6.30 am to 9.30 am towards Colombo Fort and from 4.30 pm to 7.30 pm in the
opposite direction.

Officials said other vehicles, including three-wheelers, would be allowed to enter the lanes only to turn left.

A similar scheme on Baseline Road, introduced as a pilot project last year, had cut travel times for buses by
nearly a quarter, the ministry said.

Traffic police officers will be deployed at major junctions during the first month to guide motorists,
according to the Sri Lanka Police.

Motorists who violate the rule will be fined once the grace period ends.

Private bus operators have welcomed the move but urged the authorities to improve bus halts along the route, many
of which lack shelters.

More than 1,200 buses travel along Galle Road each day, carrying around 400,000 passengers, according to the
National Transport Commission.

The ministry said it plans to extend the scheme to High Level Road and Kandy Road later this year.
"""),
        must_have=[
            "Private bus operators have welcomed the move but urged the authorities to improve bus halts along the route, many of which lack shelters.",
            "The ministry said it plans to extend the scheme to High Level Road and Kandy Road later this year.",
        ]),
    # Awoko: staff, WordPress share block with the Jetpack "Like this:" strings.
    rec(cluster="awoko-freetown-wilkinson-road", role="single",
        file="awoko_freetown_wilkinson_road_rehabilitation.txt", render="text",
        title="SLRA begins rehabilitation of Wilkinson Road",
        date="2024-11-14", country="SL", region="africa", lang="en", authors=["Mohamed Massaquoi"],
        pre=[["Awoko Newspaper", "Home", "News", "Business", "Politics", "Sports", "Editorial", "Features", "Health"]],
        head=[["By Mohamed Massaquoi"], ["November 14, 2024"]],
        tail=[["Share this:", "Facebook", "X", "WhatsApp"], ["Like this:", "Like Loading..."], ["Related"],
              ["\u00a9 2024 Awoko Newspaper"]],
        paras=P("""
The Sierra Leone Roads Authority (SLRA) has started work on the rehabilitation of Wilkinson Road in the west end
of Freetown, one of the busiest routes in the capital.

The project covers a distance of about 6.2 kilometres from Congo Cross to the Lumley roundabout and includes new
drainage, walkways and street lights.

Speaking at the start of the works on Tuesday, the Director General of SLRA, Abdulai Kargbo, said the project would
be completed within 18 months.

He said the contractor had been instructed to keep at least one lane open in each direction during the day.

Residents and traders along the road have for years complained about potholes and flooding during the rainy
season.

A trader at Congo Cross, Mariama Bangura, told Awoko that customers sometimes had to wade through water to reach
her shop.

The Minister of Works and Public Assets, who attended the ceremony, appealed to residents to cooperate with the
contractor and avoid building on the road reserve.

The project is funded by the Government of Sierra Leone.

Commercial motorbike riders have been warned that they will not be allowed to use the new walkways once the work
is done.
"""),
        must_have=[
            "He said the contractor had been instructed to keep at least one lane open in each direction during the day.",
            "Residents and traders along the road have for years complained about potholes and flooding during the rainy season.",
        ]),
    # Iltalehti: STT copy, "STT" byline, day.month.year stamp, "Kuva:" credit, topic list.
    rec(cluster="iltalehti-stt-kouvola-ratapiha", role="single",
        file="iltalehti_stt_kouvola_ratapiha_fi.txt", render="text",
        title="Kouvolan ratapihan uudistus alkaa ensi vuonna – junaliikenteeseen luvassa katkoja",
        date="2024-11-19", country="FI", region="europe", lang="fi", agency="STT",
        caption="Kouvolan rautatieasema.", credit="Lehtikuva",
        pre=[["Iltalehti", "Uutiset", "Urheilu", "Viihde", "Talous", "Asuminen", "Autot", "Terveys", "Tyyli"], ["Kirjaudu", "Tilaa"]],
        head=[["STT"], ["19.11.2024 14:22"]],
        cap_lines=["Kouvolan rautatieasema.", "Kuva: Lehtikuva"],
        inserts={3: ["Mainos"]},
        tail=[["Aiheet", "Kouvola", "Junaliikenne", "Väylävirasto"], ["Jaa artikkeli"],
              ["Lue myös", "VR: Junalippujen hinnat nousevat tammikuussa"], ["\u00a9 Iltalehti"]],
        paras=P("""
Kouvolan ratapihan laaja uudistus alkaa ensi vuoden keväällä, kertoo Väylävirasto.

Hankkeessa uusitaan raiteita, vaihteita ja turvalaitteita sekä rakennetaan uusi alikulku aseman itäpuolelle.

Työn arvioidaan maksavan noin 230 miljoonaa euroa, ja sen on määrä valmistua vuonna 2029.

Väyläviraston mukaan nykyinen ratapiha on monin paikoin käyttöikänsä päässä, ja vikoja on ollut viime vuosina
tavallista enemmän.

– Kouvola on yksi rataverkon tärkeimmistä solmukohdista, joten häiriöt täällä näkyvät junaliikenteessä laajasti,
sanoo hankepäällikkö Mikko Lahtinen STT:lle.

Kouvolan kautta kulkee sekä matkustajajunia Helsingistä Itä-Suomeen että suuri osa itäisen Suomen
tavaraliikenteestä.

Rakennustöiden aikana osa junavuoroista joudutaan korvaamaan busseilla, etenkin viikonloppuisin.

Väylävirasto lupaa tiedottaa katkoista hyvissä ajoin ennen niiden alkamista.

Uudistuksen jälkeen ratapihalla voidaan käsitellä nykyistä pidempiä tavarajunia.

Ratapihan raiteet ja vaihteet ovat osin peräisin 1970-luvulta, ja niiden kunnossapito on käynyt yhä
kalliimmaksi.

Hankkeeseen kuuluu myös uusi meluaita ratapihan pohjoispuolella asuvien asukkaiden suojaksi.

Osa rahoituksesta tulee Euroopan unionin Verkkojen Eurooppa -välineestä, jonka tukea Väylävirasto haki viime
vuonna.

Kouvolan kaupunki toivoo, että hanke vauhdittaa myös aseman ympäristön kehittämistä.
"""),
        must_have=[
            "Työn arvioidaan maksavan noin 230 miljoonaa euroa, ja sen on määrä valmistua vuonna 2029.",
            "Väylävirasto lupaa tiedottaa katkoista hyvissä ajoin ennen niiden alkamista.",
        ]),
    # Juno7: staff, "Par NAME" byline, "Lire aussi :" line.
    rec(cluster="juno7-jacmel-boulevard-bord-de-mer", role="single",
        file="juno7_jacmel_boulevard_bord_de_mer_fr.txt", render="text",
        title="Jacmel : la mairie lance les travaux de réhabilitation du boulevard du bord de mer",
        date="2024-11-12", country="HT", region="americas", lang="fr", authors=["Ricardo Jean-Baptiste"],
        pre=[["Juno7", "Actualités", "Politique", "Économie", "Société", "Culture", "Sport", "Diaspora"]],
        head=[["Par Ricardo Jean-Baptiste"], ["12 novembre 2024"]],
        inserts={3: ["Lire aussi : Sud-Est : l'EDH annonce un nouveau calendrier de desserte électrique"]},
        tail=[["Partager :", "Facebook", "X", "WhatsApp"], ["Articles similaires"],
              ["\u00a9 2024 Juno7 - Tous droits réservés"]],
        paras=P("""
La mairie de Jacmel a lancé ce mardi les travaux de réhabilitation du boulevard du bord de mer, très fréquenté par
les habitants et les visiteurs de la ville.

Le chantier prévoit la réfection de la chaussée sur environ 1,8 kilomètre, la pose de nouveaux lampadaires solaires
et l'aménagement de trottoirs plus larges.

Selon le maire principal, Jean-Robert Dorsainvil, les travaux devraient durer six mois.

Le projet est financé en grande partie par des fonds municipaux, avec l'appui de partenaires locaux.

Ces dernières années, le boulevard s'est fortement dégradé, notamment en raison des fortes pluies et de l'absence
d'entretien régulier.

Des marchands installés le long du littoral craignent toutefois de perdre leur clientèle pendant la durée du
chantier.

« Nous voulons bien que la route soit réparée, mais il faut nous dire où nous allons vendre », a confié une
marchande de fritures.

La mairie affirme qu'un espace provisoire sera aménagé près de la place Toussaint-Louverture pour les accueillir.

Les autorités municipales demandent aux conducteurs d'emprunter les rues parallèles pendant les travaux.
"""),
        must_have=[
            "Le projet est financé en grande partie par des fonds municipaux, avec l'appui de partenaires locaux.",
            "Les autorités municipales demandent aux conducteurs d'emprunter les rues parallèles pendant les travaux.",
        ]),
    # Lidovky.cz: MAFRA layout, "Foto: NAME, MAFRA" credit, discussion counter, MAFRA copyright.
    rec(cluster="lidovky-plzen-tramvaj-borska-pole", role="single",
        file="lidovky_plzen_tramvaj_borska_pole_cs.txt", render="text",
        title="Plzeň začne stavět tramvajovou trať na Borská pole, první vozy by mohly vyjet v roce 2028",
        date="2025-04-08", country="CZ", region="europe", lang="cs", authors=["Tereza Kalinová"],
        caption="Tramvaj v centru Plzně", credit="Petr Horák, MAFRA",
        pre=[["Lidovky.cz", "Domov", "Svět", "Byznys", "Názory", "Kultura", "Relax", "Orientace"], ["Přihlásit", "Předplatné"]],
        head=[["Tereza Kalinová"], ["8. dubna 2025  14:02"]],
        cap_lines=["Tramvaj v centru Plzně", "Foto: Petr Horák, MAFRA"],
        inserts={3: ["Reklama"]},
        tail=[["Vstoupit do diskuse (34)"], ["Sdílet", "Facebook", "X"], ["Témata:", "Plzeň", "tramvaje", "doprava"],
              ["\u00a9 Copyright 1999–2025 MAFRA, a. s., a dodavatelé obsahu"]],
        paras=P("""
Plzeň letos na podzim začne stavět novou tramvajovou trať, která propojí centrum města s průmyslovou zónou Borská
pole a s areálem Západočeské univerzity.

Trať bude dlouhá zhruba 3,5 kilometru a vznikne na ní sedm zastávek.

Stavba má podle odhadu města stát přibližně 1,9 miliardy korun, většinu nákladů by měly pokrýt evropské dotace.

„Tramvaj na Borská pole plánujeme desítky let. Teď konečně máme povolení i peníze,“ uvedl náměstek primátora pro
dopravu Tomáš Havel.

Podle Plzeňských městských dopravních podniků by první tramvaje mohly po nové trati vyjet v roce 2028.

Během stavby se počítá s omezením dopravy v Klatovské ulici, kde budou řidiči muset počítat s uzavírkami jednoho
jízdního pruhu.

Dopravní podnik zároveň objedná dvanáct nových nízkopodlažních tramvají.

Do průmyslové zóny dnes jezdí hlavně autobusy a trolejbusy, které jsou ve špičce často přeplněné.

Univerzita nový spoj vítá, protože v areálu na Borských polích studuje a pracuje několik tisíc lidí.

Město chce zároveň u nových zastávek vybudovat stojany na kola a přestupní body na autobusové linky.
"""),
        must_have=[
            "Trať bude dlouhá zhruba 3,5 kilometru a vznikne na ní sedm zastávek.",
            "Dopravní podnik zároveň objedná dvanáct nových nízkopodlažních tramvají.",
        ]),
    # Kerr Fatou: staff, WordPress layout.
    rec(cluster="kerrfatou-serrekunda-market-renovation", role="single",
        file="kerrfatou_serrekunda_market_renovation.txt", render="text",
        title="KMC to relocate Serrekunda market vendors as renovation begins",
        date="2024-10-02", country="GM", region="africa", lang="en", authors=["Lamin Jatta"],
        pre=[["Kerr Fatou", "Home", "News", "Politics", "Business", "Sports", "Entertainment", "Opinion"]],
        head=[["By Lamin Jatta"], ["October 2, 2024"]],
        inserts={4: ["ADVERTISEMENT"]},
        tail=[["Share this:", "Facebook", "X", "WhatsApp"], ["Related"], ["\u00a9 2024 Kerr Fatou. All rights reserved."]],
        paras=P("""
The Kanifing Municipal Council (KMC) says vendors at the Serrekunda market will be moved to temporary stalls from
next week as work begins on the renovation of the country's largest market.

The project includes new roofing, a drainage system, fire hydrants and a separate section for fish and meat
sellers.

Council officials said about 1,500 vendors would be relocated to an open space along the Serrekunda-Bakau highway
during the works.

Speaking at a meeting with market leaders on Tuesday, a senior council official said the renovation was expected
to take about ten months.

He said vendors who were registered with the council before the relocation would be given priority when the new
stalls are allocated.

Some traders expressed concern that the temporary site was too far from the main car park used by shoppers.

Fatoumata Sowe, who sells vegetables at the market, said she had been at the same stall for more than 20 years.

Fires have broken out at the market several times in recent years, destroying goods worth millions of dalasis.

The council said the new market would also have public toilets and a first aid post.
"""),
        must_have=[
            "The project includes new roofing, a drainage system, fire hydrants and a separate section for fish and meat sellers.",
            "Some traders expressed concern that the temporary site was too far from the main car park used by shoppers.",
        ]),
    # In-Depth Solomons: staff, byline and date lines.
    rec(cluster="indepth-honiara-betel-nut-vendors", role="single",
        file="indepthsolomons_honiara_betel_nut_vendors.txt", render="text",
        title="Honiara City Council moves to license roadside betel nut vendors",
        date="2024-08-12", country="SB", region="oceania", lang="en", authors=["Stephen Maelasi"],
        pre=[["In-Depth Solomons", "News", "Investigations", "Environment", "Politics", "Business", "Pacific", "About"]],
        head=[["By Stephen Maelasi"], ["12 August 2024"]],
        tail=[["Share this:", "Facebook", "X", "LinkedIn"], ["Related Posts"], ["\u00a9 2024 In-Depth Solomons"]],
        paras=P("""
Roadside betel nut vendors in Honiara will need a licence to sell in the city from next year under a new
ordinance being prepared by Honiara City Council.

The council says the licences will cost $50 a month and allow vendors to sell from marked spaces away from bus
stops and school gates.

Vendors without a licence could have their goods confiscated by city wardens.

Thousands of people in the capital rely on selling betel nut, cigarettes and snacks for a living, many of them
women supporting large families.

Council officials said the aim was to clean up the city's footpaths, where red betel nut stains and rubbish have
become a common sight.

The council's clerk said rubbish bins would be installed at each of the new selling points.

A vendor at the Kukum market, who asked not to be named, said many sellers could not afford to pay $50 every month.

Previous attempts to ban betel nut sales in parts of Honiara have largely failed because of a lack of
enforcement.

The ordinance will be put to councillors at their next meeting before public consultation begins.
"""),
        must_have=[
            "Vendors without a licence could have their goods confiscated by city wardens.",
            "The council's clerk said rubbish bins would be installed at each of the new selling points.",
        ]),
    # DayakDaily: Bernama copy in the house dateline form "CITY (Month Day): ", "— Bernama" sign-off.
    rec(cluster="dayakdaily-bernama-rajang-boat-terminals", role="single",
        file="dayakdaily_bernama_rajang_express_boat_terminals.txt", render="text",
        title="Sarawak allocates RM95 million to upgrade Rajang express boat terminals",
        date="2025-03-04", dateline="KUCHING (March 4): ", city="Kuching", country="MY", region="asia", lang="en",
        agency="Bernama",
        pre=[["DayakDaily", "Home", "Sarawak", "Malaysia", "Business", "Sports", "Opinion", "Special Report"]],
        head=[["March 4, 2025 at 3:12 pm"]],
        tail=[["\u2014 Bernama"], ["Share this:", "Facebook", "X", "WhatsApp", "Telegram"], ["Related"],
              ["\u00a9 2025 DayakDaily. All rights reserved."]],
        paras=P("""
The Sarawak government has allocated RM95 million to build and upgrade express boat terminals along the Rajang
River, said state Transport Minister Datuk Jamil Bujang.

He said the project would cover terminals in Sibu, Kanowit, Song, Kapit and Belaga, which are used by thousands of
passengers every week.

Many of the existing terminals were built more than 30 years ago and lack proper waiting areas, toilets and ramps
for the elderly and disabled.

According to him, work on the first three terminals is expected to begin by the end of this year.

Express boats remain the main mode of transport for communities along the upper Rajang, where road access is
still limited.

He said the state would also install new navigation buoys and warning signs to improve safety on the river,
especially during the monsoon season when water levels rise quickly.

The Sarawak Rivers Board recorded more than 1.2 million passenger trips on express boats along the Rajang last
year.

The minister was speaking to reporters after chairing a meeting on rural connectivity here today.
"""),
        must_have=[
            "Many of the existing terminals were built more than 30 years ago and lack proper waiting areas, toilets and ramps for the elderly and disabled.",
            "The Sarawak Rivers Board recorded more than 1.2 million passenger trips on express boats along the Rajang last year.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_C7 = site("Canarias7", "https://www.canarias7.example.es", " | Canarias7", "es_ES", "@canarias7",
               ["Gran Canaria", "Canarias", "Lanzarote", "Fuerteventura", "UD Las Palmas", "Economía", "España", "Mundo", "Opinión"],
               ["\u00a9 Canarias7. Todos los derechos reservados.", "Aviso legal", "Política de privacidad", "Política de cookies", "Contacto"],
               share=["Compartir", "Facebook", "X", "WhatsApp", "Copiar enlace"], top=["Suscríbete", "Iniciar sesión"],
               cookie="Nosotros y nuestros socios utilizamos cookies y tecnologías similares para almacenar y acceder a información de su dispositivo, con el fin de ofrecer publicidad y contenidos personalizados y medir su rendimiento.",
               cookie_title="Su privacidad es importante para nosotros",
               buttons=["Aceptar y cerrar", "Más opciones"])
SITE_ARA = site("Ara", "https://www.ara.example.cat", " | Ara.cat", "ca_ES", "@diariARA",
                ["Política", "Societat", "Economia", "Internacional", "Opinió", "Cultura", "Esports", "Lleida"],
                ["\u00a9 Edició de Premsa Periòdica Ara, SLU", "Avís legal", "Política de privacitat", "Política de galetes", "Contacte"],
                share=["Comparteix", "Facebook", "X", "WhatsApp", "Copia l'enllaç"], top=["Subscriu-te", "Inicia sessió"],
                cookie="Utilitzem galetes pròpies i de tercers per millorar els nostres serveis i mostrar-vos publicitat relacionada amb les vostres preferències.",
                buttons=["Accepta", "Configura"])
SITE_LD = site("Leidsch Dagblad", "https://www.leidschdagblad.example.nl", " | Leidsch Dagblad", "nl_NL", "@leidschdagblad",
               ["Leiden", "Regio", "Nederland", "Sport", "Cultuur", "Opinie", "Puzzels"],
               ["\u00a9 2025 Mediahuis Nederland B.V.", "Privacy", "Cookies", "Voorwaarden", "Contact"],
               share=["Delen", "Facebook", "X", "WhatsApp", "E-mail"], top=["Abonneren", "Inloggen"],
               cookie="Mediahuis en haar partners gebruiken cookies en vergelijkbare technieken om je een optimale gebruikerservaring te bieden en advertenties te tonen die aansluiten bij je interesses.",
               buttons=["Akkoord", "Instellingen"])
SITE_ARC = site("Arcinfo", "https://www.arcinfo.example.ch", " - Arcinfo", "fr_CH", "@arcinfo",
                ["Neuchâtel Canton", "Suisse", "Monde", "Économie", "Sport", "Culture", "Vidéos"],
                ["\u00a9 2024 ESH Médias", "Impressum", "Protection des données", "Conditions générales"],
                share=["Partager", "Facebook", "X", "WhatsApp", "E-mail"], top=["S'abonner", "Se connecter"])
SITE_DOL = site("il Dolomiti", "https://www.ildolomiti.example.it", " | il Dolomiti", "it_IT", "@ildolomiti",
                ["Cronaca", "Politica", "Economia", "Ambiente", "Sport", "Cultura", "Montagna", "Società"],
                ["il Dolomiti - Testata giornalistica registrata presso il Tribunale di Trento", "Chi siamo", "Privacy policy", "Cookie policy"],
                share=["Condividi", "Facebook", "X", "WhatsApp", "Telegram"])
SITE_KATA = site("Katadata", "https://katadata.example.co.id", " - Katadata.co.id", "id_ID", "@KATADATAcoid",
                 ["Berita", "Ekonomi Hijau", "Finansial", "Korporasi", "Makro", "Politik", "Databoks", "Infografik"],
                 ["\u00a9 Katadata.co.id 2025", "Tentang Kami", "Redaksi", "Pedoman Media Siber", "Kontak"],
                 share=["Bagikan", "Facebook", "X", "WhatsApp", "LinkedIn"], graph=True)
SITE_ARM = site("The Armidale Express", "https://www.armidaleexpress.example.com.au", " | The Armidale Express", "en_AU", "@armidaleexpress",
                ["Local News", "Sport", "Opinion", "Property", "Obituaries", "Classifieds", "Puzzles", "Today's Paper"],
                ["Copyright \u00a9 2024 Australian Community Media", "Privacy Policy", "Terms of Use", "Conditions of Use", "Contact Us"],
                share=["Share", "Facebook", "X", "Email", "Copy link"], top=["Subscribe", "Log in"])
SITE_APTN = site("APTN News", "https://www.aptnnews.example.ca", " | APTN News", "en_CA", "@APTNNews",
                 ["National News", "Investigates", "InFocus", "Nation to Nation", "Video", "Podcasts", "Contact"],
                 ["\u00a9 2025 Aboriginal Peoples Television Network Incorporated", "Privacy Policy", "Terms of Use", "Contact Us"],
                 share=["Facebook", "X", "Email"], skip="Skip to content")
SITE_ER = site("L'Est Républicain", "https://www.estrepublicain.example.fr", " | L'Est Républicain", "fr_FR", "@lestrepublicain",
               ["Nancy", "Lorraine", "Franche-Comté", "Faits divers - Justice", "Politique", "Économie", "Sports", "Monde"],
               ["\u00a9 L'Est Républicain 2024", "Mentions légales", "CGU", "Gestion des cookies", "Nous contacter"],
               share=["Partager", "Facebook", "X", "E-mail", "Copier le lien"], top=["Je m'abonne", "Se connecter"],
               cookie="Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
               buttons=["Accepter & Fermer", "Continuer sans accepter", "Paramétrer les cookies"])

HTML_STORIES = [
    # Canarias7 (original of the EFE cluster): Vocento layout, "EFE" byline with a place line, weekday date + "Actualizado", comment gate for registered users.
    dict(NUAKCHOT, role="original", file="canarias7_efe_nuakchot_planta_desaladora_es.html", render="html",
         site=SITE_C7, section="Mundo", meta_section="Mundo",
         url="https://www.canarias7.example.es/mundo/mauritania-inaugura-planta-desaladora-abastecera-tercio-nuakchot-20250312134012-nt.html",
         published="2025-03-12T13:40:00+00:00", modified="2025-03-12T14:05:00+00:00",
         ld_author=[{"@type": "Organization", "name": "EFE"}],
         breadcrumbs=["Canarias7", "Mundo"],
         byline_lines=["EFE", "Nuakchot"], date_lines=["Miércoles, 12 de marzo 2025, 13:40", "Actualizado 14:05h."],
         caption="Vista de la nueva planta desaladora en la costa de Nuakchot.", credit="EFE", credit_shown="EFE",
         inserts={3: [("ad", "Publicidad")]},
         below_body=[("report", "Reporta un error")],
         tags=("Temas", ["Mauritania", "África", "Agua"]),
         comments=["Comentar es una ventaja exclusiva para registrados", "¿Ya eres registrado?", "Inicia sesión"]),
    # Ara: staff, upper-case photographer credit, reading time, "Llegeix també" link, newsletter box.
    rec(cluster="ara-lleida-carril-bici-cappont", role="single",
        file="ara_lleida_carril_bici_cappont_ca.html", render="html", site=SITE_ARA,
        title="Lleida tindrà un carril bici segregat entre l'estació i el campus de Cappont", date="2025-05-20",
        country="ES", region="europe", lang="ca", authors=["Laia Serrat"], section="Lleida", meta_section="Lleida",
        url="https://www.ara.example.cat/lleida/lleida-carril-bici-segregat-estacio-campus-cappont_1_5012345.html",
        description="El nou carril, d'uns 2,4 quilòmetres, anirà separat dels cotxes amb una vorada.",
        published="2025-05-20T06:00:00+02:00", modified="2025-05-20T09:40:00+02:00",
        byline_lines=["Laia Serrat"], date_lines=["20/05/2025 06:00", "Actualitzada el 20/05/2025 a les 09:40"],
        above_body=[("reading-time", "3 min")],
        caption="Un ciclista a la rambla de Ferran de Lleida", credit="ANNA BOSCH", credit_shown="ANNA BOSCH",
        inserts={2: [("link", "Llegeix també:", "Lleida amplia la zona de baixes emissions a tot el centre")]},
        newsletter_end=["Newsletter Ara Lleida", "Rep cada dijous les notícies de Ponent al teu correu", "Subscriu-t'hi"],
        paras=P("""
L'Ajuntament de Lleida construirà un carril bici segregat que unirà l'estació de tren amb el campus universitari
de Cappont, un dels trajectes amb més desplaçaments diaris de la ciutat.

El nou carril, d'uns 2,4 quilòmetres, anirà separat dels cotxes amb una vorada i tindrà dos sentits de circulació.

Les obres tenen un pressupost de 3,2 milions d'euros i està previst que comencin el febrer de l'any que ve, segons
ha explicat aquest dimarts la regidora de Mobilitat, Núria Comas.

El traçat passarà per la rambla de Ferran i creuarà el Segre pel pont de la Universitat.

Per fer-hi lloc, es reduirà un carril de circulació en alguns trams i s'eliminaran una seixantena de places
d'aparcament.

"Cada dia hi ha centenars d'estudiants que van en bicicleta fins al campus jugant-se-la entre els cotxes", ha
afirmat Comas.

Les entitats de ciclistes han celebrat l'anunci, però reclamen que el carril arribi també als barris de la
Bordeta i el Secà de Sant Pere.

Alguns comerciants de la zona, en canvi, temen que la pèrdua d'aparcament els faci perdre clients.

Segons les dades municipals, els desplaçaments en bicicleta a Lleida han augmentat un 35% des del 2019.
"""),
        must_have=[
            "El nou carril, d'uns 2,4 quilòmetres, anirà separat dels cotxes amb una vorada i tindrà dos sentits de circulació.",
            "Alguns comerciants de la zona, en canvi, temen que la pèrdua d'aparcament els faci perdre clients.",
        ]),
    # Leidsch Dagblad: Mediahuis regional layout, "Foto:" credit, ad label, tip line, topics.
    rec(cluster="leidschdagblad-fietsbrug-oude-rijn", role="single",
        file="leidschdagblad_fietsbrug_oude_rijn_nl.html", render="html", site=SITE_LD,
        title="Nieuwe fietsbrug over de Oude Rijn moet drukke Lammenschansbrug ontlasten", date="2025-01-29",
        country="NL", region="europe", lang="nl", authors=["Sanne de Wit"], section="Leiden", meta_section="Leiden",
        url="https://www.leidschdagblad.example.nl/leiden-e-o/nieuwe-fietsbrug-over-de-oude-rijn-moet-drukke-lammenschansbrug-ontlasten/",
        description="De gemeenteraad stemde dinsdagavond in met het ontwerp van de brug tussen de Haagweg en het Galgewater.",
        published="2025-01-29T06:15:00+01:00",
        kicker="Leiden",
        byline_lines=["Sanne de Wit"], date_lines=["29 januari 2025, 06:15"],
        caption="De Lammenschansbrug in de ochtendspits.", credit="Joris van Dam", credit_shown="Foto: Joris van Dam",
        inserts={2: [("ad", "Advertentie")]},
        below_body=[("tip", "Heb je een tip voor de redactie? Mail naar redactie@leidschdagblad.example.nl")],
        tags=("Onderwerpen", ["Leiden", "Verkeer", "Fietsen"]),
        lists=[("Meest gelezen", ["Woningbouw op Nieuw Leyden loopt opnieuw vertraging op", "Katwijk zet streep door betaald parkeren op de boulevard"])],
        paras=P("""
Leiden krijgt een nieuwe fietsbrug over de Oude Rijn, tussen de Haagweg en het Galgewater. De gemeenteraad stemde
dinsdagavond in met het ontwerp.

De brug moet de drukke Lammenschansbrug ontlasten, waar fietsers en voetgangers in de spits vaak in de knel komen.

Volgens de gemeente fietsen er op werkdagen nu zo'n 11.000 mensen over de bestaande brug.

De bouw kost naar schatting 8,5 miljoen euro, waarvan de provincie Zuid-Holland ruim de helft betaalt.

Het ontwerp is een slanke stalen brug met een doorvaarthoogte van 2,5 meter, zodat rondvaartboten en sloepen er
onderdoor kunnen.

Omwonenden van het Galgewater maakten zich eerder zorgen over het zicht op het water en over fietsers die straks
langs hun huizen rijden.

De gemeente heeft het ontwerp daarom aangepast: de aanlanding is een stuk verschoven, zodat er ruimte blijft voor
bomen aan de kade.

"We hebben goed geluisterd", zei wethouder Karin Bosch (Mobiliteit) tijdens het debat.

De werkzaamheden beginnen naar verwachting in het voorjaar van 2026. Als alles volgens planning verloopt, kunnen de
eerste fietsers eind 2027 over de brug.
"""),
        must_have=[
            "Volgens de gemeente fietsen er op werkdagen nu zo'n 11.000 mensen over de bestaande brug.",
            "De bouw kost naar schatting 8,5 miljoen euro, waarvan de provincie Zuid-Holland ruim de helft betaalt.",
        ]),
    # Arcinfo: Keystone-ATS copy, "ATS" byline, Swiss date stamp, Keystone photo credit, app promo.
    rec(cluster="arcinfo-ats-cff-gares-accessibles", role="single",
        file="arcinfo_ats_cff_gares_accessibles_fr.html", render="html", site=SITE_ARC,
        title="Les CFF vont adapter 120 gares de plus aux personnes à mobilité réduite d'ici 2030", date="2024-10-16",
        country="CH", region="europe", lang="fr", agency="ATS", section="Suisse", meta_section="Suisse",
        url="https://www.arcinfo.example.ch/suisse/les-cff-vont-adapter-120-gares-de-plus-aux-personnes-a-mobilite-reduite-1412345",
        description="La loi exigeait que toutes les gares soient adaptées d'ici fin 2023.",
        published="2024-10-16T11:34:00+02:00",
        ld_author=[{"@type": "Organization", "name": "ATS"}],
        byline_lines=["ATS"], date_lines=["Publié le 16.10.2024, 11:34"],
        caption="Un quai de la gare de Neuchâtel.", credit="Keystone/Anne Rochat", credit_shown="Keystone/Anne Rochat",
        inserts={4: [("promo", ["L'app Arcinfo", "Toute l'actualité de votre région en temps réel", "Télécharger l'application"])]},
        lists=[("Les plus lus", ["La Chaux-de-Fonds: le chantier de la gare prend du retard", "Hausse des primes: les Neuchâtelois paieront 6% de plus"])],
        paras=P("""
Les CFF vont adapter environ 120 gares supplémentaires d'ici 2030 afin de les rendre accessibles aux personnes à
mobilité réduite, ont-ils annoncé mercredi.

La loi sur l'égalité pour les handicapés exigeait que l'ensemble des gares soient adaptées d'ici fin 2023, un délai
que de nombreuses entreprises de transport n'ont pas pu tenir.

Actuellement, environ 70% des voyageurs des CFF peuvent monter dans le train sans aide, selon l'entreprise.

Les travaux portent principalement sur le rehaussement des quais, l'installation d'ascenseurs et de rampes, ainsi
que sur des systèmes d'information pour les personnes malvoyantes.

Le coût de ce programme est estimé à quelque 1,2 milliard de francs, financé par le fonds d'infrastructure
ferroviaire.

Dans l'intervalle, les CFF proposent un service d'assistance gratuit aux voyageurs, qui doivent s'annoncer au moins
une heure à l'avance.

Les associations de personnes handicapées saluent l'annonce, mais jugent le calendrier trop lent.

«Les personnes concernées attendent depuis plus de vingt ans», a réagi une responsable d'une organisation faîtière.

Dans le canton de Neuchâtel, les gares de Boudry et de Saint-Blaise font partie des prochaines étapes.
"""),
        must_have=[
            "Actuellement, environ 70% des voyageurs des CFF peuvent monter dans le train sans aide, selon l'entreprise.",
            "Les associations de personnes handicapées saluent l'annonce, mais jugent le calendrier trop lent.",
        ]),
    # il Dolomiti: staff, "Di NAME" byline, court-registration footer line, Telegram channel line.
    rec(cluster="ildolomiti-trento-via-brennero-chiusura", role="single",
        file="ildolomiti_trento_circonvallazione_via_brennero_it.html", render="html", site=SITE_DOL,
        title="Circonvallazione ferroviaria, chiude un tratto di via Brennero: bus deviati per sei mesi", date="2025-03-14",
        country="IT", region="europe", lang="it", authors=["Giulia Nardelli"], section="Cronaca", meta_section="Cronaca",
        url="https://www.ildolomiti.example.it/cronaca/2025/circonvallazione-ferroviaria-chiude-un-tratto-di-via-brennero-bus-deviati-per-sei-mesi",
        description="La chiusura riguarderà circa 400 metri a Trento nord e dovrebbe durare sei mesi.",
        published="2025-03-14T18:43:00+01:00",
        byline_lines=["Di Giulia Nardelli"], date_lines=["14 marzo 2025 - 18:43"],
        inserts={3: [("ad", "Pubblicità")]},
        below_body=[("follow", "Seguici sul nostro canale Telegram")],
        lists=[("Ultime notizie", ["Rovereto, nuovo parcheggio di attestamento alla stazione", "Valsugana, frana sulla statale: traffico a senso unico alternato"])],
        paras=P("""
Da lunedì 24 marzo un tratto di via Brennero, a Trento nord, sarà chiuso al traffico per consentire i lavori della
circonvallazione ferroviaria.

La chiusura riguarderà circa 400 metri tra la rotatoria di via Maccani e l'incrocio con via Lavisotto e dovrebbe
durare sei mesi.

Le auto saranno deviate su via Maccani, mentre due linee urbane di Trentino trasporti cambieranno percorso e non
fermeranno più davanti al centro commerciale.

L'opera, finanziata in gran parte con fondi del Pnrr, prevede la costruzione di una galleria di circa 11 chilometri
per spostare i treni merci fuori dal centro abitato.

Il cantiere è al centro di polemiche da mesi per il tema dei terreni inquinati nell'area delle ex fabbriche a nord
della città.

"Sappiamo che saranno mesi difficili per chi vive e lavora nella zona", ha detto l'assessore comunale alla
mobilità Marco Tonini.

Il Comune ha chiesto di organizzare i lavori più rumorosi nelle ore diurne e di informare i residenti con anticipo.

Per i pedoni e i ciclisti resterà aperto un passaggio protetto sul lato ovest della strada.

Le associazioni dei commercianti chiedono un sostegno per le attività che si trovano lungo il tratto chiuso.
"""),
        must_have=[
            "Per i pedoni e i ciclisti resterà aperto un passaggio protetto sul lato ovest della strada.",
            "Le associazioni dei commercianti chiedono un sostegno per le attività che si trovano lungo il tratto chiuso.",
        ]),
    # Katadata: staff, "Penulis:" and "Editor:" lines, ANTARA photo credit with desk initials, "Baca Juga" box, Google News line.
    rec(cluster="katadata-kemenhub-kapal-perintis", role="single",
        file="katadata_kemenhub_kapal_perintis_id.html", render="html", site=SITE_KATA,
        title="Kemenhub Tambah 20 Kapal Perintis untuk Daerah Terpencil Tahun Ini", date="2025-03-12",
        country="ID", region="asia", lang="id", authors=["Rizky Pratama"], editors=["Yuliana Sari"],
        section="Berita", meta_section="Berita",
        url="https://katadata.example.co.id/berita/nasional/67d0a1b2c3d4e/kemenhub-tambah-20-kapal-perintis-untuk-daerah-terpencil-tahun-ini",
        description="Sebagian besar kapal baru akan ditempatkan di Maluku, Papua, dan Nusa Tenggara Timur.",
        published="2025-03-12T07:15:00+07:00",
        breadcrumbs=["Berita", "Nasional"],
        byline_lines=["Penulis: Rizky Pratama", "Editor: Yuliana Sari"], date_lines=["12/3/2025, 07.15 WIB"],
        caption="Kapal penumpang bersandar di Pelabuhan Tanjung Priok, Jakarta.", credit="ANTARA FOTO/Andika Wahyu/nz",
        credit_shown="ANTARA FOTO/Andika Wahyu/nz",
        inserts={3: [("box", "Baca Juga", ["Tarif Tiket Kapal Pelni Naik Mulai April", "Pemerintah Siapkan Subsidi Angkutan Laut Rp 2 Triliun"])]},
        end_lines=["Ikuti berita dan artikel lainnya di Google News"],
        tags=("Tags", ["Kemenhub", "Kapal Perintis", "Transportasi Laut"]),
        paras=P("""
Kementerian Perhubungan akan menambah 20 kapal perintis tahun ini untuk melayani rute ke pulau-pulau kecil dan
daerah terpencil, terutama di kawasan timur Indonesia.

Direktur Jenderal Perhubungan Laut Budi Santoso mengatakan, pengadaan kapal tersebut menelan anggaran sekitar Rp
1,4 triliun.

Menurut dia, sebagian besar kapal baru akan ditempatkan di Maluku, Papua, dan Nusa Tenggara Timur.

Saat ini terdapat 113 trayek angkutan laut perintis yang disubsidi pemerintah.

"Banyak warga di pulau kecil yang hanya bisa bepergian sekali dalam dua minggu karena kapal belum cukup," kata
Budi di Jakarta, Selasa (11/3).

Kapal-kapal tersebut berkapasitas 200 hingga 500 penumpang dan juga dapat mengangkut barang kebutuhan pokok.

Kemenhub menargetkan frekuensi pelayaran di sejumlah rute naik dari dua kali menjadi empat kali dalam sebulan.

Data Badan Pusat Statistik menunjukkan jumlah penumpang angkutan laut dalam negeri mencapai 26,4 juta orang pada
tahun lalu.

Selain kapal, pemerintah juga akan memperbaiki 15 pelabuhan kecil agar kapal dapat bersandar dengan aman.
"""),
        must_have=[
            "Saat ini terdapat 113 trayek angkutan laut perintis yang disubsidi pemerintah.",
            "Selain kapal, pemerintah juga akan memperbaiki 15 pelabuhan kecil agar kapal dapat bersandar dengan aman.",
        ]),
    # The Armidale Express: ACM layout, AAP writer over "Australian Associated Press", "Updated ..., first published ..." stamp, "Picture by" credit, newsletter line.
    rec(cluster="armidale-aap-nsw-regional-fare-cap", role="single",
        file="armidaleexpress_aap_nsw_regional_fare_cap.html", render="html", site=SITE_ARM,
        title="Country train and coach fares capped at $50 for a one-way trip", date="2024-06-19",
        country="AU", region="oceania", lang="en", agency="AAP", authors=["Fiona Grady"], section="News", meta_section="News",
        url="https://www.armidaleexpress.example.com.au/story/8671234/country-train-and-coach-fares-capped-at-50-for-a-one-way-trip/",
        description="The cap will apply to all NSW TrainLink services from July 1.",
        published="2024-06-19T20:30:00+10:00", modified="2024-06-20T09:10:00+10:00",
        byline_lines=["Fiona Grady", "Australian Associated Press"],
        date_lines=["Updated June 20 2024 - 9:10am, first published June 19 2024 - 8:30pm"],
        caption="An XPT train at Armidale station.", credit="Lucy Hart/AAP PHOTOS", credit_shown="Picture by Lucy Hart/AAP PHOTOS",
        inserts={1: [("ad", "Advertisement")], 5: [("ad", "Advertisement")]},
        below_body=[("newsletter", "Get the latest Armidale news delivered to your inbox. Sign up for our newsletter")],
        paras=P("""
Regional travellers in NSW will pay no more than $50 for a one-way train or coach trip under a fare cap announced
by the state government.

The cap will apply to all NSW TrainLink services from July 1, including the long-distance Xplorer and XPT trains
that link Sydney with Armidale, Moree, Grafton and Broken Hill.

Transport Minister Ella Croft said some passengers travelling to the far west had been paying more than $150 for
a standard adult ticket.

"No one should have to choose between seeing a specialist in Sydney and paying their power bill," she told
reporters on Wednesday.

The government expects the cap to cost about $24 million a year.

Concession fares for pensioners and students will remain at current levels.

The opposition said the announcement did little to fix the reliability of country trains, which are often
replaced by coaches because of track work and breakdowns.

A new fleet of regional trains is due to begin replacing the XPTs, which have run since the early 1980s, from
next year.

NSW TrainLink carried about 1.9 million passengers on its regional network last financial year.
"""),
        must_have=[
            "The government expects the cap to cost about $24 million a year.",
            "Concession fares for pensioners and students will remain at current levels.",
        ]),
    # APTN News (gzipped): staff, WordPress layout, skip link, author bio.
    rec(cluster="aptn-island-lake-all-season-road", role="single",
        file="aptnnews_island_lake_all_season_road.html.gz", render="html", site=SITE_APTN,
        title="Island Lake First Nations sign deal with Manitoba for all-season road", date="2025-03-26",
        country="CA", region="americas", lang="en", authors=["Jordan Bighorn"], section="National News", meta_section="National News",
        url="https://www.aptnnews.example.ca/national-news/island-lake-first-nations-sign-deal-with-manitoba-for-all-season-road/",
        description="The four communities are reachable only by air or by winter road for a few weeks each year.",
        published="2025-03-26T17:42:00-05:00",
        byline_lines=["Jordan Bighorn"], date_lines=["Mar 26, 2025"],
        caption="A winter road near Island Lake, Man.", credit="Kent Spence/APTN", credit_shown="Photo: Kent Spence/APTN",
        author_box=["Jordan Bighorn is a reporter with APTN News based in Winnipeg."],
        lists=[("Latest News", ["Ottawa extends deadline for boil water advisory funding", "Nunavut hamlet declares state of emergency over fuel shortage"])],
        paras=P("""
Four First Nations in Manitoba's Island Lake region have signed an agreement with the province to build an
all-season road that would link their communities to the provincial highway network for the first time.

The communities of Garden Hill, Wasagamack, St. Theresa Point and Red Sucker Lake are home to about 12,000 people
and are currently reachable only by air or by winter road for a few weeks each year.

Under the agreement, the province will pay about $350 million toward the first phase of the road, which will run
about 150 kilometres south toward Berens River.

The First Nations will hold construction contracts and train local workers, according to a joint statement
released Wednesday.

"Our winter roads are melting earlier every year," said Chief Dorothy Flett, who signed the agreement on behalf
of the four communities. "We can't wait for the weather to decide whether our families get food and fuel."

Last winter, the winter road network in northern Manitoba opened for just 24 days in some areas, forcing
communities to fly in fuel and building supplies at much higher cost.

Groceries in Island Lake communities can cost two to three times what they do in Winnipeg, according to a study by
a northern health group.

Construction is expected to start next winter, once environmental assessments are complete.

The federal government has not yet said whether it will contribute to the project.
"""),
        must_have=[
            "The First Nations will hold construction contracts and train local workers, according to a joint statement released Wednesday.",
            "The federal government has not yet said whether it will contribute to the project.",
        ]),
    # L'Est Républicain: AFP copy in the group's world pages, "Par AFP" byline, "Photo AFP/NAME" credit, consent wall with "Continuer sans accepter".
    rec(cluster="estrepublicain-afp-noumea-bus", role="single",
        file="estrepublicain_afp_noumea_reseau_bus_fr.html", render="html", site=SITE_ER,
        title="Nouvelle-Calédonie : le réseau de bus de l'agglomération de Nouméa retrouve presque toutes ses lignes",
        date="2024-09-25", dateline="Nouméa (AFP) - ", city="Nouméa", country="NC", region="oceania", lang="fr",
        agency="AFP", section="Monde", meta_section="Monde",
        url="https://www.estrepublicain.example.fr/monde/2024/09/25/nouvelle-caledonie-le-reseau-de-bus-de-l-agglomeration-de-noumea-retrouve-presque-toutes-ses-lignes",
        description="Plusieurs dizaines de bus avaient été incendiés ou endommagés lors des émeutes de mai.",
        published="2024-09-25T08:15:00+02:00", modified="2024-09-25T10:02:00+02:00",
        ld_author=[{"@type": "Organization", "name": "AFP"}],
        breadcrumbs=["Accueil", "Monde", "Nouvelle-Calédonie"], kicker="Nouvelle-Calédonie",
        byline_lines=["Par AFP"], date_lines=["Le 25/09/2024 à 08:15", "Mis à jour le 25/09/2024 à 10:02"],
        caption="Un bus du réseau de l'agglomération à Nouméa, le 10 septembre 2024.", credit="AFP/Marc Lefèvre",
        credit_shown="Photo AFP/Marc Lefèvre",
        inserts={2: [("ad", "Publicité")]},
        lists=[("Les + lus", ["Nancy : la ligne 1 du tram fermée tout le week-end", "Lorraine : les prix de l'immobilier repartent à la baisse"])],
        paras=P("""
Le réseau de bus de l'agglomération de Nouméa a rétabli mercredi la quasi-totalité de ses lignes, quatre mois
après les violences qui ont secoué la Nouvelle-Calédonie, a annoncé le syndicat mixte des transports.

Plusieurs dizaines de bus avaient été incendiés ou endommagés lors des émeutes déclenchées mi-mai par un projet de
réforme électorale contesté par les indépendantistes.

Seules deux lignes desservant des quartiers du nord de Nouméa restent partiellement suspendues, pour des raisons
de sécurité, selon la même source.

Pour remplacer les véhicules détruits, le syndicat a loué une vingtaine de bus à des transporteurs privés et
attend la livraison de nouveaux véhicules d'ici la fin de l'année.

« Beaucoup d'habitants n'ont pas de voiture et dépendent du bus pour aller travailler ou se soigner », a expliqué
à l'AFP un responsable du réseau, sous couvert d'anonymat.

Le couvre-feu, toujours en vigueur la nuit dans l'agglomération, oblige toutefois le réseau à arrêter les derniers
services plus tôt qu'avant la crise.

L'économie de l'archipel reste durement touchée, et des milliers d'emplois ont été perdus depuis mai.

Le gouvernement calédonien espère un retour à un service complet d'ici janvier.
"""),
        must_have=[
            "Seules deux lignes desservant des quartiers du nord de Nouméa restent partiellement suspendues, pour des raisons de sécurité, selon la même source.",
            "Le gouvernement calédonien espère un retour à un service complet d'ici janvier.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, CivilNet (Armenia): staff, byline and day.month.year lines.
    rec(cluster="civilnet-yerevan-metro-achapnyak", role="single", file="newsplease_civilnet_yerevan_metro_achapnyak.json",
        render="newsplease", title="Yerevan approves plan to extend metro to Achapnyak after decades of delay",
        date="2025-05-07", country="AM", region="asia", lang="en", authors=["Ani Hovsepyan"],
        url="https://www.civilnet.example.am/en/news/812345/yerevan-approves-plan-to-extend-metro-to-achapnyak-after-decades-of-delay/",
        source_domain="www.civilnet.example.am",
        description="The new section will be about 2.5 kilometers long and include two stations.",
        np_authors=["Ani Hovsepyan"], np_publish="2025-05-07 16:20:00", np_download="2025-05-08 03:02:44",
        head_lines=["Ani Hovsepyan", "07.05.2025"],
        tail_lines=["Read more", "Subscribe to our newsletter"],
        paras=P("""
Yerevan municipality has approved plans to extend the city's metro line to the Achapnyak district, the first
expansion of the network in more than three decades.

The new section will be about 2.5 kilometers long and include two stations, city officials said on Wednesday.

Construction is expected to cost around $140 million and take at least five years.

Yerevan's metro, which opened in 1981, has a single line with 10 stations and carries about 60,000 passengers a
day.

Work on a station in Achapnyak began in the late 1980s but was abandoned after the collapse of the Soviet Union.

Deputy Mayor Arman Ghukasyan told reporters that the city was in talks with international lenders about
financing.

Residents of Achapnyak and nearby Malatia-Sebastia currently rely on minibuses and buses that are often crowded
during rush hour.

The municipality also plans to replace some of the metro's Soviet-era trains, which have been in service for more
than 40 years.

Urban planners have welcomed the plan but warned that the city should also invest in bus lanes and sidewalks.
"""),
        must_have=[
            "Work on a station in Achapnyak began in the late 1980s but was abandoned after the collapse of the Soviet Union.",
            "Urban planners have welcomed the plan but warned that the city should also invest in bus lanes and sidewalks.",
        ]),
    # news-please, IGIHE (Rwanda, English edition): staff, "On DATE at HH:MM" stamp.
    rec(cluster="igihe-huye-modern-market", role="single", file="newsplease_igihe_huye_modern_market.json",
        render="newsplease", title="Construction of modern market in Huye to start next month",
        date="2025-01-14", country="RW", region="africa", lang="en", authors=["Jean Claude Uwimana"],
        url="https://en.igihe.example.com/news/construction-of-modern-market-in-huye-to-start-next-month",
        source_domain="en.igihe.example.com",
        description="The four-storey building will have space for about 1,200 traders.",
        np_authors=["Jean Claude Uwimana"], np_publish="2025-01-14 10:12:00", np_download="2025-01-14 19:40:05",
        head_lines=["By Jean Claude Uwimana", "On 14 January 2025 at 10:12"],
        tail_lines=["Share", "Related Articles"],
        paras=P("""
Construction of a modern market in Huye District is set to begin next month, replacing the old market in the town
centre that traders say has become too small and unsafe.

The four-storey building will have space for about 1,200 traders, as well as a parking lot, cold rooms for fresh
produce and a day care centre for traders' children.

According to Huye District officials, the project will cost about Frw 9 billion and is being built in partnership
with a private investor.

Ange Uwase, the Vice Mayor in charge of economic development, said the market would be completed within two years.

During construction, traders will be moved to a temporary site near the Huye bus park.

Traders who spoke to IGIHE welcomed the project but said rent in the new building should remain affordable.

The old market was built in the 1980s and has repeatedly been flooded during heavy rains.

Huye, home to the main campus of the University of Rwanda, is one of the country's secondary cities earmarked for
development to ease pressure on Kigali.
"""),
        must_have=[
            "During construction, traders will be moved to a temporary site near the Huye bus park.",
            "The old market was built in the 1980s and has repeatedly been flooded during heavy rains.",
        ]),
    # news-please, Guyana Chronicle: staff, WordPress strings.
    rec(cluster="guyanachronicle-ogle-eccles-bypass", role="single", file="newsplease_guyanachronicle_ogle_eccles_bypass.json",
        render="newsplease", title="Ogle-Eccles bypass road to be opened by year-end",
        date="2025-03-05", country="GY", region="americas", lang="en", authors=["Shaniya Persaud"],
        url="https://guyanachronicle.example.com/2025/03/05/ogle-eccles-bypass-road-to-be-opened-by-year-end/",
        source_domain="guyanachronicle.example.com",
        description="About 70 per cent of the work on the four-lane road has been completed.",
        np_authors=["Shaniya Persaud"], np_publish="2025-03-05 00:00:00", np_download="2025-03-05 11:21:09",
        head_lines=["By Shaniya Persaud", "March 5, 2025"],
        tail_lines=["Like this:", "Like Loading...", "Related"],
        paras=P("""
The four-lane bypass road linking Ogle on the East Coast of Demerara with Eccles on the East Bank is expected to be
opened to traffic by the end of the year, the Ministry of Public Works has said.

The 26-kilometre road is intended to divert heavy vehicles away from Georgetown and reduce traffic on the main
East Coast and East Bank corridors.

A senior engineer at the ministry said on Tuesday that about 70 per cent of the work had been completed.

Work on the road's bridges and culverts is expected to be finished in the coming months, while asphalt paving is
already under way on several sections.

The project also includes street lights, pedestrian walkways and several roundabouts.

Commuters travelling between the East Coast and East Bank currently have to pass through the city, where traffic
congestion has become a daily problem.

Residents of communities along the route have been asked to keep animals off the road as construction continues.

Once completed, the road is expected to cut travel time between Ogle and Eccles to about 25 minutes.
"""),
        must_have=[
            "The project also includes street lights, pedestrian walkways and several roundabouts.",
            "Residents of communities along the route have been asked to keep animals off the road as construction continues.",
        ]),
    # trafilatura, La Gaceta (Tucumán): staff piece signed with the paper's name, first category "Sociedad", comment gate.
    rec(cluster="lagaceta-tucuman-frecuencias-colectivos", role="single", file="trafilatura_lagaceta_frecuencias_colectivos_es.json",
        render="trafilatura", title="Anuncian más frecuencias de colectivos hacia Yerba Buena y Tafí Viejo",
        date="2024-07-08", country="AR", region="americas", lang="es", section="Sociedad",
        url="https://www.lagaceta.example.com.ar/nota/1051234/sociedad/anuncian-mas-frecuencias-colectivos-hacia-yerba-buena-tafi-viejo.html",
        hostname="www.lagaceta.example.com.ar", source_hostname="La Gaceta",
        description="Los colectivos pasarán cada diez minutos en las horas pico.",
        tf_author="LA GACETA", tf_date="2024-07-08", tf_language="es", categories="Sociedad;Tucumán",
        tf_tags="colectivos;transporte público;Yerba Buena;Tafí Viejo",
        head_lines=["LA GACETA", "08 Julio 2024"],
        tail_lines=["Comentarios", "Para comentar debés estar registrado.", "Mirá también"],
        paras=P("""
La Dirección de Transporte de la Provincia anunció que desde el lunes aumentarán las frecuencias de tres líneas de
colectivos que unen la capital con Yerba Buena y Tafí Viejo.

Según informó el organismo, los colectivos pasarán cada diez minutos en las horas pico, en lugar de cada quince.

La medida responde a los reclamos de usuarios que denunciaban largas esperas en las paradas, sobre todo por la
mañana.

Para cumplir con las nuevas frecuencias, las empresas incorporarán 18 unidades que estaban fuera de servicio.

"Hay paradas en las que la gente espera más de media hora, con frío y sin refugio", dijo Marcela Ruiz, usuaria de
una de las líneas.

Las empresas de transporte advirtieron, sin embargo, que el aumento de los costos del combustible pone en riesgo
la continuidad del servicio.

El boleto mantendrá su precio actual al menos hasta fin de mes, aseguraron desde el organismo.

Además, se instalarán nuevos refugios en 40 paradas del corredor de la avenida Aconquija.
"""),
        must_have=[
            "La medida responde a los reclamos de usuarios que denunciaban largas esperas en las paradas, sobre todo por la mañana.",
            "Además, se instalarán nuevos refugios en 40 paradas del corredor de la avenida Aconquija.",
        ]),
    # trafilatura, Berliner Zeitung: staff, first category "Berlin", feedback e-mail line.
    rec(cluster="berlinerzeitung-m10-hermannplatz", role="single", file="trafilatura_berlinerzeitung_m10_hermannplatz_de.json",
        render="trafilatura", title="Tram bis zum Hermannplatz: Senat legt Pläne für die Verlängerung der M10 vor",
        date="2025-02-03", country="DE", region="europe", lang="de", authors=["Lena Hoffmann"], section="Berlin",
        url="https://www.berliner-zeitung.example.de/mensch-metropole/tram-bis-zum-hermannplatz-senat-legt-plaene-fuer-die-verlaengerung-der-m10-vor-li.2290123",
        hostname="www.berliner-zeitung.example.de", source_hostname="Berliner Zeitung",
        description="Geplant sind sechs neue Haltestellen zwischen Warschauer Straße und Hermannplatz.",
        tf_author="Lena Hoffmann", tf_date="2025-02-03", tf_language="de", categories="Berlin;Mobilität",
        tf_tags="Straßenbahn;BVG;Neukölln;Kreuzberg",
        head_lines=["Lena Hoffmann", "03.02.2025 | 17:45 Uhr"],
        tail_lines=["Haben Sie Feedback? Schreiben Sie uns! briefe@berliner-zeitung.de"],
        paras=P("""
Die Straßenbahnlinie M10 soll künftig bis zum Hermannplatz in Neukölln fahren.

Die Senatsverwaltung für Mobilität hat am Montag die Pläne für die rund 2,7 Kilometer lange Verlängerung von der
Warschauer Straße durch den Wrangelkiez bis zum Hermannplatz vorgestellt.

Geplant sind sechs neue Haltestellen. Die Kosten werden auf rund 180 Millionen Euro geschätzt.

Baubeginn könnte nach Angaben der Verwaltung frühestens 2027 sein, die ersten Bahnen würden dann Anfang der
2030er-Jahre fahren.

Die M10 gehört zu den am stärksten genutzten Straßenbahnlinien der Stadt und ist vor allem am Wochenende oft
überfüllt.

Anwohner im Wrangelkiez befürchten, dass für die Trasse Parkplätze und Bäume wegfallen.

„Wir wollen die Tram, aber nicht auf Kosten des Grüns im Kiez“, sagte eine Sprecherin einer Anwohnerinitiative.

Der Fahrgastverband begrüßte die Pläne, forderte aber einen schnelleren Zeitplan.

Bis Ende März können Bürgerinnen und Bürger online Stellung zu den Planungen nehmen.

Die Verwaltung will die Hinweise auswerten und das Planfeststellungsverfahren im kommenden Jahr einleiten.
"""),
        must_have=[
            "Der Fahrgastverband begrüßte die Pläne, forderte aber einen schnelleren Zeitplan.",
            "Bis Ende März können Bürgerinnen und Bürger online Stellung zu den Planungen nehmen.",
        ]),
    # trafilatura, interest.co.nz: staff, "19th Feb 25, 6:05am" stamp and "by NAME" line, comment-policy lines, first category "Property".
    rec(cluster="interest-auckland-development-contributions", role="single", file="trafilatura_interest_auckland_development_contributions.json",
        render="trafilatura", title="Auckland Council proposes lifting development contributions in growth areas by an average of 18%",
        date="2025-02-19", country="NZ", region="oceania", lang="en", authors=["Holly Brennan"], section="Property",
        url="https://www.interest.example.co.nz/property/131234/auckland-council-proposes-lifting-development-contributions-growth-areas-average-18",
        hostname="www.interest.example.co.nz", source_hostname="interest.co.nz",
        description="The council says current charges do not cover the cost of infrastructure for new housing.",
        tf_author="Holly Brennan", tf_date="2025-02-19", tf_language="en", categories="Property;Local government",
        tf_tags="Auckland Council;development contributions;housing",
        head_lines=["19th Feb 25, 6:05am", "by Holly Brennan"],
        tail_lines=["We welcome your comments below. If you are not already registered, please register to comment.",
                    "Remember we welcome robust, respectful and insightful debate. We don't welcome abusive or defamatory comments and will de-register those repeatedly making such comments. Our current comment policy is here."],
        paras=P("""
Auckland Council is proposing to lift the development contributions it charges on new homes in the city's growth
areas by an average of 18%, saying current charges do not cover the cost of the pipes, roads and parks needed to
support new housing.

Under the draft policy, released on Tuesday, the charge for a new three-bedroom home in parts of the north-west
would rise from about $38,000 to about $47,000.

Development contributions are one-off charges paid by developers when they subdivide land or build new homes.

The council says the money collected under the current policy falls about $140 million a year short of what it
needs to spend on infrastructure in new suburbs.

Property developers warned the increase would be passed on to buyers at a time when the housing market is already
weak.

One Auckland developer told interest.co.nz that several projects in the pipeline would be reconsidered if the
charges went up.

The council's chief financial officer said the alternative was to increase rates for all Aucklanders.

Public consultation on the proposal opens next month, with a final decision due in June.

The new charges would apply from July 1 if approved.
"""),
        must_have=[
            "Development contributions are one-off charges paid by developers when they subdivide land or build new homes.",
            "Public consultation on the proposal opens next month, with a final decision due in June.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_DDA = site("Diario de Avisos", "https://diariodeavisos.example.com", " - Diario de Avisos", "es_ES", "@DiariodeAvisos",
                ["Tenerife", "Canarias", "Santa Cruz", "La Laguna", "Sociedad", "Deportes", "Economía", "Internacional", "Opinión"],
                ["\u00a9 Diario de Avisos", "Aviso legal", "Política de privacidad", "Política de cookies"],
                share=["Facebook", "X", "WhatsApp", "Telegram", "Email"])

JSONL_STORIES = [
    # news-please shape: the AP story on the Lewiston Tribune (syndicated member of the AP cluster), AP correction line; crawler stamp in UTC.
    dict(HONOLULU, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.lmtribune.example.com/nation_world/hawaii-to-study-bringing-back-an-interisland-ferry/article_4c1d2e3f-a5b6-5c7d-8e9f-0a1b2c3d4e5f.html",
         source_domain="www.lmtribune.example.com",
         np_authors=["NOELANI KAHALE Associated Press"], np_publish="2025-06-11 04:40:00", np_download="2025-06-11 09:12:31",
         head_lines=["NOELANI KAHALE Associated Press", "Jun 10, 2025"],
         tail_lines=["This story has been corrected to show that the study will cost $2.5 million, not $25 million.", AP_RIGHTS]),
    # newsbeam html shape: the EFE story on Diario de Avisos (syndicated member of the EFE cluster).
    dict(NUAKCHOT, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_DDA,
         section="Internacional", meta_section="Internacional",
         url="https://diariodeavisos.example.com/2025/03/mauritania-inaugura-planta-desaladora-abastecera-tercio-nuakchot/",
         published="2025-03-12T14:10:00+00:00",
         nb_published="2025-03-12T14:10:00Z", outlet="Diario de Avisos", nb_authors=["EFE"],
         ld_author=[{"@type": "Organization", "name": "EFE"}],
         byline_lines=["EFE"], date_lines=["12 de marzo de 2025"],
         inserts={4: [("ad", "Publicidad")]},
         lists=[("Lo más leído", ["El Cabildo aprueba el nuevo carril bus de la TF-5", "Santa Cruz reabre el parque García Sanabria tras las obras"])]),
    # newsbeam text shape: Love FM (Belize), staff, house "Posted By:" line; crawler stamp in UTC (the next day).
    rec(cluster="lovefm-george-price-highway-resurfacing", role="single", file=JSONL_A, render="newsbeam",
        title="Resurfacing of George Price Highway between Belmopan and San Ignacio to start this month",
        date="2025-01-14", country="BZ", region="americas", lang="en",
        url="https://lovefm.example.com/resurfacing-of-george-price-highway-between-belmopan-and-san-ignacio-to-start-this-month/",
        nb_published="2025-01-15T02:30:00Z", outlet="Love FM", nb_authors=["Love FM News"],
        head_lines=["Posted By: Love FM News", "January 14, 2025"],
        tail_lines=["Share this:", "Facebook", "X", "WhatsApp", "Related Posts"],
        paras=P("""
The Ministry of Infrastructure Development and Housing says resurfacing works on the George Price Highway between
Belmopan and San Ignacio will begin later this month.

The project covers about 35 miles of the highway, which is the main route between the capital and the Cayo
District and the border with Guatemala.

According to the ministry, the work will include new asphalt, road markings and the widening of several narrow
bridges.

Motorists are being advised to expect delays, as traffic will be reduced to one lane in some areas while the work
is carried out.

The highway has deteriorated in recent years because of heavy traffic from trucks carrying goods to and from the
western border.

Several serious accidents have been reported on the stretch near Teakettle and Blackman Eddy.

A ministry official told Love FM that the project is expected to take about 18 months to complete.

It is being financed through a loan from a regional development bank.
"""),
        must_have=[
            "Motorists are being advised to expect delays, as traffic will be reduced to one lane in some areas while the work is carried out.",
            "It is being financed through a loan from a regional development bank.",
        ]),
    # trafilatura shape: the Lusa story on Jornal de Negócios (syndicated member of the Lusa cluster), printed without the Lusa dateline.
    dict(DILI, role="syndicated", file=JSONL_B, render="trafilatura", section="Mundo",
         url="https://www.jornaldenegocios.example.pt/economia/mundo/detalhe/governo-timorense-aprova-ampliacao-do-aeroporto-internacional-de-dili",
         hostname="www.jornaldenegocios.example.pt", source_hostname="Jornal de Negócios",
         tf_author="Lusa", tf_date="2024-09-18", tf_language="pt", categories="Mundo;Economia",
         tf_tags="Timor-Leste;aeroportos;Díli",
         head_lines=["Lusa", "18 de setembro de 2024 às 10:02"],
         tail_lines=["Subscreva a newsletter Negócios Primeira Hora", "Mais lidas"]),
    # news-please shape: Reuters on Hydrocarbon Processing, "DAR ES SALAAM, Feb 11 (Reuters) - " dateline, Reuters credits.
    rec(cluster="hydrocarbonprocessing-reuters-dar-fuel-terminal", role="single", file=JSONL_B, render="newsplease",
        title="Tanzania plans new bulk fuel storage terminal at Dar es Salaam port",
        date="2025-02-11", dateline="DAR ES SALAAM, Feb 11 (Reuters) - ", city="Dar es Salaam", country="TZ",
        region="africa", lang="en", agency="Reuters", authors=["Halima Mshana", "Otieno Kamau"],
        editors=["Alison Merriweather"],
        url="https://www.hydrocarbonprocessing.example.com/news/2025/02/tanzania-plans-new-bulk-fuel-storage-terminal-at-dar-es-salaam-port/",
        source_domain="www.hydrocarbonprocessing.example.com",
        description="The terminal would cut the time tankers spend waiting to unload at Dar es Salaam.",
        np_authors=["Reuters"], np_publish="2025-02-11 13:05:00", np_download="2025-02-11 20:44:18",
        head_lines=["Reuters", "February 11, 2025"],
        tail_lines=["(Reporting by Halima Mshana in Dar es Salaam; Additional reporting by Otieno Kamau in Nairobi; Editing by Alison Merriweather)",
                    "Related News"],
        paras=P("""
Tanzania plans to build a bulk fuel storage terminal at Dar es Salaam port to cut the time tankers spend waiting to
unload, the country's ports authority said on Tuesday.

The terminal, with capacity for about 300,000 cubic metres of petroleum products, will be built on reclaimed land
in the Kigamboni area, the Tanzania Ports Authority said in a statement.

Tanzania imports all of its refined fuel, and Dar es Salaam also serves landlocked neighbours including Zambia,
Malawi, Rwanda, Burundi and eastern Democratic Republic of Congo.

Tankers sometimes wait more than a week at anchor before they can discharge, adding demurrage costs that are
eventually passed on to consumers, according to industry officials.

The authority did not give a cost for the project, but an official familiar with the plans said it would likely
exceed $400 million.

It said the terminal would be developed under a public-private partnership and that a tender would be issued by
June.

Kenya and Tanzania are competing to handle fuel and other cargo for the region's landlocked countries, and both
have invested heavily in their ports in recent years.

The government is also expanding a pipeline that carries fuel from the port to storage depots inland.
"""),
        must_have=[
            "The authority did not give a cost for the project, but an official familiar with the plans said it would likely exceed $400 million.",
            "The government is also expanding a pipeline that carries fuel from the port to storage depots inland.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "forty-second held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Lewiston Tribune copy prints 'Jun 10, 2025' "
    "and the AP story moved on Tuesday 10 June in Honolulu (UTC-10), although the news-please date_publish "
    "(04:40 on the 11th) is in UTC; the Love FM crawler stamp 2025-01-15T02:30Z is 20:30 on 14 January in Belize "
    "(UTC-6), the date the page prints; Canarias7's 13:40 is +00:00 (the Canary Islands keep UTC in winter); the "
    "Armidale Express line 'Updated June 20 2024 - 9:10am, first published June 19 2024 - 8:30pm' gives the "
    "publication in its second half (19 June); 'Actualizado', 'Actualitzada', 'Mis à jour' and 'Updated' stamps are "
    "not the publication; interest.co.nz's '19th Feb 25, 6:05am' is New Zealand daylight time (UTC+13), so 19 "
    "February although it is still the 18th in UTC; day-first numeric stamps: Iltalehti '19.11.2024', CivilNet "
    "'07.05.2025' (7 May), Katadata '12/3/2025, 07.15 WIB' (12 March, UTC+7), Lidovky '8. dubna 2025' (8 April); the "
    "Guyana Chronicle's news-please date_publish is a date without a time (midnight), the page prints 'March 5, 2025'",
    "dateline_city": "'HONOLULU (AP) \u2014 ' -> 'Honolulu' (both AP copies); 'Nuakchot, 12 mar (EFE).- ' -> "
    "'Nouakchott' (EFE writes the Spanish exonym; the label is the English GeoNames name; both EFE copies); "
    "Canarias7's 'Nuakchot' line under the 'EFE' byline is the byline's place line (chrome), the dateline is the one "
    "in the text; 'Díli, 18 set 2024 (Lusa) - ' -> 'Dili' (English GeoNames spelling) on Diário Insular, while "
    "Jornal de Negócios prints the same Lusa story without its dateline (city null, country TL from the story); "
    "'KUCHING (March 4): ' -> 'Kuching' (DayakDaily's house form of a Bernama dateline); 'Nouméa (AFP) - ' -> "
    "'Nouméa'; 'DAR ES SALAAM, Feb 11 (Reuters) - ' -> 'Dar es Salaam'; the other records have no dateline (the STT, "
    "ATS and AAP copies print none) and take the country of the story's location (Brunswick Heads, Colombo, "
    "Freetown, Kouvola, Jacmel, Plzeň, Serrekunda, Honiara, Lleida, Leiden, Neuchâtel and the Swiss network, "
    "Trento, Indonesia's eastern islands, New South Wales, Island Lake, Yerevan, Huye, Ogle/Eccles, Tucumán, "
    "Berlin, Auckland, Belmopan/San Ignacio)",
    "country": "Honolulu is in the US state of Hawaii: country US, which UN M49 puts in the Americas, although the "
    "islands lie in Polynesia; the EFE story is about Mauritania (MR, africa) although both copies run on papers in "
    "the Canary Islands (Spain); the Lusa story is about Timor-Leste (TL, asia) although both copies run in "
    "Portugal; the AFP story is about New Caledonia (NC, oceania) although it runs on a French regional paper; the "
    "Reuters story is about Tanzania (TZ) although Hydrocarbon Processing is a US trade site; the ATS story is "
    "national Swiss news (CH)",
    "agency": "the Hawaii Tribune-Herald and the Lewiston Tribune carry AP; Canarias7 and Diario de Avisos carry EFE "
    "('EFE' bylines and the EFE dateline); Diário Insular and Jornal de Negócios carry Lusa ('Lusa' byline; Diário "
    "Insular also keeps Lusa's initials line 'MRS // JMC'); Iltalehti carries STT ('STT' byline); Arcinfo carries "
    "Keystone-ATS, the Swiss national agency, bylined 'ATS' (labelled 'ATS'); DayakDaily carries Bernama ('\u2014 "
    "Bernama' sign-off); the Armidale Express carries AAP (the writer over 'Australian Associated Press'); L'Est "
    "Républicain carries AFP ('Par AFP'); Hydrocarbon Processing carries Reuters; all other records are staff copy "
    "(agency null). The photo credits 'AP Photo/...', 'EFE', 'Lehtikuva', 'Keystone/...', '.../AAP PHOTOS', "
    "'AFP/...' and 'ANTARA FOTO/...' are photo credits: Katadata's story is its own staff copy under an ANTARA "
    "picture, and the stories' agencies come from their bylines, datelines and sign-offs",
    "authors": "'NOELANI KAHALE Associated Press' (the Lewiston Tribune's byline and news-please author field) -> "
    "'Noelani Kahale' (natural case, agency name not part of the name); the Reuters credit names the reporter and "
    "the 'Additional reporting by' reporter (both authors, in order); 'Fiona Grady' over 'Australian Associated "
    "Press' is the AAP writer; 'Penulis: Rizky Pratama' ('Penulis' = writer) -> 'Rizky Pratama'; 'Di Giulia "
    "Nardelli' ('Di' = 'By'), 'Par Ricardo Jean-Baptiste', 'by Holly Brennan' -> the names; pages bylined only with "
    "an agency ('EFE', 'Lusa', 'STT', 'ATS', 'Par AFP', 'Reuters') have no authors; 'LA GACETA' signs a staff piece "
    "with the paper's own name and 'Posted By: Love FM News' is the station's desk: placeholders, no authors (the "
    "trafilatura and crawler author fields repeating them are not authors either); Ada Derana and DayakDaily byline "
    "nobody; photographers (Mahina Torres, Anna Bosch, Joris van Dam, Anne Rochat, Andika Wahyu, Lucy Hart, Kent "
    "Spence, Marc Lefèvre, Petr Horák) are not authors; Katadata's 'Editor:' is an editor, not a writer",
    "editors": "'Editing by Alison Merriweather' (Reuters credits on Hydrocarbon Processing); Katadata's 'Editor: "
    "Yuliana Sari' line is the page's editing credit (Indonesian sites print 'Penulis:' and 'Editor:' the way Xinhua "
    "prints 'Editor:') -> 'Yuliana Sari'; Lusa's 'MRS // JMC' holds initials, not names (no editors); no other record "
    "names an editor",
    "caption_credit": "credits without their wrapper: '(AP Photo/Mahina Torres)' -> 'AP Photo/Mahina Torres' (AP's own "
    "credit form, kept whole); Canarias7 prints 'EFE' alone -> 'EFE'; 'Kuva: Lehtikuva' ('Kuva' = photo) -> "
    "'Lehtikuva'; 'Foto: Petr Horák, MAFRA' -> 'Petr Horák, MAFRA' (MAFRA's name-comma-publisher form, kept whole); "
    "Ara prints the photographer in capitals, 'ANNA BOSCH', kept as printed; 'Foto: Joris van Dam' -> 'Joris van "
    "Dam'; 'Keystone/Anne Rochat' is printed without a wrapper and kept whole; 'ANTARA FOTO/Andika Wahyu/nz' is kept "
    "whole (ANTARA's credit form ends with the photo desk editor's initials); 'Picture by Lucy Hart/AAP PHOTOS' -> "
    "'Lucy Hart/AAP PHOTOS'; 'Photo: Kent Spence/APTN' -> 'Kent Spence/APTN'; 'Photo AFP/Marc Lefèvre' (the "
    "wrapper word without a colon) -> 'AFP/Marc Lefèvre'; the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section; trafilatura records take their first "
    "category; news-please, plain text and newsbeam text records have none",
    "language": "'ca' is Catalan (Ara); both Lusa copies are European Portuguese; French comes from Haiti, "
    "Switzerland and France; 'id' is Indonesian, 'cs' Czech, 'fi' Finnish",
    "chrome": "includes consent banners and their buttons, skip links, login and subscription strings, language "
    "switchers, share bars (with WordPress 'Like this:' strings), advertisement labels, 'Lire aussi'/'Llegeix "
    "també'/'Lue myös'/'Baca Juga'/'Read more' lines and boxes, topic and tag lists, reading time, comment policies, "
    "comment gates and reply forms, a supporter appeal, newsletter, app, Telegram and Google News promos, a "
    "newsroom-tip line, a feedback e-mail line, an author bio, a report-an-error link, an AP correction line, agency "
    "sign-offs and code lines, AP and Reuters credit and copyright lines, and publisher copyright and registration "
    "lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and EFE in the plain batch, Lusa in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"lusa", "ats", "keystone-ats", "stt", "par afp", "la gaceta", "love fm news", "love fm",
                "australian associated press", "hawaii tribune-herald", "lewiston tribune", "canarias7",
                "diario de avisos", "diário insular", "jornal de negócios", "the echo", "echo publications",
                "ada derana", "awoko", "awoko newspaper", "iltalehti", "juno7", "lidovky.cz", "mafra", "kerr fatou",
                "in-depth solomons", "dayakdaily", "ara", "leidsch dagblad", "arcinfo", "il dolomiti", "katadata",
                "the armidale express", "aptn news", "aptn", "l'est républicain", "civilnet", "igihe",
                "guyana chronicle", "berliner zeitung", "interest.co.nz", "hydrocarbon processing",
                "alison merriweather", "yuliana sari"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
