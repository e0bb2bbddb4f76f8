"""Main text of an HTML page: trafilatura's extraction, repaired with the page's DOM.

trafilatura picks one block of the page as the article. The lines it returns are
located in the page (by their first and last characters) and the article
container is taken as the deepest element holding most of them. Then:

* Lines from other <article> elements than the page's own (teasers, promo cards)
  and paragraphs or list items that are one link (promos, related headlines) go.
* A headline or standfirst taken from above the container goes when it is one
  sentence; a long intro paragraph there stays.
* Split bodies: sites that put ads or widgets mid-article often close the body
  container and open a new one with the same tag and class. trafilatura keeps the
  first; the prose paragraphs of the others are added in page order.
* Data tables inside the container (dropped by trafilatura with tables off, which
  keeps layout tables out) come back one row per line, cells separated by spaces.

The plain-text output becomes one paragraph per line, without the list markers
trafilatura adds (`- item`), which are rendering, not text.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from transforms.patterns import JOINING_SCRIPTS

_LIST_MARKER = re.compile(r"^\s*- ", re.MULTILINE)
_URL = re.compile(r"(https?://|www\.)\S+$")
# Elements whose text is never shown as article text.
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "button", "form"})
# Blocks taken from a container trafilatura did not keep.
_BLOCKS = ("p", "h2", "h3", "h4", "blockquote")
# Blocks under these are not article text even inside an article container.
_NOT_BODY = frozenset({"li", "form", "nav", "aside", "footer", "header", "figure", "table"})
MIN_PROSE_CHARS = 100
MIN_PROSE_BLOCKS = 2  # a container continuing the article holds this many prose paragraphs
# Page elements an extracted line is looked up in.
_LOCATABLE = frozenset({"p", "li", "h2", "h3", "h4", "h5", "blockquote", "pre"})
LINK_LINE_SHARE = 0.9  # a located line this much link text is a promo, not prose
CONTAINER_SHARE = 0.6  # the article container holds this share of the located lines
MAX_STANDFIRST_WORDS = 30  # a standfirst above the article is one sentence
KEY_CHARS = 60  # paragraphs are matched to the page by their first and last characters
MIN_MATCHED = 3  # paragraphs located in the page before any repair is tried
MIN_PARAGRAPH_CHARS = 25
MIN_TABLE_ROWS = 2  # extracted lines shorter than this are not used to locate


def main_text(doc: Any, tree: Any = None) -> str:
    """The article text of a trafilatura document, one paragraph per line."""
    text = getattr(doc, "text", None) or ""
    body = getattr(doc, "body", None)
    if body is not None and next(body.iter("item"), None) is not None:
        text = _LIST_MARKER.sub("", text)
    if tree is not None and text:
        text = _restore_joiners(text, tree)
        text = _repair(text, tree)
    return text


# A word of the scripts that spell with the zero-width joiners (the Indic scripts' vowel
# signs are no \w), the joiners inside it.
_JOINER_WORD = re.compile(r"[\w" + JOINING_SCRIPTS + r"\u200c\u200d]+")
_NO_JOINERS = str.maketrans("", "", "\u200c\u200d")


def _restore_joiners(text: str, tree) -> str:
    """trafilatura drops the zero-width joiners (unprintable to it) that Persian, Urdu and
    the Indic scripts spell with: "ذخیره‌شده" comes out "ذخیرهشده". Each word the page
    writes with a joiner gets it back, unless the page also writes it without one (or
    with joiners in other places): then which was meant is unknown, and it stays."""
    page = " ".join(t for t in tree.itertext() if "\u200c" in t or "\u200d" in t)
    if not page:
        return text
    joined: dict[str, str | None] = {}
    for word in _JOINER_WORD.findall(page):
        if "\u200c" in word or "\u200d" in word:
            key = word.translate(_NO_JOINERS)
            joined[key] = word if joined.get(key, word) == word else None
    for word in _JOINER_WORD.findall(" ".join(tree.itertext())):
        if word in joined:
            joined[word] = None  # written without a joiner too
    spelled = {key: word for key, word in joined.items() if word}
    if not spelled:
        return text
    return _JOINER_WORD.sub(lambda m: spelled.get(m.group(), m.group()), text)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    """Start and end of a text without spaces (extractors space inline markup differently)."""
    flat = "".join(text.split()).casefold()
    return flat[:KEY_CHARS] + "|" + flat[-KEY_CHARS // 2:]


def _visible_text(element) -> str:
    parts: list[str] = []

    def walk(node) -> None:
        if isinstance(node.tag, str) and node.tag in _INVISIBLE:
            return
        if isinstance(node.tag, str) and node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return _norm("".join(parts))


def _link_share(element, content: str) -> float:
    """Share of an element's text that is link text (related lists, teasers)."""
    linked = sum(len(_norm(a.text_content())) for a in element.iter("a"))
    return linked / max(1, len(content))


