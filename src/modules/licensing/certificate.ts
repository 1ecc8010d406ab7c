// 许可证书 as a PDF: the licence's signed content set out as the certificate, and a QR code whose
// address is the licence's public page, where anyone sees its standing today and the browser
// checks the SM2 signature over the content (licence-content.ts).
import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { loadConfig } from '../../platform/config.js';
import { dateText, fontBytes, resolvePdfFont } from '../../platform/documents/render/index.js';
import type { LicenceContent } from './schema.js';

/** The address the QR code holds: the portal's page of the licence. */
export const licencePageUrl = (publicUrl: string, id: string) => `${publicUrl}/portal/licences/${id}`;

// A4 landscape, as licence certificates are.
const PAGE = { width: 841.89, height: 595.28 };
const M = 56;
const QR = 130;

export async function certificatePdf(c: LicenceContent, pageUrl: string, keyId: string): Promise<Buffer> {
  const font = resolvePdfFont(loadConfig().pdfFont);
  const qr = await QRCode.toBuffer(pageUrl, { errorCorrectionLevel: 'M', margin: 1, width: 360 });
  const doc = new PDFDocument({ size: [PAGE.width, PAGE.height], margin: M, info: { Title: `${c.matterName} ${c.licenceNo}`, Author: c.issuer } });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (b: Buffer) => chunks.push(b));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fontBytes(font.regular), font.regular.postscriptName);
  doc.registerFont('bold', fontBytes(font.bold), font.bold.postscriptName);
  doc
    .lineWidth(2)
    .rect(M / 2, M / 2, PAGE.width - M, PAGE.height - M)
    .stroke();
  const width = PAGE.width - 2 * M;
  doc
    .font('bold')
    .fontSize(26)
    .text(c.matterName, M, M + 6, { width, align: 'center', characterSpacing: 4 });
  doc
    .font('regular')
    .fontSize(12)
    .text(`编号：${c.licenceNo}`, M, M + 50, { width, align: 'center' });
  const rows: [string, string][] = [
    ['单位名称', c.holder],
    ['统一社会信用代码', c.uscc],
    ['主要负责人', c.principalPerson],
    ['注册地址', c.address],
    ['许可范围', c.scope],
    ['有效期限', `${dateText(c.validFrom)}至${dateText(c.validTo)}`],
  ];
  const labelW = 120;
  const valueW = width - QR - 40 - labelW;
  let y = M + 90;
  for (const [label, value] of rows) {
    doc
      .font('bold')
      .fontSize(13)
      .text(label, M + 10, y, { width: labelW });
    doc
      .font('regular')
      .fontSize(13)
      .text(value, M + 10 + labelW, y, { width: valueW, lineGap: 3 });
    y = Math.max(doc.y, y + 18) + 12;
  }
  doc.image(qr, PAGE.width - M - QR - 10, M + 96, { width: QR, height: QR });
  doc
    .font('regular')
    .fontSize(9)
    .text('扫码核验证照状态与签名', PAGE.width - M - QR - 20, M + 100 + QR, { width: QR + 20, align: 'center' });
  const foot = PAGE.height - M - 70;
  doc
    .font('bold')
    .fontSize(14)
    .text(`发证机关：${c.issuer}`, M + 10, foot, { width: width / 2 });
  doc
    .font('regular')
    .fontSize(13)
    .text(`发证日期：${dateText(c.issuedOn)}`, M + 10, foot + 26, { width: width / 2 });
  // The note sits in the bottom margin, which pdfkit would otherwise answer with a new page.
  doc.page.margins.bottom = 0;
  doc
    .fontSize(8)
    .fillColor('#555')
    .text(`电子证照：内容经 SM2 签名（密钥 ${keyId}），可在 ${pageUrl} 或以 zhifa licence verify 离线核验。`, M + 10, PAGE.height - M / 2 - 16, {
      width: width - 20,
      align: 'center',
    });
  doc.end();
  return done;
}
