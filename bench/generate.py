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
related and most-read lists, newsletter box, footer, cookie banner; with the weight
of real pages: critical CSS, inline and external scripts, a framework state blob, an
icon sprite, mega-menu, srcset images, story cards, reader comments, footer site map,
consent and tracking markup; median ~120 kB, 100-155 kB, against 115 kB for the
public article-extraction benchmark's pages)
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
import functools
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


# --- Site chrome of a realistic weight ------------------------------------------
# Measured on the 181 pages of the public article-extraction benchmark (median
# 115 kB: about a fifth inline script, two fifths attributes, 7% visible text, ~740
# elements, ~135 links, ~11 external and ~17 inline scripts). A site's stylesheet,
# script modules and icon sprite are pools drawn once per layout (fixed seeds, like
# the word lists); which of them a page carries, its ads, cards, lists, ids and
# hashes come from the page's own `rng`, so copies and re-scrapes differ in chrome.
# Per layout: class prefix, critical-CSS rules (low, high), script modules (low,
# high), sub-links per menu section (low, high), state blob style.
CHROME_PROFILES = {
    "ledger": ("ldg", (200, 320), (6, 12), (4, 8), "initial"),
    "herald": ("mh", (30, 80), (14, 26), (5, 9), "next"),
    "wire": ("ww", (20, 50), (18, 30), (4, 7), "next"),
    "coastal": ("ct", (90, 160), (8, 16), (3, 6), "initial"),
    "post": ("mp", (120, 200), (10, 20), (5, 8), "next"),
}
SUBSECTIONS = {
    "World": ["Africa", "Americas", "Asia Pacific", "Europe", "Middle East", "UK", "US",
              "China", "India", "Ukraine"],
    "Politics": ["Elections", "Congress", "Parliament", "Policy", "Polls", "Fact check"],
    "Business": ["Companies", "Energy", "Autos", "Retail", "Aerospace", "Finance",
                 "Small business", "Media"],
    "Markets": ["Stocks", "Currencies", "Bonds", "Commodities", "Funds", "Crypto",
                "Market data"],
    "Technology": ["Gadgets", "Cybersecurity", "Artificial intelligence", "Start-ups",
                   "Reviews"],
    "Science": ["Space", "Climate", "Environment", "Archaeology", "Nature"],
    "Health": ["Coronavirus", "Healthcare", "Pharma", "Mental health", "Fitness",
               "Nutrition"],
    "Sport": ["Football", "Cricket", "Tennis", "Rugby", "Formula 1", "Golf", "Athletics",
              "Cycling", "Basketball"],
    "Culture": ["Film", "Music", "Books", "Art", "Television", "Theatre", "Food"],
    "Opinion": ["Columnists", "Editorials", "Letters", "Cartoons", "Guest essays"],
    "Video": ["Latest videos", "Live", "Documentaries", "Explainers"],
    "Podcasts": ["The Briefing", "Money Talk", "Science Weekly", "The Long Read"],
}
SOCIAL = ["Facebook", "X", "Instagram", "YouTube", "LinkedIn", "TikTok", "WhatsApp",
          "Telegram"]
ICONS = ["logo", "search", "menu", "close", "chevron", "arrow", "facebook", "x", "email",
         "link", "whatsapp", "linkedin", "instagram", "youtube", "play", "camera", "clock",
         "comment", "bookmark", "user", "bell", "share", "print", "external", "lock",
         "check", "info", "headphones"]
SPONSORED = [
    "Doctors urge retirees to check this before renewing their insurance",
    "The 10 most beautiful train journeys you can take this year",
    "This simple trick cuts energy bills, homeowners say",
    "Why everyone is talking about this new savings account",
    "Compare the best mortgage rates of the month",
    "Travellers are rushing to book these island escapes",
    "What a new roof should cost in 2022",
    "The gadget that is replacing home security systems",
]
CONSENT_PURPOSES = [
    ("Store and/or access information on a device", "Cookies, device identifiers or "
     "similar online identifiers can be stored or accessed on your device."),
    ("Use limited data to select advertising", "Advertising presented to you can be based "
     "on limited data, such as the website you are using or your approximate location."),
    ("Create profiles for personalised advertising", "Information about your activity on "
     "this service can be stored and combined with other information about you."),
    ("Measure advertising performance", "Information regarding which advertising is "
     "presented to you and how you interact with it can be used to measure performance."),
    ("Understand audiences through statistics", "Reports can be generated based on the "
     "combination of data sets regarding your interactions and those of other users."),
    ("Develop and improve services", "Information about your activity can help improve "
     "and develop new products and services, such as new features or technologies."),
]
_CSS_BLOCKS = ["header", "masthead", "nav", "mega-menu", "breadcrumb", "article", "headline",
               "meta", "media", "figure", "body", "card", "teaser", "grid", "rail", "footer",
               "sitemap", "newsletter", "consent", "ad-slot", "share", "btn", "icon", "modal",
               "paywall", "ticker", "list", "tag", "promo", "video", "search", "drawer"]
_CSS_ELEMENTS = ["", "", "__inner", "__wrapper", "__title", "__link", "__item", "__list",
                 "__media", "__image", "__caption", "__body", "__label", "__icon", "__button",
                 "__container", "__content", "__footer", "__header", "__kicker", "__panel"]
