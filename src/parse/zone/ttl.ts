/**
 * TTLs and SOA timers as BIND reads them (RFC 1035 §5.1 plus BIND's units): plain seconds, or
 * number-unit pairs with the units w, d, h, m, s in any case (`1h30m`, `1W2d`). A bare number
 * is only allowed alone: BIND rejects `1h30`.
 */

import { quoted } from "../../model/wording.js";
import { isDigit } from "./escapes.js";

const UNIT_SECONDS: Record<string, number> = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };

/** Largest value a TTL field holds (32 bits). */
export const MAX_UINT32 = 4294967295;
/** RFC 2181 §8: TTLs above 2^31 - 1 are treated as 0 (BIND warns and uses 0). */
export const MAX_TTL = 2147483647;

export type TtlResult = { value: number } | { error: string };

/** Is this token meant as a number (starts with a digit)? Used to word errors precisely. */
export function looksNumeric(text: string): boolean {
  return text.length > 0 && isDigit(text.charCodeAt(0));
}

/** Only decimal digits (a serial, an MX preference). */
export function isPlainNumber(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

export function parseTtl(text: string): TtlResult {
  if (text.length === 0) return { error: "an empty TTL" };
  if (isPlainNumber(text)) {
    const value = Number(text);
    if (value > MAX_UINT32) return { error: `${text} does not fit in 32 bits` };
    return { value };
  }
  let total = 0;
  let i = 0;
  while (i < text.length) {
    const digitsStart = i;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
    if (i === digitsStart) {
      return { error: `${quoted(text)} is not a TTL: expected a number before ${quoted(text[i])}` };
    }
    const unit = text[i]?.toLowerCase();
    const seconds = unit === undefined ? undefined : UNIT_SECONDS[unit];
    if (seconds === undefined) {
      if (unit === undefined) {
        return {
          error: `${quoted(text)} is not a TTL: the last number has no unit (write ${text}s, or ${text}m for minutes)`,
        };
      }
      return {
        error: `${quoted(text)} is not a TTL: ${quoted(text[i])} is not a unit (use w, d, h, m or s)`,
      };
    }
    total += Number(text.slice(digitsStart, i)) * seconds;
    if (total > MAX_UINT32) return { error: `${text} does not fit in 32 bits` };
    i++;
  }
  return { value: total };
}
