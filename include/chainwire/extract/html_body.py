"""Main-text extraction for HTML pages: trafilatura candidates + line-level cleanup.

Pipeline (each step measured on the article-extraction benchmark, see
``bench/bench_extraction_html.py``):

1. Two trafilatura runs on one parsed tree: ``favor_precision`` and the
   default (balanced) mode, both with links kept so that every output line
   knows how much of it is anchor text.
2. Each candidate is cleaned line by line (lines without a word, bare URLs,
   bare timestamps, boilerplate calls to action, link-list teasers, repeated
   lines) and the precision candidate wins unless it kept much less text than
   the balanced one, the sign that precision mode threw the article away.
3. If both are empty: recall mode, then the JSON-LD ``articleBody``.

Only general, page-independent rules live here: nothing keyed on a site.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import dataclass

# Sentinels that mark anchor text inside a rendered line.
_LS, _LE = "\u27e6", "\u27e7"  # ⟦ ⟧: printable, so xmltotxt keeps them
_WORD_RE = re.compile(r"\w+")
_LINK_SPAN_RE = re.compile(f"{_LS}([^{_LE}]*){_LE}")

# Lines that are only a URL, an e-mail, a timestamp or a separator.
_URL_LINE_RE = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
_TIMESTAMP_LINE_RE = re.compile(
    r"^\s*\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$"
)

# Calls to action and page furniture. Matched against short lines only, so a
# paragraph that merely mentions a newsletter survives.
_BOILERPLATE_RE = re.compile(
    r"""
    ^\W*(?:
        (?:read|see|view|show|load|click\s+(?:here\s+)?(?:for|to\s+read))\s+more\b
      | (?:related|recommended|more\s+from|more\s+on|also\s+on\s+\S+|also\s+read|read\s+also|don'?t\s+miss|must\s+read|trending|popular|latest)
        (?:\s+(?:stories|articles|posts|news|content|reading|coverage|links?))?\s*(?::|$)
      | (?:advertisement|advertising|sponsored(?:\s+content)?|ad)\s*$
      | (?:tags?|topics?|categories|filed\s+under|share(?:\s+this)?(?:\s+(?:article|story|post|page))?)\s*(?::|$)
      | (?:sign\s+up|subscribe|join)\b.{0,80}\b(?:newsletter|updates|inbox|free|today|now)\b
      | (?:follow|like)\s+(?:us|him|her|them|\S+)\s+on\s+(?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b
      | like\s+this\s+(?:story|article)\b
      | tell\s+us\s+what\s+you\s+think\b
      | (?:print|email|e-mail|share|order\s+reprints?|print\s+article|save\s+article)\s*$
      | \d*\s*comments?\s*$
      | (?:leave|post|add)\s+a\s+(?:comment|reply)\b
      | (?:copyright|©|\(c\))\s
      | all\s+rights\s+reserved
      | this\s+(?:copy|article)\s+is\s+for\s+your\s+personal,?\s+non-commercial\s+use
      | an\s+error\s+(?:has\s+)?occurred\b
      | (?:저작권자|무단\s*전재|ⓒ|©)
      | (?:관련\s*기사|많이\s*본\s*뉴스|인기\s*기사|추천\s*기사|구독하기|좋아요|공유하기)\s*$
    )
    """,
    re.I | re.X,
)
# Also furniture anywhere in a short line.
_BOILERPLATE_ANY_RE = re.compile(
    r"all\s+rights\s+reserved|무단\s*전재|재배포\s*금지|\[(?:insight|video|reaction|pics|poll|watch|news|warning|photos?)\]\s*\|?\s*$",
    re.I,
)
_BOILERPLATE_MAX_WORDS = 40


@dataclass
class Line:
    text: str  # plain text, link sentinels removed
    link_ratio: float  # share of the line's word characters that are anchor text
    words: int


def render_lines(body) -> list[Line]:
    """trafilatura's body element → text lines, each with its anchor-text share."""
    from trafilatura.xml import xmltotxt

    if body is None:
        return []
    el = deepcopy(body)
    for ref in el.iter("ref"):
        ref.text = _LS + (ref.text or "")
        if len(ref):
            last = ref[-1]
            last.tail = (last.tail or "") + _LE
        else:
            ref.text += _LE
        ref.tag = "hi"  # rendered inline, without markdown link syntax
        ref.attrib.clear()
    text = xmltotxt(el, False) or ""
    lines = []
    for raw in text.split("\n"):
        linked = sum(len(m) for span in _LINK_SPAN_RE.findall(raw) for m in _WORD_RE.findall(span))
        plain = raw.replace(_LS, "").replace(_LE, "").strip()
        if not plain:
            continue
        chars = sum(len(m) for m in _WORD_RE.findall(plain))
        lines.append(Line(plain, linked / chars if chars else 0.0, len(_WORD_RE.findall(plain))))
    return lines


# Switches, so each cleanup rule can be measured on its own (bench --ablate).
RULES = {"url_lines": True, "timestamp_lines": True, "boilerplate": True, "dedupe": True, "link_lines": False, "link_runs": True}
LINK_LINE_RATIO = 0.9
LINK_LINE_MAX_WORDS = 20
DEDUPE_MIN_WORDS = 3


def is_boilerplate(line: Line) -> bool:
    if line.words == 0:
        return True
    t = line.text
    if RULES["url_lines"] and _URL_LINE_RE.match(t):
        return True
    if RULES["timestamp_lines"] and _TIMESTAMP_LINE_RE.match(t):
        return True
    if RULES["link_lines"] and _is_link_line(line):
        return True
    if (
        RULES["boilerplate"]
        and line.words <= _BOILERPLATE_MAX_WORDS
        and (_BOILERPLATE_RE.match(t) or _BOILERPLATE_ANY_RE.search(t))
    ):
        return True
    return False


def clean_lines(lines: list[Line]) -> list[Line]:
    lines = drop_link_runs(lines)
    out: list[Line] = []
    seen: set[str] = set()
    for ln in lines:
        if is_boilerplate(ln):
            continue
        key = " ".join(_WORD_RE.findall(ln.text.lower()))
        if RULES["dedupe"] and ln.words >= DEDUPE_MIN_WORDS and key in seen:
            continue  # the same line twice: a repeated teaser or caption
        seen.add(key)
        out.append(ln)
    return out


LINK_RUN_MIN = 3
LINK_RUN_TAIL_FROM = 0.5


def _is_link_line(line: Line) -> bool:
    return line.link_ratio >= LINK_LINE_RATIO and line.words <= LINK_LINE_MAX_WORDS


def drop_link_runs(lines: list[Line]) -> list[Line]:
    """Drop runs of consecutive link-only lines in the second half of the body: teaser lists, tag clouds."""
    if not RULES["link_runs"]:
        return lines
    n = len(lines)
    keep = [True] * n
    i = 0
    while i < n:
        if not _is_link_line(lines[i]):
            i += 1
            continue
        j = i
        while j < n and _is_link_line(lines[j]):
            j += 1
        if j - i >= LINK_RUN_MIN and i >= LINK_RUN_TAIL_FROM * n:
            for k in range(i, j):
                keep[k] = False
        i = j
    return [ln for ln, k in zip(lines, keep) if k]


def _chars(lines: list[Line]) -> int:
    return sum(len(ln.text) for ln in lines)


def trafilatura_lines(tree, url: str | None = None, **options) -> list[Line]:
    from trafilatura import bare_extraction

    doc = bare_extraction(
        tree, url=url, include_comments=False, include_links=True, with_metadata=False, **options
    )
    if doc is None or getattr(doc, "body", None) is None:
        return []
    return render_lines(doc.body)


# Precision mode loses to balanced mode when it kept less than this share of
# the balanced text (measured: 0.3..0.6 are equivalent on the benchmark).
PRECISION_MIN_SHARE = 0.5


def extract_body_lines(tree, url: str | None = None) -> tuple[list[Line], str]:
    """Best body lines for a parsed page → ``(lines, how)``; ``how`` names the winning candidate."""
    precise = clean_lines(trafilatura_lines(tree, url, favor_precision=True))
    balanced = clean_lines(trafilatura_lines(tree, url))
    if precise and _chars(precise) >= PRECISION_MIN_SHARE * _chars(balanced):
        return precise, "trafilatura:precision"
    if balanced:
        return balanced, "trafilatura:balanced"
    recall = clean_lines(trafilatura_lines(tree, url, favor_recall=True))
    if recall:
        return recall, "trafilatura:recall"
    return [], "none"
