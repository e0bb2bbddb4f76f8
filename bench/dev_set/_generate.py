#!/usr/bin/env python3
# ruff: noqa: E501
"""Generate newsbeam's development extraction set (bench/dev_set/), first written
as a held-out set (see README.md: measured once untouched, then tuned on).

    .venv/bin/python bench/dev_set/_generate.py

Writes ``bench/dev_set/articles/*`` and ``bench/dev_set/labels.json``.  Output
is deterministic (gzip members use mtime=0 and no file name).  Every story is
invented: people, quotes, companies, figures and most small places are
fictional; large cities, countries and institutions are real so that
datelines and countries can be labelled.

This set is held out from tuning.  It was written without reading the
extraction code in transforms/, from what real publishers put on their pages
(2022-2024 layouts: Reuters "Purchase Licensing Rights", AP share bars,
syndicated Bloomberg copies with "Most Read from Bloomberg", France 24-style
AFP pages, Yonhap "(END)" tails, PTI slugs, Lusa "// VM" slugs, cookie
walls, newsletter promos, "Updated" stamps printed before "Published" ones,
...).  Do not edit stories or labels to suit the pipeline; fix a label only
when it is wrong by LABEL_NOTES.

Label format and conventions are those of sample_corpus/ (see LABEL_NOTES
below, identical in meaning to sample_corpus/_generate.py):
  * ``chrome`` lists whole lines / whole visible text nodes that must not end
    up in the cleaned body; ``must_have`` sentences are exact body text,
    compared after collapsing whitespace.
  * labels are in clean form (the noisy re-scrape is labelled with the text it
    should have had; its must_have sentences contain no quote characters).
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

# Holdout-specific remarks on individual labels (kept in labels.json).
HOLDOUT_NOTES = {
    "purpose": "held-out evaluation set; never tune extraction code against it",
    "caption_credit": "a leading copyright sign ('© X / AFP') is treated as a wrapper and dropped",
    "bloomberg_sydney_lithium": "page states 'June 6, 2023 at 9:14 PM EDT' -> date 2023-06-06 "
    "although the story's 'Wednesday' is June 7 in Perth (publisher calendar in the stated offset)",
    "cornishcoast_polgarrow_pool": "no publication date anywhere on the page -> date null",
    "pti_bengaluru_rainwater": "page shows only 'Last Updated : 04 July 2023'; the dateline 'Jul 4' "
    "gives the publication day, the stamp the year -> 2023-07-04",
    "reuters_panama_canal": "'Writing by Sofía Mena' in the Reuters credit line counts as a credited "
    "writer -> authors include her although the web byline names only Ricardo Alvarado",
    "gallery_counters": "Reuters '[1/2]' gallery counters and 'Purchase Licensing Rights' links are "
    "not part of caption or caption_credit",
}


# --------------------------------------------------------------------------
# 1. helpers
# --------------------------------------------------------------------------


def P(block: str) -> list[str]:
    """Split a triple-quoted block into paragraphs (blank-line separated)."""
    return [re.sub(r"[ \t\r\n]+", " ", p).strip() for p in block.strip().split("\n\n") if p.strip()]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def body_paras(s: dict) -> list[str]:
    paras = list(s["paras"])
    return [s.get("dateline", "") + paras[0], *paras[1:]]


def esc(t: str) -> str:
    return html.escape(t, quote=False)


def attr(t: str) -> str:
    return html.escape(t, quote=True)


def gz(data: bytes) -> bytes:
    return gzip.compress(data, compresslevel=9, mtime=0)


def fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def curly(text: str) -> str:
    text = re.sub(r'(^|[\s(\[])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    return text.replace("'", "\u2019")


def rescrape_noise(paras: list[str]) -> list[str]:
    """Second crawl of the same page: curly quotes, NBSPs, double spaces, hard wraps."""
    out = []
    for i, p in enumerate(paras):
        p = curly(p)
        p = re.sub(r"(\d)% ", "\\1%\u00a0", p)
        p = re.sub(r"\$(\d+) per", "$\\1\u00a0per", p)
        p = re.sub(r"([a-z])\. (?=[A-Z])", "\\1.  ", p)
        width = 66 if i % 3 else 71
        out.append("\n".join(textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False)))
    return out


# --------------------------------------------------------------------------
# 2. renderers: each returns (payload, chrome_lines, format)
# --------------------------------------------------------------------------


class TextDoc:
    """A scraped plain-text page; remembers which lines are chrome."""

    def __init__(self, sep: str = "\n\n") -> None:
        self.blocks: list[str] = []
        self.chrome: list[str] = []
        self.sep = sep

    def add(self, text: str) -> None:
        self.blocks.append(text)

    def chrome_block(self, *lines: str) -> None:
        self.blocks.append("\n".join(lines))
        self.chrome.extend(ln for ln in lines if ln.strip())

    def render(self, newline: str = "\n") -> str:
        text = self.sep.join(self.blocks) + "\n"
        return text if newline == "\n" else text.replace("\n", newline)


def r_text(s):
    """Plain-text scrape: pre / title / head / caption / body with inserts / tail."""
    d = TextDoc()
    for block in s.get("pre", []):
        d.chrome_block(*block)
    d.add(s["title"])
    for block in s.get("head", []):
        d.chrome_block(*block)
    if s.get("cap_lines"):
        d.chrome_block(*s["cap_lines"])
    paras = body_paras(s)
    if s.get("noise"):
        paras = rescrape_noise(paras)
    inserts = s.get("inserts", {})
    for i, p in enumerate(paras):
        d.add(p)
        if i in inserts:
            d.chrome_block(*inserts[i])
    for block in s.get("tail", []):
        d.chrome_block(*block)
    return d.render("\r\n" if s.get("noise") else "\n"), d.chrome, "text"


def r_html(s):
    """A full HTML page: head metadata (og:/article:/JSON-LD), cookie wall, nav, chrome."""
    st = s["site"]
    ch: list[str] = []

    def C(t: str) -> str:
        ch.append(t)
        return esc(t)

    lang = s["lang"]
    img = s["url"].rsplit("/", 1)[0] + "/" + s.get("image_name", "main.jpg")
    meta = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(s.get('title_tag', s['title'] + st['title_suffix']))}</title>",
        f'<meta name="description" content="{attr(s["description"])}">',
        f'<link rel="canonical" href="{attr(s["url"])}">',
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{attr(st["name"])}">',
        f'<meta property="og:title" content="{attr(s.get("og_title", s["title"]))}">',
        f'<meta property="og:description" content="{attr(s["description"])}">',
        f'<meta property="og:url" content="{attr(s["url"])}">',
        f'<meta property="og:image" content="{attr(img)}">',
        f'<meta property="og:locale" content="{attr(st["locale"])}">',
        '<meta name="twitter:card" content="summary_large_image">',
        f'<meta name="twitter:site" content="{attr(st["twitter"])}">',
    ]
    if s.get("meta_author"):
        meta.append(f'<meta name="author" content="{attr(s["meta_author"])}">')
    if s.get("published") and not s.get("no_article_meta"):
        meta.append(f'<meta property="article:published_time" content="{s["published"]}">')
    if s.get("modified") and not s.get("no_article_meta"):
        meta.append(f'<meta property="article:modified_time" content="{s["modified"]}">')
    if s.get("meta_section"):
        meta.append(f'<meta property="article:section" content="{attr(s["meta_section"])}">')
    for t in s.get("meta_tags", []):
        meta.append(f'<meta property="article:tag" content="{attr(t)}">')
    meta.extend(s.get("meta_extra", []))
    if s.get("jsonld", True):
        ld = {
            "@context": "https://schema.org",
            "@type": s.get("ld_type", "NewsArticle"),
            "headline": s["title"],
            "description": s["description"],
            "datePublished": s.get("published"),
            "dateModified": s.get("modified") or s.get("published"),
            "author": s.get("ld_author", [{"@type": "Person", "name": a} for a in s["authors"]]),
            "publisher": {
                "@type": "Organization",
                "name": st["name"],
                "logo": {"@type": "ImageObject", "url": st["home"] + st.get("logo", "/logo.png")},
            },
            "mainEntityOfPage": {"@type": "WebPage", "@id": s["url"]},
            "image": {"@type": "ImageObject", "url": img, "width": 1200, "height": 675},
            "inLanguage": lang,
            "isAccessibleForFree": s.get("free", True),
        }
        if s.get("meta_section"):
            ld["articleSection"] = s["meta_section"]
        if st.get("ld_graph"):
            ld = {
                "@context": "https://schema.org",
                "@graph": [
                    {"@type": "Organization", "@id": st["home"] + "/#org", "name": st["name"]},
                    {"@type": "WebSite", "@id": st["home"] + "/#website", "url": st["home"], "name": st["name"]},
                    {k: v for k, v in ld.items() if k != "@context"},
                    {
                        "@type": "BreadcrumbList",
                        "itemListElement": [
                            {"@type": "ListItem", "position": i + 1, "name": b}
                            for i, b in enumerate(s.get("breadcrumbs", []))
                        ],
                    },
                ],
            }
        meta.append(
            '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
        )
    meta.append(f'<link rel="stylesheet" href="{st["home"]}/assets/main.css">')
    meta.append(
        "<script>(function(w,d){w.__tcfapi=w.__tcfapi||function(){(w.__tcfapi.a=w.__tcfapi.a||[])"
        ".push(arguments)};})(window,document);</script>"
    )
    meta.append(
        "<style>.visually-hidden{position:absolute;clip:rect(0 0 0 0)}.ad{min-height:250px}</style>"
    )

    out = ["<!DOCTYPE html>", f'<html lang="{lang}" dir="ltr">', "<head>", *meta, "</head>"]
    out.append(f'<body class="{st["body_class"]}">')
    out.append('<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXX" '
               'height="0" width="0" style="display:none"></iframe></noscript>')
    if st.get("skip"):
        out.append(f'<a class="visually-hidden skip-link" href="#content">{C(st["skip"])}</a>')
    if st.get("cookie"):
        out.append('<div class="consent-overlay" role="dialog" aria-modal="true">')
        if st.get("cookie_title"):
            out.append(f"<h2>{C(st['cookie_title'])}</h2>")
        out.append(f"<p>{C(st['cookie'])}</p>")
        out.append('<div class="consent-buttons">')
        for b in st["cookie_buttons"]:
            out.append(f"<button>{C(b)}</button>")
        out.append("</div></div>")
    out.append('<header class="masthead">')
    if st.get("top_links"):
        out.append('<div class="top-bar">')
        for t in st["top_links"]:
            out.append(f'<a href="#">{C(t)}</a>')
        out.append("</div>")
    out.append(f'<a class="brand" href="{attr(st["home"])}"><span>{C(st["name"])}</span></a>')
    out.append('<nav aria-label="Main"><ul class="menu">')
    for item in st["nav"]:
        out.append(f'<li class="menu-item"><a href="#">{C(item)}</a></li>')
    out.append("</ul></nav>")
    if s.get("ticker"):
        out.append(f'<div class="breaking-bar"><strong>{C(s["ticker"][0])}</strong> '
                   f'<a href="#">{C(s["ticker"][1])}</a></div>')
    out.append("</header>")
    out.append('<main id="content">')
    out.append(f'<article class="{st["article_class"]}">')
    if s.get("breadcrumbs"):
        out.append('<nav class="crumbs" aria-label="Breadcrumb">')
        out.append(" ".join(f'<a href="#">{C(b)}</a>' for b in s["breadcrumbs"]))
        out.append("</nav>")
    if s.get("kicker"):
        out.append(f'<span class="kicker">{C(s["kicker"])}</span>')
    out.append(f"<h1>{esc(s['title'])}</h1>")
    if s.get("dek"):
        # standfirst: editorial text, neither chrome nor labelled body
        out.append(f'<p class="standfirst">{esc(s["dek"])}</p>')
    out.append('<div class="meta">')
    for line in s.get("byline_lines", []):
        out.append(f'<div class="author">{C(line)}</div>')
    for line in s.get("date_lines", []):
        is_update = re.match(r"(Updated|Mis à jour|Atualizado|Aktualisiert|Actualizado)", line)
        stamp = (s.get("modified") if is_update else s.get("published")) or ""
        out.append(f'<time datetime="{attr(stamp)}">{C(line)}</time>')
    out.append("</div>")
    if st.get("share") and s.get("share_top", True):
        out.append('<ul class="share">' + "".join(
            f'<li><a href="#">{C(x)}</a></li>' for x in st["share"]) + "</ul>")
    if s.get("caption"):
        out.append('<figure class="lead">')
        out.append(f'<img src="{attr(img)}" alt="{attr(s["caption"])}" loading="eager">')
        cap = []
        if s.get("caption_prefix"):
            cap.append(f'<span class="count">{C(s["caption_prefix"])}</span> ')
        shown = s.get("credit_shown", s["credit"])
        ch.append(f"{s['caption']} {shown}")
        cap.append(f'{esc(s["caption"])} <span class="credit">{esc(shown)}</span>')
        if s.get("caption_suffix"):
            cap.append(f' <a class="license" href="#">{C(s["caption_suffix"])}</a>')
        out.append("<figcaption>" + "".join(cap) + "</figcaption></figure>")
    out.append(f'<div class="{st["body_class_inner"]}">')
    inserts = s.get("inserts", {})
    for i, p in enumerate(body_paras(s)):
        out.append(f"<p>{esc(p)}</p>")
        for ins in inserts.get(i, []):
            kind = ins[0]
            if kind == "ad":
                out.append(f'<div class="ad" data-slot="mid"><span class="ad-label">{C(ins[1])}</span></div>')
            elif kind == "link":
                ch.append(f"{ins[1]} {ins[2]}")
                out.append(f'<p class="read-also"><strong>{esc(ins[1])}</strong> <a href="#">{esc(ins[2])}</a></p>')
            elif kind == "box":
                out.append('<aside class="inline-box">')
                out.append(f"<h4>{C(ins[1])}</h4><ul>")
                for item in ins[2]:
                    out.append(f'<li><a href="#">{C(item)}</a></li>')
                out.append("</ul></aside>")
            elif kind == "promo":
                out.append('<div class="newsletter-promo">')
                for j, line in enumerate(ins[1]):
                    tag = "strong" if j == 0 else ("a" if j == len(ins[1]) - 1 else "p")
                    href = ' href="#"' if tag == "a" else ""
                    out.append(f"<{tag}{href}>{C(line)}</{tag}>")
                out.append("</div>")
            else:
                raise ValueError(kind)
    for line in s.get("end_lines", []):
        out.append(f'<p class="{st.get("end_class", "signoff")}">{C(line)}</p>')
    out.append("</div>")
    if s.get("tags"):
        label, tags = s["tags"]
        out.append(f'<div class="tags"><span>{C(label)}</span>'
                   + "".join(f'<a href="#">{C(t)}</a>' for t in tags) + "</div>")
    if st.get("share") and not s.get("share_top", True):
        out.append('<ul class="share">' + "".join(
            f'<li><a href="#">{C(x)}</a></li>' for x in st["share"]) + "</ul>")
    for line in s.get("author_box", []):
        out.append(f'<div class="author-bio">{C(line)}</div>')
    out.append("</article>")
    for title, items in s.get("lists", []):
        out.append('<aside class="rail">')
        out.append(f"<h3>{C(title)}</h3><ol>")
        for item in items:
            out.append(f'<li><a href="#">{C(item)}</a></li>')
        out.append("</ol></aside>")
    if s.get("newsletter_end"):
        out.append('<section class="newsletter">')
        for line in s["newsletter_end"]:
            out.append(f"<p>{C(line)}</p>")
        out.append("</section>")
    if s.get("comments"):
        out.append('<section class="comments">')
        for line in s["comments"]:
            out.append(f"<p>{C(line)}</p>")
        out.append("</section>")
    out.append("</main>")
    out.append('<footer class="site-footer">')
    for line in st["footer"]:
        out.append(f'<p><a href="#">{C(line)}</a></p>' if len(line) < 30 else f"<p>{C(line)}</p>")
    out.append("</footer>")
    out.append(f'<script src="{st["home"]}/assets/bundle.js" async></script>')
    out.append("</body>")
    out.append("</html>")
    return "\n".join(out) + "\n", ch, "html"


def json_lines_with_chrome(s):
    lines, ch = [], []
    for t in s.get("head_lines", []):
        lines.append(t)
        ch.append(t)
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
        "title_rss": s.get("title_rss"),
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
        "raw_text": None,
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
    """newsbeam's own crawler record shape (text or html)."""
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
    "text": r_text,
    "html": r_html,
    "newsplease": r_newsplease,
    "trafilatura": r_trafilatura,
    "newsbeam": r_newsbeam,
}


