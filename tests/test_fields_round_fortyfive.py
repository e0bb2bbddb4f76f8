"""Date and place classes found with bench/dev_set45 (a retired held-out set, now a
development set): a crawler's stamp without a zone that is UTC in all but name, and two
towns joined by "and" in one capitalised run. One guard each, written on synthetic text,
with near misses that must stay as they are."""

from __future__ import annotations

import orjson

from transforms import geo
from transforms.decode import decode_payload
from transforms.process import process_record

LEAD = ("The county will add two express bus routes to the airport next month, "
        "transit officials said Tuesday.")
MORE = ("The routes will run every 20 minutes at peak times.\n\n"
        "Officials said the buses would use the new lanes on the freeway.")


def _article(record: dict) -> dict:
    data = orjson.dumps(record)
    raw = decode_payload("record.json", data)[0]
    kind, article = process_record(raw, "m49-region")
    assert kind == "article", article
    return article


def _bus_story(stamp: str) -> dict:
    return _article({
        "url": "https://www.valleyherald.example.com/news/express-buses-to-airport/",
        "title": "Express buses to link suburbs with the airport",
        "date_publish": stamp,
        # The page's own date line shows no clock (4 March 2025 was a Tuesday).
        "maintext": f"JANE ROE Associated Press\nMar 4, 2025\n{LEAD}\n\n{MORE}",
    })


def test_a_zoneless_stamp_in_the_small_hours_after_the_pages_date_line_is_utc():
    # An evening story in the Americas, stamped in UTC without saying so.
    assert _bus_story("2025-03-05 03:15:00")["date"] == "2025-03-04"
    # Near misses: a stamp mid-afternoon the day after is the publisher's own clock, and
    # a stamp with a zone of its own (or none but a day) is read as it is.
    assert _bus_story("2025-03-05 15:20:00")["date"] == "2025-03-05"
    assert _bus_story("2025-03-05T03:15:00-05:00")["date"] == "2025-03-05"
    assert _bus_story("2025-03-05")["date"] == "2025-03-05"


def test_two_towns_of_one_country_joined_by_and_both_count():
    assert geo.places_in_head("New buses between Lautoka and Nadi", language="en") == [
        ("lautoka", "FJ"), ("nadi", "FJ")]
    # Near misses: towns of two countries stay one place (the first, as before), and a
    # company's name that opens with no town adds none.
    assert geo.places_in_head("Ferry between Dover and Calais resumes", language="en") == [
        ("dover", "GB")]
    assert geo.places_in_head("Procter and Gamble opens a plant", language="en") == []
    story = {
        "url": "https://www.islandradio.example.com/resealing-of-lincoln-moore-highway/",
        "title": "Resealing of Lincoln Moore Highway between Lautoka and Nadi to begin",
        "date_publish": "2025-02-10 09:00:00",
        "maintext": ("The roads authority says resealing of the Lincoln Moore Highway between "
                     "Lautoka and Nadi will begin next week.\n\n"
                     "Motorists should expect delays near the airport turn-off, the "
                     "authority said.\n\nThe work is expected to take six months."),
    }
    # A road that opens with a town elsewhere ("Lincoln") names it once; the two towns
    # the story runs between are in one country, and that country wins.
    assert _article(story)["country"] == "FJ"
