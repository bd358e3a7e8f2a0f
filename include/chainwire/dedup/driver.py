"""Cluster one landing day (``assign_clusters``), or a corpus day by day (``dedup_days``)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, timedelta

from chainwire.dedup.anchors import anchor_edges
from chainwire.dedup.cluster import (
    DayProblem,
    best_edges,
    components,
    dedupe_window,
    identity_edges,
    merge,
    notice_edges,
    results,
    strong_members,
    text_edges,
)
from chainwire.dedup.features import FeatureCache, SignatureIndex, features_for
from chainwire.dedup.params import DEFAULT_PARAMS, WINDOW_DAYS, DedupParams
from chainwire.dedup.records import ClusterInfo, DedupDoc, DedupResult, update_existing


def assign_clusters(docs_today: list[DedupDoc], window_docs: list[DedupDoc],
                    existing: Mapping[str, ClusterInfo] | None = None, *,
                    params: DedupParams = DEFAULT_PARAMS, cache: FeatureCache | None = None,
                    signatures: SignatureIndex | None = None) -> list[DedupResult]:
    """Cluster today's docs into stories; one DedupResult per doc of ``docs_today``.

    ``window_docs`` are the docs of the previous landing days of the window and
    ``existing`` their assignments (``update_existing`` builds it from earlier results);
    window docs without an assignment are clustered along with today's docs (their rows
    are not returned). Results are sorted by article_id and do not depend on input order.
    ``signatures``: computed ahead by content (``dedup.precomputed``); the results are the same without.
    """
    ids = [d.article_id for d in docs_today]
    if len(set(ids)) != len(ids):
        raise ValueError("docs_today has repeated article_ids (the parse stage keeps one per day)")
    today = sorted(docs_today, key=lambda d: d.article_id)
    p = DayProblem.build(dedupe_window(window_docs), today, existing or {})
    feats = features_for([d.body_text for d in p.docs], params, cache, [d.content_sha256 for d in p.docs], signatures)

    edges, url_index, oid_index = identity_edges(p, feats)
    edges += notice_edges(p, url_index, oid_index)
    del url_index, oid_index  # (a key and a list per doc each, ≈ 50 MB at 100k: not held through the text edges)
    edges += text_edges(p, feats, params)
    if params.anchors:  # only for AI translations that no identity evidence ties to an original
        edges += anchor_edges(p.docs, feats, p.free, strong_members(edges), params)

    uf = merge(p, edges)
    out = results(p, feats, uf, components(p, uf), best_edges(p, uf, edges))
    if cache is not None:
        cache.prune()
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


def cluster_rows(today: list[dict], window: Iterable[Mapping], signatures: SignatureIndex | None = None) -> int:
    """Set cluster_id, is_canonical, duplicate_of, similarity and copy_kind on today's
    ``core.articles`` rows (in place) against the window's rows; returns the window's size.

    An earlier day's assignment is never changed, and an article seen on an earlier day keeps
    its story, so re-running a day reproduces the same rows. ``signatures``: as ``assign_clusters``.
    """
    values, n_window = cluster_assignments(today, window, signatures)
    for row, assigned in zip(today, values, strict=True):
        row.update(zip(CLUSTER_FIELDS, assigned, strict=True))
    return n_window


CLUSTER_FIELDS = ("cluster_id", "is_canonical", "duplicate_of", "similarity", "copy_kind")  # what dedup sets


def cluster_assignments(today: Iterable[Mapping], window: Iterable[Mapping],
                        signatures: SignatureIndex | None = None) -> tuple[list[tuple], int]:
    """``cluster_rows``' values (``CLUSTER_FIELDS``, one tuple per row of ``today``, in its order) and the window's
    size, without holding the rows: ``today`` and ``window`` are read once each, and of a row only its
    ``DedupDoc`` (and today's article_id, similarity and copy_kind) is kept, so a caller may stream them (the
    100k-article day's rows as dicts, the bodies among them: ≈ 0.4 GB, docs/performance.md)."""
    window_docs, existing = [], {}
    for r in window:
        window_docs.append(DedupDoc.from_row(r))
        if r["cluster_id"]:
            existing[r["article_id"]] = ClusterInfo(r["cluster_id"], bool(r["is_canonical"]), r["duplicate_of"])
    docs, own = [], []
    for r in today:
        docs.append(DedupDoc.from_row(r))
        own.append((r["article_id"], r["similarity"], r["copy_kind"]))
    results = {r.article_id: r for r in assign_clusters(docs, window_docs, existing, signatures=signatures)}
    del docs
    values = []
    for article_id, similarity, kind in own:
        res = results[article_id]
        prior = existing.get(article_id)
        if prior is not None:  # the same article seen on an earlier day keeps its story
            values.append((prior.cluster_id, prior.is_canonical, prior.duplicate_of,
                           1.0 if prior.is_canonical else similarity,
                           None if prior.is_canonical else (kind or "rescrape")))
        else:
            values.append((res.cluster_id, res.is_canonical, res.duplicate_of,
                           1.0 if res.is_canonical else res.similarity, res.copy_kind))
    return values, len(window_docs)
