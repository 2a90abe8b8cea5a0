import { stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import type { ReportCliTexts } from "./report-messages";

/**
 * Why the report cannot go where --out says, before anything is read or written: the folder is
 * missing, or is a file. Null when the folder is there (other failures are told when writing).
 */
export async function outFolderProblem(output: string, rt: ReportCliTexts): Promise<string | null> {
  const folder = dirname(resolve(output));
  try {
    const s = await stat(folder);
    return s.isDirectory() ? null : rt.outFolderIsFile({ folder, file: output });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return rt.outFolderMissing({ folder, file: output });
    return null;
  }
}
