import React from 'react';
import { createRoot } from 'react-dom/client';
import { installHeap } from './heap';
import { App } from './App';

installHeap();
window.heap.addEventProperties({ app_version: import.meta.env.VITE_APP_VERSION });

createRoot(document.getElementById('root')!).render(<App />);
