"""One pyarrow schema per table: the single definition used by the Parquet writer,
the data-quality checks and the DuckDB DDL (with column comments).

Strings are ``pa.string()`` (never ``large_string``, which pandas 3 would produce)
and timestamps are UTC microseconds; DuckDB shows them in the session time zone.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = 1

_STR = pa.string()
_STRS = pa.list_(pa.string())
_TS = pa.timestamp("us", tz="UTC")


def _f(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"doc": doc})


# Lineage columns carried by every row (where it came from, which run wrote it).
_LINEAGE = [
    _f("raw_path", _STR, "Raw file path relative to the landing zone.", False),
    _f("raw_sha256", _STR, "SHA-256 of the raw file bytes."),
    _f("parser", _STR, "Parser name@version that produced the row."),
    _f("run_id", _STR, "Pipeline run that wrote the row."),
]
LINEAGE_COLUMNS = tuple(f.name for f in _LINEAGE)


@dataclass(frozen=True)
class Table:
    name: str  # table name inside schema core
    doc: str
    schema: pa.Schema
    key: tuple[str, ...]  # unique within a landing_date partition

    @property
    def columns(self) -> list[str]:
        return self.schema.names


def _table(name: str, doc: str, fields: list[pa.Field], key: tuple[str, ...]) -> Table:
    schema = pa.schema(fields + _LINEAGE, metadata={"table": name, "schema_version": str(SCHEMA_VERSION)})
    return Table(name, doc, schema, key)


ARTICLES = _table(
    "articles",
    "One row per story found in a raw file: the cleaned article with its metadata.",
    [
        _f("article_id", _STR, "Stable article id: outlet:outlet_article_id, else outlet:h<hash of title, date, lead>.", False),
        _f("landing_date", pa.date32(), "Day the raw file landed (the partition), Asia/Seoul.", False),
        _f("outlet", _STR, "Publisher: the registry's key (newspim); for an outlet the registry does not know, "
           "its domain's name from the page (reporters' e-mail, copyright line) or the brand the page prints "
           "(lead byline, source credit, copyright footer; warning 'outlet not registered'); null when the page "
           "names none."),
        _f("url", _STR, "Canonical article URL when known."),
        _f("outlet_article_id", _STR, "The outlet's own article id when known."),
        _f("section", _STR, "Section from the breadcrumb, e.g. 경제."),
        _f("subsection", _STR, "Subsection from the breadcrumb, e.g. 경제일반."),
        _f("title", _STR, "Headline."),
        _f("title_source", _STR, "Where the headline came from: page (found on the page), metadata (crawler record / sidecar title), lead_sentence (inferred: the capture had none)."),
        _f("subtitle_lines", _STRS, "Deck lines under the headline."),
        _f("published_at", _TS, "Publication time (UTC storage; Asia/Seoul on the page)."),
        _f("published_at_source", _STR, "Evidence for published_at: page_field, caption_date, body_relative_date, sidecar, landing_date."),
        _f("published_at_confidence", pa.float64(), "Confidence in published_at, 0..1."),
        _f("updated_at", _TS, "Last-modified time (최종수정) when printed."),
        _f("dateline", _STR, "Dateline city, e.g. 세종, 워싱턴."),
        _f("reporters", _STRS, "Reporter names (names only)."),
        _f("reporter_roles", _STRS, "Roles parallel to reporters: 기자, 특파원, 선임기자…"),
        _f("reporter_emails", _STRS, "Reporter e-mail signatures."),
        _f("body_text", _STR, "Article text only: paragraphs joined by a blank line."),
        _f("paragraph_count", pa.int32(), "Number of body paragraphs."),
        _f("body_chars", pa.int32(), "Characters in body_text."),
        _f("language", _STR, "ISO 639-1 language of the body."),
        _f("ai_summary", pa.bool_(), "Page carried an AI summary box."),
        _f("ai_translation", pa.bool_(), "Page carried an AI-translation notice."),
        _f("ai_stock_analysis", pa.bool_(), "Page carried the AI stock-impact widget."),
        _f("warnings", _STRS, "Parser warnings."),
        _f("parser_error", _STR, "Exception type and message when a parser rule raised (the row is quarantined: its "
           "fields may be half-filled); null when the parser ran through."),
        _f("content_sha256", _STR, "SHA-256 of the normalized body text (exact-duplicate key)."),
        _f("cluster_id", _STR, "Story cluster: copies of one story share it (unique stories = distinct cluster_id)."),
        _f("is_canonical", pa.bool_(), "True for the one row that represents its story (earliest published original)."),
        _f("duplicate_of", _STR, "article_id of the canonical member when this row is a copy."),
        _f("similarity", pa.float64(), "Estimated Jaccard similarity to the canonical member (1.0 for itself)."),
        _f("copy_kind", _STR, "How this copy relates to the canonical: rescrape, host_alias, syndicated, machine_translation."),
    ],
    key=("article_id",),
)

PARAGRAPHS = _table(
    "paragraphs",
    "Body paragraphs of each article, in order.",
    [
        _f("article_id", _STR, "Article the paragraph belongs to.", False),
        _f("landing_date", pa.date32(), "Partition day.", False),
        _f("ordinal", pa.int32(), "0-based position in the body.", False),
        _f("text", _STR, "Paragraph text."),
    ],
    key=("article_id", "ordinal"),
)

PHOTO_CAPTIONS = _table(
    "photo_captions",
    "Photo captions found in the article (never part of body_text).",
    [
        _f("article_id", _STR, "Article the caption belongs to.", False),
        _f("landing_date", pa.date32(), "Partition day.", False),
        _f("ordinal", pa.int32(), "0-based position on the page.", False),
        _f("text", _STR, "Caption text."),
        _f("credit", _STR, "Photo credit, e.g. 산업통상자원부 from [사진=산업통상자원부]."),
        _f("caption_date", pa.date32(), "Date printed in the caption."),
        _f("email", _STR, "E-mail printed in the caption."),
    ],
    key=("article_id", "ordinal"),
)

RELATED_TEASERS = _table(
    "related_teasers",
    "Teasers for other stories shown on the page (best-articles blocks); never counted as body.",
    [
        _f("article_id", _STR, "Article page the teaser appeared on.", False),
        _f("landing_date", pa.date32(), "Partition day.", False),
        _f("ordinal", pa.int32(), "0-based position on the page.", False),
        _f("title", _STR, "Teaser headline."),
        _f("text", _STR, "Teaser text."),
        _f("dateline", _STR, "Teaser dateline."),
        _f("reporters", _STRS, "Teaser reporters."),
        _f("published_at", _TS, "Teaser's own date."),
    ],
    key=("article_id", "ordinal"),
)

STOCK_IMPACTS = _table(
    "stock_impacts",
    "Companies named by the page's AI stock-impact widget.",
    [
        _f("article_id", _STR, "Article page the widget appeared on.", False),
        _f("landing_date", pa.date32(), "Partition day.", False),
        _f("ordinal", pa.int32(), "0-based position in the widget.", False),
        _f("company", _STR, "Company name as printed."),
        _f("sector", _STR, "GICS sector as printed."),
        _f("direction", _STR, "positive or negative."),
        _f("reason", _STR, "Reason given by the widget."),
    ],
    key=("article_id", "ordinal"),
)

QUARANTINE = _table(
    "quarantine",
    "Rows held back from the clean tables, with the rule that stopped them.",
    [
        _f("landing_date", pa.date32(), "Partition day.", False),
        _f("article_id", _STR, "Article id when one could be computed."),
        _f("table_name", _STR, "Table the row was meant for."),
        _f("rule", _STR, "Failed rule (expectation type and column)."),
        _f("reason", _STR, "Readable reason."),
        _f("record_json", _STR, "The held-back row as JSON."),
    ],
    key=("raw_path", "rule"),
)

RAW_FILES = _table(
    "raw_files",
    "Manifest: every raw file seen and what became of it.",
    [
        _f("landing_date", pa.date32(), "Partition day (landing folder).", False),
        _f("size_bytes", pa.int64(), "File size."),
        _f("status", _STR, "parsed, duplicate, quarantined, rejected (unreadable, broken link, not a page), deferred (still being written: the next run loads it) or skipped (hidden file, orphan sidecar)."),
        _f("reason", _STR, "Why a file was not parsed into a clean article."),
        _f("article_id", _STR, "Resulting article id."),
    ],
    key=("raw_path",),
)

ARTICLE_VERSIONS = _table(
    "article_versions",
    "Every distinct content of an article_id, in the order first seen; core.articles holds the latest.",
    [
        _f("article_id", _STR, "Article.", False),
        _f("landing_date", pa.date32(), "Partition day: the day this version was first seen.", False),
        _f("version", pa.int32(), "1 for the first content seen, then 2, 3… for each new content.", False),
        _f("content_sha256", _STR, "SHA-256 of the normalized body text.", False),
        _f("title", _STR, "Headline of this version."),
        _f("published_at", _TS, "Publication time of this version."),
        _f("updated_at", _TS, "최종수정 of this version when printed."),
        _f("seen_at", pa.date32(), "Landing day the version was first seen (same as landing_date)."),
    ],
    key=("article_id", "version"),
)

# ---------------------------------------------------------------- enrichment (chainwire.enrich)
_ENRICH_KEY = [
    _f("article_id", _STR, "Article the row describes (articles.article_id).", False),
    _f("landing_date", pa.date32(), "Partition day.", False),
]

ARTICLE_TOPICS = _table(
    "article_topics",
    "Supply-chain policy topics of each article, from the versioned taxonomy (chainwire/enrich/taxonomy.yaml).",
    _ENRICH_KEY + [
        _f("topic", _STR, "Taxonomy topic key, e.g. semiconductors, export_controls."),
        _f("score", pa.float64(), "Sum of term weight x zone weight (title 3, deck/lead 2, body 1); >= min_score."),
        _f("matched_terms", _STRS, "Canonical taxonomy terms found, in order of first occurrence."),
        _f("evidence", _STR, "Sentence that best evidences the topic (body preferred over headline)."),
        _f("taxonomy_version", _STR, "Version of taxonomy.yaml that produced the row."),
    ],
    key=("article_id", "topic"),
)

ARTICLE_COUNTRIES = _table(
    "article_countries",
    "Countries an article mentions (ISO 3166-1 alpha-2; EU pseudo-code for the European Union).",
    _ENRICH_KEY + [
        _f("iso2", _STR, "ISO 3166-1 alpha-2, upper case; EU = European Union (regions such as ASEAN expand to members)."),
        _f("mentions", pa.int32(), "Number of mentions (a compound such as 한미일 counts once for each country)."),
        _f("role", _STR, "subject when mentioned in the title, deck or lead paragraph, else mentioned."),
    ],
    key=("article_id", "iso2"),
)

ARTICLE_ACTORS = _table(
    "article_actors",
    "Government bodies, agencies and titled people an article names.",
    _ENRICH_KEY + [
        _f("actor_id", _STR, "Gazetteer id (kr.motie, us.doc, person:지나 러몬도) or person:<name> for other people."),
        _f("name", _STR, "Canonical name (gazetteer) or the person's name as written."),
        _f("kind", _STR, "person or organization."),
        _f("title", _STR, "Person's title as written (장관, 상무장관, 경제산업대신, Commerce Secretary); null for organizations."),
        _f("mentions", pa.int32(), "Number of mentions (full name, alias, or surname/last name + title for people)."),
        _f("affiliation", _STR, "Organization actor_id a person is linked to by the text, when found."),
    ],
    key=("article_id", "actor_id"),
)

ARTICLE_COMPANIES = _table(
    "article_companies",
    "Companies named in the article body or by the page's AI stock-impact widget.",
    _ENRICH_KEY + [
        _f("company_id", _STR, "us:<S&P 500 symbol>, krx:<KRX code>, kr:<slug> for unlisted Korean firms, <exchange>:<ticker> otherwise."),
        _f("name", _STR, "Canonical company name."),
        _f("ticker", _STR, "Exchange ticker or KRX six-digit code; null when unlisted."),
        _f("exchange", _STR, "Listing venue (KRX, NASDAQ, NYSE, TSE …; US = S&P 500 member, venue not in the reference)."),
        _f("mentions", pa.int32(), "Mentions in the body, or number of widget entries."),
        _f("source", _STR, "body or stock_widget."),
    ],
    key=("article_id", "company_id", "source"),
)

ARTICLE_POLICY_ACTIONS = _table(
    "article_policy_actions",
    "Policy actions reported by each article, one row per action and evidence sentence.",
    _ENRICH_KEY + [
        _f("action", _STR, "agreement, export_control, sanction, tariff, subsidy, investment, meeting, standard_setting or investigation."),
        _f("evidence", _STR, "The sentence carrying the action."),
        _f("sentence_index", pa.int32(), "0-based sentence position: title, deck lines, then body sentences."),
    ],
    key=("article_id", "action", "sentence_index"),
)

ENRICH_TABLES: dict[str, Table] = {
    t.name: t for t in (ARTICLE_TOPICS, ARTICLE_COUNTRIES, ARTICLE_ACTORS, ARTICLE_COMPANIES, ARTICLE_POLICY_ACTIONS)
}

# Every lake dataset; each is replaced per landing_date partition.
TABLES: dict[str, Table] = {
    t.name: t for t in (ARTICLES, ARTICLE_VERSIONS, PARAGRAPHS, PHOTO_CAPTIONS, RELATED_TEASERS, STOCK_IMPACTS,
                        QUARANTINE, RAW_FILES, *ENRICH_TABLES.values())
}
# Tables holding one article's content: in the warehouse only the article's latest version
# (its "home" landing day) is kept, so a re-delivered article is never counted twice.
ARTICLE_CONTENT_TABLES = frozenset({"articles", "paragraphs", "photo_captions", "related_teasers", "stock_impacts",
                                    *ENRICH_TABLES})
# Tables produced by parse/validate (the enrichment tables come from the enrich stage).
PARSED_TABLES: dict[str, Table] = {n: t for n, t in TABLES.items() if n not in ENRICH_TABLES and n != "article_versions"}

_DUCKDB_TYPES = {
    pa.string(): "VARCHAR",
    pa.date32(): "DATE",
    _TS: "TIMESTAMPTZ",
    pa.float64(): "DOUBLE",
    pa.int32(): "INTEGER",
    pa.int64(): "BIGINT",
    pa.bool_(): "BOOLEAN",
    _STRS: "VARCHAR[]",
}


def duckdb_type(type_: pa.DataType) -> str:
    try:
        return _DUCKDB_TYPES[type_]
    except KeyError:
        raise TypeError(f"no DuckDB mapping for {type_}") from None


def column_doc(field: pa.Field) -> str:
    return (field.metadata or {}).get(b"doc", b"").decode()


def empty_table(table: Table) -> pa.Table:
    return table.schema.empty_table()


def _warehouse_table(name: str, doc: str, fields: list[pa.Field], key: tuple[str, ...]) -> Table:
    """Operational tables that live only in DuckDB (no lake dataset, no lineage columns)."""
    return Table(name, doc, pa.schema(fields, metadata={"table": name, "schema_version": str(SCHEMA_VERSION)}), key)


RUNS = _warehouse_table(
    "runs",
    "Run log: one row per pipeline stage per run and partition.",
    [
        _f("run_id", _STR, "Pipeline run id (Airflow run id or cli-…).", False),
        _f("partition_date", pa.date32(), "Landing date processed.", False),
        _f("stage", _STR, "discover, parse, validate or load.", False),
        _f("status", _STR, "success, warning, skipped (no raw files for the day) or failed."),
        _f("rows_in", pa.int64(), "Rows (or files) read by the stage."),
        _f("rows_out", pa.int64(), "Rows written by the stage."),
        _f("seconds", pa.float64(), "Wall-clock duration."),
        _f("message", _STR, "Details: warnings, failure reason."),
        _f("finished_at", _TS, "When the stage ended."),
        _f("airflow_url", _STR, "The run's page in the Airflow UI (NULL for chainwire run on the command line)."),
    ],
    key=("run_id", "partition_date", "stage"),
)

DQ_RESULTS = _warehouse_table(
    "dq_results",
    "Every expectation result of every validation, for quality over time.",
    [
        _f("run_id", _STR, "Pipeline run id.", False),
        _f("partition_date", pa.date32(), "Landing date validated.", False),
        _f("table_name", _STR, "Validated table.", False),
        _f("expectation", _STR, "Expectation type and column.", False),
        _f("severity", _STR, "row, critical or warning."),
        _f("success", pa.bool_(), "Whether the expectation held."),
        _f("observed_value", _STR, "Observed value as JSON."),
        _f("unexpected_count", pa.int64(), "Rows that failed."),
    ],
    key=("partition_date", "table_name", "expectation"),
)

WAREHOUSE_ONLY: dict[str, Table] = {t.name: t for t in (RUNS, DQ_RESULTS)}


def coerce_row(table: Table, row: dict) -> dict:
    """Bring JSON-ish values (ISO strings) to the Python types the schema expects."""
    from datetime import date, datetime

    out = {}
    for f in table.schema:
        v = row.get(f.name)
        if isinstance(v, str):
            if f.type == pa.date32():
                v = date.fromisoformat(v[:10])
            elif pa.types.is_timestamp(f.type):
                v = datetime.fromisoformat(v)
        out[f.name] = v
    return out
