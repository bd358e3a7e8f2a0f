"""The order gate's bound (chainwire.dedup.order_bound): it never drops a pair the order gate passes."""

from __future__ import annotations

import random

import numpy as np
import pytest

from chainwire.dedup import DEFAULT_PARAMS, dedup_days, sentence_junctions
from chainwire.dedup import cluster as dedup_cluster
from chainwire.dedup.order_bound import SKETCH_BUCKETS, junction_sketch, may_pass_order_gate
from chainwire_synth.copies import planted_corpus

pytestmark = pytest.mark.unit  # make test-fast


def gate_passes(a: frozenset, b: frozenset, order_min: float, order_jaccard_min: float) -> bool:
    """The order gate of ``features.text_match`` written out on two junction sets."""
    if not (a and b):
        return True
    shared = len(a & b)
    return not (shared < order_min * min(len(a), len(b)) or shared < order_jaccard_min * (len(a) + len(b) - shared))


@pytest.mark.parametrize("order_min, order_jaccard_min", [(DEFAULT_PARAMS.order_min, DEFAULT_PARAMS.order_jaccard_min),
                                                          (0.1, 0.05), (1.0, 1.0), (0.5, 0.0), (0.0, 0.3)])
def test_the_bound_keeps_every_pair_the_gate_passes(order_min, order_jaccard_min):
    rng = random.Random(11)
    # a small vocabulary: many junctions share a bucket within one set and across sets (the bound's worst case)
    vocab = [f"w{k:03d}|v{k % 7}" for k in range(8 * SKETCH_BUCKETS)]
    base = [frozenset(rng.sample(vocab, rng.choice([0, 1, 2, 5, 9, 20, 60, 150, 400]))) for _ in range(60)]
    sets = base + [frozenset(rng.sample(sorted(s), len(s) * 3 // 4)) | frozenset(rng.sample(vocab, 2)) for s in base]
    sketch = junction_sketch(sets, chunk=7)  # (chunks of bodies: the same sketch)
    whole = junction_sketch(sets)
    assert all(np.array_equal(getattr(whole, f), getattr(sketch, f)) for f in ("count", "once", "twice", "extra"))
    lo, hi = (a.ravel() for a in np.triu_indices(len(sets), 1))
    got = may_pass_order_gate(sketch, lo, hi, order_min, order_jaccard_min)
    expected = np.array([gate_passes(sets[a], sets[b], order_min, order_jaccard_min) for a, b in zip(lo, hi, strict=True)])
    assert not (expected & ~got).any()  # never drops a pair the gate passes
    if order_min > 0.1:
        assert (~got).sum() > 0.3 * (~expected).sum()  # and drops many of those it rejects


def test_the_sketch_of_real_junctions_and_of_none():
    texts = ["첫 문장이다. 둘째 문장이다. 셋째 문장이다.", "한 문장뿐", ""]
    sketch = junction_sketch([sentence_junctions(t) for t in texts])
    assert sketch.count.tolist() == [2, 0, 0]
    assert sketch.once.dtype == np.uint64 and bin(int(sketch.once[0])).count("1") in (1, 2)
    assert sketch.once[1] == sketch.once[2] == 0 and sketch.extra.tolist() == [0, 0, 0]
    # a body without junctions: the gate passes any pair with it
    assert may_pass_order_gate(sketch, np.array([0, 1]), np.array([1, 2]), 0.5, 0.3).all()


def test_clusters_are_the_same_without_the_bound(monkeypatch):
    corpus = planted_corpus(3, 150, seed=4)
    with_bound = dedup_days(corpus.docs)
    dropped = []

    def keep_all(sketch, lo, hi, order_min, order_jaccard_min):
        dropped.append(int((~may_pass_order_gate(sketch, lo, hi, order_min, order_jaccard_min)).sum()))
        return np.ones(len(lo), bool)

    monkeypatch.setattr(dedup_cluster, "may_pass_order_gate", keep_all)
    assert dedup_days(corpus.docs) == with_bound
    assert sum(dropped) > 0  # the bound had pairs to drop on this corpus


def test_shingles_filled_in_batches_equal_those_asked_one_body_at_a_time():
    from chainwire.dedup.features import Features, fill_shingles

    bodies = [d.body_text for d in planted_corpus(1, 40, seed=6).docs] + ["짧다", "", "다섯 글자"]
    lazy = [Features(sha=str(i), signature=None, body=b) for i, b in enumerate(bodies)]
    batched = [Features(sha=str(i), signature=None, body=b) for i, b in enumerate(bodies)]
    fill_shingles(batched[::-1], batch=7)
    for a, b in zip(lazy, batched, strict=True):
        assert np.array_equal(a.shingles, b.shingles) and b.shingles.dtype == a.shingles.dtype
