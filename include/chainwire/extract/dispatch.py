"""Route one raw file to the right reader and outlet profile.

- ``.txt`` page dumps → a page-dump profile (UTF-8 or CP949/EUC-KR, detected), chosen by
  ``chainwire.extract.profiles``: the outlet from the sidecar/JSONL URL when known, else
  recognised from the page (dateline brand, copyright line, e-mail domain), then its
  profile (Newspim, generic Korean, English-language Korean);
- ``.html``/``.htm`` pages → the HTML path (trafilatura + metadata);
- ``.jsonl`` crawler exports → one record per line (``url``, ``fetched_at``, ``html`` or ``text``);
- an optional sidecar ``<file>.meta.json`` (``url``, ``fetched_at``) beside any raw file.

A raw file yields one or more ``Extracted`` records (one per JSONL line); each is an
Article or a clear per-record error. Nothing here raises for bad input.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePosixPath

from chainwire.extract.article import PUBLISHED_AT_CONFIDENCE, Article
from chainwire.extract.dates import SEOUL
from chainwire.extract.outlets import outlet_article_id, outlet_for_url, outlet_name_for_url
from chainwire.extract.titles import settle_title
from chainwire.settings import Settings

PAGE_DUMP_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = sorted(PAGE_DUMP_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)
SIDECAR_SUFFIX = ".meta.json"


@dataclass
class Extracted:
    source_path: str  # raw path, with #L<n> for a JSONL line
    article: Article | None = None
    error: str | None = None


def path_suffix(path: str) -> str:
    """``PurePosixPath(path).suffix`` without building the path (≈ 6.7 k instructions a file less): the last
    component's text from its last dot, none when the dot starts or ends it; pathlib reads a path ending on "/" or
    "/." itself."""
    name = path[path.rfind("/") + 1:]
    if not name or name == ".":
        return PurePosixPath(path).suffix
    dot = name.rfind(".")
    return name[dot:] if 0 < dot < len(name) - 1 else ""


def _parse_text_page(text: str, source_path: str, landing_date: date | None, url: str | None = None) -> Article:
    """Page-dump profile chosen from the URL's outlet when known, else from the page itself."""
    from chainwire.extract.profiles import parse_text_page

    return parse_text_page(text, source_path, landing_date=landing_date, url=url)


def _parse_html_page(html: str | bytes, source_path: str, url: str | None, landing_date: date | None) -> Article:
    from chainwire.extract.html import parse_html

    return parse_html(html, source_path=source_path, url=url, landing_date=landing_date)


def _apply_meta(article: Article, url: str | None, fetched_at: str | None) -> Article:
    """URL-derived outlet and id, and the sidecar/crawler fetch time as weak date evidence."""
    if url and not article.url:
        article.url = url
    if article.url:
        o = outlet_for_url(article.url)
        article.outlet = (o.name if o else None) or article.outlet or outlet_name_for_url(article.url)
        article.outlet_article_id = article.outlet_article_id or outlet_article_id(o, article.url)
    if fetched_at and article.published_at_source in (None, "landing_date"):
        try:
            ts = datetime.fromisoformat(str(fetched_at).replace("Z", "+00:00"))
        except ValueError:
            article.warnings.append(f"sidecar fetched_at not ISO-8601: {fetched_at!r}")
        else:
            if ts.tzinfo is None:
                ts = ts.replace(tzinfo=SEOUL)
            article.published_at = ts
            article.published_at_source = "sidecar"
            article.published_at_confidence = PUBLISHED_AT_CONFIDENCE["sidecar"]
    return article


def read_sidecar(raw_path: Path) -> dict:
    """``<file>.meta.json`` beside a raw file, or {}; a broken sidecar is reported, not fatal."""
    side = raw_path.with_name(raw_path.name + SIDECAR_SUFFIX)
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError) as exc:
        return {"_error": f"unreadable sidecar {side.name}: {exc}"}
    if not isinstance(meta, dict):
        return {"_error": f"sidecar {side.name} is not a JSON object ({type(meta).__name__})"}
    clean, problems = typed_meta(meta)
    if problems:
        clean["_error"] = f"sidecar {side.name}: {'; '.join(problems)}"
    return clean


META_FIELDS = ("url", "fetched_at", "title")  # string fields a sidecar or a JSONL line may carry
MAX_META_CHARS = 4096  # a URL, timestamp or title longer than this is not one


def typed_meta(rec: dict) -> tuple[dict, list[str]]:
    """The string metadata fields of a sidecar/JSONL record; wrongly typed ones dropped with a reason."""
    out, problems = {}, []
    for key in META_FIELDS:
        if key not in rec or rec[key] is None:
            continue
        value = rec[key]
        if not isinstance(value, str):
            problems.append(f"'{key}' is {_json_type(value)}, not a string: ignored")
        elif len(value) > MAX_META_CHARS:
            problems.append(f"'{key}' is {len(value)} characters long: ignored")
        elif value.strip():
            out[key] = value.strip()
    return out, problems


def _json_type(value) -> str:
    return {dict: "an object", list: "an array", bool: "a boolean", int: "a number", float: "a number"}.get(
        type(value), type(value).__name__)


