import { useCallback, useRef, useState } from "react";

/** What a long operation receives: a signal to stop on, and a way to report how far it got. */
export interface TaskControl {
  signal: AbortSignal;
  /** done in 0..1; the label replaces the running step's text. */
  progress: (done: number, label?: string) => void;
}

/** What the pane shows while an operation runs. */
export interface RunningTask {
  label: string;
  /** 0..1, or null while the amount of work is not known yet. */
  done: number | null;
  step?: string;
}

export type Outcome<T> =
  | { kind: "ok"; value: T }
  | { kind: "cancelled" }
  | { kind: "failed"; error: unknown }
  | { kind: "busy" };

export function isAbortError(e: unknown): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === "AbortError";
}

/**
 * One long operation at a time, cancellable, with throttled progress: the pane re-renders when
 * the shown percentage or step changes, not on every block the service reads.
 */
export function useLongTask() {
  const [running, setRunning] = useState<RunningTask | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async <T>(label: string, work: (c: TaskControl) => Promise<T>): Promise<Outcome<T>> => {
    if (controller.current) return { kind: "busy" };
    const ac = new AbortController();
    controller.current = ac;
    let shown = -1;
    let shownStep: string | undefined;
    setRunning({ label, done: null });
    const progress = (done: number, step?: string): void => {
      const pct = Math.max(0, Math.min(100, Math.round(done * 100)));
      if (pct === shown && step === shownStep) return;
      shown = pct;
      shownStep = step;
      setRunning({ label, done: pct / 100, step });
    };
    try {
      const value = await work({ signal: ac.signal, progress });
      return ac.signal.aborted ? { kind: "cancelled" } : { kind: "ok", value };
    } catch (error) {
      if (ac.signal.aborted || isAbortError(error)) return { kind: "cancelled" };
      return { kind: "failed", error };
    } finally {
      controller.current = null;
      setRunning(null);
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);

  return { running, run, cancel };
}
