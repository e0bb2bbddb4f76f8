"""Classes of site chrome that leaked into article bodies on bench/dev_set51 (a retired held-out
set, tuned on once it was retired), made broad across the languages of the feed: the
publication's own name alone on a line inside the body (a masthead or publisher line, the name
known from the record's metadata); a wire's bracketed sign-off with its web address after the
story; a follow-us promo for a messaging app and a share word in Romanian and the Nordic
languages; a reproduction-prohibited notice in Romanian and the Nordic languages; and a "read
also" label in Danish, Norwegian, Swedish and Finnish with the related headline under it.
Synthetic text; each class with near misses, story sentences of a similar shape that stay."""

from __future__ import annotations

from transforms.clean import clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")
SITE = frozenset({"theharbourreview", "harbourreview", "dagbladetexempel", "exemplu"})


def _middle(line: str, site: frozenset[str] = frozenset()) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n",
                      site_names=site).paragraphs


def _tail(line: str, html: bool = False, site: frozenset[str] = frozenset()) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html, site_names=site).paragraphs


def _dropped(lines: list[str], middle: bool = True, site: frozenset[str] = frozenset()) -> None:
    for line in lines:
        assert _tail(line, site=site) == [BODY, MORE], line
        assert _tail(line, html=True, site=site) == [BODY, MORE], line
        if middle:
            assert _middle(line, site) == [BODY, MORE], line


def _kept(lines: list[str], middle: bool = True, site: frozenset[str] = frozenset()) -> None:
    for line in lines:
        assert _tail(line, site=site) == [BODY, MORE, line], line
        assert _tail(line, html=True, site=site) == [BODY, MORE, line], line
        if middle:
            assert _middle(line, site) == [BODY, line, MORE], line


def test_own_publication_name_alone_on_a_line():
    _dropped(["The Harbour Review", "Harbour Review", "HARBOUR REVIEW", "Dagbladet Exempel",
              "Exemplu"], site=SITE)


def test_own_publication_name_near_misses_stay():
    _kept([
        "The Harbour Review reported on Monday that the port would close for a week.",
        "Chief executive Jane Roe told The Harbour Review that volumes had doubled.",
        "Dagbladet Exempel har tidligere beskrevet planen for havnen.",
        "Exemplu a scris luni că primăria a amânat licitația.",
    ], site=SITE)
    # Another paper's name alone is no chrome of this site (a list item, a quoted title).
    assert _middle("Lokeren Tribune", SITE) == [BODY, "Lokeren Tribune", MORE]


def test_wire_signoff_with_web_address():
    _dropped([
        "(NAN)(www.nannews.ng)",
        "(NAN) (www.nannews.ng)",
        "(GNA) www.gna.org.gh",
        "(XINHUA) (https://english.news.cn)",
        "(MAP)(www.mapexpress.ma)",
        "(ANSA) www.ansa.it",
    ], middle=False)
    _dropped(["(GNA)", "(Xinhua)", "— MAP", "(ATA)"], middle=False)


def test_wire_signoff_near_misses_stay():
    _kept([
        "Traders told the News Agency of Nigeria (NAN) on Monday that prices had doubled "
        "since www.nannews.ng first reported the shortage.",
        "The agency (GNA) said the figures, published at www.example.org, were provisional.",
        "Visit www.nannews.ng for the full list of approved shops, the commissioner said.",
    ])


def test_follow_on_messaging_app_and_share_words():
    _dropped([
        "Urmărește Exemplu pe Telegram",
        "Urmăriți Exemplu.md pe WhatsApp",
        "Urmărește Ziarul Exemplu pe Telegram și Facebook",
        "Følg Dagbladet Exempel på Instagram",
        "Följ Tidningen Exempel på Telegram",
        "Suivez Le Courrier sur WhatsApp",
        "Segui Il Giornale su Telegram",
        "Distribuie",
        "Distribuiți",
        "Partajează",
        "Partager",
        "Dela",
    ])
    # "Del" (Spanish "del", a name) only in a share bar, beside other chrome.
    text = f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\nDel\nKopiér link\n"
    assert clean_text(text).paragraphs == [BODY, MORE]


def test_follow_and_share_near_misses_stay():
    _kept([
        "Poliția urmărește grupul pe Telegram de luni, a declarat purtătorul de cuvânt.",
        "Urmărește știrile pe Telegram, le-a cerut ministrul cetățenilor.",
        "Hun følger kanalen på Telegram hver dag, siger hun.",
        "Distribuie apa potabilă în cartierele afectate, a anunțat primăria.",
    ])


def test_reproduction_prohibited_notice():
    _dropped([
        "Preluarea materialelor fără indicarea sursei este interzisă.",
        "Preluarea integrală sau parțială a materialelor este strict interzisă",
        "Reproducerea articolelor fără acordul redacției este interzisă.",
        "Kopiering af indholdet er ikke tilladt uden aftale med redaktionen.",
        "Kopiering av innholdet er ikke tillatt.",
        "Kopiering av materialet är förbjuden.",
        "Eftertryk er forbudt.",
        "Reproducción prohibida",
        "Toute reproduction interdite",
        "Riproduzione vietata",
        "Kopiowanie bez zgody zabronione",
    ])


def test_reproduction_notice_near_misses_stay():
    _kept([
        "Preluarea materialelor fără sursă este interzisă, a decis instanța în dosarul presei.",
        "Retten fastslog, at kopiering af artikler ikke er tilladt uden aftale.",
        "Kopiering af artikler er ikke tilladt, fastslog Højesteret torsdag i en principiel sag.",
        "Judecătorii au spus că preluarea materialelor fără acord este interzisă de lege.",
    ])


def test_nordic_read_also_and_its_headline():
    for header in ("Læs også:", "Les også:", "Läs också:", "Læs mere:", "Lue myös:"):
        text = (f"Harbour fees rise\n\n{BODY}\n\n{header}\nFlere afgange til Island i vinter\n\n"
                f"{MORE}\n")
        assert clean_text(text).paragraphs == [BODY, MORE], header
        _dropped([header])


def test_nordic_read_also_near_misses_stay():
    _kept([
        "Læs også, at kommunen har sparet penge på busserne i år.",
        "Mange læser også avisen på telefonen om morgenen, viser en ny undersøgelse.",
        "Les også hva ordføreren sa om saken i går, skrev hun.",
    ])
