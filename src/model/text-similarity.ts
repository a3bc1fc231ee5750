/**
 * How close two names are, as a person typing sees it: shared by the policy's field-name typo
 * check and the configuration file's "did you mean" hints, so both judge a slip alike.
 */

/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment):
 * `mdoe` is one slip away from `mode`, as a person typing sees it.
 */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[rows - 1][cols - 1];
}

/** A name with case, `-` and `_` ignored: `Max-Age`, `MAXAGE` and `max_age` compare equal. */
export function foldName(name: string): string {
  return name.toLowerCase().replace(/[-_]/g, "");
}

/**
 * The known name `name` was most likely meant to be: the first one equal up to case, `-` and
 * `_`; else, when `maxDistance` is given, the nearest one within that many edits (ties: the
 * first in `known`). Undefined when nothing is close enough.
 */
export function closestName(
  name: string,
  known: Iterable<string>,
  maxDistance = 0,
): string | undefined {
  const folded = foldName(name);
  const candidates = [...known];
  const sameWord = candidates.find((k) => foldName(k) === folded);
  if (sameWord !== undefined || maxDistance <= 0) return sameWord;
  const lower = name.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const k of candidates) {
    const distance = editDistance(lower, k.toLowerCase());
    if (distance <= maxDistance && (!best || distance < best.distance))
      best = { name: k, distance };
  }
  return best?.name;
}
