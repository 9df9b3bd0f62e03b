#!/usr/bin/env bash
# macOS, after tools/package.py: check the app's signature, sign the disk image, send it
# to Apple's notary service, wait for the verdict and staple the ticket to the image, so
# Gatekeeper opens it offline. Each part runs when its secrets are present and says why
# when it is skipped.
#
#     FRONTDESK_CODESIGN_IDENTITY=… APPLE_ID=… APPLE_TEAM_ID=… APPLE_APP_PASSWORD=… \
#     tools/release/notarize_macos.sh dist/release/FrontDesk-<version>-macos-<arch>.dmg
set -euo pipefail
dmg="${1:?usage: tools/release/notarize_macos.sh DMG}"
app="dist/Front Desk.app"

codesign --verify --deep --strict --verbose=2 "$app"
if [ -z "${FRONTDESK_CODESIGN_IDENTITY:-}" ]; then
    echo "::notice::$dmg is not signed or notarized: no signing identity (see tools/release/macos_keychain.sh)"
    exit 0
fi
codesign --display --verbose=2 "$app" 2>&1 | grep -E "^(Authority|TeamIdentifier|Runtime)"
codesign --sign "$FRONTDESK_CODESIGN_IDENTITY" --timestamp "$dmg"

if [ -z "${APPLE_ID:-}" ] || [ -z "${APPLE_TEAM_ID:-}" ] || [ -z "${APPLE_APP_PASSWORD:-}" ]; then
    echo "::notice::$dmg is signed but not notarized: the APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD secrets are not set"
    exit 0
fi
xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
xcrun stapler staple "$dmg"
xcrun stapler validate "$dmg"
spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
