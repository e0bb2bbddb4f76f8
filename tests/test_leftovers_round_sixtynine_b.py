"""Classes of failures left on older labelled sets (bench/dev_set67), found again in round
69: a headline's opening word that names a small town abroad but that the story writes in
lower case as well ("Salud ..." over "centros de salud"), a common word and no town; and
a Spanish sentence that opens with "En" before its place ("En La Paz, ..."), where the
place follows. On synthetic text, with near misses that must stay as they are."""

from __future__ import annotations

from transforms import geo


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. A headline word the story also writes in lower case is no small town.


def test_headline_word_written_in_lower_case_is_no_town() -> None:
    text = ("Salud amplía el horario de atención en verano\n\n"
            "El Ministerio de Salud anunció que los centros de salud abrirán hasta la noche.\n\n"
            "La medida regirá durante los meses de calor, informaron las autoridades.\n")
    assert _article("horario.txt", text)["country"] != "PA"


def test_headline_town_named_again_in_capitals_still_counts_near_miss() -> None:
    text = ("Nýr leikskóli opnaður á Hvolsvöllur\n\nNýr leikskóli var opnaður á Hvolsvöllur "
            "í gær og hafa margir foreldrar þegar skráð börn sín.\n\nSveitarfélagið "
            "stendur að verkinu og segir aðsóknina hafa verið góða.\n")
    assert _article("pool.txt", text)["country"] == "IS"
    assert not geo._written_lower("Salud", "El Ministerio de Salud informó el lunes.")
    assert geo._written_lower("Salud", "Abrirán los centros de salud.")


# 2. A Spanish sentence opening with "En" names its place next.


def test_spanish_sentence_opening_with_en_reads_its_place() -> None:
    text = "En La Paz, la campaña se aplica en hospitales y mercados."
    assert geo.places_in_text(text, language="es")["BO"] == 1


def test_en_before_no_place_or_in_another_language_near_miss() -> None:
    assert geo.places_in_text("En Marcha presentó su programa.", language="es") == {}
    assert geo.places_in_text("En La Paz, la campaña sigue.", language="en") == {}
