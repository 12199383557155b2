import type { Metadata } from "next";
import { SheltersDashboard } from "./shelters-dashboard";

export const metadata: Metadata = { title: "Shelters" };

export default function SheltersPage() {
  return <SheltersDashboard />;
}
