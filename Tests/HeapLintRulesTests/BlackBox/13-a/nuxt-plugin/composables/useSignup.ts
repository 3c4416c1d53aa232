export function useSignup() {
  const { $heap } = useNuxtApp();
  const pending = ref(false);

  async function signup(email: string, company: string) {
    pending.value = true;
    try {
      const account = await $fetch<{ id: string; ownerEmail: string; plan: string }>('/api/signup', {
        method: 'POST',
        body: { email, company },
      });
      $heap.identify(account.ownerEmail);
      $heap.addUserProperties({ company, trial: account.plan === 'trial' }); // expect: user-property-value
      $heap.addUserProperties({ company_length: company.length, plan: account.plan });
    } finally {
      pending.value = false;
    }
  }

  return { signup, pending };
}
