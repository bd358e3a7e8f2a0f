"""What every page-dump profile shares: the guarded entry point and the machine-generated flags."""

from __future__ import annotations

import re
from collections.abc import Callable

from .article import Article, PhotoCaption

# A photo page (no story paragraph, only captions) shows at most a few photos; more is something else.
MAX_PHOTO_PAGE_CAPTIONS = 4
_MD_IMAGE_RE = re.compile(r"^!\[(?P<alt>(?:[^\[\]]|\[[^\[\]]{0,80}\]){0,400})\]\((?P<url>[^)\s]{0,800})(?:\s+\"[^\"]*\")?\)\s*(?P<after>.*)$")
# a markdown image the capture cut off: its alt text or its address never closes
_MD_CUT_IMAGE_RE = re.compile(r"^!\[(?:[^\[\]]|\[[^\[\]]{0,80}(?:\]|$)){0,400}(?:\]\([^)\s]{0,800})?$")
_CAPTION_SENTENCE_RE = re.compile(r"(?:[다요음임함]|[.!?])[.!?]?[\"'”’)\]]*$")


def new_machine_generated() -> dict[str, bool]:
    return {"ai_summary": False, "ai_translation": False, "ai_stock_analysis": False}


def normalize_page_text(text: str, warn: Callable[[str], None]) -> str:
    """A page dump as its profile reads it: no byte-order mark, ``\n`` line ends, no NUL characters (warned)."""
    if text[:1] == "\ufeff":
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warn("nul characters removed")
    return text


def parse_guarded(text: str | bytes, source_path: str, parser: str, fill: Callable[[str, Article], None]) -> Article:
    """A fresh Article filled by ``fill(text, article)``; bytes are decoded first.

    Never raises on junk: an error inside the profile is kept in ``parser_error`` (the quality
    suite quarantines such an article: what the profile filled before it raised is partial).
    """
    art = Article(source_path=source_path, parser=parser, machine_generated=new_machine_generated())
    try:
        if isinstance(text, (bytes, bytearray)):
            from .decode import decode_bytes

            text, _enc = decode_bytes(bytes(text))
        fill(text or "", art)
    except Exception as exc:  # noqa: BLE001 - junk must not take the pipeline down; kept in parser_error
        art.parser_error = f"{type(exc).__name__}: {exc}"
    return art


def photo_page_story(captions: list[PhotoCaption]) -> list[str]:
    """A photo page: the page prints no story paragraph, only one to a few photo captions that
    describe in sentences. The captions are then the story (one paragraph each); else []."""
    if not captions or len(captions) > MAX_PHOTO_PAGE_CAPTIONS:
        return []
    texts = [c.text.strip() for c in captions]
    if not any(len(t) >= 40 and _CAPTION_SENTENCE_RE.search(t) for t in texts):
        return []
    return [t for t in texts if t]


def image_alt(line: str) -> str | None:
    """A markdown image line → its alt text (the text after the image when the alt is empty; "" for
    an image with neither, or one the capture cut off mid-image); None for any other line."""
    if not line.startswith("!["):
        return None
    m = _MD_IMAGE_RE.match(line)
    if not m:
        return "" if _MD_CUT_IMAGE_RE.match(line) else None
    return (m["alt"] or "").strip() or (m["after"] or "").strip(" |")  # "![](url) |": an empty image cell
