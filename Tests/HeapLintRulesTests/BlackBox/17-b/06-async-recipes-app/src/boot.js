import { loadConfig, getCurrentUser } from './user.js'

async function boot() {
  const user = await getCurrentUser()
  if (user) {
    heap.identify(user.email) // expect: call-before-load
  }
  const cfg = await loadConfig()
  heap.load(cfg.heapEnvId, { secureCookie: true })
  heap.addPageviewProperties({ app_version: cfg.version })
  if (user) {
    heap.addUserProperties({ cookbooks: user.cookbookCount, diet: user.diet || 'none' })
  }
  heap.track('Boot Complete')
}

boot().catch((err) => console.error(err))
