import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ehloKeywords, ReplyReader } from "../../src/probes/smtp-reply.js";

/** RFC 5321 §4.2: replies, multi-line with "-" after the code, possibly split across packets. */
describe("ReplyReader", () => {
  it("joins a multi-line reply split across chunks", () => {
    const reader = new ReplyReader();
    expect(reader.push(Buffer.from("250-mx1.example.net\r\n250-PIPE")).replies).toEqual([]);
    const { replies, error } = reader.push(Buffer.from("LINING\r\n250 STARTTLS\r\n"));
    expect(error).toBeUndefined();
    expect(replies).toEqual([{ code: 250, lines: ["mx1.example.net", "PIPELINING", "STARTTLS"] }]);
    expect(ehloKeywords(replies[0])).toEqual(["PIPELINING", "STARTTLS"]);
  });

  it("accepts bare LF line ends and a code without text", () => {
    const { replies } = new ReplyReader().push(Buffer.from("220\n"));
    expect(replies).toEqual([{ code: 220, lines: [""] }]);
  });

  it("reports garbage, mixed codes and endless lines instead of buffering them", () => {
    expect(new ReplyReader().push(Buffer.from("HTTP/1.1 400 Bad Request\r\n")).error).toContain(
      "not an SMTP reply line",
    );
    expect(new ReplyReader().push(Buffer.from("250-a\r\n354 b\r\n")).error).toContain(
      "reply code changed",
    );
    expect(new ReplyReader().push(Buffer.alloc(5000, 0x41)).error).toContain("longer than 4096");
    const many = "250-x\r\n".repeat(101);
    expect(new ReplyReader().push(Buffer.from(many)).error).toContain("100 lines");
  });
});

describe("ReplyReader over arbitrary packet boundaries (TCP may split anywhere)", () => {
  it("yields the same replies however the bytes are chunked", () => {
    const line = fc.stringMatching(/^[A-Za-z0-9 .-]{0,40}$/);
    const reply = fc.record({
      code: fc.integer({ min: 200, max: 599 }),
      lines: fc.array(line, { minLength: 1, maxLength: 6 }),
    });
    fc.assert(
      fc.property(
        fc.array(reply, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (replies, cuts) => {
          const wire = Buffer.from(
            replies
              .map((r) =>
                r.lines
                  .map((l, i) => `${r.code}${i === r.lines.length - 1 ? " " : "-"}${l}\r\n`)
                  .join(""),
              )
              .join(""),
          );
          const points = [...new Set(cuts.map((c) => c % (wire.length + 1)))].sort((a, b) => a - b);
          const reader = new ReplyReader();
          const got: { code: number; lines: string[] }[] = [];
          let from = 0;
          for (const to of [...points, wire.length]) {
            const { replies: done, error } = reader.push(wire.subarray(from, to));
            expect(error).toBeUndefined();
            got.push(...done);
            from = to;
          }
          expect(got).toEqual(replies);
        },
      ),
      { numRuns: 200 },
    );
  });
});
