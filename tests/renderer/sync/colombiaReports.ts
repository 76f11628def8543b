import type { IdentityInput } from '../../../shared/api/settings';
import type { BundleExported } from '../../../shared/api/sync';
import { FOCAL_POINT, makeApi } from '../renderWithProviders';

export const SECRETARIAT: IdentityInput = {
  name: 'CEPAL',
  email: 'estadisticas@cepal.org',
  role: 'secretariat',
  country: null,
  groups: [],
  lang: 'es',
};

/** A bundle as the import screen hands it to `bundle.import`. */
export function fileOf(bundle: BundleExported) {
  return { name: bundle.fileName, bytesBase64: bundle.base64 };
}

/** Colombia's focal point reports progress on activity VII/3 and exports the bundle it would send to the secretariat. */
export async function colombiaReports() {
  const focal = await makeApi(FOCAL_POINT);
  const { report } = await focal.client.send('progress.save', {
    activityId: '2020-2021/VII/3',
    status: 'in-progress',
    percent: 20,
    actualStart: '2020-03',
    actualEnd: null,
    done: 'Cuestionario piloteado',
    obstacles: '',
    nextSteps: '',
    evidence: [],
    reportDate: '2021-03-15',
  });
  const bundle = await focal.client.send('bundle.export', {});
  return { focal, report, bundle };
}
