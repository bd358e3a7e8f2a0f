"""Scoring the enrichment against a hand-labelled gold set (tests/fixtures/enrich/gold.jsonl).

Each gold line: ``id``, ``split`` (dev | test), ``title``, ``subtitle_lines``, ``paragraphs``,
``stock_impacts`` (``[{"company": ...}]``), ``language`` and ``expected`` with the sets
``topics``, ``countries`` (ISO alpha-2 / EU), ``actors`` (actor ids), ``companies``
(company ids, body and widget together) and ``actions``. Scores are set-based per
article: precision/recall/F1 per label and micro-averaged per dimension.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from chainwire.enrich import Enrichment, enrich_article
from chainwire.extract.article import Article, StockImpact

DIMENSIONS = ("topics", "countries", "actors", "companies", "actions")


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def gold_article(rec: dict[str, Any]) -> Article:
    return Article(
        source_path=f"gold:{rec.get('id', '?')}",
        title=rec.get("title"),
        subtitle_lines=list(rec.get("subtitle_lines") or []),
        paragraphs=list(rec.get("paragraphs") or []),
        stock_impacts=[StockImpact(company=s["company"], sector=s.get("sector"), direction=s.get("direction", "positive"))
                       for s in rec.get("stock_impacts") or []],
        language=rec.get("language"),
    )


# Which countries a labelling convention counts (CountryHit.basis). The gold set (written with
# the rules, docs/enrichment.md "Gold set") counts every country the text names, regions
# expanded to their members, but not countries only implied by an institution or 국내/정부.
# The analysts' convention for real articles (docs/labelling.md "Countries") counts named
# countries and national institutions / domestic self-reference, and regions only as such.
GOLD_COUNTRY_BASIS = frozenset({"named", "region"})
ANALYST_COUNTRY_BASIS = frozenset({"named", "implied"})


def predicted_sets(e: Enrichment, country_basis: frozenset[str] = GOLD_COUNTRY_BASIS) -> dict[str, set[str]]:
    return {
        "topics": {t.topic for t in e.topics},
        "countries": {c.iso2 for c in e.countries if c.basis in country_basis},
        "actors": {a.actor_id for a in e.actors},
        "companies": {c.company_id for c in e.companies},
        "actions": {a.action for a in e.actions},
    }


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DimensionScore:
    per_label: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    micro: Counts = field(default_factory=Counts)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (article id, fp|fn, label)


def score(records: Iterable[dict[str, Any]], predictions: dict[str, dict[str, set[str]]] | None = None
          ) -> dict[str, DimensionScore]:
    out = {d: DimensionScore() for d in DIMENSIONS}
    for rec in records:
        pred = predictions[rec["id"]] if predictions is not None else predicted_sets(enrich_article(gold_article(rec)))
        for dim in DIMENSIONS:
            gold = set(rec["expected"].get(dim) or [])
            got = pred[dim]
            ds = out[dim]
            for label in gold | got:
                c = ds.per_label[label]
                if label in gold and label in got:
                    c.tp += 1
                    ds.micro.tp += 1
                elif label in got:
                    c.fp += 1
                    ds.micro.fp += 1
                    ds.errors.append((rec["id"], "fp", label))
                else:
                    c.fn += 1
                    ds.micro.fn += 1
                    ds.errors.append((rec["id"], "fn", label))
    return out


def predict_all(records: list[dict[str, Any]]) -> dict[str, dict[str, set[str]]]:
    return {rec["id"]: predicted_sets(enrich_article(gold_article(rec))) for rec in records}
