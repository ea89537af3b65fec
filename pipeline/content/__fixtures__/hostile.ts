// Each answer is written as a writer would put it in the folded scalar (breaks as literal \n).
export const HOSTILE_ANSWERS: Record<string, string> = {
  script: 'Intro <script>alert(1)</script> end.',
  img: 'Look <img src=x onerror="alert(1)"> here.',
  iframe: '<iframe src="https://evil.example"></iframe>',
  svg: '<svg onload="alert(1)"><circle r="1"/></svg>',
  jsLink: '[click](javascript:alert(1))',
  jsLinkCase: '[click](JaVaScRiPt:alert(1))',
  jsLinkEntity: '[click](&#106;avascript:alert(1))',
  jsLinkTab: '[click](java\tscript:alert(1))',
  jsReference: '[click][evil]\\n\\n[evil]: javascript:alert(1)',
  jsAutolink: '<javascript:alert(1)>',
  dataImage: '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  titleInjection: '[a](https://example.org "x\\" onmouseover=\\"alert(1)")',
  htmlEvent: '<a href="#" onclick="alert(1)">x</a>',
  style: '<style>body{display:none}</style><p style="x">y</p>',
};

/** Values the content check lets through, and ones it refuses (a feed must survive a check bypassed). */
export const HOSTILE_TEXT: Record<string, string> = {
  markup: `</title><script>alert(1)</script> & "quotes" 'apos' ]]> <![CDATA[x]]>`,
  entities: '&amp; &#0; &#x1; &lt; &bogus;',
  emoji: 'Why do 🧬 and 👩🏽‍🔬 matter?',
  rtl: 'ما هو التناضح؟ \u202Eevil\u202C',
  separators: 'line\u2028para\u2029next\u0085del\u007F',
  controls: 'tab\tvt\u000Bnul\u0000one\u0001esc\u001B',
  nonCharacters: 'a\uFFFEb\uFFFFc\uFDD0d',
  loneSurrogates: 'high\uD800 low\uDC00 swapped\uDC00\uD800',
};
