#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's thirty-sixth development set (bench/dev_set36/, first written as the thirty-third held-out set).

    .venv/bin/python bench/dev_set36/_generate.py

Writes ``bench/dev_set36/articles/*`` and ``bench/dev_set36/labels.json`` (next to this
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
bench/dev_set35/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout33_2025-a.jsonl"
JSONL_B = "crawl_holdout33_2025-b.jsonl.gz"


# ---- cluster: AFP, Dakhla (Les Echos page + copy on GoodPlanet Mag' in the gzipped batch) ----

DAKHLA = dict(
    cluster="afp-dakhla-dessalement-eolien",
    title="Au Sahara occidental, Dakhla mise sur le vent pour dessaler l'eau de mer et irriguer le désert",
    date="2025-03-12",
    dateline="Dakhla (Sahara occidental) (AFP) - ",
    city="Dakhla",
    country="EH",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Une usine de dessalement alimentée par un parc éolien doit irriguer 5.000 hectares de cultures maraîchères.",
    paras=P("""
Sur la route qui longe la baie de Dakhla, les camions chargés de tuyaux se succèdent vers le chantier d'une usine
de dessalement qui doit, d'ici la fin de l'année, transformer l'eau de l'Atlantique en eau d'irrigation pour les
serres du désert.

L'usine, alimentée par un parc éolien voisin, doit produire à terme environ 37 millions de mètres cubes d'eau par an.

Cette eau servira à irriguer quelque 5.000 hectares de tomates cerises, de melons et de poivrons destinés en grande
partie à l'exportation vers l'Europe.

"Aujourd'hui, nous pompons dans une nappe qui ne se renouvelle pas. Sans le dessalement, l'agriculture ici n'a pas
d'avenir", explique Brahim Lemrabet, qui cultive une trentaine d'hectares sous serre au nord de la ville.

Les autorités marocaines présentent le projet comme une vitrine de leur stratégie de développement dans ce
territoire, contrôlé à près de 80 % par le Maroc mais revendiqué par les indépendantistes du Front Polisario,
soutenus par l'Algérie.

Le Sahara occidental, ancienne colonie espagnole, est considéré comme un "territoire non autonome" par l'ONU.

Des chercheurs s'interrogent toutefois sur le sort de la saumure rejetée en mer, dans une baie réputée pour ses
huîtres et ses sports de glisse.

Les promoteurs assurent que les rejets seront dilués loin des zones d'élevage, grâce à un émissaire long de
plusieurs kilomètres.

Le vent, qui souffle ici presque toute l'année, fait déjà tourner plusieurs parcs éoliens dans la région.

Les premières parcelles irriguées avec l'eau dessalée devraient être plantées à l'automne.
"""),
    must_have=[
        "L'usine, alimentée par un parc éolien voisin, doit produire à terme environ 37 millions de mètres cubes d'eau par an.",
        "Les promoteurs assurent que les rejets seront dilués loin des zones d'élevage, grâce à un émissaire long de "
        "plusieurs kilomètres.",
    ],
)

# ---- cluster: AP, Bismarck (Bismarck Tribune scrape + copy on The Dickinson Press in the plain batch) ----

BISMARCK = dict(
    cluster="ap-bismarck-soybean-piles",
    title="North Dakota farmers pile soybeans on the ground as export sales slow",
    date="2025-11-04",
    dateline="BISMARCK, N.D. (AP) \u2014 ",
    city="Bismarck",
    country="US",
    region="americas",
    agency="AP",
    authors=["Jana Morley", "Tobias Wendt"],
    editors=[],
    lang="en",
    description="Elevators across the state are full after a large harvest and weaker demand from China.",
    paras=P("""
Farmers across North Dakota are piling soybeans in long mounds on the ground and in temporary bins after a large
harvest filled grain elevators and export sales to China slowed, farm groups said Tuesday.

The state's soybean crop is forecast at about 240 million bushels, one of the largest on record, according to
state agriculture officials.

Much of North Dakota's soybean crop is usually shipped by rail to ports in the Pacific Northwest and then to buyers
in Asia.

With fewer buyers this fall, elevator managers say they have had to turn away trucks or offer lower prices to make
room.

"We've got beans on the ground that we'd normally have on a train by now," said Carl Haugen, who manages an
elevator near Mandan, just west of Bismarck.

Grain stored in outdoor piles can be damaged by rain and snow if it is not covered quickly.

The North Dakota Soybean Council said it was encouraging growers to keep beans in on-farm storage where possible and
to check moisture levels closely.

Some farmers have turned to crushing plants that opened in the state in recent years, which buy soybeans to make
oil and animal feed.

Prices paid to farmers at local elevators have fallen below $9 per bushel in some areas, well under what many say
they need to cover costs.

Farm lenders are watching closely, since many growers borrowed heavily to plant this year's crop.
"""),
    must_have=[
        "Grain stored in outdoor piles can be damaged by rain and snow if it is not covered quickly.",
        "Some farmers have turned to crushing plants that opened in the state in recent years, which buy soybeans to "
        "make oil and animal feed.",
    ],
)
BISMARCK_CONTRIB = "Associated Press writer Tobias Wendt in Fargo, North Dakota, contributed to this report."
AP_RIGHTS = ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, broadcast, "
             "rewritten or redistributed without permission.")

# ---- cluster: EFE, Cobán (El Informador page + copy on La Jornada in the plain batch) ----

COBAN = dict(
    cluster="efe-coban-cardamomo-precios",
    title="Productores de cardamomo de Guatemala resienten la caída de precios en plena cosecha",
    date="2025-10-22",
    dateline="Cobán (Guatemala), 22 oct (EFE).- ",
    city="Cobán",
    country="GT",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    description="El quintal de cardamomo en cereza se paga a la mitad que hace dos años en Alta Verapaz.",
    paras=P("""
Los productores de cardamomo de Alta Verapaz, en el norte de Guatemala, comenzaron la cosecha de este año con
precios que apenas cubren los costos de producción, lo que amenaza los ingresos de miles de familias indígenas
q'eqchi'.

Guatemala es el mayor exportador mundial de cardamomo, una especia muy apreciada en los países del golfo Pérsico y
en la India.

El quintal de cardamomo en cereza se paga este mes a unos 350 quetzales (unos 45 dólares), la mitad que hace dos
años, según la asociación de productores del departamento.

"Con este precio no alcanza ni para pagar a los cortadores", dijo a EFE Sebastián Caal, un agricultor del municipio
de San Pedro Carchá que cultiva cuatro hectáreas.

Los intermediarios atribuyen la caída a la abundante oferta en el mercado internacional y a una menor demanda de
Arabia Saudita.

Muchas familias dependen casi por completo de la especia, que se cultiva a la sombra de los bosques nubosos de la
región.

Algunas cooperativas intentan vender directamente a compradores extranjeros y secar el grano en sus propias
instalaciones para obtener mejores precios.

El Ministerio de Agricultura anunció un programa de créditos para la renovación de plantaciones afectadas por plagas.

La cosecha se extiende habitualmente hasta febrero.
"""),
    must_have=[
        "Muchas familias dependen casi por completo de la especia, que se cultiva a la sombra de los bosques nubosos de "
        "la región.",
        "El Ministerio de Agricultura anunció un programa de créditos para la renovación de plantaciones afectadas por plagas.",
    ],
)

# ---- cluster: Kalgoorlie Miner, page + noisy re-scrape ----

KALGOORLIE = dict(
    cluster="kalminer-hannan-street-shopfronts",
    title="Hannan Street heritage shopfronts to be restored under council grant scheme",
    date="2025-04-08",
    country="AU",
    region="oceania",
    agency=None,
    city=None,
    dateline="",
    editors=[],
    authors=["Brianna Cole"],
    lang="en",
    paras=P("""
Owners of heritage buildings along Kalgoorlie's Hannan Street will be able to apply for grants of up to $40,000 to
restore verandahs, facades and shopfronts under a scheme approved by the City of Kalgoorlie-Boulder.

Councillors voted unanimously at Monday night's meeting to set aside $600,000 over three years for the program.

Many of the buildings on the main street date from the gold rush of the 1890s and early 1900s.

Several have lost their original verandahs or have been covered with cladding over the decades.

Council figures show about 30% of the shopfronts on the street have been altered since the 1970s.

Deputy mayor Warren Pike said the street was the heart of the city's tourism trade.

"Hannan Street is the first thing visitors see, and it should look like the heritage town we are," Cr Pike said.

Owners will need to match the grant dollar for dollar and use tradespeople with heritage experience.

The city will also offer free advice from a heritage architect before owners submit applications.

Applications open in June, with the first projects expected to start before the end of the year.

Local business groups welcomed the decision but said some owners would struggle to find the matching funds.

The Kalgoorlie-Boulder Chamber of Commerce said it hoped the State Government would also contribute.
"""),
    must_have=[
        "Many of the buildings on the main street date from the gold rush of the 1890s and early 1900s.",
        "The city will also offer free advice from a heritage architect before owners submit applications.",
    ],
)
KM_PRE = ["Kalgoorlie Miner", "News", "Goldfields", "Mining", "Sport", "Community", "Opinion", "Subscribe"]
KM_HEAD = ["Brianna Cole", "The Kalgoorlie Miner"]
KM_DATE = ["Tue, 8 April 2025 4:30PM"]
KM_COPY = "\u00a9 2025 West Australian Newspapers Limited"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Kalgoorlie Miner (original of the re-scrape cluster): writer line over the masthead line, weekday date stamp, e-mail sign-up insert.
    dict(KALGOORLIE, role="original", file="kalminer_hannan_street_shopfronts.txt", render="text",
         pre=[KM_PRE], head=[KM_HEAD, KM_DATE],
         inserts={3: ["Get the latest news from thewest.com.au in your inbox.", "Sign up for our emails"]},
         tail=[["Comments"], [KM_COPY]]),
    dict(KALGOORLIE, role="rescrape", file="kalminer_hannan_street_shopfronts_rescrape.txt.gz", render="text", noise=True,
         pre=[KM_PRE], head=[KM_HEAD, KM_DATE], tail=[[KM_COPY]]),
    # Bismarck Tribune (original of the AP cluster): capitals byline without "By", newsletter widget, contributor line, AP rights line.
    dict(BISMARCK, role="original", file="bismarcktribune_ap_soybean_piles.txt", render="text",
         pre=[["Bismarck Tribune", "News", "Sports", "Obituaries", "Opinion", "Business", "Life", "e-Edition"],
              ["Subscribe", "Log In"]],
         head=[["JANA MORLEY Associated Press"], ["Nov 4, 2025"]],
         inserts={3: ["Be the first to know", "Get local news delivered to your inbox!", "Sign Up"]},
         tail=[[BISMARCK_CONTRIB], [AP_RIGHTS], ["Tags", "Agriculture", "North Dakota", "Soybeans"],
               ["Most Popular", "Mandan school board weighs four-day week", "Bobcats rally past Minot in overtime"]]),
    # Kieler Nachrichten: dpa copy, "Westerland (dpa/lno) - " dateline, listen button, dpa-infocom marker.
    rec(cluster="kn-dpa-sylt-sandvorspuelung", role="single",
        file="kn_dpa_sylt_sandvorspuelung_de.txt", render="text",
        title="Sandvorspülung vor Sylt beginnt früher als geplant",
        date="2025-03-27", dateline="Westerland (dpa/lno) - ", city="Westerland", country="DE", region="europe",
        lang="de", agency="dpa",
        pre=[["Kieler Nachrichten", "Kiel", "Region", "Schleswig-Holstein", "Holstein Kiel", "THW Kiel", "Kultur", "Abo"]],
        head=[["Artikel anhören"], ["27.03.2025, 14:21 Uhr"]],
        inserts={3: ["Anzeige"]},
        tail=[["\u00a9 dpa-infocom, dpa:250327-930-417652/1"], ["Mehr aus Schleswig-Holstein"]],
        paras=P("""
Vor der Westküste von Sylt beginnen die diesjährigen Sandvorspülungen früher als geplant.

Bereits ab Anfang April sollen Spezialschiffe vor Westerland und Rantum rund eine Million Kubikmeter Sand an den
Strand spülen, wie der Landesbetrieb für Küstenschutz am Donnerstag mitteilte.

Grund seien die schweren Sturmfluten im Winter, die an mehreren Abschnitten große Mengen Sand abgetragen hätten.

Der Sand wird einige Kilometer vor der Küste vom Meeresgrund abgesaugt und über Rohrleitungen an Land gepumpt.

Dort verteilen Planierraupen ihn auf dem Strand und am Fuß der Dünen.

Die Arbeiten sollen bis Ende Juni abgeschlossen sein, damit die Strände zur Hauptsaison wieder voll nutzbar sind.

Während der Arbeiten werden einzelne Strandabschnitte vorübergehend gesperrt.

Die Kosten von etwa zwölf Millionen Euro tragen Bund und Land gemeinsam.

Ein Sprecher der Gemeinde Sylt sagte, die Vorspülungen seien für die Insel unverzichtbar.

Ohne den regelmäßigen Nachschub an Sand würde Sylt jedes Jahr mehrere Meter Küste verlieren.

Seit Beginn der Vorspülungen Anfang der 1970er-Jahre wurden vor Sylt nach Angaben des Landes mehr als 50 Millionen
Kubikmeter Sand aufgespült.
"""),
        must_have=[
            "Der Sand wird einige Kilometer vor der Küste vom Meeresgrund abgesaugt und über Rohrleitungen an Land gepumpt.",
            "Die Kosten von etwa zwölf Millionen Euro tragen Bund und Land gemeinsam.",
        ]),
    # Gazzetta di Parma: ANSA copy, "(ANSA) - PIACENZA, 12 FEB - " dateline, "ANSA" line, share row.
    rec(cluster="gazzettadiparma-ansa-piacenza-mostra", role="single",
        file="gazzettadiparma_ansa_piacenza_mostra_it.txt", render="text",
        title="Piacenza, la mostra sui Farnese supera i 60mila visitatori e viene prorogata",
        date="2025-02-12", dateline="(ANSA) - PIACENZA, 12 FEB - ", city="Piacenza", country="IT", region="europe",
        lang="it", agency="ANSA",
        pre=[["Gazzetta di Parma", "Parma", "Provincia", "Italia-Mondo", "Sport", "Economia", "Gusto", "Abbonati"]],
        head=[["ANSA"], ["12 febbraio 2025, 16:08"]],
        inserts={2: ["Pubblicità"]},
        tail=[["RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA"], ["Condividi", "Facebook", "WhatsApp"]],
        paras=P("""
La mostra dedicata alla corte dei Farnese allestita a Palazzo Farnese di Piacenza ha superato i 60mila visitatori e
sarà prorogata fino al 30 marzo.

Lo ha annunciato oggi il Comune, che ha definito l'esposizione la più visitata nella storia dei Musei civici
cittadini.

In mostra ci sono oltre 120 opere tra dipinti, arazzi, armature e documenti provenienti da musei italiani ed europei.

Circa un visitatore su tre arriva da fuori regione, soprattutto dalla Lombardia e dal Piemonte.

"È un risultato che ripaga il lavoro di anni e che porta persone nei ristoranti e negli alberghi del centro", ha
detto l'assessora alla cultura Chiara Molinari.

Per gestire le ultime settimane il museo amplierà l'orario di apertura il venerdì e il sabato sera.

Le scuole della provincia potranno prenotare visite guidate gratuite fino alla chiusura.

Il biglietto intero costa 14 euro, ridotto per gli studenti e per chi ha più di 65 anni.

Una parte degli incassi sarà destinata al restauro di alcune sale del palazzo.

Il Comune sta già lavorando a una nuova esposizione per il 2026.
"""),
        must_have=[
            "In mostra ci sono oltre 120 opere tra dipinti, arazzi, armature e documenti provenienti da musei italiani ed europei.",
            "Le scuole della provincia potranno prenotare visite guidate gratuite fino alla chiusura.",
        ]),
    # Liverpool Echo: staff, writer + job line, time-first stamps, bookmark notice, READ MORE link, newsletter sign-up with privacy text.
    rec(cluster="liverpoolecho-williamson-tunnels", role="single",
        file="liverpoolecho_williamson_tunnels_section.txt", render="text",
        title="Williamson Tunnels to open newly dug section to visitors this summer",
        date="2025-06-03", country="GB", region="europe", lang="en", authors=["Megan Thornbury"],
        caption="Volunteers inside the newly cleared passage beneath Edge Hill", credit="Liverpool ECHO",
        pre=[["Liverpool Echo", "News", "Liverpool FC", "Everton FC", "What's On", "Property", "Sport"]],
        head=[["Megan Thornbury", "Senior Reporter"], ["10:45, 3 Jun 2025", "Updated 11:02, 3 Jun 2025"],
              ["Bookmark", "Share"],
              ["Story Saved", "You can find this story in My Bookmarks.Or by navigating to the user icon in the top right."]],
        cap_lines=["Volunteers inside the newly cleared passage beneath Edge Hill (Image: Liverpool ECHO)"],
        inserts={2: ["READ MORE: Merseyrail confirms weekend closures on Wirral line"],
                 5: ["Get the biggest stories from the ECHO straight to your inbox", "Sign up",
                     "We use your sign-up to provide content in ways you've consented to and to improve our understanding "
                     "of you. This may include adverts from us and 3rd parties based on our understanding. You can "
                     "unsubscribe at any time. More info"]},
        tail=[["Comments"], ["Read Next", "Mum's warning after car stolen from driveway in Aigburth",
                             "Bold Street restaurant shuts after 12 years"]],
        paras=P("""
A newly excavated section of Liverpool's Williamson Tunnels will open to visitors this summer, almost two centuries
after it was dug.

Volunteers have spent more than five years clearing rubble and household waste from the passage, which runs
beneath the Edge Hill area of the city.

The tunnels were built in the early 19th century on the orders of the merchant and landlord whose name they carry,
although historians still argue about why.

The new section, about 40 metres long, includes a vaulted chamber with brick arches that volunteers say are in
remarkable condition.

Project manager Helen Gaskell said: "When we first broke through, we had to crawl on our hands and knees. Now people
will be able to walk right through it."

Tours of the new section will be limited to groups of 12 and must be booked in advance.

The heritage centre, which runs the site as a charity, says visitor numbers have risen by about a third since 2022.

It hopes the new section will help it raise money for further digs, with several more passages known to lie
beneath nearby streets.

Tickets for the summer tours go on sale next week.
"""),
        must_have=[
            "Tours of the new section will be limited to groups of 12 and must be booked in advance.",
            "It hopes the new section will help it raise money for further digs, with several more passages known to lie "
            "beneath nearby streets.",
        ]),
    # Daily Dispatch (DispatchLIVE): staff, writer + "Journalist" line, READ MORE pair, comment gate.
    rec(cluster="dispatch-east-london-orient-pool", role="single",
        file="dispatchlive_east_london_orient_pool.txt", render="text",
        title="Orient Pool reopens after R14m revamp in time for the festive season",
        date="2025-11-28", country="ZA", region="africa", lang="en", authors=["Zintle Ngqulana"],
        pre=[["DispatchLIVE", "News", "Business", "Sport", "Opinion", "Lifestyle", "Subscribe"]],
        head=[["Zintle Ngqulana", "Journalist"], ["28 November 2025 - 13:12"]],
        inserts={3: ["READ MORE:", "Buffalo City approves new beachfront parking fees"]},
        tail=[["Would you like to comment on this article?", "Register (it's quick and free) or sign in now."],
              ["Please read our Comment Policy before commenting."]],
        paras=P("""
East London's Orient Pool on the beachfront will reopen to the public on Monday after a R14m upgrade that took
almost two years.

The Buffalo City Metro said the tidal pool, change rooms and paving had been repaired and new lifeguard towers
installed.

The pool was closed in 2023 after storm damage cracked its walls and left parts of the deck unsafe.

Metro spokesperson Lwazi Ngcobo said the revamp was part of a wider plan to restore the beachfront before the
festive season.

"We want families to come back to the beachfront and feel safe here," he said.

Lifeguards will be on duty every day from 9am to 5pm during the school holidays.

Traders who sell food and drinks near the pool welcomed the reopening, saying business had dropped sharply since it
closed.

The metro said it would also repair lighting along the Esplanade and clear blocked stormwater drains.

Councillors from surrounding wards have asked for extra security patrols on weekends.

Entrance to the pool will remain free.
"""),
        must_have=[
            "The pool was closed in 2023 after storm damage cracked its walls and left parts of the deck unsafe.",
            "Lifeguards will be on duty every day from 9am to 5pm during the school holidays.",
        ]),
    # The Hankyoreh (English edition): staff, story on North Korea, "Posted on : ... Modified on : ..." line, byline and e-mail note at the end.
    rec(cluster="hankyoreh-sinpo-fish-farm", role="single",
        file="hankyoreh_nk_sinpo_fish_farm.txt", render="text",
        title="N. Korea touts new fish farm on east coast in push to ease food shortages",
        date="2025-09-23", country="KP", region="asia", lang="en", authors=["Seo Hye-rin"],
        caption="A photo released by the Korean Central News Agency on Sept. 22 shows fish tanks at the new farm in Sinpo, "
                "South Hamgyong Province.",
        credit="KCNA/Yonhap",
        pre=[["hankyoreh", "Politics", "Economy", "Society", "International", "North Korea", "Opinion", "Culture"]],
        head=[["Posted on : Sep.23,2025 17:06 KST Modified on : Sep.23,2025 17:06 KST"]],
        cap_lines=["A photo released by the Korean Central News Agency on Sept. 22 shows fish tanks at the new farm in "
                   "Sinpo, South Hamgyong Province. (KCNA/Yonhap)"],
        tail=[["By Seo Hye-rin, staff reporter"], ["Please direct questions or comments to [english@hani.co.kr]"],
              ["Related stories", "N. Korea marks harvest season with calls to raise grain output",
               "[News analysis] Why Pyongyang keeps building greenhouse farms"]],
        paras=P("""
North Korea has opened a large fish farm on its east coast, state media reported Monday, as Pyongyang continues to
promote aquaculture as a way to improve the diet of its people.

The Korean Central News Agency said the farm in Sinpo, South Hamgyong Province, could produce several thousand tons
of fish and shellfish a year.

The report said the site included hatcheries, feed plants and housing for workers' families, but gave no figures for
its cost.

Photos released by the agency showed rows of concrete tanks and workers in white uniforms carrying nets.

North Korea has built a number of greenhouse farms and fish farms in recent years, often presenting them as
achievements of the country's leadership.

Experts in Seoul say such projects are partly aimed at easing chronic food shortages that worsened during the
border closures of the COVID-19 pandemic.

"Aquaculture is one of the few areas where the North can raise its protein supply without large imports," said Yoon
Ji-ho, a researcher at a Seoul-based institute that studies the North Korean economy.

Yoon added that it was difficult to verify production figures released by state media.

South Korea's Ministry of Unification declined to comment on the report.

Sinpo is also home to a major naval shipyard, where the North has built submarines.
"""),
        must_have=[
            "The report said the site included hatcheries, feed plants and housing for workers' families, but gave no "
            "figures for its cost.",
            "Yoon added that it was difficult to verify production figures released by state media.",
        ]),
    # Harian Metro: Bernama copy in Malay, "KUALA TERENGGANU: " dateline, "Oleh Bernama" byline, "- BERNAMA" sign-off, NSTP publication line.
    rec(cluster="hmetro-bernama-redang-jeti", role="single",
        file="hmetro_bernama_pulau_redang_jeti_ms.txt", render="text",
        title="Jeti baharu Pulau Redang siap Julai ini",
        date="2025-05-20", dateline="KUALA TERENGGANU: ", city="Kuala Terengganu", country="MY", region="asia",
        lang="ms", agency="Bernama",
        pre=[["Harian Metro", "Utama", "Semasa", "Mutakhir", "Global", "Sukan", "Rap", "Bisnes", "Santai"]],
        head=[["Oleh Bernama"], ["Mei 20, 2025 @ 3:48pm"]],
        inserts={3: ["BERITA BERKAITAN", "Feri ke Pulau Perhentian ditambah sempena cuti sekolah"]},
        tail=[["- BERNAMA"], ["Artikel ini disiarkan pada : Selasa, 20 Mei 2025 @ 3:48 PM"],
              ["\u00a9 New Straits Times Press (M) Bhd"]],
        paras=P("""
Pembinaan jeti baharu di Pulau Redang dijangka siap sepenuhnya pada Julai ini, sekali gus memudahkan pergerakan
pelancong dan penduduk pulau berkenaan.

Pengerusi Jawatankuasa Pelancongan negeri, Ahmad Fauzi Ismail berkata, kerja-kerja pembinaan kini mencapai 85
peratus.

Menurutnya, jeti itu mampu menampung sehingga 12 bot penumpang pada satu-satu masa berbanding hanya empat bot
sebelum ini.

"Jeti lama sudah uzur dan sering sesak pada musim cuti sekolah, jadi jeti baharu ini sangat diperlukan," katanya
kepada pemberita di sini hari ini.

Beliau berkata, projek bernilai RM18 juta itu dibiayai sepenuhnya oleh Kerajaan Persekutuan.

Selain jeti, kemudahan lain termasuk ruang menunggu berhawa dingin, tandas awam dan kaunter tiket turut dibina.

Pulau Redang menerima lebih 200,000 pelancong setiap tahun, kebanyakannya dari dalam negara serta dari Singapura
dan China.

Ahmad Fauzi berkata, kerajaan negeri juga merancang menaik taraf jalan dari jeti ke kampung nelayan di pulau itu.

Penduduk tempatan turut menyambut baik projek berkenaan kerana ia akan memudahkan mereka membawa barang keperluan
dari tanah besar.

Musim pelancongan di Pulau Redang biasanya bermula pada Mac hingga Oktober setiap tahun.
"""),
        must_have=[
            "Selain jeti, kemudahan lain termasuk ruang menunggu berhawa dingin, tandas awam dan kaunter tiket turut dibina.",
            "Pulau Redang menerima lebih 200,000 pelancong setiap tahun, kebanyakannya dari dalam negara serta dari "
            "Singapura dan China.",
        ]),
    # Jornal do Commercio (Recife): staff, "Por NAME" byline, caption over a "Foto: NAME/JC Imagem" line, LEIA TAMBÉM pair.
    rec(cluster="jc-recife-faixa-azul-caxanga", role="single",
        file="jc_recife_faixa_azul_caxanga_pt.txt", render="text",
        title="Recife amplia faixa azul na Avenida Caxangá e promete ônibus mais rápidos",
        date="2025-08-14", country="BR", region="americas", lang="pt", authors=["Marília Cavalcanti"],
        caption="Faixa azul na Avenida Caxangá, na Zona Oeste do Recife", credit="Bruno Albuquerque/JC Imagem",
        pre=[["JC", "Últimas notícias", "Política", "Economia", "Pernambuco", "Esportes", "Cultura", "Assine"]],
        head=[["Por Marília Cavalcanti"], ["Publicado em 14/08/2025 às 6:00"]],
        cap_lines=["Faixa azul na Avenida Caxangá, na Zona Oeste do Recife", "Foto: Bruno Albuquerque/JC Imagem"],
        inserts={3: ["LEIA TAMBÉM", "Metrô do Recife terá horário reduzido no domingo"]},
        tail=[["Siga o JC no Google Notícias"], ["Tópicos relacionados", "Mobilidade", "Recife", "Transporte público"]],
        paras=P("""
A Prefeitura do Recife começou nesta quinta-feira (14) a ampliar a faixa azul exclusiva para ônibus na Avenida
Caxangá, uma das principais ligações entre o Centro e a Zona Oeste da cidade.

O novo trecho, de 3,2 quilômetros, vai do bairro da Madalena até a Várzea.

Segundo a Autarquia de Trânsito e Transporte Urbano do Recife (CTTU), cerca de 180 mil passageiros passam pela
avenida em dias úteis.

Com a ampliação, a expectativa é reduzir em até 15 minutos o tempo de viagem nos horários de pico.

"Quem anda de ônibus não pode continuar perdendo uma hora por dia no engarrafamento", afirmou o secretário de
Mobilidade, Ricardo Bezerra.

A fiscalização será feita por câmeras, e os motoristas que usarem a faixa de forma irregular poderão ser multados.

Taxistas e veículos de emergência continuarão autorizados a circular no corredor.

Comerciantes da Caxangá reclamaram da retirada de vagas de estacionamento em frente às lojas.

A CTTU informou que vai criar áreas de carga e descarga em ruas transversais.

A obra deve ser concluída em outubro.
"""),
        must_have=[
            "O novo trecho, de 3,2 quilômetros, vai do bairro da Madalena até a Várzea.",
            "Taxistas e veículos de emergência continuarão autorizados a circular no corredor.",
        ]),
    # Adevărul: staff, Romanian, "de NAME" byline, "Publicat:" / "Ultima actualizare:" stamps, "FOTO:" credit, "Citește și:" link.
    rec(cluster="adevarul-timisoara-vaporetto-bega", role="single",
        file="adevarul_timisoara_vaporetto_bega_ro.txt", render="text",
        title="Timișoara extinde vaporetto pe Bega: două stații noi din luna iunie",
        date="2025-05-12", country="RO", region="europe", lang="ro", authors=["Bianca Munteanu"],
        caption="Vaporetto pe canalul Bega, în centrul Timișoarei.", credit="STPT",
        pre=[["Adevărul", "Știri", "Politică", "Economie", "Sănătate", "Stil de viață", "Sport", "Opinii"]],
        head=[["de Bianca Munteanu"], ["Publicat: 12 mai 2025, 14:25", "Ultima actualizare: 12 mai 2025, 15:10"]],
        cap_lines=["Vaporetto pe canalul Bega, în centrul Timișoarei. FOTO: STPT"],
        inserts={2: ["Publicitate"], 5: ["Citește și: Timișoara: programul Zilelor Orașului 2025"]},
        tail=[["Urmărește știrile Adevărul și pe Google News"], ["Cele mai citite"]],
        paras=P("""
Transportul public pe canalul Bega din Timișoara va avea, din luna iunie, două stații noi, în cartierele Fratelia
și Ronaț, a anunțat luni Societatea de Transport Public Timișoara.

Vaporetele circulă pe Bega din 2019 și transportă în special elevi, turiști și locuitori care vor să evite
aglomerația din trafic.

Compania a cumpărat anul acesta încă patru ambarcațiuni electrice, iar flota va ajunge la 14 vaporete.

Potrivit directorului companiei, Cristian Popovici, numărul pasagerilor a crescut cu aproape 30% față de anul trecut.

„Vrem ca Bega să devină o adevărată axă de transport, nu doar o atracție turistică”, a declarat acesta.

Stațiile noi vor avea pontoane accesibile persoanelor cu dizabilități și rastele pentru biciclete.

Lucrările la cele două pontoane au început în martie și sunt finanțate din fonduri europene.

Călătoria pe vaporetto costă la fel ca un bilet de autobuz sau de tramvai.

Ambarcațiunile circulă zilnic, între orele 7:00 și 21:00, cu o frecvență de 20 de minute.

Pe timpul iernii, programul este redus din cauza nivelului scăzut al apei.
"""),
        must_have=[
            "Compania a cumpărat anul acesta încă patru ambarcațiuni electrice, iar flota va ajunge la 14 vaporete.",
            "Călătoria pe vaporetto costă la fel ca un bilet de autobuz sau de tramvai.",
        ]),
    # Katherine Times (ACM): staff, "Updated ... first published ..." line, "Picture by NAME" caption, newsletter box, author card.
    rec(cluster="katherinetimes-hot-springs-reopen", role="single",
        file="katherinetimes_hot_springs_reopen.txt", render="text",
        title="Katherine Hot Springs reopen after wet season clean-up",
        date="2025-04-29", country="AU", region="oceania", lang="en", authors=["Ellie Marchetti"],
        caption="The lower pool at Katherine Hot Springs on Monday.", credit="Ellie Marchetti",
        pre=[["Katherine Times", "News", "Local News", "Sport", "Opinion", "Lifestyle", "Subscribe"]],
        head=[["Ellie Marchetti"], ["Updated April 29 2025 - 3:40pm, first published 11:15am"]],
        cap_lines=["The lower pool at Katherine Hot Springs on Monday. Picture by Ellie Marchetti"],
        inserts={4: ["Get the latest Katherine news delivered to your inbox",
                     "Sign up for our newsletter to stay up to date.",
                     "We care about the protection of your data. Read our Privacy Policy."]},
        tail=[["Ellie Marchetti", "Journalist",
               "Ellie covers news, council and community stories for the Katherine Times. Got a story? Get in touch."]],
        paras=P("""
The Katherine Hot Springs have reopened to swimmers after a clean-up following the wet season, with the town council
warning visitors to stay out of the water after heavy rain.

The popular thermal pools on the Katherine River were closed in February when floodwater covered the lower pools
and left mud and debris on the steps and paths.

Council workers and contractors spent three weeks clearing silt and repairing handrails.

Katherine Town Council chief executive Adam Pryor said the springs were one of the town's most visited attractions.

"Locals and tourists have been asking every day when they can swim again, so we're glad to have them open before
the dry season rush," he said.

Water quality tests carried out last week met health guidelines, the council said.

Parking at the site has been extended and a new shade structure is being built near the upper pool.

The council reminded swimmers that crocodile warning signs remain in place along the river and that the springs are
not patrolled outside business hours.

Entry to the springs remains free.
"""),
        must_have=[
            "Council workers and contractors spent three weeks clearing silt and repairing handrails.",
            "Water quality tests carried out last week met health guidelines, the council said.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_ECHOS = site("Les Echos", "https://www.lesechos.example.fr", " | Les Echos", "fr_FR", "@LesEchos",
                  ["Économie", "Politique", "Monde", "Entreprises", "Finance - Marchés", "Idées", "Régions", "Patrimoine"],
                  ["\u00a9 Les Echos 2025", "Mentions légales", "Politique de confidentialité", "Gestion des cookies"],
                  share=["Partager", "Facebook", "X", "LinkedIn", "Copier le lien"], top=["S'abonner", "Se connecter"],
                  cookie="Avec votre accord, nous et nos partenaires utilisons des cookies ou technologies similaires "
                         "pour stocker et accéder à des informations personnelles comme votre visite sur ce site.",
                  cookie_title="Bienvenue sur Les Echos",
                  buttons=["Accepter et fermer", "Continuer sans accepter", "Paramétrer"])
SITE_INF = site("El Informador", "https://www.informador.example.mx", " | El Informador", "es_MX", "@informador",
                ["Jalisco", "México", "Internacional", "Economía", "Deportes", "Entretenimiento", "Cultura", "Tecnología"],
                ["\u00a9 2025 Unión Editorialista, S.A. de C.V.", "Aviso de privacidad", "Contacto"],
                share=["Compartir", "Facebook", "X", "WhatsApp"])
SITE_CITY = site("CityNews Winnipeg", "https://winnipeg.citynews.example.ca", " - CityNews Winnipeg",
                 "en_CA", "@CityNewsWPG",
                 ["News", "Sports", "Weather", "Traffic", "Video", "Community"],
                 ["\u00a9 2025 Rogers Media", "Privacy Policy", "Terms of Use", "Accessibility"],
                 share=["Facebook", "X", "Email", "Copy link"], top=["Watch Live", "Newsletters"])
SITE_JG = site("Jakarta Globe", "https://jakartaglobe.example.id", " | Jakarta Globe", "en_US", "@thejakartaglobe",
               ["News", "Business", "Lifestyle", "Tech", "Sports", "Opinion", "Multimedia"],
               ["Copyright \u00a9 2025 Jakarta Globe", "About Us", "Privacy Policy", "Contact"],
               share=["Share", "Facebook", "X", "WhatsApp", "LinkedIn"])
SITE_IDNES = site("iDNES.cz", "https://www.idnes.example.cz", " - iDNES.cz", "cs_CZ", "@idnescz",
                  ["Zprávy", "Domácí", "Zahraniční", "Krimi", "Ekonomika", "Sport", "Kultura", "Brno"],
                  ["\u00a9 Copyright MAFRA, a.s.", "Kontakty", "Reklama", "Nastavení soukromí"],
                  share=["Sdílet", "Facebook", "X", "E-mail"], top=["iDNES Premium", "Přihlásit"],
                  cookie="My a naši partneři potřebujeme váš souhlas s využitím souborů cookie a dalších technologií "
                         "k personalizaci obsahu a reklamy a k analýze návštěvnosti.",
                  cookie_title="Vážíme si vašeho soukromí", buttons=["Souhlasím", "Nastavení"])
SITE_GVA = site("Gazet van Antwerpen", "https://www.gva.example.be", " | Gazet van Antwerpen", "nl_BE", "@gvacom",
                ["Antwerpen", "Regio", "Binnenland", "Buitenland", "Sport", "Economie", "Cultuur"],
                ["\u00a9 2025 Mediahuis NV", "Privacyverklaring", "Cookiebeleid", "Contact"],
                share=["Delen", "Facebook", "X", "WhatsApp"], top=["Abonneer", "Aanmelden"],
                cookie="Wij en onze partners gebruiken cookies en vergelijkbare technologieën om je een betere "
                       "ervaring te bieden, advertenties te personaliseren en ons verkeer te analyseren.",
                buttons=["Akkoord", "Instellingen"])
SITE_LA = site("Los Andes", "https://www.losandes.example.com.ar", " | Los Andes", "es_AR", "@LosAndesDiario",
               ["Sociedad", "Política", "Economía", "Deportes", "Estilo", "Vendimia", "Policiales"],
               ["\u00a9 2025 Los Andes. Todos los derechos reservados.", "Términos y condiciones", "Contacto"],
               share=["Compartir", "Facebook", "X", "WhatsApp"], top=["Suscribite", "Ingresar"])
SITE_KS = site("Khaosod English", "https://www.khaosodenglish.example.com", " - Khaosod English", "en_US", "@KhaosodEnglish",
               ["News", "Politics", "Business", "Culture", "Opinion", "Featured"],
               ["\u00a9 2025 Khaosod English", "About", "Contact", "Advertise"],
               share=["Facebook", "X", "Line", "Email"])
SITE_GP = site("GP", "https://www.gp.example.se", " | GP", "sv_SE", "@goteborgsposten",
               ["Göteborg", "Sverige", "Världen", "Sport", "Kultur", "Ledare", "Debatt"],
               ["\u00a9 2025 Göteborgs-Posten", "Kundservice", "Personuppgifter", "Cookies"],
               share=["Dela", "Facebook", "X", "Kopiera länk"], top=["Prenumerera", "Logga in"],
               cookie="Vi använder cookies för att förbättra din upplevelse, analysera trafik och visa relevanta annonser.",
               buttons=["Godkänn alla", "Inställningar"])

HTML_STORIES = [
    # Les Echos (original of the AFP cluster): "Les Echos avec AFP" byline, "Publié le ... à ..." / "Mis à jour" stamps, reading time, bracketed photo credit.
    dict(DAKHLA, role="original", file="lesechos_afp_dakhla_dessalement_fr.html", render="html", site=SITE_ECHOS,
         section="Monde", meta_section="Monde",
         url="https://www.lesechos.example.fr/monde/afrique-moyen-orient/au-sahara-occidental-dakhla-mise-sur-le-vent-pour-dessaler-leau-de-mer-2154321",
         published="2025-03-12T11:40:00+01:00", modified="2025-03-12T12:05:00+01:00",
         ld_author=[{"@type": "Organization", "name": "Les Echos avec AFP"}],
         byline_lines=["Les Echos avec AFP"],
         date_lines=["Publié le 12 mars 2025 à 11:40", "Mis à jour le 12 mars 2025 à 12:05"],
         caption="Des éoliennes dans la région de Dakhla, en février 2025.", credit="Fadil Benchekroun/AFP",
         credit_shown="(Fadil Benchekroun/AFP)",
         above_body=[("reading-time", "Lecture 3 min.")],
         inserts={2: [("link", "Lire aussi :", "Maroc : le dessalement au secours des villes face à la sécheresse")],
                  5: [("ad", "Publicité")]},
         lists=[("Les plus lus", ["Retraites : ce qui change au 1er avril", "Immobilier : les taux de crédit repartent à la baisse"])],
         newsletter_end=["Newsletter Monde", "Chaque semaine, l'essentiel de l'actualité internationale", "Je m'inscris"]),
    # El Informador (original of the EFE cluster): "Por: EFE" byline, "hs" time stamp, EFE photo credit, newsletter line.
    dict(COBAN, role="original", file="informador_efe_coban_cardamomo_es.html", render="html", site=SITE_INF,
         section="Internacional", meta_section="Internacional",
         url="https://www.informador.example.mx/internacional/productores-de-cardamomo-de-guatemala-resienten-la-caida-de-precios-20251022-0143.html",
         published="2025-10-22T13:05:00-06:00", modified="2025-10-22T13:05:00-06:00",
         ld_author=[{"@type": "Organization", "name": "EFE"}],
         byline_lines=["Por: EFE"], date_lines=["22 de octubre de 2025 - 13:05 hs"],
         caption="Un agricultor selecciona cardamomo en una finca de Alta Verapaz, Guatemala.", credit="EFE/Rolando Cux",
         inserts={2: [("ad", "Publicidad")], 4: [("link", "Lee también:", "Guatemala declara alerta por lluvias en el norte del país")]},
         tags=("Temas", ["Guatemala", "Agricultura", "Exportaciones"]),
         below_body=[("newsletter", "Suscríbete a nuestro newsletter y recibe las noticias más importantes del día.")],
         lists=[("Lo más leído", ["Así estará el clima en Guadalajara este fin de semana", "Atlas anuncia cambios en su cuerpo técnico"])]),
    # CityNews Winnipeg: The Canadian Press copy, "WINNIPEG — " dateline, "by NAME, The Canadian Press" byline, "Posted ... pm." stamp, CP sign-off line.
    rec(cluster="citynews-cp-winnipeg-transit-safety", role="single", file="citynews_cp_winnipeg_transit_safety.html",
        render="html", site=SITE_CITY,
        title="Manitoba to fund 20 more transit safety officers for Winnipeg buses", date="2025-01-21",
        dateline="WINNIPEG \u2014 ", city="Winnipeg", country="CA", region="americas", lang="en", agency="CP",
        authors=["Darcy Halvorsen"], section="News", meta_section="News",
        url="https://winnipeg.citynews.example.ca/2025/01/21/manitoba-transit-safety-officers-winnipeg/",
        description="The province will pay about $2.6 million a year for the officers.",
        published="2025-01-21T21:48:00-06:00", modified="2025-01-22T05:12:00-06:00",
        byline_lines=["by Darcy Halvorsen, The Canadian Press"],
        date_lines=["Posted January 21, 2025 9:48 pm.", "Last Updated January 22, 2025 5:12 am."],
        caption="A Winnipeg Transit bus travels along Portage Avenue in Winnipeg on Tuesday, Jan. 14, 2025.",
        credit="THE CANADIAN PRESS/Marlon Reddick",
        inserts={3: [("ad", "Advertisement")]},
        end_lines=["This report by The Canadian Press was first published Jan. 21, 2025."],
        lists=[("Top Stories", ["Extreme cold warning issued for southern Manitoba", "Jets edge Wild in shootout"])],
        paras=P("""
The Manitoba government says it will pay for 20 more transit safety officers to patrol Winnipeg buses and stations
after a series of assaults on drivers and passengers.

The province will provide about $2.6 million a year for the officers, who will work alongside the city's existing
community safety team.

Transit union leaders have been calling for more security for years, saying drivers face threats and violence on
some routes almost every week.

"Our members just want to finish their shift and go home safely," said Aaron Feeney, president of the local union
representing Winnipeg Transit operators.

The officers will be trained in de-escalation and first aid and will have the power to remove people who break
transit bylaws.

The city says the number of reported incidents on buses rose by about 15 per cent last year.

Some community groups say the money would be better spent on housing and addiction services, arguing that many
incidents involve people in crisis.

The province says it is also funding outreach workers who will ride some of the busiest routes.

The new officers are expected to be on the job by the summer.
"""),
        must_have=[
            "The officers will be trained in de-escalation and first aid and will have the power to remove people who "
            "break transit bylaws.",
            "The province says it is also funding outreach workers who will ride some of the busiest routes.",
        ]),
    # Jakarta Globe: Reuters copy with the paper's "City. " dateline, "Reuters" byline, "(Reuters Photo/NAME)" credit, Reuters credits line.
    rec(cluster="jakartaglobe-reuters-lampung-coffee", role="single", file="jakartaglobe_reuters_lampung_coffee.html",
        render="html", site=SITE_JG,
        title="Lampung coffee farmers expand plantings as robusta prices stay high", date="2025-03-05",
        dateline="Bandar Lampung. ", city="Bandar Lampung", country="ID", region="asia", lang="en", agency="Reuters",
        authors=["Dimas Prasetyo", "Rina Kusuma"], editors=["Joanna Pierce"], section="Business", meta_section="Business",
        url="https://jakartaglobe.example.id/business/lampung-coffee-farmers-expand-plantings-as-robusta-prices-stay-high",
        description="Farm-gate prices for robusta are about three times higher than in early 2023.",
        published="2025-03-05T15:40:00+07:00",
        ld_author=[{"@type": "Organization", "name": "Reuters"}],
        byline_lines=["Reuters"], date_lines=["March 5, 2025 | 3:40 pm"],
        caption="Farmers dry coffee beans in West Lampung on Feb. 20, 2025.", credit="Reuters Photo/Agus Wiranto",
        credit_shown="(Reuters Photo/Agus Wiranto)",
        end_lines=["(Reporting by Dimas Prasetyo and Rina Kusuma; Editing by Joanna Pierce)"],
        tags=("Tags:", ["coffee", "Lampung", "commodities"]),
        lists=[("Latest News", ["Rupiah firms as foreign inflows return", "Garuda adds flights to Labuan Bajo"])],
        paras=P("""
Coffee farmers in Indonesia's Lampung province are planting new trees and reviving neglected plots as robusta prices
remain near record highs, farmers and traders said on Wednesday.

Lampung, on the southern tip of Sumatra, produces more than a third of Indonesia's robusta, most of it grown by
smallholders on plots of one or two hectares.

Global robusta prices rose sharply last year after dry weather hurt crops in Vietnam and Brazil, the two largest
producers.

"Two years ago I wanted to cut down my coffee and plant corn. Now I am buying more seedlings," said farmer Wayan
Sudarta, who grows coffee near the town of Liwa.

Local traders said farm-gate prices for robusta beans were about three times higher than in early 2023.

Some farmers have used the extra income to buy motorbikes, fertiliser and better drying equipment.

Exporters warned, however, that new trees would take three to four years to produce a full crop, and that prices
could fall before then.

Indonesia is the world's fourth-largest coffee producer.

The agriculture ministry has said it aims to raise coffee yields by replacing old trees with higher-yielding
varieties.
"""),
        must_have=[
            "Local traders said farm-gate prices for robusta beans were about three times higher than in early 2023.",
            "Exporters warned, however, that new trees would take three to four years to produce a full crop, and that "
            "prices could fall before then.",
        ]),
    # iDNES.cz: ČTK copy without a dateline, "ČTK" byline, "| foto: NAME, MAFRA" credit, discussion counter.
    rec(cluster="idnes-ctk-brno-tramvaj-kampus", role="single", file="idnes_ctk_brno_tramvaj_kampus_cs.html",
        render="html", site=SITE_IDNES,
        title="Tramvaj do brněnského kampusu pojede dřív, stavba začne na jaře", date="2025-10-07",
        country="CZ", region="europe", lang="cs", agency="ČTK", section="Brno", meta_section="Brno",
        url="https://www.idnes.example.cz/brno/zpravy/tramvaj-kampus-bohunice-stavba.A251007_141233_brno-zpravy_ctk",
        description="Nová trať propojí Starý Lískovec s kampusem Masarykovy univerzity.",
        published="2025-10-07T14:12:00+02:00",
        ld_author=[{"@type": "Organization", "name": "ČTK"}],
        byline_lines=["ČTK"], date_lines=["7. října 2025 14:12"],
        caption="Tramvaj na zastávce Mendlovo náměstí v Brně", credit="Petr Kolář, MAFRA",
        credit_shown="| foto: Petr Kolář, MAFRA",
        inserts={3: [("ad", "Reklama")]},
        comments=["Diskuse (14)", "Vstoupit do diskuse"],
        lists=[("Nejčtenější", ["Dálnice D1 u Brna bude o víkendu částečně uzavřena", "Kometa porazila Pardubice po nájezdech"])],
        paras=P("""
Stavba nové tramvajové trati k univerzitnímu kampusu v brněnských Bohunicích začne na jaře příštího roku, tedy o
rok dříve, než město původně plánovalo.

Oznámil to dnes náměstek primátorky pro dopravu Tomáš Kříž.

Trať dlouhá přibližně 3,5 kilometru propojí Starý Lískovec s kampusem Masarykovy univerzity a s fakultní nemocnicí.

Tramvaje by po ní měly začít jezdit na konci roku 2028.

Podle města využije novou linku denně až 30 000 cestujících, především studentů, zaměstnanců nemocnice a pacientů.

„Dnes jsou autobusy do kampusu ve špičce přeplněné a tramvaj tento problém vyřeší,“ řekl Kříž.

Náklady na stavbu odhaduje město na 2,4 miliardy korun, většinu by měly pokrýt evropské dotace.

Součástí projektu jsou také nové zastávky, parkoviště pro kola a úprava okolních ulic.

Během stavby budou muset řidiči počítat s objížďkami v okolí Bohunické ulice.

U konečné zastávky u nemocnice chce město vybudovat také záchytné parkoviště pro řidiče z okolních obcí.

Obyvatelé Starého Lískovce dlouhodobě upozorňují na hluk z dopravy a chtějí, aby trať vedla co nejdál od domů.
"""),
        must_have=[
            "Trať dlouhá přibližně 3,5 kilometru propojí Starý Lískovec s kampusem Masarykovy univerzity a s fakultní nemocnicí.",
            "Součástí projektu jsou také nové zastávky, parkoviště pro kola a úprava okolních ulic.",
        ]),
    # Gazet van Antwerpen: staff, Flemish, "za 14 juni 2025 om 06.00 uur" stamp, "©" credit, "LEES OOK." link, "Meer over" tags, newsletter.
    rec(cluster="gva-antwerpen-houtdok-zwemzone", role="single", file="gva_antwerpen_houtdok_zwemzone_nl.html", render="html",
        site=SITE_GVA,
        title="Houtdok wordt deze zomer officiële zwemzone", date="2025-06-14",
        country="BE", region="europe", lang="nl", authors=["Lieve Janssens"], section="Antwerpen", meta_section="Antwerpen",
        url="https://www.gva.example.be/cnt/dmf20250613_94712345",
        description="Vanaf 1 juli kan er onder toezicht van redders gezwommen worden op het Eilandje.",
        published="2025-06-14T06:00:00+02:00",
        byline_lines=["Lieve Janssens"], date_lines=["za 14 juni 2025 om 06.00 uur"],
        caption="Het Houtdok op het Eilandje, waar de zwemzone komt.", credit="Jef Peeters", credit_shown="\u00a9 Jef Peeters",
        inserts={3: [("link", "LEES OOK.", "Zwemmen in de Schelde blijft verboden: dit zijn de risico's")]},
        tags=("Meer over", ["Antwerpen", "Zwemmen", "Eilandje"]),
        newsletter_end=["Ontvang elke ochtend het belangrijkste nieuws uit Antwerpen in je mailbox", "Schrijf je in"],
        paras=P("""
Wie deze zomer op het Antwerpse Eilandje een frisse duik wil nemen, kan vanaf 1 juli terecht in een afgebakende
zwemzone in het Houtdok.

De stad heeft de zone afgezet met drijvende boeien en aan de kaai twee trappen en een ponton geplaatst.

Het water wordt elke week getest op bacteriën en blauwalg.

Als de waarden te hoog zijn, gaat de zwemzone meteen dicht, en dat wordt aangegeven met een vlag en op de website
van de stad.

Schepen voor Sport Koen Verhulst noemt het project een droom die uitkomt.

"Vroeger was zwemmen in de dokken ondenkbaar. Nu is het water proper genoeg en willen we de Antwerpenaars die kans
geven", zegt hij.

Er zijn elke dag redders aanwezig tussen 12 en 19 uur, zolang de zomervakantie duurt.

Kinderen onder 12 jaar mogen enkel zwemmen onder begeleiding van een volwassene.

Omwonenden vrezen voor extra drukte en lawaai op warme avonden.

De stad belooft extra controles en nieuwe fietsenstallingen in de buurt.
"""),
        must_have=[
            "Het water wordt elke week getest op bacteriën en blauwalg.",
            "Kinderen onder 12 jaar mogen enkel zwemmen onder begeleiding van een volwassene.",
        ]),
    # Los Andes (Mendoza): staff, "Por NAME" byline, late-evening stamp in -03:00, "Foto: NAME / Los Andes" credit, "Te puede interesar:" link.
    rec(cluster="losandes-aconcagua-temporada-record", role="single", file="losandes_aconcagua_temporada_record_es.html",
        render="html", site=SITE_LA,
        title="Aconcagua cerró la temporada con récord de andinistas extranjeros", date="2025-04-02",
        country="AR", region="americas", lang="es", authors=["Valentina Orozco"], section="Sociedad", meta_section="Sociedad",
        url="https://www.losandes.example.com.ar/sociedad/aconcagua-cerro-la-temporada-con-record-de-andinistas-extranjeros/",
        description="Entre noviembre y marzo ingresaron al parque unas 7.400 personas.",
        published="2025-04-02T22:15:00-03:00",
        byline_lines=["Por Valentina Orozco"], date_lines=["2 de abril de 2025 - 22:15"],
        caption="Andinistas en Plaza de Mulas, el campamento base de la ruta normal.", credit="Gustavo Rodó / Los Andes",
        credit_shown="Foto: Gustavo Rodó / Los Andes",
        inserts={2: [("link", "Te puede interesar:", "Vendimia 2025: cómo conseguir entradas para el Acto Central")],
                 5: [("ad", "Publicidad")]},
        tags=("Temas", ["Aconcagua", "Turismo", "Montañismo"]),
        paras=P("""
La temporada de ascensos al cerro Aconcagua terminó con un récord de visitantes extranjeros, según el balance que
presentó este miércoles el Ministerio de Energía y Ambiente de Mendoza.

Entre noviembre y marzo ingresaron al parque provincial unas 7.400 personas, de las cuales casi el 80 por ciento
llegó del exterior.

Los visitantes más numerosos fueron estadounidenses, brasileños, polacos y franceses.

Los permisos de ascenso se pagan en dólares y su valor varía según la temporada y la ruta elegida.

El director de Áreas Protegidas, Martín Quiroga, explicó que la recaudación se destinará a mejorar los campamentos
base y los servicios sanitarios.

"Tuvimos una temporada con buen clima y muy pocos rescates graves", señaló el funcionario.

Los guardaparques y el equipo médico realizaron unas 90 evacuaciones, la mayoría por mal de altura.

Las empresas de guías y los arrieros de Uspallata también informaron un aumento de la actividad.

El parque permanecerá abierto en invierno solo para expediciones con permiso especial.
"""),
        must_have=[
            "Los permisos de ascenso se pagan en dólares y su valor varía según la temporada y la ruta elegida.",
            "Los guardaparques y el equipo médico realizaron unas 90 evacuaciones, la mayoría por mal de altura.",
        ]),
    # Khaosod English: staff, "By NAME" byline, early-morning stamp in +07:00, "Photo:" credit, "Related:" link.
    rec(cluster="khaosod-udon-thani-red-lotus", role="single", file="khaosodenglish_udon_thani_red_lotus.html",
        render="html", site=SITE_KS,
        title="Udon Thani's Red Lotus Sea boat tours resume as blooms peak early", date="2025-01-14",
        country="TH", region="asia", lang="en", authors=["Thanakorn Saelim"], section="News", meta_section="News",
        url="https://www.khaosodenglish.example.com/news/2025/01/14/udon-thanis-red-lotus-sea-boat-tours-resume/",
        description="About 60 boats are carrying visitors across the lake each morning.",
        published="2025-01-14T06:15:00+07:00",
        byline_lines=["By Thanakorn Saelim"], date_lines=["January 14, 2025 6:15 am"],
        caption="Tourists take boats across the Red Lotus Sea in Udon Thani.",
        credit="Udon Thani Provincial Public Relations Office",
        credit_shown="Photo: Udon Thani Provincial Public Relations Office",
        inserts={2: [("link", "Related:", "Loy Krathong crowds return to Chiang Mai's Ping River")], 5: [("ad", "Advertisement")]},
        lists=[("Most Popular", ["Cabinet approves new visa rules for long-stay visitors", "BTS extends hours for New Year"])],
        paras=P("""
Boat tours on Udon Thani's Nong Han Kumphawapi lake, known as the Red Lotus Sea, have resumed after a short closure,
with local officials saying the pink blooms have reached their peak earlier than usual.

The tours were suspended for a week in late December after strong winds damaged several wooden piers.

Repairs were completed last weekend, and about 60 boats are now carrying visitors across the lake each morning.

The flowers open at dawn and begin to close by late morning, so most visitors arrive before 8am.

A boat for up to eight passengers costs 500 baht for a one-hour trip, according to the provincial tourism office.

Boat operator Somchai Phonsawat said bookings had been strong since the start of January, with many visitors coming
from Bangkok and Laos.

"This season the lotus is very thick, and tourists are happy with their photos," he said.

Officials urged visitors not to pick the flowers or throw rubbish into the lake, which is also an important habitat
for water birds.

The blooming season usually lasts until the end of February.
"""),
        must_have=[
            "The tours were suspended for a week in late December after strong winds damaged several wooden piers.",
            "The flowers open at dawn and begin to close by late morning, so most visitors arrive before 8am.",
        ]),
    # Göteborgs-Posten (gzipped): staff, Swedish, name + "Reporter" lines, "Publicerad" / "Uppdaterad" stamps, "Bild:" credit, dash quotes.
    rec(cluster="gp-frihamnen-bad-bastu", role="single", file="gp_frihamnen_bad_bastu_sv.html.gz", render="html", site=SITE_GP,
        title="Frihamnens bad får bastu och ny brygga till sommaren", date="2025-05-06",
        country="SE", region="europe", lang="sv", authors=["Johanna Lindqvist"], section="Göteborg", meta_section="Göteborg",
        url="https://www.gp.example.se/nyheter/goteborg/frihamnens-bad-far-bastu-och-ny-brygga-till-sommaren.a1b2c3d4",
        description="En flytande brygga med plats för omkring 200 badande ska vara på plats i mitten av juni.",
        published="2025-05-06T06:00:00+02:00", modified="2025-05-06T09:14:00+02:00",
        byline_lines=["Johanna Lindqvist", "Reporter"],
        date_lines=["Publicerad 6 maj 2025 kl 06.00", "Uppdaterad 6 maj 2025 kl 09.14"],
        caption="Badet vid Jubileumsparken i Frihamnen.", credit="Olof Ohlsson", credit_shown="Bild: Olof Ohlsson",
        inserts={3: [("ad", "Annons")]},
        tags=("Ämnen i artikeln", ["Göteborg", "Frihamnen", "Bad"]),
        lists=[("Mest läst", ["Spårvagnstrafiken stoppad vid Järntorget", "Blåvitt tappade ledningen sent"])],
        paras=P("""
Det kommunala badet i Frihamnen i Göteborg byggs ut inför sommaren.

En ny flytande brygga med plats för omkring 200 badande ska vara på plats i mitten av juni, meddelar kommunen.

Även den populära bastun vid Jubileumsparken får en ny byggnad med plats för fler besökare.

Den gamla bastun har varit fullbokad nästan varje helg sedan den öppnade.

– Vi ser att göteborgarna vill ha fler platser där man kan bada mitt i stan, säger projektledaren Erik Sandberg på
stadsbyggnadsförvaltningen.

Vattnet i älven testas varje vecka under badsäsongen.

Vid kraftigt regn kan bakteriehalterna stiga, och då avråder kommunen från bad i ett par dagar.

Badet är gratis, men bastun kräver förbokning via kommunens webbplats.

Utbyggnaden kostar omkring nio miljoner kronor och betalas av staden.

Området i Frihamnen ska på sikt bli en ny stadsdel med bostäder, skolor och parker.

– Badet är ett sätt att få folk att hitta hit redan nu, innan husen är byggda, säger Erik Sandberg.
"""),
        must_have=[
            "Vattnet i älven testas varje vecka under badsäsongen.",
            "Badet är gratis, men bastun kräver förbokning via kommunens webbplats.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, Imaz Press Réunion: staff, story on Kerguelen written from La Réunion, initials + site + e-mail signature, empty author field.
    rec(cluster="ipreunion-kerguelen-eoliennes", role="single", file="newsplease_ipreunion_kerguelen_eoliennes_fr.json",
        render="newsplease", title="Kerguelen : deux éoliennes vont alimenter la base de Port-aux-Français",
        date="2025-02-05", country="TF", region="africa", lang="fr",
        url="https://www.ipreunion.example.com/actualites-reunion/reportage/2025/02/05/kerguelen-deux-eoliennes-vont-alimenter-la-base-de-port-aux-francais,187654.html",
        source_domain="www.ipreunion.example.com",
        description="Les deux machines devraient couvrir environ 40 % des besoins en électricité de la base.",
        np_authors=[], np_publish="2025-02-05 10:42:00", np_download="2025-02-05 16:03:27",
        head_lines=["Publié le mercredi 5 février 2025 à 10:42"],
        tail_lines=["mb / www.ipreunion.com / redac@ipreunion.com",
                    "Lire aussi - Le Marion Dufresne repart pour sa dernière rotation de l'été austral"],
        paras=P("""
Deux éoliennes doivent être installées d'ici la fin de l'année sur la base de Port-aux-Français, dans l'archipel des
Kerguelen, pour réduire la consommation de gazole de la station scientifique.

L'annonce a été faite ce mercredi par les Terres australes et antarctiques françaises (TAAF), dont le siège se trouve
à Saint-Pierre.

Aujourd'hui, l'électricité de la base est produite presque entièrement par des groupes électrogènes alimentés au
gazole, acheminé depuis La Réunion par le Marion Dufresne.

Les deux machines, conçues pour résister à des vents de plus de 200 km/h, devraient couvrir environ 40 % des besoins
de la base.

Elles seront acheminées en pièces détachées lors de la prochaine rotation du navire ravitailleur.

"Les Kerguelen sont l'un des endroits les plus venteux de la planète, il était logique d'en tirer parti", explique
Hélène Marchal, responsable des projets énergie des TAAF.

Environ 45 personnes, pour la plupart des scientifiques et des techniciens, vivent à Port-aux-Français en hiver.

Les ornithologues suivront l'impact des éoliennes sur les oiseaux marins, très nombreux dans l'archipel.

Les TAAF étudient aussi l'installation de panneaux solaires sur la base de l'île Amsterdam.
"""),
        must_have=[
            "Elles seront acheminées en pièces détachées lors de la prochaine rotation du navire ravitailleur.",
            "Les ornithologues suivront l'impact des éoliennes sur les oiseaux marins, très nombreux dans l'archipel.",
        ]),
    # news-please, Laotian Times: staff, "By NAME" line, social follow line, tag line.
    rec(cluster="laotiantimes-savannakhet-dry-port", role="single", file="newsplease_laotiantimes_savannakhet_dry_port.json",
        render="newsplease", title="Savannakhet Dry Port Handles Record Number of Trucks as Corridor Trade Grows",
        date="2025-03-20", country="LA", region="asia", lang="en", authors=["Souksavanh Keola"],
        url="https://laotiantimes.example.com/2025/03/20/savannakhet-dry-port-handles-record-number-of-trucks/",
        source_domain="laotiantimes.example.com",
        description="More than 18,000 trucks passed through the facility in January and February.",
        np_authors=["Souksavanh Keola"], np_publish="2025-03-20 14:05:00", np_download="2025-03-20 19:48:02",
        head_lines=["By Souksavanh Keola", "March 20, 2025"],
        tail_lines=["Follow Laotian Times on Facebook for the latest news from Laos.", "Tags: Savannakhet, logistics, trade"],
        paras=P("""
The Savannakhet dry port in central Laos handled a record number of trucks in the first two months of this year, as
more goods move between Thailand and Vietnam along the East-West Economic Corridor.

More than 18,000 trucks passed through the facility in January and February, up about a fifth from the same period
last year, according to the port's management.

The dry port lies near the Second Thai-Lao Friendship Bridge, which links Savannakhet with Mukdahan in Thailand.

Goods arriving by road from Thailand are cleared by customs at the port before continuing to Vietnamese ports on the
coast.

Port manager Khamphone Sisavath said new scanning equipment had cut the average waiting time for trucks from six
hours to about two.

"We want Savannakhet to become a logistics hub, not just a place where trucks pass through," he said.

The provincial government plans to build warehouses and a cold storage facility next to the port.

Exports of bananas, cassava and rubber from southern Laos also pass through the facility.

Officials expect traffic to rise further once a planned railway from Savannakhet to the Vietnamese border is built.
"""),
        must_have=[
            "The dry port lies near the Second Thai-Lao Friendship Bridge, which links Savannakhet with Mukdahan in Thailand.",
            "Exports of bananas, cassava and rubber from southern Laos also pass through the facility.",
        ]),
    # news-please, Greymouth Star: Local Democracy Reporting byline, weekday date line, LDR funding line.
    rec(cluster="greymouthstar-floodwall-upgrade", role="single", file="newsplease_greymouthstar_floodwall_upgrade.json",
        render="newsplease", title="Council backs floodwall upgrade despite cost concerns",
        date="2025-07-30", country="NZ", region="oceania", lang="en", authors=["Brendon Tait"],
        url="https://www.greystar.example.co.nz/local-news/council-backs-floodwall-upgrade-despite-cost-concerns",
        source_domain="www.greystar.example.co.nz",
        description="A 700-metre section of the wall near Cobden Bridge will be raised by about 60 centimetres.",
        np_authors=["Brendon Tait"], np_publish="2025-07-30 00:00:00", np_download="2025-07-30 21:17:40",
        head_lines=["Brendon Tait, Local Democracy Reporter", "Wednesday, 30 July 2025"],
        tail_lines=["LDR is local body journalism co-funded by RNZ and NZ On Air."],
        paras=P("""
The Grey District Council has agreed to go ahead with a $9 million upgrade of part of Greymouth's floodwall, despite
concerns from some councillors about the cost to ratepayers.

The upgrade will raise a 700-metre section of the wall near Cobden Bridge by about 60 centimetres.

The floodwall was built after the Grey River flooded the town twice in 1988.

Council engineers told Tuesday's meeting that the current wall would not protect the town from a one-in-100-year
flood under updated river models.

Councillor Peter Haddow said the work was essential but questioned whether the council could afford its share.

"Nobody round this table wants to see water in Mawhera Quay again, but ratepayers are already stretched," he said.

The government's regional resilience fund will cover about half of the cost, with the rest split between the
council and the West Coast Regional Council.

Work is expected to begin next spring and take about 18 months.

The council will consult residents on how its share will be funded in its next annual plan.
"""),
        must_have=[
            "The floodwall was built after the Grey River flooded the town twice in 1988.",
            "Work is expected to begin next spring and take about 18 months.",
        ]),
    # trafilatura, Citi Newsroom: staff, "By: NAME" line, WhatsApp channel line, first category "News".
    rec(cluster="citinewsroom-cape-coast-castle-centre", role="single", file="trafilatura_citinewsroom_cape_coast_castle.json",
        render="trafilatura", title="Work begins on new visitor centre at Cape Coast Castle",
        date="2025-10-07", country="GH", region="africa", lang="en", authors=["Efua Asantewaa Owusu"], section="News",
        url="https://citinewsroom.example.com/2025/10/work-begins-on-new-visitor-centre-at-cape-coast-castle/",
        hostname="citinewsroom.example.com", source_hostname="Citi Newsroom",
        description="The centre will include a ticket office, an exhibition hall, a cafe and toilets.",
        tf_author="Efua Asantewaa Owusu", tf_date="2025-10-07", tf_language="en", categories="News;Regional News",
        tf_tags="Cape Coast;tourism;heritage",
        head_lines=["By: Efua Asantewaa Owusu", "October 7, 2025"],
        tail_lines=["Click here to join the Citi Newsroom WhatsApp channel"],
        paras=P("""
Work has begun on a new visitor centre at Cape Coast Castle, one of Ghana's most visited heritage sites, as the
country prepares for a rise in tourist arrivals next year.

The centre will include a ticket office, an exhibition hall, a cafe and toilets, which visitors have long
complained were inadequate.

The Ghana Museums and Monuments Board said the project would cost about GH¢25 million and should be completed by the
middle of 2026.

Cape Coast Castle, built in the 17th century, was one of the main holding points for enslaved Africans before they
were shipped across the Atlantic.

It is part of a group of forts and castles along Ghana's coast listed as a UNESCO World Heritage Site.

A regional tourism official, Kojo Essel, said the castle received more than 180,000 visitors last year, many of them
from the United States and the Caribbean.

"People come here to reconnect with history, and we need to receive them with dignity," he said.

Traders around the castle have been asked to relocate temporarily while construction takes place.

The castle museum will remain open throughout the works.
"""),
        must_have=[
            "The centre will include a ticket office, an exhibition hall, a cafe and toilets, which visitors have long "
            "complained were inadequate.",
            "Traders around the castle have been asked to relocate temporarily while construction takes place.",
        ]),
    # trafilatura, EMTV Online (PNG): staff, name / "EMTV News, Lae" / date lines, WordPress share and like lines, first category "News".
    rec(cluster="emtv-lae-main-market-reopens", role="single", file="trafilatura_emtv_lae_main_market.json",
        render="trafilatura", title="Lae Main Market reopens after fire repairs",
        date="2025-09-09", country="PG", region="oceania", lang="en", authors=["Margaret Kila"], section="News",
        url="https://emtv.example.com.pg/lae-main-market-reopens-after-fire-repairs/",
        hostname="emtv.example.com.pg", source_hostname="EMTV Online",
        description="About 600 stalls have been rebuilt after the June fire.",
        tf_author="Margaret Kila", tf_date="2025-09-09", tf_language="en", categories="News;Business",
        tf_tags="Lae;markets;Morobe",
        head_lines=["Margaret Kila", "EMTV News, Lae", "September 9, 2025"],
        tail_lines=["Share this:", "Click to share on Facebook (Opens in new window)", "Like this:", "Like Loading..."],
        paras=P("""
Vendors have returned to the Lae Main Market after repairs to stalls and roofing damaged in a fire in June.

The Lae City Authority said about 600 stalls had been rebuilt and new fire extinguishers and water tanks installed.

The fire destroyed the market's betel nut and fresh produce sections and forced hundreds of vendors to sell along
nearby roads.

City manager Joseph Waiya said the reopening would help families who depend on the market for their daily income.

Vendors will pay a reduced daily fee for the first three months to help them recover.

Market vendor Helen Kaupa, who sells vegetables from the Markham Valley, said business had been difficult since the
fire.

"We lost our stock and had nowhere to sell, so we are happy to be back," she said.

Police will increase patrols around the market to discourage theft and illegal street selling.

The authority plans to build a second market in the city's Tent Siti area next year.
"""),
        must_have=[
            "Vendors will pay a reduced daily fee for the first three months to help them recover.",
            "Police will increase patrols around the market to discourage theft and illegal street selling.",
        ]),
    # trafilatura, Dominican Today: staff, "Santiago.- " dateline, outlet placeholder author "by Dominican Today", first category "Local".
    rec(cluster="dominicantoday-santiago-monorail", role="single", file="trafilatura_dominicantoday_santiago_monorail.json",
        render="trafilatura", title="Santiago monorail test runs to begin in 2026",
        date="2025-07-15", dateline="Santiago.- ", city="Santiago de los Caballeros", country="DO", region="americas",
        lang="en", section="Local",
        url="https://dominicantoday.example.com/dr/local/2025/07/15/santiago-monorail-test-runs-to-begin-in-2026/",
        hostname="dominicantoday.example.com", source_hostname="Dominican Today",
        description="The line will have 17 stations and cross the city from east to west.",
        tf_author="Dominican Today", tf_date="2025-07-15", tf_language="en", categories="Local;Economy",
        tf_tags="Santiago;monorail;transport",
        head_lines=["by Dominican Today", "July 15, 2025"],
        tail_lines=["Tags: Santiago, monorail, transport"],
        paras=P("""
Test runs on the Santiago monorail will begin in the second half of 2026, the Office for the Reorganization of
Transport (Opret) said Monday.

Workers have completed most of the concrete columns along the first section of the line, which will cross the city
from east to west.

The line will have 17 stations and is expected to carry about 200,000 passengers a day when fully operational.

Opret spokesman Luis Almonte said the first trains would arrive from abroad early next year.

Residents along Estrella Sadhalá Avenue have complained about traffic jams and dust caused by the construction.

The authorities said lanes would be reopened as soon as each section of the elevated track was finished.

Santiago, the country's second-largest city, has relied for decades on privately run buses and shared taxis known as
conchos.

Business groups in the city say the monorail could reduce travel times and attract new investment.

The project is financed with loans and funds from the national budget.
"""),
        must_have=[
            "The authorities said lanes would be reopened as soon as each section of the elevated track was finished.",
            "Santiago, the country's second-largest city, has relied for decades on privately run buses and shared taxis "
            "known as conchos.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_GPM = site("GoodPlanet Mag'", "https://www.goodplanet.example.info", " - GoodPlanet Mag'", "fr_FR", "@GoodPlanet_",
                ["Actualités", "Environnement", "Climat", "Biodiversité", "Alimentation", "Énergie", "Société"],
                ["\u00a9 GoodPlanet Mag' 2025", "Mentions légales", "Contact"],
                share=["Partager sur Facebook", "Partager sur X", "Partager par e-mail"])

JSONL_STORIES = [
    # news-please shape: the AP story on The Dickinson Press (syndicated member of the AP cluster), name / agency / stamp lines, "What To Read Next".
    dict(BISMARCK, role="syndicated", file=JSONL_A, render="newsplease",
         url="https://www.thedickinsonpress.example.com/news/north-dakota/north-dakota-farmers-pile-soybeans-on-the-ground-as-export-sales-slow",
         source_domain="www.thedickinsonpress.example.com",
         np_authors=["Jana Morley"], np_publish="2025-11-04 15:27:00", np_download="2025-11-05 03:12:44",
         head_lines=["By Jana Morley", "The Associated Press", "November 04, 2025 03:27 PM"],
         tail_lines=[BISMARCK_CONTRIB, "What To Read Next", "Stark County commissioners approve jail budget"]),
    # trafilatura shape: the EFE story on La Jornada (syndicated member of the EFE cluster), "EFE" author, first category "Economía".
    dict(COBAN, role="syndicated", file=JSONL_A, render="trafilatura", section="Economía",
         url="https://www.jornada.example.com.mx/noticia/2025/10/22/economia/productores-de-cardamomo-de-guatemala-resienten-la-caida-de-precios-8842",
         hostname="www.jornada.example.com.mx", source_hostname="La Jornada",
         tf_author="EFE", tf_date="2025-10-22", tf_language="es", categories="Economía;Mundo",
         tf_tags="Guatemala;cardamomo;exportaciones",
         head_lines=["EFE", "22 de octubre de 2025 15:12"],
         tail_lines=["Comparte esta nota", "Más en Economía"]),
    # newsbeam text shape: Eye Radio (South Sudan), staff, "Author:" / "Published:" lines, WordPress share and like lines.
    rec(cluster="eyeradio-juba-maternity-wing", role="single", file=JSONL_A, render="newsbeam",
        title="Juba Teaching Hospital opens new maternity wing",
        date="2025-03-18", country="SS", region="africa", lang="en", authors=["Achol Deng Mabior"],
        url="https://www.eyeradio.example.org/juba-teaching-hospital-opens-new-maternity-wing/",
        nb_published="2025-03-18T14:30:00+02:00", outlet="Eye Radio", nb_authors=["Achol Deng Mabior"],
        head_lines=["Author: Achol Deng Mabior", "Published: March 18, 2025"],
        tail_lines=["Share this:", "Click to share on Facebook (Opens in new window)",
                    "Click to share on X (Opens in new window)", "Like this:", "Like Loading..."],
        paras=P("""
Juba Teaching Hospital has opened a new maternity wing that health officials say will double the number of women
who can give birth at the facility each day.

The wing has 60 beds, two operating theatres and a neonatal unit with incubators for premature babies.

It was built with support from international donors and will be staffed by midwives trained at the hospital's
nursing school.

Hospital director Dr. James Lado Wani said the old maternity ward was so crowded that mothers sometimes shared beds.

"Many mothers were sleeping on the floor after delivery. This new wing will restore their dignity," he said.

South Sudan has one of the highest maternal mortality rates in the world, according to the United Nations.

Health workers at the hospital have complained for months about delayed salaries.

The Ministry of Health said it was working to clear the arrears and to recruit more midwives.

The hospital also plans to open a blood bank later this year.
"""),
        must_have=[
            "The wing has 60 beds, two operating theatres and a neonatal unit with incubators for premature babies.",
            "Health workers at the hospital have complained for months about delayed salaries.",
        ]),
    # newsbeam html shape: the AFP story on GoodPlanet Mag' (syndicated member of the AFP cluster), "AFP" byline, "© AFP" sign-off, WordPress comment form.
    dict(DAKHLA, role="syndicated", file=JSONL_B, render="newsbeam", nb_html=True, site=SITE_GPM,
         section="Actualités", meta_section="Actualités",
         url="https://www.goodplanet.example.info/2025/03/12/au-sahara-occidental-dakhla-mise-sur-le-vent-pour-dessaler-leau-de-mer/",
         published="2025-03-12T15:20:00+01:00",
         nb_published="2025-03-12T14:20:00Z", outlet="GoodPlanet Mag'", nb_authors=[],
         ld_author=[{"@type": "Organization", "name": "AFP"}],
         byline_lines=["AFP"], date_lines=["Publié le 12 mars 2025"],
         end_lines=["\u00a9 AFP"],
         lists=[("A lire aussi", ["Sécheresse : l'Espagne accélère le dessalement", "Le Maroc mise sur l'hydrogène vert"])],
         comments=["Ecrire un commentaire",
                   "Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *"]),
    # news-please shape: Haaretz (English edition), staff, name / stamp with zone lines, topic-follow prompt with topic names.
    rec(cluster="haaretz-eilat-coral-nursery", role="single", file=JSONL_B, render="newsplease",
        title="Eilat Coral Nursery to Replant 10,000 Fragments as Reef Recovers From Heat Stress",
        date="2025-08-05", country="IL", region="asia", lang="en", authors=["Yael Bar-Or"],
        url="https://www.haaretz.example.com/israel-news/2025-08-05/ty-article/eilat-coral-nursery-to-replant-10000-fragments/0000018f-aaaa-bbbb-cccc-1234567890ab",
        source_domain="www.haaretz.example.com",
        description="A summer of unusually warm water bleached parts of the reef off the city's southern beach.",
        np_authors=["Yael Bar-Or"], np_publish="2025-08-05 12:31:00", np_download="2025-08-05 18:55:09",
        head_lines=["Yael Bar-Or", "Aug 5, 2025 12:31 pm IDT"],
        tail_lines=["Click the alert icon to follow topics:", "Israel Environment", "Eilat"],
        paras=P("""
Marine scientists in Eilat plan to replant about 10,000 coral fragments on the reef off the city's southern beach
over the next two years, after a summer of unusually warm water bleached parts of the reef.

The fragments are being grown in an underwater nursery near the Interuniversity Institute for Marine Sciences,
where they are attached to metal frames and cleaned by divers every week.

Coral reefs in the Gulf of Eilat are considered more resistant to heat than most reefs in the world, but scientists
say they are not immune.

This summer, water temperatures near the shore rose above 29 degrees Celsius for several weeks.

"What we saw this year was a warning," said Dr. Tamar Levin, a marine biologist who leads the project.

The project is funded by the Eilat municipality and a group of hotels on the city's coast.

Divers will replant the fragments in areas where coral cover has declined, mainly near the public beaches.

The researchers also hope to identify coral strains that cope best with high temperatures.

Snorkelers and divers will be asked to keep away from the replanted areas for several months.
"""),
        must_have=[
            "Coral reefs in the Gulf of Eilat are considered more resistant to heat than most reefs in the world, but "
            "scientists say they are not immune.",
            "Divers will replant the fragments in areas where coral cover has declined, mainly near the public beaches.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "thirty-third held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: CityNews' 2025-01-21T21:48-06:00 and Los Andes' "
    "2025-04-02T22:15-03:00 are the next day in UTC but stay on the local date; Khaosod English's "
    "2025-01-14T06:15+07:00 is 13 January in UTC but 14 January in Thailand; Les Echos' 11:40+01:00, El Informador's "
    "13:05-06:00, the Jakarta Globe's 15:40+07:00, iDNES' 14:12+02:00, Gazet van Antwerpen's 06:00+02:00 and "
    "Göteborgs-Posten's 06:00+02:00 stay on the same day; the Liverpool Echo's 'Updated', Les Echos' 'Mis à jour', "
    "CityNews' 'Last Updated' (22 January), Adevărul's 'Ultima actualizare' and Göteborgs-Posten's 'Uppdaterad' "
    "stamps are updates, not the publication; the Katherine Times' 'Updated April 29 2025 - 3:40pm, first published "
    "11:15am' line is one day (29 April); the Greymouth Star's news-please date has no time (midnight placeholder) and "
    "its 'Wednesday, 30 July 2025' line gives the day; GoodPlanet Mag's crawler stamp 14:20Z is 15:20 in the page's "
    "+01:00; Harian Metro's 'Mei 20, 2025 @ 3:48pm' and its 'Artikel ini disiarkan pada' line agree on 20 May",
    "dateline_city": "'Dakhla (Sahara occidental) (AFP) - ' -> 'Dakhla'; 'BISMARCK, N.D. (AP) \u2014 ' -> 'Bismarck'; "
    "'Cobán (Guatemala), 22 oct (EFE).- ' -> 'Cobán'; 'Westerland (dpa/lno) - ' -> 'Westerland' (the town on Sylt; "
    "'lno' is dpa's northern regional desk); '(ANSA) - PIACENZA, 12 FEB - ' -> 'Piacenza'; 'KUALA TERENGGANU: ' -> "
    "'Kuala Terengganu' (the Malaysian papers' capitals-and-colon dateline); 'WINNIPEG \u2014 ' -> 'Winnipeg'; "
    "'Bandar Lampung. ' -> 'Bandar Lampung' (the Jakarta Globe's 'City. ' house dateline, kept on wire copy; the "
    "story also mentions Liwa, which is not the dateline); 'Santiago.- ' -> 'Santiago de los Caballeros' (the "
    "Dominican city, Dominican Today's 'City.- ' dateline; not Santiago de Chile); EMTV's 'EMTV News, Lae' line "
    "under the writer's name is the reporter's base, not a dateline (city null); the other records have no "
    "dateline and take the country of the story's location (Kalgoorlie, Liverpool, East London, Sinpo, Recife, "
    "Timișoara, Katherine, Brno, Antwerp, Aconcagua in Mendoza, Udon Thani, Gothenburg, Kerguelen, Savannakhet, "
    "Greymouth, Cape Coast, Lae, Juba, Eilat)",
    "country": "Dakhla is in Western Sahara (EH, UN M49 Northern Africa -> africa), as GeoNames and ISO 3166 place "
    "it, whatever the administration; Port-aux-Français on Kerguelen is in the French Southern Territories (TF, UN "
    "M49 Eastern Africa -> africa), although the story was written in La Réunion; the Hankyoreh story is about "
    "Sinpo in North Korea (KP), although the paper is in Seoul; Cobán is in Guatemala (GT), reported by EFE and "
    "carried by two Mexican papers; Eilat is in Israel (IL, region asia); Juba is in South Sudan (SS)",
    "agency": "Les Echos ('Les Echos avec AFP') and GoodPlanet Mag' ('AFP', '\u00a9 AFP') carry AFP copy; the "
    "Bismarck Tribune and The Dickinson Press carry AP copy; El Informador ('Por: EFE') and La Jornada carry EFE; "
    "CityNews carries The Canadian Press (CP); the Jakarta Globe carries Reuters ('Reuters' byline and Reuters "
    "credits line) under its own 'City. ' dateline; iDNES carries ČTK ('ČTK' byline, no dateline); the Kieler "
    "Nachrichten carry dpa; the Gazzetta di Parma carries ANSA; Harian Metro carries Bernama ('Oleh Bernama', "
    "'- BERNAMA'); the Hankyoreh's '(KCNA/Yonhap)' is a photo credit, not the story's agency; all other records are "
    "staff copy (agency null)",
    "authors": "AP: 'JANA MORLEY Associated Press' (Bismarck Tribune) and 'By Jana Morley' over 'The Associated Press' "
    "(The Dickinson Press) plus 'Associated Press writer Tobias Wendt in Fargo, North Dakota, contributed to this "
    "report.' on both -> Jana Morley, Tobias Wendt; Reuters: '(Reporting by Dimas Prasetyo and Rina Kusuma; Editing by "
    "Joanna Pierce)' -> Dimas Prasetyo, Rina Kusuma; CP: 'by Darcy Halvorsen, The Canadian Press' -> Darcy "
    "Halvorsen; 'By Seo Hye-rin, staff reporter' at the end of the Hankyoreh story -> Seo Hye-rin; 'Brendon Tait, "
    "Local Democracy Reporter' -> Brendon Tait; 'Senior Reporter' (Liverpool Echo), 'Journalist' (DispatchLIVE, "
    "Katherine Times author card), 'Reporter' (Göteborgs-Posten) lines are job titles; agency-only bylines ('Les "
    "Echos avec AFP', 'AFP', 'Por: EFE', 'EFE', 'ČTK', 'ANSA', 'Oleh Bernama') give no authors; Imaz Press Réunion's "
    "'mb / www.ipreunion.com / redac@ipreunion.com' signature holds desk initials, not a name; Dominican Today's 'by "
    "Dominican Today' and its trafilatura author field are the outlet (placeholder); the Katherine Times photo "
    "credit names the writer, who is an author as the byline says",
    "editors": "'Editing by Joanna Pierce' in the Reuters credits line on the Jakarta Globe; no other record names an "
    "editor",
    "caption_credit": "credits without their wrapper: '(Fadil Benchekroun/AFP)' -> 'Fadil Benchekroun/AFP'; "
    "'(Reuters Photo/Agus Wiranto)' -> 'Reuters Photo/Agus Wiranto'; '| foto: Petr Kolář, MAFRA' -> 'Petr Kolář, "
    "MAFRA'; '\u00a9 Jef Peeters' -> 'Jef Peeters'; 'Foto: Gustavo Rodó / Los Andes' -> 'Gustavo Rodó / Los Andes'; "
    "'Photo: Udon Thani Provincial Public Relations Office' -> the office; 'Bild: Olof Ohlsson' -> 'Olof Ohlsson'; "
    "'(Image: Liverpool ECHO)' -> 'Liverpool ECHO'; '(KCNA/Yonhap)' -> 'KCNA/Yonhap'; 'Foto: Bruno Albuquerque/JC "
    "Imagem' -> 'Bruno Albuquerque/JC Imagem'; 'FOTO: STPT' -> 'STPT'; 'Picture by Ellie Marchetti' -> 'Ellie "
    "Marchetti'; El Informador's 'EFE/Rolando Cux' and CityNews' 'THE CANADIAN PRESS/Marlon Reddick' carry no wrapper",
    "section": "HTML pages (and the newsbeam html record) take article:section; trafilatura records take their first "
    "category; news-please, plain text and newsbeam text records have none",
    "chrome": "includes consent dialogs, reading-time and listen-button lines, bookmark notices, newsletter sign-ups "
    "with their privacy text, app and WhatsApp/Google News follow lines, comment gates and counters, topic-follow "
    "prompts, tag lists, author cards, publication-stamp lines, signatures and sign-offs, rights lines and the "
    "local-journalism funding line",
    "clusters": "three wire stories each with a syndicated copy in a batch (AP and EFE in the plain batch, AFP in the "
    "gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); "
    "all other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"les echos avec afp", "por: efe", "čtk", "ctk", "oleh bernama", "bernama", "the canadian press",
                "dominican today", "by dominican today", "staff reporter", "senior reporter", "reporter", "journalist",
                "local democracy reporter", "emtv news, lae", "emtv online", "the kalgoorlie miner", "kalgoorlie miner",
                "joanna pierce", "mb", "goodplanet mag'", "liverpool echo"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
