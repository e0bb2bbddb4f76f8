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


# 2. The site's initials as a desk byline (round 60, "SOM Online" on "Star of Mysore") let
#    the place a desk may name follow them, so a writer whose short given name spells the
#    site's initials and whose surname is a city's lost the byline: "Tom Austin" on "Times
#    of Malta".

@pytest.mark.parametrize("name, site", [("Tom Austin", "Times of Malta"),
                                        ("Tom Houston", "Times of Malta")])
def test_a_writer_whose_given_name_spells_the_initials_stays(name: str, site: str) -> None:
    from transforms.extract import _is_site_desk

    assert not _is_site_desk(name, set(), set(), (site,))


@pytest.mark.parametrize("name, site", [("SOM Online", "Star of Mysore"),
                                        ("TOM Web Desk", "Times of Malta")])
def test_the_sites_initials_and_a_desk_word_are_still_the_desk(name: str, site: str) -> None:
    from transforms.extract import _is_site_desk

    assert _is_site_desk(name, set(), set(), (site,))


def test_the_sites_name_and_a_city_are_still_the_desk() -> None:
    from transforms.extract import _is_site_desk

    assert _is_site_desk("Example Nairobi", {"example"}, set(), ("Example",))


# 3. A city's other name before a natural feature's word (round 60, "Caroline Bay": a bay
#    named after someone, not Carolina) dropped a big city's old name, which is its own:
#    the Saigon River runs through Ho Chi Minh City, Bombay Harbour is Mumbai's.

@pytest.mark.parametrize("text, code", [
    ("Floods hit homes along the Saigon River on Sunday.", "VN"),
    ("Ships waited in Bombay Harbour on Sunday.", "IN"),
    ("Boats sank on the Rangoon River on Sunday.", "MM"),
])
def test_a_big_citys_old_name_before_a_feature_is_the_city(text: str, code: str) -> None:
    from transforms import geo

    assert [c for _, c in geo.places_in_head(text, language="en")] == [code]


def test_a_small_citys_exonym_before_a_feature_is_still_no_city() -> None:
    from transforms import geo

    assert geo.places_in_head("Caroline Bay fireworks show draws crowds") == []
