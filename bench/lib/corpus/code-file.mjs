// Generates TypeScript, TSX and JavaScript modules that parse (typescript-eslint and espree):
// imports, interfaces, enums, classes, async functions, arrow helpers, React components with JSX.
import { SCOPES, SDK, ENV_VARS, API_KEY_HEADER } from '@optimocms/auth-types';
import {
  NOUNS, ADJECTIVES, PACKAGES, HTML_TAGS, CSS_CLASSES, TS_TYPES, HTTP_METHODS, LOCALES,
  camel, pascal, nounCamel, capitalize, sentence,
} from './vocabulary.mjs';
import { codeNearMisses, otherVendorToken } from './secret-shapes.mjs';

/**
 * @param rng       a Random for this file
 * @param options   { language: 'ts' | 'tsx' | 'js' | 'jsx', module: 'esm' | 'cjs', targetBytes,
 *                    clientDirective, plant?: string[] (lines inserted at a top-level boundary),
 *                    nearMiss: boolean, optimoUsage: boolean }
 */
export function codeFile(rng, options) {
  const g = new CodeGenerator(rng, options);
  return g.file();
}

class CodeGenerator {
  constructor(rng, options) {
    this.rng = rng;
    this.o = options;
    this.typed = options.language === 'ts' || options.language === 'tsx';
    this.jsx = options.language === 'tsx' || options.language === 'jsx';
    this.cjs = options.module === 'cjs';
    this.typeNames = [];
    this.declared = new Set();
    this.inAsync = false;
  }

  /** A top-level binding name not used yet in this file (duplicates are syntax errors in modules). */
  unique(make) {
    for (let attempt = 0; ; attempt++) {
      const name = attempt < 8 ? make() : `${make()}${attempt}`;
      if (!this.declared.has(name)) {
        this.declared.add(name);
        return name;
      }
    }
  }

  t(annotation) {
    return this.typed ? annotation : '';
  }

  file() {
    const { rng, o } = this;
    const blocks = [];
    if (o.clientDirective) blocks.push(["'use client';"]);
    if (rng.chance(0.25)) blocks.push(this.headerComment());
    blocks.push(this.imports());
    if (o.optimoUsage) blocks.push(this.optimoClient());
    let bytes = blocks.reduce((n, b) => n + b.join('\n').length, 0);
    const itemKinds = this.jsx
      ? { component: 5, interface: 2, helper: 2, constObject: 1, function: 1, hook: 2 }
      : this.typed
        ? { interface: 3, typeAlias: 2, enum: 1, constObject: 2, function: 5, class: 3, helper: 3 }
        : { constObject: 2, function: 6, class: 3, helper: 3 };
    if (!this.typed) delete itemKinds.interface;
    const boundaries = [];
    while (bytes < o.targetBytes) {
      const kind = rng.weighted(itemKinds);
      const block = this[kind]();
      if (rng.chance(0.35)) block.unshift(...this.docComment());
      blocks.push(block);
      boundaries.push(blocks.length);
      bytes += block.join('\n').length + 2;
    }
    if (o.nearMiss) this.insertAt(blocks, boundaries, this.nearMissBlock());
    if (o.vendorToken) this.insertAt(blocks, boundaries, [`const ${this.unique(() => nounCamel(rng) + 'Token')} = '${otherVendorToken(rng)}';`]);
    if (o.extraBlocks) for (const block of o.extraBlocks) this.insertAt(blocks, boundaries, block);
    if (o.plant) this.insertAt(blocks, boundaries, o.plant);
    blocks.push(this.exportsBlock());
    return blocks.map((b) => b.join('\n')).join('\n\n') + '\n';
  }

  insertAt(blocks, boundaries, block) {
    const at = boundaries.length > 0 ? this.rng.pick(boundaries) : blocks.length;
    blocks.splice(at, 0, block);
    for (let i = 0; i < boundaries.length; i++) if (boundaries[i] >= at) boundaries[i]++;
  }

  headerComment() {
    const { rng } = this;
    return ['/**', ` * ${sentence(rng)}`, ` *`, ` * ${sentence(rng)}`, ` * @module ${rng.pick(NOUNS)}/${rng.pick(NOUNS)}`, ' */'];
  }

  docComment() {
    const { rng } = this;
    const lines = ['/**', ` * ${sentence(rng, 5, 14)}`];
    if (rng.chance(0.4)) lines.push(` * @param ${nounCamel(rng)} ${sentence(rng, 3, 8)}`);
    if (rng.chance(0.3)) lines.push(` * @returns ${sentence(rng, 3, 8)}`);
    lines.push(' */');
    return lines;
  }

