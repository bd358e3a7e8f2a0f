"""HTML article page → ``Article``: main text via trafilatura plus cleanup, metadata from the page.

    from chainwire.extract.html import parse_html
    art = parse_html(raw_bytes_or_text, source_path="raw/2026-11-02/x.html", url="https://…")

Body: see ``chainwire.extract.html_body`` (two trafilatura runs, line-level
boilerplate removal, fallbacks). Metadata: ``<meta>`` (og:title,
article:published_time, og:url / canonical, author…) and JSON-LD (headline,
datePublished, dateModified, author, articleBody), see
``chainwire.extract.html_meta``. Naive page timestamps are Asia/Seoul.

Never raises on junk input: the returned Article carries ``warnings``.
Quality on the public article-extraction benchmark: ``bench/bench_extraction_html.py``.
"""

from __future__ import annotations

import re
from datetime import date

from chainwire.extract.article import Article
from chainwire.extract.dates import midnight
from chainwire.extract.html_body import Line, clean_lines, extract_body_lines
from chainwire.extract.html_meta import (
    PageMeta,
    clean_authors,
    emails_in,
    outlet_from_url,
    parse_date,
    read_meta,
)

PARSER_NAME = "chainwire-html"
PARSER_VERSION = "0.1.0"
PARSER = f"{PARSER_NAME}@{PARSER_VERSION}"

CONFIDENCE = {"json-ld": 1.0, "meta": 1.0, "time": 0.8, "landing_date": 0.2}

# A JSON-LD articleBody replaces the extracted text only when it is clearly
# more complete: this many times longer, and at least this many words.
JSONLD_MIN_RATIO = 1.5
JSONLD_MIN_WORDS = 80

_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WORD_RE = re.compile(r"\w+")
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]")
_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]")
_LATIN_RE = re.compile(r"[A-Za-z]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_CHARSET_ALIASES = {
    "euc-kr": "cp949", "euckr": "cp949", "ks_c_5601-1987": "cp949", "ksc5601": "cp949", "x-windows-949": "cp949",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252",
    "gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
}


# ---------------------------------------------------------------- decoding


def decode_html(data: bytes) -> tuple[str, str]:
    """Raw page bytes → ``(text, encoding)``.

    Order: BOM, strict UTF-8 (a valid non-ASCII UTF-8 page is UTF-8 whatever its
    ``<meta charset>`` claims), the declared ``<meta charset>``, then
    ``chainwire.extract.decode`` (CP949 for Korean, charset-normalizer).
    Raises ``ValueError`` for binary input.
    """
    from chainwire.extract.decode import _BOMS, _looks_binary, decode_bytes

    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    if _looks_binary(data):
        raise ValueError("binary input: NUL or control bytes, not an HTML page")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    m = _META_CHARSET_RE.search(data[:8192])
    if m:
        declared = m.group(1).decode("ascii", "ignore").lower()
        enc = _CHARSET_ALIASES.get(declared, declared)
        try:
            return data.decode(enc), enc
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_bytes(data)


# ---------------------------------------------------------------- helpers


def detect_language(text: str, declared: str | None = None) -> str | None:
    """Hangul share → ``ko``; else the page's declared language; else a script guess."""
    sample = text[:6000]
    hangul = len(_HANGUL_RE.findall(sample))
    latin = len(_LATIN_RE.findall(sample))
    kana = len(_KANA_RE.findall(sample))
    han = len(_HAN_RE.findall(sample))
    cyr = len(_CYRILLIC_RE.findall(sample))
    letters = hangul + latin + kana + han + cyr
    if letters and hangul / letters >= 0.3:
        return "ko"
    if declared:
        code = re.split(r"[-_]", declared.strip().lower())[0]
        if re.fullmatch(r"[a-z]{2,3}", code):
            return code
    if not letters:
        return None
    if kana and (kana + han) / letters >= 0.3:
        return "ja"
    if han / letters >= 0.3:
        return "zh"
    if cyr / letters >= 0.5:
        return "ru"
    if latin / letters >= 0.5:
        return "en"
    return None


def _norm(text: str) -> str:
    return " ".join(_WORD_RE.findall(text.lower()))


def _is_title_line(line: str, titles: list[str]) -> bool:
    n = _norm(line)
    if not n:
        return False
    for t in titles:
        tn = _norm(t)
        if not tn:
            continue
        if n == tn or (len(n) >= 12 and n in tn) or (len(tn) >= 12 and tn in n and len(n) <= 1.3 * len(tn)):
            return True
    return False


