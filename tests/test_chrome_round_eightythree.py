"""Classes of chrome leaked on bench/dev_set82 (a retired held-out set, tuned on once it
was retired): Hungarian site chrome (the front-page and most-read list headers, the
newsletter box, the comment box and its log-in gate); Newsquest's footer call-out ("Get
involved with the news in your community", "Send your stories and photos now") and its
press-code line with the site as a pointer subject ("This website and associated newspapers
adhere to ..."); a reporter's bio line that names the site as the reporter's desk, and the
"Support <site>" donation header; the non-profit newsroom's creed before its republish
button; and the Portuguese read-more header ("Ler mais", "Leia também") that takes its
headline. A story sentence that uses the same words, or names another outlet, stays.
Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Rivertown (XNA) - The river ferry between the two banks was cancelled on Monday after"
         " the water rose two metres, the harbour office said.\n"
         "Harbour officials said the service would resume on Wednesday if the level dropped"
         " as forecast.\n"
         "A temporary bus link will carry foot passengers over the northern bridge until then.\n")

_HU_LEAD = ("Szeged, 2025. március 3. (XNA) – Hétfőn leállt a révátkelés a folyón, mert a víz két"
            " métert emelkedett.\n"
            "A kikötő vezetése szerint szerdán indulhat újra a járat, ha a vízszint csökken.\n"
            "Addig ideiglenes buszjárat viszi át az utasokat az északi hídon.\n")
_HU_TAIL = "A polgármester azt mondta, hogy a város további buszokat állít forgalomba."

_PT_LEAD = ("A travessia fluvial entre as duas margens foi suspensa na segunda-feira depois de o"
            " rio subir dois metros.\n"
            "A capitania disse que o serviço deverá ser retomado na quarta-feira.\n"
            "Até lá, um autocarro provisório leva os passageiros pela ponte norte.\n")
_PT_TAIL = "O presidente da câmara disse que a autarquia vai reforçar os transportes."


def _paragraphs(tail: str, lead: str = _LEAD, after: str = "", **kw) -> list[str]:
    return clean_text("Ferry Route Closed\n\n" + lead.replace("\n", "\n\n") + tail
                      + "\n\n" + (after or "The port authority said it would review the timetable"
                                  " next month.") + "\n",
                      first_line_is_title=True, **kw).paragraphs


def _html_paragraphs(tail: str, lead: str = _LEAD, **kw) -> list[str]:
    return clean_text(lead + tail + "\n", first_line_is_title=False,
                      lines_are_paragraphs=True, **kw).paragraphs


def test_hungarian_site_chrome():
    for line in ("Hírlevél feliratkozás", "Hozzászólások", "Hozzászólások (12)",
                 "A hozzászóláshoz be kell jelentkeznie."):
        paras = _paragraphs(line, _HU_LEAD, _HU_TAIL)
        assert line not in paras, line
        assert _HU_TAIL in paras
    # The list headers take their headlines with them (at the foot, what follows them too).
    headline = "Felújítják a belvárosi hidat a nyáron"
    for header in ("Címlapról ajánljuk", "Legolvasottabb", "Még több hír"):
        paras = _paragraphs(header + "\n" + headline, _HU_LEAD, _HU_TAIL)
        assert header not in paras and headline not in paras, header
        assert any("északi hídon" in p for p in paras)


def test_hungarian_site_chrome_near_misses():
    line = "A hozzászólások száma a fórumon két nap alatt megduplázódott, mondta a szóvivő."
    assert line in _paragraphs(line, _HU_LEAD, _HU_TAIL)
    line = "A legolvasottabb helyi lap is beszámolt a lezárásról hétfőn."
    assert line in _paragraphs(line, _HU_LEAD, _HU_TAIL)


def test_newsquest_footer_call_out_and_press_code():
    for line in ("Get involved with the news in your community", "Send your stories and photos now",
                 "This website and associated newspapers adhere to the Independent Press"
                 " Standards Organisation's Editors' Code of Practice.",
                 "This newspaper adheres to the Editors' Code of Practice."):
        assert line not in _paragraphs(line), line
        assert line not in _html_paragraphs(line), line


def test_newsquest_footer_near_misses():
    for line in ("Residents were asked to send their stories and photos of the flood to the"
                 " council.",
                 "This website was set up by residents to track the ferry closures, its founder"
                 " said.",
                 "The ferry operators adhere to strict safety rules, the harbour office said."):
        assert line in _paragraphs(line), line


def test_reporter_bio_naming_the_site():
    sites = frozenset({"examplenews"})
    for line in ("Jane Roe reports on local government for Example News.",
                 "Jane Roe (Politics writer) has covered local news for ExampleNews since 2021.",
                 "Support Example News"):
        assert line not in _paragraphs(line, site_names=sites), line
    # Under the byline, before the story, too.
    text = ("Ferry Route Closed\n\nby Jane Roe\n\nJane Roe reports on local government for"
            " Example News.\n\n" + _LEAD.replace("\n", "\n\n"))
    paras = clean_text(text, first_line_is_title=True, site_names=sites).paragraphs
    assert not any("reports on local government" in p for p in paras)


def test_reporter_bio_near_misses():
    sites = frozenset({"examplenews"})
    for line in ("John Doe reported on the trial for the Daily Post before he joined the council.",
                 "Jane Roe reports on local government for the Daily Post.",
                 "Support Ukraine"):
        assert line in _paragraphs(line, site_names=sites), line


def test_republish_button_after_the_newsroom_creed():
    line = "We believe in the importance of independent news. Republish this article for free."
    assert line not in _paragraphs(line)
    assert line not in _html_paragraphs(line)


def test_republish_creed_near_miss():
    line = "We believe in the importance of the ferry, the mayor said at Monday's meeting."
    assert line in _paragraphs(line)


def test_portuguese_read_more_header_takes_its_headline():
    headline = "Obras na ponte norte voltam a cortar o trânsito na avenida principal"
    for header in ("Ler mais", "Leia mais", "Leia também", "Ler também"):
        paras = _paragraphs(header + "\n" + headline, _PT_LEAD, _PT_TAIL)
        assert header not in paras and headline not in paras, header
        assert any("ponte norte" in p for p in paras)


def test_portuguese_read_more_near_miss():
    line = "Ler mais livros é a meta da biblioteca municipal para este ano, disse a vereadora."
    assert line in _paragraphs(line, _PT_LEAD, _PT_TAIL)
