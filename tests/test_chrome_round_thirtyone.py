"""Classes of site chrome that leaked into article bodies on bench/dev_set31 (the
twenty-eighth held-out set, tuned on once it was retired) and bench/dev_set30, made broader
in languages: a photo credit left alone in brackets, a related link's label split from its
headline by a dash, the e-edition's label and its "read the latest edition of the paper"
pitch, a disclaimer that readers' comments are not the site's views, a pitch to follow the
outlet on a list of its channels and pages, and a broadcaster's promo for its bulletin at
its air time. Synthetic text; each class with a near miss, a story sentence of a similar
shape that stays."""

from __future__ import annotations

import re

from transforms.clean import chrome_kind, clean_text
from transforms.patterns import CHROME_LINE_PATTERNS

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


# Broadened beyond the leaks: furniture of the same kind that fresh sets will carry.

def test_read_on_below_the_ad_break_and_ad_label_in_more_languages():
    _dropped([
        "Реклама",
        "Iklan",
        "Continue reading below",
        "Lesen Sie nach der Anzeige weiter",
        "Continua após a publicidade",
        "Продолжение после рекламы",
        "Haberin devamı reklamdan sonra",
        "Lanjutkan membaca artikel di bawah ini",
    ])
    # Near misses: advertising the subject of a story sentence.
    _kept("Read on below the fold, the editor told the intern.")
    _kept("Iklan rokok dilarang di jalan protokol mulai Juni.")


def test_gallery_counter_and_gallery_link():
    _dropped([
        "Photo 3 of 12",
        "Foto 3 de 10",
        "Bild 2 von 8",
        "Zdjęcie 1 z 10",
        "Фото 1 из 10",
        "View gallery",
        "Ver galería",
        "Voir la galerie",
        "Zur Bildergalerie",
        "Guarda la gallery",
        "Bekijk de fotoserie",
        "Zobacz galerię",
        "Galeriyi görüntüle",
        "Lihat galeri foto",
    ])
    # Near miss: a photo of a series described in the story.
    _kept("Photo 3 of the series shows the harbour at dawn, before the cranes arrived.")


def test_story_translated_or_written_with_ai_disclosure():
    _dropped([
        "This article was translated using AI.",
        "This article was generated with the help of artificial intelligence and reviewed by "
        "an editor.",
        "Este artículo fue traducido con ayuda de inteligencia artificial.",
        "Cet article a été traduit à l'aide de l'intelligence artificielle.",
        "Dieser Artikel wurde mithilfe von KI übersetzt.",
        "Este artigo foi traduzido com recurso a inteligência artificial.",
        "Questo articolo è stato tradotto con l'intelligenza artificiale.",
        "Dit artikel is vertaald met behulp van AI.",
        "Artykuł został przetłumaczony przy pomocy sztucznej inteligencji.",
        "Статья переведена с помощью искусственного интеллекта.",
        "Bu haber yapay zeka ile çevrilmiştir.",
        "Artikel ini diterjemahkan dengan bantuan AI.",
    ])
    # Near misses: AI in the story; an artist's name that reads "Ai".
    _kept("The report was written with AI, the company admitted.")
    _kept("The fake article was generated by AI and shared widely on Facebook.")
    _kept("This text was written by Ai Weiwei in 2010.")


def test_push_notification_prompt():
    _dropped([
        "Turn on notifications to get breaking news",
        "Activa las notificaciones para recibir las últimas noticias",
        "Activez les notifications pour ne rien manquer",
        "Aktivieren Sie Push-Benachrichtigungen",
        "Ative as notificações",
        "Attiva le notifiche",
        "Zet meldingen aan",
        "Włącz powiadomienia",
        "Включите уведомления",
        "Bildirimleri açın",
        "Aktifkan notifikasi",
    ])
    # Near miss: the same call reported in the story.
    _kept("Turn on notifications, the bank told customers after the fraud.")


