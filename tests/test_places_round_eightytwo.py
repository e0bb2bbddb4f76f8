"""Classes of places missed on bench/dev_set81 (a retired held-out set, tuned on once it
was retired): a small-town paper's masthead over a section menu whose title-cased labels
read like a name ("Things To Do", "What's On"), so the paper's town never placed the
story; a city's other name before a range ("Bale Mountains" is no Bâle, Basel); a paper
named after a town whose bigger namesake is abroad, over a story that names the small
town's country ("Jasper" in Alberta, not Indiana). Synthetic text; each class with near
misses that stay."""

from __future__ import annotations

from transforms import clean, geo


def test_section_labels_are_no_names_in_a_menu():
    assert clean.menu_follows(["Local", "News", "Things To Do", "What's On"], 1)
    assert clean.menu_follows(["Paper", "Sport", "What's On", "Farming"], 1)


def test_section_labels_near_misses():
    # A writer's name under a masthead and one section is no menu.
    assert not clean.menu_follows(["Paper", "News", "Jess Hartley", "Sport"], 1)
    assert not clean.menu_follows(["Paper", "News", "Mary O'Brien", "Sport"], 1)


def test_range_after_a_city_other_name():
    text = "Rangers counted more ibex in the Bale Mountains this year."
    assert "CH" not in {c for _, c in geo.places_in_head(text, common=text, language="en")}


def test_range_after_a_city_other_name_near_miss():
    text = "Rangers met officials in Basel this year."
    assert ("basel", "CH") in geo.places_in_head(text, common=text, language="en")


_JASPER = ("Caribou return near Jasper\nRangers near Jasper said Parks Canada will move "
           "the herd from British Columbia. Parks Canada staff agreed.")


def test_site_town_in_the_country_the_story_names():
    assert geo.country_of_site_place("Jasper Ledger", _JASPER, "en") == "CA"


def test_site_town_in_the_country_the_story_names_near_miss():
    # The story names no other country: the bigger namesake stays.
    text = "Caribou return near Jasper\nRangers near Jasper counted the herd."
    assert geo.country_of_site_place("Jasper Ledger", text, "en") == "US"
