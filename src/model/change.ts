/**
 * The questions the change-* rules and the safety timeline ask about a domain's head and base
 * revisions (RFC 8461 §8): what senders may have cached (the base policy and its max_age),
 * what this revision publishes, and what changed between the two, by meaning.
 */
import type { DomainModel } from "./domain.js";
import type { Location } from "./finding.js";
import { patternCovers } from "./hostname.js";
import { timestampId } from "./ids.js";
import { policyFieldLocation, recordLocation, zoneAnchor } from "./locations.js";
import { domainMx, type MxHost } from "./mx.js";
import { mxPatternKey } from "./mx-pattern.js";
import {
  type MeaningChange,
  meaningChanges,
  type PolicyMeaning,
  policyMeaning,
} from "./policy-meaning.js";
import { checksMx, firstField, mxFields, ONE_DAY } from "./policy-semantics.js";
import { recordWithValue } from "./record-edits.js";
import { fieldLocation } from "./record-positions.js";
import {
  type ClassifiedTxt,
  cnameAt,
  discoveryView,
  hostAddressRecords,
  isOutsideZone,
  policyHostName,
  qualifying,
  STS_FAMILY,
  stsRecordName,
} from "./records.js";
import type { TagField } from "./tag-record.js";
import { describeDuration } from "./wording.js";

/** The one `_mta-sts` record senders would use, with its id field. */
export interface PublishedRecord {
  txt: ClassifiedTxt;
  idField?: TagField;
  id?: string;
}

/** The `_mta-sts` record of a domain, when its zone holds exactly one that qualifies. */
export function publishedRecord(model: DomainModel): PublishedRecord | undefined {
  const view = discoveryView(model, STS_FAMILY);
  const records = view ? qualifying(view.txts) : [];
  if (records.length !== 1) return undefined;
  const txt = records[0];
  const idField = txt.parsed.fields.find((f) => f.name === "id");
  return idField ? { txt, idField, id: idField.value } : { txt };
}

/** A revision as messages show it: a full commit SHA shortened as git shows it, else as given. */
export function shortRevision(revision: string): string {
  return /^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision;
}

/** A domain whose head and base revisions can be compared. */
export interface ChangeView {
  head: DomainModel;
  base: DomainModel;
  /** The base revision as messages show it (a commit SHA shortened as git does). */
  revision: string;
  /** The run's clock. */
  now: Date;
  baseMeaning?: PolicyMeaning;
  headMeaning?: PolicyMeaning;
  baseRecord?: PublishedRecord;
  headRecord?: PublishedRecord;
  /** How the head policy differs from the base one by meaning; empty when either is absent. */
  changes: MeaningChange[];
  /** Did the id change? undefined when either revision has no id senders could see. */
  idChanged?: boolean;
}

/**
 * Views already computed, by head model: five rules and the timeline ask for each domain's.
 * Kept with the `base` they were computed from, so attaching another base recomputes.
 */
const views = new WeakMap<DomainModel, { from: DomainModel["base"]; view?: ChangeView }>();

/** The comparison for a domain the base revision held; undefined for a new domain. */
export function changeView(head: DomainModel): ChangeView | undefined {
  const cached = views.get(head);
  if (cached && cached.from === head.base) return cached.view;
  const view = computeChangeView(head);
  views.set(head, view ? { from: head.base, view } : { from: head.base });
  return view;
}

function computeChangeView(head: DomainModel): ChangeView | undefined {
  const base = head.base?.model;
  // A pull request that touched none of the domain's files compares the head with itself.
  if (!head.base || !base || base === head) return undefined;
  const view: ChangeView = {
    head,
    base,
    revision: shortRevision(head.base.revision),
    now: head.base.checkedAt,
    changes: [],
  };
  if (base.policy) view.baseMeaning = policyMeaning(base.policy);
  if (head.policy) view.headMeaning = policyMeaning(head.policy);
  const baseRecord = publishedRecord(base);
  const headRecord = publishedRecord(head);
  if (baseRecord) view.baseRecord = baseRecord;
  if (headRecord) view.headRecord = headRecord;
  if (view.baseMeaning && view.headMeaning)
    view.changes = meaningChanges(view.baseMeaning, view.headMeaning);
  if (baseRecord?.id !== undefined && headRecord?.id !== undefined)
    view.idChanged = baseRecord.id !== headRecord.id;
  return view;
}

/**
 * The mode senders may have cached from the base revision: only a policy that was published
 * (a record with an id pointed at it) can be in a cache, and only enforce and testing change
 * delivery or reporting.
 */
export function cachedMode(view: ChangeView): "enforce" | "testing" | undefined {
  const mode = view.baseMeaning?.mode;
  return view.baseRecord && checksMx(mode) ? mode : undefined;
}

/**
 * "max_age 1209600 s = 14 days", or bare "max_age" when the base policy had none valid; a noun
 * phrase without a determiner, so callers write "its …" or "the base policy's …" around it.
 */
export function describeMaxAge(seconds: number | undefined): string {
  return seconds === undefined ? "max_age" : `max_age ${seconds} s = ${describeDuration(seconds)}`;
}

/** The base policy as senders cached it, for messages: `mode enforce, max_age 1209600 s = 14 days`. */
export function describeCached(view: ChangeView): string {
  const maxAge = view.baseMeaning?.maxAge;
  const age = maxAge === undefined ? "no valid max_age" : describeMaxAge(maxAge);
  return `mode ${view.baseMeaning?.mode ?? "(none)"}, ${age}`;
}

/** When a wait of `seconds` from the run's clock ends, as ISO 8601 UTC without milliseconds. */
export function safeFrom(now: Date, seconds: number): string {
  return `${new Date(now.getTime() + seconds * 1000).toISOString().slice(0, 19)}Z`;
}