  imports() {
    const { rng } = this;
    const lines = [];
    const count = rng.int(2, 9);
    if (this.jsx) for (const hook of ['React', 'useCallback', 'useEffect', 'useMemo', 'useState']) this.declared.add(hook);
    if (this.jsx) lines.push(this.cjs ? "const React = require('react');" : "import { useCallback, useEffect, useMemo, useState } from 'react';");
    for (let i = 0; i < count; i++) {
      const source = rng.chance(0.55) ? rng.pick(PACKAGES) : this.relativePath();
      const names = [];
      const n = rng.int(1, 4);
      for (let j = 0; j < n; j++) names.push(this.unique(() => (rng.chance(0.4) ? pascal(rng, rng.int(1, 2)) : camel(rng, 2))));
      const unique = names;
      if (this.cjs) {
        lines.push(`const { ${unique.join(', ')} } = require('${source}');`);
      } else if (this.typed && rng.chance(0.2)) {
        lines.push(`import type { ${unique.map((u) => this.unique(() => capitalize(u) + 'Type')).join(', ')} } from '${source}';`);
      } else if (rng.chance(0.15)) {
        lines.push(`import * as ${this.unique(() => nounCamel(rng) + i)} from '${source}';`);
      } else if (rng.chance(0.2)) {
        lines.push(`import ${this.unique(() => pascal(rng, 2))} from '${source}';`);
      } else {
        lines.push(`import { ${unique.join(', ')} } from '${source}';`);
      }
    }
    return lines;
  }

  relativePath() {
    const { rng } = this;
    const up = rng.pick(['./', '../', '../../', '@/']);
    return `${up}${rng.pick(['lib', 'components', 'hooks', 'utils', 'services', 'types', 'api'])}/${rng.pick(NOUNS)}${rng.chance(0.3) ? '-' + rng.pick(NOUNS) : ''}`;
  }

  optimoClient() {
    const { rng } = this;
    const scopes = [];
    const n = rng.int(1, 4);
    for (let i = 0; i < n; i++) scopes.push(rng.pick(SCOPES));
    const importLine = this.cjs
      ? `const { ${SDK.clientClass} } = require('${SDK.packageName}');`
      : `import { ${SDK.clientClass} } from '${SDK.packageName}';`;
    const env = rng.pick([ENV_VARS.apiKey, ENV_VARS.live, ENV_VARS.sandbox]);
    for (const name of [SDK.clientClass, 'cms', 'requiredScopes']) this.declared.add(name);
    return [
      importLine,
      '',
      `${this.cjs ? '' : 'export '}const cms = new ${SDK.clientClass}({ ${SDK.apiKeyOption}: process.env.${env}${this.t('!')} });`,
      `${this.cjs ? '' : 'export '}const requiredScopes = [${[...new Set(scopes)].map((s) => `'${s}'`).join(', ')}];`,
    ];
  }

  nearMissBlock() {
    const { rng } = this;
    const name = this.unique(() => `${rng.pick(['detect', 'classify', 'describe'])}${capitalize(rng.pick(NOUNS))}Key`);
    const lines = codeNearMisses(rng).map((l) => '  ' + l);
    return [
      `${this.cjs ? '' : 'export '}function ${name}(input${this.t(': string')})${this.t(': string')} {`,
      `  let environment = 'unknown';`,
      `  const apiKey = input, key = input, token = input, candidate = input, value = input;`,
      ...lines,
      `  return environment + String(apiKey.length + key.length + token.length + candidate.length + value.length);`,
      '}',
    ];
  }

  interface() {
    const { rng } = this;
    const name = this.unique(() => pascal(rng, rng.int(1, 3)));
    this.typeNames.push(name);
    const lines = [`export interface ${name} {`];
    const n = rng.int(3, 12);
    const seen = new Set();
    for (let i = 0; i < n; i++) {
      const field = nounCamel(rng);
      if (seen.has(field)) continue;
      seen.add(field);
      lines.push(`  ${rng.chance(0.2) ? 'readonly ' : ''}${field}${rng.chance(0.3) ? '?' : ''}: ${rng.pick(TS_TYPES)};`);
    }
    lines.push('}');
    return lines;
  }

  typeAlias() {
    const { rng } = this;
    const name = this.unique(() => pascal(rng, 2));
    const members = [...new Set([rng.pick(ADJECTIVES), rng.pick(ADJECTIVES), rng.pick(ADJECTIVES), rng.pick(ADJECTIVES)])];
    return [`export type ${name} = ${members.map((m) => `'${m}'`).join(' | ')};`];
  }

