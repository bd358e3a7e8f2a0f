"""Resource budgets for untrusted input (settings, env overrides; docs/reliability.md).

- per file (``CHAINWIRE_MAX_FILE_BYTES``): a page file larger than this is rejected before parsing;
- per record (``CHAINWIRE_MAX_RECORD_BYTES`` for a JSONL line, ``CHAINWIRE_MAX_RECORD_CHARS`` for
  the text of one parsed article): rejected with the reason, never handed to Great Expectations;
- per day (``CHAINWIRE_MAX_DAY_CHARS``): article text validated in one day; articles past the
  budget (in raw-path order, so a re-run rejects the same ones) are rejected with the reason;
  raise the budget and re-run the day to load them.

The per-file and per-record checks live in ``chainwire.extract.dispatch``; GX output is bounded
by ``chainwire.quality.validate.RESULT_FORMAT`` (row indexes, never values).
"""

from __future__ import annotations


def article_chars(article) -> int:
    return (len(article.title or "") + sum(len(p) for p in article.paragraphs)
            + sum(len(c.text or "") for c in article.photo_captions) + sum(len(x) for x in article.subtitle_lines))


def apply_day_budget(records: list, max_chars: int) -> int:
    """Reject records past the day's text budget (``records`` sorted by raw path, each with ``chars``:
    the ``article_chars`` of its article, None without one); returns how many."""
    used = rejected = 0
    for r in records:
        if r.error is not None or r.chars is None or getattr(r, "status", None) is not None:
            continue
        if used + r.chars > max_chars:
            r.error = (f"over the day's text budget: {used + r.chars:,} characters > {max_chars:,} "
                       "(CHAINWIRE_MAX_DAY_CHARS); raise it and re-run the day to load this file")
            rejected += 1
        else:
            used += r.chars
    return rejected
