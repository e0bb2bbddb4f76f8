"""Classes of site chrome that leaked into article bodies on bench/dev_set61 (a retired held-out
set, tuned on once it was retired): the site's affiliate disclosure; the European Portuguese
comment gate; the Maghreb Arabic ad label; a donation pitch's opener alone on its line; the
note on who produced the story for the outlet; the outlet's superlative line about itself
under a host name without its masthead word; the Bengali "last updated" stamp (kept as a
field); the editor's sign-off in square brackets (kept as a credit, its editor read).
Synthetic text; each class with near misses that stay."""

from __future__ import annotations

from transforms.clean import chrome_kind, clean_text

BODY = ("The council approved the plan on Tuesday after a long debate about costs and "
        "the timetable for the works, officials said.")
MORE = ("Work on the first section is due to start in the spring, and the whole line should "
        "open within four years if the money is found.")


def _middle(line: str) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def _tail(line: str, html: bool = False, site: frozenset[str] = frozenset()) -> list[str]:
    return clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                      lines_are_paragraphs=html, site_names=site).paragraphs


def _gone(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE], line
        assert _tail(line, html=True) == [BODY, MORE], line
        assert _middle(line) == [BODY, MORE], line


def _kept(lines: list[str]) -> None:
    for line in lines:
        assert _tail(line) == [BODY, MORE, line], line
        assert _tail(line, html=True) == [BODY, MORE, line], line
        assert _middle(line) == [BODY, line, MORE], line


def test_affiliate_disclosure():
    _gone([
        "If you buy a product or sign up for an account through a link on our site, we may "
        "receive compensation.",
        "Note to readers: if you buy something through one of our affiliate links we may earn "
        "a commission.",
    ])


def test_affiliate_disclosure_near_miss_stays():
    _kept([
        "If you buy a ticket at the station, the operator may receive compensation from the "
        "state, the report said.",
        "Under the deal, the harbour company may receive compensation for the lost berths.",
    ])


def test_portuguese_comment_gate():
    _gone([
        "Tem de estar registado para comentar.",
        "Tem de iniciar sessão para comentar.",
        "Você precisa estar logado para comentar.",
    ])


def test_portuguese_comment_gate_near_miss_stays():
    _kept(["Tem de estar registado no centro de saúde da freguesia para receber a vacina, "
           "explicou a diretora."])


def test_maghreb_arabic_ad_label():
    _gone(["إشهار"])


def test_maghreb_arabic_ad_label_near_miss_stays():
    _kept(["وقالت الوزارة إن إشهار نتائج المناقصة سيتم الأسبوع المقبل في الجريدة الرسمية."])


def test_donation_pitch_opener():
    _gone(["Now that you are here...", "Now that you're here…"])


def test_donation_pitch_opener_near_miss_stays():
    _kept(["Now that you are here, the mayor told the visitors, you will see how the harbour "
           "has changed."])


def test_story_production_note():
    _gone([
        "This story was produced by Example University journalism students for The Harbour Mail.",
        "This article was produced in partnership with Example Rivers Network.",
    ])


def test_story_production_note_near_miss_stays():
    # No outlet's name at its end, or no story note: no chrome line (a "This story was ..."
    # line still ends the story under the earlier rounds' desk-note rules).
    for line in ["This story was produced by students for a class project.",
                 "The film was produced by Example Studios for Harbour Television."]:
        assert chrome_kind(line) is None, line
    line = "The film was produced by Example Studios for Harbour Television."
    assert _middle(line) == [BODY, line, MORE]


def test_outlet_superlative_about_itself_under_host_name():
    line = "The Harbour Mail is Examplestan's oldest independent newspaper."
    assert _tail(line, site=frozenset({"harbour"})) == [BODY, MORE]
    assert _tail(line, html=True, site=frozenset({"harbour"})) == [BODY, MORE]


def test_outlet_superlative_near_misses_stay():
    # Another paper's line; the site's name with no masthead word after it in the line.
    for line, site in [
        ("The Valley Mail is Examplestan's oldest independent newspaper.",
         frozenset({"harbour"})),
        ("Harbourside Motors is Examplestan's oldest independent newspaper.",
         frozenset({"harbour"})),
    ]:
        assert _tail(line, site=site) == [BODY, MORE, line], line


def test_bengali_last_updated_stamp_is_a_field():
    out = clean_text(f"Harbour fees rise\n\nশেষ আপডেট: ১২ মার্চ ২০২৫ ০৯:৩০\n\n{BODY}\n\n{MORE}\n")
    assert out.paragraphs == [BODY, MORE]
    assert out.updated_lines and "2025" in out.updated_lines[0]


def test_bengali_last_updated_near_miss_stays():
    line = "শেষ আপডেট কবে আসবে, তা নিয়ে কর্মকর্তারা কিছু জানাননি বলে জানা গেছে।"
    assert line in clean_text(f"Harbour fees rise\n\n{BODY}\n\n{line}\n\n{MORE}\n").paragraphs


def test_bracketed_editor_signoff_is_a_credit():
    out = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n[Edited by Jane Roe]\n",
                     lines_are_paragraphs=True)
    assert out.paragraphs == [BODY, MORE]
    assert out.editors == ["Jane Roe"]  # read by BRACKETED_EDIT_LINE, not lost with the line


def test_bracketed_editor_near_miss_stays():
    line = "[The council edited the plan twice before the vote, officials said.]"
    out = clean_text(f"Harbour fees rise\n\n{BODY}\n\n{MORE}\n\n{line}\n",
                     lines_are_paragraphs=True)
    assert out.paragraphs == [BODY, MORE, line]
