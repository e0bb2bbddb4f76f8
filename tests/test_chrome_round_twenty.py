"""Classes of site chrome that leaked into article bodies on bench/dev_set20 (the
seventeenth held-out set, tuned on once it was retired): an outlet's messaging-app
channel in other languages, a "more news from the region here" link, a wire's machine
story ID, a note that agency copy was set without editing, a syndication disclaimer in
other wordings, a comment box's note on who may comment, a broadcaster's tune-in pitch,
and the Rioplatense "Leé también:" link. Synthetic text; each class with a near miss, a
story sentence of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def test_outlet_channel_on_a_messaging_app_in_other_languages_is_a_promo():
    for line in [
        "Meer nieuws uit Zwolle? Volg De Stadskrant Zwolle op WhatsApp.",
        "Volg het Dagblad op Instagram en TikTok",
        "Folgen Sie der Hafenpost auf WhatsApp",
        "Mehr aus Kiel? Folge den Kieler Nachrichten auf Telegram!",
        "Suivez Le Courrier du Port sur WhatsApp",
        "¿Más noticias de Salta? Sigue a El Diario del Norte en Telegram.",
        "Siga o Jornal da Serra no WhatsApp",
        "Segui Il Corriere del Porto su Telegram",
    ]:
        assert chrome_kind(line) == "promo", line
    cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n"
                         "Meer nieuws uit Zwolle? Volg De Stadskrant Zwolle op WhatsApp.\n")
    assert cleaned.paragraphs == [BODY, MORE]
    # Near miss: a story sentence that reports the same advice.
    assert chrome_kind("Volg de politie op WhatsApp, adviseerde de burgemeester de inwoners "
                       "dinsdag.") is None


def test_more_news_from_the_region_here_link_is_a_promo():
    for line in [
        "Weitere Nachrichten aus Sachsen lesen Sie hier.",
        "Mehr Nachrichten aus der Oberpfalz finden Sie hier",
        "More news from Kent here",
        "Meer nieuws uit Twente lees je hier",
        "Más noticias de Jujuy, aquí",
        "Plus d'actualités de la Drôme ici",
    ]:
        assert chrome_kind(line) == "promo", line
    # Near miss: a story sentence opening with the words.
    assert chrome_kind("More news is expected here.") is None
    assert chrome_kind("Weitere Nachrichten aus Sachsen erwartet die Polizei erst am "
                       "Montag.") is None


def test_wire_machine_story_id_is_chrome():
    for line in [
        "agenturdienst, ag:250112-811-104233/2",
        "wirefeed, WF:20250301-0042-31",
    ]:
        assert chrome_kind(line) == "navigation", line
    cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n"
                         "agenturdienst, ag:250112-811-104233/2\n")
    assert cleaned.paragraphs == [BODY, MORE]
    # Near miss: a sentence that quotes a case number.
    assert chrome_kind("Die Polizei nannte das Aktenzeichen Az: 250112-811 am Dienstag.") is None
    # Near misses: a date and a phone number after their labels are no story IDs.
    assert chrome_kind("Published: 2024-05-01") is None
    assert chrome_kind("Tel: 0800-123-456") is None


def test_note_that_agency_copy_was_set_without_editing_is_chrome():
    for line in [
        "Dieser Text wurde automatisch von der Agentur übernommen und von der Redaktion nicht "
        "bearbeitet.",
        "This article was automatically published from a wire feed and has not been edited by "
        "our newsroom.",
        "Cet article a été publié automatiquement, sans intervention de la rédaction.",
        "Esta nota fue publicada automáticamente y no fue revisada por la redacción.",
    ]:
        assert chrome_kind(line) == "widget", line
    # Near miss: a story sentence with "automatically" and no newsroom.
    assert chrome_kind("Die Ampel schaltet nachts automatisch um, sagte ein Sprecher der "
                       "Stadt.") is None
    assert chrome_kind("The doors open automatically, the staff said.") is None


def test_syndication_disclaimer_in_other_wordings_is_chrome():
    for line in [
        "This report comes from a news agency. THE HARBOUR POST holds no editorial responsibility "
        "for its content.",
        "Example Media bears no responsibility for the content of this article.",
        "Die Hafenpost übernimmt keine Verantwortung für den Inhalt.",
        "El Diario del Norte no se hace responsable del contenido.",
    ]:
        assert chrome_kind(line) == "widget", line
    # Near miss: responsibility for something else.
    assert chrome_kind("The ministry holds no responsibility for the delays, the minister insisted "
                       "on Monday.") is None


def test_note_on_who_may_comment_is_a_comment_widget():
    for line in [
        "Users with an Example ID can leave comments on our news stories.",
        "Only subscribers can comment on this article.",
        "Nur registrierte Nutzer können kommentieren.",
        "Seuls les abonnés peuvent commenter.",
        "Solo los usuarios registrados pueden comentar.",
        "Apenas assinantes podem comentar.",
        "Alleen abonnees kunnen reageren.",
    ]:
        assert chrome_kind(line) == "share_widget", line
    # Near misses: story sentences about users, IDs and comments.
    assert chrome_kind("Users with an ID card can vote in the referendum, officials said.") is None
    assert chrome_kind("Users can post comments on the platform anonymously, the report "
                       "found.") is None


def test_broadcaster_tune_in_pitch_is_a_promo():
    for line in [
        "Listen to Radio Harbour FM for more island news.",
        "Tune in to Example FM for the latest updates",
        "Escuchá Radio Ejemplo para más noticias",
        "Écoutez Radio Exemple pour plus d'infos.",
    ]:
        assert chrome_kind(line) == "promo", line
    # Near miss: a story sentence of the same opening.
    assert chrome_kind("Listen to the farmers for more than a minute and the frustration is "
                       "obvious, he said.") is None


def test_rioplatense_read_also_link_is_chrome():
    for line in [
        "Leé también: Ola de calor en el norte del país",
        "Mirá también: El Gobierno anunció nuevas tarifas",
    ]:
        assert chrome_kind(line) == "inline_link", line
    cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\n"
                         f"Leé también: Ola de calor en el norte del país\n\n{MORE}\n")
    assert cleaned.paragraphs == [BODY, MORE]
    # Near miss: the verb opening a story sentence.
    assert chrome_kind("Leé el informe y vas a entender el problema, dijo el intendente.") is None
