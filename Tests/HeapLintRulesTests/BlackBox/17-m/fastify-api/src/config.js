'use strict';

const env = process.env.NODE_ENV || 'development';

const HEAP_APP_ID = process.env.HEAP_APP_ID || (env === 'production' ? '2281930455' : '7730015521');
const HEAP_API_BASE = 'https://heapanalytics.com/api';

module.exports = {
  env,
  port: Number(process.env.PORT) || 3000,
  databaseUrl: process.env.DATABASE_URL,
  HEAP_APP_ID,
  HEAP_API_BASE,
  segmentWriteKey: process.env.SEGMENT_WRITE_KEY || '',
  digestBatchSize: 200,
};
