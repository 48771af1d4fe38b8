import { SessionStore } from '@bridgeway/web-auth';
import { createI18n } from '@bridgeway/web-shell';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createAppRouter } from './router';
import { loadTranslation } from './translations';
import { webDomains } from './web-domains';

const i18n = createI18n({ load: loadTranslation });
const router = createAppRouter(i18n, webDomains);
const session = new SessionStore('/graphql');
void session.restore(); // silently, from the httpOnly refresh cookie

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} session={session} router={router} />
  </StrictMode>,
);
