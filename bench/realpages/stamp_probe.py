"""How another story's or the site's own dated line moves the publish time: a probe of the stamp rules on real pages.

    PYTHONPATH=include python bench/realpages/stamp_probe.py [--dir data/realpages] [--ids FILE]

For every development page whose publish (and update) time the parser gets right (held-out pages are never
read; ``--ids`` limits the pages, e.g. to a study or blind half), one dated line written for this probe is put
above the page (a clock, a news ticker, a latest-news line) or under it (a related list, a comment, a most-read
box: another story's date and time, none of them in a chrome list), and the page is parsed again. Printed: per
line, how many pages lose their publish or update time. An unseen outlet's page differs from the pages the rules
were written on in exactly such lines. The check lines were written before any rule was measured against the
probe and are never tuned on. Pages that open on a reader capture's header (`` date YYYY-MM-DD …``) are probed
only under the story (the header must stay the first line).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DIR_HELP, corpus_dir, dev_pages, page_path  # noqa: E402

from bench_realpages import read_ids, time_ok  # noqa: E402
from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2026, 11, 2)
# Every line made up for the probe: dates of 2018-2019, invented stories, names and sites.
TOP_KO = ("2019.01.02 (수) 09:30", "[속보] 가상 기관 새 지침 발표 2019-01-02 10:00", "최신기사 2019.01.02 09:30")
END_KO = ("관련기사\n가상 업계 다른 소식 전해 2019.01.02 10:00\n가상 시장 또 다른 소식 2019-01-03 11:20",
          "댓글 2\n가상닉네임 2019.01.02 10:00\n좋은 기사 잘 읽었습니다",
          "많이 본 뉴스\n1 가상 기관의 다른 발표 2019-01-02 10:00")
TOP_EN = ("Wednesday, January 2, 2019 9:30 AM", "Breaking: Invented agency issues new rules January 2, 2019 10:00",
          "Latest news 2019-01-02 09:30")
END_EN = ("Related Articles\nAnother invented story for the probe January 2, 2019 10:00\n"
          "A second invented story Jan 3, 2019 11:20 AM",
          "2 Comments\nInventedUser · January 2, 2019 at 10:00 am\nGreat article, thanks",
          "Most Read\n1 Another invented story for the probe 2019-01-02 10:00")
# Check lines, written before any rule was measured against the probe, never tuned on
CHECK_TOP_KO = ("[단독] 가상 그룹 새 공장 착공 2018.12.30 08:15", "지금 뜨는 기사 2018-12-30 08:15",
                "2018년 12월 30일 일요일 08:15")
CHECK_END_KO = ("이 기자의 다른 기사\n가상 업계의 또 다른 소식 2018.12.30 08:15",
                "댓글쓰기\n익명의 독자 2018-12-30 08:15 신고\n공감합니다", "포토뉴스\n가상 행사 현장 모습 2018.12.30")
CHECK_TOP_EN = ("Sunday, December 30, 2018 08:15", "Trending: Invented firm opens a new plant Dec 30, 2018 8:15 AM",
                "Editor's desk • December 30, 2018 8:15 am")
CHECK_END_EN = ("More from this author\nAnother made-up report on invented markets December 30, 2018 08:15",
                "Leave a comment\nReaderName says: December 30, 2018 at 8:15 am\nThanks for this",
                "Editor's picks\nA made-up feature on imaginary ports Dec. 30, 2018")


def _times(data: bytes):
    art = extract_raw(data, "probe.txt", LANDING, None)[0].article
    return (art.published_at if art.published_at_source == "page_field" else None), art.updated_at


def _right(times, rec: dict) -> bool:
    published, updated = times
    return time_ok(published, rec["published"]) and time_ok(updated, rec["updated"])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    ap.add_argument("--ids", type=Path, help="probe only the page ids listed in FILE (as chainwire bench realpages)")
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    wanted = read_ids(args.ids) if args.ids else None
    pages = [r for r in dev_pages(folder) if r["published"] and (wanted is None or r["id"] in wanted)]
    if not pages:
        print(f"SKIPPED: no development pages with a labelled publish time under {folder}")
        return 0
    lost: Counter[tuple[str, str, str]] = Counter()
    tried: Counter[tuple[str, str, str]] = Counter()
    right = 0
    for rec in pages:
        data = page_path(folder, rec["id"]).read_bytes()
        if not _right(_times(data), rec):
            continue  # a page already wrong proves nothing
        right += 1
        en = rec["language"] == "en"
        text = data.decode("utf-8", "replace")
        for kind, where, lines in (
                ("probe", "above", TOP_EN if en else TOP_KO), ("probe", "under", END_EN if en else END_KO),
                ("check", "above", CHECK_TOP_EN if en else CHECK_TOP_KO),
                ("check", "under", CHECK_END_EN if en else CHECK_END_KO)):
            for line in lines:
                if where == "above" and text.startswith(" date "):
                    continue
                probe = f"{line}\n{text}" if where == "above" else f"{text.rstrip()}\n\n{line}\n"
                tried[kind, where, line] += 1
                lost[kind, where, line] += not _right(_times(probe.encode()), rec)
    print(f"{len(pages)} development pages with a labelled publish time, {right} right before the probe")
    for kind, where, line in tried:
        print(f"  {kind}  {where}  {lost[kind, where, line]:3d} / {tried[kind, where, line]:3d}   {line.splitlines()[0]}"
              + (" / …" if "\n" in line else ""))
    for kind in ("probe", "check"):
        for where in ("above", "under"):
            n = sum(v for (k, w, _), v in tried.items() if (k, w) == (kind, where))
            x = sum(v for (k, w, _), v in lost.items() if (k, w) == (kind, where))
            print(f"{kind} lines {where} the page: {x} / {n} ({100 * x / n if n else 0:.1f} %) lose a time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
