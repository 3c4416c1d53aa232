// No heap.load in this module: the snippet is installed by the host page.
declare const heap: any;

export class LazyPanel {
  constructor(private readonly name: string) {
    heap.track('Panel Opened', { panel: name });
  }
}

export const defaultPanel = new LazyPanel('overview');
