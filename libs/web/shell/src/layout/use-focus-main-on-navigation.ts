import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/** After an in-app navigation, moves focus to <main> so screen readers start at the new page. */
export function useFocusMainOnNavigation(mainId: string): void {
  const { pathname } = useLocation();
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(mainId)?.focus({ preventScroll: false });
  }, [pathname, mainId]);
}
