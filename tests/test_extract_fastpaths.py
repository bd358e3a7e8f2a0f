"""The parsers' fast paths give the answers of the rules they stand in for (invented text only).

``outlets.find_brand`` walks a dictionary of the registered brands instead of running the brand
regex; ``language.detect_language`` counts every script's letters in one table look-up per character;
``outlets._copyright_matches`` starts its scan at the first copyright mark; ``outlet_for_page`` runs its
line-anchored rules from the line breaks (``outlets._from_line_breaks``); ``identity.normalize_text``
splits on whitespace instead of a regex; ``generic`` remembers which lines are chrome across pages.
Each is checked here against the plain rule on generated pages and on strings built to sit on the
edges (case, word boundaries, characters whose case folding ``str.lower`` does not show).
"""

from __future__ import annotations

import random
import re
import unicodedata
from datetime import date

import pytest

from chainwire.extract import generic, outlets
from chainwire.extract.dispatch import extract_raw
from chainwire.extract.language import SCRIPTS, detect_language, script_letters
from chainwire.identity import normalize_text
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
    (outlets._SIGN_OFF_TAIL_RE, outlets._SIGN_OFF_TAIL_HINT_RE.pattern, "현장에서 KBS 뉴스 홍길동입니다."),
    (outlets._COPYRIGHT_RE, outlets._COPYRIGHT_HINT_RE.pattern, "본문이다.\nⓒ 가상일보 무단 전재"),
    (outlets._COPYRIGHT_RE, outlets._COPYRIGHT_HINT_RE.pattern, "본문이다.\n가상일보 기사문의 02-000-0000"),
    (outlets._AT_BRAND_RE, outlets._AT_BRAND_HINT_RE.pattern, "본문이다.\n홍길동기자@전자신문, gildong@"),
    (outlets._GLUED_MAIL_BRAND_RE, outlets._GLUED_MAIL_HINT_RE.pattern, "글로벌오토뉴스CP-2022-0212@example.com"),
    (outlets._SOURCE_CREDIT_RE, outlets._SOURCE_LABEL_RE.pattern, "Source: Some Daily | 2024.01.02 | By NAME"),
    (outlets._WITH_BRAND_RE, outlets._WITH, "with the Korea JoongAng Daily"),
    (outlets.SUMMARY_CREDIT_RE, outlets.SUMMARY_MARK, "“가상일보” 기사 내용을 3줄로 요약한 결과입니다"),
    (outlets._OWN_URL_LINE_RE, outlets._OWN_URL_HINT_RE.pattern, "본문이다.\n(www.example.com/News/Read/A2023)"),
    (outlets._SITE_TITLE_RE, "[" + outlets._SITE_TITLE_MARKS + "]", "SundayWeekly – 세상을 보는 창"),
    (outlets._SIGN_OFF_RE, outlets._SIGN_OFF_END, "KBS 뉴스 홍길동이었습니다."),
]


@pytest.mark.parametrize("rule, hint, example", _HINTED)
def test_a_skipped_scan_cannot_have_matched(rule, hint, example):
    # the rule is built from the hint's own fragments, so every match contains a match of the hint
    m = rule.search(example)
    assert m is not None
    assert re.search(hint, m.group(0))
    text_without = example.replace(m.group(0), "")
    assert rule.search(text_without) is None


def test_hints_read_back_from_the_mark_answer_what_their_regexes_answer():
    # _at_role_hint, _glued_mail_hint and _source_label_hint stand in for a search of their regexes
    assert outlets._AT_ROLE == r"(?:기자|특파원)\s*@" and outlets._SOURCE_LABEL == r"(?:Source|출처)[ \t]*:"
    assert re.fullmatch(outlets._MAIL_LOCAL_AT[:-1], outlets._MAIL_LOCAL_CHARS)
    mail_char = re.compile(outlets._MAIL_LOCAL_AT[:-2])  # the class, once
    assert "".join(filter(mail_char.fullmatch, map(chr, range(0x110000)))) == "".join(sorted(outlets._MAIL_LOCAL_CHARS))
    pools = ["기자특파원", "뉴스신문일보경제방송미디어타임스즈저널투데이", "@", " \t\n\u3000\xa0", "aZ09._%+-", "가Source출처:"]
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 24)))
        assert outlets._at_role_hint(text) == bool(outlets._AT_BRAND_HINT_RE.search(text)), repr(text)
        assert outlets._glued_mail_hint(text) == bool(outlets._GLUED_MAIL_HINT_RE.search(text)), repr(text)
        assert outlets._source_label_hint(text) == bool(outlets._SOURCE_LABEL_RE.search(text)), repr(text)


def test_the_own_url_scan_from_the_hint_line_finds_the_rules_matches():
    rng = random.Random(12)
    pools = ["\n", "(www.", "m.", "http://", "a-z.kr/", "Ab.CO/x", "/News/Read/1234", " \t)", "가나", "."]
    for _ in range(5000):
        text = "".join(rng.choice(pools) for _ in range(rng.randint(0, 20)))
        lined = "\n" + text
        hint = outlets._OWN_URL_HINT_RE.search(text)
        fast = [(m.start(), m.group(1)) for m in outlets._OWN_URL_LINE_AT_BREAK.finditer(
            lined, lined.rfind("\n", 0, hint.start() + 1))] if hint else []
        assert fast == [(m.start(), m.group(1)) for m in outlets._OWN_URL_LINE_RE.finditer(text)], repr(text)


def _regex_letters(text: str) -> dict[str, int]:
    """The plain rule: each script's letters counted by a regex of its ranges."""
    return {name: len(re.findall("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]", text))
            for name, ranges in SCRIPTS.items()}


def test_script_letters_equal_the_regex_counts_on_every_character():
    # every code point once (surrogates included: a page decoded with surrogateescape carries them)
    for start in range(0, 0x110000, 0x8000):
        text = "".join(map(chr, range(start, min(start + 0x8000, 0x110000))))
        assert script_letters(text) == _regex_letters(text), hex(start)
    rng = random.Random(5)
    pools = ["가나다ㄱㅎ", "abcXYZ", "ひらカタ", "漢字", "кир", " .,-0129", "ſİéÉ\U0001F600\udc80"]
    for _ in range(2000):
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 60)))
        assert script_letters(text) == _regex_letters(text), text


