"""Raw bytes → text: UTF-8 fast path, charset-normalizer for legacy Korean.

Newspim dumps are UTF-8; older or third-party pages may be CP949/EUC-KR.
charset-normalizer is imported only when UTF-8 decoding fails, so the hot
path stays a single ``bytes.decode``.

Damaged input is decoded as well as it can be, with a warning instead of a rejection:

- a UTF-8 page (declared, or detected: mostly valid multibyte UTF-8) with a handful of broken
  bytes — a truncated character at the end, a stray CP949 fragment — is decoded as UTF-8 with
  U+FFFD for each broken sequence, never as another codec nor rejected;
- a few NUL bytes in a text page are removed; UTF-16 without a BOM is recognised;
- only input that is binary (many NUL/control bytes) or undecodable is rejected (``ValueError``).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Bytes that never occur in text (C0 controls except \t \n \f \r, ESC).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))
UTF8_NAMES = {"utf-8", "utf8", "utf-8-sig", "unicode-1-1-utf-8"}
# A detected-UTF-8 page is decoded with replacement when it has at least this many valid
# multibyte characters and at most one broken sequence per REPLACE_RATIO of them.
MIN_MULTIBYTE = 8
REPLACE_RATIO = 4
NUL_MAX_SHARE = 0.01  # more NULs than this (outside UTF-16) is binary, not a damaged page


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The encoding with the warnings, for callers that report one string."""
        return f"{self.encoding} ({'; '.join(self.warnings)})" if self.warnings else self.encoding


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    ctrl = len(head) - len(head.translate(None, _CONTROL))
    return ctrl > max(2, len(head) // 100)


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when every other byte of the head is NUL (ASCII-range text), else None."""
    head = data[:4096]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) >= 0.6 * len(zeros):
            return enc
    # Hangul text in UTF-16: high bytes in AC–D7 at one parity
    for hi, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if sum(0xAC <= b <= 0xD7 or b == 0 for b in hi) >= 0.8 * len(hi):
            return enc
    return None


def _utf8_damage(data: bytes) -> tuple[str, int, int, int]:
    """``(text with U+FFFD, broken sequences, valid multibyte chars, first broken byte offset)``."""
    text = data.decode("utf-8", "replace")
    genuine = data.count(b"\xef\xbf\xbd")  # U+FFFD already in the page
    bad = text.count("\ufffd") - genuine
    multibyte = sum(1 for ch in text if ord(ch) > 127) - bad - genuine
    try:
        data.decode("utf-8")
        first = -1
    except UnicodeDecodeError as exc:
        first = exc.start
    return text, bad, multibyte, first


def _replacement_warning(bad: int, first: int) -> str:
    return f"invalid UTF-8: {bad} broken byte sequence(s) replaced with U+FFFD (first at byte {first})"


def decode_text(data: bytes, declared: str | None = None) -> Decoded:
    """Decode a raw page → :class:`Decoded` (text, encoding, warnings).

    ``declared``: the charset the page or its container claims (``<meta charset>``), if any.
    Raises ``ValueError`` for binary or undecodable input.
    """
    if not data:
        return Decoded("", "utf-8")
    warnings: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, "replace")
            bad = text.count("\ufffd") - (data.count(b"\xef\xbf\xbd") if enc == "utf-8-sig" else 0)
            if bad > 0:
                if enc == "utf-8-sig" or bad * REPLACE_RATIO <= max(len(text), 1):
                    warnings.append(f"invalid {enc.upper().replace('-SIG', '')} after its BOM: "
                                    f"{bad} broken sequence(s) replaced with U+FFFD")
                else:
                    raise ValueError(f"undecodable input: {enc} BOM but invalid data")
            return _finish(text.lstrip("\ufeff") if enc != "utf-8-sig" else text, enc, warnings)
    if b"\x00" in data[:8192]:
        enc16 = _utf16_without_bom(data)
        text = data.decode(enc16, "replace") if enc16 else ""
        if enc16 and not _looks_binary(text.encode("utf-8")):
            warnings.append(f"UTF-16 without a byte-order mark, decoded as {enc16}")
            return _finish(text, enc16, warnings)
        nuls = data.count(0)
        if nuls <= NUL_MAX_SHARE * len(data) and not _looks_binary(data.replace(b"\x00", b"")):
            data = data.replace(b"\x00", b"")
            warnings.append(f"{nuls} NUL byte(s) removed")
    if _looks_binary(data):
        raise ValueError("binary input: NUL or control bytes, not a text page")
    try:
        return _finish(data.decode("utf-8"), "utf-8", warnings)
    except UnicodeDecodeError:
        pass
    declared = (declared or "").strip().lower() or None
    if declared and declared not in UTF8_NAMES:
        try:
            codecs.lookup(declared)
            return _finish(data.decode(declared), declared, warnings)
        except (LookupError, UnicodeDecodeError):
            pass
    text, bad, multibyte, first = _utf8_damage(data)
    if (declared in UTF8_NAMES and bad * REPLACE_RATIO <= max(multibyte, len(text) // 20)) or (
            multibyte >= MIN_MULTIBYTE and bad * REPLACE_RATIO <= multibyte):
        warnings.append(_replacement_warning(bad, first))
        return _finish(text, "utf-8", warnings)
    # Legacy Korean first: CP949 is a superset of EUC-KR and the usual culprit.
    try:
        legacy = data.decode("cp949")
    except UnicodeDecodeError:
        legacy = None
    if legacy is not None and _plausible_korean(legacy):
        return _finish(legacy, "cp949", warnings)
    from charset_normalizer import from_bytes  # only off the fast path

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        if multibyte and bad <= multibyte:  # mostly UTF-8 after all: keep it, say so
            warnings.append(_replacement_warning(bad, first))
            return _finish(text, "utf-8", warnings)
        raise ValueError("undecodable input: not UTF-8 and no charset detected")
    out = str(best)
    if _looks_binary(out.encode("utf-8", "replace")):
        raise ValueError(f"binary input: decodes as {best.encoding} only into control characters")
    return _finish(out, best.encoding, warnings)


def _finish(text: str, encoding: str, warnings: list[str]) -> Decoded:
    if "\x00" in text:
        n = text.count("\x00")
        text = text.replace("\x00", "")
        warnings.append(f"{n} NUL character(s) removed")
    genuine = text.count("\ufffd")
    if genuine and not any("U+FFFD" in w for w in warnings):
        warnings.append(f"page already contains {genuine} U+FFFD replacement character(s)")
    return Decoded(text, encoding, warnings)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a raw page → ``(text, encoding)`` (warnings dropped; see :func:`decode_text`).

    Raises ``ValueError`` for binary or undecodable input.
    """
    d = decode_text(data)
    return d.text, d.encoding


def _plausible_korean(text: str) -> bool:
    """CP949 decodes many byte soups; accept it only if it reads as Hangul text."""
    sample = text[:4000]
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    letters = sum(1 for ch in sample if ch.isalpha())
    hanja_or_rare = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    return letters > 0 and hangul / letters >= 0.5 and hanja_or_rare / letters < 0.2
