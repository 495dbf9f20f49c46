import { stemmer } from 'stemmer';

const cache = new Map<string, string>();

/**
 * The Porter stem of a folded token, so `containers`/`container`, `policies`/`policy` and
 * `deployed`/`deploys` meet. Tokens that are not plain words (`cri-o`, `v1.0`,
 * `k8s`) are left as written: a stemmer built for English words only mangles them.
 *
 * @example
 * stem('policies'); // 'polici'
 * stem('cri-o'); // 'cri-o'
 */
export function stem(token: string): string {
  let s = cache.get(token);
  if (s === undefined) {
    s = /^[a-z]+$/.test(token) ? stemmer(token) : token;
    // The index's vocabulary is bounded; a stream of odd questions must not grow this forever.
    if (cache.size < 50_000) cache.set(token, s);
  }
  return s;
}
