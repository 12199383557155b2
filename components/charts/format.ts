// The formatters live in the vocabulary; kept here so chart code importing them keeps working.
export { formatBucket, formatCompact, formatEur, formatMoney, formatNumber } from "@/lib/vocabulary/format";
