import { Route, Routes } from 'react-router-dom';
import { useHeapIdentity } from './analytics/useHeapIdentity';
import AccountPage from './pages/AccountPage';
import CheckoutPage from './pages/CheckoutPage';
import DemoPage from './pages/DemoPage';
import GiftCardPage from './pages/GiftCardPage';
import ProductPage from './pages/ProductPage';

export default function App() {
  useHeapIdentity();

  return (
    <Routes>
      <Route path="/products/:slug" element={<ProductPage />} />
      <Route path="/checkout" element={<CheckoutPage />} />
      <Route path="/account" element={<AccountPage />} />
      <Route path="/demo" element={<DemoPage />} />
      <Route path="/gift/:code" element={<GiftCardPage />} />
    </Routes>
  );
}
