/**
 * Platt scaling: the slope and intercept that map a score to a chance of being right, fitted by
 * Newton's method on the log loss (two parameters, so it converges in a handful of steps). Used to
 * turn the blend of rule and model (second-opinion.ts) into a confidence (scripts/fit-confidence.ts).
 */
import { sigmoid } from "./logistic";

export interface PlattScale {
  slope: number;
  intercept: number;
}

export function fitPlatt(scored: ReadonlyArray<{ score: number; right: boolean }>): PlattScale {
  let a = 1;
  let b = 0;
  for (let step = 0; step < 100; step++) {
    // Gradient and Hessian of the mean log loss in (a, b); a small ridge keeps a separable set finite.
    let ga = 1e-3 * a;
    let gb = 0;
    let haa = 1e-3;
    let hab = 0;
    let hbb = 1e-9;
    for (const { score: x, right } of scored) {
      const p = sigmoid(a * x + b);
      const e = p - (right ? 1 : 0);
      const w = p * (1 - p);
      ga += e * x;
      gb += e;
      haa += w * x * x;
      hab += w * x;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) < 1e-9 && Math.abs(db) < 1e-9) break;
  }
  return { slope: a, intercept: b };
}

export const scaled = (s: PlattScale, score: number): number => sigmoid(s.slope * score + s.intercept);
