'use strict';

function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`missing env ${name}`);
  return value;
}

module.exports = {
  redisUrl: process.env.REDIS_URL || 'redis://localhost:6379',
  databaseUrl: required('DATABASE_URL'),
  heapAppId: required('HEAP_APP_ID'),
  concurrency: Number(process.env.WORKER_CONCURRENCY || 5),
};
