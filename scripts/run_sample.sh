#!/usr/bin/env bash
# README command 1: set up, then run the batch job on the bundled sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
OUT=${1:-out/sample}
.venv/bin/newsbeam batch --input 'sample_corpus/articles/*' --output "$OUT" --overwrite
echo "articles:     $OUT/articles/date=*/region=*/*.jsonl" >&2
echo "duplicates:   $OUT/duplicates/"                      >&2
echo "dead letters: $OUT/dead_letter/"                     >&2
echo "manifest:     $OUT/_manifest.json"                   >&2