def test_normalize_text_whitespace_is_the_regex_whitespace():
    # str.split() and str.strip() cut at str.isspace(); the rule's regex at \s: the same characters
    space = re.compile(r"\s")
    assert [c for c in map(chr, range(0x110000)) if c.isspace() != bool(space.fullmatch(c))] == []

    def rule(text):
        return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()

    rng = random.Random(8)
    pools = ["가나 다", " \t\n", "\u3000\xa0\u2028\x1c", "ＡＢ ｃ", "Éx"]
    for _ in range(3000):
        text = "".join(rng.choice(rng.choice(pools)) for _ in range(rng.randint(0, 30)))
        assert normalize_text(text) == rule(text), repr(text)
    assert normalize_text(None) == ""


def test_copyright_matches_equal_the_full_scan(tmp_path):
    generate_corpus(tmp_path, days=1, per_day=60, seed=21, start_date=date(2026, 11, 2), outlets="all")
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "raw").rglob("*.txt"))]
    texts += ["제보 02-000\n본문", "본문\n  가상일보 제보", "ⓒ", "", "본문\n\n(c) 2026 가상", "x\n가상 기사문의\n제보"]
    spans = 0
    for text in texts:
        want = [(m.start(), m.group(0)) for m in outlets._COPYRIGHT_RE.finditer(text)]
        assert [(m.start(), m.group(0)) for m in outlets._copyright_matches(text)] == want
        spans += len(want)
    assert spans > 0


def test_pages_read_alone_or_after_others_give_the_same_article(tmp_path):
    # is_chrome's answers are shared by the pages of a rule set and outlet: an answer must not
    # depend on the page it was first asked for
    generate_corpus(tmp_path, days=1, per_day=80, seed=22, start_date=date(2026, 11, 2), outlets="all")
    pages = sorted((tmp_path / "raw").rglob("*.txt"))

    def parse(page):
        return [(e.error, e.article.to_dict() if e.article else None)
                for e in extract_raw(page.read_bytes(), page.name, date(2026, 11, 2))]

    in_a_row = [parse(p) for p in pages]
    alone = []
    for p in reversed(pages):
        generic._chrome_memos.clear()
        alone.append(parse(p))
    assert in_a_row == alone[::-1]


_LINE_RULES = ["LINE_BRACKET", "BRAND_EQ_BYLINE", "BRAND_BYLINE", "BRAND_HEAD_LINE", "WITH_BRAND",
               "BY_BRAND", "OWN_URL_LINE", "PROVIDER_LINE", "SOURCE_CREDIT"]


