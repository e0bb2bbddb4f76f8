#!/usr/bin/env bash
# README command 2: set up, then run lint, the schema check and every test.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# The stream tests run on Beam's Prism runner against a real Kafka broker:
# both are built/fetched here (Go module proxy, Maven Central), once.
bash scripts/install_prism.sh
bash scripts/install_kafka.sh
.venv/bin/ruff check .
.venv/bin/python -m schemas.export --check
.venv/bin/python -m pytest -q "$@"
