import { useEffect, useRef } from 'react';
import type { Route } from './route';
import { href } from './route';

/** How long to wait for a screen's data before giving up on moving focus to its heading. */
const WAIT_MS = 3000;

/**
 * After a move to another screen, focus goes to the new page's main heading, so a screen-reader or
 * keyboard user starts where the page starts instead of on <body>. The first screen keeps the browser's focus.
 */
export function useFocusHeading(route: Route): void {
  const first = useRef(true);
  const address = href(route);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const started = Date.now();
    let frame = 0;
    const tryFocus = () => {
      const heading = document.querySelector<HTMLElement>('#main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
        return;
      }
      if (Date.now() - started < WAIT_MS) frame = requestAnimationFrame(tryFocus);
    };
    frame = requestAnimationFrame(tryFocus);
    return () => cancelAnimationFrame(frame);
  }, [address]);
}
