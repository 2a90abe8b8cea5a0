import { createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState, type ReactNode } from "react";

const useStyles = makeStyles({
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    width: "100%",
    minHeight: "36px",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: "inherit",
    fontSize: tokens.fontSizeBase300,
    // The focus outline is drawn on ::after, placed against this box.
    position: "relative",
    textAlign: "left",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ...createFocusOutlineStyle(),
  },
  chevron: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    transitionProperty: "transform",
    transitionDuration: tokens.durationFaster,
    color: tokens.colorNeutralForeground2,
  },
  open: { transform: "rotate(90deg)" },
  panel: { padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}` },
});

/**
 * A header button that shows or hides what is under it (the ARIA disclosure pattern). Closed
 * content is not rendered at all, so a long list costs nothing until it is opened.
 */
export function Disclosure({ header, defaultOpen = false, children }: { header: ReactNode; defaultOpen?: boolean; children: ReactNode }) {
  const s = useStyles();
  const [open, setOpen] = useState(defaultOpen);
  const id = useId();
  return (
    <div>
      <button type="button" className={s.header} aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <svg className={open ? `${s.chevron} ${s.open}` : s.chevron} viewBox="0 0 16 16" aria-hidden="true">
          <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {header}
      </button>
      <div id={id} className={s.panel} hidden={!open}>
        {open ? children : null}
      </div>
    </div>
  );
}
