#!/usr/bin/env bash
# Install VeiligBestuur from this unpacked tarball.
#   sudo ./install.sh            -> /opt/veiligbestuur, /usr/local/bin/veiligbestuur, menu entry for every user
#   ./install.sh --user          -> ~/.local/opt/veiligbestuur, ~/.local/bin/veiligbestuur, menu entry for you
# Only the program is installed or replaced; the vault (~/.local/share/VeiligBestuur) is never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ "${1:-}" == "--user" ]]; then
    prefix="$HOME/.local"; opt="$HOME/.local/opt/veiligbestuur"
else
    if [[ $EUID -ne 0 ]]; then
        echo "Voer dit uit als root (sudo ./install.sh) of installeer alleen voor uzelf: ./install.sh --user" >&2
        exit 2
    fi
    prefix="/usr/local"; opt="/opt/veiligbestuur"
fi
mkdir -p "$(dirname "$opt")" "$prefix/bin" "$prefix/share/applications" "$prefix/share/icons/hicolor/scalable/apps"
rm -rf "$opt.new"
cp -a "$here/veiligbestuur" "$opt.new"
rm -rf "$opt"
mv "$opt.new" "$opt"
ln -sfn "$opt/veiligbestuur" "$prefix/bin/veiligbestuur"
install -m 644 "$here/share/applications/veiligbestuur.desktop" "$prefix/share/applications/"
install -m 644 "$here/share/icons/hicolor/scalable/apps/veiligbestuur.svg" "$prefix/share/icons/hicolor/scalable/apps/"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
echo "VeiligBestuur is geïnstalleerd in $opt; start het via het menu of met 'veiligbestuur'."
