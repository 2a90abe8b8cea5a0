import { useCallback, useEffect, useMemo, useState } from "react";
import { parseTaskChoices, parseYearsSetting, serializeTaskChoices, TASK_CHOICES_SETTING, withTaskChoice, YEARS_SETTING } from "../../core/read/task-choices";
import type { TaskChoice } from "../../core/read/types";
import type { WorkbookService } from "../../excel/workbook-service";

/** What the reading settings change in an analysis (a new object only when a setting changes). */
export interface ReadingInputs {
  years?: { from: number; to: number };
  taskChoices?: readonly TaskChoice[];
}

/** The reading settings saved in the workbook, like the column corrections: the book's years and the tasks confirmed per row. */
export interface ReadingSettings {
  inputs: ReadingInputs;
  years: { from: number; to: number } | null;
  taskChoices: readonly TaskChoice[];
  /** Save the years (null: back to what the book says). False when it could not be saved. */
  saveYears(years: { from: number; to: number } | null): Promise<boolean>;
  /** Save one row's task choice (null: forget it). */
  saveChoice(sheet: string, row: number, choice: TaskChoice | null): Promise<boolean>;
}

export function useReadingSettings(service: WorkbookService): ReadingSettings {
  const [years, setYears] = useState<{ from: number; to: number } | null>(null);
  const [taskChoices, setChoices] = useState<readonly TaskChoice[]>([]);

  useEffect(() => {
    let alive = true;
    Promise.all([service.loadSetting(YEARS_SETTING), service.loadSetting(TASK_CHOICES_SETTING)]).then(
      ([y, c]) => {
        if (!alive) return;
        setYears(parseYearsSetting(y));
        setChoices(parseTaskChoices(c));
      },
      () => {
        /* Unreadable settings: the reader's own choices stand (the pane reports settings failures elsewhere). */
      },
    );
    return () => {
      alive = false;
    };
  }, [service]);

  const saveYears = useCallback(
    async (next: { from: number; to: number } | null): Promise<boolean> => {
      try {
        await service.saveSetting(YEARS_SETTING, next ? `${next.from}-${next.to}` : null);
      } catch {
        return false;
      }
      setYears(next);
      return true;
    },
    [service],
  );

  const saveChoice = useCallback(
    async (sheet: string, row: number, choice: TaskChoice | null): Promise<boolean> => {
      const next = withTaskChoice(taskChoices, sheet, row, choice);
      try {
        await service.saveSetting(TASK_CHOICES_SETTING, serializeTaskChoices(next));
      } catch {
        return false;
      }
      setChoices(next);
      return true;
    },
    [service, taskChoices],
  );

  const inputs = useMemo<ReadingInputs>(() => ({ ...(years ? { years } : {}), ...(taskChoices.length > 0 ? { taskChoices } : {}) }), [years, taskChoices]);
  return { inputs, years, taskChoices, saveYears, saveChoice };
}
