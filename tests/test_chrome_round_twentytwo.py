"""Classes of site chrome that leaked into article bodies on bench/dev_set22 (the
nineteenth held-out set, tuned on once it was retired), and the story sentence it lost:
a comment box's house rules with the comments as the subject and its counter, a "join /
follow us on" bar and a subscribe-on-a-messaging-app pitch in other languages, a channel
pitch of a few sentences closing with the follow call, a pitch to read without ads, a
shop widget's header, the Spanish formal newsletter pitch, a copyright notice with its
holder first, an age rating badge, a writer's contact line, desk codes with trailing
slashes, a footer's trust links, a "read also" link with a filler word, and the story's
last sentence taken for a photo caption because the site's copyright notice below it
reads as a credit. Synthetic text; each class with a near miss, a story sentence of a
similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text, credit_only_line

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")
LAST = "Until then, ferries will keep running every hour from the old pier."


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def test_comment_box_house_rules_are_a_comment_widget():
    for line in [
        "Comments must be in English and in full sentences.",
        "Comments will be edited for spelling and approved at the discretion of the editors.",
        "Conversations are opinions of our readers and are subject to the Code of Conduct.",
        "Reader comments are moderated before they appear.",
        "Los comentarios son moderados antes de su publicación.",
        "Les commentaires sont modérés par la rédaction.",
        "Kommentare werden vor der Veröffentlichung moderiert.",
    ]:
        assert chrome_kind(line) == "share_widget", line
    assert _tail("Conversations are opinions of our readers and are subject to the Code of "
                 "Conduct. The Harbour Post does not endorse these opinions.") == [BODY, MORE]
    # Near misses: a consultation's comments and talks in the story.
    assert chrome_kind("Comments will be accepted until Friday, the council said.") is None
    assert chrome_kind("Conversations are continuing with the union, officials said.") is None


def test_footer_links_above_a_comment_disclaimer_go_with_it():
    lines = ("Report an error\nJournalistic Standards\nAbout The Example Wire\n\n"
             "Conversations are opinions of our readers and are subject to the Code of "
             "Conduct. The Harbour Post does not endorse these opinions.")
    assert _tail(lines) == [BODY, MORE]
    for line in ["Journalistic Standards", "Editorial Guidelines", "Ethics Policy",
                 "Normes journalistiques", "Principios editoriales", "About The Associated Press",
                 "About Reuters"]:
        assert chrome_kind(line) == "navigation", line
    # Near miss: a story sentence about standards.
    assert chrome_kind("Editorial standards at the paper were questioned by the "
                       "inquiry.") is None
    assert chrome_kind("About the Associated Press, the senator said nothing.") is None


def test_comment_counter_in_other_shapes_is_a_widget():
    for line in ["Comments - 0", "Comments: 12", "Kommentare (3)", "Commentaires 5",
                 "Comentarios: 0", "Комментарии 4"]:
        assert chrome_kind(line) == "share_widget", line
    # Near miss: a story sentence with a count of comments.
    assert chrome_kind("Comments from 300 residents were received by the council.") is None


def test_join_us_on_a_network_in_other_languages_is_a_promo():
    for line in ["Dołącz do nas na Instagramie!", "Rejoignez-nous sur Facebook",
                 "Únete a nosotros en Telegram", "Folgen Sie uns auch auf Instagram",
                 "Join us on Facebook and X", "Volg ons op Instagram"]:
        assert chrome_kind(line) == "promo", line
    # Near miss: a story sentence with the words.
    assert chrome_kind("Join us on Facebook to discuss the plan, the mayor wrote.") is None


def test_subscribe_to_the_outlet_on_a_messaging_app_is_a_promo():
    for line in [
        "Подписывайтесь на «Гавань» в Telegram, чтобы первыми узнавать новости города.",
        "Subscribe to The Harbour Post on WhatsApp to get the news first.",
        "Abonnez-vous au Courrier sur Telegram pour ne rien manquer",
    ]:
        assert chrome_kind(line) == "promo", line
    assert _tail("Подписывайтесь на «Гавань» в Telegram, чтобы первыми узнавать новости "
                 "города.") == [BODY, MORE]
    # Near miss: a story sentence about subscribers on an app.
    assert chrome_kind("Subscribers to the channel on Telegram rose to 40,000 in "
                       "March.") is None


def test_channel_pitch_closing_with_the_follow_call_is_a_promo():
    line = ("We have the news first. Get the stories that matter delivered straight to your "
            "phone, every morning. Don't miss out. Follow The Harbour Post on WhatsApp.")
    assert chrome_kind(line) == "promo"
    assert _tail(line) == [BODY, MORE]
    # Near miss: a story sentence that ends with a follow call to someone else.
    assert chrome_kind("Residents told you so for years, she said, and urged people to follow "
                       "the council on Facebook.") is None


def test_pitch_to_read_without_ads_is_a_promo():
    for line in ["Kup dostęp Premium i czytaj bez reklam",
                 "Subscribe and read without ads",
                 "Abonnieren Sie und lesen Sie ohne Werbung",
                 "Abonnez-vous et lisez sans publicité"]:
        assert chrome_kind(line) == "promo", line
    # Near misses: broadcasting and reading without ads in the story.
    assert chrome_kind("The channel will broadcast without ads for a month, the company "
                       "said.") is None
    assert chrome_kind("Readers can read the report without ads, the publisher said.") is None


def test_shop_widget_header_is_a_promo():
    for line in ["Recommended offers", "Polecane oferty", "Ofertas recomendadas",
                 "Offres partenaires", "Empfohlene Angebote", "Offerte consigliate"]:
        assert chrome_kind(line) == "promo", line
    # Near miss: a story sentence about offers.
    assert chrome_kind("Recommended offers from the bank were rejected by the union.") is None


def test_formal_spanish_newsletter_pitch_is_a_promo():
    for line in ["Suscríbase a nuestro boletín y reciba las noticias del día.",
                 "Suscribite a nuestro newsletter",
                 "Suscríbase al boletín diario de La Gaceta"]:
        assert chrome_kind(line) == "promo", line
    # Near miss: a call in the story.
    assert chrome_kind("Suscríbase a la lista de espera, pidió el alcalde a los "
                       "vecinos.") is None


def test_copyright_notice_with_its_holder_first_is_chrome():
    for line in ["© Example Nation 2025 – Tous droits réservés",
                 "La Gaceta 2024. Todos los derechos reservados.",
                 "Wszelkie prawa zastrzeżone",
                 "© Пример.ру, 2000–2025",
                 "© The Harbour Post 1998-2024"]:
        assert chrome_kind(line) == "copyright", line
    # Near misses: the words in a story sentence, and a photographer's credit.
    assert chrome_kind("L'avocat a rappelé que tous droits réservés ne veut pas dire "
                       "interdit.") is None
    assert chrome_kind("© Jane Roe") is None
    assert credit_only_line("© Jane Roe") == "Jane Roe"


def test_age_rating_badge_is_a_widget():
    for line in ["18+", "16+", "0+", "12 +"]:
        assert chrome_kind(line) == "widget", line
    # Near miss: a story sentence with an age mark.
    assert chrome_kind("Only 18+ visitors were allowed in, police said.") is None


def test_writer_contact_line_with_an_address_is_a_widget():
    for line in [
        "Contact Jane Doe at jdoe@example.com. Follow @JaneDoeNews on X.",
        "Reach John Roe at jroe@example.org or 555-0100.",
        "Follow @JaneDoeNews on X.",
    ]:
        assert chrome_kind(line) == "widget", line
    # Near miss: a contact in the story.
    assert chrome_kind("Contact Jane Doe at the town hall for details.") is None


def test_desk_codes_with_trailing_slashes_are_a_signoff():
    for line in ["kos/ ero/", "abc/ defg/ hij/", "ABC/ DEF/"]:
        assert chrome_kind(line) == "navigation", line
    # Near miss: a story sentence with slashes.
    assert chrome_kind("Radni/ mieszkańcy przyszli na sesję w poniedziałek.") is None


def test_read_also_link_with_a_filler_word_is_an_inline_link():
    for line in ["Lesen Sie dazu auch: Hafen schließt im Winter",
                 "Lesen Sie hierzu auch: Neue Fähre für die Insel",
                 "Lire aussi à ce sujet : Le port ferme ses portes",
                 "Lisez aussi : Le port ferme ses portes",
                 "Leia também sobre o tema: O porto fecha"]:
        assert chrome_kind(line) == "inline_link", line
    # Near miss: the words opening a story sentence, no colon.
    assert chrome_kind("Lesen Sie dazu auch die Stellungnahme des Ministers.") is None


def test_site_copyright_below_the_story_is_no_photo_credit():
    # The story's last sentence, a byline, a related list and the site's notice: the
    # notice is no credit, so the sentence above stays body, not a caption.
    for notice in ["© The Harbour Post 2025", "© The Harbour Post 2025 – Tous droits réservés"]:
        text = (f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{LAST}\n\nBy Jane Doe\n\n"
                f"{notice}\n")
        cleaned = clean_text(text)
        assert cleaned.paragraphs == [BODY, MORE, LAST], notice
        assert cleaned.captions == [], notice
        if notice == "© The Harbour Post 2025":
            assert cleaned.copyright_years == [2025]  # the notice's year is still read
    # An age badge above a notice is no caption either.
    cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{LAST}\n\n18+\n\n"
                         f"© Пример.ру, 2000–2025\n")
    assert cleaned.captions == []
    assert cleaned.paragraphs == [BODY, MORE, LAST]
    # Near miss: a photo's caption and its credit inside the story stay a caption.
    cleaned = clean_text(f"Harbour fees rise\n\n{BODY}\n\nThe old pier at dawn on Monday.\n\n"
                         f"© Jane Roe\n\n{MORE}\n\n{LAST}\n")
    assert cleaned.captions == [{"text": "The old pier at dawn on Monday.", "credit": "Jane Roe"}]
    assert cleaned.paragraphs == [BODY, MORE, LAST]
