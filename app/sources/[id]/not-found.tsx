import Link from "next/link";

/** An id that is not a number, or names no stored dispatch. */
export default function SourceNotFound() {
  return (
    <div className="max-w-prose py-8">
      <h1 className="text-2xl font-semibold tracking-tight">No such dispatch</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        This address does not name a stored dispatch. It may have been mistyped, or the dispatch removed.
      </p>
      <Link href="/sources" className="mt-4 inline-block text-blue-800 underline dark:text-blue-300">
        See all sources
      </Link>
    </div>
  );
}
