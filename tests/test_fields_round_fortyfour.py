"""Place classes found with bench/dev_set44 (a retired held-out set, now a development
set): a state's abbreviation written without its full stop inside a longer name, and a
street or park named after a place elsewhere. One guard each, written on synthetic text,
with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo


def _article(text: str, name: str = "a.txt") -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, text.encode())[0]
    return extract_article(clean_record(record))


def test_a_state_abbreviation_without_its_full_stop_is_a_word():
    assert geo.country_mentions("The Karachi Mass Transit Authority met.")[0] == {}
    assert geo.country_mentions("Miss Universe arrives on Monday.")[0] == {}
    # Near miss: written with its full stop, it is the state, as a dateline qualifier is.
    assert geo.country_mentions("A fire in Springfield, Mass., closed a school.")[0] == {
        "US": 1}
    story = ("Night trains to run later from next week\n\n"
             "Night trains between the two terminals will run an hour later from next "
             "week, the Karachi Mass Transit Authority said on Monday.\n\n"
             "The authority said extra staff would manage the crowds.\n")
    assert _article(story)["country"] == "PK"


def test_a_street_or_park_named_after_a_place_elsewhere():
    head = geo.places_in_head("Crews close Perth Road and Adelaide Park for the works")
    assert head == []
    story = ("Tram works to close Adelaide Park until spring\n\n"
             "Tram works in Wellington will close Adelaide Park and part of Sydney "
             "Crescent until spring, the city council said.\n\n"
             "Buses that use Sydney Crescent will run on detours during the works.\n")
    assert _article(story)["country"] == "NZ"
    # Near miss: a town whose own name ends in such a word is matched whole, and a place
    # before another word ("Sydney Olympic Park") is still the place.
    assert geo.places_in_head("Menlo Park council backs new bike lanes") == [
        ("menlo park", "US")]
    assert geo.places_in_head("Crowds gather at Sydney Olympic Park") == [("sydney", "AU")]