# --------------------------------------------------------------------------
# 3. story data
# --------------------------------------------------------------------------

# ---- cluster: Reuters Nairobi (original + noisy re-scrape) -----------------

MANGROVE_PARAS = P("""
Kenya will auction its first batch of carbon credits generated by restoring mangrove forests on its
southern coast next month, the country's forestry agency said on Tuesday, with fishing villages set to
receive a share of the proceeds.

The Kenya Forest Service said about 48,000 credits, each representing one tonne of carbon dioxide
removed from the atmosphere, had been verified by an independent auditor after five years of
replanting in Kwale county near the border with Tanzania.

Mangroves store several times more carbon per hectare than most tropical forests on land, because
much of it is locked in the waterlogged soil beneath their roots.

"For a long time people cut these trees for building poles and firewood because that was the only
income the forest could give them," said Amina Mwachiro, who chairs a community group in the village
of Vanga. "Now the standing tree is worth more than the cut one."

Under the scheme, 40% of the revenue will go to a community fund that pays for school bursaries and
water projects, the agency said. The rest will cover the cost of nurseries, patrols and monitoring.

Kenya has lost roughly a fifth of its mangrove cover since the 1980s, according to government
estimates, much of it to logging and the expansion of salt pans and shrimp farms.

Voluntary carbon markets have come under scrutiny over the past year after several studies
questioned whether some forest projects delivered the emissions cuts they claimed. Buyers have
increasingly sought so-called blue carbon credits from coastal ecosystems, which tend to fetch higher
prices.

Samuel Kiprotich, a carbon markets adviser at the forestry agency, said the auction would be open to
companies registered in Kenya and abroad, with a minimum bid of $18 per tonne.

The government plans to extend the programme to Lamu and Kilifi counties further north by 2025.
""")

MANGROVE = dict(
    cluster="reuters-kenya-mangrove-credits",
    title="Kenya coastal communities to sell first mangrove carbon credits at auction",
    date="2023-03-14",
    dateline="NAIROBI, March 14 (Reuters) - ",
    city="Nairobi",
    country="KE",
    region="africa",
    agency="Reuters",
    authors=["Wanjiru Kamau", "Otieno Ouma"],
    editors=["Helen Ashdown"],
    lang="en",
    section=None,
    render="text",
    paras=MANGROVE_PARAS,
    caption="Seedlings are planted at a mangrove restoration site in Vanga, Kwale county, Kenya, March 9, 2023.",
    credit="REUTERS/Thomas Njoroge",
    must_have=[
        "Mangroves store several times more carbon per hectare than most tropical forests on land, because "
        "much of it is locked in the waterlogged soil beneath their roots.",
        "Kenya has lost roughly a fifth of its mangrove cover since the 1980s, according to government "
        "estimates, much of it to logging and the expansion of salt pans and shrimp farms.",
        "The government plans to extend the programme to Lamu and Kilifi counties further north by 2025.",
    ],
)
MANGROVE_CREDITS = (
    "Reporting by Wanjiru Kamau; Additional reporting by Otieno Ouma in Mombasa; Editing by Helen Ashdown"
)
REUTERS_STANDARDS_2023 = "Our Standards: The Thomson Reuters Trust Principles., opens new tab"

# ---- cluster: AP Tucson (original + syndicated HTML copy) ------------------

LAWN_PARAS = P("""
Homeowners in Tucson will be able to collect up to $2,000 for replacing grass lawns with desert
plants under a program approved Tuesday by the City Council, as Arizona braces for deeper cuts to its
share of Colorado River water.

The council voted 6-1 to expand an existing rebate that until now applied only to businesses and
schools. Residents will receive $2 for every square foot of turf removed, provided they replace it with
native shrubs, gravel or other landscaping that needs little or no irrigation.

City water officials estimate that a typical grass front yard in Tucson uses about 30,000 gallons a
year, roughly a quarter of what an average household consumes.

"Every yard by itself is small, but across the city this adds up to a real amount of water we can keep
in the ground," said council member Rosa Villanueva, who sponsored the measure.

Tucson gets a large share of its drinking water from the Colorado River through a canal system that
carries it across the desert from Lake Havasu. Federal officials have ordered reductions in deliveries
to Arizona for a second straight year as drought and rising temperatures shrink the river's flow.

The lone vote against the plan came from council member Gerald Pruitt, who said the money would mostly
benefit wealthier homeowners who can afford to redo their landscaping. "Renters are not going to see a
dime of this," he said.

The city said it would set aside $1.5 million for the rebates in the first year and give priority to
applications from neighborhoods with older homes and larger lots.

Las Vegas and several Southern California water agencies have offered similar turf rebates for years,
and officials there say the programs have been among the cheapest ways to save water.

Applications open Sept. 1.
""")

LAWN = dict(
    cluster="ap-tucson-lawn-rebates",
    date="2023-08-08",
    dateline="TUCSON, Ariz. (AP) \u2014 ",
    city="Tucson",
    country="US",
    region="americas",
    agency="AP",
    authors=["Isabel Moreno", "Dwayne Keller"],
    editors=[],
    lang="en",
    paras=LAWN_PARAS,
    caption="Crews remove a grass lawn from a home in Tucson, Ariz., on Monday, Aug. 7, 2023.",
    credit="AP Photo/Ruben Salcido",
    must_have=[
        "City water officials estimate that a typical grass front yard in Tucson uses about 30,000 gallons a "
        "year, roughly a quarter of what an average household consumes.",
        "The city said it would set aside $1.5 million for the rebates in the first year and give priority to "
        "applications from neighborhoods with older homes and larger lots.",
    ],
)
LAWN_CONTRIB = "Associated Press writer Dwayne Keller in Phoenix contributed to this report."
AP_COPYRIGHT_2023 = "Copyright 2023 The Associated Press. All Rights Reserved."

# ---- cluster: EFE Lima (original text page + syndicated copy in JSONL) ------

MACHU_PARAS = P("""
El Gobierno de Perú amplió este viernes el número máximo de visitantes diarios a la ciudadela inca de
Machu Picchu de 4.500 a 5.600 personas, ante la fuerte demanda de turistas y las quejas de agencias de
viaje que no conseguían entradas para sus clientes.

La medida, publicada en el diario oficial El Peruano, estará vigente entre junio y octubre, los meses de
mayor afluencia, informó el Ministerio de Cultura en un comunicado.

Según la cartera, el incremento se distribuirá en nuevos horarios de ingreso por la tarde y no afectará
la conservación del santuario, ya que los visitantes seguirán recorriendo el sitio por circuitos de un
solo sentido.

"Hemos trabajado con arqueólogos y guardaparques para asegurar que cada nuevo turno tenga un impacto
mínimo", declaró a EFE la directora de Cultura de Cusco, Rocío Mamani.

Los gremios de turismo de Cusco celebraron la decisión, aunque pidieron al Gobierno mejorar la venta de
boletos en línea, que en semanas de alta demanda se agotan con más de un mes de anticipación.

Machu Picchu, construida en el siglo XV y declarada Patrimonio de la Humanidad por la Unesco en 1983, es
el principal destino turístico de Perú y recibía cerca de 1,5 millones de visitantes al año antes de la
pandemia.

El sector turístico peruano aún no recupera los niveles previos a la crisis sanitaria, afectado además
por las protestas sociales de inicios de año, que obligaron a cerrar temporalmente la ciudadela y el tren
que la une con Cusco.
""")

MACHU = dict(
    cluster="efe-peru-machu-picchu-aforo",
    date="2023-05-05",
    dateline="Lima, 5 may (EFE).- ",
    city="Lima",
    country="PE",
    region="americas",
    agency="EFE",
    authors=[],
    editors=[],
    lang="es",
    section=None,
    paras=MACHU_PARAS,
    must_have=[
        "La medida, publicada en el diario oficial El Peruano, estará vigente entre junio y octubre, los meses "
        "de mayor afluencia, informó el Ministerio de Cultura en un comunicado.",
        "Los gremios de turismo de Cusco celebraron la decisión, aunque pidieron al Gobierno mejorar la venta de "
        "boletos en línea, que en semanas de alta demanda se agotan con más de un mes de anticipación.",
    ],
)


# ---- plain-text pages ----------------------------------------------------------

