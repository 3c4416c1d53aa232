'use strict';

// The official-ish Node client: heap.track(event, identity, properties),
// heap.addUserProperties(identity, properties).
const { HEAP_APP_ID } = require('../config');

module.exports = require('heap-api')(HEAP_APP_ID);
