// The 节约能源法 family (tests/real/energy) in Debian's chromium: session 38's trial (trials/energy-s38.ts) and session
// 39's workflows (trials/energy-s39.ts), their suites registered here so they share one ingest, one server and one
// Chromium (useTrial; session 40: each file started its own, about 30–80 s each in CI).
import './trials/energy-s38.js';
import './trials/energy-s39.js';
