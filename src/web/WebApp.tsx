import { Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Text, ToggleButton, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { DEFAULT_LOCALE, type Locale } from "../core/i18n/locale";
import type { Day } from "../core/time/days";
import { App } from "../taskpane/App";
import { useLocale } from "../taskpane/i18n";
import { XlsxReadError } from "../xlsx/xlsx-read-error";
import { CellPreview, type PreviewTarget } from "./CellPreview";
import { FileOpener, filesOf } from "./FileOpener";
import { FileWorkbookService, type FileServiceOptions } from "./file-workbook-service";
import { paneTextsForPage, webMessages } from "./messages";

const useStyles = makeStyles({
  first: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  messages: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0` },
  note: { color: tokens.colorNeutralForeground2 },
  files: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

interface OpenFile {
  id: number;
  name: string;
  service: FileWorkbookService;
}

interface OpenFailure {
  id: number;
  name: string;
  error: unknown;
}

export interface WebAppProps {
  download: FileServiceOptions["download"];
  loadExcelJs: FileServiceOptions["loadExcelJs"];
  asOf?: Day;
  initialLocale?: Locale;
}

/** Reports the pane's language (App owns it) to the page. */
function LocaleProbe({ onLocale }: { onLocale: (l: Locale) => void }) {
  const { locale } = useLocale();
  useEffect(() => onLocale(locale), [locale, onLocale]);
  return null;
}

/** What could not be opened, in the command line's words. */
function Failures({ failures, onDismiss }: { failures: OpenFailure[]; onDismiss: (id: number) => void }) {
  const { locale } = useLocale();
  const w = webMessages(locale);
  return (
    <>
      {failures.map((f) => (
        <MessageBar key={f.id} intent="error" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{w.unreadableTitle(f.name)}</MessageBarTitle>
            <div>{f.error instanceof XlsxReadError ? f.error.messageIn(locale) : f.error instanceof Error ? f.error.message : String(f.error)}</div>
          </MessageBarBody>
          <Button size="small" appearance="transparent" onClick={() => onDismiss(f.id)} aria-label={w.previewClose}>
            ✕
          </Button>
        </MessageBar>
      ))}
    </>
  );
}

function Opening({ names }: { names: string[] }) {
  const { locale } = useLocale();
  const w = webMessages(locale);
  return names.length > 0 ? <Spinner size="tiny" labelPosition="after" label={w.opening(names[0])} /> : null;
}

function Privacy() {
  const { locale } = useLocale();
  const w = webMessages(locale);
  return (
    <MessageBar intent="success" layout="multiline" icon={null}>
      <MessageBarBody>
        <MessageBarTitle>{w.privacyTitle}</MessageBarTitle>
        <div>{w.privacyBody}</div>
      </MessageBarBody>
    </MessageBar>
  );
}

let nextId = 1;

/** The page: choose workbooks, then the pane's views on the chosen one. */
export function WebApp({ download, loadExcelJs, asOf, initialLocale }: WebAppProps) {
  const s = useStyles();
  const [files, setFiles] = useState<OpenFile[]>([]);
  const [current, setCurrent] = useState<number | null>(null);
  const [failures, setFailures] = useState<OpenFailure[]>([]);
  const [opening, setOpening] = useState<string[]>([]);
  const [preview, setPreview] = useState<(PreviewTarget & { id: number }) | null>(null);
  const [locale, setLocale] = useState<Locale>(initialLocale ?? DEFAULT_LOCALE);
  const localeRef = useRef(locale);
  localeRef.current = locale;

  const openFiles = useCallback(
    async (list: File[]) => {
      setFailures([]);
      for (const file of list) {
        const id = nextId++;
        setOpening((o) => [...o, file.name]);
        try {
          const bytes = new Uint8Array(await file.arrayBuffer());
          const service = await FileWorkbookService.open(file.name, bytes, {
            download,
            loadExcelJs,
            locale: () => localeRef.current,
            showCell: (sheet, cell) => setPreview({ id, sheet, cell }),
          });
          setFiles((fs) => [...fs, { id, name: file.name, service }]);
          setCurrent(id);
        } catch (error) {
          setFailures((fs) => [...fs, { id, name: file.name, error }]);
        } finally {
          setOpening((o) => o.filter((n, i) => i !== o.indexOf(file.name)));
        }
      }
    },
    [download, loadExcelJs],
  );

  // Files dropped anywhere on the page open too (instead of the browser leaving the page for them).
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const dropped = filesOf(e.dataTransfer?.files);
      if (dropped.length > 0) void openFiles(dropped);
    };
    window.addEventListener("dragover", over);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragover", over);
      window.removeEventListener("drop", drop);
    };
  }, [openFiles]);

  const close = (id: number) => {
    const rest = files.filter((f) => f.id !== id);
    setFiles(rest);
    if (current === id) setCurrent(rest.length > 0 ? rest[rest.length - 1].id : null);
  };

  const active = files.find((f) => f.id === current) ?? null;
  const dismiss = (id: number) => setFailures((fs) => fs.filter((f) => f.id !== id));
  const w = webMessages(locale);

  const firstScreen = (
    <div className={s.first}>
      <LocaleProbe onLocale={setLocale} />
      <Privacy />
      <Text>{w.intro}</Text>
      <FileOpener onFiles={(fs) => void openFiles(fs)} busy={opening.length > 0} />
      <Opening names={opening} />
      <Failures failures={failures} onDismiss={dismiss} />
    </div>
  );

  const toolbar = active ? (
    <>
      <LocaleProbe onLocale={setLocale} />
      <div className={s.bar} role="region" aria-label={w.filesLabel}>
        {/* Plain toggle buttons: a Fluent TabList's focus helpers add hidden focusable elements. */}
        <div role="group" aria-label={w.filesLabel} className={s.files}>
          {files.map((f) => (
            <ToggleButton key={f.id} size="small" appearance={f.id === active.id ? "primary" : "subtle"} checked={f.id === active.id} onClick={() => setCurrent(f.id)}>
              {f.name}
            </ToggleButton>
          ))}
        </div>
        <Button size="small" appearance="subtle" onClick={() => close(active.id)}>
          {w.closeFile(active.name)}
        </Button>
        <FileOpener compact onFiles={(fs) => void openFiles(fs)} busy={opening.length > 0} />
        <Text size={200} className={s.note}>
          {w.originalUntouched}
        </Text>
      </div>
      {opening.length > 0 || failures.length > 0 ? (
        <div className={s.messages}>
          <Opening names={opening} />
          <Failures failures={failures} onDismiss={dismiss} />
        </div>
      ) : null}
      <CellPreview snapshot={active.service.snapshot} target={preview && preview.id === active.id ? preview : null} onClose={() => setPreview(null)} />
    </>
  ) : null;

  return (
    <App
      key={active ? active.id : "none"}
      service={active?.service ?? null}
      asOf={asOf}
      initialLocale={locale}
      texts={paneTextsForPage}
      firstScreen={firstScreen}
      toolbar={toolbar}
    />
  );
}
