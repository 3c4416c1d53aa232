import React from 'react';

type Props = {
  user: { id: string; email: string; plan: string } | null;
};

export function HeapIdentify({ user }: Props) {
  if (!user) {
    return (
      <script
        dangerouslySetInnerHTML={{
          __html: `
            window.heap && window.heap.identify('anonymous'); // expect: blocklisted-identity
          `,
        }}
      />
    );
  }

  return (
    <script
      dangerouslySetInnerHTML={{
        __html: `
          window.heap && window.heap.identify(${JSON.stringify(user.id)});
          window.heap && window.heap.addUserProperties({ email: ${JSON.stringify(user.email)}, plan: ${JSON.stringify(user.plan)} });
        `,
      }}
    />
  );
}