@pytest.mark.parametrize("name", _LINE_RULES)
def test_line_anchored_rules_searched_from_line_breaks_match_as_the_rules(name, tmp_path):
    # outlet_for_page runs each line-anchored rule on "\n" + text: the same matches, starting at the same places
    rule, at_break = getattr(outlets, f"_{name}_RE"), getattr(outlets, f"_{name}_AT_BREAK")
    generate_corpus(tmp_path, days=1, per_day=40, seed=31, start_date=date(2026, 11, 2), outlets="all")
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "raw").rglob("*.txt"))]
    texts += ["", "\n", "\n\n[서울=가상일보]\n", "  a\n  b \n\t가나\n", "가상일보 홍길동 기자\n가상일보=홍길동 기자",
              "기사제공\n가상일보\n", "Source: Some Daily | x\nwith the Korea Daily\nBy Hong Gil-dong, The Daily",
              "www.example.com/News/Read/A2023\n(example.co.kr/abcd)", "| 가상=홍길동 기자 |\n[사진] [가상]"]
    found = 0
    for text in texts:
        want = [(m.start(), m.end(), m.groups()) for m in rule.finditer(text)]
        # (the end and group offsets are one further on: offsets in "\n" + text)
        assert [(m.start(), m.end() - 1, m.groups()) for m in at_break.finditer("\n" + text)] == want, text[:200]
        found += len(want)
        for end in {0, 1, len(text) // 3, len(text) // 2, text.find("\n", len(text) // 2), text.rfind("\n") + 1}:
            # outlet_for_page reads some rules above the story's end only: the text cut at end is "\n" + text cut at end + 1
            end = max(end, 0)
            assert ([(m.start(), m.groups()) for m in at_break.finditer("\n" + text, 0, end + 1)]
                    == [(m.start(), m.groups()) for m in rule.finditer(text, 0, end)]), (end, text[:200])
    assert found > 0


def test_from_line_breaks_takes_only_line_anchored_rules():
    with pytest.raises(ValueError):
        outlets._from_line_breaks(re.compile(r"[가-힣]+$", re.M))
    with pytest.raises(ValueError):
        outlets._from_line_breaks(re.compile(r"^[가-힣]+"))


def test_latin_language_of_ascii_samples_equals_the_word_regex():
    # the rule: words by _LATIN_WORD_RE, lower-cased, function words counted per language
    from collections import Counter

    from chainwire.extract import language

    def rule(sample):
        words = [w.lower() for w in language._LATIN_WORD_RE.findall(sample)][:500]
        if len(words) < 20:
            return None
        counts = Counter(words)
        scores = sorted(((sum(counts[w] for w in fw if w in counts), lang)
                         for lang, fw in language._FUNCTION_SETS.items()), reverse=True)
        (best, lang), (second, _) = scores[0], scores[1]
        return lang if best >= 0.15 * len(words) and best >= 1.3 * second else None

    rng = random.Random(12)
    vocab = [w for words in language._FUNCTION_WORDS.values() for w in words.split()] + [
        "News", "THE", "Seoul", "x1y", "a_b", "it's", "e-mail", "nao", "Der", "2024", "o'clock", "café", "Ⓐ", "Ⅻ", "İ"]
    seps = [" ", "  ", ", ", ". ", "\n", "-", "_", "1", "\t", "(", ")", "’", "—", "“", "\udc80", "٣", "\U0001F600"]
    answers = set()
    for _ in range(4000):
        n = rng.choice([5, 19, 20, 21, 60, 400, 700])
        sample = "".join(rng.choice(vocab) + rng.choice(seps) for _ in range(n))
        got = language._latin_language(sample)
        assert got == rule(sample), sample[:120]
        answers.add(got)
    assert {None, "en"} <= answers and len(answers) >= 4


def test_ascii_words_only_is_true_exactly_when_every_word_character_is_ascii():
    from chainwire.extract import language

    for start in range(0x80, 0x110000, 0x4000):
        chars = "".join(map(chr, range(start, min(start + 0x4000, 0x110000))))
        for c in chars:
            if language._ascii_words_only("ab " + c + " cd"):
                assert not language._LATIN_WORD_RE.search(c), hex(ord(c))


def _branches(pattern: str) -> list:
    """The top-level alternatives of a regex, as the parser reads them (a non-capturing group around the
    whole alternation is looked into)."""
    import re._constants as c
    import re._parser as parser

    ops = list(parser.parse(pattern))
    while len(ops) == 1 and ops[0][0] is c.SUBPATTERN and ops[0][1][0] is None:
        ops = list(ops[0][1][3])
    if len(ops) == 1 and ops[0][0] is c.BRANCH:
        return [list(b) for b in ops[0][1][1]]
    return [ops]


def _literal_runs(branch: list) -> list[str]:
    """The runs of plain characters the branch has at its top level: text every match of it contains."""
    import re._constants as c

    runs, cur = [], ""
    for op, arg in branch:
        if op is c.LITERAL:
            cur += chr(arg)
        else:
            runs.append(cur)
            cur = ""
    return [r for r in runs + [cur] if r]


@pytest.mark.parametrize("line_rule", [generic._IS_WIDGET, generic._HAS_COPYRIGHT])
def test_line_rules_have_every_unanchored_branch_hinted(line_rule):
    import re._constants as c

    assert not line_rule.rule.flags & re.M
    branches = _branches(line_rule.rule.pattern)
    assert len(branches) > 2
    for branch in branches:
        if branch and branch[0] == (c.AT, c.AT_BEGINNING):
            continue  # matches at the line's start only: LineRule's match() sees it
        runs = _literal_runs(branch)
        assert any(w in r for w in line_rule.inner for r in runs), (line_rule.rule.pattern, branch)


@pytest.mark.parametrize("line_rule", [generic._IS_WIDGET, generic._HAS_COPYRIGHT])
def test_line_rules_answer_as_the_search(line_rule, tmp_path):
    generate_corpus(tmp_path, days=1, per_day=60, seed=33, start_date=date(2026, 11, 2), outlets="all")
    lines = {ln.strip() for p in sorted((tmp_path / "raw").rglob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()}
    lines |= {"사진 이미지 확대보기", "x read by AI", "홍길동 기자의 다른 기사 보기", "3 댓글 4", "글 댓글 5", "[사진] |",
              "무단 전재", "Copyright 2024", "ⓒ 가상일보", "재배포 금지", "All rights reserved", "AI 학습 및 활용 금지", ""}
    hits = 0
    for line in lines:
        want = line_rule.rule.search(line) is not None
        assert line_rule(line) == want, line
        hits += want
    assert hits > 5


def test_fragment_end_search_from_the_tail_equals_the_full_search():
    import re._parser as parser

    lo, hi = parser.parse(generic._FRAGMENT_END_RE.pattern).getwidth()
    assert hi == generic.FRAGMENT_END_WIDTH  # the rule's longest match: the tail searched is long enough
    rng = random.Random(4)
    pools = ["에서", "으로", "이", "가", "다", ",", ".", " ", "\n", "부터", "x", "보다"]
    for _ in range(5000):
        s = "".join(rng.choice(pools) for _ in range(rng.randint(0, 8)))
        assert generic._ends_on_fragment(s) == (generic._FRAGMENT_END_RE.search(s) is not None), repr(s)


def test_glued_roles_are_unglued_only_where_a_role_is():
    from chainwire.extract import bylines

    for text in ("홍길동기자", "홍길동선임기자 gildong@", "김철수특파원(워싱턴)", "기자", "홍길동 기자", "가나다", "", "홍길동기자@매체"):
        assert bylines._unglue_roles(text) == bylines._GLUED_ROLE_ANY_RE.sub(bylines._unglue_role, text), text
    # every match holds one of the roles the skip looks for
    assert all(r in bylines._GLUED_ROLE_ANY_RE.pattern for r in bylines._GLUED_ROLES)


def test_a_line_without_the_label_hint_has_no_stamp_label(tmp_path):
    # scan_stamps skips the label rule on a line whose whitespace-free, lower-cased text holds no label
    from chainwire.extract import stamps

    generate_corpus(tmp_path, days=1, per_day=60, seed=33, start_date=date(2026, 11, 2), outlets="all")
    lines = {ln.strip() for p in sorted((tmp_path / "raw").rglob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()}
    rng = random.Random(9)
    pool = list("기사입력 수정송고시간최종\t\u3000\xa0\u2028\x1cPUBLISHEDpublishedUpDaTeD date:|2024.5.3 10:00") + list(outlets.CASE_UNSAFE_CHARS)
    lines |= {"".join(rng.choice(pool) for _ in range(rng.randint(0, 24))) for _ in range(20_000)}
    lines |= {"기 사 입 력 2024.05.03", "Last\u3000Updated: 2024", "ſUPDATED 2024", "publiſhed 2024", "Po\u212aSTED"}
    labelled = skipped = 0
    for line in lines:
        found = stamps._LABEL_RE.search(line) is not None
        assert stamps.may_hold_label(line) or not found, repr(line)
        labelled += found
        skipped += not stamps.may_hold_label(line)
    assert labelled > 100 and skipped > 1000


def test_short_lines_are_the_short_line_rules_matches(tmp_path):
    # outlets.short_lines stands in for this rule as written: a change of the rule must change the loop too
    assert outlets._SHORT_LINE_RE.pattern == r"^[ \t]*([^\n]{2,40}?)[ \t]*$" and outlets._SHORT_LINE_RE.flags & re.M
    rng = random.Random(41)
    pool = ["a", "가", " ", "\t", "\r", "·", "\u3000", "\xa0"]
    lines = ["x" * 41, "x" * 40 + "  ", " \t" + "y" * 40 + " \t", "a" * 39 + " b", "\t" * 45, " a", "a ", "  ", " ", "",
             "a", "a" * 40 + "\tb", " a ", "\ta", "a\t\t", "  a", "x" * 40, " " + "x" * 40, "x" * 40 + " "]
    for _ in range(6000):
        core = "".join(rng.choice(pool) for _ in range(rng.choice([0, 1, 2, 3, 38, 39, 40, 41, 42, 60])))
        lines.append(rng.choice(["", " ", "\t", "  \t"]) * rng.randint(0, 2) + core
                     + rng.choice(["", " ", "\t \t", " " * 10]))
    generate_corpus(tmp_path, days=1, per_day=40, seed=31, start_date=date(2026, 11, 2), outlets="all")
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "raw").rglob("*.txt"))]
    texts += ["\n".join(lines[n:n + 7]) for n in range(0, len(lines), 7)] + ["", "\n", "\n\n", "a\n", "\nab"]
    found = 0
    for text in texts:
        want = [(m.start(), m.group(1)) for m in outlets._SHORT_LINE_RE.finditer(text)]
        assert list(outlets.short_lines(text)) == want, repr(text[:300])
        found += len(want)
    assert found > 1000


