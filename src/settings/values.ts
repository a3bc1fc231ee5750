import { isIP } from "node:net";
import { isValidHostName, normalizeHost } from "../model/hostname.js";
import { quoted } from "../model/wording.js";
import type { FailOn, Hosting, OutputFormat, RuleSetting, ZoneFormat } from "./types.js";

/**
 * Value parsers shared by the three faces (config file, CLI flags, action inputs), so that a
 * value means the same wherever it is written. Each returns the value or a one-line reason.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export const FAIL_ON_VALUES: readonly FailOn[] = ["error", "warning", "notice", "never"];
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["text", "json", "sarif", "github"];
export const ZONE_FORMATS: readonly ZoneFormat[] = ["auto", "bind", "octodns", "dnscontrol"];
export const HOSTINGS: readonly Hosting[] = ["github-pages", "none"];
export const RULE_SETTINGS: readonly RuleSetting[] = ["off", "notice", "warning", "error"];

/** One of a fixed set of words, matched exactly (the documented values are lowercase). */
export function parseChoice<T extends string>(value: string, allowed: readonly T[]): Parsed<T> {
  if ((allowed as readonly string[]).includes(value)) return ok(value as T);
  return bad(`${quoted(value)} is not one of ${allowed.join(" | ")}`);
}

/** A whole number within [min, max], written as plain digits. */
export function parseInteger(value: string, min: number, max: number): Parsed<number> {
  if (!/^\d{1,9}$/.test(value.trim())) return bad(`${quoted(value)} is not a whole number`);
  return checkRange(Number(value.trim()), min, max);
}

/** A number of seconds (fractions allowed), greater than 0 and at most `max`. */
export function parseSeconds(value: string, max: number): Parsed<number> {
  if (!/^\d{1,9}(\.\d+)?$/.test(value.trim()))
    return bad(`${quoted(value)} is not a number of seconds`);
  const n = Number(value.trim());
  if (n <= 0) return bad("must be more than 0 seconds");
  return checkRange(n, 0, max);
}

export function checkRange(n: number, min: number, max: number): Parsed<number> {
  if (!Number.isFinite(n) || n < min || n > max) return bad(`${n} is outside ${min}–${max}`);
  return ok(n);
}

/** A numeric live setting, as the config file, the CLI flags and the action inputs read it. */
export interface NumericLiveSetting {
  /** The key in `live` of the config file and of LiveSettings. */
  key: "timeout" | "concurrency" | "certExpiryDays";
  /** The CLI flag and action input (`--cert-expiry-days`, `cert-expiry-days`). */
  flag: "timeout" | "concurrency" | "cert-expiry-days";
  min: number;
  /** Large enough for any real use, small enough to be sane. */
  max: number;
  /** Whole numbers only; otherwise a number of seconds, fractions allowed, more than 0. */
  integer: boolean;
}

/** The numeric live settings and their limits, declared once for the three faces. */
export const NUMERIC_LIVE_SETTINGS: readonly NumericLiveSetting[] = [
  { key: "timeout", flag: "timeout", min: 0, max: 600, integer: false },
  { key: "concurrency", flag: "concurrency", min: 1, max: 256, integer: true },
  { key: "certExpiryDays", flag: "cert-expiry-days", min: 0, max: 3650, integer: true },
];

/** A numeric live setting written as text (a flag or an action input). */
export function parseNumericSetting(setting: NumericLiveSetting, value: string): Parsed<number> {
  return setting.integer
    ? parseInteger(value, setting.min, setting.max)
    : parseSeconds(value, setting.max);
}

/**
 * A DNS server for live checks: an IPv4 or IPv6 address, with an optional port
 * (`192.0.2.53`, `192.0.2.53:5353`, `2001:db8::53`, `[2001:db8::53]:5353`).
 */
export function parseResolver(value: string): Parsed<string> {
  const v = value.trim();
  if (isIP(v)) return ok(v);
  const m = /^\[([^\]]+)\]:(\d{1,5})$/.exec(v) ?? /^([^:]+):(\d{1,5})$/.exec(v);
  if (m && isIP(m[1]) && Number(m[2]) >= 1 && Number(m[2]) <= 65535) return ok(v);
  return bad(`${quoted(value)} is not an IP address with an optional port (e.g. 192.0.2.53:53)`);
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
  return bad(`${quoted(value)} is not true or false`);
}

/** A policy domain: normalised (lowercase A-labels, no trailing dot) and syntactically valid. */
export function parseDomainName(value: string): Parsed<string> {
  const name = normalizeHost(value.trim());
  if (!isValidHostName(name) || !name.includes(".")) {
    return bad(`${quoted(value)} is not a domain name (e.g. example.com)`);
  }
  return ok(name);
}
