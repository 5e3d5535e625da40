#!/usr/bin/env bash
# wasm-opt -Oz over a wasm-bindgen output, as the package gets it (scripts/package.sh) and as
# scripts/size-views.sh measures the page: IN OUT [MORE-FLAGS...]. Binaryen's wasm-opt 132 from
# node_modules/.bin, which the callers put first on PATH (Debian's 108 breaks the module).
set -euo pipefail
in=$1 out=$2
shift 2
# The stable wasm32 target emits these proposals; wasm-opt must be told it may keep them.
exec wasm-opt -Oz "$@" \
    --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    -o "$out" "$in"
