// Product-level constants shared by routes and components.

/** The identity the sales demo account is shown under. */
export const DEMO_READER = 'demo-reader';

export const IDS = Object.freeze({
	GUEST: 'guest',
	NEWSLETTER_LIST: 'weekly-longread',
});

export const FREE_ARTICLES_PER_MONTH = 3;
