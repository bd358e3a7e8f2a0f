"""How a site's own line around the headline moves the title and deck: a probe of the rules on real pages.

    PYTHONPATH=include python bench/realpages/title_probe.py [--dir data/realpages]

For every development page whose headline the parser gets right (held-out pages are never read), one
line of site chrome is put above the page — a skip link, a menu, a widget label, written for this probe
(Korean lines on Korean pages, English on English), none of them in a chrome list — and the page is parsed
again; then, on the pages whose deck is right too, a site button label is put right under the headline.
Printed: per line, how many pages lose their headline (or their deck). An unseen outlet's page differs from
the pages the rules were written on in exactly such lines, so the figures say how much the title and deck
rules lean on chrome the parser already knows.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DIR_HELP, corpus_dir, deck_line, dev_pages, norm, page_path, sha1  # noqa: E402

from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2026, 11, 2)
PROBE_EN = ("Skip to main content", "Jump to navigation", "Open main menu", "Search this site",
            "You are here: Home » News » Business", "Follow us on social media", "Sign in to your account",
            "Download our app", "Breaking News Ticker", "Share this article")
PROBE_KO = ("본문으로 건너뛰기", "메뉴 열기 닫기", "로그인 회원가입", "많이 본 뉴스 더보기", "오늘의 주요 뉴스",
            "모바일 버전으로 보기", "앱 다운로드 받기", "실시간 인기 기사")
UNDER_EN = ("Share this article", "Listen to this story", "Print this page now", "Save to reading list",
            "Text size smaller larger")
UNDER_KO = ("기사 공유하기 버튼", "글자 크기 조절하기", "기사 저장 및 인쇄", "음성으로 기사 듣기", "이 기사를 추천해요")
# Written after the rules of 2026-12-06 (session 7) were tuned on the lines above (the "above" check lines
# before the headline-choice rule of that session was written), and never tuned on: how the rules hold on
# site lines they were not written from
CHECK_ABOVE_KO = ("지금 많이 읽는 기사", "메인 화면으로 이동", "전체 서비스 보기", "구독 신청 안내", "이 시각 주요 소식")
CHECK_ABOVE_EN = ("Back to the homepage", "Trending stories right now", "Menu and search options", "Latest headlines for you")
CHECK_KO = ("링크 복사하기", "인쇄 화면으로 보기", "글씨 키우기 줄이기", "북마크에 담아두기", "구독하고 알림 받기")
CHECK_EN = ("Copy link to clipboard", "Increase font size", "Add to favourites", "Read in our app")


def _head(data: bytes) -> tuple[str, list[str]]:
    art = extract_raw(data, "probe.txt", LANDING, None)[0].article
    if art is None:
        return "", []
    return sha1(norm(art.title or "")), sorted(sha1(deck_line(d)) for d in art.subtitle_lines if deck_line(d))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    pages = [r for r in dev_pages(folder) if r["title"]]
    if not pages:
        print(f"SKIPPED: no development pages under {folder}")
        return 0
    lost: Counter[tuple[str, str]] = Counter()
    tried: Counter[tuple[str, str]] = Counter()
    for rec in pages:
        data = page_path(folder, rec["id"]).read_bytes()
        title, deck = _head(data)
        if data.startswith(b" date ") or title != rec["title"]["sha1"]:
            continue  # (a reader capture's header must stay the first line; a page already wrong proves nothing)
        en = rec["language"] == "en"
        for line in (PROBE_EN + CHECK_ABOVE_EN) if en else (PROBE_KO + CHECK_ABOVE_KO):
            tried["above", line] += 1
            lost["above", line] += _head(line.encode() + b"\n" + data)[0] != title
        lines = data.decode("utf-8", "replace").split("\n")
        at = next((k for k, s in enumerate(lines) if sha1(norm(s)) == title), None)
        if at is None or deck != sorted(d["sha1"] for d in rec["deck"]):
            continue
        for line in (UNDER_EN + CHECK_EN) if en else (UNDER_KO + CHECK_KO):
            probe = "\n".join([*lines[:at + 1], line, *lines[at + 1:]]).encode()
            tried["under", line] += 1
            lost["under", line] += _head(probe) != (title, deck)
    print("pages that lose their headline to one site line above it (development pages whose headline is right),")
    print("then pages that lose headline or deck to a site button label under the headline:")
    groups = (("above", PROBE_KO + PROBE_EN), ("above", CHECK_ABOVE_KO + CHECK_ABOVE_EN), ("under", UNDER_KO + UNDER_EN),
              ("under", CHECK_KO + CHECK_EN))
    for name, group in groups:
        for line in group:
            print(f"  {name}  {lost[name, line]:4d} / {tried[name, line]:<4d} {line}")
    for (name, group), title in zip(groups, ("above", "above (check lines)", "under", "under (check lines)"), strict=True):
        total, n = sum(lost[name, x] for x in group), sum(tried[name, x] for x in group)
        print(f"{title}: {total} / {n} ({100.0 * total / n:.1f} %)" if n else f"{title}: nothing to probe")
    return 0


if __name__ == "__main__":
    sys.exit(main())
