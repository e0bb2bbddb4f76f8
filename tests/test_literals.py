"""transforms.literals: prefilters must never change what a pattern matches."""

from __future__ import annotations

import random
import re
import sys

import pytest

from transforms import clean, literals
from transforms.literals import (
    FirstFamily,
    Prefiltered,
    ascii_starts,
    required_literals,
    search_possible,
)
from transforms.patterns import CHROME_LINE_PATTERNS, LINK_SUFFIX, compiled


def test_folds_to_ascii_is_every_code_point_ignorecase_pairs_with_ascii():
    ascii_class = re.compile("[\x00-\x7f]", re.IGNORECASE)
    found = {chr(cp) for cp in range(128, sys.maxunicode + 1)
             if not 0xD800 <= cp < 0xE000 and ascii_class.match(chr(cp))}
    assert found == set(literals._FOLDS_TO_ASCII)


@pytest.mark.parametrize(("pattern", "flags", "expected"), [
    (r"\s*\b(?:purchase|acquire) licensing rights", re.I, {" licensing rights"}),
    (r"(?P<year>(?:19|20)\d{2})-(?P<month>[01]?\d)", 0, {"19", "20"}),
    (r"(?:ab)?c", 0, {"c"}),
    (r"a*", 0, None),
    (r"(?:x|\d)", 0, None),
    (r"caf\u00e9", re.I, frozenset()),  # never in ASCII text
    (r"\u0131stanbul", re.I, None),  # dotless i matches an ASCII "i"
])
def test_required_literals(pattern, flags, expected):
    found = required_literals(pattern, flags)
    assert (None if found is None else set(found)) == (None if expected is None else set(expected))


def _texts(rng: random.Random, alphabet: str, count: int) -> list[str]:
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30))) for _ in range(count)]


def test_prefiltered_agrees_with_the_pattern():
    rng = random.Random(7)
    patterns = [re.compile(p, re.I) for p in (
        r"lic(?:ense|ensing) rights", r"\bsi\b", r"k[ae]y", r"(?:19|20)\d\d", r"caf\u00e9")]
    alphabet = "licensing rightsKSIıİſK19 20éÉ"
    texts = [*_texts(rng, alphabet, 3000), "LICENSING RIGHTS", "lıcensing rights", "ſi", "KEY",
             "Caf\u00c9", "2019"]
    for rx in patterns:
        fast = Prefiltered(rx)
        for text in texts:
            assert bool(fast.search(text)) == bool(rx.search(text)), (rx.pattern, text)
            assert fast.sub("", text) == rx.sub("", text)
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)]


def test_ascii_starts_and_search_possible():
    assert ascii_starts(clean._NEEDS_FTFY.pattern, clean._NEEDS_FTFY.flags) == {"&", "\x1b"}
    assert ascii_starts(r"(?:ab)?c") == {"a", "c"}
    assert ascii_starts(r"a*") is None
    for text in ("plain ascii text", "Tom &amp; Jerry", "caf\u00c3\u00a9", "\x1b[0m"):
        assert search_possible(clean._NEEDS_FTFY, text) or not clean._NEEDS_FTFY.search(text)


def test_chrome_fast_path_is_in_use_and_agrees_with_the_single_pattern():
    matcher = clean._chrome_families()
    assert isinstance(matcher, FirstFamily), "chrome_any is built differently: update literals"
    single = compiled()["chrome_any"]
    lines = ["Advertisement", "Share this article", "Home | News | World", "Sign up.",
             "We use cookies to improve your experience on this site.", "bur-tsg/dhw",
             "Copyright 2024 Reuters. All rights reserved.", "Reporting by Jane Doe",
             "Síguenos en Twitter", "The minister said the plan would go ahead.",
             "Read more: https://example.com", "© AFP", "#Election2024 #Vote", "3 min read",
             "Startseite › Sachsen › Dresden", "BBC Africa business reporter", "(END)"]
    rng = random.Random(3)
    words = [w for line in lines for w in line.split()] + ["the", "and", "İ", "ı", "ſ"]
    lines += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 8))) for _ in range(2000)]
    for line in lines:
        match = single.match(line)
        expected = (next(k for k, t in match.groupdict().items() if t is not None)
                    if match else None)
        assert matcher.family(line) == expected, line


