"""CSV cells a spreadsheet will not execute (CSV/formula injection).

A text cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return is read as a
formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(…)`` in a scraped title would be a
live link, ``=cmd|…`` worse). Every CSV we write prefixes such a cell with ``'`` (OWASP's advice):
spreadsheets show the text, and a reader can strip the quote. Numbers are never touched, so a
negative number stays a number; a text cell that merely looks numeric ("-3") is quoted too.
"""

from __future__ import annotations

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralize(value):
    """``value`` made safe for a CSV cell (strings only; everything else unchanged)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def neutralize_row(row) -> list:
    return [neutralize(v) for v in row]


def neutralize_frame(frame):
    """A copy of a pandas DataFrame with every text cell neutralised (headers included)."""
    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or str(out[col].dtype) in ("string", "str"):
            out[col] = out[col].map(neutralize)
    out.columns = [neutralize(c) if isinstance(c, str) else c for c in out.columns]
    return out
