/**
 * The sample's activities split by unit into the workbooks the units would send, made the way
 * clerks make them: each unit copies its own rows (the cells as written: dates, numbers and
 * statuses as typed, wrong ones included) into a sheet of its own layout.
 *
 * - phong-nghiep-vu.xlsx: Phòng Nghiệp vụ and the two communes it collects, with a unit column.
 * - so-lieu-don-vi-2.xlsx: Văn phòng, named only in a title row typed without diacritics
 *   ("Don vi: Van phong"); other column order, no unit column, no evidence column.
 * - Lãnh đạo Ban.xlsx: named only by its file; two sheets, no unit column.
 * - ubnd-huyen-loc-binh.xlsx: a district ("UBND HUYỆN LỘC BÌNH" in capitals in its title) that
 *   also recorded two of Phòng Nghiệp vụ's activities it co-organised, worded a little differently.
 *
 * Every row keeps its task as the sample read it (an id column, since a unit's sheet has no
 * plan headings), so the four files hold exactly the sample's activities plus the two repeats.
 */
import { join } from "node:path";
import { readWorkbookFile } from "../../src/xlsx/read-workbook";
import { readTracking } from "../../src/core/read/read-tracking";
import { builtinPlan } from "../../src/core/plan/load";
import type { Activity } from "../../src/core/read/types";
import { writeXlsxFile, type XlsxSheet } from "../helpers/build-xlsx";

export const SAMPLE = join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx");

export interface UnitWorkbooks {
  pnv: string;
  vp: string;
  leaders: string;
  district: string;
  /** The activities of the sample, as read (to compare with). */
  sample: Activity[];
}

const AGENCY = "BAN DÂN TỘC TỈNH LẠNG SƠN";
const TITLE = "BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI GIAI ĐOẠN 2021 - 2025";

const raw = (a: Activity, f: keyof Activity["raw"]): unknown => a.raw[f] ?? null;
const taskOf = (a: Activity): string => a.taskId ?? String(a.raw.taskId ?? a.unknownTaskId ?? "");

/** The rows the sample says its unit column holds, by the unit's name. */
function byUnit(all: readonly Activity[], ...units: string[]): Activity[] {
  return all.filter((a) => a.unit !== null && units.includes(a.unit));
}

