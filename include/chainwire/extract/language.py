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

# Runs of each script's letters: a letter count is the runs' total length (one string per word,
# not one per letter).
_HANGUL_RE = re.compile(r"[\uac00-\ud7a3\u3131-\u318e]+")
_KANA_RE = re.compile(r"[\u3040-\u30ff]+")
_HAN_RE = re.compile(r"[\u4e00-\u9fff]+")
_LATIN_RE = re.compile(r"[A-Za-z]+")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]+")
_OTHER_SCRIPTS_RE = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\u0400-\u04ff]")  # kana, Han or Cyrillic at all
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


def _latin_language(sample: str) -> str | None:
    words = [w.lower() for w in _LATIN_WORD_RE.findall(sample)[:500]]
    if len(words) < 20:
        return None
    counts = Counter(words)
    scores = sorted(
        ((sum(counts[w] for w in fw if w in counts), lang) for lang, fw in _FUNCTION_SETS.items()), reverse=True
    )
    (best, lang), (second, _) = scores[0], scores[1]
    if best >= 0.15 * len(words) and best >= 1.3 * second:
        return lang
    return None


def _letters(script: re.Pattern, sample: str) -> int:
    return sum(map(len, script.findall(sample)))


def detect_language(text: str, declared: str | None = None) -> str | None:
    """Hangul share → ``ko``; CJK/Cyrillic by script; Latin by function words, else the declared language."""
    sample = text[:SAMPLE_CHARS]
    hangul = _letters(_HANGUL_RE, sample)
    if hangul and hangul / len(sample) >= 0.3:
        # The scripts are disjoint sets of characters, so letters <= len(sample) and the share of
        # Hangul among the letters is at least this: "ko" below, without counting the others.
        return "ko"
    latin = _letters(_LATIN_RE, sample)
    if _OTHER_SCRIPTS_RE.search(sample):
        kana = _letters(_KANA_RE, sample)
        han = _letters(_HAN_RE, sample)
        cyr = _letters(_CYRILLIC_RE, sample)
    else:
        kana = han = cyr = 0
    letters = hangul + latin + kana + han + cyr
    code = None
    if declared:
        code = re.split(r"[-_]", declared.strip().lower())[0]
        code = code if re.fullmatch(r"[a-z]{2,3}", code) else None
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
        return _latin_language(sample) or code or "en"
    return code


# The languages detect_language gives a text written mostly in Latin letters.
LATIN_LANGUAGES = frozenset({"en", *_FUNCTION_WORDS})


def page_dump_language(text: str) -> str:
    """``en`` when the page dump is in a Latin-script language (the English rule set reads it), else ``ko``."""
    return "en" if detect_language(text) in LATIN_LANGUAGES else "ko"
