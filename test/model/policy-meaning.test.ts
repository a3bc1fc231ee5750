import { describe, expect, it } from "vitest";
import { meaningChanges, policyMeaning, sameMeaning } from "../../src/model/policy-meaning.js";
import { parsePolicy } from "../../src/parse/policy.js";

const meaning = (text: string) => policyMeaning(parsePolicy(text, { file: "p.txt" }));

describe("policy meaning (RFC 8461 §3.2: what a sender acts on)", () => {
  it("ignores field order, pattern case, trailing dots, repeats, CRLF and extensions", () => {
    const a = meaning(
      "version: STSv1\nmode: enforce\nmx: mx1.example.com\nmx: *.example.net\nmax_age: 604800\n",
    );
    const b = meaning(
      "version: STSv1\r\nmax_age: 604800\r\nmx: *.EXAMPLE.net.\r\nmx: mx1.example.com\r\nmx: mx1.example.com\r\nmode: enforce\r\nx_note: hi\r\n",
    );
    expect(sameMeaning(a, b)).toBe(true);
    expect(a).toEqual({
      mode: "enforce",
      maxAge: 604800,
      mx: ["*.example.net", "mx1.example.com"],
    });
  });

  it("names each change: mode, max_age, mx added and removed", () => {
    const before = meaning("version: STSv1\nmode: testing\nmx: a.example.com\nmax_age: 86400\n");
    const after = meaning("version: STSv1\nmode: enforce\nmx: b.example.com\nmax_age: 604800\n");
    expect(meaningChanges(before, after).map((c) => c.text)).toEqual([
      'mode "testing" → "enforce"',
      'max_age "86400" → "604800"',
      'mx added: "b.example.com"',
      'mx removed: "a.example.com"',
    ]);
  });

  it("an invalid mode means no mode (senders reject the policy)", () => {
    expect(meaning("version: STSv1\nmode: Enforce\nmx: a\nmax_age: 1\n").mode).toBeUndefined();
  });
});
