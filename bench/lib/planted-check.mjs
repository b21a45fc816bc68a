// Compares what a tool reported (file:line locations) with the keys the corpus generator planted.

export const locationKey = (file, line) => `${file.replace(/\\/g, '/').replace(/^\.\//, '')}:${line}`;

/**
 * @param plantedKeys manifest.plantedKeys ({ file, line, redacted, … })
 * @param found       Set of locationKey(file, line) the tool reported as key findings
 */
export function comparePlanted(plantedKeys, found) {
  const planted = new Map(plantedKeys.map((k) => [locationKey(k.file, k.line), k]));
  const missed = [...planted.entries()].filter(([loc]) => !found.has(loc)).map(([loc, k]) => `${loc} (${k.site}, ${k.redacted})`);
  const extra = [...found].filter((loc) => !planted.has(loc)).sort();
  return { planted: planted.size, found: planted.size - missed.length, missed, extra: extra.length, extraSample: extra.slice(0, 3) };
}

export function describeComparison(c) {
  const parts = [`${c.found}/${c.planted} planted keys`];
  if (c.missed.length > 0) parts.push(`MISSED ${c.missed.join(', ')}`);
  if (c.extra > 0) parts.push(`${c.extra} other lines reported (placeholders / near misses), e.g. ${c.extraSample.join(', ')}`);
  return parts.join('; ');
}
