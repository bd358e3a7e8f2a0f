"""How a site's own line above the headline moves the title: a probe of the title rules on real pages.

    PYTHONPATH=include python bench/realpages/title_probe.py [--dir data/realpages]

For every development page whose headline the parser gets right (held-out pages are never read), one
line of site chrome is put above the page — a skip link, a menu, a widget label, written for this probe
(Korean lines on Korean pages, English on English), none of them in a chrome list — and the page is parsed
again. Printed: per line, how many pages lose their headline. An unseen outlet's page differs from the
pages the rules were written on in exactly such lines, so the figure says how much the title rules lean on
chrome the parser already knows.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_dir, load_index, norm, page_path, sha1  # noqa: E402

from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2026, 11, 2)
PROBE_EN = ("Skip to main content", "Jump to navigation", "Open main menu", "Search this site",
            "You are here: Home » News » Business", "Follow us on social media", "Sign in to your account",
            "Download our app", "Breaking News Ticker", "Share this article")
PROBE_KO = ("본문으로 건너뛰기", "메뉴 열기 닫기", "로그인 회원가입", "많이 본 뉴스 더보기", "오늘의 주요 뉴스",
            "모바일 버전으로 보기", "앱 다운로드 받기", "실시간 인기 기사")


def _title(data: bytes) -> str | None:
    art = extract_raw(data, "probe.txt", LANDING, None)[0].article
    return norm(art.title) if art is not None and art.title else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help="corpus folder (default data/realpages or $CHAINWIRE_REALPAGES_DIR)")
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    pages = [r for r in load_index() if r["split"] == "dev" and r["title"] and page_path(folder, r["id"]).exists()]
    if not pages:
        print(f"SKIPPED: no development pages under {folder}")
        return 0
    lost: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    for rec in pages:
        data = page_path(folder, rec["id"]).read_bytes()
        if data.startswith(b" date ") or sha1(_title(data) or "") != rec["title"]["sha1"]:
            continue  # (a reader capture's header must stay the first line; a page already wrong proves nothing)
        for line in PROBE_EN if rec["language"] == "en" else PROBE_KO:
            tried[line] += 1
            lost[line] += sha1(_title(line.encode() + b"\n" + data) or "") != rec["title"]["sha1"]
    print("pages that lose their headline to one site line above it (development pages whose headline is right):")
    for line in PROBE_KO + PROBE_EN:
        print(f"  {lost[line]:4d} / {tried[line]:<4d} {line}")
    total, n = sum(lost.values()), sum(tried.values())
    print(f"all: {total} / {n} ({100.0 * total / n:.1f} %)" if n else "all: nothing to probe")
    return 0


if __name__ == "__main__":
    sys.exit(main())
