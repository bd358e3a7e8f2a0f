"""Near-duplicate and copy detection for news articles (Korean and English).

Pure functions, no I/O. ``assign_clusters`` groups one landing day's articles into
stories, against the articles of the previous days of a sliding window (whose earlier
assignments are kept: an earlier day's canonical is never demoted).

Evidence, strongest first (see ``docs/dedup.md`` for the measurements behind the numbers):

* **identity** - the same normalized body text (``content_sha256``), the same
  ``(outlet, outlet_article_id)``, the same normalized URL (host aliases such as
  ``member.``/``m.`` fold away), the same ``article_id`` seen on an earlier landing day,
  or an AI-translation notice that links the original;
* **text** - exact Jaccard of character n-gram shingle sets over the whitespace-normalized
  body, for candidate pairs found by MinHash LSH (datasketch's ``affine32`` MinHash,
  computed batched in numpy: the signatures are bit-identical to
  ``datasketch.MinHash.update_batch`` of the same shingle hashes; the banding is the one
  ``MinHashLSH`` chooses, vectorized), then two gates that template-written articles on
  one topic fail and copies pass: the *order gate* (the two texts share their sentence
  junctions, i.e. sentence order) and the *fact gate* (their numbers with units agree);
* **numeric anchors** - only for a doc flagged ``ai_translation`` that no stronger
  evidence ties to an original: amounts, percentages and tonnages parsed from both
  languages into one form, matched against same-outlet articles published within two
  days; the match must be unique. A translation without ids and without such numbers
  is not detected (its body shares no characters with the original).

Edges are applied strongest first (Kruskal) with one rule: a component never joins two
clusters fixed on earlier days. A component that touches no earlier cluster becomes a
new cluster whose canonical is its earliest published original.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Iterable, Mapping
from zoneinfo import ZoneInfo

import numpy as np

from chainwire.identity import normalize_url
from chainwire.settings import TIMEZONE

_normalize_url = lru_cache(maxsize=1 << 18)(normalize_url)

# --------------------------------------------------------------------- parameters
# Measured with bench/bench_dedup.py on the planted corpus of chainwire_synth.copies
# (template-written Korean news: unrelated articles on one topic share whole sentences,
# often with the same slot fillers). docs/dedup.md has the tables.

# Character n-gram length of the shingles. Sweep of n = 3..6 x threshold (docs/dedup.md):
# on 4,000 docs the best F1 per n is 0.950 (n=3), 0.953 (4), 0.955 (5), 0.956 (6); at
# pipeline density (~10,000 docs/day, 28,000 docs) 0.952 (4), 0.954 (5), 0.954 (6), with
# n=5 the most precise of those at its best threshold (0.994 vs 0.984 / 0.981). n=3/4
# grams are shared by any two texts on one topic (Korean syllables are dense), n=6 loses
# more typo'd copies (one typo kills 6 grams).
NGRAM = 5
# MinHash permutations (datasketch affine32 scheme). Only finds candidates - the decision
# uses the exact Jaccard - so 128 (estimate sd <= 0.045) is enough.
NUM_PERM = 128
SEED = 1
# Same-story decision on text: exact Jaccard of the shingle sets >= THRESHOLD, plus the
# order and fact gates below. Best F1 of the dense sweep at n=5: precision 0.994,
# recall 0.918 (0.50: 0.976 / 0.931; 0.60: 0.999 / 0.890).
THRESHOLD = 0.55
# LSH finds candidates at THRESHOLD - LSH_MARGIN so that banding misses near the
# decision threshold stay rare; bands/rows come from datasketch's MinHashLSH optimiser
# with LSH_WEIGHTS (false positives are cheap: every candidate is checked).
LSH_MARGIN = 0.1
LSH_WEIGHTS = (0.3, 0.7)
# Candidates whose MinHash estimate is below THRESHOLD - EST_MARGIN are dropped before
# the exact Jaccard (~2.3 sd of the 128-permutation estimate at J = 0.55).
EST_MARGIN = 0.1
# Order gate: sentence junctions (last/first ORDER_K characters of two consecutive
# sentences) shared by the two texts: >= ORDER_MIN of the shorter text's and >=
# ORDER_JACCARD_MIN of all. A copy keeps its sentence order; template-written articles on
# one topic share sentences, not their order.
ORDER_MIN = 0.5
ORDER_JACCARD_MIN = 0.3
ORDER_K = 5
# Fact gate: numbers with the character after them (3일, 85.7%, 10척, 4800억) grouped by
# that unit; a unit present in both texts with no common value is a conflict. Rejected:
# conflicts without more agreements than conflicts (a typo in one number of a copy still
# passes), and a pair that agrees on no number at all unless its Jaccard is
# NO_FACT_MARGIN above THRESHOLD. Together the gates take pairwise precision at n=5,
# threshold 0.55 on 4,000 docs from 0.885 to 0.997 for 0.023 of recall.
FACT_GATE = True
NO_FACT_MARGIN = 0.1
# Bodies with fewer distinct shingles than this are matched by identity evidence only.
MIN_SHINGLES = 40
# LSH buckets larger than this are skipped (only boilerplate gets there).
MAX_BUCKET = 200
# AI translations without identity evidence: numeric anchors.
ANCHOR_MIN_SHARED = 2  # at least two anchors in common ...
ANCHOR_MIN_SCORE = 0.6  # ... covering >= 60 % of the translation's anchors ...
ANCHOR_MAX_DAYS = 2  # ... with an original of the same outlet published within 2 days.
# Sliding window a pipeline passes as window_docs (landing days before today).
WINDOW_DAYS = 7

COPY_KINDS = ("rescrape", "host_alias", "syndicated", "machine_translation")
EVIDENCE = ("exact", "outlet_id", "url", "article_id", "notice", "text", "anchors")
_RANK = {"exact": 3, "outlet_id": 3, "url": 3, "article_id": 3, "notice": 3, "text": 2, "anchors": 1}


@dataclass(frozen=True)
class DedupParams:
    ngram: int = NGRAM
    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    seed: int = SEED
    lsh_threshold: float | None = None  # None: threshold - LSH_MARGIN (>= 0.2)
    lsh_weights: tuple[float, float] = LSH_WEIGHTS
    min_shingles: int = MIN_SHINGLES
    est_margin: float = EST_MARGIN
    order_min: float | None = ORDER_MIN  # None: no order gate
    fact_gate: bool = FACT_GATE
    anchors: bool = True

    @property
    def lsh_at(self) -> float:
        return self.lsh_threshold if self.lsh_threshold is not None else max(0.2, self.threshold - LSH_MARGIN)


DEFAULT_PARAMS = DedupParams()


# ------------------------------------------------------------------------ records

@dataclass(frozen=True)
class DedupDoc:
    """What dedup needs of one article row (one article_id on one landing day)."""

    article_id: str
    outlet: str | None
    url: str | None
    outlet_article_id: str | None
    title: str | None
    body_text: str
    published_at: datetime | None
    landing_date: date
    language: str | None = None
    ai_translation: bool = False

    def __post_init__(self):
        if self.published_at is not None and self.published_at.utcoffset() is None:
            raise ValueError(f"{self.article_id}: published_at must be timezone-aware")

    @classmethod
    def from_article(cls, article, article_id: str, landing_date: date) -> "DedupDoc":
        mg = article.machine_generated or {}
        return cls(article_id=article_id, outlet=article.outlet, url=article.url,
                   outlet_article_id=article.outlet_article_id, title=article.title,
                   body_text=article.body_text, published_at=article.published_at,
                   landing_date=landing_date, language=article.language,
                   ai_translation=bool(mg.get("ai_translation")))


@dataclass(frozen=True)
class ClusterInfo:
    """An earlier day's assignment of a window doc (what ``existing`` maps article_id to)."""

    cluster_id: str
    is_canonical: bool
    duplicate_of: str | None = None


