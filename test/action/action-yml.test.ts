import { readFileSync } from "node:fs";
import { NoOperationTraceWriter } from "@actions/workflow-parser";
import { convertActionTemplate, parseAction } from "@actions/workflow-parser/actions/index";
import { describe, expect, it } from "vitest";

const manifest = readFileSync(new URL("../../action.yml", import.meta.url), "utf8");
const interfaceInputs = [
  "config",
  "domain",
  "policy-file",
  "zone-file",
  "zone-format",
  "base-ref",
  "live",
  "smtp",
  "resolvers",
  "timeout",
  "allow-private-addresses",
  "concurrency",
  "cert-expiry-days",
  "shard",
  "fail-on",
  "sarif-file",
  "annotations",
  "summary",
  "github-token",
];
const interfaceOutputs = ["result", "errors", "warnings", "notices", "report", "sarif-file"];

function parse(content: string) {
  const result = parseAction({ name: "action.yml", content }, new NoOperationTraceWriter());
  return { result, errors: result.context.errors.getErrors().map((e) => e.message) };
}

describe("action.yml (validated with GitHub's own action-manifest parser)", () => {
  it("is a valid action manifest running dist/index.js on node24", () => {
    const { result, errors } = parse(manifest);
    expect(errors).toEqual([]);
    const template = convertActionTemplate(result.context, result.value!);
    expect(template.runs).toMatchObject({ using: "node24", main: "dist/index.js" });
    expect(template.branding).toBeDefined();
  });

  it("declares every input and output of the interface, and no others", () => {
    const { result } = parse(manifest);
    const template = convertActionTemplate(result.context, result.value!);
    expect((template.inputs ?? []).map((i) => i.id).sort()).toEqual([...interfaceInputs].sort());
    expect((template.outputs ?? []).map((o) => o.id).sort()).toEqual([...interfaceOutputs].sort());
    for (const input of template.inputs ?? []) expect(input.description).toBeTruthy();
  });

  it("the parser rejects a broken manifest (the check can fail)", () => {
    const { errors } = parse("name: x\ndescription: y\nruns:\n  using: node24\nunknown-key: 1\n");
    expect(errors.length).toBeGreaterThan(0);
  });
});
