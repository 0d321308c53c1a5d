import { AdrSchema, PersonSchema, RosterSchema, TeamSchema } from '@handbook/schema';
import { z } from 'astro/zod';
import { expect, it } from 'vitest';

it("builds the schema lib's schemas with Astro's own zod, so Astro accepts them as collection schemas", () => {
  for (const schema of [AdrSchema, PersonSchema, TeamSchema, RosterSchema])
    expect(schema).toBeInstanceOf(z.ZodObject);
});
