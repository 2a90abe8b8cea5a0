import { execFile } from "child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { VALUE_FLAGS } from "../../src/cli/args";
import { COMMAND_FLAGS, COMMON_FLAGS } from "../../src/cli/command-flags";
import { main } from "../../src/cli/main";
import { CLI_MESSAGES } from "../../src/cli/messages";
import { scrubbedReason } from "../../src/cli/os-reason";
import { writeXlsxFile } from "../helpers/build-xlsx";

const SAMPLE = join(__dirname, "..", "..", "samples", "theo-doi-bdg-2021-2025.xlsx");
const ROOT = join(__dirname, "..", "..");

let dir: string;
let notATable: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "bdg-cli-errors-"));
  // A real workbook that is not a tracking table: a staff list.
  notATable = await writeXlsxFile(join(dir, "danh-sach.xlsx"), [{ name: "Sheet1", rows: [["Danh sách cán bộ"], ["Nguyễn Văn A", "Phòng Nghiệp vụ"]] }]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function bdg(...argv: string[]) {
  let out = "";
  let usage = "";
  const err: string[] = [];
  const code = await main(
    argv,
    (s) => (out += s + "\n"),
    (s) => err.push(s),
    (s) => (usage += s),
  );
  return { code, out, err, usage };
}

const OS_CODE = /\bE[A-Z]{3,}\b/;

describe("no tracking table", () => {
  it("progress says so in one line, names the validate command, prints no 0 % and exits 1", async () => {
    const r = await bdg("progress", notATable, "--as-of", "2025-12-31");
    expect(r.code).toBe(1);
    expect(r.out).toBe("");
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain("không tìm thấy bảng theo dõi");
    expect(r.err[0]).toContain("Nội dung hoạt động");
    expect(r.err[0]).toContain(`bdg validate ${notATable} --as-of 2025-12-31`);
  });

  it("report writes nothing and exits 1", async () => {
    const out = join(dir, "bao-cao.xlsx");
    const r = await bdg("report", notATable, "--year", "2024", "--out", out, "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain("no tracking table found");
    expect(r.err[0]).toContain(`bdg validate ${notATable} --lang en`);
    expect(existsSync(out)).toBe(false);
    expect(r.out).toBe("");
  });

  it("validate keeps its own message and shows no progress figure", async () => {
    const r = await bdg("validate", notATable, "--as-of", "2025-12-31");
    expect(r.out).toContain("Không tìm thấy bảng theo dõi nào.");
    expect(r.out).toContain("Chưa tính được tiến độ: không tìm thấy bảng theo dõi nào trong tệp.");
    expect(r.out).not.toMatch(/\b0 %/);
    expect(r.out).not.toContain("Tiến độ thực hiện kế hoạch");
  });
});

describe("--out into a folder that does not exist", () => {
  it("names the missing folder in words, with no OS code and no temporary file", async () => {
    const folder = join(dir, "chua-co");
    const r = await bdg("report", SAMPLE, "--year", "2024", "--out", join(folder, "bc.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toContain(`chưa có thư mục ${folder}`);
    expect(r.err[0]).not.toMatch(OS_CODE);
    expect(r.err[0]).not.toContain(".tmp");
  });

  it("an unexpected error's reason never carries an OS code or a path", () => {
    const t = CLI_MESSAGES.vi;
    const enoent = Object.assign(new Error("ENOENT: no such file or directory, open '/x/.out.xlsx.d7864e29.tmp'"), { code: "ENOENT" });
    expect(scrubbedReason(enoent, t)).toBe("không có tệp hoặc thư mục này");
    expect(scrubbedReason(new Error("EPIPE: broken pipe, write"), t)).not.toMatch(OS_CODE);
    expect(scrubbedReason(new Error("Cannot read /a/b"), t)).not.toContain("/a/b");
    expect(scrubbedReason(new Error("Dữ liệu hỏng"), t)).toBe("Dữ liệu hỏng");
  });
});

describe("the command line itself", () => {
  it("bdg alone prints the usage on stderr and exits 2", async () => {
    const r = await bdg();
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.usage).toContain("bdg validate");
  });

  it("bdg --version prints the version and exits 0", async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
    const r = await bdg("--version");
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`bdg ${version}`);
  });

  it("bdg report --help prints the usage of report alone, with the lines every command shares", async () => {
    const r = await bdg("report", "--help");
    expect(r.code).toBe(0);
    expect(r.out).toContain("bdg report <tệp.xlsx>");
    expect(r.out).toContain("--signer-authority");
    expect(r.out).not.toContain("bdg validate");
    expect(r.out).toContain("--lang vi|en");
    expect((await bdg("--help")).out).toContain("bdg validate");
  });

  it("names each group of issues in words, with its code", async () => {
    const r = await bdg("validate", SAMPLE, "--as-of", "2025-12-31");
    expect(r.out).toContain("[Lỗi] Số nữ lớn hơn tổng số: 1 (mã female-exceeds-total)");
    expect(r.out).not.toMatch(/^\[Lỗi\] [a-z-]+ \(/m);
  });

  it("refuses --lang fr, naming the languages", async () => {
    const r = await bdg("plan", "--lang", "fr");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err[0]).toMatch(/"fr".*\bvi\b.*\ben\b/);
  });

  it("suggests the command that was typed when no file is given", async () => {
    expect((await bdg("progress")).err[0]).toContain("bdg progress theo-doi.xlsx");
    expect((await bdg("report", "--period")).err[0]).toContain("bdg report theo-doi.xlsx");
  });

  it("progress on data with errors says how many and how to see them; dates are dd/mm/yyyy", async () => {
    const json = JSON.parse((await bdg("progress", SAMPLE, "--as-of", "2025-12-31", "--json")).out);
    const r = await bdg("progress", SAMPLE, "--as-of", "2025-12-31");
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${json.summary.errors} lỗi trong dữ liệu — xem bằng: bdg validate ${SAMPLE} --as-of 2025-12-31`);
    expect(r.out).toContain("tính đến ngày 31/12/2025");
    const ownLines = r.out.split("\n").filter((l) => !l.includes("bdg validate"));
    expect(ownLines.join("\n")).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it("report on data with errors gives the validate command that lists them", async () => {
    const r = await bdg("report", SAMPLE, "--year", "2024", "--as-of", "2025-12-31", "--out", join(dir, "bc-mau.xlsx"));
    expect(r.code).toBe(1);
    expect(r.out).toContain(`xem chi tiết bằng: bdg validate ${SAMPLE} --as-of 2025-12-31`);
  });
});

/** The options of each command as written in a usage text: the lines from "bdg <command>" to the next "bdg". */
function optionsInUsage(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  let current: Set<string> | null = null;
  for (const line of text.split("\n")) {
    const head = /^\s*bdg ([a-z]+)\b/.exec(line);
    if (head) found.set(head[1], (current = new Set()));
    else if (!/^\s+\[/.test(line)) current = null;
    if (current) for (const m of line.matchAll(/--([a-z][a-z-]*)/g)) current.add(m[1]);
  }
  return found;
}

describe("usage lists exactly the options each command accepts", () => {
  const readmeBlock = (() => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("## The `bdg` command"));
    return section.slice(0, section.indexOf("\n## "));
  })();

  it.each([
    ["--help (vi)", CLI_MESSAGES.vi.usage()],
    ["--help (en)", CLI_MESSAGES.en.usage()],
    ["README", readmeBlock],
  ])("%s", (_, text) => {
    const usage = optionsInUsage(text);
    for (const [command, flags] of Object.entries(COMMAND_FLAGS)) {
      expect([command, [...(usage.get(command) ?? [])].sort()]).toEqual([command, [...flags].sort()]);
    }
    for (const flag of [...COMMON_FLAGS, "version"]) expect(text).toContain(`--${flag}`);
  });

  it("every option that takes a value belongs to some command", () => {
    const all = new Set<string>([...Object.values(COMMAND_FLAGS).flat(), ...COMMON_FLAGS]);
    for (const flag of VALUE_FLAGS) expect(all).toContain(flag);
  });

  it("the parser refuses an option the usage does not list", async () => {
    const r = await bdg("progress", SAMPLE, "--forms", "BC");
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain("--forms");
  });
});

describe("the bdg executable", () => {
  const built = existsSync(join(ROOT, "build", "cli", "main.js"));
  const run = (...argv: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) =>
      execFile(process.execPath, [join(ROOT, "bin", "bdg.js"), ...argv], (e, stdout, stderr) => done({ code: e ? Number(e.code) : 0, stdout, stderr })),
    );
  (built ? it : it.skip)("bdg alone: usage on stderr, nothing on stdout, exit 2", async () => {
    const r = await run();
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("bdg report <tệp.xlsx>");
  });
  (built ? it : it.skip)("--out into a missing folder: one line, no stack, no OS code", async () => {
    const r = await run("report", SAMPLE, "--period", "--out", join(dir, "khong", "co", "bc.xlsx"));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(OS_CODE);
    expect(r.stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });
});
