"""Sentence-level policy actions with their evidence sentence.

Labels (a sentence can carry several):

* ``agreement``         - agreements, MOUs, joint statements/declarations, signed
                          contracts (government or corporate: 협정, 양해각서, 공동선언,
                          공급계약 체결);
* ``export_control``    - export controls, licences, entity lists, export bans;
* ``sanction``          - sanctions and sanction designations;
* ``tariff``            - tariffs, duties, anti-dumping/countervailing/safeguard measures;
* ``subsidy``           - subsidies, tax credits, grants, policy loans, and government
                          money put into a programme (정부 … 억원 투입/지원);
* ``investment``        - investment, new or expanded plants, stakes, acquisitions, JVs;
* ``meeting``           - meetings, talks, consultations, summits, forums (회의/회담/
                          간담회/협의/면담/만나 …);
* ``standard_setting``  - developing, adopting or harmonising standards/certification;
* ``investigation``     - trade or regulatory investigations (반덤핑 조사, 232조 조사,
                          조사 착수, investigation, probe); surveys are not investigations.

A rule is a trigger (the action word) plus, for the noisier labels, a cue that must
occur in the same sentence (an announcing/imposing verb, an amount …); exclusions
cancel trigger matches inside them (관세청, 회의적, 설문조사, 투자자, 투자세액공제 …).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from .text import Doc, MultiScan, guarded, overlaps, prepare

ACTIONS = ("agreement", "export_control", "sanction", "tariff", "subsidy", "investment", "meeting",
           "standard_setting", "investigation")


@dataclass(frozen=True)
class ActionHit:
    action: str
    evidence_sentence: str
    sentence_index: int


@dataclass(frozen=True)
class _Rule:
    action: str
    trigger: re.Pattern[str]
    cue: re.Pattern[str] | None = None
    exclude: re.Pattern[str] | None = None
    unless: re.Pattern[str] | None = None  # the rule does not apply to sentences matching this


def _rx(p: str) -> re.Pattern[str]:
    # Behind a first-character guard: same matches, an order of magnitude faster to scan.
    return guarded(p, re.IGNORECASE)


RULES: tuple[_Rule, ...] = (
    _Rule(
        "agreement",
        _rx(r"(?<![연종통결조융복집적혼규])합의(?!점|하지 못|에 이르지 못|가 불발)|협정|양해각서|MOU|공동\s?선언|공동\s?성명|공동\s?발표문|협약|서명|"
            r"계약(?:을|이|에)?\s?(?:체결|맺)|(?:공급|구매|장기)\s?계약|체결|맺었|맺기로|타결|"
            r"\bagree(?:d|ment|ments|s)?\b|\bsign(?:ed|ing)\b|memorandum of understanding|joint statement|"
            r"\bdeal\b|\bpact\b|\baccord\b"),
        # Negotiating an agreement is not concluding one: 자유무역협정(FTA) 협상 재개.
        exclude=_rx(r"합의제|협정세율|계약직|계약금리|great deal|good deal|deal with|dealing with|"
                    r"(?:협정|FTA)(?:\([^)]*\))?\s?(?:개선\s?|재개\s?|체결\s?)?협상(?!을 타결|이 타결|\s?타결)"),
    ),
    _Rule(
        "export_control",
        _rx(r"수출\s?통제|수출\s?규제|수출\s?허가|수출\s?금지|수출\s?제한|엔티티\s?리스트|"
            r"수출(?:이|을|도)?\s?(?:원칙적으로\s|전면\s|사실상\s|일부\s)?(?:금지|제한|중단시)|우려거래자|전략물자|해외직접제품규칙|FDPR|"
            r"검증된 최종사용자|VEU|수출관리|export control|export restriction|export ban|export licen[cs]e|entity list|"
            r"foreign direct product rule|export curb"),
    ),
    _Rule(
        "sanction",
        _rx(r"제재|세컨더리 보이콧|sanction"),
        exclude=_rx(r"행정\s?제재|징계"),
    ),
    _Rule(
        "tariff",
        _rx(r"관세|반덤핑|상계관세|세이프가드|덤핑|소액면세|de minimis|tariff|anti-?dumping|countervailing|safeguard|\bduties\b|Section 232|"
            r"Section 301|232조|301조"),
        exclude=_rx(r"관세청|관세사|관세국경보호청|관세평가"),
    ),
    _Rule(
        "subsidy",
        _rx(r"보조금|세액\s?공제|지원금|인센티브|정책\s?금융|저리\s?(?:대출|융자)|정책자금|출연금|(?-i:\bIRA\b)|칩스법|(?-i:\bCHIPS\b)|반도체법|"
            r"생산세액공제|subsid|tax credit|\bgrants?\b|incentive"),
        cue=_rx(r"보조금|세액\s?공제|지원금|인센티브|정책\s?금융|저리|정책자금|출연|subsid|tax credit|grant|incentive|"
                r"지급|지원|혜택|대상|받|확대|신설|투입|제공|축소|폐지|요건|funding|award|provide|receive|eligib|(?-i:\bIRA\b)|칩스법|"
                r"(?-i:\bCHIPS\b)"),
    ),
    _Rule(
        "subsidy",
        # A public body paying part of the cost: 탐사비의 절반을 지원, 물류비 일부를 지원.
        _rx(r"(?:비|비용)(?:의)?\s?(?:일부|절반|전액|\d+\s?%)(?:를|을)?\s?(?:지원|보조|부담)"),
        cue=_rx(r"정부|당국|부처|공단|공사|코트라|KOTRA|지자체|[가-힣]+부(?:는|가|도)\s|[가-힣]+청(?:은|이)\s|government|ministry"),
    ),
    _Rule(
        "subsidy",
        # Government money put into a programme: 정부는 … 1400억원을 투입/지원.
        _rx(r"(?:억|조|만)\s?(?:원|엔|달러|유로|위안)(?:을|의|이|가|를)?\s?(?:투입|지원|출연|보조)|예산(?:을|이)?\s?(?:투입|지원|편성|확보)|"
            r"(?:billion|million) (?:in|of) (?:federal |government |public )?(?:funding|support)"),
        cue=_rx(r"정부|당국|부처|산업부|기재부|산업통상자원부|기획재정부|과기정통부|지자체|국가|예산|재정|government|federal|ministry"),
    ),
    _Rule(
        "investment",
        _rx(r"투자(?!세액|자|\s?판단|\s?권유|\s?결과|심리|\s?전\b)|증설|공장(?:을|\s)?\s?(?:건설|짓|신설|설립)|착공|지분|인수(?!위|인계|기지)|"
            r"합작\s?(?:법인|공장|투자|회사|설립|사업)|생산\s?(?:거점|기지|라인)(?:을|를)?\s?(?:구축|확대|늘리)|\binvest(?:s|ed|ing|ment|ments)?\b|"
            r"\bnew plant\b|\bbuild(?:s|ing)? (?:a |its |new )?(?:plant|factory|fab)|\bacquisition\b|\bacquire[ds]?\b|\bstake\b|"
            r"joint venture"),
        # A concrete commitment: an amount, a plant, a stake, or a deciding verb (not "투자 계획을 세우는 데 도움").
        cue=_rx(r"\d\s?(?:억|조|만)?\s?(?:원|달러|유로|엔|위안)|\$\s?\d|billion|million|규모|증설|공장|착공|지분|인수|합작|설립|"
                r"생산\s?(?:거점|기지|라인)|투자(?:를|에|도)?\s?(?:단행|집행|유치|결정|확정|확대|늘리|나서|추진|검토|약속|공식화|발표|"
                r"재개|중단|보류|연기|축소)|공동(?:으로)?\s?투자|투자\s?참여|build|plant|factory|stake|acqui|joint venture|commit|"
                r"pledg|announc"),
    ),
    _Rule(
        "investment",
        # A company putting money in: 한미반도체는 … 6조8000억원을 투입할 계획이다 (public money is a subsidy).
        _rx(r"(?:억|조)\s?(?:원|달러|엔|유로|위안)(?:을|를)?\s?(?:투입|쏟|들여)"),
        unless=_rx(r"정부|당국|부처|예산|재정|지자체|government|ministry"),
    ),
    _Rule(
        "meeting",
        _rx(r"회의(?!적|론|감)|회담|간담회|협의(?!회사)|면담|만나|만났|만난|회동|포럼|정상회의|장관회의|협의체|대화|논의|"
            r"전화\s?통화|통화(?:를 갖|했|하고)|화상회의|\bmeets? with\b|\bmeetings?\b|\bmet with\b|\bmet on\b|\btalks\b|\bsummit\b|consultation|dialogue|\bforum\b|"
            r"\bdiscuss(?:ed|es|ing)?\b"),
        exclude=_rx(r"대화형|대화면|논의가 필요|방문객|본회의"),
    ),
    _Rule(
        "standard_setting",
        _rx(r"표준|규격|상호\s?인정|인증\s?(?:제도|기준|체계)|\bstandards?\b|standardi[sz]ation|mutual recognition|"
            r"conformity assessment"),
        cue=_rx(r"제정|개발|채택|마련|도입|선점|주도|협력|공동|개정|정합|통일|표준화|작업|논의|제안|발표|만들|맞추|부합|"
                r"상호\s?인정|공유|set|develop|adopt|harmoni[sz]|align|draft|common|joint|shar|mutual recognition"),
        exclude=_rx(r"표준어|표준시|표준편차|표준계약서|국가기술표준원|국표원|standard practice"),
    ),
    _Rule(
        "investigation",
        _rx(r"(?<![제구])조사|investigat|\bprobe\b|\binquiry\b"),
        cue=_rx(r"착수|개시|진행|결과|판정|예비|최종|발표|요청|신청|반덤핑|상계|232조|301조|당국|위원회|에 나섰|에 들어|"
                r"launch|open|initiat|conduct|find|ruling|determin|Section"),
        exclude=_rx(r"설문\s?조사|여론\s?조사|조사에 따르면|조사됐|조사된|조사기관|실태\s?조사|survey|조사한 결과에 따르면"),
    ),
)


# Every rule's trigger from one scan of the joined article (the same matches as a finditer per trigger):
# candidate positions from one Aho-Corasick pass over the triggers' literal prefixes (up to 3 characters).
_TRIGGERS = MultiScan([r.trigger for r in RULES])


def _rule_applies(rule: _Rule, text: str, spans: list[tuple[int, int]] | None = None) -> bool:
    """Whether ``rule`` fires on the sentence ``text`` (``spans``: its trigger matches, when already found)."""
    if spans is None:
        spans = [m.span() for m in rule.trigger.finditer(text)]
    if not spans:
        return False
    if rule.exclude is not None:
        excluded = [m.span() for m in rule.exclude.finditer(text)]
        if excluded and all(overlaps(span, excluded) for span in spans):
            return False
    if rule.cue is not None and not rule.cue.search(text):
        return False
    if rule.unless is not None and rule.unless.search(text):
        return False
    return True


def sentence_actions(text: str) -> list[str]:
    """Action labels one sentence carries."""
    out = []
    for rule in RULES:
        if rule.action not in out and _rule_applies(rule, text):
            out.append(rule.action)
    return out


def tag_actions(article: Any) -> list[ActionHit]:
    doc: Doc = prepare(article)
    # One scan of the joined article for all triggers finds the sentences where a rule can fire (a few
    # per article); only those are examined, rule by rule in RULES order (= sentence_actions).
    # The trigger spans come from that one scan (no re-scan of the sentence).
    text, starts = doc.joined()
    fired: dict[int, dict[int, list[tuple[int, int]]]] = {}
    for r_index, matches in enumerate(_TRIGGERS.finditer_all(text)):
        for m in matches:
            a, b = m.span()
            s_index = bisect_right(starts, a) - 1
            base = starts[s_index]
            fired.setdefault(s_index, {}).setdefault(r_index, []).append((a - base, b - base))
    hits = []
    for s_index in sorted(fired):
        s = doc.sentences[s_index]
        done: list[str] = []
        for r_index, spans in fired[s_index].items():
            rule = RULES[r_index]
            if rule.action not in done and _rule_applies(rule, s.text, spans):
                done.append(rule.action)
                hits.append(ActionHit(rule.action, s.text, s.index))
    return hits
