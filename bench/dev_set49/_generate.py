#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's forty-ninth development set (bench/dev_set49/, first written as the forty-sixth held-out set).

    .venv/bin/python bench/dev_set49/_generate.py

Writes ``bench/dev_set49/articles/*`` and ``bench/dev_set49/labels.json`` (next to this
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
bench/dev_set48/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout46_2025-a.jsonl"
JSONL_B = "crawl_holdout46_2025-b.jsonl.gz"


# ---- cluster: Reuters, Benghazi (MaltaToday scrape + copy on The Malaysian Reserve in the plain batch) ----

BENGHAZI = dict(
    cluster="reuters-benghazi-benina-airport-terminal",
    title="Libya's eastern authorities open new terminal at Benghazi's Benina airport",
    date="2025-03-05",
    dateline="BENGHAZI, Libya, March 5 (Reuters) - ",
    city="Benghazi",
    country="LY",
    region="africa",
    agency="Reuters",
    authors=["Salem al-Obeidi", "Nadia Haddad"],
    editors=["Louise Carrington"],
    lang="en",
    description="The terminal can handle up to 4 million passengers a year, nearly three times the capacity of the temporary halls.",
    paras=P("""
Authorities in eastern Libya opened a new passenger terminal at Benghazi's Benina International Airport on
Wednesday, more than a decade after fighting badly damaged the old building.

The terminal can handle up to 4 million passengers a year, nearly three times the capacity of the temporary halls
used since the airport reopened in 2017, said Faraj al-Mabrouk, head of the airport's management company.

Construction took just under three years and cost about 1.4 billion Libyan dinars ($290 million), according to the
reconstruction fund set up by the eastern-based administration.

Libya has been split since 2014 between rival administrations in the east and the west, and the eastern authorities
have launched a series of large building projects in Benghazi and Derna in recent years.

Several Arab and Turkish carriers have resumed flights to Benghazi over the past two years, and officials said they
hoped the new terminal would attract more foreign airlines.

"For years travellers waited in tents and portable cabins. Now they will have a modern airport," al-Mabrouk told
reporters at the opening ceremony.

The old terminal, which was built in the 1970s, will be demolished to make way for a cargo area, he said.

Libya's oil revenue has risen since output recovered to more than 1.3 million barrels per day, but the division of
the country's institutions has slowed spending on infrastructure, analysts say.
"""),
    must_have=[
        "Construction took just under three years and cost about 1.4 billion Libyan dinars ($290 million), according to the reconstruction fund set up by the eastern-based administration.",
        "The old terminal, which was built in the 1970s, will be demolished to make way for a cargo area, he said.",
    ],
)
REUTERS_CREDITS = "(Reporting by Salem al-Obeidi; Writing by Nadia Haddad; Editing by Louise Carrington)"

# ---- cluster: AP, Funafuti (The Maui News scrape + copy on Stars and Stripes in the gzipped batch) ----

FUNAFUTI = dict(
    cluster="ap-funafuti-undersea-internet-cable",
    title="Tuvalu's first undersea internet cable comes ashore, promising faster connections",
    date="2025-02-11",
    dateline="FUNAFUTI, Tuvalu (AP) \u2014 ",
    city="Funafuti",
    country="TV",
    region="oceania",
    agency="AP",
    authors=["Rhiannon Mercer", "Tomasi Vake"],
    editors=[],
    lang="en",
    description="The connection should be switched on by July and give Tuvalu's roughly 11,000 people far faster internet.",
    paras=P("""
A new undersea cable carrying high-speed internet came ashore in Tuvalu this week, a milestone for one of the
world's smallest and most remote nations, which has relied on slow and costly satellite links.

Workers hauled the cable onto the beach on Fongafale, the main islet of Funafuti atoll, from a ship that laid it
across the seabed from a junction on a larger regional cable near Fiji.

Officials expect the connection to be switched on by July after testing. It should give Tuvalu's roughly 11,000
people internet speeds many times faster than they have now, at a lower price.

"Our students, our hospital and our businesses have been waiting a long time for this," said Talia Semisi, who heads
the government's information and communication technology department.

The project cost about $40 million and was funded mostly by Australia, under a treaty signed in 2023 that also covers
security and climate-related migration.

Tuvalu, a chain of nine low-lying islands and atolls in the South Pacific, is among the countries most threatened by
rising seas.

Many Pacific island nations have connected to undersea cables in the past decade, often with funding from Australia,
Japan and the United States, amid competition with China for influence in the region.

Residents said the current satellite service often slows to a crawl in the evenings, when many people are online at
the same time.

A second landing on the atoll of Nukulaelae is planned for next year, officials said.
"""),
    must_have=[
        "Residents said the current satellite service often slows to a crawl in the evenings, when many people are online at the same time.",
        "A second landing on the atoll of Nukulaelae is planned for next year, officials said.",
    ],
)
AP_CONTRIB = "Associated Press writer Tomasi Vake in Suva, Fiji, contributed to this report."
AP_RIGHTS = ("Copyright 2025 The Associated Press. All rights reserved. This material may not be published, "
             "broadcast, rewritten or redistributed without permission.")

# ---- cluster: Lusa, São Tomé (Plataforma page + copy on Ver Angola in the plain batch) ----

SAOTOME = dict(
    cluster="lusa-sao-tome-porto-ana-chaves",
    title="São Tomé e Príncipe lança concurso para reabilitar o porto de Ana Chaves",
    date="2024-11-20",
    dateline="São Tomé, 20 nov 2024 (Lusa) - ",
    city="São Tomé",
    country="ST",
    region="africa",
    agency="Lusa",
    authors=[],
    editors=[],
    lang="pt",
    description="As obras incluem a reparação do cais, a dragagem do canal de acesso e a construção de um novo armazém.",
    paras=P("""
O Governo são-tomense lançou hoje um concurso público internacional para a reabilitação do porto de Ana Chaves, na
capital, a principal porta de entrada de mercadorias do arquipélago, anunciou o Ministério das Infraestruturas.

As obras incluem a reparação do cais, a dragagem do canal de acesso e a construção de um novo armazém, e deverão
custar cerca de 38 milhões de euros, segundo o ministério.

O porto, construído na década de 1960, não permite a atracagem de navios de grande porte, que têm de ficar ao largo
enquanto a carga é transportada para terra em batelões.

Esta operação encarece os produtos importados e provoca atrasos frequentes, sobretudo na época das chuvas, quando o
mar fica mais agitado.

"Um porto moderno é essencial para baixar o custo de vida e atrair investimento", afirmou o ministro das
Infraestruturas, Adérito Vaz da Costa, citado num comunicado.

As propostas podem ser apresentadas até ao final de fevereiro e o Governo espera que as obras comecem na segunda
metade de 2025.

São Tomé e Príncipe, com cerca de 230 mil habitantes, importa a maior parte dos alimentos e do combustível que
consome.

O financiamento do projeto conta com o apoio de parceiros internacionais, cujos nomes não foram divulgados.
"""),
    must_have=[
        "O porto, construído na década de 1960, não permite a atracagem de navios de grande porte, que têm de ficar ao largo enquanto a carga é transportada para terra em batelões.",
        "As propostas podem ser apresentadas até ao final de fevereiro e o Governo espera que as obras comecem na segunda metade de 2025.",
    ],
)

# ---- cluster: Penguin News (Falkland Islands), page + noisy re-scrape ----

STANLEY = dict(
    cluster="penguinnews-stanley-care-home",
    title="Plans for new Stanley care home approved by Legislative Assembly",
    date="2025-01-24",
    dateline="",
    city=None,
    country="FK",
    region="americas",
    agency=None,
    authors=["Kerry Ann Hewitt"],
    editors=[],
    lang="en",
    paras=P("""
Plans for a new care home in Stanley were approved by the Legislative Assembly on Thursday, with construction
expected to start before the end of the year.

The 24-bed home will be built on land next to the King Edward VII Memorial Hospital and will replace the care wing
inside the hospital, which has a waiting list.

The Falkland Islands Government has set aside 11.5 million pounds for the project in its capital programme, spread
over three financial years.

MLA Rosalind Short, who holds the health portfolio, told the Assembly that the number of Islanders aged over 75 is
expected to double within 15 years.

The current care wing has room for only 12 residents, and some older people have had to move overseas to find a
place.

Families who spoke to Penguin News said they welcomed the decision but were worried about whether enough staff could
be recruited.

"We are very glad it is finally happening, but a building is no use without people to work in it," said one
Stanley resident whose mother is on the waiting list.

Director of Health and Social Services Dr Alan Pryce said a recruitment campaign would begin next year, and that the
home would also offer training places for local carers.

Tenders for the construction contract will be invited in the spring, with the aim of opening the home in 2028.
"""),
    must_have=[
        "The current care wing has room for only 12 residents, and some older people have had to move overseas to find a place.",
        "Tenders for the construction contract will be invited in the spring, with the aim of opening the home in 2028.",
    ],
)
PN_PRE = ["Penguin News", "Home", "News", "Sport", "Features", "Letters", "Notices", "Subscribe"]
PN_HEAD = ["By Kerry Ann Hewitt"]
PN_DATE = ["24 January 2025"]
PN_COPY = "\u00a9 2025 Penguin News, Stanley, Falkland Islands"


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # MaltaToday (original of the Reuters cluster): "by Reuters", posted and last-updated stamps, Reuters credits line, reader-support appeal.
    dict(BENGHAZI, role="original", file="maltatoday_reuters_benghazi_benina_airport_terminal.txt", render="text",
         pre=[["MaltaToday", "News", "National", "Court & Police", "World", "Business", "Sport", "Environment", "Opinion", "Arts"],
              ["Subscribe", "Login"], ["World"]],
         head=[["by Reuters"], ["5 March 2025, 3:41pm", "Last updated on 5 March 2025, 4:02pm"]],
         inserts={3: ["Read also: Malta and Libya agree to study ferry link between Valletta and Tripoli"]},
         tail=[[REUTERS_CREDITS],
               ["Independent journalism costs money. Support MaltaToday for as little as \u20ac1.50 a week.", "Support MaltaToday"],
               ["Most Read"], ["\u00a9 2025 MediaToday Co. Ltd. All Rights Reserved."]]),
    # The Maui News (original of the AP cluster): Ogden layout, date before byline, "Save" button, AP photo credit, newsletter form.
    dict(FUNAFUTI, role="original", file="mauinews_ap_tuvalu_undersea_cable.txt", render="text",
         caption="Workers pull an undersea cable ashore on Fongafale, Tuvalu, on Feb. 10, 2025.",
         credit="AP Photo/Losa Tealei",
         pre=[["The Maui News", "News", "Local News", "Sports", "Business", "Opinion", "Obituaries", "Classifieds", "e-Edition"],
              ["Subscribe", "Login"]],
         head=[["Feb 11, 2025"], ["Save"], ["By RHIANNON MERCER, Associated Press"]],
         cap_lines=["Workers pull an undersea cable ashore on Fongafale, Tuvalu, on Feb. 10, 2025. (AP Photo/Losa Tealei)"],
         tail=[[AP_CONTRIB],
               ["Today's breaking news and more in your inbox"],
               ["I'm interested in (please check all that apply)", "Daily Newsletter", "Breaking News"],
               ["Are you a paying subscriber to the newspaper? *", "Yes", "No"],
               ["\u00a9 Copyright 2025 The Maui News | 100 Mahalani Street, Wailuku, HI 96793 | 808-244-3981"]]),
    # Penguin News (original of the re-scrape cluster): weekly paper, "By" line, date, share line, publishing-day line.
    dict(STANLEY, role="original", file="penguinnews_stanley_care_home.txt", render="text",
         pre=[PN_PRE], head=[PN_HEAD, PN_DATE],
         inserts={3: ["Advertisement"]},
         tail=[["Share this:", "Facebook", "X", "Email"],
               ["Penguin News is published every Friday. Subscribe to the print or digital edition."],
               [PN_COPY]]),
    dict(STANLEY, role="rescrape", file="penguinnews_stanley_care_home_rescrape.txt.gz", render="text", noise=True,
         pre=[PN_PRE], head=[PN_HEAD, PN_DATE], tail=[[PN_COPY]]),
    # Metro Libre (Panama): EFE copy, "Ciudad de Panamá, ... (EFE).- " dateline, EFE photo caption, tag line.
    rec(cluster="metrolibre-efe-mercado-mariscos", role="single",
        file="metrolibre_efe_mercado_mariscos_panama_es.txt", render="text",
        title="Panamá licitará la construcción de un nuevo mercado de mariscos en la capital",
        date="2024-10-16", dateline="Ciudad de Panamá, 16 oct (EFE).- ", city="Panama City",
        country="PA", region="americas", lang="es", agency="EFE",
        caption="Fotografía de archivo del mercado de mariscos de la avenida Balboa, en Ciudad de Panamá.",
        credit="EFE/Ricardo Alvear",
        pre=[["Metro Libre", "Nacionales", "Mundo", "Deportes", "Entretenimiento", "Economía", "Opinión", "Edición impresa"]],
        head=[["EFE"], ["16 de octubre de 2024 - 12:40 p.m."]],
        cap_lines=["Fotografía de archivo del mercado de mariscos de la avenida Balboa, en Ciudad de Panamá. EFE/Ricardo Alvear"],
        inserts={2: ["Lea también: Pescadores de Panamá Oeste piden más control a la pesca industrial"]},
        tail=[["Etiquetas:", "MIDA", "Pesca", "Mercado de Mariscos"],
              ["Síguenos en nuestro canal de WhatsApp"],
              ["\u00a9 2024 Metro Libre. Todos los derechos reservados."]],
        paras=P("""
El Gobierno de Panamá anunció este miércoles que licitará la construcción de un nuevo mercado de mariscos en la
capital, que sustituirá al actual, construido hace más de tres décadas en la avenida Balboa.

El proyecto tendrá un costo estimado de 28 millones de dólares e incluirá 180 puestos de venta, un área de
restaurantes y una planta de hielo, informó el Ministerio de Desarrollo Agropecuario (MIDA) en un comunicado.

El actual mercado, muy visitado por turistas, presenta problemas de drenaje y de refrigeración que obligan a los
comerciantes a desechar parte de la mercancía en los días de más calor.

"Los pescadores artesanales necesitan un lugar digno para vender su producto", dijo a EFE Eliécer Batista,
representante de una cooperativa de pescadores de la provincia de Panamá Oeste.

Según el MIDA, la pesca artesanal da empleo a unas 18.000 personas en el país y abastece buena parte del consumo
interno de pescado y mariscos.

La licitación se publicará en el portal oficial de compras públicas antes de fin de año y las obras deberían durar
unos 20 meses.

Durante la construcción, los comerciantes serán trasladados a instalaciones temporales cercanas, de acuerdo con el
ministerio.

Panamá exporta cada año camarón, atún y otros productos del mar, principalmente a Estados Unidos, Europa y Asia.
"""),
        must_have=[
            "El actual mercado, muy visitado por turistas, presenta problemas de drenaje y de refrigeración que obligan a los comerciantes a desechar parte de la mercancía en los días de más calor.",
            "La licitación se publicará en el portal oficial de compras públicas antes de fin de año y las obras deberían durar unos 20 meses.",
        ]),
    # The Morung Express (Nagaland): PTI copy, dateline with a colon, "Published on" stamp, share strings, contribution appeal.
    rec(cluster="morungexpress-pti-arunachal-helicopter-service", role="single",
        file="morungexpress_pti_arunachal_helicopter_service.txt", render="text",
        title="Arunachal to extend helicopter service to six more border villages",
        date="2025-01-15", dateline="Itanagar, January 15 (PTI): ", city="Itanagar",
        country="IN", region="asia", lang="en", agency="PTI",
        pre=[["The Morung Express", "Nagaland", "Northeast", "National", "International", "Business", "Sports", "Opinion", "E-Paper"]],
        head=[["Published on Jan 15, 2025"], ["Share Via", "Copy link"]],
        tail=[["Support The Morung Express.", "Your Contributions Matter", "Click Here"],
              ["Related Posts"], ["\u00a9 Copyright The Morung Express"]],
        paras=P("""
The Arunachal Pradesh government will extend its subsidised helicopter service to six more remote villages along the
border with China from next month, officials said on Wednesday.

The service, which is run by the state civil aviation department, now connects 22 helipads in the state with
Itanagar and other district headquarters.

The new routes will cover villages in Anjaw, Upper Siang and Dibang Valley districts, where road links are often cut
off by landslides during the monsoon.

Passengers will pay Rs 2,500 for a one-way ticket, while patients referred to hospitals and students travelling for
examinations will be given priority seats, an official said.

Residents of some of these villages currently have to walk for two days to reach the nearest motorable road, the
official added.

The state government has also sought funds from the Centre under the Vibrant Villages Programme to build roads and
mobile towers in the border areas.

Arunachal Pradesh, the largest state in the Northeast by area, shares a long and mountainous border with China.

Officials said two more helicopters would be hired to meet the extra demand.
"""),
        must_have=[
            "The new routes will cover villages in Anjaw, Upper Siang and Dibang Valley districts, where road links are often cut off by landslides during the monsoon.",
            "Officials said two more helicopters would be hired to meet the extra demand.",
        ]),
    # Oslobođenje (Sarajevo): FENA copy, "MOSTAR, 12. februara (FENA) - " dateline, Bosnian date stamp, photo line, tag and share lines.
    rec(cluster="oslobodjenje-fena-mostar-novi-autobusi", role="single",
        file="oslobodjenje_fena_mostar_novi_autobusi_bs.txt", render="text",
        title="Mostar dobio 15 novih autobusa za gradski i prigradski prijevoz",
        date="2025-02-12", dateline="MOSTAR, 12. februara (FENA) - ", city="Mostar",
        country="BA", region="europe", lang="bs", agency="FENA",
        caption="Novi autobusi ispred zgrade Gradske uprave Mostar", credit="FENA",
        pre=[["Oslobođenje", "Vijesti", "BiH", "Regija", "Svijet", "Ekonomija", "Sport", "Kultura", "Magazin"]],
        head=[["FENA"], ["12.02.2025. u 13:47"]],
        cap_lines=["Novi autobusi ispred zgrade Gradske uprave Mostar (Foto: FENA)"],
        inserts={3: ["Pročitajte još: Počela rekonstrukcija magistralnog puta Mostar - Stolac"]},
        tail=[["Tagovi:", "Mostar", "autobusi", "javni prijevoz"],
              ["Podijeli:", "Facebook", "X", "Viber"],
              ["\u00a9 2025 Oslobođenje d.o.o. Sva prava zadržana."]],
        paras=P("""
Javno preduzeće za gradski prijevoz u Mostaru danas je preuzelo 15 novih autobusa, koji će saobraćati na gradskim i
prigradskim linijama, saopćeno je iz Gradske uprave.

Vrijednost nabavke je oko 6,5 miliona KM, a dio sredstava osigurala je Vlada Hercegovačko-neretvanskog kantona.

Novi autobusi imaju klimu, prilaz za osobe u invalidskim kolicima i sistem za elektronsku naplatu karata.

Prosječna starost vozila u voznom parku preduzeća do sada je bila veća od 25 godina, pa su kvarovi i kašnjenja bili
česta pojava.

- Građani su godinama čekali ovaj dan. Ovo je tek prva faza obnove voznog parka - izjavio je direktor preduzeća Edin
Kreso.

Autobusi će najprije biti raspoređeni na linije prema Bijelom Polju, Blagaju i Rodoču, na kojima je broj putnika
najveći.

Cijene karata ostaju nepromijenjene, a mjesečne karte za učenike i penzionere i dalje će biti subvencionirane.

Iz Gradske uprave najavili su da bi do kraja godine trebao biti raspisan tender za nabavku još deset autobusa.
"""),
        must_have=[
            "Novi autobusi imaju klimu, prilaz za osobe u invalidskim kolicima i sistem za elektronsku naplatu karata.",
            "Cijene karata ostaju nepromijenjene, a mjesečne karte za učenike i penzionere i dalje će biti subvencionirane.",
        ]),
    # Nya Åland (Mariehamn): staff, name line, Finland-Swedish date stamp, "Läs också" line, tip line.
    rec(cluster="nyaaland-foglolinjen-elhybridfarja", role="single",
        file="nyaaland_foglolinjen_elhybridfarja_sv.txt", render="text",
        title="Landskapsregeringen beställer elhybridfärja till Föglölinjen",
        date="2024-09-18", country="AX", region="europe", lang="sv", authors=["Johanna Mattsson"],
        pre=[["Nya Åland", "Nyheter", "Sport", "Kultur & Nöje", "Debatt", "Ledare", "Familj", "E-tidningen"],
             ["Prenumerera", "Logga in"]],
        head=[["Johanna Mattsson"], ["18.9.2024 kl. 16.05"]],
        inserts={3: ["Läs också: Ålandstrafiken höjer biljettpriserna från nyår"]},
        tail=[["Dela", "Facebook", "X", "E-post"], ["Tipsa redaktionen"],
              ["\u00a9 Nya Ålands Tidningsaktiebolag"]],
        paras=P("""
Landskapsregeringen har skrivit avtal med ett varv i Finland om en ny elhybridfärja till Föglölinjen. Färjan ska
enligt planerna vara i trafik hösten 2026.

Den nya färjan får plats med 60 personbilar och 250 passagerare, vilket är något fler än den färja som trafikerar
linjen i dag.

Priset är 24 miljoner euro, och en del av kostnaden täcks av EU:s återhämtningsfond.

Färjan ska i första hand gå på el och laddas vid färjfästet i Svinö, medan dieselmotorerna bara ska användas som
reserv.

– Det här är den största enskilda investeringen i skärgårdstrafiken på många år, säger infrastrukturminister Anders
Lindholm.

Enligt landskapsregeringen kommer bränsleförbrukningen på linjen att minska med omkring 80 procent.

Föglöborna har länge klagat på att den nuvarande färjan ofta står stilla för reparationer, och under sommaren har
turer ställts in flera gånger.

Kommunstyrelsens ordförande i Föglö, Linda Eriksson, säger att beskedet är efterlängtat men att hon vill se en
reservplan för trafiken fram till dess att den nya färjan är klar.
"""),
        must_have=[
            "Färjan ska i första hand gå på el och laddas vid färjfästet i Svinö, medan dieselmotorerna bara ska användas som reserv.",
            "Enligt landskapsregeringen kommer bränsleförbrukningen på linjen att minska med omkring 80 procent.",
        ]),
    # Waterkant.Net (Suriname): staff, "Door Redactie" byline, Dutch date, share and related lines.
    rec(cluster="waterkant-saramaccakanaal-nieuwe-brug", role="single",
        file="waterkant_saramaccakanaal_nieuwe_brug_nl.txt", render="text",
        title="Nieuwe brug over het Saramaccakanaal moet eind dit jaar klaar zijn",
        date="2025-04-09", country="SR", region="americas", lang="nl",
        pre=[["Waterkant.Net", "Suriname nieuws", "Nederland", "Caribisch gebied", "Economie", "Sport", "Opinie"]],
        head=[["Door Redactie"], ["9 april 2025"]],
        inserts={4: ["Advertentie"]},
        tail=[["Delen:", "Facebook", "WhatsApp", "X"], ["Gerelateerd"],
              ["\u00a9 2025 Waterkant.Net - Suriname nieuws"]],
        paras=P("""
De bouw van een nieuwe brug over het Saramaccakanaal in Paramaribo-Noord moet eind dit jaar klaar zijn. Dat heeft
het ministerie van Openbare Werken bekendgemaakt.

De huidige brug is ruim vijftig jaar oud en is sinds vorig jaar gesloten voor vrachtverkeer.

Vrachtwagens moeten daardoor een omweg van enkele kilometers maken, wat volgens ondernemers in het gebied tot extra
kosten leidt.

De nieuwe brug krijgt twee rijstroken, een fietspad en trottoirs aan beide zijden. De kosten bedragen ruim SRD 180
miljoen.

Het project wordt gefinancierd uit een lening van een internationale ontwikkelingsbank, aldus het ministerie.

Bewoners klagen al jaren over de verkeersopstoppingen in de ochtend- en avondspits, vooral rond de scholen in het
gebied.

Tijdens de bouw blijft de oude brug open voor licht verkeer. Het ministerie vraagt weggebruikers wel rekening te
houden met vertragingen.

Na de oplevering van de nieuwe brug wordt de oude brug gesloopt. Op die plek komt volgens het ministerie een
voetgangersbrug.
"""),
        must_have=[
            "Vrachtwagens moeten daardoor een omweg van enkele kilometers maken, wat volgens ondernemers in het gebied tot extra kosten leidt.",
            "Bewoners klagen al jaren over de verkeersopstoppingen in de ochtend- en avondspits, vooral rond de scholen in het gebied.",
        ]),
    # The Orcadian (Orkney): staff, "By" line, date, "this week's edition" line, share and copyright lines.
    rec(cluster="orcadian-kirkwall-pier-upgrade", role="single",
        file="orcadian_kirkwall_pier_upgrade.txt", render="text",
        title="Kirkwall pier upgrade to go ahead after councillors approve funding",
        date="2025-05-08", country="GB", region="europe", lang="en", authors=["Fiona Rendall"],
        pre=[["The Orcadian", "News", "Sport", "Community", "What's On", "Farming", "Jobs", "Subscribe"]],
        head=[["By Fiona Rendall"], ["May 8, 2025"]],
        inserts={3: ["Advertisement"]},
        tail=[["Read more in this week's edition of The Orcadian, in shops now or as an e-edition."],
              ["Share"], ["\u00a9 The Orcadian 2025"]],
        paras=P("""
Work to strengthen and extend the pier in Kirkwall will go ahead this autumn after councillors approved 9 million
pounds of funding at a meeting of Orkney Islands Council on Tuesday.

The pier is used by the ferries serving the North Isles, as well as by fishing boats and cruise ship tenders during
the summer.

An inspection last year found that parts of the structure had been weakened by corrosion, and weight limits were
imposed on some sections.

Under the plans, the pier will be extended by 40 metres and a new covered waiting area will be built for ferry
passengers.

Councillor Ingrid Flett, who chairs the council's development and infrastructure committee, said the work was
overdue.

"Islanders depend on this pier every day, and we cannot allow it to deteriorate any further," she said.

Ferry services will continue during the work, although some sailings may be moved to the Hatston terminal at short
notice.

The council hopes the project will be completed before the start of the 2027 cruise season.
"""),
        must_have=[
            "Under the plans, the pier will be extended by 40 metres and a new covered waiting area will be built for ferry passengers.",
            "Ferry services will continue during the work, although some sailings may be moved to the Hatston terminal at short notice.",
        ]),
    # TOLOnews (Kabul): staff, name line, weekday date stamp, Dari/Pashto edition links, share line.
    rec(cluster="tolonews-kabul-new-buses", role="single",
        file="tolonews_kabul_new_buses.txt", render="text",
        title="Kabul Municipality Adds 100 New Buses to Public Transport Fleet",
        date="2024-12-02", country="AF", region="asia", lang="en", authors=["Ahmad Zia Nazari"],
        pre=[["TOLOnews", "Afghanistan", "Business", "Sports", "Health", "Science & Technology", "World", "Opinion", "Video"],
             ["دری", "پښتو"]],
        head=[["Ahmad Zia Nazari"], ["Mon, Dec 02 2024, 18:24"]],
        tail=[["Share this news"], ["Related News"], ["\u00a9 TOLOnews 2024"]],
        paras=P("""
Kabul Municipality said on Monday that 100 new buses have been added to the city's public transport fleet, and that
they will start operating on 12 routes this week.

According to the municipality, the buses were purchased by a private company under an agreement with the
municipality, and fares will remain at 10 afghanis per trip.

Residents of Kabul have long complained about overcrowded buses and the high cost of taxis, especially in the
western and northern parts of the city.

"Every morning we wait for a long time and most of the buses are full. If these new buses come regularly, it will
be very good for us," said Abdul Wahid, a resident of Khair Khana.

A spokesman for Kabul Municipality, Hamidullah Sarwari, said the number of buses would rise to 300 by the end of next
year.

Transport experts said that along with new buses, the roads and bus stations in Kabul also need to be improved.

Kabul, with a population of more than five million people, suffers from heavy air pollution during the winter.

The municipality said the new buses meet modern emission standards.
"""),
        must_have=[
            "Residents of Kabul have long complained about overcrowded buses and the high cost of taxis, especially in the western and northern parts of the city.",
            "Transport experts said that along with new buses, the roads and bus stations in Kabul also need to be improved.",
        ]),
    # Le National (Haiti): staff, bare name line, date, share and related lines.
    rec(cluster="lenational-hinche-nouveau-marche", role="single",
        file="lenational_hinche_nouveau_marche_fr.txt", render="text",
        title="Hinche : un nouveau marché public ouvre ses portes",
        date="2025-03-19", country="HT", region="americas", lang="fr", authors=["Roseline Pierre-Louis"],
        pre=[["Le National", "Actualités", "Politique", "Économie", "Société", "Culture", "Sport", "Opinions", "International"]],
        head=[["Roseline Pierre-Louis"], ["19 mars 2025"]],
        tail=[["Partager :", "Facebook", "X", "WhatsApp"], ["Articles similaires"],
              ["\u00a9 2025 Le National. Tous droits réservés."]],
        paras=P("""
La mairie de Hinche a inauguré mardi un nouveau marché public dans le centre-ville, destiné à accueillir plus de 400
marchandes qui vendaient jusqu'ici leurs produits au bord de la route nationale #3.

Le bâtiment, construit sur un terrain municipal proche de la place principale, compte des étals couverts, des
toilettes publiques, un point d'eau et un espace réservé à la vente de viande et de poisson.

Les travaux, qui ont duré un an et demi, ont coûté environ 45 millions de gourdes, financés par la mairie et par des
partenaires internationaux, selon le maire principal, Jean-Robert Dorvil.

« Les marchandes travaillaient sous le soleil et la pluie, parfois au milieu de la circulation. Elles méritent un lieu
digne », a déclaré le maire lors de la cérémonie.

Plusieurs marchandes ont salué l'ouverture du marché, tout en s'inquiétant du montant des frais de location des
étals, qui n'a pas encore été fixé.

Hinche, chef-lieu du département du Centre, accueille depuis plusieurs années des milliers de personnes déplacées
ayant fui les violences des gangs dans d'autres régions du pays.

La mairie affirme que le marché permettra aussi d'améliorer la collecte des déchets et de réduire les embouteillages
sur la route nationale.

Un comité de gestion composé de représentants de la mairie et des marchandes sera mis en place dans les prochaines
semaines.
"""),
        must_have=[
            "Plusieurs marchandes ont salué l'ouverture du marché, tout en s'inquiétant du montant des frais de location des étals, qui n'a pas encore été fixé.",
            "Un comité de gestion composé de représentants de la mairie et des marchandes sera mis en place dans les prochaines semaines.",
        ]),
]


# ---- HTML pages ---------------------------------------------------------------

SITE_PLAT = site("Plataforma", "https://www.plataformamedia.example.com", " - Plataforma", "pt_PT", "@plataformamacau",
                 ["Macau", "China", "Lusofonia", "Economia", "Sociedade", "Cultura", "Desporto", "Opinião"],
                 ["\u00a9 2024 Plataforma. Todos os direitos reservados.", "Sobre nós", "Estatuto editorial", "Contactos", "Política de privacidade"],
                 share=["Partilhar", "Facebook", "X", "WhatsApp", "LinkedIn"], top=["中文", "English", "Português"])
SITE_POL = site("Politiken", "https://politiken.example.dk", " | Politiken", "da_DK", "@politiken",
                ["Danmark", "Udland", "Kultur", "Debat", "Økonomi", "Sport", "Klima", "Mad", "Rejser"],
                ["\u00a9 Politiken", "JP/Politikens Hus A/S", "Kontakt", "Cookiepolitik", "Privatlivspolitik"],
                share=["Del", "Facebook", "X", "LinkedIn", "Kopiér link"], top=["Log ind", "Køb abonnement"],
                cookie="Politiken og vores partnere bruger cookies og lignende teknologier til at forbedre din oplevelse, måle trafik og vise relevante annoncer.",
                buttons=["Tillad alle", "Tilpas"])
SITE_NDR = site("NDR", "https://www.ndr.example.de", " | NDR.de - Nachrichten - Niedersachsen - Studio Lüneburg", "de_DE", "@NDRnds",
                ["Nachrichten", "Sport", "Ratgeber", "Kultur", "Fernsehen", "Radio", "Orchester & Chor", "ARD Mediathek"],
                ["\u00a9 Norddeutscher Rundfunk", "Impressum", "Datenschutz", "Barrierefreiheit", "Kontakt"],
                share=["Teilen", "Facebook", "WhatsApp", "E-Mail"],
                top=["Hamburg", "Mecklenburg-Vorpommern", "Niedersachsen", "Schleswig-Holstein"], skip="zum Inhalt springen")
SITE_PT = site("PalermoToday", "https://www.palermotoday.example.it", " - PalermoToday", "it_IT", "@PalermoToday",
               ["Cronaca", "Politica", "Economia", "Sport", "Attualità", "Zone", "Eventi", "Segnalazioni"],
               ["PalermoToday è parte del network Citynews", "\u00a9 Copyright 2010-2024 - PalermoToday", "Privacy", "Contatti"],
               share=["Condividi", "Facebook", "WhatsApp", "X", "Email"], top=["Accedi", "Abbonati"],
               cookie="Noi e terze parti selezionate utilizziamo cookie o tecnologie simili per finalità tecniche e, con il tuo consenso, anche per altre finalità come specificato nella cookie policy.",
               buttons=["Accetta", "Rifiuta", "Scopri di più e personalizza"])
SITE_TQ = site("TelQuel", "https://telquel.example.ma", " - TelQuel.ma", "fr_FR", "@TelQuelOfficiel",
               ["Politique", "Économie", "Société", "Culture", "Sport", "Monde", "Médias", "Chroniques"],
               ["\u00a9 TelQuel 2025", "Mentions légales", "Contact", "Publicité"],
               share=["Partager", "Facebook", "X", "LinkedIn", "WhatsApp"], top=["S'abonner", "Se connecter", "TelQuel Arabi"])
SITE_SABC = site("SABC News", "https://www.sabcnews.example.com", " - SABC News", "en_ZA", "@SABCNews",
                 ["News", "South Africa", "Politics", "Business", "World", "Sport", "Sci-Tech", "Lifestyle", "Watch Live"],
                 ["\u00a9 2025 SABC News", "About Us", "Contact Us", "Terms & Conditions", "Privacy Policy"],
                 share=["Share", "Facebook", "X", "WhatsApp", "Email"], graph=True)
SITE_NKN = site("NK News", "https://www.nknews.example.org", " - NK News", "en_US", "@nknewsorg",
                ["Politics", "Economy", "Society", "Military", "Diplomacy", "Korean Peninsula", "NK Pro", "Events"],
                ["\u00a9 Korea Risk Group 2025", "About", "Contact", "Terms of Service", "Privacy Policy"],
                share=["Share", "Facebook", "X", "LinkedIn", "Email"], top=["Log in", "Subscribe"])
SITE_POST = site("The Post", "https://www.thepost.example.co.nz", " | The Post", "en_NZ", "@thepostnz",
                 ["Wellington", "New Zealand", "World", "Politics", "Business", "Sport", "Opinion", "Life & Style", "Puzzles"],
                 ["\u00a9 2025 Stuff Ltd", "Privacy Policy", "Terms & Conditions", "Contact Us"],
                 share=["Share", "Facebook", "X", "Email"], top=["Subscribe", "Log in", "Today's Paper"])
SITE_ZF = site("Ziarul Financiar", "https://www.zf.example.ro", " | Ziarul Financiar", "ro_RO", "@ZiarulFinanciar",
               ["Companii", "Burse-Fonduri mutuale", "Bănci-Asigurări", "Macroeconomie", "Imobiliare", "Agricultură", "Opinii", "ZF Live"],
               ["\u00a9 2025 Ziarul Financiar", "Termeni și condiții", "Politica de confidențialitate", "Contact"],
               share=["Distribuie", "Facebook", "LinkedIn", "WhatsApp"], top=["Abonează-te", "Autentificare"],
               cookie="Folosim cookie-uri pentru a-ți oferi cea mai bună experiență pe site-ul nostru și pentru a afișa reclame personalizate.",
               buttons=["Accept", "Setări"])

HTML_STORIES = [
    # Plataforma (Macau; original of the Lusa cluster): Lusa dateline, "Lusa" byline, Lusa initials line, language-edition links.
    dict(SAOTOME, role="original", file="plataforma_lusa_sao_tome_porto_ana_chaves_pt.html", render="html",
         site=SITE_PLAT, section="Lusofonia", meta_section="Lusofonia",
         url="https://www.plataformamedia.example.com/2024/11/20/sao-tome-e-principe-lanca-concurso-para-reabilitar-o-porto-de-ana-chaves/",
         published="2024-11-20T19:25:00+08:00",
         ld_author=[{"@type": "Organization", "name": "Lusa"}],
         byline_lines=["Lusa"], date_lines=["20/11/2024"],
         caption="Porto de Ana Chaves, em São Tomé", credit="Lusa", credit_shown="Foto: Lusa",
         end_lines=["ASR // VM"],
         tags=("Tags", ["São Tomé e Príncipe", "Portos", "Infraestruturas"]),
         lists=[("Leia também", ["Cabo Verde recebe novo navio para ligações entre ilhas", "Guiné-Bissau anuncia reabilitação da estrada Bissau-Safim"])]),
    # Politiken: Ritzau copy, "Ritzau" byline, abbreviated Danish stamp, Ritzau Scanpix credit, "/ritzau/" sign-off, consent wall.
    rec(cluster="politiken-ritzau-ladestandere", role="single",
        file="politiken_ritzau_ladestandere_da.html", render="html", site=SITE_POL,
        title="Antallet af offentlige ladestandere er steget med 40 procent på et år", date="2024-10-08",
        country="DK", region="europe", lang="da", agency="Ritzau", section="Danmark", meta_section="Danmark",
        url="https://politiken.example.dk/danmark/art10123456/Antallet-af-offentlige-ladestandere-er-steget-med-40-procent-p%C3%A5-et-%C3%A5r",
        description="Der er nu over 45.000 offentligt tilgængelige ladepunkter til elbiler i Danmark.",
        published="2024-10-08T10:42:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Ritzau"}],
        byline_lines=["Ritzau"], date_lines=["8. okt. 2024 kl. 10.42"],
        caption="En elbil lader ved en ladestation ved motorvejen nær Vejle.", credit="Henrik Bjerre/Ritzau Scanpix",
        credit_shown="Foto: Henrik Bjerre/Ritzau Scanpix",
        inserts={3: [("ad", "Annonce")]},
        end_lines=["/ritzau/"],
        lists=[("Mest læste", ["Regeringen vil hæve afgiften på flybilletter", "Storm lukker Storebæltsbroen for lette køretøjer"])],
        paras=P("""
Der er nu over 45.000 offentligt tilgængelige ladepunkter til elbiler i Danmark. Det er 40 procent flere end for et år
siden, viser en opgørelse fra brancheorganisationen Dansk Elbil Alliance, som Ritzau har fået indsigt i.

Især langs motorvejene og i de større byer er der kommet mange nye ladestandere til.

Til gengæld halter udbygningen i dele af Vestjylland og på de små øer, hvor der stadig er langt mellem de hurtige
ladere.

- Vi ser en meget positiv udvikling, men der er stadig huller på landkortet, som skal lukkes, siger Mette Kjærgaard,
der er analysechef i organisationen.

Ifølge opgørelsen er der i dag omkring ni elbiler pr. offentligt ladepunkt.

Regeringen har tidligere meldt ud, at den vil sende ladestandere i udbud langs statsvejene for at sikre, at der er
mulighed for lynopladning med jævne mellemrum.

Flere kommuner har også givet private selskaber lov til at opstille ladestandere på offentlige parkeringspladser.

I september udgjorde elbiler over halvdelen af alle nye personbiler, der blev solgt i Danmark.
"""),
        must_have=[
            "Til gengæld halter udbygningen i dele af Vestjylland og på de små øer, hvor der stadig er langt mellem de hurtige ladere.",
            "Flere kommuner har også givet private selskaber lov til at opstille ladestandere på offentlige parkeringspladser.",
        ]),
    # NDR (gzipped): staff, "von NAME" byline, "Stand:" stamp, teaser, "Weitere Informationen" box, programme line, keyword list.
    rec(cluster="ndr-cuxhaven-rufbus", role="single",
        file="ndr_cuxhaven_rufbus_de.html.gz", render="html", site=SITE_NDR,
        title="Landkreis Cuxhaven weitet Rufbus-Angebot auf alle Gemeinden aus", date="2025-01-22",
        country="DE", region="europe", lang="de", authors=["Jana Behrens"], section="Niedersachsen", meta_section="Niedersachsen",
        url="https://www.ndr.example.de/nachrichten/niedersachsen/lueneburg_heide_unterelbe/Landkreis-Cuxhaven-weitet-Rufbus-Angebot-aus,rufbus482.html",
        description="Ab Februar können Fahrgäste im gesamten Landkreis einen Kleinbus per App oder Telefon bestellen.",
        published="2025-01-22T16:45:00+01:00",
        dek="Ab Februar können Fahrgäste im gesamten Landkreis einen Kleinbus per App oder Telefon bestellen. Das Angebot soll vor allem älteren Menschen helfen.",
        breadcrumbs=["Nachrichten", "Niedersachsen", "Studio Lüneburg"],
        byline_lines=["von Jana Behrens"], date_lines=["Stand: 22.01.2025 16:45 Uhr"],
        caption="Ein Kleinbus mit der Aufschrift Rufbus steht an einer Haltestelle.",
        credit="picture alliance / dpa | Jonas Wendler", credit_shown="\u00a9 picture alliance / dpa | Jonas Wendler",
        inserts={3: [("box", "Weitere Informationen", ["Deutschlandticket: Was Fahrgäste jetzt wissen müssen", "Busfahrer gesucht: Verkehrsbetriebe werben um Personal"])]},
        below_body=[("programm", "Dieses Thema im Programm: NDR 1 Niedersachsen | Regional Lüneburg | 22.01.2025 | 16:30 Uhr")],
        tags=("Schlagwörter zu diesem Artikel", ["Nahverkehr", "Landkreis Cuxhaven"]),
        lists=[("Mehr Nachrichten aus der Region Lüneburg", ["Elbvertiefung: Neue Liegeplätze für Schiffe vor Stade", "Heidekreis: Zwei Grundschulen werden zusammengelegt"])],
        paras=P("""
Im Landkreis Cuxhaven sollen ab dem 1. Februar in allen Gemeinden Rufbusse unterwegs sein. Das hat der Kreistag am
Mittwoch beschlossen.

Bislang gab es das Angebot nur in drei Gemeinden im Süden des Landkreises. Dort seien die Erfahrungen gut gewesen,
sagte ein Sprecher des Landkreises.

Die Kleinbusse fahren nicht nach einem festen Fahrplan, sondern nur dann, wenn sie bestellt werden. Fahrgäste können
eine Fahrt per App oder telefonisch bis eine Stunde vorher buchen.

Eine Fahrt kostet so viel wie ein normales Busticket, Inhaber des Deutschlandtickets fahren ohne Aufpreis.

Vor allem in den Abendstunden und am Wochenende gibt es in vielen Dörfern bislang kaum Busverbindungen.

„Wer kein Auto hat, ist auf dem Land oft aufgeschmissen“, sagte eine Seniorin aus Beverstedt, die das Angebot in der
Testphase genutzt hat.

Der Landkreis rechnet mit Kosten von rund 3,2 Millionen Euro pro Jahr. Einen Teil davon übernimmt das Land
Niedersachsen.

Insgesamt sollen 25 Kleinbusse im Einsatz sein, die meisten davon mit Elektroantrieb.
"""),
        must_have=[
            "Vor allem in den Abendstunden und am Wochenende gibt es in vielen Dörfern bislang kaum Busverbindungen.",
            "Insgesamt sollen 25 Kleinbusse im Einsatz sein, die meisten davon mit Elektroantrieb.",
        ]),
    # PalermoToday (Citynews network): staff, bare name, date-time stamp, WhatsApp channel promo, "Argomenti" tags, consent wall.
    rec(cluster="palermotoday-tram-contratto-nuove-linee", role="single",
        file="palermotoday_tram_contratto_nuove_linee_it.html", render="html", site=SITE_PT,
        title="Tram, firmato il contratto per le nuove linee: i primi cantieri partiranno in autunno", date="2024-07-17",
        country="IT", region="europe", lang="it", authors=["Giulia Lo Cascio"], section="Cronaca", meta_section="Cronaca",
        url="https://www.palermotoday.example.it/cronaca/tram-contratto-nuove-linee-cantieri-autunno.html",
        description="Il progetto prevede circa 27 chilometri di nuovi binari e un investimento di circa 480 milioni di euro.",
        published="2024-07-17T13:05:00+02:00",
        kicker="Mobilità",
        byline_lines=["Giulia Lo Cascio"], date_lines=["17 luglio 2024 13:05"],
        inserts={4: [("promo", ["Segui PalermoToday su WhatsApp", "Le notizie più importanti direttamente sul tuo smartphone", "Iscriviti al canale"])]},
        tags=("Argomenti:", ["tram", "mobilità", "lavori pubblici"]),
        lists=[("I più letti", ["Incidente in viale Regione Siciliana, chiusa una corsia", "Mondello, arriva il bus navetta notturno per l'estate"])],
        paras=P("""
È stato firmato oggi a Palazzo delle Aquile il contratto per la realizzazione delle nuove linee del tram di
Palermo. I primi cantieri dovrebbero aprire in autunno.

Il progetto prevede circa 27 chilometri di nuovi binari, che collegheranno il centro storico con la stazione
Notarbartolo, lo stadio e la zona di via Leonardo da Vinci.

L'opera, dal valore di circa 480 milioni di euro, è finanziata in gran parte con fondi statali ed europei.

Secondo il cronoprogramma presentato dal Comune, i lavori dureranno circa quattro anni e saranno divisi in lotti per
limitare i disagi alla circolazione.

«È una giornata importante per la città, che aspettava questo momento da anni», ha detto l'assessore alla Mobilità,
Rosario Ingrassia, durante la conferenza stampa.

Non mancano però le preoccupazioni dei commercianti delle strade interessate, che temono un calo degli affari durante
i cantieri.

L'amministrazione ha annunciato che saranno previsti indennizzi per le attività che subiranno maggiori danni.

Attualmente a Palermo sono in funzione quattro linee tranviarie, inaugurate nel 2015.
"""),
        must_have=[
            "Secondo il cronoprogramma presentato dal Comune, i lavori dureranno circa quattro anni e saranno divisi in lotti per limitare i disagi alla circolazione.",
            "L'amministrazione ha annunciato che saranno previsti indennizzi per le attività che subiranno maggiori danni.",
        ]),
    # TelQuel: staff, "Par" byline, "Le ... à 15h20" stamp and "Mis à jour" stamp, "Crédit:" photo credit, "Lire aussi" link.
    rec(cluster="telquel-tanger-parkings-souterrains", role="single",
        file="telquel_tanger_parkings_souterrains_fr.html", render="html", site=SITE_TQ,
        title="Tanger : la commune lance la construction de quatre parkings souterrains", date="2025-02-26",
        country="MA", region="africa", lang="fr", authors=["Yasmine Bennani"], section="Société", meta_section="Société",
        url="https://telquel.example.ma/2025/02/26/tanger-la-commune-lance-la-construction-de-quatre-parkings-souterrains_1912345",
        description="Les travaux doivent durer deux ans et permettre de créer près de 2000 places de stationnement en centre-ville.",
        published="2025-02-26T15:20:00+01:00", modified="2025-02-27T09:10:00+01:00",
        dek="Les travaux doivent durer deux ans et permettre de créer près de 2000 places de stationnement en centre-ville.",
        byline_lines=["Par Yasmine Bennani"], date_lines=["Le 26 février 2025 à 15h20", "Mis à jour le 27 février 2025 à 09h10"],
        caption="Le boulevard Pasteur, dans le centre de Tanger.", credit="Karim Belhaj / TelQuel",
        credit_shown="Crédit: Karim Belhaj / TelQuel",
        inserts={2: [("link", "Lire aussi :", "Tanger Med : un nouveau record de conteneurs en 2024")]},
        tags=("Mots-clés", ["Tanger", "Mobilité urbaine"]),
        paras=P("""
La commune de Tanger a lancé mardi les travaux de quatre parkings souterrains dans le centre-ville, qui doivent
offrir au total près de 2000 places de stationnement.

Les parkings seront construits sous la place des Nations, le boulevard Pasteur, l'avenue Mohammed V et à proximité
du Grand Socco.

Le coût du projet est estimé à 620 millions de dirhams, financés par la commune et par une société de développement
local, selon un communiqué.

Le stationnement est devenu un casse-tête pour les habitants et les visiteurs de la ville, dont la population a
fortement augmenté au cours des quinze dernières années.

En été, lorsque des centaines de milliers de Marocains résidant à l'étranger rentrent au pays, la circulation dans
le centre est souvent paralysée.

Les commerçants du boulevard Pasteur craignent toutefois une baisse de leur activité pendant la durée du chantier.

La commune assure que la circulation sera maintenue sur les principaux axes et que les travaux seront réalisés par
phases.

Les tarifs de stationnement n'ont pas encore été fixés.
"""),
        must_have=[
            "Le stationnement est devenu un casse-tête pour les habitants et les visiteurs de la ville, dont la population a fortement augmenté au cours des quinze dernières années.",
            "La commune assure que la circulation sera maintenue sur les principaux axes et que les travaux seront réalisés par phases.",
        ]),
    # SABC News: staff, name line, date-time stamp, "[File Image]" tag before the caption, "Image:" credit, tags, related stories.
    rec(cluster="sabcnews-vhembe-mutale-bridge", role="single",
        file="sabcnews_vhembe_mutale_bridge.html", render="html", site=SITE_SABC,
        title="New bridge reopens link between Vhembe villages two years after floods", date="2025-05-14",
        country="ZA", region="africa", lang="en", authors=["Tshilidzi Mudau"], section="South Africa", meta_section="South Africa",
        url="https://www.sabcnews.example.com/sabcnews/new-bridge-reopens-link-between-vhembe-villages-two-years-after-floods/",
        description="The old low-level bridge over the Mutale River was washed away during floods in February 2023.",
        published="2025-05-14T15:40:00+02:00",
        breadcrumbs=["Home", "South Africa"],
        byline_lines=["Tshilidzi Mudau"], date_lines=["14 May 2025, 3:40 PM"],
        caption="Floodwater covers a low-level bridge in the Vhembe district in February 2023.", caption_prefix="[File Image]",
        credit="SABC News", credit_shown="Image: SABC News",
        tags=("Tags:", ["Limpopo", "Vhembe", "Infrastructure"]),
        lists=[("Related Stories", ["Limpopo roads department repairs flood-damaged routes", "Residents in Thohoyandou demand water supply"])],
        paras=P("""
Residents of several villages in the Vhembe district in Limpopo can once again cross the Mutale River after a new
bridge was officially opened on Wednesday.

The old low-level bridge was washed away during heavy floods in February 2023, cutting off thousands of people from
schools, clinics and shops.

Since then, learners and workers have had to use a detour of more than 30 kilometres or cross the river on foot when
the water was low.

The new bridge was built by the Limpopo Department of Public Works, Roads and Infrastructure at a cost of R48
million.

Department spokesperson Mashudu Ravele said the bridge had been designed to withstand floods of the kind that hit the
province in 2023.

Local taxi operators say the bridge will cut travel times and reduce damage to their vehicles.

"We used to wait for days for the water to go down. Now our children can go to school every day," said resident
Grace Nemadodzi.

The department says it is also repairing 14 other bridges in the province that were damaged by floods.
"""),
        must_have=[
            "Since then, learners and workers have had to use a detour of more than 30 kilometres or cross the river on foot when the water was low.",
            "The department says it is also repairing 14 other bridges in the province that were damaged by floods.",
        ]),
    # NK News: staff, bare name, "| Image: KCNA (date)" credit, "Edited by" line, subscription box.
    rec(cluster="nknews-pyongyang-sopho-trolleybus", role="single",
        file="nknews_pyongyang_sopho_trolleybus.html", render="html", site=SITE_NKN,
        title="North Korea opens new trolleybus line to Pyongyang's northern suburbs, state media says", date="2025-04-16",
        country="KP", region="asia", lang="en", authors=["Eun-ji Seo"], editors=["Tom Merrick"],
        section="Society", meta_section="Society",
        url="https://www.nknews.example.org/2025/04/north-korea-opens-new-trolleybus-line-to-pyongyangs-northern-suburbs-state-media-says/",
        description="The 11-kilometer route will serve residents of new housing complexes in Sopho district, KCNA said.",
        published="2025-04-16T15:12:00+09:00",
        byline_lines=["Eun-ji Seo"], date_lines=["April 16, 2025"],
        caption="Trolleybuses at the opening ceremony of the new line in Sopho district",
        credit="KCNA", credit_shown="| Image: KCNA (April 16, 2025)",
        end_lines=["Edited by Tom Merrick"],
        newsletter_end=["Get unlimited access to all NK News content, including original reporting, investigations, and analyses by our team of North Korea experts.",
                        "Subscribe now", "Already a subscriber? Log in"],
        paras=P("""
North Korea has opened a new trolleybus line linking central Pyongyang with the Sopho district on the capital's
northern edge, state media reported Wednesday, part of a push to ease pressure on the city's aging public transport
system.

The Korean Central News Agency (KCNA) said the 11-kilometer route would serve residents of the new housing complexes
built in the area over the past two years.

Photos released by state media showed a line of newly painted trolleybuses decorated with flowers and red ribbons at
a ceremony attended by local officials and workers.

The vehicles appear to be the Chollima-321 model produced at the Pyongyang Trolleybus Factory, which state media
first showcased in 2021.

KCNA did not say how many vehicles would run on the route or how often.

Pyongyang's trolleybus and tram network dates back to the 1960s, and foreign visitors have long reported crowded
vehicles and frequent breakdowns caused by power shortages.

Satellite imagery reviewed by NK News shows that overhead wires were installed along much of the route late last
year.

North Korea has announced a series of transport and housing projects in the capital in recent years, though outside
observers have limited ability to verify how well they work.
"""),
        must_have=[
            "KCNA did not say how many vehicles would run on the route or how often.",
            "Satellite imagery reviewed by NK News shows that overhead wires were installed along much of the route late last year.",
        ]),
    # The Post (Wellington, Stuff masthead): staff, time-first stamp, upper-case "NAME/THE POST" credit, newsletter lines.
    rec(cluster="thepost-wellington-cable-car-closure", role="single",
        file="thepost_wellington_cable_car_closure.html", render="html", site=SITE_POST,
        title="Wellington cable car to close for six weeks for track and cable upgrade", date="2025-03-27",
        country="NZ", region="oceania", lang="en", authors=["Rosa Whittaker"], section="Wellington", meta_section="Wellington",
        url="https://www.thepost.example.co.nz/nz-news/360612345/wellington-cable-car-close-six-weeks-track-and-cable-upgrade",
        description="A free shuttle bus will run between Lambton Quay and Kelburn during the closure.",
        published="2025-03-27T05:00:00+13:00",
        byline_lines=["Rosa Whittaker"], date_lines=["05:00, Mar 27 2025"],
        caption="The cable car is one of Wellington's best-known tourist attractions.", credit="MARTIN HOLLAND/THE POST",
        inserts={2: [("ad", "Advertisement")]},
        newsletter_end=["Get the day's news in your inbox", "Sign up to The Post's newsletter"],
        paras=P("""
The Wellington Cable Car will close for six weeks from mid-June while its tracks and cables are replaced, the
council-owned company that runs it has confirmed.

It will be the longest closure for the cable car since its major rebuild in the late 1970s, when the original
carriages were replaced.

The work includes replacing the haul rope and about 200 metres of track, as well as upgrading the braking system.

Wellington Cable Car Ltd chief executive Tessa Morrell said the timing had been chosen to avoid the busiest months
for tourism.

"Winter is our quietest period, and the work simply can't be put off any longer," she said.

The cable car carries more than a million passengers a year between Lambton Quay and Kelburn, many of them students
travelling to Victoria University.

During the closure, a free shuttle bus will run between the two terminals every 15 minutes.

The upgrade is expected to cost $6.8 million and will be funded by Wellington City Council.
"""),
        must_have=[
            "The work includes replacing the haul rope and about 200 metres of track, as well as upgrading the braking system.",
            "During the closure, a free shuttle bus will run between the two terminals every 15 minutes.",
        ]),
    # Ziarul Financiar: staff, "Autor:" byline, numeric stamp, "Sursa foto:" credit, Google News line, consent wall.
    rec(cluster="zf-aeroport-brasov-noi-destinatii", role="single",
        file="zf_aeroport_brasov_noi_destinatii_ro.html", render="html", site=SITE_ZF,
        title="Aeroportul Brașov-Ghimbav va avea zboruri directe spre cinci noi destinații din această vară", date="2025-03-18",
        country="RO", region="europe", lang="ro", authors=["Andreea Munteanu"], section="Companii", meta_section="Companii",
        url="https://www.zf.example.ro/companii/aeroportul-brasov-ghimbav-va-avea-zboruri-directe-spre-cinci-noi-22612345",
        description="Noile rute vor fi operate de două companii low-cost și de o companie charter.",
        published="2025-03-18T14:27:00+02:00",
        byline_lines=["Autor: Andreea Munteanu"], date_lines=["18.03.2025, 14:27"],
        caption="Aeroportul Internațional Brașov-Ghimbav", credit="Shutterstock", credit_shown="Sursa foto: Shutterstock",
        inserts={3: [("ad", "Publicitate")]},
        below_body=[("gnews", "Urmărește Ziarul Financiar pe Google News")],
        lists=[("Cele mai citite", ["Cursul leu-euro a atins un nou maxim", "Vânzările de locuințe noi au scăzut în februarie"])],
        paras=P("""
Aeroportul Internațional Brașov-Ghimbav va avea din această vară zboruri directe spre cinci noi destinații din
Europa, a anunțat conducerea aeroportului.

Noile rute vor fi operate de două companii low-cost și de o companie charter, iar printre destinații se numără
Milano, Barcelona și Antalya.

Aeroportul, deschis în 2023, a avut anul trecut aproape 400.000 de pasageri, potrivit datelor publicate de
administrația aeroportului.

Conducerea estimează că traficul ar putea depăși 600.000 de pasageri în 2025, pe fondul noilor rute și al creșterii
numărului de turiști care vizitează zona Brașovului.

Aeroportul a fost construit de Consiliul Județean Brașov, cu o investiție de peste 100 de milioane de euro.

Reprezentanții firmelor de turism din zonă spun că zborurile directe ar putea atrage mai mulți vizitatori străini
în stațiunile montane, nu doar în sezonul de iarnă.

Pentru a face față creșterii traficului, administrația aeroportului pregătește extinderea parcării și angajarea a
încă 60 de angajați.

Până acum, cele mai multe zboruri de la Brașov au fost operate spre Germania, Marea Britanie și Italia.
"""),
        must_have=[
            "Aeroportul, deschis în 2023, a avut anul trecut aproape 400.000 de pasageri, potrivit datelor publicate de administrația aeroportului.",
            "Pentru a face față creșterii traficului, administrația aeroportului pregătește extinderea parcării și angajarea a încă 60 de angajați.",
        ]),
]


# ---- news-please and trafilatura files ---------------------------------------------

JSON_STORIES = [
    # news-please, The Siasat Daily (Hyderabad): ANI copy, "Male [Maldives], January 8 (ANI): " dateline, ordinal date stamp, WhatsApp/Telegram line.
    rec(cluster="siasat-ani-addu-water-project", role="single", file="newsplease_siasat_ani_addu_water_project.json",
        render="newsplease", title="Maldives opens India-assisted water supply project in Addu City",
        date="2025-01-08", dateline="Male [Maldives], January 8 (ANI): ", city="Male", country="MV", region="asia",
        lang="en", agency="ANI",
        url="https://www.siasat.example.com/maldives-opens-india-assisted-water-supply-project-in-addu-city-3151234/",
        source_domain="www.siasat.example.com",
        description="The project includes a desalination plant and a sewage treatment facility.",
        np_authors=["ANI"], np_publish="2025-01-08 17:42:00", np_download="2025-01-08 22:03:17",
        head_lines=["ANI", "Published: 8th January 2025 5:42 pm IST"],
        tail_lines=["Get the news updates on WhatsApp & Telegram by subscribing to our channels. For all the latest World updates, download our app Android and iOS."],
        paras=P("""
The Maldives government on Wednesday inaugurated a water and sewerage project in Addu City, built with a line of
credit from India, that will provide piped drinking water to more than 20,000 residents.

The project, carried out by an Indian company, includes a desalination plant, a network of pipes covering the
islands of Hithadhoo, Maradhoo and Feydhoo, and a new sewage treatment facility.

Until now, many households in Addu relied on rainwater and groundwater, which often became contaminated during the
dry season.

A senior official of the Maldivian Ministry of Housing, Land and Urban Development said the project would improve
public health and support the growth of tourism in the south of the country.

The Indian High Commission in Male said the project was part of India's development partnership with the Maldives,
which includes similar water and sanitation schemes on several other islands.

Addu City, the southernmost atoll of the Maldives, is the country's second-largest urban area after the capital
Male.

Officials said connection fees for households would be waived for the first six months.

The Maldives, an archipelago of nearly 1,200 coral islands, faces growing pressure on its freshwater resources
because of rising sea levels and saltwater intrusion.
"""),
        must_have=[
            "Until now, many households in Addu relied on rainwater and groundwater, which often became contaminated during the dry season.",
            "Officials said connection fees for households would be waived for the first six months.",
        ]),
    # news-please, T13 (Chile): staff, "Por" byline, date with "|" time; the rail company EFE (Empresa de los Ferrocarriles del Estado) in the text.
    rec(cluster="t13-biotren-nuevos-trenes", role="single", file="newsplease_t13_biotren_nuevos_trenes_es.json",
        render="newsplease", title="Biotren sumará seis nuevos trenes y aumentará sus frecuencias entre Concepción y Coronel",
        date="2024-11-05", country="CL", region="americas", lang="es", authors=["Catalina Fuentes"],
        url="https://www.t13.example.cl/noticia/nacional/biotren-sumara-seis-nuevos-trenes-y-aumentara-frecuencias-05-11-2024",
        source_domain="www.t13.example.cl",
        description="Con la llegada de los nuevos trenes, el tiempo de espera en horario punta bajará de 15 a 10 minutos.",
        np_authors=["Catalina Fuentes"], np_publish="2024-11-05 13:20:00", np_download="2024-11-05 19:44:02",
        head_lines=["Por Catalina Fuentes", "05 de noviembre de 2024 | 13:20"],
        tail_lines=["Lee también", "Síguenos en Google News"],
        paras=P("""
La Empresa de los Ferrocarriles del Estado (EFE) anunció este martes que el Biotren incorporará seis nuevos trenes a
partir de marzo del próximo año, lo que permitirá aumentar las frecuencias en la línea que une Concepción con
Coronel.

Los nuevos trenes tienen capacidad para unos 1.000 pasajeros cada uno y cuentan con aire acondicionado y espacios
para bicicletas.

Con su llegada, el tiempo de espera en horario punta bajará de 15 a 10 minutos, según la empresa.

El Biotren transporta a diario a unas 40.000 personas en el Gran Concepción y es una de las principales
alternativas a los buses, que suelen verse afectados por la congestión.

Usuarios consultados por T13 valoraron el anuncio, aunque reclamaron por los retrasos que se producen con frecuencia
en la línea 2.

"Los trenes pasan llenos en la mañana y muchas veces hay que esperar el siguiente", contó Javiera Muñoz, estudiante
que viaja todos los días desde San Pedro de la Paz.

EFE indicó que los trenes llegarán por barco al puerto de San Vicente y que antes de entrar en operación deberán
pasar un periodo de pruebas de varias semanas.

El Gobierno también estudia extender la línea hasta Lota, un proyecto que lleva años en discusión en la región del
Biobío.
"""),
        must_have=[
            "Con su llegada, el tiempo de espera en horario punta bajará de 15 a 10 minutos, según la empresa.",
            "El Gobierno también estudia extender la línea hasta Lota, un proyecto que lleva años en discusión en la región del Biobío.",
        ]),
    # news-please, Okezone: staff, "NAME, Jurnalis" byline, weekday WIB stamp, "Baca Juga:" line, editor initials, Google News line.
    rec(cluster="okezone-krl-jogja-solo-tambah-perjalanan", role="single", file="newsplease_okezone_krl_jogja_solo_id.json",
        render="newsplease", title="KAI Commuter Tambah Perjalanan KRL Jogja-Solo Mulai Maret",
        date="2025-02-19", country="ID", region="asia", lang="id", authors=["Dimas Prasetyo"],
        url="https://economy.okezone.example.com/read/2025/02/19/320/3112345/kai-commuter-tambah-perjalanan-krl-jogja-solo-mulai-maret",
        source_domain="economy.okezone.example.com",
        description="Jumlah perjalanan KRL lintas Yogyakarta-Solo bertambah dari 30 menjadi 36 perjalanan per hari.",
        np_authors=["Dimas Prasetyo"], np_publish="2025-02-19 14:35:00", np_download="2025-02-19 20:11:45",
        head_lines=["Dimas Prasetyo, Jurnalis", "Rabu, 19 Februari 2025 - 14:35 WIB"],
        inserts={2: ["Baca Juga: Stasiun Tugu Yogyakarta Dipadati Penumpang Jelang Libur Panjang"]},
        tail_lines=["(fkh)", "Follow Berita Okezone di Google News"],
        paras=P("""
PT Kereta Commuter Indonesia (KAI Commuter) akan menambah jumlah perjalanan KRL Commuter Line rute Yogyakarta-Solo
mulai Maret 2025.

Dengan penambahan tersebut, jumlah perjalanan KRL di lintas Yogyakarta-Solo akan bertambah dari 30 menjadi 36
perjalanan per hari.

Manager Public Relations KAI Commuter Wilayah 6 Yogyakarta, Sekar Wulandari, mengatakan penambahan perjalanan
dilakukan karena meningkatnya jumlah penumpang, terutama pada jam berangkat dan pulang kerja.

"Rata-rata volume penumpang KRL Jogja-Solo saat ini mencapai 25.000 orang per hari, dan pada akhir pekan bisa lebih
dari 30.000 orang," ujarnya, Rabu (19/2/2025).

Selain menambah perjalanan, KAI Commuter juga akan memperpanjang rangkaian kereta dari empat menjadi delapan kereta
pada jam sibuk.

Tarif KRL Jogja-Solo tidak mengalami perubahan, yakni Rp8.000 untuk sekali perjalanan.

Penumpang dapat membayar menggunakan kartu uang elektronik atau aplikasi pembayaran digital yang telah bekerja sama
dengan KAI Commuter.

KRL Jogja-Solo mulai beroperasi pada 2021 dan kini menjadi salah satu moda transportasi favorit warga kedua kota,
terutama bagi pekerja dan mahasiswa yang setiap hari pulang pergi.
"""),
        must_have=[
            "Selain menambah perjalanan, KAI Commuter juga akan memperpanjang rangkaian kereta dari empat menjadi delapan kereta pada jam sibuk.",
            "Tarif KRL Jogja-Solo tidak mengalami perubahan, yakni Rp8.000 untuk sekali perjalanan.",
        ]),
    # trafilatura, Queensland Country Life (ACM): AAP copy with a bylined AAP writer, agency line, ACM stamp; first category "News".
    rec(cluster="qcl-aap-winter-crop-forecast", role="single", file="trafilatura_qcl_aap_winter_crop_forecast.json",
        render="trafilatura", title="Winter crop forecast to be among the largest on record despite dry start",
        date="2024-09-03", country="AU", region="oceania", lang="en", agency="AAP", authors=["Lachlan Doyle"], section="News",
        url="https://www.queenslandcountrylife.example.com.au/story/8745612/winter-crop-forecast-to-be-among-the-largest-on-record/",
        hostname="www.queenslandcountrylife.example.com.au", source_hostname="Queensland Country Life",
        description="Good winter rainfall in Western Australia and northern NSW has offset poor conditions further south.",
        tf_author="Lachlan Doyle", tf_date="2024-09-03", tf_language="en", categories="News;Cropping",
        tf_tags="ABARES;wheat;grain",
        head_lines=["Lachlan Doyle", "Australian Associated Press", "September 3 2024 - 1:30pm"],
        tail_lines=["Get the latest Queensland farming news delivered to your inbox. Sign up for our newsletter"],
        paras=P("""
Australia's winter crop is forecast to be one of the largest on record despite a dry start to the season in parts of
South Australia and Victoria, according to the latest estimate from the federal government's agricultural
forecaster.

The Australian Bureau of Agricultural and Resource Economics and Sciences expects wheat production of 31.2 million
tonnes in 2024-25, up about 20 per cent on last season.

Good winter rainfall in Western Australia and northern NSW has offset poor conditions further south, where some
growers have cut back on fertiliser as crops struggle.

Barley production is forecast at 12.1 million tonnes and canola at 5.4 million tonnes.

A grains industry analyst, Tom Keighley, said the outlook for the east coast was strong but that spring rain would
be crucial in the south.

"A lot of crops in South Australia are sitting on a knife edge. A couple of good falls in September would make a huge
difference," he said.

Wheat prices have eased over the past year as large crops in Russia and elsewhere have kept global supplies ample.

The forecaster will update its estimates in December.
"""),
        must_have=[
            "Good winter rainfall in Western Australia and northern NSW has offset poor conditions further south, where some growers have cut back on fertiliser as crops struggle.",
            "Wheat prices have eased over the past year as large crops in Russia and elsewhere have kept global supplies ample.",
        ]),
    # trafilatura, OC Media: staff, name and date lines, membership appeal, Georgian-edition link; first category "News".
    rec(cluster="ocmedia-kutaisi-airport-new-terminal", role="single", file="trafilatura_ocmedia_kutaisi_airport_terminal.json",
        render="trafilatura", title="Kutaisi airport to get new terminal as low-cost flights grow",
        date="2025-04-23", country="GE", region="asia", lang="en", authors=["Nino Kapanadze"], section="News",
        url="https://oc-media.example.org/kutaisi-airport-to-get-new-terminal-as-low-cost-flights-grow/",
        hostname="oc-media.example.org", source_hostname="OC Media",
        description="The new terminal is designed to handle up to 5 million passengers a year.",
        tf_author="Nino Kapanadze", tf_date="2025-04-23", tf_language="en", categories="News;Georgia",
        tf_tags="Kutaisi;aviation;infrastructure",
        head_lines=["Nino Kapanadze", "23 April 2025"],
        tail_lines=["Support independent journalism in the Caucasus. Become a member of OC Media.", "Read in Georgian"],
        paras=P("""
Georgia's government has announced plans to build a new passenger terminal at Kutaisi International Airport, which
has become the country's busiest airport for low-cost flights to Europe.

The United Airports of Georgia, the state company that runs the country's airports, said on Tuesday that
construction would begin later this year and take about two and a half years.

The new terminal is designed to handle up to 5 million passengers a year, more than double the current building's
capacity.

According to the company, Kutaisi airport served over 1.6 million passengers in 2024, most of them on low-cost
flights.

The government has not disclosed the cost of the project, and it is unclear whether it will be funded from the state
budget or by a private investor.

Residents of Kutaisi have welcomed the growth in flights, which has brought more tourists to the city, but some
business owners complain that few of them stay longer than a night.

The current terminal, opened in 2012, has been expanded twice, but passengers regularly face long queues at check-in
and passport control during the summer.

The airport is located about 15 kilometres west of Kutaisi, Georgia's third-largest city.
"""),
        must_have=[
            "The government has not disclosed the cost of the project, and it is unclear whether it will be funded from the state budget or by a private investor.",
            "The current terminal, opened in 2012, has been expanded twice, but passengers regularly face long queues at check-in and passport control during the summer.",
        ]),
    # trafilatura, Zitamar News (Mozambique): staff, name and date lines, newsletter line; first category "Economy".
    rec(cluster="zitamar-beira-cold-store-fish-market", role="single", file="trafilatura_zitamar_beira_cold_store.json",
        render="trafilatura", title="Beira fishing port to get new cold store and fish market",
        date="2024-10-29", country="MZ", region="africa", lang="en", authors=["Celso Mabunda"], section="Economy",
        url="https://www.zitamar.example.com/beira-fishing-port-to-get-new-cold-store-and-fish-market/",
        hostname="www.zitamar.example.com", source_hostname="Zitamar News",
        description="The cold store will have capacity for 1,500 tonnes of fish and shrimp.",
        tf_author="Celso Mabunda", tf_date="2024-10-29", tf_language="en", categories="Economy;Fisheries",
        tf_tags="Beira;fisheries;Sofala",
        head_lines=["Celso Mabunda", "29 October 2024"],
        tail_lines=["Sign up for Zitamar News' free weekly newsletter"],
        paras=P("""
Work is set to begin next month on a new cold store and fish market at the fishing port of Beira, in Mozambique's
central Sofala province, according to the Ministry of Sea, Inland Waters and Fisheries.

The facilities, which will cost around $14 million, are being financed by a development bank loan, and should be
completed within 18 months.

Artisanal fishers in Beira currently have few places to store their catch, and much of it spoils before it can reach
markets in the interior.

The cold store will have capacity for 1,500 tonnes of fish and shrimp, and will also supply ice to small boats going
out to sea.

The port was badly damaged by Cyclone Idai in 2019, which destroyed much of Beira's infrastructure.

Fishers' associations have welcomed the project, but say they want guarantees that small-scale operators will have
access to the new facilities at affordable prices.

The government says fisheries contribute about 2% of Mozambique's GDP, and provide a livelihood for hundreds of
thousands of people along the coast.

Construction will be carried out by a Chinese company, the ministry said.
"""),
        must_have=[
            "Artisanal fishers in Beira currently have few places to store their catch, and much of it spoils before it can reach markets in the interior.",
            "Fishers' associations have welcomed the project, but say they want guarantees that small-scale operators will have access to the new facilities at affordable prices.",
        ]),
]


# ---- JSONL batches ----------------------------------------------------------------

SITE_VA = site("Ver Angola", "https://www.verangola.example.net", " | Ver Angola", "pt_PT", "@verangola",
               ["Notícias", "Política", "Economia", "Sociedade", "Desporto", "Cultura", "Mundo", "Opinião"],
               ["\u00a9 Ver Angola 2024", "Sobre nós", "Contactos", "Termos de utilização"],
               share=["Partilhar", "Facebook", "X", "WhatsApp"])

JSONL_STORIES = [
    # news-please shape: the Reuters story on The Malaysian Reserve (syndicated member of the Reuters cluster), "by REUTERS", next-day stamp.
    dict(BENGHAZI, role="syndicated", file=JSONL_A, render="newsplease", date="2025-03-06",
         url="https://themalaysianreserve.example.com/2025/03/06/libyas-eastern-authorities-open-new-terminal-at-benghazis-benina-airport/",
         source_domain="themalaysianreserve.example.com",
         np_authors=["REUTERS"], np_publish="2025-03-06 09:05:00", np_download="2025-03-06 13:41:27",
         head_lines=["by REUTERS", "March 6, 2025"],
         tail_lines=[REUTERS_CREDITS, "Follow us on our official WhatsApp channel for the latest news and updates."]),
    # newsbeam html shape: the Lusa story on Ver Angola (syndicated member of the Lusa cluster), no initials line.
    dict(SAOTOME, role="syndicated", file=JSONL_A, render="newsbeam", nb_html=True, site=SITE_VA,
         section="Mundo", meta_section="Mundo",
         url="https://www.verangola.example.net/va/pt/112024/Mundo/41234/S%C3%A3o-Tom%C3%A9-e-Pr%C3%ADncipe-lan%C3%A7a-concurso-para-reabilitar-o-porto-de-Ana-Chaves.htm",
         published="2024-11-20T18:02:00+01:00",
         nb_published="2024-11-20T17:02:00Z", outlet="Ver Angola", nb_authors=["Lusa"],
         ld_author=[{"@type": "Organization", "name": "Lusa"}],
         byline_lines=["Lusa"], date_lines=["20 Novembro 2024 | 18:02"],
         inserts={4: [("ad", "Publicidade")]},
         lists=[("Notícias relacionadas", ["Cabo Verde: Governo aprova plano para novos portos de pesca", "Moçambique recebe financiamento para porto de Nacala"])]),
    # newsbeam text shape: RRB (New Caledonia), house byline; crawler stamp in UTC (the day before in Nouméa).
    rec(cluster="rrb-neobus-prolongement-dumbea", role="single", file=JSONL_A, render="newsbeam",
        title="Néobus : la ligne sera prolongée jusqu'au centre de Dumbéa-sur-Mer d'ici la fin de l'année",
        date="2025-03-06", country="NC", region="oceania", lang="fr",
        url="https://www.rrb.example.nc/neobus-la-ligne-sera-prolongee-jusquau-centre-de-dumbea-sur-mer/",
        nb_published="2025-03-05T20:30:00Z", outlet="RRB", nb_authors=["Rédaction RRB"],
        head_lines=["Rédaction RRB", "Publié le 06/03/2025 à 07h30"],
        tail_lines=["Partager", "Écoutez RRB en direct"],
        paras=P("""
Le SMTU a confirmé mercredi que la ligne de Néobus sera prolongée jusqu'au centre de Dumbéa-sur-Mer d'ici la fin
de l'année.

Le prolongement, long d'environ deux kilomètres, comprendra trois nouvelles stations, dont une à proximité du
Médipôle.

Les travaux, estimés à 1,4 milliard de francs CFP, seront financés par le syndicat, la province Sud et l'État.

Depuis sa mise en service en 2019, le Néobus transporte en moyenne 9 000 passagers par jour, selon le SMTU.

La fréquentation a fortement baissé après les émeutes de mai 2024, lorsque plusieurs stations ont été dégradées et le
service interrompu pendant plusieurs semaines.

Le syndicat espère que le prolongement permettra de retrouver le niveau de fréquentation d'avant la crise.

Des perturbations de la circulation sont à prévoir sur la Savexpress pendant la durée du chantier.

Le SMTU doit présenter le calendrier détaillé des travaux aux habitants lors d'une réunion publique à la mairie de
Dumbéa.
"""),
        must_have=[
            "Les travaux, estimés à 1,4 milliard de francs CFP, seront financés par le syndicat, la province Sud et l'État.",
            "Le syndicat espère que le prolongement permettra de retrouver le niveau de fréquentation d'avant la crise.",
        ]),
    # trafilatura shape: the AP story on Stars and Stripes (syndicated member of the AP cluster); first category "Pacific".
    dict(FUNAFUTI, role="syndicated", file=JSONL_B, render="trafilatura", section="Pacific",
         url="https://www.stripes.example.com/theaters/pacific/2025-02-11/tuvalu-undersea-internet-cable-16912345.html",
         hostname="www.stripes.example.com", source_hostname="Stars and Stripes",
         tf_author="Rhiannon Mercer", tf_date="2025-02-11", tf_language="en", categories="Pacific;Theaters",
         tf_tags="Tuvalu;Pacific;internet",
         head_lines=["By RHIANNON MERCER", "The Associated Press", "Published: February 11, 2025"],
         tail_lines=[AP_CONTRIB, AP_RIGHTS]),
    # news-please shape: Talanei (American Samoa), staff byline placeholder, WordPress share and like strings.
    rec(cluster="talanei-manua-charter-ferry", role="single", file=JSONL_B, render="newsplease",
        title="ASG announces charter ferry service between Tutuila and Manu'a",
        date="2024-12-10", country="AS", region="oceania", lang="en",
        url="https://www.talanei.example.com/2024/12/10/asg-announces-charter-ferry-service-between-tutuila-and-manua/",
        source_domain="www.talanei.example.com",
        description="A chartered vessel will make two round trips a week to Ta'u and Ofu.",
        np_authors=[], np_publish="2024-12-10 16:45:00", np_download="2024-12-11 05:02:38",
        head_lines=["By Talanei Staff", "December 10, 2024"],
        tail_lines=["Share this:", "Facebook", "X", "Like this:", "Like Loading..."],
        paras=P("""
The American Samoa Government says a chartered vessel will begin regular trips between Tutuila and the Manu'a
islands next month, following months of disruption to the service.

The Department of Port Administration said the vessel will make two round trips a week, carrying passengers, cargo
and fuel to Ta'u and Ofu.

Manu'a residents have complained for months about shortages of food, fuel and building materials after the
territory's own vessel was taken out of service for repairs.

A one-way ticket will cost $40 for adults and $20 for children and seniors, the department said.

Officials said the charter agreement runs for six months, while repairs continue on the government-owned vessel in
Samoa.

Flights to Manu'a are operated several times a week, but many residents say they cannot afford airfares and that
planes cannot carry heavy cargo.

The Governor's Office said it was also looking at options for a permanent replacement vessel, with funding from
federal grants.

The Manu'a group, about 70 miles east of Tutuila, is home to around 1,000 people.
"""),
        must_have=[
            "Manu'a residents have complained for months about shortages of food, fuel and building materials after the territory's own vessel was taken out of service for repairs.",
            "The Governor's Office said it was also looking at options for a permanent replacement vessel, with funding from federal grants.",
        ]),
]


# ---- notes on labels a reader might question ------------------------------------------------

HOLDOUT_NOTES = {
    "purpose": "forty-sixth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: MaltaToday's '5 March 2025, 3:41pm' is the "
    "publication and its 'Last updated on ...' line is not; The Malaysian Reserve ran the same Reuters story on 6 March "
    "('March 6, 2025', date_publish 09:05 Malaysian time), so that copy is labelled 2025-03-06 although the wire's "
    "dateline says March 5 (the label is the publisher's own first-publication date); The Maui News 'Feb 11, 2025' and "
    "Stars and Stripes 'Published: February 11, 2025' agree; NDR's 'Stand: 22.01.2025 16:45 Uhr' is the page's only stamp "
    "and matches article:published_time; TelQuel's 'Mis à jour le 27 février' is an update, not the publication (26 "
    "February); The Post's 05:00 on 27 March is New Zealand daylight time (+13:00, as article:published_time states), so "
    "27 March although it is still the 26th in UTC; the RRB crawler stamp 2025-03-05T20:30Z is 07:30 on 6 March in "
    "Nouméa (UTC+11), the date the page prints; day-first numeric stamps: Oslobođenje '12.02.2025.' (Bosnian dates end "
    "with a dot), Nya Åland '18.9.2024 kl. 16.05' (Finland-Swedish, 18 September), Ziarul Financiar '18.03.2025', "
    "Plataforma '20/11/2024', RRB '06/03/2025'; Politiken '8. okt. 2024'; Okezone 'Rabu, 19 Februari 2025 - 14:35 WIB' "
    "('Rabu' = Wednesday); the news-please date_publish values are the pages' local times",
    "dateline_city": "'BENGHAZI, Libya, March 5 (Reuters) - ' -> 'Benghazi' (both Reuters copies; Reuters names the "
    "country after a less-known city); 'FUNAFUTI, Tuvalu (AP) \u2014 ' -> 'Funafuti' (both AP copies; Funafuti is the "
    "capital atoll, the cable lands on its main islet Fongafale); 'São Tomé, 20 nov 2024 (Lusa) - ' -> 'São Tomé' (both "
    "Lusa copies; the city, not the country 'São Tomé e Príncipe'); 'Ciudad de Panamá, 16 oct (EFE).- ' -> 'Panama City' "
    "(the English GeoNames name, not the Spanish one); 'Itanagar, January 15 (PTI): ' -> 'Itanagar'; 'MOSTAR, 12. februara "
    "(FENA) - ' -> 'Mostar'; 'Male [Maldives], January 8 (ANI): ' -> 'Male' (ANI puts the country in square brackets); "
    "the other records have no dateline (the AAP copy prints none) and take the country of the story's location (Stanley, "
    "Föglö, Paramaribo, Kirkwall, Kabul, Hinche, Denmark, Cuxhaven, Palermo, Tangier, Vhembe, Pyongyang, Wellington, "
    "Brașov, Concepción, Yogyakarta and Solo, Australia's grain belt, Kutaisi, Beira, Dumbéa, Manu'a)",
    "country": "the Reuters story is about Libya (LY, africa) although one copy runs on a Maltese site and one on a "
    "Malaysian site; the AP story is about Tuvalu (TV, oceania) although both copies run on US outlets; the Lusa story is "
    "about São Tomé and Príncipe (ST, africa) although it runs on a Macau site and an Angolan one; the ANI story is about "
    "the Maldives (MV) on an Indian site; the Falkland Islands are FK (americas); Nya Åland's story is in Åland (AX, "
    "europe), not FI; Orkney is GB; American Samoa is AS (oceania), not US or WS; Nouméa and Dumbéa are in New Caledonia "
    "(NC, oceania); Georgia is GE (asia, as UN M49 places it)",
    "agency": "MaltaToday and The Malaysian Reserve carry Reuters (dateline, credits line, 'by Reuters'/'by REUTERS'); "
    "The Maui News and Stars and Stripes carry AP; Plataforma and Ver Angola carry Lusa (dateline and 'Lusa' byline); "
    "Metro Libre carries EFE ('EFE' byline and the EFE dateline); The Morung Express carries PTI; Oslobođenje carries FENA "
    "(the Federation of Bosnia and Herzegovina's news agency); Politiken carries Ritzau ('Ritzau' byline and the '/ritzau/' "
    "sign-off); The Siasat Daily carries ANI (Asian News International); Queensland Country Life carries AAP ('Australian "
    "Associated Press' line under the writer's name); all other records are staff copy (agency null). On T13 'EFE' is the "
    "Chilean state railway company (Empresa de los Ferrocarriles del Estado), not Agencia EFE: staff copy. Photo credits "
    "('AP Photo/...', 'EFE/...', '.../Ritzau Scanpix', 'picture alliance / dpa | ...', 'KCNA') are photo credits, not the "
    "story's agency; NK News's KCNA is the North Korean state agency it reports on, not its source of copy",
    "authors": "the Reuters credits '(Reporting by Salem al-Obeidi; Writing by Nadia Haddad; Editing by Louise "
    "Carrington)' give the writers on both copies (bylined only 'by Reuters'/'by REUTERS'); 'By RHIANNON MERCER, "
    "Associated Press', 'By RHIANNON MERCER' + 'The Associated Press' and 'Associated Press writer Tomasi "
    "Vake in Suva, Fiji, contributed to this report.' -> 'Rhiannon Mercer', 'Tomasi Vake' on both AP copies (natural "
    "case); 'von Jana Behrens' (NDR) -> 'Jana Behrens'; 'Autor: Andreea Munteanu' -> 'Andreea Munteanu'; 'Dimas "
    "Prasetyo, Jurnalis' -> 'Dimas Prasetyo' ('Jurnalis' is Okezone's job label); Queensland Country Life's 'Lachlan "
    "Doyle' over 'Australian Associated Press' is an AAP reporter's byline (author kept, agency AAP); 'By Kerry Ann "
    "Hewitt', 'By Fiona Rendall', 'Par Yasmine Bennani', 'Por Catalina Fuentes' -> the names; Nya Åland, TOLOnews, Le "
    "National, PalermoToday, SABC News, NK News, The Post, OC Media and Zitamar print the bare name; house bylines are "
    "placeholders, not authors: 'Door Redactie' (Waterkant), 'Rédaction RRB', 'By Talanei Staff'; pages bylined only with "
    "an agency ('Lusa', 'EFE', 'FENA', 'Ritzau', 'ANI', PTI's dateline) have no authors; photographers (Losa Tealei, "
    "Ricardo Alvear, Henrik Bjerre, Jonas Wendler, Karim Belhaj, Martin Holland) are not authors",
    "editors": "Reuters 'Editing by Louise Carrington' -> 'Louise Carrington' (both Reuters copies); NK News's 'Edited by "
    "Tom Merrick' under the story is its editing credit -> 'Tom Merrick'; Lusa's closing 'ASR // VM' and Okezone's '(fkh)' "
    "are staff initials, not names (no editors); no other record names an editor",
    "caption_credit": "credits without their wrapper: '(AP Photo/Losa Tealei)' -> 'AP Photo/Losa Tealei' (AP's own "
    "credit form, kept whole); Metro Libre's trailing 'EFE/Ricardo Alvear' as printed; Oslobođenje '(Foto: FENA)' -> "
    "'FENA'; Plataforma 'Foto: Lusa' -> 'Lusa'; 'Foto: Henrik Bjerre/Ritzau Scanpix' -> 'Henrik Bjerre/Ritzau Scanpix'; "
    "NDR '\u00a9 picture alliance / dpa | Jonas Wendler' -> 'picture alliance / dpa | Jonas Wendler' (the copyright sign "
    "dropped, the rest as printed); 'Crédit: Karim Belhaj / TelQuel' -> 'Karim Belhaj / TelQuel'; SABC News 'Image: SABC "
    "News' -> 'SABC News' (the '[File Image]' tag before the caption is chrome, neither caption nor credit); NK News '| "
    "Image: KCNA (April 16, 2025)' -> 'KCNA' (the separator, the 'Image:' wrapper and the picture's date are not the "
    "credit); The Post 'MARTIN HOLLAND/THE POST' as printed; Ziarul Financiar 'Sursa foto: Shutterstock' -> 'Shutterstock' "
    "('Sursa foto' = photo source); the other records print no photo caption",
    "section": "HTML pages (and the newsbeam html record) take article:section; trafilatura records take their first "
    "category ('News' on Queensland Country Life and OC Media, 'Economy' on Zitamar, 'Pacific' on Stars and Stripes); "
    "news-please, plain text and newsbeam text records have none (MaltaToday's 'World' line is a section label in the "
    "scrape's chrome, not a labelled section)",
    "language": "'bs' is Bosnian (Oslobođenje: 'saopćeno', 'preduzeće', 'miliona', ijekavian); 'sv' is Finland-Swedish "
    "from Åland; 'nl' is Surinamese Dutch; 'pt' is European Portuguese from Lusa on a Macau site and an Angolan site; "
    "French comes from Haiti, Morocco and New Caledonia; Spanish from Panama and Chile; 'da' Danish, 'de' German, 'it' "
    "Italian, 'ro' Romanian, 'id' Indonesian",
    "chrome": "includes consent banners and their buttons, skip links, login, subscription and e-edition strings, "
    "language-edition links, breadcrumbs, share bars and 'Save'/'Share Via'/'Copy link' buttons, advertisement labels, "
    "'Read also'/'Lire aussi'/'Lea también'/'Pročitajte još'/'Läs också'/'Baca Juga' lines, related and most-read lists, "
    "tag and keyword lists, a newsletter sign-up form, WhatsApp, Telegram and Google News lines, reader-support and "
    "membership appeals, a paywall box, a broadcaster's programme line and 'Weitere Informationen' box, the Reuters "
    "credits line, the AP contributor line and rights notice, an agency sign-off and agency initials, editor initials, "
    "an 'Edited by' line, WordPress share and like strings, byline, date and caption lines, and publisher copyright lines",
    "clusters": "three wire stories each with a syndicated copy in a batch (Reuters and Lusa in the plain batch, AP in "
    "the gzipped batch) and one staff page with a noisy gzipped re-scrape (curly quotes, NBSP, hard wraps, CRLF); all "
    "other records are singles",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"maltatoday", "mediatoday", "the malaysian reserve", "malaysian reserve", "the maui news", "maui news",
                "stars and stripes", "plataforma", "ver angola", "penguin news", "metro libre", "the morung express",
                "morung express", "oslobođenje", "fena", "nya åland", "waterkant", "waterkant.net", "redactie",
                "door redactie", "the orcadian", "tolonews", "le national", "politiken", "ritzau", "ritzau scanpix",
                "ndr", "norddeutscher rundfunk", "palermotoday", "telquel", "sabc news", "sabc", "nk news", "kcna",
                "the post", "ziarul financiar", "siasat", "the siasat daily", "ani", "asian news international",
                "t13", "okezone", "jurnalis", "queensland country life", "oc media", "zitamar news", "zitamar",
                "rrb", "rédaction rrb", "talanei", "talanei staff", "by talanei staff", "shutterstock",
                "picture alliance", "asr", "vm", "fkh", "louise carrington", "tom merrick"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