TEXT_STORIES = [
    # Reuters 2023 page layout, clean scrape.
    dict(
        MANGROVE,
        role="original",
        file="reuters_kenya_mangrove_credits.txt",
        head=[["By Wanjiru Kamau"], ["March 14, 2023 9:41 AM UTC", "Updated ago"]],
        cap_lines=[
            "[1/2] Seedlings are planted at a mangrove restoration site in Vanga, Kwale county, Kenya, "
            "March 9, 2023. REUTERS/Thomas Njoroge Purchase Licensing Rights"
        ],
        tail=[
            [MANGROVE_CREDITS],
            [REUTERS_STANDARDS_2023],
            ["Acquire Licensing Rights, opens new tab"],
            [
                "Read Next",
                "Africa",
                "Nigeria's naira slides to record low on parallel market",
                "Environment",
                "Mozambique LNG project restart depends on security, operator says",
                "Africa",
                "Ghana cocoa regulator secures syndicated loan for 2023/24 purchases",
            ],
            ["Sponsored Content"],
        ],
    ),
    # Same page crawled again two days later: typographic noise, CRLF, glued stamp.
    dict(
        MANGROVE,
        role="rescrape",
        file="reuters_kenya_mangrove_credits_rescrape.txt.gz",
        noise=True,
        head=[["By Wanjiru Kamau"], ["March 14, 20239:41 AM UTCUpdated 2 days ago"]],
        cap_lines=[
            "[1/2] Seedlings are planted at a mangrove restoration site in Vanga, Kwale county, Kenya, "
            "March 9, 2023. REUTERS/Thomas Njoroge Purchase Licensing Rights"
        ],
        tail=[
            [MANGROVE_CREDITS],
            [REUTERS_STANDARDS_2023],
            ["Acquire Licensing Rights, opens new tab"],
            [
                "Read Next",
                "Business",
                "Kenya shilling hits new low against dollar as importers scramble",
                "Africa",
                "Ethiopia signs debt deal framework with official creditors",
            ],
        ],
    ),
    # AP page: share bar, Published/Updated stamps on different days.
    dict(
        LAWN,
        role="original",
        file="ap_tucson_lawn_rebates.txt",
        render="text",
        section=None,
        title="Tucson will pay homeowners to rip out thirsty lawns as Colorado River cuts loom",
        head=[
            ["By ISABEL MORENO"],
            ["Published 3:52 PM MST, August 8, 2023", "Updated 10:20 AM MST, August 9, 2023"],
            ["Share", "Copy Link copied", "Email", "Facebook", "X", "Reddit", "LinkedIn", "Pinterest", "Flipboard", "Print"],
        ],
        cap_lines=[
            "Crews remove a grass lawn from a home in Tucson, Ariz., on Monday, Aug. 7, 2023. (AP Photo/Ruben Salcido)"
        ],
        tail=[["___"], [LAWN_CONTRIB], [AP_COPYRIGHT_2023], ["ISABEL MORENO", "Moreno covers water and the environment in the Southwest for The Associated Press."]],
    ),
    # AFP English on a France 24-style page.
    dict(
        cluster="afp-mongolia-dzud",
        role="single",
        file="afp_mongolia_dzud_livestock.txt",
        render="text",
        title="Mongolian herders count losses as harsh winter kills livestock",
        date="2024-02-21",
        dateline="Ulaanbaatar (AFP) \u2013 ",
        city="Ulaanbaatar",
        country="MN",
        region="asia",
        agency="AFP",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        caption="Sheep that died in heavy snow lie near a herder's winter camp in Khentii province on February 18, 2024.",
        credit="Tserendorj GANBOLD / AFP",
        pre=[["Advertising"]],
        head=[["Issued on: 21/02/2024 - 08:14", "Modified: 21/02/2024 - 10:02"], ["3 min"]],
        cap_lines=[
            "Sheep that died in heavy snow lie near a herder's winter camp in Khentii province on February 18, "
            "2024. \u00a9 Tserendorj GANBOLD / AFP"
        ],
        inserts={2: ["Advertising"], 4: ["Read also", "Mongolia's nomads trade horses for motorbikes as the steppe empties"]},
        tail=[
            ["bur-tsg/dhw"],
            ["\u00a9 2024 AFP"],
            ["Daily newsletter", "Receive essential international news every morning", "Subscribe"],
            ["Keep up to date with international news by downloading the app"],
        ],
        paras=P("""
Mongolian herders have lost more than 1.2 million animals to an unusually harsh winter, officials said
Wednesday, as deep snow and temperatures below minus 40 degrees Celsius left sheep and goats unable to
reach grazing land.

The phenomenon, known in Mongolia as a dzud, follows a summer drought that left many families without
enough hay to see their herds through the coldest months.

"We dug through the snow for days, but there was nothing underneath for the animals to eat," herder
Batbayar Dorj, 52, told AFP by telephone from Khentii province in the east of the country.

The National Emergency Management Agency said 14 of Mongolia's 21 provinces were affected, and that it
had sent fodder and fuel to the worst-hit areas by truck and, where roads were blocked, by helicopter.

Livestock herding supports around a third of Mongolia's population of 3.4 million and is a pillar of
the economy, alongside mining.

Aid groups warn that losses could rise sharply in March and April, when animals weakened by the winter
give birth and temperatures swing between thaw and frost.

Each dzud pushes more families to abandon herding and move to the capital, where many settle in
sprawling districts of felt tents known as gers on the edge of the city.

The government has appealed for international assistance and said it would provide low-interest loans
to herders who lost more than half of their animals.
"""),
        must_have=[
            "Livestock herding supports around a third of Mongolia's population of 3.4 million and is a pillar of "
            "the economy, alongside mining.",
            "The government has appealed for international assistance and said it would provide low-interest loans "
            "to herders who lost more than half of their animals.",
        ],
    ),
    # Xinhua, Oceania, header on three lines.
    dict(
        cluster="xinhua-fiji-sea-wall",
        role="single",
        file="xinhua_fiji_sea_wall.txt",
        render="text",
        title="Fiji begins work on sea wall to protect coastal villages",
        date="2023-10-11",
        dateline="SUVA, Oct. 11 (Xinhua) -- ",
        city="Suva",
        country="FJ",
        region="oceania",
        agency="Xinhua",
        authors=[],
        editors=["Zhou Xin"],
        lang="en",
        section=None,
        caption="Waves break against a damaged stretch of coastline in Vunidogo village, Fiji, Oct. 9, 2023.",
        credit="Xinhua/Ma Ruoxi",
        pre=[["Home", "Asia-Pacific"]],
        head=[["Source: Xinhua", "Editor: Zhou Xin", "2023-10-11 16:40:12"]],
        cap_lines=[
            "Waves break against a damaged stretch of coastline in Vunidogo village, Fiji, Oct. 9, 2023. (Xinhua/Ma Ruoxi)"
        ],
        tail=[
            ["Enditem"],
            ["Related News", "Pacific leaders discuss climate finance in Port Vila", "Solomon Islands opens new wharf in Honiara"],
            ["Copyright \u00a9 2000 - 2023 XINHUANET.com. All Rights Reserved.", "Back to Top", "Close"],
        ],
        paras=P("""
Fiji on Wednesday started construction of a 1.6-km sea wall to shield three villages on the southern
coast of its main island Viti Levu from rising tides and storm surges, the Ministry of Rural and
Maritime Development said.

The project, worth 9.8 million Fijian dollars (about 4.3 million U.S. dollars), is expected to be
completed within 18 months and will protect more than 600 residents, along with a health center and
two schools, according to the ministry.

Speaking at the groundbreaking ceremony in Vunidogo village, Permanent Secretary Josefa Naivalu said
seawater had reached homes during high tides several times this year, damaging gardens and
contaminating wells.

"Our people do not want to leave the land of their ancestors. This wall gives them time and choice,"
Naivalu said.

Fiji has identified more than 40 coastal communities that may need to be relocated in the coming
decades because of sea level rise and erosion. Several villages have already moved to higher ground.

The sea wall will be built with rock armor and will be combined with the planting of mangroves and
vetiver grass to slow erosion behind the structure, engineers said.

Village headman Sitiveni Ratu said residents would contribute labor to the planting work. "The wall is
strong, but the trees are what our grandfathers used," he said.
"""),
        must_have=[
            "Fiji has identified more than 40 coastal communities that may need to be relocated in the coming "
            "decades because of sea level rise and erosion.",
            "The sea wall will be built with rock armor and will be combined with the planting of mangroves and "
            "vetiver grass to slow erosion behind the structure, engineers said.",
        ],
    ),
    # dpa regional service (dpa/sn) on a Saxon news site, German.
    dict(
        cluster="dpa-dresden-niedrigwasser",
        role="single",
        file="sachsenkurier_dpa_dresden_niedrigwasser_de.txt",
        render="text",
        title="Niedrigwasser: Dresdner Raddampfer bleiben vorerst im Hafen",
        date="2022-08-23",
        dateline="Dresden (dpa/sn) - ",
        city="Dresden",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        caption="Ein Raddampfer liegt am Terrassenufer in Dresden vor Anker.",
        credit="Henrik Lorenz/dpa-Zentralbild/dpa",
        pre=[["Startseite \u203a Sachsen \u203a Dresden"]],
        head=[
            ["Veröffentlicht: 23.08.2022, 11:47 Uhr", "Aktualisiert: 23.08.2022, 15:02 Uhr"],
            ["Artikel teilen", "Lesezeit: 2 Minuten"],
        ],
        cap_lines=["Ein Raddampfer liegt am Terrassenufer in Dresden vor Anker.", "\u00a9 Henrik Lorenz/dpa-Zentralbild/dpa"],
        inserts={2: ["Anzeige"], 4: ["Lesen Sie auch", "Waldbrand in der Sächsischen Schweiz: Lage entspannt sich"]},
        tail=[
            ["\u00a9 dpa-infocom, dpa:220823-99-484117/3"],
            [
                "Das könnte Sie auch interessieren",
                "Dresden: Straßenbahnlinie 4 fährt wieder bis Weinböhla",
                "Leipzig: Neue Radstreifen am Ring kommen später",
            ],
            [
                "Der Sachsenkurier-Morgen",
                "Jeden Tag die wichtigsten Nachrichten aus Sachsen \u2013 kostenlos in Ihr Postfach.",
                "Jetzt anmelden",
            ],
            ["Impressum | Datenschutz | AGB | Cookie-Einstellungen"],
        ],
        paras=P("""
Wegen des anhaltend niedrigen Elbpegels stellt die Oberelbe Dampfer GmbH ihre Linienfahrten zwischen
Dresden und der Sächsischen Schweiz vorerst ein. Der Pegel in Dresden lag am Dienstagmorgen bei 48
Zentimetern, wie das Landeshochwasserzentrum mitteilte. Normal sind zu dieser Jahreszeit rund 1,40
Meter.

Die historischen Raddampfer benötigen nach Angaben der Reederei mindestens 80 Zentimeter Wasser unter
dem Kiel. Lediglich kurze Stadtrundfahrten im Dresdner Zentrum seien noch möglich, sagte
Geschäftsführerin Ines Kubitz. „Das ist für uns mitten in der Hauptsaison natürlich bitter.“

Bereits gebuchte Fahrten nach Pirna, Pillnitz und Bad Schandau würden erstattet oder könnten
umgebucht werden. Die Reederei richtet stattdessen einen Busersatzverkehr zu den Anlegestellen ein.

Auch die Frachtschifffahrt auf der Elbe ist stark eingeschränkt. Binnenschiffe können nach Angaben
des Wasserstraßen- und Schifffahrtsamts nur noch mit einem Bruchteil ihrer üblichen Ladung fahren.

Meteorologen rechnen in den kommenden Tagen nicht mit nennenswerten Niederschlägen im Einzugsgebiet
der Elbe in Tschechien und Sachsen. Der Pegel könnte daher weiter sinken.

Niedrigwasser auf der Elbe ist in den vergangenen Jahren häufiger geworden. Im Dürresommer 2018 war
der Pegel in Dresden zeitweise unter 50 Zentimeter gefallen.

Die Reederei will die Lage täglich neu bewerten. Sobald der Pegel wieder über 80 Zentimeter steige,
sollen die Dampfer zügig auf die Elbe zurückkehren, hieß es.
"""),
        must_have=[
            "Die Reederei richtet stattdessen einen Busersatzverkehr zu den Anlegestellen ein.",
            "Binnenschiffe können nach Angaben des Wasserstraßen- und Schifffahrtsamts nur noch mit einem "
            "Bruchteil ihrer üblichen Ladung fahren.",
        ],
    ),
    # EFE original (Spanish), lower-case dateline.
    dict(
        MACHU,
        role="original",
        file="efe_lima_machu_picchu_es.txt",
        render="text",
        title="Perú amplía el aforo diario de Machu Picchu a 5.600 visitantes",
        caption="Turistas recorren la ciudadela inca de Machu Picchu, en una fotografía de archivo.",
        credit="EFE/Renzo Quispe",
        head=[["Agencia EFE"], ["Lima | 5 mayo 2023"], ["Actualizado: 6 mayo 2023, 09:10"]],
        cap_lines=[
            "Turistas recorren la ciudadela inca de Machu Picchu, en una fotografía de archivo. EFE/Renzo Quispe"
        ],
        inserts={2: ["Publicidad"]},
        tail=[
            ["Etiquetas", "Perú", "Turismo", "Patrimonio"],
            [
                "Lo más leído",
                "1. Bolivia declara emergencia por incendios en la Chiquitanía",
                "2. El dólar cierra a la baja en Colombia tras datos de inflación",
                "3. Argentina presenta su nueva línea de trenes eléctricos",
            ],
            [
                "\u00a9 EFE 2023. Queda expresamente prohibida la redistribución y la redifusión de todo o parte de "
                "los contenidos de los servicios de Efe, sin previo y expreso consentimiento de la Agencia EFE S.A."
            ],
        ],
    ),
    # Yonhap English.
    dict(
        cluster="yonhap-seoul-ebikes",
        role="single",
        file="yonhap_seoul_public_ebikes.txt",
        render="text",
        title="Seoul to add 3,000 e-bikes to public bike-sharing network",
        date="2023-06-02",
        dateline="SEOUL, June 2 (Yonhap) -- ",
        city="Seoul",
        country="KR",
        region="asia",
        agency="Yonhap",
        authors=["Han Seo-yeon"],
        editors=[],
        lang="en",
        section=None,
        pre=[["All News", "National"]],
        head=[["14:23 June 02, 2023"], ["By Han Seo-yeon"]],
        tail=[
            ["hsy@yna.co.kr", "(END)"],
            ["Keywords", "#Seoul", "#public bikes", "#e-bikes"],
            [
                "Most Liked",
                "Heat wave advisory issued for most of southern regions",
                "Military to expand drone units along border",
                "Subway fares in Seoul to rise by 150 won in October",
            ],
            ["Copyright (c) 2023 Yonhap News Agency prohibits its content from being redistributed or reprinted without consent, and forbids the content from being learned and used by artificial intelligence systems."],
        ],
        paras=P("""
Seoul will add 3,000 electric-assist bicycles to its public bike-sharing service by the end of the year
to make it easier for residents to ride up the capital's many hills, the city government said Friday.

The e-bikes will be deployed first in hilly districts such as Gwanak, Seongbuk and Yongsan, where usage
of the existing pedal bikes is lowest, according to the Seoul Metropolitan Government.

Riders will pay 1,000 won (76 U.S. cents) for the first 30 minutes, twice the fare for a regular bike,
and 500 won for each additional 15 minutes.

"Many citizens told us they would use public bikes more often if they didn't have to push them
uphill," an official in charge of the program said.

Seoul's bike-sharing service, launched in 2015, has about 40,000 bicycles and more than 2,600 rental
stations. It recorded around 41 million rentals last year, the city said.

The city plans to evaluate safety and battery management during a six-month trial before deciding
whether to expand the e-bike fleet further in 2024. Riders must be at least 16 years old, and the
electric motor will cut out above 25 kilometers per hour.
"""),
        must_have=[
            "Riders will pay 1,000 won (76 U.S. cents) for the first 30 minutes, twice the fare for a regular bike, "
            "and 500 won for each additional 15 minutes.",
            "It recorded around 41 million rentals last year, the city said.",
        ],
    ),
    # PTI on an Indian site: only a "Last Updated" stamp; date from the dateline.
    dict(
        cluster="pti-bengaluru-rainwater",
        role="single",
        file="pti_bengaluru_rainwater_harvesting.txt",
        render="text",
        title="Bengaluru water board to levy penalty on buildings without rainwater harvesting",
        date="2023-07-04",
        dateline="Bengaluru, Jul 4 (PTI) ",
        city="Bengaluru",
        country="IN",
        region="asia",
        agency="PTI",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        pre=[["Home", "India", "Karnataka"]],
        head=[["PTI", "Last Updated : 04 July 2023, 21:15 IST"], ["Follow Us :"]],
        inserts={2: ["Advertisement"], 4: ["Also Read", "Karnataka to bring in new rules for borewell drilling"]},
        tail=[
            ["PTI KSU ROH"],
            ["(Only the headline and picture of this report may have been reworked by the staff; the rest of the content is auto-generated from a syndicated feed.)"],
            ["Get a round-up of the day's top stories in your inbox", "Check out all newsletters"],
        ],
        paras=P("""
The Bangalore Water Supply and Sewerage Board (BWSSB) will levy a penalty on large residential and
commercial buildings that have not installed rainwater harvesting systems, its chairman said on
Tuesday.

Buildings on plots larger than 2,400 square feet that fail to comply will have to pay an additional
25 per cent on their water bills for the first three months and 50 per cent thereafter, BWSSB
chairman K Ramesh Gowda told reporters.

"The city received good rain last week, but most of that water simply ran into the drains. If every
large building harvested rain, we could reduce the pressure on the Cauvery supply considerably," he
said.

According to the board, of the nearly 1.9 lakh buildings that are required to have rainwater
harvesting structures, about 58,000 have not installed them or are not maintaining them properly.

The board has also set up a help desk to guide residents on the installation of the systems, which
typically cost between Rs 25,000 and Rs 60,000 depending on the size of the building.

Residents' welfare associations welcomed the move but said the board should first fix leaking
pipelines, which they claimed waste a large part of the water pumped into the city.

Bengaluru depends largely on the Cauvery river, about 100 km away, for its drinking water, while many
outlying areas rely on borewells and private water tankers.
"""),
        must_have=[
            "According to the board, of the nearly 1.9 lakh buildings that are required to have rainwater "
            "harvesting structures, about 58,000 have not installed them or are not maintaining them properly.",
            "Bengaluru depends largely on the Cauvery river, about 100 km away, for its drinking water, while many "
            "outlying areas rely on borewells and private water tankers.",
        ],
    ),
    # Bloomberg syndicated on a finance portal (US-locale timestamp).
    dict(
        cluster="bloomberg-australia-lithium-delay",
        role="single",
        file="bloomberg_sydney_lithium_expansion.txt",
        render="text",
        title="Lithium Miner Red Ochre Delays Expansion as Prices Tumble",
        # Page states 9:14 PM EDT on June 6 -> 2023-06-06 (it is already Wednesday in Perth).
        date="2023-06-06",
        dateline="(Bloomberg) -- ",
        city=None,
        country="AU",
        region="oceania",
        agency="Bloomberg",
        authors=["Jess Hartley", "Tom Akers"],
        editors=[],
        lang="en",
        section=None,
        head=[
            ["Jess Hartley"],
            ["Tue, June 6, 2023 at 9:14 PM EDT", "3 min read"],
            [
                "Most Read from Bloomberg",
                "Fed Officials Signal Pause as Inflation Cools",
                "Hong Kong Home Prices Slip for Second Month",
                "Oil Heads for Weekly Loss on Demand Concerns",
            ],
        ],
        tail=[
            ["--With assistance from Tom Akers."],
            [
                "Most Read from Bloomberg Businessweek",
                "The Battery Startup That Wants to Replace Lithium",
                "Why Everyone Is Suddenly Talking About Copper",
            ],
            ["\u00a92023 Bloomberg L.P."],
        ],
        paras=P("""
Red Ochre Lithium Ltd. will delay a planned expansion of its flagship mine in Western Australia by at
least a year, becoming the latest producer to rein in spending as prices for the battery metal slide.

The Perth-based company will defer a A$340 million ($226 million) project to lift output at its Yarrie
Creek operation to 500,000 tons of spodumene concentrate a year, it said in a statement to the
Australian stock exchange on Wednesday. Its shares fell as much as 11% in Sydney, the most in four
months.

"We are not going to build into a market that is telling us to wait," Managing Director Callum Fraser
said on a call with analysts. "The balance sheet matters more than the timetable right now."

Spodumene prices have dropped by more than half since November as a slowdown in electric-vehicle sales
in China left battery makers with large inventories. Several smaller Australian miners have already
paused operations or cut jobs.

Red Ochre said it would keep producing at current rates of about 320,000 tons a year and had enough cash
to fund operations without raising new equity. The company also reduced its exploration budget for the
year ending June 2024 by 30%.

Analysts at a Melbourne-based brokerage said the decision was prudent but warned that a prolonged
downturn could push higher-cost mines out of the market altogether.
"""),
        must_have=[
            "Several smaller Australian miners have already paused operations or cut jobs.",
            "The company also reduced its exploration budget for the year ending June 2024 by 30%.",
        ],
    ),
    # UK local site; no date anywhere on the page.
    dict(
        cluster="cornishcoast-polgarrow-pool",
        role="single",
        file="cornishcoast_polgarrow_tidal_pool.txt",
        render="text",
        title="Victorian tidal pool near Falmouth to reopen after six-year campaign",
        date=None,
        dateline="",
        city=None,
        country="GB",
        region="europe",
        agency=None,
        authors=["Rosie Penhale"],
        editors=[],
        lang="en",
        section=None,
        caption="The tidal pool at Polgarrow Cove has been fenced off since 2016",
        credit="Friends of Polgarrow Pool",
        pre=[
            ["Skip to main content"],
            ["Sign in", "Subscribe"],
            ["News | Sport | What's On | Property | Jobs | Announcements"],
        ],
        head=[["By Rosie Penhale", "Chief Reporter"], ["Share", "Facebook", "X", "WhatsApp", "Email"]],
        cap_lines=["The tidal pool at Polgarrow Cove has been fenced off since 2016 (Image: Friends of Polgarrow Pool)"],
        inserts={2: ["Don't miss the biggest stories from across Cornwall. Sign up to our free daily newsletter here."]},
        tail=[
            [
                "Most Read",
                "1 Helston road to close for three weeks for resurfacing",
                "2 Lifeboat crew rescues kayakers off Pendennis Point",
                "3 Truro bakery wins national pasty award",
            ],
            ["Join the debate", "Show comments"],
            ["\u00a9 2024 Cornish Coast Gazette. Part of Penwith Media Ltd."],
            ["Cookie settings | Privacy notice | Contact us"],
        ],
        paras=P("""
A crumbling Victorian tidal pool near Falmouth is set to be restored after Cornwall Council's planning
committee approved plans to rebuild its sea walls and reopen it to swimmers.

The pool at Polgarrow Cove was built in 1894 and was a popular spot for generations of local families
until it was fenced off in 2016 after storms damaged its walls and a section of the concrete floor
collapsed.

A community group, Friends of Polgarrow Pool, has spent six years raising money for the work and has
secured £410,000 from donations, grants and a crowdfunding campaign.

Speaking at the meeting, the group's chair, Jenny Treloar, said: "We have people in their nineties who
learned to swim here and children who have never been allowed in. We want to give it back to all of
them."

Planning officers said the design would keep the pool's original granite steps and handrails, while a
new sluice would allow volunteers to drain and clean it in the winter.

One neighbour objected, raising concerns about parking on the narrow lane that leads to the cove
during the summer months. The committee added a condition requiring the group to put up signs
directing visitors to the public car park in the village.

Work is expected to start in the autumn, when the weather allows, and the group hopes the pool will be
open for swimming by next June.
"""),
        must_have=[
            "A community group, Friends of Polgarrow Pool, has spent six years raising money for the work and has "
            "secured £410,000 from donations, grants and a crowdfunding campaign.",
            "Planning officers said the design would keep the pool's original granite steps and handrails, while "
            "a new sluice would allow volunteers to drain and clean it in the winter.",
        ],
    ),
]


