"""How the reporters (and the dateline) hold on byline FORMS no rule was written from: made-up bylines on made-up pages.

    PYTHONPATH=include python bench/realpages/byline_probe.py [--verbose]

Bylines are a closed vocabulary of forms: a name and a role word (``기자``, ``특파원``, ``선임기자``, ``논설위원``,
``에디터``, ``PD``, …), an e-mail beside it, a bracketed brand, a wire lead ``(place=brand) name 기자 =``, the role
word first, task words (``글·사진``, ``정리``), two names joined by ``·`` or a space, a sign-off under the story, a
profile card, and in English ``By``, ``Written by``, ``Name, Wire``, a role line, wire credits (``Reporting by …;
Editing by …``: the reporting names are authors, the editing names are not). Some credits name no author: a photo
credit (``사진=홍길동 기자``), an anchor and the camera or editing credits of a broadcast script, a staff line.
Each variant fills the slots of a made-up Korean, English or broadcast page (``head``: a line under the headline,
``lead``: the opening of the first paragraph, ``photo``: a caption line inside the story, ``end``: a line under
its last paragraph, ``anchor``: the anchor's hand-over) and the page is parsed as it would land (bytes only).
Right when the bench's own checks (``bench_realpages.score_page``) pass for the reporters, the dateline, and the
story's first and last 40 characters (a byline never left in the body). Every name, outlet and story is
invented; no page of the corpus is read. Session 15 (k2) adds set 10: writers told apart from photographers, editors,
anchors and crews, bylines in brackets and at the end; session 16 (k2) set 11: the outlet after the writer, the brand
alone in brackets before the writer, a desk before the name, a card's links, an editorial board; session 17 (k4)
sets 12 and 12b: English bylines of the newer outlets' kinds, a blog theme's post meta, credits glued to the last sentence.

The ``CHECK`` variants were written with the others (k5, session 11), before the probe was first run and before
any rule was measured against it; they are never tuned on: a rule that fixes a ``PROBE`` variant and not its
``CHECK`` sibling fits the probe, not the form.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "include"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import norm, sha1  # noqa: E402
from stamp_format_probe import LANDING, print_totals, probe_main  # noqa: E402

from bench_realpages import score_page  # noqa: E402
from chainwire.extract.dispatch import extract_raw  # noqa: E402

_KO_PARAS = ("가상 소재기업이 새만금 산업단지에 음극재 공장을 짓는다고 4일 밝혔다.",
             "회사는 내년부터 공장을 지어 2027년까지 모두 2천억 원을 투자하고 직원 190명을 채용할 계획이다.",
             "가상시는 이번 투자로 지역 이차전지 공급망이 한층 두터워질 것으로 기대했다.",
             "회사 관계자는 \"원료 조달부터 생산까지 한곳에서 하는 체계를 갖추겠다\"고 말했다.")
_EN_PARAS = ("An invented materials maker said on Tuesday it would build an anode plant in Saemangeum.",
             "The company plans to invest 200 billion won by 2027 and hire about 190 workers, it said.",
             "Officials of the invented city said the plant would deepen the region's battery supply chain.",
             "\"We will handle everything from raw materials to production in one place,\" an official said.")
_TV_PARAS = ("가상 소재기업이 새만금 산업단지에 음극재 공장을 짓기로 했습니다.",
             "회사는 2027년까지 모두 2천억 원을 투자하고 직원 190명을 채용할 계획입니다.",
             "가상시는 지역 이차전지 공급망이 한층 두터워질 것으로 기대하고 있습니다.")


def _page(head: str, paras: tuple[str, ...], foot: str) -> str:
    return head + "{lead}" + paras[0] + "\n{photo}" + "\n".join(paras[1:]) + "\n{end}" + foot


# skeleton name → (page with slots, paragraphs, the lead and its dateline when a variant gives none)
SKELETONS: dict[str, tuple[str, tuple[str, ...], str, str | None]] = {
    "ko": (_page("한빛일보\n가상 소재기업, 새만금에 음극재 공장 착공…2천억 투자\n{head}입력 2025.03.04 11:15\n",
                 _KO_PARAS, "ⓒ 한빛일보 무단전재 및 재배포 금지\n"), _KO_PARAS, "", None),
    "en": (_page("Harbor Ledger\nInvented materials maker breaks ground on anode plant\n{head}"
                 "Published: March 4, 2025 11:15 AM\n", _EN_PARAS, "Copyright Harbor Ledger. All rights reserved.\n"),
           _EN_PARAS, "SEOUL — ", "SEOUL"),
    "en-tv": (_page("Harbor TV\nInvented materials maker breaks ground on anode plant\nPublished: March 4, 2025 11:15 AM\n"
                    "An invented materials maker is building an anode plant in Saemangeum. {anchor}\n", _EN_PARAS,
                    "Copyright Harbor TV. All rights reserved.\n"), _EN_PARAS, "", None),
    # the last paragraph with a credit glued after it on the same line (set 12b)
    "en-glue": (_page("Harbor Ledger\nInvented materials maker breaks ground on anode plant\n{head}"
                      "Published: March 4, 2025 11:15 AM\n", _EN_PARAS[:-1] + (_EN_PARAS[-1] + " {glue}",),
                      "Copyright Harbor Ledger. All rights reserved.\n"), _EN_PARAS, "SEOUL — ", "SEOUL"),
    "tv": (_page("한빛방송\n가상 소재기업, 새만금에 음극재 공장 착공\n입력 2025.03.04 11:15\n[앵커]\n"
                 "가상 소재기업이 새만금에 음극재 공장을 짓습니다. {anchor}\n[리포트]\n",
                 _TV_PARAS, "ⓒ 한빛방송 무단전재 및 재배포 금지\n"), _TV_PARAS, "", None),
}

# (set, shape, skeleton, slots, reporters as labelled, dateline as labelled — None: the skeleton's own)
VARIANTS: tuple[tuple[str, str, str, dict[str, str], tuple[str, ...], str | None], ...] = (
    # a name and the role word on a line of its own
    ("probe", "name-role", "ko", {"head": "홍길동 기자"}, ("홍길동",), None),
    ("check", "name-role", "ko", {"head": "박서연 기자"}, ("박서연",), None),
    # the role word glued to the name
    ("probe", "glued-role", "ko", {"head": "홍길동기자"}, ("홍길동",), None),
    ("check", "glued-role", "ko", {"head": "윤서준기자 ysj@gasangilbo.com"}, ("윤서준",), None),
    # an e-mail beside the name
    ("probe", "name-email", "ko", {"head": "홍길동 기자 hong@hanbit.co.kr"}, ("홍길동",), None),
    ("check", "name-email", "ko", {"head": "이수민 기자 (smlee@garam.kr)"}, ("이수민",), None),
    # the role word first
    ("probe", "role-first", "ko", {"head": "기자 홍길동"}, ("홍길동",), None),
    ("check", "role-first", "ko", {"head": "기자 정하늘 sky@garam.kr"}, ("정하늘",), None),
    # a bracketed brand and byline opening the story
    ("probe", "bracket-brand", "ko", {"lead": "[한빛일보 홍길동 기자] "}, ("홍길동",), None),
    ("check", "bracket-brand", "ko", {"lead": "[가람경제 김민준 기자] "}, ("김민준",), None),
    # a wire lead: (place=brand) name 기자 =
    ("probe", "wire-lead", "ko", {"lead": "(서울=한빛뉴스) 홍길동 기자 = "}, ("홍길동",), "서울"),
    ("probe", "wire-lead", "ko", {"lead": "[세종=한빛뉴스]홍길동 기자 = "}, ("홍길동",), "세종"),
    ("check", "wire-lead", "ko", {"lead": "(부산=가람통신) 최지우 기자 = "}, ("최지우",), "부산"),
    ("check", "wire-lead", "ko", {"lead": "【광주=가람뉴스】김철수 기자 = "}, ("김철수",), "광주"),
    # task words before the name
    ("probe", "task-words", "ko", {"head": "글·사진 홍길동 기자"}, ("홍길동",), None),
    ("probe", "task-words", "ko", {"end": "정리=홍길동 기자"}, ("홍길동",), None),
    ("check", "task-words", "ko", {"head": "글·사진=박서연 기자"}, ("박서연",), None),
    ("check", "task-words", "ko", {"end": "정리 이수민 기자"}, ("이수민",), None),
    # two names, one role word
    ("probe", "two-names", "ko", {"head": "홍길동·김철수 기자"}, ("홍길동", "김철수"), None),
    ("probe", "two-names", "ko", {"head": "홍길동 김철수 기자"}, ("홍길동", "김철수"), None),
    ("check", "two-names", "ko", {"head": "이수민ㆍ정하늘 기자"}, ("이수민", "정하늘"), None),
    ("check", "two-names", "ko", {"head": "박서연 윤서준 기자"}, ("박서연", "윤서준"), None),
    # role words other than 기자
    ("probe", "titles", "ko", {"head": "홍길동 선임기자"}, ("홍길동",), None),
    ("probe", "titles", "ko", {"head": "홍길동 특파원"}, ("홍길동",), None),
    ("probe", "titles", "ko", {"head": "홍길동 객원기자"}, ("홍길동",), None),
    ("probe", "titles", "ko", {"head": "홍길동 논설위원"}, ("홍길동",), None),
    ("probe", "titles", "ko", {"head": "홍길동 인턴기자"}, ("홍길동",), None),
    ("check", "titles", "ko", {"head": "김철수 수석기자"}, ("김철수",), None),
    ("check", "titles", "ko", {"head": "이수민 전문기자"}, ("이수민",), None),
    ("check", "titles", "ko", {"head": "박서연 칼럼니스트"}, ("박서연",), None),
    ("check", "titles", "ko", {"head": "정하늘 에디터"}, ("정하늘",), None),
    ("check", "titles", "ko", {"head": "윤서준 PD"}, ("윤서준",), None),
    # a photo credit inside the story is not an author
    ("probe", "photo-credit", "ko", {"head": "홍길동 기자", "photo": "사진=김철수 기자"}, ("홍길동",), None),
    ("check", "photo-credit", "ko", {"head": "이수민 기자", "photo": "(사진=정하늘 기자)"}, ("이수민",), None),
    # the sign-off under the story
    ("probe", "sign-off", "ko", {"end": "홍길동 기자 hong@hanbit.co.kr"}, ("홍길동",), None),
    ("probe", "sign-off", "ko", {"end": "[한빛일보 홍길동 기자]"}, ("홍길동",), None),
    ("check", "sign-off", "ko", {"end": "/김철수 기자 kimcs@garam.com"}, ("김철수",), None),
    ("check", "sign-off", "ko", {"end": "가람경제 이수민 기자"}, ("이수민",), None),
    # a profile card under the story
    ("probe", "profile-card", "ko", {"end": "홍길동 기자\nhong@hanbit.co.kr\n기자의 다른 기사 보기"}, ("홍길동",), None),
    ("check", "profile-card", "ko", {"end": "박서연 기자\n다른기사 보기"}, ("박서연",), None),
    # a broadcast script: the anchor hands over to the reporter; camera and editing credits are not authors
    ("probe", "broadcast", "tv", {"anchor": "홍길동 기자가 보도합니다.", "end": "한빛방송 홍길동입니다."}, ("홍길동",),
     None),
    ("probe", "broadcast", "tv", {"anchor": "홍길동 기자가 보도합니다.", "end": "영상취재 김철수 / 영상편집 이수민"},
     ("홍길동",), None),
    ("check", "broadcast", "tv", {"anchor": "정하늘 기자가 취재했습니다.", "end": "촬영기자: 박서연 / 영상편집: 윤서준"},
     ("정하늘",), None),
    ("check", "broadcast", "tv", {"anchor": "최지우 기자의 보도입니다.", "end": "가람뉴스 최지우입니다."}, ("최지우",),
     None),
    # English: By
    ("probe", "en-by", "en", {"head": "By Jane Doe"}, ("Jane Doe",), None),
    ("probe", "en-by", "en", {"head": "By Park Seo-yeon"}, ("Park Seo-yeon",), None),
    ("check", "en-by", "en", {"head": "By Mary Kline, Staff Writer"}, ("Mary Kline",), None),
    ("check", "en-by", "en", {"head": "By Kim Min-ji"}, ("Kim Min-ji",), None),
    # English: two or three names
    ("probe", "en-by-many", "en", {"head": "By Jane Doe and John Roe"}, ("Jane Doe", "John Roe"), None),
    ("check", "en-by-many", "en", {"head": "By Mary Kline, Tom Ash and Lee Ha-eun"}, ("Mary Kline", "Tom Ash", "Lee Ha-eun"),
     None),
    # English: an e-mail beside the name
    ("probe", "en-by-email", "en", {"head": "By Jane Doe (jdoe@harborledger.com)"}, ("Jane Doe",), None),
    ("check", "en-by-email", "en", {"head": "By Mary Kline [mkline@inventedherald.com]"}, ("Mary Kline",), None),
    # English: a label other than By
    ("probe", "en-label", "en", {"head": "Written by Jane Doe"}, ("Jane Doe",), None),
    ("check", "en-label", "en", {"head": "Story by Mary Kline"}, ("Mary Kline",), None),
    # English: the name and the wire or outlet
    ("probe", "en-name-wire", "en", {"head": "Jane Doe, Reuters"}, ("Jane Doe",), None),
    ("check", "en-name-wire", "en", {"head": "Mary Kline, Bloomberg"}, ("Mary Kline",), None),
    # English: the name and a role line
    ("probe", "en-role", "en", {"head": "Jane Doe Staff Reporter"}, ("Jane Doe",), None),
    ("check", "en-role", "en", {"head": "Mary Kline Senior Reporter"}, ("Mary Kline",), None),
    # English: a staff line names no author
    ("probe", "en-staff", "en", {"head": "By Harbor Ledger staff"}, (), None),
    ("check", "en-staff", "en", {"head": "Invented Herald Staff"}, (), None),
    # English: wire credits under the story — reporting names are authors, editing names are not
    ("probe", "en-credits", "en", {"head": "By Jane Doe", "end": "(Reporting by Jane Doe; Editing by John Roe)"},
     ("Jane Doe",), None),
    ("probe", "en-credits", "en", {"end": "Reporting by Jane Doe; Editing by John Roe"}, ("Jane Doe",), None),
    ("check", "en-credits", "en", {"end": "(Reporting by Mary Kline in Seoul and Tom Ash in Tokyo; Editing by Lee Park)"},
     ("Mary Kline", "Tom Ash"), None),
    ("check", "en-credits", "en", {"end": "Reporting by Mary Kline; Writing by Tom Ash; Editing by Lee Park"},
     ("Mary Kline", "Tom Ash"), None),
    # English: the sign-off under the story
    ("probe", "en-sign-off", "en", {"end": "Jane Doe (jdoe@harborledger.com)"}, ("Jane Doe",), None),
    ("check", "en-sign-off", "en", {"end": "Mary Kline mkline@inventedherald.com"}, ("Mary Kline",), None),
    # English: a wire lead with the byline above
    ("probe", "en-wire-lead", "en", {"head": "By Jane Doe", "lead": "SEOUL, March 4 (Harbor Wire) -- "},
     ("Jane Doe",), "SEOUL"),
    ("check", "en-wire-lead", "en", {"head": "By Mary Kline", "lead": "BUSAN, March 4 (Invented Wire) - "},
     ("Mary Kline",), "BUSAN"),
    # --- the second set (k5, session 11), written after the first set's rules and before its own first run;
    # its CHECK variants are never tuned on either
    # a bare name before the stamp's label
    ("probe", "name-stamp", "ko", {"head": "홍길동 입력 2025.03.04 11:15"}, ("홍길동",), None),
    ("check", "name-stamp", "ko", {"head": "이수민 승인 2025.03.04 11:15"}, ("이수민",), None),
    # the byline and the stamp on one line
    ("probe", "byline-stamp", "ko", {"head": "홍길동 기자 입력 2025.03.04 11:15 수정 2025.03.04 12:00"}, ("홍길동",), None),
    ("check", "byline-stamp", "ko", {"head": "이수민 기자 | 승인 2025.03.04 11:15 | 댓글 0"}, ("이수민",), None),
    # a lead with no bracket, or the brand and the name in one bracket
    ("probe", "plain-lead", "ko", {"lead": "홍길동 기자 = "}, ("홍길동",), None),
    ("probe", "plain-lead", "ko", {"lead": "[한빛일보=홍길동 기자] "}, ("홍길동",), None),
    ("check", "plain-lead", "ko", {"lead": "이수민 기자= "}, ("이수민",), None),
    ("check", "plain-lead", "ko", {"lead": "[가람경제 = 정하늘 기자] "}, ("정하늘",), None),
    # the writer and the photographer in one byline
    ("probe", "writer-photo", "ko", {"head": "홍길동 기자 사진 김철수 기자"}, ("홍길동",), None),
    ("check", "writer-photo", "ko", {"head": "글 이수민 기자 사진 정하늘 기자"}, ("이수민",), None),
    # an e-mail alone under the story: nobody named, the story's end intact
    ("probe", "email-only", "ko", {"end": "hong@hanbit.co.kr"}, (), None),
    ("check", "email-only", "ko", {"end": "(smlee@garam.kr)"}, (), None),
    # an interviewee's caption in a script is no author
    ("probe", "interviewee", "tv", {"anchor": "홍길동 기자가 보도합니다.", "photo": "[김철수 / 가상기업 대표]"}, ("홍길동",),
     None),
    ("check", "interviewee", "tv", {"anchor": "정하늘 기자가 보도합니다.", "photo": "<인터뷰> 이수민 / 가상시 주민"},
     ("정하늘",), None),
    # English: the byline and the outlet after a bar
    ("probe", "en-by-outlet", "en", {"head": "By Jane Doe | Reuters"}, ("Jane Doe",), None),
    ("check", "en-by-outlet", "en", {"head": "By Mary Kline / Bloomberg"}, ("Mary Kline",), None),
    # English: the name, then the role on the next line
    ("probe", "en-two-lines", "en", {"head": "Jane Doe\nStaff Reporter"}, ("Jane Doe",), None),
    ("check", "en-two-lines", "en", {"head": "Mary Kline\nCorrespondent"}, ("Mary Kline",), None),
    # English: a mark after By
    ("probe", "en-by-mark", "en", {"head": "By: Jane Doe"}, ("Jane Doe",), None),
    ("check", "en-by-mark", "en", {"head": "Reported by Mary Kline"}, ("Mary Kline",), None),
    # English broadcast: the anchor hands over, the reporter signs off with the station
    ("probe", "en-handover", "en-tv", {"anchor": "Jane Doe reports.", "end": "Jane Doe, Harbor TV News."}, ("Jane Doe",),
     None),
    ("check", "en-handover", "en-tv", {"anchor": "Our Mary Kline has more.", "end": "Mary Kline, Invented Herald TV."},
     ("Mary Kline",), None),
    # --- the third set (k5, session 11), written after the second set's rules and before its own first run;
    # its CHECK variants are never tuned on either
    # another story's byline in a list under the story is no author of this one
    ("probe", "related-byline", "ko", {"head": "홍길동 기자", "end": "관련기사\n가상 소재기업, 배터리 공장 증설 - 김철수 기자"},
     ("홍길동",), None),
    ("check", "related-byline", "ko", {"head": "이수민 기자", "end": "많이 본 뉴스\n가람시, 수소 충전소 확대 / 정하늘 기자"},
     ("이수민",), None),
    ("probe", "en-related-byline", "en", {"head": "By Jane Doe", "end": "Related\nInvented maker expands plant - By John Roe"},
     ("Jane Doe",), None),
    ("check", "en-related-byline", "en",
     {"head": "By Mary Kline", "end": "More from Harbor Ledger\nGaram port sees record exports | Tom Ash"}, ("Mary Kline",), None),
    # two names, a comma or a role each
    ("probe", "names-comma", "ko", {"head": "홍길동, 김철수 기자"}, ("홍길동", "김철수"), None),
    ("probe", "names-comma", "ko", {"head": "홍길동 기자·김철수 인턴기자"}, ("홍길동", "김철수"), None),
    ("check", "names-comma", "ko", {"head": "이수민 기자, 정하늘 기자"}, ("이수민", "정하늘"), None),
    ("check", "names-comma", "ko", {"head": "박서연 특파원, 윤서준 기자"}, ("박서연", "윤서준"), None),
    # a photographer alone names no writer
    ("probe", "photo-only", "ko", {"head": "사진 홍길동 기자"}, (), None),
    ("check", "photo-only", "ko", {"head": "사진=이수민 기자"}, (), None),
    # a name and an e-mail under the story, no role word
    ("probe", "name-email-end", "ko", {"end": "홍길동 hong@hanbit.co.kr"}, ("홍길동",), None),
    ("check", "name-email-end", "ko", {"end": "이수민(smlee@garam.kr)"}, ("이수민",), None),
    # English: a bio line under the story
    ("probe", "en-bio", "en", {"end": "Jane Doe is a reporter at Harbor Ledger covering trade."}, ("Jane Doe",), None),
    ("check", "en-bio", "en", {"end": "Mary Kline is a senior correspondent for Invented Herald."}, ("Mary Kline",), None),
    # English: a name and its e-mail on two lines under the story
    ("probe", "en-card", "en", {"end": "Jane Doe\njdoe@harborledger.com"}, ("Jane Doe",), None),
    ("check", "en-card", "en", {"end": "Mary Kline\nEmail: mkline@inventedherald.com"}, ("Mary Kline",), None),
    # a broadcast closer with the station before the name
    ("probe", "closer", "tv", {"end": "지금까지 한빛뉴스 홍길동이었습니다."}, ("홍길동",), None),
    ("check", "closer", "tv", {"end": "가람방송 뉴스 이수민입니다."}, ("이수민",), None),
    # --- the fourth set (k5, session 11): datelines opening the story, written after the third set's rules and
    # before its own first run; its CHECK variants are never tuned on either
    # the brand and the place before "=", the place in brackets after the brand
    ("probe", "brand-place", "ko", {"lead": "[한빛일보 세종=홍길동 기자] "}, ("홍길동",), "세종"),
    ("probe", "brand-place", "ko", {"lead": "[한빛일보(세종)=홍길동 기자] "}, ("홍길동",), "세종"),
    ("check", "brand-place", "ko", {"lead": "[가람경제 부산=이수민 기자] "}, ("이수민",), "부산"),
    ("check", "brand-place", "ko", {"lead": "【가람신문(대전)=정하늘 기자】 "}, ("정하늘",), "대전"),
    # a correspondent abroad
    ("probe", "abroad", "ko", {"lead": "(뉴욕=한빛뉴스) 홍길동 특파원 = "}, ("홍길동",), "뉴욕"),
    ("check", "abroad", "ko", {"lead": "(프랑크푸르트=가람통신) 김철수 특파원 = "}, ("김철수",), "프랑크푸르트"),
    # a regional paper's place alone in brackets
    ("probe", "place-bracket", "ko", {"head": "홍길동 기자", "lead": "[아산] "}, ("홍길동",), "아산"),
    ("check", "place-bracket", "ko", {"head": "이수민 기자", "lead": "[충주] "}, ("이수민",), "충주"),
    # English: several places, one wire
    ("probe", "en-places", "en", {"lead": "HONG KONG/SEOUL, March 4 (Harbor Wire) - "}, (), "HONG KONG/SEOUL"),
    ("check", "en-places", "en", {"lead": "TOKYO/SEOUL, March 4 (Invented Wire) -- "}, (), "TOKYO/SEOUL"),
    # English: a place and the day, no wire
    ("probe", "en-place-day", "en", {"lead": "SEOUL, March 4 — "}, (), "SEOUL"),
    ("check", "en-place-day", "en", {"lead": "BUSAN, Jan. 12 -- "}, (), "BUSAN"),
    # English: a place and a colon
    ("probe", "en-colon", "en", {"lead": "SEOUL: "}, (), "SEOUL"),
    ("check", "en-colon", "en", {"lead": "BUSAN: "}, (), "BUSAN"),
    # English: the wire's tag alone, no place
    ("probe", "en-wire-only", "en", {"lead": "(Harbor Wire) — "}, (), None),
    ("check", "en-wire-only", "en", {"lead": "(Invented Wire) -- "}, (), None),
    # English: a place in title case and a dash
    ("probe", "en-title-case", "en", {"lead": "Seoul — "}, (), "Seoul"),
    ("check", "en-title-case", "en", {"lead": "Busan -- "}, (), "Busan"),
    # --- the fifth set (k5, session 11): more dateline leads, written after the fourth set's rule and before its own
    # first run; its CHECK variants are never tuned on either
    # English: the country after the place in capitals
    ("probe", "en-caps-region", "en", {"lead": "SEOUL, SOUTH KOREA — "}, (), "SEOUL"),
    ("check", "en-caps-region", "en", {"lead": "BUSAN, KOREA -- "}, (), "BUSAN"),
    # English: a region, then the wire
    ("probe", "en-region-wire", "en", {"lead": "SEOUL, South Korea (Harbor Wire) — "}, (), "SEOUL"),
    ("check", "en-region-wire", "en", {"lead": "INCHEON, Korea (Invented Wire) - "}, (), "INCHEON"),
    # English: the full date, no wire
    ("probe", "en-dated", "en", {"lead": "SEOUL, March 4, 2025 — "}, (), "SEOUL"),
    ("check", "en-dated", "en", {"lead": "BUSAN, Jan. 12, 2025 -- "}, (), "BUSAN"),
    # English: a title-case place, the day and the wire, a colon
    ("probe", "en-day-colon", "en", {"lead": "Seoul, March 4 (Harbor Wire): "}, (), "Seoul"),
    ("check", "en-day-colon", "en", {"lead": "Busan, Jan 12 (Invented Wire): "}, (), "Busan"),
    # Korean: spaces inside the bracket
    ("probe", "spaced-bracket", "ko", {"lead": "[ 세종 = 한빛뉴스 ] 홍길동 기자 = "}, ("홍길동",), "세종"),
    ("check", "spaced-bracket", "ko", {"lead": "( 부산 = 가람뉴스 ) 이수민 기자 = "}, ("이수민",), "부산"),
    # Korean: the bracket glued to the story, no reporter
    ("probe", "glued-bracket", "ko", {"head": "홍길동 기자", "lead": "[세종=한빛뉴스]"}, ("홍길동",), "세종"),
    ("check", "glued-bracket", "ko", {"head": "이수민 기자", "lead": "(대전=가람뉴스)"}, ("이수민",), "대전"),
    # --- the sixth set (k4, session 12): a board's writer field whose value is a widget's label, not a name
    # (a profile picture's alt text, an info box's heading), written before its first run; CHECK never tuned on
    ("probe6", "writer-widget", "ko", {"head": "작성자 이미지\n한빛일보"}, (), None),
    ("probe6", "writer-widget", "ko", {"head": "작성자 정보\n- 한빛일보 작성"}, (), None),
    ("probe6", "writer-field", "ko", {"head": "작성자 홍길동"}, ("홍길동",), None),
    ("check6", "writer-widget", "ko", {"head": "작성자 프로필\n가람경제"}, (), None),
    ("check6", "writer-widget", "ko", {"head": "글쓴이 사진"}, (), None),
    ("check6", "writer-field", "ko", {"head": "작성자 이수민 기자"}, ("이수민",), None),
    # --- the seventh set (k4, session 12): a blog platform's post meta as a list under the headline (the author,
    # the date, the reading time, each behind a list mark), written before its first run; CHECK never tuned on
    ("probe7", "list-meta", "en", {"head": "- Jane Roe\n- Mar 4, 2025\n- 2 min read"}, ("Jane Roe",), None),
    ("probe7", "list-meta", "ko", {"head": "- Mina Seo\n- Mar 4, 2025\n- 1 min read"}, ("Mina Seo",), None),
    ("probe7", "list-meta-trap", "en", {"head": "- Share\n- Mar 4, 2025\n- 2 min read"}, (), None),
    ("check7", "list-meta", "en", {"head": "• Daniel Okafor\n• Mar 4, 2025\n• 3 min read"}, ("Daniel Okafor",), None),
    ("check7", "list-meta", "ko", {"head": "- 홍길동\n- 2025년 3월 4일\n- 1분 분량"}, ("홍길동",), None),
    ("check7", "list-meta-trap", "en", {"head": "- Home\n- Mar 4, 2025\n- 2 min read"}, (), None),
    # --- the eighth set (k1, session 13): more byline forms, PROBE and CHECK written together before their first run;
    # CHECK never tuned on
    # English: a name and a Title Case role on one line, no comma
    ("probe8", "en-role-line", "en", {"head": "Jane Doe Business Reporter"}, ("Jane Doe",), None),
    ("probe8", "en-role-line", "en", {"head": "John Roe Contributing Writer"}, ("John Roe",), None),
    ("check8", "en-role-line", "en", {"head": "Tom Ash Chief Economics Correspondent"}, ("Tom Ash",), None),
    ("check8", "en-role-line", "en", {"head": "Lee Ha-eun Staff Writer"}, ("Lee Ha-eun",), None),
    # English: a name and its role after a comma, no By
    ("probe8", "en-name-comma-role", "en", {"head": "Jane Doe, Senior Editor"}, ("Jane Doe",), None),
    ("check8", "en-name-comma-role", "en", {"head": "Tom Ash, Correspondent"}, ("Tom Ash",), None),
    # English: By, the name, the outlet after a comma
    ("probe8", "en-by-comma-outlet", "en", {"head": "By Jane Doe, Harbor Ledger"}, ("Jane Doe",), None),
    ("check8", "en-by-comma-outlet", "en", {"head": "By Tom Ash, Invented Herald"}, ("Tom Ash",), None),
    # English: a label other than By before the name
    ("probe8", "en-author-label", "en", {"head": "Author: Jane Doe"}, ("Jane Doe",), None),
    ("check8", "en-author-label", "en", {"head": "Posted by Tom Ash"}, ("Tom Ash",), None),
    # English: the byline and the date on one line after a bullet
    ("probe8", "en-by-date", "en", {"head": "By Jane Doe • March 4, 2025"}, ("Jane Doe",), None),
    ("check8", "en-by-date", "en", {"head": "Tom Ash · Mar 4, 2025"}, ("Tom Ash",), None),
    # English: a reporting credit naming the outlet, under the story
    ("probe8", "en-reporting-for", "en", {"end": "Reporting by Jane Doe for Harbor Ledger."}, ("Jane Doe",), None),
    ("check8", "en-reporting-for", "en", {"end": "Reporting by Tom Ash for Invented Herald; editing by Lee Park."},
     ("Tom Ash",), None),
    # Korean: the broadcast closer after a name that ends on a vowel (였습니다)
    ("probe8", "closer-vowel", "tv", {"end": "지금까지 한빛뉴스 이지아였습니다."}, ("이지아",), None),
    ("check8", "closer-vowel", "tv", {"end": "지금까지 가람방송 박도희였습니다."}, ("박도희",), None),
    # Korean: a subscribe button glued to the byline
    ("probe8", "byline-subscribe", "ko", {"head": "홍길동 기자 구독"}, ("홍길동",), None),
    ("check8", "byline-subscribe", "ko", {"head": "이수민 기자 구독하기"}, ("이수민",), None),
    # Korean: the e-mail glued to the role word
    ("probe8", "email-glued", "ko", {"head": "홍길동 기자hong@hanbit.co.kr"}, ("홍길동",), None),
    ("check8", "email-glued", "ko", {"head": "이수민기자smlee@garam.kr"}, ("이수민",), None),
    # Korean: the desk before the name
    ("probe8", "desk-name", "ko", {"head": "경제부 홍길동 기자"}, ("홍길동",), None),
    ("check8", "desk-name", "ko", {"head": "산업팀 이수민 기자"}, ("이수민",), None),
    # Korean: the name, the outlet, then the role word
    ("probe8", "name-outlet-role", "ko", {"head": "홍길동 한빛일보 기자"}, ("홍길동",), None),
    ("check8", "name-outlet-role", "ko", {"head": "이수민 가람경제 선임기자"}, ("이수민",), None),
    # Korean: a field label before the name
    ("probe8", "name-label", "ko", {"head": "기자명 홍길동"}, ("홍길동",), None),
    ("check8", "name-label", "ko", {"head": "기자이름 이수민"}, ("이수민",), None),
    # Korean: the sign-off with the outlet in brackets after it
    ("probe8", "signoff-outlet-after", "ko", {"end": "홍길동 기자 [한빛일보]"}, ("홍길동",), None),
    ("check8", "signoff-outlet-after", "ko", {"end": "/이수민 기자(가람경제)"}, ("이수민",), None),
    # Korean: two reporters in the lead formula
    ("probe8", "lead-two-names", "ko", {"lead": "(서울=한빛뉴스) 홍길동 김철수 기자 = "}, ("홍길동", "김철수"), "서울"),
    ("check8", "lead-two-names", "ko", {"lead": "[가람경제 이수민·정하늘 기자] "}, ("이수민", "정하늘"), None),
    # --- the ninth set (k1, session 13), written after set 8's rules and before its own first run; CHECK never tuned on
    # Korean: the outlet after a bar behind the byline
    ("probe9", "byline-bar-outlet", "ko", {"head": "홍길동 기자 | 한빛일보"}, ("홍길동",), None),
    ("check9", "byline-bar-outlet", "ko", {"head": "이수민 선임기자 ㅣ 가람경제"}, ("이수민",), None),
    # Korean: the outlet and the role in brackets after the name
    ("probe9", "name-bracket-role", "ko", {"head": "홍길동(한빛일보 기자)"}, ("홍길동",), None),
    ("check9", "name-bracket-role", "ko", {"head": "이수민 (가람경제 논설위원)"}, ("이수민",), None),
    # Korean: three names, one role word
    ("probe9", "three-names", "ko", {"head": "홍길동·김철수·이수민 기자"}, ("홍길동", "김철수", "이수민"), None),
    ("check9", "three-names", "ko", {"head": "박서연 윤서준 정하늘 기자"}, ("박서연", "윤서준", "정하늘"), None),
    # Korean: senior titles of the newsroom
    ("probe9", "senior-titles", "ko", {"head": "홍길동 편집위원"}, ("홍길동",), None),
    ("check9", "senior-titles", "ko", {"head": "이수민 부국장"}, ("이수민",), None),
    # Korean: the outlet, the name, the role and the e-mail under the story
    ("probe9", "signoff-full", "ko", {"end": "한빛일보 홍길동 기자 hong@hanbit.co.kr"}, ("홍길동",), None),
    ("check9", "signoff-full", "ko", {"end": "가람경제 이수민 선임기자 (smlee@garam.kr)"}, ("이수민",), None),
    # English: the names, then the outlet after a comma
    ("probe9", "en-names-outlet", "en", {"head": "By Jane Doe and John Roe, Harbor Times"}, ("Jane Doe", "John Roe"), None),
    ("check9", "en-names-outlet", "en", {"head": "By Tom Ash and Lee Park, Invented Daily"}, ("Tom Ash", "Lee Park"), None),
    # English: a label with a colon before the name
    ("probe9", "en-colon-label", "en", {"head": "Reported by: Jane Doe"}, ("Jane Doe",), None),
    ("check9", "en-colon-label", "en", {"head": "Contributor: Tom Ash"}, ("Tom Ash",), None),
    # English: the name and its role after a bar
    ("probe9", "en-name-bar-role", "en", {"head": "Jane Doe | Reporter"}, ("Jane Doe",), None),
    ("check9", "en-name-bar-role", "en", {"head": "Tom Ash | Senior Correspondent"}, ("Tom Ash",), None),
    # English: the byline with the place it was written in
    ("probe9", "en-by-place", "en", {"head": "By Jane Doe in Seoul"}, ("Jane Doe",), None),
    ("check9", "en-by-place", "en", {"head": "By Tom Ash, in Busan"}, ("Tom Ash",), None),
    # English: a sign-off with the role and outlet under the story
    ("probe9", "en-signoff-role", "en", {"end": "Jane Doe is a staff writer for Harbor Times."}, ("Jane Doe",), None),
    ("check9", "en-signoff-role", "en", {"end": "Tom Ash writes about energy for Invented Daily."}, ("Tom Ash",), None),
    # --- the tenth set (k2, session 15): writers told apart from photographers, editors, anchors and crews, bylines in
    # brackets and at the end, in forms no set above prints; written before its first run, CHECK never tuned on
    # the writer and the photographer, each with a task word
    ("probe10", "task-pair", "ko", {"end": "[글=홍길동 기자, 사진=김철수 기자]"}, ("홍길동",), None),
    ("check10", "task-pair", "ko", {"end": "글 박서연 / 사진 윤서준"}, ("박서연",), None),
    ("probe10", "en-words-photos", "en", {"head": "By Jane Doe; Photos by John Roe"}, ("Jane Doe",), None),
    ("check10", "en-words-photos", "en", {"head": "Words by Mary Kline, photographs by Tom Ash"}, ("Mary Kline",), None),
    # the writer and the editor
    ("probe10", "en-edited", "en", {"end": "Written by Jane Doe, edited by John Roe"}, ("Jane Doe",), None),
    ("check10", "en-edited", "en", {"end": "Story by Mary Kline. Edited by Lee Park."}, ("Mary Kline",), None),
    # a broadcast crew credit led by the reporter
    ("probe10", "crew-led", "tv", {"anchor": "", "end": "취재기자: 홍길동 / 촬영기자: 김철수 / 영상편집: 이수민"}, ("홍길동",), None),
    ("check10", "crew-led", "tv", {"anchor": "", "end": "취재 : 정하늘 / 촬영 : 박서연 / 편집 : 윤서준"}, ("정하늘",), None),
    # the anchor's hand-over in other verbs
    ("probe10", "handover-verbs", "tv", {"anchor": "홍길동 기자가 전합니다."}, ("홍길동",), None),
    ("probe10", "handover-verbs", "tv", {"anchor": "현장에 홍길동 기자 나가 있습니다."}, ("홍길동",), None),
    ("check10", "handover-verbs", "tv", {"anchor": "김철수 기자가 전해드립니다."}, ("김철수",), None),
    ("check10", "handover-verbs", "tv", {"anchor": "취재 기자 연결합니다. 이수민 기자!"}, ("이수민",), None),
    # an English sign-off behind a dash under the story
    ("probe10", "en-dash-signoff", "en", {"end": "— Jane Doe"}, ("Jane Doe",), None),
    ("check10", "en-dash-signoff", "en", {"end": "-- Mary Kline, Seoul"}, ("Mary Kline",), None),
    # two writers in the lead's bracket, each with a role
    ("probe10", "bracket-two-roles", "ko", {"lead": "[한빛일보=홍길동 기자, 김철수 기자] "}, ("홍길동", "김철수"), None),
    ("check10", "bracket-two-roles", "ko", {"lead": "[가람경제 이수민 기자·정하늘 인턴기자] "}, ("이수민", "정하늘"), None),
    # an English byline in brackets under the story
    ("probe10", "en-bracket-end", "en", {"end": "(By Jane Doe)"}, ("Jane Doe",), None),
    ("check10", "en-bracket-end", "en", {"end": "(Mary Kline / Harbor Ledger)"}, ("Mary Kline",), None),
    # English: two writers, each with a place
    ("probe10", "en-by-places", "en", {"head": "By Jane Doe in Seoul and John Roe in Tokyo"}, ("Jane Doe", "John Roe"), None),
    ("check10", "en-by-places", "en", {"head": "By Mary Kline in Busan and Tom Ash in Singapore"}, ("Mary Kline", "Tom Ash"),
     None),
    # the role word first, other role words
    ("probe10", "role-first-2", "ko", {"head": "에디터 홍길동"}, ("홍길동",), None),
    ("check10", "role-first-2", "ko", {"head": "객원기자 이수민"}, ("이수민",), None),
    # an English anchor named beside the reporter names no writer
    ("probe10", "en-anchor", "en-tv", {"anchor": "Anchor John Roe. Reporter Jane Doe reports from Busan."}, ("Jane Doe",),
     None),
    ("check10", "en-anchor", "en-tv", {"anchor": "I'm Tom Ash. Our correspondent Mary Kline joins us from Incheon."}, ("Mary Kline",), None),
    # --- set 10b (k2, session 15), written after reading the study half's reporter misses (a writer's card: the name on a
    # line, then a bio opening on the first name alone) and before its first run, in other words than the page's
    ("probe10b", "card-first-name", "en", {"head": "Jane Doe\nJane joined Harbor Ledger in 2019 after a decade covering trade."},
     ("Jane Doe",), None),
    ("probe10b", "card-first-name", "en", {"end": "Jane Doe\nJane is a staff reporter covering energy and supply chains."},
     ("Jane Doe",), None),
    ("check10b", "card-first-name", "en", {"head": "Mary Kline\nMary has covered Korean industry since 2015 for Invented Herald."},
     ("Mary Kline",), None),
    ("check10b", "card-first-name", "en", {"end": "Tom Ash\nTom reports on shipping and ports from Busan."}, ("Tom Ash",), None),
    # traps: a card of someone the story quotes, inside the story, no journalist's words in it (first put under the story,
    # where the bench's body-end check fails them whatever the byline rules do; moved before any rule was written)
    ("probe10b", "card-first-name-trap", "en", {"photo": "Lee Park\nLee is the chief executive of the invented maker."}, (),
     None),
    ("check10b", "card-first-name-trap", "en", {"photo": "Ana Ruiz\nAna leads the invented city's port authority."}, (), None),
    # --- set 11 (k2, session 16), written with the outlet probe's set 16 before their first run and before the corpus was
    # read this session: the writer's byline with the outlet after it, the brand alone in brackets before the writer, a
    # desk before the name, a card's links, an editorial board; CHECK never tuned on
    ("probe11", "brand-after", "ko", {"head": "홍길동 기자 / 한빛일보"}, ("홍길동",), None),
    ("check11", "brand-after", "ko", {"end": "김철수 기자(가람뉴스)"}, ("김철수",), None),
    ("probe11", "en-brand-after", "en", {"head": "By Jane Doe / Harbor Ledger"}, ("Jane Doe",), None),
    ("check11", "en-brand-after", "en", {"head": "Mary Kline (Invented Daily)"}, ("Mary Kline",), None),
    ("check11", "en-brand-after", "en", {"end": "— Tom Ash, Invented Daily"}, ("Tom Ash",), None),
    ("probe11", "bracket-then-name", "ko", {"lead": "[한빛일보] 홍길동 기자 = "}, ("홍길동",), None),
    ("check11", "bracket-then-name", "ko", {"lead": "【가람뉴스】 이수민 기자 = "}, ("이수민",), None),
    ("probe11", "desk-name", "ko", {"head": "산업부 홍길동 기자"}, ("홍길동",), None),
    ("check11", "desk-name", "ko", {"head": "경제팀 = 박서연 기자"}, ("박서연",), None),
    ("probe11", "card-links", "ko", {"end": "홍길동 기자 다른 기사 보기"}, ("홍길동",), None),
    ("check11", "card-links", "ko", {"end": "김철수 기자 기사 더보기 | 구독"}, ("김철수",), None),
    ("probe11", "en-board", "en", {"head": "By the Harbor Ledger Editorial Board"}, (), None),
    ("check11", "en-board", "en", {"end": "— The Invented Daily Editorial Board"}, (), None),
    # --- set 12 (k4, session 17): English bylines of the newer outlets' kinds (US regional papers, trade sites, Asian
    # English dailies, wires), PROBE and CHECK written together before their first run and before the corpus was read;
    # CHECK never tuned on. Three names with a serial comma:
    ("probe12", "en-serial-comma", "en", {"head": "By Jane Doe, John Roe, and Lee Park"}, ("Jane Doe", "John Roe", "Lee Park"),
     None),
    ("check12", "en-serial-comma", "en", {"head": "By Mary Kline, Tom Ash, and Ana Ruiz"}, ("Mary Kline", "Tom Ash", "Ana Ruiz"),
     None),
    # the writer and a wire's full name after a comma
    ("probe12", "en-name-the-wire", "en", {"head": "Jane Doe, The Invented Press"}, ("Jane Doe",), None),
    ("check12", "en-name-the-wire", "en", {"head": "By Tom Ash, Associated Press"}, ("Tom Ash",), None),
    # the byline and the stamp on one line, no separator
    ("probe12", "en-by-stamp", "en", {"head": "By Jane Doe Published March 4, 2025"}, ("Jane Doe",), None),
    ("check12", "en-by-stamp", "en", {"head": "Mary Kline Updated Mar 4, 2025 11:15 AM"}, ("Mary Kline",), None),
    # a middle initial
    ("probe12", "en-initial", "en", {"head": "By Jane Q. Doe"}, ("Jane Q. Doe",), None),
    ("check12", "en-initial", "en", {"head": "By Mary K. O'Neil and Tom Ash"}, ("Mary K. O'Neil", "Tom Ash"), None),
    # the name, a bar and the outlet
    ("probe12", "en-name-bar-outlet", "en", {"head": "Jane Doe | Harbor Ledger"}, ("Jane Doe",), None),
    ("check12", "en-name-bar-outlet", "en", {"head": "Mary Kline | Invented Daily"}, ("Mary Kline",), None),
    # the name and a dash before the role
    ("probe12", "en-name-dash-role", "en", {"head": "Jane Doe - Staff Writer"}, ("Jane Doe",), None),
    ("check12", "en-name-dash-role", "en", {"head": "Tom Ash — Business Reporter"}, ("Tom Ash",), None),
    # a lowercase role after a comma
    ("probe12", "en-lower-role", "en", {"head": "By Jane Doe, staff writer"}, ("Jane Doe",), None),
    ("check12", "en-lower-role", "en", {"head": "By Mary Kline, senior correspondent"}, ("Mary Kline",), None),
    # "on" and the date after the name
    ("probe12", "en-by-on-date", "en", {"head": "By Jane Doe on March 4, 2025"}, ("Jane Doe",), None),
    ("check12", "en-by-on-date", "en", {"head": "By Tom Ash on Mar 4, 2025 at 11:15 AM"}, ("Tom Ash",), None),
    # an editor credited under the writer: no author
    ("probe12", "en-edited-head", "en", {"head": "By Jane Doe\nEdited by John Roe"}, ("Jane Doe",), None),
    ("check12", "en-edited-head", "en", {"head": "Written by Mary Kline | Edited by Lee Park"}, ("Mary Kline",), None),
    ("check12", "en-edited-head", "en", {"head": "By Tom Ash\nReviewed by Ana Ruiz"}, ("Tom Ash",), None),
    # a wire photo credit inside the story: no author
    ("probe12", "en-photo-credit", "en", {"head": "By Jane Doe", "photo": "(Invented Press Photo/John Roe)"}, ("Jane Doe",),
     None),
    ("check12", "en-photo-credit", "en", {"head": "By Mary Kline", "photo": "Photo: Tom Ash/Invented Wire"}, ("Mary Kline",),
     None),
    # a photo credit on a page with no byline: nobody
    ("probe12", "en-photo-only", "en", {"photo": "Photo by John Roe"}, (), None),
    ("check12", "en-photo-only", "en", {"photo": "INVENTED WIRE/Tom Ash"}, (), None),
    # the wire alone on the line under the name
    ("probe12", "en-name-wire-line", "en", {"head": "Jane Doe\nInvented Press"}, ("Jane Doe",), None),
    ("check12", "en-name-wire-line", "en", {"head": "Mary Kline\nHarbor Wire"}, ("Mary Kline",), None),
    # reporting credits with an additional reporter and an editor
    ("probe12", "en-additional", "en", {"end": "(Reporting by Jane Doe; Additional reporting by John Roe; Editing by Lee Park)"},
     ("Jane Doe", "John Roe"), None),
    ("check12", "en-additional", "en", {"end": "Reporting by Mary Kline and Tom Ash; Editing by Ana Ruiz and Lee Park"},
     ("Mary Kline", "Tom Ash"), None),
    # --- set 12b (k4, session 17): the study half's two reporter kinds in other words, written after reading them and
    # before their own first run; CHECK never tuned on. A blog theme's post meta (`by NAME | DATE | categories`):
    ("probe12b", "en-post-meta", "en", {"head": "by Jane Doe | Aug 1, 2025 | Business, World"}, ("Jane Doe",), None),
    ("probe12b", "en-post-meta", "en", {"head": "by | Aug 1, 2025 | Business"}, (), None),
    ("check12b", "en-post-meta", "en", {"head": "by Mary Kline | Mar 4, 2025 | Economy | 0 comments"}, ("Mary Kline",), None),
    ("check12b", "en-post-meta", "en", {"head": "by | 2025-03-04 | Markets, Asia"}, (), None),
    # a wire's credits glued to the end of the last paragraph
    ("probe12b", "en-glued-credits", "en-glue", {"glue": "(Reporting and writing by Jane Doe, John Roe; editing by Lee Park)."},
     ("Jane Doe", "John Roe"), None),
    ("check12b", "en-glued-credits", "en-glue", {"glue": "(Reporting by Mary Kline and Tom Ash; Editing by Ana Ruiz)"},
     ("Mary Kline", "Tom Ash"), None),
    ("check12b", "en-glued-credits", "en-glue", {"glue": "(Writing by Tom Ash, Mary Kline, Ana Ruiz; editing by Lee Park)"},
     ("Tom Ash", "Mary Kline", "Ana Ruiz"), None),
    # --- set 13 (k4, session 17): written after the first landing and before its own first run; CHECK never tuned on.
    # The name, the role and the date between bars or dots:
    ("probe13", "en-name-role-date", "en", {"head": "Jane Doe | Staff Writer | Aug 1, 2025"}, ("Jane Doe",), None),
    ("check13", "en-name-role-date", "en", {"head": "Mary Kline · Senior Reporter · Mar 4, 2025"}, ("Mary Kline",), None),
    # a writer "special to" the outlet
    ("probe13", "en-special-to", "en", {"head": "By Jane Doe | Special to the Harbor Ledger"}, ("Jane Doe",), None),
    ("check13", "en-special-to", "en", {"head": "By Mary Kline, Special to Invented Daily"}, ("Mary Kline",), None),
    # staff reports: nobody
    ("probe13", "en-staff-reports", "en", {"head": "From staff reports"}, (), None),
    ("check13", "en-staff-reports", "en", {"head": "Staff and wire reports"}, (), None),
    # a wire that contributed: no author
    ("probe13", "en-contributed", "en", {"head": "By Jane Doe", "end": "The Invented Press contributed to this report."},
     ("Jane Doe",), None),
    ("check13", "en-contributed", "en", {"head": "By Mary Kline", "end": "Harbor Wire contributed to this story."},
     ("Mary Kline",), None),
)


def fill(skeleton: str, slots: dict[str, str]) -> tuple[str, tuple[str, ...], str | None]:
    """The made-up page of a variant, its story paragraphs and its dateline when the variant gives no lead."""
    page, paras, lead, dateline = SKELETONS[skeleton]
    text = page.replace("{lead}", slots.get("lead", lead)).replace("{anchor}", slots.get("anchor", ""))
    text = text.replace(" {glue}", " " + slots["glue"] if "glue" in slots else "")
    for slot in ("head", "photo", "end"):
        text = text.replace("{" + slot + "}", slots[slot] + "\n" if slot in slots else "")
    return text, paras, (None if "lead" in slots else dateline)


def score(page: str, paras: tuple[str, ...], reporters: tuple[str, ...], dateline: str | None,
          check_start: bool) -> tuple[bool, str]:
    """Right or wrong by the bench's own checks, and what the parser read."""
    art = extract_raw(page.encode(), "probe.txt", LANDING, None)[0].article
    start, end = norm(paras[0])[:40], norm(paras[-1])[-40:]
    rec = {"title": None, "deck": [], "published": None, "updated": None, "dateline": dateline,
           "reporters": list(reporters), "furniture": [], "outlet_on_page": False, "outlet_domain": "", "outlet_name": None,
           "body_start": {"len": len(start), "sha1": sha1(start)} if check_start else None,
           "body_end": {"len": len(end), "sha1": sha1(end)}}
    checks = score_page(rec, art)
    fields = ("reporters", "dateline", "body_start", "body_end")
    ok = all(checks[f] for f in fields if f in checks)
    body = "\n".join(art.paragraphs) if art else ""
    return ok, (f"reporters {art.reporters if art else None}, dateline {art.dateline if art else None!r}, "
                f"wrong {[f for f in fields if not checks.get(f, True)]}, body {body[:30]!r}…{body[-30:]!r}")


