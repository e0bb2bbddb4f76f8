#!/usr/bin/env bash
# Build Beam's Prism runner (Go) into .tools/bin from the Go module proxy.
# Why: the SDK's auto-download of Prism goes to GitHub releases, which this
# network can't reach; the Go module proxy is reachable.
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Keep Prism's version in lockstep with the Python SDK (wire protocol / URNs).
PRISM_VERSION="${PRISM_VERSION:-v2.77.0}"
BIN="$REPO/.tools/bin/prism"
STAMP="$BIN.version"

# Idempotent: skip if a working binary of this version exists (prism has no
# --version flag, so the version lives in a stamp file; --help exits 0).
if [[ -x "$BIN" && "$(cat "$STAMP" 2>/dev/null)" == "$PRISM_VERSION" ]] && "$BIN" --help >/dev/null 2>&1; then
  echo "prism already installed: $BIN"
  exit 0
fi

mkdir -p "$REPO/.tools/bin"
start=$(date +%s)
# pkg@version builds outside any local go.mod, so no -mod flag is needed.
# beam v2.77.0's go.mod says go 1.26.0 (local 1.26.8 is fine); GOTOOLCHAIN=auto
# lets a later bump fetch the newer toolchain from the module proxy instead of failing.
GOBIN="$REPO/.tools/bin" GOTOOLCHAIN="${GOTOOLCHAIN:-auto}" go install "github.com/apache/beam/sdks/v2/go/cmd/prism@${PRISM_VERSION}"
"$BIN" --help >/dev/null 2>&1
echo "$PRISM_VERSION" > "$STAMP"
echo "built prism ${PRISM_VERSION} in $(( $(date +%s) - start ))s: $BIN"
