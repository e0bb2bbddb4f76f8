"""Classes of extraction failures found with bench/dev_set28 (the twenty-fifth held-out
set, retired to a development set), and general reasons for wrong countries and wrong
authors. One guard each, written on synthetic text, with a near miss that must stay as
it is."""

from __future__ import annotations

import datetime as dt

from transforms import dates, geo, people
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


_WORKS_BODY = ("Las obras del nuevo pabellón han superado la mitad de su ejecución y el "
               "calendario se mantiene para la próxima temporada.\n\n"
               "Así lo explicaron este martes los responsables del proyecto durante una "
               "visita a las obras.\n\n"
               "El presupuesto asciende a unos 40 millones de euros.\n")


def test_city_alone_under_the_byline_is_where_the_writer_files_from():
    text = ("Las obras del nuevo pabellón mantienen el plazo\n\nMarta Olivares\n\n"
            "Valladolid\n\n" + _WORKS_BODY)
    article = _article(text, {"language": "es"})
    assert article["authors"] == ["Marta Olivares"]
    assert article["country"] == "ES"
    # Without a byline above it, a lone city line above the lead is page furniture.
    bare = "Las obras del nuevo pabellón mantienen el plazo\n\nValladolid\n\n" + _WORKS_BODY
    assert _article(bare, {"language": "es"})["country"] is None


_PARK_BODY = ("Национальный парк за лето посетили около полумиллиона человек, это на 10 "
              "процентов больше, чем годом ранее.\n\n"
              "Плата за въезд на территорию парка не менялась.\n\n"
              "Осенью поток туристов обычно снижается.\n")


def test_text_label_byline_with_the_writers_city_in_brackets():
    text = ("Нацпарк за лето посетили полмиллиона туристов\n\n"
            "Текст: Ирина Соколова (Новосибирск)\n\n" + _PARK_BODY)
    article = _article(text)
    assert article["authors"] == ["Ирина Соколова"]
    assert article["country"] == "RU"
    # A wire in the brackets stays the wire, not a place.
    wired = ("Нацпарк за лето посетили полмиллиона туристов\n\n"
             "Автор: Ирина Соколова (ТАСС)\n\n" + _PARK_BODY)
    article = _article(wired)
    assert article["authors"] == ["Ирина Соколова"]
    assert article["agency"] == "TASS"
    assert article["country"] is None


def test_stamp_line_with_a_two_digit_year():
    assert dates.is_date_line("07-02-25, 09:14") == dt.date(2025, 2, 7)
    assert dates.is_date_line("07.02.25 09:14") == dt.date(2025, 2, 7)
    # Without its clock, or inside a sentence, a two-digit triple is no date.
    assert dates.is_date_line("07-02-25") is None
    assert dates.dates_in_text("The final ended 07-02-25, 09:14 into extra time.") == []


def test_german_two_letter_weekday_before_a_date_line():
    assert dates.is_date_line("Fr., 08.03.2024, 10:12 Uhr") == dt.date(2024, 3, 8)
    assert dates.is_date_line("vr 08-03-2024 10:12") == dt.date(2024, 3, 8)
    # Any other short word before the date keeps the line from being a date line.
    assert dates.is_date_line("Az., 08.03.2024, 10:12 Uhr") is None


def test_bare_byline_with_a_surnames_particles():
    assert people.bare_byline_name("Pieter van der Linde") == "Pieter van der Linde"
    assert people.bare_byline_name("Lotte de Wit") == "Lotte de Wit"
    text = ("Gemeente verlengt proef met deelfietsen\n\nLotte de Wit\n\n"
            "De gemeente verlengt de proef met deelfietsen in de binnenstad met een jaar, "
            "zo heeft het college besloten.\n\n"
            "Het aantal ritten steeg vorig jaar met een kwart.\n")
    assert _article(text, {"language": "nl"})["authors"] == ["Lotte de Wit"]
    # A section's words joined by a conjunction are no name.
    assert people.bare_byline_name("Ciencia y Cultura") is None


_COUNCIL_BODY = ("The council will start charging households for water above a free "
                 "allowance from July, the mayor said on Tuesday.\n\n"
                 "Ratepayers can ask for a leak check before the first bill.\n")


def _json_article(authors: list[str], url: str) -> dict:
    fields = {"title": "Ratepayers face water charges", "authors": authors, "url": url,
              "language": "en"}
    return _article("Ratepayers face water charges\n\n" + _COUNCIL_BODY, fields)


def test_site_name_in_the_author_field_spelled_by_the_host():
    url = "https://www.valley-echo.example.co.nz/news/ratepayers-face-water-charges/"
    assert _json_article(["Ana Pereira", "Tararua Valley-Echo"], url)["authors"] == [
        "Ana Pereira"]
    url = "https://ribera.example.com.ar/noticias/ratepayers"
    assert _json_article(["Ribera AR"], url)["authors"] == []
    # A writer whose surname is a short label of the host stays a writer.
    url = "https://www.kite.example.co.nz/2025/ratepayers"
    assert _json_article(["Mere Kite"], url)["authors"] == ["Mere Kite"]


def test_paper_name_of_articled_words_is_no_writer():
    assert people.author_field_names("Al-Sharq Al-Awsat") == []
    assert people.author_field_names("El-Khabar El-Yawmi") == []
    # A given name before the articled surname: a person.
    assert people.author_field_names("Karim Al-Masri") == ["Karim Al-Masri"]


def test_namesake_that_is_the_seat_of_a_subdivision_of_its_name():
    text = ("Feira do mel bate recorde de visitantes\n\n"
            "Santarém, 14 mai 2025 (Lusa) – A feira do mel recebeu este ano cerca de 40 mil "
            "visitantes, disse a organização.\n\n"
            "Portugal exporta parte da produção para o Brasil e para Espanha.\n")
    article = _article(text, {"language": "pt"})
    assert article["country"] == "PT"
    # With only one namesake's country named, that country's namesake stays.
    assert geo.resolve_place("Santarém", "pt", frozenset({"BR"})) == ("Santarém", "BR")


def test_place_after_the_last_link_of_a_long_name():
    body = ("A Feira do Vinho de Coimbra fechou com 90 mil visitantes, disse a câmara.\n\n"
            "Os produtores venderam na feira mais do que no ano passado.\n")
    text = "Feira do Vinho de Coimbra bate recorde\n\n" + body
    assert _article(text, {"language": "pt"})["country"] == "PT"
    assert geo.places_in_head("Feira do Vinho de Coimbra bate recorde", confirm=body,
                              language="pt") == [("coimbra", "PT")]
    # A name whose last word is no place names none.
    assert geo.places_in_head("Feira do Vinho de Outono bate recorde", confirm=body,
                              language="pt") == []
