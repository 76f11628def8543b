import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { createAppI18n } from './app/i18n';
import { connect } from './api/connect';
import { Providers } from './app/Providers';
import { RecoveryGate } from './recovery/RecoveryGate';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <Providers i18n={createAppI18n(navigator.language)} connection={connect(window, sessionStorage)}>
      <RecoveryGate>
        <App />
      </RecoveryGate>
    </Providers>
  </StrictMode>,
);