/** A fresh id for this run (RFC 8461 §3.1: a UTC timestamp is the suggested form). */
export function suggestedId(view: ChangeView): string {
  const fresh = timestampId(view.now);
  // The run's clock could equal the head id when a run is repeated within the same second.
  return fresh === view.headRecord?.id ? `${fresh}0` : fresh;
}

/** Where a finding about the `_mta-sts` id points, and the record with a fresh id as its fix. */
export function idLocation(view: ChangeView): { location: Location; fix?: string } | undefined {
  const record = view.headRecord;
  if (!record) return undefined;
  if (!record.idField) return { location: recordLocation(record.txt.record) };
  return {
    location: fieldLocation(record.txt, record.idField),
    fix: recordWithValue(record.txt.parsed, record.idField, suggestedId(view)),
  };
}

/**
 * The head policy's line that carries the first change (the mode, the max_age, an added mx
 * pattern; for a removed pattern the first mx line), for findings about the policy file.
 */
export function changedPolicyLocation(view: ChangeView): Location | undefined {
  const policy = view.head.policy;
  const first = view.changes[0];
  if (!policy || !first) return undefined;
  const added = new Set(view.headMeaning?.mx.filter((p) => !view.baseMeaning?.mx.includes(p)));
  const field =
    first.field === "mx"
      ? (mxFields(policy).find((f) => added.has(mxPatternKey(f.value))) ?? mxFields(policy)[0])
      : firstField(policy, first.field);
  return field ? policyFieldLocation(view.head, policy, field) : { file: view.head.policyFile };
}

/** The base policy's patterns cover the host (RFC 8461 §4.1). */
function baseCovers(view: ChangeView, host: string): boolean {
  return (view.baseMeaning?.mx ?? []).some((p) => patternCovers(p, host));
}

/**
 * MX hosts the head zone adds (absent from the base zone's MX set) that the base policy does
 * not cover: senders holding the cached base policy refuse them (enforce) or report them
 * (testing) until the cache expires. Empty when either zone is unknown.
 */
export function uncoveredNewMx(view: ChangeView): MxHost[] {
  const { head, base } = view;
  if (!head.zone || !base.zone || !cachedMode(view)) return [];
  const before = new Set(domainMx(base.zone, base.name).hosts.map((h) => h.host));
  return domainMx(head.zone, head.name).hosts.filter(
    (mx) => !before.has(mx.host) && !baseCovers(view, mx.host),
  );
}

/** What of the published MTA-STS setup the head revision takes away. */
export interface Removal {
  what: "record" | "policy-host" | "policy-file";
  /** As a noun phrase for messages. */
  text: string;
  location: Location;
}

/** The name is answered by this zone (not delegated) and holds no record senders would use. */
function recordGone(view: ChangeView): boolean {
  const zone = view.head.zone;
  if (!zone || !view.baseRecord || view.headRecord) return false;
  const name = stsRecordName(view.head.name);
  if (isOutsideZone(zone, name) || cnameAt(zone, name)) return false;
  const txts = discoveryView(view.head, STS_FAMILY)?.txts ?? [];
  // A record that is still there but broken is the sts-record-* rules' finding.
  return txts.every((t) => t.cls === "unrelated");
}

function hostGone(view: ChangeView): boolean {
  const { head, base } = view;
  if (!head.zone || !base.zone) return false;
  const host = policyHostName(head.name);
  if (isOutsideZone(head.zone, host)) return false;
  return (
    hostAddressRecords(base.zone, host).length > 0 &&
    hostAddressRecords(head.zone, host).length === 0
  );
}

/** The configured policy file is gone (a moved file is matched through the configuration). */
function policyFileGone(view: ChangeView): boolean {
  const { head, base } = view;
  if (!base.policy || head.policy || head.policyFile === undefined) return false;
  return head.problems.some((p) => p.area === "policy" && p.kind === "missing");
}

/**
 * The parts of the published setup that disappear in this revision while senders may hold
 * the base policy in enforce or testing (RFC 8461 §8.3 asks for mode none first).
 */
export function removals(view: ChangeView): Removal[] {
  if (!cachedMode(view)) return [];
  const { head } = view;
  const out: Removal[] = [];
  const zoneTop = head.zone ? zoneAnchor(head.zone, head.name) : undefined;
  if (recordGone(view) && zoneTop)
    out.push({
      what: "record",
      text: `the ${stsRecordName(head.name)} TXT record`,
      location: zoneTop,
    });
  if (hostGone(view) && zoneTop)
    out.push({
      what: "policy-host",
      text: `the policy host ${policyHostName(head.name)}`,
      location: zoneTop,
    });
  if (policyFileGone(view))
    out.push({
      what: "policy-file",
      text: `the policy file ${head.policyFile}`,
      location: { file: head.policyFile },
    });
  return out;
}

/** Is this revision the first step of RFC 8461 §8.3: a published mode none policy with a new id? */
export function isProperRemovalStart(view: ChangeView): boolean {
  return (
    cachedMode(view) !== undefined &&
    view.headMeaning?.mode === "none" &&
    view.idChanged === true &&
    removals(view).length === 0
  );
}

/** The policy body of RFC 8461 §8.3 step 1: mode none, a small max_age, the same mx lines. */
export function modeNonePolicy(view: ChangeView): string {
  const mx = view.baseMeaning?.mx ?? [];
  return [
    "version: STSv1",
    "mode: none",
    ...mx.map((p) => `mx: ${p}`),
    `max_age: ${ONE_DAY}`,
    "",
  ].join("\n");
}
