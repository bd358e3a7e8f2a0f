"""How the publish time holds on ENGLISH date-line forms no rule was written from: made-up lines on made-up pages.

    PYTHONPATH=include python bench/realpages/english_date_probe.py [--verbose]

The second group of ``stamp_format_probe.py`` (whose English skeletons it reuses): date lines as English-language
news sites print them — AP months (``Aug.``, ``Sept.``), the date written out or day-first, weekday prefixes,
12-hour clocks with ``a.m.``/``PM``, US and other zone abbreviations (``ET``/``EDT``/``EST``/``CT``/``PT``/``PDT``,
``GMT``/``BST``/``UTC``/``CET``, ``KST``/``JST``/``SGT``/``HKT``), ISO stamps, a label before or a byline beside,
a list dash in front, a category or a role word on the line, a reading-time widget glued behind. Each variant is
put into every English skeleton (under the headline, beside the byline, first line of a headless capture, and
under the headline of a page whose site bar prints TODAY's date above the masthead — a date the parser must never
take) and parsed as a landed page (bytes only). Right when the publish and update times both are
(``bench_realpages.time_ok``: the same instant, or the same day for a date alone). A zone the line names is that
zone's offset on that day (``ET`` in August is ``-04:00``); no zone, the parser's default (KST), as the index
labels an outlet without a home zone. Every line, name and story is invented; no page of the corpus is read.

The ``CHECK`` variants were written with the others (k6, session 10), before the probe was first run and before
any rule was measured against it; they are never tuned on: a rule that fixes a ``PROBE`` variant and not its
``CHECK`` sibling fits the probe, not the form. Rounds 2 and 3 (``probe2``/``check2``, ``probe3``/``check3``; k4, session
17) were written the same way, round 3 after reading the study half's misses.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from stamp_format_probe import EN_HEAD, EN_STORY, print_totals, probe_main, score_variant  # noqa: E402

# skeleton name → page with {stamp}
SKELETONS = {
    "en-under-head": EN_HEAD + "By Jane Roe\n{stamp}\n" + EN_STORY,
    "en-with-byline": EN_HEAD + "By Jane Roe | {stamp}\n" + EN_STORY,
    "en-headless": "{stamp}\n" + EN_STORY,
    "en-today-bar": "Monday, November 2, 2026\n" + EN_HEAD + "By Jane Roe\n{stamp}\n" + EN_STORY,
}

# (set, shape, stamp text, published label, updated label): labels as the index writes them
VARIANTS: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    # AP-style abbreviated months, the date alone
    ("probe", "ap-date", "Aug. 1, 2025", "2025-08-01", None),
    ("check", "ap-date", "Sept. 3, 2025", "2025-09-03", None),
    # day-first, the month written out
    ("probe", "day-first", "1 August 2025", "2025-08-01", None),
    ("check", "day-first", "Tuesday 4 March 2025", "2025-03-04", None),
    # "at" and a.m./p.m. with a US zone
    ("probe", "at-ampm-zone", "August 1, 2025 at 3:48 p.m. EDT", "2025-08-01T15:48-04:00", None),
    ("check", "at-ampm-zone", "March 4, 2025 at 11:15 a.m. EST", "2025-03-04T11:15-05:00", None),
    # the time and zone before the date
    ("probe", "time-first", "Published 3:48 AM EDT Aug 1, 2025", "2025-08-01T03:48-04:00", None),
    ("check", "time-first", "Published 11:15 PM EST Jan 14, 2025", "2025-01-14T23:15-05:00", None),
    # weekday, day-first, a dotted 24-hour time, a British zone
    ("probe", "uk-dotted", "Published: Fri 1 Aug 2025 03.48 BST", "2025-08-01T03:48+01:00", None),
    ("check", "uk-dotted", "Posted: Mon 3 Mar 2025 11.15 GMT", "2025-03-03T11:15+00:00", None),
    # ISO stamps
    ("probe", "iso", "2025-08-01T03:48:00Z", "2025-08-01T03:48+00:00", None),
    ("check", "iso", "Published: 2025-03-04T11:15:00-05:00", "2025-03-04T11:15-05:00", None),
    # US numeric dates
    ("probe", "us-numeric", "08/21/2025", "2025-08-21", None),
    ("check", "us-numeric", "Published 12/23/2025", "2025-12-23", None),
    # weekday + abbreviated month + 12-hour time + "ET"
    ("probe", "weekday-et", "Fri, Aug 1, 2025, 3:48 AM ET", "2025-08-01T03:48-04:00", None),
    ("check", "weekday-et", "Tue, Mar 4, 2025, 11:15 PM PT", "2025-03-04T23:15-08:00", None),
    # a reading-time widget glued behind the zone
    ("probe", "glued-read", "Friday, August 1, 2025 3:48 am ET1min read", "2025-08-01T03:48-04:00", None),
    ("check", "glued-read", "Tuesday, March 4, 2025 11:15 am ET3 min read", "2025-03-04T11:15-05:00", None),
    # a reading-time widget beside a date alone
    ("probe", "read-widget", "Aug 1, 2025 · 5 min read", "2025-08-01", None),
    ("check", "read-widget", "4 min read · Mar 4, 2025", "2025-03-04", None),
    # a list dash or bullet in front
    ("probe", "list-dash", "- Aug 1, 2025", "2025-08-01", None),
    ("check", "list-dash", "• Mar 4, 2025", "2025-03-04", None),
    # an ISO date, a category and a role word on one line
    ("probe", "iso-category", "2025-08-01 Industry Editor", "2025-08-01", None),
    ("check", "iso-category", "2025-03-04 Economy Reporter", "2025-03-04", None),
    # a category line carrying a UTC stamp
    ("probe", "category-utc", "Economy | Aug 1, 2025 03:48 UTC", "2025-08-01T03:48+00:00", None),
    ("check", "category-utc", "World News Mar 4, 2025 11:15 UTC", "2025-03-04T11:15+00:00", None),
    # "Posted on … by NAME"
    ("probe", "posted-on-by", "Posted on August 1, 2025 by Jane Roe", "2025-08-01", None),
    ("check", "posted-on-by", "Posted on March 4, 2025 by Jane Roe", "2025-03-04", None),
    # a byline and the date, a bar or a dot between
    ("probe", "byline-date", "By Jane Roe | Aug 1, 2025", "2025-08-01", None),
    ("check", "byline-date", "By Jane Roe · Mar 4, 2025", "2025-03-04", None),
    # central and Pacific zones, bars between the parts
    ("probe", "us-zones", "Aug 1, 2025 3:48 PM PT", "2025-08-01T15:48-07:00", None),
    ("probe", "us-zones", "August 1, 2025 / 3:48 PM / CT", "2025-08-01T15:48-05:00", None),
    ("check", "us-zones", "Mar 4, 2025 11:15 AM CT", "2025-03-04T11:15-06:00", None),
    ("check", "us-zones", "June 4, 2025 | 9:30 PM | PDT", "2025-06-04T21:30-07:00", None),
    # Asian and European zones
    ("probe", "other-zones", "Published 1 August 2025, 03:48 JST", "2025-08-01T03:48+09:00", None),
    ("probe", "other-zones", "Aug 1, 2025 3:48 PM SGT", "2025-08-01T15:48+08:00", None),
    ("probe", "other-zones", "15 Jan 2025 09:48 CET", "2025-01-15T09:48+01:00", None),
    ("check", "other-zones", "Published 4 March 2025, 11:15 KST", "2025-03-04T11:15+09:00", None),
    ("check", "other-zones", "Mar 4, 2025 11:15 AM HKT", "2025-03-04T11:15+08:00", None),
    ("check", "other-zones", "4 Jun 2025 09:48 BST", "2025-06-04T09:48+01:00", None),
    # publish and update on one line
    ("probe", "pub-upd", "Published Aug 1, 2025 3:48 AM ET | Updated Aug 1, 2025 5:02 AM ET",
     "2025-08-01T03:48-04:00", "2025-08-01T05:02-04:00"),
    ("check", "pub-upd", "Updated: Mar 4, 2025 at 1:02 p.m. ET · Published: Mar 4, 2025 at 11:15 a.m. ET",
     "2025-03-04T11:15-05:00", "2025-03-04T13:02-05:00"),
    # --- round 2 (k4, session 17): forms of US regional papers, trade sites, Asian English dailies and wires; PROBE2
    # and CHECK2 written together before their first run and before the corpus was read; CHECK2 never tuned on.
    # AP months with a.m./p.m. and ET, no "at", no comma before the clock
    ("probe2", "ap-pm-et", "Aug. 1, 2025 3:48 p.m. ET", "2025-08-01T15:48-04:00", None),
    ("check2", "ap-pm-et", "Jan. 14, 2025 9:05 p.m. ET", "2025-01-14T21:05-05:00", None),
    # the publish date and a relative update: the update has no instant
    ("probe2", "relative-update", "Published Aug 1, 2025 · Updated 2 hours ago", "2025-08-01", None),
    ("check2", "relative-update", "March 4, 2025 | Last updated 5 min ago", "2025-03-04", None),
    # a relative time alone: no instant at all
    ("probe2", "relative-only", "3 hours ago", None, None),
    ("check2", "relative-only", "Updated 45 minutes ago", None, None),
    # "Last updated" after the publish stamp
    ("probe2", "last-updated", "Published Aug 1, 2025 3:48 PM EDT Last updated Aug 1, 2025 5:02 PM EDT",
     "2025-08-01T15:48-04:00", "2025-08-01T17:02-04:00"),
    ("check2", "last-updated", "First published: March 4, 2025 11:15 AM ET; Last updated: March 5, 2025 9:02 AM ET",
     "2025-03-04T11:15-05:00", "2025-03-05T09:02-05:00"),
    # GMT or UTC with an offset
    ("probe2", "gmt-offset", "Aug 1, 2025 15:48 (GMT+9)", "2025-08-01T15:48+09:00", None),
    ("check2", "gmt-offset", "2025-03-04 11:15 GMT+09:00", "2025-03-04T11:15+09:00", None),
    ("check2", "gmt-offset", "March 4, 2025, 11:15 AM UTC+8", "2025-03-04T11:15+08:00", None),
    # South and South-East Asian zones
    ("probe2", "asia-zones", "Aug 1, 2025 3:48 PM IST", "2025-08-01T15:48+05:30", None),
    ("check2", "asia-zones", "March 4, 2025 11:15 AM PHT", "2025-03-04T11:15+08:00", None),
    ("check2", "asia-zones", "4 March 2025 11:15 WIB", "2025-03-04T11:15+07:00", None),
    # a dash between the date and the clock
    ("probe2", "date-dash-clock", "August 1, 2025 — 3:48 PM EDT", "2025-08-01T15:48-04:00", None),
    ("check2", "date-dash-clock", "Mar 4, 2025 - 11:15 AM EST", "2025-03-04T11:15-05:00", None),
    # "Posted" and a US numeric date with a clock and zone
    ("probe2", "posted-numeric", "Posted: 08/01/2025 3:48 PM EDT", "2025-08-01T15:48-04:00", None),
    ("check2", "posted-numeric", "Posted 3/4/2025 11:15 AM ET", "2025-03-04T11:15-05:00", None),
    # the clock and zone, then a day-first date
    ("probe2", "clock-zone-dayfirst", "15:48 BST, 1 August 2025", "2025-08-01T15:48+01:00", None),
    ("check2", "clock-zone-dayfirst", "11:15 GMT, 4 March 2025", "2025-03-04T11:15+00:00", None),
    # a day-first date with a 12-hour clock and a zone, capitals meridiem glued
    ("probe2", "dayfirst-12h", "01 Aug 2025 03:48PM SGT", "2025-08-01T15:48+08:00", None),
    ("check2", "dayfirst-12h", "04 Mar 2025 11:15AM KST", "2025-03-04T11:15+09:00", None),
    # --- round 3 (k4, session 17): the study half's post-meta kind in other words, written after reading it and
    # before its own first run; CHECK3 never tuned on. A blog theme's `by NAME | DATE | categories` line:
    ("probe3", "post-meta", "by Jane Roe | Aug 1, 2025 | Business, World", "2025-08-01", None),
    ("probe3", "post-meta", "by | 2025-08-01 | News", "2025-08-01", None),
    ("check3", "post-meta", "by admin | Mar 4, 2025 | Economy | 0 comments", "2025-03-04", None),
    ("check3", "post-meta", "by | 2025-03-04 | Markets, Asia", "2025-03-04", None),
    # --- round 4 (k4, session 17): more forms of US and British regional sites, written after the first landing and
    # before its own first run; CHECK4 never tuned on. A weekday, the date, a dash and a 24-hour clock with its zone:
    ("probe4", "weekday-dash-clock", "Published: Friday, August 1, 2025 - 15:48 GMT", "2025-08-01T15:48+00:00", None),
    ("check4", "weekday-dash-clock", "Posted: Tuesday, March 4, 2025 - 11:15 EST", "2025-03-04T11:15-05:00", None),
    # an ordinal day first
    ("probe4", "ordinal-day-first", "1st August 2025 15:48 BST", "2025-08-01T15:48+01:00", None),
    ("check4", "ordinal-day-first", "4th March 2025, 11:15 GMT", "2025-03-04T11:15+00:00", None),
    # "Originally/First published" as the publish label
    ("probe4", "first-published", "Originally published Aug 1, 2025", "2025-08-01", None),
    ("check4", "first-published", "First published on March 4, 2025", "2025-03-04", None),
    # a leading zero day and a US zone
    ("probe4", "zero-day", "Aug 01, 2025 03:48 PM EDT", "2025-08-01T15:48-04:00", None),
    ("check4", "zero-day", "Mar 04, 2025 09:05 AM CST", "2025-03-04T09:05+08:00", None),
)


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per probe set ("probe", "check"; "probe2", "check2"; "probe3", "check3"; "probe4", "check4")."""
    totals: dict[str, list[int]] = {}
    for kind, shape, stamp, pub, upd in VARIANTS:
        totals.setdefault(kind, [0, 0])
        pages = [(name, skeleton.replace("{stamp}", stamp)) for name, skeleton in SKELETONS.items()]
        score_variant(totals, kind, shape, stamp, pages, pub, upd, verbose)
    return print_totals(totals)


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser read where a variant is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
