// A Docusaurus site's analytics plugin: the tags it returns from injectHtmlTags() are written
// into every page, so their innerHTML runs as page script.
const snippet =
  'window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};';

module.exports = function docsAnalytics(context, options) {
  const { appId } = options;
  return {
    name: 'docs-analytics',
    injectHtmlTags() {
      return {
        headTags: [
          { tagName: 'script', innerHTML: `${snippet} heap.load("${appId}");` },
          {
            tagName: 'script',
            attributes: { type: 'text/javascript' },
            innerHTML: 'window.heap.identify("docs-reader");', // expect: hardcoded-identity
          },
          // Data, not code: never run.
          { tagName: 'script', attributes: { type: 'application/ld+json' }, innerHTML: '{"heap": "identify(\\"x\\")"}' },
          // Not a script at all.
          { tagName: 'div', innerHTML: 'heap.identify("admin")' },
        ],
        postBodyTags: [{ tagName: 'SCRIPT', innerHTML: 'heap.track("Docs Page Read");' }],
      };
    },
  };
};
