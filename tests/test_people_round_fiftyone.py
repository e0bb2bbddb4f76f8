"""Classes of agency failures found with bench/dev_set51 (a retired held-out set): a
byline label followed by a wire's name alone ("Written By: KNA", "Autor: AGERPRES") read as
neither byline nor wire, and national wires the agency data did not know (UzA, WAFA,
Bakhtar, Pajhwok, Sputnik). One guard each, written on synthetic text, with a near miss
that must stay as it is."""

from __future__ import annotations

import pytest

from transforms import people
from transforms.dateline import agency_name


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_STORY = ("The district council has approved a plan to rebuild the old market hall before the "
          "rainy season, officials said on Tuesday.\n\n"
          "The works will cost about 40 million shillings and are expected to take a year, "
          "according to the council's engineer.\n\n"
          "Traders said the new roof would keep their goods dry during the long rains.\n")


# 1. A byline label, then a wire's name alone: the wire's byline, in several languages.

@pytest.mark.parametrize("line, wire", [
    ("Written By: GNA", "GNA"),
    ("Author: Xinhua", "Xinhua"),
    ("Autor: AGERPRES", "AGERPRES"),
    ("Auteur : MAP", "MAP"),
    ("Escrito por Prensa Latina", "Prensa Latina"),
    ("Ditulis oleh: Antara", "Antara"),
])
def test_labelled_wire_byline(line: str, wire: str) -> None:
    assert people.byline_names(line) == []
    assert people.byline_wire(line) == wire


@pytest.mark.parametrize("line", [
    "Written by: Jane Doe",  # a person after the label: not this class
    "Author: Mina",  # a given name sharing a wire's letters in natural case
    "Author: Map",
    "Written by the council's engineer",  # running text
])
def test_labelled_wire_byline_near_miss(line: str) -> None:
    assert people.byline_names(line) is None
    assert people.byline_wire(line) is None


def test_labelled_wire_byline_page() -> None:
    page = ("Valley Broadcasting\n\nCouncil to rebuild the old market hall\n\n"
            "Written By: NAN\n\nPublished on: March 4, 2025\n\n" + _STORY)
    article = _article("valley_market_hall.txt", page)
    assert article["agency"] == "NAN"
    assert article["authors"] == []
    assert "Written By: NAN" not in article["body"]


def test_labelled_person_byline_page_near_miss() -> None:
    page = ("Valley Broadcasting\n\nCouncil to rebuild the old market hall\n\n"
            "Written By: Nan Wambui\n\nPublished on: March 4, 2025\n\n" + _STORY)
    assert _article("valley_market_hall.txt", page)["agency"] is None


# 2. National wires the agency data lacked, by their short names and their full names.

@pytest.mark.parametrize("raw, wire", [
    ("UzA", "UzA"), ("Uzbekistan National News Agency", "UzA"),
    ("WAFA", "WAFA"), ("Palestinian News and Information Agency", "WAFA"),
    ("Bakhtar News Agency", "Bakhtar"), ("Pajhwok Afghan News", "Pajhwok"),
    ("Sputnik", "Sputnik"),
])
def test_national_wires(raw: str, wire: str) -> None:
    assert agency_name(raw) == wire


@pytest.mark.parametrize("raw", ["Sputnik V", "Uzbekistan National Bank", "Wafa Amr",
                                 "Afghan News"])
def test_national_wires_near_miss(raw: str) -> None:
    assert agency_name(raw) is None

