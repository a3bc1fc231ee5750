import { quoted } from "../../model/wording.js";
import type { Token } from "./lexer.js";
import { isPlainNumber } from "./ttl.js";

/**
 * BIND's `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`: one record per value of the
 * range, `$` in lhs and rhs replaced by the value. `${offset[,width[,base]]}` adds an offset and
 * pads to a width in base d, o, x or X; `$$` is a literal `$`, and `\X` escapes pass through to
 * the name or string reader. The nibble bases n and N of reverse-zone templates are reported as
 * unsupported.
 */

/** Guard against a typo such as `1-1000000000` expanding into a huge zone in memory. */
export const MAX_GENERATED_RECORDS = 100_000;

export interface GenerateSpec {
  start: number;
  stop: number;
  step: number;
  lhs: Token;
  /** TTL, class and type, as written between lhs and rhs. */
  middle: Token[];
  rhs: Token;
}

export type GenerateParse = { spec: GenerateSpec } | { error: string; token?: Token };

function parseRange(text: string): { start: number; stop: number; step: number } | undefined {
  const [range, stepText, ...more] = text.split("/");
  if (more.length > 0) return undefined;
  const [startText, stopText, ...rest] = range.split("-");
  if (rest.length > 0 || stopText === undefined) return undefined;
  if (!isPlainNumber(startText) || !isPlainNumber(stopText)) return undefined;
  if (stepText !== undefined && !isPlainNumber(stepText)) return undefined;
  return {
    start: Number(startText),
    stop: Number(stopText),
    step: stepText === undefined ? 1 : Number(stepText),
  };
}

/** Reads the arguments after `$GENERATE`. */
export function readGenerate(args: Token[]): GenerateParse {
  const [rangeToken, lhs, ...rest] = args;
  if (!rangeToken || !lhs || rest.length < 2) {
    return {
      error:
        "$GENERATE needs a range, an owner template, a type and an RDATA template (e.g. $GENERATE 1-9 host$ A 192.0.2.$)",
    };
  }
  const range = parseRange(rangeToken.text);
  if (!range) {
    return {
      error: `$GENERATE range ${quoted(rangeToken.raw)} is not start-stop or start-stop/step`,
      token: rangeToken,
    };
  }
  if (range.stop < range.start || range.step < 1) {
    return {
      error: `$GENERATE range ${quoted(rangeToken.raw)} is empty: stop must not be below start, and step is at least 1`,
      token: rangeToken,
    };
  }
  if (Math.floor((range.stop - range.start) / range.step) + 1 > MAX_GENERATED_RECORDS) {
    return {
      error: `$GENERATE range ${quoted(rangeToken.raw)} makes more than ${MAX_GENERATED_RECORDS} records; only smaller ranges are read`,
      token: rangeToken,
    };
  }
  const rhs = rest[rest.length - 1];
  return { spec: { ...range, lhs, middle: rest.slice(0, -1), rhs } };
}

/** A label holds at most 63 octets, so wider padding can only be a mistake. */
const MAX_WIDTH = 63;

const BASES: Record<string, (n: number) => string> = {
  d: (n) => n.toString(10),
  o: (n) => n.toString(8),
  x: (n) => n.toString(16),
  X: (n) => n.toString(16).toUpperCase(),
};

function formatValue(value: number, modifier: string): string | { error: string } {
  const [offsetText = "0", widthText = "0", base = "d", ...more] = modifier.split(",");
  const offsetDigits =
    offsetText.startsWith("-") || offsetText.startsWith("+") ? offsetText.slice(1) : offsetText;
  const format = Object.hasOwn(BASES, base) ? BASES[base] : undefined;
  if (more.length > 0 || !isPlainNumber(offsetDigits) || !isPlainNumber(widthText) || !format) {
    if (base === "n" || base === "N") {
      return {
        error: `$GENERATE nibble format "\${${modifier}}" is not supported here; list those records explicitly`,
      };
    }
    return {
      error: `$GENERATE modifier "\${${modifier}}" is not {offset[,width[,base]]} with base d, o, x or X`,
    };
  }
  if (Number(widthText) > MAX_WIDTH) {
    return {
      error: `$GENERATE modifier "\${${modifier}}" pads wider than ${MAX_WIDTH} characters`,
    };
  }
  const shifted = value + Number(offsetText);
  if (shifted < 0) return { error: `$GENERATE modifier "\${${modifier}}" makes a negative value` };
  return format(shifted).padStart(Number(widthText), "0");
}

/** Replaces `$` in a template by the value; `$$` is a literal `$`, `\X` passes through. */
export function substitute(template: string, value: number): string | { error: string } {
  let out = "";
  let i = 0;
  while (i < template.length) {
    const c = template[i];
    if (c === "\\") {
      out += template.slice(i, i + 2);
      i += 2;
    } else if (c !== "$") {
      out += c;
      i++;
    } else if (template[i + 1] === "$") {
      out += "$";
      i += 2;
    } else if (template[i + 1] === "{") {
      const close = template.indexOf("}", i + 2);
      if (close < 0)
        return { error: `$GENERATE template ${quoted(template)} has a "\${" without "}"` };
      const formatted = formatValue(value, template.slice(i + 2, close));
      if (typeof formatted !== "string") return formatted;
      out += formatted;
      i = close + 1;
    } else {
      out += value.toString(10);
      i++;
    }
  }
  return out;
}
