#!/usr/bin/env bash
# Benchmarks on the Node.js that runs npm (see scripts/test.sh for why it is chosen explicitly).
set -euo pipefail
cd "$(dirname "$0")/.."
node="${npm_node_execpath:-$(command -v node)}"
exec "$node" bench/run.js "$@"