@dataclass(frozen=True)
class DedupResult:
    article_id: str
    cluster_id: str  # the canonical's article_id
    is_canonical: bool
    duplicate_of: str | None  # the canonical's article_id for copies, None for canonicals
    similarity: float | None  # of the evidence edge that placed it (None for canonicals)
    copy_kind: str | None  # None | rescrape | host_alias | syndicated | machine_translation
    matched_id: str | None = None  # the doc that evidence ties it to (may differ from duplicate_of)
    evidence: str | None = None  # one of EVIDENCE

    def info(self) -> ClusterInfo:
        return ClusterInfo(self.cluster_id, self.is_canonical, self.duplicate_of)


def update_existing(existing: Mapping[str, ClusterInfo] | None, results: Iterable[DedupResult]) -> dict[str, ClusterInfo]:
    """``existing`` plus the new results; an article_id's first assignment is kept."""
    out = dict(existing or {})
    for r in results:
        out.setdefault(r.article_id, r.info())
    return out


# ----------------------------------------------------------------------- features

_WS = re.compile(r"\s+")


def normalize_text(text: str | None) -> str:
    """NFKC, whitespace runs to one space, lower case: the text that content_sha256 hashes."""
    text = text or ""
    if not unicodedata.is_normalized("NFKC", text):
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.split()).lower()  # == re.sub(r"\s+", " ", text).strip()


@dataclass(eq=False)
class Features:
    """What the text evidence needs of one body; the order/fact/anchor parts are lazy."""

    sha: str  # == chainwire.identity.content_sha256(body_text)
    shingles: np.ndarray  # sorted distinct uint32 shingle hashes
    signature: np.ndarray | None  # uint32[num_perm]; None below min_shingles
    body: str = field(default="", repr=False)
    _junctions: frozenset | None = field(default=None, repr=False)
    _facts: dict | None = field(default=None, repr=False)
    _anchors: frozenset | None = field(default=None, repr=False)

    def _order_facts(self):
        norm = normalize_text(self.body)
        self._junctions = sentence_junctions(norm)
        self._facts = number_facts(norm)

    @property
    def junctions(self) -> frozenset:
        if self._junctions is None:
            self._order_facts()
        return self._junctions

    @property
    def facts(self) -> dict:
        if self._facts is None:
            self._order_facts()
        return self._facts

    @property
    def anchors(self) -> frozenset:
        if self._anchors is None:
            self._anchors = numeric_anchors(self.body)
        return self._anchors

    def minhash(self, seed: int = SEED):
        """The signature as a datasketch LeanMinHash (for interop and checks)."""
        from datasketch import LeanMinHash

        if self.signature is None:
            return None
        return LeanMinHash(seed=seed, hashvalues=self.signature, scheme="affine32")


