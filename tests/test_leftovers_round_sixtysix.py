"""Classes of failures left on older labelled sets (bench/dev_set65), found again in round
66: a Hebrew country name read inside a
common word after two glued prefixes ("שכלוב", that a cage); a domain sold as a brand
(".am") that is its country's own on a page in the language spoken there alone; and a
short question heading a support appeal left above the appeal's removed lines. Each on
synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

import json

from transforms import geo


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


def _body(name: str, payload: str) -> str:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload

    return "\n".join(clean_record(decode_payload(name, payload.encode())[0])["paragraphs"])


# 2. A Hebrew false form after any of the glued prefixes.


def test_hebrew_false_form_after_two_prefixes() -> None:
    assert geo._uncased_country_mentions("הוא אמר שכלוב הזהב נפתח", "he") == {}


def test_hebrew_libya_with_prefixes_near_miss() -> None:
    assert geo._uncased_country_mentions("הוא אמר שבלוב נמשכים הקרבות", "he")["LY"] == 1
    assert geo._uncased_country_mentions("ההפגנות בלוב נמשכו", "he")["LY"] == 1


# 3. A brand domain is its country's own on a page in a language spoken there alone.


def test_brand_domain_in_its_own_language() -> None:
    assert geo.country_of_host("https://news.example.am/a/1", "hy") == "AM"
    record = {"url": "https://www.example.am/2025/03/04/1/", "language": "hy",
              "title": "Քաղաքապետարանը նոր ավտոբուսներ է գնել",
              "date_publish": "2025-03-04 10:00:00",
              "maintext": "Քաղաքապետարանը այսօր հայտարարեց, որ գնել է քսան նոր ավտոբուս։\n"
                          "Նոր ավտոբուսները կսկսեն աշխատել ապրիլից։"}
    assert _article("synthetic_am.json", json.dumps(record, ensure_ascii=False))["country"] == "AM"


def test_brand_domain_in_another_language_near_miss() -> None:
    assert geo.country_of_host("https://news.example.am/a/1", "en") is None
    assert geo.country_of_host("https://news.example.am/a/1") is None
    assert geo.country_of_host("https://news.example.co/a/1", "es") is None  # not Colombia's


# 4. A short question heading a support appeal of two chrome lines or more goes with it.

_STORY = ("Harbour ferry fares to rise in July\n\n"
          "Ferry fares across the harbour will rise by ten per cent in July, the operator "
          "said on Tuesday, citing higher fuel and wage costs.\n\n"
          "Commuters who buy monthly passes will be spared the increase until the autumn, "
          "the operator said in a statement.\n\n")


def test_question_heading_a_support_appeal() -> None:
    page = _STORY + (
        "Why does it matter?\n\n"
        "In a world of noise, there's never been a more important time to support local "
        "journalism in our city.\n\n"
        "If you trust our work online and want to enforce the power of independent voices, "
        "I invite you to make a small contribution.\n")
    text = _body("synthetic_appeal.txt", page)
    assert "Why does it matter?" not in text
    assert "Commuters who buy monthly passes" in text


def test_story_question_above_its_paragraph_near_miss() -> None:
    page = _STORY + (
        "Who pays for the upgrade?\n\n"
        "The state government will pay for half of the new wharf, the operator said, and "
        "the council will cover the rest over five years.\n")
    assert "Who pays for the upgrade?" in _body("synthetic_question.txt", page)
