import { spawnSync } from "node:child_process";
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runAction, runCliProcess } from "../helpers/runner.js";
import { CLEAN_POLICY, cleanZone, runJson } from "../helpers/workspace.js";
import { tempDir, tempRepo } from "../sources/temp-repo.js";

// Bad input never crashes and never goes silent (interface.md "Exit status"; rules.md "Exit 2
// vs findings", "Text or not"): a configured file that cannot be used is `input-unreadable`
// for its domain while the other domains are still linted; exit 2, with one line on stderr,
// only when nothing at all can be linted.

/** An exit-2 run: one line on stderr, nothing on stdout. Returns that line. */
function stopped(run: { status: number | null; stdout: string; stderr: string }): string {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe("");
  const lines = run.stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^mta-sts-lint: /);
  return lines[0];
}

function configFor(entries: { domain: string; policy?: string; zone?: string }[]): string {
  const lines = ["domains:"];
  for (const e of entries) {
    lines.push(`  - domain: ${e.domain}`);
    if (e.policy) lines.push(`    policy: ${e.policy}`);
    if (e.zone) lines.push(`    zone: ${e.zone}`);
  }
  return `${lines.join("\n")}\n`;
}

describe("unusable policy and zone files are input-unreadable; the other domains are still linted", () => {
  it("missing, directory, empty, binary, UTF-16 and oversized policies (rules.md Text or not)", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CLEAN_POLICY, "utf16le")]);
    const binary = Buffer.alloc(4096, 0);
    for (let i = 0; i < binary.length; i += 7) binary[i] = i % 251;
    const ws = tempRepo({
      "good.txt": "version: STSv1\nmode: enforce\nmx: mail.example.com\nmax_age: 86400\n",
      "empty.txt": "",
      "binary.txt": binary,
      "utf16.txt": utf16,
      "big.txt": "",
      "dir.txt/placeholder": "",
    });
    // Sparse: 1.1 MiB, over the 1 MiB limit for a policy, without writing the bytes.
    truncateSync(join(ws, "big.txt"), Math.ceil(1.1 * 1024 * 1024));
    const bad: Record<string, string> = {
      "missing.example": "nope.txt",
      "dir.example": "dir.txt",
      "empty.example": "empty.txt",
      "binary.example": "binary.txt",
      "utf16.example": "utf16.txt",
      "big.example": "big.txt",
    };
    writeFileSync(
      join(ws, ".mta-sts-lint.yml"),
      configFor([
        ...Object.entries(bad).map(([domain, policy]) => ({ domain, policy })),
        { domain: "good.example", policy: "good.txt" },
      ]),
    );

    const { status, report } = runJson(ws);
    expect(status).toBe(1);
    const reasons: Record<string, RegExp> = {
      "missing.example": /file not found/,
      "dir.example": /is a directory/,
      "empty.example": /empty file/,
      "binary.example": /not a text file \(binary content\)/,
      "utf16.example": /not a text file \(UTF-16 encoded; save it as UTF-8\)/,
      "big.example": /larger than 1 MiB/,
    };
    for (const [domain, file] of Object.entries(bad)) {
      const findings = report!.findings.filter((f) => f.domain === domain);
      // Exactly one finding: the file, no line; no policy rule ran on garbage.
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ rule: "input-unreadable", severity: "error", file });
      expect(findings[0].line).toBeUndefined();
      expect(findings[0].message).toMatch(reasons[domain]);
      expect(report!.domains.find((d) => d.domain === domain)?.checks.policy).toBe("fail");
    }
    // The readable domain's own finding is still there (max_age below a week, enforce).
    expect(report!.findings.filter((f) => f.domain === "good.example").map((f) => f.rule)).toEqual([
      "policy-max-age-short",
    ]);
  });

  it("a zone over the 64 MiB limit whose name gives the domain: input-unreadable, not a crash", () => {
    const ws = tempRepo({ "mta-sts.txt": CLEAN_POLICY, "example.com.zone": "" });
    // Sparse 70 MB: finding the domain must not read (and parse) the whole file.
    truncateSync(join(ws, "example.com.zone"), 70_000_000);
    const { status, report, stderr } = runJson(ws, ["-p", "mta-sts.txt", "-z", "example.com.zone"]);
    expect(stderr).toBe("");
    expect(status).toBe(1);
    expect(report!.domains.map((d) => d.domain)).toEqual(["example.com"]);
    const [finding] = report!.findings;
    expect(finding).toMatchObject({ rule: "input-unreadable", file: "example.com.zone" });
    expect(finding.message).toMatch(/larger than 64 MiB/);
    expect(report!.domains[0].checks).toMatchObject({ policy: "pass", zone: "fail" });
  });

  it("a FIFO named as the zone is refused, not waited on (the domain then comes from its name)", () => {
    const ws = tempRepo({ "mta-sts.txt": CLEAN_POLICY });
    const fifo = spawnSync("mkfifo", [join(ws, "example.com.zone")]);
    expect(fifo.status).toBe(0);
    const { status, report } = runJson(ws, ["-p", "mta-sts.txt", "-z", "example.com.zone"]);
    expect(status).toBe(1);
    expect(report!.findings[0]).toMatchObject({
      rule: "input-unreadable",
      domain: "example.com",
      file: "example.com.zone",
    });
    expect(report!.findings[0].message).toContain("not a regular file");
  });

  it("a symbolic link out of the repository is refused and its target never quoted", () => {
    const outside = tempRepo({ "secret.txt": "token: s3cr3t-value\n" });
    const ws = tempRepo({ "example.com.zone": cleanZone("example.com") });
    symlinkSync(join(outside, "secret.txt"), join(ws, "mta-sts.txt"));
    const run = runJson(ws, ["-p", "mta-sts.txt", "-z", "example.com.zone"]);
    expect(run.status).toBe(1);
    expect(run.stdout).not.toContain("s3cr3t");
    expect(run.report!.findings).toHaveLength(1);
    expect(run.report!.findings[0].rule).toBe("input-unreadable");
    expect(run.report!.findings[0].message).toContain("outside the repository");
  });

  it("$INCLUDE loops, includes outside the repository and missing includes are zone-syntax at their line", () => {
    const ws = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "zones/example.com.zone": `${cleanZone("example.com")}$INCLUDE loop.zone\n$INCLUDE ../../etc/passwd\n$INCLUDE /etc/passwd\n$INCLUDE nope.zone\n`,
      "zones/loop.zone": "$INCLUDE loop.zone\n",
    });
    const { status, report } = runJson(ws, ["-p", "mta-sts.txt", "-z", "zones/example.com.zone"]);
    expect(status).toBe(1);
    const syntax = report!.findings.filter((f) => f.rule === "zone-syntax");
    expect(syntax.map((f) => [f.file, f.line])).toEqual([
      ["zones/example.com.zone", 10],
      ["zones/example.com.zone", 11],
      ["zones/example.com.zone", 12],
      ["zones/loop.zone", 1],
    ]);
    expect(syntax[0].message).toContain("outside the repository");
    expect(syntax[1].message).toContain("outside the repository");
    expect(syntax[2].message).toContain("not found");
    expect(syntax[3].message).toContain("cycle");
    expect(JSON.stringify(report)).not.toContain("root:x:0");
    // The zone's own records are still checked: nothing else fires for a correct setup.
    expect(report!.findings.filter((f) => f.rule !== "zone-syntax")).toEqual([]);
  });

  it("an $INCLUDE fan-out (200 lines × 3 levels = 8 million reads) is cut off, not followed", () => {
    const ws = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "example.com.zone": cleanZone("example.com") + "$INCLUDE a.zone\n".repeat(200),
      "a.zone": "$INCLUDE b.zone\n".repeat(200),
      "b.zone": "$INCLUDE c.zone\n".repeat(200),
      "c.zone": "spare IN A 192.0.2.9\n",
    });
    // The runner's 60 s timeout turns a run that follows every include into a null status.
    const { status, report } = runJson(ws, ["-p", "mta-sts.txt", "-z", "example.com.zone"]);
    expect(status).toBe(1);
    const cut = report!.findings.filter((f) => /includes 1000 files/.test(f.message));
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.every((f) => f.rule === "zone-syntax" && f.line !== undefined)).toBe(true);
  });
});

