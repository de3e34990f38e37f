import './runtime-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { initialLocale, loadMessages } from './i18n/i18n';
import './styles/index.css';

const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
// The saved language's messages first, so an English user never sees the first screen in Japanese;
// should they fail to load, the app starts in Japanese rather than not at all.
loadMessages(initialLocale()).then(render, render);
