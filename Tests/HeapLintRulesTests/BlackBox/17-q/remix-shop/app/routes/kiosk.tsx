import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { useEffect, useState } from "react";

import { identifyKiosk, setCustomerTraits, trackEvent } from "~/lib/heap.client";
import { getStoreForKiosk } from "~/models/store.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const store = await getStoreForKiosk(request);
  return json({ store });
}

export default function KioskCheckout() {
  const { store } = useLoaderData<typeof loader>();
  const [total, setTotal] = useState(0);

  useEffect(() => {
    identifyKiosk(); // expect: hardcoded-identity
    // Kiosk orders never have an account: the checkout mode is literally "guest".
    setCustomerTraits({ checkoutMode: "guest", storeCode: store.code });
  }, [store.code]);

  function placeOrder() {
    trackEvent("Kiosk Order Placed", { total, storeCode: store.code });
    setTotal(0);
  }

  return (
    <main className="p-6">
      <h1 className="text-3xl">Welcome to Fernleaf {store.city}</h1>
      <p>Guest checkout: no account needed.</p>
      <button onClick={() => setTotal((t) => t + 12)}>Add tote bag</button>
      <button onClick={placeOrder} disabled={total === 0}>
        Pay {total} €
      </button>
    </main>
  );
}
