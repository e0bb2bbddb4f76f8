"""Classes of site chrome that leaked into article bodies on bench/dev_set28 (the
twenty-fifth held-out set, tuned on once it was retired), made broader in languages: a
paywall notice that the story is for subscribers only, a reader-support pitch that opens
with "if you read this far" and asks the reader to join, a "support quality journalism"
call in other languages, the outlet's news on a messaging app with a call to its channel,
the help link of a site's subscription product, and a wire's end-of-item code with the
desk's initials. Synthetic text; each class with a near miss, a story sentence of a
similar shape that stays."""

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


def test_subscriber_only_paywall_notice_in_many_languages():
    _dropped([
        "Reminder, this is a Premium article and requires a subscription to read.",
        "This is a subscriber-only story.",
        "This story is available to subscribers only.",
        "This article is for paying subscribers only",
        "Note: this is a premium article",
        "Cet article est réservé aux abonnés.",
        "La suite de cet article est réservée aux abonnés",
        "Article réservé aux abonnés",
        "Este artículo es exclusivo para suscriptores.",
        "Contenido exclusivo para suscriptores",
        "Dieser Artikel ist nur für Abonnenten verfügbar.",
        "Exklusiv für Abonnenten",
        "Este conteúdo é exclusivo para assinantes.",
        "Conteúdo exclusivo para assinantes",
        "Questo articolo è riservato agli abbonati.",
        "Contenuto riservato agli abbonati",
        "Dit artikel is alleen voor abonnees.",
        "Ten artykuł jest dostępny tylko dla prenumeratorów.",
        "Эта статья доступна только подписчикам.",
        "Bu içerik abonelere özeldir.",
        "Artikel ini khusus untuk pelanggan.",
        "The full article is available to subscribers.",
        "Este contenido es exclusivo para suscriptores de El Diario del Valle.",
        "Этот материал доступен только подписчикам.",
        "Materiał dostępny tylko dla subskrybentów.",
    ])
    # Near misses: a place, a service or a product reserved to subscribers in the story.
    _kept("Ce parking est réservé aux abonnés des bus urbains, a précisé la mairie.")
    _kept("Der Parkplatz ist nur für Abonnenten der Stadtwerke geöffnet, sagte ein Sprecher.")
    _kept("This is a premium product and requires a subscription, the company told investors.")
    _kept("The full article is available to subscribers of the archive, the library said.")


def test_read_this_far_reader_support_pitch():
    _dropped([
        "If you've read this far, you value independent reporting. Become a member today.",
        "If you have made it to the end, please support our newsroom with a donation: donate now.",
        "Si llegaste hasta aquí es porque valorás el buen periodismo. Hacete socio de El Diario.",
        "Si vous êtes arrivé jusqu'ici, c'est que l'info locale compte pour vous : abonnez-vous.",
        "Wenn Sie bis hierhin gelesen haben, unterstützen Sie unsere Arbeit mit einem Abo.",
        "Se você chegou até aqui, apoie o jornalismo local: torne-se assinante.",
        "Se sei arrivato fin qui, sostieni l'informazione libera: abbonati.",
        "Als je tot hier hebt gelezen, word lid van onze krant.",
        "Si tu es arrivée jusqu'ici, soutiens-nous.",
        "If you value what we do, become a member.",
        "Si valoras nuestro periodismo, suscríbete.",
        "Wenn Ihnen unser Journalismus gefällt, unterstützen Sie uns mit einem Abo.",
        "Se você valoriza o nosso jornalismo, torne-se assinante.",
    ])
    # Near miss: a story sentence that opens the same way and asks nothing.
    _kept("If you've read this far, you may wonder why the council waited so long to act.")
    _kept("Si llegaste hasta acá en colectivo, el regreso es gratuito, aclaró el intendente.")
    _kept("If you value local journalism, the mayor said, you should buy the paper on Sundays.")


def test_support_quality_journalism_call_in_other_languages():
    _dropped([
        "Apoyá el periodismo de calidad. Asociate.",
        "Apoya el periodismo independiente",
        "Soutenez un journalisme de qualité : abonnez-vous",
        "Unterstützen Sie unabhängigen Journalismus",
        "Apoie o jornalismo de qualidade",
        "Sostieni il giornalismo indipendente",
        "Steun onafhankelijke journalistiek",
        "Wesprzyj niezależne dziennikarstwo",
        "Поддержите независимую журналистику",
        "Dukung jurnalisme berkualitas",
        "Bağımsız gazeteciliği destekleyin",
    ])
    # Near misses: the call reported in the story, a clause after it.
    _kept("Unterstützen Sie lokalen Journalismus in der Region, forderte der Verleger.")
    _kept("Wesprzyj niezależne dziennikarstwo w regionie, apelował burmistrz podczas sesji rady.")


