#!/usr/bin/env bash
# Prints the gzipped size (gzip -9) of the .wasm, .js and .css files of a build (Trunk's dist/ or
# the package's pkg/), and the total.
set -euo pipefail
dist=${1:-dist}

shopt -s nullglob
files=("$dist"/*.wasm "$dist"/*.js "$dist"/*.css)
(( ${#files[@]} )) || { echo "size: no .wasm or .js in $dist; run make build first" >&2; exit 1; }

total=0
for file in "${files[@]}"; do
    raw=$(wc -c <"$file")
    gzipped=$(gzip -9 -c "$file" | wc -c)
    total=$((total + gzipped))
    printf '%10d bytes gzipped (%d raw)  %s\n' "$gzipped" "$raw" "${file##*/}"
done
printf '%10d bytes gzipped total\n' "$total"
