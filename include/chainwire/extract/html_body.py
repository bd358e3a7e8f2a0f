"""Main-text extraction for HTML pages: trafilatura candidates + line-level cleanup.

Pipeline (every step measured on the public article-extraction benchmark with
``bench/bench_extraction_html.py --ablate``; cumulative F1 in brackets, from
0.9605 for trafilatura's balanced mode rendered the same way):

1. Two trafilatura runs on the parsed tree, ``favor_precision`` and the default
   balanced mode, with links kept so that each output line knows its share of
   anchor text (``render_lines``).
2. The precision candidate wins unless it holds less than half of the balanced
   one's distinct text, or the balanced one adds at least two whole prose
   paragraphs worth 40 % of it (``_prefer_balanced``) [0.9681, +extra prose 0.9750].
3. Line cleanup (``clean_lines``): lines without a word, bare timestamps,
   teaser labels ("Read more:", "관련기사"), calls to action, share/print/tag
   widgets, copyright notices, and runs of three or more link-only lines in
   the second half of the body (teaser lists, tag clouds) [0.9733].
4. Sibling containers: when the body came from one container and the page
   has more containers with the same tag and class under the same grandparent,
   holding prose, they are added in page order (``complete_from_siblings``) [0.9783].
5. If both runs are empty: recall mode.

Switches in ``RULES`` turn each rule off for measurement. Rules that measured
worse stay off: dropping bare-URL lines (-0.0016), dropping every link-only
line (-0.0014), dropping repeated long lines (-0.0009).

Only general, page-independent rules live here: nothing is keyed on a site.
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

# Calls to action and page furniture, by kind (each kind can be switched off and
# measured: bench --ablate). Matched against short lines only, so a paragraph
# that merely mentions a newsletter survives. "^" patterns match at the line start.
_BOILERPLATE_PATTERNS: dict[str, str] = {
    # "Read more: …", "Related:", "Don't miss", "관련기사"
    "teaser_labels": r"""^\W*(?:
        (?:read|see|view|show|load)\s+more\b
      | (?:related|recommended|more\s+from|more\s+on|also\s+read|read\s+also|don'?t\s+miss|must\s+read|trending|popular|latest)
        (?:\s+(?:stories|articles|posts|news|content|reading|coverage|links?))?\s*(?::|$)
      | (?:관련\s*기사|많이\s*본\s*뉴스|인기\s*기사|추천\s*기사)\s*$
    )""",
    # newsletters, social follows, share/print/comment widgets, ads
    "calls_to_action": r"""^\W*(?:
        (?:sign\s+up|subscribe|join)\b.{0,80}\b(?:newsletter|updates|inbox|free|today|now)\b
      | (?:follow|like)\s+(?:us|him|her|them|\S+)\s+on\s+(?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b
      | like\s+this\s+(?:story|article)\b
      | tell\s+us\s+what\s+you\s+think\b
      | click\s+here\b
      | (?:leave|post|add)\s+a\s+(?:comment|reply)\b
      | (?:구독하기|좋아요|공유하기)\s*$
    )""",
    "widgets": r"""^\W*(?:
        (?:advertisement|advertising|sponsored(?:\s+content)?|ad)\s*$
      | (?:tags?|topics?|categories|filed\s+under|share(?:\s+this)?(?:\s+(?:article|story|post|page))?)\s*(?::|$)
      | (?:print|email|e-mail|share|order\s+reprints?|print\s+article|save\s+article)\s*$
      | \d*\s*comments?\s*$
      | an\s+error\s+(?:has\s+)?occurred\b
    )""",
    # copyright and reuse notices
    "legal": r"""(?:
        ^\W*(?:copyright|©|\(c\))\s
      | all\s+rights\s+reserved
      | this\s+(?:copy|article)\s+is\s+for\s+your\s+personal,?\s+non-commercial\s+use
      | 저작권자|무단\s*전재|재배포\s*금지|ⓒ
    )""",
}
_BOILERPLATE_RES = {k: re.compile(v, re.I | re.X) for k, v in _BOILERPLATE_PATTERNS.items()}
_BOILERPLATE_MAX_WORDS = 40


@dataclass
class Line:
    text: str  # plain text, link sentinels removed
    link_ratio: float  # share of the line's word characters that are anchor text
    words: int


_NEWLINE_WS_RE = re.compile(r"[ \t\r\f\v]*\n\s*")
_INLINE_PARENTS = {"p", "item", "cell", "head", "quote", "hi", "ref", "del", "code", "label"}
_CONTINUES_RE = re.compile(r"^\s*(?:[a-z0-9,.;:!?)\]}'’\"”%-]|$)")


def _reattach_block_refs(body) -> None:
    """With links kept, trafilatura can leave a link between two paragraphs
    (``<p>… Apple will</p><ref>transition …</ref><p>, including …</p>``) where
    the link-free run has one paragraph. Put the link back into the paragraph
    before it and re-join a following paragraph that continues the sentence."""
    for ref in list(body.iter("ref")):
        parent = ref.getparent()
        if parent is None or parent.tag in _INLINE_PARENTS:
            continue
        prev = ref.getprevious()
        if prev is None or prev.tag != "p" or (prev.tail or "").strip():
            continue
        prev.append(ref)
        nxt = prev.getnext()
        if nxt is None or nxt.tag != "p" or (ref.tail or "").strip() or not _CONTINUES_RE.match(nxt.text or ""):
            continue
        ref.tail = (ref.tail or "") + (nxt.text or "")
        for child in list(nxt):
            prev.append(child)
        prev.tail = nxt.tail
        nxt.getparent().remove(nxt)


def render_lines(body) -> list[Line]:
    """trafilatura's body element → text lines, each with its anchor-text share."""
    from trafilatura.xml import xmltotxt

    if body is None:
        return []
    el = deepcopy(body)
    _reattach_block_refs(el)
    for node in el.iter():
        if node.tag == "code" or not RULES["join_ws"]:
            continue
        # source indentation around inline links is not a line break
        if node.text and "\n" in node.text:
            node.text = _NEWLINE_WS_RE.sub(" ", node.text)
        if node.tail and "\n" in node.tail:
            node.tail = _NEWLINE_WS_RE.sub(" ", node.tail)
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


# Switches, so each rule can be measured on its own (bench --ablate).
RULES = {
    "url_lines": False,  # drop lines that are a bare URL (off: some articles list URLs as content)
    "timestamp_lines": True,  # drop lines that are a bare ISO timestamp
    "teaser_labels": True,  # _BOILERPLATE_PATTERNS kinds
    "calls_to_action": True,
    "widgets": True,
    "legal": True,
    "dedupe": False,  # drop a repeated long line (off: measured worse)
    "link_lines": False,  # drop every short link-only line (off: measured worse)
    "link_runs": True,  # drop runs of link-only lines in the second half
    "siblings": True,  # complete_from_siblings
    "extra_prose": True,  # prefer balanced mode when it adds prose paragraphs
    "join_ws": True,  # source newlines inside a paragraph are spaces
}
LINK_LINE_RATIO = 0.8
LINK_LINE_MAX_WORDS = 20
DEDUPE_MIN_WORDS = 20  # short repeats ("Meal 1", "Step 2") are legitimate structure


def is_boilerplate(line: Line) -> bool:
    """A line that is page furniture, not article text (short lines only for the pattern kinds)."""
    if line.words == 0:
        return True
    t = line.text
    if RULES["url_lines"] and _URL_LINE_RE.match(t):
        return True
    if RULES["timestamp_lines"] and _TIMESTAMP_LINE_RE.match(t):
        return True
    if RULES["link_lines"] and _is_link_line(line):
        return True
    if line.words <= _BOILERPLATE_MAX_WORDS:
        return any(RULES[kind] and rx.search(t) for kind, rx in _BOILERPLATE_RES.items())
    return False


def clean_lines(lines: list[Line]) -> list[Line]:
    """Drop link runs, boilerplate lines and (when switched on) repeated long lines."""
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


# Sibling-container completion (readability's "same class as the top candidate"
# idea): some templates split one article over several identical containers and
# trafilatura keeps only the first. Other containers with the main one's tag and
# class join the body when they hold real prose.
SIBLING_MIN_WORDS = 30
SIBLING_MAX_LINK_DENSITY = 0.25
SIBLING_SCOPE_LEVELS = 2  # the other container lives under the main one's grandparent
SIBLING_MIN_SHARE = 0.5  # the main container holds at least this share of the body lines
_COMMENTISH_RE = re.compile(r"comment|respond|reply|discuss|disqus|related|recommend|promo|newsletter|sidebar|footer", re.I)
_BLOCK_TAGS = ("p", "h2", "h3", "h4")


def word_grams(text: str) -> set[tuple[str, ...]]:
    """Distinct lower-cased word 4-grams (the benchmark's shingles, as a set)."""
    words = _WORD_RE.findall(text.lower())
    return {tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))}


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower()))


