/**
 * How clerks write activities, brought to one form before a task is guessed: folded (case and
 * diacritics ignored), day-month dates written one way ("08/3", "8-3", "ngày 8 tháng 3" -> "8 3"),
 * the usual abbreviations spelled out ("BĐG", "BLGĐ", "HN&GĐ"), and place names left out.
 * This is Vietnamese administrative writing, the same for every plan: which words point to which
 * task is the plan's own business (its keywords).
 */
import { foldKey } from "../text/normalize";

/** Abbreviations as folded tokens (one or more), and what they stand for. Longest first. */
const ABBREVIATIONS: ReadonlyArray<[string, string]> = [
  ["pcblgd", "phong chong bao luc gia dinh"],
  ["blgd", "bao luc gia dinh"],
  ["bltcsg", "bao luc tren co so gioi"],
  ["bdg", "binh dang gioi"],
  ["vstbpn", "vi su tien bo cua phu nu"],
  ["hn gd", "hon nhan va gia dinh"],
  ["hngd", "hon nhan va gia dinh"],
  ["qtpn", "quoc te phu nu"],
  ["qt phu nu", "quoc te phu nu"],
  ["pnvn", "phu nu viet nam"],
  ["gdvn", "gia dinh viet nam"],
  ["cbccvc", "can bo cong chuc vien chuc"],
  ["cbcc", "can bo cong chuc"],
  ["dtts", "dan toc thieu so"],
  ["kt xh", "kinh te xa hoi"],
  ["ktxh", "kinh te xa hoi"],
  ["ttdt", "thong tin dien tu"],
  ["cntt", "cong nghe thong tin"],
  ["lhpn", "lien hiep phu nu"],
  ["hpn", "hoi phu nu"],
  ["pbgdpl", "pho bien giao duc phap luat"],
  ["pbpl", "pho bien phap luat"],
  ["ld tb xh", "lao dong thuong binh va xa hoi"],
  ["ldtbxh", "lao dong thuong binh va xa hoi"],
  ["mtqg", "muc tieu quoc gia"],
  ["thd", "thang hanh dong"],
  ["bc", "bao cao"],
  ["kh", "ke hoach"],
  ["bang zon", "bang ron"],
];

/** Words that say where, not what: the capitalised words after them are a place's name. */
const PLACE_WORDS = new Set(["thôn", "bản", "xã", "phường", "thị trấn", "huyện", "khu", "tổ", "xóm", "thon", "xa", "phuong", "huyen", "xom"]);

const ANY_PLACE_WORD = /(?:^|\s)(?:thôn|bản|xã|phường|thị trấn|huyện|khu|tổ|xóm|thon|xa|phuong|huyen|xom)\s+\p{Lu}/iu;

/** Day/month written with a separator, and "ngày 8 tháng 3" / "mùng 8 tháng 3". */
const DAY_MONTH = /(?<![\d/.-])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(?:\d{4}|\d{2}))?(?![\d])/g;
const DAY_MONTH_WORDS = /(?:ngày|ngay|mùng|mung|mồng|mong)\s+(\d{1,2})\s+(?:tháng|thang)\s+(\d{1,2})(?!\d)/giu;

function dayMonth(d: string, m: string): string | null {
  const day = Number(d);
  const month = Number(m);
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? ` ${day} ${month} ` : null;
}

const startsUpper = (w: string | undefined): boolean => w !== undefined && /^\p{Lu}/u.test(w);

/** "Nà Pàn" after "thôn": a place, whose words would otherwise be read as words of the activity. */
function dropPlaceNames(text: string): string {
  // Text all in capitals (a legacy .VnTimeH font, a heading style) has no names to tell apart.
  if (text === text.toUpperCase() || !ANY_PLACE_WORD.test(text)) return text;
  const words = text.split(/\s+/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (word === undefined) break;
    out.push(word);
    const w = word.toLowerCase();
    const next = words[i + 1];
    let j: number;
    if (next !== undefined && PLACE_WORDS.has(`${w} ${next.toLowerCase()}`)) {
      out.push(next);
      j = i + 2;
    } else if (PLACE_WORDS.has(w)) {
      j = i + 1;
    } else {
      continue;
    }
    while (startsUpper(words[j])) j++;
    i = j - 1;
  }
  return out.join(" ");
}

const abbreviationCache = new Map<string, RegExp>();

function expandAbbreviations(folded: string): string {
  let s = ` ${folded} `;
  for (const [short, long] of ABBREVIATIONS) {
    if (!s.includes(` ${short} `)) continue;
    let re = abbreviationCache.get(short);
    if (!re) abbreviationCache.set(short, (re = new RegExp(` ${short}(?= )`, "g")));
    s = s.replace(re, ` ${long}`);
  }
  return s.trim();
}

/**
 * The text of an activity (or a plan's keyword) in the one form the guess compares: folded, with
 * dates and abbreviations written one way and place names left out.
 */
export function clerkKey(text: string): string {
  let s = text.replace(DAY_MONTH_WORDS, (all, d: string, m: string) => dayMonth(d, m) ?? all);
  s = s.replace(DAY_MONTH, (all, d: string, m: string) => dayMonth(d, m) ?? all);
  s = dropPlaceNames(s);
  return expandAbbreviations(foldKey(s));
}

/**
 * Words that say nothing of what an activity is about: grammar, counting, time, the usual verbs of
 * a work plan. Left out when the share of a text's words the plan explains is measured.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  (
    "va cac cua cho ve voi trong tai nhan de tren duoc nhung mot co la thuc hien hoat dong to chuc cong tac nam thang ngay " +
    "lan buoi luot dot theo tu den khi nay do da dang se hang cung vao ra bang qua sau truoc " +
    "trien khai tham gia du di nguoi nhan dan dia ban xa thon huyen tinh ubnd ket qua noi dung nham giai doan"
  ).split(" "),
);

/** Leading words that do not say what the action is ("Tổ chức …", "Ngày 15/11 …"): the head comes after them. */
const HEAD_SKIP = new Set(["to chuc", "thuc hien", "tham gia", "tham du", "hoi nghi", "trien khai", "ngay", "nam", "tu ngay", "den ngay", "ubnd", "ubnd xa", "xa", "cac", "nhan"]);

/** Where the head of a clerk key begins (a character offset), and how many words were skipped to reach it. */
export function headOf(key: string): { offset: number; skipped: number } {
  const words = key.split(" ");
  let i = 0;
  for (;;) {
    const w = words[i];
    if (w === undefined) break;
    const next = words[i + 1];
    if (/^\d+$/.test(w)) i++;
    else if (next !== undefined && HEAD_SKIP.has(`${w} ${next}`)) i += 2;
    else if (HEAD_SKIP.has(w)) i++;
    else break;
  }
  return { offset: words.slice(0, i).join(" ").length + (i > 0 ? 1 : 0), skipped: i };
}

/** The words of a clerk key that may carry meaning: not generic, not a number, longer than one letter. */
export function meaningfulWords(key: string): string[] {
  return key.split(" ").filter((w) => w.length > 1 && !GENERIC_WORDS.has(w) && !/^\d+$/.test(w));
}
