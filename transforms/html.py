"""HTML pages: main text with trafilatura, metadata from JSON-LD and meta tags.

The page's own structured metadata (JSON-LD `NewsArticle`, OpenGraph and
`article:*` meta tags) is read first because it states the publisher's local
timestamp; trafilatura (with htmldate) fills what is missing.
"""

from __future__ import annotations

import contextlib
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import lxml.html
import orjson
import trafilatura
from htmldate import find_date
from lxml import etree
from trafilatura.metadata import (
    META_URL,
    examine_meta,
    extract_author,
    extract_meta_json,
    extract_sitename,
    extract_title,
    extract_url,
)
from trafilatura.settings import Document
from trafilatura.utils import repair_faulty_html

from transforms import dates, maintext
from transforms.deadletters import RecordError
from transforms.literals import windowed
from transforms.patterns import CAPTION_CONTROL_LABELS, compiled

ARTICLE_TYPES = frozenset(
    {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
     "opinionnewsarticle", "backgroundnewsarticle", "webpage", "report", "liveblogposting"}
)
# meta name/property -> our field; earlier entries win.
META_FIELDS: list[tuple[str, str]] = [
    ("article:published_time", "published"),
    ("og:article:published_time", "published"),
    ("datepublished", "published"),
    ("parsely-pub-date", "published"),
    ("sailthru.date", "published"),
    ("publish-date", "published"),
    ("pubdate", "published"),
    ("dc.date.issued", "published"),
    ("dc.date", "published"),
    ("date", "published"),
    ("article:modified_time", "updated"),
    ("og:updated_time", "updated"),
    ("og:title", "title"),
    ("twitter:title", "title"),
    ("og:url", "url"),
    ("article:section", "section"),
    ("og:site_name", "outlet"),
    ("author", "author"),
    ("article:author", "author"),
    ("parsely-author", "author"),
    ("sailthru.author", "author"),
    ("dc.creator", "author"),
    ("og:description", "description"),
    ("description", "description"),
]
MAX_JSONLD_CHARS = 200_000
DATE_TARGETS = frozenset({"published", "updated"})
# Meta names that hold timestamps; their offsets tell the page's own time zone.
_TIMESTAMP_KEY = re.compile(r"date|time|publish|modified|created|issued", re.IGNORECASE)
# lxml refuses a str that starts with an encoding declaration; the text is decoded already.
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>", re.IGNORECASE)


# XPath expressions compiled once (tree.xpath(str) compiles its string on every call).
_FIGCAPTIONS = etree.XPath("//figure//figcaption")
_WITH_CLASS = etree.XPath(".//*[@class]")
# A caption's controls: its buttons, and its links labelled as one (CAPTION_CONTROL_LABELS).
_CAPTION_CONTROLS = etree.XPath(".//a | .//button")
_JSONLD_SCRIPTS = etree.XPath('//script[@type="application/ld+json"]')
_META_WITH_CONTENT = etree.XPath("//meta[@content]")
_CANONICAL = etree.XPath('//link[@rel="canonical"]/@href')
_LANG = etree.XPath("/html/@lang")
_TIME_STAMPS = etree.XPath("//time[@datetime]/@datetime")
_TITLES = etree.XPath("//head/title/text() | //meta[@property='og:title']/@content")
# The elements a page marks as its publication time: <time>, itemprop="datePublished",
# pubdate (one pass over the body; the union of three paths took three).
_PUBLISHED_ELEMENTS = etree.XPath(
    '//body//*[self::time or @itemprop="datePublished" or @pubdate]')


MAX_FIGCAPTIONS = 5


@dataclass
class ExtractedPage:
    text: str
    metadata: dict[str, Any] = field(default_factory=dict)
    captions: list[dict[str, str | None]] = field(default_factory=list)


