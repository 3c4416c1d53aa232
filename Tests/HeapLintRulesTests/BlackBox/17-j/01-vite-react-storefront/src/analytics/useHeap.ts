import { useCallback, useMemo } from 'react';
import { useHeapClient } from './HeapProvider';

type Props = Record<string, unknown>;

export function useHeap() {
  const client = useHeapClient();

  const identifyUser = useCallback(
    (userId: string) => {
      client.identify(userId);
    },
    [client],
  );

  const setUserProps = useCallback(
    (props: Props) => {
      client.addUserProperties(props as Record<string, string | number>);
    },
    [client],
  );

  const trackEvent = useCallback(
    (name: string, props?: Props) => {
      client.track(name, props as Record<string, string | number> | undefined);
    },
    [client],
  );

  const forgetUser = useCallback(() => client.resetIdentity(), [client]);

  return useMemo(
    () => ({ identifyUser, setUserProps, trackEvent, forgetUser }),
    [identifyUser, setUserProps, trackEvent, forgetUser],
  );
}
