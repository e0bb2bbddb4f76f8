"""Place classes found with bench/dev_set39 (a retired held-out set, now a development
set) and the older sets' remaining country misses: the story's country when the page has
no usable dateline. One guard each, written on synthetic text, with near misses that
must stay as they are."""

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


_MARKET = (
    "{town} night market moves under a new roof\n\n"
    "Vendors at the {town} night market will trade under a new steel roof from next month, "
    "the mayor's office said on Tuesday.\n\n"
    "The roof covers about 40 stalls and cost $300,000.\n\n"
    "Stallholders have long complained that sudden downpours drove their customers away.\n\n"
    "{extra}\n")


def test_town_named_without_the_kind_geonames_writes_after_it():
    # GeoNames has "Mangilao Village" and "Yigo Village"; their press writes "Mangilao".
    gaz = geo.gazetteer()
    assert gaz.lookup_city("Mangilao").country == "GU"
    assert gaz.lookup_city("Yigo").country == "GU"
    assert _country(_MARKET.format(town="Mangilao", extra="Lights were also added.")) == "GU"
    # Near misses: "Prairie Village" keeps the word in its other names (the word is part of
    # its name), "Oakwood Village" is one of many Oakwoods, "East Village" only generic words.
    assert gaz.lookup_city("Prairie") is None
    assert gaz.lookup_city("Oakwood") is None
    assert gaz.lookup_city("East") is None


_LAKE = (
    "Kyrgyzstan: lakeside guesthouses expect Kazakh visitors in record numbers\n\n"
    "Guesthouses on the southern shore of the lake are adding rooms as visitors from "
    "neighboring Kazakhstan book their summer stays early.\n\n"
    "Owners say the season lasts barely ten weeks.\n\n"
    "{extra}\n")


def test_a_nationality_word_is_no_city_by_another_name():
    # "Kazakh" is one of Petropavl's other names in GeoNames: before a noun it is a people.
    assert geo.places_in_head("Kyrgyzstan: guesthouses expect Kazakh visitors",
                              confirm="Kazakh visitors", language="en") == [
        ("kyrgyzstan", "KG")]
    assert _country(_LAKE.format(extra="A new road has shortened the drive.")) == "KG"
    # Near miss: a city named by another of its names (no people's word) still counts.
    assert geo.places_in_head("Bombay traders brace for the monsoon", confirm="x",
                              language="en") == [("bombay", "IN")]


def test_another_name_of_a_big_city_yields_to_a_town_that_bears_it():
    # "Kolonia" is one of Cologne's other names and the main name of Pohnpei's capital:
    # over a story on Pohnpei, the town.
    pohnpei = _MARKET.format(town="Kolonia",
                             extra="Half of the work was paid for by Pohnpei state.")
    assert _country(pohnpei) == "FM"
    # Near miss: nothing else in the story places it; the big city stays.
    assert _country(_MARKET.format(town="Kolonia", extra="Lights were also added.")) == "DE"


_CROATIAN = (
    "{head} dobiva novu tržnicu\n\n"
    "U gradu je počela gradnja nove tržnice s pedesetak štandova.\n\n"
    "Vrijednost radova procjenjuje se na oko dva milijuna eura.\n\n"
    "{extra}\n\n"
    "Prodavači se nadaju većem prometu tijekom cijele godine.\n")


def test_a_city_adjective_on_a_croatian_page():
    named = _CROATIAN.format(head="Varaždinska četvrt",
                             extra="Gradonačelnik je rekao da Varaždin dugo čeka tržnicu.")
    assert _country(named) == "HR"
    # Near miss: the adjective alone, its city never named and no name after it.
    assert _country(_CROATIAN.format(head="Varaždinska četvrt",
                                     extra="Gradonačelnik je zadovoljan.")) is None


_GREEK = (
    "{head}: Νέος χώρος στάθμευσης κοντά στη μαρίνα\n\n"
    "Νέος δημοτικός χώρος στάθμευσης θα λειτουργήσει κοντά στη μαρίνα{where}, σύμφωνα με "
    "απόφαση του δημοτικού συμβουλίου.\n\n"
    "Το κόστος του έργου υπολογίζεται σε περίπου ένα εκατομμύριο ευρώ.\n\n"
    "Οι εργασίες αναμένεται να ξεκινήσουν τον επόμενο μήνα.\n")


def test_a_greek_city_in_its_cases():
    # The headline's "Λάρνακα" (one of Larnaca's names, in Greek script), the story's
    # "της Λάρνακας" (the same city in another case).
    assert _country(_GREEK.format(head="Λάρνακα", where=" της Λάρνακας")) == "CY"
    # Near miss: the story never names it, in any case: a small city in a headline alone
    # is not confirmed.
    assert _country(_GREEK.format(head="Λάρνακα", where="")) is None


_SLASHED = (
    "{head}: Neue Bibliothek öffnet im Frühjahr\n\n"
    "Die Stadt {where} eröffnet im kommenden Frühjahr eine neue Bibliothek im alten "
    "Bahnhofsgebäude.\n\n"
    "Die Kosten werden auf etwa zwölf Millionen Euro geschätzt.\n\n"
    "Der Gemeinderat wird im Dezember über die Finanzierung abstimmen.\n")


def test_a_town_named_by_its_slashed_short_form():
    # "Esch/Alzette": the first and last words of Esch-sur-Alzette, the town's local form.
    assert geo._slashed_names("Esch/Alzette: Neue Brücke") == "Esch-sur-Alzette: Neue Brücke"
    assert _country(_SLASHED.format(head="Esch/Alzette", where="Esch/Alzette")) == "LU"
    # Near misses: slashed pairs that are no one town's name stay as written.
    assert geo._slashed_names("Züge Kiew/Moskau gestrichen") == "Züge Kiew/Moskau gestrichen"
    assert geo._slashed_names("Bahn/Bus: neue Tarife") == "Bahn/Bus: neue Tarife"
    assert _country(_SLASHED.format(head="Bahn/Bus", where="Bahn/Bus")) is None
