import { useState } from 'react';

export function FeedbackWidget({ slug, reader }: { slug: string; reader?: { email: string } }) {
  const [sent, setSent] = useState(false);

  const vote = (helpful: boolean) => {
    const heap = (window as any).heap;
    if (reader) heap?.identify(reader.email);
    heap?.addUserProperties({ lastDocRated: slug });
    heap?.track('Doc Rated', { slug, helpful: helpful ? 'yes' : 'no' });
    setSent(true);
  };

  if (sent) return <p>Thanks!</p>;
  return (
    <div>
      Was this page helpful?
      <button onClick={() => vote(true)}>Yes</button>
      <button onClick={() => vote(false)}>No</button>
    </div>
  );
}
