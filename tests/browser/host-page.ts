import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

/**
 * The test host: the built task pane page with office.js taken out and, in its place, a fake
 * Office (onReady resolving with host Excel, requirement sets supported) and a CustomFunctions stub
 * for the functions bundled into the page, plus the fake workbook service of the component tests
 * backed by a sample workbook. index.tsx picks the service up from window.__BDG_TEST_HOST__.
 */

/** tests/taskpane/fake-workbook-service.ts as a browser script defining window.FakeWorkbookService. */
export function fakeServiceScript(): string {
  const source = readFileSync(join(__dirname, "..", "taskpane", "fake-workbook-service.ts"), "utf8");
  const out = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, removeComments: true },
  });
  if (/\brequire\(/.test(out.outputText)) throw new Error("fake-workbook-service.ts must keep no runtime imports");
  return `(function () {\nvar exports = {};\nvar module = { exports: exports };\n${out.outputText}\nwindow.FakeWorkbookService = exports.FakeWorkbookService;\n})();\n`;
}

export function hostScript(book: WorkbookSnapshot, asOf: string): string {
  return `
window.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  onReady: function (cb) { var info = { host: "Excel", platform: "OfficeOnline" }; if (cb) cb(info); return Promise.resolve(info); },
  context: { requirements: { isSetSupported: function () { return true; } }, displayLanguage: "vi-VN" }
};
window.CustomFunctions = {
  associate: function () {},
  Error: function (code, message) { this.code = code; this.message = message; },
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" }
};
window.__BDG_TEST_HOST__ = {
  service: new window.FakeWorkbookService(${JSON.stringify(book)}, { readDelayMs: 40 }),
  asOf: ${JSON.stringify(asOf)}
};
`;
}

/** An Office that is loaded but not inside Excel: onReady resolves with no host, as office.js does in a plain browser. */
export const NO_HOST_OFFICE = `window.Office = { HostType: { Excel: "Excel" }, onReady: function () { return Promise.resolve({ host: null, platform: null }); } };
window.CustomFunctions = { associate: function () {}, Error: function () {}, ErrorCode: {} };`;

/** The built taskpane.html with office.js replaced by the given scripts (paths on the test server). */
export function hostPage(builtHtml: string, scripts: readonly string[] = ["/__test__/fake-service.js", "/__test__/host.js"]): string {
  const withoutOffice = builtHtml.replace(/<script\b[^>]*\boffice(\.debug)?\.js[^>]*>\s*<\/script>/gi, "");
  if (withoutOffice === builtHtml) throw new Error("taskpane.html no longer loads office.js the way the test host expects");
  const inject = scripts.map((src) => `<script src="${src}"></script>`).join("\n");
  return withoutOffice.replace(/<head>/i, (h) => `${h}\n${inject}\n`);
}
