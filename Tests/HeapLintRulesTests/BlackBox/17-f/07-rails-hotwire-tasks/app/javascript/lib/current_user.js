export function getCurrentUserId() {
  const meta = document.querySelector('meta[name="current-user-id"]')
  return meta && meta.content ? meta.content : null
}
