#!/usr/bin/env bash
# The release job: check that the tag names desktop.__version__, write SHA256SUMS for
# every artifact the platforms built, and open a draft GitHub release holding them all
# (a person reads it over and publishes it).
#
#     GH_TOKEN=… tools/release/draft.sh v1.2.3 dist/release
set -euo pipefail
tag="${1:?usage: tools/release/draft.sh TAG FOLDER}"
folder="${2:?usage: tools/release/draft.sh TAG FOLDER}"
cd "$(dirname "$0")/../.."

version="$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' desktop/__init__.py)"
if [ "$tag" != "v$version" ]; then
    echo "tools/release/draft.sh: tag $tag does not match desktop.__version__ $version (expected v$version)" >&2
    exit 1
fi

shopt -s nullglob
artifacts=("$folder"/*.exe "$folder"/*.zip "$folder"/*.dmg "$folder"/*.tar.gz)
[ ${#artifacts[@]} -gt 0 ] || {
    echo "tools/release/draft.sh: no artifacts in $folder" >&2
    exit 1
}
(cd "$folder" && sha256sum -- "${artifacts[@]##*/}" >SHA256SUMS)
cat "$folder/SHA256SUMS"

gh release create "$tag" --draft --verify-tag --title "Front Desk $version" \
    --generate-notes "${artifacts[@]}" "$folder/SHA256SUMS"