_CSS_MODIFIERS = ["", "", "", "--active", "--large", "--compact", "--dark", "--sticky",
                  "--hidden", "--featured", "--primary", "--horizontal", "--open"]
_CSS_PSEUDO = ["", "", "", "", ":hover", ":focus-visible", "::before", "::after",
               ":first-child", ":last-child", ":not(:last-child)"]
_CSS_PROPERTIES = [
    ("display", ["block", "flex", "grid", "none", "inline-block", "inline-flex", "contents"]),
    ("position", ["relative", "absolute", "sticky", "fixed", "static"]),
    ("margin", ["0", "0 auto", "0 0 16px", "8px 0", "24px 0 0", "0 -16px", "12px 16px"]),
    ("padding", ["0", "4px 8px", "8px 16px", "12px", "16px 20px", "24px 0", "0 0 0 12px"]),
    ("font", ["700 14px/1.2 var(--font-sans)", "400 18px/1.6 var(--font-serif)",
              "600 12px/1.3 var(--font-sans)", "800 32px/1.1 var(--font-display)"]),
    ("font-size", ["12px", "13px", "14px", "16px", "1.125rem", "1.5rem", "2.25rem"]),
    ("color", ["var(--color-text)", "var(--color-muted)", "#1a1a1a", "#0a5ad4", "#fff",
               "#6b6b6b", "inherit", "rgba(0,0,0,.72)"]),
    ("background", ["#fff", "transparent", "var(--color-surface)", "#f5f5f3", "#111",
                    "linear-gradient(180deg,rgba(0,0,0,0) 0,rgba(0,0,0,.6) 100%)"]),
    ("border", ["0", "1px solid #e0e0e0", "1px solid var(--color-rule)", "2px solid #0a5ad4"]),
    ("border-radius", ["0", "2px", "4px", "50%", "999px"]),
    ("width", ["100%", "auto", "24px", "320px", "calc(100% - 32px)", "fit-content"]),
    ("max-width", ["none", "640px", "1200px", "1440px", "var(--content-width)"]),
    ("gap", ["8px", "12px", "16px", "24px", "var(--gutter)"]),
    ("grid-template-columns", ["repeat(12,1fr)", "1fr 300px", "repeat(auto-fill,minmax(240px,1fr))"]),
    ("align-items", ["center", "flex-start", "stretch", "baseline"]),
    ("justify-content", ["space-between", "center", "flex-end", "flex-start"]),
    ("transition", ["opacity .2s ease", "transform .3s cubic-bezier(.4,0,.2,1)", "none"]),
    ("text-decoration", ["none", "underline", "underline dotted"]),
    ("overflow", ["hidden", "auto", "visible"]),
    ("z-index", ["1", "10", "100", "1000", "2147483647"]),
    ("line-height", ["1", "1.2", "1.4", "1.6"]),
    ("letter-spacing", ["0", ".02em", ".08em", "-.01em"]),
    ("aspect-ratio", ["16/9", "3/2", "1/1", "4/3"]),
    ("object-fit", ["cover", "contain"]),
]
_JS_WORDS = ["init", "track", "render", "mount", "observe", "lazy", "consent", "ads", "slot",
             "paywall", "meter", "share", "menu", "toggle", "video", "player", "scroll",
             "sticky", "newsletter", "search", "refresh", "viewport", "impression", "click",
             "fetch", "queue", "config", "experiment", "variant", "session", "user"]


def _hex(rng: random.Random, digits: int) -> str:
    return f"{rng.getrandbits(4 * digits):0{digits}x}"


def _css_rule(r: random.Random, prefix: str) -> str:
    selector = ",".join(
        f".{prefix}-{r.choice(_CSS_BLOCKS)}{r.choice(_CSS_ELEMENTS)}{r.choice(_CSS_MODIFIERS)}"
        f"{r.choice(_CSS_PSEUDO)}" for _ in range(r.choice((1, 1, 1, 2, 3))))
    declarations = ";".join(f"{name}:{r.choice(values)}" for name, values in
                            r.sample(_CSS_PROPERTIES, r.randint(2, 7)))
    rule = f"{selector}{{{declarations}}}"
    if r.random() < 0.12:
        rule = f"@media (min-width:{r.choice((600, 768, 1024, 1280))}px){{{rule}}}"
    return rule


