/**
 * Group `i` of a match, for a group its pattern always fills (neither optional nor one branch of an
 * alternation). A missing one is a fault of the pattern, never of the text read: it throws.
 */
export function group(m: RegExpMatchArray, i: number): string {
  const g = m[i];
  if (g === undefined) throw new Error(`Pattern ${String(m.input)}: group ${i} did not take part in the match`);
  return g;
}