# ---- HTML pages ----------------------------------------------------------------

SITE_SENTINEL = dict(
    name="Sonoran Valley Sentinel",
    home="https://www.sonoranvalleysentinel.com",
    title_suffix=" | Sonoran Valley Sentinel",
    locale="en_US",
    twitter="@SVSentinel",
    body_class="article-page theme-light",
    article_class="story-wrapper",
    body_class_inner="story-body",
    skip="Skip to content",
    cookie=None,
    top_links=["Subscribe for $1", "Log In", "e-Edition"],
    nav=["News", "Local", "Arizona", "Business", "Sports", "Opinion", "Obituaries", "Weather"],
    share=["Share on Facebook", "Share on X", "Email", "Print", "Save"],
    footer=[
        "\u00a9 2023 Sonoran Valley Sentinel, Casa Grande, Arizona. All rights reserved.",
        "Terms of Use",
        "Privacy Policy",
        "Your Privacy Choices",
        "Contact Us",
    ],
)

SITE_KYODO = dict(
    name="Kyodo News+",
    home="https://english.kyodonews.example",
    title_suffix=" | Kyodo News+",
    locale="en_US",
    twitter="@kyodo_english",
    body_class="page-article",
    article_class="article-main",
    body_class_inner="article-body",
    cookie="We use cookies to improve your experience on our website. By continuing to browse, you agree to our use of cookies.",
    cookie_buttons=["Close"],
    top_links=["Kyodo News Digital", "Login"],
    nav=["Japan", "China", "Korean Peninsula", "Asia", "World", "Business", "Sports", "Photos"],
    share=["Share", "Tweet", "Email"],
    footer=["\u00a9 Kyodo News. All Rights Reserved.", "Privacy Policy", "Terms of Use", "About Us"],
)

SITE_ANSA = dict(
    name="ANSA.it",
    home="https://www.ansa.example",
    title_suffix=" - Lombardia - ANSA.it",
    locale="it_IT",
    twitter="@Agenzia_Ansa",
    body_class="detail-page",
    article_class="news-detail",
    body_class_inner="news-txt",
    end_class="copy",
    cookie_title="Informativa",
    cookie="Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione, di terze parti, "
    "a scopi pubblicitari e per rendere più rapido e migliore il sito.",
    cookie_buttons=["Accetta", "Rifiuta", "Personalizza"],
    top_links=["Abbonati", "Accedi"],
    nav=["Cronaca", "Politica", "Economia", "Mondo", "Cultura", "Tecnologia", "Sport", "Regioni"],
    share=["Facebook", "X", "WhatsApp", "Email", "Stampa"],
    footer=[
        "\u00a9 Copyright ANSA - Tutti i diritti riservati",
        "P.IVA 00876481003",
        "Privacy",
        "Cookie policy",
        "Redazione",
    ],
)

SITE_ECLAIREUR = dict(
    name="L'Éclaireur d'Abidjan",
    home="https://www.eclaireur-abidjan.example",
    title_suffix=" \u2013 L'Éclaireur d'Abidjan",
    locale="fr_CI",
    twitter="@EclaireurCI",
    body_class="single-post",
    article_class="post",
    body_class_inner="entry-content",
    cookie="Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. "
    "Vous pouvez modifier vos choix à tout moment.",
    cookie_buttons=["Accepter", "Refuser", "Paramétrer"],
    top_links=["Abonnez-vous", "Connexion"],
    nav=["Accueil", "Politique", "Économie", "Société", "Environnement", "Sports", "Afrique"],
    share=["Partager", "Facebook", "X", "WhatsApp", "LinkedIn"],
    footer=[
        "\u00a9 2023 L'Éclaireur d'Abidjan \u2013 Tous droits réservés",
        "Mentions légales",
        "Publicité",
        "Nous contacter",
    ],
)

SITE_CURITIBA = dict(
    name="Gazeta do Planalto",
    home="https://www.gazetadoplanalto.example.br",
    title_suffix=" - Gazeta do Planalto",
    locale="pt_BR",
    twitter="@gazetaplanalto",
    body_class="materia",
    article_class="materia-conteudo",
    body_class_inner="texto",
    cookie="Utilizamos cookies essenciais e tecnologias semelhantes de acordo com a nossa Política de Privacidade "
    "e, ao continuar navegando, você concorda com estas condições.",
    cookie_buttons=["Prosseguir"],
    top_links=["Assine", "Entrar"],
    nav=["Curitiba", "Paraná", "Política", "Economia", "Esportes", "Viver Bem"],
    share=["Compartilhe:", "WhatsApp", "Facebook", "Twitter", "Copiar link"],
    footer=[
        "\u00a9 2022 Gazeta do Planalto. Todos os direitos reservados.",
        "Expediente",
        "Política de Privacidade",
        "Anuncie",
    ],
    ld_graph=True,
)

SITE_NORTE = dict(
    name="Diario del Norte",
    home="https://www.diariodelnorte.example.mx",
    title_suffix=" | Diario del Norte",
    locale="es_MX",
    twitter="@DiarioNorteMx",
    body_class="nota",
    article_class="nota-detalle",
    body_class_inner="nota-cuerpo",
    cookie=None,
    top_links=["Suscríbete", "Iniciar sesión"],
    nav=["Local", "Nacional", "Internacional", "Negocios", "Deportes", "Gente", "Opinión"],
    share=["Compartir", "Facebook", "X", "WhatsApp"],
    footer=[
        "\u00a9 2024 Diario del Norte. Todos los derechos reservados.",
        "Aviso de privacidad",
        "Términos y condiciones",
        "Contacto",
    ],
)

SITE_BEACON = dict(
    name="Southern Beacon",
    home="https://www.southernbeacon.example.nz",
    title_suffix=" | Southern Beacon",
    locale="en_NZ",
    twitter="@southernbeacon",
    body_class="node-article",
    article_class="node",
    body_class_inner="field-body",
    cookie=None,
    top_links=["Subscribe", "Login"],
    nav=["Dunedin", "Regions", "National", "World", "Sport", "Business", "Opinion", "Life & Style"],
    share=["Facebook", "X", "Email", "Copy link"],
    footer=[
        "\u00a9 Copyright Southern Beacon Ltd 2023",
        "Terms & Conditions",
        "Privacy Policy",
        "Advertise",
    ],
)

SITE_TIROL = dict(
    name="Tiroler Tagespost",
    home="https://www.tirolertagespost.example.at",
    title_suffix=" | Tiroler Tagespost",
    locale="de_AT",
    twitter="@TTagespost",
    body_class="artikel",
    article_class="artikel-detail",
    body_class_inner="artikel-text",
    cookie_title="Wir brauchen Ihre Zustimmung",
    cookie="Wir und unsere Partner verwenden Cookies und ähnliche Technologien, um Inhalte und Werbung zu "
    "personalisieren und die Nutzung unserer Website zu analysieren.",
    cookie_buttons=["Zustimmen", "Einstellungen verwalten"],
    top_links=["Abo", "Anmelden"],
    nav=["Tirol", "Innsbruck", "Österreich", "Welt", "Wirtschaft", "Sport", "Kultur"],
    share=["Teilen", "Facebook", "WhatsApp", "E-Mail"],
    footer=["\u00a9 Tiroler Tagespost 2022", "Impressum", "Datenschutz", "Kontakt"],
)

SITE_CAPGAZ = dict(
    name="The Capital Gazette",
    home="https://www.capitalgazette.example.ng",
    title_suffix=" - The Capital Gazette",
    locale="en_NG",
    twitter="@CapitalGazetteNG",
    body_class="single single-post",
    article_class="td-post",
    body_class_inner="td-post-content",
    cookie="This website uses cookies to improve your experience. We'll assume you're ok with this, but you can opt-out if you wish.",
    cookie_buttons=["Accept", "Read More"],
    top_links=["E-Paper", "Advertise"],
    nav=["News", "Politics", "Business", "Metro", "Sports", "Entertainment", "Opinion"],
    share=["Facebook", "Twitter", "WhatsApp", "Telegram", "Copy URL"],
    footer=[
        "\u00a9 2023 The Capital Gazette Nigeria. All rights reserved.",
        "About Us",
        "Privacy Policy",
        "Contact",
    ],
)

SITE_REUTERS = dict(
    name="Reuters",
    home="https://www.reuters.example",
    title_suffix=" | Reuters",
    locale="en_US",
    twitter="@Reuters",
    body_class="article-page",
    article_class="article__main",
    body_class_inner="article-body__content",
    end_class="sign-off",
    skip="Skip to main content",
    cookie="We use cookies and similar technologies to provide you with a better experience. "
    "You can manage your preferences at any time.",
    cookie_buttons=["Accept All", "Reject All", "Cookie Settings"],
    top_links=["Exclusive news, data and analytics for financial market professionals", "My News", "Register"],
    nav=["World", "Business", "Markets", "Sustainability", "Legal", "Breakingviews", "Technology", "Investigations"],
    share=["Share X", "Facebook", "Linkedin", "Email", "Link"],
    footer=[
        "All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.",
        "\u00a9 2023 Reuters. All rights reserved",
    ],
)