def _link_density(el) -> float:
    total = len(" ".join(el.itertext()).split())
    if not total:
        return 1.0
    linked = sum(len(" ".join(a.itertext()).split()) for a in el.iter("a"))
    return linked / total


def complete_from_siblings(tree, lines: list[Line]) -> list[Line]:
    """Add the prose of containers that repeat the main container's tag and class (see above)."""
    if not RULES["siblings"] or len(lines) < 2 or tree is None:
        return lines
    blocks = {}
    for el in tree.iter(*_BLOCK_TAGS):
        k = _key(el.text_content())
        if k and k not in blocks:
            blocks[k] = el
    parents: dict = {}
    for ln in lines:
        el = blocks.get(_key(ln.text))
        if el is not None and el.getparent() is not None:
            parents.setdefault(el.getparent(), []).append(ln)
    if not parents:
        return lines
    main, matched = max(parents.items(), key=lambda kv: len(kv[1]))
    cls = (main.get("class") or "").strip()
    if len(matched) < 2 or not cls or len(matched) < SIBLING_MIN_SHARE * len(lines):
        return lines
    scope = main
    for _ in range(SIBLING_SCOPE_LEVELS):
        if scope.getparent() is None:
            break
        scope = scope.getparent()
    main_ancestors = set(main.iterancestors())
    order = {el: i for i, el in enumerate(tree.iter())}
    have = {_key(ln.text) for ln in lines}
    before: list[Line] = []
    after: list[Line] = []
    for other in scope.iter(main.tag):
        if other is main or (other.get("class") or "").strip() != cls or other in main_ancestors:
            continue
        if any(a is main for a in other.iterancestors()):
            continue
        if any(
            _COMMENTISH_RE.search(f"{a.get('class') or ''} {a.get('id') or ''}")
            for a in [other, *other.iterancestors()]
            if a is not scope and a not in main_ancestors
        ):
            continue
        new = []
        for el in other.iter(*_BLOCK_TAGS):
            text = " ".join(el.text_content().split())
            k = _key(text)
            if k and k not in have:
                line = Line(text, _link_density(el), len(k.split()))
                if not is_boilerplate(line):
                    new.append(line)
        if sum(ln.words for ln in new) < SIBLING_MIN_WORDS or _link_density(other) > SIBLING_MAX_LINK_DENSITY:
            continue
        have.update(_key(ln.text) for ln in new)
        (before if order.get(other, 0) < order.get(main, 0) else after).extend(new)
    if not before and not after:
        return lines
    matched_ids = {id(ln) for ln in matched}
    first = next(i for i, ln in enumerate(lines) if id(ln) in matched_ids)
    last = max(i for i, ln in enumerate(lines) if id(ln) in matched_ids)
    return lines[:first] + before + lines[first : last + 1] + after + lines[last + 1 :]


