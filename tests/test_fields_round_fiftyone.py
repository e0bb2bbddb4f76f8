"""Place classes found with bench/dev_set51 (a retired held-out set, now a development
set): a wire dateline whose place is a municipality named after its seat, a town below
the main index's size ("Postojna, 3. junija (STA) -"); the publication's name and its
city on a line of their own above the lead ("Harbour Gazette – Tripoli"); an Arabic
dateline, the city in Arabic script, a dash, the publication and a colon; and a Romanian
town written with its joined article ("Clujul") or after its kind ("Municipiul Cluj").
One guard each, written on synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.dateline import find_dateline
from transforms.extract import extract_article


def _text_article(payload: str) -> dict:
    record = {"id": "t", "source": {"uri": "t.txt", "format": "text"}, "format": "text",
              "payload": payload, "meta": {}}
    return extract_article(clean_record(record))


_SLOVENIAN = ("Novice\n\nNov most čez reko bo odprt poleti\n\n"
              "{lead}\n\n"
              "Dela so se začela lani jeseni in bodo stala približno štiri milijone evrov.\n\n"
              "Most bo imel tudi kolesarsko stezo in pločnik za pešce na obeh straneh.")


def test_a_municipality_dateline_names_its_seat():
    lead = ("Postojna, 3. junija (STA) - Občinski svet je v torek potrdil gradnjo novega "
            "mostu čez reko, ki bo povezal obe strani mesta.")
    article = _text_article(_SLOVENIAN.format(lead=lead))
    assert article["dateline"]["city"] == "Postojna"
    assert article["country"] == "SI"
    # Near misses: a date after the town in a story's sentence is no dateline, and the
    # seat is asked only for a municipality, never for a country's name.
    assert find_dateline("Postojna, 3. junija je bila polna obiskovalcev iz vse države.") is None
    assert geo.subdivision_seat("Mexico", "MX") is None
    assert geo.subdivision_seat("Postojna", "HR") is None


_OUTLET_LINE = ("City council starts repairing water network in eastern districts\n\n"
                "27/05/2025\n\n{line}\n\n"
                "The city council has begun repairing the drinking water network in several "
                "eastern districts, where many homes have had no regular supply for years.\n\n"
                "The works include replacing about ten kilometres of damaged pipes, the "
                "council said in a statement.\n\n"
                "Residents said water reaches their homes only twice a week.")


def test_a_publication_and_city_line_above_the_lead_is_the_dateline():
    article = _text_article(_OUTLET_LINE.format(line="Harbour Gazette – Tripoli"))
    assert article["dateline"]["city"] == "Tripoli"
    # Near misses: a line whose second half is no city ("London calling"), and two
    # places, not a publication and a place.
    article = _text_article(_OUTLET_LINE.format(line="Reuters – London calling"))
    assert (article["dateline"] or {}).get("city") is None
    assert find_dateline("Manchester United – Liverpool – The match ended level.") is None


def test_an_arabic_dateline_city_then_publication_and_colon():
    found = find_dateline("حلب - الصحيفة المحلية: افتتحت البلدية اليوم سوقا جديدا في المدينة.")
    assert found is not None and (found.city, found.country) == ("Aleppo", "SY")
    # Near miss: words before the dash that name no city are no dateline.
    assert find_dateline("الحكومة - الوزارة: قالت الوزارة إن العمل سيبدأ غدا.") is None


_ROMANIAN = ("Actualitate\n\n{title}\n\n"
             "{lead}\n\n"
             "Autobuzele au podea joasă și rampe pentru persoanele în scaun cu rotile.\n\n"
             "Potrivit primăriei, valoarea contractului este de aproximativ 40 de milioane.\n\n"
             "{tail}")


def test_a_romanian_town_with_its_article_or_its_kind():
    article = _text_article(_ROMANIAN.format(
        title="Clujul primește 15 autobuze noi",
        lead="Municipiul Cluj a primit 15 autobuze noi, cumpărate din bugetul local.",
        tail="Cele vechi, care circulă în Cluj de peste 20 de ani, vor fi casate."))
    assert article["country"] == "RO"
    # Near miss: a story on a town in Romania that names Chișinău only as where a new
    # line goes stays in Romania.
    article = _text_article(_ROMANIAN.format(
        title="Ieșenii primesc o nouă linie de autobuz",
        lead="Municipiul Iași a primit 15 autobuze noi, cumpărate din bugetul local.",
        tail="O parte dintre ele vor circula pe linia nouă spre Chișinău."))
    assert article["country"] == "RO"
    assert geo.places_in_head("Guvernul aprobă bugetul", confirm="Guvernul a spus că "
                              "guvernul va plăti.", language="ro") == []