def extract_raw(data: bytes, source_path: str, landing_date: date | None = None,
                sidecar: dict | None = None, limits: Settings | None = None) -> list[Extracted]:
    """Every record in one raw file, parsed or with its reason. ``limits``: the budgets (``Settings``) as
    ``get_settings()`` gives them now, read once by a caller parsing many files (else read here)."""
    from chainwire.extract.decode import decode_text

    suffix = path_suffix(source_path).lower()
    sidecar = sidecar or {}
    if suffix not in SUPPORTED:
        return [Extracted(source_path, error=f"unsupported raw file type {suffix or '(none)'!r}; supported: {SUPPORTED}")]
    if not data or data.isspace():  # what ``not data.strip()`` answers, without copying the page
        return [Extracted(source_path, error="empty file" if data else "empty file (0 bytes)")]
    limits = limits or _limits()
    if suffix not in JSONL_SUFFIXES and len(data) > limits.max_file_bytes:
        return [Extracted(source_path, error=f"file is {len(data):,} bytes, over the per-file limit of "
                                             f"{limits.max_file_bytes:,} (CHAINWIRE_MAX_FILE_BYTES): not parsed")]
    decode_warnings: list[str] = []
    try:
        if suffix in HTML_SUFFIXES:
            art = _parse_html_page(data, source_path, sidecar.get("url"), landing_date)
            out = [Extracted(source_path, _apply_meta(art, sidecar.get("url"), sidecar.get("fetched_at")))]
        elif suffix in JSONL_SUFFIXES:
            decoded = decode_text(data)
            decode_warnings = decoded.warnings
            out = _extract_jsonl(decoded.text, source_path, landing_date, limits)
        else:
            decoded = decode_text(data)
            decode_warnings = decoded.warnings
            art = _parse_text_page(decoded.text, source_path, landing_date, sidecar.get("url"))
            out = [Extracted(source_path, _apply_meta(art, sidecar.get("url"), sidecar.get("fetched_at")))]
    except ValueError as exc:  # undecodable / binary: a clear reason
        return [Extracted(source_path, error=str(exc))]
    for e in out:
        if e.article is not None and e.article.title_source is None:
            settle_title(e.article, sidecar.get("title"))
    for e in out:
        if e.article:
            e.article.warnings.extend(w for w in decode_warnings if w not in e.article.warnings)
            if sidecar.get("_error"):
                e.article.warnings.append(sidecar["_error"])
            if e.error is None:
                e.error = record_too_large(e.article, limits.max_record_chars)
    for e in out:
        if e.article is not None and e.error is None and not e.article.title and not e.article.paragraphs:
            e.error = "no article found on the page" + (f" ({'; '.join(e.article.warnings)})" if e.article.warnings else "")
    return out


def _extract_jsonl(text: str, source_path: str, landing_date: date | None, limits=None) -> list[Extracted]:
    """One record per line; a bad line (not JSON, not an object, wrong types, too large, a parser
    failure) is its own ``error`` and never costs the other lines."""
    limits = limits or _limits()
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        rec_path = f"{source_path}#L{n}"
        if len(line) > limits.max_record_bytes:
            out.append(Extracted(rec_path, error=f"line {n} is {len(line):,} characters, over the per-record limit "
                                                 f"of {limits.max_record_bytes:,} (CHAINWIRE_MAX_RECORD_BYTES)"))
            continue
        try:
            rec = json.loads(line)
        except (ValueError, RecursionError) as exc:
            out.append(Extracted(rec_path, error=f"line {n} is not JSON: {str(exc)[:200]}"))
            continue
        if not isinstance(rec, dict):
            out.append(Extracted(rec_path, error=f"line {n} is not a JSON object but {_json_type(rec)}"))
            continue
        meta, problems = typed_meta(rec)
        body = {k: rec.get(k) for k in ("html", "text")}
        wrong = [f"'{k}' is {_json_type(v)}, not a string" for k, v in body.items()
                 if v is not None and not isinstance(v, str)]
        html, page_text = (v if isinstance(v, str) and v.strip() else None for v in body.values())
        if html is None and page_text is None:
            why = "; ".join(wrong) or ("'html' and 'text' are empty or null" if any(k in rec for k in body)
                                        else "neither 'html' nor 'text'")
            out.append(Extracted(rec_path, error=f"line {n} has no page: {why}"))
            continue
        url = meta.get("url")
        try:
            if html is not None:
                art = _parse_html_page(html, rec_path, url, landing_date)
            else:
                art = _parse_text_page(page_text or "", rec_path, landing_date, url)  # not None without html
            settle_title(art, meta.get("title"))
            art = _apply_meta(art, url, meta.get("fetched_at"))
        except Exception as exc:  # noqa: BLE001 - one line's failure is that line's reason
            out.append(Extracted(rec_path, error=f"line {n}: {type(exc).__name__}: {str(exc)[:200]}"))
            continue
        art.warnings.extend(f"line {n}: {p}" for p in problems + wrong)
        out.append(Extracted(rec_path, art))
    if not out:
        out.append(Extracted(source_path, error="JSONL file has no records"))
    return out


def _limits():
    from chainwire.settings import get_settings

    return get_settings()


def record_too_large(article: Article, max_chars: int) -> str | None:
    """A reason when one parsed article is too large to validate whole (a runaway page), else None."""
    from chainwire.guards import article_chars

    size = article_chars(article)
    if size > max_chars:
        return (f"record has {size:,} characters of text, over the per-record limit of {max_chars:,} "
                "(CHAINWIRE_MAX_RECORD_CHARS): not validated")
    return None
