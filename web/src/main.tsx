import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerCapabilities } from './app/access';
import { App } from './app/App';
import { startI18n } from './app/i18n';
import { capabilityTable } from './app/modules';
import { modules } from './modules';

// Before the first render: every page translates and asks `can`. A capability or message key
// declared twice throws here, at start, not on the page that would show it.
startI18n(modules);
registerCapabilities(capabilityTable(modules));

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain #root');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
