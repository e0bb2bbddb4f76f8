"""Classes of places missed on bench/dev_set86 (a retired held-out set, tuned on once it
was retired), stories with no dateline: "Metro" opening an English lead (a transit system,
no Metro in Indonesia), the Kurdish-based English spellings of Iraqi Kurdistan's cities
(Sulaimani, Slemani, Hawler, Duhok), and a headline's short name of the longer place the
lead names ("Sudbury" / "Greater Sudbury"). Synthetic text, with near misses that stay."""

from __future__ import annotations

from transforms import geo


def test_metro_opening_english_lead_is_no_town():
    title = "Night buses to replace trains during track work"
    lead = "Metro trains will stop after midnight for six weeks while crews fix the rails."
    body = f"{lead}\n\nMetro said buses would run every 20 minutes."
    assert geo.main_place_country(title, lead, body, language="en") is None


def test_metro_near_miss_other_place_in_lead_still_counts():
    title = "Night buses to replace trains in Leeds"
    lead = "Metro trains in Leeds will stop after midnight while crews fix the rails."
    body = f"{lead}\n\nLeeds commuters were told to plan ahead."
    assert geo.main_place_country(title, lead, body, language="en") == "GB"


def test_kurdish_english_city_spellings_are_iraq():
    for name in ("Sulaimani", "Slemani", "Hawler", "Duhok"):
        title = f"Bakeries in {name} open before dawn"
        lead = f"Bakeries in {name} now open at 4 am to serve early workers."
        body = f"{lead}\n\nOwners in {name} said demand was high."
        assert geo.main_place_country(title, lead, body, language="en") == "IQ", name


def test_kurdish_english_near_miss_erbil_and_unrelated_city():
    title = "Bakeries in Erbil open before dawn"
    lead = "Bakeries in Erbil now open at 4 am to serve early workers."
    body = f"{lead}\n\nOwners in Erbil said demand was high."
    assert geo.main_place_country(title, lead, body, language="en") == "IQ"
    title = "Bakeries in Dortmund open before dawn"
    lead = "Bakeries in Dortmund now open at 4 am to serve early workers."
    body = f"{lead}\n\nOwners in Dortmund said demand was high."
    assert geo.main_place_country(title, lead, body, language="en") == "DE"


def test_headline_short_name_of_lead_longer_place():
    title = "New library hours for downtown Sudbury"
    lead = "Greater Sudbury's library board will keep its downtown branch open later."
    body = f"{lead}\n\nThe board said the change in downtown Sudbury starts in May."
    assert geo.main_place_country(title, lead, body, language="en") == "CA"


def test_headline_short_name_near_miss_same_place_alone():
    title = "New library hours for Sudbury"
    lead = "The library board in Sudbury will keep its branch open later."
    body = f"{lead}\n\nThe board said the change in Sudbury starts in May."
    assert geo.main_place_country(title, lead, body, language="en") == "GB"
