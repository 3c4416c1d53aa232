import { api } from './api.js'
import { watchSession } from './auth.js'

fetch('/api/config')
  .then((res) => res.json())
  .then((cfg) => {
    heap.load(cfg.heapEnvId, { disableTextCapture: true })
    heap.addEventProperties({ release: cfg.release })
    return api.me()
  })
  .then((me) => {
    if (!me) return
    heap.identify(me.email)
    heap.addUserProperties({ plan: me.plan, seats: me.seatCount, role: me.role })
    heap.onReady(() => {
      heap.addUserProperties({ last_seen: new Date() }) // expect: user-property-value
    })
    watchSession()
  })
  .catch((err) => console.error('bootstrap failed', err))

heap.track('App Boot', { path: location.pathname }) // expect: call-before-load
