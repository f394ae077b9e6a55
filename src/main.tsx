import './zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/atkinson-hyperlegible-next/latin-400.css';
import '@fontsource/atkinson-hyperlegible-next/latin-700.css';
import './styles/app.css';
import './styles/presentation.css';
import { App } from './App';
import { loadDataset } from './data/dataset';
import { startUrlSync } from './state/url-sync';
import { DatasetErrorScreen } from './ui/DatasetErrorScreen';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');

const dataset = loadDataset();
if (dataset.ok) startUrlSync();

createRoot(container).render(
  <StrictMode>
    {dataset.ok ? <App dataset={dataset.data} /> : <DatasetErrorScreen errors={dataset.errors} />}
  </StrictMode>,
);
