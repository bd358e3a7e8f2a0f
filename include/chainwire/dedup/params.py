"""Every number dedup decides with, in one frozen ``DedupParams`` (sweeps vary them).

The module constants are the measured defaults; ``DEFAULT_PARAMS`` holds them.
"""

from __future__ import annotations

from dataclasses import dataclass

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
# What that optimiser chooses, (bands, rows) by (LSH threshold, NUM_PERM, LSH_WEIGHTS), for the defaults
# (a test compares it with datasketch): the pipeline then never imports datasketch's optimiser (scipy).
LSH_BANDS: dict[tuple[float, int, tuple[float, ...]], tuple[int, int]] = {(0.45, 128, (0.3, 0.7)): (32, 4)}
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
# Edges are applied strongest first: identity evidence, then text, then numeric anchors.
RANK = {"exact": 3, "outlet_id": 3, "url": 3, "article_id": 3, "notice": 3, "text": 2, "anchors": 1}


@dataclass(frozen=True)
class DedupParams:
    ngram: int = NGRAM
    threshold: float = THRESHOLD
    num_perm: int = NUM_PERM
    seed: int = SEED
    lsh_threshold: float | None = None  # None: threshold - lsh_margin (>= 0.2)
    lsh_margin: float = LSH_MARGIN
    lsh_weights: tuple[float, float] = LSH_WEIGHTS
    max_bucket: int = MAX_BUCKET
    min_shingles: int = MIN_SHINGLES
    est_margin: float = EST_MARGIN
    order_min: float | None = ORDER_MIN  # None: no order gate
    order_jaccard_min: float = ORDER_JACCARD_MIN
    order_k: int = ORDER_K
    fact_gate: bool = FACT_GATE
    no_fact_margin: float = NO_FACT_MARGIN
    anchors: bool = True
    anchor_min_shared: int = ANCHOR_MIN_SHARED
    anchor_min_score: float = ANCHOR_MIN_SCORE
    anchor_max_days: int = ANCHOR_MAX_DAYS

    @property
    def lsh_at(self) -> float:
        return self.lsh_threshold if self.lsh_threshold is not None else max(0.2, self.threshold - self.lsh_margin)

    @property
    def feature_key(self) -> tuple:
        """The parameters a body's Features depend on (a FeatureCache key part)."""
        return (self.ngram, self.num_perm, self.seed, self.min_shingles, self.order_k)


DEFAULT_PARAMS = DedupParams()
