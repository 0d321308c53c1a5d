import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Command } from 'commander';
import { createHandbookServer } from '../mcp/server.ts';

/** The version the server reports to clients. */
const SERVER_VERSION = '0.1.0';

/**
 * Runs `handbook mcp`: the repository's Model Context Protocol server on standard input and
 * output until the client closes it. Nothing else is written to standard output, which carries
 * the protocol. Read-only: see `createHandbookServer`.
 */
export async function serveMcp(root: string): Promise<void> {
  const server = createHandbookServer(root, SERVER_VERSION);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
  });
  await server.connect(transport);
  await closed;
}

/** Declares `handbook mcp` on `program`. */
export function mcpCommand(run: () => Promise<void>): Command {
  return new Command('mcp')
    .description(
      'Serve the handbook to coding agents over the Model Context Protocol (stdio): search, get, decisions_for, lint, new_adr. Read-only.',
    )
    .addHelpText(
      'after',
      `
Register it with an MCP client, for example:
  { "mcpServers": { "handbook": { "command": "npx", "args": ["handbook", "mcp"] } } }`,
    )
    .action(run);
}
