"""Review of round 66: misfires of its rules on text they were not tuned on, each with the
case the rule was made for, which must keep working."""

from __future__ import annotations


def _clean(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload

    return clean_record(decode_payload(name, payload.encode())[0])


def _article(name: str, payload: str) -> dict:
    from transforms.extract import extract_article

    return extract_article(_clean(name, payload))


_STORY = ("Harbour ferry fares to rise in July\n\n"
          "Ferry fares across the harbour will rise by ten per cent in July, the operator "
          "said on Tuesday, citing higher fuel and wage costs.\n\n"
          "Commuters who buy monthly passes will be spared the increase until the autumn, "
          "the operator said in a statement.\n\n")


# 1. A story's question subheading over an ad slot it runs on under is no appeal's heading.


def test_question_subheading_over_mid_story_ad_slot_stays() -> None:
    page = _STORY + (
        "What happens next?\n\n"
        "Support independent journalism today.\n\n"
        "Advertisement\n\n"
        "The council will vote on the fares in June, and the operator expects approval, a "
        "spokesman said.\n")
    text = "\n".join(_clean("synthetic_subheading.txt", page)["paragraphs"])
    assert "What happens next?" in text
    assert "The council will vote" in text


def test_question_heading_over_closing_appeal_still_goes() -> None:
    page = _STORY + (
        "Why does it matter?\n\n"
        "In a world of noise, there's never been a more important time to support local "
        "journalism in our city.\n\n"
        "If you trust our work online and want to enforce the power of independent voices, "
        "I invite you to make a small contribution.\n")
    text = "\n".join(_clean("synthetic_appeal.txt", page)["paragraphs"])
    assert "Why does it matter?" not in text


# 2. Under "Source: GNA", a body's name (or a page label) is no writer.

_WIRE_BODY = ("The cedi fell to a record low against the dollar on Monday, traders said, as "
              "demand for imports rose.\n\nThe central bank said it would intervene.\n")


def test_institution_under_wire_source_line_is_no_writer() -> None:
    for line in ("Ghana Cocoa Board", "Cocoa Farmers Association", "Read More Stories"):
        page = f"Cedi falls\n\nMarch 3, 2025\n\n{_WIRE_BODY}\nSource: GNA\n{line}\n"
        assert _article("synthetic_wire.txt", page)["authors"] == [], line


def test_name_under_wire_source_line_still_writer() -> None:
    page = f"Cedi falls\n\nMarch 3, 2025\n\n{_WIRE_BODY}\nSource: GNA\nKwame Mensah\n"
    assert _article("synthetic_wire.txt", page)["authors"] == ["Kwame Mensah"]
