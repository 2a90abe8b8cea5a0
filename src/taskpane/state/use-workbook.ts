import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Analysis } from "../../core/engine";
import type { Locale } from "../../core/i18n/locale";
import type { TaskpaneMessages } from "../messages";
import { builtinPlan, parsePlanJson } from "../../core/plan/load";
import type { PlanModel } from "../../core/plan/model";
import { planOfWorkbook } from "../../core/plan-sheet/plan-of-workbook";
import type { PlanSheetRead } from "../../core/plan-sheet/read-plan-sheet";
import type { ColumnOverride } from "../../core/read/types";
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { Day } from "../../core/time/days";
import type { WorkbookService } from "../../excel/workbook-service";
import { ACCEPTED_SETTING, parseAcceptances, serializeAcceptances, type Acceptance } from "../../core/acceptance/accepted-issues";
import { analyzeInSteps, throwIfAborted } from "./analyze-in-steps";
import { errorDetail, isCellEditing } from "./error-text";
import type { Notify } from "./notices";
import { parseOverrides, serializeOverrides, withOverride } from "./settings";
import { useLongTask, type Outcome, type RunningTask, type TaskControl } from "./use-long-task";
import { useReadingSettings, type ReadingInputs, type ReadingSettings } from "./reading-settings";

/** An analysis and the inputs it was made with, so that a change of any of them redoes it. */
interface AnalysisRecord {
  analysis: Analysis;
  locale: Locale;
  plan: PlanModel;
  overrides: readonly ColumnOverride[];
  reading: ReadingInputs;
}

export type PlanSource = "builtin" | "custom" | "sheet";

/** Everything the views share: the plan, the workbook's data and analysis, and the operations on them. */
export interface WorkbookModel {
  service: WorkbookService;
  asOf: Day;
  ready: boolean;
  plan: PlanModel;
  planSource: PlanSource;
  /** The workbook's plan sheet as read (its problems too), or null when it has none. */
  planSheet: PlanSheetRead | null;
  overrides: readonly ColumnOverride[];
  /** The book's years and the tasks confirmed per row, saved in the workbook (reading-settings.ts). */
  reading: ReadingSettings;
  snapshot: WorkbookSnapshot | null;
  analysis: Analysis | null;
  /** The workbook changed after the last check. */
  stale: boolean;
  running: RunningTask | null;
  cancel(): void;
  /** Read the workbook and analyse it; the analysis, or null when it failed or was cancelled. */
  check(): Promise<Analysis | null>;
  /** Save a table's corrected column mapping (null: back to automatic) and analyse again. */
  saveOverride(sheet: string, headerRow: number, columns: ColumnOverride["columns"] | null): Promise<boolean>;
  /** Issues the user reviewed and accepted, with their reasons (saved in the workbook). */
  acceptances: readonly Acceptance[];
  /** Save the accepted issues; false (and a message) when the workbook refused. */
  saveAcceptances(list: readonly Acceptance[]): Promise<boolean>;
  /** Use a plan loaded from JSON text (saved in the workbook), or the built-in plan (null). */
  choosePlan(json: string | null): Promise<boolean>;
  /** Run a long operation with progress, cancel and error reporting in the message bar. */
  perform<T>(label: string, failTitle: string, work: (c: TaskControl) => Promise<T>): Promise<Outcome<T>>;
}

/** How long after our own writes the workbook's change events are ours, not the user's. */
const OWN_WRITE_QUIET_MS = 1500;

