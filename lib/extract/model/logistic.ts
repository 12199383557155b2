/**
 * Logistic regression over sparse binary features: the number model's learner. Trained with
 * AdaGrad and an L2 penalty, so rare features (most are: a word seen once beside a number) keep
 * small weights and the model degrades to the sentence's common words on text it never saw.
 * Written here rather than taken from ml-logistic-regression: that library needs dense matrices,
 * and ours are ~5,000 examples by ~8,000 features, almost all zero.
 */
export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface Example {
  features: readonly string[];
  label: 0 | 1;
}

export const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/**
 * The model's chance for one example, by feature name: for training and evaluation. The extractor
 * scores through numberProbability (number-features.ts), which indexes the weights for speed.
 */
export function probability(model: LogisticModel, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return sigmoid(z);
}

export function train(examples: readonly Example[], opts: { epochs?: number; rate?: number; l2?: number } = {}): LogisticModel {
  const { epochs = 30, rate = 0.3, l2 = 0.003 } = opts;
  const w = new Map<string, number>();
  const g2 = new Map<string, number>();
  let bias = 0;
  let biasG2 = 0;
  // A fixed order that mixes positives among negatives, so training is deterministic.
  const order = examples.map((_, i) => i).sort((a, b) => ((a * 2654435761) % 4294967296) - ((b * 2654435761) % 4294967296));
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (const i of order) {
      const ex = examples[i]!;
      let z = bias;
      for (const f of ex.features) z += w.get(f) ?? 0;
      const err = sigmoid(z) - ex.label;
      biasG2 += err * err;
      bias -= (rate * err) / Math.sqrt(biasG2 + 1e-8);
      for (const f of ex.features) {
        const wf = w.get(f) ?? 0;
        const grad = err + l2 * wf;
        const acc = (g2.get(f) ?? 0) + grad * grad;
        g2.set(f, acc);
        w.set(f, wf - (rate * grad) / Math.sqrt(acc + 1e-8));
      }
    }
  }
  const weights: Record<string, number> = {};
  // Weights too small to move a probability are dropped; the rest rounded, so the file stays small and diffable.
  for (const [f, v] of [...w.entries()].sort(([a], [b]) => a.localeCompare(b))) if (Math.abs(v) >= 0.01) weights[f] = Math.round(v * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** The chance that a random positive scores above a random negative (ties half): 0.5 is no skill. */
export function auroc(scored: ReadonlyArray<{ p: number; label: 0 | 1 }>): number | null {
  const sorted = [...scored].sort((a, b) => a.p - b.p);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.p === sorted[i]!.p) j++;
    const rank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (sorted[k]!.label === 1) { rankSum += rank; positives++; }
    i = j;
  }
  const negatives = sorted.length - positives;
  if (!positives || !negatives) return null;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}
