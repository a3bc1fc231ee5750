/**
 * Where findings point. One place decides it for every rule, so a finding about the same kind
 * of thing (a zone record, a policy line, something absent) always lands on the same kind of
 * line.
 */
import type { DomainModel } from "./domain.js";
import type { Location } from "./finding.js";
import type { PolicyDoc, PolicyField } from "./policy.js";
import { type Span, START_OF_TEXT, spanFrom } from "./position.js";
import type { ZoneModel, ZoneRecord } from "./zone.js";

/** A finding about a zone record: the record in its own file (an included file names itself). */
export function recordLocation(record: ZoneRecord): Location {
  return { file: record.file, span: record.span };
}

/**
 * A finding about something absent from the zone: the apex SOA record when the zone has one
 * (the top of the zone), else the first line of the zone file. With `owner`, that name's own SOA
 * comes first wherever it was read: a finding about one domain of a zone that holds several
 * (or includes a sub-zone's file) lands on that domain's SOA.
 */
export function zoneAnchor(zone: ZoneModel, owner?: string): Location {
  const soa =
    (owner !== undefined ? zone.byName.get(owner)?.find((r) => r.type === "SOA") : undefined) ??
    zone.records.find((r) => r.type === "SOA" && r.file === zone.file);
  if (soa) return recordLocation(soa);
  return { file: zone.file, span: START_OF_TEXT };
}

/** "line 12", or "line 12 of zones/inc.zone" when the record was read from another file. */
export function lineRef(record: ZoneRecord, from: string): string {
  const where = `line ${record.span.line}`;
  return record.file === from ? where : `${where} of ${record.file}`;
}

/** A finding about a policy line, from a domain rule: the policy's file (or URL) and that line. */
export function policyFieldLocation(
  domain: DomainModel,
  policy: PolicyDoc,
  field: PolicyField,
): Location {
  const location: Location = { span: field.lineSpan };
  const file = policy.source.file ?? domain.policyFile;
  if (file !== undefined) location.file = file;
  if (policy.source.url !== undefined) location.url = policy.source.url;
  return location;
}

/** The field itself (name to end of value), without any indentation before it. */
export function fieldSpan(field: PolicyField): Span {
  return spanFrom(field.nameSpan, field.valueSpan);
}
