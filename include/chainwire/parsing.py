"""The parse stage's pieces: one raw file → records, a batch's records → Parquet tables, and the
batches of a day → the day's staged rows (one row per article, every raw path accounted for)."""

from __future__ import annotations

import errno
import functools
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

import pyarrow as pa
import pyarrow.compute as pc

from chainwire import lake, storage
from chainwire.dedup.versions import freshest_copies, freshness
from chainwire.guards import apply_day_budget, article_chars
from chainwire.identity import article_id as make_article_id
from chainwire.identity import content_sha256
from chainwire.schemas import (
    ARTICLES,
    PARAGRAPHS,
    PARSED_TABLES,
    PHOTO_CAPTIONS,
    QUARANTINE,
    RAW_FILES,
    RELATED_TEASERS,
    STOCK_IMPACTS,
    Table,
)
from chainwire.settings import TIMEZONE, Settings
from chainwire.sources.landing import FileChanged, RawFile, read_raw

SEOUL = ZoneInfo(TIMEZONE)
# The article tables a parse batch carries (raw_files is built by the assemble; quarantine by validate).
ARTICLE_TABLES = [t for t in PARSED_TABLES.values() if t not in (RAW_FILES, QUARANTINE)]
RECORDS = "records"  # a batch's table of every record with its outcome
RECORD_SCHEMA = pa.schema([
    ("rel_path", pa.string()), ("raw_rel_path", pa.string()), ("sha256", pa.string()), ("size", pa.int64()),
    ("article_id", pa.string()), ("error", pa.string()), ("status", pa.string()), ("parser", pa.string()),
    ("freshness", pa.float64()), ("chars", pa.int64()),
])


@dataclass
class ParsedFile:
    """One record of a raw file (a page, or one line of a JSONL export) after parsing."""

    raw: RawFile
    rel_path: str  # raw path, with #L<n> for a JSONL line
    sha256: str | None
    size: int
    article: Any = None  # chainwire.extract.article.Article
    article_id: str | None = None
    error: str | None = None
    status: str | None = None  # None: parsed or rejected by ``error``; "deferred": still being written


def load_parse_modules() -> None:
    """Import what a parse batch loads on first use, in a process about to fork its parse workers: each
    forked worker would otherwise import it again on its first batch (≈ 0.35 CPU-s each: pandas, which
    pyarrow imports on its first Python rows → Arrow, ≈ 0.21; the extraction modules and their rules)."""
    import pandas  # noqa: F401
    import pyarrow.pandas_compat  # noqa: F401
    import pyarrow.parquet  # noqa: F401

    from chainwire.extract import captions, decode, dispatch, generic, newspim, profiles, stamps  # noqa: F401


READ_AHEAD_BYTES = 8 * 1024 * 1024  # parse_files reads up to this many bytes of files before parsing them


def parse_file(raw: RawFile, limits: Settings | None = None) -> list[ParsedFile]:
    """Read and parse one raw file. Never raises: failures come back as ``error``. ``limits``: see
    ``extract_raw`` (a batch reads the environment's budgets once: ≈ 10 µs a file)."""
    return _parse_read(raw, _read_file(raw), limits)


def parse_files(raws: Sequence[RawFile], limits: Settings | None = None,
                read_ahead: int = READ_AHEAD_BYTES) -> list[ParsedFile]:
    """``[pf for raw in raws for pf in parse_file(raw, limits)]``, the files read a group at a time (up to
    ``read_ahead`` bytes) before that group is parsed: a parse run right after its file's system calls
    (stat, open, read, close, the sidecar's stat) costs 100–150 µs a page more (docs/performance.md)."""
    out: list[ParsedFile] = []
    i = 0
    while i < len(raws):
        group: list[tuple[RawFile, tuple[bytes, str, dict] | list[ParsedFile]]] = []
        held = 0
        while i < len(raws) and (not group or held < read_ahead):
            read = _read_file(raws[i])
            held += len(read[0]) if isinstance(read, tuple) else 0
            group.append((raws[i], read))
            i += 1
        for raw, read in group:
            out.extend(_parse_read(raw, read, limits))
    return out


