import { loadConference } from '../../src/conference/load.js';
import { buildKnowledge, type Knowledge } from '../../src/search/knowledge.js';
import { loadKnowledge } from '../../src/search/load-knowledge.js';

let cached: Knowledge | undefined;
let withModel: Knowledge | undefined;

/** The real Austin report's knowledge, built once per test file, without the model. */
export function austin(): Knowledge {
  cached ??= buildKnowledge(loadConference('kubecon-2017-austin'));
  return cached;
}

/** The Austin report's knowledge as the bot answers from it: with the model and its derived vectors. */
export function austinWithModel(): Knowledge {
  withModel ??= loadKnowledge('kubecon-2017-austin');
  return withModel;
}
