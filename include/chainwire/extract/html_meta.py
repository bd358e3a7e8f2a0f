"""Page metadata from an HTML tree: ``<meta>`` tags, ``<link rel=canonical>`` and JSON-LD.

Everything here is best effort and never raises on malformed input: a broken
JSON-LD block is skipped, an unparsable date is ignored.
"""

from __future__ import annotations

import html as _html
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urlsplit

from chainwire.extract.dates import SEOUL, parse_timestamp

# JSON-LD types that describe the article itself (schema.org), best first.
_ARTICLE_TYPES = (
    "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
    "reviewnewsarticle", "backgroundnewsarticle", "article", "blogposting", "socialmediaposting",
    "liveblogposting", "techarticle", "scholarlyarticle", "report", "posting",
)

_PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "og:published_time", "datepublished",
    "article.published", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
    "sailthru.date", "parsely-pub-date", "dc.date.issued", "dc.date", "dcterms.created", "dcterms.date",
    "date", "originalpublicationdate", "article_date_original", "cxenseparse:recs:publishtime",
)
_MODIFIED_META = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "article.updated", "lastmod", "last-modified", "dcterms.modified",
)
_AUTHOR_META = (
    "author", "article:author", "og:article:author", "byl", "parsely-author", "sailthru.author",
    "dc.creator", "dcterms.creator", "citation_author",
)

_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_TAG_RE = re.compile(r"<[^>]+>")
_WS_RE = re.compile(r"\s+")
_BY_RE = re.compile(r"^\s*(?:by|written\s+by|posted\s+by|from)\s*[:\s]\s*", re.I)
_AUTHOR_SPLIT_RE = re.compile(r"\s*(?:,|;|\||&|·|ㆍ|/|\band\b|\s및\s)\s*", re.I)
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3]")
_TITLE_SEP_RE = re.compile(r"\s+[|\-–—·»]\s+")

# Hosts whose outlet id is not the registrable domain's first label.
OUTLET_BY_DOMAIN = {
    "newspim.com": "newspim",
    "yna.co.kr": "yonhap",
    "yonhapnews.co.kr": "yonhap",
    "newsis.com": "newsis",
    "news1.kr": "news1",
}
# Second-level labels under a country code that are not registrable on their own.
_SECOND_LEVEL = {
    "co", "com", "net", "org", "or", "go", "ne", "ac", "re", "gov", "edu", "mil", "nic", "pe",
    "kg", "es", "hs", "ms", "sc", "seoul", "busan", "ltd", "plc", "me", "gen", "biz", "info",
}


@dataclass
class PageMeta:
    title: str | None = None
    title_candidates: list[str] = field(default_factory=list)
    description: str | None = None
    site_name: str | None = None
    url: str | None = None
    published_raw: list[tuple[str, str]] = field(default_factory=list)  # (where, value), best first
    modified_raw: list[tuple[str, str]] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    section: str | None = None
    lang: str | None = None
    jsonld_body: str | None = None
    jsonld_types: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _clean(value) -> str | None:
    if not isinstance(value, str):
        return None
    value = _WS_RE.sub(" ", _html.unescape(_TAG_RE.sub(" ", value))).strip()
    return value or None