_SENTENCE_END = re.compile(r"[.?!] ")  # on normalized text (single spaces)
_FACT = re.compile(r"(\d[\d.,]*)\s?([^\s\d.,()\"'”’]?)")


def sentence_junctions(norm: str, k: int = ORDER_K) -> frozenset[str]:
    """Last k + first k characters around each sentence break of a normalized text."""
    sents = [x for x in _SENTENCE_END.split(norm) if x]
    return frozenset(f"{a[-k:]}|{b[:k]}" for a, b in zip(sents, sents[1:]))


def number_facts(norm: str) -> dict[str, frozenset[str]]:
    """Numbers of a normalized text grouped by the character after them (일, %, 척, 억...)."""
    out: dict[str, set[str]] = {}
    for m in _FACT.finditer(norm):
        out.setdefault(m.group(2), set()).add(m.group(1).rstrip(".,"))
    return {k: frozenset(v) for k, v in out.items()}


def order_containment(a: Features, b: Features) -> float | None:
    """Share of the smaller junction set found in the other; None if either has none."""
    ja, jb = a.junctions, b.junctions
    if not ja or not jb:
        return None
    return len(ja & jb) / min(len(ja), len(jb))


def fact_agreement(a: Features, b: Features) -> tuple[int, int]:
    """(agreements, conflicts): shared values, and units present in both with no shared value."""
    fa, fb = a.facts, b.facts
    agree = conflicts = 0
    for unit in fa.keys() & fb.keys():
        common = len(fa[unit] & fb[unit])
        agree += common
        conflicts += common == 0
    return agree, conflicts


def text_decision(a: Features, b: Features, params: DedupParams = DEFAULT_PARAMS,
                  jac: float | None = None) -> tuple[bool, float]:
    """(same story?, Jaccard) for two bodies by text evidence alone."""
    if a.sha == b.sha:
        return True, 1.0
    j = jaccard(a.shingles, b.shingles) if jac is None else jac
    if j < params.threshold or a.signature is None or b.signature is None:
        return False, j
    if params.order_min is not None:
        ja, jb = a.junctions, b.junctions
        if ja and jb:
            shared = len(ja & jb)
            if shared < params.order_min * min(len(ja), len(jb)) or \
                    shared < ORDER_JACCARD_MIN * (len(ja) + len(jb) - shared):
                return False, j
    if params.fact_gate:
        agree, conflicts = fact_agreement(a, b)
        if conflicts and agree <= conflicts:
            return False, j
        if not agree and j < params.threshold + NO_FACT_MARGIN:
            return False, j
    return True, j


class FeatureCache:
    """Optional memo of per-body features across assign_clusters calls.

    Results do not depend on it. Entries not used by a call are dropped at the end of
    that call, so it holds about one window of documents.
    """

    def __init__(self):
        self._data: dict[tuple, Features] = {}
        self._used: set[tuple] = set()

    def __len__(self) -> int:
        return len(self._data)

    def _prune(self):
        self._data = {k: v for k, v in self._data.items() if k in self._used}
        self._used = set()


_U64 = np.uint64
_MIX1, _MIX2 = _U64(0xBF58476D1CE4E5B9), _U64(0x94D049BB133111EB)
_POLY = _U64(0x100000001B3)


