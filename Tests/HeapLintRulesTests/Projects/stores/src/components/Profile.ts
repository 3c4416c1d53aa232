import { useStores } from '../stores/RootStore';

export function useProfileTraits(current: { tags: Set<string>; avatarUrl?: string }) {
  const { analytics } = useStores();
  analytics.setProps({ avatarUrl: current.avatarUrl ?? '' });
  analytics.setProps({ tags: Array.from(current.tags) }); // expect: user-property-value
}
