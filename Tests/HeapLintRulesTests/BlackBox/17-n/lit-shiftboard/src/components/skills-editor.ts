import { LitElement, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { analytics } from '../analytics/heap';
import { API_BASE } from '../config';

const ALL_SKILLS = ['barista', 'grill', 'prep', 'register', 'closing', 'opening', 'delivery'];

// Staff tick the stations they can work; managers schedule from this.
@customElement('skills-editor')
export class SkillsEditor extends LitElement {
  @state() private selected = new Set<string>();

  private toggle(skill: string): void {
    const next = new Set(this.selected);
    if (next.has(skill)) next.delete(skill);
    else next.add(skill);
    this.selected = next;
    void this.persist([...next].sort());
  }

  private async persist(skills: string[]): Promise<void> {
    await fetch(`${API_BASE}/me/skills`, {
      method: 'PUT',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ skills }),
    });
    analytics.setTraits({
      skills, // expect: user-property-value
      skill_count: skills.length,
      primary_skill: skills[0] ?? 'none',
    });
  }

  render() {
    return html`
      <ul>
        ${ALL_SKILLS.map(
          (skill) => html`
            <li>
              <label>
                <input type="checkbox" .checked=${this.selected.has(skill)} @change=${() => this.toggle(skill)} />
                ${skill}
              </label>
            </li>
          `,
        )}
      </ul>
    `;
  }
}
