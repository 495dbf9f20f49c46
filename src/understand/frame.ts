/**
 * What kind of answer a question wants, read from how it is asked ("how many …" wants a number,
 * "who …" a person, "any tips …" advice), and which of its words only frame the question. The
 * words left over are its focus: what the report must hold for the question to be covered.
 */

/** The kinds of answer a question can want. */
export type Wants = 'definition' | 'person' | 'time' | 'place' | 'number' | 'price' | 'list' | 'advice' | 'opinion' | 'yesno' | 'reason' | 'any';

/** The kinds of answer that are one particular thing the report must say (a time, a number, a price, a place, a person), not any passage about the topic. */
export const ASKS_FOR_ONE: ReadonlySet<Wants> = new Set<Wants>(['time', 'number', 'price', 'place', 'person']);

/** How a question is framed: what it wants, and whether it asks about the author's own experience. */
export interface Frame {
  wants: Wants;
  /** "did the author like …", "where did he fly from": the author's own passages answer it. */
  author: boolean;
}

/** Tests in order: the first that matches decides what is wanted. */
const WANTS: ReadonlyArray<[Wants, RegExp]> = [
  // "where all did …", "what all …": a list, whatever the question word.
  ['list', /\b(?:where|what|which|who) all\b/],
  // "which talks should I watch about storage": sessions to list, even when asked as advice.
  // One word may narrow the kind ("what breakout sessions"), not ask for a time or be a verb ("what time sessions start").
  ['list', /^(?:which|what|any) (?:(?!(?:day|date|time|year|month|were|was|are|is|do|does|did)\b)[\w-]+ )?(?:talks|sessions|keynotes|presentations|breakouts)\b/],
  // "how much does fargate cost", "tectonic pricing?": an amount of money, not any number.
  [
    'price',
    /\bhow (?:expensive|cheap)\b|\bhow much\b(?=.*\b(?:cost|costs|price|priced|pay|paid|charge|charged|fee|fees|money|budget)\b)|\bpric(?:e|es|ed|ing)\b|\bwhat (?:does|did|do|will|would) .+ cost\b/,
  ],
  [
    'number',
    /\b(?:how (?:many|much|long|big|large|often|fast|old|far|quick|slow|high|low|small)|number of|by how much|what (?:percentage|percent|share|size|ratio|version)|which version|(?:how|what) (?:many|much) (?:of|time)|release number)\b|\b(?:what|which) (?:[\w-]+ ){0,2}versions?\b|\bversions? (?:that|shipped|released|came out)\b|\b(?!(?:it|that|this|which|what|does|do|did|will|would|can|should|not)\b)\w+ count\W*$|\bcount of\b/,
  ],
  ['reason', /^(?:why|how come)\b/],
  ['time', /^(?:when)\b|\b(?:what|which) (?:day|date|time|year|month)\b|\bwhen (?:is|was|were|did|does|will)\b|\bwhich days?\b/],
  ['place', /^where\b|\bwhere (?:is|was|were|will|did|can|do)\b|\b(?:which|what) (?:city|country|place|venue|location)\b/],
  [
    'advice',
    /\b(?:should (?:i|we|you|one)|tips?|advice|advise|recommend\w*|suggest\w*|lessons?|learn(?:ed|t|ings?)?|takeaways?|best practices?|how (?:to|do i|do we|can i|can we|should)|what to do|avoid|pitfalls?|mistakes?|worth it|guidance)\b/,
  ],
  [
    'list',
    /\b(?:list|lineup|line-up|where all|which all|what all|(?:which|what|any|all(?: the)?) (?:talks|sessions|keynotes|presentations|projects|tools|companies|orgs|organi[sz]ations|products|speakers)|projects? (?:mentioned|named|announced)|mentioned\??$)\b|\b(?:talks|sessions|keynotes|presentations)\??$|\b(?:projects|tools|products|themes|topics|principles|steps|examples|options|features|trends|predictions|announcements)\b/,
  ],
  [
    'person',
    /^who\b|\b(?:speakers?|presenters?|presented by|given by)\b|\bwho (?:is|was|were|are|did|gave|spoke|talked|presented|from|works)\b|\b(?:which|what) (?:speaker|person|people|guy|lady|exec|company|companies|org|orgs|organi[sz]ations?|vendor|firm)\b|\b(?:which|any) (?:\w+ ){1,2}(?:people|persons|folks|employees|engineers)\b/,
  ],
  ['definition', /^(?:what|which) (?:is|are|was|were)\b|\b(?:define|definition|explain|meaning|stand for|stands for)\b|\bwhat (?:does|do|did) .+ (?:do|mean)\b/],
  ['yesno', /^(?:is|are|was|were|did|does|do|can|could|will|would|has|have|had)\b/],
];

