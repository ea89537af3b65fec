import { SITE_COLORS, SITE_MARK, SITE_NAME } from '@/lib/config/site';

type Props = { question: string; subject: string };

/**
 * The 1200x630 share image, drawn by next/og (inline styles only: it is not HTML). Its text must come
 * from lib/og-text's toCardText: a character the bundled font lacks would make next/og fetch a font.
 */
export function OgCard({ question, subject }: Props) {
  const size = question.length > 90 ? 52 : question.length > 60 ? 60 : 68;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: `linear-gradient(135deg, ${SITE_COLORS.brandDark} 0%, ${SITE_COLORS.brand} 60%, ${SITE_COLORS.brandLight} 100%)`,
        color: 'white',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 18, fontSize: 34, fontWeight: 700 }}>
        <div
          style={{
            display: 'flex',
            width: 56,
            height: 56,
            borderRadius: 14,
            background: 'white',
            color: SITE_COLORS.brandInk,
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          {SITE_MARK}
        </div>
        {SITE_NAME}
      </div>
      <div style={{ display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.15, letterSpacing: -1 }}>
        {question}
      </div>
      <div style={{ display: 'flex' }}>
        {subject ? (
          <div
            style={{
              display: 'flex',
              fontSize: 30,
              padding: '10px 24px',
              borderRadius: 999,
              background: 'rgba(255,255,255,0.16)',
            }}
          >
            {subject}
          </div>
        ) : null}
      </div>
    </div>
  );
}

/** Drawn when the card above fails to render: nothing from the article, so nothing can fail again. */
export function OgFallbackCard() {
  return <OgCard question="Questions and clear answers" subject="" />;
}
