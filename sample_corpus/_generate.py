#!/usr/bin/env python3
"""Generate newsbeam's bundled sample corpus and its labels (labels.json).

Run from anywhere:

    .venv/bin/python sample_corpus/_generate.py

The output is deterministic: every run writes byte-identical files (gzip
members are written with mtime=0 and no file name).  Every story below is
invented for testing; people, quotes and figures are fictional.

Layout of this script
  1. helpers (text assembly, noise, mojibake, html/json builders)
  2. site chrome renderers (one function per publisher style)
  3. story data: one dict per article record
  4. main(): render, validate, write files + labels.json, print a summary

Label conventions (see also the module constant LABEL_NOTES):
  * `chrome` lists whole lines / whole visible text nodes that must not end up
    in the cleaned body (caption lines, bylines, credit lines, site chrome).
    Compare them line-by-line after whitespace normalisation, not as
    substrings ("Share" is chrome, "shares" in the body is not).
  * `must_have` sentences are exact, but compare after collapsing all
    whitespace (incl. NBSP and hard line wraps) to single spaces.
  * All label text is in its clean, repaired form (the mojibake page is
    labelled with the text it should have had).
"""


from __future__ import annotations

import gzip
import hashlib
import html
import json
import re
import sys
import textwrap
from collections import Counter, defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parent

REGIONS = {"africa", "americas", "asia", "europe", "oceania"}
ROLES = {"original", "syndicated", "rescrape", "update", "url_copy", "hard_negative", "single"}

LABEL_NOTES = {
    "date": "first-publication date (YYYY-MM-DD) on the publisher's calendar, i.e. in the "
    "UTC offset the page itself states; never an 'Updated'/'modified' date; null if unknowable",
    "dateline_city": "English GeoNames-style name of the dateline city; null when the story has no dateline",
    "country": "ISO 3166-1 alpha-2 of the dateline city, else of the story's main location",
    "region": "UN M49 region slug of `country`",
    "agency": "wire agency that produced the story (not the agency of a photo credit); null for staff copy",
    "authors": "bylined writers plus credited contributing reporters ('Additional reporting by', "
    "'contributed to this report', '--With assistance from'), in order of appearance, "
    "natural case; no agencies, placeholders ('Reuters Staff', 'Staff Reporter'), editors or photographers",
    "editors": "names from 'Editing by' / 'Editado por' / Xinhua 'Editor:' / Bloomberg 'editors responsible'",
    "caption_credit": "photo credit without wrapper words or brackets (no 'Photograph:', 'Foto:', 'File:', parentheses)",
    "section": "only where the page names it: Reuters 'Next In X', HTML article:section, trafilatura first category",
    "chrome": "whole lines / visible text nodes that must not appear in the cleaned body; "
    "includes caption, byline, date and credit lines",
    "must_have": "exact sentences; compare after collapsing whitespace (NBSP, CR, hard wraps) to single spaces",
}


# --------------------------------------------------------------------------
# 1. helpers
# --------------------------------------------------------------------------


def P(block: str) -> list[str]:
    """Split a triple-quoted block into paragraphs (blank-line separated).

    Source line wrapping is undone; NBSP and other non-ASCII spaces are kept.
    """
    return [re.sub(r"[ \t\r\n]+", " ", p).strip() for p in block.strip().split("\n\n") if p.strip()]


def norm(s: str) -> str:
    """Whitespace normalisation used for every comparison in validation."""
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def body_paras(s: dict) -> list[str]:
    """Body paragraphs as published: dateline glued to the first paragraph."""
    paras = list(s["paras"])
    return [s.get("dateline", "") + paras[0], *paras[1:]]


class TextDoc:
    """Builds a scraped plain-text page; remembers which lines are chrome."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.chrome: list[str] = []

    def add(self, text: str) -> None:
        self.blocks.append(text)

    def chrome_block(self, *lines: str | None) -> None:
        lines = [ln for ln in lines if ln is not None]
        self.blocks.append("\n".join(lines))
        self.chrome.extend(ln for ln in lines if ln.strip())

    def body(self, s: dict, paras: list[str] | None = None) -> None:
        paras = body_paras(s) if paras is None else paras
        inserts = s.get("inserts", {})
        for i, p in enumerate(paras):
            self.add(p)
            if i in inserts:
                self.chrome_block(*inserts[i])

    def render(self, newline: str = "\n") -> str:
        text = "\n\n".join(self.blocks) + "\n"
        return text if newline == "\n" else text.replace("\n", newline)


def curly(text: str) -> str:
    """Straight quotes -> typographic quotes (for the re-scrape noise)."""
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    return text.replace("'", "\u2019")


def typo_noise(paras: list[str]) -> list[str]:
    """Re-scrape noise: curly quotes, doubled spaces, NBSPs and hard wrapping."""
    out = []
    for i, p in enumerate(paras):
        p = curly(p)
        p = re.sub(r"\. (?=[A-Z])", ".  ", p)  # doubled sentence spaces
        p = re.sub(r"(\d)% ", "\\1%\u00a0", p)  # NBSP after percentages
        p = re.sub(r"(\d) (yen|per)\b", "\\1\u00a0\\2", p)  # NBSP inside amounts
        width = 68 if i % 2 else 74
        p = "\n".join(
            textwrap.wrap(
                p, width=width, break_long_words=False, break_on_hyphens=False, drop_whitespace=True
            )
        )
        out.append(p)
    return out


def mojibake(text: str) -> str:
    """UTF-8 text wrongly decoded as Windows-1252 (e.g. 'é' -> 'Ã©', '’' -> 'â€™')."""
    return text.encode("utf-8").decode("cp1252")


def esc(t: str) -> str:
    return html.escape(t, quote=False)


def attr(t: str) -> str:
    return html.escape(t, quote=True)


def gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


# --------------------------------------------------------------------------
# 2. site chrome renderers
#    Each returns (payload, chrome_lines, format) where payload is str
#    (text/html page) or dict (JSON record).
# --------------------------------------------------------------------------

REUTERS_PAYWALL = [
    "Article type: metered",
    "User Type: anonymous web",
    "User Status:",
    "Campaign ID: 46",
    "Cxense type: free",
    "User access status: 3",
    "Join our Telegram channel to get our Evening Alerts and breaking news highlights",
]
REUTERS_STANDARDS = "Our Standards: The Thomson Reuters Trust Principles."
AP_COPYRIGHT = (
    "Copyright 2021 The Associated Press. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed."
)


def r_reuters_txt(s):
    d = TextDoc()
    d.add(s["title"])
    if s.get("stamp"):
        d.chrome_block(*s["stamp"])
    if s.get("caption"):
        d.chrome_block(f"{s['caption']} {s['credit']}")
    paras = body_paras(s)
    if s.get("noise"):
        paras = typo_noise(paras)
    d.body(s, paras)
    d.chrome_block(s["credits"])
    if s.get("standards"):
        d.chrome_block(REUTERS_STANDARDS)
    d.chrome_block(*REUTERS_PAYWALL)
    d.chrome_block(f"Next In {s['section']}")
    d.chrome_block(*s["related"])
    d.chrome_block("Stories You'll Enjoy")
    return d.render("\r\n" if s.get("noise") else "\n"), d.chrome, "text"


def r_ap_txt(s):
    d = TextDoc()
    d.add(s["title"])
    d.chrome_block(f"By {s['byline']}", s["publine"])
    if s.get("caption"):
        d.chrome_block(f"{s['caption']} ({s['credit']})")
    d.body(s)
    d.chrome_block("___")
    for line in s.get("tail", []):
        d.chrome_block(line)
    d.chrome_block(AP_COPYRIGHT)
    return d.render(), d.chrome, "text"


def r_local_txt(s):
    """US local paper: cookie notice, nav, byline, ads, subscribe, comments."""
    d = TextDoc()
    site = s["site"]
    for block in site["top"]:
        d.chrome_block(*block)
    d.add(s["title"])
    d.chrome_block(*s["head"])
    if s.get("caption"):
        d.chrome_block(f"{s['caption']} ({s['credit']})")
    d.body(s)
    for block in s.get("tail", []) + site["bottom"]:
        d.chrome_block(*block)
    return d.render(), d.chrome, "text"


def r_generic_txt(s):
    """Data-driven page: s['head'] / s['cap_lines'] / s['tail'] are lists of chrome blocks."""
    d = TextDoc()
    for block in s.get("pre", []):
        d.chrome_block(*block)
    d.add(s["title"])
    for block in s.get("head", []):
        d.chrome_block(*block)
    if s.get("cap_lines"):
        d.chrome_block(*s["cap_lines"])
    d.body(s)
    for block in s.get("tail", []):
        d.chrome_block(*block)
    return d.render(), d.chrome, "text"


def r_html(s):
    """A full HTML page with head metadata, JSON-LD and lots of chrome."""
    st = s["site"]
    ch: list[str] = []

    def C(t: str) -> str:
        ch.append(t)
        return esc(t)

    lang = s["lang"]
    charset = st.get("charset", "utf-8")
    title_tag = s["title"] + st["title_suffix"]
    meta = [
        f'<meta charset="{charset}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title_tag)}</title>",
        f'<meta name="description" content="{attr(s["description"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{attr(st["name"])}">',
        f'<meta property="og:title" content="{attr(s["title"])}">',
        f'<meta property="og:url" content="{attr(s["url"])}">',
        f'<meta property="og:image" content="{attr(s["url"].rsplit("/", 1)[0])}/lead.jpg">',
        f'<link rel="canonical" href="{attr(s["url"])}">',
    ]
    if s.get("meta_author"):
        meta.append(f'<meta name="author" content="{attr(s["meta_author"])}">')
    if s.get("published"):
        meta.append(f'<meta property="article:published_time" content="{s["published"]}">')
    if s.get("modified"):
        meta.append(f'<meta property="article:modified_time" content="{s["modified"]}">')
    if s.get("section"):
        meta.append(f'<meta property="article:section" content="{attr(s["section"])}">')
    if s.get("jsonld") is not False:
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": s["title"],
            "datePublished": s.get("published"),
            "dateModified": s.get("modified") or s.get("published"),
            "author": s.get("ld_author", [{"@type": "Person", "name": a} for a in s["authors"]]),
            "publisher": {
                "@type": "Organization",
                "name": st["name"],
                "logo": {"@type": "ImageObject", "url": st["home"] + "/static/logo.png"},
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": s["url"]},
            "image": [s["url"].rsplit("/", 1)[0] + "/lead.jpg"],
            "inLanguage": lang,
        }
        if s.get("section"):
            ld["articleSection"] = s["section"]
        if st.get("ld_graph"):
            ld = {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "WebSite", "name": st["name"], "url": st["home"]},
                    {k: v for k, v in ld.items() if k != "@context"},
                ],
            }
        meta.append(
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False, indent=1)
            + "</script>"
        )
    meta.append('<link rel="stylesheet" href="/static/site.css">')
    meta.append(
        "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
        "gtag('js',new Date());</script>"
    )

    out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", *meta, "</head>", "<body>"]
    if st.get("cookie"):
        out.append('<div id="cookie-banner" class="cookie-consent" role="dialog">')
        out.append(f"<p>{C(st['cookie'])}</p>")
        for b in st["cookie_buttons"]:
            out.append(f'<button type="button">{C(b)}</button>')
        out.append("</div>")
    out.append('<header class="site-header">')
    out.append(f'<a class="logo" href="{attr(st["home"])}">{C(st["name"])}</a>')
    out.append('<nav class="main-nav"><ul>')
    for item in st["nav"]:
        out.append(f'<li><a href="/{attr(item.lower().replace(" ", "-"))}">{C(item)}</a></li>')
    out.append("</ul></nav>")
    if st.get("header_extra"):
        out.append(f'<div class="ticker">{C(st["header_extra"])}</div>')
    out.append("</header>")
    out.append('<main id="main-content">')
    out.append('<article class="story">')
    if s.get("breadcrumbs"):
        out.append(
            '<ol class="breadcrumbs">'
            + "".join(f'<li><a href="#">{C(b)}</a></li>' for b in s["breadcrumbs"])
            + "</ol>"
        )
    out.append(f'<h1 class="headline">{esc(s["title"])}</h1>')
    for line in s.get("byline_lines", []):
        out.append(f'<div class="byline">{C(line)}</div>')
    if s.get("visible_date"):
        out.append(
            f'<time datetime="{attr(s.get("published") or "")}">{C(s["visible_date"])}</time>'
        )
    if s.get("caption"):
        shown = s.get(
            "credit_shown", s["credit"]
        )  # credit as printed, e.g. "Foto: X" / "(AP Photo/X)"
        ch.append(f"{s['caption']} {shown}")
        out.append(
            '<figure class="lead-image">'
            f'<img src="{attr(s["url"].rsplit("/", 1)[0])}/lead.jpg" alt="{attr(s["caption"])}">'
            f'<figcaption>{esc(s["caption"])} <span class="credit">{esc(shown)}</span>'
            "</figcaption></figure>"
        )
    if st.get("share"):
        out.append(
            '<div class="share-tools">'
            + "".join(f'<a class="share" href="#">{C(x)}</a>' for x in st["share"])
            + "</div>"
        )
    out.append('<div class="article-body">')
    inserts = s.get("inserts", {})
    for i, p in enumerate(body_paras(s)):
        out.append(f"<p>{esc(p)}</p>")
        for ins in inserts.get(i, []):
            if ":" in ins and not ins.startswith("©"):
                label, rest = ins.split(":", 1)
                ch.append(ins)
                out.append(
                    f'<p class="inline-related"><strong>{esc(label)}:</strong>'
                    f'<a href="#">{esc(rest)}</a></p>'
                )
            else:
                out.append(f'<div class="ad-slot"><span class="ad-label">{C(ins)}</span></div>')
    for line in s.get("end_lines", []):
        out.append(f'<p class="credits">{C(line)}</p>')
    out.append("</div>")
    if s.get("tags"):
        out.append(
            '<ul class="tags">'
            + "".join(f'<li><a href="#">{C(t)}</a></li>' for t in s["tags"])
            + "</ul>"
        )
    out.append("</article>")
    if s.get("related"):
        out.append('<aside class="related">')
        out.append(f"<h2>{C(st['related_title'])}</h2><ul>")
        for r in s["related"]:
            out.append(f'<li><a href="#">{C(r)}</a></li>')
        out.append("</ul></aside>")
    if s.get("comments"):
        out.append('<section id="comments" class="comments">')
        out.append(f"<h3>{C(st['comments_title'].format(n=len(s['comments'])))}</h3>")
        for user, text in s["comments"]:
            out.append(
                f'<div class="comment"><span class="user">{C(user)}</span><p>{C(text)}</p></div>'
            )
        if st.get("comments_foot"):
            out.append(f'<a class="login" href="/login">{C(st["comments_foot"])}</a>')
        out.append("</section>")
    out.append("</main>")
    out.append('<footer class="site-footer">')
    for line in st["footer"]:
        out.append(f"<p>{C(line)}</p>")
    out.append("</footer>")
    out.append('<script src="/static/app.js" defer></script>')
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n", ch, "html"


def json_lines_with_chrome(s):
    """Body paragraphs with inserts, then trailing chrome lines (for JSON text fields)."""
    lines, ch = [], []
    inserts = s.get("inserts", {})
    for i, p in enumerate(body_paras(s)):
        lines.append(p)
        for ins in inserts.get(i, []):
            lines.append(ins)
            ch.append(ins)
    for t in s.get("tail_lines", []):
        lines.append(t)
        ch.append(t)
    return lines, ch


def r_newsplease(s):
    lines, ch = json_lines_with_chrome(s)
    obj = {
        "authors": s["np_authors"],
        "date_download": s["np_download"],
        "date_modify": s.get("np_modify"),
        "date_publish": s["np_publish"],
        "description": s["description"],
        "filename": re.sub(r"[^A-Za-z0-9]+", "_", s["url"].split("://", 1)[1]).strip("_") + ".json",
        "image_url": s.get("image_url"),
        "language": s.get("np_language", s["lang"]),
        "localpath": None,
        "maintext": s.get("np_sep", "\n").join(lines),
        "source_domain": s["source_domain"],
        "text": None,
        "title": s["title"],
        "title_page": s.get("title_page"),
        "title_rss": None,
        "url": s["url"],
    }
    return obj, ch, "json"


def r_trafilatura(s):
    lines, ch = json_lines_with_chrome(s)
    text = "\n".join(lines)
    obj = {
        "title": s["title"],
        "author": s.get("tf_author"),
        "hostname": s["hostname"],
        "date": s.get("tf_date"),
        "fingerprint": fingerprint(text),
        "id": None,
        "license": None,
        "comments": "",
        "text": text,
        "language": s.get("tf_language"),
        "image": s.get("image_url"),
        "pagetype": "article",
        "source": s["url"],
        "source-hostname": s["source_hostname"],
        "excerpt": s["description"],
        "categories": s.get("categories", ""),
        "tags": s.get("tf_tags", ""),
        "url": s["url"],
    }
    return obj, ch, "json"


def r_newsbeam(s):
    """newsbeam's own crawler shape: text or html."""
    obj = {"url": s["url"], "title": s["title"]}
    if s.get("nb_html"):
        page, ch, _ = r_html(s)
        obj["html"] = page
    else:
        lines, ch = json_lines_with_chrome(s)
        obj["text"] = "\n\n".join(lines)
    if "nb_published" in s:
        obj["published"] = s["nb_published"]
    obj["language"] = s.get("nb_language", s["lang"])
    obj["outlet"] = s["outlet"]
    obj["authors"] = s.get("nb_authors", [])
    return obj, ch, "json"


RENDERERS = {
    "reuters_txt": r_reuters_txt,
    "ap_txt": r_ap_txt,
    "local_txt": r_local_txt,
    "generic_txt": r_generic_txt,
    "html": r_html,
    "newsplease": r_newsplease,
    "trafilatura": r_trafilatura,
    "newsbeam": r_newsbeam,
}


# --------------------------------------------------------------------------
# 3. story data
# --------------------------------------------------------------------------

# Invented "related headlines" used in site chrome.
REL_WORLD = [
    "Peru's election board begins review of contested ballots",
    "Floods displace thousands along Somalia's Shabelle river, U.N. says",
    "Greek ferry crews stage 24-hour strike over pay",
    "Canada sends extra water bombers to fight Manitoba fires",
    "Sri Lankan navy recovers drums from burning cargo ship",
    "Swiss voters to decide on pesticide curbs in June referendum",
    "Heavy rain triggers landslides in northern Vietnam",
    "Polish farmers block roads in protest over grain prices",
    "Nepal reopens Everest base camp clinic after outbreak",
    "Mozambique says aid convoys reach besieged northern town",
    "Ireland to allow outdoor dining from early June",
    "Fiji lifts curfew in capital as virus cases fall",
    "Morocco opens desalination plant near Agadir",
    "Ecuador's navy seizes fishing vessel near Galapagos",
]
REL_BUSINESS = [
    "Oil steadies as traders weigh U.S. stockpile draw",
    "Dollar slips ahead of U.S. jobs report",
    "Copper hovers near record as supply worries mount",
    "Gold edges up as bond yields retreat",
    "Asian shares mixed as investors eye inflation data",
    "Shipping rates climb as container shortage persists",
    "Euro zone factory growth hits record in April, survey shows",
    "Palm oil futures fall on weaker export demand",
    "Japan's Nikkei ends flat as earnings season peaks",
    "Brazilian real firms after central bank rate hike",
    "Wheat futures ease as U.S. crop ratings improve",
    "Indian rupee weakens as virus cases climb",
    "Australian dollar rises on strong commodity prices",
    "Chip shortage forces more carmakers to trim output",
]


def rel(pool: list[str], start: int, n: int = 10) -> list[str]:
    return [pool[(start + i) % len(pool)] for i in range(n)]


# ---- shared bodies (used by several records of one cluster) -------------

HEAT_STUDY_PARAS = P("""
Blocks lined with mature shade trees can be as much as 5 degrees Fahrenheit cooler on summer
afternoons than nearby streets with little canopy, according to a study released Wednesday by
researchers who spent two summers mapping heat across the Boston area.

The team fitted more than 300 small sensors to lampposts, fences and tree trunks in 11
neighborhoods, logging temperatures every 10 minutes from June through September in 2019 and 2020.
They then compared the readings with satellite images of tree cover and pavement.

The difference was largest in the late afternoon, when asphalt and brick release the heat they
absorb during the day, said Elena Vasquez, an environmental engineer who led the project.

"People feel this intuitively when they cross the street to walk in the shade," Vasquez said.
"What we wanted to know was how big the effect is for a whole block, and whether it lasts into the
evening, when many people without air conditioning are trying to sleep."

The study found that the cooling effect faded after dark but did not disappear. Streets with dense
canopy stayed about 2 degrees cooler at midnight, which the researchers said could matter for older
residents and people with heart or lung conditions.

The findings add to a growing body of research showing that lower-income neighborhoods, which often
have fewer trees, bear the brunt of urban heat. In the study area, the least shaded blocks were
concentrated in places where median household income was below the regional average.

Several cities in Massachusetts have pledged to expand their tree canopy, but planting programs face
obstacles, including the cost of maintenance, underground utility lines and the years it takes a
sapling to grow large enough to cast meaningful shade.

"A tree you plant this spring is not going to help anyone this July," said Daniel Okafor, a city
forester in nearby Somerville who was not involved in the research. "That's why protecting the big
trees we already have is just as important as planting new ones."

The researchers said they plan to share their sensor data with local officials to help decide where
new trees would do the most good.
""")

