"""What every page-dump profile shares: the guarded entry point, the flags, the language guess."""

from __future__ import annotations

import re
from typing import Callable

from .article import Article

_HANGUL_RE = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]+")
_LATIN_RE = re.compile(r"[A-Za-z]+")


def new_machine_generated() -> dict[str, bool]:
    return {"ai_summary": False, "ai_translation": False, "ai_stock_analysis": False}


def parse_guarded(text: str | bytes, source_path: str, parser: str, fill: Callable[[str, Article], None]) -> Article:
    """A fresh Article filled by ``fill(text, article)``; bytes are decoded first.

    Never raises on junk: an error inside the profile becomes a ``parser_error`` warning.
    """
    art = Article(source_path=source_path, parser=parser, machine_generated=new_machine_generated())
    try:
        if isinstance(text, (bytes, bytearray)):
            from .decode import decode_bytes

            text, _enc = decode_bytes(bytes(text))
        fill(text or "", art)
    except Exception as exc:  # junk must not take the pipeline down
        art.warnings.append(f"parser_error: {type(exc).__name__}: {exc}")
    return art


def detect_language(text: str) -> str | None:
    """"ko" when ≥ 30 % of the letters in the first 4,000 characters are Hangul, "en" when Latin dominates."""
    sample = text[:4000]
    h = sum(len(x) for x in _HANGUL_RE.findall(sample))
    lat = sum(len(x) for x in _LATIN_RE.findall(sample))
    if h + lat == 0:
        return None
    if h / (h + lat) >= 0.3:
        return "ko"
    return "en" if lat > h else None
