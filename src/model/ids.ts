/**
 * A fresh id in the form RFC 8461 §3.1's example suggests: a UTC timestamp, here
 * YYYYMMDDHHMMSS (digits only, so it satisfies `1*32(ALPHA / DIGIT)`).
 */
export function timestampId(now: Date): string {
  const iso = now.toISOString(); // 2024-01-31T12:34:56.789Z
  return iso.slice(0, 19).replace(/[-:T]/g, "");
}
