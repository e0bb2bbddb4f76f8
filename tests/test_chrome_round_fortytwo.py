"""Classes of site chrome that leaked into article bodies on bench/dev_set42 (a retired held-out
set, tuned on once it was retired), made broad across languages: a site's disclaimer that what
its contributors or readers post is not its responsibility, a comment box's log-in gate with the
purpose first ("To comment, you must be logged in"), and a reader-support box: its "support our
work" heading and the newsroom's pledge to serious journalism under it. Synthetic text; each
class with near misses, story sentences of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n",
                      lines_are_paragraphs=html).paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def _dropped(lines: list[str]) -> None:
    for line in lines:
        assert chrome_kind(line) is not None, line
        assert _middle(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line


def _kept(line: str) -> None:
    assert chrome_kind(line) is None, line
    assert _middle(line) == [BODY, line, MORE], line


def test_disclaimer_of_contributors_posts():
    _dropped([
        "Example Now is not responsible for the opinions, statements or media content presented by "
        "contributors. In case of abuse, click here to report.",
        "The Example Times is not responsible for the content posted by users.",
        "Example n'est pas responsable des propos publiés par les internautes.",
        "Example no es responsable de las opiniones de los usuarios.",
        "Example non è responsabile dei contenuti pubblicati dagli utenti.",
        "Example não é responsável pelas opiniões dos leitores.",
        "Example ist nicht verantwortlich für die Inhalte der Nutzer.",
        "Example is niet verantwoordelijk voor de inhoud van bijdragen van lezers.",
        "Redakcja nie ponosi odpowiedzialności za treść komentarzy użytkowników.",
        "Редакция не несёт ответственности за содержание комментариев читателей.",
    ])
    # Near misses: a ministry and its contractor, a court ruling on a platform's users.
    _kept("The ministry is not responsible for the contractor's delays, a spokesman said.")
    _kept("The ministry said it is not responsible for the opinions of contractors.")
    _kept("The platform is not responsible for content posted by users, the court ruled.")
    _kept("The court ruled that the platform is not responsible for content posted by users.")
    _kept("Die Stadt ist nicht verantwortlich für die Inhalte der Nutzer, sagte der Richter.")


def test_comment_log_in_gate_with_the_purpose_first():
    _dropped([
        "Para comentar é necessário ter sessão iniciada.",
        "To comment, you must be logged in.",
        "Para comentar es necesario iniciar sesión.",
        "Pour commenter, vous devez être connecté.",
        "Um zu kommentieren, müssen Sie angemeldet sein.",
        "Per commentare è necessario effettuare il login.",
        "Om te reageren moet je ingelogd zijn.",
        "Je moet ingelogd zijn om te reageren.",
        "Aby dodać komentarz, musisz się zalogować.",
        "Musisz być zalogowany, aby dodać komentarz.",
        "Чтобы оставить комментарий, необходимо авторизоваться.",
        "É necessário ter sessão iniciada para comentar.",
    ])
    # Near misses: residents who must log in or register to comment on a city plan.
    _kept("To comment on the plan, residents must register by Friday.")
    _kept("Residents must log in to comment on the city plan, the council said.")
    _kept("Para comentar é necessário ter sessão iniciada no portal, explicou o vereador.")
    _kept("Um den Plan zu kommentieren, müssen Sie angemeldet sein, erklärte die Stadt.")


def test_reader_support_heading_and_newsroom_pledge():
    _dropped([
        "COLABORA CON NUESTRO TRABAJO",
        "Support our work",
        "Apoya nuestro trabajo",
        "Unterstützen Sie unsere Arbeit",
        "Soutenez notre travail",
        "Apoie o nosso trabalho",
        "Sostieni il nostro lavoro",
        "Steun ons werk",
        "Wesprzyj naszą pracę",
        "Поддержите нашу работу",
        "El equipo de Example está comprometido con hacer un periodismo serio que refleje la "
        "realidad del país. Gracias por acompañarnos en este largo camino.",
        "Our team is committed to independent journalism.",
        "L'équipe d'Example s'engage pour un journalisme rigoureux et indépendant.",
        "Die Redaktion setzt sich für unabhängigen Journalismus ein.",
        "A equipa do Example está empenhada em fazer jornalismo sério.",
        "La redazione è impegnata in un giornalismo libero e indipendente.",
        "De redactie zet zich in voor onafhankelijke journalistiek.",
        "Redakcja jest zaangażowana w rzetelne dziennikarstwo.",
    ])
    # Near misses: a team committed to serious work, a pledge quoted in a story, a call to
    # support someone else's work.
    _kept("The team of engineers is committed to serious work on the bridge.")
    _kept("Our team is committed to serious journalism, the new owner said.")
    _kept("El equipo de rescate está comprometido con hacer un trabajo serio en la zona.")
    _kept("Support our work to rebuild the school, the principal urged parents.")
    _kept("Apoya nuestro trabajo en la comunidad, pidió el alcalde.")
