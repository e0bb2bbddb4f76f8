"""Place resolution, second round: countries' names and nationality words in the page's
own language (CLDR via babel), German city adjectives, the masthead on top of a
plain-text scrape as the site's name. One guard per class, on synthetic text, each
with near misses that must not change."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article

# 1. Country names and nationality words in the page's language ---------------------


def test_country_names_in_the_pages_language():
    counts, _ = geo.country_mentions("Die Regierung in Österreich und Madagaskar", language="de")
    assert counts == {"AT": 1, "MG": 1}
    counts, _ = geo.country_mentions("Die Vanille Madagaskars ist teuer.", language="de")
    assert counts == {"MG": 1}  # the German genitive
    counts, _ = geo.country_mentions("Le gouvernement du Liban et l'Égypte", language="fr")
    assert counts == {"LB": 1, "EG": 1}
    counts, _ = geo.country_mentions("El presidente de Suiza llegó", language="es")
    assert counts == {"CH": 1}


def test_country_names_of_another_language_do_not_count():
    # Only the page's own language: no German names on an English or French page.
    assert not geo.country_mentions("Österreich and Madagaskar", language="en")[0]
    assert not geo.country_mentions("Österreich et Madagaskar", language="fr")[0]
    assert not geo.country_mentions("Österreich", language="xx")[0]  # unknown to CLDR
    # Given names, another country's city and ambiguous words are no country.
    assert not geo.country_mentions("Maurice Dupont a déclaré", language="fr")[0]
    assert not geo.country_mentions("Mauricio Pérez dijo", language="es")[0]
    assert geo.country_mentions("La Alhambra de Granada", language="es")[0] == {}
    assert not geo.country_mentions("El Chad y Georgia", language="es")[0]


def test_nationality_words_in_the_pages_language():
    _, peoples = geo.country_mentions("Die Schweizer Regierung und Österreicherinnen",
                                      language="de")
    assert peoples == {"CH": 1, "AT": 1}
    _, peoples = geo.country_mentions("Les Autrichiens et les Italiennes", language="fr")
    assert peoples == {"AT": 1, "IT": 1}
    # "l'océan Indien" is no Indian; English pages keep their own words only.
    assert not geo.country_mentions("Dans l'océan Indien", language="fr")[1]
    assert not geo.country_mentions("The Schweizer family", language="en")[1]


def test_headline_in_the_pages_language_places_the_story():
    title = "Madagaskar: Vanillebauern leiden unter dem Preisverfall"
    body = "Noch vor drei Jahren galt Vanille als das grüne Gold Madagaskars."
    assert geo.main_place_country(title, body, body, language="de") == "MG"
    title = "Österreich: Regierung beschließt Budget"
    assert geo.main_place_country(title, "Die Regierung hat am Montag", "", language="de") == "AT"
    assert geo.main_place_country(title, body, body, language="en") != "MG"


# 2. City adjectives ---------------------------------------------------------------------


def test_german_city_adjective_names_the_city():
    body = "Die Bregenzer Festspiele haben eine Auslastung von 94 Prozent erreicht."
    assert geo.places_in_head("Bregenzer Festspiele melden Rekord", confirm=body,
                              language="de") == [("bregenzer", "AT")]
    assert geo.places_in_head("Wiener Staatsoper sagt Premiere ab",
                              language="de") == [("wiener", "AT")]
    assert geo.city_of_adjective("Münchner", "de", True).country == "DE"
    # A smaller city's "-en" adjective counts when the text names the city.
    assert geo.city_of_adjective("Göttinger", "de", False, "in Göttingen").country == "DE"


def test_words_shaped_like_city_adjectives_are_no_places():
    for title in ("Bürger Initiative fordert Umbau", "Hammer Zeit für die Liga",
                  "Sender ARD zeigt das Spiel", "Meister Bauer gewinnt"):
        named = [key for key, _ in geo.places_in_head(title, language="de")]
        assert not {"burger", "hammer", "sender", "meister", "bauer"} & set(named), title
    # Not German: no adjective; alone and not named in the text: none either.
    assert geo.places_in_head("Bregenzer Festspiele set record", language="en") == []
    assert geo.city_of_adjective("Göttinger", "de", False) is None
    assert geo.city_of_adjective("Göttinger", "de", True) is None  # -en form, small city


# 3. The masthead of a plain-text scrape -------------------------------------------------

STORY = ("A forestry company has been fined $340,000 after logs from one of its sites "
         "were swept down the river in a storm and piled up against the bridge.\n\n"
         "The company was sentenced in the district court yesterday on two charges "
         "brought by the council under the resource management rules.\n\n"
         "The judge said the company had failed to remove the logs before the storm "
         "arrived, despite warnings from council staff earlier in the year.\n")


def _text_article(text: str) -> dict:
    record = decode_payload("in/page.txt", text.encode())[0]
    assert "stage" not in record, record
    return extract_article(clean_record(record))


def test_masthead_of_a_text_scrape_is_the_site_name():
    menu = "News\nSport\nOpinion\nBusiness\nSubscribe\n\n"
    page = ("The Gisborne Herald\n" + menu
            + "Forestry company fined over logs that damaged bridge\n\n" + STORY)
    assert _text_article(page)["country"] == "NZ"  # a story naming no place at all
    page = ("Tonga Chronicle\n" + menu
            + "Forestry company fined over logs that damaged bridge\n\n" + STORY)
    assert _text_article(page)["country"] == "TO"
    # Near misses: the headline itself on the first line (no menu under it), and a
    # masthead over a story that names its own country.
    page = "Gisborne Herald reports forestry company fined\n\n" + STORY
    assert _text_article(page)["country"] is None
    page = ("The Gisborne Herald\n" + menu
            + "Forestry company fined over logs that damaged bridge\n\n"
            + STORY.replace("in the district court", "in Fiji's district court"))
    assert _text_article(page)["country"] == "FJ"
