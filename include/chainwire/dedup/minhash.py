"""Shingle hashing, batched MinHash signatures and LSH banding, in numpy.

The signatures are bit-identical to datasketch's ``affine32`` ``MinHash.update_batch`` of
the same shingle hashes; the banding is the one ``MinHashLSH`` chooses, vectorized.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

import numpy as np

from chainwire.dedup.params import LSH_BANDS, MAX_BUCKET, NUM_PERM, SEED

_U64 = np.uint64
_MIX1, _MIX2 = _U64(0xBF58476D1CE4E5B9), _U64(0x94D049BB133111EB)
_POLY = _U64(0x100000001B3)


def _splitmix(h: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """SplitMix64's finalizer of every element (into ``out``, which may be ``h``: one temporary
    instead of one per step; the values are the same either way)."""
    if out is None:
        out = np.empty_like(h)
    tmp = np.empty_like(h)
    np.right_shift(h, _U64(30), out=tmp)
    np.bitwise_xor(h, tmp, out=out)
    np.multiply(out, _MIX1, out=out)
    np.right_shift(out, _U64(27), out=tmp)
    np.bitwise_xor(out, tmp, out=out)
    np.multiply(out, _MIX2, out=out)
    np.right_shift(out, _U64(31), out=tmp)
    np.bitwise_xor(out, tmp, out=out)
    return out


def _fmix32(h: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer (datasketch's pre-mix of the affine32 scheme)."""
    h = h ^ (h >> np.uint32(16))
    h = h * np.uint32(0x85EBCA6B)
    h = h ^ (h >> np.uint32(13))
    h = h * np.uint32(0xC2B2AE35)
    return h ^ (h >> np.uint32(16))


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutations ``MinHash(num_perm, seed, scheme="affine32").permutations``, drawn
    the way it draws them (tested equal) without importing datasketch: a parse worker signs its batch, and
    the import (≈ 0.4 CPU-s, scipy) would be paid in every worker."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)  # odd: a bijection
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return np.ascontiguousarray(a)[:, None], np.ascontiguousarray(b)[:, None]


@lru_cache(maxsize=32)
def lsh_bands(threshold: float, num_perm: int, weights: tuple[float, float]) -> tuple[int, int]:
    """(bands, rows) that datasketch's MinHashLSH chooses for this threshold (``LSH_BANDS`` holds its choice
    for the default parameters, tested equal: its optimiser needs scipy, ≈ 0.4 CPU-s to import)."""
    known = LSH_BANDS.get((threshold, num_perm, tuple(weights)))
    if known is not None:
        return known
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
    cp = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    cp += _U64(1)
    total = len(cp)
    starts = np.zeros(m, np.int64)
    np.cumsum(lens[:-1], out=starts[1:])
    # polynomial hash of every window of the concatenation (contiguous slices, no gathers)
    width = max(total - n + 1, 0)
    h = np.zeros(width, dtype=np.uint64)
    for k in range(n):
        h *= _POLY
        h += cp[k:k + width]
    del cp
    count = np.maximum(lens - n + 1, 0)  # grams inside each text
    # The windows inside a text are the first count[i] windows from starts[i], in text order: keep
    # those (a mask over the few windows that straddle two texts), not a gather of every position.
    inside = np.ones(width, bool)
    ends = starts + count  # first straddling window after text i
    stop = np.minimum(starts + lens, width)  # up to the next text's first window
    span = np.maximum(stop - ends, 0)  # (a short last text: none)
    if span.any():
        inside[np.repeat(ends - np.cumsum(span) + span, span) + np.arange(int(span.sum()))] = False
    hv = h[inside] if not inside.all() else h
    del h
    short = np.flatnonzero((lens > 0) & (lens < n))
    if not len(short):  # every text's windows in one run, the texts in order
        return _distinct_per_text(_splitmix(hv, out=hv), count)
    doc = np.repeat(np.arange(m, dtype=np.uint64) << _U64(32), count)
    extra = np.array([_short_hash(texts[i]) for i in short], dtype=np.uint64)  # whole-text shingles
    doc = np.concatenate((doc, short.astype(np.uint64) << _U64(32)))
    hv = np.concatenate((hv, extra))
    key = _splitmix(hv, out=hv)
    key >>= _U64(32)
    key |= doc
    del doc
    key.sort()
    keep = np.ones(len(key), bool)
    np.not_equal(key[1:], key[:-1], out=keep[1:])
    key = key[keep]
    kdoc = (key >> _U64(32)).astype(np.int64)
    values = key.astype(np.uint32)  # the low 32 bits
    offsets = np.searchsorted(kdoc, np.arange(m + 1), side="left").astype(np.int64)
    return values, offsets


