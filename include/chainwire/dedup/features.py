"""What the text evidence needs of one body, and the same-story decision on text alone."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import pairwise

import numpy as np

from chainwire.dedup.anchors import numeric_anchors
from chainwire.dedup.minhash import minhash_signatures, shingle_hashes
from chainwire.dedup.params import DEFAULT_PARAMS, NGRAM, ORDER_K, SEED, DedupParams
from chainwire.identity import normalize_text, normalized_body


@dataclass(eq=False, slots=True)  # (no instance dict: one per distinct body of the day and its window)
class Features:
    """What the text evidence needs of one body; the shingles and the order/fact/anchor parts are lazy
    (``shingles`` is computed from the body when asked and not given: only the few candidates that pass
    the order gate need it, when the signature was computed ahead, ``features_for``)."""

    sha: str  # == chainwire.identity.content_sha256(body_text)
    signature: np.ndarray | None  # uint32[num_perm]; None below min_shingles
    body: str = field(default="", repr=False)
    order_k: int = ORDER_K  # characters each side of a sentence junction
    ngram: int = NGRAM  # characters per shingle
    _shingles: np.ndarray | None = field(default=None, repr=False)
    _junctions: frozenset | None = field(default=None, repr=False)
    _facts: dict | None = field(default=None, repr=False)
    _anchors: frozenset | None = field(default=None, repr=False)

    @property
    def shingles(self) -> np.ndarray:
        """Sorted distinct uint32 shingle hashes (a text's hashes do not depend on the batch it is in)."""
        if self._shingles is None:
            self._shingles = shingle_hashes([normalize_text(self.body)], self.ngram)[0]
        return self._shingles

    @property
    def junctions(self) -> frozenset:
        if self._junctions is None:
            self._junctions = sentence_junctions(normalize_text(self.body), self.order_k)
        return self._junctions

    def forget_junctions(self) -> None:
        """Drop the kept junctions (``text_edges`` keeps them for one chunk of candidate pairs: a function of the
        body, made again when asked)."""
        self._junctions = None

    def junctions_unkept(self) -> frozenset:
        """The junctions without keeping them: the order gate's sketch reads every body's once, the gate itself
        only the candidates' (the 100k-article day's sets ≈ 0.1 GB, docs/performance.md)."""
        if self._junctions is not None:
            return self._junctions
        return sentence_junctions(normalize_text(self.body), self.order_k)

    @property
    def facts(self) -> dict:
        """(Apart from the junctions: the fact gate reads them only for the ≈ 1 % of candidates that pass the
        order gate and the Jaccard.)"""
        if self._facts is None:
            self._facts = number_facts(normalize_text(self.body))
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
    return frozenset(f"{a[-k:]}|{b[:k]}" for a, b in pairwise(sents))


def number_facts(norm: str) -> dict[str, frozenset[str]]:
    """Numbers of a normalized text grouped by the character after them (일, %, 척, 억...)."""
    out: dict[str, set[str]] = {}
    for m in _FACT.finditer(norm):
        out.setdefault(m.group(2), set()).add(m.group(1).rstrip(".,"))
    return {k: frozenset(v) for k, v in out.items()}


def fact_agreement(a: Features, b: Features) -> tuple[int, int]:
    """(agreements, conflicts): shared values, and units present in both with no shared value."""
    fa, fb = a.facts, b.facts
    agree = conflicts = 0
    for unit in fa.keys() & fb.keys():
        common = len(fa[unit] & fb[unit])
        agree += common
        conflicts += common == 0
    return agree, conflicts


def order_gate(a: Features, b: Features, params: DedupParams) -> bool:
    """The two texts share their sentence order (or one has no sentence junction)."""
    ja, jb = a.junctions, b.junctions
    if not (ja and jb) or params.order_min is None:  # (None: no order gate; the caller checks it too)
        return True
    shared = len(ja & jb)
    return not (shared < params.order_min * min(len(ja), len(jb))
                or shared < params.order_jaccard_min * (len(ja) + len(jb) - shared))


def _fact_gate(a: Features, b: Features, j: float, params: DedupParams) -> bool:
    """Their numbers agree (a pair agreeing on none needs no_fact_margin more Jaccard)."""
    agree, conflicts = fact_agreement(a, b)
    if conflicts and agree <= conflicts:
        return False
    return bool(agree) or j >= params.threshold + params.no_fact_margin


def text_match(a: Features, b: Features, params: DedupParams = DEFAULT_PARAMS,
               jac: float | None = None) -> float | None:
    """The Jaccard of two bodies when text evidence alone makes them one story, else None.

    The rule: same text; or both signed, exact Jaccard >= threshold, and the order and fact gates
    pass. The order gate is checked before the Jaccard (the conditions are a conjunction, so the
    answer is the same): it reads a few dozen sentence junctions where the Jaccard merges two
    shingle sets of ~500 values, and it rejects 99.3 % of the LSH candidates that reach it (a
    generated 100k-article day: 2.16M candidates, docs/performance.md)."""
    if a.sha == b.sha:
        return 1.0
    if a.signature is None or b.signature is None:
        return None
    if params.order_min is not None and not order_gate(a, b, params):
        return None
    j = jaccard(a.shingles, b.shingles) if jac is None else jac
    if j < params.threshold:
        return None
    if params.fact_gate and not _fact_gate(a, b, j, params):
        return None
    return j


def text_decision(a: Features, b: Features, params: DedupParams = DEFAULT_PARAMS,
                  jac: float | None = None) -> tuple[bool, float]:
    """(same story?, Jaccard) for two bodies by text evidence alone (``text_match``, with the
    Jaccard also for a rejected pair)."""
    j = text_match(a, b, params, jac)
    if j is not None:
        return True, j
    return False, jaccard(a.shingles, b.shingles) if jac is None else jac


def text_similarity(a: Features, b: Features) -> float | None:
    """Exact Jaccard of two bodies (1.0 for the same text; None when either is too short to sign)."""
    if a.sha == b.sha:
        return 1.0
    if a.signature is None or b.signature is None:
        return None
    return jaccard(a.shingles, b.shingles)


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


# Texts per batch of compute_features. Its numpy temporaries (≈ 8 bytes per character of the batch) then
# stay a few MB, which the allocator reuses from batch to batch; with 2,048 texts (≈ 10 MB each) every
# batch mapped fresh memory and paid for it in page faults: the 20k-article day's bodies cost 1.5-1.7
# user + 0.15-0.70 system CPU-s with 2,048, 1.4 + 0.01 with 512 (docs/performance.md, h5).
FEATURE_BATCH = 512


def _signed_batches(texts: list[str], params: DedupParams, batch: int,
                    normalize: Callable[[str], str] = normalize_text):
    """Per batch of ``texts``: (the batch, normalized texts (``normalize``: ``normalize_text`` or what it gives),
    shingle values and offsets, {index in the batch: signature} of the texts with at least ``min_shingles`` shingles)."""
    for b0 in range(0, len(texts), batch):
        chunk = texts[b0:b0 + batch]
        norms = [normalize(t) for t in chunk]
        values, offsets = shingle_hashes(norms, params.ngram)
        counts = offsets[1:] - offsets[:-1]
        signed = np.flatnonzero(counts >= params.min_shingles)
        sub_off = np.zeros(len(signed) + 1, np.int64)
        np.cumsum(counts[signed], out=sub_off[1:])
        sub_vals = (np.concatenate([values[offsets[i]:offsets[i + 1]] for i in signed]) if len(signed)
                    else values[:0])
        sigs = minhash_signatures(sub_vals, sub_off, params.num_perm, params.seed)
        yield chunk, norms, values, offsets, dict(zip(signed.tolist(), sigs, strict=True))


def fill_shingles(feats: Iterable[Features], batch: int = FEATURE_BATCH) -> None:
    """Compute the shingles of those ``feats`` that have none yet, ``batch`` bodies per ``shingle_hashes`` call
    (the same values as ``Features.shingles`` asks one body at a time: a text's hashes do not depend on its
    batch; one call per body cost ≈ 0.2 ms, ≈ 1.6 CPU-s for the 16k bodies the 100k-article day's Jaccards
    read)."""
    todo = [f for f in feats if f._shingles is None]
    for ngram in sorted({f.ngram for f in todo}):
        same = [f for f in todo if f.ngram == ngram]
        for b0 in range(0, len(same), batch):
            chunk = same[b0:b0 + batch]
            values, offsets = shingle_hashes([normalize_text(f.body) for f in chunk], ngram)
            for i, f in enumerate(chunk):
                f._shingles = values[offsets[i]:offsets[i + 1]].copy()


def compute_features(texts: list[str], params: DedupParams = DEFAULT_PARAMS, batch: int = FEATURE_BATCH) -> list[Features]:
    """Features of each text, computed in batches (numpy temporaries stay a few MB)."""
    out: list[Features] = []
    for chunk, norms, values, offsets, sig_of in _signed_batches(texts, params, batch):
        for i, nt in enumerate(norms):
            out.append(Features(sha=hashlib.sha256(nt.encode()).hexdigest(), signature=sig_of.get(i), body=chunk[i],
                                order_k=params.order_k, ngram=params.ngram,
                                _shingles=values[offsets[i]:offsets[i + 1]].copy()))
    return out


def compute_signatures(texts: list[str], params: DedupParams = DEFAULT_PARAMS,
                       batch: int = FEATURE_BATCH) -> list[tuple[str, np.ndarray | None]]:
    """(content_sha256, signature or None) of each text: the part of its ``Features`` that every candidate
    search reads, computed ahead of the dedup stage (the parse workers, ``dedup.precomputed``)."""
    return [(normalized_body(text)[1], sig_of.get(i))  # (remembered: the batch's rows hashed it a moment ago)
            for chunk, _, _, _, sig_of in _signed_batches(texts, params, batch, _normalized)
            for i, text in enumerate(chunk)]


def _normalized(text: str) -> str:
    return normalized_body(text)[0]


@dataclass(frozen=True)
class SignatureIndex:
    """Signatures computed ahead, by normalized content: ``rows[content_sha256]`` is a row of ``values``
    (uint32[n, num_perm]), or -1 for a text too short to sign. Valid for ``feature_key``'s parameters."""

    feature_key: tuple
    rows: dict[str, int]
    values: np.ndarray

    def lookup(self, sha: str | None) -> tuple[bool, np.ndarray | None]:
        """(known?, its signature)."""
        row = self.rows.get(sha) if sha is not None else None
        if row is None:
            return False, None
        return True, (self.values[row] if row >= 0 else None)


class FeatureCache:
    """Optional memo of per-body features across assign_clusters calls.

    Results do not depend on it. Entries not used by a call are dropped at the end of
    that call (``prune``), so it holds about one window of documents.
    """

    def __init__(self):
        self._data: dict[tuple, Features] = {}
        self._used: set[tuple] = set()

    def __len__(self) -> int:
        return len(self._data)

    def get(self, key: tuple) -> Features | None:
        feat = self._data.get(key)
        if feat is not None:
            self._used.add(key)
        return feat

    def put(self, key: tuple, feat: Features) -> None:
        self._data[key] = feat
        self._used.add(key)

    def prune(self) -> None:
        self._data = {k: v for k, v in self._data.items() if k in self._used}
        self._used = set()


def features_for(bodies: list[str], params: DedupParams, cache: FeatureCache | None,
                 shas: list[str | None] | None = None, signatures: SignatureIndex | None = None) -> list[Features]:
    """Features of each body (one per distinct body, memoized in ``cache``).

    A body whose ``shas[i]`` (its ``content_sha256``) is in ``signatures`` takes its signature from there and
    its shingles only when asked (``Features.shingles``): the same features, without signing the day again
    in this process (``dedup.precomputed``)."""
    out: list[Features | None] = [None] * len(bodies)
    todo: dict[str, list[int]] = {}
    usable = signatures is not None and shas is not None and signatures.feature_key == params.feature_key
    known: dict[str, Features] = {}  # by body, as the cache and ``todo`` (the raw body feeds the anchors)
    for i, body in enumerate(bodies):
        hit = cache.get((params.feature_key, body)) if cache is not None else None
        if hit is None and usable:
            hit = known.get(body)
            if hit is None:
                found, sig = signatures.lookup(shas[i])  # type: ignore[union-attr,index]
                if found:
                    hit = known[body] = Features(sha=shas[i], signature=sig, body=body,  # type: ignore[index,arg-type]
                                                 order_k=params.order_k, ngram=params.ngram)
                    if cache is not None:
                        cache.put((params.feature_key, body), hit)
        if hit is not None:
            out[i] = hit
        else:
            todo.setdefault(body, []).append(i)
    if todo:
        texts = sorted(todo)
        for text, feat in zip(texts, compute_features(texts, params), strict=True):
            for i in todo[text]:
                out[i] = feat
            if cache is not None:
                cache.put((params.feature_key, text), feat)
    return out  # type: ignore[return-value]