def _js_module(r: random.Random, prefix: str) -> str:
    def name() -> str:
        return r.choice(_JS_WORDS) + r.choice(_JS_WORDS).capitalize()

    selector = f".{prefix}-{r.choice(_CSS_BLOCKS)}{r.choice(_CSS_ELEMENTS)}"
    parts = [
        f'function {name()}(e,t){{var n=document.querySelectorAll("{selector}");for(var r=0;'
        f'r<n.length;r++)n[r].addEventListener("{r.choice(("click", "focus", "mouseenter"))}",'
        f'function(){{(window.dataLayer=window.dataLayer||[]).push({{event:"{name()}",label:'
        f'this.getAttribute("data-track"),position:r}})}})}}',
        f"var {name()}={{{name()}:{r.randint(0, 5000)},{name()}:\"{_hex(r, 12)}\","
        f"{name()}:[{','.join(str(r.randint(0, 999)) for _ in range(r.randint(3, 12)))}],"
        f"{name()}:!{r.randint(0, 1)}}};",
        f"e.prototype.{name()}=function(e,t){{return this.{name()}?this.{name()}.{name()}"
        f"(e,t||{r.randint(1, 9999)}):void 0}};",
        f'n.d(t,{{{name()}:function(){{return {name()}}},{name()}:function(){{return '
        f'{name()}}}}});var o=n({r.randint(1000, 99999)}),i=n.n(o),a=n({r.randint(100, 9999)});',
        f'if("IntersectionObserver"in window){{var {name()}=new IntersectionObserver('
        f'function(e){{e.forEach(function(e){{e.isIntersecting&&(e.target.src=e.target.'
        f'dataset.src,{name()}.unobserve(e.target))}})}},{{rootMargin:"{r.randint(1, 8) * 100}'
        f'px 0px"}})}}',
    ]
    body = "".join(r.sample(parts, r.randint(2, 5)))
    return f'{r.randint(1000, 99999)}:function(e,t,n){{"use strict";{body}}}'


def _icon_path(r: random.Random) -> str:
    steps = "".join(
        f"{r.choice('clsqCLSQ')}{r.uniform(-9, 24):.2f} {r.uniform(-9, 24):.2f} "
        f"{r.uniform(-9, 24):.2f} {r.uniform(-9, 24):.2f}" for _ in range(r.randint(3, 10)))
    return f"M{r.uniform(0, 24):.2f} {r.uniform(0, 24):.2f}{steps}z"


@functools.cache
def _site_assets(layout: str) -> tuple[list[str], list[str], list[str]]:
    """A layout's stylesheet rules, script modules and sprite symbols (fixed seeds)."""
    r = random.Random(f"newsbeam/assets/{layout}")
    prefix = CHROME_PROFILES[layout][0]
    rules = [_css_rule(r, prefix) for _ in range(600)]
    modules = [_js_module(r, prefix) for _ in range(60)]
    symbols = [f'<symbol id="icon-{icon}" viewBox="0 0 24 24"><path d="{_icon_path(r)}"'
               + (' fill-rule="evenodd"' if r.random() < 0.3 else "") + "/></symbol>"
               for icon in ICONS]
    return rules, modules, symbols


def _icon(name: str, prefix: str) -> str:
    return (f'<svg class="{prefix}-icon {prefix}-icon--{name}" aria-hidden="true" '
            f'focusable="false" width="20" height="20"><use href="#icon-{name}"></use></svg>')


def _srcset(base: str, widths: tuple[int, ...]) -> str:
    return ", ".join(f"{base}_{width}.jpg {width}w" for width in widths)


def _teasers(rng: random.Random, domain: str, count: int) -> list[dict]:
    """Other stories of the site, for cards, lists and the state blob."""
    items = []
    for _ in range(count):
        section = rng.choice(SECTIONS)
        item_id = rng.randint(10**5, 10**6)
        items.append({"id": item_id, "section": section, "headline": _headline(rng),
                      "teaser": _sentence(rng), "url": f"/{section.lower()}/{item_id}",
                      "image": f"https://img.{domain}/{_hex(rng, 12)}"})
    return items


def _card(item: dict, prefix: str, kind: str, position: int) -> str:
    href, image = item["url"], item["image"]
    return (
        f'<div class="{prefix}-grid__item {prefix}-grid__item--{kind}"><div class="{prefix}-'
        f'card-container" data-position="{position}">'
        f'<article class="{prefix}-card {prefix}-card--{kind} {prefix}-card--with-image '
        f'js-track-impression" data-component="StoryCard" data-content-id="{item["id"]}" '
        f'data-track="{kind}|{position}"><a class="{prefix}-card__media-link" href="{href}" '
        f'tabindex="-1" aria-hidden="true"><div class="{prefix}-card__media {prefix}-media '
        f'{prefix}-media--16x9"><img class="{prefix}-card__image" src="{image}_320.jpg" '
        f'srcset="{_srcset(image, (160, 320, 480, 640, 960))}" sizes="(min-width: 1024px) '
        f'300px, (min-width: 600px) 50vw, 100vw" alt="" loading="lazy" decoding="async" '
        f'width="320" height="180"></div></a><div class="{prefix}-card__body"><span '
        f'class="{prefix}-card__kicker">{item["section"]}</span><h3 class="{prefix}-card__title">'
        f'<a class="{prefix}-card__link" href="{href}" data-track="{kind}|{position}|headline">'
        f'{item["headline"]}</a></h3><p class="{prefix}-card__teaser">'
        f'{_escape(item["teaser"])}</p></div></article></div></div>')