def _splitmix(h: np.ndarray) -> np.ndarray:
    h = h ^ (h >> _U64(30))
    h = h * _MIX1
    h = h ^ (h >> _U64(27))
    h = h * _MIX2
    return h ^ (h >> _U64(31))


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (datasketch's pre-mix of the affine32 scheme)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    from datasketch import MinHash

    a, b = MinHash(num_perm=num_perm, seed=seed, scheme="affine32").permutations
    return np.ascontiguousarray(a, dtype=np.uint32)[:, None], np.ascontiguousarray(b, dtype=np.uint32)[:, None]


@lru_cache(maxsize=32)
def lsh_bands(threshold: float, num_perm: int, weights: tuple[float, float]) -> tuple[int, int]:
    """(bands, rows) that datasketch's MinHashLSH chooses for this threshold."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm, weights=weights)
    return lsh.b, lsh.r


def shingle_hashes(texts: list[str], n: int) -> tuple[np.ndarray, np.ndarray]:
    """Distinct 32-bit hashes of the character n-grams of each (normalized) text.

    Returns (values, offsets): text i's sorted distinct hashes are values[offsets[i]:offsets[i+1]].
    A non-empty text shorter than n is one shingle (itself).
    """
    m = len(texts)
    lens = np.fromiter((len(t) for t in texts), dtype=np.int64, count=m)
    if m == 0 or not lens.any():
        return np.zeros(0, np.uint32), np.zeros(m + 1, np.int64)
    cp = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64) + _U64(1)
    total = len(cp)
    starts = np.zeros(m, np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    # polynomial hash of every window of the concatenation (contiguous slices, no gathers)
    width = max(total - n + 1, 0)
    h = np.zeros(width, dtype=np.uint64)
    for k in range(n):
        h *= _POLY
        h += cp[k:k + width]
    count = np.maximum(lens - n + 1, 0)  # grams inside each text
    doc = np.repeat(np.arange(m, dtype=np.int64), count)
    gstart = np.zeros(m, np.int64)
    np.cumsum(count[:-1], out=gstart[1:])
    pos = np.arange(len(doc), dtype=np.int64) + (starts - gstart)[doc]
    hv = h[pos]
    short = np.flatnonzero((lens > 0) & (lens < n))
    if len(short):  # whole-text shingles for texts shorter than n
        extra = np.array([_short_hash(texts[i]) for i in short], dtype=np.uint64)
        doc = np.concatenate((doc, short))
        hv = np.concatenate((hv, extra))
    h32 = _splitmix(hv) >> _U64(32)
    key = np.sort((doc.astype(np.uint64) << _U64(32)) | h32)
    keep = np.ones(len(key), bool)
    keep[1:] = key[1:] != key[:-1]
    key = key[keep]
    kdoc = (key >> _U64(32)).astype(np.int64)
    values = (key & _U64(0xFFFFFFFF)).astype(np.uint32)
    offsets = np.searchsorted(kdoc, np.arange(m + 1), side="left").astype(np.int64)
    return values, offsets


def _short_hash(text: str) -> int:
    h = 0
    for ch in text:
        h = (h * 0x100000001B3 + ord(ch) + 1) & 0xFFFFFFFFFFFFFFFF
    return h


def minhash_signatures(values: np.ndarray, offsets: np.ndarray, num_perm: int = NUM_PERM,
                       seed: int = SEED, chunk: int = 8192) -> np.ndarray:
    """datasketch affine32 MinHash of each set (rows of ``values`` by ``offsets``).

    Row i equals ``MinHash(num_perm, seed, hashfunc=int).update_batch(set_i).hashvalues``;
    an empty set gives the all-ones 'empty' signature.
    """
    a, b = _permutations(num_perm, seed)
    m = len(offsets) - 1
    sig = np.full((m, num_perm), np.uint32(0xFFFFFFFF), dtype=np.uint32)
    hv = _fmix32(values)
    nonempty = np.flatnonzero(offsets[1:] > offsets[:-1])
    buf = np.empty((num_perm, chunk), dtype=np.uint32)
    ends = offsets[nonempty + 1]
    i = 0
    while i < len(nonempty):
        lo = offsets[nonempty[i]]
        j = max(i + 1, int(np.searchsorted(ends, lo + chunk, side="right")))
        docs = nonempty[i:j]
        hi = offsets[docs[-1] + 1]
        width = hi - lo
        out = buf[:, :width] if width <= chunk else np.empty((num_perm, width), dtype=np.uint32)
        np.multiply(a, hv[None, lo:hi], out=out)
        np.add(out, b, out=out)
        sig[docs] = np.minimum.reduceat(out, offsets[docs] - lo, axis=1).T
        i = j
    return sig


def compute_features(texts: list[str], params: DedupParams = DEFAULT_PARAMS, batch: int = 2048) -> list[Features]:
    """Features of each text, computed in batches (numpy temporaries stay ~100 MB)."""
    out: list[Features] = []
    for b0 in range(0, len(texts), batch):
        chunk = texts[b0:b0 + batch]
        norms = [normalize_text(t) for t in chunk]
        values, offsets = shingle_hashes(norms, params.ngram)
        counts = offsets[1:] - offsets[:-1]
        signed = np.flatnonzero(counts >= params.min_shingles)
        sub_off = np.zeros(len(signed) + 1, np.int64)
        np.cumsum(counts[signed], out=sub_off[1:])
        sub_vals = (np.concatenate([values[offsets[i]:offsets[i + 1]] for i in signed]) if len(signed)
                    else values[:0])
        sigs = minhash_signatures(sub_vals, sub_off, params.num_perm, params.seed)
        sig_of = dict(zip(signed.tolist(), sigs))
        for i, nt in enumerate(norms):
            out.append(Features(sha=hashlib.sha256(nt.encode()).hexdigest(),
                                shingles=values[offsets[i]:offsets[i + 1]].copy(), signature=sig_of.get(i),
                                body=chunk[i]))
    return out


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard of two sorted distinct arrays."""
    if len(a) > len(b):
        a, b = b, a
    if len(a) == 0:
        return 1.0 if len(b) == 0 else 0.0
    c = np.concatenate((a, b))
    c.sort()  # each value occurs once per set: a repeat is a shared value
    inter = int(np.count_nonzero(c[1:] == c[:-1]))
    return inter / (len(a) + len(b) - inter)


# -------------------------------------------------------------- numeric anchors

# Korean amounts: up to three "number + 조/억/만" pieces (3조5000억), then the unit.
_KO_AMOUNT = re.compile(r"\d[\d,]*(?:\.\d+)?\s?(?:[조억만]\s?(?:\d[\d,]*(?:\.\d+)?\s?[억만]\s?)?"
                        r"(?:\d[\d,]*\s?만\s?)?)?(?:원|달러|톤|t(?![a-z]))")  # no group first: sre scans fast
_KO_PIECE = re.compile(r"(\d[\d,]*(?:\.\d+)?)\s?([조억만]?)")
_KO_SCALE = {"조": 10 ** 12, "억": 10 ** 8, "만": 10 ** 4, "": 1}
_KO_KIND = {"원": "won", "달러": "usd", "톤": "ton", "t": "ton"}
_PCT = re.compile(r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b|퍼센트)(?!\s?포인트|\s?p)")
_LEAD_NUM = re.compile(r"\d+(?:\.\d+)?")
_EN_SCALE = {"trillion": 10 ** 12, "billion": 10 ** 9, "million": 10 ** 6, "thousand": 10 ** 3}
_EN_WON = re.compile(r"(?:(?:KRW|₩)\s?(\d[\d.,]*)\s?(trillion|billion|million|thousand)?"
                     r"|(\d[\d.,]*)\s?(trillion|billion|million|thousand)?\s?(?:Korean\s)?won\b)", re.I)
_EN_USD = re.compile(r"(?:(?:US)?\$\s?(\d[\d.,]*)\s?(trillion|billion|million|thousand)?"
                     r"|(\d[\d.,]*)\s?(trillion|billion|million|thousand)?\s?(?:US\s)?dollars\b)", re.I)
_EN_TON = re.compile(r"(\d[\d.,]*)\s?(million|thousand)?\s?(?:metric\s)?tons?\b", re.I)
_MIN_VALUE = {"won": 10 ** 8, "usd": 10 ** 4, "ton": 100}


def _num(s: str | None) -> float:
    s = (s or "").replace(",", "").rstrip(".")
    try:
        return float(s) if s else 0.0
    except ValueError:
        return 0.0


def _en_value(num: str | None, scale: str | None) -> int:
    return round(_num(num) * _EN_SCALE.get((scale or "").lower(), 1))


def numeric_anchors(text: str | None) -> frozenset[tuple[str, str]]:
    """Amounts (won, US dollars), percentages and tonnages as language-neutral tokens.

    ``3조5000억원``, ``KRW 3.5 trillion`` and ``3.5 trillion won`` all give ("won", "3500000000000").
    Years, days and small counts are left out: they are shared by unrelated articles.
    """
    if not text:
        return frozenset()
    text = unicodedata.normalize("NFKC", text)
    found: list[tuple[str, int]] = []
    for m in _KO_AMOUNT.finditer(text):
        g = m.group(0)
        unit = "달러" if g.endswith("달러") else g[-1]
        v = sum(_num(p.group(1)) * _KO_SCALE[p.group(2)] for p in _KO_PIECE.finditer(g))
        found.append((_KO_KIND[unit], round(v)))
    low = text.lower()
    for rx, kind, keys in ((_EN_WON, "won", ("won", "krw", "₩")), (_EN_USD, "usd", ("$", "dollar"))):
        if any(k in low for k in keys):  # cheap pre-check: most Korean bodies have none
            for m in rx.finditer(text):
                found.append((kind, _en_value(m.group(1) or m.group(3), m.group(2) or m.group(4))))
    if "ton" in low:
        for m in _EN_TON.finditer(text):
            found.append(("ton", _en_value(m.group(1), m.group(2))))
    out = {(k, str(v)) for k, v in found if v >= _MIN_VALUE[k]}
    for m in _PCT.finditer(text):
        v = float(_LEAD_NUM.match(m.group(0)).group(0))
        if v != int(v) or v >= 10:  # "3%" is everywhere; "35.2%" is not
            out.add(("pct", f"{v:g}"))
    return frozenset(out)


def _outlet_id_of_url(url: str) -> tuple[str, str] | None:
    """(outlet key, outlet article id) of a known outlet's article URL."""
    from chainwire.extract.outlets import outlet_article_id, outlet_for_url

    o = outlet_for_url(url)
    oid = outlet_article_id(o, url) if o else None
    return (o.name, oid) if oid else None


_NOTICE = re.compile(r"translat|번역", re.I)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")


def notice_links(text: str | None) -> list[str]:
    """Normalized URLs quoted in a text (a translation notice's link to its original)."""
    return sorted({u for u in (_normalize_url(m.group(0).rstrip(".,;")) for m in _URL.finditer(text or "")) if u})


# -------------------------------------------------------------------- clustering

def _priority(doc: DedupDoc) -> tuple:
    """Canonical preference: originals before translations, then earliest published,
    earliest landing, smallest article_id."""
    ts = doc.published_at.timestamp() if doc.published_at is not None else math.inf
    return (bool(doc.ai_translation), ts, doc.landing_date, doc.article_id)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z]+://([^/?#:]+)", url.strip(), re.I)
    return m.group(1).lower() if m else None


