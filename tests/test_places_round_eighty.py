"""Classes of places missed on bench/dev_set79 (a retired held-out set, tuned on once it
was retired): a city an Arabic-script headline names in two words ("مزار شریف"), written
with a space, a zero-width non-joiner or none, or with Persian letters where the index has
Arabic ones ("کندز"); a town's own paper on its own country's domain ("Hokitika Guardian",
.co.nz) over a story whose one place is a namesake abroad the page gives no other sign
of (Westland, Michigan); a news-please record that names its site by host only
("www.aspentimes.com"), whose glued paper's name still names the town the story is in.
Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms import geo
from transforms.patterns import PERSIAN_PLACE_BEFORE


def test_two_word_city_in_persian_headline():
    body = "کارگاه تازه‌ای در شهر مزار شریف برای زنان باز شد."
    for title in ("کارگاه خیاطی در مزار شریف باز شد", "کارگاه خیاطی در مزارشریف باز شد"):
        city = geo._arabic_head_city(title, body, PERSIAN_PLACE_BEFORE)
        assert city is not None and city.country == "AF"
    city = geo._arabic_head_city("بازار تازه در جلال‌آباد", "در شهر جلال آباد بازار تازه‌ای باز شد.",
                                 PERSIAN_PLACE_BEFORE)
    assert city is not None and city.country == "AF"
    city = geo._arabic_head_city("مکتب تازه در کندز", "در شهر کندز مکتب تازه‌ای باز شد.",
                                 PERSIAN_PLACE_BEFORE)
    assert city is not None and city.country == "AF"
    assert geo.main_place_country("کارگاه خیاطی در مزار شریف باز شد", body, body,
                                  language="fa") == "AF"


def test_two_word_city_in_persian_headline_near_misses():
    # The first word alone is no city; a name the story never writes again places nothing.
    assert geo._arabic_head_city("کارگاه خیاطی در مزار باز شد", "در شهر مزار شریف کارگاهی است.",
                                 PERSIAN_PLACE_BEFORE) is None
    assert geo._arabic_head_city("کارگاه خیاطی در مزار شریف باز شد", "کارگاهی برای زنان باز شد.",
                                 PERSIAN_PLACE_BEFORE) is None


def test_own_town_paper_on_its_domain():
    assert geo.is_own_town_paper("Hokitika Guardian", "NZ")
    assert geo.is_own_town_paper("The Hokitika Guardian", "NZ")


def test_own_town_paper_near_misses():
    # Another country's domain; a name that is no town's; one word.
    assert not geo.is_own_town_paper("Hokitika Guardian", "AU")
    assert not geo.is_own_town_paper("Daily Guardian", "NZ")
    assert not geo.is_own_town_paper("Hokitika", "NZ")


def test_host_paper_name():
    assert geo.host_paper_name("https://www.aspentimes.com/news/x/") == "Aspen Times"
    body = "Volunteers drove seniors between Aspen and Basalt for lunch."
    assert geo.country_of_site_town(geo.host_paper_name("https://www.aspentimes.com/a"),
                                     body) == "US"


def test_host_paper_name_near_misses():
    # No paper's word glued on; a paper's word alone; the story does not name the town.
    assert geo.host_paper_name("https://www.aspenmountain.com/") is None
    assert geo.host_paper_name("https://www.times.com/") is None
    assert geo.host_paper_name(None) is None
    assert geo.country_of_site_town(geo.host_paper_name("https://aspentimes.com/"),
                                     "Volunteers drove seniors to lunch.") is None
