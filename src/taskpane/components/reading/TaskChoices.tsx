import { Button, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { readingMessages } from "../../../core/i18n/reading-messages";
import { choiceFor, isGuessable } from "../../../core/read/task-choices";
import type { Activity } from "../../../core/read/types";
import { Disclosure } from "../Disclosure";
import { useLocale } from "../../i18n";
import type { WorkbookModel } from "../../state/use-workbook";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, paddingBottom: tokens.spacingVerticalXS, display: "flex", flexDirection: "column", gap: "2px" },
  words: { overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

/** Rows listed at most: the pane stays light on a book of thousands of uncoded rows. */
const MAX_ROWS = 100;
const NO_TASK = "-";

/**
 * The rows whose task was guessed from their words (or could not be): each can be confirmed or
 * corrected, the choice saved in the workbook and honoured by the command line.
 */
export function TaskChoices({ wb }: { wb: WorkbookModel }) {
  const s = useStyles();
  const { locale } = useLocale();
  const t = readingMessages(locale);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const rows = (wb.analysis?.data.activities ?? []).filter(isGuessable);
  if (rows.length === 0) return null;

  const choose = async (a: Activity, taskId: string | null, forget = false): Promise<void> => {
    setBusy(true);
    const ok = await wb.reading.saveChoice(a.sheet, a.row, forget ? null : choiceFor(a, taskId));
    setBusy(false);
    setNote(ok ? t.choiceSaved() : t.choiceFailed());
  };

  return (
    <Disclosure header={t.choicesTitle({ n: rows.length })}>
      <div className={s.list} data-task-choices>
        {rows.slice(0, MAX_ROWS).map((a) => {
          const confirmed = a.taskSource === "confirmed";
          return (
            <div key={`${a.sheet}\u0000${a.row}`} className={s.row}>
              <Text size={200} className={s.meta}>
                {t.choiceLabel({ row: a.row, sheet: a.sheet })}
              </Text>
              <Text className={s.words}>{a.activity ?? ""}</Text>
              <div className={s.actions}>
                <Text size={200}>{a.taskId ? t.choiceGuess({ taskId: a.taskId, confidence: a.taskConfidence }) : t.choiceNone()}</Text>
                {!confirmed && a.taskId ? (
                  <Button size="small" appearance="primary" disabled={busy} onClick={() => void choose(a, a.taskId)}>
                    {t.choiceConfirm()}
                  </Button>
                ) : null}
                <Select
                  size="small"
                  aria-label={t.choiceCorrect()}
                  disabled={busy}
                  value=""
                  onChange={(_e, d) => {
                    if (d.value !== "") void choose(a, d.value === NO_TASK ? null : d.value);
                  }}
                >
                  <option value="" disabled>
                    {t.choiceCorrect()}
                  </option>
                  <option value={NO_TASK}>{t.choiceNoTask()}</option>
                  {wb.plan.tasks.map((task) => (
                    <option key={task.id} value={task.id}>
                      {`${task.id} ${task.shortTitle ?? task.title}`}
                    </option>
                  ))}
                </Select>
                {confirmed ? (
                  <Button size="small" disabled={busy} onClick={() => void choose(a, null, true)}>
                    {t.choiceForget()}
                  </Button>
                ) : null}
              </div>
            </div>
          );
        })}
        {note ? <Text size={200}>{note}</Text> : null}
      </div>
    </Disclosure>
  );
}
