/** A message for the message bar area: what happened (title) and what to do (body). */
export interface Notice {
  /** Notices with the same key replace each other (e.g. the result of the latest run). */
  key: string;
  intent: "error" | "warning" | "success" | "info";
  title: string;
  body?: string;
  /** A list under the body (e.g. the reasons a plan file was refused). */
  lines?: string[];
  /** Technical detail, shown small (an error's code and message). */
  detail?: string;
}

export type Notify = (n: Notice) => void;

/** Newest first, one per key, at most `max` kept so that the pane never fills with old news. */
export function addNotice(list: readonly Notice[], n: Notice, max = 4): Notice[] {
  return [n, ...list.filter((x) => x.key !== n.key)].slice(0, max);
}
