import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { fieldLabel } from "../../../core/i18n/field-names";
import type { ColumnOverride, Field, TrackingTable } from "../../../core/read/types";
import { columnLetter, type WorkbookSnapshot } from "../../../core/snapshot";
import { Pill } from "../../components/Pill";
import { useLocale } from "../../i18n";
import { ColumnMappingEditor } from "./ColumnMappingEditor";

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  name: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  meta: { color: tokens.colorNeutralForeground3 },
  map: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalS, rowGap: "2px" },
  col: { fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyMonospace, color: tokens.colorBrandForeground1 },
  dd: { margin: 0, minWidth: 0 },
  header: { color: tokens.colorNeutralForeground3 },
});

/** The tables found: sheet, header rows, and which column was read as which field; each can be corrected. */
export function TablesFound({
  tables,
  snapshot,
  overrides,
  busy,
  onSave,
}: {
  tables: readonly TrackingTable[];
  snapshot: WorkbookSnapshot | null;
  overrides: readonly ColumnOverride[];
  busy: boolean;
  onSave: (sheet: string, headerRow: number, columns: ColumnOverride["columns"] | null) => Promise<boolean>;
}) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div className={s.list}>
      {tables.map((t) => {
        const key = `${t.sheet}\u0000${t.headerRow}`;
        const override = overrides.find((o) => o.sheet === t.sheet && o.headerRow === t.headerRow);
        const sheet = snapshot?.sheets.find((x) => x.name === t.sheet);
        const mapped = (Object.entries(t.columns) as Array<[Field, number]>).sort((a, b) => a[1] - b[1]);
        const lastHeaderRow = t.headerRow + t.headerRows - 1;
        return (
          <div key={key} className={s.card} data-table={t.sheet}>
            <div className={s.head}>
              <Text weight="semibold" className={s.name}>
                {t.sheet}
              </Text>
              {override ? (
                <Pill tone="brand">{m.mappingCorrected()}</Pill>
              ) : null}
              {sheet && editing !== key ? (
                <Button size="small" onClick={() => setEditing(key)} aria-label={m.editMappingOf({ sheet: t.sheet })}>
                  {m.editMapping()}
                </Button>
              ) : null}
            </div>
            <Text size={200} className={s.meta}>
              {m.tableMeta({ from: t.headerRow, to: lastHeaderRow, activities: t.activities.length })}
            </Text>
            {editing === key && sheet ? (
              <ColumnMappingEditor
                table={t}
                sheet={sheet}
                override={override}
                busy={busy}
                onCancel={() => setEditing(null)}
                onSave={async (columns) => {
                  if (await onSave(t.sheet, t.headerRow, columns)) setEditing(null);
                }}
                onReset={async () => {
                  if (await onSave(t.sheet, t.headerRow, null)) setEditing(null);
                }}
              />
            ) : (
              <dl className={s.map} aria-label={m.mappingOf({ sheet: t.sheet })}>
                {mapped.map(([f, c]) => (
                  <div key={f} style={{ display: "contents" }}>
                    <dt className={s.col}>{columnLetter(c)}</dt>
                    <dd className={s.dd}>
                      {fieldLabel(f, locale)}
                      {t.headers[f] && !t.headers[f]?.startsWith("(") ? <span className={s.header}> ← “{t.headers[f]}”</span> : null}
                    </dd>
                  </div>
                ))}
              </dl>
            )}
          </div>
        );
      })}
    </div>
  );
}
