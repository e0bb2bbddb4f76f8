"""A class of photo credits missed on bench/dev_set83 (a retired held-out set, tuned on once
it was retired): a US regional paper's lead photo, its caption on one line and the
photographer's "Name / Outlet" credit alone on the next (Forum Communications papers),
read as the caption and its credit, not as story text and a second byline. Synthetic
text; near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_HEAD = "Valley Tribune\nNews\nSports\n\nCity council backs new bridge over the river\n\n"
_STORY = ("The city council on Monday voted to fund a new bridge over the river, replacing a "
          "span built in 1952.\n\nConstruction is expected to start in the spring and finish "
          "within two years.\n")
_BYLINE = "By Jane Roe\nMarch 3, 2025\n\n"
_CAPTION = "Workers pour concrete for the bridge footing south of town on Feb. 28, 2025."


def test_caption_over_outlet_credit_line():
    out = clean_text(_HEAD + _BYLINE + f"{_CAPTION}\nSam Poe / Valley Tribune\n\n"
                     + _STORY)
    assert out.bylines == ["Jane Roe"]
    assert out.captions == [{"text": _CAPTION, "credit": "Sam Poe / Valley Tribune"}]
    assert out.paragraphs[0].startswith("The city council")


def test_caption_over_wire_credit_line():
    out = clean_text(_HEAD + _BYLINE + f"{_CAPTION}\nSam Poe / Reuters\n\n"
                     + _STORY)
    assert out.bylines == ["Jane Roe"]
    assert out.captions == [{"text": _CAPTION, "credit": "Sam Poe / Reuters"}]


def test_outlet_byline_under_headline_stays_author():
    # Under the headline, "Name / Outlet" is the writer's byline.
    out = clean_text(_HEAD + "Jane Roe / Valley Tribune\nMarch 3, 2025\n\n" + _STORY)
    assert out.bylines == ["Jane Roe"]
    assert not out.captions


def test_unknown_outlet_credit_line_near_miss():
    # An outlet that is neither the page's nor a known wire vouches for nothing.
    out = clean_text(_HEAD + _BYLINE + f"{_CAPTION}\nSam Poe / Acme Robotics\n\n"
                     + _STORY)
    assert not out.captions
    assert out.paragraphs[0] == _CAPTION
