export default defineNuxtPlugin(() => {
  const user = useState<{ id: string; teamId: string; email: string } | null>('user');

  watch(
    user,
    (u) => {
      if (!u) {
        window.heap.resetIdentity();
        return;
      }
      window.heap.identify(u.teamId); // expect: non-unique-identity
      window.heap.addUserProperties({ Email: u.email });
    },
    { immediate: true },
  );
});
