"""Which language a text is written in: one rule for every parser and the enrichment.

``detect_language(text, declared=None)`` reads the first 6,000 characters and counts letters
by script (Hangul syllables and jamo, Latin, kana, Han, Cyrillic):

* Hangul ≥ 30 % of the letters → ``ko``;
* kana present and kana + Han ≥ 30 % → ``ja``; Han ≥ 30 % → ``zh``;
* Cyrillic ≥ 50 % → the declared Cyrillic language, else ``ru``;
* Latin ≥ 50 % → the Latin language whose function words dominate (``_latin_language``),
  else the declared language, else ``en``;
* otherwise (or with no letters at all) the declared language (``<html lang>``, two or three
  letters), else None.

``page_dump_language(text)`` answers a narrower question, asked before any parsing: which
rule set (Korean or English) reads this page dump. A page the rule gives no Latin-script
language to is read with the Korean rules, the press this project parses.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import repeat

import numpy as np

# The letters of each script, as code point ranges (inclusive). Every range lies in the Basic
# Multilingual Plane and they are disjoint: a character is a letter of at most one script.
SCRIPTS: dict[str, tuple[tuple[int, int], ...]] = {
    "hangul": ((0xAC00, 0xD7A3), (0x3131, 0x318E)),  # syllables, compatibility jamo
    "latin": ((0x41, 0x5A), (0x61, 0x7A)),  # A-Z, a-z
    "kana": ((0x3040, 0x30FF),),
    "han": ((0x4E00, 0x9FFF),),
    "cyrillic": ((0x0400, 0x04FF),),
}
_SCRIPT_NAMES = tuple(SCRIPTS)
# Script of every BMP code point (0: none, k: the k-th script): the sample's letters of every
# script are counted in one pass over its UTF-16 code units (a character beyond the BMP is two
# surrogate units, neither a letter: it is no letter in the ranges either).
_SCRIPT_OF = np.zeros(0x10000, dtype=np.uint8)
for _k, _name in enumerate(_SCRIPT_NAMES, start=1):
    for _lo, _hi in SCRIPTS[_name]:
        _SCRIPT_OF[_lo:_hi + 1] = _k
SAMPLE_CHARS = 6000

# A few function words per language: enough to overrule a template's wrong
# <html lang="en"> on a German or Portuguese page.
_FUNCTION_WORDS = {
    "en": "the and of to in is that for with was on as by it from at are this be have has",
    "de": "der die und das ist nicht mit den von zu ein eine auf für sich dem des im",
    "fr": "le la les et des est une que dans pour pas qui sur au du par avec",
    "es": "el la los las y de que en es por un una para con del se al como",
    "pt": "o a os as e de que em um uma para com não do da dos das por se",
    "it": "il la di che e un una per non con del della sono gli le alla",
    "nl": "de het een en van is dat op te in voor met niet zijn",
    "id": "yang dan di ini itu dengan untuk dari dalam tidak akan pada adalah juga",
}
_FUNCTION_SETS = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
_LATIN_WORD_RE = re.compile(r"[^\W\d_]+")


# A sample whose letters are all ASCII has its runs of ASCII letters as its words (``_LATIN_WORD_RE``
# there): every other character made a space, bytes.split() cuts them out in C (≈ 4× faster than the
# regex on an English sample)
_ASCII_NON_LETTERS = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))
# (a function word that is not ASCII, "não", is no word of an ASCII sample: it counts 0 either way)
_FUNCTION_BYTES = {lang: tuple(w.encode("ascii") for w in fw if w.isascii()) for lang, fw in _FUNCTION_SETS.items()}


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _ascii_words_only(sample: str) -> bool:
    """Every letter of ``_LATIN_WORD_RE``'s in ``sample`` is ASCII (curly quotes and dashes are no letters)."""
    return sample.isascii() or _LATIN_WORD_RE.search("".join(_NON_ASCII_RE.findall(sample))) is None


def _latin_language(sample: str) -> str | None:
    if _ascii_words_only(sample):  # the same words, lower-cased, as bytes (every other character a space)
        words: list = sample.encode("ascii", "replace").lower().translate(_ASCII_NON_LETTERS).split()[:500]
        function_words: dict = _FUNCTION_BYTES
    else:
        words = list(map(str.lower, _LATIN_WORD_RE.findall(sample)[:500]))
        function_words = _FUNCTION_SETS
    if len(words) < 20:
        return None
    counts = Counter(words)
    get = counts.get
    scores = sorted(((sum(map(get, fw, repeat(0, len(fw)))), lang) for lang, fw in function_words.items()), reverse=True)
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= 0.15 * len(words) and best >= 1.3 * second:
        return lang
    return None


def script_letters(sample: str) -> dict[str, int]:
    """How many letters of each script of ``SCRIPTS`` the text has."""
    units = np.frombuffer(sample.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    counts = np.bincount(_SCRIPT_OF.take(units), minlength=len(_SCRIPT_NAMES) + 1)  # take: ≈ 10 µs less than [units]
    return dict(zip(_SCRIPT_NAMES, counts.tolist()[1:], strict=True))  # one conversion to ints, not one per script


_LATIN = "latin"  # _by_script's answer for a text written mostly in Latin letters (the language is not known yet)


def _declared_code(declared: str | None) -> str | None:
    """``"pt-BR"`` → ``"pt"``: the declared language's two or three letters, else None."""
    if not declared:
        return None
    code = re.split(r"[-_]", declared.strip().lower())[0]
    return code if re.fullmatch(r"[a-z]{2,3}", code) else None


def _by_script(sample: str, declared: str | None) -> str | None:
    """``detect_language``'s answer from the letter counts, ``_LATIN`` where the function words decide."""
    n = script_letters(sample)
    hangul, latin, kana, han, cyr = n["hangul"], n["latin"], n["kana"], n["han"], n["cyrillic"]
    letters = hangul + latin + kana + han + cyr
    code = _declared_code(declared)
    if not letters:
        return code
    if hangul / letters >= 0.3:
        return "ko"
    if kana and (kana + han) / letters >= 0.3:
        return "ja"
    if han / letters >= 0.3:
        return "zh"
    if cyr / letters >= 0.5:
        return code if code in ("ru", "uk", "bg", "sr", "mk", "be", "kk") else "ru"
    if latin / letters >= 0.5:
        return _LATIN
    return code


def detect_language(text: str, declared: str | None = None) -> str | None:
    """Hangul share → ``ko``; CJK/Cyrillic by script; Latin by function words, else the declared language."""
    sample = text[:SAMPLE_CHARS]
    lang = _by_script(sample, declared)
    if lang == _LATIN:
        return _latin_language(sample) or _declared_code(declared) or "en"
    return lang


# The languages detect_language gives a text written mostly in Latin letters.
LATIN_LANGUAGES = frozenset({"en", *_FUNCTION_WORDS})


def page_dump_language(text: str) -> str:
    """``en`` when the page dump is in a Latin-script language (the English rule set reads it), else ``ko``."""
    # detect_language gives a text written mostly in Latin letters a language of LATIN_LANGUAGES
    # whatever its function words say (they only pick which one, else "en"), and no other text one
    # (nothing is declared here): the letter counts alone answer
    return "en" if _by_script(text[:SAMPLE_CHARS], None) == _LATIN else "ko"
