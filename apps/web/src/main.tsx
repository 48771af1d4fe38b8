import { SessionStore } from '@bridgeway/web-auth';
import { createI18n } from '@bridgeway/web-shell';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';

const i18n = createI18n();
const session = new SessionStore('/graphql');
void session.restore(); // silently, from the httpOnly refresh cookie

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <App i18n={i18n} session={session} />
  </StrictMode>,
);
