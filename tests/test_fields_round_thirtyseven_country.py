"""Country classes found with bench/dev_set37 (a retired held-out set, now a development
set): the story's country when the page has no dateline. One guard each, written on
synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


def _country(text: str) -> str | None:
    return _article("a.txt", text)["country"]


_SPANISH = (
    "Empezó la cosecha de manzanas en la región con pocos trabajadores\n\n"
    "Con las primeras variedades tempranas, comenzó en los últimos días la cosecha en las "
    "chacras de la región, en una temporada marcada por la falta de trabajadores.\n\n"
    "Los productores de {towns} aseguran que cada año llegan menos cosechadores de otras "
    "provincias y que el pago por cajón no alcanza.\n\n"
    "Según la cámara de productores de la zona, para levantar la fruta a tiempo harían "
    "falta unas dos mil personas más durante las próximas semanas.\n\n"
    "La región produce la mayor parte de las manzanas del país, que se venden sobre todo "
    "en Brasil, Rusia y Estados Unidos.\n\n"
    "El gobierno provincial anunció un programa para capacitar a jóvenes desocupados como "
    "cosechadores durante el invierno.\n")

_SWEDISH = (
    "Rekordmånga turister i fjällen i vinter\n\n"
    "Aldrig tidigare har så många turister sökt sig till fjällen under vintern, och "
    "antalet gästnätter ökade med nästan en fjärdedel jämfört med förra vintern.\n\n"
    "{first}\n\n"
    "De flesta besökare kommer för att se norrsken, men även hundspann och skidturer "
    "lockar många gäster.\n\n"
    "En stor del av gästerna kommer från Asien och Storbritannien, och de flesta stannar "
    "en vecka eller mer.\n\n"
    "Bristen på bostäder för säsongsanställda gör det svårt för företagen att växa, "
    "säger en företagare som driver en turistanläggning i byn.\n\n"
    "{second}\n")


def test_towns_named_twice_in_one_country_beat_a_list_of_markets():
    # Two towns on a Spanish page, both in Argentina (Balcarce is in no other country
    # where Spanish is spoken): the story is there, not in the first market listed.
    assert _country(_SPANISH.format(towns="Tandil y Balcarce")) == "AR"
    assert geo.country_of_towns_in_text("Los productores de Tandil y Balcarce.", "es") == "AR"
    # Near miss: a story about exports that lists three countries and names no town stays
    # on a country it names.
    assert _country(_SPANISH.format(towns="la zona")) == "BR"
    # Near miss: towns in two countries agree on none.
    assert geo.country_of_towns_in_text("De Tandil y de Rancagua llegan.", "es") is None
    # Near miss: one town named once is not enough.
    assert _country(_SPANISH.format(towns="Tandil")) == "BR"


def test_town_named_twice_beats_a_country_named_once_as_an_origin():
    swedish = _SWEDISH.format(
        first="Enligt siffror från Luleå kommun har beläggningen aldrig varit högre.",
        second="Även Luleå flygplats har haft fler passagerare än någonsin under vintern.")
    assert _country(swedish) == "SE"
    # Near miss: the town named once only; the country named once stays.
    once = _SWEDISH.format(
        first="Enligt siffror från Luleå kommun har beläggningen aldrig varit högre.",
        second="Flera nya hotell och stugbyar planeras i kommunen de närmaste åren.")
    assert _country(once) == "GB"
    # Near miss: a town of the lingua franca's world (London, named twice) on a Swedish
    # page is no town where the page's language is spoken.
    assert geo.country_of_towns_in_text("Från London och sedan London igen.", "sv") is None
    # Near miss: an English page is left to the other rules.
    assert geo.country_of_towns_in_text("From Tandil to Balcarce.", "en") is None
