import { randomBytes } from "node:crypto";
import os from "node:os";

/** Who holds a lease: host, process and a random tag, so two workers never share a name. */
export function workerName(): string {
  return `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}
