"""Classes of site chrome that leaked into article bodies on bench/dev_set31 (the
twenty-eighth held-out set, tuned on once it was retired) and bench/dev_set30, made broader
in languages: a photo credit left alone in brackets, a related link's label split from its
headline by a dash, the e-edition's label and its "read the latest edition of the paper"
pitch, a disclaimer that readers' comments are not the site's views, a pitch to follow the
outlet on a list of its channels and pages, and a broadcaster's promo for its bulletin at
its air time. Synthetic text; each class with a near miss, a story sentence of a similar
shape that stays."""

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


def test_bracketed_photo_credit_alone_on_its_line():
    _dropped([
        "[Photo : Harbour Broadcasting]",
        "(Photo: AFP)",
        "[Foto: EFE]",
        "(Bild: Keystone)",
        "[Фото: ТАСС]",
        "(Fotoğraf: AA)",
        "[Zdjęcie: PAP]",
        "[Image: Getty Images]",
        "(Photo credit: Jane Roe)",
    ])
    # Near miss: a bracketed aside of the story with a colon in it.
    _kept("(Photos of the flood were shared widely online: police asked for more of them.)")


def test_related_link_label_and_headline_split_by_a_dash():
    _dropped([
        "Also Read - Farmers rally in the capital over seed prices",
        "Read more – Council approves the harbour budget",
        "Lea también - El gobierno aprueba el plan de obras",
        "Lire aussi – La mairie vote le budget du port",
        "Lesen Sie auch – Stadt plant neue Brücke",
        "Leggi anche - Il comune approva il bilancio",
        "Czytaj też - Miasto buduje nowy most",
        "Читайте также – В Казани открыли новый мост",
        "Ayrıca okuyun - Belediye yeni köprü yapıyor",
        "Baca juga - Pemkot bangun jembatan baru",
    ])
    # Near miss: a sentence that opens with the same words, no dash after them.
    _kept("Read more about the plan on the council's website, the mayor said on Monday.")


def test_e_edition_label_and_latest_edition_pitch():
    _dropped([
        "Digital Editions",
        "E-Edition",
        "Read the latest edition of the Harbour Gazette online.",
        "Read the digital edition of The Valley Times online.",
        "Édition numérique",
        "Zum E-Paper",
        "Edição digital",
        "Edicola digitale",
        "Digitale krant",
        "Czytaj e-wydanie",
        "Электронная версия газеты",
        "E-gazete",
        "Koran digital",
    ])
    # Near misses: the paper's editions the subject of a story sentence.
    _kept("Digital editions of the paper sold 20,000 copies last month, the publisher said.")
    _kept("Read the latest edition of the council's report online, the mayor urged residents.")


def test_readers_comments_are_not_the_sites_views_disclaimer():
    _dropped([
        "Written by readers, the comments below do not reflect the views of The Harbour Post.",
        "Comments are the sole responsibility of their authors.",
        "Los comentarios son responsabilidad exclusiva de sus autores.",
        "Les commentaires sont sous la responsabilité de leurs auteurs.",
        "Die Kommentare geben nicht die Meinung der Redaktion wieder.",
        "Os comentários são de responsabilidade exclusiva de seus autores.",
        "I commenti non rappresentano l'opinione della redazione.",
        "Reacties geven niet de mening van de redactie weer.",
        "Komentarze są prywatnymi opiniami użytkowników portalu.",
        "Мнение редакции может не совпадать с мнением авторов комментариев.",
        "Yorumlar okuyucularımıza aittir, sitemizin görüşlerini yansıtmaz.",
        "Komentar adalah tanggung jawab pribadi pembaca.",
    ])
    # Near misses: a politician's comments and what they do not reflect, in the story.
    _kept("The minister's comments do not reflect the party's position.")
    _kept("The comments by readers of the report do not reflect the views of the board, "
          "the chairman said.")


def test_follow_the_outlet_on_a_list_of_its_channels_and_pages():
    _dropped([
        "Подписывайтесь на телеграм-канал, группу «ВКонтакте» и страницу в «Одноклассниках» "
        "«Вестника».",
        "Follow our Telegram channel, Facebook page and YouTube channel.",
        "Siga nossa página no Facebook e o canal no WhatsApp",
        "Suivez notre page Facebook et notre chaîne YouTube",
        "Folgen Sie unserer Facebook-Seite und unserem WhatsApp-Kanal",
        "Volg onze Facebook-pagina en ons WhatsApp-kanaal",
        "Ikuti saluran WhatsApp dan akun Instagram kami",
    ])
    # Near misses: a call reported in the story, with its speaker after the channel.
    _kept("Подписывайтесь на телеграм-канал мэрии, призвал глава города.")
    _kept("Follow the Telegram channel and Facebook page of the ministry, officials urged.")


def test_broadcasters_bulletin_at_its_air_time_promo():
    _dropped([
        "Watch Harbour One News at 6pm every night.",
        "Catch Example Tonight weeknights at 7pm.",
        "Mira Noticiero Ejemplo a las 21 horas.",
        "Regardez le journal de 20h sur Exemple TV.",
        "Sehen Sie die Nachrichten um 20 Uhr im Ersten.",
        "Assista ao Jornal Exemplo às 20h.",
        "Kijk om 20.00 uur naar het Journaal.",
        "Oglądaj Wiadomości o 19:30 w TVP1.",
        "Смотрите новости в 20:00 на канале Пример.",
        "Saksikan Berita Contoh setiap pukul 18.00 WIB.",
    ])
    # Near misses: a call reported in the story; the bulletin the subject.
    _kept("Watch the council meeting at 6pm, the mayor urged residents.")
    _kept("The news at 6pm led with the fire at the harbour.")
