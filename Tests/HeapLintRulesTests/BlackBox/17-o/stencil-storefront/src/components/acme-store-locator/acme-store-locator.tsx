import { Component, Prop, State, h } from '@stencil/core';
import { analytics } from '../../utils/analytics';

interface Store {
  id: string;
  name: string;
  city: string;
  distanceKm: number;
}

/** Set by the theme (theme.liquid) before the components load. */
interface StorefrontContext {
  deviceId: string;
  locale: string;
  currency: string;
}

@Component({
  tag: 'acme-store-locator',
  styleUrl: 'acme-store-locator.css',
  shadow: true,
})
export class AcmeStoreLocator {
  @Prop() apiBase = '/apps/stores';

  @State() stores: Store[] = [];
  @State() preferred = localStorage.getItem('acme_store') ?? '';
  @State() searching = false;

  private async search(postcode: string) {
    this.searching = true;
    const res = await fetch(`${this.apiBase}/near?postcode=${encodeURIComponent(postcode)}`);
    this.stores = res.ok ? await res.json() : [];
    this.searching = false;
    analytics.track('Store Search', { results: this.stores.length });
  }

  private saveStore(store: Store) {
    this.preferred = store.id;
    localStorage.setItem('acme_store', store.id);
    const ctx = window.AcmeStorefront as StorefrontContext;
    // keep the preferred store on the shopper's Heap profile across visits
    analytics.identifyShopper(ctx.deviceId); // expect: anonymous-identity
    analytics.traits({ preferred_store: store.name, preferred_store_city: store.city });
  }

  render() {
    return (
      <div>
        <form
          onSubmit={(ev) => {
            ev.preventDefault();
            const input = (ev.target as HTMLFormElement).querySelector('input') as HTMLInputElement;
            this.search(input.value);
          }}
        >
          <input placeholder="Postcode" required />
          <button type="submit" disabled={this.searching}>Find stores</button>
        </form>
        <ul>
          {this.stores.map((s) => (
            <li>
              <strong>{s.name}</strong> · {s.city} · {s.distanceKm.toFixed(1)} km
              {this.preferred === s.id ? <span class="badge">My store</span> : <button onClick={() => this.saveStore(s)}>Make this my store</button>}
            </li>
          ))}
        </ul>
      </div>
    );
  }
}
