import type { Metadata } from "next";
import { AidDashboard } from "./aid-dashboard";

export const metadata: Metadata = { title: "Aid" };

export default function AidPage() {
  return <AidDashboard />;
}
