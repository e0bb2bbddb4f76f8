#!/usr/bin/env bash
# README command 2: set up, then run lint, the schema check and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check .
.venv/bin/python -m schemas.export --check
.venv/bin/python -m pytest -q "$@"
