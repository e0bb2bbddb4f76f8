"""Classes of site chrome that leaked into article bodies on bench/dev_set21 (the
eighteenth held-out set, tuned on once it was retired), and the story sentence it lost:
a note that wire copy was set without editing (no "automatically"), a comment box's
civility rules, its log-in prompt, an article rating widget, a messaging-app channel
pitch after a "stay informed" lead-in, an app pitch in other languages, an outlet's award
badge, a paper's imprint with its e-edition pitch, an outlet's self-description as
independent or non-profit, and a story sentence that opens with a byline's word ("De
acuerdo con ...") and names people or places later. Synthetic text; each class with a
near miss, a story sentence of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text, tail_note

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def test_note_that_wire_copy_was_not_edited_is_chrome():
    for line in [
        "This is an auto-generated story from a syndicated news feed and has not been edited "
        "by Example Daily staff.",
        "This article is from a wire service and has not been edited by our newsroom.",
        "Esta nota proviene de una agencia y no ha sido editada por la redacción.",
        "Cet article provient d'une agence et n'a pas été édité par la rédaction.",
        "Dieser Text stammt von einer Agentur und wurde von der Redaktion nicht bearbeitet.",
        "Este texto não foi editado pela redação.",
    ]:
        assert chrome_kind(line) == "widget", line
    assert _tail("This is an auto-generated story from a syndicated news feed and has not been "
                 "edited by Example Daily staff.") == [BODY, MORE]
    # Near misses: a report that was not reviewed, with and without a newsroom.
    assert chrome_kind("The report has not been reviewed by peers, the professor said.") is None
    assert chrome_kind("This report has not been checked by the ministry's staff, the union "
                       "said on Monday.") is None


def test_comment_box_civility_rules_are_a_comment_widget():
    for line in [
        "We welcome your comments and invite you to join the discussion. We ask that you be "
        "respectful of other readers.",
        "Please keep it civil in the comments.",
        "Merci de rester courtois dans vos commentaires.",
        "Le pedimos que sea respetuoso en sus comentarios.",
        "Bitte bleiben Sie in den Kommentaren sachlich.",
    ]:
        assert chrome_kind(line) == "share_widget", line
    assert _tail("We welcome your comments and invite you to join the discussion. We ask that "
                 "you be respectful of other readers.") == [BODY, MORE]
    # Near miss: a story sentence asking for respect, no comment box.
    assert chrome_kind("Please be respectful of the neighbours, police urged fans on "
                       "Saturday.") is None


def test_log_in_to_comment_prompt_is_a_comment_widget():
    for line in [
        "Pour commenter, connectez-vous à votre compte Le Quotidien.",
        "To comment, please log in to your Example account.",
        "Para comentar, inicia sesión con tu cuenta.",
        "Um zu kommentieren, melden Sie sich an.",
        "Log in to comment",
    ]:
        assert chrome_kind(line) == "share_widget", line
    # Near miss: a story sentence on how to comment on a plan.
    assert chrome_kind("To comment on the plan, residents must register at the town hall by "
                       "Friday.") is None


def test_article_rating_widget_is_a_promo():
    for line in [
        "Wie gefällt Ihnen dieser Artikel?",
        "How did you like this article?",
        "Was this article helpful?",
        "¿Qué te pareció esta nota?",
        "Que pensez-vous de cet article ?",
        "O que achou deste artigo?",
        "Ti è piaciuto questo articolo?",
        "Hoe vond je dit artikel?",
    ]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Wie gefällt Ihnen dieser Artikel?") == [BODY, MORE]
    # Near miss: a question in the story about something else.
    assert chrome_kind("How did you like the concert, the mayor asked the crowd.") is None


def test_channel_pitch_after_a_stay_informed_lead_in_is_a_promo():
    for line in [
        "Stay up to date with the latest news. Follow The Post on WhatsApp Channels.",
        "Stay informed: follow Example News on Telegram",
        "Restez informés : suivez Le Courrier sur WhatsApp",
        "Bleiben Sie auf dem Laufenden und folgen Sie der Hafenpost auf WhatsApp-Kanal",
    ]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Stay up to date with the latest news. Follow The Post on WhatsApp "
                 "Channels.") == [BODY, MORE]
    # Near miss: a story sentence with the lead-in.
    assert chrome_kind("Stay up to date with the rules, the minister told farmers on "
                       "Monday.") is None


def test_app_pitch_in_other_languages_is_a_promo():
    for line in [
        "Descarregue a nossa App gratuita.",
        "Descarga nuestra app gratis",
        "Téléchargez l'application du Courrier",
        "Scarica la nostra app",
        "Laden Sie jetzt unsere App herunter",
        "Download onze gratis app",
    ]:
        assert chrome_kind(line) == "promo", line
    # Near miss: a story sentence about downloading an app.
    assert chrome_kind("Descarregue a aplicação do ministério para pedir o apoio, disse a "
                       "ministra.") is None


def test_outlet_award_badge_is_a_promo():
    for line in [
        "Sétimo ano consecutivo Escolha do Consumidor para Imprensa Online.",
        "Fifth consecutive year Readers' Choice Award for local news",
        "3rd year in a row Best News Website Award",
        "Cuarto año consecutivo Premio a la mejor web de noticias",
    ]:
        assert chrome_kind(line) == "promo", line
    # Near misses: a story sentence on a streak, with and without an award.
    assert chrome_kind("For the eighth consecutive year, the festival won the Five Star "
                       "Award.") is None
    assert chrome_kind("Eighth consecutive year of drought leaves farmers without water") is None


def test_imprint_with_its_e_edition_pitch_is_a_desk_note():
    line = "The Harbour Weekly is published every Thursday. Read the full edition online."
    assert tail_note(line, []) == "desk_note"
    assert _tail(line) == [BODY, MORE]
    for pitch in ["Read the full edition online.", "Lesen Sie die ganze Ausgabe im E-Paper",
                  "Leia a edição digital", "See today's e-edition here"]:
        assert chrome_kind(pitch) == "promo", pitch
    # Near miss: a story sentence about an edition.
    assert chrome_kind("Read the full edition of the report online, the minister urged "
                       "MPs.") is None


def test_outlet_self_description_as_independent_is_a_desk_note():
    for line in [
        "Pacific Example Report is an independent, non-profit news website.",
        "The Valley Ledger is an independent news outlet based in Riverton.",
        "Le Courrier du Port est un média indépendant et sans but lucratif.",
        "Die Hafenpost ist ein unabhängiges Nachrichtenportal.",
    ]:
        assert tail_note(line, []) == "desk_note", line
    assert _tail("Pacific Example Report is an independent, non-profit news "
                 "website.") == [BODY, MORE]
    # Near misses: a story sentence about a newspaper with a second clause, and a
    # non-profit that is no medium.
    assert tail_note("The Daily Star is an independent newspaper, and its editor was arrested "
                     "on Monday.", []) is None
    assert tail_note("The foundation is an independent, non-profit organisation.", []) is None


def test_story_sentence_opening_with_a_byline_word_is_kept():
    lead = ("SALTILLO.- Las autoridades confirmaron 40 casos de dengue en la región en lo que "
            "va del año, informó la Secretaría de Salud.")
    for sentence in [
        "De acuerdo con la policía, los detenidos son Juan Pérez y María López.",
        "Por su parte, el alcalde de la ciudad, Juan Pérez, dijo que no habrá cambios.",
        "Par ailleurs, les habitants de Saint-Denis, Jean Dupont et Marie Martin, ont protesté.",
        "By the end of the day, John Smith and Mary Jones had left the building.",
        "By Monday, John Smith and Mary Jones had left the building for good.",
        "Por Navidad, Juan Pérez y María López visitaron a sus familias en Sevilla.",
    ]:
        cleaned = clean_text(f"Casos de dengue en la región\n\n{lead}\n\n{sentence}\n\n{MORE}\n")
        assert sentence in cleaned.paragraphs, sentence
        assert cleaned.bylines == [], sentence
    # Near miss: a real byline under the headline still is one.
    cleaned = clean_text(f"Casos de dengue en la región\n\nPor Ana Ruiz y Juan Pérez\n\n{lead}\n")
    assert cleaned.bylines == ["Ana Ruiz", "Juan Pérez"]
    assert cleaned.paragraphs == [lead]
    cleaned = clean_text(f"Casos de dengue en la región\n\nBy Jane Doe and John Roe in "
                         f"Saltillo, with reporting by Ana Ruiz in Torreón.\n\n{lead}\n")
    assert cleaned.paragraphs == [lead]
