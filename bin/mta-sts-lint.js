#!/usr/bin/env node
// Runs the bundled command line, so the tool works straight after `npm ci` from a clone.
import "../dist/cli/index.js";
