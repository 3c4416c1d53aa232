'use strict';

const { v4: uuidv4 } = require('uuid');
const { nanoid } = require('nanoid');
const ulid = require('ulid');

function identifyPreviewVisitor() {
  window.heap.identify(uuidv4()); // expect: random-identity
}

function identifyStorefrontVisitor() {
  window.heap.identify(require('uuid').v4()); // expect: random-identity
}

function identifyImporter() {
  window.heap.identify(ulid.ulid()); // expect: random-identity
}

function identifyApplicantAfterLogin(applicant) {
  window.heap.identify(applicant.email);
  window.heap.addUserProperties({ application_ref: nanoid(8) });
}

module.exports = {
  identifyPreviewVisitor,
  identifyStorefrontVisitor,
  identifyImporter,
  identifyApplicantAfterLogin,
};
