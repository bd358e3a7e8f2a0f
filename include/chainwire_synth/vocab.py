"""Invented text material for the synthetic Newspim corpus.

Everything article-like here was written for this generator: headlines, sentences,
quotes, captions and widget reasons are templates with slots (``{item}``,
``{gov:은}`` ...) filled per page. Only the page chrome (menus, widget labels, the
widget disclaimer) reproduces the layout of a real Newspim page dump. Person names
are assembled from syllable pools; they are not meant to denote anyone real.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- chrome

CHROME_TOP = ["전체기사 최신뉴스 GAM", "KYD 디데이"]
CHROME_AFTER_SECTION = ["", "속보", "", "더보기", ""]
FONT_WIDGET = [
    "※ 본문 글자 크기 조정",
    "",
    "  • 더 작게",
    "  • 작게",
    "  • 보통",
    "  • 크게",
    "  • 더 크게",
    "",
    "※ 번역할 언어 선택",
]
BEST_HEADER = "[뉴스핌 베스트 기사]"
TEASER_PHOTO = "사진"
TRANSLATE_FOOTER = ["기사 번역", "결과물 출력을 준비하고 있어요."]
WIDGET_HEADER = [
    "종목 추적기",
    "",
    "S&P 500 기업 중 기사 내용이 영향을 줄 종목 추적",
    "",
    "결과물 출력을 준비하고 있어요.",
    "",
]
WIDGET_POSITIVE = "긍정 영향 종목"
WIDGET_NEGATIVE = "부정 영향 종목"
WIDGET_DISCLAIMER = (
    "이 내용에 포함된 데이터와 의견은 뉴스핌 AI가 분석한 결과입니다. 정보 제공 목적으로만 작성되었으며, "
    "특정 종목 매매를 권유하지 않습니다. 투자 판단 및 결과에 대한 책임은 투자자 본인에게 있습니다. "
    "주식 투자는 원금 손실 가능성이 있으므로, 투자 전 충분한 조사와 전문가 상담을 권장합니다."
)
CHROME_BOTTOM = ["안다쇼핑", "Top으로 이동"]
AI_SUMMARY_HEADER = "AI 요약"

# ------------------------------------------------------------------------ people

SURNAMES = [
    ("김", "kim"), ("이", "lee"), ("박", "park"), ("최", "choi"), ("정", "jung"), ("강", "kang"),
    ("조", "cho"), ("윤", "yoon"), ("장", "jang"), ("임", "lim"), ("한", "han"), ("오", "oh"),
    ("서", "seo"), ("신", "shin"), ("권", "kwon"), ("황", "hwang"), ("송", "song"), ("류", "ryu"),
    ("전", "jeon"), ("홍", "hong"), ("고", "ko"), ("문", "moon"), ("양", "yang"), ("배", "bae"),
    ("백", "baek"), ("허", "heo"), ("남", "nam"), ("심", "shim"), ("노", "noh"), ("하", "ha"),
]
GIVEN_FIRST = [
    ("민", "min"), ("서", "seo"), ("지", "ji"), ("현", "hyun"), ("도", "do"), ("가", "ga"),
    ("영", "young"), ("수", "su"), ("진", "jin"), ("하", "ha"), ("은", "eun"), ("태", "tae"),
    ("성", "sung"), ("재", "jae"), ("윤", "yoon"), ("경", "kyung"), ("주", "ju"), ("희", "hee"),
    ("나", "na"), ("다", "da"), ("유", "yu"), ("상", "sang"), ("동", "dong"), ("혜", "hye"),
    ("소", "so"), ("예", "ye"), ("규", "kyu"), ("채", "chae"), ("승", "seung"), ("준", "jun"),
]
GIVEN_SECOND = [
    ("준", "jun"), ("연", "yeon"), ("우", "woo"), ("훈", "hoon"), ("영", "young"), ("수", "su"),
    ("진", "jin"), ("은", "eun"), ("호", "ho"), ("성", "sung"), ("윤", "yoon"), ("아", "a"),
    ("석", "seok"), ("혁", "hyuk"), ("빈", "bin"), ("원", "won"), ("희", "hee"), ("민", "min"),
    ("현", "hyun"), ("서", "seo"), ("경", "kyung"), ("철", "chul"), ("란", "ran"), ("정", "jung"),
]
# Names that occur in the real sample dump (or belong to public officials): never generated.
FORBIDDEN_NAMES = {"김기랑", "조용성", "최영수", "안덕근", "김성범"}

WESTERN_FIRST = [
    ("에밀리", "Emily"), ("마크", "Mark"), ("로버트", "Robert"), ("사라", "Sarah"), ("대니얼", "Daniel"),
    ("레베카", "Rebecca"), ("토마스", "Thomas"), ("줄리아", "Julia"), ("클라라", "Klara"), ("마틴", "Martin"),
]
WESTERN_LAST = [
    ("카터", "Carter"), ("헤이스", "Hayes"), ("월턴", "Walton"), ("브래드쇼", "Bradshaw"), ("핀치", "Finch"),
    ("하트먼", "Hartman"), ("베커", "Becker"), ("린드", "Lind"), ("오코너", "O'Connor"), ("웰스", "Wells"),
]
JAPANESE_FAMILY = [("다카하시", "Takahashi"), ("모리타", "Morita"), ("이시카와", "Ishikawa"),
                   ("후지와라", "Fujiwara"), ("나가오", "Nagao"), ("아라이", "Arai")]
JAPANESE_GIVEN = [("유이치", "Yuichi"), ("겐타", "Kenta"), ("사토시", "Satoshi"), ("마사코", "Masako"),
                  ("료", "Ryo"), ("나오키", "Naoki")]
CHINESE_NAMES = ["류칭위안", "자오밍후이", "천쉐펑", "궈자린", "탕이판", "펑루오시"]

# Korean officials: key -> (agency, agency short, title, short title)
OFFICES = {
    "motie_min": ("산업통상자원부", "산업부", "산업통상자원부 장관", "장관"),
    "motie_trade": ("산업통상자원부", "산업부", "산업통상자원부 통상교섭본부장", "본부장"),
    "motie_vice": ("산업통상자원부", "산업부", "산업통상자원부 제1차관", "차관"),
    "moef": ("기획재정부", "기재부", "부총리 겸 기획재정부 장관", "부총리"),
    "mof": ("해양수산부", "해수부", "해양수산부 장관", "장관"),
    "msit": ("과학기술정보통신부", "과기정통부", "과학기술정보통신부 장관", "장관"),
    "mofa": ("외교부", "외교부", "외교부 장관", "장관"),
    "kcs": ("관세청", "관세청", "관세청장", "청장"),
    "kats": ("국가기술표준원", "국표원", "국가기술표준원장", "원장"),
}

# Foreign actors: key -> (actor, kind of official name, official title, short title, kind)
FOREIGN_ACTORS = {
    "doc": ("미국 상무부", "western", "미국 상무장관", "장관", "ally"),
    "ustr": ("미국 무역대표부(USTR)", "western", "미국 무역대표부(USTR) 대표", "대표", "ally"),
    "meti": ("일본 경제산업성", "japanese", "일본 경제산업대신", "대신", "ally"),
    "mofcom": ("중국 상무부", "chinese", "중국 상무부 대변인", "대변인", "china"),
    "ec": ("EU 집행위원회", "western", "EU 통상담당 집행위원", "집행위원", "ally"),
}
DATELINE_ACTORS = {"워싱턴": ["doc", "ustr"], "베이징": ["mofcom"], "도쿄": ["meti"], "브뤼셀": ["ec"]}
FOREIGN_DATELINES = ("워싱턴", "베이징", "도쿄", "브뤼셀")
DATELINE_SECTION = {"워싱턴": "미국", "베이징": "중국", "도쿄": "일본", "브뤼셀": "유럽"}

EXPERT_AFFILIATIONS = [
    ("산업연구원 선임연구위원", "연구위원"),
    ("한국무역협회 통상연구실장", "실장"),
    ("대외경제정책연구원 연구위원", "연구위원"),
    ("서울 소재 대학 국제통상학과 교수", "교수"),
    ("에너지경제연구원 연구위원", "연구위원"),
    ("한국광해광업공단 자문위원", "자문위원"),
]

PLACES = {
    "세종": ["정부세종청사", "정부세종청사 대회의실", "세종컨벤션센터"],
    "서울": ["서울 중구 대한상공회의소", "서울 강남구 코엑스", "서울 종로구 정부서울청사",
             "서울 영등포구 FKI타워", "서울 중구 한 호텔"],
    "부산": ["부산 해운대구 벡스코", "부산항 신항 홍보관", "부산 중구 부산항만공사"],
    "워싱턴": ["워싱턴 D.C. 상무부 청사", "워싱턴 D.C. 주미 한국대사관", "워싱턴 D.C. 한 싱크탱크"],
    "베이징": ["베이징 주중 한국대사관", "베이징 국가회의센터"],
    "도쿄": ["도쿄 경제산업성 청사", "도쿄 주일 한국대사관"],
    "브뤼셀": ["브뤼셀 EU 집행위원회 본부", "브뤼셀 주벨기에 한국대사관"],
}
CITY2 = ["서울", "세종", "워싱턴 D.C.", "도쿄", "자카르타", "브뤼셀"]
COUNTRY_ABBR = {"미국": "미", "일본": "일", "중국": "중", "독일": "독", "영국": "영", "프랑스": "프", "캐나다": "캐"}
PARTNER_BLOCS = ["한미", "한미일", "한·미·일", "한일", "한미일 3국"]

# ------------------------------------------------------------------------ stocks

GICS_SECTORS = (
    "Energy", "Materials", "Industrials", "Consumer Discretionary", "Consumer Staples", "Health Care",
    "Financials", "Information Technology", "Communication Services", "Utilities", "Real Estate",
)

# company -> (GICS sector, what the article moves for it, in Korean)
STOCKS = {
    "NVIDIA Corp.": ("Information Technology", "AI 가속기"),
    "Micron Technology Inc.": ("Information Technology", "HBM"),
    "Applied Materials Inc.": ("Information Technology", "반도체 장비"),
    "Lam Research Corp.": ("Information Technology", "식각 장비"),
    "KLA Corp.": ("Information Technology", "검사·계측 장비"),
    "Intel Corp.": ("Information Technology", "파운드리"),
    "Qualcomm Inc.": ("Information Technology", "모바일 칩"),
    "Texas Instruments Inc.": ("Information Technology", "아날로그 반도체"),
    "Advanced Micro Devices Inc.": ("Information Technology", "GPU"),
    "Apple Inc.": ("Information Technology", "스마트폰"),
    "Microsoft Corp.": ("Information Technology", "클라우드"),
    "Super Micro Computer Inc.": ("Information Technology", "AI 서버"),
    "First Solar Inc.": ("Information Technology", "미국산 태양광 모듈"),
    "Tesla Inc.": ("Consumer Discretionary", "전기차"),
    "General Motors Co.": ("Consumer Discretionary", "전기차"),
    "Ford Motor Co.": ("Consumer Discretionary", "전기 픽업트럭"),
    "Nike Inc.": ("Consumer Discretionary", "의류·신발"),
    "Best Buy Co. Inc.": ("Consumer Discretionary", "가전"),
    "Albemarle Corp.": ("Materials", "리튬"),
    "Freeport-McMoRan Inc.": ("Materials", "구리"),
    "Nucor Corp.": ("Materials", "철강"),
    "Steel Dynamics Inc.": ("Materials", "철강"),
    "Dow Inc.": ("Materials", "화학 소재"),
    "Linde plc": ("Materials", "산업용 가스"),
    "Air Products and Chemicals Inc.": ("Materials", "수소"),
    "Newmont Corp.": ("Materials", "금·구리"),
    "Exxon Mobil Corp.": ("Energy", "원유"),
    "Chevron Corp.": ("Energy", "LNG"),
    "NextEra Energy Inc.": ("Utilities", "재생에너지 발전"),
    "Constellation Energy Corp.": ("Utilities", "원전 전력"),
    "Vistra Corp.": ("Utilities", "전력"),
    "GE Vernova Inc.": ("Industrials", "가스터빈·풍력 설비"),
    "Honeywell International Inc.": ("Industrials", "산업 자동화 설비"),
    "Caterpillar Inc.": ("Industrials", "건설 장비"),
    "Deere & Co.": ("Industrials", "농기계"),
    "Lockheed Martin Corp.": ("Industrials", "방산"),
    "RTX Corp.": ("Industrials", "방산 부품"),
    "FedEx Corp.": ("Industrials", "항공 화물"),
    "United Parcel Service Inc.": ("Industrials", "물류"),
    "Union Pacific Corp.": ("Industrials", "철도 화물"),
    "Expeditors International of Washington Inc.": ("Industrials", "국제 물류 중개"),
    "C.H. Robinson Worldwide Inc.": ("Industrials", "화물 중개"),
    "Walmart Inc.": ("Consumer Staples", "수입 소비재"),
    "Target Corp.": ("Consumer Staples", "수입 소비재"),
    "Costco Wholesale Corp.": ("Consumer Staples", "수입 소비재"),
    "Equinix Inc.": ("Real Estate", "데이터센터"),
    "Digital Realty Trust Inc.": ("Real Estate", "데이터센터 임대"),
    "Meta Platforms Inc.": ("Communication Services", "AI 인프라"),
    "Alphabet Inc.": ("Communication Services", "클라우드"),
    "Visa Inc.": ("Financials", "국제 결제"),
    "JPMorgan Chase & Co.": ("Financials", "무역금융"),
}

REASONS_POSITIVE = [
    "{driver} 기대감으로 {demand} 수요 증가 직접적. 중장기 매출 성장 가시성 높아질 것으로 예상됨.",
    "{driver:으로} {demand} 공급 다변화 수혜 예상. 경쟁사 대비 가격 협상력 강화 가능성 있음.",
    "{driver}에 따른 {demand} 판매 확대 직접적. 하반기 실적 개선 기대.",
    "{driver} 국면에서 {demand} 대체 수요 유입 가능성 높음. 수주 잔고 확대로 이익 안정성 개선 예상됨.",
]
REASONS_NEGATIVE = [
    "{driver:으로} {demand} 원가 부담 확대 직접적. 단기 수익성 둔화 가능성 있음.",
    "{driver} 시 {demand} 조달 불확실성 증가 우려. 공급망 재편 비용으로 마진 압박 예상됨.",
    "{driver}에 따른 {demand} 판매 감소 직접적. 매출 성장 둔화 가능성 있음.",
    "{driver:으로} 중국향 {demand} 매출 위축 우려. 재고 조정 장기화 시 실적 하향 가능성 있음.",
]

# ------------------------------------------------------------------ generic pools
# No template outside LEADS may contain a digit directly followed by 일 (a day of the
# month): the ground truth of pages without a date field depends on where such days
# occur. Only {when} (lead), {deck_day} (deck) and the SCHEDULE pool write days.

GENERIC_TITLES = [
    '{gov_short}, {field} 공급망 점검회의…"{item} 수급 차질 없도록"',
    '{partner_bloc} {field} 공급망 협력 강화…"{item} 공동 대응"',
    '{item} 공급망 재편 가속…{industry} 대응 분주',
]
UNIVERSAL_TITLES = [
    '{gov_short} "{field} 공급망 리스크 상시 점검"…{event} 개최',
    '{company} "{field} 공급망 재편, 위기이자 기회"',
    '한·{country_abbr} {field} 협력 채널 가동…"{year}년까지 성과 낸다"',
    '{speaker_headline} "{field} 공급망, 민관 원팀으로 대응"',
]
GENERIC_DECKS = [
    "{deck_day}일 {event} 개최…후속 과제 점검",
    '{gov_short} "{item} 수급 상황 매일 점검"',
    '{industry} "세부 지침 조속히 나와야"',
    "{rival} 견제 속 우방국 협력 강화",
    "{company} 등 주요 기업 현장 의견 청취",
]
GENERIC_LEAD_FOLLOW = [
    "이번 회의는 주요국의 공급망 재편 움직임에 선제 대응하기 위해 마련됐다.",
    "{field} 분야 공급망 불안이 커지는 데 따른 대응 차원이다.",
    "주요국의 자국 우선주의가 짙어지는 상황을 고려한 조치로 풀이된다.",
    "정부가 관련 대책을 내놓은 것은 올해 들어서만 세 번째다.",
]
FOREIGN_LEADS = [
    "{foreign_actor:은} {when}{item} 관련 {measure} 방안을 담은 발표문을 공개했다.",
    "{fofficial:은} {when}{fplace}에서 기자회견을 열고 {field} 공급망 재편 방향을 설명했다.",
    "{speaker:이} {when}{place}에서 {fofficial:과} 회담을 갖고 {item} 분야 협력 방안을 논의했다.",
    "{foreign_actor:이} {when}{field} 공급망 점검 결과를 공개하면서 한국 기업들의 셈법도 복잡해졌다.",
]
GENERIC_DETAILS = [
    "정부는 관계부처 합동 점검 체계를 상시 가동하고 필요하면 추가 대책을 내놓을 방침이다.",
    "{industry:은} 이번 조치가 중장기 투자 계획을 세우는 데 도움이 될 것으로 보고 있다.",
    "다만 지원 규모가 경쟁국에 비해 여전히 부족하다는 지적도 나온다.",
    "이날 회의에는 {company} 등 주요 기업 관계자와 유관기관 전문가들이 참석했다.",
    "{gov:은} 업계 의견을 반영해 세부 지원 기준을 다듬을 계획이다.",
    "최근 주요국이 자국 중심의 공급망 재편에 속도를 내면서 {field} 분야의 불확실성도 커지고 있다.",
]
GENERIC_ANALYSIS = [
    "전문가들은 {rival}의 견제 기조가 당분간 이어질 가능성이 크다고 보고 있다.",
    "시장에서는 주요국 정책 변화에 따라 {field} 분야의 가격 변동성이 커질 수 있다는 관측이 나온다.",
    "일각에서는 정부 지원이 대기업에 쏠려 중소·중견기업이 소외될 수 있다는 우려도 제기한다.",
    "증권가에서는 관련 기업들의 실적 전망을 잇따라 조정하고 있다.",
]
GENERIC_OUTLOOK = [
    "{gov:은} 다음 달 중 세부 이행계획을 확정해 발표할 예정이다.",
    "양측은 내년 상반기 차기 회의를 열고 협력 성과를 점검하기로 했다.",
    "정부는 연내 관련 법 개정안을 국회에 제출할 계획이다.",
    "{gov:은} 업계와의 소통 창구를 정례화해 현장 애로를 지속적으로 살피겠다는 입장이다.",
    "업계는 후속 세부 지침이 나오는 대로 대응 전략을 구체화할 방침이다.",
]
SCHEDULE = [
    "후속 실무협의는 오는 {future_day}일 {city2}에서 열릴 예정이다.",
    "앞서 {gov:은} 지난 {past_day}일 업계 간담회를 열고 현장 의견을 수렴했다.",
    "관련 설명회는 오는 {future_day}일부터 권역별로 진행된다.",
]
LIST_PARAS = [
    "이와 함께 ▲{a1} ▲{a2} ▲{a3} 등을 중점 과제로 추진하기로 했다.",
    "양측은 ▲{a1} ▲{a2} ▲{a3} 등 세부 협력 과제에도 뜻을 모았다.",
    "정부는 ▲{a1} ▲{a2} ▲{a3} 등을 골자로 한 후속 대책을 마련할 계획이다.",
]
GENERIC_AGENDA = ["공급망 조기경보 정보 공유", "전문인력 교류 확대", "공동 연구개발 사업 발굴", "규제 정합성 제고"]

QUOTE_PARAS = [
    '{speaker:은} "{q1}"며 "{q2}"고 밝혔다.',
    '{speaker:은} 기자들과 만나 "{q1}"고 강조했다.',
    '{speaker:은} "{q1}"고 말했다. 이어 "{q2}"고 덧붙였다.',
    '{speaker:은} 모두발언에서 "{q1}"며 "{q2}"고 당부했다.',
]
FOREIGN_QUOTE_PARAS = [
    '{fofficial:은} "{q1}"고 언급했다.',
    '{fofficial:은} 별도 성명에서 "{q1}"며 "{q2}"고 밝혔다.',
]
EXPERT_QUOTE_PARAS = [
    '{expert:은} "{q1}"고 말했다.',
    '{expert:은} "{q1}"며 "{q2}"고 진단했다.',
]
INSIDER_QUOTE_PARAS = [
    '{company} 관계자는 "{q1}"고 전했다.',
    '한 {insider:은} "{q1}"며 "{q2}"고 말했다.',
]
GENERIC_QUOTES = [
    "공급망 안정은 어느 한 부처만의 과제가 아니다",
    "현장에서 체감할 수 있는 지원책을 신속하게 마련하겠다",
    "우방국과의 협력 채널을 촘촘히 관리해 나가겠다",
]
ALLY_QUOTES = [
    "동맹국과의 긴밀한 공조가 그 어느 때보다 중요하다",
    "공급망의 취약점을 줄이기 위해 파트너 국가들과 계속 협력하겠다",
    "이번 조치는 특정 기업을 겨냥한 것이 아니다",
    "시장 왜곡 행위에는 단호하게 대응할 것이다",
]
CHINA_QUOTES = [
    "정상적인 무역 질서를 해치는 일방적 조치에 단호히 반대한다",
    "중국은 자국 기업의 정당한 권익을 지키기 위해 필요한 조치를 취할 것이다",
    "관련 통제는 국제 관례에 부합하는 정당한 조치에 해당한다",
]
EXPERT_QUOTES = [
    "{rival}의 통제 기조는 일회성이 아니라 구조적인 흐름으로 봐야 한다",
    "공급망 정책은 일관성이 가장 중요한데 정권과 무관하게 이어질 수 있는 틀이 필요하다",
    "기업 혼자서 감당하기 어려운 리스크인 만큼 정부와 민간의 역할 분담이 필요하다",
    "단기 처방보다 기술 경쟁력 확보에 정책 역량을 집중해야 한다",
    "우방국과의 협력도 결국 우리가 가진 협상 카드가 있어야 의미가 있다",
]
INSIDER_QUOTES = [
    "아직 구체적인 지침이 나오지 않아 시나리오별로 대응책을 준비하고 있다",
    "정책 불확실성이 커지면서 투자 시점을 다시 따져보고 있다",
    "당장 생산에 차질은 없지만 상황이 길어질 경우를 대비하고 있다",
    "정부 지원이 실제 현장에 닿기까지 시간이 걸리는 점이 아쉽다",
]
SUMMARY_LINES = [
    "{gov:이} {item} 관련 공급망 대응 방안을 논의했다.",
    "{rival}의 공급망 견제 움직임에 대한 대응도 핵심 의제로 다뤄졌다.",
    "{company} 등 {industry:은} 후속 지침에 맞춰 대응 전략을 마련할 계획이다.",
    "정부는 {year}년까지 관련 지원을 단계적으로 확대할 방침이다.",
    "{country:과}의 협력 채널을 통해 {field} 공급망 위험을 공동 관리하기로 했다.",
]
CAPTIONS = [
    ("{speaker_full:이} {cap_when}{place}에서 열린 {event_q}에서 모두발언을 하고 있다.", "gov"),
    ("{speaker_left:이} {cap_when}{place}에서 {fofficial_full:과} 면담에 앞서 기념촬영을 하고 있다.", "gov"),
    ("{company} 사옥 전경.", "db"),
    ("{item} 관련 자료사진.", "db"),
    ("{event_q} 참석자들이 기념촬영을 하고 있다.", "gov"),
    ("{speaker_full:이} {cap_when}{place}에서 기자들의 질문에 답하고 있다.", "gov"),
]
WIRE_CREDITS = ["로이터 뉴스핌", "AP 뉴스핌", "블룸버그 뉴스핌"]
DB_CREDIT = "뉴스핌 DB"  # the photo desk's archive credit
TEASER_SUBHEADS = ["◆ 업계 \"속도 조절 불가피\"", "◆ 정부 지원책 윤곽", "◆ 향후 전망은", "◆ 쟁점 정리"]

# ------------------------------------------------------------------------- topics
# Every topic provides the slot pools (items, measures, ...) and its own templates;
# the generic pools above are mixed in. Every lead template contains {when}.

TOPICS: dict[str, dict] = {
    "semiconductor": dict(
        field="반도체", industry="반도체 업계", insider="반도체 업계 관계자",
        items=["HBM(고대역폭메모리)", "첨단 패키징", "파운드리", "차세대 D램", "반도체 장비", "EUV 노광장비",
               "낸드플래시", "AI 반도체"],
        measures=["보조금", "세액공제", "투자 인센티브", "수출통제"],
        policies=["CHIPS법", "K-칩스법", "반도체 특별법"],
        companies=["삼성전자", "SK하이닉스", "DB하이텍", "한미반도체", "원익IPS"],
        fcompanies=["인텔", "엔비디아", "마이크론", "TSMC", "AMD", "ASML"],
        countries=["미국", "일본", "네덜란드", "대만", "독일"],
        offices=["motie_min", "motie_vice", "moef", "msit"],
        events=["반도체 공급망 점검회의", "한미 반도체 협력 포럼", "첨단산업 전략회의", "반도체 수출입 동향 점검회의"],
        datelines={"세종": 3, "서울": 3, "워싱턴": 2, "도쿄": 1},
        sections=[("산업", "전기전자"), ("경제", "경제일반"), ("산업", "산업일반")],
        titles=[
            "{item} 공급망 다변화 속도…{gov_short}, {measure} 확대 검토",
            '{country} 보조금 재조정 움직임에 {industry} "투자 일정 재점검"',
            '{company}, {country}에 {item} 라인 증설…"{policy} 요건 맞춘다"',
            '{partner_bloc} "{field} 공급망 조기경보 공유"…{item} 협력 확대',
            '"{item} 주도권 지킨다"…{field} 지원에 {amount} 투입',
            '{rival} {field} 굴기 가속에 {gov_short} "{item} 초격차 전략 재정비"',
        ],
        decks=[
            "{gov_short}, {item} 생산시설 {measure} 확대안 발표",
            "{company}·{company2} 등 주요 기업 {n}곳 참여",
            "{country:과} {field} 공급망 정보 공유 채널 가동",
            '"{year}년까지 {item} 자립도 끌어올린다"',
            "{fcompany} 등 글로벌 기업 투자 유치 경쟁 가열",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {speaker} 주재로 {event_q:을} 열고 {item} 공급망 안정화를 위한 {measure} 확대 방안을 논의했다고 밝혔다.",
            "{country:과} {rival}의 {field} 주도권 경쟁이 격화하는 가운데 {gov:이} {when}{item} 생산 기반을 지키기 위한 {amount} 규모의 지원책을 내놨다.",
            "{company:이} {when}{country} 현지 {item} 생산라인 증설 계획을 공식화했다. {policy} 보조금 요건을 충족하기 위한 조치라는 분석이 나온다.",
            "{speaker:은} {when}{place}에서 {field} 기업 대표들과 간담회를 갖고 {item} 분야 투자 애로를 청취했다.",
        ],
        details=[
            "이번 방안에는 {item} 설비 투자에 대한 세액공제율을 지금보다 {pp}%포인트 높이는 내용이 담겼다.",
            "업계에 따르면 {company:은} {year}년까지 {item} 분야에 {amount:을} 투입할 계획이다.",
            "{item} 수요는 AI 데이터센터 확산과 맞물려 빠르게 늘고 있다.",
            "시장조사업체들은 올해 {item} 시장이 전년보다 {pct} 커질 것으로 내다봤다.",
            "정부는 {policy} 시행령 개정을 통해 지원 대상을 소재·부품·장비 기업까지 넓힐 방침이다.",
            "{rival:은} 최근 자국 {field} 기업에 대한 보조금을 늘리며 추격에 속도를 내고 있다.",
            "{fcompany} 역시 {country} 내 생산 거점을 늘리며 공급망 재편에 대응하고 있다.",
            "지난해 {field} 수출액은 {usd:으로} 집계됐고, 이 가운데 {item} 비중이 {pct:을} 차지했다.",
            "전력·용수 등 기반시설 확충이 늦어지면 클러스터 가동 일정이 밀릴 수 있다는 우려도 제기됐다.",
        ],
        quotes=[
            "{item} 공급망은 이제 경제안보의 핵심 축이 됐다",
            "기업들이 투자 일정을 차질 없이 이행할 수 있도록 제도적 뒷받침을 아끼지 않겠다",
            "특정 국가에 대한 의존도를 낮추는 일이 무엇보다 시급하다",
            "{country:과}의 협력을 바탕으로 기술 격차를 더 벌려 나가겠다",
            "보조금 경쟁에서 밀리면 생산 거점 자체가 해외로 빠져나갈 수 있다",
        ],
        agenda=["{item} 공동 연구개발", "첨단 장비 수출통제 공조", "반도체 전문인력 교류", "소재·부품 비축 확대",
                "공급망 조기경보 정보 공유"],
        captions=[("{company}의 {item} 클린룸 내부 모습.", "company"),
                  ("{company}의 {item} 생산라인에서 직원들이 제품을 점검하고 있다.", "company")],
        drivers=["미국 반도체 보조금 집행 가속", "한미일 반도체 공급망 협력 강화", "대중 첨단 반도체 장비 수출통제 확대",
                 "HBM 공급 부족 장기화"],
        stocks_pos=["NVIDIA Corp.", "Micron Technology Inc.", "Applied Materials Inc.", "Lam Research Corp.",
                    "KLA Corp.", "Intel Corp."],
        stocks_neg=["Qualcomm Inc.", "Texas Instruments Inc.", "Advanced Micro Devices Inc.", "Apple Inc."],
    ),
    "battery": dict(
        field="이차전지", industry="배터리 업계", insider="배터리 업계 관계자",
        items=["양극재", "음극재", "전해질", "LFP 배터리", "46시리즈 원통형 배터리", "전구체", "전고체 배터리"],
        measures=["보조금", "세액공제", "원산지 규정", "해외우려기관(FEOC) 요건"],
        policies=["IRA(인플레이션감축법)", "IRA 첨단제조생산세액공제(AMPC)", "EU 배터리법"],
        companies=["LG에너지솔루션", "삼성SDI", "SK온", "포스코퓨처엠", "에코프로비엠", "엘앤에프"],
        fcompanies=["테슬라", "GM", "포드", "CATL", "파나소닉"],
        countries=["미국", "독일", "헝가리", "폴란드", "캐나다"],
        offices=["motie_min", "motie_vice", "moef"],
        events=["이차전지 산업 경쟁력 강화 회의", "배터리 얼라이언스 총회", "이차전지 공급망 민관 간담회"],
        datelines={"서울": 4, "세종": 3, "워싱턴": 1, "브뤼셀": 1},
        sections=[("산업", "산업일반"), ("산업", "자동차"), ("경제", "경제일반")],
        titles=[
            '{policy} 세부지침 확정에 {industry} "{item} 현지화 서둘러야"',
            "{company}, {fcompany:과} {item} 장기 공급계약…{usd} 규모",
            '전기차 수요 둔화에도 {item} 투자 유지…{company} "{year}년 흑자 전환"',
            '"{rival}산 의존 낮춰라"…{gov_short}, {item} 공급망 지원 {amount}',
            "{country} {measure} 강화 예고에 K-배터리 {item} 조달처 다변화",
        ],
        decks=[
            "{item} 원료 {rival} 의존도 {pct} 수준",
            "{company} {country} 공장 가동률 회복 기대",
            "{policy} 요건 충족 여부가 수익성 좌우",
            "재활용 원료 활용 비중 {year}년까지 확대",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {event_q:을} 열고 {item} 공급망 내재화를 위한 지원 방안을 발표했다.",
            "{company:이} {when}{fcompany:과} {item} 장기 공급계약을 맺었다고 공시했다. 계약 규모는 {usd} 수준으로 알려졌다.",
            "{speaker:은} {when}{place}에서 {industry} 최고경영자(CEO)들과 만나 {policy} 대응 전략을 점검했다.",
        ],
        details=[
            "이번 계약으로 {company:은} {country} 공장에서 생산하는 {item:을} {year}년부터 순차 공급하게 된다.",
            "{policy}에 따라 {rival}산 핵심 소재를 쓴 배터리는 세액공제 대상에서 빠질 수 있다.",
            "업계는 {item} 원료의 {pct} 이상을 여전히 {rival}에서 들여오고 있는 것으로 파악된다.",
            "전기차 수요 둔화로 배터리 3사의 가동률은 {pct} 안팎까지 떨어진 상태다.",
            "{fcompany:은} 최근 북미 생산 물량 확대를 위해 협력사 다변화를 추진하고 있다.",
            "정부는 {item} 재활용 기술 개발에도 {amount:을} 투입해 원료 조달 경로를 넓히기로 했다.",
            "에너지저장장치(ESS) 시장이 커지면서 LFP 배터리 수요도 덩달아 늘고 있다.",
        ],
        quotes=[
            "{item} 현지 생산 비중을 높이지 않으면 보조금 경쟁에서 버티기 어렵다",
            "전기차 수요 정체가 길어지고 있지만 중장기 투자 기조는 유지하겠다",
            "원산지 규정 변화에 맞춰 공급망 지도를 다시 그리고 있다",
            "배터리 산업은 더 이상 기업만의 문제가 아닌 국가 전략의 문제가 됐다",
        ],
        agenda=["{item} 원료 공동 비축", "폐배터리 재활용 협력", "배터리 여권 제도 정합성 확보", "북미 합작공장 인허가 지원"],
        captions=[("{company}의 {country} 배터리 공장 전경.", "company"),
                  ("{company}의 {item} 생산라인에서 직원들이 제품을 점검하고 있다.", "company")],
        drivers=["IRA 세액공제 요건 완화", "한국산 배터리 북미 공급 확대", "중국산 배터리 소재 규제 강화", "전기차 보조금 축소 우려"],
        stocks_pos=["Tesla Inc.", "General Motors Co.", "Albemarle Corp.", "Ford Motor Co."],
        stocks_neg=["Ford Motor Co.", "General Motors Co.", "Tesla Inc."],
    ),
    "minerals": dict(
        field="핵심광물", industry="소재 업계", insider="소재 업계 관계자",
        items=["리튬", "니켈", "코발트", "흑연", "갈륨", "게르마늄", "망간"],
        measures=["수출통제", "수출허가제", "비축 확대", "공급망 다변화"],
        policies=["핵심광물 확보전략", "공급망안정화기본법", "자원안보특별법"],
        companies=["포스코홀딩스", "고려아연", "LX인터내셔널", "포스코퓨처엠", "에코프로"],
        fcompanies=["앨버말", "리오틴토", "BHP", "SQM"],
        countries=["호주", "인도네시아", "칠레", "아르헨티나", "캐나다"],
        offices=["motie_min", "motie_vice", "moef", "mofa"],
        events=["핵심광물 공급망 점검회의", "자원안보 협의회", "핵심광물 대화"],
        datelines={"세종": 4, "서울": 3, "베이징": 2, "워싱턴": 1},
        sections=[("경제", "경제일반"), ("산업", "산업일반"), ("글로벌", "국제경제")],
        titles=[
            '{rival}, {item} 수출통제 강화…국내 {industry} "재고 {n}개월분 확보"',
            '{country:과} {item} 공급망 파트너십…"{rival} 의존 {pct} 이하로"',
            "{item} 가격 {pct} 급등…{gov_short}, 비축 물량 조기 방출 검토",
            '"광산부터 제련까지"…{company}, {country} {item} 프로젝트 지분 인수',
            "{field} 재자원화 법제화 속도…{item} 회수율 목표 상향",
        ],
        decks=[
            "{item} 수입 {rival} 의존도 {pct}",
            "{company}, 연간 {tons}t 물량 확보",
            "{gov_short} {item} 비축 물량 조기 방출 검토",
            "{country} 정부와 정제·제련 공동 투자 논의",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {event_q:을} 열고 {item} 등 {field} 수급 동향과 대응 방안을 점검했다.",
            "{rival} 정부가 {when}{item} 관련 품목을 수출허가 대상에 추가하면서 국내 기업들의 원료 조달에 비상이 걸렸다.",
            "{company:이} {when}{country} {item} 광산 개발 프로젝트 지분을 인수하는 계약을 체결했다고 밝혔다.",
        ],
        details=[
            "{item:은} 배터리와 반도체, 방산 부품 등에 두루 쓰이는 핵심 원료다.",
            "국내 {item} 수입의 {pct:이} {rival}에 집중돼 있어 공급 차질 시 충격이 클 수밖에 없다.",
            "정부는 {n}개 전략 광종의 비축 물량을 단계적으로 늘린다는 목표를 세워두고 있다.",
            "이번 인수로 {company:은} 연간 {tons}t 규모의 {item:을} 안정적으로 확보할 수 있게 됐다.",
            "{country:은} 세계 {item} 매장량 상위권 국가로, 최근 자원 민족주의 기조를 강화하고 있다.",
            "시장에서는 {rival}의 조치가 자국 기업에 원료를 우선 배분하려는 포석이라는 해석이 나온다.",
            "한국광해광업공단은 {item} 비축 물량을 조기 방출하는 방안도 검토하고 있다.",
        ],
        quotes=[
            "{item} 조달처를 다변화하지 않으면 공급망 충격은 언제든 반복될 수 있다",
            "{country:은} 자원 보유국이자 신뢰할 수 있는 파트너로 자리매김했다",
            "단기적으로 재고는 충분하지만 통제가 길어지면 생산 차질이 불가피하다",
            "광산 확보뿐 아니라 정제·제련 역량을 함께 키워야 한다",
        ],
        agenda=["{item} 공동 탐사", "제련 기술 협력", "핵심광물 비축 정보 공유", "재자원화 표준 마련"],
        captions=[("{country}의 한 {item} 광산 전경.", "wire")],
        drivers=["중국 {item} 수출통제 강화", "핵심광물 공급망 다변화 가속", "{item} 가격 급등"],
        stocks_pos=["Albemarle Corp.", "Freeport-McMoRan Inc.", "Newmont Corp."],
        stocks_neg=["Tesla Inc.", "General Motors Co.", "Apple Inc."],
    ),
    "rare_earth": dict(
        field="희토류", industry="모터·부품 업계", insider="부품 업계 관계자",
        items=["네오디뮴", "디스프로슘", "영구자석", "희토류 분리정제 기술", "테르븀"],
        measures=["수출통제", "기술 수출 금지", "공동 비축"],
        policies=["핵심광물 확보전략", "희토류 공급망 지원법안"],
        companies=["포스코인터내셔널", "LS", "현대모비스", "성림첨단산업"],
        fcompanies=["라이너스", "MP머티리얼즈"],
        countries=["호주", "미국", "베트남", "일본", "캐나다"],
        offices=["motie_min", "motie_vice", "mofa"],
        events=["희토류 공급망 대응 회의", "영구자석 산업 간담회"],
        datelines={"세종": 3, "서울": 3, "베이징": 2, "도쿄": 1},
        sections=[("산업", "산업일반"), ("경제", "경제일반"), ("글로벌", "국제경제")],
        titles=[
            '{rival} 희토류 통제 장기화…{industry} "{item} 재고 바닥"',
            "영구자석 탈{rival} 잰걸음…{company}, {country}산 {item} 확보",
            "{partner_bloc}, 희토류 분리정제 기술 공동개발 착수",
            '"모터 한 대에 {item} 필수"…희토류 공급망 지원법 추진',
        ],
        decks=[
            "전기차·풍력 모터 핵심 소재 조달 비상",
            "{country}산 {item} 장기 구매계약 체결",
            "분리정제 기술 확보가 관건",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {event_q:을} 열고 희토류·영구자석 공급망 안정화 방안을 논의했다.",
            "{company:이} {when}{country} 업체와 {item} 장기 구매계약을 체결했다.",
            "{rival:이} {when}{item} 관련 기술 수출 제한 품목을 확대하면서 국내 {industry}의 긴장감이 높아지고 있다.",
        ],
        details=[
            "영구자석은 전기차 구동모터와 풍력발전기, 로봇 관절 등에 들어가는 핵심 부품이다.",
            "전 세계 희토류 정제 물량의 {pct} 이상을 {rival:이} 차지하고 있다.",
            "이번 계약에 따라 {company:은} {year}년부터 연간 {tons}t의 {item:을} 공급받는다.",
            "업계는 대체 소재 개발과 재활용 확대를 병행해야 한다고 지적한다.",
            "{country} 정부도 자국 내 분리정제 시설 건설에 보조금을 지원하고 있다.",
        ],
        quotes=[
            "희토류는 대체가 어려운 만큼 공급선 확보가 곧 경쟁력이다",
            "분리정제 기술을 확보하지 못하면 광산을 가져도 소용이 없다",
            "우방국과의 공동 투자로 리스크를 분산하겠다",
        ],
        agenda=["희토류 분리정제 기술 공동개발", "영구자석 재활용 협력", "공동 비축 체계 구축"],
        captions=[("{item:을} 활용한 영구자석 제품 모습.", "db")],
        drivers=["중국 희토류 수출 제한 확대", "영구자석 공급망 다변화 지원"],
        stocks_pos=["Freeport-McMoRan Inc.", "Honeywell International Inc."],
        stocks_neg=["Tesla Inc.", "General Motors Co.", "Lockheed Martin Corp.", "GE Vernova Inc."],
    ),
    "hydrogen": dict(
        field="청정에너지", industry="에너지 업계", insider="에너지 업계 관계자",
        items=["청정수소", "청정 암모니아", "수전해 설비", "태양광 모듈", "해상풍력 설비", "소형모듈원전(SMR)"],
        measures=["세액공제", "입찰시장", "인증제"],
        policies=["청정수소발전 입찰시장", "IRA 청정수소 생산세액공제(45V)", "탄소중립 기본계획"],
        companies=["한화솔루션", "두산에너빌리티", "현대차", "효성중공업", "한국전력"],
        fcompanies=["에어프로덕츠", "린데", "지멘스에너지"],
        countries=["호주", "사우디아라비아", "일본", "미국", "독일"],
        offices=["motie_min", "motie_vice", "msit"],
        events=["청정에너지 공급망 협의회", "수소경제위원회", "한·호주 에너지 대화"],
        datelines={"세종": 3, "서울": 3, "도쿄": 1, "브뤼셀": 1},
        sections=[("경제", "경제일반"), ("산업", "에너지"), ("산업", "산업일반")],
        titles=[
            "{country}산 {item} 도입 본격화…{gov_short}, 인수기지 지원",
            '"수소 공급망 같이 짠다"…{partner_bloc} 청정에너지 협력 강화',
            '{policy} 흥행 부진…{industry} "수익성 보완 필요"',
            "{company}, {country}서 {item} 프로젝트 수주…{usd} 규모",
        ],
        decks=[
            "{item} 생산부터 운송까지 전 주기 협력",
            "{year}년 상업 운전 목표",
            "인수기지·배관망 등 인프라 구축 과제",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {event_q:을} 열고 {item} 공급망 구축 방안을 논의했다.",
            "{company:이} {when}{country}에서 {item} 관련 프로젝트를 수주했다고 밝혔다.",
            "{speaker:은} {when}{place}에서 {country} 측 대표단과 만나 청정에너지 공급망 협력 방안을 협의했다.",
        ],
        details=[
            "정부는 {year}년까지 청정수소 발전 비중을 단계적으로 높인다는 계획이다.",
            "{item} 생산 단가는 여전히 화석연료 기반 제품보다 {pct} 가량 높은 것으로 알려졌다.",
            "{country:은} 재생에너지 자원이 풍부해 {item} 수출 거점으로 꼽힌다.",
            "업계는 인수기지와 배관망 같은 인프라 구축이 선행돼야 한다고 입을 모은다.",
            "이번 사업에는 {company2}도 기자재 공급사로 참여한다.",
            "{policy} 세부 기준이 확정되지 않으면서 일부 사업자는 투자 결정을 미루고 있다.",
        ],
        quotes=[
            "청정수소는 에너지 안보와 탄소중립을 동시에 달성할 수 있는 수단이다",
            "{country:과} 함께 생산부터 운송, 활용까지 전 주기 공급망을 만들겠다",
            "초기 시장인 만큼 정부의 가격 지원이 뒷받침돼야 한다",
        ],
        agenda=["청정수소 인증제 상호인정", "수소 운송선 공동 개발", "{item} 기술 표준 협력"],
        captions=[("{company}의 {item} 실증 설비 모습.", "company")],
        drivers=["청정수소 공급망 협력 확대", "청정에너지 세액공제 유지 기대", "재생에너지 인허가 지연"],
        stocks_pos=["Air Products and Chemicals Inc.", "Linde plc", "First Solar Inc.", "NextEra Energy Inc.",
                    "GE Vernova Inc."],
        stocks_neg=["Exxon Mobil Corp.", "Chevron Corp."],
    ),
    "export_control": dict(
        field="첨단기술", industry="수출업계", insider="장비 업계 관계자",
        items=["첨단 반도체 장비", "AI 가속기", "고성능 컴퓨팅 칩", "EUV 장비 부품", "이중용도 전략물자"],
        measures=["수출통제", "엔티티 리스트 지정", "해외직접제품규칙(FDPR)"],
        policies=["수출관리규정(EAR)", "대외무역법", "전략물자 수출입고시"],
        companies=["삼성전자", "SK하이닉스", "한미반도체", "원익IPS"],
        fcompanies=["엔비디아", "ASML", "도쿄일렉트론", "어플라이드머티어리얼즈"],
        countries=["미국", "일본", "네덜란드"],
        offices=["motie_trade", "motie_min", "mofa"],
        events=["수출통제 대응 점검회의", "전략물자 수출관리 설명회", "한미 수출통제 협의"],
        datelines={"워싱턴": 3, "세종": 3, "서울": 2, "베이징": 1},
        sections=[("글로벌", "국제경제"), ("정치", "외교안보"), ("경제", "경제일반")],
        titles=[
            '美 {measure} 확대…국내 {item} 수출 기업 "허가 절차 점검"',
            "{rival}, 맞불 {measure}…{item} 공급망 긴장 고조",
            '{gov_short}, {measure} 대응반 가동…"{item} 기업 피해 최소화"',
            '{partner_bloc} {measure} 공조 강화…"{item} 우회수출 차단"',
            "수출통제 대상 {n}개 품목 추가…{industry} 영향 촉각",
        ],
        decks=[
            "{rival} 내 생산시설 장비 반입 허가제 전환",
            "{fcompany} 등 장비 업체 매출 타격 불가피",
            "정부, 기업별 영향 개별 상담 지원",
        ],
        leads=[
            "{foreign_actor:이} {when}{item:을} 겨냥한 {measure} 조치를 발표하면서 국내 기업들이 영향 점검에 나섰다.",
            "{gov:은} {when}{place}에서 {event_q:을} 열고 주요국 {measure} 동향과 기업 영향을 점검했다고 밝혔다.",
            "{speaker:은} {when}{place}에서 {fofficial:과} 만나 {item} {measure} 관련 한국 기업의 예외 인정을 요청했다.",
        ],
        details=[
            "이번 조치로 {rival} 내 생산시설에 {item:을} 반입하려면 별도 허가를 받아야 한다.",
            "국내 기업의 {rival} 현지 공장은 검증된 최종사용자(VEU) 지위를 통해 장비 반입을 이어왔다.",
            "정부는 전략물자관리원과 함께 기업 대상 설명회를 열고 개별 상담을 지원하기로 했다.",
            "{rival} 상무부는 즉각 반발하며 상응 조치를 검토하겠다는 입장을 내놨다.",
            "업계는 통제 대상 품목의 범위와 유예 기간을 놓고 세부 지침을 기다리고 있다.",
            "{fcompany} 등 장비 업체들의 {rival} 매출 비중이 높아 글로벌 공급망 전반에 파장이 예상된다.",
        ],
        quotes=[
            "동맹국 기업에 대한 예외가 유지될 수 있도록 외교 채널을 총동원하겠다",
            "수출통제가 동맹 간 기술 협력을 가로막는 방향으로 가서는 안 된다",
            "통제 범위가 예상보다 넓어 기업별 영향을 면밀히 따져보고 있다",
            "우회수출을 막기 위한 제도 정비도 함께 추진하겠다",
        ],
        agenda=["첨단기술 수출통제 정보 공유", "우회수출 공동 단속", "허가 절차 간소화", "제3국 아웃리치 협력"],
        captions=[],
        drivers=["대중 첨단 반도체 수출통제 강화", "AI 칩 수출 규제 확대", "동맹국 장비 수출통제 동참"],
        stocks_pos=["Micron Technology Inc.", "Intel Corp."],
        stocks_neg=["NVIDIA Corp.", "Applied Materials Inc.", "Lam Research Corp.", "KLA Corp.",
                    "Advanced Micro Devices Inc."],
    ),
    "sanctions": dict(
        field="대러 제재", industry="무역업계", insider="무역업계 관계자",
        items=["이중용도 품목", "공작기계", "전자부품", "산업용 장비", "건설기계 부품"],
        measures=["2차 제재", "수출금지 조치", "상황허가 제도"],
        policies=["대외무역법", "전략물자 수출입고시"],
        companies=["현대차", "HD현대건설기계", "LS일렉트릭", "두산밥캣"],
        fcompanies=["캐터필러", "지멘스"],
        countries=["미국", "EU", "영국", "일본"],
        offices=["motie_trade", "mofa", "kcs"],
        events=["대러 수출통제 이행 점검회의", "제재 대응 민관 합동회의"],
        datelines={"세종": 3, "서울": 2, "워싱턴": 2, "브뤼셀": 2},
        sections=[("정치", "외교안보"), ("글로벌", "국제경제"), ("경제", "경제일반")],
        titles=[
            "대러 제재 우회 차단…{gov_short}, {item} 수출 {n}개 품목 추가 통제",
            '{country} 2차 제재 예고에 {industry} "제3국 거래 재점검"',
            '"제재 위반 땐 거래 중단"…{item} 수출 심사 강화',
            "{partner_bloc}, 대러 제재 공조 점검…{item} 우회로 차단",
        ],
        decks=[
            "중앙아시아 경유 수출 급증에 제동",
            "상황허가 대상 {n}개 품목 늘려",
            "거래 상대방 최종 사용처 확인 의무화",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {event_q:을} 열고 대러 제재 이행 상황과 {item} 우회 수출 동향을 점검했다.",
            "{foreign_actor:이} {when}러시아 제재를 피해 {item:을} 거래한 제3국 기업들을 제재 대상에 추가했다.",
            "정부가 {when}러시아로 향하는 {item} 우회 수출을 막기 위해 상황허가 대상 품목을 늘리기로 했다.",
        ],
        details=[
            "추가 품목에는 군수 전용 가능성이 있는 {item:이} 대거 포함됐다.",
            "정부는 중앙아시아 등 제3국을 경유한 수출 증가세가 비정상적이라고 판단하고 있다.",
            "제재 대상에 오른 기업과 거래할 경우 미국 금융망 접근이 제한될 수 있다.",
            "무역업계는 거래 상대방의 최종 사용처를 확인하는 절차를 강화하고 있다.",
            "러시아 현지에 생산시설을 둔 일부 기업은 공장 매각을 검토하고 있는 것으로 알려졌다.",
        ],
        quotes=[
            "국제사회의 제재 공조에 빈틈이 생기지 않도록 하겠다",
            "선의의 기업이 불이익을 받지 않도록 사전 상담 창구를 운영하겠다",
            "제3국 거래도 최종 사용처를 꼼꼼히 확인해야 하는 상황이 됐다",
        ],
        agenda=["러시아 제재 이행 조율", "이중용도 품목 정보 공유", "제3국 아웃리치 공동 추진"],
        captions=[],
        drivers=["대러 제재 강화", "제재 우회 거래 단속 확대"],
        stocks_pos=["Lockheed Martin Corp.", "RTX Corp.", "Exxon Mobil Corp."],
        stocks_neg=["Caterpillar Inc.", "Deere & Co.", "Visa Inc.", "JPMorgan Chase & Co."],
    ),
    "tariff": dict(
        field="통상", industry="수출업계", insider="철강 업계 관계자",
        items=["철강", "태양광 모듈", "전기차", "알루미늄", "석유화학 제품", "자동차 부품"],
        measures=["반덤핑 관세", "상계관세", "보편관세", "세이프가드", "무역확장법 232조 관세"],
        policies=["무역구제 제도", "관세법", "FTA 원산지 규정"],
        companies=["포스코", "현대제철", "현대차", "기아", "한화큐셀", "LG화학"],
        fcompanies=["US스틸", "뉴코어", "퍼스트솔라"],
        countries=["미국", "EU", "인도", "베트남", "멕시코"],
        offices=["motie_trade", "moef", "kcs", "motie_min"],
        events=["통상 현안 점검회의", "무역구제 대응 간담회", "수출 비상 점검회의"],
        datelines={"세종": 3, "서울": 2, "워싱턴": 2, "브뤼셀": 1},
        sections=[("경제", "경제일반"), ("글로벌", "국제경제"), ("산업", "산업일반")],
        titles=[
            '{country}, 한국산 {item}에 {measure} 예비판정…{industry} "이의 제기"',
            "{measure} 파고에 {item} 수출 {pct} 감소…{gov_short} 긴급 점검",
            "{rival}산 {item} 덤핑 공세…무역위원회 {measure} 조사 착수",
            '"관세 폭탄 피하자"…{company}, {country} 현지 생산 확대',
            '{gov_short}, {country:과} {measure} 협의…"{item} 쿼터 확대 요청"',
        ],
        decks=[
            "예비판정 관세율 {pct}…최종 판정 주목",
            "{company} 등 현지 생산 확대 검토",
            "정부, WTO 제소 가능성 열어둬",
        ],
        leads=[
            "{foreign_actor:이} {when}한국산 {item}에 대해 {measure} 예비판정을 내리면서 관련 업계가 대응에 나섰다.",
            "{gov:은} {when}{place}에서 {event_q:을} 열고 주요국 {measure} 동향이 {item} 수출에 미칠 영향을 점검했다.",
            "무역위원회가 {when}{rival}산 {item}에 대한 {measure} 부과 여부를 가리기 위한 본조사에 착수했다.",
            "{speaker:은} {when}{place}에서 {fofficial:과} 면담하고 한국산 {item}에 대한 {measure} 적용 제외를 요청했다.",
        ],
        details=[
            "예비판정 관세율은 {pct:으로}, 최종 판정은 수개월 안에 나올 전망이다.",
            "지난해 {country:으로} 향한 한국산 {item} 수출액은 {usd} 규모였다.",
            "{rival}산 저가 {item}의 국내 유입이 늘면서 업계 가동률은 {pct}까지 떨어졌다.",
            "정부는 세계무역기구(WTO) 제소 가능성도 열어두고 대응 논리를 마련하고 있다.",
            "{company:은} 관세 부담을 줄이기 위해 {country} 현지 생산 비중을 높이는 방안을 검토 중이다.",
            "업계는 관세가 확정되면 가격 경쟁력이 크게 떨어질 것이라며 우려를 나타냈다.",
        ],
        quotes=[
            "관세 부과의 근거가 된 산정 방식에 문제가 있는 만큼 적극 소명하겠다",
            "저가 수입품으로 인한 산업 피해가 구체적으로 확인되면 신속히 조치하겠다",
            "현지 생산을 늘리는 것 외에는 뾰족한 대안이 없다",
            "통상 갈등이 공급망 협력의 틀을 흔들지 않도록 관리해야 한다",
        ],
        agenda=["{item} 쿼터 조정", "관세 분쟁 조기 협의 채널 구축", "원산지 검증 공조"],
        captions=[("{company}의 {item} 생산 현장.", "company")],
        drivers=["미국 {item} 관세 인상", "수입산 {item} 반덤핑 관세 부과", "보편관세 확대 우려"],
        stocks_pos=["Nucor Corp.", "Steel Dynamics Inc.", "First Solar Inc."],
        stocks_neg=["General Motors Co.", "Ford Motor Co.", "Walmart Inc.", "Caterpillar Inc."],
    ),
    "ipef": dict(
        field="통상협력", industry="수출 기업들", insider="무역업계 관계자",
        items=["공급망 협정", "FTA 개선협상", "디지털 통상 규범", "원산지 규정", "청정경제 협정"],
        measures=["조기경보시스템", "공급망 협의체", "관세 인하"],
        policies=["IPEF 공급망 협정", "경제안보 공급망 대화"],
        companies=["현대차", "포스코인터내셔널", "CJ제일제당", "LG전자"],
        fcompanies=["토요타", "월마트"],
        countries=["인도네시아", "베트남", "호주", "인도", "캐나다", "멕시코"],
        offices=["motie_trade", "mofa", "motie_min"],
        events=["공급망 대화", "IPEF 장관회의", "FTA 공동위원회"],
        datelines={"세종": 3, "서울": 3, "워싱턴": 1, "도쿄": 1},
        sections=[("경제", "경제일반"), ("글로벌", "국제경제"), ("정치", "외교안보")],
        titles=[
            'IPEF 공급망 협정 이행 점검…{gov_short} "조기경보 체계 실효성 높인다"',
            "한·{country_abbr} FTA 개선협상 타결…{n}개 품목 관세 단계적 철폐",
            "{gov_short}, {country:과} 공급망 대화 신설…핵심품목 {n}개 공동 관리",
            'IPEF 장관회의서 "공급망 위기 땐 공동 대응"…대체 공급처 공유',
        ],
        decks=[
            "핵심 품목 수급 정보 분기마다 교환",
            "연내 국내 비준 절차 마무리 목표",
            "{country} 진출 기업 비관세장벽 해소 기대",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {country} 측과 {event_q:을} 열고 {item} 이행 현황을 점검했다고 밝혔다.",
            "{speaker:은} {when}{place}에서 열린 인도·태평양 경제 프레임워크(IPEF) 장관회의에 참석해 공급망 위기 대응 공조를 강조했다.",
            "한국과 {country:이} {when}{item} 협상을 마무리하고 서명 절차에 들어가기로 했다.",
        ],
        details=[
            "IPEF 공급망 협정은 위기 발생 시 회원국이 대체 공급처 정보를 공유하도록 한 다자 협정이다.",
            "양국은 {n}개 핵심 품목을 공동 관리 대상으로 지정하고 수급 정보를 분기마다 교환하기로 했다.",
            "{country:은} 광물 자원과 생산 인력이 풍부해 공급망 협력의 핵심 파트너로 꼽힌다.",
            "이번 합의로 {item} 관련 비관세장벽도 상당 부분 해소될 것으로 기대된다.",
            "정부는 연내 국내 비준 절차를 마무리하고 내년 중 발효를 목표로 하고 있다.",
        ],
        quotes=[
            "공급망 위기는 한 나라의 힘만으로는 막을 수 없다",
            "{country:과}의 협력이 우리 기업의 현지 진출에 든든한 발판이 될 것이다",
            "협정이 문서에 그치지 않도록 실질적인 이행 성과를 만들겠다",
        ],
        agenda=["공급망 위기 대응 네트워크 운영", "핵심 품목 수급 정보 교환", "청정경제 공동 프로젝트 발굴",
                "디지털 통상 규범 논의"],
        captions=[],
        drivers=["인도·태평양 공급망 협력 강화", "역내 관세 인하 기대"],
        stocks_pos=["Caterpillar Inc.", "United Parcel Service Inc.", "FedEx Corp.", "Walmart Inc."],
        stocks_neg=["Dow Inc."],
    ),
    "shipping": dict(
        field="해운", industry="해운업계", insider="해운업계 관계자",
        items=["북극항로", "홍해 항로", "컨테이너 운임", "친환경 선박", "부산항 환적 물량"],
        measures=["항로 다변화", "물류비 지원", "선복 우선 배정"],
        policies=["해운산업 재건계획", "국가 필수선대 제도"],
        companies=["HMM", "팬오션", "대한해운", "HD한국조선해양", "한화오션"],
        fcompanies=["머스크", "MSC", "하팍로이드"],
        countries=["노르웨이", "네덜란드", "싱가포르", "이집트"],
        offices=["mof", "motie_min"],
        events=["수출 물류 비상 점검회의", "북극항로 추진단 회의", "해운·항만 민관 협의회"],
        datelines={"부산": 4, "세종": 3, "서울": 2},
        sections=[("경제", "경제일반"), ("산업", "산업일반")],
        titles=[
            '북극항로 시범운항 선사 공모…"{year}년 정기 운항 목표"',
            "홍해 리스크 재부각에 컨테이너 운임 {pct} 상승…수출기업 물류비 비상",
            '{gov_short}, 희망봉 우회 선박 지원 연장…"수출 물류 차질 최소화"',
            '북극항로 상용화 로드맵 발표…"유럽행 항로 열흘 단축"',
            "{company}, 친환경 선박 {n}척 발주…운항 노선 재편",
        ],
        decks=[
            "쇄빙 능력 갖춘 선박 확보가 관건",
            "중소 화주 선복 우선 배정 확대",
            "{year}년 정기 운항 목표",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {event_q:을} 열고 홍해 사태 장기화에 따른 수출 물류 대응 방안을 논의했다.",
            "{gov:이} {when}북극항로 시범운항에 참여할 선사와 화주 모집에 나섰다.",
            "{company:이} {when}{n}척 규모의 친환경 컨테이너선 발주 계약을 체결했다고 밝혔다.",
        ],
        details=[
            "홍해를 피해 아프리카 희망봉으로 우회하면서 아시아∼유럽 항로 운항 기간은 열흘 이상 늘었다.",
            "북극항로를 이용하면 부산에서 유럽까지 운항 거리를 {pct} 가까이 줄일 수 있다.",
            "상하이컨테이너운임지수(SCFI)는 최근 {n}주 연속 상승했다.",
            "정부는 중소 화주를 위해 선복 우선 배정 물량을 늘리고 물류비 지원 예산도 증액했다.",
            "다만 쇄빙 능력을 갖춘 선박 확보와 보험료 부담은 여전히 과제로 남아 있다.",
            "{fcompany} 등 글로벌 선사들도 운항 노선 재편을 서두르고 있다.",
        ],
        quotes=[
            "항로 다변화는 수출 물류 안보 차원에서 접근해야 한다",
            "시범운항을 통해 상업적 가능성부터 확인하겠다",
            "물류비 상승이 수출기업에 전가되지 않도록 지원을 강화하겠다",
        ],
        agenda=["항만 물류 정보 공유", "친환경 선박 기술 협력", "북극 항로 안전 운항 공조"],
        captions=[("부산항 신항에서 컨테이너 하역 작업이 진행되고 있다.", "db")],
        drivers=["홍해 항로 불안 장기화", "글로벌 해상 운임 상승", "북극항로 상용화 기대"],
        stocks_pos=["Union Pacific Corp.", "Expeditors International of Washington Inc.",
                    "C.H. Robinson Worldwide Inc."],
        stocks_neg=["Walmart Inc.", "Target Corp.", "Nike Inc.", "Best Buy Co. Inc."],
    ),
    "ai": dict(
        field="AI", industry="AI 업계", insider="AI 업계 관계자",
        items=["AI 반도체", "AI 데이터센터", "전력망", "고성능 GPU", "소버린 AI 인프라"],
        measures=["수출통제", "전력 공급 특례", "투자 세액공제"],
        policies=["AI 기본법", "국가 AI 컴퓨팅 인프라 계획"],
        companies=["네이버", "SK텔레콤", "KT", "삼성전자", "SK하이닉스"],
        fcompanies=["엔비디아", "마이크로소프트", "구글", "AMD"],
        countries=["미국", "UAE", "영국", "프랑스", "일본"],
        offices=["msit", "motie_min"],
        events=["AI 반도체 협의체", "국가 AI 전략위원회", "AI 데이터센터 전력 점검회의"],
        datelines={"서울": 4, "세종": 2, "워싱턴": 2},
        sections=[("산업", "IT"), ("경제", "경제일반"), ("글로벌", "국제경제")],
        titles=[
            "AI 데이터센터 전력난…{gov_short}, 분산형 전력망 특례 추진",
            '{fcompany:과} GPU {n}만장 공급 협력…"소버린 AI 인프라 구축"',
            '美 AI 칩 수출 규정 개편에 {industry} "{item} 확보 경쟁 심화"',
            '{partner_bloc}, AI 안전·표준 협력 강화…"신뢰할 수 있는 AI 공급망"',
        ],
        decks=[
            "데이터센터 전력망 접속 대기 해소 추진",
            "GPU {n}만장 단계적 확충",
            "{company}·{company2} 컨소시엄 참여",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {event_q:을} 열고 {item} 확충을 위한 지원 방안을 논의했다.",
            "{company:이} {when}{fcompany:과} {item} 구축을 위한 전략적 협력 양해각서(MOU)를 체결했다.",
            "{speaker:은} {when}{place}에서 {country} 측 인사들과 만나 AI 공급망 협력 방안을 논의했다.",
        ],
        details=[
            "대형 AI 데이터센터 한 곳이 소비하는 전력은 중소 도시 전체 사용량과 맞먹는 수준이다.",
            "정부는 {year}년까지 국가 AI 컴퓨팅 센터에 GPU를 단계적으로 확충할 계획이다.",
            "{fcompany:은} 최근 아시아 지역 AI 인프라 투자를 늘리며 협력사를 물색하고 있다.",
            "고성능 메모리 수요가 급증하면서 {company}의 관련 매출 비중도 {pct}까지 올라섰다.",
            "업계는 전력망 접속 대기 기간이 길어 신규 데이터센터 착공이 지연되고 있다고 호소한다.",
        ],
        quotes=[
            "AI 경쟁력은 결국 반도체와 전력, 데이터를 누가 안정적으로 확보하느냐에 달렸다",
            "민간 투자가 빠르게 이뤄지도록 규제와 인허가 절차를 과감히 정비하겠다",
            "신뢰할 수 있는 파트너와 AI 공급망을 함께 만드는 것이 중요하다",
        ],
        agenda=["AI 안전성 평가 협력", "AI 반도체 공동 연구", "데이터센터 전력 인프라 투자", "AI 국제표준 공동 대응"],
        captions=[("{company}의 데이터센터 서버실 모습.", "company")],
        drivers=["AI 데이터센터 투자 확대", "AI 칩 수출 규제 강화", "아시아 AI 인프라 수요 증가"],
        stocks_pos=["NVIDIA Corp.", "Microsoft Corp.", "Equinix Inc.", "Digital Realty Trust Inc.",
                    "Constellation Energy Corp.", "Vistra Corp."],
        stocks_neg=["Intel Corp.", "Super Micro Computer Inc.", "Meta Platforms Inc."],
    ),
    "standards": dict(
        field="국제표준", industry="수출 기업들", insider="수출기업 관계자",
        items=["배터리 여권", "탄소국경조정제도(CBAM)", "핵심원자재법(CRMA)", "탄소발자국 산정 기준", "수소 충전 표준"],
        measures=["인증 제도", "표준 협력", "규제 대응 지원"],
        policies=["국가표준기본계획", "표준화 전략 로드맵"],
        companies=["LG에너지솔루션", "현대제철", "포스코", "삼성SDI"],
        fcompanies=["폭스바겐", "BMW", "지멘스"],
        countries=["EU", "독일", "프랑스", "미국", "일본"],
        offices=["kats", "motie_min", "motie_vice"],
        events=["표준협력대화", "국가표준 전략회의", "탄소규제 대응 설명회"],
        datelines={"세종": 3, "서울": 3, "브뤼셀": 2},
        sections=[("경제", "경제일반"), ("산업", "산업일반")],
        titles=[
            'EU {item} 본격 시행 앞두고…{gov_short} "수출기업 컨설팅 확대"',
            "{item} 대응 시험·인증 체계 구축…{n}개 기관 지정",
            '한·{country_abbr} 표준협력대화…"{item} 상호인정 추진"',
            '"표준이 곧 시장"…{gov_short}, {field} 선점 전략 발표',
        ],
        decks=[
            "중소 수출기업 무료 컨설팅 제공",
            "시험·인증 결과 상호인정 추진",
            "국제표준 제안 {n}건으로 확대",
        ],
        leads=[
            "{gov:은} {when}{place}에서 {event_q:을} 열고 {item} 대응을 위한 표준화 전략을 발표했다.",
            "{speaker:은} {when}{place}에서 {country} 표준 당국과 만나 {item} 관련 제도 상호인정 방안을 논의했다.",
            "주요국이 추진하는 {item} 시행이 다가오면서 {gov:이} {when}수출기업 지원에 속도를 내고 있다.",
        ],
        details=[
            "{item:이} 시행되면 수출기업은 제품별 탄소 배출량 등 세부 정보를 의무적으로 제출해야 한다.",
            "정부는 중소 수출기업을 대상으로 산정 방법론 교육과 컨설팅을 무료로 제공하기로 했다.",
            "국내 시험기관의 측정 결과가 현지에서 인정받지 못하면 기업들은 이중 비용을 부담해야 한다.",
            "{company:은} 이미 주요 제품에 대한 탄소발자국 검증을 마치고 대응 체계를 갖췄다.",
            "국제표준화기구(ISO)와 국제전기기술위원회(IEC)에서 한국이 제안한 표준은 {n}건으로 늘었다.",
        ],
        quotes=[
            "표준을 먼저 만드는 나라가 시장의 규칙을 정한다",
            "중소기업이 규제 대응에서 뒤처지지 않도록 현장 지원을 강화하겠다",
            "{country:과}의 상호인정이 이뤄지면 기업 부담이 크게 줄어들 것이다",
        ],
        agenda=["시험·인증 상호인정", "탄소배출 산정 기준 조화", "표준 전문인력 교류"],
        captions=[],
        drivers=["EU 탄소국경조정제도 본격 시행", "배터리 여권 도입에 따른 규제 비용 증가"],
        stocks_pos=["Honeywell International Inc.", "Linde plc", "Nucor Corp."],
        stocks_neg=["Dow Inc.", "General Motors Co."],
    ),
}
