"""``python -m chainwire_synth --out DIR [--days N] [--per-day N] [--seed N] [--outlets all|LIST]``.

The same command as ``chainwire synth``. ``--outlets``: the page layouts to mix ("all", or a
comma-separated list of layout keys such as ``newspim,yonhap,koreaherald``; default: the
Newspim desktop layout only, as in the bundled sample's first corpus).
"""

from __future__ import annotations

import argparse

from chainwire_synth.command import add_arguments, run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m chainwire_synth", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    add_arguments(ap)
    args = ap.parse_args(argv)
    try:
        return run(args)
    except ValueError as exc:
        ap.error(str(exc))


if __name__ == "__main__":
    raise SystemExit(main())
