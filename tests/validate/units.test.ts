import { daySpan, dataOf } from "../helpers/tracking-fixtures";
import { issuesOf } from "./run";

const unitIssues = (unit: string, date = daySpan(2023, 5, 1)) => issuesOf("unknown-unit", dataOf([{ unit, date }]));

describe("unknown-unit", () => {
  it("is an info naming a unit the plan does not know", () => {
    const [i] = unitIssues("Phòng Tổ chức cán bộ");
    expect(i).toMatchObject({ severity: "info", cell: "D5", value: "Phòng Tổ chức cán bộ" });
    expect(i.message).toContain("“Phòng Tổ chức cán bộ”");
  });

  it("knows the plan's units by name or alias, in any case and without diacritics", () => {
    for (const u of ["Phòng Nghiệp vụ", "P. Nghiệp vụ", "phong nghiep vu", "UBND huyện Cao Lộc", "Văn phòng Ban Dân tộc"]) {
      expect(unitIssues(u)).toHaveLength(0);
    }
  });

  it("checks each of several units and names only the unknown ones", () => {
    expect(unitIssues("Phòng Nghiệp vụ, Văn phòng; Lãnh đạo Ban")).toHaveLength(0);
    const [i] = unitIssues("Phòng Nghiệp vụ và Hội Liên hiệp Phụ nữ");
    expect(i.message).toContain("“Hội Liên hiệp Phụ nữ”");
    expect(i.message).not.toContain("“Phòng Nghiệp vụ”");
  });

  it("accepts communes from 01/07/2025 on, and not before", () => {
    for (const u of ["UBND xã Hoàng Văn Thụ", "xã Chi Lăng", "Phường Lương Văn Tri"]) {
      expect(unitIssues(u, daySpan(2025, 7, 1))).toHaveLength(0);
      expect(unitIssues(u, daySpan(2025, 6, 30))).toHaveLength(1);
    }
  });

  it("does not fire on a blank unit", () => {
    expect(issuesOf("unknown-unit", dataOf([{ unit: null }]))).toHaveLength(0);
  });
});
