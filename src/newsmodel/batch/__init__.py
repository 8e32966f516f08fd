"""
Convert many articles: the library behind ``newsmodel batch``.

`run` converts a folder of text files or a JSON Lines file with every core, streaming, and
accounts for every record (the ``newsmodel batch`` command is a thin layer over it).
`convert_record`, `convert_json` and `convert_file` convert one record at a time; each is
module-level, picklable and free of global state: it takes plain data and returns bytes or
an `Outcome`, so a process pool, Dask, Spark or Ray can call it on any worker, exactly as
`run` does.

>>> from newsmodel.batch import convert_json
>>> outcome = convert_json(b'{"id": 7, "text": ""}', number=1)
>>> outcome.ok, outcome.line[:31]
(False, b'{"record":1,"id":7,"error":"Inp')
"""

from newsmodel.batch._convert import Format, Outcome, convert_file, convert_json, convert_record
from newsmodel.batch._run import BatchOptions, Summary, errors_path, run

__all__ = [
    "BatchOptions",
    "Format",
    "Outcome",
    "Summary",
    "convert_file",
    "convert_json",
    "convert_record",
    "errors_path",
    "run",
]
