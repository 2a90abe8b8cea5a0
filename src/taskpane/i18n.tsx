import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, type Locale } from "../core/i18n/locale";
import { taskpaneMessages, type TaskpaneMessages } from "./messages";

interface LocaleValue {
  locale: Locale;
  m: TaskpaneMessages;
}

const LocaleContext = createContext<LocaleValue>({ locale: DEFAULT_LOCALE, m: taskpaneMessages(DEFAULT_LOCALE) });

/**
 * Every component reads its texts from here, so one switch changes the whole pane. `overrides`
 * rewords some texts for another host of the same views (the web page: no Excel to select in).
 */
export function LocaleProvider({ locale, overrides, children }: { locale: Locale; overrides?: Partial<TaskpaneMessages>; children: ReactNode }) {
  return <LocaleContext.Provider value={{ locale, m: overrides ? { ...taskpaneMessages(locale), ...overrides } : taskpaneMessages(locale) }}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}
