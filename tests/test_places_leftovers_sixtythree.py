"""Classes of place failures left on the tuned sets (bench/dev_set42, dev_set54), the field
fresh sets miss most: an Arabic subdivision written in English without its article
("Jahra Governorate" for ISO's "Al Jahrā’"); a Ukrainian or Russian "Greater <city>"
("порти Великої Одеси") after a noun that opens the sentence. One guard each, on
synthetic text, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import geo


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. English copy drops the Arabic article ISO 3166-2 writes before a subdivision ("Al
# Jahrā’", "Al Muthanná", "Ad Dakhiliyah"): the bare name is the subdivision's. Bare names
# that are Arabic words for a direction ("Wusta", central; "Janub", south) stay no place.

_GULF = ("Gulf Courier\nHome\nLocal\n\nNew clinic opens in {place} Governorate\n\n"
         "A new health clinic opened in {place} Governorate on Sunday, the ministry said in a"
         " statement.\n\n"
         "The clinic will serve about 30,000 residents and will open from 7 a.m. to 11 p.m.\n\n"
         "Officials said two more clinics were planned for next year.\n")


def test_arabic_subdivision_without_article_places_story() -> None:
    assert geo.gazetteer().subdivision_country("Jahra Governorate") == "KW"
    assert _article("page.txt", _GULF.format(place="Jahra"))["country"] == "KW"
    assert _article("page.txt", _GULF.format(place="Muthanna"))["country"] == "IQ"
    assert _article("page.txt", _GULF.format(place="Dakhiliyah"))["country"] == "OM"


def test_arabic_direction_word_without_article_is_no_place() -> None:
    assert geo.gazetteer().subdivision_country("Wusta") is None
    assert geo.gazetteer().subdivision_country("Janub Governorate") is None
    assert _article("page.txt", _GULF.format(place="Wusta"))["country"] is None
    # Not the Spanish article: "El Valle" (Dominican Republic) leaves "Valle" alone.
    assert geo.gazetteer().subdivision_country("Valle") != "DO"


# 2. Ukrainian and Russian "Greater <city>" ("Великої Одеси", "Большого Новороссийска") after
# the noun that opens the sentence ("Порти ..."): the city follows the adjective.

_UK = ("Новини\nЕкономіка\n\nПорти {place} нарощують перевалку\n\n"
       "Порти {place} за тиждень перевалили понад мільйон тонн зерна, повідомили в"
       " адміністрації.\n\n"
       "Найбільше відвантажили кукурудзи, частина вантажів пішла до Єгипет.\n\n"
       "В адміністрації кажуть, що порти працюють без перерв.\n")
_RU = ("Новости\n\nПорты {place} увеличили перевалку\n\n"
       "Порты {place} за неделю перевалили более миллиона тонн зерна, сообщили в"
       " администрации.\n\nЧасть грузов ушла в Египет.\n\n"
       "В администрации говорят, что порты работают без перерывов.\n")


def test_greater_city_after_noun_places_story() -> None:
    assert _article("page.txt", _UK.format(place="Великої Одеси"))["country"] == "UA"
    assert _article("page.txt", _RU.format(place="Большого Новороссийска"))["country"] == "RU"


def test_city_named_with_great_is_read_whole() -> None:
    # "Великий Новгород" is the city's whole name: read whole, not as "Greater Novgorod".
    assert _article("page.txt", _UK.format(place="Великий Новгород"))["country"] == "RU"
    assert _article("page.txt", _UK.format(place="Одеси"))["country"] == "UA"
