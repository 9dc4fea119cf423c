/**
 * Frames: which content-script instance reads which document.
 *
 * Decision: the top-most frame of a same-origin chain (the "reader root") reads its own document AND its same-origin
 * frames with `readFrames` (srcdoc results iframes on provider portals included), sends one snapshot and annotates
 * the claims wherever they are. A frame whose parent it can reach stays idle, because its root already reads it —
 * this is what prevents double reporting. A frame on another origin than its parent (the parent cannot read it) is
 * its own reader root and reports separately; the background combines frames by `sender.frameId`.
 */

/** True when the parent frame can read this frame (same origin), so the parent's instance reports it. */
export function isReadByAncestor(win: Window): boolean {
  try {
    if (win.parent === win) return false;
    // Throws a SecurityError (or yields null) when the parent is on another origin.
    return Boolean(win.parent.document);
  } catch {
    return false;
  }
}

/** The URL to read a document as: about:srcdoc/about:blank documents take their creator's base URL. */
export function effectiveUrl(doc: Document): string {
  const href = doc.location?.href ?? '';
  if (href.startsWith('about:') && doc.baseURI && !doc.baseURI.startsWith('about:')) return doc.baseURI;
  return href;
}

/** Same-origin frame elements and their documents, up to the depth `readFrames` reads. */
export function sameOriginFrames(
  doc: Document,
  depth = 0,
  out: Array<{ frame: HTMLIFrameElement; doc: Document }> = [],
): Array<{ frame: HTMLIFrameElement; doc: Document }> {
  if (depth > 2 || out.length >= 20) return out;
  const frames = doc.querySelectorAll('iframe, frame');
  for (let i = 0; i < frames.length && out.length < 20; i++) {
    const frame = frames[i] as HTMLIFrameElement;
    try {
      const inner = frame.contentDocument;
      if (!inner) continue;
      out.push({ frame, doc: inner });
      sameOriginFrames(inner, depth + 1, out);
    } catch {
      // Cross-origin frame: its own instance reports it.
    }
  }
  return out;
}
