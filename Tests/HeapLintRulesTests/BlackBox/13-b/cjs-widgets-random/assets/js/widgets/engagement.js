const { customAlphabet } = require('nanoid');
const short = require('short-uuid');
const hyperid = require('hyperid')();
const helpers = require('../heap-helpers');

const makeRespondentId = customAlphabet('1234567890abcdef', 12);

exports.mountSurvey = function (el) {
  el.addEventListener('submit', () => {
    require('../heap-helpers').identify(makeRespondentId()); // expect: random-identity
    helpers.addProps({ surveyVersion: el.dataset.version });
  });
};

exports.mountFeedback = function (el) {
  el.querySelector('button').addEventListener('click', () => {
    const anonymousReporter = short.generate();
    helpers.identify(anonymousReporter); // expect: random-identity
  });
};

exports.mountEmbed = function (frame) {
  frame.addEventListener('load', () => {
    helpers.identify(hyperid()); // expect: random-identity
  });
};
