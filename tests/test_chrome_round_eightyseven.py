"""Classes of chrome leaked on bench/dev_set86 (a retired held-out set, tuned on once it
was retired): the Polish, Czech and Slovak thanks for reading in its noun form ("Dziękujemy
za przeczytanie artykułu!", "Děkujeme za přečtení článku."); a reporter's contact line that
names a messaging app ("Jane Roe can be contacted on WhatsApp for tips."); the site's line
about itself with comma-separated qualities and "newsroom" ("Example Post is a nonprofit,
nonpartisan newsroom.", checked against the site's name), which freed the reporter's bio
above it; ACM's Acknowledgement of Country ("... acknowledges the Traditional Owners of
Country throughout Australia.", which freed the reporter's bio above it too); and Tok
Pisin's ad label ("Advataismen") and read-also header with the headline under it ("Ritim
tu:", "Ritim moa:"). A story sentence that uses the same words, a body's
contact line, another outlet's line or a past ceremony stays. Synthetic text; each class
with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Rivertown - The river ferry between the two banks was cancelled on Monday after"
         " the water rose two metres, the harbour office said.\n"
         "Harbour officials said the service would resume on Wednesday if the level dropped"
         " as forecast.\n"
         "A temporary bus link will carry foot passengers over the northern bridge until then.\n")

_TPI_LEAD = ("Rivataun - Bot i no inap go long arapela sait long wara long Mande, ofis bilong"
             " hababa i tok.\n"
             "Ol wokman bilong hababa i tok bot bai go gen long Trinde sapos wara i go daun.\n"
             "Wanpela bas bai karim ol manmeri long nupela bris inap long dispela taim.\n")

_TAIL = "The harbour office will review the timetable next month."
_TPI_TAIL = "Ofis bilong hababa bai lukim gen taimtebol long narapela mun."


def _paragraphs(tail: str, lead: str = _LEAD, after: str = "", **kw) -> list[str]:
    return clean_text("Ferry Route Closed\n\n" + lead.replace("\n", "\n\n") + tail
                      + ("\n\n" + after if after else "") + "\n",
                      first_line_is_title=True, **kw).paragraphs


def test_thanks_for_reading_noun_form_pl_cs_sk():
    for line in ("Dziękujemy za przeczytanie artykułu!", "Dziękujemy za przeczytanie tego tekstu.",
                 "Dziękujemy, że przeczytałeś artykuł do końca.",
                 "Děkujeme za přečtení článku.", "Ďakujeme za prečítanie článku!"):
        paras = _paragraphs(line, after=_TAIL)
        assert line not in paras, line
        assert _TAIL in paras


def test_thanks_for_reading_noun_form_near_misses():
    for line in ("Dziękujemy za przeczytanie raportu - powiedział minister.",
                 "Děkujeme za přečtení zprávy, řekl starosta."):
        assert line in _paragraphs(line, after=_TAIL), line


def test_reporter_contact_on_messaging_app():
    for line in ("Jane Roe can be contacted on WhatsApp for tips.",
                 "John Doe can be reached on Telegram for story tips.",
                 "Mary Ann Smith can be contacted via Signal."):
        paras = _paragraphs(line, after=_TAIL)
        assert line not in paras, line
        assert _TAIL in paras


def test_reporter_contact_on_messaging_app_near_misses():
    for line in ("The Harbour Clinic can be contacted on WhatsApp for appointments.",
                 "Jane Roe can be contacted on WhatsApp, her lawyer said on Monday."):
        assert line in _paragraphs(line, after=_TAIL), line


def test_nonprofit_newsroom_line_and_bio_above_it():
    sites = frozenset({"examplepost"})
    bio = "Jane Roe covers transport for Example Post. Reach her at jroe@example.org."
    line = "Example Post is a nonprofit, nonpartisan newsroom."
    paras = _paragraphs(bio, after=line, site_names=sites)
    assert line not in paras
    assert bio not in paras
    assert any("temporary bus" in p for p in paras)


def test_nonprofit_newsroom_line_near_misses():
    sites = frozenset({"examplepost"})
    for line in ("Harbour Watch is a nonprofit, nonpartisan newsroom.",
                 "Example Post is a nonprofit, nonpartisan newsroom, the founder said on Monday."):
        assert line in _paragraphs(line, after=_TAIL, site_names=sites), line


def test_acknowledgement_of_country_throughout_australia():
    for line in ("Example Community Media acknowledges the Traditional Owners of Country"
                 " throughout Australia.",
                 "We acknowledge the Traditional Custodians of Country across Australia and their"
                 " continuing connection to land."):
        paras = _paragraphs(line, after=_TAIL)
        assert line not in paras, line
        assert _TAIL in paras


def test_acknowledgement_of_country_near_misses():
    for line in ("The council acknowledged the Traditional Owners of Country throughout the"
                 " region at a ceremony on Friday.",
                 "Harbour Council acknowledges the Traditional Owners lodged a claim in March."):
        assert line in _paragraphs(line, after=_TAIL), line


def test_tok_pisin_ad_label_and_read_also_header():
    paras = _paragraphs("Advataismen", _TPI_LEAD, _TPI_TAIL)
    assert "Advataismen" not in paras
    assert _TPI_TAIL in paras
    for header in ("Ritim tu:", "Ritim moa:"):
        headline = "Nupela bot bai kam long hababa long Julai"
        paras = _paragraphs(header + "\n" + headline, _TPI_LEAD, _TPI_TAIL)
        assert header not in paras and headline not in paras, header
        assert _TPI_TAIL in paras


def test_tok_pisin_near_misses():
    for line in ("Advataismen bilong kampani i kamap long pepa long Mande.",
                 "Ritim tu ol buk long skul em i gutpela samting, tisa i tok."):
        assert line in _paragraphs(line, _TPI_LEAD, _TPI_TAIL), line
