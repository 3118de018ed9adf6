// The 老年人权益保障法 family (tests/real/elderly) in Debian's chromium: session 37's planner's trial (trials/elderly-s37.ts)
// and session 38's cascade labels measured against their curves (trials/elderly-label-curve.ts), their suites
// registered here so they share one ingest, one server and one Chromium (useTrial; session 40).
import './trials/elderly-s37.js';
import './trials/elderly-label-curve.js';
