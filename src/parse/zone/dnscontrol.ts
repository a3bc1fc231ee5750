import { normalizeHost } from "../../model/hostname.js";
import type { Span } from "../../model/position.js";
import { quoted } from "../../model/wording.js";
import type { TxtString, ZoneIssue, ZoneRecord } from "../../model/zone.js";
import {
  type JsonNode,
  type JsonString,
  type JsonTree,
  jsonProperty,
  parseJsonTree,
} from "./json-tree.js";
import {
  type DataResult,
  mxData,
  ownerOf,
  type SourceText,
  txtRdata,
  txtString,
  valueData,
} from "./structured-records.js";
import { MAX_UINT32 } from "./ttl.js";

/**
 * The JSON `dnscontrol print-ir` prints (DNSControl's models.DNSConfig): `domains[]`, each with
 * `name` and `records[]` of RecordConfig: `type`, `name` (a label, `@` the apex), `target`,
 * `ttl` (DNSControl's default 300 when absent or 0), `mxpreference`, and TXT text either in
 * `txtstrings` (DNSControl 3) or whole in `target` (DNSControl 4). `dnsconfig.js` is a
 * program; its IR is what DNSControl would publish.
 */

/** DNSControl's models.DefaultTTL. */
export const DNSCONTROL_DEFAULT_TTL = 300;

export interface IrDomain {
  /** The domain's name, normalised (a split-horizon `!tag` removed). */
  name: string;
  /** The `name` as written (with its tag). */
  written: string;
  span: Span;
  records: ZoneRecord[];
  issues: ZoneIssue[];
}

export interface DnscontrolResult {
  domains: IrDomain[];
  /** Problems of the file as a whole (malformed JSON, no `domains`). */
  issues: ZoneIssue[];
}

export function parseDnscontrolIr(text: string, file: string): DnscontrolResult {
  const parsed = parseJsonTree(text);
  if ("error" in parsed) {
    return {
      domains: [],
      issues: [{ file, span: parsed.span, message: `JSON syntax error: ${parsed.error}` }],
    };
  }
  const tree = parsed.tree;
  const root = tree.root;
  // Some tools save the domain list alone; accept it as DNSControl would the `domains` value.
  const list = root.kind === "array" ? root : jsonProperty(root, "domains");
  if (list?.kind !== "array") {
    const message =
      root.kind === "object"
        ? `this JSON has no "domains" list: it is not the output of "dnscontrol print-ir"`
        : `this JSON is ${describe(root)}, not the output of "dnscontrol print-ir" (an object with "domains")`;
    return { domains: [], issues: [{ file, span: tree.span(list ?? root), message }] };
  }
  const domains: IrDomain[] = [];
  const issues: ZoneIssue[] = [];
  for (const node of list.items) {
    const domain = readDomain(tree, node, file);
    if ("error" in domain) issues.push({ file, span: domain.span, message: domain.error });
    else domains.push(domain);
  }
  return { domains, issues };
}

function describe(node: JsonNode | undefined): string {
  if (!node) return "nothing";
  switch (node.kind) {
    case "object":
      return "an object";
    case "array":
      return "a list";
    case "string":
      return JSON.stringify(node.value);
    case "number":
      return node.text;
    case "boolean":
      return String(node.value);
    case "null":
      return "null";
  }
}

function readDomain(
  tree: JsonTree,
  node: JsonNode,
  file: string,
): IrDomain | { error: string; span: Span } {
  const nameNode = jsonProperty(node, "name");
  if (nameNode?.kind !== "string" || nameNode.value === "") {
    return { error: `a domain of the IR has no "name"`, span: tree.span(nameNode ?? node) };
  }
  const written = nameNode.value;
  const name = normalizeHost(written.replace(/!.*$/, ""));
  const domain: IrDomain = { name, written, span: tree.span(nameNode), records: [], issues: [] };
  const records = jsonProperty(node, "records");
  if (records === undefined || records.kind === "null") return domain;
  if (records.kind !== "array") {
    domain.issues.push({
      file,
      span: tree.span(records),
      message: `"records" of ${quoted(written)} is ${describe(records)}, not a list`,
    });
    return domain;
  }
  for (const record of records.items) readRecord(tree, domain, record, file);
  return domain;
}

