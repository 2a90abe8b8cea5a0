import { useCallback, useEffect, useRef, useState } from "react";

/**
 * Move keyboard focus to an element by id once it is on the page: after a long operation (whose
 * button was disabled meanwhile, dropping focus to the page body) or when a panel opens or closes.
 * The element is scrolled into view (clear of the sticky tab bar, by the page's scroll padding).
 */
export function useFocusRequest(): (id: string) => void {
  const pending = useRef<string | null>(null);
  const [, setTick] = useState(0);
  // Runs after every render: the element may appear one or two renders after the request.
  useEffect(() => {
    const id = pending.current;
    if (id === null) return;
    const el = document.getElementById(id);
    if (!el || el.closest("[hidden]")) return;
    pending.current = null;
    el.focus();
    el.scrollIntoView?.({ block: "nearest" });
  });
  return useCallback((id: string) => {
    pending.current = id;
    setTick((t) => t + 1);
  }, []);
}