def _content_size(lines: list[Line]) -> int:
    """Distinct word 4-grams: text repeated by the page template does not count twice."""
    return len(word_grams(" ".join(ln.text for ln in lines)))


def trafilatura_lines(tree, url: str | None = None, **options) -> list[Line]:
    """One trafilatura run on a parsed tree (trafilatura copies it) → raw lines."""
    from trafilatura import bare_extraction

    doc = bare_extraction(
        tree, url=url, include_comments=False, include_links=True, with_metadata=False, **options
    )
    if doc is None or getattr(doc, "body", None) is None:
        return []
    return render_lines(doc.body)


# Precision mode loses to balanced mode when it kept less than this share of
# the balanced text's distinct 4-grams (0.3..0.6 measure the same).
PRECISION_MIN_SHARE = 0.5


# ... or when balanced mode kept at least two prose paragraphs (15+ words, few
# links) that precision mode dropped, their new 4-grams adding up to 40 % of
# the precision text (1..6 lines and 0.3..0.6 measure the same; 0.2 is worse).
PROSE_MIN_WORDS = 15
PROSE_MAX_LINK_RATIO = 0.3
EXTRA_PROSE_MIN_LINES = 2
EXTRA_PROSE_MIN_SHARE = 0.4


def _prefer_balanced(precise: list[Line], balanced: list[Line]) -> bool:
    if not precise:
        return bool(balanced)
    if _content_size(precise) < PRECISION_MIN_SHARE * _content_size(balanced):
        return True
    if not RULES["extra_prose"]:
        return False
    seen = word_grams(" ".join(ln.text for ln in precise))
    novel, lines = 0, 0
    for ln in balanced:
        # prose: whitespace-separated words (not a URL's \w runs) and few links
        if len(ln.text.split()) < PROSE_MIN_WORDS or ln.link_ratio >= PROSE_MAX_LINK_RATIO:
            continue
        new = len(word_grams(ln.text) - seen)
        if new:
            novel += new
            lines += 1
    return lines >= EXTRA_PROSE_MIN_LINES and novel >= EXTRA_PROSE_MIN_SHARE * len(seen)


def extract_body_lines(tree, url: str | None = None) -> tuple[list[Line], str]:
    """Best body lines for a parsed page → ``(lines, how)``; ``how`` names the winning candidate."""
    precise = clean_lines(trafilatura_lines(tree, url, favor_precision=True))
    balanced = clean_lines(trafilatura_lines(tree, url))
    if precise and not _prefer_balanced(precise, balanced):
        return complete_from_siblings(tree, precise), "trafilatura:precision"
    if balanced:
        return complete_from_siblings(tree, balanced), "trafilatura:balanced"
    recall = clean_lines(trafilatura_lines(tree, url, favor_recall=True))
    if recall:
        return complete_from_siblings(tree, recall), "trafilatura:recall"
    return [], "none"
