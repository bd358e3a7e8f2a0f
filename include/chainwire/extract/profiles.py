"""Page-dump profiles and how one is chosen for a page.

Selection is data: ``outlets.OUTLETS`` says which profile reads an outlet's pages
(``Outlet.profile``), ``PROFILES`` maps a profile key to its parse function.

1. outlet from the URL (sidecar / JSONL record) when known, else recognised from the page
   itself (:func:`chainwire.extract.outlets.outlet_for_page`: dateline brand, copyright
   line, e-mail domains);
2. the outlet's profile: ``newspim`` (Newspim page dumps, desktop and mobile),
   ``generic_ko`` (the Korean press at large) or ``english_ko`` (English-language Korean
   outlets);
3. no outlet recognised: the page's language picks ``generic_ko`` or ``english_ko``.

A Korean-language page of an outlet registered as English (or the reverse) is read by
the profile of the page's language, so a mis-routed page still parses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from .article import Article
from .language import page_dump_language
from .outlets import PROFILE_EN, PROFILE_KO, PROFILE_NEWSPIM, Outlet, outlet_for_page, outlet_for_url


def _newspim(text: str, source_path: str, landing_date: date | None, outlet: Outlet | None) -> Article:
    from .newspim import parse_page_dump

    return parse_page_dump(text, source_path=source_path, landing_date=landing_date)


def _generic_ko(text: str, source_path: str, landing_date: date | None, outlet: Outlet | None) -> Article:
    from .generic import parse_korean_page

    return parse_korean_page(text, source_path, landing_date, outlet)


def _english_ko(text: str, source_path: str, landing_date: date | None, outlet: Outlet | None) -> Article:
    from .generic import parse_english_page

    return parse_english_page(text, source_path, landing_date, outlet)


ProfileFn = Callable[[str, str, "date | None", "Outlet | None"], Article]  # (text, source_path, landing, outlet)
PROFILES: dict[str, ProfileFn] = {
    PROFILE_NEWSPIM: _newspim,
    PROFILE_KO: _generic_ko,
    PROFILE_EN: _english_ko,
}
_BY_LANGUAGE = {"ko": PROFILE_KO, "en": PROFILE_EN}


def select_profile(text: str, url: str | None = None) -> tuple[str, Outlet | None]:
    """(profile key, outlet or None) for one page dump."""
    outlet = outlet_for_url(url) if url else None
    lang = None
    if outlet is None:
        lang = page_dump_language(text)
        outlet = outlet_for_page(text, lang)
    if outlet is None:
        return _BY_LANGUAGE.get(lang or page_dump_language(text), PROFILE_KO), None
    if outlet.profile == PROFILE_NEWSPIM:
        return PROFILE_NEWSPIM, outlet
    lang = lang or page_dump_language(text)
    if outlet.profile in (PROFILE_KO, PROFILE_EN) and _BY_LANGUAGE.get(lang) and outlet.language != lang:
        return _BY_LANGUAGE[lang], outlet
    return outlet.profile if outlet.profile in PROFILES else _BY_LANGUAGE.get(lang, PROFILE_KO), outlet


_EMPTY_IMAGE_CELL_RE = re.compile(r"^[ \t]*!\[\]\([^)\s]*\)[ \t]*\|?[ \t]*$", re.M)
_CELL_TAIL_RE = re.compile(r"[ \t]+\|[ \t]*$|^[ \t]*\|[ \t]+(?=\S)", re.M)


# An empty image cell, then (after blank lines) the caption cell under it: "![]() |" / "| 설명 [출처] |"
_IMAGE_THEN_CAPTION_RE = re.compile(
    r"^[ \t]*!\[\]\((?P<url>[^)\s]*)\)[ \t]*\|?[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*\|?[ \t]*"
    r"(?P<cap>[^\n|!]{4,400}?)[ \t]+\|[ \t]*$", re.M)


def reader_table_cells(text: str) -> str:
    """Reader-mode captures lay images out as table cells: ``![]() |`` then ``caption |``.

    An empty image cell with a caption cell under it becomes the image with that caption as
    its alt text (``![caption](url)``: a caption, whatever the caption's own shape); a lone empty
    image cell is dropped and the cell bars around other cells removed, so the caption rules of
    every profile see the caption as the page printed it.
    """
    if "|" not in text:
        return text
    if "![](" in text:  # in every match of the two image rules
        text = _IMAGE_THEN_CAPTION_RE.sub(lambda m: f"![{m['cap'].strip()}]({m['url']})", text)
        text = _EMPTY_IMAGE_CELL_RE.sub("", text)
    # a row of several cells ("종목 | + 7% |") is a data table the story prints: kept as it is; a line
    # without a bar has no cell bar to remove
    return "\n".join(_CELL_TAIL_RE.sub("", ln) if "|" in ln and ln.count("|") <= 2 and " | " not in ln.strip(" |")
                     else ln for ln in text.split("\n"))


def parse_text_page(text: str, source_path: str, landing_date: date | None = None, url: str | None = None) -> Article:
    """Parse one page dump with the profile its URL or its own text calls for; never raises on junk."""
    if isinstance(text, (bytes, bytearray)):
        from .decode import decode_bytes

        text, _enc = decode_bytes(bytes(text))
    text = reader_table_cells(text or "")
    key, outlet = select_profile(text, url)
    art = PROFILES[key](text, source_path, landing_date, outlet)
    if key == PROFILE_NEWSPIM and not art.title and not art.paragraphs:
        # A capture the Newspim profile cannot place (a photo line, a cut page): the generic
        # Korean rules read any Korean news page, with the outlet already known.
        art = PROFILES[PROFILE_KO](text, source_path, landing_date, outlet)
    return art
