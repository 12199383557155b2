import { format } from "d3-format";
import { formatCompact } from "./format";

const si = format("~s");

/**
 * One way of writing every label on a value axis: all compact ("0, 2k, 4k … 10k") once its top
 * reaches 10,000, whole numbers with separators below that. formatCompact alone switches at
 * 10,000, so one axis read "8,000" under "10k".
 */
export function valueTickFormat(top: number): (value: number) => string {
  return top >= 10_000 ? (value) => si(value).replace("G", "B") : formatCompact;
}
