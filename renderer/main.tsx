import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import './styles/theme.css';
import './styles/layout.css';
import './styles/toolbar.css';
import './styles/controls.css';
import './styles/report.css';
import './styles/summary.css';
import './styles/start.css';

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
