# ruff: noqa: E501
"""Builders shared by the labelled extraction sets under bench/ (dev_set, dev_set2,
dev_set3, holdout): page renderers for plain-text scrapes, HTML pages, news-please,
trafilatura and newsbeam JSON records, the label checks, and `build`, which renders
a set's records, checks every label against the bytes written and writes
`articles/` and `labels.json`.

Each set's `_generate.py` holds only its own stories and notes. Label conventions
are those of sample_corpus/ (LABEL_NOTES below):
  * ``chrome`` lists whole lines / whole visible text nodes that must not end up in
    the cleaned body; ``must_have`` sentences are exact body text, compared after
    collapsing whitespace.
  * labels are in clean form (a noisy re-scrape is labelled with the text it should
    have had; its must_have sentences contain no quote characters).
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

# The evaluator's rule for chrome glued onto a story line decides which lines a set labels.
from pipelines.evaluate import GLUED_CHROME_MIN_CHARS

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


def site(name, home, suffix, locale, twitter, nav, footer, share=None, top=None, cookie=None,
         cookie_title=None, buttons=None, graph=False, skip=None, end_class="signoff") -> dict:
    """An HTML site's furniture for r_html: name, home page, title suffix, locale, X/Twitter
    handle, menu, footer, share bar, top links, cookie banner, JSON-LD @graph, skip link
    and the class of the paragraph that closes the story."""
    return dict(name=name, home=home, title_suffix=suffix, locale=locale, twitter=twitter,
                body_class="article-page", article_class="article",
                body_class_inner="article-body", cookie=cookie, cookie_title=cookie_title,
                cookie_buttons=buttons or [], top_links=top or [], nav=nav, share=share,
                footer=footer, ld_graph=graph, skip=skip, end_class=end_class)


def rec(**kw) -> dict:
    """A story's record for build(): the labels a story leaves unset (no authors, editors,
    agency, section, dateline or city) filled in, then the story's own fields."""
    base = dict(authors=[], editors=[], agency=None, section=None, dateline="", city=None)
    base.update(kw)
    return base


def P(block: str) -> list[str]:
    """Split a triple-quoted block into paragraphs (blank-line separated)."""
    return [re.sub(r"[ \t\r\n]+", " ", p).strip() for p in block.strip().split("\n\n") if p.strip()]


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


def body_paras(s: dict) -> list[str]:
    """Body paragraphs with the dateline; a dateline ending in a newline is
    printed as a paragraph of its own (Anadolu-style 'TRABZON' line)."""
    paras = list(s["paras"])
    dl = s.get("dateline", "")
    if dl.endswith("\n"):
        return [dl.strip(), *paras]
    return [dl + paras[0], *paras[1:]]


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
        is_update = re.match(r"(Updated|Last updated|Mis à jour|Atualizado|Aktualisiert|Actualizado|Laatste update|Aangepast|Uppdaterad|Oppdatert)", line, re.I)
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
    for cls, line in s.get("above_body", []):
        out.append(f'<div class="{cls}">{C(line)}</div>')
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
    for cls, line in s.get("below_body", []):
        out.append(f'<div class="{cls}">{C(line)}</div>')
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
# validation and writing
# --------------------------------------------------------------------------


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


def checkable_chrome(s: dict, chrome: list[str]) -> list[str]:
    """The chrome lines an evaluation can hold the pipeline to. A long line whose text the
    story itself contains (a topic link "Ninoy Aquino International Airport" under a story
    naming the airport) would count the story's own sentence as a leak, so it is left out."""
    story = [vis_norm(p) for p in body_paras(s)]

    def in_story(line: str) -> bool:
        normed = vis_norm(line)
        return any(normed in p for p in story)

    return [c for c in chrome if len(c) <= GLUED_CHROME_MIN_CHARS or not in_story(c)]


def validate(s: dict, payload, chrome: list[str], fmt: str, max_words: int = 500,
             placeholders: frozenset[str] = frozenset()) -> list[str]:
    """Label errors of one record: `placeholders` are names that may not be authors
    (agencies, "Reuters Staff")."""
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
    for i, ins in s.get("inserts", {}).items():
        if isinstance(ins, str):  # a bare string would be spread into one line per character
            errs.append(f"{where}: inserts[{i}] must be a list of lines, not a string: {ins[:60]}")
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
        if a.lower() in placeholders:
            errs.append(f"{where}: placeholder/agency in authors")
        in_json = isinstance(payload, dict) and a in json.dumps(payload, ensure_ascii=False)
        if norm(a).upper() not in vis.upper() and not in_json:
            errs.append(f"{where}: author {a} not found in record")
    words = len(" ".join(s["paras"]).split())
    if not 150 <= words <= max_words:
        errs.append(f"{where}: body has {words} words (want 150-{max_words})")
    return errs


# Wire and desk names that are never a bylined writer, in every set; a set adds its own
# (outlets, desk initials) in the `placeholders` it passes to build.
WIRE_PLACEHOLDERS = frozenset({
    "reuters staff", "staff reporter", "reuters", "ap", "associated press",
    "the associated press", "afp", "agence france-presse", "efe", "agencia efe", "pti",
    "press trust of india", "dpa", "ansa", "xinhua", "anadolu", "aa", "lusa", "bernama",
    "aap", "australian associated press"})


def build(out: Path, records: list[dict], set_notes: dict, placeholders: set[str],
          max_words: int = 500) -> int:
    """Render every record, validate the labels against the written bytes, write
    `out/articles/` and `out/labels.json`; 1 (and nothing written) on a label error.
    `placeholders` are the set's own non-writers, beside WIRE_PLACEHOLDERS."""
    placeholders = WIRE_PLACEHOLDERS | set(placeholders)
    by_file: dict[str, list[dict]] = defaultdict(list)
    for s in records:
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
            chrome = checkable_chrome(s, chrome)
            errors += validate(s, payload, chrome, fmt, max_words, frozenset(placeholders))
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

    art = out / "articles"
    art.mkdir(exist_ok=True)
    for fname, data in outputs.items():
        (art / fname).write_bytes(data)
    stray = sorted(p.name for p in art.iterdir() if p.name not in outputs)
    if stray:
        print("WARNING: files in articles/ not produced by this script:", ", ".join(stray))
    doc = {"records": labels, "notes": LABEL_NOTES, "holdout_notes": set_notes}
    (out / "labels.json").write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")

    print(f"wrote {len(outputs)} files, {len(labels)} article records -> {out}")
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


