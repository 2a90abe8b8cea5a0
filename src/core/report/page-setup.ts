import { columnLetter } from "../snapshot";
import type { PrintSetup } from "./sheet-spec";

/**
 * Page setup per Nghị định 30/2020/NĐ-CP (Phụ lục I): A4, top and bottom margins 2 cm, left 3 cm,
 * right 2 cm. The header margin leaves the page number (from page 2) inside the top margin.
 */
export const ND30_MARGINS: PrintSetup["margins"] = { top: 2, bottom: 2, left: 3, right: 2, header: 1, footer: 1 };

/** Printable width of an A4 page in centimetres with the ND 30/2020 margins. */
export const PRINTABLE_WIDTH_CM = { portrait: 21 - 3 - 2, landscape: 29.7 - 3 - 2 } as const;

export function printSetup(opts: {
  orientation: "portrait" | "landscape";
  lastRow: number;
  lastCol: number;
  repeatRows?: [number, number] | null;
  pageNumbers?: boolean;
  /** Page numbers at the foot of every page (tables) rather than in the top margin from page 2. */
  pageNumbersAt?: "header" | "footer";
}): PrintSetup {
  return {
    paper: "A4",
    orientation: opts.orientation,
    margins: { ...ND30_MARGINS },
    printArea: `A1:${columnLetter(opts.lastCol)}${opts.lastRow}`,
    repeatRows: opts.repeatRows ?? null,
    fitToWidth: true,
    centerHorizontally: true,
    ...(opts.pageNumbers ? { pageNumbers: true } : {}),
    ...(opts.pageNumbers && opts.pageNumbersAt === "footer" ? { pageNumbersAt: "footer" as const } : {}),
  };
}
