import { Button, Field, Select, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { fieldLabel } from "../../../core/i18n/field-names";
import { FIELDS, type ColumnOverride, type Field as FieldName, type TrackingTable } from "../../../core/read/types";
import type { SheetSnapshot } from "../../../core/snapshot";
import { useLocale } from "../../i18n";
import { headerChoices } from "./header-labels";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

type Draft = Record<FieldName, number | null>;

/** The fields whose column differs from what the table is read with now. */
export function changedColumns(table: TrackingTable, draft: Draft): ColumnOverride["columns"] {
  const out: ColumnOverride["columns"] = {};
  for (const f of FIELDS) {
    const now = table.columns[f] ?? null;
    if (draft[f] !== now) out[f] = draft[f];
  }
  return out;
}

/** Columns chosen for more than one field: each field after the first that uses one. */
function duplicates(draft: Draft): Map<FieldName, FieldName> {
  const seen = new Map<number, FieldName>();
  const out = new Map<FieldName, FieldName>();
  for (const f of FIELDS) {
    const c = draft[f];
    if (c === null) continue;
    const other = seen.get(c);
    if (other) out.set(f, other);
    else seen.set(c, f);
  }
  return out;
}

/**
 * Which column holds which field, for one table. Saving keeps only what the user changed, on top
 * of any earlier correction, so that automatic detection still decides the rest.
 */
export function ColumnMappingEditor({
  table,
  sheet,
  override,
  busy,
  onSave,
  onReset,
  onCancel,
}: {
  table: TrackingTable;
  sheet: SheetSnapshot;
  override: ColumnOverride | undefined;
  busy: boolean;
  onSave: (columns: ColumnOverride["columns"]) => void;
  onReset: () => void;
  onCancel: () => void;
}) {
  const s = useStyles();
  const { m, locale } = useLocale();
  const choices = useMemo(() => headerChoices(sheet, table), [sheet, table]);
  const [draft, setDraft] = useState<Draft>(() => {
    const d = {} as Draft;
    for (const f of FIELDS) d[f] = table.columns[f] ?? null;
    return d;
  });
  const dups = duplicates(draft);
  const changed = changedColumns(table, draft);
  const nothingChanged = Object.keys(changed).length === 0;

  const save = () => onSave({ ...(override?.columns ?? {}), ...changed });

  return (
    <form
      className={s.form}
      aria-label={m.mappingEditorLabel({ sheet: table.sheet })}
      onSubmit={(e) => {
        e.preventDefault();
        if (dups.size === 0 && !nothingChanged) save();
      }}
    >
      <Text size={200} className={s.hint}>
        {m.mappingEditorHint()}
      </Text>
      {FIELDS.map((f) => {
        const dup = dups.get(f);
        const column = draft[f];
        return (
          <Field
            key={f}
            label={fieldLabel(f, locale)}
            size="small"
            validationState={dup ? "error" : "none"}
            validationMessage={dup && column !== null ? m.columnUsedTwice({ letter: choices[column - 1]?.letter ?? String(column), other: fieldLabel(dup, locale) }) : undefined}
          >
            <Select
              size="small"
              value={column === null ? "" : String(column)}
              onChange={(_, d) => setDraft({ ...draft, [f]: d.value === "" ? null : Number(d.value) })}
            >
              <option value="">{m.noColumn()}</option>
              {choices.map((c) => (
                <option key={c.col} value={String(c.col)}>
                  {c.text ? `${c.letter} · ${c.text}` : c.letter}
                </option>
              ))}
            </Select>
          </Field>
        );
      })}
      <div className={s.actions}>
        <Button type="submit" appearance="primary" disabled={busy || dups.size > 0 || nothingChanged}>
          {m.saveMapping()}
        </Button>
        <Button type="button" onClick={onCancel}>
          {m.cancel()}
        </Button>
        {override ? (
          <Button type="button" appearance="subtle" disabled={busy} onClick={onReset}>
            {m.resetMapping()}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
