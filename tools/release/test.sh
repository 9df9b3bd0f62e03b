#!/usr/bin/env bash
# The README's test command on any OS (Linux, macOS, Git Bash on Windows): a virtual
# environment holding the pinned, hash-checked set (requirements/ci.txt) and the project
# with its test extra, a throwaway PostgreSQL cluster where the machine has its binaries,
# and the suite offscreen in three workers. .ci/run and .github/workflows/release.yml
# both run it.
#
#     tools/release/test.sh [--lint]
#
# --lint: ruff check, ruff format --check, mypy desktop and tools/actionlint.sh first.
# $PYTHON names the Python that makes the environment (python3 if unset).
set -euo pipefail
cd "$(dirname "$0")/../.."

lint=0
for arg in "$@"; do
    case "$arg" in
        --lint) lint=1 ;;
        *)
            echo "tools/release/test.sh: unknown argument: $arg" >&2
            exit 2
            ;;
    esac
done

echo "== python environment"
"${PYTHON:-python3}" -m venv .venv
bin=.venv/bin
[ -x .venv/Scripts/python.exe ] && bin=.venv/Scripts # Windows
python="$bin/python"
"$python" -m pip install -q --upgrade pip
# The pinned set first, so the tests run on exactly what a release is built from; the
# README's install then finds it satisfied.
"$python" -m pip install -q --require-hashes -r requirements/ci.txt
"$python" -m pip install -q -e '.[test]'

if [ "$lint" = 1 ]; then
    echo "== ruff check"
    "$bin/ruff" check desktop tests
    echo "== ruff format --check"
    "$bin/ruff" format --check desktop tests
    echo "== mypy desktop"
    "$bin/mypy" desktop
    echo "== actionlint and shellcheck"
    tools/actionlint.sh
fi

if [ -z "${FRONTDESK_TEST_POSTGRES:-}" ] &&
    "$python" -c "import sys; from desktop.store.pg_cluster import binaries; sys.exit(binaries() is None)"; then
    echo "== PostgreSQL: a throwaway cluster for the tests (desktop/store/pg_cluster.py)"
    # A folder Python names (Git Bash's /tmp is not a path Windows programs read); its
    # watcher stops the cluster when this script ends, however it ends.
    pg_folder="$("$python" -c "import tempfile; print(tempfile.mkdtemp(prefix='frontdesk-ci-pg-'))")"
    "$python" -m desktop.store.pg_cluster start "$pg_folder"
    trap '"$python" -m desktop.store.pg_cluster stop "$pg_folder"' EXIT
    export FRONTDESK_TEST_POSTGRES="$pg_folder"
fi

echo "== tests"
QT_QPA_PLATFORM=offscreen "$python" -m pytest -n 3
