"""Bytes to text: refuse binary files by name, detect UTF-8 / UTF-16 (with or without BOM) /
Windows-1252 / Latin-1."""

from __future__ import annotations

import codecs

from ..errors import FramingError

# Leading bytes of binary formats people mistake for text, and the name to tell them.
MAGIC_NUMBERS = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"GIF8": "a GIF image",
    b"\xff\xd8\xff": "a JPEG image",
    b"PK\x03\x04": "a ZIP archive (or a Word/OpenDocument file)",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Microsoft Office document",
    b"RIFF": "a RIFF media file",
    b"\x7fELF": "a program (ELF binary)",
    b"SQLite format 3": "an SQLite database",
}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class UnreadableInput(FramingError):
    """Input that is not text; the message is the reason shown in ``skipped``."""


def binary_kind(head: bytes) -> str | None:
    """What binary format ``head`` (the first bytes of a file) is, or None if it may be text."""
    for magic, name in MAGIC_NUMBERS.items():
        if head.startswith(magic):
            return name
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return None
    sample = head[:8192]
    if utf16_without_bom(sample):
        return None
    if b"\x00" in sample:
        return "binary data (contains NUL bytes)"
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    if sample and controls / len(sample) > 0.05:
        return "binary data (many control characters)"
    return None


def utf16_without_bom(sample: bytes) -> str | None:
    """ "utf-16-le" or "utf-16-be" when ``sample`` reads as UTF-16 text without a byte order mark:
    Latin letters (German ones included) have a zero high byte, so nearly every other byte is NUL and
    almost none of the others; the decoded text must then be mostly free of control characters."""
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    low_first, high_first = sample[0 : 2 * pairs : 2].count(0), sample[1 : 2 * pairs : 2].count(0)
    for zeros, others, name in ((high_first, low_first, "utf-16-le"), (low_first, high_first, "utf-16-be")):
        if zeros >= 0.7 * pairs and others <= 0.01 * pairs:
            try:
                text = codecs.getincrementaldecoder(name)().decode(sample[: 2 * pairs], final=False)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for char in text if char < " " and char not in "\t\n\r\f\v")
            return name if controls <= 0.05 * len(text) else None
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: a BOM's, else UTF-16 recognised without one, else UTF-8 if valid,
    else Windows-1252, else Latin-1."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    utf16 = utf16_without_bom(data[:8192])
    if utf16:
        return utf16
    try:
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
        return "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        data.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


def decode(data: bytes, what: str = "file") -> tuple[str, str]:
    """Decode a whole document; returns (text, encoding) or raises UnreadableInput."""
    if not data.strip():
        raise UnreadableInput(f"empty {what}")
    kind = binary_kind(data[:8192])
    if kind:
        raise UnreadableInput(f"not a text {what}: looks like {kind}")
    encoding = detect_encoding(data)
    # "replace" touches only what detection did not rule out: a character cut off at the very end
    # (odd-length UTF-16, truncated UTF-8) or a broken UTF-16 surrogate pair; each shows as "\ufffd"
    return data.decode(encoding, errors="replace"), encoding
