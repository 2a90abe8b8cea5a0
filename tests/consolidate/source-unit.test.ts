/**
 * The unit a workbook speaks for when its rows do not say: named in its title rows (with or
 * without diacritics, in capitals, in a legacy TCVN3 font), else its file's name.
 */
import { titleUnitOf, unitFromFileName, unitDisplayName } from "../../src/core/consolidate";
import { builtinPlan } from "../../src/core/plan/load";
import { TCVN3_BYTES } from "../../src/core/read/legacy-tables";
import { readTracking } from "../../src/core/read/read-tracking";
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";

const plan = builtinPlan();
const HEADER = ["STT", "Mã NV", "Nội dung hoạt động", "Thời gian thực hiện", "Tổng số người", "Nữ", "Kinh phí (triệu đồng)", "Tình trạng"];
const TCVN3 = new Map(TCVN3_BYTES.map(([code, letter]) => [letter, String.fromCharCode(code)]));
const toTcvn3 = (s: string): string => Array.from(s.normalize("NFC"), (ch) => TCVN3.get(ch) ?? ch).join("");

function bookWithTitles(titles: CellValue[][], legacyFonts?: Record<string, string>): WorkbookSnapshot {
  return {
    sheets: [
      {
        name: "Theo dõi",
        values: [...titles, [], HEADER, [1, "II.1", "Hội nghị quán triệt Kế hoạch BĐG", "15/05/2024", 30, 12, 0, "Hoàn thành"]],
        merges: [],
        ...(legacyFonts ? { legacyFonts } : {}),
      },
    ],
  };
}

function unitOf(book: WorkbookSnapshot): string | null {
  return titleUnitOf(book, readTracking(book, plan).tables, plan);
}

describe("the unit named in a workbook's title rows", () => {
  test("“Đơn vị: …”, as typed, with or without diacritics, takes the plan's spelling when the plan knows it", () => {
    expect(unitOf(bookWithTitles([["BAN DÂN TỘC TỈNH LẠNG SƠN"], ["Đơn vị: Văn phòng"]]))).toBe("Văn phòng");
    expect(unitOf(bookWithTitles([["Don vi: Van phong"]]))).toBe("Văn phòng");
    expect(unitOf(bookWithTitles([[null, "Đơn vị báo cáo: UBND xã Tân Văn"]]))).toBe("UBND xã Tân Văn");
  });

  test("a title line that is a unit's name, in capitals, under the agency's name", () => {
    expect(unitOf(bookWithTitles([["BAN DÂN TỘC TỈNH LẠNG SƠN"], ["PHÒNG NGHIỆP VỤ"], ["BẢNG THEO DÕI NĂM 2024"]]))).toBe("Phòng Nghiệp vụ");
    expect(unitOf(bookWithTitles([["UBND XÃ HỮU KIÊN"], ["KẾT QUẢ THỰC HIỆN NĂM 2025"]]))).toBe("UBND xã Hữu Kiên");
    // An explicit "Đơn vị:" wins over a line that only looks like a unit.
    expect(unitOf(bookWithTitles([["PHÒNG NGHIỆP VỤ"], ["Đơn vị: Văn phòng"]]))).toBe("Văn phòng");
  });

  test("a title in a TCVN3 font is read as the tables are", () => {
    const title = toTcvn3("Đơn vị: Phòng Nghiệp vụ");
    expect(title).not.toContain("Đơn");
    expect(unitOf(bookWithTitles([[title]], { A1: ".VnTime" }))).toBe("Phòng Nghiệp vụ");
  });

  test("the agency itself, the document's title and the years are not a unit", () => {
    expect(unitOf(bookWithTitles([["BAN DÂN TỘC TỈNH LẠNG SƠN"], ["BẢNG THEO DÕI KẾT QUẢ THỰC HIỆN KẾ HOẠCH BÌNH ĐẲNG GIỚI"], ["Năm 2024"]]))).toBeNull();
  });

  test("a file's name, without its folder and extension, in the plan's spelling when it names a known unit", () => {
    expect(unitFromFileName("/data/2024/van-phong.xlsx")).toBe("van-phong");
    expect(unitDisplayName(unitFromFileName("C:\\so lieu\\van-phong.xlsx"), plan)).toBe("Văn phòng");
    expect(unitDisplayName(unitFromFileName("xa-moi-thanh-lap.XLSX"), plan)).toBe("xa-moi-thanh-lap");
  });
});
