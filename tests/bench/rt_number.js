// rt_number.js - the peer of nnum in make bench: Microsoft Recognizers-Text
// (npm @microsoft/recognizers-text-suite, installed by tests/bench/nnum.sh
// into build/npm) over each line of standard input, culture zh-cn.
// Prints one line per result: text, type, value.
//   node rt_number.js number   the number model only
//   node rt_number.js all      number, ordinal, percentage, currency,
//                              dimension, age and temperature models
// The models are built once (the recognizeX() helpers rebuild them per
// call, which would make the peer look slower than it is).
'use strict';
const path = require('path');
const readline = require('readline');
const dir = path.resolve(process.env.RT_NODE_MODULES || 'build/npm/node_modules');
const Num = require(path.join(dir, '@microsoft/recognizers-text-number'));
const Unit = require(path.join(dir, '@microsoft/recognizers-text-number-with-unit'));
const culture = 'zh-cn';
const nr = new Num.NumberRecognizer(culture);
const models = [nr.getNumberModel(culture)];
if ((process.argv[2] || 'number') === 'all') {
	const ur = new Unit.NumberWithUnitRecognizer(culture);
	models.push(nr.getOrdinalModel(culture), nr.getPercentageModel(culture),
		ur.getCurrencyModel(culture), ur.getDimensionModel(culture),
		ur.getAgeModel(culture), ur.getTemperatureModel(culture));
}
const out = [];
const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
rl.on('line', (line) => {
	for (const m of models)
		for (const r of m.parse(line))
			out.push(r.text + '\t' + r.typeName + '\t' + (r.resolution ? r.resolution.value : ''));
	if (out.length > 4096) {
		process.stdout.write(out.join('\n') + '\n');
		out.length = 0;
	}
});
rl.on('close', () => {
	if (out.length)
		process.stdout.write(out.join('\n') + '\n');
});
