"""Supply-chain policy enrichment: what each article is about, with evidence.

>>> from chainwire.enrich import enrich_article, enrich_rows
>>> e = enrich_article(article)            # Article, Article.to_dict() or a similar dict
>>> rows = enrich_rows(article_id, e)      # {table name: [row dict, ...]} for the 5 tables

Dimensions: topics (taxonomy.yaml), countries (ISO alpha-2), actors (agencies and
titled people), companies (body + stock widget) and sentence-level policy actions.
Schemas of the five tables are in :mod:`chainwire.enrich.schemas`. See
``docs/enrichment.md`` for the decisions and the measured quality.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .actions import ACTIONS, ActionHit, tag_actions
from .actors import ActorHit, tag_actors
from .companies import CompanyHit, tag_companies
from .countries import CountryHit, tag_countries
from .schemas import ENRICH_SCHEMAS, to_arrow
from .text import Doc, build_shared_automaton, prepare
from .topics import TopicHit, load_taxonomy, tag_topics, taxonomy_version

ENRICHER_VERSION = "chainwire.enrich@1"

__all__ = [
    "ACTIONS", "ActionHit", "ActorHit", "CompanyHit", "CountryHit", "ENRICH_SCHEMAS", "ENRICHER_VERSION", "Enrichment",
    "ROW_COLUMNS", "TopicHit", "clear_caches", "enrich_article", "enrich_rows", "enrich_tuples", "load_taxonomy",
    "prepare", "tag_actions", "tag_actors", "tag_companies", "tag_countries", "tag_topics", "taxonomy_version",
    "to_arrow", "warm_up",
]


def warm_up() -> float:
    """Load everything ``enrich_article`` needs once per process (Kiwi, taxonomy, gazetteers,
    compiled patterns); returns the seconds it took. Optional: the first call does it lazily."""
    import time

    from . import actors
    from .country_names import load_country_gazetteer
    from .gazetteers import load_actor_gazetteer, load_company_gazetteer
    from .kiwi_nlp import warm_up as warm_up_kiwi

    t = time.perf_counter()
    warm_up_kiwi()  # Kiwi's first analysis costs ~0.6-1.5 s more (lazy model set-up): pay it here
    load_taxonomy()
    load_actor_gazetteer()
    load_company_gazetteer()
    load_country_gazetteer()
    actors.build_tables()
    build_shared_automaton()  # every scanner is registered now: forked workers share the one automaton
    return time.perf_counter() - t


def clear_caches() -> None:
    """Forget the per-text memos (Kiwi word analyses, country-word checks, widget names), keeping
    the loaded models: the state of a fresh process after :func:`warm_up` (used by the benchmark)."""
    from . import actors
    from .companies import resolve_widget_company
    from .kiwi_nlp import word_tags

    word_tags.cache_clear()
    actors.clear_memos()
    resolve_widget_company.cache_clear()
    for topic in load_taxonomy().topics:
        topic.canonical_of.clear()


@dataclass
class Enrichment:
    topics: list[TopicHit] = field(default_factory=list)
    countries: list[CountryHit] = field(default_factory=list)
    actors: list[ActorHit] = field(default_factory=list)
    companies: list[CompanyHit] = field(default_factory=list)
    actions: list[ActionHit] = field(default_factory=list)
    taxonomy_version: str = ""


def enrich_article(article: Any) -> Enrichment:
    """Run every tagger on one article (prepared once)."""
    doc: Doc = prepare(article)
    return Enrichment(
        topics=tag_topics(doc),
        countries=tag_countries(doc),
        actors=tag_actors(doc),
        companies=tag_companies(doc),
        actions=tag_actions(doc),
        taxonomy_version=taxonomy_version(),
    )


# The columns of each enrich table a tagger's row holds, in the order of ``enrich_tuples``' values and
# ``enrich_rows``' keys (the pipeline adds ``landing_date`` and the lineage).
ROW_COLUMNS: dict[str, tuple[str, ...]] = {
    "article_topics": ("article_id", "topic", "score", "matched_terms", "evidence", "taxonomy_version"),
    "article_countries": ("article_id", "iso2", "mentions", "role"),
    "article_actors": ("article_id", "actor_id", "name", "kind", "title", "mentions", "affiliation"),
    "article_companies": ("article_id", "company_id", "name", "ticker", "exchange", "mentions", "source"),
    "article_policy_actions": ("article_id", "action", "evidence", "sentence_index"),
}


def enrich_tuples(article_id: str, enrichment: Enrichment) -> dict[str, list[tuple]]:
    """The rows of :func:`enrich_rows` as tuples of ``ROW_COLUMNS``' values: a batch gathers them and converts
    each column to Arrow once, with no dict per tag row (≈ 12 rows an article; building the dicts and
    regathering them per column cost ≈ 16 µs an article, docs/performance.md)."""
    e = enrichment
    version = e.taxonomy_version
    return {
        "article_topics": [(article_id, t.topic, float(t.score), list(t.matched_terms), t.evidence_sentence, version)
                           for t in e.topics],
        "article_countries": [(article_id, c.iso2, int(c.mentions), c.role) for c in e.countries],
        "article_actors": [(article_id, a.actor_id, a.name, a.kind, a.title, int(a.mentions), a.affiliation)
                           for a in e.actors],
        "article_companies": [(article_id, c.company_id, c.name, c.ticker, c.exchange, int(c.mentions), c.source)
                              for c in e.companies],
        "article_policy_actions": [(article_id, a.action, a.evidence_sentence, int(a.sentence_index))
                                   for a in e.actions],
    }


def enrich_rows(article_id: str, enrichment: Enrichment) -> dict[str, list[dict]]:
    """Rows for article_topics, article_countries, article_actors, article_companies, article_policy_actions."""
    return {name: [dict(zip(ROW_COLUMNS[name], row, strict=True)) for row in rows]
            for name, rows in enrich_tuples(article_id, enrichment).items()}
