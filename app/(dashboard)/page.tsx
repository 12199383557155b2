import { OverviewDashboard } from "./overview-dashboard";

export default function OverviewPage() {
  return <OverviewDashboard />;
}
