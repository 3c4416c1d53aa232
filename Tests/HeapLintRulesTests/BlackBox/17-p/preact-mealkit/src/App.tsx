import { useEffect } from 'preact/hooks';
import { LocationProvider, Router, Route, useLocation } from 'preact-iso';
import { trackRoute } from './analytics/heap';
import { SECTIONS } from './analytics/constants';
import { AccountMenu } from './components/AccountMenu';
import { NewsletterSignup } from './components/NewsletterSignup';
import { PlanPicker } from './components/PlanPicker';
import { SignupWizard } from './components/SignupWizard';
import { Checkout } from './components/Checkout';
import { DemoKiosk } from './pages/DemoKiosk';

function RouteTracker() {
  const { path } = useLocation();
  useEffect(() => {
    trackRoute(path, SECTIONS[path] ?? 'other');
  }, [path]);
  return null;
}

export function App() {
  return (
    <LocationProvider>
      <RouteTracker />
      <header class="site-header">
        <a href="/" class="logo">Harvest Box</a>
        <AccountMenu />
      </header>
      <main>
        <Router>
          <Route path="/plans" component={PlanPicker} />
          <Route path="/signup" component={SignupWizard} />
          <Route path="/checkout" component={Checkout} />
          <Route path="/kiosk" component={DemoKiosk} />
          <Route default component={() => <p>Pick a plan to get started.</p>} />
        </Router>
      </main>
      <footer>
        <NewsletterSignup />
      </footer>
    </LocationProvider>
  );
}
