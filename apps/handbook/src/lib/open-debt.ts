import { openDebtByPriority } from '@handbook/schema';
import type { CollectionEntry } from 'astro:content';
import { collection } from './collections.ts';

/** Every open debt item (no `resolved` date), most urgent priority first, then by title. */
export async function openDebtItems(): Promise<CollectionEntry<'debt'>[]> {
  return openDebtByPriority(await collection('debt'));
}
