"""Route one raw file to the right reader and outlet profile by its type."""

from __future__ import annotations

from datetime import date
from pathlib import PurePosixPath

from chainwire.extract.article import Article

PAGE_DUMP_SUFFIXES = {".txt"}


def parse_raw_bytes(data: bytes, source_path: str, landing_date: date | None = None) -> Article:
    """Decode and parse one raw file. Raises ValueError with a clear reason for unusable input."""
    from chainwire.extract.decode import decode_bytes
    from chainwire.extract.newspim import parse_page_dump

    suffix = PurePosixPath(source_path).suffix.lower()
    if suffix not in PAGE_DUMP_SUFFIXES:
        raise ValueError(f"unsupported raw file type {suffix or '(none)'!r}; supported: {sorted(PAGE_DUMP_SUFFIXES)}")
    if not data.strip():
        raise ValueError("empty file")
    text, _encoding = decode_bytes(data)
    return parse_page_dump(text, source_path=source_path, landing_date=landing_date)
