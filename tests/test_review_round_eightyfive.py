"""Review of round 84: the rules that could take a wrong line or country, each tried on
ordinary news text. The paper's own related-story lead ("ALSO IN THE COURIER: <headline>")
also took a story sentence of legislative coverage opening the same way ("Also in the
Senate: the bill passed 52 to 48 after a long night."): the lead is a headline, with no
full stop at its end, now. The village fallback for a site's town (cities500, for a
masthead that drops the story's macron, "Kaikoura Star") also read a generic word that
opens a masthead as a US village ("North Queensland Register" -> the village North,
"Hills News" over "The Hills Shire Council", "Downs Star" over "Darling Downs"): a village
is read only when the rest of the name is masthead words and the story names the town
alone, not inside a longer name. The other counter-examples (one-word site names opening
with a country, the Korean bracketed dateline inside a quote, a pipe before a job title or
"AFP photo") held and are kept here so they stay held."""

from __future__ import annotations

from tests.test_chrome_round_eightyfour import _paragraphs
from transforms import geo, people

_AFTER = "The port authority said it would review the timetable."


def test_story_sentence_opening_also_in_the_chamber_stays():
    for line in ("Also in the Senate: the bill passed by a vote of 52 to 48 after a long night.",
                 "Also in the House: members voted to adjourn until Monday."):
        assert line in _paragraphs(line, after=_AFTER), line


def test_also_in_the_paper_headline_still_goes():
    # Near miss: the paper's own lead, a headline with no full stop.
    for line in ("ALSO IN THE GAZETTE: Council votes to fix the jetty road",
                 "Also in The Chronicle: Library hours to change in winter"):
        paras = _paragraphs(line, after=_AFTER)
        assert line not in paras, line
        assert _AFTER in paras


def test_generic_masthead_word_is_no_us_village():
    for name, text in (("North Queensland Register", "North Queensland growers met in town."),
                       ("North West Star", "North West residents lost power on Monday."),
                       ("Hills News", "The Hills Shire Council met on Monday."),
                       ("Downs Star", "Darling Downs farmers said the rain came late.")):
        assert geo.country_of_site_town(name, text) is None, name


def test_village_site_town_named_alone_still_read():
    # Near miss: the masthead drops the macron the story writes, the town named alone.
    text = "A slip closed the road near Kaikōura on Monday, the agency said."
    assert geo.country_of_site_town("Kaikoura Star", text) == "NZ"


def test_round_84_counter_examples_held():
    for name in ("Chadwicknews", "Georgiatimes", "Jordantimes", "Indianexpress"):
        assert geo._lower_glued_country(name) == name, name
    assert geo.korean_wire_city('그는 "[서울=뉴시스] 보도를 봤다"고 말했다.') is None
    assert people.wire_signed_name("Jane Roe | AP Style Editor") is None
    assert people.wire_signed_name("Jane Roe | AFP photo") is None
    assert people.wire_signed_name("Jane Roe | AAP") == ("Jane Roe", "AAP")
