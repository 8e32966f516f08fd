"""
The Hypothesis plugin works from an installed wheel, for every public model type.

The wheel goes into a fresh virtual environment that borrows only the dependencies
(attrs, cattrs, orjson, Hypothesis) from the test environment, so the entry point comes
from the wheel's own metadata, as after ``pip install newsmodel[hypothesis]``.
"""

import importlib.util
import os
import site
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

#: Every public model type; the script draws each with st.from_type.
TYPES = [
    "Article",
    "Author",
    "DateMention",
    "Figure",
    "Image",
    "Organization",
    "Paragraph",
    "Person",
    "Place",
    "Publisher",
    "Quote",
    "Span",
]

SCRIPT = f"""
import warnings
from hypothesis import HealthCheck, given, settings, strategies as st
import newsmodel
from newsmodel import Actor

warnings.simplefilter("ignore")
print(newsmodel.__file__)
for name in {TYPES!r} + ["Actor"]:
    cls = getattr(newsmodel, name)
    @settings(max_examples=5, database=None, suppress_health_check=list(HealthCheck))
    @given(st.from_type(cls))
    def check(value):
        if name == "Article":
            assert newsmodel.loads(newsmodel.dumps(value)) == value
    check()
print("ok")
"""


def _run(python: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(python), "-c", SCRIPT],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
        cwd=str(python.parent),
    )


def _build_wheel(out: Path) -> Path:
    isolated = importlib.util.find_spec("hatchling") is None
    command = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)]
    if not isolated:
        command.insert(4, "--no-build-isolation")
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    if result.returncode != 0:
        pytest.skip(f"cannot build the wheel here: {result.stderr[-300:]}")
    return next(out.glob("newsmodel-*.whl"))


def test_from_type_works_from_a_clean_install(tmp_path: Path) -> None:
    """Installed from its wheel, newsmodel teaches from_type every public type; Actor too."""
    wheel = _build_wheel(tmp_path / "dist")
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    target = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.strip()
    install = [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", target]
    subprocess.run([*install, str(wheel)], check=True, timeout=300, capture_output=True)
    # Dependencies come from this environment, after the wheel on sys.path; its
    # editable newsmodel is not importable from there (.pth files are not read).
    deps = [p for p in site.getsitepackages() if Path(p).is_dir()]
    (Path(target) / "borrowed_deps.pth").write_text("\n".join(deps) + "\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"HYPOTHESIS_NO_PLUGINS", "PYTHONPATH"}}
    result = _run(python, env)
    assert result.returncode == 0, result.stderr[-3000:]
    where, status = result.stdout.split()[-2:]
    assert where.startswith(target), where
    assert status == "ok"
