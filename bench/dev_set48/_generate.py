#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's forty-eighth development set (bench/dev_set48/, first written as the forty-fifth held-out set).

    .venv/bin/python bench/dev_set48/_generate.py

Writes ``bench/dev_set48/articles/*`` and ``bench/dev_set48/labels.json`` (next to this
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
bench/dev_set47/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout45_2025-a.jsonl"
JSONL_B = "crawl_holdout45_2025-b.jsonl.gz"


# ---- cluster: Reuters, Colombo (Insurance Journal scrape + copy on EconomyNext in the plain batch) ----

COLOMBO = dict(
    cluster="reuters-colombo-paddy-index-insurance",
    title="Sri Lanka to launch weather-index insurance for paddy farmers after floods",
    date="2025-01-21",
    dateline="COLOMBO, Jan 21 (Reuters) - ",
    city="Colombo",
    country="LK",
    region="asia",
    agency="Reuters",
    authors=["Nimali Jayawardena", "Kavinda Rajapakse"],
    editors=["Martin Hollis"],
    lang="en",
    description="Payouts will be triggered automatically when rainfall at local weather stations falls outside set limits.",
    paras=P("""
Sri Lanka will launch a weather-index insurance scheme for rice farmers before the next planting season, the
agriculture ministry said on Tuesday, after floods and a late monsoon destroyed crops on more than 80,000 hectares
last year.

Under the scheme, farmers will receive payouts automatically when rainfall measured at local weather stations falls
outside set limits, without waiting for officials to inspect damaged fields.

The state-run Agricultural and Agrarian Insurance Board will run the programme with two private insurers, and the
risk will be shared with a panel of international reinsurers, Deputy Minister Ranjith Weerasekara told reporters in
Colombo.

Premiums will be fully subsidised for farmers cultivating less than two hectares, who make up the majority of the
country's roughly 1.8 million paddy growers, he said.

Under the current system, farmers must file a claim and wait for an assessment, and compensation can take more than
a year to arrive.

"By the time the money comes, the next season is already lost," said Sunil Herath, who farms three acres near
Polonnaruwa in the North Central Province.

The government has set aside 6 billion rupees ($20.3 million) for the first year of the programme, according to
budget documents.

Index-based insurance has been tested in several Asian countries, but take-up has often been low because farmers do
not trust payouts linked to distant weather stations.

The ministry said it would install 250 new automatic rain gauges across the main paddy-growing districts by June.
"""),
    must_have=[
        "Under the current system, farmers must file a claim and wait for an assessment, and compensation can take more than a year to arrive.",
        "The ministry said it would install 250 new automatic rain gauges across the main paddy-growing districts by June.",
    ],
)
COLOMBO_CREDITS = ("(Reporting by Nimali Jayawardena; Additional reporting by Kavinda Rajapakse in Kandy; "
                   "Editing by Martin Hollis)")

# ---- cluster: AFP, Nouadhibou (Le Bien Public page + copy on Aniamey in the plain batch) ----

NOUADHIBOU = dict(
    cluster="afp-nouadhibou-usine-dessalement",
    title="Mauritanie : une usine de dessalement pour sécuriser l'eau potable de Nouadhibou",
    date="2024-10-09",
    dateline="Nouadhibou (Mauritanie) (AFP) - ",
    city="Nouadhibou",
    country="MR",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="L'usine doit produire 30.000 mètres cubes d'eau potable par jour à partir de fin 2026.",
    paras=P("""
La Mauritanie a lancé mercredi la construction d'une usine de dessalement d'eau de mer à Nouadhibou, deuxième ville
du pays, où les habitants subissent des coupures d'eau à répétition depuis des années.

L'installation, prévue pour produire 30.000 mètres cubes d'eau potable par jour, doit entrer en service fin 2026,
selon le ministère de l'Hydraulique.

Son coût est estimé à 95 millions de dollars, financés par un prêt d'un fonds arabe de développement et par l'Etat
mauritanien.

Nouadhibou, capitale économique du pays située sur une presqu'île, est aujourd'hui alimentée par des forages situés
à plus de 90 kilomètres, via une conduite vieillissante.

« En été, il nous arrive de rester quatre jours sans une goutte au robinet. On achète l'eau aux charretiers, à des
prix qui doublent », a raconté à l'AFP Mariem Mint Sidi, mère de cinq enfants dans le quartier de Numerowatt.

La ville, qui compte environ 180.000 habitants, attire de nombreux travailleurs grâce à la pêche et au port
minéralier, et sa population augmente rapidement.

L'usine fonctionnera en partie grâce à un parc solaire de 20 mégawatts construit à proximité, afin de limiter le
coût de l'électricité, a précisé le ministère.

Des associations de pêcheurs ont demandé des garanties sur le rejet de la saumure en mer, qui pourrait selon elles
nuire aux zones de reproduction du poisson.

Les autorités assurent qu'une étude d'impact environnemental a été réalisée et que les rejets se feront loin des
côtes.
"""),
    must_have=[
        "La ville, qui compte environ 180.000 habitants, attire de nombreux travailleurs grâce à la pêche et au port minéralier, et sa population augmente rapidement.",
        "Les autorités assurent qu'une étude d'impact environnemental a été réalisée et que les rejets se feront loin des côtes.",
    ],
)

# ---- cluster: Keystone-SDA, Velowege (Berner Zeitung page + copy on the Freiburger Nachrichten in the gzipped batch) ----

VELO = dict(
    cluster="sda-bund-velowege-agglomerationen",
    title="Bund will Velowege in den Agglomerationen mit 180 Millionen Franken fördern",
    date="2025-05-14",
    dateline="",
    city=None,
    country="CH",
    region="europe",
    agency="SDA",
    authors=[],
    editors=[],
    lang="de",
    description="Für die Jahre 2027 bis 2030 sind insgesamt 180 Millionen Franken vorgesehen. Die Vernehmlassung dauert bis Ende August.",
    paras=P("""
Der Bundesrat will den Bau von Velowegen in den Agglomerationen stärker unterstützen. Er hat am Mittwoch eine
Vorlage in die Vernehmlassung geschickt, die für die Jahre 2027 bis 2030 insgesamt 180 Millionen Franken vorsieht.

Gefördert werden sollen vor allem durchgehende Velorouten zwischen Wohngebieten, Bahnhöfen und Schulen sowie sichere
Abstellplätze an Haltestellen des öffentlichen Verkehrs.

Mit dem Geld sollen Kantone und Gemeinden Lücken im Netz schliessen, wie das Bundesamt für Strassen (Astra)
mitteilte.

Seit Anfang 2023 ist das Veloweggesetz in Kraft. Es verpflichtet die Kantone, bis Ende 2042 ein zusammenhängendes
Velowegnetz zu planen und umzusetzen.

Laut dem Astra fehlt es vielerorts noch an Planungen. Zudem seien viele bestehende Velostreifen zu schmal oder
endeten abrupt vor Kreuzungen.

Der Anteil des Velos am Pendlerverkehr ist in den vergangenen Jahren gestiegen, vor allem dank E-Bikes. In Städten
wie Bern und Basel legt inzwischen fast jede fünfte Person den Arbeitsweg mit dem Velo zurück.

Pro Velo Schweiz begrüsste die Vorlage, bezeichnete den Betrag aber als zu tief. «Das reicht bei weitem nicht, um
die Lücken bis 2042 zu schliessen», sagte Co-Präsidentin Anita Räber auf Anfrage.

Die Vernehmlassung dauert bis Ende August.
"""),
    must_have=[
        "Seit Anfang 2023 ist das Veloweggesetz in Kraft.",
        "Die Vernehmlassung dauert bis Ende August.",
    ],
)

# ---- cluster: Bega District News (Australia), page + noisy re-scrape ----

TATHRA = dict(
    cluster="begadistrictnews-tathra-wharf-repairs",
    title="Tathra wharf repairs to begin in winter after $4.2 million funding deal",
    date="2025-02-26",
    dateline="",
    city=None,
    country="AU",
    region="oceania",
    agency=None,
    authors=["Tessa Horgan"],
    editors=[],
    lang="en",
    caption="The Tathra wharf has been partly closed to the public since 2022.",
    credit="Tessa Horgan",
    paras=P("""
Repairs to the historic Tathra wharf will begin in June after Bega Valley Shire Council and the NSW Government
finalised a $4.2 million funding deal.

The timber wharf, built in the 1860s, has been partly closed to the public since storms in 2022 damaged several of
its piles and sections of the deck.

Under the agreement, the state will contribute $3 million and the council the rest, with work expected to take about
nine months.

Council's director of assets and operations, Graham Lutton, said the first stage would replace 46 piles and the most
damaged sections of decking.

"The wharf is the heart of Tathra, and people have been patient while we worked out how to pay for it," he said.

Fishing from the wharf will be banned while the work is under way, but the cafe at the wharf's entrance will remain
open.

Tathra Chamber of Commerce president Michelle Ordway said businesses were relieved the repairs would be finished
before next summer.

The wharf draws thousands of visitors each year and is a popular spot for watching whales during their migration
along the coast. Council figures show visitor numbers fell by 35% after the partial closure.

Council will hold a community information session at the Tathra Hall on March 12.
"""),
    must_have=[
        "Under the agreement, the state will contribute $3 million and the council the rest, with work expected to take about nine months.",
        "Council will hold a community information session at the Tathra Hall on March 12.",
    ],
)
BDN_PRE = ["Bega District News", "Local News", "Sport", "Property", "Opinion", "Community", "Obituaries", "Today's Paper"]
BDN_HEAD = ["Tessa Horgan"]
BDN_DATE = ["February 26 2025 - 4:30pm"]
BDN_CAP = ["The Tathra wharf has been partly closed to the public since 2022. Picture by Tessa Horgan"]
BDN_NEWS = ["Get the latest Bega news delivered to your inbox. Sign up for our newsletter"]
BDN_COPY = "\u00a9 2025 Australian Community Media"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Insurance Journal (original of the Reuters cluster): "By NAME | date" byline, Reuters credit line and copyright, topic list, feedback widget, topic alerts.
    dict(COLOMBO, role="original", file="insurancejournal_reuters_colombo_paddy_insurance.txt", render="text",
         pre=[["Insurance Journal", "News", "National", "International", "Regions", "Magazines", "Podcasts", "Video", "Jobs", "Events"],
              ["Subscribe", "Log In"], ["International News"]],
         head=[["By Nimali Jayawardena | January 21, 2025"]],
         inserts={3: ["Related:", "Philippines Widens Parametric Cover for Typhoon-Hit Rice Farmers"]},
         tail=[[COLOMBO_CREDITS], ["Copyright 2025 Thomson Reuters."],
               ["Topics", "Agribusiness", "Catastrophe", "Asia"],
               ["Was this article valuable?", "Yes", "No"],
               ["Interested in Agribusiness?", "Get automatic alerts for this topic."],
               ["Most Popular"], ["\u00a9 2025 Wells Media Group, Inc."]]),
    # Bega District News (original of the re-scrape cluster): ACM name and stamp lines, "Picture by" caption, newsletter line, author bio.
    dict(TATHRA, role="original", file="begadistrictnews_tathra_wharf_repairs.txt", render="text",
         pre=[BDN_PRE, ["Subscribe", "Login"]], head=[BDN_HEAD, BDN_DATE], cap_lines=BDN_CAP,
         inserts={2: ["Advertisement"], 5: ["Advertisement"]},
         tail=[BDN_NEWS,
               ["Tessa Horgan", "Journalist",
                "Tessa Horgan is a journalist at the Bega District News covering Tathra, Bermagui and council affairs."],
               ["More from Local News"], [BDN_COPY]]),
    dict(TATHRA, role="rescrape", file="begadistrictnews_tathra_wharf_repairs_rescrape.txt.gz", render="text", noise=True,
         pre=[BDN_PRE], head=[BDN_HEAD, BDN_DATE], cap_lines=BDN_CAP, tail=[BDN_NEWS, [BDN_COPY]]),
    # Ilta-Sanomat: STT copy, "STT" byline, Julkaistu/Päivitetty stamps, upper-case "KUVA:" credit, ad label, topic list.
    rec(cluster="iltasanomat-stt-hailuoto-sahkolautta", role="single",
        file="iltasanomat_stt_hailuoto_sahkolautta_fi.txt", render="text",
        title="Hailuotoon suunnitellaan sähkölauttaa – liikenne voisi alkaa vuonna 2027",
        date="2024-11-12", country="FI", region="europe", lang="fi", agency="STT",
        caption="Hailuodon lossi Oulunsalon Riutunkarin satamassa.", credit="JUSSI KOIVUNEN / LEHTIKUVA",
        pre=[["Ilta-Sanomat", "Uutiset", "Urheilu", "Viihde", "Taloussanomat", "Terveys", "Ruoka", "Matkat", "Tyyli"],
             ["Kirjaudu", "Tilaa"]],
        head=[["STT"], ["Julkaistu: 12.11.2024 14:21"], ["Päivitetty: 12.11.2024 15:02"]],
        cap_lines=["Hailuodon lossi Oulunsalon Riutunkarin satamassa. KUVA: JUSSI KOIVUNEN / LEHTIKUVA"],
        inserts={3: ["Mainos"]},
        tail=[["Aiheet", "Hailuoto", "Liikenne", "Oulu"], ["Jaa artikkeli"], ["\u00a9 Sanoma Media Finland Oy"]],
        paras=P("""
Oulunsalon ja Hailuodon välille suunnitellaan sähköllä kulkevaa lauttaa, joka voisi aloittaa liikennöinnin vuonna
2027. Asiasta kertoi tiistaina Pohjois-Pohjanmaan elinkeino-, liikenne- ja ympäristökeskus.

Nykyiset lautat kulkevat dieselillä, ja matka saaren ja mantereen välillä kestää noin puoli tuntia.

Uuteen lauttaan mahtuisi noin 90 henkilöautoa kerrallaan, mikä on kolmanneksen enemmän kuin nykyisiin aluksiin.

Lautan hankinnan arvioidaan maksavan noin 28 miljoonaa euroa. Rahoituksesta ei ole vielä tehty päätöstä, mutta
hanke on mukana valtion liikenneverkon investointiohjelman luonnoksessa.

Hailuodon kunnanjohtaja Aila Rautio kertoo, että saarella on odotettu parannusta pitkään.

– Kesäisin jonot satamassa voivat olla useita tunteja, ja se haittaa sekä asukkaiden arkea että matkailua, Rautio
sanoo.

Hailuodossa asuu noin tuhat ihmistä, mutta kesällä väkiluku moninkertaistuu mökkiläisten ja matkailijoiden myötä.
Saarelle on vuosien mittaan suunniteltu myös kiinteää yhteyttä, mutta pengertiehanke kaatui kustannuksiin.

Talvella Hailuotoon pääsee myös jäätietä pitkin, mutta leudot talvet ovat lyhentäneet jäätien aukioloaikaa
viime vuosina.

Sähkölautan lataus hoidettaisiin molemmissa satamissa, joihin rakennettaisiin uudet latausasemat. Nykyisiä
dieselaluksia pidettäisiin varalla huoltokatkojen ja kovien jäätalvien varalta.
"""),
        must_have=[
            "Lautan hankinnan arvioidaan maksavan noin 28 miljoonaa euroa.",
            "Sähkölautan lataus hoidettaisiin molemmissa satamissa, joihin rakennettaisiin uudet latausasemat.",
        ]),
    # Libya Herald: staff, "By NAME." line, dateline as a paragraph of its own ("Tripoli, 14 January 2025:"), WordPress share and like lines.
    rec(cluster="libyaherald-tripoli-bus-routes", role="single",
        file="libyaherald_tripoli_new_bus_routes.txt", render="text",
        title="Tripoli Central Municipality launches three public bus routes",
        date="2025-01-14", dateline="Tripoli, 14 January 2025:\n", city="Tripoli", country="LY", region="africa",
        lang="en", authors=["Hamza Ben Saud"],
        pre=[["Libya Herald", "Home", "News", "Business", "Politics", "Security", "Oil and Gas", "Culture", "Opinion"]],
        head=[["January 14, 2025"], ["By Hamza Ben Saud."]],
        tail=[["Share this:", "Click to share on X (Opens in new window)", "Click to share on Facebook (Opens in new window)"],
              ["Like this:", "Like Loading..."], ["Related"], ["\u00a9 2025 Libya Herald. All Rights Reserved."]],
        paras=P("""
Tripoli's Central Municipality has launched three public bus routes linking the city centre with the suburbs of
Tajoura, Ain Zara and Janzour, in a bid to ease traffic congestion in the capital.

The municipality said the routes would be served by 24 new air-conditioned buses, running every 20 minutes from 6 am
to 10 pm.

A single ticket will cost one dinar, and monthly passes will be available for students and public sector employees
at a discount.

Tripoli has had no regular public bus service for most of the past decade, with residents relying on private cars
and shared minibuses.

Traffic jams on the city's main roads, including the Airport Road and the coastal road, have become a daily feature
of life in the capital.

The Mayor of Tripoli Central, Ibrahim Al-Mahdi, said the service was a first step and that more routes would be
added if demand was strong.

He added that bus stops with shelters and route maps would be installed along the main roads over the coming weeks.

Minibus drivers have expressed concern about competition from the new service, but the municipality said it would
consult them on how their routes could feed the new lines.
"""),
        must_have=[
            "A single ticket will cost one dinar, and monthly passes will be available for students and public sector employees at a discount.",
            "He added that bus stops with shelters and route maps would be installed along the main roads over the coming weeks.",
        ]),
    # Klix.ba: staff, bare name line, day-first stamp with trailing dot, comment count, report-an-error line.
    rec(cluster="klix-tuzla-panonska-jezera", role="single",
        file="klix_tuzla_panonska_jezera_sanacija_bs.txt", render="text",
        title="U Tuzli počela sanacija Panonskih jezera, radovi vrijedni 3,5 miliona KM",
        date="2025-02-14", country="BA", region="europe", lang="bs", authors=["Amra Begović"],
        pre=[["Klix.ba", "Vijesti", "Biznis", "Sport", "Magazin", "Lifestyle", "Scitech", "Auto", "Video"]],
        head=[["Amra Begović"], ["14.2.2025. 11:45"]],
        inserts={4: ["Oglas"]},
        tail=[["Komentari (27)"], ["Prijavi grešku"], ["Pogledajte i ovo"],
              ["Copyright \u00a9 2025 Klix.ba. Sva prava zadržana."]],
        paras=P("""
U Tuzli su danas počeli radovi na sanaciji kompleksa Panonskih jezera, koji bi trebali biti završeni prije početka
ljetne kupališne sezone.

Vrijednost radova je oko 3,5 miliona KM, a novac su osigurali Grad Tuzla i Vlada Tuzlanskog kantona.

Kako je saopćeno iz gradske uprave, bit će zamijenjen dio cijevi za dovod slane vode, obnovljene obale jezera i
izgrađeni novi sanitarni čvorovi.

Panonska jezera jedina su slana jezera u Evropi, a prošle godine posjetilo ih je više od 300.000 ljudi.

Direktor javnog preduzeća koje upravlja kompleksom Senad Hodžić kazao je za Klix.ba da će jezera biti otvorena za
posjetioce i tokom dijela radova.

"Većina radova bit će završena do juna. Ne očekujemo da će kupači osjetiti veće posljedice", rekao je Hodžić.

U planu je i izgradnja novog parkinga s 200 mjesta, za koji se još čeka građevinska dozvola.

Posjetioci su posljednjih godina upozoravali na dotrajale svlačionice i nedostatak hlada uz jezera, a dio
kupališta zbog kvara na pumpama prošlog ljeta nije radio nekoliko sedmica.

Cijene ulaznica ove sezone neće se mijenjati, poručili su iz preduzeća.
"""),
        must_have=[
            "Vrijednost radova je oko 3,5 miliona KM, a novac su osigurali Grad Tuzla i Vlada Tuzlanskog kantona.",
            "U planu je i izgradnja novog parkinga s 200 mjesta, za koji se još čeka građevinska dozvola.",
        ]),
    # Kosmo!: Bernama copy in Malay, "Oleh BERNAMA" byline, "SANDAKAN – " dateline, "– BERNAMA" sign-off line, IKLAN label.
    rec(cluster="kosmo-bernama-sandakan-terminal-feri", role="single",
        file="kosmo_bernama_sandakan_terminal_feri_ms.txt", render="text",
        title="Terminal feri baharu Sandakan dijangka siap Jun ini",
        date="2025-03-12", dateline="SANDAKAN \u2013 ", city="Sandakan", country="MY", region="asia", lang="ms",
        agency="Bernama",
        pre=[["Kosmo!", "Terkini", "Negara", "Dunia", "Ekonomi", "Sukan", "Hiburan", "Rencana", "Video"]],
        head=[["Oleh BERNAMA"], ["12 Mac 2025, 3:45 pm"]],
        inserts={3: ["IKLAN"]},
        tail=[["\u2013 BERNAMA"], ["Artikel Berkaitan"], ["\u00a9 2025 Media Mulia Sdn Bhd. Hak cipta terpelihara."]],
        paras=P("""
Pembinaan terminal feri baharu di Sandakan yang bernilai RM48 juta dijangka siap sepenuhnya pada Jun ini, sekali
gus memudahkan perjalanan penduduk ke pulau-pulau berhampiran.

Menteri Kerja Raya Sabah, Datuk Ahmad Fauzi Salleh berkata, kemajuan kerja pembinaan terminal itu kini mencapai 85
peratus.

Menurut beliau, terminal itu akan dilengkapi ruang menunggu berhawa dingin, kaunter tiket, surau dan kemudahan untuk
orang kurang upaya.

"Terminal lama sudah terlalu sesak, terutamanya pada musim perayaan apabila ramai penduduk pulau pulang ke kampung,"
katanya kepada pemberita selepas meninjau tapak projek di sini hari ini.

Terminal itu akan menempatkan sehingga 12 bot penumpang pada satu masa berbanding lima bot di terminal sedia ada.

Beliau berkata, kerajaan negeri juga sedang mengkaji cadangan untuk menambah laluan feri ke Libaran dan Pulau
Berhala.

Sandakan merupakan bandar kedua terbesar di Sabah dan menjadi pintu masuk utama ke beberapa destinasi pelancongan
termasuk Taman Pulau-Pulau Penyu.

Setiap hari, lebih 3,000 penumpang menggunakan perkhidmatan bot dari Sandakan ke pulau-pulau sekitar, kebanyakannya
penduduk yang bekerja dan bersekolah di bandar.
"""),
        must_have=[
            "Terminal itu akan menempatkan sehingga 12 bot penumpang pada satu masa berbanding lima bot di terminal sedia ada.",
            "Beliau berkata, kerajaan negeri juga sedang mengkaji cadangan untuk menambah laluan feri ke Libaran dan Pulau Berhala.",
        ]),
    # Fox News: AP copy, "Associated Press" byline, EDT stamp, listen-to-article line, app promo, AP contributor line, long legal footer.
    rec(cluster="foxnews-ap-pago-pago-hospital-emergency-wing", role="single",
        file="foxnews_ap_pago_pago_hospital_emergency_wing.txt", render="text",
        title="American Samoa's only hospital to get new emergency wing after years of delays",
        date="2025-04-08", dateline="PAGO PAGO, American Samoa (AP) \u2014 ", city="Pago Pago", country="AS",
        region="oceania", lang="en", agency="AP", authors=["Mele Fuimaono"],
        pre=[["Fox News", "U.S.", "Politics", "World", "Opinion", "Media", "Entertainment", "Sports", "Lifestyle", "Video"],
             ["Watch TV", "Log In"]],
        head=[["Associated Press"], ["Published April 8, 2025 8:15pm EDT"], ["NEWYou can now listen to Fox News articles!"]],
        inserts={5: ["CLICK HERE TO GET THE FOX NEWS APP"]},
        tail=[["Associated Press writer Mele Fuimaono in Honolulu contributed to this report."],
              ["Related Topics", "Health Care", "Hawaii"],
              ["This material may not be published, broadcast, rewritten, or redistributed. \u00a92025 FOX News Network, LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data provided by Factset. Powered and implemented by FactSet Digital Solutions. Legal Statement. Mutual Fund and ETF data provided by LSEG."]],
        paras=P("""
Construction of a new emergency department at American Samoa's only hospital will begin this summer, officials said
Tuesday, after funding disputes and a shortage of contractors held up the project for more than five years.

The LBJ Tropical Medical Center in Pago Pago will get a two-story building with 24 emergency beds, a larger triage
area and a helicopter landing pad, according to the territory's Department of Health.

The $58 million project is being paid for mostly with federal disaster recovery money and a grant from the U.S.
Department of the Interior.

The current emergency room, built in the 1960s, has 10 beds and often treats patients in hallways during outbreaks of
dengue and influenza.

"Our nurses and doctors have been working in conditions that no hospital on the mainland would accept," said
hospital chief executive Tanielu Faleafaga.

American Samoa, a U.S. territory of about 45,000 people, sends many seriously ill patients to Hawaii or New Zealand
for treatment, at a cost of millions of dollars each year.

Officials said the new wing would allow the hospital to treat more patients on the island, including some heart and
trauma cases.

The building is expected to be completed in late 2027.
"""),
        must_have=[
            "The current emergency room, built in the 1960s, has 10 beds and often treats patients in hallways during outbreaks of dengue and influenza.",
            "The building is expected to be completed in late 2027.",
        ]),
    # Lowvelder (Caxton): staff, "By" line, read-time and date lines, "ALSO READ:" line, the publisher's human-journalism notice, topic list.
    rec(cluster="lowvelder-matsulu-reservoir", role="single",
        file="lowvelder_matsulu_reservoir_water_cuts.txt", render="text",
        title="New reservoir to end water cuts in Matsulu by year-end, says municipality",
        date="2024-08-20", country="ZA", region="africa", lang="en", authors=["Sibusiso Ngwenya"],
        pre=[["Lowvelder", "News", "Local news", "Crime", "Business", "Sport", "Lifestyle", "Motoring", "Obituaries"],
             ["Subscribe", "Sign in"]],
        head=[["By Sibusiso Ngwenya"], ["2 minute read"], ["20 August 2024"]],
        inserts={3: ["ALSO READ: Pipe burst leaves Mbombela suburbs dry for two days"]},
        tail=[["At Caxton, we employ humans to generate news. Our reporters are committed to producing content that is accurate, fair, and accessible to all."],
              ["Read more on these topics", "Mbombela", "Matsulu", "water"],
              ["Subscribe to our newsletter"],
              ["Copyright \u00a9 2024 Caxton and CTP Publishers and Printers Ltd."]],
        paras=P("""
Residents of Matsulu who have relied on water tankers for months should have a reliable supply by the end of the
year, the City of Mbombela says.

Construction of a 10-megalitre reservoir at Matsulu C is 70% complete, municipal spokesperson Lindiwe Mabuza said on
Monday.

The reservoir will be connected to the bulk pipeline from the Crocodile River and will serve about 40,000 people in
the township and surrounding villages.

Parts of Matsulu have had water only two or three days a week since the start of winter, with some sections going
without for more than a week at a time.

"We wake up at 3am to fill buckets when the tanker comes. If you miss it, you buy water from neighbours," said
resident Thembi Nkosi.

The municipality said 12 tankers were sent to the area daily and that the schedule was shared with ward councillors.

Ward councillor Sipho Mnisi said residents had been promised a permanent solution before and would only believe it
when water came out of their taps.

The project is funded through the national Water Services Infrastructure Grant at a cost of R48 million.
"""),
        must_have=[
            "Parts of Matsulu have had water only two or three days a week since the start of winter, with some sections going without for more than a week at a time.",
            "The project is funded through the national Water Services Infrastructure Grant at a cost of R48 million.",
        ]),
    # CiberCuba: staff, name and weekday stamp lines, tip-line appeal with e-mail and phone, "Archivado en:" list, comment button.
    rec(cluster="cibercuba-holguin-cortes-agua", role="single",
        file="cibercuba_holguin_cortes_agua_conductora_es.txt", render="text",
        title="Cortes de agua afectarán a más de 60.000 personas en Holguín por reparación de una conductora",
        date="2025-03-05", country="CU", region="americas", lang="es", authors=["Yaimara Pérez"],
        pre=[["CiberCuba", "Noticias", "Cuba", "Estados Unidos", "Entretenimiento", "Deportes", "Cocina", "Opinión", "Videos"]],
        head=[["Yaimara Pérez"], ["miércoles, 5 de marzo de 2025 10:12"]],
        tail=[["¿Tienes algo que reportar? Escríbele a CiberCuba:", "editores@cibercuba.example.com +1 786 555 0147"],
              ["Archivado en:", "Holguín", "Agua", "Crisis en Cuba"],
              ["COMENTAR"], ["\u00a9 CiberCuba 2025"]],
        paras=P("""
Más de 60.000 personas de la ciudad de Holguín se quedarán sin servicio de agua durante al menos cinco días a partir
del próximo lunes, debido a la reparación de una conductora principal, informó la Empresa de Acueducto y
Alcantarillado de la provincia.

Según la entidad estatal, los trabajos buscan eliminar varios salideros en la tubería que lleva el agua desde uno de
los embalses que abastecen a la ciudad.

Los repartos más afectados serán Pedro Díaz Coello, Alcides Pino y Lenin, donde residen decenas de miles de personas.

La empresa aseguró que distribuirá agua en camiones cisterna a hospitales, escuelas y centros de elaboración de
alimentos durante la interrupción.

En redes sociales, varios vecinos se quejaron de que muchas zonas de la ciudad ya reciben agua solo una vez por
semana.

"Cinco días sin agua, y encima sin corriente para bombear a los tanques. No sabemos qué vamos a hacer", escribió una
residente en la página oficial de la empresa en Facebook.

Holguín arrastra desde hace años problemas de abasto por el deterioro de las redes y la falta de lluvias, que han
dejado varios embalses por debajo de la mitad de su capacidad.

A ello se suman los apagones prolongados que afectan a toda la isla y que impiden el funcionamiento de las
estaciones de bombeo.
"""),
        must_have=[
            "La empresa aseguró que distribuirá agua en camiones cisterna a hospitales, escuelas y centros de elaboración de alimentos durante la interrupción.",
            "A ello se suman los apagones prolongados que afectan a toda la isla y que impiden el funcionamiento de las estaciones de bombeo.",
        ]),
    # Curaçao Chronicle: no byline, "WILLEMSTAD - " dateline, WordPress share, related and comment-gate lines.
    rec(cluster="curacaochronicle-punda-bus-terminal", role="single",
        file="curacaochronicle_punda_bus_terminal.txt", render="text",
        title="Construction of new central bus terminal in Punda to start in May",
        date="2025-02-19", dateline="WILLEMSTAD - ", city="Willemstad", country="CW", region="americas", lang="en",
        pre=[["Curaçao Chronicle", "Home", "Local", "Business", "Tourism", "Politics", "Caribbean", "Sports", "Opinion"]],
        head=[["February 19, 2025"]],
        tail=[["Share on Facebook", "Share on X", "Share on WhatsApp"], ["Related Posts"],
              ["Leave a Reply"], ["You must be logged in to post a comment."],
              ["Copyright \u00a9 2025 Curaçao Chronicle"]],
        paras=P("""
The Ministry of Traffic, Transport and Urban Planning will begin construction of a new central bus terminal in Punda
in May, Minister Roderick Maduro said on Tuesday.

The terminal will replace the open-air bus stops at the Wilhelminaplein, where passengers now wait without shelter
from the sun and rain.

According to the ministry, the project will include covered platforms for 14 buses, ticket counters, public toilets
and a small police post.

The cost is estimated at 18 million guilders and will be financed from the national budget and a loan from a local
bank.

Construction is expected to last about 18 months. During the work, buses will depart from a temporary stop at the
parking lot near the Waaigat.

The state bus company said it welcomed the plan but called for more buses, saying its fleet was too small to run
reliable schedules.

Many residents rely on private minibuses, known as 'bus di kaha', which run without fixed timetables.

The minister said the new terminal was part of a wider plan to improve public transport on the island before the
next high tourist season.
"""),
        must_have=[
            "According to the ministry, the project will include covered platforms for 14 buses, ticket counters, public toilets and a small police post.",
            "Construction is expected to last about 18 months.",
        ]),
    # Gladstone Observer (News Corp): staff, "Updated" stamp printed above "First published", "Picture: Supplied" caption, conversation and related lines.
    rec(cluster="gladstoneobserver-tannum-sands-boat-ramp", role="single",
        file="gladstoneobserver_tannum_sands_boat_ramp.txt", render="text",
        title="Tannum Sands boat ramp upgrade to double trailer parking",
        date="2025-03-11", country="AU", region="oceania", lang="en", authors=["Emily Grant"],
        caption="Trailers queue at the Tannum Sands boat ramp on a busy weekend.", credit="Supplied",
        pre=[["Gladstone Observer", "News", "Sport", "Business", "Lifestyle", "Real Estate", "Puzzles", "Weather"],
             ["Subscribe", "Log in"], ["Local News"]],
        head=[["Emily Grant"], ["Updated March 12, 2025 - 9:41AM"], ["First published March 11, 2025 - 4:28PM"],
              ["Gladstone Observer"]],
        cap_lines=["Trailers queue at the Tannum Sands boat ramp on a busy weekend. Picture: Supplied"],
        inserts={3: ["Advertisement"]},
        tail=[["Join the conversation"], ["More related stories"], ["Copyright \u00a9 2025 News Pty Limited."]],
        paras=P("""
Boaties at Tannum Sands will have twice as many trailer parks and a second launching lane under a $6.8 million
upgrade to the town's boat ramp.

The Queensland Government announced on Tuesday that work would start after the Easter holidays and was expected to be
finished by the end of the year.

The project includes a new floating walkway, extra lighting and 62 car and trailer spaces, up from the current 30.

Gladstone Regional Council has long lobbied for the upgrade, with boaties often forced to park on nearby streets on
weekends.

Local fishing charter operator Darren Pike said the ramp was one of the busiest in central Queensland during the
warmer months.

"On a good Saturday you'll have trailers backed up all the way to the roundabout. It's been a safety issue for
years," he said.

The ramp will remain open during most of the work, although there will be short closures when the new lane is built.

The upgrade is jointly funded by the state and the council, with the council contributing $1.5 million.
"""),
        must_have=[
            "The project includes a new floating walkway, extra lighting and 62 car and trailer spaces, up from the current 30.",
            "The ramp will remain open during most of the work, although there will be short closures when the new lane is built.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_LBP = site("Le Bien Public", "https://www.bienpublic.example.com", " | Le Bien Public", "fr_FR", "@lebienpublic",
                ["Dijon", "Côte-d'Or", "Faits divers", "Sport", "Loisirs", "Économie", "France-Monde", "Vidéos"],
                ["\u00a9 Le Bien Public 2024", "Mentions légales", "CGU", "Gestion des cookies", "Nous contacter"],
                share=["Partager", "Facebook", "X", "Envoyer par mail", "Copier le lien"],
                top=["S'abonner", "Se connecter", "Journal numérique"],
                cookie="Avec votre accord, nos partenaires et nous utilisons des cookies ou technologies similaires pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
                cookie_title="Vos données, vos choix",
                buttons=["Accepter et fermer", "Continuer sans accepter"])
SITE_BZ = site("Berner Zeitung", "https://www.bernerzeitung.example.ch", " | Berner Zeitung", "de_CH", "@bernerzeitung",
               ["Bern", "Region", "Schweiz", "International", "Wirtschaft", "Sport", "Kultur", "Leben", "Meinungen"],
               ["\u00a9 Berner Zeitung. Alle Rechte vorbehalten.", "Impressum", "AGB", "Datenschutz", "Kontakt"],
               share=["Teilen", "Facebook", "X", "WhatsApp", "E-Mail"], top=["E-Paper", "Abo", "Login"],
               cookie="Wir verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Nutzungserlebnis zu bieten und Werbung anzuzeigen.",
               buttons=["Akzeptieren", "Einstellungen"], end_class="report-error")
SITE_IN = site("The Irish News", "https://www.irishnews.example.com", " | The Irish News", "en_GB", "@irishnews",
               ["News", "Northern Ireland", "Politics", "Business", "Sport", "GAA", "Opinion", "Life", "Arts"],
               ["\u00a9 2024 The Irish News Ltd", "Terms and Conditions", "Privacy Policy", "Cookie Settings", "Contact Us"],
               share=["Share", "Facebook", "X", "WhatsApp", "Email"], top=["Subscribe", "Sign in", "ePaper"],
               cookie="We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads and to measure how our site is used.",
               buttons=["Accept all", "Manage options"])
SITE_BT = site("Bergens Tidende", "https://www.bt.example.no", " \u2013 BT", "nb_NO", "@bergenstidende",
               ["Nyheter", "Bergen", "Vestland", "Sport", "Økonomi", "Kultur", "Meninger", "Podkast"],
               ["Ansvarlig redaktør: Eva Nordvik",
                "Bergens Tidende arbeider etter Vær Varsom-plakatens regler for god presseskikk.",
                "Personvernerklæring", "Informasjonskapsler", "Kundeservice"],
               share=["Del", "Facebook", "X", "Kopier lenke"], top=["Abonnement", "Logg inn"],
               cookie="Vi bruker informasjonskapsler for å gi deg en bedre opplevelse, til analyse og for å vise annonser som er relevante for deg.",
               buttons=["Godta alle", "Administrer valg"], graph=True)
SITE_JP = site("The Jerusalem Post", "https://www.jpost.example.com", " | The Jerusalem Post", "en_US", "@Jerusalem_Post",
               ["Israel News", "Middle East", "Opinion", "Business & Innovation", "Health & Wellness", "Judaism", "Diaspora", "Podcasts"],
               ["All rights reserved \u00a9 The Jerusalem Post 2025", "Terms of Use", "Privacy Policy", "Contact Us", "Advertise"],
               share=["Facebook", "X", "WhatsApp", "Email"], top=["Premium", "Login"])
SITE_EB = site("Ekstra Bladet", "https://ekstrabladet.example.dk", " | Ekstra Bladet", "da_DK", "@ekstrabladet",
               ["Nyheder", "Sport", "Underholdning", "Krimi", "Forbrug", "Sex og samliv", "Video", "Ekstra Bladet+"],
               ["Ansvarshavende chefredaktør: Mette Vinther", "Ekstra Bladet, Rådhuspladsen 37, 1785 København V",
                "Privatlivspolitik", "Cookiepolitik", "Kontakt"],
               share=["Del", "Facebook", "X", "Kopiér link"], top=["Log ind", "Køb abonnement"],
               cookie="Ekstra Bladet og vores partnere bruger cookies og lignende teknologier til at analysere trafik, tilpasse indhold og vise annoncer.",
               buttons=["Tillad alle", "Tilpas"])
SITE_DN = site("Deseret News", "https://www.deseret.example.com", " - Deseret News", "en_US", "@DeseretNews",
               ["Utah", "Politics", "Faith", "Family", "Sports", "Opinion", "Business", "Magazine"],
               ["\u00a9 2024 Deseret News Publishing Company. All Rights Reserved", "Terms of Use", "Privacy Notice", "Contact Us"],
               share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Sign in"], graph=True, skip="Skip to main content")
SITE_FT = site("Financial Tribune", "https://financialtribune.example.com", " | Financial Tribune", "en_US", "@FinancialTrib",
               ["Domestic Economy", "Business And Markets", "Economy", "World Economy", "Sci-Tech", "Art And Culture", "People", "Sports"],
               ["\u00a9 2024 Financial Tribune", "First Iranian English Economic Daily", "About Us", "Contact Us"],
               share=["Share", "Facebook", "X", "LinkedIn", "Telegram"])
SITE_AMB = site("Ámbito", "https://www.ambito.example.com", " | Ámbito", "es_AR", "@Ambitocom",
                ["Economía", "Finanzas", "Política", "Negocios", "Nacionales", "Mundo", "Opiniones", "Dólar"],
                ["\u00a9 2025 Ámbito. Todos los derechos reservados.", "Términos y condiciones", "Políticas de privacidad", "Contacto"],
                share=["Compartir", "Facebook", "X", "WhatsApp", "LinkedIn"],
                top=["Dólar Blue", "Dólar Oficial", "Riesgo País", "Suscribite", "Ingresar"], graph=True)

HTML_STORIES = [
    # Le Bien Public (original of the AFP cluster): EBRA layout, "AFP" byline, "Le ... à" and "Mis à jour" stamps, "Photo NAME/AFP" credit, newsletter promo, consent wall.
    dict(NOUADHIBOU, role="original", file="bienpublic_afp_nouadhibou_usine_dessalement_fr.html", render="html",
         site=SITE_LBP, section="France-Monde", meta_section="France-Monde",
         url="https://www.bienpublic.example.com/monde/2024/10/09/mauritanie-une-usine-de-dessalement-pour-securiser-l-eau-potable-de-nouadhibou",
         published="2024-10-09T15:12:00+02:00", modified="2024-10-09T18:40:00+02:00",
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         kicker="Afrique",
         byline_lines=["AFP"], date_lines=["Le 09/10/2024 à 15:12", "Mis à jour le 09/10/2024 à 18:40"],
         caption="Le port de Nouadhibou, dans le nord-ouest de la Mauritanie.", credit="Sidi Ould Abdallah/AFP",
         credit_shown="Photo Sidi Ould Abdallah/AFP",
         inserts={2: [("ad", "Publicité")],
                  5: [("promo", ["Newsletter L'essentiel de l'actu", "Chaque matin, les informations à ne pas manquer.", "Je m'inscris"])]},
         lists=[("Les plus lus", ["Dijon : la piscine du Carrousel fermée jusqu'à nouvel ordre", "Côte-d'Or : alerte orange aux orages jeudi"])]),
    # Berner Zeitung (original of the Keystone-SDA cluster): Tamedia layout, "SDA" byline, "Publiziert:" stamp, "Foto: Keystone", report-an-error line, consent wall.
    dict(VELO, role="original", file="bernerzeitung_sda_velowege_agglomerationen_de.html", render="html",
         site=SITE_BZ, section="Schweiz", meta_section="Schweiz",
         url="https://www.bernerzeitung.example.ch/bund-will-velowege-in-den-agglomerationen-mit-180-millionen-franken-foerdern-418273645",
         published="2025-05-14T13:48:00+02:00",
         ld_author=[{"@type": "Organization", "name": "SDA"}],
         kicker="Veloförderung",
         byline_lines=["SDA"], date_lines=["Publiziert: 14.05.2025, 13:48"],
         caption="Velofahrende auf der Lorrainebrücke in Bern.", credit="Keystone", credit_shown="Foto: Keystone",
         inserts={3: [("promo", ["Newsletter", "Das Wichtigste aus Bern und der Region – jeden Morgen in Ihrem Postfach.", "Jetzt anmelden"])]},
         end_lines=["Fehler gefunden? Jetzt melden."],
         lists=[("Mehr zum Thema", ["Stadt Bern plant neue Velohauptroute nach Ostermundigen", "Wie sicher sind E-Bikes? Die Unfallzahlen im Überblick"])]),
    # The Irish News: PA copy, "NAME, PA" byline, "18 September, 2024 15:42" stamp, "(NAME/PA)" credit, consent wall, most-read rail.
    rec(cluster="irishnews-pa-north-belfast-glider", role="single",
        file="irishnews_pa_north_belfast_glider_route.html", render="html", site=SITE_IN,
        title="Plans for Glider route to north Belfast move a step closer", date="2024-09-18",
        country="GB", region="europe", lang="en", agency="PA", authors=["Rory Callan"],
        section="Northern Ireland", meta_section="Northern Ireland",
        url="https://www.irishnews.example.com/news/northern-ireland/plans-for-glider-route-to-north-belfast-move-a-step-closer-ABCD1234EFGH/",
        description="A public consultation on the preferred route will open next month and run for 12 weeks.",
        published="2024-09-18T15:42:00+01:00",
        byline_lines=["Rory Callan, PA"], date_lines=["18 September, 2024 15:42"],
        caption="A Glider bus on the Upper Newtownards Road in east Belfast.", credit="Ciaran Doherty/PA",
        credit_shown="(Ciaran Doherty/PA)",
        inserts={3: [("ad", "Advertisement")]},
        lists=[("Most Read", ["Translink announces new Belfast to Dublin timetable", "Weather warning issued for Co Antrim and Co Down"])],
        paras=P("""
Plans for a new Glider rapid transit route serving north Belfast have moved a step closer after the Department for
Infrastructure published its preferred option.

The route would run from the city centre along the Antrim Road and Crumlin Road corridors, with dedicated bus lanes
along most of its length.

The department said a public consultation would open next month and run for 12 weeks.

The existing Glider routes, which opened in 2018, link east and west Belfast and the Titanic Quarter, and carry tens
of thousands of passengers on a typical weekday.

Business groups in north Belfast have long argued that the area was left behind when the first routes were built.

"This is welcome news for people who rely on buses to get to work, school and hospital appointments," said Maeve
Donnelly of the North Belfast Traders' Association.

The department estimated the cost of the scheme at £150 million and said construction could begin in 2027, subject
to funding.

Some residents along the Antrim Road have raised concerns about the loss of on-street parking.
"""),
        must_have=[
            "The department said a public consultation would open next month and run for 12 weeks.",
            "Some residents along the Antrim Road have raised concerns about the loss of on-street parking.",
        ]),
    # Bergens Tidende: staff, name and role line, "Publisert:" stamp, "Foto:" credit, "Les også" link, editor-in-chief and press-ethics footer lines.
    rec(cluster="bt-bybanen-eidsvag-stasjon", role="single",
        file="bergenstidende_bybanen_eidsvag_stasjon_no.html", render="html", site=SITE_BT,
        title="Nå starter byggingen av bybanestasjonen i Eidsvåg", date="2025-01-28",
        country="NO", region="europe", lang="no", authors=["Kari Haugland"], section="Bergen", meta_section="Bergen",
        url="https://www.bt.example.no/nyheter/lokalt/i/Ra8Lq2/naa-starter-byggingen-av-bybanestasjonen-i-eidsvaag",
        description="Kontrakten er verdt 410 millioner kroner og omfatter både stasjonen og en tunnel under Eidsvågveien.",
        published="2025-01-28T14:05:00+01:00",
        breadcrumbs=["Nyheter", "Bergen"],
        kicker="Bybanen til Åsane",
        byline_lines=["Kari Haugland", "Journalist"], date_lines=["Publisert: 28.01.2025 14:05"],
        caption="Her, ved Eidsvåg, skal den nye bybanestasjonen ligge.", credit="Ragnhild Sætre", credit_shown="Foto: Ragnhild Sætre",
        inserts={2: [("link", "Les også:", "Bybanen slo rekord i fjor: Nesten 20 millioner reiser")],
                 5: [("ad", "Annonse")]},
        paras=P("""
Bergen kommune har inngått kontrakt for bygging av den nye bybanestasjonen i Eidsvåg, og arbeidet starter allerede
neste måned.

Kontrakten har en verdi på 410 millioner kroner og omfatter både stasjonen og en 600 meter lang tunnel under
Eidsvågveien.

Bybanen skal etter planen gå til Åsane sentrum i 2031. Eidsvåg blir en av fem nye stasjoner på strekningen fra
sentrum.

Prosjektleder Øystein Fjeldstad i Bybanen utbygging sier anleggsarbeidet vil merkes for naboene.

– Vi kommer til å sprenge på dagtid i perioder, og det blir omkjøringer for biltrafikken. Vi skal varsle godt i
forkant, sier han.

Beboere i området har tidligere klaget over støy og støv fra forberedende arbeid. Kommunen har lovet å sette opp
støyskjermer langs de mest utsatte boligene.

Strekningen til Åsane er beregnet å koste rundt 9 milliarder kroner, og staten dekker halvparten gjennom
byvekstavtalen.

Fylkeskommunen regner med at om lag 25.000 reisende vil bruke Bybanen mellom sentrum og Åsane hver dag når den står
ferdig.
"""),
        must_have=[
            "Beboere i området har tidligere klaget over støy og støv fra forberedende arbeid.",
            "Strekningen til Åsane er beregnet å koste rundt 9 milliarder kroner, og staten dekker halvparten gjennom byvekstavtalen.",
        ]),
    # The Jerusalem Post: staff, upper-case "By NAME" byline, upper-case month stamps with "Updated:", "(photo credit: NAME/FLASH90)", tags, related rail.
    rec(cluster="jpost-beersheba-central-bus-station", role="single",
        file="jpost_beersheba_new_central_bus_station.html", render="html", site=SITE_JP,
        title="Beersheba's new central bus station to open in 2026, ministry says", date="2025-06-03",
        country="IL", region="asia", lang="en", authors=["Dana Koren"], section="Israel News", meta_section="Israel News",
        url="https://www.jpost.example.com/israel-news/article-855123",
        description="The new station next to the Beersheba Center railway station will have 42 bus platforms.",
        published="2025-06-03T14:22:00+03:00", modified="2025-06-03T16:05:00+03:00",
        byline_lines=["By DANA KOREN"], date_lines=["JUNE 3, 2025 14:22", "Updated: JUNE 3, 2025 16:05"],
        caption="Passengers wait for a bus at the Beersheba central bus station.", credit="YAEL MENDELSON/FLASH90",
        credit_shown="(photo credit: YAEL MENDELSON/FLASH90)",
        inserts={2: [("ad", "Advertisement")]},
        tags=("Tags", ["Beersheba", "transportation", "Negev", "public transport"]),
        lists=[("Related Content", ["Israel Railways adds late-night trains to the South", "Negev towns get new intercity bus lines"])],
        paras=P("""
A new central bus station in Beersheba will open in the summer of 2026, replacing the aging terminal that has served
the Negev capital for decades, the Transportation Ministry said on Tuesday.

The new station, built next to the Beersheba Center railway station, will have 42 bus platforms, an underground
parking lot and a pedestrian bridge linking it to the train platforms.

The ministry said the project, which costs about NIS 620 million, is more than 60% complete.

The old terminal has long been criticized by passengers for crowding, poor lighting and a lack of shaded waiting
areas.

"Students, soldiers and workers from across the South pass through here every day. They deserve a station that
works," Beersheba Deputy Mayor Ronit Ben-Ami said.

Once the new station opens, the city plans to demolish the old building and use the site for housing and a public
park.

Beersheba, home to about 215,000 people, is one of the fastest-growing cities in Israel, and public transportation use
in the city has risen sharply in recent years.

The ministry said bus routes would be gradually moved to the new station over several weeks to avoid disruption.
"""),
        must_have=[
            "The old terminal has long been criticized by passengers for crowding, poor lighting and a lack of shaded waiting areas.",
            "The ministry said bus routes would be gradually moved to the new station over several weeks to avoid disruption.",
        ]),
    # Ekstra Bladet: Ritzau copy, "Ritzau" byline, "15. okt. 2024 kl. 11.32" stamp, "Foto: NAME/Ritzau Scanpix", "Læs også" link, editor-in-chief footer line.
    rec(cluster="ekstrabladet-ritzau-hjertestartere", role="single",
        file="ekstrabladet_ritzau_hjertestartere_tredoblet_da.html", render="html", site=SITE_EB,
        title="Antallet af offentlige hjertestartere er tredoblet på ti år", date="2024-10-15",
        country="DK", region="europe", lang="da", agency="Ritzau", section="Nyheder", meta_section="Nyheder",
        url="https://ekstrabladet.example.dk/nyheder/samfund/antallet-af-offentlige-hjertestartere-er-tredoblet-paa-ti-aar/10412345",
        description="Hver femte hjertestarter er kun tilgængelig i dagtimerne, viser en ny opgørelse.",
        published="2024-10-15T11:32:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Ritzau"}],
        byline_lines=["Ritzau"], date_lines=["15. okt. 2024 kl. 11.32"],
        caption="En hjertestarter på en togstation i København.", credit="Mads Kjærgaard/Ritzau Scanpix",
        credit_shown="Foto: Mads Kjærgaard/Ritzau Scanpix",
        inserts={2: [("link", "Læs også:", "Hjerteløbere rykkede ud over 20.000 gange sidste år")],
                 4: [("ad", "Annonce")]},
        paras=P("""
Der er nu over 30.000 offentligt tilgængelige hjertestartere i Danmark. Det er tre gange så mange som for ti år
siden, viser en ny opgørelse fra Dansk Råd for Genoplivning.

Især i landdistrikterne er antallet steget, efter at mange lokale foreninger har samlet penge ind til at købe og
vedligeholde en hjertestarter.

Hvert år får omkring 5.000 danskere hjertestop uden for hospital.

Hvis en hjertestarter bliver brugt, inden ambulancen når frem, stiger chancen for at overleve markant, oplyser rådet.

- Det er en fantastisk udvikling. Men en hjertestarter hjælper kun, hvis den er tilgængelig døgnet rundt, og hvis
folk tør bruge den, siger Lise Thorsen, der er sekretariatsleder i rådet.

Ifølge opgørelsen er omkring hver femte hjertestarter kun tilgængelig i dagtimerne, fordi den hænger inde i en
butik eller på en arbejdsplads.

Flere kommuner er derfor begyndt at sætte hjertestartere op i udendørs skabe ved skoler, idrætshaller og
busstoppesteder.

Over 100.000 danskere er i dag tilmeldt ordningen Hjerteløber, hvor frivillige bliver kaldt ud, hvis der sker et
hjertestop i nærheden.
"""),
        must_have=[
            "Ifølge opgørelsen er omkring hver femte hjertestarter kun tilgængelig i dagtimerne, fordi den hænger inde i en butik eller på en arbejdsplads.",
            "Hvert år får omkring 5.000 danskere hjertestop uden for hospital.",
        ]),
    # Deseret News (gzipped): staff, "By" line, "Published: ..., 9:40 p.m. MDT" stamp, "NAME, Deseret News" credit, newsletter promo, author bio.
    rec(cluster="deseretnews-frontrunner-sunday-service", role="single",
        file="deseretnews_frontrunner_sunday_service.html.gz", render="html", site=SITE_DN,
        title="FrontRunner trains will start running on Sundays in August, UTA board decides", date="2024-06-25",
        country="US", region="americas", lang="en", authors=["Tyler Brennan"], section="Utah", meta_section="Utah",
        url="https://www.deseret.example.com/utah/2024/06/25/frontrunner-sunday-service-uta-board-vote/",
        description="Trains will run every hour from 9 a.m. to 7 p.m. on Sundays, with the same fares as on weekdays.",
        published="2024-06-25T21:40:00-06:00",
        byline_lines=["By Tyler Brennan"], date_lines=["Published: June 25, 2024, 9:40 p.m. MDT"],
        caption="A FrontRunner train arrives at the Salt Lake Central Station in Salt Lake City on Monday, June 24, 2024.",
        credit="Megan Tolley, Deseret News", credit_shown="Megan Tolley, Deseret News",
        inserts={4: [("promo", ["Utah Politics", "Get the latest news on Utah's government and elections in your inbox.", "Sign up"])]},
        author_box=["Tyler Brennan covers transportation and growth along the Wasatch Front for the Deseret News."],
        paras=P("""
Utah Transit Authority riders will be able to take FrontRunner trains on Sundays starting in August, the agency's
board decided Tuesday.

The commuter rail line, which runs between Provo and Ogden, has never operated on Sundays since it opened in 2008.

Under the plan approved by the board, trains will run every hour from 9 a.m. to 7 p.m. on Sundays, with the same
fares as on weekdays.

UTA officials said Sunday service had been one of the most common requests in rider surveys, especially from people
who work weekend shifts at hospitals, airports and shopping centers.

"We hear it all the time: people want to get to church, to family and to work without driving," UTA board
chairwoman Carla Westover said.

The agency estimates Sunday service will cost about $3.2 million a year, paid for with state funding approved by the
Legislature earlier this year.

Some board members questioned whether ridership would be high enough, and asked staff to report back after six months.

UTA is also working on a long-term plan to double-track parts of the FrontRunner line so trains can run more often.
"""),
        must_have=[
            "The commuter rail line, which runs between Provo and Ogden, has never operated on Sundays since it opened in 2008.",
            "Some board members questioned whether ridership would be high enough, and asked staff to report back after six months.",
        ]),
    # Financial Tribune (Tehran): no byline, Title Case headline, English-language daily's tagline in the footer, related rail.
    rec(cluster="financialtribune-tehran-metro-line10", role="single",
        file="financialtribune_tehran_metro_line10_tunneling.html", render="html", site=SITE_FT,
        title="Tehran Metro Line 10 Tunneling to Start by Year-End", date="2024-09-10",
        country="IR", region="asia", lang="en", section="Domestic Economy", meta_section="Domestic Economy",
        url="https://financialtribune.example.com/articles/domestic-economy/124518/tehran-metro-line-10-tunneling-to-start-by-year-end",
        description="The 43-kilometer line will cross the capital from west to east and have 35 stations.",
        published="2024-09-10T19:30:00+03:30",
        ld_author=[{"@type": "Organization", "name": "Financial Tribune"}],
        date_lines=["September 10, 2024"],
        lists=[("Related", ["Tehran Municipality Issues Bonds for Urban Projects", "Isfahan Metro Line 2 Nears Completion"])],
        paras=P("""
Tunneling on Tehran Metro Line 10 will start before the end of the current Iranian year (March 2025), according to
the managing director of Tehran Urban and Suburban Railway Company.

The 43-kilometer line will run from west to east across the capital and is planned to have 35 stations.

Two tunnel boring machines have been purchased for the project and are being assembled at a workshop in the west of
the city, Hamid Karimi was quoted as saying by the municipality's news service.

Tehran's metro network currently consists of seven lines with a total length of about 250 kilometers and carries
around 2 million passengers a day.

City officials say the network needs to be expanded significantly to reduce traffic congestion and air pollution,
which regularly forces schools and offices in the capital to close during winter.

Funding shortages have slowed metro construction in recent years, and several stations on existing lines are still
unfinished.

Karimi said the municipality had secured financing for the first phase of Line 10 through a mix of municipal bonds
and government support.

The first section of the line, between Kashani Boulevard and Azadi Square, is expected to open within five years.
"""),
        must_have=[
            "The 43-kilometer line will run from west to east across the capital and is planned to have 35 stations.",
            "Funding shortages have slowed metro construction in recent years, and several stations on existing lines are still unfinished.",
        ]),
    # Ámbito: staff without byline, currency quotes in the header bar, "Seguí leyendo" link, "Temas" list.
    rec(cluster="ambito-came-ventas-minoristas-febrero", role="single",
        file="ambito_came_ventas_minoristas_febrero_es.html", render="html", site=SITE_AMB,
        title="Las ventas minoristas pymes cayeron 3,1% interanual en febrero, según CAME", date="2025-03-09",
        country="AR", region="americas", lang="es", section="Economía", meta_section="Economía",
        url="https://www.ambito.example.com/economia/las-ventas-minoristas-pymes-cayeron-31-interanual-febrero-segun-came-n6123456",
        description="En la comparación con enero, las ventas subieron 1,4%. Solo un rubro creció en el año.",
        published="2025-03-09T11:47:00-03:00",
        ld_author=[{"@type": "Organization", "name": "Ámbito"}],
        breadcrumbs=["Economía", "CAME"],
        date_lines=["9 de marzo de 2025 - 11:47"],
        inserts={3: [("link", "Seguí leyendo:", "Inflación de febrero: qué esperan las consultoras")],
                 5: [("ad", "Publicidad")]},
        tags=("Temas", ["CAME", "Consumo", "Pymes"]),
        lists=[("Lo más leído", ["Dólar hoy: a cuánto cotiza este domingo 9 de marzo", "Plazo fijo: cuánto paga cada banco"])],
        paras=P("""
Las ventas minoristas pymes cayeron 3,1% interanual en febrero, medidas a precios constantes, según el relevamiento
mensual de la Confederación Argentina de la Mediana Empresa (CAME).

En la comparación con enero, en cambio, las ventas subieron 1,4%, lo que según la entidad muestra una recuperación
lenta en algunos rubros.

Seis de los siete rubros relevados registraron bajas anuales, con las mayores caídas en farmacia y en textil e
indumentaria.

El único sector con crecimiento fue el de ferretería, materiales eléctricos y de la construcción, que avanzó 2,6%.

La encuesta se realizó durante la primera semana de marzo entre 1.200 comercios pymes de todo el país.

Los comerciantes consultados señalaron que los consumidores siguen priorizando las compras imprescindibles y comparan
precios más que antes.

También mencionaron el aumento de las ventas a través de plataformas digitales, que en algunos casos compiten con
precios más bajos que los de los locales físicos.

Para los próximos meses, el 48% de los empresarios consultados espera que la situación económica mejore, mientras
que el 12% prevé un empeoramiento.
"""),
        must_have=[
            "El único sector con crecimiento fue el de ferretería, materiales eléctricos y de la construcción, que avanzó 2,6%.",
            "La encuesta se realizó durante la primera semana de marzo entre 1.200 comercios pymes de todo el país.",
        ]),
]


# ---- news-please and trafilatura files ---------------------------------------------

JSON_STORIES = [
    # news-please, InfoMoney: staff, "Por" line, "Publicado em ... às" stamp, "Publicidade" and "Continua depois da publicidade" lines.
    rec(cluster="infomoney-abve-eletrificados-bimestre", role="single", file="newsplease_infomoney_eletrificados_bimestre_pt.json",
        render="newsplease", title="Vendas de carros eletrificados crescem 40% no bimestre, diz ABVE",
        date="2025-03-11", country="BR", region="americas", lang="pt", authors=["Gabriela Tavares"],
        url="https://www.infomoney.example.com.br/negocios/vendas-de-carros-eletrificados-crescem-40-no-bimestre-diz-abve/",
        source_domain="www.infomoney.example.com.br",
        description="Os eletrificados já representam 9,1% das vendas de automóveis e comerciais leves no país.",
        np_authors=["Gabriela Tavares"], np_publish="2025-03-11 14:05:00", np_download="2025-03-11 20:41:07",
        head_lines=["Por Gabriela Tavares", "Publicado em 11/03/2025 às 14:05"],
        inserts={2: ["Publicidade", "Continua depois da publicidade"]},
        tail_lines=["Compartilhe", "Mais lidas"],
        paras=P("""
As vendas de veículos eletrificados no Brasil somaram 29,4 mil unidades em janeiro e fevereiro, alta de 40% em
relação ao mesmo período de 2024, segundo dados divulgados nesta terça-feira (11) pela Associação Brasileira do
Veículo Elétrico (ABVE).

Os modelos 100% elétricos responderam por 11,2 mil emplacamentos no bimestre, enquanto os híbridos plug-in somaram
9,8 mil unidades.

Com o resultado, os eletrificados já representam 9,1% das vendas de automóveis e comerciais leves no país, ante 6,3%
um ano antes.

Segundo a entidade, a alta foi puxada pela chegada de novos modelos mais baratos e pela ampliação da rede de recarga
nas capitais.

O estado de São Paulo concentrou 31% dos emplacamentos, seguido pelo Distrito Federal e por Minas Gerais.

A ABVE avalia, porém, que o aumento gradual do imposto de importação sobre carros elétricos pode frear o ritmo de
crescimento nos próximos meses.

A alíquota, que havia sido zerada em 2015, voltou a ser cobrada em 2024 e deve chegar a 35% em julho de 2026.

Montadoras estrangeiras que lideram o segmento aceleraram os planos de produção local para escapar da tarifa.
"""),
        must_have=[
            "Os modelos 100% elétricos responderam por 11,2 mil emplacamentos no bimestre, enquanto os híbridos plug-in somaram 9,8 mil unidades.",
            "O estado de São Paulo concentrou 31% dos emplacamentos, seguido pelo Distrito Federal e por Minas Gerais.",
        ]),
    # news-please, Lethbridge Herald: staff, "By NAME - Lethbridge Herald on DATE" line, then name / Local Journalism Initiative role / e-mail lines.
    rec(cluster="lethbridgeherald-sherring-transit-route", role="single", file="newsplease_lethbridgeherald_sherring_transit_route.json",
        render="newsplease", title="Council approves bus route to Sherring industrial park in two-year pilot",
        date="2024-11-06", country="CA", region="americas", lang="en", authors=["Kaitlyn Brandt"],
        url="https://lethbridgeherald.example.com/news/lethbridge-news/2024/11/06/council-approves-bus-route-to-sherring-industrial-park-in-two-year-pilot/",
        source_domain="lethbridgeherald.example.com",
        description="The route will run every 30 minutes during weekday shift changes, starting in February.",
        np_authors=["Kaitlyn Brandt"], np_publish="2024-11-06 15:20:00", np_download="2024-11-07 03:12:45",
        head_lines=["By Kaitlyn Brandt - Lethbridge Herald on November 6, 2024.", "By Kaitlyn Brandt",
                    "Local Journalism Initiative Reporter", "kbrandt@lethbridgeherald.example.com"],
        tail_lines=["Share this:", "Facebook", "X"],
        paras=P("""
Lethbridge city council has approved a new bus route to serve the Sherring Business and Industrial Park, where
hundreds of workers have had no transit service.

The route, which will run from the downtown terminal every 30 minutes during weekday shift changes, is expected to
start in February.

Council voted 7-2 on Tuesday to fund the service for a two-year pilot at a cost of about $640,000 a year.

Several employers in the park had asked the city for service, saying workers without vehicles were walking or
cycling along busy roads in the dark to get to early shifts.

"We have people turning down jobs because they simply can't get there," said Wendy Paterson, human resources
manager at a food processing plant in the park.

Coun. Mark Hollander said he supported the pilot but wanted clear ridership targets before the city commits to a
permanent route.

Transit staff will report back to council after the first year with ridership numbers and costs.

Lethbridge Transit ridership has recovered to about 95 per cent of pre-pandemic levels, according to a city report.
"""),
        must_have=[
            "Council voted 7-2 on Tuesday to fund the service for a two-year pilot at a cost of about $640,000 a year.",
            "Transit staff will report back to council after the first year with ridership numbers and costs.",
        ]),
    # news-please, BusinessDesk (New Zealand): staff, name and short weekday stamp, paywall lines kept in the crawl.
    rec(cluster="businessdesk-kowhai-orchards-packhouse", role="single", file="newsplease_businessdesk_kowhai_orchards_packhouse.json",
        render="newsplease", title="Kōwhai Orchards raises $45m for new Hawke's Bay packhouse",
        date="2025-05-20", country="NZ", region="oceania", lang="en", authors=["Jonathan Mercer"],
        url="https://businessdesk.example.co.nz/article/primary-sector/kowhai-orchards-raises-45m-for-new-hawkes-bay-packhouse",
        source_domain="businessdesk.example.co.nz",
        description="The new facility would be able to pack 2.5 million cartons a year.",
        np_authors=["Jonathan Mercer"], np_publish="2025-05-20 11:30:00", np_download="2025-05-20 14:02:19",
        head_lines=["Jonathan Mercer", "Tue, 20 May 2025"],
        tail_lines=["Subscribe to BusinessDesk for unlimited access to business news.", "Already a subscriber? Log in"],
        paras=P("""
Hastings-based apple grower Kōwhai Orchards has raised $45 million from a group of investors to build a new
packhouse and coolstore, as it bets on growing demand for premium varieties in Asia.

The capital raise was led by a New Zealand fund manager and included two iwi investment companies, the company said
in a statement on Tuesday.

Chief executive Hamish Tūhoe said the new facility would be able to pack 2.5 million cartons a year, nearly double
the company's current capacity.

Construction is due to start in August at a site near Whakatū, with the packhouse expected to be ready for the 2027
harvest.

Kōwhai Orchards, which was badly hit by Cyclone Gabrielle in February 2023, has replanted about 300 hectares of
orchards since the storm.

"It has taken two seasons to get back on our feet. Now we need the infrastructure to match the fruit coming
through," Tūhoe said.

New Zealand apple exports reached about $1 billion last year, with Asia accounting for more than half of sales,
according to industry figures.

The company said the investment would create around 120 permanent jobs and up to 400 seasonal roles.
"""),
        must_have=[
            "Construction is due to start in August at a site near Whakatū, with the packhouse expected to be ready for the 2027 harvest.",
            "The company said the investment would create around 120 permanent jobs and up to 400 seasonal roles.",
        ]),
    # trafilatura, Journal du Cameroun: staff, "Publié le 16.04.2025 à 10h22" stamp, "Par" line, share strings; first category "Société".
    rec(cluster="journalducameroun-bonaberi-gare-routiere", role="single", file="trafilatura_journalducameroun_bonaberi_gare_routiere_fr.json",
        render="trafilatura", title="Douala : les travaux de la nouvelle gare routière de Bonabéri lancés",
        date="2025-04-16", country="CM", region="africa", lang="fr", authors=["Armelle Nkoulou"], section="Société",
        url="https://www.journalducameroun.example.com/douala-les-travaux-de-la-nouvelle-gare-routiere-de-bonaberi-lances/",
        hostname="www.journalducameroun.example.com", source_hostname="Journal du Cameroun",
        description="L'infrastructure, d'un coût de 7,5 milliards de FCFA, doit accueillir les agences de voyage desservant l'Ouest et le Nord-Ouest.",
        tf_author="Armelle Nkoulou", tf_date="2025-04-16", tf_language="fr", categories="Société;Douala",
        tf_tags="Bonabéri;transport;Communauté urbaine de Douala",
        head_lines=["Publié le 16.04.2025 à 10h22", "Par Armelle Nkoulou"],
        tail_lines=["Partager :", "Facebook", "X", "WhatsApp", "Sur le même sujet"],
        paras=P("""
Les travaux de construction de la nouvelle gare routière de Bonabéri, à l'entrée ouest de Douala, ont été
officiellement lancés mardi par les autorités de la Communauté urbaine.

D'un coût estimé à 7,5 milliards de FCFA, l'infrastructure doit accueillir les agences de voyage qui desservent
l'Ouest et le Nord-Ouest du pays.

Elle comprendra 120 quais pour autocars, un parking pour taxis et motos, des boutiques et un poste de police.

Actuellement, les agences de voyage stationnent leurs véhicules le long de la route nationale n°3 et dans les rues
voisines, provoquant d'importants embouteillages aux heures de pointe.

« Nous perdons parfois une heure juste pour sortir de Bonabéri », témoigne Joseph Tchoua, chauffeur d'une agence qui
relie Douala à Bafoussam.

Selon la Communauté urbaine de Douala, les travaux devraient durer 18 mois.

Les commerçants installés aux abords des parkings actuels craignent toutefois de perdre leur clientèle après le
déménagement des agences.

Les autorités promettent de leur réserver une partie des boutiques de la future gare, dont l'attribution se fera par
appel à candidatures.
"""),
        must_have=[
            "Elle comprendra 120 quais pour autocars, un parking pour taxis et motos, des boutiques et un poste de police.",
            "Selon la Communauté urbaine de Douala, les travaux devraient durer 18 mois.",
        ]),
    # trafilatura, O Democrata (Guinea-Bissau): staff, "Por:" line, numeric date; first category "Economia".
    rec(cluster="odemocrata-caju-preco-referencia", role="single", file="trafilatura_odemocrata_caju_preco_referencia_pt.json",
        render="trafilatura", title="Governo fixa preço de referência da castanha de caju em 360 francos CFA",
        date="2025-04-02", country="GW", region="africa", lang="pt", authors=["Sene Camará"], section="Economia",
        url="https://www.odemocratagb.example.com/governo-fixa-preco-de-referencia-da-castanha-de-caju-em-360-francos-cfa/",
        hostname="www.odemocratagb.example.com", source_hostname="O Democrata",
        description="A campanha de comercialização arranca a 15 de abril e deverá prolongar-se até ao final de agosto.",
        tf_author="Sene Camará", tf_date="2025-04-02", tf_language="pt", categories="Economia;Nacional",
        tf_tags="caju;campanha;comércio",
        head_lines=["Por: Sene Camará", "02/04/2025"],
        tail_lines=["Partilhar:", "Facebook", "WhatsApp", "Notícias relacionadas"],
        paras=P("""
O Governo da Guiné-Bissau fixou em 360 francos CFA o preço mínimo de referência do quilograma da castanha de caju
para a campanha de comercialização deste ano, anunciou esta quarta-feira o ministro do Comércio.

A campanha arranca oficialmente no dia 15 de abril e deverá prolongar-se até ao final de agosto.

Segundo o ministro, Armando Sanhá, a decisão foi tomada após consultas com os produtores, os intermediários e os
exportadores.

A castanha de caju é o principal produto de exportação da Guiné-Bissau e representa a principal fonte de rendimento
de grande parte das famílias rurais.

No ano passado, o país exportou cerca de 210 mil toneladas, a maior parte com destino à Índia e ao Vietname.

Os produtores ouvidos pelo jornal O Democrata consideram o preço insuficiente, tendo em conta o aumento dos custos de
transporte e dos produtos de primeira necessidade.

«Com este preço, o camponês continua a perder. O arroz que trocamos pela castanha está cada vez mais caro», afirmou
Bacar Djaló, produtor da região de Oio.

O Governo prometeu reforçar a fiscalização nas fronteiras para travar a saída ilegal de castanha para os países
vizinhos.
"""),
        must_have=[
            "A campanha arranca oficialmente no dia 15 de abril e deverá prolongar-se até ao final de agosto.",
            "O Governo prometeu reforçar a fiscalização nas fronteiras para travar a saída ilegal de castanha para os países vizinhos.",
        ]),
    # trafilatura, The Arunachal Times: bracketed byline "[ NAME ]", "ITANAGAR, 12 Mar: " dateline; first category "State News".
    rec(cluster="arunachaltimes-capital-ebuses", role="single", file="trafilatura_arunachaltimes_capital_region_ebuses.json",
        render="trafilatura", title="Capital region to get 50 e-buses under PM-eBus Sewa",
        date="2025-03-12", dateline="ITANAGAR, 12 Mar: ", city="Itanagar", country="IN", region="asia", lang="en",
        authors=["Nending Tara"], section="State News",
        url="https://arunachaltimes.example.in/index.php/2025/03/12/capital-region-to-get-50-e-buses-under-pm-ebus-sewa/",
        hostname="arunachaltimes.example.in", source_hostname="The Arunachal Times",
        description="The buses will connect Itanagar, Naharlagun, Nirjuli and Banderdewa.",
        tf_author="Nending Tara", tf_date="2025-03-12", tf_language="en", categories="State News;Top Story",
        tf_tags="e-bus;Itanagar;transport",
        head_lines=["[ Nending Tara ]"],
        tail_lines=["Share this:", "Twitter", "Facebook", "Related"],
        paras=P("""
The Itanagar capital region will get 50 electric buses under the central government's PM-eBus Sewa scheme, Urban
Development Secretary Tapir Ete said here on Tuesday.

The buses will be operated by the Arunachal Pradesh State Transport Services on routes connecting Itanagar,
Naharlagun, Nirjuli and Banderdewa.

Ete said a depot with charging facilities would be built at Naharlagun, for which land had already been identified.

The first batch of 20 buses is expected to arrive by the end of the year.

At present, residents of the capital region depend largely on shared taxis and small passenger vans, which often
overcharge during peak hours.

The secretary said the e-buses would run every 15 minutes on the main highway during peak hours, with fares fixed by
the government.

Under the scheme, the Centre will provide support for the operation of the buses for 12 years.

Officials said the move would also help reduce pollution and congestion on the NH-415, which has seen a sharp rise in
vehicles in recent years.
"""),
        must_have=[
            "The first batch of 20 buses is expected to arrive by the end of the year.",
            "Under the scheme, the Centre will provide support for the operation of the buses for 12 years.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_ANI = site("aniamey.com", "https://www.aniamey.example.com", " - aniamey.com", "fr_FR", "@aniamey",
                ["Actualités", "Politique", "Economie", "Société", "Sport", "Culture", "Afrique", "International", "Annuaire"],
                ["\u00a9 aniamey.com 2024", "Qui sommes-nous ?", "Publicité", "Contactez-nous", "Conditions d'utilisation"],
                share=["Partager", "Facebook", "X", "WhatsApp"], top=["Niger TV", "Photos", "Annonces", "Offres d'emploi"])

JSONL_STORIES = [
    # news-please shape: the Reuters story on EconomyNext (syndicated member of the Reuters cluster), 24-hour stamp with "pm".
    dict(COLOMBO, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://economynext.example.com/sri-lanka-to-launch-weather-index-insurance-for-paddy-farmers-after-floods-198732/",
         source_domain="economynext.example.com",
         np_authors=["Reuters"], np_publish="2025-01-21 16:42:00", np_download="2025-01-22 01:05:37",
         head_lines=["Reuters", "Jan 21, 2025 16:42 pm"],
         tail_lines=[COLOMBO_CREDITS, "Continue Reading"]),
    # newsbeam html shape: the AFP story on aniamey.com (syndicated member of the AFP cluster), date and agency on one stamp line.
    dict(NOUADHIBOU, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_ANI,
         section="Afrique", meta_section="Afrique",
         url="https://www.aniamey.example.com/news/afrique/articles/mauritanie-une-usine-de-dessalement-pour-securiser-l-eau-potable-de-nouadhibou-412875.html",
         published="2024-10-09T18:30:00+01:00",
         nb_published="2024-10-09T17:30:00Z", outlet="aniamey.com", nb_authors=["AFP"],
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         breadcrumbs=["Accueil", "Actualités", "Afrique"],
         date_lines=["Publié le mercredi 9 octobre 2024 | AFP"],
         inserts={3: [("ad", "Publicité")]},
         lists=[("Dans la même rubrique", ["Niger : la route Niamey-Dosso en travaux jusqu'en décembre", "Mali : la Somagep annonce des coupures d'eau à Bamako"])],
         comments=["Réagir", "Pour réagir à cet article, vous devez être connecté."]),
    # newsbeam text shape: Isle of Man Today, "By" line and ordinal weekday stamp; crawler stamp in UTC (06:00 BST).
    rec(cluster="iomtoday-douglas-promenade-walkway", role="single", file=JSONL_A, render="newsbeam",
        title="Douglas promenade walkway to fully reopen before TT after £2.3m repairs",
        date="2025-04-16", country="IM", region="europe", lang="en", authors=["Harriet Kinrade"],
        url="https://www.iomtoday.example.co.im/news/douglas-promenade-walkway-to-fully-reopen-before-tt-after-23m-repairs-745612",
        nb_published="2025-04-16T05:00:00Z", outlet="Isle of Man Today", nb_authors=["Harriet Kinrade"],
        head_lines=["By Harriet Kinrade", "Wednesday 16th April 2025 6:00 am"],
        tail_lines=["Comments", "To leave a comment you need to create an account.", "Subscribe"],
        paras=P("""
The walkway along Douglas promenade will fully reopen before the TT races, the Department of Infrastructure has said,
after £2.3 million of repairs to the sea wall.

Sections of the walkway between the Sefton and the Villa Marina have been fenced off since storms in January damaged
the sea wall and lifted paving slabs.

Contractors have rebuilt 180 metres of the wall and replaced railings and lighting along the worst-affected stretch.

The department said the remaining work, including new drainage, would be completed by the end of May.

A department spokesperson said the repairs had been carried out as quickly as the weather allowed.

Business owners on the promenade said the closures had put visitors off during the Easter holidays.

"People want to walk along the front. When half of it is fenced off, they just don't come," said Alan Corlett, who
runs a cafe near the Sea Terminal.

The TT races, which draw tens of thousands of visitors to the island, begin at the end of May.
"""),
        must_have=[
            "Contractors have rebuilt 180 metres of the wall and replaced railings and lighting along the worst-affected stretch.",
            "Business owners on the promenade said the closures had put visitors off during the Easter holidays.",
        ]),
    # trafilatura shape: the Keystone-SDA story on the Freiburger Nachrichten (syndicated member of the SDA cluster).
    dict(VELO, role="syndicated", file=JSONL_B, render="trafilatura", section="Schweiz",
         url="https://www.freiburger-nachrichten.example.ch/schweiz/bund-will-velowege-in-den-agglomerationen-mit-180-millionen-franken-foerdern",
         hostname="www.freiburger-nachrichten.example.ch", source_hostname="Freiburger Nachrichten",
         tf_author="Keystone-SDA", tf_date="2025-05-14", tf_language="de", categories="Schweiz;Politik",
         tf_tags="Velo;Verkehr;Bundesrat",
         head_lines=["Keystone-SDA", "14.05.2025, 14:05"],
         tail_lines=["Teilen", "Das könnte Sie auch interessieren"]),
    # news-please shape: AKIpress on its own site, "BISHKEK (AKIpress) - " dateline.
    rec(cluster="akipress-bishkek-trolleybus-ala-archa", role="single", file=JSONL_B, render="newsplease",
        title="Bishkek to open new trolleybus line to southern residential districts",
        date="2024-12-03", dateline="BISHKEK (AKIpress) - ", city="Bishkek", country="KG", region="asia", lang="en",
        agency="AKIpress",
        url="https://akipress.example.com/news:798123:Bishkek_to_open_new_trolleybus_line_to_southern_residential_districts/",
        source_domain="akipress.example.com",
        description="The city has ordered 40 new trolleybuses able to run 20 kilometers without overhead wires.",
        np_authors=[], np_publish="2024-12-03 14:20:00", np_download="2024-12-03 19:55:02",
        head_lines=["Dec 3, 2024 14:20"],
        tail_lines=["Share", "Related news"],
        paras=P("""
Bishkek City Hall plans to open a new trolleybus line linking the city center with the fast-growing residential
districts in the south of the capital by the end of next year, the municipal transport department said.

The 14-kilometer line will run along Yuzhnaya Magistral and Akhunbaev Street, with about 20 stops.

The city has ordered 40 new trolleybuses with batteries that allow them to travel up to 20 kilometers without
overhead wires.

Bishkek has been renewing its public transport fleet in recent years, replacing old minibuses with larger buses
running on natural gas.

According to the transport department, around 60,000 people live in the residential blocks built in the south of the
city over the past decade.

Residents have complained that the area is poorly served by public transport, with long waits for overcrowded
minibuses during rush hour.

The fare on the new line will be the same as on other municipal routes, 20 som per trip with a transport card.

Construction of the overhead network is scheduled to begin in the spring.
"""),
        must_have=[
            "The city has ordered 40 new trolleybuses with batteries that allow them to travel up to 20 kilometers without overhead wires.",
            "Construction of the overhead network is scheduled to begin in the spring.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "forty-fifth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: the Gladstone Observer prints 'Updated March 12, "
    "2025 - 9:41AM' above 'First published March 11, 2025 - 4:28PM' (11 March); Le Bien Public's 'Mis à jour', the "
    "Jerusalem Post's 'Updated:' and Ilta-Sanomat's 'Päivitetty:' stamps are not the publication (same day in each "
    "case); the Deseret News' 9:40 p.m. MDT on 25 June is UTC-6 (as article:published_time states), so 25 June although "
    "it is already the 26th in UTC; Fox News' 'Published April 8, 2025 8:15pm EDT' is 8 April (already the 9th in "
    "UTC); the Isle of Man Today crawler stamp 2025-04-16T05:00Z is the page's 6:00 am BST; the aniamey.com crawler "
    "stamp 17:30Z is 18:30 in Niamey (UTC+1), the same day as Le Bien Public's 15:12 Paris time; EconomyNext prints a "
    "24-hour time with a 'pm' suffix ('Jan 21, 2025 16:42 pm'); Kosmo!'s 'Mac' is the Malay March; the Arunachal "
    "Times dateline '12 Mar' has no year (the record's date field and URL give 2025); day-first numeric stamps: "
    "Ilta-Sanomat '12.11.2024' (12 November), Klix '14.2.2025.' (Bosnian dates end with a dot), Berner Zeitung and "
    "Freiburger Nachrichten '14.05.2025', Bergens Tidende '28.01.2025', Journal du Cameroun '16.04.2025', Le Bien "
    "Public '09/10/2024' (9 October), O Democrata '02/04/2025' (2 April); the news-please date_publish values are the "
    "pages' local times",
    "dateline_city": "'COLOMBO, Jan 21 (Reuters) - ' -> 'Colombo' (both Reuters copies); 'Nouadhibou (Mauritanie) (AFP) "
    "- ' -> 'Nouadhibou' (AFP adds the country in brackets after a less-known town; both AFP copies); the Libya Herald "
    "prints its dateline as a paragraph of its own under the 'By NAME.' line ('Tripoli, 14 January 2025:') -> "
    "'Tripoli' (the Libyan capital); 'SANDAKAN \u2013 ' -> 'Sandakan'; 'PAGO PAGO, American Samoa (AP) \u2014 ' -> 'Pago "
    "Pago'; 'WILLEMSTAD - ' -> 'Willemstad'; 'ITANAGAR, 12 Mar: ' -> 'Itanagar'; 'BISHKEK (AKIpress) - ' -> "
    "'Bishkek' (the agency's own name stands where a wire tag would); the other records have no dateline (the "
    "Keystone-SDA, STT, Ritzau and PA copies print none) and take the country of the story's location (the Swiss "
    "Confederation, Tathra, Hailuoto, Tuzla, Matsulu, Holguín, Tannum Sands, Belfast, Bergen, Beersheba, Denmark, "
    "Utah, Tehran, Argentina, Brazil, Lethbridge, Hastings, Douala, Guinea-Bissau, Douglas)",
    "country": "the Reuters story is about Sri Lanka (LK, asia) although one copy runs on a US insurance trade "
    "publication; the AFP story is about Mauritania (MR, africa) although it runs on a French regional paper and a "
    "Nigerien portal; Pago Pago is in American Samoa, which has its own ISO code (AS, M49 oceania) although it is a "
    "US territory and the story runs on a US broadcaster's site; Curaçao is CW (americas), not NL; the Isle of Man is "
    "IM (europe), not GB; Belfast is GB",
    "agency": "Insurance Journal and EconomyNext carry Reuters (the Reuters dateline and credit line; 'Copyright 2025 "
    "Thomson Reuters.' on Insurance Journal, the 'Reuters' byline on EconomyNext); Le Bien Public and aniamey.com carry "
    "AFP ('AFP' byline; aniamey's 'Publié le ... | AFP' stamp); the Berner Zeitung and the Freiburger Nachrichten carry "
    "Keystone-SDA (the Berner Zeitung's 'SDA' byline and the Freiburger Nachrichten's 'Keystone-SDA' byline name the "
    "same agency's German service, labelled 'SDA' as dev_set3 names that service; first written as 'Keystone-SDA'); Ilta-Sanomat carries STT; Kosmo! carries Bernama ('Oleh BERNAMA' and the "
    "'\u2013 BERNAMA' sign-off); Fox News carries AP; The Irish News carries PA ('PA' = PA Media, as the byline "
    "'Rory Callan, PA' says); Ekstra Bladet carries Ritzau; AKIpress is a Kyrgyz news agency and the story is its own "
    "dispatch on its own site (agency 'AKIpress'); all other records are staff copy (agency null), including the "
    "Lethbridge Herald's Local Journalism Initiative reporter (a federal funding programme, not a wire). The photo "
    "credits 'LEHTIKUVA', '.../AFP', 'Keystone', '.../PA', 'Ritzau Scanpix' and 'FLASH90' are photo credits",
    "authors": "the Reuters credit '(Reporting by Nimali Jayawardena; Additional reporting by Kavinda Rajapakse in "
    "Kandy; Editing by Martin Hollis)' gives two authors and one editor on both copies (Insurance Journal's byline "
    "'By Nimali Jayawardena | January 21, 2025' names the first); Fox News bylines only 'Associated Press' (a "
    "placeholder), and the closing 'Associated Press writer Mele Fuimaono in Honolulu contributed to this report.' adds "
    "the one author; 'Rory Callan, PA' -> 'Rory Callan'; 'By DANA KOREN' -> 'Dana Koren' (natural case); the "
    "Lethbridge Herald's 'By Kaitlyn Brandt - Lethbridge Herald on November 6, 2024.' and its name / 'Local Journalism "
    "Initiative Reporter' / e-mail block -> 'Kaitlyn Brandt'; the Arunachal Times' bracketed '[ Nending Tara ]' -> "
    "'Nending Tara'; 'By Hamza Ben Saud.' -> 'Hamza Ben Saud' (Libya Herald ends the byline with a full stop); 'By "
    "Sibusiso Ngwenya', 'By Tyler Brennan', 'By Harriet Kinrade', 'Por Gabriela Tavares', 'Par Armelle Nkoulou', 'Por: "
    "Sene Camará' -> the names; the Bega District News, Klix, CiberCuba, Gladstone Observer, Bergens Tidende (name "
    "with a 'Journalist' role line) and BusinessDesk print the bare name; pages bylined only with an agency ('STT', "
    "'Oleh BERNAMA', 'AFP', 'SDA', 'Keystone-SDA', 'Ritzau', 'Reuters') have no authors; the Curaçao Chronicle, the "
    "Financial Tribune, Ámbito and AKIpress print no byline; photographers (Jussi Koivunen, Sidi Ould Abdallah, "
    "Ciaran Doherty, Ragnhild Sætre, Yael Mendelson, Mads Kjærgaard, Megan Tolley) are not authors, while the Bega "
    "District News picture is credited to the story's own writer",
    "editors": "only the Reuters 'Editing by Martin Hollis' names an editor (both copies); Bergens Tidende's "
    "'Ansvarlig redaktør: Eva Nordvik' and Ekstra Bladet's 'Ansvarshavende chefredaktør: Mette Vinther' are footer "
    "lines naming each paper's legally responsible editor, not an editing credit for the story (no editors)",
    "caption_credit": "credits without their wrapper: 'Picture by Tessa Horgan' -> 'Tessa Horgan' (both Bega copies); "
    "'KUVA: JUSSI KOIVUNEN / LEHTIKUVA' -> 'JUSSI KOIVUNEN / LEHTIKUVA' (kept as printed, upper case; Lehtikuva is "
    "STT's photo service); 'Picture: Supplied' -> 'Supplied'; 'Photo Sidi Ould Abdallah/AFP' -> 'Sidi Ould "
    "Abdallah/AFP'; 'Foto: Keystone' -> 'Keystone'; '(Ciaran Doherty/PA)' -> 'Ciaran Doherty/PA'; 'Foto: Ragnhild "
    "Sætre' -> 'Ragnhild Sætre'; '(photo credit: YAEL MENDELSON/FLASH90)' -> 'YAEL MENDELSON/FLASH90' ('photo credit:' "
    "and the brackets are the Jerusalem Post's wrapper); 'Foto: Mads Kjærgaard/Ritzau Scanpix' -> 'Mads "
    "Kjærgaard/Ritzau Scanpix'; the Deseret News prints 'Megan Tolley, Deseret News' with no wrapper, kept whole; the "
    "other records (the aniamey copy included) print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section: Le Bien Public 'France-Monde' (its "
    "kicker 'Afrique' is not the section), aniamey.com 'Afrique', Berner Zeitung 'Schweiz', The Irish News 'Northern "
    "Ireland', Bergens Tidende 'Bergen', the Jerusalem Post 'Israel News', Ekstra Bladet 'Nyheder', the Deseret News "
    "'Utah', the Financial Tribune 'Domestic Economy', Ámbito 'Economía'; trafilatura records take their first "
    "category ('Schweiz', 'Société', 'Economia', 'State News'); news-please, plain text and newsbeam text records have "
    "none (Insurance Journal's 'International News' line is a page label, not a Reuters 'Next In' line)",
    "language": "'no' is Norwegian Bokmål (Bergens Tidende), the code the earlier sets use for Norwegian; 'bs' is "
    "Bosnian (Klix: ijekavian, 'saopćeno', 'preduzeće'); 'ms' Malay (Kosmo!); 'de' is Swiss Standard German (no "
    "'ß': 'schliessen', 'Strassen'); 'pt' is Brazilian (InfoMoney) and the European norm used in Guinea-Bissau (O "
    "Democrata: 'Vietname', 'arranca'); 'es' is Cuban (CiberCuba) and Argentine (Ámbito, voseo in 'Suscribite' and "
    "'Seguí leyendo'); 'fr' from France (the AFP story and its Nigerien copy) and Cameroon; 'da' Danish; 'fi' Finnish",
    "chrome": "includes consent banners and their buttons, skip links, login, subscription and e-paper strings, "
    "currency-quote labels, share bars, advertisement labels, 'Related'/'Related:' boxes, 'Les også'/'Læs også'/"
    "'Seguí leyendo'/'ALSO READ' lines, topic and tag lists, a listen-to-article line, an app promo, a human-journalism "
    "notice, a feedback widget and topic alerts, comment counts and comment gates, report-an-error lines, a tip-line "
    "appeal, newsletter promos, author bios, paywall lines, WordPress share and like lines, agency sign-offs and "
    "credit lines, the Thomson Reuters copyright line, a broadcaster's legal footer, responsible-editor and "
    "press-ethics footer lines, and byline, date and caption lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and AFP in the plain batch, "
    "Keystone-SDA in the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard "
    "wraps, CRLF); all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"insurance journal", "wells media group", "thomson reuters", "economynext", "le bien public",
                "aniamey.com", "aniamey", "berner zeitung", "sda", "keystone-sda", "keystone", "freiburger nachrichten",
                "bega district news", "australian community media", "acm", "ilta-sanomat", "stt", "lehtikuva",
                "sanoma media finland", "libya herald", "klix.ba", "klix", "kosmo!", "kosmo", "oleh bernama",
                "media mulia", "fox news", "fox news network", "lowvelder", "caxton", "cibercuba",
                "curaçao chronicle", "gladstone observer", "news pty limited", "the irish news", "irish news", "pa",
                "pa media", "bergens tidende", "bt", "eva nordvik", "the jerusalem post", "jerusalem post", "flash90",
                "ekstra bladet", "ritzau", "ritzau scanpix", "mette vinther", "deseret news", "financial tribune",
                "ámbito", "infomoney", "lethbridge herald", "local journalism initiative reporter", "businessdesk",
                "journal du cameroun", "o democrata", "the arunachal times", "arunachal times", "isle of man today",
                "akipress", "martin hollis", "supplied", "journalist"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
