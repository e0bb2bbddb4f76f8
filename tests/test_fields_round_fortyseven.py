"""Place classes found with bench/dev_set47 (a retired held-out set, now a development
set): a dateline whose hyphen is closed up to the city ("Srinagar- The ..."), and a story
with no dateline and no country named whose towns and regions, named in the page's own
language, place it. One guard each, written on synthetic text, with near misses that
must stay as they are."""

from __future__ import annotations

from transforms.clean import clean_record
from transforms.dateline import find_dateline
from transforms.extract import extract_article


def _text_article(payload: str) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "meta": {}}
    return extract_article(clean_record(record))


def test_hyphen_closed_up_to_the_city_is_a_dateline():
    found = find_dateline("Lahore- The city's transport authority will add forty buses "
                          "to its fleet before the summer, officials said on Monday.")
    assert found is not None and (found.city, found.country) == ("Lahore", "PK")
    # Near misses: a hyphenated story word, a road between two cities, a pair of cities.
    assert find_dateline("Lahore-Islamabad motorway was closed for six hours on Monday "
                         "after thick fog cut visibility.") is None
    assert find_dateline("Anglo- French talks on fishing rights resumed on Monday.") is None
    assert find_dateline("Delhi- Mumbai Expressway will open to traffic next month, "
                         "officials said.") is None


_DUTCH = ("Stadsnieuws\n\nMinder inbraken in {region} dit jaar\n\n{date}\n\n"
          "Het aantal woninginbraken in {region} is vorig jaar opnieuw gedaald, blijkt uit "
          "cijfers van de politie.\n\n"
          "Vooral in {town} daalde het aantal inbraken sterk, met bijna een vijfde.\n\n"
          "De politie wijst op betere sloten en meer camera's in de wijken.")


def test_towns_and_regions_in_the_pages_language_place_a_story_without_a_country():
    article = _text_article(_DUTCH.format(region="Vlaanderen", town="Antwerpen",
                                          date="4 maart 2025"))
    assert (article["country"], article["region"]) == ("BE", "europe")
    # Near miss: one town named once, no region, no country: nothing to place it by.
    article = _text_article(_DUTCH.replace("in {region} dit jaar", "dit jaar").replace(
        "in {region} is", "is").format(town="Antwerpen", date="4 maart 2025"))
    assert article["country"] is None


_FRENCH = ("Journal des îles\n\nUn nouveau quai pour les navettes de {island}\n\n"
           "2 avril 2025\n\n"
           "Les travaux du nouveau quai de {island} commenceront en mai, a annoncé la "
           "province des îles Loyauté.\n\n"
           "Le bateau relie l'île à Nouméa trois fois par semaine.\n\n"
           "Le chantier doit durer six mois.")


def test_a_region_endonym_after_a_lower_case_word_counts_with_the_towns():
    article = _text_article(_FRENCH.format(island="Wakoné"))
    assert (article["country"], article["region"]) == ("NC", "oceania")
    # Near miss: the same page without the province: one town named once is not enough.
    article = _text_article(_FRENCH.replace("a annoncé la province des îles Loyauté",
                                            "a annoncé la mairie").format(island="Wakoné"))
    assert article["country"] is None