HTML_STORIES = [
    # -- Kyodo: midnight JST publication (UTC date is the day before) --------------
    dict(
        cluster="kyodo-sapporo-snow-festival",
        role="single",
        file="kyodo_sapporo_snow_festival.html",
        render="html",
        site=SITE_KYODO,
        title="Sapporo Snow Festival returns at full scale as foreign tourists come back",
        date="2023-02-01",
        dateline="",
        city=None,
        country="JP",
        region="asia",
        agency="Kyodo",
        authors=[],
        editors=[],
        lang="en",
        section="Japan",
        meta_section="Japan",
        url="https://english.kyodonews.example/news/2023/02/a41c0e9d7f21-sapporo-snow-festival-returns-at-full-scale.html",
        description="The Sapporo Snow Festival will return at full scale this week for the first time in three years.",
        published="2023-02-01T00:31:00+09:00",
        modified="2023-02-01T00:31:00+09:00",
        ld_author=[{"@type": "Organization", "name": "Kyodo News"}],
        date_lines=["KYODO NEWS - Feb 1, 2023 - 00:31 | Japan, All"],
        caption="Snow sculptures under construction at Odori Park in Sapporo on Jan. 30, 2023.",
        credit="Kyodo",
        credit_shown="(Kyodo)",
        inserts={3: [("box", "Related coverage:", ["Hokkaido ski resorts see rush of overseas bookings"])]},
        end_lines=["==Kyodo"],
        lists=[
            ("Latest News", ["Japan's jobless rate edges down to 2.5% in December", "Tokyo stocks end higher on tech rally"]),
            ("Most Popular", ["Heavy snow disrupts flights in northern Japan", "Japan to ease mask guidance from March"]),
        ],
        paras=P("""
The Sapporo Snow Festival will return at full scale this week for the first time in three years, with
organizers expecting more than 1.7 million visitors as overseas tourists come back to Hokkaido after
the lifting of pandemic border controls.

About 220 snow and ice sculptures, including a 15-meter-tall replica of a European castle built with
help from Ground Self-Defense Force troops, will be displayed at three venues in the city from Saturday
to Feb. 11, the organizing committee said.

The festival, one of Japan's biggest winter events, was canceled in 2021 and held in a scaled-down form
last year, when visitors were limited and food stalls were banned.

"Hotels are almost fully booked for the opening weekend, and we are hearing many languages in the
streets again," said Keiko Fujimura, an official at the city's tourism department.

Tourists from South Korea, Taiwan and Southeast Asia account for most of the overseas bookings,
according to travel agencies. Flights from mainland China remain limited.

Organizers have asked visitors to avoid eating while walking and to use designated areas to ease
crowding, while masks are recommended but not required outdoors.

The city has also extended the operating hours of its subway lines on the opening weekend.
"""),
        must_have=[
            "The festival, one of Japan's biggest winter events, was canceled in 2021 and held in a scaled-down form "
            "last year, when visitors were limited and food stalls were banned.",
            "Flights from mainland China remain limited.",
        ],
    ),
    # -- AP syndicated on an Arizona local site ---------------------------------------
    dict(
        LAWN,
        role="syndicated",
        file="svsentinel_tucson_turf_rebate.html",
        render="html",
        site=SITE_SENTINEL,
        title="Tucson approves $2-a-square-foot rebate to replace grass lawns",
        section="Arizona",
        meta_section="Arizona",
        url="https://www.sonoranvalleysentinel.com/news/arizona/tucson-approves-rebate-to-replace-grass-lawns/article_5d0a9f1e.html",
        description="Homeowners in Tucson will be able to collect up to $2,000 for replacing grass lawns with desert plants.",
        published="2023-08-08T16:05:00-07:00",
        modified="2023-08-09T11:30:00-07:00",
        meta_author="Isabel Moreno, The Associated Press",
        ld_author=[{"@type": "Person", "name": "Isabel Moreno"}, {"@type": "Organization", "name": "The Associated Press"}],
        breadcrumbs=["News", "Arizona"],
        byline_lines=["By ISABEL MORENO The Associated Press"],
        date_lines=["Published: Aug. 8, 2023, 4:05 p.m.", "Updated: Aug. 9, 2023, 11:30 a.m."],
        credit_shown="(AP Photo/Ruben Salcido)",
        inserts={
            2: [("ad", "ADVERTISEMENT")],
            5: [("promo", ["Get the Morning Brief", "Local news, weather and sports delivered to your inbox every weekday.", "Sign up"])],
        },
        end_lines=[LAWN_CONTRIB, AP_COPYRIGHT_2023],
        tags=("Topics", ["Water", "Drought", "Tucson"]),
        lists=[
            ("Most Read", [
                "Casa Grande police seek driver in hit-and-run on Florence Boulevard",
                "Monsoon storm knocks out power to 4,000 customers",
                "High school football preview: Cougars open against Maricopa",
            ]),
        ],
        comments=["Comments are closed on this story."],
    ),
    # -- ANSA, Italian ------------------------------------------------------------------
    dict(
        cluster="ansa-milano-case-acqua",
        role="single",
        file="ansa_milano_case_dell_acqua_it.html",
        render="html",
        site=SITE_ANSA,
        title="Milano, 40 nuove case dell'acqua nei quartieri periferici",
        date="2023-09-12",
        dateline="(ANSA) - MILANO, 12 SET - ",
        city="Milan",
        country="IT",
        region="europe",
        agency="ANSA",
        authors=[],
        editors=[],
        lang="it",
        section="Lombardia",
        meta_section="Lombardia",
        url="https://www.ansa.example/lombardia/notizie/2023/09/12/milano-40-nuove-case-dellacqua-nei-quartieri-periferici_7b2e.html",
        description="Acqua naturale e frizzante gratuita, si parte entro dicembre da Quarto Oggiaro e Corvetto.",
        dek="Acqua naturale e frizzante gratuita, si parte entro dicembre da Quarto Oggiaro e Corvetto",
        published="2023-09-12T13:41:00+02:00",
        modified="2023-09-12T13:41:00+02:00",
        ld_author=[{"@type": "Organization", "name": "ANSA"}],
        breadcrumbs=["ANSA.it", "Lombardia", "Milano"],
        date_lines=["12 settembre 2023, 13:41"],
        byline_lines=["Redazione ANSA", "MILANO"],
        inserts={2: [("ad", "PUBBLICITÀ")]},
        end_lines=["(ANSA).", "RIPRODUZIONE RISERVATA \u00a9 Copyright ANSA"],
        lists=[
            ("Ultima ora", [
                "Lecco, chiusa per frana la strada provinciale della Valsassina",
                "Bergamo, nuovo terminal all'aeroporto entro il 2025",
                "Brescia, sciopero dei mezzi pubblici venerdì",
            ]),
        ],
        paras=P("""
Quaranta nuove 'case dell'acqua' saranno installate entro la primavera del 2024 nei quartieri
periferici di Milano, dove i cittadini potranno rifornirsi gratuitamente di acqua naturale e frizzante
refrigerata.

Lo ha annunciato oggi l'assessora all'Ambiente del Comune, Serena Colombo, durante la presentazione
del piano in commissione consiliare. Le prime dieci postazioni saranno operative entro dicembre a
Quarto Oggiaro, Gratosoglio, Corvetto e Baggio.

Secondo i dati della società che gestisce il servizio idrico cittadino, le 32 case dell'acqua già
attive hanno erogato lo scorso anno oltre 9 milioni di litri, evitando l'uso di circa 6 milioni di
bottiglie di plastica.

"L'acqua del rubinetto di Milano è buona e controllata ogni giorno, e vogliamo che sia a portata di
mano di tutti, non solo in centro", ha spiegato Colombo.

Ogni erogatore costerà circa 35 mila euro e sarà dotato di pannelli solari per ridurre i consumi
elettrici. Per accedere al servizio basterà la tessera sanitaria, che serve a limitare i prelievi a sei
litri al giorno per persona.

Le opposizioni in consiglio comunale hanno chiesto di dare priorità anche alla manutenzione delle
fontanelle pubbliche, molte delle quali risultano guaste da mesi.
"""),
        must_have=[
            "Le prime dieci postazioni saranno operative entro dicembre a Quarto Oggiaro, Gratosoglio, Corvetto e Baggio.",
            "Ogni erogatore costerà circa 35 mila euro e sarà dotato di pannelli solari per ridurre i consumi elettrici.",
        ],
    ),
    # -- AFP in French on an Ivorian site ---------------------------------------------
    dict(
        cluster="afp-cotedivoire-sargasses",
        role="single",
        file="eclaireur_afp_grand_bassam_sargasses_fr.html",
        render="html",
        site=SITE_ECLAIREUR,
        title="Côte d'Ivoire : les sargasses étouffent la pêche artisanale à Grand-Bassam",
        date="2023-07-18",
        dateline="Abidjan (AFP) - ",
        city="Abidjan",
        country="CI",
        region="africa",
        agency="AFP",
        authors=[],
        editors=[],
        lang="fr",
        section="Environnement",
        meta_section="Environnement",
        url="https://www.eclaireur-abidjan.example/environnement/2023/07/18/cote-divoire-sargasses-peche-artisanale-grand-bassam/",
        description="Des tapis d'algues brunes recouvrent une partie du littoral ivoirien.",
        published="2023-07-18T15:27:00+00:00",
        modified="2023-07-19T08:05:00+00:00",
        meta_author="AFP",
        ld_author=[{"@type": "Organization", "name": "AFP"}],
        byline_lines=["Par AFP"],
        date_lines=["Publié le 18 juillet 2023 à 15h27", "Mis à jour le 19 juillet 2023 à 08h05"],
        caption="Des pêcheurs tentent de dégager des sargasses échouées sur la plage de Grand-Bassam, le 17 juillet 2023.",
        credit="Yao ASSOUMOU / AFP",
        credit_shown="\u00a9 Yao ASSOUMOU / AFP",
        inserts={
            2: [("link", "À lire aussi :", "Le port de San Pedro modernise son terminal à conteneurs")],
            4: [("ad", "Publicité")],
        },
        end_lines=["\u00a9 Agence France-Presse"],
        tags=("Mots-clés :", ["Côte d'Ivoire", "Pêche", "Climat"]),
        lists=[("Les plus lus", [
            "Abidjan : le quatrième pont ouvert à la circulation ce week-end",
            "CAN 2023 : les billets en vente à partir de lundi",
            "Bouaké : la nouvelle gare routière tarde à convaincre",
        ])],
        newsletter_end=["Recevez chaque matin l'essentiel de l'actualité ivoirienne", "Je m'abonne à la newsletter"],
        paras=P("""
Des tapis d'algues brunes venues de l'Atlantique recouvrent depuis plusieurs semaines une partie du
littoral ivoirien, empêchant les pêcheurs artisanaux de sortir en mer et faisant fuir les rares
touristes, ont constaté mardi des journalistes de l'AFP.

À Grand-Bassam, à une quarantaine de kilomètres à l'est d'Abidjan, les sargasses forment par endroits
une couche de près d'un mètre d'épaisseur sur la plage, dégageant en se décomposant une forte odeur
d'œuf pourri.

« On ne peut plus pousser les pirogues à l'eau, les algues bloquent les moteurs et déchirent les
filets », explique Kouamé N'Guessan, 47 ans, pêcheur depuis l'adolescence. « Depuis trois semaines, je
n'ai presque rien ramené à la maison. »

Le ministère de l'Environnement a mobilisé quelque 300 jeunes pour ramasser les algues à la main et les
enfouir loin des habitations, mais les arrivages se renouvellent à chaque marée.

Les échouages massifs de sargasses, autrefois surtout observés dans les Caraïbes, touchent de plus en
plus les côtes d'Afrique de l'Ouest. Les scientifiques les attribuent notamment au réchauffement des
océans et à l'apport de nutriments par les grands fleuves.

Les autorités étudient la possibilité d'installer des barrages flottants devant les principaux villages
de pêcheurs et de valoriser les algues comme engrais, une piste déjà explorée au Ghana voisin.

En attendant, de nombreuses familles dépendant de la pêche vivent au jour le jour. « Si la mer ne nous
donne rien, c'est tout le village qui souffre », résume Adjoua Koffi, qui revend le poisson au marché
de Grand-Bassam.
"""),
        must_have=[
            "Le ministère de l'Environnement a mobilisé quelque 300 jeunes pour ramasser les algues à la main et les "
            "enfouir loin des habitations, mais les arrivages se renouvellent à chaque marée.",
            "Les scientifiques les attribuent notamment au réchauffement des océans et à l'apport de nutriments par "
            "les grands fleuves.",
        ],
    ),
    # -- Brazilian staff copy (JSON-LD @graph) -----------------------------------------
    dict(
        cluster="gazetaplanalto-curitiba-onibus-eletricos",
        role="single",
        file="gazetaplanalto_curitiba_onibus_eletricos_pt.html",
        render="html",
        site=SITE_CURITIBA,
        title="Curitiba vai testar ônibus elétricos na linha Interbairros II a partir de dezembro",
        # Written Tuesday night ("nesta terça-feira (8)"), published Wednesday 06:00 -03:00.
        date="2022-11-09",
        dateline="",
        city=None,
        country="BR",
        region="americas",
        agency=None,
        authors=["Fernanda Kowalski"],
        editors=[],
        lang="pt",
        section="Curitiba",
        meta_section="Curitiba",
        url="https://www.gazetadoplanalto.example.br/curitiba/onibus-eletricos-interbairros-teste-dezembro/",
        description="Seis ônibus 100% elétricos vão circular na linha por seis meses.",
        dek="Seis veículos 100% elétricos vão circular durante seis meses; prefeitura quer frota mais limpa até 2030",
        published="2022-11-09T06:00:00-03:00",
        modified="2022-11-09T10:12:00-03:00",
        breadcrumbs=["Curitiba", "Mobilidade"],
        byline_lines=["Por Fernanda Kowalski"],
        date_lines=["09/11/2022 06:00", "Atualizado em 09/11/2022 às 10:12"],
        caption="Ônibus elétrico em teste no terminal do Boqueirão.",
        credit="Hélio Bastos/Prefeitura de Curitiba",
        credit_shown="Foto: Hélio Bastos/Prefeitura de Curitiba",
        inserts={
            1: [("link", "Leia também:", "Tarifa do transporte coletivo fica congelada até março")],
            3: [("ad", "Publicidade")],
        },
        lists=[("Mais lidas", [
            "Obras na Linha Verde interditam faixa a partir de segunda",
            "Frente fria derruba temperaturas no fim de semana",
            "Feira de Natal abre no Largo da Ordem neste sábado",
        ])],
        newsletter_end=["Receba as notícias de Curitiba no seu WhatsApp", "Entrar no canal"],
        paras=P("""
A Prefeitura de Curitiba vai colocar em operação, a partir de dezembro, seis ônibus 100% elétricos na
linha Interbairros II, uma das mais movimentadas da cidade. O anúncio foi feito nesta terça-feira (8)
durante a apresentação do plano de descarbonização do transporte coletivo.

Os veículos, fabricados em São Paulo, têm autonomia de cerca de 250 quilômetros e capacidade para 80
passageiros. Eles serão recarregados durante a madrugada na garagem da empresa operadora, no bairro
Boqueirão.

Segundo a Urbs, empresa que gerencia o transporte coletivo da capital, o teste vai durar seis meses e
servirá para avaliar o consumo de energia, os custos de manutenção e o desempenho dos ônibus nas
subidas da linha, que percorre 37 quilômetros.

“Queremos ter dados reais antes de definir o modelo para as próximas compras”, afirmou o presidente da
Urbs, Marcos Tadeu Rocha.

A frota do transporte coletivo de Curitiba tem cerca de 1.200 ônibus, quase todos movidos a diesel. A
meta da prefeitura é que 33% dos veículos sejam elétricos ou híbridos até 2030.

Passageiros ouvidos pela reportagem aprovaram a novidade, mas cobraram mais horários nos fins de
semana. “O ônibus pode ser elétrico, mas o que a gente quer é que ele passe”, disse a vendedora Jéssica
Lemos, de 29 anos, que usa a linha todos os dias.
"""),
        must_have=[
            "Os veículos, fabricados em São Paulo, têm autonomia de cerca de 250 quilômetros e capacidade para 80 passageiros.",
            "A meta da prefeitura é que 33% dos veículos sejam elétricos ou híbridos até 2030.",
        ],
    ),
    # -- Mexican regional daily ---------------------------------------------------------
    dict(
        cluster="diarionorte-monterrey-hidratacion",
        role="single",
        file="diarionorte_monterrey_centros_hidratacion_es.html",
        render="html",
        site=SITE_NORTE,
        title="Habilitan en Monterrey 80 centros de hidratación ante ola de calor",
        date="2024-05-14",
        dateline="Monterrey, N.L.- ",
        city="Monterrey",
        country="MX",
        region="americas",
        agency=None,
        authors=["Alejandro Garza Treviño"],
        editors=[],
        lang="es",
        section="Local",
        meta_section="Local",
        url="https://www.diariodelnorte.example.mx/local/habilitan-en-monterrey-80-centros-de-hidratacion-ante-ola-de-calor/",
        description="Los puntos contarán con agua potable, suero oral y sombra.",
        published="2024-05-14T13:20:00-06:00",
        modified="2024-05-14T18:02:00-06:00",
        jsonld=False,
        meta_extra=['<meta name="publish-date" content="2024-05-14">'],
        kicker="CALOR EXTREMO",
        byline_lines=["Por: Alejandro Garza Treviño"],
        date_lines=["Martes 14 de mayo de 2024 - 13:20 hrs"],
        caption="Uno de los centros de hidratación instalados en la Macroplaza.",
        credit="Daniela Saucedo",
        credit_shown="Foto: Daniela Saucedo",
        inserts={2: [("link", "Te recomendamos:", "Reportan baja presión de agua en colonias del poniente")]},
        tags=("Temas:", ["Monterrey", "Calor", "Protección Civil"]),
        lists=[("Notas relacionadas", [
            "San Pedro amplía horario de parques por temperaturas",
            "Reportan récord de demanda eléctrica en Nuevo León",
        ])],
        comments=["Comentarios", "Para comentar debes iniciar sesión"],
        paras=P("""
Ante las temperaturas de más de 40 grados que se pronostican para esta semana, el Municipio de
Monterrey habilitará 80 centros de hidratación en plazas, estaciones del Metro y paradas de camión de
mayor afluencia.

La alcaldesa interina, Patricia Leal Cantú, informó que los puntos contarán con agua potable, suero
oral y sombra, y que estarán atendidos por personal de Protección Civil de 11:00 a 18:00 horas.

"No queremos que nadie se desmaye esperando el camión; el calor de estos días es peligroso, sobre todo
para adultos mayores y niños", dijo la funcionaria en conferencia de prensa.

De acuerdo con la Secretaría de Salud estatal, en lo que va del año se han registrado 37 casos de golpe
de calor en Nuevo León, siete de ellos en Monterrey.

Protección Civil recomendó evitar la exposición al sol entre las 12:00 y las 16:00 horas, usar ropa
ligera y no dejar a menores ni mascotas dentro de vehículos estacionados.

El Municipio también extenderá el horario de las albercas públicas y abrirá los centros comunitarios
con aire acondicionado como refugios temporales para personas en situación de calle.
"""),
        must_have=[
            "De acuerdo con la Secretaría de Salud estatal, en lo que va del año se han registrado 37 casos de golpe "
            "de calor en Nuevo León, siete de ellos en Monterrey.",
            "Protección Civil recomendó evitar la exposición al sol entre las 12:00 y las 16:00 horas, usar ropa "
            "ligera y no dejar a menores ni mascotas dentro de vehículos estacionados.",
        ],
    ),
    # -- New Zealand regional daily: "Updated" printed above "First published" ---------
    dict(
        cluster="southernbeacon-dunedin-sea-wall",
        role="single",
        file="southernbeacon_st_clair_sea_wall.html",
        render="html",
        site=SITE_BEACON,
        title="Council approves $3.2m fix for crumbling St Clair sea wall",
        date="2023-05-18",
        dateline="",
        city=None,
        country="NZ",
        region="oceania",
        agency=None,
        authors=["Grace McLeod"],
        editors=[],
        lang="en",
        section="Dunedin",
        meta_section="Dunedin",
        url="https://www.southernbeacon.example.nz/dunedin/council-approves-32m-fix-crumbling-st-clair-sea-wall",
        description="Repairs brought forward after storms undermined sections of the esplanade.",
        published="2023-05-18T08:05:00+12:00",
        modified="2023-05-19T17:42:00+12:00",
        byline_lines=["Grace McLeod", "Local government reporter"],
        date_lines=["Updated 5.42pm, 19 May 2023", "First published 8.05am, 18 May 2023"],
        caption="Waves break against the St Clair sea wall during a storm last winter.",
        credit="Callum Reid",
        credit_shown="Photo: Callum Reid",
        share_top=False,
        inserts={3: [("ad", "Advertisement")]},
        tags=("Related topics", ["Dunedin City Council", "Coastal erosion"]),
        author_box=["grace.mcleod@southernbeacon.example.nz"],
        lists=[("Most popular", [
            "Mosgiel pool opening date pushed back again",
            "Students rally over Castle St flat prices",
            "Highlanders name unchanged side for Crusaders clash",
        ])],
        paras=P("""
The Dunedin City Council has approved $3.2 million for urgent repairs to the St Clair sea wall, after
winter storms last year undermined sections of the esplanade and forced the closure of a popular
walkway.

Councillors voted 12-3 on Wednesday to bring forward the work from the 2026 financial year, meaning
construction could begin as early as October.

Infrastructure services general manager Hamish Kerr told the meeting engineers had found voids beneath
the concrete slabs along a 120m stretch of the wall, and that another large storm could cause part of
the promenade to collapse.

"We are not talking about a cosmetic fix. If we do nothing, we will be dealing with an emergency
rather than a repair," he said.

The repairs will involve filling the voids with concrete, replacing damaged steps and placing rock at
the base of the wall to absorb wave energy.

Cr Aroha Whaanga, who voted against the proposal, said the council was spending money on a short-term
solution while avoiding a harder conversation about managed retreat from parts of the coastline. "We
keep patching and the sea keeps coming," she said.

The council will consult residents later this year on a long-term plan for the St Clair and St Kilda
coast, including options for dune restoration.
"""),
        must_have=[
            "The repairs will involve filling the voids with concrete, replacing damaged steps and placing rock at "
            "the base of the wall to absorb wave energy.",
            "The council will consult residents later this year on a long-term plan for the St Clair and St Kilda "
            "coast, including options for dune restoration.",
        ],
    ),
    # -- Austrian regional daily, og/article tags only (no JSON-LD); APA photo credit --
    dict(
        cluster="tirolertagespost-innsbruck-winterdienst",
        role="single",
        file="tirolertagespost_innsbruck_radwege_winterdienst_de.html",
        render="html",
        site=SITE_TIROL,
        title="Innsbruck räumt im Winter fast doppelt so viele Radwege",
        date="2022-12-02",
        dateline="",
        city=None,
        country="AT",
        region="europe",
        agency=None,
        authors=["Martina Pichler"],
        editors=[],
        lang="de",
        section="Innsbruck",
        meta_section="Innsbruck",
        url="https://www.tirolertagespost.example.at/innsbruck/innsbruck-raeumt-im-winter-fast-doppelt-so-viele-radwege",
        description="Statt 35 werden heuer rund 60 Kilometer Radwege vorrangig geräumt.",
        published="2022-12-02T07:15:00+01:00",
        modified="2022-12-02T07:15:00+01:00",
        meta_author="Martina Pichler",
        jsonld=False,
        breadcrumbs=["Tirol", "Innsbruck"],
        byline_lines=["Von Martina Pichler"],
        date_lines=["02.12.2022, 07:15"],
        caption="Ein Räumfahrzeug auf dem Radweg am Innrain.",
        credit="APA/Leo Stadler",
        credit_shown="\u00a9 APA/Leo Stadler",
        inserts={1: [("ad", "Werbung")], 3: [("box", "Mehr zum Thema", ["Neue Radbrücke über den Inn soll 2024 fertig sein"])]},
        lists=[("Meistgelesen", [
            "Schneefall in Nordtirol: Lawinengefahr steigt",
            "Christkindlmarkt in der Altstadt eröffnet",
        ])],
        comments=["Kommentare (7)", "Zum Kommentieren bitte anmelden."],
        paras=P("""
Die Stadt Innsbruck räumt in diesem Winter deutlich mehr Radwege als bisher. Statt 35 werden heuer
rund 60 Kilometer vorrangig von Schnee und Eis befreit, teilte das Amt für Straßenbetrieb am
Donnerstag mit.

Für die zusätzlichen Strecken wurden zwei schmale Räumfahrzeuge angeschafft, die auch auf engen
Radwegen entlang des Inns und in der Innenstadt eingesetzt werden können. Die Kosten dafür belaufen
sich auf rund 280.000 Euro.

„Wer im Sommer mit dem Rad in die Arbeit fährt, soll das auch im Winter sicher tun können“, sagte
Mobilitätsstadträtin Verena Hölzl.

Geräumt wird bei Schneefall ab fünf Zentimetern, auf den Hauptrouten soll das bis 7 Uhr früh erledigt
sein. Anstelle von Streusalz kommt auf den meisten Radwegen Split zum Einsatz, der im Frühjahr wieder
eingesammelt wird.

Die Radlobby Tirol begrüßt den Ausbau, fordert aber eine bessere Information der Radfahrer. Ein
Online-Plan, auf dem der aktuelle Räumstatus zu sehen ist, soll laut Stadt im Jänner folgen.

Laut Zählstellen ist der Radverkehr in Innsbruck im Winter zuletzt auf rund ein Drittel des
Sommerniveaus gesunken. An kalten, trockenen Tagen seien aber deutlich mehr Menschen unterwegs als
noch vor einigen Jahren, hieß es.
"""),
        must_have=[
            "Die Kosten dafür belaufen sich auf rund 280.000 Euro.",
            "Anstelle von Streusalz kommt auf den meisten Radwegen Split zum Einsatz, der im Frühjahr wieder "
            "eingesammelt wird.",
        ],
    ),
    # -- Nigerian daily, gzipped page ---------------------------------------------------
    dict(
        cluster="capitalgazette-abuja-water-rationing",
        role="single",
        file="capitalgazette_abuja_water_rationing.html.gz",
        render="html",
        site=SITE_CAPGAZ,
        title="Abuja residents queue at boreholes as water board rations supply",
        date="2023-11-21",
        dateline="ABUJA \u2014 ",
        city="Abuja",
        country="NG",
        region="africa",
        agency=None,
        authors=["Chiamaka Eze", "Halima Yusuf"],
        editors=[],
        lang="en",
        section="Metro",
        meta_section="Metro",
        url="https://www.capitalgazette.example.ng/metro/abuja-residents-queue-at-boreholes-as-water-board-rations-supply/",
        description="Taps in Kubwa, Lugbe, Gwarinpa and parts of Karu will run on alternate days.",
        published="2023-11-21T19:48:00+01:00",
        modified="2023-11-22T07:10:00+01:00",
        ticker=("BREAKING", "Senate passes 2024 budget estimates on second reading"),
        byline_lines=["By Chiamaka Eze"],
        date_lines=["November 21, 2023 | 7:48 pm"],
        inserts={2: [("link", "READ ALSO:", "FCTA unveils plan to connect satellite towns to central water network")], 4: [("ad", "Advertisement")]},
        end_lines=["Additional reporting by Halima Yusuf"],
        lists=[("Most Read", [
            "Tanker drivers suspend strike after meeting with marketers",
            "Kano: Emirate council announces date for Durbar festival",
            "Super Eagles camp opens in Uyo ahead of qualifiers",
        ])],
        newsletter_end=["Join our WhatsApp channel for breaking news and updates."],
        paras=P("""
Residents of several Abuja suburbs spent hours queuing at public boreholes on Tuesday as the Federal
Capital Territory Water Board began rationing supply to cope with a shortfall caused by repairs at its
main treatment plant.

The board said in a statement that taps in Kubwa, Lugbe, Gwarinpa and parts of Karu would run on
alternate days for at least two weeks while engineers replaced a damaged pump.

In Lugbe, dozens of women and children lined up with yellow jerrycans before dawn. "We have not had
water in the house since Friday. I have to buy from the mai ruwa at N300 per jerrycan," said Blessing
Adamu, a trader, referring to the vendors who push water carts through the neighbourhood.

The water board's spokesperson, Ibrahim Danladi, apologised for the disruption and said tankers would
be deployed to hospitals, schools and markets.

Abuja's population has grown rapidly over the past two decades, and many satellite towns were never
connected to the central water network, leaving residents dependent on private boreholes and vendors.

Engineers have long warned that the treatment plant, built in the 1980s, needs a major overhaul. The
FCT Administration said last month that it had approved funds for a new pumping station, but work has
yet to begin.
"""),
        must_have=[
            "The water board's spokesperson, Ibrahim Danladi, apologised for the disruption and said tankers would "
            "be deployed to hospitals, schools and markets.",
            "Engineers have long warned that the treatment plant, built in the 1980s, needs a major overhaul.",
        ],
    ),
    # -- Reuters 2023 HTML page ---------------------------------------------------------
    dict(
        cluster="reuters-panama-canal-restrictions",
        role="single",
        file="reuters_panama_canal_restrictions.html",
        render="html",
        site=SITE_REUTERS,
        title="Panama Canal to keep transit limits through year-end as drought drains lake",
        date="2023-08-29",
        dateline="PANAMA CITY, Aug 29 (Reuters) - ",
        city="Panama City",
        country="PA",
        region="americas",
        agency="Reuters",
        authors=["Ricardo Alvarado", "Sofía Mena"],
        editors=["Dana Whitcombe"],
        lang="en",
        section="Americas",
        meta_section="Americas",
        url="https://www.reuters.example/world/americas/panama-canal-keep-transit-limits-through-year-end-drought-drains-lake-2023-08-29/",
        description="The Panama Canal Authority will keep restrictions on vessels crossing the waterway in place until at least the end of the year.",
        published="2023-08-29T19:12:00Z",
        modified="2023-08-30T01:40:00Z",
        meta_author="Ricardo Alvarado",
        ld_author=[{"@type": "Person", "name": "Ricardo Alvarado"}],
        breadcrumbs=["Americas"],
        byline_lines=["By Ricardo Alvarado"],
        date_lines=["August 29, 2023 7:12 PM UTC", "Updated August 30, 2023"],
        caption_prefix="[1/3]",
        caption="A cargo ship waits to cross the Panama Canal near Colon, Panama August 26, 2023.",
        credit="REUTERS/Ana Lucía Pérez",
        caption_suffix="Purchase Licensing Rights, opens new tab",
        end_lines=[
            "Reporting by Ricardo Alvarado in Panama City; Writing by Sofía Mena; Editing by Dana Whitcombe",
            REUTERS_STANDARDS_2023,
            "Acquire Licensing Rights, opens new tab",
        ],
        lists=[("Read Next", [
            "Brazil soy exports hit monthly record, shippers say",
            "Mexico's peso firms as investors weigh Fed outlook",
            "Ecuador's oil exports fall as pipeline repairs drag on",
        ])],
        paras=P("""
The Panama Canal Authority said on Tuesday it would keep restrictions on the number and size of vessels
crossing the waterway in place until at least the end of the year, as a prolonged drought leaves the
lake that feeds its locks near record lows.

The authority will allow an average of 31 ships a day through the canal, down from about 37 in normal
conditions, and will keep the maximum draft for the largest vessels at 43.5 feet, administrator Tomás
Quintero told reporters.

Gatun Lake, which supplies the fresh water used to raise and lower ships in the locks, stood at 79.6
feet on Monday, more than 6 feet below its average for the time of year, according to authority data.

"We are in one of the driest years in the history of the canal, and we have to manage every drop of
water," Quintero said.

The restrictions have created a backlog of more than 130 vessels waiting to cross, mostly bulk carriers
and tankers without advance reservations. Some shipping companies have diverted cargo to other routes
or loaded fewer containers to reduce their draft.

The canal handles about 5% of global maritime trade. The authority is studying the construction of a
new reservoir on the Indio river to secure water supply, a project that would take at least six years
to complete.
"""),
        must_have=[
            "Gatun Lake, which supplies the fresh water used to raise and lower ships in the locks, stood at 79.6 "
            "feet on Monday, more than 6 feet below its average for the time of year, according to authority data.",
            "Some shipping companies have diverted cargo to other routes or loaded fewer containers to reduce their draft.",
        ],
    ),
]


