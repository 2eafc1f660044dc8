/**
 * JSON to write inside a `<script>` element (status data, structured data): `<`, `>` and `&` are escaped,
 * so no text in it, such as a title holding `</script>`, can end the element early.
 */
export function jsonForScript(value: unknown): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026');
}
