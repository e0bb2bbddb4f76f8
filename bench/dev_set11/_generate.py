#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's eleventh development set (bench/dev_set11/, first written as the eighth held-out set).

    .venv/bin/python bench/dev_set11/_generate.py

Writes ``bench/dev_set11/articles/*`` and ``bench/dev_set11/labels.json``.  Output
is deterministic (gzip members use mtime=0 and no file name).  Every story is
invented: people, quotes, companies and figures are fictional; cities,
countries and some public institutions are real so that datelines and
countries can be labelled.

This set is HELD OUT from tuning.  It was written without reading the
extraction code in transforms/ and without looking at the pipeline's output.
About half of it is what a media-monitoring crawler meets every day (big
wires and big national papers and broadcasters in their ordinary 2023-2025
layouts); the other half brings publishers, wires, dateline, byline and
caption shapes and site chrome that sample_corpus/ and bench/dev_set/ ..
bench/dev_set7/ do not have.  Do not edit stories or labels to suit the
pipeline; fix a label only when it is wrong by LABEL_NOTES.

The page builders, label checks and label conventions (LABEL_NOTES) are shared by
every labelled set: bench/labelled_pages.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
# The shared page builders live in bench/labelled_pages.py (run as a script, the
# repository root is not on the path yet).
sys.path.insert(0, str(OUT.parents[1]))
from bench.labelled_pages import P, build  # noqa: E402

# HOLDOUT_NOTES is defined at the end of the story data.


# --------------------------------------------------------------------------
# story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters, Oslo (reuters.com page + copy on a Malaysian business site in a batch) ----

OSLO_PARAS = P("""
Norway's seafood exports rose 6% to a record 180 billion Norwegian crowns ($15.9 billion) in 2024, the
Norwegian Seafood Council said on Monday, as a weak crown and strong demand for salmon in Europe and Asia
offset lower catches of cod.

Salmon accounted for about 70% of the total, and its export value rose 9% even though volumes were little
changed from a year earlier, the council said.

"Prices for salmon stayed high for most of the year, and the weak crown made Norwegian fish more competitive
in our biggest markets," the council's chief executive, Henrik Brattli, told a news conference.

Poland, Denmark and the United States were the largest buyers, while exports to Japan and South Korea grew
fastest.

Cod exports fell by 12% in volume after quotas in the Barents Sea were cut for a third year in a row,
following scientific advice to protect stocks.

The council said it expected prices to ease in 2025 as supply from Norway and Chile increases.

Shares in Norway's listed salmon farmers rose ahead of the figures, with the Oslo Seafood Index up 1.4% by
0915 GMT.

Fish farmers have been at odds with the government over a resource rent tax introduced in 2023, which the
industry says has slowed investment in new capacity.
""")

OSLO = dict(
    cluster="reuters-oslo-seafood-exports",
    title="Norway's seafood exports hit record as weak crown lifts salmon earnings",
    date="2025-01-06",
    dateline="OSLO, Jan 6 (Reuters) - ",
    city="Oslo",
    country="NO",
    region="europe",
    agency="Reuters",
    authors=["Ingrid Solvang"],
    editors=["Susan Fenwick"],
    lang="en",
    paras=OSLO_PARAS,
    must_have=[
        "Cod exports fell by 12% in volume after quotas in the Barents Sea were cut for a third year in a row, "
        "following scientific advice to protect stocks.",
        "The council said it expected prices to ease in 2025 as supply from Norway and Chile increases.",
    ],
    description="Salmon accounted for about 70% of the total as a weak crown offset lower cod catches.",
)

OSLO_CREDITS = "Reporting by Ingrid Solvang; Editing by Susan Fenwick"

# ---- cluster: News24, Durban (page + noisy re-scrape) ----------------------------------

DURBAN_PARAS = P("""
Seven clinics in Umlazi, KwaMashu and Inanda will stay open until 7pm on weekdays and open on Saturday
mornings from next month, the KwaZulu-Natal health department said on Tuesday, in a bid to shorten the queues
that see patients arrive before dawn.

The department said the pilot would run for six months and cost about R38 million, mostly for overtime and
120 additional nurses and pharmacist assistants.

At the busiest of the seven clinics, patients regularly wait more than five hours to collect chronic
medication, according to a survey by the department last year.

"I leave my house at 4am so that I can get a number, and sometimes I am still sitting here at lunchtime,"
said Thandiwe Ngcobo, 61, who collects blood pressure tablets every month.

Department spokesperson Sipho Dlamini said longer hours would help working people who could not take a day
off to visit a clinic.

The department also plans to expand its central chronic medicine dispensing programme, which lets patients
collect parcels at pharmacies and pick-up points closer to home.

Unions have welcomed the extra posts but warned that nurses were already exhausted and that the new shifts
should not be filled by forcing existing staff to work overtime.

If the pilot succeeds, it could be extended to clinics in Pietermaritzburg and Richards Bay next year.
""")

DURBAN = dict(
    cluster="news24-durban-clinic-hours",
    title="KZN health department extends clinic hours in Durban townships to cut queues",
    date="2025-03-04",
    dateline="",
    city=None,
    country="ZA",
    region="africa",
    agency=None,
    authors=["Nokuthula Mkhize"],
    editors=[],
    lang="en",
    section=None,
    render="text",
    paras=DURBAN_PARAS,
    must_have=[
        "The department said the pilot would run for six months and cost about R38 million, mostly for overtime "
        "and 120 additional nurses and pharmacist assistants.",
        "The department also plans to expand its central chronic medicine dispensing programme, which lets patients "
        "collect parcels at pharmacies and pick-up points closer to home.",
    ],
)

# ---- cluster: AP, Helena (apnews.com scrape + copy on a Montana paper in a batch) ----

HELENA_PARAS = P("""
A Montana judge on Tuesday ordered state wildlife officials to reopen a popular fishing access site on the
Missouri River, ruling that the state had no right to close it while a boundary dispute with a neighboring
landowner is still being decided.

District Judge Rebecca Haugen said Montana Fish, Wildlife and Parks failed to give the public notice before it
locked the gate to the Bent Willow site near Craig in June, cutting off one of the busiest stretches of trout
water in the state.

The agency closed the site after the owner of a ranch next to it complained that anglers were crossing his
land and leaving trash, and claimed that part of the parking area was on his property.

"The public has used this access for more than 40 years. The agency cannot simply shut the gate because one
neighbor complains," Haugen wrote.

A coalition of fishing guides and outfitters sued in July, saying the closure had cost them thousands of
dollars in lost bookings during the peak summer season.

A spokesperson for Fish, Wildlife and Parks said the agency was reviewing the ruling and had not decided
whether to appeal to the Montana Supreme Court.

The landowner, Gordon Pruett, said in a statement that he would continue to pursue his claim over the
boundary, which is being considered in a separate case.

The stretch of the Missouri below Holter Dam draws tens of thousands of anglers a year and supports dozens of
guide businesses in the small town of Craig.
""")

HELENA = dict(
    cluster="ap-helena-fishing-access",
    title="Montana judge orders state to reopen fishing access site on Missouri River",
    date="2024-08-20",
    dateline="HELENA, Mont. (AP) \u2014 ",
    city="Helena",
    country="US",
    region="americas",
    agency="AP",
    authors=["Dale Kettering", "Nora Lindqvist"],
    editors=[],
    lang="en",
    section=None,
    paras=HELENA_PARAS,
    must_have=[
        "A coalition of fishing guides and outfitters sued in July, saying the closure had cost them thousands of "
        "dollars in lost bookings during the peak summer season.",
        "A spokesperson for Fish, Wildlife and Parks said the agency was reviewing the ruling and had not decided "
        "whether to appeal to the Montana Supreme Court.",
    ],
    description="A judge ruled the state had no right to close the Bent Willow site while a boundary dispute is pending.",
)

HELENA_CONTRIB = "Associated Press writer Nora Lindqvist in Billings contributed to this report."

# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # News24: name + desk line, "Published" stamp, listen player, "(Gallo Images/...)" credit in the caption line.
    dict(
        DURBAN,
        role="original",
        file="news24_durban_clinic_hours.txt",
        caption="Patients wait outside a clinic in KwaMashu, north of Durban.",
        credit="Gallo Images/Mandla Khoza",
        pre=[["News24", "News", "Opinion", "Business", "Sport", "Entertainment", "Lifestyle", "Subscribe", "Sign in"],
             ["South Africa", "Local", "KwaZulu-Natal"]],
        head=[["Nokuthula Mkhize", "Health reporter"], ["Published 04 Mar 2025, 15:40"],
              ["Listen to this article", "00:00 / 03:51"], ["Share", "Save"]],
        cap_lines=["Patients wait outside a clinic in KwaMashu, north of Durban. (Gallo Images/Mandla Khoza)"],
        inserts={1: ["Advertisement"],
                 4: ["Get the biggest daily news and insights from News24 delivered straight to your inbox. Sign up for free."]},
        tail=[
            ["Read more on:", "durban", "health", "kwazulu-natal department of health"],
            ["Join the conversation", "14 comments"],
            ["Trending in South Africa", "Eskom announces maintenance outages for Mpumalanga power stations"],
            ["\u00a9 2025 News24. All rights reserved."],
        ],
    ),
    dict(
        DURBAN,
        role="rescrape",
        file="news24_durban_clinic_hours_rescrape.txt.gz",
        noise=True,
        pre=[["News24", "News", "Opinion", "Business", "Sport"], ["South Africa", "Local", "KwaZulu-Natal"]],
        head=[["Nokuthula Mkhize", "Health reporter"], ["Published 04 Mar 2025, 15:40"]],
        tail=[
            ["Join the conversation", "16 comments"],
            ["\u00a9 2025 News24. All rights reserved."],
        ],
    ),
    # AP on apnews.com (original of the AP cluster): only an "Updated" stamp, "(AP Photo/..., File)" credit, contributor line.
    dict(
        HELENA,
        role="original",
        file="apnews_helena_fishing_access_ruling.txt",
        render="text",
        caption="Anglers fish the Missouri River near Craig, Mont., on July 30, 2024.",
        credit="AP Photo/Tom Sandvik",
        pre=[["Menu", "World", "U.S.", "Politics", "Sports", "Entertainment", "Business", "Science", "Fact Check", "Newsletters"],
             ["Sign in", "Donate"]],
        head=[["By DALE KETTERING"], ["Updated 5:48 PM MDT, August 20, 2024"], ["Share"]],
        cap_lines=["1 of 2", "Anglers fish the Missouri River near Craig, Mont., on July 30, 2024. (AP Photo/Tom Sandvik, File)"],
        inserts={2: ["ADVERTISEMENT"], 5: ["ADVERTISEMENT"]},
        tail=[
            [HELENA_CONTRIB],
            ["The Associated Press receives support from several private foundations to enhance its explanatory coverage "
             "of public lands. The AP is solely responsible for all content."],
            ["Most read", "Wildfire near Yellowstone forces evacuation of two campgrounds"],
            ["Copyright 2024 The Associated Press. All Rights Reserved."],
        ],
    ),
    # PTI on its own site: "Jaipur, May 27 (PTI) " dateline without a dash, desk initials at the end.
    dict(
        cluster="pti-jaipur-heatwave",
        role="single",
        file="ptinews_jaipur_heatwave_barmer.txt",
        render="text",
        title="Heatwave grips Rajasthan, Barmer sizzles at 48.6 deg C; schools to close early",
        date="2025-05-27",
        dateline="Jaipur, May 27 (PTI) ",
        city="Jaipur",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Press Trust of India", "Home", "National", "States", "Business", "World", "Sports", "Entertainment", "Videos"],
             ["States", "Rajasthan"]],
        head=[["Published: 27 May 2025, 08:14 PM"], ["READ TIME: 2 mins"]],
        tail=[
            ["PTI SDA RHL"],
            ["Follow PTI on X, Facebook and WhatsApp for the latest updates."],
            ["Also Read", "Monsoon likely to reach Kerala by June 1: IMD"],
            ["Copyright \u00a9 2025 PTI. All rights reserved."],
        ],
        paras=P("""
Severe heatwave conditions prevailed across western Rajasthan on Tuesday, with Barmer recording a maximum
temperature of 48.6 degrees Celsius, the highest in the state this season, the Meteorological Department said.

Jaisalmer, Bikaner and Phalodi also recorded temperatures above 47 degrees Celsius, while the state capital
recorded a maximum of 45.2 degrees, officials said.

The weather office has issued a red alert for five districts for the next three days and advised people to
avoid going out between noon and 4 pm.

The state education department has ordered all government and private schools to close by 11 am till May 31,
according to an order issued in Jaipur.

State health officials said special heatstroke wards had been set up in district hospitals and ambulances had
been stocked with ice packs and oral rehydration salts.

"Hospitals have been told to keep beds ready and ensure an uninterrupted supply of water and electricity," a
senior health department official said.

Power demand in the state touched a record 17,800 megawatts on Monday evening, officials of the power
distribution companies said.

Relief from the heat is likely only after June 2, when a western disturbance may bring dust storms and light
rain to some parts of the state, the weather office said.
"""),
        must_have=[
            "The state education department has ordered all government and private schools to close by 11 am till May "
            "31, according to an order issued in Jaipur.",
            "Power demand in the state touched a record 17,800 megawatts on Monday evening, officials of the power "
            "distribution companies said.",
        ],
    ),
    # Xinhua English: "HARARE, March 19 (Xinhua) -- " dateline, "Editor:" line, "Photo by NAME/Xinhua" credit.
    dict(
        cluster="xinhua-harare-tobacco-season",
        role="single",
        file="xinhua_harare_tobacco_marketing_season.txt",
        render="text",
        title="Zimbabwe's tobacco marketing season opens with higher prices",
        date="2025-03-19",
        dateline="HARARE, March 19 (Xinhua) -- ",
        city="Harare",
        country="ZW",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=["Lu Hui"],
        lang="en",
        section=None,
        caption="Farmers display their tobacco at an auction floor in Harare, Zimbabwe, March 19, 2025.",
        credit="Farai Gumbo/Xinhua",
        pre=[["Home", "China", "World", "Business", "Culture & Edu", "Sci-Tech", "Photos", "Video"], ["Africa"]],
        head=[["Source: Xinhua", "Editor: Lu Hui", "2025-03-19 21:04:10"]],
        cap_lines=["Farmers display their tobacco at an auction floor in Harare, Zimbabwe, March 19, 2025. (Photo by Farai Gumbo/Xinhua)"],
        tail=[
            ["Enditem"],
            ["Related News", "Zambia's maize harvest expected to recover after drought", "Kenya's tea exports rise in February"],
            ["Copyright \u00a9 2000 - 2025 XINHUANET.com. All Rights Reserved."],
        ],
        paras=P("""
Zimbabwe's 2025 tobacco marketing season opened on Wednesday, with the crop fetching an average of 3.45 U.S.
dollars per kg on the first day of sales, up from 3.10 dollars at the start of last season.

Farmers delivered more than 5,200 bales to auction floors in the capital Harare on the opening day, according
to the Tobacco Industry and Marketing Board.

The board expects this year's crop to reach about 300 million kg, helped by good rains after last season's
drought.

Speaking at the official opening, a senior agriculture ministry official said the government was working to
reduce delays in payments to farmers and to curb side marketing.

"Tobacco remains one of our biggest foreign currency earners, and we want every farmer to be paid on time and
in full," the official said.

Small-scale farmers now produce most of Zimbabwe's tobacco, with more than 150,000 growers registered for the
season.

China is the largest buyer of Zimbabwean tobacco, followed by Belgium, Indonesia and the United Arab Emirates.
"""),
        must_have=[
            "Farmers delivered more than 5,200 bales to auction floors in the capital Harare on the opening day, "
            "according to the Tobacco Industry and Marketing Board.",
            "Small-scale farmers now produce most of Zimbabwe's tobacco, with more than 150,000 growers registered for "
            "the season.",
        ],
    ),
    # ANSA on ansa.it: "(ANSA) - PALERMO, 22 NOV - " dateline, "Redazione ANSA", "© ANSA" under the photo.
    dict(
        cluster="ansa-palermo-galleria-arte-moderna",
        role="single",
        file="ansa_palermo_galleria_arte_moderna_it.txt",
        render="text",
        title="Palermo, riapre la Galleria d'arte moderna dopo due anni di lavori",
        date="2024-11-22",
        dateline="(ANSA) - PALERMO, 22 NOV - ",
        city="Palermo",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section=None,
        caption="Una delle sale restaurate della Galleria d'arte moderna di Palermo",
        credit="ANSA",
        pre=[["ANSA.it", "Cronaca", "Politica", "Economia", "Mondo", "Cultura", "Tecnologia", "Sport", "Regioni"],
             ["Sicilia"]],
        head=[["Redazione ANSA"], ["PALERMO"], ["22 novembre 2024", "12:48"], ["NEWS"],
              ["Suggerisci", "Facebook", "X", "Altri", "Stampa", "Scrivi alla redazione"]],
        cap_lines=["Una delle sale restaurate della Galleria d'arte moderna di Palermo", "\u00a9 ANSA"],
        tail=[
            ["(ANSA)."],
            ["Ottieni il codice embed"],
            ["Riproduzione riservata \u00a9 Copyright ANSA"],
            ["Da non perdere", "Agrigento, al via la stagione dei concerti nella Valle dei Templi"],
        ],
        paras=P("""
Dopo due anni di lavori riapre al pubblico la Galleria d'arte moderna di Palermo, nel complesso di Sant'Anna
alla Kalsa. Il restauro, costato 4,2 milioni di euro, ha riguardato gli impianti, le coperture e
l'illuminazione delle sale.

Il percorso espositivo è stato ripensato e comprende ora circa 300 opere tra dipinti e sculture dell'Ottocento
e del Novecento, molte delle quali erano conservate nei depositi da decenni.

Tra le novità, una sala dedicata ai pittori siciliani del primo Novecento e un laboratorio didattico per le
scuole.

"È un museo che torna alla città e che vogliamo aperto a tutti, non solo ai turisti", ha detto l'assessore
comunale alla Cultura, Marco Ferrante, durante la presentazione.

Per il primo mese l'ingresso sarà gratuito per i residenti a Palermo. Dal primo gennaio il biglietto costerà 8
euro, ridotto a 5 euro per studenti e over 65.

La galleria sarà aperta dal martedì alla domenica, dalle 9.30 alle 18.30, con un'apertura serale il venerdì fino
alle 22.

Il Comune prevede circa 120mila visitatori nel primo anno e punta a inserire la galleria nei percorsi delle
scuole di tutta la provincia.
"""),
        must_have=[
            "Tra le novità, una sala dedicata ai pittori siciliani del primo Novecento e un laboratorio didattico per le "
            "scuole.",
            "La galleria sarà aperta dal martedì alla domenica, dalle 9.30 alle 18.30, con un'apertura serale il venerdì "
            "fino alle 22.",
        ],
    ),
    # TVN24 (Poland): "Autorka/Autor: NAME/initials" and "Źródło:" lines after the story, "Źródło:" photo credit.
    dict(
        cluster="tvn24-wroclaw-waly-odra",
        role="single",
        file="tvn24_wroclaw_waly_przeciwpowodziowe_pl.txt",
        render="text",
        title="Wały na Odrze we Wrocławiu będą wyższe o pół metra. Prace ruszą wiosną",
        date="2025-02-18",
        dateline="",
        city=None,
        country="PL",
        region="europe",
        agency=None,
        authors=["Justyna Malec"],
        editors=[],
        lang="pl",
        section=None,
        caption="Wał przeciwpowodziowy nad Odrą we Wrocławiu",
        credit="Bartosz Lenart/PAP",
        pre=[["TVN24", "Najnowsze", "Polska", "Świat", "Biznes", "Pogoda", "Kontakt 24", "Premium"], ["Wrocław"]],
        head=[["18 lutego 2025, 14:32"], ["Ten artykuł przeczytasz w mniej niż 3 minuty"]],
        cap_lines=["Wał przeciwpowodziowy nad Odrą we Wrocławiu", "Źródło: Bartosz Lenart/PAP"],
        inserts={2: ["Czytaj też: Kłodzko odbudowuje mosty zniszczone przez powódź"]},
        tail=[
            ["Autorka/Autor: Justyna Malec/ads"],
            ["Źródło: TVN24 Wrocław"],
            ["Źródło zdjęcia głównego: Bartosz Lenart/PAP"],
            ["Pozostałe wiadomości", "Nowy most na Bystrzycy otwarty dla ruchu"],
        ],
        paras=P("""
Wały przeciwpowodziowe wzdłuż Odry na odcinku od Siechnicy do Wrocławia zostaną podwyższone o pół metra. Wody
Polskie podpisały we wtorek umowę z wykonawcą. Prace mają ruszyć w kwietniu i potrwają dwa lata.

Inwestycja obejmie około 14 kilometrów wałów na obu brzegach rzeki i będzie kosztować 186 milionów złotych.
Większość pieniędzy pochodzi z budżetu państwa i z funduszy unijnych.

Decyzję przyspieszyła wrześniowa powódź, kiedy poziom Odry we Wrocławiu przekroczył stan alarmowy o ponad metr,
a mieszkańcy kilku osiedli przez wiele dni układali worki z piaskiem.

- Wały w tym rejonie mają ponad sto lat i nie były projektowane na takie fale powodziowe, jakie widzimy dziś -
mówił na konferencji prasowej dyrektor regionalnego zarządu Wód Polskich Tomasz Wierzbicki.

W ramach prac powstaną też nowe przepompownie i ścieżka rowerowa na koronie wału. Na czas budowy część
bulwarów nad Odrą będzie zamknięta dla spacerowiczów.

Mieszkańcy Kozanowa, osiedla zalanego podczas powodzi w 1997 roku, apelują, by w drugiej kolejności zająć się
wałami w zachodniej części miasta.

Wody Polskie zapowiadają, że projekt dla tego odcinka będzie gotowy do końca roku, a prace mogłyby się
rozpocząć w 2027 roku.

Według hydrologów podobne inwestycje są potrzebne w całym dorzeczu Odry, bo gwałtowne ulewy zdarzają się coraz
częściej.
"""),
        must_have=[
            "W ramach prac powstaną też nowe przepompownie i ścieżka rowerowa na koronie wału.",
            "Wody Polskie zapowiadają, że projekt dla tego odcinka będzie gotowy do końca roku, a prace mogłyby się "
            "rozpocząć w 2027 roku.",
        ],
    ),
    # Samoa Observer: name and date lines, read time, "Photo: ..." credit at the end of the caption line.
    dict(
        cluster="samoaobserver-apia-dialysis-unit",
        role="single",
        file="samoaobserver_ttm_dialysis_unit.txt",
        render="text",
        title="Dialysis unit at TTM Hospital to double capacity",
        date="2024-11-20",
        dateline="",
        city=None,
        country="WS",
        region="oceania",
        agency=None,
        authors=["Leota Faleolo"],
        editors=[],
        lang="en",
        section=None,
        caption="The Tupua Tamasese Meaole Hospital at Motootua.",
        credit="Samoa Observer",
        pre=[["Samoa Observer", "Samoa", "Sports", "Business", "Pacific", "World", "Opinion", "Subscribe"], ["Samoa"]],
        head=[["Leota Faleolo"], ["20 November 2024, 6:30 am"], ["Read time: 3 mins"]],
        cap_lines=["The Tupua Tamasese Meaole Hospital at Motootua. Photo: Samoa Observer"],
        tail=[
            ["Subscribe to the Samoa Observer digital edition for unlimited access to all our stories."],
            ["Related Stories", "Vaccination drive targets children in rural villages"],
            ["Leave a comment"],
            ["\u00a9 Samoa Observer 2024"],
        ],
        paras=P("""
The dialysis unit at the Tupua Tamasese Meaole Hospital in Motootua will double the number of patients it can
treat each week when new machines arrive early next year, the Ministry of Health says.

The unit currently has 14 machines and runs three shifts a day, six days a week, for about 90 patients with
kidney failure.

A further 14 machines, funded by a development partner, will be installed in a refurbished ward next to the
unit, along with a new water treatment system.

The Director General of Health, Dr Tupe Aiono, said the number of patients needing dialysis had grown by about
10 per cent each year, driven mainly by diabetes and high blood pressure.

"Some of our patients travel from Savai'i three times a week. That is a heavy burden on families, in time and
in money," he said.

The Ministry is also considering opening a small satellite unit at the Malietoa Tanumafili II Hospital in
Tuasivi, on Savai'i, which would spare patients the ferry crossing.

Nurses for the expanded unit will be trained in New Zealand over the coming months.

Health officials have urged families to have regular check-ups for diabetes and blood pressure, which can be
treated before they damage the kidneys.
"""),
        must_have=[
            "A further 14 machines, funded by a development partner, will be installed in a refurbished ward next to the "
            "unit, along with a new water treatment system.",
            "Nurses for the expanded unit will be trained in New Zealand over the coming months.",
        ],
    ),
    # Financial Times: "NAME in City" byline, Editor's Digest promo, "©" photo credit, "Additional reporting by" at the end.
    dict(
        cluster="ft-vietnam-robusta-prices",
        role="single",
        file="ft_vietnam_robusta_coffee_farmers.txt",
        render="text",
        title="Vietnam's coffee farmers cash in as robusta prices hit record",
        date="2024-09-24",
        dateline="",
        city=None,
        country="VN",
        region="asia",
        agency=None,
        authors=["Linh Tran", "Harriet Pym"],
        editors=[],
        lang="en",
        section=None,
        caption="Coffee beans dry in the sun at a farm in Dak Lak province. Robusta prices have risen more than 70 per "
        "cent this year",
        credit="Minh Hoang/Bloomberg",
        pre=[["Skip to main content", "Skip to navigation", "Skip to footer"],
             ["Financial Times", "myFT", "Subscribe", "Sign In"],
             ["Soft commodities", "Add to myFT"]],
        head=[["Unlock the Editor's Digest for free",
               "Roula Khalaf, Editor of the FT, selects her favourite stories in this weekly newsletter."],
              ["Linh Tran in Ho Chi Minh City"], ["Published September 24 2024"], ["Save", "Print this page"]],
        cap_lines=["Coffee beans dry in the sun at a farm in Dak Lak province. Robusta prices have risen more than 70 per "
                   "cent this year \u00a9 Minh Hoang/Bloomberg"],
        tail=[
            ["Additional reporting by Harriet Pym in London"],
            ["Copyright The Financial Times Limited 2024. All rights reserved."],
            ["Reuse this content", "Comments"],
            ["Promoted Content"],
            ["Latest on Soft commodities", "Cocoa prices slide as west African harvest outlook improves"],
        ],
        paras=P("""
Coffee traders in Vietnam's Central Highlands are paying farmers more than twice what they did two years ago,
as drought and shipping disruption push the price of robusta beans to record highs.

Robusta futures traded in London have risen more than 70 per cent this year, touching a record above $5,500 a
tonne this month, as Vietnam, the world's largest producer of the variety, struggled with its smallest harvest
in four years.

"Farmers who held on to their beans are now very happy. Those who sold early are angry," said Nguyen Van
Thanh, who runs a trading house in Buon Ma Thuot, the region's coffee capital.

The windfall has prompted some growers in Dak Lak and Lam Dong provinces to switch land back to coffee from
durian, which many planted during a boom in fruit exports to China.

Roasters in Europe, which buy robusta for instant coffee and espresso blends, have warned that retail prices
will rise further next year.

Analysts at a Singapore-based commodity house estimate that Vietnam's 2024-25 harvest will be about 27mn bags,
down from more than 29mn two seasons ago.

Vietnamese exporters also face new EU rules on deforestation, which require them to prove that beans were not
grown on recently cleared land. Many smallholders lack land titles or GPS records for their plots.

"The paperwork is the next big problem," said Tran Thi Mai, a director at a cooperative near Pleiku. "We have
400 families. None of them has ever been asked for coordinates."
"""),
        must_have=[
            "Roasters in Europe, which buy robusta for instant coffee and espresso blends, have warned that retail prices "
            "will rise further next year.",
            "Many smallholders lack land titles or GPS records for their plots.",
        ],
    ),
    # The Washington Post: corrections box, gift/comment/save bar, "(NAME/The Washington Post)" credit.
    dict(
        cluster="wapo-baltimore-crisis-center",
        role="single",
        file="washingtonpost_baltimore_stabilization_center.txt",
        render="text",
        title="Baltimore will use opioid settlement money for a 24-hour crisis center",
        date="2025-02-26",
        dateline="",
        city=None,
        country="US",
        region="americas",
        agency=None,
        authors=["Marissa Holt"],
        editors=[],
        lang="en",
        section=None,
        caption="The former school building on East Monument Street that will house the center.",
        credit="Kylie Cooper/The Washington Post",
        pre=[["Democracy Dies in Darkness"], ["Sections", "Subscribe", "Sign in"], ["Maryland"]],
        head=[["By Marissa Holt"], ["February 26, 2025 at 6:00 a.m. EST"], ["Gift Article", "Comment", "Save"],
              ["Listen", "5 min"]],
        cap_lines=["The former school building on East Monument Street that will house the center. (Kylie Cooper/The Washington Post)"],
        inserts={3: ["Story continues below advertisement"]},
        tail=[
            ["Correction"],
            ["An earlier version of this article misstated the number of beds at the center. It will have 40 beds, "
             "not 60. The article has been corrected."],
            ["Share", "Comments"],
            ["More from Maryland", "Montgomery County expands free school meals to all elementary students"],
            ["\u00a9 1996-2025 The Washington Post"],
        ],
        paras=P("""
Baltimore will open a 24-hour center where people in crisis from drugs or alcohol can be taken instead of a
hospital emergency room or jail, city officials said Tuesday, the largest project yet paid for with the city's
opioid settlement money.

The center, in a former school building on East Monument Street, will have 40 beds and will be run by a
nonprofit under a five-year, $31 million contract approved by the Board of Estimates.

Police officers and paramedics will be able to drop people off at any hour, and patients can stay for up to
72 hours while staff members connect them with treatment and housing.

"Right now the only door that is open at 3 in the morning is the emergency room, and the emergency room is not
built for this," said Lena Okafor, the city's deputy health commissioner.

Baltimore has long had one of the highest overdose death rates of any large American city, though deaths have
fallen over the past two years.

The city expects to receive several hundred million dollars from settlements and lawsuits against drug
companies over the next two decades.

Some residents near the site told the City Council in January that they worried about loitering and wanted
more security around the building. The nonprofit has agreed to hire overnight guards and set up a community
advisory board.

The center is expected to open in the fall.
"""),
        must_have=[
            "Police officers and paramedics will be able to drop people off at any hour, and patients can stay for up to "
            "72 hours while staff members connect them with treatment and housing.",
            "The nonprofit has agreed to hire overnight guards and set up a community advisory board.",
        ],
    ),
    # Hürriyet running Anadolu copy: "KONYA (AA) - " dateline, "Haberin Devamı" breaks inside the story, app line.
    dict(
        cluster="hurriyet-aa-konya-damla-sulama",
        role="single",
        file="hurriyet_aa_konya_damla_sulama_tr.txt",
        render="text",
        title="Konya Ovası'nda kuraklık çiftçiyi damla sulamaya yöneltti",
        date="2024-08-13",
        dateline="KONYA (AA) - ",
        city="Konya",
        country="TR",
        region="asia",
        agency="Anadolu",
        authors=[],
        editors=[],
        lang="tr",
        section=None,
        pre=[["Hürriyet", "Gündem", "Ekonomi", "Dünya", "Spor", "Yazarlar", "Kelebek", "Seyahat"],
             ["Giriş Yap", "Abone Ol"], ["Gündem Haberleri"]],
        head=[["Giriş: 13.08.2024 - 10:42", "Güncelleme: 13.08.2024 - 10:42"], ["Google News ile Abone Ol"]],
        inserts={1: ["Haberin Devamı"], 4: ["Haberin Devamı"]},
        tail=[
            ["Kaynak: AA"],
            ["Hürriyet mobil uygulamasını indirin: App Store | Google Play"],
            ["İlgili Haberler", "Ankara'da barajların doluluk oranı yüzde 30'un altına indi"],
            ["\u00a9 Copyright 2024 Hürriyet"],
        ],
        paras=P("""
Konya Ovası'nda kuraklık ve yeraltı su seviyesindeki düşüş nedeniyle çiftçiler, salma sulama yerine damla ve
yağmurlama sulama sistemlerine yöneliyor. Uzmanlar, bu değişimin ovadaki su kaynaklarının korunması için
zorunlu olduğunu belirtiyor.

Konya İl Tarım ve Orman Müdürlüğü verilerine göre, kentte basınçlı sulama sistemleriyle sulanan tarım arazisi
son beş yılda yaklaşık yüzde 40 arttı. Özellikle şeker pancarı, mısır ve ayçiçeği üreten çiftçiler yeni
sistemlere geçiyor.

Devlet, damla sulama sistemi kuran çiftçilere yatırım tutarının yarısına kadar hibe desteği veriyor. Başvurular
her yıl ilkbaharda alınıyor ve destekten bu yıl 3 binden fazla üretici yararlandı.

Çumra ilçesinde 120 dönüm arazide şeker pancarı ve mısır yetiştiren Mehmet Aydoğan, damla sulamaya geçtikten
sonra su tüketiminin neredeyse yarıya indiğini söyledi.

Aydoğan, "Eskiden kuyudan günlerce su çekerdik, elektrik faturası da çok yüksek gelirdi. Şimdi hem su hem de
masraf azaldı, verim de düşmedi." dedi.

Uzmanlar ise ovada yeraltı su seviyesinin bazı bölgelerde yılda bir metreden fazla düştüğünü ve bunun obruk
oluşumunu da hızlandırdığını vurguluyor.

Ovada son yıllarda çok sayıda yeni obruk oluştu. Yetkililer, kaçak kuyuların kapatılması için denetimlerin
artırılacağını açıkladı.

Konya Ovası, Türkiye'nin tahıl ambarı olarak biliniyor ve ülkedeki buğday üretiminin önemli bir kısmını
karşılıyor. Çiftçiler, yağışların az olduğu bu yaz ürünlerini kurtarmak için sulamaya her zamankinden fazla
ihtiyaç duyduklarını söylüyor.
"""),
        must_have=[
            "Devlet, damla sulama sistemi kuran çiftçilere yatırım tutarının yarısına kadar hibe desteği veriyor.",
            "Yetkililer, kaçak kuyuların kapatılması için denetimlerin artırılacağını açıkladı.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_REUTERS = dict(
    name="Reuters",
    home="https://www.reuters.example.com",
    title_suffix=" | Reuters",
    locale="en_US",
    twitter="@Reuters",
    body_class="article-page",
    article_class="article__container",
    body_class_inner="article-body__content",
    skip="Skip to main content",
    cookie_title="Your privacy choices",
    cookie="We and our partners use cookies and similar technologies to deliver and improve our services. Select Accept All to agree or Manage Preferences to choose.",
    cookie_buttons=["Accept All", "Manage Preferences"],
    top_links=["Exclusive news, data and analytics for financial market professionals", "Learn more about LSEG", "My View", "Sign In"],
    nav=["World", "Business", "Markets", "Sustainability", "Legal", "Commentary", "Technology", "Investigations"],
    share=["Share", "X", "Facebook", "Linkedin", "Email", "Link"],
    footer=["\u00a9 2025 Reuters. All rights reserved", "Apps", "Newsletters", "Advertise with Us"],
)

SITE_NZZ = dict(
    name="Neue Zürcher Zeitung",
    home="https://www.nzz.example.ch",
    title_suffix=" | NZZ",
    locale="de_CH",
    twitter="@NZZ",
    body_class="nzz-article",
    article_class="articlecomponent",
    body_class_inner="articlecomponent__body",
    cookie_title="Datenschutz-Einstellungen",
    cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Ihnen ein optimales Leseerlebnis zu bieten und Inhalte zu personalisieren.",
    cookie_buttons=["Alle akzeptieren", "Einstellungen"],
    top_links=["Abo", "Anmelden", "E-Paper"],
    nav=["Schweiz", "International", "Wirtschaft", "Finanzen", "Feuilleton", "Zürich", "Sport", "Meinung", "Panorama"],
    share=["Merken", "Drucken", "Teilen"],
    footer=["Copyright \u00a9 Neue Zürcher Zeitung AG. Alle Rechte vorbehalten.", "Impressum", "AGB", "Datenschutz"],
)

SITE_LEXPRESS = dict(
    name="lexpress.mu",
    home="https://www.lexpress.example.mu",
    title_suffix=" | lexpress.mu",
    locale="fr_MU",
    twitter="@lexpressmu",
    body_class="node-article",
    article_class="article-full",
    body_class_inner="field-body",
    cookie=None,
    top_links=["S'abonner", "Se connecter", "Journal du jour"],
    nav=["Actualités", "Économie", "Société", "Politique", "Sport", "Monde", "Opinions", "Rodrigues"],
    share=["Partager", "Facebook", "WhatsApp", "Email"],
    footer=["\u00a9 La Sentinelle Ltd 2025", "Contactez-nous", "Conditions d'utilisation"],
)

SITE_PUBLICO = dict(
    name="PÚBLICO",
    home="https://www.publico.example.pt",
    title_suffix=" | Porto | PÚBLICO",
    locale="pt_PT",
    twitter="@Publico",
    body_class="story-page",
    article_class="story",
    body_class_inner="story__body",
    cookie_title="O PÚBLICO respeita a sua privacidade",
    cookie="Utilizamos cookies e tecnologias semelhantes para melhorar a sua experiência, personalizar conteúdos e analisar o tráfego.",
    cookie_buttons=["Aceitar", "Gerir opções"],
    top_links=["Assinar", "Entrar"],
    nav=["Política", "Sociedade", "Local", "Economia", "Mundo", "Cultura", "Desporto", "Ciência", "Opinião"],
    share=["Oferecer artigo", "Partilhar", "Guardar"],
    footer=["\u00a9 2024 PÚBLICO Comunicação Social SA", "Estatuto Editorial", "Contactos", "Política de Privacidade"],
)

SITE_MILENIO = dict(
    name="Grupo Milenio",
    home="https://www.milenio.example.com",
    title_suffix=" - Grupo Milenio",
    locale="es_MX",
    twitter="@Milenio",
    body_class="nd-story",
    article_class="media-container",
    body_class_inner="content-body",
    cookie=None,
    top_links=["MILENIO TV", "Suscríbete", "Ingresar"],
    nav=["Política", "Policía", "Negocios", "Internacional", "Deportes", "Cultura", "Jalisco", "Monterrey", "Opinión"],
    share=["Escuchar nota", "Compartir", "Copiar enlace"],
    footer=["\u00a9 Derechos reservados, Milenio Diario S.A. de C.V. 2025", "Aviso de privacidad", "Términos y condiciones"],
)

SITE_RAPPLER = dict(
    name="Rappler",
    home="https://www.rappler.example.com",
    title_suffix=" | Rappler",
    locale="en_PH",
    twitter="@rapplerdotcom",
    body_class="single-post",
    article_class="post-single",
    body_class_inner="post-single__content entry-content",
    cookie="This website uses cookies. By continuing to browse the site, you are agreeing to our use of cookies.",
    cookie_buttons=["Got it"],
    top_links=["Download the Rappler app", "Sign up", "Log in"],
    nav=["Philippines", "World", "Voices", "Business", "Sports", "Life & Style", "Entertainment", "Technology", "Environment"],
    share=["Facebook", "Twitter", "Reddit", "Email", "Copy link"],
    footer=["\u00a9 Copyright 2024 Rappler Inc. All rights reserved.", "About Rappler", "Privacy Statement"],
)

SITE_PREMIUMTIMES = dict(
    name="Premium Times Nigeria",
    home="https://www.premiumtimesng.example.com",
    title_suffix=" | Premium Times Nigeria",
    locale="en_US",
    twitter="@PremiumTimesng",
    body_class="jeg_single_tpl_2",
    article_class="jeg_inner_content",
    body_class_inner="content-inner",
    cookie=None,
    top_links=["PT Mag", "Agromedia", "Dubawa", "Naija Reporta", "Donate"],
    nav=["News", "Headlines", "Top News", "Regional", "Business", "Investigations", "Health", "Sports", "Opinion"],
    share=["Share on Facebook", "Share on Twitter", "WhatsApp"],
    footer=["\u00a9 2024 Premium Times Services Limited. All rights reserved.", "About Us", "Privacy Policy", "Contact"],
)

SITE_1NEWS = dict(
    name="1News",
    home="https://www.1news.example.co.nz",
    title_suffix=" | 1News",
    locale="en_NZ",
    twitter="@1NewsNZ",
    body_class="article-page",
    article_class="story",
    body_class_inner="story-body",
    cookie=None,
    top_links=["Watch live on TVNZ+", "Download the 1News app for free"],
    nav=["New Zealand", "World", "Politics", "Pacific", "Te Ao Māori", "Sport", "Business", "Weather", "Entertainment"],
    share=["Share", "Copy link", "Facebook", "X", "Email"],
    footer=["\u00a9 2024 TVNZ", "Contact us", "Editorial standards", "Privacy"],
)

SITE_NPR = dict(
    name="NPR",
    home="https://www.npr.example.org",
    title_suffix=" : NPR",
    locale="en_US",
    twitter="@NPR",
    body_class="storytext-page",
    article_class="story",
    body_class_inner="storytext",
    skip="Skip to main content",
    cookie=None,
    top_links=["Keyboard shortcuts for audio player", "Donate", "NPR Shop"],
    nav=["News", "Culture", "Music", "Podcasts & Shows", "Search"],
    share=["Facebook", "Flipboard", "Email"],
    footer=["\u00a9 2024 npr", "Terms of Use", "Privacy", "Your Privacy Choices"],
)

HTML_STORIES = [
    # -- Reuters on reuters.com (original of the Reuters cluster): consent dialog, gallery counter, credits line at the end --
    dict(
        OSLO,
        role="original",
        file="reuters_oslo_seafood_exports_record.html",
        render="html",
        site=SITE_REUTERS,
        section="Business",
        meta_section="Business",
        url="https://www.reuters.example.com/business/norways-seafood-exports-hit-record-weak-crown-lifts-salmon-earnings-2025-01-06/",
        published="2025-01-06T09:12:00Z",
        modified="2025-01-06T12:40:00Z",
        byline_lines=["By Ingrid Solvang"],
        date_lines=["January 6, 2025 10:12 AM GMT+1", "Updated 3 hours ago"],
        caption="Salmon is prepared for export at a processing plant in Bremnes, Norway, January 3, 2025.",
        credit="REUTERS/Tor Eldby",
        caption_prefix="[1/2]",
        caption_suffix="Purchase Licensing Rights, opens new tab",
        inserts={2: [("ad", "Advertisement \u00b7 Scroll to continue")]},
        end_lines=[OSLO_CREDITS],
        below_body=[("trust", "Our Standards: The Thomson Reuters Trust Principles., opens new tab")],
        lists=[("Read Next", ["Chile's salmon farmers expect higher output as algae risk eases",
                              "Danish shipping firms see slower freight rates in 2025"])],
    ),
    # -- NZZ: court story, kicker + reading time, "NAME / NZZ" credit, comment counter --
    dict(
        cluster="nzz-zuerich-nebenkosten-betrug",
        role="single",
        file="nzz_zuerich_obergericht_nebenkosten_de.html",
        render="html",
        site=SITE_NZZ,
        title="Betrug mit Nebenkosten: Obergericht bestätigt Strafe für Zürcher Liegenschaftsverwalter",
        date="2024-10-17",
        dateline="",
        city=None,
        country="CH",
        region="europe",
        agency=None,
        authors=["Linda Bucher"],
        editors=[],
        lang="de",
        section="Zürich",
        meta_section="Zürich",
        url="https://www.nzz.example.ch/zuerich/betrug-mit-nebenkosten-obergericht-bestaetigt-strafe-ld.1852113",
        description="Ein Verwalter hat Mietern in Altstetten jahrelang Leistungen verrechnet, die nie erbracht wurden.",
        dek="Ein Liegenschaftsverwalter hat Mietern in Altstetten jahrelang Leistungen verrechnet, die nie erbracht wurden. Nun muss er 430 000 Franken zurückzahlen.",
        published="2024-10-17T17:45:00+02:00",
        modified="2024-10-17T17:45:00+02:00",
        kicker="Prozess",
        byline_lines=["Linda Bucher"],
        date_lines=["17.10.2024, 17.45 Uhr"],
        above_body=[("reading-time", "Lesezeit: 3 min"), ("audio", "Hören")],
        caption="Das Obergericht des Kantons Zürich am Hirschengraben.",
        credit="Annina Keller / NZZ",
        comments=["21 Kommentare", "Kommentar schreiben"],
        lists=[("Passend zum Artikel", ["Mietzinse in Zürich steigen so stark wie seit Jahren nicht",
                                        "Wie man die Nebenkostenabrechnung richtig prüft"])],
        paras=P("""
Ein 58-jähriger Liegenschaftsverwalter hat Mietern in mehreren Wohnhäusern in Zürich-Altstetten über Jahre zu
hohe Nebenkosten verrechnet. Das Obergericht des Kantons Zürich hat am Donnerstag seine Verurteilung wegen
gewerbsmässigen Betrugs bestätigt.

Der Mann erhält eine bedingte Freiheitsstrafe von 22 Monaten und eine Busse von 5000 Franken. Zudem muss er
den Geschädigten insgesamt rund 430 000 Franken zurückzahlen.

Laut Anklage hatte der Verwalter zwischen 2015 und 2021 in den Nebenkostenabrechnungen Leistungen für
Hauswartung und Gartenpflege aufgeführt, die nie erbracht worden waren. Betroffen waren rund 160
Mietparteien.

Vor Gericht hatte der Beschuldigte geltend gemacht, er habe lediglich Pauschalen der Eigentümerin
übernommen. Das Gericht folgte dieser Darstellung nicht.

«Die Abrechnungen waren so gestaltet, dass die Mieter keine Chance hatten, die Fehler zu erkennen», sagte die
vorsitzende Richterin bei der Urteilseröffnung.

Der Mieterinnen- und Mieterverband Zürich begrüsste das Urteil. Viele Mieterinnen und Mieter prüften ihre
Nebenkostenabrechnungen nicht, obwohl sie ein Recht auf Einsicht in die Belege hätten, teilte der Verband mit.

Das Urteil ist noch nicht rechtskräftig. Der Verteidiger kündigte an, einen Weiterzug ans Bundesgericht zu
prüfen.
"""),
        must_have=[
            "Betroffen waren rund 160 Mietparteien.",
            "Das Urteil ist noch nicht rechtskräftig.",
        ],
    ),
    # -- lexpress.mu (Mauritius): "Par NAME" byline, "© l'express" credit, subscription pitch and reactions counter --
    dict(
        cluster="lexpress-port-louis-prix-legumes",
        role="single",
        file="lexpress_port_louis_prix_legumes_fr.html",
        render="html",
        site=SITE_LEXPRESS,
        title="Légumes : les prix s'envolent au marché de Port-Louis après les pluies torrentielles",
        date="2025-02-05",
        dateline="",
        city=None,
        country="MU",
        region="africa",
        agency=None,
        authors=["Priya Ramsamy"],
        editors=[],
        lang="fr",
        section="Économie",
        meta_section="Économie",
        url="https://www.lexpress.example.mu/s/legumes-les-prix-senvolent-au-marche-de-port-louis-apres-les-pluies-torrentielles",
        description="Le kilo de tomates a presque triplé en une semaine ; les planteurs évoquent des pertes de plus de 40 %.",
        published="2025-02-05T11:20:00+04:00",
        modified="2025-02-05T11:20:00+04:00",
        meta_author="Priya Ramsamy",
        byline_lines=["Par Priya Ramsamy"],
        date_lines=["5 février 2025, 11:20"],
        caption="Les étals du marché central de Port-Louis, mardi.",
        credit="l'express",
        credit_shown="\u00a9 l'express",
        inserts={3: [("link", "À lire aussi :", "Pluies torrentielles : le bilan des dégâts dans le Nord")]},
        below_body=[("paywall-pitch", "Vous avez aimé cet article ? Abonnez-vous à l'express pour Rs 250 par mois et soutenez un journalisme indépendant.")],
        share_top=False,
        comments=["3 réactions", "Réagir à cet article"],
        paras=P("""
Le prix de la tomate a presque triplé en une semaine au marché central de Port-Louis. Le kilo, qui se vendait
autour de Rs 60 à la fin janvier, s'échangeait à Rs 175 mardi matin, selon plusieurs marchands.

Les fortes pluies qui se sont abattues sur l'île la semaine dernière ont détruit une partie des plantations dans
les régions de Plaine-des-Papayes, de Vacoas et de Nouvelle-France, où se concentre la production maraîchère.

Le chou, la carotte et le piment sont également touchés. « Les clients regardent, demandent le prix et
repartent sans rien acheter », raconte Anil Dookhee, marchand de légumes depuis une vingtaine d'années.

Le ministère de l'Agro-industrie estime que les pertes dépassent 40 % pour certaines cultures. Une aide de Rs
10 000 par arpent sera versée aux planteurs enregistrés.

Pour limiter la hausse, les autorités ont autorisé l'importation de pommes de terre et d'oignons
supplémentaires, mais les légumes verts ne peuvent guère être importés en grande quantité.

Les planteurs préviennent que les prix ne reviendront pas à la normale avant au moins six semaines, le temps
que les nouvelles plantations arrivent à maturité.

L'Association des consommateurs appelle de son côté à un contrôle plus strict des marges des intermédiaires.
"""),
        must_have=[
            "Les fortes pluies qui se sont abattues sur l'île la semaine dernière ont détruit une partie des plantations "
            "dans les régions de Plaine-des-Papayes, de Vacoas et de Nouvelle-France, où se concentre la production "
            "maraîchère.",
            "Les planteurs préviennent que les prix ne reviendront pas à la normale avant au moins six semaines, le temps "
            "que les nouvelles plantations arrivent à maturité.",
        ],
    ),
    # -- PÚBLICO (Portugal): consent dialog, listen player line, photographer name alone as credit, topic list --
    dict(
        cluster="publico-porto-alojamento-local",
        role="single",
        file="publico_porto_alojamento_local_pt.html",
        render="html",
        site=SITE_PUBLICO,
        title="Porto suspende novos registos de alojamento local em mais cinco freguesias",
        date="2024-07-09",
        dateline="",
        city=None,
        country="PT",
        region="europe",
        agency=None,
        authors=["Inês Barbosa Lopes"],
        editors=[],
        lang="pt",
        section="Local",
        meta_section="Local",
        url="https://www.publico.example.pt/2024/07/09/local/noticia/porto-suspende-novos-registos-alojamento-local-cinco-freguesias-2097714",
        description="A medida vale por um ano e alarga a suspensão que já vigorava no centro histórico.",
        dek="A medida vale por um ano e alarga a suspensão que já vigorava no centro histórico. Registos existentes não são afectados.",
        published="2024-07-09T19:30:00+01:00",
        modified="2024-07-09T21:02:00+01:00",
        byline_lines=["Inês Barbosa Lopes"],
        date_lines=["9 de Julho de 2024, 19:30"],
        above_body=[("audio", "Ouvir este artigo"), ("audio-time", "00:00 / 04:12")],
        caption="Casas com registo de alojamento local na zona da Sé, no Porto",
        credit="Tiago Faria Lopes",
        tags=("Tópicos", ["Porto", "Alojamento local", "Habitação", "Turismo"]),
        comments=["Os comentários deste artigo estão fechados. Saiba porquê."],
        lists=[("Mais lidas", ["Metro do Porto: linha Rubi só abre em 2026", "Preço das casas no Porto sobe 12% num ano"])],
        paras=P("""
A Câmara Municipal do Porto aprovou esta terça-feira a suspensão de novos registos de alojamento local em mais
cinco freguesias da cidade durante pelo menos um ano, alargando a medida que já vigorava no centro histórico.

A medida abrange Bonfim, Campanhã, Paranhos, Ramalde e a união de freguesias de Lordelo do Ouro e Massarelos,
onde o número de casas registadas para turistas quase duplicou desde 2019.

Segundo dados da autarquia, o Porto tem hoje cerca de 11.500 registos de alojamento local, o que corresponde a
perto de 8% das habitações da cidade.

O vereador do Urbanismo, Rui Falcão, defendeu que a suspensão é necessária para travar a subida das rendas.
"Há ruas onde já não vive praticamente ninguém durante o ano inteiro", afirmou na reunião do executivo.

A associação que representa o sector criticou a decisão e diz que muitas famílias dependem dos rendimentos do
arrendamento a turistas para pagar os seus empréstimos.

Os registos já existentes não serão afectados, mas deixam de poder ser transmitidos em caso de venda do
imóvel.

A câmara vai encomendar um estudo sobre o impacto do turismo na habitação, que deverá estar concluído no início
do próximo ano.
"""),
        must_have=[
            "Os registos já existentes não serão afectados, mas deixam de poder ser transmitidos em caso de venda do "
            "imóvel.",
            "A câmara vai encomendar um estudo sobre o impacto do turismo na habitação, que deverá estar concluído no "
            "início do próximo ano.",
        ],
    ),
    # -- Milenio (Mexico): place and stamp on one line ("Guadalajara / 11.06.2025 20:35:00"), "Foto: Especial" credit --
    dict(
        cluster="milenio-guadalajara-fan-festival",
        role="single",
        file="milenio_guadalajara_fan_festival_mundial_es.html",
        render="html",
        site=SITE_MILENIO,
        title="Guadalajara instalará el Fan Festival del Mundial en la Plaza Liberación",
        date="2025-06-11",
        dateline="",
        city=None,
        country="MX",
        region="americas",
        agency=None,
        authors=["Lucía Zamora"],
        editors=[],
        lang="es",
        section="Jalisco",
        meta_section="Jalisco",
        url="https://www.milenio.example.com/politica/comunidad/guadalajara-instalara-fan-festival-mundial-plaza-liberacion",
        description="El espacio tendrá capacidad para 25 mil personas y el acceso será gratuito.",
        published="2025-06-11T20:35:00-06:00",
        modified="2025-06-11T20:35:00-06:00",
        meta_author="Lucía Zamora",
        byline_lines=["Lucía Zamora"],
        date_lines=["Guadalajara / 11.06.2025 20:35:00"],
        caption="Así luce actualmente la Plaza Liberación, en el centro de Guadalajara.",
        credit="Especial",
        credit_shown="Foto: Especial",
        inserts={1: [("ad", "Publicidad")], 4: [("link", "Te recomendamos:", "Estadio Akron concluye primera etapa de remodelación")]},
        lists=[("Lo más visto", ["Chivas anuncia fecha de su presentación para el Apertura 2025",
                                 "Línea 5 del Tren Ligero tendrá pruebas en octubre"])],
        newsletter_end=["Recibe las noticias de Jalisco en tu correo", "Suscríbete a nuestro newsletter"],
        paras=P("""
El Gobierno de Jalisco y el Ayuntamiento de Guadalajara presentaron este miércoles el proyecto del Fan Festival
que se instalará en el centro de la ciudad durante la Copa del Mundo de 2026, justo a un año del partido
inaugural.

El espacio ocupará la Plaza Liberación y las calles aledañas a la Catedral, con pantallas gigantes, escenarios
para conciertos y zonas de comida, y tendrá capacidad para unas 25 mil personas al mismo tiempo.

Guadalajara será sede de cuatro partidos del torneo en el Estadio Akron, en Zapopan, incluido uno de la
selección mexicana en la fase de grupos.

"Queremos que quien no tenga boleto para el estadio viva el Mundial en las calles de la ciudad", dijo la
coordinadora del comité organizador local, Mariana Esquivel.

Las autoridades estiman que durante el torneo llegarán a la metrópoli alrededor de 600 mil visitantes, con una
derrama económica cercana a los 9 mil millones de pesos.

Comerciantes del Centro Histórico pidieron que se les permita vender dentro del perímetro del festival y que se
refuerce la seguridad por las noches.

El acceso al Fan Festival será gratuito. Los detalles sobre horarios y registro se darán a conocer a principios
de 2026.
"""),
        must_have=[
            "Comerciantes del Centro Histórico pidieron que se les permita vender dentro del perímetro del festival y que "
            "se refuerce la seguridad por las noches.",
            "El acceso al Fan Festival será gratuito.",
        ],
    ),
    # -- Rappler: "CEBU CITY, Philippines – " dateline, AI-summary notice, keyword-led caption, "– with reports from NAME/Rappler.com" --
    dict(
        cluster="rappler-cebu-water-rationing",
        role="single",
        file="rappler_cebu_city_water_rationing.html",
        render="html",
        site=SITE_RAPPLER,
        title="Cebu City water supply cut to 12 hours a day as dry spell drains dams",
        date="2024-04-17",
        dateline="CEBU CITY, Philippines \u2013 ",
        city="Cebu City",
        country="PH",
        region="asia",
        agency=None,
        authors=["Mika Abellana", "Carlo Ybañez"],
        editors=[],
        lang="en",
        section="Philippines",
        meta_section="Philippines",
        url="https://www.rappler.example.com/philippines/visayas/cebu-city-water-supply-cut-12-hours-dry-spell-april-2024/",
        description="The Metropolitan Cebu Water District says production has dropped by about 40,000 cubic meters a day.",
        published="2024-04-17T18:14:00+08:00",
        modified="2024-04-17T18:14:00+08:00",
        ld_author=[{"@type": "Person", "name": "Mika Abellana"}],
        byline_lines=["MIKA ABELLANA"],
        date_lines=["April 17, 2024 6:14 PM"],
        above_body=[("ai-summary", "This is AI generated summarization, which may have errors. For context, always refer to the full article.")],
        caption="DRY. A resident collects water from a communal tap in Barangay Guadalupe, Cebu City, on April 16, 2024.",
        credit="Ryan Lim/Rappler",
        credit_shown="Ryan Lim/Rappler",
        end_lines=["\u2013 with reports from Carlo Ybañez/Rappler.com"],
        below_body=[("mood", "How does this make you feel?")],
        tags=("Tags", ["Cebu City", "El Niño", "water supply"]),
        lists=[("Related stories", ["Negros farmers count losses as El Niño dries rice fields", "PAGASA: Rainy season may start late May"])],
        paras=P("""
The Metropolitan Cebu Water District (MCWD) will cut water service in parts of Cebu City to 12 hours a day
starting Monday, April 22, as the prolonged dry spell has sharply reduced supply from its dams and wells.

MCWD said production had dropped by about 40,000 cubic meters a day from its normal level of 250,000, mainly
because the Buhisan Dam and several wells in the Mananga watershed were running low.

Households in Lahug, Talamban, Guadalupe and Labangon will receive water only from 4 am to 4 pm, while the
schedule for other barangays will be posted on the utility's Facebook page.

"We ask our customers to store water during service hours and to avoid washing cars and watering gardens until
the rains return," MCWD spokesperson Joy Cabiling said in a press briefing on Wednesday.

The state weather bureau PAGASA has said the dry conditions could persist until May, before the onset of the
rainy season.

The city government said it would deploy fire trucks to deliver water to public schools, hospitals and
evacuation centers, and asked private well owners to share supply with neighbors.

Cebu City declared a state of calamity in March due to the effects of El Niño on farms in its mountain
barangays.
"""),
        must_have=[
            "Households in Lahug, Talamban, Guadalupe and Labangon will receive water only from 4 am to 4 pm, while the "
            "schedule for other barangays will be posted on the utility's Facebook page.",
            "The city government said it would deploy fire trucks to deliver water to public schools, hospitals and "
            "evacuation centers, and asked private well owners to share supply with neighbors.",
        ],
    ),
    # -- Premium Times (gzipped): "by NAME" byline with read time, donation box and text ad inside the story --
    dict(
        cluster="premiumtimes-oyo-teachers",
        role="single",
        file="premiumtimes_oyo_teacher_recruitment.html.gz",
        render="html",
        site=SITE_PREMIUMTIMES,
        title="Oyo approves recruitment of 5,000 teachers for public schools",
        date="2024-10-02",
        dateline="",
        city=None,
        country="NG",
        region="africa",
        agency=None,
        authors=["Adebayo Olatunji"],
        editors=[],
        lang="en",
        section="Regional",
        meta_section="Regional",
        url="https://www.premiumtimesng.example.com/regional/south-west/748213-oyo-approves-recruitment-of-5000-teachers-for-public-schools.html",
        description="The commissioner said 3,000 of the new teachers would be posted to primary schools.",
        published="2024-10-02T09:15:00+01:00",
        modified="2024-10-02T09:15:00+01:00",
        meta_author="Adebayo Olatunji",
        byline_lines=["by Adebayo Olatunji"],
        date_lines=["October 2, 2024", "2 min read"],
        inserts={
            2: [("promo", ["Support PREMIUM TIMES' journalism of integrity and credibility",
                           "Good journalism costs a lot of money. Yet only good journalism can ensure the possibility of a good society, an accountable democracy, and a transparent government.",
                           "For continued free access to the best investigative journalism in the country we ask you to consider making a modest support to this noble endeavour.",
                           "Make a donation"])],
            4: [("ad", "TEXT AD: Buy quality solar panels and inverters in Ibadan. Call 0800 000 0000")],
        },
        author_box=["Adebayo Olatunji is a PREMIUM TIMES correspondent in Ibadan."],
        lists=[("More News", ["Lagos begins registration of commercial motorcycle riders", "Court adjourns trial of ex-governor to November"])],
        paras=P("""
The Oyo State Government has approved the recruitment of 5,000 teachers for its public primary and secondary
schools, in a move officials say will ease severe staff shortages in rural communities.

The state's Commissioner for Education, Olumide Bankole, announced the approval in Ibadan on Tuesday after a
meeting of the State Executive Council.

He said about 3,000 of the new teachers would be posted to primary schools, while the rest would teach
science, mathematics and English in secondary schools.

"In some of our rural schools, one teacher handles three classes at the same time. That is not acceptable, and
we are determined to change it," Mr Bankole said.

Applicants must hold at least a Nigeria Certificate in Education and be registered with the Teachers
Registration Council of Nigeria. The application portal will open on October 14.

The Nigeria Union of Teachers in the state welcomed the decision but urged the government to also pay
outstanding promotion arrears to serving teachers.

According to figures from the State Universal Basic Education Board, more than 1,800 teachers in the state
retired between 2021 and 2023 without being replaced.
"""),
        must_have=[
            "The application portal will open on October 14.",
            "According to figures from the State Universal Basic Education Board, more than 1,800 teachers in the state "
            "retired between 2021 and 2023 without being replaced.",
        ],
    ),
    # -- 1News (TVNZ): "By NAME, Dunedin Reporter", "(Source: 1News)" credit, stamped early morning at UTC+12 --
    dict(
        cluster="1news-dunedin-otago-job-cuts",
        role="single",
        file="1news_dunedin_university_otago_cuts.html",
        render="html",
        site=SITE_1NEWS,
        title="University of Otago proposes cutting 80 jobs and three language programmes",
        date="2024-06-04",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Hannah Rewi"],
        editors=[],
        lang="en",
        section="New Zealand",
        meta_section="New Zealand",
        url="https://www.1news.example.co.nz/2024/06/04/university-of-otago-proposes-cutting-80-jobs-and-three-language-programmes/",
        description="The university says it needs to fill a $45 million budget gap.",
        published="2024-06-04T06:05:00+12:00",
        modified="2024-06-04T06:05:00+12:00",
        byline_lines=["By Hannah Rewi, Dunedin Reporter"],
        date_lines=["6:05am Jun 4, 2024"],
        caption="The University of Otago's clocktower building in Dunedin.",
        credit="1News",
        credit_shown="(Source: 1News)",
        share_top=False,
        tags=("Topics", ["Dunedin and Otago", "Education", "Jobs"]),
        lists=[("Latest", ["Snow closes Desert Road as polar blast moves north", "Kiwis urged to get flu jab as cases climb"])],
        paras=P("""
The University of Otago will close its Italian, Portuguese and Russian programmes and cut about 80 jobs as it
tries to fill a budget gap of $45 million, staff were told on Monday.

The proposal, which is open for consultation until the end of the month, would affect academic and
professional staff across several divisions, the university's acting vice-chancellor said in an email to
staff.

Students currently enrolled in the affected programmes would be able to complete their degrees, the
university said.

Tertiary Education Union organiser Kirsty Mahon said staff were shocked and exhausted after several rounds of
restructuring in the past two years.

"Every time a programme closes, it is gone for good, and the students of the future lose the chance to study
it here," she said.

The university has blamed falling domestic enrolments, rising costs and government funding that has not kept
pace with inflation.

Dunedin's mayor said the university was the city's biggest employer and any cuts would be felt across the
local economy.

A final decision is expected in August.
"""),
        must_have=[
            "Students currently enrolled in the affected programmes would be able to complete their degrees, the "
            "university said.",
            "The university has blamed falling domestic enrolments, rising costs and government funding that has not "
            "kept pace with inflation.",
        ],
    ),
    # -- NPR: member-station reporter, "Heard on Morning Edition", "toggle caption" before the credit --
    dict(
        cluster="npr-anchorage-record-snow",
        role="single",
        file="npr_anchorage_record_snow_roofs.html",
        render="html",
        site=SITE_NPR,
        title="Anchorage is buried under twice its usual snow, and roofs are giving way",
        date="2024-12-19",
        dateline="",
        city=None,
        country="US",
        region="americas",
        agency=None,
        authors=["Rachel Cassidy"],
        editors=[],
        lang="en",
        section="National",
        meta_section="National",
        url="https://www.npr.example.org/2024/12/19/nx-s1-5231877/anchorage-alaska-record-snow-roof-collapses",
        description="More than 75 inches of snow have fallen since October, and the city's plow budget is nearly spent.",
        published="2024-12-19T05:00:00-05:00",
        modified="2024-12-19T05:00:00-05:00",
        byline_lines=["Rachel Cassidy", "Alaska Public Media"],
        date_lines=["December 19, 2024 5:00 AM ET"],
        above_body=[("program", "Heard on Morning Edition"), ("transcript", "Transcript")],
        caption="Snow piles up along a residential street in Anchorage's Mountain View neighborhood on Tuesday.",
        credit="Rachel Cassidy/Alaska Public Media",
        caption_prefix="toggle caption",
        inserts={3: [("ad", "Sponsor Message")]},
        lists=[("More Stories From NPR", ["A heat pump boom in Maine is saving homeowners money", "Why egg prices are climbing again"])],
        paras=P("""
Anchorage has received more than 75 inches of snow since the start of October, more than twice the normal
amount for this point in the winter, and the city is struggling to keep up.

The weight of the snow has caused roofs to collapse at a grocery store, two warehouses and a church in the past
two weeks, according to the Anchorage Fire Department. No one was seriously injured.

City crews have been working 12-hour shifts to clear residential streets, but many neighborhoods have waited
more than a week for a plow.

"We've got cars parked in the middle of the road because people can't get into their driveways," said Tanya
Olson, who lives in the Mountain View neighborhood. "The kids have been walking to the bus stop in the
street."

The Anchorage School District canceled classes for three days last week, and some buses still cannot reach
stops on narrow side streets.

The city's snow removal budget for the season is already nearly spent, and the Assembly is expected to vote
next month on an emergency appropriation of $6 million.

Structural engineers are urging owners of buildings with flat roofs to hire contractors to remove snow before
more storms arrive.

The National Weather Service is forecasting another 10 to 15 inches of snow in the Anchorage Bowl by Sunday.
"""),
        must_have=[
            "The Anchorage School District canceled classes for three days last week, and some buses still cannot reach "
            "stops on narrow side streets.",
            "Structural engineers are urging owners of buildings with flat roofs to hire contractors to remove snow "
            "before more storms arrive.",
        ],
    ),
]


# ---- cluster: EFE, Punta Arenas (efe.com as trafilatura + copy on a Uruguayan paper in a batch) ----

PUNTA_PARAS = P("""
La población de pingüinos de Magallanes de la isla Magdalena, en el estrecho de Magallanes, cayó cerca de un
20 % en los últimos tres años, según un censo presentado este miércoles por científicos chilenos en la ciudad
de Punta Arenas.

El recuento, realizado en enero por investigadores de la Universidad de Magallanes, estimó en unas 48.000 las
parejas reproductoras, frente a las 60.000 registradas en 2022.

Los científicos atribuyen el descenso a la escasez de sardinas y anchoas en las aguas cercanas, que obliga a los
pingüinos a nadar más lejos para alimentar a sus crías.

"Vemos adultos más delgados y muchos nidos abandonados a mitad de temporada", explicó a EFE la bióloga Carolina
Vidal, que dirigió el censo.

La isla Magdalena forma parte de un monumento natural administrado por la Corporación Nacional Forestal (Conaf)
y recibe cada verano a miles de turistas que llegan en barco desde Punta Arenas.

Los investigadores recomendaron limitar el número de visitantes durante la época de cría y reforzar el control
de la pesca artesanal en la zona.

El pingüino de Magallanes no está considerado una especie amenazada, pero las colonias de la Patagonia chilena
son observadas de cerca como indicadores de la salud del océano.
""")

PUNTA = dict(
    cluster="efe-punta-arenas-pinguinos",
    title="Cae un 20 % la colonia de pingüinos de isla Magdalena, en la Patagonia chilena",
    date="2025-02-12",
    dateline="Punta Arenas (Chile), 12 feb (EFE).- ",
    city="Punta Arenas",
    country="CL",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    paras=PUNTA_PARAS,
    must_have=[
        "Los científicos atribuyen el descenso a la escasez de sardinas y anchoas en las aguas cercanas, que obliga a "
        "los pingüinos a nadar más lejos para alimentar a sus crías.",
        "Los investigadores recomendaron limitar el número de visitantes durante la época de cría y reforzar el control "
        "de la pesca artesanal en la zona.",
    ],
    description="Un censo de la Universidad de Magallanes estima en 48.000 las parejas reproductoras, frente a 60.000 en 2022.",
)

JSON_STORIES = [
    # news-please, dpa on a Swiss portal: "Kiel (dpa/lno) - " dateline, "Von NAME, dpa" byline, "Das Wichtigste in Kürze" bullets.
    dict(
        cluster="dpa-kiel-ostsee-fangquoten",
        role="single",
        file="newsplease_nau_dpa_kiel_ostsee_fangquoten_de.json",
        render="newsplease",
        title="Ostsee-Fischer müssen 2025 mit noch weniger Fang auskommen",
        date="2024-10-22",
        dateline="Kiel (dpa/lno) - ",
        city="Kiel",
        country="DE",
        region="europe",
        agency="dpa",
        authors=["Birte Hansen"],
        editors=[],
        lang="de",
        section=None,
        url="https://www.nau.example.ch/news/europa/ostsee-fischer-mussen-2025-mit-noch-weniger-fang-auskommen-66852301",
        source_domain="www.nau.example.ch",
        description="Die EU senkt die Fangmenge für Sprotten in der Ostsee um 40 Prozent.",
        np_authors=["Birte Hansen"],
        np_publish="2024-10-22 11:42:00",
        np_modify=None,
        np_download="2024-10-22 19:03:51",
        image_url="https://www.nau.example.ch/img/2024/10/ostsee-kutter.jpg",
        head_lines=["Das Wichtigste in Kürze",
                    "Die EU hat die Fangmengen für die Ostsee festgelegt.",
                    "Für Sprotten gibt es 40 Prozent weniger.",
                    "Fischer in Schleswig-Holstein fürchten um ihre Existenz.",
                    "Von Birte Hansen, dpa", "22.10.2024, 11:42"],
        tail_lines=["Mehr zum Thema:", "Europäische Union", "Fischerei", "Ostsee"],
        paras=P("""
Die Fischer an der deutschen Ostseeküste müssen im kommenden Jahr mit noch weniger Fang rechnen. Die EU-Agrar-
und Fischereiminister einigten sich in der Nacht zum Dienstag in Luxemburg auf die Fangmengen für 2025.

Für den Hering in der westlichen Ostsee bleibt die gezielte Fischerei verboten, nur ein kleiner Beifang ist
erlaubt. Beim Dorsch gilt weiter ein weitgehendes Fangverbot.

Für die Sprotte wurde die erlaubte Menge um 40 Prozent gesenkt. Für viele Kutterbetriebe in Schleswig-Holstein
war die Sprotte zuletzt eine der wenigen verbliebenen Einnahmequellen.

«Das ist für viele Familienbetriebe das Ende», sagte der Vorsitzende eines Fischereiverbands in Kiel. Schon
jetzt gebe es an der schleswig-holsteinischen Ostseeküste nur noch rund 150 Haupterwerbsfischer.

Wissenschaftler begründen die niedrigen Quoten mit dem schlechten Zustand der Bestände. Die Ostsee leide unter
Überdüngung, Sauerstoffmangel und steigenden Wassertemperaturen.

Das Land Schleswig-Holstein will betroffenen Betrieben mit Abwrackprämien und Hilfen für neue Geschäftsfelder
wie Angeltourismus helfen. Ein entsprechendes Programm soll im Frühjahr starten.
"""),
        must_have=[
            "Wissenschaftler begründen die niedrigen Quoten mit dem schlechten Zustand der Bestände.",
            "Ein entsprechendes Programm soll im Frühjahr starten.",
        ],
    ),
    # news-please, VnExpress International: byline and stamp on one line ("By NAME   April 15, 2025 | 04:12 pm GMT+7").
    dict(
        cluster="vnexpress-da-nang-fireworks",
        role="single",
        file="newsplease_vnexpress_da_nang_fireworks_festival.json",
        render="newsplease",
        title="Da Nang fireworks festival to return with higher ticket prices",
        date="2025-04-15",
        dateline="",
        city=None,
        country="VN",
        region="asia",
        agency=None,
        authors=["Hoang Phuong"],
        editors=[],
        lang="en",
        section=None,
        url="https://e.vnexpress.example.net/news/travel/places/da-nang-fireworks-festival-to-return-with-higher-ticket-prices-4874512.html",
        source_domain="e.vnexpress.example.net",
        description="Teams from eight countries will compete over the Han River on five nights.",
        caption="Fireworks light up the sky over the Han River during last year's festival.",
        credit="VnExpress/Nguyen Dong",
        np_authors=["Hoang Phuong"],
        np_publish="2025-04-15 16:12:00",
        np_modify=None,
        np_download="2025-04-15 22:40:17",
        head_lines=["Travel", "Places", "By Hoang Phuong \u00a0 April 15, 2025 | 04:12 pm GMT+7"],
        inserts={2: ["Fireworks light up the sky over the Han River during last year's festival. Photo by VnExpress/Nguyen Dong"]},
        tail_lines=["Tags:", "Da Nang", "fireworks", "festival", "tourism"],
        paras=P("""
The Da Nang International Fireworks Festival will return for five nights from June 7 to July 12, with teams
from eight countries competing over the Han River, organizers said Tuesday.

Teams from Vietnam, Finland, Japan, Poland, Italy, the U.S., Australia and South Korea will take part, and the
winner will be crowned on the final night.

Ticket prices range from VND1 million to VND4 million ($39-157) per night, up about 20% from last year,
according to the city's Department of Culture, Sports and Tourism.

Hotels along the Han River and My Khe Beach reported that bookings for festival nights were already more than
70% full.

"The festival is the main reason many domestic tourists choose Da Nang in summer," said Tran Quoc Huy, manager
of a hotel in Son Tra District.

Last year the festival drew more than 1.2 million visitors to the city, generating revenue of about VND3.6
trillion, according to city data.

Da Nang will ban vehicles from several streets near the Dragon Bridge on festival nights and add shuttle buses
from parking areas.
"""),
        must_have=[
            "Hotels along the Han River and My Khe Beach reported that bookings for festival nights were already more "
            "than 70% full.",
            "Da Nang will ban vehicles from several streets near the Dragon Bridge on festival nights and add shuttle "
            "buses from parking areas.",
        ],
    ),
    # news-please, Le360 (Morocco): "Par NAME" and "Le 14/01/2025 à 15h22" lines, "Lire aussi" inside, photo credit line.
    dict(
        cluster="le360-tanger-med-conteneurs",
        role="single",
        file="newsplease_le360_tanger_med_trafic_fr.json",
        render="newsplease",
        title="Tanger Med bat un nouveau record de trafic de conteneurs en 2024",
        date="2025-01-14",
        dateline="",
        city=None,
        country="MA",
        region="africa",
        agency=None,
        authors=["Karim Alaoui"],
        editors=[],
        lang="fr",
        section=None,
        url="https://fr.le360.example.ma/economie/tanger-med-bat-un-nouveau-record-de-trafic-de-conteneurs-en-2024_KZ7HQW3LJBD5PNX2/",
        source_domain="fr.le360.example.ma",
        description="Le port a traité 9,7 millions de conteneurs EVP, en hausse de 14 %.",
        np_authors=["Karim Alaoui"],
        np_publish="2025-01-14 15:22:00",
        np_modify=None,
        np_download="2025-01-15 02:18:40",
        head_lines=["Economie", "Par Karim Alaoui", "Le 14/01/2025 à 15h22"],
        inserts={2: ["Lire aussi : Le port de Nador West Med accueillera ses premiers navires en 2026"]},
        tail_lines=["Par Karim Alaoui", "Le 14/01/2025 à 15h22", "Partager", "Newsletter"],
        paras=P("""
Le port de Tanger Med a traité 9,7 millions de conteneurs EVP en 2024, soit une hausse de 14 % sur un an, selon
les chiffres publiés mardi par l'autorité portuaire. Il s'agit d'un nouveau record pour le premier port
d'Afrique.

Cette progression s'explique en grande partie par le détournement de nombreuses lignes maritimes vers le cap de
Bonne-Espérance, qui a renforcé le rôle du détroit de Gibraltar comme plateforme de transbordement.

Le trafic de camions a progressé de 7 %, porté par les exportations de l'industrie automobile et des produits
agricoles vers l'Europe.

« Nous arrivons à la limite de nos capacités actuelles », a reconnu un responsable de l'autorité portuaire, qui
a rappelé qu'un nouveau terminal doit entrer en service d'ici 2027.

Les transporteurs marocains se plaignent toutefois des longues attentes au poste frontière du port, qui peuvent
atteindre plusieurs heures en période de pointe.

Le port emploie directement ou indirectement plus de 100.000 personnes dans la région de
Tanger-Tétouan-Al Hoceïma.
"""),
        must_have=[
            "Les transporteurs marocains se plaignent toutefois des longues attentes au poste frontière du port, qui "
            "peuvent atteindre plusieurs heures en période de pointe.",
            "Le port emploie directement ou indirectement plus de 100.000 personnes dans la région de "
            "Tanger-Tétouan-Al Hoceïma.",
        ],
    ),
    # trafilatura, EFE on efe.com (original of the EFE cluster): "Punta Arenas (Chile), 12 feb (EFE).- ", desk slug.
    dict(
        PUNTA,
        role="original",
        section="Medio Ambiente",
        file="trafilatura_efe_punta_arenas_pinguinos_es.json",
        render="trafilatura",
        url="https://efe.example.com/medio-ambiente/2025-02-12/pinguinos-isla-magdalena-censo-patagonia/",
        hostname="efe.example.com",
        source_hostname="Agencia EFE",
        tf_author=None,
        tf_date="2025-02-12",
        tf_language="es",
        categories="Medio Ambiente;Chile",
        tf_tags="pingüinos;Patagonia;Chile",
        head_lines=["Agencia EFE", "12 de febrero de 2025 \u00b7 17:25"],
        tail_lines=["EFE", "ccv/mgr/ssm", "Etiquetas"],
    ),
    # trafilatura, Otago Daily Times: name and short-weekday date lines, comment prompt.
    dict(
        cluster="odt-queenstown-ski-opening",
        role="single",
        file="trafilatura_odt_queenstown_ski_fields_delay.json",
        render="trafilatura",
        title="Warm start to winter delays opening of Queenstown ski fields",
        date="2024-06-11",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Rosa McLeod"],
        editors=[],
        lang="en",
        section="Queenstown Lakes",
        url="https://www.odt.example.co.nz/regions/queenstown/warm-start-winter-delays-opening-queenstown-ski-fields",
        hostname="www.odt.example.co.nz",
        source_hostname="Otago Daily Times",
        tf_author="Rosa McLeod",
        tf_date="2024-06-11",
        tf_language="en",
        categories="Queenstown Lakes;Regions",
        tf_tags="skiing;Queenstown;weather",
        description="Coronet Peak and The Remarkables push back opening day by a week.",
        head_lines=["Rosa McLeod", "Tue, 11 Jun 2024"],
        tail_lines=["Add a Comment", "You must be logged in to comment.", "Comments (4)"],
        paras=P("""
Coronet Peak and The Remarkables ski areas have pushed back their opening days by a week after a run of mild,
dry weather left too little snow on the slopes.

The two fields had planned to open on June 15, but will now aim for June 22, provided temperatures drop low
enough for snowmaking.

An NZSki spokeswoman, Lauren Tait, said snowmaking crews were ready to start as soon as overnight
temperatures fell below -2degC.

"We've got the guns lined up and the crews on standby. We just need a few cold, clear nights," she said.

Cardrona Alpine Resort, near Wanaka, still planned to open on June 15 with limited terrain, thanks to
snowmaking on its beginner slopes.

The delay is a blow to Queenstown accommodation providers and ski hire shops, which rely on the school
holidays in early July for a large share of their winter income.

MetService expects a cold southerly change late next week that could bring snow to 800m.
"""),
        must_have=[
            "Cardrona Alpine Resort, near Wanaka, still planned to open on June 15 with limited terrain, thanks to "
            "snowmaking on its beginner slopes.",
            "The delay is a blow to Queenstown accommodation providers and ski hire shops, which rely on the school "
            "holidays in early July for a large share of their winter income.",
        ],
    ),
    # trafilatura, O País (Mozambique): section, name and date lines, related list.
    dict(
        cluster="opais-nampula-castanha-caju",
        role="single",
        file="trafilatura_opais_nampula_castanha_caju_pt.json",
        render="trafilatura",
        title="Campanha da castanha de caju arranca em Nampula com preço mínimo de 45 meticais",
        date="2024-10-14",
        dateline="",
        city=None,
        country="MZ",
        region="africa",
        agency=None,
        authors=["Arsénio Muhate"],
        editors=[],
        lang="pt",
        section="Economia",
        url="https://opais.example.co.mz/campanha-da-castanha-de-caju-arranca-em-nampula-com-preco-minimo-de-45-meticais/",
        hostname="opais.example.co.mz",
        source_hostname="O País",
        tf_author="Arsénio Muhate",
        tf_date="2024-10-14",
        tf_language="pt",
        categories="Economia;Nampula",
        tf_tags="caju;Nampula;agricultura",
        description="O preço representa um aumento de cinco meticais em relação à campanha anterior.",
        head_lines=["Economia", "Arsénio Muhate", "14 Outubro 2024"],
        tail_lines=["Partilhar", "Relacionados", "Produtores de algodão de Cabo Delgado pedem revisão de preços"],
        paras=P("""
Arrancou esta segunda-feira, na província de Nampula, a campanha de comercialização da castanha de caju
2024/25, com o preço mínimo ao produtor fixado em 45 meticais por quilograma.

O valor representa um aumento de cinco meticais em relação à campanha anterior e foi acordado entre o Governo,
os comerciantes e as associações de produtores.

Nampula é a maior produtora de castanha de caju do país, com cerca de metade da produção nacional, estimada este
ano em 180 mil toneladas.

Segundo o Instituto de Amêndoas de Moçambique, a produção deverá crescer graças às chuvas regulares e à
distribuição de mais de um milhão de mudas melhoradas nos últimos três anos.

"Pedimos aos produtores que não vendam a castanha a intermediários que pagam abaixo do preço mínimo", disse o
director provincial da Agricultura, Abdul Remane, durante o lançamento da campanha no distrito de Mogovolas.

Os produtores queixam-se, no entanto, da falta de estradas transitáveis, que encarece o transporte da castanha
até aos armazéns dos compradores.

Grande parte da castanha continua a ser exportada em bruto para a Índia e o Vietname, apesar dos esforços do
Governo para aumentar o processamento local.
"""),
        must_have=[
            "Os produtores queixam-se, no entanto, da falta de estradas transitáveis, que encarece o transporte da "
            "castanha até aos armazéns dos compradores.",
            "Grande parte da castanha continua a ser exportada em bruto para a Índia e o Vietname, apesar dos esforços do "
            "Governo para aumentar o processamento local.",
        ],
    ),
]


# ---- JSONL batches -------------------------------------------------------------

SITE_MEN = dict(
    name="Manchester Evening News",
    home="https://www.manchestereveningnews.example.co.uk",
    title_suffix=" - Manchester Evening News",
    locale="en_GB",
    twitter="@MENnewsdesk",
    body_class="article-page",
    article_class="article-main",
    body_class_inner="article-body",
    cookie="We and our partners use cookies and similar technologies to store and access information on your device to personalise ads and content.",
    cookie_buttons=["I Accept", "Show Purposes"],
    top_links=["Sign in", "Newsletters", "Notifications"],
    nav=["News", "Greater Manchester News", "Crime", "Sport", "What's On", "Property", "Money"],
    share=["Bookmark", "Share"],
    footer=["\u00a9 2024 a Reach plc subsidiary", "Contact us", "How to complain", "Corrections & clarifications"],
)

SITE_OBSERVADOR = dict(
    name="El Observador",
    home="https://www.elobservador.example.com.uy",
    title_suffix=" - El Observador",
    locale="es_UY",
    twitter="@ElObservador",
    body_class="nota",
    article_class="nota-contenido",
    body_class_inner="cuerpo-nota",
    cookie=None,
    top_links=["Suscribite", "Ingresar", "Newsletters"],
    nav=["Nacional", "Economía y Empresas", "Mundo", "Deportes", "Cultura", "Ciencia", "Opinión"],
    share=["Compartir en WhatsApp", "Compartir en X", "Compartir en Facebook"],
    footer=["\u00a9 2025 El Observador. Todos los derechos reservados.", "Quiénes somos", "Contacto"],
)

JSONL_A = "crawl_holdout8_2025-a.jsonl"
JSONL_B = "crawl_holdout8_2025-b.jsonl.gz"

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on a Malaysian business site (syndicated member of the Reuters cluster).
    dict(
        OSLO,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        section=None,
        url="https://theedgemalaysia.example.com/node/740233",
        nb_published="2025-01-06T09:40:00Z",
        outlet="The Edge Malaysia",
        nb_authors=["Reuters"],
        head_lines=["Reuters", "06 Jan 2025, 05:40 pm", "-A +A"],
        inserts={3: ["Download The Edge Malaysia app for the latest market news and stock prices."]},
        tail_lines=[OSLO_CREDITS, "Save by subscribing to us for your print and/or digital copy.",
                    "Copyright \u00a9 1999-2025 The Edge Communications Sdn. Bhd."],
    ),
    # newsbeam text shape: AFP in French on a Swiss daily, "Phnom Penh (AFP) - " dateline, "AFP" byline.
    dict(
        cluster="afp-phnom-penh-statues-restituees",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        title="Cambodge: le Musée national expose des statues angkoriennes restituées",
        date="2025-03-20",
        dateline="Phnom Penh (AFP) - ",
        city="Phnom Penh",
        country="KH",
        region="asia",
        agency="AFP",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.letemps.example.ch/monde/asie/cambodge-le-musee-national-expose-des-statues-angkoriennes-restituees",
        nb_published="2025-03-20T08:14:00Z",
        outlet="Le Temps",
        nb_authors=["AFP"],
        head_lines=["AFP", "Publié le 20 mars 2025 à 09:14"],
        tail_lines=["Vous lisez un article en accès libre. Abonnez-vous pour soutenir un journalisme de qualité.",
                    "Sur le même sujet", "Thaïlande: un temple khmer rouvre après dix ans de travaux"],
        paras=P("""
Une vingtaine de statues khmères restituées ces dernières années par des musées et des collectionneurs
étrangers sont exposées depuis jeudi au Musée national de Phnom Penh, dans une nouvelle salle consacrée au retour
du patrimoine pillé.

Parmi les pièces présentées figurent une statue de Shiva du Xe siècle et plusieurs divinités en grès provenant
du site de Koh Ker, dans le nord du pays, pillé pendant les décennies de guerre.

« Chaque statue qui revient, c'est une partie de notre histoire qui rentre à la maison », a déclaré à l'AFP une
responsable du ministère de la Culture, Sok Chanthy.

Le Cambodge a obtenu depuis 2021 le retour de plus de 70 objets, dont une partie saisie aux États-Unis dans le
cadre d'enquêtes sur des trafiquants d'antiquités.

Les autorités espèrent que la nouvelle salle attirera davantage de visiteurs étrangers, alors que le tourisme n'a
pas encore retrouvé son niveau d'avant la pandémie.

L'entrée au musée coûte 10 dollars pour les étrangers et reste gratuite pour les Cambodgiens.

D'autres restitutions sont attendues dans les prochains mois, selon le ministère, qui négocie avec plusieurs
musées en Europe et en Australie.
"""),
        must_have=[
            "Les autorités espèrent que la nouvelle salle attirera davantage de visiteurs étrangers, alors que le tourisme "
            "n'a pas encore retrouvé son niveau d'avant la pandémie.",
            "L'entrée au musée coûte 10 dollars pour les étrangers et reste gratuite pour les Cambodgiens.",
        ],
    ),
    # news-please shape in a batch: Marshall Islands Journal (weekly), crawler stamp in UTC on the previous day.
    dict(
        cluster="mij-majuro-king-tides",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="King tides swamp Majuro homes, airport road",
        date="2025-01-17",
        dateline="",
        city=None,
        country="MH",
        region="oceania",
        agency=None,
        authors=["Hilda Langrine"],
        editors=[],
        lang="en",
        section=None,
        url="https://marshallislandsjournal.example.com/2025/01/king-tides-swamp-majuro-homes-airport-road/",
        source_domain="marshallislandsjournal.example.com",
        description="Seawater crossed parts of the atoll early Monday, flooding dozens of homes in Rita and Jenrok.",
        np_authors=["Hilda Langrine"],
        np_publish="2025-01-16 21:00:00",
        np_modify=None,
        np_download="2025-01-17 04:31:09",
        head_lines=["By Hilda Langrine", "January 17, 2025"],
        tail_lines=["The Marshall Islands Journal is published every Friday. Subscribe to the digital edition.", "Share:"],
        paras=P("""
King tides pushed seawater across parts of Majuro atoll early Monday morning, flooding dozens of homes in Rita
and Jenrok and leaving debris on the main road to the airport.

The National Disaster Management Office said the highest tide, just before 2am, combined with large swells
generated by a storm far to the north.

Residents in low-lying areas of Rita and Jenrok moved children and elderly relatives to churches and school
buildings on higher ground.

"The water came over the sea wall and straight through our house. We lost our rice and our mattresses," said
Jemi Laelang, a mother of four in Jenrok.

Public Works crews used heavy equipment to clear rocks and coral rubble from the road on Monday afternoon, and
the airport remained open.

The Marshall Islands Red Cross distributed water containers and hygiene kits to affected families.

Weather officials warned that further high tides were expected at the end of the month, and urged families in
coastal areas to keep emergency supplies ready.
"""),
        must_have=[
            "Public Works crews used heavy equipment to clear rocks and coral rubble from the road on Monday afternoon, "
            "and the airport remained open.",
            "The Marshall Islands Red Cross distributed water containers and hygiene kits to affected families.",
        ],
    ),
    # newsbeam html shape: Manchester Evening News (Reach), court story, "(Image: ...)" credit, newsletter sign-up.
    dict(
        cluster="men-stockport-roofing-fraud",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        nb_html=True,
        site=SITE_MEN,
        title="Bogus roofer who conned elderly homeowners out of £90,000 is jailed",
        date="2024-11-28",
        dateline="",
        city=None,
        country="GB",
        region="europe",
        agency=None,
        authors=["Gemma Lowry"],
        editors=[],
        lang="en",
        section="Greater Manchester News",
        meta_section="Greater Manchester News",
        url="https://www.manchestereveningnews.example.co.uk/news/greater-manchester-news/bogus-roofer-conned-elderly-homeowners-jailed-30471122",
        description="Darren Pike targeted pensioners across Stockport, Tameside and south Manchester.",
        published="2024-11-28T11:30:00+00:00",
        modified="2024-11-28T12:14:00+00:00",
        meta_author="Gemma Lowry",
        byline_lines=["Gemma Lowry", "Court reporter"],
        date_lines=["11:30, 28 Nov 2024", "Updated 12:14, 28 Nov 2024"],
        caption="Darren Pike was jailed at Minshull Street Crown Court",
        credit="Greater Manchester Police",
        credit_shown="(Image: Greater Manchester Police)",
        inserts={1: [("promo", ["Get the latest news sent straight to your inbox with our free daily newsletter",
                                "We have more newsletters", "Sign up"])],
                 5: [("ad", "Advertisement")]},
        comments=["Comments", "Join the conversation"],
        lists=[("Most Read", ["Live updates as heavy rain causes flooding across Greater Manchester",
                              "Stockport pub reopens after £1m refurbishment"])],
        nb_published="2024-11-28T11:30:00Z",
        outlet="Manchester Evening News",
        nb_authors=["Gemma Lowry"],
        paras=P("""
A man who ran a bogus roofing business that conned elderly homeowners out of more than £90,000 has been
jailed.

Darren Pike, 46, targeted pensioners across Stockport, Tameside and south Manchester, knocking on doors and
claiming he had spotted loose tiles or damaged guttering while working nearby.

Minshull Street Crown Court heard that he then carried out little or no work, charged inflated prices and in
some cases drove victims to the bank to withdraw cash.

One victim, an 87-year-old widow from Hazel Grove, paid £18,500 for repairs that a surveyor later valued at
less than £1,000.

Pike, of Denton, admitted nine counts of fraud and was jailed for four years and eight months.

Sentencing him, Judge Helen Aspinall said he had 'deliberately chosen victims who were old, alone and
trusting'.

Detective Constable Mark Heywood of Greater Manchester Police urged residents to be wary of traders who turn up
unannounced and to speak to family members before agreeing to any work.

Proceeds of crime proceedings to recover money for the victims will take place next year.
"""),
        must_have=[
            "Minshull Street Crown Court heard that he then carried out little or no work, charged inflated prices and in "
            "some cases drove victims to the bank to withdraw cash.",
            "Proceeds of crime proceedings to recover money for the victims will take place next year.",
        ],
    ),
    # news-please shape (gzipped batch): the AP story on a Montana paper (syndicated member of the AP cluster).
    dict(
        HELENA,
        role="syndicated",
        file=JSONL_B,
        render="newsplease",
        url="https://www.helenaledger.example.com/news/state-regional/judge-orders-state-to-reopen-fishing-access-site/article_8f3c2e10-5f41-11ef-9a3b-2b7d4c1e8a90.html",
        source_domain="www.helenaledger.example.com",
        np_authors=["Dale Kettering"],
        np_publish="2024-08-20 16:02:00",
        np_modify="2024-08-20 17:48:00",
        np_download="2024-08-21 06:15:22",
        head_lines=["DALE KETTERING Associated Press", "Aug 20, 2024"],
        tail_lines=[HELENA_CONTRIB,
                    "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.",
                    "Be the first to know", "Get local news delivered to your inbox!"],
    ),
    # newsbeam html shape (gzipped batch): the EFE story on a Uruguayan paper (syndicated member of the EFE cluster).
    dict(
        PUNTA,
        role="syndicated",
        file=JSONL_B,
        render="newsbeam",
        nb_html=True,
        site=SITE_OBSERVADOR,
        section="Ciencia",
        meta_section="Ciencia",
        url="https://www.elobservador.example.com.uy/nota/cae-un-20-la-colonia-de-pinguinos-de-isla-magdalena-202521218400",
        published="2025-02-12T18:40:00-03:00",
        modified="2025-02-12T18:40:00-03:00",
        ld_author=[{"@type": "Organization", "name": "EFE"}],
        byline_lines=["EFE"],
        date_lines=["12 de febrero de 2025, 18:40"],
        caption="Pingüinos de Magallanes en la isla Magdalena, en una imagen de archivo.",
        credit="EFE/Felipe Trueba",
        credit_shown="EFE/Felipe Trueba",
        inserts={3: [("ad", "Publicidad")]},
        below_body=[("newsletter", "Recibí las noticias de ciencia y ambiente todos los jueves en tu correo.")],
        tags=("Temas", ["Chile", "Medio ambiente", "Fauna"]),
        nb_published="2025-02-12T21:40:00Z",
        outlet="El Observador",
        nb_authors=["EFE"],
    ),
    # trafilatura shape (gzipped batch): Times of Oman, "Muscat: " dateline, news-service placeholder byline.
    dict(
        cluster="timesofoman-muscat-heavy-rain",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Heavy rain and flash floods expected across Oman from Tuesday",
        date="2025-02-23",
        dateline="Muscat: ",
        city="Muscat",
        country="OM",
        region="asia",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section="Oman",
        url="https://timesofoman.example.com/article/153928-heavy-rain-and-flash-floods-expected-across-oman-from-tuesday",
        hostname="timesofoman.example.com",
        source_hostname="Times of Oman",
        tf_author="Times News Service",
        tf_date="2025-02-23",
        tf_language="en",
        categories="Oman;Weather",
        tf_tags="weather;rain;Muscat",
        description="Rainfall could reach 80 millimetres in parts of Muscat and Al Dakhiliyah.",
        head_lines=["Times News Service", "23 February, 2025, 4:12 pm"],
        tail_lines=["Follow Times of Oman on WhatsApp for the latest updates.", "Most Read"],
        paras=P("""
Heavy rain, thunderstorms and strong winds are expected over most governorates of the Sultanate of Oman from
Tuesday until Thursday as a low pressure system moves across the country, the Civil Aviation Authority said.

The national meteorology service said rainfall could reach 30 to 80 millimetres in parts of Muscat, North Al
Batinah, Al Dakhiliyah and South Al Sharqiyah, with flash floods likely in wadis.

Citizens and residents have been urged to avoid crossing wadis, stay away from low-lying areas and follow
official updates.

The Ministry of Education said schools in the affected governorates would switch to remote learning on
Wednesday.

The Royal Oman Police said teams had been deployed to monitor wadis and that drivers who try to cross flooded
wadis face fines.

The National Committee for Emergency Management said shelters had been prepared in several wilayats in case
evacuations were needed.

Sea waves of up to three metres are expected along the coast of the Sea of Oman, and fishermen have been
advised not to go out to sea.
"""),
        must_have=[
            "The Ministry of Education said schools in the affected governorates would switch to remote learning on "
            "Wednesday.",
            "The National Committee for Emergency Management said shelters had been prepared in several wilayats in case "
            "evacuations were needed.",
        ],
    ),
    # newsbeam text shape (gzipped batch): Corriere del Ticino, "di NAME" byline, subscriber prompt at the end.
    dict(
        cluster="cdt-ticino-premi-cassa-malati",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Premi di cassa malati, in Ticino aumento medio del 7,4% nel 2025",
        date="2024-09-26",
        dateline="",
        city=None,
        country="CH",
        region="europe",
        agency=None,
        authors=["Marco Pellandini"],
        editors=[],
        lang="it",
        section=None,
        url="https://www.cdt.example.ch/news/ticino/premi-di-cassa-malati-in-ticino-aumento-medio-del-7-4-nel-2025-362118",
        nb_published="2024-09-26T10:05:00Z",
        outlet="Corriere del Ticino",
        nb_authors=["Marco Pellandini"],
        head_lines=["Ticino", "di Marco Pellandini", "26.09.2024 12:05"],
        inserts={2: ["Leggi anche: Sussidi di cassa malati, le domande entro fine ottobre"]},
        tail_lines=["Hai già un abbonamento? Accedi", "Abbonati per leggere tutti gli articoli", "Correlati"],
        paras=P("""
I premi dell'assicurazione malattia obbligatoria aumenteranno in media del 7,4% in Ticino nel 2025. Lo ha
comunicato giovedì l'Ufficio federale della sanità pubblica, che ha pubblicato i dati per tutti i cantoni.

Il premio medio mensile per un adulto con franchigia ordinaria salirà a 521 franchi, uno dei più alti della
Svizzera dopo quelli di Ginevra e Basilea Città.

Per i giovani adulti tra i 19 e i 25 anni l'aumento sarà del 6,8%, per i bambini del 7,1%.

«È un'altra batosta per le famiglie del ceto medio, che non hanno diritto ai sussidi», ha commentato il
consigliere di Stato responsabile della sanità, Giorgio Bernasconi.

Il Cantone ricorda che chi vuole cambiare cassa malati deve disdire il contratto entro il 30 novembre.

A livello nazionale l'aumento medio sarà del 6%. L'Ufficio federale spiega la crescita con l'aumento dei costi
delle cure, in particolare negli ambulatori ospedalieri e nei medicamenti.

Il Gran Consiglio ticinese discuterà in ottobre una proposta per aumentare i sussidi ai premi.
"""),
        must_have=[
            "Il Cantone ricorda che chi vuole cambiare cassa malati deve disdire il contratto entro il 30 novembre.",
            "Il Gran Consiglio ticinese discuterà in ottobre una proposta per aumentare i sussidi ai premi.",
        ],
    ),
]


# --------------------------------------------------------------------------
# notes, render, validate, write
# --------------------------------------------------------------------------

# Remarks on individual labels a reader may question (kept in labels.json).
HOLDOUT_NOTES = {
    "purpose": "eighth held-out evaluation set; never tune extraction code against it",
    "caption_credit": "wrapper words and signs are dropped, the credit's own text and casing are kept: "
    "'(Gallo Images/Mandla Khoza)' -> 'Gallo Images/Mandla Khoza', '(AP Photo/Tom Sandvik, File)' -> 'AP "
    "Photo/Tom Sandvik' (', File' marks an archive photo, like 'File:'), '(Photo by Farai Gumbo/Xinhua)' -> 'Farai "
    "Gumbo/Xinhua', the line '\u00a9 ANSA' under the photo -> 'ANSA', TVN24 'Źródło: Bartosz Lenart/PAP' (Źródło = "
    "source) -> 'Bartosz Lenart/PAP', Samoa Observer '... Photo: Samoa Observer' -> 'Samoa Observer', the FT's "
    "'\u00a9 Minh Hoang/Bloomberg' -> 'Minh Hoang/Bloomberg', '(Kylie Cooper/The Washington Post)' -> 'Kylie "
    "Cooper/The Washington Post', NZZ 'Annina Keller / NZZ' kept as printed, '\u00a9 l'express' -> 'l'express', "
    "PÚBLICO's photographer name alone 'Tiago Faria Lopes', Milenio 'Foto: Especial' -> 'Especial' (Mexican papers' "
    "credit for a handout photo), '(Source: 1News)' -> '1News', NPR 'toggle caption' is chrome and the credit is "
    "'Rachel Cassidy/Alaska Public Media', '(Image: Greater Manchester Police)' -> 'Greater Manchester Police', "
    "VnExpress 'Photo by VnExpress/Nguyen Dong' -> 'VnExpress/Nguyen Dong', Reuters 'REUTERS/Tor Eldby' (the "
    "'[1/2]' counter and the licensing link are chrome); the gallery counter '1 of 2' on apnews.com is chrome",
    "captions": "Rappler opens its captions with a capitalised keyword ('DRY. A resident collects water ...'); the "
    "keyword is part of the printed caption and is kept in the caption label",
    "photo_agency_not_story_agency": "an agency in a photo credit does not make the story agency copy: TVN24 "
    "'.../PAP', the FT '.../Bloomberg' and News24 'Gallo Images/...' are staff stories (agency null)",
    "agency_names": "agencies are labelled by their usual short name: 'Reuters', 'AP', 'EFE', 'PTI', 'Xinhua', "
    "'ANSA', 'dpa', 'AFP', and 'Anadolu' for Anadolu Agency, printed '(AA)' in the Turkish copy Hürriyet runs "
    "('KONYA (AA) - ', 'Kaynak: AA')",
    "dpa_kiel": "'Kiel (dpa/lno) - ': 'lno' is dpa's regional service for the north (Landesdienst Nord), not a "
    "place; dateline Kiel. The copy is on a Swiss portal, but the story and dateline are German (DE). 'Von Birte "
    "Hansen, dpa' -> author Birte Hansen. The 'Das Wichtigste in Kürze' summary bullets above the story are chrome",
    "bylines": "'By DALE KETTERING' -> Dale Kettering (natural case); AP's 'Associated Press writer Nora Lindqvist "
    "in Billings contributed to this report.' and the FT's 'Additional reporting by Harriet Pym in London' add "
    "contributing authors (and are chrome lines); Rappler's '\u2013 with reports from Carlo Ybañez/Rappler.com' is "
    "the same kind of credit -> Carlo Ybañez after the bylined Mika Abellana; TVN24's 'Autorka/Autor: Justyna "
    "Malec/ads' -> Justyna Malec ('/ads' are a desk editor's initials: no name, and TVN24 prints no 'Editing by', "
    "so editors stay empty); 'By Hannah Rewi, Dunedin Reporter' -> Hannah Rewi; 'Gemma Lowry' + 'Court reporter' "
    "-> Gemma Lowry; NPR 'Rachel Cassidy' + 'Alaska Public Media' (her station) -> Rachel Cassidy; 'Nokuthula "
    "Mkhize' + 'Health reporter' -> Nokuthula Mkhize; 'di Marco Pellandini' -> Marco Pellandini; VnExpress 'By Hoang "
    "Phuong   April 15, 2025 | ...' -> Hoang Phuong; 'Times News Service' (Times of Oman) and 'Redazione ANSA' are "
    "placeholders -> no author; the Reuters copy on The Edge Malaysia is bylined only 'Reuters' but its credits line "
    "names the same writer and editor; the AP copy on the Montana paper prints 'DALE KETTERING Associated Press' "
    "and keeps the contributor line",
    "editors": "Reuters 'Editing by Susan Fenwick' and Xinhua 'Editor: Lu Hui' are the only editor credits in the set",
    "no_dateline": "these stories carry no place at their start: dateline_city null, country from the story's main "
    "location. A place in the page header or byline is not a dateline: Milenio's 'Guadalajara / 11.06.2025 "
    "20:35:00' (MX), the FT's 'Linh Tran in Ho Chi Minh City' (VN), 1News 'Dunedin Reporter' (NZ), ansa.it's "
    "'PALERMO' header line (the ANSA copy has its own dateline), TVN24's 'Źródło: TVN24 Wrocław' (PL); also News24 "
    "(ZA, Durban), Samoa Observer (WS), The Washington Post (US, Baltimore), NZZ (CH, Zürich), lexpress.mu (MU), "
    "PÚBLICO (PT, Porto), Premium Times (NG, Ibadan), NPR (US, Anchorage), VnExpress (VN, Da Nang), Le360 (MA, "
    "Tangier), Otago Daily Times (NZ, Queenstown), O País (MZ, Nampula), Marshall Islands Journal (MH, Majuro), "
    "Manchester Evening News (GB), Corriere del Ticino (CH)",
    "datelines_to_city": "GeoNames English names: 'CEBU CITY, Philippines' -> Cebu City, 'HELENA, Mont. (AP)' -> "
    "Helena (US), '(ANSA) - PALERMO, 22 NOV' -> Palermo, 'KONYA (AA)' -> Konya, 'Punta Arenas (Chile), 12 feb "
    "(EFE).-' -> Punta Arenas, 'Phnom Penh (AFP)' -> Phnom Penh, 'Muscat: ' (Times of Oman) -> Muscat, 'Jaipur, May "
    "27 (PTI)' -> Jaipur, 'HARARE, March 19 (Xinhua)' -> Harare, 'OSLO, Jan 6 (Reuters)' -> Oslo",
    "dates": "dates are on the publisher's calendar in the offset the page states: 1News is stamped '6:05am Jun 4, "
    "2024' at UTC+12 (2024-06-03 in UTC) -> 2024-06-04; Milenio '11.06.2025 20:35:00' at UTC-6 (2025-06-12 in UTC) "
    "-> 2025-06-11; the Marshall Islands Journal prints 'January 17, 2025' while the crawler's date_publish is "
    "2025-01-16 21:00 in UTC (09:00 on the 17th at UTC+12) -> 2025-01-17; apnews.com shows only 'Updated 5:48 PM "
    "MDT, August 20, 2024', first publication the same day; Reuters 'January 6, 2025 10:12 AM GMT+1' with 'Updated "
    "3 hours ago' -> 2025-01-06; Hürriyet's 'Giriş' (posted) stamp, not 'Güncelleme' (updated)",
    "sign_off_lines": "lines outside the story text are chrome: the Reuters credits line, 'PTI SDA RHL', 'Enditem', "
    "'(ANSA).', 'Kaynak: AA', the EFE desk slug 'ccv/mgr/ssm', TVN24's 'Autorka/Autor:' and 'Źródło:' lines, AP's "
    "contributor and foundation-support lines, the FT's 'Additional reporting by' line, Rappler's 'with reports "
    "from' line, Premium Times' correspondent line, the Washington Post corrections box",
    "inline_chrome": "text inside the story that is not story text is chrome: Hürriyet's 'Haberin Devamı' breaks, "
    "the Washington Post's 'Story continues below advertisement', News24's newsletter line, Premium Times' donation "
    "box and 'TEXT AD' line, Reuters 'Advertisement \u00b7 Scroll to continue', the 'Lire aussi', 'Leggi anche', "
    "'Czytaj też' and 'Te recomendamos' links, the VnExpress photo caption inside the news-please text",
    "section": "HTML pages (including the newsbeam html records) label article:section; trafilatura records the first "
    "category; text pages, news-please and newsbeam text records null",
    "regions": "Türkiye (Konya) and Oman -> asia (UN M49 Western Asia); Mauritius and Mozambique -> africa; "
    "Marshall Islands (MH) and Samoa (WS) -> oceania; Norway, Switzerland, Poland, Portugal -> europe",
    "languages": "Polish 'pl' and Turkish 'tr' appear next to en, fr, es, pt, de and it",
    "news24_durban": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled with the clean text; "
    "its must_have sentences contain no quotes or apostrophes; its comment counter differs from the first crawl",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

# The set's own non-writers; bench.labelled_pages.WIRE_PLACEHOLDERS adds the wires'.
PLACEHOLDERS = {"redazione ansa", "anadolu agency", "times news service", "news24", "the edge malaysia",
                "health reporter", "court reporter", "dunedin reporter", "alaska public media", "1news", "rappler",
                "el observador", "le temps", "dale kettering associated press"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
