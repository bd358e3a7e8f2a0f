"""How the dateline holds on lead FORMS no rule was written from: made-up leads on made-up pages.

    PYTHONPATH=include python bench/realpages/dateline_probe.py [--verbose]

Each lead below opens the first paragraph of a made-up story (Korean leads on a Korean page, English on an
English one; the headline and a labelled stamp above it) and the page is parsed as it would land. Counted per
lead: the dateline right (the place, as the index labels it: ``JACKSON COUNTY`` for ``JACKSON COUNTY, Ga. -``,
``BUSAN`` for ``BUSAN, South Korea —``; none where the lead names no place) and the story's first words right
(the lead's marks never left in the body). Every place is a real city or county, every name, brand and story
invented; no page of the corpus is read. The ``check`` leads were written with the others, before any rule was
measured against this probe, and are never tuned on.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))

from chainwire.extract import parse_text_page  # noqa: E402

LANDING = date(2019, 1, 3)
_KO_PAGE = "가상일보\n가상 소재기업, 음극재 공장 착공\n입력 2019.01.02 15:20\n{lead}{story}\n" \
           "회사는 내년부터 공장을 지어 모두 2천억 원을 투자하고 직원 190명을 채용할 계획이다.\n"
_KO_STORY = "가상 소재기업이 산업단지에 음극재 공장을 짓는다고 2일 밝혔다."
_EN_PAGE = "Invented Herald\nInvented maker breaks ground on an anode plant\nPublished: January 2, 2019 3:20 PM\n" \
           "{lead}{story}\nThe company plans to invest 200 billion won and hire about 190 workers, it said.\n"
_EN_STORY = "An invented materials maker said on Wednesday it would build an anode plant."

# (set, shape, language, lead, dateline as labelled)
LEADS: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("probe", "place=brand", "ko", "[세종=가상일보] 홍길동 기자 = ", "세종"),
    ("probe", "place=brand", "ko", "(서울=가상일보) 홍길동 기자 = ", "서울"),
    ("check", "place=brand", "ko", "[베이징=가상일보] 홍길동 특파원 = ", "베이징"),
    ("check", "place=brand", "ko", "[부산=가상일보 홍길동 기자] ", "부산"),
    ("probe", "brand=brand", "ko", "[가상일보=가상일보] 홍길동 기자 = ", None),
    ("check", "brand=brand", "ko", "(가상뉴스=가상뉴스) ", None),
    ("probe", "wire", "en", "SEOUL, Jan. 2 (Invented Wire) -- ", "SEOUL"),
    ("probe", "wire", "en", "SEOUL — ", "SEOUL"),
    ("check", "wire", "en", "TOKYO, Jan. 2 (Invented Wire) - ", "TOKYO"),
    ("check", "wire", "en", "SEOUL (Invented Wire) — ", "SEOUL"),
    ("probe", "region", "en", "BUSAN, South Korea — ", "BUSAN"),
    ("check", "region", "en", "FRANKFURT, Germany — ", "FRANKFURT"),
    ("probe", "us-state", "en", "JACKSON COUNTY, Ga. - ", "JACKSON COUNTY"),
    ("probe", "us-state", "en", "Sacramento, Calif. — ", "Sacramento"),
    ("check", "us-state", "en", "NEW YORK, N.Y. -- ", "NEW YORK"),
    ("check", "us-state", "en", "AUSTIN, Texas — ", "AUSTIN"),
    ("probe", "dated", "en", "SEOUL, Jan. 2, 2019 /Invented Newswire/ -- ", "SEOUL"),
    ("check", "dated", "en", "Seoul, Jan 2: ", "Seoul"),
    # --- the second set (k4, session 12): two Korean lead forms the development misses showed, written before
    # their first run; the CHECK leads are never tuned on. A regional paper's place and brand split by a slash:
    ("probe2", "place/brand", "ko", "[광양/가상방송] ", "광양"),
    ("probe2", "place/brand", "ko", "[목포/가상일보 홍길동 기자] ", "목포"),
    ("check2", "place/brand", "ko", "[여수/가상신문] ", "여수"),
    ("check2", "place/brand", "ko", "(순천/가상타임즈) ", "순천"),
    ("check2", "brand/brand", "ko", "[가상일보/가상방송] ", None),
    # a press-release wire's lead: the place, dashes, the wire in parentheses, dashes
    ("probe2", "place--(wire)--", "ko", "서울--(가상와이어)-- ", "서울"),
    ("probe2", "place--(wire)--", "ko", "서울–(가상뉴스와이어)–", "서울"),
    ("check2", "place--(wire)--", "ko", "부산—(가상와이어)— ", "부산"),
    ("check2", "place--(wire)--", "ko", "서울--(가상와이어) 2019년 01월 02일 -- ", "서울"),
    # --- the third set (k3, session 13): lead forms of foreign and English-language outlets and two Korean bracket
    # forms, written before their first run; the CHECK leads are never tuned on. A place and a colon (South and
    # Southeast Asian papers):
    ("probe3", "place:", "en", "SINGAPORE: ", "SINGAPORE"),
    ("check3", "place:", "en", "NEW DELHI: ", "NEW DELHI"),
    # a place and a date, no wire
    ("probe3", "place-date", "en", "WASHINGTON, March 4 — ", "WASHINGTON"),
    ("check3", "place-date", "en", "TOKYO, Aug. 1 -- ", "TOKYO"),
    # the place in mixed case with a date and a wire
    ("probe3", "mixed-case", "en", "Seoul, March 4 (Invented Wire) - ", "Seoul"),
    ("check3", "mixed-case", "en", "Busan, Aug 1 (Invented Wire) -- ", "Busan"),
    # the place and the wire in parentheses and a colon
    ("probe3", "place(wire):", "en", "HANOI (Invented Wire): ", "HANOI"),
    ("check3", "place(wire):", "en", "JAKARTA (Invented Wire): ", "JAKARTA"),
    # full-width brackets around place=brand
    ("probe3", "【place=brand】", "ko", "【서울=가상일보】 홍길동 기자 = ", "서울"),
    ("check3", "【place=brand】", "ko", "【부산=가상일보】 박가상 기자 = ", "부산"),
    # a place alone in brackets
    ("probe3", "[place]", "ko", "[창원] ", "창원"),
    ("check3", "[place]", "ko", "【광주】 ", "광주"),
    # --- the fourth set (k3, session 13): written after set 3's first run and after reading the study half's misses,
    # before its own first run; CHECK never tuned on. A place and its comma, the date the capture dropped:
    ("probe4", "place,-", "en", "SEOUL, - ", "SEOUL"),
    ("check4", "place,-", "en", "TOKYO, — ", "TOKYO"),
    ("check4", "place,-", "en", "BUSAN, -- ", "BUSAN"),
    # an agency's or a site's initials (no vowel: no place), a dash, the story: no dateline, the initials dropped
    ("probe4", "initials-", "en", "VNP - ", None),
    ("check4", "initials-", "en", "KBT – ", None),
    # --- the fifth set (k3, session 15): lead forms of outlets nobody has read, written at the session's start before
    # their first run and before any page was read; CHECK never tuned on. Two reporters in a Korean lead:
    ("probe5", "two-reporters", "ko", "(서울=가상뉴스) 홍길동·이몽룡 기자 = ", "서울"),
    ("check5", "two-reporters", "ko", "[대전=가상일보] 박가상, 최가상 기자 = ", "대전"),
    # spaces inside the brackets around the equals sign
    ("probe5", "spaced-equals", "ko", "[서울 = 가상일보] 홍길동 기자 = ", "서울"),
    ("check5", "spaced-equals", "ko", "( 부산 = 가상뉴스 ) 이몽룡 기자 = ", "부산"),
    # place=brand and the equals sign with no reporter
    ("probe5", "no-reporter", "ko", "(인천=가상뉴스) = ", "인천"),
    ("check5", "no-reporter", "ko", "[울산=가상일보] = ", "울산"),
    # a country after the place, then the date and the wire
    ("probe5", "region-wire", "en", "Seoul, South Korea, Jan. 2 (Invented Wire) — ", "Seoul"),
    ("check5", "region-wire", "en", "JAKARTA, Indonesia, Jan 2 (Harbor Wire) - ", "JAKARTA"),
    # a US place with its state and the date
    ("probe5", "state-date", "en", "WASHINGTON, D.C., Jan. 2 — ", "WASHINGTON"),
    ("check5", "state-date", "en", "DETROIT, Mich., Jan. 2, 2019 -- ", "DETROIT"),
    # a place, the date with its year, a dash
    ("probe5", "place-full-date", "en", "SEOUL, January 2, 2019 — ", "SEOUL"),
    ("check5", "place-full-date", "en", "LONDON, 2 January 2019 - ", "LONDON"),
    # --- the sixth set (k3, session 15): written after set 5's rules, before its own first run; CHECK never tuned on.
    # A Korean bracket lead glued to the name and the equals sign:
    ("probe6", "glued-ko", "ko", "[서울=가상일보]홍길동 기자= ", "서울"),
    ("check6", "glued-ko", "ko", "(세종=가상뉴스)이몽룡 기자= ", "세종"),
    # a release wire between slashes with a date and no year
    ("probe6", "slash-wire-noyear", "en", "BUSAN, March 4 /Invented Newswire/ -- ", "BUSAN"),
    ("check6", "slash-wire-noyear", "en", "TOKYO, Aug. 1 /Harbor Newswire/ — ", "TOKYO"),
    # two places joined by a slash, a date and a wire
    ("probe6", "two-places", "en", "SEOUL/TOKYO, Jan 2 (Invented Wire) - ", "SEOUL/TOKYO"),
    ("check6", "two-places", "en", "BEIJING/SHANGHAI (Harbor Wire) — ", "BEIJING/SHANGHAI"),
    # --- the seventh set (k3, session 15): the kinds of the two lead misses of the study half of the session's new
    # outlets, in other words, written after reading them and before their own first run; CHECK never tuned on. A
    # client's credit and the wire's in one parenthesis after a full date; the day in parentheses after the place:
    ("probe7", "dated-client/wire", "en", "JAKARTA, April 22, 2025 (Invented/Harbor Wire) - ", "JAKARTA"),
    ("check7", "dated-client/wire", "en", "MANILA, Aug. 1, 2025 (Gazette/Invented Wire) — ", "MANILA"),
    ("check7", "dated-client/wire", "en", "SEOUL, January 2, 2019 (Invented News / Harbor Wire) -- ", "SEOUL"),
    ("probe7", "place(day):", "en", "KOTA KINABALU (March 31): ", "KOTA KINABALU"),
    ("check7", "place(day):", "en", "KUCHING (Aug 1): ", "KUCHING"),
    ("check7", "place(day):", "en", "PENANG (Jan. 2) - ", "PENANG"),
    # --- the eighth set (k3, session 15): written after the second landing, before its own first run; CHECK never
    # tuned on. A place in mixed case with its date and no wire; a place and its country before the wire:
    ("probe8", "mixed-date", "en", "Seoul, March 4 -- ", "Seoul"),
    ("check8", "mixed-date", "en", "Tokyo, Aug. 1 — ", "Tokyo"),
    ("probe8", "region-then-wire", "en", "SEOUL, South Korea (Invented Wire) — ", "SEOUL"),
    ("check8", "region-then-wire", "en", "Hanoi, Vietnam (Harbor Wire) - ", "Hanoi"),
    # --- the ninth set (k3, session 16): written at the session's start, before its first run and before any page was
    # read; CHECK never tuned on. The brand first inside a Korean bracket, then the place and the reporter:
    ("probe9", "brand place=name", "ko", "[가상일보 세종=홍길동 기자] ", "세종"),
    ("check9", "brand place=name", "ko", "[가상뉴스 광주=이몽룡 기자] ", "광주"),
    ("check9", "brand place=name", "ko", "(가상일보 대구=박가상 기자) ", "대구"),
    # the dash glued to the wire's closing parenthesis
    ("probe9", "glued-dash", "en", "SEOUL, Jan. 2 (Invented Wire)—", "SEOUL"),
    ("check9", "glued-dash", "en", "TOKYO (Harbor Wire)–", "TOKYO"),
    # the place, its country and the date all in capitals
    ("probe9", "caps-country-date", "en", "ULSAN, SOUTH KOREA, JAN. 2 (Invented Wire) - ", "ULSAN"),
    ("check9", "caps-country-date", "en", "OSAKA, JAPAN, JAN 2 — ", "OSAKA"),
    # --- the tenth set (k4, session 17): English leads of US regional papers, wires and Asian English dailies, written
    # before their first run and before any page was read; CHECK never tuned on. A place with an abbreviation's dot:
    ("probe10", "dotted-place", "en", "ST. LOUIS — ", "ST. LOUIS"),
    ("check10", "dotted-place", "en", "ST. PAUL, Minn. (Invented Wire) — ", "ST. PAUL"),
    ("check10", "dotted-place", "en", "FT. LAUDERDALE, Fla. -- ", "FT. LAUDERDALE"),
    # a hyphen or an apostrophe inside the place
    ("probe10", "hyphen-place", "en", "WINSTON-SALEM, N.C. — ", "WINSTON-SALEM"),
    ("check10", "hyphen-place", "en", "COEUR D'ALENE, Idaho (Invented Wire) - ", "COEUR D'ALENE"),
    ("check10", "hyphen-place", "en", "WILKES-BARRE — ", "WILKES-BARRE"),
    # an en dash after the wire
    ("probe10", "en-dash", "en", "SEOUL, Aug 1 (Invented Wire) – ", "SEOUL"),
    ("check10", "en-dash", "en", "TOKYO (Harbor Wire) – ", "TOKYO"),
    # a one-word wire of a Korean or Asian English daily
    ("probe10", "one-word-wire", "en", "SEOUL, Jan. 2 (Gasang) -- ", "SEOUL"),
    ("check10", "one-word-wire", "en", "BUSAN, Jan. 2 (Hanbit) -- ", "BUSAN"),
    # the wire alone, its dashes doubled, at the very start
    ("probe10", "wire-only", "en", "(Gasang) -- ", None),
    ("check10", "wire-only", "en", "(Hanbit) — ", None),
    # a Korean bracket of the brand and the reporter, no place
    ("probe10", "brand=name", "ko", "[가상경제TV=홍길동 기자] ", None),
    ("check10", "brand=name", "ko", "[한빛일보=이몽룡 기자] ", None),
    # --- the eleventh set (k4, session 17): the study half's English lead kind in other words, written after reading it
    # and before its own first run; CHECK never tuned on. The place in capitals alone in square brackets:
    ("probe11", "[PLACE]", "en", "[JAKARTA] ", "JAKARTA"),
    ("check11", "[PLACE]", "en", "[KUALA LUMPUR] ", "KUALA LUMPUR"),
    ("check11", "[PLACE]", "en", "[SINGAPORE] ", "SINGAPORE"),
    # --- the twelfth set (k4, session 17): written after the first landing and before its own first run; CHECK never
    # tuned on. A US postal abbreviation after the place:
    ("probe12", "postal-state", "en", "NEW YORK, NY — ", "NEW YORK"),
    ("check12", "postal-state", "en", "LOS ANGELES, CA -- ", "LOS ANGELES"),
    # a local TV station's call sign as the wire
    ("probe12", "call-sign", "en", "ATLANTA (WXIV) — ", "ATLANTA"),
    ("check12", "call-sign", "en", "DENVER (KQRT) - ", "DENVER"),
    # the wire first, then the place and a dash
    ("probe12", "wire-then-place", "en", "(Invented Wire) SEOUL — ", "SEOUL"),
    ("check12", "wire-then-place", "en", "(Harbor Wire) TOKYO - ", "TOKYO"),
)

# Leads that open with a place's name but are no dateline: nothing read, and the words stay in the story (set 3).
KEPT_LEADS: tuple[tuple[str, str, str, str], ...] = (
    ("probe3", "place-based", "en", "SEOUL-based "),
    ("check3", "place-based", "en", "BUSAN-based "),
    ("probe3", "place-based", "ko", "서울 소재 "),
    ("check3", "place-based", "ko", "부산 지역 "),
    # set 5: a place's possessive or a place as the sentence's subject opens the story: no dateline
    ("probe5", "place-subject", "en", "Seoul's "),
    ("check5", "place-subject", "en", "Busan city officials said "),
    ("probe5", "place-subject", "ko", "서울시는 "),
    ("check5", "place-subject", "ko", "부산항 관계자는 "),
    # set 9: a place and a comma opening an ordinary sentence (a list of places), no dash: no dateline
    ("probe9", "place-list", "en", "SEOUL, Busan and Incheon are the three ports where "),
    ("check9", "place-list", "en", "Tokyo, Osaka and Nagoya officials said "),
    # set 10: a country's initials and a comma opening a headline-like sentence; a place and an em dash inside the
    # sentence: no dateline
    ("probe10", "initials-comma", "en", "U.S., Korean officials said "),
    ("check10", "initials-comma", "en", "EU, Japanese negotiators said "),
)

# Set 4: a line in capitals with a colon standing where the story's first paragraph is (a link to another story, a
# video's label): no dateline. Checked: nothing read as the dateline.
CAPS_LINES: tuple[tuple[str, str, str], ...] = (
    ("probe4", "caps-colon", "READ MORE: INVENTED MAKER OPENS A SECOND PLANT\n"),
    ("check4", "caps-colon", "WATCH: HOW THE INVENTED GRID STORES WIND POWER\n"),
)


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per set ("probe", "check", "probe2", "check2", "probe3", "check3"): a lead is right when its
    dateline and the story's start are."""
    totals: dict[str, list[int]] = {}
    for kind, shape, lang, lead, want in LEADS:
        totals.setdefault(kind, [0, 0])
        page, story = (_KO_PAGE, _KO_STORY) if lang == "ko" else (_EN_PAGE, _EN_STORY)
        art = parse_text_page(page.format(lead=lead, story=story), "probe.txt", landing_date=LANDING)
        got = art.dateline
        ok_dl = (got or None) == want
        ok_body = bool(art.paragraphs) and art.paragraphs[0].startswith(story[:20])
        totals[kind][0] += ok_dl and ok_body
        totals[kind][1] += 1
        print(f"  {kind}  {shape:<12} dateline {'right' if ok_dl else 'WRONG'}  body start "
              f"{'right' if ok_body else 'WRONG'}  {lead.strip()}")
        if verbose and not (ok_dl and ok_body):
            print(f"      read {got!r}; body opens {art.paragraphs[0][:24] if art.paragraphs else None!r}")
    for kind, shape, lang, lead in KEPT_LEADS:
        totals.setdefault(kind, [0, 0])
        page, story = (_KO_PAGE, _KO_STORY) if lang == "ko" else (_EN_PAGE, _EN_STORY)
        story = story[0].lower() + story[1:] if lang == "en" else story
        art = parse_text_page(page.format(lead=lead, story=story), "probe.txt", landing_date=LANDING)
        ok_dl = not art.dateline
        ok_body = bool(art.paragraphs) and art.paragraphs[0].startswith((lead + story)[:20])
        totals[kind][0] += ok_dl and ok_body
        totals[kind][1] += 1
        print(f"  {kind}  {shape:<12} dateline {'right' if ok_dl else 'WRONG'}  body start "
              f"{'right' if ok_body else 'WRONG'}  {lead.strip()} (no dateline)")
        if verbose and not (ok_dl and ok_body):
            print(f"      read {art.dateline!r}; body opens {art.paragraphs[0][:24] if art.paragraphs else None!r}")
    for kind, shape, line in CAPS_LINES:
        totals.setdefault(kind, [0, 0])
        art = parse_text_page(_EN_PAGE.format(lead=line, story=_EN_STORY), "probe.txt", landing_date=LANDING)
        ok_dl = not art.dateline
        totals[kind][0] += ok_dl
        totals[kind][1] += 1
        print(f"  {kind}  {shape:<12} dateline {'right' if ok_dl else 'WRONG'}  {line.strip()} (no dateline)")
        if verbose and not ok_dl:
            print(f"      read {art.dateline!r}")
    for kind, (right, tried) in totals.items():
        print(f"{kind} leads: {right} / {tried} right")
    return {k: (v[0], v[1]) for k, v in totals.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--verbose", action="store_true", help="what the parser read where a lead is wrong")
    args = ap.parse_args(argv)
    run(args.verbose)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
