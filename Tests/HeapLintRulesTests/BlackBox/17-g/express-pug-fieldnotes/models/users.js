'use strict';

const crypto = require('node:crypto');
const db = require('../db');

function hash(password, salt) {
  return crypto.scryptSync(password, salt, 64).toString('hex');
}

async function authenticate(email, password) {
  const user = await db('users').where({ email: email.toLowerCase() }).first();
  if (!user) return null;
  const candidate = Buffer.from(hash(password, user.salt), 'hex');
  return crypto.timingSafeEqual(candidate, Buffer.from(user.password_hash, 'hex')) ? user : null;
}

async function create({ email, handle, password }) {
  const salt = crypto.randomBytes(16).toString('hex');
  const [user] = await db('users')
    .insert({ email: email.toLowerCase(), handle, salt, password_hash: hash(password, salt) })
    .returning(['id', 'email', 'handle']);
  return user;
}

module.exports = { authenticate, create };
