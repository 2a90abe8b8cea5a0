import { Button, Input, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { bookYearsText } from "../../../core/i18n/book-years-messages";
import { readingMessages } from "../../../core/i18n/reading-messages";
import { confirmedCount, parseYearsText } from "../../../core/read/task-choices";
import { useLocale } from "../../i18n";
import type { WorkbookModel } from "../../state/use-workbook";

const useStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  input: { width: "9em" },
  hint: { color: tokens.colorNeutralForeground3 },
});

/**
 * One line saying which years the book tracks ("Sổ này theo dõi các năm 2023–2025") and how many
 * activities count by a task the user confirmed, with the setting of the years beside it (saved in
 * the workbook like the column corrections). When the book covers the whole period and nothing
 * was confirmed, only the setting's small button.
 */
export function BookYearsNotice({ wb }: { wb: WorkbookModel }) {
  const s = useStyles();
  const { locale } = useLocale();
  const t = readingMessages(locale);
  const a = wb.analysis;
  const saved = wb.reading.years;
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(saved ? `${saved.from}-${saved.to}` : "");
  const [note, setNote] = useState<string | null>(null);
  if (!a) return null;
  const statement = bookYearsText(a.data.bookYears, locale);
  const confirmed = confirmedCount(a.data.activities);
  const parsed = parseYearsText(value);

  const save = async (years: { from: number; to: number } | null): Promise<void> => {
    const ok = await wb.reading.saveYears(years);
    setNote(ok ? (years ? t.yearsSaved({ years: `${years.from}–${years.to}` }) : t.yearsCleared()) : t.choiceFailed());
    if (ok) setEditing(false);
  };

  const setting = (
          <div className={s.line}>
            {editing ? (
              <>
                <Input className={s.input} size="small" value={value} aria-label={t.yearsLabel()} placeholder="2023-2025" onChange={(_e, d) => setValue(d.value)} />
                <Button size="small" appearance="primary" disabled={parsed === null} onClick={() => void save(parsed)}>
                  {t.yearsSave()}
                </Button>
                <Button size="small" disabled={saved === null} onClick={() => void save(null)}>
                  {t.yearsClear()}
                </Button>
                <Text size={200} className={s.hint}>
                  {t.yearsHint()}
                </Text>
              </>
            ) : (
              <Button size="small" appearance="transparent" onClick={() => setEditing(true)}>
                {t.yearsLabel()}
                {saved ? `: ${saved.from}–${saved.to}` : ""}
              </Button>
            )}
            {note ? <Text size={200}>{note}</Text> : null}
          </div>
  );
  if (!statement && confirmed === 0) return <div data-book-years>{setting}</div>;
  return (
    <div className={s.box} data-book-years>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          {statement ? <div>{statement}</div> : null}
          {confirmed > 0 ? <div>{t.confirmedCount({ n: confirmed })}</div> : null}
          {setting}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
