"""Outlet layouts of the sample generator: one render function per page layout.

:func:`layouts` maps a layout key to its outlet (the key in ``chainwire.extract.outlets``),
its file-name prefix, the date modes it prints, and its render function, which lives in
:mod:`.newspim`, :mod:`.korean`, :mod:`.english` or :mod:`.families`. Every layout prints the
content of :mod:`chainwire_synth.story`. Adding a layout is a render function plus an entry
here.

====================  =========  ======  =====================================================
layout                outlet     prefix  what it exercises
====================  =========  ======  =====================================================
newspim               newspim    np      desktop dump (the original layout)
newspim_mobile        newspim    npm     기사등록 stamp, 본문내용 marker, old [뉴스핌=이름 기자]
                                         byline, [세종 = 뉴스핌], job titles, [뉴스핌 Newspim]
                                         sign-off, photo-desk captions with their own byline,
                                         captures without title or dates
yonhap                yonhap     yna     (서울=연합뉴스) 이름 이름 기자 =, 송고시간 (glued to the
                                         section), 업데이트 before 송고시간, brand-decorated
                                         document title, (끝), 저작권자(c) footer
newsis                newsis     nsis    [서울=뉴시스]이름 기자 =, 등록/수정 glued or reversed,
                                         byline-led captions, ◎공감언론 뉴시스 sign-off
thepublic             thepublic  tp      [더퍼블릭=이름 기자] glued, 기사승인/승인, "today" date
                                         widget, markdown images + ⓒ photographer credits,
                                         trailing 이름 기자 e-mail / [ 이름 기자 / e-mail ],
                                         [더퍼블릭=(시카고) 이름 특파원] from abroad
koreaherald           koreaherald kh     By NAME, Published : / Updated : (numeric or
                                         English month), (Credit) captions, [ⓒ The Korea Herald]
yonhap_en             yonhap_en  yen     SEOUL, Nov. 2 (Yonhap) --, bare timestamp, (LEAD), (END)
broadcast             ytn        tv      TV script captured line by line: [앵커]/◀ 앵커 ▶/【 앵커멘트 】,
                                         lines broken on particles, anchor hand-over, ◀ INT ▶
portal                news1      ptl     portal copy: font-size widget, (예시) line, scrap/share,
                                         name + stamp line, (서울=뉴스1) or [뉴스1] lead, /뉴스1
reader                asiae      rdr     reader-mode markdown: " date …" capture header, [text](url)
                                         links, ![]() | image cells, caption [사진=…] | cells
english_wire          ajupress   aju     SEOUL, Nov. 2 (Aju Press) - / SEOUL: / Seoul, …--,
                                         [Brand Reporter Name], Written:/Updated:, [CREDIT], BY NAME,
                                         SEOUL (Brand / Yonhap - 2nd November, 2026); foreign outlets
                                         (Singapore, Manila, Taipei) printing their own wall clock
                                         with no zone, or an author card (Name / date / 06:28 GMT)
business              edaily     edl     이름 기자I stamp, 매체 이름 기자, 이름 기자 stamp, 입력 | …,
                                         입력 … (hh:mm), e-mail-first sign-off, #hashtags; other
                                         CMSs: 매체 date time 댓글N, • 이름 / • 승인 … info bar,
                                         labels after times, 기자명 이름 기사전송 …, 경제이름 desk
                                         label, 이름기자@매체 and after-관련태그 sign-offs
headline_first *      thepublic  hf      a capture that opens on its headline: deck lines, the story,
                                         no stamp and often no byline, a cut markdown image, footer
newspim_photo *       newspim    npp     a photo page: one or two photo-desk captions
                                         "[서울=뉴스핌] 이름 기자 = 설명 YYYY.MM.DD e-mail", nothing else
english_deck_photo *  koreaherald khd    the deck under the stamps, right above the top photo's
                                         caption (printed once or twice), then the story
regional *            thepublic  rgn     a regional/small daily's CMS: • 등록 … / • 조회수 N info bar,
                                         [매체/이름 기자]본문, [매체ㅣ이름 기자], [세종=매체 이름 기자],
                                         [매체(세종)=이름 기자], [세종(충남)=매체 이름 기자], 매체 기자 | 본문,
                                         매체 세종취재본부 | 본문, [세종]본문 + 이름 기자(e-mail),
                                         [매체=이름기자]본문, "YYYY-MM-DD  이름 editor" (the day only),
                                         "YYYY-MM-DD HH:MM | 경제 | 이름 기자 | 조회 N" info line,
                                         "이름 기자 | YYYY.MM.DD", "입력 YYYY.MM.DD" / "HH:MM",
                                         captions closed by /이름 기자 or / 뉴시스, comment prompt
broadcast_web *       ytn        tvw     a TV station's web page: the date alone under the headline or
                                         방송일자 + date, <앵커>/<기자>, "YTN 이름 입니다." closer, app menu;
                                         one page in three captured at a fixed width (no blank lines);
                                         a video site's repost: "헤드라인 [저녁 뉴스] / YTN YYYY.MM.DD."
english_summary *     (none)     ens     a reposting/summary site: its name alone on top, a headline
                                         (pictograph-decorated at times), a "- point" summary, empty
                                         Input/Modified labels, the top photo, stamp or none, story;
                                         dated shapes: a date alone (weekday or not), "Date: …",
                                         "Posted by NAME on …", "SEOUL, South Korea, Month D, YYYY
                                         /Wire/ -- " (also over two lines), "Month D, YYYY: " leads
portal_summary *      news1      pts     a portal's copy under its machine summary: headline, name +
                                         stamp, 전체 맥락… notice over three of the story's sentences,
                                         font-size widget, the outlet's deck lines, a [태그] line at
                                         times, (서울=뉴스1) lead, story
english_related *     (none)     enr     a research desk's page captured sidebar first: path line,
                                         headline, a list of labelled long headlines, the headline
                                         again, a deck under it, a Synopsis/Summary box, a standfirst
                                         with its full stop over a "Key Takeaways:" box or none, the
                                         story (no stamp), a site label between its paragraphs, a
                                         desk's card, an agency's tag or a trailer glued to its
                                         last line (© notice, hashtags) at times
unregistered *        (none)     unr     an outlet the registry does not know: [세종=매체 이름 기자],
                                         [매체=이름기자], [매체/이름 기자], [매체 이름 기자], no lead
                                         byline, or a copy (one outlet's lead over another's footer);
                                         a related list of an agency's teasers at times; 저작권자 ©
                                         매체 footer; truth: the printed brand, none for the copy
credit_glued *        thepublic  cgl     a photo credit run into the story: [사진=기관] 본문, 사진=기관 본문,
                                         설명. [사진=기관]본문; a scene caption (… 모습.), one closed by
                                         (c)기관 or a lone ▲/↑↑ caption over [사진 제공 = 기관]; … 했다.
                                         /뉴시스 closing the story; a source link alone
english_station *     (none)     stn     a local TV station's story: CITY, St. (CALL) – lead (the
                                         call sign names the outlet), a caption closed by "| credit",
                                         a WATCH:/VIDEO: pointer, a subscription offer's box between
                                         the paragraphs, Previous/Next article links under the story
site_notice *         (none)     snt     an outlet the registry does not know, named only where the
                                         site speaks of itself: 매체 무단전재 …, <… / 매체>, ⓒ 매체 over
                                         the notice, 이 기사의 저작권은 매체에 있습니다, an ethics
                                         pledge, 헤드라인 < 섹션 < 기사본문 - 매체 printed first,
                                         ▶ 네이버에서 매체 구독하기 or 매체 | 주소 | 대표전화 …
====================  =========  ======  =====================================================

``*``: not in ``outlets="all"`` (the bundled sample predates them); name them to get them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from chainwire.extract.article import Article
from chainwire_synth.story import MODE_CYCLE, SEED_PREFIX

from . import english, families, korean, newspim

DEFAULT_LAYOUTS = ("newspim",)  # a corpus without ``outlets``: the generator's first layout alone
# Layouts outside "all": name them (``outlets="all,headline_first,newspim_photo"`` or one by one).
SHAPE_LAYOUTS = ("headline_first", "newspim_photo", "english_deck_photo", "regional", "broadcast_web",
                 "english_summary", "portal_summary", "english_related", "unregistered", "credit_glued",
                 "english_station", "site_notice")


@dataclass(frozen=True)
class Layout:
    key: str
    outlet: str  # the outlet key the page names ("" for a page that names none)
    prefix: str
    modes: tuple[str, ...]  # date-mode cycle, shuffled per day
    language: str
    render: Callable[..., tuple[str, Article]]  # (env, landing, index, mode, rng, avoid) -> (text, truth)
    # A corpus of this layout alone draws its random streams without the layout key, as the
    # generator did before layouts could be mixed: such corpora stay byte-identical.
    unkeyed_when_alone: bool = False
    # In ``outlets="all"`` (the bundled sample, ``make sample``). Layouts added after the sample was
    # fixed are named explicitly (``SHAPE_LAYOUTS``) so that the sample and its marts stay as they were.
    in_all: bool = True

    def name(self, landing: date, index: int) -> str:
        return f"{self.prefix}-{landing:%Y%m%d}-{index:03d}"


def _registry() -> dict[str, Layout]:
    filled = ("filled", "filled_no_update", "filled", "filled", "filled_no_update")
    return {
        "newspim": Layout("newspim", "newspim", "np", MODE_CYCLE, "ko", newspim.render_newspim_desktop,
                          unkeyed_when_alone=True),
        "newspim_mobile": Layout("newspim_mobile", "newspim", "npm", MODE_CYCLE, "ko", newspim.render_newspim_mobile),
        "yonhap": Layout("yonhap", "yonhap", "yna", filled, "ko", korean.render_yonhap),
        "newsis": Layout("newsis", "newsis", "nsis", filled, "ko", korean.render_newsis),
        "thepublic": Layout("thepublic", "thepublic", "tp",
                            ("filled", "filled_no_update", "blank_relative", "filled", "blank_landing"), "ko",
                            korean.render_thepublic),
        "koreaherald": Layout("koreaherald", "koreaherald", "kh", filled, "en", english.render_koreaherald),
        "yonhap_en": Layout("yonhap_en", "yonhap_en", "yen", ("filled_no_update",), "en", english.render_yonhap_en),
        # layout families met on real pages (families.py)
        "broadcast": Layout("broadcast", "ytn", "tv", ("filled", "filled_no_update", "filled", "blank_landing",
                                                       "filled_no_update"), "ko", families.render_broadcast),
        "portal": Layout("portal", "news1", "ptl", filled, "ko", families.render_portal),
        "reader": Layout("reader", "asiae", "rdr", filled, "ko", families.render_reader),
        "english_wire": Layout("english_wire", "ajupress", "aju", ("filled", "filled_no_update"), "en",
                               families.render_english_wire),
        "business": Layout("business", "edaily", "edl", filled, "ko", families.render_business),
        # page shapes met on real pages after the sample was fixed (not in "all"; see SHAPE_LAYOUTS)
        "headline_first": Layout("headline_first", "thepublic", "hf", ("blank_relative", "blank_landing"), "ko",
                                 families.render_headline_first, in_all=False),
        "newspim_photo": Layout("newspim_photo", "newspim", "npp", ("blank_caption",), "ko",
                                newspim.render_newspim_photo, in_all=False),
        "english_deck_photo": Layout("english_deck_photo", "koreaherald", "khd", ("filled_no_update",), "en",
                                     english.render_english_deck_photo, in_all=False),
        "regional": Layout("regional", "thepublic", "rgn", ("filled_no_update",), "ko", families.render_regional,
                           in_all=False),
        "broadcast_web": Layout("broadcast_web", "ytn", "tvw", ("filled_no_update",), "ko",
                                families.render_broadcast_web, in_all=False),
        "english_summary": Layout("english_summary", "", "ens", ("filled_no_update",), "en",
                                  english.render_english_summary, in_all=False),
        "portal_summary": Layout("portal_summary", "news1", "pts", ("filled_no_update",), "ko",
                                 families.render_portal_summary, in_all=False),
        "english_related": Layout("english_related", "", "enr", ("filled_no_update",), "en",
                                  families.render_english_related, in_all=False),
        "unregistered": Layout("unregistered", "", "unr", ("filled_no_update",), "ko",
                               families.render_unregistered, in_all=False),
        "credit_glued": Layout("credit_glued", "thepublic", "cgl", ("filled_no_update",), "ko",
                               families.render_credit_glued, in_all=False),
        "english_station": Layout("english_station", "", "stn", ("filled_no_update",), "en",
                                  english.render_english_station, in_all=False),
        "site_notice": Layout("site_notice", "", "snt", ("filled_no_update",), "ko",
                              families.render_site_notice, in_all=False),
    }


_LAYOUTS = _registry()


def layouts() -> dict[str, Layout]:
    return _LAYOUTS


def resolve(outlets) -> tuple[str, ...]:
    """``None``/"newspim" → Newspim desktop only; "all" → every layout; else a list or
    comma-separated string of layout keys (an outlet key stands for its layouts)."""
    table = layouts()
    if outlets is None:
        return DEFAULT_LAYOUTS
    if isinstance(outlets, str):
        if outlets.strip().lower() == "all":
            return tuple(k for k, lay in table.items() if lay.in_all)
        outlets = [x.strip() for x in outlets.split(",") if x.strip()]
    keys: list[str] = []
    for x in outlets:
        if x in table:
            keys.append(x)
            continue
        if x.lower() == "all":
            keys += [k for k, lay in table.items() if lay.in_all]
            continue
        by_outlet = [k for k, lay in table.items() if lay.outlet == x and lay.in_all]
        if not by_outlet:
            raise ValueError(f"unknown layout or outlet {x!r}; known: {', '.join(table)}")
        keys += by_outlet
    out = tuple(dict.fromkeys(keys))
    if not out:
        raise ValueError("no layouts selected")
    return out


def stream_key(layout: Layout, keyed: bool) -> str:
    """The part of a page's seed string that names its layout ("" for an unkeyed corpus)."""
    return f"{layout.key}:" if keyed else ""


def day_modes(seed: int, day: date, layout: Layout, n: int, keyed: bool = True) -> list[str]:
    """The date modes of ``layout``'s ``n`` pages of one landing day: its cycle, shuffled per day."""
    rng = random.Random(f"{SEED_PREFIX}:{seed}:{day.isoformat()}:{stream_key(layout, keyed)}modes")
    modes: list[str] = []
    while len(modes) < n:
        cycle = list(layout.modes)
        rng.shuffle(cycle)
        modes += cycle
    return modes[:n]
