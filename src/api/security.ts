import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers for every response. The CSP allows only this origin: no inline script or
 * style, no external hosts, no framing; the UI builds its DOM and SVG from scripts in `web/`.
 * HSTS is left out because the server speaks plain HTTP on 127.0.0.1 by default.
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/** The middleware that sets them. */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    strictTransportSecurity: false,
    xFrameOptions: 'DENY',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
  });
}
