import { addUserProperties, trackEvent } from '../analytics';

const completedSteps = new Set();

export function initOnboarding(root) {
    const total = root.querySelectorAll('[data-step]').length;

    root.querySelectorAll('[data-step]').forEach((button) => {
        button.addEventListener('click', () => {
            const step = button.dataset.step;
            completedSteps.add(step);
            trackEvent('Onboarding Step Completed', { step, position: completedSteps.size, of: total });
            addUserProperties({
                onboarding_progress: Math.round((completedSteps.size / total) * 100),
                onboarding_steps: [...completedSteps], // expect: user-property-value
            });
        });
    });

    root.querySelector('[data-skip]')?.addEventListener('click', () => {
        trackEvent('Onboarding Skipped', { at_step: completedSteps.size });
        addUserProperties({ onboarding_skipped: 'yes' });
    });
}
