import type { Metadata } from "next";
import { InjuriesDashboard } from "./injuries-dashboard";

export const metadata: Metadata = { title: "Injuries" };

export default function InjuriesPage() {
  return <InjuriesDashboard />;
}
