/** Words too common to narrow a search or tell two questions apart; search drops them on both sides. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by can do does for from has have how if in into is it its of on or so than that ' +
    'the their then there these this to was what when where which who why will with'
  ).split(' '),
);

/** Words of a question's framing rather than its topic: related-article matching also leaves them out. */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(
  (
    'not you your did could would should from those whom whose onto about between among them some any all each ' +
    'other more most such only also very were been being had use used using explain describe role impact ' +
    'key common main different difference differ work works mean means important'
  ).split(' '),
);
