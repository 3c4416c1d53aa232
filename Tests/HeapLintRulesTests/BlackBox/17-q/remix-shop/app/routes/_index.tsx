import { json, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { nanoid } from "nanoid";
import { useEffect, useState } from "react";

import { identifyCustomer, setCustomerTraits, trackEvent } from "~/lib/heap.client";
import { getFeaturedProducts } from "~/models/product.server";
import { getUser } from "~/session.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const [user, featured] = await Promise.all([getUser(request), getFeaturedProducts()]);
  return json({ user, featured });
}

export default function Index() {
  const { user, featured } = useLoaderData<typeof loader>();
  const [wishlist, setWishlist] = useState<string[]>([]);

  useEffect(() => {
    trackEvent("Home Viewed", { featuredCount: featured.length });
    if (user?.id) {
      // A date string, not a Date: Heap stores strings and numbers only.
      setCustomerTraits({ lastHomeVisit: new Date().toISOString().slice(0, 10) });
    }
  }, [user, featured.length]);

  function toggleWishlist(productId: string) {
    setWishlist((items) =>
      items.includes(productId) ? items.filter((id) => id !== productId) : [...items, productId],
    );
    trackEvent("Wishlist Toggled", { productId });
  }

  function shareWishlist() {
    const shopperId = user?.id ?? `guest-${nanoid(10)}`;
    identifyCustomer(shopperId); // expect: random-identity
    trackEvent("Wishlist Shared", { items: wishlist.length });
    void navigator.clipboard.writeText(`${window.location.origin}/wishlist/${shopperId}`);
  }

  return (
    <main className="grid gap-6 p-6">
      <h1 className="text-2xl">New this week</h1>
      <ul className="grid grid-cols-3 gap-4">
        {featured.map((product) => (
          <li key={product.id}>
            <img src={product.imageUrl} alt={product.name} />
            <p>{product.name}</p>
            <button onClick={() => toggleWishlist(product.id)}>
              {wishlist.includes(product.id) ? "Saved" : "Save"}
            </button>
          </li>
        ))}
      </ul>
      {wishlist.length > 0 ? <button onClick={shareWishlist}>Share my wishlist</button> : null}
    </main>
  );
}