def _figcaptions(tree) -> list[dict[str, str | None]]:
    """Photo captions and their credits from <figcaption> (trafilatura drops figures)."""
    captions = []
    for node in _FIGCAPTIONS(tree)[:MAX_FIGCAPTIONS]:
        credit = None
        for child in _WITH_CLASS(node):
            if compiled()["credit_class"].search(child.get("class") or ""):
                credit = " ".join(child.text_content().split()) or None
                child.drop_tree()
                break
        for control in _CAPTION_CONTROLS(node):
            if control.tag == "button" or " ".join(
                    control.text_content().split()).casefold() in CAPTION_CONTROL_LABELS:
                control.drop_tree()  # "Show Caption" is the page's, not the caption's
        # "Legende: ..." (SRF): the caption's own label is no caption text.
        text = compiled()["caption_prefix"].sub("", " ".join(node.text_content().split()))
        if credit:
            # "/홍길동 기자/": Korean regional papers wrap the credit in slashes
            credit = compiled()["credit_label_at_start"].sub("", credit.strip("()[]/ "))
        if text:
            captions.append({"text": text, "credit": credit})
    return captions


def _jsonld_objects(tree) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []
    for script in _JSONLD_SCRIPTS(tree)[:20]:
        raw = (script.text or "").strip()
        if not raw or len(raw) > MAX_JSONLD_CHARS:
            continue
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError:
            continue
        stack = [data]
        while stack and len(objects) < 50:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                objects.append(item)
    return objects


def _types(obj: dict[str, Any]) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {str(k).lower() for k in kinds if k}


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if not value.startswith("http") else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        out: list[str] = []
        for item in value:
            out.extend(_names(item))
        return out
    return []


# The JSON-LD keys that keep their lists.
_LIST_KEYS = frozenset(["authors", "author_organizations"])


def _author_names(value: Any) -> tuple[list[str], list[str]]:
    """A JSON-LD author's names: the persons', and apart the organizations' ("@type":
    "Organization": a newsroom, "Staff", or a wire, which names the agency, never a person)."""
    items = value if isinstance(value, list) else [value]
    persons: list[str] = []
    organizations: list[str] = []
    for item in items:
        if isinstance(item, dict) and any(k.endswith("organization") for k in _types(item)):
            organizations.extend(_names(item))
        else:
            persons.extend(_names(item))
    return persons, organizations


