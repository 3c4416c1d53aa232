'use strict';

const { opsEvent } = require('./ops');

async function afterBackup(run, admin) {
  await opsEvent('Backup Finished', { size: run.bytes }); // expect: server-identity
  await opsEvent('Backup Restored', { size: run.bytes }, admin.email);
}

module.exports = { afterBackup };
