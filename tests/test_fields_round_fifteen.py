"""Classes of extraction failures found with bench/dev_set15 (the twelfth held-out set,
retired to a development set). One guard each, written on synthetic text, with a near
miss that must stay as it is where one exists."""

from __future__ import annotations

from transforms import geo
from transforms.clean import chrome_kind
from transforms.patterns import compiled


def test_abbreviated_saint_and_mount_in_place_names():
    assert geo.resolve_place("ST. GEORGE'S, Grenada") == ("Saint George's", "GD")
    assert geo.resolve_place("Mt. Hagen") == ("Mount Hagen", "PG")
    # A city whose own name is abbreviated stays as the gazetteer writes it.
    assert geo.resolve_place("St. Louis")[1] == "US"
    assert geo.countries_in_text("Fishermen in St Lucia and on St. Helena said.") == {
        "LC": 1, "SH": 1}


def test_city_word_after_a_dateline_city():
    assert geo.resolve_place("KANDAHAR CITY") == ("Kandahar", "AF")
    assert geo.resolve_place("Herat City") == ("Herat", "AF")
    # Cities whose name includes the word keep it.
    assert geo.resolve_place("QUEZON CITY") == ("Quezon City", "PH")
    assert geo.resolve_place("Kuwait City") == ("Kuwait City", "KW")
    assert geo.resolve_place("Nowhereville City") == (None, None)


def test_credit_labels_without_a_colon_and_with_the_outlet():
    strip = compiled()["credit_label_at_start"].sub
    assert strip("", "Beeld Jan de Vries") == "Jan de Vries"
    assert strip("", "Fot. Anna Nowak / Agencja Gazeta") == "Anna Nowak / Agencja Gazeta"
    assert strip("", "Foto Diario Sur: Ana Ruiz") == "Ana Ruiz"
    assert strip("", "Photo Harbour Post: Tim Lee") == "Tim Lee"
    # A word that only starts like a label, and a lower-case name, stay.
    assert strip("", "beeldbank Utrecht") == "beeldbank Utrecht"
    assert strip("", "Fotoarchiv Meier") == "Fotoarchiv Meier"


def test_site_notices_around_the_story():
    for line in ("Article content",
                 "Share this story with your friends",
                 "The Valley Gazette is committed to maintaining a respectful forum for "
                 "discussion. Please keep comments civil and on topic.",
                 "By entering your email address, you agree to our Terms of Service and "
                 "Privacy Policy.",
                 "Third-party advertisement. Not a recommendation by Example Markets.",
                 "Risk Warning: Trading leveraged products carries a high level of risk and may "
                 "not be suitable for every investor, so you could lose more than you deposit.",
                 "Example Data Ltd would like to remind you that the data contained in this "
                 "website is not necessarily real-time nor accurate.",
                 "Die Morgenpost als E-Paper: Die ganze Ausgabe schon am Vorabend lesen."):
        assert chrome_kind(line), line
    for prose in ("The ministry is committed to maintaining a safe environment for pupils, "
                  "the minister said.",
                  "Article content on the site was removed after complaints, the regulator "
                  "said.",
                  "By signing the deal, the country agreed to cut emissions by half.",
                  "Share prices in the company rose by 5% on Tuesday."):
        assert chrome_kind(prose) is None, prose
