export default defineNuxtRouteMiddleware((to) => {
  if (import.meta.server || !window.heap) return;
  const { user } = useAuth();

  if (user.value) {
    window.heap.identify(user.value.email);
    return;
  }

  const sid = useCookie('session_id');
  if (sid.value && to.path.startsWith('/checkout')) {
    window.heap.identify(sid.value); // expect: anonymous-identity
  }
});
