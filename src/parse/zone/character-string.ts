import type { TxtString } from "../../model/zone.js";
import { readEscape, utf8Length } from "./escapes.js";
import type { Token } from "./lexer.js";

/**
 * RFC 1035 §5.1 <character-string>s: a quoted string or a bare word, `\X` and `\DDD` escapes
 * decoded, at most 255 octets (BIND rejects a longer one). Decoded `\DDD` octets above 0x7F
 * become the code point of the same number, as the model documents.
 */

export const MAX_STRING_OCTETS = 255;

/** `octets`: the decoded length on the wire, without the length octet. */
export type CharacterStringResult = { value: TxtString; octets: number } | { error: string };

export function decodeCharacterString(token: Token): CharacterStringResult {
  const text = token.text;
  const withColumns = !token.synthetic && token.span.line === token.span.endLine;
  const firstColumn = token.span.column + (token.quoted ? 1 : 0);
  const columns: number[] | undefined = withColumns ? [] : undefined;
  let out = "";
  let runStart = 0;
  let octets = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    columns?.push(firstColumn + i);
    if (c === 92) {
      const decoded = readEscape(text, i);
      if ("error" in decoded) return { error: decoded.error };
      out += text.slice(runStart, i) + String.fromCharCode(decoded.code);
      octets += decoded.decimal ? 1 : utf8Length(decoded.code);
      i = decoded.next;
      runStart = i;
    } else {
      octets += c < 0x80 ? 1 : utf8Length(c);
      i++;
    }
  }
  out += text.slice(runStart);
  if (octets > MAX_STRING_OCTETS) {
    return {
      error: `this string is ${octets} octets long; one character-string holds at most 255 (RFC 1035 §3.3): split it into several "..." strings of 255 octets or less`,
    };
  }
  return {
    value: columns ? { text: out, span: token.span, columns } : { text: out, span: token.span },
    octets,
  };
}
