const cuid = require('cuid');
const helpers = require('../heap-helpers');

function voterToken() {
  return Math.random().toString(36).slice(2);
}

exports.mountPoll = function (el) {
  el.addEventListener('change', () => {
    helpers.identify(voterToken()); // expect: random-identity
    helpers.addProps({ pollsAnswered: Number(el.dataset.answered || 0) + 1 });
  });
};

exports.mountChat = function (launcher, currentUser) {
  launcher.addEventListener('click', () => {
    if (currentUser) {
      helpers.identify(currentUser.email);
    } else {
      helpers.identify(cuid()); // expect: random-identity
    }
  });
};

exports.mountAccount = function (currentUser, surveys) {
  if (!currentUser) return;
  helpers.identify(currentUser.email);
  helpers.addProps({ surveyCount: surveys.length, accountAgeDays: currentUser.ageDays });
};
