"""Classes of site chrome that leaked into article bodies on bench/dev_set27 (the
twenty-fourth held-out set, tuned on once it was retired), made broader in languages: a
"read also" / "see also" header alone on its line in Russian and Ukrainian, a bare
"recommended" header in other languages, a follow call for the outlet on a messaging app
with a "get the latest news" promise after a colon, a "click here" call to the outlet's
messaging-app channel, and a funding note for the journalism below the story. Synthetic
text; each class with a near miss, a story sentence of a similar shape that stays."""

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


def _header_above_link(header: str, link: str):
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{header}\n{link}\n\n{MORE}\n")


def test_read_also_header_alone_in_russian_and_ukrainian():
    link = "Городской совет утвердил новый бюджет"
    for header in ["Читайте также", "Смотрите также", "Читайте тоже", "Читайте також",
                   "Дивіться також", "По теме", "Еще по теме"]:
        out = _header_above_link(header, link)
        assert out.paragraphs == [BODY, MORE], header
        assert out.related_headlines == [link], header
    # Near miss: a story sentence that opens with the same words.
    line = ("Смотрите также на прогноз погоды, советуют спасатели всем туристам перед "
            "выходом в горы.")
    assert _middle(line) == [BODY, line, MORE]


def test_recommended_header_alone_in_other_languages():
    link = "Ratusz ogłosił przetarg na nowy most"
    for header in ["Polecane", "Polecamy", "Polecane artykuły", "Warto przeczytać",
                   "Powiązane artykuły", "Aanbevolen", "Empfohlene Artikel", "Unsere Empfehlungen",
                   "Recommandés", "Recomendados", "Notícias recomendadas", "Consigliati",
                   "Önerilen haberler", "Berita terkait", "Artikel terkait", "Recommended reading"]:
        out = _header_above_link(header, link)
        assert out.paragraphs == [BODY, MORE], header
        assert out.related_headlines == [link], header
    # Near miss: a story sentence that opens with the word.
    line = ("Polecane przez lekarzy szczepienia będą bezpłatne dla wszystkich seniorów od "
            "przyszłego miesiąca, poinformował resort zdrowia.")
    assert _middle(line) == [BODY, line, MORE]


def test_follow_the_outlet_on_an_app_with_a_latest_news_promise():
    for line in ["Follow The Coast Times on WhatsApp: Get the latest news and updates.",
                 "Follow Harbour Daily on Telegram - for the latest headlines",
                 "Suivez Le Courrier sur WhatsApp : les dernières actualités",
                 "Sigue a El Diario en Telegram: recibe las últimas noticias",
                 "Siga o Jornal no WhatsApp: as últimas notícias primeiro",
                 "Folgen Sie der Post auf WhatsApp: die neuesten Nachrichten",
                 "Segui Il Giornale su Telegram: le ultime notizie",
                 "Volg De Krant op WhatsApp: het laatste nieuws eerst",
                 "Segui Il Giornale su WhatsApp per le ultime notizie",
                 "Suivez Le Courrier sur Telegram pour les dernières actualités"]:
        assert chrome_kind(line) == "promo", line
        assert _middle(line) == [BODY, MORE], line
    # Near miss: a follow call reported with the story's own detail after the colon.
    line = "Follow the coastguard on X: its warnings for the weekend storm were posted there."
    assert chrome_kind(line) is None
    assert _middle(line) == [BODY, line, MORE]


def test_click_here_call_to_the_outlets_messaging_app_channel():
    for line in ["Stay in the loop, click here to join the Harbour Post WhatsApp channel.",
                 "Tap here to join the Example News Telegram group",
                 "Haz clic aquí para unirte al canal de WhatsApp de El Diario",
                 "Clique aqui e entre no canal do Jornal no WhatsApp",
                 "Cliquez ici pour rejoindre la chaîne WhatsApp du Courrier.",
                 "Klik hier om lid te worden van ons WhatsApp-kanaal.",
                 "Klicken Sie hier, um unserem WhatsApp-Kanal beizutreten.",
                 "Clicca qui per unirti al canale Telegram del Giornale",
                 "Kliknij tutaj, aby dołączyć do naszego kanału na WhatsAppie"]:
        assert chrome_kind(line) == "promo", line
        assert _middle(line) == [BODY, MORE], line
    # Near misses: a scam message quoted in the story, and residents' own group.
    for line in ["Click here, the fake WhatsApp message told pensioners, and dozens lost "
                 "their savings.",
                 "Residents can join the ward's WhatsApp group to report outages, the "
                 "councillor said."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE]


