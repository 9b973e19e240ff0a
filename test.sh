#!/usr/bin/env bash
# Installs what is missing, then runs the whole test suite on the real components.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --test
dotnet build DocArchive.sln -c Release --no-restore --verbosity quiet
dotnet test DocArchive.sln -c Release --no-build --verbosity quiet "$@"
