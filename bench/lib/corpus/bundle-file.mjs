// A minified production bundle: one very long line, the hardest place to report a column.
import { NOUNS } from './vocabulary.mjs';

const SHORT = 'abcdefghijklmnopqrstuvwxyz';

export function bundleFile(rng, { targetBytes, plant }) {
  const parts = ['"use strict";(()=>{'];
  let size = parts[0].length;
  const statement = () => {
    const a = rng.string(SHORT, 1), b = rng.string(SHORT, 1) + rng.int(0, 9);
    return rng.pick([
      () => `var ${a}${b}=function(${a},${b}){return ${a}.${rng.pick(NOUNS)}(${b}||${rng.int(0, 99)})};`,
      () => `function ${b}${a}(e,t){if(!e)return t;for(var n=0;n<e.length;n++)t+=e[n].${rng.pick(NOUNS)}|0;return t}`,
      () => `var ${a}${rng.int(10, 99)}={${rng.pick(NOUNS)}:"${rng.pick(NOUNS)}-${rng.int(1, 999)}",${rng.pick(NOUNS)}:${rng.int(0, 9999)},${rng.pick(NOUNS)}:!0};`,
      () => `${a}${b}.prototype.${rng.pick(NOUNS)}=function(){return this.${rng.pick(NOUNS)}.map(e=>e.id).filter(Boolean)};`,
    ])();
  };
  const plantAt = plant ? Math.floor(targetBytes * (0.3 + rng.next() * 0.4)) : -1;
  while (size < targetBytes) {
    if (plantAt >= 0 && size >= plantAt && parts.length > 0 && !parts.planted) {
      parts.push(plant.join(''));
      parts.planted = true;
    }
    const s = statement();
    parts.push(s);
    size += s.length;
  }
  if (plant && !parts.planted) parts.push(plant.join(''));
  parts.push('})();');
  return parts.join('') + '\n';
}