/** The author's own view or doings: "did the author like", "his favourite", "where did he stay". */
const AUTHOR =
  /\b(?:(?:author|writer|blogger)(?:s|'s)?|the guy who wrote|op)\b|\b(?:writeup|write-up|report|post|blog|article)\b(?= (?:\w+ )?(?:think|thinks|thought|conclude|concludes|concluded|recommend|recommends|recommended|suggest|suggests|suggested|feel|feels|felt)\b)|\b(?:he|his|him|himself)\b|\b(?:did|were|have|had) you\b(?! (?:know|mean|hear|say)\b)|\b(?:you|your)\b.*\b(?:think|like|liked|enjoy|enjoyed|favou?rite|impression|opinion|trip|flight|stay)\b|\b(?:best|favou?rite|worst|coolest)\s+(?:talk|session|keynote|presentation|demo|part)s?\b/;
const OPINION = /\b(?:think|thought|like|liked|enjoy|enjoyed|favou?rite|opinion|impressions?|feel|felt|take on|view on|verdict|worth|rate|rating|recommend|impressed|best)\b/;

/** Text without the closing brackets, marks and spaces at its end: a loop, where a pattern would backtrack over a long run of them. */
function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && ' )].!'.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/**
 * Reads how a question is asked.
 *
 * @example
 * readFrame('how many people attended?'); // { wants: 'number', author: false }
 * readFrame('did the author like the party'); // { wants: 'opinion', author: true }
 */
export function readFrame(text: string): Frame {
  // A closing bracket or mark ends the question as much as its last word ("day 2 talks (not keynotes)").
  const t = trimEnd(text.toLowerCase().replace(/\s+/g, ' ')).trim();
  const author = AUTHOR.test(t);
  let wants: Wants = WANTS.find(([, re]) => re.test(t))?.[0] ?? 'any';
  if (author && OPINION.test(t) && !['number', 'price', 'time', 'place', 'reason'].includes(wants)) wants = 'opinion';
  return { wants, author };
}

/**
 * The people a question asking for a person names in its frame ("which google people spoke", "any
 * heptio folks", "which company talked about …"): who they are is the answer, so the word is no
 * topic a passage must hold.
 */
export const PERSON_WORDS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'person',
  'folks',
  'employees',
  'engineers',
  'company',
  'companies',
  'org',
  'orgs',
  'organization',
  'organisation',
  'vendor',
  'firm',
]);

/**
 * Words that frame a question rather than name what it is about: question words, the verbs of
 * asking and telling, pronouns for the author, fillers. They are never required of a passage.
 */
export const FRAME_WORDS: ReadonlySet<string> = new Set(
  `what which who whom whose when where why how whats whos wheres is are was were be been being am do does did done
   have has had can could should would will shall may might must please pls tell me us about explain describe define
   definition meaning mean means stand stands know knew want wanted need needs needed get got give gave given show shown
   say said says talk talked talking talks speak spoke spoken speaking present presented presenting mention mentioned mentions
   discuss discussed cover covered any some all every list lineup exactly actually basically really just again also
   think thought opinion view take feel felt impression impressions like liked enjoy enjoyed favourite favorite fav best
   author writer blogger he his him himself she her they them their you your i my we our it its this that these those there
   tip tips advice advise recommend recommendation recommendations suggest suggestion lesson lessons learn learned learnt
   takeaway takeaways worth main key important summary short nutshell brief briefly simple terms eli5 quick quickly whole entire
   thing things stuff something anything one ones kind sort lot lots way ways guy guys folks people's someone anyone
   speaker speakers presenter presenters watch watched watching attend attended attending up number many much long big large often percent percentage version size day days date dates time times year years month months yes no not out up related regarding per
   city cities country countries venue location place presentation presentations breakout breakouts writeup write-up according explained name names named called call okay thanks thank hey hi hello ya yeah yep nope ok`
    .split(/\s+/)
    .filter(Boolean),
);