describe("exit 2 only when nothing can be linted (rules.md Exit 2 vs findings)", () => {
  const configs: [string, string | Buffer, RegExp][] = [
    ["an empty file", "", /the configuration is empty/],
    ["only a comment", "# domains to come\n", /the configuration is empty/],
    ["an empty domains list", "domains: []\n", /"domains" list is empty/],
    ["domains without a value", "domains:\n", /:1:1: "domains" must be a list/],
    ["a list at the top", "- example.com\n", /must be a mapping with a "domains" list/],
    [
      "no usable domain entry",
      "domains:\n  - example.com\n  - domain: 42\n",
      /:2:5: no usable entry in "domains", nothing to lint: domains\[0\] must be a mapping/,
    ],
    [
      "unparsable YAML (at the parser's line)",
      "domains:\n  - domain: example.com\n    policy: [a\nfailOn: error\n",
      /\.mta-sts-lint\.yml:\d+:\d+: invalid YAML: /,
    ],
    [
      "a YAML bomb",
      [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]",
        "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]",
        "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]",
        "domains:\n  - domain: example.com\n    policy: mta-sts.txt\n",
      ].join("\n"),
      /too many YAML aliases/,
    ],
    [
      "YAML nested 50 000 deep",
      `domains:\n  - domain: example.com\n    policy: mta-sts.txt\nlive: ${"[".repeat(50000)}${"]".repeat(50000)}\n`,
      /invalid YAML: the document is nested too deeply/,
    ],
    ["a binary file", Buffer.alloc(2048, 1), /not a text file \(binary content\)/],
    [
      "a UTF-16 file",
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("domains: []\n", "utf16le")]),
      /not a text file \(UTF-16/,
    ],
  ];
  it.each(configs)("a configuration file that is %s", (_name, text, reason) => {
    const ws = tempRepo({ ".mta-sts-lint.yml": text, "mta-sts.txt": CLEAN_POLICY });
    expect(stopped(runCliProcess([], ws))).toMatch(reason);
  });

  it("a configuration file that is oversized (sparse 5 MiB), a directory or a FIFO", () => {
    const ws = tempRepo({ "big.yml": "", "dir.yml/x": "" });
    truncateSync(join(ws, "big.yml"), 5 * 1024 * 1024);
    expect(stopped(runCliProcess(["-c", "big.yml"], ws))).toMatch(/larger than 4 MiB/);
    expect(stopped(runCliProcess(["-c", "dir.yml"], ws))).toMatch(/is a directory/);
    expect(spawnSync("mkfifo", [join(ws, ".mta-sts-lint.yml")]).status).toBe(0);
    expect(stopped(runCliProcess([], ws))).toMatch(/not a regular file/);
  });

  it("a configuration file linked from outside the repository is not read", () => {
    const outside = tempRepo({ "creds.yml": "//registry.example/:_authToken=s3cr3t\n" });
    const ws = tempDir();
    symlinkSync(join(outside, "creds.yml"), join(ws, ".mta-sts-lint.yml"));
    const reason = stopped(runCliProcess([], ws));
    expect(reason).toMatch(/outside the repository/);
    expect(reason).not.toContain("s3cr3t");
  });

  it("usage errors: an empty path, an unwritable --output, a missing --config", () => {
    const ws = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "example.com.zone": cleanZone("example.com"),
    });
    mkdirSync(join(ws, "out"));
    expect(stopped(runCliProcess(["-p", "", "-z", "example.com.zone"], ws))).toMatch(
      /--policy needs a file name/,
    );
    expect(stopped(runCliProcess(["-c", ""], ws))).toMatch(/--config needs a file name/);
    expect(
      stopped(runCliProcess(["-p", "mta-sts.txt", "-z", "example.com.zone", "-o", "out"], ws)),
    ).toMatch(/cannot write the report to .*out: it is a directory/);
    expect(stopped(runCliProcess(["-c", "nope.yml"], ws))).toMatch(/nope\.yml not found/);
  });

  it("a single-domain run whose domain cannot be determined", () => {
    const ws = tempRepo({
      "policy.txt": CLEAN_POLICY,
      "zone.txt": cleanZone("example.com").slice(20),
    });
    expect(stopped(runCliProcess(["-p", "policy.txt"], ws))).toMatch(/cannot tell the domain/);
    expect(stopped(runCliProcess(["-z", "zone.txt"], ws))).toMatch(/give --domain/);
  });
});

