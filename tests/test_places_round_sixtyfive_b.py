"""Classes of place failures found with bench/dev_set65 (a retired held-out set): a
headline's short city name that is the own name of a small namesake ("Hull", Quebec) and
another name of a far bigger city ("Hull", Kingston upon Hull), on a page that prices in
that bigger city's currency ("£28m"). The currency sign is evidence among namesakes only.
One guard, on synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. A currency sign before a figure ("£28m") names the country whose namesake is meant,
# also when the headline's name is only another name of that country's (bigger) city.


def test_currency_sign_is_namesake_evidence() -> None:
    assert geo.currency_evidence("a £4m scheme and C$40 fees") == {"GB", "CA"}
    # Another currency's pound: a letter glued before the sign.
    assert geo.currency_evidence("tickets cost E£500 or L£3") == frozenset()
    assert geo.gazetteer().lookup_city("Hull", evidence=frozenset({"GB"})).country == "GB"


def test_short_name_of_bigger_namesake_priced_in_its_currency() -> None:
    page = ("Hull bus station to reopen after £4m refit\n\n"
            "The bus station in Hull will reopen next month after a refit costing 4 million "
            "pounds, the operator said on Monday.\n\n"
            "Passengers in Hull have used temporary stops for most of the year.\n")
    assert _article("synthetic_hull_bus.txt", page)["country"] == "GB"


def test_hull_without_a_currency_or_in_quebec_near_miss() -> None:
    # Nothing on the page prices in pounds: the main-name namesake stays.
    assert geo.gazetteer().lookup_city("Hull").country == "CA"
    page = ("Hull library to reopen after C$4m refit\n\n"
            "The library in Hull will reopen next month after a refit, the city of "
            "Gatineau said on Monday.\n\n"
            "Readers in Hull have used a temporary branch for most of the year.\n")
    assert _article("synthetic_hull_quebec.txt", page)["country"] == "CA"


def test_alternate_name_needs_a_bigger_city_near_miss() -> None:
    # London's main-name match is the biggest namesake: the alternate-name rule leaves it.
    assert geo.gazetteer().lookup_city("London", evidence=frozenset({"GB"})).country == "GB"
