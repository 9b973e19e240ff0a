#!/usr/bin/env bash
# Installs what is missing, then runs the whole test suite on the real components.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --test
dotnet build DocArchive.sln -c Release --no-restore --verbosity quiet
# Test projects run one after another: OCR tests in two projects at once would starve each other of the two cores.
dotnet test DocArchive.sln -c Release --no-build --verbosity quiet -m:1 "$@"
