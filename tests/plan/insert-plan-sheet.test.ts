import { builtinPlan } from "../../src/core/plan/load";
import { planOfWorkbook } from "../../src/core/plan-sheet/plan-of-workbook";
import { planSheetSpec } from "../../src/core/plan-sheet/plan-sheet-spec";
import { service, userWorkbook } from "../excel/spec-fixture";

describe("Chèn trang kế hoạch in the open workbook (strict fake Excel)", () => {
  it("inserts the plan in use as a sheet the plan reader reads back, with the Tần suất dropdown, in two syncs", async () => {
    const excel = userWorkbook();
    const svc = service(excel);
    const p = planSheetSpec(builtinPlan());
    const before = excel.syncLog.length;
    const name = await svc.insertPlanSheet(p);
    expect(excel.syncLog.length - before).toBe(2);
    expect(name).toBe("Kế hoạch");
    const f = p.frequencyCells;
    expect(excel.sheet(name).validations).toContainEqual({
      address: `C${f.top}:C${f.bottom}`,
      rule: { list: { inCellDropDown: true, source: "Hằng năm,Một lần,Theo đợt,Hằng quý,6 tháng,Khi có yêu cầu" } },
    });
    const book = await svc.readSnapshot();
    expect(book.sheets.find((s) => s.name === name)?.ownedByAddin).toBeUndefined();
    const read = planOfWorkbook(book);
    expect(read?.problems).toEqual([]);
    expect(read?.plan?.tasks).toEqual(builtinPlan().tasks);
  });

  it("never replaces a sheet of the user's that has the name", async () => {
    const excel = userWorkbook();
    excel.addSheet("Kế hoạch").put(0, 0, [["của người dùng"]]);
    const name = await service(excel).insertPlanSheet(planSheetSpec(builtinPlan()));
    expect(name).toBe("Kế hoạch (2)");
    expect(excel.sheet("Kế hoạch").value(0, 0)).toBe("của người dùng");
  });
});
