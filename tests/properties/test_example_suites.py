"""The property tests in examples/ (a CMS team's, a data team's) hold, so they cannot rot."""

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"example_{name}", EXAMPLES / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", ["test_cms_page", "test_quote_pipeline"])
def test_example_properties_hold(name: str) -> None:
    """Every property in the example file passes, under this suite's Hypothesis profile."""
    module = _load(name)
    tests = [getattr(module, n) for n in dir(module) if n.startswith("test_")]
    assert tests
    for test in tests:
        test()
