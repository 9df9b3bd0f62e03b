#!/usr/bin/env bash
# Build Front Desk with PyInstaller (build.spec) and, with --self-test, run the built
# program's self-test offscreen and exit with its code.
#
#     tools/build.sh [--self-test]
#
# Uses the Python on PATH (or $PYTHON): activate the virtualenv first. It first installs
# requirements/build.txt there (every release pinned and hash-checked, tools/lock.sh), so
# a build is reproducible and a dependency changed upstream cannot slip in. Output lands in
# dist/frontdesk/ (and "dist/Front Desk.app" on macOS); build/ holds PyInstaller's work
# files. Works in bash on Linux, macOS and Git Bash on Windows.
set -euo pipefail

self_test=0
for arg in "$@"; do
    case "$arg" in
        --self-test) self_test=1 ;;
        -h | --help)
            sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'
            exit 0
            ;;
        *)
            echo "tools/build.sh: unknown argument: $arg" >&2
            exit 2
            ;;
    esac
done

cd "$(dirname "$0")/.."
python="${PYTHON:-python}"

echo "build: installing the pinned dependencies (requirements/build.txt)"
"$python" -m pip install -q --require-hashes -r requirements/build.txt

start=$(date +%s)
"$python" -m PyInstaller --noconfirm --clean build.spec
echo "build: $(($(date +%s) - start)) s"
du -sh dist/frontdesk
if [ -d "dist/Front Desk.app" ]; then
    du -sh "dist/Front Desk.app"
fi

if [ "$self_test" = 1 ]; then
    program=dist/frontdesk/frontdesk
    if [ -f "$program-cli.exe" ]; then
        # Windows: the console twin of the windowed frontdesk.exe (same program, same
        # _internal/), so the run's log shows each step
        program="$program-cli.exe"
    elif [ -f "$program.exe" ]; then
        program="$program.exe"
    fi
    limit=()
    if command -v timeout >/dev/null; then
        limit=(timeout 600)
    fi
    status=0
    # ${limit[@]+...}: macOS's bash 3.2 calls an empty array unbound under set -u
    QT_QPA_PLATFORM=offscreen ${limit[@]+"${limit[@]}"} "$program" --self-test || status=$?
    echo "self-test: exit code $status"
    exit "$status"
fi