def _distinct_per_text(mixed: np.ndarray, count: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``shingle_hashes``' (values, offsets) from the mixed window hashes of texts lying one after the other
    (text i's ``count[i]`` windows in a run, the texts in order): what sorting the keys ``text << 32 | hash >> 32``
    and dropping repeats gives, each text's run of 32-bit hashes sorted in place instead. A sort of the whole
    day-batch's 64-bit keys (≈ 110k for 200 bodies) cost ≈ 22 µs a body, the runs' sorts ≈ 5 (docs/performance.md,
    session 14, t1)."""
    mixed >>= _U64(32)
    vals = mixed.astype(np.uint32)
    bounds = np.zeros(len(count) + 1, np.int64)
    np.cumsum(count, out=bounds[1:])
    for lo, hi in zip(bounds[:-1].tolist(), bounds[1:].tolist(), strict=True):
        if hi - lo > 1:
            vals[lo:hi].sort()
    keep = np.ones(len(vals), bool)
    np.not_equal(vals[1:], vals[:-1], out=keep[1:])
    keep[bounds[:-1][count > 0]] = True  # a text's first hash, whatever the text before it ended on
    kept = np.zeros(len(vals) + 1, np.int64)
    np.cumsum(keep, out=kept[1:])
    return vals[keep], kept[bounds]


def _short_hash(text: str) -> int:
    h = 0
    for ch in text:
        h = (h * 0x100000001B3 + ord(ch) + 1) & 0xFFFFFFFFFFFFFFFF
    return h


def minhash_signatures(values: np.ndarray, offsets: np.ndarray, num_perm: int = NUM_PERM,
                       seed: int = SEED, chunk: int = 4096) -> np.ndarray:
    """datasketch affine32 MinHash of each set (rows of ``values`` by ``offsets``).

    Row i equals ``MinHash(num_perm, seed, hashfunc=int).update_batch(set_i).hashvalues``;
    an empty set gives the all-ones 'empty' signature. Whole sets of about ``chunk`` values at a
    time: 4,096 (a 2 MB buffer at 128 permutations) took the 20k day's sets in 0.42-0.50 CPU-s,
    8,192 in 0.68-0.73, 2,048 in 1.2-1.3 (most sets then fill a chunk alone).
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
        if width > buf.shape[1]:  # one set larger than a chunk: a larger buffer, kept for the next ones
            buf = np.empty((num_perm, width), dtype=np.uint32)
        out = buf[:, :width]
        np.multiply(a, hv[None, lo:hi], out=out)
        np.add(out, b, out=out)
        sig[docs] = np.minimum.reduceat(out, offsets[docs] - lo, axis=1).T
        i = j
    return sig


def _band_pairs(sigs: np.ndarray, free: np.ndarray, bands: int, rows: int, max_bucket: int):
    """Per LSH band, the pairs (``lo``, ``hi``: lo < hi) of rows sharing a bucket of it, at least one of
    them free (a pair is in one bucket per band, so none repeats within a band).

    Vectorized banding: each band's rows are hashed to one uint64 key, equal keys form a
    bucket (the bucket datasketch's MinHashLSH would put them in, up to 64-bit hash
    collisions, which the exact check removes). Buckets without a free row are skipped.
    """
    m = len(sigs)
    free_u8 = free.astype(np.int64)
    every_free = bool(free.all())
    for b in range(bands):
        cols = sigs[:, b * rows:(b + 1) * rows].astype(np.uint64)
        h = np.full(m, _U64(b + 1), dtype=np.uint64)
        for c in range(rows):
            h = _splitmix(h * _POLY + cols[:, c])
        order = np.argsort(h, kind="stable")  # stable: a bucket's members in increasing row order
        hs = h[order]
        brk = np.flatnonzero(hs[1:] != hs[:-1]) + 1
        run_start = np.concatenate(([0], brk))
        size = np.diff(np.concatenate((run_start, [m])))
        has_free = np.add.reduceat(free_u8[order], run_start) > 0
        keep = (size >= 2) & (size <= max_bucket) & has_free
        if not keep.any():
            continue
        los, his = [], []
        for sz in np.unique(size[keep]).tolist():
            starts = run_start[keep & (size == sz)]
            members = order[starts[:, None] + np.arange(sz)[None, :]]
            iu, ju = np.triu_indices(sz, 1)
            lo, hi = members[:, iu].ravel(), members[:, ju].ravel()  # (members increase: lo < hi)
            if not every_free:
                ok = free[lo] | free[hi]
                lo, hi = lo[ok], hi[ok]
            los.append(lo)
            his.append(hi)
        yield np.concatenate(los), np.concatenate(his)


def _key_pairs(key: np.ndarray, m: int) -> np.ndarray:
    """Sorted distinct pairs (rows ``[lo, hi]``) of the keys ``lo * m + hi``."""
    key = np.sort(key)
    key = key[np.concatenate(([True], key[1:] != key[:-1]))] if len(key) else key.astype(np.int64)
    return np.stack([key // m, key % m], axis=1)


def lsh_pairs(sigs: np.ndarray, free: np.ndarray, bands: int, rows: int,
              max_bucket: int = MAX_BUCKET) -> np.ndarray:
    """Pairs (i<j) of rows sharing at least one LSH band, at least one of them free (``_band_pairs``),
    sorted."""
    m = len(sigs)
    keys = [lo * m + hi for lo, hi in _band_pairs(sigs, free, bands, rows, max_bucket)] if m >= 2 else []
    if not keys:
        return np.zeros((0, 2), np.int64)
    return _key_pairs(np.concatenate(keys), m)


PairTest = Callable[[np.ndarray, np.ndarray], np.ndarray]  # (lo, hi) -> bool per pair


def candidate_pairs(sigs: np.ndarray, free: np.ndarray, bands: int, rows: int, floor: float,
                    max_bucket: int = MAX_BUCKET, keep: PairTest | None = None) -> np.ndarray:
    """``estimate_filter(sigs, lsh_pairs(...), floor)``, the same sorted pairs, a band at a time; with ``keep``,
    only the pairs it keeps (it is asked before the estimate: a cheaper test the decision needs anyway).

    Each band's pairs are filtered as they are made and only the survivors are kept: the generated
    100k-article day has 21.5M distinct LSH pairs (~1 GB of keys and pairs held at once by ``lsh_pairs``)
    of which 2.16M pass the estimate; a band at a time holds one band's pairs. A pair sharing several
    bands is tested once per band (the same answer each time)."""
    m = len(sigs)
    kept = []
    for lo, hi in (_band_pairs(sigs, free, bands, rows, max_bucket) if m >= 2 else ()):
        if keep is not None:
            ok = keep(lo, hi)
            lo, hi = lo[ok], hi[ok]
        if not len(lo):
            continue
        pairs = estimate_filter(sigs, np.stack([lo, hi], axis=1), floor)
        kept.append(pairs[:, 0] * m + pairs[:, 1])
    if not kept:
        return np.zeros((0, 2), np.int64)
    return _key_pairs(np.concatenate(kept), m)


def estimate_filter(sigs: np.ndarray, pairs: np.ndarray, floor: float, step: int = 4096) -> np.ndarray:
    """Pairs whose MinHash Jaccard estimate is >= floor (a 32-permutation pre-pass with a
    generous margin first, then all permutations). ``step`` pairs at a time: their gathered
    signatures (2 MB at 128 permutations) are reused memory; 50,000 at a time mapped 25 MB afresh
    per step (the 20k day's 1.47M LSH pairs: 0.13-0.33 system CPU-s of page faults, now ≈ 0)."""
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
