import type { CliMessages } from "./messages";

/** Operating-system error codes a user can act on, each said in words by the catalogue. */
const KNOWN = ["ENOENT", "ENOTDIR", "EISDIR", "EACCES", "EPERM", "EROFS", "ENOSPC", "EBUSY", "EMFILE", "EEXIST", "ENAMETOOLONG"] as const;
type KnownCode = (typeof KNOWN)[number];

function isKnown(code: unknown): code is KnownCode {
  return typeof code === "string" && (KNOWN as readonly string[]).includes(code);
}

/**
 * Why a file operation failed, in words: never the OS code ("ENOENT") nor the path of a temporary
 * file, which mean nothing to a user.
 */
export function osReason(e: unknown, t: CliMessages): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return isKnown(code) ? t.osError({ code }) : t.osErrorOther();
}

/**
 * The reason of an unexpected error: its message when it reads as words, never a stack, an OS code
 * ("ENOENT", "EACCES") or a path.
 */
export function scrubbedReason(e: unknown, t: CliMessages): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (isKnown(code)) return t.osError({ code });
  const message = e instanceof Error ? e.message : String(e);
  const firstLine = message.split("\n")[0].trim();
  if (firstLine === "" || /\bE[A-Z]{2,}\b|[\\/]|\bat \S+ \(/.test(firstLine)) return t.osErrorOther();
  return firstLine;
}

export type { KnownCode as OsErrorCode };
