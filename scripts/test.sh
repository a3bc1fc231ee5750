#!/usr/bin/env bash
# The whole test suite: types, lint and format, then every test (unit, property, end-to-end).
set -euo pipefail
cd "$(dirname "$0")/.."
npx tsc --noEmit
npx biome check .
out=$(mktemp -d)
status=0
npx vitest run --reporter=default --reporter=json --outputFile="$out/vitest.json" || status=$?
# One plain closing line, whatever the reporter printed above it.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`);
' "$out/vitest.json" || true
rm -rf "$out"
exit "$status"
