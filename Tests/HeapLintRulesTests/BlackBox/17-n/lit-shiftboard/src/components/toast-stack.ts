import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { type Toast, ToastQueue } from '../lib/toast-queue';
import { analytics } from '../analytics/heap';

@customElement('toast-stack')
export class ToastStack extends LitElement {
  @state() private current: Toast | null = null;
  private readonly heap = new ToastQueue();

  connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('toast', this.onToast as EventListener);
  }

  disconnectedCallback(): void {
    window.removeEventListener('toast', this.onToast as EventListener);
    super.disconnectedCallback();
  }

  private onToast = (event: CustomEvent<{ message: string; level: 'error' | 'info' }>): void => {
    this.heap.push({
      id: crypto.randomUUID(),
      message: event.detail.message,
      priority: event.detail.level === 'error' ? 0 : 1,
      createdAt: Date.now(),
    });
    if (event.detail.level === 'error') {
      analytics.track('Error Toast Shown', { message: event.detail.message.slice(0, 120) });
    }
    if (!this.current) this.next();
  };

  private next(): void {
    this.current = this.heap.shift() ?? null;
    if (this.current) {
      setTimeout(() => this.next(), 4000 + Math.random() * 250);
    }
  }

  render() {
    return this.current ? html`<div role="status">${this.current.message}</div>` : null;
  }
}
