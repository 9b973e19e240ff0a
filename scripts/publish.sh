#!/usr/bin/env bash
# Publishes the docarchive program, precompiled (ReadyToRun: verbs start in about a second), with its stylesheet,
# scripts and traineddata into build/docarchive (or the folder given): the folder run.sh serves from and the one to
# copy to /opt/docarchive. Incremental: a second run with nothing changed takes seconds.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-build/docarchive}"
dotnet publish src/Web/DocArchive.Web.csproj -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$out" --verbosity quiet
