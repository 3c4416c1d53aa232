'use strict';

// The host lives only here; the request module below reads it from this file.
const HEAP_BASE = process.env.HEAP_BASE || 'https://heapanalytics.com/api';

module.exports = { HEAP_BASE, appId: process.env.HEAP_APP_ID };
