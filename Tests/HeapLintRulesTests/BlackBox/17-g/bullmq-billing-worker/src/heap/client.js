'use strict';

// heap-api: track(event, identity, properties) and addUserProperties(identity, properties)
const { heapAppId } = require('../config');

module.exports = require('heap-api')(heapAppId);
