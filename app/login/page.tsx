import type { Metadata } from "next";

export const metadata: Metadata = { title: "Admin login" };

const MESSAGES: Record<string, string> = {
  forbidden: "That admin token is wrong.",
  writes_disabled: "Admin login is disabled on this server: set ADMIN_TOKEN and restart.",
  invalid_parameter: "Enter your name and the admin token.",
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const error = typeof params.error === "string" ? (MESSAGES[params.error] ?? "Login failed.") : null;
  const next = typeof params.next === "string" && /^\/(?!\/)/.test(params.next) ? params.next : "/review";
  return (
    <div className="mx-auto mt-10 max-w-sm rounded-lg border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h1 className="text-xl font-semibold">Admin login</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Reading is public. Adding dispatches and reviewing facts needs the admin token.</p>
      {error && (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <form method="post" action="/api/auth/login" className="mt-4 grid gap-3">
        <input type="hidden" name="next" value={next} />
        <label className="grid gap-1 text-sm font-medium">
          Your name <span className="font-normal text-slate-600 dark:text-slate-400">(kept with every edit you make)</span>
          <input name="reviewer" required maxLength={80} autoComplete="name" className="h-9 rounded-md border border-slate-300 bg-white px-2 font-normal dark:border-slate-700 dark:bg-slate-950" />
        </label>
        <label className="grid gap-1 text-sm font-medium">
          Admin token
          <input name="token" type="password" required autoComplete="current-password" className="h-9 rounded-md border border-slate-300 bg-white px-2 font-normal dark:border-slate-700 dark:bg-slate-950" />
        </label>
        <button type="submit" className="h-9 rounded-md bg-slate-900 text-sm font-medium text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900">
          Log in
        </button>
      </form>
    </div>
  );
}
