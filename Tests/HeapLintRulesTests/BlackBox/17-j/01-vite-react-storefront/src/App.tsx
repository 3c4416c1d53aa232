import { useEffect } from 'react';
import { Route, Routes, useLocation } from 'react-router-dom';
import LoginPage from './pages/LoginPage';
import CheckoutPage from './pages/CheckoutPage';
import AccountPage from './pages/AccountPage';
import ProductPage from './pages/ProductPage';

function useRouteProperties() {
  const location = useLocation();
  useEffect(() => {
    const section = location.pathname.split('/')[1] || 'home';
    window.heap.addEventProperty({ storeSection: section }); // expect: unknown-heap-method
    window.heap.track('Route Changed', { path: location.pathname });
  }, [location.pathname]);
}

export default function App() {
  useRouteProperties();
  return (
    <Routes>
      <Route path="/" element={<ProductPage />} />
      <Route path="/p/:sku" element={<ProductPage />} />
      <Route path="/login" element={<LoginPage />} />
      <Route path="/checkout" element={<CheckoutPage />} />
      <Route path="/account" element={<AccountPage />} />
    </Routes>
  );
}
