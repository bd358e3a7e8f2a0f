"""Deterministic corpus of news page dumps with ground truth.

``generate_corpus(out_dir, days, per_day, seed)`` writes

* ``out_dir/raw/<YYYY-MM-DD>/np-<yyyymmdd>-<nnn>.txt`` - the raw page dump (UTF-8), and
* ``out_dir/truth/<YYYY-MM-DD>/np-<yyyymmdd>-<nnn>.json`` - ``Article.to_dict()`` of what a
  correct parser must extract from it (``source_path`` = the raw file relative to out_dir).

With ``outlets="all"`` (or a list of layout keys) the corpus mixes the layouts of
:mod:`chainwire_synth.layouts` - Newspim desktop and mobile, Yonhap-, Newsis- and
small-outlet style, Korea Herald- and Yonhap English-style, and the families met on real
pages - and file names carry the layout's prefix (``yna-20261102-003.txt``). The default
(None) is the Newspim desktop layout only, byte-identical to earlier versions for the same seed.

The folder date is the landing date. Every page gets its own ``random.Random`` seeded
from (seed, landing date, layout, index), so the same seed gives byte-identical output and
a page does not change when other pages are added. No global random state, no clock. What
a page says and its ground-truth rules: :mod:`chainwire_synth.story`.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from chainwire.storage import write_bytes
from chainwire_synth.layouts import day_modes, layouts, resolve, stream_key
from chainwire_synth.layouts.people import build_env
from chainwire_synth.story import SEED_PREFIX


@dataclass(frozen=True)
class PageRef:
    """Where a generated page goes: enough for ``generate_corpus`` to name its files."""

    name: str
    landing: date
    layout: str
    outlet: str
    date_mode: str


def iter_pages(days: int, per_day: int, seed: int, start_date: date = date(2026, 11, 2), outlets=None):
    """Yield (:class:`PageRef`, raw text, truth Article) for every page of a corpus, in file order.

    ``outlets``: None (default) or "newspim" - the Newspim desktop layout only; "all" or a
    list / comma-separated string of layout keys (see :mod:`chainwire_synth.layouts`) - a
    mix: page k of a day takes layout k mod len(mix).
    """
    keys = resolve(outlets)
    table = layouts()
    keyed = len(keys) > 1 or not table[keys[0]].unkeyed_when_alone
    env = build_env(seed)
    seen: set[str] = set()
    for d in range(days):
        landing = start_date + timedelta(days=d)
        counts = {k: len(range(i, per_day, len(keys))) for i, k in enumerate(keys)}
        modes = {k: day_modes(seed, landing, table[k], counts[k], keyed) for k in keys}
        for pos in range(per_day):
            key = keys[pos % len(keys)]
            index = pos // len(keys) + 1
            lay = table[key]
            mode = modes[key][index - 1]
            rng = random.Random(f"{SEED_PREFIX}:{seed}:{landing.isoformat()}:{stream_key(lay, keyed)}{index}")
            text, article = lay.render(env, landing, index, mode, rng, frozenset(seen))
            seen.update(x for x in (article.title, article.paragraphs[0] if article.paragraphs else None) if x)
            yield PageRef(lay.name(landing, index), landing, key, lay.outlet, mode), text, article


def generate_corpus(out_dir: Path, days: int, per_day: int, seed: int,
                    start_date: date = date(2026, 11, 2), outlets=None, progress=None) -> dict:
    """Write raw page dumps and their ground truth under out_dir; return a summary.

    ``progress(stage, done, total)``, when given, is called after every page (the CLI's progress display).

    ``outlets`` picks the page layouts: None (default) keeps the Newspim-only corpus;
    "all" mixes every layout of :mod:`chainwire_synth.layouts` (Newspim desktop and
    mobile, Yonhap-, Newsis-, small-outlet style, Korea Herald- and Yonhap English-style);
    a list or comma-separated string picks some. File names show the layout
    (``yna-20261102-003.txt``); ``per_day`` counts all layouts together.
    """
    if days < 0 or per_day < 0:
        raise ValueError("days and per_day must be >= 0")
    out_dir = Path(out_dir)
    day_names: list[str] = []
    files = 0
    by_layout: Counter[str] = Counter()
    for page, text, article in iter_pages(days, per_day, seed, start_date, outlets):
        day = page.landing.isoformat()
        raw = out_dir / "raw" / day / f"{page.name}.txt"
        truth = out_dir / "truth" / day / f"{page.name}.json"
        # Atomic (a temporary sibling renamed over the file): a reader never sees half a page.
        write_bytes(raw, text.encode("utf-8"))
        write_bytes(truth, (json.dumps(article.to_dict(), ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        files += 1
        if progress is not None:
            progress(day, files, days * per_day)
        by_layout[page.layout] += 1
        if not day_names or day_names[-1] != day:
            day_names.append(day)
    if per_day == 0:
        day_names = [(start_date + timedelta(days=d)).isoformat() for d in range(days)]
    summary = {"files": files, "days": day_names, "per_day": per_day, "seed": seed, "out_dir": str(out_dir)}
    if outlets is not None:
        summary["layouts"] = dict(by_layout)
    return summary
