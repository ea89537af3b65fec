/** The preview itself, loaded on demand by link-previews.tsx: the question and the answer's opening. */
type Preview = { question: string; opening: string };

const ID = 'link-preview';
const OPENING = 220;
const cache = new Map<string, Promise<Preview | undefined>>();
let box: HTMLDivElement | undefined;
let shown: HTMLAnchorElement | undefined;
let hideTimer: ReturnType<typeof setTimeout> | undefined;

/** Markdown inline syntax to plain text: links keep their words, marks and escapes go. */
const plain = (md: string) =>
  md
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/** The article's Markdown copy (one store shard): heading, byline, then the answer's first paragraph. */
function load(path: string): Promise<Preview | undefined> {
  let pending = cache.get(path);
  if (!pending) {
    pending = fetch(`${path}.md`)
      .then((r) => (r.ok ? r.text() : undefined))
      .then((text) => {
        const [heading, , first] = text?.split('\n\n') ?? [];
        if (!heading?.startsWith('# ') || !first) return undefined;
        const opening = plain(first);
        return {
          question: plain(heading.slice(2)),
          opening: opening.length > OPENING ? `${opening.slice(0, OPENING).replace(/\s\S*$/, '')}…` : opening,
        };
      })
      .catch(() => undefined);
    cache.set(path, pending);
  }
  return pending;
}

function hide() {
  clearTimeout(hideTimer);
  shown?.removeAttribute('aria-describedby');
  shown = undefined;
  box?.remove();
}

const hideSoon = () => {
  clearTimeout(hideTimer);
  hideTimer = setTimeout(hide, 200);
};

function makeBox(): HTMLDivElement {
  const el = document.createElement('div');
  el.id = ID;
  el.setAttribute('role', 'tooltip');
  el.className =
    'absolute z-50 w-80 max-w-[calc(100vw-2rem)] rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-lg ' +
    'dark:border-slate-700 dark:bg-slate-900';
  el.addEventListener('pointerenter', () => clearTimeout(hideTimer));
  el.addEventListener('pointerleave', hideSoon);
  document.addEventListener('keydown', (e) => e.key === 'Escape' && hide());
  return el;
}

/** Shows the preview under the link (above it near the bottom of the window), never over it. */
export async function showPreview(link: HTMLAnchorElement) {
  clearTimeout(hideTimer);
  // The same listener twice is one listener: re-entering a shown link arms its leave again.
  link.addEventListener('pointerleave', hideSoon, { once: true });
  link.addEventListener('blur', hide, { once: true });
  if (shown === link) return;
  hide();
  shown = link;
  const preview = await load(link.pathname);
  if (shown !== link || !preview) return;
  box ??= makeBox();
  const title = document.createElement('strong');
  title.className = 'block text-ink dark:text-white';
  title.textContent = preview.question;
  const text = document.createElement('span');
  text.className = 'mt-1 block text-slate-700 dark:text-slate-300';
  text.textContent = preview.opening;
  box.replaceChildren(title, text);
  // Inside the main landmark, so all content stays in one; placed against whatever box contains it.
  (link.closest('main') ?? document.body).append(box);
  const parent = box.offsetParent;
  const origin =
    parent && parent !== document.body ? parent.getBoundingClientRect() : { top: -scrollY, left: -scrollX };
  const r = link.getBoundingClientRect();
  const below = innerHeight - r.bottom > box.offsetHeight + 12 || r.top < box.offsetHeight + 12;
  box.style.top = `${(below ? r.bottom + 6 : r.top - box.offsetHeight - 6) - origin.top}px`;
  box.style.left = `${Math.max(8, Math.min(r.left, innerWidth - box.offsetWidth - 8)) - origin.left}px`;
  link.setAttribute('aria-describedby', ID);
}
