/**
 * Escaping for every output medium. Findings quote policy files, zone files, DNS answers and
 * HTTP bodies: text that anyone who can open a pull request (or run a DNS server) controls.
 * Whatever it contains must stay data: no forged log lines, no workflow commands, no HTML, no
 * markdown links, no @-mentions, no terminal escape sequences.
 */

/**
 * Characters that are shown as `\xNN` / `\u{...}` instead of being written as they are: C0
 * controls (tab aside), DEL, C1 controls (0x9B is a one-byte CSI on some terminals), the
 * Unicode line and paragraph separators, bidirectional overrides and isolates (they reorder
 * what a reader sees, "Trojan Source"), and the byte-order mark.
 */
const INVISIBLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;

function visibleForm(ch: string): string {
  const code = ch.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, "0")}`
    : `\\u{${code.toString(16).toUpperCase()}}`;
}

/**
 * Replaces control characters (tab aside) and invisible reordering characters with visible
 * escapes, so `ESC[2J` prints as `\x1b[2J` and a CR cannot overwrite a line on a terminal.
 * With `keepLineFeeds`, LF stays a line break (for multi-line fixes); CR never does.
 */
export function visibleControls(text: string, opts: { keepLineFeeds?: boolean } = {}): string {
  return text.replace(INVISIBLE, (ch) =>
    ch === "\t" || (ch === "\n" && opts.keepLineFeeds) ? ch : visibleForm(ch),
  );
}

const HTML_ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes the five HTML-significant characters (safe in text and in quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * A zero-width space written as an entity. GitHub links `@user`, `@org/team` and `#123` in
 * rendered text nodes (outside code); a zero-width space after the sigil breaks the match
 * while the text still reads the same.
 */
const ZWSP = "&#8203;";

function breakMentions(escaped: string): string {
  return (
    escaped
      // GitHub's mention pattern wants a non-word character (or nothing) before the `@`, so
      // e-mail addresses (a TLS-RPT `rua`) are left intact and stay copyable.
      .replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9_])/g, `$1@${ZWSP}`)
      // `#123` and `owner/repo#123`; not the `#` of an entity such as `&#39;`.
      .replace(/(?<!&)#(?=\d)/g, `#${ZWSP}`)
  );
}

/**
 * Untrusted text for an HTML text node of the job summary: visible controls, entities, and no
 * mentions or issue references. One line: line feeds are shown as `\x0a`.
 */
export function htmlText(text: string): string {
  return breakMentions(escapeHtml(visibleControls(text)));
}

/**
 * Untrusted text for `<code>`/`<pre>` (GitHub does not link mentions inside code, so the text
 * stays copyable). Line feeds become `&#10;`: a literal blank line would end the surrounding
 * HTML block in GitHub-flavoured markdown and let the rest be read as markdown.
 */
export function htmlCode(text: string): string {
  return escapeHtml(visibleControls(text, { keepLineFeeds: true })).replace(/\n/g, "&#10;");
}

/**
 * Untrusted text for an inline markdown context (a table cell, a list item, a heading).
 * Entities for `<`, `>`, `&`; a backslash before every other character that could start
 * markup (GFM lets any ASCII punctuation be escaped); block markers at the start (`-`, `+`,
 * `=`, `1.`) escaped too; line feeds shown as `\x0a`; mentions and issue references broken.
 */
export function escapeMarkdownInline(text: string): string {
  let s = visibleControls(text);
  s = s.replace(/[\\`*_[\]()#|~!{}]/g, "\\$&");
  s = s.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]);
  s = s.replace(/^(\s*)([-+=])/, "$1\\$2");
  s = s.replace(/^(\s*\d+)\./, "$1\\.");
  // `\#123` still renders `#123`, which the reference filter links: break it like `@user`.
  return breakMentions(s);
}

/**
 * Makes every line of log output inert for the Actions runner. The runner reads a line as a
 * command when it starts with `::` after leading whitespace (`::error::`, `::add-mask::`,
 * `::stop-commands::` ...), and reads the legacy form `##[name]` anywhere in a line. A
 * backslash before the `::` and before the `[` keeps the text readable and the line inert.
 * The action also wraps its log output in `::stop-commands::`; this holds when it does not.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text
    .split("\n")
    .map((line) => defuseLegacyCommands(line.replace(/^(\s*)::/, "$1\\::")))
    .join("\n");
}

/** Defuses the legacy `##[name]` command form, which the runner finds anywhere in a line. */
export function defuseLegacyCommands(text: string): string {
  return text.replace(/##\[/g, "##\\[");
}

/** Characters JSON.stringify leaves raw that terminals or the runner would act on. */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * JSON text with the same data as `JSON.stringify(value, null, 2)` that is also safe to print:
 * DEL, C1 controls and invisible reordering characters become `\uXXXX` escapes (C0 controls
 * already do), and `##[` inside strings is written `##\u005b` so a log line of the report
 * is never a legacy workflow command. A JSON line never starts with `::`.
 */
export function safeJsonStringify(value: unknown): string {
  const json = JSON.stringify(value, null, 2) ?? "null";
  return json
    .replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
    .replace(/##\[/g, "##\\u005b");
}
