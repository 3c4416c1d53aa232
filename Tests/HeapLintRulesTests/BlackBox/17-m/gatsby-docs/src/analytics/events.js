export const EVENTS = Object.freeze({
  PAGE_VIEW: 'Docs Page Viewed',
  SEARCH: 'Docs Searched',
  SIGNUP: 'Newsletter Signup',
  PLAN_SELECTED: 'Plan Selected',
  DEMO_REQUESTED: 'Demo Requested',
  FEEDBACK: 'Page Feedback Sent',
  LOGIN: 'Logged In',
});

export const BASE_EVENT_PROPS = {
  site: 'docs',
  docs_version: process.env.GATSBY_DOCS_VERSION || 'latest',
};

// Shown in the feedback widget when nobody is signed in.
export const FALLBACK_READER = 'docs-reader';
