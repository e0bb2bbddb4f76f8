#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's twenty-seventh development set (bench/dev_set27/, first written as the twenty-fourth held-out set).

    .venv/bin/python bench/dev_set27/_generate.py

Writes ``bench/dev_set27/articles/*`` and ``bench/dev_set27/labels.json`` (next to this
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
bench/dev_set26/ do not have.  Do not edit stories or labels to suit the
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

JSONL_A = "crawl_holdout24_2025-a.jsonl"
JSONL_B = "crawl_holdout24_2025-b.jsonl.gz"


# ---- cluster: Reuters, Dili (Livemint page + copy on Devdiscourse in the plain batch) ----

DILI = dict(
    cluster="reuters-dili-coffee-exports",
    title="Timor-Leste coffee exports slump as rust disease hits highland farms",
    date="2025-06-10",
    dateline="DILI, June 10 (Reuters) - ",
    city="Dili",
    country="TL",
    region="asia",
    agency="Reuters",
    authors=["Joana Ximenes"],
    editors=["Kanupriya Rao"],
    lang="en",
    description="Shipments fell by about a third in the 2024-25 season, the agriculture ministry said.",
    paras=P("""
Timor-Leste's coffee exports fell by about a third in the 2024-25 season as leaf rust spread through ageing trees in
the highland districts of Ermera and Aileu, the agriculture ministry said on Tuesday.

The country shipped about 5,100 tonnes of green coffee, down from 7,600 tonnes a year earlier, ministry data showed.

Coffee is the largest non-oil export of the half-island nation, which is trying to diversify its economy as revenue
from its offshore gas fields declines.

"Many of the trees were planted before independence and they have little resistance left," said Aurelio Soares, who
runs a cooperative of about 900 growers near Letefoho.

The ministry said it planned to distribute 1.5 million rust-resistant seedlings over the next three years with
funding from development partners.

Buyers in the United States, Germany and Japan pay a premium for the country's organic arabica, but exporters said
some contracts for the new season had been cut back.
"""),
    must_have=[
        "The country shipped about 5,100 tonnes of green coffee, down from 7,600 tonnes a year earlier, ministry data showed.",
        "The ministry said it planned to distribute 1.5 million rust-resistant seedlings over the next three years with "
        "funding from development partners.",
    ],
)
DILI_CREDITS = "(Reporting by Joana Ximenes; Editing by Kanupriya Rao)"

# ---- cluster: AP, St. John's, Antigua (Houston Chronicle page + copy on KSL in the plain batch) ----

ANTIGUA = dict(
    cluster="ap-st-johns-antigua-cruise-pier",
    title="Antigua opens fifth cruise berth as island bets on record season",
    date="2025-04-15",
    dateline="ST. JOHN'S, Antigua (AP) \u2014 ",
    city="Saint John's",
    country="AG",
    region="americas",
    agency="AP",
    authors=["Dwight Carrington"],
    editors=[],
    lang="en",
    description="The new berth allows four of the world's largest ships to dock at once.",
    paras=P("""
Antigua opened a fifth cruise berth in its capital on Tuesday, allowing four of the world's largest cruise ships to
dock at the same time as the Caribbean island prepares for what officials say will be a record season.

The pier in St. John's harbor cost about $68 million and was financed by a cruise terminal operator under a 30-year
concession, the government said.

Tourism officials expect more than 1 million cruise passengers in the 12 months to next April, up from about 860,000
the year before.

"Every ship that we turned away was money that went to another island," said Melvina Joseph, who sells straw bags
and jewelry at the Heritage Quay market.

Some residents have complained that the crowds block the narrow streets of the old town, and environmental groups
say dredging for the berth damaged seagrass beds.

The government said it would add buses and widen sidewalks near the harbor before the winter season begins.
"""),
    must_have=[
        "Tourism officials expect more than 1 million cruise passengers in the 12 months to next April, up from about "
        "860,000 the year before.",
        "The government said it would add buses and widen sidewalks near the harbor before the winter season begins.",
    ],
)

# ---- cluster: AFP, Abidjan (Jeune Afrique page + copy on Capital in the gzipped batch) ----

ABIDJAN = dict(
    cluster="afp-abidjan-attieke-prix",
    title="En Côte d'Ivoire, le prix de l'attiéké flambe avec la pénurie de manioc",
    date="2025-09-23",
    dateline="Abidjan (AFP) - ",
    city="Abidjan",
    country="CI",
    region="africa",
    agency="AFP",
    authors=[],
    editors=[],
    lang="fr",
    description="Le sac de manioc a doublé de prix en un an sur les marchés d'Abidjan.",
    paras=P("""
Plat national de la Côte d'Ivoire, l'attiéké, semoule de manioc fermentée, n'a jamais coûté aussi cher à Abidjan,
où les productrices peinent à trouver des tubercules après une saison sèche plus longue que d'habitude.

Sur le marché de Yopougon, le sac de 100 kilos de manioc se vend désormais autour de 30.000 francs CFA, contre
15.000 il y a un an, selon plusieurs commerçantes.

« Nous réduisons la taille des boules d'attiéké pour garder le même prix, sinon les clients partent », explique
Akissi N'Guessan, qui prépare la semoule depuis vingt ans à Anoumabo.

Le ministère de l'Agriculture attribue la hausse à la sécheresse dans les régions du centre et à la demande croissante
des pays voisins, où l'attiéké ivoirien est de plus en plus exporté.

Le gouvernement a annoncé la distribution de boutures améliorées à 20.000 producteurs et envisage de limiter
temporairement les exportations de manioc frais.

Les associations de consommateurs réclament aussi un contrôle des prix dans les marchés de la capitale économique.
"""),
    must_have=[
        "Sur le marché de Yopougon, le sac de 100 kilos de manioc se vend désormais autour de 30.000 francs CFA, contre "
        "15.000 il y a un an, selon plusieurs commerçantes.",
        "Le gouvernement a annoncé la distribution de boutures améliorées à 20.000 producteurs et envisage de limiter "
        "temporairement les exportations de manioc frais.",
    ],
)

# ---- cluster: Kathmandu Post, Bagmati clean-up (page + noisy re-scrape) ----

KTM = dict(
    cluster="kathmandupost-bagmati-sewage-plant",
    title="Guheshwori treatment plant to double capacity before monsoon",
    date="2025-03-18",
    dateline="",
    city=None,
    country="NP",
    region="asia",
    agency=None,
    editors=[],
    section=None,
    authors=["Sudeep Maharjan"],
    lang="en",
    render="text",
    paras=P("""
The Guheshwori wastewater treatment plant on the Bagmati River will double its daily capacity by the end of May, the
High Powered Committee for Integrated Development of the Bagmati Civilization has said.

The plant, built in 2001, currently treats about 17 million litres of sewage a day, a fraction of what flows into the
river from the northern parts of Kathmandu.

Engineers are installing two new aeration tanks and a sludge drying bed, which the committee said would raise capacity
to 32 million litres a day.

Committee member secretary Ramesh Karki said the work had been delayed by a dispute with the contractor over payments
for imported pumps.

Residents downstream at Pashupati and Tilganga have long complained of the smell from the river during the dry
season, when there is little water to dilute the sewage.

Environmental groups said the upgrade was welcome but that sewer lines in Gokarneshwor and Budhanilkantha still
discharged directly into the river.

The committee said the next phase would connect those lines to the plant by 2027.
"""),
    must_have=[
        "Engineers are installing two new aeration tanks and a sludge drying bed, which the committee said would raise "
        "capacity to 32 million litres a day.",
        "The committee said the next phase would connect those lines to the plant by 2027.",
    ],
)
KTM_PRE = ["The Kathmandu Post", "National", "Politics", "Valley", "Money", "Opinion", "Sports", "Culture & Lifestyle", "e-Post"]
KTM_HEAD = ["Sudeep Maharjan", "Published at : March 18, 2025", "Updated at : March 18, 2025 07:05"]
KTM_COPY = "\u00a9 2025 www.kathmandupost.com. All rights reserved."


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # The Kathmandu Post (original of the re-scrape cluster): staff, bare name line, "Published at :" / "Updated at :" stamps, "Bagmati" province kicker, "Read More" tag list.
    dict(KTM, role="original", file="kathmandupost_guheshwori_treatment_plant.txt",
         pre=[KTM_PRE, ["Valley"]], head=[KTM_HEAD],
         inserts={3: ["ADVERTISEMENT"]},
         tail=[["Sudeep Maharjan is a reporter at the Post covering Kathmandu Valley's water and urban infrastructure."],
               ["Read More", "Bagmati River", "Kathmandu Valley", "Wastewater"],
               ["Most Read from Valley", "Melamchi water supply resumes after tunnel repair", "KMC tightens rules on roadside dumping"],
               [KTM_COPY]]),
    dict(KTM, role="rescrape", file="kathmandupost_guheshwori_treatment_plant_rescrape.txt.gz", noise=True,
         pre=[KTM_PRE], head=[KTM_HEAD], tail=[[KTM_COPY]]),
    # Daily Sabah: Anadolu copy, "DENIZLI" dateline as a paragraph of its own, "ANADOLU AGENCY" / "DENIZLI, TÜRKIYE" stamp lines, "Keep Reading" list.
    rec(cluster="dailysabah-aa-pamukkale-visitors", role="single", file="dailysabah_aa_pamukkale_visitor_record.txt",
        render="text", title="Pamukkale travertines draw record 3 million visitors",
        date="2025-01-06", dateline="DENIZLI\n", city="Denizli", country="TR", region="asia", lang="en", agency="Anadolu",
        pre=[["Daily Sabah", "Türkiye", "Politics", "Business", "World", "Life", "Arts", "Sports", "Opinion"], ["LIFE", "TRAVEL"]],
        head=[["ANADOLU AGENCY", "DENIZLI, T\u00dcRK\u0130YE", "JAN 06, 2025 - 11:42 AM GMT+3"]],
        inserts={2: ["Recommended", "Cappadocia balloon flights resume after winter storm"]},
        tail=[["Keep Reading", "Ephesus museum reopens after restoration", "Antalya hotels report strong winter bookings"],
              ["Daily Sabah Newsletter", "Keep up to date with what\u2019s happening in T\u00fcrkiye, it\u2019s region and the world.", "SUBSCRIBE"]],
        paras=P("""
The white travertine terraces of Pamukkale and the ruins of the ancient city of Hierapolis welcomed more than 3
million visitors in 2024, a record for the UNESCO World Heritage Site in western Türkiye.

According to data from the Denizli Provincial Directorate of Culture and Tourism, the site received 3.04 million
visitors last year, up from 2.6 million in 2023.

Foreign tourists made up about 58% of the total, with visitors from China, South Korea, Russia and Germany at the
top of the list.

Provincial director Selim Karagöz said the increase had been driven by new direct flights to Denizli Çardak Airport
and by tour groups combining Pamukkale with Ephesus and Cappadocia.

Visitors must walk barefoot on the terraces to protect the calcium deposits, and some pools are closed in rotation so
that they can recover.

Karagöz said officials expected the number of visitors to rise again this year and planned to extend the wooden
walkways around the antique pool.
"""),
        must_have=[
            "Foreign tourists made up about 58% of the total, with visitors from China, South Korea, Russia and Germany "
            "at the top of the list.",
            "Visitors must walk barefoot on the terraces to protect the calcium deposits, and some pools are closed in "
            "rotation so that they can recover.",
        ]),
    # Kurier (Austria): APA copy without dateline, "red, APA" author line, "Mehr zum Thema" link, "Kommentare (14)" counter, KURIER+ promo.
    rec(cluster="kurier-apa-graz-fernwaerme-preise", role="single", file="kurier_apa_graz_fernwaerme_preise_de.txt",
        render="text", title="Graz senkt Fernwärmepreise ab Juli um zwölf Prozent",
        date="2025-05-27", country="AT", region="europe", lang="de", agency="APA",
        pre=[["KURIER", "Politik", "Wirtschaft", "Chronik", "Sport", "Kultur", "Freizeit", "Meinung"], ["Chronik", "Steiermark"]],
        head=[["red, APA", "27.05.2025, 14:08"], ["Artikel teilen"]],
        inserts={2: ["Mehr zum Thema: Energie Steiermark erhöht Netzgebühren"]},
        tail=[["Kommentare (14)", "Kommentar schreiben"], ["KURIER+", "Jetzt 4 Wochen gratis lesen"]],
        paras=P("""
Die rund 60.000 Haushalte, die in Graz mit Fernwärme heizen, zahlen ab Juli deutlich weniger. Die Energie Graz
senkt den Arbeitspreis um zwölf Prozent, wie das Unternehmen am Dienstag mitteilte.

Grund für die Senkung seien die gesunkenen Einkaufspreise für Erdgas und die höhere Abwärmenutzung aus der
Industrie, hieß es.

Für einen durchschnittlichen Haushalt mit einer Wohnung von 70 Quadratmetern bedeute das eine Ersparnis von rund
150 Euro im Jahr, rechnete Geschäftsführer Anton Pichlmayer vor.

Die Arbeiterkammer Steiermark begrüßte den Schritt, kritisierte aber, dass die Preise im Vergleich zu 2021 noch
immer um mehr als die Hälfte höher lägen.

Die Stadt Graz will den Anteil erneuerbarer Energie im Fernwärmenetz bis 2030 auf 50 Prozent erhöhen. Dafür sind
unter anderem ein großer Wärmespeicher und eine Großwärmepumpe an der Mur geplant.

Die neuen Tarife gelten automatisch, Kundinnen und Kunden müssen nichts unternehmen.

Auch in anderen steirischen Städten wird über eine Senkung der Fernwärmepreise diskutiert. In Leoben und Kapfenberg wollen die Versorger
bis zum Herbst entscheiden.
"""),
        must_have=[
            "Grund für die Senkung seien die gesunkenen Einkaufspreise für Erdgas und die höhere Abwärmenutzung aus der "
            "Industrie, hieß es.",
            "Die neuen Tarife gelten automatisch, Kundinnen und Kunden müssen nichts unternehmen.",
        ]),
    # The Kaselehlie Press (Micronesia): staff, "By NAME" line, "Kaselehlie Press" place-and-date line, "Follow us on Facebook" line.
    rec(cluster="kpress-pohnpei-dialysis-unit", role="single", file="kpress_pohnpei_dialysis_unit.txt",
        render="text", title="Pohnpei State Hospital dialysis unit adds six machines",
        date="2025-08-12", country="FM", region="oceania", lang="en", authors=["Lerleen Ioanis"],
        pre=[["The Kaselehlie Press", "Home", "Pohnpei", "FSM", "Regional", "Sports", "Classifieds", "Contact"]],
        head=[["By Lerleen Ioanis", "Kaselehlie Press", "August 12, 2025"]],
        tail=[["Print", "Email"], ["Follow The Kaselehlie Press on Facebook for more news from Pohnpei and the FSM."]],
        paras=P("""
The dialysis unit at Pohnpei State Hospital has added six new machines, allowing it to treat more patients and end
the night shifts that staff have worked for the past two years.

The unit now has 18 machines and treats about 70 patients with kidney failure, most of whom need three sessions a
week.

Hospital chief executive Dr. Marcelino Hadley said the machines were bought with a grant from the FSM national
government and a donation from a Japanese foundation.

"Some of our patients were coming in at midnight and going home at four in the morning. That is very hard on them
and on their families," he said.

Diabetes is the leading cause of kidney failure in the Federated States of Micronesia, where health officials say
about one in three adults has the disease.

The hospital is training four more nurses in dialysis care and hopes to open a small satellite unit in Madolenihmw
next year.

Patients from Kosrae and Chuuk who need dialysis must still travel to Pohnpei or Guam for treatment.
"""),
        must_have=[
            "The unit now has 18 machines and treats about 70 patients with kidney failure, most of whom need three "
            "sessions a week.",
            "Patients from Kosrae and Chuuk who need dialysis must still travel to Pohnpei or Guam for treatment.",
        ]),
    # IOL (South Africa): staff, "NAME" + "Journalist" role line, "IOL" place line, "Get your news on the go" app line.
    rec(cluster="iol-ethekwini-water-outages-umlazi", role="single", file="iol_ethekwini_umlazi_water_outages.txt",
        render="text", title="Umlazi residents go five days without water as eThekwini repairs burst main",
        date="2025-02-04", country="ZA", region="africa", lang="en", authors=["Nokuthula Mkhize"],
        pre=[["IOL", "News", "Business", "Sport", "Entertainment", "Lifestyle", "Motoring", "Opinion"], ["News", "South Africa", "KwaZulu-Natal"]],
        head=[["Nokuthula Mkhize", "Journalist", "Published 4 February 2025 | 18:30"]],
        inserts={1: ["ALSO READ: Durban beaches closed after sewage spill"], 4: ["Get your news on the go, click here to join the IOL News WhatsApp channel."]},
        tail=[["IOL News"], ["Related Topics:", "eThekwini Municipality", "Water Crisis", "Durban"]],
        paras=P("""
Thousands of residents in several sections of Umlazi, south of Durban, have been without running water for five days
after a large bulk main burst near the Umlazi Mega City shopping centre.

The eThekwini Municipality said on Tuesday that repair teams had replaced a damaged section of the 600mm pipe and
that supply would be restored gradually over the next 48 hours.

Residents of V, W and AA sections queued at water tankers with buckets and drums, and some said the tankers came
only once a day.

"We are buying water from people with boreholes. How are pensioners supposed to cope?" asked Thandeka Zulu, who lives
in W section with her three grandchildren.

Municipal spokesperson Lindani Ntuli said the pipe was more than 40 years old and was part of a list of ageing mains
due for replacement.

The municipality has set aside R1.2 billion this financial year for water and sanitation repairs across the city.

Ward councillors said they would ask the council to compensate small businesses that had to close during the outage.
"""),
        must_have=[
            "Residents of V, W and AA sections queued at water tankers with buckets and drums, and some said the "
            "tankers came only once a day.",
            "The municipality has set aside R1.2 billion this financial year for water and sanitation repairs across the city.",
        ]),
    # Daily Mirror (Sri Lanka): staff, "By NAME" line, date line with time, "Comments - 0" counter, "Add comment" form.
    rec(cluster="dailymirror-lk-kandy-lake-clean-up", role="single", file="dailymirrorlk_kandy_lake_algae.txt",
        render="text", title="Kandy Lake algae bloom prompts emergency clean-up before Perahera",
        date="2025-07-21", country="LK", region="asia", lang="en", authors=["Chaminda Wijesekara"],
        pre=[["Daily Mirror", "News", "Business", "Sports", "Opinion", "Life", "Print Edition", "E-Paper"], ["Breaking News"]],
        head=[["By Chaminda Wijesekara", "21 July 2025 04:12 pm"], ["- 0", "- 214"]],
        tail=[["Comments - 0"], ["Add comment", "Comments will be edited (grammar, spelling and slang) and authorized at the discretion of Daily Mirror online. The website also has the right not to publish selected comments."],
              ["Reply To:", "Name - Reply Comment"]],
        paras=P("""
The Kandy Municipal Council has begun an emergency clean-up of Kandy Lake after a green algae bloom spread across
much of the water surface, just weeks before the Esala Perahera brings tens of thousands of visitors to the city.

Municipal commissioner Indika Rathnayake said workers were removing the algae with boats and nets and that aerators
would be installed at four points around the lake.

Officials from the Central Environmental Authority said the bloom had been caused by sewage and storm water flowing
into the lake from hotels and houses on the surrounding hills.

The authority has taken samples and will decide on legal action against property owners found to be discharging
waste into the lake, an official said.

Residents who walk around the lake every morning said the smell had become unbearable during the past week.

The 19th-century lake beside the Temple of the Sacred Tooth Relic is a central part of the Perahera route and one of
the city's main tourist attractions.
"""),
        must_have=[
            "Municipal commissioner Indika Rathnayake said workers were removing the algae with boats and nets and that "
            "aerators would be installed at four points around the lake.",
            "Residents who walk around the lake every morning said the smell had become unbearable during the past week.",
        ]),
    # Gulf News: staff, "Ras Al Khaimah: " dateline, "NAME, Senior Reporter" line, "Highlights" list, "Follow Gulf News on WhatsApp" line.
    rec(cluster="gulfnews-ras-al-khaimah-jebel-jais-summer", role="single", file="gulfnews_ras_al_khaimah_jebel_jais_trails.txt",
        render="text", title="Jebel Jais hiking trails to close for summer from June 1",
        date="2025-05-19", dateline="Ras Al Khaimah: ", city="Ras Al Khaimah", country="AE", region="asia", lang="en",
        authors=["Sana Qureshi"],
        pre=[["Gulf News", "UAE", "Gulf", "World", "Business", "Sport", "Entertainment", "Opinion"], ["UAE", "Environment"]],
        head=[["Sana Qureshi, Senior Reporter"], ["Last updated: May 19, 2025 | 15:20"], ["Highlights", "Trails will reopen in October, weather permitting", "Zipline and viewing deck stay open"]],
        inserts={2: ["Follow Gulf News on WhatsApp: Get the latest news and updates."]},
        tail=[["Get Breaking News Alerts From Gulf News"], ["Copyright \u00a9 2025 Al Nisr Publishing LLC. All rights reserved."]],
        paras=P("""
The hiking trails on Jebel Jais, the UAE's highest mountain, will close for the summer from June 1 because of the
risk of heat exhaustion, the Ras Al Khaimah Tourism Development Authority said on Monday.

The closure covers all 12 marked trails, including the popular Jais Hiking Trail and the Al Mahabbah route, which
attracted about 46,000 hikers in the 2024-25 season.

Temperatures at the foot of the mountain regularly exceed 45 degrees Celsius in July and August, and rescue teams
have been called out several times for hikers who ran out of water.

Authority official Hessa Al Shehhi said the trails would reopen in October after safety checks and maintenance of
the paths.

The summit road, viewing deck, restaurants and the zipline will remain open, as temperatures near the top are about
10 degrees lower than on the coast.

Hikers are advised to register their routes and carry at least three litres of water per person when the trails
reopen.
"""),
        must_have=[
            "Temperatures at the foot of the mountain regularly exceed 45 degrees Celsius in July and August, and rescue "
            "teams have been called out several times for hikers who ran out of water.",
            "Authority official Hessa Al Shehhi said the trails would reopen in October after safety checks and "
            "maintenance of the paths.",
        ]),
    # Barbados Today: staff, "by NAME" lowercase byline, "Posted on" stamp, "Sharing is caring!" share line, "Fri" day count.
    rec(cluster="barbadostoday-kensington-oval-upgrade", role="single", file="barbadostoday_kensington_oval_floodlights.txt",
        render="text", title="Kensington Oval gets new LED floodlights ahead of Test series",
        date="2025-10-30", country="BB", region="americas", lang="en", authors=["Kerri-Ann Boyce"],
        pre=[["Barbados Today", "Local News", "Business", "Sports", "Entertainment", "Opinion", "E-Edition"]],
        head=[["Posted on October 30, 2025", "by Kerri-Ann Boyce"], ["Sharing is caring!"]],
        tail=[["Kerri-Ann Boyce is a sports reporter at Barbados Today."],
              ["Previous Article", "Crop Over band registration opens early", "Next Article", "BWA warns of low pressure in St Philip"],
              ["Barbados Today Inc. \u00a9 2025"]],
        paras=P("""
Kensington Oval will host its first day-night international match in December after the installation of new LED
floodlights at the historic ground in Bridgetown was completed this week.

The Barbados Cricket Association said the six towers, which replace lights installed before the 2007 World Cup, use
about 60 per cent less electricity and meet the standards for televised matches.

The project cost BDS$9.4 million and was funded by the Government, the West Indies cricket board and a private
sponsor.

BCA president Trevor Lashley said the lights would allow the ground to host more matches and concerts in the evening,
when it is cooler for players and spectators.

"Fans have been asking for night cricket at the Oval for years. Now we can give it to them," he said.

The first match under the new lights is scheduled for December 6, when West Indies play Sri Lanka in a one-day
international.

Groundsmen have also relaid the outfield drainage, which had left parts of the ground waterlogged after heavy rain.
"""),
        must_have=[
            "The project cost BDS$9.4 million and was funded by the Government, the West Indies cricket board and a "
            "private sponsor.",
            "Groundsmen have also relaid the outfield drainage, which had left parts of the ground waterlogged after heavy rain.",
        ]),
    # Dziennik Bałtycki: PAP copy, "Autor: oprac. NAME" desk line, "Źródło: PAP" line, "Polecane" list.
    rec(cluster="dziennikbaltycki-pap-gdynia-molo", role="single", file="dziennikbaltycki_pap_gdynia_molo_remont_pl.txt",
        render="text", title="Gdynia: molo w Orłowie zamknięte do wiosny. Trwa remont konstrukcji",
        date="2025-11-05", country="PL", region="europe", lang="pl", agency="PAP",
        pre=[["Dziennik Bałtycki", "Gdańsk", "Gdynia", "Sopot", "Pomorze", "Sport", "Kultura", "Motoryzacja"]],
        head=[["Autor: oprac. mw", "Źródło: PAP", "5 listopada 2025, 13:47"]],
        inserts={1: ["Polecane"], 3: ["Zobacz też: Sopot podnosi opłatę za wejście na molo"]},
        tail=[["Dołącz do nas na Facebooku!"], ["Polecane oferty"], ["Materiały promocyjne partnera"]],
        paras=P("""
Molo w gdyńskiej dzielnicy Orłowo zostało zamknięte dla spacerowiczów do kwietnia przyszłego roku. Miasto rozpoczęło
remont drewnianej konstrukcji, która została uszkodzona podczas jesiennych sztormów.

Jak poinformował rzecznik urzędu miasta Michał Dereszewski, wymienione zostaną pale nośne oraz około 40 procent
desek pomostu.

Koszt prac oszacowano na 6,8 mln zł. Wykonawcą jest gdańska firma specjalizująca się w budownictwie hydrotechnicznym.

Molo w Orłowie ma 180 metrów długości i jest jednym z najchętniej odwiedzanych miejsc w Gdyni. Z pomostu rozciąga
się widok na klif orłowski i Zatokę Gdańską.

Podczas remontu zamknięty będzie także fragment bulwaru prowadzący do mola od strony ulicy Orłowskiej. Miasto
zapowiedziało, że spacerowicze będą mogli korzystać z objazdu przez park.

Ostatni duży remont mola przeprowadzono w 2013 roku, po tym jak sztorm zniszczył jego końcowy fragment.

Mieszkańcy Orłowa od dawna apelowali o remont. Jak mówią, w ostatnich latach na pomoście pojawiały się coraz większe szczeliny, a część barierek była
luźna. Miasto zapewnia, że po remoncie molo posłuży co najmniej przez kolejne 25 lat.
"""),
        must_have=[
            "Koszt prac oszacowano na 6,8 mln zł.",
            "Ostatni duży remont mola przeprowadzono w 2013 roku, po tym jak sztorm zniszczył jego końcowy fragment.",
        ]),
    # Izvestia: staff, two authors on one line, "Читайте также" link, "Подписывайтесь на Известия в Telegram" line.
    rec(cluster="izvestia-kaliningrad-yantar-dobycha", role="single", file="izvestia_kaliningrad_yantar_dobycha_ru.txt",
        render="text", title="Добыча янтаря в Калининградской области выросла на 12%",
        date="2025-03-25", country="RU", region="europe", lang="ru", authors=["Ольга Северцева", "Дмитрий Камышев"],
        pre=[["Известия", "Политика", "Экономика", "Мир", "Общество", "Происшествия", "Армия", "Культура", "Спорт"], ["Экономика"]],
        head=[["Ольга Северцева, Дмитрий Камышев"], ["25 марта 2025, 09:15"]],
        inserts={2: ["Читайте также", "Калининградский порт нарастил перевалку угля"]},
        tail=[["Подписывайтесь на «Известия» в Telegram"], ["Все права защищены \u00a9 2025"]],
        paras=P("""
Добыча янтаря в Калининградской области в 2024 году выросла на 12% и составила около 480 тонн, сообщили в
областном министерстве природных ресурсов.

Основной объем по-прежнему приходится на Приморское месторождение в поселке Янтарный, где работает единственный в
мире промышленный карьер по добыче янтаря.

По словам экспертов, рост связан с увеличением спроса со стороны ювелирных предприятий внутри страны, поскольку
экспорт сырья в Китай за последний год сократился.

Директор одной из калининградских ювелирных мастерских Виктор Лапин отметил, что цены на крупные камни остаются
высокими, а на мелкую фракцию снизились почти на треть.

Власти региона рассчитывают создать в Янтарном кластер по переработке камня, чтобы больше продукции выпускалось
на месте, а не вывозилось в виде сырья.

Незаконная добыча янтаря, по данным полиции, за год сократилась, однако в прибрежных районах по-прежнему выявляют
нелегальных старателей.

В министерстве также напомнили, что с прошлого года в регионе действует упрощенный порядок сдачи найденного на пляжах янтаря. Жители
и туристы могут бесплатно оставлять себе небольшие камни, выброшенные морем после штормов.
"""),
        must_have=[
            "Основной объем по-прежнему приходится на Приморское месторождение в поселке Янтарный, где работает "
            "единственный в мире промышленный карьер по добыче янтаря.",
            "Власти региона рассчитывают создать в Янтарном кластер по переработке камня, чтобы больше продукции "
            "выпускалось на месте, а не вывозилось в виде сырья.",
        ]),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_LIVEMINT = site("mint", "https://www.livemint.example.com", " | Mint", "en_IN", "@livemint",
                     ["Latest", "Markets", "Money", "Industry", "Companies", "Politics", "Opinion", "Web Stories"],
                     ["Copyright \u00a9 HT Digital Streams Limited. All Rights Reserved.", "Privacy Policy", "Terms of Use"],
                     share=["Share Via", "Read Full Story"], top=["Subscribe", "Sign in", "E-Paper"])
SITE_HOUSTON = site("Houston Chronicle", "https://www.houstonchronicle.example.com", " - Houston Chronicle", "en_US", "@HoustonChron",
                    ["Local", "Texas", "Sports", "Business", "Opinion", "Food", "Things to Do", "Weather"],
                    ["\u00a9 2025 Hearst Newspapers, LLC", "Terms of Use", "Your Privacy Choices (Opt Out of Sale/Targeted Ads)"],
                    share=["Facebook", "X", "Email", "Copy Link"], top=["Sign In", "Subscribe"])
SITE_JA = site("Jeune Afrique", "https://www.jeuneafrique.example.com", " \u2013 Jeune Afrique", "fr_FR", "@jeune_afrique",
               ["Politique", "Économie & Entreprises", "Culture", "Société", "Sport", "Tribunes", "Magazine"],
               ["\u00a9 Jeune Afrique 2025, tous droits réservés", "Mentions légales", "Charte de confidentialité"],
               share=["Partager", "LinkedIn", "WhatsApp"], top=["Je m'abonne", "Se connecter"],
               cookie="Jeune Afrique et ses partenaires traitent des données personnelles pour mesurer l'audience et vous proposer des publicités personnalisées.",
               buttons=["Tout accepter", "Paramétrer"])
SITE_CLARIN = site("Clarín", "https://www.clarin.example.com", " | Clarín", "es_AR", "@clarincom",
                   ["Política", "Economía", "Sociedad", "Mundo", "Deportes", "Espectáculos", "Viste"],
                   ["Copyright 2025 Clarín. Todos los derechos reservados.", "Términos y Condiciones"],
                   share=["Compartir", "Facebook", "WhatsApp", "X"], top=["Suscribite", "Ingresá"])
SITE_EXAME = site("Exame", "https://exame.example.com", " | Exame", "pt_BR", "@exame",
                  ["Brasil", "Economia", "Negócios", "Agro", "Mercados", "ESG", "Invest"],
                  ["\u00a9 2025 EXAME. Todos os direitos reservados.", "Política de Privacidade"],
                  share=["Compartilhar", "WhatsApp", "LinkedIn", "X"], top=["Assine", "Entrar"])
SITE_KHERALD = site("The Korea Herald", "https://www.koreaherald.example.com", " - The Korea Herald", "en_US", "@TheKoreaHerald",
                    ["National", "Business", "Finance", "Life&Culture", "Sports", "World", "Opinion"],
                    ["Copyright Herald Corporation. All Rights Reserved.", "Privacy Policy"],
                    share=["Share", "Font size"], top=["Subscribe", "E-paper"])
SITE_GA = site("General-Anzeiger Bonn", "https://ga.example.de", " | GA Bonn", "de_DE", "@GA_Bonn",
               ["Bonn", "Region", "News", "Sport", "Kultur", "Freizeit", "GA+"],
               ["\u00a9 General-Anzeiger Bonn 2025", "Impressum", "Datenschutz", "Privatsphäre"],
               share=["Teilen", "WhatsApp", "Facebook", "E-Mail"], top=["Abo", "Anmelden"])
SITE_AD = site("AD.nl", "https://www.ad.example.nl", " | AD.nl", "nl_NL", "@ADnl",
               ["Nieuws", "Sport", "Regio", "Show", "Auto", "Wonen", "Koken & Eten"],
               ["\u00a9 2025 DPG Media B.V.", "Privacy", "Cookiebeleid"],
               share=["Delen", "WhatsApp", "Facebook", "X"], top=["Abonneer", "Inloggen"])
SITE_GAZZ = site("Il Gazzettino", "https://www.ilgazzettino.example.it", " | Il Gazzettino", "it_IT", "@gazzettino",
                 ["Nordest", "Venezia", "Treviso", "Padova", "Economia", "Sport", "Cultura"],
                 ["\u00a9 RIPRODUZIONE RISERVATA", "P.IVA 05803900267", "Privacy"],
                 share=["Condividi", "Facebook", "WhatsApp", "X"], top=["Abbonati", "Accedi"])

HTML_STORIES = [
    # Mint (original of the Reuters cluster): "Reuters" byline, "Published 10 Jun 2025, 01:58 PM IST" stamp, "Catch all the ..." footer line, "REUTERS/NAME" credit.
    dict(DILI, role="original", file="livemint_reuters_dili_coffee_exports.html", render="html", site=SITE_LIVEMINT,
         section="News", meta_section="News",
         url="https://www.livemint.example.com/news/world/timor-leste-coffee-exports-slump-as-rust-disease-hits-highland-farms-11749543210987.html",
         published="2025-06-10T13:58:00+05:30", modified="2025-06-10T13:58:00+05:30",
         ld_author=[{"@type": "Organization", "name": "Reuters"}],
         byline_lines=["Reuters"], date_lines=["Published 10 Jun 2025, 01:58 PM IST"],
         caption="A farmer picks coffee cherries in Ermera, Timor-Leste.", credit="REUTERS/Lirio da Fonseca",
         credit_shown="(REUTERS/Lirio da Fonseca)",
         end_lines=[DILI_CREDITS, "(This story has not been edited by Mint staff and is auto-generated from a syndicated feed.)"],
         below_body=[("catch", "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on Live Mint. Download The Mint News App to get Daily Market Updates.")],
         tags=("Topics", ["Timor-Leste", "Coffee", "Commodities"])),
    # Houston Chronicle (original of the AP cluster): "By Dwight Carrington, Associated Press" one line, "Apr 15, 2025" stamp, "Photo: ... / AP" credit.
    dict(ANTIGUA, role="original", file="houstonchronicle_ap_antigua_cruise_berth.html", render="html", site=SITE_HOUSTON,
         section="World", meta_section="World",
         url="https://www.houstonchronicle.example.com/news/world/article/antigua-cruise-berth-record-season-20281934.php",
         published="2025-04-15T21:10:00-05:00", modified="2025-04-15T21:40:00-05:00",
         byline_lines=["By Dwight Carrington, Associated Press"], date_lines=["Apr 15, 2025"],
         caption="Cruise ships dock in St. John's, Antigua, on Tuesday, April 15, 2025.", credit="Ricardo Mahon/AP",
         credit_shown="Photo: Ricardo Mahon/AP",
         inserts={3: [("ad", "Advertisement"), ("ad", "Article continues below this ad")]},
         lists=[("Most Popular", ["Houston ISD to close three campuses", "Storms bring hail to Katy and Cypress"])]),
    # Jeune Afrique (original of the AFP cluster): "Jeune Afrique avec AFP" byline, "Publié le 23 septembre 2025 à 19:40" stamp, "Lecture : 2 minutes", "© Issouf Sanogo/AFP".
    dict(ABIDJAN, role="original", file="jeuneafrique_afp_abidjan_attieke_prix_fr.html", render="html", site=SITE_JA,
         section="Économie & Entreprises", meta_section="Économie & Entreprises",
         url="https://www.jeuneafrique.example.com/1712345/economie-entreprises/en-cote-divoire-le-prix-de-lattieke-flambe/",
         published="2025-09-23T19:40:00+00:00", modified="2025-09-24T08:05:00+00:00",
         ld_author=[{"@type": "Organization", "name": "Jeune Afrique avec AFP"}],
         byline_lines=["Par Jeune Afrique avec AFP"], date_lines=["Publié le 23 septembre 2025 à 19:40", "Mis à jour le 24 septembre 2025 à 08:05"],
         above_body=[("reading", "Lecture : 2 minutes.")],
         caption="Une vendeuse d'attiéké au marché d'Adjamé, à Abidjan, le 19 septembre 2025.", credit="Issouf Sanogo/AFP",
         credit_shown="\u00a9 Issouf Sanogo/AFP",
         inserts={2: [("link", "Lire aussi", "Au Ghana, le gari devient un produit de luxe")]},
         newsletter_end=["Newsletter Économie", "Chaque mardi, l'essentiel de l'actualité économique africaine.", "Je m'inscris"]),
    # Clarín: staff, byline with role ("Corresponsalía Mar del Plata"), "Actualizado" same-day stamp, "Comentarios" counter, "Sobre la firma" bio.
    rec(cluster="clarin-mar-del-plata-temporada-ocupacion", role="single", file="clarin_mar_del_plata_ocupacion_hotelera_es.html",
        render="html", site=SITE_CLARIN, title="Mar del Plata cerró enero con una ocupación hotelera del 78%, por debajo del año pasado",
        date="2025-02-02", country="AR", region="americas", lang="es", authors=["Lucía Bertolotti"],
        section="Sociedad", meta_section="Sociedad",
        url="https://www.clarin.example.com/sociedad/mar-del-plata-cerro-enero-ocupacion-hotelera-78_0_abcXyZ12.html",
        description="Los hoteleros atribuyen la caída a los precios y a la competencia de las playas de Brasil.",
        published="2025-02-02T07:15:00-03:00", modified="2025-02-02T11:32:00-03:00",
        byline_lines=["Lucía Bertolotti", "Corresponsalía Mar del Plata"], date_lines=["02/02/2025 7:15", "Actualizado al 02/02/2025 11:32"],
        caption="La playa Bristol, en el centro de Mar del Plata, el sábado por la tarde.", credit="Marcelo Carroll",
        credit_shown="Foto: Marcelo Carroll",
        inserts={2: [("ad", "PUBLICIDAD")], 4: [("link", "Mirá también", "Pinamar y Villa Gesell, con más turistas que en 2024")]},
        author_box=["Sobre la firma", "Lucía Bertolotti", "Periodista. Cubre la Costa Atlántica desde 2012."],
        comments=["Comentarios", "Comentá las notas de Clarín con tu cuenta de Google o Facebook."],
        paras=P("""
La ocupación hotelera en Mar del Plata llegó al 78% en enero, seis puntos menos que en el mismo mes del año pasado,
según un relevamiento de la Asociación Hotelera Gastronómica de la ciudad.

Los hoteles de tres y cuatro estrellas del centro y de la zona de Playa Grande fueron los más afectados, mientras
que los departamentos de alquiler temporario mantuvieron una demanda similar a la de 2024.

"La gente viene, pero se queda menos días y gasta menos", explicó Raúl Pascuzzi, titular de la entidad. Según sus
datos, la estadía promedio bajó de 4,2 a 3,6 noches.

Los empresarios atribuyen la caída a la suba de los precios en pesos y a la competencia de las playas del sur de
Brasil, que este verano resultaron más baratas para muchos argentinos.

El Ente Municipal de Turismo estimó que la ciudad recibió 1,2 millones de turistas en enero y espera mejores números
para el fin de semana largo de Carnaval.

Los gastronómicos, en cambio, reportaron una facturación estable gracias a las promociones con tarjetas bancarias.
"""),
        must_have=[
            "Los hoteles de tres y cuatro estrellas del centro y de la zona de Playa Grande fueron los más afectados, "
            "mientras que los departamentos de alquiler temporario mantuvieron una demanda similar a la de 2024.",
            "Los gastronómicos, en cambio, reportaron una facturación estable gracias a las promociones con tarjetas bancarias.",
        ]),
    # Exame: Agência Brasil copy without dateline, "NAME – Repórter da Agência Brasil" byline, "Ouça esta matéria" audio line, "Mais lidas" rail.
    rec(cluster="exame-agenciabrasil-mel-santa-catarina", role="single", file="exame_agenciabrasil_mel_exportacoes_pt.html",
        render="html", site=SITE_EXAME, title="Exportação de mel bate recorde com alta da demanda nos Estados Unidos",
        date="2025-07-08", country="BR", region="americas", lang="pt", agency="Agência Brasil", authors=["Renata Quintella"],
        section="Agro", meta_section="Agro",
        url="https://exame.example.com/agro/exportacao-de-mel-bate-recorde-com-alta-da-demanda-nos-estados-unidos/",
        description="Brasil embarcou 47 mil toneladas no primeiro semestre, segundo a associação do setor.",
        published="2025-07-08T16:22:00-03:00", modified="2025-07-08T16:22:00-03:00",
        byline_lines=["Renata Quintella \u2013 Repórter da Agência Brasil"], date_lines=["Publicado em 8 de julho de 2025 às 16h22."],
        above_body=[("audio", "Ouça esta matéria"), ("reading", "Tempo de leitura: 2 min")],
        caption="Apicultor inspeciona colmeias em Santa Catarina.", credit="Marcello Casal Jr./Agência Brasil",
        credit_shown="Marcello Casal Jr./Agência Brasil",
        inserts={3: [("promo", ["Exame Agro", "Receba as principais notícias do agronegócio no seu e-mail.", "Inscreva-se"])]},
        lists=[("Mais lidas", ["Safra de café deve ser 4% menor, diz Conab", "Preço da arroba do boi sobe em junho"])],
        paras=P("""
As exportações brasileiras de mel atingiram 47 mil toneladas no primeiro semestre de 2025, o maior volume da série
histórica, segundo dados da Associação Brasileira dos Exportadores de Mel.

Em valor, as vendas externas somaram US$ 148 milhões, alta de 31% em relação ao mesmo período do ano passado.

Os Estados Unidos continuam sendo o principal destino, com quase 80% dos embarques, seguidos por Alemanha e Canadá.

Segundo o presidente da associação, Gilberto Fiorenza, a demanda americana aumentou depois da queda da produção
na Argentina e da aplicação de tarifas sobre o mel de outros países.

Santa Catarina, Piauí e Paraná lideram as exportações. No Nordeste, grande parte do produto é orgânico, o que garante
preços mais altos no mercado internacional.

O setor, no entanto, alerta para o risco de perdas de colmeias causadas pelo uso de agrotóxicos em lavouras próximas
e pela seca em algumas regiões produtoras.

O setor reúne cerca de 300 mil apicultores, em grande parte pequenos produtores familiares.
"""),
        must_have=[
            "Em valor, as vendas externas somaram US$ 148 milhões, alta de 31% em relação ao mesmo período do ano passado.",
            "Os Estados Unidos continuam sendo o principal destino, com quase 80% dos embarques, seguidos por Alemanha e Canadá.",
        ]),
    # The Korea Herald: Yonhap copy "DAEJEON, Nov. 3 (Yonhap) -- ", "Yonhap" byline, "(END)" signoff, "Published : Nov. 3, 2025 - 15:21" stamps.
    rec(cluster="koreaherald-yonhap-daejeon-bread-festival", role="single", file="koreaherald_yonhap_daejeon_bread_festival.html",
        render="html", site=SITE_KHERALD, title="Daejeon bread festival draws record 180,000 visitors",
        date="2025-11-03", dateline="DAEJEON, Nov. 3 (Yonhap) -- ", city="Daejeon", country="KR", region="asia", lang="en",
        agency="Yonhap", section="Life&Culture", meta_section="Life&Culture",
        url="https://www.koreaherald.example.com/article/10612345",
        description="Visitors queued for hours at stalls run by 90 local bakeries.",
        published="2025-11-03T15:21:00+09:00", modified="2025-11-03T15:21:00+09:00",
        ld_author=[{"@type": "Organization", "name": "Yonhap"}],
        byline_lines=["By Yonhap"], date_lines=["Published : Nov. 3, 2025 - 15:21", "Updated : Nov. 3, 2025 - 15:21"],
        caption="Visitors line up at a stall during a bread festival in Daejeon on Nov. 2.", credit="Yonhap",
        credit_shown="(Yonhap)",
        end_lines=["(END)"],
        lists=[("Most Popular", ["Seoul's first snow expected next week", "K-pop group tops Billboard chart"])],
        paras=P("""
A two-day bread festival in the central city of Daejeon drew a record 180,000 visitors over the weekend, city
officials said Monday, as the city's reputation as a destination for bakery lovers continues to grow.

The festival, held near Daejeon Station, brought together 90 local bakeries selling pastries, loaves and cakes, up
from 65 bakeries last year.

Visitors queued for up to three hours at some of the most popular stalls, and several bakeries sold out before noon
on Saturday, organizers said.

The city estimated that the event generated about 5.2 billion won ($3.6 million) in sales for local businesses.

Daejeon has become known for its bakeries in recent years, with many visitors from Seoul and Busan traveling by
high-speed train to buy bread and return the same day.

"We will look for a bigger venue next year and introduce a reservation system to shorten the lines," an official
said.

The city plans to hold a smaller spring edition of the festival in April.
"""),
        must_have=[
            "The festival, held near Daejeon Station, brought together 90 local bakeries selling pastries, loaves and "
            "cakes, up from 65 bakeries last year.",
            "The city estimated that the event generated about 5.2 billion won ($3.6 million) in sales for local businesses.",
        ]),
    # General-Anzeiger Bonn (gzipped): staff, "Von NAME" byline, "Bonn ·" place kicker, GA+ paywall line, "Mehr vom GA" rail.
    rec(cluster="ga-bonn-beethovenhalle-eroeffnung", role="single", file="generalanzeiger_bonn_beethovenhalle_eroeffnung_de.html.gz",
        render="html", site=SITE_GA, title="Beethovenhalle: Wiedereröffnung verschiebt sich auf Herbst 2026",
        date="2025-03-12", country="DE", region="europe", lang="de", authors=["Stefan Hermanns"],
        section="Bonn", meta_section="Bonn",
        url="https://ga.example.de/bonn/stadt-bonn/beethovenhalle-wiedereroeffnung-verschiebt-sich-auf-herbst-2026_aid-123456789",
        description="Die Sanierung der Konzerthalle wird erneut teurer.",
        published="2025-03-12T18:04:00+01:00", modified="2025-03-12T18:04:00+01:00",
        kicker="Bonn \u00b7 Sanierung", byline_lines=["Von Stefan Hermanns"], date_lines=["12.03.2025, 18:04 Uhr"],
        above_body=[("reading", "Lesezeit: 2 Minuten")],
        caption="Die Beethovenhalle am Rheinufer ist seit 2016 geschlossen.", credit="Benjamin Westhoff",
        credit_shown="Foto: Benjamin Westhoff",
        below_body=[("paywall", "Mit GA+ weiterlesen: Jetzt 1 Monat für 0,99 € testen")],
        lists=[("Mehr vom GA", ["Rheinaue: Stadt plant neue Spielflächen", "Telekom Baskets gewinnen Derby"])],
        paras=P("""
Die Wiedereröffnung der Bonner Beethovenhalle verzögert sich erneut. Nach Angaben der Stadtverwaltung soll das
Konzerthaus nun im Herbst 2026 wieder für Besucher öffnen, ein halbes Jahr später als zuletzt geplant.

Grund seien Probleme bei der Abnahme der Bühnentechnik und der Lüftungsanlage im großen Saal, teilte die Stadt am
Mittwoch im Betriebsausschuss mit.

Die Kosten der Sanierung steigen damit auf rund 224 Millionen Euro. Ursprünglich hatte der Stadtrat im Jahr 2015
rund 60 Millionen Euro für das Projekt bewilligt.

Projektleiterin Claudia Wörner sagte, die restlichen Arbeiten seien überschaubar, müssten aber sorgfältig geprüft
werden. Das Beethoven Orchester Bonn spielt bis dahin weiter im Opernhaus und im World Conference Center.

Die Fraktionen im Rat reagierten verärgert. Mehrere Ratsmitglieder forderten eine externe Untersuchung, warum der
Zeitplan immer wieder verfehlt wurde.

Die Beethovenhalle war 1959 eröffnet worden und steht unter Denkmalschutz.

Die Verwaltung will den Rat im Juni erneut über den Stand der Arbeiten und die endgültigen Kosten informieren. Die Bonner
Konzertbesucher müssen sich also weiter gedulden.
"""),
        must_have=[
            "Grund seien Probleme bei der Abnahme der Bühnentechnik und der Lüftungsanlage im großen Saal, teilte die "
            "Stadt am Mittwoch im Betriebsausschuss mit.",
            "Die Beethovenhalle war 1959 eröffnet worden und steht unter Denkmalschutz.",
        ]),
    # AD.nl: staff sport, two authors "NAME en NAME", "Premium" badge, "Lees ook" link, comment counter "128 reacties".
    rec(cluster="ad-eindhoven-psv-stadion-uitbreiding", role="single", file="ad_eindhoven_psv_stadion_uitbreiding_nl.html",
        render="html", site=SITE_AD, title="PSV mag Philips Stadion uitbreiden tot 45.000 plaatsen",
        date="2025-06-24", country="NL", region="europe", lang="nl", authors=["Jeroen van Kessel", "Sanne Verhoeven"],
        section="Sport", meta_section="Sport",
        url="https://www.ad.example.nl/psv/psv-mag-philips-stadion-uitbreiden-tot-45-000-plaatsen~a7f3c21b/",
        description="De gemeenteraad van Eindhoven stemde dinsdagavond in met het bestemmingsplan.",
        published="2025-06-24T23:12:00+02:00", modified="2025-06-25T07:30:00+02:00",
        kicker="PSV", above_body=[("badge", "Premium")],
        byline_lines=["Jeroen van Kessel en Sanne Verhoeven"], date_lines=["24-06-25, 23:12", "Laatste update: 25-06-25, 07:30"],
        inserts={2: [("link", "Lees ook", "Bewoners Villapark vrezen meer parkeeroverlast")]},
        comments=["128 reacties", "Lees de reacties"],
        paras=P("""
PSV mag het Philips Stadion uitbreiden van 35.000 tot 45.000 plaatsen. De gemeenteraad van Eindhoven stemde dinsdagavond
met ruime meerderheid in met het nieuwe bestemmingsplan voor het stadion en de omgeving.

De club wil de hoeken van het stadion dichtbouwen en een extra ring op de tribunes aan de Mathildelaan en de
Frederiklaan zetten. De bouw moet in de zomer van 2026 beginnen en twee seizoenen duren.

Algemeen directeur Maarten Hofstede sprak van een historische avond. ,,We hebben al jaren een wachtlijst van meer dan
twintigduizend mensen voor een seizoenkaart."

Omwonenden in het Villapark en Stratum maken zich zorgen over verkeer en parkeren op wedstrijddagen. De gemeente
belooft extra handhaving en een nieuwe fietsenstalling voor vijfduizend fietsen.

De kosten van de uitbreiding worden geschat op 140 miljoen euro. PSV betaalt het grootste deel zelf, de gemeente
draagt bij aan de aanpassing van de openbare ruimte.

Tijdens de bouw blijft het stadion in gebruik, al zal de capaciteit tijdelijk lager zijn.
"""),
        must_have=[
            "De gemeente belooft extra handhaving en een nieuwe fietsenstalling voor vijfduizend fietsen.",
            "Tijdens de bouw blijft het stadion in gebruik, al zal de capaciteit tijdelijk lager zijn.",
        ]),
    # Il Gazzettino: ANSA copy "(ANSA) - TREVISO, 16 OTT - ", "di Redazione Web" placeholder, "RIPRODUZIONE RISERVATA" end line, "Ultimo aggiornamento" stamp.
    rec(cluster="gazzettino-ansa-treviso-vendemmia-prosecco", role="single", file="ilgazzettino_ansa_treviso_vendemmia_prosecco_it.html",
        render="html", site=SITE_GAZZ, title="Prosecco, vendemmia in calo del 9% ma qualità alta nelle colline di Conegliano",
        date="2025-10-16", dateline="(ANSA) - TREVISO, 16 OTT - ", city="Treviso", country="IT", region="europe", lang="it",
        agency="ANSA", section="Treviso", meta_section="Treviso",
        url="https://www.ilgazzettino.example.it/nordest/treviso/prosecco_vendemmia_calo_qualita_conegliano-9123456.html",
        description="Il consorzio stima 560 milioni di bottiglie.",
        published="2025-10-16T12:47:00+02:00", modified="2025-10-16T13:05:00+02:00",
        ld_author=[{"@type": "Organization", "name": "Redazione Web"}],
        byline_lines=["di Redazione Web"], date_lines=["Giovedì 16 Ottobre 2025, 12:47", "Ultimo aggiornamento: 13:05"],
        caption="Vendemmia sulle colline di Valdobbiadene.", credit="ANSA", credit_shown="(ANSA)",
        inserts={3: [("ad", "PUBBLICITÀ")]},
        end_lines=["\u00a9 RIPRODUZIONE RISERVATA"],
        tags=("Tag", ["Prosecco", "Vendemmia", "Conegliano"]),
        paras=P("""
La vendemmia 2025 nelle zone del Prosecco si chiude con un calo della produzione di uva di circa il 9% rispetto allo
scorso anno, ma con una qualità giudicata molto buona dai tecnici.

Lo ha comunicato il consorzio di tutela, che stima una produzione complessiva di circa 560 milioni di bottiglie tra
Doc e Docg.

Il calo è dovuto alle grandinate di fine giugno, che hanno colpito soprattutto alcuni vigneti della pianura
trevigiana, e al caldo intenso di agosto.

Nelle colline tra Conegliano e Valdobbiadene, patrimonio Unesco, la raccolta è stata fatta in gran parte a mano e si
è conclusa con una decina di giorni di anticipo.

"Le uve sono sane e con un ottimo equilibrio tra zuccheri e acidità", ha spiegato l'enologo del consorzio Paolo
Dalla Costa.

I prezzi delle uve sono rimasti sostanzialmente stabili, mentre le esportazioni verso gli Stati Uniti restano sotto
osservazione per l'effetto dei dazi.
"""),
        must_have=[
            "Lo ha comunicato il consorzio di tutela, che stima una produzione complessiva di circa 560 milioni di "
            "bottiglie tra Doc e Docg.",
            "I prezzi delle uve sono rimasti sostanzialmente stabili, mentre le esportazioni verso gli Stati Uniti restano "
            "sotto osservazione per l'effetto dei dazi.",
        ]),
]


# ---- news-please and trafilatura files -------------------------------------------

JSON_STORIES = [
    # news-please, Excélsior (Mexico): EFE copy "Oaxaca (México), 21 jul (EFE).- ", "EFE" author field, "Síguenos en" line.
    rec(cluster="excelsior-efe-oaxaca-guelaguetza", role="single",
        file="newsplease_excelsior_efe_oaxaca_guelaguetza_es.json", render="newsplease",
        title="Guelaguetza 2025 espera 300 mil visitantes y derrama de 1,500 millones de pesos", date="2025-07-21",
        dateline="Oaxaca (México), 21 jul (EFE).- ", city="Oaxaca", country="MX", region="americas", lang="es", agency="EFE",
        url="https://www.excelsior.example.com.mx/nacional/guelaguetza-2025-espera-300-mil-visitantes/1712345",
        source_domain="www.excelsior.example.com.mx",
        description="Las autoridades de Oaxaca esperan una ocupación hotelera superior al 90%.",
        np_authors=["EFE"], np_publish="2025-07-21 19:48:00", np_download="2025-07-22 02:10:37",
        head_lines=["Por EFE", "21 de julio de 2025, 19:48"],
        inserts={3: ["Te recomendamos: Oaxaca refuerza operativo de seguridad por fiestas"]},
        tail_lines=["EFE", "Síguenos en Google News y mantente informado", "ebv"],
        paras=P("""
Las autoridades del estado mexicano de Oaxaca esperan la llegada de unos 300.000 visitantes durante las fiestas de la
Guelaguetza, que comenzaron este lunes, y una derrama económica de 1.500 millones de pesos (unos 80 millones de
dólares).

La celebración, que reúne danzas y música de las ocho regiones del estado, se celebra los dos lunes siguientes al 16
de julio en el auditorio del cerro del Fortín, con capacidad para 11.000 personas.

El secretario de Turismo estatal, Rodolfo Zárate, dijo en rueda de prensa que la ocupación hotelera en la capital
superaba el 90% y que los vuelos desde Ciudad de México y Estados Unidos estaban prácticamente llenos.

Además de los espectáculos en el auditorio, la ciudad ofrece desfiles, ferias gastronómicas y muestras de mezcal en
las calles del centro histórico.

Algunos grupos de artesanos se quejaron de que los permisos para vender en las plazas fueron asignados a comerciantes
de fuera del estado.

La Guelaguetza tiene raíces prehispánicas y es considerada una de las fiestas populares más importantes de México.
"""),
        must_have=[
            "La celebración, que reúne danzas y música de las ocho regiones del estado, se celebra los dos lunes siguientes "
            "al 16 de julio en el auditorio del cerro del Fortín, con capacidad para 11.000 personas.",
            "Algunos grupos de artesanos se quejaron de que los permisos para vender en las plazas fueron asignados a "
            "comerciantes de fuera del estado.",
        ]),
    # news-please, The Astana Times: staff, "ASTANA – " dateline, "By NAME in Business on 11 December 2025" line.
    rec(cluster="astanatimes-astana-heating-tariffs", role="single",
        file="newsplease_astanatimes_astana_heating_tariffs.json", render="newsplease",
        title="Astana residents to pay 15 percent more for heating from January", date="2025-12-11",
        dateline="ASTANA \u2013 ", city="Astana", country="KZ", region="asia", lang="en", authors=["Aigerim Seitkali"],
        url="https://astanatimes.example.com/2025/12/astana-residents-to-pay-15-percent-more-for-heating-from-january/",
        source_domain="astanatimes.example.com",
        description="The city's heating utility says the increase will fund pipe replacement.",
        np_authors=["Aigerim Seitkali"], np_publish="2025-12-11 16:40:00", np_download="2025-12-11 18:05:44",
        head_lines=["By Aigerim Seitkali in Business on 11 December 2025"],
        tail_lines=["Share this:", "Related", "Almaty launches new district heating plant"],
        paras=P("""
Residents of Kazakhstan's capital will pay about 15 percent more for heating from Jan. 1, the city's heating
utility announced on Dec. 10 after the increase was approved by the regional antimonopoly department.

The utility, Astana-Teplotranzit, said the money would be used to replace about 60 kilometers of worn-out pipes in
the city's older districts, where winter breakdowns have left apartment blocks without heat.

About 40 percent of the city's heating network is more than 25 years old, according to the company. Temperatures in
Astana regularly drop below minus 30 degrees Celsius in January.

"We understand this is a burden for families, but we cannot keep patching pipes that should have been replaced a
decade ago," said deputy director Bauyrzhan Tulegenov.

Low-income households that spend more than a tenth of their income on utilities will be able to apply for housing
assistance from the city administration.

The city also plans to connect new residential districts on the left bank to the third combined heat and power plant,
which is under construction.
"""),
        must_have=[
            "About 40 percent of the city's heating network is more than 25 years old, according to the company.",
            "Low-income households that spend more than a tenth of their income on utilities will be able to apply for "
            "housing assistance from the city administration.",
        ]),
    # news-please, Fiji Sun: staff, no dateline, "Edited by NAME" line (an editor), "Feedback: email" line.
    rec(cluster="fijisun-nausori-market-vendors", role="single",
        file="newsplease_fijisun_nausori_market_relocation.json", render="newsplease",
        title="Nausori market vendors move to temporary site as rebuild starts", date="2025-08-29",
        country="FJ", region="oceania", lang="en", authors=["Litia Vakacegu"], editors=["Rosi Doviverata"],
        url="https://fijisun.example.com.fj/2025/08/29/nausori-market-vendors-move-to-temporary-site-as-rebuild-starts/",
        source_domain="fijisun.example.com.fj",
        description="About 400 vendors will trade at the old bus stand for 18 months.",
        np_authors=["Litia Vakacegu"], np_publish="2025-08-29 05:30:00", np_download="2025-08-29 09:11:09",
        head_lines=["By Litia Vakacegu", "August 29, 2025 5:30 am"],
        tail_lines=["Edited by Rosi Doviverata", "Feedback: litia.vakacegu@fijisun.example.com.fj"],
        paras=P("""
About 400 vendors at the Nausori Municipal Market have moved to a temporary site at the old bus stand as work starts
on a new two-storey market building.

The Nausori Town Council said the $12.5 million project would take about 18 months and would include a covered
fish section, cold storage rooms and toilets for vendors.

Council chief executive Ratu Peni Naivalu said the old building had leaking roofs and poor drainage and did not meet
health standards.

"Our vendors have been patient. We want to give them a market that they and their customers can be proud of," he
said.

Some vendors from Rewa and Tailevu said they were worried that customers would not find the temporary site and that
their sales had already dropped this week.

The council has put up signs in the town centre and said buses would continue to stop near the temporary market.

The market is one of the busiest in the Central Division and supplies fresh produce to households in Nausori and
parts of Suva.
"""),
        must_have=[
            "Council chief executive Ratu Peni Naivalu said the old building had leaking roofs and poor drainage and did "
            "not meet health standards.",
            "The council has put up signs in the town centre and said buses would continue to stop near the temporary market.",
        ]),
    # trafilatura, Heraldo de Aragón: staff, "NAME. Zaragoza" byline line, first category "Aragón".
    rec(cluster="heraldo-zaragoza-golpes-de-calor-urgencias", role="single",
        file="trafilatura_heraldo_zaragoza_golpes_calor_urgencias_es.json", render="trafilatura",
        title="Las urgencias de Zaragoza atienden 140 casos por calor en la primera ola del verano", date="2025-07-04",
        country="ES", region="europe", lang="es", authors=["Elena Lacasta"], section="Aragón",
        url="https://www.heraldo.example.es/noticias/aragon/zaragoza/2025/07/04/urgencias-zaragoza-casos-calor-1812345.html",
        hostname="www.heraldo.example.es", source_hostname="Heraldo de Aragón",
        description="El Servet y el Clínico concentran la mayoría de los casos.",
        tf_author="Elena Lacasta", tf_date="2025-07-04", tf_language="es", categories="Aragón;Zaragoza",
        tf_tags="calor;urgencias;Zaragoza",
        head_lines=["Elena Lacasta. Zaragoza", "Actualizada 04/07/2025 a las 08:05"],
        inserts={2: ["Lee también: El Ebro baja a su nivel más bajo de julio en una década"]},
        tail_lines=["Regístrate gratis en Heraldo para leer más noticias", "Etiquetas", "Sanidad"],
        paras=P("""
Los servicios de urgencias de los hospitales de Zaragoza atendieron unos 140 casos relacionados con el calor durante
la primera ola del verano, que dejó temperaturas de hasta 43 grados en la capital aragonesa.

Según datos del Departamento de Sanidad, la mayoría de los pacientes eran personas mayores de 75 años con
deshidratación o descompensación de enfermedades crónicas.

El Hospital Miguel Servet y el Clínico Lozano Blesa concentraron dos tercios de las consultas. También se registraron
seis casos de golpe de calor en trabajadores de la construcción y del campo.

La jefa de urgencias del Servet, Pilar Gascón, recordó que es importante beber agua sin esperar a tener sed y evitar
las actividades físicas en las horas centrales del día.

El Ayuntamiento de Zaragoza mantiene abiertos por las tardes varios centros cívicos y bibliotecas como refugios
climáticos, con aire acondicionado y agua fresca.

La Agencia Estatal de Meteorología prevé un descenso de las temperaturas a partir del domingo.
"""),
        must_have=[
            "Según datos del Departamento de Sanidad, la mayoría de los pacientes eran personas mayores de 75 años con "
            "deshidratación o descompensación de enfermedades crónicas.",
            "La Agencia Estatal de Meteorología prevé un descenso de las temperaturas a partir del domingo.",
        ]),
    # trafilatura, Bay of Plenty Times: staff, "By NAME" + "Local Democracy Reporter" role line, LDR funding note; first category "Bay of Plenty".
    rec(cluster="bopt-tauranga-kaimai-water-restrictions", role="single",
        file="trafilatura_bayofplentytimes_tauranga_kaimai_water_restrictions.json", render="trafilatura",
        title="Tauranga households told to cut water use as Kaimai streams run low", date="2025-02-26",
        country="NZ", region="oceania", lang="en", authors=["Mereana Tapsell"], section="Bay of Plenty",
        url="https://www.bayofplentytimes.example.co.nz/bay-of-plenty-times/news/tauranga-households-told-to-cut-water-use/ABCDEF123/",
        hostname="www.bayofplentytimes.example.co.nz", source_hostname="Bay of Plenty Times",
        description="Sprinklers are banned from Saturday as the city's stream intakes fall.",
        tf_author="Mereana Tapsell", tf_date="2025-02-26", tf_language="en", categories="Bay of Plenty;Local Democracy Reporting",
        tf_tags="Tauranga;water",
        head_lines=["By Mereana Tapsell", "Local Democracy Reporter", "26 Feb, 2025 05:00 PM", "3 mins to read"],
        tail_lines=["LDR is local body journalism co-funded by RNZ and NZ On Air.", "Latest from Bay of Plenty Times"],
        paras=P("""
Tauranga residents have been told to cut their water use after weeks of dry weather left the streams that supply the
city running well below normal levels.

Tauranga City Council will ban sprinklers and unattended hoses from Saturday, and has asked households to keep
showers to four minutes and wash cars with a bucket.

The city draws most of its water from the Tautau and Waiorohi streams in the Kaimai Range, where flows have fallen to
about 60 per cent of the summer average.

Council water services manager Hemi Rolleston said daily use had climbed to more than 62 million litres during the
recent hot spell, close to the limit of what the treatment plants could supply.

"If everyone makes a few small changes, we can avoid tougher restrictions," he said.

Residents can still water gardens by hand with a trigger nozzle in the early morning or evening.

The council said the restrictions would stay in place until there was significant rain in the catchments.
"""),
        must_have=[
            "Tauranga City Council will ban sprinklers and unattended hoses from Saturday, and has asked households to "
            "keep showers to four minutes and wash cars with a bucket.",
            "Residents can still water gardens by hand with a trigger nozzle in the early morning or evening.",
        ]),
    # trafilatura, Kuwait Times: KUNA copy, "KUWAIT: " dateline, "KUNA" signoff; first category "Kuwait".
    rec(cluster="kuwaittimes-kuna-power-load-record", role="single",
        file="trafilatura_kuwaittimes_kuna_power_load_record.json", render="trafilatura",
        title="Kuwait's power consumption hits record as temperatures top 51C", date="2025-07-29",
        dateline="KUWAIT: ", city="Kuwait City", country="KW", region="asia", lang="en", agency="KUNA", section="Kuwait",
        url="https://kuwaittimes.example.com/kuwaits-power-consumption-hits-record-as-temperatures-top-51c/",
        hostname="kuwaittimes.example.com", source_hostname="Kuwait Times",
        description="The electricity load index reached 17,840 megawatts on Monday afternoon.",
        tf_author="KUNA", tf_date="2025-07-29", tf_language="en", categories="Kuwait;Local",
        tf_tags="electricity;heat",
        head_lines=["KUNA", "July 29, 2025"],
        tail_lines=["\u2014 KUNA", "Subscribe to our newsletter"],
        paras=P("""
Kuwait's electricity consumption reached a record 17,840 megawatts on Monday afternoon as temperatures in parts of
the country climbed above 51 degrees Celsius, the Ministry of Electricity, Water and Renewable Energy said.

The ministry said the load exceeded last year's peak of 17,610 megawatts but remained within the capacity of the
power stations, and no scheduled cuts were needed.

Ministry spokesperson Fatima Al-Qattan urged consumers to reduce the use of electrical appliances between 11 am and
5 pm, when demand is highest.

The ministry has imported electricity from neighbouring countries through the Gulf interconnection grid on several
days this summer to cover shortfalls.

Two new units at the Az-Zour North power station are expected to add 1,800 megawatts to the grid by 2027.

The Meteorological Department forecast very hot weather for the rest of the week, with dusty winds in open areas.

Kuwait has one of the highest per capita electricity consumption rates in the world, driven largely by air conditioning.
"""),
        must_have=[
            "The ministry said the load exceeded last year's peak of 17,610 megawatts but remained within the capacity of "
            "the power stations, and no scheduled cuts were needed.",
            "Two new units at the Az-Zour North power station are expected to add 1,800 megawatts to the grid by 2027.",
        ]),
]


# ---- JSONL batches -----------------------------------------------------------------

SITE_IDN = site("IDN Times", "https://www.idntimes.example.com", " | IDN Times", "id_ID", "@IDNTimes",
                ["News", "Business", "Sport", "Tech", "Hype", "Life", "Health", "Travel"],
                ["\u00a9 2025 IDN Times. All Rights Reserved", "Pedoman Media Siber", "Kebijakan Privasi"],
                share=["Bagikan", "WhatsApp", "Facebook", "X", "Salin Link"], top=["Masuk", "Daftar"])

JSONL_STORIES = [
    # newsbeam text shape: the Reuters story on Devdiscourse (syndicated member of the Reuters cluster), "Devdiscourse News Desk" line, "(This story has not been edited..." note.
    dict(DILI, role="syndicated", file=JSONL_A, render="newsbeam", section=None,
         url="https://www.devdiscourse.example.com/article/agro-forestry/3412876-timor-leste-coffee-exports-slump-as-rust-disease-hits-highland-farms",
         nb_published="2025-06-10T08:47:00Z", outlet="Devdiscourse", nb_authors=["Reuters"],
         head_lines=["Reuters", "Dili | Updated: 10-06-2025 14:17 IST | Created: 10-06-2025 14:17 IST"],
         tail_lines=[DILI_CREDITS, "(This story has not been edited by Devdiscourse staff and is auto-generated from a syndicated feed.)",
                     "TRENDING", "Rupee opens flat against dollar"]),
    # trafilatura shape: the AP story on KSL.com (syndicated member of the AP cluster), "By Dwight Carrington, Associated Press |" line with stamp; first category "World".
    dict(ANTIGUA, role="syndicated", file=JSONL_A, render="trafilatura", section="World",
         url="https://www.ksl.example.com/article/51298765/antigua-opens-fifth-cruise-berth-as-island-bets-on-record-season",
         hostname="www.ksl.example.com", source_hostname="KSL.com",
         tf_author="Dwight Carrington, Associated Press", tf_date="2025-04-15", tf_language="en", categories="World;News",
         tf_tags="Caribbean;Tourism",
         head_lines=["By Dwight Carrington, Associated Press | Posted - April 15, 2025 at 8:12 p.m."],
         tail_lines=["Copyright \u00a9 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.",
                     "Most recent World stories", "Related topics", "World"]),
    # newsbeam text shape: Citizen Digital (Kenya), staff, "NAME" + role line, "Subscribe to watch latests videos" line.
    rec(cluster="citizendigital-nyeri-avocado-exports", role="single", file=JSONL_A, render="newsbeam",
        title="Nyeri avocado farmers count losses as exporters reject fruit over maturity tests", date="2025-04-08",
        country="KE", region="africa", lang="en", authors=["Wanjiru Gathoni"],
        url="https://www.citizen.example.co.ke/news/nyeri-avocado-farmers-count-losses-as-exporters-reject-fruit-1103456",
        nb_published="2025-04-08T13:45:00Z", outlet="Citizen Digital", nb_authors=["Wanjiru Gathoni"],
        head_lines=["Wanjiru Gathoni", "Journalist", "Published on: April 8, 2025 16:45 (EAT)"],
        inserts={3: ["READ MORE: Murang'a farmers turn to macadamia as coffee prices dip"]},
        tail_lines=["Subscribe to watch latests videos", "Tags: Avocado, Nyeri, Agriculture"],
        paras=P("""
Avocado farmers in Nyeri County say they have lost thousands of shillings after exporters rejected large quantities
of fruit that failed dry matter tests at collection centres.

The Agriculture and Food Authority requires Hass avocados meant for export to have a dry matter content of at least
24 per cent, a measure of whether the fruit is mature enough to ripen properly.

Farmers in Mathira and Othaya said brokers had harvested fruit early in February and March, hoping to catch high
prices at the start of the season.

"They told us the fruit was ready. Now the exporters say it is immature and we are left with the loss," said Peter
Maina, who has 300 trees in Karatina.

County agriculture officer Grace Wambui said the county would train farmers to test fruit before harvest and warned
that early picking could damage Kenya's reputation in European markets.

Rejected fruit is sold in local markets for as little as three shillings a piece, compared with up to 15 shillings
offered by exporters.

Kenya is Africa's largest avocado exporter, shipping mainly to Europe and the Middle East.
"""),
        must_have=[
            "The Agriculture and Food Authority requires Hass avocados meant for export to have a dry matter content of "
            "at least 24 per cent, a measure of whether the fruit is mature enough to ripen properly.",
            "Kenya is Africa's largest avocado exporter, shipping mainly to Europe and the Middle East.",
        ]),
    # news-please shape: the AFP story on Capital (syndicated member of the AFP cluster), "Capital.fr avec AFP" author field, stamp line, "© AFP" line.
    dict(ABIDJAN, role="syndicated", file=JSONL_B, render="newsplease", section=None,
         url="https://www.capital.example.fr/economie-politique/en-cote-divoire-le-prix-de-lattieke-flambe-1512345",
         source_domain="www.capital.example.fr",
         np_authors=["Capital.fr avec AFP"], np_publish="2025-09-23 21:52:00", np_download="2025-09-24 06:30:12",
         head_lines=["Publié le 23/09/2025 à 21h52"],
        tail_lines=["\u00a9 AFP", "Suivez toute l'actualité de Capital sur Google Actualités", "Newsletter Capital"]),
    # newsbeam html shape: IDN Times (Indonesia), staff, "Penulis" / "Editor" byline lines, "Baca Juga" link, "IDN Times Community" note.
    rec(cluster="idntimes-makassar-losari-banjir-rob", role="single", file=JSONL_B, render="newsbeam", nb_html=True,
        site=SITE_IDN, title="Pemkot Makassar Bangun Tanggul Laut Sepanjang 2 Kilometer di Pantai Losari", date="2025-12-02",
        country="ID", region="asia", lang="id", authors=["Andi Nurul Fitri"], editors=["Ahmad Ridwan"],
        section="News", meta_section="News",
        url="https://www.idntimes.example.com/news/sulawesi-selatan/andi-nurul-fitri/pemkot-makassar-bangun-tanggul-laut-pantai-losari",
        description="Proyek senilai Rp86 miliar ditargetkan rampung akhir 2026.",
        published="2025-12-02T19:20:00+08:00", modified="2025-12-02T19:20:00+08:00",
        nb_published="2025-12-02T11:20:00Z", outlet="IDN Times", nb_authors=["Andi Nurul Fitri"],
        kicker="Sulawesi Selatan", byline_lines=["Penulis: Andi Nurul Fitri", "Editor: Ahmad Ridwan"],
        date_lines=["Selasa, 02 Des 2025 19:20 WITA"],
        caption="Suasana Pantai Losari, Makassar, Selasa (2/12/2025).", credit="IDN Times/Andi Nurul Fitri",
        credit_shown="(IDN Times/Andi Nurul Fitri)",
        inserts={2: [("link", "Baca Juga:", "Harga Beras di Makassar Naik Jelang Natal")]},
        below_body=[("disclaimer", "Artikel ini ditulis oleh jurnalis IDN Times Sulsel.")],
        tags=("Topik:", ["Makassar", "Banjir Rob", "Pantai Losari"]),
        paras=P("""
Pemerintah Kota Makassar mulai membangun tanggul laut sepanjang dua kilometer di kawasan Pantai Losari untuk mengatasi
banjir rob yang kerap merendam jalan dan permukiman warga saat air laut pasang.

Kepala Dinas Pekerjaan Umum Kota Makassar, Syahrul Amir, mengatakan proyek senilai Rp86 miliar itu dibiayai dari
anggaran daerah dan bantuan pemerintah pusat.

Tanggul akan dibangun dari kawasan Anjungan Pantai Losari hingga muara Sungai Jeneberang dengan ketinggian sekitar
1,8 meter dari permukaan jalan.

"Dalam dua tahun terakhir, rob semakin sering terjadi, terutama pada bulan Desember dan Januari," kata Syahrul.

Warga di Kelurahan Mariso dan Tanjung Merdeka mengaku setiap bulan harus mengungsikan barang-barang saat air laut
masuk ke rumah mereka.

Pemkot menargetkan pembangunan selesai pada akhir 2026. Selama pengerjaan, sebagian jalur Jalan Penghibur akan
ditutup secara bergantian.

Selain tanggul, pemkot juga akan memasang tiga pompa air berkapasitas besar di saluran pembuangan menuju laut.

Badan Meteorologi, Klimatologi, dan Geofisika memperkirakan pasang tinggi masih akan terjadi di pesisir Makassar hingga pertengahan Januari.
"""),
        must_have=[
            "Tanggul akan dibangun dari kawasan Anjungan Pantai Losari hingga muara Sungai Jeneberang dengan ketinggian "
            "sekitar 1,8 meter dari permukaan jalan.",
            "Selain tanggul, pemkot juga akan memasang tiga pompa air berkapasitas besar di saluran pembuangan menuju laut.",
        ]),
    # trafilatura shape: Egypt Independent, MENA copy without dateline, sister-paper author field, "Edited translation from MENA" line; first category "Egypt".
    rec(cluster="egyptindependent-mena-aswan-abu-simbel-sun", role="single", file=JSONL_B, render="trafilatura",
        title="Thousands gather at Abu Simbel to watch sun illuminate Ramses II statue", date="2025-10-22",
        country="EG", region="africa", lang="en", agency="MENA", section="Egypt",
        url="https://www.egyptindependent.example.com/thousands-gather-at-abu-simbel-to-watch-sun-illuminate-ramses-ii-statue/",
        hostname="www.egyptindependent.example.com", source_hostname="Egypt Independent",
        description="The solar alignment happens twice a year, in February and October.",
        tf_author="Al-Masry Al-Youm", tf_date="2025-10-22", tf_language="en", categories="Egypt;Culture",
        tf_tags="Abu Simbel;tourism;Aswan",
        head_lines=["Al-Masry Al-Youm", "October 22, 2025"],
        tail_lines=["Edited translation from MENA", "Related"],
        paras=P("""
Thousands of Egyptian and foreign tourists gathered at the Great Temple of Abu Simbel in Aswan Governorate early on
Wednesday to watch the rays of the rising sun illuminate the statue of King Ramses II in the temple's inner sanctum.

The phenomenon, which lasted about 20 minutes, occurs twice a year, on Oct. 22 and Feb. 22, and draws visitors from
around the world.

The sun's rays travel about 60 meters through the temple to light up the statues of Ramses II and the gods Amun-Ra
and Ra-Horakhty, while the statue of Ptah, a god linked to the underworld, remains in darkness.

Aswan Governor Ismail Kamal said more than 5,000 visitors attended this year, and that folk dance troupes performed in
the square in front of the temple during the night.

The temple was built more than 3,200 years ago and was moved to its current location in the 1960s to save it from the
waters of Lake Nasser after the construction of the High Dam.

Hotels in Aswan and Abu Simbel reported full occupancy for the occasion.
"""),
        must_have=[
            "The phenomenon, which lasted about 20 minutes, occurs twice a year, on Oct. 22 and Feb. 22, and draws "
            "visitors from around the world.",
            "Hotels in Aswan and Abu Simbel reported full occupancy for the occasion.",
        ]),
]


HOLDOUT_NOTES = {
    "purpose": "twenty-fourth held-out evaluation set; never tune extraction code against it",
    "date": "first-publication date in the offset the page states: AD.nl's 2025-06-24T23:12+02:00 ('24-06-25, 23:12') "
    "is 24 June in the Netherlands (21:12 UTC), and its 'Laatste update: 25-06-25' is an update; the Houston Chronicle's "
    "2025-04-15T21:10-05:00 is 16 April in UTC but 15 April in Texas, and KSL's 'April 15, 2025 at 8:12 p.m.' is the same "
    "Mountain-time day; Jeune Afrique's 'Mis à jour le 24 septembre' and Capital's copy at 21h52 are later than the "
    "first publication on 23 September; Mint's 'Published 10 Jun 2025, 01:58 PM IST' and Devdiscourse's IST stamps fall "
    "on 10 June; the Kathmandu Post's 'Updated at' equals its publication date; Citizen Digital's 16:45 EAT and IDN "
    "Times' 19:20 WITA stay on the same day in UTC; the Astana Times story went up on 11 December although the tariff "
    "was announced on 10 December",
    "dateline_city": "'DILI, June 10 (Reuters) - ' -> 'Dili'; 'ST. JOHN'S, Antigua (AP) \u2014 ' -> 'Saint John's' "
    "(GeoNames spelling of the capital of Antigua and Barbuda, country AG, not St. John's, Newfoundland); 'Abidjan "
    "(AFP) - ' -> 'Abidjan'; Daily Sabah's Anadolu 'DENIZLI' line (a paragraph of its own) -> 'Denizli' (the "
    "'DENIZLI, TÜRKIYE' line under the agency name is the page's stamp and is chrome); 'Ras Al Khaimah: ' -> "
    "'Ras Al Khaimah' (the GeoNames name; 'Ras al-Khaimah' is one of its alternate names); 'DAEJEON, Nov. 3 (Yonhap) -- ' -> 'Daejeon'; '(ANSA) - TREVISO, 16 OTT - ' -> "
    "'Treviso'; 'Oaxaca (México), 21 jul (EFE).- ' -> 'Oaxaca' (the state capital, GeoNames 'Oaxaca', not the state); "
    "'ASTANA \u2013 ' -> 'Astana'; 'KUWAIT: ' on Kuwait Times -> 'Kuwait City' (KUNA's dateline for the capital); the "
    "other records have no dateline (Kurier's APA copy, the Kathmandu Post, Dziennik Bałtycki's PAP copy, Izvestia, IOL, "
    "Egypt Independent's MENA copy and the staff pages) and take the country of the story's location; the "
    "'Dili | Updated:' line on Devdiscourse, the 'Corresponsalía Mar del Plata' role line on Clarín and the 'Kaselehlie "
    "Press' line under the Pohnpei byline are page stamps, not datelines",
    "country": "Timor-Leste (TL), Antigua and Barbuda (AG), Barbados (BB), the Federated States of Micronesia (FM), "
    "Fiji (FJ), Kuwait (KW) and Kazakhstan (KZ) are labelled with their own codes; Pohnpei is a state of the FSM; Türkiye "
    "is TR (region asia, as earlier sets label it)",
    "agency_names": "short names as earlier sets label them: 'Reuters', 'AP', 'AFP' ('Par Jeune Afrique avec AFP', "
    "'Capital.fr avec AFP', '\u00a9 AFP'), 'Anadolu' ('ANADOLU AGENCY'), 'APA' ('red, APA'), 'PAP' ('Źródło: PAP'), "
    "'Yonhap', 'ANSA', 'EFE', 'KUNA', 'MENA' ('Edited translation from MENA') and 'Agência Brasil' (Exame prints its "
    "reporter as 'Repórter da Agência Brasil')",
    "agency_null": "the Kathmandu Post, the Kaselehlie Press, IOL, the Daily Mirror, Gulf News, Barbados Today, Izvestia, "
    "Clarín, the General-Anzeiger, AD.nl, The Astana Times, the Fiji Sun, Heraldo de Aragón, the Bay of Plenty Times "
    "(Local Democracy Reporting is a public-interest funding scheme, not a wire), Citizen Digital and IDN Times write "
    "their own copy",
    "authors": "'By Dwight Carrington, Associated Press' -> 'Dwight Carrington' on both AP records; Reuters 'Reporting by "
    "Joana Ximenes; Editing by Kanupriya Rao' -> author Joana Ximenes on both Reuters records; 'Renata Quintella \u2013 "
    "Repórter da Agência Brasil' -> 'Renata Quintella'; 'Jeroen van Kessel en Sanne Verhoeven' -> two authors; "
    "Izvestia's 'Ольга Северцева, Дмитрий Камышев' -> two authors kept in Cyrillic; 'Sana Qureshi, Senior Reporter' -> "
    "'Sana Qureshi'; 'by Kerri-Ann Boyce' -> 'Kerri-Ann Boyce'; 'Elena Lacasta. Zaragoza' -> 'Elena Lacasta'; "
    "'Penulis: Andi Nurul Fitri' -> 'Andi Nurul Fitri'; 'red, APA', 'Autor: oprac. mw', 'di Redazione Web', 'By "
    "Yonhap', 'Por EFE', 'KUNA', 'ANADOLU AGENCY', 'Al-Masry Al-Youm' (Egypt Independent's sister paper in its author "
    "field), 'Reuters', 'Jeune Afrique avec AFP' and 'Capital.fr avec AFP' are placeholders, not authors",
    "editors": "Reuters 'Editing by Kanupriya Rao' on both Reuters records; the Fiji Sun's 'Edited by Rosi Doviverata' "
    "and IDN Times' 'Editor: Ahmad Ridwan' lines name the page's editor (as earlier sets label Xinhua's and Tempo's "
    "'Editor:' lines); no other record names an editor",
    "caption_credit": "Mint '(REUTERS/Lirio da Fonseca)' -> 'REUTERS/Lirio da Fonseca'; Houston Chronicle 'Photo: Ricardo "
    "Mahon/AP' -> 'Ricardo Mahon/AP'; Jeune Afrique '\u00a9 Issouf Sanogo/AFP' -> 'Issouf Sanogo/AFP'; Clarín 'Foto: "
    "Marcelo Carroll' -> 'Marcelo Carroll'; the GA's 'Foto: Benjamin Westhoff' -> 'Benjamin Westhoff'; The Korea Herald '(Yonhap)' -> 'Yonhap'; Il Gazzettino "
    "'(ANSA)' -> 'ANSA'; IDN Times '(IDN Times/Andi Nurul Fitri)' -> 'IDN Times/Andi Nurul Fitri'; Exame 'Marcello Casal "
    "Jr./Agência Brasil' as printed; AD.nl shows no captioned picture; text, news-please and trafilatura records are null",
    "section": "HTML pages: article:section ('News' on Mint and IDN Times, 'World' on the Houston Chronicle, 'Économie & "
    "Entreprises', 'Sociedad', 'Agro', 'Life&Culture', 'Bonn', 'Sport' on AD.nl, 'Treviso'); trafilatura: first "
    "category ('Aragón', 'Bay of Plenty', 'Kuwait', 'World' on KSL, 'Egypt'); text pages, news-please and newsbeam "
    "text records null, whatever section word the page prints",
    "chrome": "agency-only and desk byline lines, role lines ('Journalist', 'Local Democracy Reporter', 'Corresponsalía "
    "Mar del Plata'), stamps and place stamps, reading-time and audio lines, 'Highlights' and 'Premium' boxes, author "
    "bios ('Sobre la firma', the Kathmandu Post and Barbados Today bios), previous/next links, read-also links, "
    "'ADVERTISEMENT'/'PUBLICIDAD'/'PUBBLICITÀ' markers, newsletter, WhatsApp, Facebook, Telegram and Google News lines, "
    "app-download and 'Catch all the ...' lines, syndicated-feed notes, paywall lines, comment counters and moderation "
    "notices, view counters, tag lists, share bars, the LDR funding note, EFE's desk initials 'ebv', '(END)', copyright "
    "lines and Reuters/AP credits lines (their names are labelled in authors/editors) are chrome",
    "regions": "Austria, Poland, Russia, Germany, the Netherlands, Italy and Spain -> europe; Antigua and Barbuda, "
    "Barbados, Argentina, Brazil and Mexico -> americas; Côte d'Ivoire, South Africa, Kenya and Egypt -> africa; Nepal, "
    "Türkiye, Sri Lanka, the United Arab Emirates, Timor-Leste, South Korea, Kazakhstan, Kuwait and Indonesia -> asia; "
    "the Federated States of Micronesia, Fiji and New Zealand -> oceania",
    "kathmandupost_guheshwori_treatment_plant": "the re-scrape (curly quotes, NBSP, hard wraps, CRLF, gzip) is labelled "
    "with the clean text; its must_have sentences contain no quotes or apostrophes; it kept neither the advertisement "
    "marker nor the bio, tag and most-read blocks",
}

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"reuters staff", "staff reporter", "reuters", "ap", "associated press", "the associated press",
                "afp", "anadolu agency", "apa", "red, apa", "pap", "yonhap", "ansa", "efe", "kuna", "mena",
                "agência brasil", "redazione web", "al-masry al-youm", "jeune afrique avec afp", "capital.fr avec afp",
                "mw"}


if __name__ == "__main__":
    sys.exit(build(OUT, ALL_RECORDS, HOLDOUT_NOTES, PLACEHOLDERS, max_words=450))
