#!/usr/bin/env bash
# Checks the Debian/Ubuntu packages that Qt (and the test suite) need at run time.
# As root, installs what is missing with apt-get; otherwise prints the exact command and fails.
# Usage: scripts/sysdeps.sh run|test
set -euo pipefail
mode="${1:-run}"

if [ "$(uname -s)" != "Linux" ] || ! command -v dpkg-query >/dev/null 2>&1; then
  exit 0   # not a Debian-family Linux: nothing we can check here
fi

# Libraries the PySide6 wheels link against (xcb platform plugin included) and the font used by the UI.
pkgs=(
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libx11-xcb1
  libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1
  fonts-dejavu-core
)
if [ "$mode" = "test" ]; then
  # dbus-run-session + gnome-keyring: the one test against a real Secret Service.
  pkgs+=(dbus dbus-x11 gnome-keyring)
fi

installed() {
  # Ubuntu 24.04 renamed some libraries with a t64 suffix; either name counts.
  local p
  for p in "$1" "${1}t64"; do
    if [ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" = "install ok installed" ]; then
      return 0
    fi
  done
  return 1
}

missing=()
for p in "${pkgs[@]}"; do
  installed "$p" || missing+=("$p")
done

# python3 -m venv needs ensurepip (Debian ships it separately as python3-venv).
if ! python3 -c 'import ensurepip, venv' >/dev/null 2>&1; then
  ver=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
  missing+=("python${ver}-venv")
fi

[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = "0" ]; then
  echo "Ontbrekende systeempakketten worden geïnstalleerd: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Er ontbreken systeempakketten. Installeer ze met:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
