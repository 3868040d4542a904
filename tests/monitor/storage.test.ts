// Storage growth per day (lib/monitor/storage.ts): a straight line, and when it is not honest.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { storageForecast } from '../../lib/monitor/storage.ts';

const DAY = 86_400_000;
const t0 = Date.UTC(2026, 0, 1);
const forecast = suite('storage forecast');
forecast('5 MB a day for 5 days: 5 MB/day, ok against 10 MB, honest', () => {
  const files = Array.from({ length: 6 }, (_, i) => ({ bytes: 5e6, mtimeMs: t0 + i * DAY }));
  const f = storageForecast(files, 10e6);
  assert.equal([f.per_day_bytes, f.status, f.not_honest, f.span_days, f.total_bytes], [5e6, 'ok', undefined, 5, 30e6]);
});
forecast('20 MB a day is over the target', () => {
  const files = Array.from({ length: 4 }, (_, i) => ({ bytes: 20e6, mtimeMs: t0 + i * DAY }));
  assert.is(storageForecast(files, 10e6).status, 'over');
});
forecast('under 3 days or 3 files: a figure, but said not to be honest', () => {
  const two = storageForecast(
    [
      { bytes: 1e6, mtimeMs: t0 },
      { bytes: 1e6, mtimeMs: t0 + DAY / 2 },
    ],
    10e6,
  );
  assert.match(two.not_honest!, /2 files/);
  assert.match(two.not_honest!, /0.5 days/);
});
forecast('one file or files written at one instant: no line at all', () => {
  assert.equal(storageForecast([{ bytes: 5, mtimeMs: t0 }], 10).per_day_bytes, null);
  const same = storageForecast(
    [
      { bytes: 5, mtimeMs: t0 },
      { bytes: 5, mtimeMs: t0 },
    ],
    10,
  );
  assert.equal([same.per_day_bytes, same.status], [null, 'no data']);
});
forecast.run();
