"""Main-text extraction for HTML pages: one trafilatura run + line-level cleanup.

Every rule here was kept because it wins on the *held-out* half of the public
article-extraction benchmark (``bench/bench_extraction_html.py --ablate``; the split
and the ablation table are in ``docs/html-extraction.md``); rules that did not were removed.

1. One trafilatura run in ``favor_precision`` mode, comments excluded (the setting
   that scores best for bare trafilatura on the tuning half), links kept so that
   each output line knows its share of anchor text (``render_lines``). When it
   The page URL is not passed: trafilatura only uses it to absolutize link
   targets, which are dropped here.
2. Line cleanup (``clean_lines``): lines without a word, teaser labels ("Read
   more:", "관련기사"), share/print/tag widgets, copyright and reuse notices, and
   runs of three or more link-only lines in the second half of the body.
3. Sibling containers: when the body came from one container and the page has
   more containers with the same tag and class under the same grandparent,
   holding prose, they are added in page order (``complete_from_siblings``).

Switches in ``RULES`` turn each kept rule off for measurement.
Only general, page-independent rules live here: nothing is keyed on a site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Sentinels that mark anchor text inside a rendered line.
_LS, _LE = "\u27e6", "\u27e7"  # ⟦ ⟧: printable, so xmltotxt keeps them
_WORD_RE = re.compile(r"\w+")
_LINK_SPAN_RE = re.compile(f"{_LS}([^{_LE}]*){_LE}")

# Page furniture, by kind (each kind can be switched off and
# measured: bench --ablate). Matched against short lines only, so a paragraph
# that merely mentions a tag or an advertisement survives. "^" patterns match at the line start.
_BOILERPLATE_PATTERNS: dict[str, str] = {
    # "Read more: …", "Related:", "Don't miss", "관련기사"
    "teaser_labels": r"""^\W*(?:
        (?:read|see|view|show|load)\s+more\b
      | (?:related|recommended|more\s+from|more\s+on|also\s+read|read\s+also|don'?t\s+miss|must\s+read|trending|popular|latest)
        (?:\s+(?:stories|articles|posts|news|content|reading|coverage|links?))?\s*(?::|$)
      | (?:관련\s*기사|많이\s*본\s*뉴스|인기\s*기사|추천\s*기사)\s*$
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


def render_lines(body) -> list[Line]:
    """trafilatura's body element → text lines, each with its anchor-text share."""
    from trafilatura.xml import xmltotxt

    if body is None:
        return []
    el = body  # trafilatura's own output tree: ours to rewrite
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


# Switches, so each kept rule can be measured on its own (bench --ablate).
RULES = {
    "teaser_labels": True,  # _BOILERPLATE_PATTERNS kinds
    "widgets": True,
    "legal": True,
    "link_runs": True,  # drop runs of link-only lines in the second half
    "siblings": True,  # complete_from_siblings
    "clean": True,  # clean_lines at all
}
LINK_LINE_RATIO = 0.8
LINK_LINE_MAX_WORDS = 20


def is_boilerplate(line: Line) -> bool:
    """A line that is page furniture, not article text (short lines only for the pattern kinds)."""
    if line.words == 0:
        return True
    t = line.text
    if line.words <= _BOILERPLATE_MAX_WORDS:
        return any(RULES[kind] and rx.search(t) for kind, rx in _BOILERPLATE_RES.items())
    return False


def clean_lines(lines: list[Line]) -> list[Line]:
    """Drop link runs and boilerplate lines."""
    if not RULES["clean"]:
        return [ln for ln in lines if ln.words]
    return [ln for ln in drop_link_runs(lines) if not is_boilerplate(ln)]


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
    return [ln for ln, k in zip(lines, keep, strict=True) if k]


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


def _key(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower()))


def _link_density(el) -> float:
    total = len(" ".join(el.itertext()).split())
    if not total:
        return 1.0
    linked = sum(len(" ".join(a.itertext()).split()) for a in el.iter("a"))
    return linked / total


def _precedes(a, b) -> bool:
    """``a`` comes before ``b`` in document order (neither contains the other)."""
    path_a = [a, *a.iterancestors()][::-1]
    path_b = [b, *b.iterancestors()][::-1]
    i = 0
    while i < min(len(path_a), len(path_b)) and path_a[i] is path_b[i]:
        i += 1
    if i == 0 or i >= len(path_a) or i >= len(path_b):
        return False
    parent = path_a[i - 1]
    return parent.index(path_a[i]) < parent.index(path_b[i])


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
        (before if _precedes(other, main) else after).extend(new)
    if not before and not after:
        return lines
    matched_ids = {id(ln) for ln in matched}
    first = next(i for i, ln in enumerate(lines) if id(ln) in matched_ids)
    last = max(i for i, ln in enumerate(lines) if id(ln) in matched_ids)
    return lines[:first] + before + lines[first : last + 1] + after + lines[last + 1 :]


def trafilatura_lines(tree, url: str | None = None, **options) -> list[Line]:
    """One trafilatura run on a parsed tree (trafilatura copies it) → raw lines; ``url`` is unused."""
    from trafilatura import bare_extraction

    doc = bare_extraction(
        tree, url=None, include_comments=False, include_links=True, with_metadata=False, **options
    )
    body = getattr(doc, "body", None)  # a Document (with_metadata=False never returns the dict form)
    if body is None:
        return []
    return render_lines(body)


def extract_body_lines(tree, url: str | None = None) -> tuple[list[Line], str]:
    """Body lines for a parsed page → ``(lines, how)``; ``how`` names the candidate (or ``none``).

    ``url`` is accepted for callers and ignored (see the module docstring)."""
    lines = clean_lines(trafilatura_lines(tree, favor_precision=True))
    if lines:
        return complete_from_siblings(tree, lines), "trafilatura:precision"
    return [], "none"
