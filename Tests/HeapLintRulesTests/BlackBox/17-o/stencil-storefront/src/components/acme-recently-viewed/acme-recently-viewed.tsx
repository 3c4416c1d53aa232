import { Component, Prop, State, h } from '@stencil/core';
import { MinHeap } from '../../utils/min-heap';
import { analytics } from '../../utils/analytics';

type Viewed = { handle: string; title: string; image: string; viewedAt: number };

const STORAGE_KEY = 'acme_recently_viewed';

@Component({
  tag: 'acme-recently-viewed',
  styleUrl: 'acme-recently-viewed.css',
  shadow: true,
})
export class AcmeRecentlyViewed {
  @Prop() limit = 6;
  @Prop() currentHandle?: string;

  @State() items: Viewed[] = [];

  componentWillLoad() {
    const history: Viewed[] = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
    // newest first: a min-heap on -viewedAt pops the most recent views
    const heap = new MinHeap<Viewed>((a, b) => a.viewedAt > b.viewedAt);
    heap.load(history.filter((v) => v.handle !== this.currentHandle));
    const out: Viewed[] = [];
    while (heap.size > 0 && out.length < this.limit) out.push(heap.pop()!);
    this.items = out;
  }

  componentDidLoad() {
    if (this.items.length) analytics.track('Recently Viewed Shown', { count: this.items.length });
  }

  render() {
    return (
      <section>
        <h3>Recently viewed</h3>
        <ul class="grid">
          {this.items.map((v) => (
            <li>
              <a href={`/products/${v.handle}`} onClick={() => analytics.track('Recently Viewed Clicked', { product: v.handle })}>
                <img src={v.image} alt="" loading="lazy" />
                <span>{v.title}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    );
  }
}
