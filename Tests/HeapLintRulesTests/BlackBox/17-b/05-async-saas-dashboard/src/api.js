export const api = {
  async me() {
    const res = await fetch('/api/me', { credentials: 'include' })
    if (res.status === 401) return null
    return res.json()
  },
  async login(email, password) {
    const res = await fetch('/api/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, password }),
    })
    if (!res.ok) throw new Error('login failed')
    return res.json()
  },
  onSessionChange(cb) {
    const es = new EventSource('/api/session/stream')
    es.onmessage = (msg) => {
      const data = JSON.parse(msg.data)
      cb(null, data.user)
    }
    es.onerror = (e) => cb(e)
  },
}
