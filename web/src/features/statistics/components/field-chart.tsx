import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProposalReportResponse } from '../api.js';
import { buildReportRows } from '../report-table.js';
import { useDimensionLabeller } from './report-section.js';

const PROPOSALS_COLOUR = '#1d3f72';
const SELECTED_COLOUR = '#c2571a';
const SELECTED_PATTERN_ID = 'selected-hatch';
const WIDE_SCREEN = '(min-width: 640px)';

function subscribeToWidth(onChange: () => void): () => void {
  const query = window.matchMedia(WIDE_SCREEN);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** True on screens wide enough for full field names beside the bars. */
function useIsWideScreen(): boolean {
  return useSyncExternalStore(subscribeToWidth, () => window.matchMedia(WIDE_SCREEN).matches, () => true);
}

/**
 * Proposals and selected proposals by field as horizontal bars (long field names stay readable
 * on a phone). The selected bars are hatched as well as coloured, and every bar shows its number.
 * The chart is one image for assistive technology; the table "by field" holds the same figures.
 */
export function FieldChart({ report, tableTitle }: { report: ProposalReportResponse; tableTitle: string }) {
  const { t } = useTranslation();
  const label = useDimensionLabeller(report.labels);
  const isWide = useIsWideScreen();
  const data = buildReportRows(report, label).map((row) => ({
    name: row.cells[0]?.label ?? '',
    proposals: row.proposals,
    selected: row.selected,
  }));
  const height = Math.max(200, data.length * 56 + 80);
  return (
    <div className="chart" role="img" aria-label={t('statistics.chart.label', { table: tableTitle })} style={{ height }}>
      {/* The SVG's own parts (legend icons, axes) would otherwise surface as separate images. */}
      <div className="chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 32, bottom: 8, left: 8 }} accessibilityLayer={false}>
          <defs>
            <pattern id={SELECTED_PATTERN_ID} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill={SELECTED_COLOUR} />
              <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
            </pattern>
          </defs>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="name" width={isWide ? 170 : 116} tick={{ fontSize: isWide ? 14 : 11 }} />
          <Tooltip />
          <Legend />
          <Bar dataKey="proposals" name={t('statistics.column.proposals')} fill={PROPOSALS_COLOUR} isAnimationActive={false}>
            <LabelList dataKey="proposals" position="right" />
          </Bar>
          <Bar dataKey="selected" name={t('statistics.column.selected')} fill={`url(#${SELECTED_PATTERN_ID})`} stroke={SELECTED_COLOUR} isAnimationActive={false}>
            <LabelList dataKey="selected" position="right" />
          </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </div>
  );
}
