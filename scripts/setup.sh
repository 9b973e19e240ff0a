#!/usr/bin/env bash
# Installs what DocArchive needs and is missing: Debian packages, the traineddata, the NuGet packages.
# Safe to run again: it only installs what is not there.
# Usage: scripts/setup.sh [--test]   (--test adds what the test suite needs)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(tesseract-ocr libtesseract5 liblept5 tesseract-ocr-ind tesseract-ocr-eng tesseract-ocr-osd poppler-utils)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(fonts-dejavu-core fonts-liberation qpdf postgresql chromium)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if (( ${#missing[@]} > 0 )); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

debian_tessdata=/usr/share/tesseract-ocr/5/tessdata
for model in ind.traineddata eng.traineddata osd.traineddata pdf.ttf; do
  if [[ ! -s "tessdata/$model" ]]; then
    cp "$debian_tessdata/$model" "tessdata/$model"
  fi
done

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is not on PATH: install it (https://dot.net) and run this again." >&2
  exit 1
fi
dotnet restore DocArchive.sln --verbosity quiet
