"""Restore corpus pages from stored-page search results, checked against the committed index.

    python bench/realpages/restore_pages.py save RESULTS.jsonl [--dir data/realpages]
    python bench/realpages/restore_pages.py wanted URL [URL ...]
    python bench/realpages/restore_pages.py missing [--split dev|heldout] [--shard K/N]

The corpus pages are the texts the team's stored-pages search returns for a page (its `excerpt`),
so a fresh machine rebuilds ``data/realpages/pages/`` by searching for the same news events again.

``save`` reads one JSON object per line, ``{"url": ..., "excerpt": ...}`` as the search printed
them, and writes ``pages/<id>.txt`` for every URL the index names whose text has the index's
SHA-1 (exactly, or after dropping trailing whitespace). A URL of the index whose text differs is
reported and not written; a URL the index does not name is appended to ``pool/unindexed.jsonl``
(candidates for a later batch: gitignored like every page). ``wanted`` says which URLs are in the
index and not restored yet; ``missing`` lists what is still absent, with the facts that help to
find the event again (outlet, date, topics, actors).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DIR_HELP, ENRICH_LABELS, corpus_dir, load_index, page_path, page_sha1, sha1  # noqa: E402


def page_id(url: str) -> str:
    return sha1(url)[:12]


def _candidates(text: str) -> list[bytes]:
    """The excerpt as printed, then forms that differ from it only in trailing whitespace."""
    forms = [text, text.rstrip(), text.rstrip() + "\n"]
    return [f.encode("utf-8") for f in dict.fromkeys(forms)]


def save(results: Path, folder: Path) -> int:
    by_id = {rec["id"]: rec for rec in load_index()}
    (folder / "pages").mkdir(parents=True, exist_ok=True)
    (folder / "pool").mkdir(parents=True, exist_ok=True)
    written = present = differ = unindexed = 0
    for line in results.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        obj = json.loads(line)
        url, text = obj["url"], obj.get("excerpt") or obj.get("text") or ""
        rec = by_id.get(page_id(url))
        if rec is None or rec["url"] != url:
            with (folder / "pool" / "unindexed.jsonl").open("a", encoding="utf-8") as fh:
                fh.write(json.dumps({"url": url, "excerpt": text}, ensure_ascii=False) + "\n")
            unindexed += 1
            continue
        target = page_path(folder, rec["id"])
        if target.exists() and page_sha1(target.read_bytes()) == rec["page_sha1"]:
            present += 1
            continue
        match = next((b for b in _candidates(text) if page_sha1(b) == rec["page_sha1"]), None)
        if match is None:
            print(f"differs  {rec['id']}  {url}  ({len(text.encode('utf-8'))} bytes, index {rec['page_bytes']})")
            differ += 1
            continue
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(match)
        tmp.replace(target)
        written += 1
    print(f"written {written}, already present {present}, text differs {differ}, not in the index {unindexed}")
    return 0


def wanted(urls: list[str], folder: Path) -> int:
    by_id = {rec["id"]: rec for rec in load_index()}
    for url in urls:
        rec = by_id.get(page_id(url))
        if rec is None or rec["url"] != url:
            print(f"no       {url}")
        elif page_path(folder, rec["id"]).exists():
            print(f"have     {url}")
        else:
            print(f"WANTED   {rec['id']}  {rec['split']}  {url}")
    return 0


def missing(folder: Path, split: str | None, shard: str | None) -> int:
    labels = {}
    if ENRICH_LABELS.exists():
        labels = {rec["id"]: rec for rec in load_index(ENRICH_LABELS)}
    k, n = (int(x) for x in shard.split("/")) if shard else (0, 1)
    absent = [rec for rec in load_index()
              if not page_path(folder, rec["id"]).exists()
              and (split is None or rec["split"] == split)
              and int(rec["id"], 16) % n == k]
    for rec in absent:
        lab = labels.get(rec["id"], {})
        print(json.dumps({"id": rec["id"], "split": rec["split"], "url": rec["url"], "outlet": rec.get("outlet_name"),
                          "published": rec.get("published"), "language": rec.get("language"),
                          "topics": lab.get("topics"), "countries": lab.get("countries"), "actors": lab.get("actors")},
                         ensure_ascii=False))
    print(f"{len(absent)} pages missing", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p_save = sub.add_parser("save", help="write the pages of a results file that match the index")
    p_save.add_argument("results", type=Path)
    p_want = sub.add_parser("wanted", help="which of these URLs the index names and the folder lacks")
    p_want.add_argument("urls", nargs="+")
    p_miss = sub.add_parser("missing", help="index pages not restored yet, with facts to find them by")
    p_miss.add_argument("--split", choices=("dev", "heldout"))
    p_miss.add_argument("--shard", help="K/N: only ids with int(id, 16) %% N == K")
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    if args.cmd == "save":
        return save(args.results, folder)
    if args.cmd == "wanted":
        return wanted(args.urls, folder)
    return missing(folder, args.split, args.shard)


if __name__ == "__main__":
    sys.exit(main())
