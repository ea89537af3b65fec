/**
 * The one NODE_ENV predicate (next build and next start say production). Read raw, not through siteEnv(),
 * which validates it: Next inlines NODE_ENV, and the proxy must not bundle zod to ask.
 */
export const isProduction = (): boolean => process.env.NODE_ENV === 'production';
