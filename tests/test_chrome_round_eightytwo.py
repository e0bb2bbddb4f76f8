"""Classes of chrome leaked on bench/dev_set81 (a retired held-out set, tuned on once it
was retired): a Malayalam related-list header ("കൂടുതൽ വായിക്കാൻ", "കൂടുതൽ വാർത്തകൾ",
"ഇതുകൂടി വായിക്കൂ", "അനുബന്ധ വാർത്തകൾ") that takes the headline under it, alone or with
the headline after its colon; a Georgian read-also label ("ასევე წაიკითხეთ", "წაიკითხეთ
ასევე") alone or run onto its headline; and a German-language wire's company name with its
legal form alone under the story ("dpa-infocom GmbH", "Deutsche Presse-Agentur GmbH"). A
story sentence that uses the same words, or names the wire's company, stays. Synthetic
text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Rivertown (XNA) - The river ferry between the two banks was cancelled on Monday after"
         " the water rose two metres, the harbour office said.\n"
         "Harbour officials said the service would resume on Wednesday if the level dropped"
         " as forecast.\n"
         "A temporary bus link will carry foot passengers over the northern bridge until then.\n")

_ML_LEAD = ("കോട്ടയം: നദിയിലെ ജലനിരപ്പ് ഉയർന്നതിനെ തുടർന്ന് കടത്തുവള്ളം തിങ്കളാഴ്ച നിർത്തിവച്ചു.\n"
            "ജലനിരപ്പ് കുറഞ്ഞാൽ ബുധനാഴ്ച സർവീസ് പുനരാരംഭിക്കുമെന്ന് അധികൃതർ അറിയിച്ചു.\n"
            "അതുവരെ വടക്കേ പാലത്തിലൂടെ താൽക്കാലിക ബസ് സർവീസ് ഉണ്ടാകും.\n")
_ML_TAIL = "യാത്രക്കാർക്ക് ബദൽ സൗകര്യം ഒരുക്കുമെന്ന് പഞ്ചായത്ത് പ്രസിഡന്റ് പറഞ്ഞു."

_KA_LEAD = ("ქუთაისი. მდინარეზე საბორნე მიმოსვლა ორშაბათს შეწყდა, რადგან წყლის დონე"
            " ორი მეტრით აიწია.\n"
            "ნავსადგურის ოფიციალურმა პირებმა განაცხადეს, რომ მიმოსვლა ოთხშაბათს აღდგება.\n"
            "მანამდე მგზავრებს ჩრდილოეთის ხიდზე დროებითი ავტობუსი გადაიყვანს.\n")
_KA_TAIL = "ქალაქის მერიამ განაცხადა, რომ მგზავრებს დამატებით ავტობუსებს გამოუყოფს."


def _html_paragraphs(tail: str, lead: str = _LEAD) -> list[str]:
    # Text extracted from HTML: each line a paragraph, the page's foot kept as body.
    return clean_text(lead + tail + "\n", first_line_is_title=False,
                      lines_are_paragraphs=True).paragraphs


def _text_paragraphs(tail: str, lead: str = _LEAD, after: str = "") -> list[str]:
    return clean_text("Ferry Route Closed\n\n" + lead.replace("\n", "\n\n") + tail
                      + "\n\n" + (after or "The port authority said it would review the timetable"
                                  " next month.") + "\n",
                      first_line_is_title=True).paragraphs


def test_malayalam_related_header_takes_its_headline():
    headline = "പുഴയോര റോഡിന്റെ നവീകരണം അടുത്ത മാസം തുടങ്ങും"
    for header in ("കൂടുതൽ വായിക്കാൻ", "കൂടുതൽ വാർത്തകൾ", "ഇതുകൂടി വായിക്കൂ", "അനുബന്ധ വാർത്തകൾ"):
        paras = _text_paragraphs(header + "\n" + headline, _ML_LEAD, _ML_TAIL)
        assert header not in paras and headline not in paras, header
        assert _ML_TAIL in paras
        inline = header + ": " + headline
        assert inline not in _text_paragraphs(inline, _ML_LEAD, _ML_TAIL), header


def test_malayalam_related_header_near_misses():
    # A story sentence that starts with "more" and reads on stays.
    line = "കൂടുതൽ വിവരങ്ങൾ പിന്നീട് അറിയിക്കുമെന്ന് കലക്ടർ വ്യക്തമാക്കി."
    assert line in _text_paragraphs(line, _ML_LEAD, _ML_TAIL)


def test_georgian_read_also_label():
    headline = "სანაპიროს გზის რეკონსტრუქცია მომავალ თვეში დაიწყება"
    for label in ("ასევე წაიკითხეთ", "წაიკითხეთ ასევე"):
        inline = label + ": " + headline
        assert inline not in _text_paragraphs(inline, _KA_LEAD, _KA_TAIL), label
        assert inline not in _html_paragraphs(inline, _KA_LEAD), label
        paras = _text_paragraphs(label + "\n" + headline, _KA_LEAD, _KA_TAIL)
        assert label not in paras and headline not in paras, label
        assert _KA_TAIL in paras


def test_georgian_read_also_near_misses():
    # A sentence asking readers to read the notice, with no label shape, stays.
    line = "მერიამ მოსახლეობას მოუწოდა, ასევე წაიკითხონ გაფრთხილება ოფიციალურ ვებგვერდზე."
    assert line in _text_paragraphs(line, _KA_LEAD, _KA_TAIL)


def test_wire_company_name_alone_under_the_story():
    for line in ("dpa-infocom GmbH", "Deutsche Presse-Agentur GmbH",
                 "dpa-AFX Wirtschaftsnachrichten GmbH", "Keystone-SDA-ATS AG"):
        assert line not in _html_paragraphs(line), line
        assert line not in _text_paragraphs(line), line


def test_wire_company_name_near_misses():
    # A sentence naming the company goes on, and stays.
    line = "Die dpa-infocom GmbH liefert seit Jahren Grafiken an die Zeitungen der Region."
    assert line in _html_paragraphs(line)
    assert line in _text_paragraphs(line)
