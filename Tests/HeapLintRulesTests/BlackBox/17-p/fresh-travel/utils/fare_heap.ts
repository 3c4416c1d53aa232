export interface Fare {
  carrier: string;
  flightNumbers: string[];
  totalCents: number;
  stops: number;
}

/** Bounded min-heap: keeps the cheapest `limit` fares seen so far. */
export class FareHeap {
  #items: Fare[] = [];
  constructor(private readonly compare: (a: Fare, b: Fare) => number) {}

  push(fare: Fare): void {
    this.#items.push(fare);
    this.#items.sort(this.compare);
  }

  take(n: number): Fare[] {
    return this.#items.splice(0, n);
  }

  get size(): number {
    return this.#items.length;
  }
}
