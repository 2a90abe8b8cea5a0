import { Button, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { checkProfileInput, presetFor, PROFILE_PRESETS, type OrgProfile } from "../../../core/profile/profile";
import { viDateOf, type Day } from "../../../core/time/days";
import { profileFieldHint, profileFieldLabel } from "../../messages";
import { useLocale } from "../../i18n";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  presets: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  // A plain textarea drawn like Fluent's (which would add its whole component to the bundle).
  textarea: {
    boxSizing: "border-box",
    width: "100%",
    minHeight: "88px",
    resize: "vertical",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottomColor: tokens.colorNeutralStrokeAccessible,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
    // Focus shows as Fluent's inputs show it: a thicker brand line at the bottom.
    ":focus": { outlineStyle: "none", borderBottomWidth: "2px", borderBottomColor: tokens.colorCompoundBrandStroke },
  },
});

type TextField = Exclude<keyof OrgProfile, "recipients">;
const TEXT_FIELDS: readonly TextField[] = ["parentBody", "agencyName", "symbol", "place", "signerAuthority", "signerTitle", "signerName", "planNumber", "planDate", "requestLetter"];
/** Fields that may stay empty. */
const OPTIONAL: ReadonlySet<TextField> = new Set<TextField>(["signerAuthority", "signerName", "planNumber", "planDate", "requestLetter"]);

interface Draft extends Record<TextField, string> {
  recipients: string;
}

const toDraft = (p: OrgProfile): Draft => ({
  ...p,
  planNumber: p.planNumber ?? "",
  planDate: p.planDate ?? "",
  requestLetter: p.requestLetter ?? "",
  recipients: p.recipients.join("\n"),
});
const fromDraft = (d: Draft) => ({
  ...d,
  recipients: d.recipients
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== ""),
});

/** Errors by field, from the profile schema's own messages ("symbol (…): …" -> field "symbol"). */
function errorsByField(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const l of lines) {
    const m = /^([a-zA-Z]+)[^:]*:\s*(.*)$/.exec(l);
    if (m && !out.has(m[1])) out.set(m[1], m[2]);
  }
  return out;
}

/** The organisation profile printed in the reports' header, signature and "Nơi nhận". */
export function ProfileEditor({
  profile,
  asOf,
  onSave,
  onCancel,
}: {
  profile: OrgProfile;
  /** The report's date: the preset of the agency that exists on it is the one suggested. */
  asOf?: Day;
  onSave: (p: OrgProfile) => void;
  onCancel: () => void;
}) {
  const byDate = asOf === undefined ? null : presetFor(asOf);
  const s = useStyles();
  const { m, locale } = useLocale();
  const [draft, setDraft] = useState<Draft>(() => toDraft(profile));
  const checked = checkProfileInput(fromDraft(draft), locale);
  const errors = checked.ok ? new Map<string, string>() : errorsByField(checked.errors);

  return (
    <form
      className={s.form}
      aria-label={m.profileEditorLabel()}
      onSubmit={(e) => {
        e.preventDefault();
        if (checked.ok) onSave({ ...profile, ...checked.input } as OrgProfile);
      }}
    >
      <div className={s.presets}>
        <Text size={200} className={s.muted}>
          {m.profilePresets()}
        </Text>
        <Button
          size="small"
          type="button"
          appearance={byDate === "ban-dan-toc" ? "primary" : "secondary"}
          onClick={() => setDraft(toDraft(PROFILE_PRESETS["ban-dan-toc"]))}
        >
          {m.presetBanDanToc()}
        </Button>
        <Button
          size="small"
          type="button"
          appearance={byDate === "so-dan-toc-ton-giao" ? "primary" : "secondary"}
          onClick={() => setDraft(toDraft(PROFILE_PRESETS["so-dan-toc-ton-giao"]))}
        >
          {m.presetSoDanTocTonGiao()}
        </Button>
      </div>
      {asOf !== undefined && byDate !== null ? (
        <Text size={200} className={s.muted}>
          {m.presetByDate({ day: viDateOf(asOf), agency: PROFILE_PRESETS[byDate].agencyName })}
        </Text>
      ) : null}
      {TEXT_FIELDS.map((f) => (
        <Field
          key={f}
          label={profileFieldLabel(f, locale)}
          hint={profileFieldHint(f, locale) ?? undefined}
          size="small"
          required={!OPTIONAL.has(f)}
          validationState={errors.has(f) ? "error" : "none"}
          validationMessage={errors.get(f)}
        >
          <Input size="small" value={draft[f]} onChange={(_, d) => setDraft({ ...draft, [f]: d.value })} />
        </Field>
      ))}
      <Field
        label={profileFieldLabel("recipients", locale)}
        hint={profileFieldHint("recipients", locale) ?? undefined}
        size="small"
        required
        validationState={errors.has("recipients") ? "error" : "none"}
        validationMessage={errors.get("recipients")}
      >
        {(props) => (
          <textarea {...props} className={s.textarea} rows={4} value={draft.recipients} onChange={(e) => setDraft({ ...draft, recipients: e.target.value })} />
        )}
      </Field>
      <div className={s.actions}>
        <Button type="submit" appearance="primary" disabled={!checked.ok}>
          {m.saveProfile()}
        </Button>
        <Button type="button" onClick={onCancel}>
          {m.cancel()}
        </Button>
      </div>
    </form>
  );
}
