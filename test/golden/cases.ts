/**
 * The golden set: what people ask, and the facts a right answer must hold. Shared by the golden
 * tests and `npm run bench` (which scores a naive baseline on the same cases).
 */
export interface GoldenCase {
  /** What the user types. */
  q: string;
  /** Whether the report answers it. */
  matched: boolean;
  /** The command the engine should pick. */
  intent?: string;
  /** Facts the answer must hold, verbatim from the report (case-insensitive): checked for the engine and the naive baseline. */
  has?: readonly string[];
  /** The engine's own wording the answer must hold (weekday labels, usage, "not covered"): checked for the engine only. */
  says?: readonly string[];
  /** Phrases it must not hold: padding, wrong sessions. */
  hasNot?: readonly string[];
  /** Words of session titles its sources must include. */
  sources?: readonly string[];
}

export const GOLDEN: readonly GoldenCase[] = [
  // help
  { q: 'help', intent: 'help', matched: true, says: ['keynotes [day]', 'what is <project or term>', 'who talked about helm'] },
  { q: 'help keynotes', intent: 'help', matched: true, says: ['keynotes [day]', 'keynotes first day'] },
  { q: 'help banana', intent: 'help', matched: false, says: ['There is no command "banana"', 'keynotes [day]'] },
  { q: 'what can you do?', intent: 'help', matched: true, says: ['agenda [day]'] },
  { q: '', intent: 'help', matched: true, says: ['28 keynotes and talks'] },
  // small talk and the summary
  { q: 'hi!', intent: 'hello', matched: true, says: ['Hi! Ask me about KubeCon 2017 Austin'] },
  { q: 'thanks', intent: 'thanks', matched: true, says: ["You're welcome!"] },
  { q: 'hey, what is Ark?', intent: 'define', matched: true, has: ['Heptio Ark allows to do restore'] },
  { q: 'what is Ark? and what is Rook?', intent: 'define', matched: true, has: ['Heptio Ark allows to do restore'], says: ['Try: what is Rook?'], hasNot: ['Rook solves the problem'] },
  { q: 'what is ark :thinking_face:', intent: 'define', matched: true, has: ['Heptio Ark allows to do restore'] },
  { q: 'summary', intent: 'summary', matched: true, has: ['My first travel to the USA', 'Have Fun!'], says: ['19 keynotes and 9 talks by 31 speakers'] },
  { q: 'tl;dr', intent: 'summary', matched: true, has: ['next KubeCon in Copenhagen'] },
  { q: 'where was kubecon?', intent: 'summary', matched: true, has: ['Austin'], says: ['Day #1 (Wednesday) to Day #3 (Friday)'] },
  { q: 'summary of day 2', intent: 'day', matched: true, has: ['Kubernetes Secret Superpower'], hasNot: ['A Community of Builders'] },
  { q: 'recommend a talk for beginners', intent: 'level', matched: true, has: ['The True Costs of Running Cloud Native Infrastructure'] },
  { q: 'how many talks were there?', intent: 'count', matched: true, says: ['9 talks in the report'] },
  { q: 'how many keynotes on day 2', intent: 'count', matched: true, has: ['Kubernetes Secret Superpower'], says: ['6 keynotes on Day #2 (Thursday)'], hasNot: ['A Community of Builders'] },
  { q: 'how many speakers', intent: 'count', matched: true, says: ['31 speakers in the report'] },
  { q: 'how many companies were there', intent: 'count', matched: true, says: ['20 organisations in the report'] },
  { q: 'how many talks on day 9', intent: 'count', matched: false, says: ['The report covers these days'] },
  // agenda
  { q: 'list all talks', intent: 'talks', matched: true, has: ['The True Costs of Running Cloud Native Infrastructure', 'Vault and Secret Management'], hasNot: ['A Community of Builders'] },
  { q: 'what were the keynotes?', intent: 'keynotes', matched: true, has: ['A Community of Builders', 'Kubernetes at GitHub'], hasNot: ['Extending Kubernetes 101'] },
  { q: 'agenda', intent: 'agenda', matched: true, has: ['Economics of using Local Storage'], says: ['Day #1 (Wednesday)', 'Day #3 (Friday)'] },
  { q: 'schedule day 2', intent: 'agenda', matched: true, has: ['Kubernetes Secret Superpower', 'Vault and Secret Management'], hasNot: ['Day #1'] },
  { q: "what's the schedule for friday", intent: 'agenda', matched: true, has: ['Kubernetes at GitHub'], hasNot: ['Spinnaker'] },
  { q: 'agenda day 7', intent: 'agenda', matched: false, says: ['The report covers these days'] },
  // keynotes / talks
  { q: 'keynotes day1', intent: 'keynotes', matched: true, has: ['Dan Kohn', 'Dianne Marsh', 'Ben Sigelman', 'Evening Keynotes'], hasNot: ['CRI-O: All the Runtime'] },
  { q: 'keynotes day 1', intent: 'keynotes', matched: true, has: ['A Community of Builders'] },
  { q: 'keynotes day #2', intent: 'keynotes', matched: true, has: ['Kelsey Hightower', 'Craig McLuckie'] },
  { q: 'keynotes first day', intent: 'keynotes', matched: true, has: ['Michelle Noorali'] },
  { q: 'keynotes thursday', intent: 'keynotes', matched: true, has: ['Spike Curtis'] },
  { q: 'which keynotes were on day 3', intent: 'keynotes', matched: true, has: ['Sarah Novotny', 'Brian Grant', 'Jesse Newland'] },
  { q: 'friday keynotes', intent: 'keynotes', matched: true, has: ['Brandon Philips'] },
  { q: 'keynots day 3', intent: 'keynotes', matched: true, has: ['Sarah Novotny'] },
  { q: 'keynotes banana', intent: 'keynotes', matched: false, says: ['not a day'] },
  { q: 'talks day 2', intent: 'talks', matched: true, has: ['Extending Kubernetes 101', 'Amy Chen', 'Armon Dadgar'], hasNot: ['Kelsey'] },
  { q: 'talks third day', intent: 'talks', matched: true, has: ['Disaster Recovery for your Kubernetes Clusters', 'Ticketmaster'] },
  { q: 'talks on wednesday', intent: 'talks', matched: true, has: ['Dmytro Dyachuk', 'Bich Le', 'Mrunal Patel'] },
  { q: 'talks day 0', intent: 'talks', matched: false, says: ['no talks'] },
  // day
  { q: 'day 1', intent: 'day', matched: true, has: ['Rook Team + Booth', 'Party'], says: ['8 keynotes and 3 talks'] },
  { q: 'day #0', intent: 'day', matched: true, has: ['journey', 'Atlanta'] },
  { q: 'what happened on day 2', intent: 'day', matched: true, has: ['Tacos', 'Kelsey Hightower'] },
  { q: 'friday', intent: 'day', matched: true, has: ['Find A Job'], says: ['Day #3 (Friday)'] },
  { q: 'tell me about the second day', intent: 'day', matched: true, says: ['Day #2 (Thursday)'] },
  { q: 'day 12', intent: 'day', matched: false, says: ['The report covers these days'] },
  // speakers
  { q: 'speaker kelsey', intent: 'speaker', matched: true, has: ['Kelsey Hightower', 'Staff Developer Advocate', 'Google', 'changelog is boring'] },
  { q: 'who is Brendan Burns?', intent: 'speaker', matched: true, has: ['Distinguished Engineer', 'Microsoft', 'Day #1'] },
  { q: 'what did Clayton Coleman talk about', intent: 'speaker', matched: true, has: ['Making Containers Boring', "What's Next?", 'Day #2', 'Day #3'] },
  { q: 'who is dianne marsh', intent: 'speaker', matched: true, has: ['Director of Engineering', 'Netflix', 'Spinnaker'] },
  { q: 'who is kelsy hightower', intent: 'speaker', matched: true, has: ['Kelsey Hightower'] },
  { q: 'speaker chen', intent: 'speaker', matched: true, has: ['Chen Goldberg', 'Amy Chen'] },
  { q: 'kelsey hightower', intent: 'speaker', matched: true, has: ['KubeCon Opening Keynote - Project Update'] },
  { q: 'speakers', intent: 'speaker', matched: true, has: ['Imad Sousou', 'Pavel Snagovsky', 'Steve Kriss'] },
  { q: 'speaker linus torvalds', intent: 'speaker', matched: false, says: ['No speaker called "linus torvalds"'] },
  { q: 'who spoke?', intent: 'speaker', matched: true, has: ['Dan Kohn', 'Bich Le', 'Brian Grant'] },
  { q: 'who were the speakers', intent: 'speaker', matched: true, has: ['Imad Sousou', 'Travis Nielsen'] },
  { q: 'what did Travis Nielsen say', intent: 'speaker', matched: true, has: ['Quantum Corp', 'declarative'] },
  // organisations
  { q: 'heptio talks', intent: 'org', matched: true, has: ['Craig McLuckie', 'Amy Chen', 'Andy Goldstein'], sources: ['Disaster Recovery'] },
  { q: 'talks by google', intent: 'org', matched: true, has: ['Kelsey Hightower', 'Sarah Novotny', 'Brian Grant', 'Chen Goldberg'] },
  { q: 'org aws', intent: 'org', matched: true, has: ['Adrian Cockcroft'] },
  { q: 'org redhat', intent: 'org', matched: true, has: ['Mrunal Patel', 'Clayton Coleman'] },
  { q: 'who works at google?', intent: 'org', matched: true, has: ['Kelsey Hightower', 'Sarah Novotny'] },
  { q: 'what did HBO learn', intent: 'org', matched: true, has: ['Pushing the Limits of Kubernetes with Game of Thrones', 'Their talk was about the experience with Kubernetes at HBO'] },
  { q: 'what did netflix talk about', intent: 'org', matched: true, has: ['Dianne Marsh'] },
  { q: 'quantum sessions', intent: 'org', matched: true, has: ['Travis Nielsen', 'Pavel Snagovsky'] },
  { q: 'org microsoft', intent: 'org', matched: true, has: ['Brendan Burns', 'Michelle Noorali'] },
  { q: 'org hepito', intent: 'org', matched: true, has: ['Craig McLuckie'] },
  { q: 'orgs', intent: 'org', matched: true, says: ['Google: 4 sessions', 'Heptio: 3 sessions'] },
  { q: 'org initech', intent: 'org', matched: false, says: ['No speaker from "initech"'] },
  // levels
  { q: 'level advanced', intent: 'level', matched: true, has: ['Extending Kubernetes 101', 'Building a Secure, Multi-Protocol'], hasNot: ['Helm Charts'] },
  { q: 'beginner talks', intent: 'level', matched: true, has: ['The True Costs of Running Cloud Native Infrastructure'] },
  { q: 'level intermediate', intent: 'level', matched: true, has: ['Building Helm Charts', 'Vault and Secret Management', 'Disaster Recovery', 'Economics of using Local Storage'] },
  { q: 'which talks were advanced', intent: 'level', matched: true, has: ['Bich Le'] },
  { q: 'level ninja', intent: 'level', matched: false, says: ['not a level'] },
  // sessions
  { q: 'session game of thrones', intent: 'session', matched: true, has: ['HBO', 'Load test', 'ndots'], sources: ['Game of Thrones'] },
  { q: 'session disaster recovery', intent: 'session', matched: true, has: ['Heptio Ark', 'etcd', '#ark-dr'] },
  { q: 'session extending kubernets', intent: 'session', matched: true, has: ['Travis Nielsen'], says: ['The flow of an operator is like:\n> - Design the CustomResourceDefinition properties.'] },
  { q: 'session spinnaker', intent: 'session', matched: true, has: ['Guardrails, not Gates', 'Dianne Marsh'] },
  { q: 'session quantum computing', intent: 'session', matched: false, says: ['No session title matches'] },
  // when
  { q: 'when was the game of thrones talk', intent: 'when', matched: true, has: ['Day #2', 'Morning Keynotes'], says: ['Day #2 (Thursday)'] },
  { q: 'when did kelsey hightower speak', intent: 'when', matched: true, has: ['Day #2'], says: ['Day #2 (Thursday)'] },
  { q: 'when was the vault talk?', intent: 'when', matched: true, has: ['Vault and Secret Management in Kubernetes', 'Day #2'], says: ['Day #2 (Thursday)', 'intermediate talk'] },
  { q: 'what day was the helm chart talk at ticketmaster', intent: 'when', matched: true, has: ['One Chart to Rule Them All', 'Day #3'], says: ['Day #3 (Friday)'] },
  { q: 'when was the crio talk', intent: 'when', matched: true, has: ['CRI-O: All the Runtime', 'Day #1'], says: ['Day #1 (Wednesday)'] },
  { q: 'when is the next kubecon?', intent: 'when', matched: true, has: ['Copenhagen on May 2018'], hasNot: ['KubeCon Opening Keynote'] },
  { q: 'when was Ark mentioned', intent: 'when', matched: true, has: ['Disaster Recovery for your Kubernetes Clusters', 'The Road Ahead on the Kubernetes Journey'] },
  // what is
  { q: 'what is Ark?', intent: 'define', matched: true, has: ['Heptio Ark allows to do restore', 'Disaster Recovery for your Kubernetes Clusters'], sources: ['Disaster Recovery'] },
  { q: 'what is the heptio ark project', intent: 'define', matched: true, has: ['Heptio Ark allows'] },
  { q: 'waht is spinaker', intent: 'define', matched: true, has: ['Spinnaker is a continous integration and deployment tool'] },
  { q: 'what is Rook', intent: 'define', matched: true, has: ['local storage'] },
  { q: 'what is CRI-O', intent: 'define', matched: true, has: ['Container Runtime Interface Open utilizes runC to create and run containers'] },
  { q: 'what is Envoy', intent: 'define', matched: true, has: ['Envoy is a service proxy'] },
  { q: 'what are kata containers', intent: 'define', matched: true, has: ['new container runtime by Intel'] },
  { q: 'what is metaparticle', intent: 'define', matched: true, has: ['build, push and deploy itself'] },
  { q: 'what is k8s', intent: 'define', matched: true, has: ['Kubernetes is the Linux of the cloud'] },
  { q: 'what is a CRD', intent: 'define', matched: true, says: ['CustomResourceDefinitions (CRDs) are what you want to do'] },
  { q: 'define DR', intent: 'define', matched: true, has: ['disaster recovery'], sources: ['The Road Ahead'] },
  { q: 'what is CSI', intent: 'define', matched: true, has: ['Container Storage Interface (short CSI)'] },
  { q: 'what is CNI', intent: 'define', matched: true, has: ['CNI makes the network layer pluggable'] },
  { q: 'what is helm', intent: 'define', matched: true, has: ['version control system'] },
  { q: "what's coredns", intent: 'define', matched: true, has: ['replacement for kube-dns'] },
  { q: 'what is prometheus', intent: 'define', matched: true, has: ['second project accepted into CNCF'] },
  { q: 'what is Isitio', intent: 'define', matched: true, has: ['Istio'] },
  { q: 'explain fargate', intent: 'define', matched: true, has: ['Fargate'] },
  { q: 'what is Vault', intent: 'define', matched: true, has: ['Vault has a Kubernetes authentication backend'], sources: ['Vault and Secret Management'] },
  { q: 'what is spiffe', intent: 'define', matched: true, has: ['for securing workload identity'], hasNot: ['I only attended the party'] },
  { q: 'what is blockchain', intent: 'define', matched: false, says: ["doesn't cover"] },
  { q: 'what is kubernetes on mars', intent: 'define', matched: false, says: ["doesn't cover", 'It does cover Kubernetes'] },
  { q: 'what is kuberntes on mars', intent: 'define', matched: false, says: ["doesn't cover"], hasNot: ['Spinnaker and the Culture Behind the Tech'] },
  { q: 'what is the CNCF member count', matched: true, has: ['150+ members'] },
  // who talked about
  { q: 'who talked about helm', intent: 'topic', matched: true, has: ['Amy Chen', 'Ticketmaster'] },
  { q: 'who spoke about service meshes', intent: 'topic', matched: true, has: ['Service Meshes and Observability', 'Ben Sigelman'] },
  { q: 'which talks mentioned Rook', intent: 'topic', matched: true, has: ['Economics of using Local Storage', 'Extending Kubernetes 101'] },
  { q: 'who talked about disaster recovery', intent: 'topic', matched: true, has: ['Craig McLuckie', 'Andy Goldstein'] },
  { q: 'who talked about load testing', intent: 'topic', matched: true, has: ['Game of Thrones'] },
  { q: 'who talked about quantum entanglement', intent: 'topic', matched: false, says: ['No session in the report talks about'] },
  {
    q: 'who talked about security?',
    intent: 'topic',
    matched: true,
    has: ['Progress Toward Zero Trust', 'Building a Secure, Multi-Protocol', 'retain as much security as possible'],
    hasNot: ['> Security:'],
  },
  { q: 'which talks were about storage', intent: 'topic', matched: true, has: ['Economics of using Local Storage', 'Container Storage Interface', 'Disaster Recovery for your Kubernetes Clusters'] },
  { q: 'who talked about kubernetes on mars', intent: 'topic', matched: false, says: ['No session in the report talks about', 'what is Kubernetes'] },
  // free text, every day
  { q: 'how was the flight', matched: true, has: ['Atlanta'] },
  { q: 'how long was the trip to austin', matched: true, has: ['12 hours'] },
  { q: 'how long was the flight', matched: true, has: ['12 hours'] },
  { q: 'where is the recording playlist', matched: true, has: ['YouTube playlist'] },
  { q: 'was there a wait for badges?', matched: true, has: ['got my badge instantly'] },
  { q: 'what swag was at the rook booth', matched: true, has: ['green Rook birthday shirt'] },
  { q: 'how many people attended', matched: true, has: ['4k+ people'] },
  { q: 'where is the next kubecon', matched: true, has: ['Copenhagen'] },
  { q: 'how much did prometheus reduce IO', matched: true, has: ['100x'] },
  { q: 'what is the cost of colocation vs cloud', matched: true, has: ['colocation'], sources: ['True Costs'] },
  { q: 'who gave the opening keynote', matched: true, has: ['Dan Kohn', 'Kelsey Hightower', 'Sarah Novotny'] },
  { q: 'what did HBO learn about load testing', matched: true, has: ['Load test more!', 'Load test the SHIT Out of it!!! - HBO'] },
  { q: 'how much memory did etcd3 save', matched: true, has: ['-66%'] },
  { q: 'what was for lunch', matched: true, has: ['Tacos'] },
  { q: 'how many services does github run on kubernetes', matched: true, has: ['20%'] },
  { q: 'how long do lab namespaces live at github', matched: true, has: ['24 hours'] },
  { q: 'what happened at the party', matched: true, has: ['SPIFFE'] },
  { q: 'who sponsored the trip', matched: true, has: ['Quantum Corporation'] },
  { q: 'was there snow in austin', matched: true, has: ['snow yesterday'] },
  { q: 'where can I find a job', matched: true, has: ['Find A Job'] },
  { q: 'guardrails not gates', matched: true, has: ['Guardrails, not Gates'] },
  { q: 'tacos', matched: true, has: ['Tacos'] },
  // not in the report
  { q: 'how was the weather in austin', matched: true, has: ['There was snow yesterday'] },
  { q: 'are there videos of the talks?', matched: true, has: ['YouTube playlist'] },
  { q: 'what is the weather on mars', matched: false, says: ["doesn't cover"] },
  { q: 'who won the super bowl', matched: false },
  { q: 'best pizza in copenhagen', matched: false },
  { q: 'what is <!channel>?', matched: false, hasNot: ['<!channel>'] },
  { q: 'asdfghjkl qwertyuiop', matched: false },
];
