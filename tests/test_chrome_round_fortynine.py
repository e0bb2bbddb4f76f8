"""Classes of site chrome that leaked into article bodies on bench/dev_set49 (a retired held-out
set, tuned on once it was retired), made broad across the languages of the feed: a support call
naming the publication ("Support The Example Express."), and a plug for the story's rest in the
print edition ("Read more in this week's edition of The Example, in shops now or as an
e-edition."). And three over-matches of older entries fixed, each with the story sentence it
dropped: the English wire notice now needs nothing but its copyright after its verbs, the older
messaging-app join call takes the round-47 guard against reported speech, and the reader-funding
appeal's "needs" verb names a resource in every language. Synthetic text; each class with near
misses, story sentences of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str, html: bool = False) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html).paragraphs


def _dropped(lines: list[str], middle: bool = True) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        if middle:
            assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str], middle: bool = True) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        if middle:
            assert _middle(line) == [BODY, line, MORE], line


def test_support_call_naming_the_publication():
    _dropped([
        "Support The Example Express.",
        "Support The Harbour Gazette today!",
        "Please support the Valley Times.",
        "Unterstützen Sie den Beispiel Kurier",
        "Unterstützen Sie die Musterstädter Zeitung.",
        "Soutenez Le Courrier Exemple",
        "Soutenez l'Hebdo Exemple !",
        "Apoya a El Diario Ejemplo",
        "Apoye a La Voz del Puerto.",
        "Apoie o Jornal Exemplo",
        "Sostieni Il Corriere Esempio",
        "Steun De Voorbeeld Krant",
        "Wesprzyj Gazetę Przykład",
    ])


def test_support_near_misses_stay():
    _kept([
        "Support The Hague's bid, the minister urged.",
        "Support the Harbour Lions on Saturday, the mayor told fans at the stadium.",
        "Support local farmers.",
        "Support for The Valley Times grew after the flood, readers said.",
        "Unterstützen Sie den FC Beispiel, rief der Bürgermeister den Fans zu.",
        "Soutenez Le Havre dans sa candidature, a lancé le ministre.",
        "Apoya a El Salvador en la final, pidió el presidente.",
    ])


def test_print_edition_plug():
    _dropped([
        "Read more in this week's edition of The Example, in shops now or as an e-edition.",
        "Read more in this week's edition of The Harbour Gazette.",
        "Read the full story in Thursday's paper.",
        "Read more in today's print edition.",
        "Find out more in this week's paper, on sale now.",
        "Mehr dazu in der Printausgabe",
        "Den ganzen Artikel lesen Sie in der heutigen Ausgabe.",
        "Mehr dazu lesen Sie in unserer Printausgabe, ab sofort am Kiosk.",
        "Retrouvez l'intégralité de cet article dans notre édition papier.",
        "La suite dans notre édition du jeudi",
        "Lea la nota completa en la edición impresa de hoy.",
        "Más información en nuestra edición impresa",
        "Leia mais na edição impressa.",
        "Leggi l'articolo completo sull'edizione cartacea.",
        "Lees meer in de papieren krant van zaterdag.",
        "Więcej w papierowym wydaniu tygodnika.",
    ])


def test_print_edition_near_misses_stay():
    _kept([
        "The report will be published in next week's edition of the journal, the authors said.",
        "Read more in this week's edition, the editor told readers as the print run ended.",
        "The Courier's print edition ends on Friday after 150 years, the publisher announced.",
        "Die Printausgabe der Zeitung erscheint ab Januar nur noch dreimal pro Woche.",
        "Le journal a annoncé la fin de son édition papier dans un communiqué lundi.",
        "Lea la edición impresa de la constitución, recomendó la profesora a sus alumnos.",
    ])
    # A headline-like story sentence after a real paragraph stays.
    line = "Print edition of the Valley Courier to end after 150 years"
    assert _middle(line) == [BODY, line, MORE]


def test_wire_notice_needs_only_its_copyright_after_its_verbs():
    _dropped([
        "This material may not be published, broadcast, rewritten or redistributed without "
        "permission.",
        "This material may not be published, broadcast, rewritten, or redistributed. ©2025 "
        "Example News Network, LLC. All rights reserved.",
        "All rights reserved. This material and any other digital content on this platform may "
        "not be reproduced, published, broadcast, written or distributed in full or in part, "
        "without written permission from EXAMPLE NEWS.",
        "Our photographs may not be copied or republished without permission.",
    ])
    _kept([
        "This material may not be published until the trial ends, the judge ruled.",
        "This material may not be published without permission from the court, the judge ruled.",
        "This report may not be distributed to the press before Monday, officials said.",
    ])


def test_older_join_call_keeps_reported_speech():
    _dropped(["Join our Telegram channel for the latest news.",
              "Join our WhatsApp group to get breaking news first."])
    _kept([
        "Join our Telegram channel, where more than 2,000 residents have complained about the "
        "water, the mayor said.",
        "Join our WhatsApp group, the organisers told protesters.",
    ])


def test_funding_appeal_needs_verb_names_a_resource():
    _dropped([
        "Qualitätsjournalismus braucht Zeit und Geld. Unsere Redaktion arbeitet jeden Tag daran.",
        "Le journalisme indépendant demande beaucoup de temps. Nous comptons sur vous.",
        "El periodismo de calidad requiere recursos. Nuestro equipo trabaja para usted.",
        "Kvalitetno novinarstvo zahtijeva puno vremena i novca. Naši novinari rade svaki dan.",
    ], middle=False)
    _kept([
        "Journalismus braucht Mut, und wir haben ihn in Minsk gesehen.",
        "Kvalitetno novinarstvo zahtijeva hrabrost, a naši kolege u Minsku su je pokazali.",
        "Le journalisme indépendant demande du courage, et nous l'avons vu à Minsk.",
        "El periodismo de calidad requiere valentía, y nosotros lo vimos en Minsk.",
    ])