# ---- single JSON records (news-please, trafilatura) ---------------------------

JSON_STORIES = [
    # news-please, Lusa in Portuguese (Mozambique)
    dict(
        cluster="lusa-maputo-chapas",
        role="single",
        file="newsplease_lusa_maputo_chapas_pt.json",
        render="newsplease",
        title="Moçambique: Maputo obriga 'chapas' a instalar GPS e afixar tarifas a partir de julho",
        date="2023-06-12",
        dateline="Maputo, 12 jun 2023 (Lusa) - ",
        city="Maputo",
        country="MZ",
        region="africa",
        agency="Lusa",
        authors=[],
        editors=[],
        lang="pt",
        section=None,
        url="https://www.noticiasdacosta.example.co.mz/sociedade/maputo-obriga-chapas-a-instalar-gps-e-afixar-tarifas",
        source_domain="www.noticiasdacosta.example.co.mz",
        description="O Conselho Municipal de Maputo vai obrigar os transportadores semicolectivos a instalar GPS.",
        np_authors=["Lusa"],
        np_publish="2023-06-12 14:37:00",
        np_modify="2023-06-12 15:02:00",
        np_download="2023-06-13 02:11:09",
        image_url="https://www.noticiasdacosta.example.co.mz/wp-content/uploads/2023/06/chapas-maputo.jpg",
        tail_lines=["PMA // VM", "Lusa/Fim"],
        paras=P("""
O Conselho Municipal de Maputo vai obrigar os transportadores semicolectivos, conhecidos como 'chapas',
a instalar sistemas de localização por GPS e a afixar as tarifas no interior das viaturas a partir de
julho, anunciou hoje a edilidade.

Em conferência de imprensa, o vereador para a área dos Transportes, Armando Macuácua, explicou que a
medida pretende combater o encurtamento de rotas, uma prática em que os operadores cobram a tarifa
completa mas obrigam os passageiros a descer antes do destino final.

"O passageiro paga a viagem inteira e fica a meio caminho. Isso tem de acabar", afirmou o vereador.

Segundo o município, circulam diariamente na capital moçambicana cerca de 3.500 'chapas', que
transportam a maioria dos trabalhadores que se deslocam entre Maputo e a vizinha cidade da Matola.

A Federação Moçambicana das Associações dos Transportadores Rodoviários considerou a medida positiva,
mas pediu um prazo mais alargado, alegando que muitos operadores não têm meios para comprar os
equipamentos, que custam cerca de 15.000 meticais (cerca de 220 euros).

Os operadores que não cumprirem as novas regras arriscam multas e a suspensão da licença, acrescentou o
município, que promete reforçar a fiscalização nas principais paragens.
"""),
        must_have=[
            "Segundo o município, circulam diariamente na capital moçambicana cerca de 3.500 'chapas', que "
            "transportam a maioria dos trabalhadores que se deslocam entre Maputo e a vizinha cidade da Matola.",
            "Os operadores que não cumprirem as novas regras arriscam multas e a suspensão da licença, acrescentou o "
            "município, que promete reforçar a fiscalização nas principais paragens.",
        ],
    ),
    # trafilatura, Swiss French staff copy
    dict(
        cluster="matinlemanique-lausanne-cours-ecole",
        role="single",
        file="trafilatura_lausanne_cours_ecole_fr.json",
        render="trafilatura",
        title="Lausanne veut désasphalter une quarantaine de cours d'école d'ici 2030",
        date="2024-03-06",
        dateline="",
        city=None,
        country="CH",
        region="europe",
        agency=None,
        authors=["Sophie Berthoud"],
        editors=[],
        lang="fr",
        section="Lausanne",
        url="https://www.lematinlemanique.example.ch/lausanne/lausanne-veut-desasphalter-une-quarantaine-de-cours-decole-dici-2030-482913",
        hostname="www.lematinlemanique.example.ch",
        source_hostname="Le Matin lémanique",
        tf_author="Sophie Berthoud",
        tf_date="2024-03-06",
        tf_language="fr",
        categories="Lausanne;Vaud",
        tf_tags="écoles;climat;Lausanne",
        description="La Municipalité a présenté un crédit de 18 millions de francs.",
        inserts={2: ["Lire aussi: Les préaux genevois se mettent au vert"]},
        tail_lines=["Vous avez trouvé une erreur? Signalez-la."],
        paras=P("""
La Ville de Lausanne veut transformer d'ici 2030 une quarantaine de cours d'école bitumées en espaces
ombragés et perméables, afin de mieux protéger les élèves lors des épisodes de forte chaleur. La
Municipalité a présenté mardi un crédit de 18 millions de francs, qui doit encore être validé par le
Conseil communal.

Concrètement, une partie du revêtement sera remplacée par de la terre, du gravier ou des copeaux de
bois, et quelque 600 arbres seront plantés. Des fontaines, des bancs et des zones de jeux en matériaux
naturels sont également prévus.

«Lors de la canicule de l'été dernier, nous avons mesuré plus de 50 degrés au sol dans certaines
cours», a rappelé la municipale chargée des écoles, Nathalie Jaquier. «Ce ne sont pas des conditions
acceptables pour des enfants.»

Les premiers chantiers, prévus dès l'été prochain, concerneront six établissements situés dans les
quartiers les plus densément bâtis, notamment à Prélaz, à la Borde et aux Boveresses.

Les élèves et les enseignants seront associés à la conception des nouveaux aménagements. Les cours
resteront accessibles au public en dehors des horaires scolaires, comme c'est déjà le cas aujourd'hui.

Plusieurs villes romandes, dont Genève et Fribourg, ont lancé des programmes similaires ces dernières
années.
"""),
        must_have=[
            "Concrètement, une partie du revêtement sera remplacée par de la terre, du gravier ou des copeaux de "
            "bois, et quelque 600 arbres seront plantés.",
            "Les élèves et les enseignants seront associés à la conception des nouveaux aménagements.",
        ],
    ),
    # trafilatura, Tasmanian staff copy, two authors
    dict(
        cluster="derwentdaily-hobart-short-stay-cap",
        role="single",
        file="trafilatura_hobart_short_stay_cap.json",
        render="trafilatura",
        title="Hobart council moves to cap short-stay rentals in inner suburbs",
        date="2023-09-26",
        dateline="",
        city=None,
        country="AU",
        region="oceania",
        agency=None,
        authors=["Liam Doherty", "Bec Harwood"],
        editors=[],
        lang="en",
        section="News",
        url="https://www.derwentdaily.example.com.au/news/local-news/hobart-council-moves-to-cap-short-stay-rentals-in-inner-suburbs/",
        hostname="www.derwentdaily.example.com.au",
        source_hostname="The Derwent Daily",
        tf_author="Liam Doherty; Bec Harwood",
        tf_date="2023-09-26",
        tf_language="en",
        categories="News;Local News",
        tf_tags="housing;Hobart City Council",
        description="Councillors voted to draft a planning amendment aimed at returning homes to long-term rental.",
        inserts={3: ["Get the latest Hobart news delivered to your inbox every morning. Sign up here."]},
        tail_lines=["Do you have a news tip? Contact our newsroom."],
        paras=P("""
Hobart City Council will seek to cap the number of whole-home short-stay rentals in several inner
suburbs, after councillors voted on Monday night to draft a planning amendment aimed at returning more
houses to the long-term rental market.

The proposal would stop new permits for entire homes to be let to tourists in North Hobart, West
Hobart, Battery Point and Sandy Bay once listings reach 8 per cent of dwellings in each suburb.
Existing permits would not be affected.

Council data tabled at the meeting showed about 1,150 whole homes across the city are currently listed
on short-stay platforms, up from around 700 five years ago.

"We are not anti-tourism, but we have families sleeping in cars while houses sit empty for half the
year," councillor Megan Tilley said.

Tourism industry representatives warned the cap could push visitors to stay outside the city and cost
local businesses during the summer peak.

The amendment must be approved by the Tasmanian Planning Commission before it can take effect, a
process that typically takes several months. Public consultation is expected to open in November.
"""),
        must_have=[
            "Council data tabled at the meeting showed about 1,150 whole homes across the city are currently listed "
            "on short-stay platforms, up from around 700 five years ago.",
            "Existing permits would not be affected.",
        ],
    ),
    # trafilatura, Italian staff copy, gzipped
    dict(
        cluster="torinosera-semafori-intelligenti",
        role="single",
        file="trafilatura_torino_semafori_it.json.gz",
        render="trafilatura",
        title="Torino, al via la sperimentazione dei semafori intelligenti in corso Regina Margherita",
        date="2022-10-05",
        dateline="",
        city=None,
        country="IT",
        region="europe",
        agency=None,
        authors=["Chiara Bonetto"],
        editors=[],
        lang="it",
        section="Cronaca",
        url="https://www.torinosera.example.it/cronaca/2022/10/05/torino-semafori-intelligenti-corso-regina-margherita/",
        hostname="www.torinosera.example.it",
        source_hostname="TorinoSera",
        tf_author="Chiara Bonetto",
        tf_date="2022-10-05",
        tf_language=None,
        categories="Cronaca;Torino",
        tf_tags="",
        description="Quattordici incroci coinvolti, durata di sei mesi.",
        inserts={1: ["Leggi anche: Linea 2 della metro, pubblicato il bando per il primo lotto"]},
        tail_lines=["\u00a9 Riproduzione riservata"],
        paras=P("""
Semafori che regolano i tempi di verde in base al traffico reale: partirà lunedì in corso Regina
Margherita la sperimentazione del nuovo sistema di controllo intelligente degli incroci, che
coinvolgerà 14 impianti tra piazza della Repubblica e il ponte sulla Dora.

I sensori installati sotto l'asfalto e le telecamere agli incroci conteranno i veicoli in transito e
invieranno i dati a una centrale che modificherà la durata delle fasi semaforiche ogni pochi secondi.

Secondo le stime dell'assessorato alla Viabilità, il sistema potrebbe ridurre fino al 20 per cento i
tempi di attesa agli incroci nelle ore di punta e dare la precedenza ai mezzi pubblici in arrivo.

"Non vogliamo far correre di più le auto, ma farle fermare di meno, e soprattutto far viaggiare più
velocemente tram e autobus", ha spiegato l'assessore Luca Ferrero.

La sperimentazione durerà sei mesi e costerà circa 900 mila euro, finanziati con fondi europei. Se i
risultati saranno positivi, il sistema verrà esteso ad altri grandi assi della città, a partire da
corso Vittorio Emanuele II e corso Giulio Cesare.

Nelle prime settimane potrebbero verificarsi rallentamenti dovuti alla taratura degli impianti,
avvertono i tecnici, che invitano gli automobilisti a prestare attenzione alla segnaletica provvisoria.
"""),
        must_have=[
            "I sensori installati sotto l'asfalto e le telecamere agli incroci conteranno i veicoli in transito e "
            "invieranno i dati a una centrale che modificherà la durata delle fasi semaforiche ogni pochi secondi.",
            "La sperimentazione durerà sei mesi e costerà circa 900 mila euro, finanziati con fondi europei.",
        ],
    ),
]


