import { Button, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { useRef, useState, type DragEvent } from "react";
import { useLocale } from "../taskpane/i18n";
import { webMessages } from "./messages";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalL}`,
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground2,
    textAlign: "center",
  },
  compact: { flexDirection: "row", padding: tokens.spacingVerticalXS, border: "none", backgroundColor: "transparent" },
  active: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  input: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  hint: { color: tokens.colorNeutralForeground2 },
});

const ACCEPT = ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Files dropped or chosen, in the order given. */
export function filesOf(list: FileList | null | undefined): File[] {
  return list ? Array.from(list) : [];
}

/** The file input labelled "Mở sổ làm việc…" and a drop zone; one or more .xlsx files. */
export function FileOpener({ onFiles, compact, busy }: { onFiles: (files: File[]) => void; compact?: boolean; busy?: boolean }) {
  const s = useStyles();
  const { locale } = useLocale();
  const w = webMessages(locale);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const label = compact ? w.openAnother : w.openWorkbook;

  const drop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    const files = filesOf(e.dataTransfer?.files);
    if (files.length > 0) onFiles(files);
  };

  return (
    <div
      className={mergeClasses(s.zone, compact && s.compact, over && s.active)}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="drop-zone"
    >
      <input
        ref={input}
        id={compact ? "open-more" : "open-workbook"}
        className={s.input}
        type="file"
        accept={ACCEPT}
        multiple
        // The button below is the control people and assistive technology use; this input only
        // opens the browser's file dialog (and takes files from tests and scripts).
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const files = filesOf(e.currentTarget.files);
          // The same file chosen again must fire again.
          e.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button appearance={compact ? "secondary" : "primary"} size={compact ? "small" : "large"} disabled={busy} onClick={() => input.current?.click()}>
        {label}
      </Button>
      {compact ? null : <Text className={s.hint}>{over ? w.dropActive : w.dropHere}</Text>}
    </div>
  );
}
