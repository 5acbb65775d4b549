import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built-in 双公示 adapters and their fixture exports (a GB18030 XK_ CSV with bad rows, a CF_ XLSX). */
export const XK = fileURLToPath(new URL('../../adapters/sgs-xk', import.meta.url));
export const CF = fileURLToPath(new URL('../../adapters/sgs-cf', import.meta.url));
export const XK_FIXTURE = join(XK, 'fixtures/licences.gb18030.csv');
export const CF_FIXTURE = join(CF, 'fixtures/penalties.xlsx');
