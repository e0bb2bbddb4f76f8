"""Classes of extraction failures found with bench/dev_set26 (the twenty-third held-out
set, retired to a development set), and general reasons for wrong countries. One guard
each, written on synthetic text, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.extract import extract_article


def _article(payload: str, fields: dict | None = None) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "fields": fields or {}}
    return extract_article(clean_record(record))


def test_city_whose_main_name_carries_its_disambiguator():
    text = ("Stadtwerke erneuern Straßenbahngleise\n\n"
            "Halle (dpa/sa) - Die Stadtwerke wollen in diesem Sommer mehrere Kilometer "
            "Straßenbahngleise erneuern, wie ein Sprecher am Dienstag mitteilte.\n\n"
            "Die Arbeiten sollen bis zum Herbst abgeschlossen sein.\n")
    article = _article(text)
    assert article["dateline"]["city"] == "Halle (Saale)"
    assert article["country"] == "DE"
    # A disambiguated city that is not the biggest namesake stays behind it.
    assert geo.resolve_place("Frankfurt", "de") == ("Frankfurt am Main", "DE")


def test_run_made_of_openers_only_names_no_place():
    text = ("Weed harvester returns to the lake\n\n"
            "The City of Ballarat's weed harvester is back on the lake after a winter "
            "refit, the council said on Monday.\n\n"
            "Rowers had complained about weed tangling their boats last summer.\n")
    assert _article(text)["country"] == "AU"
    # An opener that is part of a city's name still names it ("La Paz").
    assert ("la paz", "BO") in geo.places_in_head("La Paz prepara su carnaval", language="es")


def test_swiss_canton_named_with_its_kind():
    text = ("Gemeinden investieren in neue Reservoirs\n\n"
            "Die Wasserversorgungen im Kanton Zug wollen in den nächsten Jahren rund "
            "60 Millionen Franken in neue Reservoirs investieren.\n\n"
            "Die trockenen Sommer hätten gezeigt, dass einzelne Quellen an ihre Grenzen "
            "stossen, heisst es in einem Bericht.\n")
    # "Kanton" is also an old name of Guangzhou: here it is the canton's kind.
    article = _article(text, {"url": "https://www.zeitung.example.ch/zug/reservoirs-1"})
    assert article["country"] == "CH"


_OLIVE_BODY = ("Olive presses in the northern governorate have started receiving the new "
               "harvest, with owners reporting higher oil yields than last year.\n\n"
               "The ministry said inspectors would visit the presses every day during the "
               "season.\n")


def test_byline_of_the_papers_initials_with_a_glued_comma_stamp():
    text = ("Olive presses report higher yields\n\n"
            "By KT - Nov 3,2024 - Last updated at Nov 4,2024\n\n" + _OLIVE_BODY)
    article = _article(text)
    assert article["date"] == "2024-11-03"
    assert article["authors"] == []
    assert "By KT" not in article["body"]
    # A writer's byline with the same stamp keeps the writer.
    named = _article("Olive presses report higher yields\n\n"
                     "By Rana Haddad - Nov 3,2024 - Last updated at Nov 4,2024\n\n" + _OLIVE_BODY)
    assert named["authors"] == ["Rana Haddad"] and named["date"] == "2024-11-03"


_COPRAH_BODY = ("Le conseil des ministres a validé une hausse du prix d'achat du coprah pour "
                "les producteurs des îles éloignées.\n\n"
                "La mesure doit soutenir un secteur qui fait vivre plusieurs milliers de "
                "familles, a précisé le ministre.\n")


def test_french_written_by_byline_with_its_stamp():
    text = ("Le prix du coprah revalorisé\n\n"
            "Rédigé par Tavita Marere le Lundi 3 Mars 2025 à 09:15\n\n" + _COPRAH_BODY)
    article = _article(text)
    assert article["authors"] == ["Tavita Marere"]
    assert article["date"] == "2025-03-03"
    # A story sentence that opens with "Par" stays in the body.
    other = _article("Le prix du coprah revalorisé\n\n" + _COPRAH_BODY
                     + "\nPar ailleurs, les producteurs de vanille attendent une aide.\n")
    assert other["authors"] == [] and "Par ailleurs" in other["body"]


def test_wire_signed_off_by_its_long_name_and_short_name_in_brackets():
    text = ("Olive presses report higher yields\n\n" + _OLIVE_BODY
            + "\n— Kuwait News Agency (KUNA)\n")
    article = _article(text)
    assert article["agency"] == "KUNA"
    assert "Kuwait News Agency" not in article["body"]
    # A writer's name with a bracketed note is no wire's sign-off.
    plain = _article("Olive presses report higher yields\n\n" + _OLIVE_BODY
                     + "\n— Rana Haddad (Amman)\n")
    assert plain["agency"] is None


def test_wire_and_paper_initials_signoff():
    text = ("Olive presses report higher yields\n\n" + _OLIVE_BODY + "\nVNA/VNS\n")
    article = _article(text)
    assert article["agency"] == "VNA"
    assert "VNA/VNS" not in article["body"]
    # Initials that are no known wire's credit nothing.
    assert _article("Olive presses report higher yields\n\n" + _OLIVE_BODY
                    + "\nQZX/VNS\n")["agency"] is None


def test_dateline_namesake_in_the_country_of_the_other_places_named():
    text = ("El hospital reabre sus quirófanos\n\n"
            "SANTIAGO. El hospital regional reabrió este martes cuatro quirófanos que "
            "estuvieron cerrados durante ocho meses por trabajos de remodelación.\n\n"
            "El centro atiende a pacientes de las provincias cercanas, como Puerto Plata "
            "y Valverde, informó la dirección.\n")
    article = _article(text)
    assert article["dateline"]["city"] == "Santiago de los Caballeros"
    assert article["country"] == "DO"
    # With no other place named, the biggest Santiago stays.
    alone = _article("El hospital reabre sus quirófanos\n\n"
                     "SANTIAGO. El hospital regional reabrió este martes cuatro quirófanos "
                     "que estuvieron cerrados durante ocho meses.\n\n"
                     "La obra incluyó nuevos equipos de anestesia, informó la dirección.\n")
    assert alone["country"] == "CL"


def test_territory_named_by_its_main_island():
    text = ("Les producteurs de vanille attendent une aide\n\n" + _COPRAH_BODY
            + "\nL'huilerie de Tahiti a reçu moins de coprah cette année.\n")
    assert _article(text)["country"] == "PF"
    # A story naming no place stays without a country.
    assert _article("Les producteurs de vanille attendent une aide\n\n"
                    + _COPRAH_BODY)["country"] is None