describe("a usable configuration with mistakes is config-invalid at the key's line and column", () => {
  it("wrong types, unknown keys and rule IDs, a tab in a key, CRLF line ends", () => {
    const config = [
      "domains:",
      "  - domain: example.com",
      "    policy: 42", // a number, not a path
      "    zone: example.com.zone",
      '    "zone\\t": x.zone', // a key with a tab in it
      "  - domain: example.org",
      "    policy: [a, b]",
      "    zone: example.org.zone",
      "rules:",
      "  no-such-rule: off",
      "  Policy-Mode: off",
      "  tlsrpt-missing: loud",
      "failOn: 3",
      "live: yes",
      "",
    ].join("\r\n");
    const ws = tempRepo({
      ".mta-sts-lint.yml": config,
      "example.com.zone": cleanZone("example.com"),
      "example.org.zone": cleanZone("example.org"),
    });
    const { status, report } = runJson(ws);
    expect(status).toBe(1);
    const issues = report!.findings.filter((f) => f.rule === "config-invalid");
    const at = (text: string) => {
      const f = issues.find((i) => i.message.includes(text));
      expect(f, text).toBeDefined();
      return [f!.file, f!.line, f!.column, f!.domain];
    };
    expect(at('"domains[0].policy" must be a file path, not the number 42')).toEqual([
      ".mta-sts-lint.yml",
      3,
      5,
      "example.com",
    ]);
    expect(at('unknown key "domains[0].zone\\t"')).toEqual([
      ".mta-sts-lint.yml",
      5,
      5,
      "example.com",
    ]);
    expect(at('"domains[1].policy" must be a file path, not a list')).toEqual([
      ".mta-sts-lint.yml",
      7,
      5,
      "example.org",
    ]);
    expect(at('unknown rule ID "no-such-rule"')).toEqual([".mta-sts-lint.yml", 10, 3, undefined]);
    expect(at('did you mean "policy-mode"')).toEqual([".mta-sts-lint.yml", 11, 3, undefined]);
    expect(at('"loud" is not one of off | notice | warning | error')).toEqual([
      ".mta-sts-lint.yml",
      12,
      3,
      undefined,
    ]);
    expect(at('"failOn" must be one of')).toEqual([".mta-sts-lint.yml", 13, 1, undefined]);
    expect(at('"live" must be a mapping')).toEqual([".mta-sts-lint.yml", 14, 1, undefined]);
    // rules.md "Partly usable config entries": both domains are still linted from their zones.
    expect(report!.domains.map((d) => [d.domain, d.checks.policy, d.checks["sts-record"]])).toEqual(
      [
        ["example.com", "skipped", "pass"],
        ["example.org", "skipped", "pass"],
      ],
    );
  });
});

