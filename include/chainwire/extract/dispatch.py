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

from chainwire.extract.article import Article
from chainwire.extract.outlets import outlet_article_id, outlet_for_url, outlet_name_for_url
from chainwire.extract.titles import settle_title

PAGE_DUMP_SUFFIXES = {".txt"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = sorted(PAGE_DUMP_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES)
SIDECAR_SUFFIX = ".meta.json"
SIDECAR_CONFIDENCE = 0.3


@dataclass
class Extracted:
    source_path: str  # raw path, with #L<n> for a JSONL line
    article: Article | None = None
    error: str | None = None


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
                from zoneinfo import ZoneInfo

                ts = ts.replace(tzinfo=ZoneInfo("Asia/Seoul"))
            article.published_at = ts
            article.published_at_source = "sidecar"
            article.published_at_confidence = SIDECAR_CONFIDENCE
    return article


def read_sidecar(raw_path: Path) -> dict:
    """``<file>.meta.json`` beside a raw file, or {}; a broken sidecar is reported, not fatal."""
    side = raw_path.with_name(raw_path.name + SIDECAR_SUFFIX)
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
        return meta if isinstance(meta, dict) else {"_error": "sidecar is not a JSON object"}
    except (OSError, ValueError) as exc:
        return {"_error": f"unreadable sidecar {side.name}: {exc}"}


def extract_raw(data: bytes, source_path: str, landing_date: date | None = None,
                sidecar: dict | None = None) -> list[Extracted]:
    """Every record in one raw file, parsed or with its reason."""
    from chainwire.extract.decode import decode_bytes

    suffix = PurePosixPath(source_path).suffix.lower()
    sidecar = sidecar or {}
    if suffix not in SUPPORTED:
        return [Extracted(source_path, error=f"unsupported raw file type {suffix or '(none)'!r}; supported: {SUPPORTED}")]
    if not data.strip():
        return [Extracted(source_path, error="empty file")]
    try:
        if suffix in HTML_SUFFIXES:
            art = _parse_html_page(data, source_path, sidecar.get("url"), landing_date)
            out = [Extracted(source_path, _apply_meta(art, sidecar.get("url"), sidecar.get("fetched_at")))]
        elif suffix in JSONL_SUFFIXES:
            text, _ = decode_bytes(data)
            out = _extract_jsonl(text, source_path, landing_date)
        else:
            text, _ = decode_bytes(data)
            art = _parse_text_page(text, source_path, landing_date, sidecar.get("url"))
            out = [Extracted(source_path, _apply_meta(art, sidecar.get("url"), sidecar.get("fetched_at")))]
    except ValueError as exc:  # undecodable / binary: a clear reason
        return [Extracted(source_path, error=str(exc))]
    for e in out:
        if e.article is not None and e.article.title_source is None:
            settle_title(e.article, sidecar.get("title"))
    if sidecar.get("_error"):
        for e in out:
            if e.article:
                e.article.warnings.append(sidecar["_error"])
    for e in out:
        if e.article is not None and e.error is None and not e.article.title and not e.article.paragraphs:
            e.error = "no article found on the page" + (f" ({'; '.join(e.article.warnings)})" if e.article.warnings else "")
    return out


def _extract_jsonl(text: str, source_path: str, landing_date: date | None) -> list[Extracted]:
    out = []
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        rec_path = f"{source_path}#L{n}"
        try:
            rec = json.loads(line)
        except ValueError as exc:
            out.append(Extracted(rec_path, error=f"line {n} is not JSON: {exc}"))
            continue
        if not isinstance(rec, dict):
            out.append(Extracted(rec_path, error=f"line {n} is not a JSON object"))
            continue
        url, fetched_at = rec.get("url"), rec.get("fetched_at")
        try:
            if isinstance(rec.get("html"), str) and rec["html"].strip():
                art = _parse_html_page(rec["html"], rec_path, url, landing_date)
            elif isinstance(rec.get("text"), str) and rec["text"].strip():
                art = _parse_text_page(rec["text"], rec_path, landing_date, url if isinstance(url, str) else None)
            else:
                out.append(Extracted(rec_path, error=f"line {n} has neither 'html' nor 'text'"))
                continue
        except ValueError as exc:
            out.append(Extracted(rec_path, error=f"line {n}: {exc}"))
            continue
        settle_title(art, rec.get("title"))
        out.append(Extracted(rec_path, _apply_meta(art, url, fetched_at)))
    if not out:
        out.append(Extracted(source_path, error="JSONL file has no records"))
    return out


def parse_raw_bytes(data: bytes, source_path: str, landing_date: date | None = None) -> Article:
    """Single-page convenience: the first record's Article, or ValueError with the reason."""
    first = extract_raw(data, source_path, landing_date)[0]
    if first.error:
        raise ValueError(first.error)
    return first.article
