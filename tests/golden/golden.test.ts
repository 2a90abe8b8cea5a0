import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { join } from "path";
import { EXPECTED, goldenOutputs } from "./golden-run";

// After a change of output that is meant: UPDATE_GOLDEN=1 npx jest tests/golden, then review
// `git diff tests/golden` before committing it.
const UPDATE = process.env.UPDATE_GOLDEN === "1";

describe("outputs on the sample stay byte for byte what they were", () => {
  let outputs: Record<string, string>;
  beforeAll(async () => {
    outputs = await goldenOutputs();
    if (UPDATE) {
      rmSync(EXPECTED, { recursive: true, force: true });
      mkdirSync(EXPECTED, { recursive: true });
      for (const [name, text] of Object.entries(outputs)) writeFileSync(join(EXPECTED, name), text);
    }
  }, 60_000);

  it("produces the same set of outputs", () => {
    expect(Object.keys(outputs).sort()).toEqual(readdirSync(EXPECTED).sort());
  });

  it.each(existsSync(EXPECTED) ? readdirSync(EXPECTED) : [])("%s is unchanged", (name) => {
    expect(outputs[name]).toBe(readFileSync(join(EXPECTED, name), "utf8"));
  });
});
