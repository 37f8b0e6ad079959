import { StrictMode } from 'react';
import * as ReactDOM from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './app/app';
import { createAppApi } from './lib/api/create-app-api';
import { createSessionStore } from './lib/auth/session-store';
import { createChatClient } from './lib/chat/chat-connection';
import { createI18n, detectInitialLocale } from './lib/i18n/i18n';

const session = createSessionStore();
const api = createAppApi(session);
const i18n = createI18n(detectInitialLocale());

const root = document.getElementById('root');
if (!root) {
  throw new Error('index.html is missing <div id="root">');
}

ReactDOM.createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App
        services={{ api, session, createChat: createChatClient }}
        i18n={i18n}
      />
    </BrowserRouter>
  </StrictMode>,
);
