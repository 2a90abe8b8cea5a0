import { act, configure, fireEvent, render, screen, waitFor, type RenderResult } from "@testing-library/react";
import type { Locale } from "../../src/core/i18n/locale";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import type { Day } from "../../src/core/time/days";
import { App } from "../../src/taskpane/App";
import { FakeWorkbookService, type FakeOptions } from "./fake-workbook-service";
import { AS_OF, sampleBook } from "./fixtures";

// The whole suite runs on two cores beside other suites: give the pane time, not the benefit of the doubt.
jest.setTimeout(30_000);
configure({ asyncUtilTimeout: 5_000 });

// Long operations report progress from timers while a test waits for their end; React calls such
// updates "not wrapped in act". They are the behaviour under test, so only that warning is dropped.
const consoleError = console.error;
beforeAll(() => {
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    if (typeof args[0] === "string" && args[0].includes("not wrapped in act(")) return;
    consoleError(...args);
  });
});
afterAll(() => jest.restoreAllMocks());

/** Renders the pane over a fake workbook and lets it load its settings (inside act, as React wants). */
export async function renderApp(opts: { book?: WorkbookSnapshot; fake?: FakeOptions; asOf?: Day; locale?: Locale } = {}) {
  const service = new FakeWorkbookService(opts.book ?? sampleBook(), opts.fake);
  let view: RenderResult | undefined;
  await act(async () => {
    view = render(<App service={service} asOf={opts.asOf ?? AS_OF} initialLocale={opts.locale} />);
  });
  return { service, ...view! };
}

/** A button's enabled state as the user meets it (Fluent may use aria-disabled). */
export function isEnabled(el: HTMLElement): boolean {
  return !el.hasAttribute("disabled") && el.getAttribute("aria-disabled") !== "true";
}

/** Presses a button once the pane allows it (buttons wait for the workbook's settings to load). */
export async function press(name: string | RegExp): Promise<HTMLElement> {
  const button = await screen.findByRole("button", { name });
  await waitFor(() => expect(isEnabled(button)).toBe(true));
  fireEvent.click(button);
  return button;
}

/** Runs "Kiểm tra dữ liệu" and waits for the result heading. */
export async function runCheck(): Promise<void> {
  await press("Kiểm tra dữ liệu");
  await screen.findByRole("heading", { name: "Kết quả kiểm tra" }, { timeout: 15_000 });
}
