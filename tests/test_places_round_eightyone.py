"""Classes of places missed on bench/dev_set80 (a retired held-out set, tuned on once it
was retired): a country's name that ends a town's name of another country after a link
word ("Port of Spain" is in Trinidad and Tobago, no vote for Spain); a headline's
lower-case adjective of the site's own home city ("les commerçants genevois") over a
story of its people shopping across the border, on the home country's domain.
Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms import geo


def test_country_name_closing_a_town_name():
    text = "Taxi drivers in Port of Spain want a fare increase before Carnival."
    assert geo.places_in_head(text, common=text, language="en") == [("port of spain", "TT")]
    counts, _ = geo.country_mentions(text, language="en")
    assert "ES" not in counts
    body = "Fishermen near Port of Spain said catches fell this month."
    assert geo.main_place_country("Catches fall", body, body, language="en") == "TT"


def test_country_name_closing_a_town_name_near_misses():
    # No town of that name: the country counts as before; Spain alone is Spain.
    counts, _ = geo.country_mentions("The Bank of Spain raised its forecast.", language="en")
    assert counts["ES"] == 1
    counts, _ = geo.country_mentions("Tourists from Spain arrived.", language="en")
    assert counts["ES"] == 1


_LEAD = ("Les automobilistes genevois passent la frontière pour faire le plein en "
         "France, où l'essence coûte moins cher.")
_BODY = _LEAD + "\n\nÀ Annemasse, les stations sont pleines le samedi."


def _mentions(body):
    return geo.country_mentions(body, language="fr")[0]  # as the pipeline counts them


def test_home_city_adjective_on_home_domain():
    title = "Les automobilistes genevois font le plein en France"
    assert geo.main_place_country(title, _LEAD, _BODY, url="https://www.example.ch/a",
                                  language="fr", mentions=_mentions(_BODY)) == "CH"


def test_home_city_adjective_near_misses():
    title = "Les automobilistes genevois font le plein en France"
    # On a French domain the adjective is no home city: France as before.
    assert geo.main_place_country(title, _LEAD, _BODY, url="https://www.example.fr/a",
                                  language="fr", mentions=_mentions(_BODY)) == "FR"
    # A Swiss site's French story without the home city's adjective stays French.
    body = "Les automobilistes passent à Annemasse, en France, pour faire le plein."
    assert geo.main_place_country("Les automobilistes font le plein en France", body, body,
                                  url="https://www.example.ch/a", language="fr",
                                  mentions=_mentions(body)) == "FR"
    # The adjective the story never writes again votes for nothing.
    body = "Les automobilistes passent la frontière vers Annemasse, en France."
    assert geo.main_place_country(title, body, body, url="https://www.example.ch/a",
                                  language="fr", mentions=_mentions(body)) == "FR"
