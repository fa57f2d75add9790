// rt_datetime.js - the peer of ndate in make bench: Microsoft
// Recognizers-Text's DateTimeModel (npm @microsoft/recognizers-text-suite,
// installed by tests/bench/ndate.sh into build/npm) over each line of
// standard input, culture zh-cn, resolved against one reference date.
// Prints one line per result: text, type, timex.
// The model is built once (recognizeDateTime() rebuilds it per call, which
// would make the peer look slower than it is).
'use strict';
const path = require('path');
const readline = require('readline');
const dir = path.resolve(process.env.RT_NODE_MODULES || 'build/npm/node_modules');
const DT = require(path.join(dir, '@microsoft/recognizers-text-date-time'));
const culture = 'zh-cn';
const model = new DT.DateTimeRecognizer(culture).getDateTimeModel(culture);
const ref = new Date(process.argv[2] || '2024-11-16T00:00:00');
const out = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
	for (const r of model.parse(line, ref)) {
		const v = r.resolution && r.resolution.values && r.resolution.values[0];
		out.push(r.text + '\t' + r.typeName + '\t' + (v ? v.timex : ''));
	}
	if (out.length > 4096) {
		process.stdout.write(out.join('\n') + '\n');
		out.length = 0;
	}
});
rl.on('close', () => {
	if (out.length)
		process.stdout.write(out.join('\n') + '\n');
});
