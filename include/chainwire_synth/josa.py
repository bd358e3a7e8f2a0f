"""Korean particle (josa) selection for template filling.

Templates write ``{gov:은}`` and get ``산업통상자원부는`` or ``관세청은`` depending on
whether the slot value ends in a final consonant (batchim). Parenthesised glosses
(``HBM(고대역폭메모리)``), closing quotes and trailing punctuation are looked through,
as Korean copy-editing does; Latin letters and digits are read the Korean way
(``TSMC는``, ``USTR은``, ``12.4%를``).
"""

from __future__ import annotations

import re
import string
from typing import Any

# particle spec -> (after a final consonant, after a vowel)
PARTICLES: dict[str, tuple[str, str]] = {
    "은": ("은", "는"),
    "는": ("은", "는"),
    "이": ("이", "가"),
    "가": ("이", "가"),
    "을": ("을", "를"),
    "를": ("을", "를"),
    "과": ("과", "와"),
    "와": ("과", "와"),
    "으로": ("으로", "로"),
    "로": ("으로", "로"),
    "이라": ("이라", "라"),
    "이며": ("이며", "며"),
    "이나": ("이나", "나"),
}

_RIEUL = 8  # index of ㄹ among the final consonants
_DIGIT_FINAL = {"0": 21, "1": _RIEUL, "2": 0, "3": 16, "4": 0, "5": 0, "6": 1, "7": _RIEUL, "8": _RIEUL, "9": 0}
_LATIN_FINAL = {"l": _RIEUL, "r": _RIEUL, "m": 16, "n": 4}
_PAREN_TAIL = re.compile(r"\([^()]*\)$")
_TRAILING = "'\"’”」』…·. "


def final_consonant(word: str) -> int:
    """Index (0 = none, 8 = ㄹ, other = some batchim) of the sound the word ends in."""
    w = word.strip()
    while True:
        stripped = _PAREN_TAIL.sub("", w).rstrip(_TRAILING)
        if stripped == w:
            break
        w = stripped
    if not w:
        return 0
    c = w[-1]
    if "가" <= c <= "힣":
        return (ord(c) - 0xAC00) % 28
    if c.isdigit():
        return _DIGIT_FINAL[c]
    return _LATIN_FINAL.get(c.lower(), 0)


def particle(word: str, spec: str) -> str:
    with_final, without = PARTICLES[spec]
    fc = final_consonant(word)
    if spec in ("으로", "로"):
        return without if fc in (0, _RIEUL) else with_final
    return with_final if fc else without


def attach(word: str, spec: str) -> str:
    return word + particle(word, spec)


class JosaFormatter(string.Formatter):
    """str.format with particle specs and first-mention-full / later-short persons.

    ``persons`` maps a slot name to ``(full, short)``: the first ``{speaker}`` in the
    text rendered by this formatter becomes the full form, later ones the short form.
    """

    def __init__(self, ctx: dict[str, Any], persons: dict[str, tuple[str, str]] | None = None):
        super().__init__()
        self.ctx = ctx
        self.persons = dict(persons or {})
        self.mentioned: set[str] = set()

    def get_value(self, key, args, kwargs):  # string.Formatter's hook: slot values, persons by first mention
        if isinstance(key, str) and key in kwargs:
            return kwargs[key]
        if isinstance(key, str) and key in self.persons:
            full, short = self.persons[key]
            if key in self.mentioned:
                return short
            self.mentioned.add(key)
            return full
        value = self.ctx[key]
        return value() if callable(value) else value  # callables: a fresh number per use

    def format_field(self, value, format_spec):
        if format_spec in PARTICLES:
            text = str(value)
            return attach(text, format_spec)
        return super().format_field(value, format_spec)

    def fill(self, template: str, **extra: Any) -> str:
        return self.vformat(template, (), extra)