def test_family_segments_by_first_character():
    families = {"menu": ["home", "menu"], "share": ["share( this)?", r"\w+ \| share"],
                "ad": ["advert(isement)?"]}
    matcher = FirstFamily(families, r"\s*[.!:]?$", re.I)
    tried = {ch: {matcher.tries[i][0].pattern for i in (*plain, *held)}
             for ch, (plain, held) in matcher.by_first.items()}
    # A segment with a word-class opening can start anywhere; the others only with
    # their first letters, in either case.
    anywhere = {rx.pattern for rx, _ in matcher.tries if r"\w" in rx.pattern}
    assert anywhere and all(anywhere <= found for found in tried.values() if found)
    assert tried["q"] == anywhere
    assert len(tried["h"]) > len(anywhere) and len(tried["H"]) == len(tried["h"])
    assert tried[""] == set()  # nothing here matches an empty line
    for line in ("Home", "MENU.", "Share this", "news | share", "Advertisement", "quit", ""):
        match = matcher.single.match(line)
        expected = (next(k for k, t in match.groupdict().items() if t is not None)
                    if match else None)
        assert matcher.family(line) == expected, line


def test_family_matcher_falls_back_when_the_single_pattern_differs():
    families = {"a": ["x+"], "b": ["y"]}
    other = re.compile(r"^(?:(?P<a>(?:x+))|(?P<b>(?:y)))$", re.I)
    matcher = literals.family_matcher(other, families, r"\s*")
    assert not isinstance(matcher, FirstFamily)
    assert matcher.family("xx") == "a"
    same = FirstFamily(families, r"\s*", re.I).single
    assert isinstance(literals.family_matcher(same, families, r"\s*"), FirstFamily)
    assert literals.family_matcher(same, families, r"\s*").family("Y ") == "b"
    assert FirstFamily(CHROME_LINE_PATTERNS, "(?:" + LINK_SUFFIX + r")?\s*[.!:]?$",
                       re.I).single.pattern == compiled()["chrome_any"].pattern


def test_pattern_bounds():
    assert literals.pattern_bounds(r"ab\d{2}c") == (5, 5)
    # A word boundary and a lookahead read past what they consume; a lookbehind does not.
    assert literals.pattern_bounds(r"(?<!x)\d\b(?=xyz)") == (1, 4)
    assert literals.pattern_bounds(r"a$") == (1, 3)  # "$" looks at the next two places
    assert literals.pattern_bounds(r"(?:ab|c)(?P<d>\d)(?P=d)") == (4, 4)
    assert literals.pattern_bounds(r"a+\d") is None  # unbounded


def test_literal_windows_merge_and_clip():
    assert literals.literal_windows("ab1cdefgh1", ["1"], 1, 2) == [(1, 4), (8, 10)]
    assert literals.literal_windows("a12b", ["1", "2"], 1, 1) == [(0, 3)]
    assert literals.literal_windows("a11b", ["11"], 0, 1) == [(1, 2)]
    assert literals.literal_windows("abc", ["1"], 1, 1) == []


def _windowed_agrees(rx: re.Pattern, texts: list[str]) -> None:
    fast = literals.Windowed(rx)
    for text in texts:
        assert ([m.span() for m in fast.finditer(text)]
                == [m.span() for m in rx.finditer(text)]), (rx.pattern, text)


def test_windowed_finds_what_the_whole_scan_finds():
    rng = random.Random(11)
    pieces = ["2021", "20", "19", "1999", "May", "MAI", "septiembre", "de ", " ", ".", "/",
              "-", ",", "12", "3", "31", "th", "年", "月", "日", "x ", "\n", "10:05", "0",
              "4 May 2021", "May 7, 2021", "03/04/2021", "2021-05-06", "º", "–", "published",
              "published on", "veröffentlicht", "Datum", "date :", "gepostet", "ı"]
    texts = []
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 50)))
        texts.append("y" * rng.randint(0, 60) + text + " z" * rng.randint(0, 40) + text)
    patterns = [*compiled()["dates"], compiled()["slashed_date"],
                compiled()["page_published_label"], compiled()["page_updated_label"],
                compiled()["page_published_verb"],
                re.compile(r"\bmay\s\d{1,2}(?=,)", re.I), re.compile(r"(?<![a-z])date\b")]
    for rx in patterns:
        assert literals.windowed(rx)._plan is not None, rx.pattern
        _windowed_agrees(rx, texts)
    _windowed_agrees(re.compile(r"a+b"), texts)  # unbounded: the whole text


