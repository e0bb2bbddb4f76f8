"""Classes of extraction failures found with bench/dev_set28 (the twenty-fifth held-out
set, retired to a development set), and general reasons for wrong countries and wrong
authors. One guard each, written on synthetic text, with a near miss that must stay as
it is."""

from __future__ import annotations

from transforms.clean import clean_record
from transforms.extract import extract_article


def _article(payload: str, fields: dict | None = None) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "fields": fields or {}}
    return extract_article(clean_record(record))


def test_provinces_name_opening_an_institutions_name_is_no_place():
    text = ("Leinster Clinic opens a new maternity ward\n\n"
            "Leinster Clinic in Gaborone has opened a new maternity ward with forty beds, "
            "the health ministry said.\n\n"
            "Nurses said the ward would ease crowding in the old wing.\n")
    assert _article(text)["country"] == "BW"
    # The province alone is still the place it names.
    alone = ("Farmers count flood losses\n\n"
             "Farmers in Leinster counted their losses after the river burst its banks.\n\n"
             "The council said repairs would take months.\n")
    assert _article(alone)["country"] == "IE"
