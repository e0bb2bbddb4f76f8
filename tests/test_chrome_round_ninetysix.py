"""Classes of chrome missed on bench/dev_set95 (a retired held-out set, tuned on once it
was retired): the Punjabi (Gurmukhi) advertisement label ("ਇਸ਼ਤਿਹਾਰ"); the Punjabi "more news"
and "related news" headers ("ਹੋਰ ਖ਼ਬਰਾਂ", "ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ") with the headline under them, and
the "latest news" label ("ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ") alone; the Albanian "latest news" and "most read"
headers ("Lajmet e fundit", "Më të lexuarat") with their headline; a weekly's "Also in this
edition:" with the headline of another story in the issue, alone or inline; and the notice
that forbids copying the site's content without its consent, in Albanian ("Ndalohet kopjimi
i përmbajtjes pa lejen e redaksisë."), Lithuanian ("... turinį platinti be raštiško ...
sutikimo draudžiama.") and their kin (Croatian, Serbian, Slovene, Czech, Slovak, Estonian).
A story sentence that uses the same words (about advertising, copying or an edition) stays.
Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from tests.test_chrome_round_ninetyfive import _EN, _EN_TAIL
from tests.test_chrome_round_ninetytwo import _end, _mid
from transforms.clean import chrome_kind, clean_text

_PA = ("ਪਟਿਆਲਾ ਵਿਚ ਬੱਚਿਆਂ ਲਈ ਨਵਾਂ ਪਾਰਕ ਖੁੱਲ੍ਹਿਆ\n\n"
       "ਪਟਿਆਲਾ ਵਿਚ ਅੱਜ ਬੱਚਿਆਂ ਲਈ ਇਕ ਨਵਾਂ ਪਾਰਕ ਖੋਲ੍ਹਿਆ ਗਿਆ, ਜਿਸ ਦਾ ਉਦਘਾਟਨ ਸ਼ਹਿਰ ਦੇ ਮੇਅਰ ਨੇ"
       " ਕੀਤਾ।\n\n"
       "ਪਾਰਕ ਵਿਚ ਝੂਲੇ, ਫੁੱਲਾਂ ਦੀਆਂ ਕਿਆਰੀਆਂ ਅਤੇ ਸੈਰ ਲਈ ਇਕ ਲੰਬਾ ਰਸਤਾ ਬਣਾਇਆ ਗਿਆ ਹੈ।\n\n"
       "ਨਗਰ ਨਿਗਮ ਨੇ ਕਿਹਾ ਕਿ ਪਾਰਕ ਹਰ ਰੋਜ਼ ਸਵੇਰੇ ਛੇ ਵਜੇ ਤੋਂ ਰਾਤ ਨੌਂ ਵਜੇ ਤੱਕ ਖੁੱਲ੍ਹਾ ਰਹੇਗਾ।\n\n")
_PA_TAIL = "ਅਗਲੇ ਸਾਲ ਸ਼ਹਿਰ ਵਿਚ ਦੋ ਹੋਰ ਪਾਰਕ ਬਣਾਏ ਜਾਣਗੇ।"
_PA_HEADLINE = "ਬਠਿੰਡਾ ਵਿਚ ਨਵੀਂ ਲਾਇਬ੍ਰੇਰੀ ਦਾ ਉਦਘਾਟਨ"

_SQ = ("Parku i ri për fëmijë hapet në Prizren\n\n"
       "Një park i ri për fëmijë u hap të hënën në qendër të Prizrenit, njoftoi komuna.\n\n"
       "Parku ka lëkundëse, rrëshqitëse dhe një fushë të vogël futbolli.\n\n"
       "Punimet zgjatën gjashtë muaj dhe u financuan nga buxheti komunal.\n\n")
_SQ_TAIL = "Komuna planifikon edhe dy parqe të tjera vitin e ardhshëm."
_SQ_HEADLINE = "Shkolla e re hap dyert në Pejë"

_LT = ("Kaune atidarytas naujas vaikų parkas\n\n"
       "Kaune pirmadienį atidarytas naujas vaikų parkas, pranešė miesto savivaldybė.\n\n"
       "Parke įrengtos sūpynės, čiuožyklos ir nedidelė futbolo aikštelė.\n\n"
       "Darbai truko šešis mėnesius ir buvo finansuoti iš miesto biudžeto.\n\n")
_LT_TAIL = "Kitais metais savivaldybė planuoja įrengti dar du parkus."


# 1. The Punjabi (Gurmukhi) advertisement label.


def test_gurmukhi_advertisement_label_goes():
    for line in ("ਇਸ਼ਤਿਹਾਰ", "ਵਿਗਿਆਪਨ"):
        assert chrome_kind(line) == "advertisement", line
        paragraphs = _mid(_PA, _PA_TAIL, line)
        assert line not in paragraphs, line
        assert _PA_TAIL in paragraphs, line
    assert chrome_kind("ବିଜ୍ଞାପନ") == "advertisement"  # Odia


def test_advertisement_in_a_punjabi_sentence_stays():
    line = "ਇਸ਼ਤਿਹਾਰ ਅਖ਼ਬਾਰ ਵਿਚ ਛਪਣ ਤੋਂ ਬਾਅਦ ਸੈਂਕੜੇ ਲੋਕ ਪਾਰਕ ਦੇਖਣ ਆਏ।"
    assert chrome_kind(line) is None
    assert line in _mid(_PA, _PA_TAIL, line)


# 2. The Punjabi "more news" and "related news" headers with the headline under them, and
#    the "latest news" label alone.


def test_gurmukhi_more_news_header_and_its_headline_go():
    for header in ("ਹੋਰ ਖ਼ਬਰਾਂ", "ਹੋਰ ਖਬਰਾਂ", "ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ", "ਹੋਰ ਸਬੰਧਿਤ ਖ਼ਬਰਾਂ",
                   "ਸਭ ਤੋਂ ਵੱਧ ਪੜ੍ਹੀਆਂ ਖ਼ਬਰਾਂ"):
        paragraphs = _mid(_PA, _PA_TAIL, header + "\n" + _PA_HEADLINE)
        assert header not in paragraphs, header
        assert _PA_HEADLINE not in paragraphs, header
        assert _PA_TAIL in paragraphs, header


def test_gurmukhi_latest_news_label_goes_alone():
    for line in ("ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ", "ਤਾਜਾ ਖਬਰਾਂ"):
        assert chrome_kind(line) == "navigation", line
        paragraphs = _mid(_PA, _PA_TAIL, line)
        assert line not in paragraphs, line
        assert _PA_TAIL in paragraphs, line
    # A label, not a list's header: the line under it is no related headline.
    out = clean_text(_PA.replace("\n\n", "\n\nਤਾਜ਼ਾ ਖ਼ਬਰਾਂ\n\n" + _PA_HEADLINE + "\n\n", 1) + _PA_TAIL)
    assert out.related_headlines == []


def test_more_news_in_a_punjabi_sentence_stays():
    for line in ("ਹੋਰ ਖ਼ਬਰਾਂ ਅਨੁਸਾਰ ਪਾਰਕ ਦੀ ਉਸਾਰੀ ਉੱਤੇ ਦੋ ਕਰੋੜ ਰੁਪਏ ਖ਼ਰਚ ਹੋਏ।",
                 "ਤਾਜ਼ਾ ਖ਼ਬਰਾਂ ਮੁਤਾਬਕ ਪਾਰਕ ਵਿਚ ਪਹਿਲੇ ਦਿਨ ਹਜ਼ਾਰ ਲੋਕ ਆਏ।"):
        assert chrome_kind(line) is None, line
        assert line in _mid(_PA, _PA_TAIL, line), line


# 3. The Albanian "latest news" and "most read" headers with their headline.


def test_albanian_latest_news_header_and_its_headline_go():
    for header in ("Lajmet e fundit", "Lajmet më të fundit", "Më të lexuarat",
                   "Lajmet më të lexuara"):
        paragraphs = _mid(_SQ, _SQ_TAIL, header + "\n" + _SQ_HEADLINE)
        assert header not in paragraphs, header
        assert _SQ_HEADLINE not in paragraphs, header
        assert _SQ_TAIL in paragraphs, header
        assert header not in _end(_SQ, _SQ_TAIL, header), header


def test_latest_news_in_an_albanian_sentence_stays():
    for line in ("Lajmet e fundit nga komuna tregojnë se parku do të zgjerohet.",
                 "Më të lexuarat në bibliotekë janë librat për fëmijë, tha drejtoresha."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_SQ, _SQ_TAIL, line), line


# 4. A weekly's "Also in this edition:" with the headline of another story in the issue.


def test_also_in_this_edition_header_and_its_headline_go():
    headline = "Library extends its Saturday opening hours"
    for header in ("Also in this edition:", "ALSO IN THIS EDITION", "Also in this week's edition:",
                   "In this issue:", "Elsewhere in this issue"):
        paragraphs = _mid(_EN, _EN_TAIL, header + "\n" + headline)
        assert header not in paragraphs, header
        assert headline not in paragraphs, header
        assert _EN_TAIL in paragraphs, header


def test_also_in_this_edition_inline_goes():
    line = "Also in this edition: Library extends its Saturday opening hours"
    assert chrome_kind(line) == "inline_link"
    paragraphs = _mid(_EN, _EN_TAIL, line)
    assert line not in paragraphs
    assert _EN_TAIL in paragraphs


def test_an_edition_in_a_sentence_stays():
    for line in ("Also in this edition: the council's budget, in full.",
                 "Also in this edition the paper prints a letter from the harbour master.",
                 "The harbour office said the timetable would be printed in this edition of the"
                 " parish newsletter."):
        assert chrome_kind(line) is None, line
        assert line in _mid(_EN, _EN_TAIL, line), line


# 5. The notice that forbids copying the site's content without its consent.


def test_albanian_and_lithuanian_reuse_notices_go():
    for head, tail, line in (
            (_SQ, _SQ_TAIL, "Ndalohet kopjimi i përmbajtjes pa lejen e redaksisë."),
            (_SQ, _SQ_TAIL, "Ndalohet rreptësisht kopjimi dhe shpërndarja e materialeve të këtij"
                            " portali pa lejen me shkrim të redaksisë."),
            (_SQ, _SQ_TAIL, "Kopjimi i lajmeve pa lejen e redaksisë është i ndaluar."),
            (_LT, _LT_TAIL, "Naujienų portalo turinį platinti be raštiško redakcijos sutikimo"
                            " draudžiama."),
            (_LT, _LT_TAIL, "Draudžiama kopijuoti ir platinti portalo turinį be redakcijos"
                            " sutikimo."),
            (_LT, _LT_TAIL, "Turinio kopijavimas be sutikimo draudžiamas.")):
        assert chrome_kind(line) == "copyright", line
        paragraphs = _end(head, tail, line)
        assert line not in paragraphs, line
        assert tail in paragraphs, line


def test_reuse_notices_in_kin_languages_go():
    for line in ("Zabranjeno je preuzimanje sadržaja bez dozvole redakcije.",
                 "Preuzimanje i kopiranje tekstova bez pisane dozvole redakcije je zabranjeno.",
                 "Забрањено је преузимање садржаја без дозволе редакције.",
                 "Prepovedano je kopiranje vsebin brez dovoljenja uredništva.",
                 "Kopírování obsahu bez souhlasu redakce je zakázáno.",
                 "Šírenie obsahu bez písomného súhlasu vydavateľa je zakázané.",
                 "Materjalide kopeerimine ilma toimetuse loata on keelatud."):
        assert chrome_kind(line) == "copyright", line
        assert line not in _end(_EN, _EN_TAIL, line), line


def test_copying_or_consent_in_a_sentence_stays():
    for head, tail, line in (
            (_SQ, _SQ_TAIL, "Ndalohet hyrja e qenve në park pa leje."),
            (_SQ, _SQ_TAIL, "Ndalohet kopjimi i përmbajtjes pa lejen e autorit, vendosi gjykata."),
            (_SQ, _SQ_TAIL, "Policia tha se ndalohet kopjimi i çelësave pa lejen e pronarit."),
            (_SQ, _SQ_TAIL, "Ndalohet publikimi i fotografive të fëmijëve pa lejen e prindërve."),
            (_LT, _LT_TAIL, "Vaikams parke draudžiama važinėti dviračiais be tėvų sutikimo."),
            (_LT, _LT_TAIL, "Teismas nusprendė, kad turinį platinti be sutikimo draudžiama."),
            (_LT, _LT_TAIL, "Draudžiama naudoti asmens informaciją be sutikimo."),
            (_EN, _EN_TAIL, "Zabranjeno je parkiranje bez dozvole."),
            (_EN, _EN_TAIL, "Zabranjeno je objavljivanje fotografija djece bez dozvole roditelja."),
            (_EN, _EN_TAIL, "Kopiranje ispita bez dozvole nastavnika je zabranjeno, rekao je"
                            " ravnatelj.")):
        assert chrome_kind(line) is None, line
        assert line in _mid(head, tail, line), line