def testshortest_cover_keeps_the_answer():
    assert literals.shortest_cover(frozenset({"abon", "abonnement", "data", "x"})) == {
        "abon", "data", "x"}
    assert literals.shortest_cover(None) is None
    fast = Prefiltered(re.compile(r"abon\w*|abonnement|sign(?:ing)? up", re.I))
    assert set(fast._literals) == {"abon", "sign"}
    for text in ("Abonnement!", "signing up", "nothing", "ABON"):
        assert bool(fast.search(text)) == bool(fast._re.search(text))


def _first_family(single: re.Pattern, line: str) -> str | None:
    match = single.match(line)
    return next(k for k, t in match.groupdict().items() if t is not None) if match else None


def test_ascii_fold_probe_holds_every_ascii_character_a_line_matches():
    # For a non-ASCII line, a character IGNORECASE matches with an ASCII one must be
    # that one in lower case in the probe, one for one.
    ascii_class = re.compile("[\x00-\x7f]", re.IGNORECASE)
    for cp in range(sys.maxunicode + 1):
        ch = chr(cp)
        if 0xD800 <= cp < 0xE000 or not ascii_class.match(ch):
            continue
        probe = ch.translate(literals._ASCII_FOLD).lower()
        for a in map(chr, range(128)):
            if re.fullmatch(re.escape(a), ch, re.IGNORECASE):
                assert probe == a.lower(), (ch, a)


def test_scanned_literals_pick_the_first_family_the_single_pattern_picks():
    families = {
        "early": [r"\d+\W\w+"],  # no literal: tried on every line
        "short": [r"\S+ abon\w*"],  # " abon" lies inside " abonnement"
        "suffix": [r".+nement \d+"],  # "nement " ends inside " abonnement "
        "long": [r"\S+ abonnement\W\S+", r"\w+ newsletter"],
        "kiosk": [r"\S+ kiosk"],
        "menu": [r"\S+ (?:caf\u00e9|menu)"],  # "menu" only on ASCII text
        "late": [r".*newsletter.*"],
    }
    matcher = FirstFamily(families, r"\s*[.!:]?$", re.I)
    single = matcher.single
    assert matcher.ascii_scan is not None and matcher.any_scan is not None
    expected = {
        "12 newsletter": "early",  # a later pattern's literal, an earlier plain match
        "x abonnement": "short",  # only the literal inside the other one says so
        "x ABONNEMENT!": "short",
        "x abonnement 5": "suffix",
        "x abonnement-y": "long",
        "x newsletter": "long",
        "x newsletter abonnement": "late",  # several families' literals
        "x abon newsletter": "late",
        "x newſletter": "long",  # non-ASCII: ſ is s under IGNORECASE
        "x K\u0130OSK": "kiosk",  # Kelvin sign and dotted capital I
        "x kıosk": "kiosk",
        "x CAF\u00c9": "menu",  # non-ASCII: "menu" is not required there
        "x Menu": "menu",
        "x menü": None,
        "× newsletter": "late",
    }
    for line, family in expected.items():
        assert _first_family(single, line) == family, line  # the cases are what they say
        assert matcher.family(line) == family, line
    rng = random.Random(5)
    pieces = ["x", "12", " ", "-", "!", "abon", "nement", " abonnement", "newsletter", "ne",
              "ſ", "ı", "\u0130", "\u212a", "kiosk", "caf\u00e9", "CAF\u00c9", "menu", "é", "Z"]
    lines = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 8))) for _ in range(5000)]
    assert sum(_first_family(single, line) is not None for line in lines) > 500
    for line in lines:
        assert matcher.family(line) == _first_family(single, line), line
