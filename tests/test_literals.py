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
    (r"\u0131stanbul", re.I, {"istanbul"}),  # dotless i matches an ASCII "i"
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


# --- literal sets read through alternations, optional parts, lookaheads, scoped flags ---

@pytest.mark.parametrize(("pattern", "flags", "options", "expected"), [
    # joined: a run of small alternations and optional parts is the set of its strings
    (r"(follow|join) us on [^\W\d_]+", re.I, {"joined": True}, {"follow us on ", "join us on "}),
    (r"(follow|join) us on [^\W\d_]+", re.I, {}, {" us on "}),
    (r"((this|the) )?(article|story) is", re.I, {"joined": True},
     {"this article is", "the article is", "article is", "this story is", "the story is",
      "story is"}),
    (r"get (the|our) app", re.I, {"joined": True}, {"get the app", "get our app"}),
    (r"(ab|cd)e?f", 0, {"joined": True}, {"abf", "abef", "cdf", "cdef"}),
    (r"(a|b)?", 0, {"joined": True}, None),  # may match nothing
    (r"(?:ab){0,2}c", 0, {"joined": True}, {"c", "abc", "ababc"}),
    # lookahead: what it requires is in the text from the match's start on
    (r"(?=[^\n]{0,40}\bnewsletter\b)(get|sign up)\b.{0,80}", re.I, {"lookahead": True},
     {"newsletter"}),
    (r"(?=[^\n]{0,40}\bnewsletter\b)(get|sign up)\b.{0,80}", re.I, {}, {"get", "sign up"}),
    (r"(?!newsletter)(get|sign up)\b", re.I, {"lookahead": True}, {"get", "sign up"}),
    (r"(?<=newsletter )(get|sign up)\b", re.I, {"lookahead": True}, {"get", "sign up"}),
    # IGNORECASE pairs dotless i, long s, Kelvin and dotted I with ASCII letters
    (r"yazd\u0131r", re.I, {}, {"yazdir"}),
    (r"devam\u0131n\u0131 oku", re.I, {"ascii_text": False}, {"devamini oku"}),
    (r"yazd\u0131r", 0, {}, {"yazd\u0131r"}),  # case-sensitive: the character itself
    # scoped flags: a case-sensitive part of a case-insensitive pattern is in the text
    (r"x|(?-i:END|FIN)", re.I, {}, {"x", "end", "fin"}),
    (r"(?-i:END|FIN)", re.I, {}, {"end", "fin"}),
    (r"(?i:end|fin)", 0, {}, None),  # a case-insensitive part: no lower case probe
    (r"(?s:end.)", 0, {}, {"end"}),
])
def test_required_literals_rules(pattern, flags, options, expected):
    found = required_literals(pattern, flags, **options)
    assert (None if found is None else set(found)) == (None if expected is None else set(expected))


_NECESSITY_CASES = [  # (pattern, flags, pieces of texts that match it now and then)
    (r"(follow|join) us on [^\W\d_]+", re.I,
     ["follow", "FOLLOW", "join", " us", " US", " on", " ", "x", "ſ", "é", "\u212a"]),
    (r"((this|the) )?(article|story) is", re.I,
     ["this ", "the ", "THE ", "article", "story", " is", " ıs", " ", "x"]),
    (r"get (the|our) app", re.I, ["get ", "GET ", "the ", "our ", "app", "app", " ", "x"]),
    (r"(ab|cd)e?f|(?:ab){0,2}c", 0, ["ab", "cd", "e", "f", "c", "x", "AB"]),
    (r"(?=[^\n]{0,40}\bnewsletter\b)(get|sign up)\b.{0,30}", re.I,
     ["get", "sign up", "ſign up", " ", "newsletter", "NEWSLETTER", "x", ".", "\n"]),
    (r"(?!newsletter)(get|sign up)\b.{0,10}", re.I,
     ["get", "sign up", " ", "newsletter", "x", "."]),
    (r"(?<=newsletter )(get|sign up)\b", re.I, ["newsletter ", "get", "sign up", " ", "x"]),
    (r"yazd\u0131r|devam\u0131n\u0131 oku", re.I,
     ["yazd\u0131r", "YAZDIR", "yazdir", "yazd\u0130r", "devam\u0131n\u0131 oku",
      "DEVAM\u0130N\u0130 OKU", "devamini oku", " ", "é"]),
    (r"(?-i:END|FIN)( [a-z]+)?", re.I, ["END", "end", "Fin", "FIN", " ", "x", "é"]),
    (r"\u212aey|sign up", re.I, ["\u212aey", "KEY", "key", "ſign up", "SIGN UP", " "]),
    (r"(?i:end|fin)x?|y", 0, ["end", "END", "Fin", "x", "y", " "]),
]


