"""
IPTC ninjs (News in JSON), the format agencies and newsrooms exchange stories in.

`to_ninjs` writes an article as a ninjs 3.1 (or 2.2) news item, valid against IPTC's
JSON Schema; `from_ninjs` reads one back as far as ninjs carries the model's fields.
The field-by-field mapping and what is lost are in ``docs/ninjs.md``.
"""

from newsmodel.ninjs._read import from_ninjs
from newsmodel.ninjs._write import VERSIONS, to_ninjs

__all__ = ["VERSIONS", "from_ninjs", "to_ninjs"]
