"""How a site's own line inside the story moves the body: a probe of the body rules on real pages.

    PYTHONPATH=include python bench/realpages/body_probe.py [--dir data/realpages]

For every development page whose body start, body end and furniture the parser gets right (held-out pages
are never read) and whose body has four paragraphs or more, one site line is put on its own line right
under the story's first paragraph — a button, a promotion, another story's headline, written for this probe
(Korean lines on Korean pages, English on English), none of them in a chrome list — and the page is parsed
again. Printed, per line: how many pages keep it in the body, and how many lose their body start or end.
A control puts a heading made of the story's own words there instead (the first words of its third
paragraph: what a subheading inside a story looks like) and counts the pages that lose it: the rules must
drop site lines, not the story's headings. The line goes where the whole first paragraph is printed (a caption above
the story may open on the same words). Nothing of a page's text is printed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import DIR_HELP, corpus_dir, dev_pages, page_path  # noqa: E402

from bench_realpages import LANDING, score_page  # noqa: E402
from chainwire.extract.dispatch import extract_raw  # noqa: E402

# Written before the probe was first run (session 8, k2), after the rules of that session; never tuned on
PROBE_EN = ("Tip Jar Corner", "Weekend Crossword Answers", "Download Our Free App",
            "Quirky Kitten Wins Regional Yodelling Contest After Surprise Encore")
PROBE_KO = ("오늘의 운세", "이벤트 당첨자 발표", "구독 신청 안내", "무료 웹툰 보기")
MIN_PARAGRAPHS = 4
CONTROL_WORDS_EN, CONTROL_WORDS_KO = 4, 2


def _control(paragraph: str, english: bool) -> str:
    """A heading of the story's own words: the first words of one of its paragraphs, no full stop."""
    words = paragraph.split()[: CONTROL_WORDS_EN if english else CONTROL_WORDS_KO]
    return " ".join(words).rstrip(".,;:!?\"'”’")


def _paragraph_at(text: str, paragraph: str) -> int:
    """Where the page prints the story's first paragraph: the first place its first 30 characters stand where the
    whole paragraph follows (a caption or a deck above the story may open on the same words: session 14, k1), else
    the first place they stand at all."""
    head = paragraph[:30]
    at = text.find(head)
    first = at
    while at >= 0:
        if text.startswith(paragraph, at):
            return at
        at = text.find(head, at + 1)
    return first


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dir", help=DIR_HELP)
    args = ap.parse_args(argv)
    folder = corpus_dir(args.dir)
    pages = dev_pages(folder)
    if not pages:
        print(f"SKIPPED: no development page under {folder}")
        return 0
    left: Counter[str] = Counter()
    broke: Counter[str] = Counter()
    tried: Counter[str] = Counter()
    for rec in pages:
        raw = page_path(folder, rec["id"]).read_bytes()
        art = extract_raw(raw, "probe.txt", LANDING, None)[0].article
        if art is None or len(art.paragraphs) < MIN_PARAGRAPHS:
            continue
        right = score_page(rec, art)
        if not (right.get("body_start") and right.get("body_end") and right.get("furniture")):
            continue
        text = raw.decode("utf-8", "replace")
        at = _paragraph_at(text, art.paragraphs[0])
        cut = text.find("\n", at) if at >= 0 else -1
        if cut < 0:
            continue
        english = rec["language"] == "en"
        control = _control(art.paragraphs[2], english)
        for line in (*(PROBE_EN if english else PROBE_KO), "control"):
            put = control if line == "control" else line
            probed = text[:cut] + "\n\n" + put + "\n\n" + text[cut + 1:]
            got = extract_raw(probed.encode("utf-8"), "probe.txt", LANDING, None)[0].article
            tried[line] += 1
            kept = got is not None and put in got.paragraphs
            left[line] += kept if line != "control" else not kept
            after = score_page(rec, got)
            broke[line] += not (after.get("body_start") and after.get("body_end"))
    print(f"{len(pages)} development pages; a line put under the first paragraph of those whose body is right:")
    for line in (*PROBE_EN, *PROBE_KO):
        print(f"  {line[:48]:<48} left in the body {left[line]:4d} / {tried[line]:4d}   body start/end lost {broke[line]:3d}")
    probes = sum(tried.values()) - tried["control"]
    print(f"  all site lines: left in the body {sum(left.values()) - left['control']} / {probes},"
          f" body start/end lost {sum(broke.values()) - broke['control']}")
    print(f"  control (a heading of the story's own words): dropped {left['control']} / {tried['control']},"
          f" body start/end lost {broke['control']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
