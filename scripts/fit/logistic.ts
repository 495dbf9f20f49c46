/**
 * Logistic regression with an L2 penalty, fitted by Newton's method: a few dozen features and tens
 * of thousands of rows converge in about ten steps. Short enough to keep here rather than take a
 * dependency for it.
 *
 * @example
 * fitLogistic([[1, 0], [1, 1], [1, 2], [1, 3]], [0, 0, 1, 1]); // weights with a positive slope
 *
 * `weights` weighs rows (each question's candidates together as one question, say).
 */
export function fitLogistic(
  rows: readonly (readonly number[])[],
  labels: readonly number[],
  { l2 = 1e-2, steps = 25, weights: sample }: { l2?: number; steps?: number; weights?: readonly number[] } = {},
): number[] {
  const d = rows[0]?.length ?? 0;
  const total = sample ? sample.reduce((a, v) => a + v, 0) : rows.length;
  let w = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((x, n) => {
      let z = 0;
      for (let i = 0; i < d; i++) z += w[i]! * x[i]!;
      const p = 1 / (1 + Math.exp(-z));
      const weight = sample ? sample[n]! : 1;
      const r = weight * (p - labels[n]!);
      const s = weight * p * (1 - p);
      for (let i = 0; i < d; i++) {
        grad[i]! += r * x[i]!;
        const si = s * x[i]!;
        if (si === 0) continue;
        const row = hess[i]!;
        for (let j = i; j < d; j++) row[j]! += si * x[j]!;
      }
    });
    for (let i = 0; i < d; i++) {
      // The bias is not penalised: it only sets the base rate.
      const penalty = i === 0 ? 1e-9 : l2 * total;
      grad[i]! += i === 0 ? 0 : penalty * w[i]!;
      hess[i]![i]! += penalty;
      for (let j = 0; j < i; j++) hess[i]![j] = hess[j]![i]!;
    }
    const delta = solve(hess, grad);
    w = w.map((v, i) => v - delta[i]!);
    if (Math.max(...delta.map(Math.abs)) < 1e-7) break;
  }
  return w;
}

/** Solves `a · x = b` by Gaussian elimination with partial pivoting (a is small and symmetric positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[pivot]![c]!)) pivot = r;
    [m[c], m[pivot]] = [m[pivot]!, m[c]!];
    const lead = m[c]![c]!;
    if (Math.abs(lead) < 1e-12) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / lead;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  return m.map((row, i) => (Math.abs(row[i]!) < 1e-12 ? 0 : row[n]! / row[i]!));
}
