/**
 * Reads SMTP replies (RFC 5321 §4.2) from a byte stream: `250-…` lines continue a reply,
 * `250 …` ends it. Bounded, so a server that streams endless text cannot exhaust memory.
 */
export interface SmtpReply {
  code: number;
  /** The text of each line, without the code and separator. */
  lines: string[];
}

/** Longest line and longest reply accepted (RFC 5321 §4.5.3.1.5: 512 octets per reply line). */
const MAX_LINE = 4096;
const MAX_LINES = 100;

export class ReplyReader {
  private buffer = "";
  private lines: string[] = [];
  private code: number | undefined;

  /**
   * Feeds bytes; returns the replies completed by them, or an error text when the server
   * broke the protocol (an over-long line, a line without a code, mixed codes).
   */
  push(chunk: Buffer): { replies: SmtpReply[]; error?: string } {
    this.buffer += chunk.toString("latin1");
    const replies: SmtpReply[] = [];
    for (;;) {
      const end = this.buffer.indexOf("\n");
      if (end < 0) break;
      const line = this.buffer.slice(0, end).replace(/\r$/, "");
      this.buffer = this.buffer.slice(end + 1);
      const m = /^(\d{3})([ -]|$)(.*)$/.exec(line);
      if (!m) return { replies, error: `not an SMTP reply line: ${line.slice(0, 80)}` };
      const code = Number(m[1]);
      if (this.code !== undefined && code !== this.code)
        return {
          replies,
          error: `reply code changed within a multi-line reply (${this.code} → ${code})`,
        };
      this.code = code;
      this.lines.push(m[3]);
      if (this.lines.length > MAX_LINES) return { replies, error: "reply longer than 100 lines" };
      if (m[2] !== "-") {
        replies.push({ code, lines: this.lines });
        this.lines = [];
        this.code = undefined;
      }
    }
    if (this.buffer.length > MAX_LINE)
      return { replies, error: "reply line longer than 4096 bytes" };
    return { replies };
  }
}

/** EHLO keywords (RFC 5321 §4.1.1.1): the first word of each line after the greeting, uppercase. */
export function ehloKeywords(reply: SmtpReply): string[] {
  return reply.lines
    .slice(1)
    .map((l) => l.trim().split(/\s+/)[0]?.toUpperCase() ?? "")
    .filter((k) => k.length > 0)
    .slice(0, 50);
}
