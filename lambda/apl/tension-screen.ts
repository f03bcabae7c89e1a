import TENSION_DOCUMENT from './tension.json';
import { weekdayOf } from '../progress/days';
import { tensionChart, type CheckIns } from '../progress/tension';
import type { Turn } from '../conversation/turn';
import { tensionPlace } from '../conversation/check-in';

/** On a device with a screen, the patterns answer shows the last fourteen evenings as a chart by area. */

export const TENSION_TOKEN = 'face-massage-tension';

/** The chart's data: a row per area named in the last fourteen evenings (and one for "all over"), a cell per evening. */
export function tensionChartData(turn: Turn, checkIns: CheckIns) {
  const c = tensionChart(checkIns, turn.today());
  const words = turn.content.tension;
  const rows = c.rows.map((r) => ({ label: turn.content.screen.title(tensionPlace(turn, r.area)), cells: r.marks.map((on) => ({ on })) }));
  if (c.everywhere.some(Boolean)) rows.push({ label: words.chartAllOver, cells: c.everywhere.map((on) => ({ on })) });
  return {
    title: words.chartTitle,
    rows,
    days: c.days.map((d) => ({ label: turn.content.calendar.weekdays[weekdayOf(d)].charAt(0) })),
  };
}

export function tensionScreen(turn: Turn, checkIns: CheckIns): object {
  return {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: TENSION_TOKEN,
    document: TENSION_DOCUMENT,
    datasources: { chart: tensionChartData(turn, checkIns) },
  };
}
