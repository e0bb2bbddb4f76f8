"""Classes of failures left on older labelled sets (bench/dev_set66), found again in round
67: a country's island groups, which ISO 3166-2 does not list, named as its regions are
("flights to Visayas and Mindanao"), and places joined by "and" in one capitalised run,
each of which counts. On synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. Island groups are places of their country; two joined by "and" count twice.


def test_island_groups_joined_by_and_place_the_story() -> None:
    text = ("Ferry fares will rise next month\n\n"
            "Operators said the new fares would apply to routes serving Luzon and Mindanao.\n\n"
            "Passengers were told to buy tickets early during the holiday season.\n")
    assert geo.places_in_text(text)["PH"] == 2
    assert _article("ferries.txt", text)["country"] == "PH"


def test_island_group_adjective_is_no_place_near_miss() -> None:
    assert geo.places_in_text("Linguists studied the Visayan languages and Cebuano poetry.") == {}


def test_subdivision_whose_name_holds_and_counts_once_near_miss() -> None:
    assert geo.places_in_text("The council of Argyll and Bute met on Monday.")["GB"] == 1
    assert geo.places_in_text("Smith and Jones met on Monday.") == {}
