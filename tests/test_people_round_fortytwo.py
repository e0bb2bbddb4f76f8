"""Classes of date, agency, author and credit failures found with bench/dev_set42 (a
retired held-out set): a "date of publication" label in languages not yet covered ("Data
publicării:", "Datum objave:"), a stamp line that ends with the comment count ("| 03/06/2025
| 14 Comments"), an outlet's credit "with" a wire ("Example Radio avec AFP") that names the
wire, a broadcaster's corporate name taken for a writer, the wrapper words "Foto di" and
"Foto av", and a credit's source field ("| Zdroj: X", "| Source: X") kept in the credit.
One guard each, written on synthetic text, with a near miss that must stay as it is."""

from __future__ import annotations

import json

from transforms import dates, people
from transforms.clean import _stated_date_lines, _tidy_credit


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_STORY = ("The council approved the new ferry ramp on Tuesday after a long debate over "
          "costs.\n\nOpposition members said the plan did too little for the outlying "
          "islands and asked for a second reading.\n\nThe first sailings would use the "
          "ramp in the spring and the fares would stay the same.\n")


def _html(author: str, credit: str = "Jane Roe") -> str:
    return ("<html lang=\"en\"><head><title>New ferry ramp opens</title></head><body>"
            "<article><h1>New ferry ramp opens</h1>"
            f"<div class=\"author\">{author}</div>"
            "<figure><img src=\"a.jpg\"><figcaption>The new ferry ramp seen from the "
            f"harbour. <span class=\"credit\">{credit}</span></figcaption></figure>"
            + "".join(f"<p>{p}</p>" for p in _STORY.split("\n\n") if p.strip())
            + "</article></body></html>")


# 1. "Date of publication:" in more languages is a published label.

def test_a_date_of_publication_label_in_several_languages():
    for line, rest in (("Data publicării: 14.03.2025 09:20", "14.03.2025 09:20"),
                       ("Datum objave: 14. 3. 2025.", "14. 3. 2025."),
                       ("Data publikacji: 14.03.2025", "14.03.2025"),
                       ("Publication date: 14 March 2025", "14 March 2025")):
        assert _stated_date_lines(line) == [("published", rest)], line
    text = ("Noul pod peste canal a fost deschis\n\nData publicării: 14.03.2025 09:20\n\n"
            "Noul pod peste canal a fost deschis marți pentru traficul rutier din oraș.\n\n"
            "Lucrările au durat doi ani și au costat aproximativ 80 de milioane de lei.\n\n"
            "Primăria spune că podul va reduce aglomerația din centrul orașului.\n")
    assert _article("a.txt", text)["date"] == "2025-03-14"


def test_a_date_of_publication_without_its_colon_is_prose():
    assert _stated_date_lines("Data publicării raportului 14.03.2025 a fost amânată") == []
    assert _stated_date_lines("Datum objave izvještaja 14. 3. 2025. je odgođen") == []


# 2. A stamp line that ends with the comment count still states only a date.

def test_a_stamp_line_with_its_comment_count_is_a_date_line():
    assert dates.is_date_line("| 14/03/2025 | 12 Comments") is not None
    assert dates.is_date_line("14.03.2025 · 3 Kommentare") is not None
    assert dates.is_date_line("14 March 2025 | 1 comment") is not None


def test_comments_without_a_count_or_in_a_sentence_stay():
    assert dates.is_date_line("14 March 2025 | Comments on the plan from residents") is None
    assert dates.is_date_line("Comments closed on 14 March 2025 after complaints") is None


# 3. "<Outlet> with <wire>" ("Example Radio avec AFP") credits the wire with the story.

def test_an_outlets_credit_with_a_wire_names_the_wire():
    assert people.with_wire("Radio Nord avec AFP") == "AFP"
    assert people.with_wire("Jane Roe with Reuters") == "Reuters"
    assert _article("a.html", _html("Radio Nord avec AFP"))["agency"] == "AFP"
    assert _article("a.html", _html("Valley Post con EFE"))["agency"] == "EFE"


def test_with_someone_who_is_no_wire_names_no_wire():
    assert people.with_wire("Con Coughlin") is None
    assert people.with_wire("Jane Roe with John Doe") is None
    assert _article("a.html", _html("Jane Roe with John Doe"))["agency"] is None


# 4. A broadcaster's corporate name is not a person.

def test_a_broadcasters_corporate_name_is_no_writer():
    for name in ("Nordland Télévisions", "Valley Television", "Bayrischer Rundfunk",
                 "Island Broadcasting Corporation", "Televizija Dolina"):
        assert people.clean_name(name) is None, name
    page = _article("a.html", _html("Jane Roe</div><div class=\"author\">Nordland Télévisions"))
    assert page["authors"] == ["Jane Roe"]


def test_a_name_that_only_starts_like_a_broadcaster_word_stays():
    assert people.clean_name("Telesphore Martin") == "Telesphore Martin"
    assert people.clean_name("Radio Castillo") == "Radio Castillo"


# 5. "Foto di X" (Italian) and "Foto av X" (Scandinavian) wrap a credit as "Photo by" does.

def test_photo_by_in_italian_and_scandinavian_is_a_wrapper():
    assert _tidy_credit("Foto di Carla Neri") == "Carla Neri"
    assert _tidy_credit("Foto av Kari Nordmann") == "Kari Nordmann"
    page = _article("a.html", _html("Jane Roe", credit="Foto di Carla Neri"))
    assert page["captions"][0]["credit"] == "Carla Neri"


def test_a_name_that_opens_with_di_keeps_it():
    assert _tidy_credit("Foto Di Stefano") == "Di Stefano"
    assert _tidy_credit("Di Marco Studio") == "Di Marco Studio"


# 6. A credit's source field ("| Zdroj: X", "| Source: X") is not the credit's part.

def test_a_source_field_after_the_photographer_is_split_off():
    assert _tidy_credit("| Foto: Jana Nováková | Zdroj: Agentura") == "Jana Nováková"
    assert _tidy_credit("Photo: Jane Roe | Source: Reuters") == "Jane Roe"
    assert _tidy_credit("Foto: Jan Kowalski; Źródło: PAP") == "Jan Kowalski"
    page = _article("a.html", _html("Jane Roe", credit="| Foto: Jana Nováková | Zdroj: Agentura"))
    assert page["captions"][0]["credit"] == "Jana Nováková"


def test_a_source_alone_or_a_bar_without_source_stays():
    assert _tidy_credit("Zdroj: Agentura") == "Agentura"
    assert _tidy_credit("Jane Roe | Reuters") == "Jane Roe | Reuters"
    assert _tidy_credit("Jane Roe | Sources Media") == "Jane Roe | Sources Media"


def test_the_json_record_with_a_wire_author():
    record = {"url": "https://www.example.fr/monde/ferry-123", "title": "Nouveau quai",
              "text": _STORY, "language": "en", "published": "2025-03-14",
              "authors": ["Radio Nord avec AFP"], "outlet": "Radio Nord"}
    page = _article("a.jsonl", json.dumps(record))
    assert page["agency"] == "AFP" and page["authors"] == []
