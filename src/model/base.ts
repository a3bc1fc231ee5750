import type { DomainModel } from "./domain.js";

/**
 * The base revision's view of one policy domain, for the change-* rules (RFC 8461 §8):
 * what senders may still have cached while the head revision is deployed.
 */
export interface BaseDomain {
  /** The base revision as given (a commit SHA, a branch, a tag). */
  revision: string;
  /** The domain as the base revision configured and held it; absent when the domain is new. */
  model?: DomainModel;
}
