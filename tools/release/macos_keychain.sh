#!/usr/bin/env bash
# macOS, before tools/build.sh: put the Developer ID certificate in a keychain of its own
# and name its identity to build.spec (FRONTDESK_CODESIGN_IDENTITY in $GITHUB_ENV), so
# PyInstaller signs every binary with the hardened runtime. Without the secrets it says
# so and the build is signed ad hoc (it runs, but cannot be notarized).
#
#     MACOS_CERTIFICATE_P12_BASE64=… MACOS_CERTIFICATE_PASSWORD=… \
#     MACOS_SIGNING_IDENTITY="Developer ID Application: … (TEAMID)" tools/release/macos_keychain.sh
set -euo pipefail

if [ -z "${MACOS_CERTIFICATE_P12_BASE64:-}" ] || [ -z "${MACOS_CERTIFICATE_PASSWORD:-}" ] ||
    [ -z "${MACOS_SIGNING_IDENTITY:-}" ]; then
    echo "::notice::macOS signing skipped: the MACOS_CERTIFICATE_P12_BASE64, MACOS_CERTIFICATE_PASSWORD and MACOS_SIGNING_IDENTITY secrets are not set; the app is signed ad hoc and not notarized"
    exit 0
fi

work="${RUNNER_TEMP:-$(mktemp -d)}"
keychain="$work/frontdesk-signing.keychain-db"
keychain_password="$(openssl rand -base64 24)"
echo "::add-mask::$keychain_password"
certificate="$work/certificate.p12"
echo "$MACOS_CERTIFICATE_P12_BASE64" | base64 --decode >"$certificate"
trap 'rm -f "$certificate"' EXIT

security create-keychain -p "$keychain_password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$keychain_password" "$keychain"
security import "$certificate" -k "$keychain" -P "$MACOS_CERTIFICATE_PASSWORD" \
    -T /usr/bin/codesign -T /usr/bin/security
security set-key-partition-list -S apple-tool:,apple: -k "$keychain_password" "$keychain" >/dev/null
# Searched after the user's own keychains, so codesign finds the identity by name.
# shellcheck disable=SC2046  # the list is one path per line, quoted by security itself
security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
security find-identity -v -p codesigning "$keychain" | grep -F "$MACOS_SIGNING_IDENTITY" >/dev/null || {
    echo "tools/release/macos_keychain.sh: the certificate holds no identity named $MACOS_SIGNING_IDENTITY" >&2
    exit 1
}
echo "FRONTDESK_CODESIGN_IDENTITY=$MACOS_SIGNING_IDENTITY" >>"${GITHUB_ENV:-/dev/null}"
echo "macOS signing: $MACOS_SIGNING_IDENTITY (keychain $keychain)"
