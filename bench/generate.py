"""Reproducible synthetic news corpus for benchmarks.

    python -m bench.generate --count 20000 --out bench/corpora/text-20k --format text

Articles are built from sentence templates and word lists with a fixed seed,
laid out like scraped pages (headline, caption, dateline, body, credits, site
chrome). A known share are copies: syndicated (same body, other chrome and
headline), re-scrapes (typographic noise) and updates (paragraphs added).
`<out>.truth.jsonl` (beside the folder) records which article each copy came from.

`--hard-negative-share` (0 by default, which leaves the output unchanged) adds
distinct stories that look alike, for dedup evaluation: templated daily market
closes and earthquake briefs (the same boilerplate, other figures and names) and
second stories on the same event (same headline, place and date, one or two
shared quote paragraphs, otherwise written anew).
"""

from __future__ import annotations

import argparse
import gzip
import random
from pathlib import Path

import orjson

CITIES = [
    ("MEXICO CITY", "Reuters"),
    ("NAIROBI, Kenya", "AP"),
    ("TOKYO", "Reuters"),
    ("PARIS", "AFP"),
    ("SYDNEY", "Reuters"),
    ("LAGOS, Nigeria", "AP"),
    ("NEW DELHI", "PTI"),
    ("BERLIN", "dpa"),
    ("SÃO PAULO", "Reuters"),
    ("CAIRO", "AFP"),
    ("LONDON", "Reuters"),
    ("WASHINGTON", "AP"),
    ("JAKARTA", "Reuters"),
    ("MADRID", "EFE"),
    ("JOHANNESBURG", "AP"),
    ("SEOUL", "Yonhap"),
    ("BOGOTA, Colombia", "AP"),
    ("MANILA", "Reuters"),
    ("ROME", "ANSA"),
    ("CAMBRIDGE, Mass.", "AP"),
    ("ACCRA, Ghana", "AP"),
    ("WELLINGTON", "Reuters"),
]
FIRST = [
    "Maria",
    "James",
    "Ana",
    "Peter",
    "Li",
    "Aisha",
    "Carlos",
    "Sofia",
    "David",
    "Amina",
    "Kenji",
    "Laura",
    "Omar",
    "Elena",
    "Thomas",
    "Grace",
    "Rahul",
    "Fatima",
    "Lucas",
    "Nina",
    "Samuel",
    "Chloe",
    "Ivan",
    "Zara",
    "Pablo",
]
LAST = [
    "Garcia",
    "Smith",
    "Okafor",
    "Tanaka",
    "Dubois",
    "Muller",
    "Silva",
    "Kim",
    "Patel",
    "Rossi",
    "Novak",
    "Haddad",
    "Mensah",
    "Lopez",
    "Ivanova",
    "Brown",
    "Costa",
    "Ahmed",
    "Schmidt",
    "Wong",
    "Kowalski",
    "Nakamura",
    "Osei",
]
SUBJECTS = [
    "the government",
    "the central bank",
    "opposition lawmakers",
    "the health ministry",
    "local officials",
    "the finance minister",
    "election observers",
    "the city council",
    "farmers' groups",
    "the national police",
    "energy regulators",
    "union leaders",
    "the foreign ministry",
    "aid agencies",
    "the supreme court",
    "shipping companies",
    "school administrators",
    "the electoral commission",
    "investors",
    "residents",
]
VERBS = [
    "announced",
    "rejected",
    "approved",
    "criticised",
    "proposed",
    "delayed",
    "defended",
    "questioned",
    "welcomed",
    "expanded",
    "suspended",
    "reviewed",
    "challenged",
    "backed",
    "outlined",
    "postponed",
]
OBJECTS = [
    "a new budget plan",
    "tighter border controls",
    "a fuel subsidy reform",
    "the vaccine rollout",
    "plans for a regional rail link",
    "a tax on imported steel",
    "emergency drought measures",
    "a review of police conduct",
    "the sale of state-owned assets",
    "new rules for ride-hailing firms",
    "a ceasefire proposal",
    "higher interest rates",
    "a minimum wage increase",
    "a pension overhaul",
    "flood defences along the river",
    "the privatisation of the port",
    "a ban on single-use plastics",
    "an inquiry into hospital waiting lists",
]
CLAUSES = [
    "after weeks of talks",
    "despite protests outside parliament",
    "as prices kept rising",
    "ahead of next month's vote",
    "following a court ruling",
    "amid pressure from donors",
    "after heavy rains damaged crops",
    "as the currency weakened",
    "in a late-night session",
    "citing budget constraints",
    "after a report by auditors",
    "to ease pressure on hospitals",
    "while talks with lenders continued",
    "as exports slowed",
    "after a series of strikes",
]
QUOTES = [
    "This is a decisive moment for the country",
    "We will not accept half measures",
    "The numbers simply do not add up",
    "People need answers, not promises",
    "We have listened carefully to every side",
    "It is too early to judge the impact",
    "Our priority is to protect the most vulnerable families",
    "This decision was long overdue",
    "We expect to see results within months",
    "Nobody wants another crisis",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
CHROME = [
    "Article type: metered",
    "User Type: anonymous web",
    "Campaign ID: 46",
    "Join our Telegram channel to get breaking news highlights",
    "Advertisement",
    "Share this article",
    "Sign up for our morning newsletter",
    "Copyright 2021 The Associated Press. All rights reserved.",
    "We use cookies to improve your experience on our site.",
    "Follow us on Twitter",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.2:
        return (
            f'"{rng.choice(QUOTES)}," said {_person(rng)}, a spokesperson for '
            f"{rng.choice(SUBJECTS)}."
        )
    number = rng.randint(2, 980)
    tail = rng.choice(
        [
            f" The measure would affect about {number},000 people.",
            f" Officials said {number} cases were under review.",
            f" The cost was put at {number} million dollars.",
            "",
        ]
    )
    text = (
        f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)} "
        f"{rng.choice(CLAUSES)} on {rng.choice(WEEKDAYS)}.{tail}"
    )
    return text


