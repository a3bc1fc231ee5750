import { describe, expect, it } from "vitest";
import { parseTtl } from "../../../src/parse/zone/ttl.js";

describe("TTL text (RFC 1035 §5.1 seconds, BIND units w d h m s)", () => {
  it.each([
    ["0", 0],
    ["3600", 3600],
    ["1h", 3600],
    ["1h30m", 5400],
    ["1H30M", 5400],
    ["1w2d", 777600],
    ["2d3h4m5s", 183845],
    ["4294967295", 4294967295],
  ])("%s is %d seconds", (text, seconds) => {
    expect(parseTtl(text)).toEqual({ value: seconds });
  });

  it.each([
    ["", "an empty TTL"],
    ["1h30", "the last number has no unit"],
    ["1y", '"y" is not a unit'],
    ["h", "expected a number"],
    ["4294967296", "does not fit in 32 bits"],
    ["7102w", "does not fit in 32 bits"],
  ])("%j is rejected (%s)", (text, reason) => {
    const result = parseTtl(text);
    expect("error" in result && result.error).toContain(reason);
  });
});
