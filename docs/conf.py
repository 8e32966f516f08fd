"""Sphinx configuration: MyST Markdown pages, furo theme, API reference from docstrings."""

import newsmodel

project = "newsmodel"
author = "The newsmodel developers"
copyright = "2026, The newsmodel developers"  # noqa: A001 - Sphinx's name
release = newsmodel.__version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = "newsmodel"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
napoleon_google_docstring = True
# No network in CI: resolve nothing remotely.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
nitpicky = False
suppress_warnings = ["myst.xref_missing"]
