"""Round thirty-eight on places and dates: a stamp written day. month. year. with spaces
(Slovenian and Czech papers) and a dateline in capitals closed by a bar (Quebec papers).
Each class has its near miss that must not fire."""

import datetime as dt

from transforms import dates
from transforms.dateline import find_dateline


def test_spaced_dot_stamp_line_is_a_date():
    assert dates.is_date_line("7. 10. 2024 09:05") == dt.date(2024, 10, 7)
    assert dates.is_date_line("7. 10. 2024") == dt.date(2024, 10, 7)


def test_spaced_dot_stamp_near_miss():
    # Numbers before a year in a line with words, or a thirteenth month, are no stamp.
    assert dates.is_date_line("3. 4. 2024 rezultati") is None
    assert dates.is_date_line("7. 13. 2024") is None


def test_caps_place_and_bar_is_a_dateline():
    found = find_dateline("OUAGADOUGOU | Les commerçants du marché central ont rouvert")
    assert found is not None
    assert (found.city, found.country) == ("Ouagadougou", "BF")
    assert found.text == "OUAGADOUGOU"


def test_caps_place_and_bar_near_miss():
    # A section word in capitals before a bar is no place; nor is a place in mixed case.
    assert find_dateline("ACTUALITÉ | Les commerçants du marché central ont rouvert") is None
    assert find_dateline("Ouagadougou | Les commerçants du marché central") is None
