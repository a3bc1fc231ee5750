/**
 * The safety timeline of a pull request's MTA-STS change: the steps in their safe order
 * (RFC 8461 §8.1: policy file first, then the id; §8.3: removal via mode none), each with
 * the moment it becomes safe. Senders cache the policy they fetched for up to its max_age,
 * so a step that old caches would break waits that long after the new policy and id are live.
 */
import {
  type ChangeView,
  cachedMode,
  changeView,
  describeMaxAge,
  isProperRemovalStart,
  removals,
  safeFrom,
  suggestedId,
  uncoveredNewMx,
} from "./change.js";
import type { DomainModel } from "./domain.js";
import { policyUrl, stsRecordName } from "./records.js";

export interface TimelineStep {
  /** What to do, in the order given. */
  step: string;
  /** When it becomes safe, in words ("now", "after step 1 is live", "… + max_age"). */
  when: string;
  /**
   * The earliest safe moment (ISO 8601 UTC), computed from the run's clock as if the
   * earlier steps went live now; absent for steps that need no wait.
   */
  earliest?: string;
}

/** The steps that publish the policy in the head revision: the file first, then the id. */
function publishSteps(view: ChangeView): TimelineStep[] {
  const id = view.idChanged ? view.headRecord?.id : suggestedId(view);
  return [
    {
      step: `Deploy the new policy file so that ${policyUrl(view.head.name)} serves it`,
      when: "now",
    },
    {
      step: `Publish the ${stsRecordName(view.head.name)} TXT record with the new id${id ? ` ${id}` : ""}`,
      when: "after the new policy file is served (RFC 8461 §8.1)",
    },
  ];
}

/** The wait for caches of the base policy, in words and from the run's clock. */
function afterCachesExpire(view: ChangeView): Pick<TimelineStep, "when" | "earliest"> {
  const maxAge = view.baseMeaning?.maxAge;
  const when = `after the new policy and id are live + the base policy's ${describeMaxAge(maxAge)} (until then senders may still apply the cached base policy)`;
  return maxAge === undefined ? { when } : { when, earliest: safeFrom(view.now, maxAge) };
}

/** The timeline of one domain; empty when the revision changes nothing risky. */
export function changeTimeline(head: DomainModel): TimelineStep[] {
  const view = changeView(head);
  if (!view || !cachedMode(view)) return publishOnly(view);
  const removed = removals(view);
  if (removed.length > 0 || isProperRemovalStart(view)) {
    const what = removed.length > 0 ? removed.map((r) => r.text).join(", ") : "MTA-STS";
    return [
      {
        step: `Publish a policy with mode none (and a small max_age such as 86400) at ${policyUrl(head.name)}`,
        when: "now",
      },
      {
        step: `Publish the ${stsRecordName(head.name)} TXT record with a new id (${view.idChanged ? view.headRecord?.id : suggestedId(view)})`,
        when: "after the mode none policy is served (RFC 8461 §8.1)",
      },
      {
        step: `Remove ${what === "MTA-STS" ? `the ${stsRecordName(head.name)} record, the policy host and the policy file` : what}`,
        ...afterCachesExpire(view),
      },
    ];
  }
  const newMx = uncoveredNewMx(view);
  if (newMx.length > 0) {
    // The policy must cover the new hosts before any sender can learn of them.
    const steps = publishSteps(view);
    const hosts = newMx.map((mx) => mx.host).join(", ");
    steps[0].step = `${steps[0].step}, with mx lines that cover ${hosts}`;
    steps.push({ step: `Add ${hosts} to the MX records`, ...afterCachesExpire(view) });
    return steps;
  }
  return view.changes.length > 0 ? publishSteps(view) : [];
}

/** A policy that was never published with enforce/testing: only the order of the two edits matters. */
function publishOnly(view: ChangeView | undefined): TimelineStep[] {
  if (!view || view.changes.length === 0 || !view.baseRecord) return [];
  return publishSteps(view);
}
