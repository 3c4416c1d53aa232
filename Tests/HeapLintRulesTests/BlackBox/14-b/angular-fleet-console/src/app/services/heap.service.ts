import { Injectable } from '@angular/core';
import { environment } from '../../environments/environment';

declare global {
  interface Window {
    heap: any;
  }
}

export interface Dispatcher {
  id: string;
  email: string;
  depotId: string;
  lastLogin: Date;
  vehicles: number;
}

@Injectable({ providedIn: 'root' })
export class HeapService {
  private loaded = false;

  load(): void {
    if (this.loaded) return;
    const script = document.createElement('script');
    script.type = 'text/javascript';
    script.text = `window.heap=window.heap||[],heap.load=function(e,t){window.heap.appid=e,window.heap.config=t=t||{};var r=document.createElement("script");r.type="text/javascript",r.async=!0,r.src="https://cdn.heapanalytics.com/js/heap-"+e+".js";var a=document.getElementsByTagName("script")[0];a.parentNode.insertBefore(r,a);for(var n=function(e){return function(){heap.push([e].concat(Array.prototype.slice.call(arguments,0)))}},p=["addEventProperties","addUserProperties","clearEventProperties","identify","resetIdentity","removeEventProperty","setEventProperties","track","unsetEventProperty"],o=0;o<p.length;o++)heap[p[o]]=n(p[o])};
heap.load('${environment.heapAppId}');`;
    document.head.appendChild(script);
    this.loaded = true;
  }

  identify(dispatcher: Dispatcher): void {
    window.heap.identify(dispatcher.id);
    window.heap.addUserProperties({ vehicles: dispatcher.vehicles, email: dispatcher.email });
  }

  identifyDepotTerminal(dispatcher: Dispatcher): void {
    window.heap.identify(dispatcher.depotId); // expect: non-unique-identity
  }

  recordLogin(): void {
    window.heap.addUserProperties({ lastLogin: new Date() }); // expect: user-property-value
    window.heap.addUserProperties({ lastLoginAt: new Date().toISOString() });
  }

  track(event: string, props?: Record<string, string | number>): void {
    window.heap.track(event, props);
  }

  logout(): void {
    window.heap.resetIdentity();
  }
}
