#!/usr/bin/env bash
# Creates bench/.venv-datatrove: datatrove (with spaCy, which its word tokenizer
# needs) in a virtualenv of its own, so its dependencies never touch the project's.
# Used by `python -m bench.suite` for the datatrove MinHash baseline.
#
#   bash bench/setup_datatrove.sh            # PYTHON=python3.11 to choose the interpreter
set -euo pipefail
cd "$(dirname "$0")"
DATATROVE_VERSION=0.10.1
SPACY_VERSION=3.8.18
# The extras its MinHash and JSONL reader import (datatrove[processing,io] would pull
# in far more: fasttext, nltk, pyarrow, datasets).
EXTRAS=(regex==2026.11.19 xxhash==3.8.2 orjson==3.13.0 tokenizers==0.23.3)
PYTHON="${PYTHON:-python3}"
VENV=.venv-datatrove
if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
fi
"$VENV/bin/pip" install --quiet --upgrade pip
"$VENV/bin/pip" install --quiet "datatrove==${DATATROVE_VERSION}" "spacy==${SPACY_VERSION}" "${EXTRAS[@]}"
"$VENV/bin/python" - <<'PY'
import datatrove, spacy
from datatrove.executor import LocalPipelineExecutor  # noqa: F401
from datatrove.pipeline.dedup import MinhashDedupSignature  # noqa: F401
from datatrove.pipeline.readers import JsonlReader  # noqa: F401
from datatrove.utils.word_tokenizers import load_word_tokenizer
load_word_tokenizer("en").word_tokenize("The tokenizer works.")
print("datatrove", getattr(datatrove, "__version__", "?"), "spacy", spacy.__version__, "ok")
PY
