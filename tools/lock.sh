#!/usr/bin/env bash
# Pin every dependency, with the hashes of every file PyPI has for each pinned release
# (Windows, macOS and Linux wheels alike), so a build or a CI run installs exactly
# what was tested and a release changed upstream cannot slip in.
#
#     tools/lock.sh            # write requirements/build.txt and requirements/ci.txt
#     tools/lock.sh --check    # exit 1 if either is out of date with pyproject.toml
#
# build.txt: what the console needs to run, plus PyInstaller (tools/build.sh installs it).
# ci.txt: that, plus the test extra (.ci/run installs it before the README's command).
# Needs uv (`pip install uv`); run it after changing a dependency in pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."

check=0
[ "${1:-}" = "--check" ] && check=1
uv="${UV:-uv}"
out=requirements
[ "$check" = 1 ] && out="$(mktemp -d)"
mkdir -p "$out"

compile() {
    # --universal: one file for Windows, macOS and Linux, with environment markers;
    # --python-version: the oldest Python the project supports (pyproject's requires-python).
    "$uv" pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes \
        --quiet --custom-compile-command tools/lock.sh "$@"
}
compile --extra build -o "$out/build.txt"
compile --extra build --extra test -o "$out/ci.txt"

if [ "$check" = 1 ]; then
    status=0
    for name in build.txt ci.txt; do
        diff -q "requirements/$name" "$out/$name" >/dev/null || {
            echo "requirements/$name is out of date: run tools/lock.sh"
            status=1
        }
    done
    exit "$status"
fi
