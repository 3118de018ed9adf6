// Placeholder until the Neo4j helper lands: owned by tests/setup (see neo4j/ work).
export default async function setup() {}
