"""Classes of site chrome that leaked into article bodies on bench/dev_set18 (the
fifteenth held-out set, tuned on once it was retired): disclaimers in other wordings,
desk notes without a full stop, messaging-app pitches, "read also" links with other
words for "also", writers' bios set off by a dash, bare "related" labels, market-data
supplier lines, comment-box prompts and newsletter pitches after a lead-in. Synthetic
text; each class with a near miss, a story sentence of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_record, clean_text, tail_note

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _html_text(*lines: str, writers: list[str] | None = None):
    return clean_text("\n".join(lines), first_line_is_title=False, title_hint="Harbour fees rise",
                      lines_are_paragraphs=True, writers_hint=writers)


def test_opinion_disclaimer_in_other_wordings_and_languages_is_a_desk_note():
    for line in [
        "The views and opinions expressed herein are the views and opinions of the author and "
        "do not necessarily reflect those of Example Markets Ltd.",
        "Any views expressed in this column are solely those of the writer.",
        "Las opiniones expresadas en este artículo son responsabilidad exclusiva de su autor.",
        "Les opinions exprimées dans cette tribune n'engagent que leur auteur.",
        "Die hier geäußerten Meinungen sind die des Autors und nicht die der Redaktion.",
        "As opiniões expressas neste artigo são de inteira responsabilidade do autor.",
        "Le opinioni espresse in questo articolo sono di esclusiva responsabilità dell'autore.",
    ]:
        assert tail_note(line, []) == "desk_note", line
        assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs == [
            BODY, MORE], line
    # Near misses: views reported in the story's last paragraph; a closing line that only
    # says the views need not be the outlet's (the public benchmark counts it as text).
    keep = "The views expressed in this column do not necessarily reflect those of Example News."
    assert tail_note(keep, []) is None
    last = ("The views expressed by residents at the meeting were mostly critical, and the "
            "council said it would publish a summary next week.")
    assert tail_note(last, []) is None
    assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{last}\n").paragraphs == [BODY, last]


def test_desk_note_without_full_stop_leaves_text_extracted_from_html():
    for note in [
        "Dieses Thema im Programm: Radio Nordwest - Das Nachrichtenradio | Abendjournal | "
        "3. März 2025 | 18:00 Uhr",
        "This story aired on Morning Report on March 3, 2025",
    ]:
        assert _html_text(BODY, MORE, note).paragraphs == [BODY, MORE], note
    # Near miss: the story's own last line without a full stop (opening hours) stays.
    hours = "Öffnungszeiten der neuen Bürgerbüros: Montag bis Freitag 8 bis 18 Uhr"
    assert _html_text(BODY, MORE, hours).paragraphs == [BODY, MORE, hours]


def test_messaging_app_channel_pitch_is_chrome():
    for line in [
        "Get the day's top stories from The Harbour Post on your WhatsApp. Tap to join.",
        "Recibe las noticias de El Diario del Sur en tu WhatsApp y no te pierdas nada.",
        "Receba as notícias do Jornal da Serra no seu Telegram! É só entrar no canal.",
        "Rejoignez notre chaîne WhatsApp pour suivre l'actualité du département.",
        "Tritt unserem WhatsApp-Kanal bei",
    ]:
        assert chrome_kind(line) == "promo", line
    # Near misses: stories about the apps.
    for line in [
        "Police said the suspects used a Telegram channel to sell the counterfeit tickets.",
        "The minister said she learned of the resignation in a WhatsApp message on Sunday.",
    ]:
        assert chrome_kind(line) is None, line


def test_read_also_link_with_other_words_for_also_is_chrome():
    for line in [
        "À lire également : Sécheresse : les nappes phréatiques au plus bas dans le Gard",
        "Lea además: El puerto amplía su terminal de cruceros",
        "Leia ainda: Prefeitura anuncia novo plano de drenagem",
        "Lesen Sie außerdem: Stadtwerke erhöhen die Fernwärmepreise",
        "Leggi inoltre: Il porto amplia il terminal crociere",
    ]:
        assert chrome_kind(line) == "inline_link", line
    # The header alone opens a list of headlines.
    cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\nÀ lire également\n"
                         f"Le port de Sète accueille un nouveau ferry\n\n{MORE}\n")
    assert cleaned.paragraphs == [BODY, MORE]
    assert cleaned.related_headlines == ["Le port de Sète accueille un nouveau ferry"]
    # Near miss: a sentence that asks to read something else as well.
    assert chrome_kind("Il faut lire également le rapport de la Cour des comptes, a ajouté "
                       "le maire.") is None


BIO = "— Jane Roe covers city hall and transport. Reach her at 555-0100 or jroe@example.com."


def test_writer_bio_set_off_by_a_dash_is_a_desk_note():
    assert tail_note(BIO, ["Jane Roe"]) == "writer_bio"
    assert _html_text(BODY, MORE, BIO, writers=["Jane Roe"]).paragraphs == [BODY, MORE]
    # Near miss: a dash-led paragraph about someone else.
    other = "— Tom Fox covers the cost of the repairs himself, the landlord said on Monday."
    assert tail_note(other, ["Jane Roe"]) is None
    assert _html_text(BODY, other, writers=["Jane Roe"]).paragraphs == [BODY, other]


def test_bio_of_the_writer_named_in_html_metadata_leaves_the_body():
    bio = "Jane Roe is a reporter for the Harbour Post. She covers transport and city hall."
    page = ("<html><head><title>Harbour fees rise</title>"
            '<meta name="author" content="Jane Roe"></head><body><article>'
            f"<h1>Harbour fees rise</h1><p>{BODY}</p><p>{MORE}</p><p>{bio}</p>"
            "</article></body></html>")
    raw = {"id": "x", "source": {"path": "page.html"}, "format": "html", "payload": page,
           "fields": {}}
    assert clean_record(raw)["paragraphs"] == [BODY, MORE]
    # Near miss: the same shape about a person the page does not name as its writer.
    other = "Tom Fox is a reporter for the Harbour Post and was first to see the damage."
    raw["payload"] = page.replace(bio, other)
    assert clean_record(raw)["paragraphs"] == [BODY, MORE, other]


def test_bare_related_label_in_other_languages_opens_a_headline_list():
    for header in ["Relacionado:", "Relacionadas", "Articles liés", "Correlati", "Gerelateerd",
                   "Verwandte Artikel", "Conteúdo relacionado"]:
        cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{header}\n"
                             f"Port unveils a new ferry terminal\n\n{MORE}\n")
        assert cleaned.paragraphs == [BODY, MORE], header
        assert cleaned.related_headlines == ["Port unveils a new ferry terminal"], header
    # Near miss: a sentence that opens with the word.
    line = "Relacionado con el caso, el juez citó a dos testigos más para el próximo lunes."
    assert line in clean_text(f"Puerto\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def test_market_data_supplier_line_is_chrome():
    for line in [
        "Select market data provided by Example Exchange Data Services.",
        "Fundamental data provided by Northwind Research",
        "Stock quotes powered by Acme Financial",
        "Datos de mercado proporcionados por Bolsas y Mercados del Sur",
        "Données de marché fournies par Euronext",
    ]:
        assert chrome_kind(line) == "widget", line
    # Near miss: a sentence that reports market data.
    line = "Market data provided by the exchange showed turnover fell 4% in March."
    assert chrome_kind(line) is None


def test_comment_prompt_and_rules_link_are_chrome():
    for line in [
        "Would you like to comment on this story?",
        "Please read our commenting guidelines before posting a comment.",
        "See the community rules before you comment.",
        "¿Quieres comentar esta noticia?",
        "Voulez-vous commenter cet article ?",
        "Möchten Sie diesen Artikel kommentieren?",
        "Lesen Sie bitte unsere Netiquette, bevor Sie kommentieren.",
    ]:
        assert chrome_kind(line) == "share_widget", line
    # Near miss: a sentence about commenting.
    assert chrome_kind("Asked whether he would like to comment on this article of the law, the "
                       "minister declined.") is None


def test_newsletter_pitch_after_a_lead_in_is_chrome():
    for line in [
        "Stay in the loop: sign up for the Harbour Post morning briefing.",
        "Restez informé : inscrivez-vous à notre lettre d'information.",
        "Mantente al día: suscríbete a nuestro boletín diario.",
    ]:
        assert chrome_kind(line) == "promo", line
    # The writer's bio above it goes with it.
    bio = "Jane Roe is a reporter for the Harbour Post. She covers sport and education."
    pitch = "Stay in the loop: sign up for the Harbour Post morning briefing."
    cleaned = clean_text(f"Harbour fees rise\n\nJane Roe\n\n{BODY}\n\n{MORE}\n\n{bio}\n\n{pitch}\n")
    assert cleaned.paragraphs == [BODY, MORE]
    # Near miss: an instruction after a colon in the story's last paragraph.
    line = ("The advice from the harbour master was blunt: register the boat before the "
            "season opens.")
    assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs == [
        BODY, MORE, line]
