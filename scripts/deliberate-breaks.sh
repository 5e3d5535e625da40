#!/usr/bin/env bash
# Shows that the tests can fail: breaks one rule at a time in a scratch copy of HEAD (a detached git
# worktree under $TMPDIR; this checkout is never touched), runs the native tests that guard it, and
# prints which failed. Every break must fail at least one test; the script exits 1 if one fails
# none. Slow (a rebuild per break): run by hand, `make breaks`, not by `make test`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/campaign-editor-breaks.XXXXXX")
git worktree add --quiet --detach "$SCRATCH" HEAD
trap 'git worktree remove --force "$SCRATCH"' EXIT
# Its own target dir: the scratch build must never replace the binaries this checkout tests.
export CARGO_TARGET_DIR=${BREAKS_TARGET_DIR:-$PWD/target/breaks}

caught_all=true
# break NAME FILE PERL-SUBSTITUTION TEST-FILTER...
break_rule() {
    local name=$1 file=$2 substitution=$3
    shift 3
    (cd "$SCRATCH" && git checkout --quiet -- . && perl -0pi -e "$substitution" "$file")
    if (cd "$SCRATCH" && git diff --quiet); then
        echo "== $name: the substitution no longer applies to $file"
        caught_all=false
        return
    fi
    echo "== $name ($file)"
    local failed
    failed=$(cd "$SCRATCH" && cargo test --quiet --test native -- "$@" 2>&1 | grep -E '^    [a-z_0-9:]+$' || true)
    if [[ -z $failed ]]; then
        echo "   no test failed"
        caught_all=false
    else
        echo "$failed"
    fi
}

# The reach model (SPEC 8).
break_rule "Δ ignored: a call does not remember the last one" src/domain/reach/rule.rs \
    's/libm::exp\(-minutes_ago \/ settings.away_minutes\)/0.0/; s/libm::exp\(-minutes_ago \/ settings.busy_minutes\)/0.0/' reach
break_rule "fatigue ignored by the dialer only (the exact expectation keeps it)" src/domain/reach/dialer.rs \
    's/memory\.recent_calls\(start\)/0/' reach
break_rule "fatigue ignored everywhere" src/domain/reach/rule.rs \
    's/\(0\.\.recent_calls\)\.fold\(1\.0, \|factor, _\| factor \* \(1\.0 - fatigue\)\)/1.0/' reach
# Call caps (SPEC 9).
break_rule "a cap frees one second early" src/domain/simulation/engine/caps.rs \
    's/\+ u64::from\(period\)/+ u64::from(period) - 1/' caps
break_rule "a cap counts one call too few" src/domain/simulation/engine/caps.rs \
    's/usize::from\(k - calls\) % self.depth/usize::from(k + 1 - calls) % self.depth/' caps
# Limits and storage (issue 11).
break_rule "no scenario size limit in the command line" src/bin/campaign_sim/cli.rs \
    's/\.take\(MAX_SCENARIO_BYTES \+ 1\)/.take(u64::MAX)/' cli
break_rule "no ten-year stop for a fixed campaign" src/domain/simulation/engine/mod.rs \
    's/\.or\(\(campaign\.completion == CompletionMode::Fixed\)\.then_some\(MAX_SCENARIO_SECS\)\)/.or(None)/' simulation cli
break_rule "no recipient limit" src/domain/simulation/scenario.rs \
    's/Some\(n\) if n > MAX_RECIPIENTS =>/Some(n) if n > u64::MAX =>/' simulation cli simulator_panel
break_rule "no read of the key before writing a draft" src/domain/draft_storage.rs \
    's/Ok\(Some\(current\)\) if self\.known\.as_ref\(\) != Some\(&current\) => \{/Ok(Some(current)) if false \&\& self.known.as_ref() != Some(\&current) => {/' domain_storage

$caught_all
