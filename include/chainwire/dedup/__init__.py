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

Modules: ``params`` (every threshold, in ``DedupParams``), ``records`` (docs, results, edges),
``minhash`` (shingles, signatures, LSH), ``features`` (per-body features, the text decision),
``anchors`` (numeric anchors, translation notices), ``cluster`` (the steps of one day),
``driver`` (``assign_clusters``, ``dedup_days``, ``cluster_rows``, ``cluster_assignments``), ``precomputed`` (signatures computed
ahead, by the parse workers, as an Arrow table), ``versions`` (the copy a day keeps, article versions over
days: the one module that reads the lake).
"""

from chainwire.dedup.anchors import notice_links, numeric_anchors
from chainwire.dedup.cluster import copy_kind
from chainwire.dedup.driver import assign_clusters, cluster_assignments, cluster_rows, dedup_days
from chainwire.dedup.features import (
                                      FeatureCache,
                                      Features,
                                      compute_features,
                                      fact_agreement,
                                      jaccard,
                                      number_facts,
                                      sentence_junctions,
                                      text_decision,
                                      text_match,
)
from chainwire.dedup.minhash import lsh_bands, lsh_pairs, minhash_signatures, shingle_hashes
from chainwire.dedup.params import (
                                      ANCHOR_MAX_DAYS,
                                      ANCHOR_MIN_SCORE,
                                      ANCHOR_MIN_SHARED,
                                      COPY_KINDS,
                                      DEFAULT_PARAMS,
                                      EST_MARGIN,
                                      EVIDENCE,
                                      FACT_GATE,
                                      LSH_MARGIN,
                                      LSH_WEIGHTS,
                                      MAX_BUCKET,
                                      MIN_SHINGLES,
                                      NGRAM,
                                      NO_FACT_MARGIN,
                                      NUM_PERM,
                                      ORDER_JACCARD_MIN,
                                      ORDER_K,
                                      ORDER_MIN,
                                      SEED,
                                      THRESHOLD,
                                      WINDOW_DAYS,
                                      DedupParams,
)
from chainwire.dedup.records import ClusterInfo, DedupDoc, DedupResult, update_existing

__all__ = ["ANCHOR_MAX_DAYS", "ANCHOR_MIN_SCORE", "ANCHOR_MIN_SHARED", "COPY_KINDS", "DEFAULT_PARAMS", "EST_MARGIN",
           "EVIDENCE", "FACT_GATE", "LSH_MARGIN", "LSH_WEIGHTS", "MAX_BUCKET", "MIN_SHINGLES", "NGRAM",
           "NO_FACT_MARGIN", "NUM_PERM", "ORDER_JACCARD_MIN", "ORDER_K", "ORDER_MIN", "SEED", "THRESHOLD",
           "WINDOW_DAYS", "ClusterInfo", "DedupDoc", "DedupParams", "DedupResult", "FeatureCache", "Features",
           "assign_clusters", "cluster_assignments", "cluster_rows", "compute_features", "copy_kind", "dedup_days", "fact_agreement",
           "jaccard", "lsh_bands", "lsh_pairs", "minhash_signatures", "notice_links", "number_facts",
           "numeric_anchors", "sentence_junctions", "shingle_hashes", "text_decision", "text_match", "update_existing"]
