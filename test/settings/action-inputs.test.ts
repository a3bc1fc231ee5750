import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ACTION_INPUT_DEFAULTS, settingsFromInputs } from "../../src/settings/action-inputs.js";
import { DEFAULT_LIVE, UsageError } from "../../src/settings/types.js";
import { tempRepo } from "../sources/temp-repo.js";

const readText = (path: string) => readFileSync(path, "utf8");
const POLICY = "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmax_age: 604800\n";
const CONFIG = `domains:
  - domain: example.com
    policy: mta-sts.txt
live:
  timeout: 3
failOn: warning
`;

const manifest = parse(readFileSync(new URL("../../action.yml", import.meta.url), "utf8")) as {
  inputs: Record<string, { default?: string }>;
};

/** GitHub gives every declared default to the action as if the workflow had written it. */
function inputs(given: Record<string, string>): (name: string) => string {
  return (name) => given[name] ?? manifest.inputs[name]?.default ?? "";
}

function fromInputs(given: Record<string, string>, root = tempRepo({ "mta-sts.txt": POLICY })) {
  return settingsFromInputs(inputs(given), root, readText, ["tlsrpt-missing"]);
}

function usageError(given: Record<string, string>, root?: string): string {
  try {
    fromInputs(given, root);
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error("expected a UsageError");
}

describe("settingsFromInputs (interface.md GitHub Action)", () => {
  it("knows the defaults action.yml declares", () => {
    const declared = Object.fromEntries(
      Object.entries(manifest.inputs)
        .filter(([name, input]) => input.default !== undefined && name !== "github-token")
        .map(([name, input]) => [name, String(input.default)]),
    );
    expect(declared).toEqual(ACTION_INPUT_DEFAULTS);
  });

  it("builds single-domain settings with the declared defaults", () => {
    const { settings, annotations, summary, sarifFile } = fromInputs({
      domain: "example.com",
      "policy-file": "mta-sts.txt",
    });
    expect(settings.domains).toEqual([
      { domain: "example.com", policy: "mta-sts.txt", zoneFormat: "auto" },
    ]);
    expect(settings.failOn).toBe("error");
    expect(settings.live).toEqual(DEFAULT_LIVE);
    expect(settings.configIssues).toEqual([]);
    expect(annotations).toBe(true);
    expect(summary).toBe(true);
    expect(sarifFile).toBeUndefined();
  });

  it("reads every input", () => {
    const { settings, annotations, summary, sarifFile } = fromInputs({
      domain: "example.com",
      "policy-file": "mta-sts.txt",
      "zone-file": "zones/example.com.zone",
      "zone-format": "bind",
      "base-ref": "abc123",
      live: "True",
      smtp: "TRUE",
      resolvers: "192.0.2.53, 192.0.2.54\n[2001:db8::1]:53",
      timeout: "4",
      "allow-private-addresses": "true",
      concurrency: "2",
      "cert-expiry-days": "21",
      shard: "1/2",
      "fail-on": "notice",
      "sarif-file": "results.sarif",
      annotations: "false",
      summary: "False",
    });
    expect(settings.domains[0]).toEqual({
      domain: "example.com",
      policy: "mta-sts.txt",
      zone: "zones/example.com.zone",
      zoneFormat: "bind",
    });
    expect(settings.base).toBe("abc123");
    expect(settings.live).toEqual({
      enabled: true,
      smtp: true,
      resolvers: ["192.0.2.53", "192.0.2.54", "[2001:db8::1]:53"],
      timeout: 4,
      concurrency: 2,
      certExpiryDays: 21,
      allowPrivateAddresses: true,
    });
    expect(settings.shard).toEqual({ index: 1, count: 2 });
    expect(settings.failOn).toBe("notice");
    expect(sarifFile).toBe("results.sarif");
    expect(annotations).toBe(false);
    expect(summary).toBe(false);
    expect(settings.configIssues).toEqual([]);
  });

  it("an input left at its declared default does not override the configuration file", () => {
    const root = tempRepo({ ".mta-sts-lint.yml": CONFIG, "mta-sts.txt": POLICY });
    const { settings } = fromInputs({}, root);
    expect(settings.configFile).toBe(".mta-sts-lint.yml");
    expect(settings.failOn).toBe("warning");
    expect(settings.live.timeout).toBe(3);
  });

  it("an input set to another value overrides the configuration file", () => {
    const root = tempRepo({ "ci/mta-sts.yml": CONFIG, "mta-sts.txt": POLICY });
    const { settings } = fromInputs(
      { config: "ci/mta-sts.yml", "fail-on": "never", timeout: "5" },
      root,
    );
    expect(settings.failOn).toBe("never");
    expect(settings.live.timeout).toBe(5);
  });

  it("turns invalid values into config-invalid issues and keeps the defaults", () => {
    const { settings, annotations } = fromInputs({
      domain: "example.com",
      "policy-file": "mta-sts.txt",
      live: "yes",
      timeout: "soon",
      "fail-on": "warnings",
      resolvers: "192.0.2.1 resolver.example",
      annotations: "on",
    });
    const messages = settings.configIssues.map((i) => i.message);
    expect(messages).toEqual([
      'action input "fail-on": "warnings" is not one of error | warning | notice | never; the default error is used',
      'action input "live": "yes" is not true or false; the default false is used',
      'action input "resolvers": "resolver.example" is not an IP address with an optional port (e.g. 192.0.2.53:53)',
      'action input "timeout": "soon" is not a number of seconds; the default 10 is used',
      'action input "annotations": "on" is not true or false; the default true is used',
    ]);
    expect(settings.failOn).toBe("error");
    expect(settings.live).toEqual({ ...DEFAULT_LIVE, resolvers: ["192.0.2.1"] });
    expect(annotations).toBe(true);
  });

  it("stops on what leaves nothing to lint, or a bad shard", () => {
    expect(usageError({}, tempRepo({}))).toContain("policy-file");
    expect(usageError({ config: "missing.yml" })).toBe("configuration file missing.yml not found");
    expect(
      usageError({ domain: "example.com", "policy-file": "mta-sts.txt", shard: "3/2" }),
    ).toContain("shard");
    expect(usageError({ "policy-file": "mta-sts.txt" })).toContain("give domain");
  });
});
