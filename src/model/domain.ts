import type { BaseDomain } from "./base.js";
import type { Area } from "./finding.js";
import type { JekyllView } from "./jekyll.js";
import type { LiveObservations } from "./live.js";
import type { PolicyDoc } from "./policy.js";
import type { ZoneModel } from "./zone.js";

/** Why a configured file could not be read. */
export type FileProblemKind =
  | "missing"
  | "directory"
  | "not-regular"
  | "unreadable"
  | "empty"
  | "too-large"
  | "not-text"
  | "outside";

/** A configured file that could not be used: becomes an `input-unreadable` finding. */
export interface InputProblem {
  file: string;
  /** Which scorecard area the file feeds. */
  area: Extract<Area, "policy" | "zone">;
  /** One line, e.g. "file not found", "not a text file (binary content)", "larger than 1 MiB". */
  reason: string;
  /** What kind of failure, when the file could not be read (e.g. "missing"). */
  kind?: FileProblemKind;
}

/** Everything known about one policy domain, ready for the rules. */
export interface DomainModel {
  /** Normalised policy domain (lowercase A-labels, no trailing dot). */
  name: string;
  /** The local policy, when one was configured and could be read. */
  policy?: PolicyDoc;
  /** The configured policy path (even when unreadable). */
  policyFile?: string;
  /**
   * What GitHub Pages (Jekyll) makes of the policy file, when a static site publishes it
   * (hosting-* rules); `policy` is then the body the site serves.
   */
  site?: JekyllView;
  /** The intended zone, when one was configured and could be read. */
  zone?: ZoneModel;
  zoneFile?: string;
  problems: InputProblem[];
  /** The base revision's view of the domain, when the run compares with one (change-* rules). */
  base?: BaseDomain;
  /** What the live probes observed, when live checks ran (live-*, https-*, smtp-* rules). */
  live?: LiveObservations;
}
