import { DEFAULT_LOCALE, type Catalogue, type Locale } from "./locale";

/**
 * What the reader tells about the user's own reading settings: the tasks confirmed row by row and
 * the years set by hand (the command line's --years, the pane's setting), and the pane's controls
 * for them. The statement of the years themselves is book-years-messages.ts.
 */
interface Params {
  confirmedCount: { n: number };
  badYears: { value: string };
  yearsLabel: void;
  yearsHint: void;
  yearsSave: void;
  yearsClear: void;
  yearsSaved: { years: string };
  yearsCleared: void;
  choiceLabel: { row: number; sheet: string };
  choiceGuess: { taskId: string; confidence: number };
  choiceNone: void;
  choiceConfirm: void;
  choiceCorrect: void;
  choiceForget: void;
  choiceNoTask: void;
  choicesTitle: { n: number };
  choiceSaved: void;
  choiceFailed: void;
}
export type ReadingMessageKey = keyof Params;
type Messages = { [K in ReadingMessageKey]: (p: Params[K]) => string };

const pct = (x: number): string => `${Math.round(x * 100)} %`;

const CATALOGUE: Catalogue<ReadingMessageKey, Params> = {
  vi: {
    confirmedCount: ({ n }) => `${n} hoạt động được tính theo nhiệm vụ do người dùng xác nhận (nhiệm vụ đoán từ nội dung, đã xác nhận hoặc sửa từng dòng).`,
    badYears: ({ value }) => `Các năm --years "${value}" không hợp lệ: hãy ghi năm đầu và năm cuối, ví dụ 2023-2025.`,
    yearsLabel: () => "Các năm sổ này theo dõi",
    yearsHint: () => "Ví dụ 2023-2025. Để trống: theo tiêu đề của sổ, hoặc cả giai đoạn của kế hoạch.",
    yearsSave: () => "Lưu",
    yearsClear: () => "Theo sổ",
    yearsSaved: ({ years }) => `Đã lưu: sổ này theo dõi các năm ${years}.`,
    yearsCleared: () => "Đã bỏ lựa chọn: các năm lấy theo sổ.",
    choiceLabel: ({ row, sheet }) => `Dòng ${row} (${sheet})`,
    choiceGuess: ({ taskId, confidence }) => `Đoán: ${taskId} (độ tin cậy ${pct(confidence)})`,
    choiceNone: () => "Chưa đoán được nhiệm vụ",
    choiceConfirm: () => "Xác nhận",
    choiceCorrect: () => "Sửa thành",
    choiceForget: () => "Bỏ xác nhận",
    choiceNoTask: () => "Không thuộc nhiệm vụ nào",
    choicesTitle: ({ n }) => `Nhiệm vụ đoán từ nội dung (${n} dòng)`,
    choiceSaved: () => "Đã lưu lựa chọn nhiệm vụ vào sổ.",
    choiceFailed: () => "Không lưu được lựa chọn nhiệm vụ.",
  },
  en: {
    confirmedCount: ({ n }) => `${n} ${n === 1 ? "activity is" : "activities are"} counted under a task the user confirmed (guessed from the words, confirmed or corrected row by row).`,
    badYears: ({ value }) => `--years "${value}" is not a span of years: write the first and last year, e.g. 2023-2025.`,
    yearsLabel: () => "Years this book tracks",
    yearsHint: () => "E.g. 2023-2025. Blank: as the book's title says, or the plan's whole period.",
    yearsSave: () => "Save",
    yearsClear: () => "As the book says",
    yearsSaved: ({ years }) => `Saved: this book tracks the years ${years}.`,
    yearsCleared: () => "Setting removed: the years are read from the book.",
    choiceLabel: ({ row, sheet }) => `Row ${row} (${sheet})`,
    choiceGuess: ({ taskId, confidence }) => `Guess: ${taskId} (confidence ${pct(confidence)})`,
    choiceNone: () => "No task guessed",
    choiceConfirm: () => "Confirm",
    choiceCorrect: () => "Change to",
    choiceForget: () => "Undo",
    choiceNoTask: () => "No task of the plan",
    choicesTitle: ({ n }) => `Tasks guessed from the words (${n} rows)`,
    choiceSaved: () => "Task choice saved in the workbook.",
    choiceFailed: () => "The task choice could not be saved.",
  },
};

export function readingMessages(locale: Locale = DEFAULT_LOCALE): Messages {
  return CATALOGUE[locale];
}
