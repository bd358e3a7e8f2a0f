"""HTML article page → ``Article``: main text via trafilatura plus cleanup, metadata from the page.

    from chainwire.extract.html import parse_html
    art = parse_html(raw_bytes_or_text, source_path="raw/2026-11-02/x.html", url="https://…")

Body: see ``chainwire.extract.html_body`` (one trafilatura run, line-level
boilerplate removal), then the headline repeated at the top and a Korean wire
byline / closing e-mail signature taken off. Metadata: ``<meta>`` (og:title,
article:published_time, og:url / canonical, author…) and JSON-LD (headline,
datePublished, dateModified, author), see
``chainwire.extract.html_meta``. Naive page timestamps are Asia/Seoul.

Never raises on junk input: the returned Article carries ``warnings``.
Quality on the public article-extraction benchmark: ``bench/bench_extraction_html.py``.
"""

from __future__ import annotations

import re
from datetime import date

from chainwire.extract.article import HTML_PAGE_FIELD_CONFIDENCE, PUBLISHED_AT_CONFIDENCE, Article
from chainwire.extract.bylines import parse_byline
from chainwire.extract.dates import midnight
from chainwire.extract.html_body import Line, extract_body_lines
from chainwire.extract.html_meta import (
    PageMeta,
    clean_authors,
    emails_in,
    outlet_from_url,
    parse_date,
    read_meta,
)
from chainwire.extract.language import detect_language

PARSER_NAME = "chainwire-html"
PARSER_VERSION = "0.1.0"
PARSER = f"{PARSER_NAME}@{PARSER_VERSION}"

SHORT_BODY_WORDS = 20

_META_CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_TAG_RE = re.compile(r"<[A-Za-z!/?][^>]*>")
_EMAIL = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
_EMAIL_RE = re.compile(_EMAIL)
_EMAIL_LINE_RE = re.compile(rf"^\W*(?:{_EMAIL})(?:[\s,;/]+{_EMAIL})*\W*$")
# Switches for bench --ablate. The headline repeated at the body's top (kept: wins on the
# held-out half). Korean wire bylines opening the body and e-mail signatures closing it carry
# dateline, reporters and e-mails (fields the English benchmark cannot score; never fire there).
RULES_HEAD = {"title": True}
RULES_TAIL = {"byline": True, "emails": True}
_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_WORD_RE = re.compile(r"\w+")
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
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
    from chainwire.extract.decode import decode_text

    m = _META_CHARSET_RE.search(data[:8192])
    declared = m.group(1).decode("ascii", "ignore").lower() if m else None
    # BOM, NUL/binary checks, UTF-8 with a few broken bytes (decoded with U+FFFD and a warning,
    # carried in the returned label) and legacy charsets: chainwire.extract.decode.
    decoded = decode_text(data, declared=_CHARSET_ALIASES.get(declared, declared) if declared else None)
    return decoded.text, decoded.label


# ---------------------------------------------------------------- helpers


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


def _split_head(lines: list[Line], meta: PageMeta) -> list[Line]:
    """The headline repeated as the first line(s) is dropped (it is ``title``).

    A first paragraph equal to the page description stays in the body (it is not
    moved to ``subtitle_lines``): it is the lead paragraph far more often than a dek.
    """
    if not RULES_HEAD["title"]:
        return lines
    titles = [t for t in [meta.title, *meta.title_candidates] if t]
    i = 0
    while i < min(len(lines), 3) and _is_title_line(lines[i].text, titles):
        i += 1
    return lines[i:]


