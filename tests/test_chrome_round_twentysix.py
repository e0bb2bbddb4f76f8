"""Classes of site chrome that leaked into article bodies on bench/dev_set26 (the
twenty-third held-out set, tuned on once it was retired): a share label in Russian or as
an infinitive, a pitch for the outlet's own messaging-app channel named by "our", a
support-the-journalism and donation call in other languages, an e-mail address hidden by
the page's scraper guard, a "like and follow <outlet> on <network>" call, a "recommended
for you" header in other languages, a "found an error?" prompt asked formally, and a
synopsis box above the lead. Synthetic text; each class with a near miss, a story sentence
of a similar shape that stays."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")
LAST = ("The first trains are expected to run on the new line in the autumn of next year, "
        "the operator said in a statement.")


def _tail(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n").paragraphs


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def test_share_label_in_russian_and_as_an_infinitive():
    for line in ["Поделиться", "Поделитесь", "Поділитися", "Compartilhar", "Partilhar",
                 "Condividere"]:
        assert chrome_kind(line) == "share_widget", line
        assert _middle(line) == [BODY, MORE], line
    # Near miss: a story sentence that opens with the verb.
    line = ("Поделиться опытом с коллегами из соседних областей пригласили всех директоров "
            "школ города.")
    assert chrome_kind(line) is None
    assert _middle(line) == [BODY, line, MORE]


def test_pitch_for_the_outlets_own_messaging_app_channel():
    for line in ["Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать новости города.",
                 "Присоединяйтесь к нашему каналу в Telegram",
                 "Subscribe to our WhatsApp channel for the latest news from the coast.",
                 "Join our Telegram channel",
                 "Abonnez-vous à notre chaîne WhatsApp pour ne rien manquer.",
                 "Suscríbete a nuestro canal de WhatsApp",
                 "Abonnieren Sie unseren Telegram-Kanal",
                 "Iscriviti al nostro canale Telegram",
                 "Siga o nosso canal no WhatsApp"]:
        assert chrome_kind(line) == "promo", line
        assert _middle(line) == [BODY, MORE], line
    # Near misses: a call reported in the story (no purpose clause), and news about a channel.
    for line in ["Подписывайтесь на наш Telegram-канал, призвал кандидат своих сторонников на "
                 "площади.",
                 "Власти города запустили наш общий Telegram-канал для жителей района, "
                 "сообщили в мэрии."]:
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE]


def test_support_the_journalism_and_donation_call_in_other_languages():
    for line in ["Apoya el periodismo independiente. Haz tu donación a Diario del Sur.",
                 "Soutenez le journalisme indépendant. Faites un don au Courrier.",
                 "Unterstützen Sie unabhängigen Journalismus. Spenden Sie jetzt.",
                 "Apoie o jornalismo independente e faça sua doação.",
                 "Sostieni il giornalismo locale."]:
        assert _tail(line) == [BODY, MORE], line
    # Near misses: a foundation that supports journalism, and a donation in the news.
    for line in ["La fundación apoya el periodismo independiente en la región desde 2010, "
                 "según su informe anual.",
                 "Los vecinos hicieron una donación de alimentos al comedor del barrio el "
                 "sábado."]:
        assert _tail(line) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


def test_email_address_hidden_by_the_scraper_guard():
    for line in ["[email protected]", "Email: [email protected]", "Contact: [email protected]"]:
        assert chrome_kind(line) == "contact", line
        assert _middle(line) == [BODY, MORE], line
    # Near miss: a sentence that carries the placeholder inside it stays.
    line = ("Readers can write to [email protected] with their questions about the new "
            "bus timetable.")
    assert chrome_kind(line) is None
    assert _middle(line) == [BODY, line, MORE]


def test_like_and_follow_the_outlet_on_a_network():
    for line in ["Like and follow Harbour Daily News on Facebook for the latest updates.",
                 "Like us and follow The Coast Times on Instagram",
                 "Like & follow Island Radio on Facebook."]:
        assert chrome_kind(line) == "promo", line
        assert _tail(line) == [BODY, MORE], line
    # Near miss: the story says residents liked and followed a page.
    line = ("Residents like and follow the council page on Facebook to track the works, the "
            "mayor said.")
    assert chrome_kind(line) is None
    assert _tail(line) == [BODY, MORE, line]


def test_recommended_for_you_header_in_other_languages():
    for header in ["Für Sie empfohlen", "Empfohlen für Sie", "Recommandé pour vous",
                   "Recomendado para ti", "Recomendados para você", "Consigliati per te",
                   "Aanbevolen voor jou"]:
        text = (f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{header}\nNew ferry timetable "
                "from June\nPort workers strike again\n")
        out = clean_text(text)
        assert out.paragraphs == [BODY, MORE], header
        assert "Port workers strike again" in out.related_headlines, header
    # Near miss: a sentence about a recommendation stays.
    line = ("Für Sie empfohlen hat der Gemeinderat vor allem die neue Buslinie zum Bahnhof, "
            "sagte der Sprecher.")
    assert _middle(line) == [BODY, line, MORE]


def test_found_an_error_prompt_asked_formally():
    for line in ["Haben Sie einen Fehler gefunden? Jetzt melden.", "Hast du einen Fehler entdeckt?",
                 "Avez-vous trouvé une erreur ? Signalez-la.", "¿Ha encontrado un error?",
                 "Heeft u een fout gezien?", "Hai notato un errore?",
                 "Você encontrou um erro? Avise-nos."]:
        assert chrome_kind(line) is not None, line
        assert _middle(line) == [BODY, MORE], line
    # Near miss: a story sentence about an error someone found.
    line = ("Die Prüfer haben einen Fehler gefunden, der die Abrechnung der Gebühren seit "
            "Jahren verfälscht hat.")
    assert chrome_kind(line) is None
    assert _middle(line) == [BODY, line, MORE]


def test_synopsis_box_above_the_lead():
    text = ("Pump makers report higher exports\n\nSynopsis\nExporters said orders from abroad "
            "had helped offset slower sales at home.\n\nCOIMBATORE, June 18 (Reuters) - Pump "
            "makers in the city reported a rise in exports last year, helped by orders for "
            "solar pumps, an industry body said.\n\n" + MORE + "\n")
    out = clean_text(text)
    assert not any("offset slower sales" in p for p in out.paragraphs)
    assert any(p.startswith("COIMBATORE") or "Pump makers in the city" in p for p in out.paragraphs)
    assert MORE in out.paragraphs
    # Near misses: a story sentence that opens with the word, and a short lead without a
    # dateline right after the synopsis (only the synopsis's one paragraph goes).
    line = "Synopsis of the plan was published by the council on Monday, officials said."
    assert _middle(line) == [BODY, line, MORE]
    lead = "Pump makers in the city reported a rise in exports last year, an industry body said."
    text = ("Pump makers report higher exports\n\nSinopsis\nLos exportadores dijeron que los "
            f"pedidos del extranjero compensaron las ventas.\n\n{lead}\n\n{MORE}\n")
    assert clean_text(text).paragraphs == [lead, MORE]
