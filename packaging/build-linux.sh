#!/usr/bin/env bash
# Build the Linux one-folder app with PyInstaller and run it headless.
#
#     packaging/build-linux.sh            # from the repository, after the README's first command
#
# Installs PyInstaller (the 'build' extra) into .venv, builds dist/ssc-desktop/ from
# packaging/ssc-desktop.spec, packs dist/ssc-desktop-<version>-linux-x86_64.tar.gz, then
# runs the bundle's own `ssc-desktop` with no display: --version, demo, check and
# report quarterly, from an empty folder, with no Python of this checkout on the path.
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-.venv/bin/python}
"$PY" -m pip install -q -e '.[build]'
"$PY" packaging/make_icons.py >/dev/null

rm -rf build/pyinstaller dist/ssc-desktop
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/ssc-desktop.spec

bundle=dist/ssc-desktop
cp packaging/linux/install.sh "$bundle/"
version=$("$bundle/ssc-desktop" --version | head -1 | awk '{print $NF}')
tarball="dist/ssc-desktop-$version-linux-$(uname -m).tar.gz"

# Smoke test: an empty folder, a fresh HOME, no display, no PYTHONPATH.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
run() {
  (cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" QT_QPA_PLATFORM=offscreen \
     "$OLDPWD/$bundle/ssc-desktop" "$@")
}
run --version
run demo --db demo.sqlite --members 200
run check --db demo.sqlite
quarter="$(date +%Y)-Q$(( ($(date +%-m) - 1) / 3 + 1 ))"
run report quarterly --db demo.sqlite --group ASG --quarter "$quarter" -o report.pdf
test -s "$work/report.pdf"
head -c 5 "$work/report.pdf" | grep -q '%PDF-'

# The menu entry, icon and command go under a scratch home, and come out again.
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" "$OLDPWD/$bundle/install.sh")
entry="$work/home/.local/share/applications/org.iucn.SSCDesktop.desktop"
grep -q "^Exec=\"$PWD/$bundle/ssc-desktop\"" "$entry"
test -s "$work/home/.local/share/icons/hicolor/48x48/apps/org.iucn.SSCDesktop.png"
"$work/home/.local/bin/ssc-desktop" --version >/dev/null
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
(cd "$work" && env -i PATH=/usr/bin:/bin HOME="$work/home" "$OLDPWD/$bundle/install.sh" --uninstall)
test ! -e "$entry" && test ! -e "$work/home/.local/bin/ssc-desktop"

tar -C dist -czf "$tarball" ssc-desktop
echo "bundle: $bundle ($(du -sh "$bundle" | cut -f1) on disk, $(find "$bundle" -type f | wc -l) files)"
echo "archive: $tarball ($(du -h "$tarball" | cut -f1))"
