"""Review of the twenty-ninth tuning round: story sentences of the same shape as the new
chrome rules, which those rules must leave alone (synthetic text)."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def test_paywall_read_on_call_needs_the_call_to_end_the_line():
    for line in ["To continue reading, get a library card, the librarian said.",
                 "Para seguir leyendo, entre los libros recomendados está El Quijote.",
                 "Pour lire la suite, inscrivez-vous à la bibliothèque municipale, conseille "
                 "le maire."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE], line
    for line in ["To continue reading, subscribe now.", "Para seguir leyendo, suscríbete",
                 "Para continuar lendo, entre na sua conta",
                 "Um weiterzulesen, schließen Sie ein Abo ab"]:
        assert chrome_kind(line) == "promo", line


def test_error_report_question_needs_its_question_mark_or_the_line_end():
    for line in ["Have you noticed an error in your tax bill? Contact the council, the mayor said.",
                 "Fehler entdeckt bei der Kontrolle wurden mehrere, sagte die Polizei.",
                 "Found an error in the tally, officials recounted every ballot by hand."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE], line
    for line in ["Found an error", "Fehler gefunden", "Hai notato un errore?",
                 "Haben Sie einen Fehler gefunden? Jetzt melden.",
                 "Spotted a mistake in this article? Let us know"]:
        assert chrome_kind(line) == "widget", line


def test_synopsis_header_only_above_the_lead():
    review = ("The director's new film opened on Friday in cinemas across the country and "
              "drew long queues at the first screenings, distributors said.")
    plot = "A retired teacher returns to her village to care for her dying brother."
    for header in ["Synopsis", "Sinopsis:"]:
        out = clean_text(f"Film review: Home\n\n{review}\n\n{header}\n\n{plot}\n\n{MORE}\n")
        assert plot in out.paragraphs, header


def test_funding_note_is_the_journalism_s_not_insurance_or_accounts():
    for line in ["The tournament's TV coverage is sponsored by a betting firm, which angered "
                 "campaigners.",
                 "Insurance coverage is partly financed by the regional government.",
                 "Statutory climate reporting is co-funded by the ministry and the exchange."]:
        out = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n")
        assert out.paragraphs == [BODY, MORE, line], line
    for line in ["Local Democracy Reporting is funded by the BBC.",
                 "This reporting was funded by a grant from the Example Foundation."]:
        out = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n")
        assert out.paragraphs == [BODY, MORE], line
