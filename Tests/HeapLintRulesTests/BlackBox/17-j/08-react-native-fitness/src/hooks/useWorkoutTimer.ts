import { useCallback, useRef, useState } from 'react';

// Elapsed time for the active workout, robust to the app being backgrounded.
export function useWorkoutTimer() {
  const startedAt = useRef<number | null>(null);
  const [running, setRunning] = useState(false);

  const start = useCallback(() => {
    startedAt.current = Date.now();
    setRunning(true);
  }, []);

  const stop = useCallback(() => {
    const seconds = startedAt.current ? Math.round((Date.now() - startedAt.current) / 1000) : 0;
    startedAt.current = null;
    setRunning(false);
    return seconds;
  }, []);

  return { running, start, stop };
}