# ---- JSON Lines batches ---------------------------------------------------------

JSONL_A = "crawl_holdout_2023-a.jsonl"
JSONL_B = "crawl_holdout_2023-b.jsonl.gz"

JSONL_STORIES = [
    # newsbeam text shape, Xinhua
    dict(
        cluster="xinhua-addis-ababa-brt",
        role="single",
        file=JSONL_A,
        render="newsbeam",
        title="Addis Ababa opens new bus rapid transit corridor to ease congestion",
        date="2023-04-03",
        dateline="ADDIS ABABA, April 3 (Xinhua) -- ",
        city="Addis Ababa",
        country="ET",
        region="africa",
        agency="Xinhua",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://english.news.example.cn/africa/20230403/addis-ababa-opens-new-brt-corridor/c.html",
        nb_published="2023-04-03T21:45:00+08:00",
        outlet="Xinhua",
        nb_authors=[],
        tail_lines=["Enditem"],
        paras=P("""
Ethiopia's capital Addis Ababa on Monday opened a new bus rapid transit corridor designed to cut travel
times for tens of thousands of commuters on one of the city's busiest routes.

The 16-km corridor links the Winget area in the city's northwest with Jemo in the southwest, with 22
stations and dedicated lanes separated from other traffic, according to the Addis Ababa City
Administration.

Speaking at the inauguration ceremony, city transport bureau head Tigist Alemu said the corridor would
initially be served by 50 articulated buses carrying about 60,000 passengers a day.

"Public transport is the backbone of a modern city. Our aim is to make journeys faster, safer and more
affordable for our residents," Alemu said.

Addis Ababa, home to more than 5 million people, has been expanding its transport network in recent
years to cope with rapid population growth and a sharp rise in the number of private cars.

The project was financed by the Ethiopian government with a loan from a multilateral development bank,
officials said.
"""),
        must_have=[
            "Speaking at the inauguration ceremony, city transport bureau head Tigist Alemu said the corridor would "
            "initially be served by 50 articulated buses carrying about 60,000 passengers a day.",
            "The project was financed by the Ethiopian government with a loan from a multilateral development bank, "
            "officials said.",
        ],
    ),
    # newsbeam text shape, EFE copy on a Peruvian site (syndicated)
    dict(
        MACHU,
        role="syndicated",
        file=JSONL_A,
        render="newsbeam",
        title="Machu Picchu recibirá hasta 5.600 turistas al día desde junio",
        url="https://www.diariocostaverde.example.pe/turismo/machu-picchu-recibira-hasta-5600-turistas-al-dia-desde-junio/",
        nb_published="2023-05-05T18:40:00-05:00",
        outlet="Diario Costa Verde",
        nb_authors=["Agencia EFE"],
        inserts={3: ["LEA TAMBIÉN: Cusco: tren a Machu Picchu suma nueva frecuencia desde Ollantaytambo"]},
        tail_lines=["Fuente: EFE"],
    ),
    # news-please shape, dpa German
    dict(
        cluster="dpa-berlin-buergeramt-termine",
        role="single",
        file=JSONL_A,
        render="newsplease",
        title="Berlin will Wartezeiten in Bürgerämtern mit Terminbörse verkürzen",
        date="2023-01-10",
        dateline="Berlin (dpa) - ",
        city="Berlin",
        country="DE",
        region="europe",
        agency="dpa",
        authors=[],
        editors=[],
        lang="de",
        section=None,
        url="https://www.hauptstadt-anzeiger.example.de/berlin/buergeramt-terminboerse-wartezeiten-id58120443.html",
        source_domain="www.hauptstadt-anzeiger.example.de",
        description="Frei gewordene Termine sollen über eine zentrale Plattform neu vergeben werden.",
        np_authors=["dpa"],
        np_publish="2023-01-10 12:58:00",
        np_modify="2023-01-10 16:20:00",
        np_download="2023-01-11 04:45:31",
        tail_lines=["\u00a9 dpa-infocom, dpa:230110-99-167284/2"],
        paras=P("""
Berlinerinnen und Berliner sollen künftig schneller einen Termin im Bürgeramt bekommen. Die
Senatsinnenverwaltung kündigte am Dienstag eine zentrale Online-Terminbörse an, über die kurzfristig
frei gewordene Termine aus allen Bezirken angeboten werden sollen.

Bislang verfallen nach Angaben der Verwaltung jede Woche mehrere Tausend Termine, weil Bürger sie nicht
absagen oder nicht erscheinen. Diese sollen über die neue Plattform innerhalb weniger Minuten neu
vergeben werden.

„Es kann nicht sein, dass man in der Hauptstadt sechs Wochen auf einen neuen Personalausweis wartet“,
sagte Staatssekretär Friedrich Albers. Ziel sei, dass jeder Termin innerhalb von 14 Tagen vergeben
werden könne.

Zudem sollen zum Frühjahr 40 zusätzliche Mitarbeiterinnen und Mitarbeiter in den Bürgerämtern
eingesetzt werden. Einige Dienstleistungen, etwa die Ummeldung einer Wohnung, sollen bis Ende des
Jahres vollständig online möglich sein.

Die Bezirke begrüßten die Pläne, verwiesen aber auf fehlendes Personal und veraltete Technik. Schon in
den vergangenen Jahren hatte es immer wieder Beschwerden über lange Wartezeiten gegeben.
"""),
        must_have=[
            "Diese sollen über die neue Plattform innerhalb weniger Minuten neu vergeben werden.",
            "Einige Dienstleistungen, etwa die Ummeldung einer Wohnung, sollen bis Ende des Jahres vollständig "
            "online möglich sein.",
        ],
    ),
    # trafilatura shape, EFE Ecuador (gzipped batch)
    dict(
        cluster="efe-ecuador-sequia-alerta",
        role="single",
        file=JSONL_B,
        render="trafilatura",
        title="Ecuador declara alerta naranja por sequía en doce provincias",
        date="2023-10-17",
        dateline="Quito, 17 oct (EFE).- ",
        city="Quito",
        country="EC",
        region="americas",
        agency="EFE",
        authors=[],
        editors=[],
        lang="es",
        section="Sociedad",
        url="https://www.elandino.example.ec/sociedad/ecuador-declara-alerta-naranja-por-sequia-en-doce-provincias",
        hostname="www.elandino.example.ec",
        source_hostname="El Andino",
        tf_author="EFE",
        tf_date="2023-10-17",
        tf_language="es",
        categories="Sociedad;Ecuador",
        tf_tags="sequía;energía;agricultura",
        description="La escasez de lluvias afecta a cultivos, ganado y a la generación hidroeléctrica.",
        tail_lines=["mcg/fgg"],
        paras=P("""
El Gobierno de Ecuador declaró este martes la alerta naranja por sequía en doce de las veinticuatro
provincias del país, debido a la escasez de lluvias que afecta a cultivos, ganado y a la generación de
energía hidroeléctrica.

La Secretaría de Gestión de Riesgos informó en un comunicado que la medida permitirá movilizar recursos
para el abastecimiento de agua mediante tanqueros a comunidades rurales y activar planes de apoyo a los
pequeños productores.

Según el organismo, más de 23.000 hectáreas de cultivos de maíz, arroz y papa registran pérdidas
parciales o totales, principalmente en las provincias andinas de Loja, Azuay y Chimborazo.

El ministro de Energía, Fernando Salcedo, advirtió que los embalses de las principales centrales
hidroeléctricas están por debajo de su nivel habitual y no descartó cortes programados de electricidad
si la situación se prolonga.

Más de tres cuartas partes de la electricidad que consume Ecuador proviene de centrales
hidroeléctricas, la mayoría ubicadas en la vertiente amazónica de los Andes.

Los meteorólogos prevén que las lluvias se normalicen a partir de noviembre, aunque el fenómeno de El
Niño podría alterar el patrón habitual en la costa y en la sierra.
"""),
        must_have=[
            "Según el organismo, más de 23.000 hectáreas de cultivos de maíz, arroz y papa registran pérdidas "
            "parciales o totales, principalmente en las provincias andinas de Loja, Azuay y Chimborazo.",
            "Más de tres cuartas partes de la electricidad que consume Ecuador proviene de centrales "
            "hidroeléctricas, la mayoría ubicadas en la vertiente amazónica de los Andes.",
        ],
    ),
    # newsbeam text shape, AFP English (gzipped batch)
    dict(
        cluster="afp-rwanda-electric-motos",
        role="single",
        file=JSONL_B,
        render="newsbeam",
        title="Rwanda to phase out petrol motorcycle taxis in Kigali",
        date="2023-04-18",
        dateline="Kigali (AFP) - ",
        city="Kigali",
        country="RW",
        region="africa",
        agency="AFP",
        authors=[],
        editors=[],
        lang="en",
        section=None,
        url="https://www.greatlakesmail.example.com/news/rwanda-to-phase-out-petrol-motorcycle-taxis-in-kigali",
        nb_published="2023-04-18T13:05:00Z",
        outlet="Great Lakes Mail",
        nb_authors=["AFP"],
        tail_lines=["str-sva/kjm/ach"],
        paras=P("""
Rwanda will stop registering new petrol-powered motorcycle taxis in the capital Kigali from next year as
part of a push to electrify one of the city's most popular forms of transport, officials said Tuesday.

The infrastructure ministry said new licences for so-called motos in Kigali would be issued only for
electric models from January 2024, while existing petrol bikes could stay on the road until they are
replaced.

Kigali has an estimated 30,000 motorcycle taxis, which carry a large share of the city's daily
commuters across its steep hills.

"Electric motos are cheaper to run and they do not poison the air our children breathe," ministry
official Claudine Uwase told AFP.

Several start-ups already operate electric motorcycles in Kigali, offering battery-swapping stations
where riders exchange empty batteries for charged ones in a few minutes.

But some riders said the upfront cost of an electric bike, around 1.5 million Rwandan francs ($1,340),
was out of reach without credit. "If the government helps with loans, we will change. If not, many will
leave the job," said Eric Habimana, 31, who has driven a moto for eight years.

Rwanda has positioned itself as a regional leader on environmental policy and was one of the first
countries to ban plastic bags, in 2008.
"""),
        must_have=[
            "Several start-ups already operate electric motorcycles in Kigali, offering battery-swapping stations "
            "where riders exchange empty batteries for charged ones in a few minutes.",
            "Rwanda has positioned itself as a regional leader on environmental policy and was one of the first "
            "countries to ban plastic bags, in 2008.",
        ],
    ),
]


