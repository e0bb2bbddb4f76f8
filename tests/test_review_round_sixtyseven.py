"""Review of round 67: misfires of its rules on text they were not tuned on, each with the
case the rule was made for, which must keep working."""

from __future__ import annotations


def _clean(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload

    return clean_record(decode_payload(name, payload.encode())[0])


_STORY = ("Le budget de la ville adopté en conseil\n\n"
          "Le conseil municipal a adopté lundi soir le budget de la ville pour l'année "
          "prochaine, après trois heures de débat.\n\n")


# 1. A country named "X and Y" over four words counts once, not once per half.


def test_four_word_and_country_counts_once() -> None:
    from transforms.geo import places_in_text

    assert places_in_text("Talks in Saint Kitts and Nevis went on.") == {"KN": 1}
    # The case the round was for: two island groups of one country, each counted.
    assert places_in_text("Flights to Visayas and Mindanao resume.") == {"PH": 2}


# 2. The French comment gate is no speaker's line that quotes it.


def test_french_comment_gate_quoted_by_speaker_stays() -> None:
    line = ("Vous devez vous connecter pour commenter les décisions du conseil, a ironisé "
            "le maire.")
    cleaned = _clean("a.txt", _STORY + line + "\n\nLe vote a eu lieu à main levée.\n")
    assert line in cleaned["paragraphs"]
    gate = "Vous devez vous connecter pour commenter cet article."
    cleaned = _clean("a.txt", _STORY + gate + "\n\nLe vote a eu lieu à main levée.\n")
    assert gate not in cleaned["paragraphs"]
