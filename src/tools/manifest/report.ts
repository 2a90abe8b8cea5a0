import type { MessageCode, Params, Problem } from "./messages";
import type { XmlElement } from "./xml-tree";

/** Errors fail the check; warnings are printed and do not. */
export interface Report {
  errors: Problem[];
  warnings: Problem[];
}

/** Records one problem, on the line of the element it is about. */
export type Reporter = (code: MessageCode, params?: Params, el?: XmlElement) => void;

export function reporters(report: Report): { error: Reporter; warn: Reporter } {
  return {
    error: (code, params = {}, el) => report.errors.push({ code, params, line: el ? el.line : undefined }),
    warn: (code, params = {}, el) => report.warnings.push({ code, params, line: el ? el.line : undefined }),
  };
}

/** Empty, or longer than `max` characters (code points, as Office counts them). */
export function checkLength(what: string, value: string, max: number, el: XmlElement, error: Reporter): void {
  const length = [...value].length;
  if (length === 0) error("empty", { what }, el);
  else if (length > max) error("too-long", { what, max, length }, el);
}