export function useWorkbook(service: WorkbookService, locale: Locale, m: TaskpaneMessages, notify: Notify, asOf: Day): WorkbookModel {
  const { running, run, cancel } = useLongTask();
  const [ready, setReady] = useState(false);
  const [plan, setPlan] = useState<PlanModel>(() => builtinPlan());
  const [planSource, setPlanSource] = useState<PlanSource>("builtin");
  const [overrides, setOverrides] = useState<readonly ColumnOverride[]>([]);
  const reading = useReadingSettings(service);
  const [snapshot, setSnapshot] = useState<WorkbookSnapshot | null>(null);
  const [record, setRecord] = useState<AnalysisRecord | null>(null);
  const [stale, setStale] = useState(false);
  const [acceptances, setAcceptances] = useState<readonly Acceptance[]>([]);
  const quietUntil = useRef(0);
  const attempted = useRef<unknown[] | null>(null);

  const perform = useCallback(
    async <T>(label: string, failTitle: string, work: (c: TaskControl) => Promise<T>): Promise<Outcome<T>> => {
      quietUntil.current = Number.POSITIVE_INFINITY;
      let r: Outcome<T>;
      try {
        r = await run(label, work);
      } finally {
        quietUntil.current = Date.now() + OWN_WRITE_QUIET_MS;
      }
      if (r.kind === "failed" && isCellEditing(r.error)) {
        notify({ key: "operation", intent: "warning", title: m.cellEditingTitle(), body: m.cellEditingBody(), detail: errorDetail(r.error) });
      } else if (r.kind === "failed") {
        notify({ key: "operation", intent: "error", title: failTitle, body: m.errorAdvice(), detail: errorDetail(r.error) });
      } else if (r.kind === "cancelled") {
        notify({ key: "operation", intent: "info", title: m.cancelledTitle({ what: label }), body: m.cancelledBody() });
      } else if (r.kind === "busy") {
        notify({ key: "busy", intent: "warning", title: m.busyTitle(), body: m.busyBody() });
      }
      return r;
    },
    [run, notify, m],
  );

  // Settings saved in the workbook: the plan and the column corrections. Unreadable ones are reported, not fatal.
  useEffect(() => {
    let alive = true;
    (async () => {
      try {
        const [planText, overridesText, acceptedText] = await Promise.all([
          service.loadSetting("bdg.plan"),
          service.loadSetting("bdg.columnOverrides"),
          service.loadSetting(ACCEPTED_SETTING),
        ]);
        if (!alive) return;
        setOverrides(parseOverrides(overridesText));
        setAcceptances(parseAcceptances(acceptedText));
        if (planText) {
          const loaded = parsePlanJson(planText, locale);
          if (loaded.ok) {
            setPlan(loaded.plan);
            setPlanSource("custom");
          } else {
            notify({ key: "plan", intent: "warning", title: m.savedPlanInvalidTitle(), body: m.savedPlanInvalidBody(), lines: loaded.errors });
          }
        }
      } catch (e) {
        if (alive) notify({ key: "settings", intent: "warning", title: m.settingsLoadFailedTitle(), body: m.settingsLoadFailedBody(), detail: errorDetail(e) });
      } finally {
        if (alive) setReady(true);
      }
    })();
    return () => {
      alive = false;
    };
  }, [service, m, notify, locale]);

  // The user's edits make the last check out of date; our own writes (reports, marks) do not.
  useEffect(() => {
    let unsubscribe: (() => void) | null = null;
    let alive = true;
    service
      .onDataChanged(() => {
        if (Date.now() >= quietUntil.current) setStale(true);
      })
      .then(
        (off) => {
          if (alive) unsubscribe = off;
          else off();
        },
        () => {
          /* Without change events the pane still works; the user re-checks by hand. */
        },
      );
    return () => {
      alive = false;
      unsubscribe?.();
    };
  }, [service]);

  // A plan sheet in the workbook comes before the chosen plan (a broken one is shown, the chosen plan used meanwhile).
  const planSheet = useMemo(() => (snapshot ? planOfWorkbook(snapshot, locale) : null), [snapshot, locale]);
  const planInUse = planSheet?.plan ?? plan;

  const check = useCallback(async (): Promise<Analysis | null> => {
    const inputs = { locale, plan, overrides, reading: reading.inputs };
    const r = await perform(m.opCheck(), m.checkFailedTitle(), async (ctl) => {
      ctl.progress(0, m.stepReadingWorkbook());
      const snap = await service.readSnapshot((done) => ctl.progress(Math.min(1, Math.max(0, done)) * 0.7, m.stepReadingWorkbook()), ctl.signal);
      throwIfAborted(ctl.signal);
      inputs.plan = planOfWorkbook(snap, locale)?.plan ?? plan;
      const labels = { reading: m.stepReadingTables(), checking: m.stepValidating() };
      const analysis = await analyzeInSteps(snap, inputs.plan, { asOf, locale: inputs.locale, overrides: inputs.overrides, ...inputs.reading }, ctl, labels, 0.7);
      return { snap, analysis };
    });
    if (r.kind !== "ok") return null;
    setSnapshot(r.value.snap);
    setRecord({ analysis: r.value.analysis, ...inputs });
    setStale(false);
    return r.value.analysis;
  }, [perform, service, asOf, locale, plan, overrides, reading.inputs, m]);

  // Analyse again from the snapshot already read when the language, plan or column mapping changes.
  useEffect(() => {
    if (!snapshot || !record || running) return;
    const plan = planInUse;
    if (record.locale === locale && record.plan === plan && record.overrides === overrides && record.reading === reading.inputs) return;
    const key = [snapshot, locale, plan, overrides, reading.inputs];
    if (attempted.current && attempted.current.every((x, i) => x === key[i])) return;
    attempted.current = key;
    void (async () => {
      const r = await perform(m.opReanalyze(), m.checkFailedTitle(), (ctl) =>
        analyzeInSteps(snapshot, plan, { asOf, locale, overrides, ...reading.inputs }, ctl, { reading: m.stepReadingTables(), checking: m.stepValidating() }),
      );
      if (r.kind === "ok") setRecord({ analysis: r.value, locale, plan, overrides, reading: reading.inputs });
    })();
  }, [snapshot, record, running, locale, planInUse, overrides, reading.inputs, asOf, perform, m]);

  const saveOverride = useCallback(
    async (sheet: string, headerRow: number, columns: ColumnOverride["columns"] | null): Promise<boolean> => {
      const next = withOverride(overrides, sheet, headerRow, columns);
      try {
        await service.saveSetting("bdg.columnOverrides", serializeOverrides(next));
      } catch (e) {
        notify({ key: "operation", intent: "error", title: m.saveMappingFailedTitle(), body: m.errorAdvice(), detail: errorDetail(e) });
        return false;
      }
      setOverrides(next);
      notify({ key: "operation", intent: "success", title: columns ? m.mappingSavedTitle({ sheet }) : m.mappingResetTitle({ sheet }), body: m.mappingSavedBody() });
      return true;
    },
    [overrides, service, notify, m],
  );

  const saveAcceptances = useCallback(
    async (list: readonly Acceptance[]): Promise<boolean> => {
      try {
        await service.saveSetting(ACCEPTED_SETTING, serializeAcceptances(list));
      } catch (e) {
        notify({ key: "accept", intent: "error", title: m.acceptSaveFailedTitle(), body: m.errorAdvice(), detail: errorDetail(e) });
        return false;
      }
      setAcceptances(list);
      return true;
    },
    [service, notify, m],
  );

  const choosePlan = useCallback(
    async (json: string | null): Promise<boolean> => {
      let next: PlanModel = builtinPlan();
      if (json !== null) {
        const loaded = parsePlanJson(json, locale);
        if (!loaded.ok) {
          notify({ key: "plan", intent: "error", title: m.planRejectedTitle(), body: m.planRejectedBody(), lines: loaded.errors });
          return false;
        }
        next = loaded.plan;
      }
      try {
        await service.saveSetting("bdg.plan", json);
      } catch (e) {
        notify({ key: "plan", intent: "error", title: m.planSaveFailedTitle(), body: m.errorAdvice(), detail: errorDetail(e) });
        return false;
      }
      setPlan(next);
      setPlanSource(json === null ? "builtin" : "custom");
      notify(
        json === null
          ? { key: "plan", intent: "success", title: m.planBuiltinRestoredTitle(), body: m.planLoadedBody() }
          : { key: "plan", intent: "success", title: m.planLoadedTitle({ title: next.plan.title, tasks: next.tasks.length }), body: m.planLoadedBody() },
      );
      return true;
    },
    [service, notify, m, locale],
  );

  return {
    service,
    asOf,
    ready,
    plan: planInUse,
    planSource: planSheet?.plan ? "sheet" : planSource,
    planSheet,
    overrides,
    reading,
    snapshot,
    analysis: record?.analysis ?? null,
    stale,
    running,
    cancel,
    check,
    saveOverride,
    acceptances,
    saveAcceptances,
    choosePlan,
    perform,
  };
}
