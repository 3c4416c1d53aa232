import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { v4 as uuidv4 } from 'uuid';
import { useAnalytics } from '../analytics/AnalyticsProvider';
import { api } from '../api/client';
import { useAuth } from '../auth/AuthContext';

interface GiftCard {
  code: string;
  balance: number;
  senderName: string;
}

export default function GiftCardPage() {
  const { code } = useParams<{ code: string }>();
  const { user } = useAuth();
  const { identify, setTraits, track } = useAnalytics();
  const [card, setCard] = useState<GiftCard | null>(null);

  async function redeem() {
    const redeemed = await api.post<GiftCard>(`/gift-cards/${code}/redeem`);
    setCard(redeemed);
    if (!user) {
      // recipients usually have no account yet; keep their journey together
      const recipientKey = uuidv4();
      identify(recipientKey); // expect: random-identity
    }
    setTraits({ gift_card_balance: redeemed.balance, gift_from: redeemed.senderName });
    track('Gift Card Redeemed', { balance: redeemed.balance });
  }

  return (
    <main className="gift">
      {card ? (
        <p>
          ${card.balance.toFixed(2)} from {card.senderName} is ready to spend.
        </p>
      ) : (
        <button onClick={redeem}>Redeem gift card</button>
      )}
    </main>
  );
}
