import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { newEvent } from '../../lib/events/format.ts';
import { Summary } from '../../lib/monitor/summary.ts';

const perMinute = suite('Summary.per_minute');
perMinute('counts events and errors per UTC minute, oldest first', () => {
  const s = new Summary();
  s.add(newEvent('note', 'a', {}, new Date('2026-11-20T10:01:59.999Z')));
  s.add(newEvent('note', 'b', {}, new Date('2026-11-20T10:00:00.000Z')));
  s.add(newEvent('tool_error', 'c', { tool_name: 'Bash' }, new Date('2026-11-20T10:01:00.000Z')));
  assert.equal(s.snapshot().per_minute, [
    { minute: '2026-11-20T10:00', events: 1, errors: 0 },
    { minute: '2026-11-20T10:01', events: 2, errors: 1 },
  ]);
});
perMinute('keeps only the newest keepMinutes minutes', () => {
  const s = new Summary({ keepMinutes: 3 });
  for (let m = 0; m < 10; m++) s.add(newEvent('note', String(m), {}, new Date(Date.UTC(2026, 10, 20, 10, m))));
  s.add(newEvent('note', 'late straggler', {}, new Date(Date.UTC(2026, 10, 20, 10, 1))));
  assert.equal(
    s.snapshot().per_minute.map((m) => m.minute),
    ['2026-11-20T10:07', '2026-11-20T10:08', '2026-11-20T10:09'],
  );
});
perMinute('a timestamp that is not ISO is not a minute', () => {
  const s = new Summary();
  s.add({ ...newEvent('note', 'x'), timestamp: 'yesterday' });
  assert.equal(s.snapshot().per_minute, []);
});
perMinute.run();