def test_outlets_news_on_a_messaging_app_with_a_channel_call():
    _dropped([
        "Receba as notícias do Jornal da Serra no WhatsApp. Entre no nosso canal.",
        "Get the latest news from The Coast Times on WhatsApp. Join our channel here.",
        "Recibe las noticias de El Diario del Valle en WhatsApp. Únete a nuestro canal.",
        "Recevez l'actualité du Courrier sur WhatsApp",
        "Erhalten Sie die Nachrichten der Post auf Telegram. Folgen Sie unserem Kanal.",
        "Ricevi le notizie di Il Giornale su WhatsApp",
        "Ontvang het nieuws van De Krant via WhatsApp",
    ])
    # Near miss: the app in a story sentence that goes on after it.
    _kept("Receive news on WhatsApp, the scam message promised, before asking for bank details.")
    _kept("Get news on WhatsApp and follow the police warnings, officials told residents.")


def test_help_link_of_a_subscription_product():
    _dropped([
        "Sie haben Fragen zu HZ+? Hier finden Sie Antworten.",
        "Haben Sie Fragen zu Ihrem Abo? Hier finden Sie Antworten.",
        "Questions about your subscription? Find answers here.",
        "Have questions about Post Plus? Visit our FAQ.",
        "Des questions sur votre abonnement ? Consultez notre aide en ligne.",
        "¿Dudas sobre tu suscripción? Consultá las preguntas frecuentes.",
        "Dúvidas sobre sua assinatura? Veja as perguntas frequentes.",
        "Domande sul tuo abbonamento? Trova le risposte qui.",
        "Vragen over je abonnement? Bekijk de veelgestelde vragen.",
        "Have a question about your membership? Contact our support team.",
    ])
    # Near misses: a question in a service story about something that is no product.
    _kept("Haben Sie Fragen zur Grundsteuer? Das Finanzamt gibt Antworten am Telefon.")
    _kept("Questions about the new tax? The council will hold a meeting with answers on Monday.")


def test_wire_end_of_item_code_with_desk_initials():
    for line in ["Enditem/kb", "ENDITEM/J/ls", "Enditem / ab", "(END)", "-- END --", "(FIN)",
                 "— FIM —", "END/jt", "ENDE/dpa", "END OF STORY"]:
        assert chrome_kind(line) is not None, line
        assert _tail(line) == [BODY, MORE], line
    # Near misses: words, not a code.
    _kept("End of an era for the harbour ferry as the last crossing sails on Sunday.")
    _kept("Fin de la grève au port après trois semaines de blocage, a annoncé le syndicat.")


def test_paywall_read_on_call_in_many_languages():
    _dropped([
        "To continue reading, subscribe now.",
        "Para seguir leyendo, suscríbete.",
        "Um weiterzulesen, schließen Sie ein Abo ab.",
        "Para continuar lendo, assine.",
        "Per continuare a leggere, abbonati.",
        "Lees verder met een abonnement.",
        "Aby czytać dalej, wykup subskrypcję.",
        "Чтобы продолжить чтение, оформите подписку.",
        "Weiterlesen mit HZ+",
    ])
    # Near misses: the same opening with the story's own clause after it.
    _kept("To continue reading, residents must visit the library before the end of the month.")
    _kept("Read on with a smile, the author wrote in the preface to her collection of essays.")


def test_log_in_prompt_for_subscribers_in_many_languages():
    _dropped([
        "Déjà abonné ? Connectez-vous.",
        "¿Ya eres suscriptor? Inicia sesión.",
        "Sie sind bereits Abonnent? Hier anmelden.",
        "Já é assinante? Faça login.",
        "Sei già abbonato? Accedi.",
        "Masz już subskrypcję? Zaloguj się.",
    ])
    # Near miss: a story sentence about somebody who already is a member.
    _kept("Already a member of the club, she joined its board in 2019 and chaired it from 2022.")
