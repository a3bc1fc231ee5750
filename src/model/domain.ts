import type { Area } from "./finding.js";
import type { PolicyDoc } from "./policy.js";
import type { ZoneModel } from "./zone.js";

/** A configured file that could not be used: becomes an `input-unreadable` finding. */
export interface InputProblem {
  file: string;
  /** Which scorecard area the file feeds. */
  area: Extract<Area, "policy" | "zone">;
  /** One line, e.g. "file not found", "not a text file (binary content)", "larger than 1 MiB". */
  reason: string;
}

/** Everything known about one policy domain, ready for the rules. */
export interface DomainModel {
  /** Normalised policy domain (lowercase A-labels, no trailing dot). */
  name: string;
  /** The local policy, when one was configured and could be read. */
  policy?: PolicyDoc;
  /** The configured policy path (even when unreadable). */
  policyFile?: string;
  /** The intended zone, when one was configured and could be read. */
  zone?: ZoneModel;
  zoneFile?: string;
  problems: InputProblem[];
}
