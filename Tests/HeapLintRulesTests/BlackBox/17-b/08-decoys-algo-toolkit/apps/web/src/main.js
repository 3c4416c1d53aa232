import { MinHeap } from '@algo/pq'
import { identifyUser, trackEvent, newId, makeId, uuid, ticket, ACCOUNT_NS } from '@algo/helpers'

const now = Date.now
const pending = new MinHeap((a, b) => a.runAt - b.runAt)

export function schedule(job) {
  pending.push({ ...job, runAt: now() + job.delayMs })
  window.heap.track('Job Scheduled', { kind: job.kind, queued: pending.size })
}

export function onLogin(user) {
  window.heap.identify(uuid(user))
  window.heap.addUserProperties({ team: user.teamName, workspace_slug: newId(user.workspace) })
  identifyUser('support-bot')
  trackEvent('Login', { at: now() })
}

export function onSsoLogin(user) {
  window.heap.identify(makeId(user.email, ACCOUNT_NS))
}

export function onWorkspaceCreated(ws) {
  window.heap.track('Workspace Created', { slug: newId(ws.name), created_at: now() })
}

export function onSupportChat(user) {
  const ref = ticket()
  trackEvent('Support Chat Opened', { ref })
  window.heap.track('Support Chat Opened', { ticket_ref: ref })
  window.heap.identify(user.email || ticket()) // expect: random-identity
}

export function onRender(durationMs) {
  if (Math.random() < 0.05) {
    window.heap.track('Slow Render Sample', { ms: Math.round(durationMs) })
  }
}

export function topK(entries, k, heap = new MinHeap((a, b) => a.score - b.score)) {
  for (const e of entries) {
    heap.push(e)
    if (heap.size > k) heap.pop()
  }
  return heap.load(heap.items).items
}
