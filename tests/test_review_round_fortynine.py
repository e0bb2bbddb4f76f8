"""Review of round 49: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

from transforms.clean import clean_record
from transforms.extract import extract_article


def _text_article(payload: str) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "meta": {}}
    return extract_article(clean_record(record))


def test_a_state_story_that_mentions_its_territory_in_passing_stays_in_the_state():
    # A Danish story told from Esbjerg and Skagen names Nuuk in Greenland once: it is
    # not a Greenland story (round 49's territory rule moved it there).
    danish = _text_article(
        "Danish fishing quotas cut\n\nDenmark cut cod quotas on Monday, the ministry said. "
        "Fishermen in Esbjerg and Skagen protested, and boats from Nuuk in Greenland were "
        "also affected.\n\nThe cut takes effect in January, officials in Esbjerg said.\n")
    assert danish["country"] == "DK"
    # Still fires: a story told from Greenland's towns that names Denmark once.
    greenland = _text_article(
        "Fishing quotas cut\n\nDenmark cut cod quotas on Monday, the ministry said. "
        "Fishermen in Esbjerg protested, and boats from Nuuk in Greenland were also "
        "affected.\n\nThe cut takes effect in January, officials in Nuuk and Sisimiut in "
        "Greenland said.\n")
    assert greenland["country"] == "GL"
