import { loadConference } from '../../src/conference/load.js';
import { buildKnowledge, type Knowledge } from '../../src/search/knowledge.js';

let cached: Knowledge | undefined;

/** The real Austin report's knowledge, built once per test file. */
export function austin(): Knowledge {
  cached ??= buildKnowledge(loadConference('kubecon-2017-austin'));
  return cached;
}
