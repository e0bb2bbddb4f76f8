"""Classes of wire credits missed on bench/dev_set81 (a retired held-out set, tuned on
once it was retired): a Brazilian paper's author element that says where the copy comes
from, "Da Agência Brasil" ("from", alone; only "Via MTI" was read), and a wire reporter's
credit over the lead with the wire after a comma and "da" ("Jane Roe, da Agência Brasil",
"Jane Roe, do Estadão Conteúdo"; only the spaced dash was read). Synthetic text; each
class with near misses that stay."""

from __future__ import annotations

import json

from transforms import people
from transforms.clean import clean_record
from transforms.decode import decode_payload
from transforms.extract import extract_article

LEAD = ("Pesquisadores contaram mais de 300 tartarugas-marinhas nas praias do litoral norte, "
        "o maior número desde o início do monitoramento.")
SECOND = "A equipe pretende repetir a contagem no próximo verão com voluntários das escolas."


def _html(credit: str) -> dict:
    page = f"""<!DOCTYPE html><html lang="pt"><head><meta charset="utf-8">
<title>Contagem de tartarugas bate recorde - Jornal Exemplo</title></head><body>
<article><h1>Contagem de tartarugas bate recorde</h1>
<div class="meta"><div class="author">Mariana Teixeira</div>
<div class="author">{credit}</div>
<time datetime="2024-03-05T10:00:00-03:00">05/03/2024</time></div>
<div class="article-body"><p>{LEAD}</p><p>{SECOND}</p><p>{SECOND} {LEAD}</p></div>
</article></body></html>"""
    record = decode_payload("page.html", page.encode("utf-8"))[0]
    return extract_article(clean_record(record))


def _json(first_line: str) -> dict:
    doc = {"title": "Contagem de tartarugas bate recorde", "author": "Mariana Teixeira",
           "date": "2024-03-05", "language": "pt",
           "url": "https://www.jornalexemplo.example.com.br/ambiente/tartarugas",
           "source-hostname": "Jornal Exemplo",
           "text": f"{first_line}\n05/03/2024 10:00\n{LEAD}\n{SECOND}\n{SECOND} {LEAD}"}
    record = decode_payload("page.json", json.dumps(doc).encode("utf-8"))[0]
    return extract_article(clean_record(record))


def test_author_element_from_the_wire():
    assert people.from_wire("Da Agência Brasil") == "Agência Brasil"
    assert _html("Da Agência Brasil")["agency"] == "Agência Brasil"


def test_author_element_from_near_misses():
    # A surname and the paper's own desk name no wire.
    assert people.from_wire("Da Silva") is None
    assert people.from_wire("Da Redação") is None
    assert _html("Da Redação")["agency"] is None


def test_wire_reporter_credit_with_da_over_the_lead():
    assert people.wire_signed_name("Mariana Teixeira, da Agência Brasil") == (
        "Mariana Teixeira", "Agência Brasil")
    assert _json("Mariana Teixeira, da Agência Brasil")["agency"] == "Agência Brasil"


def test_wire_reporter_credit_with_da_near_misses():
    # "da" before a place or the paper's own desk names no wire.
    assert people.wire_signed_name("Mariana Teixeira, da Redação") is None
    assert people.wire_signed_name("Mariana Teixeira, de São Paulo") is None
    assert _json("Mariana Teixeira, da Redação")["agency"] is None
