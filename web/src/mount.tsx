// The page's second boot step (main.tsx runs the first): languages, the explorer's state and the
// loading page, rendered into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n, setLanguage, storedLanguage } from './i18n/index.js';
import { App } from './views/App.js';

export function mount(root: HTMLElement): void {
  setLanguage(storedLanguage());
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
