"""Warehouse benchmarks: (a) load 100,000 articles ≤ 30 s; (b) every cookbook query ≤ 200 ms median on 1M articles.

    .venv/bin/python bench/bench_warehouse.py                       # both parts (~5 min on 2 cores)
    .venv/bin/python bench/bench_warehouse.py --skip-queries        # (a) only (~25 s)
    .venv/bin/python bench/bench_warehouse.py --skip-load --query-articles 200000

Nothing is parsed: articles and their child rows (versions, paragraphs, captions, teasers, the
stock widget, topics, countries, actors, companies, policy actions, the manifest, quarantine) are
generated column-wise with numpy/pyarrow, with the real pyarrow schemas, and written as lake
partitions with ``chainwire.lake.write_partition`` — what the validate, dedup and enrich stages
leave for the loader. Proportions follow the bundled sample (per article: ~6 paragraphs, ~1
caption, ~1.2 topics, ~1.8 countries, ~3 actors, ~1 company, ~3.3 policy actions; a stock
widget on a third of Newspim pages); cardinalities are realistic (10 outlets, 13 topics, 40
countries with a Zipf skew, ~360 actors, ~350 companies, ~600 reporters); ~12 % of articles
are copies of an earlier story (cluster_id / is_canonical / duplicate_of / copy_kind as the
dedup stage sets them). Each partition also carries its run-log and DQ rows (a few warning
days, slow stages and late backfills) so the operational queries have something to find.

(a) 100,000 articles in 10 landing days of 10,000: times ``load_partition`` day by day (the
    production load: one transaction per day replacing every core table's rows for the day,
    with its run log and DQ results), then ``publish_snapshot`` separately, then re-loads one
    day to show the replacement does not double count.
(b) 1,000,000 articles published over ~3 years, loaded the same way — landing partitions of
    ~10,000 articles as in (a) (each spanning ~11 publication days; loading 1,096 daily
    partitions one at a time costs ~0.5-2 s each in commit/checkpoint work, more than this
    benchmark's whole budget, and gives the same tables) — then ``build_marts`` and
    ``publish_snapshot``. Every ```sql block of docs/sql-cookbook.md is then run once to warm up
    and ``--runs`` (5) times on the read-only snapshot, opened as ``chainwire sql`` opens it
    (Seoul session time zone), and the median is compared with the 200 ms target; the slowest
    query is also timed end to end through ``chainwire sql --format json``.

Timings are wall-clock on whatever else the machine is doing; the load average is printed
next to them. Everything happens in a temporary directory (``--keep DIR`` keeps it).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pyarrow as pa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "include"))

from chainwire import lake  # noqa: E402
from chainwire.schemas import (  # noqa: E402
    ARTICLE_ACTORS,
    ARTICLE_COMPANIES,
    ARTICLE_COUNTRIES,
    ARTICLE_POLICY_ACTIONS,
    ARTICLE_TOPICS,
    ARTICLE_VERSIONS,
    ARTICLES,
    PARAGRAPHS,
    PHOTO_CAPTIONS,
    QUARANTINE,
    RAW_FILES,
    RELATED_TEASERS,
    STOCK_IMPACTS,
    TABLES,
)

COOKBOOK = ROOT / "docs" / "sql-cookbook.md"
TARGET_LOAD_S = 30.0
TARGET_QUERY_MS = 200.0
KST = timezone(timedelta(hours=9))

# --------------------------------------------------------------------------- reference data
OUTLETS = ["newspim", "yonhap", "newsis", "yonhap_en", "koreaherald", "thepublic", "edaily", "hankyung", "mk",
           "etnews"]
OUTLET_W = np.array([0.22, 0.16, 0.13, 0.07, 0.07, 0.06, 0.09, 0.08, 0.07, 0.05])
ENGLISH = {"yonhap_en", "koreaherald"}

TOPICS = ["semiconductors", "batteries", "critical_minerals", "rare_earths_magnets", "hydrogen_clean_energy",
          "export_controls", "sanctions", "tariffs_trade_remedies", "subsidies_industrial_policy",
          "trade_frameworks", "shipping_logistics", "ai_advanced_tech", "standards"]
TOPIC_W = np.array([0.16, 0.11, 0.13, 0.06, 0.09, 0.08, 0.04, 0.11, 0.05, 0.05, 0.05, 0.04, 0.03])
TOPIC_TERMS = {
    "semiconductors": ["반도체", "파운드리", "HBM", "D램", "낸드", "웨이퍼", "칩", "EUV"],
    "batteries": ["배터리", "이차전지", "양극재", "음극재", "전해질", "LFP", "ESS", "전구체"],
    "critical_minerals": ["핵심광물", "리튬", "니켈", "코발트", "흑연", "갈륨", "게르마늄", "망간", "광산", "제련"],
    "rare_earths_magnets": ["희토류", "영구자석", "네오디뮴", "디스프로슘", "자석"],
    "hydrogen_clean_energy": ["수소", "청정에너지", "재생에너지", "태양광", "풍력", "원전", "SMR"],
    "export_controls": ["수출통제", "수출규제", "전략물자", "엔티티 리스트", "FDPR", "이중용도"],
    "sanctions": ["제재", "세컨더리 보이콧", "OFAC"],
    "tariffs_trade_remedies": ["관세", "반덤핑", "상계관세", "세이프가드", "보편관세"],
    "subsidies_industrial_policy": ["보조금", "IRA", "세액공제", "CHIPS"],
    "trade_frameworks": ["FTA", "IPEF", "CPTPP", "공급망 협정"],
    "shipping_logistics": ["물류", "해운", "운임", "항만", "LNG 운반선"],
    "ai_advanced_tech": ["AI", "인공지능", "AI 가속기", "데이터센터"],
    "standards": ["국제표준", "표준", "인증", "ISO"],
}
COUNTRIES = ["KR", "CN", "US", "JP", "EU", "KP", "TW", "VN", "IN", "ID", "AU", "CA", "DE", "RU", "MX", "CL", "SG",
             "NL", "FR", "GB", "SA", "AE", "TH", "MY", "PH", "BR", "AR", "ZA", "CD", "HU", "PL", "NO", "TR", "IT",
             "ES", "SE", "KZ", "MN", "UZ", "IL"]
COUNTRY_W = 1.0 / np.arange(1, len(COUNTRIES) + 1) ** 1.1
COUNTRY_W[0] *= 3.0  # nearly every Korean story mentions Korea
ACTIONS = ["agreement", "export_control", "sanction", "tariff", "subsidy", "investment", "meeting",
           "standard_setting", "investigation"]
ACTION_W = np.array([0.14, 0.09, 0.02, 0.12, 0.04, 0.06, 0.48, 0.04, 0.01])
COPY_KINDS = ["syndicated", "rescrape", "host_alias", "machine_translation"]
COPY_W = np.array([0.6, 0.15, 0.15, 0.10])
SOURCES = ["page_field", "caption_date", "body_relative_date", "landing_date", "sidecar"]
SOURCE_W = np.array([0.85, 0.04, 0.06, 0.04, 0.01])
SOURCE_CONF = np.array([1.0, 0.7, 0.6, 0.3, 0.9])
SECTORS = ["Information Technology", "Materials", "Industrials", "Consumer Discretionary", "Utilities", "Energy"]
SURNAMES = list("김이박최정강조윤장임한오서신권황안송류홍")
GIVEN = list("민서준지현우수영진호윤하도은희채승동성재")
WORDS = ["공급망", "리스크", "점검", "협력", "강화", "대응", "확대", "지원", "재편", "가속", "회의", "개최", "합의",
         "추진", "발표", "전망", "우려", "수출", "수입", "투자", "규제", "완화", "협상", "타결", "비축", "조달",
         "업계", "정부", "기업", "시장"]
SUBJECTS = ["산업부", "기재부", "외교부", "중국", "미국", "EU", "일본", "삼성전자", "SK하이닉스", "LG에너지솔루션",
            "포스코퓨처엠", "현대차", "고려아연", "한미일", "한·인도네시아", "업계"]


def _names(rng: np.random.Generator, n: int) -> list[str]:
    out: set[str] = set()
    while len(out) < n:
        out.add(rng.choice(SURNAMES) + rng.choice(GIVEN) + rng.choice(GIVEN))
    return sorted(out)


def _list_array(lists: list[list[str]]) -> pa.ListArray:
    return pa.array(lists, type=pa.list_(pa.string()))


@dataclass
class Pools:
    """Fixed vocabularies the generator draws from (built once, reused by every day)."""

    titles: pa.Array
    subtitles: pa.ListArray
    paragraphs: pa.Array
    body_text: pa.Array
    body_chars: np.ndarray
    body_sha: pa.Array
    body_par_start: np.ndarray
    body_par_count: np.ndarray
    body_par_idx: np.ndarray
    captions: pa.Array
    credits: pa.Array
    teasers: pa.Array
    datelines: pa.Array
    sections: pa.Array
    empty_list: pa.ListArray
    warnings: pa.ListArray
    reporters: pa.ListArray  # per outlet REP_COMBOS combos
    roles: pa.ListArray
    emails: pa.ListArray
    topic_terms: pa.ListArray  # per topic TERM_COMBOS lists
    actor_id: pa.Array
    actor_name: pa.Array
    actor_kind: pa.Array
    actor_title: pa.Array
    actor_aff: pa.Array
    actor_w: np.ndarray
    company_id: pa.Array
    company_name: pa.Array
    company_ticker: pa.Array
    company_exchange: pa.Array
    company_w: np.ndarray
    widget_idx: np.ndarray  # indexes into company_* of S&P 500 names the widget prints
    widget_printed: pa.Array
    widget_sector: pa.Array
    evidence: pa.Array
    reasons: pa.Array


REP_COMBOS = 64
TERM_COMBOS = 16


def build_pools(seed: int = 7) -> Pools:
    rng = np.random.default_rng(seed)
    titles = [f"{rng.choice(SUBJECTS)} \"{rng.choice(TOPIC_TERMS[rng.choice(TOPICS)])} {rng.choice(WORDS)} "
              f"{rng.choice(WORDS)}\"…{rng.choice(WORDS)} {rng.choice(WORDS)} {int(rng.integers(2, 90))}% "
              f"{rng.choice(WORDS)}" for _ in range(4000)]
    subtitles = [[f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(int(k))]
                 for k in rng.choice([0, 1, 2], size=500, p=[0.4, 0.35, 0.25])]
    paras = []
    for _ in range(6000):
        sent = [f"{rng.choice(SUBJECTS)}는 {int(rng.integers(1, 31))}일 {rng.choice(TOPIC_TERMS[rng.choice(TOPICS)])} "
                f"{rng.choice(WORDS)} {rng.choice(WORDS)}을 위해 {rng.choice(WORDS)} {rng.choice(WORDS)}를 "
                f"{rng.choice(WORDS)}했다고 밝혔다." for _ in range(int(rng.integers(1, 4)))]
        paras.append(" ".join(sent))
    n_bodies = 5000
    counts = np.clip(rng.poisson(5.8, n_bodies), 2, 14)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    par_idx = rng.integers(0, len(paras), int(counts.sum()))
    bodies = ["\n\n".join(paras[j] for j in par_idx[s:s + c]) for s, c in zip(starts, counts, strict=True)]
    reporters, roles, emails = [], [], []
    names = _names(rng, 60 * len(OUTLETS))
    for o, outlet in enumerate(OUTLETS):
        staff = names[o * 60:(o + 1) * 60]
        for _ in range(REP_COMBOS):
            k = int(rng.choice([0, 1, 2], p=[0.5, 0.42, 0.08] if outlet in ENGLISH else [0.08, 0.8, 0.12]))
            who = list(rng.choice(staff, size=k, replace=False))
            reporters.append(who)
            roles.append(["" if outlet in ENGLISH else str(rng.choice(["기자", "기자", "기자", "특파원", "선임기자"]))
                          for _ in who])
            emails.append([f"r{staff.index(w)}@{outlet}.co.kr" for w in who])
    term_lists = []
    for t in TOPICS:
        terms = TOPIC_TERMS[t]
        for _ in range(TERM_COMBOS):
            k = int(rng.integers(1, min(4, len(terms)) + 1))
            term_lists.append(list(rng.choice(terms, size=k, replace=False)))

    # Actors: the real organization gazetteer plus generated people.
    import yaml

    actors_yaml = yaml.safe_load((ROOT / "include" / "chainwire" / "enrich" / "actors.yaml").read_text("utf-8"))
    orgs = [(aid, str(v.get("name", aid))) for aid, v in (actors_yaml.get("organizations") or {}).items()]
    people = _names(rng, 250)
    a_id = [a for a, _ in orgs] + [f"person:{p}" for p in people]
    a_name = [n for _, n in orgs] + people
    a_kind = ["organization"] * len(orgs) + ["person"] * len(people)
    a_title = [None] * len(orgs) + [str(rng.choice(["장관", "차관", "대변인", "의원", "사장", "회장", "교수"]))
                                    for _ in people]
    a_aff = [None] * len(orgs) + [str(rng.choice([a for a, _ in orgs[:20]])) if rng.random() < 0.5 else None
                                  for _ in people]
    a_w = 1.0 / np.arange(1, len(a_id) + 1) ** 0.9
    rng.shuffle(a_w[len(orgs) // 2:])

    # Companies: a few hundred of the real gazetteer (S&P 500, KRX, others), Zipf-weighted.
    from chainwire.enrich.companies import load_company_gazetteer

    comps = list(load_company_gazetteer().companies.values())
    krx = [c for c in comps if not c.company_id.startswith("us:")]
    sp = [c for c in comps if c.company_id.startswith("us:") and c.ticker]
    chosen = krx + list(rng.choice(np.array(sp, dtype=object), size=min(350 - len(krx), len(sp)), replace=False))
    c_w = 1.0 / np.arange(1, len(chosen) + 1) ** 0.8
    widget = [i for i, c in enumerate(chosen) if c.company_id.startswith("us:") and c.ticker][:60]
    suffix = ["Inc.", "Corp.", "Co.", "Corporation"]
    return Pools(
        titles=pa.array(titles), subtitles=_list_array(subtitles), paragraphs=pa.array(paras),
        body_text=pa.array(bodies), body_chars=np.array([len(b) for b in bodies], dtype=np.int32),
        body_sha=pa.array([f"{rng.integers(0, 2**63):016x}" * 4 for _ in bodies]),
        body_par_start=starts, body_par_count=counts, body_par_idx=par_idx,
        captions=pa.array([f"{rng.choice(SUBJECTS)} 관계자들이 {rng.choice(WORDS)} {rng.choice(WORDS)} 현장을 "
                           f"둘러보고 있다." for _ in range(1500)]),
        credits=pa.array(["산업통상자원부", "뉴스핌DB", "연합뉴스", "로이터", "AP", None, "기획재정부", "삼성전자"]),
        teasers=pa.array([f"{rng.choice(SUBJECTS)}, {rng.choice(WORDS)} {rng.choice(WORDS)}" for _ in range(1500)]),
        datelines=pa.array(["세종", "서울", "워싱턴", "베이징", "도쿄", "브뤼셀", None, None, None]),
        sections=pa.array(["경제", "산업", "글로벌", "정치", "Business", "National"]),
        empty_list=_list_array([[]]), warnings=_list_array([[]] * 19 + [["caption_without_date"]]),
        reporters=_list_array(reporters), roles=_list_array(roles), emails=_list_array(emails),
        topic_terms=_list_array(term_lists),
        actor_id=pa.array(a_id), actor_name=pa.array(a_name), actor_kind=pa.array(a_kind),
        actor_title=pa.array(a_title, type=pa.string()), actor_aff=pa.array(a_aff, type=pa.string()),
        actor_w=a_w / a_w.sum(),
        company_id=pa.array([c.company_id for c in chosen]), company_name=pa.array([c.name for c in chosen]),
        company_ticker=pa.array([c.ticker for c in chosen], type=pa.string()),
        company_exchange=pa.array([c.exchange for c in chosen], type=pa.string()), company_w=c_w / c_w.sum(),
        widget_idx=np.array(widget),
        widget_printed=pa.array([f"{chosen[i].name} {suffix[k % 4]}" for k, i in enumerate(widget)]),
        widget_sector=pa.array([SECTORS[k % len(SECTORS)] for k in range(len(widget))]),
        evidence=pa.array(paras[:2000]),
        reasons=pa.array([f"{rng.choice(WORDS)} {rng.choice(WORDS)} 수혜 기대" for _ in range(300)]),
    )


# --------------------------------------------------------------------------- one landing day
def _ts(us: np.ndarray) -> pa.Array:
    return pa.array(us.astype("datetime64[us]"), type=pa.timestamp("us", tz="UTC"))


def _pairs(rng: np.random.Generator, n_parent: int, counts: np.ndarray, n_values: int, weights: np.ndarray):
    """Distinct (parent, value) pairs: ``counts[i]`` draws for parent i, duplicates dropped."""
    parent = np.repeat(np.arange(n_parent), counts)
    value = rng.choice(n_values, size=parent.size, p=weights)
    key = np.unique(parent.astype(np.int64) * n_values + value)
    return (key // n_values).astype(np.int64), (key % n_values).astype(np.int64)


def _child(table, parent: np.ndarray, lineage: dict[str, pa.Array], day: date, cols: dict) -> pa.Table:
    """A child table: article_id/landing_date/lineage taken from the parent rows, plus ``cols``."""
    idx = pa.array(parent)
    n = len(parent)
    data = {"article_id": lineage["article_id"].take(idx),
            "landing_date": pa.array(np.full(n, np.datetime64(day, "D")), type=pa.date32())}
    data.update(cols)
    for c in ("raw_path", "raw_sha256", "parser", "run_id"):
        data[c] = lineage[c].take(idx)
    return pa.table({f.name: data.get(f.name, pa.nulls(n, f.type)) for f in table.schema}, schema=table.schema)


def _ordinals(parent: np.ndarray) -> np.ndarray:
    """0-based position of each row within its parent (parent sorted ascending)."""
    if parent.size == 0:
        return parent.astype(np.int32)
    starts = np.r_[0, np.flatnonzero(np.diff(parent)) + 1]
    first = np.repeat(starts, np.diff(np.r_[starts, parent.size]))
    return (np.arange(parent.size) - first).astype(np.int32)


def generate_day(pools: Pools, day: date, n: int, first_id: int, run_id: str, seed: int,
                 span_days: int = 1) -> dict[str, pa.Table]:
    """One landing partition: the lake tables the validate, dedup and enrich stages leave for ``day``.

    ``span_days`` > 1 makes it a multi-day drop (e.g. a weekly crawler export): publication
    days spread over the ``span_days`` days ending on ``day``.
    """
    rng = np.random.default_rng(seed)
    # Publication time: mostly within the span's Seoul days, some the evening before (landed next morning).
    midnight_utc = (np.datetime64(day, "us") - np.timedelta64(9, "h")).astype(np.int64)
    offset_us = (rng.uniform(-5.0 - 24.0 * (span_days - 1), 23.9, n) * 3600e6).astype(np.int64)
    published = midnight_utc + offset_us
    source = rng.choice(len(SOURCES), size=n, p=SOURCE_W)
    day_start = midnight_utc + (np.floor(offset_us / 86400e6) * 86400e6).astype(np.int64)
    published = np.where(source == 3, np.minimum(day_start, midnight_utc), published)  # landing_date: no time
    outlet = rng.choice(len(OUTLETS), size=n, p=OUTLET_W)
    body = rng.integers(0, len(pools.body_text), n)
    title = rng.integers(0, len(pools.titles), n)

    # ~12 % copies of an earlier story of the day (the canonical is the earliest original).
    order = np.argsort(published, kind="stable")
    is_copy = np.zeros(n, dtype=bool)
    is_copy[order[rng.random(n) < 0.12]] = True
    is_copy[order[0]] = False
    originals_sorted = order[~is_copy[order]]  # originals in time order
    pos = np.searchsorted(published[originals_sorted], published, side="left")
    copies = np.flatnonzero(is_copy & (pos > 0))
    is_copy[:] = False
    is_copy[copies] = True
    canon = np.arange(n)
    canon[copies] = originals_sorted[(rng.random(copies.size) * pos[copies]).astype(np.int64)]
    kind = np.full(n, -1)
    kind[copies] = rng.choice(len(COPY_KINDS), size=copies.size, p=COPY_W)
    same_outlet = np.isin(kind, [1, 2])
    outlet = np.where(same_outlet, outlet[canon], outlet)
    synd = (kind == 0) & (outlet == outlet[canon])
    outlet = np.where(synd, (outlet + 1) % len(OUTLETS), outlet)
    mt = kind == 3
    outlet = np.where(mt, np.where(outlet[canon] == OUTLETS.index("koreaherald"), OUTLETS.index("yonhap_en"),
                                   OUTLETS.index("koreaherald")), outlet)
    body = np.where(is_copy, body[canon], body)
    title = np.where(is_copy, title[canon], title)
    similarity = np.where(is_copy, np.where(same_outlet, 1.0, rng.uniform(0.56, 0.99, n)), 1.0)

    outlet_names = np.array(OUTLETS, dtype=object)[outlet]
    ids = np.arange(first_id, first_id + n)
    article_id = pa.array([f"{o}:g{i:09d}" for o, i in zip(outlet_names, ids, strict=True)])
    raw_path = pa.array([f"{day.isoformat()}/{o}-{i:09d}.txt" for o, i in zip(outlet_names, ids, strict=True)])
    raw_sha = pa.array([f"{h:016x}" * 4 for h in rng.integers(0, 2**63, n)])
    parser = pa.array(np.where(outlet == 0, "chainwire-newspim@0.2.0", "chainwire-generic@0.3.0"))
    run_arr = pa.array([run_id] * n)
    lineage = {"article_id": article_id, "raw_path": raw_path, "raw_sha256": raw_sha, "parser": parser,
               "run_id": run_arr}
    cluster = article_id.take(pa.array(canon))
    rep = pa.array(outlet * REP_COMBOS + rng.integers(0, REP_COMBOS, n))
    newspim = outlet == 0
    widget_on = newspim & (rng.random(n) < 0.35)
    updated = np.where(rng.random(n) < 0.3, published + (rng.uniform(0.1, 6, n) * 3600e6).astype(np.int64), 0)
    body_idx = pa.array(body)
    landing = pa.array(np.full(n, np.datetime64(day, "D")), type=pa.date32())
    cols = {
        "article_id": article_id, "landing_date": landing, "outlet": pa.array(outlet_names.astype(str)),
        "url": pa.array([f"https://www.{o}.example/view/{i}" for o, i in zip(outlet_names, ids, strict=True)]),
        "outlet_article_id": pa.array(ids.astype(str)),
        "section": pools.sections.take(pa.array(rng.integers(0, len(pools.sections), n))),
        "subsection": pa.nulls(n, pa.string()),
        "title": pools.titles.take(pa.array(title)),
        "title_source": pa.array(["page"] * n),
        "subtitle_lines": pools.subtitles.take(pa.array(rng.integers(0, len(pools.subtitles), n))),
        "published_at": _ts(published), "published_at_source": pa.array(np.array(SOURCES)[source]),
        "published_at_confidence": pa.array(SOURCE_CONF[source]),
        "updated_at": pa.array(updated.astype("datetime64[us]"), type=pa.timestamp("us", tz="UTC"),
                               mask=updated == 0),
        "dateline": pools.datelines.take(pa.array(rng.integers(0, len(pools.datelines), n))),
        "reporters": pools.reporters.take(rep), "reporter_roles": pools.roles.take(rep),
        "reporter_emails": pools.emails.take(rep),
        "body_text": pools.body_text.take(body_idx),
        "paragraph_count": pa.array(pools.body_par_count[body].astype(np.int32)),
        "body_chars": pa.array(pools.body_chars[body]),
        "language": pa.array(np.where(np.isin(outlet_names, list(ENGLISH)), "en", "ko")),
        "ai_summary": pa.array(newspim & (rng.random(n) < 0.5)), "ai_translation": pa.array(mt),
        "ai_stock_analysis": pa.array(widget_on),
        "warnings": pools.warnings.take(pa.array(rng.integers(0, len(pools.warnings), n))),
        "content_sha256": pools.body_sha.take(body_idx),
        "cluster_id": cluster, "is_canonical": pa.array(~is_copy),
        "duplicate_of": pa.array(np.where(is_copy, cluster.to_numpy(zero_copy_only=False), None), type=pa.string()),
        "similarity": pa.array(similarity),
        "copy_kind": pa.array(np.where(kind >= 0, np.array(COPY_KINDS + [""])[kind], None), type=pa.string()),
        **lineage,
    }
    # A column the generator does not know yet (added to the schema since) is left null.
    out = {"articles": pa.table({f.name: cols.get(f.name, pa.nulls(n, f.type)) for f in ARTICLES.schema},
                                schema=ARTICLES.schema)}
    # Versions: every article is new content here (version 1, first seen today).
    out["article_versions"] = _child(ARTICLE_VERSIONS, np.arange(n), lineage, day, {
        "version": pa.array(np.ones(n, dtype=np.int32)), "content_sha256": cols["content_sha256"],
        "title": cols["title"], "published_at": cols["published_at"], "updated_at": cols["updated_at"],
        "seen_at": landing})

    # Paragraphs: the body's own paragraphs, in order.
    pc = pools.body_par_count[body]
    parent = np.repeat(np.arange(n), pc)
    ordinal = _ordinals(parent)
    par = pools.body_par_idx[np.repeat(pools.body_par_start[body], pc) + ordinal]
    out["paragraphs"] = _child(PARAGRAPHS, parent, lineage, day, {
        "ordinal": pa.array(ordinal), "text": pools.paragraphs.take(pa.array(par))})

    # Photo captions (~1 per article, half without a printed date).
    parent = np.repeat(np.arange(n), rng.choice([0, 1, 2], size=n, p=[0.10, 0.75, 0.15]))
    m = parent.size
    cap_days = np.datetime64(day, "D") - rng.integers(0, 2, m).astype("timedelta64[D]")
    out["photo_captions"] = _child(PHOTO_CAPTIONS, parent, lineage, day, {
        "ordinal": pa.array(_ordinals(parent)),
        "text": pools.captions.take(pa.array(rng.integers(0, len(pools.captions), m))),
        "credit": pools.credits.take(pa.array(rng.integers(0, len(pools.credits), m))),
        "caption_date": pa.array(cap_days, type=pa.date32(), mask=rng.random(m) < 0.5),
        "email": pa.array(np.where(rng.random(m) < 0.2, "photo@newspim.com", None), type=pa.string())})

    # Related-article teasers: a block of 3 on ~10 % of pages.
    parent = np.repeat(np.arange(n), np.where(rng.random(n) < 0.1, 3, 0))
    m = parent.size
    out["related_teasers"] = _child(RELATED_TEASERS, parent, lineage, day, {
        "ordinal": pa.array(_ordinals(parent)),
        "title": pools.teasers.take(pa.array(rng.integers(0, len(pools.teasers), m))),
        "text": pa.nulls(m, pa.string()), "dateline": pa.nulls(m, pa.string()),
        "reporters": pools.empty_list.take(pa.array(np.zeros(m, dtype=np.int64))),
        "published_at": _ts(published[parent] - (rng.uniform(1, 72, m) * 3600e6).astype(np.int64))})

    # AI stock widget: 1-3 S&P 500 names on ~35 % of Newspim pages; mirrored in article_companies.
    nw = len(pools.widget_idx)
    wparent, wslot = _pairs(rng, n, np.where(widget_on, rng.integers(1, 4, n), 0), nw, np.full(nw, 1 / nw))
    m = wparent.size
    out["stock_impacts"] = _child(STOCK_IMPACTS, wparent, lineage, day, {
        "ordinal": pa.array(_ordinals(wparent)), "company": pools.widget_printed.take(pa.array(wslot)),
        "sector": pools.widget_sector.take(pa.array(wslot)),
        "direction": pa.array(np.where(rng.random(m) < 0.7, "positive", "negative")),
        "reason": pools.reasons.take(pa.array(rng.integers(0, len(pools.reasons), m)))})

    # Enrichment tables.
    tparent, topic = _pairs(rng, n, rng.choice([0, 1, 2, 3], size=n, p=[0.12, 0.62, 0.20, 0.06]), len(TOPICS),
                            TOPIC_W / TOPIC_W.sum())
    m = tparent.size
    terms = topic * TERM_COMBOS + rng.integers(0, TERM_COMBOS, m)
    out["article_topics"] = _child(ARTICLE_TOPICS, tparent, lineage, day, {
        "topic": pa.array(np.array(TOPICS)[topic]), "score": pa.array(np.round(rng.uniform(3, 30, m), 1)),
        "matched_terms": pools.topic_terms.take(pa.array(terms)),
        "evidence": pools.evidence.take(pa.array(rng.integers(0, len(pools.evidence), m))),
        "taxonomy_version": pa.array(["2026.11-1"] * m)})
    cparent, country = _pairs(rng, n, 1 + rng.poisson(1.2, n), len(COUNTRIES), COUNTRY_W / COUNTRY_W.sum())
    m = cparent.size
    out["article_countries"] = _child(ARTICLE_COUNTRIES, cparent, lineage, day, {
        "iso2": pa.array(np.array(COUNTRIES)[country]), "mentions": pa.array((1 + rng.poisson(1.5, m)).astype(np.int32)),
        "role": pa.array(np.where(rng.random(m) < 0.8, "subject", "mentioned"))})
    aparent, actor = _pairs(rng, n, rng.poisson(3.2, n), len(pools.actor_id), pools.actor_w)
    m = aparent.size
    aidx = pa.array(actor)
    out["article_actors"] = _child(ARTICLE_ACTORS, aparent, lineage, day, {
        "actor_id": pools.actor_id.take(aidx), "name": pools.actor_name.take(aidx),
        "kind": pools.actor_kind.take(aidx), "title": pools.actor_title.take(aidx),
        "mentions": pa.array((1 + rng.poisson(0.8, m)).astype(np.int32)), "affiliation": pools.actor_aff.take(aidx)})
    bparent, comp = _pairs(rng, n, rng.poisson(0.8, n), len(pools.company_id), pools.company_w)
    wcomp = pools.widget_idx[wslot]
    cp = np.concatenate([bparent, wparent])
    ci = pa.array(np.concatenate([comp, wcomp]))
    m = cp.size
    comp_tbl = _child(ARTICLE_COMPANIES, cp, lineage, day, {
        "company_id": pools.company_id.take(ci), "name": pools.company_name.take(ci),
        "ticker": pools.company_ticker.take(ci), "exchange": pools.company_exchange.take(ci),
        "mentions": pa.array((1 + rng.poisson(0.7, m)).astype(np.int32)),
        "source": pa.array(["body"] * bparent.size + ["stock_widget"] * wparent.size)})
    out["article_companies"] = comp_tbl.take(pa.array(np.argsort(cp, kind="stable")))
    k = rng.poisson(3.4, n)
    pparent = np.repeat(np.arange(n), k)
    m = pparent.size
    action = rng.choice(len(ACTIONS), size=m, p=ACTION_W / ACTION_W.sum())
    sentence = rng.integers(0, 30, m)
    key, first = np.unique((pparent * 64 + sentence) * 16 + action, return_index=True)
    pparent, action, sentence = pparent[first], action[first], sentence[first]
    m = pparent.size
    out["article_policy_actions"] = _child(ARTICLE_POLICY_ACTIONS, pparent, lineage, day, {
        "action": pa.array(np.array(ACTIONS)[action]),
        "evidence": pools.evidence.take(pa.array(rng.integers(0, len(pools.evidence), m))),
        "sentence_index": pa.array(sentence.astype(np.int32))})

    # Manifest: every article parsed, plus duplicate, rejected and quarantined files;
    # quarantine rows for the quarantined ones.
    n_dup, n_rej, n_q = rng.binomial(n, 0.015), rng.binomial(n, 0.004), rng.binomial(n, 0.003)
    extra = n_dup + n_rej + n_q
    extra_ids = np.arange(first_id + n, first_id + n + extra)
    extra_outlet = np.array(OUTLETS, dtype=object)[rng.choice(len(OUTLETS), size=extra, p=OUTLET_W)]
    extra_paths = [f"{day.isoformat()}/{o}-{i:09d}.txt" for o, i in zip(extra_outlet, extra_ids, strict=True)]
    status = ["parsed"] * n + ["duplicate"] * n_dup + ["rejected"] * n_rej + ["quarantined"] * n_q
    dup_of = raw_path.take(pa.array(rng.integers(0, n, n_dup))).to_pylist()
    q_rules = ["expect_column_values_to_not_be_null(title)", "expect_column_value_lengths_to_be_between(body_text)",
               "expect_column_values_to_not_match_regex(body_text)"]
    q_rule = [q_rules[i] for i in rng.integers(0, len(q_rules), n_q)]
    reasons = ([None] * n + [f"same article_id as {p}" for p in dup_of]
               + ["parser error: no article body found"] * n_rej + [f"articles row failed: {r}" for r in q_rule])
    extra_aid = [f"{o}:g{i:09d}" for o, i in zip(extra_outlet, extra_ids, strict=True)]
    m = n + extra
    out["raw_files"] = pa.table({
        "landing_date": pa.array(np.full(m, np.datetime64(day, "D")), type=pa.date32()),
        "size_bytes": pa.array(rng.integers(8_000, 60_000, m)), "status": pa.array(status),
        "reason": pa.array(reasons, type=pa.string()),
        "article_id": pa.concat_arrays([article_id, pa.array(extra_aid[:n_dup] + [None] * n_rej
                                                             + extra_aid[n_dup + n_rej:], type=pa.string())]),
        "raw_path": pa.concat_arrays([raw_path, pa.array(extra_paths, type=pa.string())]),
        "raw_sha256": pa.concat_arrays([raw_sha, pa.array([f"{h:016x}" * 4 for h in rng.integers(0, 2**63, extra)],
                                                          type=pa.string())]),
        "parser": pa.concat_arrays([parser, pa.array(["chainwire-generic@0.3.0"] * extra, type=pa.string())]),
        "run_id": pa.array([run_id] * m)}, schema=RAW_FILES.schema)
    q_paths = extra_paths[n_dup + n_rej:]
    q_aid = extra_aid[n_dup + n_rej:]
    out["quarantine"] = pa.table({
        "landing_date": pa.array(np.full(n_q, np.datetime64(day, "D")), type=pa.date32()),
        "article_id": pa.array(q_aid, type=pa.string()), "table_name": pa.array(["articles"] * n_q, type=pa.string()),
        "rule": pa.array(q_rule, type=pa.string()),
        "reason": pa.array([f"articles row failed: {r}" for r in q_rule], type=pa.string()),
        "record_json": pa.array([json.dumps({"article_id": a, "outlet": a.split(":")[0], "title": None},
                                            ensure_ascii=False) for a in q_aid], type=pa.string()),
        "raw_path": pa.array(q_paths, type=pa.string()),
        "raw_sha256": pa.nulls(n_q, pa.string()), "parser": pa.array(["chainwire-generic@0.3.0"] * n_q, type=pa.string()),
        "run_id": pa.array([run_id] * n_q, type=pa.string())}, schema=QUARANTINE.schema)
    return out


# --------------------------------------------------------------------------- run log and DQ results
DQ_SUITE = [("articles", "expect_table_columns_to_match_ordered_list", "critical"),
            ("articles", "expect_column_values_to_not_be_null(article_id)", "critical"),
            ("articles", "expect_column_values_to_be_unique(article_id)", "critical"),
            ("articles", "expect_column_values_to_not_be_null(title)", "row"),
            ("articles", "expect_column_value_lengths_to_be_between(title)", "row"),
            ("articles", "expect_column_values_to_not_be_null(body_text)", "row"),
            ("articles", "expect_column_value_lengths_to_be_between(body_text)", "row"),
            ("articles", "expect_column_values_to_not_match_regex(body_text)", "row"),
            ("articles", "expect_column_values_to_not_be_null(published_at)", "warning"),
            ("articles", "expect_column_mean_to_be_between(byline_rate)", "warning"),
            ("paragraphs", "expect_column_values_to_not_be_null(text)", "row"),
            ("photo_captions", "expect_column_values_to_not_be_null(caption_date)", "warning"),
            ("related_teasers", "expect_column_values_to_not_be_null(title)", "row"),
            ("stock_impacts", "expect_column_values_to_be_in_set(direction)", "row"),
            ("raw_files", "expect_column_values_to_be_in_set(status)", "critical"),
            ("outlet_stats", "expect_column_values_to_be_between(duplicate_rate)", "warning"),
            ("volume", "expect_column_values_to_be_between(ratio_to_median_7d)", "warning")]


def run_log(day: date, run_id: str, n: int, rng: np.random.Generator, tables: dict[str, pa.Table]):
    """The stage rows and DQ rows a daily run would record (a few warning days, slow and late runs)."""
    end = datetime(day.year, day.month, day.day, 23, 30, tzinfo=KST)
    late = rng.random() < 0.03  # a backfill, days later
    if late:
        end += timedelta(days=int(rng.integers(2, 20)), hours=float(rng.uniform(0, 12)))
    warn = {e for t, e, s in DQ_SUITE if s == "warning" and rng.random() < 0.04}
    dq_rows = [{"run_id": run_id, "partition_date": day.isoformat(), "table_name": t, "expectation": e,
                "severity": s, "success": e not in warn, "observed_value": "null",
                "unexpected_count": int(rng.integers(1, 40)) if e in warn else 0} for t, e, s in DQ_SUITE]
    quarantined = tables["quarantine"].num_rows
    per_1k = {"discover": 0.01, "parse": 6.0, "validate": 1.2, "enrich": 9.0}
    rows, t = [], end
    for stage, s in per_1k.items():
        secs = round(s * n / 1000 * float(rng.lognormal(0, 0.25)) * (8 if rng.random() < 0.01 else 1), 3)
        t += timedelta(seconds=secs)
        status = "warning" if stage == "validate" and warn else "success"
        msg = "; ".join(filter(None, [f"quarantined={quarantined}" if stage == "validate" and quarantined else "",
                                      f"warnings: {' | '.join(sorted(warn))}" if status == "warning" else ""]))
        rows.append({"run_id": run_id, "partition_date": day.isoformat(), "stage": stage, "status": status,
                     "rows_in": n, "rows_out": n, "seconds": secs, "message": msg, "finished_at": t.isoformat()})
    load_row = {"run_id": run_id, "partition_date": day.isoformat(), "stage": "load", "status": "success",
                "rows_in": 0, "rows_out": 0, "seconds": 0.0, "message": "",
                "finished_at": (t + timedelta(seconds=1)).isoformat()}
    return rows, dq_rows, load_row


# --------------------------------------------------------------------------- building a warehouse
def days_for(n_articles: int, n_days: int, end: date, rng: np.random.Generator,
             step: int = 1) -> list[tuple[date, int]]:
    """Landing partitions every ``step`` days over ``n_days`` days ending on ``end``, sharing
    ``n_articles`` (weekend days lighter)."""
    n_parts = max(1, n_days // step)
    days = [end - timedelta(days=step * (n_parts - 1 - i)) for i in range(n_parts)]
    w = np.array([0.45 if (d.weekday() >= 5 and step == 1) else 1.0 for d in days]) * rng.uniform(0.85, 1.15, n_parts)
    counts = np.floor(w / w.sum() * n_articles).astype(int)
    counts[np.argsort(-w)[: n_articles - counts.sum()]] += 1
    return list(zip(days, counts.tolist(), strict=True))


def write_lake(lake_root: Path, pools: Pools, plan: list[tuple[date, int]], seed: int,
               span_days: int = 1) -> dict[date, tuple]:
    """Generate and write every partition of the plan to the lake; returns each one's run-log rows."""
    logs, first = {}, 0
    rng = np.random.default_rng(seed)
    for i, (day, n) in enumerate(plan):
        run_id = f"bench__{day.isoformat()}"
        tables = generate_day(pools, day, n, first, run_id, seed * 100_003 + i, span_days)
        first += n + tables["raw_files"].num_rows  # ids stay unique across days
        for name, table in tables.items():
            lake.write_partition(lake_root, TABLES[name], day, table)
        logs[day] = run_log(day, run_id, n, rng, tables)
    return logs


