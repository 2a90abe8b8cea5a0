import { RANK_GRAND, RANK_SECTION, type TotalLabel } from "./total-label";

/** A place in a table's activities where a scope may start: after a heading or a total. */
interface Bound {
  at: number;
  rank: number;
  /** Names a period ("NĂM 2022", "Cộng quý I") rather than a part of the outline. */
  period: boolean;
  heading: boolean;
}

/** The rows a total closes, [from, to) in the table's activities, and the totals it may add up instead. */
export interface TotalScope {
  from: number;
  to: number;
  rank: number;
  /** Indices of the table's earlier totals that exactly tile [from, to): the total may be their sum. */
  parts: number[];
}

interface Closed {
  from: number;
  to: number;
  rank: number;
}

/**
 * Which rows each total of a table closes. A subtotal closes the rows since the previous heading or
 * total of its kind: "Cộng quý II" since "Cộng quý I" or a "QUÝ II"/"NĂM …" heading, "Cộng năm 2021"
 * since the heading of its year block or the previous year's total (quarter totals inside do not cut
 * it), "Cộng I"/"Cộng (A)" since the previous outline heading or section total; a bare "Cộng" since
 * the previous heading or total of any kind; "Tổng cộng" the whole table.
 */
export class TotalScopes {
  private readonly bounds: Bound[] = [];
  private readonly closed: Closed[] = [];

  heading(at: number, periodRank: number | null): void {
    this.bounds.push({ at, rank: periodRank ?? RANK_SECTION, period: periodRank !== null, heading: true });
  }

  total(to: number, label: TotalLabel): TotalScope {
    let rank = label.rank;
    let from = 0;
    if (label.plain) {
      const last = this.bounds[this.bounds.length - 1];
      from = last ? last.at : 0;
      // A bare "Cộng" right under other totals adds them up: it closes its whole section.
      if (from === to && last && !last.heading) from = this.sectionStart();
      else rank = last && last.period ? last.rank : RANK_SECTION;
    } else if (rank === RANK_SECTION) {
      from = this.sectionStart();
    } else if (rank < RANK_SECTION) {
      from = this.periodStart(rank);
    }
    const scope: TotalScope = { from, to, rank, parts: this.partsOf(from, to, rank) };
    this.bounds.push({ at: to, rank, period: rank < RANK_SECTION, heading: false });
    this.closed.push({ from, to, rank });
    return scope;
  }

  private sectionStart(): number {
    for (let i = this.bounds.length - 1; i >= 0; i--) {
      const b = this.bounds[i];
      if (b && !b.period) return b.at;
    }
    return 0;
  }

  private periodStart(rank: number): number {
    let period: Bound | null = null;
    for (let i = this.bounds.length - 1; i >= 0 && !period; i--) {
      const b = this.bounds[i];
      if (b?.period && b.rank >= rank) period = b;
    }
    // A heading "NĂM 2021" opens an explicit block, outline headings inside it included. After a
    // total (or from the top), an outline heading met first starts the rows this total closes.
    if (period?.heading) return period.at;
    const after = period ? period.at : 0;
    for (let i = this.bounds.length - 1; i >= 0; i--) {
      const b = this.bounds[i];
      if (!b || b.at < after) break;
      if (b.heading && !b.period) return b.at;
    }
    return after;
  }

  /** The largest earlier totals of a lower rank inside [from, to), when they cover it exactly. */
  private partsOf(from: number, to: number, rank: number): number[] {
    if (rank === RANK_GRAND && this.closed.length === 0) return [];
    const inside: Array<{ c: Closed; i: number }> = [];
    this.closed.forEach((c, i) => {
      if (c.rank < rank && c.from >= from && c.to <= to) inside.push({ c, i });
    });
    // Keep the outermost: a year total, not the quarter totals it adds up.
    const contains = (a: { c: Closed; i: number }, b: { c: Closed; i: number }): boolean => {
      if (a.c.from > b.c.from || a.c.to < b.c.to) return false;
      // Of two totals of the same rows ("Cộng II" then "Cộng năm 2022"), the later one is kept.
      return a.c.to - a.c.from > b.c.to - b.c.from || a.i > b.i;
    };
    const outer = inside.filter((x) => !inside.some((y) => y !== x && contains(y, x)));
    outer.sort((a, b) => a.c.from - b.c.from);
    let cursor = from;
    for (const { c } of outer) {
      if (c.from !== cursor) return [];
      cursor = c.to;
    }
    return cursor === to && outer.length > 0 ? outer.map((x) => x.i) : [];
  }
}
