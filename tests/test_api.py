"""The public API is what `__all__` says, every name of it is documented, and nothing else leaks."""

import importlib
import inspect
import re
from pathlib import Path

import pytest

import newsmodel

DOCS = Path(__file__).resolve().parent.parent / "docs"

#: Every public module, each with an `__all__`.
PUBLIC_MODULES = (
    "newsmodel",
    "newsmodel.batch",
    "newsmodel.cli",
    "newsmodel.errors",
    "newsmodel.html",
    "newsmodel.jsonld",
    "newsmodel.meta",
    "newsmodel.model",
    "newsmodel.ninjs",
    "newsmodel.serialize",
    "newsmodel.sitemap",
    "newsmodel.strategies",
    "newsmodel.validate",
)


@pytest.mark.parametrize("module_name", PUBLIC_MODULES)
def test_all_names_exist_and_have_docstrings(module_name: str) -> None:
    """Each name in `__all__` is importable, and its classes and functions say what they are for."""
    module = importlib.import_module(module_name)
    assert module.__doc__, module_name
    for name in module.__all__:
        obj = getattr(module, name)
        if inspect.isclass(obj) or inspect.isfunction(obj):
            assert obj.__doc__, f"{module_name}.{name} has no docstring"


@pytest.mark.parametrize("module_name", PUBLIC_MODULES[1:])
def test_reference_documents_every_public_module(module_name: str) -> None:
    """The reference page generates docs for each public module."""
    reference = (DOCS / "reference.md").read_text(encoding="utf-8")
    assert f"automodule:: {module_name}\n" in reference


def test_top_level_names_are_mentioned_in_the_docs() -> None:
    """Every top-level name appears, in backticks, somewhere in the guides or the README."""
    prose = "".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    prose += (DOCS.parent / "README.md").read_text(encoding="utf-8")
    mentioned = set(re.findall(r"`(?:newsmodel\.)?([A-Za-z_][A-Za-z0-9_]*)", prose))
    missing = [n for n in newsmodel.__all__ if n not in mentioned and n != "__version__"]
    assert missing == []


def test_top_level_has_no_private_exports() -> None:
    """Only public names are exported."""
    assert all(not n.startswith("_") or n == "__version__" for n in newsmodel.__all__)


def test_parse_is_the_function() -> None:
    """`newsmodel.parse` is the parser function, whatever else has been imported."""
    importlib.import_module("newsmodel.cli")
    assert callable(newsmodel.parse)
    assert inspect.isfunction(newsmodel.parse)


def test_the_batch_library_does_not_depend_on_the_command_line() -> None:
    """`newsmodel.batch` is the library; the CLI imports it, never the reverse."""
    package = Path(newsmodel.__file__).resolve().parent
    for source in (package / "batch").glob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert "newsmodel.cli" not in text, source.name
    main = (package / "cli" / "_main.py").read_text(encoding="utf-8")
    assert "from newsmodel.batch import" in main
