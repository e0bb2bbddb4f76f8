"""Review of round 78: the rules that could take a wrong name, line or country, each tried
on ordinary news text. Lee's byline with no separator ("By Jane Roe Chronicle Staff
Writer") also cut a middle initial's name short ("By Jane M. Roe Staff Writer" gave "Jane
M.", "Roe" read as the paper): a name ending in an initial goes on now. The writer's
contact line with the name as its subject also dropped an official's contact line at a
story's end ("Fire Chief Tom Berg can be reached at ..."): a title before the name keeps it
the story's. An English paper's name over an English page ("Athens Times") also took the
English-speaking namesake (Athens, Georgia) when the page names the bigger one's country
("Athens, Greece"): that country keeps it now. The other counter-examples (a wire or a
job's word before "Correspondent", a short generic credit end, a quoted contact line, an
offer's price in a story sentence, a two-word place that is no small town, an Indian or
Nigerian paper's town) held and are kept here so they stay held."""

from __future__ import annotations

from transforms import clean, geo, people
from transforms.clean import clean_text

_LEAD = ("Harbour Storm Closes Ferry Route\n\nThe ferry between the two islands was cancelled"
         " on Monday after waves reached four metres.\n\n")
_TAIL = ("Harbour officials said the service would resume on Wednesday if the wind dropped"
         " as forecast.\n")


def _kept(line: str) -> bool:
    return any(line in p for p in clean_text(_LEAD + line + "\n" + _TAIL).paragraphs)


def test_lee_byline_name_with_middle_initial_stays_whole():
    assert people.byline_names("By Dana K. Whitfield Staff Writer") == ["Dana K. Whitfield"]
    assert people.byline_names("By Dana K. Whitfield Ledger Staff Writer") == [
        "Dana K. Whitfield"]


def test_lee_byline_near_misses():
    # The paper's short name, a wire or a job's word before the job still go.
    assert people.byline_names("By Dana Whitfield Courier Staff Writer") == ["Dana Whitfield"]
    assert people.byline_names("By Dana Whitfield Associated Press Correspondent") == [
        "Dana Whitfield"]
    assert people.byline_names("By Dana Whitfield Special Correspondent") == ["Dana Whitfield"]
    assert people.byline_names("By Dana Whitfield Associated Press Writer") is None


def test_official_contact_line_at_story_end_stays():
    for line in ("Fire Chief Tom Berg can be reached at tberg@example.gov or 555-201-3344.",
                 "Mayor Ruth Okafor can be reached at mayor@example.gov.",
                 "Dr. Lena Holt can be reached at lholt@clinic.example.org."):
        assert _kept(line), line


def test_writer_contact_line_still_goes():
    # Near miss: the writer's own line, and a quoted one or a story sentence that stays.
    assert not _kept("Lena Holt can be reached at lholt@harbourgazette.com or 555-201-3344.")
    assert _kept('"Lena Holt can be reached at lholt@example.com," the spokesman said.')
    assert _kept("Customers can get unlimited digital access for $1 a month, the company said.")


def test_english_paper_name_keeps_the_country_the_page_names():
    text = ("Athens council votes on budget\nThe council in Athens, Greece, met on Monday. "
            "The Greek government welcomed the plan.")
    assert geo.country_of_site_place("Athens Times", text, "en") == "GR"


def test_english_paper_name_near_misses():
    # The English-speaking namesake when the page names no other country; English-speaking
    # countries' own towns stay theirs.
    text = "Athens council votes on budget\nThe council in Athens met on Monday."
    assert geo.country_of_site_place("Athens Times", text, "en") == "US"
    text = "Salem collector opens bus stand\nThe bus stand in Salem opened on Monday."
    assert geo.country_of_site_place("The Salem Times", text, "en") == "IN"
    text = "Lagos traffic eases\nTraffic in Lagos eased on Monday."
    assert geo.country_of_site_place("Lagos Herald", text, "en") == "NG"


def test_two_word_names_that_are_no_small_town():
    assert geo.places_in_head("Port Said Street shops reopen",
                              confirm="Shops on Port Said Street reopened.", language="en",
                              evidence=frozenset({"EG"})) == []
    assert geo.places_in_head("New Zealand wins series", confirm="New Zealand beat Australia.",
                              language="en", evidence=frozenset({"NZ"})) == [
        ("new zealand", "NZ")]


def test_short_generic_credit_end_is_no_page_outlet():
    caption = "Volunteers plant trees along the river trail on March 2. Dana Holt/News"
    assert clean.caption_split(caption, frozenset({"dailynews"})) is None
    # Near miss: five letters or more of the page's name.
    caption = "Volunteers plant trees along the river trail on March 2. Dana Holt/Times"
    assert clean.caption_split(caption, frozenset({"valleytimes"}))[1] == "Dana Holt/Times"