def _occurs(literals_found, text: str, fold: bool, ascii_text: bool) -> bool:
    if fold:
        text = text.lower() if ascii_text else text.translate(literals._ASCII_FOLD).lower()
    return any(s in text for s in literals_found)


@pytest.mark.parametrize(("pattern", "flags", "pieces"), _NECESSITY_CASES)
def test_required_literals_are_necessary(pattern, flags, pieces):
    """Every match (at every start) holds one of the strings: in the match itself, or
    with `lookahead` in the text from its start on; on ASCII text as it is lower cased,
    with `ascii_text=False` on any text in the folded probe. A rule that claimed a
    string some match lacks fails here."""
    rng = random.Random(pattern)
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 9))) for _ in range(3000)]
    rx = re.compile(pattern, flags)
    fold = bool(flags & re.I)
    matched, claimed = 0, 0
    for options in ({}, {"joined": True}, {"lookahead": True}, {"joined": True, "lookahead": True}):
        for ascii_text in (True, False):
            found = required_literals(pattern, flags, ascii_text=ascii_text, **options)
            if found is None:
                continue
            claimed += 1
            for text in texts:
                if ascii_text and not text.isascii():
                    continue
                for start in range(len(text)):
                    match = rx.match(text, start)
                    if match is None:
                        continue
                    matched += 1
                    where = text[start:] if options.get("lookahead") else match.group(0)
                    assert _occurs(found, where, fold, ascii_text), (options, ascii_text, text)
    assert matched > 30 or not claimed  # the texts do match


def test_first_family_finds_literals_for_alternation_led_groups():
    """Groups that open with an alternation of words, an optional prefix, a lookahead,
    a scoped case-sensitive part or a Turkish dotless i all get a literal set: each is
    tried only on lines that hold one of its strings, never on every line."""
    families = {
        "promo": [r"(watch|catch|tune in to|mira|vea) (?=[^\W\d_])[\w'’. -]{1,40} (live|en vivo)",
                  r"((this|the following|dieser) )?(article|artikel) (is|ist) [\w ]{0,30}"],
        "follow": [r"(?=[^\n]{0,300}\b(you|your|vous)\b)[^\n]{0,300}[.!?]\s{1,2}(follow|join) "
                   r"[^\W\d_][\w'’. -]{0,40} (on|auf) (whatsapp|telegram|x)"],
        "end": [r"(end ?item|(?-i:END|FIN))(\s?/\s?[A-Za-z]{1,4}){0,4}"],
        "print": [r"imprimir|drucken|yazd\u0131r"],
        "ad": [r"ad|ads|advertisement"],
    }
    matcher = FirstFamily(families, r"\s*[.!:]?$", re.I)
    assert all(ascii_set is not None for ascii_set, *_ in matcher.segments)
    assert not matcher.any_plain  # also on non-ASCII lines
    follow = next(s[0] for s in matcher.segments if "follow" in s[2].pattern)
    assert "follow" not in follow  # "follow " with its space: not in "following"
    assert matcher.by_first["t"][0] == ()  # no segment tried on every "t" line
    lines = ["Watch Channel 4 live", "This article is sponsored", "END / ab", "Yazdır", "ads",
             "We met you there. Follow us on WhatsApp", "Following the talks, you agreed.",
             "The minister said the plan would go ahead.", "YAZDIR", "end item",
             "Tune in to X live"]
    for line in lines:
        assert matcher.family(line) == _first_family(matcher.single, line), line
    assert [matcher.family(line) for line in lines[:6]] == [
        "promo", "promo", "end", "print", "ad", "follow"]
