"""Review of round 88: the rules that could take a wrong line or field, each tried on
ordinary news text. The photo credit under the lead ("Name / Outlet", round 88's "NAME —
Outlet") took any short line as its own outlet's voucher, since the head's short lines
vouch for outlets and the credit's line is one of them: "MARY JONES — Guilford" under a
story sentence made that sentence a caption. The line no longer vouches for itself, and
the photo desk's word ("JANE ROE — Staff") is read off the dash credit's name, which the
old check read off the whole line and never found in capitals. Polska Press's "Polecamy:"
related lead took a story's advice with no full stop ("Polecamy: spacer po parku, ..."):
the headline after the colon opens with a capital now. The other counter-examples (the
copyright owner's country, the company line over the masthead, an Ethiopic body
sentence with its comma) held and are kept here so they stay held."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_text
from transforms.dateline import find_dateline

_HEAD = "Harbor Gazette\nNews\nSports\n\nFerry service to resume on island route\n\n"
_FIRST = ("The county said on Tuesday that ferry service to the island would resume next "
          "month after repairs to the wharf were finished, officials said.")
_LAST = "Tickets go on sale at the terminal office from Monday, the operator said."


def _clean(line: str):
    return clean_text(_HEAD + _FIRST + "\n\n" + line + "\n\n" + _LAST, first_line_is_title=True)


def test_name_dash_town_under_the_lead_is_no_photo_credit():
    for line in ("MARY JONES — Guilford", "JOHN SMITH — Reformer"):
        out = _clean(line)
        assert _FIRST in out.paragraphs
        assert out.captions == []


def test_name_dash_photo_desk_under_a_caption_is_its_credit():
    out = _clean("JOHN SMITH — Staff")
    assert out.captions == [{"text": _FIRST, "credit": "JOHN SMITH — Staff"}]
    assert _FIRST not in out.paragraphs


def test_polecamy_with_advice_in_lower_case_is_the_story():
    line = "Polecamy: spacer po parku, wizytę w muzeum i kawę na rynku"
    assert line in _clean(line).paragraphs


def test_polecamy_with_a_headline_is_a_related_link():
    line = "Polecamy: Biblioteka otwiera kącik dla dzieci"
    assert line not in _clean(line).paragraphs


def test_copyright_owner_countries_held():
    assert geo.country_mentions("News Corp Australia")[0] == {"AU": 1}
    named, peoples = geo.country_mentions("Australian and New Zealand Press")
    assert len({*named, *peoples}) == 2  # two countries: no owner's country
    assert not any(geo.country_mentions("Fairfax"))


def test_company_line_in_a_sentence_over_the_copyright_line_stays():
    text = (_HEAD + _FIRST + "\n\nShe thanked Acme Holdings Ltd.\nJohn Smith\n"
            "© 2024 Acme Holdings Ltd.")
    assert "She thanked Acme Holdings Ltd." in clean_text(text, first_line_is_title=True).paragraphs


def test_ethiopic_body_sentence_with_a_town_and_comma_is_no_dateline():
    assert find_dateline("ጎንደር፣ ብዙ ሰዎች (ኢዜአ) ነው፦") is None
    assert find_dateline("ባሕር ዳር፣ ጥቅምት 12/2017 (ኢዜአ)፦ የክልሉ").city == "Bahir Dar"