class _Page:
    """The page's elements in order, and the keys of the locatable ones, each worked
    out once: `_repair` locates the lines up to three times in one unchanged tree."""

    def __init__(self, tree) -> None:
        self.order = [el for el in tree.iter() if isinstance(el.tag, str)]
        self._keys: dict[int, str] = {}

    def key(self, pos: int) -> str:
        found = self._keys.get(pos)
        if found is None:
            found = self._keys[pos] = _key(self.order[pos].text_content())
        return found


def _locate(lines: list[str], page: _Page) -> tuple[dict[int, int], list]:
    """{line index: position of its <p> in the page}, and the page's elements in order."""
    wanted: dict[str, int] = {}
    for i, line in enumerate(lines):
        if len(line) >= MIN_PARAGRAPH_CHARS:
            wanted.setdefault(_key(line), i)
    found: dict[int, int] = {}
    for pos, el in enumerate(page.order):
        if el.tag not in _LOCATABLE or not wanted:
            continue
        i = wanted.pop(page.key(pos), None)
        if i is not None:
            found[i] = pos
    return found, page.order


def _repair(text: str, tree) -> str:
    lines = text.split("\n")
    page = _Page(tree)
    found, order = _locate(lines, page)
    if len(found) < MIN_MATCHED:
        return text
    foreign = _other_articles(lines, found, order) | _link_lines(lines, found, order)
    if foreign:
        lines = [line for i, line in enumerate(lines) if i not in foreign]
        text = "\n".join(lines)
        found, order = _locate(lines, page)
        if len(found) < MIN_MATCHED:
            return text
    container = _container([order[pos] for pos in found.values()])
    if container is None:
        return text
    lead = _headline_lines(lines, found, order, container)
    if lead:
        lines = [line for i, line in enumerate(lines) if i not in lead]
        text = "\n".join(lines)
        found, order = _locate(lines, page)
    position = {id(el): pos for pos, el in enumerate(order)}
    known = {_key(line) for line in lines}
    extra = _split_body(container, known) + _table_rows(container, known)
    if not extra:
        return text
    # Each extracted line sits at the page position of the last located line before it.
    placed: list[tuple[int, int, str]] = []
    last = -1
    for i, line in enumerate(lines):
        last = found.get(i, last)
        placed.append((last, 0, line))
    placed.extend((position[id(el)], 1, content) for el, content in extra)
    placed.sort(key=lambda item: (item[0], item[1]))
    return "\n".join(line for _, _, line in placed)


def _link_lines(lines: list[str], found: dict[int, int], order: list) -> set[int]:
    """Paragraphs and list items that are one link: promos and related headlines in the
    text. Linked headings (product names in a guide) and pasted addresses stay."""
    dropped = set()
    for i, pos in found.items():
        element = order[pos]
        content = _norm(element.text_content())
        if (element.tag in ("p", "li") and not _URL.match(content)
                and _link_share(element, content) >= LINK_LINE_SHARE):
            dropped.add(i)
    return dropped


