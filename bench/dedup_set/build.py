"""Build the labelled dedup cluster set: bench/dedup_set/articles/ and labels.json.

    python bench/dedup_set/build.py

Every story here is invented for testing (people, places' events, quotes and
figures are fictional). Records with the same `cluster` are copies of one story:
syndicated (the same body under another site's headline and chrome), re-scrapes
(typographic noise: curly quotes, dashes, non-breaking spaces, hard wraps),
updates (paragraphs added, sometimes a line revised) and trimmed syndication
(last paragraph cut). Every other record is its own cluster, among them hard
negatives: the same event told by different outlets, templated daily market
reports, same-template earthquake and weather briefs, daily exchange-rate notes.
The output is deterministic.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import orjson

HERE = Path(__file__).resolve().parent
OUT = HERE / "articles"

SITES = {
    "wire": ["Share this article", "Advertisement", "Sign up for our morning briefing",
             "Our Standards: The Trust Principles."],
    "courier": ["Most read", "Subscribe for unlimited access", "Follow us on Facebook",
                "Copyright 2022 The Valley Courier. All rights reserved."],
    "gazette": ["Related coverage", "Listen to this article", "Comments are closed.",
                "The Harbour Gazette is part of Coastline Media Group."],
    "daily": ["Advertisement", "Read next", "Get breaking news alerts on your phone",
              "(c) 2022 Metro Daily"],
}


def page(headline: str, published: str, dateline: str, paragraphs: list[str], credit: str,
         site: str, extra_top: str | None = None) -> str:
    lead = f"{dateline} - {paragraphs[0]}"
    parts = [headline, published]
    if extra_top:
        parts.append(extra_top)
    parts += [lead, *paragraphs[1:]]
    if credit:
        parts.append(credit)
    parts.append("\n".join(SITES[site]))
    return "\n\n".join(parts) + "\n"


def noisy(text: str) -> str:
    """A re-scrape: curly quotes, other dashes, non-breaking and doubled spaces,
    paragraphs hard-wrapped at 70 columns."""
    out, opening = [], True
    for ch in text:
        if ch == '"':
            out.append("\u201c" if opening else "\u201d")
            opening = not opening
        elif ch == "'":
            out.append("\u2019")
        else:
            out.append(ch)
    text = "".join(out).replace(" - ", " \u2013 ").replace(" per cent", "\u00a0per cent")
    text = text.replace(". ", ".  ", 3)
    blocks = text.split("\n\n")
    return "\n\n".join(textwrap.fill(b, 70) if len(b) > 90 and "\n" not in b else b
                       for b in blocks)


# ---------------------------------------------------------------- stories with copies

STORIES = {
    "tram-extension": dict(
        headline="Riverside tram extension approved after three-year delay",
        published="Published March 14, 2022 10:05 GMT",
        dateline="LEEDS, England (Reuters)",
        credit="(Reporting by Hannah Pryce; Editing by Tom Ashworth)",
        paragraphs=[
            "Councillors on Monday approved a 4.2-mile extension of the city's tram line to the "
            "riverside district, ending a three-year dispute over the route and its cost.",
            "The extension, estimated at 310 million pounds, will add six stops and is due to "
            "open in 2026. Work on the first section near the old wool exchange is expected "
            "to begin in the autumn.",
            "\"This is the single biggest investment in the east of the city for a generation,\" "
            "said council leader Priya Whitcombe, who had promised the line in her election "
            "campaign.",
            "Opponents had argued that an electric bus corridor would deliver most of the "
            "benefit for a third of the price, and a residents' group said it was considering "
            "a legal challenge over the loss of a park near the final stop.",
            "The regional transport authority said ridership on the existing line had "
            "recovered to 91 per cent of its pre-pandemic level in February.",
            "Funding comes from a national infrastructure grant, a levy on new commercial "
            "developments along the route and borrowing of about 60 million pounds.",
        ],
    ),
    "coffee-frost": dict(
        headline="Frost damage to cut Minas Gerais coffee crop, growers say",
        published="Published July 22, 2022 14:40 GMT",
        dateline="SAO PAULO (Reuters)",
        credit="(Reporting by Marcelo Teixeira Lima; Editing by Joan Carrow)",
        paragraphs=[
            "Two nights of frost in southern Minas Gerais this week damaged coffee trees "
            "across several thousand hectares and will reduce next year's harvest, a growers' "
            "cooperative said on Friday.",
            "The cooperative, which represents about 5,800 farmers, said early field surveys "
            "showed burned leaves on up to a fifth of the trees in the worst-hit "
            "municipalities, mostly on lower ground where cold air settles.",
            "Arabica futures rose 6 percent in New York on Thursday as traders priced in a "
            "smaller crop from the world's largest producer.",
            "\"Trees that lost their leaves this week will not flower properly in September, "
            "and that is next year's coffee,\" said agronomist Luiza Bettencourt, who visited "
            "farms near Varginha.",
            "Growers said it was too early to put a number on the losses. The national crop "
            "agency is due to publish its next estimate in September.",
        ],
    ),
    "library-hours": dict(
        headline="Branch libraries to open on Sundays from next month",
        published="Published September 2, 2022",
        dateline="PORTLAND, Ore. (AP)",
        credit="",
        paragraphs=[
            "Eight branch libraries will open on Sunday afternoons starting in October, the "
            "county library board decided on Thursday, reversing cuts made more than a decade "
            "ago.",
            "The branches will open from noon to 5 p.m., and the board said it chose "
            "locations where weekday visits are highest among students and shift workers.",
            "The change will cost about 1.3 million dollars a year and is paid for by a "
            "levy voters approved in May.",
            "\"Families told us again and again that Sunday is the only day they can come "
            "together,\" library director Samuel Okonjo told the board.",
        ],
    ),
    "metro-strike": dict(
        headline="Metro workers to strike on Thursday over pay offer",
        published="Published November 8, 2022 09:12",
        dateline="MADRID (AFP)",
        credit="",
        paragraphs=[
            "Drivers and station staff on Madrid's metro will strike for 24 hours on "
            "Thursday after rejecting a pay offer of 2.5 percent, their union said on "
            "Tuesday.",
            "The operator said it would run a minimum service of about 30 percent of "
            "trains during rush hours, as required by regional law, and advised passengers "
            "to use buses where possible.",
            "Union spokesman Andres Villalba said members wanted a rise linked to "
            "inflation, which reached 7.3 percent in October, and more staff on night "
            "shifts.",
            "It would be the third stoppage on the network this year. A strike in June "
            "caused long queues at the busiest interchange stations.",
            "The regional transport department said talks would continue on Wednesday.",
        ],
    ),
    "hospital-waits": dict(
        headline="Emergency waits at regional hospitals hit record in August",
        published="Published September 15, 2022",
        dateline="ADELAIDE (AAP)",
        credit="",
        paragraphs=[
            "Patients waited longer in the emergency departments of South Australia's "
            "public hospitals in August than in any month on record, figures released on "
            "Thursday show.",
            "Only 48 percent of patients were seen within the recommended time, down from "
            "55 percent a year earlier, and ambulances spent a total of 3,890 hours waiting "
            "outside hospitals to hand over patients.",
            "Health Minister Colette Marsh said a winter wave of influenza and COVID-19 had "
            "filled beds, and that 120 extra beds would open across three hospitals by the "
            "end of the year.",
            "The nurses' union said the figures showed staff were exhausted and called for "
            "a cap on the number of patients each nurse looks after.",
            "The opposition said the government had broken a promise to fix ramping within "
            "its first term.",
        ],
    ),
    "solar-farm": dict(
        headline="Regulator backs 400-megawatt solar farm in Andalusia",
        published="Published May 10, 2022 16:30",
        dateline="SEVILLE, Spain (Reuters)",
        credit="(Reporting by Ines Carvalho; Editing by Mark Potter)",
        paragraphs=[
            "Spain's environment ministry gave a favourable assessment on Tuesday to a "
            "400-megawatt solar farm near Carmona, clearing the biggest hurdle for one of "
            "the largest photovoltaic projects in Andalusia.",
            "The developer, Soleira Renovables, said it expected to start building in the "
            "first quarter of next year and to connect the plant to the grid in 2024.",
            "The project covers about 780 hectares of former cereal land. Local farmers had "
            "raised concerns about the loss of farmland, and the assessment requires the "
            "company to keep sheep grazing between the panel rows.",
            "Spain aims to generate 74 percent of its electricity from renewable sources by "
            "2030, up from about 47 percent last year.",
        ],
    ),
    "river-flood": dict(
        headline="River Severn flood warnings issued as heavy rain continues",
        published="Published February 20, 2022 07:50 GMT",
        dateline="SHREWSBURY, England (PA)",
        credit="",
        paragraphs=[
            "Flood warnings were in force along the River Severn on Sunday after a third "
            "day of heavy rain, with the Environment Agency saying the river could peak on "
            "Monday evening close to record levels.",
            "Temporary barriers were put up in the centre of Shrewsbury and residents of "
            "about 200 homes near the riverbank were advised to move valuables upstairs.",
            "\"The ground is saturated and everything that falls now runs straight into the "
            "river,\" an agency duty manager said.",
            "Several roads were closed and rail services between Shrewsbury and Telford "
            "were replaced by buses after water covered the track.",
            "Forecasters expect drier weather from Tuesday.",
        ],
    ),
    "port-automation": dict(
        headline="Port operator to automate two container terminals by 2025",
        published="Published June 3, 2022",
        dateline="ROTTERDAM (Bloomberg)",
        credit="",
        paragraphs=[
            "The operator of two of Rotterdam's oldest container terminals plans to "
            "replace manned cranes with remote-controlled ones by 2025, it said on Friday, "
            "in a move the dockworkers' union said threatens 600 jobs.",
            "Havenlink said the 900 million euro programme would raise the terminals' "
            "capacity by a quarter and that no worker would be forced out, with staff "
            "retrained to operate cranes from a control room.",
            "Union official Kees Verbruggen said similar promises had been made at other "
            "terminals and that members would vote on industrial action next month.",
            "Automated terminals already handle about half of the containers passing "
            "through Europe's largest port.",
        ],
    ),
}

# Added by the updated versions (new paragraphs written for the update).
UPDATES = {
    "coffee-frost": [
        "On Saturday the cooperative said losses in the worst-hit area could reach 15 "
        "percent of next year's output, and asked the state government for credit lines "
        "to replant damaged fields.",
        "Exporters said shipments contracted for this year would not be affected, since "
        "the current harvest is almost complete.",
    ],
    "library-hours": [
        "The board also agreed to extend opening until 8 p.m. on Wednesdays at the "
        "central library, starting in January.",
        "Staff will be hired for the extra hours rather than moved from weekday shifts, "
        "the director said, and recruitment begins next week.",
    ],
    "solar-farm": [
        "Shares in Soleira's parent company rose 3.1 percent in Madrid after the "
        "announcement.",
        "Environmental groups said they would study the conditions attached to the "
        "approval, including a corridor left free for steppe birds on the eastern edge of "
        "the site.",
    ],
}


def copies() -> list[tuple[str, str, str, str]]:
    """(file name, text, cluster, role) for every story and its copies."""
    out = []
    for key, s in STORIES.items():
        original = page(s["headline"], s["published"], s["dateline"], s["paragraphs"],
                        s["credit"], "wire")
        out.append((f"{key}.txt", original, key, "original"))
    t = STORIES["tram-extension"]
    out.append(("courier_tram_extension.txt",
                page("City tram line finally gets green light", "Posted 14 March 2022",
                     t["dateline"], t["paragraphs"], t["credit"], "courier"),
                "tram-extension", "syndicated"))
    out.append(("tram_extension_rescrape.txt", noisy(out[0][1]), "tram-extension", "rescrape"))
    c = STORIES["coffee-frost"]
    out.append(("gazette_coffee_frost.txt",
                page("Brazil frost hits coffee trees in key region", "22/07/2022",
                     c["dateline"], c["paragraphs"], c["credit"], "gazette",
                     extra_top="Photo: Frost on coffee leaves near Varginha. (Reuters)"),
                "coffee-frost", "syndicated"))
    out.append(("coffee_frost_updated.txt",
                page(c["headline"] + " (updated)", "Updated July 23, 2022 11:02 GMT",
                     c["dateline"], c["paragraphs"] + UPDATES["coffee-frost"], c["credit"],
                     "wire"), "coffee-frost", "update"))
    lib = STORIES["library-hours"]
    out.append(("library_hours_updated.txt",
                page(lib["headline"], "Updated September 3, 2022", lib["dateline"],
                     lib["paragraphs"][:2] + UPDATES["library-hours"][:1] + lib["paragraphs"][2:]
                     + UPDATES["library-hours"][1:], lib["credit"], "wire"),
                "library-hours", "update"))
    m = STORIES["metro-strike"]
    out.append(("daily_metro_strike.txt",
                noisy(page("Madrid metro strike set for Thursday", "08.11.2022", m["dateline"],
                           m["paragraphs"], m["credit"], "daily")),
                "metro-strike", "rescrape"))
    h = STORIES["hospital-waits"]
    out.append(("courier_hospital_waits.txt",
                page("Record emergency waits in SA hospitals", "15 September 2022",
                     h["dateline"], h["paragraphs"][:-1], h["credit"], "courier"),
                "hospital-waits", "trimmed"))
    so = STORIES["solar-farm"]
    updated = page(so["headline"], "Updated May 10, 2022 18:45", so["dateline"],
                   so["paragraphs"] + UPDATES["solar-farm"], so["credit"], "wire")
    out.append(("solar_farm_updated.txt", updated, "solar-farm", "update"))
    out.append(("gazette_solar_farm_updated.txt", noisy(updated.replace(
        so["headline"], "Green light for giant Carmona solar plant")), "solar-farm",
        "rescrape_of_update"))
    r = STORIES["river-flood"]
    out.append(("daily_river_flood.txt",
                page("Severn set to peak near record as rain goes on", "20 Feb 2022",
                     r["dateline"], r["paragraphs"], r["credit"], "daily",
                     extra_top="Live: flood warnings across the Midlands"),
                "river-flood", "syndicated"))
    p = STORIES["port-automation"]
    revised = [para.replace("600 jobs", "650 jobs") for para in p["paragraphs"]]
    out.append(("port_automation_corrected.txt",
                page(p["headline"], "Corrected June 3, 2022", p["dateline"],
                     [*revised, "(Corrects number of jobs in first paragraph to 650 from 600)"],
                     p["credit"], "wire"), "port-automation", "correction"))
    return out


# ---------------------------------------------------------------- hard negatives

# The same event told by different outlets in their own words.
SAME_EVENT = [
    ("ferry_ap.txt", "ferry-capsize-ap", page(
        "Ferry capsizes on Lake Volta, at least 11 missing", "Published August 9, 2022",
        "ACCRA, Ghana (AP)", [
            "A wooden passenger ferry capsized on Lake Volta on Tuesday evening and at least "
            "11 people were missing, Ghana's maritime authority said.",
            "The boat was carrying about 40 passengers and bags of yams to a market town when "
            "strong winds hit the lake, survivors told local radio. Fishermen pulled 27 people "
            "from the water.",
            "Navy divers joined the search on Wednesday morning. Officials said the ferry had "
            "no life jackets on board.",
            "Accidents on the lake are frequent because of overloading and submerged tree "
            "stumps left when the reservoir was flooded in the 1960s.",
        ], "", "wire")),
    ("ferry_afp.txt", "ferry-capsize-afp", page(
        "Ghana: search for missing after boat sinks on Volta lake", "Published 10/08/2022",
        "ACCRA (AFP)", [
            "Rescuers were searching on Wednesday for at least 11 people missing after an "
            "overloaded boat went down in a storm on Lake Volta, one of the world's largest "
            "artificial lakes.",
            "\"We heard the engine stop and then the wind turned the boat over,\" said Kwabena "
            "Asare, a trader who swam to an island with his son.",
            "The Ghana Maritime Authority said it would prosecute owners who sail without "
            "safety equipment, and local chiefs called for a ban on night crossings.",
            "More than 100 people have died in boat accidents on the lake since 2018, "
            "according to local officials.",
        ], "", "gazette")),
    ("ferry_local.txt", "ferry-capsize-local", page(
        "Volta boat disaster: families wait at landing site", "Posted 10 August 2022",
        "KETE KRACHI, Ghana", [
            "Dozens of relatives gathered at the landing site in Kete Krachi on Wednesday, "
            "waiting for news of passengers still missing a day after a ferry overturned on "
            "Lake Volta.",
            "The district chief executive said 27 people had been rescued and that the search "
            "would continue until every missing person was found.",
            "Residents said the route is served by old boats because the government ferry "
            "has been out of service since March.",
        ], "", "courier")),
    ("rates_reuters.txt", "rates-reuters", page(
        "Chile central bank raises rate to 10.75%, signals end of cycle",
        "Published October 12, 2022 23:10 GMT", "SANTIAGO (Reuters)", [
            "Chile's central bank raised its benchmark interest rate by 50 basis points to "
            "10.75% on Wednesday and said it had probably reached the peak of its tightening "
            "cycle.",
            "The decision was unanimous and matched the forecast of most economists polled "
            "before the meeting.",
            "Inflation has started to slow from a three-decade high of 14.1% in August, the "
            "bank said, but remains far above its 3% target.",
        ], "(Reporting by Fabian Andres Cambero; Editing by Richard Pullin)", "wire")),
    ("rates_bloomberg.txt", "rates-bloomberg", page(
        "Chile ends rate hikes at 10.75% as inflation eases",
        "Published October 12, 2022", "SANTIAGO (Bloomberg)", [
            "Chilean policymakers delivered what they said would be their final rate increase, "
            "lifting borrowing costs half a point to 10.75% and closing one of the most "
            "aggressive tightening campaigns in Latin America.",
            "Board members led by Rosanna Costa said rates would stay at that level for as "
            "long as needed to bring inflation back to target, pushing back on bets of cuts "
            "early next year.",
            "The peso gained 0.8% against the dollar after the statement.",
        ], "", "daily")),
    ("tram_bbc_own_story.txt", "tram-extension-own-story", page(
        "Tram line to riverside wins backing despite park fears",
        "14 March 2022", "LEEDS, England", [
            "Plans to take the tram to the riverside district were backed by councillors on "
            "Monday after a debate that lasted more than four hours.",
            "Supporters packed the public gallery, while campaigners from the Friends of "
            "Millbank Park held banners outside the civic hall against the loss of trees near "
            "the last stop.",
            "The council said 140 new trees would be planted elsewhere along the route and "
            "that construction would start later this year, with the line opening in 2026.",
            "Council leader Priya Whitcombe called it the biggest investment in the east of "
            "the city for a generation.",
        ], "", "gazette")),
    ("metro_strike_europa.txt", "metro-strike-own-story", page(
        "Madrid metro unions confirm Thursday stoppage", "Published November 8, 2022",
        "MADRID (EFE)", [
            "Madrid's metro unions confirmed on Tuesday a 24-hour strike for Thursday, saying "
            "management had not improved its offer since talks broke down last week.",
            "Commuters should expect trains every 10 to 15 minutes at peak times and longer "
            "gaps in the middle of the day, the operator said.",
            "The regional government called the strike unjustified and said the offer was in "
            "line with settlements in other public companies.",
        ], "", "daily")),
]

MARKET_DAYS = [
    ("2022-06-06", "Monday", "lower", "fell", "0.38", "2,431.17", "1.92", "2.45", "3,104",
     "MTN Ghana", "0.5", "1.10", "Ecobank Ghana", "2.7", "GCB Bank", "1.9", "Total Energies",
     "4.8"),
    ("2022-06-07", "Tuesday", "higher", "rose", "0.21", "2,436.28", "3.08", "1.92", "4,517",
     "Enterprise Group", "1.8", "2.25", "CAL Bank", "3.5", "Access Bank Ghana", "2.2",
     "Benso Oil Palm", "3.1"),
    ("2022-06-08", "Wednesday", "lower", "fell", "0.64", "2,420.73", "1.37", "3.08", "2,266",
     "GCB Bank", "0.9", "4.60", "Fan Milk", "5.0", "Societe Generale Ghana", "1.3",
     "MTN Ghana", "2.0"),
    ("2022-06-09", "Thursday", "higher", "rose", "0.12", "2,423.64", "2.71", "1.37", "3,880",
     "Total Energies", "1.2", "3.95", "Unilever Ghana", "4.4", "Ecobank Ghana", "0.6",
     "CAL Bank", "3.9"),
]


def market_report(day: tuple) -> str:
    (iso, weekday, way, moved, pct, level, turnover, before, deals, top, top_pct, top_price,
     gain1, gain1_pct, gain2, gain2_pct, loser, loser_pct) = day
    return page(
        f"Ghana stocks close {way} as {top} moves", f"Source: Xinhua | {iso}", "ACCRA, "
        f"{weekday} (Xinhua)", [
            f"The Ghana Stock Exchange Composite Index (GSE-CI) {moved} {pct} percent on "
            f"{weekday} to close at {level} points.",
            f"Market turnover was {turnover} million cedis, compared with {before} million "
            f"cedis in the previous session, with {deals} trades recorded.",
            f"{top} was the most traded equity, moving {top_pct} percent to {top_price} cedis "
            f"per share. {gain1} led the gainers with a rise of {gain1_pct} percent, followed "
            f"by {gain2}, up {gain2_pct} percent, while {loser} lost {loser_pct} percent.",
            "The exchange's financial stocks index moved in line with the composite index. "
            "(1 U.S. dollar = 7.4 cedis)",
        ], "Editor: Huang Li", "wire")


QUAKES = [
    ("5.4", "off the coast of Indonesia's Banda Sea", "Tuesday", "22", "13.7"),
    ("6.0", "near the coast of Peru's Arequipa region", "Friday", "48", "29.8"),
    ("5.1", "off the east coast of Japan's Honshu island", "Sunday", "35", "21.7"),
    ("5.7", "in the southern Philippines' Mindanao region", "Wednesday", "10", "6.2"),
]


def quake_brief(q: tuple) -> str:
    magnitude, where, weekday, km, miles = q
    return page(
        f"Magnitude {magnitude} quake strikes {where} - USGS", "Published 2022", "(Reuters)", [
            f"An earthquake of magnitude {magnitude} struck {where} on {weekday}, the U.S. "
            "Geological Survey (USGS) said.",
            f"The quake was at a depth of {km} km ({miles} miles), the USGS said. There were no "
            "immediate reports of damage or casualties.",
        ], "(Reporting by Bengaluru newsroom; Editing by Kim Lau)", "wire")


WEATHER = [
    ("Monday", "31", "24", "scattered thunderstorms in the afternoon", "60", "moderate",
     "south-westerly", "15"),
    ("Tuesday", "33", "25", "mostly sunny skies with haze over the coast", "20", "high",
     "westerly", "10"),
    ("Wednesday", "29", "23", "heavy showers from late morning", "80", "moderate",
     "southerly", "25"),
]


def weather_brief(w: tuple) -> str:
    weekday, high, low, sky, chance, uv, wind, speed = w
    return page(
        f"Weather: {sky.split(' ')[0].capitalize()} {weekday} in the capital",
        "Published 2022", "KUALA LUMPUR (Bernama)", [
            f"The Malaysian Meteorological Department forecasts {sky} in Kuala Lumpur on "
            f"{weekday}, with a high of {high} degrees Celsius and a low of {low} degrees.",
            f"The chance of rain is {chance} percent. The UV index is expected to be {uv}, and "
            f"{wind} winds will blow at up to {speed} kilometres per hour.",
            "Residents are advised to check the department's website and mobile app for "
            "warnings before travelling, especially to low-lying areas prone to flash floods.",
        ], "", "wire")


FX = [("Monday", "6.7382", "up 112", "6.7494"), ("Tuesday", "6.7290", "up 92", "6.7382"),
      ("Wednesday", "6.7451", "down 161", "6.7290")]


def fx_note(f: tuple) -> str:
    weekday, rate, change, before = f
    return page(
        f"Yuan central parity rate at {rate} against U.S. dollar", "Published 2022",
        f"BEIJING, {weekday} (Xinhua)", [
            f"The central parity rate of the Chinese currency renminbi, or the yuan, "
            f"strengthened {change[3:]} basis points to {rate} against the U.S. dollar on "
            f"{weekday}, according to the China Foreign Exchange Trade System."
            if change.startswith("up") else
            f"The central parity rate of the Chinese currency renminbi, or the yuan, "
            f"weakened {change[5:]} basis points to {rate} against the U.S. dollar on "
            f"{weekday}, according to the China Foreign Exchange Trade System.",
            f"The previous fixing was {before}. In China's spot foreign exchange market, the "
            "yuan is allowed to rise or fall by 2 percent from the central parity rate each "
            "trading day.",
        ], "", "wire")


# Single stories with no copy in the set.
SINGLES = [
    ("bike_lanes.txt", "bogota-bike-lanes", page(
        "Bogota adds 40 km of protected bike lanes", "Published April 4, 2022",
        "BOGOTA, Colombia (AP)", [
            "Bogota opened 40 kilometres of new protected bike lanes on Sunday, part of a plan "
            "to double cycling trips in the Colombian capital by the end of the decade.",
            "The lanes connect working-class neighbourhoods in the south with the city centre, "
            "where many residents travel for jobs in restaurants, shops and offices.",
            "Mayor's office figures show about 880,000 bike trips a day, up from 600,000 "
            "before the pandemic. Cyclist groups said theft remained the biggest deterrent.",
        ], "", "wire")),
    ("school_meals.txt", "wales-school-meals", page(
        "Free school meals extended to all primary pupils in Wales",
        "Published September 5, 2022", "CARDIFF (PA)", [
            "All primary school pupils in Wales will receive free lunches by 2024, with the "
            "youngest children starting this month, the Welsh government said on Monday.",
            "Schools said they needed new kitchens and more staff to serve thousands of extra "
            "meals, and councils warned that some would have to stagger lunchtimes.",
            "The policy will cost about 200 million pounds over three years.",
        ], "", "courier")),
]


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        old.unlink()
    records = []
    items = copies() + [(name, text, cluster, "hard_negative")
                        for name, cluster, text in SAME_EVENT]
    items += [(f"gse_close_{d[0]}.txt", market_report(d), f"gse-close-{d[0]}", "hard_negative")
              for d in MARKET_DAYS]
    items += [(f"quake_brief_{i}.txt", quake_brief(q), f"quake-brief-{i}", "hard_negative")
              for i, q in enumerate(QUAKES)]
    items += [(f"weather_kl_{w[0].lower()}.txt", weather_brief(w), f"weather-kl-{w[0]}",
               "hard_negative") for w in WEATHER]
    items += [(f"yuan_fixing_{f[0].lower()}.txt", fx_note(f), f"yuan-fixing-{f[0]}",
               "hard_negative") for f in FX]
    items += [(name, text, cluster, "single") for name, cluster, text in SINGLES]
    for name, text, cluster, role in items:
        (OUT / name).write_text(text, encoding="utf-8")
        records.append({"file": name, "record": 0, "cluster": cluster, "role": role})
    labels = {"records": records, "notes": {
        "cluster": "records with the same cluster are copies of one story (syndicated, "
                   "re-scraped, updated, trimmed, corrected); every other pair is distinct",
        "role": "original / syndicated / rescrape / update / trimmed / correction / "
                "rescrape_of_update for copies; hard_negative or single for distinct stories"}}
    (HERE / "labels.json").write_bytes(orjson.dumps(labels, option=orjson.OPT_INDENT_2) + b"\n")
    print(f"{len(records)} records, {len({r['cluster'] for r in records})} clusters")


if __name__ == "__main__":
    build()
