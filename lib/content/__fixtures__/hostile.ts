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