def run(verbose: bool = False) -> dict[str, tuple[int, int]]:
    """(right, tried) per probe set ("probe", "check"; "probe6", "check6"; "probe7", "check7"; "probe8", "check8"; "probe9", "check9"; "probe10", "check10"; "probe10b", "check10b"; "probe11", "check11"; "probe12", "check12"; "probe12b", "check12b"; "probe13", "check13")."""
    totals: dict[str, list[int]] = {}
    for kind, shape, skeleton, slots, reporters, dateline in VARIANTS:
        totals.setdefault(kind, [0, 0])
        page, paras, default_dl = fill(skeleton, slots)
        # a broadcast script's first words are the anchor's; which the story starts with is not this probe's question
        ok, read = score(page, paras, reporters, dateline if "lead" in slots else default_dl,
                         skeleton not in ("tv", "en-tv"))
        totals[kind][0] += ok
        totals[kind][1] += 1
        shown = " | ".join(f"{k}: {v}" for k, v in slots.items()).replace("\n", " ⏎ ")
        print(f"  {kind}  {shape:<13} {'right' if ok else 'WRONG'}  {shown}")
        if verbose and not ok:
            print(f"      read {read}")
    return print_totals(totals)


def main(argv: list[str] | None = None) -> int:
    return probe_main(__doc__, run, "what the parser read where a variant is wrong", argv)


if __name__ == "__main__":
    raise SystemExit(main())