HEAT_STUDY = dict(
    cluster="ap-cambridge-heat-study",
    date="2021-05-05",
    dateline="CAMBRIDGE, Mass. (AP) \u2014 ",
    city="Cambridge",
    country="US",
    region="americas",
    agency="AP",
    authors=["Sarah O'Neill", "Jacob Lind"],
    editors=[],
    lang="en",
    section=None,
    paras=HEAT_STUDY_PARAS,
    must_have=[
        "They then compared the readings with satellite images of tree cover and pavement.",
        "The researchers said they plan to share their sensor data with local officials to help decide "
        "where new trees would do the most good.",
    ],
)
HEAT_CONTRIB = "Associated Press writer Jacob Lind in Boston contributed to this report."

TOKYO_PARAS = P("""
Japanese household spending rose for the first time in four months in March, government data showed
on Friday, as consumers ventured back to restaurants and department stores after a state of
emergency in the Tokyo area was lifted.

Spending climbed 6.2% from a year earlier, compared with a median market forecast for a 1.5%
increase, the internal affairs ministry said. The jump partly reflects a weak comparison with March
last year, when the coronavirus first prompted people to stay at home.

On a month-on-month, seasonally adjusted basis, spending rose 7.2%, the strongest monthly gain in
more than a year.

Outlays on eating out, clothing and travel all increased, a ministry official told reporters, while
spending on home appliances and groceries, which had been boosted by the pandemic, fell back.

"The data confirm that consumption was recovering in March, but that momentum is unlikely to last,"
said Hiroshi Tanabe, senior economist at a Tokyo-based research institute. "With new emergency
measures in place since late April, we expect spending to drop again in the second quarter."

The government declared a fresh state of emergency for Tokyo, Osaka and two other prefectures in
late April, ordering bars and restaurants serving alcohol to close and asking large shopping
centers to shut their doors.

Private consumption accounts for more than half of Japan's economy, and analysts expect gross
domestic product to have contracted in the January-March quarter. Preliminary GDP figures are due on
May 18.

Separate data showed real wages edged up 0.4% in March from a year earlier, the first rise in three
months, helped by a recovery in overtime pay at manufacturers.

The yen was little changed after the data, trading at around 109 per dollar.
""")

TOKYO = dict(
    cluster="reuters-tokyo-household-spending",
    role="original",
    file="reuters_tokyo_household_spending.txt",
    render="reuters_txt",
    title="Japan's household spending rises in March as consumers return to shops",
    date="2021-05-07",
    dateline="TOKYO, May 7 (Reuters) - ",
    city="Tokyo",
    country="JP",
    region="asia",
    agency="Reuters",
    authors=["Yuki Hanada"],
    editors=["Kim Bradley"],
    lang="en",
    caption="Shoppers walk along a shopping street in Tokyo, Japan, May 6, 2021.",
    credit="REUTERS/Kenji Morita",
    section="Business",
    paras=TOKYO_PARAS,
    credits="(Reporting by Yuki Hanada; Editing by Kim Bradley)",
    related=rel(REL_BUSINESS, 0),
    must_have=[
        "Outlays on eating out, clothing and travel all increased, a ministry official told reporters, "
        "while spending on home appliances and groceries, which had been boosted by the pandemic, fell back.",
        "Preliminary GDP figures are due on May 18.",
    ],
)

SYDNEY_PARAS = P("""
Home prices in Sydney rose for an eighth straight month in April, an industry report showed on
Thursday, even as a surge in new listings gave buyers more choice and some economists warned the pace
of gains could not last.

The median dwelling value in Australia's largest city climbed 2.1% in April to a record A$1.03
million ($800,000), according to property data firm Harbourview Analytics. Prices have risen 9.4%
since the start of the year.

The number of homes listed for sale in Sydney rose 18% from March, the firm said, as owners sought to
take advantage of strong demand. In previous booms, a rise in supply of that size has usually cooled
prices within a few months.

"What's unusual this time is that buyers are absorbing the extra stock almost as quickly as it comes
on the market," said Rachel Dunmore, head of research at Harbourview. "Record low mortgage rates are
doing a lot of the work."

The Reserve Bank of Australia has kept its cash rate at 0.1% and has said it does not expect to raise
it for several years, although it has noted that lending standards need to be watched closely.

First-home buyers have been squeezed out of parts of the market, with their share of new loans
falling for a third straight month in March, official figures showed last week.

In Melbourne, prices rose 1.4% in April, while Brisbane and Adelaide recorded gains of around 1.8%.
Perth was the only major capital where prices were broadly flat.

Economists at two major banks said they expected national price growth to slow in the second half of
the year as affordability worsens and government incentives for new builds expire.
""")

SYDNEY_UPDATE_PARAS = P("""
On Friday, the country's banking regulator said it was watching growth in housing credit closely but
saw no immediate need to tighten lending standards.

Separately, the New South Wales government said it would bring forward the release of land for about
3,000 new homes in Sydney's south-west to ease pressure on supply.
""")

SYDNEY = dict(
    cluster="reuters-sydney-home-prices",
    role="original",
    file="reuters_sydney_home_prices.txt",
    render="reuters_txt",
    title="Sydney home prices climb for eighth month as listings surge",
    date="2021-05-06",
    dateline="SYDNEY (Reuters) - ",
    city="Sydney",
    country="AU",
    region="oceania",
    agency="Reuters",
    authors=["Emma Collins"],
    editors=["Simon Tait"],
    lang="en",
    section="Business",
    paras=SYDNEY_PARAS,
    stamp=["Published May 6, 2021 08:15 GMT"],
    credits="(Reporting by Emma Collins; Editing by Simon Tait)",
    related=rel(REL_BUSINESS, 4),
    must_have=[
        "Perth was the only major capital where prices were broadly flat.",
        "In previous booms, a rise in supply of that size has usually cooled prices within a few months.",
    ],
)


# ---- plain-text pages -----------------------------------------------------

