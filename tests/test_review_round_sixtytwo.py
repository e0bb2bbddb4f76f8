"""Review of round 62: misfires of its rules on text they were not tuned on, each
with the case the rule was made for, which must keep working."""

from __future__ import annotations

import pytest

from transforms import geo

# 1. "<city>, <state or country>" in running text takes that country's namesake (round 62,
#    "Kingston, Ontario"), unless a list of other countries follows ("London, Canada and
#    Australia"). A list of other countries' big cities read as one: "Moscow, Washington
#    and Beijing" put the story in Moscow, Idaho.


@pytest.mark.parametrize("lead", [
    "Diplomats in Moscow, Washington and Beijing traded accusations over the sanctions on Monday.",
    "Diplomats in Moscow, Washington, and Beijing traded accusations over the sanctions on Monday.",
])
def test_city_opening_a_list_of_other_countries_cities_keeps_its_country(lead: str) -> None:
    assert geo.places_in_head(lead, common=lead, language="en")[0] == ("moscow", "RU")


def test_city_with_its_province_before_a_city_of_that_country_still_qualified() -> None:
    lead = "Ferries between Kingston, Ontario, and Toronto will run twice a day from June."
    assert geo.places_in_head(lead, common=lead, language="en")[0] == ("kingston", "CA")
    lead = "A storm closed roads around Wellington, Florida, on Sunday."
    assert geo.places_in_head(lead, common=lead, language="en")[0] == ("wellington", "US")
