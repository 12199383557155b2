import type { Metadata } from "next";
import { MapDashboard } from "./map-dashboard";

export const metadata: Metadata = { title: "Map" };

export default function MapPage() {
  return <MapDashboard />;
}