def _outlet_key(doc: DedupDoc) -> str | None:
    return doc.outlet.lower() if doc.outlet else None


def copy_kind(doc: DedupDoc, original: DedupDoc) -> str:
    """How ``doc`` relates to ``original`` (the rules of the module doc)."""
    if doc.ai_translation or (doc.language and original.language and doc.language != original.language):
        return "machine_translation"
    if _outlet_key(doc) != _outlet_key(original):
        return "syndicated"
    if (doc.outlet_article_id and doc.outlet_article_id == original.outlet_article_id
            and _host(doc.url) != _host(original.url)):
        return "host_alias"
    return "rescrape"


class _UnionFind:
    def __init__(self, n: int, labels: list[str | None]):
        self.parent = list(range(n))
        self.label = list(labels)

    def find(self, x: int) -> int:
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, x: int, y: int) -> bool:
        rx, ry = self.find(x), self.find(y)
        if rx == ry:
            return True
        lx, ly = self.label[rx], self.label[ry]
        if lx is not None and ly is not None and lx != ly:
            return False  # would merge two clusters fixed on earlier days
        if rx > ry:
            rx, ry = ry, rx
        self.parent[ry] = rx
        self.label[rx] = lx if lx is not None else ly
        return True


@dataclass
class _Edge:
    rank: int
    score: float
    u: int
    v: int
    evidence: str
    similarity: float | None = None


