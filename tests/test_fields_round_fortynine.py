"""Place classes found with bench/dev_set49 (a retired held-out set, now a development
set): a wire's dateline with the country in square brackets ("City [Country], Month D
(WIRE):"); a region's name of several words opening an institution's ("Orkney Islands
Council"); a hyphenated name of a city's quarter or of an airport between a city and a
town ("Lima-Norte", "Kraków-Balice"); and a self-governing territory with an ISO code of
its own (Åland) that a story is set in while it names its state in passing; and, left
from round 48, accents that fold to another city's alternate name ("Maré"). One guard
each, written on synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.dateline import find_dateline
from transforms.extract import extract_article


def _text_article(payload: str) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "meta": {}}
    return extract_article(clean_record(record))


def test_wire_dateline_with_the_country_in_square_brackets():
    found = find_dateline("Thimphu [Bhutan], March 3 (ANI): The government opened a new "
                          "hydropower training centre on Monday.")
    assert found is not None and (found.city, found.country, found.agency) == (
        "Thimphu", "BT", "ANI")
    # The capital whose English name the gazetteer spells otherwise (Malé).
    found = find_dateline("Male [Maldives], March 3 (ANI): Officials said the new jetty "
                          "would open next month.")
    assert found is not None and (found.city, found.country) == ("Male", "MV")
    # The state in brackets before the country, as before.
    found = find_dateline("Shillong (Meghalaya) [India], March 3 (ANI): The state cabinet "
                          "met on Monday.")
    assert found is not None and (found.city, found.country) == ("Shillong", "IN")
    # Near miss: square brackets that name no country are an editor's insertion, not a
    # dateline.
    assert find_dateline("Officials [in the capital], March 3 (ANI): the jetty would "
                         "open next month, they said.") is None


def test_a_region_of_several_words_opening_an_institution_name():
    assert geo.places_in_head(
        "Harbour repairs approved at a meeting of Shetland Islands Council on Monday",
        language="en") == [("shetland islands", "GB")]
    # Near misses: a one-word region opening an institution's name stays no place, and a
    # town's name opening a longer name is still the town.
    assert geo.places_in_head("The Connaught Hospital board met on Monday",
                              language="en") == []
    assert geo.places_in_head("Orkney Mine Workers strike again", language="en") == [
        ("orkney", "ZA")]


def test_a_hyphenated_quarter_or_airport_names_its_city():
    assert geo.places_in_head("Traffic returns to Lima-Norte after the repairs",
                              language="en") == [("lima", "PE")]
    # The airport between the city and a town of the same country beside it.
    assert geo.places_in_head("Delays at Kraków-Balice after the storm",
                              language="en") == [("krakow", "PL")]
    # A Romance language's word for the airport opening the name.
    assert geo.places_in_head("Aeroportul Timișoara-Giarmata are zboruri noi",
                              language="ro") == [("timisoara", "RO")]
    # Near misses: a brand whose first part names a city, with no town or quarter after
    # the hyphen.
    assert geo.places_in_head("Mercedes-Benz opens a plant", language="en") == []
    assert geo._hyphenated_city("Coca-Cola") is None


_ALAND = ("Skärgårdsnytt\n\nNy kabelfärja till {town}\n\n4.2.2025\n\n"
          "{lead}\n\n"
          "Den nya färjan ska ta 40 bilar och ersätta en färja från 1970-talet.\n\n"
          "Kommunens ordförande i {town} säger att beskedet har väntats länge.\n\n"
          "{tail}")


def test_a_territory_wins_over_the_state_named_in_passing():
    article = _text_article(_ALAND.format(
        town="Kumlinge",
        lead="Ålandsregeringen har beställt en ny kabelfärja av ett varv i Finland.",
        tail="Färjan ska vara i trafik hösten 2026."))
    assert article["country"] == "AX"
    # Near misses: a story that names the state twice stays in the state; so does one that
    # names a town of the territory but never the territory itself.
    article = _text_article(_ALAND.format(
        town="Kumlinge",
        lead="Ålandsregeringen har beställt en ny kabelfärja av ett varv i Finland.",
        tail="Finland betalar en del av kostnaden."))
    assert article["country"] == "FI"
    article = _text_article(_ALAND.format(
        town="Kumlinge",
        lead="Regeringen har beställt en ny kabelfärja av ett varv i Finland.",
        tail="Färjan ska vara i trafik hösten 2026."))
    assert article["country"] == "FI"


def test_accents_no_city_carries_are_no_other_name_read_without_them():
    # Round 48's leftover: an island written with accents that fold to another city's
    # alternate name ("Maré" is no "Mare", one of Malé's names).
    assert geo.places_in_head("Les habitants de Maré attendent le nouveau quai",
                              language="fr") == []
    # Near miss: the city's own accented spelling still names it.
    assert geo.places_in_head("Les habitants de Malé attendent le nouveau quai",
                              language="fr") == [("male", "MV")]

