"""Classes of chrome leaked on bench/dev_set77 (a retired held-out set, tuned on once it
was retired): the writer's contact line with the name as its subject ("Jane Roe can be
reached at jroe@example.com or 406-555-0100.", the number first, or a handle); the
subscription offer with its price ("Get unlimited digital access for $1", "... for just
99¢", "Unlimited digital access: $1 for 6 months"); the note filing the story under the
paper's coverage of an event, in English, Afrikaans and Dutch ("This article is part of our
election coverage.", "Hierdie artikel is deel van ons ...-dekking."). And a leftover
(dev_set54): the Icelandic ownership line naming a media house by its company name ("Vísir
er í eigu Sýnar hf."). Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import clean_text

_LEAD = ("Harbour Storm Closes Ferry Route\n\nThe ferry between the two islands was cancelled"
         " on Monday after waves reached four metres.\n\n")

_TAIL = ("Harbour officials said the service would resume on Wednesday if the wind dropped"
         " as forecast.\n")


def _paragraphs(text: str) -> list[str]:
    return clean_text(_LEAD + text + "\n" + _TAIL).paragraphs


def _tail_paragraphs(text: str) -> list[str]:
    return clean_text(_LEAD + _TAIL + "\n" + text + "\n").paragraphs


def test_writer_contact_line_with_name_as_subject():
    for line in ("Marta Quill can be reached at mquill@harbourgazette.com or 555-201-3344.",
                 "Marta Quill can be reached at 555-201-3344 or mquill@harbourgazette.com.",
                 "Marta Quill can be reached at mquill@harbourgazette.com or on Twitter @mquill.",
                 "Staff Writer Tomas Berg may be reached at tberg@example.org.",
                 "Tomas Berg can be reached on X @tberg_news."):
        assert not any(line in p for p in _paragraphs(line + "\n")), line


def test_writer_contact_line_near_misses():
    # A hotline or a public office's number, a number alone, or speech after it: the story's.
    for line in ("The ferry hotline can be reached at 800-555-0199.",
                 "Harbour County Clerk's Office can be reached at clerk@example.gov or 555-0100.",
                 "Crime Stoppers can be reached at tips@example.org.",
                 "Tomas Berg may be reached at (307) 555-0100.",
                 "Marta Quill can be reached at mquill@example.com, the spokesman said."):
        assert any(line in p for p in _paragraphs(line + "\n")), line


def test_subscription_offer_with_price():
    for line in ("Get unlimited digital access for $1", "Get unlimited digital access for just 99¢",
                 "Unlimited digital access: $1 for 6 months", "Get full access for £4.99 a month."):
        assert not any(line in p for p in _paragraphs(line + "\n")), line


def test_subscription_offer_near_misses():
    for line in ("The library gives unlimited digital access for $1.",
                 "Full access to the archive costs $1 for students."):
        assert any(line in p for p in _paragraphs(line + "\n")), line


def test_coverage_series_note():
    for line in ("This article is part of our harbour festival coverage.",
                 "This story is part of our ongoing coverage of the ferry strike.",
                 "Hierdie artikel is deel van ons Kunstefees-dekking.",
                 "Dit artikel maakt deel uit van onze verkiezingsdekking.",
                 "Dit artikel is onderdeel van onze Tour de France-verslaggeving."):
        assert not any(line in p for p in _tail_paragraphs(line)), line


def test_coverage_series_note_near_misses():
    for line in ("This article is part of a wider inquiry, the judge said.",
                 "The festival is part of our town's heritage.",
                 "Hierdie fees is deel van ons erfenis, het die burgemeester gesê."):
        assert any(line in p for p in _tail_paragraphs(line)), line


def test_icelandic_ownership_by_media_company():
    for line in ("Fréttavefurinn er í eigu Sýnar hf.", "Morgunblaðið er í eigu Árvakurs hf."):
        assert not any(line in p for p in _tail_paragraphs(line)), line


def test_icelandic_ownership_near_misses():
    # A company that is no media house, or "sýn" without the company form.
    for line in ("Fyrirtækið er í eigu Samherja hf.", "Verkefnið er í eigu Sýnar Jónsdóttur."):
        assert any(line in p for p in _tail_paragraphs(line)), line