def _star_edges(groups: dict, is_free: np.ndarray, evidence: str, edges: list[_Edge]):
    for members in groups.values():
        if len(members) < 2 or not any(is_free[i] for i in members):
            continue
        head = members[0]
        for i in members[1:]:
            edges.append(_Edge(_RANK[evidence], 1.0, head, i, evidence))


def _lsh_pairs(sigs: np.ndarray, free: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """Pairs (i<j) of rows sharing at least one LSH band, at least one of them free.

    Vectorized banding: each band's rows are hashed to one uint64 key, equal keys form a
    bucket (the bucket datasketch's MinHashLSH would put them in, up to 64-bit hash
    collisions, which the exact check removes). Buckets without a free row are skipped.
    """
    m = len(sigs)
    if m < 2:
        return np.zeros((0, 2), np.int64)
    keys = []
    free_u8 = free.astype(np.int64)
    for b in range(bands):
        cols = sigs[:, b * rows:(b + 1) * rows].astype(np.uint64)
        h = np.full(m, _U64(b + 1), dtype=np.uint64)
        for c in range(rows):
            h = _splitmix(h * _POLY + cols[:, c])
        order = np.argsort(h, kind="stable")
        hs = h[order]
        brk = np.flatnonzero(hs[1:] != hs[:-1]) + 1
        run_start = np.concatenate(([0], brk))
        size = np.diff(np.concatenate((run_start, [m])))
        has_free = np.add.reduceat(free_u8[order], run_start) > 0
        keep = (size >= 2) & (size <= MAX_BUCKET) & has_free
        if not keep.any():
            continue
        for sz in np.unique(size[keep]).tolist():
            starts = run_start[keep & (size == sz)]
            members = order[starts[:, None] + np.arange(sz)[None, :]]
            iu, ju = np.triu_indices(sz, 1)
            pa, pb = members[:, iu].ravel(), members[:, ju].ravel()
            lo, hi = np.minimum(pa, pb), np.maximum(pa, pb)
            ok = free[lo] | free[hi]
            keys.append(lo[ok] * m + hi[ok])
    if not keys:
        return np.zeros((0, 2), np.int64)
    key = np.sort(np.concatenate(keys))
    key = key[np.concatenate(([True], key[1:] != key[:-1]))]
    return np.stack([key // m, key % m], axis=1)


def _estimate_filter(sigs: np.ndarray, pairs: np.ndarray, floor: float, step: int = 50000) -> np.ndarray:
    """Pairs whose MinHash Jaccard estimate is >= floor (a 32-permutation pre-pass with a
    generous margin first, then all permutations)."""
    k = min(32, sigs.shape[1])
    head = np.ascontiguousarray(sigs[:, :k])
    pre_floor = max(0.0, floor - 0.2) * k
    keep = np.concatenate([(head[pairs[s:s + step, 0]] == head[pairs[s:s + step, 1]]).sum(axis=1) >= pre_floor
                           for s in range(0, len(pairs), step)])
    pairs = pairs[keep]
    if not len(pairs):
        return pairs
    est = np.concatenate([(sigs[pairs[s:s + step, 0]] == sigs[pairs[s:s + step, 1]]).mean(axis=1)
                          for s in range(0, len(pairs), step)])
    return pairs[est >= floor]


def _dedupe_window(window_docs: Iterable[DedupDoc]) -> list[DedupDoc]:
    """One window doc per article_id: the earliest landing day (then the smallest body) wins."""
    best: dict[str, DedupDoc] = {}
    for d in window_docs:
        cur = best.get(d.article_id)
        if cur is None or (d.landing_date, d.body_text) < (cur.landing_date, cur.body_text):
            best[d.article_id] = d
    return sorted(best.values(), key=lambda d: (d.landing_date, d.article_id))


def _features_for(docs: list[DedupDoc], params: DedupParams, cache: FeatureCache | None) -> list[Features]:
    out: list[Features | None] = [None] * len(docs)
    todo: dict[str, list[int]] = {}
    for i, d in enumerate(docs):
        key = (params.ngram, params.num_perm, params.seed, params.min_shingles, d.body_text)
        if cache is not None and key in cache._data:
            out[i] = cache._data[key]
            cache._used.add(key)
        else:
            todo.setdefault(d.body_text, []).append(i)
    if todo:
        texts = sorted(todo)
        for text, feat in zip(texts, compute_features(texts, params)):
            for i in todo[text]:
                out[i] = feat
            if cache is not None:
                key = (params.ngram, params.num_perm, params.seed, params.min_shingles, text)
                cache._data[key] = feat
                cache._used.add(key)
    return out  # type: ignore[return-value]


def assign_clusters(docs_today: list[DedupDoc], window_docs: list[DedupDoc],
                    existing: Mapping[str, ClusterInfo] | None = None, *,
                    params: DedupParams = DEFAULT_PARAMS, cache: FeatureCache | None = None) -> list[DedupResult]:
    """Cluster today's docs into stories; one DedupResult per doc of ``docs_today``.

    ``window_docs`` are the docs of the previous landing days of the window and
    ``existing`` their assignments (``update_existing`` builds it from earlier results);
    window docs without an assignment are clustered along with today's docs (their rows
    are not returned). Results are sorted by article_id and do not depend on input order.
    """
    ids = [d.article_id for d in docs_today]
    if len(set(ids)) != len(ids):
        raise ValueError("docs_today has repeated article_ids (the parse stage keeps one per day)")
    existing = existing or {}
    today = sorted(docs_today, key=lambda d: d.article_id)
    window = _dedupe_window(window_docs)
    docs = window + today
    n_win = len(window)
    n = len(docs)
    fixed = np.zeros(n, bool)
    labels: list[str | None] = [None] * n
    canon_of: dict[str, str] = {}  # window cluster -> canonical article_id
    for i, d in enumerate(window):
        info = existing.get(d.article_id)
        if info is not None:
            fixed[i] = True
            labels[i] = info.cluster_id
            if info.is_canonical:
                canon_of.setdefault(info.cluster_id, d.article_id)
            elif info.duplicate_of:
                canon_of.setdefault(info.cluster_id, info.duplicate_of)
    free = ~fixed
    feats = _features_for(docs, params, cache)

    edges: list[_Edge] = []
    # ---- identity evidence
    groups: dict[str, dict] = {"exact": {}, "outlet_id": {}, "url": {}, "article_id": {}}
    for i, d in enumerate(docs):
        if d.body_text.strip():
            groups["exact"].setdefault(feats[i].sha, []).append(i)
        if d.outlet_article_id and d.outlet:
            groups["outlet_id"].setdefault((_outlet_key(d), d.outlet_article_id), []).append(i)
        nu = _normalize_url(d.url) if d.url else None
        if nu:
            groups["url"].setdefault(nu, []).append(i)
        groups["article_id"].setdefault(d.article_id, []).append(i)
    for ev, g in groups.items():
        _star_edges(g, free, ev, edges)

    # ---- translation notices that link the original
    url_index, oid_index = groups["url"], groups["outlet_id"]
    for i in np.flatnonzero(free).tolist():
        d = docs[i]
        if not (d.ai_translation or _NOTICE.search(d.body_text or "")):
            continue
        for u in notice_links(d.body_text):
            targets = set(url_index.get(u, []))
            oid_key = _outlet_id_of_url(u)
            if oid_key:
                targets.update(oid_index.get(oid_key, []))
            for j in sorted(targets - {i}):
                edges.append(_Edge(_RANK["notice"], 1.0, j, i, "notice"))

    # ---- text: MinHash LSH candidates over distinct bodies, checked by exact Jaccard + gates
    rep_of: dict[str, int] = {}
    rep_free: dict[int, bool] = {}
    for i in range(n):
        r = rep_of.setdefault(feats[i].sha, i)
        rep_free[r] = rep_free.get(r, False) or bool(free[i])
    reps = [r for r in sorted(rep_free) if feats[r].signature is not None]
    if len(reps) >= 2:
        bands, rows = lsh_bands(round(params.lsh_at, 4), params.num_perm, params.lsh_weights)
        sigs = np.stack([feats[r].signature for r in reps])
        pairs = _lsh_pairs(sigs, np.array([rep_free[r] for r in reps]), bands, rows)
        if len(pairs):
            pairs = _estimate_filter(sigs, pairs, params.threshold - params.est_margin)
            for x, y in pairs.tolist():
                ra, rb = reps[x], reps[y]
                ok, sim = text_decision(feats[ra], feats[rb], params)
                if ok:
                    edges.append(_Edge(_RANK["text"], sim, ra, rb, "text", sim))

    # ---- numeric anchors for AI translations with no identity evidence
    if params.anchors:
        strong = {e.u for e in edges if e.rank == 3} | {e.v for e in edges if e.rank == 3}
        edges += _anchor_edges(docs, feats, free, strong)

    # ---- Kruskal, strongest evidence first, a fixed cluster never merges with another
    key_of = [(d.article_id, d.landing_date) for d in docs]
    edges.sort(key=lambda e: (-e.rank, -e.score, min(key_of[e.u], key_of[e.v]), max(key_of[e.u], key_of[e.v])))
    uf = _UnionFind(n, labels)
    first_of_label: dict[str, int] = {}
    for i in range(n_win):
        if fixed[i]:
            j = first_of_label.setdefault(labels[i], i)
            uf.union(j, i)
    for e in edges:
        if not (fixed[e.u] and fixed[e.v]):
            uf.union(e.u, e.v)

    # ---- components -> clusters
    comps: dict[int, list[int]] = {}
    for i in range(n):
        comps.setdefault(uf.find(i), []).append(i)
    cluster_of: dict[int, str] = {}
    canonical_idx: dict[int, int | None] = {}
    canonical_id: dict[int, str] = {}
    for root, members in comps.items():
        label = uf.label[root]
        if label is not None:
            cluster_of[root] = label
            cid = canon_of.get(label, label)
            canonical_id[root] = cid
            cands = [i for i in members if docs[i].article_id == cid and fixed[i]]
            canonical_idx[root] = cands[0] if cands else None
        else:
            c = min((i for i in members), key=lambda i: _priority(docs[i]))
            cluster_of[root] = docs[c].article_id
            canonical_id[root] = docs[c].article_id
            canonical_idx[root] = c

    best_edge: dict[int, _Edge] = {}
    for e in edges:
        if uf.find(e.u) != uf.find(e.v):
            continue
        for x, y in ((e.u, e.v), (e.v, e.u)):
            if x >= n_win:
                cur = best_edge.get(x)
                if cur is None or (-e.rank, -e.score, key_of[y]) < (-cur.rank, -cur.score, key_of[_other(cur, x)]):
                    best_edge[x] = e

    results = []
    for i in range(n_win, n):
        d = docs[i]
        root = uf.find(i)
        c = canonical_idx[root]
        if c == i:
            results.append(DedupResult(d.article_id, cluster_of[root], True, None, None, None))
            continue
        e = best_edge.get(i)
        matched = _other(e, i) if e else None
        ref = docs[c] if c is not None else (docs[matched] if matched is not None else d)
        sim = e.similarity if e and e.similarity is not None else (e.score if e else None)
        if e and e.evidence != "text" and e.evidence != "anchors":
            tj = _text_sim(feats[i], feats[matched])
            sim = tj if tj is not None else e.score
        results.append(DedupResult(
            d.article_id, cluster_of[root], False, canonical_id[root], None if sim is None else round(sim, 4),
            copy_kind(d, ref), docs[matched].article_id if matched is not None else None,
            e.evidence if e else None))
    if cache is not None:
        cache._prune()
    return results


def _other(e: _Edge, x: int) -> int:
    return e.v if e.u == x else e.u


def _text_sim(a: Features, b: Features) -> float | None:
    if a.sha == b.sha:
        return 1.0
    if a.signature is None or b.signature is None:
        return None
    return jaccard(a.shingles, b.shingles)


def _when(doc: DedupDoc) -> datetime:
    if doc.published_at is not None:
        return doc.published_at
    return datetime.combine(doc.landing_date, datetime.min.time(), tzinfo=ZoneInfo(TIMEZONE))


def _anchor_edges(docs: list[DedupDoc], feats: list[Features], free: np.ndarray, strong: set[int]) -> list[_Edge]:
    """AI translations with no identity evidence -> the unique same-outlet original (other
    language, published within ANCHOR_MAX_DAYS) sharing enough numeric anchors."""
    targets = [i for i in np.flatnonzero(free).tolist()
               if docs[i].ai_translation and i not in strong and len(feats[i].anchors) >= ANCHOR_MIN_SHARED]
    if not targets:
        return []
    span = timedelta(days=ANCHOR_MAX_DAYS)
    lo = min(_when(docs[i]) for i in targets) - span
    hi = max(_when(docs[i]) for i in targets) + span
    outlets = {_outlet_key(docs[i]) for i in targets}
    postings: dict[tuple, list[int]] = {}
    for j, d in enumerate(docs):
        if d.ai_translation or (d.outlet.lower() if d.outlet else None) not in outlets:
            continue
        if not (lo <= _when(d) <= hi):
            continue
        for a in feats[j].anchors:
            postings.setdefault(a, []).append(j)
    out = []
    for i in targets:
        d, mine = docs[i], feats[i].anchors
        counts: dict[int, int] = {}
        for a in mine:
            for j in postings.get(a, ()):
                counts[j] = counts.get(j, 0) + 1
        scored = []
        for j, shared in counts.items():
            o = docs[j]
            if (shared < ANCHOR_MIN_SHARED or _outlet_key(o) != _outlet_key(d)
                    or (o.language and d.language and o.language == d.language)
                    or abs(_when(o) - _when(d)) > span):
                continue
            scored.append((shared / len(mine), shared, j))
        if not scored:
            continue
        scored.sort(key=lambda t: (-t[0], -t[1], docs[t[2]].article_id))
        top = scored[0]
        if top[0] < ANCHOR_MIN_SCORE or (len(scored) > 1 and scored[1][:2] == top[:2]):
            continue  # too weak, or not unique
        out.append(_Edge(_RANK["anchors"], top[0], top[2], i, "anchors", top[0]))
    return out


def dedup_days(docs: Iterable[DedupDoc], window_days: int = WINDOW_DAYS, *,
               existing: Mapping[str, ClusterInfo] | None = None, params: DedupParams = DEFAULT_PARAMS,
               cache: FeatureCache | None = None) -> list[DedupResult]:
    """Run assign_clusters landing day by landing day, as the pipeline does, with a
    window of the ``window_days`` previous landing days."""
    by_day: dict[date, list[DedupDoc]] = {}
    for d in docs:
        by_day.setdefault(d.landing_date, []).append(d)
    state = dict(existing or {})
    out: list[DedupResult] = []
    for day in sorted(by_day):
        window = [w for k in range(1, window_days + 1) for w in by_day.get(day - timedelta(days=k), [])]
        res = assign_clusters(by_day[day], window, state, params=params, cache=cache)
        state = update_existing(state, res)
        out += res
    return out
