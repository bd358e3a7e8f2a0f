"""A broadcast story's crew credits: who filmed and edited the report, never who wrote it.

A TV or radio script closes on its crew ("영상취재 홍길동 / 영상편집 김철수", "(촬영기자: 홍길동, 영상편집: 김철수)",
"[VJ 홍길동 · 그래픽 김철수]"): task words of a closed vocabulary, each followed by a name or two. The line is
furniture, not the story's last paragraph, and its people are no authors.
"""

from __future__ import annotations

import re

# The crew's task words. A line must name one of the STRONG ones (broadcast-only words), or two tasks:
# "편집 홍길동" alone may be a print desk's credit, "취재 홍길동" a writer's byline (so 취재 alone is no task).
CREW_TASKS_STRONG = ("영상취재", "영상촬영", "영상편집", "영상그래픽", "촬영기자", "드론촬영", "VJ")
CREW_TASKS_OTHER = ("촬영", "편집", "그래픽", "CG", "자료조사", "구성", "조연출")
_TASK = "|".join(sorted(CREW_TASKS_STRONG + CREW_TASKS_OTHER, key=len, reverse=True))
_NAME = r"[가-힣]{2,4}(?:\s?기자)?"
_SEGMENT = rf"(?:{_TASK})\s*[:=：]?\s*{_NAME}(?:\s*[·ㆍ,]\s*{_NAME})*"
_CREW_LINE_RE = re.compile(rf"^[(\[【<]?\s*(?P<crew>{_SEGMENT}(?:\s*[/|,·ㆍ]?\s*{_SEGMENT})*)\s*[)\]】>]?$")
_TASK_RE = re.compile(_TASK)
CREW_LINE_MAX = 80  # a credit line is short; a sentence naming a camera operator is the story's


def is_crew_credit(line: str) -> bool:
    """True for a line made only of crew credits: ``영상취재 홍길동 / 영상편집 김철수``."""
    s = line.strip()
    if len(s) > CREW_LINE_MAX or not ("영상" in s or "촬영" in s or "편집" in s or "VJ" in s or "그래픽" in s):
        return False
    m = _CREW_LINE_RE.match(s)
    if m is None:
        return False
    tasks = _TASK_RE.findall(m["crew"])
    return len(tasks) >= 2 or tasks[0] in CREW_TASKS_STRONG
