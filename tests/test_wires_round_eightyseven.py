"""Classes missed on bench/dev_set86 (a retired held-out set, tuned on once it was
retired): an Indian wire's Hindi dateline crediting IANS, ANI or UNI by their Hindi
spellings ("नोएडा, 8 मार्च (आईएएनएस)। ..."); a Mexican paper's own dateline with the
state's abbreviation and the date before the ".-" ("Morelia, Mich., 5 de octubre de
2024.- ", where "Mich." is Michoacán, not AP's Michigan); a Tok Pisin page's date line
("Fonde, Epril 4, 2024") and byline ("Stori: Maria Kila"). Synthetic text; each class
with near misses that stay."""

from __future__ import annotations

from transforms import geo
from transforms.clean import clean_record
from transforms.dateline import find_dateline
from transforms.decode import decode_payload
from transforms.extract import extract_article


def _article(name: str, text: str):
    return extract_article(clean_record(decode_payload(name, text.encode())[0]))


def test_hindi_wire_names_in_a_dateline():
    for wire, name in (("आईएएनएस", "IANS"), ("एएनआई", "ANI"), ("यूएनआई", "UNI")):
        match = find_dateline(f"गुरुग्राम, 14 जून ({wire})। जिला प्रशासन ने नए निर्देश जारी किए हैं।")
        assert match is not None and match.city == "Gurugram" and match.agency == name


def test_hindi_bracket_that_names_no_wire_stays():
    # A reporter's desk in the brackets is no wire: no dateline read from it.
    match = find_dateline("गुरुग्राम, 14 जून (संवाददाता)। जिला प्रशासन ने नए निर्देश जारी किए हैं।")
    assert match is None or match.agency is None


def test_mexican_dateline_state_abbreviation_and_date():
    match = find_dateline("León, Gto., 3 de mayo de 2024.- El cabildo aprobó el nuevo reglamento.")
    assert match is not None and match.country == "MX" and match.datepart == "3 de mayo de 2024"
    match = find_dateline("Morelia, Mich., 12 de junio.- La Secretaría de Salud informó hoy.")
    assert match is not None and (match.city, match.country) == ("Morelia", "MX")
    assert geo.resolve_place("Uruapan, Mich.") == ("Uruapan", "MX")


def test_us_state_abbreviation_stays_american():
    assert geo.resolve_place("Lansing, Mich.") == ("Lansing", "US")
    match = find_dateline("LANSING, Mich. (AP) — State lawmakers approved the budget.")
    assert match is not None and match.country == "US"


_TOK_PISIN_PAGE = """Niuspepa
Nius
Provins

Madang skul i kisim nupela haus buk

Stori: Joseph Wari

Trinde, Janueri 10, 2024

Madang Praimeri Skul i kisim nupela haus buk long wik i go pinis na ol sumatin i amamas tru.

Hetmasta i tok ol sumatin i mas ritim buk long olgeta de bilong skul.

Ol papamama i givim mani long baim ol buk na ol sia bilong haus buk.
"""


def test_tok_pisin_date_line_and_byline():
    article = _article("niuspepa_tpi.txt", _TOK_PISIN_PAGE)
    assert article["date"] == "2024-01-10"
    assert article["authors"] == ["Joseph Wari"]


def test_tok_pisin_must_is_no_month():
    # "i mas" (must) before a number is no March date, nor is "me".
    page = _TOK_PISIN_PAGE.replace("Trinde, Janueri 10, 2024\n", "").replace(
        "Stori: Joseph Wari", "Ol sumatin i mas 12 krismas")
    article = _article("niuspepa_tpi.txt", page)
    assert article["date"] is None
    assert article["authors"] == []
