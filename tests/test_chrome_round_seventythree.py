"""Classes of site chrome that leaked into article bodies on bench/dev_set72 (a retired
held-out set, tuned on once it was retired): the ad label as British "Advert" alone and
wrapped in dashes or stars ("- Advertisement -", "— Anzeige —"); a broadcaster's pitch to
watch the whole item on its streaming service ("Watch the full story on Example+"); the
outlet's production or ownership line under the story, its own name the subject ("Example
Pacific is produced by Acme Films for Example TV."); a feedback form's line ("FEEDBACK: Use
this form to send a message to the author of this post.") and the header over a study's
citation block ("Citation:"); and the story's own publish note in the Nordic languages and
English ("Artikeln publicerades 8 oktober 2024.", "This article was first published on
...", a date ending the line). Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str, **kw) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n", **kw).paragraphs


def _tail(line: str, html: bool = False, **kw) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html, **kw).paragraphs


def _gone(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


# ---------------------------------------------------------------------------
# The ad label: "Advert" alone, or wrapped in dashes or stars.

def test_advert_and_dash_wrapped_ad_labels():
    _gone(["Advert", "- Advertisement -", "— Anzeige —", "*** Publicité ***", "-- Advert --"])


def test_advert_words_in_sentences_stay():
    _kept(["The advert ran on local radio for a week, the council said.",
           "- Advertising spending fell by 4% last year, the report found."])
    assert chrome_kind("Advert spending fell") is None


# ---------------------------------------------------------------------------
# "Watch the full story on Example+": the streaming service named, nothing after it.

def test_watch_full_item_on_service():
    _gone(["Watch the full story on Harbourview+", "Watch the full interview on Example Plus",
           "Regardez le reportage complet sur Exemple.tv",
           "Mira la entrevista completa en Canal Ejemplo"])


def test_watch_full_story_in_a_sentence_stays():
    _kept(["Watch the full story on the council's website unfold, she told residents.",
           "Residents can watch the full meeting on Example TV tonight, the mayor said."])


def test_watch_full_item_on_a_day_is_a_schedule_near_miss():
    # Read-through: a day or a month after "on" is no streaming service.
    for line in ("Watch the full interview on Monday.", "Stream the full episode on March 3."):
        assert chrome_kind(line) is None, line
        assert _middle(line) == [BODY, line, MORE], line


# ---------------------------------------------------------------------------
# "Example Pacific is produced by Acme Films for Example TV.": the site's own name.

def test_outlet_production_line_under_story():
    line = "Harbour Pacific is produced by Acme Films for Example TV."
    names = frozenset({"harbourpacific"})
    assert _tail(line, site_names=names) == [BODY, MORE]
    assert _tail(line) == [BODY, MORE, line]  # no site name: a story's sentence


def test_other_production_line_stays():
    names = frozenset({"harbourpacific"})
    line = "The documentary is produced by Acme Films for Example TV."
    assert _tail(line, site_names=names) == [BODY, MORE, line]


# ---------------------------------------------------------------------------
# The feedback form's line and the citation block's header.

def test_feedback_form_and_citation_header():
    _gone(["FEEDBACK: Use this form to send a message to the author of this post.",
           "Use this form to contact the editor", "Citation:", "Cite this article"])


def test_form_and_citation_sentences_stay():
    _kept(["Use this form to apply for a permit, the council said.",
           "Citation needed, the judge wrote in the margin of the ruling."])


# ---------------------------------------------------------------------------
# "Artikeln publicerades 8 oktober 2024.": the story's publish note, a date ending it.

def test_article_publish_note():
    for line in ("Artikeln publicerades 8 oktober 2024.",
                 "Artikkelen ble publisert 8. oktober 2024.",
                 "This article was first published on 8 October 2024."):
        assert _tail(line) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def test_publish_sentences_stay():
    _kept(["Artikeln publicerades i Dagens Nyheter i fredags.",
           "Artikeln publicerades 8 oktober 2024 och väckte debatt i kommunen.",
           "The article was published on March 3, 2025, in the journal Nature."])