def _read_file(raw: RawFile) -> tuple[bytes, str, dict] | list[ParsedFile]:
    """The file's bytes, their SHA-256 and its sidecar; or, when it cannot be read, its records."""
    from chainwire.extract.dispatch import read_sidecar

    try:
        data, sha = read_raw(raw)
    except FileChanged as exc:
        return [ParsedFile(raw, raw.rel_path, None, _size(raw), error=str(exc), status="deferred")]
    except (OSError, ValueError) as exc:
        reason = f"{exc.strerror}: cannot read the file" if isinstance(exc, OSError) and exc.strerror else str(exc)
        return [ParsedFile(raw, raw.rel_path, None, _size(raw), error=reason)]
    try:
        sidecar = read_sidecar(raw.path)
    except OSError as exc:  # e.g. a 255-byte name: "<name>.meta.json" cannot exist (name too long)
        sidecar = {} if exc.errno == errno.ENAMETOOLONG else {"_error": f"sidecar unreadable: {exc.strerror}"}
    return data, sha, sidecar


def _parse_read(raw: RawFile, read: tuple[bytes, str, dict] | list[ParsedFile], limits: Settings | None) -> list[ParsedFile]:
    """The records of a file ``_read_file`` has read (its records already when it could not be read)."""
    from chainwire.extract.dispatch import extract_raw

    if isinstance(read, list):
        return read
    data, sha, sidecar = read
    try:
        records = extract_raw(data, raw.rel_path, raw.landing_date, sidecar, limits)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not kill the batch; it is recorded, not hidden
        # An exception inside an outlet profile never gets here: extract.common.parse_guarded keeps the
        # half-filled article with the exception in ``parser_error``, a column of its row that a
        # row-level quality rule quarantines. What does get here failed outside any profile
        # (decoding, dispatch): the file is rejected with the reason in core.raw_files, and the rest of
        # the batch goes on.
        return [ParsedFile(raw, raw.rel_path, sha, len(data), error=f"parser error: {type(exc).__name__}: {exc}")]
    out = []
    for rec in records:
        pf = ParsedFile(raw, rec.source_path, sha, len(data), article=rec.article, error=rec.error)
        a = rec.article
        if pf.error is None and a is not None:
            published = a.published_at.astimezone(SEOUL).date().isoformat() if a.published_at else None
            pf.article_id = make_article_id(a.outlet, a.outlet_article_id, a.title, published,
                                            a.paragraphs[0] if a.paragraphs else "")
        out.append(pf)
    return out


def _size(raw: RawFile) -> int:
    try:
        return storage.info(raw.path).size
    except OSError:
        return raw.size or 0


def batch_tables(parsed: list[ParsedFile], day: date, run_id: str) -> dict[str, pa.Table]:
    """A parse batch as tables: every record with its outcome, and the article rows of the parsed ones.

    Built column by column (before session 14: a dict per row through ``from_pylist``, kept as the definition in
    ``tests/test_parse_batch_tables.py``): a tuple per row transposed once, and the child tables' article columns (id, day, lineage) converted once per article
    and repeated in Arrow (``lake.to_arrow_columns``) instead of a dict per child row. The same tables
    (``tests/test_parse_batch_tables.py``); ≈ 86 → ≈ 40 CPU-µs a file (docs/performance.md, session 14, t1)."""
    records = []
    articles = []
    owned: list[tuple[ParsedFile, Any]] = []  # the parsed articles, in order
    for pf in parsed:
        a = pf.article if pf.error is None else None
        records.append((pf.rel_path, pf.raw.rel_path, pf.sha256, pf.size, pf.article_id, pf.error, pf.status,
                        pf.article.parser if pf.article else None,
                        freshness(a.updated_at, a.published_at) if a else None,
                        article_chars(a) if a else None))
        if a is not None:
            articles.append(_article_values(pf, a, day, run_id))
            owned.append((pf, a))
    tables = {RECORDS: _from_tuples(RECORD_SCHEMA, records), ARTICLES.name: _from_tuples(ARTICLES.schema, articles)}
    shared: dict[str, list] = {"article_id": [pf.article_id for pf, _ in owned], "landing_date": [day] * len(owned),
              "raw_path": [pf.rel_path for pf, _ in owned], "raw_sha256": [pf.sha256 for pf, _ in owned],
              "parser": [a.parser for _, a in owned], "run_id": [run_id] * len(owned)}
    for table, columns, rows_of in _CHILD_TABLES:
        owner: list[int] = []
        rows: list[tuple] = []
        for k, (_, a) in enumerate(owned):
            mine = rows_of(a)
            owner.extend([k] * len(mine))
            rows.extend(mine)
        by_column: dict[str, Sequence] = (dict(zip(columns, zip(*rows, strict=True), strict=True)) if rows
                                          else {c: [] for c in columns})
        tables[table.name] = lake.to_arrow_columns(table, by_column, owner, shared)
    return {RECORDS: tables[RECORDS], **{t.name: tables[t.name] for t in ARTICLE_TABLES}}