def _jsonld_metadata(objects: list[dict[str, Any]]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for obj in objects:
        if not _types(obj) & ARTICLE_TYPES:
            continue
        pairs = {
            "title": obj.get("headline") or obj.get("name"),
            "published": obj.get("datePublished") or obj.get("dateCreated"),
            "updated": obj.get("dateModified"),
            "section": obj.get("articleSection"),
            "language": obj.get("inLanguage"),
            "description": obj.get("description"),
            "url": obj.get("url") if isinstance(obj.get("url"), str) else None,
        }
        authors, organizations = _author_names(obj.get("author"))
        if authors:
            pairs["authors"] = authors
        if organizations:
            pairs["author_organizations"] = organizations
        publisher = _names(obj.get("publisher"))
        if publisher:
            pairs["outlet"] = publisher[0]
        for key, value in pairs.items():
            if isinstance(value, list) and key not in _LIST_KEYS:
                value = value[0] if value else None
            if key in DATE_TARGETS and not dates.parse_timestamp(value):
                continue  # "2019", "Q3": not a date; a later source may state one
            if value and key not in meta:
                meta[key] = value if key in _LIST_KEYS else str(value)
        if "newsarticle" in _types(obj) or "reportagenewsarticle" in _types(obj):
            break  # the news article object is authoritative
    return meta


def _meta_tags(tree) -> dict[str, Any]:
    found: dict[str, str] = {}
    for node in _META_WITH_CONTENT(tree)[:400]:
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").lower()
        if key and key not in found:
            found[key] = node.get("content").strip()
    meta: dict[str, Any] = {}
    for name, target in META_FIELDS:
        value = found.get(name)
        if target in DATE_TARGETS and not dates.parse_timestamp(value):
            continue
        if value and target not in meta:
            meta[target] = value
            if target == "published":
                meta["published_key"] = name
    author = meta.pop("author", None)
    if author and not author.startswith("http"):
        meta["authors"] = [a.strip() for a in re.split(r"[;|]|,\s(?=[A-Z])|\sand\s", author)
                           if a.strip()]
    canonical = _CANONICAL(tree)
    if canonical:
        meta["url"] = str(canonical[0]).strip()
    lang = _LANG(tree)
    if lang:
        meta["language"] = str(lang[0]).strip()
    if "published" not in meta:
        times = _TIME_STAMPS(tree)
        if times:
            meta["published_time_tag"] = str(times[0])
    return meta


def local_offset(tree, jsonld: list[dict[str, Any]]) -> str | None:
    """The UTC offset the page states most often in its timestamps ("+01:00"), if any.

    Pages often give one stamp in UTC and others in local time; the local offset
    puts the UTC one back on the publisher's calendar.
    """
    stamps: list[str] = []
    for node in _META_WITH_CONTENT(tree)[:400]:
        key = node.get("property") or node.get("name") or node.get("itemprop") or ""
        if _TIMESTAMP_KEY.search(key):
            stamps.append(node.get("content"))
    for obj in jsonld:
        stamps.extend(str(v) for k, v in obj.items()
                      if isinstance(v, str) and k.lower().startswith(("date", "upload")))
    stamps.extend(str(v) for v in _TIME_STAMPS(tree)[:50])
    offsets = Counter(o for o in map(dates.stated_offset, stamps) if o)
    return offsets.most_common(1)[0][0] if offsets else None


# Elements whose text a reader never sees.
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "head", "select",
                        "option", "iframe", "object", "canvas"})
