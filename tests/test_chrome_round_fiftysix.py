"""Classes of site chrome that leaked into article bodies on bench/dev_set56 (a retired held-out
set, tuned on once it was retired), made broad across the languages of the feed: the lead
image's credit under the story; a reader pitch on liking the article with a call to sign up,
follow or share; a related-stories header naming the site, and "More Coverage"; a company's
legal name right above the footer's copyright line; support-journalism calls in more languages;
a financial outlet's investment disclaimer. Synthetic text; each class with near misses, story
sentences of a similar shape that stay."""

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


def _dropped(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


def test_lead_image_credits():
    _dropped([
        "Címlapkép forrása: Example Images",
        "Nyitókép: Kovács Anna / MTI",
        "Titulní foto: Jana Nováková, ČTK",
        "Bild oben: Anna Weber / dpa",
        "Photo d'illustration : AFP",
    ])


def test_lead_image_credit_near_misses_stay():
    _kept([
        "Nyitókép: a polgármester átadja az új könyvtárat a lakóknak.",
        "Bild oben: die neue Brücke über den Rhein bei Nacht.",
    ])


def test_liked_the_article_then_sign_up_follow_or_share():
    _dropped([
        "Ha tetszett a cikk, iratkozzon fel a hírlevelünkre!",
        "If you enjoyed this story, follow us on Facebook.",
        "Wenn Ihnen der Artikel gefallen hat, folgen Sie uns auf Instagram.",
        "Si cet article vous a plu, partagez-le !",
        "Dacă ți-a plăcut articolul, abonează-te la newsletter.",
        "Jeśli podobał ci się ten artykuł, obserwuj nas.",
    ])


def test_liked_the_article_near_misses_stay():
    _kept([
        "Ha tetszett a cikk, iratkozzon fel – mondta a polgármester a lakossági fórumon.",
        "If you liked the article, follow us, the mayor told the crowd at the harbour.",
        "Aki kíváncsi a részletekre, iratkozzon fel a városi hírlevélre, mondta a jegyző.",
    ])


def _related(header: str, headline: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{header}\n{headline}\n\n{MORE}\n").paragraphs


def test_related_header_naming_the_site_and_its_headline():
    for header in ("RELATED STORIES FROM EXAMPLE BEE", "Related coverage from The Example Times",
                   "More Coverage"):
        headline = "Ferry fares rise for the third year running"
        assert _related(header, headline) == [BODY, MORE], header


def test_related_header_near_misses_stay():
    _kept(["Related stories from the war were told by survivors at the hearing on Monday.",
           "More coverage of the meeting is planned for next week, the editor said."])


def _footer(line: str, above_story: str = MORE) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{above_story}\n\n{line}\n\n"
                      "© 2025 Example Times. All rights reserved.\n").paragraphs


def test_company_name_above_the_copyright_line():
    for line in ("Example Sanchar Pvt. Ltd.", "Example Média Zrt.", "Example Media, Inc.",
                 "Example Press Sp. z o.o.", "Example Verlag GmbH"):
        assert _footer(line) == [BODY, MORE], line


def test_company_name_near_misses_stay():
    # In the middle of the story, the short paragraph naming a company is the story's.
    name = "Example Airlines Corporation Ltd."
    assert _middle(name) == [BODY, name, MORE]
    # A sentence naming a company above the copyright line is the story's last line.
    line = "The deal was signed with Example Holdings Ltd."
    assert _footer(line) == [BODY, MORE, line]


def test_support_independent_journalism_in_more_languages():
    _dropped([
        "Susține jurnalismul independent!",
        "Підтримайте незалежну журналістику!",
        "Подкрепете независимата журналистика",
        "Támogasd a független újságírást!",
    ])


def test_support_journalism_near_misses_stay():
    _kept([
        "Susține jurnalismul independent, a cerut deputatul în fața colegilor săi.",
        "Підтримайте незалежну журналістику, закликав депутат під час засідання ради.",
    ])


def test_investment_disclaimers():
    _dropped([
        "Example Econômico não se responsabiliza por decisões de investimento tomadas com base nas "
        "informações publicadas.",
        "El Diario Ejemplo no se hace responsable de las decisiones de inversión tomadas a partir "
        "de esta información.",
        "Example Markets is not responsible for any investment decisions made on the basis of "
        "this article.",
        "This article is for information only and is not investment advice.",
        "Dieser Artikel stellt keine Anlageberatung dar.",
    ])


def test_investment_disclaimer_near_misses_stay():
    _kept([
        "The regulator said the bank is not responsible for investment losses suffered by savers.",
        "The fund is not responsible for investment decisions made by the pension board, the "
        "report found.",
    ])
