"""Classes of site chrome that leaked into article bodies on bench/dev_set75 (a retired
held-out set, tuned on once it was retired): the "read more" label in sentence case run onto
its headline without a colon ("Read more Ferry ...", "Leia mais ...", "Lire aussi ..."); the
related header with a verb or a pointer alone on its line, "Read related topics:" with its
topic tag under it and "Related to this story" with its headline under it; and a writer's
contact line with a phone number (area code or not) before the e-mail address ("Contact Jane
Doe at 555-0100 or jdoe@example.com."). Synthetic text; each class with near misses that
stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The harbour board approved the new timetable on Monday after a long debate about "
        "fuel costs and staffing, officials said.")
MORE = ("Crossings will run every hour from the spring, and the board hopes to add an evening "
        "sailing if demand holds up.")


def _paras(text: str, **kw) -> list[str]:
    return clean_text(f"Harbour timetable changes\n\n{BODY}\n\n{text}\n\n{MORE}\n", **kw).paragraphs


def test_sentence_case_read_more_run_onto_headline_goes():
    for line in ("Read more Island bus service to run on Sundays",
                 "Leia mais Prefeitura amplia horário das balsas",
                 "Lire aussi Le port prolonge la saison des navettes"):
        assert chrome_kind(line) == "inline_link"
        for html in (False, True):
            assert _paras(line, lines_are_paragraphs=html) == [BODY, MORE]


def test_read_more_sentence_stays():
    for line in ("Read more about the plan on the council's website.",
                 "Read more Dickens, the teacher told the class.",
                 "Read more books this winter, the library urges."):
        assert chrome_kind(line) is None
        assert line in _paras(line)


def test_read_related_topics_header_takes_its_topic_tag():
    paras = _paras("Read related topics:\nFerries")
    assert paras == [BODY, MORE]
    assert _paras("See related stories\nHarbour board names new chair") == [BODY, MORE]


def test_related_to_this_story_header_takes_its_headline():
    assert _paras("Related to this story\nBoard delays vote on pier lease") == [BODY, MORE]


def test_related_to_this_story_sentence_stays():
    line = ("Related to this story is the board's plan to sell the old pier, which goes to a "
            "vote in May.")
    assert chrome_kind(line) is None
    assert line in _paras(line)
    line = "Readers can read related topics in the library's archive."
    assert line in _paras(line)


def test_writer_contact_line_with_phone_before_email_goes():
    for line in ("Contact Jane Roe at 555-0100 or jroe@example.com.",
                 "Reach John Doe at (307) 555-0199 or jdoe@example.org.",
                 "Contact Ana Ruiz at 555-0123, or aruiz@example.net."):
        assert chrome_kind(line) is not None
        assert _paras(line) == [BODY, MORE]


def test_contact_line_without_email_or_about_tracing_stays():
    for line in ("Contact Crime Stoppers at 555-0100.",
                 "Contact tracing teams reached 555 households in the first week, officials said.",
                 "Contact the harbour office at 555-0100 or visit the ticket desk."):
        assert chrome_kind(line) is None
        assert line in _paras(line)
