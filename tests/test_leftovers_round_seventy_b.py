"""Classes of failures left on older labelled sets (bench/dev_set69), found again in round
70: the newspaper's editor printed in the site's footer ("Editor: Jane Roe" right above
"© 2024 Daily Roe", under furniture) is masthead chrome, not the story's editor; a wire's
"Editor: X" signed under the story's last sentence stays the desk editor's. On synthetic
text, with near misses that must stay as they are."""

from __future__ import annotations


def _article(name: str, payload: str) -> dict:
    from transforms.clean import clean_record
    from transforms.decode import decode_payload
    from transforms.extract import extract_article

    record = decode_payload(name, payload.encode())[0]
    return extract_article(clean_record(record))


_STORY = ("Harbour fees rise again\n\n"
          "The port authority raised its berthing fees by nine percent on Monday, the "
          "third rise in two years.\n\n"
          "Shipping lines said the cost would be passed on to importers within weeks.\n\n")


# 1. The paper's editor in its footer, above the copyright notice.


def test_footer_editor_above_copyright_is_masthead() -> None:
    text = (_STORY + "Follow Daily Roe on Google News\n\n"
            "Editor: Kamal Hossain Roe\n\n© 2024 Daily Roe\n\nShare")
    assert _article("footer.txt", text)["editors"] == []


def test_wire_editor_under_the_story_stays() -> None:
    # Near miss: signed right under the story's last sentence, above the notice.
    text = (_STORY + "Editor: Kamal Hossain Roe\n\n© 2024 Daily Roe")
    assert _article("signed.txt", text)["editors"] == ["Kamal Hossain Roe"]


def test_wire_editor_above_a_stamp_stays() -> None:
    # Near miss: Xinhua's "Editor: X" over the time stamp, no copyright line under it.
    text = (_STORY + "Follow Daily Roe on Google News\n\n"
            "Editor: Kamal Hossain Roe\n\n2024-03-11 16:40:12")
    assert _article("stamp.txt", text)["editors"] == ["Kamal Hossain Roe"]


def test_wire_editor_under_the_reporter_credit_stays() -> None:
    # Near miss: "Reporter:" then "Editor:" then the wire's notice: both sign the story.
    text = (_STORY + "Reporter: Dewi Anggraini Roe\n\nEditor: Kamal Hossain Roe\n\n"
            "Copyright © Daily Roe 2024")
    assert _article("credits.txt", text)["editors"] == ["Kamal Hossain Roe"]
