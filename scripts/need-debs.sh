#!/usr/bin/env bash
# Build and benchmark tools from Debian packages (nsis for makensis, xvfb, keepassxc, ...): as root, install what
# is missing with apt-get; otherwise print the exact command and fail.
# Usage: scripts/need-debs.sh PACKAGE...
set -euo pipefail
[ "$#" -gt 0 ] || exit 0
if [ "$(uname -s)" != "Linux" ] || ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Installeer zelf: $*" >&2
  exit 1
fi
missing=()
for p in "$@"; do
  [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ] || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "Ontbrekende pakketten worden geïnstalleerd: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Er ontbreken pakketten. Installeer ze met:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
