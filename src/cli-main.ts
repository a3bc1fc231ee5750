// The command line's entry point (package.json bin → bin/mta-sts-lint.js → dist/cli/index.js).
import { runCli } from "./cli.js";

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
}).then((status) => {
  process.exitCode = status;
});