def _paragraph(rng: random.Random) -> str:
    return " ".join(_sentence(rng) for _ in range(rng.randint(2, 4)))


def make_story(rng: random.Random, index: int) -> dict:
    place, agency = rng.choice(CITIES)
    year = rng.choice([2020, 2021, 2022])
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    paragraphs = [_paragraph(rng) for _ in range(rng.randint(9, 16))]
    return {
        "index": index,
        "title": f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}",
        "place": place,
        "agency": agency,
        "date": f"{MONTHS[month - 1]} {day}, {year}",
        "iso": f"{year}-{month:02d}-{day:02d}",
        "caption": f"People gather near a government building in {place.split(',')[0].title()}"
        f" {MONTHS[month - 1]} {day}, {year}. REUTERS/{_person(rng)}",
        "paragraphs": paragraphs,
        "reporter": _person(rng),
        "editor": _person(rng),
        "url": f"https://news.example.com/{year}/{month:02d}/{day:02d}/story-{index}",
    }


def render_text(story: dict, rng: random.Random, chrome: bool = True) -> str:
    lead = f"{story['place']} ({story['agency']}) - {story['paragraphs'][0]}"
    parts = [
        story["title"],
        story["caption"],
        lead,
        *story["paragraphs"][1:],
        f"(Reporting by {story['reporter']}; Editing by {story['editor']})",
    ]
    if chrome:
        parts.append("\n".join(rng.sample(CHROME, 4)))
        parts.append(
            "Next In World\n\n"
            + "\n".join(
                f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
                for _ in range(5)
            )
        )
    return "\n\n".join(parts) + "\n"


def render_html(story: dict, rng: random.Random) -> str:
    body = "".join(
        f"<p>{p}</p>"
        for p in [
            f"{story['place']} ({story['agency']}) - {story['paragraphs'][0]}",
            *story["paragraphs"][1:],
        ]
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{story['title']} | Example News</title>"
        f'<meta property="og:title" content="{story["title"]}">'
        f'<meta property="article:published_time" content="{story["iso"]}T09:30:00+00:00">'
        f'<link rel="canonical" href="{story["url"]}"></head><body>'
        '<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
        f'<main><article><h1>{story["title"]}</h1><p class="byline">By {story["reporter"]}'
        f"</p>{body}</article><aside><h2>Related</h2><ul><li>"
        f"{rng.choice(OBJECTS)}</li></ul></aside></main>"
        "<footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>"
    )


def render_json(story: dict, rng: random.Random) -> dict:
    body = "\n\n".join(
        [
            f"{story['place']} ({story['agency']}) - {story['paragraphs'][0]}",
            *story["paragraphs"][1:],
        ]
    )
    return {
        "title": story["title"],
        "maintext": body,
        "date_publish": f"{story['iso']} 09:30:00",
        "authors": [story["reporter"]],
        "url": story["url"],
        "source_domain": "news.example.com",
        "language": "en",
    }


def noisy(text: str, rng: random.Random) -> str:
    """A re-scrape: curly quotes, doubled spaces, different wrapping."""
    text = text.replace('"', "\u201c", 1).replace(" the ", "  the ", 3)
    return text.replace(". ", ".\n", 2) if rng.random() < 0.5 else text


