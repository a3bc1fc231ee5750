#!/usr/bin/env bash
# The whole test suite: types, lint and format, then every test (unit, property, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
# Run on the Node.js that runs npm: node_modules/.bin also holds the Node 24 binary that the
# end-to-end tests use as the action's runtime, and it must not shadow the system's node here.
node="${npm_node_execpath:-$(command -v node)}"
case "$node" in */npm-cli.js) node=$(command -v node) ;; esac
"$node" node_modules/typescript/bin/tsc --noEmit
"$node" node_modules/@biomejs/biome/bin/biome check --error-on-warnings .
out=$(mktemp -d)
status=0
"$node" node_modules/vitest/vitest.mjs run --reporter=default --reporter=json \
  --outputFile="$out/vitest.json" || status=$?
# One plain closing line, whatever the reporter printed above it.
"$node" -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`(node ${process.version})`);
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$out/vitest.json" || true
rm -rf "$out"
exit "$status"
