import { isIP } from "node:net";
import { isValidHostName, normalizeHost } from "../model/hostname.js";
import { quoted } from "../model/wording.js";
import type { FailOn, OutputFormat, RuleSetting, ZoneFormat } from "./types.js";

/**
 * Value parsers shared by the three faces (config file, CLI flags, action inputs), so that a
 * value means the same wherever it is written. Each returns the value or a one-line reason.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A user's value in a one-line message: quoted, control characters visible, kept short. */
export function quote(value: string): string {
  return quoted(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export const FAIL_ON_VALUES: readonly FailOn[] = ["error", "warning", "notice", "never"];
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["text", "json", "sarif", "github"];
export const ZONE_FORMATS: readonly ZoneFormat[] = ["auto", "bind", "octodns", "dnscontrol"];
export const RULE_SETTINGS: readonly RuleSetting[] = ["off", "notice", "warning", "error"];

/** One of a fixed set of words, matched exactly (the documented values are lowercase). */
export function parseChoice<T extends string>(value: string, allowed: readonly T[]): Parsed<T> {
  if ((allowed as readonly string[]).includes(value)) return ok(value as T);
  return bad(`${quote(value)} is not one of ${allowed.join(" | ")}`);
}

/** A whole number within [min, max], written as plain digits. */
export function parseInteger(value: string, min: number, max: number): Parsed<number> {
  if (!/^\d{1,9}$/.test(value.trim())) return bad(`${quote(value)} is not a whole number`);
  return checkRange(Number(value.trim()), min, max);
}

/** A number of seconds (fractions allowed), greater than 0 and at most `max`. */
export function parseSeconds(value: string, max: number): Parsed<number> {
  if (!/^\d{1,9}(\.\d+)?$/.test(value.trim()))
    return bad(`${quote(value)} is not a number of seconds`);
  const n = Number(value.trim());
  if (n <= 0) return bad("must be more than 0 seconds");
  return checkRange(n, 0, max);
}

export function checkRange(n: number, min: number, max: number): Parsed<number> {
  if (!Number.isFinite(n) || n < min || n > max) return bad(`${n} is outside ${min}–${max}`);
  return ok(n);
}

/** Limits of the numeric live settings: large enough for any real use, small enough to be sane. */
export const LIMITS = {
  timeoutSeconds: 600,
  concurrency: 256,
  certExpiryDays: 3650,
} as const;

/**
 * A DNS server for live checks: an IPv4 or IPv6 address, with an optional port
 * (`192.0.2.53`, `192.0.2.53:5353`, `2001:db8::53`, `[2001:db8::53]:5353`).
 */
export function parseResolver(value: string): Parsed<string> {
  const v = value.trim();
  if (isIP(v)) return ok(v);
  const m = /^\[([^\]]+)\]:(\d{1,5})$/.exec(v) ?? /^([^:]+):(\d{1,5})$/.exec(v);
  if (m && isIP(m[1]) && Number(m[2]) >= 1 && Number(m[2]) <= 65535) return ok(v);
  return bad(`${quote(value)} is not an IP address with an optional port (e.g. 192.0.2.53:53)`);
}

/** Resolver lists in one string (action input): separated by spaces, commas or new lines. */
export function splitList(value: string): string[] {
  return value.split(/[\s,]+/).filter((s) => s.length > 0);
}

/**
 * Booleans as GitHub's `core.getBooleanInput` reads them (YAML 1.2 core schema words):
 * true/True/TRUE and false/False/FALSE.
 */
export function parseBoolean(value: string): Parsed<boolean> {
  if (["true", "True", "TRUE"].includes(value)) return ok(true);
  if (["false", "False", "FALSE"].includes(value)) return ok(false);
  return bad(`${quote(value)} is not true or false`);
}

/** A policy domain: normalised (lowercase A-labels, no trailing dot) and syntactically valid. */
export function parseDomainName(value: string): Parsed<string> {
  const name = normalizeHost(value.trim());
  if (!isValidHostName(name) || !name.includes(".")) {
    return bad(`${quote(value)} is not a domain name (e.g. example.com)`);
  }
  return ok(name);
}
