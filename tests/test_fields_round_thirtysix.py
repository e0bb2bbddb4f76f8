"""Classes of extraction failures found with bench/dev_set36 (the thirty-third held-out
set, retired to a development set). One guard each, written on synthetic text, with a near
miss that must stay as it is."""

from __future__ import annotations

import datetime as dt
import json

from transforms import geo
from transforms.clean import _stated_date_lines
from transforms.dateline import find_dateline
from transforms.dates import dates_in_text


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_MENU = "Home\nNews\nSport\nBusiness\nOpinion\nWeather\n\n"


def test_romanian_and_south_slavic_stamp_lines_date_the_page():
    page = ("Valea Nouă\n" + _MENU.replace("\n\n", "\n")
            + "\nPodul nou de peste râu se deschide în aprilie\n\nde Ioana Radu\n\n"
            "Publicat: 4 martie 2024, 09:10\nUltima actualizare: 5 martie 2024, 11:00\n\n"
            "Primăria a anunțat marți că lucrările la podul nou sunt aproape gata.\n\n"
            "Consilierii locali au aprobat bugetul pentru ultima etapă a proiectului.\n\n"
            "Traficul va fi deviat pe străzile vecine până la deschidere.\n")
    assert _article("a.txt", page)["date"] == "2024-03-04"
    assert dates_in_text("3 iun. 2025") == [dt.date(2025, 6, 3)]
    assert _stated_date_lines("Objavljeno: 03.05.2025. u 14:20") == [
        ("published", "03.05.2025. u 14:20")]
    assert _stated_date_lines("Ažurirano: 04.05.2025. u 09:00")[0][0] == "updated"
    # Near misses: a sentence that opens with a longer word is prose, not a stamp.
    assert _stated_date_lines("Publicația a apărut pe 4 martie 2024 cu un tiraj mare.") == []
    assert _stated_date_lines("Actualizatorul a fost lansat pe 4 martie 2024.") == []


def test_month_stop_glued_to_day_and_year():
    assert dates_in_text("Posted on : Mar.4,2024 09:10 KST") == [dt.date(2024, 3, 4)]
    assert dates_in_text("Nov.30, 2023") == [dt.date(2023, 11, 30)]
    page = ("The Valley Daily\n" + _MENU
            + "Harbour ferry adds night crossings\n\n"
            "Posted on : Mar.4,2024 09:10 KST Modified on : Mar.4,2024 09:10 KST\n\n"
            "The harbour ferry will run two more crossings at night from next month, the "
            "operator said.\n\nThe new crossings will leave at ten and at midnight.\n\n"
            "Tickets will cost the same as during the day.\n")
    assert _article("a.txt", page)["date"] == "2024-03-04"
    # Near misses: no year, or a word that is no month before the stop.
    assert dates_in_text("in Mar.4,20 votes were cast") == []
    assert dates_in_text("Ref.4,2024 of the council") == []


def test_bracketed_country_in_the_pages_language_qualifies_the_dateline():
    found = find_dateline("Valence (Espagne) (AFP) - Les pompiers ont maîtrisé l'incendie.")
    assert found.place == "Valence, Espagne"
    assert geo.resolve_place(found.place, "fr") == ("Valencia", "ES")
    # A country's name in the page's language before a subdivision's (France's FR-NC).
    assert geo.resolve_place("Koumac, Nouvelle-Calédonie", "fr")[1] == "NC"
    story = ("<html lang=\"fr\"><head><title>Un incendie maîtrisé près du port</title></head>"
             "<body><article><h1>Un incendie maîtrisé près du port</h1>"
             "<p>Valence (Espagne) (AFP) - Les pompiers ont maîtrisé mardi un incendie dans un "
             "entrepôt près du port, ont annoncé les autorités locales.</p>"
             "<p>Aucun blessé n'a été signalé, selon les secours.</p>"
             "<p>Les causes de l'incendie ne sont pas encore connues.</p>"
             "</article></body></html>")
    assert _article("a.html", story)["country"] == "ES"
    # Near misses: a bracket that names no place leaves the city alone, read as before.
    other = find_dateline("Valence (envoyé spécial) (AFP) - Les pompiers ont maîtrisé le feu.")
    assert other.place == "Valence"
    assert geo.resolve_place(other.place, "fr") == ("Valence", "FR")


def test_place_line_of_a_newsroom_then_its_city():
    # "Pasco" is a city in the US and a region of Peru: after a newsroom's name it is the city.
    assert geo.resolve_place_line("Valley Radio News, Pasco") == ("Pasco", "US")
    # Near misses: a small town, then a region the story's country has, stays in that
    # region; a country after the comma stays the country.
    assert geo.resolve_place_line("Yanahuanca, Pasco", evidence=frozenset({"PE"}))[1] == "PE"
    assert geo.resolve_place_line("Valley Radio News, Georgia") == geo.resolve_place(
        "Valley Radio News, Georgia")


def test_site_named_after_a_small_town_the_story_names():
    text = ("Tennant Creek council has reopened the public pool after repairs. The Tennant "
            "Creek pool had been closed since March.")
    assert geo.country_of_site_town("Tennant Creek Chronicle", text) == "AU"
    assert geo.country_of_site_town("The Tennant Creek Chronicle", text) == "AU"
    # Near misses: a story that does not name the town, and a town's name that several
    # countries share.
    assert geo.country_of_site_town("Tennant Creek Chronicle", "The pool has reopened.") is None
    assert geo.country_of_site_town("Springfield Chronicle",
                                    "Springfield council reopened the pool.") is None


def test_shared_nationality_in_site_name_picks_the_namesake():
    evidence = geo.site_name_evidence("The Dominican Herald")
    assert evidence == {"DO", "DM"}
    assert geo.resolve_place("Santiago", "en", evidence) == ("Santiago de los Caballeros", "DO")
    record = {"title": "Bus lanes open in the city centre", "hostname": "herald.example.com",
              "source-hostname": "The Dominican Herald", "date": "2024-03-04",
              "language": "en", "url": "https://herald.example.com/local/bus-lanes/",
              "text": "Santiago.- New bus lanes opened on Monday in the city centre, the "
                      "transport office said.\nThe lanes will cut travel times by a third.\n"
                      "Drivers who use them will be fined."}
    article = _article("a.json", json.dumps(record))
    assert article["country"] == "DO"
    # Near misses: a nationality one country holds adds nothing; without the site's word
    # the dateline stays Santiago de Chile.
    assert geo.site_name_evidence("The Valley Herald") == frozenset()
    assert geo.resolve_place("Santiago", "en") == ("Santiago", "CL")