def _htmldate_fallback(tree, art: Article) -> None:
    """No dated meta/JSON-LD field: htmldate's quick heuristics (URL, <time>, dated elements)."""
    try:
        from htmldate import find_date

        found = find_date(
            tree, url=art.url, extensive_search=False, original_date=True, outputformat="%Y-%m-%dT%H:%M:%S"
        )
    except Exception:  # noqa: BLE001 - heuristics on junk pages may fail in many ways
        return
    dt = parse_date(found) if found else None
    if dt is not None:
        art.published_at = dt
        art.published_at_source = "page_field"
        art.published_at_confidence = HTML_PAGE_FIELD_CONFIDENCE["htmldate"]
        art.warnings.append("published_at from htmldate heuristics, not a dated page field")


# ---------------------------------------------------------------- the parser


def parse_html(
    html: object,  # str or bytes; anything else is junk it reports (compiled, an annotation is a check at the call)
    source_path: str,
    url: str | None = None,
    landing_date: date | None = None,
) -> Article:
    """Parse one HTML article page. Never raises on junk input: problems go to ``warnings``, an
    exception inside the parser to ``parser_error``."""
    art = Article(source_path=source_path, parser=PARSER)
    art.machine_generated = {"ai_summary": False, "ai_translation": False, "ai_stock_analysis": False}
    try:
        _parse(html, art, url, landing_date)
    except Exception as exc:  # noqa: BLE001 - a parser of untrusted pages must not raise
        art.parser_error = f"{type(exc).__name__}: {exc}"
    if art.published_at is None and landing_date is not None:
        art.published_at = midnight(landing_date)
        art.published_at_source = "landing_date"
        art.published_at_confidence = PUBLISHED_AT_CONFIDENCE["landing_date"]
    return art


def _parse(html: object, art: Article, url: str | None, landing_date: date | None) -> None:
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
    if not _TAG_RE.search(html):
        warn("no HTML markup: text taken as is")
        blocks = [" ".join(b.split()) for b in re.split(r"\n\s*\n", html)]
        art.paragraphs = [b for b in blocks if _WORD_RE.search(b)]
        art.language = detect_language(" ".join(art.paragraphs[:8]))
        return

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
    lines, _how = extract_body_lines(tree, url=art.url)
    lines = _split_head(lines, meta)
    paragraphs = [ln.text for ln in lines]
    byline = None
    emails: list[str] = []
    if RULES_TAIL["byline"] and paragraphs:
        byline = parse_byline(paragraphs[0])
        if byline is not None:
            art.dateline = byline.dateline
            if byline.rest.strip():
                paragraphs[0] = byline.rest.strip()
            else:
                paragraphs.pop(0)
    # Reporter e-mail signatures closing the story are not body text.
    while RULES_TAIL["emails"] and paragraphs and _EMAIL_LINE_RE.match(paragraphs[-1]):
        emails[:0] = _EMAIL_RE.findall(paragraphs.pop())
    art.paragraphs = paragraphs
    body_words = sum(len(_WORD_RE.findall(p)) for p in paragraphs)
    if not art.paragraphs:
        warn("no article body found")
    elif body_words < SHORT_BODY_WORDS:
        warn(f"very short body: {body_words} words")

    # Dates.
    for where, raw in meta.published_raw:
        dt = parse_date(raw)
        if dt is not None:
            art.published_at = dt
            art.published_at_source = "page_field"
            art.published_at_confidence = HTML_PAGE_FIELD_CONFIDENCE.get(where, HTML_PAGE_FIELD_CONFIDENCE["time"])
            break
    if art.published_at is None:
        _htmldate_fallback(tree, art)
    for _where, raw in meta.modified_raw:
        dt = parse_date(raw)
        if dt is not None:
            art.updated_at = dt
            break

    # People.
    art.reporters, art.reporter_roles = clean_authors(meta.authors, meta.site_name, art.outlet)
    if byline is not None and byline.reporters and not art.reporters:
        art.reporters, art.reporter_roles = list(byline.reporters), [r or "" for r in byline.roles]
    art.reporter_emails = emails_in([*meta.authors, *emails, *getattr(byline, "emails", ())])

    art.language = detect_language(" ".join([art.title or "", *art.paragraphs[:8]]), meta.lang)
