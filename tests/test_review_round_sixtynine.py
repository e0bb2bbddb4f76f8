"""Review of round 69: misfires of its rules on text they were not tuned on, each with the
case the rule was made for, which must keep working."""

from __future__ import annotations


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


# 1. A headline word the story also writes in lower case is a common word only where the
# word opens the headline ("Salud amplía ..."); later in the headline its capital is the
# town's own, however often the story uses the common word ("... i Give" over "at give").


def test_town_inside_headline_also_a_common_word_still_counts() -> None:
    text = ("Ny svømmehal åbner i Give til sommer\n\n"
            "Kommunen åbner en ny svømmehal i Give, og borgerne glæder sig.\n\n"
            "Den skal give plads til både skoler og foreninger, siger borgmesteren.\n")
    assert _article("svommehal.txt", text)["country"] == "DK"


def test_common_word_opening_headline_is_still_no_town_near_miss() -> None:
    text = ("Transporte amplía las rutas nocturnas en verano\n\n"
            "El Ministerio de Transporte anunció que el transporte público circulará "
            "hasta la madrugada.\n\n"
            "La medida regirá durante los meses de calor, informaron las autoridades.\n")
    assert _article("rutas.txt", text)["country"] != "MX"
