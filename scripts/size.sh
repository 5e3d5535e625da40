#!/usr/bin/env bash
# Prints the gzipped size (gzip -9) of the .wasm, .js and .css files of a build (Trunk's dist/ or
# the package's pkg/), and the total; with a budget in bytes, fails when the total is over it.
set -euo pipefail
dist=${1:-dist}
budget=${2:-}

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
if [[ -n $budget ]]; then
    if (( total > budget )); then
        printf 'size: over the budget of %d bytes by %d\n' "$budget" "$((total - budget))" >&2
        exit 1
    fi
    printf '%10d bytes gzipped budget (README), %d to spare\n' "$budget" "$((budget - total))"
fi
