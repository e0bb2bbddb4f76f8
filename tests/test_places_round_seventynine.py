"""Classes of places missed on bench/dev_set78 (a retired held-out set, tuned on once it
was retired), all on English pages: an English paper's name whose town has a far bigger
namesake abroad ("The Alexandria Times" beside Alexandria, Egypt) over a story that names
the smaller town's state and never the bigger one's country, which places the paper at
home; a town the story writes with a kind word GeoNames leaves off ("Kew Town" for Kew,
Turks and Caicos), which must still find its neighbours ("Providenciales"); an English
word that is only a town abroad without its diacritics ("Bush Lot", no Būsh in Egypt);
Guyana's old counties as its press names them ("Berbice", "Essequibo"). Synthetic text;
each class with near misses that stay."""

from __future__ import annotations

from transforms import geo


def test_english_paper_far_smaller_namesake_with_its_state_named():
    text = ("Alexandria opens a new waterfront park\nThe Virginia Department of "
            "Transportation closed two lanes on Union Street for the opening.")
    assert geo.country_of_site_name("The Alexandria Times") == "EG"
    assert geo.english_site_namesake("The Alexandria Times", "EG", text, "en") == "US"


def test_english_paper_far_smaller_namesake_near_misses():
    # The story names the bigger namesake's country, or no state at all; a page in
    # another language; a name that is no paper's.
    text = ("Alexandria opens a new waterfront park\nEgypt's governor and a Virginia "
            "delegation opened the corniche park.")
    assert geo.english_site_namesake("The Alexandria Times", "EG", text, "en") is None
    text = "Alexandria opens a new waterfront park\nThe park lies beside the harbour."
    assert geo.english_site_namesake("The Alexandria Times", "EG", text, "en") is None
    text = ("Moscow's metro opens a new line\nRussia's transport ministry said a delegation "
            "from Idaho attended.")
    assert geo.english_site_namesake("The Moscow Times", "RU", text, "en") is None
    text = "Alexandria opens a new park\nThe Virginia Department of Transportation helped."
    assert geo.english_site_namesake("The Alexandria Times", "EG", text, "fr") is None
    assert geo.english_site_namesake("Alexandria Weekly", "EG", text, "en") is None


def test_town_with_a_kind_word_finds_its_neighbours():
    assert geo._together_country({"kew town", "providenciales"}) == "TC"
    lead = ("Pupils from Kew Town walked to the new public library in Providenciales "
            "on Thursday morning.")
    assert geo.main_place_country("New library opens its doors", lead, lead,
                                  language="en") == "TC"


def test_town_with_a_kind_word_near_misses():
    # A kind word GeoNames writes is no town's own kind word; a name the index holds
    # whole is read whole.
    assert geo._together_country({"kew gardens", "providenciales"}) is None
    assert geo._together_country({"kew", "providenciales"}) == "TC"


def test_english_word_and_guyanese_county():
    lead = "Cane cutters at Bush Lot on the East Coast of Berbice stopped work on Monday."
    assert geo.places_in_head("Cane cutters strike at Bush Lot estate", confirm=lead,
                              language="en") == []
    assert ("berbice", "GY") in geo.places_in_head(lead, common=lead, language="en")
    assert geo.main_place_country("Cane cutters strike at Bush Lot estate", lead, lead,
                                  language="en") == "GY"


def test_english_word_and_guyanese_county_near_misses():
    # On a page in another language the town stays Egypt's; "Police" stays a word.
    assert geo.places_in_head("Inondations à Bush après la crue",
                              confirm="Inondations à Bush après la crue du Nil.",
                              language="fr") == [("bush", "EG")]
    assert geo.places_in_head("Police open a new station", language="en") == []