MAX_VISIBLE_CHARS = 150_000
MAX_LABELS = 40
# How far around the headline a date line sits (kicker above it, byline below it).
HEADLINE_BEFORE_CHARS = 150
HEADLINE_AFTER_CHARS = 600
MAX_DATE_LINE_CHARS = 80
_UPDATED_CLASS = re.compile(r"updat|modif|edit", re.IGNORECASE)
# Headings only screen readers get ("Navigation" for the menu).
_SCREEN_READER_CLASS = re.compile(
    r"sr-only|screen-?reader|visually-?hidden|hide-?accessible|offscreen|element-invisible"
    r"|(?:^|\s)hidden(?:\s|$)", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def _title_words(tree) -> set[str]:
    """Words of the page's title (<title>, og:title), lower case."""
    titles = _TITLES(tree)
    return {w for title in titles[:3] for w in _WORD.findall(str(title).lower())}


def _headline_score(node, title: set[str]) -> tuple[int, int] | None:
    """How much an <h1> looks like the story's headline: words it shares with the
    page's title (a site-name logo or a "Navigation" heading shares few), then
    whether a reader sees it. None for an empty <h1>."""
    words = _WORD.findall(node.text_content().lower())
    if not words:
        return None
    shown = not (node.get("hidden") is not None or node.get("aria-hidden") == "true"
                 or _SCREEN_READER_CLASS.search(node.get("class") or ""))
    return len(set(words) & title), int(shown)


def visible_text(tree) -> tuple[str, int | None]:
    """The text a reader sees in lower case (label patterns run several times
    faster without IGNORECASE), one line per text node with its whitespace collapsed
    (blank nodes left out, so that distances are what a reader sees; bounded), and
    where the headline starts in it: the <h1> most like the page's title, the first
    of equals (`_headline_score`; None without an <h1>)."""
    body = tree.find(".//body")
    root = body if body is not None else tree
    parts: list[str] = []
    size = 0
    hidden = 0
    headline = None
    best: tuple[int, int] | None = None
    title = _title_words(tree)
    for event, node in etree.iterwalk(root, events=("start", "end")):
        tag = node.tag.lower() if isinstance(node.tag, str) else None
        invisible = tag is None or tag in _INVISIBLE
        if event == "start":
            if invisible:
                hidden += 1
                continue
            if hidden:
                continue
            if tag == "h1":
                score = _headline_score(node, title)
                if score is not None and (best is None or score > best):
                    best, headline = score, size
            piece = " ".join(node.text.split()) if node.text else ""
            if piece:
                parts.append(piece.lower())
                size += len(parts[-1]) + 1
        else:
            if invisible:
                hidden -= 1
            piece = " ".join(node.tail.split()) if node.tail else ""
            if not hidden and node is not root and piece:
                parts.append(piece.lower())
                size += len(parts[-1]) + 1
        if size > MAX_VISIBLE_CHARS:
            break
    return "\n".join(parts), headline


def _labelled_date(text: str, label, month_first: bool) -> str | None:
    """The first date that closely follows a label ("Published:", "Veröffentlicht am")."""
    gap = compiled()["page_label_gap"]
    for count, match in enumerate(windowed(label).finditer(text)):
        if count >= MAX_LABELS:
            break
        window = text[match.end():match.end() + gap + 40]
        found = dates.dates_at(window, limit=1, month_first=month_first)
        if found and found[0][0] <= gap:
            return found[0][1].isoformat()
    return None


def _date_before_verb(text: str, month_first: bool) -> str | None:
    """"am 19. mai 2010 um 23:03 uhr gepostet": a date the publishing verb follows."""
    gap = compiled()["page_label_gap"]
    for count, verb in enumerate(windowed(compiled()["page_published_verb"]).finditer(text)):
        if count >= MAX_LABELS:
            break
        before = text[max(0, verb.start() - gap - 40):verb.start()]
        spans = dates.date_spans(before, limit=4, month_first=month_first)
        if spans and len(before) - spans[-1][1] <= gap \
                and not re.search(r"[.!?]\s", before[spans[-1][1]:]):
            return spans[-1][2].isoformat()
    return None


def _time_tag_date(tree) -> str | None:
    """The first <time> (or other element marked datePublished) that is not an update."""
    nodes = _PUBLISHED_ELEMENTS(tree)[:30]
    for node in nodes:
        marks = " ".join(filter(None, (node.get("class"), node.get("itemprop"))))
        if _UPDATED_CLASS.search(marks):
            continue
        for value in (node.get("datetime"), node.get("content"),
                      " ".join(node.text_content().split())[:64]):
            stamp = dates.parse_timestamp(value)
            if stamp:
                return stamp[1].isoformat()
    return None


def _headline_date(text: str, headline: int, month_first: bool) -> str | None:
    """The date on a short line next to the headline (byline, kicker): the first one
    after the headline, else the closest before it. Dates inside sentences (events,
    photo captions) are not date lines and do not count."""
    start = max(0, headline - HEADLINE_BEFORE_CHARS)
    before: str | None = None
    window = text[start:headline + HEADLINE_AFTER_CHARS]
    for offset, end, day in dates.date_spans(window, 8, month_first):
        line_start = text.rfind("\n", 0, start + offset) + 1
        line_end = text.find("\n", start + end)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if len(line.strip()) > MAX_DATE_LINE_CHARS:
            continue
        if start + offset >= headline:
            return day.isoformat()
        before = day.isoformat()
    return before


def page_dates(tree, language: str | None = None) -> dict[str, str]:
    """Dates the page shows its reader, by what the page says they are.

    page_published: after a publication label; page_updated: after an update label;
    page_time: the first <time> element; page_headline: the date line closest to
    the headline (the byline or kicker). Slashed dates are read in the order the
    page writes them (`dates.slashes_month_first`).
    """
    text, headline = visible_text(tree)
    month_first = dates.slashes_month_first(text, language)
    found: dict[str, str | None] = {
        "page_published": (
            _labelled_date(text, compiled()["page_published_label"], month_first)
            or _date_before_verb(text, month_first)),
        "page_updated": _labelled_date(text, compiled()["page_updated_label"], month_first),
        "page_time": _time_tag_date(tree),
    }
    if headline is not None:
        found["page_headline"] = _headline_date(text, headline, month_first)
    return {key: value for key, value in found.items() if value}


# Elements get lxml.html's element class in C: lxml.html's own lookup calls back into
# Python for every element proxy made, a tenth of the HTML path's time on real pages,
# only to give forms and inputs their own classes, which nothing here uses.
_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False,
                               remove_comments=True, remove_pis=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
    pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))


