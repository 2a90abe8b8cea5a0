import { z } from "zod";
import { DEFAULT_LOCALE, type Locale } from "../i18n/locale";
import { PROFILE_TEXT, type ProfileField } from "../i18n/report-messages";
import { dayOf, type Day } from "../time/days";

/**
 * The organisation profile: who issues the report and to whom (ND 30/2020 header, signature and
 * "Nơi nhận"). Names are kept as written in a sentence ("Ban Dân tộc"); the header prints them in
 * upper case. Saved in the workbook by the task pane (setting "bdg.profile", JSON of any subset of
 * the fields) and given to `bdg report` as a JSON file or flags.
 */
const MAX_TEXT = 200;
const text = z.string().trim().min(1).max(MAX_TEXT);
const optionalText = z.string().trim().max(MAX_TEXT);

export const orgProfileSchema = z.strictObject({
  /** Cơ quan chủ quản, e.g. "UBND tỉnh Lạng Sơn". */
  parentBody: text,
  /** Cơ quan ban hành, e.g. "Ban Dân tộc", "Sở Dân tộc và Tôn giáo". */
  agencyName: text,
  /** Chữ viết tắt tên cơ quan in the document number "Số: …/BC-BDT". */
  symbol: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]+(-[A-Z0-9]+)*$/),
  /** Địa danh of the date line. */
  place: text,
  /** Thẩm quyền ký above the title when a deputy signs, e.g. "KT. TRƯỞNG BAN"; empty otherwise. */
  signerAuthority: optionalText,
  /** Chức vụ người ký, e.g. "Trưởng Ban", "Giám đốc", "Phó Trưởng Ban". */
  signerTitle: text,
  /** Họ tên người ký; empty leaves the line for the signer to write. */
  signerName: optionalText,
  /** Nơi nhận, in order; the last is usually "Lưu: VT, …". */
  recipients: z.array(text).min(1).max(30),
  /** Number of the agency's own plan ("85/KH-BDT"), named in the opening sentence; dotted when absent. */
  planNumber: optionalText.optional(),
  /** Date of the agency's own plan ("10/6/2021"); dotted when absent. */
  planDate: optionalText.optional(),
  /** The letter the report answers ("Công văn số 1234/SNV-CTTN ngày 20/11/2025 của Sở Nội vụ"); left out when absent. */
  requestLetter: optionalText.optional(),
});
export type OrgProfile = z.infer<typeof orgProfileSchema>;

/** Any subset of the fields, as a JSON file, the flags or the workbook setting give them. */
export const orgProfileInputSchema = orgProfileSchema.partial();
export type OrgProfileInput = z.infer<typeof orgProfileInputSchema>;

export const PROFILE_FIELDS = Object.keys(orgProfileSchema.shape) as ProfileField[];

/** The plan's own issuer (Kế hoạch of the Ban Dân tộc, 2021): the default of reports dated before 01/3/2025 (defaultProfileFor). */
export const DEFAULT_PROFILE: OrgProfile = {
  parentBody: "UBND tỉnh Lạng Sơn",
  agencyName: "Ban Dân tộc",
  symbol: "BDT",
  place: "Lạng Sơn",
  signerAuthority: "",
  signerTitle: "Trưởng Ban",
  signerName: "",
  recipients: ["Sở LĐ-TB&XH", "Lãnh đạo Ban", "Lưu: VT, NV"],
};

/**
 * Ready profiles: the Ban Dân tộc until 28/02/2025, and the Sở Dân tộc và Tôn giáo that took over
 * its tasks from 01/3/2025, reporting to the Sở Nội vụ (which took over gender equality from the
 * Sở LĐ-TB&XH).
 */
export const PROFILE_PRESETS: Readonly<Record<"ban-dan-toc" | "so-dan-toc-ton-giao", OrgProfile>> = {
  "ban-dan-toc": DEFAULT_PROFILE,
  "so-dan-toc-ton-giao": {
    parentBody: "UBND tỉnh Lạng Sơn",
    agencyName: "Sở Dân tộc và Tôn giáo",
    symbol: "SDTTG",
    place: "Lạng Sơn",
    signerAuthority: "",
    signerTitle: "Giám đốc",
    signerName: "",
    recipients: ["Sở Nội vụ", "Lãnh đạo Sở", "Lưu: VT, NV"],
  },
};

