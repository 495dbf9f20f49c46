/**
 * Conversations: each turn after the first may lean on the ones before. `has` holds facts the
 * answer must show (case-insensitive); `hasNot` what would mean it was read against the wrong
 * context. Shared by the conversation test and `npm run bench`.
 */
export interface ConversationTurn {
  say: string;
  has?: readonly string[];
  hasNot?: readonly string[];
  /** Whether the report answers it (default true). */
  matched?: boolean;
}

export const CONVERSATIONS: ReadonlyArray<readonly ConversationTurn[]> = [
  // Another day for the same question.
  [
    { say: 'keynotes day 1', has: ['A Community of Builders'] },
    { say: 'and on day 2?', has: ['Kubernetes Secret Superpower'], hasNot: ['A Community of Builders'] },
  ],
  [{ say: 'talks day 1' }, { say: 'what about day 3?', has: ['Disaster Recovery for your Kubernetes Clusters'] }],
  [{ say: 'keynotes day 2' }, { say: 'friday?', has: ['Kubernetes at GitHub'] }],
  [
    { say: 'talks on day 2', has: ['Vault and Secret Management'] },
    { say: 'and day 1', has: ['CRI-O: All the Runtime Kubernetes Needs'] },
    { say: 'day 3?', has: ['One Chart to Rule Them All'] },
  ],
  [{ say: 'agenda day 1' }, { say: 'and the second day?', has: ['Pushing the Limits of Kubernetes with Game of Thrones'] }],
  [{ say: 'how many keynotes on day 1' }, { say: 'and on day 3?', has: ['Day #3'] }],
  [{ say: 'what happened on day 1' }, { say: 'and day 2?', has: ['Day #2'] }],
  // The session just shown.
  [
    { say: 'when was the vault talk', has: ['Day #2'] },
    { say: 'who gave it?', has: ['Armon Dadgar'] },
  ],
  [{ say: 'what is Ark?' }, { say: 'who gave that talk?', has: ['Andy Goldstein'] }],
  [{ say: 'session game of thrones' }, { say: 'when was that?', has: ['Day #2'] }],
  [
    { say: 'who talked about helm', has: ['Ticketmaster'] },
    { say: 'when was it?', has: ['Day #'] },
  ],
  [{ say: 'what is CRI-O' }, { say: 'when was that talk?', has: ['Day #1'] }],
  [{ say: 'who is Brendan Burns' }, { say: 'when was it', has: ['Day #1'] }],
  [{ say: 'session disaster recovery' }, { say: 'who presented it', has: ['Steve Kriss'] }],
  // The speaker just shown.
  [
    { say: 'who is kelsey hightower', has: ['Google'] },
    { say: 'what else did he say?', has: ['Kelsey Hightower'] },
  ],
  [{ say: 'who is Sarah Novotny' }, { say: 'what did she talk about', has: ['Sarah Novotny'] }],
  [{ say: 'who is Clayton Coleman' }, { say: 'what did he say about 2018', has: ['2018'] }],
  [{ say: 'who is Chen Goldberg' }, { say: 'where does she work', has: ['Google'] }],
  // More.
  [{ say: 'what is Ark?' }, { say: 'tell me more', has: ['Disaster Recovery for your Kubernetes Clusters'] }],
  [{ say: 'when was the game of thrones talk' }, { say: 'more', has: ['HBO'] }],
  [{ say: 'who is Armon Dadgar' }, { say: 'more please', has: ['Vault'] }],
  // The same question about something else.
  [{ say: 'what is Ark?' }, { say: 'what about Rook?', has: ['Rook'], hasNot: ['Heptio Ark allows'] }],
  [{ say: 'what is Envoy' }, { say: 'and conduit?', has: ['Conduit'] }],
  [{ say: 'who talked about helm' }, { say: 'what about vault?', has: ['Vault and Secret Management in Kubernetes'] }],
  [
    { say: 'org heptio', has: ['Heptio'] },
    { say: 'and google?', has: ['Kubernetes Secret Superpower'] },
  ],
  [{ say: 'who is kelsey' }, { say: 'how about brendan burns?', has: ['Microsoft'] }],
  [{ say: 'what is k8s' }, { say: 'and CRDs?', has: ['CustomResourceDefinition'] }],
  // Follow-ups that stand on their own: never read against the context.
  [{ say: 'keynotes day 2' }, { say: 'what is Envoy?', has: ['Envoy'], hasNot: ['Keynotes — Day'] }],
  [{ say: 'who is kelsey' }, { say: 'what is Rook?', has: ['Rook'], hasNot: ['Kelsey'] }],
  [{ say: 'when was the vault talk' }, { say: 'how many people attended?', has: ['4k+'] }],
  [{ say: 'what is Ark?' }, { say: 'keynotes day 3', has: ['Kubernetes at GitHub'], hasNot: ['Heptio Ark allows'] }],
  [{ say: 'who is Brendan Burns' }, { say: 'who is Kelsey Hightower', has: ['Kelsey Hightower'], hasNot: ['Brendan Burns (Distinguished'] }],
  [{ say: 'talks day 1' }, { say: 'summary', has: ['Have Fun!'] }],
  [{ say: 'what is Ark?' }, { say: 'what is blockchain', matched: false }],
  [{ say: 'org heptio' }, { say: 'when is the next kubecon', has: ['Copenhagen'] }],
  [{ say: 'keynotes day 1' }, { say: 'hi' }, { say: 'and on day 2?', has: ['Kubernetes Secret Superpower'] }],
  // Three turns.
  [{ say: 'what is Ark?' }, { say: 'who gave that talk?', has: ['Andy Goldstein'] }, { say: 'what else did he say?', has: ['Disaster Recovery for your Kubernetes Clusters'] }],
  [{ say: 'keynotes day 1' }, { say: 'and day 2?' }, { say: 'and day 3?', has: ['Kubernetes at GitHub'] }],
  [{ say: 'who is kelsey' }, { say: 'when was it?', has: ['Day #2'] }, { say: 'who is Brendan Burns', has: ['Microsoft'] }],
  [{ say: 'what is Rook' }, { say: 'what about Ark?', has: ['Heptio Ark allows'] }, { say: 'and Envoy?', has: ['Envoy'] }],
  [
    { say: 'when was the CRI-O talk', has: ['Day #1'] },
    { say: 'who gave it', has: ['Mrunal Patel'] },
    { say: 'what is blockchain', matched: false },
  ],
  // Without a context, the same words are answered as they stand.
  [{ say: 'and on day 2?', has: ['Day #2'] }],
  [{ say: 'who gave it?', matched: false }],
];
