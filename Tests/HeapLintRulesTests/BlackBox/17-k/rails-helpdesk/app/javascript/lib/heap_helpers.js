// Thin helpers so controllers never touch window.heap directly.
const heapReady = () => typeof window !== "undefined" && !!window.heap

export function heapTrack(name, props = {}) {
  if (!heapReady()) return
  window.heap.track(name, props)
}

export function heapIdentify(userId) {
  if (!userId || !heapReady()) return
  window.heap.identify(String(userId))
}

export function heapUserProps(props) {
  if (heapReady()) window.heap.addUserProperties(props)
}

// Called on sign-out so the next person on this machine is a fresh visitor.
export function heapLogout() {
  if (!heapReady()) return
  window.heap.identify() // expect: identity-type
}
