/**
 * The Content-Security-Policy both adapters send with the renderer (and the renderer's index.html
 * repeats as a meta tag): only the app's own files, no inline scripts, no remote anything. Inline
 * styles are allowed because React's `style` props need them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
