import { useEffect, useState } from 'react';

export function useVisitor() {
  const [visitorId, setVisitorId] = useState<string | null>(null);

  useEffect(() => {
    fetch('/api/visitor', { credentials: 'include' })
      .then((res) => res.json())
      .then((body: { visitorId: string }) => setVisitorId(body.visitorId));
  }, []);

  return { visitorId };
}
