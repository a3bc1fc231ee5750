#!/usr/bin/env bash
# Benchmarks on the Node.js that runs npm (see scripts/test.sh for why it is chosen explicitly).
set -euo pipefail
cd "$(dirname "$0")/.."
node="${npm_node_execpath:-$(command -v node)}"
"$node" bench/run.js "$@"
# The live benchmark runs the test servers, so it is built from TypeScript first.
live="$(mktemp -d)"
trap 'rm -rf "$live"' EXIT
npx ncc build bench/live.ts -o "$live" --quiet
BENCH_ROOT="$PWD" "$node" "$live/index.js"
