"""What a line rule's match can open with, read off the rule's parse: a line opening otherwise skips the rule.

Most rules of ``extract/*`` are anchored at the line's start (``^…``, ``match``) and are asked of line after line: is
it a stamp, a byline, a caption, a share bar, a board's field? A ``re`` call costs ≈ 1,000–3,000 instructions even
when it fails at the first character (its arguments, its state); a look-up of the line's first character in a
frozenset ≈ 50. So the characters a rule's match can open with are read here off the rule itself (the rule is the
data: no list is written by hand beside it, none can drift from it) and written out once at import,
``RULE_FIRST = first_set(RULE)``, for the call: ``RULE.match(s) if s[:1] in RULE_FIRST else None``
(session 16, t1; ``docs/performance.md``). A wrapper object around the rule was measured first and dropped: its Python
frame cost what the skipped calls saved (+1.4 % of a real page's instructions).

What a parse gives: literals, classes of literals and ranges, ``\\s`` (what ``str.isspace()`` is true of) and ``\\d``
(``str.isdecimal()``), groups, alternations, repeats (an optional one adds what follows), look-arounds and anchors
(zero-width: they only restrict what follows). Anything else — ``.``, a negated class, ``\\S``, ``\\w``, case-blind
letters, a back-reference, a rule that can match the empty string — gives no closed set: ``first_set`` then gives
``ANY_FIRST``, which holds every character (the rule is always tried), so an edited rule can never be skipped wrongly.
``tests/test_extract_firstchars.py`` checks the parse on made-up rules, the two categories against ``re`` over all of
Unicode, and every gated rule of ``extract/*`` on the lines of a generated day.
"""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

# CPython's own parser of a rule and its opcodes (no stubs: typed Any here)
_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")
# a range at most this wide is written out into the set; a wider one ("가-힣") is tested by its bounds
_SPAN_INTO_SET = 256


class _Open(Exception):
    """The rule's first character is not a closed set (``.``, ``\\S``, a negated class, case-blind letters …)."""


class FirstChars:
    """The characters a match can open with: ``chars`` (literals and narrow ranges), ``spans`` (wide ranges, as
    code-point bounds), ``space`` (``\\s``: ``str.isspace()``), ``digit`` (``\\d``: ``str.isdecimal()``)."""

    __slots__ = ("chars", "spans", "space", "digit")

    def __init__(self) -> None:
        self.chars: set[str] = set()
        self.spans: list[tuple[int, int]] = []
        self.space = False
        self.digit = False

    def add(self, other: FirstChars) -> None:
        self.chars |= other.chars
        self.spans += other.spans
        self.space = self.space or other.space
        self.digit = self.digit or other.digit

    def holds(self, ch: str) -> bool:
        """Whether a match can open with ``ch`` (one character)."""
        if ch in self.chars:
            return True
        o = ord(ch)
        for lo, hi in self.spans:
            if lo <= o <= hi:
                return True
        return (self.space and ch.isspace()) or (self.digit and ch.isdecimal())


def _element(op: Any, arg: Any) -> tuple[FirstChars, bool]:
    """(the first characters, whether the element can match the empty string)."""
    first = FirstChars()
    if op is _c.LITERAL:
        first.chars.add(chr(arg))
        return first, False
    if op is _c.IN:
        for o, a in arg:
            if o is _c.LITERAL:
                first.chars.add(chr(a))
            elif o is _c.RANGE:
                if a[1] - a[0] < _SPAN_INTO_SET:
                    first.chars.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    first.spans.append((a[0], a[1]))
            elif o is _c.CATEGORY and a is _c.CATEGORY_SPACE:
                first.space = True
            elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                first.digit = True
            else:  # NEGATE, \S, \w, \D …
                raise _Open(o)
        return first, False
    if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
        return first, True  # zero-width: it only restricts what follows
    if op is _c.SUBPATTERN:
        if arg[1] & re.IGNORECASE:  # (?i:…)
            raise _Open(op)
        return _sequence(arg[3])
    if op is _c.BRANCH:
        empty = False
        for b in arg[1]:
            f, e = _sequence(b)
            first.add(f)
            empty = empty or e
        return first, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        f, e = _sequence(arg[2])
        return f, e or arg[0] == 0
    if op is _c.ATOMIC_GROUP:
        return _sequence(arg)
    raise _Open(op)  # ANY, NOT_LITERAL, GROUPREF, CATEGORY outside a class …


def _sequence(items: Any) -> tuple[FirstChars, bool]:
    out = FirstChars()
    for op, arg in items:
        f, e = _element(op, arg)
        out.add(f)
        if not e:
            return out, False
    return out, True


def first_chars(rule: re.Pattern[str]) -> FirstChars | None:
    """What a ``rule.match`` can open with, read off its parse; None when that is no closed set (``.``, ``\\S``,
    ``\\w``, a negated class, case-blind letters, a back-reference) or the rule can match the empty string."""
    if rule.flags & re.IGNORECASE or not isinstance(rule.pattern, str):
        return None
    try:
        first, empty = _sequence(_parser.parse(rule.pattern, rule.flags))
    except _Open:
        return None
    return None if empty else first


