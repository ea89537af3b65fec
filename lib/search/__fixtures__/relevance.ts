/**
 * Learners' queries with the article that should come first, decided before any tuning
 * `expect: null` marks a query with no answer: it should show nothing.
 * Paths are relative to /learn/.
 */
export type RelevanceCase = { query: string; expect: string | null; kind: RelevanceKind };
export type RelevanceKind = 'exact' | 'paraphrase' | 'typo' | 'partial' | 'natural' | 'stopwords' | 'punctuation';

const BIO = 'biology/questions';
const BUS = 'business-and-management/questions';
const CHEM = 'chemistry/questions';
const CS = 'computer-science/questions';
const ECON = 'economics/questions';
const ENV = 'environmental-science/questions';
const HIST = 'history/questions';
const MATH = 'mathematics/questions';
const PHYS = 'physics/questions';
const PSY = 'psychology/questions';

export const RELEVANCE_CASES: RelevanceCase[] = [
  { kind: 'exact', query: 'How does DNA replication work?', expect: `${BIO}/how-does-dna-replication-work` },
  { kind: 'exact', query: 'Okazaki fragments', expect: `${BIO}/how-does-dna-replication-work` },
  { kind: 'exact', query: 'SWOT analysis', expect: `${BUS}/what-is-a-swot-analysis-and-how-do-managers-use-it` },
  { kind: 'exact', query: 'TCP vs UDP', expect: `${CS}/what-is-the-difference-between-tcp-and-udp` },
  { kind: 'exact', query: 'Calvin cycle', expect: `${BIO}/what-are-the-main-stages-of-photosynthesis` },
  { kind: 'exact', query: 'big O notation', expect: `${CS}/what-is-big-o-notation-and-why-does-it-matter` },
  {
    kind: 'exact',
    query: 'pythagorean theorem proof',
    expect: `${MATH}/what-does-the-pythagorean-theorem-say-and-why-is-it-true`,
  },
  { kind: 'exact', query: "Newton's laws", expect: `${PHYS}/what-are-newtons-three-laws-of-motion` },
  {
    kind: 'exact',
    query: 'operations management',
    expect: `${BUS}/how-does-operations-management-contribute-to-organizational-efficiency`,
  },

  {
    kind: 'paraphrase',
    query: 'how sensitive is demand to price',
    expect: `${ECON}/what-is-price-elasticity-of-demand-and-how-is-it-calculated`,
  },
  {
    kind: 'paraphrase',
    query: 'how cells divide',
    expect: `${BIO}/what-is-the-difference-between-mitosis-and-meiosis`,
  },
  {
    kind: 'paraphrase',
    query: 'what makes the earth warm',
    expect: `${ENV}/how-does-the-greenhouse-effect-keep-earth-warm`,
  },
  {
    kind: 'paraphrase',
    query: 'learning by reward and punishment',
    expect: `${PSY}/what-is-the-difference-between-classical-and-operant-conditioning`,
  },
  { kind: 'paraphrase', query: 'why did Rome fall', expect: `${HIST}/why-did-the-western-roman-empire-fall` },
  { kind: 'paraphrase', query: 'world war 1 causes', expect: `${HIST}/what-were-the-main-causes-of-world-war-i` },
  {
    kind: 'paraphrase',
    query: 'how do banks control interest rates',
    expect: `${ECON}/what-tools-do-central-banks-use-to-carry-out-monetary-policy`,
  },
  {
    kind: 'paraphrase',
    query: 'rising prices over time',
    expect: `${ECON}/how-is-inflation-measured-with-the-consumer-price-index`,
  },
  {
    kind: 'paraphrase',
    query: 'what makes a reaction go faster',
    expect: `${CHEM}/what-factors-affect-the-rate-of-a-chemical-reaction-and-how-do-catalysts-work`,
  },
  {
    kind: 'paraphrase',
    query: 'a function that calls itself',
    expect: `${CS}/what-is-recursion-and-how-does-it-work-in-programming`,
  },
  {
    kind: 'paraphrase',
    query: 'why water moves into cells',
    expect: `${BIO}/how-does-osmosis-affect-animal-and-plant-cells`,
  },
  {
    kind: 'paraphrase',
    query: 'how do species change over time',
    expect: `${BIO}/how-does-natural-selection-lead-to-evolution`,
  },
  {
    kind: 'paraphrase',
    query: 'stages of sleep',
    expect: `${PSY}/what-happens-in-the-brain-and-body-during-each-stage-of-sleep`,
  },
  {
    kind: 'paraphrase',
    query: 'why do we forget things',
    expect: `${PSY}/how-are-memories-formed-stored-and-forgotten`,
  },
  {
    kind: 'paraphrase',
    query: 'oceans becoming more acidic',
    expect: `${ENV}/what-is-ocean-acidification-and-why-does-it-threaten-marine-life`,
  },

  {
    kind: 'typo',
    query: 'opperations managment',
    expect: `${BUS}/how-does-operations-management-contribute-to-organizational-efficiency`,
  },
  { kind: 'typo', query: 'photosynthisis', expect: `${BIO}/what-are-the-main-stages-of-photosynthesis` },
  { kind: 'typo', query: 'entrophy thermodynamics', expect: `${PHYS}/what-is-entropy-in-physics` },
  { kind: 'typo', query: 'mitosis vs meoisis', expect: `${BIO}/what-is-the-difference-between-mitosis-and-meiosis` },
  {
    kind: 'typo',
    query: 'pythagorus theorem',
    expect: `${MATH}/what-does-the-pythagorean-theorem-say-and-why-is-it-true`,
  },
  { kind: 'typo', query: 'eutrofication', expect: `${ENV}/what-is-eutrophication-and-how-does-it-create-dead-zones` },
  { kind: 'typo', query: 'dopler efect', expect: `${PHYS}/what-is-the-doppler-effect-and-why-does-it-happen` },
  { kind: 'typo', query: 'recurion', expect: `${CS}/what-is-recursion-and-how-does-it-work-in-programming` },
  {
    kind: 'typo',
    query: 'consumer price indx inflaton',
    expect: `${ECON}/how-is-inflation-measured-with-the-consumer-price-index`,
  },

  {
    kind: 'partial',
    query: 'elasticit',
    expect: `${ECON}/what-is-price-elasticity-of-demand-and-how-is-it-calculated`,
  },
  {
    kind: 'partial',
    query: 'operations managem',
    expect: `${BUS}/how-does-operations-management-contribute-to-organizational-efficiency`,
  },
  {
    kind: 'partial',
    query: 'organizati culture',
    expect: `${BUS}/what-is-organizational-culture-and-why-does-it-matter`,
  },
  { kind: 'partial', query: 'photosynth', expect: `${BIO}/what-are-the-main-stages-of-photosynthesis` },
  {
    kind: 'partial',
    query: 'natural selection evolutio',
    expect: `${BIO}/how-does-natural-selection-lead-to-evolution`,
  },
  { kind: 'partial', query: 'inflatio', expect: `${ECON}/how-is-inflation-measured-with-the-consumer-price-index` },
  { kind: 'partial', query: 'quadrat equat', expect: `${MATH}/how-do-you-solve-a-quadratic-equation` },

  {
    kind: 'natural',
    query:
      "I have an exam tomorrow and I still don't get the difference between classical and operant conditioning, Pavlov and Skinner",
    expect: `${PSY}/what-is-the-difference-between-classical-and-operant-conditioning`,
  },
  {
    kind: 'natural',
    query: 'can you please explain to me what the main causes of the first world war were',
    expect: `${HIST}/what-were-the-main-causes-of-world-war-i`,
  },
  {
    kind: 'natural',
    query: 'my teacher asked us to explain how a hash table works in simple terms',
    expect: `${CS}/how-does-a-hash-table-work`,
  },
  {
    kind: 'natural',
    query: 'what is the best way to solve quadratic equations for a test',
    expect: `${MATH}/how-do-you-solve-a-quadratic-equation`,
  },
  {
    kind: 'natural',
    query: 'could someone tell me why the french revolution happened',
    expect: `${HIST}/what-caused-the-french-revolution`,
  },
  {
    kind: 'natural',
    query: 'I need help understanding how the greenhouse effect keeps the planet warm',
    expect: `${ENV}/how-does-the-greenhouse-effect-keep-earth-warm`,
  },

  { kind: 'punctuation', query: 'break-even point', expect: `${BUS}/how-is-a-breakeven-point-calculated` },
  {
    kind: 'punctuation',
    query: 'decision-making',
    expect: `${BUS}/can-you-explain-some-contemporary-decisionmaking-models`,
  },
  {
    kind: 'punctuation',
    query: 'oxidation-reduction',
    expect: `${CHEM}/what-happens-during-an-oxidationreduction-reaction`,
  },
  { kind: 'punctuation', query: "Ohm's law!!!", expect: `${PHYS}/how-do-electric-circuits-follow-ohms-law` },
  {
    kind: 'punctuation',
    query: 'pH & buffers?',
    expect: `${CHEM}/what-is-ph-and-how-do-buffer-solutions-resist-changes-in-it`,
  },
  { kind: 'punctuation', query: 'two-factor theory', expect: `${BUS}/what-is-herzbergs-twofactor-theory` },
  {
    kind: 'punctuation',
    query: 'non-renewable energy',
    expect: `${ENV}/what-is-the-difference-between-renewable-and-nonrenewable-energy-sources`,
  },

  { kind: 'stopwords', query: 'how does it work', expect: null },
  { kind: 'stopwords', query: 'what is the', expect: null },
  { kind: 'stopwords', query: '???', expect: null },
];
