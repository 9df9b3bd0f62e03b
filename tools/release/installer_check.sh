#!/usr/bin/env bash
# The Windows installer, checked on Linux: compile installer/windows/frontdesk.iss with
# Inno Setup's own compiler under Wine (as tools/package.py compiles it on Windows), then
# install the setup for the current user, uninstall it silently, and check what each
# leaves. The program inside is a stand-in (the Linux build cannot run on Windows): what
# is checked is the installer script, its folders, its Start-menu entry and that a silent
# uninstall keeps the user's data.
#
#     tools/release/installer_check.sh
#
# Needs Node.js (npm), Wine with 32-bit support (Debian: wine wine32 wine64, after
# `dpkg --add-architecture i386`) and Xvfb; .ci/run installs them. Inno Setup itself
# comes from the npm registry, pinned and hash-checked (tools/innosetup/).
set -euo pipefail
cd "$(dirname "$0")/../.."

iscc="$(tools/npm_pinned.sh innosetup node_modules/innosetup/bin/ISCC.exe)/node_modules/innosetup/bin/ISCC.exe"

work="$(mktemp -d)"
export WINEPREFIX="$work/wine" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
display_file="$work/display"
Xvfb -displayfd 3 -screen 0 1024x768x24 3>"$display_file" >/dev/null 2>&1 &
xvfb=$!
cleanup() {
    wineserver -k 2>/dev/null || true
    kill "$xvfb" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 1 100); do
    [ -s "$display_file" ] && break
    sleep 0.1
done
DISPLAY=":$(cat "$display_file")"
export DISPLAY

echo "== Wine prefix (Windows 10, as the installer's MinVersion asks)"
wine wineboot --init >/dev/null 2>&1
wine winecfg -v win10 >/dev/null 2>&1

echo "== compile installer/windows/frontdesk.iss"
version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/__init__.py)"
source="$work/dist/frontdesk"
mkdir -p "$source/_internal"
# A Windows program to stand in for frontdesk.exe: Wine's own hostname.exe.
stand_in="$WINEPREFIX/drive_c/windows/system32/hostname.exe"
cp "$stand_in" "$source/frontdesk.exe"
cp "$stand_in" "$source/frontdesk-cli.exe"
echo "stand-in" >"$source/_internal/base_library.zip"
wine "$iscc" /Q "/DAppVersion=$version" "/DSourceDir=$(winepath -w "$source")" \
    "/DOutputDir=$(winepath -w "$work/out")" "/DOutputName=FrontDesk-$version-windows-x64-setup" \
    "$(winepath -w installer/windows/frontdesk.iss)"
setup="$work/out/FrontDesk-$version-windows-x64-setup.exe"
[ -f "$setup" ] || {
    echo "installer_check: the compiler made no $setup" >&2
    exit 1
}
echo "compiled: $(du -h "$setup" | cut -f1) setup"

echo "== install for this user, silently"
wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
profile="$(winepath -u "$(wine cmd /c 'echo %USERPROFILE%' 2>/dev/null | tr -d '\r')")"
local_app_data="$profile/AppData/Local"
app="$local_app_data/Programs/Front Desk"
start_menu="$profile/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Front Desk.lnk"
for file in frontdesk.exe frontdesk-cli.exe _internal/base_library.zip frontdesk.ico unins000.exe; do
    [ -f "$app/$file" ] || {
        echo "installer_check: not installed: $app/$file" >&2
        exit 1
    }
done
[ -f "$start_menu" ] || {
    echo "installer_check: no Start-menu entry at $start_menu" >&2
    exit 1
}
echo "installed in %LOCALAPPDATA%\\Programs\\Front Desk, with a Start-menu entry"

echo "== uninstall silently: the program goes, the user's data stays"
mkdir -p "$local_app_data/FrontDesk/Logs"
echo "{}" >"$local_app_data/FrontDesk/settings.json"
wine "$app/unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
for _ in $(seq 1 100); do # the uninstaller finishes in a copy of itself
    [ ! -e "$app" ] && break
    sleep 0.1
done
[ ! -e "$app" ] || {
    echo "installer_check: $app is still there after uninstalling" >&2
    exit 1
}
[ ! -e "$start_menu" ] || {
    echo "installer_check: the Start-menu entry is still there after uninstalling" >&2
    exit 1
}
[ -f "$local_app_data/FrontDesk/settings.json" ] || {
    echo "installer_check: a silent uninstall removed the user's data" >&2
    exit 1
}
echo "installer_check: the setup compiles, installs per user and uninstalls keeping the data"
