// The Content-Security-Policy, typed once: the pages carry it as a meta tag, and the build
// repeats it in dist/_headers with what only a header can say (frame-ancestors).
// Only the site's own files; 'wasm-unsafe-eval' compiles the WebAssembly module, and
// nothing else is evaluated: no inline scripts, no eval.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export default { contentSecurityPolicy };
