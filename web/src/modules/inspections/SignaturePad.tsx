import { Button, Flex, Typography } from 'antd';
import { useRef, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onSave: (pngBase64: string) => void;
  saving?: boolean;
}

/** A hand-drawn signature: pointer events cover mouse, pen and finger alike. */
export function SignaturePad({ onSave, saving }: Props) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const drawn = useRef(false);

  const point = (e: PointerEvent<HTMLCanvasElement>) => {
    const c = e.currentTarget;
    const box = c.getBoundingClientRect();
    // The canvas is scaled by CSS on narrow screens; map back to its own pixels.
    return [((e.clientX - box.left) * c.width) / box.width, ((e.clientY - box.top) * c.height) / box.height] as const;
  };

  function down(e: PointerEvent<HTMLCanvasElement>) {
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    e.currentTarget.setPointerCapture(e.pointerId);
    drawing.current = true;
    const [x, y] = point(e);
    ctx.lineWidth = 3;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = '#000';
    ctx.beginPath();
    ctx.moveTo(x, y);
  }

  function move(e: PointerEvent<HTMLCanvasElement>) {
    if (!drawing.current) return;
    const ctx = e.currentTarget.getContext('2d');
    if (!ctx) return;
    const [x, y] = point(e);
    ctx.lineTo(x, y);
    ctx.stroke();
    drawn.current = true;
  }

  function up() {
    drawing.current = false;
  }

  function clear() {
    const c = canvas.current;
    c?.getContext('2d')?.clearRect(0, 0, c.width, c.height);
    drawn.current = false;
  }

  function save() {
    if (!canvas.current || !drawn.current) return;
    onSave(canvas.current.toDataURL('image/png').replace(/^data:image\/png;base64,/, ''));
  }

  return (
    <div>
      <Typography.Text type="secondary">{t('inspections.signHint')}</Typography.Text>
      <canvas
        ref={canvas}
        width={600}
        height={200}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onPointerLeave={up}
        aria-label={t('inspections.signature')}
        data-testid="signature-canvas"
        // touch-action: none stops the page from scrolling while the finger signs.
        style={{
          display: 'block',
          width: '100%',
          maxWidth: 600,
          aspectRatio: '3 / 1',
          border: '1px solid #d9d9d9',
          borderRadius: 8,
          background: '#fff',
          touchAction: 'none',
          marginTop: 8,
        }}
      />
      <Flex gap={8} style={{ marginTop: 8 }}>
        <Button size="large" onClick={clear}>
          {t('inspections.clear')}
        </Button>
        <Button size="large" type="primary" loading={saving} onClick={save} data-testid="save-signature">
          {t('inspections.saveSignature')}
        </Button>
      </Flex>
    </div>
  );
}
