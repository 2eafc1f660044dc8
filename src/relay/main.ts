/**
 * `npm run relay`: the ticket relay, configured from the environment (see README, "Connect your ticket
 * system"). Stops at start with one line naming the setting when one is missing or wrong. On SIGTERM or
 * SIGINT it stops taking requests, finishes attempts under way and closes the store; anything not yet
 * delivered is delivered after the next start.
 */
import { ConfigError, readRelayConfig } from './config.ts';
import { createConnector } from './connectors/index.ts';
import { createLogger, describeError } from './log.ts';
import { createRelay } from './server.ts';
import { SqliteEventStore } from './event-store.ts';
import { SqliteStore } from './store.ts';

const log = createLogger();

let config;
try {
	config = readRelayConfig();
} catch (error) {
	if (!(error instanceof ConfigError)) throw error;
	console.error(`The relay cannot start: ${error.message}`);
	process.exit(2);
}

let stores: { tickets: SqliteStore; events: SqliteEventStore };
try {
	stores = {
		tickets: new SqliteStore(config.dataDir),
		events: new SqliteEventStore(config.dataDir),
	};
} catch (error) {
	console.error(
		`The relay cannot start: KB_RELAY_DATA=${config.dataDir} cannot be used (${describeError(error)})`,
	);
	process.exit(2);
}

const relay = createRelay(config, stores, createConnector(config), log);
try {
	await relay.listen();
} catch (error) {
	console.error(
		`The relay cannot start: cannot listen on ${config.host}:${config.port} (${describeError(error)}); set KB_RELAY_HOST or KB_RELAY_PORT`,
	);
	process.exit(2);
}

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const)
	process.on(signal, () => {
		if (stopping) return;
		stopping = true;
		log('info', 'relay-stopping', { signal });
		void relay.close().then(() => process.exit(0));
	});
