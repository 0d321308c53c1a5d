import type { Expression, Program } from 'estree';

/** A value an MDX expression may hold: data only. */
export type LiteralValue = string | number | boolean | null | readonly LiteralValue[] | { readonly [key: string]: LiteralValue };

/** The outcome of reading an expression as data: its value, or `undefined` when it is code. */
export type Literal = { value: LiteralValue } | undefined;

function literalOf(node: Expression): Literal {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) return undefined;
      return { value: node.value as string | number | boolean | null };
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? { value: node.quasis.map((quasi) => quasi.value.cooked ?? '').join('') } : undefined;
    case 'UnaryExpression': {
      if ((node.operator !== '-' && node.operator !== '+') || node.argument.type !== 'Literal' || typeof node.argument.value !== 'number') return undefined;
      return { value: node.operator === '-' ? -node.argument.value : node.argument.value };
    }
    case 'ArrayExpression': {
      const values: LiteralValue[] = [];
      for (const element of node.elements) {
        if (element === null || element.type === 'SpreadElement') return undefined;
        const literal = literalOf(element);
        if (literal === undefined) return undefined;
        values.push(literal.value);
      }
      return { value: values };
    }
    case 'ObjectExpression': {
      const entries: [string, LiteralValue][] = [];
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method || property.shorthand) return undefined;
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? String(property.key.value) : undefined;
        if (key === undefined || key === '__proto__' || property.value.type === 'AssignmentPattern' || property.value.type.endsWith('Pattern')) return undefined;
        const literal = literalOf(property.value as Expression);
        if (literal === undefined) return undefined;
        entries.push([key, literal.value]);
      }
      return { value: Object.fromEntries(entries) };
    }
    default:
      return undefined;
  }
}

/**
 * Reads an MDX expression (`{…}` in a body or a prop) as data, the only kind of expression the
 * handbook allows: a string, number, boolean or null literal, a template without substitutions,
 * a signed number, or a list or map (plain keys, no `__proto__`, no spread, no methods) of those.
 * Input: the expression's program as acorn parsed it (`data.estree`). Output: `{ value }` for data
 * (an expression holding only a comment is `{ value: null }`), `undefined` for anything that would
 * run code (a name, a call, a member access, an arrow function).
 */
export function readLiteral(program: Program | null | undefined): Literal {
  if (program === null || program === undefined) return undefined;
  if (program.body.length === 0) return { value: null };
  const [statement] = program.body;
  if (program.body.length !== 1 || statement?.type !== 'ExpressionStatement') return undefined;
  return literalOf(statement.expression);
}
