"""Raw bytes → text: UTF-8 fast path, charset-normalizer for legacy Korean.

Newspim dumps are UTF-8; older or third-party pages may be CP949/EUC-KR.
charset-normalizer is imported only when UTF-8 decoding fails, so the hot
path stays a single ``bytes.decode``.
"""

from __future__ import annotations

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Bytes that never occur in text (C0 controls except \t \n \f \r, ESC).
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    ctrl = len(head) - len(head.translate(None, _CONTROL))
    return ctrl > max(2, len(head) // 100)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode a raw page → ``(text, encoding)``.

    Raises ``ValueError`` for binary or undecodable input.
    """
    if not data:
        return "", "utf-8"
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise ValueError(f"undecodable input: {enc} BOM but invalid data ({exc.reason})") from None
    if _looks_binary(data):
        raise ValueError("binary input: NUL or control bytes, not a text page")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Legacy Korean first: CP949 is a superset of EUC-KR and the usual culprit.
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        text = None
    if text is not None and _plausible_korean(text):
        return text, "cp949"
    from charset_normalizer import from_bytes  # only off the fast path

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ValueError("undecodable input: not UTF-8 and no charset detected")
    text = str(best)
    if _looks_binary(text.encode("utf-8", "replace")):
        raise ValueError(f"binary input: decodes as {best.encoding} only into control characters")
    return text, best.encoding


def _plausible_korean(text: str) -> bool:
    """CP949 decodes many byte soups; accept it only if it reads as Hangul text."""
    sample = text[:4000]
    hangul = sum(1 for ch in sample if "\uac00" <= ch <= "\ud7a3")
    letters = sum(1 for ch in sample if ch.isalpha())
    hanja_or_rare = sum(1 for ch in sample if "\u4e00" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff")
    return letters > 0 and hangul / letters >= 0.5 and hanja_or_rare / letters < 0.2
