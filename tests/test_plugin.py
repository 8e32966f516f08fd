"""With newsmodel installed, Hypothesis's ``from_type`` builds valid newsmodel objects."""

import os
import subprocess
import sys

SCRIPT = """
import warnings
from hypothesis import given, settings, strategies as st, HealthCheck
from newsmodel import Article, Person, Quote, Figure
import newsmodel

warnings.simplefilter("ignore")
seen = []

@settings(max_examples=15, suppress_health_check=list(HealthCheck), database=None)
@given(st.from_type(Article), st.from_type(Person), st.from_type(Quote), st.from_type(Figure))
def check(article, person, quote, figure):
    assert newsmodel.loads(newsmodel.dumps(article)) == article
    assert person.name.strip()
    seen.append(article)

check()
print(len(seen))
"""


def run(env_extra: dict[str, str], script: str = SCRIPT) -> subprocess.CompletedProcess[str]:
    """Run *script* in a fresh interpreter, with HYPOTHESIS_NO_PLUGINS only if *env_extra* sets it."""
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_NO_PLUGINS"} | env_extra
    return subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def test_from_type_uses_the_plugin() -> None:
    """The entry point registers strategies, so from_type makes valid, round-tripping articles."""
    result = run({})
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 0


REGISTERED = """
import hypothesis
from hypothesis.strategies._internal.types import _global_type_lookup
from newsmodel import Article
print(Article in _global_type_lookup)
"""


def test_plugins_can_be_turned_off() -> None:
    """HYPOTHESIS_NO_PLUGINS stops the registration, as for any Hypothesis plugin."""
    off = run({"HYPOTHESIS_NO_PLUGINS": "1"}, REGISTERED)
    assert off.stdout.strip() == "False", off.stderr
    on = run({}, REGISTERED)
    assert on.stdout.strip() == "True", on.stderr
