"""Classes of site chrome that leaked into article bodies on bench/dev_set25 (the
twenty-second held-out set, tuned on once it was retired): a data-protection notice with
its link to the privacy policy, a desk's sign-off of initials and the outlet's name, a
"see more" related link in capitals run onto its headline (Portuguese, Turkish and
others), a lone tweet button, and a story's previous/next strip. Synthetic text; each
class with a near miss, a story sentence of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def test_data_protection_notice_and_privacy_policy_link():
    for line in ["We care about the protection of your data. Read our Privacy Policy.",
                 "We value your privacy.", "See our privacy notice",
                 "Wir respektieren Ihre Privatsphäre. Lesen Sie unsere Datenschutzerklärung.",
                 "Nous respectons votre vie privée. Consultez notre politique de confidentialité.",
                 "Respetamos tu privacidad. Consulte nuestra política de privacidad.",
                 "Rispettiamo la tua privacy. Leggi l'informativa privacy.",
                 "Szanujemy Twoją prywatność.", "Gizlilik politikası"]:
        assert chrome_kind(line) == "cookie", line
    notice = "We care about the protection of your data. Read our Privacy Policy."
    assert _tail(notice) == [BODY, MORE]
    # Near misses: a speaker's care for residents' data, and a story about a policy.
    for line in ["We care about your data, the minister told residents at the hall on Monday.",
                 "The regulator told users to read the privacy policy before they signed up."]:
        assert chrome_kind(line) is None, line
        assert _tail(line) == [BODY, MORE, line]


def test_desk_signoff_with_initials_and_outlet():
    for line in ["—JMR, Harbour Integrated News", "– ABC/DEF, Example News",
                 "-- KL, Diario de la Costa"]:
        assert chrome_kind(line) is not None, line
    assert _tail("—JMR, Harbour Integrated News") == [BODY, MORE]
    # Near miss: a line of dialogue opened by a dash, as Spanish prints it.
    line = "—NO, dijo el alcalde, no vamos a cerrar el mercado este año."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_related_link_in_capitals_run_onto_its_headline():
    for line in ["VEJA MAIS Prefeitura amplia horário dos postos de saúde",
                 "Veja Também Chuva deixa bairros sem energia",
                 "İLGİLİ HABER Ankara'da fındık fiyatları yükseldi",
                 "LEA TAMBIÉN Sube el precio del pan en la provincia",
                 "MEHR ZUM THEMA Hafen erhöht die Gebühren",
                 "RELATED STORY Harbour board names new chief"]:
        assert chrome_kind(line) == "inline_link", line
    assert _middle("VEJA MAIS Prefeitura amplia horário dos postos de saúde") == [BODY, MORE]
    # Near misses: the same words opening a story sentence.
    for line in ["Veja mais tarde a lista completa dos aprovados, disse o prefeito.",
                 "İlgili haber ajansına göre hasat bu yıl iki hafta erken başladı."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE]


def test_lone_tweet_button():
    for line in ["Tweet", "Tweet this", "Tuitear", "Twittern", "Tweeter"]:
        assert chrome_kind(line) == "share_widget", line
    assert _tail("Tweet\nShare on Facebook") == [BODY, MORE]
    # Near miss: a story sentence about a tweet.
    line = "Tweet after tweet, the mayor defended the plan late into the night."
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_previous_next_strip_under_the_story():
    for line in ["More in this category: « Harbour board meets   Ferry fares to rise »",
                 "Plus dans cette catégorie : « Le port recrute »",
                 "Weitere Artikel in dieser Kategorie: Hafen erhöht Gebühren",
                 "« Previous article   Next article »", "Previous post: Harbour board meets",
                 "Article précédent", "Nächster Artikel", "Próximo artigo", "Sonraki haber"]:
        assert chrome_kind(line) == "navigation", line
    strip = "More in this category: « Harbour board meets   Ferry fares to rise »"
    assert _tail(strip) == [BODY, MORE]
    # Near misses: a story sentence opened by the same words.
    for line in ["More in this category of patients needed care than last year, doctors said.",
                 "Next, the story moves to the harbour, where the ferries wait for repairs."]:
        assert chrome_kind(line) is None, line
        assert _tail(line) == [BODY, MORE, line]
