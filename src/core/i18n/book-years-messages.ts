import type { BookYears } from "../read/types";
import { DEFAULT_LOCALE, type Catalogue, type Locale } from "./locale";

/**
 * The years a book covers, said plainly wherever coverage and progress are shown (the validation
 * summary, the progress view, the report notes): they are counted for those years only.
 */
type Params = { bookYears: BookYears };

const span = (y: BookYears): string => (y.from === y.to ? `${y.from}` : `${y.from}–${y.to}`);

const CATALOGUE: Catalogue<"bookYears", Params> = {
  vi: {
    bookYears: (y) => {
      const years = y.from === y.to ? `năm ${span(y)}` : `các năm ${span(y)}`;
      const why =
        y.source === "title" ? ` (theo dòng tiêu đề “${y.text ?? ""}” của trang “${y.sheet ?? ""}”)` : y.source === "sheets" ? " (theo tiêu đề, tên các trang tính)" : " (theo lựa chọn của người dùng)";
      return `Sổ này theo dõi ${years}${why}: việc kiểm tra đủ nhiệm vụ và tiến độ chỉ tính ${years}; các năm khác ghi “Không áp dụng”.`;
    },
  },
  en: {
    bookYears: (y) => {
      const years = y.from === y.to ? `the year ${span(y)}` : `the years ${span(y)}`;
      const why = y.source === "title" ? ` (title row “${y.text ?? ""}” of sheet “${y.sheet ?? ""}”)` : y.source === "sheets" ? " (its sheets' titles and names)" : " (as set by the user)";
      return `This book tracks ${years}${why}: coverage and progress count ${years} only; other years are “Not applicable”.`;
    },
  },
};

/** The sentence saying which years a book covers; null when it covers the plan's whole period. */
export function bookYearsText(bookYears: BookYears | null | undefined, locale: Locale = DEFAULT_LOCALE): string | null {
  return bookYears ? CATALOGUE[locale].bookYears(bookYears) : null;
}
