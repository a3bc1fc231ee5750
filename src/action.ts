import { randomUUID } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import * as core from "@actions/core";
import { context } from "@actions/github";
import type { LintReport } from "./model/report.js";
import { renderSarif } from "./outputs.js";
import { planAnnotations } from "./report/annotations.js";
import { visibleControls } from "./report/escape.js";
import { resultOf } from "./report/exit.js";
import { formatJson } from "./report/json.js";
import { buildSummary } from "./report/summary.js";
import { formatText } from "./report/text.js";
import { RULE_METAS } from "./rules/index.js";
import { runChecks } from "./run.js";
import { settingsFromInputs } from "./settings/action-inputs.js";
import { DEFAULT_MAX_ZONE_BYTES, UsageError } from "./settings/types.js";
import { apiReader } from "./sources/base/github-api.js";
import { readTextFile, writeErrorReason } from "./sources/files.js";

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const;

/** Prints untrusted text to the log with workflow commands switched off around it. */
function logUntrusted(text: string): void {
  const token = `mta-sts-lint-${randomUUID()}`;
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}

/** Writes an output file; one that cannot be written stops the run with a one-line reason. */
function writeFile(path: string, content: string, what: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (err) {
    throw new UsageError(`cannot write the ${what} to ${path}: ${writeErrorReason(err)}`);
  }
}

/** The pull request's base SHA, used as the default base revision for the change checks. */
function pullRequestBase(): string | undefined {
  const pr = context.payload?.pull_request as { base?: { sha?: string } } | undefined;
  return pr?.base?.sha;
}

/**
 * The docs of the action version this workflow runs (`uses: owner/repo@ref`), so that a rule
 * link never shows a newer rule text; undefined outside such a workflow (the default docs).
 */
export function docsOfThisVersion(env: NodeJS.ProcessEnv): string | undefined {
  const repo = env.GITHUB_ACTION_REPOSITORY;
  const ref = env.GITHUB_ACTION_REF;
  if (!repo || !ref || !/^[\w.-]+\/[\w.-]+$/.test(repo) || !/^[\w./-]+$/.test(ref))
    return undefined;
  const server = env.GITHUB_SERVER_URL || "https://github.com";
  return `${server}/${repo}/blob/${ref}/docs/rules/`;
}

export async function runAction(): Promise<void> {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  const docsBase = docsOfThisVersion(process.env);
  try {
    const { settings, sarifFile, annotations, summary } = settingsFromInputs(
      (name) => core.getInput(name),
      cwd,
      (path, maxBytes) => readTextFile(cwd, path, maxBytes ?? DEFAULT_MAX_ZONE_BYTES),
    );
    settings.base ??= pullRequestBase();

    const token = core.getInput("github-token");
    const report: LintReport = await runChecks(settings, {
      base: { env: process.env, openApi: apiReader, ...(token ? { token } : {}) },
      live: { env: process.env, progress: (line) => core.info(visibleControls(line)) },
    });
    for (const note of report.notes ?? []) core.notice(`mta-sts-lint: ${visibleControls(note)}`);
    logUntrusted(formatText(report, { color: false }));

    if (annotations) {
      for (const a of planAnnotations(report)) {
        const props: core.AnnotationProperties = { title: a.title };
        if (a.file) props.file = a.file;
        if (a.startLine) props.startLine = a.startLine;
        if (a.endLine) props.endLine = a.endLine;
        if (a.startColumn) props.startColumn = a.startColumn;
        if (a.endColumn) props.endColumn = a.endColumn;
        ANNOTATE[a.level](a.message, props);
      }
    }

    const reportDir = process.env.RUNNER_TEMP || tmpdir();
    const reportPath = join(reportDir, "mta-sts-lint", "report.json");
    writeFile(reportPath, formatJson(report), "JSON report");
    core.setOutput("report", reportPath);

    if (sarifFile) {
      const sarifPath = resolve(cwd, sarifFile);
      writeFile(sarifPath, renderSarif(report, settings, docsBase), "SARIF report");
      core.setOutput("sarif-file", sarifPath);
    }

    const result = resultOf(report, settings.failOn);
    core.setOutput("result", result);
    core.setOutput("errors", String(report.summary.errors));
    core.setOutput("warnings", String(report.summary.warnings));
    core.setOutput("notices", String(report.summary.notices));

    if (summary && process.env.GITHUB_STEP_SUMMARY) {
      try {
        await core.summary
          .addRaw(buildSummary(report, RULE_METAS, { failOn: settings.failOn, docsBase }))
          .write();
      } catch (err) {
        // The findings are already annotated and in the outputs; a summary that cannot be
        // written is worth a warning, not a lost run.
        core.warning(
          `mta-sts-lint: could not write the job summary: ${err instanceof Error ? err.message : String(err)}`,
        );
      }
    }

    if (result === "fail") {
      const { errors, warnings, notices } = report.summary;
      core.setFailed(
        `MTA-STS lint: ${errors} errors, ${warnings} warnings, ${notices} notices (fail-on: ${settings.failOn}).`,
      );
    }
  } catch (err) {
    if (err instanceof UsageError) {
      core.setFailed(`mta-sts-lint: ${visibleControls(err.message)}`);
      process.exitCode = 2;
      return;
    }
    // One line for the failure; the stack goes to the debug log (ACTIONS_STEP_DEBUG).
    if (err instanceof Error && err.stack) core.debug(err.stack);
    const message = (err instanceof Error ? err.message : String(err)).split("\n")[0];
    core.setFailed(`mta-sts-lint: internal error: ${visibleControls(message)}`);
    process.exitCode = 2;
  }
}
