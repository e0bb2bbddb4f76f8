"""Place classes found with bench/dev_set43 (a retired held-out set, now a development
set): a bare day of the month before a known wire, a dateline alone on its line with its
date, and the atolls and islands of territories with an ISO code of their own. One guard
each, written on synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo
from transforms.dateline import find_dateline


def _article(text: str, name: str = "a.txt") -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, text.encode())[0]
    return extract_article(clean_record(record))


def test_a_bare_day_of_the_month_before_a_known_wire():
    found = find_dateline("VALLADOLID, 9 (EUROPA PRESS) - La Junta ha aprobado el plan.")
    assert found is not None and found.city == "Valladolid" and found.country == "ES"
    assert found.agency == "Europa Press" and found.datepart == "9"
    # Near miss: a number before a name no wire has is no date ("Apollo 11 (Lunar)").
    assert find_dateline("VALLADOLID, 9 (Plaza Mayor) - La Junta ha aprobado el plan.") is None
    assert find_dateline("Apollo 11 (Lunar) - The crew landed.") is None
    # Near miss: a month and day before the wire still read as before.
    assert find_dateline("TOKYO, May 7 (Reuters) - Shares rose.").datepart == "May 7"


_HEADLINE = "Night buses planned between the city and the airport\n\n"
_LEAD = ("Two bus companies have asked to run night services between the city and the "
         "airport, officials said on Tuesday.\n\nThe transport office is reviewing the "
         "requests and may decide by June.\n\nFares would start at about 300 rupees.\n")


def test_a_dateline_alone_on_its_line_with_its_date():
    found = _article(_HEADLINE + "BIRATNAGAR, APRIL 8\n\n" + _LEAD)
    assert found["dateline"]["city"] == "Biratnagar" and found["country"] == "NP"
    wired = _article("La Junta amplía los autobuses nocturnos este verano\n\n"
                     "VALLADOLID, 9 (EUROPA PRESS)\n\n"
                     "La Junta de Castilla y León ha aprobado este martes un plan para "
                     "ampliar el servicio de autobuses nocturnos en la ciudad.\n\n"
                     "El servicio empezará en junio.\n", "b.txt")
    assert wired["dateline"]["city"] == "Valladolid" and wired["agency"] == "Europa Press"
    # Near miss: a city and a region after the comma, on its own line, is no dateline.
    assert _article(_HEADLINE + "BIRATNAGAR, KOSHI\n\n" + _LEAD)["dateline"] is None


def test_the_atolls_and_islands_of_a_territory_with_its_own_code():
    assert geo.resolve_place("Wake Island") == (None, "UM")
    assert geo.country_mentions("Crews landed on Johnston Atoll.")[0] == {"UM": 1}
    assert geo.country_mentions("A ship sailed to the Chagos Archipelago.")[0] == {"IO": 1}
    # Near miss: "Diego Garcia" is far more often a person than the atoll.
    assert geo.country_mentions("Diego Garcia scored twice for the visitors.")[0] == {}
    body = ("Palmyra Atoll to host a research station\n\nScientists will build a small "
            "research station on Palmyra Atoll next year, the U.S. Fish and Wildlife "
            "Service said.\n\nThe station on Palmyra Atoll will study coral reefs.\n")
    assert _article(body)["country"] == "UM"
    # Near miss: a US town that shares the atoll's first word stays in the US.
    assert geo.resolve_place("Wake Forest") == ("Wake Forest", "US")
    assert geo.resolve_place("Midway")[1] == "US"
    town = body.replace("Palmyra Atoll", "Midway")
    assert _article(town)["country"] == "US"
