import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useRef } from "react";
import { frequencyLabel, taskWindowText } from "../../messages";
import { Pill } from "../../components/Pill";
import { Section } from "../../components/Section";
import { useLocale } from "../../i18n";
import { errorDetail } from "../../state/error-text";
import type { Notify } from "../../state/notices";
import type { WorkbookModel } from "../../state/use-workbook";
import { trackingTemplate } from "./tracking-template";
import { planNameText } from "../../../core/plan-sheet/plan-of-workbook";
import { planSheetSpec, timeText } from "../../../core/plan-sheet/plan-sheet-spec";

const MAX_PLAN_BYTES = 2_000_000;

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hiddenInput: { position: "absolute", width: "1px", height: "1px", overflow: "hidden", clip: "rect(0 0 0 0)", whiteSpace: "nowrap" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column" },
  task: {
    display: "grid",
    gridTemplateColumns: "62px 1fr",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  id: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  facts: { display: "flex", flexWrap: "wrap", gap: "4px", marginTop: "4px" },
});

async function readText(file: File): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result ?? ""));
    r.onerror = () => reject(r.error ?? new Error("FileReader"));
    r.readAsText(file);
  });
}

export function PlanView({ wb, notify }: { wb: WorkbookModel; notify: Notify }) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const plan = wb.plan;
  const busy = wb.running !== null;

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_PLAN_BYTES) {
      notify({ key: "plan", intent: "error", title: m.planRejectedTitle(), body: m.planTooBig({ name: file.name }) });
      return;
    }
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      notify({ key: "plan", intent: "error", title: m.planUnreadableTitle({ name: file.name }), body: m.planUnreadableBody(), detail: errorDetail(e) });
      return;
    }
    await wb.choosePlan(text);
  };

  const insertPlanSheet = async () => {
    const insert = wb.service.insertPlanSheet?.bind(wb.service);
    if (!insert) return;
    const r = await wb.perform(m.insertPlanSheet(), m.planSheetFailedTitle(), () => insert(planSheetSpec(plan)));
    if (r.kind === "ok") {
      notify({ key: "plan", intent: "success", title: m.planSheetInsertedTitle({ sheet: r.value }), body: m.planSheetInsertedBody() });
      // Read again so that the new sheet is the plan in use.
      await wb.check();
    }
  };
  const sheetRead = wb.planSheet;
  const sourceLabel = wb.planSource === "sheet" ? m.planFromSheet() : wb.planSource === "builtin" ? m.planBuiltin() : m.planCustom();

  const insertTemplate = async () => {
    const { spec, lists } = trackingTemplate(plan);
    const r = await wb.perform(m.opTemplate(), m.templateFailedTitle(), () => wb.service.insertTrackingTemplate(spec, lists));
    if (r.kind === "ok") notify({ key: "template", intent: "success", title: m.templateInsertedTitle({ sheet: r.value }), body: m.templateInsertedBody() });
  };

  const depth = (id: string) => id.split(".").length - 2;

  return (
    <div className={s.view}>
      <Section title={m.planInUse()} id="plan-current">
        <div className={s.card}>
          <div>
            <Pill tone={wb.planSource === "builtin" ? "brand" : "important"}>{sourceLabel}</Pill>
          </div>
          <Text weight="semibold" data-testid="plan-name">
            {planNameText(plan, locale)}
          </Text>
          <Text size={200} className={s.muted}>
            {m.planFacts({ issuer: plan.plan.issuer, from: plan.firstYear, to: plan.lastYear, effective: plan.plan.effectiveDate, tasks: plan.tasks.length })}
          </Text>
        </div>
        {sheetRead && sheetRead.plan === null ? (
          <div className={s.card} role="alert" data-testid="plan-sheet-problems">
            <Text weight="semibold">{m.planSheetBroken({ sheet: sheetRead.sheet, n: sheetRead.problems.length })}</Text>
            <Text size={200}>{m.planSheetBrokenBody()}</Text>
            <ul>
              {sheetRead.problems.map((p, i) => (
                <li key={i}>
                  <Text size={200}>{p.message}</Text>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {sheetRead ? (
          <Text size={200} className={s.muted}>
            {m.planSheetInUse({ sheet: sheetRead.sheet })}
          </Text>
        ) : (
          <>
            <Text size={200}>{m.insertPlanSheetHint()}</Text>
            {wb.service.insertPlanSheet ? (
              <Button appearance="primary" disabled={busy} onClick={() => void insertPlanSheet()} style={{ alignSelf: "flex-start" }}>
                {m.insertPlanSheet()}
              </Button>
            ) : null}
          </>
        )}
        <div className={s.actions}>
          <input
            ref={input}
            type="file"
            accept=".json,application/json"
            className={s.hiddenInput}
            aria-label={m.loadPlan()}
            tabIndex={-1}
            onChange={(e) => {
              const f = e.currentTarget.files?.[0];
              e.currentTarget.value = "";
              void onFile(f);
            }}
          />
          <Button disabled={busy} onClick={() => input.current?.click()}>
            {m.loadPlan()}
          </Button>
          <Button disabled={busy || wb.planSource === "builtin"} onClick={() => void wb.choosePlan(null)}>
            {m.useBuiltinPlan()}
          </Button>
        </div>
        <Text size={200} className={s.muted}>
          {m.loadPlanHint()}
        </Text>
      </Section>

      <Section title={m.templateTitle()} id="plan-template">
        <Text size={200}>{m.templateIntro()}</Text>
        <Button appearance="primary" disabled={busy} onClick={() => void insertTemplate()} style={{ alignSelf: "flex-start" }}>
          {m.insertTemplate()}
        </Button>
      </Section>

      <Section title={m.planTasksTitle()} aside={m.tasksCount({ n: plan.tasks.length })} id="plan-tasks">
        <ul className={s.list}>
          {plan.tasks.map((t) => (
            <li key={t.id} className={s.task} style={{ paddingLeft: `${Math.max(0, depth(t.id)) * 10}px` }}>
              <span className={s.id}>{t.id}</span>
              <div>
                <Text>{t.shortTitle ?? t.title}</Text>
                <div className={s.facts}>
                  <Pill tone={t.frequency === "campaign" ? "important" : t.frequency === "group" ? "neutral" : "brand"}>{frequencyLabel(t.frequency, locale)}</Pill>
                  {(t.windows ?? []).map((w) => (
                    <Pill key={`${w.start}-${w.end}`} tone="important">
                      {taskWindowText(w)}
                    </Pill>
                  ))}
                  {t.deadline ? <Pill tone="important">{timeText(t)}</Pill> : null}
                  <Pill tone="neutral">{t.lead}</Pill>
                </div>
              </div>
            </li>
          ))}
        </ul>
      </Section>
    </div>
  );
}
