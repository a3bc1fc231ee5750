import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  escapeHtml,
  escapeMarkdownInline,
  htmlCode,
  htmlText,
  neutralizeWorkflowCommands,
  safeJsonStringify,
  visibleControls,
} from "../../src/report/escape.js";

/** Would the Actions runner read this log line as a command? (`::` after leading whitespace, or `##[` anywhere.) */
function isWorkflowCommand(line: string): boolean {
  return line.trimStart().startsWith("::") || line.includes("##[");
}

describe("visibleControls", () => {
  it("shows ANSI escapes, CR, NUL and C1 CSI instead of writing them (terminal injection)", () => {
    expect(visibleControls("a\u001b[2Jb\rc\u0000d\u009be")).toBe("a\\x1b[2Jb\\x0dc\\x00d\\x9be");
  });

  it("shows bidi overrides (Trojan Source) and line separators, keeps tabs and printable Unicode", () => {
    expect(visibleControls("x\u202ey\u2028z\tü😀")).toBe("x\\u{202E}y\\u{2028}z\tü😀");
  });

  it("turns LF visible unless line feeds are kept (multi-line fixes)", () => {
    expect(visibleControls("a\nb")).toBe("a\\x0ab");
    expect(visibleControls("a\r\nb", { keepLineFeeds: true })).toBe("a\\x0d\nb");
  });

  it("leaves no control character but tab, whatever the input (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence
        expect(visibleControls(s)).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/);
      }),
    );
  });
});

describe("HTML escaping (job summary)", () => {
  it("escapes the five HTML-significant characters", () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;",
    );
  });

  it("keeps <script> as text and breaks @-mentions and #references so nobody is pinged", () => {
    const out = htmlText("<script>alert(1)</script> @org/team see #12");
    expect(out).not.toContain("<script>");
    expect(out).toContain("&lt;script&gt;");
    expect(out).toContain("@&#8203;org/team");
    expect(out).toContain("#&#8203;12");
  });

  it("leaves e-mail addresses (a TLS-RPT rua) and entities intact", () => {
    expect(htmlText("rua=mailto:tls@example.com 'q'")).toBe(
      "rua=mailto:tls@example.com &#39;q&#39;",
    );
  });

  it("writes line feeds in code as &#10; so no blank line can end the HTML block", () => {
    expect(htmlCode("a\n\nb<")).toBe("a&#10;&#10;b&lt;");
  });
});

describe("escapeMarkdownInline", () => {
  it("neutralises links, emphasis, code, tables and HTML", () => {
    const out = escapeMarkdownInline("[link](http://x) *b* _i_ `c` a|b <i> & ~s~ !x \\");
    expect(out).toBe(
      "\\[link\\]\\(http://x\\) \\*b\\* \\_i\\_ \\`c\\` a\\|b &lt;i&gt; &amp; \\~s\\~ \\!x \\\\",
    );
  });

  it("neutralises block markers at the start: quote, list, heading, ordered list", () => {
    expect(escapeMarkdownInline("> q")).toBe("&gt; q");
    expect(escapeMarkdownInline("- item")).toBe("\\- item");
    expect(escapeMarkdownInline("+ item")).toBe("\\+ item");
    expect(escapeMarkdownInline("# h")).toBe("\\# h");
    expect(escapeMarkdownInline("12. item")).toBe("12\\. item");
  });

  it("shows newlines instead of starting a new block, and breaks mentions", () => {
    const out = escapeMarkdownInline("a\n# b @org/team");
    expect(out).not.toContain("\n");
    expect(out).toContain("\\x0a");
    expect(out).toContain("@&#8203;org/team");
  });
});

describe("neutralizeWorkflowCommands", () => {
  it("defuses ::error::, indented ::add-mask:: and ::stop-commands:: lines", () => {
    const out = neutralizeWorkflowCommands("::error::x\n   ::add-mask::s\n::stop-commands::t\nok");
    expect(out).toBe("\\::error::x\n   \\::add-mask::s\n\\::stop-commands::t\nok");
  });

  it("defuses the legacy ##[...] form anywhere in a line", () => {
    expect(neutralizeWorkflowCommands("x ##[group]y ###[z")).toBe("x ##\\[group]y ###\\[z");
  });

  it("leaves no line the runner would obey, for any input (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.constantFrom("::", "##[", "#", "[", " ", "\t", "\n", "\r"), fc.string()),
          {
            maxLength: 12,
          },
        ),
        (parts) => {
          const out = neutralizeWorkflowCommands(
            visibleControls(parts.join(""), { keepLineFeeds: true }),
          );
          for (const line of out.split("\n")) expect(isWorkflowCommand(line)).toBe(false);
        },
      ),
    );
  });
});

describe("safeJsonStringify", () => {
  it("keeps the data exact while writing C1 controls, bidi overrides and ##[ as escapes", () => {
    const value = { m: "a\u009bb\u202ec ##[error]d \u001b[31m" };
    const json = safeJsonStringify(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/[\u007f-\u009f\u202e]/);
    expect(json).not.toContain("##[");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting its absence
    expect(json).not.toMatch(/\u001b/);
  });

  it("round-trips any string and never prints a workflow command line (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const json = safeJsonStringify({ s });
        expect(JSON.parse(json)).toEqual({ s });
        for (const line of json.split("\n")) expect(isWorkflowCommand(line)).toBe(false);
      }),
    );
  });
});
