import {
  Button,
  Checkbox,
  Field,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { defaultProfileFor, headerCase, parseProfileJson, resolveProfile, type OrgProfile } from "../../../core/profile/profile";
import type { SheetSpec } from "../../../core/report/sheet-spec";
import { yearOf } from "../../../core/time/days";
import type { WriteReportResult } from "../../../excel/workbook-service";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { Section } from "../../components/Section";
import { useLocale } from "../../i18n";
import { errorDetail } from "../../state/error-text";
import type { Notify } from "../../state/notices";
import { useFocusRequest } from "../../state/use-focus-request";
import type { WorkbookModel } from "../../state/use-workbook";
import { ProfileEditor } from "./ProfileEditor";
import { REPORT_FORMS, makeReportSpecs, reportSheetName, type ReportForm } from "./report-specs";

const PERIOD = "period";
const HALF = "6T-";
const MAKE_BUTTON = "make-reports";

const useStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  forms: { display: "flex", flexDirection: "column" },
  profile: {
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

/** The year a report is most likely wanted for: this year inside the period, else the whole period. */
function defaultPeriod(years: readonly number[], asOfYear: number): string {
  if (years.includes(asOfYear)) return String(asOfYear);
  return PERIOD;
}

export function ReportsView({ wb, notify }: { wb: WorkbookModel; notify: Notify }) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const years = wb.plan.years;
  const [period, setPeriod] = useState(() => defaultPeriod(years, yearOf(wb.asOf)));
  // "2024", "6T-2024" (its first six months) or the whole period.
  const half = period.startsWith(HALF);
  const year = period === PERIOD ? null : Number(half ? period.slice(HALF.length) : period);
  const [nd09, setNd09] = useState(false);
  const [chosen, setChosen] = useState<ReadonlySet<ReportForm>>(() => new Set(REPORT_FORMS));
  const forms = REPORT_FORMS.filter((f) => chosen.has(f));
  // The agency that exists on the report's date (the as-of date), until the workbook says otherwise.
  const [profile, setProfile] = useState<OrgProfile>(() => defaultProfileFor(wb.asOf));
  const [editing, setEditing] = useState(false);
  const [confirm, setConfirm] = useState<{ specs: SheetSpec[]; existing: string[] } | null>(null);
  const [result, setResult] = useState<WriteReportResult | null>(null);
  const busy = wb.running !== null;
  const { firstYear, lastYear } = wb.plan;
  const autoRan = useRef(false);
  const focusOn = useFocusRequest();

  // The profile saved in this workbook, if any; a damaged one is reported and the default used.
  useEffect(() => {
    let alive = true;
    wb.service.loadSetting("bdg.profile").then(
      (text) => {
        if (!alive || !text) return;
        const r = parseProfileJson(text, locale);
        if (r.ok) setProfile(resolveProfile(defaultProfileFor(wb.asOf), r.input));
        else notify({ key: "profile", intent: "warning", title: m.savedProfileInvalidTitle(), body: m.savedProfileInvalidBody(), lines: r.errors });
      },
      (e: unknown) => notify({ key: "profile", intent: "warning", title: m.settingsLoadFailedTitle(), body: m.settingsLoadFailedBody(), detail: errorDetail(e) }),
    );
    return () => {
      alive = false;
    };
    // Loaded once per workbook; a language switch does not reload it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [wb.service]);

  // Reports need the workbook's data: read it when this view is opened first.
  useEffect(() => {
    if (autoRan.current || wb.analysis || !wb.ready || wb.running) return;
    autoRan.current = true;
    void wb.check();
  }, [wb]);

  const periodLabel = useMemo(
    () => (year === null ? m.wholePeriod({ from: firstYear, to: lastYear }) : half ? m.halfLabel({ year }) : m.yearLabel({ year })),
    [year, half, m, firstYear, lastYear],
  );

  const saveProfile = async (p: OrgProfile) => {
    try {
      await wb.service.saveSetting("bdg.profile", JSON.stringify(p));
    } catch (e) {
      notify({ key: "profile", intent: "error", title: m.profileSaveFailedTitle(), body: m.errorAdvice(), detail: errorDetail(e) });
      return;
    }
    setProfile(p);
    setEditing(false);
    notify({ key: "profile", intent: "success", title: m.profileSavedTitle(), body: m.profileSavedBody() });
  };

  const write = async (specs: SheetSpec[]) => {
    setConfirm(null);
    const r = await wb.perform(m.opWriteReports(), m.writeFailedTitle(), (ctl) => wb.service.writeReports(specs, (d) => ctl.progress(d, m.stepWriting())));
    if (r.kind !== "ok") {
      focusOn(MAKE_BUTTON);
      return;
    }
    setResult(r.value);
    // The button was disabled while writing: focus goes to what was written, not to the page body.
    focusOn("reports-result");
    // The KT sheet, written last, says how many values the figures left out.
    const leftOut = specs.find((s) => s.form === "KT")?.leftOut ?? 0;
    notify({
      key: "reports",
      intent: "success",
      title: m.reportsWrittenTitle({ n: r.value.written.length }),
      body: m.reportsWrittenBody({ sheets: r.value.written }),
      lines: [
        ...(r.value.replaced.length > 0 ? [m.reportsReplaced({ sheets: r.value.replaced })] : []),
        ...r.value.renamed.map((x) => m.reportRenamed({ wanted: x.wanted, used: x.used })),
        ...(leftOut > 0 ? [m.reportsLeftOut({ n: leftOut, sheet: r.value.written[r.value.written.length - 1] })] : []),
      ],
    });
  };

  const start = async () => {
    setResult(null);
    // Reports are made from fresh data: read the workbook again if it changed since the last check.
    const analysis = wb.analysis && !wb.stale ? wb.analysis : await wb.check();
    if (!analysis) {
      focusOn(MAKE_BUTTON);
      return;
    }
    let specs: SheetSpec[];
    try {
      specs = makeReportSpecs({ analysis, plan: wb.plan, year, forms, profile, asOf: wb.asOf, half, cutoff: nd09 ? "nd09" : "calendar" });
    } catch (e) {
      notify({ key: "reports", intent: "error", title: m.buildFailedTitle(), body: m.errorAdvice(), detail: errorDetail(e) });
      return;
    }
    let existing: string[];
    try {
      existing = await wb.service.existingReportSheets(specs.map((x) => x.name));
    } catch (e) {
      notify({ key: "reports", intent: "error", title: m.writeFailedTitle(), body: m.errorAdvice(), detail: errorDetail(e) });
      return;
    }
    if (existing.length > 0) setConfirm({ specs, existing });
    else await write(specs);
  };

  return (
    <div className={s.view}>
      <Section title={m.reportsTitle()} id="reports-make">
        <Text size={200} className={s.muted}>
          {m.reportsIntro()}
        </Text>
        <Field label={m.reportPeriod()}>
          <Select value={period} onChange={(_, d) => setPeriod(d.value)}>
            {years.map((y) => (
              <option key={y} value={String(y)}>
                {m.yearLabel({ year: y })}
              </option>
            ))}
            {years.map((y) => (
              <option key={`h${y}`} value={`${HALF}${y}`}>
                {m.halfLabel({ year: y })}
              </option>
            ))}
            <option value={PERIOD}>{m.wholePeriod({ from: firstYear, to: lastYear })}</option>
          </Select>
        </Field>
        <Field hint={m.cutoffHint()}>
          <Checkbox checked={nd09} onChange={(_, d) => setNd09(d.checked === true)} label={m.cutoffNd09()} />
        </Field>
        <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
          <legend>
            <Text weight="semibold">{m.reportForms()}</Text>
          </legend>
          <div className={s.forms}>
            {REPORT_FORMS.map((f) => (
              <Checkbox
                key={f}
                label={m.formLabel({ form: f, sheet: reportSheetName(f, year, wb.plan, half) })}
                checked={chosen.has(f)}
                onChange={(_, d) => {
                  const next = new Set(chosen);
                  if (d.checked) next.add(f);
                  else next.delete(f);
                  setChosen(next);
                }}
              />
            ))}
          </div>
        </fieldset>
      </Section>

      <Section title={m.profileTitle()} id="reports-profile">
        {editing ? (
          <ProfileEditor profile={profile} asOf={wb.asOf} onSave={(p) => void saveProfile(p)} onCancel={() => setEditing(false)} />
        ) : (
          <div className={s.profile}>
            <Text size={200}>{headerCase(profile.parentBody)}</Text>
            <Text weight="semibold">{headerCase(profile.agencyName)}</Text>
            <Text size={200} className={s.muted}>
              {m.profileSummary({ symbol: profile.symbol, place: profile.place, signer: [profile.signerTitle, profile.signerName].filter((x) => x).join(" ") })}
            </Text>
            <Button size="small" style={{ alignSelf: "flex-start", marginTop: tokens.spacingVerticalXS }} onClick={() => setEditing(true)}>
              {m.editProfile()}
            </Button>
          </div>
        )}
      </Section>

      <Button id={MAKE_BUTTON} appearance="primary" size="large" disabled={busy || forms.length === 0 || editing} onClick={() => void start()}>
        {m.makeReports()}
      </Button>
      <Text size={200} className={s.muted}>
        {forms.length === 0 ? m.chooseAForm() : m.makeReportsHint({ period: periodLabel })}
      </Text>

      {result ? (
        <Section title={m.lastWriteTitle()} id="reports-result" focusable>
          <ul className={s.list}>
            {result.written.map((n) => (
              <li key={n}>
                <Text>{n}</Text>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <ConfirmDialog
        open={confirm !== null}
        title={m.replaceTitle()}
        confirmLabel={m.replaceConfirm()}
        cancelLabel={m.cancel()}
        onConfirm={() => confirm && void write(confirm.specs)}
        onCancel={() => setConfirm(null)}
      >
        <Text>{m.replaceBody({ n: confirm?.existing.length ?? 0 })}</Text>
        <ul className={s.list}>
          {confirm?.existing.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
        <Text size={200} className={s.muted}>
          {m.replaceNote()}
        </Text>
      </ConfirmDialog>
    </div>
  );
}
