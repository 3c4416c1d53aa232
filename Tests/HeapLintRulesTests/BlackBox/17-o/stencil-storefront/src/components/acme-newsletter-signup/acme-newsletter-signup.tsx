import { Component, Prop, State, h } from '@stencil/core';
import { analytics } from '../../utils/analytics';

const TOPICS: Record<string, string> = {
  'new-arrivals': 'New arrivals',
  sales: 'Sales and promotions',
  journal: 'Trail journal',
  'gear-care': 'Gear care tips',
};

async function subscribeToNewsletter(email: string, topics: string[], placement: string): Promise<void> {
  const res = await fetch('/apps/newsletter/subscribe', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, topics, placement }),
  });
  if (!res.ok) throw new Error(`subscribe failed (${res.status})`);
}

@Component({
  tag: 'acme-newsletter-signup',
  styleUrl: 'acme-newsletter-signup.css',
  shadow: true,
})
export class AcmeNewsletterSignup {
  /** Where the form is placed: footer, popup, blog sidebar... */
  @Prop() placement = 'footer';

  @State() email = '';
  @State() checked: Record<string, boolean> = { 'new-arrivals': true, sales: true };
  @State() error?: string;
  @State() done = false;

  private selectedTopics(): string[] {
    return Object.keys(this.checked).filter((k) => this.checked[k]);
  }

  private handleSubmit = async (ev: Event) => {
    ev.preventDefault();
    const email = this.email.trim();
    if (!email) {
      this.error = 'Please enter your email address.';
      return;
    }
    const interests: string[] = this.selectedTopics();
    try {
      await subscribeToNewsletter(email, interests, this.placement);
    } catch (err) {
      this.error = 'Something went wrong. Please try again.';
      return;
    }
    analytics.identifyShopper(email);
    analytics.traits({
      newsletter_placement: this.placement,
      newsletter_interests: interests, // expect: user-property-value
      newsletter_topic_count: interests.length,
    });
    analytics.track('Newsletter Subscribed', { placement: this.placement });
    this.done = true;
  };

  render() {
    if (this.done) return <p class="thanks">You're on the list. Check your inbox to confirm.</p>;
    return (
      <form onSubmit={this.handleSubmit} novalidate>
        <label htmlFor="nl-email">Email</label>
        <input
          id="nl-email"
          type="email"
          value={this.email}
          onInput={(e) => (this.email = (e.target as HTMLInputElement).value)}
          required
        />
        <fieldset>
          {Object.keys(TOPICS).map((key) => (
            <label>
              <input
                type="checkbox"
                checked={!!this.checked[key]}
                onChange={(e) => (this.checked = { ...this.checked, [key]: (e.target as HTMLInputElement).checked })}
              />
              {TOPICS[key]}
            </label>
          ))}
        </fieldset>
        {this.error && <p class="error">{this.error}</p>}
        <button type="submit">Subscribe</button>
      </form>
    );
  }
}
