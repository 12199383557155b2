import type { Metadata } from "next";
import { resolveNext } from "@/lib/auth/safe-next";

export const metadata: Metadata = { title: "Sign in" };

const MESSAGES: Record<string, string> = {
  wrong_credentials: "That account name and password do not match an active account.",
  invalid_parameter: "Enter your account name and password.",
  invalid_body: "The sign-in could not be read; try again.",
  cross_site_request: "That sign-in came from another site. Sign in here instead.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const error = typeof params.error === "string" ? (MESSAGES[params.error] ?? "Sign-in failed.") : null;
  const next = resolveNext(params.next);
  return (
    <div className="mx-auto mt-10 max-w-sm rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h1 className="text-xl font-semibold">Sign in to review</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Reading is public. Adding dispatches and reviewing facts needs a reviewer account; an admin creates one for you.</p>
      {error && (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <form method="post" action="/api/auth/login" className="mt-4 grid gap-3">
        <input type="hidden" name="next" value={next} />
        <label className="grid gap-1 text-sm font-medium">
          Account name
          <input name="name" required maxLength={64} autoComplete="username" autoCapitalize="none" spellCheck={false} className="h-9 rounded-md border border-slate-300 bg-white px-2 font-normal dark:border-slate-700 dark:bg-slate-950" />
        </label>
        <label className="grid gap-1 text-sm font-medium">
          Password
          <input name="password" type="password" required maxLength={200} autoComplete="current-password" className="h-9 rounded-md border border-slate-300 bg-white px-2 font-normal dark:border-slate-700 dark:bg-slate-950" />
        </label>
        <button type="submit" className="h-9 rounded-md bg-slate-900 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900">
          Sign in
        </button>
      </form>
    </div>
  );
}
