"""Review of round 60: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

import pytest

from transforms import dateline

_LEAD = ": The city council approved a plan on Tuesday to widen the ring road."


# 1. The slashed dateline (round 60, "Mysore/Mysuru:", one city's old and new names) took
#    a country and a city abroad for one place: "Israel/Gaza:" heads a story on both, and
#    became a Gaza dateline.

@pytest.mark.parametrize("head", ["Israel/Gaza", "Georgia/Atlanta"])
def test_a_country_and_a_city_abroad_are_no_dateline(head: str) -> None:
    found = dateline._find_dateline(head + _LEAD)
    assert found is None or found.text != head


@pytest.mark.parametrize("head, city", [("Mysore/Mysuru", "Mysuru"),
                                        ("Bombay/Mumbai", "Mumbai")])
def test_one_citys_two_names_are_still_its_dateline(head: str, city: str) -> None:
    found = dateline._find_dateline(head + _LEAD)
    assert found is not None and found.text == head and found.city == city
