#!/bin/sh
# Builds the embedded quiz page (src/embed/embed.html) into the app build's staging folder, as dist/embed.html with
# its own wasm and JS. Trunk.toml runs it as a post_build hook, which sets the TRUNK_* variables.
set -eu
out="$TRUNK_STAGING_DIR/.embed"
profile=""
if [ "$TRUNK_PROFILE" = release ]; then profile="--release"; fi
trunk --config src/embed/Trunk.toml build $profile --dist "$out"
# Trunk names a build's page index.html; next to the app's it is embed.html.
mv "$out/index.html" "$TRUNK_STAGING_DIR/embed.html"
for file in "$out"/*; do mv -f "$file" "$TRUNK_STAGING_DIR/"; done
rmdir "$out"
