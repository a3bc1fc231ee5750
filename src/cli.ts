import { writeFileSync } from "node:fs";
import type { LintReport } from "./model/report.js";
import { renderSarif } from "./outputs.js";
import { visibleControls } from "./report/escape.js";
import { formatGithubCommands } from "./report/github-commands.js";
import { formatJson } from "./report/json.js";
import { formatText } from "./report/text.js";
import { exitCode, runChecks } from "./run.js";
import { HELP_TEXT, parseCliArgs } from "./settings/cli-args.js";
import type { Settings } from "./settings/types.js";
import { DEFAULT_MAX_ZONE_BYTES, UsageError } from "./settings/types.js";
import { readTextFile, writeErrorReason } from "./sources/files.js";
import { TOOL_NAME, VERSION } from "./version.js";

export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour the text format (a terminal on stdout, and NO_COLOR unset). */
  color: boolean;
}

function render(report: LintReport, settings: Settings, color: boolean): string {
  switch (settings.format) {
    case "json":
      return formatJson(report);
    case "sarif":
      return renderSarif(report, settings);
    case "github":
      return formatGithubCommands(report);
    default:
      return formatText(report, { color });
  }
}

/** Writes the report file; a path that cannot be written stops the run (exit 2). */
function writeReport(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (err) {
    throw new UsageError(`cannot write the report to ${path}: ${writeErrorReason(err)}`);
  }
}

/** Runs the command line; returns the exit status (0 clean, 1 findings reach --fail-on, 2 usage/I-O). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const command = parseCliArgs(argv, io.cwd, (path, maxBytes) =>
      readTextFile(io.cwd, path, maxBytes ?? DEFAULT_MAX_ZONE_BYTES),
    );
    if (command.kind === "help") {
      io.stdout(HELP_TEXT);
      return 0;
    }
    if (command.kind === "version") {
      io.stdout(`${TOOL_NAME} ${VERSION}\n`);
      return 0;
    }
    const { settings } = command;
    // The command line reads the base revision with git only (no token to call GitHub's API).
    const report = await runChecks(settings, {
      base: { env: process.env },
      live: { env: process.env, progress: (line) => io.stderr(`${TOOL_NAME}: ${line}\n`) },
    });
    for (const note of report.notes ?? []) io.stderr(`${TOOL_NAME}: ${visibleControls(note)}\n`);
    const output = render(report, settings, io.color && !settings.output);
    if (settings.output) writeReport(settings.output, output);
    else io.stdout(output);
    return exitCode(report, settings.failOn);
  } catch (err) {
    const reason =
      err instanceof UsageError
        ? err.message
        : `internal error: ${err instanceof Error ? err.message : String(err)}`;
    // One line, and configuration text in it cannot drive the terminal (escape sequences).
    io.stderr(`${TOOL_NAME}: ${visibleControls(reason.split("\n")[0])}\n`);
    return 2;
  }
}
