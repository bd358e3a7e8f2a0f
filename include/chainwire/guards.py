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


def apply_day_budget(parsed: list, max_chars: int) -> int:
    """Reject parsed records past the day's text budget (``parsed`` sorted by raw path); returns how many."""
    used = rejected = 0
    for pf in parsed:
        if pf.error is not None or pf.article is None or getattr(pf, "status", None) is not None:
            continue
        size = article_chars(pf.article)
        if used + size > max_chars:
            pf.error = (f"over the day's text budget: {used + size:,} characters > {max_chars:,} "
                        "(CHAINWIRE_MAX_DAY_CHARS); raise it and re-run the day to load this file")
            rejected += 1
        else:
            used += size
    return rejected