# --------------------------------------------------------------------------
# 4. render, validate, write
# --------------------------------------------------------------------------

ALL_RECORDS = TEXT_STORIES + HTML_STORIES + JSON_STORIES + JSONL_STORIES

PLACEHOLDERS = {"reuters staff", "staff reporter", "afp", "associated press", "the associated press",
                "dpa", "efe", "agencia efe", "lusa", "xinhua", "bloomberg"}


def visible_text(payload, fmt: str) -> str:
    if isinstance(payload, dict):
        if payload.get("maintext") is not None:
            return payload["maintext"]
        if payload.get("html") is not None:
            return visible_text(payload["html"], "html")
        return payload.get("text") or ""
    if fmt == "html":
        import lxml.html

        doc = lxml.html.document_fromstring(payload)
        for el in doc.xpath("//script|//style|//title|//noscript"):
            el.drop_tree()
        return doc.text_content()
    return payload


def vis_norm(s: str) -> str:
    """Whitespace + typographic-quote normalisation (for the noisy re-scrape)."""
    s = s.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return norm(s)


def validate(s: dict, payload, chrome: list[str], fmt: str) -> list[str]:
    errs = []
    where = f"{s['file']}[{s['cluster']}]"
    vis = vis_norm(visible_text(payload, fmt))
    body = [norm(p) for p in body_paras(s)]
    if s["region"] not in REGIONS:
        errs.append(f"{where}: bad region {s['region']}")
    if s["role"] not in ROLES:
        errs.append(f"{where}: bad role {s['role']}")
    if s["date"] is not None and not re.fullmatch(r"20\d\d-\d\d-\d\d", s["date"]):
        errs.append(f"{where}: bad date {s['date']}")
    if not re.fullmatch(r"[A-Z]{2}", s["country"]):
        errs.append(f"{where}: bad country {s['country']}")
    if s["city"] and not s.get("dateline"):
        errs.append(f"{where}: dateline_city and dateline disagree")
    if s.get("noise"):
        for m in s["must_have"]:
            if re.search("[\"'\u2019\u201c\u201d]", m):
                errs.append(f"{where}: re-scrape must_have contains quotes: {m[:50]}")
    if not 2 <= len(s["must_have"]) <= 3:
        errs.append(f"{where}: need 2-3 must_have sentences")
    for m in s["must_have"]:
        if not any(m in p for p in s["paras"][1:]):
            errs.append(f"{where}: must_have not in a non-first paragraph: {m[:60]}")
        if norm(m) not in vis:
            errs.append(f"{where}: must_have not in rendered text: {m[:60]}")
        for c in chrome:
            if norm(m) in norm(c):
                errs.append(f"{where}: must_have inside chrome line: {m[:60]}")
    for c in chrome:
        if vis_norm(c) not in vis:
            errs.append(f"{where}: chrome line missing from rendered text: {c[:60]}")
        if norm(c) in body:
            errs.append(f"{where}: chrome line equals a body paragraph: {c[:60]}")
    if fmt == "text" and isinstance(payload, str):
        lines = {ln.strip() for ln in payload.replace("\r\n", "\n").split("\n")}
        for c in chrome:
            if c.strip() not in lines:
                errs.append(f"{where}: chrome is not a whole line: {c[:60]}")
    if isinstance(payload, dict):
        if payload.get("title") != s["title"]:
            errs.append(f"{where}: JSON title differs from label")
    elif norm(s["title"]) not in vis:
        errs.append(f"{where}: title not in rendered text")
    for key in ("caption", "credit"):
        if s.get(key) and norm(s[key]) not in vis:
            errs.append(f"{where}: {key} not in rendered text")
    if bool(s.get("caption")) != bool(s.get("credit")):
        errs.append(f"{where}: caption and credit must come together")
    for a in s["authors"]:
        if a.lower() in PLACEHOLDERS:
            errs.append(f"{where}: placeholder/agency in authors")
        in_json = isinstance(payload, dict) and a in json.dumps(payload, ensure_ascii=False)
        if norm(a).upper() not in vis.upper() and not in_json:
            errs.append(f"{where}: author {a} not found in record")
    words = len(" ".join(s["paras"]).split())
    if not 150 <= words <= 500:
        errs.append(f"{where}: body has {words} words (want 150-500)")
    return errs


def main() -> int:
    by_file: dict[str, list[dict]] = defaultdict(list)
    for s in ALL_RECORDS:
        by_file[s["file"]].append(s)

    labels, errors = [], []
    outputs: dict[str, bytes] = {}
    words = []
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
            words.append(len(" ".join(s["paras"]).split()))
        data = ("\n".join(chunks) + "\n").encode("utf-8") if multi else chunks[0].encode("utf-8")
        if fname.endswith(".gz"):
            data = gz(data)
        outputs[fname] = data

    clusters = defaultdict(list)
    for lab in labels:
        clusters[lab["cluster"]].append(lab)
    for cid, members in clusters.items():
        roles = sorted(m["role"] for m in members)
        if len(members) == 1 and roles[0] not in ("single", "hard_negative"):
            errors.append(f"cluster {cid}: singleton with role {roles[0]}")
        if len(members) > 1 and roles.count("original") != 1:
            errors.append(f"cluster {cid}: needs exactly one original, has {roles}")

    # every must_have / chrome line must be findable in the bytes written to disk
    for lab in labels:
        raw = outputs[lab["file"]]
        if lab["file"].endswith(".gz"):
            raw = gzip.decompress(raw)
        text = raw.decode("utf-8")
        if lab["format"] == "json" and ".jsonl" in lab["file"]:
            rec = json.loads(text.splitlines()[lab["record"]])
            text = rec.get("html") or rec.get("text") or rec.get("maintext") or ""
        elif lab["format"] == "json":
            rec = json.loads(text)
            text = rec.get("maintext") or rec.get("text") or rec.get("html") or ""
        hay = vis_norm(visible_text(text, "html") if lab["format"] == "html" or text.lstrip().startswith("<!DOCTYPE") else text)
        for m in lab["must_have"]:
            if vis_norm(m) not in hay:
                errors.append(f"{lab['file']}#{lab['record']}: must_have not in written file: {m[:50]}")
        for c in lab["chrome"]:
            if vis_norm(c) not in hay:
                errors.append(f"{lab['file']}#{lab['record']}: chrome not in written file: {c[:50]}")

    if errors:
        print("VALIDATION FAILED:", file=sys.stderr)
        for e in errors:
            print("  " + e, file=sys.stderr)
        return 1

    art = OUT / "articles"
    art.mkdir(exist_ok=True)
    for fname, data in outputs.items():
        (art / fname).write_bytes(data)
    stray = sorted(p.name for p in art.iterdir() if p.name not in outputs)
    if stray:
        print("WARNING: files in articles/ not produced by this script:", ", ".join(stray))
    doc = {"records": labels, "notes": LABEL_NOTES, "holdout_notes": HOLDOUT_NOTES}
    (OUT / "labels.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    print(f"wrote {len(outputs)} files, {len(labels)} article records -> {OUT}")
    for key in ("format", "language", "region", "agency", "role"):
        c = Counter(str(lab[key]) for lab in labels)
        print(f"  by {key:8s}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items())))
    exts = Counter(re.sub(r"^[^.]*", "", f) or "(none)" for f in outputs)
    print("  by file type: " + ", ".join(f"{k}={v}" for k, v in sorted(exts.items())))
    for c, ms in sorted(clusters.items()):
        if len(ms) > 1:
            print(f"  cluster {c}: " + ", ".join(f"{m['file']}#{m['record']}({m['role']})" for m in ms))
    words.sort()
    print(f"  body words: min={words[0]} median={words[len(words) // 2]} max={words[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
