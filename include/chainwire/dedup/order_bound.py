"""The order gate's verdict on many LSH pairs at once, as a bound: pairs it must reject, dropped before
their MinHash estimate.

The gate (``features.text_match``) counts the sentence junctions two bodies share. Here each body's
junctions are counted per bucket of ``SKETCH_BUCKETS`` (a junction's bucket: a CRC-32 of it, the same in
every body), and for a pair the sum over buckets of the smaller count is at least the junctions they
share: two equal junctions fall in one bucket. A pair whose bound already fails the gate's two ratios
fails them with the true count (both ratios grow with it), so dropping it changes no decision. On the
generated 100k-article day the bound drops 98.7 % of the 24M banded pairs; the gate, read pair by pair in
Python, had rejected 99.3 % of the 2.16M that passed the estimate (docs/performance.md).

A body's counts are kept as bit masks so that a pair's bound is a few popcounts:
``once`` (buckets with >= 1 junction), ``twice`` (>= 2) and ``extra`` (junctions beyond two in a bucket,
summed); min(a, b) per bucket = [both >= 1] + [both >= 2] + (min beyond two, at most the smaller extra).
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

import numpy as np

SKETCH_BUCKETS = 64  # one uint64 mask per level


@dataclass(frozen=True)
class JunctionSketch:
    """Per body: its junction count and its per-bucket counts as masks (module doc)."""

    count: np.ndarray  # int64
    once: np.ndarray  # uint64
    twice: np.ndarray  # uint64
    extra: np.ndarray  # int64


def junction_sketch(junction_sets: Iterable[frozenset[str]], chunk: int = 4096) -> JunctionSketch:
    """The sketch of each body's sentence junctions (``Features.junctions``); ``chunk`` bodies' per-bucket
    counts at a time (2 MB, not 51 MB for the 100k-article day's bodies at once). The sets are read once,
    in order, ``chunk`` at a time: a caller may make them as they are asked for and keep none."""
    counts, onces, twices, extras = [], [], [], []
    sets_left = iter(junction_sets)
    while sets := list(islice(sets_left, chunk)):
        count = np.fromiter((len(js) for js in sets), dtype=np.int64, count=len(sets))
        buckets = np.fromiter((zlib.crc32(j.encode()) for js in sets for j in js), dtype=np.int64,
                              count=int(count.sum())) % SKETCH_BUCKETS
        body = np.repeat(np.arange(len(sets), dtype=np.int64), count)
        per_bucket = np.bincount(body * SKETCH_BUCKETS + buckets,
                                 minlength=len(sets) * SKETCH_BUCKETS).reshape(len(sets), SKETCH_BUCKETS)
        counts.append(count)
        onces.append(_masks(per_bucket >= 1))
        twices.append(_masks(per_bucket >= 2))
        extras.append(np.maximum(per_bucket - 2, 0).sum(axis=1).astype(np.int64))
    if not counts:
        return JunctionSketch(np.zeros(0, np.int64), np.zeros(0, np.uint64), np.zeros(0, np.uint64),
                              np.zeros(0, np.int64))
    return JunctionSketch(np.concatenate(counts), np.concatenate(onces), np.concatenate(twices),
                          np.concatenate(extras))


def _masks(bits: np.ndarray) -> np.ndarray:
    """One uint64 per row of a (rows, 64) bool array: bit k set when column k is."""
    return np.packbits(bits, axis=1, bitorder="little").view("<u8").ravel().astype(np.uint64)


# Pairs bounded at a time: a band of the 100k-article day has ≈ 750k pairs, and each of the bound's dozen
# gathers and temporaries of that length (6 MB) went through memory; 32,768 pairs (256 kB each) stay in the
# cache: the day's 24M banded pairs 1.0–1.45 → 0.66 CPU-s (docs/performance.md). Element by element, the same answer.
BOUND_CHUNK = 1 << 15


def may_pass_order_gate(sketch: JunctionSketch, lo: np.ndarray, hi: np.ndarray, order_min: float,
                        order_jaccard_min: float) -> np.ndarray:
    """Per pair (``lo[i]``, ``hi[i]``): False when the order gate must reject it (its bound of shared
    junctions fails a ratio), True when it may pass (or a body has no junction: the gate passes it)."""
    out = np.empty(len(lo), bool)
    for s in range(0, len(lo), BOUND_CHUNK):
        a, b = lo[s:s + BOUND_CHUNK], hi[s:s + BOUND_CHUNK]
        shared = np.bitwise_count(sketch.once[a] & sketch.once[b]).astype(np.int64)
        shared += np.bitwise_count(sketch.twice[a] & sketch.twice[b])
        shared += np.minimum(sketch.extra[a], sketch.extra[b])
        ca, cb = sketch.count[a], sketch.count[b]
        # the gate's own expressions (features.text_match), with the bound for the shared count
        fails = (shared < order_min * np.minimum(ca, cb)) | (shared < order_jaccard_min * (ca + cb - shared))
        out[s:s + BOUND_CHUNK] = ~fails | (ca == 0) | (cb == 0)
    return out
