import { createRoot } from "react-dom/client";
import type { Locale } from "../core/i18n/locale";
import { parseIsoDay } from "../core/time/days";
import { OfficeWorkbookService } from "../excel/office-workbook-service";
import type { WorkbookService } from "../excel/workbook-service";
import { App } from "./App";
// The custom functions live in the same shared-runtime page as the task pane.
import "../functions/functions";

/**
 * For the browser test only: a host page that is not Excel provides the workbook service (backed
 * by a sample workbook) before this script runs. Office is never touched then. Nothing in Excel
 * sets this, so in production the pane always talks to the Office.js service.
 */
export interface TestHost {
  service: WorkbookService;
  /** ISO day the results are computed at (fixed so that screenshots do not drift). */
  asOf?: string;
  locale?: Locale;
}

declare global {
  interface Window {
    __BDG_TEST_HOST__?: TestHost;
  }
}

function container(): HTMLElement {
  const found = document.getElementById("container") ?? document.getElementById("root");
  if (found) return found;
  const div = document.createElement("div");
  div.id = "container";
  document.body.appendChild(div);
  return div;
}

function start(): void {
  const root = createRoot(container());
  const test = window.__BDG_TEST_HOST__;
  if (test) {
    root.render(<App service={test.service} asOf={test.asOf ? (parseIsoDay(test.asOf) ?? undefined) : undefined} initialLocale={test.locale} />);
    return;
  }
  if (typeof Office === "undefined") {
    root.render(<App service={null} unavailable="no-office" />);
    return;
  }
  Office.onReady()
    .then((info) => {
      if (info.host === Office.HostType.Excel) root.render(<App service={new OfficeWorkbookService()} />);
      else root.render(<App service={null} unavailable={info.host ? "not-excel" : "no-office"} />);
    })
    .catch(() => root.render(<App service={null} unavailable="no-office" />));
}

start();
