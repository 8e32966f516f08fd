"""Serializers: the model's own JSON form."""

from newsmodel.serialize._converter import SCHEMA_VERSION, dumps, to_dict
from newsmodel.serialize._guard import from_dict, loads

__all__ = ["SCHEMA_VERSION", "dumps", "from_dict", "loads", "to_dict"]