def copies_of(story: dict, rng: random.Random) -> tuple[str, dict]:
    kind = rng.choice(["syndicated", "rescrape", "update"])
    copy = dict(story)
    if kind == "syndicated":
        copy["title"] = "Report: " + story["title"]
    elif kind == "update":
        copy["paragraphs"] = story["paragraphs"] + [_paragraph(rng) for _ in range(2)]
    return kind, copy


EXCHANGES = [
    ("NAIROBI, Kenya", "Xinhua", "Nairobi Securities Exchange", "NSE 20", "shillings",
     ["Safaricom", "Equity Group", "KCB Group", "East African Breweries", "Kakuzi", "Bamburi"]),
    ("LAGOS, Nigeria", "Xinhua", "Nigerian Exchange", "All-Share", "naira",
     ["Dangote Cement", "MTN Nigeria", "Zenith Bank", "Nestle Nigeria", "Seplat", "Okomu Oil"]),
    ("MANILA", "PNA", "Philippine Stock Exchange", "PSEi", "pesos",
     ["Ayala Land", "SM Prime", "Jollibee", "Globe Telecom", "Meralco", "BDO Unibank"]),
    ("KARACHI", "APP", "Pakistan Stock Exchange", "KSE-100", "rupees",
     ["Lucky Cement", "Engro", "Hub Power", "Oil and Gas Development", "MCB Bank", "Fauji"]),
]
QUAKE_ZONES = [
    ("JAKARTA", "Reuters", "Indonesia's geophysics agency", ["Ternate", "Manado", "Palu", "Ambon"]),
    ("TOKYO", "Kyodo", "the Japan Meteorological Agency", ["Miyako", "Iwaki", "Kushiro", "Ofunato"]),
    ("SANTIAGO", "Reuters", "Chile's seismological centre", ["Coquimbo", "Arica", "Iquique",
                                                              "Valparaiso"]),
    ("MANILA", "AP", "the Philippine seismology institute", ["Davao", "Surigao", "Legazpi",
                                                              "Tacloban"]),
]
DIRECTIONS = ["north", "south", "east", "west", "north-east", "south-west"]


def _pct(rng: random.Random) -> str:
    return f"{rng.uniform(0.05, 4.9):.2f}"


def _market_close(rng: random.Random, story: dict) -> None:
    place, agency, exchange, index, money, names = rng.choice(EXCHANGES)
    up = rng.random() < 0.5
    a, b, c, d = rng.sample(names, 4)
    weekday = rng.choice(WEEKDAYS[:5])
    story.update(place=place, agency=agency,
                 title=f"{exchange} closes {'higher' if up else 'lower'} as {a} "
                       f"{'gains' if up else 'weighs'}")
    story["paragraphs"] = [
        f"Shares on the {exchange} closed {'higher' if up else 'lower'} on {weekday}, with the "
        f"benchmark {index} index {'rising' if up else 'falling'} {_pct(rng)} percent to "
        f"{rng.randint(1200, 48000):,}.{rng.randint(10, 99)} points.",
        f"Turnover came to {rng.randint(100, 990)}.{rng.randint(1, 9)} million {money}, "
        f"{rng.choice(['up', 'down'])} from {rng.randint(100, 990)}.{rng.randint(1, 9)} million "
        f"in the previous session, as {rng.randint(2, 90)}.{rng.randint(1, 9)} million shares "
        f"changed hands in {rng.randint(300, 9000):,} deals.",
        f"{a} was the most actively traded stock, {'gaining' if up else 'losing'} {_pct(rng)} "
        f"percent to {rng.randint(10, 900)}.{rng.randint(10, 99)} {money}.",
        f"Top gainers included {b}, up {_pct(rng)} percent, and {c}, up {_pct(rng)} percent, "
        f"while {d} led the decliners with a fall of {_pct(rng)} percent.",
        f"Foreign investors were net {rng.choice(['buyers', 'sellers'])} during the session and "
        f"accounted for {rng.randint(20, 80)} percent of total activity, exchange data showed. "
        "The figures are provisional and may be revised on the next trading day.",
    ]


