import { useEffect } from 'react';

interface DemoBannerProps {
  isDemo: boolean;
  onExit: () => void;
}

export function DemoBanner({ isDemo, onExit }: DemoBannerProps) {
  useEffect(() => {
    if (!isDemo) return;
    window.heap?.identify('demo-user'); // expect: hardcoded-identity
    window.heap?.addEventProperties({ demo_mode: 'on' });
  }, [isDemo]);

  if (!isDemo) return null;

  return (
    <div className="demo-banner" role="status">
      You are exploring a sample workspace. Nothing you change here is saved.
      <button type="button" onClick={onExit}>
        Exit demo
      </button>
    </div>
  );
}
