export const subjectPath = (subjectSlug: string, page = 1) =>
  page <= 1 ? `/learn/${subjectSlug}` : `/learn/${subjectSlug}/page/${page}`;

export const articlePath = (subjectSlug: string, slug: string) => `/learn/${subjectSlug}/questions/${slug}`;
