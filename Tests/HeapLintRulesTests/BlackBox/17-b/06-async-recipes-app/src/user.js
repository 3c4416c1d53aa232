export async function loadConfig() {
  const res = await fetch('/config.json')
  return res.json()
}

export async function getCurrentUser() {
  const res = await fetch('/api/me', { credentials: 'include' })
  return res.ok ? res.json() : null
}

export function fetchProfile(id, done) {
  const xhr = new XMLHttpRequest()
  xhr.open('GET', '/api/profiles/' + encodeURIComponent(id))
  xhr.onload = () => (xhr.status === 200 ? done(null, JSON.parse(xhr.responseText)) : done(new Error(xhr.statusText)))
  xhr.onerror = () => done(new Error('network'))
  xhr.send()
}

const listeners = []
export function onAuthChange(cb) {
  listeners.push(cb)
}
export function emitAuthChange(session) {
  listeners.forEach((cb) => cb(session))
}
