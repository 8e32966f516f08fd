"""
Hints for bytes that are not UTF-8: name the encoding they are likely in, and the fix.

Every reader that decodes bytes (the parser, the linter, the command line and batch)
adds the same hint to its error, so the common mistakes read the same everywhere.
"""

from __future__ import annotations

_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
# Enough of the start to tell UTF-16 text (every other byte zero) from anything else.
_SAMPLE = 64


def encoding_hint(data: bytes, offset: int) -> str:
    """
    Say which encoding *data*, which fails as UTF-8 at *offset*, is probably in.

    Looks at no more than the first 64 bytes and the failing byte, so it costs nothing.
    The hint starts with ``"; "``, to follow the error's own words.
    """
    if data.startswith(_UTF32_BOMS):
        return "; the bytes start with a UTF-32 byte order mark: decode them as 'utf-32' first"
    if data.startswith(_UTF16_BOMS):
        return "; the bytes start with a UTF-16 byte order mark: decode them as 'utf-16' first"
    sample = data[:_SAMPLE]
    if len(sample) >= 2 and sample.count(0) * 3 >= len(sample):  # noqa: PLR2004
        return "; every other byte is zero, as in UTF-16: decode them as 'utf-16' first"
    lead = data[offset]
    size = 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4  # noqa: PLR2004 - UTF-8's lead bytes
    rest = data[offset + 1 :]
    # A lead byte at the very end is UTF-8 cut short if part of its character came, or
    # if the bytes before it already held UTF-8's characters; else a Latin-1 letter.
    cut = 0xC2 <= lead <= 0xF4 and offset + size > len(data)  # noqa: PLR2004
    if cut and all(0x80 <= b < 0xC0 for b in rest) and (rest or not data[:offset].isascii()):  # noqa: PLR2004
        return "; the bytes end in the middle of a character: were they cut short?"
    if lead >= 0x80:  # noqa: PLR2004
        return (
            "; a single byte above 0x7f is how Latin-1 and Windows-1252 write an accented "
            "letter: decode them as 'cp1252' first"
        )
    return ""
