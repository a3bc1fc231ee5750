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
