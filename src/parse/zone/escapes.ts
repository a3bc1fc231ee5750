/**
 * The escapes of RFC 1035 §5.1 shared by names and character-strings: `\X` stands for X, and
 * `\DDD` for the octet with decimal value DDD (exactly three digits, as BIND requires).
 */

/** UTF-8 octets of one UTF-16 code unit (a surrogate half counts 2: a pair makes 4). */
export function utf8Length(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdfff) return 2;
  return 3;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Reads a `\DDD` or `\X` escape starting at the backslash `text[i]`. Returns the decoded octet
 * or character code and the index after the escape, or an error.
 */
export function readEscape(
  text: string,
  i: number,
): { code: number; next: number; decimal: boolean } | { error: string } {
  if (i + 1 >= text.length) {
    return {
      error: 'a "\\" at the end of the text escapes nothing (write "\\\\" for a backslash)',
    };
  }
  const first = text.charCodeAt(i + 1);
  if (!isDigit(first)) return { code: first, next: i + 2, decimal: false };
  const digits = text.slice(i + 1, i + 4);
  if (digits.length < 3 || !isDigit(digits.charCodeAt(1)) || !isDigit(digits.charCodeAt(2))) {
    return {
      error: `"\\${digits}" is not a valid escape: a decimal escape has exactly three digits (\\DDD, e.g. \\059 for ";")`,
    };
  }
  const code = Number(digits);
  if (code > 255)
    return { error: `"\\${digits}" is not a valid escape: \\DDD must be 255 or less` };
  return { code, next: i + 4, decimal: true };
}
