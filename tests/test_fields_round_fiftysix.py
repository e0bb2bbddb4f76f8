"""Classes of date, country, agency, language and caption failures found with
bench/dev_set56 (a retired held-out set): a source line in Cyrillic ("Извор: Танјуг",
"Източник: БТА") naming the wire; a South Slavic date line with the Cyrillic "у" before
its clock; a city's name that is a given name before a surname ("Милан Петровић"); a
city named with its fleeting "a" dropped ("код Шапца", "u Kragujevcu"); a page's
declared Bokmål ("nb") where the classifier reads the macrolanguage ("no"); and a
figcaption's own control ("Show Caption"). One guard each, on synthetic text, with a
near miss that must stay as it is."""

from __future__ import annotations

import datetime as dt

import pytest

from transforms import dates, geo, html
from transforms.extract import detect_language
from transforms.patterns import compiled


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. A source line in Cyrillic names the wire.

@pytest.mark.parametrize("line, outlet", [
    ("Извор: Танјуг", "Танјуг"),
    ("Източник: БТА", "БТА"),
    ("Джерело: Укрінформ", "Укрінформ"),
    ("Источник: ТАСС", "ТАСС"),
])
def test_cyrillic_source_line(line: str, outlet: str) -> None:
    match = compiled()["source_line"].match(line)
    assert match and match.group("outlet") == outlet


def test_cyrillic_source_element_is_the_agency() -> None:
    page = ("<html lang='bg'><head><title>Нов кей</title></head><body><article><h1>Нов кей"
            "</h1><p>" + "Пристанището ще има нов кей за товарни кораби до края на годината. " * 4
            + "</p></article><div class='source'>Източник: БТА</div></body></html>")
    assert html.source_elements(html.parse_html(page)) == ["БТА"]


def test_cyrillic_source_line_near_miss() -> None:
    # A sentence that opens with the word is no source line.
    assert compiled()["source_line"].match(
        "Источник в правительстве сообщил: решение примут завтра") is None


# 2. The Serbian Cyrillic "у" before the clock of a date line.

def test_serbian_cyrillic_date_line() -> None:
    assert dates.is_date_line("17.09.2024. у 08:15") == dt.date(2024, 9, 17)


def test_serbian_cyrillic_date_line_near_miss() -> None:
    # Words around the date make a sentence, no date line.
    assert dates.is_date_line("17.09.2024. у Новом Саду почиње сајам") is None


# 3. A city's name that is a given name before a surname is a person.

def test_given_name_before_surname_is_no_city() -> None:
    lead = "Радови на путу иду по плану, рекао је данас директор Милан Јовановић."
    assert geo.places_in_head(lead, common=lead, language="sr") == []
    lead = "Work on the road is on schedule, director Florence Kowalska said on Monday."
    assert geo.places_in_head(lead, common=lead, language="en") == []


def test_given_name_city_near_miss() -> None:
    # The city before a word that is no surname stays the city.
    lead = "Police in Milan Central station said the trains ran late on Monday."
    assert ("milan", "IT") in geo.places_in_head(lead, common=lead, language="en")


# 4. A South Slavic city named without its fleeting "a".

@pytest.mark.parametrize("lead, place", [
    ("Радови на новом мосту код Шапца иду по плану, рекао је.", ("шапца", "RS")),
    ("Radovi na novom mostu u Kragujevcu idu po planu, rekao je.", ("kragujevcu", "RS")),
])
def test_fleeting_a_city(lead: str, place: tuple[str, str]) -> None:
    assert geo.places_in_head(lead, common=lead, language="sr") == [place]


def test_fleeting_a_near_miss() -> None:
    # Only the South Slavic languages drop the "a": a Polish page reads no such city.
    assert "kragujevac" not in geo._case_stems("kragujevcu", "pl")


# 5. The page's declared standard of a macrolanguage the classifier names.

_NB = ("Regjeringen vil bruke flere millioner kroner på å ruste opp jernbanen mellom byene"
       " i vest, og arbeidet skal starte allerede neste år, opplyser departementet.")


def test_declared_bokmal_stands() -> None:
    assert detect_language(_NB, "nb") == "nb"
    assert detect_language(_NB, "nb-NO") == "nb"


def test_macrolanguage_near_misses() -> None:
    assert detect_language(_NB, None) == "no"  # no hint: the classifier's code
    assert detect_language(_NB, "no") == "no"
    # A Danish body under a Bokmål hint stays Danish.
    danish = ("Regeringen vil bruge flere millioner kroner på at forbedre jernbanen mellem"
              " byerne i vest, og arbejdet skal begynde allerede næste år, oplyser ministeriet.")
    assert detect_language(danish, "nb") == "da"


# 6. A figcaption's own controls are no caption text.

def _captions(figcaption: str) -> list[dict]:
    page = (f"<html><body><figure><img src='a.jpg'><figcaption>{figcaption}</figcaption>"
            "</figure></body></html>")
    return html._figcaptions(html.parse_html(page))


def test_caption_control_dropped() -> None:
    caps = _captions("Pupils plant trees by the lake in Hadley, Ore. "
                     "<span class='credit'>Jane Roe/Example Press</span> "
                     "<a class='toggle' href='#'>Show Caption</a>")
    assert caps[0]["text"] == "Pupils plant trees by the lake in Hadley, Ore."
    assert caps[0]["credit"] == "Jane Roe/Example Press"
    caps = _captions("Die Brücke am Abend <button>Bild vergrößern</button>")
    assert caps[0]["text"] == "Die Brücke am Abend"


def test_caption_link_near_miss() -> None:
    # A link that is part of the caption's text stays.
    caps = _captions("Pupils at <a href='/school'>Hadley School</a> plant trees.")
    assert caps[0]["text"] == "Pupils at Hadley School plant trees."
