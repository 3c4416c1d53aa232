import type { Env, Session } from '../env';

const SNIPPET =
  'window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};';

/** Adds Heap to every HTML page the edge proxies, identified when a member is signed in. */
class HeapHeadInjector implements HTMLRewriterElementContentHandlers {
  constructor(
    private readonly appId: string,
    private readonly email: string | null,
  ) {}

  element(head: Element): void {
    const identify = this.email ? `heap.identify(${JSON.stringify(this.email)});` : '';
    head.append(`<script>${SNIPPET}heap.load(${JSON.stringify(this.appId)});${identify}</script>`, { html: true });
  }
}

export function injectHeap(response: Response, env: Env, session: Session | null): Response {
  return new HTMLRewriter()
    .on('head', new HeapHeadInjector(env.HEAP_APP_ID, session?.email ?? null))
    .transform(response);
}
