"""
Convert articles one record at a time: the building blocks of ``newsmodel batch``.

Every function here is module-level, picklable and free of global state: it takes plain
data and returns bytes or an `Outcome`, so a process pool, Dask, Spark or Ray can call it
on any worker, exactly as the ``newsmodel batch`` command does.

>>> from newsmodel.batch import convert_json
>>> outcome = convert_json(b'{"id": 7, "text": ""}', number=1)
>>> outcome.ok, outcome.line[:31]
(False, b'{"record":1,"id":7,"error":"Inp')
"""

from newsmodel.cli._convert import Format, Outcome, convert_file, convert_json, convert_record

__all__ = ["Format", "Outcome", "convert_file", "convert_json", "convert_record"]
