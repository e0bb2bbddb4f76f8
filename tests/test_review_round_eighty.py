"""Review of round 79: the rules that could take a wrong name, line or country, each tried
on ordinary news text. The far smaller English-speaking namesake of an English paper's town
(english_site_namesake, run after country_of_site_place) undid review 78's fix: "Athens
Times" over a story naming "Athens, Greece" went back to Athens, Georgia. A page naming
the bigger namesake's country keeps it there now too. The Russian district named for its
seat town also read a Soviet city's districts, named for a person or a word ("Кировского
района", "Советского района", "Первомайского района": in Minsk, Bishkek or Izhevsk alike),
as Kirovsk, Sovetsk or Pervomaisk: those stems name no seat now. The other counter-examples
(a city written after "river" once and bare once, "Posted by" over a desk, a wire's staff
byline with a place, a Bengali word that opens with a country's name, "Cape Town" and
"George Town" beside the kind-word lookup) held and are kept here so they stay held."""

from __future__ import annotations

from transforms import geo, people

_GREECE = ("Athens, Greece: the city council voted on Monday to extend the metro line to the"
           " port, the mayor said.")
_GEORGIA = ("Athens-Clarke County commissioners in Georgia voted on Monday to extend the bus"
            " line to the stadium, the mayor said.")


def test_english_paper_namesake_keeps_the_country_the_page_names():
    assert geo.english_site_namesake("Athens Times", "GR", _GREECE, "en") is None
    assert geo.english_site_namesake("The Athens News", "GR", _GREECE, "en") is None


def test_english_paper_namesake_near_misses():
    # The smaller namesake's state named, or no country at all: the namesake as before.
    assert geo.english_site_namesake("Athens Times", "GR", _GEORGIA, "en") == "US"
    plain = "The city council voted on Monday to extend the bus line to the stadium."
    assert geo.english_site_namesake("Athens Times", "GR", plain, "en") == "US"
    assert geo.country_of_site_place("Athens Times", _GREECE, "en") == "GR"


_RU_TITLE = "Жители остались без воды"


def _district(adjective: str) -> str | None:
    lead = f"Жители {adjective} района второй день остаются без воды."
    body = f"{lead}\nВ администрации {adjective} района открыли пункты раздачи воды."
    return geo.main_place_country(f"Авария {adjective} района", lead, body, language="ru")


def test_city_district_named_for_a_person_is_no_seat_town():
    assert _district("Кировского") is None
    assert _district("Советского") is None
    assert _district("Первомайского") is None
    assert _district("Калининского") is None


def test_city_district_near_misses():
    # A district named for its seat town still gives the town's country.
    assert _district("Корсаковского") == "RU"
    assert _district("Холмского") == "RU"


def test_river_name_beside_the_city_itself():
    # A city written bare as well as after "river" stays the city.
    lead = ("Rowers raced on the river Thames at London on Saturday while crowds in London"
            " watched from the banks.")
    assert geo.main_place_country("Rowers race past London crowds", lead, lead) == "GB"
    assert not geo._river_only("Jhelum", "Jhelum town, on the river Jhelum", None)


def test_posted_by_a_desk_is_no_writer():
    assert people.byline_names("Posted by Jane Roe") == ["Jane Roe"]
    assert not people.byline_names("Posted by admin")
    assert not people.byline_names("Posted by Staff")
    assert not people.byline_names("Posted by News Desk")


def test_wire_staff_byline_with_a_place():
    assert people.byline_names("Jane Roe, The Canadian Press") == ["Jane Roe"]
    assert not people.byline_names("Moncton, The Canadian Press")
    assert not people.byline_names("Red Deer, The Canadian Press")


def test_bengali_word_opening_with_a_country_name():
    # "ভারতবর্ষ" (the subcontinent) and "মালিক" (owner) open with India's and Mali's names.
    counts, _ = geo.country_mentions("ভারতবর্ষ জুড়ে মালিক সমিতির বৈঠক হয়েছে।", language="bn")
    assert not counts
    counts, _ = geo.country_mentions("ভারতের বাজারে আজ দাম বেড়েছে।", language="bn")
    assert counts == {"IN": 1}


def test_kind_word_lookup_leaves_whole_names():
    assert geo._together_country({"kew town", "providenciales"}) == "TC"
    assert geo._together_country({"cape town", "bellville"}) is None
    assert geo._together_country({"george town", "grand cayman"}) is None
