"""``python -m chainwire.synth --out DIR [--days N] [--per-day N] [--seed N] [--outlets all|LIST]``.

The same generator as ``chainwire synth``, plus ``--outlets``: the page layouts to mix
("all", or a comma-separated list of layout keys such as ``newspim,yonhap,koreaherald``;
default: the Newspim desktop layout only, as the bundled sample).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from chainwire.synth.generator import generate_corpus
from chainwire.synth.layouts import layouts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m chainwire.synth", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, type=Path, help="output folder (raw/<day>/*.txt and truth/<day>/*.json)")
    ap.add_argument("--days", type=int, default=3)
    ap.add_argument("--per-day", type=int, default=20, help="pages per day, all layouts together")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--start", type=date.fromisoformat, default=date(2026, 11, 2), help="first landing day")
    ap.add_argument("--outlets", default=None,
                    help=f'"all" or a comma-separated list of: {", ".join(layouts())} (default: newspim)')
    args = ap.parse_args(argv)
    try:
        summary = generate_corpus(args.out, days=args.days, per_day=args.per_day, seed=args.seed,
                                  start_date=args.start, outlets=args.outlets)
    except ValueError as exc:
        ap.error(str(exc))
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
