#!/usr/bin/env bash
# Run a fast subset of the tests against the oldest supported dependencies.
#
# Makes a fresh venv (removed on exit), installs the project with its test extra under
# constraints/oldest.txt, shows the versions it got, then runs the model, JSON and
# reliability tests. Extra arguments go to pytest. PYTHON picks the interpreter
# (default: python3.11, the oldest in requires-python).
set -euo pipefail
cd "$(dirname "$0")/.."

python="${PYTHON:-python3.11}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT

"$python" -m venv "$scratch/venv"
venv_python="$scratch/venv/bin/python"
"$venv_python" -m pip install --quiet --upgrade pip
"$venv_python" -m pip install --quiet -c constraints/oldest.txt '.[test]'

echo "== oldest supported versions installed:"
"$venv_python" -m pip list --format=freeze | grep -iE '^(attrs|cattrs|orjson|hypothesis)=='

# From the repository root, so pyproject.toml configures pytest; the installed wheel,
# not src/, is what the tests import.
"$venv_python" -m pytest -p no:cacheprovider -q \
  tests/model tests/serialize/test_json.py tests/reliability "$@"