  enum() {
    const { rng } = this;
    const members = [...new Set([rng.pick(ADJECTIVES), rng.pick(ADJECTIVES), rng.pick(ADJECTIVES), rng.pick(ADJECTIVES), rng.pick(ADJECTIVES)])];
    return [`export enum ${this.unique(() => pascal(rng, 2))} {`, ...members.map((m) => `  ${capitalize(m)} = '${m}',`), '}'];
  }

  value(depth = 0) {
    const { rng } = this;
    switch (rng.int(0, depth > 1 ? 4 : 6)) {
      case 0: return `'${rng.pick(ADJECTIVES)}-${rng.pick(NOUNS)}'`;
      case 1: return String(rng.int(0, 5000));
      case 2: return rng.chance(0.5) ? 'true' : 'false';
      case 3: return `\`/${rng.pick(NOUNS)}s/\${String(${rng.int(1, 999)})}\``;
      case 4: return `'${rng.pick(LOCALES)}'`;
      case 5: return `[${[rng.int(1, 9), rng.int(10, 99), rng.int(100, 999)].join(', ')}]`;
      default: return this.objectLiteral(depth + 1, '  '.repeat(depth + 1));
    }
  }

  objectLiteral(depth, indent) {
    const { rng } = this;
    const lines = ['{'];
    const n = rng.int(2, 6);
    const seen = new Set();
    for (let i = 0; i < n; i++) {
      const key = nounCamel(rng);
      if (seen.has(key)) continue;
      seen.add(key);
      lines.push(`${indent}  ${key}: ${this.value(depth)},`);
    }
    lines.push(`${indent}}`);
    return lines.join('\n');
  }

  constObject() {
    const { rng } = this;
    const name = this.unique(() => `${rng.pick(['DEFAULT', 'BASE', 'INITIAL', 'FALLBACK'])}_${rng.pick(NOUNS).toUpperCase()}_${rng.pick(['OPTIONS', 'CONFIG', 'SETTINGS', 'STATE'])}`);
    const keyword = this.cjs ? 'const' : 'export const';
    return [`${keyword} ${name} = ${this.objectLiteral(0, '')}${this.typed && rng.chance(0.5) ? ' as const' : ''};`];
  }

  statement(locals, indent, depth) {
    const { rng } = this;
    const local = () => (locals.length > 0 ? rng.pick(locals) : 'options');
    const fresh = () => {
      const n = `${nounCamel(rng)}${locals.length}`;
      locals.push(n);
      return n;
    };
    let kind = rng.int(0, depth > 1 ? 5 : 9);
    if (!this.inAsync && (kind === 1 || kind === 9)) kind = 0;
    switch (kind) {
      case 0: return [`${indent}const ${fresh()} = ${camel(rng, 2)}(${local()}, ${this.value(2)});`];
      case 1: return [`${indent}const ${fresh()} = await ${camel(rng, 2)}(${local()});`];
      case 2: return [`${indent}if (!${local()}) {`, `${indent}  return ${rng.chance(0.5) ? 'undefined' : 'null'};`, `${indent}}`];
      case 3: return [`${indent}const ${fresh()} = ${local()}.${rng.pick(['filter', 'map', 'some', 'find'])}((item) => item.${nounCamel(rng)} ${rng.pick(['===', '!==', '>'])} ${this.value(2)});`];
      case 4: return [`${indent}logger.${rng.pick(['debug', 'info', 'warn'])}(\`${rng.pick(NOUNS)} \${${local()}} ${rng.pick(['loaded', 'changed', 'skipped', 'queued'])}\`);`];
      case 5: return [`${indent}${local()} = { ...${local()}, ${nounCamel(rng)}: ${this.value(2)} };`];
      case 6: {
        const item = `${rng.pick(NOUNS)}Item`;
        return [`${indent}for (const ${item} of ${local()}) {`, ...this.statements([...locals, item], indent + '  ', depth + 1, 1, 3), `${indent}}`];
      }
      case 7: return [
        `${indent}try {`, ...this.statements(locals.slice(), indent + '  ', depth + 1, 1, 3),
        `${indent}} catch (error) {`, `${indent}  logger.error('${camel(rng, 2)} failed', error);`, `${indent}  throw error;`, `${indent}}`,
      ];
      case 8: {
        const lines = [`${indent}switch (${local()}) {`];
        for (const adj of new Set([rng.pick(ADJECTIVES), rng.pick(ADJECTIVES), rng.pick(ADJECTIVES)])) {
          lines.push(`${indent}  case '${adj}':`, `${indent}    return ${this.value(2)};`);
        }
        lines.push(`${indent}  default:`, `${indent}    break;`, `${indent}}`);
        return lines;
      }
      default: {
        const response = `response${locals.length}`;
        locals.push(response);
        return [
        `${indent}const ${response} = await fetch(\`\${baseUrl}/${rng.pick(NOUNS)}s\`, {`,
        `${indent}  method: '${rng.pick(HTTP_METHODS)}',`,
        `${indent}  headers: { 'Content-Type': 'application/json' },`,
        `${indent}  body: JSON.stringify(${local()}),`,
        `${indent}});`,
        `${indent}if (!${response}.ok) throw new Error(\`request failed: \${${response}.status}\`);`,
        ];
      }
    }
  }