def test_outlets_own_podcast_plug():
    _dropped([
        "Listen to our podcast on Spotify and Apple Podcasts",
        "Escucha nuestro pódcast en Spotify",
        "Écoutez notre podcast sur Deezer",
        "Hören Sie unseren Podcast auf Spotify",
        "Ouça nosso podcast no Spotify",
        "Ascolta il nostro podcast su Spotify",
        "Luister naar onze podcast op Spotify",
        "Posłuchaj naszego podcastu na Spotify",
        "Слушайте наш подкаст на Яндекс Музыке",
        "Podcastimizi Spotify'da dinleyin",
        "Dengarkan podcast kami di Spotify",
    ])
    # Near miss: a podcast in the story, with its speaker.
    _kept("Listen to the podcast, the host told her, and you will understand the case.")


def test_donation_call_alone_on_its_line():
    _dropped([
        "Donate now",
        "Haz una donación",
        "Faites un don",
        "Jetzt spenden",
        "Faça uma doação",
        "Fai una donazione",
        "Doneer nu",
        "Wesprzyj nas",
        "Поддержите нас",
        "Bağış yapın",
        "Dukung kami",
    ])
    # Near miss: a donation call reported in the story.
    _kept("Donate blood now, the hospital urged after the crash.")


def test_reading_time_and_audio_player_label_in_more_languages():
    _dropped([
        "Leestijd: 3 minuten",
        "Czas czytania: 3 min",
        "Время чтения: 3 минуты",
        "Okuma süresi: 3 dakika",
        "Waktu baca: 3 menit",
        "Listen to this story",
        "Escuchar esta noticia",
        "Écouter cet article",
        "Artikel anhören",
        "Ouvir esta notícia",
        "Ascolta l'articolo",
        "Beluister dit artikel",
        "Posłuchaj artykułu",
        "Прослушать статью",
        "Haberi dinle",
        "Dengarkan berita ini",
    ])
    # Near miss: a story the reader is pointed to inside the text.
    _kept("Listen to this story from a woman who survived the flood, her neighbours said.")


def test_sponsored_content_label():
    _dropped([
        "Sponsored by Example Bank",
        "This content is sponsored by Example Bank.",
        "Contenido patrocinado",
        "Contenu sponsorisé",
        "Gesponserter Inhalt",
        "Conteúdo patrocinado",
        "Contenuto sponsorizzato",
        "Gesponsorde inhoud",
        "Artykuł sponsorowany",
        "Партнерский материал",
        "Sponsorlu içerik",
        "Konten bersponsor",
    ])
    # Near misses: a sponsor named in the story.
    _kept("Sponsored by the council, the fair drew 5,000 visitors.")
    _kept("The concert was sponsored by Example Bank.")


def test_call_for_readers_news_tips():
    _dropped([
        "Got a news tip? Email us at tips@example.com",
        "Send us your news tips",
        "¿Tienes una noticia? Escríbenos",
        "Vous avez une info ? Contactez-nous",
        "Tem uma sugestão de pauta? Fale conosco",
        "Hai una segnalazione? Scrivici",
        "Есть новость? Пишите нам",
        "Haber ihbarı için bize yazın",
        "Punya informasi? Hubungi redaksi",
    ])
    # Near misses: a call to witnesses reported in the story.
    _kept("Send us your photos, police urged witnesses.")
    _kept("Contact us if you saw the crash, police said.")


def test_related_link_label_with_colon_in_german_and_turkish():
    _dropped([
        "Auch interessant: Stadt plant neue Brücke",
        "Das könnte Sie auch interessieren: Stadt plant neue Brücke",
        "Ayrıca okuyun: Belediye yeni köprü yapıyor",
    ])
    # Near miss: the words in a sentence of the story.
    _kept("Auch interessant ist die Frage, wer die Brücke bezahlt, sagte der Bürgermeister.")


def test_no_chrome_pattern_matches_an_empty_line():
    # An empty alternative ("...|") would make a family match a lone "." or ":" (or an
    # "Opens in new tab" suffix alone) and label it chrome of the wrong kind.
    for kind, patterns in CHROME_LINE_PATTERNS.items():
        for pattern in patterns:
            assert re.fullmatch(pattern, "", re.IGNORECASE) is None, (kind, pattern[:60])
    assert chrome_kind(".") is None
    assert chrome_kind(":") is None
    assert chrome_kind("Sponsored by Example Bank") == "advertisement"
