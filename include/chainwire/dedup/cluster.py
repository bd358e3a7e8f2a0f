"""The steps of clustering one landing day against its window: evidence edges, then Kruskal.

Edges are applied strongest first with one rule: a component never joins two clusters fixed
on earlier days. A component that touches no earlier cluster becomes a new cluster whose
canonical is its earliest published original.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from chainwire.dedup.anchors import may_carry_notice, normalized_url, notice_links, outlet_id_of_url
from chainwire.dedup.features import Features, fill_shingles, order_gate, text_match, text_similarity
from chainwire.dedup.minhash import candidate_pairs, lsh_bands
from chainwire.dedup.order_bound import junction_sketch, may_pass_order_gate
from chainwire.dedup.params import RANK, DedupParams
from chainwire.dedup.records import ClusterInfo, DedupDoc, DedupResult, Edge


def copy_kind(doc: DedupDoc, original: DedupDoc) -> str:
    """How ``doc`` relates to ``original`` (the rules of the package doc)."""
    if doc.ai_translation or (doc.language and original.language and doc.language != original.language):
        return "machine_translation"
    if doc.outlet_key != original.outlet_key:
        return "syndicated"
    if (doc.outlet_article_id and doc.outlet_article_id == original.outlet_article_id
            and _host(doc.url) != _host(original.url)):
        return "host_alias"
    return "rescrape"


def _host(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"^[a-z]+://([^/?#:]+)", url.strip(), re.I)
    return m.group(1).lower() if m else None


def dedupe_window(window_docs: Iterable[DedupDoc]) -> list[DedupDoc]:
    """One window doc per article_id: the earliest landing day (then the smallest body) wins."""
    best: dict[str, DedupDoc] = {}
    for d in window_docs:
        cur = best.get(d.article_id)
        if cur is None or (d.landing_date, d.body_text) < (cur.landing_date, cur.body_text):
            best[d.article_id] = d
    return sorted(best.values(), key=lambda d: (d.landing_date, d.article_id))


@dataclass
class DayProblem:
    """The docs of one call (window first, then today's) and what earlier days fixed."""

    docs: list[DedupDoc]
    n_win: int  # docs[:n_win] are window docs
    fixed: np.ndarray  # bool per doc: its cluster was assigned on an earlier day
    labels: list[str | None]  # the fixed cluster_id, None for free docs
    canon_of: dict[str, str]  # fixed cluster -> its canonical's article_id
    keys: list[tuple] = field(default_factory=list)  # (article_id, landing_date) per doc: tie-break order

    @classmethod
    def build(cls, window: list[DedupDoc], today: list[DedupDoc],
              existing: Mapping[str, ClusterInfo]) -> DayProblem:
        docs = window + today
        fixed = np.zeros(len(docs), bool)
        labels: list[str | None] = [None] * len(docs)
        canon_of: dict[str, str] = {}
        for i, d in enumerate(window):
            info = existing.get(d.article_id)
            if info is not None:
                fixed[i] = True
                labels[i] = info.cluster_id
                if info.is_canonical:
                    canon_of.setdefault(info.cluster_id, d.article_id)
                elif info.duplicate_of:
                    canon_of.setdefault(info.cluster_id, info.duplicate_of)
        return cls(docs, len(window), fixed, labels, canon_of, [(d.article_id, d.landing_date) for d in docs])

    @property
    def free(self) -> np.ndarray:
        return ~self.fixed


def _star_edges(groups: dict, is_free: np.ndarray, evidence: str, edges: list[Edge]) -> None:
    for members in groups.values():
        if len(members) < 2 or not any(is_free[i] for i in members):
            continue
        head = members[0]
        for i in members[1:]:
            edges.append(Edge(RANK[evidence], 1.0, head, i, evidence))


def identity_edges(p: DayProblem, feats: list[Features]) -> tuple[list[Edge], dict, dict]:
    """Same body, same (outlet, outlet id), same normalized URL, same article_id; and the URL
    and outlet-id indexes the notice step looks originals up in."""
    groups: dict[str, dict] = {"exact": {}, "outlet_id": {}, "url": {}, "article_id": {}}
    for i, d in enumerate(p.docs):
        if d.body_text.strip():
            groups["exact"].setdefault(feats[i].sha, []).append(i)
        if d.outlet_article_id and d.outlet:
            groups["outlet_id"].setdefault((d.outlet_key, d.outlet_article_id), []).append(i)
        nu = normalized_url(d.url) if d.url else None
        if nu:
            groups["url"].setdefault(nu, []).append(i)
        groups["article_id"].setdefault(d.article_id, []).append(i)
    edges: list[Edge] = []
    free = p.free
    for ev, g in groups.items():
        _star_edges(g, free, ev, edges)
    return edges, groups["url"], groups["outlet_id"]


def notice_edges(p: DayProblem, url_index: dict, oid_index: dict) -> list[Edge]:
    """Translation notices that link the original (by URL or by the outlet id in the URL)."""
    edges = []
    for i in np.flatnonzero(p.free).tolist():
        d = p.docs[i]
        if not (d.ai_translation or may_carry_notice(d.body_text or "")):
            continue
        for u in notice_links(d.body_text):
            targets = set(url_index.get(u, []))
            oid_key = outlet_id_of_url(u)
            if oid_key:
                targets.update(oid_index.get(oid_key, []))
            for j in sorted(targets - {i}):
                edges.append(Edge(RANK["notice"], 1.0, j, i, "notice"))
    return edges


PAIR_CHUNK = 65_536  # candidate pairs turned into Python ints at a time (in their order: the same edges)


def text_edges(p: DayProblem, feats: list[Features], params: DedupParams) -> list[Edge]:
    """MinHash LSH candidates over distinct bodies, checked by exact Jaccard and the gates (the pairs the order
    gate must reject dropped first, by a bound: ``dedup.order_bound``)."""
    rep_of: dict[str, int] = {}
    rep_free: dict[int, bool] = {}
    free = p.free
    for i in range(len(p.docs)):
        r = rep_of.setdefault(feats[i].sha, i)
        rep_free[r] = rep_free.get(r, False) or bool(free[i])
    signed = [(r, sig) for r in sorted(rep_free) if (sig := feats[r].signature) is not None]
    reps = [r for r, _ in signed]
    if len(reps) < 2:
        return []
    bands, rows = lsh_bands(round(params.lsh_at, 4), params.num_perm, params.lsh_weights)
    sigs = np.stack([sig for _, sig in signed])
    keep = None  # the order gate's bound, asked before the estimate (dedup.order_bound)
    if params.order_min is not None:
        keep = partial(may_pass_order_gate, junction_sketch(feats[r].junctions_unkept() for r in reps),
                       order_min=params.order_min, order_jaccard_min=params.order_jaccard_min)
    pairs = candidate_pairs(sigs, np.array([rep_free[r] for r in reps]), bands, rows,
                            params.threshold - params.est_margin, params.max_bucket, keep)
    # (the stacked signatures and the bound's sketch are not read again: let go before the pairs are checked, where
    # the step peaks: ≈ 60 MB at 100k, docs/performance.md, *Flat beyond 50k* (session 17))
    del sigs, keep, signed
    edges = []
    for s in range(0, len(pairs), PAIR_CHUNK):  # (the 100k day's 2.16M pairs as one list: ≈ 0.3 GB of Python ints)
        chunk = [(reps[x], reps[y]) for x, y in pairs[s:s + PAIR_CHUNK].tolist()]
        if params.order_min is not None:  # the shingles of the pairs the Jaccard will read, in batches
            gated = {feats[r] for pair in chunk for r in pair}  # (their junctions are kept for this chunk only)
            chunk = [(ra, rb) for ra, rb in chunk if order_gate(feats[ra], feats[rb], params)]
            fill_shingles({feats[r] for pair in chunk for r in pair})
        for ra, rb in chunk:
            sim = text_match(feats[ra], feats[rb], params)
            if sim is not None:
                edges.append(Edge(RANK["text"], sim, ra, rb, "text", sim))
        if params.order_min is not None:
            for f in gated:  # (the sets of every body a chunk gated, kept to the day's end, grew faster than the day)
                f.forget_junctions()
    return edges


def strong_members(edges: list[Edge]) -> set[int]:
    """Docs tied by identity evidence (anchors are only looked for the others)."""
    return {e.u for e in edges if e.rank == 3} | {e.v for e in edges if e.rank == 3}


class UnionFind:
    """Union-find whose roots carry the fixed cluster label; two labels never merge."""

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


def merge(p: DayProblem, edges: list[Edge]) -> UnionFind:
    """Kruskal, strongest evidence first (sorts ``edges`` in that order); a fixed cluster never
    merges with another."""
    key = p.keys
    edges.sort(key=lambda e: (-e.rank, -e.score, min(key[e.u], key[e.v]), max(key[e.u], key[e.v])))
    uf = UnionFind(len(p.docs), p.labels)
    first_of_label: dict[str | None, int] = {}
    for i in range(p.n_win):
        if p.fixed[i]:
            uf.union(first_of_label.setdefault(p.labels[i], i), i)
    for e in edges:
        if not (p.fixed[e.u] and p.fixed[e.v]):
            uf.union(e.u, e.v)
    return uf


@dataclass
class Component:
    cluster_id: str
    canonical_id: str
    canonical_idx: int | None  # None: the canonical is not among this call's docs


def components(p: DayProblem, uf: UnionFind) -> dict[int, Component]:
    """Root -> its cluster: an earlier day's (label) or a new one named by its canonical."""
    members_of: dict[int, list[int]] = {}
    for i in range(len(p.docs)):
        members_of.setdefault(uf.find(i), []).append(i)
    out = {}
    for root, members in members_of.items():
        label = uf.label[root]
        if label is not None:
            cid = p.canon_of.get(label, label)
            cands = [i for i in members if p.docs[i].article_id == cid and p.fixed[i]]
            out[root] = Component(label, cid, cands[0] if cands else None)
        else:
            # (a component of one doc — nearly every one of a day — needs no priority: ≈ 3 µs a doc)
            c = members[0] if len(members) == 1 else min(members, key=lambda i: p.docs[i].priority)
            out[root] = Component(p.docs[c].article_id, p.docs[c].article_id, c)
    return out


def best_edges(p: DayProblem, uf: UnionFind, edges: list[Edge]) -> dict[int, Edge]:
    """Per today's doc, the strongest edge inside its component (ties: the earliest in ``edges``
    order, then the smallest other doc)."""
    best: dict[int, Edge] = {}
    key = p.keys
    for e in edges:
        if uf.find(e.u) != uf.find(e.v):
            continue
        for x, y in ((e.u, e.v), (e.v, e.u)):
            if x >= p.n_win:
                cur = best.get(x)
                if cur is None or (-e.rank, -e.score, key[y]) < (-cur.rank, -cur.score, key[cur.other(x)]):
                    best[x] = e
    return best


def results(p: DayProblem, feats: list[Features], uf: UnionFind, comps: dict[int, Component],
            best: dict[int, Edge]) -> list[DedupResult]:
    """One DedupResult per today's doc."""
    out = []
    for i in range(p.n_win, len(p.docs)):
        d = p.docs[i]
        comp = comps[uf.find(i)]
        c = comp.canonical_idx
        if c == i:
            out.append(DedupResult(d.article_id, comp.cluster_id, True, None, None, None))
            continue
        e = best.get(i)
        matched = e.other(i) if e else None
        ref = p.docs[c] if c is not None else (p.docs[matched] if matched is not None else d)
        sim = e.similarity if e and e.similarity is not None else (e.score if e else None)
        if e and matched is not None and e.evidence != "text" and e.evidence != "anchors":
            tj = text_similarity(feats[i], feats[matched])
            sim = tj if tj is not None else e.score
        out.append(DedupResult(
            d.article_id, comp.cluster_id, False, comp.canonical_id, None if sim is None else round(sim, 4),
            copy_kind(d, ref), p.docs[matched].article_id if matched is not None else None,
            e.evidence if e else None))
    return out
