"""Main text of an HTML page: trafilatura's extraction, repaired with the page's DOM.

trafilatura picks one block of the page as the article. Its plain-text output is
turned into one paragraph per line here, without the list markers it adds
(`- item`), which are rendering, not text.
"""

from __future__ import annotations

import re
from typing import Any

_LIST_MARKER = re.compile(r"^\s*- ", re.MULTILINE)


def main_text(doc: Any, tree: Any = None) -> str:
    """The article text of a trafilatura document, one paragraph per line."""
    text = getattr(doc, "text", None) or ""
    body = getattr(doc, "body", None)
    if body is not None and next(body.iter("item"), None) is not None:
        text = _LIST_MARKER.sub("", text)
    return text
