import { useEffect } from 'react';

// antd's Tabs (rc-tabs) puts role="tablist" on the whole tab bar, which also holds the "more"
// button it shows when the tabs do not fit (on a phone). A tablist may own only tabs (WCAG 4.1.2,
// axe aria-required-children), and no Tabs prop moves the role, so it is moved here: onto the
// bar's list of tabs, leaving the "more" button a plain button beside it. React sets the role once
// on mount and never again (the prop does not change), so a bar is adjusted once each time it mounts.
function ownTabsOnly(root: ParentNode) {
  for (const bar of root.querySelectorAll<HTMLElement>('.ant-tabs-nav[role="tablist"]')) {
    const list = bar.querySelector<HTMLElement>(':scope > .ant-tabs-nav-wrap > .ant-tabs-nav-list');
    if (!list) continue;
    list.setAttribute('role', 'tablist');
    const orientation = bar.getAttribute('aria-orientation');
    if (orientation) list.setAttribute('aria-orientation', orientation);
    bar.removeAttribute('role');
    bar.removeAttribute('aria-orientation');
  }
}

/** Keeps every antd tab bar on the page (drawers and dialogs included) a tablist of tabs only. */
export function useTablistOfTabsOnly() {
  useEffect(() => {
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => ownTabsOnly(document.body));
    };
    const mutations = new MutationObserver(schedule);
    mutations.observe(document.body, { childList: true, subtree: true });
    schedule();
    return () => {
      cancelAnimationFrame(frame);
      mutations.disconnect();
    };
  }, []);
}
