"""Classes of site chrome that leaked into article bodies on bench/dev_set34 (the thirty-first
held-out set, tuned on once it was retired), made broader in languages: a reader prompt
asking whether the article interested or helped, a broadcaster's pitch to watch it live on
its app, a comment box's log-in gate whose link words the scrape lost, a wire's
desk-editor credit at the foot ("Editor: NAME") and a story signature of initials, a slash
and the outlet's name at the foot. Synthetic text; each class with a near miss, a story
sentence of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text, tail_note

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


def _foot_dropped(lines: list[str]) -> None:
    """Furniture of the story's foot: it leaves from below the last sentence of an HTML
    page's text (where what follows the story is otherwise kept)."""
    for line in lines:
        assert tail_note(line, []) == "desk_note", line
        assert _tail(line, html=True) == [BODY, MORE], line


def _foot_kept(line: str) -> None:
    assert tail_note(line, []) is None, line
    assert _tail(line, html=True) == [BODY, MORE, line], line


def test_did_this_article_interest_you_reader_prompt():
    _dropped([
        "Cet article vous a intéressé ?",
        "Cet article vous a-t-il été utile ?",
        "Did you enjoy this article?",
        "Did this story help you?",
        "Liked this article?",
        "¿Te ha interesado este artículo?",
        "¿Te gustó esta nota?",
        "Hat Sie dieser Artikel interessiert?",
        "Este artigo foi útil para você?",
        "Ti è piaciuto questo articolo?",
        "Was dit artikel nuttig?",
        "Czy ten artykuł był pomocny?",
        "Понравилась статья?",
        "Bu haberi beğendiniz mi?",
        "Apakah artikel ini bermanfaat?",
    ])
    # Near misses: the question is about something else, or it goes on.
    _kept("Did you enjoy this summer's festival?")
    _kept("Cet article vous a intéressé, et la mairie veut maintenant en savoir plus.")
    _kept("¿Te ha interesado este proyecto de ley?")


def test_watch_live_on_our_app_promo():
    _dropped([
        "Watch CVM TV live on the Example Plus app.",
        "Stream Harbour 7 live on our app",
        "Watch Example News live on the Example app for iOS and Android.",
        "Regardez Télé Exemple en direct sur notre application",
        "Mira Canal Ejemplo en vivo en nuestra app",
        "Assista à TV Exemplo ao vivo no aplicativo",
        "Guarda Tele Esempio in diretta sulla nostra app",
        "Kijk Omroep Voorbeeld live in de app",
        "Sehen Sie Example TV live in unserer App",
        "Oglądaj TV Przykład na żywo w aplikacji",
        "Saksikan Contoh TV secara langsung di aplikasi",
        # Without the channel's name.
        "Watch live on the Example Plus app",
        "Regardez en direct sur notre application",
        "Mira en vivo en nuestra app",
    ])
    # Near misses: a call to watch something live that ends with no app.
    _kept("Watch the minister live on television, the union urged its members.")
    _kept("Watch the parade live on the big screen in the square, organisers said.")
    _kept("Watch live on the app as the rocket lifts off, the agency told schoolchildren.")


def test_comments_gate_with_its_link_words_lost():
    _dropped([
        "Want to join the conversation? Please or to comment on this article.",
        "Want to join the conversation?",
        "Would you like to comment?",
        "Please or to comment.",
        "Please to comment on this story.",
        "Veuillez ou pour commenter.",
        "Por favor o para comentar.",
        "Bitte oder , um zu kommentieren.",
        "Per favore o per commentare.",
        "Graag of om te reageren.",
        "Proszę lub , aby skomentować.",
        "Пожалуйста, или , чтобы оставить комментарий.",
        "Silakan atau untuk berkomentar.",
        # The gate as a condition, "logged in" lost.
        "You must be to post a comment.",
        "Vous devez être pour commenter.",
        "Debes o para comentar.",
        "Sie müssen , um zu kommentieren.",
    ])
    # Near misses: a request that goes on, a question about the story's debate.
    _kept("Please come to comment on the plan at the hall on Friday, the council said.")
    _kept("Want to join the conversation about the bypass? Come to the hall on Friday.")
    _kept("You must be 18 to comment on the plan, the council said in its notice.")


def test_desk_editor_credit_at_the_foot():
    _foot_dropped([
        "Editor: Huaxia",
        "Editor: Jane Roe",
        "Editors: Jane Roe and John Doe",
        "Redakteur: Max Muster",
        "Editora: Ana Souza",
        "Redactor: Juan Pérez",
        "Rédactrice : Marie Dupont",
        "Redaktor: Jan Nowak",
        "Редактор: Иван Петров",
        "Editör: Ayşe Kaya",
        "Penyunting: Budi Santoso",
        # The desk's label, brackets, a dash or no colon, names with slashes.
        "Redacción: Ana Pérez",
        "Redazione: Marco Rossi",
        "(Redakcja: Jan Nowak)",
        "Редактор Иван Петров",
        "Editor – Jane Roe",
        "Editör: Ayşe Kaya/Mehmet Demir",
    ])
    # Only at the foot: inside the story the desk's label is no tail note. ("Editor: NAME"
    # is a field line anywhere: the editors reader takes it, people.labelled_editor_names.)
    assert _middle("Redacción: Ana Pérez", html=True) == [BODY, "Redacción: Ana Pérez", MORE]
    assert _middle("(Redakcja: Jan Nowak)") == [BODY, "(Redakcja: Jan Nowak)", MORE]
    # Near misses: the label opens a sentence (a letters page's heading in the story).
    _foot_kept("Editor: the letters page welcomes your views on the new harbour fees.")
    _foot_kept("Editor: The harbour fees are far too high for small boat owners.")
    _foot_kept("Redacción Ana Pérez y Juan Soto escribieron sobre el puerto durante años.")


def test_story_signature_initials_and_outlet_at_the_foot():
    _foot_dropped([
        "HL/ HaitiLibre",
        "JD/Example News",
        "A.B./ Le Courrier",
        "(MK/ Harbour Times)",
        "RS / Diario Ejemplo",
    ])
    # Only at the foot: inside the story the line stays.
    assert _middle("HL/ HaitiLibre", html=True) == [BODY, "HL/ HaitiLibre", MORE]
    # Near misses: initials and a slash in a sentence, and words in lower case.
    _foot_kept("The band AC/DC played to a full stadium on Saturday night, police said.")
    _foot_kept("HL/ the rest of the paragraph")
