"""Section names the press prints in breadcrumbs and navigation bars (rules as data).

A line made only of these is navigation, never a headline or a deck line.
"""

from __future__ import annotations

SECTIONS_KO = frozenset({
    "정치", "경제", "사회", "산업", "증권", "금융", "부동산", "글로벌", "국제", "세계", "문화", "연예", "스포츠",
    "오피니언", "전국", "지역", "중국", "북한", "피플", "바이오", "헬스", "IT", "생활", "건설", "자동차", "에너지",
    "기업", "테크", "라이프", "전국/지역", "IT/과학", "IT·과학", "마켓", "통상", "산업·재계", "정책", "유통", "과학",
    "외교", "국방", "노동", "환경", "재계", "경제일반", "산업일반",
})
SECTIONS_EN = frozenset({
    "National", "Business", "Politics", "Economy", "Industry", "Finance", "World", "North Korea", "Tech", "Science",
    "Opinion", "Culture", "Life & Style", "Life", "Sports", "Entertainment", "Markets", "Policy", "Companies", "Trade",
    "Diplomacy", "Defense", "Social Affairs", "Foreign Affairs", "Economy & Finance", "Tech & Science", "Asia",
})
