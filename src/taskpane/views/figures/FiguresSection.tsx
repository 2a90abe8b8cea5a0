import { Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Analysis } from "../../../core/engine";
import { formatNumber, formatPercent } from "../../../core/i18n/locale";
import type { PlanModel } from "../../../core/plan/model";
import type { Day } from "../../../core/time/days";
import { Disclosure } from "../../components/Disclosure";
import { Section } from "../../components/Section";
import { useLocale } from "../../i18n";
import { figuresTable, type FigureLine } from "./figures-table";
import { SEX_COLOURS, SexChart } from "./SexChart";

const PERIOD = "period";

const useStyles = makeStyles({
  totals: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: "2px" },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, fontWeight: tokens.fontWeightSemibold, textAlign: "right", fontVariantNumeric: "tabular-nums" },
  key: { display: "flex", flexWrap: "wrap", gap: `0 ${tokens.spacingHorizontalM}`, margin: 0, padding: 0, listStyleType: "none", fontSize: tokens.fontSizeBase200 },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", verticalAlign: "baseline" },
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontVariantNumeric: "tabular-nums" },
  th: { textAlign: "right", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2, padding: "2px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  td: { textAlign: "right", padding: "2px 4px" },
  first: { textAlign: "left" },
  tasks: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  task: { display: "flex", flexDirection: "column", gap: "2px" },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The figures reports are made of, for the year chosen or the whole period: activities,
 * participants, of whom women and ethnic-minority people with their shares, and money; by year
 * (a chart and the same numbers as a table) and by task (each task's full title, as text).
 */
export function FiguresSection({ analysis, plan, asOf }: { analysis: Analysis; plan: PlanModel; asOf: Day }) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const [period, setPeriod] = useState(PERIOD);
  const year = period === PERIOD ? null : Number(period);
  const table = useMemo(() => figuresTable(analysis, plan, year, asOf), [analysis, plan, year, asOf]);
  const n = (x: number) => formatNumber(x, locale);
  const share = (x: number | null) => (x === null ? m.figuresNoShare() : formatPercent(x, locale, 1));
  const money = (x: number) => formatNumber(Math.round(x * 1000) / 1000, locale, 3);
  const t = table.total;

  return (
    <Section title={m.figuresTitle()} id="progress-figures">
      <Field label={m.figuresPeriod()} size="small">
        <Select size="small" value={period} onChange={(_, d) => setPeriod(d.value)}>
          {plan.years.map((y) => (
            <option key={y} value={String(y)}>
              {m.yearLabel({ year: y })}
            </option>
          ))}
          <option value={PERIOD}>{m.wholePeriod({ from: plan.firstYear, to: plan.lastYear })}</option>
        </Select>
      </Field>
      <dl className={s.totals} aria-label={m.figuresTotalsLabel({ period: year === null ? m.wholePeriod({ from: plan.firstYear, to: plan.lastYear }) : m.yearLabel({ year }) })}>
        <Row label={m.figuresActivities()} value={m.figuresActivitiesValue({ n: n(t.figures.activities), done: n(t.figures.completed) })} />
        <Row label={m.figuresParticipants()} value={n(t.figures.participants)} />
        <Row label={m.figuresWomen()} value={`${n(t.figures.female)} (${share(t.women)})`} />
        <Row label={m.figuresEthnic()} value={`${n(t.figures.ethnicMinority)} (${share(t.ethnic)})`} />
        <Row label={m.figuresMoney()} value={money(t.figures.budget)} />
      </dl>
      <Text size={200} className={s.muted}>
        {m.figuresSharesNote()}
      </Text>

      <Text as="h3" weight="semibold" size={300} style={{ margin: `${tokens.spacingVerticalS} 0 0` }} id="figures-by-year">
        {m.figuresByYearTitle()}
      </Text>
      <SexChart rows={table.byYear} chosen={year} />
      <ul className={s.key} aria-hidden="true">
        <li>
          <span className={s.swatch} style={{ backgroundColor: SEX_COLOURS.female }} />
          {m.figuresWomenShort()}
        </li>
        <li>
          <span className={s.swatch} style={{ backgroundColor: SEX_COLOURS.male }} />
          {m.figuresMenShort()}
        </li>
        <li>
          <span className={s.swatch} style={{ backgroundColor: SEX_COLOURS.unknown }} />
          {m.figuresUnknownShort()}
        </li>
      </ul>
      <table className={s.table} aria-labelledby="figures-by-year">
        <thead>
          <tr>
            <th scope="col" className={`${s.th} ${s.first}`}>
              {m.figuresYear()}
            </th>
            <th scope="col" className={s.th}>
              {m.figuresParticipantsShort()}
            </th>
            <th scope="col" className={s.th}>
              {m.figuresWomenShort()}
            </th>
            <th scope="col" className={s.th}>
              {m.figuresMenShort()}
            </th>
            <th scope="col" className={s.th}>
              {m.figuresWomenShare()}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.byYear.map(({ year: y, line }) => (
            <tr key={y} style={y === year ? { fontWeight: 600 } : undefined}>
              <th scope="row" className={`${s.td} ${s.first}`}>
                {y}
              </th>
              <td className={s.td}>{n(line.figures.participants)}</td>
              <td className={s.td}>{n(line.figures.female)}</td>
              <td className={s.td}>{n(line.figures.male)}</td>
              <td className={s.td}>{share(line.women)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Disclosure header={m.figuresByTaskTitle({ n: table.byTask.length })}>
        {table.byTask.length === 0 ? (
          <Text>{m.figuresNoActivity()}</Text>
        ) : (
          <ul className={s.tasks}>
            {table.byTask.map(({ taskId, line }) => {
              const task = taskId ? plan.task(taskId) : undefined;
              return (
                <li key={taskId ?? ""} className={s.task}>
                  <Text weight="semibold">{taskId ? `${taskId} — ${task?.title ?? ""}` : m.figuresNoTask()}</Text>
                  <Text size={200}>{lineText(line, { n, share, money, m })}</Text>
                </li>
              );
            })}
          </ul>
        )}
      </Disclosure>
    </Section>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  const s = useStyles();
  return (
    <>
      <dt className={s.dt}>{label}</dt>
      <dd className={s.dd}>{value}</dd>
    </>
  );
}

function lineText(
  line: FigureLine,
  f: { n: (x: number) => string; share: (x: number | null) => string; money: (x: number) => string; m: ReturnType<typeof useLocale>["m"] },
): string {
  const x = line.figures;
  return f.m.figuresTaskLine({
    activities: f.n(x.activities),
    participants: f.n(x.participants),
    women: `${f.n(x.female)} (${f.share(line.women)})`,
    ethnic: `${f.n(x.ethnicMinority)} (${f.share(line.ethnic)})`,
    money: f.m.figuresMoneyValue({ money: f.money(x.budget) }),
  });
}