def _from_tuples(schema: pa.Schema, rows: list[tuple]) -> pa.Table:
    """``pa.Table.from_pylist`` of rows given as tuples in the schema's column order (what it does, column by
    column: ``from_pydict`` of each column's values)."""
    columns = zip(*rows, strict=True) if rows else ([] for _ in schema)
    return pa.Table.from_pydict(dict(zip(schema.names, columns, strict=True)), schema=schema)


def _article_values(pf: ParsedFile, a: Any, day: date, run_id: str) -> tuple:
    """The article's row of the ``articles`` table as a tuple in ``ARTICLES``' column order."""
    mg = a.machine_generated or {}
    body = a.body_text  # (a property: the paragraphs joined, each time it is read)
    return (
        pf.article_id, day, a.outlet, a.url, a.outlet_article_id, a.section, a.subsection, a.title, a.title_source,
        a.subtitle_lines, a.published_at, a.published_at_source, a.published_at_confidence, a.updated_at,
        a.dateline, a.reporters, a.reporter_roles, a.reporter_emails, body or None,
        len(a.paragraphs), len(body), a.language,
        bool(mg.get("ai_summary")), bool(mg.get("ai_translation")), bool(mg.get("ai_stock_analysis")),
        a.warnings, a.parser_error, content_sha256(body),
        # Until the dedup stage assigns clusters, every article is its own story.
        pf.article_id, True, None, 1.0, None,
        pf.rel_path, pf.sha256, a.parser, run_id,
    )


# Per child table: its row columns (without the article's id, day and lineage) and an article's rows as tuples.
_CHILD_TABLES: list[tuple[Table, tuple[str, ...], Callable[[Any], list[tuple]]]] = [
    (PARAGRAPHS, ("ordinal", "text"), lambda a: list(enumerate(a.paragraphs))),
    (PHOTO_CAPTIONS, ("ordinal", "text", "credit", "email", "caption_date"),
     lambda a: [(i, c.text, c.credit, c.email, date.fromisoformat(c.date) if c.date else None)
                for i, c in enumerate(a.photo_captions)]),
    (RELATED_TEASERS, ("ordinal", "title", "text", "dateline", "reporters", "published_at"),
     lambda a: [(i, t.title, t.text, t.dateline, t.reporters, t.published_at) for i, t in enumerate(a.related_teasers)]),
    (STOCK_IMPACTS, ("ordinal", "company", "sector", "direction", "reason"),
     lambda a: [(i, s.company, s.sector, s.direction, s.reason) for i, s in enumerate(a.stock_impacts)]),
]


@dataclass(slots=True)  # (the assembly holds one per file of the day: no instance dict)
class StagedRecord:
    """A record as a batch stored it (what assembling the day needs)."""

    rel_path: str
    raw_rel_path: str
    sha256: str | None
    size: int
    article_id: str | None
    error: str | None
    status: str | None
    parser: str | None
    freshness: float | None
    chars: int | None


class StagedTables(dict):
    """The day's staged tables by name, each built when first asked for (``staged[name]``) from the
    builders it was given: a caller that takes a table, writes it and deletes it (``del staged[name]``)
    holds one table of the day at a time, not the day (the 100k-article day's staged tables are ≈ 0.6 GB in
    Arrow, docs/performance.md, *The parent's day, table by table*). A table set (``staged[name] = …``)
    replaces its builder; ``dict`` views list only the tables built so far."""

    def __init__(self, builders: dict[str, Callable[[], pa.Table]]):
        super().__init__()
        self._builders = dict(builders)

    def __missing__(self, name: str) -> pa.Table:
        table = self[name] = self._builders.pop(name)()
        return table

    def __setitem__(self, name: str, table: pa.Table) -> None:
        self._builders.pop(name, None)
        super().__setitem__(name, table)

    def names(self) -> list[str]:
        """Every table's name, built or not."""
        return [*self, *self._builders]


@dataclass
class StagedDay:
    """The day's staged rows per table (Arrow, built table by table when asked: ``StagedTables``), and what
    the run summary counts."""

    tables: StagedTables
    files: set[str]
    statuses: Counter
    # per article table: its kept rows as in-order pieces, one batch at a time (``kept_pieces_in_order``)
    pieces: dict[str, Callable[[], Iterator[pa.Table]]] = field(default_factory=dict)


