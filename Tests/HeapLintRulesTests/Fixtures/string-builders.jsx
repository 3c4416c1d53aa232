// Strings built by a function of the file, or by a whitespace-only template tag, are code too.
import { stripIndents } from 'common-tags';
function createScript() {
  const src = `
  heap.identify("kiosk"); // expect: call-before-load, hardcoded-identity
  heap.load("YOUR_APP_ID"); // expect: invalid-app-id
  `;
  return { __html: src };
}
export const head = <script dangerouslySetInnerHTML={createScript()} type="text/javascript" />;
function initHeapScript(appId) {
  return `heap.load("${appId}"); heap.identify("admin");`; // expect: hardcoded-identity
}
export const H = ({ appId }) => <script dangerouslySetInnerHTML={{ __html: initHeapScript(appId) }} />;
export function useHeap() {
  const script = document.createElement('script');
  script.innerHTML = stripIndents`
    heap.load("abc"); // expect: invalid-app-id
  `;
}
