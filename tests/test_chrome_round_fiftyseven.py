"""Classes of site chrome that leaked into article bodies on bench/dev_set57 (a retired held-out
set, tuned on once it was retired), made broad across the languages of the feed: the footer's
link for advertisers ("Advertise with us"), with or without a full stop; a publisher's note that
the site belongs to a media group with the site's copyright notice on the same line. Synthetic
text; each class with near misses, story sentences of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def _kept(lines: list[str], middle: bool = True) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        if middle:
            assert _middle(line) == [BODY, line, MORE], line


def test_advertise_with_footer_links():
    for line in [
        "Advertise with Harbour Media.",
        "Advertise with Example News Group",
        "Advertise with us.",
        "Advertise With Us",
        "Werben Sie bei uns.",
        "Werben bei Beispiel Medien",
        "Annoncer chez nous",
        "Annoncez chez Exemple Presse.",
        "Publicidad en Diario Ejemplo",
        "Anuncie conosco",
        "Pubblicità su Giornale Esempio",
        "Adverteren bij Voorbeeld Media",
    ]:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def test_advertise_near_misses_stay():
    _kept([
        "Businesses that advertise with the regional tourism board pay a yearly levy.",
        "Advertise with care, the regulator told firms selling loans to students.",
        "Werben Sie bei uns, sagte der Bürgermeister den Händlern am Markt.",
    ])


def test_ownership_note_with_copyright_on_the_same_line():
    for line in [
        "Harbour Herald is part of Example Media Group. Copyright 2025.",
        "Harbour Herald is a member of the Example Media group. © 2024 Harbour Herald",
        "Le Courrier du Port fait partie du groupe Exemple Médias. Tous droits réservés.",
        "Der Hafenbote ist Teil der Beispiel Mediengruppe. © 2025",
    ]:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line


def test_ownership_near_misses_stay():
    # A story's ownership sentence: no media house named, or the year in the story's words.
    _kept([
        "The hotel is part of Example Hotels Group, which bought it in 2019.",
        "Northern Timber is owned by Harbour Holdings. Copyright claims are pending.",
        "The quay is part of Example Port Group. Copyright law does not cover its name.",
    ])
    # The outlet's name in mid-story, no ownership note.
    line = "Harbour Herald is part of the story of the port, the mayor said on Friday."
    assert _middle(line) == [BODY, line, MORE]


def test_a_titled_person_on_a_press_council_closes_a_story():
    # A story's last sentence on a person's membership of a press council is no ownership note.
    for line in [
        "Dr Jane Roe is a member of the Press Council and chairs its complaints committee.",
        "Prof. John Doe is a member of the Press Council.",
    ]:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
    # An outlet's ownership note at the foot still goes.
    assert _tail("Example Post is owned by Example Publishing Ltd.") == [BODY, MORE]
