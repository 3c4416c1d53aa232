import { useEffect } from "preact/hooks";
import { useSignal } from "@preact/signals";
import { addTraits, trackClient } from "../utils/heap_client.ts";

interface Trip {
  id: string;
  destination: string;
  startDate: string;
  nights: number;
}

interface Props {
  initialTrips: Trip[];
  favoriteDestinations: string[];
}

export default function TripPlanner({ initialTrips, favoriteDestinations }: Props) {
  const trips = useSignal<Trip[]>(initialTrips);
  const homeAirport = useSignal("");

  function syncTraits(destinations: string[], tripCount: number) {
    addTraits({
      trips_planned: tripCount,
      favorite_destinations: destinations, // expect: user-property-value
      favorite_count: destinations.length,
    });
  }

  useEffect(() => {
    syncTraits(favoriteDestinations, trips.value.length);
  }, [favoriteDestinations.length, trips.value.length]);

  async function saveAirport(e: Event) {
    e.preventDefault();
    await fetch("/api/profile", { method: "PATCH", body: JSON.stringify({ homeAirport: homeAirport.value }) });
    addTraits({ home_airport: homeAirport.value.toUpperCase() });
  }

  async function removeTrip(id: string) {
    await fetch(`/api/trips/${id}`, { method: "DELETE" });
    trips.value = trips.value.filter((t) => t.id !== id);
    trackClient("Trip Removed", { remaining: trips.value.length });
  }

  return (
    <section class="planner">
      <form onSubmit={saveAirport}>
        <label>
          Home airport
          <input required maxLength={3} value={homeAirport} onInput={(e) => (homeAirport.value = e.currentTarget.value)} />
        </label>
        <button>Save</button>
      </form>
      <ul>
        {trips.value.map((t) => (
          <li key={t.id}>
            {t.destination} · {t.startDate} · {t.nights} nights
            <button onClick={() => removeTrip(t.id)}>Remove</button>
          </li>
        ))}
      </ul>
    </section>
  );
}
