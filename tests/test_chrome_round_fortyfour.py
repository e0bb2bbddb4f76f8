"""Classes of site chrome that leaked into article bodies on bench/dev_set44 (a retired held-out
set, tuned on once it was retired), made broad across languages: a comment section under the
story, taken as a structure (its heading or a comment chrome line opens it; its rules, report
line, log-in gate, widget status lines and sort controls go while they last, and the log-in
widget's lines just above its heading go too), a tip line ("Got a scoop? Send it to us."), and a
public-interest journalism funding note in other languages. Synthetic text; each class with near
misses, story sentences of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text, tail_note

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _page(lines: list[str], html: bool = False) -> list[str]:
    text = "Harbour fees rise\n\n" + "\n\n".join([BODY, MORE, *lines]) + "\n"
    return clean_text(text, lines_are_paragraphs=html).paragraphs


def _section_dropped(lines: list[str]) -> None:
    assert _page(lines) == [BODY, MORE], lines
    assert _page(lines, html=True) == [BODY, MORE], lines
    # One block, the lines one under another, as a text scrape sets a widget.
    one_block = clean_text("Harbour fees rise\n\n" + BODY + "\n\n" + MORE + "\n\n"
                           + "\n".join(lines) + "\n")
    assert one_block.paragraphs == [BODY, MORE], lines


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def test_comment_section_furniture_under_its_heading():
    _section_dropped([
        "Comments: Our rules",
        "We want our comments to be a lively and valuable part of our community. The ability "
        "to comment on our stories is a privilege, not a right.",
        "Please report any comments that break our rules.",
        "Read the rules here",
    ])
    _section_dropped(["Comments", "Leave a Comment", "You must be logged in to make a comment."])
    _section_dropped(["Kommentare: Unsere Regeln",
                      "Wir wollen, dass unsere Kommentare eine lebendige Debatte sind.",
                      "Bitte melden Sie Kommentare, die gegen unsere Regeln verstoßen.",
                      "Sortieren nach: Neueste"])
    _section_dropped(["Commentaires : nos règles",
                      "Nous voulons que vos commentaires restent courtois.",
                      "Signalez les commentaires abusifs.",
                      "Vous devez être connecté pour réagir."])
    _section_dropped(["Comentarios",
                      "Por favor, denuncia los comentarios que incumplan nuestras normas.",
                      "Inicia sesión para comentar."])
    _section_dropped(["Comentários",
                      "Por favor, denuncie os comentários que violem as nossas regras.",
                      "Introduza o seu e-mail e a sua senha para aceder aos comentários."])
    _section_dropped(["Commenti: le nostre regole",
                      "Per favore segnala i commenti che violano le regole.",
                      "Accedi per commentare."])
    _section_dropped(["Reacties", "Meld reacties die onze regels overtreden.",
                      "Je moet ingelogd zijn om te reageren."])
    _section_dropped(["Komentarze", "Zgłoś komentarz, który łamie nasze zasady.",
                      "Musisz być zalogowany, aby dodać komentarz."])
    _section_dropped(["Комментарии",
                      "Пожалуйста, сообщайте о комментариях, нарушающих наши правила.",
                      "Чтобы оставить комментарий, необходимо авторизоваться."])


def test_log_in_widget_lines_above_the_comment_heading():
    _section_dropped([
        "Success. Please wait for the page to reload. If the page does not reload within 5 "
        "seconds, please refresh the page.",
        "Enter your email and password to access comments.",
        "Show Comments",
    ])
    _section_dropped(["Bitte warten Sie, die Seite wird neu geladen. Bitte neu laden, falls nicht.",
                      "Geben Sie Ihre E-Mail und Ihr Passwort ein, um Kommentare zu sehen.",
                      "Kommentare anzeigen"])
    _section_dropped(["Saisissez votre e-mail et votre mot de passe pour accéder aux commentaires.",
                      "Commentaires"])
    _section_dropped(["Introduce tu correo y tu contraseña para ver los comentarios.",
                      "Comentarios"])
    _section_dropped(["Voer je e-mail en wachtwoord in om de reacties te zien.", "Reacties"])


def test_comment_section_near_misses():
    # A story's sentences about comments, reports, rules or log-ins, with no heading above.
    for line in ["Residents sent more than 300 comments to the council during the consultation.",
                 "Please report any suspicious activity to the police, officers urged.",
                 "A version of the report will appear in print next week, the ministry said."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE], line
    # Below a heading, the story's own lines close the section: no word for the reader, a
    # quote, reported speech.
    for line in ["Residents sent more than 300 comments to the council during the consultation.",
                 '"Please report any damage to the new rules," the mayor said.',
                 "Report any damage to the harbour office, the mayor told residents on Monday.",
                 "The rules on comments were changed by the regulator last year."]:
        assert _page(["Comments", line]) == [BODY, MORE, line], line
    # The story's last lines above a heading: a report, comments sent, a portal log-in.
    for line in ["You can read the full report on the council's website.",
                 "Residents can send their comments to the planning office until Friday.",
                 "Residents must log in to the council's portal to apply for a permit."]:
        assert _page([line, "Comments"]) == [BODY, MORE, line], line
    # A heading-like story sentence after a real paragraph stays, with its sentence.
    line = "Comments from residents were mostly positive, the planning officer said."
    assert _page([line]) == [BODY, MORE, line]


def test_tip_line_prompt():
    for line in ["Got a scoop? Send it to us.",
                 "Got a news tip? Send it to us at tips@example.com.",
                 "Do you have a news tip for us?", "Vous avez un scoop à nous transmettre?",
                 "Vous avez une info à nous envoyer ?", "¿Tienes una primicia?",
                 "Tem um furo para nós?", "Haben Sie einen Hinweis für uns?",
                 "Hai una notizia da segnalare?", "Heb je een tip voor ons? Mail de redactie.",
                 "Masz temat dla nas?", "Есть новость? Пишите нам в Telegram.",
                 "У вас есть новость для редакции?"]:
        assert chrome_kind(line) is not None, line
        assert _tail(line) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line
    # Near misses: a scoop or a news item in a story's sentence.
    for line in ["Got a scoop on the merger, the trader asked his colleague.",
                 "Есть новость о пожаре в порту, сообщили спасатели.",
                 "The reporter who covers the courts beat got a scoop on the verdict."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE], line


def test_public_interest_journalism_funding_note():
    for line in [
        "Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
        "Journalisme d'intérêt public financé par le Fonds Exemple.",
        "Periodismo de interés público financiado por la Fundación Ejemplo.",
        "Jornalismo de interesse público financiado pela Fundação Exemplo.",
        "Gemeinwohlorientierter Journalismus, gefördert von der Stiftung Beispiel.",
        "Giornalismo di interesse pubblico finanziato dalla Fondazione Esempio.",
        "Journalistiek van publiek belang, gefinancierd door het Stimuleringsfonds.",
        "Dziennikarstwo w interesie publicznym finansowane przez Fundację Przykład.",
        "Общественно значимая журналистика при поддержке фонда Пример.",
    ]:
        assert tail_note(line, []) == "desk_note", line
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        # Under the story, with a comment section below it.
        assert _page([line, "Comments", "You must be logged in to make a comment."]) == [BODY, MORE]
    # Near misses: journalism funded in a story's sentence, with its source or speaker.
    for line in ["Le journalisme local est financé par la publicité, selon l'étude.",
                 "Her journalism, funded by a grant, won the prize in May.",
                 "El periodismo local es financiado por anuncios, dijo el editor."]:
        assert tail_note(line, []) is None, line
        assert _tail(line) == [BODY, MORE, line], line
