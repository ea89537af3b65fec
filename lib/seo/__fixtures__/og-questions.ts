/** Questions an Open Graph card must survive: scripts the bundled font lacks, bidi overrides, controls, 20 KB. */
export const OG_QUESTIONS: Record<string, string> = {
  latin: 'How does operations management contribute to organizational efficiency?',
  emoji: 'Why do 🧬 DNA and 👩🏽‍🔬 scientists ❤️ matter? 🇫🇷 ©™',
  cjk: '光合作用是什么？ 日本語の質問 한국어 질문',
  rtl: 'ما هو التناضح؟ מהי אוסמוזה? \u202Eevil',
  long: 'Why is this question so long? '.repeat(700), // about 20 KB
  hostile: 'Tab\there\u000b\u0001\uFFFE\uD800 <script>alert(1)</script> & "quotes"',
  empty: '🧬🧬🧬',
};
