"""The model's own JSON form."""

from newsmodel.serialize._guard import from_dict, loads
from newsmodel.serialize._json import SCHEMA_VERSION, dumps, to_dict

__all__ = ["SCHEMA_VERSION", "dumps", "from_dict", "loads", "to_dict"]