@pytest.mark.parametrize("read_ahead", [1, 5_000, 10**9])
def test_parse_files_reading_ahead_gives_the_records_of_parse_file(tmp_path, read_ahead):
    # parse_batch reads a group of files before parsing them: the same records, in the same order
    from chainwire.parsing import parse_file, parse_files
    from chainwire.sources.landing import RawFile

    generate_corpus(tmp_path, days=1, per_day=40, seed=35, start_date=date(2026, 11, 2), outlets="all")
    paths = sorted((tmp_path / "raw").rglob("*.txt"))
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01" * 50)
    (tmp_path / "lines.jsonl").write_text('{"text": "x"}\nnot json\n', encoding="utf-8")
    paths[5:5] = [tmp_path / "empty.txt", tmp_path / "missing.txt", tmp_path / "binary.txt", tmp_path / "lines.jsonl"]
    raws = [RawFile(p, p.name, date(2026, 11, 2), None, None) for p in paths]

    def fields(parsed):
        return [(pf.rel_path, pf.sha256, pf.size, pf.article_id, pf.error, pf.status,
                 pf.article.to_dict() if pf.article is not None else None) for pf in parsed]

    assert fields(parse_files(raws, read_ahead=read_ahead)) == fields([pf for r in raws for pf in parse_file(r)])


def _glued_headline_copy_every_pair(lines: list[str]) -> tuple[int, int] | None:
    """The rule as first written: every line tried against every earlier one."""
    forms = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
    flat = [s.translate(forms) for s in lines]
    for k, s in enumerate(flat):
        if len(s) <= generic.GLUED_HEADLINE_MIN:
            continue
        for i in range(k):
            e = flat[i]
            if generic.GLUED_HEADLINE_MIN <= len(e) <= generic.GLUED_HEADLINE_MAX \
                    and 0 < len(s) - len(e) <= generic.GLUED_LABEL_MAX and s.endswith(e):
                return i, k
    return None


def test_glued_headline_copy_by_line_ends_equals_every_pair():
    rng = random.Random(7)
    words = ["가나", "다라마", "바사", "‘인용’", "“따옴”", "'a'", '"b"', "Home", "›", "경제", "x"]
    for _ in range(3000):
        heads = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(rng.randint(1, 6))]
        lines = []
        for _ in range(rng.randint(1, 12)):
            if heads and rng.random() < 0.4:  # an earlier line again, a label glued in front, quotes in either form
                h = rng.choice(lines or heads)
                label = "".join(rng.choice("가나 ›|") for _ in range(rng.choice((0, 1, 5, 40, 41))))
                h = h.replace("'", rng.choice("'’‘")) if rng.random() < 0.5 else h
                lines.append(label + h)
            else:
                lines.append(rng.choice(heads))
        assert generic.glued_headline_copy(lines) == _glued_headline_copy_every_pair(lines), lines


def test_end_glue_hint_and_story_bigrams_answer_as_the_rules():
    rng = random.Random(3)
    parts = ["했다.", " ", "\t", "\u3000", "\n", "(끝)", "(END)", "<끝>", "끝", "가", "a", "(", ")"]
    for _ in range(5000):
        s = "".join(rng.choice(parts) for _ in range(rng.randint(0, 8)))
        assert s.rstrip().endswith(generic._END_GLUE_MARKS) == (generic._END_GLUE_RE.search(s) is not None), repr(s)
        t = generic._NON_WORD_RE.sub("", s)
        assert generic.story_words(s, False) == frozenset(t[i:i + 2] for i in range(len(t) - 1))
    words = ["a", "an", "the", "of", "ab", "abc", "x1", "Plan", "LOANS", "2024", "it's", "e-mail", "—", " ", "\n", "가나"]
    for _ in range(3000):
        s = " ".join(rng.choice(words) for _ in range(rng.randint(0, 12)))
        want = frozenset(w for w in generic._WORD_RE.findall(s.lower()) if len(w) > 2 and w not in generic._EN_FUNCTION_WORDS)
        assert generic.story_words(s, True) == want, s



def test_wrapped_pairs_from_line_breaks_are_the_rules_pairs(tmp_path):
    generate_corpus(tmp_path, days=1, per_day=60, seed=35, start_date=date(2026, 11, 2), outlets="all")
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "raw").rglob("*.txt"))]
    rng = random.Random(11)
    for _ in range(3000):  # short and long lines around WRAP_MAX, closing a sentence or not, blank lines, \r
        texts.append("\n".join("가" * rng.randint(0, 60) + rng.choice(["", "다", ".", "다.”", "”", "요)", "\r", " "])
                               for _ in range(rng.randint(1, 6))))
    pairs = 0
    for text in texts:
        want = [m.start() for m in generic._WRAP_PAIR_RE.finditer(text)]
        assert [m.start() for m in generic._WRAP_PAIR_AT_BREAK_RE.finditer("\n" + text)] == want, repr(text)
        pairs += len(want)
    assert pairs > 100


def test_desk_hint_is_any_desk_name_in_the_page(tmp_path):
    generate_corpus(tmp_path, days=1, per_day=30, seed=37, start_date=date(2026, 11, 2), outlets="all")
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "raw").rglob("*.txt"))]
    texts += [f"가상일보 {unit}" for unit in outlets.DESK_UNITS] + [unit[:-1] for unit in outlets.DESK_UNITS] + [""]
    for text in texts:
        assert outlets._desk_hint(text) == any(unit in text for unit in outlets.DESK_UNITS)


