import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans (regular and bold), embedded in every PDF: the standard PDF fonts have no č, š, ž
 * (and pdfkit's Helvetica metrics no ø on some viewers). Resolved as a package, not by a relative
 * path into node_modules, so the API built into dist/ finds them the same way as the sources do.
 */
export const PDF_FONTS = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;
