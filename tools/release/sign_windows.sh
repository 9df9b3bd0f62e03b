#!/usr/bin/env bash
# Windows (Git Bash): sign files with signtool and a code-signing certificate (.pfx),
# SHA-256 with an RFC 3161 timestamp, then verify them. Run on frontdesk.exe before
# tools/package.py, and on the installer after it. Without the secrets it says so and
# signs nothing (Windows SmartScreen then warns on first start).
#
#     WINDOWS_CERTIFICATE_PFX_BASE64=… WINDOWS_CERTIFICATE_PASSWORD=… \
#     tools/release/sign_windows.sh FILE...
set -euo pipefail
[ $# -gt 0 ] || {
    echo "usage: tools/release/sign_windows.sh FILE..." >&2
    exit 2
}

if [ -z "${WINDOWS_CERTIFICATE_PFX_BASE64:-}" ] || [ -z "${WINDOWS_CERTIFICATE_PASSWORD:-}" ]; then
    echo "::notice::Windows signing skipped for $*: the WINDOWS_CERTIFICATE_PFX_BASE64 and WINDOWS_CERTIFICATE_PASSWORD secrets are not set"
    exit 0
fi

# signtool comes with the Windows SDK, which GitHub's Windows images carry; the newest.
signtool="$(find "/c/Program Files (x86)/Windows Kits/10/bin" -path '*/x64/signtool.exe' 2>/dev/null | sort -V | tail -n 1)"
[ -n "$signtool" ] || {
    echo "tools/release/sign_windows.sh: signtool.exe not found (install the Windows SDK)" >&2
    exit 1
}
work="${RUNNER_TEMP:-$(mktemp -d)}"
certificate="$work/frontdesk-signing.pfx"
echo "$WINDOWS_CERTIFICATE_PFX_BASE64" | base64 --decode >"$certificate"
trap 'rm -f "$certificate"' EXIT

# Git Bash would turn signtool's /options into paths: leave every argument as it is.
export MSYS2_ARG_CONV_EXCL="*"
timestamp="${WINDOWS_TIMESTAMP_URL:-http://timestamp.digicert.com}"
"$signtool" sign /fd SHA256 /td SHA256 /tr "$timestamp" /f "$(cygpath -w "$certificate")" \
    /p "$WINDOWS_CERTIFICATE_PASSWORD" /d "Front Desk" "$@"
"$signtool" verify /pa /v "$@"
