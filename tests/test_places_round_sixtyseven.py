"""Classes of place failures found with bench/dev_set67 (a retired held-out set): a place
written with the accents its own name carries ("Pará", the Brazilian state, also Belém's
other name) on a page that uses the same letters unaccented as a common word ("para",
Portuguese and Spanish for "for"): the accents say the place. One guard, on synthetic
text, with a near miss that must stay as it is."""

from __future__ import annotations

from transforms import geo

# 1. "Pará ..." in a headline over a Portuguese story that also writes "para".

_BODY = ("O Pará recebeu novas ambulâncias para atender o interior do estado. "
         "As viaturas seguem para os hospitais regionais ainda este mês.")


def test_accented_place_beside_its_unaccented_word() -> None:
    title = "Pará recebe ambulâncias para o interior"
    assert geo.main_place_country(title, _BODY, _BODY, language="pt") == "BR"


def test_unaccented_word_near_miss() -> None:
    # "Para" without its accent opens a sentence: the word, no place.
    title = "Para o interior, ambulâncias novas"
    body = "Para atender o interior, chegaram ambulâncias para o hospital."
    assert geo.main_place_country(title, body, body, language="pt") is None
