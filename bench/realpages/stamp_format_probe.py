"""How the publish/update time holds on stamp FORMS no rule was written from: made-up stamps on made-up pages.

    PYTHONPATH=include python bench/realpages/stamp_format_probe.py [--verbose]

``stamp_probe.py`` puts another story's dated line on real pages; this probe asks the other question: does the
parser read the page's own stamp when an unseen outlet prints it in a form of its own? Each stamp variant below
(one failure shape of issue #12 each: 오전/오후 and 12-hour English times, zones, a time in brackets, a view
counter after the date, a stamp glued to other labels, a label and its time split over two lines, markdown and
table captures, a date alone on a headless capture, …) is put into each page skeleton (a Korean or an English
made-up story: stamp under the headline, stamp beside the byline, stamp on the first line of a headless
capture) and parsed as a landed page (bytes only). Printed: per variant, in how many skeletons the publish and
update times both come out right (``bench_realpages.time_ok``, the bench's own check). Every line, name and
story is invented; no page of the corpus is read.

The ``CHECK`` variants were written with the others, before any rule was measured against this probe, and are
never tuned on: a rule that fixes a ``PROBE`` variant and not its ``CHECK`` sibling fits the probe, not the form.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_realpages import time_ok  # noqa: E402
from chainwire.extract.dispatch import extract_raw  # noqa: E402

LANDING = date(2026, 11, 2)

_KO_HEAD = "가상일보\n가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자\n"
_KO_STORY = ("[가상시=가상일보] 홍길동 기자 = 가상 소재기업이 새만금 산업단지에 음극재 공장을 짓는다고 2일 밝혔다.\n"
             "회사는 내년부터 공장을 지어 2026년까지 모두 2천억 원을 투자하고 직원 190명을 채용할 계획이다.\n"
             "가상시는 이번 투자로 지역 이차전지 공급망이 한층 두터워질 것으로 기대했다.\n"
             "회사 관계자는 \"원료 조달부터 생산까지 한곳에서 하는 체계를 갖추겠다\"고 말했다.\n"
             "ⓒ 가상일보 무단전재 및 재배포 금지\n")
_KO_STORY_PLAIN = _KO_STORY.split(" = ", 1)[1]
EN_HEAD = "Invented Herald\nInvented materials maker breaks ground on anode plant in Saemangeum\n"
EN_STORY = ("SEOUL -- An invented materials maker said on Wednesday it would build an anode plant in Saemangeum.\n"
             "The company plans to invest 200 billion won by 2026 and hire about 190 workers, it said.\n"
             "Officials of the invented city said the plant would deepen the region's battery supply chain.\n"
             "\"We will handle everything from raw materials to production in one place,\" a company official said.\n"
             "Copyright Invented Herald. All rights reserved.\n")

# skeleton name → (language, page with {stamp})
SKELETONS = {
    "ko-under-head": ("ko", _KO_HEAD + "{stamp}\n" + _KO_STORY),
    "ko-with-byline": ("ko", _KO_HEAD + "홍길동 기자 | {stamp}\n" + _KO_STORY_PLAIN),
    "ko-headless": ("ko", "{stamp}\n" + _KO_STORY_PLAIN),
    "en-under-head": ("en", EN_HEAD + "By Jane Roe\n{stamp}\n" + EN_STORY),
    "en-with-byline": ("en", EN_HEAD + "By Jane Roe | {stamp}\n" + EN_STORY),
    "en-headless": ("en", "{stamp}\n" + EN_STORY),
}

# (set, shape, language, stamp text, published label, updated label): labels as the index writes them
VARIANTS: tuple[tuple[str, str, str, str, str | None, str | None], ...] = (
    # 오전/오후
    ("probe", "ampm-ko", "ko", "입력 2019.01.02 오후 3:20", "2019-01-02T15:20+09:00", None),
    ("probe", "ampm-ko", "ko", "입력 2019-01-02 오전 9:05 | 수정 2019-01-02 오후 1:10",
     "2019-01-02T09:05+09:00", "2019-01-02T13:10+09:00"),
    ("check", "ampm-ko", "ko", "등록 2019. 1. 2. 오후 3:20", "2019-01-02T15:20+09:00", None),
    # a time in brackets or parentheses
    ("probe", "bracket-time", "ko", "기사입력 2019/01/02 [15:20]", "2019-01-02T15:20+09:00", None),
    ("check", "bracket-time", "ko", "입력 : 2019.01.02 [15:20]", "2019-01-02T15:20+09:00", None),
    ("check", "bracket-time", "ko", "승인 2019.01.02 (15:20)", "2019-01-02T15:20+09:00", None),
    # a counter after the date
    ("probe", "view-counter", "ko", "2019-01-02 15:20 조회 303", "2019-01-02T15:20+09:00", None),
    ("check", "view-counter", "ko", "입력 2019.01.02 15:20 조회수 1,204", "2019-01-02T15:20+09:00", None),
    # Korean units
    ("probe", "ko-units", "ko", "게재 2019년 01월 02일 15시 20분", "2019-01-02T15:20+09:00", None),
    ("check", "ko-units", "ko", "입력 2019년 1월 2일 15:20", "2019-01-02T15:20+09:00", None),
    # labels after their times, several stamps on a line
    ("probe", "label-after", "ko", "2019.01.02 15:20 입력 | 2019.01.02 16:05 수정",
     "2019-01-02T15:20+09:00", "2019-01-02T16:05+09:00"),
    ("check", "label-after", "ko", "등록 2019-01-02 15:20:11 수정 2019-01-02 16:05:09",
     "2019-01-02T15:20:11+09:00", "2019-01-02T16:05:09+09:00"),
    # glued to other labels
    ("probe", "glued", "ko", "산업입력2019-01-02 15:20", "2019-01-02T15:20+09:00", None),
    ("probe", "glued", "en", "Category: IndustryDate: January 2, 2019 15:20Source: Invented Wire",
     "2019-01-02T15:20+09:00", None),
    ("check", "glued", "en", "Section: MarketsPublished: Jan 2, 2019 15:20Author: Jane Roe",
     "2019-01-02T15:20+09:00", None),
    # zones
    ("probe", "zone", "ko", "입력 2019.01.02 15:20 KST", "2019-01-02T15:20+09:00", None),
    ("probe", "zone", "en", "Published: January 2, 2019 3:20 PM IST", "2019-01-02T15:20+05:30", None),
    ("probe", "zone", "en", "Jan. 2, 2019 3:20 p.m. ET", "2019-01-02T15:20-05:00", None),
    ("check", "zone", "en", "Posted: 2 January 2019, 15:20 GMT", "2019-01-02T15:20+00:00", None),
    ("check", "zone", "en", "Published 02 Jan 2019 15:20 KST", "2019-01-02T15:20+09:00", None),
    # 12-hour English, the date written out
    ("probe", "en-12h", "en", "Published: January 2, 2019 3:20 PM", "2019-01-02T15:20+09:00", None),
    ("probe", "en-12h", "en", "Posted on January 2, 2019 at 3:20 pm", "2019-01-02T15:20+09:00", None),
    ("probe", "en-12h", "en", "January 2, 2019 | 3:20 PM", "2019-01-02T15:20+09:00", None),
    ("check", "en-12h", "en", "Wed, Jan 2, 2019, 3:20 PM", "2019-01-02T15:20+09:00", None),
    ("check", "en-12h", "en", "Published Jan 2, 2019 at 03:20 PM", "2019-01-02T15:20+09:00", None),
    # update and publish printed together
    ("probe", "pub-upd-en", "en", "Published: Jan 2, 2019 3:20 PM | Updated: Jan 2, 2019 5:00 PM",
     "2019-01-02T15:20+09:00", "2019-01-02T17:00+09:00"),
    ("check", "pub-upd-en", "en", "Last Updated: Jan 2, 2019 5:00 PM Published: Jan 2, 2019 3:20 PM",
     "2019-01-02T15:20+09:00", "2019-01-02T17:00+09:00"),
    # a date alone (the page's date, no time)
    ("probe", "date-only", "en", "January 2, 2019", "2019-01-02", None),
    ("probe", "date-only", "ko", "2019-01-02", "2019-01-02", None),
    ("check", "date-only", "en", "Jan 2, 2019", "2019-01-02", None),
    ("check", "date-only", "ko", "2019.01.02", "2019-01-02", None),
    # ISO stamps of a feed
    ("probe", "iso", "en", "2019-01-02T15:20:00+09:00", "2019-01-02T15:20+09:00", None),
    ("check", "iso", "en", "Published 2019-01-02T06:20:00Z", "2019-01-02T15:20+09:00", None),
    # markdown and table captures of a stamp
    ("probe", "markdown", "ko", "**입력** 2019.01.02 15:20", "2019-01-02T15:20+09:00", None),
    ("probe", "markdown", "ko", "| 입력 | 2019.01.02 15:20 |", "2019-01-02T15:20+09:00", None),
    ("probe", "markdown", "en", "*Published: January 2, 2019 3:20 PM*", "2019-01-02T15:20+09:00", None),
    ("check", "markdown", "ko", "- 입력 2019.01.02 15:20", "2019-01-02T15:20+09:00", None),
    ("check", "markdown", "en", "| Published | Jan 2, 2019 15:20 |", "2019-01-02T15:20+09:00", None),
    # a label and its time over two lines
    ("probe", "split", "ko", "입력\n2019.01.02 15:20", "2019-01-02T15:20+09:00", None),
    ("probe", "split", "en", "Published\nJanuary 2, 2019 3:20 PM", "2019-01-02T15:20+09:00", None),
    ("check", "split", "ko", "입력 2019.01.02\n15:20", "2019-01-02T15:20+09:00", None),
    # relative times: no absolute time on the page, nothing to read
    ("probe", "relative", "ko", "입력 3시간 전", None, None),
    ("check", "relative", "en", "Published 3 hours ago", None, None),
)


def page_times(page: str):
    """(published, updated) the parser reads from a made-up page; a publish time not read from the page is None."""
    art = extract_raw(page.encode(), "probe.txt", LANDING, None)[0].article
    return (art.published_at if art.published_at_source == "page_field" else None), art.updated_at


def score_pages(totals: dict[str, list[int]], kind: str, shape: str, shown: str, pages: list[tuple[str, str]],
                judge: Callable[[str], tuple[bool, str]], verbose: bool) -> None:
    """Each (name, page) given judged by ``judge`` (right?, what was read): add (right, tried) to ``totals[kind]``,
    print one line (and, verbose, what was read where wrong)."""
    right, wrong_in = 0, []
    for name, page in pages:
        ok, read = judge(page)
        right += ok
        if not ok:
            wrong_in.append(f"{name}: {read}")
    totals[kind][0] += right
    totals[kind][1] += len(pages)
    print(f"  {kind}  {shape:<13} {right}/{len(pages)}  {shown}")
    if verbose:
        for w in wrong_in:
            print(f"      wrong in {w}")


def score_variant(totals: dict[str, list[int]], kind: str, shape: str, stamp: str, pages: list[tuple[str, str]],
                  pub: str | None, upd: str | None, verbose: bool) -> None:
    """One stamp variant in each (name, page) given: add (right, tried) to ``totals[kind]``, print one line."""
    def judge(page: str) -> tuple[bool, str]:
        published, updated = page_times(page)
        return time_ok(published, pub) and time_ok(updated, upd), f"{published} / {updated}"

    score_pages(totals, kind, shape, stamp.replace("\n", " ⏎ "), pages, judge, verbose)


def print_totals(totals: dict[str, list[int]]) -> dict[str, tuple[int, int]]:
    for kind, (right, tried) in totals.items():
        print(f"{kind} variants: {right} / {tried} right ({100 * right / tried:.1f} %)")
    return {k: (v[0], v[1]) for k, v in totals.items()}


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per probe set ("probe", "check")."""
    totals: dict[str, list[int]] = {"probe": [0, 0], "check": [0, 0]}
    for kind, shape, lang, stamp, pub, upd in VARIANTS:
        pages = [(name, skeleton.replace("{stamp}", stamp)) for name, (sk_lang, skeleton) in SKELETONS.items()
                 if sk_lang == lang and not ("\n" in stamp and "with-byline" in name)]
        score_variant(totals, kind, shape, stamp, pages, pub, upd, verbose)
    return print_totals(totals)


def probe_main(doc: str | None, run: Callable[[bool], object], verbose_help: str, argv: list[str] | None) -> int:
    """The probes' command line: their docstring as ``--help``, ``--verbose`` to show what the parser read."""
    ap = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help=verbose_help)
    run(ap.parse_args(argv).verbose)
    return 0


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser read where a variant is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
