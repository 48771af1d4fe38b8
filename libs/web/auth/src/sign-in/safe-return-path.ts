/** Only same-site paths may be returned to after sign-in (no `//host` or absolute URLs). */
export function safeReturnPath(candidate: string | null): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/';
  return candidate.startsWith('/sign-in') ? '/' : candidate;
}