def _crumb_glued_headline_every_pair(lines: list[str]) -> tuple[int, int] | None:
    """``crumb_glued_headline`` as first written: every line tried against every later one."""
    forms = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
    flat = [s.translate(forms) for s in lines]
    for k, s in enumerate(flat):
        if len(s) <= generic.GLUED_HEADLINE_MIN:
            continue
        for i in range(k + 1, len(flat)):
            e = flat[i]
            if generic.GLUED_HEADLINE_MIN <= len(e) <= generic.GLUED_HEADLINE_MAX \
                    and 0 < len(s) - len(e) <= generic.GLUED_LABEL_MAX and s.endswith(e) \
                    and (s[-len(e) - 1].isalnum() or s[:-len(e)].rstrip()[-1:] in generic._CRUMB_MARKS):
                return i, k
    return None


def test_crumb_glued_headline_by_line_ends_equals_every_pair():
    rng = random.Random(9)
    words = ["가나", "다라마", "바사", "‘인용’", "“따옴”", "'a'", '"b"', "Home", "›", "경제", "x"]
    hits = 0
    for _ in range(3000):
        heads = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 40))) for _ in range(rng.randint(1, 6))]
        lines = []
        for _ in range(rng.randint(1, 12)):
            h = rng.choice(heads)
            if rng.random() < 0.4:  # a crumb or label glued in front, quotes in either form
                label = "".join(rng.choice("가나 ›|/a") for _ in range(rng.choice((0, 1, 5, 40, 41))))
                h = label + (h.replace("'", rng.choice("'’‘")) if rng.random() < 0.5 else h)
            lines.append(h)
        want = _crumb_glued_headline_every_pair(lines)
        assert generic.crumb_glued_headline(lines) == want, lines
        hits += want is not None
    assert hits > 300


def test_outlets_by_url_and_mail_domain_are_the_walks_over_the_registry():
    # outlet_for_url and outlets_for_mail_domain look the host's suffixes up instead of walking every outlet
    def by_url(host):
        return next((o for o in outlets._by_domain_length()
                     if any(host == d or host.endswith("." + d) for d in o.domains)), None)

    def by_mail(domain):
        return tuple(o for o in outlets.OUTLETS if any(domain == d or domain.endswith("." + d) for d in o.mail_domains))

    registered = sorted({d for o in outlets.OUTLETS for d in (*o.domains, *o.mail_domains)})
    hosts = ["example.org", "co.kr", "kr", "x", "a.b.c.d", "news.example.co.kr"]
    for d in registered:
        hosts += [d, "www." + d, "m.news." + d, "x" + d, d[1:], d.split(".", 1)[-1], d + ".evil.com", "." + d]
    found = 0
    for host in hosts:
        assert outlets.outlet_for_url(f"https://{host}/a?b=1") == by_url(outlets.host_of(f"https://{host}/a?b=1")), host
        assert outlets.outlets_for_mail_domain(host) == by_mail(host), host
        found += outlets.outlet_for_url(f"http://{host}") is not None
    assert found > len(registered)


def test_ko_agency_tail_is_searched_wherever_it_can_match():
    rng = random.Random(188)
    tails = ["(연합)", "(연합뉴스)", " (뉴시스)", "/뉴시스", "/ 뉴스1", "/AFP", "(AP)", " (로이터) ", "(끝)", "(연합", "연합)",
             "/블룸버그\n", "(신화)\n", "\n", "", "다", "AP"]
    heads = ["협정입니다.", "밝혔다", "말했다!", "“인용”", "끝'", "x", ""]
    for _ in range(3000):
        text = rng.choice(heads) + rng.choice(["", " ", "  ", "\t"]) + rng.choice(tails) + rng.choice(["", "", "\n"])
        assert generic.without_ko_agency_tail(text) == generic._KO_AGENCY_TAIL_RE.sub("", text), repr(text)
    assert generic.without_ko_agency_tail("밝혔다. (연합)") == "밝혔다."


def test_path_suffix_is_pathlibs():
    from pathlib import PurePosixPath

    from chainwire.extract.dispatch import path_suffix

    rng = random.Random(125)
    pool = ["a", ".", "/", "txt", "..", "x.y", "", " ", "é", "\\", "jsonl", "HTML"]
    cases = ["", "/", ".", "..", "a.", ".a", "a/.", "a/", "a.txt/", "a.txt/.", "a//b.txt", "/a.b.c", "a/..", "x/.hidden",
             "x/.hidden.txt", "a.b/c", "2026-11-02/yna-1.txt", "./a.txt", "a.txt/./", "//", "/./."]
    cases += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 7))) for _ in range(20000)]
    for path in cases:
        assert path_suffix(path) == PurePosixPath(path).suffix, path


def test_ko_sentence_answers_as_the_rule_reads_the_line():
    # generic.ko_sentence stands in for this rule as written: a change of the rule must change the function too
    assert generic._KO_SENTENCE_RE.pattern == r"(?:[가-힣]다|[가-힣]요)\.[\"'”’)\]]*$|(?:는데요|습니다|했는데),?$"
    rng = random.Random(301)
    pool = ["다", "요", ".", "가", "힣", "\uac00", "\ud7a3", "\ud7a4", "\uabff", "ㄱ", "a", " ", "\n", ",", "\"", "'", "”",
            "’", ")", "]", "[", "“", "는데요", "습니다", "했는데", "는데", "니다", "했"]
    cases = ["", "\n", "했다.", "했다.\n", "했다.\n\n", "했다.”)", "다.", "가다", "가요.’ ", "습니다,", "습니다,\n", "습니다, ",
             "는데요\n", ".”", "a다."]
    cases += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 7))) for _ in range(30_000)]
    for s in cases:
        assert generic.ko_sentence(s) == (generic._KO_SENTENCE_RE.search(s) is not None), repr(s)


def test_glued_notice_mark_test_is_the_rfinds():
    from itertools import repeat

    from chainwire.extract import trailers

    assert trailers.COPYRIGHT_MARKS == ("ⓒ", "©", "(c)", "(C)")  # the ones _has_copyright_mark looks for
    rng = random.Random(302)
    pool = ["ⓒ", "©", "(", "c", "C", ")", "(c", "c)", "가", "a", " ", "x" * 30, "다." * 20]
    for _ in range(20_000):
        line = "".join(rng.choice(pool) for _ in range(rng.randint(0, 12)))
        start = max(0, len(line) - trailers.TRAILER_MAX)
        at = max(map(line.rfind, trailers.COPYRIGHT_MARKS, repeat(start, 4)))
        assert trailers._has_copyright_mark(line[-trailers.TRAILER_MAX:]) == (at >= 0), repr(line)


