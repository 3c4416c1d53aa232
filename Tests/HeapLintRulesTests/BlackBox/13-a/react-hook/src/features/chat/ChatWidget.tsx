import React, { useEffect, useState } from 'react';
import { nanoid } from 'nanoid';
import { useHeap } from '../../hooks/useHeap';
import { useVisitor } from '../../hooks/useVisitor';

interface Message {
  id: string;
  body: string;
  fromAgent: boolean;
}

export function ChatWidget({ open }: { open: boolean }) {
  const { identify, track } = useHeap();
  const [messages, setMessages] = useState<Message[]>([]);

  useEffect(() => {
    if (open) {
      identify(nanoid()); // expect: random-identity
      track('Chat Opened');
    }
  }, [open, identify, track]);

  const send = (body: string) => {
    setMessages((prev) => [...prev, { id: nanoid(), body, fromAgent: false }]);
    track('Chat Message Sent', { length: body.length });
  };

  return (
    <aside className="chat">
      {messages.map((m) => (
        <p key={m.id} className={m.fromAgent ? 'agent' : 'me'}>{m.body}</p>
      ))}
      <input onKeyDown={(e) => e.key === 'Enter' && send(e.currentTarget.value)} />
    </aside>
  );
}

export function ChatLauncher() {
  const { identify } = useHeap();
  const { visitorId } = useVisitor();

  useEffect(() => {
    if (visitorId) {
      identify(visitorId); // expect: anonymous-identity
    }
  }, [visitorId, identify]);

  return <button className="chat-launcher">Chat with us</button>;
}