  statements(locals, indent, depth, min, max) {
    const out = [];
    const n = this.rng.int(min, max);
    for (let i = 0; i < n; i++) out.push(...this.statement(locals, indent, depth));
    return out;
  }

  params() {
    const { rng } = this;
    const n = rng.int(0, 3);
    const names = [];
    for (let i = 0; i < n; i++) names.push(`${nounCamel(rng)}${i}`);
    const typed = names.map((p) => `${p}${this.t(': ' + rng.pick(this.typeNames.length > 0 && rng.chance(0.4) ? this.typeNames : TS_TYPES))}`);
    return { names, list: typed.join(', ') };
  }

  function() {
    const { rng } = this;
    const name = this.unique(() => camel(rng, rng.int(2, 3)));
    const { names, list } = this.params();
    const isAsync = rng.chance(0.6);
    const ret = this.t(isAsync ? `: Promise<${rng.pick(TS_TYPES)} | undefined>` : `: ${rng.pick(TS_TYPES)} | undefined`);
    const exported = this.cjs ? '' : rng.chance(0.6) ? 'export ' : '';
    this.inAsync = isAsync;
    const body = this.statements(names.slice(), '  ', 0, 3, 9);
    return [`${exported}${isAsync ? 'async ' : ''}function ${name}(${list})${ret} {`, ...body, '  return undefined;', '}'];
  }

  helper() {
    const { rng } = this;
    const name = this.unique(() => camel(rng, 2));
    const arg = nounCamel(rng);
    const exported = this.cjs ? '' : 'export ';
    return rng.pick([
      () => [`${exported}const ${name} = (${arg}${this.t(': string')})${this.t(': string')} => ${arg}.trim().toLowerCase().replace(/\\s+/g, '-');`],
      () => [`${exported}const ${name} = (${arg}${this.t(': number')}) => new Intl.NumberFormat('${rng.pick(LOCALES)}').format(${arg});`],
      () => [`${exported}const ${name} = (${arg}${this.t(': Date')}) =>`, `  ${arg}.toISOString().slice(0, ${rng.pick([10, 16, 19])});`],
      () => [`${exported}const ${name} = <T,>(items${this.t(': T[]')}, size${this.t(': number')})${this.t(': T[][]')} => {`.replace('<T,>', this.typed ? '<T,>' : ''),
        `  const chunks${this.t(': T[][]')} = [];`, '  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));', '  return chunks;', '};'],
    ])();
  }

  class() {
    const { rng } = this;
    const name = this.unique(() => pascal(rng, 2) + rng.pick(['Service', 'Store', 'Repository', 'Client', 'Cache', 'Manager']));
    const lines = [`${this.cjs ? '' : 'export '}class ${name} {`];
    const fieldCount = rng.int(1, 3);
    const fields = [];
    for (let i = 0; i < fieldCount; i++) {
      const f = `${nounCamel(rng)}${i}`;
      fields.push(f);
      lines.push(`  ${this.t('private ')}${f}${this.t(': ' + rng.pick(TS_TYPES))} = ${this.value(2)};`);
    }
    lines.push('');
    lines.push(`  constructor(${this.typed ? 'private readonly baseUrl: string' : 'baseUrl'}) {`);
    if (!this.typed) lines.push('    this.baseUrl = baseUrl;');
    lines.push('  }');
    const methods = rng.int(2, 6);
    for (let i = 0; i < methods; i++) {
      const { names, list } = this.params();
      const m = camel(rng, 2);
      const isAsync = rng.chance(0.5);
      this.inAsync = isAsync;
      const body = this.statements([...names, ...fields.map((f) => `this.${f}`)], '    ', 1, 2, 6)
        .map((l) => l.replace(/\$\{baseUrl\}/g, '${this.baseUrl}'));
      lines.push('', `  ${isAsync ? 'async ' : ''}${m}${i}(${list}) {`, ...body, '  }');
    }
    lines.push('}');
    return lines;
  }