def test_a_line_without_a_photo_credit_word_has_no_photo_credit():
    from chainwire.extract import captions

    # every alternative of the credit words holds one of _PHOTO_CREDIT_WORDS
    words = list(re.findall(r"\(\?:((?:[가-힣]+\|)+[가-힣]+)\)", captions._PHOTO_CREDIT_RE.pattern)[0].split("|"))
    assert "사진제공" in words and all(any(h in w for h in captions._PHOTO_CREDIT_WORDS) for w in words)
    rng = random.Random(303)
    pool = ["사진", "사", "진", "자료", "그래픽", "이미지", "=", ":", " ", "[", "]", "(", ")", "/", "기관", "2024.5.3", "a@b.kr", "."]
    for _ in range(20_000):
        line = "".join(rng.choice(pool) for _ in range(rng.randint(0, 10)))
        assert captions.may_hold_photo_credit(line) or captions._PHOTO_CREDIT_RE.search(line) is None, repr(line)


def test_bylines_at_the_lines_holding_a_role_are_the_rules_matches(tmp_path):
    # outlet_for_page tries the two byline rules only at the lines holding a role word: the rules' matches
    assert all(any(w in alt for w in outlets._ROLE_WORDS) for alt in ("기자", "특파원", "선임기자"))
    assert "(?:기자|특파원|선임기자)" in outlets._BRAND_BYLINE_RE.pattern
    assert "(?:기자|특파원|선임기자)" in outlets._BRAND_EQ_BYLINE_RE.pattern
    generate_corpus(tmp_path, days=1, per_day=60, seed=34, start_date=date(2026, 11, 2), outlets="all")
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "raw").rglob("*.txt"))]
    rng = random.Random(304)
    pool = ["가상일보", " ", "\t", "\n", "홍길동", "기자", "특파원", "선임기자", "=", "서울", "(경기)", "KBS", " TV", ",", "·",
            "기", "자", "매체 홍길동 기자", "가상=김철수 특파원"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 16))) for _ in range(5000)]
    texts += ["", "\n", "기자", "\n기자\n", "가상일보 홍길동 기자\n가상일보=홍길동 기자", "가상 홍길동 기자 기자\n\n매체 김철수 특파원"]
    found = 0
    for text in texts:
        lined = "\n" + text
        breaks = outlets.line_breaks_holding(lined, outlets._ROLE_WORDS)
        assert breaks == sorted(i for i, c in enumerate(lined) if c == "\n"
                                and any(w in lined[i + 1:].split("\n", 1)[0] for w in outlets._ROLE_WORDS)), repr(text)
        for rule in (outlets._BRAND_BYLINE_AT_BREAK, outlets._BRAND_EQ_BYLINE_AT_BREAK):
            want = [(m.start(), m.end(), m.groups()) for m in rule.finditer(lined)]
            assert [(m.start(), m.end(), m.groups()) for m in outlets.matches_at_breaks(rule, lined, breaks)] == want
            found += len(want)
    assert found > 50


def test_story_bound_from_line_breaks_is_the_rules_bound(tmp_path):
    # _StoryBound searches the prose and end-line rules on "\n" + text: the same positions as the rules on text
    generate_corpus(tmp_path, days=1, per_day=60, seed=35, start_date=date(2026, 11, 2), outlets="all")
    texts = [p.read_text(encoding="utf-8") for p in sorted((tmp_path / "raw").rglob("*.txt"))]
    ends = sorted(outlets.COMMON_END_LINES)[:20]
    rng = random.Random(305)
    pool = ["가" * 31 + "다.", "x" * 61 + ".", "했다", " ", "\t", "\n", "\n\n", "요”", *ends, " " + ends[0] + " \t"]
    texts += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 10))) for _ in range(5000)]
    texts += ["", "\n", ends[0], "\n" + ends[0], "가" * 40 + "다.\n" + ends[0]]
    checked = 0
    for text in texts:
        prose = outlets._PROSE_LINE_RE.search(text)
        prose_end = prose.end() if prose is not None else len(text)
        end = outlets._END_LINE_RE.search(text, prose_end) if prose is not None else None
        bound = outlets._StoryBound(text)
        assert bound.prose_end == prose_end, repr(text[:200])
        assert bound.end_at() == (end.start() if end is not None else len(text)), repr(text[:200])
        checked += end is not None
    assert checked > 20


def test_full_stop_answers_as_the_rule_reads_the_line():
    # generic.full_stop stands in for this rule as written: a change of the rule must change the function too
    assert generic._FULL_STOP_RE.pattern == r"[.!?…][\"'”’)\]]*$"
    rng = random.Random(306)
    pool = [".", "!", "?", "…", "\"", "'", "”", "’", ")", "]", "[", "“", "다", "a", " ", "\n", "。"]
    cases = ["", "\n", ".", ".\n", ".\n\n", "a.”)", "a”", "…’ ", "?)\n"]
    cases += ["".join(rng.choice(pool) for _ in range(rng.randint(0, 6))) for _ in range(30_000)]
    for s in cases:
        assert generic.full_stop(s) == (generic._FULL_STOP_RE.search(s) is not None), repr(s)


def test_ko_prompt_is_searched_wherever_it_can_match():
    from chainwire.extract import trailers

    # every match ends on one of _KO_PROMPT_ENDS, at the line's end or before a last "\n"
    tails = re.findall(r"\(\?:하기\|하세요\|해\\s\?주세요\)\$$", trailers._KO_PROMPT_RE.pattern)
    assert tails and trailers._KO_PROMPT_ENDS == ("하기", "하세요", "주세요")
    rng = random.Random(307)
    pool = ["구독", "설치", "다운", "채널 추가", "응원", "하기", "하세요", "해", " ", "주세요", "\n", "매체", "앱", "기",
            "홍길동", "기자", "+"]
    for _ in range(20_000):
        line = "".join(rng.choice(pool) for _ in range(rng.randint(0, 6)))
        if len(line) <= trailers.PROMPT_MAX:
            want = ((trailers._KO_PROMPT_RE.search(line) is not None and trailers._BYLINE_BUTTON_RE.match(line) is None)
                    or trailers._FOLLOW_ON_RE.match(line) is not None
                    or trailers._SHARE_LABEL_RE.match(line) is not None
                    or ("?" in line and trailers._ASK_RE.match(line) is not None))
            assert trailers.reader_prompt(line) == want, repr(line)


