# Every target first makes sure its tools are installed (scripts/setup.sh, a quick no-op when
# they are): building needs the Rust and npm tools, testing also Chromium. The npm tools come
# first on PATH so that binaryen's wasm-opt (package.json) wins over any other on the machine.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

WASM_TARGET := wasm32-unknown-unknown
# Browser test targets (tests/<name>.rs), run in headless Chromium by wasm-bindgen-test-runner.
BROWSER_TESTS := browser

export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium
# wasm-bindgen-test-runner gives the whole browser suite 20 s by default; it takes about 9 s on a
# quiet machine with 2 cores, so a slower or busier one could fail it for want of time alone.
export WASM_BINDGEN_TEST_TIMEOUT ?= 300

.PHONY: help setup setup-build setup-test serve build package example test test-native test-browser test-types test-e2e screenshot size bench breaks lint
# One step at a time, in the order written: the steps share target/ and there are few cores.
.NOTPARALLEL:

help:
	@echo "make serve   build and serve the standalone page on http://127.0.0.1:8080"
	@echo "make test    every test: native, browser (wasm-bindgen-test), end-to-end"
	@echo "             its parts: make test-native, test-browser, test-types, test-e2e"
	@echo "make build   release build of the standalone page into dist/"
	@echo "make package the embeddable npm-style package in pkg/, and its gzipped size"
	@echo "make example build pkg/ and serve examples/host.html on http://127.0.0.1:8080"
	@echo "make size    gzipped size of the release .wasm, .js and .css"
	@echo "make lint    rustfmt and clippy, native and wasm32"
	@echo "make bench   benchmarks"
	@echo "make breaks  break each rule in a scratch copy and show which tests fail"
	@echo "make screenshot  take the README's pictures again from the release build"
	@echo "make setup   install missing tools (also run by the targets above)"

setup: setup-test

setup-build:
	@scripts/setup.sh build

setup-test:
	@scripts/setup.sh test

serve: setup-build
	trunk serve --release

build: setup-build
	trunk build --release

package: setup-build
	scripts/package.sh

# Serves the repository root, so that examples/host.html finds ../pkg/.
example: package
	node scripts/serve.mjs . 8080 examples/host.html

test: test-native test-browser test-types test-e2e

test-native: setup-build
	cargo test

test-browser: setup-test
	cargo test --target $(WASM_TARGET) $(addprefix --test ,$(BROWSER_TESTS))

# The package's TypeScript declarations type a host written from them alone, and reject misuse.
test-types: package
	tsc -p e2e/tsconfig.json

# End-to-end tests: each e2e/*.test.mjs serves dist/ (the standalone page) or the repository root
# (examples/host.html over pkg/) itself and drives headless Chromium. No test takes more than about
# 10 s; one that waits on a page that never answers fails after 5 min instead of holding CI. Node
# applies the timeout to each file as a whole too: e2e/a11y.test.mjs's tests add up to 70–95 s, and
# 118 s on a machine busy with builds, which failed it under the 2 min this was before.
test-e2e: setup-test build package
	node --test --test-timeout=300000 e2e/*.test.mjs

# Refreshes the four pictures in docs/ that README shows, from the release build.
screenshot: setup-test build
	UPDATE_SCREENSHOT=1 node --test --test-name-pattern=README e2e/a11y.test.mjs

# The standalone page's size, against the budget README gives (and explains).
SIZE_BUDGET := 343500
size: build
	@scripts/size.sh dist $(SIZE_BUDGET)

# The engine natively (calls per second, memory), then the release page and the package in
# Chromium (keystrokes, the simulator panel, expectedReach() and simulateAsync()); the advisor.
bench: setup-test build package
	cargo bench --bench engine --bench expected_reach --bench advisor
	node bench/browser.mjs

# Shows that the tests can fail: each rule broken in turn in a scratch copy (slow: a rebuild each;
# its browser and end-to-end breaks need Chromium, hence setup-test).
breaks: setup-test
	scripts/deliberate-breaks.sh

lint: setup-build
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --all-targets --all-features --target $(WASM_TARGET) -- -D warnings
	BREAKS_CHECK=1 scripts/deliberate-breaks.sh