def _text_body(value) -> str | None:
    """JSON-LD articleBody → text, keeping paragraph breaks."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = re.sub(r"(?i)<\s*(?:br|/p|/div|/h\d|/li)\s*/?>", "\n", value)
    value = _html.unescape(_TAG_RE.sub(" ", value))
    lines = [_WS_RE.sub(" ", ln).strip() for ln in value.splitlines()]
    text = "\n".join(ln for ln in lines if ln)
    return text or None


# ---------------------------------------------------------------- JSON-LD


def _loads_lenient(raw: str):
    raw = raw.strip()
    if not raw:
        return None
    raw = re.sub(r"^\s*(?://\s*)?<!\[CDATA\[|//\s*\]\]>\s*$|\]\]>\s*$", "", raw).strip()
    raw = re.sub(r"^<!--|-->$", "", raw).strip()
    try:
        return json.loads(raw, strict=False)
    except ValueError:
        pass
    fixed = re.sub(r",\s*([}\]])", r"\1", raw)  # trailing commas
    try:
        return json.loads(fixed, strict=False)
    except ValueError:
        return None


def _walk(obj, depth: int = 0):
    if depth > 8:
        return
    if isinstance(obj, dict):
        yield obj
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if key in obj:
                yield from _walk(obj[key], depth + 1)
    elif isinstance(obj, list):
        for item in obj:
            yield from _walk(item, depth + 1)


def _types(obj: dict) -> list[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return [t.lower()]
    if isinstance(t, list):
        return [x.lower() for x in t if isinstance(x, str)]
    return []


def _article_rank(obj: dict) -> int:
    ranks = [_ARTICLE_TYPES.index(t) for t in _types(obj) if t in _ARTICLE_TYPES]
    if ranks:
        return min(ranks)
    if "articleBody" in obj or "headline" in obj:
        return len(_ARTICLE_TYPES)
    return -1


def _names(value) -> list[str]:
    """schema.org author/creator (str, Person, list of either) → names."""
    out: list[str] = []
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        name = value.get("name")
        if isinstance(name, list):
            out.extend(n for n in name if isinstance(n, str))
        elif isinstance(name, str):
            out.append(name)
        elif isinstance(value.get("givenName"), str):
            out.append(f"{value.get('givenName')} {value.get('familyName') or ''}".strip())
    elif isinstance(value, list):
        for item in value:
            out.extend(_names(item))
    return out


def _first_str(value) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    return value.strip() if isinstance(value, str) and value.strip() else None


def read_jsonld(tree, meta: PageMeta) -> None:
    articles: list[tuple[int, dict]] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        data = _loads_lenient(script.text or "")
        if data is None:
            if (script.text or "").strip():
                meta.warnings.append("json-ld: unparsable block skipped")
            continue
        for obj in _walk(data):
            rank = _article_rank(obj)
            if rank >= 0:
                articles.append((rank, obj))
    if not articles:
        return
    articles.sort(key=lambda ro: ro[0])
    best = articles[0][1]
    meta.jsonld_types = _types(best)
    if t := _clean(_first_str(best.get("headline")) or _first_str(best.get("name"))):
        meta.title_candidates.insert(0, t)
    if v := _first_str(best.get("datePublished")) or _first_str(best.get("dateCreated")):
        meta.published_raw.insert(0, ("json-ld", v))
    if v := _first_str(best.get("dateModified")):
        meta.modified_raw.insert(0, ("json-ld", v))
    names = _names(best.get("author")) or _names(best.get("creator"))
    if names:
        meta.authors[:0] = names
    if s := _clean(_first_str(best.get("articleSection"))):
        meta.section = meta.section or s
    if lang := _first_str(best.get("inLanguage")):
        meta.lang = meta.lang or lang
    bodies = [b for _r, o in articles if (b := _text_body(o.get("articleBody") or o.get("text")))]
    if bodies:
        meta.jsonld_body = max(bodies, key=len)


# ---------------------------------------------------------------- <meta> and friends


def read_meta(tree) -> PageMeta:
    meta = PageMeta()
    tags: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "")
        key = key.strip().lower()
        value = el.get("content")
        if key and value and value.strip() and key not in tags:
            tags[key] = value.strip()
    canonical = None
    for el in tree.iter("link"):
        rel = (el.get("rel") or "").lower().split()
        if "canonical" in rel and el.get("href"):
            canonical = el.get("href").strip()
            break

    for key in ("og:title", "twitter:title", "title", "dc.title"):
        if t := _clean(tags.get(key)):
            meta.title_candidates.append(t)
    for h1 in tree.iter("h1"):
        if t := _clean(h1.text_content()):
            meta.title_candidates.append(t)
            break
    title_el = next(tree.iter("title"), None)
    if title_el is not None and (t := _clean(title_el.text_content())):
        meta.title_candidates.append(t)

    meta.description = _clean(tags.get("og:description") or tags.get("description") or tags.get("twitter:description"))
    meta.site_name = _clean(tags.get("og:site_name") or tags.get("application-name"))
    for value in (tags.get("og:url"), canonical):
        if value and value.startswith(("http://", "https://")):
            meta.url = value
            break
    meta.published_raw = [("meta", tags[k]) for k in _PUBLISHED_META if k in tags]
    meta.modified_raw = [("meta", tags[k]) for k in _MODIFIED_META if k in tags]
    for k in _AUTHOR_META:
        v = tags.get(k)
        if v and not v.startswith(("http://", "https://", "/")):
            meta.authors.append(v)
    meta.section = _clean(tags.get("article:section") or tags.get("section"))
    html_el = tree if tree.tag == "html" else next(tree.iter("html"), None)
    meta.lang = (html_el.get("lang") or html_el.get("xml:lang")) if html_el is not None else None
    meta.lang = meta.lang or tags.get("og:locale") or tags.get("content-language")

    read_jsonld(tree, meta)

    # <time datetime> as the last resort for the publication time.
    for el in tree.iter("time"):
        v = el.get("datetime")
        if v and v.strip():
            meta.published_raw.append(("time", v.strip()))
            break
    meta.title = pick_title(meta)
    return meta


def pick_title(meta: PageMeta) -> str | None:
    """JSON-LD headline or og:title, else the others; a " | Site" suffix is dropped."""
    for cand in meta.title_candidates:
        t = strip_site_suffix(cand, meta.site_name)
        if t:
            return t
    return None


def strip_site_suffix(title: str, site_name: str | None) -> str:
    """``Headline | Site`` → ``Headline`` when the last part names the site (or is a domain)."""
    parts = _TITLE_SEP_RE.split(title)
    if len(parts) < 2:
        return title
    last = parts[-1].strip().lower()
    site = (site_name or "").strip().lower()
    if (site and (last == site or last in site or site in last)) or re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", last):
        cut = title.rstrip()[: -len(parts[-1].strip())]
        return re.sub(r"\s+[|\-–—·»]\s*$", "", cut.rstrip()).strip() or title
    return title


# ---------------------------------------------------------------- values


def parse_date(value: str | None) -> datetime | None:
    """ISO-8601 / RFC 2822 / Korean page timestamps → aware datetime; naive means Asia/Seoul."""
    if not value or not isinstance(value, str):
        return None
    v = value.strip()
    dt = None
    iso = re.sub(r"\s+(?=[+-]\d{2}:?\d{2}$)", "", v)  # "2024-06-27 09:30 +09:00"
    try:
        dt = datetime.fromisoformat(iso)
    except ValueError:
        pass
    if dt is None and re.match(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?[+-]\d{2}$", iso):
        try:
            dt = datetime.fromisoformat(iso + ":00")
        except ValueError:
            pass
    if dt is None and re.match(r"^[A-Za-z]{3},?\s+\d", v):
        try:
            dt = parsedate_to_datetime(v)
        except (TypeError, ValueError, IndexError):
            dt = None
    if dt is None and re.fullmatch(r"\d{10}(\d{3})?", v):
        secs = int(v[:10])
        dt = datetime.fromtimestamp(secs, tz=UTC)
    if dt is None:
        dt = parse_timestamp(v)
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=SEOUL)
    if not 1990 <= dt.year <= 2100:
        return None
    return dt


def clean_authors(
    raw: list[str], site_name: str | None = None, outlet: str | None = None
) -> tuple[list[str], list[str]]:
    """Author strings → (names, roles) without duplicates; roles are "" when not printed.

    The publication itself ("CNN Business" on cnn.com, the og:site_name) is not a reporter.
    """
    from chainwire.extract.bylines import split_reporters

    names: list[str] = []
    roles: list[str] = []
    site = (site_name or "").lower()
    for raw_value in raw:
        value = _clean(raw_value)
        if not value:
            continue
        value = _EMAIL_RE.sub(" ", value)
        value = _BY_RE.sub("", value).strip(" ,;")
        if not value or len(value) > 120:
            continue
        if _HANGUL_RE.search(value):
            split = split_reporters(re.sub(r"\s*[,;]\s*", "·", value))
            if split:
                pairs = list(zip(*split, strict=False))
            else:
                pairs = [(value, "")]
        else:
            pairs = [(p, "") for p in _AUTHOR_SPLIT_RE.split(value)]
        for name, role in pairs:
            name = (name or "").strip(" .,:;-")
            if not name or len(name) > 60 or not re.search(r"\w", name):
                continue
            if site and name.lower() == site:
                continue
            if outlet and re.search(rf"(?<!\w){re.escape(outlet)}(?!\w)", name.lower()) and len(name.split()) <= 3:
                continue
            if name.lower() in (n.lower() for n in names):
                continue
            names.append(name)
            roles.append(role or "")
    return names, roles


def emails_in(texts: list[str]) -> list[str]:
    out: list[str] = []
    for t in texts:
        for e in _EMAIL_RE.findall(t or ""):
            if e.lower() not in (x.lower() for x in out):
                out.append(e)
    return out


@lru_cache(maxsize=4096)  # tld's lookup is slow and a landing day repeats a few hosts
def registrable_domain(host: str) -> str:
    host = host.lower().strip(".")
    if host.startswith("www."):
        host = host[4:]
    labels = host.split(".")
    if len(labels) <= 2:
        return host
    try:
        from tld import get_fld

        fld = get_fld(host, fix_protocol=True, fail_silently=True)
        if fld:
            return fld
    except Exception:  # noqa: BLE001 - tld is optional here
        pass
    if len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def outlet_from_url(url: str | None) -> str | None:
    """``https://www.newspim.com/…`` → ``newspim``; ``www.yna.co.kr`` → ``yonhap``; else the domain's name."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host or "." not in host or " " in host or re.fullmatch(r"[\d.]+|\[?[0-9a-f:]+\]?", host):
        return None
    domain = registrable_domain(host)
    if domain in OUTLET_BY_DOMAIN:
        return OUTLET_BY_DOMAIN[domain]
    return domain.split(".")[0] or None
