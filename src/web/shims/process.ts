/**
 * The little of node's `process` that the stream modules under exceljs's XML parsers touch
 * (nextTick, env, version checks). The page never reads the environment.
 */
const browserProcess = {
  browser: true,
  env: {} as Record<string, string | undefined>,
  version: "",
  versions: {} as Record<string, string>,
  platform: "browser",
  nextTick(fn: (...args: unknown[]) => void, ...args: unknown[]): void {
    queueMicrotask(() => fn(...args));
  },
  cwd: () => "/",
  emitWarning: () => undefined,
};

export default browserProcess;