export type PresetName = keyof typeof PROFILE_PRESETS;
export const PRESET_NAMES = Object.keys(PROFILE_PRESETS) as PresetName[];

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as string[]).includes(name);
}

/** The day the Sở Dân tộc và Tôn giáo took over the tasks of the Ban Dân tộc. */
export const SO_DAN_TOC_TON_GIAO_FROM: Day = dayOf(2025, 3, 1);

/** The preset of the agency that exists on a report's date: the Sở from 01/3/2025, the Ban before. */
export function presetFor(reportDay: Day): PresetName {
  return reportDay >= SO_DAN_TOC_TON_GIAO_FROM ? "so-dan-toc-ton-giao" : "ban-dan-toc";
}

/** The default profile of a report dated on that day (its as-of date). */
export function defaultProfileFor(reportDay: Day): OrgProfile {
  const p = PROFILE_PRESETS[presetFor(reportDay)];
  return { ...p, recipients: [...p.recipients] };
}

export type ProfileResult = { ok: true; profile: OrgProfile } | { ok: false; errors: string[] };
export type ProfileInputResult = { ok: true; input: OrgProfileInput } | { ok: false; errors: string[] };

function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const t = PROFILE_TEXT[locale];
  return (iss) => {
    switch (iss.code) {
      case "invalid_type":
        if (iss.expected === "array") return t.notAList;
        if (iss.expected === "object") return t.notAnObject;
        return t.notText;
      case "too_small":
        return iss.origin === "array" ? t.noRecipients : t.empty;
      case "too_big":
        return t.tooLong({ max: Number(iss.maximum) });
      case "invalid_format":
        return t.badSymbol;
      case "unrecognized_keys":
        return t.unknownFields({ keys: iss.keys, known: PROFILE_FIELDS });
      default:
        return undefined;
    }
  };
}

/** One line per problem, naming the field in words: "agencyName (tên cơ quan): không được để trống". */
function describe(err: z.ZodError, locale: Locale): string[] {
  const t = PROFILE_TEXT[locale];
  return err.issues.map((i) => {
    const [head, ...rest] = i.path;
    if (head === undefined) return i.message;
    const name = typeof head === "string" && head in t.fieldNames ? `${head} (${t.fieldNames[head as ProfileField]})` : String(head);
    const index = rest.length > 0 && typeof rest[0] === "number" ? ` [${rest[0] + 1}]` : "";
    return `${name}${index}: ${i.message}`;
  });
}

/** Check a partial profile (parsed JSON, the flags, the workbook setting). */
export function checkProfileInput(raw: unknown, locale: Locale = DEFAULT_LOCALE): ProfileInputResult {
  const r = orgProfileInputSchema.safeParse(raw, { error: errorMap(locale) });
  return r.success ? { ok: true, input: r.data } : { ok: false, errors: describe(r.error, locale) };
}

/** A partial profile from JSON text, or the reasons it was refused, in words. */
export function parseProfileJson(textIn: string, locale: Locale = DEFAULT_LOCALE): ProfileInputResult {
  let raw: unknown;
  try {
    raw = JSON.parse(textIn.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, errors: [PROFILE_TEXT[locale].badJson({ reason: (e as Error).message })] };
  }
  return checkProfileInput(raw, locale);
}

/** A full profile: the base with the given fields replacing its own (later inputs win). */
export function resolveProfile(base: OrgProfile, ...inputs: OrgProfileInput[]): OrgProfile {
  const out: OrgProfile = { ...base, recipients: [...base.recipients] };
  for (const input of inputs) {
    for (const [k, v] of Object.entries(input) as Array<[keyof OrgProfile, OrgProfile[keyof OrgProfile] | undefined]>) {
      if (v !== undefined) (out as Record<string, unknown>)[k] = Array.isArray(v) ? [...v] : v;
    }
  }
  return out;
}

/** Upper case as a Vietnamese header writes names: "UBND tỉnh Lạng Sơn" -> "UBND TỈNH LẠNG SƠN". */
export function headerCase(s: string): string {
  return s.normalize("NFC").toLocaleUpperCase("vi");
}