def records_of(batches: Iterable[dict[str, pa.Table]]) -> list[StagedRecord]:
    """Every record of the batches, sorted by raw path (independent of how the day was batched)."""
    out = [StagedRecord(**r) for b in batches for r in b[RECORDS].to_pylist()]
    out.sort(key=lambda r: r.rel_path)
    return out


def stage_day(day: date, run_id: str, records: list[StagedRecord], parts: Callable[[str], Iterable[pa.Table]],
              entries: list[tuple], max_day_chars: int) -> StagedDay:
    """One row per article_id (its freshest copy; the others are accounted as duplicates), every raw
    path in raw_files with its status, articles past the day's text budget rejected with why.

    The article tables stay Arrow: the kept records' rows are taken from the batches' tables in
    record order (raw path), each record's rows in the order its batch wrote them. ``parts(name)``
    gives one table of every batch, in batch order; it is asked table by table and may yield the batches
    one at a time, so only one batch is held beside the table (``kept_rows``). Each table is built when the
    caller first asks for it (``StagedTables``)."""
    apply_day_budget(records, max_day_chars)
    best = freshest_copies(records)
    kept: list[str] = []  # the records whose rows are staged, in record order
    raw_files: list[dict] = []
    for r in records:
        status, reason = "parsed", None
        if r.status == "deferred":
            status, reason = "deferred", r.error
        elif r.error is not None:
            status, reason = "rejected", r.error
        elif best[r.article_id] is not r:
            status, reason = "duplicate", f"same article_id as {best[r.article_id].rel_path}"
        else:
            kept.append(r.rel_path)
        raw_files.append({
            "landing_date": day, "raw_path": r.rel_path, "raw_sha256": r.sha256, "size_bytes": r.size,
            "status": status, "reason": reason, "article_id": r.article_id, "parser": r.parser, "run_id": run_id})
    for rel, status, reason, size in entries:  # paths that exist but were not parsed: accounted for too
        raw_files.append({
            "landing_date": day, "raw_path": rel, "raw_sha256": None, "size_bytes": size, "status": status,
            "reason": reason, "article_id": None, "parser": None, "run_id": run_id})
    raw_files.sort(key=lambda r: r["raw_path"])
    builders: dict[str, Callable[[], pa.Table]] = {
        t.name: functools.partial(lambda t: kept_rows(parts(t.name), t, kept), t) for t in ARTICLE_TABLES}
    # (raw_files in Arrow now, not its rows as dicts held while the article tables are written: ≈ 5x smaller)
    statuses = Counter(r["status"] for r in raw_files)
    raw_table = lake.to_arrow(RAW_FILES, raw_files)
    del raw_files
    builders[RAW_FILES.name] = functools.partial(_given, raw_table)
    del raw_table
    pieces: dict[str, Callable[[], Iterator[pa.Table]]] = {
        t.name: functools.partial(lambda t: kept_pieces_in_order(parts(t.name), t, kept), t) for t in ARTICLE_TABLES}
    return StagedDay(StagedTables(builders), {r.raw_rel_path for r in records}, statuses, pieces)


def _given(table: pa.Table) -> pa.Table:
    return table


def _kept_pieces(parts: Iterable[pa.Table], table: Table, kept: list[str]) -> Iterator[tuple[pa.Table, pa.Array]]:
    """Per batch of ``parts`` with a kept row: its rows whose ``raw_path`` is in ``kept``, ordered by that path's
    place in ``kept`` then by row, and their places (``kept_rows``' pieces, one batch at a time)."""
    place = {path: i for i, path in enumerate(kept)}
    for part in parts:
        rows = part.select(table.columns).cast(table.schema)
        # each row's place in ``kept`` (null: not kept) through the batch's own few paths: a lookup set of the
        # whole day's paths built for every batch cost the 100k day's parent ≈ 30-40 CPU-s
        paths = pc.unique(rows["raw_path"])
        places = pa.array([place.get(path) for path in paths.to_pylist()], pa.int32())
        position = places.take(pc.index_in(rows["raw_path"], value_set=paths))
        order = pa.table({"position": position, "row": pa.array(range(rows.num_rows), pa.int64())})
        order = order.filter(pc.is_valid(position))
        if not order.num_rows:
            continue
        order = order.take(pc.sort_indices(order, sort_keys=[("position", "ascending"), ("row", "ascending")]))
        ordered = order["position"].combine_chunks()
        # every row kept, in the batch's own order (the usual batch: no duplicate, no rejected file): the rows as
        # they are, not a copy (``one_chunk_per_column`` copies each column once anyway; the take was a second
        # copy of the day's bodies and paragraphs, ≈ 0.2 CPU-s of the 20k day's assembly)
        identity = order.num_rows == rows.num_rows and pc.all(
            pc.equal(order["row"], pa.array(range(rows.num_rows), pa.int64()))).as_py()
        piece = rows if identity else rows.take(order["row"])
        del part, rows
        yield piece, ordered


