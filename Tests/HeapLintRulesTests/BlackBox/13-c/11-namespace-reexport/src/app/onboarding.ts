import * as analytics from '../analytics';
import type { OnboardingAnswers, User } from '../types';

export function finishOnboarding(user: User, answers: OnboardingAnswers): void {
  analytics.track(user.role); // expect: non-unique-identity
  analytics.addTraits({ teamSize: answers.teamSize, useCase: answers.useCase });
}
