"""Classes of site chrome that leaked into article bodies on bench/dev_set38 (a retired held-out
set, tuned on once it was retired), made broader in languages: South Slavic read-also labels,
share and comment buttons, comment counters, newsletter sign-ups and comment log-in gates; Greek
read-also labels; a follow call naming the outlet with a possessive; the empty ad slot's notice;
a note that the story is translated from an original published elsewhere; and the outlet's note
that it is available on the apps. Synthetic text; each class with near misses, story sentences
of a similar shape that stay."""

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


def test_south_slavic_read_also_link():
    _dropped([
        "Preberi še: Smučarska sezona na Gorenjskem podaljšana do aprila",
        "Preberite tudi: Nova obvoznica bo odprta jeseni",
        "Pročitajte i: Novi most preko Save otvoren za promet",
        "Pročitaj još: Gradska vijeća raspravljaju o proračunu",
        "Procitajte takođe: Nova linija autobusa do aerodroma",
        "Прочитајте још: Нови мост отворен за саобраћај",
    ])
    # Near misses: the verb opening a sentence, no colon after the label.
    _kept("Preberi še enkrat pogodbo, je svetoval odvetnik svojemu klientu pred podpisom.")
    _kept("Pročitajte pažljivo uputstvo prije upotrebe lijeka, savjetuju ljekarnici.")


def test_greek_read_also_link():
    _dropped([
        "Διαβάστε επίσης: Νέοι ποδηλατόδρομοι στην πόλη",
        "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέοι ποδηλατόδρομοι στην πόλη",
        "Δείτε ακόμη: Το νέο πάρκο άνοιξε τις πύλες του",
    ])
    # Near miss: the verb in a sentence, no label colon.
    _kept("Διαβάστε επίσης τις οδηγίες του υπουργείου πριν από την αίτηση, είπε ο δήμαρχος.")


def test_south_slavic_share_and_comment_buttons():
    # "Deli" (an English word too) goes only beside other chrome (review 39).
    assert "Deli" not in _middle("Deli\nPodijeli")
    _dropped(["Podijeli", "Podeli", "Подели", "Komentiraj", "Komentariši", "Коментариши",
              "Komentarji (18)", "Komentari 4", "Коментари (2)"])
    # Near misses: the words inside a line of the story, and a shop's name with more words.
    _kept("Deli on Main Street reopened on Monday after the flood, the owner said.")
    _kept("Deli premoženja so bili razdeljeni med dediče, je pojasnil notar.")
    _kept("Komentiraj je dejal, da bo odločitev sprejeta do konca meseca.")


def test_south_slavic_newsletter_sign_up():
    _dropped([
        "Naroči se na e-novice Primer.si",
        "Prijavite se na newsletter",
        "Pretplati se na naše novosti",
        "Пријавите се на билтен",
    ])
    # Near misses: the same verbs for other things than a newsletter.
    _kept("Naroči se na pregled pri zdravniku, so svetovali na zdravstvenem domu.")
    _kept("Prijavite se na natječaj do petka, poručili su iz gradske uprave.")


def test_south_slavic_comment_log_in_gate():
    _dropped([
        "Za komentiranje se morate prijaviti.",
        "Za komentarisanje morate biti prijavljeni.",
        "За коментарисање морате бити пријављени.",
        "Morate biti prijavljeni da biste komentirali.",
    ])
    # Near miss: commenting on a law, with a deadline after the gate.
    _kept("Za komentiranje zakona se morate prijaviti do petka, so sporočili z ministrstva.")


def test_follow_call_naming_the_outlet_with_a_possessive():
    _dropped([
        "Follow Harbourwire's official Instagram and Twitter pages to keep current on world news.",
        "Follow The Post's Facebook and Instagram pages for the latest news.",
        "Follow Harbourwire's official Telegram and WhatsApp channels",
    ])
    # Near misses: a person's pages with a clause after a comma, a lowercase owner.
    _kept("Follow Smith's Instagram and Twitter pages for updates, police said on Monday.")
    _kept("Follow the mayor's official Instagram and Twitter pages to see the plans.")


def test_empty_ad_slot_notice():
    _dropped([
        "This advertisement has not loaded yet, but your article continues below.",
        "This ad hasn't loaded yet, but your article continues below",
        "Your article continues below.",
    ])
    # Near miss: a story sentence about an advertisement.
    _kept("The advertisement has not loaded yet on the city's website, the agency said on Monday.")


def test_translated_from_an_original_note():
    _dropped([
        "This article was translated from the Khmer original published on Harbour News.",
        "This story has been translated from the Spanish original.",
        "Este artículo fue traducido del original en inglés publicado en Diario Puerto.",
        "Cet article a été traduit de l'original anglais publié par Le Courrier.",
        "Dieser Artikel wurde aus dem englischen Original übersetzt.",
        "Este artigo foi traduzido do original em inglês publicado no Jornal Porto.",
        "Questo articolo è stato tradotto dall'originale inglese pubblicato su Il Porto.",
        "Dit artikel is vertaald uit het Engelse origineel.",
    ])
    # Near misses: a book translated, a note with a clause after a comma.
    _kept("The book was translated from the Khmer original in 1970 by a team of monks.")
    _kept("This report was translated from the original, officials said on Tuesday.")
    # ... and an adaptation note, which the public benchmark counts as the story's.
    _kept("This article has been adapted from its original source.")


def test_outlet_available_on_the_apps():
    # Review 39: only the site's own name (clean_text's site_names) is the outlet.
    for line, site in (("Harbour24 is available on Telegram and WhatsApp.", "harbour24"),
                       ("Diario Puerto está disponible en Telegram y WhatsApp", "diariopuerto"),
                       ("Le Courrier est disponible sur WhatsApp et Telegram.", "lecourrier"),
                       ("Hafenpost ist auch auf Telegram und WhatsApp verfügbar.", "hafenpost"),
                       ("Il Porto è disponibile su Telegram", "ilporto"),
                       ("Гавань доступна в Telegram", "гавань")):
        sites = frozenset({site})
        assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n",
                          site_names=sites).paragraphs == [BODY, MORE], line
    # Near misses: a lowercase service, a note that goes on, a politician on an app.
    sites = frozenset({"harbour24"})
    for line in ("The hotline is available on WhatsApp and Telegram.",
                 "Harbour24 is available on WhatsApp for free, the ministry said on Monday.",
                 "Merz ist jetzt auf TikTok."):
        assert clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n",
                          site_names=sites).paragraphs == [BODY, line, MORE], line
