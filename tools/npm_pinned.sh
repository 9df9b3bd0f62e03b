#!/usr/bin/env bash
# Install a tool pinned in tools/NAME/ (package.json and its hash-checked package-lock.json)
# from the npm registry into .venv/NAME, again only when the lock changed or FILE is
# missing there; print that folder. Install scripts do not run.
#
#     home="$(tools/npm_pinned.sh NAME FILE)"
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: tools/npm_pinned.sh NAME FILE}"
file="${2:?usage: tools/npm_pinned.sh NAME FILE}"

home=".venv/$name"
mkdir -p "$home"
if ! cmp -s "tools/$name/package-lock.json" "$home/package-lock.json" || [ ! -e "$home/$file" ]; then
    cp "tools/$name/package.json" "tools/$name/package-lock.json" "$home/"
    (cd "$home" && npm ci --no-audit --no-fund --silent --ignore-scripts) >&2
fi
echo "$home"
