import type { DomainModel } from "./domain.js";

/**
 * The base revision's view of one policy domain, for the change-* rules (RFC 8461 §8):
 * what senders may still have cached while the head revision is deployed.
 */
export interface BaseDomain {
  /** The base revision as given (a commit SHA, a branch, a tag). */
  revision: string;
  /**
   * The run's clock when the base was read: suggested ids and the absolute times of the
   * safety timeline come from it, so the rules stay pure functions of the model.
   */
  checkedAt: Date;
  /**
   * The domain as the base revision configured and held it, matched by domain name (its
   * files may have moved since); absent when the domain is new in this revision.
   */
  model?: DomainModel;
}
