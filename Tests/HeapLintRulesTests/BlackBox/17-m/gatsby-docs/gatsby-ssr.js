import React from 'react';

// The app id comes from the deploy environment (production and staging differ).
const heapAppId = process.env.GATSBY_HEAP_APP_ID;

const heapSnippet = `
window.heap = window.heap || [];
heap.load = function (appId, options) {
  window.heap.appid = appId;
  window.heap.config = options = options || {};
  var tag = document.createElement("script");
  tag.type = "text/javascript";
  tag.async = true;
  tag.src = "https://cdn.heapanalytics.com/js/heap-" + appId + ".js";
  var first = document.getElementsByTagName("script")[0];
  first.parentNode.insertBefore(tag, first);
  var stub = function (name) {
    return function () { heap.push([name].concat(Array.prototype.slice.call(arguments, 0))); };
  };
  var methods = ["addEventProperties", "addUserProperties", "clearEventProperties", "identify",
    "resetIdentity", "removeEventProperty", "setEventProperties", "track", "unsetEventProperty"];
  for (var i = 0; i < methods.length; i++) heap[methods[i]] = stub(methods[i]);
};
heap.load("${heapAppId}", { secureCookie: true });
`;

export const onRenderBody = ({ setHeadComponents, pathname }) => {
  if (!heapAppId || pathname.startsWith('/embed/')) {
    return;
  }
  setHeadComponents([
    <script key="heap-analytics" dangerouslySetInnerHTML={{ __html: heapSnippet }} />,
  ]);
};