def _quake_brief(rng: random.Random, story: dict) -> None:
    place, agency, survey, towns = rng.choice(QUAKE_ZONES)
    town = rng.choice(towns)
    magnitude = f"{rng.uniform(4.5, 7.2):.1f}"
    story.update(place=place, agency=agency,
                 title=f"Magnitude {magnitude} quake strikes near {town}, no damage reported")
    story["paragraphs"] = [
        f"An earthquake of magnitude {magnitude} struck near {town} on "
        f"{rng.choice(WEEKDAYS)}, {survey} said, with no immediate reports of damage or "
        "casualties.",
        f"The quake hit at a depth of {rng.randint(8, 180)} kilometres, about "
        f"{rng.randint(12, 240)} kilometres {rng.choice(DIRECTIONS)} of {town}, at "
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} local time.",
        f"{survey[0].upper()}{survey[1:]} said there was no threat of a tsunami. Residents said "
        f"they felt {rng.choice(['light', 'moderate', 'strong'])} shaking for "
        f"{rng.choice(['a few', 'several', 'about ten', 'up to twenty'])} seconds.",
        "The country sits on the Pacific Ring of Fire, an arc of volcanoes and fault lines "
        "around the Pacific Basin where most of the world's earthquakes happen.",
    ]


def _same_event(rng: random.Random, story: dict, original: dict) -> None:
    """Another outlet's story on the event of `original`: its own text, one or two
    of the same quote paragraphs."""
    story.update(title=original["title"], place=original["place"], date=original["date"],
                 iso=original["iso"], agency=rng.choice([a for _, a in CITIES
                                                         if a != original["agency"]]))
    shared = rng.sample(original["paragraphs"][1:], rng.randint(1, 2))
    fresh = story["paragraphs"]
    for paragraph in shared:
        fresh.insert(rng.randint(1, len(fresh)), paragraph)
    story["paragraphs"] = fresh


def hard_negative(rng: random.Random, index: int, originals: list[dict]) -> tuple[str, dict]:
    """A distinct story made to resemble others (its own truth cluster)."""
    story = make_story(rng, index)
    kind = rng.choice(["market_close", "quake_brief", "same_event"])
    if kind == "market_close":
        _market_close(rng, story)
    elif kind == "quake_brief":
        _quake_brief(rng, story)
    else:
        _same_event(rng, story, rng.choice(originals))
    return kind, story


def generate(
    count: int,
    out: Path,
    fmt: str,
    dup_share: float,
    seed: int,
    gzip_share: float = 0.0,
    records_per_file: int = 200,
    hard_negative_share: float = 0.0,
) -> dict:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    truth = []
    originals: list[dict] = []
    jsonl_batch: list[bytes] = []
    written = 0

    def emit(story: dict, kind: str, of: int | None) -> None:
        nonlocal written, jsonl_batch
        name = f"a{written:07d}"
        truth.append({"name": name, "story": story["index"], "kind": kind, "copy_of": of})
        if fmt == "jsonl":
            jsonl_batch.append(orjson.dumps(render_json(story, rng)))
            if len(jsonl_batch) >= records_per_file:
                (out / f"batch-{written:07d}.jsonl").write_bytes(b"\n".join(jsonl_batch) + b"\n")
                jsonl_batch = []
        else:
            if fmt == "html":
                data = render_html(story, rng).encode()
                suffix = ".html"
            else:
                text = render_text(story, rng)
                data = (noisy(text, rng) if kind == "rescrape" else text).encode()
                suffix = ".txt"
            if rng.random() < gzip_share:
                (out / f"{name}{suffix}.gz").write_bytes(gzip.compress(data, mtime=0))
            else:
                (out / f"{name}{suffix}").write_bytes(data)
        written += 1

    while written < count:
        if originals and rng.random() < dup_share:
            source = rng.choice(originals)
            kind, copy = copies_of(source, rng)
            emit(copy, kind, source["index"])
        elif (hard_negative_share and originals
              and rng.random() < hard_negative_share / max(1e-9, 1.0 - dup_share)):
            kind, story = hard_negative(rng, len(originals), originals)
            originals.append(story)
            emit(story, kind, None)
        else:
            story = make_story(rng, len(originals))
            originals.append(story)
            emit(story, "original", None)
    if jsonl_batch:
        (out / f"batch-{written:07d}.jsonl").write_bytes(b"\n".join(jsonl_batch) + b"\n")
    truth_path = out.parent / f"{out.name}.truth.jsonl"
    truth_path.write_bytes(b"\n".join(orjson.dumps(t) for t in truth) + b"\n")
    return {"articles": written, "stories": len(originals)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--format", choices=("text", "html", "jsonl"), default="text")
    parser.add_argument("--dup-share", type=float, default=0.2)
    parser.add_argument("--gzip-share", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--hard-negative-share", type=float, default=0.0)
    args = parser.parse_args()
    print(generate(args.count, args.out, args.format, args.dup_share, args.seed, args.gzip_share,
                   hard_negative_share=args.hard_negative_share))


if __name__ == "__main__":
    main()
