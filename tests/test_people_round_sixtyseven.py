"""Classes of date, agency and photo-credit failures found with bench/dev_set67 (a
retired held-out set): a print edition's doubled issue label with a colon before the
date ("Edition N°:1234 Le 05/06/2024"); the outlet's own byline with the wire ("Par Le
Quotidien avec MAP", "Par Jane Roe avec AFP"); the photographer's verb "shot by" with no
colon before the credit's name (Croatian, Serbian, Bosnian "Snimio", Slovenian
"Posnel"). One guard each, on synthetic text, with a near miss that must stay as it is."""

from __future__ import annotations


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_BODY = ("Rabat - Les autorités ont annoncé mardi une nouvelle campagne de vaccination dans"
         " plusieurs régions du pays.\n\n"
         "La campagne durera deux semaines et vise les enfants de moins de cinq ans dans les"
         " écoles publiques.\n\n"
         "Les centres de santé resteront ouverts le samedi pour accueillir les familles.\n")


# 1. A doubled issue label with a colon before the date.

def test_issue_label_with_colon_before_date_line() -> None:
    from transforms.dates import is_date_line

    assert str(is_date_line("Edition N°:1234 Le 05/06/2024")) == "2024-06-05"
    assert str(is_date_line("Ausgabe Nr. 12 vom 05.06.2024")) == "2024-06-05"
    page = "Une campagne de vaccination prolongée\n\nÉdition N°:1234 Le 05/06/2024\n\n" + _BODY
    assert _article("ma.txt", page)["date"] == "2024-06-05"


def test_issue_number_in_a_sentence_is_no_date_line() -> None:
    from transforms.dates import is_date_line

    assert is_date_line("Le numéro 1234 est paru le 05/06/2024") is None
    assert is_date_line("Edition N°:1234") is None


# 2. The outlet's (or the writer's) byline with the wire.

def test_outlet_byline_with_wire_names_the_agency() -> None:
    from transforms.people import byline_names, byline_wire

    assert byline_names("Par Le Quotidien avec MAP") == []
    assert byline_wire("Par Le Quotidien avec MAP") == "MAP"
    page = "Une campagne de vaccination prolongée\n\nPar Le Quotidien avec MAP\n\n" + _BODY
    article = _article("ma.txt", page)
    assert article["agency"] == "MAP"
    assert article["authors"] == []
    page = "Une campagne de vaccination prolongée\n\nPar Jeanne Roux avec AFP\n\n" + _BODY
    article = _article("fr.txt", page)
    assert article["agency"] == "AFP"
    assert article["authors"] == ["Jeanne Roux"]


def test_with_a_word_or_a_sentence_is_no_wire_byline() -> None:
    from transforms.people import byline_names, byline_wire

    # "Map" in natural case is a word, not the Moroccan wire (review 47).
    assert byline_wire("Par Le Quotidien avec Map") is None
    assert byline_names("Par Le Quotidien avec Map") is None
    assert byline_wire("Par la suite, le ministère a signé un accord avec MAP.") is None
    assert byline_names("By Jane Roe with John Doe") is None


# 3. "Snimio" ("shot by") before the photographer's name.

def test_shot_by_verb_is_a_credit_wrapper() -> None:
    from transforms.clean import _tidy_credit

    assert _tidy_credit("(Snimio Ivo Marić)") == "Ivo Marić"
    assert _tidy_credit("Snimila Željka Babić") == "Željka Babić"
    assert _tidy_credit("Снимио Марко Илић") == "Марко Илић"
    assert _tidy_credit("Posnela Mojca Kos") == "Mojca Kos"
    page = ("<html><head><title>Nova zgrada vrtića otvorena</title></head><body><article>"
            "<h1>Nova zgrada vrtića otvorena</h1><figure><img src='a.jpg'>"
            "<figcaption>Zgrada vrtića <span class='credit'>(Snimio Ivo Marić)</span>"
            "</figcaption></figure>"
            "<p>Nova zgrada vrtića otvorena je u ponedjeljak nakon dvije godine radova.</p>"
            "<p>Gradonačelnik je rekao da će vrtić primiti stotinu djece iz susjedstva.</p>"
            "<p>Roditelji su pozdravili otvorenje, ali traže dulje radno vrijeme.</p>"
            "</article></body></html>")
    assert _article("hr.html", page)["captions"][0]["credit"] == "Ivo Marić"


def test_shot_by_verb_in_a_sentence_stays() -> None:
    from transforms.clean import _tidy_credit

    assert _tidy_credit("Snimio je kamera") == "Snimio je kamera"
    assert _tidy_credit("Snimio") == "Snimio"
