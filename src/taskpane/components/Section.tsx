import { Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  title: { margin: 0, flexGrow: 1 },
  aside: { color: tokens.colorNeutralForeground3 },
});

/** A titled block of a view; the title is a real heading so screen readers can jump between blocks. */
export function Section({
  title,
  aside,
  children,
  id,
  focusable = false,
}: {
  title: string;
  aside?: ReactNode;
  children: ReactNode;
  id?: string;
  /** The heading can take focus from script (after an operation it reports on), not by Tab. */
  focusable?: boolean;
}) {
  const s = useStyles();
  return (
    <section className={s.section} aria-labelledby={id}>
      <div className={s.head}>
        <Text as="h2" id={id} weight="semibold" size={400} className={s.title} tabIndex={focusable ? -1 : undefined}>
          {title}
        </Text>
        {aside ? (
          <Text size={200} className={s.aside}>
            {aside}
          </Text>
        ) : null}
      </div>
      {children}
    </section>
  );
}
