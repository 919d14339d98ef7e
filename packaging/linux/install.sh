#!/bin/sh
# Put SSC Desktop in your applications menu (or take it out again), for you alone.
#
#     ./install.sh              # from the unpacked ssc-desktop folder
#     ./install.sh --uninstall  # removes the menu entry, icon and command (not your data)
#
# Copies the desktop entry, the AppStream metadata and the icon under ~/.local/share and
# links ~/.local/bin/ssc-desktop to this folder's program. Needs no administrator rights.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
id=org.iucn.SSCDesktop
share=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$share/applications/$id.desktop" "$share/metainfo/$id.metainfo.xml" "$bin/ssc-desktop"
  for size in 16 24 32 48 64 128 256 512; do
    rm -f "$share/icons/hicolor/${size}x$size/apps/$id.png"
  done
  echo "SSC Desktop is no longer in your menu. Delete $here to remove the program;"
  echo "your data stays in $share/ssc-desktop until you delete it."
  exit 0
fi

resources=$here/_internal/ssc_desktop/resources
mkdir -p "$share/applications" "$share/metainfo" "$bin"
# The entry runs this folder's program by its full path: it works even where ~/.local/bin
# is not on the menu's PATH.
sed "s|^Exec=ssc-desktop|Exec=\"$here/ssc-desktop\"|" "$resources/linux/$id.desktop" \
  > "$share/applications/$id.desktop"
cp "$resources/linux/$id.metainfo.xml" "$share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$share/icons/hicolor/${size}x$size/apps"
  cp "$resources/icons/ssc-desktop-$size.png" "$share/icons/hicolor/${size}x$size/apps/$id.png"
done
ln -sf "$here/ssc-desktop" "$bin/ssc-desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$share/icons/hicolor" 2>/dev/null || true
echo "SSC Desktop is in your applications menu; 'ssc-desktop' runs it from a terminal."
