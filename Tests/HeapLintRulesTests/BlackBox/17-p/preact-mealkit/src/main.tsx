import { render } from 'preact';
import { App } from './App';
import { loadSession } from './state/session';
import { restoreCart } from './state/cart';

render(<App />, document.getElementById('app')!);

loadSession()
  .then(restoreCart)
  .catch((err) => console.warn('[boot] session or cart unavailable', err));
