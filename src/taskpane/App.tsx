import { Button, FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens, webLightTheme } from "@fluentui/react-components";
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "../core/i18n/locale";
import type { TaskpaneMessages } from "./messages";
import { todayFrom, type Day } from "../core/time/days";
import type { WorkbookService } from "../excel/workbook-service";
import { splitAccepted } from "../core/acceptance/accepted-issues";
import { summarize } from "../core/validate/validate";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { LocaleSwitch } from "./components/LocaleSwitch";
import { LongTaskBar } from "./components/LongTaskBar";
import { MessageArea } from "./components/MessageArea";
import { TabBar } from "./components/TabBar";
import { LocaleProvider, useLocale } from "./i18n";
import { errorDetail } from "./state/error-text";
import { addNotice, type Notice } from "./state/notices";
import { parseLocale } from "./state/settings";
import { useWorkbook } from "./state/use-workbook";
import { PlanView } from "./views/plan/PlanView";
import { ProgressView, type ObligationKey } from "./views/progress/ProgressView";
import { ReportsView } from "./views/reports/ReportsView";
import { ValidateView } from "./views/validate/ValidateView";

export type ViewId = "validate" | "progress" | "reports" | "plan";
const VIEWS: readonly ViewId[] = ["validate", "progress", "reports", "plan"];

/** Why there is no workbook to work on: not opened from Excel at all, or from another Office app. */
export type Unavailable = "no-office" | "not-excel";

