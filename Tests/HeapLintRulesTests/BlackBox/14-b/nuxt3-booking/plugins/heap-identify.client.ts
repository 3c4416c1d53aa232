interface SessionUser {
  email: string;
  company: string;
}

export default defineNuxtPlugin(() => {
  const sid = useCookie<string | null>('booking_sid');
  const user = useState<SessionUser | null>('user', () => null);

  watch(
    user,
    (u) => {
      if (u) window.heap.identify(u.email);
    },
    { immediate: true }
  );

  // Returning visitors who never signed in still get a stable profile.
  if (!user.value && sid.value) {
    window.heap.identify(sid.value); // expect: anonymous-identity
  }
});
