"""Classes of chrome leaked on bench/dev_set79 (a retired held-out set, tuned on once it
was retired): the wire credited "with" the story alone on a line at its foot ("Avec TAP",
"(Avec AFP)", "avec MAP", "Avec agences", "With Reuters", "Con EFE", "Com Lusa"), which a
page's body keeps when its text comes from HTML; and the related box that names the desk or
section it draws from ("Recommended from Editorial", Postmedia) or the country's latest
stories ("Latest National Stories"), whose headlines go with it. A story sentence that opens
with "Avec ...", a name after "with" that is no wire, and a sentence that opens with
"Recommended from ..." stay. Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Rivertown (XNA) - The river ferry between the two banks was cancelled on Monday after"
         " the water rose two metres, the harbour office said.\n"
         "Harbour officials said the service would resume on Wednesday if the level dropped"
         " as forecast.\n"
         "A temporary bus link will carry foot passengers over the northern bridge until then.\n")

_STORY = ("Harbour Storm Closes Ferry Route\n\nThe ferry between the two islands was cancelled"
          " on Monday after waves reached four metres.\n\nHarbour officials said the service"
          " would resume on Wednesday if the wind dropped as forecast.\n\n")

_AFTER = "\n\nThe port authority said it would review the winter timetable next month.\n"


def _html_paragraphs(tail: str) -> list[str]:
    # Text extracted from HTML: each line a paragraph, the page's foot kept as body.
    return clean_text(_LEAD + tail + "\n", first_line_is_title=False,
                      lines_are_paragraphs=True).paragraphs


def test_with_wire_signoff_leaves_the_body():
    for line in ("Avec TAP", "(Avec AFP)", "avec MAP", "Avec agences", "Avec AFP et Reuters",
                 "With Reuters", "With agencies", "Con EFE", "Com Lusa", "Com agências"):
        assert line not in _html_paragraphs(line), line


def test_with_wire_signoff_near_misses():
    # A story sentence opening with "Avec", a word spelled like a short wire ("Tap"), and a
    # name after "with" that is no wire ("Con Coughlin") stay.
    for line in ("Avec TAP, le commissaire a visité les écoles rurales de la région lundi.",
                 "Avec Tap", "With the family", "Con Coughlin"):
        assert line in _html_paragraphs(line), line


def _text_result(tail: str):
    return clean_text(_STORY + tail + _AFTER, first_line_is_title=True)


def test_recommended_from_section_takes_its_headlines():
    for header in ("Recommended from Editorial", "Recommended from Sports",
                   "Recommended from The Local Desk", "Latest National Stories"):
        result = _text_result(header + "\n\nFerry fares rise for the summer season")
        assert header not in result.paragraphs, header
        assert "Ferry fares rise for the summer season" in result.related_headlines, header
        assert ("The port authority said it would review the winter timetable next month."
                in result.paragraphs), header


def test_recommended_from_near_misses():
    # A sentence that opens with the words is the story's, and so is the line after it
    # ("Latest stories ..." names no country or section).
    for line in ("Recommended from the committee, the plan was adopted",
                 "Recommended in March by the board",
                 "Latest stories from the flood zone were grim"):
        result = _text_result(line + "\n\nFerry fares rise for the summer season")
        assert line in result.paragraphs, line
        assert "Ferry fares rise for the summer season" in result.paragraphs, line
