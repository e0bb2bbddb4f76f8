"""Classes of place failures found with bench/dev_set65 (a retired held-out set): a wire's
Arabic dateline with the day and month as numbers ("<city> - 20 - 6 (<wire>) --"), its
place the state's own Arabic name, read as the English name is (the capital that shares
it); a city, a bar, the paper's name in capitals and a bar opening the lead; an Arabic
headline naming a state the story names again; a Persian city after "around". One guard
each, on synthetic text, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import geo
from transforms.dateline import find_dateline

# 1. "<city> - <day> - <month> (<wire>) --", the city maybe the state's own Arabic name.


def test_arabic_wire_dateline_with_numeric_day_and_month() -> None:
    found = find_dateline("بيروت - 3 - 11 (كونا) -- قال وزير الطاقة اليوم إن الشبكة ستتحسن.")
    assert found is not None and (found.city, found.country, found.agency) == (
        "Beirut", "LB", "KUNA")
    found = find_dateline("الكويت - 5 - 2 (كونا) -- افتتحت البلدية اليوم مركزا جديدا.")
    assert found is not None and (found.city, found.country) == ("Kuwait City", "KW")


def test_arabic_state_name_and_unknown_bracket_near_miss() -> None:
    # A state whose capital has another name is the country alone, not a namesake town.
    assert geo.arabic_place("لبنان") == (None, "LB")
    # A bracketed name no wire has is no dateline in this shape.
    assert find_dateline("بيروت - 3 - 11 (الصحيفة) -- قال وزير الطاقة اليوم.") is None


# 2. "<city>, <country> | <PAPER> | <lead>".


def test_place_bar_paper_bar_opens_the_lead() -> None:
    found = find_dateline("Mbarara, Uganda | THE WEEKLY OBSERVER | Farmers say the dam helps.")
    assert found is not None and (found.city, found.country) == ("Mbarara", "UG")


def test_topic_bar_paper_bar_near_miss() -> None:
    assert find_dateline("Opinion | THE WEEKLY OBSERVER | Farmers say the dam helps.") is None


# 3. An Arabic headline naming a state ("لبنان") that the story names again.


def test_arabic_headline_state_named_again() -> None:
    assert geo._arabic_head_state("مياه لبنان: خطة جديدة للصيف",
                                  "أعلنت مؤسسة مياه لبنان اليوم خطة جديدة.") == "LB"


def test_arabic_state_in_headline_only_near_miss() -> None:
    assert geo._arabic_head_state("مياه لبنان: خطة جديدة", "أعلنت المؤسسة اليوم خطة جديدة.") is None


# 4. Persian: the city after "اطراف" (around), as after "در" (in).


def test_persian_place_word_around() -> None:
    city = geo._arabic_head_city("برف به تهران رسید", "چند جاده اطراف تهران بسته شد.",
                                 geo.PERSIAN_PLACE_BEFORE)
    assert city is not None and city.country == "IR"


def test_persian_city_without_place_word_near_miss() -> None:
    assert geo._arabic_head_city("برف به تهران رسید", "چند جاده تهران بسته شد.",
                                 geo.PERSIAN_PLACE_BEFORE) is None
