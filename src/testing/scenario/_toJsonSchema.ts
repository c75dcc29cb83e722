import type { ObjectShape, Shape } from './_shape.js';

/** A JSON Schema node (plain JSON data). */
export type JsonSchemaNode = Readonly<Record<string, unknown>>;

const withDescription = (node: JsonSchemaNode, description: string | undefined): JsonSchemaNode =>
  description === undefined ? node : { description, ...node };

function objectSchema(shape: ObjectShape, node: (s: Shape, description?: string) => JsonSchemaNode): JsonSchemaNode {
  const properties: Record<string, JsonSchemaNode> = {};
  for (const field of shape.fields) properties[field.name] = node(field.shape, field.description);
  const required = shape.fields.filter((f) => f.required).map((f) => f.name);
  return {
    type: 'object',
    properties,
    ...(required.length > 0 ? { required } : {}),
    additionalProperties: false,
    ...(shape.exactlyOne === undefined ? {} : { oneOf: shape.exactlyOne.map((name) => ({ required: [name] })) }),
  };
}

/**
 * Writes a shape as a JSON Schema (draft 2020-12) with named shapes under `$defs`. Everything the
 * validator checks is expressed, except two things a schema cannot say: that an instant names a
 * real calendar date (`format: date-time` only annotates) and that steps are in time order.
 */
export function toJsonSchema(root: ObjectShape, header: JsonSchemaNode): JsonSchemaNode {
  const defs: Record<string, JsonSchemaNode> = {};
  const node = (shape: Shape, description?: string): JsonSchemaNode => {
    switch (shape.kind) {
      case 'string':
        return withDescription(shape.minLength === 0 ? { type: 'string' } : { type: 'string', minLength: shape.minLength }, description);
      case 'pattern':
        return withDescription({ type: 'string', pattern: shape.pattern, ...(shape.instant ? { format: 'date-time' } : {}) }, description);
      case 'integer':
        return withDescription(shape.minimum === null ? { type: 'integer' } : { type: 'integer', minimum: shape.minimum }, description);
      case 'number':
        return withDescription({ type: 'number' }, description);
      case 'boolean':
        return withDescription({ type: 'boolean' }, description);
      case 'enum':
        return withDescription(shape.values.length === 1 ? { const: shape.values[0] } : { enum: [...shape.values] }, description);
      case 'nullable':
        return withDescription({ anyOf: [node(shape.of), { type: 'null' }] }, description);
      case 'array':
        return withDescription({ type: 'array', items: node(shape.items), ...(shape.minItems > 0 ? { minItems: shape.minItems } : {}) }, description);
      case 'object':
        return withDescription(objectSchema(shape, node), description);
      case 'map':
        return withDescription({ type: 'object', propertyNames: { minLength: 1 }, additionalProperties: node(shape.values) }, description);
      case 'choice':
        return withDescription({ oneOf: shape.options.map((o) => objectSchema(o, node)) }, description);
      case 'tagged':
        return withDescription({
          type: 'object',
          required: ['type'],
          properties: { type: { enum: [...shape.variants.keys()] } },
          allOf: [...shape.variants].map(([type, variant]) => ({
            if: { properties: { type: { const: type } }, required: ['type'] },
            then: objectSchema(variant, node),
          })),
        }, description);
      case 'ref':
        if (!(shape.name in defs)) {
          defs[shape.name] = {}; // reserve the name first (a shape may refer to itself)
          defs[shape.name] = withDescription(node(shape.target), shape.description);
        }
        return withDescription({ $ref: `#/$defs/${shape.name}` }, description);
    }
  };
  const body = objectSchema(root, node);
  return { ...header, ...body, $defs: defs };
}
