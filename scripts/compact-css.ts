/**
 * Build-time whitespace compaction of CSS written in a template literal (wxt.config.ts applies it to the badges'
 * stylesheet, components/annotations/styles.ts): line breaks with their indentation, and spaces around `{ } ; , >`
 * and around a declaration's colon, go. A colon that starts a pseudo-class or pseudo-element (`:host`, `:focus`,
 * `::before`) is a selector's and keeps what precedes it. Only for CSS without strings containing those characters.
 */
export function compactCss(css: string): string {
  return css
    .replace(/\s*\n\s*/g, '')
    .replace(/\s*([{};,>]|:(?!host|focus|:|before|after|hover|not|is|where))\s*/g, '$1');
}
