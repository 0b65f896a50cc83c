#!/usr/bin/env bash
# The house checks, each one's failure stops the chain (no pipes hiding exit codes).
set -euo pipefail
cd "$(dirname "$0")"
ruff format --check . >/dev/null || { ruff format . -q; echo "formatted"; }
ruff check .
mypy catalog
python -m pytest -q "$@"
