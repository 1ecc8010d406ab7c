import { useEffect } from 'react';

// WCAG 2.1.1: a table wider than its box scrolls inside it (so the page does not scroll
// sideways on a phone), and a box that scrolls must be reachable by keyboard to be scrolled.
// A table of plain text has nothing focusable, so its scrolling box takes the focus itself.
const BOXES = '.ant-table-content, .ant-table-body';

function markScrollable(root: HTMLElement) {
  for (const box of root.querySelectorAll<HTMLElement>(BOXES)) {
    const scrolls = box.scrollWidth > box.clientWidth || box.scrollHeight > box.clientHeight;
    if (scrolls && !box.hasAttribute('tabindex')) box.tabIndex = 0;
    else if (!scrolls && box.getAttribute('tabindex') === '0') box.removeAttribute('tabindex');
  }
}

/** Keeps every scrolling table box under `#main` in the tab order while (and only while) it scrolls. */
export function useKeyboardScrollableTables() {
  useEffect(() => {
    const root = document.getElementById('main');
    if (!root) return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => markScrollable(root));
    };
    const mutations = new MutationObserver(schedule);
    mutations.observe(root, { childList: true, subtree: true });
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
      window.removeEventListener('resize', schedule);
    };
  }, []);
}