function readRecord(tree: JsonTree, domain: IrDomain, node: JsonNode, file: string): void {
  const fail = (at: JsonNode, message: string) =>
    domain.issues.push({ file, span: tree.span(at), message });
  if (node.kind !== "object") {
    fail(node, `a record of ${quoted(domain.written)} is ${describe(node)}, not an object`);
    return;
  }
  const typeNode = jsonProperty(node, "type");
  if (typeNode?.kind !== "string" || typeNode.value === "") {
    fail(typeNode ?? node, `a record has no "type"`);
    return;
  }
  const type = typeNode.value.toUpperCase();
  const nameNode = jsonProperty(node, "name");
  if (nameNode !== undefined && nameNode.kind !== "string") {
    fail(nameNode, `record name is ${describe(nameNode)}, not a string`);
    return;
  }
  const label = labelWithSubdomain(nameNode?.value ?? "@", jsonProperty(node, "subdomain"));
  const owner = ownerOf(label, domain.name);
  if ("error" in owner) {
    fail(nameNode ?? node, `record name ${quoted(label)}: ${owner.error}`);
    return;
  }
  const ttlNode = jsonProperty(node, "ttl");
  let ttl = DNSCONTROL_DEFAULT_TTL;
  if (ttlNode !== undefined && ttlNode.kind !== "null") {
    if (
      ttlNode.kind !== "number" ||
      !Number.isInteger(ttlNode.value) ||
      ttlNode.value < 0 ||
      ttlNode.value > MAX_UINT32
    ) {
      fail(
        ttlNode,
        `ttl ${describe(ttlNode)} is not a number of seconds; DNSControl's default ${DNSCONTROL_DEFAULT_TTL} was assumed`,
      );
    } else if (ttlNode.value > 0) {
      ttl = ttlNode.value;
    }
  }
  const target = jsonProperty(node, "target");
  const targetText = target?.kind === "string" ? target : undefined;
  const base = { owner, ttl, type, file };

  if (type === "TXT" || type === "SPF") {
    const strings = txtStrings(tree, node, targetText);
    if (!strings) {
      fail(target ?? node, `the TXT record has neither "txtstrings" nor a "target" string`);
      return;
    }
    const span = strings.span;
    domain.records.push({
      ...base,
      owner: owner.name,
      class: "IN",
      rdata: txtRdata(strings.strings),
      data: { kind: "TXT", strings: strings.strings },
      span,
    });
    return;
  }
  if (!targetText) {
    // Pseudo-types (CF_REDIRECT, ...) and typed rdata without a target stay opaque.
    domain.records.push({
      ...base,
      owner: owner.name,
      class: "IN",
      rdata: "",
      span: tree.span(node),
    });
    return;
  }
  let result: DataResult;
  if (type === "MX") {
    const preference = mxPreference(node);
    if (preference === undefined) {
      const written = jsonProperty(node, "mxpreference");
      fail(
        written ?? node,
        `MX "mxpreference" is ${describe(written)}, not a number from 0 to 65535`,
      );
      return;
    }
    result = mxData(preference, targetText.value, domain.name);
  } else {
    result = valueData(type, targetText.value, domain.name);
  }
  if ("error" in result) {
    fail(targetText, result.error);
    return;
  }
  const rdata = type === "MX" ? `${mxPreference(node)} ${targetText.value}` : targetText.value;
  const record: ZoneRecord = {
    ...base,
    owner: owner.name,
    class: "IN",
    rdata,
    span: tree.span(targetText),
  };
  if (result.data) record.data = result.data;
  domain.records.push(record);
}

/** A record's label below a `D_EXTEND` subdomain, unless DNSControl already folded it in. */
function labelWithSubdomain(label: string, subdomain: JsonNode | undefined): string {
  if (subdomain?.kind !== "string" || subdomain.value === "") return label;
  const sub = subdomain.value.toLowerCase();
  const lower = label.toLowerCase();
  if (lower === sub || lower.endsWith(`.${sub}`)) return label;
  return label === "@" || label === "" ? subdomain.value : `${label}.${subdomain.value}`;
}

/** `mxpreference` (DNSControl 3 and 4), or the typed rdata's `Preference` of later versions. */
function mxPreference(node: JsonNode): number | undefined {
  const direct = jsonProperty(node, "mxpreference");
  if (direct?.kind === "number") return direct.value;
  const rdata = jsonProperty(node, "rdata");
  const typed = rdata
    ? (jsonProperty(rdata, "Preference") ?? jsonProperty(rdata, "preference"))
    : undefined;
  if (typed?.kind === "number") return typed.value;
  // Go omits a zero preference ("omitempty"): an MX with a target and no preference has 0.
  return direct === undefined && typed === undefined ? 0 : undefined;
}

function fromJsonString(tree: JsonTree, node: JsonString): SourceText {
  const span = tree.span(node);
  const value: SourceText = { text: node.value, span };
  const columns = tree.columns(node);
  if (columns) {
    value.columns = columns;
    value.endColumn = span.endColumn - 1;
  }
  return value;
}

/** The TXT strings: each of `txtstrings` (DNSControl 3), else the whole `target`. */
function txtStrings(
  tree: JsonTree,
  node: JsonNode,
  target: JsonString | undefined,
): { strings: TxtString[]; span: Span } | undefined {
  const list = jsonProperty(node, "txtstrings");
  if (
    list?.kind === "array" &&
    list.items.length > 0 &&
    list.items.every((i) => i.kind === "string")
  ) {
    const strings = (list.items as JsonString[]).map((s) => txtString(fromJsonString(tree, s)));
    return { strings, span: tree.span(list) };
  }
  if (!target) return undefined;
  return { strings: [txtString(fromJsonString(tree, target))], span: tree.span(target) };
}
