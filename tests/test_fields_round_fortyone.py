"""Place classes found with bench/dev_set41 (a retired held-out set, now a development
set): dateline shapes of crawler records (a semicolon for the dash, a weekday before the
date), a city named after a facility word ("Port Gdańsk"), a small town that a headline
names in a country the page supports, and "Māori" as New Zealand's people. One guard
each, written on synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo
from transforms.dateline import find_dateline


def _country(text: str) -> str | None:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload("a.txt", text.encode())[0]
    return extract_article(clean_record(record))["country"]


def test_a_semicolon_after_the_bracketed_name_closes_a_known_citys_dateline():
    found = find_dateline("KANDY (Hill News); Work on a new market hall began on Monday.")
    assert found is not None and found.city == "Kandy" and found.country == "LK"
    assert found.agency is None  # no wire's name: the site's own newsroom
    # Near miss: a name and a party before a semicolon are no dateline.
    assert find_dateline("Jones (Labour); The member said the plan was late.") is None


def test_a_weekday_between_the_place_and_the_date_is_read_past():
    found = find_dateline("KUALA LUMPUR, Rabu, 9 Julai. – Sebuah jambatan baharu dibuka.")
    assert found is not None and found.city == "Kuala Lumpur" and found.country == "MY"
    # Near miss: a word that is no weekday stays where it is (no dateline is made of it).
    assert find_dateline("KUALA LUMPUR, Kampung, 9 Julai. – Sebuah jambatan baharu.") is None


def test_a_city_named_after_a_facility_word_is_the_place():
    body = "Port Gdynia obsłużył więcej statków. Zarząd portu podał wyniki we wtorek."
    assert geo.places_in_head("Port Gdynia z nowym rekordem", confirm=body,
                              language="pl") == [("gdynia", "PL")]
    # Near miss: two words that name a city together stay that city.
    assert geo.places_in_head("Port Louis hosts the regional summit",
                              language="en") == [("port louis", "MU")]


def test_a_small_town_in_the_headline_is_placed_in_a_country_the_page_supports():
    text = ("Ný sundlaug opnuð á Hvolsvelli\n\n"
            "Ný sundlaug var opnuð á Hvolsvelli í gær og hafa margir íbúar þegar "
            "nýtt sér hana.\n\nFramkvæmdirnar tóku tvö ár og kostuðu um milljarð króna. "
            "Sveitarfélagið stendur að verkinu og segir aðsóknina hafa verið góða.\n")
    # "Hvolsvöllur" (a town below the main index) on an Icelandic page is in Iceland.
    assert _country(text.replace("Hvolsvelli", "Hvolsvöllur")) == "IS"
    # Near miss: the same town in an English headline, with nothing that supports a
    # country, is not placed.
    english = ("New pool opens in Hvolsvöllur\n\nA new pool opened in Hvolsvöllur "
               "yesterday and residents have already used it.\n\nThe works took two years "
               "and the council says attendance has been good.\n")
    assert _country(english) is None
    # Near miss: a town's name opening a longer name ("Alto Valle") is not that town,
    # though a country that has a town called Alto is named.
    title = "Empieza la cosecha en el Alto Valle"
    body = "La cosecha empieza en el Alto Valle con pocos trabajadores."
    assert geo.main_place_country(title, body, body, language="es",
                                  evidence=frozenset({"US"})) is None


def test_maori_names_new_zealand():
    text = ("Marae opens new kitchen for whānau\n\nA marae has opened a new kitchen "
            "built with Māori trust funds and volunteer labour.\n\nThe kitchen will "
            "serve up to 300 people at hui and tangihanga, trustees said.\n")
    assert _country(text) == "NZ"
    # Near miss: a word that merely starts like it is no people's name.
    assert _country(text.replace("Māori", "Maoriland")) is None
