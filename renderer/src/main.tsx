import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { strictAssert } from '../../shared/index.ts';
import { App } from './app/App.tsx';
import { AuthGate } from './auth/AuthGate.tsx';
import { i18nReady } from './i18n/index.ts';
import './styles/app.css';

const root = document.getElementById('root');
strictAssert(root, 'index.html has a #root element');

void i18nReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <AuthGate>
        <App />
      </AuthGate>
    </StrictMode>,
  ),
);
