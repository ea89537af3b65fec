'use client';

import { useEffect } from 'react';
import { ARTICLE_LINK_SELECTOR } from '@/lib/config/paths';

const ARTICLE_LINK = `main ${ARTICLE_LINK_SELECTOR}`;

/**
 * Previews of linked articles, Wikipedia-style: this listener is all an article page loads; the preview code
 * (link-preview-popup.ts) arrives with the first hover or keyboard focus on a link to another article. Devices
 * without a fine pointer get nothing, so a tap simply follows the link.
 */
export function LinkPreviews() {
  useEffect(() => {
    if (!matchMedia('(hover: hover) and (pointer: fine)').matches) return;
    let popup: Promise<typeof import('./link-preview-popup')> | undefined;
    const open = (event: Event) => {
      const link = (event.target as Element).closest?.<HTMLAnchorElement>(ARTICLE_LINK);
      if (!link || link.pathname === location.pathname) return;
      popup ??= import('./link-preview-popup');
      void popup.then((m) => m.showPreview(link));
    };
    document.addEventListener('pointerover', open);
    document.addEventListener('focusin', open);
    return () => {
      document.removeEventListener('pointerover', open);
      document.removeEventListener('focusin', open);
    };
  }, []);
  return null;
}
