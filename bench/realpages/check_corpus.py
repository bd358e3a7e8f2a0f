"""Check a rebuilt real-page folder against the committed index.

    python bench/realpages/check_corpus.py [--dir data/realpages]

Every page the index names must be at ``<dir>/pages/<id>.txt`` with the same SHA-1. Prints
what is missing or different; exit 0 only when the folder matches the index.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DIR_HELP, corpus_dir, load_index, page_path, page_sha1  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    index = load_index()
    missing, changed = [], []
    for rec in index:
        p = page_path(folder, rec["id"])
        if not p.exists():
            missing.append(rec)
        elif page_sha1(p.read_bytes()) != rec["page_sha1"]:
            changed.append(rec)
    for rec in missing:
        print(f"missing  {rec['id']}  {rec['url']}")
    for rec in changed:
        print(f"changed  {rec['id']}  {rec['url']}")
    print(f"{len(index) - len(missing) - len(changed)}/{len(index)} pages match the index "
          f"({len(missing)} missing, {len(changed)} different) in {folder}")
    return 0 if index and not missing and not changed else 1


if __name__ == "__main__":
    sys.exit(main())
