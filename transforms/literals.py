"""Cheap necessary conditions for regular expressions: the literal text every match
must contain, read off the pattern itself, so that a substring test can rule a
pattern out before the regex engine runs. Speed only: a prefilter never changes
what a pattern matches, it only skips patterns that cannot match.

`required_literals(pattern, flags)` is a set of strings at least one of which
occurs in every match (None when the pattern promises none). Under IGNORECASE
the strings are lower case and only usable on ASCII text: for ASCII text and
ASCII literals, `literal in text.lower()` is exactly the regex engine's
case-insensitive test. The engine's other case equivalences pair an ASCII letter
with one of `_FOLDS_TO_ASCII` ("ı" ~ "i", "ſ" ~ "s"; tests/test_literals.py checks
the list against every code point): such a character of the pattern is read as that
ASCII letter in lower case (`_char`; what it matches is "I"/"i" and so on, "i" in
`text.lower()`), and a string holding any other non-ASCII character never occurs in
ASCII text and leaves the set (an empty set: the pattern cannot match ASCII text at
all). With `ascii_text=False` nothing is dropped: the set is all ASCII or None and
holds for any text, where a literal's characters are found in
`text.translate(_ASCII_FOLD).lower()` (each character IGNORECASE pairs with an ASCII
one becomes that one in lower case, one for one; `FirstFamily` uses it). A part
scoped case-sensitive (`(?-i:END)`) in a case-insensitive pattern gives its literals
the same way: the text holds them as they are, so the lower case probe holds them
lower case.

Two options give stronger sets for a test on a whole line (`FirstFamily`):
`lookahead` counts what a positive lookahead requires (it is in the text from the
match's start on, not always in the match), `joined` reads a run of small
alternations and optional parts as the set of its concatenations.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

import ahocorasick

try:  # Python 3.11+
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _p  # type: ignore[no-redef]

Literals = frozenset[str] | None
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
# The non-ASCII characters that IGNORECASE matches with an ASCII one.
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")
_LOOKAHEAD = 1  # the direction of an ASSERT that looks ahead


def _usable(found: Literals, fold: bool, drop: bool = True) -> Literals:
    """A candidate set as it can be tested (see the module doc), or None. Without
    `drop`, a set is kept whole or not at all (for tests on any text)."""
    if found is None or "" in found:
        return None
    if fold and not all(s.isascii() for s in found):
        if not drop or any(_FOLDS_TO_ASCII.intersection(s) for s in found):
            return None
        found = frozenset(s for s in found if s.isascii())  # the others never occur
    return found


def _better(a: Literals, b: Literals, fold: bool, drop: bool) -> Literals:
    """The more selective of two candidate sets: longer shortest string, then fewer strings."""
    a, b = _usable(a, fold, drop), _usable(b, fold, drop)
    if a is None:
        return b
    if b is None:
        return a
    return max(a, b, key=lambda s: (min(map(len, s), default=1 << 20), -len(s)))


def _char(code: int, fold: bool) -> str:
    """A pattern's literal character as it is looked for: under IGNORECASE, the lower
    case ASCII letter when the engine pairs it with one ("ı" -> "i", see `_ASCII_FOLD`),
    else its lower case."""
    if not fold:
        return chr(code)
    ch = chr(code)
    return ch.translate(_ASCII_FOLD).lower() if ch in _FOLDS_TO_ASCII else ch.lower()


def _sequence(items: Iterable[tuple], fold: bool, drop: bool, ahead: bool = False,
              joined: bool = False) -> Literals:
    """The best literal set of a sequence. A run of items that match one of a few exact
    strings (`_exact`: literals, and with `joined` also small alternations, literal
    classes, optional parts) is the set of their concatenations, one of which the text
    holds where the run matches ("(follow|join) us" holds "follow us" or "join us")."""
    best: Literals = None
    run: set[str] = {""}
    for op, av in items:
        if op == _c.LITERAL:
            ch = _char(av, fold)
            run = {s + ch for s in run}
            continue
        if op in _ZERO_WIDTH:
            if ahead and op == _c.ASSERT and av[0] == _LOOKAHEAD:
                # What a lookahead requires is in the text from here on (not in the
                # match: only with `ahead`); the literal run goes on across it.
                best = _better(best, _sequence(av[1], fold, drop, ahead, joined), fold, drop)
            continue  # consumes nothing: the literal run goes on across it
        exact = _exact([(op, av)], fold) if joined else None
        if exact is not None and len(run) * len(exact) <= _JOINED_MAX:
            run = {s + e for s in run for e in exact}
            continue
        if run != {""}:
            best = _better(best, frozenset(run), fold, drop)
        run = {""}
        if exact is not None:
            run = set(exact)
            continue
        best = _better(best, _item(op, av, fold, drop, ahead, joined), fold, drop)
    if run != {""}:
        best = _better(best, frozenset(run), fold, drop)
    return best


_JOINED_MAX = 64  # the most strings a joined run may hold


def _exact(items, fold: bool) -> set[str] | None:
    """The strings (at most `_JOINED_MAX`, as `_char` gives them) a match of `items` is
    exactly one of, or None: literals, literal classes, groups, alternations and
    bounded repeats of those, zero-width items (they consume nothing)."""
    found: set[str] = {""}
    for op, av in items:
        if op == _c.LITERAL:
            part = {_char(av, fold)}
        elif op in _ZERO_WIDTH:
            continue
        elif op == _c.IN and av and all(kind == _c.LITERAL for kind, _ in av):
            part = {_char(code, fold) for _, code in av}
        elif op == _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if (add_flags | del_flags) & ~_SCOPED_KEEP or (add_flags & re.IGNORECASE
                                                           and not fold):
                return None
            part = _exact(sub, fold)
        elif op == _c.BRANCH:
            part = set()
            for alternative in av[1]:
                one = _exact(alternative, fold)
                if one is None:
                    return None
                part |= one
        elif op in _REPEATS and av[1] <= 2:
            low, high, sub = av
            one = _exact(sub, fold)
            if one is None:
                return None
            part, power = set(), {""}
            for count in range(high + 1):
                if count >= low:
                    part |= power
                power = {a + b for a in power for b in one}
                if len(power) > _JOINED_MAX:
                    return None
        else:
            return None
        if part is None or len(found) * len(part) > _JOINED_MAX:
            return None
        found = {a + b for a in found for b in part}
    return found


# Scoped flags that leave the literals' test as it is: multiline and dotall change no
# literal; a literal matched case-sensitively inside a case-insensitive pattern
# ("(?-i:END)") is in the text as it is, so in the lower case probe as `_char` gives
# it. Only a case-insensitive part of a case-sensitive pattern is left out (its
# literals would need a lower case probe the pattern's own test does not make).
_SCOPED_KEEP = re.MULTILINE | re.DOTALL | re.IGNORECASE


def _item(op, av, fold: bool, drop: bool, ahead: bool = False, joined: bool = False) -> Literals:
    if op == _c.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if (add_flags | del_flags) & ~_SCOPED_KEEP or (add_flags & re.IGNORECASE and not fold):
            return None  # other scoped flags: stay out of it
        return _sequence(sub, fold, drop, ahead, joined)
    if op == getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av, fold, drop, ahead, joined)
    if op in _REPEATS:
        low, _high, sub = av
        return _sequence(sub, fold, drop, ahead, joined) if low >= 1 else None
    if op == _c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            literals = _sequence(alternative, fold, drop, ahead, joined)
            if literals is None:
                return None
            found |= literals
        return frozenset(found)
    if op == _c.IN and av and all(kind == _c.LITERAL for kind, _ in av):
        return frozenset(_char(code, fold) for _, code in av)
    return None  # other classes, any character, a backreference: no literal promised


def required_literals(pattern: str, flags: int = 0, ascii_text: bool = True,
                      lookahead: bool = False, joined: bool = False) -> Literals:
    """Strings one of which occurs in every match of `pattern` (see the module doc);
    with `ascii_text=False`, a set that holds for any text, or None. With `lookahead`,
    the strings a positive lookahead requires count too: one of the strings then occurs
    in every match or in the text a lookahead of it reads (past the match's end, so
    only for a test on the whole text from the match's start). With `joined`, runs of
    small alternations and optional parts give the set of their concatenations (longer
    strings, fewer false hits; more strings: for an Aho-Corasick scan, see `_sequence`)."""
    parsed = _p.parse(pattern, flags)
    fold = bool(parsed.state.flags & re.IGNORECASE)
    if parsed.state.flags & (re.LOCALE | re.VERBOSE):
        return None
    return _usable(_sequence(parsed, fold, ascii_text, lookahead, joined), fold,
                   ascii_text)


def shortest_cover(literals: Literals) -> Literals:
    """The literals without those that hold another one: a text holding "abonnement"
    holds "abon", so testing "abon" alone answers the same."""
    if literals is None:
        return None
    return frozenset(s for s in literals if not any(o != s and o in s for o in literals))


class Prefiltered:
    """A compiled pattern behind a substring test: `search`, `sub` and `match` give
    exactly the wrapped pattern's answers, skipping the regex engine when the text
    lacks every literal the pattern needs. Other attributes are the pattern's own."""

    def __init__(self, compiled: re.Pattern) -> None:
        self._re = compiled
        self._literals = required_literals(compiled.pattern, compiled.flags)
        self._fold = bool(compiled.flags & re.IGNORECASE)
        # Literals without letters ("19", "20") match only themselves, in any text.
        anywhere = required_literals(compiled.pattern, compiled.flags, ascii_text=False)
        self._caseless = bool(anywhere) and all(
            s.lower() == s.upper() and s.isascii() for s in anywhere)
        if self._caseless:
            self._literals = anywhere
        self._literals = shortest_cover(self._literals)

    def possible(self, text: str) -> bool:
        """False only when no match can exist in `text`."""
        if self._literals is None:
            return True
        if self._fold and not self._caseless:
            if not text.isascii():
                return True
            text = text.lower()
        for literal in self._literals:  # noqa: SIM110 - a loop: no generator per call
            if literal in text:
                return True
        return False

    def finditer(self, text: str, *args):
        return self._re.finditer(text, *args) if self.possible(text) else iter(())

    def search(self, text: str, *args):
        return self._re.search(text, *args) if self.possible(text) else None

    def match(self, text: str, *args):
        return self._re.match(text, *args) if self.possible(text) else None

    def sub(self, repl, text: str, count: int = 0):
        return self._re.sub(repl, text, count) if self.possible(text) else text

    def __getattr__(self, name: str):
        return getattr(self._re, name)


@cache
def prefiltered(compiled: re.Pattern) -> Prefiltered:
    return Prefiltered(compiled)


def leads_with_literal(pattern: str, flags: int = 0) -> bool:
    """Whether every match of `pattern` starts with a literal character (so an
    anchored attempt fails at the first character of most texts)."""
    return _leads(_p.parse(pattern, flags))


def _leads(items) -> bool:
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == _c.LITERAL:
            return True
        if op == _c.IN:
            return all(kind == _c.LITERAL for kind, _ in av)
        if op == _c.SUBPATTERN:
            return _leads(av[3])
        if op == _c.BRANCH:
            return all(_leads(alternative) for alternative in av[1])
        if op in _REPEATS:
            return av[0] >= 1 and _leads(av[2])
        return False
    return False


# What IGNORECASE matches an ASCII character with, beyond its other case (see
# `_FOLDS_TO_ASCII`): mapped to it before `lower`, each stays one character.
_ASCII_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def _scanner(needs: dict[int, frozenset[str] | None]):
    """One Aho-Corasick automaton over the literals of every segment in `needs`
    (segment index: its literals): `iter(text)` yields, for every occurrence of a
    literal (overlapping ones included), the indices of the segments that hold it.
    None when no segment has literals."""
    holders: dict[str, list[int]] = {}
    for index, found in needs.items():
        for literal in found or ():
            holders.setdefault(literal, []).append(index)
    if not holders:
        return None
    scan = ahocorasick.Automaton()
    for literal, indices in holders.items():
        scan.add_word(literal, tuple(indices))
    scan.make_automaton()
    return scan


class FirstFamily:
    """Which family of whole-line patterns matches a line first, as one anchored
    alternation over every family's patterns would say (`template` wraps that
    alternation), in fewer engine steps: runs of patterns without a usable literal
    stay one alternation; a pattern with one is tried only when a line holds it (its
    `required_literals` with `lookahead` and `joined`: the line is the whole text).

    `family(line)` is the name of the family whose pattern the single alternation
    `^(?:(?P<fam1>(?:p1)|(?:p2))|(?P<fam2>...))<tail>` would match (alternatives are
    tried in order, the first that completes a match wins), or None.

    The literals are found by one Aho-Corasick scan of the line, whatever their
    number (testing them one by one cost more with every pattern added); then only
    the segments whose literals occur, and those without, are tried, in order. An
    ASCII line is tested with `required_literals` as they are; any other line with
    the literals that hold for any text (`ascii_text=False`), after `_ASCII_FOLD`
    and `lower`: a character IGNORECASE matches with an ASCII letter is, in that
    probe, that letter in lower case, so a match's literal is in the probe too.
    """

    def __init__(self, families: dict[str, list[str]], tail: str, flags: int) -> None:
        self.single = re.compile(
            r"^(?:" + "|".join(f"(?P<{kind}>{'|'.join(f'(?:{p})' for p in pats)})"
                               for kind, pats in families.items())
            + r")" + tail, flags)
        alternatives = [(kind, p) for kind, pats in families.items() for p in pats]
        # (literals on ASCII text, literals on any text, segment pattern, group: family)
        self.segments: list[tuple[Literals, Literals, re.Pattern, dict[str, str]]] = []
        run: list[tuple[str, str]] = []

        def close_run() -> None:
            if run:
                names = {f"a{i}": kind for i, (kind, _) in enumerate(run)}
                rx = re.compile(r"^(?:" + "|".join(f"(?P<a{i}>(?:{p}))" for i, (_, p) in
                                                   enumerate(run)) + r")" + tail, flags)
                self.segments.append((None, None, rx, names))
                run.clear()

        for kind, p in alternatives:
            # A line is tested whole, from the match's start: what a lookahead reads
            # is in it too.
            literals = required_literals(p, flags, lookahead=True, joined=True)
            if literals is None:
                run.append((kind, p))
                continue
            close_run()
            rx = re.compile(r"^(?:(?P<a0>(?:" + p + r")))" + tail, flags)
            anywhere = required_literals(p, flags, ascii_text=False, lookahead=True,
                                         joined=True)
            self.segments.append((literals, anywhere, rx, {"a0": kind}))
        close_run()
        self.fold = bool(self.single.flags & re.IGNORECASE)
        self.tries = [(rx, names) for _, _, rx, names in self.segments]
        self.ascii_scan = _scanner({i: s[0] for i, s in enumerate(self.segments)})
        self.any_scan = _scanner({i: s[1] for i, s in enumerate(self.segments)})
        # The segments to try for an ASCII line, by its first character: a match
        # starts with one of `ascii_starts` of its pattern, so the others cannot match
        # (most segments open with a few words, and a line starts with one letter).
        # Per character: (segments without literals, those with literals allowed).
        starts = [ascii_starts(rx.pattern, rx.flags) for rx, _ in self.tries]
        self.by_first: dict[str, tuple[tuple[int, ...], frozenset[int]]] = {}
        for ch in ("", *_ASCII):
            allowed = [i for i, chars in enumerate(starts) if chars is None or ch in chars]
            self.by_first[ch] = (tuple(i for i in allowed if self.segments[i][0] is None),
                                 frozenset(i for i in allowed if self.segments[i][0] is not None))
        self.any_plain = tuple(i for i, s in enumerate(self.segments) if s[1] is None)

    def family(self, line: str) -> str | None:
        if line.isascii():
            plain, allowed = self.by_first[line[:1]]
            scan = self.ascii_scan
            probe = line.lower() if self.fold else line
        else:
            plain, allowed, scan = self.any_plain, None, self.any_scan
            probe = line.translate(_ASCII_FOLD).lower() if self.fold else line
        order = plain
        if scan is not None:
            held = {i for _, indices in scan.iter(probe) for i in indices}
            if held:
                order = sorted((*plain, *(held if allowed is None else held & allowed)))
        tries = self.tries
        for i in order:
            rx, names = tries[i]
            match = rx.match(line)
            if match is not None:
                return next(names[g] for g, text in match.groupdict().items() if text is not None)
        return None


class _SingleFamily:
    """The fallback: the one alternation itself."""

    def __init__(self, single: re.Pattern) -> None:
        self.single = single

    def family(self, line: str) -> str | None:
        match = self.single.match(line)
        if match is None:
            return None
        return next(kind for kind, text in match.groupdict().items() if text is not None)


def family_matcher(single: re.Pattern, families: dict[str, list[str]],
                   tail: str) -> FirstFamily | _SingleFamily:
    """A `FirstFamily` for `families`, provided that its own single alternation is
    `single` exactly (same source, same flags, no backreferences); otherwise (the way
    `single` is built has changed) `single` itself, which is always right."""
    fast = FirstFamily(families, tail, single.flags)
    if (fast.single.pattern != single.pattern or fast.single.flags != single.flags
            or _has_backreference(_p.parse(single.pattern, single.flags))):
        return _SingleFamily(single)
    return fast


def _has_backreference(items) -> bool:
    for op, av in items:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return True
        for value in (av if isinstance(av, (tuple, list)) else (av,)):
            if isinstance(value, _p.SubPattern) and _has_backreference(value):
                return True
            if isinstance(value, list) and any(isinstance(v, _p.SubPattern)
                                               and _has_backreference(v) for v in value):
                return True
    return False


_ASCII = [chr(i) for i in range(128)]
_ALL = frozenset(_ASCII)


def _variants(ch: str, fold: bool) -> set[str]:
    """The characters IGNORECASE may match `ch` with (a superset: only used to say
    which ASCII characters are possible)."""
    if not fold:
        return {ch}
    found = {ch, ch.lower(), ch.upper()}
    for group in ("iIİı", "sSſ", "kKK"):
        if ch in group:
            found.update(group)
    return found


def _ascii_in(av, fold: bool) -> frozenset[str]:
    """ASCII characters a character class may match (a superset)."""
    if any(kind not in (_c.LITERAL, _c.RANGE) for kind, _ in av):
        return _ALL  # negated classes, categories: anything
    found = set()
    for a in _ASCII:
        for v in _variants(a, fold):
            code = ord(v)
            if any(code == value if kind == _c.LITERAL else value[0] <= code <= value[1]
                   for kind, value in av):
                found.add(a)
                break
    return frozenset(found)


def _first(items, fold: bool) -> tuple[frozenset[str], bool]:
    """(ASCII characters a match of the sequence may start with, whether it may be empty)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op == _c.LITERAL:
            chars, empty = frozenset(v for v in _variants(chr(av), fold) if v.isascii()), False
        elif op == _c.IN:
            chars, empty = _ascii_in(av, fold), False
        elif op == _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return _ALL, True
            chars, empty = _first(sub, fold)
        elif op == getattr(_c, "ATOMIC_GROUP", None):
            chars, empty = _first(av, fold)
        elif op in _REPEATS:
            chars, empty = _first(av[2], fold)
            empty = empty or av[0] == 0
        elif op == _c.BRANCH:
            chars, empty = frozenset(), False
            for alternative in av[1]:
                c, e = _first(alternative, fold)
                chars, empty = chars | c, empty or e
        elif op in (_c.ANY, _c.NOT_LITERAL):
            chars, empty = _ALL, False
        else:
            return _ALL, True
        found |= chars
        if not empty:
            return frozenset(found), False
    return frozenset(found), True


def ascii_starts(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The ASCII characters a match of `pattern` can start with (a superset), or None
    when the pattern can match the empty string: an ASCII text holding none of them
    has no match."""
    parsed = _p.parse(pattern, flags)
    if parsed.state.flags & (re.LOCALE | re.VERBOSE):
        return None
    chars, empty = _first(parsed, bool(parsed.state.flags & re.IGNORECASE))
    return None if empty else chars


@cache
def ascii_gate(compiled: re.Pattern) -> tuple[str, ...] | None:
    """`ascii_starts` of a compiled pattern, as a tuple to test with `in`."""
    chars = ascii_starts(compiled.pattern, compiled.flags)
    return None if chars is None else tuple(sorted(chars))


def search_possible(compiled: re.Pattern, text: str) -> bool:
    """False only when `compiled.search(text)` is sure to find nothing: an ASCII text
    without any character a match can start with."""
    gate = ascii_gate(compiled)
    if gate is None or len(gate) > 8 or not text.isascii():
        return True
    return any(ch in text for ch in gate)


# ---------------------------------------------------------------------------
# Scanning only near a required literal: patterns such as the date shapes
# (month-name alternations tried at each position) cost the engine a little at
# every character; their matches all hold a literal ("19"/"20" of a year, a label
# word) that `str.find` locates far faster.
def _widths(items, state) -> tuple[int, int] | None:
    """(most characters `items` consume, most characters past their start an attempt
    of them reads, lookaheads and word boundaries included); None when unbounded."""
    consumed = reach = 0
    for op, av in items:
        if op == _c.AT:
            # A boundary or end test reads what follows ("$" the next two places).
            width, read = 0, 2
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            direction, sub = av
            inner = _widths(sub, state)
            if inner is None:
                return None
            width, read = 0, (inner[1] if direction == _LOOKAHEAD else 0)
        elif op == _c.SUBPATTERN:
            found = _widths(av[3], state)
            if found is None:
                return None
            width, read = found
        elif op == _c.BRANCH:
            found = [_widths(alternative, state) for alternative in av[1]]
            if any(f is None for f in found):
                return None
            width, read = max(f[0] for f in found), max(f[1] for f in found)
        elif op in _REPEATS:
            _low, high, sub = av
            inner = _widths(sub, state)
            if inner is None or high == _c.MAXREPEAT:
                return None
            width = inner[0] * high
            read = width + inner[1]  # the last repeat may read past what it consumes
        elif op == getattr(_c, "ATOMIC_GROUP", None) or op == _c.GROUPREF_EXISTS:
            return None  # not in the patterns this serves: no bound claimed
        else:  # a character, a class, a back reference
            width = _p.SubPattern(state, [(op, av)]).getwidth()[1]
            if width >= _c.MAXREPEAT:
                return None
            read = width
        reach = max(reach, consumed + read)
        consumed += width
    return consumed, reach


def pattern_bounds(pattern: str, flags: int = 0) -> tuple[int, int] | None:
    """(most characters a match of `pattern` consumes, most characters past its start
    any attempt of it reads), or None when either is unbounded."""
    parsed = _p.parse(pattern, flags)
    return _widths(parsed, parsed.state)


def literal_windows(text: str, literals: Iterable[str], before: int,
                    after: int) -> list[tuple[int, int]]:
    """Disjoint (start, end) windows of `text` around every occurrence of each literal:
    from `before` characters ahead of it to `after` characters past its start,
    overlapping or touching windows merged."""
    found: list[int] = []
    for literal in literals:
        at = text.find(literal)
        while at >= 0:
            found.append(at)
            at = text.find(literal, at + 1)
    windows: list[tuple[int, int]] = []
    size = len(text)
    for at in sorted(found):
        start, end = max(0, at - before), min(size, at + after)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


class Windowed:
    """A compiled pattern whose `finditer` runs only in the windows of the text around
    the literals every match holds (`required_literals`), with the same matches:
    a match holds a literal at most its own length after its start, and no attempt
    reads further past its start than `pattern_bounds` says, so a window ends where
    cutting the text changes no attempt that could succeed, and a match outside every
    window would hold no literal. The engine still sees the text before a window
    (lookbehinds, word boundaries). Patterns without such a bound scan the whole text."""

    def __init__(self, compiled: re.Pattern) -> None:
        self._re = compiled
        self._plan: tuple[tuple[str, ...], bool, int, int] | None = None
        bounds = pattern_bounds(compiled.pattern, compiled.flags)
        anywhere = required_literals(compiled.pattern, compiled.flags, ascii_text=False)
        if anywhere and all(s.lower() == s.upper() and s.isascii() for s in anywhere):
            literals, ascii_only = anywhere, False  # digits, punctuation: any text
        else:
            literals = required_literals(compiled.pattern, compiled.flags)
            ascii_only = bool(compiled.flags & re.IGNORECASE)
        if bounds is not None and literals is not None:
            # A literal holding another one adds no place ("data di ..." holds "data").
            self._plan = (tuple(sorted(shortest_cover(literals))), ascii_only, *bounds)

    def windows(self, text: str) -> list[tuple[int, int]] | None:
        """Where matches can be, or None for the whole text."""
        if self._plan is None:
            return None
        literals, ascii_only, width, reach = self._plan
        if ascii_only:
            if not text.isascii():
                return None
            text = text.lower()  # the literals are lower case (see the module doc)
        if len(text) <= width + reach:  # short: one window would hold all of it
            return None if any(literal in text for literal in literals) else []
        return literal_windows(text, literals, width, reach)

    def finditer(self, text: str):
        windows = self.windows(text)
        if windows is None:
            return self._re.finditer(text)
        return (match for start, end in windows
                for match in self._re.finditer(text, start, end))

    def __getattr__(self, name: str):
        return getattr(self._re, name)


@cache
def windowed(compiled: re.Pattern) -> Windowed:
    return Windowed(compiled)
