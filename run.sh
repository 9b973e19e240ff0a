#!/usr/bin/env bash
# Installs what is missing, then serves DocArchive on http://localhost:5000 with the embedded defaults
# (SQLite catalog, in-memory jobs, index and blobs under ./data).
set -euo pipefail
cd "$(dirname "$0")"
scripts/setup.sh
dotnet build src/Web/DocArchive.Web.csproj -c Release --no-restore --verbosity quiet
exec dotnet src/Web/bin/Release/net10.0/docarchive.dll serve --urls http://localhost:5000 "$@"
