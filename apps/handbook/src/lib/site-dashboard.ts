import { dashboard, type Dashboard } from '@handbook/schema';
import { today } from './today.ts';
import { collection } from './collections.ts';

/**
 * The dashboard's figures for the site's content as of {@link today}, with the collections they
 * come from: the one place the dashboard page and the deck's data components compute them, so a
 * figure reads the same on `/` and on a slide. Examples are left out unless `includeExamples`.
 */
export async function siteDashboard(includeExamples = false) {
  const [adr, incident, debt, scorecard] = await Promise.all([
    collection('adr'),
    collection('incident'),
    collection('debt'),
    collection('scorecard'),
  ]);
  const figures: Dashboard = dashboard(
    { adr, incident, debt, scorecard },
    { today: today(), includeExamples },
  );
  return { figures, adr, incident, debt, scorecard };
}
