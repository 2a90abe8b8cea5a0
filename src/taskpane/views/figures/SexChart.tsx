import { tokens } from "@fluentui/react-components";
import type { FigureLine } from "./figures-table";

/** Colours of the bars; the chart is a picture of the table under it, which screen readers read instead. */
export const SEX_COLOURS = { female: tokens.colorBrandBackground, male: tokens.colorPaletteDarkOrangeBorderActive, unknown: tokens.colorNeutralStroke1 } as const;

const ROW = 22;
const LABEL = 40;
const WIDTH = 300;

/**
 * Participants by sex per year as horizontal stacked bars (women, men, not said), drawn as a small
 * SVG scaled to the pane's width: no chart library. Hidden from screen readers, who get the table.
 */
export function SexChart({ rows, chosen }: { rows: ReadonlyArray<{ year: number; line: FigureLine }>; chosen: number | null }) {
  const max = Math.max(1, ...rows.map((r) => r.line.figures.participants));
  const scale = (n: number) => ((WIDTH - LABEL - 4) * n) / max;
  const height = rows.length * ROW + 4;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="presentation" aria-hidden="true" focusable="false" style={{ display: "block", maxWidth: "480px" }}>
      {rows.map((r, i) => {
        const y = i * ROW + 2;
        const f = r.line.figures;
        const parts = [
          { n: f.female, fill: SEX_COLOURS.female },
          { n: f.male, fill: SEX_COLOURS.male },
          { n: r.line.unknownSex, fill: SEX_COLOURS.unknown },
        ];
        let x = LABEL;
        return (
          <g key={r.year}>
            <text x={0} y={y + 14} fontSize="12" fontWeight={r.year === chosen ? 700 : 400} fill={tokens.colorNeutralForeground1}>
              {r.year}
            </text>
            {parts.map((p, j) => {
              const w = scale(p.n);
              const rect = <rect key={j} x={x} y={y + 2} width={Math.max(0, w)} height={ROW - 6} fill={p.fill} />;
              x += w;
              return rect;
            })}
          </g>
        );
      })}
    </svg>
  );
}
