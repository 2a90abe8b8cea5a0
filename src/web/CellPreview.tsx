import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorkbookSnapshot } from "../core/snapshot";
import { useLocale } from "../taskpane/i18n";
import { webMessages } from "./messages";
import { displayValue, previewWindow } from "./preview-window";

const useStyles = makeStyles({
  surface: { maxWidth: "min(920px, 96vw)" },
  scroll: { overflowX: "auto", maxWidth: "100%" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightSemibold,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `2px ${tokens.spacingHorizontalS}`,
    textAlign: "center",
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `2px ${tokens.spacingHorizontalS}`,
    maxWidth: "16em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground1,
  },
  headerRow: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground2 },
  target: {
    outline: `3px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-3px",
    backgroundColor: "#FFC7CE",
    color: "#000000",
    fontWeight: tokens.fontWeightBold,
  },
  gap: { textAlign: "center", color: tokens.colorNeutralForeground3, border: "none" },
});

export interface PreviewTarget {
  sheet: string;
  cell: string;
}

/** A read-only grid of a sheet around a cell, the cell highlighted: the page's "select the cell". */
export function CellPreview({ snapshot, target, onClose }: { snapshot: WorkbookSnapshot; target: PreviewTarget | null; onClose: () => void }) {
  const s = useStyles();
  const { locale } = useLocale();
  const w = webMessages(locale);
  const win = useMemo(() => {
    const sheet = target ? snapshot.sheets.find((x) => x.name === target.sheet) : undefined;
    return sheet && target ? previewWindow(sheet, target.cell) : null;
  }, [snapshot, target]);

  const rowOf = (r: number, header: boolean) =>
    win ? (
      <tr key={`${header ? "h" : "r"}${r}`} className={header ? s.headerRow : undefined}>
        <th scope="row" className={s.head}>
          {r}
        </th>
        {win.cols.map((c) => {
          const isTarget = r === win.target.row && c === win.target.col;
          return (
            <td
              key={c}
              className={isTarget ? `${s.cell} ${s.target}` : s.cell}
              data-cell={`${win.letter(c)}${r}`}
              data-issue-cell={isTarget ? "true" : undefined}
              aria-current={isTarget ? "true" : undefined}
              title={displayValue(win.value(r, c))}
            >
              {displayValue(win.value(r, c))}
            </td>
          );
        })}
      </tr>
    ) : null;

  return (
    <Dialog open={target !== null} onOpenChange={(_, d) => (!d.open ? onClose() : undefined)}>
      <DialogSurface className={s.surface} aria-describedby="cell-preview-caption">
        <DialogBody>
          <DialogTitle>{target ? w.previewTitle(target.sheet, target.cell) : ""}</DialogTitle>
          <DialogContent>
            {target && win ? (
              <div className={s.scroll} id="cell-preview" tabIndex={0} role="region" aria-labelledby="cell-preview-caption">
                <table className={s.table}>
                  <caption id="cell-preview-caption" style={{ textAlign: "left", paddingBottom: tokens.spacingVerticalS }}>
                    <Text size={200}>{w.previewCaption(target.sheet, target.cell)}</Text>
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col" className={s.head}>
                        {w.previewRowHeader}
                      </th>
                      {win.cols.map((c) => (
                        <th key={c} scope="col" className={s.head}>
                          {win.letter(c)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {win.headerRow !== null ? rowOf(win.headerRow, true) : null}
                    {win.headerRow !== null && win.headerRow < win.rows[0] - 1 ? (
                      <tr>
                        <td className={s.gap} colSpan={win.cols.length + 1} aria-hidden="true">
                          ⋮
                        </td>
                      </tr>
                    ) : null}
                    {win.rows.map((r) => rowOf(r, false))}
                  </tbody>
                </table>
              </div>
            ) : (
              <Text id="cell-preview-caption">{w.previewEmpty}</Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              {w.previewClose}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
