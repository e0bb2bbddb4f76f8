"""Main text of an HTML page: trafilatura's extraction, repaired with the page's DOM.

trafilatura picks one block of the page as the article. Two repairs use the page
itself, located through the paragraphs trafilatura returned:

* Split bodies: sites that put ads or widgets mid-article often close the body
  container and open a new one with the same tag and class. trafilatura keeps the
  first; the paragraphs of the others are added in page order.

The plain-text output becomes one paragraph per line, without the list markers
trafilatura adds (`- item`), which are rendering, not text.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

_LIST_MARKER = re.compile(r"^\s*- ", re.MULTILINE)
# Elements whose text is never shown as article text.
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg", "button", "form"})
# Blocks taken from a container trafilatura did not keep.
_BLOCKS = ("p", "h2", "h3", "h4", "blockquote")
KEY_CHARS = 60  # paragraphs are matched to the page by their first characters
MIN_MATCHED = 3  # paragraphs located in the page before any repair is tried
MIN_PARAGRAPH_CHARS = 25  # extracted lines shorter than this are not used to locate


def main_text(doc: Any, tree: Any = None) -> str:
    """The article text of a trafilatura document, one paragraph per line."""
    text = getattr(doc, "text", None) or ""
    body = getattr(doc, "body", None)
    if body is not None and next(body.iter("item"), None) is not None:
        text = _LIST_MARKER.sub("", text)
    if tree is not None and text:
        text = _add_split_body(text, tree)
    return text


def _norm(text: str) -> str:
    return " ".join(text.split())


def _key(text: str) -> str:
    return _norm(text)[:KEY_CHARS].casefold()


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


def _locate(lines: list[str], tree) -> tuple[dict[int, int], list]:
    """{line index: position of its <p> in the page}, and the page's elements in order."""
    wanted: dict[str, int] = {}
    for i, line in enumerate(lines):
        if len(line) >= MIN_PARAGRAPH_CHARS:
            wanted.setdefault(_key(line), i)
    order = [el for el in tree.iter() if isinstance(el.tag, str)]
    found: dict[int, int] = {}
    for pos, el in enumerate(order):
        if el.tag != "p" or not wanted:
            continue
        i = wanted.pop(_key(el.text_content()), None)
        if i is not None:
            found[i] = pos
    return found, order


def _add_split_body(text: str, tree) -> str:
    lines = text.split("\n")
    found, order = _locate(lines, tree)
    if len(found) < MIN_MATCHED:
        return text
    parents = Counter(order[pos].getparent() for pos in found.values())
    container, _ = parents.most_common(1)[0]
    if container is None or not container.get("class"):
        return text
    position = {id(el): pos for pos, el in enumerate(order)}
    known = {_key(line) for line in lines}
    extra: list[tuple[int, str]] = []
    parent = container.getparent()
    scope = parent.getparent() if parent is not None else None
    if scope is None:
        return text
    for other in scope.iter(container.tag):
        if other is container or other.get("class") != container.get("class"):
            continue
        for block in other.iter(*_BLOCKS):
            if block.tag == "p" or not any(a.tag in _BLOCKS for a in block.iterancestors()):
                content = _visible_text(block)
                if content and _key(content) not in known and _link_share(block, content) < 0.5:
                    known.add(_key(content))
                    extra.append((position[id(block)], content))
    if not extra:
        return text
    # Each extracted line sits at the page position of the last located line before it.
    placed: list[tuple[int, int, str]] = []
    last = -1
    for i, line in enumerate(lines):
        last = found.get(i, last)
        placed.append((last, 0, line))
    placed.extend((pos, 1, content) for pos, content in extra)
    placed.sort(key=lambda item: (item[0], item[1]))
    return "\n".join(line for _, _, line in placed)
