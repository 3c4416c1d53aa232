import React from 'react';
import ReactDOM from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import App from './App';
import { HeapProvider } from './analytics/HeapProvider';
import { AuthProvider } from './auth/AuthContext';

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <BrowserRouter>
      <HeapProvider>
        <AuthProvider>
          <App />
        </AuthProvider>
      </HeapProvider>
    </BrowserRouter>
  </React.StrictMode>,
);
