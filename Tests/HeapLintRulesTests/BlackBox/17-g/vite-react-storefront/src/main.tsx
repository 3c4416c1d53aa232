import React from 'react';
import ReactDOM from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import App from './App';
import { AuthProvider } from './auth/AuthContext';
import { AnalyticsProvider } from './analytics/AnalyticsProvider';
import { CartProvider } from './lib/cart';
import { initPosthog } from './lib/posthog';
import './index.css';

initPosthog();

ReactDOM.createRoot(document.getElementById('root')!).render(
  <React.StrictMode>
    <BrowserRouter>
      <AuthProvider>
        <AnalyticsProvider>
          <CartProvider>
            <App />
          </CartProvider>
        </AnalyticsProvider>
      </AuthProvider>
    </BrowserRouter>
  </React.StrictMode>,
);
