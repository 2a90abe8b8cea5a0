/** Names of the organisation profile's fields and the profile's errors, in both languages. */
import type { Locale } from "./locale";

export type ProfileField =
  | "parentBody"
  | "agencyName"
  | "symbol"
  | "place"
  | "signerAuthority"
  | "signerTitle"
  | "signerName"
  | "recipients"
  | "planNumber"
  | "planDate"
  | "requestLetter";

export interface ProfileTexts {
  fieldNames: Record<ProfileField, string>;
  notText: string;
  notAList: string;
  notAnObject: string;
  empty: string;
  noRecipients: string;
  tooLong: (p: { max: number }) => string;
  badSymbol: string;
  unknownFields: (p: { keys: string[]; known: readonly string[] }) => string;
  badJson: (p: { reason: string }) => string;
}

export const PROFILE_TEXT: Record<Locale, ProfileTexts> = {
  vi: {
    fieldNames: {
      parentBody: "cơ quan chủ quản",
      agencyName: "tên cơ quan ban hành",
      symbol: "chữ viết tắt tên cơ quan trong số ký hiệu",
      place: "địa danh",
      signerAuthority: "thẩm quyền ký, ví dụ KT. TRƯỞNG BAN",
      signerTitle: "chức vụ người ký",
      signerName: "họ tên người ký",
      recipients: "nơi nhận",
      planNumber: "số Kế hoạch của cơ quan, ví dụ 85/KH-BDT",
      planDate: "ngày ban hành Kế hoạch của cơ quan, ví dụ 10/6/2021",
      requestLetter: "văn bản đề nghị báo cáo, ví dụ Công văn số 1234/SNV-CTTN ngày 20/11/2025 của Sở Nội vụ",
    },
    notText: "phải là một đoạn chữ đặt trong dấu ngoặc kép",
    notAList: 'phải là một danh sách, ví dụ ["Sở Nội vụ", "Lưu: VT, NV"]',
    notAnObject: 'tệp phải chứa một đối tượng JSON, ví dụ { "agencyName": "Sở Dân tộc và Tôn giáo" }',
    empty: "không được để trống",
    noRecipients: "cần ít nhất một nơi nhận",
    tooLong: ({ max }) => `quá dài (tối đa ${max} ký tự)`,
    badSymbol: "chỉ gồm chữ cái không dấu, chữ số và dấu gạch ngang, ví dụ BDT hoặc SDTTG",
    unknownFields: ({ keys, known }) => `không có trường ${keys.map((k) => `“${k}”`).join(", ")}; các trường hợp lệ: ${known.join(", ")}`,
    badJson: ({ reason }) => `không phải JSON hợp lệ (${reason})`,
  },
  en: {
    fieldNames: {
      parentBody: "parent body",
      agencyName: "issuing agency",
      symbol: "agency abbreviation in the document number",
      place: "place name",
      signerAuthority: "signing authority, e.g. KT. TRƯỞNG BAN",
      signerTitle: "signer's title",
      signerName: "signer's name",
      recipients: "recipients",
      planNumber: "number of the agency's own plan, e.g. 85/KH-BDT",
      planDate: "date of the agency's own plan, e.g. 10/6/2021",
      requestLetter: "the letter asking for the report, e.g. Công văn số 1234/SNV-CTTN ngày 20/11/2025 của Sở Nội vụ",
    },
    notText: "must be a text in double quotes",
    notAList: 'must be a list, e.g. ["Sở Nội vụ", "Lưu: VT, NV"]',
    notAnObject: 'the file must hold a JSON object, e.g. { "agencyName": "Sở Dân tộc và Tôn giáo" }',
    empty: "must not be empty",
    noRecipients: "needs at least one recipient",
    tooLong: ({ max }) => `too long (at most ${max} characters)`,
    badSymbol: "letters without diacritics, digits and hyphens only, e.g. BDT or SDTTG",
    unknownFields: ({ keys, known }) => `no field ${keys.map((k) => `"${k}"`).join(", ")}; the fields are: ${known.join(", ")}`,
    badJson: ({ reason }) => `not valid JSON (${reason})`,
  },
};
