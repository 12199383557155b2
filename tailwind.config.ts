/**
 * Read by Tailwind 4 through `@config "../tailwind.config.ts"` in app/globals.css. The design
 * tokens (lib/vocabulary/tokens.ts) become CSS variables for light and dark mode, which the
 * charts draw with, and Tailwind colours over the same variables (text-kind-shelter,
 * bg-status-proposed, fill-claimant-UA), so a colour is defined once for both.
 */
import plugin from "tailwindcss/plugin";
import { TOKEN_GROUPS, type Palette } from "./lib/vocabulary/tokens";

type Mode = "light" | "dark";

function variables(mode: Mode): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [group, palette] of Object.entries(TOKEN_GROUPS) as [string, Palette][]) {
    for (const [name, colour] of Object.entries(palette)) vars[`--${group}-${name}`] = colour[mode];
  }
  // The names the charts used before the tokens: --chart-injury and friends.
  for (const kind of Object.keys(TOKEN_GROUPS.kind)) vars[`--chart-${kind}`] = `var(--kind-${kind})`;
  return vars;
}

function colours(): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [group, palette] of Object.entries(TOKEN_GROUPS) as [string, Palette][]) {
    out[group] = Object.fromEntries(Object.keys(palette).map((name) => [name, `var(--${group}-${name})`]));
  }
  return out;
}

const config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}", "./lib/**/*.{ts,tsx}"],
  theme: { extend: { colors: colours() } },
  plugins: [
    plugin(({ addBase }) => {
      addBase({ ":root": variables("light") });
      addBase({ "@media (prefers-color-scheme: dark)": { ":root": variables("dark") } });
    }),
  ],
};

export default config;