TXT_STORIES = [
    dict(
        cluster="reuters-mexico-avocado-drought",
        role="single",
        file="reuters_mexico_avocado_drought.txt",
        render="reuters_txt",
        title="Mexican avocado growers brace for water shortages as drought deepens",
        # Caption date (May 5) is NOT the publication date: "on Thursday" after it is May 6.
        date="2021-05-06",
        dateline="MEXICO CITY (Reuters) - ",
        city="Mexico City",
        country="MX",
        region="americas",
        agency="Reuters",
        authors=["Laura Ortega", "Tomas Reyes"],
        editors=["Peter Maddox"],
        lang="en",
        caption="A worker carries a crate of avocados at an orchard in Tancitaro, Michoacan state, Mexico May 5, 2021.",
        credit="REUTERS/Alejandra Ruiz",
        section="World",
        credits="(Reporting by Laura Ortega in Mexico City; Additional reporting by Tomas Reyes in Uruapan; "
        "Editing by Peter Maddox)",
        related=rel(REL_WORLD, 0),
        paras=P("""
Avocado growers in western Mexico warned on Thursday that a deepening drought could cut this
season's harvest by as much as a fifth, as reservoirs in the main producing state of Michoacan fell
to their lowest levels in nearly three decades.

The Michoacan Avocado Producers' Council said in a statement that roughly 40% of irrigated orchards
had received less than half of their usual water allocation since February, and that rain-fed plots
were showing signs of stress earlier than in previous dry years.

"We have never seen the dams this low at the start of May," said Rogelio Fuentes, a grower who farms
60 hectares near Uruapan. "If the rains are late again, a lot of small producers are going to lose
their trees, not just their fruit."

Mexico is the world's largest avocado producer and supplies most of the fruit sold in the United
States, where demand has risen steadily over the past decade. Exports were worth around $3 billion
last year, according to agriculture ministry data.

The national water commission said on Wednesday that 85% of the country was experiencing some degree
of drought, with the most severe conditions concentrated in the north and center. It has asked
farmers in several districts to reduce pumping from wells until the rainy season begins.

Environmental groups have long argued that the rapid spread of avocado orchards, often on land
cleared from pine forest, has made the region more vulnerable to dry spells by disrupting the
recharge of aquifers.

Fuentes acknowledged the criticism but said most growers were now investing in drip irrigation and
water storage ponds. "Nobody wants to waste water, because nobody can afford to," he said.

Wholesale prices for Hass avocados in Mexico City's main market have climbed about 15% over the past
month, traders said, and importers in the United States expect prices to stay high through the
summer.

The producers' council said it would ask the federal government for emergency support for small
growers, including credit to drill deeper wells and help with the cost of trucking water to
orchards.

In Uruapan, the region's main packing hub, some packers said they had already received fewer trucks
of fruit from smaller orchards in recent weeks, as growers held back harvesting in the hope that fruit
would size up if rain arrived.

Agronomists say avocado trees need a steady supply of water during flowering and fruit set, and that
stress at this stage can reduce yields not only this season but in the following one as well.

The drought has also hit other crops. Sugar cane, corn and bean farmers in several central states
have reported losses, and cattle ranchers in the north have been forced to sell animals early because
of a lack of pasture.

Meteorologists expect the rainy season to begin in June, although some forecasters warned that its
arrival could be delayed in parts of western Mexico.
"""),
        must_have=[
            "Mexico is the world's largest avocado producer and supplies most of the fruit sold in the United "
            "States, where demand has risen steadily over the past decade.",
            "It has asked farmers in several districts to reduce pumping from wells until the rainy season begins.",
        ],
    ),
    # -- syndication group: AP original --------------------------------------
    dict(
        HEAT_STUDY,
        role="original",
        file="ap_cambridge_street_trees.txt",
        render="ap_txt",
        title="Study: Street trees can cool city blocks by up to 5 degrees",
        byline="SARAH O'NEILL",
        publine="May 5, 2021",
        caption="Graduate student Maya Castillo checks a temperature sensor attached to a maple tree in "
        "Cambridge, Mass., on Tuesday, May 4, 2021.",
        credit="AP Photo/Steven Kroll",
        tail=[HEAT_CONTRIB, "Follow Sarah O'Neill on Twitter: https://twitter.com/soneill_ap"],
    ),
    # -- syndication group: local paper repost (plain text) --------------------
    dict(
        HEAT_STUDY,
        role="syndicated",
        file="dailyledger_shade_trees_heat.txt",
        render="local_txt",
        title="Researchers say more shade trees could ease summer heat in cities",
        site=dict(
            top=[
                [
                    "We use cookies to give you the best experience on our website. By continuing to use this "
                    "site, you agree to our use of cookies.",
                    "Accept",
                    "Learn more",
                ],
                ["Home | News | Sports | Opinion | Obituaries | e-Edition | Classifieds"],
            ],
            bottom=[
                ["Subscribe now for unlimited access to The Daily Ledger"],
                [
                    "Comments",
                    "Be the first to comment on this story.",
                    "Please keep comments civil. Comments are moderated.",
                ],
                ["Follow us on Twitter and Facebook"],
                [
                    "\u00a9 2021 The Daily Ledger, a member of Ledger Media Group. All rights reserved.",
                    "Privacy Policy | Terms of Use | Cookie Settings",
                ],
            ],
        ),
        head=["By SARAH O'NEILL Associated Press", "Posted May 5, 2021 at 4:57 PM"],
        inserts={2: ["Advertisement"], 6: ["Advertisement"]},
        tail=[[HEAT_CONTRIB], [AP_COPYRIGHT]],
    ),
    # -- re-scrape pair: clean scrape ----------------------------------------
    TOKYO,
    # -- re-scrape pair: noisy copy (curly quotes, NBSP, double spaces, hard wraps, CRLF) --
    dict(
        TOKYO,
        role="rescrape",
        file="reuters_tokyo_household_spending_rescrape.txt.gz",
        title="Japan\u2019s household spending rises in March as consumers return to shops",
        noise=True,
        # Reuters page glue: date and time run together ("20211:05"); still 2021-05-07.
        stamp=["May 7, 20211:05 AM UTCLast Updated ago"],
        related=rel(REL_BUSINESS, 3),
        standards=True,
    ),
    # -- update pair ----------------------------------------------------------
    SYDNEY,
    dict(
        SYDNEY,
        role="update",
        file="reuters_sydney_home_prices_updated.txt",
        stamp=["Published May 6, 2021 08:15 GMT", "Updated May 7, 2021 10:00 GMT"],
        paras=SYDNEY_PARAS + SYDNEY_UPDATE_PARAS,
        authors=["Emma Collins", "Liam Grady"],
        editors=["Simon Tait", "Paul Henning"],
        credits="(Reporting by Emma Collins; Additional reporting by Liam Grady; Editing by Simon Tait "
        "and Paul Henning)",
        related=rel(REL_BUSINESS, 6),
        must_have=SYDNEY["must_have"]
        + [
            "Separately, the New South Wales government said it would bring forward the release of land for "
            "about 3,000 new homes in Sydney's south-west to ease pressure on supply.",
        ],
    ),
    # -- hard negatives: same event (Lagos ferry launch), different stories --
    dict(
        cluster="hn-lagos-ferry-ap",
        role="hard_negative",
        file="ap_lagos_ferry_launch.txt",
        render="ap_txt",
        title="Lagos bets on ferries to ease notorious traffic jams",
        date="2021-05-05",
        dateline="LAGOS, Nigeria (AP) \u2014 ",
        city="Lagos",
        country="NG",
        region="africa",
        agency="AP",
        authors=["Chinedu Okafor"],
        editors=[],
        lang="en",
        section=None,
        byline="CHINEDU OKAFOR",
        publine="May 5, 2021",
        caption="Passengers wearing life jackets sit aboard a new ferry at the Ikorodu jetty in Lagos, "
        "Nigeria, Wednesday, May 5, 2021.",
        credit="AP Photo/Bayo Adeniran",
        tail=["Follow AP's Africa coverage: https://apnews.com/hub/africa"],
        paras=P("""
Commuters in Nigeria's largest city boarded a new fleet of ferries on Wednesday as authorities in
Lagos tried to coax more people off the clogged roads and onto the lagoon that winds through the
sprawling metropolis.

Eight air-conditioned boats, each carrying up to 60 passengers, will run every 20 minutes between the
suburb of Ikorodu and the business district of Marina during morning and evening rush hours, said
Folake Adeyemi, the state's commissioner for transportation.

"A trip that takes three hours by road in the morning can take 45 minutes on the water," Adeyemi
told reporters at the Ikorodu jetty, where officials cut a ribbon as a brass band played. "We want
people to see the lagoon as a highway."

Lagos, home to an estimated 20 million people, is notorious for traffic jams known locally as
"go-slows" that can stretch for hours. Many workers leave home before dawn to reach offices on Lagos
Island and return late at night.

Water transport has long been part of life in the city, but many residents avoid the wooden boats
that operate informally on the lagoon because of safety concerns. Accidents involving overloaded
vessels are reported every year, often at night or in bad weather.

Tunde Bakare, managing director of the Lagos Water Transit Company, which will operate the new
service, said every passenger would be required to wear a life jacket and that the boats were fitted
with tracking devices monitored from a control room.

A one-way ticket costs 800 naira (about $2), more than the fare on the minibuses that dominate the
roads. Some commuters said the price would keep the service out of reach for many low-paid workers.

"It is fast and it is clean, but I cannot pay this every day," said Blessing Nwosu, a 34-year-old
hairdresser who rode the first morning boat to Marina.

Officials said they planned to add three more routes by the end of the year and to introduce a
cashless card that could be used on both ferries and the city's bus rapid transit system.

The state government says it has registered more than 40 jetties along the lagoon and plans to
upgrade a dozen of them over the next two years with proper waiting areas, lighting and ramps for
people with disabilities.

Transport experts say ferries alone will not solve the city's congestion but could make a real
difference for the hundreds of thousands of people who live in waterfront communities. "The lagoon is
the one road in Lagos that is never full," said Olumide Bankole, an urban planner at a Lagos
university.
"""),
        must_have=[
            "Accidents involving overloaded vessels are reported every year, often at night or in bad weather.",
            "Officials said they planned to add three more routes by the end of the year and to introduce a "
            "cashless card that could be used on both ferries and the city's bus rapid transit system.",
        ],
    ),
    dict(
        cluster="hn-lagos-ferry-afp",
        role="hard_negative",
        file="afp_lagos_ferry_service.txt",
        render="generic_txt",
        title="Nigeria's Lagos launches ferry service to beat gridlock",
        date="2021-05-05",
        dateline="LAGOS (AFP) - ",
        city="Lagos",
        country="NG",
        region="africa",
        agency="AFP",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        caption="A ferry carrying passengers leaves the Ikorodu terminal in Lagos on May 5, 2021.",
        credit="PIUS OKORO/AFP via Getty Images",
        head=[["AFP - Agence France Presse", "Published May 5, 2021 12:41 PM"]],
        cap_lines=[
            "A ferry carrying passengers leaves the Ikorodu terminal in Lagos on May 5, 2021. "
            "PIUS OKORO/AFP via Getty Images"
        ],
        inserts={4: ["Read more: Nigeria's fuel queues return as supply dispute drags on"]},
        tail=[
            ["\u00a9 AFP 2021"],
            [
                "More from AFP",
                "Kenya's tea auction prices slip on weak demand",
                "Ghana opens new terminal at Tema port",
            ],
        ],
        paras=P("""
Nigeria's economic capital Lagos on Wednesday launched a ferry service linking its crowded suburbs to
the city centre, hoping to lure commuters away from some of the worst traffic in Africa.

The first boat left the Ikorodu terminal shortly after 6:00 am (0500 GMT) with around 40 passengers
on board, an AFP correspondent saw, arriving at the Marina jetty on Lagos Island about 50 minutes
later.

Transport commissioner Folake Adeyemi said the eight-boat fleet would initially carry some 5,000
passengers a day, rising to 15,000 when more vessels are delivered later this year.

"The roads alone can no longer carry this city," she said at the launch ceremony. "Our waterways are
an asset we have ignored for too long."

Lagos, a megacity whose population is growing by hundreds of thousands every year, has struggled to
build enough transport infrastructure, and most people rely on yellow minibuses known as danfos and
on motorbike taxis.

Boat travel on the lagoon has a poor safety record, with dozens of people killed each year in
accidents involving overloaded or poorly maintained wooden vessels.

Tunde Bakare, head of the state-owned operator, said the new boats had been inspected by the national
waterways regulator and that crew members had received training in rescue procedures.

Some passengers welcomed the shorter journey but complained about the fare of 800 naira, roughly
double what many pay for the same trip by bus.

"If they reduce the price, everybody will come," said Ibrahim Musa, a security guard travelling to
his job in the business district.
"""),
        must_have=[
            "Boat travel on the lagoon has a poor safety record, with dozens of people killed each year in "
            "accidents involving overloaded or poorly maintained wooden vessels.",
            "Some passengers welcomed the shorter journey but complained about the fare of 800 naira, roughly "
            "double what many pay for the same trip by bus.",
        ],
    ),
    # -- hard negatives: templated daily market reports -----------------------
    dict(
        cluster="hn-nse-2021-05-03",
        role="hard_negative",
        file="xinhua_nse_close_2021-05-03.txt",
        render="generic_txt",
        title="Kenyan stocks close lower as Safaricom weighs",
        date="2021-05-03",
        dateline="NAIROBI, May 3 (Xinhua) -- ",
        city="Nairobi",
        country="KE",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=["Liu Wen"],
        lang="en",
        section=None,
        head=[["Source: Xinhua| 2021-05-03 23:15:42|Editor: Liu Wen"], ["Video PlayerClose"]],
        tail=[["Enditem"], ["Copyright \u00a9 2000-2021 XINHUANET.com All rights reserved."]],
        paras=P("""
Stocks on the Nairobi Securities Exchange (NSE) closed lower on Monday, with the NSE 20 share index
shedding 0.41 percent to settle at 1,893.42 points.

The broader NSE All Share Index (NASI) fell 0.62 percent to 162.87 points, while the NSE 25 share
index declined 0.55 percent to close at 3,612.08 points.

Market turnover stood at 412.6 million shillings (about 3.84 million U.S. dollars), down from 508.1
million shillings on Friday, with 14.2 million shares changing hands across 1,106 deals.

Safaricom, the bourse's most valuable company, was the most actively traded counter, moving 6.1
million shares and easing 1.1 percent to 40.35 shillings.

Among the top gainers were Kakuzi, which rose 4.8 percent, and Sameer Africa, up 3.9 percent.
Standard Group led the losers with a drop of 9.6 percent, followed by Home Afrika, which fell 7.1
percent.

Foreign investors were net sellers during the session, accounting for 71 percent of total market
activity, according to exchange data. (1 U.S. dollar = 107.45 shillings)
"""),
        must_have=[
            "Safaricom, the bourse's most valuable company, was the most actively traded counter, moving 6.1 "
            "million shares and easing 1.1 percent to 40.35 shillings.",
            "Standard Group led the losers with a drop of 9.6 percent, followed by Home Afrika, which fell 7.1 percent.",
        ],
    ),
    dict(
        cluster="hn-nse-2021-05-04",
        role="hard_negative",
        file="xinhua_nse_close_2021-05-04.txt",
        render="generic_txt",
        title="Kenyan shares rebound on banking gains",
        date="2021-05-04",
        dateline="NAIROBI, May 4 (Xinhua) -- ",
        city="Nairobi",
        country="KE",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=["Zhang Yu"],
        lang="en",
        section=None,
        head=[["Source: Xinhua| 2021-05-04 23:08:17|Editor: Zhang Yu"], ["Video PlayerClose"]],
        tail=[["Enditem"], ["Copyright \u00a9 2000-2021 XINHUANET.com All rights reserved."]],
        paras=P("""
Stocks on the Nairobi Securities Exchange (NSE) closed higher on Tuesday, with the NSE 20 share index
gaining 0.44 percent to settle at 1,901.77 points.

The broader NSE All Share Index (NASI) rose 0.76 percent to 164.10 points, while the NSE 25 share
index advanced 0.79 percent to close at 3,640.52 points.

Market turnover stood at 655.3 million shillings (about 6.11 million U.S. dollars), up from 412.6
million shillings on Monday, with 19.8 million shares changing hands across 1,342 deals.

Equity Group, the lender, was the most actively traded counter, moving 4.3 million shares and
climbing 2.2 percent to 39.80 shillings.

Among the top gainers were East African Breweries, which rose 3.5 percent, and Britam, up 3.1
percent. Longhorn Publishers led the losers with a drop of 6.4 percent, followed by Flame Tree
Group, which fell 4.9 percent.

Foreign investors were net buyers during the session, accounting for 58 percent of total market
activity, according to exchange data. (1 U.S. dollar = 107.30 shillings)
"""),
        must_have=[
            "Equity Group, the lender, was the most actively traded counter, moving 4.3 million shares and "
            "climbing 2.2 percent to 39.80 shillings.",
            "Longhorn Publishers led the losers with a drop of 6.4 percent, followed by Flame Tree Group, "
            "which fell 4.9 percent.",
        ],
    ),
    dict(
        cluster="hn-nse-2021-05-05",
        role="hard_negative",
        file="xinhua_nse_close_2021-05-05.txt",
        render="generic_txt",
        title="Kenyan bourse ends mixed in thin trade",
        date="2021-05-05",
        dateline="NAIROBI, May 5 (Xinhua) -- ",
        city="Nairobi",
        country="KE",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=["Liu Wen"],
        lang="en",
        section=None,
        head=[["Source: Xinhua| 2021-05-05 23:21:09|Editor: Liu Wen"], ["Video PlayerClose"]],
        tail=[["Enditem"], ["Copyright \u00a9 2000-2021 XINHUANET.com All rights reserved."]],
        paras=P("""
Stocks on the Nairobi Securities Exchange (NSE) closed mixed on Wednesday, with the NSE 20 share
index slipping 0.25 percent to settle at 1,897.05 points.

The broader NSE All Share Index (NASI) edged up 0.28 percent to 164.56 points, while the NSE 25 share
index added 0.31 percent to close at 3,651.90 points.

Market turnover stood at 538.9 million shillings (about 5.03 million U.S. dollars), down from 655.3
million shillings on Tuesday, with 16.5 million shares changing hands across 1,215 deals.

Safaricom was again the most actively traded counter, moving 5.4 million shares and gaining 0.9
percent to 40.70 shillings.

Among the top gainers were KCB Group, which rose 2.7 percent, and the Nairobi Securities Exchange's
own stock, up 2.4 percent. Sanlam Kenya led the losers with a drop of 5.8 percent, followed by
Express Kenya, which fell 4.4 percent.

Foreign investors were net sellers during the session, accounting for 64 percent of total market
activity, according to exchange data. (1 U.S. dollar = 107.20 shillings)
"""),
        must_have=[
            "Safaricom was again the most actively traded counter, moving 5.4 million shares and gaining 0.9 "
            "percent to 40.70 shillings.",
            "Sanlam Kenya led the losers with a drop of 5.8 percent, followed by Express Kenya, which fell 4.4 percent.",
        ],
    ),
    # -- AFP in French -----------------------------------------------------------
    dict(
        cluster="afp-paris-velo",
        role="single",
        file="afp_paris_velo_fr.txt",
        render="generic_txt",
        title="À Paris, le vélo gagne du terrain sur la voiture depuis la crise sanitaire",
        date="2021-05-06",
        dateline="PARIS (AFP) - ",
        city="Paris",
        country="FR",
        region="europe",
        agency="AFP",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        caption="Des cyclistes circulent rue de Rivoli, à Paris, le 5 mai 2021",
        credit="AFP - Julien MARCHAND",
        head=[["Par AFP", "Publié le 06/05/2021 à 16h12", "Mis à jour le 06/05/2021 à 18h40"]],
        cap_lines=[
            "Des cyclistes circulent rue de Rivoli, à Paris, le 5 mai 2021 (AFP - Julien MARCHAND)"
        ],
        inserts={
            3: ["Lire aussi : Le télétravail a redessiné la carte des trajets en Île-de-France"]
        },
        tail=[
            ["\u00a9 AFP"],
            ["Partager :", "Facebook", "Twitter", "E-mail"],
            ["Suivez-nous sur Facebook et Twitter"],
        ],
        paras=P("""
Le nombre de cyclistes dans les rues de Paris a bondi de près de 30% en un an, selon un bilan publié
jeudi par la mairie, qui y voit la confirmation d'un changement durable des habitudes de déplacement
depuis le début de la crise sanitaire.

Les compteurs installés sur une soixantaine d'axes de la capitale ont enregistré en moyenne 1,2
million de passages par semaine en avril, contre environ 930.000 un an plus tôt, a précisé la
municipalité.

"Ce n'est plus un effet de mode ni un simple report lié aux grèves ou à la peur des transports en
commun", a estimé lors d'une conférence de presse l'adjoint chargé des mobilités, Étienne Garnier.
"Les Parisiens ont pris goût au vélo et ils le gardent."

La hausse est particulièrement marquée sur les pistes dites "coronapistes", aménagées à la hâte au
printemps 2020 et pérennisées depuis. Sur la rue de Rivoli, désormais largement interdite aux
voitures, la fréquentation a presque doublé.

Les associations d'usagers saluent ces chiffres mais réclament davantage de stationnements
sécurisés, alors que les vols restent fréquents. Selon une enquête citée par la mairie, un cycliste
sur cinq s'est déjà fait voler un vélo à Paris.

Du côté des automobilistes et de certains commerçants, le ton est plus critique. "On a retiré de la
place aux voitures sans proposer d'alternative aux livreurs et aux artisans qui viennent de
banlieue", déplore Claire Dumont, porte-parole d'une fédération de commerçants du centre de Paris.

La mairie prévoit de créer 180 kilomètres de pistes supplémentaires d'ici 2026 et d'ajouter 30.000
places de stationnement pour les vélos, dont une partie dans des parkings souterrains jusqu'ici
réservés aux voitures.

D'autres grandes villes françaises, comme Lyon, Bordeaux ou Strasbourg, font état de hausses
comparables, selon un baromètre national des mobilités actives publié en mars.
"""),
        must_have=[
            "Selon une enquête citée par la mairie, un cycliste sur cinq s'est déjà fait voler un vélo à Paris.",
            "La mairie prévoit de créer 180 kilomètres de pistes supplémentaires d'ici 2026 et d'ajouter 30.000 "
            "places de stationnement pour les vélos, dont une partie dans des parkings souterrains jusqu'ici "
            "réservés aux voitures.",
        ],
    ),
    # -- Bloomberg ---------------------------------------------------------------
    dict(
        cluster="bloomberg-singapore-electric-taxis",
        role="single",
        file="bloomberg_singapore_electric_taxis.txt",
        render="generic_txt",
        title="Singapore Taxi Operators Speed Up Switch to Electric Cars",
        # No dateline city: "(Bloomberg) --" only.
        date="2021-05-06",
        dateline="(Bloomberg) -- ",
        city=None,
        country="SG",
        region="asia",
        agency="Bloomberg",
        authors=["Wei Lin Tan", "Ananya Pillai"],
        editors=["Ramesh Iyer", "Colin Hart"],
        lang="en",
        section=None,
        head=[["May 6, 2021, 3:21 PM GMT+8"]],
        tail=[
            ["--With assistance from Ananya Pillai."],
            [
                "To contact the reporter on this story:",
                "Wei Lin Tan in Singapore at wtan47@bloomberg.net",
            ],
            [
                "To contact the editors responsible for this story:",
                "Ramesh Iyer at riyer12@bloomberg.net",
                "Colin Hart",
            ],
            ["For more articles like this, please visit us at bloomberg.com"],
            ["\u00a92021 Bloomberg L.P."],
        ],
        paras=P("""
Singapore's biggest taxi operators are accelerating plans to replace their fleets with electric
vehicles, betting that a wave of new charging points and government incentives will outweigh the
higher upfront cost of the cars.

Three of the city-state's main operators will add a combined 2,500 battery-powered taxis over the
next 18 months, according to people familiar with the plans, roughly doubling the number of electric
cabs currently on the road. The companies are in talks with several carmakers, the people said,
asking not to be identified because the discussions are private.

The government has said it wants all new taxis to be cleaner-energy models from 2030 and is targeting
60,000 charging points across the island by the end of the decade. A rebate of as much as S$20,000
($15,000) is available for buyers of fully electric cars.

"The economics have flipped faster than anyone expected," said Marcus Lee, an analyst at a
Singapore-based brokerage. "Once you factor in fuel and maintenance savings over a taxi's working
life, an electric car is already cheaper to run for a high-mileage driver."

Drivers have been slower to embrace the change. Many worry about the time lost while charging during
a shift and about a shortage of fast chargers in public housing estates, where most of them live.

One large ride-hailing platform has also offered discounts on rental fees for drivers who switch to
electric models, the people said.

Car sales in Singapore are tightly controlled through a quota system that requires buyers to bid for
a certificate of entitlement, which lasts 10 years. Electric cars made up less than 1% of the vehicle
population at the end of last year, according to official data.

Charging-network operators are expanding quickly to meet the expected demand. Several have announced
plans to install fast chargers at petrol stations, shopping malls and multistory car parks over the
next two years.
"""),
        must_have=[
            "Drivers have been slower to embrace the change.",
            "Car sales in Singapore are tightly controlled through a quota system that requires buyers to bid "
            "for a certificate of entitlement, which lasts 10 years.",
        ],
    ),
    # -- BBC ---------------------------------------------------------------------
    dict(
        cluster="bbc-ghana-cocoa-dryers",
        role="single",
        file="bbc_ghana_cocoa_dryers.txt",
        render="generic_txt",
        title="Ghana cocoa farmers turn to solar dryers as rains grow less predictable",
        date="2021-05-06",
        dateline="",
        city=None,
        country="GH",
        region="africa",
        agency=None,
        authors=["Kwame Boateng"],
        editors=[],
        lang="en",
        section=None,
        caption="Farmers in Ghana's Western Region have traditionally dried beans on raised mats in the sun",
        credit="Getty Images",
        head=[
            ["Published", "6 May 2021"],
            [
                "Share this with",
                "Email",
                "Facebook",
                "Messenger",
                "Twitter",
                "Pinterest",
                "WhatsApp",
                "LinkedIn",
                "Copy this link",
                "These are external links and will open in a new window",
            ],
            ["By Kwame Boateng", "BBC Africa business reporter"],
        ],
        cap_lines=[
            "Image source, Getty Images",
            "Image caption, Farmers in Ghana's Western Region have traditionally dried beans on "
            "raised mats in the sun",
        ],
        tail=[
            ["Related Topics", "Ghana", "Climate change", "Agriculture", "Cocoa"],
            [
                "More on this story",
                "Why some cocoa farmers are planting rubber instead",
                "3 March 2021",
                "Ghana's farmers count the cost of a wet harvest",
                "17 November 2020",
            ],
        ],
        paras=P("""
Cocoa farmers in Ghana, the world's second-largest producer of the crop, are experimenting with
solar-powered dryers as increasingly erratic rainfall makes it harder to dry beans in the open air.

For generations, farmers have spread freshly fermented beans on raised mats and turned them by hand
for up to a week until they are dry enough to store and sell. But sudden downpours during what should
be dry months can leave beans damp and mouldy, cutting their value or making them unsellable.

"Last year I lost almost a quarter of one harvest because the rain came when nobody expected it,"
says Akosua Mensah, who farms four hectares near the town of Sefwi Wiawso. "You cannot cover
everything quickly enough."

The dryers, which look like small greenhouses with plastic roofs and fans powered by solar panels,
can cut drying time to about three days and protect beans from rain. A pilot scheme run by a
farmers' co-operative has installed 40 of them in villages across the Western North Region.

Each unit costs about $1,500 (£1,080), far more than most smallholders can afford, so the
co-operative shares them between groups of up to 15 farmers, who pay a small fee for each bag dried.

Researchers say the quality of beans from the dryers is at least as good as sun-dried cocoa, and in
some cases better, because the temperature can be controlled more carefully.

Cocoa accounts for a large share of Ghana's export earnings and supports hundreds of thousands of
rural families. Most farms are small and many farmers earn very little, according to campaign
groups.

The co-operative hopes to install another 200 dryers by next year, but says it will need support
from government or buyers to do so. "The chocolate companies talk about sustainability," says its
chairman, Yaw Darko. "This is a concrete way to help."
"""),
        must_have=[
            "Each unit costs about $1,500 (£1,080), far more than most smallholders can afford, so the "
            "co-operative shares them between groups of up to 15 farmers, who pay a small fee for each bag dried.",
            "Researchers say the quality of beans from the dryers is at least as good as sun-dried cocoa, and in "
            "some cases better, because the temperature can be controlled more carefully.",
        ],
    ),
    # -- Guardian ----------------------------------------------------------------
    dict(
        cluster="guardian-london-electric-buses",
        role="single",
        file="guardian_london_electric_buses.txt",
        render="generic_txt",
        title="London\u2019s last diesel-only bus routes to go electric by 2023, says TfL",
        date="2021-05-06",
        dateline="",
        city=None,
        country="GB",
        region="europe",
        agency=None,
        authors=["Hannah Clarke"],
        editors=[],
        lang="en",
        section=None,
        caption="An electric double-decker bus charging at a depot in Walthamstow, east London.",
        credit="Oliver Finch/The Guardian",
        head=[
            [
                "Hannah Clarke Transport correspondent",
                "Thu 6 May 2021 17.45 BST",
                "Last modified on Thu 6 May 2021 20.10 BST",
            ]
        ],
        cap_lines=[
            "An electric double-decker bus charging at a depot in Walthamstow, east London. "
            "Photograph: Oliver Finch/The Guardian"
        ],
        inserts={
            2: [
                "Sign up to First Edition, our free daily newsletter \u2013 every weekday at 7am BST",
                "Privacy notice: newsletters may contain information about charities, online ads and "
                "content funded by outside parties.",
                "after newsletter promotion",
            ]
        },
        tail=[
            [
                "Explore more on these topics",
                "Transport",
                "London",
                "Buses",
                "Air pollution",
                "news",
            ],
            ["Share", "Reuse this content"],
        ],
        paras=P("""
More than 200 London bus routes that still rely entirely on diesel vehicles will be switched to
electric or hydrogen buses within two years, Transport for London has said, as it tries to cut air
pollution along some of the capital\u2019s busiest roads.

The plan, set out in a board paper published on Thursday, would mean that about 40% of the city\u2019s
9,000-strong fleet is zero-emission by the end of 2023, up from just over 7% today.

Routes in outer boroughs, where older buses have tended to be deployed after being replaced in
central London, will be prioritised. Officials said this was partly a response to complaints that
residents in poorer areas had been left breathing dirtier air.

\u201cFor too long the cleanest buses have gone to the places with the best transport links
already,\u201d said Priya Shah, a councillor in Newham who has campaigned on air quality. \u201cThis is a
chance to put that right.\u201d

The switch will require new charging equipment at more than 20 garages, many of which will need
upgraded connections to the electricity grid. TfL said it was working with the regional grid operator
to ensure capacity was available in time.

Bus operators have warned that the timetable is ambitious. One industry executive, who asked not to
be named, said delays in the delivery of vehicles were already causing headaches, and that some
depots could struggle to install chargers without closing for several weeks.

Campaigners welcomed the announcement but said electrification must not come at the expense of
service levels. Passenger numbers on London buses are still well below their pre-pandemic level, and
TfL faces a large gap in its finances after months of lost fare income.

A TfL spokesperson said the new buses would also be quieter and more comfortable, with USB charging
points and improved wheelchair spaces.

Before the pandemic, London\u2019s buses carried about 2bn passengers a year, roughly half of all bus
journeys made in England.

Air quality campaigners point out that buses are only one source of pollution on the capital\u2019s
roads, and that private cars, vans and taxis account for a much larger share of nitrogen dioxide
emissions in most boroughs.

\u201cThis is a welcome step, but it has to be part of a wider plan to get people out of their
cars,\u201d said Tom Reynolds of the campaign group Clean Streets London. \u201cA zero-emission bus
stuck in traffic is still stuck in traffic.\u201d
"""),
        must_have=[
            "Bus operators have warned that the timetable is ambitious.",
            "A TfL spokesperson said the new buses would also be quieter and more comfortable, with USB charging "
            "points and improved wheelchair spaces.",
        ],
    ),
    # -- CNN ("Denver (CNN)" glued to the first word, as scraped) -------------
    dict(
        cluster="cnn-denver-may-snow",
        role="single",
        file="cnn_colorado_late_snow.txt",
        render="generic_txt",
        title="Late-season storm dumps more than a foot of snow on Colorado's Front Range",
        # Published in EDT on May 5; the Updated line (May 6) must be ignored.
        date="2021-05-05",
        dateline="Denver (CNN)",
        city="Denver",
        country="US",
        region="americas",
        agency=None,
        authors=["Sam Whitfield", "Dana Ortiz", "Priya Natarajan"],
        editors=[],
        lang="en",
        section=None,
        head=[
            [
                "By Sam Whitfield and Dana Ortiz, CNN",
                "Published 6:02 PM EDT, Wed May 5, 2021",
                "Updated 9:14 AM EDT, Thu May 6, 2021",
            ]
        ],
        inserts={1: ["Ad Feedback"], 4: ["Ad Feedback"]},
        tail=[
            ["CNN's Priya Natarajan contributed to this report."],
            [
                "Paid Content",
                "Search CNN...",
                "\u00a9 2021 Cable News Network. A Warner Media Company. All Rights Reserved.",
            ],
        ],
        paras=P("""
A late-season storm blanketed parts of Colorado with more than a foot of snow on Wednesday, snapping
tree limbs that had already leafed out and knocking out power to tens of thousands of homes along the
Front Range.

The National Weather Service reported 14 inches of snow in the foothills west of Denver by early
afternoon, while the city itself recorded about 6 inches, much of it heavy and wet.

Utility crews were working to restore electricity to about 48,000 customers, most of them in the
Denver and Boulder areas, according to the region's largest power company. Officials said falling
branches were to blame for the majority of outages.

Snow in May is not unusual in Colorado, but the timing caught many residents off guard after a string
of warm days last week sent temperatures into the 80s.

"We had the patio furniture out and the tomatoes planted," said Laura Mitchell, who lives in
Lakewood. "Now I'm out here with a broom knocking snow off the apple tree."

Denver International Airport reported delays of about an hour for departing flights as crews de-iced
planes, though most runways remained open.

Forecasters said the moisture would be welcome in a state still recovering from drought, with several
major reservoirs below their usual levels for spring. Temperatures were expected to climb back into
the 60s by the weekend, melting most of the snow within days.

The storm was forecast to move east into Kansas and Nebraska overnight, bringing heavy rain and the
possibility of isolated severe thunderstorms.
"""),
        must_have=[
            "Denver International Airport reported delays of about an hour for departing flights as crews "
            "de-iced planes, though most runways remained open.",
            "The storm was forecast to move east into Kansas and Nebraska overnight, bringing heavy rain and the "
            "possibility of isolated severe thunderstorms.",
        ],
    ),
    # -- Al Jazeera ------------------------------------------------------------
    dict(
        cluster="aljazeera-dhaka-garment-wages",
        role="single",
        file="aljazeera_bangladesh_garment_wages.txt",
        render="generic_txt",
        title="Bangladesh garment workers protest over unpaid wages amid lockdown",
        date="2021-05-04",
        dateline="",
        city=None,
        country="BD",
        region="asia",
        agency=None,
        authors=[],
        editors=[],
        lang="en",
        section=None,
        # Photo is credited to Reuters, but the story is Al Jazeera's own (agency stays null).
        caption="Garment workers block a road during a protest demanding unpaid wages in Dhaka",
        credit="Rahim Uddin/Reuters",
        head=[["News|Labour Rights"], ["Published On 4 May 20214 May 2021"]],
        cap_lines=[
            "Garment workers block a road during a protest demanding unpaid wages in Dhaka "
            "[File: Rahim Uddin/Reuters]"
        ],
        inserts={
            3: [
                "Read more",
                "Bangladesh extends coronavirus lockdown as cases rise",
                "Garment exports slump as European stores stay shut",
                "Dhaka's rickshaw pullers struggle as lockdown empties streets",
            ]
        },
        tail=[
            ["SOURCE: AL JAZEERA AND NEWS AGENCIES"],
            ["Follow Al Jazeera English:", "Facebook", "Twitter", "Instagram", "YouTube"],
            ["\u00a9 2021 Al Jazeera Media Network"],
        ],
        paras=P("""
Hundreds of garment workers in Bangladesh have blocked a major highway on the outskirts of the
capital, Dhaka, demanding two months of unpaid wages as factories struggle with cancelled orders
during a nationwide coronavirus lockdown.

Police fired tear gas and used batons to disperse the protesters on Tuesday morning in the
industrial area of Ashulia, according to witnesses, after workers from at least three factories
gathered on the road and set tyres alight.

"We have worked every day, even during the lockdown, and they still have not paid us for March and
April," said Nasima Akter, a 27-year-old sewing machine operator. "How are we supposed to pay rent
and feed our children?"

A factory manager told Al Jazeera the company was waiting for overseas buyers to pay for shipments
that had already been delivered, and promised that wages would be paid before the Eid al-Fitr
holiday next week.

Bangladesh is the world's second-largest exporter of ready-made garments after China, and the
industry employs about four million people, most of them women. Clothing accounts for more than 80
percent of the country's export earnings.

Labour groups say many factories have used the pandemic as an excuse to delay payments, cut bonuses
and dismiss workers without proper compensation. Manufacturers counter that Western brands have
squeezed them by cancelling or delaying orders and demanding discounts.

The government has allowed garment factories to stay open during the current lockdown on condition
that they follow health guidelines.

A labour ministry official said a committee had been set up to resolve wage disputes and that owners
who failed to pay workers before Eid would face action. Union leaders said similar promises had been
made last year and not kept.
"""),
        must_have=[
            "Bangladesh is the world's second-largest exporter of ready-made garments after China, and the "
            "industry employs about four million people, most of them women.",
            "Union leaders said similar promises had been made last year and not kept.",
        ],
    ),
    # -- EFE (Spanish) ------------------------------------------------------------
    dict(
        cluster="efe-mexico-turismo",
        role="single",
        file="efe_mexico_turismo_es.txt",
        render="generic_txt",
        title="Llegada de turistas internacionales a México repunta en marzo pese a la pandemia",
        date="2021-05-06",
        dateline="CIUDAD DE MÉXICO, 6 may (EFE).- ",
        city="Mexico City",
        country="MX",
        region="americas",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section=None,
        caption="Turistas caminan por una playa de Cancún, en el estado de Quintana Roo (México), el 2 de mayo de 2021.",
        credit="EFE/Rodrigo Peña",
        cap_lines=[
            "Turistas caminan por una playa de Cancún, en el estado de Quintana Roo (México), el 2 de "
            "mayo de 2021. EFE/Rodrigo Peña"
        ],
        inserts={3: ["Publicidad"]},
        tail=[["(c) Agencia EFE"], ["Síguenos en Twitter, Facebook e Instagram"]],
        paras=P("""
La llegada de turistas internacionales a México creció un 18,4 % en marzo respecto al mes anterior,
impulsada por el turismo de playa, aunque todavía se mantiene muy por debajo de los niveles previos a
la pandemia de covid-19, informó este jueves el Instituto Nacional de Estadística y Geografía
(Inegi).

En total, el país recibió 2,9 millones de visitantes internacionales en el tercer mes del año, de los
cuales cerca de 1,1 millones fueron turistas que llegaron por vía aérea, según el informe.

Frente a marzo de 2019, el último año completo antes de la emergencia sanitaria, la cifra de turistas
aéreos aún es un 29 % menor, precisó el organismo.

Los destinos del Caribe mexicano, en particular Cancún y la Riviera Maya, concentraron más de la mitad
de las llegadas por avión, seguidos por Los Cabos y Puerto Vallarta, en la costa del Pacífico.

"La recuperación es desigual; las playas se están llenando, pero el turismo cultural y de negocios
sigue muy débil", explicó a EFE la analista Mariana Olvera, especialista en economía del turismo de
una universidad privada de la capital.

Estados Unidos continuó como el principal mercado emisor, con casi seis de cada diez turistas,
mientras que los visitantes de Canadá y Europa siguen muy por debajo de lo habitual debido a las
restricciones de viaje en sus países.

El gasto total de los visitantes internacionales sumó 1.420 millones de dólares en marzo, lo que
representa un aumento del 21 % frente a febrero, aunque una caída del 38 % respecto al mismo mes de
2019.

México, que no cerró sus fronteras ni exigió pruebas de covid-19 a los viajeros, se ha mantenido
entre los países más visitados del mundo durante la pandemia.

El sector turístico aporta alrededor del 8,5 % del producto interno bruto (PIB) del país y emplea de
forma directa a unos cuatro millones de personas.
"""),
        must_have=[
            "Los destinos del Caribe mexicano, en particular Cancún y la Riviera Maya, concentraron más de la "
            "mitad de las llegadas por avión, seguidos por Los Cabos y Puerto Vallarta, en la costa del Pacífico.",
            "El sector turístico aporta alrededor del 8,5 % del producto interno bruto (PIB) del país y emplea de "
            "forma directa a unos cuatro millones de personas.",
        ],
    ),
    # -- dpa (German) ------------------------------------------------------------
    dict(
        cluster="dpa-berlin-radwege",
        role="single",
        file="dpa_berlin_radwege_de.txt",
        render="generic_txt",
        title="Berlin will bis 2025 hundert Kilometer neue Radwege bauen",
        date="2021-05-06",
        dateline="Berlin (dpa) - ",
        city="Berlin",
        country="DE",
        region="europe",
        agency="dpa",
        authors=["Jonas Keller"],
        editors=[],
        lang="de",
        section=None,
        caption="Radfahrer fahren auf einem geschützten Radweg an der Friedrichstraße.",
        credit="Anna Weber/dpa",
        head=[["Von Jonas Keller, dpa", "06.05.2021, 14:32 Uhr"]],
        cap_lines=[
            "Radfahrer fahren auf einem geschützten Radweg an der Friedrichstraße.",
            "Foto: Anna Weber/dpa",
        ],
        inserts={2: ["Anzeige"]},
        tail=[
            [
                "Mehr zum Thema",
                "Radverkehr: Zahl der Unfälle mit E-Bikes steigt",
                "Neue Tempo-30-Zonen in Pankow geplant",
                "S-Bahn: Bauarbeiten auf der Ringbahn am Wochenende",
            ],
            ["Newsletter abonnieren"],
            ["\u00a9 dpa-infocom, dpa:210506-99-491023/3"],
        ],
        paras=P("""
Der Berliner Senat will den Ausbau von Radwegen deutlich beschleunigen und bis Ende 2025 rund 100
Kilometer neue, baulich geschützte Radspuren an Hauptstraßen anlegen. Das kündigte Verkehrssenatorin
Miriam Falk am Donnerstag nach einer Sitzung des Senats an.

„Wer sich auf dem Rad sicher fühlt, lässt das Auto eher stehen“, sagte Falk. Bislang seien viele
Eltern nicht bereit, ihre Kinder allein mit dem Fahrrad zur Schule fahren zu lassen, weil Radwege
fehlten oder zu schmal seien.

Für das Programm sollen in den kommenden vier Jahren insgesamt rund 240 Millionen Euro bereitstehen.
Ein Teil des Geldes soll aus Förderprogrammen des Bundes kommen.

Die Zahl der Radfahrer in Berlin ist seit Beginn der Corona-Pandemie deutlich gestiegen. An den
automatischen Zählstellen der Stadt wurden im vergangenen Jahr im Schnitt rund 20 Prozent mehr
Radfahrten gemessen als 2019.

Kritik kam von der Opposition. Der verkehrspolitische Sprecher einer Oppositionsfraktion, Thomas
Lindner, warf dem Senat vor, Parkplätze und Fahrspuren ohne Rücksicht auf Handwerker und Pendler aus
dem Umland zu streichen. „Berlin ist nicht nur Innenstadt“, sagte er.

Fahrradverbände begrüßten die Pläne grundsätzlich, äußerten aber Zweifel am Zeitplan. In den
vergangenen Jahren seien deutlich weniger Kilometer gebaut worden als angekündigt, weil
Planungsverfahren lange dauerten und Fachpersonal in den Bezirken fehle.

Die Senatsverwaltung will deshalb eine zentrale Planungsstelle einrichten, die die Bezirke beim Bau
unterstützen soll. Zudem sollen Standardlösungen entwickelt werden, um Genehmigungen zu vereinfachen.

Berlin hatte 2018 ein eigenes Mobilitätsgesetz beschlossen, das dem Rad-, Fuß- und Nahverkehr
Vorrang einräumen soll.

Ob der Zeitplan zu halten ist, dürfte auch vom Ausgang der Abgeordnetenhauswahl im September abhängen.
Mehrere Parteien haben bereits angekündigt, die Verkehrspolitik des Senats im Wahlkampf zum Thema zu
machen.
"""),
        must_have=[
            "Für das Programm sollen in den kommenden vier Jahren insgesamt rund 240 Millionen Euro bereitstehen.",
            "Zudem sollen Standardlösungen entwickelt werden, um Genehmigungen zu vereinfachen.",
        ],
    ),
    # -- US local paper ("ROMA, Texas" -- not Rome!) ----------------------------
    dict(
        cluster="valleystar-roma-water-plant",
        role="single",
        file="valleystar_roma_water_plant.txt",
        render="local_txt",
        title="Roma council approves $4.2 million upgrade to water treatment plant",
        date="2021-05-06",
        dateline="ROMA, Texas \u2014 ",
        city="Roma",
        country="US",
        region="americas",
        agency=None,
        authors=["Marisol Garza"],
        editors=[],
        lang="en",
        section=None,
        site=dict(
            top=[
                [
                    "Cookie notice: This site uses cookies and similar technologies to personalize content and "
                    "ads. Read our Privacy Policy.",
                    "Accept cookies",
                    "Reject",
                ],
                ["The Valley Star | Serving Starr County since 1954"],
                ["Home | Local News | Border | Sports | Obituaries | Classifieds | Subscribe"],
            ],
            bottom=[
                [
                    "Subscribe now for unlimited access to local news, sports and obituaries. "
                    "Just $1 for your first month."
                ],
                ["Comments", "Log in or register to comment.", "Sort by: Newest"],
                ["Follow us on Twitter @ValleyStarTX"],
                [
                    "\u00a9 2021 The Valley Star. All rights reserved.",
                    "Privacy Policy | Terms of Use | Contact Us",
                ],
            ],
        ),
        # Both dates on one line; the first is the publication date.
        head=["By MARISOL GARZA The Valley Star", "Published May 6, 2021 | Updated May 7, 2021"],
        inserts={
            1: ["Advertisement"],
            4: ["Read more: Starr County extends burn ban as dry conditions persist"],
        },
        paras=P("""
The Roma City Council voted unanimously Wednesday night to spend $4.2 million on upgrades to the
city's aging water treatment plant, a project officials say is needed to end a string of boil-water
notices that have frustrated residents for the past two years.

The plant, which draws water from the Rio Grande, was built in the early 1980s and has struggled to
keep up with demand during the summer months, when use can nearly double. City staff told council
members that several filters and pumps were operating well past their expected lifespan.

"Every time we have a breakdown, we have to tell families to boil their water, and people are tired
of it," Mayor Ricardo Salinas said before the vote. "This fixes the problem at the source."

The money will pay for new filtration units, a backup generator and an automated monitoring system
that will alert operators to changes in water quality. About $3 million will come from a
low-interest state loan, with the rest drawn from the city's utility reserves.

Residents have been under boil-water notices at least six times since the spring of 2019, according
to city records. The longest lasted nine days last August, when a pump failure coincided with a heat
wave.

Several residents who spoke during the public comment period supported the project but asked whether
it would lead to higher water bills. City Manager Elena Cantu said a modest rate increase was
possible in the next budget but that no decision had been made.

Construction is expected to begin in the fall and take about 14 months. The plant will remain in
operation during the work, Cantu said.

The council also approved a contract to resurface three blocks of Estrella Street and set a public
hearing for May 19 on proposed changes to the city's zoning map.
"""),
        must_have=[
            "The plant will remain in operation during the work, Cantu said.",
            "The longest lasted nine days last August, when a pump failure coincided with a heat wave.",
        ],
    ),
    # -- PTI, stored gzip-compressed WITHOUT any extension ----------------------
    dict(
        cluster="pti-northwest-india-heatwave",
        role="single",
        file="crawl-2021-05-06-0042",
        gzip=True,
        render="generic_txt",
        title="Heatwave likely over northwest India from next week, says IMD",
        date="2021-05-06",
        dateline="NEW DELHI (PTI) - ",
        city="New Delhi",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        head=[
            ["Press Trust of India | New Delhi", "Published: May 06, 2021 10:42 PM IST"],
            [
                "(This story has not been edited by our staff and is auto-generated from a syndicated feed.)"
            ],
        ],
        inserts={2: ["Advertisement"]},
        tail=[
            ["Follow us on Twitter and Instagram for the latest news updates."],
            ["Catch all the Latest News and Weather Updates on our website. Download our App."],
        ],
        paras=P("""
Heatwave conditions are likely to develop over parts of northwest India from the middle of next week,
with maximum temperatures expected to rise by 3 to 4 degrees Celsius, the India Meteorological
Department (IMD) said on Thursday.

The weather office said a fresh western disturbance bringing light rain and thunderstorms to the
hills of Jammu and Kashmir, Himachal Pradesh and Uttarakhand would keep temperatures in check over
the plains for the next four to five days.

Once the system moves away, dry northwesterly winds are expected to push temperatures above 42
degrees Celsius in parts of Rajasthan, Haryana, Punjab and west Uttar Pradesh, the IMD said in its
extended range forecast.

"Heatwave conditions are likely in isolated pockets of west Rajasthan from May 12, and may spread to
adjoining areas subsequently," a senior IMD scientist said.

Delhi recorded a maximum temperature of 36.8 degrees Celsius on Thursday, three notches below normal
for this time of the year, thanks to cloud cover and gusty winds that swept the city on Wednesday
evening.

The national capital has so far seen a relatively mild start to the summer, with only two days in
April when the mercury crossed 40 degrees Celsius, according to data from the Safdarjung
observatory.

The IMD has advised people in affected areas to avoid going out in the afternoon, drink plenty of
water and keep livestock in the shade once heatwave conditions set in.

A heatwave is declared when the maximum temperature at a station crosses 40 degrees Celsius in the
plains and is at least 4.5 degrees above normal.
"""),
        must_have=[
            "The IMD has advised people in affected areas to avoid going out in the afternoon, drink plenty of "
            "water and keep livestock in the shade once heatwave conditions set in.",
            "A heatwave is declared when the maximum temperature at a station crosses 40 degrees Celsius in the "
            "plains and is at least 4.5 degrees above normal.",
        ],
    ),
    # -- Reuters São Paulo (gzip) -----------------------------------------------
    dict(
        cluster="reuters-brazil-corn-ethanol",
        role="single",
        file="reuters_saopaulo_corn_ethanol.txt.gz",
        render="reuters_txt",
        title="Brazil ethanol makers shift to corn as sugarcane harvest lags",
        # File photo dated April 28; the story itself is from Tuesday May 4.
        date="2021-05-04",
        dateline="SÃO PAULO (Reuters) - ",
        city="São Paulo",
        country="BR",
        region="americas",
        agency="Reuters",
        authors=["Ana Lúcia Prado"],
        editors=["Marguerite Shaw"],
        lang="en",
        caption="A worker inspects corn at an ethanol plant in Lucas do Rio Verde, Mato Grosso state, Brazil "
        "April 28, 2021. Picture taken April 28, 2021.",
        credit="REUTERS/Paulo Lima",
        section="Business",
        credits="(Reporting by Ana Lúcia Prado; Editing by Marguerite Shaw)",
        standards=True,
        related=rel(REL_BUSINESS, 8),
        paras=P("""
Brazilian ethanol producers are ramping up output from corn as a dry spell delays the start of the
sugarcane harvest in the country's center-south, industry executives said on Tuesday, a shift that
could reshape the biofuel market in the world's second-largest producer.

Corn-based ethanol accounted for about 15% of Brazil's total output in the 2020/21 season, up from
less than 5% three years earlier, according to an industry association that represents the new
plants, most of which are located in the grain-growing state of Mato Grosso.

Plants that use corn can operate year-round, unlike sugarcane mills, which usually crush between
April and November. That has made them increasingly important in the first months of the year, when
ethanol stocks run low and prices tend to rise.

"Corn ethanol has become the balancing factor for the market," said Fernanda Rocha, chief executive
of a Mato Grosso-based producer that is building its third plant. "When cane is late, we are the ones
filling the tanks."

Sugarcane crushing in the center-south during the first half of April was down about 40% from a year
earlier, as mills waited for cane to recover from a drought that hit the region last year, according
to data from the main cane industry group.

Some analysts caution that the expansion of corn ethanol depends on cheap grain. Corn prices in
Brazil hit record highs this year, squeezing margins for plants that do not grow their own
feedstock.

Producers say they can offset higher grain costs by selling distillers' grains, a protein-rich
by-product used as cattle feed, and by burning eucalyptus wood instead of natural gas to power their
boilers.

Brazil's government has set targets to increase the share of biofuels in the country's fuel mix over
the next decade under its RenovaBio program, which requires fuel distributors to buy carbon credits
issued by biofuel producers.
"""),
        must_have=[
            "Plants that use corn can operate year-round, unlike sugarcane mills, which usually crush between "
            "April and November.",
            "Some analysts caution that the expansion of corn ethanol depends on cheap grain.",
        ],
    ),
    # -- AP Nairobi ----------------------------------------------------------------
    dict(
        cluster="ap-kenya-elephant-corridor",
        role="single",
        file="ap_kenya_elephant_corridor.txt",
        render="ap_txt",
        title="Kenyan ranchers tear down fences to reopen an elephant corridor",
        date="2021-05-07",
        dateline="NAIROBI, Kenya (AP) \u2014 ",
        city="Nairobi",
        country="KE",
        region="africa",
        agency="AP",
        authors=["Mercy Wanjiru"],
        editors=[],
        lang="en",
        section=None,
        byline="MERCY WANJIRU",
        publine="May 7, 2021",
        caption="Elephants cross a dirt road near Kimana, southern Kenya, Thursday, May 6, 2021.",
        credit="AP Photo/Daniel Kiprono",
        tail=["Follow AP's Africa coverage: https://apnews.com/hub/africa"],
        paras=P("""
Ranchers in southern Kenya have removed more than 30 kilometers (18 miles) of fencing to reopen an
ancient migration route for elephants between two national parks, conservationists said Friday, in a
rare case of landowners giving up land to wildlife.

The corridor near the town of Kimana links Amboseli National Park with the Chyulu Hills and Tsavo
West, allowing elephants to move between areas with water and grazing during the dry season. It had
been largely blocked over the past decade as farms and ranches expanded.

Under the agreement, about 120 families who own land in the corridor will receive annual lease
payments in exchange for keeping it free of fences and crops, said Joseph Lekishon, who coordinates
the project for a local conservation trust.

"The elephants used this route long before any of us put up fences," Lekishon said. "If they cannot
pass, they come through the farms and people get hurt, and elephants get killed."

Conflict between people and wildlife is one of the biggest threats to elephants in Kenya. Farmers
whose crops are destroyed sometimes retaliate by spearing or poisoning animals, while dozens of
people are killed by elephants each year across the country.

Camera traps installed along the route recorded more than 200 elephant crossings in the first two
weeks after the fences came down, along with zebras, giraffes and wildebeest, the trust said.

The lease payments are funded by a mix of tourism revenue, private donors and a carbon offset
program. Some landowners said the income was more reliable than growing maize and beans in an area
where rains have become increasingly erratic.

Kenya's elephant population has recovered in recent years, according to government figures, after
poaching for ivory drove numbers sharply down in the 1970s and 1980s.
"""),
        must_have=[
            "Conflict between people and wildlife is one of the biggest threats to elephants in Kenya.",
            "The lease payments are funded by a mix of tourism revenue, private donors and a carbon offset program.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_COASTAL = dict(
    name="The Coastal Times",
    home="https://www.coastaltimes-news.com",
    title_suffix=" | The Coastal Times",
    cookie="We use cookies and similar technologies to improve your experience, analyse traffic and show "
    "personalised ads. You can change your choices at any time.",
    cookie_buttons=["Accept all", "Manage preferences"],
    nav=["News", "Local", "Weather", "Sports", "Opinion", "Obituaries", "e-Edition"],
    header_extra="Breaking: Beach parking fees rise June 1",
    share=["Share on Facebook", "Share on Twitter", "Email this story", "Print"],
    related_title="More from The Coastal Times",
    comments_title="Comments ({n})",
    comments_foot="Log in to join the conversation",
    footer=[
        "\u00a9 2021 The Coastal Times. All rights reserved.",
        "Privacy Policy",
        "Terms of Service",
        "Contact Us",
        "Do Not Sell My Personal Information",
    ],
)

SITE_REUTERS = dict(
    name="Reuters",
    home="https://www.reuters.com",
    title_suffix=" | Reuters",
    cookie="We use cookies to provide you with a better onsite experience. By continuing to browse the "
    "site you are agreeing to our use of cookies in accordance with our Cookie Policy.",
    cookie_buttons=["I agree"],
    nav=["World", "Business", "Legal", "Markets", "Breakingviews", "Technology", "Investigations"],
    share=["Share", "Facebook", "Twitter", "LinkedIn", "Email"],
    related_title="Read Next",
    comments_title="Comments ({n})",
    footer=[
        REUTERS_STANDARDS,
        "All quotes delayed a minimum of 15 minutes.",
        "\u00a9 2021 Reuters. All rights reserved",
    ],
)

SITE_MIRADOR = dict(
    name="El Mirador Diario",
    home="https://www.elmiradordiario.es",
    title_suffix=" - El Mirador Diario",
    cookie="Utilizamos cookies propias y de terceros para mejorar nuestros servicios y mostrarle publicidad "
    "relacionada con sus preferencias. Si continúa navegando, consideramos que acepta su uso.",
    cookie_buttons=["Aceptar", "Configurar"],
    nav=["Portada", "Madrid", "España", "Internacional", "Economía", "Cultura", "Deportes"],
    share=["Compartir en Facebook", "Compartir en Twitter", "Enviar por WhatsApp"],
    related_title="Te puede interesar",
    comments_title="Comentarios ({n})",
    comments_foot="Inicia sesión para comentar",
    footer=[
        "\u00a9 Ediciones El Mirador S.L. 2021",
        "Aviso legal",
        "Política de privacidad",
        "Contacto",
    ],
)

SITE_ELBE = dict(
    name="Elbe-Kurier",
    home="https://www.elbe-kurier.de",
    title_suffix=" | Elbe-Kurier",
    charset="windows-1252",
    cookie="Wir verwenden Cookies, um Inhalte zu personalisieren und die Zugriffe auf unsere Website zu "
    "analysieren. Mit „Alle akzeptieren“ stimmen Sie der Verwendung zu.",
    cookie_buttons=["Alle akzeptieren", "Einstellungen"],
    nav=["Hamburg", "Norddeutschland", "Politik", "Wirtschaft", "Sport", "Kultur"],
    share=["Teilen", "Facebook", "Twitter", "E-Mail"],
    related_title="Mehr aus Hamburg",
    comments_title="Kommentare ({n})",
    footer=["\u00a9 Elbe-Kurier 2021", "Impressum", "Datenschutz", "Abo kündigen"],
)

SITE_DAKAR = dict(
    name="Dakar Matin",
    home="https://www.dakarmatin.sn",
    title_suffix=" \u2013 Dakar Matin",
    cookie="Ce site utilise des cookies pour améliorer votre expérience de navigation.",
    cookie_buttons=["J'accepte", "En savoir plus"],
    nav=["Accueil", "Politique", "Économie", "Société", "Sport", "Culture", "International"],
    share=["Partager sur Facebook", "Partager sur Twitter", "Partager sur WhatsApp"],
    related_title="Articles similaires",
    comments_title="{n} commentaires",
    comments_foot="Laisser un commentaire",
    footer=[
        "\u00a9 2021 Dakar Matin \u2013 Tous droits réservés",
        "Mentions légales",
        "Nous contacter",
    ],
)

SITE_GUANABARA = dict(
    name="Jornal da Guanabara",
    home="https://www.jornaldaguanabara.com.br",
    title_suffix=" | Jornal da Guanabara",
    cookie="Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa "
    "Política de Privacidade.",
    cookie_buttons=["Aceitar", "Saiba mais"],
    nav=["Rio", "Brasil", "Economia", "Mundo", "Esportes", "Cultura"],
    share=["Compartilhar no Facebook", "Compartilhar no Twitter", "Compartilhar no WhatsApp"],
    related_title="Leia também",
    comments_title="Comentários ({n})",
    footer=[
        "\u00a9 2021 Jornal da Guanabara. Todos os direitos reservados.",
        "Termos de uso",
        "Privacidade",
    ],
    ld_graph=True,
)

SITE_STLAWRENCE = dict(
    name="The St. Lawrence Post",
    home="https://www.stlawrencepost.ca",
    title_suffix=" | The St. Lawrence Post",
    cookie="This website uses cookies to enhance your experience. Manage your preferences in Cookie Settings.",
    cookie_buttons=["Accept", "Cookie Settings"],
    nav=["News", "Montréal", "Québec", "Canada", "Business", "Arts", "Sports"],
    share=["Share this Story", "Facebook", "Twitter", "Email"],
    related_title="Trending",
    comments_title="Join the Conversation ({n})",
    footer=[
        "\u00a9 2021 The St. Lawrence Post, a division of Riverside Media Inc.",
        "Privacy",
        "Terms",
        "Accessibility",
    ],
)

SITE_MUMBAI = dict(
    name="Mumbai Courier",
    home="https://www.mumbaicourier.in",
    title_suffix=" - Mumbai Courier",
    cookie="We use cookies to ensure you get the best experience on our website.",
    cookie_buttons=["Got it"],
    nav=["Mumbai", "Maharashtra", "India", "World", "Business", "Entertainment", "Cricket"],
    share=["Share", "WhatsApp", "Facebook", "Twitter"],
    related_title="Top Stories",
    comments_title="Comments ({n})",
    comments_foot="Sign in to comment",
    footer=[
        "Copyright \u00a9 2021 Mumbai Courier Pvt Ltd. All rights reserved.",
        "About Us",
        "Advertise",
        "Careers",
    ],
)

SITE_CAPITAL = dict(
    name="Capital Herald",
    home="https://www.capitalherald.co.nz",
    title_suffix=" - Capital Herald",
    cookie=None,
    nav=["Wellington", "New Zealand", "World", "Business", "Sport", "Lifestyle"],
    share=["Share on Facebook", "Share on Twitter", "Share via Email"],
    related_title="Most read",
    comments_title="Comments ({n})",
    footer=["\u00a9 2021 Capital Herald Ltd", "Privacy policy", "Terms of use", "Contact"],
)

SITE_VICTORIA = dict(
    name="The Lake Victoria Observer",
    home="https://www.lvobserver.co.ug",
    title_suffix=" | The Observer",
    cookie="By using this website you consent to our use of cookies.",
    cookie_buttons=["OK"],
    nav=["News", "National", "Business", "Sports", "Opinion", "Africa"],
    share=["Share", "Facebook", "Twitter", "WhatsApp", "Telegram"],
    related_title="Related stories",
    comments_title="{n} Comments",
    footer=[
        "\u00a9 2021 The Lake Victoria Observer. All Rights Reserved.",
        "Advertise with us",
        "Contact",
    ],
)

HTML_STORIES = [
    # -- syndication group: local paper repost as HTML ----------------------------
    dict(
        HEAT_STUDY,
        role="syndicated",
        file="coastaltimes_street_trees_cooler.html",
        render="html",
        site=SITE_COASTAL,
        title="Want a cooler street? Plant trees, Massachusetts study finds",
        url="https://www.coastaltimes-news.com/news/nation/want-a-cooler-street-plant-trees/article_8c1f2e.html",
        description="Blocks lined with mature shade trees can be as much as 5 degrees cooler on summer afternoons, "
        "a study found.",
        # Evening EDT publication: UTC date would be May 6, publisher calendar says May 5.
        published="2021-05-05T21:40:00-04:00",
        modified="2021-05-06T08:02:00-04:00",
        meta_author="Sarah O'Neill, Associated Press",
        ld_author=[
            {"@type": "Person", "name": "Sarah O'Neill"},
            {"@type": "Organization", "name": "Associated Press"},
        ],
        byline_lines=["By SARAH O'NEILL Associated Press"],
        visible_date="May 5, 2021",
        caption="Graduate student Maya Castillo checks a temperature sensor attached to a maple tree in "
        "Cambridge, Mass., on Tuesday, May 4, 2021.",
        credit="AP Photo/Steven Kroll",
        credit_shown="(AP Photo/Steven Kroll)",
        inserts={3: ["Advertisement"]},
        end_lines=[HEAT_CONTRIB, AP_COPYRIGHT],
        related=[
            "County commissioners delay vote on beach parking plan",
            "High school robotics team heads to nationals",
            "Shrimp season opens with strong early catches",
        ],
        comments=[
            (
                "coastie_mike",
                "We lost three big oaks on our street last year and you can feel the difference.",
            ),
            ("J. Harper", "Now if only the city would water the saplings it plants."),
        ],
    ),
    # -- Reuters page with JSON-LD ------------------------------------------------
    dict(
        cluster="reuters-seoul-chip-capacity",
        role="single",
        file="reuters_seoul_chip_capacity.html",
        render="html",
        site=SITE_REUTERS,
        title="South Korean chipmakers race to add capacity as shortage drags on",
        date="2021-05-06",
        dateline="SEOUL, May 6 (Reuters) - ",
        city="Seoul",
        country="KR",
        region="asia",
        agency="Reuters",
        authors=["Min-ji Kang"],
        editors=["Kenneth Marsh"],
        lang="en",
        section="Technology",
        url="https://www.reuters.com/technology/south-korean-chipmakers-race-add-capacity-shortage-drags-2021-05-06/",
        description="South Korean chipmakers are accelerating investment in new production lines as a global "
        "shortage of semiconductors shows no sign of easing.",
        published="2021-05-06T06:12:00Z",
        modified="2021-05-06T09:30:00Z",
        meta_author="Min-ji Kang",
        byline_lines=["By Min-ji Kang"],
        visible_date="May 6, 2021 6:12 AM UTC",
        breadcrumbs=["Technology"],
        end_lines=["(Reporting by Min-ji Kang; Editing by Kenneth Marsh)", REUTERS_STANDARDS],
        related=[
            "Taiwan's chip exports hit record as demand stays strong",
            "Carmakers cut shifts as semiconductor supply tightens",
            "Japan plans subsidies to lure chip factories",
        ],
        paras=P("""
South Korean chipmakers are accelerating investment in new production lines as a global shortage of
semiconductors shows no sign of easing, industry officials said on Thursday, with some customers now
waiting more than six months for orders.

Several of the country's chip producers have brought forward equipment purchases originally planned
for next year, according to three people with knowledge of the matter, who declined to be named
because the plans have not been made public.

The shortage, which began with automotive chips last year, has spread to other products as demand
for laptops, game consoles and data-center servers has surged during the pandemic. Carmakers around
the world have been forced to cut output.

"Every fab that can run is running at full capacity," said Jung Min-seok, a semiconductor analyst at
a Seoul brokerage. "The question is no longer demand. It is how quickly anyone can build."

Building a new plant can take two years or more, and equipment makers have warned of long lead times
for the lithography and etching machines needed to make advanced chips.

Semiconductors are South Korea's biggest export, accounting for about a fifth of total shipments.
Chip exports rose about 30% in April from a year earlier, preliminary trade data showed earlier this
month.

The government said last month it would expand tax credits for companies investing in chip research
and production facilities, and would help secure water and electricity supplies for new industrial
clusters south of Seoul.

Industry officials said a shortage of skilled engineers was also becoming a constraint, with
companies competing to hire graduates and poaching staff from smaller suppliers.
"""),
        must_have=[
            "Building a new plant can take two years or more, and equipment makers have warned of long lead times "
            "for the lithography and etching machines needed to make advanced chips.",
            "Semiconductors are South Korea's biggest export, accounting for about a fifth of total shipments.",
        ],
    ),
    # -- Spanish daily ------------------------------------------------------------
    dict(
        cluster="mirador-madrid-bibliotecas",
        role="single",
        file="elmirador_madrid_bibliotecas_es.html",
        render="html",
        site=SITE_MIRADOR,
        title="Madrid amplía el horario de las bibliotecas municipales durante la época de exámenes",
        date="2021-05-05",
        dateline="",
        city=None,
        country="ES",
        region="europe",
        agency=None,
        authors=["Lucía Navarro"],
        editors=[],
        lang="es",
        section="Madrid",
        url="https://www.elmiradordiario.es/madrid/2021/05/05/bibliotecas-horario-examenes.html",
        description="Doce bibliotecas municipales abrirán hasta la medianoche y los fines de semana hasta el 30 de junio.",
        published="2021-05-05T10:24:00+02:00",
        modified="2021-05-05T13:05:00+02:00",
        meta_author="Lucía Navarro",
        byline_lines=["Lucía Navarro", "Madrid"],
        visible_date="05 may 2021 - 10:24 CEST",
        caption="Estudiantes en la sala de lectura de una biblioteca municipal de Madrid.",
        credit="Carlos Ibáñez",
        credit_shown="Foto: Carlos Ibáñez",
        inserts={
            2: ["Lee también: El metro de Madrid abrirá toda la noche los sábados de verano"],
            5: ["Publicidad"],
        },
        tags=["Bibliotecas", "Estudiantes", "Ayuntamiento de Madrid"],
        related=[
            "La Comunidad de Madrid reabre los centros culturales con aforo reducido",
            "Las terrazas de Madrid podrán ampliar su horario hasta la una",
        ],
        comments=[
            (
                "lectora_83",
                "Por fin. El año pasado no había sitio ni en la biblioteca de mi barrio.",
            ),
            ("Juanma", "¿Y en Usera qué? Siempre nos quedamos fuera."),
            ("m.garcia", "Buena noticia, aunque llega tarde para los de bachillerato."),
        ],
        paras=P("""
El Ayuntamiento de Madrid ampliará a partir del próximo lunes el horario de doce bibliotecas
municipales, que abrirán hasta la medianoche de lunes a viernes y también durante los fines de
semana, para facilitar el estudio a los estudiantes durante la temporada de exámenes.

La medida, que se mantendrá hasta el 30 de junio, responde a la demanda de estudiantes universitarios
y de bachillerato, que llevan meses quejándose de la falta de espacios de estudio por las
restricciones de aforo impuestas por la pandemia.

Las salas de lectura funcionarán con un aforo máximo del 75 %, y será necesario reservar plaza a
través de una aplicación municipal con un máximo de dos días de antelación, según ha explicado este
miércoles la delegada de Cultura, Teresa Olmedo.

"Sabemos que muchos jóvenes no tienen en casa un lugar tranquilo para estudiar, y las bibliotecas son
a menudo su única opción", ha señalado Olmedo durante la presentación del plan.

Entre las bibliotecas incluidas en el programa figuran centros de los distritos de Centro,
Arganzuela, Chamberí, Latina, Carabanchel y Puente de Vallecas, escogidos por su ubicación y por la
alta demanda registrada en años anteriores.

El consistorio calcula que la ampliación tendrá un coste de unos 450.000 euros, destinado
principalmente a la contratación de personal de refuerzo y de vigilantes de seguridad para el turno
de noche.

Asociaciones de estudiantes han valorado positivamente el anuncio, aunque consideran que llega tarde.
"Muchos llevamos estudiando desde abril en cafeterías o en el coche", lamenta Pablo Ruiz, portavoz de
un colectivo universitario.

El Ayuntamiento no descarta extender el horario ampliado a otras bibliotecas en septiembre,
coincidiendo con la convocatoria extraordinaria de exámenes, si la situación sanitaria lo permite.
"""),
        must_have=[
            "El consistorio calcula que la ampliación tendrá un coste de unos 450.000 euros, destinado "
            "principalmente a la contratación de personal de refuerzo y de vigilantes de seguridad para el turno "
            "de noche.",
            "Entre las bibliotecas incluidas en el programa figuran centros de los distritos de Centro, Arganzuela, "
            "Chamberí, Latina, Carabanchel y Puente de Vallecas, escogidos por su ubicación y por la alta demanda "
            "registrada en años anteriores.",
        ],
    ),
    # -- German regional page, bytes in windows-1252 (declared in <meta charset>) --
    dict(
        cluster="dpa-hamburg-hafenfaehren",
        role="single",
        file="elbekurier_hamburg_hafenfaehren_de.html",
        render="html",
        site=SITE_ELBE,
        title="Hafenfähren: Hamburg verdichtet ab Juni den Takt auf der Elbe",
        date="2021-05-04",
        dateline="Hamburg (dpa/lno) - ",
        city="Hamburg",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section="Hamburg",
        url="https://www.elbe-kurier.de/hamburg/hafenfaehren-takt-juni-elbe-id8812734.html",
        description="Auf der Linie 62 sollen die Fähren in den Hauptverkehrszeiten alle zehn Minuten fahren.",
        published="2021-05-04T11:05:00+02:00",
        meta_author="dpa",
        ld_author=[{"@type": "Organization", "name": "dpa"}],
        byline_lines=["dpa"],
        visible_date="04.05.2021, 11:05 Uhr",
        caption="Eine Hafenfähre legt an den Landungsbrücken an.",
        credit="Lena Brandt/dpa",
        credit_shown="Foto: Lena Brandt/dpa",
        inserts={3: ["Anzeige"]},
        related=[
            "Elbtunnel: Sperrungen in den Nächten zum Wochenende",
            "Hamburger Hochbahn testet neue U-Bahn-Züge",
            "Wetter in Hamburg: Wechselhaft mit Schauern",
        ],
        comments=[
            ("Hanseat_1962", "Endlich! Die 62 war morgens immer brechend voll."),
            ("Elbblick", "Und wann kommen die Fähren nach Finkenwerder am Wochenende öfter?"),
        ],
        paras=P("""
Die Hafenfähren in Hamburg sollen ab Juni deutlich häufiger fahren. Auf der stark genutzten Linie 62
zwischen den Landungsbrücken und Finkenwerder werde der Takt in den Hauptverkehrszeiten von 15 auf 10
Minuten verdichtet, teilte die Verkehrsbehörde am Dienstag mit.

Dafür würden zwei zusätzliche Schiffe angemietet, bis die ersten neuen Fähren mit Hybridantrieb im
kommenden Jahr ausgeliefert werden. Die Kosten für den dichteren Takt bezifferte die Behörde auf rund
1,8 Millionen € pro Jahr.

„Die Fähren sind für viele Pendler aus dem Süden der Stadt längst unverzichtbar“, sagte Verkehrssenator
Henrik Brandt. Vor der Pandemie hätten an manchen Tagen Fahrgäste an den Anlegern zurückbleiben
müssen, weil die Schiffe voll gewesen seien.

Die Fährlinien gehören zum Hamburger Verkehrsverbund und können mit normalen Fahrkarten genutzt
werden. Besonders bei Touristen ist die Linie 62 beliebt, weil sie an der Elbphilharmonie und am
Museumshafen Övelgönne vorbeiführt.

Der Fahrgastverband begrüßte die Entscheidung, forderte aber zusätzlich längere Betriebszeiten am
Abend und an Wochenenden. Zudem müssten die Anleger barrierefrei umgebaut werden, damit auch
Menschen im Rollstuhl problemlos an Bord kommen.

Nach Angaben der Behörde nutzten im Jahr 2019 rund neun Millionen Fahrgäste die Hafenfähren. Im
vergangenen Jahr sank die Zahl wegen der Corona-Beschränkungen um mehr als ein Drittel.

Bis 2030 sollen alle Hafenfähren ohne fossilen Diesel fahren. Dazu sollen an mehreren Anlegern
Ladestationen für elektrisch betriebene Schiffe entstehen.

Die ersten beiden Ladepunkte sollen nach Angaben der Behörde bereits im kommenden Jahr an den
Landungsbrücken und in Finkenwerder in Betrieb gehen. Die Ausschreibung für die Anlagen läuft derzeit.

Neben der Linie 62 sollen im Herbst auch die Fahrpläne weiterer Linien überprüft werden. Vor allem in
den neuen Wohngebieten am südlichen Elbufer rechnet die Behörde in den kommenden Jahren mit deutlich
steigenden Fahrgastzahlen.
"""),
        must_have=[
            "Die Kosten für den dichteren Takt bezifferte die Behörde auf rund 1,8 Millionen € pro Jahr.",
            "Bis 2030 sollen alle Hafenfähren ohne fossilen Diesel fahren.",
        ],
    ),
    # -- Senegalese site carrying an APS dispatch (French, NBSP inside « ») -------
    dict(
        cluster="aps-senegal-arachide",
        role="single",
        file="dakarmatin_arachide_campagne_fr.html",
        render="html",
        site=SITE_DAKAR,
        title="Sénégal : la campagne de commercialisation de l'arachide prolongée de deux semaines",
        date="2021-05-04",
        dateline="Dakar, 4 mai (APS) - ",
        city="Dakar",
        country="SN",
        region="africa",
        agency="APS",
        authors=[],
        editors=[],
        lang="fr",
        section="Économie",
        url="https://www.dakarmatin.sn/economie/campagne-arachide-prolongee-deux-semaines/",
        description="Le gouvernement a prolongé de deux semaines la campagne de commercialisation de l'arachide.",
        published="2021-05-04T18:20:00+00:00",
        jsonld=False,
        byline_lines=["Par La Rédaction"],
        visible_date="Publié le 04/05/2021 à 18:20",
        inserts={3: ["Publicité"]},
        related=[
            "Kaolack : les producteurs réclament des bascules homologuées",
            "Pêche : ouverture de la campagne de la crevette côtière",
            "Riz local : la production en hausse dans la vallée du fleuve",
        ],
        comments=[
            ("Modou", "Il faut surtout payer les paysans à temps."),
            ("Awa Sarr", "Les huileries doivent être prioritaires, c'est une question d'emplois."),
        ],
        paras=P("""
Le gouvernement sénégalais a décidé de prolonger de deux semaines la campagne de commercialisation de
l'arachide, qui devait s'achever à la fin du mois d'avril, a annoncé mardi le ministère de
l'Agriculture dans un communiqué.

Cette décision fait suite aux demandes de plusieurs organisations paysannes, qui estiment qu'une
partie importante de la récolte reste stockée dans les villages faute d'acheteurs ou de moyens de
transport vers les points de collecte.

Selon le ministère, environ 620.000 tonnes d'arachide ont été commercialisées depuis l'ouverture de
la campagne en décembre, dont près de la moitié a été achetée par des exportateurs étrangers.

«\u00a0Les producteurs du bassin arachidier ont encore des stocks considérables, surtout dans les régions
de Kaffrine et de Kaolack\u00a0», a expliqué Moussa Ndiaye, président d'une fédération de producteurs,
joint par téléphone.

Le prix plancher au producteur reste fixé à 250 francs CFA le kilogramme, un niveau que certaines
huileries locales jugent trop élevé face à la concurrence des acheteurs étrangers, qui paient souvent
comptant.

Les huileries se plaignent depuis plusieurs années de ne pas parvenir à s'approvisionner en quantité
suffisante, ce qui les contraint à tourner bien en dessous de leurs capacités et menace des centaines
d'emplois.

L'arachide reste la principale culture de rente du Sénégal et fait vivre une grande partie de la
population rurale, en particulier dans le centre du pays.

Les autorités ont par ailleurs annoncé le renforcement des contrôles sur les routes menant vers les
frontières, afin de lutter contre les sorties frauduleuses de graines vers les pays voisins, où les
prix sont parfois plus attractifs.

Le ministère a invité les opérateurs agréés à poursuivre leurs achats jusqu'au terme de la
prolongation et a promis que les bons de livraison en souffrance seraient payés dans les meilleurs
délais.
"""),
        must_have=[
            "Selon le ministère, environ 620.000 tonnes d'arachide ont été commercialisées depuis l'ouverture de la "
            "campagne en décembre, dont près de la moitié a été achetée par des exportateurs étrangers.",
            "L'arachide reste la principale culture de rente du Sénégal et fait vivre une grande partie de la "
            "population rurale, en particulier dans le centre du pays.",
        ],
    ),
    # -- Brazilian site, Portuguese, "RIO —" dateline, JSON-LD in @graph -----------
    dict(
        cluster="guanabara-rio-arvores",
        role="single",
        file="jornaldaguanabara_rio_arvores_pt.html",
        render="html",
        site=SITE_GUANABARA,
        title="Prefeitura do Rio anuncia plantio de 10 mil árvores na Zona Norte",
        date="2021-05-06",
        dateline="RIO \u2014 ",
        city="Rio de Janeiro",
        country="BR",
        region="americas",
        agency=None,
        authors=["Mariana Costa"],
        editors=[],
        lang="pt",
        section="Rio",
        url="https://www.jornaldaguanabara.com.br/rio/2021/05/06/plantio-arvores-zona-norte.ghtml",
        description="Programa prevê mudas em calçadas e praças de bairros mais quentes da cidade.",
        published="2021-05-06T11:20:00-03:00",
        modified="2021-05-06T15:47:00-03:00",
        meta_author="Mariana Costa",
        byline_lines=["Por Mariana Costa"],
        visible_date="06/05/2021 - 11:20 / Atualizado em 06/05/2021 - 15:47",
        caption="Rua sem arborização em Madureira, na Zona Norte do Rio.",
        credit="Bruno Albuquerque",
        credit_shown="Foto: Bruno Albuquerque",
        inserts={2: ["Publicidade"]},
        related=[
            "Calor: Rio registra a madrugada mais quente do ano",
            "Obras do BRT interditam pista na Avenida Brasil neste fim de semana",
        ],
        paras=P("""
A prefeitura do Rio anunciou nesta quinta-feira um programa para plantar 10 mil árvores em bairros da
Zona Norte até o fim do ano, com prioridade para áreas que registram as temperaturas mais altas da
cidade durante o verão.

Segundo a Secretaria de Meio Ambiente, bairros como Irajá, Pavuna, Madureira e Bangu chegam a ficar
até 6 graus mais quentes do que regiões arborizadas da Zona Sul nos dias de calor intenso, de acordo
com medições feitas por satélite.

"Não é justo que quem mora longe da praia também tenha menos sombra e menos verde", disse o
secretário de Meio Ambiente, Rodrigo Paiva, durante a apresentação do projeto em Madureira.

As mudas serão plantadas em calçadas, praças e canteiros centrais, e a escolha das espécies levará em
conta o espaço disponível e a presença de fiação elétrica, para evitar conflitos com a rede no
futuro.

Moradores poderão pedir o plantio de árvores em frente às suas casas pela central de atendimento da
prefeitura. Em troca, terão que se comprometer a regar as mudas nos primeiros meses.

O programa terá custo estimado de R$ 8 milhões, parte financiada por compensações ambientais pagas
por empresas responsáveis por obras na cidade.

Especialistas em urbanismo elogiaram a iniciativa, mas lembraram que programas semelhantes no passado
fracassaram por falta de manutenção. Muitas mudas morrem no primeiro ano por falta de água ou por
vandalismo.

A prefeitura afirma que, desta vez, cada muda terá um código de identificação e será acompanhada por
equipes de manutenção durante os dois primeiros anos após o plantio.

O plano também prevê a criação de pequenos bosques urbanos em terrenos públicos desocupados, em
parceria com associações de moradores e escolas da região.
"""),
        must_have=[
            "O programa terá custo estimado de R$ 8 milhões, parte financiada por compensações ambientais pagas por "
            "empresas responsáveis por obras na cidade.",
            "Muitas mudas morrem no primeiro ano por falta de água ou por vandalismo.",
        ],
    ),
    # -- Canadian Press story on a page with mojibake (UTF-8 read as cp1252, re-saved) --
    dict(
        cluster="cp-montreal-jean-talon",
        role="single",
        file="stlawrencepost_jean_talon_market.html",
        render="html",
        site=SITE_STLAWRENCE,
        mojibake=True,
        title="Montréal\u2019s Jean-Talon Market to build year-round hall",
        date="2021-05-06",
        dateline="MONTREAL \u2014 ",
        city="Montreal",
        country="CA",
        region="americas",
        agency="CP",
        authors=["Hélène Côté"],
        editors=[],
        lang="en",
        section="News",
        url="https://www.stlawrencepost.ca/news/local-news/jean-talon-market-year-round-hall",
        description="A heated hall will let farmers and vendors keep selling through the winter.",
        published="2021-05-06T16:45:00-04:00",
        meta_author="Hélène Côté",
        byline_lines=["Hélène Côté", "The Canadian Press"],
        visible_date="Published May 06, 2021",
        inserts={2: ["Advertisement"], 5: ["Story continues below"]},
        end_lines=["This report by The Canadian Press was first published May 6, 2021."],
        related=[
            "Québec to ease curfew in Montréal and Laval next week",
            "Plateau merchants say pedestrian streets are back this summer",
        ],
        comments=[
            ("Frédéric L.", "Enfin! Winter at Jean-Talon is so depressing."),
            ("annie_b", "Hope they keep prices reasonable for the small farmers."),
        ],
        paras=P("""
Montréal\u2019s Jean-Talon Market will build a heated, year-round hall on part of its parking lot, city
officials announced Thursday, giving farmers and food vendors a way to keep selling through the long
Quebec winter.

The $28-million project, expected to open in 2023, will add space for about 40 vendors and a small
teaching kitchen for cooking classes, according to plans presented at city hall.

Most of the market\u2019s stalls are open-air and many close between November and April, when customers
thin out and temperatures can fall well below freezing.

"Our producers have been asking for this for years," said Geneviève Lapointe, who manages the market.
"Winter is when they lose their customers to the big grocery chains, and some never come back in the
spring."

The city said the new building would use geothermal heating and collect rainwater from its roof, and
that the parking spaces lost would be replaced by a new underground lot beneath an adjacent street.

Some merchants on nearby streets worried that construction would drive away shoppers during what has
already been a difficult year for small businesses. François Bélanger, the executive committee member
responsible for economic development, said work would be scheduled to avoid the busy summer and fall
harvest seasons.

Jean-Talon, which opened in 1933, is one of North America\u2019s largest open-air public markets and draws
tourists as well as residents from across the city.

The market's merchants association said it supported the project but wanted assurances that rents in
the new hall would remain affordable for small family farms, which make up most of its members.

Construction is scheduled to begin next spring, pending final approval of the budget by city council
later this month.
"""),
        must_have=[
            "Most of the market\u2019s stalls are open-air and many close between November and April, when customers "
            "thin out and temperatures can fall well below freezing.",
            "The $28-million project, expected to open in 2023, will add space for about 40 vendors and a small "
            "teaching kitchen for cooking classes, according to plans presented at city hall.",
            "Jean-Talon, which opened in 1933, is one of North America\u2019s largest open-air public markets and "
            "draws tourists as well as residents from across the city.",
        ],
    ),
    # -- Indian site, "MUMBAI:" dateline, published after midnight IST ------------
    dict(
        cluster="mumbai-drain-desilting",
        role="single",
        file="mumbaicourier_drain_desilting.html",
        render="html",
        site=SITE_MUMBAI,
        title="Mumbai civic body races to finish drain cleaning before monsoon",
        # 01:30 IST on May 5 is still May 4 in UTC; publisher calendar says May 5.
        date="2021-05-05",
        dateline="MUMBAI: ",
        city="Mumbai",
        country="IN",
        region="asia",
        agency=None,
        authors=["Rohan Deshmukh"],
        editors=[],
        lang="en",
        section="Mumbai",
        url="https://www.mumbaicourier.in/mumbai/news/bmc-desilting-drains-monsoon-deadline/articleshow/82411.cms",
        description="About 60% of pre-monsoon desilting work is complete, officials said.",
        published="2021-05-05T01:30:00+05:30",
        meta_author="Rohan Deshmukh",
        byline_lines=["Rohan Deshmukh / TNN"],
        visible_date="May 5, 2021, 01:30 IST",
        caption="Workers remove silt from a drain in Andheri on Tuesday.",
        credit="Sandeep Kale",
        credit_shown="Photo: Sandeep Kale",
        inserts={
            2: ["Also Read: Mumbai local trains: Railways add 20 services for essential workers"],
            4: ["Advertisement"],
        },
        related=[
            "Mumbai records 2,554 new Covid cases",
            "Coastal road work to shut part of Marine Drive lane",
            "Heat: Mercury touches 35 degrees in Santacruz",
        ],
        comments=[
            ("ratan.k", "Same story every year. Let's see in June."),
            ("Priya S", "Hindmata floods even after pumps. Fix the drains properly."),
        ],
        paras=P("""
The Brihanmumbai Municipal Corporation (BMC) has completed about 60% of its pre-monsoon desilting
work and expects to finish cleaning the city's major drains by May 31, civic officials said on
Tuesday.

Contractors have removed more than 3 lakh tonnes of silt from nullahs and stormwater drains since the
work began in March, according to data shared by the civic body's stormwater drains department.

Flooding during the monsoon is an annual problem in Mumbai, where heavy rain combined with high tides
can leave low-lying areas such as Hindmata, Milan Subway and Andheri Subway under several feet of
water.

"We are working in two shifts wherever possible and monitoring every site through geo-tagged
photographs and videos," said an additional municipal commissioner in charge of the project.
"Payments will be released only after the work is verified."

Opposition corporators have questioned the quality of desilting in past years, alleging that silt
removed from drains was often dumped nearby and washed back in with the first heavy showers.

The civic body said it had also identified several hundred flooding spots across the city and
installed additional dewatering pumps at many of them. Large pumping stations built after the deluge
of July 2005 will operate round the clock during heavy rain.

The India Meteorological Department is expected to release its forecast for the onset of the monsoon
over Kerala later this month. Rains usually reach Mumbai around June 10.

Civic officials said the desilting of smaller drains in residential lanes, which is handled by ward
offices, was lagging behind and would be reviewed at a meeting of assistant commissioners next week.

Residents of low-lying areas in the eastern suburbs have also demanded that the civic body clear
debris from construction sites near drains, which they say has worsened flooding in recent years.
"""),
        must_have=[
            "Opposition corporators have questioned the quality of desilting in past years, alleging that silt "
            "removed from drains was often dumped nearby and washed back in with the first heavy showers.",
            "Rains usually reach Mumbai around June 10.",
        ],
    ),
    # -- New Zealand page, gzip-compressed, published after midnight NZST ----------
    dict(
        cluster="capitalherald-wellington-cable-car",
        role="single",
        file="capitalherald_wellington_cable_car.html.gz",
        render="html",
        site=SITE_CAPITAL,
        title="Wellington cable car to close for six weeks of track repairs",
        # 08:30 NZST on May 7 is May 6 in UTC; publisher calendar says May 7.
        date="2021-05-07",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Tom Hemi"],
        editors=[],
        lang="en",
        section="Wellington",
        url="https://www.capitalherald.co.nz/wellington/cable-car-closure-track-repairs/WXYZ123/",
        description="The cable car will stop running for six weeks from mid-July.",
        published="2021-05-07T08:30:00+12:00",
        meta_author="Tom Hemi",
        byline_lines=["By Tom Hemi", "Local Democracy Reporter"],
        visible_date="Friday, 7 May 2021, 8:30 am",
        caption="The cable car climbs towards Kelburn.",
        credit="Kate Rowe",
        credit_shown="Photo / Kate Rowe",
        inserts={3: ["Advertisement", "Advertise with NZME."]},
        related=[
            "Wellington water pipe burst floods Courtenay Place",
            "Kapiti expressway closure planned for weekend",
        ],
        paras=P("""
Wellington's cable car will stop running for six weeks from mid-July while worn sections of track and
cabling are replaced, the council-owned company that operates it said on Friday.

The closure, timed to coincide with the quietest period for tourism, will be the longest since the
cable car's last major upgrade more than a decade ago, the company said.

About 1.1 million trips were made on the cable car in the year before the pandemic, split roughly
evenly between tourists and commuters, including students travelling to the university campus at
Kelburn.

Chief executive Anna Whitcombe said inspections had found wear on parts of the track that would need
to be dealt with before it became a safety issue. "We would rather do this properly once than have a
series of unplanned closures," she said.

A replacement bus service will run between Lambton Quay and Kelburn every 10 minutes during the
closure, and cable car passes will be valid on it.

Some businesses at the top of the line said they were worried about losing visitors during the school
holidays. The company said it had considered doing the work in stages but that would have extended
the disruption to several months.

The project is expected to cost about $3.5 million and will be funded from the company's capital
budget, with no increase in fares planned.

The cable car, which opened in 1902, is one of the city's best-known attractions and appears on many
postcards of the capital.

The company said it would use the closure to repaint the two cars and upgrade the passenger
information screens at each of the stops along the route.
"""),
        must_have=[
            "A replacement bus service will run between Lambton Quay and Kelburn every 10 minutes during the "
            "closure, and cable car passes will be valid on it.",
            "The project is expected to cost about $3.5 million and will be funded from the company's capital "
            "budget, with no increase in fares planned.",
        ],
    ),
    # -- Ugandan site ---------------------------------------------------------------
    dict(
        cluster="observer-kampala-boda-permits",
        role="single",
        file="lvobserver_kampala_boda_permits.html",
        render="html",
        site=SITE_VICTORIA,
        title="Kampala city authority starts issuing permits to boda boda riders",
        date="2021-05-03",
        dateline="KAMPALA \u2014 ",
        city="Kampala",
        country="UG",
        region="africa",
        agency=None,
        authors=["Brian Ssemwogerere"],
        editors=[],
        lang="en",
        section="National",
        url="https://www.lvobserver.co.ug/news/national/kampala-boda-boda-permits",
        description="Riders must register with a stage and carry a numbered reflective jacket.",
        published="2021-05-03T19:05:00+03:00",
        meta_author="Brian Ssemwogerere",
        byline_lines=["Written by Brian Ssemwogerere"],
        visible_date="Monday, 03 May 2021 19:05",
        caption="Boda boda riders wait for passengers at a stage in central Kampala.",
        credit="Ronald Mugisha",
        credit_shown="(Photo by Ronald Mugisha)",
        inserts={3: ["ADVERTISEMENT"]},
        related=[
            "Traders protest new market dues in Owino",
            "Entebbe expressway toll rates revised",
        ],
        comments=[
            ("Okello J", "The fee is too high for riders who rent bikes."),
            ("Nakato", "Good move. Safety first."),
        ],
        paras=P("""
The Kampala Capital City Authority on Monday began issuing operating permits to motorcycle taxi
riders, known locally as boda bodas, in a long-delayed attempt to bring order to one of the city's
largest sources of informal employment.

Under the new rules, riders must register with a designated stage, carry a reflective jacket bearing
a unique number and hold a valid driving permit. Those operating without a permit after August 31
risk having their motorcycles impounded, the authority said.

Officials estimate that more than 100,000 boda bodas operate in the capital and surrounding
districts, carrying passengers and goods through traffic that often brings cars to a standstill.

"Nobody is trying to push boda bodas off the road," said Sarah Namubiru, the authority's director of
transport. "We want to know who is riding, where they operate and that they have the basic training
to keep passengers safe."

Motorcycle taxis are involved in a large share of road accidents in Uganda, according to police data,
and the main referral hospital in Kampala treats crash victims every day.

Rider associations welcomed the registration drive but objected to the fee of 50,000 shillings (about
$14) for the permit, saying many riders rent their motorcycles and earn less than 20,000 shillings a
day after paying the owner.

Previous efforts to regulate the sector have stalled amid resistance from riders and political
pressure. The authority said this time registration would be done digitally to reduce the risk of
fraud and duplicate permits.

The authority said registration centres would open at five divisional offices across the city, and
that riders could also begin the process online before presenting their documents in person.
"""),
        must_have=[
            "Officials estimate that more than 100,000 boda bodas operate in the capital and surrounding districts, "
            "carrying passengers and goods through traffic that often brings cars to a standstill.",
            "The authority said this time registration would be done digitally to reduce the risk of fraud and "
            "duplicate permits.",
        ],
    ),
]


# ---- single-record JSON files (news-please / trafilatura shapes) -------------

JSON_STORIES = [
    # news-please, Spanish Reuters; authors == ["Reuters Staff"] placeholder only,
    # real author and editor are in the Spanish credit line.
    dict(
        cluster="reuters-argentina-cosecha-soja",
        role="single",
        file="newsplease_reuters_argentina_soja_es.json",
        render="newsplease",
        title="Cosecha de soja de Argentina avanza a buen ritmo, dice Bolsa de Cereales",
        date="2021-05-05",
        dateline="BUENOS AIRES, 5 may (Reuters) - ",
        city="Buenos Aires",
        country="AR",
        region="americas",
        agency="Reuters",
        authors=["Nicolás Ferrer"],
        editors=["Javier López"],
        lang="es",
        section=None,
        url="https://www.reuters.com/article/argentina-granos-soja-idLTAKBN2CM2XY",
        source_domain="www.reuters.com",
        description="La cosecha de soja de Argentina avanzó al 42,8 % de la superficie apta en la última semana.",
        np_authors=["Reuters Staff"],
        np_publish="2021-05-05 19:47:00",
        np_modify="2021-05-05 21:02:00",
        np_download="2021-05-07 03:12:44",
        image_url="https://www.reuters.com/resizer/soja-cosecha.jpg",
        tail_lines=["(Reporte de Nicolás Ferrer; Editado por Javier López)"],
        paras=P("""
La cosecha de soja de Argentina avanzó al 42,8 % de la superficie apta en la última semana, impulsada
por el buen clima en la región pampeana, informó el miércoles la Bolsa de Cereales de Buenos Aires.

La entidad mantuvo su estimación de producción de la oleaginosa para la campaña 2020/21 en 43 millones
de toneladas, aunque advirtió que los rindes en el oeste de la provincia de Buenos Aires y en el sur de
Córdoba estaban por debajo de lo esperado tras la sequía del verano.

En tanto, la recolección de maíz comercial alcanzó el 31,6 % del área, con un rendimiento promedio de
7,9 toneladas por hectárea, según el reporte semanal.

Argentina es el principal exportador mundial de harina y aceite de soja y uno de los mayores
exportadores de maíz.

Los productores han acelerado las ventas de granos aprovechando los altos precios internacionales,
aunque muchos retienen parte de la cosecha como resguardo frente a la inflación y a la posibilidad de
una devaluación del peso.

La Bolsa también informó que la siembra de trigo para la campaña 2021/22 comenzó en algunas zonas del
norte del país, donde las lluvias de abril dejaron buenas reservas de humedad en los suelos.

Los operadores estarán atentos a los datos de exportación que publicará el Gobierno la próxima semana,
en medio de un debate sobre posibles cambios en los impuestos a las exportaciones agrícolas.

En el mercado de Chicago, los futuros de la soja cerraron con alzas moderadas el miércoles, apoyados
por la firme demanda de exportación y por la preocupación sobre el clima en las zonas productoras de
Estados Unidos.

Las exportaciones agroindustriales son la principal fuente de divisas de Argentina, un país que
enfrenta una elevada inflación y tiene un acceso limitado a los mercados internacionales de deuda.
"""),
        must_have=[
            "Argentina es el principal exportador mundial de harina y aceite de soja y uno de los mayores "
            "exportadores de maíz.",
            "La Bolsa también informó que la siembra de trigo para la campaña 2021/22 comenzó en algunas zonas del "
            "norte del país, donde las lluvias de abril dejaron buenas reservas de humedad en los suelos.",
        ],
    ),
    # news-please, South African site; "Staff Reporter" placeholder in authors.
    dict(
        cluster="highveld-johannesburg-water-cuts",
        role="single",
        file="newsplease_johannesburg_water_cuts.json",
        render="newsplease",
        title="Johannesburg residents face rolling water cuts as reservoirs run low",
        date="2021-05-06",
        dateline="JOHANNESBURG \u2013 ",
        city="Johannesburg",
        country="ZA",
        region="africa",
        agency=None,
        authors=["Thandiwe Mokoena"],
        editors=[],
        lang="en",
        section=None,
        url="https://www.highveldpost.co.za/news/johannesburg-rolling-water-cuts-reservoirs-2021-05-06",
        source_domain="www.highveldpost.co.za",
        description="Parts of Johannesburg face scheduled water interruptions of up to 12 hours a day.",
        np_authors=["Thandiwe Mokoena", "Staff Reporter"],
        np_publish="2021-05-06 07:30:00",
        np_modify="2021-05-06 12:15:00",
        np_download="2021-05-06 18:02:10",
        inserts={2: ["ALSO READ: City council approves new budget for road repairs"]},
        tail_lines=["Follow us on Twitter for the latest updates."],
        np_sep="\n\n",
        paras=P("""
Parts of Johannesburg will face scheduled water interruptions of up to 12 hours a day over the next
two weeks as the city's water utility carries out repairs to a major pipeline and tries to rebuild
levels in several reservoirs, officials said on Wednesday.

The affected areas include suburbs in the north and west of the city, where reservoir levels have
fallen below 30% after a series of pump failures and a surge in demand during recent hot weather.

The utility said it would deploy water tankers to hospitals, clinics and schools, and urged residents
to store enough water for drinking and cooking before the cuts begin each morning.

"We understand the frustration, but this maintenance cannot be postponed any longer," said
spokesperson Lerato Dlamini. "If the pipeline fails completely, the outages would be far worse and
last much longer."

Residents' associations said the city had failed to invest adequately in infrastructure for years,
leaving ageing pipes and pumps prone to breakdowns. Some residents in affected suburbs said they had
already gone without water for several days in April.

The bulk water supplier that serves the province has also warned that demand across Gauteng is
running above sustainable levels and has asked municipalities to cut consumption.

The city said a detailed schedule of interruptions by suburb would be published on its website and
social media channels every evening.

Councillors from opposition parties called for an urgent meeting of the council's infrastructure
committee, saying residents deserved a clear explanation of why repeated breakdowns had not been
prevented.

The utility said it had set aside additional funds in its budget for the coming financial year to
replace ageing pumps at several of the affected reservoirs.
"""),
        must_have=[
            "The utility said it would deploy water tankers to hospitals, clinics and schools, and urged residents "
            "to store enough water for drinking and cooking before the cuts begin each morning.",
            "The city said a detailed schedule of interruptions by suburb would be published on its website and "
            "social media channels every evening.",
        ],
    ),
    # news-please, AFP story where the only "author" is the agency name.
    dict(
        cluster="afp-philippines-coconut-coffee",
        role="single",
        file="newsplease_afp_philippines_coffee.json",
        render="newsplease",
        title="Philippine coconut farmers turn to coffee as copra prices slump",
        date="2021-05-07",
        dateline="Manila (AFP) - ",
        city="Manila",
        country="PH",
        region="asia",
        agency="AFP",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.manilaislandnews.com.ph/world/afp/philippine-coconut-farmers-turn-to-coffee",
        source_domain="www.manilaislandnews.com.ph",
        description="Farmers in Mindanao are planting robusta beneath their palms.",
        np_authors=["Agence France-Presse"],
        np_publish="2021-05-07 04:22:00",
        np_modify=None,
        np_download="2021-05-07 09:40:51",
        tail_lines=["\u00a9 Agence France-Presse"],
        paras=P("""
Coconut farmers in the southern Philippines are planting coffee beneath their palms to make up for
years of low copra prices, hoping to cash in on a growing appetite for locally grown beans.

Copra, the dried coconut flesh used to make oil, has long been the main source of income for millions
of rural Filipinos, but prices have been volatile and many farmers earn only a few thousand pesos a
month.

"With coconut alone, we could not send our children to school," said Remedios Cabrera, 52, who
planted 400 coffee seedlings on her farm in Davao del Sur province two years ago. "Now the coffee is
starting to bear fruit."

Robusta coffee grows well in the partial shade of coconut trees, and agriculture officials have
distributed seedlings and training to thousands of households under a programme to reduce the
country's reliance on imported beans.

The Philippines consumes far more coffee than it grows and imports most of what it drinks, mainly
from Vietnam and Indonesia.

Local roasters and cafes in Manila have begun marketing single-origin Philippine coffee, paying
farmers premium prices for carefully processed beans.

But farmers say they still lack access to drying equipment and roads to get their harvest to buyers
quickly, and many sell their cherries to middlemen at low prices soon after picking.

Typhoons also remain a constant threat. A single storm can flatten young coffee plants and strip
coconut trees, wiping out years of work.

Agriculture officials say they hope to double local coffee output within five years, partly by
encouraging more coconut farmers to intercrop, but acknowledge that progress depends on better rural
infrastructure.
"""),
        must_have=[
            "The Philippines consumes far more coffee than it grows and imports most of what it drinks, mainly from "
            "Vietnam and Indonesia.",
            "A single storm can flatten young coffee plants and strip coconut trees, wiping out years of work.",
        ],
    ),
    # trafilatura JSON, ANSA (Italian), "(ANSA) - ROMA, 06 MAG -" dateline = Rome, Italy.
    dict(
        cluster="ansa-roma-musei-civici",
        role="single",
        file="trafilatura_ansa_roma_musei_it.json",
        render="trafilatura",
        title="Roma, i musei civici aprono anche il lunedì per tutto maggio",
        date="2021-05-06",
        dateline="(ANSA) - ROMA, 06 MAG - ",
        city="Rome",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section="Cultura",
        url="https://www.ansa.it/lazio/notizie/2021/05/06/roma-musei-civici-aperti-anche-lunedi_3f9a1c.html",
        hostname="www.ansa.it",
        source_hostname="ANSA.it",
        tf_author=None,
        tf_date="2021-05-06",
        tf_language=None,
        categories="Cultura;Lazio",
        tf_tags="musei;Roma",
        description="Orario continuato dalle 9 alle 19 e prenotazione obbligatoria nei fine settimana.",
        tail_lines=["(ANSA).", "RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA"],
        paras=P("""
I musei civici di Roma resteranno aperti anche il lunedì per tutto il mese di maggio, con orario
continuato dalle 9 alle 19, per consentire a un numero maggiore di visitatori di accedere alle
collezioni nel rispetto delle norme sul distanziamento.

Lo ha annunciato oggi l'assessorato alla Cultura del Comune, precisando che l'ingresso sarà
contingentato e che la prenotazione online resterà obbligatoria nei fine settimana.

L'apertura straordinaria riguarda, tra gli altri, i Musei Capitolini, il Museo dell'Ara Pacis, i
Mercati di Traiano e la Centrale Montemartini.

"Dopo mesi di chiusura vogliamo restituire i musei ai cittadini e ai turisti che stanno tornando in
città", ha dichiarato l'assessora Giulia Ferrante, sottolineando che nelle prime settimane dopo la
riapertura gli ingressi sono stati superiori alle attese.

Secondo i dati del Comune, nelle ultime due settimane di aprile i musei civici hanno registrato circa
38.000 visitatori, in gran parte residenti a Roma e nel Lazio.

Per i residenti l'ingresso resterà gratuito la prima domenica del mese, mentre per i ragazzi sotto i
18 anni sono previste riduzioni su tutte le mostre temporanee.

Nei musei resta obbligatorio l'uso della mascherina e il rispetto della distanza di almeno un metro
tra i visitatori, mentre all'ingresso viene misurata la temperatura corporea.

Il Comune ha inoltre annunciato che da giugno riprenderanno le visite guidate serali ai Mercati di
Traiano, sospese dall'inizio della pandemia, con gruppi ridotti e prenotazione obbligatoria.

Soddisfazione è stata espressa dalle associazioni di categoria del turismo, che vedono
nell'ampliamento degli orari un segnale importante in vista della stagione estiva.
"""),
        must_have=[
            "L'apertura straordinaria riguarda, tra gli altri, i Musei Capitolini, il Museo dell'Ara Pacis, i "
            "Mercati di Traiano e la Centrale Montemartini.",
            "Secondo i dati del Comune, nelle ultime due settimane di aprile i musei civici hanno registrato circa "
            "38.000 visitatori, in gran parte residenti a Roma e nel Lazio.",
        ],
    ),
    # trafilatura JSON, Lusa (Portuguese), gzip-compressed.
    dict(
        cluster="lusa-lisboa-metro-linha-verde",
        role="single",
        file="trafilatura_lusa_lisboa_metro_pt.json.gz",
        render="trafilatura",
        title="Metro de Lisboa vai reforçar frequência na linha Verde a partir de junho",
        date="2021-05-05",
        dateline="Lisboa, 05 mai 2021 (Lusa) \u2013 ",
        city="Lisbon",
        country="PT",
        region="europe",
        agency="Lusa",
        authors=[],
        editors=[],
        lang="pt",
        section="País",
        url="https://www.jornaldelisboa.pt/pais/metro-lisboa-reforca-frequencia-linha-verde-junho",
        hostname="www.jornaldelisboa.pt",
        source_hostname="Jornal de Lisboa",
        tf_author=None,
        tf_date="2021-05-05",
        tf_language="pt",
        categories="País;Sociedade",
        description="Intervalos de quatro minutos nas horas de ponta.",
        tail_lines=["ACL // JMR", "Lusa/Fim"],
        paras=P("""
O Metropolitano de Lisboa vai reforçar a partir de junho a frequência dos comboios na linha Verde nas
horas de ponta, com intervalos de quatro minutos entre composições, anunciou hoje a empresa.

Em comunicado, a empresa explica que o reforço é possível graças à entrada ao serviço de mais três
unidades triplas que estavam em manutenção e que foram entretanto recuperadas.

A linha Verde, que liga o Cais do Sodré a Telheiras, é uma das mais utilizadas da rede e tem
registado um aumento gradual de passageiros desde o início do desconfinamento, em março.

Segundo os dados da empresa, a procura na rede atingiu em abril cerca de 60% dos valores registados
no mesmo mês de 2019, antes da pandemia de covid-19.

A Comissão de Trabalhadores tinha alertado nas últimas semanas para a sobrelotação de algumas
carruagens nas horas de ponta, em especial nas estações da Baixa e do Cais do Sodré.

O Metropolitano de Lisboa lembra que o uso de máscara continua obrigatório nas estações e no interior
dos comboios.

A empresa adianta ainda que está prevista para os próximos meses a conclusão das obras de
modernização da estação de Arroios, que deverá reabrir com cais mais longos, preparados para receber
comboios de seis carruagens.

Também a linha Azul deverá beneficiar de um reforço de frequência a partir de setembro, dependendo da
evolução da procura, segundo a empresa.

O Metropolitano de Lisboa transportou cerca de 170 milhões de passageiros em 2019, um número que caiu
para menos de metade no ano passado devido às restrições impostas para conter a pandemia.
"""),
        must_have=[
            "A linha Verde, que liga o Cais do Sodré a Telheiras, é uma das mais utilizadas da rede e tem registado "
            "um aumento gradual de passageiros desde o início do desconfinamento, em março.",
            "O Metropolitano de Lisboa lembra que o uso de máscara continua obrigatório nas estações e no interior "
            "dos comboios.",
        ],
    ),
    # trafilatura JSON, Canadian site, two authors in one "a; b" string.
    dict(
        cluster="toronto-weekend-road-closures",
        role="single",
        file="trafilatura_toronto_road_closures.json",
        render="trafilatura",
        title="Toronto to expand weekend road closures for cyclists and pedestrians",
        date="2021-05-06",
        dateline="TORONTO \u2014 ",
        city="Toronto",
        country="CA",
        region="americas",
        agency=None,
        authors=["Priya Raman", "Mark Ellison"],
        editors=[],
        lang="en",
        section="News",
        url="https://www.lakeshoreledger.ca/news/toronto-expands-weekend-road-closures-cyclists",
        hostname="www.lakeshoreledger.ca",
        source_hostname="Lakeshore Ledger",
        tf_author="Priya Raman; Mark Ellison",
        tf_date="2021-05-06",
        tf_language="en",
        categories="News;Toronto",
        description="Council approved more weekend closures of major roads to car traffic.",
        paras=P("""
Toronto will close more stretches of major roads to cars on weekends this spring and summer to make
room for cyclists, runners and pedestrians, city council decided on Wednesday, expanding a program
that proved popular during last year's lockdowns.

The program will again include a section of Lake Shore Boulevard East, and for the first time will
add a route along part of Bayview Avenue on alternating weekends, according to a staff report
approved by council.

City staff estimated that more than 900,000 people used the closed roads on weekends last year, with
the busiest days attracting over 25,000 cyclists on a single stretch.

"People showed us that they want space to move safely outdoors, especially when so many other
activities are closed," said Councillor Dianne Marsh, who chairs the city's infrastructure committee.

Not everyone is pleased. Some residents living near the closures complained last year that traffic
was diverted onto residential side streets, and businesses along the affected routes said weekend
customers found it harder to reach them.

Staff said they would post additional traffic officers at key intersections and adjust signal timing
on parallel routes to reduce congestion.

The first closures are expected to begin later this month and run through the Labour Day weekend in
September, subject to public health guidance.

Cycling advocates urged the city to go further and install permanent protected bike lanes on some of
the routes, arguing that temporary closures do little for people who ride to work during the week.

The program's budget for this year is about $1.6 million, most of it for barriers, signs and staff,
according to the report.
"""),
        must_have=[
            "City staff estimated that more than 900,000 people used the closed roads on weekends last year, with "
            "the busiest days attracting over 25,000 cyclists on a single stretch.",
            "Staff said they would post additional traffic officers at key intersections and adjust signal timing "
            "on parallel routes to reduce congestion.",
        ],
    ),
]


# ---- JSON Lines containers ---------------------------------------------------

SANTIAGO = dict(
    cluster="reuters-santiago-metro-extension",
    role="original",
    file="crawl_batch_2021-05.jsonl",
    render="newsbeam",
    title="Chile opens Santiago metro extension to southern suburbs",
    date="2021-05-04",
    dateline="SANTIAGO (Reuters) - ",
    city="Santiago",
    country="CL",
    region="americas",
    agency="Reuters",
    authors=["Carla Méndez"],
    editors=["Dan Ridley"],
    lang="en",
    section=None,
    url="https://www.reuters.com/world/americas/chile-opens-santiago-metro-extension-southern-suburbs-2021-05-04/",
    nb_published="2021-05-04T18:22:00Z",
    outlet="Reuters",
    nb_authors=["Carla Méndez"],
    tail_lines=["(Reporting by Carla Méndez; Editing by Dan Ridley)"],
    paras=P("""
Chile opened a 7-kilometer extension of Santiago's metro on Tuesday, bringing rail service to densely
populated southern suburbs where many residents spend more than two hours a day commuting by bus.

The extension adds four stations and is expected to carry around 120,000 passengers a day once
ridership recovers from the coronavirus pandemic, the state-owned operator said.

Transport officials said the line would cut travel times to the city center by up to 40 minutes for
people living in the municipalities of La Pintana and Puente Alto.

Santiago's metro carries more than 2 million passengers on a typical weekday and is one of the most
extensive in Latin America. Several stations were badly damaged by arson during mass protests in
late 2019, and some were only fully restored last year.

The government has faced pressure to improve public services in poorer neighborhoods, a central
demand of the protest movement.

Construction of the extension cost about $560 million and took just over four years. Work is under
way on two further lines that officials say will be completed by 2027.

Residents near the new terminal station, many of whom had waited years for the line, lined up before
dawn to ride the first train. "I used to leave home at 5:30 in the morning to get to work by eight,"
said Marta Soto, a 46-year-old cleaner. "Now I can sleep an extra hour."

The operator said fares on the extension would be the same as on the rest of the network, and that
buses feeding the new stations would be reorganized to avoid duplicating the rail route.
"""),
    must_have=[
        "The extension adds four stations and is expected to carry around 120,000 passengers a day once "
        "ridership recovers from the coronavirus pandemic, the state-owned operator said.",
        "Construction of the extension cost about $560 million and took just over four years.",
    ],
)

QUAKE_COMMON = dict(
    agency="Reuters",
    lang="en",
    section=None,
    dateline="(Reuters) - ",
    city=None,
    editors=[],
    file="crawl_batch_2021-05.jsonl",
    role="hard_negative",
)

JSONL_MAIN = [
    SANTIAGO,
    # quake brief 1 (newsbeam shape)
    dict(
        QUAKE_COMMON,
        cluster="hn-quake-sulawesi-2021-05-04",
        render="newsbeam",
        title="Magnitude 5.2 quake strikes off Indonesia's Sulawesi - USGS",
        date="2021-05-04",
        country="ID",
        region="asia",
        authors=["Aditi Rao"],
        editors=["Sam Holmes"],
        url="https://www.reuters.com/world/asia-pacific/magnitude-52-quake-strikes-off-indonesias-sulawesi-usgs-2021-05-04/",
        nb_published="2021-05-04T09:41:00Z",
        outlet="Reuters",
        nb_authors=[],
        tail_lines=["(Reporting by Aditi Rao in Bengaluru; Editing by Sam Holmes)"],
        paras=P("""
A magnitude 5.2 earthquake struck off the coast of Indonesia's Sulawesi island on Tuesday, the U.S.
Geological Survey (USGS) said.

The quake was at a depth of 10 km (6.2 miles), USGS said. There were no immediate reports of damage or
casualties.

Indonesia sits on the Pacific "Ring of Fire", an arc of volcanoes and fault lines around the Pacific
Basin where earthquakes are frequent.
"""),
        must_have=[
            "The quake was at a depth of 10 km (6.2 miles), USGS said.",
            "There were no immediate reports of damage or casualties.",
        ],
    ),
    # quake brief 2 (news-please shape, "Reuters Staff" placeholder)
    dict(
        QUAKE_COMMON,
        cluster="hn-quake-chile-2021-05-08",
        render="newsplease",
        title="Magnitude 6.1 quake hits northern Chile - USGS",
        date="2021-05-08",
        country="CL",
        region="americas",
        authors=["Vishal Menon"],
        editors=["Ruth Carver"],
        url="https://www.reuters.com/world/americas/magnitude-61-quake-hits-northern-chile-usgs-2021-05-08/",
        source_domain="www.reuters.com",
        description="An earthquake of magnitude 6.1 struck northern Chile.",
        np_authors=["Reuters Staff"],
        np_publish="2021-05-08 03:15:00",
        np_modify=None,
        np_download="2021-05-08 06:00:02",
        tail_lines=["(Reporting by Vishal Menon in Bengaluru; Editing by Ruth Carver)"],
        paras=P("""
An earthquake of magnitude 6.1 struck near the coast of northern Chile on Saturday, the U.S.
Geological Survey (USGS) said.

The quake was at a depth of 35 km (21.7 miles), the USGS said. Chile's national emergency office said
there were no immediate reports of damage and that the quake did not meet the conditions to generate a
tsunami off the coast.

Chile is one of the most seismically active countries in the world and has strict building codes
designed to withstand strong shaking.
"""),
        must_have=[
            "The quake was at a depth of 35 km (21.7 miles), the USGS said.",
            "Chile is one of the most seismically active countries in the world and has strict building "
            "codes designed to withstand strong shaking.",
        ],
    ),
    # Kyodo story delivered as raw HTML inside newsbeam's own record shape (no "published" key).
    dict(
        cluster="kyodo-osaka-flying-taxis",
        role="single",
        file="crawl_batch_2021-05.jsonl",
        render="newsbeam",
        nb_html=True,
        site=dict(
            name="Kyodo News",
            home="https://english.kyodonews.net",
            title_suffix=" | Kyodo News",
            cookie="This site uses cookies. By continuing, you agree to our cookie policy.",
            cookie_buttons=["Agree"],
            nav=["Japan", "World", "Business", "Sports", "Features"],
            share=["Share on Twitter", "Share on Facebook"],
            related_title="Related coverage",
            comments_title="Comments ({n})",
            footer=[
                "\u00a9 Kyodo News. All Rights Reserved. No reproduction or republication without written "
                "permission."
            ],
        ),
        title="Osaka to test flying taxis ahead of 2025 World Expo",
        date="2021-05-06",
        dateline="OSAKA (Kyodo) -- ",
        city="Osaka",
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        jsonld=False,
        url="https://english.kyodonews.net/news/2021/05/osaka-flying-taxis-expo-test-flights.html",
        description="Test flights over Osaka Bay are planned for next year.",
        published="2021-05-06T15:20:00+09:00",
        visible_date="May 6, 2021 | KYODO NEWS",
        outlet="Kyodo News",
        nb_authors=[],
        related=[
            "Japan eyes rules for drone deliveries in cities",
            "Kansai airport passenger numbers plunge",
        ],
        paras=P("""
Osaka prefecture and a group of private companies will begin test flights of electric vertical
takeoff and landing aircraft over Osaka Bay next year, officials said Thursday, as the region aims to
showcase so-called flying taxis at the 2025 World Exposition.

The tests will initially use unmanned aircraft and move to piloted flights once safety standards are
in place, according to a roadmap drawn up by a council of local governments, airlines and
manufacturers.

Organizers hope visitors to the expo, to be held on the artificial island of Yumeshima, will be able
to travel by air taxi from Kansai International Airport and central Osaka.

The central government has set a goal of starting commercial flying-car services in Japan in 2025 and
is working on rules covering aircraft certification, pilot licensing and landing sites.

A prefectural official said noise, safety over populated areas and the cost of tickets would be key
issues for public acceptance. "We need residents to see these aircraft as something useful, not just
a novelty," the official said.

Several Japanese startups and foreign manufacturers are developing such aircraft, which use multiple
electric rotors and are quieter than helicopters.

Osaka officials have described the expo as an opportunity to show the world new technologies, and
organizers are also considering demonstrations of autonomous buses and hydrogen-powered ferries.

The prefecture plans to designate landing areas, known as vertiports, near the expo site and along
the waterfront by 2024, the official said.
"""),
        must_have=[
            "The central government has set a goal of starting commercial flying-car services in Japan in 2025 and "
            "is working on rules covering aircraft certification, pilot licensing and landing sites.",
            "Several Japanese startups and foreign manufacturers are developing such aircraft, which use multiple "
            "electric rotors and are quieter than helicopters.",
        ],
    ),
    # quake brief 3 (trafilatura shape)
    dict(
        QUAKE_COMMON,
        cluster="hn-quake-fukushima-2021-05-12",
        render="trafilatura",
        title="Magnitude 5.8 earthquake strikes off Japan's Fukushima - USGS",
        date="2021-05-12",
        country="JP",
        region="asia",
        authors=["Aditi Rao"],
        editors=["Sam Holmes"],
        url="https://www.reuters.com/world/asia-pacific/magnitude-58-earthquake-strikes-off-japans-fukushima-usgs-2021-05-12/",
        hostname="www.reuters.com",
        source_hostname="Reuters",
        tf_author=None,
        tf_date="2021-05-12",
        tf_language="en",
        categories="World;Asia Pacific",
        section="World",
        description="A magnitude 5.8 earthquake struck off the coast of Fukushima prefecture.",
        tail_lines=["(Reporting by Aditi Rao in Bengaluru; Editing by Sam Holmes)"],
        paras=P("""
A magnitude 5.8 earthquake struck off the coast of Fukushima prefecture in northeastern Japan on
Wednesday, the U.S. Geological Survey (USGS) said.

The quake was at a depth of 40 km (24.9 miles), USGS said. Japan's meteorological agency did not issue
a tsunami warning, and there were no immediate reports of damage.

Japan accounts for about a fifth of the world's earthquakes of magnitude 6 or greater.
"""),
        must_have=[
            "The quake was at a depth of 40 km (24.9 miles), USGS said.",
            "Japan's meteorological agency did not issue a tsunami warning, and there were no immediate "
            "reports of damage.",
        ],
    ),
    # same-URL re-scrape: tracking parameters + fragment, one extra chrome line
    dict(
        SANTIAGO,
        role="url_copy",
        url=SANTIAGO["url"]
        + "?utm_source=twitter&utm_medium=social&utm_campaign=reuters_world#main-content",
        tail_lines=SANTIAGO["tail_lines"] + [REUTERS_STANDARDS],
    ),
    # dpa Munich (German) with "published": null and no date clue but a weekday.
    dict(
        cluster="dpa-muenchen-escooter-zonen",
        role="single",
        file="crawl_batch_2021-05.jsonl",
        render="newsbeam",
        title="München verlängert Test mit festen Abstellzonen für E-Scooter",
        date=None,
        dateline="München (dpa/lby) - ",
        city="Munich",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        url="https://www.sueddeutsche-rundschau.de/muenchen/e-scooter-abstellzonen-verlaengert-1.52331",
        nb_published=None,
        outlet="Süddeutsche Rundschau",
        nb_authors=[],
        nb_language=None,
        paras=P("""
Die Stadt München verlängert ihren Versuch mit festen Abstellflächen für E-Scooter in der Innenstadt
um ein weiteres Jahr. Das hat der Mobilitätsausschuss des Stadtrats am Dienstag beschlossen.

Seit vergangenem Sommer dürfen die Roller in Teilen der Altstadt nur noch in rund 80 markierten Zonen
abgestellt werden. Nach Angaben der Stadt ist die Zahl der Beschwerden über falsch geparkte Roller
seitdem um etwa die Hälfte zurückgegangen.

„Die Zonen funktionieren, aber wir sind noch nicht am Ziel“, sagte eine Sprecherin des
Mobilitätsreferats. Vor allem an Wochenenden würden Roller weiterhin auf Gehwegen und in Grünanlagen
abgestellt.

Die Anbieter sind verpflichtet, falsch abgestellte Fahrzeuge innerhalb von zwei Stunden zu entfernen.
Bei Verstößen drohen Bußgelder.

Blindenverbände fordern seit langem strengere Regeln, da abgestellte Roller für sehbehinderte
Menschen eine Stolpergefahr darstellen. Sie begrüßten die Verlängerung, verlangten aber, das System
auf weitere Stadtteile auszuweiten.

In München sind derzeit nach Angaben der Stadt rund 9000 E-Scooter von fünf Anbietern im Einsatz.

Die Stadt erhebt seit diesem Jahr zudem eine Sondernutzungsgebühr von den Verleihfirmen. Die
Einnahmen sollen unter anderem in zusätzliche Abstellflächen und Fahrradstellplätze fließen.

Ein Anbieter kündigte an, die Nutzer künftig per App zu verpflichten, nach jeder Fahrt ein Foto des
abgestellten Rollers hochzuladen. Wer außerhalb der Zonen parkt, soll eine Strafgebühr zahlen.

Die Stadtverwaltung will dem Ausschuss im kommenden Frühjahr einen Bericht vorlegen. Dann soll
entschieden werden, ob die Regeln dauerhaft gelten und auf andere Stadtviertel ausgeweitet werden.
"""),
        must_have=[
            "Die Anbieter sind verpflichtet, falsch abgestellte Fahrzeuge innerhalb von zwei Stunden zu entfernen.",
            "In München sind derzeit nach Angaben der Stadt rund 9000 E-Scooter von fünf Anbietern im Einsatz.",
        ],
    ),
    # Swiss French (Keystone-ATS) in news-please shape, empty authors list.
    dict(
        cluster="ats-geneve-bus-hydrogene",
        role="single",
        file="crawl_batch_2021-05.jsonl",
        render="newsplease",
        title="Genève: les TPG testent un bus articulé à hydrogène",
        date="2021-05-05",
        dateline="Genève (ATS) - ",
        city="Geneva",
        country="CH",
        region="europe",
        agency="ATS",
        authors=[],
        editors=[],
        lang="fr",
        section=None,
        url="https://www.tribune-du-leman.ch/geneve/tpg-testent-bus-hydrogene-2021-05-05",
        source_domain="www.tribune-du-leman.ch",
        description="Le véhicule circulera avec des passagers dès la fin du mois de mai.",
        np_authors=[],
        np_publish="2021-05-05 11:48:00",
        np_modify="2021-05-05 11:48:00",
        np_download="2021-05-05 20:30:00",
        tail_lines=["ats/nr"],
        paras=P("""
Les Transports publics genevois (TPG) vont tester pendant trois mois un bus articulé à hydrogène sur
deux lignes urbaines, a annoncé mercredi l'entreprise. Le véhicule circulera avec des passagers dès la
fin du mois de mai.

L'essai doit permettre d'évaluer l'autonomie du bus, sa consommation et son comportement sur les
pentes de certains quartiers, ainsi que les contraintes liées au ravitaillement, précisent les TPG
dans un communiqué.

Le véhicule sera ravitaillé dans une station installée provisoirement sur le site d'un dépôt,
alimentée par de l'hydrogène produit à partir d'électricité d'origine hydraulique.

Les TPG se sont fixé pour objectif de renoncer entièrement au diesel d'ici 2030. L'entreprise exploite
déjà des trolleybus et a commandé plusieurs dizaines de bus électriques à batterie, qui entreront en
service à partir de l'an prochain.

«\u00a0L'hydrogène pourrait être une solution pour les lignes les plus longues, où la recharge des
batteries pose davantage de difficultés\u00a0», a indiqué un porte-parole.

Le coût de l'essai, estimé à 400.000 francs, est partagé entre l'entreprise, le canton et le
constructeur du véhicule.

Plusieurs villes suisses et européennes ont déjà mené des essais similaires, avec des résultats
contrastés. Le prix de l'hydrogène et le coût des véhicules restent nettement supérieurs à ceux des
bus électriques à batterie.

Les usagers seront invités à donner leur avis sur le confort et le bruit du véhicule au moyen d'un
questionnaire en ligne, a précisé l'entreprise.

Une décision sur un éventuel achat de bus à hydrogène ne sera pas prise avant la fin de l'année
prochaine, selon les TPG.
"""),
        must_have=[
            "Le véhicule sera ravitaillé dans une station installée provisoirement sur le site d'un dépôt, "
            "alimentée par de l'hydrogène produit à partir d'électricité d'origine hydraulique.",
            "Le coût de l'essai, estimé à 400.000 francs, est partagé entre l'entreprise, le canton et le "
            "constructeur du véhicule.",
        ],
    ),
]

JSONL_EXTRA = [
    dict(
        cluster="reuters-vietnam-electric-motorbikes",
        role="single",
        file="crawl_batch_extra.jsonl.gz",
        render="newsbeam",
        title="Vietnam's electric motorbike sales surge as Hanoi plans petrol curbs",
        date="2021-05-06",
        dateline="HANOI (Reuters) - ",
        city="Hanoi",
        country="VN",
        region="asia",
        agency="Reuters",
        authors=["Linh Pham"],
        editors=["Alex Rowe"],
        lang="en",
        section=None,
        url="https://www.reuters.com/business/autos-transportation/vietnams-electric-motorbike-sales-surge-2021-05-06/",
        nb_published="2021-05-06T08:05:00+00:00",
        outlet="Reuters",
        nb_authors=["Linh Pham"],
        tail_lines=["(Reporting by Linh Pham; Editing by Alex Rowe)"],
        paras=P("""
Sales of electric motorbikes in Vietnam rose sharply in the first four months of the year as buyers in
Hanoi and Ho Chi Minh City anticipated stricter limits on petrol-powered scooters, according to
industry estimates released on Thursday.

About 95,000 electric two-wheelers were sold between January and April, up roughly 45% from the same
period last year, an industry group representing domestic manufacturers said.

Motorbikes are the main form of transport for most Vietnamese, with several million registered in
Hanoi alone. The capital's authorities have said they plan to restrict petrol motorbikes in central
districts by the end of the decade to reduce air pollution and congestion.

"Young buyers care about running costs, and electricity is much cheaper than petrol," said Tran Minh
Duc, who runs a dealership in Hanoi's Dong Da district. "But many older customers still worry about
how far they can go on one charge."

Manufacturers are expanding battery-swapping stations in the two largest cities to address such
concerns, though charging infrastructure remains limited outside urban areas.

Electric models still make up a small share of the roughly 3 million motorbikes sold in Vietnam each
year, according to industry data.

Vietnam's government has also discussed incentives for electric vehicles, including lower
registration fees, as part of efforts to cut emissions and reduce dependence on imported fuel.

Analysts said a shortage of reliable after-sales service and concerns about battery disposal could
slow adoption in smaller cities and rural provinces.
"""),
        must_have=[
            "Manufacturers are expanding battery-swapping stations in the two largest cities to address such "
            "concerns, though charging infrastructure remains limited outside urban areas.",
            "Electric models still make up a small share of the roughly 3 million motorbikes sold in Vietnam each "
            "year, according to industry data.",
        ],
    ),
    dict(
        cluster="auckland-water-restrictions-eased",
        role="single",
        file="crawl_batch_extra.jsonl.gz",
        render="trafilatura",
        title="Auckland eases outdoor water restrictions after wet April",
        date="2021-05-05",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Mere Tawhiri"],
        editors=[],
        lang="en",
        section="Local News",
        url="https://www.aucklandcourier.co.nz/local-news/auckland-eases-water-restrictions-wet-april",
        hostname="www.aucklandcourier.co.nz",
        source_hostname="Auckland Courier",
        tf_author="Mere Tawhiri",
        tf_date="2021-05-05",
        tf_language=None,
        categories="Local News",
        description="Hoses allowed again from Monday as dam levels recover.",
        inserts={2: ["Advertisement"]},
        paras=P("""
Aucklanders will again be allowed to use hoses to water their gardens from next Monday after heavy
rain in April lifted the region's dam levels above their long-term average for the first time in more
than a year, the city's water utility said.

Combined storage in the region's reservoirs reached 79% on Wednesday, up from about 60% at the start
of March, when the city was still recovering from one of the driest summers on record.

The ban on using outdoor hoses without a trigger nozzle and on washing cars at home will be lifted,
but water blasters will still need to be fitted with a nozzle and residents are being asked to limit
showers to four minutes.

"The rain has given us breathing space, but it has not solved the long-term problem," the utility's
head of operations said. "Auckland is growing quickly and we need new sources of water."

A new treatment plant drawing water from the Waikato River is due to come online next year, adding
capacity for about 150,000 people.

Residents used an average of 406 litres per household per day in April, down from more than 480
litres in the same month two years ago, according to the utility.

The utility said it would continue its leak detection programme, which has found and fixed thousands
of leaks in the network since last year, and would keep promoting water-saving devices for
households.

Restrictions could be reintroduced if the coming winter proves drier than expected, the utility
warned.
"""),
        must_have=[
            "A new treatment plant drawing water from the Waikato River is due to come online next year, adding "
            "capacity for about 150,000 people.",
            "Residents used an average of 406 litres per household per day in April, down from more than 480 "
            "litres in the same month two years ago, according to the utility.",
        ],
    ),
]


# --------------------------------------------------------------------------
# 4. render, validate, write
# --------------------------------------------------------------------------

ALL_RECORDS = TXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_MAIN + JSONL_EXTRA

LABEL_KEYS = [
    "file",
    "record",
    "format",
    "title",
    "date",
    "dateline_city",
    "country",
    "region",
    "agency",
    "authors",
    "editors",
    "language",
    "caption",
    "caption_credit",
    "section",
    "must_have",
    "chrome",
    "cluster",
    "role",
]


def visible_text(payload, fmt: str) -> str:
    """Human-visible text of a rendered record (for validation only)."""
    if isinstance(payload, dict):
        if payload.get("maintext") is not None:
            return payload["maintext"]
        if payload.get("html") is not None:
            return visible_text(payload["html"], "html")
        return payload.get("text") or ""
    if fmt == "html":
        import lxml.html

        doc = lxml.html.document_fromstring(payload)
        for el in doc.xpath("//script|//style|//title"):
            el.drop_tree()
        return doc.text_content()
    return payload


def payload_title(payload) -> str | None:
    return payload.get("title") if isinstance(payload, dict) else None


def validate(s: dict, payload, chrome: list[str], fmt: str) -> list[str]:
    errs = []
    where = f"{s['file']}[{s['cluster']}]"
    vis = norm(visible_text(payload, fmt))
    body = [norm(p) for p in body_paras(s)]
    body_text = " ".join(body)
    if s["region"] not in REGIONS:
        errs.append(f"{where}: bad region {s['region']}")
    if s["role"] not in ROLES:
        errs.append(f"{where}: bad role {s['role']}")
    if s["date"] is not None and not re.fullmatch(r"2021-\d\d-\d\d", s["date"]):
        errs.append(f"{where}: bad date {s['date']}")
    if not re.fullmatch(r"[A-Z]{2}", s["country"]):
        errs.append(f"{where}: bad country {s['country']}")
    if not 2 <= len(s["must_have"]) <= 3:
        errs.append(f"{where}: need 2-3 must_have sentences")
    for m in s["must_have"]:
        if not any(m in p for p in s["paras"][1:]):
            errs.append(f"{where}: must_have not in a non-dateline paragraph: {m[:60]}")
        if norm(m) not in vis:
            errs.append(f"{where}: must_have not in rendered text: {m[:60]}")
        for c in chrome:
            if norm(m) in norm(c):
                errs.append(f"{where}: must_have inside chrome line: {m[:60]}")
    for c in chrome:
        if norm(c) not in vis:
            errs.append(f"{where}: chrome line missing from rendered text: {c[:60]}")
        if norm(c) in body:
            errs.append(f"{where}: chrome line equals a body paragraph: {c[:60]}")
    if fmt == "text" and isinstance(payload, str):
        lines = {ln.strip() for ln in payload.replace("\r\n", "\n").split("\n")}
        for c in chrome:
            if c.strip() not in lines:
                errs.append(f"{where}: chrome is not a whole line: {c[:60]}")
    title = s["title"]
    if payload_title(payload) is not None:
        if payload_title(payload) != title:
            errs.append(f"{where}: JSON title differs from label")
    elif norm(title) not in vis:
        errs.append(f"{where}: title not in rendered text")
    for key in ("caption", "credit"):
        if s.get(key) and norm(s[key]) not in vis:
            errs.append(f"{where}: {key} not in rendered text")
    if bool(s.get("caption")) != bool(s.get("credit")):
        errs.append(f"{where}: caption and credit must come together")
    for a in s["authors"]:
        if a.lower() in {"reuters staff", "staff reporter", "afp", "associated press", "dpa"}:
            errs.append(f"{where}: placeholder/agency in authors")
        in_json = isinstance(payload, dict) and a in json.dumps(payload, ensure_ascii=False)
        if norm(a).upper() not in vis.upper() and not in_json:
            errs.append(f"{where}: author {a} not found in record")
    if len(body_text) < 200:
        errs.append(f"{where}: body suspiciously short")
    return errs


def encode_page(s: dict, text: str) -> bytes:
    if s.get("mojibake"):
        return mojibake(text).encode("utf-8")
    charset = s.get("site", {}).get("charset", "utf-8") if s["render"] == "html" else "utf-8"
    return text.encode("windows-1252" if charset == "windows-1252" else "utf-8")


def decode_page(s: dict, data: bytes) -> str:
    """Inverse of encode_page (used to check the written bytes)."""
    if s.get("mojibake"):
        return data.decode("utf-8").encode("cp1252").decode("utf-8")
    charset = s.get("site", {}).get("charset", "utf-8") if s["render"] == "html" else "utf-8"
    return data.decode("windows-1252" if charset == "windows-1252" else "utf-8")


def main() -> int:
    by_file: dict[str, list[dict]] = defaultdict(list)
    for s in ALL_RECORDS:
        by_file[s["file"]].append(s)

    labels, errors = [], []
    outputs: dict[str, bytes] = {}
    stats = []
    for fname in sorted(by_file):
        recs = by_file[fname]
        multi = ".jsonl" in fname
        if len(recs) > 1 and not multi:
            errors.append(f"{fname}: several records in a single-record file")
        chunks = []
        for idx, s in enumerate(recs):
            payload, chrome, fmt = RENDERERS[s["render"]](s)
            errors += validate(s, payload, chrome, fmt)
            if isinstance(payload, dict):
                chunks.append(
                    json.dumps(payload, ensure_ascii=False)
                    if multi
                    else json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
                )
                fmt = "json"
            else:
                chunks.append(payload)
            labels.append(
                {
                    "file": fname,
                    "record": idx,
                    "format": fmt,
                    "title": s["title"],
                    "date": s["date"],
                    "dateline_city": s["city"],
                    "country": s["country"],
                    "region": s["region"],
                    "agency": s["agency"],
                    "authors": s["authors"],
                    "editors": s.get("editors", []),
                    "language": s["lang"],
                    "caption": s.get("caption"),
                    "caption_credit": s.get("credit"),
                    "section": s.get("section"),
                    "must_have": s["must_have"],
                    "chrome": chrome,
                    "cluster": s["cluster"],
                    "role": s["role"],
                }
            )
            stats.append((fname, s, len(" ".join(s["paras"]).split())))
        if multi:
            data = ("\n".join(chunks) + "\n").encode("utf-8")
        else:
            data = encode_page(recs[0], chunks[0])
            if decode_page(recs[0], data) != chunks[0]:
                errors.append(f"{fname}: encoding round-trip failed")
        if fname.endswith(".gz") or recs[0].get("gzip"):
            data = gz(data)
        outputs[fname] = data

    # cluster sanity: roles inside multi-record clusters
    clusters = defaultdict(list)
    for lab in labels:
        clusters[lab["cluster"]].append(lab)
    for cid, members in clusters.items():
        roles = sorted(m["role"] for m in members)
        if len(members) == 1 and roles[0] not in ("single", "hard_negative"):
            errors.append(f"cluster {cid}: singleton with role {roles[0]}")
        if len(members) > 1 and roles.count("original") != 1:
            errors.append(f"cluster {cid}: needs exactly one original, has {roles}")

    if errors:
        print("VALIDATION FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1

    (OUT / "articles").mkdir(exist_ok=True)
    for fname, data in outputs.items():
        (OUT / "articles" / fname).write_bytes(data)
    doc = {"records": labels, "notes": LABEL_NOTES}
    (OUT / "labels.json").write_text(
        json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )

    known = set(outputs)
    stray = sorted(p.name for p in (OUT / "articles").iterdir() if p.name not in known)
    if stray:
        print("WARNING: files in sample_corpus/ not produced by this script:", ", ".join(stray))

    # ---- summary ----
    print(f"wrote {len(outputs)} files, {len(labels)} article records -> {OUT}")
    for key in ("format", "language", "region", "role"):
        c = Counter(lab[key] for lab in labels)
        print(f"  by {key:8s}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    exts = Counter(re.sub(r"^[^.]*", "", f) or "(no extension)" for f in outputs)
    print("  by file type: " + ", ".join(f"{k}={v}" for k, v in sorted(exts.items())))
    multi_clusters = {c: sorted(m["role"] for m in ms) for c, ms in clusters.items() if len(ms) > 1}
    print("  multi-record clusters:")
    for c, roles in sorted(multi_clusters.items()):
        print(f"    {c}: {len(roles)} ({', '.join(roles)})")
    hn = sorted(c for c, ms in clusters.items() if ms[0]["role"] == "hard_negative")
    print(f"  hard-negative singletons ({len(hn)}): " + ", ".join(hn))
    words = sorted(w for _, _, w in stats)
    print(f"  body words: min={words[0]} median={words[len(words) // 2]} max={words[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
