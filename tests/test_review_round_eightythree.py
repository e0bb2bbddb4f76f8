"""Review of round 82: the rules that could take a wrong name, line or country, each tried
on ordinary news text. The site town in the one country the story names (round 82's
"Jasper Fitzhugh" over a Canadian park story) also moved a big city's paper abroad: the
"Windsor Star" over a story on Windsor families' trips to the United States went to a
small Windsor in the US, though Windsor, Ontario is the big city. A big city's paper keeps
its city now; a small town's paper still follows the country the story names. The other
counter-examples (the widened "da/do/de/from" wire note and the wire reporter's credit
over the lead beside "From staff reports", "De la rédaction", "Do Rio de Janeiro" and a
"de" surname) held and are kept here so they stay held."""

from __future__ import annotations

from transforms import geo, people


def test_big_city_paper_keeps_its_city_when_the_story_names_another_country():
    body = ("Windsor city council met on Tuesday. Windsor families who drive to the United "
            "States for groceries say prices in the United States have risen.")
    assert geo.country_of_site_place("Windsor Star", body, language="en") == "CA"


def test_small_town_paper_still_follows_the_named_country():
    # Near miss: Jasper is no big city; the story names Canada twice and never the US.
    body = ("Jasper residents welcomed Parks Canada crews on Monday. Canada reopened the "
            "park road near Jasper after crews from British Columbia cleared it.")
    assert geo.country_of_site_place("Jasper Fitzhugh", body, language="en") == "CA"


def test_from_wire_note_takes_no_ordinary_credit():
    assert people.from_wire("From AFP") == "AFP"
    for line in ("From staff reports", "De la rédaction", "Do Rio de Janeiro",
                 "From the archives", "Da redação"):
        assert people.from_wire(line) is None


def test_wire_signed_name_takes_no_de_surname():
    assert people.wire_signed_name("Juan de Dios") is None
    assert people.wire_signed_name("María de la Cruz, de la redacción") is None