def test_funding_note_for_the_journalism_below_the_story():
    for line in ["LDR is local body journalism co-funded by the broadcaster and a media fund.",
                 "Local Democracy Reporting is funded by the BBC and local papers.",
                 "This story was produced with support from the Example Center for Reporting.",
                 "Cet article a été réalisé avec le soutien de la Fondation Exemple.",
                 "Este reportaje fue realizado con el apoyo de la Fundación Ejemplo.",
                 "Esta reportagem foi produzida com apoio do Instituto Exemplo.",
                 "Dieser Beitrag wurde gefördert von der Beispiel-Stiftung.",
                 "Questo articolo è stato realizzato con il contributo della Fondazione Esempio.",
                 "Dit artikel kwam tot stand met steun van het Fonds Voorbeeld.",
                 "Artykuł powstał dzięki wsparciu Fundacji Przykład."]:
        assert _tail(line) == [BODY, MORE], line
    # Near misses: the story's last sentence names a funder in a clause of its own, or the
    # funder of the story's own project.
    for line in ["Her reporting, funded by a grant from the city, won the regional press prize "
                 "last year, the jury said.",
                 "The project was funded by the city government with support from the regional "
                 "fisheries bureau and a farmers' cooperative."]:
        assert _tail(line) == [BODY, MORE, line], line


def test_you_may_also_like_header_alone_in_other_languages():
    link = "El puerto amplía su muelle de cruceros"
    for header in ["Te recomendamos", "También te puede interesar", "Ti potrebbe interessare",
                   "Vous aimerez aussi", "Dit vind je misschien ook interessant",
                   "Das könnte dich auch interessieren", "İlginizi çekebilir", "Ayrıca okuyun",
                   "Você também pode gostar"]:
        out = _header_above_link(header, link)
        assert out.paragraphs == [BODY, MORE], header
        assert out.related_headlines == [link], header
    # Near miss: a story sentence that opens with the words.
    line = ("Te recomendamos no salir de casa durante la tormenta, dijo el alcalde a los "
            "vecinos del barrio en la radio local.")
    assert _middle(line) == [BODY, line, MORE]


def test_messaging_app_channel_pitch_in_polish_russian_turkish_indonesian():
    for line in ["Dołącz do naszego kanału na WhatsAppie",
                 "Obserwuj nasz kanał Gazeta Przykład na Telegramie",
                 "Следите за новостями в нашем Telegram-канале",
                 "Читайте наши новости в Telegram",
                 "Örnek Gazete'yi WhatsApp'tan takip edin",
                 "WhatsApp kanalımıza katılın",
                 "Ikuti saluran WhatsApp Harian Contoh",
                 "Ikuti kami di WhatsApp Channel"]:
        assert chrome_kind(line) == "promo", line
        assert _middle(line) == [BODY, MORE], line
    # Near misses: the call reported in the story, with its speaker after it.
    for line in ["Dołącz do kanału na WhatsAppie, apelował sołtys do mieszkańców zalanej wsi.",
                 "Следите за новостями в Telegram-канале мэрии, призвали спасатели жителей "
                 "района."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE]


def test_app_pitch_in_polish_russian_ukrainian_turkish_indonesian():
    for line in ["Pobierz naszą aplikację", "Pobierz naszą darmową aplikację mobilną",
                 "Скачайте наше приложение", "Скачайте наше бесплатное приложение «Газета»",
                 "Завантажуйте наш застосунок", "Mobil uygulamamızı hemen indirin",
                 "Unduh aplikasi Harian Contoh di Google Play dan App Store"]:
        assert chrome_kind(line) == "promo", line
        assert _middle(line) == [BODY, MORE], line
    # Near misses: an official app the story's sources tell readers to get.
    for line in ["Pobierz aplikację, radzi policja wszystkim kierowcom przed długim weekendem.",
                 "Скачайте приложение «Госуслуги», посоветовали в мэрии жителям района.",
                 "Unduh aplikasi resmi sebelum masuk stasiun, kata petugas kepada penumpang."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE]


def test_see_also_header_alone_in_turkish_and_indonesian():
    link = "Belediye yeni köprü için ihale açtı"
    for header in ["Ayrıca bakınız", "Simak juga"]:
        out = _header_above_link(header, link)
        assert out.paragraphs == [BODY, MORE], header
        assert out.related_headlines == [link], header
    # Near miss: a story sentence that opens with the words.
    line = ("Simak juga penjelasan petugas sebelum naik kereta, kata kepala stasiun kepada "
            "para penumpang pagi ini.")
    assert _middle(line) == [BODY, line, MORE]


def test_get_the_outlets_app_pitch():
    for line in ["Get the Harbour Post app", "Get our free app for iOS and Android",
                 "Lade dir die App der Post herunter"]:
        assert chrome_kind(line) == "promo", line
        assert _middle(line) == [BODY, MORE], line
    # Near miss: the call reported in the story.
    line = "Get the app, the minister told farmers at the meeting in the town hall on Monday."
    assert chrome_kind(line) is None
    assert _middle(line) == [BODY, line, MORE]
