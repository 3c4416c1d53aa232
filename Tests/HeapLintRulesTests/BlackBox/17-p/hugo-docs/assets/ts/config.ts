import * as params from '@params';

export const READER_API: string = params.readerApi ?? 'https://app.ferrous.cloud/api/docs-reader';

/** Used when a signed-in reader has no email on file (GitHub logins with a private email). */
export const DOCS_VISITOR = 'docs-visitor';

export const FEEDBACK_ENDPOINT = '/api/feedback';
