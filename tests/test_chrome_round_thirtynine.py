"""Classes of site chrome that leaked into article bodies on bench/dev_set39 (a retired held-out
set, tuned on once it was retired), made broader in languages: "read this too" and "don't miss"
labels above related headlines (South Slavic and Swahili new), inline read-also links in
Swahili, follow calls in South Slavic and Swahili (Google News too), share labels with their
demonstrative, comment-section labels, comment gates (subscribers only, log-in needed),
tip-line headers and story-tip calls to the newsroom's address, trial offers after a question,
newsletter calls after a question on the reader's interest, the reading time after the date,
and a publisher's self-description with its follow or support call (the writer's one-line bio
above it goes with it). Synthetic text; each class with near misses, story sentences of a
similar shape that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text, tail_note

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


def _with_list(header: str, headline: str):
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{header}\n{headline}\n\n{MORE}\n")


def test_read_this_too_label_above_a_related_headline():
    for header in ["Pročitajte i ovo", "Pročitaj još", "Preberite še", "Прочитајте и ово",
                   "Povezane vijesti", "Sorodne novice", "Повезане вести", "Najčitanije",
                   "Soma pia", "Soma zaidi", "Habari zinazohusiana", "Habari nyingine"]:
        out = _with_list(header, "Novi red plovidbe za otoke od ponedjeljka")
        assert out.paragraphs == [BODY, MORE], header
        assert out.related_headlines == ["Novi red plovidbe za otoke od ponedjeljka"], header
    # Near misses: the verb opening a sentence of the story, and a story sentence on a ferry
    # timetable with no label above it.
    _kept("Pročitajte i ovo upozorenje prije putovanja, savjetuju iz lučke uprave.")
    _kept("Soma pia taarifa ya serikali kabla ya kujaza fomu, alisema afisa.")
    _kept("Novi red plovidbe za otoke počinje od ponedjeljka, a karte su već u prodaji.")


def test_dont_miss_label_above_related_headlines():
    for header in ["Don't miss", "Nicht verpassen", "À ne pas manquer", "No te pierdas",
                   "Não perca", "Da non perdere", "Niet te missen", "Nie przegap",
                   "Не пропустите", "Ne propustite", "Ne zamudite", "Usikose"]:
        out = _with_list(header, "Ferry fares rise again from Monday")
        assert out.paragraphs == [BODY, MORE], header
        assert out.related_headlines == ["Ferry fares rise again from Monday"], header
    # Near miss: the call with more words is a sentence of the story.
    _kept("Don't miss the deadline for the ferry permits, officials warned on Monday.")
    _kept("Ne propustite rok za prijavu, poručili su iz gradske uprave u ponedjeljak.")


def test_swahili_read_also_link():
    _dropped([
        "SOMA PIA: Bei ya mahindi yashuka katika masoko ya Pwani",
        "Soma zaidi: Wakulima wapokea mbolea ya ruzuku",
        "SOMA PIA Bei ya mahindi yashuka katika masoko ya Pwani",
        "Habari zinazohusiana: Bandari ya Mombasa yapanuliwa",
        "Pročitajte i ovo: Novi red plovidbe za otoke od ponedjeljka",
    ])
    # Near miss: the verb opening a sentence, no colon after the label.
    _kept("Soma pia taarifa ya serikali kabla ya kujaza fomu, alisema afisa wa kilimo.")


def test_follow_us_south_slavic_and_swahili():
    _dropped([
        "Pratite nas na Google Newsu",
        "Spremljajte nas na Google News",
        "Пратите нас на Google вестима",
        "Tufuate kwenye Google News",
        "Pratite nas na Facebooku i Instagramu",
        "Sledite nam na Facebooku",
        "Пратите нас на Фејсбуку",
        "Tufuate kwenye Facebook na X",
    ])
    # Near misses: a mayor quoted with the call, a clause after the network.
    _kept("Pratite nas na Facebooku, rekao je gradonačelnik okupljenim mještanima.")
    _kept("Tufuate kwenye mkutano wa kesho, alisema mwenyekiti wa chama cha wakulima.")


def test_share_label_with_its_demonstrative():
    _dropped(["Diesen Artikel teilen", "Den Beitrag teilen", "Podijeli članak",
              "Podelite ovaj članak", "Delite članek", "Подели чланак", "Shiriki makala hii",
              "Shiriki habari hii"])
    # Near miss: the words in a sentence of the story.
    _kept("Diesen Artikel teilen viele Leser auf ihren Seiten, sagte die Chefredakteurin.")


def test_comment_section_label():
    _dropped(["Komentari", "Komentarji", "Коментари", "Reacties", "Komentarze",
              "Комментарии", "Maoni"])
    # Near miss: the comments a subject of the story.
    _kept("Komentari čitatelja bili su uglavnom pozitivni, rekla je urednica portala.")


def test_comments_for_subscribers_only():
    _dropped([
        "Kommentare sind für Abonnenten verfügbar.",
        "Comments are available to subscribers only.",
        "Les commentaires sont réservés aux abonnés.",
        "Los comentarios están disponibles solo para suscriptores.",
        "Os comentários são exclusivos para assinantes.",
        "I commenti sono riservati agli abbonati.",
        "Reacties zijn alleen beschikbaar voor abonnees.",
        "Komentarze są dostępne tylko dla subskrybentów.",
        "Комментарии доступны только подписчикам.",
        "Komentari su dostupni samo pretplatnicima.",
        "Komentarji so na voljo le naročnikom.",
        "Maoni yanapatikana kwa wanachama pekee.",
    ])
    # Near misses: comments submitted to a council, open to residents.
    _kept("Comments submitted to the council are available to residents at the town hall.")
    _kept("Comments on the plan are open to residents until Friday, the council said.")


def test_south_slavic_and_swahili_comment_log_in_gate():
    _dropped([
        "Za komentiranje je potrebna prijava.",
        "Za komentarisanje je neophodna registracija.",
        "За коментарисање је потребна пријава.",
        "Ingia ili kutoa maoni",
    ])
    # Near miss: commenting on a law, with a deadline after the gate.
    _kept("Za komentiranje zakona je potrebna prijava do petka, poručili su iz ministarstva.")


def test_tip_line_header_and_story_tips_call():
    _dropped([
        "Talk to us",
        "Tell us your story",
        "Sprechen Sie mit uns",
        "Parlez-nous",
        "Háblanos",
        "Parla con noi",
        "Praat met ons",
        "Porozmawiaj z nami",
        "Поговорите с нами",
        "Javite nam se",
        "Wasiliana nasi",
        "Please share your story tips by emailing editor@example.com.",
        "Send your news tips to news@example.com",
        "Envíe sus sugerencias de noticias a redaccion@example.com",
        "Envoyez vos infos à redaction@example.fr.",
        "Schicken Sie uns Ihre Hinweise an redaktion@example.de",
        "Envie suas sugestões de pauta para pauta@example.com.br",
        "Inviate le vostre segnalazioni a redazione@example.it",
        "Stuur je tips naar redactie@example.nl",
        "Wyślij nam swoje sygnały na redakcja@example.pl",
        "Присылайте свои новости на news@example.ru",
        "Pošaljite nam svoje dojave na redakcija@example.hr",
        "Tuma habari zako kwa habari@example.co.ke",
    ])
    # Near misses: a resident quoted saying "talk to us", a police appeal for tips.
    _kept("\"Talk to us,\" residents told the council before the vote on Tuesday.")
    _kept("Police urged anyone with information to share tips by emailing tips@example.org.")


def test_trial_offer():
    _dropped([
        "Wil je de krant elke dag lezen? Probeer 4 weken gratis.",
        "Want to read the Post every day? Try 4 weeks free.",
        "Try it free for 30 days",
        "Jetzt 4 Wochen gratis testen",
        "Essayez gratuitement pendant 1 mois",
        "Prueba 1 mes gratis",
        "Experimente 30 dias grátis",
        "Prova gratis per 30 giorni",
        "Wypróbuj przez 30 dni za darmo",
        "Попробуйте 30 дней бесплатно",
        "Isprobajte 30 dana besplatno",
        "Preizkusite 14 dni brezplačno",
        "Jaribu bure kwa siku 30",
    ])
    # Near misses: a free bus trial in the story, a question with a call that goes on.
    _kept("Residents can try the new bus free for four weeks, the council said on Monday.")
    _kept("Wil je weten hoe het werkt? Probeer het zelf, zegt de gids tegen de bezoekers.")
    _kept("Will the plan work? Try 4 weeks free, the mayor told residents at the meeting.")


def test_newsletter_call_after_a_question():
    _dropped([
        "¿Te interesa la economía? Suscribite a la newsletter de Economía en tu email.",
        "¿Te interesa la política? Anotate al boletín semanal.",
        "Ti interessa l'economia? Iscriviti alla newsletter Economia.",
        "Interesuje cię gospodarka? Zapisz się do naszego newslettera.",
        "Интересуетесь экономикой? Подпишитесь на нашу рассылку.",
        "Zanima vas gospodarstvo? Prijavite se na newsletter.",
        "Unapenda habari za uchumi? Jiandikishe kupokea jarida letu.",
    ])
    # Near misses: the call names no newsletter, or no call follows the question.
    _kept("¿Te interesa? Suscribite a la lista de espera, pidió el alcalde a los vecinos.")
    _kept("¿Te interesa la economía? Entonces leé el informe completo, dijo el ministro.")


def test_reading_time_after_the_date():
    _dropped([
        "8 de julio de 2025 · Lectura: 3 min.",
        "2. Dezember 2025 · Lesezeit: 2 Min.",
        "March 5, 2025 · 3 min read",
        "5 marzo 2025 · Tempo di lettura: 4 minuti",
        "5 de março de 2025 · Tempo de leitura: 3 min",
        "5 maart 2025 · Leestijd: 3 minuten",
        "5 marca 2025 · Czas czytania: 3 min",
        "5 марта 2025 · Время чтения: 3 минуты",
        "27.02.2025. · Vrijeme čitanja: 3 min",
        "Novemba 12, 2025 · Muda wa kusoma: dakika 3",
        "Vrijeme čitanja: 3 min",
        "Muda wa kusoma: dakika 3",
    ])
    # Near misses: a reading of a ruling after a date, a story sentence on minutes.
    _kept("8 de julio de 2025 · Lectura del fallo en el juzgado de Salto")
    _kept("In 2025 the reading of the ruling took 3 minutes, the court said.")


def test_self_description_with_its_follow_or_support_call():
    lines = [
        "Example Now is an independent news outlet. Follow us on X and Telegram.",
        "Examplenet is an independent news organization. Support our reporting.",
        "Le Courrier est un média indépendant. Soutenez notre journalisme.",
        "El Diario es un medio independiente. Síguenos en Facebook y X.",
        "Die Post ist ein unabhängiges Nachrichtenportal. Unterstützen Sie unseren Journalismus.",
        "Primer je neovisni informativni portal. Pratite nas na Facebooku i Instagramu.",
        "Primer je nezavisni medij. Podržite naše novinarstvo.",
        "Mfano ni chombo huru cha habari. Tufuate kwenye Facebook na X.",
        "Example News is the largest news channel in Europe. Follow us on X and Telegram.",
    ]
    for line in lines:
        assert tail_note(line, []) == "desk_note", line
        assert _tail(line, html=True) == [BODY, MORE], line
    # Near misses: a second sentence that is the story's.
    for line in ["Radio Example is an independent news outlet. Its reporters were held on Monday.",
                 "Zagrebački list je neovisni dnevnik, a urednik je uhićen u ponedjeljak.",
                 "Example News is the largest news channel in Europe. It was sold last year."]:
        assert tail_note(line, []) is None, line
        assert _tail(line, html=True) == [BODY, MORE, line], line


def test_writer_bio_above_the_self_description():
    page = (f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n"
            "Jane Roe is a journalist based in Bishkek.\n\n"
            "Examplenet is an independent news organization. Support our reporting.\n")
    assert clean_text(page, lines_are_paragraphs=True).paragraphs == [BODY, MORE]
    # Near miss: a journalist based in a city, named in the story.
    line = "Jane Roe, a journalist based in Bishkek, was detained by police on Monday."
    assert tail_note(line, []) is None
    assert _tail(line, html=True) == [BODY, MORE, line]
