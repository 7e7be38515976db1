#!/usr/bin/env bash
# make dist: pack the one-folder bundle with its menu entry and icon as
#   dist/veiligbestuur-<version>-linux-<arch>.tar.gz
# Layout inside: veiligbestuur-<version>/{veiligbestuur/ (the bundle), share/applications/veiligbestuur.desktop,
# share/icons/hicolor/scalable/apps/veiligbestuur.svg, install.sh, LICENSE-DejaVu.txt}
set -euo pipefail
bundle="$1"      # dist/veiligbestuur
tarball="$2"     # dist/veiligbestuur-0.1.0-linux-x86_64.tar.gz
version="$3"
root="$(cd "$(dirname "$0")/.." && pwd)"
stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
top="$stage/veiligbestuur-$version"
mkdir -p "$top/share/applications" "$top/share/icons/hicolor/scalable/apps"
cp -a "$bundle" "$top/veiligbestuur"
cp "$root/installer/linux/veiligbestuur.desktop" "$top/share/applications/"
cp "$root/resources/icons/veiligbestuur.svg" "$top/share/icons/hicolor/scalable/apps/"
cp "$root/installer/linux/install.sh" "$top/install.sh"
chmod 755 "$top/install.sh"
# reproducible: sorted names, fixed owner and the time of the last commit
mtime="$(git -C "$root" log -1 --format=%cI 2>/dev/null || date -u +%FT%TZ)"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" -C "$stage" -czf "$tarball" \
    "veiligbestuur-$version"
echo "$tarball ($(du -h "$tarball" | cut -f1))"
