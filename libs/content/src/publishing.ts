/**
 * Where the handbook is published and who may read it: the hosts the workflow's deploy job knows
 * (`handbook.deploy` in the content repository's `package.json`), the access control each one
 * offers (`handbook.access`), and the warnings a build prints when a public host would serve the
 * handbook to anyone. The recipes are in README ("Publishing") and `deploy/`.
 */

/**
 * The hosts the deploy job publishes `dist/` to, each with the access-control setups it offers
 * and the repository secrets the job reads. `none` publishes nothing (a self-hosted site is
 * served by its own server, see `deploy/`).
 */
export const DEPLOY_HOSTS = {
  'cloudflare-pages': { name: 'Cloudflare Pages', access: ['cloudflare-access'], secrets: ['CLOUDFLARE_API_TOKEN', 'CLOUDFLARE_ACCOUNT_ID'] },
  netlify: { name: 'Netlify', access: ['netlify-password', 'netlify-sso'], secrets: ['NETLIFY_AUTH_TOKEN', 'NETLIFY_SITE_ID'] },
  'github-pages': { name: 'GitHub Pages', access: ['github-private-pages'], secrets: [] },
  none: { name: 'no host', access: [], secrets: [] },
} as const satisfies Record<string, { name: string; access: readonly string[]; secrets: readonly string[] }>;

/**
 * The address the sitemap and feeds carry while `handbook.site` is not set: a reserved example
 * domain (RFC 2606), never a real host or localhost; a build that deploys warns about it.
 */
export const PLACEHOLDER_SITE = 'https://handbook.example.com';

/** A value of `handbook.deploy`. */
export type DeployHost = keyof typeof DEPLOY_HOSTS;

/** Where the handbook is published, as the content repository's `package.json` says. */
export interface PublishingSettings {
  /** `handbook.deploy`, else `none`. */
  deploy: DeployHost;
  /** `handbook.access`: the host's access control the organisation has set up, if any. */
  access: string | undefined;
  /** `handbook.site`: the published address (`https://handbook.acme.internal`), which the sitemap and feeds carry. */
  site: string | undefined;
  /** `handbook.publicIndexing: true`: search engines may index the handbook (default: no page is indexed). */
  publicIndexing: boolean;
}

/** Whether `value` is a host the deploy job knows. */
function isDeployHost(value: unknown): value is DeployHost {
  return typeof value === 'string' && Object.hasOwn(DEPLOY_HOSTS, value);
}

/**
 * Reads the publishing fields of the `handbook` key of a content repository's `package.json`.
 * Throws an Error naming the field and the fix when `deploy` is not a known host, `access` is not
 * one its host offers, `site` is not an absolute http(s) address, or `publicIndexing` is not a boolean.
 */
export function readPublishingSettings(handbook: Record<string, unknown>): PublishingSettings {
  const { deploy = 'none', access, site, publicIndexing = false } = handbook;
  const hosts = Object.keys(DEPLOY_HOSTS).map((host) => `"${host}"`).join(', ');
  if (!isDeployHost(deploy)) throw new Error(`package.json: handbook.deploy ${JSON.stringify(deploy)} is not a host the deploy job knows; write one of ${hosts}.`);
  const offered: readonly string[] = DEPLOY_HOSTS[deploy].access;
  if (access !== undefined && (typeof access !== 'string' || !offered.includes(access))) {
    const choices = offered.length === 0 ? `remove it: handbook.deploy "${deploy}" has no access control to name` : `write one of ${offered.map((name) => `"${name}"`).join(', ')}`;
    throw new Error(`package.json: handbook.access ${JSON.stringify(access)} is not access control ${DEPLOY_HOSTS[deploy].name} offers; ${choices}.`);
  }
  if (site !== undefined && (typeof site !== 'string' || !/^https?:\/\/[^/\s]+/.test(site))) {
    throw new Error(`package.json: handbook.site ${JSON.stringify(site)} is not an address; write the published address, such as "https://handbook.example.org".`);
  }
  if (typeof publicIndexing !== 'boolean') throw new Error(`package.json: handbook.publicIndexing must be true or false, not ${JSON.stringify(publicIndexing)}.`);
  return { deploy, access, site, publicIndexing };
}

/**
 * What a build warns about before publishing: a public host named without the access control
 * that keeps the handbook to the organisation (it holds run rates, incidents and people's
 * tenure), and a host named without `handbook.site` (the sitemap and feeds would carry a
 * placeholder address). Output: one message per problem, each with its fix; empty when safe.
 */
export function publishingWarnings({ deploy, access, site }: PublishingSettings): string[] {
  if (deploy === 'none') return [];
  const host = DEPLOY_HOSTS[deploy];
  const warnings: string[] = [];
  if (access === undefined) {
    warnings.push(
      `package.json: handbook.deploy publishes to ${host.name}, which serves every page to anyone with the address, and handbook.access names no access control. Fix: set up ${host.access.map((name) => `"${name}"`).join(' or ')} (README, "Publishing") and name it in handbook.access.`,
    );
  }
  if (site === undefined) {
    warnings.push(`package.json: handbook.deploy publishes to ${host.name} but handbook.site is not set, so the sitemap and feeds carry the placeholder address ${PLACEHOLDER_SITE}. Fix: set handbook.site to the published address.`);
  }
  return warnings;
}