def _linked(paragraph: str, rng: random.Random, prefix: str) -> str:
    """A body paragraph as markup, one or two short phrases of it links (to a topic
    page, to a source); the text itself unchanged."""
    words = paragraph.split(" ")
    if len(words) < 20 or rng.random() < 0.3:
        return _escape(paragraph)
    first = rng.randrange(2, len(words) // 2 - 4)
    second = rng.randrange(len(words) // 2, len(words) - 4)
    spans = [(first, first + rng.randint(2, 4))]
    if len(words) >= 45 and rng.random() < 0.5:
        spans.append((second, second + rng.randint(2, 3)))
    out, at = [], 0
    for i, (start, end) in enumerate(spans):
        phrase = _escape(" ".join(words[start:end]))
        href = (f"/topics/{_slug(phrase)}" if i == 0 else
                f"https://www.{rng.choice(('example.org', 'example.gov'))}/{_hex(rng, 8)}")
        out += [_escape(" ".join(words[at:start])),
                f'<a class="{prefix}-inline-link" href="{href}">{phrase}</a>']
        at = end
    return " ".join([*out, _escape(" ".join(words[at:]))])


def _comments(rng: random.Random, prefix: str) -> str:
    """Readers' comments below the article (their own words, none of the story's)."""
    items = []
    for _ in range(rng.randint(4, 9)):
        opener = rng.choice(["Interesting piece.", "I disagree.", "Not surprised at all.",
                             "Thanks for the update.", "Who is going to pay for this?",
                             "Same story every year."])
        items.append(
            f'<li class="{prefix}-comment" id="comment-{rng.randint(10**6, 10**7)}"><div '
            f'class="{prefix}-comment__inner"><div class="{prefix}-comment__header"><img '
            f'class="{prefix}-comment__avatar" src="https://avatars.example.net/'
            f'{_hex(rng, 10)}.png" alt="" width="32" height="32"><span class="{prefix}-comment__'
            f'user">{rng.choice(FIRST).lower()}{rng.randint(1, 999)}</span><span class="'
            f'{prefix}-comment__age">{rng.randint(1, 23)}h ago</span></div><div class="{prefix}'
            f'-comment__body"><p>{opener} {_escape(rng.choice(QUOTES))}.</p></div><div '
            f'class="{prefix}-comment__actions"><button type="button">Reply</button><button '
            f'type="button">{rng.randint(0, 90)} likes</button></div></div></li>')
    return (f'<section id="comments" class="comments {prefix}-comments" data-component='
            f'"Comments"><h2 class="{prefix}-comments__title">Comments</h2><ol class="{prefix}'
            f'-comments__list">{"".join(items)}</ol><button class="{prefix}-comments__more" '
            f'type="button">Show more comments</button></section>')


def _mega_menu(rng: random.Random, prefix: str, low: int, high: int) -> tuple[str, list]:
    """The site navigation: top-level sections, each with a panel of sub-links."""
    items, tree = [], []
    for item in NAV:
        slug = _slug(item)
        subs = SUBSECTIONS.get(item)
        if not subs:
            items.append(f'<li class="{prefix}-nav__item"><a class="{prefix}-nav__link" '
                         f'href="/{slug}/" data-track="nav|{slug}">{item}</a></li>')
            tree.append({"label": item, "href": f"/{slug}/"})
            continue
        chosen = subs[:rng.randint(min(low, len(subs)), min(high, len(subs)))]
        links = "".join(
            f'<li class="{prefix}-mega-menu__subitem"><a class="{prefix}-mega-menu__sublink" '
            f'href="/{slug}/{_slug(sub)}/" data-track="nav|{slug}|{_slug(sub)}">{sub}</a></li>'
            for sub in chosen)
        items.append(
            f'<li class="{prefix}-nav__item {prefix}-nav__item--has-children" '
            f'data-section="{slug}"><a class="{prefix}-nav__link" href="/{slug}/" '
            f'data-track="nav|{slug}">{item}</a><button class="{prefix}-nav__toggle" '
            f'type="button" aria-expanded="false" aria-controls="mm-{slug}">'
            f'{_icon("chevron", prefix)}<span class="visually-hidden">Open {item} menu</span>'
            f'</button><div class="{prefix}-mega-menu__panel" id="mm-{slug}" hidden><div '
            f'class="{prefix}-mega-menu__inner"><ul class="{prefix}-mega-menu__list">{links}'
            f'</ul></div></div></li>')
        tree.append({"label": item, "href": f"/{slug}/", "children": [
            {"label": sub, "href": f"/{slug}/{_slug(sub)}/"} for sub in chosen]})
    return "".join(items), tree


def _footer_sitemap(rng: random.Random, prefix: str, site: str) -> str:
    columns = []
    for item in rng.sample(sorted(SUBSECTIONS), rng.randint(5, 8)):
        slug = _slug(item)
        links = "".join(f'<li><a class="{prefix}-sitemap__link" href="/{slug}/{_slug(sub)}/">'
                        f"{sub}</a></li>" for sub in SUBSECTIONS[item])
        columns.append(f'<div class="{prefix}-sitemap__column"><h4 class="{prefix}-sitemap__'
                       f'heading"><a href="/{slug}/">{item}</a></h4><ul class="{prefix}-'
                       f'sitemap__list">{links}</ul></div>')
    social = "".join(
        f'<li><a class="{prefix}-social__link" href="https://{_slug(name)}.example.com/'
        f'{_slug(site)}" rel="noopener" aria-label="{site} on {name}">'
        f'{_icon(_slug(name) if _slug(name) in ICONS else "external", prefix)}</a></li>'
        for name in SOCIAL)
    return (f'<nav class="{prefix}-sitemap" aria-label="Site map">{"".join(columns)}</nav>'
            f'<div class="{prefix}-footer__social"><ul class="{prefix}-social">{social}</ul>'
            f'</div><div class="{prefix}-footer__apps"><a class="{prefix}-app-badge" '
            f'href="https://apps.example.com/{_slug(site)}-ios"><img src="/static/badges/'
            f'app-store.svg" alt="Download on the App Store" width="120" height="40"></a><a '
            f'class="{prefix}-app-badge" href="https://apps.example.com/{_slug(site)}-android">'
            f'<img src="/static/badges/google-play.svg" alt="Get it on Google Play" '
            f'width="135" height="40"></a></div>')


def _consent_manager(rng: random.Random, prefix: str) -> str:
    purposes = "".join(
        f'<li class="{prefix}-cmp__purpose" data-purpose-id="{i + 1}"><label><input '
        f'type="checkbox" name="purpose-{i + 1}"{" checked" if i == 0 else ""}>'
        f'<span class="{prefix}-cmp__purpose-title">{title}</span></label><p class="{prefix}'
        f'-cmp__purpose-text">{text}</p></li>' for i, (title, text) in enumerate(CONSENT_PURPOSES))
    vendors = ",".join(str(v) for v in sorted(rng.sample(range(1, 1200), rng.randint(40, 90))))
    return (f'<div id="cmp-container" class="{prefix}-cmp" role="dialog" aria-modal="true" '
            f'hidden data-vendors="{vendors}" data-gdpr-applies="true"><div class="{prefix}-'
            f'cmp__panel"><h2 class="{prefix}-cmp__title">Your privacy choices</h2><ul '
            f'class="{prefix}-cmp__purposes">{purposes}</ul><button class="{prefix}-cmp__save" '
            f'type="button">Save and exit</button></div></div>')


def _ad_slot(rng: random.Random, prefix: str, name: str, sizes: str, label: str) -> str:
    return (f'<div class="ad-slot {prefix}-ad {prefix}-ad--{name}" id="ad-{name}-'
            f'{rng.randint(1, 99)}" data-ad-slot="{name}" data-sizes="{sizes}" '
            f'data-refresh="{rng.choice(("true", "false"))}">{label}<div class="{prefix}-ad__'
            f'container" id="div-gpt-ad-{rng.randint(10**12, 10**13)}-{rng.randint(0, 9)}">'
            f"</div></div>")


def render_html(story: dict, kind: str, rng: random.Random, seed: int) -> str:
    """A news site's article page, of the weight and make-up of real ones (~120 kB;
    `CHROME_PROFILES`): <head> with title, description, OpenGraph and article:* tags,
    JSON-LD, a critical-CSS <style>, inline scripts (tag manager, consent, ad config,
    bundled modules, a framework state blob repeating the headline, teaser and related
    items) and external scripts; then an icon sprite, a mega-menu navigation,
    breadcrumb, the article (headline, byline, time, figure with srcset, wrapped
    paragraphs with a few inline links, an in-body ad and "Read more" box, credits,
    share buttons), reader comments, recommended and related cards, most-read list,
    newsletter box, sponsored cards, a footer site map, cookie banner and consent
    manager, tracking pixels. `rng` draws the page's own chrome (a re-scrape gets
    other ads, cards and lists)."""
    facts = _page_facts(story, kind, seed)
    tag, wrapper, body_class, byline_class = LAYOUTS[facts["layout"]]
    prefix, css_range, module_range, menu_range, state_style = CHROME_PROFILES[facts["layout"]]
    rules, modules, symbols = _site_assets(facts["layout"])
    paragraphs = _body_paragraphs(story, kind, rng)
    description = story["paragraphs"][0].split(". ")[0].rstrip(".") + "."
    title = story["title"]
    domain, section = facts["domain"], facts["section"]
    jsonld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
        "description": description, "datePublished": facts["published"],
        "dateModified": facts["modified"] or facts["published"],
        "author": [{"@type": "Person", "name": story["reporter"]}],
        "publisher": {"@type": "Organization", "name": facts["site"],
                      "logo": {"@type": "ImageObject",
                               "url": f"https://{domain}/static/logo.png"}},
        "image": [facts["image"]], "articleSection": section,
        "mainEntityOfPage": {"@type": "WebPage", "@id": facts["url"]},
    }
    crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": f"https://{domain}/"},
        {"@type": "ListItem", "position": 2, "name": section,
         "item": f"https://{domain}/{section.lower()}/"}]}
    config = {"pageType": "article", "section": section, "articleId": story["index"],
              "adUnits": [f"/{rng.randint(1000, 9999)}/{facts['layout']}/{slot}"
                          for slot in ("top", "mid", "side", "bottom")],
              "experiments": {f"exp{rng.randint(1, 99)}": rng.choice(["a", "b", "control"])
                              for _ in range(4)},
              "paywall": {"metered": True, "freeArticles": rng.randint(3, 10)}}
    build = _hex(rng, 20)
    count = rng.randint(*css_range)
    start = rng.randrange(len(rules) - count)
    critical = f":root{{--brand:#{_hex(rng, 6)};--gutter:{rng.choice((12, 16, 20, 24))}px}}" + \
        "".join(rules[start:start + count])
    count = rng.randint(*module_range)
    start = rng.randrange(len(modules) - count)
    bundle = (f'(self.webpackChunk_{prefix}=self.webpackChunk_{prefix}||[]).push([['
              f'{rng.randint(100, 999)}],{{{",".join(modules[start:start + count])}}}]);')
    gtm = f"GTM-{_hex(rng, 7).upper()}"
    ad_units = [{"code": f"div-gpt-ad-{slot}", "mediaTypes": {"banner": {"sizes": sizes}},
                 "bids": [{"bidder": bidder, "params": {"placementId": rng.randint(10**7, 10**8),
                                                        "siteId": str(rng.randint(10**5, 10**6))}}
                          for bidder in rng.sample(["appnexus", "rubicon", "ix", "openx",
                                                    "pubmatic", "criteo", "triplelift",
                                                    "sovrn", "teads"], rng.randint(3, 6))]}
                for slot, sizes in (("top", [[970, 250], [728, 90]]), ("mid", [[300, 250]]),
                                    ("side", [[300, 600], [300, 250]]),
                                    ("bottom", [[728, 90], [320, 50]]))]
    related_items = _teasers(rng, domain, rng.randint(5, 8))
    recommended_items = _teasers(rng, domain, rng.randint(5, 12))
    menu, menu_tree = _mega_menu(rng, prefix, *menu_range)
    state = {
        "page": {"type": "article", "id": story["index"], "section": section,
                 "canonical": facts["url"], "build": build},
        "article": {"id": story["index"], "headline": title, "teaser": description,
                    "section": {"name": section, "href": f"/{section.lower()}/"},
                    "image": {"src": facts["image"], "width": 1200, "height": 800,
                              "renditions": {str(w): f"{facts['image'][:-4]}_{w}.jpg"
                                             for w in (320, 640, 960, 1280, 1600)}},
                    "wordCount": sum(len(p.split()) for p in paragraphs),
                    "paywall": config["paywall"], "commentsEnabled": rng.random() < 0.7},
        "related": related_items, "recommended": recommended_items,
        "navigation": menu_tree,
        "ads": {"network": rng.randint(1000, 9999), "targeting": {
            "section": section.lower(), "kw": [w for w in _slug(title).split("-") if len(w) > 3],
            "ab": rng.choice(["a", "b"]), "pv": rng.randint(1, 30)}},
        "features": {name: rng.random() < 0.5 for name in rng.sample(_JS_WORDS, 12)},
    }
    state_json = orjson.dumps(state).decode().replace("</", "<\\/")
    if state_style == "next":
        state_head, state_tail = "", (
            f'<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":'
            f'{state_json}}},"page":"/[section]/[...slug]","buildId":"{build}",'
            f'"isFallback":false,"gssp":true}}</script>')
    else:
        state_head, state_tail = (
            f"<script>window.__INITIAL_STATE__={state_json};</script>", "")
    preconnect = "".join(
        f'<link rel="preconnect" href="https://{host}" crossorigin>'
        f'<link rel="dns-prefetch" href="https://{host}">'
        for host in (f"img.{domain}", f"static.{domain}", "securepubads.g.doubleclick.net",
                     "www.googletagmanager.com", "cdn.cookielaw.example.org"))
    fonts = "".join(
        f'<link rel="preload" as="font" type="font/woff2" crossorigin href="https://static.'
        f'{domain}/fonts/{face}.{_hex(rng, 8)}.woff2">'
        for face in ("serif-regular", "serif-bold", "sans-regular", "sans-semibold"))
    external = [
        f"https://static.{domain}/_next/static/chunks/{name}-{_hex(rng, 16)}.js"
        for name in rng.sample(["webpack", "framework", "main", "polyfills", "commons",
                                "pages/article", "ads", "video-player", "paywall",
                                "newsletter", "comments", "analytics"], rng.randint(6, 10))
    ] + ["https://securepubads.g.doubleclick.net/tag/js/gpt.js",
         f"https://static.chartbeat.example.com/js/chartbeat.js?v={rng.randint(1, 9)}",
         f"https://cdn.cookielaw.example.org/scripttemplates/otSDKStub.js?d={_hex(rng, 8)}"]
    scripts_head = "".join(f'<script defer src="{src}"></script>' for src in external[:4])
    scripts_tail = "".join(f'<script async src="{src}"></script>' for src in external[4:])
    tags = [w.capitalize() for w in _slug(title).split("-") if len(w) > 4][:5]
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
        f'<meta property="article:section" content="{section}">',
        f'<meta name="author" content="{story["reporter"]}">',
        '<meta name="twitter:card" content="summary_large_image">',
        '<meta property="og:image:width" content="1200"><meta property="og:image:height" '
        'content="800"><meta property="og:locale" content="en_GB">',
        f'<meta name="twitter:site" content="@{prefix}news"><meta property="fb:app_id" '
        f'content="{rng.randint(10**14, 10**15)}"><meta name="robots" content="index, follow, '
        'max-image-preview:large"><meta name="theme-color" content="#ffffff">',
        "".join(f'<meta property="article:tag" content="{t}">' for t in tags),
        preconnect, fonts,
        f'<link rel="icon" href="https://static.{domain}/favicon.ico" sizes="any">'
        f'<link rel="icon" href="https://static.{domain}/icon.svg" type="image/svg+xml">'
        f'<link rel="apple-touch-icon" href="https://static.{domain}/apple-touch-icon.png">'
        f'<link rel="manifest" href="/manifest.webmanifest">'
        f'<link rel="amphtml" href="{facts["url"]}?outputType=amp">',
        f'<link rel="stylesheet" href="https://{domain}/static/main.{rng.getrandbits(32):08x}.css">',
        f"<style>{STYLE}</style>",
        f'<style id="critical-css" data-build="{build}">{critical}</style>',
        f'<script type="application/ld+json">{orjson.dumps(jsonld).decode()}</script>',
        f'<script type="application/ld+json">{orjson.dumps(crumbs).decode()}</script>',
        f"<script>window.dataLayer=window.dataLayer||[];window.pageConfig="
        f"{orjson.dumps(config).decode()};dataLayer.push({{event:'pageview'}});</script>",
        "<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':new Date()."
        "getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],j=d.createElement(s),"
        "dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src='https://www.googletagmanager.com/"
        f"gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);}})(window,document,'script',"
        f"'dataLayer','{gtm}');</script>",
        "<script>document.documentElement.className=document.documentElement.className."
        "replace('no-js','js');if(!('IntersectionObserver'in window)){document.documentElement"
        ".classList.add('legacy')}window.__tcfapi=window.__tcfapi||function(){(window.__tcfapi"
        ".a=window.__tcfapi.a||[]).push(arguments)};</script>",
        f"<script>var pbjs=pbjs||{{}};pbjs.que=pbjs.que||[];pbjs.que.push(function(){{pbjs."
        f"setConfig({{priceGranularity:'dense',bidderTimeout:{rng.choice((1000, 1500, 2000))},"
        f"consentManagement:{{gdpr:{{cmpApi:'iab',timeout:8000}}}}}});pbjs.addAdUnits("
        f"{orjson.dumps(ad_units).decode()})}});</script>",
        state_head, f"<script>{bundle}</script>", scripts_head,
        f'<script async src="https://{domain}/static/app.{rng.getrandbits(32):08x}.js">'
        "</script></head>",
    ])
    sprite = (f'<svg xmlns="http://www.w3.org/2000/svg" class="{prefix}-sprite" '
              f'aria-hidden="true" style="position:absolute;width:0;height:0;overflow:hidden">'
              f'{"".join(symbols)}</svg>')
    header = (
        f'<body class="article-page {facts["layout"]} {prefix}-theme {prefix}-theme--'
        f'{section.lower()}"><noscript><iframe src="https://www.googletagmanager.com/'
        f'ns.html?id={gtm}" height="0" width="0" style="display:none;visibility:hidden">'
        f'</iframe></noscript>{sprite}<a class="skip" href="#main">Skip to '
        f'content</a><header class="site-header {prefix}-header" data-component="Masthead">'
        f'<div class="{prefix}-header__top"><button class="{prefix}-header__menu-button" '
        f'type="button" aria-controls="{prefix}-drawer" aria-expanded="false">'
        f'{_icon("menu", prefix)}<span class="visually-hidden">Menu</span></button>'
        f'<a class="logo" href="/">{_icon("logo", prefix)}<span>{facts["site"]}</span></a>'
        f'<div class="{prefix}-header__account"><a class="{prefix}-header__sign-in" '
        f'href="/account/login?return={rng.randint(10**5, 10**6)}">Sign in</a></div></div>'
        f'<nav class="site-nav {prefix}-nav" aria-label="Main"><ul class="{prefix}-nav__list">'
        f'{menu}</ul></nav><form class="search" action="/search" role="search">'
        f'<input name="q" placeholder="Search"><button>{_icon("search", prefix)}Search'
        f'</button></form><a class="subscribe" href="/subscribe">Subscribe</a></header>'
        f'{_ad_slot(rng, prefix, "top", "970x250,728x90", "Advertisement")}'
        f'<nav class="breadcrumb"><a href="/">Home</a> &rsaquo; '
        f'<a href="/{section.lower()}/">{section}</a></nav>'
    )
    body_parts = []
    mid, last = max(2, len(paragraphs) // 2), len(paragraphs) - 1  # no link in the last one
    for i, paragraph in enumerate(paragraphs):
        body_parts.append(f'<div class="{prefix}-text-block" data-block-type="paragraph">'
                          f'<p class="{prefix}-paragraph" data-index="{i}">'
                          f"{_linked(paragraph, rng, prefix) if i < last else _escape(paragraph)}"
                          "</p></div>")
        if i == 1:
            body_parts.append(_ad_slot(rng, prefix, "mid", "300x250",
                                       "<span>Advertisement</span>"))
        if i == mid:
            body_parts.append(f'<aside class="read-more"><strong>Read more:</strong> '
                              f'<a href="/{section.lower()}/{rng.randint(10**5, 10**6)}">'
                              f"{_headline(rng)}</a></aside>")
    updated = (f'<p class="updated">Updated <time datetime="{facts["modified"]}">'
               f'{facts["modified"][11:16]}</time></p>' if facts["modified"] else "")
    image = facts["image"][:-4]
    share = "".join(f'<a href="#" class="{prefix}-share__link" data-network="{_slug(label)}">'
                    f'{_icon(icon, prefix)}{label}</a>' for icon, label in (
                        ("facebook", "Share on Facebook"), ("x", "Share on X"),
                        ("email", "Email"), ("link", "Copy link")))
    article = (
        f'<main id="main" class="{prefix}-main"><div class="{prefix}-layout {prefix}-layout--'
        f'article l-container" data-page-type="article" data-section="{section.lower()}">'
        f'<div class="{prefix}-layout__grid l-grid l-grid--main-rail"><div class="{prefix}-'
        f'layout__main l-col l-col--main" data-region="main-column">'
        f'<{tag} class="{wrapper}" data-component="ArticleContainer" data-content-id="'
        f'{story["index"]}" data-content-type="story"><h1 class="headline">{_escape(title)}</h1>'
        f'<div class="meta"><span class="{byline_class}">By <a href="/authors/'
        f'{_slug(story["reporter"])}">{story["reporter"]}</a></span> '
        f'<time datetime="{facts["published"]}">{story["date"]}</time>{updated}</div>'
        f'<figure class="{prefix}-figure {prefix}-figure--lead" data-component="LeadImage">'
        f'<picture><source type="image/webp" srcset="{_srcset(image + "_w", (480, 800, 1200, 1600))}'
        f'"><img src="{facts["image"]}" srcset="{_srcset(image, (480, 800, 1200, 1600, 2048))}" '
        f'sizes="(min-width: 1024px) 760px, 100vw" alt="{_attr(story["caption"][:80])}" '
        f'width="1200" height="800" fetchpriority="high" decoding="async"></picture>'
        f'<figcaption>{_escape(story["caption"])}</figcaption>'
        f'</figure><div class="{body_class}" data-component="ArticleBody">'
        f'{"".join(body_parts)}</div>'
        f'<p class="credits">(Reporting by {story["reporter"]}; Editing by '
        f"{story['editor']})</p>"
        f'<div class="share {prefix}-share">{share}</div>'
        f'<div class="comments-link"><a href="#comments">{rng.randint(0, 400)} comments</a>'
        f"</div></{tag}>"
    )
    related = "".join(_card(item, prefix, "related", i)
                      for i, item in enumerate(related_items))
    recommended = "".join(_card(item, prefix, "recommended", i)
                          for i, item in enumerate(recommended_items))
    sponsored = "".join(
        f'<div class="{prefix}-promo-card" data-item-id="~{_hex(rng, 16)}"><a href="https://'
        f'ads.example.net/click?c={_hex(rng, 24)}" rel="sponsored noopener" target="_blank">'
        f'<img src="https://images.ads.example.net/{_hex(rng, 16)}.jpg" alt="" loading="lazy" '
        f'width="300" height="200"><span class="{prefix}-promo-card__title">{text}</span>'
        f'<span class="{prefix}-promo-card__brand">Sponsored</span></a></div>'
        for text in rng.sample(SPONSORED, rng.randint(3, 6)))
    most_read = "".join(f'<li><a href="/{rng.randint(10**5, 10**6)}">{_headline(rng)}</a></li>'
                        for _ in range(5))
    footer_links = "".join(f'<li><a href="/{_slug(item)}">{item}</a></li>' for item in FOOTER)
    tail = (
        f'{_comments(rng, prefix)}'
        f'<aside class="recommended {prefix}-recommended" data-component="Recommended"><h2>'
        f'More from {facts["site"]}</h2><div class="{prefix}-recommended__grid">{recommended}'
        f'</div></aside><aside class="promo {prefix}-promo-feed" id="promo-feed-below-article">'
        f'<h2 class="{prefix}-promo-feed__title">Around the web</h2>{sponsored}</aside></div>'
        f'<div class="{prefix}-layout__rail l-col l-col--rail" data-region="right-rail">'
        f'<aside class="sidebar"><section class="related"><h2>Related stories</h2><div '
        f'class="{prefix}-related__list">{related}</div></section>'
        f'{_ad_slot(rng, prefix, "side", "300x600,300x250", "Advertisement")}'
        f'<section class="most-read"><h2>Most read</h2><ol>{most_read}</ol></section>'
        '<div class="newsletter"><h3>Sign up for our morning newsletter</h3><p>The day\'s '
        "top stories in your inbox every weekday.</p><form><input type=\"email\" "
        'placeholder="Email address"><button>Sign up</button></form></div></aside></div>'
        "</div></div></main>"
        f'{_ad_slot(rng, prefix, "bottom", "728x90,320x50", "")}'
        f'<footer class="site-footer {prefix}-footer">'
        f'{_footer_sitemap(rng, prefix, facts["site"])}<ul>{footer_links}</ul>'
        f'<p>&copy; {story["iso"][:4]} {facts["site"]}. All rights reserved.</p></footer>'
        '<div class="cookie-banner" role="dialog"><p>We use cookies to improve your '
        "experience on our site and to show you relevant advertising.</p><button>Accept all"
        "</button><button>Manage settings</button></div>"
        f"{_consent_manager(rng, prefix)}"
        f'<noscript><img height="1" width="1" style="display:none" alt="" src="https://'
        f'www.facebook.com/tr?id={rng.randint(10**14, 10**15)}&amp;ev=PageView&amp;'
        f'noscript=1"></noscript><img class="{prefix}-pixel" src="https://pixel.example.net/'
        f'p.gif?u={_hex(rng, 16)}&amp;s={section.lower()}" width="1" height="1" alt="">'
        f"{state_tail}{scripts_tail}</body></html>\n"
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
