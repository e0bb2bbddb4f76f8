"""Classes of extraction failures found with bench/dev_set22 (the nineteenth held-out set,
retired to a development set) and with the countries every fresh set gets wrong. One
guard each, written on synthetic text, with a near miss that must stay as it is where
one exists."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.extract import extract_article


def _article(payload: str, meta: dict | None = None) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "meta": meta or {}}
    return extract_article(clean_record(record))


def test_abbreviated_saint_in_the_places_own_language_on_a_dateline():
    # GeoNames writes the German town "Sankt Pölten"; datelines write "St. Pölten".
    assert geo.resolve_place("St. Pölten") == ("Sankt Pölten", "AT")
    assert geo.resolve_place("Pto. Montt") == ("Puerto Montt", "CL")
    # The English spelling still comes first where a city has it.
    assert geo.resolve_place("St. Louis") == ("St. Louis", "US")
    assert geo.resolve_place("Mt. Hagen") == ("Mount Hagen", "PG")


def test_dateline_city_in_english_letters():
    # English copy writes Izmir without the Turkish dotted capital.
    assert geo.resolve_place("İZMİR") == ("Izmir", "TR")
    assert geo.resolve_place("İzmir") == ("Izmir", "TR")
    # Other letters a name carries stay as GeoNames writes them.
    assert geo.resolve_place("ESKİŞEHİR") == ("Eskişehir", "TR")


def test_territory_initials_name_its_country():
    assert geo.country_of_site_name("BVI Beacon") == "VG"
    text = ("Residents on the BVI will pay a new tiered water rate from April, the premier "
            "told the House of Assembly on Tuesday.")
    assert geo.countries_in_text(text) == {"VG": 1}
