import { getDb } from "../lib/db/client";
import { seedSample } from "../lib/sample/seed-sample";

const result = await seedSample(getDb());
console.log(result.created ? `sample data: stored 1 dispatch with ${result.facts} verified facts` : "sample data: already present, nothing changed");