  hook() {
    const { rng } = this;
    const noun = capitalize(rng.pick(NOUNS));
    return [
      `export function ${this.unique(() => `use${noun}${rng.int(1, 999)}`)}(id${this.t(': string')}) {`,
      `  const [state, setState] = useState${this.t(`<${rng.pick(TS_TYPES)} | null>`)}(null);`,
      '  useEffect(() => {',
      '    let cancelled = false;',
      `    fetch(\`/api/${noun.toLowerCase()}s/\${id}\`)`,
      '      .then((response) => response.json())',
      '      .then((data) => {',
      '        if (!cancelled) setState(data);',
      '      });',
      '    return () => {',
      '      cancelled = true;',
      '    };',
      '  }, [id]);',
      '  return state;',
      '}',
    ];
  }

  jsxTree(depth, indent) {
    const { rng } = this;
    const tag = rng.pick(HTML_TAGS);
    const cls = [rng.pick(CSS_CLASSES), rng.pick(CSS_CLASSES), rng.pick(CSS_CLASSES)].join(' ');
    if (depth > 0 && (depth >= 3 || rng.chance(0.25))) {
      return rng.pick([
        () => [`${indent}<${tag} className="${cls}">{${nounCamel(rng)}}</${tag}>`],
        () => [`${indent}<${tag} className="${cls}">${sentence(rng, 2, 6)}</${tag}>`],
        () => [`${indent}<${pascal(rng, 2)} ${nounCamel(rng)}={${nounCamel(rng)}} onClick={() => handle${capitalize(rng.pick(NOUNS))}()} />`],
        () => [`${indent}{items.map((item) => (`, `${indent}  <li key={item.id} className="${cls}">{item.${nounCamel(rng)}}</li>`, `${indent}))}`],
        () => [`${indent}{isLoading && <span className="${cls}">Loading…</span>}`],
      ])();
    }
    const lines = [`${indent}<${tag} className="${cls}">`];
    const n = rng.int(1, 4);
    for (let i = 0; i < n; i++) lines.push(...this.jsxTree(depth + 1, indent + '  '));
    lines.push(`${indent}</${tag}>`);
    return lines;
  }

  component() {
    const { rng } = this;
    const name = this.unique(() => pascal(rng, rng.int(1, 3)));
    this.declared.add(`${name}Props`);
    const lines = [];
    if (this.typed) {
      lines.push(`interface ${name}Props {`, '  items: { id: string; [field: string]: unknown }[];', '  isLoading?: boolean;', `  on${capitalize(rng.pick(VERB_EVENTS))}?: (id: string) => void;`, '}', '');
    }
    lines.push(
      `export function ${name}({ items, isLoading }${this.t(`: ${name}Props`)}) {`,
      `  const [selected, setSelected] = useState${this.t('<string | null>')}(null);`,
      `  const ${nounCamel(rng)} = useMemo(() => items.filter((item) => item.id !== selected), [items, selected]);`,
      `  const handle${capitalize(rng.pick(NOUNS))} = useCallback(() => setSelected(null), []);`,
      '  return (',
      ...this.jsxTree(0, '    '),
      '  );',
      '}',
    );
    return lines;
  }

  exportsBlock() {
    const { rng } = this;
    if (this.cjs) return [`module.exports = { ${camel(rng, 2)}: ${rng.chance(0.5) ? 'true' : 'null'} };`];
    return [`export const ${this.unique(() => `${rng.pick(NOUNS).toUpperCase()}_${rng.pick(['VERSION', 'NAMESPACE', 'PREFIX'])}`)} = '${rng.pick(NOUNS)}.${rng.int(1, 9)}';`];
  }
}

const VERB_EVENTS = ['select', 'change', 'open', 'close', 'submit', 'remove'];

/** A `scopes` manifest module: exercises the scope rules like real key-provisioning code. */
export function scopesSnippet(rng, cjs) {
  const scopes = [...new Set([rng.pick(SCOPES), rng.pick(SCOPES), rng.pick(SCOPES)])];
  return [`${cjs ? '' : 'export '}const ${rng.pick(['preview', 'build', 'sync', 'admin'])}KeyScopes = { scopes: [${scopes.map((s) => `'${s}'`).join(', ')}] };`];
}

/** A header object read from the environment, as production code does it. */
export function envHeaderSnippet(cjs) {
  return [`${cjs ? '' : 'export '}const apiHeaders = { '${API_KEY_HEADER}': process.env.${ENV_VARS.apiKey} ?? '' };`];
}
