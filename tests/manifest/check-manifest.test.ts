/**
 * The offline manifest check, run the way `npm run validate` runs it: as a separate Node process,
 * on the real manifest and on broken copies of it. Each broken copy changes one thing that Office
 * (or its online validator) would reject, and must fail with the message that names it.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const SCRIPT = path.join(ROOT, "scripts", "check-manifest.js");
const REAL = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "bdg-manifest-"));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  stdout: string;
  /** stderr, one problem per line */
  lines: string[];
}

let counter = 0;
function check(xml: string, args: string[] = [], root = ROOT): Run {
  const file = path.join(tmp, `manifest-${++counter}.xml`);
  fs.writeFileSync(file, xml, "utf8");
  const r = spawnSync(process.execPath, [SCRIPT, file, "--root", root, ...args], { encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, lines: r.stderr.split("\n").filter((l) => l !== "") };
}

/** The real manifest with one change; fails the test if the change did not apply. */
function broken(from: string | RegExp, to: string): string {
  const out = REAL.replace(from, to);
  expect(out).not.toBe(REAL);
  return out;
}

/** 1-based line of the first occurrence of `needle` in `xml`. */
function lineOf(xml: string, needle: string): number {
  const at = xml.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  return xml.slice(0, at).split("\n").length;
}

const errors = (run: Run) => run.lines.filter((l) => !/: (cảnh báo|warning): /.test(l));

describe("the real manifest", () => {
  it("passes with one OK line and nothing else", () => {
    const run = check(REAL);
    expect(run.lines).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/: manifest hợp lệ$/);
  });

  it("says OK in English with --lang en", () => {
    const run = check(REAL, ["--lang", "en"]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toMatch(/: manifest OK$/);
  });

  it("still passes once every URL moves to a production server under a sub-folder", () => {
    const prodRoot = path.join(tmp, "dist");
    fs.mkdirSync(prodRoot, { recursive: true });
    fs.cpSync(path.join(ROOT, "assets"), path.join(prodRoot, "assets"), { recursive: true });
    const prod = REAL.split("https://localhost:3000/").join("https://addin.example.org/bdg/");
    const run = check(prod, [], prodRoot);
    expect(run.lines).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("fails when the icons are not where the URLs point", () => {
    const empty = path.join(tmp, "no-assets");
    fs.mkdirSync(empty, { recursive: true });
    const run = check(REAL, [], empty);
    expect(run.status).toBe(1);
    expect(errors(run).length).toBe(5); // IconUrl, HighResolutionIconUrl and the three ribbon images
    expect(errors(run).every((l) => l.includes("không có tệp biểu tượng"))).toBe(true);
  });
});

describe("broken copies fail with the message that names the problem", () => {
  it("malformed XML: one line with the line and column of the bad end tag", () => {
    const xml = broken("<Version>1.0.0.0</Version>", "<Version>1.0.0.0</Versio>");
    const run = check(xml);
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(1);
    const line = lineOf(xml, "</Versio>");
    expect(run.lines[0]).toContain(`:${line}: XML không hợp lệ (dòng ${line}, cột `);
    expect(run.lines[0]).toContain("thẻ đóng </Versio> không khớp với <Version>");
  });

  it("malformed XML in English", () => {
    const run = check(broken("Lạng Sơn</ProviderName>", "Lạng Sơn & Co</ProviderName>"), ["--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(/XML is not well-formed \(line \d+, column \d+\): a bare & \(write &amp;\)/);
  });

  it.each([
    ["a file cut short", REAL.slice(0, REAL.indexOf("<Resources>")), "thẻ <VersionOverrides> chưa được đóng"],
    ["a repeated attribute", REAL.replace('<Runtime resid="Taskpane.Url"', '<Runtime resid="Taskpane.Url" resid="Taskpane.Url"'), "thuộc tính resid bị lặp lại"],
    ["an unquoted attribute", REAL.replace('lifetime="long"', "lifetime=long"), "thuộc tính viết sai"],
    ["a second root element", `${REAL}<OfficeApp/>\n`, "có nội dung sau phần tử gốc"],
    ["a DOCTYPE", REAL.replace("<OfficeApp ", "<!DOCTYPE OfficeApp>\n<OfficeApp "), "không được dùng <!DOCTYPE>"],
  ])("malformed XML: %s", (_what, xml, reason) => {
    expect(xml).not.toBe(REAL);
    const run = check(xml);
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toContain("XML không hợp lệ (dòng ");
    expect(run.lines[0]).toContain(reason);
  });

  it("a resid that Resources does not define", () => {
    const xml = broken('<Label resid="Group.Label"/>', '<Label resid="Group.Lbl"/>');
    const run = check(xml);
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([
      expect.stringContaining(`:${lineOf(xml, "Group.Lbl")}: <Label> tham chiếu resid "Group.Lbl" không có trong <Resources>`),
    ]);
    // The string nobody uses any more is only a warning.
    expect(run.lines).toContainEqual(expect.stringContaining('cảnh báo: resid "Group.Label" được định nghĩa nhưng không được dùng'));
  });

  it("Runtimes not the first child of the Workbook host", () => {
    const runtimes = REAL.match(/ *<Runtimes>[\s\S]*?<\/Runtimes>\n/);
    expect(runtimes).not.toBeNull();
    const block = (runtimes as RegExpMatchArray)[0];
    const xml = broken(block, "").replace("        </AllFormFactors>\n", `        </AllFormFactors>\n${block}`);
    const run = check(xml);
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([
      expect.stringContaining('<Runtimes> phải là phần tử con đầu tiên của <Host xsi:type="Workbook">, đang đứng sau <AllFormFactors>'),
    ]);
  });

  it("a custom functions namespace other than BDG", () => {
    const run = check(broken('id="Functions.Namespace" DefaultValue="BDG"', 'id="Functions.Namespace" DefaultValue="CONTOSO"'));
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([expect.stringContaining('namespace của hàm tùy chỉnh là "CONTOSO", phải là "BDG"')]);
  });

  it("an http URL", () => {
    const run = check(broken('<IconUrl DefaultValue="https://', '<IconUrl DefaultValue="http://'));
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([expect.stringContaining("URL phải dùng https: http://localhost:3000/assets/icon-32.png")]);
  });

  it("a file of the add-in on another origin", () => {
    const run = check(broken('id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/', 'id="Functions.Metadata.Url" DefaultValue="https://cdn.example.org/'));
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([
      expect.stringContaining("URL https://cdn.example.org/functions.json không cùng nguồn với add-in (https://localhost:3000)"),
    ]);
  });

  it("an icon URL whose file does not exist", () => {
    const xml = broken('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-81.png"');
    const run = check(xml);
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([
      expect.stringContaining(`:${lineOf(xml, "icon-81.png")}: không có tệp biểu tượng ${path.join("assets", "icon-81.png")}`),
    ]);
  });

  it("an icon of the wrong pixel size", () => {
    const run = check(broken('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>', '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png"/>'));
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([expect.stringContaining("icon-128.png có kích thước 128×128, cần 64×64 điểm ảnh")]);
  });

  it("a runtime with a short lifetime", () => {
    const run = check(broken('lifetime="long"', 'lifetime="short"'));
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([expect.stringContaining('<Runtime> phải có lifetime="long"')]);
  });

  it("a task pane button that opens another page than the shared runtime's", () => {
    const xml = broken(
      '<TaskpaneId>BDG.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Taskpane.Url"/>',
      '<TaskpaneId>BDG.Taskpane</TaskpaneId>\n                    <SourceLocation resid="Functions.Metadata.Url"/>',
    );
    const run = check(xml);
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([expect.stringContaining('dùng resid "Functions.Metadata.Url" nhưng runtime dùng chung là "Taskpane.Url"')]);
  });

  it("an Id that is not a GUID and a version that is not a.b.c.d", () => {
    const run = check(broken("<Version>1.0.0.0</Version>", "<Version>1.0</Version>").replace(/<Id>[^<]*<\/Id>/, "<Id>bdg-addin</Id>"), ["--lang", "en"]);
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([
      expect.stringContaining('Id "bdg-addin" is not a GUID'),
      expect.stringContaining('Version "1.0" must be a.b.c.d'),
    ]);
  });

  it("an element out of schema order names only the stray element", () => {
    const xml = broken("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace("<Hosts>\n    <Host Name", "<Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name");
    const run = check(xml);
    expect(run.status).toBe(1);
    expect(errors(run)).toEqual([
      expect.stringContaining("<Permissions> đặt sai chỗ trong <OfficeApp>: phải đứng sau <DefaultSettings>"),
    ]);
  });
});

describe("the command line", () => {
  it("exits 2 with a usage line on an unknown option", () => {
    const r = spawnSync(process.execPath, [SCRIPT, "--bogus"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Cách dùng: node scripts/check-manifest.js");
  });

  it("exits 2 when the manifest cannot be read", () => {
    const r = spawnSync(process.execPath, [SCRIPT, path.join(tmp, "missing.xml"), "--lang", "en"], { encoding: "utf8" });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("cannot read");
  });

  it("checks manifest.xml in the current folder by default", () => {
    const r = spawnSync(process.execPath, [SCRIPT], { encoding: "utf8", cwd: ROOT });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe("manifest.xml: manifest hợp lệ");
  });
});

describe("the manifest to deploy (--production)", () => {
  const PLACEHOLDER = "https://bdg-addin.example.invalid/";
  const AGENCY = "https://addin.agency.example/bdg/";
  const placeholderBuild = REAL.split("https://localhost:3000/").join(PLACEHOLDER);
  const agencyBuild = REAL.split("https://localhost:3000/").join(AGENCY);

  /** A project folder: manifest.xml and assets/, and dist/manifest.xml when `dist` is given. */
  function project(dist?: string): string {
    const dir = fs.mkdtempSync(path.join(tmp, "project-"));
    fs.writeFileSync(path.join(dir, "manifest.xml"), REAL, "utf8");
    fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "assets"), { recursive: true });
    if (dist !== undefined) {
      fs.mkdirSync(path.join(dir, "dist"));
      fs.cpSync(path.join(ROOT, "assets"), path.join(dir, "dist", "assets"), { recursive: true });
      fs.writeFileSync(path.join(dir, "dist", "manifest.xml"), dist, "utf8");
    }
    return dir;
  }

  function inProject(dir: string, addinUrl: string | undefined, args: string[] = []): Run {
    const env = { ...process.env };
    delete env.BDG_ADDIN_URL;
    if (addinUrl !== undefined) env.BDG_ADDIN_URL = addinUrl;
    const r = spawnSync(process.execPath, [SCRIPT, "--production", ...args], { encoding: "utf8", cwd: dir, env });
    return { status: r.status, stdout: r.stdout, lines: r.stderr.split("\n").filter((l) => l !== "") };
  }

  it("refuses the placeholder URL once, on its first use, and says which variable to set", () => {
    const run = check(placeholderBuild, ["--production"]);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([expect.stringContaining(`:${lineOf(placeholderBuild, PLACEHOLDER)}: manifest trỏ tới địa chỉ giữ chỗ https://bdg-addin.example.invalid`)]);
    expect(run.lines[0]).toContain("BDG_ADDIN_URL=");
    expect(run.lines[0]).toContain("npm run build");
  });

  it("refuses a development build's localhost URLs", () => {
    const run = check(REAL, ["--production", "--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([expect.stringContaining("points to the development machine https://localhost:3000")]);
    expect(run.lines[0]).toContain("BDG_ADDIN_URL=");
  });

  it("accepts a build for the agency's server", () => {
    const run = check(agencyBuild, ["--production"]);
    expect(run.lines).toEqual([]);
    expect(run.status).toBe(0);
  });

  it("without a file, checks dist/manifest.xml when a build made one", () => {
    const dir = project(placeholderBuild);
    const run = inProject(dir, AGENCY, ["--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([expect.stringMatching(/^dist[/\\]manifest\.xml:\d+: the manifest points to the placeholder/)]);
  });

  it("without dist/, checks the manifest the production build would make: refused while BDG_ADDIN_URL is unset", () => {
    const dir = project();
    const run = inProject(dir, undefined, ["--lang", "en"]);
    expect(run.status).toBe(1);
    expect(run.lines).toEqual([expect.stringContaining("manifest.xml (the production manifest npm run build makes):")]);
    expect(run.lines[0]).toContain("set the environment variable BDG_ADDIN_URL=");
  });

  it("without dist/, accepts the manifest the build would make for the agency's server", () => {
    const dir = project();
    const run = inProject(dir, AGENCY);
    expect(run.lines).toEqual([]);
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe("manifest.xml (bản production mà npm run build tạo ra): manifest hợp lệ");
  });

  it("is what npm run validate runs after the source check", () => {
    const scripts = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
    expect(scripts.validate).toMatch(/check-manifest\.js manifest\.xml && node scripts\/check-manifest\.js --production$/);
  });
});
