// Test helper process: starts the local Neo4j on argv[2], prints "<pid> <uri>", then idles
// until killed. server.test.ts kills it with SIGKILL to check that no JVM outlives its parent.
import { startLocalNeo4j } from '../../neo4j/server.js';

const server = await startLocalNeo4j({ dataDir: process.argv[2] });
console.log(`${server.pid} ${server.uri}`);
setInterval(() => {}, 60_000);
