'use strict';

const { machineIdSync } = require('node-machine-id');
const HeapTracker = require('./heap-tracker');

const tracker = new HeapTracker();
exports.tracker = tracker;

exports.identifyMachine = () => {
  const deviceId = machineIdSync();
  // The wrapper misspells identify: once fixed, this passes a device id.
  tracker.identify(deviceId); // expect: anonymous-identity
};

exports.identifyAccount = (account) => {
  tracker.identify(account.email);
};
