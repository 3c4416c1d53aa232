const short = require('short-uuid');
const hyperid = require('hyperid');
const { monotonicFactory } = require('ulid');

const nextUlid = monotonicFactory();
const makeId = hyperid();

function identifyBetaTester() {
  window.heap.identify(short.generate()); // expect: random-identity
}

function identifyPopupVisitor() {
  window.heap.identify(makeId()); // expect: random-identity
}

function identifyQuizTaker() {
  const token = Math.random().toString(36).slice(2);
  window.heap.identify(token); // expect: random-identity
}

function identifyWaitlist() {
  window.heap.identify('wl-' + Date.now().toString(36)); // expect: random-identity
}

function identifyTab() {
  window.heap.identify(String(performance.timeOrigin)); // expect: random-identity
}

function identifyImportJob() {
  window.heap.identify(nextUlid()); // expect: random-identity
}

function identifyMember(member) {
  window.heap.identify(member.email.toLowerCase());
  window.heap.addUserProperties({ joinedAt: member.joinedAt, referrals: member.referralCount });
}

module.exports = {
  identifyBetaTester,
  identifyPopupVisitor,
  identifyQuizTaker,
  identifyWaitlist,
  identifyTab,
  identifyImportJob,
  identifyMember,
};
