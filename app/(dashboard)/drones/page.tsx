import type { Metadata } from "next";
import { DronesDashboard } from "./drones-dashboard";

export const metadata: Metadata = { title: "Drones" };

export default function DronesPage() {
  return <DronesDashboard />;
}
