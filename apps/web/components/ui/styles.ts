/** Button and link looks shared by every page (AA contrast on white and slate-50). */
export const primaryButton =
  "inline-flex items-center justify-center rounded-md bg-indigo-700 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-800 aria-disabled:cursor-wait aria-disabled:opacity-80";
export const secondaryButton =
  "inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-3 py-2 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-disabled:cursor-wait aria-disabled:opacity-80";
export const dangerButton =
  "inline-flex items-center justify-center rounded-md bg-red-700 px-3 py-2 text-sm font-semibold text-white shadow-sm hover:bg-red-800 aria-disabled:cursor-not-allowed aria-disabled:opacity-70";
export const smallButton =
  "inline-flex items-center justify-center rounded-md border border-slate-400 bg-white px-2 py-1 text-xs font-medium text-slate-900 hover:bg-slate-100";
export const textLink = "font-medium text-indigo-700 underline underline-offset-2 hover:text-indigo-900";
