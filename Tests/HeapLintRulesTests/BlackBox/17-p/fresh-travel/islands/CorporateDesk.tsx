import { useEffect } from "preact/hooks";
import { addTraits, identifyTraveler, trackClient } from "../utils/heap_client.ts";

interface Booker {
  id: string;
  email: string;
  accountId: string;
  accountName: string;
  role: "travel_manager" | "employee";
}

export default function CorporateDesk({ booker, pendingApprovals }: { booker: Booker; pendingApprovals: number }) {
  useEffect(() => {
    // Wayfarer for Business: account managers want one Heap profile per company
    identifyTraveler(booker.accountId); // expect: non-unique-identity
    addTraits({ company: booker.accountName, desk_role: booker.role });
  }, [booker.accountId]);

  async function approveAll() {
    const res = await fetch("/api/business/approvals", { method: "POST" });
    if (res.ok) trackClient("Approvals Granted", { count: pendingApprovals });
  }

  return (
    <section class="corporate-desk">
      <h2>{booker.accountName} travel desk</h2>
      {booker.role === "travel_manager" && pendingApprovals > 0 && (
        <button onClick={approveAll}>Approve {pendingApprovals} trips</button>
      )}
    </section>
  );
}
