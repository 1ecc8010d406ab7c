import fs from 'node:fs';
import path from 'node:path';
import { Unavailable } from '../../errors.js';

/** A font face for pdfkit: a file, and for a collection (.ttc) the face's PostScript name. */
export interface FontFace {
  path: string;
  postscriptName?: string;
}

export interface PdfFont {
  regular: FontFace;
  /** Titles and labels; the regular face when the font has no bold. */
  bold: FontFace;
}

const NOTO = '/usr/share/fonts/opentype/noto';

// Debian's fonts-noto-cjk. Serif first: government instruments are set in 宋体/仿宋, and Noto
// Serif CJK is the Song-style face. The SC faces carry the mainland glyph forms.
export const NOTO_CANDIDATES: PdfFont[] = [
  {
    regular: { path: `${NOTO}/NotoSerifCJK-Regular.ttc`, postscriptName: 'NotoSerifCJKsc-Regular' },
    bold: { path: `${NOTO}/NotoSerifCJK-Bold.ttc`, postscriptName: 'NotoSerifCJKsc-Bold' },
  },
  {
    regular: { path: `${NOTO}/NotoSansCJK-Regular.ttc`, postscriptName: 'NotoSansCJKsc-Regular' },
    bold: { path: `${NOTO}/NotoSansCJK-Bold.ttc`, postscriptName: 'NotoSansCJKsc-Bold' },
  },
];

const MISSING =
  '无法生成 PDF 文书：服务器上没有可用的中文字体。请安装 Debian 软件包 fonts-noto-cjk（apt-get install fonts-noto-cjk），或设置环境变量 ZHIFA_PDF_FONT 指向中文字体文件';

/**
 * The font to embed. `configured` is ZHIFA_PDF_FONT: a .ttf/.otf path, or `file.ttc#PostScriptName`
 * (a Noto CJK collection may omit the name: its SC face is taken). Without it, the first Noto CJK
 * font installed. No font is a server problem, not the user's, hence 503 (`Unavailable`).
 */
export function resolvePdfFont(configured: string | undefined, candidates: readonly PdfFont[] = NOTO_CANDIDATES): PdfFont {
  if (configured) {
    const [file, name] = configured.split('#');
    if (!fs.existsSync(file)) throw new Unavailable(`${MISSING}（ZHIFA_PDF_FONT 所指文件不存在：${file}）`);
    const face: FontFace = { path: file, postscriptName: name || notoScName(file) };
    if (file.toLowerCase().endsWith('.ttc') && !face.postscriptName) {
      throw new Unavailable(`ZHIFA_PDF_FONT 指向字体集合（.ttc），请在路径后加 #PostScript名称，例如 ${file}#NotoSerifCJKsc-Regular`);
    }
    return { regular: face, bold: face };
  }
  for (const c of candidates) {
    if (fs.existsSync(c.regular.path)) return { regular: c.regular, bold: fs.existsSync(c.bold.path) ? c.bold : c.regular };
  }
  throw new Unavailable(MISSING);
}

// NotoSerifCJK-Regular.ttc → NotoSerifCJKsc-Regular, the mainland face of Debian's collections.
function notoScName(file: string): string | undefined {
  const m = /^Noto(Sans|Serif)CJK-(\w+)\.ttc$/i.exec(path.basename(file));
  return m ? `Noto${m[1]}CJKsc-${m[2]}` : undefined;
}

// The collections are 20–27 MB; reading one per rendered instrument would dominate the time.
const cache = new Map<string, Buffer>();

export function fontBytes(face: FontFace): Buffer {
  let bytes = cache.get(face.path);
  if (!bytes) {
    bytes = fs.readFileSync(face.path);
    cache.set(face.path, bytes);
  }
  return bytes;
}
