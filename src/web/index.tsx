import { createRoot } from "react-dom/client";
import { isLocale } from "../core/i18n/locale";
import { parseIsoDay } from "../core/time/days";
import { downloadBytes } from "./download";
import { loadExcelJs } from "./load-exceljs";
import { WebApp } from "./WebApp";

/**
 * The page's entry: no office.js, no network. `?asOf=YYYY-MM-DD` fixes the day results are
 * computed at and `?lang=en` the first language (the tests and the benchmark use them); by
 * default it is today and Vietnamese.
 */
function start(): void {
  const root = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  const params = new URLSearchParams(window.location.search);
  const asOf = parseIsoDay(params.get("asOf") ?? "") ?? undefined;
  const lang = params.get("lang");
  root.textContent = "";
  createRoot(root).render(<WebApp download={downloadBytes} loadExcelJs={loadExcelJs} asOf={asOf} initialLocale={isLocale(lang) ? lang : undefined} />);
}

start();