def _every_match_holds(rule: re.Pattern, words: tuple[str, ...]) -> bool:
    """Every match of ``rule`` holds one of ``words``: an element of its top-level sequence (a run of literals, a class
    of literals, a group or an alternation of such, a repeat of at least one) whose every alternative holds a word."""
    import re._constants as c
    import re._parser as parser

    assert not rule.flags & re.I

    def alternatives(op, arg) -> list[str] | None:  # text one of which every match of the element holds
        if op is c.LITERAL:
            return [chr(arg)]
        if op is c.IN and all(o is c.LITERAL for o, _ in arg):
            return [chr(a) for _, a in arg]
        if op is c.SUBPATTERN and not arg[1] & re.I:
            return held(list(arg[3]))
        if op is c.BRANCH:
            alts = [held(list(b)) for b in arg[1]]
            return None if None in alts else [a for alt in alts for a in alt]
        if op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            return held(list(arg[2]))
        return None

    def held(seq: list) -> list[str] | None:
        runs, cur = [], ""
        for op, arg in seq + [(None, None)]:
            if op is c.LITERAL:
                cur += chr(arg)
                continue
            if cur:
                runs.append([cur])
                cur = ""
            if op is not None and (alts := alternatives(op, arg)) is not None:
                runs.append(alts)
        covered = [alts for alts in runs if all(any(w in a for w in words) for a in alts)]
        return covered[0] if covered else (runs[0] if runs else None)

    found = held(list(parser.parse(rule.pattern, rule.flags)))
    return found is not None and all(any(w in a for w in words) for a in found)


@pytest.mark.parametrize("rule, words", [
    ("trailers._CONTACT_ADDRESS_RE", ("@", "-")),
    ("generic._SUFFIX_RE", ("|", ":", "-", "–", "—", "•", "·", "/")),
    ("generic._BAR_PREFIX_RE", ("|", "ㅣ", "::")),
    ("generic._GLUED_EN_CREDITS_RE", ("eporting", "riting")),
    ("generic._GLUED_SIGNOFF_RE", ("기자", "특파원")),
    ("generic._EMAIL_TAIL_RE", ("@",)),
])
def test_a_rule_tried_only_on_a_line_holding_its_words_holds_one_in_every_match(rule, words):
    from chainwire.extract import trailers

    module, name = rule.split(".")
    pattern = getattr({"generic": generic, "trailers": trailers}[module], name)
    assert _every_match_holds(pattern, words)
    assert not _every_match_holds(pattern, ("\x00",))  # (the check can fail)


def test_suffix_and_bar_prefix_matches_are_the_rules_matches(tmp_path):
    generate_corpus(tmp_path, days=1, per_day=60, seed=35, start_date=date(2026, 11, 2), outlets="all")
    lines = {ln.strip() for p in sorted((tmp_path / "raw").rglob("*.txt")) for ln in p.read_text(encoding="utf-8").splitlines()}
    lines |= {"제목이 여기 있다 | 가상일보", "제목이 여기 있다 - 가상일보", "제목 :: 더", "가상일보 :: 제목이 여기", "가상일보ㅣ제목이 여기",
              "가상일보 | 제목이 여기", "제목이 여기 — Brand", "제목이 여기 – Brand", "제목: 부제", ""}
    hits = 0
    for line in lines:
        for fast, rule in ((generic.suffix_match, generic._SUFFIX_RE), (generic.bar_prefix_match, generic._BAR_PREFIX_RE)):
            want, got = rule.match(line), fast(line)
            assert (got and got.span(), got and got.groupdict()) == (want and want.span(), want and want.groupdict()), line
            hits += want is not None
    assert hits > 8


def test_agency_tail_is_searched_wherever_it_can_match():
    assert generic._AGENCY_TAIL_RE.pattern.endswith(generic._AGENCIES + "$")
    rng = random.Random(191)
    tails = [*generic.AGENCY_NAMES, "CAP", "AFPX", "Reuter", "dpa\n", "(AFP)", "AFP.", ""]
    heads = ["subsidiaries.", "said", "“quoted”", "end'", "x", ""]
    for _ in range(3000):
        text = (rng.choice(heads) + rng.choice(["", " ", "  ", "\t"]) + rng.choice(["", "-", "–", "—", "- "])
                + rng.choice(tails) + rng.choice(["", "", "\n", " "]))
        assert generic.without_agency_tail(text) == generic._AGENCY_TAIL_RE.sub("", text), repr(text)
    assert generic.without_agency_tail("subsidiaries. – AFP") == "subsidiaries."


def _first_chars(rule: re.Pattern, ops: list | None = None) -> set[str] | None:
    """The characters a ``match`` of ``rule`` can open with, read off its parse; None when not a closed set (a class of
    categories, any character, case-blind letters, a rule that can match the empty string); ``ops``: one branch of
    its parse instead of the whole rule."""
    import re._constants as c
    import re._parser as parser

    class Unknown(Exception):
        pass

    def element(op, arg) -> tuple[set[str], bool]:  # (first characters, can match empty)
        if op is c.LITERAL:
            return {chr(arg)}, False
        if op is c.IN:
            out = set()
            for o, a in arg:
                if o is c.LITERAL:
                    out.add(chr(a))
                elif o is c.CATEGORY and a is c.CATEGORY_SPACE:
                    out.add(r"\s")  # (a token: whatever str.isspace() is true of)
                elif o is c.RANGE and a[1] - a[0] < 256:
                    out.update(map(chr, range(a[0], a[1] + 1)))
                else:
                    raise Unknown(o)
            return out, False
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            return set(), True  # zero-width: it only restricts what follows
        if op is c.SUBPATTERN and not arg[1] & re.I:
            return sequence(list(arg[3]))
        if op is c.BRANCH:
            firsts = [sequence(list(b)) for b in arg[1]]
            return set().union(*(f for f, _ in firsts)), any(e for _, e in firsts)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            first, empty = sequence(list(arg[2]))
            return first, empty or arg[0] == 0
        raise Unknown(op)

    def sequence(items: list) -> tuple[set[str], bool]:
        out: set[str] = set()
        for op, arg in items:
            first, empty = element(op, arg)
            out |= first
            if not empty:
                return out, False
        return out, True

    if rule.flags & re.I:
        return None
    try:
        first, empty = sequence(list(ops) if ops is not None else list(parser.parse(rule.pattern, rule.flags)))
    except Unknown:
        return None
    return None if empty else first


