export function useIdentify() {
  const { $heap } = useNuxtApp();
  return (user: { id: string; email?: string }) => {
    $heap.identify(user.id);
    if (user.email) {
      $heap.addUserProperties({ email: user.email });
    }
  };
}
