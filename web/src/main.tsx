// Entry point: languages first, then the explorer into #root.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n, setLanguage, storedLanguage } from './i18n/index.js';
import { startPerf } from './perf.js';
import { App } from './views/App.js';
import './styles.css';

startPerf();
setLanguage(storedLanguage());
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
