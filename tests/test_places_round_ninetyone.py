"""Classes of places missed on bench/dev_set90 (a retired held-out set, tuned on once it
was retired), local stories whose town shares its name abroad: a state's people named
("Tasmanians", "Queenslanders") on a page whose only big city is a person's first name
that is a city abroad; and a town paper's name ("Santa Cruz Sentinel") read as a bigger
namesake abroad, on a page stamped in its publisher's time zone ("4:12 PM PDT") that
names no country. Synthetic text, with near misses that stay."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _country(text: str, name: str = "page.txt") -> str | None:
    record = decode_payload(name, text.encode())[0]
    return extract_article(clean_record(record))["country"]


def _state_page(people: str, extra: str = "") -> str:
    return ("Island Radio News\nNews\nSport\nCommunity\n\n"
            f"{people} back new bike paths in survey\n\n"
            "By Tom Ashby\n\n"
            f"{people} have backed plans for new bike paths in a survey of more than "
            "4000 residents, the state's transport department said.\n\n"
            "Cyclist Kira Donnelly said the paths would make the school run safer.\n\n"
            f"{extra}"
            "Consultation closes at the end of the month.\n")


def test_state_people_place_the_story_in_their_country():
    assert _country(_state_page("Tasmanians")) == "AU"
    assert _country(_state_page("Queenslanders")) == "AU"


def test_state_people_yield_to_a_country_named_more():
    extra = ("The plans follow a study tour of Japan, where officials saw paths in Japan's "
             "biggest cities.\n\n")
    assert _country(_state_page("Tasmanians", extra)) == "JP"


def _town_paper(stamp: str, extra: str = "") -> str:
    return ("Santa Cruz Sentinel\nLocal News\nSports\nOpinion\n\n"
            "Santa Cruz community garden opens a seed library\n\n"
            "By Dana Whitfield\n"
            f"PUBLISHED: March 3, 2025 at {stamp}\n\n"
            "The Santa Cruz community garden will open a free seed library this month, "
            "volunteers said.\n\n"
            "Gardeners can borrow packets of beans, squash and tomatoes and return seeds "
            "saved from their harvest at the end of the season.\n\n"
            f"{extra}"
            "The library opens on Saturday mornings.\n")


def test_time_zone_of_the_stamp_picks_the_site_towns_namesake():
    assert geo.stamp_zone_country(["March 3, 2025 at 9:05 AM PST"]) == "US"
    assert _country(_town_paper("9:05 AM PST")) == "US"


def test_stamp_without_a_zone_or_with_a_shared_one_stays():
    assert geo.stamp_zone_country(["March 3, 2025 at 9:05 AM"]) is None
    assert geo.stamp_zone_country(["March 3, 2025 at 9:05 AM IST"]) is None
    assert geo.stamp_zone_country(["9:05 AM PST", "10:05 AM AEST"]) is None
    assert _country(_town_paper("9:05 AM")) == _country(_town_paper("9:05 AM IST"))