def test_first_chars_reads_the_rules_parse():
    assert _first_chars(re.compile(r"^(?:ab|c+d|[e-g]x?|(?=z)h)")) == set("acefgh")
    assert _first_chars(re.compile(r"^a?b")) == {"a", "b"}
    for unknown in (r"^\S+", r"^.a", r"^a?", r"(?i)^a", r"^[^a]", r"^\d"):
        assert _first_chars(re.compile(unknown)) is None, unknown


@pytest.mark.parametrize("module, rule, first", [
    ("trailers", "_TAGS_HEAD_RE", "_TAGS_HEAD_FIRST"),
    ("trailers", "_FEEDBACK_RE", "_FEEDBACK_FIRST"),
    ("trailers", "_FIRST_RAN_RE", "_FIRST_RAN_FIRST"),
    ("trailers", "_KO_NOTICE_RE", "_KO_NOTICE_FIRST"),
    ("trailers", "_POINTER_RE", "_POINTER_FIRST"),
    ("trailers", "_FOLLOW_ON_RE", "F"),  # (the gates written at the call: reader_prompt, _Page._is_chrome)
    ("generic", "_HASHTAGS_RE", "#"),
    ("generic", "_AGENCY_LINE_RE", "–—-"),
])
def test_a_line_rule_is_tried_only_on_a_line_opening_as_its_matches_open(module, rule, first):
    from chainwire.extract import trailers

    mod = {"generic": generic, "trailers": trailers}[module]
    chars = getattr(mod, first) if first.startswith("_") else first
    assert _first_chars(getattr(mod, rule)) == set(chars)
    assert len(chars) == len(set(chars))


def test_the_copyright_line_rule_matches_only_lines_opening_as_its_anchored_branch():
    import re._constants as c

    rule = generic._HAS_COPYRIGHT
    anchored = [b for b in _branches(rule.rule.pattern) if b and b[0] == (c.AT, c.AT_BEGINNING)]
    assert len(anchored) == 1
    assert _first_chars(rule.rule, anchored[0]) == set(rule.first) | {r"\s"} and rule.space
    for line in ["  Copyright 2024", "\u3000ⓒ 매체", "(c) 매체", "<저작권자 ⓒ", "【ⓒ 매체】", "무단 전재 금지", "AI 학습 금지", "x ⓒ"]:
        assert rule(line) == (rule.rule.search(line) is not None), line


def test_promo_rule_is_tried_only_on_a_line_that_could_match():
    inner = generic._PROMO_RE.pattern
    assert inner.startswith("^(?:") and inner.endswith(")")
    branches = inner[4:-1].split("|")
    assert len(branches) == 6
    for b in branches:
        rule = re.compile("^" + b)
        first = _first_chars(rule)
        if first is not None:
            assert first <= set(generic._PROMO_FIRST), b
        elif generic._PROMO_WORDS in b:
            assert _every_match_holds(rule, (generic._PROMO_WORDS,)), b
        else:
            assert b == r"\d{1,3}$"  # at most three digits, and a last "\n": n <= 4
    rng = random.Random(41)
    pool = ["(예시)", "▶", " ", "[", "]", "홍길동", "!", "기사문의 및 제보", "12", "3", "\n", "가", "매체"]
    for _ in range(20_000):
        s = "".join(rng.choice(pool) for _ in range(rng.randint(1, 5)))
        gated = (s[0] in generic._PROMO_FIRST or len(s) <= 4 or generic._PROMO_WORDS in s) and generic._PROMO_RE.match(s)
        assert bool(gated) == bool(generic._PROMO_RE.match(s)), repr(s)


def test_names_are_split_only_where_a_separator_is():
    from chainwire.extract import bylines

    assert _every_match_holds(bylines._NAME_SPLIT_RE, (*bylines._NAME_SEPARATORS, "및", "and"))
    rng = random.Random(43)
    pool = [*bylines._NAME_SEPARATORS, "및", "and", " ", "홍길동", "기자", "a", "nd", "\t"]
    for _ in range(20_000):
        who = "".join(rng.choice(pool) for _ in range(rng.randint(0, 6)))
        assert bylines.split_names(who) == bylines._NAME_SPLIT_RE.split(who), repr(who)


def test_task_split_is_tried_only_before_a_task_word():
    from chainwire.extract import bylines

    assert "\\s+(?=(?:사진|영상|촬영)" in bylines._TASK_SPLIT_RE.pattern  # every match is followed by one
    for who in ["글 홍길동 기자 사진 김철수 기자", "홍길동 기자 영상=김철수", "홍길동 특파원 촬영 김철수", "홍길동 기자 김철수 기자"]:
        want = bylines._TASK_SPLIT_RE.sub(" / ", who)
        assert (bylines._TASK_SPLIT_RE.sub(" / ", who) if any(w in who for w in ("사진", "영상", "촬영")) else who) == want


def test_english_timestamps_are_searched_only_where_a_month_can_be(monkeypatch):
    from chainwire.extract import dates, outlets

    heads = {h.lower() for h in re.findall(r"(?:\(\?:|\|)([A-Z][a-z]{2})", dates._MON)}
    assert heads == set(dates.MONTH_HEADS) and dates._MON.count("|") == 11
    assert dates._EN_TIMESTAMP_RE.pattern.count(dates._MON) == 3  # the three date forms, each with its month
    assert dates.CASE_UNSAFE_CHARS == outlets.CASE_UNSAFE_CHARS
    rng = random.Random(47)
    pool = ["March", "MAR", "mar", "ſep", "Sep", "5", "2024", ",", " ", "10:30", "KST", "오전", "Dec.", "x", "Jun"]
    texts = ["".join(rng.choice(pool) for _ in range(rng.randint(1, 7))) for _ in range(5000)]
    got = [dates.find_timestamp_en(t) for t in texts]
    monkeypatch.setattr(dates, "_MONTH_HEAD_RE", re.compile(""))  # every text searched
    assert got == [dates.find_timestamp_en(t) for t in texts]
    assert sum(g is not None for g in got) > 20
