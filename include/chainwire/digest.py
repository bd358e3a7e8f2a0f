"""The daily digest: what changed on a publication day, and the day's most widely carried stories.

Read from two marts that ``chainwire_marts`` rebuilds after every load:

- ``marts.digest_movers`` — each topic and country's unique stories on the day against its trailing
  28-day baseline (the 28 calendar days before it, counting only days the warehouse has articles
  for): Poisson z-score ``(x - mean) / sqrt(max(mean, 1))``; notable ``up`` when x >= 3 and z >= 3,
  ``down`` when the mean >= 3 and z <= -3, and never with fewer than 14 baseline days;
- ``marts.digest_top_stories`` — the 10 story clusters with a copy published that day carried by
  the most distinct outlets.

:func:`load_digest` returns the digest of one day (default: the latest publication day);
:func:`digest_payload` turns it into the JSON message :func:`post_digest` sends to the webhook set
in the Airflow Variable ``chainwire_digest_webhook`` (or env ``CHAINWIRE_DIGEST_WEBHOOK``); unset,
nothing is sent. Every value reaches SQL as a bound parameter.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from chainwire.alerts import post_webhook, webhook_url

log = logging.getLogger(__name__)

DIGEST_WEBHOOK_VARIABLE = "chainwire_digest_webhook"
DIGEST_WEBHOOK_ENV = "CHAINWIRE_DIGEST_WEBHOOK"
MOVERS_TABLE = "marts.digest_movers"
STORIES_TABLE = "marts.digest_top_stories"
MAX_MOVERS = 12  # notable movers shown / sent, largest |z| first
MESSAGE_STORIES = 5  # top stories in the webhook message (the report shows all 10)

MOVER_COLUMNS = ["dimension", "key", "change", "unique_stories", "articles", "baseline_mean", "baseline_days",
                 "z_score"]
STORY_COLUMNS = ["rank", "outlets", "outlets_that_day", "articles", "first_published_date", "outlet", "title",
                 "url", "topics", "cluster_id", "article_id"]

TEST_DESCRIPTION = ("unique stories that day vs the mean of the 28 days before it (days with data only); "
                    "Poisson z = (x − mean) / √max(mean, 1); up: x ≥ 3 and z ≥ 3; "
                    "down: mean ≥ 3 and z ≤ −3; needs ≥ 14 baseline days")


@dataclass
class Digest:
    day: date | None
    movers: list[dict] = field(default_factory=list)  # notable changes only, largest |z| first
    top_stories: list[dict] = field(default_factory=list)
    baseline_days: int | None = None  # baseline days behind the day's tests
    note: str = ""  # why it is empty, when it is


def _exists(con, qualified: str) -> bool:
    schema, name = qualified.split(".", 1)
    (n,) = con.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = ? AND table_name = ?",
                       [schema, name]).fetchone()
    return n > 0


def _rows(con, sql: str, params: list) -> list[dict]:
    cur = con.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def latest_day(con) -> date | None:
    """The latest publication day the digest marts describe."""
    if not _exists(con, STORIES_TABLE):
        return None
    return con.execute(f"SELECT max(date) FROM {STORIES_TABLE}").fetchone()[0]


def load_digest(con, day: date | None = None, max_movers: int = MAX_MOVERS) -> Digest:
    """The digest of ``day`` (default: the latest publication day); empty with a note when unavailable."""
    missing = [t for t in (MOVERS_TABLE, STORIES_TABLE) if not _exists(con, t)]
    if missing:
        return Digest(day, note=f"{', '.join(missing)} not in the warehouse yet")
    day = day or latest_day(con)
    if day is None:
        return Digest(None, note="no articles in the warehouse yet")
    d = Digest(day)
    d.movers = _rows(con, f"""
        SELECT {", ".join(MOVER_COLUMNS)} FROM {MOVERS_TABLE}
        WHERE date = ? AND change <> 'none'
        ORDER BY abs(z_score) DESC, dimension, key LIMIT ?""", [day, max_movers])
    d.top_stories = _rows(con, f"""
        SELECT {", ".join(STORY_COLUMNS)} FROM {STORIES_TABLE} WHERE date = ? ORDER BY rank""", [day])
    (d.baseline_days,) = con.execute(f"SELECT max(baseline_days) FROM {MOVERS_TABLE} WHERE date = ?",
                                     [day]).fetchone()
    if not d.top_stories:
        d.note = f"no articles published on {day.isoformat()}"
    elif (d.baseline_days or 0) < 14:
        d.note = (f"only {d.baseline_days or 0} baseline day(s) with data before {day.isoformat()}: "
                  "changes are tested from 14")
    return d


def _mover_text(m: dict) -> str:
    sign = "▲" if m["change"] == "up" else "▼"
    return (f"{sign} {m['dimension']} {m['key']}: {m['unique_stories']} stories "
            f"(28-day mean {m['baseline_mean']:.1f}, z {m['z_score']:+.1f})")


def digest_payload(d: Digest, stories: int = MESSAGE_STORIES) -> dict:
    """The webhook message: structured fields plus a plain-text summary (``text``) for chat tools."""
    top = d.top_stories[:stories]
    day = d.day.isoformat() if d.day else None
    lines = [f"Chainwire daily digest {day or '(no data)'}"]
    if d.movers:
        lines.append("Changed vs the 28-day baseline:")
        lines += [f"  {_mover_text(m)}" for m in d.movers]
    else:
        lines.append("No topic or country departs from its 28-day baseline"
                     + (f" ({d.note})" if d.note else "") + ".")
    if top:
        lines.append("Top stories by outlets carrying them:")
        lines += [f"  {s['rank']}. {s['title'] or '(untitled)'} — {s['outlets']} outlet(s), {s['articles']} copies"
                  for s in top]
    return {
        "event": "daily_digest",
        "date": day,
        "test": TEST_DESCRIPTION,
        "note": d.note or None,
        "movers": [{k: m[k] for k in MOVER_COLUMNS} for m in d.movers],
        "top_stories": [{k: s[k] for k in ("rank", "outlets", "articles", "outlet", "title", "url", "topics",
                                           "cluster_id")} for s in top],
        "text": "\n".join(lines),
    }


def digest_webhook_url() -> str | None:
    return webhook_url(DIGEST_WEBHOOK_VARIABLE, DIGEST_WEBHOOK_ENV)


def post_digest(snapshot: Path | None = None, day: date | None = None, url: str | None = None) -> dict:
    """Post the digest of ``day`` (default: the latest) read from the snapshot; a no-op without a webhook."""
    import duckdb

    from chainwire.settings import get_settings

    url = url or digest_webhook_url()
    if not url:
        return {"posted": False, "reason": f"no webhook ({DIGEST_WEBHOOK_VARIABLE} / {DIGEST_WEBHOOK_ENV} unset)"}
    snapshot = Path(snapshot) if snapshot else get_settings().snapshot_path
    if not snapshot.exists():
        return {"posted": False, "reason": f"no warehouse snapshot at {snapshot}"}
    con = duckdb.connect(str(snapshot), read_only=True)
    try:
        d = load_digest(con, day)
    finally:
        con.close()
    payload = digest_payload(d)
    ok = post_webhook(payload, url=url)
    return {"posted": ok, "date": payload["date"], "movers": len(payload["movers"]),
            "top_stories": len(payload["top_stories"]), "reason": None if ok else "webhook did not accept the message"}
