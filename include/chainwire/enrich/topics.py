"""Topic tagging against the versioned taxonomy (``taxonomy.yaml``).

``tag_topics(article)`` counts taxonomy terms per sentence, weights each match by the
term weight and the zone it occurs in (title > deck/lead > body) and reports every
topic whose score reaches its ``min_score``, with the canonical terms matched and the
sentence that best evidences the topic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from chainwire.yamlfile import read_yaml

from .text import (
    Doc,
    MultiScan,
    guarded,
    overlaps,
    prepare,
    terms_regex,
)

TAXONOMY_PATH = Path(__file__).with_name("taxonomy.yaml")


@dataclass(frozen=True)
class TopicHit:
    topic: str
    score: float
    matched_terms: list[str]
    evidence_sentence: str
    sentence_index: int = -1


@dataclass
class Topic:
    name: str
    label: dict[str, str]
    pattern: re.Pattern[str]
    canonical: dict[str, str]  # folded surface -> canonical term
    weights: dict[str, float]  # canonical -> weight
    exclusion: re.Pattern[str] | None
    min_score: float
    patterns: list[tuple[str, re.Pattern[str]]] = field(default_factory=list)  # (canonical, regex)
    surfaces: list[str] = field(default_factory=list)  # the terms and aliases ``pattern`` matches
    canonical_of: dict[str, str] = field(default_factory=dict, repr=False, compare=False)  # memo of _canonical


@dataclass
class Taxonomy:
    version: str
    zone_weights: dict[str, float]
    min_score: float
    topics: list[Topic] = field(default_factory=list)
    scan: MultiScan | None = None  # every topic's term trie and patterns from one scan (see _article_matches)

    @property
    def names(self) -> list[str]:
        return [t.name for t in self.topics]


_FOLD = re.compile(r"[\s·\-]")


def fold(surface: str) -> str:
    return _FOLD.sub("", surface).lower()


def _alternation(surfaces: list[str]) -> re.Pattern[str]:
    """One prefix-trie regex for the terms (longest term first at a position, see ``text.terms_regex``)."""
    return terms_regex(surfaces)


def _compile_topic(name: str, spec: dict[str, Any], default_min: float, global_excl: list[str]) -> Topic:
    terms = spec.get("terms") or {}
    canonical: dict[str, str] = {}
    surfaces: list[str] = []
    for lang_terms in terms.values():
        for t in lang_terms or []:
            t = str(t)
            canonical[fold(t)] = t
            surfaces.append(t)
    for canon, aliases in (spec.get("aliases") or {}).items():
        canon = str(canon)
        canonical.setdefault(fold(canon), canon)
        for a in aliases or []:
            canonical[fold(str(a))] = canon
            surfaces.append(str(a))
    weights = {str(k): float(v) for k, v in (spec.get("weights") or {}).items()}
    excl = [str(x) for x in (spec.get("exclusions") or [])] + list(global_excl)
    patterns = [(str(c), guarded(str(rx))) for c, rxs in (spec.get("patterns") or {}).items() for rx in rxs]
    for c, _ in patterns:
        canonical.setdefault(fold(c), c)
    return Topic(
        name=name,
        label=dict(spec.get("label") or {}),
        pattern=_alternation(surfaces),
        canonical=canonical,
        weights=weights,
        exclusion=_alternation(excl) if excl else None,
        min_score=float(spec.get("min_score", default_min)),
        patterns=patterns,
        surfaces=surfaces,
    )


@lru_cache(maxsize=4)
def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    raw = read_yaml(path or TAXONOMY_PATH)
    scoring = raw.get("scoring") or {}
    zone_weights = {k: float(v) for k, v in (scoring.get("zone_weights") or {}).items()}
    default_min = float(scoring.get("min_score", 3.0))
    global_excl = [str(x) for x in raw.get("global_exclusions") or []]
    topics = [_compile_topic(n, s, default_min, global_excl) for n, s in (raw.get("topics") or {}).items()]
    # The one scan: every topic's term trie and every hand-written pattern, from their literal prefixes.
    scan = MultiScan([t.pattern for t in topics] + [rx for t in topics for _, rx in t.patterns])
    return Taxonomy(version=str(raw["version"]), zone_weights=zone_weights, min_score=default_min, topics=topics,
                    scan=scan)


def taxonomy_version() -> str:
    return load_taxonomy().version


def _canonical(topic: Topic, matched: str) -> str:
    """The canonical term of a matched surface (memoised per topic: a function of the surface and the
    topic's fixed ``canonical`` table; a day repeats the same few surfaces)."""
    known = topic.canonical_of.get(matched)
    if known is None:
        known = topic.canonical_of[matched] = _canonical_of(topic, matched)
    return known


def _canonical_of(topic: Topic, matched: str) -> str:
    f = fold(matched)
    if f in topic.canonical:
        return topic.canonical[f]
    for suffix in ("es", "s"):
        if f.endswith(suffix) and f[: -len(suffix)] in topic.canonical:
            return topic.canonical[f[: -len(suffix)]]
    return matched


def topic_matches(topic: Topic, text: str) -> list[tuple[str, int, int]]:
    """(canonical term, start, end) of every non-excluded term match in ``text``."""
    terms = list(topic.pattern.finditer(text))
    extra = [(canon, m) for canon, rx in topic.patterns for m in rx.finditer(text)]
    if not terms and not extra:
        return []
    excluded = [m.span() for m in topic.exclusion.finditer(text)] if topic.exclusion else []
    out = []
    for m in terms:
        if excluded and overlaps(m.span(), excluded):
            continue
        out.append((_canonical(topic, m.group(0)), m.start(), m.end()))
    for canon, m in extra:
        if not overlaps(m.span(), [(a, b) for _, a, b in out] + excluded):
            out.append((canon, m.start(), m.end()))
    return out


def _article_matches(tax: Taxonomy, doc: Doc) -> list[dict[int, tuple[list[tuple[str, int, int]], list]]]:
    """Per topic (taxonomy order): sentence index -> (term matches, pattern matches), spans relative to
    the sentence, from one scan of the joined article for all topics (``Taxonomy.scan``: the same
    matches as ``finditer`` of each topic's trie and of each of its patterns). Equal to ``finditer`` on
    each sentence: no term or pattern can match across the separator (the taxonomy patterns use
    literals, classes and \\s, never "."), and at a sentence's edges the separator behaves as the
    string's end for every boundary the patterns use."""
    text, starts = doc.joined()
    assert tax.scan is not None
    found = tax.scan.finditer_all(text)
    n = len(tax.topics)
    out: list[dict[int, tuple[list, list]]] = []
    k = n
    for t_index, topic in enumerate(tax.topics):
        per: dict[int, tuple[list, list]] = {}
        for m in found[t_index]:
            a = m.start()
            i = bisect_right(starts, a) - 1
            base = starts[i]
            per.setdefault(i, ([], []))[0].append((m.group(0), a - base, m.end() - base))
        for canon, _rx in topic.patterns:
            for m in found[k]:
                a = m.start()
                i = bisect_right(starts, a) - 1
                base = starts[i]
                per.setdefault(i, ([], []))[1].append((canon, a - base, m.end() - base))
            k += 1
        out.append(per)
    return out


def _filter_matches(topic: Topic, sentence: str, terms: list[tuple[str, int, int]],
                    extra: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """:func:`topic_matches` on matches already found: exclusions cancel terms inside them, pattern
    matches only count where no term (or exclusion) already stands."""
    excluded = [m.span() for m in topic.exclusion.finditer(sentence)] if topic.exclusion else []
    out = []
    for surface, a, b in terms:
        if excluded and overlaps((a, b), excluded):
            continue
        out.append((_canonical(topic, surface), a, b))
    for canon, a, b in extra:
        if not overlaps((a, b), [(x, y) for _, x, y in out] + excluded):
            out.append((canon, a, b))
    return out


def topic_scores(article: Any, taxonomy: Taxonomy | None = None) -> list[TopicHit]:
    """Every topic with at least one term match, with its score (threshold not applied)."""
    tax = taxonomy or load_taxonomy()
    doc: Doc = prepare(article)
    hits: list[TopicHit] = []
    # One scan of the whole article for every topic's term trie and patterns (sentences joined by a
    # separator) gives every match with its sentence; only exclusions are looked up per sentence hit.
    matches = _article_matches(tax, doc)
    for topic, per_sentence in zip(tax.topics, matches, strict=True):
        score = 0.0
        terms: list[str] = []
        best: tuple[int, float, int] | None = None  # (body or lead, sentence weight, -index)
        best_sentence = None
        for s_index in sorted(per_sentence):
            s = doc.sentences[s_index]
            if not s.text:
                continue
            found = _filter_matches(topic, s.text, *per_sentence[s_index])
            if not found:
                continue
            zone_w = tax.zone_weights.get(s.zone, 1.0)
            s_weight = 0.0
            for canon, _, _ in found:
                w = topic.weights.get(canon, 1.0)
                score += w * zone_w
                s_weight += w
                if canon not in terms:
                    terms.append(canon)
            # Evidence: the body/lead sentence with the most term weight (earliest on ties);
            # headline or deck lines only when no body sentence matches.
            key = (1 if s.zone in ("lead", "body") else 0, s_weight, -s.index)
            if best is None or key > best:
                best, best_sentence = key, s
        if best_sentence is not None:
            hits.append(TopicHit(topic.name, round(score, 3), terms, best_sentence.text, best_sentence.index))
    return hits


def tag_topics(article: Any, taxonomy: Taxonomy | None = None) -> list[TopicHit]:
    """Topics whose score reaches their ``min_score``, with matched terms and evidence sentence."""
    tax = taxonomy or load_taxonomy()
    minimum = {t.name: t.min_score for t in tax.topics}
    hits = [h for h in topic_scores(article, tax) if h.score >= minimum[h.topic]]
    hits.sort(key=lambda h: (-h.score, h.topic))
    return hits
