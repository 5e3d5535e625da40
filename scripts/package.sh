#!/usr/bin/env bash
# Builds the embeddable npm-style package in pkg/ (SPEC section 6): the wasm-bindgen `--target web`
# module campaign_editor.js with its .wasm (optimized by binaryen's wasm-opt) and TypeScript
# declarations, package.json, and campaign-editor.css; then prints its gzipped size.
# Run through `make package`, which puts node_modules/.bin (wasm-opt 132) first on PATH.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly TARGET=wasm32-unknown-unknown
readonly OUT=pkg
readonly NAME=campaign_editor

# The profile built for size (Cargo.toml); `release` is the native command line's, built for speed.
readonly PROFILE=wasm-release

cargo build --profile "$PROFILE" --lib --target "$TARGET" --features embed

rm -rf "$OUT"
wasm-bindgen --target web --out-dir "$OUT" --out-name "$NAME" \
    "${CARGO_TARGET_DIR:-target}/$TARGET/$PROFILE/$NAME.wasm"
scripts/wasm-opt.sh "$OUT/${NAME}_bg.wasm" "$OUT/${NAME}_bg.wasm" --strip-debug --strip-producers

# The editor's stylesheets, theme first; app.css styles only the standalone page around it. Their
# comments are for us and stay in style/: the package's copy leaves them out (2.5 KB gzipped; no
# string in our CSS holds a "/*").
{
    echo "/* campaign-editor: every class starts with ce-; theme through the --ce-* custom properties. */"
    for css in style/base.css $(ls style/*.css | grep -v -e '^style/base\.css$' -e '^style/app\.css$' | sort); do
        node -e 'process.stdout.write(require("node:fs").readFileSync(process.argv[1], "utf8").replace(/\/\*[\s\S]*?\*\//g, ""))' "$css"
    done
} >"$OUT/campaign-editor.css"

# package.json, with the name, version, description and license of Cargo.toml.
cargo metadata --format-version 1 --no-deps | node -e '
    const fs = require("node:fs");
    const crate = JSON.parse(fs.readFileSync(0, "utf8")).packages.find((p) => p.name === "campaign-editor");
    const files = ["campaign_editor.js", "campaign_editor.d.ts", "campaign_editor_bg.wasm",
                   "campaign_editor_bg.wasm.d.ts", "campaign-editor.css"];
    const manifest = {
        name: crate.name,
        version: crate.version,
        description: crate.description,
        license: crate.license,
        type: "module",
        main: "campaign_editor.js",
        module: "campaign_editor.js",
        types: "campaign_editor.d.ts",
        exports: {
            ".": { types: "./campaign_editor.d.ts", default: "./campaign_editor.js" },
            "./campaign_editor_bg.wasm": "./campaign_editor_bg.wasm",
            "./campaign-editor.css": "./campaign-editor.css",
            "./package.json": "./package.json",
        },
        files,
        sideEffects: ["./campaign-editor.css"],
    };
    fs.writeFileSync(process.argv[1] + "/package.json", JSON.stringify(manifest, null, 2) + "\n");
' "$OUT"

echo "package: $OUT/ ($(node -p 'require("./pkg/package.json").name + "@" + require("./pkg/package.json").version'))"
scripts/size.sh "$OUT"
