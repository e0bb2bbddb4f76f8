"""Place classes found with bench/dev_set48 (a retired held-out set, now a development
set): a dateline of a city, a date and a colon, on its own line above the lead or opening
it ("Tripoli, 14 January 2025:", "ITANAGAR, 12 Mar: The ..."); and place names written in
their cases (Finnish, the South Slavic languages, Hungarian, Estonian), where a stem and a
case ending read as a small town abroad must not place a story. One guard each, written
on synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.dateline import find_dateline
from transforms.extract import extract_article


def _text_article(payload: str) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "meta": {}}
    return extract_article(clean_record(record))


def test_city_date_and_colon_is_a_dateline():
    found = find_dateline("BENGHAZI, 3 Feb: The municipal council approved a new water "
                          "tariff on Monday after months of debate.")
    assert found is not None and (found.city, found.country) == ("Benghazi", "LY")
    found = find_dateline("Sabha, 21 March 2025:")  # alone on its line above the lead
    assert found is not None and (found.city, found.datepart) == ("Sabha", "21 March 2025")
    # Near misses: a story sentence that opens with a place and a date; a colon after a
    # word that names no month; a heading that is no city.
    assert find_dateline("Misrata, 21 March 2025 was the day the port reopened to "
                         "container ships.") is None
    assert find_dateline("Misrata, Zone 4: The district council met on Monday.") is None
    assert find_dateline("Deadline, 21 March 2025: Applications must reach the office "
                         "by noon.") is None


_LIBYAN = ("Coast News\n\nSabha airport adds two gates\n\nMarch 21, 2025\n\n"
           "Sabha, 21 March 2025:\n\n"
           "The airport of Sabha has opened two new gates to speed up the boarding of "
           "flights, the airport authority said.\n\n"
           "The gates were built by a local contractor last year.")


def test_a_dateline_on_its_own_line_places_the_story():
    article = _text_article(_LIBYAN)
    assert article["dateline"] and article["dateline"]["city"] == "Sabha"
    assert article["country"] == "LY"


_FINNISH = ("Paikallisuutiset\n\n{town} saa uuden kirjaston – rakennus valmistuu 2026\n\n"
            "12.3.2025\n\n"
            "{opener} kertoi tiistaina kunnan tekninen johtaja. Uusi kirjasto rakennetaan "
            "vanhan koulun paikalle.\n\n"
            "Kirjaston arvioidaan maksavan noin neljä miljoonaa euroa, ja matka {town} "
            "lyhenee monelta.")


def test_a_small_town_in_one_of_its_cases_places_a_finnish_story():
    # "Hailuotoon" (to Hailuoto): a town below the main index's size, in its case.
    article = _text_article(_FINNISH.format(town="Hailuotoon", opener="Asiasta"))
    assert (article["country"], article["region"]) == ("FI", "europe")


def test_a_stem_and_a_case_ending_is_no_small_town_abroad():
    # "Asiasta" (about the matter) is "Asia" (a town in the Philippines) and "-sta".
    assert geo.places_in_head("Asiasta kertoi tiistaina kunnan johtaja.", common="",
                              language="fi") == []
    # Near misses: a big city abroad in its case stays ("Lontoossa", in London), and so
    # does a small town where the page's language is spoken.
    assert geo.places_in_head("Lontoossa kokoontui tiistaina hallitus.", common="",
                              language="fi") == [("lontoossa", "GB")]
    assert geo._inflected_city("asiasta", "fi", frozenset({"PH"})) is not None
    # Cyrillic names are indexed for chosen cities only: "в Худжанде" stays Khujand.
    assert geo._inflected_city("худжанде", "ru") is not None


_BOSNIAN = ("Vijesti\n\nU {city} počela obnova gradske tržnice\n\n14.2.2025.\n\n"
            "U {city} su danas počeli radovi na obnovi gradske tržnice, koji bi trebali "
            "biti završeni do ljeta.\n\n"
            "Vrijednost radova je oko dva miliona KM, a novac je osigurala gradska uprava.")


def test_a_south_slavic_city_in_its_case_places_the_story():
    article = _text_article(_BOSNIAN.format(city="Tuzli"))  # "u Tuzli": in Tuzla
    assert (article["country"], article["region"]) == ("BA", "europe")
    assert geo.places_in_head("U Zenici otvoren novi most", confirm="u Zenici",
                              language="bs") == [("zenici", "BA")]
    # Near miss: a word that no city's stem and ending make places nothing.
    article = _text_article(_BOSNIAN.format(city="Kući"))
    assert article["country"] is None
