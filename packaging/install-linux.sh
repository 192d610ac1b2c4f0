#!/bin/sh
# Install the built app folder for the current user (no root): the program under
# ~/.local/opt, a `moedemappe` command in ~/.local/bin, and a menu entry with its icon.
# Run from the unpacked folder (`./install-linux.sh`) or from the repository after `make dist`.
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
if [ -x "$here/moedemappe" ]; then src="$here"; else src="$here/../dist/Moedemappe"; fi
[ -x "$src/moedemappe" ] || { echo "no built app found (run make dist first)" >&2; exit 1; }
opt="$HOME/.local/opt/Moedemappe"
mkdir -p "$HOME/.local/opt" "$HOME/.local/bin" "$HOME/.local/share/applications" \
         "$HOME/.local/share/icons/hicolor/256x256/apps"
rm -rf "$opt"
cp -r "$src" "$opt"
ln -sf "$opt/moedemappe" "$HOME/.local/bin/moedemappe"
sed "s|^Exec=moedemappe|Exec=$opt/moedemappe|" "$src/moedemappe.desktop" > "$HOME/.local/share/applications/moedemappe.desktop"
cp "$src/moedemappe.png" "$HOME/.local/share/icons/hicolor/256x256/apps/moedemappe.png"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$HOME/.local/share/applications" || true
echo "Mødemappe installed: $opt (menu: Office → Mødemappe, command: moedemappe)"