def load_days(warehouse: Path, lake_root: Path, logs: dict[date, tuple], progress: bool = False) -> float:
    from chainwire.warehouse.load import load_partition

    t0 = time.perf_counter()
    for k, (day, (rows, dq_rows, load_row)) in enumerate(logs.items(), 1):
        load_partition(warehouse, lake_root, day, rows, dq_rows, load_row=dict(load_row))
        if progress and k % 100 == 0:
            print(f"    loaded {k}/{len(logs)} days ({time.perf_counter() - t0:.0f} s)", flush=True)
    return time.perf_counter() - t0


def rss_gib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 ** 2


def cookbook_queries(path: Path = COOKBOOK) -> list[tuple[str, str]]:
    """(title, sql) for every ```sql block, titled by the nearest preceding '## ' heading."""
    text = path.read_text(encoding="utf-8")
    out, heading = [], ""
    for m in re.finditer(r"^## ([^\n]+)$|^```sql\n(.*?)^```", text, re.S | re.M):
        if m.group(1):
            heading = m.group(1).strip()
        else:
            out.append((heading, m.group(2)))
    return out


# --------------------------------------------------------------------------- the two benchmarks
def bench_load(tmp: Path, pools: Pools, articles: int, days: int) -> None:
    from chainwire.warehouse.load import publish_snapshot

    print(f"(a) load {articles:,} articles over {days} landing days")
    plan = days_for(articles, days, date(2026, 11, 4), np.random.default_rng(1))
    lake_root, wh = tmp / "a" / "lake", tmp / "a" / "warehouse" / "chainwire.duckdb"
    t = time.perf_counter()
    logs = write_lake(lake_root, pools, plan, seed=1)
    gen = time.perf_counter() - t
    rows = _lake_rows(lake_root)
    print(f"    generated + wrote lake partitions: {gen:.1f} s (not timed) — "
          + ", ".join(f"{k} {v:,}" for k, v in rows.items()))
    secs = load_days(wh, lake_root, logs)
    total = sum(rows.values())
    verdict = "meets" if secs <= TARGET_LOAD_S else "MISSES"
    print(f"    load_partition × {days}: {secs:.2f} s for {articles:,} articles ({total:,} rows, "
          f"{total / secs:,.0f} rows/s) — {verdict} the ≤ {TARGET_LOAD_S:.0f} s target")
    t = time.perf_counter()
    publish_snapshot(wh, wh.with_name("chainwire_snapshot.duckdb"))
    print(f"    publish_snapshot: {time.perf_counter() - t:.2f} s "
          f"(snapshot {wh.with_name('chainwire_snapshot.duckdb').stat().st_size / 2**20:,.0f} MiB)")
    # Idempotence: re-loading a day replaces it.
    day = plan[0][0]
    t = time.perf_counter()
    load_days(wh, lake_root, {day: logs[day]})
    import duckdb

    con = duckdb.connect(str(wh), read_only=True)
    n = con.execute("SELECT count(*) FROM core.articles").fetchone()[0]
    con.close()
    print(f"    re-load of {day} (replace one day): {time.perf_counter() - t:.2f} s; core.articles = {n:,} "
          f"({'no double counting' if n == articles else 'UNEXPECTED COUNT'})")
    shutil.rmtree(tmp / "a", ignore_errors=True)


