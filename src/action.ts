import { randomUUID } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import * as core from "@actions/core";
import { context } from "@actions/github";
import type { LintReport } from "./model/report.js";
import { planAnnotations } from "./report/annotations.js";
import { reachesFailOn } from "./report/exit.js";
import { formatJson } from "./report/json.js";
import { buildSarif } from "./report/sarif.js";
import { buildSummary } from "./report/summary.js";
import { formatText } from "./report/text.js";
import { RULE_METAS } from "./rules/index.js";
import { lint } from "./run.js";
import { settingsFromInputs } from "./settings/action-inputs.js";
import { UsageError } from "./settings/types.js";
import { TOOL_INFORMATION_URI, VERSION } from "./version.js";

const ANNOTATE = { error: core.error, warning: core.warning, notice: core.notice } as const;

/** Prints untrusted text to the log with workflow commands switched off around it. */
function logUntrusted(text: string): void {
  const token = `mta-sts-lint-${randomUUID()}`;
  core.info(`::stop-commands::${token}`);
  core.info(text);
  core.info(`::${token}::`);
}

function writeFile(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

/** The pull request's base SHA, used as the default base revision for the change checks. */
function pullRequestBase(): string | undefined {
  const pr = context.payload?.pull_request as { base?: { sha?: string } } | undefined;
  return pr?.base?.sha;
}

export async function runAction(): Promise<void> {
  const cwd = process.env.GITHUB_WORKSPACE || process.cwd();
  try {
    const { settings, sarifFile, annotations, summary } = settingsFromInputs(
      (name) => core.getInput(name),
      cwd,
      (path) => readFileSync(path, "utf8"),
    );
    const explicitBase = settings.base;
    settings.base ??= pullRequestBase();
    if (explicitBase) {
      core.notice(
        "Change-safety checks against base-ref are not available in this version; the change area is reported as skipped.",
      );
    }
    if (settings.live.enabled || settings.live.smtp) {
      core.notice(
        "Live checks (live, smtp) are not available in this version; the DNS, HTTPS and SMTP areas are reported as skipped.",
      );
    }

    const report: LintReport = lint(settings);
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
    writeFile(reportPath, formatJson(report));
    core.setOutput("report", reportPath);

    if (sarifFile) {
      const sarifPath = resolve(cwd, sarifFile);
      const sarif = buildSarif(report, RULE_METAS, {
        toolVersion: VERSION,
        informationUri: TOOL_INFORMATION_URI,
      });
      writeFile(sarifPath, `${JSON.stringify(sarif, null, 2)}\n`);
      core.setOutput("sarif-file", sarifPath);
    }

    const failed = reachesFailOn(report, settings.failOn);
    core.setOutput("result", failed ? "fail" : "pass");
    core.setOutput("errors", String(report.summary.errors));
    core.setOutput("warnings", String(report.summary.warnings));
    core.setOutput("notices", String(report.summary.notices));

    if (summary && process.env.GITHUB_STEP_SUMMARY) {
      await core.summary
        .addRaw(buildSummary(report, RULE_METAS, { failOn: settings.failOn }))
        .write();
    }

    if (failed) {
      const { errors, warnings, notices } = report.summary;
      core.setFailed(
        `MTA-STS lint: ${errors} errors, ${warnings} warnings, ${notices} notices (fail-on: ${settings.failOn}).`,
      );
    }
  } catch (err) {
    if (err instanceof UsageError) {
      core.setFailed(`mta-sts-lint: ${err.message}`);
      process.exitCode = 2;
      return;
    }
    core.setFailed(
      `mta-sts-lint: internal error: ${err instanceof Error ? err.stack : String(err)}`,
    );
    process.exitCode = 2;
  }
}