export async function writeUnitWorkbooks(dir: string): Promise<UnitWorkbooks> {
  const book = await readWorkbookFile(SAMPLE);
  const sample = readTracking(book, builtinPlan()).activities;
  const units = new Set(sample.map((a) => a.unit));
  const expected = ["Phòng Nghiệp vụ", "Văn phòng", "Lãnh đạo Ban", "UBND xã Tân Văn", "UBND xã Bình Gia"];
  if (units.size !== expected.length || !expected.every((u) => units.has(u))) throw new Error(`the sample's units changed: ${[...units].join(", ")}`);

  // Phòng Nghiệp vụ: the sample's own layout, unit column included.
  const pnvRows = byUnit(sample, "Phòng Nghiệp vụ", "UBND xã Tân Văn", "UBND xã Bình Gia");
  const pnv: XlsxSheet = {
    name: "Theo dõi",
    rows: [
      [AGENCY],
      [TITLE],
      [],
      ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Đơn vị chủ trì", "Số người tham gia", null, null, "Kinh phí (triệu đồng)", "Tình trạng", "Văn bản minh chứng"],
      [null, null, null, null, null, "Tổng số", "Nữ", "DTTS"],
      ...pnvRows.map((a, i) => [
        i + 1,
        taskOf(a),
        raw(a, "activity"),
        raw(a, "date"),
        raw(a, "unit"),
        raw(a, "participants"),
        raw(a, "female"),
        raw(a, "ethnicMinority"),
        raw(a, "budget"),
        raw(a, "status"),
        raw(a, "evidence"),
      ]),
    ],
    merges: ["A1:K1", "A2:K2", "F4:H4", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "I4:I5", "J4:J5", "K4:K5"],
  };

  // Văn phòng: the unit only in a title row, typed without diacritics; another column order.
  const vpRows = byUnit(sample, "Văn phòng");
  const vp: XlsxSheet = {
    name: "Sheet1",
    rows: [
      [AGENCY],
      ["Don vi: Van phong"],
      ["SỐ LIỆU HOẠT ĐỘNG BÌNH ĐẲNG GIỚI"],
      [],
      ["TT", "Nội dung", "Mã nhiệm vụ", "Ngày thực hiện", "Tình trạng", "Tổng số người", "Số nữ", "Người DTTS", "Kinh phí (triệu đồng)"],
      ...vpRows.map((a, i) => [
        i + 1,
        raw(a, "activity"),
        taskOf(a),
        raw(a, "date"),
        raw(a, "status"),
        raw(a, "participants"),
        raw(a, "female"),
        raw(a, "ethnicMinority"),
        raw(a, "budget"),
      ]),
    ],
  };

  // Lãnh đạo Ban: nothing but the file's name says whose it is; a sheet per stretch of years.
  const leaderRows = byUnit(sample, "Lãnh đạo Ban");
  const leaderSheet = (name: string, rows: Activity[]): XlsxSheet => ({
    name,
    rows: [
      [TITLE],
      [],
      ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian", "Số người tham gia", "Trong đó nữ", "Người DTTS", "Kinh phí (triệu đồng)", "Tình trạng", "Văn bản"],
      ...rows.map((a, i) => [
        i + 1,
        taskOf(a),
        raw(a, "activity"),
        raw(a, "date"),
        raw(a, "participants"),
        raw(a, "female"),
        raw(a, "ethnicMinority"),
        raw(a, "budget"),
        raw(a, "status"),
        raw(a, "evidence"),
      ]),
    ],
  });
  const early = leaderRows.filter((a) => (a.year ?? 0) <= 2023);
  const late = leaderRows.filter((a) => (a.year ?? 0) > 2023);

  // A district that recorded two activities Phòng Nghiệp vụ also recorded (it co-organised them).
  const repeated = ["Mít tinh hưởng ứng Tháng hành động vì BĐG tại huyện Lộc Bình", "Truyền thông \"Việc nhà bình đẳng\" tại huyện Chi Lăng"].map((text) => {
    const a = sample.find((x) => x.activity === text);
    if (!a) throw new Error(`the sample has no row “${text}”`);
    return a;
  });
  const district: XlsxSheet = {
    name: "Năm 2024",
    rows: [
      ["UBND HUYỆN LỘC BÌNH"],
      ["KẾT QUẢ PHỐI HỢP THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI NĂM 2024"],
      [],
      ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Số người tham gia", "Nữ", "DTTS", "Kinh phí (triệu đồng)", "Tình trạng"],
      ...repeated.map((a, i) => [
        i + 1,
        taskOf(a),
        // Retyped: other case and quotes, the same activity once folded.
        i === 0 ? String(a.activity).toLocaleUpperCase("vi") : String(a.activity).replace(/"/g, "“"),
        raw(a, "date"),
        raw(a, "participants"),
        raw(a, "female"),
        raw(a, "ethnicMinority"),
        raw(a, "budget"),
        "Đã thực hiện",
      ]),
    ],
  };

  return {
    pnv: await writeXlsxFile(join(dir, "phong-nghiep-vu.xlsx"), [pnv]),
    vp: await writeXlsxFile(join(dir, "so-lieu-don-vi-2.xlsx"), [vp]),
    leaders: await writeXlsxFile(join(dir, "Lãnh đạo Ban.xlsx"), [leaderSheet("2021-2023", early), leaderSheet("2024-2025", late)]),
    district: await writeXlsxFile(join(dir, "ubnd-huyen-loc-binh.xlsx"), [district]),
    sample,
  };
}
