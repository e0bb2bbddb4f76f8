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

Formats: `text` (scraped plain-text pages, one file each), `html` (article pages
of five site layouts: <head> with title, description, OpenGraph, article:* and
JSON-LD, then navigation, figure, body with in-body ad and "Read more" box,
related and most-read lists, newsletter box, footer, cookie banner; ~25 kB each)
and `jsonl` (news-please style crawler records, `--records-per-file` per file).
One seed gives the same stories, copies and truth file in every format.
Articles run 500-1,000 words (median ~780).

`--template-briefs N` (adversarial for dedup) turns N originals into editions of
one daily-briefing template: the same boilerplate paragraphs every day, other
figures, names and top stories. They share many LSH buckets yet are distinct
stories (truth kind `template_brief`).

Generation streams: files and truth lines are written as they are made; the
originals that copies are drawn from are kept compressed (~60 MB at 100k).
"""

from __future__ import annotations

import argparse
import gzip
import random
import zlib
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


# Sites the HTML and JSONL formats are laid out for: name, domain, layout, newsroom UTC offset.
SITES = [
    ("The Daily Ledger", "dailyledger.example.com", "ledger", "+00:00"),
    ("Metro Herald", "metroherald.example.org", "herald", "-05:00"),
    ("World Wire Today", "worldwiretoday.example.net", "wire", "+01:00"),
    ("Coastal Times", "coastaltimes.example.com", "coastal", "+10:00"),
    ("The Morning Post Online", "morningpost.example.co.uk", "post", "+00:00"),
]
# Per layout: tag and class of the article container, class of the body, of the byline.
LAYOUTS = {
    "ledger": ("article", "story", "story-body", "byline"),
    "herald": ("div", "article-wrapper", "article-body", "author-name"),
    "wire": ("article", "wire-article", "wire-text", "wire-byline"),
    "coastal": ("section", "content-main", "entry-content", "meta-author"),
    "post": ("div", "post-article", "post-body", "post-byline"),
}
SECTIONS = ["World", "Politics", "Business", "Health", "Economy", "Environment"]
NAV = ["Home", "World", "Politics", "Business", "Markets", "Technology", "Science", "Health",
       "Sport", "Culture", "Opinion", "Video", "Podcasts", "Weather", "Newsletters"]
FOOTER = ["About us", "Contact", "Careers", "Advertise", "Terms of use", "Privacy policy",
          "Cookie settings", "Accessibility", "Corrections", "Ethics policy", "Site map",
          "Archive", "RSS feeds", "Help", "Subscribe", "Manage account", "Licensing"]
STYLE = (
    "body{margin:0;font-family:Georgia,serif;color:#1a1a1a;background:#fff}"
    ".site-header{border-bottom:1px solid #ddd;padding:8px 16px}"
    ".site-nav a{margin-right:12px;text-decoration:none;color:#333;font:600 14px Arial}"
    ".breadcrumb{font:12px Arial;color:#666}.ad-slot{min-height:250px;background:#f4f4f4}"
    "h1{font-size:34px;line-height:1.15;margin:16px 0}figure{margin:0 0 16px}"
    "figcaption{font:13px Arial;color:#555}.share a{display:inline-block;padding:4px 8px}"
    ".related li,.most-read li{margin-bottom:8px}.newsletter{border:1px solid #ccc;padding:12px}"
    ".cookie-banner{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff}"
    "@media (max-width:600px){h1{font-size:26px}.site-nav{display:none}}"
)


def _slug(title: str) -> str:
    words = "".join(c if c.isalnum() else " " for c in title.lower()).split()
    return "-".join(words)[:70]


def _headline(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"


def _page_facts(story: dict, kind: str, seed: int) -> dict:
    """Where and when a story appeared: drawn per story, so every copy agrees, except
    that a syndicated copy runs on another site."""
    r = random.Random(f"{seed}/story/{story['index']}")
    site = r.randrange(len(SITES))
    other = (site + 1 + r.randrange(len(SITES) - 1)) % len(SITES)
    name, domain, layout, offset = SITES[other if kind == "syndicated" else site]
    section = r.choice(SECTIONS)
    hour, minute = r.randint(5, 21), r.randint(0, 59)
    year, month, day = story["iso"].split("-")
    return {
        "site": name, "domain": domain, "layout": layout, "section": section,
        "url": f"https://{domain}/{section.lower()}/{year}/{month}/{day}/"
               f"{_slug(story['title'])}-{story['index']}",
        "published": f"{story['iso']}T{hour:02d}:{minute:02d}:00{offset}",
        "modified": (f"{story['iso']}T{hour + 2:02d}:{minute:02d}:00{offset}"
                     if kind == "update" else None),
        "image": f"https://img.{domain}/{r.getrandbits(48):012x}.jpg",
        "photographer": _person(r),
    }


def _body_paragraphs(story: dict, kind: str, rng: random.Random) -> list[str]:
    paragraphs = [f"{story['place']} ({story['agency']}) - {story['paragraphs'][0]}",
                  *story["paragraphs"][1:]]
    if kind == "rescrape":  # typographic noise in a few paragraphs
        paragraphs = [noisy(p, rng) if i < 3 else p for i, p in enumerate(paragraphs)]
    return paragraphs


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _escape(text).replace('"', "&quot;")


def render_html(story: dict, kind: str, rng: random.Random, seed: int) -> str:
    """A news site's article page: <head> with title, description, OpenGraph and
    article:* tags and JSON-LD, then navigation, breadcrumb, the article (headline,
    byline, time, figure, paragraphs with an in-body ad and "Read more" box), share
    buttons, related and most-read lists, newsletter box, footer, cookie banner.
    `rng` draws the page's own chrome (a re-scrape gets other ads and lists)."""
    facts = _page_facts(story, kind, seed)
    tag, wrapper, body_class, byline_class = LAYOUTS[facts["layout"]]
    paragraphs = _body_paragraphs(story, kind, rng)
    description = story["paragraphs"][0].split(". ")[0].rstrip(".") + "."
    title = story["title"]
    jsonld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "description": description, "datePublished": facts["published"],
        "dateModified": facts["modified"] or facts["published"],
        "author": [{"@type": "Person", "name": story["reporter"]}],
        "publisher": {"@type": "Organization", "name": facts["site"],
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{facts['domain']}/static/logo.png"}},
        "image": [facts["image"]], "articleSection": facts["section"],
        "mainEntityOfPage": {"@type": "WebPage", "@id": facts["url"]},
    }
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": f"https://{facts['domain']}/"},
        {"@type": "ListItem", "position": 2, "name": facts["section"],
         "item": f"https://{facts['domain']}/{facts['section'].lower()}/"}]}
    config = {"pageType": "article", "section": facts["section"], "articleId": story["index"],
              "adUnits": [f"/{rng.randint(1000, 9999)}/{facts['layout']}/{slot}"
                          for slot in ("top", "mid", "side", "bottom")],
              "experiments": {f"exp{rng.randint(1, 99)}": rng.choice(["a", "b", "control"])
                              for _ in range(4)},
              "paywall": {"metered": True, "freeArticles": rng.randint(3, 10)}}
    head = "".join([
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_escape(title)} | {facts['site']}</title>",
        f'<meta name="description" content="{_attr(description)}">',
        f'<link rel="canonical" href="{facts["url"]}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:title" content="{_attr(title)}">',
        f'<meta property="og:description" content="{_attr(description)}">',
        f'<meta property="og:url" content="{facts["url"]}">',
        f'<meta property="og:image" content="{facts["image"]}">',
        f'<meta property="og:site_name" content="{facts["site"]}">',
        f'<meta property="article:published_time" content="{facts["published"]}">',
        (f'<meta property="article:modified_time" content="{facts["modified"]}">'
         if facts["modified"] else ""),
        f'<meta property="article:section" content="{facts["section"]}">',
        f'<meta name="author" content="{story["reporter"]}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<link rel="stylesheet" href="https://{facts["domain"]}/static/main.{rng.getrandbits(32):08x}.css">',
        f"<style>{STYLE}</style>",
        f'<script type="application/ld+json">{orjson.dumps(jsonld).decode()}</script>',
        f'<script type="application/ld+json">{orjson.dumps(crumbs).decode()}</script>',
        f"<script>window.dataLayer=window.dataLayer||[];window.pageConfig="
        f"{orjson.dumps(config).decode()};dataLayer.push({{event:'pageview'}});</script>",
        f'<script async src="https://{facts["domain"]}/static/app.{rng.getrandbits(32):08x}.js">'
        "</script></head>",
    ])
    nav = "".join(f'<a href="/{item.lower()}/">{item}</a>' for item in NAV)
    header = (
        f'<body class="article-page {facts["layout"]}"><a class="skip" href="#main">Skip to '
        f'content</a><header class="site-header"><a class="logo" href="/">{facts["site"]}</a>'
        f'<nav class="site-nav">{nav}</nav><form class="search" action="/search">'
        '<input name="q" placeholder="Search"><button>Search</button></form>'
        f'<a class="subscribe" href="/subscribe">Subscribe</a></header>'
        f'<div class="ad-slot" id="ad-top-{rng.randint(1, 99)}">Advertisement</div>'
        f'<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; '
        f'<a href="/{facts["section"].lower()}/">{facts["section"]}</a></nav>'
    )
    body_parts = []
    mid = max(2, len(paragraphs) // 2)
    for i, paragraph in enumerate(paragraphs):
        body_parts.append(f"<p>{_escape(paragraph)}</p>")
        if i == 1:
            body_parts.append(f'<div class="ad-slot" id="ad-mid-{rng.randint(1, 99)}">'
                              "<span>Advertisement</span></div>")
        if i == mid:
            body_parts.append(f'<aside class="read-more"><strong>Read more:</strong> '
                              f'<a href="/{facts["section"].lower()}/{rng.randint(10**5, 10**6)}">'
                              f"{_headline(rng)}</a></aside>")
    updated = (f'<p class="updated">Updated <time datetime="{facts["modified"]}">'
               f'{facts["modified"][11:16]}</time></p>' if facts["modified"] else "")
    article = (
        f'<main id="main"><{tag} class="{wrapper}"><h1 class="headline">{_escape(title)}</h1>'
        f'<div class="meta"><span class="{byline_class}">By <a href="/authors/'
        f'{_slug(story["reporter"])}">{story["reporter"]}</a></span> '
        f'<time datetime="{facts["published"]}">{story["date"]}</time>{updated}</div>'
        f'<figure><img src="{facts["image"]}" alt="{_attr(story["caption"][:80])}" '
        f'width="1200" height="800"><figcaption>{_escape(story["caption"])}</figcaption>'
        f'</figure><div class="{body_class}">{"".join(body_parts)}</div>'
        f'<p class="credits">(Reporting by {story["reporter"]}; Editing by '
        f"{story['editor']})</p>"
        '<div class="share"><a href="#">Share on Facebook</a><a href="#">Share on X</a>'
        '<a href="#">Email</a><a href="#">Copy link</a></div>'
        f'<div class="comments-link"><a href="#comments">{rng.randint(0, 400)} comments</a>'
        f"</div></{tag}>"
    )
    related = "".join(
        f'<li><a href="/{rng.choice(SECTIONS).lower()}/{rng.randint(10**5, 10**6)}">'
        f"{_headline(rng)}</a><p>{_escape(_sentence(rng))}</p></li>" for _ in range(5))
    most_read = "".join(f'<li><a href="/{rng.randint(10**5, 10**6)}">{_headline(rng)}</a></li>'
                        for _ in range(5))
    footer_links = "".join(f'<li><a href="/{_slug(item)}">{item}</a></li>' for item in FOOTER)
    tail = (
        f'<aside class="sidebar"><section class="related"><h2>Related stories</h2><ul>{related}'
        f'</ul></section><div class="ad-slot" id="ad-side-{rng.randint(1, 99)}">Advertisement'
        f'</div><section class="most-read"><h2>Most read</h2><ol>{most_read}</ol></section>'
        '<div class="newsletter"><h3>Sign up for our morning newsletter</h3><p>The day\'s '
        "top stories in your inbox every weekday.</p><form><input type=\"email\" "
        'placeholder="Email address"><button>Sign up</button></form></div></aside></main>'
        f'<footer class="site-footer"><ul>{footer_links}</ul><p>&copy; {story["iso"][:4]} '
        f"{facts['site']}. All rights reserved.</p></footer>"
        '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your '
        "experience on our site and to show you relevant advertising.</p><button>Accept all"
        "</button><button>Manage settings</button></div></body></html>\n"
    )
    return head + header + article + tail


def render_json(story: dict, kind: str, rng: random.Random, seed: int) -> dict:
    """A news-please style crawler record (its field names, its null fields)."""
    facts = _page_facts(story, kind, seed)
    paragraphs = _body_paragraphs(story, kind, rng)
    published = facts["published"]
    download = f"{story['iso']} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    return {
        "authors": [story["reporter"]],
        "date_download": download,
        "date_modify": (f"{facts['modified'][:10]} {facts['modified'][11:19]}"
                        if facts["modified"] else None),
        "date_publish": f"{published[:10]} {published[11:19]}",
        "description": story["paragraphs"][0].split(". ")[0].rstrip(".") + ".",
        "filename": facts["url"].split("://", 1)[1].replace("/", "%2F") + ".json",
        "image_url": facts["image"],
        "language": "en",
        "localpath": None,
        "maintext": "\n".join(paragraphs),
        "source_domain": facts["domain"],
        "text": None,
        "title": story["title"],
        "title_page": f"{story['title']} | {facts['site']}",
        "title_rss": None,
        "url": facts["url"],
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


BRIEF_DESKS = [("LONDON", "Reuters", "London"), ("SINGAPORE", "Reuters", "Singapore"),
               ("NEW YORK", "AP", "New York"), ("JOHANNESBURG", "AFP", "Johannesburg")]
BRIEF_WEATHER = ["sunny", "cloudy", "partly cloudy", "overcast", "rainy", "stormy", "foggy"]
BRIEF_TEAMS = ["City", "United", "Rovers", "Athletic", "Wanderers", "Albion", "Rangers",
               "Olympic", "Dynamo", "Sporting"]
BRIEF_ON_THIS_DAY = [
    "the first transatlantic telegraph cable carried its first message",
    "a new national constitution came into force after a referendum",
    "the city opened its first underground railway line",
    "scientists announced the discovery of a new comet",
    "the country held its first multi-party elections",
    "a landmark bridge across the river opened to traffic",
    "the central bank issued the first banknotes of the new currency",
    "a treaty ending a decade-long border dispute was signed",
]


def daily_brief(rng: random.Random, story: dict) -> None:
    """Turn `story` into one more edition of the daily morning briefing: the same
    boilerplate every day, other figures, names and top stories (a distinct story)."""
    place, agency, city = rng.choice(BRIEF_DESKS)
    weekday, up = rng.choice(WEEKDAYS[:5]), rng.random() < 0.5
    month, day = rng.randint(1, 12), rng.randint(1, 28)
    home, away = rng.sample(BRIEF_TEAMS, 2)
    story.update(place=place, agency=agency,
                 title=f"Morning briefing, {weekday} {MONTHS[month - 1]} {day}: "
                       f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}")
    story["paragraphs"] = [
        f"Good morning. This is your daily briefing from the {city} desk, a short summary of "
        "the stories our correspondents are following today and of the figures that matter "
        f"before markets open. Here is what you need to know to start your {weekday}.",
        f"Markets: the benchmark index closed {'up' if up else 'down'} {_pct(rng)} percent at "
        f"{rng.randint(1200, 48000):,} points, while the dollar traded at "
        f"{rng.uniform(0.6, 160):.2f} against the local currency. Brent crude stood at "
        f"{rng.uniform(55, 120):.2f} dollars a barrel and gold at {rng.randint(1500, 2900):,} "
        f"dollars an ounce. Ten-year bond yields {'rose' if up else 'fell'} to "
        f"{rng.uniform(0.5, 9):.2f} percent.",
        f"Weather: expect {rng.choice(BRIEF_WEATHER)} skies in {city} with a high of "
        f"{rng.randint(5, 38)} degrees and a low of {rng.randint(-5, 25)} degrees. Winds from "
        f"the {rng.choice(DIRECTIONS)} at {rng.randint(5, 60)} kilometres per hour; the chance "
        f"of rain is {rng.randint(0, 100)} percent.",
        f"Top story: {_paragraph(rng)} {_paragraph(rng)}",
        f"Also today: {_paragraph(rng)}",
        f"Politics: {_paragraph(rng)}",
        f"Business: {_paragraph(rng)}",
        f"In other news: {_paragraph(rng)}",
        f"Sport: {home} beat {away} {rng.randint(1, 5)}-{rng.randint(0, 1)} on {weekday} "
        f"night, with {_person(rng)} scoring twice, to move {rng.randint(1, 9)} points clear at "
        "the top of the league table with eight matches left to play.",
        f'Quote of the day: "{rng.choice(QUOTES)}," said {_person(rng)}.',
        f"On this day in {rng.randint(1850, 1999)}, {rng.choice(BRIEF_ON_THIS_DAY)}.",
        "That is all for this morning's briefing. It is compiled by our editors from agency "
        "reports and from the work of our own correspondents, and it is updated throughout the "
        "day on our website and in our app. Sign up to receive it by email every weekday at "
        "six in the morning, local time, and send your feedback, questions and story tips to "
        "the briefing team at the address below.",
        "Market figures are provisional and may be revised after the close. Weather forecasts "
        "are provided by the national meteorological service. Nothing in this briefing is "
        "investment advice. Thank you for reading, and we will be back tomorrow morning with "
        "the latest news, figures and forecasts from around the world.",
    ]


class _Stories:
    """The originals written so far, each kept zlib-compressed: a 100k corpus holds
    ~80k stories, a few hundred MB as dicts, a few tens of MB this way. Indexing
    returns a fresh dict, so `rng.choice` draws exactly as it does on a list."""

    def __init__(self) -> None:
        self._blobs: list[bytes] = []

    def __len__(self) -> int:
        return len(self._blobs)

    def __getitem__(self, index: int) -> dict:
        return orjson.loads(zlib.decompress(self._blobs[index]))

    def append(self, story: dict) -> None:
        self._blobs.append(zlib.compress(orjson.dumps(story), 1))


def generate(
    count: int,
    out: Path,
    fmt: str,
    dup_share: float,
    seed: int,
    gzip_share: float = 0.0,
    records_per_file: int = 200,
    hard_negative_share: float = 0.0,
    template_briefs: int = 0,
) -> dict:
    """Write `count` articles into `out` (streamed: files and truth lines as they are
    made) and `<out>.truth.jsonl` beside it.

    The main random stream draws the same numbers for every format (the text page is
    rendered and discarded for html/jsonl), so a seed gives the same stories, copies
    and truth file in all three formats; the html/jsonl chrome comes from a random
    stream of its own per article. `gzip_share` applies to text and html files.
    `template_briefs`: that many originals become editions of one daily-briefing
    template (kind `template_brief`), the rest of the corpus unchanged.
    """
    rng = random.Random(seed)
    brief_rng = random.Random(f"{seed}/briefs") if template_briefs else None
    briefs_left = template_briefs
    out.mkdir(parents=True, exist_ok=True)
    truth_path = out.parent / f"{out.name}.truth.jsonl"
    truth_file = truth_path.open("wb")
    originals = _Stories()
    jsonl_batch: list[bytes] = []
    written = 0
    kinds: dict[str, int] = {}

    def emit(story: dict, kind: str, of: int | None) -> None:
        nonlocal written, jsonl_batch
        name = f"a{written:07d}"
        entry = {"name": name, "story": story["index"], "kind": kind, "copy_of": of}
        if fmt == "jsonl":
            entry["file"] = f"batch-{written - written % records_per_file:07d}.jsonl"
            entry["line"] = written % records_per_file
        truth_file.write(orjson.dumps(entry) + b"\n")
        kinds[kind] = kinds.get(kind, 0) + 1
        text = render_text(story, rng)
        if kind == "rescrape":
            text = noisy(text, rng)
        zipped = rng.random() < gzip_share
        if fmt == "jsonl":
            page_rng = random.Random(f"{seed}/{written}")
            jsonl_batch.append(orjson.dumps(render_json(story, kind, page_rng, seed)))
            if len(jsonl_batch) >= records_per_file:
                (out / entry["file"]).write_bytes(b"\n".join(jsonl_batch) + b"\n")
                jsonl_batch = []
        else:
            if fmt == "html":
                page_rng = random.Random(f"{seed}/{written}")
                data = render_html(story, kind, page_rng, seed).encode()
                suffix = ".html"
            else:
                data = text.encode()
                suffix = ".txt"
            if zipped:
                (out / f"{name}{suffix}.gz").write_bytes(gzip.compress(data, mtime=0))
            else:
                (out / f"{name}{suffix}").write_bytes(data)
        written += 1

    expected_original_share = max(1e-9, 1.0 - dup_share - hard_negative_share)
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
            kind = "original"
            if briefs_left and brief_rng.random() < briefs_left / max(
                    1.0, (count - written) * expected_original_share):
                daily_brief(brief_rng, story)
                kind = "template_brief"
                briefs_left -= 1
            originals.append(story)
            emit(story, kind, None)
    if jsonl_batch:
        (out / f"batch-{written - len(jsonl_batch):07d}.jsonl").write_bytes(
            b"\n".join(jsonl_batch) + b"\n")
    if not written:
        truth_file.write(b"\n")
    truth_file.close()
    result = {"articles": written, "stories": len(originals), "kinds": kinds}
    if template_briefs:
        result["template_briefs"] = template_briefs - briefs_left
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=20000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--format", choices=("text", "html", "jsonl"), default="text")
    parser.add_argument("--dup-share", type=float, default=0.2)
    parser.add_argument("--gzip-share", type=float, default=0.0)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--hard-negative-share", type=float, default=0.0)
    parser.add_argument("--template-briefs", type=int, default=0,
                        help="this many originals are editions of one daily-briefing template")
    parser.add_argument("--records-per-file", type=int, default=200,
                        help="records per .jsonl file (--format jsonl)")
    args = parser.parse_args()
    print(generate(args.count, args.out, args.format, args.dup_share, args.seed, args.gzip_share,
                   records_per_file=args.records_per_file,
                   hard_negative_share=args.hard_negative_share,
                   template_briefs=args.template_briefs))


if __name__ == "__main__":
    main()
