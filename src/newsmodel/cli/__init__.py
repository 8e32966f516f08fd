"""
The ``newsmodel`` command line: ``parse``, ``jsonld``, ``html``, ``validate`` and ``batch``.

Installed as the ``newsmodel`` console script and runnable as ``python -m newsmodel``.
`main` takes the arguments and returns the exit status, so it can be called from Python.
"""

from newsmodel.cli._main import main

__all__ = ["main"]