describe("the action: bad input stops or reports, and untrusted text stays data", () => {
  it("an unparsable configuration: exit 2, one ::error:: line, no outputs", () => {
    const ws = tempRepo({ ".mta-sts-lint.yml": "domains: [\n" });
    const run = runAction({ workspace: ws });
    expect(run.status).toBe(2);
    const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^::error::mta-sts-lint: \.mta-sts-lint\.yml:2:1: invalid YAML: /);
    expect(run.outputs.result).toBeUndefined();
  });

  it("a sarif-file that cannot be written: exit 2 with a one-line reason, no stack", () => {
    const ws = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "example.com.zone": cleanZone("example.com"),
      "out/keep": "",
    });
    const run = runAction({
      workspace: ws,
      inputs: {
        "policy-file": "mta-sts.txt",
        "zone-file": "example.com.zone",
        "sarif-file": "out",
      },
    });
    expect(run.status).toBe(2);
    const failure = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(failure).toEqual([
      `::error::mta-sts-lint: cannot write the SARIF report to ${join(ws, "out")}: it is a directory`,
    ]);
  });

  it("workflow commands, HTML and markdown in configuration keys stay data", () => {
    const ws = tempRepo({
      "mta-sts.txt": CLEAN_POLICY,
      "example.com.zone": cleanZone("example.com"),
      ".mta-sts-lint.yml": [
        "domains:",
        "  - domain: example.com",
        "    policy: mta-sts.txt",
        "    zone: example.com.zone",
        '    "::error file=x::pwned": 1',
        '    "<img src=x onerror=alert(1)>": 2',
        "rules:",
        '  "%0A::add-mask::secret": off',
        '  "[link](https://evil.example)": off',
        "",
      ].join("\n"),
    });
    const run = runAction({ workspace: ws });
    expect(run.status).toBe(1);
    expect(run.outputs.errors).toBe("4");
    const token = /^::stop-commands::(.+)$/m.exec(run.stdout)![1];
    const [before, rest] = run.stdout.split(`::stop-commands::${token}`);
    const after = rest.split(`::${token}::`)[1];
    for (const line of `${before}${after}`.split("\n").filter((l) => l.startsWith("::"))) {
      // Only the action's own annotation commands, each on one line.
      expect(line).toMatch(/^::(error|warning|notice)( [^:]*)?::/);
      expect(line).not.toMatch(/^::error file=x::pwned/);
      expect(line.includes("\n")).toBe(false);
    }
    expect(after).toContain("%250A::add-mask::secret");
    expect(run.summary).not.toContain("<img");
    expect(run.summary).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