class OutOfOrder(Exception):  # noqa: N818 - not an error: ``kept_pieces_in_order``'s caller takes the other way
    """The batches' kept rows do not come in the day's order piece by piece (``kept_pieces_in_order``)."""


def kept_pieces_in_order(parts: Iterable[pa.Table], table: Table, kept: list[str]) -> Iterator[pa.Table]:
    """``kept_rows`` as the pieces it concatenates, one batch at a time, for a caller that writes each as it
    comes (the assembly: one batch of the table in memory, not the table, docs/performance.md, *Flat beyond
    50k*). Raises ``OutOfOrder`` at the first piece that would need the sort (batches not of consecutive raw
    paths): the pieces yielded until then are in order, the caller starts again with ``kept_rows``."""
    last = -1
    for piece, ordered in _kept_pieces(parts, table, kept):
        if ordered[0].as_py() < last:
            raise OutOfOrder(table.name)
        last = ordered[-1].as_py()
        yield piece


def kept_rows(parts: Iterable[pa.Table], table: Table, kept: list[str]) -> pa.Table:
    """The rows of ``parts`` (one table's batches, in batch order) whose ``raw_path`` is in ``kept``:
    ordered by that path's place in ``kept``, then by their place in the batches.

    Each batch's rows are taken as it comes, so a caller yielding the batches one at a time holds the
    table's kept rows and one batch, not every batch and their copy (the 100k day's assembly,
    docs/performance.md, *The parse assembly table by table*). Batches of consecutive raw paths (the
    usual plan) are already in order piece by piece; otherwise the pieces are sorted once more. The
    result has one chunk per column (``one_chunk_per_column``), as a single take of every batch had."""
    pieces: list[pa.Table] = []
    positions: list[pa.Array] = []
    in_order, last = True, -1
    for piece, ordered in _kept_pieces(parts, table, kept):
        in_order = in_order and ordered[0].as_py() >= last
        last = ordered[-1].as_py()
        pieces.append(piece)
        positions.append(ordered)
    if not pieces:
        return table.schema.empty_table()
    taken = one_chunk_per_column(pieces)
    if in_order:
        return taken
    # (a stable sort by place in ``kept``: equal places keep the batch order, and within a batch the row order)
    order = pa.table({"position": pa.chunked_array(positions), "row": pa.array(range(taken.num_rows), pa.int64())})
    return taken.take(pc.sort_indices(order, sort_keys=[("position", "ascending"), ("row", "ascending")]))


def one_chunk_per_column(pieces: list[pa.Table]) -> pa.Table:
    """The pieces (tables of one schema) as one table whose every column is a single chunk; empties ``pieces``.

    Why one chunk: pandas 3 keeps an Arrow column's chunks inside its string arrays, so validate's frames of a
    table left in one chunk per parse batch (500 at 100k) ran every GX expectation chunk by chunk: validate of
    the 100k day 4.4 -> 7.7 CPU-s (docs/performance.md, *The 100k day's slower validate*). Copied column by
    column, each column's pieces let go once it is copied: the copy costs the largest column beside the table
    (the 100k day's paragraph text, ~0.1 GB), not the table twice. A column too large for one chunk (a string
    column past 2 GiB) stays chunked."""
    rest = pa.concat_tables(pieces)
    pieces.clear()
    schema, columns = rest.schema, []
    while rest.num_columns:
        column = rest.column(0)
        rest = rest.drop_columns([rest.column_names[0]])
        try:
            columns.append(pa.chunked_array([column.combine_chunks()], column.type))
        except pa.ArrowInvalid:  # (offsets past 32 bits)
            columns.append(column)
        del column
    return pa.Table.from_arrays(columns, schema=schema)
