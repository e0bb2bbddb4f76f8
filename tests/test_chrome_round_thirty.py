"""Classes of site chrome that leaked into article bodies on bench/dev_set30 (the
twenty-seventh held-out set, tuned on once it was retired), made broader in languages: a
note that the site runs a wire's dispatches unedited by its newsroom, and a notice that a
site feature is for subscribers only. Synthetic text; each class with a near miss, a story
sentence of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def _dropped(lines: list[str]) -> None:
    for line in lines:
        assert chrome_kind(line) is not None, line
        assert _middle(line) == [BODY, MORE], line
        assert _tail(line) == [BODY, MORE], line


def _kept(line: str) -> None:
    assert chrome_kind(line) is None, line
    assert _middle(line) == [BODY, line, MORE], line


def test_wire_dispatches_published_unedited_by_the_newsroom_note():
    _dropped([
        "Les dépêches Reuters sont publiées sans modification par la rédaction.",
        "AP stories are published unedited by our newsroom.",
        "Las notas de EFE se publican sin modificaciones de la redacción.",
    ])
    # Near misses: dispatches in the story's own history; a note without the newsroom.
    _kept("The dispatches were published unedited by the newsroom in 1944, historians say.")
    _kept("The stories are published without changes.")


def test_site_feature_for_subscribers_only_notice():
    _dropped([
        "Esta funcionalidad es exclusiva para suscriptores.",
        "This feature is available to subscribers only.",
        "Cette fonctionnalité est réservée aux abonnés.",
        "Diese Funktion ist nur für Abonnenten verfügbar.",
        "Esta ferramenta é exclusiva para assinantes.",
    ])
    # Near miss: a club's option for its members, reported in the story.
    _kept("Esta opción es exclusiva para los socios del club, explicó el presidente.")
