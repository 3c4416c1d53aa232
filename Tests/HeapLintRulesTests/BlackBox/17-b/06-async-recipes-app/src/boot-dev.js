// Local development entry, used instead of boot.js by vite.config.dev.js.
import { getCurrentUser } from './user.js'

heap.load('pantry-dev') // expect: invalid-app-id
heap.track('Dev Boot')

getCurrentUser().then((user) => {
  if (user) heap.identify(user.email)
})
