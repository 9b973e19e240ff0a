#!/usr/bin/env bash
# Installs what is missing, then runs the whole test suite on the real components.
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh --test
dotnet build DocArchive.sln -c Release --no-restore --verbosity quiet
# The program as run.sh serves it: tests/Web.Tests/Shipped walks its pages (and publishes again, in seconds, when run alone).
scripts/publish.sh
# A throwaway PostgreSQL server (stopped at the end, even on failure) for the catalog and multi-process tests.
# Test projects run one after another: OCR tests in two projects at once would starve each other of the two cores.
# A failing test prints its message and stack trace (the console logger at "minimal"), the passing ones nothing.
scripts/with-postgres.sh dotnet test DocArchive.sln -c Release --no-build --verbosity quiet --logger "console;verbosity=minimal" -m:1 "$@"
