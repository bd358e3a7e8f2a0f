"""Features of a page head's lines for a small title / deck / other classifier (issue #12).

Not wired into the parser: in leave-outlets-out cross-validation on the development pages the model
did not beat the rules (``train_line_model.py``, docs/real-pages.md). Kept with its training
script so the measurement can be rerun and extended.

The generic parser (``include/chainwire/extract/generic.py``) cuts a page's head into a list of content lines, with markers
where a stamp or byline was found and barriers where chrome was; its rules then pick the title
and deck lines. This module describes each head line by a few numbers (position, distance to the
first stamp/byline marker, length, Hangul / Latin / digit ratios, punctuation and brackets,
sentence endings, repeats, the rules' own predicates and choice, and the same for its
neighbours) and scores them with a multinomial logistic regression whose weights live in
``line_model.json`` beside this file (trained by ``train_line_model.py`` on development pages and
generated pages; the file carries its training figures).

Plain Python (no numpy), as an inference hook in the parser would need: a head has a few dozen lines.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODEL_PATH = Path(__file__).resolve().with_name("line_model.json")
CLASSES = ("other", "title", "deck")

_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_DIGIT_RE = re.compile(r"[0-9]")
_KO_END_RE = re.compile(r"[다요음함임까죠][.!?]?[\"”’']?$")
_BULLET_RE = re.compile(r"^[-–—▲△■□◆◇·•]\s")
_OPEN_BRACKETS = "[(<【〈《「『"
_QUOTES = "\"“”'‘’"


@dataclass(frozen=True)
class HeadLine:
    """One content line of a page head, as the parser saw it."""

    text: str
    pos: int  # index in the head's content list (markers and barriers included)
    title_like: bool
    deck_like: bool
    rule_title: bool  # the rules chose this line (or a decorated copy of their title) as the headline
    rule_deck: bool  # the rules kept this line as a deck line
    status: int = 0  # 0 a head content line, 1 chrome (a barrier), 2 a stamp/byline, 3 set aside in the head, 4 below the head


def _own(line: HeadLine, n_text: int, j: int, first_marker: int | None, after_barrier: bool,
         count: int, in_other: bool) -> list[float]:
    s = line.text
    n = max(len(s), 1)
    hangul = len(_HANGUL_RE.findall(s)) / n
    latin = len(_LATIN_RE.findall(s)) / n
    digit = len(_DIGIT_RE.findall(s)) / n
    dist = (line.pos - first_marker) if first_marker is not None else 0
    return [
        1.0 if j == 0 else 0.0,
        min(j, 10) / 10.0,
        j / max(n_text - 1, 1),
        1.0 if first_marker is not None and line.pos < first_marker else 0.0,
        max(-6, min(6, dist)) / 6.0,
        1.0 if first_marker is not None and abs(dist) == 1 else 0.0,
        1.0 if after_barrier else 0.0,
        math.log1p(len(s)) / 5.0,
        1.0 if len(s) < 12 else 0.0,
        1.0 if len(s) > 100 else 0.0,
        hangul,
        latin,
        digit,
        1.0 if s.endswith(".") else 0.0,
        1.0 if _KO_END_RE.search(s) else 0.0,
        1.0 if s[-1:] in "?!" else 0.0,
        min(sum(s.count(c) for c in _OPEN_BRACKETS), 3) / 3.0,
        min(sum(s.count(c) for c in _QUOTES), 4) / 4.0,
        min(s.count(",") + s.count("·"), 4) / 4.0,
        1.0 if "…" in s or "..." in s else 0.0,
        1.0 if _BULLET_RE.match(s) else 0.0,
        1.0 if s[:1] in _OPEN_BRACKETS else 0.0,
        1.0 if "|" in s or " - " in s or " – " in s else 0.0,
        1.0 if count > 1 else 0.0,
        1.0 if in_other else 0.0,
        1.0 if line.title_like else 0.0,
        1.0 if line.deck_like else 0.0,
        *(1.0 if line.status == k else 0.0 for k in range(1, 5)),
    ]


OWN_FEATURES = 31
RULE_FEATURES = 2


def features(lines: list[HeadLine], first_marker: int | None, barriers: frozenset[int],
             with_rules: bool) -> list[list[float]]:
    """One feature row per line: its own numbers, the previous and next line's, and (with_rules) the
    rules' choice for it and for its neighbours."""
    texts = [h.text for h in lines]
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    own = []
    for j, h in enumerate(lines):
        in_other = len(h.text) >= 8 and any(h.text != t and h.text in t for t in texts)
        own.append(_own(h, len(lines), j, first_marker, (h.pos - 1) in barriers, counts[h.text], in_other))
    blank = [0.0] * OWN_FEATURES
    rows = []
    for j, h in enumerate(lines):
        prev = own[j - 1] if j > 0 else blank
        nxt = own[j + 1] if j + 1 < len(lines) else blank
        row = [1.0, *own[j], *prev, *nxt, 1.0 if j == 0 else 0.0, 1.0 if j + 1 == len(lines) else 0.0]
        if with_rules:
            row += [1.0 if h.rule_title else 0.0, 1.0 if h.rule_deck else 0.0,
                    1.0 if j > 0 and lines[j - 1].rule_title else 0.0,
                    1.0 if j > 0 and (lines[j - 1].rule_title or lines[j - 1].rule_deck) else 0.0]
        rows.append(row)
    return rows


def probabilities(weights: list[list[float]], row: list[float]) -> list[float]:
    """Softmax of the three classes' scores (weights: one row of coefficients per class)."""
    z = [sum(w * x for w, x in zip(ws, row, strict=True)) for ws in weights]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    total = sum(e)
    return [v / total for v in e]


@lru_cache(maxsize=1)
def load_model(path: str = str(MODEL_PATH)) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))
