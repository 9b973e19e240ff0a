#!/usr/bin/env bash
# Installs what is missing, publishes DocArchive into build/docarchive and serves it on http://localhost:5000 with the
# embedded defaults (SQLite catalog, in-memory jobs; index, blobs and catalog under build/docarchive/data).
# Arguments are passed to `docarchive serve` (e.g. --urls http://0.0.0.0:5000, --data-dir DIR).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
scripts/publish.sh
exec dotnet build/docarchive/docarchive.dll serve --urls http://localhost:5000 "$@"
