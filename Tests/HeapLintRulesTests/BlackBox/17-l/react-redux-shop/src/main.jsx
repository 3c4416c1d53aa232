import React from 'react';
import ReactDOM from 'react-dom/client';
import { Provider } from 'react-redux';
import { BrowserRouter, Routes, Route } from 'react-router-dom';
import { store } from './app/store';
import { useHeapIdentity } from './hooks/useHeapIdentity';
import SsoCallback from './features/auth/SsoCallback';
import SettingsPage from './features/settings/SettingsPage';
import TeamSwitcher from './features/team/TeamSwitcher';

if (window.heap) {
  window.heap.addEventProperties({
    appVersion: import.meta.env.VITE_APP_VERSION ?? 'dev',
    buildMode: import.meta.env.MODE,
  });
}

function App() {
  useHeapIdentity();
  return (
    <Routes>
      <Route path="/sso/callback" element={<SsoCallback />} />
      <Route path="/settings" element={<SettingsPage initial={{ theme: 'light', emailDigest: true }} />} />
      <Route path="/teams" element={<TeamSwitcher />} />
    </Routes>
  );
}

ReactDOM.createRoot(document.getElementById('root')).render(
  <React.StrictMode>
    <Provider store={store}>
      <BrowserRouter>
        <App />
      </BrowserRouter>
    </Provider>
  </React.StrictMode>,
);
