"""pyarrow schemas of the five enrichment tables (rows from ``enrich_rows``).

Same conventions as ``chainwire.schemas``: ``pa.string()`` (never large_string),
``pa.list_(pa.string())`` for lists, int32 counts, float64 scores, and a ``doc``
metadata entry on every field for the DuckDB column comments. Lineage columns
(landing_date, raw_path, run_id …) are left to the warehouse owner.
"""

from __future__ import annotations

import pyarrow as pa

ENRICH_SCHEMA_VERSION = 1

_STR = pa.string()
_STRS = pa.list_(pa.string())


def _f(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"doc": doc})


def _schema(table: str, doc: str, key: tuple[str, ...], fields: list[pa.Field]) -> pa.Schema:
    return pa.schema(fields, metadata={"table": table, "doc": doc, "key": ",".join(key),
                                       "schema_version": str(ENRICH_SCHEMA_VERSION)})


_ARTICLE_ID = _f("article_id", _STR, "Article the row describes (articles.article_id).", False)

ARTICLE_TOPICS = _schema(
    "article_topics",
    "Supply-chain policy topics of each article, from the versioned taxonomy (chainwire/enrich/taxonomy.yaml).",
    ("article_id", "topic"),
    [
        _ARTICLE_ID,
        _f("topic", _STR, "Taxonomy topic key, e.g. semiconductors, export_controls.", False),
        _f("score", pa.float64(), "Sum of term weight x zone weight (title 3, deck/lead 2, body 1); >= min_score."),
        _f("matched_terms", _STRS, "Canonical taxonomy terms found, in order of first occurrence."),
        _f("evidence", _STR, "Sentence that best evidences the topic (body preferred over headline)."),
        _f("taxonomy_version", _STR, "Version of taxonomy.yaml that produced the row.", False),
    ],
)

ARTICLE_COUNTRIES = _schema(
    "article_countries",
    "Countries an article mentions (ISO 3166-1 alpha-2; EU pseudo-code for the European Union).",
    ("article_id", "iso2"),
    [
        _ARTICLE_ID,
        _f("iso2", _STR, "ISO 3166-1 alpha-2, upper case; EU = European Union (regions such as ASEAN expand to members).", False),
        _f("mentions", pa.int32(), "Number of mentions (a compound such as 한미일 counts once for each country)."),
        _f("role", _STR, "subject when mentioned in the title, deck or lead paragraph, else mentioned."),
    ],
)

ARTICLE_ACTORS = _schema(
    "article_actors",
    "Government bodies, agencies and titled people an article names.",
    ("article_id", "actor_id"),
    [
        _ARTICLE_ID,
        _f("actor_id", _STR, "Gazetteer id (kr.motie, us.doc, person:지나 러몬도) or person:<name> for other people.", False),
        _f("name", _STR, "Canonical name (gazetteer) or the person's name as written."),
        _f("kind", _STR, "person or organization."),
        _f("title", _STR, "Person's title as written (장관, 상무장관, 경제산업대신, Commerce Secretary); null for organizations."),
        _f("mentions", pa.int32(), "Number of mentions (full name, alias, or surname/last name + title for people)."),
        _f("affiliation", _STR, "Organization actor_id a person is linked to by the text, when found."),
    ],
)

ARTICLE_COMPANIES = _schema(
    "article_companies",
    "Companies named in the article body or by the page's AI stock-impact widget.",
    ("article_id", "company_id", "source"),
    [
        _ARTICLE_ID,
        _f("company_id", _STR, "us:<S&P 500 symbol>, krx:<KRX code>, kr:<slug> for unlisted Korean firms, <exchange>:<ticker> otherwise.", False),
        _f("name", _STR, "Canonical company name."),
        _f("ticker", _STR, "Exchange ticker or KRX six-digit code; null when unlisted."),
        _f("exchange", _STR, "Listing venue (KRX, NASDAQ, NYSE, TSE …; US = S&P 500 member, venue not in the reference)."),
        _f("mentions", pa.int32(), "Mentions in the body, or number of widget entries."),
        _f("source", _STR, "body or stock_widget.", False),
    ],
)

ARTICLE_POLICY_ACTIONS = _schema(
    "article_policy_actions",
    "Policy actions reported by each article, one row per action and evidence sentence.",
    ("article_id", "action", "sentence_index"),
    [
        _ARTICLE_ID,
        _f("action", _STR, "agreement, export_control, sanction, tariff, subsidy, investment, meeting, standard_setting or investigation.", False),
        _f("evidence", _STR, "The sentence carrying the action."),
        _f("sentence_index", pa.int32(), "0-based sentence position: title, deck lines, then body sentences.", False),
    ],
)

ENRICH_SCHEMAS: dict[str, pa.Schema] = {
    "article_topics": ARTICLE_TOPICS,
    "article_countries": ARTICLE_COUNTRIES,
    "article_actors": ARTICLE_ACTORS,
    "article_companies": ARTICLE_COMPANIES,
    "article_policy_actions": ARTICLE_POLICY_ACTIONS,
}


def to_arrow(table_name: str, rows: list[dict]) -> pa.Table:
    """Rows from ``enrich_rows(...)[table_name]`` as a typed Arrow table."""
    return pa.Table.from_pylist(rows, schema=ENRICH_SCHEMAS[table_name])
