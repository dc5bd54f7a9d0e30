import { useTranslation } from 'react-i18next';
import { ScoreNumber } from './score-number.js';

/**
 * The spread of a proposal's review totals: "min–max" and the standard deviation in text, with a
 * small bar on the call's scale (lowest to highest possible total) and a mark at the raw mean.
 * The bar only repeats the numbers beside it, so it is hidden from assistive technology.
 */
export function SpreadBar({ min, max, sd, raw, scale }: { min: number; max: number; sd: number; raw: number; scale: [number, number] }) {
  const { t } = useTranslation();
  const [low, high] = scale;
  const width = 100;
  const span = high > low ? high - low : 1;
  const x = (value: number) => Math.max(0, Math.min(width, ((value - low) / span) * width));
  return (
    <span className="spread">
      <svg className="spread-bar" viewBox={`0 0 ${width} 12`} width={width} height={12} aria-hidden="true" focusable="false">
        <rect x={0} y={5} width={width} height={2} className="spread-track" />
        <rect x={x(min)} y={2} width={Math.max(2, x(max) - x(min))} height={8} className="spread-range" />
        <rect x={x(raw) - 1} y={0} width={2} height={12} className="spread-mean" />
      </svg>
      <span className="spread-text">
        <ScoreNumber value={min} />
        {t('review:scores.rangeSeparator')}
        <ScoreNumber value={max} /> <span className="muted">{t('review:scores.sd')}</span> <ScoreNumber value={sd} />
      </span>
    </span>
  );
}
