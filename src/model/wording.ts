/**
 * Wording shared by every rule's messages, so values look the same in every finding. Messages
 * are plain text; each output format escapes them for its medium (src/report/).
 */

/** Senders that apply MTA-STS policies; named in messages so operators know who is affected. */
export const ENFORCING_SENDERS =
  "Google, Microsoft, Postfix with postfix-mta-sts-resolver, Stalwart, mox";

/** Senders that send TLS-RPT reports (RFC 8460); named where a report destination is at stake. */
export const REPORTING_SENDERS = "Google, Microsoft and others that send RFC 8460 reports";

/** Longest value shown in full; longer ones are cut so the message stays readable. */
const QUOTE_LIMIT = 120;

/** A value in double quotes: control characters made visible, long values cut with "…". */
export function quoted(value: string): string {
  const shown = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: making controls visible is the point
  const visible = shown.replace(/[\x00-\x1f\x7f]/g, (c) =>
    c === "\t" ? "\\t" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`,
  );
  return `"${visible}"`;
}

/** A short, quoted list of values: `"a", "b" and 3 more`. */
export function quotedList(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map(quoted);
  const rest = values.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}

/** Text from another stage (parser, settings) as a sentence, so rules can append to it. */
export function asSentence(text: string): string {
  const t = text.trimEnd();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** The text with its first character in upper case, to start a sentence with a clause. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Seconds as a person reads them, two largest units: "1 hour", "16 hours 48 minutes", "7 days". */
export function describeDuration(seconds: number): string {
  const units: [number, string][] = [
    [86400, "day"],
    [3600, "hour"],
    [60, "minute"],
    [1, "second"],
  ];
  const parts: string[] = [];
  let rest = seconds;
  for (const [size, unit] of units) {
    const n = Math.floor(rest / size);
    if (n > 0 && parts.length < 2) {
      parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
      rest -= n * size;
    }
  }
  return parts.length > 0 ? parts.join(" ") : "0 seconds";
}
