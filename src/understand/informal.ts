/**
 * How people type in chat, read as the words they mean: apostrophes left out (`whos`, `wheres`),
 * texting forms (`u`, `pls`, `ppl`, `thx`), and contractions written out. These are English, not
 * facts about any report, so they live here rather than in a conference's data folder.
 */
const CHAT_FORMS: Readonly<Record<string, string>> = {
  // Contractions typed without the apostrophe.
  whos: 'who is',
  whats: 'what is',
  wheres: 'where is',
  whens: 'when is',
  hows: 'how is',
  whys: 'why is',
  thats: 'that is',
  theres: 'there is',
  heres: 'here is',
  whatre: 'what are',
  whore: 'who are',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  didnt: 'did not',
  doesnt: 'does not',
  dont: 'do not',
  cant: 'can not',
  wont: 'will not',
  couldnt: 'could not',
  shouldnt: 'should not',
  wouldnt: 'would not',
  hes: 'he is',
  shes: 'she is',
  im: 'i am',
  ive: 'i have',
  youre: 'you are',
  theyre: 'they are',
  // Texting forms.
  u: 'you',
  ur: 'your',
  r: 'are',
  pls: 'please',
  plz: 'please',
  pl0x: 'please',
  thx: 'thanks',
  ty: 'thanks',
  dev: 'developer',
  devs: 'developers',
  ops: 'operations',
  mgmt: 'management',
  k8: 'k8s',
  peeps: 'people',
  yr: 'year',
  yrs: 'years',
  abt: 'about',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  w: 'with',
  'w/': 'with',
  wo: 'without',
  'w/o': 'without',
  b4: 'before',
  gr8: 'great',
  ok: 'okay',
  pic: 'picture',
  pics: 'pictures',
  wat: 'what',
  wut: 'what',
  wht: 'what',
  whta: 'what',
  hwo: 'how',
  thru: 'through',
  tho: 'though',
  prolly: 'probably',
  shoutout: 'mention',
  shoutouts: 'mentions',
  fav: 'favourite',
  fave: 'favourite',
  favs: 'favourites',
  diff: 'difference',
  perf: 'performance',
  ama: 'ask me anything',
  imo: 'in my opinion',
  btw: 'by the way',
  aka: 'also known as',
  etc: 'and so on',
  n: 'and',
  tbh: 'to be honest',
  ngl: 'not going to lie',
  idk: 'I do not know',
  iirc: 'if I remember correctly',
  afaik: 'as far as I know',
  rn: 'right now',
  ppl: 'people',
  conf: 'conference',
  confs: 'conferences',
};

/** Forms that mean a question word only where a question starts: "y is …", but not "x > y". */
const LEADING_FORMS: Readonly<Record<string, string>> = { y: 'why' };

/**
 * A replacer that puts for a typed word (after its lead) what it stands for in a table of forms,
 * and leaves any other as typed; own keys only ("constructor" is no chat form).
 */
function readingOf(forms: Readonly<Record<string, string>>): (whole: string, lead: string, word: string) => string {
  return (whole, lead, word) => {
    const key = word.toLowerCase();
    return Object.hasOwn(forms, key) ? `${lead}${forms[key]}` : whole;
  };
}

const readLeading = readingOf(LEADING_FORMS);
const readChat = readingOf(CHAT_FORMS);

/** `what's` → `what is`: contractions with the apostrophe, in both quote styles. */
const CONTRACTION = /\b(what|who|where|when|how|why|that|there|here|it|he|she)'s\b/gi;

/**
 * Reads chat-speak as the words it stands for. Case is kept for untouched words (names matter).
 *
 * @example
 * readInformal('whos kelsey pls'); // 'who is kelsey please'
 * readInformal("wheres the next kubecon"); // 'where is the next kubecon'
 */
export function readInformal(text: string): string {
  return (
    text
      .replace(/(^|[.?!]\s+)([a-z]+)(?=\s)/gi, readLeading)
      // A percent sign standing for the word ("what % of"), not after a number ("20%").
      .replace(/(^|\s)%(?=\s|$)/g, '$1percent')
      .replace(CONTRACTION, '$1 is')
      .replace(/\b(\w+)n't\b/gi, (_, w: string) => (w.toLowerCase() === 'ca' ? 'can not' : w.toLowerCase() === 'wo' ? 'will not' : `${w} not`))
      .replace(/(^|\s)(w\/o?|[a-z0-9]+)(?=[\s?!.,]|$)/gi, readChat)
  );
}