def starts_at_start_only(rule: re.Pattern[str]) -> bool:
    """Whether every match of ``rule`` starts at the string's start: each branch opens with ``^`` (not under
    ``re.M``) or ``\\A``. Then a ``search`` or a ``sub`` finds what a ``match`` at 0 finds, or nothing."""
    if not isinstance(rule.pattern, str):
        return False
    items = list(_parser.parse(rule.pattern, rule.flags))

    def anchored(seq: Any) -> bool:
        if not seq:
            return False
        op, arg = seq[0]
        if op is _c.AT:
            return arg is _c.AT_BEGINNING_STRING or (arg is _c.AT_BEGINNING and not rule.flags & re.MULTILINE)
        if op is _c.SUBPATTERN:
            return anchored(list(arg[3]))
        if op is _c.BRANCH:
            return all(anchored(list(b)) for b in arg[1])
        return False

    return anchored(items)


class _AnyFirst:
    """The first "set" of a rule whose parse gives no closed one: it holds every character (the rule is always tried)."""

    __slots__ = ()

    def __contains__(self, ch: object) -> bool:
        return True

    def __repr__(self) -> str:
        return "ANY_FIRST"


ANY_FIRST = _AnyFirst()
# every character ``str.isspace()`` is true of lies below U+3001 (U+3000, the ideographic space, is the last), every one
# ``str.isdecimal()`` is true of below U+20000 (tests/test_extract_firstchars.py checks both over all of Unicode)
SPACE_BELOW = 0x3001
DECIMAL_BELOW = 0x20000
# a rule whose first set is larger is tried on every line (a set of 11,172 Hangul syllables costs ≈ 1 MB a process)
MAX_FIRST_SET = 4096


@cache
def _category(name: str) -> frozenset[str]:
    if name == "space":
        return frozenset(ch for ch in map(chr, range(SPACE_BELOW)) if ch.isspace())
    return frozenset(ch for ch in map(chr, range(DECIMAL_BELOW)) if ch.isdecimal())


def first_set(rule: re.Pattern[str]) -> frozenset[str] | _AnyFirst:
    """The characters a ``rule.match`` can open with, written out (``first_chars``), for a test at the call where the
    rule is asked of line after line: ``RULE.match(s) if s[:1] in RULE_FIRST else None`` — the same answer without a
    ``re`` call on a line opening otherwise (an empty line included: a rule that can match the empty string has no
    closed set). ``ANY_FIRST`` (holding every character) when the parse gives no closed set or a larger one than
    ``MAX_FIRST_SET``: the rule is then always tried."""
    first = first_chars(rule)
    return ANY_FIRST if first is None else _written_out(first)


def _written_out(first: FirstChars) -> frozenset[str] | _AnyFirst:
    out = set(first.chars)
    for lo, hi in first.spans:
        if len(out) + hi - lo >= MAX_FIRST_SET:
            return ANY_FIRST
        out.update(map(chr, range(lo, hi + 1)))
    if first.space:
        out |= _category("space")
    if first.digit:
        out |= _category("digit")
    return frozenset(out) if len(out) <= MAX_FIRST_SET else ANY_FIRST


def _gate(items: Any) -> tuple[FirstChars, list[str]]:
    """(first characters, words): a match of ``items`` at a line's start opens with one of the characters or holds one
    of the words. A branch whose first character is no closed set is gated by the longest run of literals it must
    match (every match holds it); a branch with neither raises ``_Open``."""
    try:
        first, empty = _sequence(items)
        if not empty:
            return first, []
    except _Open:
        pass
    items = list(items)
    i = 0
    while i < len(items) and (items[i][0] is _c.AT or items[i][0] in (_c.ASSERT, _c.ASSERT_NOT)):
        i += 1
    if i < len(items) and items[i][0] is _c.BRANCH:  # the alternatives' gates together
        out, words = FirstChars(), []
        for b in items[i][1][1]:
            f, w = _gate(b)
            out.add(f)
            words += w
        return out, words
    best, run = "", ""
    for op, arg in items:  # a literal run at the branch's own level: every match holds it
        run = run + chr(arg) if op is _c.LITERAL else ""
        best = max(best, run, key=len)
    if len(best) >= 2:
        return FirstChars(), [best]
    raise _Open("no first set and no literal")


def first_gate(rule: re.Pattern[str]) -> tuple[frozenset[str] | _AnyFirst, tuple[str, ...]]:
    """``(first, words)``: a line ``rule.match`` matches opens with a character of ``first`` or holds one of ``words``
    — for a rule whose first character is a closed set in all but a few alternatives, each of those holding a run of
    literals (``\\S+\\s*APP\\s*다운로드``: "다운로드"). ``(ANY_FIRST, ())`` when some alternative has neither."""
    if rule.flags & re.IGNORECASE or not isinstance(rule.pattern, str):
        return ANY_FIRST, ()
    try:
        first, words = _gate(_parser.parse(rule.pattern, rule.flags))
    except _Open:
        return ANY_FIRST, ()
    out = _written_out(first)
    return (ANY_FIRST, ()) if out is ANY_FIRST else (out, tuple(dict.fromkeys(words)))
