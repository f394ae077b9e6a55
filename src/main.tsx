import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import './styles/app.css';
import './styles/presentation.css';
import { App } from './App';
import { DATASET } from './data/dataset';
import { startUrlSync } from './state/url-sync';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

startUrlSync();

createRoot(container).render(
  <StrictMode>
    <App dataset={DATASET} />
  </StrictMode>,
);
