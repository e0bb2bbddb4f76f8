"""Classes of site chrome that leaked into article bodies on bench/dev_set23 (the
twentieth held-out set, tuned on once it was retired): a copyright notice with both the
sign and the word before the year, a notice forbidding reproduction of the site's
content (in several languages), a comment section's heading with its count and the
story's quoted title, a tip-line prompt in other languages, the credit of the page's lead
image set apart from any caption, and a "see also" header alone on its line above a
linked headline. Synthetic text; each class with a near miss, a story sentence of a
similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def test_copyright_notice_with_sign_and_word_before_the_year():
    for line in ["© Copyright 2024 Example Wire.",
                 "© Copyright 2023 The Harbour Post. All rights reserved. Republication or "
                 "redistribution of Harbour Post content, including by framing or similar means, "
                 "is expressly prohibited without the prior written consent."]:
        assert chrome_kind(line) == "copyright", line
        assert _tail(line) == [BODY, MORE]
    # Near miss: a story sentence that quotes such a notice.
    line = "The © Copyright 2024 label on the posters was fake, the court heard on Monday."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_notice_forbidding_reproduction_of_the_content():
    for line in [
        "Redistribution or reuse of Example Wire content, including by framing, is strictly "
        "prohibited without the prior written consent of Example Wire.",
        "Reproduction of this material in whole or in part is prohibited.",
        "Toute reproduction totale ou partielle est interdite.",
        "Reproducción prohibida.",
        "Queda prohibida la reproducción total o parcial sin autorización.",
        "Nachdruck und Vervielfältigung nur mit Genehmigung der Redaktion.",
        "Riproduzione vietata.",
        "É proibida a reprodução total ou parcial sem autorização.",
        "Overname van artikelen zonder toestemming is niet toegestaan.",
        "Kopiowanie materiałów bez zgody redakcji jest zabronione.",
    ]:
        assert chrome_kind(line) == "copyright", line
    assert _tail("Reproduction of this material in whole or in part is prohibited.") == [BODY, MORE]
    # Near misses: reports of bans that do not speak of the site's content.
    for line in ["Redistribution of the land is prohibited under the 1992 law, the minister said.",
                 "Reproduction of the species is prohibited in the reserve during the dry season."]:
        assert chrome_kind(line) is None, line
        assert _tail(line) == [BODY, MORE, line]


def test_comment_section_heading_with_count_and_quoted_title():
    for line in ['4 Responses to “Harbour fees rise for ferry operators”',
                 'One thought on "Harbour fees rise"',
                 "12 commentaires sur « Les tarifs du port augmentent »",
                 "3 Kommentare zu „Hafengebühren steigen“",
                 "5 comentarios en «Suben las tasas del puerto»",
                 "2 risposte a “Aumentano le tariffe del porto”",
                 "6 reacties op “Havengelden stijgen”"]:
        assert chrome_kind(line) == "share_widget", line
    assert _tail('4 Responses to “Harbour fees rise for ferry operators”') == [BODY, MORE]
    # Near miss: responses in the story, a quotation inside the sentence.
    line = 'Two responses to “the plan” came from the unions before the vote on Friday.'
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_tip_line_prompt_in_other_languages():
    for line in [
        "Du hast einen Hinweis für uns? Schreib uns über WhatsApp oder per Mail.",
        "Haben Sie einen Hinweis für die Redaktion?",
        "Vous avez une info à nous communiquer ? Contactez la rédaction.",
        "¿Tienes una denuncia? Escríbenos por WhatsApp.",
        "Hai una segnalazione? Scrivi alla redazione.",
        "Tem uma sugestão de pauta? Fale com a redação pelo WhatsApp.",
        "Heb je een nieuwstip? Mail de redactie.",
        "Masz temat? Napisz do nas.",
    ]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Du hast einen Hinweis für uns? Schreib uns über WhatsApp oder per Mail.") == [
        BODY, MORE]
    # Near miss: the police ask for tips in the story.
    line = "Haben Sie einen Hinweis auf den Täter? Die Polizei bittet um Mithilfe."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_lead_image_credit_note():
    for line in ["Main image credit: Jan Kowalski (CC BY-SA 3.0)",
                 "Featured image: Jane Roe/Example Wire",
                 "Header photo courtesy: the city archive",
                 "Zdjęcie główne: Anna Nowak/PAP",
                 "Foto de portada: EFE",
                 "Titelbild: Anna Weber / dpa",
                 "Photo principale : Jean Martin / AFP",
                 "Foto di copertina: ANSA"]:
        assert chrome_kind(line) == "widget", line
    assert _tail("Main image credit: Jan Kowalski (CC BY-SA 3.0)") == [BODY, MORE]
    # Near miss: a caption of the lead photo, no credit shape.
    assert chrome_kind("Main photo: the mayor opens the new library in the old mill") is None


def test_see_also_header_alone_above_a_linked_headline():
    after = ("The festival returns in two years, when the organisers hope to bring even more "
             "floats to the town centre.")
    for header in ["Voir aussi", "Siehe auch", "Zie ook", "Vedi anche", "Zobacz też",
                   "Czytaj także", "See also"]:
        text = (f"Harbour fees rise\n\n{BODY}\n\n{header}\nPort workers strike over pay and "
                f"conditions\n\n{MORE}\n\n{after}\n")
        out = clean_text(text)
        assert out.paragraphs == [BODY, MORE, after], header
        assert out.related_headlines == ["Port workers strike over pay and conditions"], header
    # Near miss: a sentence that opens with the same words stays.
    line = "Siehe auch die Stellungnahme des Ministeriums vom Montag, sagte der Sprecher."
    assert _tail(line) == [BODY, MORE, line]


def test_comment_form_heading_in_other_languages():
    for line in ["Leave a Reply Cancel reply", "Deja una respuesta", "Laisser une réponse",
                 "Schreibe einen Kommentar", "Deixe uma resposta Cancelar resposta",
                 "Lascia una risposta", "Geef een reactie", "Dodaj komentarz"]:
        assert chrome_kind(line) == "share_widget", line
    assert _tail("Leave a Reply Cancel reply") == [BODY, MORE]
    # Near miss: a story sentence about leaving a reply.
    line = "Residents can leave a reply to the consultation at the town hall until Friday."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]