def _other_articles(lines: list[str], found: dict[int, int], order: list) -> set[int]:
    """Lines that come from other <article> elements than the page's own (teasers, promos).

    The page's article is the <article> holding the <h1>, else the one holding the
    most located lines. Lines between two dropped ones go with them.
    """
    article_of: dict[int, Any] = {}
    for i, pos in found.items():
        article_of[i] = next(order[pos].iterancestors("article"), None)
    articles = {a for a in article_of.values() if a is not None}
    if len(articles) < 2:
        return set()
    with_title = [a for a in articles if next(a.iter("h1"), None) is not None]
    if len(with_title) == 1:
        main = with_title[0]
    else:
        counts = Counter(a for a in article_of.values() if a is not None).most_common(2)
        if counts[0][1] == counts[1][1]:
            return set()
        main = counts[0][0]
    dropped = {i for i, a in article_of.items() if a is not None and a is not main}
    located = sorted(found)
    for i in range(len(lines)):
        if i in found:
            continue
        before = [j for j in located if j < i]
        after = [j for j in located if j > i]
        if before and before[-1] in dropped and (not after or after[0] in dropped):
            dropped.add(i)
    return dropped


def _headline_lines(lines: list[str], found: dict[int, int], order: list,
                    container) -> set[int]:
    """Headline and standfirst lines the extractor took from above the article container.

    They are dropped when each is one sentence long; a long paragraph above the
    container is an intro that belongs to the text, and then all stay.
    """
    inside = [i for i, pos in found.items() if _inside(order[pos], container)]
    if not inside:
        return set()
    lead = {i for i in found if i < min(inside)}
    if not lead or any(len(lines[i].split()) > MAX_STANDFIRST_WORDS for i in lead):
        return set()
    return lead


def _inside(element, container) -> bool:
    return any(a is container for a in element.iterancestors())


def _container(located: list):
    """The deepest element that holds most of the located lines."""
    counts: Counter = Counter()
    depth: dict[Any, int] = {}
    for element in located:
        for level, ancestor in enumerate(reversed(list(element.iterancestors()))):
            counts[ancestor] += 1
            depth[ancestor] = level
    need = CONTAINER_SHARE * len(located)
    held = [a for a, n in counts.items() if n >= need]
    return max(held, key=depth.__getitem__) if held else None


def _split_body(container, known: set[str]) -> list[tuple[Any, str]]:
    """Blocks of the other containers with the article container's tag and class."""
    parent = container.getparent()
    scope = parent.getparent() if parent is not None else None
    if scope is None or not container.get("class"):
        return []
    extra: list[tuple[Any, str]] = []
    for other in scope.iter(container.tag):
        if other is container or other.get("class") != container.get("class"):
            continue
        blocks = []
        for block in other.iter(*_BLOCKS):
            if any(a.tag in _BLOCKS or a.tag in _NOT_BODY for a in _ancestors(block, other)):
                continue  # inside a quote already taken, a list, a form or a sidebar
            content = _visible_text(block)
            if content and _key(content) not in known and _link_share(block, content) < 0.5:
                blocks.append((block, content))
        prose = sum(1 for block, content in blocks
                    if block.tag == "p" and len(content) >= MIN_PROSE_CHARS)
        if prose >= MIN_PROSE_BLOCKS:  # teaser cards and widgets share layout classes too
            known.update(_key(content) for _, content in blocks)
            extra.extend(blocks)
    return extra


def _ancestors(element, stop):
    """Ancestors of an element below `stop`."""
    for ancestor in element.iterancestors():
        if ancestor is stop:
            return
        yield ancestor


def _table_rows(container, known: set[str]) -> list[tuple[Any, str]]:
    """Rows of the data tables inside the article container, one line each."""
    extra: list[tuple[Any, str]] = []
    for table in container.iter("table"):
        if next(table.iter("table"), table) is not table:
            continue  # holds another table: page layout, not data
        rows = []
        for row in table.iter("tr"):
            cells = [_visible_text(cell) for cell in row if cell.tag in ("td", "th")]
            content = " ".join(c for c in cells if c)
            if content:
                rows.append((row, content))
        if len(rows) < MIN_TABLE_ROWS or any(_key(c) in known for _, c in rows):
            continue  # too small to be data, or already extracted
        extra.extend(rows)
    return extra
