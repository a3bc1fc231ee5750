import { describe, expect, it } from "vitest";
import { changeView } from "../../src/model/change.js";
import { changed, NOW, stsZone } from "../helpers/change.js";
import { buildDomain, policyText } from "../helpers/lint.js";

const enforced = {
  policy: policyText("enforce", "mx1.example.net"),
  zone: stsZone("1", "mx1.example.net"),
};

describe("changeView (RFC 8461 §8: the head compared with what senders cached)", () => {
  it("is computed once per domain for the rules that ask, and again when another base is attached", () => {
    const head = changed(enforced, { ...enforced, zone: stsZone("2", "mx1.example.net") });
    const first = changeView(head);
    expect(first?.idChanged).toBe(true);
    expect(changeView(head)).toBe(first);
    // The same revision attached as its own base: nothing to compare.
    head.base = { revision: "base1234", checkedAt: NOW, model: head };
    expect(changeView(head)).toBeUndefined();
    head.base = { revision: "base5678", checkedAt: NOW, model: buildDomain(enforced) };
    expect(changeView(head)?.revision).toBe("base5678");
  });
});
