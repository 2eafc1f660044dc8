/**
 * Requests per client per minute, as a token bucket: a client may send `perMinute` at once, then one
 * more each `60 / perMinute` seconds. Buckets of clients that have been quiet for a while are dropped,
 * so a flood of addresses cannot grow the map without bound.
 */
export class RateLimiter {
	readonly perMinute: number;
	#buckets = new Map<string, { tokens: number; at: number }>();

	constructor(perMinute: number) {
		this.perMinute = perMinute;
	}

	/** Takes one token for `client`: 0 when allowed, else the seconds until the next one. */
	take(client: string, now = Date.now()): number {
		const rate = this.perMinute / 60_000;
		const bucket = this.#buckets.get(client) ?? { tokens: this.perMinute, at: now };
		bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.at) * rate);
		bucket.at = now;
		this.#buckets.set(client, bucket);
		if (this.#buckets.size > 10_000) this.#sweep(now);
		if (bucket.tokens >= 1) {
			bucket.tokens -= 1;
			return 0;
		}
		return Math.ceil((1 - bucket.tokens) / rate / 1000);
	}

	#sweep(now: number) {
		for (const [client, bucket] of this.#buckets)
			if (now - bucket.at > 60_000) this.#buckets.delete(client);
	}
}
