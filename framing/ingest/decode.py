"""Bytes to text: refuse binary files by name, detect UTF-8 / UTF-16 / Windows-1252 / Latin-1."""

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
    if b"\x00" in sample:
        return "binary data (contains NUL bytes)"
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    if sample and controls / len(sample) > 0.05:
        return "binary data (many control characters)"
    return None


def detect_encoding(data: bytes) -> str:
    """The encoding of ``data``: a BOM's, else UTF-8 if valid, else Windows-1252, else Latin-1."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
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
    return data.decode(encoding), encoding
