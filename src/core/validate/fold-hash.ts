import { foldKey } from "../text/normalize";

/**
 * A 30-bit hash of foldKey(s), computed without building the folded string: duplicate-activity
 * hashes every activity text of the workbook, and folding each one into a new string was most of
 * its cost. Only texts whose hashes meet are then folded and compared for real.
 *
 * foldKey maps each character on its own: a letter or digit to one folded character, a combining
 * mark to nothing, anything else to a separator (runs of separators become one space, none at the
 * ends). The table below is learnt from foldKey itself, character by character, so that the two
 * cannot drift apart; a text with characters beyond the table is hashed from foldKey's output.
 */

const TABLE_SIZE = 0x1f00;
const SEPARATOR = 0;
const SKIP = 1;
/** A character this table cannot stand for (foldKey would make it more than one): fold the text. */
const ASK_FOLDKEY = 2;
let table: Uint8Array | null = null;

/** For each character below TABLE_SIZE: its folded character code, SEPARATOR, SKIP or ASK_FOLDKEY. */
function foldTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(TABLE_SIZE);
  for (let cp = 0; cp < TABLE_SIZE; cp++) {
    const folded = foldKey("a" + String.fromCharCode(cp) + "b");
    if (folded === "ab") t[cp] = SKIP;
    else if (folded === "a b") t[cp] = SEPARATOR;
    else if (folded.length === 3 && folded.charCodeAt(1) > 32 && folded.charCodeAt(1) < 256) t[cp] = folded.charCodeAt(1);
    else t[cp] = ASK_FOLDKEY;
  }
  return (table = t);
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** 30 bits: small integers are Map keys without a boxed number each. */
const MASK = 0x3fffffff;

/** FNV-1a over a folded string; null when it is empty. */
export function hashFolded(folded: string): number | null {
  if (folded === "") return null;
  let h = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) h = Math.imul(h ^ folded.charCodeAt(i), FNV_PRIME);
  return h & MASK;
}

/** hashFolded(foldKey(s)), without the string: null when the folded text is empty. */
export function foldHash(s: string): number | null {
  // foldKey reads at most 4,095 characters; leave long texts to it.
  if (s.length >= 4095) return hashFolded(foldKey(s));
  const t = foldTable();
  let h = FNV_OFFSET;
  let n = 0;
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const f = t[c];
    // Past the table (c >= TABLE_SIZE): foldKey knows.
    if (f === undefined) return hashFolded(foldKey(s));
    if (f === SKIP) continue;
    if (f === ASK_FOLDKEY) return hashFolded(foldKey(s));
    if (f === SEPARATOR) {
      space = n > 0;
      continue;
    }
    if (space) {
      h = Math.imul(h ^ 32, FNV_PRIME);
      space = false;
    }
    h = Math.imul(h ^ f, FNV_PRIME);
    n++;
  }
  return n === 0 ? null : h & MASK;
}
