'use strict';

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`missing env ${name}`);
  return value;
};

module.exports = {
  heapAppId: required('HEAP_APP_ID'),
  heapApiHost: process.env.HEAP_API_HOST || 'https://heapanalytics.com',
  heapDeletionToken: process.env.HEAP_DELETION_TOKEN,
  databaseUrl: required('DATABASE_URL'),
  batchSize: Number(process.env.SYNC_BATCH_SIZE || 500),
  dryRun: process.env.DRY_RUN === '1',
};
