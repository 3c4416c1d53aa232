import Document, { Html, Head, Main, NextScript } from 'next/document';

const HEAP_APP_ID = process.env.NEXT_PUBLIC_HEAP_APP_ID;

// Heap's classic install snippet, kept readable. It creates window.heap and the
// method stubs inside heap.load, so nothing may call Heap before the load line.
const heapSnippet = `
  window.heap = window.heap || [];
  heap.load = function (appId, options) {
    window.heap.appid = appId;
    window.heap.config = options = options || {};
    var tag = document.createElement('script');
    tag.type = 'text/javascript';
    tag.async = true;
    tag.src = 'https://cdn.heapanalytics.com/js/heap-' + appId + '.js';
    var first = document.getElementsByTagName('script')[0];
    first.parentNode.insertBefore(tag, first);
    var makeStub = function (name) {
      return function () {
        heap.push([name].concat(Array.prototype.slice.call(arguments, 0)));
      };
    };
    var names = ['addEventProperties', 'addUserProperties', 'clearEventProperties', 'identify',
      'resetIdentity', 'removeEventProperty', 'setEventProperties', 'track', 'unsetEventProperty'];
    for (var i = 0; i < names.length; i++) heap[names[i]] = makeStub(names[i]);
  };
  heap.load("${HEAP_APP_ID}", { secureCookie: true, disableTextCapture: true });
  heap.addEventProperties({ storefront: "web", build: "${process.env.NEXT_PUBLIC_BUILD_SHA}" });
`;

export default class StorefrontDocument extends Document {
  render() {
    return (
      <Html lang="en">
        <Head>
          <link rel="preconnect" href="https://cdn.heapanalytics.com" />
          {HEAP_APP_ID ? (
            <script id="heap-snippet" dangerouslySetInnerHTML={{ __html: heapSnippet }} />
          ) : null}
        </Head>
        <body>
          <Main />
          <NextScript />
        </body>
      </Html>
    );
  }
}
