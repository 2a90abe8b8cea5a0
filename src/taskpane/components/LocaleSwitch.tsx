import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Locale } from "../../core/i18n/locale";
import { useLocale } from "../i18n";

const useStyles = makeStyles({
  group: {
    display: "flex",
    flexShrink: 0,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    padding: "2px",
    gap: "2px",
  },
  button: { minWidth: "36px", paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
});

const CHOICES: ReadonlyArray<{ locale: Locale; short: string; name: string }> = [
  { locale: "vi", short: "VI", name: "Tiếng Việt" },
  { locale: "en", short: "EN", name: "English" },
];

/** Vietnamese or English; each choice is named in its own language so that anyone can find theirs. */
export function LocaleSwitch({ onChange }: { onChange: (l: Locale) => void }) {
  const s = useStyles();
  const { locale, m } = useLocale();
  return (
    <div role="group" aria-label={m.languageLabel()} className={s.group}>
      {CHOICES.map((c) => (
        <Button
          key={c.locale}
          size="small"
          appearance={c.locale === locale ? "primary" : "subtle"}
          aria-pressed={c.locale === locale}
          // The name starts with the visible text, so that "VI" spoken or typed finds it too (WCAG 2.5.3).
          aria-label={`${c.short} – ${c.name}`}
          title={c.name}
          lang={c.locale}
          className={s.button}
          onClick={() => onChange(c.locale)}
        >
          {c.short}
        </Button>
      ))}
    </div>
  );
}