def _strip_leading(lines: list[Line], meta: PageMeta) -> tuple[list[Line], list[str]]:
    """Drop the headline repeated at the top of the body; a following dek equal to the description → subtitle."""
    subtitles: list[str] = []
    titles = [t for t in [meta.title, *meta.title_candidates] if t]
    i = 0
    while i < min(len(lines), 3) and _is_title_line(lines[i].text, titles):
        i += 1
    return lines[i:], subtitles


def _body_from_jsonld(meta: PageMeta) -> list[Line]:
    if not meta.jsonld_body:
        return []
    return clean_lines(
        [Line(t, 0.0, len(_WORD_RE.findall(t))) for t in (ln.strip() for ln in meta.jsonld_body.splitlines()) if t]
    )


def _words(lines: list[Line]) -> int:
    return sum(ln.words for ln in lines)


# ---------------------------------------------------------------- the parser


def parse_html(
    html: str | bytes,
    source_path: str,
    url: str | None = None,
    landing_date: date | None = None,
) -> Article:
    """Parse one HTML article page. Never raises on junk input; problems go to ``warnings``."""
    art = Article(source_path=source_path, parser=PARSER)
    art.machine_generated = {"ai_summary": False, "ai_translation": False, "ai_stock_analysis": False}
    try:
        _parse(html, art, url, landing_date)
    except Exception as exc:  # noqa: BLE001 - a parser of untrusted pages must not raise
        art.warnings.append(f"html parse failed: {type(exc).__name__}: {exc}")
    if art.published_at is None and landing_date is not None:
        art.published_at = midnight(landing_date)
        art.published_at_source = "landing_date"
        art.published_at_confidence = CONFIDENCE["landing_date"]
    return art


def _parse(html: str | bytes, art: Article, url: str | None, landing_date: date | None) -> None:
    warn = art.warnings.append
    art.url = url
    art.outlet = outlet_from_url(url)
    if isinstance(html, (bytes, bytearray, memoryview)):
        data = bytes(html)
        if not data.strip():
            warn("empty input")
            return
        try:
            html, encoding = decode_html(data)
        except ValueError as exc:
            warn(str(exc))
            return
        if encoding not in ("utf-8", "utf-8-sig"):
            warn(f"decoded as {encoding}")
    if not isinstance(html, str):
        warn(f"unsupported input type {type(html).__name__}")
        return
    if not html.strip():
        warn("empty input")
        return
    html = _XML_DECL_RE.sub("", html, count=1).replace("\x00", "")
    if "<" not in html:
        warn("no HTML markup")

    from trafilatura.utils import load_html

    tree = load_html(html)
    if tree is None:
        warn("unparsable HTML")
        return

    meta = read_meta(tree)
    art.warnings.extend(meta.warnings)
    art.title = meta.title
    if not art.url and meta.url:
        art.url = meta.url
    art.outlet = art.outlet or outlet_from_url(art.url)
    art.section = meta.section

    # Body.
    lines, how = extract_body_lines(tree, url=art.url)
    jsonld = _body_from_jsonld(meta)
    if jsonld and _words(jsonld) >= JSONLD_MIN_WORDS and _words(jsonld) >= JSONLD_MIN_RATIO * _words(lines):
        lines, how = jsonld, "json-ld"
        warn("body from JSON-LD articleBody")
    lines, art.subtitle_lines = _strip_leading(lines, meta)
    if not lines and meta.description and len(_WORD_RE.findall(meta.description)) >= 8:
        lines = [Line(meta.description, 0.0, len(_WORD_RE.findall(meta.description)))]
        warn("body from the page description only")
    art.paragraphs = [ln.text for ln in lines]
    if not art.paragraphs:
        warn("no article body found")

    # Dates.
    for where, raw in meta.published_raw:
        dt = parse_date(raw)
        if dt is not None:
            art.published_at = dt
            art.published_at_source = "page_field"
            art.published_at_confidence = CONFIDENCE.get(where, 0.8)
            break
    for _where, raw in meta.modified_raw:
        dt = parse_date(raw)
        if dt is not None:
            art.updated_at = dt
            break

    # People.
    art.reporters, art.reporter_roles = clean_authors(meta.authors, meta.site_name)
    art.reporter_emails = emails_in([*meta.authors, *art.paragraphs[-3:]])

    art.language = detect_language(" ".join([art.title or "", *art.paragraphs[:8]]), meta.lang)
