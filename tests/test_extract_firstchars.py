"""The first-character guard of the line rules (``chainwire.extract.firstchars``): what it reads off a rule's parse,
and every guarded rule of ``extract/*`` against the rule itself (session 16, t1)."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
import sys
from datetime import date

import pytest

import chainwire.extract as extract_pkg
from chainwire.extract.firstchars import (
    ANY_FIRST,
    DECIMAL_BELOW,
    SPACE_BELOW,
    first_chars,
    first_gate,
    first_set,
    starts_at_start_only,
)
from chainwire_synth.generator import generate_corpus

pytestmark = pytest.mark.unit  # make test-fast


def _opens(rule: str) -> set[str] | None:
    """The literal first characters, with the tokens "\\s", "\\d" and "lo-hi" for the rest."""
    f = first_chars(re.compile(rule))
    if f is None:
        return None
    return set(f.chars) | ({r"\s"} if f.space else set()) | ({r"\d"} if f.digit else set()) \
        | {f"{chr(lo)}-{chr(hi)}" for lo, hi in f.spans}


def test_first_chars_reads_the_rules_parse():
    assert _opens(r"^(?:ab|c+d|[e-g]x?|(?=z)h)") == set("acefgh")
    assert _opens(r"^a?b") == {"a", "b"}
    assert _opens(r"^\s*[가-힣]{2,4}x") == {r"\s", "가-힣"}
    assert _opens(r"^(?:\d{4}|[A-C])") == {r"\d", "A", "B", "C"}
    assert _opens(r"^(?<!x)(?!ab)[ab]") == {"a", "b"}
    assert _opens(r"^(?>ab|c)d") == {"a", "c"}
    assert _opens(r"^a*+b") == {"a", "b"}
    assert _opens(r"^x|y") == {"x", "y"}
    # no closed set: any character, a negated class, \S, \w, \D, case-blind letters, a back-reference, an empty match
    for unknown in (r"^\S+", r"^.a", r"^a?", r"(?i)^a", r"^(?i:a)b", r"^[^a]", r"^\w", r"^\D", r"^(a)?\1", r"^(?:a|)",
                    r"^\b", r"$"):
        assert _opens(unknown) is None, unknown


def test_the_categories_are_what_re_matches():
    """``\\s`` is what ``str.isspace()`` is true of, ``\\d`` what ``str.isdecimal()`` is, over all of Unicode; none lies
    above the bounds ``first_set`` writes them out below."""
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    space = set(re.findall(r"\s", every))
    digit = set(re.findall(r"\d", every))
    assert space == {c for c in every if c.isspace()} and max(map(ord, space)) < SPACE_BELOW
    assert digit == {c for c in every if c.isdecimal()} and max(map(ord, digit)) < DECIMAL_BELOW
    assert first_set(re.compile(r"^\s*x")) == frozenset(space | {"x"})
    assert first_set(re.compile(r"^\d")) == frozenset(digit)


def test_first_set():
    assert first_set(re.compile(r"^(?:ab|[c-e]|\[)")) == frozenset("acde[")
    assert first_set(re.compile(r"^[가-힣]")) is ANY_FIRST  # 11,172 syllables: larger than MAX_FIRST_SET
    assert first_set(re.compile(r"^[가-각]x")) == frozenset("가각")
    for unknown in (r"^\S", r"^a?", r"(?i)^a"):
        assert first_set(re.compile(unknown)) is ANY_FIRST
        assert "x" in ANY_FIRST and "" in ANY_FIRST


def test_starts_at_start_only():
    assert starts_at_start_only(re.compile(r"^a|^b"))
    assert starts_at_start_only(re.compile(r"^(?:a|b)c"))
    assert starts_at_start_only(re.compile(r"\Aa"))
    assert not starts_at_start_only(re.compile(r"^a|b"))
    assert not starts_at_start_only(re.compile(r"(?m)^a"))
    assert not starts_at_start_only(re.compile(r"a"))


def _gated_rules() -> list[tuple[str, str, re.Pattern, frozenset]]:
    """Every ``NAME_FIRST = first_set(NAME_RE)`` of ``extract/*``: (module, rule name, rule, first set)."""
    out = []
    for info in pkgutil.iter_modules(extract_pkg.__path__):
        mod = importlib.import_module(f"chainwire.extract.{info.name}")
        for name, value in vars(mod).items():
            if name.endswith("_FIRST") and isinstance(value, frozenset) \
                    and not hasattr(mod, name[: -len("_FIRST")] + "_WORDS"):  # (a gate with words: tested below)
                rule = getattr(mod, name[: -len("_FIRST")] + "_RE")
                assert value == first_set(rule), name
                out.append((info.name, name[: -len("_FIRST")] + "_RE", rule, value))
    return out


def test_the_rules_asked_of_most_lines_are_gated():
    """The anchored rules a parse asks of the most lines (every regex call of a parse recorded, session 16) are tried
    only on a line opening as one of their matches opens; the two the byline parse ``sub``s match only at the start."""
    gated = {f"{m}.{n}": rule for m, n, rule, _ in _gated_rules()}
    assert {"generic._BOARD_CHROME_RE", "generic._CREDIT_ONLY_RE", "generic._PREFIX_RE", "bylines._NAME_LABEL_RE",
            "bylines._SIG_LEAD_JUNK_RE", "bylines._SIG_TASK_RE", "trailers._COMMENT_HEAD_RE"} <= set(gated)
    assert starts_at_start_only(gated["bylines._SIG_LEAD_JUNK_RE"]) and starts_at_start_only(gated["bylines._SIG_TASK_RE"])


@pytest.fixture(scope="module")
def page_lines(tmp_path_factory) -> list[str]:
    root = tmp_path_factory.mktemp("firstchars")
    generate_corpus(root, days=1, per_day=120, seed=61, start_date=date(2026, 11, 2), outlets="all")
    lines: set[str] = set()
    for p in sorted((root / "raw").rglob("*.txt")):
        for line in p.read_text(encoding="utf-8", errors="replace").split("\n"):
            lines.update((line, line.strip()))
    # made-up lines of the forms the gated rules look for (a generated day prints some of them rarely or never)
    lines.update(["기자명 홍길동", "작성자: 가나다 기자", "추천 3 비추천 1", "[email protected]", "사진=가상일보 제공",
                  "▲ 사진: 가상통신", "[가상일보 자료사진]", "[가상] 가상의 제목 한 줄", "Source: Example Wire | 2024",
                  "출처: 가상연구소 |", "제목: 가상의 제목", "Headline: A made-up title", "- 첫째 항목", "• point one",
                  "2024.05.03 홍길동 기자", "- 홍길동 기자", "글·사진=홍길동 기자", "정리=홍길동 기자", "By 홍길동 기자",
                  "gildong@example.com 홍길동 기자", "HOME > 뉴스 > 경제", "홈 > 사회", "가 가 가", "A A A", "댓글 3",
                  "전체댓글 12", "3개의 댓글", "date 2024-05-03 10:20 x", "2024.05.03", "May 3, 2024", "12:30",
                  "Monday, May 3, 2024", "3 May 2024", "2024-05-03"])
    return sorted(lines)


def test_every_gated_rule_matches_only_lines_opening_with_its_first_set(page_lines):
    """Each gated rule of ``extract/*`` on the lines of a generated day of every layout, and on each line with
    characters of the rule's own first set (and others) put in front: a line it matches opens with one of them."""
    rng = random.Random(61)
    others = ["", " ", "\t", "\u3000", "\n", "가", "A", "a", "1", "٣", "１", "[", "(", "-", "·", "▲", "ⓒ", "#", "*", "@"]
    for m, n, rule, first in _gated_rules():
        heads = sorted(first)
        lines = list(page_lines)
        lines += [h + s for s in rng.sample(page_lines, 300) for h in rng.sample(heads, min(6, len(heads))) + others]
        hits = 0
        for s in lines:
            if rule.match(s) is not None:
                hits += 1
                assert s[:1] in first, (m, n, s)
        assert hits, (m, n)  # the check saw the rule match


def test_first_gate():
    assert first_gate(re.compile(r"^(?:ab|\S+x다운로드)")) == (frozenset("a"), ("x다운로드",))
    assert first_gate(re.compile(r"^(?:ab|\S+APP\s*xyz|c)|d")) == (frozenset("acd"), ("APP",))  # (the first of the longest runs)
    for open_ in (r"^(?:ab|\S+x)", r"^(?:ab|\S*q)|\S", r"(?i)^ab"):
        assert first_gate(re.compile(open_)) == (ANY_FIRST, ()), open_


def test_the_widget_rule_answers_as_its_search(page_lines):
    """``_IS_WIDGET`` (a ``LineRule`` gated by ``first_gate``) is ``bool(_WIDGET_RE.search(line))`` on every line."""
    from chainwire.extract import generic

    first, words = first_gate(generic._WIDGET_RE)
    assert isinstance(first, frozenset) and words and generic._IS_WIDGET.first == first
    made_up = ["가상앱 APP 다운로드", "x APP다운로드", "Photo: 가상", " / Photo by Kim ", "12 댓글 3", "| ", "<본보 가상",
               "이미지 확대보기", "read by AI", "홍길동 기자의 다른 기사 보기", "댓글 3", "조회수 1,234", "Source: Example",
               "Loading audio...", "![]()", "123456789012345678"]
    hits = 0
    for s in [*page_lines, *made_up, *(w + s for s in made_up for w in ("", " ", "가"))]:
        want = generic._WIDGET_RE.search(s) is not None
        hits += want
        assert generic._IS_WIDGET(s) == want, s
    assert hits > 10