def parse_html(page: str):
    """The page's tree, parsed once: as trafilatura parses (its repairs for libxml2,
    comments and processing instructions out), so that its extraction can run on
    this tree instead of parsing the page again."""
    page = _XML_DECLARATION.sub("", page[:300]) + page[300:]
    page = repair_faulty_html(page, page[:50].lower())
    try:
        return lxml.html.fromstring(page, parser=_PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise RecordError("unparseable_html", f"HTML could not be parsed: {exc}") from None


# Elements a page marks as naming the writer: class="author", rel="author", itemprop.
_AUTHOR_ELEMENTS = etree.XPath(
    '//*[contains(@class, "author") or @rel="author" or @itemprop="author"]')
MAX_AUTHOR_ELEMENTS = 8
MAX_AUTHOR_ELEMENT_CHARS = 80


def _short_texts(elements: list, strip: str | None = None) -> list[str]:
    """The distinct short texts (MAX_AUTHOR_ELEMENT_CHARS) of `elements`, spaces
    collapsed and `strip` cut from both ends; MAX_AUTHOR_ELEMENTS at most."""
    texts: list[str] = []
    for element in elements[: MAX_AUTHOR_ELEMENTS * 4]:
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script"):
            continue
        text = " ".join(element.text_content().split()).strip(strip)
        if text and len(text) <= MAX_AUTHOR_ELEMENT_CHARS and text not in texts:
            texts.append(text)
        if len(texts) >= MAX_AUTHOR_ELEMENTS:
            break
    return texts


def author_elements(tree) -> list[str]:
    """The short texts of the elements marked as the writer's: a person's name, or
    the wire's name where the page credits a wire ("Australian Associated Press")."""
    return _short_texts(_AUTHOR_ELEMENTS(tree), "()[] ")


# Round 96. Elements a page marks as its byline (class="byline"): "By Jane Roe" set apart
# from an author element that names only a service or a wire (extract reads them then).
_BYLINE_ELEMENTS = etree.XPath('//*[contains(@class, "byline")]')


def byline_elements(tree) -> list[str]:
    """The short texts of the elements marked as the byline ("By Jane Roe")."""
    return _short_texts(_BYLINE_ELEMENTS(tree))


# An element the page marks as the story's source ("<div class="source">Source : Yonhap
# </div>" under the story, outside its text block): the wire it names is the agency.
_SOURCE_ELEMENTS = etree.XPath('//*[contains(@class, "source")]')
# ... where "source" is a class name or a part of one ("source", "article-source",
# "source_box"), not a word that holds it ("resource", "opensource").
_SOURCE_CLASS = re.compile(r"(?:^|[\s_-])source(?:$|[\s_-])", re.IGNORECASE)
MAX_SOURCE_ELEMENTS = 4


def source_elements(tree) -> list[str]:
    """The wires of the elements marked as the story's source, labelled as such
    ("Source : Yonhap", "Fuente: EFE"; SOURCE_LINE)."""
    wires: list[str] = []
    marked = [e for e in _SOURCE_ELEMENTS(tree) if _SOURCE_CLASS.search(e.get("class") or "")]
    for element in marked[: MAX_SOURCE_ELEMENTS * 4]:
        if not isinstance(element.tag, str) or element.tag in ("meta", "link", "script", "img"):
            continue
        text = " ".join(element.text_content().split())
        match = compiled()["source_line"].match(text) if len(text) <= 60 else None
        if match and match.group("outlet").strip() not in wires:
            wires.append(match.group("outlet").strip())
        if len(wires) >= MAX_SOURCE_ELEMENTS:
            break
    return wires


def extract_html(page: str, url: str | None = None) -> ExtractedPage:
    """Main text (one paragraph per line) and metadata of an HTML page."""
    tree = parse_html(page)
    captions = _figcaptions(tree)
    jsonld = _jsonld_objects(tree)
    meta = _jsonld_metadata(jsonld)
    tags = _meta_tags(tree)
    if "published" in meta:
        tags.pop("published_key", None)  # the JSON-LD date stands; a differing tag votes
        if tags.get("published") and tags["published"] != meta["published"]:
            meta["published_alt"] = tags["published"]
    for key, value in tags.items():
        meta.setdefault(key, value)
    offset = local_offset(tree, jsonld)
    if offset:
        meta["local_offset"] = offset
    meta.update(page_dates(tree, meta.get("language")))
    credited = author_elements(tree)
    if credited:
        meta["author_elements"] = credited
    bylined = byline_elements(tree)
    if bylined:
        meta["byline_elements"] = bylined
    sourced = source_elements(tree)
    if sourced:
        meta["source_elements"] = sourced
    url = url or meta.get("url")
    # trafilatura works on its own copy of a tree it is given (no second parse).
    doc = trafilatura.bare_extraction(
        tree,
        url=url,
        include_comments=False,
        include_tables=False,
        deduplicate=False,
    )
    text = maintext.main_text(doc, tree) if doc is not None else ""
    data = page_metadata(tree, url)
    if not data.author and "authors" not in meta and "author_organizations" not in meta \
            and not credited:
        data.author = extract_author(tree)  # the page marks no writer: search for one
    fallbacks = {
        "title": data.title,
        "published": data.date,
        "url": data.url,
        "outlet": data.sitename,
        "description": data.description,
        "language": data.language,
    }
    if data.author:
        fallbacks["authors"] = [a.strip() for a in str(data.author).split(";") if a.strip()]
    if data.categories:
        fallbacks["section"] = data.categories[0]
    for key, value in fallbacks.items():
        if value and key not in meta:
            meta[key] = value
    if "published" not in meta and meta.get("published_time_tag"):
        meta["published"] = meta["published_time_tag"]
    meta.pop("published_time_tag", None)
    if data.date:
        if meta.get("published") == data.date:
            meta["published_from"] = "htmldate"
        meta["htmldate"] = data.date
    return ExtractedPage(text, meta, captions)


def page_metadata(tree, url: str | None) -> Document:
    """trafilatura's metadata of a page (`trafilatura.metadata.extract_metadata`)
    without its three searches of the whole page: authors by XPath, category and tag
    links, and the licence. On real pages they are a quarter of trafilatura's time;
    the author elements and tags read by `extract_html` stand in for the first two
    (it searches for authors only where the page marks none), and the licence is
    not used. The date is htmldate's extensive search for the original
    date, asked with the page's own URL as trafilatura asks it.
    """
    data = examine_meta(tree)
    if data.author and " " not in data.author:
        data.author = None  # a handle, not a name (as trafilatura does)
    with contextlib.suppress(Exception):  # trafilatura's JSON-LD reader has bugs of its own
        data = extract_meta_json(tree, data)
    if not data.title:
        data.title = extract_title(tree)
    if not data.url:
        data.url = extract_url(tree, url)
    data.date = find_date(tree, url=data.url, extensive_search=True, original_date=True)
    if not data.sitename:
        data.sitename = extract_sitename(tree)
    if data.sitename:
        data.sitename = data.sitename.lstrip("@")
        if "." not in data.sitename and not data.sitename[0].isupper():
            data.sitename = data.sitename.title()
    elif data.url and (domain := META_URL.match(data.url)):
        data.sitename = domain[1]
    data.clean_and_trim()
    return data
