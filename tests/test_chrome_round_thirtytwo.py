"""Classes of site chrome that leaked into article bodies on bench/dev_set32 (the
twenty-ninth held-out set, tuned on once it was retired), made broader in languages: a share
bar's slogan, the publisher's self-description as one of the most active or influential
outlets; and furniture of the kinds fresh sets carry that the last rounds missed in some
languages: a "report an error" link, a log-in-to-comment gate, the print button and toolbar,
a note that the story is years old, the most-read list's header, the cookie notice, the
Indonesian rights notice, Google News and newsletter pitches, a Turkish bulletin promo and a
comments disclaimer naming the site. Synthetic text; each class with a near miss, a story
sentence of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def _dropped(lines: list[str]) -> None:
    for line in lines:
        assert chrome_kind(line) is not None, line
        assert _middle(line) == [BODY, MORE], line
        assert _tail(line) == [BODY, MORE], line


def _kept(line: str) -> None:
    assert chrome_kind(line) is None, line
    assert _middle(line) == [BODY, line, MORE], line


def test_share_bar_slogan_or_call():
    _dropped([
        "Sharing is caring!",
        "Spread the word!",
        "Please share!",
        "If you found this article useful, please share it with your friends.",
        "Share this story if you enjoyed it!",
        "Compartir es vivir",
        "Partager, c'est aimer !",
        "Teilen macht Freude!",
        "Compartilhar é cuidar",
        "Condividere è bello",
        "Delen is fijn!",
        "Поделитесь с друзьями",
        "Bu haberi arkadaşlarınızla paylaşın",
        "Bagikan artikel ini ke teman",
    ])
    # Near miss: the slogan in a story sentence.
    _kept("Sharing is caring, the nursery's new sign says, and the children seem to agree.")


def test_publishers_self_description_as_one_of_the_most_active_outlets():
    # Under the story only (a tail note).
    for line in [
        "Harbour Wire is one of the most active online news portals in the Pacific.",
        "The Valley Times is one of the most influential newspapers in the region.",
        "El Faro es uno de los portales de noticias más activos del país.",
        "Le Courrier est l'un des sites d'information les plus suivis de la région.",
        "Die Post ist eines der aktivsten Nachrichtenportale im Norden.",
        "O Correio é um dos portais de notícias mais acessados do estado.",
        "Il Faro è uno dei siti di notizie più seguiti della regione.",
    ]:
        assert _tail(line) == [BODY, MORE], line
    # Near miss: a company's standing, no medium.
    for line in ["The Harbour Company is one of the most active firms in the region.",
                 "Il porto è uno dei siti più visitati della regione, secondo il comune."]:
        assert _tail(line) == [BODY, MORE, line], line


def test_report_an_error_link():
    _dropped([
        "Report a typo",
        "Spotted an error?",
        "Reportar un error",
        "Signaler une erreur",
        "Fehler melden",
        "Reportar erro",
        "Segnala un errore",
        "Meld een fout",
        "Zgłoś błąd",
        "Сообщить об ошибке",
        "Hata bildir",
        "Laporkan kesalahan",
    ])
    # Near miss: the same verb in a story sentence.
    _kept("Report a typo in the ballot to the clerk at once, voters were told on Monday.")


def test_log_in_to_comment_gate():
    _dropped([
        "Sign up or log in to comment",
        "Register to join the discussion",
        "Melden Sie sich an, um zu kommentieren",
        "Zaloguj się, aby dodać komentarz",
        "Войдите, чтобы оставить комментарий",
        "Yorum yapmak için giriş yapın",
        "Login untuk berkomentar",
    ])
    # Near miss: residents asked to comment on a plan.
    _kept("Log in to comment on the draft by Friday, the council told residents.")


def test_print_button_and_toolbar_row():
    _dropped([
        "Imprimir",
        "Imprimer",
        "Drucken",
        "Stampa",
        "Afdrukken",
        "Drukuj",
        "Печать",
        "Yazdır",
        "Cetak",
        "Print Email Save",
        "Share Tweet Email",
    ])
    # Near miss: a sentence about printing.
    _kept("Print shops in the old town closed early as the storm approached the coast.")


def test_story_is_years_old_note():
    _dropped([
        "This article is more than 5 years old",
        "This story is more than two years old",
        "Este artículo tiene más de 5 años",
        "Cet article date de plus de 3 ans",
        "Dieser Artikel ist älter als 2 Jahre",
        "Este artigo tem mais de 4 anos",
        "Questo articolo ha più di 6 anni",
        "Dit artikel is meer dan 5 jaar oud",
        "Artykuł ma ponad 5 lat",
        "Этой статье более 5 лет",
        "Bu haber 5 yıldan daha eski",
        "Artikel ini berusia lebih dari 5 tahun",
    ])
    # Near miss: the age of a thing in the story.
    _kept("This bridge is more than 5 years old, engineers said after the inspection.")


def test_most_read_list_header_in_more_languages():
    for line in ["Najczęściej czytane", "Самое читаемое", "Terpopuler", "Paling banyak dibaca"]:
        assert _middle(line) == [BODY, MORE], line
    # Near miss: a story sentence about what readers read most.
    _kept("Najczęściej czytane są książki dla dzieci, wynika z raportu biblioteki.")


def test_cookie_notice_in_more_languages():
    _dropped([
        "Wij gebruiken cookies om uw ervaring te verbeteren.",
        "Używamy plików cookie, aby poprawić jakość usług.",
        "Мы используем файлы cookie.",
        "Sitemizde çerezler kullanılmaktadır.",
        "Situs ini menggunakan cookie.",
    ])
    # Near miss: a bakery's cookies.
    _kept("De bakker verkoopt cookies en taart op de markt, zei de wethouder.")


def test_rights_notice_in_indonesian():
    _dropped(["Hak cipta dilindungi undang-undang.",
              "Copyright Harian Contoh. Hak Cipta Dilindungi"])
    _kept("Hak cipta lagu itu menjadi sengketa di pengadilan sejak tahun lalu, kata pengacara.")


def test_google_news_and_newsletter_pitch_in_more_languages():
    _dropped([
        "Подписывайтесь на нас в Google Новостях",
        "Schrijf je in voor onze nieuwsbrief",
        "Zapisz się do naszego newslettera",
        "Подпишитесь на нашу рассылку",
        "Bültenimize abone olun",
        "Berlangganan buletin kami",
    ])
    # Near misses: a bank's newsletter; Google News the subject.
    _kept("Zapisz się do newslettera banku, radzi minister finansów klientom.")
    _kept("Google Новости перестали показывать ссылки на региональные сайты, заявил министр.")


def test_turkish_bulletin_promo_and_comments_disclaimer_naming_the_site():
    _dropped([
        "Haberleri her akşam 19.00'da izleyin",
        "Ana haber bültenini her akşam 19.00'da Kanal Örnek'te izleyin.",
        "The views expressed in the comments do not reflect those of The Harbour Post.",
        "The views expressed in the comments section do not necessarily reflect those of "
        "Valley Times.",
    ])
    # Near misses: a minister's call with a reported-speech clause; views in the story.
    _kept("Haberleri 19.00'da izleyin, dedi bakan.")
    _kept("The views expressed in the comments do not reflect those of the party, the "
          "minister said.")
