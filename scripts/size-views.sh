#!/usr/bin/env bash
# What each view costs the standalone page: builds the page in a scratch copy of HEAD without one
# view at a time (its tag taken out of the view that shows it) and prints the gzipped wasm (after
# wasm-opt -Oz, as Trunk's release build) beside the whole page's. A view's figure includes the
# domain code only it uses. Slow (a release build each, about 2 minutes on 2 cores): run by hand,
# `scripts/size-views.sh`, never by `make test`. Needs the tools `make build` installs.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH=$PWD/node_modules/.bin:$PATH

readonly SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/campaign-editor-size.XXXXXX")
git worktree add --quiet --detach "$SCRATCH/tree" HEAD
trap 'git worktree remove --force "$SCRATCH/tree"; rm -rf "$SCRATCH"' EXIT
# Its own target dir, as scripts/deliberate-breaks.sh says why.
export CARGO_TARGET_DIR=${SIZE_TARGET_DIR:-$PWD/target/size-views}
readonly WASM=$CARGO_TARGET_DIR/wasm32-unknown-unknown/wasm-release/campaign-editor-app.wasm

# gzipped NAME FILE PERL-SUBSTITUTION: builds the page with FILE changed (none when FILE is empty)
# and prints its gzipped wasm.
gzipped() {
    local file=$2 substitution=$3
    (cd "$SCRATCH/tree" && git checkout --quiet -- . && if [[ -n $file ]]; then
        perl -0pi -e "$substitution" "$file"
        ! git diff --quiet || { echo "size-views: $1 no longer applies to $file" >&2; exit 1; }
    fi && cargo build --quiet --profile wasm-release --bin campaign-editor-app --target wasm32-unknown-unknown)
    rm -rf "$SCRATCH/out"
    wasm-bindgen --target web --out-dir "$SCRATCH/out" "$WASM"
    scripts/wasm-opt.sh "$SCRATCH/out/campaign-editor-app_bg.wasm" "$SCRATCH/out/opt.wasm"
    gzip -9 -c "$SCRATCH/out/opt.wasm" | wc -c
}

whole=$(gzipped "the page" "" "")
printf '%-52s %9d B\n' "the whole page's wasm, gzipped" "$whole"
while IFS='|' read -r name file substitution; do
    size=$(gzipped "$name" "$file" "$substitution")
    printf '%-52s %9d B  (%d)\n' "without $name" "$size" "$((size - whole))"
done <<'EOF'
the Simulator panel|src/ui/app.rs|s/<Simulator [^>]*\/>//
its settings (the reach model's with them)|src/ui/simulator/panel.rs|s/<SimSettings [^>]*\/>//
its reach model settings|src/ui/simulator/settings.rs|s/<ReachSettingsFields problems=problems \/>//
its export|src/ui/simulator/panel.rs|s/<SimExport \/>//
its Calls table|src/ui/simulator/panel.rs|s/<CallsTable \/>//
its Compare|src/ui/simulator/panel.rs|s/<CompareControls compare=compare \/>//; s/<CompareResults compare=compare \/>//
its reach by call number|src/ui/simulator/panel.rs|s/<ReachChart \/>//
its chart of recipients by state|src/ui/simulator/panel.rs|s/<SimChart \/>//
the retry timeline|src/ui/editor/retry_strategy.rs|s/<Timeline \/>//
the strategy advisor|src/ui/editor/retry_strategy.rs|s/<Advisor \/>//
Schedule (launch, window, retry on, call caps)|src/ui/editor/campaign_editor.rs|s/<ScheduleFields \/>//
its call caps|src/ui/editor/schedule_fields.rs|s/<CallCaps \/>//
Save as Draft and Start Now|src/ui/editor/campaign_editor.rs|s/<Actions \/>//
the attempt rows (their numbers left)|src/ui/editor/retry_strategy.rs|s/<AttemptRow index=index \/>/<li>{index}<\/li>/
the notices|src/ui/editor/campaign_editor.rs|s/<Notices \/>//
the error summary|src/ui/editor/campaign_editor.rs|s/<ErrorSummary \/>//
Campaign Completion|src/ui/editor/campaign_editor.rs|s/<Completion \/>//
EOF
