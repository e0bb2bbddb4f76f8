"""Review of round 83: the rules that could take a wrong name, line or country, each tried
on ordinary news text. The reporter's bio naming the site as the reporter's desk
(OUTLET_REPORTER_BIO) also took a story sentence about the site's own people that ends at
the site's name: "Jane Roe has written a farewell letter to staff at the Daily Post",
"Chief Executive John Doe writes that the board will meet at the Daily Post". A "to" or
"that" between the verb and the desk is the story's now; the bio ("Jane Roe writes a weekly
column for the Daily Post") still goes. The other counter-examples (the Hungarian
newsletter header beside a story line opening with "Hírlevél", the press-code subject "This
paper" in a reported sentence, a mid-story "Leia mais" before a long paragraph, a TV
network after a writer's name, and the lead's small town beside a town the body names)
held and are kept here so they stay held."""

from __future__ import annotations

from tests.test_chrome_round_eightythree import _HU_LEAD, _HU_TAIL, _PT_LEAD, _PT_TAIL, _paragraphs
from transforms import geo, people

_SITE = frozenset({"dailypost"})


def test_story_sentence_about_the_sites_people_stays():
    for line in ("Jane Roe has written a farewell letter to staff at the Daily Post.",
                 "Chief Executive John Doe writes that the board will meet at the Daily Post.",
                 "Police Chief John Smith reports to the mayor at the Daily Post."):
        assert line in _paragraphs(line, site_names=_SITE), line


def test_reporter_bio_naming_the_site_still_goes():
    # Near miss: the bio's own shape, the desk after "for" / "at" with no "to" / "that".
    for line in ("Jane Roe writes a weekly column for the Daily Post.",
                 "John Doe is a staff reporter at the Daily Post.",
                 "Support the Daily Post"):
        assert line not in _paragraphs(line, site_names=_SITE), line


def test_round_83_chrome_near_misses_held():
    line = "Hírlevél ment ki a hivatalból a lezárásról, a lakók hétfőn kapták meg."
    assert line in _paragraphs(line, _HU_LEAD, _HU_TAIL)
    line = "This paper adheres to the Editors' Code, the editor told the inquiry."
    assert line in _paragraphs(line)
    story = ("O presidente da câmara anunciou ainda que as obras na ponte começam em junho e"
             " vão durar três meses, com desvios pela avenida.")
    assert story in _paragraphs("Leia mais\n" + story, _PT_LEAD, _PT_TAIL)


def test_round_83_people_and_places_held():
    assert people.author_field_names("Jane Roe, CNN Network") == ["Jane Roe"]
    assert people.byline_names("By Jane Roe, Seven Network") == ["Jane Roe"]
    lead = "The bridge at Te Awamutu closed on Monday, the council said."
    body = lead + "\nCrews from Hamilton will inspect it. A workshop in Hamilton is planned."
    assert geo.main_place_country("Bridge closed", lead, body) == "NZ"
