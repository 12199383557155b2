const BASE =
  "inline-flex h-9 items-center justify-center rounded-md px-3 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50";

/** Button looks shared by the review forms; every one is a real <button>. */
export const BUTTON = {
  verify: `${BASE} bg-emerald-700 text-white hover:bg-emerald-800 dark:bg-emerald-600 dark:hover:bg-emerald-500`,
  primary: `${BASE} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white`,
  secondary: `${BASE} border border-slate-300 bg-white text-slate-800 hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800`,
  reject: `${BASE} border border-red-300 bg-white text-red-800 hover:bg-red-50 dark:border-red-800 dark:bg-slate-900 dark:text-red-200 dark:hover:bg-red-950`,
  link: "text-sm text-blue-800 underline hover:no-underline disabled:opacity-50 dark:text-blue-300",
};