export interface AppProps {
  service: WorkbookService | null;
  unavailable?: Unavailable;
  /** The day results are computed at; today by default (tests fix it). */
  asOf?: Day;
  initialLocale?: Locale;
  /** Shown instead of the "open it in Excel" message when there is no service (the web page's file chooser). */
  firstScreen?: ReactNode;
  /** Shown between the header and the tabs when there is a service (the web page's open files). */
  toolbar?: ReactNode;
  /** Pane texts reworded for another host of the views (the web page), by language. */
  texts?: (locale: Locale) => Partial<TaskpaneMessages>;
}

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalS}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  titles: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0 },
  title: { color: tokens.colorNeutralForegroundOnBrand, lineHeight: tokens.lineHeightBase400 },
  subtitle: { color: tokens.colorNeutralForegroundOnBrand, opacity: 0.9 },
  tabs: {
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    position: "sticky",
    top: 0,
    zIndex: 2,
  },
  status: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  // Read by screen readers, not shown: the outcome of a check, wherever it was started from.
  srOnly: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  main: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`, flexGrow: 1 },
});

export function App({ service, unavailable, asOf, initialLocale, firstScreen, toolbar, texts }: AppProps) {
  const [locale, setLocale] = useState<Locale>(initialLocale ?? DEFAULT_LOCALE);
  const s = useStyles();
  const overrides = useMemo(() => texts?.(locale), [texts, locale]);
  return (
    <FluentProvider theme={webLightTheme} lang={locale} className={s.root}>
      <LocaleProvider locale={locale} overrides={overrides}>
        {service ? (
          <Pane service={service} asOf={asOf ?? todayFrom(new Date())} locale={locale} setLocale={setLocale} toolbar={toolbar} />
        ) : firstScreen !== undefined ? (
          <FirstScreen setLocale={setLocale}>{firstScreen}</FirstScreen>
        ) : (
          <NoWorkbook reason={unavailable ?? "no-office"} setLocale={setLocale} />
        )}
      </LocaleProvider>
    </FluentProvider>
  );
}

function Header({ setLocale }: { setLocale: (l: Locale) => void }) {
  const s = useStyles();
  const { m } = useLocale();
  return (
    <header className={s.header}>
      <div className={s.titles}>
        <Text as="h1" weight="semibold" size={400} className={s.title}>
          {m.appTitle()}
        </Text>
        <Text size={200} className={s.subtitle}>
          {m.appSubtitle()}
        </Text>
      </div>
      <LocaleSwitch onChange={setLocale} />
    </header>
  );
}

function NoWorkbook({ reason, setLocale }: { reason: Unavailable; setLocale: (l: Locale) => void }) {
  const s = useStyles();
  const { m } = useLocale();
  return (
    <>
      <Header setLocale={setLocale} />
      <main className={s.main}>
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{reason === "not-excel" ? m.notExcelTitle() : m.noOfficeTitle()}</MessageBarTitle>
            <div>{m.noOfficeBody()}</div>
          </MessageBarBody>
        </MessageBar>
      </main>
    </>
  );
}

/** Another host's own first screen (the web page's file chooser), under the same header. */
function FirstScreen({ setLocale, children }: { setLocale: (l: Locale) => void; children: ReactNode }) {
  const s = useStyles();
  return (
    <>
      <Header setLocale={setLocale} />
      <main className={s.main}>{children}</main>
    </>
  );
}

interface PaneProps {
  service: WorkbookService;
  asOf: Day;
  locale: Locale;
  setLocale: (l: Locale) => void;
  toolbar?: ReactNode;
}

function Pane({ service, asOf, locale, setLocale, toolbar }: PaneProps) {
  const s = useStyles();
  const { m } = useLocale();
  const [notices, setNotices] = useState<Notice[]>([]);
  const notify = useCallback((n: Notice) => setNotices((list) => addNotice(list, n)), []);
  const dismiss = useCallback((key: string) => setNotices((list) => list.filter((n) => n.key !== key)), []);
  const wb = useWorkbook(service, locale, m, notify, asOf);
  const [view, setView] = useState<ViewId>("validate");
  const [visited, setVisited] = useState<ReadonlySet<ViewId>>(() => new Set<ViewId>(["validate"]));
  const [focus, setFocus] = useState<ObligationKey | null>(null);
  // Where each view was scrolled to, so that coming back to a long issue list finds the same place.
  const scrolled = useRef(new Map<ViewId, number>());
  const current = useRef<ViewId>("validate");

  const mainRef = useRef<HTMLElement>(null);

  const open = useCallback((v: ViewId) => {
    const page = document.scrollingElement;
    // Kept relative to the views' area: the messages above it may come and go meanwhile.
    if (page && v !== current.current) scrolled.current.set(current.current, page.scrollTop - (mainRef.current?.offsetTop ?? 0));
    current.current = v;
    setView(v);
    setVisited((old) => (old.has(v) ? old : new Set([...old, v])));
    // News of what was just done belongs to the view it was done in; errors and warnings stay.
    setNotices((list) => list.filter((n) => n.intent === "error" || n.intent === "warning"));
  }, []);

  // Each view opens where it was left, at its top the first time, once its content is on the page
  // (a layout effect: before the browser paints; scrollTop: some hosts lack scrollTo).
  useLayoutEffect(() => {
    const page = document.scrollingElement;
    const saved = scrolled.current.get(view);
    if (page) page.scrollTop = saved === undefined ? 0 : saved + (mainRef.current?.offsetTop ?? 0);
  }, [view]);

  // The language chosen last time in this workbook.
  useEffect(() => {
    let alive = true;
    service.loadSetting("bdg.locale").then(
      (text) => {
        const saved = parseLocale(text);
        if (alive && saved) setLocale(saved);
      },
      () => {
        /* The default language is a fine fallback; settings errors are reported by useWorkbook. */
      },
    );
    return () => {
      alive = false;
    };
  }, [service, setLocale]);

  // A promise nobody awaited still reaches the user.
  useEffect(() => {
    const onRejection = (ev: PromiseRejectionEvent) => {
      notify({ key: "unexpected", intent: "error", title: m.unexpectedTitle(), body: m.errorAdvice(), detail: errorDetail(ev.reason) });
    };
    window.addEventListener("unhandledrejection", onRejection);
    return () => window.removeEventListener("unhandledrejection", onRejection);
  }, [notify, m]);

  const changeLocale = useCallback(
    (l: Locale) => {
      setLocale(l);
      // Messages already shown are in the other language; what matters is shown again by the views.
      setNotices([]);
      service.saveSetting("bdg.locale", l).catch((e: unknown) => {
        notify({ key: "locale", intent: "warning", title: m.localeSaveFailedTitle(), body: m.localeSaveFailedBody(), detail: errorDetail(e) });
      });
    },
    [service, setLocale, notify, m],
  );

  const showObligation = useCallback(
    (k: ObligationKey) => {
      setFocus(k);
      open("progress");
    },
    [open],
  );

  // A finished check is announced (politely), so that a screen reader user knows the outcome.
  const announcement = useMemo(() => {
    const a = wb.analysis;
    if (!a) return "";
    if (a.data.activities.length === 0) return m.checkedNoTable();
    const { open, accepted } = splitAccepted(a.issues, wb.snapshot, wb.acceptances);
    const s = summarize(open);
    return m.checkedAnnouncement({ errors: s.errors, warnings: s.warnings, accepted: accepted.length });
  }, [wb.analysis, wb.snapshot, wb.acceptances, m]);

  const tabLabel: Record<ViewId, string> = { validate: m.tabValidate(), progress: m.tabProgress(), reports: m.tabReports(), plan: m.tabPlan() };

  const fallback = (error: unknown, reset: () => void) => (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{m.viewCrashedTitle()}</MessageBarTitle>
        <div>{m.viewCrashedBody()}</div>
        <Text size={200} block>
          {m.technicalDetail({ detail: errorDetail(error) })}
        </Text>
        <Button size="small" onClick={reset} style={{ marginTop: tokens.spacingVerticalXS }}>
          {m.tryAgain()}
        </Button>
      </MessageBarBody>
    </MessageBar>
  );

  return (
    <>
      <Header setLocale={changeLocale} />
      {toolbar}
      <nav className={s.tabs}>
        <TabBar
          items={VIEWS.map((v) => ({ value: v, label: tabLabel[v] }))}
          selected={view}
          onSelect={open}
          label={m.tabsLabel()}
          idOf={(v) => `tab-${v}`}
          panelOf={(v) => `view-${v}`}
        />
      </nav>
      {wb.running || notices.length > 0 ? (
        <div className={s.status}>
          <LongTaskBar running={wb.running} onCancel={wb.cancel} />
          <MessageArea notices={notices} onDismiss={dismiss} />
        </div>
      ) : null}
      <div aria-live="polite" aria-atomic="true" className={s.srOnly} data-testid="announcer">
        {announcement}
      </div>
      <main className={s.main} ref={mainRef}>
        {VIEWS.filter((v) => visited.has(v)).map((v) => (
          <section key={v} id={`view-${v}`} role="tabpanel" aria-labelledby={`tab-${v}`} hidden={v !== view}>
            <ErrorBoundary fallback={fallback}>
              {v === "validate" ? <ValidateView wb={wb} notify={notify} onShowObligation={showObligation} /> : null}
              {v === "progress" ? <ProgressView wb={wb} notify={notify} focus={focus} onFocus={setFocus} /> : null}
              {v === "reports" ? <ReportsView wb={wb} notify={notify} /> : null}
              {v === "plan" ? <PlanView wb={wb} notify={notify} /> : null}
            </ErrorBoundary>
          </section>
        ))}
      </main>
    </>
  );
}
