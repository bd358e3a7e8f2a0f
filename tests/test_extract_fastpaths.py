"""The parsers' fast paths give the answers of the rules they stand in for (invented text only).

``outlets.find_brand`` walks a dictionary of the registered brands instead of running the brand
regex; ``language.detect_language`` stops counting scripts once Hangul alone decides. Each is
checked here against the plain rule on generated pages and on strings built to sit on the edges
(case, word boundaries, characters whose case folding ``str.lower`` does not show).
"""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from chainwire.extract import outlets
from chainwire.extract.language import detect_language
from chainwire_synth.generator import generate_corpus

pytestmark = pytest.mark.unit  # make test-fast


def _regex_brand(text: str) -> str | None:
    m = outlets._brand_re().search(text)
    return m.group(0) if m else None


def _brands() -> list[str]:
    return sorted({b for o in outlets.OUTLETS for b in o.brands})


def test_find_brand_equals_the_brand_regex_around_every_brand():
    rng = random.Random(14)
    # neighbours: Latin letters and digits (word boundaries), Hangul, punctuation, and characters
    # re.IGNORECASE folds onto ASCII letters (long s, Kelvin sign, dotted I) that lower() does not
    neighbours = ["", "a", "Z", "7", "가", "=", " ", "[", "-", "ſ", "\u212a", "İ", "ı", "ﬁ", "ß", "é", "É", "·", "日"]
    checked = 0
    for brand in _brands():
        variants = {brand, brand.lower(), brand.upper(), brand.swapcase(), brand[:-1], brand[1:]}
        for v in variants:
            for _ in range(12):
                text = f"{rng.choice(neighbours)}{v}{rng.choice(neighbours)}"
                assert outlets.find_brand(text) == _regex_brand(text), text
                checked += 1
        # two brands in one string: the leftmost wins, the longest at that position
        other = rng.choice(_brands())
        for text in (f"{other} {brand}", f"{brand}{other}", f"[서울={brand}] {other}"):
            assert outlets.find_brand(text) == _regex_brand(text), text
            checked += 1
    assert checked > 15_000


def test_case_unsafe_chars_are_every_character_whose_case_reaches_ascii():
    import re._casefix as casefix

    computed = {chr(i) for i in range(0x80, 0x110000)
                if any(ch.isascii() for ch in chr(i).lower() + chr(i).upper() + chr(i).casefold())
                or len(chr(i).lower()) != 1}
    # the regex engine's own extra case pairs (ı~i, ſ~s) that touch ASCII are among them
    computed |= {chr(c) for k, v in casefix._EXTRA_CASES.items() for c in (k, *v) if c >= 0x80
                 and (k < 0x80 or any(x < 0x80 for x in v))}
    assert set(outlets.CASE_UNSAFE_CHARS) == computed


def test_find_brand_equals_the_brand_regex_on_generated_pages(tmp_path):
    generate_corpus(tmp_path, days=1, per_day=60, seed=14, start_date=date(2026, 11, 2), outlets="all")
    pages = sorted((tmp_path / "raw").rglob("*.txt"))
    assert pages
    found = 0
    for page in pages:
        for line in page.read_text(encoding="utf-8").splitlines():
            for text in (line, line[:48], line.upper()):
                got = outlets.find_brand(text)
                assert got == _regex_brand(text), text
                found += got is not None
    assert found > 0  # the pages do name their outlets


@pytest.mark.parametrize(
    "text, expected",
    [
        ("가나다 abcdefg", "ko"),  # Hangul 3 of 10 letters: exactly the 30 % threshold
        ("가나 abcdefgh the and of to in", "en"),  # Hangul under 30 % of the letters
        ("가나다라 . . . . . . . . . . . . . . . .", "ko"),  # few characters are letters at all
        ("가 ひらがなカタカナ", "ja"),
        ("가 漢字漢字漢字", "zh"),
        ("가 кириллица текст", "ru"),
        ("", None),
        ("1234 --- 5678", None),
    ],
)
def test_detect_language_at_the_hangul_threshold(text, expected):
    assert detect_language(text) == expected


def test_detect_language_hangul_shortcut_agrees_with_full_counts():
    rng = random.Random(3)
    pools = ["가나다라마바사", "abcdefgxyz", "ひらがな", "漢字", "кирил", " .,-0123456789"]
    for _ in range(3000):
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(1, 40)))
        letters = {name: sum(1 for c in text if lo <= c <= hi) for name, lo, hi in (
            ("hangul_syll", "\uac00", "\ud7a3"), ("jamo", "\u3131", "\u318e"))}
        hangul = letters["hangul_syll"] + letters["jamo"]
        other = sum(1 for c in text if c.isascii() and c.isalpha() or "\u3040" <= c <= "\u30ff"
                    or "\u4e00" <= c <= "\u9fff" or "\u0400" <= c <= "\u04ff")
        if hangul and hangul / (hangul + other) >= 0.3:
            assert detect_language(text) == "ko", text
        else:
            assert detect_language(text) != "ko", text


# outlet_for_page skips a whole-page scan when the text lacks what every match of it contains
_HINTED = [
    (outlets._SIGN_OFF_TAIL_RE, outlets._SIGN_OFF_TAIL_END, "현장에서 KBS 뉴스 홍길동입니다."),
    (outlets._AT_BRAND_RE, outlets._AT_BRAND_HINT_RE.pattern, "본문이다.\n홍길동기자@전자신문, gildong@"),
    (outlets._GLUED_MAIL_BRAND_RE, outlets._GLUED_MAIL_HINT_RE.pattern, "글로벌오토뉴스CP-2022-0212@example.com"),
    (outlets._SOURCE_CREDIT_RE, outlets._SOURCE_LABEL_RE.pattern, "Source: Some Daily | 2024.01.02 | By NAME"),
    (outlets._WITH_BRAND_RE, outlets._WITH, "with the Korea JoongAng Daily"),
]


@pytest.mark.parametrize("rule, hint, example", _HINTED)
def test_a_skipped_scan_cannot_have_matched(rule, hint, example):
    # the rule is built from the hint's own fragments, so every match contains a match of the hint
    m = rule.search(example)
    assert m is not None
    assert re.search(hint, m.group(0)) if hint.startswith("(") else hint in m.group(0)
    text_without = example.replace(m.group(0), "")
    assert rule.search(text_without) is None