def _lake_rows(lake_root: Path) -> dict[str, int]:
    import pyarrow.parquet as pq

    return {name: sum(pq.ParquetFile(f).metadata.num_rows for f in (lake_root / name).glob("*/data.parquet"))
            for name in TABLES}


def bench_queries(tmp: Path, pools: Pools, articles: int, years: float, runs: int, per_partition: int) -> list[dict]:
    import duckdb

    from chainwire.warehouse.load import connect_writer, publish_snapshot
    from chainwire.warehouse.marts import build_marts

    n_days = int(round(365.25 * years))
    step = max(1, round(n_days * per_partition / articles))  # days per landing partition
    plan = days_for(articles, n_days, date(2026, 11, 4), np.random.default_rng(2), step=step)
    print(f"\n(b) cookbook queries on {articles:,} articles published over {n_days} days (~{years:g} years), "
          f"in {len(plan)} landing partitions of ~{articles // len(plan):,} articles ({step} publication days each)")
    lake_root, wh = tmp / "b" / "lake", tmp / "b" / "warehouse" / "chainwire.duckdb"
    snap = wh.with_name("chainwire_snapshot.duckdb")
    t = time.perf_counter()
    logs = write_lake(lake_root, pools, plan, seed=2, span_days=step)
    print(f"    generated + wrote lake partitions: {time.perf_counter() - t:.1f} s — "
          + ", ".join(f"{k} {v:,}" for k, v in _lake_rows(lake_root).items()), flush=True)
    secs = load_days(wh, lake_root, logs, progress=True)
    print(f"    load_partition × {len(plan)}: {secs:.1f} s ({secs / len(plan):.2f} s per partition)")
    t = time.perf_counter()
    with connect_writer(wh) as con:
        stats = build_marts(con)
    print(f"    build_marts: {time.perf_counter() - t:.1f} s — "
          + ", ".join(f"{k} {v['rows']:,}" for k, v in stats.items()))
    t = time.perf_counter()
    publish_snapshot(wh, snap)
    print(f"    publish_snapshot: {time.perf_counter() - t:.1f} s (snapshot {snap.stat().st_size / 2**20:,.0f} MiB)")
    shutil.rmtree(lake_root, ignore_errors=True)
    wh.unlink(missing_ok=True)

    # As `chainwire sql` opens it: read-only snapshot, Seoul session time zone.
    print(f"\n    load average before the queries: {' '.join(f'{x:.2f}' for x in os.getloadavg())} "
          f"(other work on the {os.cpu_count()} cores inflates the timings)")
    con = duckdb.connect(str(snap), read_only=True)
    con.execute("SET TimeZone = 'Asia/Seoul'")
    results = []
    print(f"\n    {'#':>2}  {'median ms':>9}  {'min':>6}  {'max':>6}  {'first':>6}  {'rows':>5}  target  question")
    for i, (title, sql) in enumerate(cookbook_queries(), 1):
        t = time.perf_counter()
        con.execute(sql).fetchall()  # warm-up (first touch of the file's blocks), reported as "first"
        first = (time.perf_counter() - t) * 1000
        times, rows = [], 0
        for _ in range(runs):
            t = time.perf_counter()
            rows = len(con.execute(sql).fetchall())
            times.append((time.perf_counter() - t) * 1000)
        med = statistics.median(times)
        ok = med <= TARGET_QUERY_MS
        results.append({"n": i, "title": title, "sql": sql, "median_ms": med, "rows": rows, "ok": ok})
        print(f"    {i:>2}  {med:9.1f}  {min(times):6.1f}  {max(times):6.1f}  {first:6.1f}  {rows:>5}  "
              f"{'ok' if ok else 'MISS':>6}  "
              f"{title[:70]}", flush=True)
    con.close()
    # End to end through the command line (process start, open the snapshot, query, JSON out).
    slowest = max(results, key=lambda r: r["median_ms"])
    script = Path(sys.executable).parent / "chainwire"
    cli = [str(script)] if script.exists() else [sys.executable, "-m", "chainwire"]
    walls = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run([*cli, "sql", "--format", "json", slowest["sql"]], check=True, capture_output=True,
                       env={**os.environ, "CHAINWIRE_DATA_DIR": str(tmp / "b")})
        walls.append(time.perf_counter() - t)
    print(f"    `chainwire sql --format json` end to end for the slowest query (#{slowest['n']}): "
          f"{statistics.median(walls) * 1000:.0f} ms median of 3 (process start included)")
    misses = [r for r in results if not r["ok"]]
    print(f"    load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"\n    {len(results) - len(misses)}/{len(results)} queries meet the ≤ {TARGET_QUERY_MS:.0f} ms median target"
          + (f"; misses: {', '.join(str(r['n']) for r in misses)}" if misses else ""))
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--load-articles", type=int, default=100_000)
    ap.add_argument("--load-days", type=int, default=10)
    ap.add_argument("--query-articles", type=int, default=1_000_000)
    ap.add_argument("--query-years", type=float, default=3.0)
    ap.add_argument("--query-partition-articles", type=int, default=10_000,
                    help="articles per landing partition for (b), as in (a) (see the module doc)")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per query (median reported)")
    ap.add_argument("--skip-load", action="store_true")
    ap.add_argument("--skip-queries", action="store_true")
    ap.add_argument("--keep", type=Path, help="work in this directory and keep it")
    args = ap.parse_args()
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import duckdb

    print(f"duckdb {duckdb.__version__}, pyarrow {pa.__version__}, {os.cpu_count()} CPUs")
    t0 = time.perf_counter()
    pools = build_pools()
    ctx = tempfile.TemporaryDirectory(prefix="bench-warehouse-") if args.keep is None else None
    tmp = Path(ctx.name) if ctx else args.keep
    tmp.mkdir(parents=True, exist_ok=True)
    try:
        if not args.skip_load:
            bench_load(tmp, pools, args.load_articles, args.load_days)
        if not args.skip_queries:
            bench_queries(tmp, pools, args.query_articles, args.query_years, args.runs, args.query_partition_articles)
    finally:
        if ctx:
            ctx.cleanup()
    print(f"\ntotal {time.perf_counter() - t0:.0f} s, peak RSS {rss_gib():.2f} GiB")


if __name__ == "__main__":
    main()
