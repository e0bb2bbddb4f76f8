"""Classes of site chrome that leaked into article bodies on bench/dev_set35 (the thirty-second
held-out set, tuned on once it was retired), made broader in languages: a call to read the
outlet (or "us") on a network or Google News, a call to buy the printed paper naming when
or where it is on sale, and a note that the story was taken over from a wire automatically
("automatisiert", "automatizado", "automatycznie", "автоматически"). Synthetic text; each
class with near misses, story sentences of a similar shape that stay."""

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


def test_read_the_outlet_on_a_network_promo():
    _dropped([
        "Читайте «Городские вести» в Дзене",
        "Читайте Вести Приморья в Telegram",
        "Read The Harbour Post on Google News",
        "Read the Valley Times on WhatsApp",
        "Lesen Sie die Stadtpost auf WhatsApp",
        "Lisez Le Courrier du Port sur Google Actualités",
        "Lea El Diario del Valle en Telegram",
        "Leia o Jornal da Serra no WhatsApp",
        "Leggi Il Giornale del Porto su Telegram",
        "Lees De Havenkrant op WhatsApp",
        "Czytaj Gazetę Miejską w Google News",
        # ... or "us": the social bar's wording.
        "Read us on Google News",
        "Lisez-nous sur Google Actualités",
        "Léenos en Telegram",
        "Leia-nos no WhatsApp",
        "Leggici su Telegram",
        "Czytaj nas na Facebooku",
        # ... and the subscribe call learns Google News too.
        "Subscribe to The Harbour Post on Google News",
    ])
    # Near misses: residents who can read a report on a website; a call to read a post that
    # goes on; an English name where the Spanish verb would be; a report on a network.
    _kept("Residents can read the full report on the city's website, the mayor said.")
    _kept("Read the mayor's post on X, which drew two thousand replies within an hour.")
    _kept("Lee Kuan Yew on Facebook")
    _kept("Lies about the vaccine spread quickly on Facebook, doctors warned.")
    _kept("Жители могут прочитать отчёт мэрии на сайте города, сообщили в администрации.")
    _kept("Read us the names on the list, the judge told the clerk on Tuesday.")


def test_print_edition_on_sale_pitch():
    _dropped([
        "Pick up the full print edition every Tuesday and Friday at stores across the islands.",
        "Grab your copy of the Harbour Gazette at newsagents across the state every Thursday.",
        "Buy this week's print edition at selected stores nationwide.",
        "Holen Sie sich die gedruckte Ausgabe jeden Samstag am Kiosk.",
        "Kaufen Sie die aktuelle Ausgabe im Zeitschriftenhandel in Ihrer Nähe.",
        "Procurez-vous l'édition papier chaque jeudi en kiosque.",
        "Retrouvez le journal tous les vendredis chez votre marchand de journaux.",
        "Compre la edición impresa todos los domingos en su kiosco.",
        "Consiga el diario en los puntos de venta de toda la provincia.",
        "Compre a edição impressa nas bancas de todo o país.",
        "Garanta o seu exemplar todas as sextas-feiras nas bancas.",
        "Acquista l'edizione cartacea in edicola ogni venerdì.",
        "Trovi il giornale in tutte le edicole della provincia.",
        "Koop de papieren krant elke zaterdag in de winkel.",
        "Haal de nieuwe editie bij de kiosk.",
        "Kup wydanie papierowe w kioskach w każdy piątek.",
        "Szukaj najnowszego numeru w salonach prasowych.",
        "Покупайте свежий номер газеты в киосках города.",
        "Ищите нашу газету по четвергам в торговых точках района.",
    ])
    # Near misses: an edition of something that is no paper, a call without an edition, a
    # pitch that goes on, residents who can buy it, an advice with no shop or day.
    _kept("Pick up the print edition of the ballot guide at stores across the state.")
    _kept("Pick up the new bus timetable at stores across the city from Monday.")
    _kept("Pick up the full print edition at stores across Palau, the minister urged.")
    _kept("Residents can pick up the print edition at stores across the island every Tuesday.")
    _kept("Compre la edición impresa en los kioscos, pidió el alcalde a los vecinos.")
    _kept("Покупайте газету в киосках, призвал губернатор жителей области.")
    _kept("Koop de krant elke dag, zei de burgemeester tegen de leerlingen van de school.")


def test_paper_imprint_with_where_to_buy_it():
    line = ("The Weekly Star is published every Tuesday and Friday in Lagos. Pick up your copy "
            "at newsagents across the islands.")
    assert tail_note(line, []) == "desk_note"
    assert _tail(line, html=True) == [BODY, MORE]


def test_story_taken_over_from_a_wire_automatically():
    _dropped([
        "Dieser Artikel wurde automatisiert von der Deutschen Presse-Agentur übernommen.",
        "Dieser Text wurde automatisiert aus dem Angebot der Agentur übernommen.",
        "This article was published via an automated feed from the Associated Press.",
        "Cet article a été repris automatiquement du fil de l'Agence France-Presse.",
        "Esta noticia fue publicada de forma automatizada a partir de un despacho de la agencia.",
        "Este texto foi publicado de forma automática a partir de um despacho da agência.",
        "Questo articolo è stato pubblicato automaticamente dal flusso dell'agenzia.",
        "Dit artikel is automatisch overgenomen van een persbureau.",
        "Ten artykuł został automatycznie pobrany z serwisu Polskiej Agencji Prasowej.",
        "Этот материал опубликован автоматически по ленте агентства.",
        "Эта новость была размещена автоматически из ленты информационного агентства.",
    ])
    # Near misses: stories about an agency automating its work.
    _kept("Die Deutsche Presse-Agentur hat die Übernahme von Sportergebnissen automatisiert, "
          "sagte ein Sprecher.")
    _kept("This article describes how the agency automated its weather reports last year.")
    _kept("Este artículo explica cómo la agencia automatizó sus boletines del tiempo.")
    _kept("Агентство автоматизировало выпуск сводок погоды, сообщил его директор.")
    _kept("Dieses Verfahren wurde im vergangenen Jahr von der Agentur automatisiert.")
    _kept("Ten system został automatycznie wdrożony przez agencję, powiedział rzecznik.")
